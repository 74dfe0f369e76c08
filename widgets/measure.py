"""Measurements ("målinger"): dated, frozen copies of one instrument's answers, and their comparison.

Mirrors js/core/measure.js (and the measurement checks of js/core/exchange.js); both are held to the
shared vectors in tests/vectors/measurements, so Python and the book give the same numbers. The rules
are written out at the top of js/core/measure.js and in README.md ("Measurements").
"""

from __future__ import annotations

import copy
import re
import secrets
from datetime import date as Date
from datetime import datetime, timezone
from typing import Any

from .answers import check_answers, echo
from .scoring import WHITESPACE, summarize, whole_number

#: The most characters (code points) a label may have.
MAX_LABEL = 80
#: The most measurements one instrument keeps (and a file may carry per instrument).
MAX_MEASUREMENTS = 100
#: Every field of a measurement; all are required and no other is allowed.
FIELDS = ("id", "label", "date", "version", "response", "saved", "answers")

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ID = re.compile(r"^[0-9a-f]{16}$")
_RESPONSE = re.compile(r"^[A-Za-z0-9_-]{0,64}$")


def supports_measurements(definition: dict) -> bool:
    """Only the self-assessments (rating, likert) have measurements: their answers are scores on a
    scale, so "before and after" means something. Free text, quiz answers, a scenario's path or a
    filled-in template have no order to be better or worse in."""
    return definition.get("kind") in ("rating", "likert")


def is_date(value: Any) -> bool:
    """Whether ``value`` is a real calendar date written YYYY-MM-DD."""
    if not isinstance(value, str) or not _DATE.match(value):
        return False
    try:
        Date(int(value[:4]), int(value[5:7]), int(value[8:]))
    except ValueError:
        return False
    return True


def check_label(label: Any) -> str:
    """The label as stored (trimmed, 1-80 characters); ValueError otherwise."""
    text = label.strip(WHITESPACE) if isinstance(label, str) else ""
    if not text:
        raise ValueError("a measurement needs a label, for example 'Kursstart'")
    if len(text) > MAX_LABEL:
        raise ValueError(f"a measurement's label may have at most {MAX_LABEL} characters")
    return text


def new_measurement(definition: dict, answers: Any, response: str, label: Any, date: str | None = None) -> dict:
    """A measurement of ``answers`` (a deep copy), dated ``date`` (YYYY-MM-DD, today by default)."""
    name = check_label(label)
    when = Date.today().isoformat() if date is None else date
    if not is_date(when):
        raise ValueError(f"date must be a real date written YYYY-MM-DD, not {when!r}")
    saved = datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return {
        "id": secrets.token_hex(8),
        "label": name,
        "date": when,
        "version": definition["version"],
        "response": response if isinstance(response, str) else "",
        "saved": saved,
        "answers": copy.deepcopy(answers if isinstance(answers, dict) else {}),
    }


def _text(m: Any, key: str) -> str:
    value = m.get(key) if isinstance(m, dict) else None
    return value if isinstance(value, str) else ""


def sort_measurements(measurements: list) -> list:
    """Oldest first: by date, then when saved, then id. A new list."""
    return sorted(measurements, key=lambda m: (_text(m, "date"), _text(m, "saved"), _text(m, "id")))


def merge_measurements(stored: list, incoming: list) -> list:
    """By id: the incoming copy wins for an id both have, every other one is kept; oldest first."""
    by_id: dict[str, Any] = {}
    for m in [*stored, *incoming]:
        by_id[_text(m, "id")] = m
    return sort_measurements(list(by_id.values()))


def _ratings(side: Any) -> dict:
    answers = side.get("answers") if isinstance(side, dict) else None
    ratings = answers.get("ratings") if isinstance(answers, dict) else None
    return ratings if isinstance(ratings, dict) else {}


def _change(before: float | None, after: float | None) -> str:
    if before is None and after is None:
        return "uendret"
    if before is None:
        return "ny"
    if after is None:
        return "borte"
    return "bedre" if after > before else "dårligere" if after < before else "uendret"


def _delta(before: float | None, after: float | None) -> float | None:
    return None if before is None or after is None else after - before


def _skipped(known: set[str], sides: list[dict]) -> list[str]:
    return sorted({k for r in sides for k, v in r.items() if k not in known and v is not None and v != ""})


def _group(gid: str, before: float | None, after: float | None, n_before: int, n_after: int) -> dict:
    return {
        "id": gid,
        "before": before,
        "after": after,
        "delta": _delta(before, after),
        "answered_before": n_before,
        "answered_after": n_after,
    }


def _compare_likert(definition: dict, rb: dict, ra: dict) -> dict:
    low, high = definition["scale"]["min"], definition["scale"]["max"]

    def score(ratings: dict, item: dict) -> int | None:
        v = ratings.get(item["id"])
        if not whole_number(v) or not low <= v <= high:
            return None
        v = int(v)  # 4.0 is the JSON number 4
        return low + high - v if item.get("reverse") else v

    sb, sa = summarize(definition, {"ratings": rb}), summarize(definition, {"ratings": ra})
    items, groups, known = [], [], set()
    for dim in definition["dimensions"]:
        for item in dim["items"]:
            known.add(item["id"])
            b, a = score(rb, item), score(ra, item)
            if b is not None or a is not None:
                items.append({"id": item["id"], "group": dim["id"], "before": b, "after": a, "change": _change(b, a)})
        db, da = sb["dimensions"][dim["id"]], sa["dimensions"][dim["id"]]
        groups.append(_group(dim["id"], db["mean"], da["mean"], db["answered"], da["answered"]))
    return {"kind": "likert", "items": items, "groups": groups, "skipped": _skipped(known, [rb, ra])}


def _compare_rating(definition: dict, rb: dict, ra: dict) -> dict:
    scale = definition.get("scale") or []
    ids = [s["id"] for s in scale]
    ranked = [s["id"] for s in scale if s.get("ranked") is not False]

    def points(value: str | None) -> int | None:
        # Best n-1 ... worst 0; an entry with ranked: false ("Vet ikke") is no grade.
        return len(ranked) - 1 - ranked.index(value) if value in ranked else None

    def value(ratings: dict, item_id: str) -> str | None:
        v = ratings.get(item_id)
        return v if isinstance(v, str) and v in ids else None

    items, groups, known = [], [], set()
    for part in definition.get("parts") or []:
        for theme in part["themes"]:
            pb, pa = [], []
            for item in theme["items"]:
                known.add(item["id"])
                b, a = value(rb, item["id"]), value(ra, item["id"])
                nb, na = points(b), points(a)
                if nb is not None:
                    pb.append(nb)
                if na is not None:
                    pa.append(na)
                if b is not None or a is not None:
                    items.append(
                        {"id": item["id"], "group": theme["id"], "before": b, "after": a, "change": _change(nb, na)}
                    )
            mb = sum(pb) / len(pb) if pb else None
            ma = sum(pa) / len(pa) if pa else None
            groups.append(_group(theme["id"], mb, ma, len(pb), len(pa)))
    return {"kind": "rating", "items": items, "groups": groups, "skipped": _skipped(known, [rb, ra])}


def compare_measurements(definition: dict, before: Any, after: Any) -> dict:
    """Compare two sets of answers of one instrument, each ``{"version", "answers"}`` (a measurement,
    or the current answers as ``{"version": definition["version"], "answers": ...}``)."""
    rb, ra = _ratings(before), _ratings(after)
    if definition.get("kind") == "likert":
        return _compare_likert(definition, rb, ra)
    if definition.get("kind") == "rating":
        return _compare_rating(definition, rb, ra)
    raise ValueError(f"no measurements for kind {definition.get('kind')}")


def _field_problem(m: dict) -> str:
    extra = next((k for k in m if k not in FIELDS), None)
    if extra is not None:
        return f"has field '{echo(extra)}', which this version of the book does not know"
    # "response" is optional: files leave it out (for_file), the reader's own storage keeps it.
    missing = next((k for k in FIELDS if k not in m and k != "response"), None)
    if missing is not None:
        return f"lacks field '{missing}'"
    v = m["version"]
    checks = {
        "id": isinstance(m["id"], str) and bool(_ID.match(m["id"])),
        "label": isinstance(m["label"], str) and bool(m["label"].strip(WHITESPACE)) and len(m["label"]) <= MAX_LABEL,
        "date": is_date(m["date"]),
        # A JSON number: 2 and 2.0 are the same (as Number.isSafeInteger in JS).
        "version": whole_number(v) and 1 <= v <= 2**53 - 1,
        "response": isinstance(m.get("response", ""), str) and bool(_RESPONSE.match(m.get("response", ""))),
        "saved": isinstance(m["saved"], str),
    }
    wrong = next((k for k, ok in checks.items() if not ok), None)
    return f"has a wrong field '{wrong}'" if wrong else ""


def check_measurements(definition: dict, value: Any) -> str:
    """An English description of what is wrong with a file's ``measurements``, or "" when they can be
    used: the same checks as checkMeasurements in js/core/exchange.js (a list of at most 100, each with
    exactly the contract's fields of the right types, unique ids, and answers that pass check_answers;
    an answer for an item the definition lacks is let through, as in the main answers)."""
    if not isinstance(value, list) or len(value) > MAX_MEASUREMENTS:
        return f"field 'measurements' must be a list of at most {MAX_MEASUREMENTS} measurements"
    if value and not supports_measurements(definition):
        return f"the file has measurements, but '{definition.get('id')}' has none"
    seen = set()
    for i, m in enumerate(value, 1):
        if not isinstance(m, dict):
            return f"measurement {i} has the wrong format"
        problem = _field_problem(m)
        if problem:
            return f"measurement {i} {problem}"
        if m["id"] in seen:
            return f"measurement {i} has the same id as one before it"
        seen.add(m["id"])
        problem = check_answers(definition, m["answers"])
        if problem:
            return f"the answers of measurement {i} ('{echo(m['label'])}'): {problem}"
    return ""


def for_file(measurements: list) -> list:
    """Measurements as a file carries them (as forFile in js/core/exchange.js): without the response id
    each had, which would let whoever receives the file link a person's earlier team export with this one."""
    return [{k: v for k, v in m.items() if k != "response"} for m in measurements]
