"""Content integrity: the table of contents, links, citations, glossary terms,
titles, labels and spelling of the whole book.

Every check reports all problems it finds in one assertion message, so a
writer can fix them in one go. The spell-check uses hunspell with Debian's
Norwegian Bokmål dictionary (`apt-get install -y hunspell hunspell-no`) and the
project word list tests/spelling/ordliste.txt; it never skips.

`python tests/test_integrity.py --sort-wordlist` sorts the word list in place
(Norwegian order, comment header kept) after you have added a term.
"""

from __future__ import annotations

import collections
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
BOOK = ROOT / "book"
TOC = ROOT / "_toc.yml"
BIB = ROOT / "references.bib"
GLOSSARY = BOOK / "ordliste.md"
INSTRUMENTS = ROOT / "widgets" / "instruments"
WORDLIST = Path(__file__).resolve().parent / "spelling" / "ordliste.txt"

HUNSPELL_DICT = "nb_NO"
HUNSPELL_HELP = (
    "The spell-check needs hunspell and Debian's Norwegian Bokmål dictionary "
    f"({HUNSPELL_DICT}). Install them with `apt-get install -y hunspell hunspell-no` "
    "(CI does this in .ci/run). The spell-check is never skipped."
)
MAX_MISSPELLED_RATE = 0.005  # flagged words / all words checked

# Pages that are not the book's own prose.
SPELLCHECK_SKIP_PAGES = {"book/referanser"}  # generated from references.bib


# --------------------------------------------------------------------------
# Sources: _toc.yml, the chapters' Markdown, references.bib, the glossary
# --------------------------------------------------------------------------


def toc_files() -> list[str]:
    """Every `file` in _toc.yml, root first, in reading order."""
    toc = yaml.safe_load(TOC.read_text(encoding="utf-8"))
    files = [toc["root"]]

    def walk(node):
        if isinstance(node, dict):
            if "file" in node:
                files.append(node["file"])
            for key in ("parts", "chapters", "sections"):
                for child in node.get(key, []) or []:
                    walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk({k: v for k, v in toc.items() if k in ("parts", "chapters", "sections")})
    return [re.sub(r"\.(md|ipynb)$", "", f) for f in files]


def chapter_sources() -> list[Path]:
    return sorted(BOOK.glob("*.md"))


def strip_front_matter(text: str) -> str:
    """Drop a leading YAML front matter block, keeping the line count."""
    m = re.match(r"---\n.*?\n---[ \t]*\n", text, re.S)
    if not m:
        return text
    return "\n" * m.group(0).count("\n") + text[m.end() :]


FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,}|:{3,})[ \t]*(.*?)[ \t]*$")
CODE_DIRECTIVES = {
    "{code-cell}",
    "{code-block}",
    "{code}",
    "{sourcecode}",
    "{literalinclude}",
    "{raw}",
    "{math}",
    "{eval-rst}",
}


def prose_lines(text: str) -> list[tuple[int, str]]:
    """(line number, line) for every line that is prose or a directive's body.

    Front matter and code (plain fences, code cells, code blocks) are left out;
    directive fences such as ```{admonition}, ```{glossary} or :::{note} are
    kept, since their bodies are prose. Nested fences are followed.
    """
    out: list[tuple[int, str]] = []
    stack: list[tuple[str, int, bool]] = []  # (fence char, length, is code)
    for no, line in enumerate(strip_front_matter(text).split("\n"), start=1):
        m = FENCE.match(line)
        if stack and stack[-1][2]:  # inside code: only its closing fence matters
            ch, n, _ = stack[-1]
            if m and m.group(1)[0] == ch and len(m.group(1)) >= n and not m.group(2):
                stack.pop()
            continue
        if m:
            fence, info = m.group(1), m.group(2)
            if stack and fence[0] == stack[-1][0] and len(fence) >= stack[-1][1] and not info:
                stack.pop()
                continue
            if not info and fence[0] == ":":
                out.append((no, line))  # a bare ::: that closes nothing: text
                continue
            directive = info.split()[0] if info else ""
            is_code = not directive.startswith("{") or directive in CODE_DIRECTIVES
            stack.append((fence[0], len(fence), is_code))
            continue
        out.append((no, line))
    return out


def prose(path: Path) -> str:
    return "\n".join(line for _, line in prose_lines(path.read_text(encoding="utf-8")))


CITE_ROLE = re.compile(r"\{(?:foot)?cite(?::[\w-]+)?\}`([^`]+)`")
TERM_ROLE = re.compile(r"\{term\}`([^`]+)`")
LABEL = re.compile(r"^[ \t]*\(([^()\s]+)\)=[ \t]*$")


def bib_keys() -> set[str]:
    text = BIB.read_text(encoding="utf-8")
    keys = set()
    for kind, key in re.findall(r"@(\w+)\s*[{(]\s*([^,\s]+)\s*,", text):
        if kind.lower() not in ("comment", "string", "preamble"):
            keys.add(key.lower())  # pybtex looks keys up case-insensitively
    return keys


def normalize_term(term: str) -> str:
    return re.sub(r"\s+", " ", term).strip().lower()


def glossary_terms() -> set[str]:
    """Terms of every {glossary} directive in ordliste.md, as Sphinx lowercases them."""
    terms: set[str] = set()
    lines = GLOSSARY.read_text(encoding="utf-8").split("\n")
    inside = None  # (fence char, length) of the open glossary
    for line in lines:
        m = FENCE.match(line)
        if inside is None:
            if m and m.group(2).split()[:1] == ["{glossary}"]:
                inside = (m.group(1)[0], len(m.group(1)))
            continue
        if m and m.group(1)[0] == inside[0] and len(m.group(1)) >= inside[1] and not m.group(2):
            inside = None
            continue
        if not line.strip() or line[0] in " \t" or line.startswith(":"):
            continue  # definition, blank line or directive option
        term = re.split(r"\s+:\s+", line)[0]  # "term : classifier"
        terms.add(normalize_term(term))
    return terms


def term_target(role_text: str) -> str:
    m = re.match(r"^(.*?)\s*<([^<>]+)>\s*$", role_text, re.S)
    return normalize_term(m.group(2) if m else role_text)


# --------------------------------------------------------------------------
# The built HTML
# --------------------------------------------------------------------------

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}


class PageParser(html.parser.HTMLParser):
    """Ids, names, links, the <title> and the sidebar links of one page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.refs: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.nav_links: list[str] = []
        self.title = ""
        self.refresh: str | None = None  # target of a <meta http-equiv="Refresh"> redirect
        self._in_title = False
        self._stack: list[tuple[str, bool]] = []  # (tag, inside the docs nav)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("id", "name"):
            if a.get(key):
                self.ids.add(a[key])
        for key in ("href", "src"):
            if a.get(key) is not None:
                self.refs.append((tag, key, a[key]))
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "refresh":
            m = re.search(r"url\s*=\s*['\"]?([^'\"\s]+)", a.get("content") or "", re.I)
            self.refresh = m.group(1) if m else ""
            if self.refresh:
                self.refs.append((tag, "content", self.refresh))
        in_nav = bool(self._stack and self._stack[-1][1])
        if tag == "nav" and "bd-docs-nav" in (a.get("class") or "").split():
            in_nav = True
        if in_nav and tag == "a" and a.get("href") is not None:
            self.nav_links.append(a["href"])
        if tag == "title":
            self._in_title = True
        if tag not in VOID:
            self._stack.append((tag, in_nav))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self._stack and self._stack[-1][0] == tag:
            self._stack.pop()

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                del self._stack[i:]
                break

    def handle_data(self, data):
        if self._in_title:
            self.title += data


_parsed: dict[Path, PageParser] = {}


def parse_page(path: Path) -> PageParser:
    if path not in _parsed:
        p = PageParser()
        p.feed(path.read_text(encoding="utf-8"))
        p.close()
        _parsed[path] = p
    return _parsed[path]


def built_pages(html_root: Path) -> list[Path]:
    """Every page of the site; _static's HTML files are theme templates, not pages."""
    return sorted(p for p in html_root.rglob("*.html") if "_static" not in p.relative_to(html_root).parts)


SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def check_ref(html_root: Path, page: Path, value: str) -> str | None:
    """None if a relative link resolves; else what is wrong with it."""
    value = value.strip()
    if SCHEME.match(value) or value.startswith("//"):
        return None  # http(s):, mailto:, data:, ... : not a file of the book
    parts = urlsplit(value)
    path, fragment = unquote(parts.path), unquote(parts.fragment)
    if path.startswith("/"):
        return "absolute path (breaks the offline copy opened from file://)"
    if path:
        target = (page.parent / path).resolve()
        if path.endswith("/") or target.is_dir():
            target = target / "index.html"
    else:
        target = page.resolve()
    try:
        target.relative_to(html_root.resolve())
    except ValueError:
        return "points outside _build/html"
    if not target.is_file():
        return f"missing file {target.relative_to(html_root.resolve())}"
    if fragment and target.suffix == ".html" and fragment not in parse_page(target).ids:
        return f"no id or name {fragment!r} in {target.relative_to(html_root.resolve())}"
    return None


# --------------------------------------------------------------------------
# Table of contents, links, titles
# --------------------------------------------------------------------------


def test_every_toc_chapter_exists_and_is_reachable(book):
    files = toc_files()
    root = files[0]
    landing = book.html / f"{root}.html"
    problems = []
    for f in files:
        if not (ROOT / f"{f}.md").is_file():
            problems.append(f"{f}: in _toc.yml but {f}.md does not exist")
        if not (book.html / f"{f}.html").is_file():
            problems.append(f"{f}: no built page {f}.html")
    assert landing.is_file(), f"the landing page {landing} was not built"
    nav = parse_page(landing).nav_links
    assert nav, f"no navigation sidebar (nav.bd-docs-nav) in {landing.relative_to(book.html)}"
    linked = set()
    for href in nav:
        if SCHEME.match(href):
            continue
        target = unquote(urlsplit(href).path)
        resolved = (landing.parent / target).resolve() if target else landing.resolve()
        linked.add(resolved)
    for f in files[1:]:
        if (book.html / f"{f}.html").resolve() not in linked:
            problems.append(f"{f}: not linked from the sidebar of {root}.html")
    assert not problems, "table of contents problems:\n" + "\n".join(problems)


def test_no_broken_internal_links_or_anchors(book):
    problems = []
    for page in built_pages(book.html):
        seen = set()
        for tag, attr, value in parse_page(page).refs:
            if value in seen:
                continue
            seen.add(value)
            error = check_ref(book.html, page, value)
            if error:
                problems.append(f'{page.relative_to(book.html)}: <{tag} {attr}="{value}">: {error}')
    assert not problems, f"{len(problems)} broken internal links:\n" + "\n".join(problems)


def test_every_built_page_has_a_title(book):
    # Jupyter Book's index.html is only a redirect (<meta http-equiv="Refresh">)
    # to the landing page, which no reader sees; its target is checked with the links.
    untitled = [
        str(p.relative_to(book.html))
        for p in built_pages(book.html)
        if not parse_page(p).title.strip() and not parse_page(p).refresh
    ]
    assert not untitled, f"pages with an empty or missing <title>: {untitled}"


def test_every_chapter_has_exactly_one_h1():
    problems = []
    for path in chapter_sources():
        h1 = [no for no, line in prose_lines(path.read_text(encoding="utf-8")) if re.match(r"# \S", line)]
        if len(h1) != 1:
            where = f" (lines {', '.join(map(str, h1))})" if h1 else ""
            problems.append(f"book/{path.name}: {len(h1)} level-1 headings '# '{where}; a chapter has exactly one")
    assert not problems, "chapters without exactly one title:\n" + "\n".join(problems)


def test_labels_are_unique():
    where = collections.defaultdict(list)
    for path in chapter_sources():
        for no, line in prose_lines(path.read_text(encoding="utf-8")):
            m = LABEL.match(line)
            if m:
                # docutils normalises target names: case and whitespace do not count.
                where[m.group(1).lower()].append(f"book/{path.name}:{no}")
    dupes = {label: places for label, places in where.items() if len(places) > 1}
    assert not dupes, "labels `(name)=` defined more than once:\n" + "\n".join(
        f"({label})= at {', '.join(places)}" for label, places in sorted(dupes.items())
    )


# --------------------------------------------------------------------------
# Citations and glossary terms
# --------------------------------------------------------------------------

UNRESOLVED_IN_LOG = re.compile(
    r".*(citation not found|could not find bibtex key|unknown document|term not in glossary|"
    r"undefined label|reference target not found|duplicate label|duplicate term|"
    r"duplicate citation).*",
    re.I,
)


def test_build_log_has_no_unresolved_references(book):
    lines = [m.group(0).strip() for m in UNRESOLVED_IN_LOG.finditer(book.log)]
    assert not lines, "the build reported unresolved references:\n" + "\n".join(lines)


def test_every_cited_key_is_in_references_bib():
    keys = bib_keys()
    assert keys, f"no entries found in {BIB.name}"
    missing = []
    for path in chapter_sources():
        for m in CITE_ROLE.finditer(prose(path)):
            for key in m.group(1).split(","):
                key = key.strip()
                if key and key.lower() not in keys:
                    missing.append(f"book/{path.name}: {m.group(0)}: {key!r} is not in {BIB.name}")
    assert not missing, "citations without a bibliography entry:\n" + "\n".join(missing)


def test_every_term_is_in_the_glossary():
    terms = glossary_terms()
    assert terms, f"no glossary terms found in {GLOSSARY.relative_to(ROOT)}"
    missing = []
    for path in chapter_sources():
        for m in TERM_ROLE.finditer(prose(path)):
            target = term_target(m.group(1))
            if target not in terms:
                missing.append(f"book/{path.name}: {m.group(0)}: {target!r} is not a term in {GLOSSARY.name}")
    assert not missing, "glossary references without a glossary term:\n" + "\n".join(missing)


# --------------------------------------------------------------------------
# Spelling
# --------------------------------------------------------------------------

BLOCK = {
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "img",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
}
SKIP_TAGS = {"pre", "code", "kbd", "samp", "tt", "script", "style", "math", "svg", "template", "noscript", "button"}
SKIP_CLASSES = {
    "mvh-widget",  # an instrument: inline JSON and its no-JS copy; the YAML is checked directly
    "bibtex-citation",  # "[Vigsø, u.å.]": author names generated from references.bib
    "citation",
    "citation-list",
    "bibliography",
    "headerlink",
    "math",
    "highlight",
}
URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\S+\.(?:html|md|yaml|json|py|txt|zip)\b")


class ProseParser(html.parser.HTMLParser):
    """The reader-facing text of a page's main content (article.bd-article)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._stack: list[tuple[str, bool, bool]] = []  # (tag, in article, skipped)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = set((a.get("class") or "").split())
        in_article, skipped = self._stack[-1][1:] if self._stack else (False, False)
        if tag == "article" and "bd-article" in classes:
            in_article = True
        if tag in SKIP_TAGS or classes & SKIP_CLASSES:
            skipped = True
        if tag in BLOCK:
            self.chunks.append("\n")
        if tag not in VOID:
            self._stack.append((tag, in_article, skipped))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self._stack and self._stack[-1][0] == tag:
            self._stack.pop()

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.chunks.append("\n")
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                del self._stack[i:]
                break

    def handle_data(self, data):
        if self._stack and self._stack[-1][1] and not self._stack[-1][2]:
            self.chunks.append(data)

    def text(self) -> str:
        return "".join(self.chunks)


def page_prose(path: Path) -> str:
    p = ProseParser()
    p.feed(path.read_text(encoding="utf-8"))
    p.close()
    return p.text()


# Keys of an instrument whose values are identifiers, not text for readers.
INSTRUMENT_ID_KEYS = {
    "id",
    "kind",
    "type",
    "next",
    "start",
    "chapter",
    "ending",
    "category",
    "version",
    "reviewed_routes",
}


def instrument_texts(path: Path, lang: str = "nb") -> list[str]:
    """Every reader-facing string of an instrument definition in one language.

    "nb": the Bokmål texts (every text but the Nynorsk ``X_nn`` siblings);
    "nn": the Nynorsk siblings only.
    """
    out: list[str] = []

    def walk(node, key=None):
        if isinstance(node, dict):
            for k, v in node.items():
                if k != "languages":
                    walk(v, k)
        elif isinstance(node, list):
            for v in node:
                walk(v, key)
        elif isinstance(node, str) and key not in INSTRUMENT_ID_KEYS and (key or "").endswith("_nn") == (lang == "nn"):
            out.append(node)

    walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return out


INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def words(text: str) -> list[tuple[str, str]]:
    """(word, context) for every word: letters only, hyphenated compounds split.

    Runs with digits (2023a, B12) and single letters (initials, list markers)
    are not words to check.
    """
    text = unicodedata.normalize("NFC", text).translate(INVISIBLE)
    text = URL.sub(" ", text)
    out = []
    for m in re.finditer(r"\w+", text):
        w = m.group(0)
        if len(w) < 2 or not re.fullmatch(r"[^\W\d_]+", w):
            continue
        ctx = re.sub(r"\s+", " ", text[max(0, m.start() - 40) : m.end() + 40]).strip()
        out.append((w, ctx))
    return out


def read_wordlist(path: Path = WORDLIST) -> list[str]:
    if not path.is_file():
        return []
    return [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


def norwegian_key(word: str) -> tuple:
    order = str.maketrans({"æ": "z\u0001", "ø": "z\u0002", "å": "z\u0003"})
    return (word.casefold().translate(order), word)


def hunspell_flags(
    unique_words: list[str], dictionary: str = HUNSPELL_DICT, wordlists: tuple[Path, ...] = (WORDLIST,)
) -> set[str]:
    """The words hunspell -d <dictionary> -l flags (nb_NO unless told), given the project word lists."""
    exe = shutil.which("hunspell")
    if not exe:
        pytest.fail(f"hunspell is not installed. {HUNSPELL_HELP}")
    with tempfile.TemporaryDirectory() as tmp:
        # hunspell's personal dictionary has no comments: hand it the words only.
        personal = Path(tmp) / "personal.dic"
        personal.write_text("\n".join(w for path in wordlists for w in read_wordlist(path)) + "\n", encoding="utf-8")
        env = dict(os.environ, LC_ALL="C.UTF-8")
        cmd = [exe, "-d", dictionary, "-i", "utf-8", "-l", "-p", str(personal)]
        proc = subprocess.run(
            cmd, input="\n".join(unique_words) + "\n", capture_output=True, text=True, encoding="utf-8", env=env
        )
    if proc.returncode != 0 or "Can't open" in proc.stderr:
        pytest.fail(f"hunspell could not run with the {dictionary} dictionary ({proc.stderr.strip()}). {HUNSPELL_HELP}")
    return set(proc.stdout.split())


def collect_words(html_root: Path) -> list[tuple[str, str, str]]:
    """(word, source, context) for the prose of every chapter and every instrument."""
    found = []
    for f in toc_files():
        if f in SPELLCHECK_SKIP_PAGES:
            continue
        page = html_root / f"{f}.html"
        for w, ctx in words(page_prose(page)):
            found.append((w, f"{f}.md", ctx))
    for path in sorted(INSTRUMENTS.glob("*.yaml")):
        source = str(path.relative_to(ROOT))
        for text in instrument_texts(path):
            for w, ctx in words(text):
                found.append((w, source, ctx))
    return found


def test_hunspell_and_the_bokmal_dictionary_are_installed():
    flagged = hunspell_flags(["og", "ikke", "jobbspesialisten", "tilbakemelding"])
    assert not flagged, (
        f"hunspell flags common Bokmål words {sorted(flagged)}: is {HUNSPELL_DICT} Debian's Bokmål dictionary? {HUNSPELL_HELP}"
    )


def test_wordlist_is_sorted_and_unique():
    assert WORDLIST.is_file(), f"{WORDLIST.relative_to(ROOT)} is missing"
    entries = read_wordlist()
    dupes = sorted({w for w in entries if entries.count(w) > 1})
    assert not dupes, f"words listed twice in {WORDLIST.name}: {dupes}"
    assert entries == sorted(entries, key=norwegian_key), (
        f"{WORDLIST.relative_to(ROOT)} is not sorted; run `python tests/test_integrity.py --sort-wordlist`"
    )


def test_spelling(book):
    found = collect_words(book.html)
    assert found, "no words found to spell-check"
    flagged = hunspell_flags(sorted({w for w, _, _ in found}))
    bad = [(w, src, ctx) for w, src, ctx in found if w in flagged]
    rate = len(bad) / len(found)
    summary = f"spell-check: {len(bad)} of {len(found)} words flagged ({rate:.3%}; limit {MAX_MISSPELLED_RATE:.1%})"
    print(f"\n{summary}")
    by_word: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    for w, src, ctx in bad:
        by_word[w].append((src, ctx))
    lines = []
    for w, hits in sorted(by_word.items(), key=lambda kv: (-len(kv[1]), norwegian_key(kv[0]))):
        sources = sorted({src for src, _ in hits} - {hits[0][0]})
        also = (
            f" (also {', '.join(sources[:3])}{f' and {len(sources) - 3} more' if len(sources) > 3 else ''})"
            if sources
            else ""
        )
        lines.append(f"  {w} ×{len(hits)}: {hits[0][0]}: …{hits[0][1]}…{also}")
    report = "\n".join(lines)
    if bad:
        print(report)
    assert rate < MAX_MISSPELLED_RATE, (
        f"{summary}. Fix the misspellings, or add real terms, names and English words to "
        f"{WORDLIST.relative_to(ROOT)}:\n{report}"
    )


# ------------------------------------------------------------------ the widgets' words (widgets/i18n/)
# The UI catalogues are checked like the book's prose, at the same limit: Bokmål against nb_NO, Nynorsk
# against Debian's Nynorsk dictionary (nn_NO, in the same package). Placeholders ({n}) are not words.
CATALOGUES = ROOT / "widgets" / "i18n"
CATALOGUE_DICTS = {"nb": "nb_NO", "nn": "nn_NO"}
# Their word lists: names and abbreviations for both; Nynorsk words nn_NO lacks (see each file's head).
WIDGET_WORDS = WORDLIST.parent / "ordliste-widgets.txt"
CATALOGUE_WORDLISTS = {"nb": (WIDGET_WORDS,), "nn": (WIDGET_WORDS, WORDLIST.parent / "ordliste-nn.txt")}


def catalogue_words(text: dict) -> list[tuple[str, str]]:
    """(word, key: context) for every word of a catalogue: a plural entry's forms both count."""
    found = []
    for key, entry in text.items():
        for form in [entry] if isinstance(entry, str) else list(entry.values()):
            found += [(w, f"{key}: {ctx}") for w, ctx in words(re.sub(r"\{\w+\}", " ", form))]
    return found


def misspelled_rate(
    found: list[tuple[str, str]], dictionary: str, extra: tuple[Path, ...] = ()
) -> tuple[float, list[tuple[str, str]]]:
    flagged = hunspell_flags(sorted({w for w, _ in found}), dictionary, (WORDLIST, *extra))
    bad = [(w, ctx) for w, ctx in found if w in flagged]
    return len(bad) / len(found), bad


@pytest.mark.parametrize("path", [WIDGET_WORDS, WORDLIST.parent / "ordliste-nn.txt"], ids=lambda p: p.name)
def test_widget_wordlists_are_sorted_and_unique(path):
    entries = read_wordlist(path)
    assert entries and len(set(entries)) == len(entries), path.name
    assert entries == sorted(entries, key=norwegian_key), f"{path.name} is not sorted (--sort-wordlist)"


def test_hunspell_has_the_nynorsk_dictionary():
    flagged = hunspell_flags(["ikkje", "nettlesaren", "øvinga", "påstandar", "sjølvvurdering"], "nn_NO")
    assert not flagged, f"hunspell flags common Nynorsk words {sorted(flagged)}: is nn_NO installed? {HUNSPELL_HELP}"


@pytest.mark.parametrize("lang", sorted(CATALOGUE_DICTS))
def test_catalogue_spelling(lang):
    found = catalogue_words(json.loads((CATALOGUES / f"{lang}.json").read_text(encoding="utf-8")))
    assert len(found) > 2000, f"only {len(found)} words in {lang}.json"
    rate, bad = misspelled_rate(found, CATALOGUE_DICTS[lang], CATALOGUE_WORDLISTS[lang])
    words_flagged = collections.Counter(w for w, _ in bad)
    assert rate < MAX_MISSPELLED_RATE, (
        f"{lang}.json: {len(bad)} of {len(found)} words flagged ({rate:.3%}; limit {MAX_MISSPELLED_RATE:.1%}): "
        f"{dict(words_flagged.most_common())}"
    )


def test_catalogue_spelling_catches_bokmal_in_the_nynorsk_catalogue():
    """The Nynorsk check fails a catalogue written in Bokmål: the planted one is nb.json's own text."""
    nb = json.loads((CATALOGUES / "nb.json").read_text(encoding="utf-8"))
    rate, _ = misspelled_rate(catalogue_words(nb), "nn_NO", CATALOGUE_WORDLISTS["nn"])
    assert rate > MAX_MISSPELLED_RATE, f"Bokmål passes the Nynorsk check ({rate:.3%})"


def _sort_wordlist(path: Path = WORDLIST) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = []
    for line in lines:
        if line.strip() and not line.lstrip().startswith("#"):
            break
        header.append(line)
    entries = sorted(set(read_wordlist(path)), key=norwegian_key)
    path.write_text("\n".join(header + entries) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] == ["--sort-wordlist"]:
        _sort_wordlist()
        _sort_wordlist(WORDLIST.with_name("ordliste-nn.txt"))
        _sort_wordlist(WORDLIST.with_name("ordliste-widgets.txt"))
    else:
        sys.exit(f"usage: {sys.argv[0]} --sort-wordlist")
