"""Every route through a scenario, grouped by ending, and the check that each was reviewed.

Why this exists: an ending's feedback is written once but read at the end of
every route that leads to it. Feedback such as «you talked to her first» is
true on one route and false on another, and nobody sees it by playing the
dilemma once or twice. So each ending lists, in ``reviewed_routes``, the routes
its writer has read it against. The build (``widgets.definitions``) and
``tests/test_routes.py`` fail when a route is missing from that list (a new
choice made a new route) or when a listed route no longer exists.

    python -m widgets.routes scenario-tallpress

prints each route with the choices taken, shortened, for a content reviewer,
and marks the routes no ending has listed yet. It exits with 1 if there are any.

A route is written as node ids from the start, without the ending itself,
joined by " > ", e.g. ``"n1 > n3 > n5"`` under ``slutt-god``. The schema allows
loops (a choice may lead back to an earlier situation). A walk round a loop
has infinitely many variants, so only *simple* routes (no situation twice) are
listed and checked; the output says when a scenario has loops.
"""

from __future__ import annotations

import sys
from typing import Iterator

import yaml

from widgets import definitions
from widgets.definitions import InstrumentError, load, validate

SEP = " > "
Route = tuple[str, ...]  # node ids from the start up to, not including, the ending


def route_key(route: Route) -> str:
    """The string form used in ``reviewed_routes``."""
    return SEP.join(route)


def _walk(nodes: dict[str, dict], path: list[str]) -> Iterator[list[str]]:
    node = nodes[path[-1]]
    if "ending" in node:
        yield path
        return
    for choice in node["choices"]:
        if choice["next"] not in path:  # a loop: do not go round it
            yield from _walk(nodes, path + [choice["next"]])


def routes(definition: dict) -> dict[str, list[Route]]:
    """Every simple route from the start to each ending, in the order the choices come."""
    nodes = {n["id"]: n for n in definition["nodes"]}
    found: dict[str, list[Route]] = {n["id"]: [] for n in definition["nodes"] if "ending" in n}
    for path in _walk(nodes, [definition["start"]]):
        found[path[-1]].append(tuple(path[:-1]))
    return found


def has_loops(definition: dict) -> bool:
    """True if some choice leads back to a situation already on the way there."""
    nodes = {n["id"]: n for n in definition["nodes"]}

    def back_edge(path: list[str]) -> bool:
        for choice in nodes[path[-1]].get("choices", []):
            if choice["next"] in path or back_edge(path + [choice["next"]]):
                return True
        return False

    return back_edge([definition["start"]])


def route_issues(definition: dict) -> list[tuple[str, str]]:
    """(node id, problem) for each way the reviewed routes differ from the real ones; empty when all is well."""
    issues: list[tuple[str, str]] = []
    for n in definition["nodes"]:
        nexts = [c["next"] for c in n.get("choices", [])]
        for dup in sorted({x for x in nexts if nexts.count(x) > 1}):
            issues.append(
                (
                    n["id"],
                    f"two choices lead to '{dup}', so a route cannot tell them apart "
                    "(and the widget's history shows the first one)",
                )
            )
        if "reviewed_routes" in n and "ending" not in n:
            issues.append((n["id"], "has reviewed_routes but is not an ending"))
    nodes = {n["id"]: n for n in definition["nodes"]}
    for ending, found in routes(definition).items():
        listed = nodes[ending].get("reviewed_routes", [])
        real = {route_key(r) for r in found}
        issues += [(ending, f'route not reviewed: "{route_key(r)}"') for r in found if route_key(r) not in listed]
        issues += [(ending, f'reviewed route is no longer a route: "{key}"') for key in listed if key not in real]
    return issues


def route_problems(definition: dict) -> list[str]:
    """The issues as messages naming the instrument, the node and the route, in the form to
    paste into (or delete from) the ending's ``reviewed_routes``."""
    nodes = {n["id"]: n for n in definition["nodes"]}
    return [
        f"{definition['id']}: {'ending' if 'ending' in nodes[item] else 'node'} '{item}': {problem}"
        for item, problem in route_issues(definition)
    ]


def shorten(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    return text[: width - 1].rsplit(" ", 1)[0] + " …"


def report(definition: dict) -> str:
    """The routes as text for a content reviewer."""
    nodes = {n["id"]: n for n in definition["nodes"]}
    found = routes(definition)
    total = sum(len(r) for r in found.values())
    lines = [
        f"{definition['id']} (version {definition['version']}): {definition['title']}",
        f"{len(nodes)} nodes, {len(found)} endings, {total} routes from '{definition['start']}'.",
    ]
    if has_loops(definition):
        lines.append("This scenario has loops: each simple route is listed once; walks round a loop are not.")
    for ending, paths in found.items():
        end = nodes[ending]
        lines += [
            "",
            f"== {ending} ({end['ending']}): {end.get('title', '')} ({len(paths)} route{'' if len(paths) == 1 else 's'})",
        ]
        listed = end.get("reviewed_routes", [])
        for i, route in enumerate(paths, 1):
            mark = "" if route_key(route) in listed else "   [NOT REVIEWED]"
            lines.append(f"  {i}. {route_key(route)} > {ending}{mark}")
            for here, there in zip(route, route[1:] + (ending,), strict=True):
                choice = next(c for c in nodes[here]["choices"] if c["next"] == there)
                lines.append(f"       {here}: {shorten(choice['text'])}")
    problems = route_problems(definition)
    lines += ["", "Problems:" if problems else "All routes are reviewed."] + [f"  {p}" for p in problems]
    return "\n".join(lines)


def load_for_review(instrument_id: str) -> dict:
    """Load through the usual loader, but let route problems through: showing them is this tool's job.

    The loader stops on an unreviewed route; here the lists are set aside while the
    rest of the file is validated, then put back for the report.
    """
    try:
        return load(instrument_id)
    except InstrumentError as exc:
        if "field 'reviewed_routes'" not in str(exc):
            raise
    path = definitions.INSTRUMENT_DIR / f"{instrument_id}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    lists = {n["id"]: n.pop("reviewed_routes") for n in data["nodes"] if "reviewed_routes" in n}
    validate(data, path.name)
    for n in data["nodes"]:
        if n["id"] in lists:
            n["reviewed_routes"] = lists[n["id"]]
    return data


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m widgets.routes <scenario-id>", file=sys.stderr)
        return 2
    try:
        definition = load_for_review(argv[0])
    except InstrumentError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if definition["kind"] != "scenario":
        print(f"error: '{argv[0]}' is a {definition['kind']} instrument, not a scenario", file=sys.stderr)
        return 2
    print(report(definition))
    return 1 if route_problems(definition) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
