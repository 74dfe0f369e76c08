"""Search as readers use it, from file:// and over http: the right chapter first, an excerpt under
every result, one result per page, the book's abbreviations found, a search box that shows what
you typed, and no tooltip left behind by a tap. The page loads the text for an excerpt only when its
result comes near the screen (widgets/search_excerpts.py)."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from widgets.search_excerpts import INDEX_JS, TEXT_DIR

from .pages import load_every_excerpt, open_page

TEXT_FILES = f"/_static/{TEXT_DIR}/"
EXCERPTS = "#search-results ul.search > li > p.mvh-excerpt"

# query -> the result a reader looking for it wants first
RIGHT_FIRST = {
    "anerkjennelse": "book/anerkjennelse.html",
    "MI": "book/motiverende-samtale.html",
    "porteføljegjennomgang": "book/veiledning-i-praksis.html#portefoljegjennomgangen",
    "SE": "book/supported-employment.html",
    "Psykologisk trygghet": "book/psykologisk-trygghet.html",
    "makt": "book/relasjon-makt-tillit.html",
}


def search(page, site, query):
    open_page(page, site, f"search.html?q={quote(query)}")
    page.locator("#search-results p.search-summary", has_text="Søket er ferdig").wait_for()
    return page.locator("#search-results ul.search > li")


def text_requests(page) -> list[str]:
    """The section text files the page asks for, as it asks for them."""
    urls: list[str] = []
    page.on("request", lambda r: TEXT_FILES in r.url and urls.append(r.url))
    return urls


def first_words(text: str) -> str:
    return text.split()[0].lower()


@pytest.mark.http
@pytest.mark.parametrize("query", list(RIGHT_FIRST))
def test_search_puts_the_right_chapter_first_with_an_excerpt(page, site, query):
    items = search(page, site, query)
    assert items.count() > 0, f"nothing found for {query!r}"
    first = items.first
    assert first.locator("a").first.get_attribute("href") == RIGHT_FIRST[query]
    # The result shows where the words are: an excerpt with the hits marked.
    first.locator("p.mvh-excerpt").wait_for()
    marks = [m.lower() for m in first.locator("p.mvh-excerpt mark").all_inner_texts()]
    assert any(m.startswith(first_words(query)[:6]) for m in marks), marks
    assert len(first.locator("p.mvh-excerpt").inner_text()) < 300
    page.recorder.assert_clean()


@pytest.mark.http
def test_each_page_appears_once(page, site):
    # "Ordliste" came twice: once for the glossary entry, once for the text.
    for query in ("anerkjennelse", "SE", "utbrent"):
        items = search(page, site, query)
        pages = [
            href.split("#")[0] for href in items.locator("a").evaluate_all("as => as.map(a => a.getAttribute('href'))")
        ]
        assert len(pages) == len(set(pages)), (query, pages)
        assert pages.count("book/ordliste.html") == 1, query
        summary = page.locator("#search-results p.search-summary").inner_text()
        assert f"{len(pages)} side(r)" in summary
    page.recorder.assert_clean()


@pytest.mark.parametrize("query", ["MI", "SE", "IPS"])
def test_the_books_abbreviations_are_found(page, site, query):
    items = search(page, site, query)
    assert items.count() > 0
    items.first.locator("p.mvh-excerpt").wait_for()
    marks = items.first.locator("p.mvh-excerpt mark").all_inner_texts()
    assert query in marks, marks
    page.recorder.assert_clean()


@pytest.mark.http
def test_the_search_page_without_a_query_loads_no_page_text(page, site):
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    open_page(page, site, "search.html")
    page.wait_for_load_state("networkidle")
    assert any(INDEX_JS in url for url in requests), requests
    assert [url for url in requests if TEXT_FILES in url] == []
    page.recorder.assert_clean()


def in_view(items) -> int:
    return items.evaluate_all("items => items.filter((li) => li.getBoundingClientRect().top < innerHeight).length")


@pytest.mark.http
def test_excerpts_load_for_the_results_in_view_and_the_rest_as_the_reader_scrolls(page, site):
    requested = text_requests(page)
    items = search(page, site, "veiledning")
    count = items.count()
    excerpts = page.locator(EXCERPTS)
    items.first.locator("p.mvh-excerpt").wait_for()
    page.wait_for_load_state("networkidle")
    shown = in_view(items)
    assert shown < count, "the test needs more results than the screen holds"
    # The results on screen have their excerpts; only their texts (and a few just below) were loaded.
    assert shown <= len(requested) < count, requested
    expect(excerpts).to_have_count(len(requested))
    assert items.nth(shown - 1).locator("p.mvh-excerpt").count() == 1
    load_every_excerpt(page)
    expect(excerpts).to_have_count(count)
    assert len(set(requested)) == len(requested) == count
    page.recorder.assert_clean()


def section_text(book, url: str) -> str:
    body = (book.html / "_static" / TEXT_DIR / url.split(TEXT_FILES)[1].split("?")[0]).read_text(encoding="utf-8")
    return json.loads(body[body.index("] = ") + 4 : body.rindex(";")])


@pytest.mark.parametrize("site", ["http"], indirect=True)
def test_a_result_whose_text_does_not_load_keeps_its_link_and_the_others_their_excerpts(page, site, book):
    requested = text_requests(page)
    items = search(page, site, "veiledning")
    first = items.first
    first.locator("p.mvh-excerpt").wait_for()
    link = first.locator("a").get_attribute("href")
    quoted = first.locator("p.mvh-excerpt").inner_text().removeprefix("… ").removesuffix(" …")
    page.wait_for_load_state("networkidle")
    # The file the first result's excerpt came from.
    [missing] = [url for url in requested if quoted in section_text(book, url)]

    # Plant the failure: that file is not there.
    page.route(missing, lambda route: route.fulfill(status=404, body="Not found"))
    requested.clear()
    items = search(page, site, "veiledning")
    items.nth(1).locator("p.mvh-excerpt").wait_for()
    page.wait_for_load_state("networkidle")
    assert missing in requested
    expect(page.locator(EXCERPTS)).to_have_count(len(requested) - 1)
    assert items.first.locator("a").get_attribute("href") == link
    assert items.first.locator("p.mvh-excerpt").count() == 0
    assert all(items.nth(i).locator("p.mvh-excerpt").count() == 1 for i in range(1, in_view(items)))
    assert page.recorder.page_errors == []
    assert [f for f in page.recorder.failed if "HTTP 404" in f] == [f"{missing} (HTTP 404)"]


def _icon_clear_of_text(page, form):
    icon = form.locator("svg.fa-magnifying-glass").bounding_box()
    text_left = form.locator("input[name=q]").evaluate(
        "el => el.getBoundingClientRect().left + parseFloat(getComputedStyle(el).paddingLeft)"
    )
    assert icon is not None and icon["width"] > 0
    assert icon["x"] + icon["width"] <= text_left, (icon, text_left)


@pytest.mark.parametrize("width", [1280, 390])
def test_the_magnifier_does_not_cover_the_first_letter(browser, site, width):
    context = browser.new_context(viewport={"width": width, "height": 844})
    page = context.new_page()
    search(page, site, "anerkjennelse")
    _icon_clear_of_text(page, page.locator(".bd-search-container form.bd-search"))
    # And in the dialog that Ctrl+K opens on any page.
    open_page(page, site, "book/anerkjennelse.html")
    page.keyboard.press("Control+k")
    dialog = page.locator("#pst-search-dialog form.bd-search")
    dialog.locator("input[name=q]").wait_for()
    _icon_clear_of_text(page, dialog)
    context.close()


def test_a_tap_on_search_leaves_no_tooltip_behind(browser, site):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    open_page(page, site, "book/anerkjennelse.html")
    button = page.locator("button.search-button__button:visible").first
    button.tap()
    page.locator("#pst-search-dialog input[name=q]").wait_for()
    # A tap counts as hover and focus. Bootstrap's tooltips showed "Søk" on it and kept it up after the dialog
    # closed; the book no longer loads Bootstrap's script, so the button names itself with its native title.
    assert button.get_attribute("title") or button.get_attribute("aria-label")
    page.keyboard.press("Escape")
    page.locator("#pst-search-dialog[open]").wait_for(state="detached")
    assert page.locator(".tooltip:visible").count() == 0
    context.close()
