"""Page helpers for the browser tests: where things are on the book's pages."""

from __future__ import annotations

import json

from widgets.definitions import load

QUALITY_PAGE = "book/kvalitet.html"
RATING_ID = "kvalitetsveileder"
REFLECTION_ID = "refleksjon-kvalitet"
SCALE = ["gronn", "gul", "rod", "vet-ikke"]
SCALE_LABELS = {"gronn": "Grønn", "gul": "Gul", "rod": "Rød", "vet-ikke": "Vet ikke"}


def book_pages(html_dir) -> list[str]:
    """Every reader-facing page of the built book (not the theme's template leftovers in _static)."""
    return sorted(
        p.relative_to(html_dir).as_posix()
        for p in html_dir.rglob("*.html")
        if "_static" not in p.relative_to(html_dir).parts
    )


def open_page(page, site: str, path: str = QUALITY_PAGE):
    page.goto(site + path)
    page.wait_for_load_state("load")
    return page


# The book's keys in this browser and what they hold, as one comparable string.
BOOK_KEYS = """() => JSON.stringify(Object.keys(localStorage).filter((k) => k.startsWith("metodeveilederhandboka:"))
  .sort().map((k) => [k, localStorage.getItem(k)]))"""


def settle_storage(page) -> None:
    """Return once what a file:// page saved is what a second document of the book reads.

    A guard, not a cure. Of three file:// flakes that looked like a write lost on reload, two were the
    test's own seed running again (helpers.seed_first_document says why). The third, a reload right
    after an answer in test_self_assessment, is unexplained: 300 write-then-reload rounds under full CPU
    load lost nothing and a second document never saw a write late. So this costs one small page per
    reload, waits 5 s at most, and a real loss still fails the test that follows. The `page` fixture
    runs it before every reload from file:// (conftest.py).
    """
    if not page.url.startswith("file:"):
        return
    mine = page.evaluate(BOOK_KEYS)
    probe = page.context.new_page()
    probe.goto(page.url.split("/book/")[0] + "/genindex.html")
    try:
        probe.wait_for_function(f"(want) => ({BOOK_KEYS})() === want", arg=mine, timeout=5000)
    except Exception:  # noqa: BLE001 - Playwright's TimeoutError; the reload shows what was lost
        pass
    probe.close()


def widget(page, instrument_id: str):
    return page.locator(f'.mvh-widget[data-mvh-id="{instrument_id}"]')


def wait_ready(page, instrument_id: str = RATING_ID):
    w = widget(page, instrument_id)
    w.locator(".mvh").wait_for()
    assert "mvh-ready" in (w.get_attribute("class") or "")
    return w


def stored(page, instrument_id: str, version: int | None = None):
    """The answers as the static host saved them in localStorage (under the instrument's current version)."""
    version = load(instrument_id)["version"] if version is None else version
    raw = page.evaluate(
        "(key) => window.localStorage.getItem(key)", f"metodeveilederhandboka:{instrument_id}:v{version}"
    )
    return json.loads(raw)["answers"] if raw else None


def item_ids(page) -> list[str]:
    return page.eval_on_selector_all(
        f'.mvh-widget[data-mvh-id="{RATING_ID}"] li.mvh-item', "els => els.map(e => e.dataset.item)"
    )


def table_counts(page) -> dict[str, int]:
    """The 'Totalt' row of the summary table, keyed by column header."""
    w = widget(page, RATING_ID)
    headers = w.locator(".mvh-table thead th").all_inner_texts()[1:]
    cells = w.locator(".mvh-table tr.mvh-row-total td").all_inner_texts()
    return {h: int(c) for h, c in zip(headers, cells, strict=True)}


def progress_text(page, instrument_id: str = RATING_ID) -> str:
    return widget(page, instrument_id).locator(".mvh-progress").first.inner_text()


# The search results on screen have their excerpts (search-results.js loads each result's text when it
# comes near the screen); true before any result is there, so wait for the search to finish as well.
EXCERPTS_IN_VIEW = """() => [...document.querySelectorAll("#search-results ul.search > li")]
  .filter((li) => li.getBoundingClientRect().top < innerHeight)
  .every((li) => li.querySelector(".mvh-excerpt"))"""


def load_every_excerpt(page) -> None:
    """Scroll through a finished search's results, as a reader would, until every excerpt is there; then back to the top."""
    items = page.locator("#search-results ul.search > li")
    for i in range(items.count()):
        items.nth(i).scroll_into_view_if_needed()
        page.wait_for_function(EXCERPTS_IN_VIEW)
    page.evaluate("() => window.scrollTo(0, 0)")
