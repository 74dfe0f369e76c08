"""A page whose <html lang> is Nynorsk gets the widgets in Nynorsk (widgets/i18n/nn.json): the bundle reads
the page's language, as the book built with BOOK_LANG=nn will set it. One page, the built Bokmål book with its
lang switched before any script runs."""

from __future__ import annotations

from playwright.sync_api import expect

from .pages import QUALITY_PAGE, RATING_ID, REFLECTION_ID, open_page, wait_ready

# Before the page's own scripts: as soon as the parser has made <html>, say it is Nynorsk.
NYNORSK_PAGE = """
new MutationObserver((_, seen) => {
  if (document.documentElement) { document.documentElement.lang = "nn"; seen.disconnect(); }
}).observe(document, { childList: true });
"""


def test_a_nynorsk_page_gets_the_widgets_in_nynorsk(page, site):
    page.add_init_script(NYNORSK_PAGE)
    open_page(page, site, QUALITY_PAGE)
    assert page.evaluate("document.documentElement.lang") == "nn"
    rating = wait_ready(page, RATING_ID)
    expect(rating.get_by_role("button", name="Neste mål utan svar")).to_be_visible()
    expect(rating.get_by_role("button", name="Lukk alle tema")).to_be_visible()
    expect(rating.locator(".mvh-privacy").first).to_contain_text("Svara blir berre lagra i denne nettlesaren")
    reflection = wait_ready(page, REFLECTION_ID)
    expect(reflection.locator(".mvh-privacy").first).to_contain_text("Svara blir berre lagra")
    reflection.locator("textarea").first.fill("Eit svar")
    expect(reflection.locator(".mvh-saved")).to_contain_text("Lagra i nettlesaren kl. ")
    # No Bokmål left in the widgets' own words.
    for words in ["Neste ubesvarte mål", "Svarene lagres", "Lagret i nettleseren", "nettleseren"]:
        assert words not in rating.inner_text() + reflection.inner_text(), words
    page.recorder.assert_clean()
