"""Team numbers from several people's exported answers. Mirrors ``aggregate``
and ``mergeFiles`` in js/core/team.js; both are checked against
tests/vectors/aggregate/ (numbers) and tests/vectors/aggregate/merge/ (which
files count).

The rules, the same in both languages:

- a response counts only if it answers at least one item (``empty`` says how
  many did not);
- with fewer than MIN_RESPONSES counted responses there are no numbers at all;
- every item, dimension, theme, part and total is shown only when at least
  MIN_RESPONSES responses answered it; otherwise it is
  ``{"shown": False, "why": FEWER}`` with no count and no mean, it is listed
  under ``hidden``, and the sums above it leave it out (so it cannot be read
  off as a difference).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from .answers import EXPORT_FORMAT, check_answers
from .definitions import InstrumentError, load
from .scoring import UNANSWERED, whole_number

MIN_RESPONSES = 3
FEWER = f"fewer than {MIN_RESPONSES} responses"


def _hidden() -> dict:
    return {"shown": False, "why": FEWER}


def _mean(xs: list) -> float | None:
    return sum(xs) / len(xs) if xs else None


def _items(definition: dict) -> list[dict]:
    if definition["kind"] == "likert":
        return [i for d in definition["dimensions"] for i in d["items"]]
    if definition["kind"] == "rating":
        return [i for p in definition["parts"] for t in p["themes"] for i in t["items"]]
    raise ValueError(f"no team view for kind {definition['kind']!r}")


def answered(definition: dict, answers: Any) -> dict:
    """The answers that count, item id -> value: a whole number on the scale
    (likert) or one of the scale's ids (rating). Anything else is not an answer."""
    ratings = answers.get("ratings") if isinstance(answers, dict) else None
    ratings = ratings if isinstance(ratings, dict) else {}
    if definition["kind"] == "likert":
        low, high = definition["scale"]["min"], definition["scale"]["max"]

        def valid(v):
            return whole_number(v) and low <= v <= high
    else:
        ids = {s["id"] for s in definition["scale"]}

        def valid(v):
            return isinstance(v, str) and v in ids

    out = {}
    for item in _items(definition):
        v = ratings.get(item["id"])
        if valid(v):
            out[item["id"]] = int(v) if definition["kind"] == "likert" else v
    return out


def answer_key(definition: dict, answers: Any) -> str:
    """What a response answered, as one string: equal for two responses with the
    same counted answers (notes and plans do not count); "" when it answers nothing."""
    got = answered(definition, answers)
    return json.dumps(sorted(got.items()), separators=(",", ":")) if got else ""


def _team_likert(definition: dict, sets: list[dict]) -> dict:
    low, high = definition["scale"]["min"], definition["scale"]["max"]
    dims, items, hidden = {}, {}, {"items": [], "dimensions": []}
    for dim in definition["dimensions"]:
        shown_items = []
        for item in dim["items"]:
            counts = {str(v): 0 for v in range(low, high + 1)}
            values = [s[item["id"]] for s in sets if item["id"] in s]
            for v in values:
                counts[str(v)] += 1
            if len(values) < MIN_RESPONSES:
                items[item["id"]] = _hidden()
                hidden["items"].append(item["id"])
            else:
                items[item["id"]] = {"shown": True, "n": len(values), "mean": _mean(values), "counts": counts}
                shown_items.append(item)
        # Each person's mean over the shown items (reverse items turned), then the mean of those.
        means = []
        for s in sets:
            scores = [low + high - s[i["id"]] if i.get("reverse") else s[i["id"]] for i in shown_items if i["id"] in s]
            if scores:
                means.append(_mean(scores))
        if len(means) < MIN_RESPONSES:
            dims[dim["id"]] = _hidden()
            hidden["dimensions"].append(dim["id"])
        else:
            dims[dim["id"]] = {
                "shown": True,
                "n": len(means),
                "mean": _mean(means),
                "left_out": len(dim["items"]) - len(shown_items),
            }
    return {"dimensions": dims, "items": items, "hidden": hidden}


def _team_rating(definition: dict, sets: list[dict]) -> dict:
    keys = [s["id"] for s in definition["scale"]] + [UNANSWERED]
    items, hidden = {}, {"items": [], "themes": [], "parts": [], "total": False}
    for item in _items(definition):
        counts = {k: 0 for k in keys}
        for s in sets:
            counts[s.get(item["id"], UNANSWERED)] += 1
        n = len(sets) - counts[UNANSWERED]
        if n < MIN_RESPONSES:
            items[item["id"]] = _hidden()
            hidden["items"].append(item["id"])
        else:
            items[item["id"]] = {"shown": True, "n": n, "counts": counts}

    def total(group: list[dict]) -> dict | None:
        shown = [i for i in group if items[i["id"]]["shown"]]
        if not shown:
            return None
        counts = {k: sum(items[i["id"]]["counts"][k] for i in shown) for k in keys}
        n = sum(1 for s in sets if any(i["id"] in s for i in shown))
        return {"shown": True, "n": n, "counts": counts, "left_out": len(group) - len(shown)}

    def entry(group: list[dict], where: str, id_: str) -> dict:
        got = total(group)
        if got:
            return got
        hidden[where].append(id_)
        return _hidden()

    parts = {
        p["id"]: entry([i for t in p["themes"] for i in t["items"]], "parts", p["id"]) for p in definition["parts"]
    }
    themes = {t["id"]: entry(t["items"], "themes", t["id"]) for p in definition["parts"] for t in p["themes"]}
    everything = total(_items(definition))
    hidden["total"] = everything is None
    return {"total": everything or _hidden(), "parts": parts, "themes": themes, "items": items, "hidden": hidden}


def _team(definition: dict):
    """The kind's team aggregation, or None when the kind has no team view."""
    from .kinds import KINDS

    kind = KINDS.get(definition["kind"])
    return kind.team if kind else None


def aggregate_answers(definition: dict, answers_list: list[Any]) -> dict:
    """Team numbers over answer sets (one per response)."""
    team = _team(definition)
    if team is None:
        raise ValueError(f"no team view for kind {definition['kind']!r}")
    sets = [s for s in (answered(definition, a) for a in answers_list) if s]
    n = len(sets)
    base = {"instrument": definition["id"], "n": n, "empty": len(answers_list) - n}
    if n < MIN_RESPONSES:
        return {**base, "shown": False, "why": FEWER}
    return {**base, "shown": True, **team(definition, sets)}


def merge_files(definition: dict, files: list[dict], count_copies: bool = False) -> dict:
    """Which files count, in the order given (each a dict with name, response, answers):

    - the same response id with the same answers is a duplicate and counts once;
    - the same response id with other answers: the later file replaces the earlier;
    - a file that answers nothing does not count (``empty``);
    - files with the same answers under different response ids are probable copies
      (``copies``, groups of names) and count once, unless ``count_copies`` (the
      person merging has confirmed they are different people who answered alike).
    """
    by_id: dict[str, dict] = {}
    out: dict = {"counted": [], "answers": [], "duplicates": [], "replaced": [], "copies": [], "empty": []}
    for f in files:
        key = answer_key(definition, f["answers"])
        before = by_id.get(f["response"])
        if before and before["key"] == key:
            out["duplicates"].append(f["name"])
            continue
        if before:
            out["replaced"].append({"name": f["name"], "replaced": before["name"]})
        # A replacement keeps the first file's place (dicts and JS Maps both do).
        by_id[f["response"]] = {"name": f["name"], "answers": f["answers"], "key": key}
    groups: dict[str, list[str]] = {}
    for r in by_id.values():
        if not r["key"]:
            out["empty"].append(r["name"])
            continue
        group = groups.setdefault(r["key"], [])
        group.append(r["name"])
        if len(group) == 1 or count_copies:
            out["counted"].append(r["name"])
            out["answers"].append(r["answers"])
    out["copies"] = [g for g in groups.values() if len(g) > 1]
    return out


def aggregate(paths: Iterable[str | Path], count_copies: bool = False) -> dict:
    """Merge exported answer files into team numbers, as the book's team view does.

    All files must be exports of the same instrument. Besides the numbers
    (``aggregate_answers``) the result says which files did not count and why:
    ``duplicates`` (how many files repeated a response), ``replaced`` (a later
    export with the same response id and other answers replaced an earlier one:
    ``{"name", "replaced"}``), ``copies`` (groups of files with the same answers
    under different response ids, counted once unless ``count_copies``) and
    ``empty_files`` (files that answer nothing).
    """
    definition, files = None, []
    for path in map(Path, paths):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InstrumentError(f"{path.name}: not a JSON export: {exc}") from exc
        if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
            raise InstrumentError(f"{path.name}: not an export from Metodeveilederhåndboka")
        if definition is None:
            try:
                definition = load(str(data.get("instrument")))
            except InstrumentError as exc:
                raise InstrumentError(f"{path.name}: {exc}") from exc
            if _team(definition) is None:
                raise InstrumentError(f"{path.name}: '{definition['id']}' has no team view")
        elif data.get("instrument") != definition["id"]:
            raise InstrumentError(f"{path.name}: answers to '{data.get('instrument')}', not '{definition['id']}'")
        # The same checks as the book's team view, so both count the same files.
        problem = check_answers(definition, data.get("answers"))
        if problem:
            raise InstrumentError(f"{path.name}: {problem}")
        response = data.get("response")
        if not isinstance(response, str) or not response:
            raise InstrumentError(f"{path.name}: no response id; ask for a new export")
        files.append({"name": path.name, "response": response, "answers": data["answers"]})
    if definition is None:
        raise InstrumentError("no files to aggregate")
    merged = merge_files(definition, files, count_copies)
    return {
        **aggregate_answers(definition, merged["answers"] + [{}] * len(merged["empty"])),
        "duplicates": len(merged["duplicates"]),
        "replaced": merged["replaced"],
        "copies": merged["copies"],
        "copies_counted": count_copies,
        "empty_files": merged["empty"],
    }
