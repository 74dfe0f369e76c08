"""axe-core over every page, in light and dark mode, with the widgets in use."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from .pages import book_pages, open_page, wait_ready

AXE = Axe()
BLOCKING = {"serious", "critical"}


def violations(page):
    results = AXE.run(page)
    found = [v for v in results.response["violations"] if v["impact"] in BLOCKING]
    return [f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes']][:5]}" for v in found]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_violations_on_any_page(browser, book, http_root, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    report = {}
    pages = book_pages(book.html)
    for path in pages:
        if path == "index.html":  # only a redirect to book/intro.html
            continue
        open_page(page, http_root, path)
        assert page.locator("html").get_attribute("data-theme") == scheme
        if path == "book/kvalitet.html":
            w = wait_ready(page)
            # Check the widget in use: a rating, an open note, a message shown.
            w.locator('li.mvh-item[data-item="1.1"] label.mvh-v-gul').click()
            w.locator('li.mvh-item[data-item="1.1"] summary').click()
            w.locator('button[data-action="reset"]').click()
        found = violations(page)
        if found:
            report[path] = found
    context.close()
    assert report == {}, report
