""" "Mine svar": every instrument's saved answers in one place, exported,
deleted and imported again as one workbook file."""

from __future__ import annotations

import json
import re

import pytest

from widgets.definitions import load
from widgets.scoring import summarize

from tests.helpers import EXPORT_FORMAT, PREFIX, WORKBOOK_FORMAT, key, raw_storage, workbook_bytes, workbook_entry

from .pages import open_page, stored, wait_ready

# The workbook reads what the chapters' widgets saved: from another page (see conftest._schemes).
pytestmark = pytest.mark.across_pages
WORKBOOK_PAGE = "book/mine-svar.html"
# "Slett alle"'s question (each row has its own "Slett" with a question of its own).
DELETE_ALL_BOX = '.mvh-confirm[aria-label="Bekreft sletting"]'
DELETED_KEY = f"{PREFIX}slettet"  # the deletion marker (js/host/record.js): which deletions were made, no answers


def saved_records(page) -> dict[str, dict]:
    """Every record this book keeps in localStorage, by key, parsed (not the deletion marker)."""
    raw = page.evaluate(
        """(prefix) => Object.fromEntries(Object.keys(localStorage)
              .filter((k) => k.startsWith(prefix)).map((k) => [k, localStorage.getItem(k)]))""",
        PREFIX,
    )
    return {k: json.loads(v) for k, v in raw.items() if k != DELETED_KEY}


def saved_answers(page) -> dict[str, dict]:
    return {k: v["answers"] for k, v in saved_records(page).items()}


def progress_words(definition: dict, answers) -> str:
    """The workbook's progress column, in the UI's words, with numbers from the Python scoring."""
    s = summarize(definition, answers)
    kind = definition["kind"]
    if kind == "rating":
        return f"{s['answered']} av {s['items']} mål vurdert"
    if kind == "reflection":
        return f"{s['answered']} av {s['prompts']} spørsmål besvart"
    if kind == "likert":
        return f"{s['answered']} av {s['items']} utsagn besvart"
    if kind == "quiz":
        return f"{s['correct']} av {s['units']} riktige ({s['answered']} besvart)"
    if kind == "scenario":
        return "fullført" if s["finished"] else f"{s['steps']} valg tatt" if s["steps"] else "ikke startet"
    return f"{s['filled']} av {s['fields']} felt fylt ut"


def pages_with(html_dir, instrument_id: str) -> set[str]:
    """The built chapter pages that hold an instrument, read from the HTML itself."""
    return {
        p.name
        for p in (html_dir / "book").glob("*.html")
        if f'data-mvh-id="{instrument_id}"' in p.read_text(encoding="utf-8")
    }


def open_workbook(page, site):
    open_page(page, site, WORKBOOK_PAGE)
    w = page.locator('.mvh-widget[data-mvh-role="workbook"]')
    w.locator(".mvh-workbook").wait_for()
    return w


def fill_four_chapters(page, site) -> list[str]:
    """Answers in five instruments of four kinds, on five different pages."""
    open_page(page, site, "book/selvvurderinger.html")
    w = wait_ready(page, "teamkultur")
    w.locator('li.mvh-item[data-item="tk1"] label.mvh-choice').nth(3).click()
    w.locator('li.mvh-item[data-item="dk2"] label.mvh-choice').nth(1).click()

    open_page(page, site, "book/motiverende-samtale.html")
    q = load("mi-feller")["questions"][0]
    right = next(o["id"] for o in q["options"] if o.get("correct"))
    wait_ready(page, "mi-feller").locator(f'section[data-question="{q["id"]}"] label[data-option="{right}"]').click()
    wait_ready(page, "mi-endringssnakk").locator('select[data-statement="s1"]').select_option("evne")

    open_page(page, site, "book/veiledning-i-praksis.html")
    wait_ready(page, "scenario-sjelden-ute").locator('button.mvh-choice-btn[data-next="n2"]').click()

    open_page(page, site, "book/rollen.html")
    w = wait_ready(page, "mal-forventningsavklaring")
    w.locator('input[data-field="deltakere"]').fill("Personalleder og metodeveileder – «alle»")
    w.locator('input[data-field="informert"][value="Nav-leder"]').check()
    w.locator('input[data-field="dato"]').fill("2027-05-04")

    open_page(page, site, "book/kvalitet.html")
    wait_ready(page, "kvalitetsveileder").locator('li.mvh-item[data-item="2.3"] label.mvh-v-gul').click()
    return [
        "teamkultur",
        "mi-feller",
        "mi-endringssnakk",
        "scenario-sjelden-ute",
        "mal-forventningsavklaring",
        "kvalitetsveileder",
    ]


def check_table(page, w, book_html, answers_by_id: dict[str, dict]):
    rows = w.locator("table.mvh-workbook-table tbody tr")
    assert sorted(rows.evaluate_all("rs => rs.map(r => r.dataset.instrument)")) == sorted(answers_by_id)
    for iid, answers in answers_by_id.items():
        d = load(iid)
        row = w.locator(f'tr[data-instrument="{iid}"]')
        assert row.locator("th").inner_text() == d["title"]
        cells = row.locator("td")
        assert cells.nth(0).inner_text() == progress_words(d, answers)
        assert re.search(r"\d", cells.nth(1).inner_text()), "when it was last saved"
        hrefs = cells.nth(2).locator("a").evaluate_all("as => as.map(a => a.getAttribute('href'))")
        assert set(hrefs) == pages_with(book_html, iid) and len(hrefs) == len(set(hrefs))


def test_workbook_lists_exports_deletes_and_imports_everything(page, site, book, tmp_path):
    ids = fill_four_chapters(page, site)
    before = saved_records(page)
    assert set(before) == {key(i) for i in ids}

    w = open_workbook(page, site)
    check_table(page, w, book.html, {i: before[key(i)]["answers"] for i in ids})
    # The link takes the reader to the chapter with the instrument.
    w.locator('tr[data-instrument="scenario-sjelden-ute"] a').first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/book/veiledning-i-praksis.html")
    assert wait_ready(page, "scenario-sjelden-ute").locator(".mvh-stage h4").inner_text() == "Jeg er ingen selger"

    w = open_workbook(page, site)
    with page.expect_download() as info:
        w.locator('button[data-action="export-all"]').click()
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    assert path.suffix == ".json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == WORKBOOK_FORMAT
    entries = {e["instrument"]: e for e in data["instruments"]}
    assert len(entries) == len(data["instruments"]) == len(ids)
    for iid in ids:
        assert entries[iid]["answers"] == before[key(iid)]["answers"]
        assert entries[iid]["version"] == load(iid)["version"]
        assert isinstance(entries[iid]["response"], str) and entries[iid]["response"]
    assert w.locator(".mvh-message").inner_text() == f"Svarene fra {len(ids)} øvelser er lastet ned i én fil."

    # Delete everything, after a confirmation.
    w.locator('button[data-action="delete-all"]').click()
    assert w.locator(DELETE_ALL_BOX).is_visible()
    w.locator('button[data-action="confirm-delete-all"]').click()
    assert saved_records(page) == {}
    # Only the marker is left, so pages still open know; it holds nothing the reader wrote.
    assert [k for k in raw_storage(page) if k.startswith(PREFIX)] == [DELETED_KEY]
    assert list(json.loads(raw_storage(page)[DELETED_KEY])) == ["*"]
    assert w.locator("table.mvh-workbook-table").count() == 0
    assert "Du har ingen lagrede svar" in w.locator(".mvh-workbook-list").inner_text()
    assert w.locator(".mvh-message").inner_text() == "Alle svarene dine i denne nettleseren er slettet."

    # A chapter now shows an empty instrument.
    open_page(page, site, "book/selvvurderinger.html")
    w_likert = wait_ready(page, "teamkultur")
    assert not w_likert.locator('li.mvh-item[data-item="tk1"] input[value="4"]').is_checked()

    # Import the workbook file: every answer is back, exactly.
    w = open_workbook(page, site)
    with page.expect_file_chooser() as chooser:
        w.locator('button[data-action="import-all"]').click()
    chooser.value.set_files(str(path))
    w.locator(".mvh-message", has_text="importert").wait_for()
    assert w.locator(".mvh-message").inner_text() == f"Svarene til {len(ids)} øvelser er importert fra «{path.name}»."
    after = saved_records(page)
    assert set(after) == set(before)
    for k in before:
        assert json.dumps(after[k]["answers"], sort_keys=True) == json.dumps(before[k]["answers"], sort_keys=True)
    for iid in ids:
        # The response id in the file is kept, so a later export counts as the same response.
        assert after[key(iid)]["response"] == entries[iid]["response"]
    check_table(page, w, book.html, {i: before[key(i)]["answers"] for i in ids})

    # And the chapters show the answers again.
    open_page(page, site, "book/selvvurderinger.html")
    w_likert = wait_ready(page, "teamkultur")
    assert w_likert.locator('li.mvh-item[data-item="tk1"] input[value="4"]').is_checked()
    assert w_likert.locator('li.mvh-item[data-item="dk2"] input[value="2"]').is_checked()
    open_page(page, site, "book/rollen.html")
    w_tpl = wait_ready(page, "mal-forventningsavklaring")
    assert w_tpl.locator('input[data-field="deltakere"]').input_value() == "Personalleder og metodeveileder – «alle»"
    assert w_tpl.locator('input[data-field="informert"][value="Nav-leder"]').is_checked()
    open_page(page, site, "book/motiverende-samtale.html")
    assert "Riktig." in wait_ready(page, "mi-feller").locator(".mvh-option-feedback").first.inner_text()
    assert wait_ready(page, "mi-endringssnakk").locator('select[data-statement="s1"]').input_value() == "evne"
    page.recorder.assert_clean()


def test_deleting_can_be_cancelled(page, site):
    open_page(page, site, "book/kvalitet.html")
    wait_ready(page, "kvalitetsveileder").locator('li.mvh-item[data-item="1.1"] label.mvh-v-rod').click()
    before = raw_storage(page)
    w = open_workbook(page, site)
    w.locator('button[data-action="delete-all"]').click()
    w.locator('button[data-action="cancel-delete-all"]').click()
    assert not w.locator(DELETE_ALL_BOX).is_visible()
    assert raw_storage(page) == before
    assert w.locator('tr[data-instrument="kvalitetsveileder"]').count() == 1
    page.recorder.assert_clean()


def test_workbook_with_nothing_saved(page, site):
    w = open_workbook(page, site)
    assert "Du har ingen lagrede svar" in w.locator(".mvh-workbook-list").inner_text()
    w.locator('button[data-action="export-all"]').click()
    assert w.locator(".mvh-alert").inner_text() == "Det er ingen svar å eksportere ennå."
    page.recorder.assert_clean()


TEAMKULTUR_TITLE = load("teamkultur")["title"]
BAD_WORKBOOKS = {
    "not-json": ("oops.json", b"{ this is not json", "Filen er ikke en gyldig JSON-fil."),
    "single-instrument-export": (
        "kvalitetsveileder-2025-01-01.json",
        json.dumps(
            {
                "format": EXPORT_FORMAT,
                "instrument": "kvalitetsveileder",
                "version": 1,
                "response": "abc",
                "answers": {"ratings": {"1.1": "gronn"}},
            }
        ).encode(),
        "Dette er en eksport fra én øvelse. Importer den på siden der øvelsen står.",
    ),
    "unknown-instrument": (
        "ukjent.json",
        workbook_bytes(
            [
                workbook_entry("kvalitetsveileder", {"ratings": {"1.1": "gronn"}}),
                workbook_entry("finnes-ikke", {"ratings": {}}),
            ]
        ),
        "Filen har svar til en øvelse boka ikke kjenner («finnes-ikke»).",
    ),
    # The first entry is fine; the second is wrong, so nothing at all may be written.
    "wrong-answer-types": (
        "typer.json",
        workbook_bytes(
            [
                workbook_entry("kvalitetsveileder", {"ratings": {"1.1": "gronn", "2.1": "rod"}}),
                workbook_entry("teamkultur", {"ratings": {"tk1": "fire"}}),
            ]
        ),
        f"Svarene til «{TEAMKULTUR_TITLE}» har feil format",
    ),
    "answers-not-an-object": (
        "liste.json",
        workbook_bytes([workbook_entry("scenario-sjelden-ute", ["n1", "n2"])]),
        "har feil format",
    ),
    "another-format": (
        "annet.json",
        json.dumps({"hello": "world"}).encode(),
        "Filen ser ikke ut som en arbeidsbok fra Metodeveilederhåndboka.",
    ),
    "empty": ("tom.json", b"", "Filen er tom."),
}


@pytest.mark.parametrize("case", sorted(BAD_WORKBOOKS))
def test_bad_workbook_is_refused_and_changes_nothing(page, site, tmp_path, case):
    name, content, message = BAD_WORKBOOKS[case]
    open_page(page, site, "book/kvalitet.html")
    wait_ready(page, "kvalitetsveileder").locator('li.mvh-item[data-item="1.1"] label.mvh-v-rod').click()
    open_page(page, site, "book/selvvurderinger.html")
    wait_ready(page, "teamkultur").locator('li.mvh-item[data-item="tk1"] label.mvh-choice').nth(2).click()
    before = raw_storage(page)
    w = open_workbook(page, site)
    table_before = w.locator(".mvh-workbook-list").inner_text()
    path = tmp_path / name
    path.write_bytes(content)
    with page.expect_file_chooser() as chooser:
        w.locator('button[data-action="import-all"]').click()
    chooser.value.set_files(str(path))
    alert = w.locator(".mvh-alert")
    page.wait_for_function("el => el.textContent.length > 0", arg=alert.element_handle())
    assert message in alert.inner_text()
    assert "Ingenting er endret." in alert.inner_text()
    assert alert.get_attribute("role") == "alert"
    assert raw_storage(page) == before
    assert w.locator(".mvh-workbook-list").inner_text() == table_before
    # The chapter still shows what was there.
    open_page(page, site, "book/kvalitet.html")
    assert wait_ready(page, "kvalitetsveileder").locator('li.mvh-item[data-item="1.1"] input[value="rod"]').is_checked()
    page.recorder.assert_clean()


def test_the_same_instrument_on_two_pages_shows_the_same_answers(page, site):
    iid = "mal-portefoljegjennomgang"
    first, second = "book/maler.html", "book/veiledning-i-praksis.html"
    d = load(iid)
    fields = {f["id"]: f for s in d["sections"] for f in s["fields"]}
    matrix = next(f for f in fields.values() if f["type"] == "matrix")
    checklist = next(f for f in fields.values() if f["type"] == "checklist")
    longtext = next(f for f in fields.values() if f["type"] == "longtext")

    open_page(page, site, first)
    w = wait_ready(page, iid)
    w.locator(f'[data-field="{longtext["id"]}"]').fill("Hva avtalte vi sist?")
    w.locator(f'input[data-field="{matrix["id"]}"][data-row="1"][value="{matrix["options"][2]}"]').check()
    w.locator(f'input[data-field="{checklist["id"]}"][value="{checklist["options"][1]}"]').check()
    want = {
        "fields": {
            longtext["id"]: "Hva avtalte vi sist?",
            matrix["id"]: {matrix["rows"][1]: matrix["options"][2]},
            checklist["id"]: [checklist["options"][1]],
        }
    }
    assert stored(page, iid) == want

    open_page(page, site, second)
    w = wait_ready(page, iid)
    assert w.locator(f'[data-field="{longtext["id"]}"]').input_value() == "Hva avtalte vi sist?"
    assert w.locator(f'input[data-field="{matrix["id"]}"][data-row="1"][value="{matrix["options"][2]}"]').is_checked()
    assert w.locator(f'input[data-field="{checklist["id"]}"][value="{checklist["options"][1]}"]').is_checked()
    s = summarize(d, want)
    assert (
        w.locator(".mvh-template > .mvh-progress").inner_text()
        == f"Du har fylt ut {s['filled']} av {s['fields']} felt."
    )
    # A change on the second page shows on the first.
    w.locator(f'input[data-field="{checklist["id"]}"][value="{checklist["options"][3]}"]').check()
    want["fields"][checklist["id"]] = [checklist["options"][1], checklist["options"][3]]
    assert stored(page, iid) == want

    open_page(page, site, first)
    w = wait_ready(page, iid)
    for o in checklist["options"]:
        box = w.locator(f'input[data-field="{checklist["id"]}"][value="{o}"]')
        assert box.is_checked() == (o in want["fields"][checklist["id"]])
    # Other instruments on the pages were not touched.
    assert stored(page, "mal-feltveiledning") is None
    page.recorder.assert_clean()
