"""Answers that use the names of a JavaScript object's built-in properties
(``constructor``, ``__proto__``, ``toString``, ``hasOwnProperty``) as keys and
values, in a team member's workbook file: they are stored as they are, and the
reader sees them as plain text, or as "not answered" where they are no answer,
in the summary, the print copy and the CSV. Before the engine used own-property
lookups, a rating of ``constructor`` printed as ``function Object() { [native
code] }``. (Definitions with such ids are covered by tests/js, where a
definition can be made up.)"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from tests.browser.pages import QUALITY_PAGE, RATING_ID, REFLECTION_ID
from widgets.definitions import load

from .helpers import (
    choose_files,
    download,
    get_item,
    key,
    note,
    open_instrument,
    open_page,
    wait_ready,
    wait_text,
    workbook_bytes,
    workbook_entry,
)

QUIZ_ID = "mi-endringssnakk"
WORKBOOK_PAGE = "book/mine-svar.html"
#: What an inherited property would print: a function's source, or an object.
LEAKED = re.compile(r"function|native code|\[object")

# JSON text, so "__proto__" is an ordinary key (as JSON.parse and json.loads read it).
RATING = json.loads(
    '{"ratings": {"1.1": "constructor", "1.2": "gul", "1.3": "toString", "__proto__": "rod", "constructor": "gronn"},'
    ' "notes": {"1.1": "toString", "hasOwnProperty": "Et notat til et mål som ikke finnes"},'
    ' "plan": [{"theme": "constructor", "action": "hasOwnProperty", "who": "__proto__", "when": ""}]}'
)
QUIZ = json.loads(
    '{"responses": {"sortering": {"s10": "toString", "s4": "constructor", "__proto__": "onske"}, "constructor": "x"}}'
)
REFLECTION = json.loads('{"responses": {"r1": "constructor", "toString": "hasOwnProperty"}}')
ENTRIES = [(RATING_ID, RATING), (QUIZ_ID, QUIZ), (REFLECTION_ID, REFLECTION)]


def import_workbook(page, site, tmp_path):
    path = tmp_path / "prototype-navn.json"
    path.write_bytes(workbook_bytes([workbook_entry(i, a, response=f"r{n}") for n, (i, a) in enumerate(ENTRIES)]))
    open_page(page, site, WORKBOOK_PAGE)
    wb = page.locator('.mvh-widget[data-mvh-role="workbook"]')
    wb.locator(".mvh-workbook").wait_for()
    choose_files(page, wb.locator('button[data-action="import-all"]'), path)
    assert (
        wait_text(page, wb.locator(".mvh-message")) == "Svarene til 3 øvelser er importert fra «prototype-navn.json»."
    )
    assert wb.locator(".mvh-alert").text_content() == ""
    return wb


def csv_rows(page, w, tmp_path) -> list[list[str]]:
    text = download(page, w.locator('button[data-action="export-csv"]'), tmp_path).read_text(encoding="utf-8-sig")
    assert not LEAKED.search(text), text[:2000]
    return list(csv.reader(io.StringIO(text), delimiter=";"))


@pytest.mark.across_pages
def test_prototype_names_are_stored_as_given_and_printed_as_text(page, site, tmp_path):
    note("prototype names", "constructor, __proto__, toString, hasOwnProperty as keys and values in 3 kinds")
    wb = import_workbook(page, site, tmp_path)
    # Stored exactly: every key, "__proto__" too, is an own key of the stored answers.
    for instrument_id, answers in ENTRIES:
        assert json.loads(get_item(page, key(instrument_id)))["answers"] == answers, instrument_id

    # "Skriv ut alle": the print copy of every instrument, as text.
    wb.locator('button[data-action="print-all"]').click()
    doc = wb.locator(".mvh-print-doc")
    text = doc.inner_text()
    assert not LEAKED.search(text), text[:2000]
    title = load(RATING_ID)["title"]
    rating = doc.locator(".mvh-print-instrument").filter(has=page.locator("h4", has_text=title))
    assert "1 av 58 mål vurdert" in rating.inner_text()
    entries = rating.locator(".mvh-paper-entry").evaluate_all(
        "es => es.map(e => [...e.children].map(p => p.textContent))"
    )
    by_item = {e[0].split(" ", 1)[0]: e[1:] for e in entries}
    assert by_item["1.1"] == ["Vurdering: ikke vurdert", "Notat: toString"], (
        "a rating of «constructor» is no rating; the note is text"
    )
    assert by_item["1.2"] == ["Vurdering: Gul"]
    assert "1.3" not in by_item
    assert "Ikke vurdert (57 av 58 mål): 1.1, 1.3–13.5." in rating.locator(".mvh-paper-rest").text_content()
    rows = rating.locator(".mvh-paper-table tbody tr").evaluate_all(
        "trs => trs.map(tr => [...tr.cells].map(td => td.textContent))"
    )
    assert rows == [["ikke valgt", "hasOwnProperty", "__proto__", ""]]
    page.recorder.assert_clean()


@pytest.mark.across_pages
def test_prototype_names_in_the_summary_print_copy_and_csv_of_each_instrument(page, site, tmp_path):
    import_workbook(page, site, tmp_path)

    # The rating: counted, shown and exported as what they are.
    open_page(page, site, QUALITY_PAGE)
    w = wait_ready(page, RATING_ID)
    assert w.locator(".mvh-progress").first.inner_text() == "Du har vurdert 1 av 58 mål."
    assert w.locator(".mvh-summary-total").inner_text().startswith("Totalt: Grønn: 0, Gul: 1, Rød: 0")
    item = w.locator('li.mvh-item[data-item="1.1"]')
    assert item.locator(".mvh-print-value").text_content() == "Vurdering: ikke vurdert"
    assert item.locator(".mvh-print-note").text_content() == "Notat: toString"
    assert w.locator('textarea[data-note="1.1"]').input_value() == "toString"
    assert not any(el.is_checked() for el in item.locator("input[type=radio]").all())
    plan = w.locator(".mvh-print-plan").first.evaluate("dl => [...dl.children].map(e => e.textContent)")
    assert plan == [
        "Tema",
        "ikke valgt",
        "Hva skal gjøres?",
        "hasOwnProperty",
        "Hvem gjør det?",
        "__proto__",
        "Innen",
        "–",
    ]
    assert not LEAKED.search(w.inner_text())
    rows = csv_rows(page, w, tmp_path)
    by_item = {r[1]: r for r in rows if r[0] == "mål"}
    assert by_item["1.1"][4:6] == ["", "toString"]
    assert [r for r in rows if r[0] == "tiltak"] == [
        ["tiltak", "constructor", "", "hasOwnProperty", "", "", "__proto__", ""]
    ]

    # The reflection on the same page: the texts are the reader's own.
    r = wait_ready(page, REFLECTION_ID)
    assert r.locator('textarea[data-prompt="r1"]').input_value() == "constructor"
    assert r.locator(".mvh-print-answer").first.text_content() == "constructor"
    assert [row[2] for row in csv_rows(page, r, tmp_path)[1:]] == ["constructor", "", ""]

    # The quiz: a part answered «toString» or «constructor» is not answered.
    q = open_instrument(page, site, QUIZ_ID)
    assert q.locator(".mvh-result").first.text_content() == ""
    s10 = q.locator('select[data-statement="s10"]')
    assert s10.input_value() == ""
    assert "Ditt svar: ikke besvart" in q.locator(".mvh-print-value").first.text_content()
    assert not LEAKED.search(q.inner_text())
    rows = {r[1]: r for r in csv_rows(page, q, tmp_path)[1:]}
    s10_text = next(k for k in rows if "mer ut" in k)
    assert rows[s10_text][2] == "" and rows[s10_text][4] == "", rows[s10_text]
    assert rows[s10_text][3] == "Behov"
    page.recorder.assert_clean()
