"""Completing the Kvalitetsveileder self-assessment in the built book."""

from __future__ import annotations

from collections import Counter

from .pages import (
    RATING_ID,
    SCALE,
    SCALE_LABELS,
    item_ids,
    open_page,
    progress_text,
    stored,
    table_counts,
    wait_ready,
    widget,
)


def expected_value(index: int) -> str:
    return SCALE[index % len(SCALE)]


def test_complete_by_mouse_updates_summary(page, site):
    open_page(page, site)
    w = wait_ready(page)
    ids = item_ids(page)
    assert len(ids) == 58 and ids[0] == "1.1" and ids[-1] == "13.5"
    for i, item in enumerate(ids):
        value = expected_value(i)
        w.locator(f'li.mvh-item[data-item="{item}"] label.mvh-v-{value}').click()
        if i == 0:
            assert progress_text(page) == "Du har vurdert 1 av 58 mål."
    assert progress_text(page) == "Du har vurdert 58 av 58 mål."
    want = Counter(expected_value(i) for i in range(len(ids)))
    counts = table_counts(page)
    assert counts == {**{SCALE_LABELS[k]: want[k] for k in SCALE}, "Ikke vurdert": 0}
    assert stored(page, RATING_ID)["ratings"] == {item: expected_value(i) for i, item in enumerate(ids)}
    # The chart draws a bar segment for each colour in the total.
    assert w.locator("svg.mvh-chart-svg rect.mvh-v-gronn").count() > 0
    page.recorder.assert_clean()


def test_complete_by_keyboard_alone(page, site):
    open_page(page, site)
    wait_ready(page)
    ids = item_ids(page)
    # Tab from the top of the page until the first rating is focused.
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.dataset.item") == "1.1":
            break
    else:
        raise AssertionError("Tab never reached the first rating")
    for i, item in enumerate(ids):
        assert page.evaluate("document.activeElement.dataset.item") == item
        page.keyboard.press("Space")  # choose the first colour
        for _ in range(i % len(SCALE)):  # arrow keys move within the group
            page.keyboard.press("ArrowRight")
        if i == 0:
            # Open the note with the keyboard and write in it.
            page.keyboard.press("Tab")
            page.keyboard.press("Enter")
            page.keyboard.press("Tab")
            page.keyboard.type("Tas opp på neste fagmøte")
            page.keyboard.press("Tab")  # next focusable: the next rating group
        else:
            page.keyboard.press("Tab")  # the "Notat" toggle
            page.keyboard.press("Tab")  # next rating group
        if i + 1 < len(ids) and ids[i + 1].endswith(".1"):
            page.keyboard.press("Tab")  # past the next theme's heading (it folds the theme)
    saved = stored(page, RATING_ID)
    assert saved["ratings"] == {item: expected_value(i) for i, item in enumerate(ids)}
    assert saved["notes"] == {"1.1": "Tas opp på neste fagmøte"}
    assert progress_text(page) == "Du har vurdert 58 av 58 mål."
    want = Counter(expected_value(i) for i in range(len(ids)))
    assert table_counts(page)["Rød"] == want["rod"]
    page.recorder.assert_clean()


def test_reload_keeps_answers(page, site):
    open_page(page, site)
    w = wait_ready(page)
    w.locator('li.mvh-item[data-item="3.1"] label.mvh-v-rod').click()
    w.locator('li.mvh-item[data-item="13.5"] label.mvh-v-gronn').click()
    w.locator('li.mvh-item[data-item="3.1"] summary').click()
    w.locator('textarea[data-note="3.1"]').fill("Teamet har 12 jobbspesialister")
    plan = w.locator("fieldset.mvh-plan-row").first
    plan.locator("select").select_option("3")
    plan.locator("textarea").fill("Be om ny metodeveileder")
    plan.locator('input[type="date"]').fill("2027-03-01")
    page.reload()
    w = wait_ready(page)
    assert w.locator('li.mvh-item[data-item="3.1"] input[value="rod"]').is_checked()
    assert w.locator('li.mvh-item[data-item="13.5"] input[value="gronn"]').is_checked()
    assert w.locator('textarea[data-note="3.1"]').input_value() == "Teamet har 12 jobbspesialister"
    plan = w.locator("fieldset.mvh-plan-row").first
    assert plan.locator("select").input_value() == "3"
    assert plan.locator("textarea").input_value() == "Be om ny metodeveileder"
    assert plan.locator('input[type="date"]').input_value() == "2027-03-01"
    # A theme chosen in one plan row cannot be chosen again in another.
    second = w.locator("fieldset.mvh-plan-row").nth(1)
    assert second.locator('option[value="3"]').is_disabled()
    assert progress_text(page) == "Du har vurdert 2 av 58 mål."
    page.recorder.assert_clean()


def test_reflection_autosaves(page, site):
    open_page(page, site)
    w = wait_ready(page, "refleksjon-kvalitet")
    first = w.locator("textarea").first
    first.fill("Vi bruker for lite tid ute hos arbeidsgivere.")
    assert "Ikke skriv noe som kan identifisere en deltaker" in w.inner_text()
    page.reload()
    w = wait_ready(page, "refleksjon-kvalitet")
    assert w.locator("textarea").first.input_value() == "Vi bruker for lite tid ute hos arbeidsgivere."
    assert "Du har svart på 1 av" in progress_text(page, "refleksjon-kvalitet")
    page.recorder.assert_clean()


def test_two_widgets_on_a_page_keep_separate_answers(page, site):
    open_page(page, site)
    wait_ready(page)
    wait_ready(page, "refleksjon-kvalitet")
    widget(page, RATING_ID).locator('li.mvh-item[data-item="1.1"] label.mvh-v-gul').click()
    assert stored(page, "refleksjon-kvalitet") is None
    assert stored(page, RATING_ID)["ratings"] == {"1.1": "gul"}
