"""Every route to a scenario ending has been reviewed against that ending's feedback.

An ending's text is read at the end of every route into it, so it must be true
on each of them. Each ending lists the routes it was reviewed for in
``reviewed_routes``; a new choice that opens a new route, or a removed one that
leaves a stale entry, fails here until someone has read the ending again for
that route (``python -m widgets.routes <id>`` prints them).
"""

from __future__ import annotations

import copy

import pytest

from widgets import routes as r
from widgets.definitions import InstrumentError, instrument_ids, load, validate

SCENARIOS = [i for i in instrument_ids() if i.startswith("scenario-")]


def node(d: dict, node_id: str) -> dict:
    return next(n for n in d["nodes"] if n["id"] == node_id)


def test_every_scenario_is_found():
    assert len(SCENARIOS) >= 5
    assert all(load(i)["kind"] == "scenario" for i in SCENARIOS)


@pytest.mark.parametrize("scenario_id", SCENARIOS)
def test_every_route_to_every_ending_is_reviewed(scenario_id):
    problems = r.route_problems(load(scenario_id))
    assert not problems, "\n".join(
        problems
        + [
            f"Read each ending again for the route named (python -m widgets.routes {scenario_id}), "
            "make its text true there too, then list the route under the ending's reviewed_routes."
        ]
    )


@pytest.mark.parametrize("scenario_id", SCENARIOS)
def test_scenario_is_big_enough(scenario_id):
    d = load(scenario_id)
    endings = [n["ending"] for n in d["nodes"] if "ending" in n]
    assert len(d["nodes"]) >= 11 and len(endings) >= 5
    assert set(endings) == {"god", "blandet", "svak"}


def test_check_catches_a_planted_unreviewed_route():
    """A new choice that opens a route into an existing ending is reported, and only that route."""
    d = copy.deepcopy(load("scenario-tallpress"))
    assert r.route_problems(d) == []
    # Lina's n2 gets a third choice straight to the good ending: a route nobody has read that ending for.
    node(d, "n2")["choices"].append({"text": "Du sier at tallene ikke betyr noe.", "next": "slutt-god"})
    assert r.route_problems(d) == ["scenario-tallpress: ending 'slutt-god': route not reviewed: \"n1 > n2\""]
    # The build's validation (widgets/definitions.py) stops on the same route.
    with pytest.raises(InstrumentError) as err:
        validate(d, "scenario-tallpress.yaml")
    assert str(err.value) == (
        "scenario-tallpress.yaml: item 'slutt-god', field 'reviewed_routes': route not reviewed: \"n1 > n2\"; "
        "read the ending for that route (python -m widgets.routes scenario-tallpress) and update the list"
    )


def test_a_scenario_without_any_list_passes_validation_but_not_this_file():
    d = copy.deepcopy(load("scenario-tallpress"))
    for n in d["nodes"]:
        n.pop("reviewed_routes", None)
    validate(d, "scenario-tallpress.yaml")  # drafts build; test_every_route_to_every_ending_is_reviewed stops them
    assert len(r.route_problems(d)) == 16


def test_check_catches_a_stale_reviewed_route():
    d = copy.deepcopy(load("scenario-tallpress"))
    node(d, "n2")["choices"][1]["next"] = "n5"  # «Du støtter Lina» no longer ends at slutt-press
    assert r.route_problems(d) == [
        "scenario-tallpress: node 'n2': two choices lead to 'n5', so a route cannot tell them apart "
        "(and the widget's history shows the first one)",
        "scenario-tallpress: ending 'slutt-press': reviewed route is no longer a route: \"n1 > n2\"",
    ]


def test_reviewed_routes_only_on_endings():
    d = copy.deepcopy(load("scenario-tallpress"))
    node(d, "n6")["reviewed_routes"] = ["n1"]
    assert r.route_problems(d) == ["scenario-tallpress: node 'n6': has reviewed_routes but is not an ending"]


def test_reviewed_route_must_look_like_a_route():
    d = copy.deepcopy(load("scenario-tallpress"))
    node(d, "slutt-splitt")["reviewed_routes"] = ["n1 -> n4"]
    with pytest.raises(InstrumentError, match="reviewed_routes"):
        validate(d, "scenario-tallpress.yaml")


LOOPED = {
    "id": "eksempel-scenario",
    "version": 1,
    "kind": "scenario",
    "title": "Eksempel",
    "start": "n1",
    "nodes": [
        {
            "id": "n1",
            "text": "Start",
            "choices": [{"text": "Videre", "next": "n2"}, {"text": "Slutt", "next": "slutt-a"}],
        },
        {
            "id": "n2",
            "text": "Midt",
            "choices": [{"text": "Tilbake", "next": "n1"}, {"text": "Slutt", "next": "slutt-b"}],
        },
        {"id": "slutt-a", "ending": "god", "text": "A"},
        {"id": "slutt-b", "ending": "svak", "text": "B"},
    ],
}


def test_loops_give_simple_routes_and_are_reported():
    d = validate(copy.deepcopy(LOOPED))
    assert r.routes(d) == {"slutt-a": [("n1",)], "slutt-b": [("n1", "n2")]}
    assert r.has_loops(d) and not r.has_loops(load("scenario-tallpress"))
    assert "This scenario has loops" in r.report(d)


def test_cli(capsys):
    assert r.main(["scenario-tallpress"]) == 0
    out = capsys.readouterr().out
    assert "== slutt-god (god)" in out and "n1 > n3 > n5 > slutt-god" in out and "All routes are reviewed." in out
    assert r.main(["teamkultur"]) == 2
    assert "'teamkultur' is a likert instrument, not a scenario" in capsys.readouterr().err
    assert r.main(["finnes-ikke"]) == 2
    assert "unknown instrument 'finnes-ikke'" in capsys.readouterr().err


def test_cli_shows_the_unreviewed_route_the_build_stops_on(tmp_path, monkeypatch, capsys):
    import shutil

    import yaml

    from widgets import definitions

    shutil.copy(definitions.INSTRUMENT_DIR / "scenario-tallpress.yaml", tmp_path)
    path = tmp_path / "scenario-tallpress.yaml"
    d = yaml.safe_load(path.read_text(encoding="utf-8"))
    node(d, "n2")["choices"].append({"text": "Du sier at tallene ikke betyr noe.", "next": "slutt-god"})
    path.write_text(yaml.safe_dump(d, allow_unicode=True, sort_keys=False), encoding="utf-8")
    monkeypatch.setattr(definitions, "INSTRUMENT_DIR", tmp_path)
    with pytest.raises(InstrumentError, match="route not reviewed"):
        load("scenario-tallpress")
    assert r.main(["scenario-tallpress"]) == 1
    out = capsys.readouterr().out
    assert "n1 > n2 > slutt-god   [NOT REVIEWED]" in out
    assert out.count("[NOT REVIEWED]") == 1
