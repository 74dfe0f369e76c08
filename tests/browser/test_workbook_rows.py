"""Mine svar, row by row: the exercises in the book's order, each with its own export and delete, and one
clear message when the browser does not let the book save."""

from __future__ import annotations

import json

from widgets.definitions import load

from tests.helpers import EXPORT_FORMAT, book_storage, key

from .paper import record, seed
from .test_print_paper import OTHERS, WORKBOOK_PAGE, book_order, seed_workbook


def rows(w) -> list[str]:
    return w.locator("table.mvh-workbook-table tbody tr").evaluate_all("rs => rs.map((r) => r.dataset.instrument)")


def test_rows_come_in_the_books_order_and_show_when_they_were_saved(page, site, book):
    w, _ = seed_workbook(page, site)
    assert rows(w) == book_order(book.html, ["kvalitetsveileder", *OTHERS])
    # Saved 30.11.2026 08:05 UTC, shown in the reader's own time zone, the Norwegian way.
    when = page.evaluate(
        """() => { const d = new Date("2026-11-30T08:05:00Z"), two = (n) => String(n).padStart(2, "0");
                   return `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()} kl. ${two(d.getHours())}.${two(d.getMinutes())}`; }"""
    )
    assert w.locator('tr[data-instrument="teamkultur"] td').nth(1).inner_text() == when
    page.recorder.assert_clean()


def test_one_exercise_is_exported_or_deleted_from_its_row(page, site, tmp_path):
    w, _ = seed_workbook(page, site)
    before = book_storage(page)
    reflection = load("refleksjon-kvalitet")

    with page.expect_download() as info:
        w.locator('tr[data-instrument="refleksjon-kvalitet"] button[data-action="export-one"]').click()
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert path.name.startswith("refleksjon-kvalitet-") and path.suffix == ".json"
    assert (data["format"], data["instrument"], data["version"]) == (
        EXPORT_FORMAT,
        reflection["id"],
        reflection["version"],
    )
    assert data["answers"] == OTHERS["refleksjon-kvalitet"]
    # The file is the single exercise's export: it imports on the chapter's page (the same response id as stored).
    assert data["response"] == json.loads(book_storage(page)[key("refleksjon-kvalitet")])["response"]

    # Delete one, after a question that names it; Avbryt first changes nothing.
    w.locator('tr[data-instrument="teamkultur"] button[data-action="delete-one"]').click()
    box = w.locator(".mvh-confirm:visible")
    assert load("teamkultur")["title"] in box.inner_text()
    box.locator('button[data-action="cancel-delete-one"]').click()
    assert key("teamkultur") in book_storage(page)
    w.locator('tr[data-instrument="teamkultur"] button[data-action="delete-one"]').click()
    w.locator('.mvh-confirm:visible button[data-action="confirm-delete-one"]').click()
    after = book_storage(page)
    assert key("teamkultur") not in after
    assert {k for k in before if k != key("teamkultur")} <= set(after)
    assert "teamkultur" not in rows(w) and "kvalitetsveileder" in rows(w)
    assert (
        w.locator(".mvh-message").inner_text()
        == f"Svarene fra «{load('teamkultur')['title']}» er slettet i denne nettleseren."
    )
    page.recorder.assert_clean()


BLOCK_STORAGE = """Object.defineProperty(window, "localStorage", {
  configurable: true,
  get() { throw new DOMException("blocked", "SecurityError"); },
});"""


def test_blocked_storage_gives_one_message_not_two(context, site):
    context.add_init_script(BLOCK_STORAGE)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(f"{e} {getattr(e, 'stack', '')}"))
    page.goto(site + WORKBOOK_PAGE)
    w = page.locator('.mvh-widget[data-mvh-role="workbook"]')
    w.locator(".mvh-workbook").wait_for()
    text = w.inner_text()
    assert "Nettleseren lar ikke boka lagre svar" in text
    assert "Du har ingen lagrede svar" not in text
    # The book theme's own scripts may fail without storage; ours must not.
    assert not [e for e in errors if "mvh-widgets" in e], errors


def test_with_storage_and_nothing_saved_the_list_says_so(page, site):
    """The other side of the test above: the 'nothing yet' line is there when storage works."""
    page.goto(site + WORKBOOK_PAGE)
    seed(page, [record(load("teamkultur"), {})])
    w = page.locator('.mvh-widget[data-mvh-role="workbook"]')
    w.locator(".mvh-workbook").wait_for()
    assert "Du har ingen lagrede svar" in w.inner_text()
    assert "Nettleseren lar ikke boka lagre svar" not in w.inner_text()
    page.recorder.assert_clean()
