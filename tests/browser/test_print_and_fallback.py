"""Without JavaScript the content is a readable list; printed, answers show as text."""

from __future__ import annotations

from .pages import RATING_ID, open_page, wait_ready, widget


def test_without_javascript_the_goals_are_a_readable_list(browser, http_root):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    open_page(page, http_root)
    fallback = widget(page, RATING_ID).locator(".mvh-fallback")
    assert fallback.is_visible()
    text = fallback.inner_text()
    for item in ("1.1", "3.1", "7.4", "13.5"):
        assert item in text
    assert "maksimalt 10" in text or "10 jobbspesialister" in text
    assert widget(page, "refleksjon-kvalitet").locator(".mvh-fallback li").count() >= 3
    context.close()


def test_print_shows_answers_and_plan_as_text(page, site):
    open_page(page, site)
    w = wait_ready(page)
    w.locator('li.mvh-item[data-item="2.4"] label.mvh-v-rod').click()
    w.locator('li.mvh-item[data-item="2.4"] summary').click()
    w.locator('textarea[data-note="2.4"]').fill("Sluttrapporter kommer ofte sent")
    plan = w.locator("fieldset.mvh-plan-row").first
    plan.locator("select").select_option("2")
    plan.locator("textarea").fill("Sjekkliste for sluttrapport innen 14 dager")
    page.emulate_media(media="print")
    item = w.locator('li.mvh-item[data-item="2.4"]')
    assert item.locator(".mvh-print-value").inner_text() == "Vurdering: Rød"
    assert item.locator(".mvh-print-note").inner_text() == "Notat: Sluttrapporter kommer ofte sent"
    assert not item.locator(".mvh-choices").is_visible()
    assert not w.locator(".mvh-toolbar").is_visible()
    assert "Sjekkliste for sluttrapport innen 14 dager" in plan.locator(".mvh-print-plan").inner_text()
    assert w.locator(".mvh-table").is_visible()
    # The book's navigation does not print.
    assert not page.locator(".bd-sidebar-primary").is_visible()
    page.recorder.assert_clean()
