"""Checks on the shape of answers read from a file.

The shape of valid answers is written once, in ``schemas/answers.json``. This
module interprets it for Python; ``js/core/answers.js`` interprets the same file
for the book (its import and its repair of damaged stored answers), so Python
and the book accept and refuse the same files. Messages here are in English;
the book shows the Norwegian text of the same message ids.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

# The format name of an exported answer file; EXPORT_FORMAT in js/core/exchange.js is the same.
EXPORT_FORMAT = "metodeveilederhandboka-svar"

SHAPES_FILE = Path(__file__).resolve().parent / "schemas" / "answers.json"


@lru_cache(maxsize=None)
def shapes() -> dict:
    """The answer contract: ``{"messages": ..., "kinds": ...}``."""
    return json.loads(SHAPES_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _echo_strip() -> re.Pattern:
    return re.compile(shapes()["echo"]["strip"])


def echo(value: Any, limit: int | None = None) -> str:
    """Text from a file made safe to show in a message (as ``echo`` in js/core/answers.js):
    control and bidi characters removed, cut to ``limit`` (by default ``echo.max``) characters ending in "…"."""
    text = _echo_strip().sub("", str(value))
    limit = limit or shapes()["echo"]["max"]
    return text[: limit - 1] + "…" if len(text) > limit else text


def _message(message_id: str, field: str = "", key: str = "") -> str:
    template = shapes()["messages"][message_id]["en"]
    return template.replace("{field}", echo(field)).replace("{key}", echo(key))


def _limit(definition: dict, spec: dict) -> int:
    value: Any = definition
    for step in spec["path"]:
        if not isinstance(value, dict) or step not in value:
            return spec["default"]
        value = value[step]
    return value


# A leaf that fails has no words of its own; its container says what is wrong.
_LEAF_FAILED = "\0"


def _check(node: dict, value: Any, field: str, definition: dict) -> str:
    kind = node["type"]
    if kind == "text":
        return "" if isinstance(value, str) else _LEAF_FAILED
    if kind == "number":
        return "" if isinstance(value, (int, float)) and not isinstance(value, bool) else _LEAF_FAILED
    if kind == "any_of":
        error = ""
        for option in node["options"]:
            error = _check(option, value, field, definition)
            if not error:
                return ""
        return error
    if kind == "map":
        if not isinstance(value, dict):
            return _message(node["wrong"], field)
        if "keys" in node:
            extra = next((k for k in value if k not in node["keys"]), None)
            if extra is not None:
                return _message(node.get("unknown", node["wrong"]), field, extra)
        entries = [(str(k), v, f"{field}.{k}") for k, v in value.items()]
        inner = node["values"]
    elif kind == "list":
        if not isinstance(value, list):
            return _message(node["wrong"], field)
        if "max" in node and len(value) > _limit(definition, node["max"]):
            return _message(node["max"]["message"], field)
        entries = [(str(i), v, field) for i, v in enumerate(value)]
        inner = node["items"]
    else:
        raise ValueError(f"unknown node type in {SHAPES_FILE.name}: {kind}")
    for key, entry, entry_field in entries:
        error = _check(inner, entry, entry_field, definition)
        if error:
            if "bad" in node:
                return _message(node["bad"], field, key)
            return _message("entry_format", field, key) if error == _LEAF_FAILED else error
    return ""


def check_answers(definition: dict, answers: Any) -> str:
    """An English description of what is wrong, or "" when the answers can be used."""
    if not isinstance(answers, dict):
        return _message("not_object")
    fields = shapes()["kinds"].get(definition.get("kind"))
    if fields is None:
        return _message("unknown_kind")
    extra = next((k for k in answers if k not in fields), None)
    if extra is not None:
        return _message("unknown_field", extra)
    for name, node in fields.items():
        if name in answers:
            error = _check(node, answers[name], name, definition)
            if error:
                return error
    return ""
