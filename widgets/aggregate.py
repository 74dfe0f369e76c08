"""Team numbers from several people's exported answers. Mirrors ``aggregate``
in js/core/team.js; both are checked against tests/vectors/aggregate/.

With fewer than MIN_RESPONSES responses no numbers are returned at all, so no
one's answers can be read out of a small team's result.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from .answers import EXPORT_FORMAT, check_answers
from .definitions import InstrumentError, load
from .scoring import UNANSWERED, summarize, whole_number

MIN_RESPONSES = 3


def _mean(xs: list) -> float | None:
    return sum(xs) / len(xs) if xs else None


def _ratings(answers: Any) -> dict:
    return answers.get("ratings") if isinstance(answers, dict) and isinstance(answers.get("ratings"), dict) else {}


def _team_likert(definition: dict, answers_list: list[Any], summaries: list[dict]) -> dict:
    low, high = definition["scale"]["min"], definition["scale"]["max"]
    dims, items = {}, {}
    for dim in definition["dimensions"]:
        means = [s["dimensions"][dim["id"]]["mean"] for s in summaries]
        means = [m for m in means if m is not None]
        dims[dim["id"]] = {"n": len(means), "mean": _mean(means)}
        for item in dim["items"]:
            counts = {str(v): 0 for v in range(low, high + 1)}
            values = []
            for a in answers_list:
                v = _ratings(a).get(item["id"])
                if whole_number(v) and low <= v <= high:
                    values.append(v)
                    counts[str(int(v))] += 1
            items[item["id"]] = {"n": len(values), "mean": _mean(values), "counts": counts}
    return {"dimensions": dims, "items": items}


def _team_rating(definition: dict, answers_list: list[Any], summaries: list[dict]) -> dict:
    keys = [s["id"] for s in definition["scale"]] + [UNANSWERED]

    def total(pick) -> dict:
        out = {k: 0 for k in keys}
        for s in summaries:
            for k in keys:
                out[k] += pick(s)[k]
        return out

    items = {}
    for part in definition["parts"]:
        for theme in part["themes"]:
            for item in theme["items"]:
                counts = {k: 0 for k in keys}
                for a in answers_list:
                    v = _ratings(a).get(item["id"])
                    counts[v if isinstance(v, str) and v in keys and v != UNANSWERED else UNANSWERED] += 1
                items[item["id"]] = counts
    themes = [t for p in definition["parts"] for t in p["themes"]]
    return {
        "total": total(lambda s: s["total"]),
        "parts": {p["id"]: total(lambda s, p=p: s["parts"][p["id"]]) for p in definition["parts"]},
        "themes": {t["id"]: total(lambda s, t=t: s["themes"][t["id"]]) for t in themes},
        "items": items,
    }


def _team(definition: dict):
    """The kind's team aggregation, or None when the kind has no team view."""
    from .kinds import KINDS

    kind = KINDS.get(definition["kind"])
    return kind.team if kind else None


def aggregate_answers(definition: dict, answers_list: list[Any]) -> dict:
    team = _team(definition)
    if team is None:
        raise ValueError(f"no team view for kind {definition['kind']!r}")
    n = len(answers_list)
    if n < MIN_RESPONSES:
        return {"instrument": definition["id"], "n": n, "shown": False}
    summaries = [summarize(definition, a) for a in answers_list]
    return {"instrument": definition["id"], "n": n, "shown": True, **team(definition, answers_list, summaries)}


def aggregate(paths: Iterable[str | Path]) -> dict:
    """Merge exported answer files into team numbers, as the book's team view does.

    All files must be exports of the same instrument. The same response
    (the same response id) is counted once; ``duplicates`` says how many were
    skipped.
    """
    definition, seen, answers, duplicates = None, set(), [], 0
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
        if response in seen:
            duplicates += 1
            continue
        seen.add(response)
        answers.append(data["answers"])
    if definition is None:
        raise InstrumentError("no files to aggregate")
    return {**aggregate_answers(definition, answers), "duplicates": duplicates}
