"""The same instrument open in two tabs: neither tab's answers erase the other's."""

from __future__ import annotations

import pytest

from tests.browser.pages import QUALITY_PAGE, RATING_ID, REFLECTION_ID, open_page

from .helpers import note, stored_answers, wait_ready


def tabs(page, context, site):
    """Two tabs of the same browser (one context, so one localStorage), both on kvalitet.html."""
    other = context.new_page()
    other.recorder = type(page.recorder)(site)
    other.recorder.attach(other)
    out = []
    for p in (page, other):
        open_page(p, site, QUALITY_PAGE)
        out += [p, wait_ready(p, RATING_ID)]
    return out


def front(p):
    """Act in this tab (a tab in the background gets no animation frames, so actions there crawl)."""
    p.bring_to_front()
    return p


def checked(w, item, value) -> bool:
    return w.locator(f'li.mvh-item[data-item="{item}"] input[value="{value}"]').is_checked()


def wait_checked(page, item, value):
    """Wait for another tab's answer to arrive (by the storage event)."""
    page.wait_for_function(
        """([id, item, value]) => !!document.querySelector(
             `.mvh-widget[data-mvh-id="${id}"] li.mvh-item[data-item="${item}"] input[value="${value}"]:checked`)""",
        arg=[RATING_ID, item, value],
        polling=50,
    )


@pytest.mark.across_pages
def test_two_tabs_answering_different_items_keep_both(page, context, site):
    note("two tabs: scenarios", "2 (different items, same item)")
    a, wa, b, wb = tabs(page, context, site)

    front(a)
    wa.locator('li.mvh-item[data-item="1.1"] label.mvh-v-gronn').click()
    wa.locator('li.mvh-item[data-item="1.1"] summary').click()
    wa.locator('textarea[data-note="1.1"]').fill("Notat fra fane A")
    front(b)
    wb.locator('li.mvh-item[data-item="2.1"] label.mvh-v-rod').click()
    wb.locator('li.mvh-item[data-item="2.1"] summary').click()
    wb.locator('textarea[data-note="2.1"]').fill("Notat fra fane B")
    # A reflection answer in each tab as well.
    wait_ready(front(a), REFLECTION_ID).locator('textarea[data-prompt="r1"]').fill("Svar fra A")
    wait_ready(front(b), REFLECTION_ID).locator('textarea[data-prompt="r3"]').fill("Svar fra B")

    want = {"1.1": "gronn", "2.1": "rod"}
    notes = {"1.1": "Notat fra fane A", "2.1": "Notat fra fane B"}
    for p in (a, b):
        answers = stored_answers(p, RATING_ID)
        assert answers["ratings"] == want and answers["notes"] == notes, answers
        assert stored_answers(p, REFLECTION_ID)["responses"] == {"r1": "Svar fra A", "r3": "Svar fra B"}
    for p in (a, b):
        front(p).reload()
        w = wait_ready(p, RATING_ID)
        assert checked(w, "1.1", "gronn") and checked(w, "2.1", "rod")
        assert w.locator('textarea[data-note="1.1"]').input_value() == "Notat fra fane A"
        assert w.locator('textarea[data-note="2.1"]').input_value() == "Notat fra fane B"
        r = wait_ready(p, REFLECTION_ID)
        assert r.locator('textarea[data-prompt="r1"]').input_value() == "Svar fra A"
        assert r.locator('textarea[data-prompt="r3"]').input_value() == "Svar fra B"
        assert w.locator(".mvh-progress").first.inner_text() == "Du har vurdert 2 av 58 mål."
        p.recorder.assert_clean()


@pytest.mark.parametrize("rounds", [4], ids=lambda n: f"{n}-alternating-edits")
@pytest.mark.across_pages
def test_the_later_edit_of_the_same_item_wins_in_both_tabs(page, context, site, rounds):
    a, wa, b, wb = tabs(page, context, site)
    colours = ["gronn", "gul", "rod", "vet-ikke"]
    for i in range(rounds):
        first, second = (a, b) if i % 2 == 0 else (b, a)
        wfirst, wsecond = (wa, wb) if i % 2 == 0 else (wb, wa)
        front(first)
        wfirst.locator(f'li.mvh-item[data-item="5.1"] label.mvh-v-{colours[i]}').click()
        wait_checked(second, "5.1", colours[i])
        later = colours[(i + 1) % 4]
        front(second)
        wsecond.locator(f'li.mvh-item[data-item="5.1"] label.mvh-v-{later}').click()
        # The later edit wins, in storage and (after the storage event) in both tabs.
        wait_checked(first, "5.1", later)
        for p, w in ((a, wa), (b, wb)):
            assert stored_answers(p, RATING_ID)["ratings"]["5.1"] == later
            assert checked(w, "5.1", later)
            assert w.locator(".mvh-progress").first.inner_text() == "Du har vurdert 1 av 58 mål."
    # A note edited in turn: the last text is what both tabs show.
    front(a)
    wa.locator('li.mvh-item[data-item="5.1"] summary').click()
    wa.locator('textarea[data-note="5.1"]').fill("Første versjon")
    b.wait_for_function(
        "() => document.querySelector('textarea[data-note=\"5.1\"]').value === 'Første versjon'", polling=50
    )
    front(b)
    wb.locator('textarea[data-note="5.1"]').fill("Andre versjon")
    a.wait_for_function(
        "() => document.querySelector('textarea[data-note=\"5.1\"]').value === 'Andre versjon'", polling=50
    )
    for p in (a, b):
        front(p).reload()
        w = wait_ready(p, RATING_ID)
        assert w.locator('textarea[data-note="5.1"]').input_value() == "Andre versjon"
        assert stored_answers(p, RATING_ID)["notes"] == {"5.1": "Andre versjon"}
        p.recorder.assert_clean()
