"""Damaged or out-of-date saved answers, for every bundled instrument.

What is stored is never thrown away: an unreadable or partly wrong record is
backed up exactly as it was (and can be downloaded), what can be used is used,
and a record saved for another version of an instrument is carried over with
every answer, also answers to items that no longer exist.
"""

from __future__ import annotations

import json

import pytest

from .helpers import (
    Kind,
    download,
    export_json,
    get_item,
    instrument_ids,
    key,
    note,
    open_instrument,
    page_for,
    seed_once,
    wait_ready,
)

ALL_IDS = instrument_ids()
# One instrument of each kind in Chromium: the kind decides how a record is read and repaired.
# Every instrument's stored records are swept in Node (tests/js, the record tests), in milliseconds.
IDS = sorted({Kind(i).kind: i for i in reversed(ALL_IDS)}.values())
CASES = ["invalid-json", "answers-list", "wrong-types"]
DAMAGE_PARAMS = [pytest.param(i, case, id=f"{i}-{case}") for i in IDS for case in CASES]


def raw_record(k: Kind, case: str) -> tuple[str, int | None]:
    """The stored text for a case, and how many parts of it are unusable (None: unreadable)."""
    if case == "invalid-json":
        # As a write cut short: the text stops in the middle of a note.
        text = json.dumps({"instrument": k.id, "version": k.d["version"], "answers": k.valid()}, ensure_ascii=False)
        return text[: len(text) - 3] + ', "x": "Æ ø å – «sitat» \u202eRTL', None
    if case == "answers-list":
        return json.dumps(
            {
                "instrument": k.id,
                "version": k.d["version"],
                "answers": [k.valid()],
                "response": "",
                "saved": "2025-01-01T10:00:00.000Z",
            },
            ensure_ascii=False,
        ), 1
    answers, dropped = k.wrong_types()
    return json.dumps(
        {
            "instrument": k.id,
            "version": k.d["version"],
            "answers": answers,
            "response": "",
            "saved": "2025-01-01T10:00:00.000Z",
        },
        ensure_ascii=False,
    ), dropped


def contains(actual, expected) -> bool:
    """Everything in `expected` is in `actual` (objects may hold more)."""
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(k in actual and contains(actual[k], v) for k, v in expected.items())
    return actual == expected


def seed(page, site, instrument_id: str, storage_key: str, raw: str):
    """Put `raw` under `storage_key` before the page's scripts run (in the first document only), then open the page."""
    seed_once(page, storage_key, raw)
    return open_instrument(page, site, instrument_id)


@pytest.mark.parametrize("instrument_id,case", DAMAGE_PARAMS)
def test_damaged_record_is_backed_up_and_what_can_be_used_is_used(page, site, tmp_path, instrument_id, case):
    note(
        "storage: damaged records",
        f"{len(IDS)} instruments (one per kind) x {len(CASES)} kinds of damage = {len(IDS) * len(CASES)} cases",
    )
    k = Kind(instrument_id)
    raw, dropped = raw_record(k, case)
    main = key(instrument_id)
    w = seed(page, site, instrument_id, main, raw)

    notice = w.locator('[data-notice="recovery"]')
    assert notice.is_visible(), f"{instrument_id}/{case}: no recovery notice"
    if dropped is None:
        assert "kunne ikke leses" in notice.inner_text()
    else:
        assert "var skadet" in notice.inner_text()
        assert f"({dropped} {'del' if dropped == 1 else 'deler'})" in notice.inner_text()
    # The original text is kept exactly: in a backup, and (until the reader saves) under its own key.
    assert get_item(page, f"{main}:sikkerhetskopi") == raw
    assert get_item(page, main) == raw
    path = download(page, notice.locator('button[data-action="download-backup"]'), tmp_path)
    assert path.name == f"{instrument_id}-sikkerhetskopi.txt"
    assert path.read_bytes().decode("utf-8") == raw

    if case == "wrong-types":
        k.assert_valid_shown(w)

    # The reader goes on: the new answer is saved, and the backup still holds the original.
    k.answer_another(w)
    assert get_item(page, f"{main}:sikkerhetskopi") == raw
    saved = json.loads(get_item(page, main))
    assert isinstance(saved["answers"], dict)
    if case == "wrong-types" and k.kind != "scenario":
        # The usable part of the damaged record is saved with the new answer.
        assert contains(saved["answers"], k.valid()), saved["answers"]
    page.recorder.assert_clean()


@pytest.mark.parametrize("instrument_id", IDS)
def test_record_of_another_version_is_carried_over_with_every_answer(page, site, tmp_path, instrument_id):
    note("storage: carried over from an older version", f"{len(IDS)} instruments (one per kind)")
    k = Kind(instrument_id)
    version = k.d["version"]
    older = version - 1  # version 1 -> ':v0'
    answers = k.with_unknown()
    raw = json.dumps(
        {
            "instrument": instrument_id,
            "version": older,
            "answers": answers,
            "response": "c0ffee" * 5,
            "saved": "2024-06-01T10:00:00.000Z",
        },
        ensure_ascii=False,
    )
    w = seed(page, site, instrument_id, key(instrument_id, older), raw)
    assert get_item(page, key(instrument_id)) is None  # only the older key was seeded

    k.assert_valid_shown(w)
    # The export holds every answer carried over, also the one to an item that no longer exists.
    data = export_json(page, w, tmp_path)
    assert data["version"] == version
    assert data["answers"] == answers, "the export lost answers that were carried over"
    assert k.has_unknown(data["answers"])

    k.answer_another(w)
    saved = json.loads(get_item(page, key(instrument_id)))
    if k.kind != "scenario":
        # (A scenario's path is replaced by the new choice, by design: it is one path.)
        assert k.has_unknown(saved["answers"]), "the answer to a removed item was dropped on save"
    # The older record is left as it was.
    assert get_item(page, key(instrument_id, older)) == raw

    page.reload()
    w = wait_ready(page, instrument_id)
    k.assert_valid_shown(w)
    assert w.locator('[data-notice="migrated"]').count() == 0
    page.recorder.assert_clean()


@pytest.mark.parametrize("which", ["v0", "previous", "next"])
def test_carry_over_tells_the_reader(page, site, which):
    """A record from another version than the page's: the reader is told it was carried over."""
    iid = "kvalitetsveileder"
    k = Kind(iid)
    older = {"v0": 0, "previous": k.d["version"] - 1, "next": k.d["version"] + 1}[which]
    raw = json.dumps({"instrument": iid, "version": older, "answers": k.with_unknown()})
    w = seed(page, site, iid, key(iid, older), raw)
    k.assert_valid_shown(w)
    migrated = w.locator('[data-notice="migrated"]')
    assert migrated.count() == 1, f"answers were carried over from version {older}, but no notice says so"
    assert f"versjon {older} → {k.d['version']}" in migrated.inner_text()
    page.recorder.assert_clean()


def test_partly_damaged_record_is_clean_after_the_reader_saves(page, site):
    """After recovery and a save, a reload shows no new damage, and the backup still holds the original."""
    iid = "kvalitetsveileder"
    k = Kind(iid)
    raw, _ = raw_record(k, "wrong-types")
    main = key(iid)
    w = seed(page, site, iid, main, raw)
    assert w.locator('[data-notice="recovery"]').is_visible()
    k.answer_another(w)
    # The reader's save has replaced the damaged record before we reload.
    page.wait_for_function("([k, raw]) => localStorage.getItem(k) !== raw", arg=[main, raw])
    page.reload()
    w = wait_ready(page, iid)
    k.assert_valid_shown(w)
    assert get_item(page, f"{main}:sikkerhetskopi") == raw, "the backup of the original record was overwritten: " + str(
        get_item(page, f"{main}:sikkerhetskopi")
    )
    assert w.locator('[data-notice="recovery"]').count() == 0, (
        "the recovery notice is back after a save and reload; stored: " + str(get_item(page, main))
    )
    page.recorder.assert_clean()


def test_pages_for_every_instrument_exist():
    """Every bundled instrument is on some built page (else the sweep above would test nothing)."""
    pages = {i: page_for(i) for i in ALL_IDS}
    note("storage: instruments found on pages", f"{len(pages)} of {len(ALL_IDS)}")
    assert len(pages) == len(ALL_IDS)
