"""Glossary terms that explain themselves in place: a short definition on hover, focus and tap.

- When the glossary page is read, each term's definition is kept as plain text (env.mvh_glossary),
  without its citations: a popover is a reminder, the sources are in *Ordliste*.
- When a page is written, every link to a glossary term gets `aria-describedby` pointing at a hidden
  element holding that term's definition, and the page carries the definitions of only the terms it
  links to. Screen readers announce the definition with the link; nothing is fetched, so it works
  from file://, and no inline style or script is added (the page's Content-Security-Policy).
- `static/glossary-popovers.js` shows the same text in a popover on hover, focus and tap, closed
  with Escape; the link still leads to *Ordliste*. It also gives citations (whose preview was the
  browser's `title` tooltip, which touch and keyboard never show) the same popover.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from docutils import nodes
from sphinx import addnodes

from . import assets

STATIC_DIR = Path(__file__).resolve().parent / "static"
POPOVER_JS = STATIC_DIR / "glossary-popovers.js"
JS_NAME = "mvh-glossary.js"
DEF_PREFIX = "mvh-def-"

# Files that, when changed, rebuild every page (see sphinx_ext._assets_version).
SOURCES: tuple[Path, ...] = (Path(__file__).resolve(), POPOVER_JS)

# A link Sphinx writes for {term}: <a class="reference internal" href="ordliste.html#term-X"><span class="xref std std-term">
TERM_LINK = re.compile(
    r'<a class="reference internal" href="(?P<href>[^"#]*#(?P<id>term-[^"]+))">(?=<span class="xref std std-term">)'
)
# A citation link with its preview in `title` (sphinxcontrib-bibtex).
CITATION_LINK = re.compile(r'<span class="bibtex-citation"[^>]*>[^<]*<a class="reference internal" href="[^"]*" title=')
SPACE = re.compile(r"\s+")
SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([.,;:!?)])")


def _segments(node: nodes.Node) -> list:
    """The text of a definition as strings and [kind, target] for references resolved when a page is written."""
    out: list = []
    for child in node.children:
        if isinstance(child, addnodes.pending_xref):
            domain, kind = child.get("refdomain"), child.get("reftype")
            if domain == "cite":
                continue  # the sources are on the glossary page
            if domain == "std" and kind in ("ref", "doc") and not child.get("refexplicit"):
                out.append([kind, child["reftarget"]])
                continue
            out.append(child.astext())
        elif isinstance(child, (nodes.Text,)):
            out.append(str(child))
        elif isinstance(child, (addnodes.index, nodes.target, nodes.system_message, nodes.comment)):
            continue
        else:
            if isinstance(child, nodes.Element) and child.children and isinstance(child, nodes.paragraph):
                out.append(" ")
            out.extend(_segments(child))
    return out


def _read_glossary(app, doctree) -> None:
    env = app.env
    docname = env.docname
    terms = {}
    for glossary in doctree.findall(addnodes.glossary):
        for item in glossary.findall(nodes.definition_list_item):
            definition = next(iter(item.findall(nodes.definition)), None)
            if definition is None:
                continue
            segments = _segments(definition)
            for term in item.findall(nodes.term):
                label = SPACE.sub(" ", "".join(t for t in _segments(term) if isinstance(t, str))).strip()
                for term_id in term["ids"]:
                    terms[term_id] = {"term": label, "segments": segments}
    store = _store(env)
    store.pop(docname, None)
    if terms:
        store[docname] = terms


def _store(env) -> dict:
    if not hasattr(env, "mvh_glossary"):
        env.mvh_glossary = {}
    return env.mvh_glossary


def _purge(app, env, docname) -> None:
    _store(env).pop(docname, None)


def _merge(app, env, docnames, other) -> None:
    store = _store(env)
    for docname, terms in getattr(other, "mvh_glossary", {}).items():
        if docname in docnames:
            store[docname] = terms


def _outdated(app, env, added, changed, removed):
    # A changed definition must reach every page that links to the term: read them all again.
    if _store(env).keys() & (set(added) | set(changed) | set(removed)):
        return sorted(env.found_docs - set(added) - set(changed))
    return []


def definition_text(env, segments: list) -> str:
    """The definition as one line of plain text, references as the titles they link to."""
    std = env.get_domain("std")
    parts = []
    for segment in segments:
        if isinstance(segment, str):
            parts.append(segment)
        elif segment[0] == "ref":
            label = std.labels.get(segment[1])
            parts.append(label[2] if label else segment[1])
        else:
            title = env.titles.get(segment[1])
            parts.append(title.astext() if title is not None else segment[1])
    text = SPACE.sub(" ", "".join(parts)).strip()
    return SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)


def definitions(env) -> dict[str, dict]:
    """term id -> {"term", "text"} over every glossary in the book."""
    out = {}
    for terms in _store(env).values():
        for term_id, entry in terms.items():
            out[term_id] = {"term": entry["term"], "text": definition_text(env, entry["segments"])}
    return out


def annotate(body: str, known: dict[str, dict]) -> tuple[str, list[str]]:
    """Describe every term link in body by its definition. Returns (body, the term ids it links to)."""
    used: list[str] = []

    def describe(m: re.Match) -> str:
        term_id = m["id"]
        if term_id not in known:
            return m.group(0)
        if term_id not in used:
            used.append(term_id)
        return (
            f'<a class="reference internal" href="{m["href"]}" '
            f'aria-describedby="{DEF_PREFIX}{html.escape(term_id)}" data-mvh-term="">'
        )

    body = TERM_LINK.sub(describe, body)
    if not used:
        return body, used
    items = "".join(
        f'<span id="{DEF_PREFIX}{html.escape(term_id)}" data-term="{html.escape(known[term_id]["term"])}">'
        f"{html.escape(known[term_id]['text'])}</span>"
        for term_id in used
    )
    # Hidden, but still the links' accessible description (aria-describedby may point at hidden text).
    return body + f'\n<div class="mvh-gloss-defs" hidden="">{items}</div>\n', used


def _register(app) -> None:
    if app.builder.format != "html":
        return
    (assets.static_out(app) / JS_NAME).write_text(POPOVER_JS.read_text(encoding="utf-8"), encoding="utf-8")


def _page(app, pagename, templatename, context, doctree) -> None:
    body = context.get("body")
    if not body or app.builder.format != "html":
        return
    if not hasattr(app, "_mvh_definitions"):
        app._mvh_definitions = definitions(app.env)
    body, used = annotate(body, app._mvh_definitions)
    context["body"] = body
    if used or CITATION_LINK.search(body):
        app.add_js_file(JS_NAME, defer="defer")


def setup(app) -> None:
    app.connect("builder-inited", _register)
    app.connect("doctree-read", _read_glossary)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    app.connect("env-get-outdated", _outdated)
    app.connect("html-page-context", _page)
