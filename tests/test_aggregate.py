"""Team numbers: widgets.aggregate against the vectors in tests/vectors/aggregate
(numbers) and tests/vectors/aggregate/merge (which files count), shared with
tests/js/aggregate.test.mjs, and merging real export files."""

from __future__ import annotations

import copy
import json
import re
import sys
from pathlib import Path

import pytest

import widgets
from tests.helpers import EXPORT_FORMAT, export_file
from tests.vector_cases import AGGREGATE_DIR, aggregate_cases, mismatches
from widgets.aggregate import FEWER, MIN_RESPONSES, aggregate_answers, compare_rounds, export_time, merge_files
from widgets.kinds import TEAM_KINDS
from widgets.definitions import InstrumentError, instrument_ids, load, validate

CASES = aggregate_cases()
RAW = [
    (p.stem, c)
    for p in sorted(AGGREGATE_DIR.glob("*.json"))
    for c in json.loads(p.read_text(encoding="utf-8"))["cases"]
]


def test_there_are_vectors_for_every_team_kind():
    assert {p.stem for p in AGGREGATE_DIR.glob("*.json")} == set(TEAM_KINDS)
    for kind in TEAM_KINDS:
        cases = [c for stem, c in RAW if stem == kind]
        assert len(cases) >= 5
        assert any(len(c["answers_list"]) == 2 for c in cases), "a two-response case (hidden)"
        assert any(len(c["answers_list"]) == 3 for c in cases), "a three-response case (the minimum shown)"
        assert any(len(c["answers_list"]) == 5 for c in cases), "a five-response case"


@pytest.mark.parametrize(("stem", "case"), RAW, ids=[f"{s}: {c['name']}" for s, c in RAW])
def test_vector_is_well_formed(stem, case):
    assert ("definition" in case) != ("instrument" in case)
    if "instrument" in case:
        assert case["instrument"] in instrument_ids()
    else:
        validate(copy.deepcopy(case["definition"]), "vector")
    definition = case.get("definition") or load(case["instrument"])
    assert definition["kind"] == stem
    expected = case["expected"]
    assert expected["n"] + expected["empty"] == len(case["answers_list"])
    assert expected["instrument"] == definition["id"]
    if expected["shown"]:
        assert expected["n"] >= MIN_RESPONSES
        # Every hidden entry carries no count and no mean, only why.
        groups = [g for g in ("items", "dimensions", "themes", "parts", "questions") if g in expected]
        for group in groups:
            for id_, entry in expected[group].items():
                if entry["shown"]:
                    assert entry["n"] >= MIN_RESPONSES, (group, id_)
                else:
                    assert entry == {"shown": False, "why": FEWER}, (group, id_)
                assert (id_ in expected["hidden"][group]) == (not entry["shown"]), (group, id_)
    else:
        assert expected == {"instrument": definition["id"], "n": expected["n"], "empty": expected["empty"],
                            "shown": False, "why": FEWER}  # fmt: skip


@pytest.mark.parametrize(("definition", "answers_list", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_aggregate_answers_matches_vector(definition, answers_list, expected):
    before = copy.deepcopy(answers_list)
    problems = mismatches(expected, aggregate_answers(definition, answers_list), partial=False, path="aggregate")
    assert problems == [], "aggregate differs:\n  " + "\n  ".join(problems)
    assert answers_list == before, "aggregate_answers must not change the answers it reads"


MERGE_FILE = AGGREGATE_DIR / "merge" / "files.json"
MERGE = json.loads(MERGE_FILE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", MERGE["cases"], ids=[c["name"] for c in MERGE["cases"]])
def test_merge_files_matches_vector(case):
    got = merge_files(MERGE["definition"], copy.deepcopy(case["files"]), case["count_copies"])
    by_name = {f["name"]: f["answers"] for f in case["files"]}
    assert got.pop("answers") == [by_name[n] for n in case["expected"]["counted"]]
    assert got == case["expected"]


def test_an_item_answered_by_one_of_three_is_hidden():
    # The vector pinned by both languages; shown here as the user-facing rule.
    case = next(c for s, c in RAW if s == "likert" and c["name"].startswith("an item answered by 1 of 3"))
    result = aggregate_answers(case["definition"], case["answers_list"])
    assert result["shown"] is True
    assert result["items"]["sp2"] == {"shown": False, "why": FEWER}
    assert "sp2" in result["hidden"]["items"]
    assert result["dimensions"]["sparring"]["left_out"] == 1


def test_the_hidden_check_catches_a_planted_leak():
    """The well-formedness check above fails when a hidden item carries a count."""
    case = copy.deepcopy(next(c for s, c in RAW if s == "likert" and c["name"].startswith("an item answered by 1")))
    case["expected"]["items"]["sp2"] = {"shown": False, "why": FEWER, "n": 1}
    with pytest.raises(AssertionError):
        test_vector_is_well_formed("likert", case)


# ------------------------------------------------------------- export files

TEAMKULTUR_ANSWERS = [
    {
        "ratings": {
            "tk1": 5,
            "tk2": 4,
            "tk3": 1,
            "dk1": 3,
            "dk2": 4,
            "dk3": 5,
            "vt1": 2,
            "vt2": 4,
            "vt3": 2,
            "tv1": 5,
            "tv2": 5,
            "tv3": 4,
            "uh1": 3,
            "uh2": 2,
            "uh3": 4,
        }
    },
    {"ratings": {"tk1": 2, "tk3": 4, "dk1": 1, "vt3": 5, "tv2": 3, "uh1": 1, "uh3": 1}},
    {
        "ratings": {
            "tk1": 4,
            "tk2": 4,
            "tk3": 2,
            "dk1": 4,
            "dk2": 5,
            "dk3": 4,
            "vt1": 4,
            "vt2": 4,
            "vt3": 1,
            "tv1": 4,
            "tv2": 3,
            "tv3": 5,
            "uh1": 5,
            "uh2": 4,
            "uh3": 2,
        }
    },
    {"ratings": {"tk2": 3, "dk3": 2, "vt1": 5, "vt2": 3, "tv1": 2, "uh2": 5}},
    {
        "ratings": {
            "tk1": 3,
            "tk2": 5,
            "tk3": 3,
            "dk1": 5,
            "dk2": 1,
            "dk3": 3,
            "vt1": 1,
            "vt2": 5,
            "vt3": 3,
            "tv1": 1,
            "tv2": 2,
            "tv3": 1,
            "uh1": 2,
            "uh2": 3,
            "uh3": 5,
        }
    },
]


NOTHING_SKIPPED = {"duplicates": 0, "replaced": [], "copies": [], "copies_counted": False, "empty_files": []}


@pytest.fixture
def team_files(tmp_path) -> list[Path]:
    return [
        export_file(tmp_path / f"teamkultur-{i}.json", "teamkultur", a)
        for i, a in enumerate(TEAMKULTUR_ANSWERS, start=1)
    ]


def test_five_files_give_the_same_numbers_as_the_answers(team_files):
    result = widgets.aggregate(team_files)
    assert result["shown"] is True and result["n"] == 5 and result["duplicates"] == 0
    assert result == {**aggregate_answers(load("teamkultur"), TEAMKULTUR_ANSWERS), **NOTHING_SKIPPED}


def test_files_can_be_given_as_strings(team_files):
    assert widgets.aggregate([str(p) for p in team_files]) == widgets.aggregate(team_files)


def test_the_same_response_is_counted_once(team_files, tmp_path):
    again = json.loads(team_files[2].read_text(encoding="utf-8"))
    # Exported again later, under another file name: still the same response id.
    again["exported"] = "2025-02-01T10:00:00.000Z"
    copy_path = tmp_path / "kopi-av-3.json"
    copy_path.write_text(json.dumps(again), encoding="utf-8")
    result = widgets.aggregate([*team_files, copy_path])
    assert result["n"] == 5
    assert result["duplicates"] == 1
    assert result == {**aggregate_answers(load("teamkultur"), TEAMKULTUR_ANSWERS), **NOTHING_SKIPPED, "duplicates": 1}


def test_a_file_from_another_instrument_is_refused_by_name(team_files, tmp_path):
    other = export_file(tmp_path / "trygghet-per.json", "psykologisk-trygghet", {"ratings": {"t1": 3}})
    with pytest.raises(InstrumentError, match=re.escape("trygghet-per.json")) as info:
        widgets.aggregate([*team_files[:2], other, *team_files[2:]])
    assert "psykologisk-trygghet" in str(info.value) and "teamkultur" in str(info.value)


def test_a_file_without_response_id_is_refused_by_name(team_files, tmp_path):
    old = export_file(tmp_path / "gammel-eksport.json", "teamkultur", {"ratings": {"tk1": 3}}, response=None)
    with pytest.raises(InstrumentError, match=re.escape("gammel-eksport.json")):
        widgets.aggregate([*team_files, old])


def test_an_empty_response_id_is_refused(team_files, tmp_path):
    old = export_file(tmp_path / "tom-id.json", "teamkultur", {"ratings": {"tk1": 3}}, response="")
    with pytest.raises(InstrumentError, match=re.escape("tom-id.json")):
        widgets.aggregate([*team_files, old])


def test_two_files_show_no_numbers(team_files):
    result = widgets.aggregate(team_files[:2])
    assert result == {"instrument": "teamkultur", "n": 2, "empty": 0, "shown": False, "why": FEWER, **NOTHING_SKIPPED}


def test_duplicates_do_not_lift_a_small_team_over_the_limit(team_files, tmp_path):
    twin = tmp_path / "tvilling.json"
    twin.write_text(team_files[0].read_text(encoding="utf-8"), encoding="utf-8")
    result = widgets.aggregate([team_files[0], team_files[1], twin])
    assert result == {"instrument": "teamkultur", "n": 2, "empty": 0, "shown": False, "why": FEWER,
                      **NOTHING_SKIPPED, "duplicates": 1}  # fmt: skip


def test_one_real_and_two_empty_files_show_no_numbers(team_files, tmp_path):
    empty = [export_file(tmp_path / f"tom-{i}.json", "teamkultur", a) for i, a in enumerate([{}, {"ratings": {}}])]
    result = widgets.aggregate([team_files[0], *empty])
    assert (result["n"], result["shown"], result["empty_files"]) == (1, False, ["tom-0.json", "tom-1.json"])
    assert "items" not in result and "dimensions" not in result


def test_two_forged_copies_and_one_real_file_are_flagged(team_files, tmp_path):
    forged = [export_file(tmp_path / f"kopi-{i}.json", "teamkultur", TEAMKULTUR_ANSWERS[1]) for i in (1, 2)]
    result = widgets.aggregate([team_files[0], *forged])
    assert result["copies"] == [["kopi-1.json", "kopi-2.json"]]
    assert (result["n"], result["shown"]) == (2, False), "the copies count once, so there are no numbers"
    confirmed = widgets.aggregate([team_files[0], *forged], count_copies=True)
    assert (confirmed["n"], confirmed["shown"], confirmed["copies_counted"]) == (3, True, True)
    assert confirmed["copies"] == [["kopi-1.json", "kopi-2.json"]]


def test_a_re_export_with_the_same_id_replaces_the_older(team_files, tmp_path):
    first = json.loads(team_files[0].read_text(encoding="utf-8"))
    newer = export_file(tmp_path / "ny-eksport.json", "teamkultur", {"ratings": {"tk1": 1}}, response=first["response"])
    result = widgets.aggregate([*team_files, newer])
    assert result["n"] == 5 and result["duplicates"] == 0
    assert result["replaced"] == [{"name": "ny-eksport.json", "replaced": team_files[0].name}]
    assert (
        result["items"]["tk1"]
        == aggregate_answers(load("teamkultur"), [{"ratings": {"tk1": 1}}, *TEAMKULTUR_ANSWERS[1:]])["items"]["tk1"]
    )


def test_rating_files_give_the_same_numbers_as_the_answers(tmp_path):
    answers = [
        {"ratings": {"1.1": "gronn", "1.2": "gul", "13.5": "rod"}, "notes": {"1.1": "Notat"}},
        {"ratings": {"1.1": "rod", "7.4": "vet-ikke"}},
        {"ratings": {"1.1": "gronn", "2.3": "gul"}, "plan": [{"theme": "2", "action": "x", "who": "", "when": ""}]},
    ]
    paths = [export_file(tmp_path / f"kv-{i}.json", "kvalitetsveileder", a) for i, a in enumerate(answers)]
    result = widgets.aggregate(paths)
    assert result == {**aggregate_answers(load("kvalitetsveileder"), answers), **NOTHING_SKIPPED}
    # Counted by hand: 1.1 was rated green twice and red once, the only goal rated by 3 of 58.
    counts = {"gronn": 2, "gul": 0, "rod": 1, "vet-ikke": 0, "ubesvart": 0}
    assert result["items"]["1.1"] == {"shown": True, "n": 3, "counts": counts}
    assert len(result["hidden"]["items"]) == 57
    assert result["total"] == {"shown": True, "n": 3, "counts": counts, "left_out": 57}


@pytest.mark.parametrize(
    ("content", "why"),
    [
        ("not json", "not a JSON export"),
        (
            json.dumps({"format": "noe-annet", "instrument": "teamkultur", "answers": {}, "response": "a"}),
            "not an export",
        ),
        (
            json.dumps({"format": EXPORT_FORMAT, "instrument": "teamkultur", "answers": [], "response": "a"}),
            "'answers'",
        ),
    ],
    ids=["not json", "other format", "answers not an object"],
)
def test_broken_files_are_refused_by_name(team_files, tmp_path, content, why):
    bad = tmp_path / "rar-fil.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(InstrumentError, match=re.escape("rar-fil.json")) as info:
        widgets.aggregate([*team_files, bad])
    assert why in str(info.value)


def test_no_files_is_an_error():
    with pytest.raises(InstrumentError):
        widgets.aggregate([])


# ------------------------------------------------- newest export, exact times

TIMES = json.loads((AGGREGATE_DIR / "times" / "exported.json").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", TIMES, ids=[json.dumps(c["value"], ensure_ascii=False) for c in TIMES])
def test_export_time_matches_vector(case):
    assert export_time(case["value"]) == case["ms"]


def test_the_merge_vectors_catch_times_compared_as_text(monkeypatch):
    """A planted error: export times compared as strings. "10:30+01:00" is earlier than
    "09:45Z", and at least the zone vector must then fail."""
    module = sys.modules["widgets.aggregate"]  # widgets.aggregate is also the package's function
    monkeypatch.setattr(module, "export_time", lambda v: v if isinstance(v, str) else None)
    failing = [
        c["name"]
        for c in MERGE["cases"]
        if merge_files(MERGE["definition"], copy.deepcopy(c["files"]), c["count_copies"])["counted"]
        != c["expected"]["counted"]
    ]
    assert any("moments, not as text" in n for n in failing), failing


def test_a_re_export_counts_by_its_time_not_by_the_order_added(team_files, tmp_path):
    """Per exported on Monday, changed an answer and exported again on Friday; the team
    lead adds Friday's file first. Monday's answers must not come back."""
    first = json.loads(team_files[0].read_text(encoding="utf-8"))
    friday = export_file(
        tmp_path / "fredag.json",
        "teamkultur",
        {"ratings": {**first["answers"]["ratings"], "tk1": 1}},
        response=first["response"],
        exported="2026-12-04T15:00:00.000Z",
    )
    monday = export_file(
        tmp_path / "mandag.json",
        "teamkultur",
        first["answers"],
        response=first["response"],
        exported="2026-11-30T10:00:00+01:00",
    )
    result = widgets.aggregate([friday, *team_files[1:], monday])
    assert result["replaced"] == [{"name": "fredag.json", "replaced": "mandag.json"}]
    newer = [{"ratings": {**TEAMKULTUR_ANSWERS[0]["ratings"], "tk1": 1}}, *TEAMKULTUR_ANSWERS[1:]]
    assert result["items"]["tk1"] == aggregate_answers(load("teamkultur"), newer)["items"]["tk1"]


# ------------------------------------------------- lowest mean, widest spread

SHOWN_LIKERT = [(s, c) for s, c in RAW if s == "likert" and c["expected"]["shown"]]


def marks_are_well_formed(case: dict) -> None:
    """lowest and widest name only items that are shown (a hidden item must not be singled out)."""
    expected = case["expected"]
    for id_ in expected["lowest"] + expected["widest"]:
        assert expected["items"][id_]["shown"], f"{id_} is hidden but marked"


@pytest.mark.parametrize(("stem", "case"), SHOWN_LIKERT, ids=[c["name"] for _, c in SHOWN_LIKERT])
def test_marks_name_only_shown_items(stem, case):
    marks_are_well_formed(case)


def test_the_marks_check_catches_a_planted_hidden_item():
    case = copy.deepcopy(next(c for _, c in SHOWN_LIKERT if c["expected"]["hidden"]["items"]))
    case["expected"]["lowest"] = [case["expected"]["hidden"]["items"][0]]
    with pytest.raises(AssertionError):
        marks_are_well_formed(case)


def test_the_vectors_hold_ties_reverse_items_and_no_marks():
    assert any(len(c["expected"]["lowest"]) > 1 for _, c in SHOWN_LIKERT), "a tie for the lowest"
    assert any(c["expected"]["widest"] == [] for _, c in SHOWN_LIKERT), "nothing stands out"
    reversed_lowest = [
        c
        for _, c in SHOWN_LIKERT
        for i in c["expected"]["lowest"]
        if c["expected"]["items"][i]["mean"] != c["expected"]["items"][i]["scored_mean"]
    ]
    assert reversed_lowest, "a reverse item whose turned mean is the lowest"


def test_the_vectors_catch_lowest_from_raw_means():
    """A planted error: the lowest by the mean as given, ignoring reverse items."""

    def raw_lowest(items):
        shown = {k: e["mean"] for k, e in items.items() if e["shown"]}
        low = min(shown.values())
        ids = [k for k, v in shown.items() if v == low]
        return [] if len(ids) == len(shown) else ids

    assert any(raw_lowest(c["expected"]["items"]) != c["expected"]["lowest"] for _, c in SHOWN_LIKERT)


def test_a_dimension_mean_gets_the_band_the_individual_view_uses():
    """The team's mean falls in the first band whose max it does not pass, as in widgets.scoring."""
    d = load("teamkultur")
    result = aggregate_answers(d, TEAMKULTUR_ANSWERS)
    for dim in d["dimensions"]:
        entry = result["dimensions"][dim["id"]]
        assert dim["bands"][entry["band"]]["max"] >= entry["mean"], dim["id"]
        assert entry["band"] == 0 or dim["bands"][entry["band"] - 1]["max"] < entry["mean"], dim["id"]


# ---------------------------------------------------------------- two rounds

ROUNDS = [
    (c["name"], c)
    for p in sorted((AGGREGATE_DIR / "rounds").glob("*.json"))
    for c in json.loads(p.read_text(encoding="utf-8"))["cases"]
]


@pytest.mark.parametrize(("name", "case"), ROUNDS, ids=[n for n, _ in ROUNDS])
def test_compare_rounds_matches_the_vectors(name, case):
    got = compare_rounds(case["definition"], case["files_a"], case["files_b"])
    assert mismatches(case["expected"], got, False) == []


def test_round_vectors_hold_both_kinds_and_a_hidden_second_group():
    shown = {(c["definition"]["kind"], tuple(g["shown"] for g in c["expected"]["groups"])) for _, c in ROUNDS}
    assert {
        ("likert", (True, True)),
        ("likert", (True, False)),
        ("rating", (True, True)),
        ("rating", (True, False)),
    } <= shown
    for _, c in ROUNDS:
        for g in c["expected"]["groups"]:
            if not g["shown"]:
                assert g == {"n": g["n"], "empty": g["empty"], "shown": False, "why": FEWER}
                assert g["n"] < MIN_RESPONSES


def test_a_round_below_the_minimum_shows_no_means():
    _, case = ROUNDS[0]
    got = compare_rounds(case["definition"], case["files_a"], case["files_b"][: MIN_RESPONSES - 1])
    assert [g["shown"] for g in got["groups"]] == [True, False]
    assert all(r["b"] is None and r["n_b"] is None and r["delta"] is None for r in got["rows"])
    assert all(r["a"] is not None for r in got["rows"])


def test_round_vectors_catch_matching_across_rounds():
    # A planted error: a response id seen in round 1 is left out of round 2.
    def wrong(definition, a, b):
        seen = {f["response"] for f in a}
        return compare_rounds(definition, a, [f for f in b if f["response"] not in seen])

    caught = [
        n for n, c in ROUNDS if mismatches(c["expected"], wrong(c["definition"], c["files_a"], c["files_b"]), False)
    ]
    assert caught


def test_the_evaluation_vectors_catch_texts_in_file_order_or_sorted_by_code_point(monkeypatch):
    """Written answers are sorted by UTF-16 code units in both languages; a team view that kept
    the files' order (which tells whose answer is whose) or sorted by code points fails a vector."""
    agg = sys.modules["widgets.aggregate"]  # the package's `aggregate` is the function
    cases = [c[1:] for c in CASES if c[1]["kind"] == "evaluation"]

    def wrong(d, answers, expected):
        return mismatches(expected, aggregate_answers(d, answers), partial=False)

    assert not any(wrong(*c) for c in cases)
    real_sorted = sorted
    for planted in (lambda xs, key=None: list(xs), lambda xs, key=None: real_sorted(xs)):
        monkeypatch.setattr(agg, "sorted", planted, raising=False)
        assert any(wrong(*c) for c in cases)
