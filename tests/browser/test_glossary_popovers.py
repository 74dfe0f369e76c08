"""Glossary terms and citations that explain themselves in place: a popover on hover, keyboard
focus and tap, closed with Escape, announced to screen readers, with the link to Ordliste kept.
Timers run on Playwright's clock, so "stays open" is checked without waiting."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from .pages import open_page

PAGE = "book/anerkjennelse.html"
POP = "#mvh-pop"
AXE = Axe()


def definition(page, link) -> tuple[str, str]:
    """(term, definition) as the page carries them for this link."""
    source = page.locator("#" + link.get_attribute("aria-describedby"))
    return source.get_attribute("data-term"), source.text_content()


def test_hover_shows_the_definition_and_it_stays_while_the_pointer_is_on_it(page, site):
    page.clock.install()
    open_page(page, site, PAGE)
    link = page.locator("a[data-mvh-term]").first
    term, text = definition(page, link)
    assert term == "Anerkjennelse" and len(text) > 40
    link.hover()
    page.clock.run_for(500)
    pop = page.locator(POP)
    expect(pop).to_be_visible()
    expect(pop.locator(".mvh-pop-term")).to_have_text(term)
    expect(pop.locator(".mvh-pop-text")).to_have_text(text)
    more = pop.locator("a.mvh-pop-more")
    expect(more).to_have_text("Les mer i Ordliste")
    assert more.get_attribute("href") == link.evaluate("a => a.href")
    # The pointer may move onto the popover (to read, or to follow its link): it stays.
    pop.hover()
    page.clock.run_for(5000)
    expect(pop).to_be_visible()
    # Pointer gone: it closes.
    page.mouse.move(5, 5)
    page.clock.run_for(1000)
    expect(pop).to_be_hidden()
    # Escape closes it while the pointer is still on the term.
    link.hover()
    page.clock.run_for(500)
    expect(pop).to_be_visible()
    page.keyboard.press("Escape")
    expect(pop).to_be_hidden()
    # A click still leads to Ordliste, to the term.
    link.click()
    page.wait_for_url(re.compile(r"ordliste\.html#term-Anerkjennelse$"))
    page.recorder.assert_clean()


def test_keyboard_focus_shows_the_definition_and_escape_closes_it(page, site):
    open_page(page, site, PAGE)
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.hasAttribute('data-mvh-term')"):
            break
    link = page.locator("a[data-mvh-term]:focus")
    term, text = definition(page, link)
    pop = page.locator(POP)
    expect(pop).to_be_visible()
    expect(pop.locator(".mvh-pop-text")).to_have_text(text)
    # Screen readers hear the definition as the link's description.
    expect(link).to_have_accessible_description(text)
    page.keyboard.press("Escape")
    expect(pop).to_be_hidden()
    expect(link).to_be_focused()
    # The popover's own link is no extra tab stop: Tab goes on in the text.
    page.keyboard.press("Tab")
    expect(pop.locator("a.mvh-pop-more")).not_to_be_focused()
    page.keyboard.press("Shift+Tab")
    expect(link).to_be_focused()
    expect(pop).to_be_visible()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"ordliste\.html#term-"))
    page.recorder.assert_clean()


def test_a_tap_shows_the_definition_and_a_second_tap_follows_the_link(browser, site):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    open_page(page, site, PAGE)
    link = page.locator("a[data-mvh-term]").first
    _, text = definition(page, link)
    link.tap()
    pop = page.locator(POP)
    expect(pop).to_be_visible()
    expect(pop.locator(".mvh-pop-text")).to_have_text(text)
    assert page.url.endswith(PAGE), "the first tap stays on the page"
    box = pop.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390, box
    # A tap elsewhere closes it.
    page.locator("article h1").first.tap()
    expect(pop).to_be_hidden()
    # Tap, then tap again: to Ordliste.
    link.tap()
    expect(pop).to_be_visible()
    link.tap()
    page.wait_for_url(re.compile(r"ordliste\.html#term-Anerkjennelse$"))
    assert errors == []
    context.close()


def test_citations_show_their_reference_on_focus_instead_of_a_title_tooltip(page, site):
    open_page(page, site, PAGE)
    cite = page.locator(".bibtex-citation a[data-mvh-cite]").first
    expect(cite).not_to_have_attribute("title", re.compile("."))
    cite.focus()
    pop = page.locator(POP)
    expect(pop).to_be_visible()
    expect(pop.locator(".mvh-pop-text")).to_contain_text("Honneth")
    expect(pop.locator("a.mvh-pop-more")).to_have_text("Se kilden i Referanser")
    expect(cite).to_have_accessible_description(re.compile("Honneth"))
    page.keyboard.press("Escape")
    expect(pop).to_be_hidden()
    # Every citation on the page got its description, and none keeps the native tooltip.
    assert page.locator(".bibtex-citation a[title]").count() == 0
    assert page.locator(".bibtex-citation a[data-mvh-cite]").count() > 5
    page.recorder.assert_clean()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_serious_with_a_popover_open(browser, site, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    open_page(page, site, PAGE)
    assert page.locator("html").get_attribute("data-theme") == scheme
    page.locator("a[data-mvh-term]").first.focus()
    expect(page.locator(POP)).to_be_visible()
    results = AXE.run(page)
    found = [
        f"{v['id']}: {[n['target'] for n in v['nodes']][:5]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert found == []
    context.close()
