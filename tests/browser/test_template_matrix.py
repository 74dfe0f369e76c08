"""The template matrix on screen: a table with whole-word headers where it fits, one card per row where it
does not (a phone), with big tap targets either way."""

from __future__ import annotations

from widgets.definitions import load

from .pages import open_page, wait_ready

TEMPLATE = "mal-portefoljegjennomgang"

# Words of the matrix headers that a line break cuts in two: a word's text gives two boxes on screen.
SPLIT_WORDS = """(root) => {
  const out = [];
  for (const th of root.querySelectorAll(".mvh-matrix thead th")) {
    const node = th.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) continue;
    for (const m of node.textContent.matchAll(/\\S+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      if (range.getClientRects().length > 1) out.push(m[0]);
    }
  }
  return out;
}"""

OVERFLOW = """(root) => [...root.querySelectorAll(".mvh-matrix-wrap")]
  .filter((w) => w.scrollWidth > w.clientWidth + 1).length"""


def test_on_a_laptop_the_matrix_is_a_table_with_whole_words(page, site):
    open_page(page, site, "book/maler.html")
    w = wait_ready(page, TEMPLATE)
    wrap = w.locator(".mvh-matrix-wrap").first
    assert "mvh-matrix-cards" not in (wrap.get_attribute("class") or "")
    assert w.locator(".mvh-matrix thead th").first.inner_text() == "Sak"
    assert w.evaluate(SPLIT_WORDS) == []
    assert w.evaluate(OVERFLOW) == 0
    # A matrix with longer names fits too (as cards where the table would not).
    assert wait_ready(page, "mal-forventningsavklaring").evaluate(OVERFLOW) == 0
    # The whole cell is the target: a click anywhere in it chooses.
    cell = w.locator('input[data-field="trinn"][data-row="3"][value="Trinn 4"]').locator("xpath=..")
    box = cell.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24
    cell.click(position={"x": 3, "y": 3})  # a corner, away from the radio itself
    assert w.locator('input[data-field="trinn"][data-row="3"][value="Trinn 4"]').is_checked()
    page.recorder.assert_clean()


def test_the_split_word_check_sees_a_header_cut_inside_a_word(page, site):
    """The check above, on headers forced into narrow columns that break anywhere (as the old styles did)."""
    open_page(page, site, "book/maler.html")
    w = wait_ready(page, TEMPLATE)
    page.evaluate(
        """() => {
          const sheet = new CSSStyleSheet();
          sheet.insertRule(".mvh-matrix thead th { overflow-wrap: anywhere !important; max-width: 2.5rem; width: 2.5rem; }");
          sheet.insertRule(".mvh-matrix { table-layout: fixed !important; width: 20rem !important; }");
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        }"""
    )
    assert "Avsluttet" in w.evaluate(SPLIT_WORDS)


def test_on_a_phone_each_row_is_a_card_of_named_options(browser, site):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    open_page(page, site, "book/maler.html")
    d = load(TEMPLATE)
    trinn = next(f for s in d["sections"] for f in s["fields"] if f["id"] == "trinn")
    w = wait_ready(page, TEMPLATE)
    assert "mvh-matrix-cards" in (w.locator(".mvh-matrix-wrap").first.get_attribute("class") or "")
    assert w.evaluate(OVERFLOW) == 0
    card = w.locator(".mvh-matrix").first.locator("tbody tr").first
    assert card.locator("th").inner_text() == trinn["rows"][0]
    assert card.locator(".mvh-matrix-opt").all_inner_texts() == trinn["options"]
    for cell in card.locator(".mvh-matrix-cell").all():
        box = cell.bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    card.locator(".mvh-matrix-cell", has_text="Trinn 3").tap()
    radio = w.locator('input[data-field="trinn"][data-row="0"][value="Trinn 3"]')
    assert radio.is_checked()
    # Its name for a screen reader is still row and option.
    labelled = radio.get_attribute("aria-labelledby").split()
    names = [page.locator(f"#{i}").text_content() for i in labelled]
    assert names == [trinn["rows"][0], "Trinn 3"]
    context.close()
