"""Load instrument definitions (YAML) and validate them against their JSON Schema.

Every instrument is data. A broken file must stop the build with a message a
writer can act on, so errors name the file, the item (the nearest object with
an ``id`` on the path to the fault) and the field.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import jsonschema
import yaml

PACKAGE_DIR = Path(__file__).resolve().parent
INSTRUMENT_DIR = PACKAGE_DIR / "instruments"
SCHEMA_DIR = PACKAGE_DIR / "schemas"


class InstrumentError(ValueError):
    """An instrument file that cannot be used. The message is meant for the writer."""


@lru_cache(maxsize=None)
def _schema(name: str) -> dict:
    schema = json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def _describe(error: jsonschema.ValidationError, data: Any, filename: str) -> str:
    """Turn a schema error into 'file: item 'x', field 'y': problem'."""
    path = list(error.absolute_path)
    item_id, field, node = None, None, data
    for step in path:
        if isinstance(node, dict) and isinstance(node.get("id"), (str, int)):
            item_id = node["id"]
        if isinstance(step, str):
            field = step
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
    if isinstance(node, dict) and isinstance(node.get("id"), (str, int)):
        item_id = node["id"]
    if error.validator == "required":
        # The missing field is named in the message, not in the path.
        field = error.message.split("'")[1] if "'" in error.message else field
    elif error.validator == "additionalProperties":
        field = ", ".join(sorted(set(error.instance) - set(error.schema.get("properties", {}))))
    where = [f"item '{item_id}'" if item_id is not None else "top level"]
    if field:
        where.append(f"field '{field}'")
    return f"{filename}: {', '.join(where)}: {error.message}"


def _duplicates(ids: Iterable[str]) -> list[str]:
    seen, dup = set(), []
    for i in ids:
        if i in seen:
            dup.append(i)
        seen.add(i)
    return dup


def _fail(filename: str, item: str, field: str, problem: str) -> None:
    raise InstrumentError(f"{filename}: item '{item}', field '{field}': {problem}")


def _unique(filename: str, ids: Iterable[str], what: str) -> None:
    for dup in _duplicates(ids):
        _fail(filename, dup, "id", f"{what} id is used twice")


def _check_rating(d: dict, filename: str) -> None:
    _unique(filename, (t["id"] for p in d["parts"] for t in p["themes"]), "theme")
    _unique(filename, (p["id"] for p in d["parts"]), "part")
    for dup in _duplicates(s["id"] for s in d["scale"]):
        _fail(filename, dup, "id", "scale value is used twice")
    for part in d["parts"]:
        for theme in part["themes"]:
            for item in theme["items"]:
                if not item["id"].startswith(theme["id"] + "."):
                    _fail(filename, item["id"], "id", f"must start with its theme number '{theme['id']}.'")
    _unique(filename, (i["id"] for p in d["parts"] for t in p["themes"] for i in t["items"]), "item")


def _check_reflection(d: dict, filename: str) -> None:
    _unique(filename, (p["id"] for p in d["prompts"]), "prompt")


def _check_scale(d: dict, filename: str) -> None:
    """A numbered scale (likert, evaluation): rising, with one label per point."""
    scale = d["scale"]
    if scale["max"] <= scale["min"]:
        _fail(filename, d["id"], "scale", "max must be greater than min")
    if len(scale["labels"]) != scale["max"] - scale["min"] + 1:
        _fail(filename, d["id"], "scale", f"needs one label per point ({scale['max'] - scale['min'] + 1})")


def _check_likert(d: dict, filename: str) -> None:
    scale = d["scale"]
    _check_scale(d, filename)
    _unique(filename, (dim["id"] for dim in d["dimensions"]), "dimension")
    _unique(filename, (i["id"] for dim in d["dimensions"] for i in dim["items"]), "item")
    for dim in d["dimensions"]:
        maxes = [b["max"] for b in dim["bands"]]
        if maxes != sorted(maxes) or len(set(maxes)) != len(maxes):
            _fail(filename, dim["id"], "bands", "band limits must rise from band to band")
        if maxes[-1] < scale["max"]:
            _fail(filename, dim["id"], "bands", f"the last band must reach the top of the scale ({scale['max']})")


def _check_evaluation(d: dict, filename: str) -> None:
    _check_scale(d, filename)
    # One namespace: the team view keys a response's answers by id, ratings and texts together.
    _unique(filename, [x["id"] for x in d["statements"] + d["questions"]], "statement or question")


def _check_quiz(d: dict, filename: str) -> None:
    _unique(filename, (q["id"] for q in d["questions"]), "question")
    for q in d["questions"]:
        if q["type"] == "single":
            _unique(filename, (o["id"] for o in q["options"]), "option")
            if sum(1 for o in q["options"] if o.get("correct")) != 1:
                _fail(filename, q["id"], "options", "exactly one option must be marked correct")
        else:
            cats = [c["id"] for c in q["categories"]]
            _unique(filename, cats, "category")
            _unique(filename, (s["id"] for s in q["statements"]), "statement")
            for st in q["statements"]:
                if st["category"] not in cats:
                    _fail(filename, st["id"], "category", f"'{st['category']}' is not one of the categories")


def _check_scenario(d: dict, filename: str) -> None:
    nodes = {n["id"]: n for n in d["nodes"]}
    _unique(filename, (n["id"] for n in d["nodes"]), "node")
    if d["start"] not in nodes:
        _fail(filename, d["id"], "start", f"'{d['start']}' is not a node")
    for n in d["nodes"]:
        if "choices" in n and "ending" in n:
            _fail(filename, n["id"], "ending", "a node with choices cannot be an ending")
        if "choices" not in n and "ending" not in n:
            _fail(filename, n["id"], "choices", "a node needs choices, or an 'ending' to close the story")
        for c in n.get("choices", []):
            if c["next"] not in nodes:
                _fail(filename, n["id"], "next", f"choice leads to '{c['next']}', which is not a node")
    reached, todo = set(), [d["start"]]
    while todo:
        current = todo.pop()
        if current not in reached:
            reached.add(current)
            todo.extend(c["next"] for c in nodes[current].get("choices", []))
    for n in d["nodes"]:
        if n["id"] not in reached:
            _fail(filename, n["id"], "id", "no path from the start leads to this node")
    _check_reviewed_routes(d, filename)


def _check_reviewed_routes(d: dict, filename: str) -> None:
    """Once a scenario's endings list ``reviewed_routes``, every route into every ending must be listed.

    An ending's feedback must be true on each route into it; the list records which
    routes it was read against, so a new choice stops the build until the ending has
    been read again for the new route. A file with no list yet is left to
    tests/test_routes.py, which requires it for every bundled scenario.
    """
    if not any("reviewed_routes" in n for n in d["nodes"]):
        return
    from widgets.routes import route_issues  # widgets.routes imports this module

    for item, problem in route_issues(d):
        _fail(
            filename,
            item,
            "reviewed_routes",
            f"{problem}; read the ending for that route (python -m widgets.routes {d['id']}) and update the list",
        )


def _check_template(d: dict, filename: str) -> None:
    _unique(filename, (s["id"] for s in d["sections"]), "section")
    _unique(filename, (f["id"] for s in d["sections"] for f in s["fields"]), "field")


def validate(data: Any, filename: str = "<instrument>") -> dict:
    """Validate one instrument definition; return it, or raise InstrumentError."""
    if not isinstance(data, dict):
        raise InstrumentError(f"{filename}: top level: expected a mapping, got {type(data).__name__}")
    base = jsonschema.Draft202012Validator(_schema("base"))
    errors = sorted(base.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        raise InstrumentError(_describe(errors[0], data, filename))
    validator = jsonschema.Draft202012Validator(_schema(data["kind"]))
    # best_match picks the most specific error, so the message points at the real fault.
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        raise InstrumentError(_describe(error, data, filename))
    # Rules JSON Schema cannot express (unique ids, ids that nest, reachable nodes), per kind.
    from .kinds import kind_of

    kind_of(data).check(data, filename)
    return data


def load_file(path: Path) -> dict:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise InstrumentError(f"{path.name}: not valid YAML: {exc}") from exc
    data = validate(data, path.name)
    if data["id"] != path.stem:
        raise InstrumentError(f"{path.name}: top level, field 'id': '{data['id']}' must match the file name")
    return data


def instrument_ids() -> list[str]:
    return sorted(p.stem for p in INSTRUMENT_DIR.glob("*.yaml"))


def load(instrument_id: str) -> dict:
    """Load a bundled instrument by id. Each call reads the file, so edits show up at once."""
    path = INSTRUMENT_DIR / f"{instrument_id}.yaml"
    if not path.is_file():
        known = ", ".join(instrument_ids()) or "none"
        raise InstrumentError(f"unknown instrument '{instrument_id}' (known: {known})")
    return load_file(path)


def load_all() -> dict[str, dict]:
    return {i: load(i) for i in instrument_ids()}
