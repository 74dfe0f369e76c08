"""The course PDF: the whole book as one printable booklet ("Kurshefte").

Usage: python -m widgets.course_pdf _build/html dist/metodeveilederhandboka.pdf [--keep-page]

1. Reads ``_toc.yml`` for the order (root, then every part's caption and chapters).
2. Takes each built page's main content (``<article class="bd-article">``) and
   writes one print page, ``trykk.html``, into the HTML directory, so the
   theme's CSS and the images resolve as they do for the book's own pages.
   The page has a title page, a table of contents with page numbers, every
   part caption as a heading and every chapter on a new page. It loads no
   script: every widget becomes a blank form to fill in by hand, rendered from
   its definition by ``static_html.render_paper``; ``static/course-print.css``
   lays it out for A4.
3. Prints the page to PDF with the system Chromium (Playwright). The page
   numbers in the contents come from a first pass: Chromium writes a named
   destination for every in-document link target, so the contents' own links
   tell on which page each chapter starts. The second pass prints the real
   numbers into space reserved for them, so nothing moves between passes.

``trykk.html`` is removed after printing unless ``--keep-page`` is given: it is
a build intermediate, not a page of the book, and should not end up in the
offline zip or in the tests that walk every page.
"""

from __future__ import annotations

import datetime as _dt
import html
import io
import json
import os
import posixpath
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import chromium, static_html
from .pdf_outline import HEADINGS_JS, LANG, retitle

PDF_NAME = "metodeveilederhandboka.pdf"
PRINT_PAGE = "trykk.html"
SUBTITLE = "Kurshefte"
REPO_ROOT = Path(__file__).resolve().parent.parent
PRINT_CSS = Path(__file__).resolve().parent / "static" / "course-print.css"
MONTHS = "januar februar mars april mai juni juli august september oktober november desember".split()
PAGE_PLACEHOLDER = "–"
FOOTER = (
    "<div style=\"width:100%;font-size:8.5pt;font-family:'DejaVu Serif','Liberation Serif',serif;"
    'color:#333;text-align:center;">Side <span class="pageNumber"></span> av <span class="totalPages"></span></div>'
)
MARGIN = {"top": "18mm", "bottom": "20mm", "left": "20mm", "right": "20mm"}
# The print page's own policy: like the book's, but no script at all.
CSP = (
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
    "script-src 'none'; connect-src 'none'; form-action 'none'; object-src 'none'; base-uri 'self'"
)


@dataclass
class Chapter:
    docname: str  # "book/kvalitet"
    title: str = ""
    body: str = ""  # the article content, made part of the print page
    top: bool = False  # a top-level entry: the root page, or the part's own first page

    @property
    def slug(self) -> str:
        return self.docname.replace("/", "-")

    @property
    def anchor(self) -> str:
        return f"kap-{self.slug}"


@dataclass
class Part:
    caption: str | None  # None for the root page
    chapters: list[Chapter] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return "del-" + re.sub(r"[^a-z0-9]+", "-", (self.caption or "").lower()).strip("-")

    @property
    def standalone(self) -> bool:
        """True when the part needs a heading of its own (its first chapter does not carry the caption)."""
        return bool(self.caption) and not (self.chapters and self.chapters[0].top)


def read_toc(toc_path: Path) -> list[Part]:
    """The book's order from _toc.yml: a Part(None) holding the root, then the parts."""
    toc = yaml.safe_load(Path(toc_path).read_text(encoding="utf-8"))

    def chapter(entry: dict) -> Chapter:
        return Chapter(re.sub(r"\.(md|ipynb|rst)$", "", entry["file"]))

    parts = [Part(None, [chapter({"file": toc["root"]}), *map(chapter, toc.get("chapters", []))])]
    return parts + [Part(p.get("caption"), [chapter(c) for c in p.get("chapters", [])]) for p in toc.get("parts", [])]


def norwegian_date(day: _dt.date | None = None) -> str:
    if day is None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH")
        day = _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc).date() if epoch else _dt.date.today()
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


# ---------------------------------------------------------------- one page's content

ARTICLE = re.compile(r'<article class="bd-article"[^>]*>(.*)</article>', re.S)
TAG = re.compile(r"<[a-zA-Z][^<>]*>")
ATTR = re.compile(r'(?<=\s)(id|href|src|for|aria-labelledby|aria-describedby)="([^"]*)"')
ABSOLUTE = re.compile(r"^[a-z][a-z0-9+.-]*:|^//", re.I)
DROP = re.compile(
    r'<a class="headerlink"[^>]*>.*?</a>|<script\b[^>]*>.*?</script>|<p class="mvh-course-pdf"[^>]*>.*?</p>',
    re.S | re.I,
)
HEADING = re.compile(r"<(/?)h([1-6])\b")
H1_TEXT = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.S)
# A widget as static_html.render writes it; only its inline definition is read.
WIDGET = re.compile(
    r'<div class="mvh-widget"[^>]*><script type="application/json" class="mvh-definition">(.*?)</script>'
    r'<div class="mvh-fallback">.*?</div></div>',
    re.S,
)
EXTERNAL = re.compile(r'<a (?P<attrs>[^>]*\bhref="(?P<href>(?:https?:|mailto:)[^"]*)"[^>]*)>(?P<text>.*?)</a>', re.S)


def text_of(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def _root_relative(url: str, docname: str) -> str:
    """A URL relative to the page `docname` ("book/x"), made relative to the HTML root."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(docname), url)) if url else ""


def transform(content: str, chapter: Chapter, docs: dict[str, Chapter]) -> str:
    """Make one page's article content part of the whole-book print page."""
    # Widgets become paper forms before the markup is rewritten, so their links are rewritten too.
    content = DROP.sub("", WIDGET.sub(lambda m: static_html.render_paper(json.loads(m.group(1))), content))
    slug = chapter.slug

    def attr(m: re.Match) -> str:
        name, value = m.groups()
        if name in ("id", "for", "aria-labelledby", "aria-describedby"):
            return f'{name}="{" ".join(f"{slug}--{v}" for v in value.split())}"'
        if ABSOLUTE.match(value) or value == "#":
            return m.group(0)
        path, hash_, frag = value.partition("#")
        if not path:
            return f'{name}="#{slug}--{frag}"'
        target = _root_relative(path.split("?", 1)[0] if name == "href" else path, chapter.docname)
        if name == "href" and target.endswith(".html") and target[:-5] in docs:
            other = docs[target[:-5]]
            return f'href="#{other.slug}--{frag}"' if frag else f'href="#{other.anchor}"'
        return f'{name}="{_root_relative(path, chapter.docname)}{hash_ + frag if name == "href" else ""}"'

    content = TAG.sub(lambda m: ATTR.sub(attr, m.group(0)), content)
    # One level down (h1 → h2), so parts head the chapters; a top-level chapter keeps its h1.
    content = HEADING.sub(
        lambda m: f"<{m[1]}h{m[2] if chapter.top and m[2] == '1' else min(6, int(m[2]) + 1)}", content
    )

    def external(m: re.Match) -> str:
        # Links print as text; an external link also prints its address, unless the text is the address.
        shown, target = text_of(m["text"]).rstrip("/"), html.unescape(m["href"]).rstrip("/")
        same = shown == target or (shown.startswith("doi:") and target.endswith(shown[4:]))
        cls, attrs = ("kurs-url" if same else "kurs-ext"), m["attrs"]
        attrs = attrs.replace('class="', f'class="{cls} ', 1) if 'class="' in attrs else f'{attrs} class="{cls}"'
        return f"<a {attrs}>{m['text']}</a>"

    return EXTERNAL.sub(external, content)


# ---------------------------------------------------------------- the print page


def stylesheets(html_dir: Path, chapters: list[Chapter]) -> list[str]:
    """The theme's and the book's stylesheets, as the built pages link them (root-relative)."""
    seen: list[str] = []
    for ch in chapters:
        page = (html_dir / f"{ch.docname}.html").read_text(encoding="utf-8")
        for link in re.findall(r'<link\b[^>]*rel="stylesheet"[^>]*>', page):
            href = re.search(r'href="([^"]+)"', link)
            url = _root_relative(href.group(1), ch.docname) if href and not ABSOLUTE.match(href.group(1)) else None
            if url and url not in seen:
                seen.append(url)
    return seen


def load_book(html_dir: Path, toc_path: Path) -> list[Part]:
    parts = read_toc(toc_path)
    docs = {c.docname: c for p in parts for c in p.chapters}
    raw = {}
    for d, ch in docs.items():
        path = html_dir / f"{d}.html"
        if not path.is_file():
            raise SystemExit(f"{path} is missing: build the book first (make html)")
        m = ARTICLE.search(path.read_text(encoding="utf-8"))
        if not m:
            raise ValueError(f'{path}: no <article class="bd-article"> in the page')
        raw[d] = m.group(1)
        h1 = H1_TEXT.search(DROP.sub("", raw[d]))
        ch.title = text_of(h1.group(1)) if h1 else d.rsplit("/", 1)[-1]
    for p in parts:
        for i, ch in enumerate(p.chapters):
            ch.top = p.caption is None or (i == 0 and ch.title == p.caption)
            ch.body = transform(raw[ch.docname], ch, docs)
    return parts


def toc_rows(parts: list[Part]) -> list[tuple[str, str, str]]:
    """(anchor, title, css class) for every row of the contents."""
    rows = []
    for p in parts:
        if p.standalone:
            rows.append((p.anchor, p.caption, "kurs-toc-part"))
        rows += [(c.anchor, c.title, "kurs-toc-part" if c.top else "kurs-toc-chapter") for c in p.chapters]
    return rows


def print_page(html_dir: Path, parts: list[Part], title: str, pages: dict[str, int], date: str) -> str:
    esc = html.escape
    chapters = [c for p in parts for c in p.chapters]
    css = "\n".join(f'<link rel="stylesheet" href="{esc(u)}" />' for u in stylesheets(html_dir, chapters))
    toc = "\n".join(
        f'<li class="{cls}"><a href="#{anchor}"><span class="kurs-toc-title">{esc(text)}</span>'
        f'<span class="kurs-toc-leader"></span><span class="kurs-toc-page">{pages.get(anchor, PAGE_PLACEHOLDER)}</span>'
        "</a></li>"
        for anchor, text, cls in toc_rows(parts)
    )
    body = []
    for p in parts:
        if p.standalone:
            body.append(f'<section class="kurs-part kurs-new-page" id="{p.anchor}"><h1>{esc(p.caption)}</h1>')
        for i, ch in enumerate(p.chapters):
            cls = "kurs-chapter" + ("" if p.standalone and i == 0 else " kurs-new-page")
            body.append(f'<section class="{cls}" id="{ch.anchor}" data-docname="{esc(ch.docname)}">{ch.body}</section>')
        if p.standalone:
            body.append("</section>")
    return f"""<!DOCTYPE html>
<html lang="{LANG}" data-theme="light" data-mode="light">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="{CSP}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)} – {SUBTITLE}</title>
{css}
<style>
{PRINT_CSS.read_text(encoding="utf-8")}</style>
</head>
<body class="kurs">
<main class="bd-main kurs-main">
<section class="kurs-titlepage">
<p class="kurs-booktitle">{esc(title)}</p>
<p class="kurs-subtitle">{SUBTITLE}</p>
<p class="kurs-date">{esc(date)}</p>
</section>
<nav class="kurs-toc kurs-new-page" aria-labelledby="kurs-innhold">
<h1 id="kurs-innhold">Innhold</h1>
<ol>
{toc}
</ol>
</nav>
<article class="bd-article kurs-book">
{"".join(body)}
</article>
</main>
</body>
</html>
"""


# ---------------------------------------------------------------- printing


def chapter_pages(pdf: bytes, anchors: list[str]) -> dict[str, int]:
    """1-based page number of every anchor, from the PDF's named destinations."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    found = {}
    for name, dest in reader.named_destinations.items():
        if name.lstrip("/") in anchors:
            found[name.lstrip("/")] = reader.get_destination_page_number(dest) + 1
    missing = [a for a in anchors if a not in found]
    if missing:
        raise RuntimeError(f"Chromium wrote no named destination for {missing}")
    return found


def build_pdf(
    html_dir: Path,
    pdf_path: Path,
    chromium_path: str | None = None,
    toc_path: Path | None = None,
    keep_page: bool = False,
    date: str | None = None,
    browser=None,
) -> dict:
    """Write the course PDF. Returns {"pages": n, "bytes": size, "chapters": {anchor: page}}.

    A caller that already runs Playwright (the test session) lends its ``browser``:
    a second sync Playwright cannot start inside the first one's event loop.
    """
    from playwright.sync_api import sync_playwright

    html_dir, pdf_path = Path(html_dir).resolve(), Path(pdf_path)
    if not (html_dir / "index.html").is_file():
        raise SystemExit(f"{html_dir} has no index.html: build the book first (make html)")
    if toc_path is None:
        toc_path = html_dir.parent.parent / "_toc.yml"  # _build/html → the book's root
        toc_path = toc_path if toc_path.is_file() else REPO_ROOT / "_toc.yml"
    parts = load_book(html_dir, Path(toc_path))
    config_path = Path(toc_path).with_name("_config.yml")
    config = yaml.safe_load(config_path.read_text(encoding="utf-8")) if config_path.is_file() else {}
    title, date = (config or {}).get("title") or "Boka", date or norwegian_date()
    anchors = [a for a, _, _ in toc_rows(parts)]
    page_file = html_dir / PRINT_PAGE

    def render(browser) -> tuple[dict[str, int], bytes]:
        """Print until the contents' page numbers match where the chapters land (at most 3 times)."""
        page = browser.new_page()
        page.emulate_media(media="print")
        pages: dict[str, int] = {}
        for _ in range(3):
            page_file.write_text(print_page(html_dir, parts, title, pages, date), encoding="utf-8")
            page.goto(page_file.as_uri(), wait_until="load")
            # outline needs tagged: Chromium builds the PDF's bookmarks from the structure tree.
            pdf = page.pdf(format="A4", print_background=False, display_header_footer=True, header_template="<div></div>",
                           footer_template=FOOTER, margin=MARGIN, outline=True, tagged=True)  # fmt: skip
            found = chapter_pages(pdf, anchors)
            if found == pages:
                # Chromium titles a bookmark with the text it draws, which glues wrapped headings
                # and doubles some; the outline gets the headings' own text (widgets/pdf_outline.py).
                headings = page.evaluate(HEADINGS_JS)
                page.close()
                return pages, retitle(pdf, headings, f"{title} – {SUBTITLE}")
            pages = found
        raise RuntimeError("the page numbers in the contents did not settle")

    try:
        if browser is not None:
            pages, pdf = render(browser)
        else:
            with sync_playwright() as p:
                own = p.chromium.launch(executable_path=chromium_path or chromium.require(), args=chromium.ARGS)
                try:
                    pages, pdf = render(own)
                finally:
                    own.close()
    finally:
        if not keep_page:
            page_file.unlink(missing_ok=True)
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    pdf_path.write_bytes(pdf)
    from pypdf import PdfReader

    return {"pages": len(PdfReader(pdf_path).pages), "bytes": len(pdf), "chapters": pages}


def main(argv: list[str]) -> int:
    args = [a for a in argv if a != "--keep-page"]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    info = build_pdf(Path(args[0]), Path(args[1]), keep_page="--keep-page" in argv)
    print(f"wrote {args[1]} ({info['pages']} pages, {info['bytes']} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
