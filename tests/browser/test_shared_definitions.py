"""The whole-book views read every exercise's definition from one shared script, `_static/mvh-instruments.js`
(issue 16): loaded with the page where a view needs it, and by the landing page's progress line only once
the reader has saved something. Without it a view keeps its readable list and nothing breaks."""

from __future__ import annotations

import json

import pytest

from widgets.definitions import instrument_ids, load

LANDING = "book/intro.html"
MINE_SVAR = "book/mine-svar.html"
SCRIPT = "mvh-instruments.js"
DONE = load("refleksjon-kvalitet")
TOTAL = len(instrument_ids())


def saved(definition: dict) -> dict:
    """One finished reflection, as the book stores it."""
    answers = {"responses": {p["id"]: "Et svar." for p in definition["prompts"]}}
    record = {
        "instrument": definition["id"],
        "version": definition["version"],
        "answers": answers,
        "response": "0123456789abcdef0123456789abcdef",
        "saved": "2026-12-02T09:00:00.000Z",
    }
    return {f"metodeveilederhandboka:{definition['id']}:v{definition['version']}": json.dumps(record)}


def loads_of_the_script(page) -> list[str]:
    urls: list[str] = []
    page.on("request", lambda r: SCRIPT in r.url and urls.append(r.url))
    return urls


def assert_clean(page) -> None:
    """The recorder's check, less the favicon a reload now and then cancels (not a failure)."""
    rec = page.recorder
    rec.failed[:] = [f for f in rec.failed if not (f.endswith("(net::ERR_ABORTED)") and "favicon" in f)]
    rec.assert_clean()


def ready(page, role: str) -> None:
    page.wait_for_function(
        "(r) => document.querySelector(`[data-mvh-role=${r}]`)?.classList.contains('mvh-ready')", arg=role
    )


@pytest.mark.http
def test_the_landing_page_loads_the_definitions_only_once_there_are_answers(page, site):
    requested = loads_of_the_script(page)
    page.goto(site + LANDING)
    page.evaluate("() => localStorage.clear()")
    page.reload()
    ready(page, "progress")
    assert page.locator(".mvh-book-progress").count() == 0
    assert requested == []
    page.evaluate("(e) => { for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v); }", saved(DONE))
    page.reload()
    line = page.locator(".mvh-book-progress")
    line.wait_for()
    assert line.inner_text().startswith(f"Din fremdrift: ferdig med 1 av {TOTAL} øvelser")
    assert len(requested) == 1
    page.evaluate("() => localStorage.clear()")
    assert_clean(page)


@pytest.mark.across_pages
def test_an_answer_saved_in_another_tab_brings_the_line_without_a_reload(page, site):
    page.goto(site + LANDING)
    page.evaluate("() => localStorage.clear()")
    page.reload()
    ready(page, "progress")
    other = page.context.new_page()
    other.goto(site + LANDING)
    other.evaluate("(e) => { for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v); }", saved(DONE))
    other.close()
    page.locator(".mvh-book-progress").wait_for()
    assert f"ferdig med 1 av {TOTAL}" in page.locator(".mvh-book-progress").inner_text()
    page.evaluate("() => localStorage.clear()")
    assert_clean(page)


@pytest.mark.across_pages
def test_without_the_definitions_mine_svar_keeps_its_readable_lists(page, site):
    """Planted: the shared script does not come. The views stay as their no-JS lists, and nothing throws."""
    aborted: list[str] = []

    def abort(route) -> None:
        aborted.append(route.request.url)
        route.abort()

    page.route(f"**/{SCRIPT}*", abort)
    # The page's own tag fails, then the views' bundle asks once more for both views, and gives up.
    with page.expect_event("requestfailed", lambda r: SCRIPT in r.url and len(aborted) == 2):
        page.goto(site + MINE_SVAR)
    page.wait_for_function("() => document.querySelectorAll('.mvh-mount').length === 0")
    assert page.locator(".mvh-overview, .mvh-workbook").count() == 0
    for role in ("overview", "workbook"):
        fallback = page.locator(f'[data-mvh-role="{role}"] .mvh-fallback')
        assert fallback.is_visible()
        assert fallback.locator("li").count() >= 30  # an exercise a line (36 in the book as this is written)
        assert fallback.locator("li").first.is_visible()
    assert page.recorder.page_errors == []
