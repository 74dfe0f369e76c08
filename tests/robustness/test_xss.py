"""Hostile text in every free-text field, in imported files and in file names:
it is kept exactly, shown as text, and never runs.

For each kind of field the payloads are spread over the fields of that kind in
rounds, so every payload lands in every kind of field at least once; after
each round every field, its print copy and the stored answers are checked.
"""

from __future__ import annotations

import json
import math

import pytest

from tests.browser.pages import QUALITY_PAGE, RATING_ID, REFLECTION_ID, open_page, wait_ready, widget
from widgets.answers import echo
from widgets.definitions import load

from .helpers import (
    book_storage,
    choose_files,
    export_file,
    get_item,
    key,
    note,
    stored_answers,
    wait_text,
    workbook_bytes,
    workbook_entry,
)
from .payloads import FILE_NAME_PAYLOADS, PAYLOADS, assert_inert, shown, watch_dialogs

RATING_TITLE = load(RATING_ID)["title"]

P = len(PAYLOADS)
TEMPLATES = ["mal-egenomsorgsplan", "mal-feltveiledning", "mal-forventningsavklaring", "mal-portefoljegjennomgang"]
WORKBOOK_PAGE = "book/mine-svar.html"
TEAM_PAGE = "book/teamoversikt.html"
COUNT_ID = [pytest.param(P, id=f"{P}-payloads")]


def rounds_for(n_fields: int) -> int:
    return math.ceil(P / n_fields)


def payload_at(r: int, n: int, i: int, shift: int = 0) -> str:
    return PAYLOADS[(r * n + i + shift) % P]


class Tally:
    """How many (payload, field) pairs were tried, per kind of field."""

    def __init__(self, name: str):
        self.name = name
        self.fields: dict[str, int] = {}
        self.tries: dict[str, int] = {}
        self.payloads: dict[str, set] = {}

    def add(self, kind: str, n_fields: int, values) -> None:
        self.fields[kind] = n_fields
        self.tries[kind] = self.tries.get(kind, 0) + len(values)
        self.payloads.setdefault(kind, set()).update(values)

    def where(self, *detail) -> str:
        """For assertion messages: how much has been tried so far."""
        total = sum(self.tries.values())
        return f"{self.name}: {P} payloads, {sum(self.fields.values())} fields, {total} tries so far {detail or ''}"

    def done(self) -> str:
        total = sum(self.tries.values())
        parts = ", ".join(
            f"{k}: {len(self.payloads[k])} payloads x {self.fields[k]} fields, {self.tries[k]} tries"
            for k in self.tries
        )
        text = f"{P} payloads, {len(self.tries)} kinds of field, {sum(self.fields.values())} fields, {total} tries ({parts})"
        note(self.name, text)
        # Every payload went into every kind of field.
        for k, seen in self.payloads.items():
            assert len(seen) == P, f"{k}: only {len(seen)} of {P} payloads tried"
        return text


def open_all_notes(w) -> None:
    w.locator("details.mvh-note").evaluate_all("ds => ds.forEach(d => { d.open = true; })")


# ------------------------------------------------------------------ typed


@pytest.mark.parametrize("n", COUNT_ID)
def test_payloads_typed_into_the_rating_and_reflection_fields_stay_text(page, site, n):
    dialogs = watch_dialogs(page)
    tally = Tally("xss typed: kvalitet.html")
    open_page(page, site, QUALITY_PAGE)
    w = wait_ready(page, RATING_ID)
    open_all_notes(w)
    items = w.locator("li.mvh-item").evaluate_all("els => els.map(e => e.dataset.item)")

    # Notes: one field per goal (58), so one round holds every payload.
    typed = {}
    for r in range(rounds_for(len(items))):
        for i, item in enumerate(items):
            typed[item] = payload_at(r, len(items), i)
            w.locator(f'textarea[data-note="{item}"]').fill(typed[item])
        tally.add("rating note", len(items), typed.values())
        saved = stored_answers(page, RATING_ID)["notes"]
        for item, value in typed.items():
            want = shown(value, False)
            assert w.locator(f'textarea[data-note="{item}"]').input_value() == want, tally.where(item)
            assert w.locator(f'li.mvh-item[data-item="{item}"] .mvh-print-note').text_content() == f"Notat: {want}", (
                tally.where()
            )
            assert saved[item] == want, tally.where(item)
        assert_inert(page, dialogs, f"{P} payloads x {len(items)} notes")

    # The plan: three rows, each with "what" (a textarea) and "who" (a one-line field).
    rows = w.locator("fieldset.mvh-plan-row")
    n_rows = rows.count()
    for r in range(rounds_for(n_rows)):
        want_rows = []
        for i in range(n_rows):
            action, who = payload_at(r, n_rows, i), payload_at(r, n_rows, i, shift=1)
            rows.nth(i).locator("textarea").fill(action)
            rows.nth(i).locator('input[type="text"]').fill(who)
            want_rows.append((shown(action, False), shown(who, True, typed=True)))
            tally.add("plan action", n_rows, [action])
            tally.add("plan who", n_rows, [who])
        plan = stored_answers(page, RATING_ID)["plan"]
        for i, (action, who) in enumerate(want_rows):
            row = rows.nth(i)
            assert row.locator("textarea").input_value() == action, tally.where()
            assert row.locator('input[type="text"]').input_value() == who, tally.where()
            assert plan_print(row) == plan_lines(action, who, "–"), tally.where()
            assert (plan[i]["action"], plan[i]["who"]) == (action, who), tally.where()
        assert_inert(page, dialogs, f"plan round {r + 1} of {rounds_for(n_rows)}")

    # Reflection prompts.
    refl = wait_ready(page, REFLECTION_ID)
    areas = refl.locator("textarea[data-prompt]")
    prompts = areas.evaluate_all("els => els.map(e => e.dataset.prompt)")
    answers = {}
    for r in range(rounds_for(len(prompts))):
        for i, pid in enumerate(prompts):
            answers[pid] = payload_at(r, len(prompts), i)
            refl.locator(f'textarea[data-prompt="{pid}"]').fill(answers[pid])
        tally.add("reflection", len(prompts), answers.values())
        saved = stored_answers(page, REFLECTION_ID)["responses"]
        for i, pid in enumerate(prompts):
            want = shown(answers[pid], False)
            assert refl.locator(f'textarea[data-prompt="{pid}"]').input_value() == want, tally.where()
            assert refl.locator(".mvh-prompt").nth(i).locator(".mvh-print-answer").text_content() == want, tally.where()
            assert saved[pid] == want, tally.where()
        assert_inert(page, dialogs, f"reflection round {r + 1}")

    # After a reload every last value is there, as text.
    page.reload()
    w = wait_ready(page, RATING_ID)
    for item, value in typed.items():
        assert w.locator(f'textarea[data-note="{item}"]').input_value() == shown(value, False), tally.where()
    for i, (action, who) in enumerate(want_rows):
        assert w.locator("fieldset.mvh-plan-row").nth(i).locator("textarea").input_value() == action, tally.where()
        assert w.locator("fieldset.mvh-plan-row").nth(i).locator('input[type="text"]').input_value() == who, (
            tally.where()
        )
    refl = wait_ready(page, REFLECTION_ID)
    for pid, value in answers.items():
        assert refl.locator(f'textarea[data-prompt="{pid}"]').input_value() == shown(value, False), tally.where()
    assert_inert(page, dialogs, "reload")
    tally.done()
    page.recorder.assert_clean()


def template_fields(iid: str) -> dict[str, list[dict]]:
    fields = [f for s in load(iid)["sections"] for f in s["fields"]]
    return {kind: [f for f in fields if f["type"] == kind] for kind in ("text", "longtext")}


def field_print(w, field_id: str):
    return w.locator(f'[data-field="{field_id}"]').locator("xpath=..").locator(".mvh-print-field")


@pytest.mark.parametrize("n", COUNT_ID)
def test_payloads_typed_into_template_fields_stay_text(page, site, n):
    dialogs = watch_dialogs(page)
    tally = Tally("xss typed: maler.html")
    open_page(page, site, "book/maler.html")
    for kind in ("text", "longtext"):
        fields = [(iid, f["id"]) for iid in TEMPLATES for f in template_fields(iid)[kind]]
        assert fields, kind
        last = {}
        for r in range(rounds_for(len(fields))):
            for i, (iid, fid) in enumerate(fields):
                last[(iid, fid)] = payload_at(r, len(fields), i)
                wait_ready(page, iid).locator(f'[data-field="{fid}"]').fill(last[(iid, fid)])
            tally.add(f"template {kind}", len(fields), last.values())
            for (iid, fid), value in last.items():
                want = shown(value, kind == "text", typed=True)
                w = widget(page, iid)
                assert w.locator(f'[data-field="{fid}"]').input_value() == want, tally.where((iid, fid))
                assert field_print(w, fid).text_content() == want, tally.where((iid, fid))
                assert stored_answers(page, iid)["fields"][fid] == want, tally.where((iid, fid))
            assert_inert(page, dialogs, f"template {kind} round {r + 1}")
    page.reload()
    for iid in TEMPLATES:
        wait_ready(page, iid)
    assert_inert(page, dialogs, "reload of maler.html")
    tally.done()
    page.recorder.assert_clean()


# ----------------------------------------------------------------- imported


def import_one(page, w, path):
    """Import a good file; where it would replace answers the widget asks first (js/ui/frame.js): say yes."""
    message = w.locator(".mvh-message")
    message.evaluate("el => { el.textContent = ''; }")
    choose_files(page, w.locator('button[data-action="import"]'), path)
    asked = w.locator('.mvh-confirm[aria-label="Bekreft import"]')
    page.wait_for_function(
        "([m, a]) => m.textContent.length > 0 || !a.hidden", arg=[message.element_handle(), asked.element_handle()]
    )
    if asked.is_visible():
        asked.locator('button[data-action="confirm-import"]').click()
    return wait_text(page, message)


def plan_print(row) -> list[str]:
    """A plan row's print copy (js/kinds/rating-plan.js): label, value, label, value…"""
    return row.locator(".mvh-print-plan").evaluate("dl => [...dl.children].map((e) => e.textContent)")


def plan_lines(action: str, who: str, when: str) -> list[str]:
    return ["Tema", "ikke valgt", "Hva skal gjøres?", action, "Hvem gjør det?", who, "Innen", when]


@pytest.mark.parametrize("n", COUNT_ID)
def test_payloads_in_imported_files_stay_text(page, site, tmp_path, n):
    dialogs = watch_dialogs(page)
    tally = Tally("xss imported: single-instrument files")
    open_page(page, site, QUALITY_PAGE)
    w = wait_ready(page, RATING_ID)
    items = w.locator("li.mvh-item").evaluate_all("els => els.map(e => e.dataset.item)")
    n_rows = load(RATING_ID)["plan"]["max_themes"]
    for r in range(rounds_for(n_rows)):
        notes = {item: payload_at(r, len(items), i) for i, item in enumerate(items)}
        # Answers the widget does not show are kept too: notes to ids that do not exist, odd ratings.
        notes.update({f"x-{i}": p for i, p in enumerate(PAYLOADS)})
        plan = [
            {
                "theme": payload_at(r, n_rows, i, 7),
                "action": payload_at(r, n_rows, i),
                "who": payload_at(r, n_rows, i, 1),
                "when": payload_at(r, n_rows, i, 2),
            }
            for i in range(n_rows)
        ]
        answers = {"ratings": {"1.1": "gronn", "1.2": PAYLOADS[r % P]}, "notes": notes, "plan": plan}
        path = export_file(tmp_path / f"kvalitet-{r}.json", RATING_ID, answers)
        assert "importert" in import_one(page, w, path), tally.where()
        tally.add("imported rating note", len(items), [notes[i] for i in items])
        tally.add("imported plan action", n_rows, [row["action"] for row in plan])
        tally.add("imported plan who", n_rows, [row["who"] for row in plan])
        # Nothing lost: storage holds the file's answers exactly.
        assert stored_answers(page, RATING_ID) == answers, tally.where()
        for item in items:
            want = shown(notes[item], False)
            assert w.locator(f'textarea[data-note="{item}"]').input_value() == want, tally.where(item)
            assert (
                w.locator(f'li.mvh-item[data-item="{item}"] .mvh-print-note').text_content() == f"Notat: {notes[item]}"
            ), tally.where()
        assert w.locator('li.mvh-item[data-item="1.2"] .mvh-print-value').text_content() == "Vurdering: ikke vurdert", (
            tally.where()
        )
        for i, row in enumerate(plan):
            fs = w.locator("fieldset.mvh-plan-row").nth(i)
            assert fs.locator("textarea").input_value() == shown(row["action"], False), tally.where()
            assert fs.locator('input[type="text"]').input_value() == shown(row["who"], True), tally.where()
            assert plan_print(fs) == plan_lines(row["action"], row["who"], row["when"]), tally.where()
        assert_inert(page, dialogs, f"rating import {r + 1}")

    refl = wait_ready(page, REFLECTION_ID)
    prompts = refl.locator("textarea[data-prompt]").evaluate_all("els => els.map(e => e.dataset.prompt)")
    for r in range(rounds_for(len(prompts))):
        responses = {pid: payload_at(r, len(prompts), i) for i, pid in enumerate(prompts)}
        responses.update({f"x-{i}": p for i, p in enumerate(PAYLOADS)})
        path = export_file(tmp_path / f"refleksjon-{r}.json", REFLECTION_ID, {"responses": responses})
        assert "importert" in import_one(page, refl, path), tally.where()
        tally.add("imported reflection", len(prompts), [responses[p] for p in prompts])
        assert stored_answers(page, REFLECTION_ID) == {"responses": responses}, tally.where()
        for i, pid in enumerate(prompts):
            assert refl.locator(f'textarea[data-prompt="{pid}"]').input_value() == shown(responses[pid], False), (
                tally.where()
            )
            assert refl.locator(".mvh-prompt").nth(i).locator(".mvh-print-answer").text_content() == responses[pid], (
                tally.where()
            )
        assert_inert(page, dialogs, f"reflection import {r + 1}")

    open_page(page, site, "book/maler.html")
    for iid in TEMPLATES:
        w = wait_ready(page, iid)
        d = load(iid)
        all_fields = [f for s in d["sections"] for f in s["fields"]]
        texts = [f for f in all_fields if f["type"] in ("text", "longtext")]
        for r in range(rounds_for(len(texts))):
            values = {}
            for i, f in enumerate(texts):
                values[f["id"]] = payload_at(r, len(texts), i)
            for i, f in enumerate(f for f in all_fields if f["type"] not in ("text", "longtext", "date")):
                # Choices, checklists and tables cannot show a value that is not an option; it is kept all the same.
                p = payload_at(r, P, i, 3)
                values[f["id"]] = p if f["type"] == "choice" else [p] if f["type"] == "checklist" else {p: p}
            raw_answers = {"fields": values}
            path = tmp_path / f"{iid}-{r}.json"
            d_export = {
                "format": "metodeveilederhandboka-svar",
                "instrument": iid,
                "version": d["version"],
                "response": "ab" * 16,
                "answers": raw_answers,
            }
            path.write_text(json.dumps(d_export, ensure_ascii=False), encoding="utf-8")
            assert "importert" in import_one(page, w, path), tally.where()
            tally.add(f"imported {iid} text", len(texts), [values[f["id"]] for f in texts])
            assert json.loads(get_item(page, key(iid)))["answers"] == raw_answers, tally.where(iid)
            for f in texts:
                want = shown(values[f["id"]], f["type"] == "text")
                assert w.locator(f'[data-field="{f["id"]}"]').input_value() == want, tally.where((iid, f["id"]))
                assert field_print(w, f["id"]).text_content() == values[f["id"]], tally.where((iid, f["id"]))
            assert_inert(page, dialogs, f"{iid} import {r + 1}")
    tally.done()
    page.recorder.assert_clean()


@pytest.mark.parametrize("n", COUNT_ID)
@pytest.mark.across_pages
def test_payloads_in_a_workbook_import_stay_text(page, site, tmp_path, n):
    dialogs = watch_dialogs(page)
    # window.print would open a dialog; the print copy is what is checked.
    page.add_init_script("window.print = () => {};")
    items = [i["id"] for p in load(RATING_ID)["parts"] for t in p["themes"] for i in t["items"]]
    notes = {item: PAYLOADS[i % P] for i, item in enumerate(items)}
    prompts = [p["id"] for p in load(REFLECTION_ID)["prompts"]]
    felt = [f for s in load("mal-feltveiledning")["sections"] for f in s["fields"] if f["type"] in ("text", "longtext")]
    q = load("mi-feller")["questions"][0]
    entries = [
        workbook_entry(
            RATING_ID,
            {
                "ratings": {"1.1": "rod"},
                "notes": notes,
                "plan": [{"theme": "1", "action": PAYLOADS[0], "who": PAYLOADS[1], "when": PAYLOADS[2]}],
            },
        ),
        workbook_entry(
            REFLECTION_ID,
            {
                "responses": {p: PAYLOADS[i] for i, p in enumerate(prompts)}
                | {f"x-{i}": p for i, p in enumerate(PAYLOADS)}
            },
        ),
        workbook_entry("mal-feltveiledning", {"fields": {f["id"]: PAYLOADS[(i + 5) % P] for i, f in enumerate(felt)}}),
        workbook_entry("mi-feller", {"responses": {q["id"]: PAYLOADS[3], "x-svar": PAYLOADS[4]}}),
        workbook_entry("scenario-sjelden-ute", {"path": ["n1", PAYLOADS[5], PAYLOADS[6]]}),
    ]
    name = "<img src=x onerror=window.__pwned='navn'>.json"
    path = tmp_path / name
    path.write_bytes(workbook_bytes(entries))

    open_page(page, site, WORKBOOK_PAGE)
    w = page.locator('.mvh-widget[data-mvh-role="workbook"]')
    w.locator(".mvh-workbook").wait_for()
    choose_files(page, w.locator('button[data-action="import-all"]'), path)
    assert (
        wait_text(page, w.locator(".mvh-message")) == f"Svarene til {len(entries)} øvelser er importert fra «{name}»."
    )
    # Nothing lost: every entry is stored exactly as in the file.
    for e in entries:
        assert json.loads(get_item(page, key(e["instrument"])))["answers"] == e["answers"], e["instrument"]
    assert_inert(page, dialogs, "workbook import")

    # "Skriv ut alle": every note is in the print copy as text.
    w.locator('button[data-action="print-all"]').click()
    # Each answer as printed: a table cell, or an entry's value after its label ("Notat: ").
    cells = w.locator(".mvh-print-doc td, .mvh-print-doc .mvh-paper-a").evaluate_all(
        "es => es.map(e => e.matches('td') ? e.textContent"
        " : [...e.childNodes].filter(n => n.nodeName !== 'B').map(n => n.textContent).join(''))"
    )
    for item, value in notes.items():
        assert value in cells, f"note {item} missing from the print copy"
    assert all(PAYLOADS[i] in cells for i in range(len(prompts)))
    assert all(PAYLOADS[(i + 5) % P] in cells for i in range(len(felt)))
    assert_inert(page, dialogs, "workbook print copy")
    note(
        "xss imported: workbook",
        f"{P} payloads in {len(entries)} instruments "
        f"({len(notes)} notes, {len(prompts) + P} responses, {len(felt)} template fields, a quiz, a scenario path) "
        "and in the file name",
    )

    # The chapter page shows them as text.
    open_page(page, site, QUALITY_PAGE)
    kw = wait_ready(page, RATING_ID)
    for item, value in notes.items():
        assert kw.locator(f'textarea[data-note="{item}"]').input_value() == shown(value, False)
    assert_inert(page, dialogs, "kvalitet.html after the workbook import")
    page.recorder.assert_clean()


@pytest.mark.parametrize("n", COUNT_ID)
@pytest.mark.across_pages
def test_payloads_in_refusal_messages_stay_text(page, site, tmp_path, n):
    """A file naming an unknown instrument is refused with the name in the message, as text."""
    dialogs = watch_dialogs(page)
    open_page(page, site, QUALITY_PAGE)
    w = wait_ready(page, RATING_ID)
    w.locator('li.mvh-item[data-item="1.1"] label.mvh-v-gronn').click()
    before = book_storage(page)
    alert = w.locator(".mvh-alert")
    for i, p in enumerate(PAYLOADS):
        path = tmp_path / f"annen-{i}.json"
        path.write_text(
            json.dumps({"format": "metodeveilederhandboka-svar", "instrument": p, "version": 1, "answers": {}}),
            encoding="utf-8",
        )
        alert.evaluate("el => { el.textContent = ''; }")
        choose_files(page, w.locator('button[data-action="import"]'), path)
        wait_text(page, alert)
        assert alert.text_content() == (
            f"«{path.name}» ble ikke importert. Filen er fra øvelsen «{echo(p, 100)}», ikke fra «{RATING_TITLE}». "
            f"Velg en fil du har eksportert fra «{RATING_TITLE}». Ingenting er endret."
        ), i
    assert book_storage(page) == before
    assert_inert(page, dialogs, f"{P} refused single imports")

    open_page(page, site, WORKBOOK_PAGE)
    wb = page.locator('.mvh-widget[data-mvh-role="workbook"]')
    wb.locator(".mvh-workbook").wait_for()
    wb_before = book_storage(page)
    walert = wb.locator(".mvh-alert")
    for i, p in enumerate(PAYLOADS):
        path = tmp_path / f"arbeidsbok-{i}.json"
        path.write_bytes(
            workbook_bytes(
                [workbook_entry(RATING_ID, {"ratings": {"2.2": "rod"}}), {"instrument": p, "version": 1, "answers": {}}]
            )
        )
        walert.evaluate("el => { el.textContent = ''; }")
        choose_files(page, wb.locator('button[data-action="import-all"]'), path)
        wait_text(page, walert)
        assert (
            walert.text_content()
            == f"«{path.name}» ble ikke importert. Filen har svar til en øvelse boka ikke kjenner («{echo(p)}»). "
            "Ingenting er endret."
        ), i
    assert book_storage(page) == wb_before
    assert_inert(page, dialogs, f"{P} refused workbook imports")
    # Back on the chapter page: the answer saved before all this is still there.
    open_page(page, site, QUALITY_PAGE)
    w = wait_ready(page, RATING_ID)
    assert book_storage(page) == before
    assert w.locator('li.mvh-item[data-item="1.1"] input[value="gronn"]').is_checked()
    note("xss refusal messages", f"{P} payloads x 2 import paths = {2 * P} refused files")
    page.recorder.assert_clean()


# --------------------------------------------------------------- file names


@pytest.mark.parametrize("n", [pytest.param(len(FILE_NAME_PAYLOADS), id=f"{len(FILE_NAME_PAYLOADS)}-file-names")])
@pytest.mark.across_pages
def test_payloads_in_file_names_stay_text(page, site, tmp_path, n):
    dialogs = watch_dialogs(page)
    folder = tmp_path / "navn"
    folder.mkdir()
    paths = []
    for i, p in enumerate(FILE_NAME_PAYLOADS):
        path = folder / f"{p}.json"
        c = ["gronn", "gul", "rod"]  # distinct answers per file, so none is taken for a copy of another
        answers = {"ratings": {"1.1": c[i % 3], "1.2": c[(i // 3) % 3], "1.3": c[(i // 9) % 3]}, "notes": {"1.1": p}}
        export_file(path, RATING_ID, answers, response=f"{i:032x}")
        paths.append(path)
    assert all(p.exists() for p in paths)

    # The team view: each name shows in the log, as text.
    open_page(page, site, TEAM_PAGE)
    t = page.locator('.mvh-widget[data-mvh-role="team"]')
    t.locator(".mvh-team").wait_for()
    t.locator("select").select_option(RATING_ID)
    choose_files(page, t.locator('button[data-action="team-add"]'), paths)
    page.wait_for_function(
        "([el, n]) => el.children.length === n", arg=[t.locator("ul.mvh-team-log").element_handle(), len(paths)]
    )
    lines = t.locator("ul.mvh-team-log li").evaluate_all("lis => lis.map(li => li.textContent)")
    assert lines == [f"«{p.name}»: lagt til." for p in paths]
    assert t.locator(".mvh-team > .mvh-progress").inner_text() == f"{len(paths)} besvarelser lagt til."
    t.locator('button[data-action="team-show"]').click()
    assert t.locator(".mvh-team-results table").count() == 2  # per theme and per goal
    assert_inert(page, dialogs, f"{len(paths)} hostile file names in the team view")

    # A refused file's name shows too.
    bad = folder / f"{FILE_NAME_PAYLOADS[1]}-tom.json"
    bad.write_bytes(b"")
    choose_files(page, t.locator('button[data-action="team-add"]'), [bad])
    # The log keeps the earlier batch; the refused file's line comes last.
    page.wait_for_function(
        "([el, n]) => el.children.length === n", arg=[t.locator("ul.mvh-team-log").element_handle(), len(paths) + 1]
    )
    assert t.locator("ul.mvh-team-log li").last.text_content() == f"«{bad.name}»: filen er tom."
    assert_inert(page, dialogs, "a refused file with a hostile name")

    # Single-instrument import: the name is in the message, the notes in the fields.
    open_page(page, site, QUALITY_PAGE)
    w = wait_ready(page, RATING_ID)
    for path in paths:
        assert import_one(page, w, path) == f"Svarene er importert fra «{path.name}»."
        stem = path.name[: -len(".json")]
        assert w.locator('textarea[data-note="1.1"]').input_value() == stem
        assert json.loads(get_item(page, key(RATING_ID)))["answers"]["notes"]["1.1"] == stem
    assert_inert(page, dialogs, f"{len(paths)} single imports with hostile names")

    # Workbook import.
    open_page(page, site, WORKBOOK_PAGE)
    wb = page.locator('.mvh-widget[data-mvh-role="workbook"]')
    wb.locator(".mvh-workbook").wait_for()
    for p in FILE_NAME_PAYLOADS:
        path = folder / f"{p}-arbeidsbok.json"
        path.write_bytes(workbook_bytes([workbook_entry(REFLECTION_ID, {"responses": {"r1": p}})]))
        wb.locator(".mvh-message").evaluate("el => { el.textContent = ''; }")
        choose_files(page, wb.locator('button[data-action="import-all"]'), path)
        assert wait_text(page, wb.locator(".mvh-message")) == f"Svarene til 1 øvelser er importert fra «{path.name}»."
        assert stored_answers(page, REFLECTION_ID) == {"responses": {"r1": p}}
    assert_inert(page, dialogs, f"{len(FILE_NAME_PAYLOADS)} workbook imports with hostile names")
    note(
        "xss file names",
        f"{len(FILE_NAME_PAYLOADS)} hostile file names x 3 places (team view, import, workbook import)",
    )
    page.recorder.assert_clean()


def test_a_proto_key_in_an_imported_file_pollutes_nothing(page, site, tmp_path):
    """'__proto__' as a key in a file is only data: no object in the page gains properties."""
    dialogs = watch_dialogs(page)
    open_page(page, site, "book/maler.html")
    iid = "mal-feltveiledning"
    w = wait_ready(page, iid)
    text_id = template_fields(iid)["longtext"][0]["id"]
    w.locator(f'[data-field="{text_id}"]').fill("Før importen")
    path = tmp_path / "proto.json"
    path.write_text(
        '{"format": "metodeveilederhandboka-svar", "instrument": "%s", "version": 1, "response": "ab",'
        ' "answers": {"fields": {"%s": "Etter importen", "__proto__": {"polluted": "pwned-proto"}}}}' % (iid, text_id),
        encoding="utf-8",
    )
    assert "importert" in import_one(page, w, path)
    assert w.locator(f'[data-field="{text_id}"]').input_value() == "Etter importen"
    assert stored_answers(page, iid)["fields"][text_id] == "Etter importen"
    w.locator(f'[data-field="{text_id}"]').fill("Etter importen, endret")
    assert stored_answers(page, iid)["fields"][text_id] == "Etter importen, endret"
    assert_inert(page, dialogs, "a __proto__ key in an import")
    page.recorder.assert_clean()


def test_the_detector_notices_injected_markup(page, site):
    """The checks above would see it if markup were made from reader text (a check of the check)."""
    open_page(page, site, QUALITY_PAGE)
    wait_ready(page, RATING_ID)
    dialogs = watch_dialogs(page)
    assert_inert(page, dialogs, "a clean page")
    page.evaluate("""() => document.querySelector('.mvh .mvh-print-note')
        .insertAdjacentHTML('beforeend', '<img src=x onerror="window.__pwned=1">')""")
    # The CSP blocks the handler itself now; the detector must still see the injected element and its attribute.
    page.locator(".mvh .mvh-print-note img").wait_for(state="attached")
    with pytest.raises(AssertionError) as caught:
        assert_inert(page, dialogs, "markup injected on purpose")
    assert "onerror" in str(caught.value) and "markup injected on purpose" in str(caught.value)
