"""Smoke test: the book's shipped script exposes the pure functions and gives a vector's result.

The full vector sets run against the JS sources in Node (tests/js/, `make js-check`),
in seconds and without a browser; this checks that the bundle readers actually get
(widgets/static/built/mvh-widgets.js on the pages with exercises, mvh-views.js on those with whole-book
views, copied into the book) carries the same code.
"""

from __future__ import annotations

from tests.vector_cases import aggregate_cases, load_cases, mismatches

# Both bundles expose these; the views' bundle the team numbers and the views too.
NAMES = [
    "summarize",
    "checkAnswers",
    "salvageAnswers",
    "mergeAnswers",
    "parseImport",
    "exportData",
    "answerTable",
    "exportCsv",
    "progressText",
]
VIEW_NAMES = ["aggregate", "parseWorkbook", "renderView"]


def test_shipped_bundle_exposes_the_functions_and_scores_a_vector(browser, http_root):
    page = browser.new_page()
    try:
        page.goto(http_root + "book/kvalitet.html")
        page.wait_for_function("typeof MVHWidget === 'object'")
        missing = page.evaluate("(names) => names.filter((n) => typeof MVHWidget[n] !== 'function')", NAMES)
        assert missing == []
        assert page.evaluate("typeof MVHWidget.default.render") == "function"
        _, definition, answers, expected, partial = load_cases()[0]
        actual = page.evaluate("([d, a]) => MVHWidget.summarize(d, a)", [definition, answers])
        assert mismatches(expected, actual, partial) == []
        # The team numbers are the views' (the team view's page).
        page.goto(http_root + "book/teamoversikt.html")
        page.wait_for_function("typeof MVHWidget === 'object'")
        missing = page.evaluate(
            "(names) => names.filter((n) => typeof MVHWidget[n] !== 'function')", NAMES + VIEW_NAMES
        )
        assert missing == []
        actual = page.evaluate("([d, a]) => MVHWidget.summarize(d, a)", [definition, answers])
        assert mismatches(expected, actual, partial) == []
        _, definition, answers_list, expected = aggregate_cases()[-1]
        actual = page.evaluate("([d, list]) => MVHWidget.aggregate(d, list)", [definition, answers_list])
        assert mismatches(expected, actual, partial=False, path="aggregate") == []
    finally:
        page.close()
