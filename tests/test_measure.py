"""widgets/measure.py against the shared vectors in tests/vectors/measurements (node: tests/js/measure.test.mjs)."""

from __future__ import annotations

import copy
import functools
import json
import re
from pathlib import Path

import pytest

from tests.vector_cases import mismatches
import widgets.jupyter
from widgets import Instrument, InstrumentError
from widgets.answers import EXPORT_FORMAT
from widgets.definitions import instrument_ids, load, validate
from widgets.measure import (
    MAX_LABEL,
    check_measurements,
    compare_measurements,
    merge_measurements,
    new_measurement,
    sort_measurements,
    supports_measurements,
)

DIR = Path(__file__).resolve().parent / "vectors" / "measurements"


def cases() -> list[tuple[str, dict | None, dict]]:
    """(id, definition, case) for every case, as tests/js/helpers.mjs vectorCases reads them."""
    out = []
    for path in sorted(DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            if "definition" in case:
                definition = case["definition"]
            elif "instrument" in case:
                definition = load(case["instrument"])
            else:
                definition = data.get("definition")
            out.append((f"{path.stem}: {case['name']}", definition, case))
    return out


CASES = cases()
COMPARE = [c for c in CASES if "expected" in c[2]]
MERGE = [c for c in CASES if "merged" in c[2]]


@pytest.mark.parametrize(("definition", "case"), [c[1:] for c in COMPARE], ids=[c[0] for c in COMPARE])
def test_comparison_matches_vector(definition, case):
    before = copy.deepcopy([case["before"], case["after"]])
    actual = compare_measurements(definition, case["before"], case["after"])
    assert mismatches(case["expected"], actual, False, "comparison") == []
    assert [case["before"], case["after"]] == before, "comparing must not change the measurements"


@pytest.mark.parametrize("case", [c[2] for c in MERGE], ids=[c[0] for c in MERGE])
def test_merge_matches_vector(case):
    assert merge_measurements(case["stored"], case["incoming"]) == case["merged"]


def test_vectors_cover_both_kinds_an_older_version_and_merging():
    assert {d["kind"] for _, d, _ in COMPARE} == {"likert", "rating"}
    assert any(c["expected"]["skipped"] for _, _, c in COMPARE)
    assert any(c["before"]["answers"] == {} for _, _, c in COMPARE), "a case with nothing before"
    assert len(MERGE) >= 3
    assert len({name for name, _, _ in CASES}) == len(CASES), "case names are unique"


def test_inline_vector_definitions_are_valid_instruments():
    # A vector against an instrument the build would reject proves nothing.
    inline = {json.dumps(d, sort_keys=True): d for _, d, c in COMPARE if "instrument" not in c}
    assert len(inline) == 2
    for d in inline.values():
        validate(copy.deepcopy(d), "vector")


def test_a_planted_wrong_vector_is_caught():
    _, definition, case = next(c for c in COMPARE if c[1]["kind"] == "rating")
    planted = copy.deepcopy(case["expected"])
    planted["items"][0]["change"] = "dårligere" if planted["items"][0]["change"] == "bedre" else "bedre"
    planted["groups"][0]["delta"] = 99
    planted["skipped"].append("9.9")
    problems = mismatches(planted, compare_measurements(definition, case["before"], case["after"]), False, "comparison")
    assert len(problems) == 3, problems
    assert problems[0].startswith("comparison.items[0].change: expected")


def test_vet_ikke_is_the_kvalitetsveileder_s_one_unranked_scale_entry():
    scale = load("kvalitetsveileder")["scale"]
    assert [s["id"] for s in scale if s.get("ranked") is False] == ["vet-ikke"]


def test_a_rating_with_ranked_that_is_not_a_boolean_fails_validation():
    definition = load("kvalitetsveileder")
    definition["scale"][3]["ranked"] = "nei"
    with pytest.raises(Exception, match="ranked"):
        validate(definition, "kvalitetsveileder.yaml")


# ---------------------------------------------------------------- new measurements and the file check

KV = load("kvalitetsveileder")


def test_a_new_measurement_is_a_dated_deep_copy():
    answers = {"ratings": {"1.1": "gronn"}}
    m = new_measurement(KV, answers, "abc", "  Kursstart ", "2026-09-01")
    assert sorted(m) == ["answers", "date", "id", "label", "response", "saved", "version"]
    assert re.fullmatch(r"[0-9a-f]{16}", m["id"])
    assert (m["label"], m["date"], m["version"], m["response"]) == ("Kursstart", "2026-09-01", KV["version"], "abc")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", m["saved"]), "the same form as JS toISOString"
    answers["ratings"]["1.1"] = "rod"
    assert m["answers"]["ratings"]["1.1"] == "gronn"
    assert check_measurements(KV, [m]) == ""


@pytest.mark.parametrize(
    ("label", "date", "message"),
    [
        ("   ", "2026-01-01", "needs a label"),
        ("x" * (MAX_LABEL + 1), "2026-01-01", "at most 80"),
        ("Ok", "2026-02-30", "real date"),
        ("Ok", "1.12.2026", "real date"),
    ],
)
def test_a_bad_label_or_date_is_refused(label, date, message):
    with pytest.raises(ValueError, match=message):
        new_measurement(KV, {}, "r", label, date)


def test_sorting_is_oldest_first():
    a = {"id": "a", "date": "2026-01-01", "saved": "2026-12-03T00:00:00.000Z"}
    b = {"id": "b", "date": "2026-12-02", "saved": "2026-12-02T00:00:00.000Z"}
    assert sort_measurements([b, a]) == [a, b]


GOOD = {
    "id": "0123456789abcdef",
    "label": "Kursstart",
    "date": "2026-09-01",
    "version": 1,
    "response": "ab" * 16,
    "saved": "2026-09-01T08:00:00.000Z",
    "answers": {"ratings": {"14.1": "gul"}},
}


@pytest.mark.parametrize(
    ("measurements", "message"),
    [
        ({"a": GOOD}, "must be a list of at most 100"),
        ([GOOD] * 101, "must be a list of at most 100"),
        ([GOOD, "x"], "measurement 2 has the wrong format"),
        ([{k: v for k, v in GOOD.items() if k != "date"}], "measurement 1 lacks field 'date'"),
        ([{**GOOD, "farge": "blå"}], "field 'farge', which this version of the book does not know"),
        ([{**GOOD, "id": "ABCDEF0123456789"}], "wrong field 'id'"),
        ([{**GOOD, "label": "x" * 81}], "wrong field 'label'"),
        ([{**GOOD, "label": "  "}], "wrong field 'label'"),
        ([{**GOOD, "date": "2026-02-30"}], "wrong field 'date'"),
        ([{**GOOD, "version": 0}], "wrong field 'version'"),
        ([{**GOOD, "version": True}], "wrong field 'version'"),
        ([{**GOOD, "response": "a/b"}], "wrong field 'response'"),
        ([{**GOOD, "saved": 5}], "wrong field 'saved'"),
        ([GOOD, GOOD], "measurement 2 has the same id"),
        ([{**GOOD, "answers": {"ratings": {"1.1": 3}}}], "answers of measurement 1 .*not text"),
    ],
)
def test_a_file_s_measurements_are_checked_as_the_book_checks_them(measurements, message):
    assert re.search(message, check_measurements(KV, measurements))


def test_an_older_version_s_items_and_a_float_version_pass():
    assert check_measurements(KV, [GOOD, {**GOOD, "id": "f" * 16, "version": 2.0}]) == ""


def test_only_rating_and_likert_have_measurements():
    kinds = {d["kind"] for d in map(load, instrument_ids()) if supports_measurements(d)}
    assert kinds == {"rating", "likert"}
    reflection = load("refleksjon-kvalitet")
    assert check_measurements(reflection, []) == ""
    assert "has none" in check_measurements(reflection, [{**GOOD, "answers": {}}])
    with pytest.raises(ValueError, match="no measurements"):
        compare_measurements(reflection, {}, {})


# ---------------------------------------------------------------- the shared check vectors (JS: exchange-measurements)

CHECKS = [c for c in CASES if "accepted" in c[2]]


def check_vector_holds(definition: dict, case: dict) -> bool:
    return (check_measurements(definition, case["measurements"]) == "") == case["accepted"]


@pytest.mark.parametrize(("definition", "case"), [c[1:] for c in CHECKS], ids=[c[0] for c in CHECKS])
def test_check_matches_vector(definition, case):
    assert check_vector_holds(definition, case), check_measurements(definition, case["measurements"])


def test_check_vectors_accept_some_and_refuse_more_and_a_planted_one_is_caught():
    assert sum(c["accepted"] for _, _, c in CHECKS) >= 4
    assert sum(not c["accepted"] for _, _, c in CHECKS) >= 20
    _, definition, case = next(c for c in CHECKS if c[2]["name"] == "a missing field")
    assert not check_vector_holds(definition, {**case, "accepted": True})


def test_load_refuses_what_the_check_vectors_refuse(tmp_path, monkeypatch):
    # Each load validates the instrument again; once per instrument is enough here.
    monkeypatch.setattr(widgets.jupyter, "load", functools.cache(load))
    for name, definition, case in CHECKS:
        data = {
            "format": EXPORT_FORMAT,
            "instrument": definition["id"],
            "answers": {},
            "measurements": case["measurements"],
        }
        path = tmp_path / "svar.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        if case["accepted"]:
            assert len(Instrument.load(path).measurements) == len(case["measurements"]), name
        else:
            with pytest.raises(InstrumentError):
                Instrument.load(path)
