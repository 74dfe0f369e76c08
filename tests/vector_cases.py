"""Shared scoring vectors: load tests/vectors/*.json and compare summaries.

Used by tests/test_vectors.py (Python scoring) and by the browser tests (the
JS ``summarize`` in js/kinds/<kind>.js), so both implementations are
held to the same hand-written expectations.

A vector file is ``{"description": ..., "cases": [case, ...]}``. Each case has
``name``, ``answers``, ``summary`` and either an inline ``definition`` or an
``instrument`` id naming a bundled YAML file. With ``"partial": true`` the
expected summary is a deep subset of the actual one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from widgets.definitions import load

VECTOR_DIR = Path(__file__).resolve().parent / "vectors"

_MISSING = object()


def vector_files() -> list[Path]:
    return sorted(VECTOR_DIR.glob("*.json"))


def raw_cases() -> list[tuple[str, dict]]:
    """(id, case) for every case in every vector file, as written."""
    out = []
    for path in vector_files():
        data = json.loads(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            out.append((f"{path.stem}: {case['name']}", case))
    return out


def load_cases() -> list[tuple[str, dict, Any, Any, bool]]:
    """(id, definition, answers, expected summary, partial) for every case.

    ``instrument`` cases get the bundled definition, so a JS runner can hand
    every case's definition straight to ``summarize``.
    """
    out = []
    for case_id, case in raw_cases():
        definition = case["definition"] if "definition" in case else load(case["instrument"])
        out.append((case_id, definition, case["answers"], case["summary"], bool(case.get("partial", False))))
    return out


def mismatches(expected: Any, actual: Any, partial: bool, path: str = "summary") -> list[str]:
    """Every difference between expected and actual, as readable lines.

    Numbers must have the same type family: ``true`` is not ``1``.
    With ``partial``, objects in ``actual`` may have keys ``expected`` does not name.
    """
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{path}: expected an object, got {actual!r}"]
        problems = []
        for key, value in expected.items():
            got = actual.get(key, _MISSING)
            if got is _MISSING:
                problems.append(f"{path}.{key}: missing (expected {value!r})")
            else:
                problems.extend(mismatches(value, got, partial, f"{path}.{key}"))
        if not partial:
            problems.extend(
                f"{path}.{key}: unexpected (value {actual[key]!r})" for key in actual if key not in expected
            )
        return problems
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return [f"{path}: expected {expected!r}, got {actual!r}"]
        problems = []
        for i, (e, a) in enumerate(zip(expected, actual, strict=True)):
            problems.extend(mismatches(e, a, partial, f"{path}[{i}]"))
        return problems
    if isinstance(expected, bool) or isinstance(actual, bool):
        same = type(expected) is type(actual) and expected == actual
    else:
        same = expected == actual
    return [] if same else [f"{path}: expected {expected!r}, got {actual!r}"]


def assert_matches(expected: Any, actual: Any, partial: bool) -> None:
    """Fail with every difference listed; ``partial`` compares as a deep subset."""
    problems = mismatches(expected, actual, partial)
    assert not problems, "summary differs:\n  " + "\n  ".join(problems)


AGGREGATE_DIR = VECTOR_DIR / "aggregate"


def aggregate_cases() -> list[tuple[str, dict, list, dict]]:
    """(id, definition, answers_list, expected) for every team-aggregate vector."""
    out = []
    for path in sorted(AGGREGATE_DIR.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            definition = case["definition"] if "definition" in case else load(case["instrument"])
            out.append((f"{path.stem}: {case['name']}", definition, case["answers_list"], case["expected"]))
    return out
