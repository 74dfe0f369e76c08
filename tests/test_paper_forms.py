"""Paper forms for the course PDF, rendered from the definitions (static_html.render_paper)."""

from __future__ import annotations

import re
from html import escape

from widgets import static_html
from widgets.definitions import load, load_all

LINE = '<span class="kurs-line"></span>'


def test_no_form_carries_script_or_the_interactive_note():
    for d in load_all().values():
        form = static_html.render_paper(d)
        assert "<script" not in form and "interaktiv" not in form, d["id"]
        assert form.startswith(f'<div class="mvh-widget kurs-form kurs-form-{d["kind"]}" data-mvh-id="{d["id"]}"')
        assert "Øvelse – fyll ut for hånd" in form and escape(d["title"]) in form


def test_rating_has_boxes_and_a_note_line_per_goal_and_the_plan_rows():
    d = load("kvalitetsveileder")
    form = static_html.render_paper(d)
    goals = [i for p in d["parts"] for t in p["themes"] for i in t["items"]]
    assert form.count("Notat:") == len(goals) == 58
    assert form.count('<span class="kurs-choice">☐ Grønn</span>') == 58
    assert form.count("Forbedringsområde") == d["plan"]["max_themes"]


def test_reflection_has_six_lines_under_every_prompt():
    d = load("refleksjon-kvalitet")
    items = re.findall(r"<li>(.*?)</li>", static_html.render_paper(d))
    assert [i.split("<span")[0] for i in items] == [escape(p["text"]) for p in d["prompts"]]
    assert all(i.count(LINE) == 6 for i in items)


def test_scenario_ticks_the_first_choices_and_asks_once():
    for d in (x for x in load_all().values() if x["kind"] == "scenario"):
        form = static_html.render_paper(d)
        start = next(n for n in d["nodes"] if n["id"] == d["start"])
        assert [f"☐ {escape(c['text'])}" for c in start["choices"]] == re.findall(
            r"<li>(☐ .*?)</li>", form.split('<ul class="kurs-choices">')[1].split("</ul>")[0]
        )
        assert form.count("Hva gjør du?") == 1, d["id"]
        assert "Hvorfor velger du dette?" in form


def test_template_gives_four_lines_for_long_text_and_one_for_short():
    d = load("mal-feltveiledning")
    form = static_html.render_paper(d)
    for f in (f for s in d["sections"] for f in s["fields"] if f["type"] in ("text", "longtext")):
        label = f"<strong>{escape(f['label'])}</strong>"
        after = form.split(label, 1)[1].split("</p>", 1)[0]
        assert after.count(LINE) == (4 if f["type"] == "longtext" else 1), f["id"]


def test_a_whole_book_view_lists_its_exercises_with_their_pages():
    defs = [load("teamkultur"), load("kvalitetsveileder")]
    payload = {
        "role": "team",
        "instruments": [d["id"] for d in defs],
        "pages": {"teamkultur": [{"title": "T", "href": "t.html"}]},
    }
    form = static_html.render_paper(payload)
    assert form.startswith(
        '<div class="mvh-widget kurs-view" data-mvh-role="team" data-mvh-instruments="teamkultur kvalitetsveileder">'
    )
    assert "legge skjemaene ved siden av hverandre" in form
    assert f'<li>{escape(defs[0]["title"])} – <a href="t.html">T</a></li>' in form
