"""The kind registry is the one place Python learns about a kind."""

from __future__ import annotations

import json

import pytest

from widgets.definitions import SCHEMA_DIR, load_all
from widgets.kinds import KINDS, TEAM_KINDS, kind_of


def test_every_kind_in_the_base_schema_has_a_row_and_a_schema():
    enum = json.loads((SCHEMA_DIR / "base.schema.json").read_text(encoding="utf-8"))["properties"]["kind"]["enum"]
    assert sorted(enum) == sorted(KINDS)
    assert sorted(
        p.name.split(".")[0] for p in SCHEMA_DIR.glob("*.schema.json") if p.name != "base.schema.json"
    ) == sorted(KINDS)


def test_the_team_kinds_are_the_ones_with_a_team_view():
    assert TEAM_KINDS == ("evaluation", "likert", "rating")


def test_an_unknown_kind_is_refused_by_name():
    with pytest.raises(ValueError, match="unknown kind of instrument 'poll'"):
        kind_of({"kind": "poll"})


def test_every_instrument_has_a_fallback_and_a_paper_form():
    for d in load_all().values():
        kind = kind_of(d)
        assert kind.fallback(d) and kind.paper(d), d["id"]
