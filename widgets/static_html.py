"""Kernel-free HTML for an instrument, as it appears in the static book.

The definition travels inline as JSON; the shared script (registered by
``widgets.sphinx_ext``) finds ``.mvh-widget`` elements and mounts the UI. The
fallback list is what a reader sees without JavaScript, and what prints if the
script never ran.
"""
from __future__ import annotations

import json
from html import escape


def inline_json(data: dict) -> str:
    """JSON that is safe inside <script>: no '</script>', no '<!--', no '&' entities."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _fallback_rating(d: dict) -> str:
    choices = " ".join(f"☐ {escape(s['label'])}" for s in d["scale"])
    out = []
    for part in d["parts"]:
        out.append(f"<h4>{escape(part['title'])}</h4>")
        for theme in part["themes"]:
            out.append(f"<h5>{escape(theme['id'])}. {escape(theme['title'])}</h5>")
            if theme.get("intention"):
                out.append(f"<p>{escape(theme['intention'])}</p>")
            out.append("<ul>")
            for item in theme["items"]:
                out.append(
                    f"<li><strong>{escape(item['id'])}</strong> {escape(item['text'])}"
                    f'<br><span class="mvh-fallback-choices">{choices}</span></li>'
                )
            out.append("</ul>")
    return "\n".join(out)


def _fallback_reflection(d: dict) -> str:
    items = "".join(f"<li>{escape(p['text'])}</li>" for p in d["prompts"])
    return f"<ol>{items}</ol>"


def _boxes(options: list[str]) -> str:
    return f'<span class="mvh-fallback-choices">{" ".join(f"☐ {escape(o)}" for o in options)}</span>'


def _fallback_likert(d: dict) -> str:
    scale = [f"{d['scale']['min'] + i} {label}" for i, label in enumerate(d["scale"]["labels"])]
    out = []
    for dim in d["dimensions"]:
        out.append(f"<h4>{escape(dim['title'])}</h4><ul>")
        out += [f"<li>{escape(i['text'])}<br>{_boxes(scale)}</li>" for i in dim["items"]]
        out.append("</ul>")
    return "".join(out)


def _fallback_quiz(d: dict) -> str:
    out = ["<ol>"]
    for q in d["questions"]:
        if q["type"] == "single":
            options = "".join(f"<li>☐ {escape(o['text'])}</li>" for o in q["options"])
            out.append(f"<li>{escape(q['text'])}<ul>{options}</ul></li>")
        else:
            cats = ", ".join(escape(c["label"]) for c in q["categories"])
            statements = "".join(f"<li>{escape(st['text'])} ______</li>" for st in q["statements"])
            out.append(f"<li>{escape(q['text'])} ({cats})<ol>{statements}</ol></li>")
    out.append("</ol>")
    return "".join(out)


def _fallback_scenario(d: dict) -> str:
    start = next(n for n in d["nodes"] if n["id"] == d["start"])
    choices = "".join(f"<li>{escape(c['text'])}</li>" for c in start.get("choices", []))
    return f"<p>{escape(start['text'])}</p><p>Hva gjør du?</p><ul>{choices}</ul>"


def _fallback_template(d: dict) -> str:
    out = []
    for sec in d["sections"]:
        out.append(f"<h4>{escape(sec['title'])}</h4>")
        for f in sec["fields"]:
            label = f"<strong>{escape(f['label'])}</strong>"
            if f["type"] in ("choice", "checklist"):
                out.append(f"<p>{label}<br>{_boxes(f['options'])}</p>")
            elif f["type"] == "matrix":
                head = "".join(f"<th>{escape(o)}</th>" for o in f["options"])
                rows = "".join(
                    f"<tr><th>{escape(r)}</th>{'<td>☐</td>' * len(f['options'])}</tr>" for r in f["rows"])
                out.append(f"<p>{label}</p><table><tr><th></th>{head}</tr>{rows}</table>")
            else:
                out.append(f"<p>{label}<br>________________________________________</p>")
    return "".join(out)


FALLBACKS = {
    "rating": _fallback_rating,
    "reflection": _fallback_reflection,
    "likert": _fallback_likert,
    "quiz": _fallback_quiz,
    "scenario": _fallback_scenario,
    "template": _fallback_template,
}


def render(definition: dict) -> str:
    d = definition
    intro = f"<p>{escape(d['intro'])}</p>" if d.get("intro") else ""
    body = FALLBACKS[d["kind"]](d)
    return (
        f'<div class="mvh-widget" data-mvh-id="{escape(d["id"])}" data-mvh-version="{int(d["version"])}">'
        f'<script type="application/json" class="mvh-definition">{inline_json(d)}</script>'
        f'<div class="mvh-fallback">'
        f'<p class="mvh-fallback-note">Denne øvelsen er interaktiv når JavaScript er slått på. '
        f"Her er innholdet som en liste du kan lese eller skrive ut.</p>"
        f"<h3>{escape(d['title'])}</h3>{intro}{body}</div></div>"
    )


VIEW_TITLES = {"workbook": "Mine svar", "team": "Teamoversikt"}


def render_view(role: str, definitions: list[dict], pages: dict[str, list[dict]] | None = None) -> str:
    """A whole-book view (the workbook or the team view) over several instruments.

    ``pages`` maps instrument ids to the pages that hold them; widgets.sphinx_ext
    fills it in when the book is built.
    """
    pages = pages or {}
    payload = {"role": role, "instruments": definitions, "pages": {d["id"]: pages.get(d["id"], []) for d in definitions}}
    listed = " ".join(d["id"] for d in definitions) if role == "team" else ""
    attr = f' data-mvh-instruments="{escape(listed)}"' if listed else ""
    items = "".join(
        f"<li>{escape(d['title'])}"
        + "".join(f' – <a href="{escape(p["href"])}">{escape(p["title"])}</a>' for p in pages.get(d["id"], []))
        + "</li>"
        for d in definitions
    )
    return (
        f'<div class="mvh-widget" data-mvh-role="{escape(role)}"{attr}>'
        f'<script type="application/json" class="mvh-definition">{inline_json(payload)}</script>'
        f'<div class="mvh-fallback"><p class="mvh-fallback-note">{VIEW_TITLES.get(role, role)} trenger JavaScript. '
        f"Øvelsene det gjelder:</p><ul>{items}</ul></div></div>"
    )
