"""The JavaScript summarize() in the built book against the shared vectors."""
from __future__ import annotations

import pytest

from tests.vector_cases import load_cases, mismatches

CASES = load_cases()


@pytest.fixture(scope="module")
def scoring_page(browser, http_root):
    page = browser.new_page()
    # The script the book actually ships, as readers get it.
    page.goto(http_root + "book/kvalitet.html")
    page.wait_for_function("typeof MVHWidget === 'object'")
    yield page
    page.close()


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_js_summary_matches_vector(scoring_page, case):
    _, definition, answers, expected, partial = case
    actual = scoring_page.evaluate("([d, a]) => MVHWidget.summarize(d, a)", [definition, answers])
    assert mismatches(expected, actual, partial) == []
