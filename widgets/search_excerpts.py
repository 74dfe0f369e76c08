"""Search that works from file://: excerpts built into the book at build time, ranking and stop words.

Sphinx's own result summaries fetch each page with XHR, which a browser refuses from file://, so the
book keeps `html_show_search_summary` off and brings its own:

- When the search page is written (after every chapter), the text of every written page is read
  section by section. It is read from the written pages, so an incremental build still covers the
  pages it did not rewrite.
- What ranking needs goes into `_static/mvh-search-index.js`, which only search.html loads: each
  page's section ids and headings, the glossary's abbreviations, and a word index of the sections'
  texts (ranking counts the query's words in the text; the index gives the same counts).
- Each section's text goes into a classic script of its own, `_static/mvh-search-text/<n>.js`, which
  the search page loads only for the results about to be seen, to write their excerpts. Files of
  sections that are gone are removed.
- `static/search-results.js` is Sphinx's `html_search_scorer`: Sphinx puts it into language_data.js,
  which runs right after searchtools.js and only on the search page. It ranks title and heading
  matches first, keeps one result per page and writes an excerpt around the first hit under each one.
- The Norwegian stop word list drops "mi", which in this book is the abbreviation for motivational
  interviewing, not the Nynorsk "my". Registered for both "no" and "nb", so it does not matter which
  of the two `html_search_language` (or `language`) names.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

from sphinx.search.no import SearchNorwegian

STATIC_DIR = Path(__file__).resolve().parent / "static"
SCORER_JS = STATIC_DIR / "search-results.js"
INDEX_JS = "mvh-search-index.js"  # loads with search.html: what ranking needs
TEXT_DIR = "mvh-search-text"  # one script per section's text, loaded for the excerpts about to be seen
OLD_TEXT_JS = "mvh-search-text.js"  # the whole book's text, as builds before the word index wrote it

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


# Ranking counts how often the query's words occur in each section's text (search-results.js, weigh
# and firstHit), so the search page needs that up front, but not the text: a word index does, and the
# text of a section loads only when its excerpt is about to be seen.
#
# A token is a run of the characters a query word may hold (splitQuery keeps letters, numbers, "_" and
# emoji; this is a superset of those), so no pattern search-results.js builds from a query word
# matches across two tokens, and the pattern run on each token alone counts what it counts in the
# text. The long forms of abbreviations span words: they are counted here, per section.
TOKEN = re.compile(r"[\w\u2300-\u2bff\U0001f000-\U0001faff]+")
# Digits of the numbers in the index: 45 that end a number and 45 that go on, none of them a quote,
# a backslash or a space (the separator), so the index is plain JSON strings.
ALPHABET = "".join(c for c in map(chr, range(0x23, 0x7F)) if c != "\\")[:90]
BASE = 45


def is_letter(char: str) -> bool:
    """search-results.js's LETTER, [\\p{L}\\p{N}]."""
    return char.isalpha() or unicodedata.category(char)[0] == "N"


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def may_be_capitals(token: str) -> bool:
    """Whether a query typed in short capitals (MI, SE) could match in this token: its match is the word
    exactly, between non-letters, so some run of at most 3 letters in the token holds a capital."""
    run = ""
    for char in token + " ":
        if is_letter(char):
            run += char
            continue
        if run and utf16_len(run) <= 3 and run != run.lower():
            return True
        run = ""
    return False


def number(n: int) -> str:
    digits = [ALPHABET[n % BASE]]
    n //= BASE
    while n:
        digits.append(ALPHABET[BASE + n % BASE])
        n //= BASE
    return "".join(reversed(digits))


def postings(entries: list[tuple[int, int]]) -> str:
    """(section, count) pairs, sections ascending: each the gap to the previous, doubled, plus 1 when
    its count is above one, then count - 2."""
    out, previous = [], -1
    for section, n in entries:
        out.append(number((section - previous) * 2 + (n > 1)) + (number(n - 2) if n > 1 else ""))
        previous = section
    return "".join(out)


def front_coded(words: list[str]) -> str:
    """Sorted words, each as the length of what it shares with the one before (in UTF-16 code units, as
    JavaScript slices strings; at most 44) as one digit, then the rest; space separated."""
    out, previous = [], ""
    for word in words:
        shared = 0
        while shared < min(len(word), len(previous)) and word[shared] == previous[shared]:
            shared += 1
        while utf16_len(word[:shared]) >= BASE:
            shared -= 1
        out.append(ALPHABET[utf16_len(word[:shared])] + word[shared:])
        previous = word
    return " ".join(out)


def alias_pattern(long: str) -> re.Pattern:
    """search-results.js's phrasePattern: the words of a long form, whole, with any space between them."""
    words = r"\s+".join(re.escape(w) for w in long.split())
    return re.compile(rf"(?<![^\W_]){words}(?![^\W_])", re.I)


def word_index(texts: list[str], abbreviations: dict[str, str]) -> dict:
    """What ranking needs of the sections' texts (numbered across the book): for every token (lower
    case) the sections that hold it and how often; the same for tokens a query in capitals may match,
    as written; and for every abbreviation, how often its long form occurs."""
    lower: dict[str, dict[int, int]] = {}
    capitals: dict[str, dict[int, int]] = {}
    for section, text in enumerate(texts):
        for token in TOKEN.findall(text):
            entry = lower.setdefault(token.lower(), {})
            entry[section] = entry.get(section, 0) + 1
            if may_be_capitals(token):
                entry = capitals.setdefault(token, {})
                entry[section] = entry.get(section, 0) + 1
    aliases = {}
    for abbr, long in sorted(abbreviations.items()):
        pattern = alias_pattern(long)
        found = [(section, n) for section, text in enumerate(texts) if (n := len(pattern.findall(text)))]
        aliases[abbr] = postings(found)
    words, caps = sorted(lower), sorted(capitals)
    return {
        "words": front_coded(words),
        "postings": " ".join(postings(sorted(lower[w].items())) for w in words),
        "caps": front_coded(caps),
        "capsPostings": " ".join(postings(sorted(capitals[w].items())) for w in caps),
        "aliases": aliases,
    }


def text_script(number: int, text: str) -> str:
    # A classic script, not JSON: a page opened from file:// may not fetch a file, but it may load a script.
    value = json.dumps(text, ensure_ascii=False)
    return f"(self.mvhSearchTexts = self.mvhSearchTexts || {{}})[{number}] = {value};\n"


def search_files(pages: dict[str, list[list[str]]]) -> tuple[dict, dict[int, str]]:
    """The index the search page loads, and the texts of the sections that have any by their number
    across the book (one file each), from each page's sections [[id, heading, text], ...].

    The index gives each page the number of its first section and its sections as [id, heading, 1 if it
    has text else 0]; its version (of all the texts) goes on the files' addresses, so a browser never
    keeps a section's old text under a number that now means another."""
    shown, texts = {}, []
    for docname, sections in sorted(pages.items()):
        shown[docname] = {
            "first": len(texts),
            "sections": [[sid, heading, int(bool(text))] for sid, heading, text in sections],
        }
        texts.extend(text for _, _, text in sections)
    abbrs = abbreviations({d: {"sections": s} for d, s in pages.items()})
    files = {number: text for number, text in enumerate(texts) if text}
    version = hashlib.sha256(json.dumps(texts, ensure_ascii=False).encode("utf-8")).hexdigest()[:8]
    index = {"pages": shown, "abbreviations": abbrs, "version": version, **word_index(texts, abbrs)}
    return index, files


def book_sections(app) -> dict[str, list[list[str]]]:
    """docname -> its sections, [[id, heading, text], ...], for every written page, read from the pages themselves."""
    env = app.env
    builder = app.builder
    pages = {}
    for docname in sorted(env.found_docs):
        path = Path(builder.get_outfilename(docname))
        if not path.exists():
            continue
        sections = page_text(path.read_text(encoding="utf-8"))
        if sections:
            pages[docname] = sections
    return pages


def index_script(index: dict) -> str:
    text = json.dumps(index, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return (
        "// Generated by widgets/search_excerpts.py: headings, abbreviations and the word index, for ranking.\n"
        f"window.mvhSearchIndex = {text};\n"
    )


def _write(path: Path, body: str) -> None:
    if not path.exists() or path.read_text(encoding="utf-8") != body:
        path.write_text(body, encoding="utf-8")


def write_search_files(static: Path, pages: dict[str, list[list[str]]]) -> None:
    """Write the index and the section texts into _static, and remove the texts of sections that are no
    more (and the whole-book text file earlier builds wrote)."""
    index, files = search_files(pages)
    folder = static / TEXT_DIR
    folder.mkdir(parents=True, exist_ok=True)
    for number, text in files.items():
        _write(folder / f"{number}.js", text_script(number, text))
    names = {f"{number}.js" for number in files}
    for path in folder.iterdir():
        if path.name not in names:
            path.unlink()
    (static / OLD_TEXT_JS).unlink(missing_ok=True)
    _write(static / INDEX_JS, index_script(index))


def _set_scorer(app, config) -> None:
    # An absolute path: Sphinx opens html_search_scorer relative to the working directory.
    if not config.html_search_scorer:
        config.html_search_scorer = str(SCORER_JS)


def _search_page(app, pagename, templatename, context, doctree) -> None:
    if pagename != "search" or app.builder.format != "html":
        return
    # The search page is written after every chapter, so the pages read here are this build's.
    static = Path(app.outdir) / "_static"
    static.mkdir(parents=True, exist_ok=True)
    write_search_files(static, book_sections(app))
    # Before Sphinx renders the script tags, so their ?v= checksum is of this build's index. Deferred: the
    # page shows while it loads, and it runs before the query does (searchtools.js waits for DOMContentLoaded).
    app.add_js_file(INDEX_JS, defer="defer")


def setup(app) -> None:
    app.add_search_language(SearchBokmal)
    app.add_search_language(SearchBokmalNb)
    app.connect("config-inited", _set_scorer)
    app.connect("html-page-context", _search_page)
