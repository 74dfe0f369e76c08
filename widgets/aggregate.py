"""Team numbers from several people's exported answers. Mirrors ``aggregate``
and ``mergeFiles`` in js/core/team.js; both are checked against
tests/vectors/aggregate/ (numbers) and tests/vectors/aggregate/merge/ (which
files count). ``compare_rounds`` (``compareRounds``) sets two rounds side by
side, each group merged on its own (tests/vectors/aggregate/rounds/).

The rules, the same in both languages:

- a response counts only if it answers at least one item (``empty`` says how
  many did not);
- with fewer than MIN_RESPONSES counted responses there are no numbers at all;
- every item, dimension, theme, part and total is shown only when at least
  MIN_RESPONSES responses answered it; otherwise it is
  ``{"shown": False, "why": FEWER}`` with no count and no mean, it is listed
  under ``hidden``, and the sums above it leave it out (so it cannot be read
  off as a difference);
- a shown likert item also has ``scored_mean`` (its mean in the dimension's
  direction: reverse items turned, so a low number always means the same as a
  low dimension mean) and ``spread`` (the standard deviation of its answers); a
  shown dimension has ``band`` (the index of the instrument's band its mean falls
  in, as the individual view uses, or None); ``lowest`` and ``widest`` list the
  shown items with the lowest scored mean and the widest spread (empty when every
  shown item ties, or no answers differ). Ties are found in whole numbers, not
  floats, so both languages agree;
- an evaluation's statements are counted like likert items; each open question
  shows its written answers (trimmed, empty ones left out) only when at least
  MIN_RESPONSES responses wrote one, sorted, never in the order of the files;
- of two exports with the same response id and other answers, the newer by
  ``exported`` counts; when either time is missing or unreadable, or both are the
  same, the one added later counts.
"""

from __future__ import annotations

import calendar
import json
import math
import re
from datetime import datetime
from pathlib import Path
from typing import Any, Iterable

from .answers import EXPORT_FORMAT, check_answers
from .definitions import InstrumentError, load
from .scoring import UNANSWERED, _text, whole_number

MIN_RESPONSES = 3
FEWER = f"fewer than {MIN_RESPONSES} responses"


def _hidden() -> dict:
    return {"shown": False, "why": FEWER}


def _mean(xs: list) -> float | None:
    return sum(xs) / len(xs) if xs else None


def _items(definition: dict) -> list[dict]:
    if definition["kind"] == "likert":
        return [i for d in definition["dimensions"] for i in d["items"]]
    if definition["kind"] == "evaluation":
        return definition["statements"]
    if definition["kind"] == "rating":
        return [i for p in definition["parts"] for t in p["themes"] for i in t["items"]]
    raise ValueError(f"no team view for kind {definition['kind']!r}")


def answered(definition: dict, answers: Any) -> dict:
    """The answers that count, item id -> value: a whole number on the scale
    (likert, evaluation) or one of the scale's ids (rating); for an evaluation also
    question id -> the written answer, trimmed, when it is not empty. Anything else
    is not an answer."""
    ratings = answers.get("ratings") if isinstance(answers, dict) else None
    ratings = ratings if isinstance(ratings, dict) else {}
    if definition["kind"] in ("likert", "evaluation"):
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
            out[item["id"]] = v if definition["kind"] == "rating" else int(v)
    if definition["kind"] == "evaluation":
        responses = answers.get("responses") if isinstance(answers, dict) else None
        responses = responses if isinstance(responses, dict) else {}
        for q in definition["questions"]:
            written = _text(responses.get(q["id"]))
            if written:
                out[q["id"]] = written
    return out


def answer_key(definition: dict, answers: Any) -> str:
    """What a response answered, as one string: equal for two responses with the
    same counted answers (notes and plans do not count); "" when it answers nothing."""
    got = answered(definition, answers)
    return json.dumps(sorted(got.items()), separators=(",", ":")) if got else ""


def _team_likert(definition: dict, sets: list[dict]) -> dict:
    low, high = definition["scale"]["min"], definition["scale"]["max"]
    dims, items, hidden = {}, {}, {"items": [], "dimensions": []}
    exact: list[dict] = []  # the shown items' sums, to find the lowest and widest exactly
    for dim in definition["dimensions"]:
        shown_items = []
        for item in dim["items"]:
            values = [s[item["id"]] for s in sets if item["id"] in s]
            items[item["id"]], sums = _scale_item(values, low, high, bool(item.get("reverse")))
            if sums is None:
                hidden["items"].append(item["id"])
            else:
                shown_items.append(item)
                exact.append({"id": item["id"], **sums})
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
            m = _mean(means)
            band = next((i for i, b in enumerate(dim.get("bands", [])) if m <= b["max"]), None)
            dims[dim["id"]] = {
                "shown": True,
                "n": len(means),
                "mean": m,
                "left_out": len(dim["items"]) - len(shown_items),
                "band": band,
            }
    # sum/n < sum'/n' exactly: sum·n' < sum'·n; spread likewise with n².
    lowest = _extremes(exact, lambda a, b: b["sum"] * a["n"] - a["sum"] * b["n"])
    widest = _extremes(
        exact,
        lambda a, b: a["spread_n2"] * b["n"] ** 2 - b["spread_n2"] * a["n"] ** 2,
        lambda e: e["spread_n2"] > 0,
    )
    return {"dimensions": dims, "items": items, "hidden": hidden, "lowest": lowest, "widest": widest}


def _scale_item(values: list[int], low: int, high: int, reverse: bool = False) -> tuple[dict, dict | None]:
    """One statement's team numbers on a numbered scale, and its exact sums (None when hidden)."""
    if len(values) < MIN_RESPONSES:
        return _hidden(), None
    counts = {str(v): 0 for v in range(low, high + 1)}
    for v in values:
        counts[str(v)] += 1
    n = len(values)
    scored = [low + high - v if reverse else v for v in values]
    total = sum(scored)
    # n² · variance, a whole number (the same for turned and raw answers).
    spread_n2 = n * sum(v * v for v in scored) - total * total
    entry = {
        "shown": True,
        "n": n,
        "mean": _mean(values),
        "scored_mean": total / n,
        "spread": math.sqrt(spread_n2 / (n * n)),
        "counts": counts,
    }
    return entry, {"n": n, "sum": total, "spread_n2": spread_n2}


def _team_evaluation(definition: dict, sets: list[dict]) -> dict:
    """Each statement as a likert item; each question's written answers, sorted so the
    order says nothing of whose they are (nor links one person's answers across
    questions). Sorted by UTF-16 code units, as JavaScript's sort compares strings."""
    low, high = definition["scale"]["min"], definition["scale"]["max"]
    items, questions, hidden = {}, {}, {"items": [], "questions": []}
    for st in definition["statements"]:
        items[st["id"]], sums = _scale_item([s[st["id"]] for s in sets if st["id"] in s], low, high)
        if sums is None:
            hidden["items"].append(st["id"])
    for q in definition["questions"]:
        written = [s[q["id"]] for s in sets if q["id"] in s]
        if len(written) < MIN_RESPONSES:
            questions[q["id"]] = _hidden()
            hidden["questions"].append(q["id"])
        else:
            ordered = sorted(written, key=lambda t: t.encode("utf-16-be"))
            questions[q["id"]] = {"shown": True, "n": len(written), "answers": ordered}
    return {"items": items, "questions": questions, "hidden": hidden}


def _extremes(entries: list[dict], order, worth=lambda e: True) -> list[str]:
    """The ids of the entries that come first by ``order`` (positive: a before b), ties
    included; none when every entry ties (nothing stands out) or the first fail ``worth``."""
    best: list[dict] = []
    for e in entries:
        c = order(e, best[0]) if best else 1
        if c > 0:
            best = [e]
        elif c == 0:
            best.append(e)
    if not best or len(best) == len(entries) or not worth(best[0]):
        return []
    return [e["id"] for e in best]


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


_TIME = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|([+-])(\d{2}):(\d{2}))")


def export_time(value: Any) -> int | None:
    """An export's ``exported`` time in milliseconds since 1970, or None when it is not
    an ISO time with seconds and a zone ("2026-12-02T09:14:00.000Z" from the book,
    "2026-12-02T10:14:00+01:00" from Jupyter). Fractions past milliseconds are cut.
    As strict as exportTime in js/core/team.js, so both read the same times."""
    m = _TIME.fullmatch(value) if isinstance(value, str) and value.isascii() else None
    if not m:
        return None
    y, mo, d, hh, mm, ss = (int(x) for x in m.groups()[:6])
    ms = int((m[7] or "")[:3].ljust(3, "0"))
    off_h, off_m = (int(m[10]), int(m[11])) if m[9] else (0, 0)
    if y < 1000 or off_h > 23 or off_m > 59:
        return None
    try:
        datetime(y, mo, d, hh, mm, ss)
    except ValueError:
        return None
    offset = (-1 if m[9] == "-" else 1) * (off_h * 60 + off_m) * 60000
    return calendar.timegm((y, mo, d, hh, mm, ss)) * 1000 + ms - offset


def replaces(earlier: dict, later: dict) -> bool:
    """Whether ``later`` (added after ``earlier``, same response id, other answers) counts
    instead of it: the newer export counts; with a time missing, unreadable or equal,
    the one added later."""
    a, b = export_time(earlier.get("exported")), export_time(later.get("exported"))
    return a is None or b is None or a == b or b > a


def merge_files(definition: dict, files: list[dict], count_copies: bool = False) -> dict:
    """Which files count, in the order given (each a dict with name, response, answers):

    - the same response id with the same answers is a duplicate and counts once;
    - the same response id with other answers: the newer export counts (``replaces``),
      in the place of the first; ``replaced`` lists {name: the one that counts,
      replaced: the other};
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
        if before and not replaces(before, f):
            out["replaced"].append({"name": before["name"], "replaced": f["name"]})
            continue
        if before:
            out["replaced"].append({"name": f["name"], "replaced": before["name"]})
        # A replacement keeps the first file's place (dicts and JS Maps both do).
        by_id[f["response"]] = {"name": f["name"], "answers": f["answers"], "key": key, "exported": f.get("exported")}
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
    ``duplicates`` (how many files repeated a response), ``replaced`` (of two
    exports with the same response id and other answers the newer counts, by their
    ``exported`` time, else the file given later: ``{"name": counts, "replaced": does not}``), ``copies`` (groups of files with the same answers
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
        files.append(
            {"name": path.name, "response": response, "answers": data["answers"], "exported": data.get("exported")}
        )
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


def scale_points(definition: dict) -> dict[str, int]:
    """The points of a rating scale's ranked entries, best first: best = n-1 ... worst = 0
    (gronn 2, gul 1, rod 0). An entry with ``ranked: false`` ("Vet ikke") has none."""
    ranked = [s for s in definition["scale"] if s.get("ranked") is not False]
    return {s["id"]: len(ranked) - 1 - i for i, s in enumerate(ranked)}


def _group_means(definition: dict, agg: dict) -> dict[str, dict | None]:
    """One group's mean per dimension (likert), statement (evaluation) or theme (rating): {n, mean} for the
    shown ones, None for the hidden. A theme's mean is the mean points of the ranked
    answers on its shown goals (None when none is ranked)."""
    if definition["kind"] == "likert":
        return {
            d["id"]: {"n": dim["n"], "mean": dim["mean"]} if (dim := agg["dimensions"][d["id"]])["shown"] else None
            for d in definition["dimensions"]
        }
    if definition["kind"] == "evaluation":
        return {
            st["id"]: {"n": item["n"], "mean": item["mean"]} if (item := agg["items"][st["id"]])["shown"] else None
            for st in definition["statements"]
        }
    if definition["kind"] != "rating":
        raise ValueError(f"no team view for kind {definition['kind']!r}")
    points = scale_points(definition)
    out: dict[str, dict | None] = {}
    for t in (t for p in definition["parts"] for t in p["themes"]):
        theme = agg["themes"][t["id"]]
        if not theme["shown"]:
            out[t["id"]] = None
            continue
        total = sum(theme["counts"][k] * p for k, p in points.items())
        k = sum(theme["counts"][k] for k in points)
        out[t["id"]] = {"n": theme["n"], "mean": total / k if k else None}
    return out


def compare_rounds(definition: dict, files_a: list[dict], files_b: list[dict], count_copies: bool = False) -> dict:
    """Two rounds of one exercise side by side, as the book's team view compares them
    (compareRounds in js/core/team.js; vectors in tests/vectors/aggregate/rounds).

    Each group is merged on its own by ``merge_files`` (a response id counts once, the
    newest export); nothing is matched across the groups, so no one can be followed
    from one round to the other. A group is shown only with at least MIN_RESPONSES
    responses; a hidden group gives its count and nothing else. ``rows`` has one entry
    per dimension (likert), statement (evaluation) or theme (rating): the shown groups' means ``a`` and ``b``
    (None when the group or the row is hidden), their ``n_a``/``n_b`` and ``delta`` =
    b - a when both are there.
    """
    groups = []
    for files in (files_a, files_b):
        merged = merge_files(definition, files, count_copies)
        groups.append(aggregate_answers(definition, merged["answers"] + [{}] * len(merged["empty"])))
    means = [_group_means(definition, g) if g["shown"] else None for g in groups]
    if definition["kind"] in ("likert", "evaluation"):
        rows_of = definition["dimensions"] if definition["kind"] == "likert" else definition["statements"]
        ids = [r["id"] for r in rows_of]
        scale = {"min": definition["scale"]["min"], "max": definition["scale"]["max"]}
    else:
        ids = [t["id"] for p in definition["parts"] for t in p["themes"]]
        scale = {"min": 0, "max": len(scale_points(definition)) - 1}
    rows = []
    for id_ in ids:
        a, b = ((m or {}).get(id_) for m in means)
        am, bm = (a["mean"] if a else None), (b["mean"] if b else None)
        rows.append(
            {
                "id": id_,
                "a": am,
                "b": bm,
                "n_a": a["n"] if a else None,
                "n_b": b["n"] if b else None,
                "delta": bm - am if am is not None and bm is not None else None,
            }
        )
    return {
        "instrument": definition["id"],
        "kind": definition["kind"],
        "scale": scale,
        "groups": [
            {"n": g["n"], "empty": g["empty"], "shown": True}
            if g["shown"]
            else {"n": g["n"], "empty": g["empty"], "shown": False, "why": FEWER}
            for g in groups
        ],
        "rows": rows,
    }
