"""Checks on the shape of answers read from a file. Mirrors checkAnswers in
static/widget.js, so Python and the book accept and refuse the same files."""
from __future__ import annotations

from typing import Any

# The format name of an exported answer file; EXPORT_FORMAT in static/widget.js is the same.
EXPORT_FORMAT = "metodeveilederhandboka-svar"


def _string_map(obj: Any, field: str) -> str:
    if obj is None:
        return ""
    if not isinstance(obj, dict):
        return f"field '{field}' must be an object of texts"
    for k, v in obj.items():
        if not isinstance(v, str):
            return f"field '{field}' has a value that is not text ({k})"
    return ""


def check_answers(definition: dict, answers: Any) -> str:
    """An English description of what is wrong, or "" when the answers can be used."""
    if not isinstance(answers, dict):
        return "field 'answers' must be an object"
    kind = definition["kind"]
    if kind == "rating":
        err = _string_map(answers.get("ratings"), "ratings") or _string_map(answers.get("notes"), "notes")
        if err:
            return err
        plan = answers.get("plan")
        if plan is not None:
            if not isinstance(plan, list):
                return "field 'plan' must be a list"
            if len(plan) > definition.get("plan", {}).get("max_themes", 0):
                return "the action plan has more rows than the instrument allows"
            for row in plan:
                if not isinstance(row, dict):
                    return "a row of the action plan has the wrong format"
                for f in ("theme", "action", "who", "when"):
                    if f in row and not isinstance(row[f], str):
                        return f"field '{f}' of the action plan must be text"
        return ""
    if kind == "reflection":
        return _string_map(answers.get("responses"), "responses")
    if kind == "likert":
        ratings = answers.get("ratings")
        if ratings is None:
            return ""
        if not isinstance(ratings, dict):
            return "field 'ratings' must be an object of numbers"
        for k, v in ratings.items():
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                return f"field 'ratings' has a value that is not a number ({k})"
        return ""
    if kind == "quiz":
        responses = answers.get("responses")
        if responses is None:
            return ""
        if not isinstance(responses, dict):
            return "field 'responses' must be an object"
        for k, v in responses.items():
            if isinstance(v, str):
                continue
            err = _string_map(v, f"responses.{k}")
            if err or not isinstance(v, dict):
                return err or f"field 'responses.{k}' has the wrong format"
        return ""
    if kind == "scenario":
        path = answers.get("path")
        if path is not None and (not isinstance(path, list) or not all(isinstance(p, str) for p in path)):
            return "field 'path' must be a list of texts"
        return ""
    if kind == "template":
        fields = answers.get("fields")
        if fields is None:
            return ""
        if not isinstance(fields, dict):
            return "field 'fields' must be an object"
        for k, v in fields.items():
            ok = (isinstance(v, str)
                  or (isinstance(v, list) and all(isinstance(x, str) for x in v))
                  or (isinstance(v, dict) and all(isinstance(x, str) for x in v.values())))
            if not ok:
                return f"field '{k}' has the wrong format"
        return ""
    return "unknown kind of instrument"
