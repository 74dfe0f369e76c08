"""Every widget kind in print and in dark mode, with answers filled in."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from widgets.definitions import load

from .pages import open_page, widget

AXE = Axe()
# The first statement of the quiz, answered with its first category: the printout names that category.
QUIZ_CHOICE = load("mi-endringssnakk")["questions"][0]["categories"][0]["label"]

# (page, instrument, how to answer it the way a reader would, text the printout must show)
KINDS = {
    "rating": (
        "book/kvalitet.html",
        "kvalitetsveileder",
        lambda w: w.locator('li.mvh-item[data-item="4.2"] label.mvh-v-gronn').click(),
        "Vurdering: Grønn",
    ),
    "reflection": (
        "book/kvalitet.html",
        "refleksjon-kvalitet",
        lambda w: w.locator("textarea").first.fill("Vi deler mer enn før."),
        "Vi deler mer enn før.",
    ),
    "likert": (
        "book/selvvurderinger.html",
        "teamkultur",
        lambda w: w.locator('input[type=radio][value="4"]').first.check(),
        "Svar: Litt enig",
    ),
    "quiz": (
        "book/motiverende-samtale.html",
        "mi-endringssnakk",
        lambda w: w.locator("select").first.select_option(index=1),
        f"Ditt svar: {QUIZ_CHOICE}",
    ),
    "scenario": (
        "book/veiledning-i-praksis.html",
        "scenario-sjelden-ute",
        lambda w: w.locator("button.mvh-choice-btn").first.click(),
        "Ditt valg:",
    ),
    "template": (
        "book/maler.html",
        "mal-feltveiledning",
        lambda w: w.locator("textarea").first.fill("Møte med en butikksjef"),
        "Møte med en butikksjef",
    ),
    "evaluation": (
        "book/kursopplegg.html",
        "kursevaluering",
        lambda w: w.locator('input[type=radio][value="5"]').first.check(),
        "Svar: Helt enig",
    ),
}


# The rating's printout (value, note and plan) is checked in detail in test_print_and_fallback.py.
@pytest.mark.parametrize("kind", sorted(set(KINDS) - {"rating"}))
def test_prints_answers_as_text_without_controls(page, site, kind):
    path, instrument, answer, shown = KINDS[kind]
    open_page(page, site, path)
    w = widget(page, instrument)
    w.locator(".mvh").wait_for()
    answer(w)
    page.emulate_media(media="print")
    text = w.inner_text()
    assert shown in text
    assert not w.locator(".mvh-toolbar").is_visible()
    # No form controls in the printout: answers are printed as text.
    visible_controls = w.locator("textarea:visible, select:visible, button:visible")
    assert visible_controls.count() == 0
    assert not page.locator(".bd-sidebar-primary").is_visible()
    page.recorder.assert_clean()


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_legible_in_dark_mode(browser, http_root, kind):
    path, instrument, answer, _ = KINDS[kind]
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    open_page(page, http_root, path)
    assert page.locator("html").get_attribute("data-theme") == "dark"
    w = widget(page, instrument)
    w.locator(".mvh").wait_for()
    answer(w)
    results = AXE.run(
        page,
        context=f'.mvh-widget[data-mvh-id="{instrument}"]',
        options={"runOnly": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]}},
    )
    problems = [(v["id"], [n["target"] for n in v["nodes"]][:5]) for v in results.response["violations"]]
    context.close()
    assert problems == []
