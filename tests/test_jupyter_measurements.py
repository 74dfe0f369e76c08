"""Measurements in the Jupyter host: Instrument.measurements, measure, compare, save and load.

The numbers are pinned by the shared vectors (tests/vectors/measurements), which the book's JS runs too.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.vector_cases import mismatches
from widgets import Instrument, InstrumentError

VECTORS = Path(__file__).resolve().parent / "vectors" / "measurements"
LIKERT = json.loads((VECTORS / "likert.json").read_text(encoding="utf-8"))
CASE = LIKERT["cases"][0]  # reverse items, and every kind of change
OLDER = json.loads((VECTORS / "older-version.json").read_text(encoding="utf-8"))["cases"][0]


@pytest.fixture
def w() -> Instrument:
    """A likert widget that measured the vector's "before" answers, then moved on to its "after" answers."""
    w = Instrument(definition=LIKERT["definition"], answers=CASE["before"]["answers"])
    w.measure("Kursstart", "2026-09-01")
    w.answers = CASE["after"]["answers"]
    return w


def test_measurements_is_a_synced_list(w):
    assert w.trait_metadata("measurements", "sync") is True
    assert w.get_state()["measurements"] == w.measurements
    assert Instrument("kvalitetsveileder").measurements == []


def test_measure_freezes_the_answers_and_gives_the_working_answers_a_new_response_id():
    w = Instrument("psykologisk-trygghet", answers={"ratings": {"t1": 3}})
    old = w.ensure_response_id()
    m = w.measure("  Kursstart ", "2026-09-01")
    assert (m["label"], m["date"], m["version"], m["response"]) == ("Kursstart", "2026-09-01", 2, old)
    assert re.fullmatch(r"[0-9a-f]{16}", m["id"])
    assert w.response_id != old and re.fullmatch(r"[0-9a-f]{32}", w.response_id)
    w.answers = {"ratings": {"t1": 5}}
    assert w.measurements[0]["answers"] == {"ratings": {"t1": 3}}, "the measurement is a frozen copy"


def test_compare_with_the_current_answers_gives_the_vector_s_numbers(w):
    assert mismatches(CASE["expected"], w.compare(), False, "comparison") == []
    assert w.compare(0) == w.compare(0, None) == w.compare()


def test_compare_the_latest_two_by_default_and_by_id_or_index(w):
    w.measure("Oppfølging 4", "2026-12-02")
    first, second = (m["id"] for m in w.measurements)
    assert mismatches(CASE["expected"], w.compare(), False, "comparison") == []
    assert w.compare(first, second) == w.compare(0, 1) == w.compare(-2, -1) == w.compare()
    # The other way round, everything better is worse.
    back = w.compare(second, first)
    assert [i["change"] for i in back["items"]] == ["dårligere", "dårligere", "ny", "uendret", "borte", "bedre"]


def test_compare_an_older_version_against_the_current_answers():
    w = Instrument("kvalitetsveileder", answers=OLDER["after"]["answers"])
    w.measurements = [
        {
            "id": "0123456789abcdef",
            "label": "I fjor",
            "date": "2025-12-01",
            "version": 1,
            "response": "r",
            "saved": "2025-12-01T08:00:00.000Z",
            "answers": OLDER["before"]["answers"],
        }
    ]
    assert mismatches(OLDER["expected"], w.compare(), False, "comparison") == []


def test_compare_without_measurements_or_with_a_wrong_one_says_so(w):
    with pytest.raises(ValueError, match="no measurements"):
        Instrument("teamkultur").compare()
    with pytest.raises(KeyError, match="no measurement with id 'nope'"):
        w.compare("nope")
    with pytest.raises(IndexError, match="no measurement 5: there are 1"):
        w.compare(5)
    with pytest.raises(ValueError, match="only rating and likert"):
        Instrument("refleksjon-kvalitet").measure("Kursstart")


def test_a_bad_label_is_refused_and_nothing_is_saved(w):
    response = w.response_id
    with pytest.raises(ValueError, match="needs a label"):
        w.measure("   ")
    assert len(w.measurements) == 1 and w.response_id == response


def test_save_and_load_carry_the_measurements(tmp_path, w):
    w.measure("Oppfølging 4", "2026-12-02")
    path = w.save(tmp_path / "svar.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    # The file leaves out each measurement's earlier response id: it would link two team rounds.
    assert data["measurements"] == [{k: v for k, v in m.items() if k != "response"} for m in w.measurements]
    assert all("response" in m for m in w.measurements), "the notebook's own copy keeps it"
    assert json.loads(Instrument("teamkultur").save(tmp_path / "tom.json").read_text(encoding="utf-8")).keys() == {
        "format",
        "instrument",
        "version",
        "title",
        "response",
        "exported",
        "answers",
    }, "no measurements: the file older books wrote"


def test_load_keeps_the_measurements_oldest_first_and_refuses_bad_ones(tmp_path):
    w = Instrument("kvalitetsveileder", answers={"ratings": {"1.1": "gul"}})
    late = w.measure("Oppfølging 4", "2026-12-02")
    early = w.measure("Kursstart", "2026-09-01")
    path = w.save(tmp_path / "svar.json")
    again = Instrument.load(path)
    assert again.measurements == [{k: v for k, v in m.items() if k != "response"} for m in (early, late)]
    data = json.loads(path.read_text(encoding="utf-8"))
    data["measurements"][0]["label"] = "x" * 81
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InstrumentError, match=r"svar\.json: measurement 1 has a wrong field 'label'"):
        Instrument.load(path)
