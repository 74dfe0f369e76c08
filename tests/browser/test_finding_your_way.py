"""Finding your way: the Kvalitetsveileder's themes, progress and jumps (by keyboard), its themes in the page's
Innhold, its print (every rating, note and plan row on at most 4 A4 pages), and Verktøykasse's statuses."""

from __future__ import annotations

import re

import pytest

from widgets.definitions import INSTRUMENT_DIR, load

from .pages import RATING_ID, open_page, stored, wait_ready, widget
from .paper import pages_text

KV = load(RATING_ID)
THEMES = [t for p in KV["parts"] for t in p["themes"]]
TOOLBOX_PAGE = "book/del-6.html"

# Ten goals across both parts, three with notes (one of two lines), and two plan rows.
RATED = {
    "1.1": "gronn",
    "1.3": "gul",
    "2.2": "rod",
    "3.1": "gronn",
    "4.2": "vet-ikke",
    "6.1": "gul",
    "8.3": "rod",
    "10.2": "gronn",
    "12.1": "gul",
    "13.4": "rod",
}
LABELS = {"gronn": "Grønn", "gul": "Gul", "rod": "Rød", "vet-ikke": "Vet ikke"}
NOTES = {
    "2.2": "Ledergruppa har ikke sett rapporten fra i fjor.\nTa opp på ledermøtet.",
    "8.3": "Karriereplanene oppdateres sjelden",
    "13.4": "Oppfølgingen stopper etter tre måneder",
}
PLAN = [
    ("2", "Fast fagmøte hver tirsdag, avlyses ikke.", "Metodeveileder", "2026-09-01", "01.09.2026"),
    ("13", "Avtal oppfølging med arbeidsgiver\netter første måned", "Teamet", "2026-10-15", "15.10.2026"),
]


def theme_count(w, theme_id: str) -> str:
    return w.locator(f'details.mvh-theme[data-theme="{theme_id}"] > summary .mvh-theme-count').inner_text()


def test_each_theme_counts_its_own_goals_and_folds(page, site):
    open_page(page, site)
    w = wait_ready(page)
    theme3 = next(t for t in THEMES if t["id"] == "3")
    assert theme_count(w, "3") == f"0 av {len(theme3['items'])} vurdert"
    for item in theme3["items"][:4]:
        w.locator(f'li.mvh-item[data-item="{item["id"]}"] label.mvh-v-gronn').click()
    assert theme_count(w, "3") == f"4 av {len(theme3['items'])} vurdert"
    for item in theme3["items"][4:]:
        w.locator(f'li.mvh-item[data-item="{item["id"]}"] label.mvh-v-gul').click()
    assert theme_count(w, "3") == f"✓ {len(theme3['items'])} av {len(theme3['items'])} vurdert"
    # A theme folds from the keyboard: Enter on its heading closes it, and the count stays in sight.
    summary = w.locator('details.mvh-theme[data-theme="3"] > summary')
    summary.focus()
    page.keyboard.press("Enter")
    assert not w.locator(f'li.mvh-item[data-item="{theme3["items"][0]["id"]}"]').is_visible()
    assert summary.is_visible() and "vurdert" in theme_count(w, "3")
    page.keyboard.press("Enter")
    assert w.locator(f'li.mvh-item[data-item="{theme3["items"][0]["id"]}"]').is_visible()
    # All themes fold at once, and open again.
    fold = w.locator('button[data-action="fold"]')
    fold.click()
    assert w.locator("details.mvh-theme[open]").count() == 0 and fold.inner_text() == "Åpne alle temaer"
    fold.click()
    assert w.locator("details.mvh-theme[open]").count() == len(THEMES)
    page.recorder.assert_clean()


def test_jumps_by_keyboard_to_the_next_unrated_goal_and_to_the_summary(page, site):
    open_page(page, site)
    w = wait_ready(page)
    first, second, third = (i["id"] for i in THEMES[0]["items"][:3])
    w.locator(f'li.mvh-item[data-item="{first}"] label.mvh-v-gronn').click()
    nxt = w.locator('button[data-action="next-unrated"]')
    nxt.focus()
    page.keyboard.press("Enter")
    focused = page.evaluate("document.activeElement.closest('li.mvh-item')?.dataset.item")
    assert focused == second
    # Rate it from the keyboard where the jump landed, then jump on: the next one after it.
    page.keyboard.press("Space")
    assert stored(page, RATING_ID)["ratings"][second] == "gronn"
    nxt.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.closest('li.mvh-item')?.dataset.item") == third
    # The goal it lands on is in view, below the bar that stays at the top.
    box = w.locator(f'li.mvh-item[data-item="{third}"]').bounding_box()
    bar = w.locator(".mvh-rating-bar").bounding_box()
    assert bar["y"] >= 0 and bar["y"] + bar["height"] <= box["y"] + 1
    # The bar, with the running count, is still in view far down the list.
    w.locator('li.mvh-item[data-item="10.1"]').scroll_into_view_if_needed()
    bar = w.locator(".mvh-rating-bar").bounding_box()
    assert 0 <= bar["y"] <= 120
    assert w.locator(".mvh-rating-bar .mvh-progress").inner_text() == f"Du har vurdert 2 av {58} mål."
    w.locator('button[data-action="to-summary"]').focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.classList.contains('mvh-summary')")
    assert w.locator(".mvh-summary h4").is_visible()
    page.recorder.assert_clean()


def test_the_page_innhold_lists_the_13_themes_and_takes_you_there(page, site):
    open_page(page, site)
    w = wait_ready(page)
    toc = page.locator("nav.page-toc")
    links = toc.locator('a[href^="#kvalitetsveileder-tema-"]')
    assert links.all_inner_texts() == [f"{t['id']}. {t['title']}" for t in THEMES]
    # Listed under the section the Kvalitetsveileder stands in.
    section = toc.locator('li:has(> a[href="#egenvurdering-med-teamet"])')
    assert section.locator('a[href^="#kvalitetsveileder-tema-"]').count() == len(THEMES)
    # Each anchor is in the working view (once: the hidden no-JS list gave its id up).
    for t in THEMES:
        assert page.locator(f"#kvalitetsveileder-tema-{t['id']}").count() == 1
    w.locator('button[data-action="fold"]').click()  # even a folded theme opens when you go to it
    links.nth(9).click()
    target = w.locator("details#kvalitetsveileder-tema-10")
    page.wait_for_function("location.hash === '#kvalitetsveileder-tema-10'")
    assert target.get_attribute("open") is not None
    box = target.bounding_box()
    assert 0 <= box["y"] < page.viewport_size["height"]
    page.recorder.assert_clean()


def test_the_theme_anchors_are_in_the_page_without_javascript(book):
    html = (book.html / "book/kvalitet.html").read_text(encoding="utf-8")
    fallback = html[html.index('data-mvh-id="kvalitetsveileder"') :]
    fallback = fallback[: fallback.index("</div></div>")]
    for t in THEMES:
        assert f'<h5 id="kvalitetsveileder-tema-{t["id"]}">' in fallback
        assert f'href="#kvalitetsveileder-tema-{t["id"]}"' in html


def fill_for_print(page, w) -> None:
    for item, value in RATED.items():
        w.locator(f'li.mvh-item[data-item="{item}"] label.mvh-v-{value}').click()
    for item, note in NOTES.items():
        w.locator(f'li.mvh-item[data-item="{item}"] .mvh-note > summary').click()
        w.locator(f'textarea[data-note="{item}"]').fill(note)
    rows = w.locator("fieldset.mvh-plan-row")
    for i, (theme, action, who, when, _) in enumerate(PLAN):
        row = rows.nth(i)
        row.locator("select").select_option(theme)
        row.locator("textarea").fill(action)
        row.locator('input[type="text"]').fill(who)
        row.locator('input[type="date"]').fill(when)


def print_pdf(page, w) -> tuple[int, str]:
    """Press the exercise's Skriv ut (the browser's dialog stubbed), and print what it asked for to A4."""
    page.evaluate("window.print = () => {}")
    w.locator('.mvh-toolbar button[data-action="print"]').click()
    page.emulate_media(media="print")
    texts = pages_text(page.pdf(format="A4"))
    return len(texts), "\n".join(texts)


def test_skriv_ut_prints_every_rating_note_and_plan_row_on_at_most_four_pages(page, site):
    open_page(page, site)
    w = wait_ready(page)
    fill_for_print(page, w)
    pages, text = print_pdf(page, w)
    flat = re.sub(r"\s+", " ", text)
    assert pages <= 4, f"{pages} pages"
    for item, value in RATED.items():
        assert re.search(rf"{re.escape(item)} .{{0,400}}?Vurdering: {LABELS[value]}", flat), item
    for note in NOTES.values():
        for line in note.split("\n"):
            assert line in text, line
    # A note's line break is kept: its second line starts a line of its own.
    assert re.search(r"^\s*Ta opp på ledermøtet\.", text, re.M)
    for theme, action, who, _, date in PLAN:
        title = next(t["title"] for t in THEMES if t["id"] == theme)
        assert f"{theme}. {title}" in flat and who in flat and date in flat
        for line in action.split("\n"):
            assert line in text
    assert re.search(r"^\s*etter første måned", text, re.M)
    assert "2026-09-01" not in text and ".." not in flat
    # Unrated goals are summed up per theme, not printed one by one.
    assert "Ikke vurdert:" in flat and "Vurdering: ikke vurdert" not in flat
    # The chapter around it does not print.
    assert "Hva er Kvalitetsveilederen?" not in flat
    page.recorder.assert_clean()


def test_the_action_plan_prints_no_empty_labels(page, site, tmp_path):
    open_page(page, site)
    w = wait_ready(page)
    fill_for_print(page, w)
    page.emulate_media(media="print")
    rows = w.locator("fieldset.mvh-plan-row")
    first = rows.nth(0).locator(".mvh-print-plan").inner_text()
    assert re.sub(r"\s+", " ", first) == (
        "Tema 2. Samarbeid i Nav-kontoret Hva skal gjøres? Fast fagmøte hver tirsdag, avlyses ikke. "
        "Hvem gjør det? Metodeveileder Innen 01.09.2026"
    )
    # The form's own labels do not print beside the printed row, and an unused row does not print at all.
    assert not rows.nth(0).locator(".mvh-field label").first.is_visible()
    assert not rows.nth(2).is_visible()


@pytest.mark.across_pages
def test_toolbox_shows_each_exercise_status_right_after_answering(page, site):
    page.goto(site + TOOLBOX_PAGE)
    page.locator(".mvh-toolbox").wait_for()
    line = page.locator('.mvh-toolbox-item[data-instrument="kvalitetsveileder"]')
    assert line.get_attribute("data-status") == "not-started"
    assert "Ikke startet" in line.inner_text()
    # In the self-assessments, with a link to the section it stands in.
    group = page.locator('.mvh-toolbox-group[data-group="selvvurderinger"]')
    assert group.locator('[data-instrument="kvalitetsveileder"]').count() == 1
    assert line.locator("a").get_attribute("href") == "kvalitet.html#egenvurdering-med-teamet"
    total = page.locator(".mvh-toolbox-item").count()
    assert total == len(list(INSTRUMENT_DIR.glob("*.yaml")))

    open_page(page, site)
    w = wait_ready(page)
    w.locator('li.mvh-item[data-item="1.1"] label.mvh-v-gul').click()
    reflection = wait_ready(page, "refleksjon-kvalitet")
    for area in reflection.locator("textarea").all():
        area.fill("Et svar")

    page.goto(site + TOOLBOX_PAGE)
    page.locator(".mvh-toolbox").wait_for()
    assert line.get_attribute("data-status") == "started"
    assert "Påbegynt (1 av 58 mål vurdert)" in line.inner_text()
    done = page.locator('.mvh-toolbox-item[data-instrument="refleksjon-kvalitet"]')
    assert done.get_attribute("data-status") == "done" and "Ferdig" in done.inner_text()
    assert page.locator('.mvh-toolbox-item[data-status="not-started"]').count() == total - 2
    assert (
        page.locator(".mvh-toolbox-total").inner_text() == f"Du er ferdig med 1 av {total} øvelser og har begynt på 1."
    )
    # Following the link lands at the exercise.
    line.locator("a").click()
    page.wait_for_url(re.compile(r"kvalitet\.html#egenvurdering-med-teamet$"))
    assert widget(page, RATING_ID).is_visible()
    page.recorder.assert_clean()
