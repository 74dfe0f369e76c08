"""The book built in Nynorsk (`make book BOOK_LANG=nn`): the Kvalitetsveileder page shows its UI and its 58
goals in Nynorsk, says that the chapter text is still Bokmål, and the self-assessment works there as in the
Bokmål book: rate, see the summary, reload, and the rating is still there."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from widgets import nynorsk
from widgets.definitions import load

from tests.conftest import Recorder
from .pages import QUALITY_PAGE, RATING_ID, REFLECTION_ID, open_page, wait_ready

NN = load(RATING_ID, "nn")
NB = load(RATING_ID, "nb")
GOALS = [(i["id"], i["text"]) for p in NN["parts"] for t in p["themes"] for i in t["items"]]
BOKMAL_GOALS = {i["id"]: i["text"] for p in NB["parts"] for t in p["themes"] for i in t["items"]}


@pytest.fixture
def nn_page(context, nynorsk_book):
    root = nynorsk_book.html.as_uri() + "/"
    pg = context.new_page()
    pg.recorder = Recorder(root)
    pg.recorder.attach(pg)
    pg.root = root
    yield pg
    pg.close()


def test_the_nynorsk_build_does_the_kvalitetsveileder_self_assessment_in_nynorsk(nn_page):
    pg = nn_page
    open_page(pg, pg.root, QUALITY_PAGE)
    assert pg.evaluate("document.documentElement.lang") == "nn"
    # The chapter is not translated yet, and says so; its text is marked as Bokmål, the exercises as Nynorsk.
    expect(pg.locator(f".{nynorsk.NOTE_CLASS}")).to_have_text(nynorsk.NOTE)
    assert pg.locator('main [lang="nb"] h1').count() == 1
    rating = wait_ready(pg, RATING_ID)
    assert rating.get_attribute("lang") == "nn"
    expect(rating.locator("h3.mvh-title")).to_have_text(NN["title"])
    # All 58 goals, in Nynorsk, in order.
    assert len(GOALS) == 58
    shown = rating.locator("li.mvh-item legend").all_inner_texts()
    assert [" ".join(s.split()) for s in shown] == [f"{i} {' '.join(text.split())}" for i, text in GOALS]
    assert sum(text != BOKMAL_GOALS[i] for i, text in GOALS) == 58
    expect(rating.get_by_role("button", name="Neste mål utan svar")).to_be_visible()
    # The self-assessment: rate two goals, the summary follows, a reload keeps them.
    first, second = GOALS[0][0], GOALS[1][0]
    rating.locator(f'li.mvh-item[data-item="{first}"] label.mvh-v-gronn').click()
    rating.locator(f'li.mvh-item[data-item="{second}"] label.mvh-v-gul').click()
    expect(rating.locator(".mvh-progress").first).to_contain_text("2 av 58")
    expect(rating.locator(".mvh-saved")).to_contain_text("Lagra i nettlesaren kl. ")
    pg.reload()
    rating = wait_ready(pg, RATING_ID)
    assert rating.locator(f'li.mvh-item[data-item="{first}"] input[value="gronn"]').is_checked()
    assert rating.locator(f'li.mvh-item[data-item="{second}"] input[value="gul"]').is_checked()
    expect(rating.locator(".mvh-progress").first).to_contain_text("2 av 58")
    # The Kvalitetsveileder has every text in Nynorsk: no Bokmål left in it. The reflection on the same page
    # has no Nynorsk texts yet (they stay Bokmål), but its UI, such as the privacy note, is Nynorsk.
    reflection = wait_ready(pg, REFLECTION_ID)
    expect(reflection.locator(".mvh-privacy").first).to_contain_text("Svara blir berre lagra")
    text = rating.inner_text() + reflection.locator(".mvh-privacy").first.inner_text()
    for words in ["Neste ubesvarte mål", "Svarene lagres", "Lagret i nettleseren", "nettleseren", "ikke"]:
        assert not re.search(rf"\b{words}\b", text), words
    pg.recorder.assert_clean()
