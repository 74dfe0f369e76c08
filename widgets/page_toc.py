"""The page's *Innhold* and title.

- Headings inside widgets (the Kvalitetsveileder's 13 themes) are listed in the right-hand *Innhold*,
  under the section the widget stands in. They link to anchors that both the no-JS list and the working
  view carry (``static_html.theme_anchor``), so the links work with and without JavaScript.
- The landing page is named after the book. Its browser tab reads "Forside — Metodeveilederhåndboka", not
  "Metodeveilederhåndboka — Metodeveilederhåndboka", and its link at the top of the sidebar, right under
  the book's title (which links there too), reads "Forside" instead of the same name again.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from docutils import nodes

from . import static_html
from .definitions import load

# Files that, when changed, rebuild every page (see sphinx_ext._assets_version).
SOURCES: tuple[Path, ...] = (Path(__file__),)

HOME_LINK = "Forside"

_WIDGET_ID = re.compile(r'<div class="mvh-widget" data-mvh-id="([a-z0-9-]+)"')


def widget_headings(doctree) -> list[tuple[str, list[tuple[str, str]]]]:
    """(section id, [(anchor, text)]) for every widget with headings of its own, in page order."""
    out = []
    for node in doctree.findall(nodes.raw):
        if "html" not in node.get("format", "").split():
            continue
        for instrument_id in _WIDGET_ID.findall(node.astext()):
            d = load(instrument_id)
            themes = [t for part in d.get("parts", []) for t in part.get("themes", [])]
            if not themes:
                continue
            section = node.parent
            while section is not None and not isinstance(section, nodes.section):
                section = section.parent
            if section is None or not section["ids"]:
                continue
            entries = [(static_html.theme_anchor(d, t["id"]), f"{t['id']}. {t['title']}") for t in themes]
            out.append((section["ids"][0], entries))
    return out


def add_entries(toc: str, section_id: str, entries: list[tuple[str, str]]) -> str:
    """The local table of contents (Sphinx's HTML list) with ``entries`` nested under ``section_id``'s link."""
    link = re.search(rf'<a class="reference internal" href="#{re.escape(section_id)}">.*?</a>', toc, re.S)
    if not link:
        return toc
    items = "".join(
        f'<li><a class="reference internal" href="#{escape(a)}">{escape(text)}</a></li>' for a, text in entries
    )
    rest = toc[link.end() :]
    if rest.lstrip().startswith("<ul>"):
        # The section has subsections of its own: the widget's headings come first, as the widget does.
        at = link.end() + rest.index("<ul>") + len("<ul>")
        return toc[:at] + items + toc[at:]
    return toc[: link.end()] + f"<ul>{items}</ul>" + rest


def _page_toc(app, pagename, templatename, context, doctree) -> None:
    if app.builder.format == "html" and doctree is not None and context.get("toc"):
        for section_id, entries in widget_headings(doctree):
            context["toc"] = add_entries(context["toc"], section_id, entries)


def _page_title(app, pagename, templatename, context, doctree) -> None:
    if app.builder.format != "html":
        return
    # The landing page is named after the book, and the tab adds the book's name after every page's title:
    # there it names the page by what it is ("Forside — Metodeveilederhåndboka"). The page's heading stays.
    title = re.sub(r"<[^>]+>", "", context.get("title") or "")
    if pagename == app.config.root_doc and title == app.config.html_title:
        context["title"] = HOME_LINK
    # sphinx-book-theme names the sidebar's home link after the landing page, which is named after the book.
    if context.get("root_title") == app.config.html_title:
        context["root_title"] = HOME_LINK


def setup(app) -> None:
    # Before the page theme's handler: it reads the page's TOC once (to drop an empty one) and keeps what it read.
    app.connect("html-page-context", _page_toc, priority=400)
    # After the book theme's handler, which sets root_title.
    app.connect("html-page-context", _page_title, priority=600)
