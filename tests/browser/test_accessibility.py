"""axe-core over every page in light mode and over one page of each kind in dark mode, with the widgets in use."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from widgets.definitions import load

from .pages import book_pages, open_page, wait_ready

AXE = Axe()
BLOCKING = {"serious", "critical"}


def violations(page):
    # Colours are read once the theme's own transitions (a colour scheme applied after load) have run, or
    # axe can read a colour halfway between light and dark.
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")
    results = AXE.run(page)
    found = [v for v in results.response["violations"] if v["impact"] in BLOCKING]
    return [f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes']][:5]}" for v in found]


# Dark mode changes the theme's colours, the same on every page built from the same parts, so the dark pass
# takes one page of each kind: the landing page and a part page, every kind of exercise and every whole-book
# view, a figure, tables, the glossary, the references, search and the index. `test_the_dark_sample_...`
# checks that it still holds every kind of exercise and view the book has. The light pass takes every page.
DARK_SAMPLE = [
    "book/intro.html",  # landing page, progress line
    "book/del-6.html",  # a part page, the toolbox
    "book/kvalitet.html",  # rating, reflection, tables
    "book/selvvurderinger.html",  # likert, the overview of measurements
    "book/motiverende-samtale.html",  # quiz, figure
    "book/casesamling.html",  # scenario
    "book/maler.html",  # template
    "book/kursopplegg.html",  # evaluation, long tables, admonitions
    "book/mine-svar.html",  # workbook, overview
    "book/teamoversikt.html",  # team view
    "book/ordliste.html",  # glossary
    "book/referanser.html",  # references
    "book/personvern.html",  # a table of keys, code
    "search.html",
    "genindex.html",
]


def _exercises_and_views(html_dir, paths) -> set[str]:
    found = set()
    for path in paths:
        text = (html_dir / path).read_text(encoding="utf-8")
        found |= set(re.findall(r'data-mvh-role="([a-z]+)"', text))
        found |= {f"kind:{k}" for k in re.findall(r'<section class="mvh[^"]*"[^>]*data-kind="([a-z]+)"', text)}
        found |= {f"id:{i}" for i in re.findall(r'data-mvh-id="([a-z0-9-]+)"', text)}
    return {f for f in found if not f.startswith("id:")} | {
        f"kind:{load(i[3:])['kind']}" for i in found if i.startswith("id:")
    }


def test_the_dark_sample_holds_every_kind_of_exercise_and_view(book):
    every = _exercises_and_views(book.html, book_pages(book.html))
    assert {"kind:rating", "kind:likert", "kind:evaluation", "team", "workbook"} <= every
    assert _exercises_and_views(book.html, DARK_SAMPLE) == every
    # The check catches a sample that lost one: without the team view's page it is short of "team".
    assert "team" not in _exercises_and_views(book.html, [p for p in DARK_SAMPLE if "teamoversikt" not in p])


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_violations_on_any_page(browser, book, http_root, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    report = {}
    pages = book_pages(book.html) if scheme == "light" else DARK_SAMPLE
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
