"""Summaries of answers. Mirrors ``summarize`` in js/kinds/<kind>.js.

Both implementations are checked against the same vectors in tests/vectors,
so the book and the notebook can never disagree about a summary.
"""

from __future__ import annotations

from typing import Any

UNANSWERED = "ubesvart"


# Python's str.strip() and JavaScript's trim() disagree on some characters, so
# both sides strip exactly this set (the same as WHITESPACE in js/core/values.js).
WHITESPACE = " \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"


def _text(value: Any) -> str:
    return value.strip(WHITESPACE) if isinstance(value, str) else ""


def _rating(definition: dict, answers: dict) -> dict:
    scale = [s["id"] for s in definition["scale"]]
    ratings = answers.get("ratings") if isinstance(answers.get("ratings"), dict) else {}

    def empty() -> dict:
        return {**{s: 0 for s in scale}, UNANSWERED: 0}

    total, parts, themes = empty(), {}, {}
    answered = items = 0
    for part in definition["parts"]:
        parts[part["id"]] = part_counts = empty()
        for theme in part["themes"]:
            themes[theme["id"]] = theme_counts = empty()
            for item in theme["items"]:
                value = ratings.get(item["id"])
                key = value if value in scale else UNANSWERED
                items += 1
                answered += key != UNANSWERED
                for counts in (total, part_counts, theme_counts):
                    counts[key] += 1
    return {"items": items, "answered": answered, "total": total, "parts": parts, "themes": themes}


def _reflection(definition: dict, answers: dict) -> dict:
    responses = answers.get("responses") if isinstance(answers.get("responses"), dict) else {}
    answered = sum(1 for p in definition["prompts"] if _text(responses.get(p["id"])))
    return {"prompts": len(definition["prompts"]), "answered": answered}


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def whole_number(value: Any) -> bool:
    # JSON has one number type: 4 and 4.0 are the same answer in JS, so here too.
    # (No float() on ints: a 400-digit integer would overflow; it is just out of range.)
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def _likert(definition: dict, answers: dict) -> dict:
    low, high = definition["scale"]["min"], definition["scale"]["max"]
    ratings = _dict(answers.get("ratings"))
    dims, items, answered = {}, 0, 0
    for dim in definition["dimensions"]:
        scores = []
        for item in dim["items"]:
            v = ratings.get(item["id"])
            if _on_scale(v, low, high):
                scores.append(low + high - v if item.get("reverse") else v)
        mean = sum(scores) / len(scores) if scores else None
        band = next((i for i, b in enumerate(dim["bands"]) if mean is not None and mean <= b["max"]), None)
        dims[dim["id"]] = {"items": len(dim["items"]), "answered": len(scores), "mean": mean, "band": band}
        items += len(dim["items"])
        answered += len(scores)
    return {"items": items, "answered": answered, "dimensions": dims}


def _evaluation(definition: dict, answers: dict) -> dict:
    low, high = definition["scale"]["min"], definition["scale"]["max"]
    ratings, responses = _dict(answers.get("ratings")), _dict(answers.get("responses"))
    rated = sum(1 for st in definition["statements"] if _on_scale(ratings.get(st["id"]), low, high))
    written = sum(1 for q in definition["questions"] if _text(responses.get(q["id"])))
    return {
        "statements": len(definition["statements"]),
        "rated": rated,
        "questions": len(definition["questions"]),
        "answered": written,
    }


def _on_scale(value: Any, low: int, high: int) -> bool:
    return whole_number(value) and low <= value <= high


def _quiz(definition: dict, answers: dict) -> dict:
    responses = _dict(answers.get("responses"))
    out, units, answered, correct = {}, 0, 0, 0
    for q in definition["questions"]:
        if q["type"] == "single":
            chosen = next((o for o in q["options"] if o["id"] == responses.get(q["id"])), None)
            u, a, c = 1, int(chosen is not None), int(bool(chosen and chosen.get("correct")))
        else:
            given = _dict(responses.get(q["id"]))
            cats = [cat["id"] for cat in q["categories"]]  # a list: answers may hold unhashable junk
            u = len(q["statements"])
            a = sum(1 for st in q["statements"] if given.get(st["id"]) in cats)
            c = sum(1 for st in q["statements"] if given.get(st["id"]) == st["category"])
        out[q["id"]] = {"units": u, "answered": a, "correct": c}
        units, answered, correct = units + u, answered + a, correct + c
    return {"units": units, "answered": answered, "correct": correct, "questions": out}


def _scenario(definition: dict, answers: dict) -> dict:
    nodes = {n["id"]: n for n in definition["nodes"]}
    path = answers.get("path") if isinstance(answers.get("path"), list) else []
    # Only the part of the saved path that follows real choices from the start counts.
    valid = [definition["start"]]
    for step in path[1:] if path[:1] == [definition["start"]] else []:
        if step in [c["next"] for c in nodes[valid[-1]].get("choices", [])]:
            valid.append(step)
        else:
            break
    at = nodes[valid[-1]]
    return {
        "steps": len(valid) - 1,
        "at": at["id"],
        "finished": "ending" in at,
        "ending": at["id"] if "ending" in at else None,
        "outcome": at.get("ending"),
    }


def _filled(field: dict, value: Any) -> bool:
    kind = field["type"]
    if kind in ("text", "longtext", "date"):
        return bool(_text(value))
    if kind == "choice":
        return value in field["options"]
    if kind == "checklist":
        return isinstance(value, list) and any(v in field["options"] for v in value)
    # matrix: every row has one of the options
    value = _dict(value)
    return all(value.get(row) in field["options"] for row in field["rows"])


def _template(definition: dict, answers: dict) -> dict:
    values = _dict(answers.get("fields"))
    fields = [f for s in definition["sections"] for f in s["fields"]]
    return {"fields": len(fields), "filled": sum(1 for f in fields if _filled(f, values.get(f["id"])))}


def summarize(definition: dict, answers: Any) -> dict:
    from .kinds import KINDS

    answers = answers if isinstance(answers, dict) else {}
    kind = KINDS.get(definition["kind"])
    if kind is None:
        raise ValueError(f"no summary for kind {definition['kind']!r}")
    return kind.summarize(definition, answers)
