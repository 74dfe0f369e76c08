"""Summaries of answers. Mirrors ``summarize`` in static/widget.js.

Both implementations are checked against the same vectors in tests/vectors,
so the book and the notebook can never disagree about a summary.
"""
from __future__ import annotations

from typing import Any

UNANSWERED = "ubesvart"


# Python's str.strip() and JavaScript's trim() disagree on some characters, so
# both sides strip exactly this set (the same as WHITESPACE in widget.js).
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


def summarize(definition: dict, answers: Any) -> dict:
    answers = answers if isinstance(answers, dict) else {}
    if definition["kind"] == "rating":
        return _rating(definition, answers)
    if definition["kind"] == "reflection":
        return _reflection(definition, answers)
    raise ValueError(f"no summary for kind {definition['kind']!r}")
