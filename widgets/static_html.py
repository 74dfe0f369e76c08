"""Kernel-free HTML for an instrument, as it appears in the static book.

The definition travels inline as JSON; the shared script (registered by
``widgets.sphinx_ext``) finds ``.mvh-widget`` elements and mounts the UI. The
fallback list is what a reader sees without JavaScript, and what prints if the
script never ran.
"""

from __future__ import annotations

import json
from html import escape
from typing import Callable

from .definitions import load
from .i18n import t


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


def theme_anchor(d: dict, theme_id: str) -> str:
    """A rating theme's anchor, the same in the no-JS list and the working view (js/kinds/rating.js
    themeAnchor): the page's *Innhold* links to it (widgets/page_toc.py)."""
    return f"{d['id']}-tema-{theme_id}"


def _fallback_rating(d: dict) -> str:
    choices = " ".join(f"☐ {escape(s['label'])}" for s in d["scale"])
    out = []
    for part in d["parts"]:
        out.append(f"<h4>{escape(part['title'])}</h4>")
        for theme in part["themes"]:
            anchor = escape(theme_anchor(d, theme["id"]))
            out.append(f'<h5 id="{anchor}">{escape(theme["id"])}. {escape(theme["title"])}</h5>')
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


def _fallback_evaluation(d: dict) -> str:
    scale = [f"{d['scale']['min'] + i} {label}" for i, label in enumerate(d["scale"]["labels"])]
    statements = "".join(f"<li>{escape(st['text'])}<br>{_boxes(scale)}</li>" for st in d["statements"])
    questions = "".join(f"<li>{escape(q['text'])}</li>" for q in d["questions"])
    return f"<ul>{statements}</ul><ol>{questions}</ol>"


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
    return f"<p>{escape(start['text'])}</p><p>{t('html.what_do_you_do')}</p><ul>{choices}</ul>"


def _template_form(d: dict, boxes: Callable[[list[str]], str], blank: Callable[[dict], str]) -> str:
    """A template's sections and fields as a form: the no-JS fallback and the paper form differ only
    in how a field's boxes and its blank space to write in are drawn."""
    out = []
    for sec in d["sections"]:
        out.append(f"<h4>{escape(sec['title'])}</h4>")
        for f in sec["fields"]:
            label = f"<strong>{escape(f['label'])}</strong>"
            if f["type"] in ("choice", "checklist"):
                out.append(f"<p>{label}<br>{boxes(f['options'])}</p>")
            elif f["type"] == "matrix":
                head = "".join(f"<th>{escape(o)}</th>" for o in f["options"])
                rows = "".join(f"<tr><th>{escape(r)}</th>{'<td>☐</td>' * len(f['options'])}</tr>" for r in f["rows"])
                out.append(f"<p>{label}</p><table><tr><th></th>{head}</tr>{rows}</table>")
            else:
                out.append(f"<p>{label}{blank(f)}</p>")
    return "".join(out)


def _fallback_template(d: dict) -> str:
    return _template_form(d, _boxes, lambda f: "<br>________________________________________")


def render(definition: dict) -> str:
    d = definition
    intro = f"<p>{escape(d['intro'])}</p>" if d.get("intro") else ""
    from .kinds import kind_of

    body = kind_of(d).fallback(d)
    return (
        f'<div class="mvh-widget" data-mvh-id="{escape(d["id"])}" data-mvh-version="{int(d["version"])}">'
        f'<script type="application/json" class="mvh-definition">{inline_json(d)}</script>'
        f'<div class="mvh-fallback">'
        f'<p class="mvh-fallback-note">{t("html.fallback_note")}</p>'
        f"<h3>{escape(d['title'])}</h3>{intro}{body}</div></div>"
    )


VIEWS = ("workbook", "team", "toolbox", "overview", "progress")


def view_title(role: str) -> str:
    """A whole-book view's name, in the active language (widgets/i18n/); an unknown role as it is."""
    return t(f"html.view.{role}") if role in VIEWS else role


def no_part() -> str:
    """The overview's heading for exercises no page holds (views/overview.js uses the same key)."""
    return t("overview.star_ikke_i_boka_enna")


# The toolbox's groups, by kind, in the order the page shows them (the script reads them from the page's
# JSON, so the list with and without JavaScript is the same).
# Their titles are in the catalogues as html.toolbox.<id>.
TOOLBOX_KINDS = (
    ("selvvurderinger", ["rating", "likert"]),
    ("maler", ["template"]),
    ("dilemmaer", ["scenario"]),
    ("quizer", ["quiz"]),
    ("refleksjoner", ["reflection"]),
    ("evalueringer", ["evaluation"]),
)


def toolbox_groups() -> list[dict]:
    return [{"id": g, "title": t(f"html.toolbox.{g}"), "kinds": kinds} for g, kinds in TOOLBOX_KINDS]


def render_view(
    role: str,
    definitions: list[dict],
    pages: dict[str, list[dict]] | None = None,
    workbook: str = "",
    parts: list[str] | None = None,
    source: str = "",
) -> str:
    """A whole-book view (the workbook, the team view, the toolbox, the overview of how far the reader
    has come, or the landing page's progress line) over several instruments.

    ``pages`` maps instrument ids to the pages that hold them, ``workbook`` is the link to the page
    with the overview (the progress line links there) and ``parts`` the captions of the book's parts in
    the order of ``_toc.yml``; widgets.sphinx_ext fills them in when the book is built.

    The payload names its instruments by id; ``source`` is the link to ``_static/mvh-instruments.js``,
    which holds every definition once (js/host/instruments.js). In Jupyter there is none: the view shows
    its readable list only.
    """
    pages = pages or {}
    payload = {
        "role": role,
        "instruments": [d["id"] for d in definitions],
        "pages": {d["id"]: pages.get(d["id"], []) for d in definitions},
        "source": source,
    }
    if role == "toolbox":
        payload["groups"] = toolbox_groups()
        fallback = f'<p class="mvh-fallback-note">{t("html.toolbox_fallback")}</p>{_toolbox_list(definitions, pages)}'
    elif role == "overview":
        payload["parts"] = list(parts or [])
        fallback = (
            f'<p class="mvh-fallback-note">{t("html.overview_fallback")}</p>'
            f"{_part_list(definitions, pages, parts or [])}"
        )
    elif role == "progress":
        # The line is only there when the reader has answers in this browser: without the script
        # there is nothing to show, and no empty box either (widget-overview.css hides the holder).
        payload["workbook"] = workbook
        fallback = ""
    else:
        fallback = (
            f'<p class="mvh-fallback-note">{t("html.view_needs_js", title=view_title(role))}</p>'
            f"{_view_list(definitions, pages)}"
        )
    return (
        f'<div class="mvh-widget" data-mvh-role="{escape(role)}"{_listed(role, definitions)}>'
        f'<script type="application/json" class="mvh-definition">{inline_json(payload)}</script>'
        f'<div class="mvh-fallback">{fallback}</div></div>'
    )


def _where(page: dict) -> str:
    """Where an exercise stands, as a link: the chapter, and the section when it is not the chapter's top."""
    text = f"{page['title']}: {page['section']}" if page.get("section") else page["title"]
    return f'<a href="{escape(page.get("anchor") or page["href"])}">{escape(text)}</a>'


def _toolbox_list(definitions: list[dict], pages: dict[str, list[dict]]) -> str:
    out = []
    for group in toolbox_groups():
        defs = [d for d in definitions if d["kind"] in group["kinds"]]
        if not defs:
            continue
        out.append(f"<h3>{escape(group['title'])} ({len(defs)})</h3><ul>")
        for d in defs:
            where = pages.get(d["id"], [])
            links = t("html.and").join(_where(p) for p in where) if where else t("html.not_in_book")
            out.append(f'<li data-instrument="{escape(d["id"])}"><strong>{escape(d["title"])}</strong> – {links}</li>')
        out.append("</ul>")
    return "".join(out)


def by_part(
    definitions: list[dict], pages: dict[str, list[dict]], parts: list[str]
) -> list[tuple[str, list[tuple[dict, dict | None]]]]:
    """Every part of the book with the exercises that live in it, as (definition, its place in that part),
    the parts in the book's order (``parts``); an exercise in two parts is in both, one that no page
    holds comes last (views/overview.js byPart groups the same way)."""
    groups: dict[str, list[tuple[dict, dict | None]]] = {}
    for d in definitions:
        for p in pages.get(d["id"], []):
            members = groups.setdefault(p.get("part") or no_part(), [])
            if all(m[0]["id"] != d["id"] for m in members):
                members.append((d, p))
    for d in definitions:
        if not pages.get(d["id"]):
            groups.setdefault(no_part(), []).append((d, None))
    rank = {p: i for i, p in enumerate(parts)}
    return sorted(groups.items(), key=lambda g: (g[0] == no_part(), rank.get(g[0], len(rank))))


def _part_list(definitions: list[dict], pages: dict[str, list[dict]], parts: list[str]) -> str:
    out = []
    for part, members in by_part(definitions, pages, parts):
        out.append(f"<h3>{escape(part)} ({len(members)})</h3><ul>")
        for d, place in members:
            links = _where(place) if place else t("html.not_in_book")
            out.append(f'<li data-instrument="{escape(d["id"])}"><strong>{escape(d["title"])}</strong> – {links}</li>')
        out.append("</ul>")
    return "".join(out)


# The instruments a team view merges unless a page names its own. Not written into the page's marker:
# cell outputs are cached by their code, so a list in the output would outlive a change here. The build
# reads it when the page is written (sphinx_ext._render_widgets).
TEAM_INSTRUMENTS = ("psykologisk-trygghet", "teamkultur", "kvalitetsveileder", "kursevaluering")


def _listed(role: str, definitions: list[dict]) -> str:
    ids = tuple(d["id"] for d in definitions) if role == "team" else ()
    listed = " ".join(ids) if ids and ids != TEAM_INSTRUMENTS else ""
    return f' data-mvh-instruments="{escape(listed)}"' if listed else ""


def _view_list(definitions: list[dict], pages: dict[str, list[dict]]) -> str:
    items = "".join(
        f"<li>{escape(d['title'])}"
        + "".join(f' – <a href="{escape(p["href"])}">{escape(p["title"])}</a>' for p in pages.get(d["id"], []))
        + "</li>"
        for d in definitions
    )
    return f"<ul>{items}</ul>"


# ------------------------------------------------------------------ paper forms (the course PDF)
# The same content as the fallback, laid out to be filled in with a pen: lines to write on,
# boxes to tick. Styled by course-print.css (the kurs-* classes).

# The whole-book views with a note of their own on paper (html.view_note.<role> in the catalogues).
VIEW_NOTES = ("workbook", "team", "toolbox")


def _lines(n: int) -> str:
    return '<span class="kurs-lines" aria-hidden="true">' + '<span class="kurs-line"></span>' * n + "</span>"


def _write(label: str, n: int) -> str:
    return f'<span class="kurs-write"><span class="kurs-write-label">{label}</span>{_lines(n)}</span>'


def _tick(options: list[str]) -> str:
    """Boxes to tick; one box and its label never split over two lines."""
    boxes = " ".join(f'<span class="kurs-choice">☐ {escape(o)}</span>' for o in options)
    return f'<span class="mvh-fallback-choices">{boxes}</span>'


def _tick_list(options: list[str]) -> str:
    return '<ul class="kurs-choices">' + "".join(f"<li>☐ {escape(o)}</li>" for o in options) + "</ul>"


def _paper_rating(d: dict) -> str:
    tick, out = _tick([s["label"] for s in d["scale"]]), []
    for part in d["parts"]:
        out.append(f"<h4>{escape(part['title'])}</h4>")
        for theme in part["themes"]:
            out.append(f"<h5>{escape(theme['id'])}. {escape(theme['title'])}</h5>")
            if theme.get("intention"):
                out.append(f"<p>{escape(theme['intention'])}</p>")
            out.append("<ul>")
            out += [
                f"<li><strong>{escape(i['id'])}</strong> {escape(i['text'])}<br>{tick}{_write(t('html.note'), 1)}</li>"
                for i in theme["items"]
            ]
            out.append("</ul>")
    body = "\n".join(out)
    plan = d.get("plan") or {}
    if plan.get("max_themes"):
        rows = "".join(
            f'<div class="kurs-plan-row"><h5>{t("html.plan_area", n=i + 1)}</h5>'
            f"{_write(t('html.plan_theme'), 1)}{_write(t('html.plan_what'), 3)}"
            f"{_write(t('html.plan_who'), 1)}{_write(t('html.plan_by'), 1)}</div>"
            for i in range(int(plan["max_themes"]))
        )
        intro = f"<p>{escape(plan['intro'])}</p>" if plan.get("intro") else ""
        body += f'<div class="kurs-plan"><h4>{t("html.plan")}</h4>{intro}{rows}</div>'
    return body


def _paper_reflection(d: dict) -> str:
    return "<ol>" + "".join(f"<li>{escape(p['text'])}{_lines(6)}</li>" for p in d["prompts"]) + "</ol>"


def _paper_likert(d: dict) -> str:
    tick = _tick([f"{d['scale']['min'] + i} {label}" for i, label in enumerate(d["scale"]["labels"])])
    return "".join(
        f"<h4>{escape(dim['title'])}</h4><ul>"
        + "".join(f"<li>{escape(i['text'])}<br>{tick}</li>" for i in dim["items"])
        + "</ul>"
        for dim in d["dimensions"]
    )


def _paper_evaluation(d: dict) -> str:
    tick = _tick([f"{d['scale']['min'] + i} {label}" for i, label in enumerate(d["scale"]["labels"])])
    statements = "".join(f"<li>{escape(st['text'])}<br>{tick}</li>" for st in d["statements"])
    questions = "".join(f"<li>{escape(q['text'])}{_lines(4)}</li>" for q in d["questions"])
    return f"<ul>{statements}</ul><ol>{questions}</ol>"


def _paper_quiz(d: dict) -> str:
    out = ["<ol>"]
    for q in d["questions"]:
        if q["type"] == "single":
            out.append(f"<li>{escape(q['text'])}{_tick_list([o['text'] for o in q['options']])}</li>")
        else:
            cats = ", ".join(escape(c["label"]) for c in q["categories"])
            statements = "".join(
                f'<li>{escape(st["text"])} <span class="kurs-blank"></span></li>' for st in q["statements"]
            )
            out.append(f"<li>{escape(q['text'])} ({cats})<ol>{statements}</ol></li>")
    return "".join(out) + "</ol>"


def _paper_scenario(d: dict) -> str:
    start = next(n for n in d["nodes"] if n["id"] == d["start"])
    # The first step's text often ends with the question itself: ask it once.
    question = t("html.what_do_you_do")
    ask = "" if start["text"].rstrip().endswith(question) else f"<p>{question}</p>"
    return (
        f"<p>{escape(start['text'])}</p>{ask}{_tick_list([c['text'] for c in start.get('choices', [])])}"
        f"{_write(t('html.why'), 3)}"
        f'<p class="kurs-small">{t("html.scenario_more")}</p>'
    )


def _paper_template(d: dict) -> str:
    return _template_form(d, _tick, lambda f: _lines(4 if f["type"] == "longtext" else 1))


def render_paper(data: dict) -> str:
    """A form to fill in by hand: an instrument's definition, or a whole-book view's payload
    (``{"role", "instruments", "pages"}``, as ``render_view`` writes it) as a list of the exercises."""
    if data.get("role") in ("overview", "progress"):
        # How far a reader has come is the browser's to tell; on paper the workbook's list follows.
        return ""
    if "role" in data:
        role = data["role"]
        definitions = [load(i) for i in data.get("instruments", [])]  # named by id (render_view)
        note = t(f"html.view_note.{role}") if role in VIEW_NOTES else t("html.view_note_other", title=view_title(role))
        return (
            f'<div class="mvh-widget kurs-view" data-mvh-role="{escape(role)}"{_listed(role, definitions)}>'
            f'<div class="mvh-fallback"><p class="mvh-fallback-note">{note}</p>'
            f"{_view_list(definitions, data.get('pages') or {})}</div></div>"
        )
    from .kinds import kind_of

    d = data
    intro = f"<p>{escape(d['intro'])}</p>" if d.get("intro") else ""
    return (
        f'<div class="mvh-widget kurs-form kurs-form-{escape(d["kind"])}" data-mvh-id="{escape(d["id"])}"'
        f' data-mvh-version="{int(d["version"])}"><div class="mvh-fallback">'
        f'<p class="kurs-form-note">{t("html.form_note")}</p>'
        f"<h3>{escape(d['title'])}</h3>{intro}{kind_of(d).paper(d)}</div></div>"
    )
