"""The JavaScript aggregate() in the built book against the team vectors in
tests/vectors/aggregate (the same ones tests/test_aggregate.py runs in Python)."""
from __future__ import annotations

import pytest

from tests.vector_cases import aggregate_cases, mismatches

CASES = aggregate_cases()


def test_there_are_cases():
    assert len(CASES) >= 10


@pytest.fixture(scope="module")
def team_page(browser, http_root):
    page = browser.new_page()
    # The script the book actually ships, on the page that uses aggregate().
    page.goto(http_root + "book/teamoversikt.html")
    page.wait_for_function("typeof MVHWidget === 'object'")
    yield page
    page.close()


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_js_aggregate_matches_vector(team_page, case):
    _, definition, answers_list, expected = case
    actual = team_page.evaluate("([d, list]) => MVHWidget.aggregate(d, list)", [definition, answers_list])
    problems = mismatches(expected, actual, partial=False, path="aggregate")
    assert problems == [], "aggregate differs:\n  " + "\n  ".join(problems)
