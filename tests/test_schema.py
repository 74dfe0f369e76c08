"""Instrument data: the bundled files validate, and broken data stops the build
with a message naming the file, the item and the field."""

from __future__ import annotations

import copy
import re

import pytest
import yaml
from sphinx.errors import ExtensionError

import widgets.definitions as definitions
from tests.helpers import ITEM_IDS as EXPECTED_ITEM_IDS
from tests.helpers import THEME_SIZES
from widgets.definitions import InstrumentError, instrument_ids, load, load_file, validate
from widgets.sphinx_ext import _validate_instruments


KV = "kvalitetsveileder.yaml"
RK = "refleksjon-kvalitet.yaml"


@pytest.fixture(scope="module")
def kv() -> dict:
    return load("kvalitetsveileder")


@pytest.fixture(scope="module")
def rk() -> dict:
    return load("refleksjon-kvalitet")


def theme(d: dict, number: int) -> dict:
    return next(t for p in d["parts"] for t in p["themes"] if t["id"] == str(number))


def item(d: dict, item_id: str) -> dict:
    return next(i for p in d["parts"] for t in p["themes"] for i in t["items"] if i["id"] == item_id)


def rejected(data: dict, filename: str, message: str) -> None:
    """validate(data) must fail with exactly this message."""
    with pytest.raises(InstrumentError, match=f"^{re.escape(message)}$"):
        validate(data, filename)


# --------------------------------------------------------------- bundled data


def test_bundled_instruments_are_found_by_file_name():
    ids = instrument_ids()
    assert {"kvalitetsveileder", "refleksjon-kvalitet"} <= set(ids)
    assert ids == sorted(p.stem for p in definitions.INSTRUMENT_DIR.glob("*.yaml"))


@pytest.mark.parametrize("instrument_id", instrument_ids())
def test_bundled_instrument_validates(instrument_id):
    data = load(instrument_id)
    assert data["id"] == instrument_id
    assert validate(copy.deepcopy(data), f"{instrument_id}.yaml") == data


def test_kvalitetsveileder_has_13_themes_and_58_items_in_order(kv):
    themes = [t for p in kv["parts"] for t in p["themes"]]
    assert [t["id"] for t in themes] == [str(n) for n in range(1, 14)]
    assert [len(t["items"]) for t in themes] == THEME_SIZES
    item_ids = [i["id"] for t in themes for i in t["items"]]
    assert len(item_ids) == 58
    assert item_ids == EXPECTED_ITEM_IDS


def test_kvalitetsveileder_parts_split_themes_1_to_7_and_8_to_13(kv):
    assert [p["id"] for p in kv["parts"]] == ["del-1", "del-2"]
    part1, part2 = kv["parts"]
    assert [t["id"] for t in part1["themes"]] == [str(n) for n in range(1, 8)]
    assert [t["id"] for t in part2["themes"]] == [str(n) for n in range(8, 14)]
    assert sum(len(t["items"]) for t in part1["themes"]) == 33
    assert sum(len(t["items"]) for t in part2["themes"]) == 25


def test_kvalitetsveileder_scale_and_plan(kv):
    assert [s["id"] for s in kv["scale"]] == ["gronn", "gul", "rod", "vet-ikke"]
    assert kv["plan"]["max_themes"] == 3


def test_refleksjon_has_prompts(rk):
    assert rk["kind"] == "reflection"
    assert len(rk["prompts"]) >= 1
    assert all(p["text"].strip() for p in rk["prompts"])


# ------------------------------------------------- invalid data: exact messages


def test_item_missing_text_names_the_item_and_field(kv):
    d = copy.deepcopy(kv)
    del item(d, "3.2")["text"]
    rejected(d, KV, f"{KV}: item '3.2', field 'text': 'text' is a required property")


def test_theme_missing_items_names_the_theme(kv):
    d = copy.deepcopy(kv)
    del theme(d, 9)["items"]
    rejected(d, KV, f"{KV}: item '9', field 'items': 'items' is a required property")


def test_prompt_missing_text_names_the_prompt(rk):
    d = copy.deepcopy(rk)
    del d["prompts"][1]["text"]
    rejected(d, RK, f"{RK}: item 'r2', field 'text': 'text' is a required property")


def test_item_with_empty_text(kv):
    d = copy.deepcopy(kv)
    item(d, "3.2")["text"] = ""
    rejected(d, KV, f"{KV}: item '3.2', field 'text': '' should be non-empty")


def test_item_text_of_wrong_type(kv):
    d = copy.deepcopy(kv)
    item(d, "12.1")["text"] = 5
    rejected(d, KV, f"{KV}: item '12.1', field 'text': 5 is not of type 'string'")


def test_version_of_wrong_type(kv):
    d = copy.deepcopy(kv)
    d["version"] = "1"
    rejected(d, KV, f"{KV}: item 'kvalitetsveileder', field 'version': '1' is not of type 'integer'")


def test_missing_version(kv):
    d = copy.deepcopy(kv)
    del d["version"]
    with pytest.raises(InstrumentError, match=re.escape("field 'version': 'version' is a required property")) as info:
        validate(d, KV)
    assert str(info.value).startswith(f"{KV}: ")


def test_unknown_kind(kv):
    d = copy.deepcopy(kv)
    d["kind"] = "survey"
    rejected(
        d,
        KV,
        f"{KV}: item 'kvalitetsveileder', field 'kind': 'survey' is not one of "
        "['rating', 'reflection', 'likert', 'quiz', 'scenario', 'template', 'evaluation']",
    )


def test_item_id_not_starting_with_its_theme_number(kv):
    d = copy.deepcopy(kv)
    item(d, "3.2")["id"] = "4.9"
    rejected(d, KV, f"{KV}: item '4.9', field 'id': must start with its theme number '3.'")


def test_duplicate_item_ids(kv):
    d = copy.deepcopy(kv)
    item(d, "3.3")["id"] = "3.2"
    rejected(d, KV, f"{KV}: item '3.2', field 'id': item id is used twice")


def test_duplicate_theme_ids(kv):
    d = copy.deepcopy(kv)
    theme(d, 13)["id"] = "12"
    rejected(d, KV, f"{KV}: item '12', field 'id': theme id is used twice")


def test_duplicate_scale_values(kv):
    d = copy.deepcopy(kv)
    d["scale"].append(dict(d["scale"][0]))
    rejected(d, KV, f"{KV}: item 'gronn', field 'id': scale value is used twice")


def test_unknown_field_on_an_item_is_named(kv):
    d = copy.deepcopy(kv)
    item(d, "5.1")["color"] = "red"
    rejected(d, KV, f"{KV}: item '5.1', field 'color': Additional properties are not allowed ('color' was unexpected)")


def test_unknown_top_level_field_is_named(kv):
    d = copy.deepcopy(kv)
    d["colour"] = "red"
    rejected(
        d,
        KV,
        f"{KV}: item 'kvalitetsveileder', field 'colour': Additional properties are not allowed ('colour' was unexpected)",
    )


def test_scale_value_with_bad_id_pattern(kv):
    d = copy.deepcopy(kv)
    d["scale"][0]["id"] = "Grønn"
    rejected(d, KV, f"{KV}: item 'Grønn', field 'id': 'Grønn' does not match '^[a-z0-9]+(-[a-z0-9]+)*$'")


def test_theme_id_that_is_not_a_number(kv):
    d = copy.deepcopy(kv)
    theme(d, 9)["id"] = "9a"
    rejected(d, KV, f"{KV}: item '9a', field 'id': '9a' does not match '^[0-9]+$'")


def test_scale_with_one_value(kv):
    d = copy.deepcopy(kv)
    d["scale"] = d["scale"][:1]
    with pytest.raises(InstrumentError, match=re.escape(f"{KV}: item 'kvalitetsveileder', field 'scale': ")) as info:
        validate(d, KV)
    assert str(info.value).endswith(" is too short")


def test_plan_allowing_more_than_13_themes(kv):
    d = copy.deepcopy(kv)
    d["plan"]["max_themes"] = 20
    rejected(d, KV, f"{KV}: item 'kvalitetsveileder', field 'max_themes': 20 is greater than the maximum of 13")


def test_empty_prompts_list_in_a_reflection(rk):
    d = copy.deepcopy(rk)
    d["prompts"] = []
    rejected(d, RK, f"{RK}: item 'refleksjon-kvalitet', field 'prompts': [] should be non-empty")


def test_duplicate_prompt_ids(rk):
    d = copy.deepcopy(rk)
    d["prompts"][1]["id"] = "r1"
    rejected(d, RK, f"{RK}: item 'r1', field 'id': prompt id is used twice")


def test_reflection_with_rating_fields(rk, kv):
    d = copy.deepcopy(rk)
    d["scale"] = copy.deepcopy(kv["scale"])
    rejected(
        d,
        RK,
        f"{RK}: item 'refleksjon-kvalitet', field 'scale': Additional properties are not allowed ('scale' was unexpected)",
    )


def test_top_level_not_a_mapping():
    rejected(["id", "kvalitetsveileder"], KV, f"{KV}: top level: expected a mapping, got list")


# ------------------------------------------------------------- files on disk


def test_invalid_yaml_file(tmp_path):
    path = tmp_path / "kvalitetsveileder.yaml"
    path.write_text("id: kvalitetsveileder\nkind: rating\ntitle: [unclosed\n", encoding="utf-8")
    with pytest.raises(InstrumentError, match=r"^kvalitetsveileder\.yaml: not valid YAML: ") as info:
        load_file(path)
    assert "line 3" in str(info.value)


def test_id_must_match_the_file_name(tmp_path, kv):
    path = tmp_path / "egenvurdering.yaml"
    path.write_text(yaml.safe_dump(kv, allow_unicode=True), encoding="utf-8")
    with pytest.raises(
        InstrumentError,
        match=re.escape("egenvurdering.yaml: top level, field 'id': 'kvalitetsveileder' must match the file name"),
    ):
        load_file(path)


def test_valid_copy_on_disk_loads(tmp_path, kv):
    path = tmp_path / "kvalitetsveileder.yaml"
    path.write_text(yaml.safe_dump(kv, allow_unicode=True), encoding="utf-8")
    assert load_file(path) == kv


def test_schema_error_from_a_file_names_that_file(tmp_path, kv):
    d = copy.deepcopy(kv)
    item(d, "7.4")["tekst"] = "Et felt med norsk navn"
    path = tmp_path / "kvalitetsveileder.yaml"
    path.write_text(yaml.safe_dump(d, allow_unicode=True), encoding="utf-8")
    with pytest.raises(
        InstrumentError,
        match="^"
        + re.escape(
            "kvalitetsveileder.yaml: item '7.4', field 'tekst': "
            "Additional properties are not allowed ('tekst' was unexpected)"
        )
        + "$",
    ):
        load_file(path)


def test_unknown_instrument_id_lists_the_known_ones():
    with pytest.raises(
        InstrumentError, match=re.escape(f"unknown instrument 'kvalitet' (known: {', '.join(instrument_ids())})")
    ) as info:
        load("kvalitet")
    assert "kvalitetsveileder" in str(info.value)


# ---------------------------------------------------------- the Sphinx build


def test_sphinx_build_fails_on_bad_instrument_data(tmp_path, monkeypatch, kv, rk):
    broken = copy.deepcopy(kv)
    item(broken, "12.1")["text"] = 5
    (tmp_path / "kvalitetsveileder.yaml").write_text(yaml.safe_dump(broken, allow_unicode=True), encoding="utf-8")
    (tmp_path / "refleksjon-kvalitet.yaml").write_text(yaml.safe_dump(rk, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(definitions, "INSTRUMENT_DIR", tmp_path)
    with pytest.raises(ExtensionError) as info:
        _validate_instruments(None, None)
    message = str(info.value)
    assert "kvalitetsveileder.yaml" in message
    assert "item '12.1'" in message
    assert "field 'text'" in message


def test_sphinx_build_fails_on_unparsable_yaml(tmp_path, monkeypatch):
    (tmp_path / "refleksjon-kvalitet.yaml").write_text("prompts: [\n", encoding="utf-8")
    monkeypatch.setattr(definitions, "INSTRUMENT_DIR", tmp_path)
    with pytest.raises(ExtensionError, match=re.escape("refleksjon-kvalitet.yaml: not valid YAML")):
        _validate_instruments(None, None)


def test_sphinx_validation_passes_on_the_bundled_data():
    _validate_instruments(None, None)  # raises ExtensionError if any bundled file is bad


# ------------------------------------------------- the new kinds: likert, quiz, scenario, template
#
# Small valid instruments built here; each test mutates a deep copy, so one
# fault at a time, and the message must name the file, the item and the field.

NEW_KINDS = ("likert", "quiz", "scenario", "template")
ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$"

LI = "eksempel.yaml"
QZ = "eksempel-quiz.yaml"
SC = "eksempel-scenario.yaml"
TP = "eksempel-mal.yaml"

_BANDS = [
    {"max": 2.5, "label": "Et område å utvikle", "text": "Lav."},
    {"max": 3.75, "label": "På god vei", "text": "Middels."},
    {"max": 5, "label": "En styrke", "text": "Høy."},
]
LIKERT = {
    "id": "eksempel",
    "version": 1,
    "kind": "likert",
    "title": "Eksempel",
    "scale": {"min": 1, "max": 5, "labels": ["Helt uenig", "Litt uenig", "Verken eller", "Litt enig", "Helt enig"]},
    "dimensions": [
        {
            "id": "sparring",
            "title": "Sparring",
            "chapter": "veiledning",
            "bands": copy.deepcopy(_BANDS),
            "items": [
                {"id": "sp1", "text": "Påstand 1"},
                {"id": "sp2", "text": "Påstand 2", "reverse": True},
            ],
        },
        {
            "id": "trygghet",
            "title": "Trygghet",
            "bands": copy.deepcopy(_BANDS),
            "items": [
                {"id": "tr1", "text": "Påstand 3"},
            ],
        },
    ],
}
QUIZ = {
    "id": "eksempel-quiz",
    "version": 1,
    "kind": "quiz",
    "title": "Eksempel",
    "questions": [
        {
            "id": "q1",
            "type": "single",
            "text": "Spørsmål",
            "explanation": "Forklaring.",
            "options": [
                {"id": "a", "text": "A", "correct": True, "feedback": "Riktig."},
                {"id": "b", "text": "B", "feedback": "Nei."},
            ],
        },
        {
            "id": "sett-1",
            "type": "classify",
            "text": "Sortér",
            "categories": [
                {"id": "onske", "label": "Ønske"},
                {"id": "evne", "label": "Evne"},
            ],
            "statements": [
                {"id": "s1", "text": "«Jeg vil.»", "category": "onske", "explanation": "Et ønske."},
                {"id": "s2", "text": "«Jeg kan.»", "category": "evne", "explanation": "En evne."},
            ],
        },
    ],
}
SCENARIO = {
    "id": "eksempel-scenario",
    "version": 1,
    "kind": "scenario",
    "title": "Eksempel",
    "start": "n1",
    "nodes": [
        {
            "id": "n1",
            "title": "Start",
            "text": "Situasjonen.",
            "choices": [{"text": "Snakk med teamet", "next": "n2"}, {"text": "Ta det selv", "next": "n3"}],
        },
        {
            "id": "n2",
            "text": "Teamet.",
            "choices": [{"text": "Lytt", "next": "slutt-god"}, {"text": "Avbryt", "next": "n3"}],
        },
        {
            "id": "n3",
            "text": "Alene.",
            "choices": [{"text": "Gi deg", "next": "slutt-svak"}, {"text": "Tilbake", "next": "n1"}],
        },
        {"id": "slutt-god", "ending": "god", "text": "Godt.", "chapter": "veiledning"},
        {"id": "slutt-svak", "ending": "svak", "text": "Svakt."},
    ],
}
TEMPLATE = {
    "id": "eksempel-mal",
    "version": 1,
    "kind": "template",
    "title": "Eksempel",
    "sections": [
        {
            "id": "forberedelse",
            "title": "Forberedelse",
            "fields": [
                {"id": "dato", "type": "date", "label": "Dato"},
                {"id": "navn", "type": "text", "label": "Navn"},
                {"id": "mal", "type": "longtext", "label": "Mål", "help": "Skriv fritt."},
                {"id": "fase", "type": "choice", "label": "Fase", "options": ["Oppstart", "Avslutning"]},
            ],
        },
        {
            "id": "ansvar-del",
            "title": "Ansvar",
            "fields": [
                {"id": "sjekk", "type": "checklist", "label": "Sjekk", "options": ["Agenda", "Referat"]},
                {
                    "id": "ansvar",
                    "type": "matrix",
                    "label": "Hvem eier hva?",
                    "rows": ["Oppgave 1", "Oppgave 2"],
                    "options": ["Personalleder", "Metodeveileder"],
                },
            ],
        },
    ],
}


@pytest.fixture
def likert() -> dict:
    return copy.deepcopy(LIKERT)


@pytest.fixture
def quiz() -> dict:
    return copy.deepcopy(QUIZ)


@pytest.fixture
def scenario() -> dict:
    return copy.deepcopy(SCENARIO)


@pytest.fixture
def template() -> dict:
    return copy.deepcopy(TEMPLATE)


def node(d: dict, node_id: str) -> dict:
    return next(n for n in d["nodes"] if n["id"] == node_id)


def field(d: dict, field_id: str) -> dict:
    return next(f for s in d["sections"] for f in s["fields"] if f["id"] == field_id)


@pytest.mark.parametrize("data", [LIKERT, QUIZ, SCENARIO, TEMPLATE], ids=lambda d: d["kind"])
def test_new_kind_fixture_is_valid(data):
    # The invalid cases below change one thing in these; they must start out valid.
    d = copy.deepcopy(data)
    assert validate(d, f"{d['id']}.yaml") == data


@pytest.mark.parametrize("kind", NEW_KINDS)
def test_bundled_instruments_of_new_kind_validate(kind):
    # Writers add these over time, so look at whatever is bundled now.
    for instrument_id in instrument_ids():
        data = load(instrument_id)  # raises InstrumentError naming the file if it is broken
        if data["kind"] != kind:
            continue
        assert validate(copy.deepcopy(data), f"{instrument_id}.yaml") == data
        assert data["id"] == instrument_id


# likert


def test_likert_labels_not_one_per_point(likert):
    likert["scale"]["labels"].pop()
    rejected(likert, LI, f"{LI}: item 'eksempel', field 'scale': needs one label per point (5)")


def test_likert_seven_point_scale_with_five_labels(likert):
    likert["scale"]["max"] = 7
    likert["dimensions"][0]["bands"][-1]["max"] = 7
    likert["dimensions"][1]["bands"][-1]["max"] = 7
    rejected(likert, LI, f"{LI}: item 'eksempel', field 'scale': needs one label per point (7)")


def test_likert_max_not_above_min(likert):
    likert["scale"]["min"] = 5
    rejected(likert, LI, f"{LI}: item 'eksempel', field 'scale': max must be greater than min")


def test_likert_bands_not_rising(likert):
    bands = likert["dimensions"][1]["bands"]
    bands[0], bands[1] = bands[1], bands[0]
    rejected(likert, LI, f"{LI}: item 'trygghet', field 'bands': band limits must rise from band to band")


def test_likert_two_bands_with_the_same_limit(likert):
    likert["dimensions"][0]["bands"][1]["max"] = 2.5
    rejected(likert, LI, f"{LI}: item 'sparring', field 'bands': band limits must rise from band to band")


def test_likert_last_band_below_the_top_of_the_scale(likert):
    likert["dimensions"][0]["bands"][-1]["max"] = 4.5
    rejected(likert, LI, f"{LI}: item 'sparring', field 'bands': the last band must reach the top of the scale (5)")


def test_likert_item_id_used_in_two_dimensions(likert):
    likert["dimensions"][1]["items"][0]["id"] = "sp2"
    rejected(likert, LI, f"{LI}: item 'sp2', field 'id': item id is used twice")


def test_likert_duplicate_dimension_ids(likert):
    likert["dimensions"][1]["id"] = "sparring"
    rejected(likert, LI, f"{LI}: item 'sparring', field 'id': dimension id is used twice")


def test_likert_item_missing_text(likert):
    del likert["dimensions"][0]["items"][1]["text"]
    rejected(likert, LI, f"{LI}: item 'sp2', field 'text': 'text' is a required property")


def test_likert_reverse_not_a_boolean(likert):
    likert["dimensions"][0]["items"][1]["reverse"] = "ja"
    rejected(likert, LI, f"{LI}: item 'sp2', field 'reverse': 'ja' is not of type 'boolean'")


def test_likert_dimension_missing_bands(likert):
    del likert["dimensions"][1]["bands"]
    rejected(likert, LI, f"{LI}: item 'trygghet', field 'bands': 'bands' is a required property")


def test_likert_empty_label(likert):
    likert["scale"]["labels"][2] = ""
    rejected(likert, LI, f"{LI}: item 'eksempel', field 'labels': '' should be non-empty")


def test_likert_item_id_with_capitals(likert):
    likert["dimensions"][0]["items"][0]["id"] = "Sp1"
    rejected(likert, LI, f"{LI}: item 'Sp1', field 'id': 'Sp1' does not match '{ID_PATTERN}'")


# quiz


def test_quiz_two_correct_options(quiz):
    quiz["questions"][0]["options"][1]["correct"] = True
    rejected(quiz, QZ, f"{QZ}: item 'q1', field 'options': exactly one option must be marked correct")


def test_quiz_no_correct_option(quiz):
    quiz["questions"][0]["options"][0]["correct"] = False
    rejected(quiz, QZ, f"{QZ}: item 'q1', field 'options': exactly one option must be marked correct")


def test_quiz_statement_with_unknown_category(quiz):
    quiz["questions"][1]["statements"][1]["category"] = "annet"
    rejected(quiz, QZ, f"{QZ}: item 's2', field 'category': 'annet' is not one of the categories")


def test_quiz_duplicate_question_ids(quiz):
    quiz["questions"][1]["id"] = "q1"
    rejected(quiz, QZ, f"{QZ}: item 'q1', field 'id': question id is used twice")


def test_quiz_duplicate_option_ids(quiz):
    quiz["questions"][0]["options"][1]["id"] = "a"
    rejected(quiz, QZ, f"{QZ}: item 'a', field 'id': option id is used twice")


def test_quiz_duplicate_statement_ids(quiz):
    quiz["questions"][1]["statements"][1]["id"] = "s1"
    rejected(quiz, QZ, f"{QZ}: item 's1', field 'id': statement id is used twice")


def test_quiz_duplicate_category_ids(quiz):
    quiz["questions"][1]["categories"][1]["id"] = "onske"
    rejected(quiz, QZ, f"{QZ}: item 'onske', field 'id': category id is used twice")


def test_quiz_statement_missing_explanation(quiz):
    del quiz["questions"][1]["statements"][0]["explanation"]
    rejected(quiz, QZ, f"{QZ}: item 's1', field 'explanation': 'explanation' is a required property")


def test_quiz_option_missing_text(quiz):
    del quiz["questions"][0]["options"][1]["text"]
    rejected(quiz, QZ, f"{QZ}: item 'b', field 'text': 'text' is a required property")


def test_quiz_question_missing_text(quiz):
    del quiz["questions"][0]["text"]
    rejected(quiz, QZ, f"{QZ}: item 'q1', field 'text': 'text' is a required property")


def test_quiz_question_missing_type(quiz):
    del quiz["questions"][1]["type"]
    rejected(quiz, QZ, f"{QZ}: item 'sett-1', field 'type': 'type' is a required property")


def test_quiz_single_question_with_one_option(quiz):
    options = quiz["questions"][0]["options"]
    del options[1]
    rejected(quiz, QZ, f"{QZ}: item 'q1', field 'options': {options!r} is too short")


# Question types are chosen with if/then in quiz.schema.json, so a fault in one
# question is reported at its own field, not as "not valid under any schema".


def test_quiz_unknown_question_type(quiz):
    quiz["questions"][0]["type"] = "multi"
    rejected(quiz, QZ, f"{QZ}: item 'q1', field 'type': 'multi' is not one of ['single', 'classify']")


def test_quiz_single_question_without_options(quiz):
    del quiz["questions"][0]["options"]
    rejected(quiz, QZ, f"{QZ}: item 'q1', field 'options': 'options' is a required property")


def test_quiz_misspelt_field_on_a_single_question(quiz):
    quiz["questions"][0]["explanaton"] = "Forklaring."
    rejected(
        quiz,
        QZ,
        f"{QZ}: item 'q1', field 'explanaton': Additional properties are not allowed ('explanaton' was unexpected)",
    )


def test_quiz_question_with_empty_text(quiz):
    quiz["questions"][1]["text"] = ""
    rejected(quiz, QZ, f"{QZ}: item 'sett-1', field 'text': '' should be non-empty")


# scenario


def test_scenario_dangling_next(scenario):
    node(scenario, "n2")["choices"][1]["next"] = "n9"
    rejected(scenario, SC, f"{SC}: item 'n2', field 'next': choice leads to 'n9', which is not a node")


def test_scenario_unreachable_node(scenario):
    scenario["nodes"].append({"id": "slutt-blandet", "ending": "blandet", "text": "Ingen vei hit."})
    rejected(scenario, SC, f"{SC}: item 'slutt-blandet', field 'id': no path from the start leads to this node")


def test_scenario_node_with_neither_choices_nor_ending(scenario):
    del node(scenario, "slutt-svak")["ending"]
    rejected(
        scenario,
        SC,
        f"{SC}: item 'slutt-svak', field 'choices': a node needs choices, or an 'ending' to close the story",
    )


def test_scenario_node_with_both_choices_and_ending(scenario):
    node(scenario, "n3")["ending"] = "blandet"
    rejected(scenario, SC, f"{SC}: item 'n3', field 'ending': a node with choices cannot be an ending")


def test_scenario_start_is_not_a_node(scenario):
    scenario["start"] = "n0"
    rejected(scenario, SC, f"{SC}: item 'eksempel-scenario', field 'start': 'n0' is not a node")


def test_scenario_duplicate_node_ids(scenario):
    node(scenario, "slutt-svak")["id"] = "slutt-god"
    rejected(scenario, SC, f"{SC}: item 'slutt-god', field 'id': node id is used twice")


def test_scenario_unknown_ending(scenario):
    node(scenario, "slutt-god")["ending"] = "bra"
    rejected(scenario, SC, f"{SC}: item 'slutt-god', field 'ending': 'bra' is not one of ['god', 'blandet', 'svak']")


def test_scenario_choice_missing_next(scenario):
    del node(scenario, "n1")["choices"][1]["next"]
    rejected(scenario, SC, f"{SC}: item 'n1', field 'next': 'next' is a required property")


def test_scenario_node_with_one_choice(scenario):
    n1 = node(scenario, "n1")
    n1["choices"] = n1["choices"][:1]
    rejected(scenario, SC, f"{SC}: item 'n1', field 'choices': {n1['choices']!r} is too short")


# template


def test_template_duplicate_field_ids_across_sections(template):
    field(template, "sjekk")["id"] = "navn"
    rejected(template, TP, f"{TP}: item 'navn', field 'id': field id is used twice")


def test_template_duplicate_section_ids(template):
    template["sections"][1]["id"] = "forberedelse"
    rejected(template, TP, f"{TP}: item 'forberedelse', field 'id': section id is used twice")


def test_template_choice_without_options(template):
    del field(template, "fase")["options"]
    rejected(template, TP, f"{TP}: item 'fase', field 'options': 'options' is a required property")


def test_template_matrix_without_rows(template):
    del field(template, "ansvar")["rows"]
    rejected(template, TP, f"{TP}: item 'ansvar', field 'rows': 'rows' is a required property")


def test_template_unknown_field_type(template):
    field(template, "navn")["type"] = "number"
    rejected(
        template,
        TP,
        f"{TP}: item 'navn', field 'type': 'number' is not one of "
        "['text', 'longtext', 'date', 'choice', 'checklist', 'matrix']",
    )


def test_template_field_missing_label(template):
    del field(template, "dato")["label"]
    rejected(template, TP, f"{TP}: item 'dato', field 'label': 'label' is a required property")


def test_template_checklist_with_one_option(template):
    field(template, "sjekk")["options"] = ["Agenda"]
    rejected(template, TP, f"{TP}: item 'sjekk', field 'options': ['Agenda'] is too short")


def test_template_section_without_fields(template):
    template["sections"][0]["fields"] = []
    rejected(template, TP, f"{TP}: item 'forberedelse', field 'fields': [] should be non-empty")
