"""Deleted answers stay deleted: *Nullstill* removes every key of the instrument, and after
*Slett alle* no page brings the answers back: not one shown again by Back (from the
back-forward cache or loaded anew from history), and not a tab left open during the deletion.

Every check reads localStorage itself: no key may hold the deleted text.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import Recorder, find_chromium
from widgets import chromium

from tests.browser.pages import QUALITY_PAGE, RATING_ID, REFLECTION_ID, open_page, widget

from .helpers import PREFIX, key, note, raw_storage, seed_first_document, seed_once, wait_ready

WORKBOOK_PAGE = "book/mine-svar.html"
DELETED_KEY = f"{PREFIX}slettet"  # DELETED_KEY in js/host/record.js: which deletions were made, no answers
SECRET = "Hemmelig notat om deltakeren"
SECRET_REFLECTION = "Et svar som skal slettes"


def holding(page, text: str = SECRET) -> list[str]:
    """Every localStorage key whose value still holds the text."""
    return sorted(k for k, v in raw_storage(page).items() if text in v)


def fill(page):
    """A note and a rating in the kvalitetsveileder and an answer in the reflection, saved."""
    w = wait_ready(page, RATING_ID)
    w.locator('li.mvh-item[data-item="1.1"] label.mvh-v-rod').click()
    w.locator('li.mvh-item[data-item="1.1"] summary').click()
    w.locator('textarea[data-note="1.1"]').fill(SECRET)
    wait_ready(page, REFLECTION_ID).locator('textarea[data-prompt="r1"]').fill(SECRET_REFLECTION)
    assert holding(page) == [key(RATING_ID)] and holding(page, SECRET_REFLECTION) == [key(REFLECTION_ID)]


def delete_all(page, site):
    open_page(page, site, WORKBOOK_PAGE)
    wb = page.locator('.mvh-widget[data-mvh-role="workbook"]')
    wb.locator('button[data-action="delete-all"]').click()
    wb.locator('button[data-action="confirm-delete-all"]').click()
    assert wb.locator(".mvh-message").inner_text() == "Alle svarene dine i denne nettleseren er slettet."
    assert holding(page) == [] and holding(page, SECRET_REFLECTION) == []


def type_more(locator, text: str = " og mer") -> None:
    """Type at the end of whatever the field shows, as a reader going on writing."""
    locator.focus()
    locator.press("End")
    locator.press_sequentially(text)


def assert_empty(page) -> None:
    """The exercises on kvalitet.html show nothing of what was deleted."""
    w = widget(page, RATING_ID)
    assert w.locator('textarea[data-note="1.1"]').input_value() == ""
    assert not w.locator('li.mvh-item[data-item="1.1"] input[value="rod"]').is_checked()
    assert w.locator(".mvh-progress").first.inner_text() == "Du har vurdert 0 av 58 mål."
    assert widget(page, REFLECTION_ID).locator('textarea[data-prompt="r1"]').input_value() == ""


def test_the_storage_check_finds_a_planted_copy(page, site):
    """holding() (used by every test here) catches the text in any key, a backup's too."""
    open_page(page, site, QUALITY_PAGE)
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [f"{key(RATING_ID)}:sikkerhetskopi:1", f"«{SECRET}»"])
    assert holding(page) == [f"{key(RATING_ID)}:sikkerhetskopi:1"]


# Set on the page before it is left; still there after Back only if the page came from the back-forward cache.
SHOWN = """() => {
  window.__mvhShown = [];
  addEventListener("pageshow", (e) => window.__mvhShown.push(e.persisted));
}"""


def back(page) -> None:
    """Back, and wait until the page is shown: a page from the back-forward cache fires no load event,
    only pageshow (SHOWN records it; a page loaded anew has a fresh record)."""
    page.go_back(wait_until="commit")
    page.wait_for_function(
        "() => document.readyState === 'complete' && (window.__mvhShown || []).length > (window.__mvhBefore ? 1 : 0)"
    )


@pytest.fixture(scope="module")
def bfcache_browser(browser):
    """Chromium with its back-forward cache on (Playwright turns it off by default)."""
    b = browser.browser_type.launch(
        executable_path=find_chromium(), args=chromium.ARGS, ignore_default_args=["--disable-back-forward-cache"]
    )
    yield b
    b.close()


@pytest.fixture
def bfcache_page(bfcache_browser, site):
    ctx = bfcache_browser.new_context(viewport={"width": 1280, "height": 900})
    p = ctx.new_page()
    p.recorder = Recorder(site)
    p.recorder.attach(p)
    yield p
    ctx.close()


@pytest.mark.parametrize("path", ["bfcache", "history"])
@pytest.mark.across_pages
def test_back_after_deleting_everything_shows_empty_exercises(request, site, path):
    note("deletion: ways back to a page", "2 (back-forward cache, loaded anew from history)")
    page = request.getfixturevalue("bfcache_page" if path == "bfcache" else "page")
    page.add_init_script(f"({SHOWN})()")
    open_page(page, site, QUALITY_PAGE)
    fill(page)
    page.evaluate("() => { window.__mvhBefore = true; }")
    delete_all(page, site)

    back(page)
    assert page.url.endswith(QUALITY_PAGE)
    restored = page.evaluate("() => window.__mvhBefore === true")
    shown = page.evaluate("() => window.__mvhShown")
    if path == "bfcache":
        assert restored and shown[-1] is True, f"Back did not come from the back-forward cache (pageshow: {shown})"
    else:
        assert not restored and shown == [False], f"Back came from the back-forward cache (pageshow: {shown})"
    wait_ready(page, RATING_ID)
    assert_empty(page)

    # The reader goes on writing where the deleted text was: only the new text is saved.
    w = widget(page, RATING_ID)
    if not w.locator('textarea[data-note="1.1"]').is_visible():  # a page loaded anew shows an empty note closed
        w.locator('li.mvh-item[data-item="1.1"] summary').click()
    type_more(w.locator('textarea[data-note="1.1"]'), "Ny tekst")
    type_more(widget(page, REFLECTION_ID).locator('textarea[data-prompt="r1"]'), "Nytt svar")
    assert holding(page) == [] and holding(page, SECRET_REFLECTION) == []
    rating = json.loads(raw_storage(page)[key(RATING_ID)])["answers"]
    assert rating["notes"] == {"1.1": "Ny tekst"} and rating["ratings"] == {}, rating
    assert json.loads(raw_storage(page)[key(REFLECTION_ID)])["answers"] == {"responses": {"r1": "Nytt svar"}}
    page.reload()
    wait_ready(page, RATING_ID)
    assert widget(page, RATING_ID).locator('textarea[data-note="1.1"]').input_value() == "Ny tekst"
    page.recorder.assert_clean()


@pytest.mark.across_pages
def test_back_to_the_workbook_from_the_back_forward_cache_lists_what_is_stored_now(bfcache_page, site):
    """Mine svar left in the cache while another tab deletes: Back shows no deleted rows."""
    page = bfcache_page
    page.add_init_script(f"({SHOWN})()")
    open_page(page, site, QUALITY_PAGE)
    fill(page)
    open_page(page, site, WORKBOOK_PAGE)
    wb = page.locator('.mvh-widget[data-mvh-role="workbook"]')
    assert wb.locator(f'tr[data-instrument="{RATING_ID}"]').count() == 1
    page.evaluate("() => { window.__mvhBefore = true; }")
    open_page(page, site, "book/intro.html")
    other = page.context.new_page()
    delete_all(other, site)
    other.close()
    back(page)
    assert page.evaluate("() => window.__mvhBefore === true"), "Back did not come from the back-forward cache"
    assert wb.locator("table.mvh-workbook-table").count() == 0
    assert "Du har ingen lagrede svar" in wb.locator(".mvh-workbook-list").inner_text()


# Storage events never reach this tab's listeners: as a tab that missed them (frozen in the background,
# or in the back-forward cache), the model only finds out about the deletion when it goes to save.
DEAF = """() => {
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, ...rest) {
    if (type === "storage") return;
    return add.call(this, type, ...rest);
  };
}"""


@pytest.mark.parametrize("events", ["storage-events", "no-storage-events"])
@pytest.mark.across_pages
def test_a_tab_open_during_the_deletion_cannot_write_it_back(page, context, site, events):
    note("deletion: tabs open during Slett alle", "2 (gets the storage events, misses them)")
    stale = context.new_page()
    stale.recorder = type(page.recorder)(site)
    stale.recorder.attach(stale)
    if events == "no-storage-events":
        stale.add_init_script(f"({DEAF})()")
    open_page(stale, site, QUALITY_PAGE)
    fill(stale)

    page.bring_to_front()
    delete_all(page, site)

    stale.bring_to_front()
    w = widget(stale, RATING_ID)
    area = w.locator('textarea[data-note="1.1"]')
    if events == "storage-events":
        # The deletion shows at once, before the reader types.
        stale.wait_for_function("() => document.querySelector('textarea[data-note=\"1.1\"]').value === ''", polling=50)
        assert_empty(stale)
        assert "er slettet i en annen fane" in w.locator(".mvh-message").inner_text()
    else:
        assert area.input_value() == SECRET  # the tab has not heard of the deletion
    type_more(area, " og mer")
    type_more(widget(stale, REFLECTION_ID).locator('textarea[data-prompt="r1"]'), " og mer")
    assert holding(stale) == [] and holding(stale, SECRET_REFLECTION) == [], raw_storage(stale)
    if events == "no-storage-events":
        # The first keystroke found the deletion: the page shows it, and says what it did not save.
        assert SECRET not in area.input_value()
        assert "Det du skrev nå, er ikke lagret" in widget(stale, REFLECTION_ID).locator(".mvh-alert").inner_text()
    stale.reload()
    wait_ready(stale, RATING_ID)
    assert SECRET not in widget(stale, RATING_ID).locator('textarea[data-note="1.1"]').input_value()
    assert holding(stale) == []
    stale.recorder.assert_clean()
    page.recorder.assert_clean()


def test_reset_leaves_no_key_with_the_old_text(page, site):
    """Nullstill removes the record, backups of damaged records and older versions' records."""
    note("deletion: keys Nullstill must remove", "4 (record, first backup, later backup, older version)")
    main = key(RATING_ID)
    damaged = json.dumps({"instrument": RATING_ID, "answers": {"notes": {"1.1": SECRET}, "ratings": 7}})
    # Seeded before the page's scripts run: an older version's record and a later backup; and a
    # damaged record, which the page backs up when it loads it.
    older = json.dumps({"instrument": RATING_ID, "version": 0, "answers": {"notes": {"2.1": SECRET}}})
    seed_first_document(page, [[key(RATING_ID, 0), older], [f"{main}:sikkerhetskopi:1", SECRET]])
    seed_once(page, main, damaged)
    open_page(page, site, QUALITY_PAGE)
    w = wait_ready(page, RATING_ID)
    assert w.locator('[data-notice="recovery"]').is_visible()
    assert holding(page) == sorted([main, f"{main}:sikkerhetskopi", f"{main}:sikkerhetskopi:1", key(RATING_ID, 0)])
    w.locator('button[data-action="reset"]').click()
    w.locator('button[data-action="confirm-reset"]').click()
    assert holding(page) == []
    # What is left of the instrument is the empty exercise, saved anew.
    left = {k: v for k, v in raw_storage(page).items() if k.startswith(f"{PREFIX}{RATING_ID}:")}
    assert list(left) == [main], f"keys of the instrument left after Nullstill: {sorted(left)}"
    assert json.loads(left[main])["answers"] == {} and json.loads(left[main])["response"] == ""
    assert w.locator('[data-notice="recovery"]').count() == 0, "the offer to download the deleted text is still there"
    assert w.locator(".mvh-message").inner_text() == "Alle svarene i denne øvelsen er slettet."
    page.reload()
    w = wait_ready(page, RATING_ID)
    assert w.locator('textarea[data-note="1.1"]').input_value() == ""
    assert w.locator('[data-notice="recovery"], [data-notice="migrated"]').count() == 0
    page.recorder.assert_clean()
