"""The Python side of the widgets' words (widgets/i18n.py): the same catalogues as the JS, and the no-JS
fallback and paper forms follow the language set with set_language (the BOOK_LANG=nn build will call it)."""

from __future__ import annotations

import pytest

from widgets import i18n, static_html
from widgets.definitions import load
from widgets.jupyter import Instrument


@pytest.fixture
def nynorsk():
    i18n.set_language("nn")
    yield
    i18n.set_language("nb")


def test_bokmal_is_the_default_and_tags_are_read_like_the_js():
    assert i18n.language() == "nb"
    assert [i18n.language_of(tag) for tag in ["nn", "nn-NO", "nn_NO", "nb", "no", "en", None]] == [
        "nn",
        "nn",
        "nn",
        "nb",
        "nb",
        "nb",
        "nb",
    ]


def test_t_fills_placeholders_and_plural_forms(nynorsk):
    assert i18n.t("frame.lagret_i_nettleseren_kl", time="09.14") == "Lagra i nettlesaren kl. 09.14."
    assert i18n.t("team.count_person", n=1) == "1 person"
    assert i18n.t("team.count_person", n=2) == "2 personar"
    with pytest.raises(KeyError):
        i18n.t("no.such.key")


def test_set_language_changes_the_fallback_and_the_paper_forms(nynorsk):
    rating = load("kvalitetsveileder")
    fallback = static_html.render(rating)
    assert "Denne øvinga er interaktiv når JavaScript er slått på." in fallback
    assert "Denne øvelsen" not in fallback
    paper = static_html.render_paper(rating)
    assert "Øving – fyll ut for hand" in paper and "Kva skal gjerast?" in paper
    toolbox = static_html.render_view("toolbox", [rating])
    assert "Sjølvvurderingar" in toolbox and "Utan JavaScript viser ikkje lista" in toolbox
    i18n.set_language("nb")
    assert "Denne øvelsen er interaktiv når JavaScript er slått på." in static_html.render(rating)
    assert "Hva skal gjøres?" in static_html.render_paper(rating)


def test_the_jupyter_widget_syncs_the_language(nynorsk):
    assert Instrument("kvalitetsveileder").lang == "nn"
    assert Instrument("kvalitetsveileder", lang="nb").lang == "nb"
