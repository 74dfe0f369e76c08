"""Instrument data: the bundled files validate, and broken data stops the build
with a message naming the file, the item and the field."""
from __future__ import annotations

import copy
import re

import pytest
import yaml
from sphinx.errors import ExtensionError

import widgets.definitions as definitions
from widgets.definitions import InstrumentError, instrument_ids, load, load_file, validate
from widgets.sphinx_ext import _validate_instruments

THEME_SIZES = [4, 5, 5, 4, 5, 6, 4, 4, 4, 3, 4, 5, 5]
EXPECTED_ITEM_IDS = [f"{t}.{i}" for t, n in enumerate(THEME_SIZES, start=1) for i in range(1, n + 1)]

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
    rejected(d, KV, f"{KV}: item 'kvalitetsveileder', field 'kind': 'survey' is not one of "
             "['rating', 'reflection', 'likert', 'quiz', 'scenario', 'template']")


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
    rejected(d, KV, f"{KV}: item 'kvalitetsveileder', field 'colour': Additional properties are not allowed ('colour' was unexpected)")


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
    rejected(d, RK, f"{RK}: item 'refleksjon-kvalitet', field 'scale': Additional properties are not allowed ('scale' was unexpected)")


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
    with pytest.raises(InstrumentError, match=re.escape(
            "egenvurdering.yaml: top level, field 'id': 'kvalitetsveileder' must match the file name")):
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
    with pytest.raises(InstrumentError, match="^" + re.escape(
            "kvalitetsveileder.yaml: item '7.4', field 'tekst': "
            "Additional properties are not allowed ('tekst' was unexpected)") + "$"):
        load_file(path)


def test_unknown_instrument_id_lists_the_known_ones():
    with pytest.raises(InstrumentError, match=re.escape(
            f"unknown instrument 'kvalitet' (known: {', '.join(instrument_ids())})")) as info:
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
