"""A complete, long-worded set of answers for every instrument, as the book stores them.

The phone tests seed these into localStorage before any page runs, so every summary, chart, result
table and printout is on the page with the widest content a reader can produce: every item answered,
long notes with long Norwegian compound words, every plan row and matrix cell filled.
"""

from __future__ import annotations

import json

from widgets.definitions import instrument_ids, load
from widgets.routes import routes

from tests.helpers import key

# A long compound word, the kind that runs past a phone's edge when nothing lets it break.
LONG_WORD = "Porteføljegjennomgangsforberedelsesarbeidet"
LONG_TEXT = f"{LONG_WORD} tok mer tid enn vi trodde, men jobbspesialistene var fornøyde med resultatet."


def _rating(d: dict) -> dict:
    scale = [s["id"] for s in d["scale"]]
    items = [i["id"] for p in d["parts"] for t in p["themes"] for i in t["items"]]
    themes = [t for p in d["parts"] for t in p["themes"]]
    answers = {
        "ratings": {item: scale[n % len(scale)] for n, item in enumerate(items)},
        "notes": {item: LONG_TEXT for item in items[:3]},
    }
    rows = d.get("plan", {}).get("max_themes", 0)
    if rows:
        answers["plan"] = [
            {"theme": themes[-1 - n]["id"], "action": LONG_TEXT, "who": LONG_WORD, "when": "2026-03-01"}
            for n in range(rows)
        ]
    return answers


def _likert(d: dict) -> dict:
    low, high = d["scale"]["min"], d["scale"]["max"]
    items = [i["id"] for dim in d["dimensions"] for i in dim["items"]]
    return {"ratings": {item: low + n % (high - low + 1) for n, item in enumerate(items)}}


def _quiz(d: dict) -> dict:
    responses = {}
    for q in d["questions"]:
        if q["type"] == "classify":
            cats = [c["id"] for c in q["categories"]]
            responses[q["id"]] = {s["id"]: cats[n % len(cats)] for n, s in enumerate(q["statements"])}
        else:
            responses[q["id"]] = q["options"][-1]["id"]
    return {"responses": responses}


def _scenario(d: dict) -> dict:
    # The longest simple route to any ending: the most history on the page.
    ending, route = max(((e, r) for e, rs in routes(d).items() for r in rs), key=lambda er: len(er[1]))
    return {"path": [*route, ending]}


def _field(f: dict, n: int):
    kind = f["type"]
    if kind == "date":
        return "2026-03-01"
    if kind == "choice":
        return f["options"][-1]
    if kind == "checklist":
        return list(f["options"])
    if kind == "matrix":
        return {row: f["options"][(n + r) % len(f["options"])] for r, row in enumerate(f["rows"])}
    return LONG_TEXT if kind == "longtext" else LONG_WORD


def _template(d: dict) -> dict:
    fields = [f for s in d["sections"] for f in s["fields"]]
    return {"fields": {f["id"]: _field(f, n) for n, f in enumerate(fields)}}


def _reflection(d: dict) -> dict:
    return {"responses": {p["id"]: LONG_TEXT for p in d["prompts"]}}


def _evaluation(d: dict) -> dict:
    low, high = d["scale"]["min"], d["scale"]["max"]
    ratings = {st["id"]: low + n % (high - low + 1) for n, st in enumerate(d["statements"])}
    return {"ratings": ratings, "responses": {q["id"]: LONG_TEXT for q in d["questions"]}}


KINDS = {
    "rating": _rating,
    "evaluation": _evaluation,
    "likert": _likert,
    "quiz": _quiz,
    "scenario": _scenario,
    "template": _template,
    "reflection": _reflection,
}


def full_answers(definition: dict) -> dict:
    return KINDS[definition["kind"]](definition)


def full_storage() -> dict[str, str]:
    """localStorage as the book would hold it after a reader answered everything (js/host/record.js)."""
    out = {}
    for iid in instrument_ids():
        d = load(iid)
        record = {"instrument": iid, "version": d["version"], "answers": full_answers(d),
                  "response": f"phone-{iid}", "saved": "2026-03-01T09:14:00.000Z"}  # fmt: skip
        out[key(iid)] = json.dumps(record, ensure_ascii=False)
    return out


def seed_script(storage: dict[str, str]) -> str:
    """An init script that puts `storage` into localStorage before the page's own scripts run, on every load."""
    return f"""(() => {{
  try {{
    for (const [k, v] of Object.entries({json.dumps(storage, ensure_ascii=False)})) localStorage.setItem(k, v);
  }} catch (e) {{ /* about:blank has no storage */ }}
}})()"""
