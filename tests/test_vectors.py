"""The Python scoring against the shared vectors in tests/vectors."""

from __future__ import annotations

import copy

import pytest

from tests.vector_cases import assert_matches, load_cases, mismatches, raw_cases
from widgets.definitions import instrument_ids, validate
from widgets.kinds import KINDS
from widgets.scoring import summarize

CASES = load_cases()
RAW = raw_cases()


@pytest.mark.parametrize(
    ("definition", "answers", "expected", "partial"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_summary_matches_vector(definition, answers, expected, partial):
    before = copy.deepcopy(answers)
    assert_matches(expected, summarize(definition, answers), partial)
    assert answers == before, "summarize must not change the answers it reads"


@pytest.mark.parametrize("case", [c for _, c in RAW if "definition" in c], ids=[i for i, c in RAW if "definition" in c])
def test_inline_definition_is_a_valid_instrument(case):
    # A vector against an instrument the build would reject proves nothing.
    validate(copy.deepcopy(case["definition"]), "vector")


@pytest.mark.parametrize("case", [c for _, c in RAW], ids=[i for i, _ in RAW])
def test_case_is_well_formed(case):
    assert isinstance(case.get("name"), str) and case["name"]
    assert ("definition" in case) != ("instrument" in case), "give either definition or instrument"
    if "instrument" in case:
        assert case["instrument"] in instrument_ids()
    assert "answers" in case and isinstance(case["summary"], dict)
    assert isinstance(case.get("partial", False), bool)


def test_case_names_are_unique():
    ids = [i for i, _ in RAW]
    assert len(ids) == len(set(ids))


def test_vectors_cover_every_kind():
    kinds = {definition["kind"] for _, definition, *_ in CASES}
    assert kinds == set(KINDS)


# The comparison helper is shared with the browser runner, so it must itself
# catch differences.


def test_assert_matches_reports_a_wrong_count():
    with pytest.raises(AssertionError, match=r"summary\.total\.gul: expected 1, got 2"):
        assert_matches({"total": {"gul": 1}}, {"total": {"gul": 2}}, partial=True)


def test_exact_comparison_rejects_extra_keys_partial_allows_them():
    actual = {"items": 3, "answered": 1, "extra": 0}
    assert mismatches({"items": 3, "answered": 1}, actual, partial=False) == ["summary.extra: unexpected (value 0)"]
    assert mismatches({"items": 3}, actual, partial=True) == []


def test_comparison_reports_missing_keys_and_boolean_for_number():
    assert mismatches({"parts": {"p1": {"gul": 0}}}, {"parts": {}}, partial=True) == [
        "summary.parts.p1: missing (expected {'gul': 0})"
    ]
    assert mismatches({"answered": 1}, {"answered": True}, partial=False) == ["summary.answered: expected 1, got True"]
