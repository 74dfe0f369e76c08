"""What comes out of the printer: "Skriv ut" in an exercise prints that exercise alone, with everything the
reader chose; "Skriv ut alle" in Mine svar prints a workbook that fits A4. The tests print to PDF and read
the pages' text back (pypdf)."""

from __future__ import annotations

from widgets.definitions import load

from .pages import open_page, wait_ready
from .paper import (
    STUB_PRINT,
    flat,
    is_a4_portrait,
    lone_headings,
    page_sizes,
    pages_text,
    print_to_pdf,
    record,
    seed,
)

TEMPLATE = "mal-portefoljegjennomgang"
MARK = "✕"  # the mark a chosen matrix cell prints (js/kinds/template.js)
LEFT_EMPTY = "evaluering"  # the one open question the reader leaves for the pen


def template_headings(d: dict) -> set[str]:
    """Section titles and questions that have text after them on paper (not the one left empty)."""
    labels = {f["label"] for s in d["sections"] for f in s["fields"] if f["id"] != LEFT_EMPTY}
    return {s["title"] for s in d["sections"]} | labels


def fill_template(w, d: dict) -> dict:
    """A reader's answers in every kind of field; returns what they chose, for the checks."""
    fields = {f["id"]: f for s in d["sections"] for f in s["fields"]}
    trinn, bevegelse = fields["trinn"], fields["bevegelse"]
    ticks = {(trinn["id"], 0): "Trinn 2", (trinn["id"], 1): "Trinn 5", (trinn["id"], 5): "Avsluttet"}
    ticks[(bevegelse["id"], 0)] = "Står stille"
    for (field, row), option in ticks.items():
        w.locator(f'input[data-field="{field}"][data-row="{row}"][value="{option}"]').check()
    w.locator('[data-field="dato"]').fill("2026-12-02")
    w.locator('[data-field="avtalt-sist"]').fill("Sak 3 fikk ny arbeidsgiver.\nSak 7 venter på vedtak.")
    # Every other open question gets a short answer, so a question at a page's foot would be seen alone.
    for f in fields.values():
        if f["type"] == "longtext" and f["id"] not in ("avtalt-sist", LEFT_EMPTY):
            w.locator(f'[data-field="{f["id"]}"]').fill(f"Svar på {f['id']}.")
    checked = [fields["sjekk"]["options"][1], fields["sjekk"]["options"][4]]
    for option in checked:
        w.locator(f'input[data-field="sjekk"][value="{option}"]').check()
    return {"ticks": ticks, "checked": checked, "options": fields["sjekk"]["options"]}


def click_print(page, w) -> bytes:
    w.locator('button[data-action="print"]').click()
    assert page.evaluate("window.__mvhPrinted") == 1
    return print_to_pdf(page)


def test_skriv_ut_prints_the_template_alone_with_every_choice(page, site):
    page.add_init_script(STUB_PRINT)
    open_page(page, site, "book/maler.html")
    d = load(TEMPLATE)
    w = wait_ready(page, TEMPLATE)
    chosen = fill_template(w, d)
    pdf = click_print(page, w)
    texts = pages_text(pdf)
    text = flat(" ".join(texts))

    # That exercise alone: its title and answers, nothing else of the chapter or its other templates.
    assert text.startswith(d["title"])
    assert "Malene er skjemaer du kan fylle ut" not in text  # the chapter's first paragraph
    for other in ("mal-feltveiledning", "mal-forventningsavklaring", "mal-egenomsorgsplan"):
        assert load(other)["title"] not in text
    assert len(texts) <= 6, f"{len(texts)} pages"
    assert all(is_a4_portrait(size) for size in page_sizes(pdf))

    # Every tick prints, in its row: the row's line holds the mark.
    assert text.count(MARK) == len(chosen["ticks"])
    lines = [line.strip() for t in texts for line in t.splitlines()]
    for row in (1, 2, 6):
        assert any(line.startswith(f"Sak {row} ") and MARK in line for line in lines), f"Sak {row}"
    assert not any(line.startswith("Sak 3 ") and MARK in line for line in lines)
    # The row header names the rows ("Sak"), not "Oppgave".
    assert "Oppgave" not in text
    # The checklist prints once, each option with its box.
    for option in chosen["options"]:
        assert text.count(option) == 1, option
        assert f"{'☒' if option in chosen['checked'] else '☐'} {option}" in text
    # Notes keep their line breaks; dates are dd.mm.åååå.
    assert any("Sak 3 fikk ny arbeidsgiver." in t and "\nSak 7 venter på vedtak." in t for t in texts)
    assert "02.12.2026" in text and "2026-12-02" not in text
    # A header is whole words, never split inside one.
    for word in ("Avsluttet", "Tilbake", "Framgang"):
        assert word in text
    # No heading or question is left alone at the foot of a page.
    assert lone_headings(texts, template_headings(d)) == []
    # The open question left empty has lines to write on, not one.
    blank = w.locator(f'[data-field="{LEFT_EMPTY}"] ~ .mvh-print-lines > span')
    assert blank.count() >= 4
    page.emulate_media(media="print")
    assert blank.first.is_visible() and blank.first.bounding_box()["height"] > 10
    page.emulate_media(media="screen")

    # After printing, the page prints whole again from the browser's menu.
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert page.evaluate("document.querySelectorAll('.mvh-print-one, .mvh-print-target, .mvh-print-path').length") == 0
    whole = flat(" ".join(pages_text(print_to_pdf(page))))
    assert "Malene er skjemaer du kan fylle ut" in whole
    page.recorder.assert_clean()


def test_the_checks_catch_a_printout_that_drops_ticks_or_strands_a_heading(page, site):
    """The same checks, on a printout with two planted faults: they must see both."""
    page.add_init_script(STUB_PRINT)
    open_page(page, site, "book/maler.html")
    d = load(TEMPLATE)
    w = wait_ready(page, TEMPLATE)
    fill_template(w, d)
    # Faults: the marks are hidden (as the old print styles hid every input), and a page break is forced
    # right after the overview's matrix label.
    # (Through the CSSOM: the page's policy refuses inline styles.)
    page.evaluate(
        """() => {
          const sheet = new CSSStyleSheet();
          sheet.insertRule("@media print { .mvh-mark { display: none !important; } }");
          sheet.insertRule("@media print { .mvh-matrix-label { break-after: page !important; } }");
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        }"""
    )
    texts = pages_text(click_print(page, w))
    assert flat(" ".join(texts)).count(MARK) == 0
    assert "Trinn i femtrinnsprosessen" in [
        h for _, h in lone_headings(texts, template_headings(d))
    ] or "Bevegelse siden forrige gjennomgang" in [h for _, h in lone_headings(texts, template_headings(d))]


# ------------------------------------------------------------------ "Skriv ut alle" in Mine svar

WORKBOOK_PAGE = "book/mine-svar.html"
RATED = {
    "1.1": "gronn",
    "1.3": "gul",
    "2.4": "rod",
    "3.2": "vet-ikke",
    "4.1": "gronn",
    "5.5": "rod",
    "7.2": "gul",
    "8.4": "gronn",
    "10.1": "rod",
    "13.5": "gul",
}
NOTES = {
    "2.4": "Ledergruppa har ikke sett rapporten fra i fjor.\nTa opp på ledermøtet.",
    # Longer than any column of a table would hold on A4: it must print whole.
    "5.5": (
        "Utetiden varierer mye mellom jobbspesialistene, og to av dem er nesten aldri ute før lunsj fordi "
        "de bruker formiddagen på rapporter og møter i Nav-kontoret som kunne vært flyttet til ettermiddagen "
        "eller kortet ned, så vi må se på møteplanen sammen med Nav-leder."
    ),
    "13.5": "Nedtrappingsplanen mangler i tre saker.",
}
PLAN = [
    {
        "theme": "2",
        "action": "Fast møte med Nav-veilederne hver tirsdag, avlyses ikke",
        "who": "Personalleder",
        "when": "2027-01-15",
    },
    {"theme": "5", "action": "Flytte rapportskriving til ettermiddagen", "who": "Hele teamet", "when": "2027-02-01"},
    {
        "theme": "13",
        "action": "Plan for nedtrapping i alle saker med jobb",
        "who": "Metodeveileder og jobbspesialist",
        "when": "2027-03-31",
    },
]
OTHERS = {
    "refleksjon-kvalitet": {"responses": {"r1": "Vi deler mer enn før.\nMen ikke alt."}},
    "teamkultur": {"ratings": {"tk1": 4, "dk2": 2}},
    "mi-endringssnakk": {"responses": {"sortering": {"s1": "evne"}}},
    "scenario-sjelden-ute": {"path": ["n1", "n2"]},
    TEMPLATE: {"fields": {"dato": "2026-12-02", "trinn": {"Sak 1": "Trinn 2"}, "bra": "Godt forberedt."}},
}


def book_order(html_dir, ids) -> list[str]:
    """The instruments by the first chapter that holds each (the table of contents' order), then by id."""
    import yaml

    toc = yaml.safe_load((html_dir.parent.parent / "_toc.yml").read_text(encoding="utf-8"))
    chapters = [toc["root"]] + [c["file"] for part in toc["parts"] for c in part["chapters"]]

    def first(iid):
        return min(
            i
            for i, c in enumerate(chapters)
            if f'data-mvh-id="{iid}"' in (html_dir / f"{c}.html").read_text(encoding="utf-8")
        )

    return sorted(ids, key=lambda i: (first(i), i))


def seed_workbook(page, site):
    kv = load("kvalitetsveileder")
    answers = {"ratings": RATED, "notes": NOTES, "plan": PLAN}
    open_page(page, site, WORKBOOK_PAGE)
    seed(page, [record(kv, answers)] + [record(load(i), a) for i, a in OTHERS.items()])
    w = page.locator('.mvh-widget[data-mvh-role="workbook"]')
    w.locator("table.mvh-workbook-table").wait_for()
    return w, kv


def test_skriv_ut_alle_prints_a_readable_workbook_that_fits_a4(page, site, book):
    page.add_init_script(STUB_PRINT)
    w, kv = seed_workbook(page, site)
    w.locator('button[data-action="print-all"]').click()
    assert page.evaluate("window.__mvhPrinted") == 1

    # Nothing is wider than the paper: no box in the printout overflows its width.
    page.emulate_media(media="print")
    overflowing = page.evaluate(
        """() => [...document.querySelectorAll('.mvh-print-doc, .mvh-print-doc *')]
             .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).display !== 'inline')
             .map((e) => e.tagName + ' ' + e.textContent.slice(0, 40))"""
    )
    assert overflowing == []
    pdf = print_to_pdf(page)
    texts = pages_text(pdf)
    text = flat(" ".join(texts))
    assert all(is_a4_portrait(size) for size in page_sizes(pdf))
    assert len(texts) <= 4, f"{len(texts)} pages"

    # The workbook alone: not the list, the buttons or the page's text.
    assert text.startswith("Mine svar fra Metodeveilederhåndboka")
    for screen_only in ("Eksporter alle", "Øvelser med lagrede svar", "Her ser du alle øvelsene"):
        assert screen_only not in text

    # The Kvalitetsveileder: every rated goal with its rating and note, whole; unrated goals in one line.
    labels = {s["id"]: s["label"] for s in kv["scale"]}
    goals = {i["id"]: i["text"] for p in kv["parts"] for t in p["themes"] for i in t["items"]}
    for goal, value in RATED.items():
        assert flat(f"{goal} {goals[goal]} Vurdering: {labels[value]}") in text, goal
    for note in NOTES.values():
        assert flat(f"Notat: {note}") in text
    assert any("Ledergruppa har ikke sett rapporten fra i fjor.\nTa opp på ledermøtet." in t for t in texts), (
        "the note's line break"
    )
    for goal, goal_text in goals.items():
        if goal not in RATED:
            assert flat(goal_text)[:60] not in text, f"unrated goal {goal} printed"
    assert f"Ikke vurdert ({len(goals) - len(RATED)} av {len(goals)} mål): 1.2, 1.4–2.3, 2.5–3.1," in text
    # Then the action plan: every row with what, who and when (dd.mm.åååå).
    themes = {t["id"]: t["title"] for p in kv["parts"] for t in p["themes"]}
    # (pypdf reads a page's table after its other text: heading and table are checked by page.)
    assert any("Handlingsplan" in t and "Tema Tiltak Hvem Innen" in flat(t) for t in texts)
    for row in PLAN:
        y, m, d = row["when"].split("-")
        # One row, its cells in order: what belongs together prints together.
        assert flat(f"{row['theme']}. {themes[row['theme']]} {row['action']} {row['who']} {d}.{m}.{y}") in text
        assert row["when"] not in text
    # No column names from the CSV.
    assert "hvem" not in text and "notat" not in text

    # Every other exercise's answers.
    assert "Vi deler mer enn før." in text and "Men ikke alt." in text
    assert "Svar: Litt enig" in text and "Svar: Litt uenig" in text
    assert "Ditt svar: Evne" in text
    assert "Ditt valg:" in text
    assert "Sak 1" in text and "Svar: Trinn 2" in text and "Godt forberedt." in text and "02.12.2026" in text

    # In the book's order.
    printed = w.locator(".mvh-print-instrument").evaluate_all("ss => ss.map((s) => s.dataset.instrument)")
    assert printed == book_order(book.html, ["kvalitetsveileder", *OTHERS])
    titles = [load(i)["title"] for i in printed]
    assert [text.index(t) for t in titles] == sorted(text.index(t) for t in titles)

    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert not w.locator(".mvh-print-doc").is_visible()
    page.recorder.assert_clean()
