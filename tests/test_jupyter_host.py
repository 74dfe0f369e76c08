"""The Jupyter host: the anywidget that runs widget.js and syncs answers."""

from __future__ import annotations

import json
import re
from html import escape
from pathlib import Path

import pytest

import widgets
from widgets import Instrument, InstrumentError, instrument
from tests.helpers import ITEM_IDS
from widgets.definitions import validate
from widgets.jupyter import EXPORT_FORMAT
from widgets.scoring import summarize

PACKAGE = Path(widgets.__file__).resolve().parent
WIDGET_JS = PACKAGE / "static" / "built" / "widget.js"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
PAYLOAD = "</script><script>alert(1)</script>"

ANSWERS = {
    "ratings": {"1.1": "gronn", "2.3": "gul", "13.5": "rod", "7.4": "vet-ikke"},
    "notes": {"1.1": "Faste møter hver måned – «bra» & <trygt>.", "2.3": "Linje 1\nLinje 2"},
    "plan": [{"theme": "10", "action": "Besøksdager", "who": "Teamet", "when": "Q3"}],
}


@pytest.fixture
def kv() -> Instrument:
    return Instrument("kvalitetsveileder")


def write_json(path: Path, data) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_definition_and_answers_are_synced_traits(kv):
    assert kv.trait_metadata("definition", "sync") is True
    assert kv.trait_metadata("answers", "sync") is True
    state = kv.get_state()
    assert state["definition"]["id"] == "kvalitetsveileder"
    assert state["answers"] == {}


def test_new_widget_starts_empty(kv):
    assert kv.instrument_id == "kvalitetsveileder"
    assert kv.answers == {}
    s = kv.summary()
    assert (s["items"], s["answered"], s["total"]["ubesvart"]) == (58, 0, 58)


def test_helper_and_initial_answers():
    w = instrument("refleksjon-kvalitet", answers={"responses": {"r1": "Svar"}})
    assert isinstance(w, Instrument)
    assert w.summary() == {"prompts": len(w.definition["prompts"]), "answered": 1}


def test_setting_answers_in_python_changes_the_summary(kv):
    kv.answers = {"ratings": {"1.1": "gronn", "8.1": "rod"}}
    s = kv.summary()
    assert s["answered"] == 2
    assert s["total"]["gronn"] == 1 and s["total"]["rod"] == 1
    assert s["parts"]["del-1"]["gronn"] == 1
    assert s["parts"]["del-2"]["rod"] == 1
    assert s["themes"]["8"] == {"gronn": 0, "gul": 0, "rod": 1, "vet-ikke": 0, "ubesvart": 3}


def test_front_end_update_reaches_python(kv):
    # What ipywidgets does when the browser sends an update for the model.
    kv.set_state({"answers": {"ratings": {"3.1": "gul", "3.2": "gul"}}})
    assert kv.answers == {"ratings": {"3.1": "gul", "3.2": "gul"}}
    assert kv.summary()["themes"]["3"]["gul"] == 2
    assert kv.summary()["answered"] == 2
    kv.set_state({"answers": {}})  # "Nullstill" in the UI
    assert kv.summary()["answered"] == 0


def test_front_end_update_notifies_observers(kv):
    seen = []
    kv.observe(lambda change: seen.append(change["new"]), names="answers")
    kv.set_state({"answers": {"ratings": {"4.4": "rod"}}})
    assert seen == [{"ratings": {"4.4": "rod"}}]


def test_summary_is_the_shared_scoring(kv):
    kv.answers = ANSWERS
    assert kv.summary() == summarize(kv.definition, ANSWERS)


def test_save_and_load_round_trip(tmp_path, kv):
    kv.answers = ANSWERS
    path = kv.save(tmp_path / "svar.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == EXPORT_FORMAT == "metodeveilederhandboka-svar"
    assert (data["instrument"], data["version"]) == ("kvalitetsveileder", kv.definition["version"])
    assert data["title"] == kv.definition["title"]
    assert re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", data["exported"])

    again = Instrument.load(path)
    assert again.instrument_id == "kvalitetsveileder"
    assert again.answers == ANSWERS
    assert again.summary() == kv.summary()


def test_save_keeps_norwegian_text_readable(tmp_path, kv):
    kv.answers = {"notes": {"1.1": "Blåbærsyltetøy"}}
    text = kv.save(tmp_path / "svar.json").read_text(encoding="utf-8")
    assert "Blåbærsyltetøy" in text


def test_load_a_browser_export_of_the_reflection(tmp_path):
    # The shape exportData() in widget.js writes.
    path = write_json(
        tmp_path / "refleksjon.json",
        {
            "format": EXPORT_FORMAT,
            "instrument": "refleksjon-kvalitet",
            "version": 1,
            "title": "Refleksjon",
            "exported": "2024-05-01T10:00:00.000Z",
            "answers": {"responses": {"r1": "Svar"}},
        },
    )
    w = Instrument.load(path)
    assert w.instrument_id == "refleksjon-kvalitet"
    assert w.answers == {"responses": {"r1": "Svar"}}


def test_load_rejects_a_file_that_is_not_json(tmp_path):
    path = tmp_path / "svar.json"
    path.write_text("ratings: 1.1=gronn", encoding="utf-8")
    with pytest.raises(InstrumentError, match=r"^svar\.json: not a JSON export: "):
        Instrument.load(path)


def test_load_rejects_a_file_that_is_not_text(tmp_path):
    path = tmp_path / "svar.json"
    path.write_bytes(b"\xff\xfe\x00\x81binary")
    with pytest.raises(InstrumentError, match=r"^svar\.json: not a JSON export: "):
        Instrument.load(path)


@pytest.mark.parametrize(
    "data",
    [
        {"format": "something-else", "instrument": "kvalitetsveileder", "answers": {}},
        {"instrument": "kvalitetsveileder", "answers": {}},
        ["metodeveilederhandboka-svar"],
    ],
    ids=["other format", "no format", "not an object"],
)
def test_load_rejects_another_format(tmp_path, data):
    path = write_json(tmp_path / "annet.json", data)
    with pytest.raises(InstrumentError, match=r"^annet\.json: not an export from Metodeveilederhåndboka$"):
        Instrument.load(path)


@pytest.mark.parametrize("answers", [None, ["gronn"], "gronn"], ids=["null", "list", "string"])
def test_load_rejects_answers_that_are_not_an_object(tmp_path, answers):
    path = write_json(
        tmp_path / "svar.json", {"format": EXPORT_FORMAT, "instrument": "kvalitetsveileder", "answers": answers}
    )
    with pytest.raises(InstrumentError, match=r"^svar\.json: field 'answers' must be an object$"):
        Instrument.load(path)


def test_load_of_an_unknown_instrument_names_it(tmp_path):
    path = write_json(tmp_path / "svar.json", {"format": EXPORT_FORMAT, "instrument": "finnes-ikke", "answers": {}})
    with pytest.raises(InstrumentError, match=re.escape("unknown instrument 'finnes-ikke'")):
        Instrument.load(path)


def test_load_of_an_export_without_instrument_id_is_an_instrument_error(tmp_path):
    path = write_json(tmp_path / "svar.json", {"format": EXPORT_FORMAT, "answers": {"ratings": {}}})
    with pytest.raises(InstrumentError, match=r"^svar\.json: "):
        Instrument.load(path)


# ------------------------------------------------------------ display bundle


def bundle_of(w: Instrument) -> dict:
    data, _metadata = w._repr_mimebundle_()
    return data


def definition_json(html: str) -> str:
    m = re.search(r'<script type="application/json" class="mvh-definition">(.*?)</script>', html, re.S)
    assert m, "no inline definition in text/html"
    return m.group(1)


def test_mimebundle_has_live_view_and_static_html(kv):
    data = bundle_of(kv)
    assert data[WIDGET_VIEW]["model_id"] == kv.model_id
    html = data["text/html"]
    version = widgets.definitions.load("kvalitetsveileder")["version"]
    assert html.startswith(f'<div class="mvh-widget" data-mvh-id="kvalitetsveileder" data-mvh-version="{version}">')
    assert json.loads(definition_json(html)) == kv.definition


def test_static_html_fallback_lists_all_58_items_in_order(kv):
    html = bundle_of(kv)["text/html"]
    fallback = html[html.index('<div class="mvh-fallback">') :]
    assert re.findall(r"<li><strong>([^<]+)</strong>", fallback) == ITEM_IDS
    for s in kv.definition["scale"]:
        assert f"☐ {s['label']}" in fallback
    assert "Lederforankring" in fallback


def test_static_html_fallback_lists_the_reflection_prompts():
    w = Instrument("refleksjon-kvalitet")
    html = bundle_of(w)["text/html"]
    fallback = html[html.index('<div class="mvh-fallback">') :]
    listed = re.findall(r"<li>(.*?)</li>", fallback, re.S)
    assert listed == [escape(p["text"]) for p in w.definition["prompts"]]


def test_script_end_tag_in_a_definition_cannot_break_out(kv):
    definition = json.loads(json.dumps(kv.definition))
    definition["title"] = PAYLOAD
    definition["parts"][0]["themes"][0]["items"][0]["text"] = "Tekst <!-- med --> & " + PAYLOAD
    validate(definition, "payload.yaml")
    w = Instrument(definition=definition)
    html = bundle_of(w)["text/html"]

    # Exactly one script element: the definition. The payload opened none.
    assert html.count("<script") == 1
    assert html.count("</script>") == 1
    assert "<script>alert(1)" not in html
    inline = definition_json(html)
    assert "</script" not in inline.lower() and "<!--" not in inline
    assert json.loads(inline) == definition  # the browser still gets the exact title
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as text in the fallback


def test_esm_is_the_committed_jupyter_bundle():
    """anywidget gets the ES module built from js/widget.js (its freshness: tests/test_bundle_fresh.py)."""
    assert WIDGET_JS.is_file()
    assert str(Instrument._esm) == WIDGET_JS.read_text(encoding="utf-8")
    source = WIDGET_JS.read_text(encoding="utf-8")
    # An ES module with a default export (anywidget calls its render) ...
    assert re.search(r"^export \{[^}]*\bas default\b", source, re.M)
    # ... without the book-only views and host: Jupyter has no stored answers of other instruments.
    assert "Slett alle svarene mine" not in source and "Teamoversikt" not in source
    assert "localStorage" not in source


def test_instrument_needs_an_id_or_definition():
    with pytest.raises(TypeError, match="give an instrument id or a definition"):
        Instrument()


# ------------------------------------------------------------- response ids


def test_save_writes_a_response_id(tmp_path):
    path = Instrument("teamkultur", answers={"ratings": {"tk1": 4}}).save(tmp_path / "teamkultur.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data["response"], str) and re.fullmatch(r"[0-9a-f]{16,}", data["response"])


def test_load_keeps_the_response_id(tmp_path):
    w = Instrument("teamkultur", answers={"ratings": {"tk1": 4}})
    path = w.save(tmp_path / "teamkultur.json")
    written = json.loads(path.read_text(encoding="utf-8"))["response"]
    again = Instrument.load(path)
    assert again.response_id == written == w.response_id
    # Saved again after loading, it is still the same response.
    second = again.save(tmp_path / "igjen.json")
    assert json.loads(second.read_text(encoding="utf-8"))["response"] == written


def test_two_saves_of_one_instrument_keep_the_same_response_id(tmp_path):
    w = Instrument("teamkultur")
    w.answers = {"ratings": {"tk1": 2}}
    first = json.loads(w.save(tmp_path / "a.json").read_text(encoding="utf-8"))["response"]
    w.answers = {"ratings": {"tk1": 2, "tk2": 5}}
    second = json.loads(w.save(tmp_path / "b.json").read_text(encoding="utf-8"))["response"]
    assert first == second
    # Another person's instrument is another response.
    other = json.loads(Instrument("teamkultur").save(tmp_path / "c.json").read_text(encoding="utf-8"))["response"]
    assert other != first


def test_files_saved_in_python_merge_in_the_team_numbers(tmp_path):
    answers = [{"ratings": {"tk1": v, "tk2": 6 - v}} for v in (1, 3, 5)]
    paths = [Instrument("teamkultur", answers=a).save(tmp_path / f"p{i}.json") for i, a in enumerate(answers)]
    result = widgets.aggregate([*paths, paths[0]])
    assert (result["n"], result["duplicates"], result["shown"]) == (3, 1, True)
    assert result["items"]["tk1"]["mean"] == 3.0


def test_saves_after_a_reset_in_the_ui_keep_one_new_response_id(tmp_path):
    # "Nullstill" in the UI empties the answers and the response id (widget.js sets response_id "").
    w = Instrument("teamkultur", answers={"ratings": {"tk1": 2}})
    before = json.loads(w.save(tmp_path / "a.json").read_text(encoding="utf-8"))["response"]
    w.set_state({"answers": {}, "response_id": ""})
    w.answers = {"ratings": {"tk1": 4}}
    first = json.loads(w.save(tmp_path / "b.json").read_text(encoding="utf-8"))["response"]
    second = w.to_export()["response"]
    assert first == second == w.response_id, "each save after a reset minted another response id"
    assert first != before  # after a reset it is a new set of answers
    # The id is kept on the widget, so it reaches the UI through the synced trait.
    assert w.get_state()["response_id"] == first
    # Two saves of the same person count once in the team numbers.
    paths = [w.save(tmp_path / f"p{i}.json") for i in range(2)]
    others = [Instrument("teamkultur", answers={"ratings": {"tk1": v}}).save(tmp_path / f"o{v}.json") for v in (1, 5)]
    assert widgets.aggregate([*paths, *others])["n"] == 3


def test_the_team_view_marker_leaves_the_default_list_to_the_build():
    """Cell outputs are cached by their code: a default list written into the marker would outlive a
    change to TEAM_INSTRUMENTS (it did: the course evaluation was missing from a cached team page)."""
    from widgets import static_html, team_view

    assert "data-mvh-instruments" not in team_view()._repr_html_()
    assert 'data-mvh-instruments="teamkultur"' in team_view(["teamkultur"])._repr_html_()
    assert "kursevaluering" in static_html.TEAM_INSTRUMENTS
