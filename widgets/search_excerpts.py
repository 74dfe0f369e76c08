"""Search that works from file://: excerpts built into the book at build time, ranking and stop words.

Sphinx's own result summaries fetch each page with XHR, which a browser refuses from file://, so the
book keeps `html_show_search_summary` off and brings its own:

- When the search page is written (after every chapter), the text of every written page, section by
  section, goes into `_static/mvh-search-text.js`, which only search.html loads. It is read from the
  written pages, so an incremental build still covers the pages it did not rewrite.
- `static/search-results.js` is Sphinx's `html_search_scorer`: Sphinx puts it into language_data.js,
  which runs right after searchtools.js and only on the search page. It ranks title and heading
  matches first, keeps one result per page and writes an excerpt around the first hit under each one.
- The Norwegian stop word list drops "mi", which in this book is the abbreviation for motivational
  interviewing, not the Nynorsk "my". Registered for both "no" and "nb", so it does not matter which
  of the two `html_search_language` (or `language`) names.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from sphinx.search.no import SearchNorwegian

STATIC_DIR = Path(__file__).resolve().parent / "static"
SCORER_JS = STATIC_DIR / "search-results.js"
TEXT_JS = "mvh-search-text.js"

# Stop words that are also abbreviations the book uses in capitals (tests/test_search_index.py
# checks the book for more).
ABBREVIATIONS = frozenset({"mi"})

# Files that, when changed, rebuild every page (see sphinx_ext._assets_version): the stop words decide
# what every page's index entry holds, and the scorer is part of the search page.
SOURCES: tuple[Path, ...] = (Path(__file__).resolve(), SCORER_JS)


class SearchBokmal(SearchNorwegian):
    """Sphinx's Norwegian search, without the stop words the book uses as abbreviations."""

    lang = "no"
    stopwords = frozenset(SearchNorwegian.stopwords - ABBREVIATIONS)


class SearchBokmalNb(SearchBokmal):
    lang = "nb"


# The article holds what the reader reads; the rest of the page (navigation, sidebars) is the same everywhere.
ARTICLE = re.compile(r'<article class="bd-article"[^>]*>(.*?)</article>', re.S)
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCK = VOID | {
    "address", "blockquote", "caption", "dd", "details", "div", "dl", "dt", "figcaption", "figure", "h1", "h2",
    "h3", "h4", "h5", "h6", "legend", "li", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul",
}  # fmt: skip
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Never shown as text: code, the widgets' JSON, the permalink "#", boilerplate and hidden data.
SKIP_TAGS = {"script", "style", "svg", "noscript", "template", "button"}
SKIP_CLASSES = {"headerlink", "mvh-fallback-note", "mvh-gloss-defs", "toc-backref"}
SPACE = re.compile(r"\s+")


class _Section:
    def __init__(self, sid: str) -> None:
        self.id = sid
        self.heading: list[str] = []
        self.text: list[str] = []
        self.headed = False  # its heading has been seen: later headings (a widget's) are its text


class _PageText(HTMLParser):
    """Collects the text of one article, split into its sections: [[id, heading, text], ...]."""

    def __init__(self, main_only: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        # Whole page given (a theme without <article class="bd-article">): read only inside role="main".
        self.outside = 1 if main_only else 0  # 1 before the main element, 2 after it
        self.main_depth = -1
        self.sections: list[_Section] = []
        # (tag, the section it opened or None, skipped, is its section's heading)
        self.stack: list[tuple[str, _Section | None, bool, bool]] = []
        self.open: list[_Section] = []
        self.term: _Section | None = None  # the glossary term being read (open until the next or </dl>)
        self.skip = 0
        self.heading = 0

    def _current(self) -> _Section:
        if not self.open:
            self._open("")
        return self.open[-1]

    def _open(self, sid: str) -> _Section:
        section = _Section(sid)
        self.sections.append(section)
        self.open.append(section)
        return section

    def _close_term(self) -> None:
        if self.term is not None and self.term in self.open:
            self.open.remove(self.term)
        self.term = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = set((attributes.get("class") or "").split())
        if self.outside:
            if self.outside == 1 and attributes.get("role") == "main":
                self.outside = 0
                self.main_depth = len(self.stack)
            if tag not in VOID:
                self.stack.append((tag, None, False, False))
            return
        skipped = tag in SKIP_TAGS or bool(classes & SKIP_CLASSES) or "hidden" in attributes
        opened = None
        if not self.skip and tag == "section":
            opened = self._open(attributes.get("id") or "")
        elif not self.skip and tag == "dt" and attributes.get("id"):
            # A glossary term (<dt id="term-…">) is a section of its own, up to the next term or the list's end.
            self._close_term()
            self.term = self._open(attributes["id"])
        if tag in BLOCK and not self.skip:
            self._current().text.append(" ")
        if tag in VOID:
            return
        section = self._current()
        heads = not self.skip and not section.headed and (tag in HEADINGS or section is self.term and tag == "dt")
        if heads:
            section.headed = True
        self.stack.append((tag, opened, skipped, heads))
        self.skip += skipped
        self.heading += heads

    def handle_endtag(self, tag):
        if tag == "dl" and not self.skip and not self.outside:
            self._close_term()
        # Pop up to the matching start tag (the pages are well formed; this only guards against stray tags).
        if not any(entry[0] == tag for entry in self.stack):
            return
        while self.stack:
            open_tag, opened, skipped, heads = self.stack.pop()
            self.skip -= skipped
            self.heading -= heads
            if opened is not None and opened in self.open:
                self.open.remove(opened)
            if len(self.stack) == self.main_depth:
                self.outside = 2
            if open_tag == tag:
                break
        if tag in BLOCK and not self.skip and not self.outside:
            self._current().text.append(" ")

    def handle_data(self, data):
        if self.skip or self.outside:
            return
        section = self._current()
        (section.heading if self.heading else section.text).append(data)

    def result(self) -> list[list[str]]:
        out = []
        for section in self.sections:
            heading = SPACE.sub(" ", "".join(section.heading)).strip()
            text = SPACE.sub(" ", "".join(section.text)).strip()
            if heading or text:
                out.append([section.id, heading, text])
        return out


def page_text(page_html: str) -> list[list[str]]:
    """The sections of a written page's article, as [[id, heading, text], ...] (empty if it has none)."""
    match = ARTICLE.search(page_html)
    parser = _PageText(main_only=match is None)
    parser.feed(match.group(1) if match else page_html)
    parser.close()
    return parser.result()


# Glossary terms that pair an abbreviation with its long form: "Motiverende samtale (MI)", "IPS (Individuell jobbstøtte)".
ABBR = "[A-ZÆØÅ]{2,6}"
LONG_FIRST = re.compile(rf"^(?P<long>[^()]+?) \((?P<abbr>{ABBR})\)$")
ABBR_FIRST = re.compile(rf"^(?P<abbr>{ABBR}) \((?P<long>[^()]+)\)$")


def abbreviations(pages: dict[str, dict]) -> dict[str, str]:
    """abbreviation (lower case) -> long form, from the glossary's terms, so "MI" ranks "Motiverende samtale …" first."""
    found = {}
    for page in pages.values():
        for sid, heading, _ in page["sections"]:
            if not sid.startswith("term-"):
                continue
            match = LONG_FIRST.match(heading) or ABBR_FIRST.match(heading)
            if match:
                found[match["abbr"].lower()] = match["long"].strip()
    return found


def search_text(app) -> dict:
    """{"pages": docname -> {"sections"}, "abbreviations"} for every written page, read from the pages themselves."""
    env = app.env
    builder = app.builder
    pages = {}
    for docname in sorted(env.found_docs):
        path = Path(builder.get_outfilename(docname))
        if not path.exists():
            continue
        sections = page_text(path.read_text(encoding="utf-8"))
        if sections:
            pages[docname] = {"sections": sections}
    return {"pages": pages, "abbreviations": abbreviations(pages)}


def script(data: dict) -> str:
    # A script, not JSON: a page opened from file:// may not fetch a file, but it may load a script.
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return f"// Generated by widgets/search_excerpts.py: the text of every page, for excerpts.\nwindow.mvhSearchText = {text};\n"


def _set_scorer(app, config) -> None:
    # An absolute path: Sphinx opens html_search_scorer relative to the working directory.
    if not config.html_search_scorer:
        config.html_search_scorer = str(SCORER_JS)


def _search_page(app, pagename, templatename, context, doctree) -> None:
    if pagename != "search" or app.builder.format != "html":
        return
    # The search page is written after every chapter, so the pages read here are this build's.
    body = script(search_text(app))
    static = Path(app.outdir) / "_static"
    static.mkdir(parents=True, exist_ok=True)
    target = static / TEXT_JS
    if not target.exists() or target.read_text(encoding="utf-8") != body:
        target.write_text(body, encoding="utf-8")
    # Before Sphinx renders the script tags, so their ?v= checksum is of this build's text.
    app.add_js_file(TEXT_JS)


def setup(app) -> None:
    app.add_search_language(SearchBokmal)
    app.add_search_language(SearchBokmalNb)
    app.connect("config-inited", _set_scorer)
    app.connect("html-page-context", _search_page)
