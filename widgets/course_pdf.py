"""The course PDF: the whole book as one printable booklet ("Kurshefte").

Usage: python -m widgets.course_pdf _build/html dist/metodeveilederhandboka.pdf [--keep-page]

1. Reads ``_toc.yml`` for the order (root, then every part's caption and chapters).
2. Takes each built page's main content (``<article class="bd-article">``) and
   writes one print page, ``trykk.html``, into the HTML directory, so the
   theme's CSS and the images resolve as they do for the book's own pages.
   The page has a title page, a table of contents with page numbers, every
   part caption as a heading and every chapter on a new page. It loads no
   script at all: the widgets show their no-JS fallback, which the print page
   turns into blank forms to fill in by hand (lines to write on, boxes to tick).
3. Prints the page to PDF with the system Chromium (Playwright). The page
   numbers in the contents come from a first pass: Chromium writes a named
   destination for every in-document link target, so the contents' own links
   tell on which page each chapter starts. The second pass prints the real
   numbers into space reserved for them, so nothing moves between passes.

``trykk.html`` is removed after printing unless ``--keep-page`` is given: it is
a build intermediate, not a page of the book, and should not end up in the
offline zip or in the tests that walk every page.

``landing_link`` and ``landing_outdated`` are the Sphinx hooks that link the
PDF from the book's landing page when ``dist/metodeveilederhandboka.pdf``
exists (connected from widgets.sphinx_ext).
"""
from __future__ import annotations

import datetime as _dt
import html as _html
import json
import os
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .chromium import ARGS as CHROMIUM_ARGS, INSTALL_HELP, find as find_system_chromium

PDF_NAME = "metodeveilederhandboka.pdf"
PRINT_PAGE = "trykk.html"
SUBTITLE = "Kurshefte"
REPO_ROOT = Path(__file__).resolve().parent.parent
MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
          "september", "oktober", "november", "desember"]
PAGE_PLACEHOLDER = "–"
FOOTER = (
    '<div style="width:100%;font-size:8.5pt;font-family:\'DejaVu Serif\',\'Liberation Serif\',serif;'
    'color:#333;text-align:center;">Side <span class="pageNumber"></span> av <span class="totalPages"></span></div>'
)
HEADER = '<div></div>'
MARGIN = {"top": "18mm", "bottom": "20mm", "left": "20mm", "right": "20mm"}


# ---------------------------------------------------------------- the book


@dataclass
class Chapter:
    docname: str            # "book/kvalitet"
    part: str | None        # the part's caption; None for the root page
    title: str = ""
    body: str = ""          # the transformed article content
    opener: bool = False    # the chapter is the part's own page (its title is the caption)

    @property
    def slug(self) -> str:
        return self.docname.replace("/", "-")

    @property
    def anchor(self) -> str:
        return f"kap-{self.slug}"


@dataclass
class Part:
    caption: str | None
    chapters: list[Chapter] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return "del-" + re.sub(r"[^a-z0-9]+", "-", (self.caption or "").lower()).strip("-")

    @property
    def standalone(self) -> bool:
        """True when the part needs a heading of its own (no chapter carries its caption)."""
        return bool(self.caption) and not (self.chapters and self.chapters[0].opener)


def read_toc(toc_path: Path) -> list[Part]:
    """The book's order from _toc.yml: a Part(None) holding the root, then the parts."""
    toc = yaml.safe_load(Path(toc_path).read_text(encoding="utf-8"))
    parts = [Part(None, [Chapter(_docname(toc["root"]), None)])]
    for part in toc.get("parts", []):
        caption = part.get("caption")
        parts.append(Part(caption, [Chapter(_docname(c["file"]), caption) for c in part.get("chapters", [])]))
    for c in toc.get("chapters", []):  # a toc without parts
        parts[0].chapters.append(Chapter(_docname(c["file"]), None))
    return parts


def _docname(file: str) -> str:
    return re.sub(r"\.(md|ipynb|rst)$", "", file)


def book_title(config_path: Path) -> str:
    try:
        return yaml.safe_load(Path(config_path).read_text(encoding="utf-8")).get("title") or "Boka"
    except OSError:
        return "Boka"


def norwegian_date(day: _dt.date | None = None) -> str:
    if day is None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH")
        day = _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc).date() if epoch else _dt.date.today()
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


# ---------------------------------------------------------------- one page's content

ARTICLE = re.compile(r'<article class="bd-article"[^>]*>(.*)</article>', re.S)
TAG = re.compile(r"<[a-zA-Z][^<>]*>")
ATTR = re.compile(r'(?<=\s)(id|href|src|for|aria-labelledby|aria-describedby)="([^"]*)"')
HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.S)
SCRIPT = re.compile(r"<script\b[^>]*>.*?</script>", re.S | re.I)
HEADING = re.compile(r"<(/?)h([1-6])\b")
H1_TEXT = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.S)
COURSE_PDF_LINK = re.compile(r'<p class="mvh-course-pdf"[^>]*>.*?</p>', re.S)
WIDGET = re.compile(
    r'<div class="mvh-widget"(?P<attrs>[^>]*)>'
    r'<script type="application/json" class="mvh-definition">(?P<json>.*?)</script>'
    r'<div class="mvh-fallback">(?P<fallback>.*?)</div></div>',
    re.S,
)
EXTERNAL = re.compile(r'<a (?P<attrs>[^>]*\bhref="(?P<href>(?:https?:|mailto:)[^"]*)"[^>]*)>(?P<text>.*?)</a>', re.S)


def article(page_html: str) -> str:
    m = ARTICLE.search(page_html)
    if not m:
        raise ValueError('no <article class="bd-article"> in the page')
    return m.group(1)


def text_of(fragment: str) -> str:
    return " ".join(_html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def _lines(n: int) -> str:
    return '<span class="kurs-lines" aria-hidden="true">' + '<span class="kurs-line"></span>' * n + "</span>"


def _write(label: str, n: int) -> str:
    return f'<span class="kurs-write"><span class="kurs-write-label">{label}</span>{_lines(n)}</span>'


CHOICES = re.compile(r'<span class="mvh-fallback-choices">(.*?)</span>', re.S)


def _choices(m: re.Match) -> str:
    """One box and its label never split over two lines."""
    options = [o.strip() for o in m.group(1).split("☐") if o.strip()]
    inner = " ".join(f'<span class="kurs-choice">☐ {o}</span>' for o in options)
    return f'<span class="mvh-fallback-choices">{inner}</span>'


FORM_NOTE = '<p class="kurs-form-note">Øvelse – fyll ut for hånd</p>'
VIEW_NOTES = {
    "workbook": "I nettutgaven samler denne siden svarene dine fra øvelsene. I kursheftet fyller du ut skjemaene "
                "der de står. Øvelsene det gjelder:",
    "team": "I nettutgaven setter denne siden sammen svarene fra teamet. På papir kan dere legge skjemaene "
            "ved siden av hverandre. Øvelsene det gjelder:",
}
NOTE = re.compile(r'<p class="mvh-fallback-note">.*?</p>', re.S)


def blank_form(attrs: str, definition: dict, fallback: str) -> str:
    """The widget's no-JS fallback, made into a form to fill in with a pen."""
    role = re.search(r'data-mvh-role="([a-z-]+)"', attrs)
    if role:
        note = VIEW_NOTES.get(role.group(1))
        body = NOTE.sub(lambda m: f'<p class="mvh-fallback-note">{note}</p>', fallback, 1) if note else fallback
        return f'<div class="mvh-widget kurs-view"{attrs}><div class="mvh-fallback">{body}</div></div>'
    kind = definition.get("kind")
    body = NOTE.sub(FORM_NOTE, fallback, 1)
    if kind == "reflection":
        # Room to write under every prompt.
        body = body.replace("</li>", _lines(6) + "</li>")
    elif kind == "rating":
        body = body.replace("</span></li>", "</span>" + _write("Notat:", 1) + "</li>")
        plan = definition.get("plan") or {}
        if plan.get("max_themes"):
            rows = []
            for i in range(int(plan["max_themes"])):
                rows.append(
                    f'<div class="kurs-plan-row"><h5>Forbedringsområde {i + 1}</h5>'
                    f'{_write("Tema:", 1)}{_write("Hva skal gjøres?", 3)}'
                    f'{_write("Hvem gjør det?", 1)}{_write("Innen:", 1)}</div>'
                )
            intro = f"<p>{_html.escape(plan['intro'])}</p>" if plan.get("intro") else ""
            body += f'<div class="kurs-plan"><h4>Handlingsplan</h4>{intro}{"".join(rows)}</div>'
    elif kind == "scenario":
        # The first step's text often ends with the fallback's own question: ask it once.
        body = body.replace("Hva gjør du?</p><p>Hva gjør du?</p>", "Hva gjør du?</p>")
        # The choices of the first step as boxes, and room to say why.
        i = body.rfind("<ul>")
        if i >= 0:
            body = body[:i] + body[i:].replace("<li>", "<li>☐ ")
        body += _write("Hvorfor velger du dette?", 3)
        body += ('<p class="kurs-small">Hva som skjer etter valget, og de neste valgene, '
                 "finner du i nettutgaven av boka.</p>")
    elif kind == "template":
        blanks = [f for s in definition.get("sections", []) for f in s.get("fields", [])
                  if f.get("type") not in ("choice", "checklist", "matrix")]
        parts = body.split("<br>________________________________________</p>")
        out = [parts[0]]
        for n, rest in enumerate(parts[1:]):
            kind_n = blanks[n].get("type") if n < len(blanks) else "longtext"
            out.append(_lines(4 if kind_n == "longtext" else 1) + "</p>" + rest)
        body = "".join(out)
    elif kind == "quiz":
        body = body.replace(" ______</li>", ' <span class="kurs-blank"></span></li>')
    # Lists of boxes to tick need no bullets as well.
    body = re.sub(r"<ul>(?=<li>☐)", '<ul class="kurs-choices">', body)
    body = CHOICES.sub(_choices, body)
    return (f'<div class="mvh-widget kurs-form kurs-form-{_html.escape(kind or "")}"{attrs}>'
            f'<div class="mvh-fallback">{body}</div></div>')


def _widgets_to_forms(content: str) -> str:
    def swap(m: re.Match) -> str:
        try:
            definition = json.loads(m.group("json"))
        except ValueError:
            definition = {}
        if not isinstance(definition, dict):
            definition = {}
        return blank_form(m.group("attrs"), definition, m.group("fallback"))

    return WIDGET.sub(swap, content)


def _resolve(url: str, here: str) -> str:
    """A URL relative to the page `here` ("book/x"), made relative to the HTML root."""
    base = here.rsplit("/", 1)[0].split("/") if "/" in here else []
    parts = list(base)
    for seg in url.split("/"):
        if seg == "..":
            if parts:
                parts.pop()
        elif seg != ".":
            parts.append(seg)
    return "/".join(parts)


def transform(content: str, chapter: Chapter, docs: dict[str, Chapter], shift: int, keep_h1: bool) -> str:
    """Make one page's article content part of the whole-book print page."""
    content = COURSE_PDF_LINK.sub("", content)
    content = _widgets_to_forms(content)
    content = SCRIPT.sub("", content)
    content = HEADERLINK.sub("", content)
    slug = chapter.slug

    def attr(m: re.Match) -> str:
        name, value = m.group(1), m.group(2)
        if name in ("id", "for"):
            return f'{name}="{slug}--{value}"'
        if name in ("aria-labelledby", "aria-describedby"):
            return f'{name}="{" ".join(f"{slug}--{v}" for v in value.split())}"'
        if re.match(r"^[a-z][a-z0-9+.-]*:|^//", value, re.I):  # absolute: keep
            return m.group(0)
        if value.startswith("#"):
            return f'{name}="#{slug}--{value[1:]}"' if len(value) > 1 else m.group(0)
        path, _, frag = value.partition("#")
        path = path.split("?", 1)[0] if name == "href" else path
        target = _resolve(path, chapter.docname) if path else ""
        if name == "href" and target.endswith(".html") and target[:-5] in docs:
            other = docs[target[:-5]]
            return f'href="#{other.slug}--{frag}"' if frag else f'href="#{other.anchor}"'
        rest = value[len(value.split("#")[0]):] if name == "href" else ""
        return f'{name}="{_resolve(value.split("#")[0], chapter.docname)}{rest}"'

    content = TAG.sub(lambda m: ATTR.sub(attr, m.group(0)), content)

    def heading(m: re.Match) -> str:
        level = int(m.group(2))
        if not (keep_h1 and level == 1):
            level = min(6, level + shift)
        return f"<{m.group(1)}h{level}"

    content = HEADING.sub(heading, content)

    def external(m: re.Match) -> str:
        # Links print as text; an external link also prints its address, unless the text is the address.
        href, text = m.group("href"), m.group("text")
        shown, target = text_of(text).rstrip("/"), _html.unescape(href).rstrip("/")
        same = shown == target or (shown.startswith("doi:") and target.endswith(shown[4:]))
        cls = "kurs-url" if same else "kurs-ext"
        attrs = m.group("attrs")
        if 'class="' in attrs:
            attrs = attrs.replace('class="', f'class="{cls} ', 1)
        else:
            attrs += f' class="{cls}"'
        return f"<a {attrs}>{text}</a>"

    return EXTERNAL.sub(external, content)


# ---------------------------------------------------------------- the print page


def stylesheets(html_dir: Path, chapters: list[Chapter]) -> list[str]:
    """The theme's and the book's stylesheets, as the built pages link them (root-relative)."""
    seen: list[str] = []
    for ch in chapters:
        page = (html_dir / f"{ch.docname}.html").read_text(encoding="utf-8")
        for m in re.finditer(r'<link\b[^>]*rel="stylesheet"[^>]*>', page):
            href = re.search(r'href="([^"]+)"', m.group(0))
            if href and not re.match(r"^[a-z]+:|^//", href.group(1)):
                url = _resolve(href.group(1), ch.docname)
                if url not in seen:
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
        raw[d] = article(path.read_text(encoding="utf-8"))
        h1 = H1_TEXT.search(HEADERLINK.sub("", raw[d]))
        ch.title = text_of(h1.group(1)) if h1 else d.rsplit("/", 1)[-1]
    for p in parts:
        if p.caption and p.chapters and p.chapters[0].title == p.caption:
            p.chapters[0].opener = True
    for p in parts:
        for ch in p.chapters:
            top = ch.opener or p.caption is None
            ch.body = transform(raw[ch.docname], ch, docs, shift=1, keep_h1=top)
    return parts


def toc_rows(parts: list[Part]) -> list[tuple[str, str, str]]:
    """(anchor, title, css class) for every row of the contents."""
    rows = []
    for p in parts:
        if p.standalone:
            rows.append((p.anchor, p.caption, "kurs-toc-part"))
        for ch in p.chapters:
            top = ch.opener or p.caption is None
            rows.append((ch.anchor, ch.title, "kurs-toc-part" if top else "kurs-toc-chapter"))
    return rows


def print_page(html_dir: Path, parts: list[Part], title: str, pages: dict[str, int] | None = None,
               date: str | None = None) -> str:
    pages = pages or {}
    esc = _html.escape
    chapters = [c for p in parts for c in p.chapters]
    css = "\n".join(f'<link rel="stylesheet" href="{esc(u)}" />' for u in stylesheets(html_dir, chapters))
    toc = "\n".join(
        f'<li class="{cls}"><a href="#{anchor}"><span class="kurs-toc-title">{esc(text)}</span>'
        f'<span class="kurs-toc-leader"></span>'
        f'<span class="kurs-toc-page">{pages.get(anchor, PAGE_PLACEHOLDER)}</span></a></li>'
        for anchor, text, cls in toc_rows(parts)
    )
    body = []
    for p in parts:
        first = True
        if p.standalone:
            body.append(f'<section class="kurs-part kurs-new-page" id="{p.anchor}"><h1>{esc(p.caption)}</h1>')
        for ch in p.chapters:
            cls = "kurs-chapter" + ("" if (p.standalone and first) else " kurs-new-page")
            body.append(f'<section class="{cls}" id="{ch.anchor}" data-docname="{esc(ch.docname)}">{ch.body}</section>')
            first = False
        if p.standalone:
            body.append("</section>")
    return f"""<!DOCTYPE html>
<html lang="no" data-theme="light" data-mode="light">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; script-src 'none'; connect-src 'none'; form-action 'none'; object-src 'none'; base-uri 'self'" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)} – {SUBTITLE}</title>
{css}
<style>
{PRINT_CSS}
</style>
</head>
<body class="kurs">
<main class="bd-main kurs-main">
<section class="kurs-titlepage">
<p class="kurs-booktitle">{esc(title)}</p>
<p class="kurs-subtitle">{SUBTITLE}</p>
<p class="kurs-date">{esc(date or norwegian_date())}</p>
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


PRINT_CSS = r"""
/* The print page: A4, no chrome, no script, every widget a blank form. */
@page { size: A4; }
:root {
  --kurs-font: "DejaVu Serif", "Liberation Serif", "Noto Serif", Georgia, serif;
  --kurs-sans: "DejaVu Sans", "Liberation Sans", "Noto Sans", Arial, sans-serif;
}
html, body { background: #fff !important; color: #000 !important; }
html { font-size: 10.5pt; }
body.kurs { font-family: var(--kurs-font); line-height: 1.45; margin: 0; padding: 0; display: block; }
.kurs-main, .kurs-book { display: block !important; max-width: none !important; width: auto !important;
  margin: 0 !important; padding: 0 !important; overflow: visible !important; }
p, li, dd, dt, td, th, figcaption { orphans: 3; widows: 3; }
h1, h2, h3, h4, h5, h6 { font-family: var(--kurs-sans); color: #000 !important; break-after: avoid;
  page-break-after: avoid; break-inside: avoid; margin: 1.1em 0 0.4em; line-height: 1.25; }
h1 { font-size: 21pt; margin-top: 0; }
h2 { font-size: 16pt; }
h3 { font-size: 13pt; }
h4 { font-size: 11.5pt; }
h5 { font-size: 10.5pt; }
h6 { font-size: 10.5pt; font-style: italic; }
.kurs-chapter > section > h2:first-child { font-size: 19pt; margin-top: 0; }
.kurs-new-page { break-before: page; page-break-before: always; }

/* Title page */
.kurs-titlepage { height: 235mm; display: flex; flex-direction: column; justify-content: center; text-align: center; }
.kurs-booktitle { font-family: var(--kurs-sans); font-size: 30pt; font-weight: 700; margin: 0 0 8mm; }
.kurs-subtitle { font-size: 18pt; margin: 0 0 30mm; }
.kurs-date { font-size: 12pt; margin: 0; }

/* Contents: page numbers in a box of fixed width, so the contents look the same in both passes. */
.kurs-toc ol { list-style: none; margin: 0; padding: 0; }
.kurs-toc li { margin: 0; padding: 0; break-inside: avoid; }
.kurs-toc a { display: flex; align-items: baseline; color: #000 !important; text-decoration: none !important; }
.kurs-toc .kurs-toc-part { font-family: var(--kurs-sans); font-weight: 700; margin-top: 3.2mm; }
.kurs-toc .kurs-toc-chapter { padding-left: 7mm; }
.kurs-toc-title { flex: 0 1 auto; }
.kurs-toc-leader { flex: 1 1 auto; border-bottom: 0.6pt dotted #000; margin: 0 1.5mm; min-width: 8mm; }
.kurs-toc-page { flex: 0 0 9mm; text-align: right; font-variant-numeric: tabular-nums; }

/* Links print as text; an external link also shows where it goes. */
a, a:visited { color: inherit !important; text-decoration: none !important; }
a.kurs-ext::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
a.kurs-url { word-break: break-all; }
.bibtex-citation a, .xref { color: inherit !important; }

/* Figures, tables, code */
img, svg { max-width: 100% !important; height: auto !important; }
figure img { max-height: 170mm; width: auto; }
figure, .figure, table, pre, blockquote, .admonition, .kurs-plan-row, li:not(:has(li)),
.mvh-fallback table, dl.glossary dt + dd { break-inside: avoid; page-break-inside: avoid; }
figure { margin: 1em auto; text-align: center; }
figcaption, figcaption * { color: #000 !important; }
figcaption { font-size: 0.9em; font-style: italic; text-align: center !important; }
figcaption p { text-align: center !important; margin: 0 auto !important; }
.pst-scrollable-table-container { overflow: visible !important; }
table { border-collapse: collapse !important; width: 100%; margin: 0.8em 0; font-size: 0.95em; }
th, td { border: 0.6pt solid #000 !important; padding: 1mm 1.8mm !important; vertical-align: top;
  background: #fff !important; color: #000 !important; }
table thead, table tbody, table tr { border-color: #000 !important; }
thead th, tr > th:first-child { font-weight: 700; }
td p, th p { margin: 0; }
pre { white-space: pre-wrap; border: 0.6pt solid #000; padding: 2mm; font-size: 0.9em; }
.admonition { border: 0.8pt solid #000 !important; border-left-width: 3pt !important; padding: 2mm 4mm !important;
  box-shadow: none !important; background: #fff !important; }
.admonition-title { font-family: var(--kurs-sans); font-weight: 700; background: none !important; color: #000 !important;
  margin: 0 0 1mm !important; padding: 0 !important; }
.admonition-title::before, .admonition-title::after { display: none !important; }
dl.glossary dt { font-weight: 700; break-after: avoid; }
dl.glossary dd { margin-left: 6mm; }
.citation-list { font-size: 0.95em; }
.cell, .cell_output, .output { margin: 0 !important; padding: 0 !important; border: 0 !important; background: none !important; }

/* Widgets as blank forms */
.mvh-widget { margin: 1em 0; }
.mvh-fallback { border: 0.8pt solid #000 !important; border-left-width: 3pt !important; padding: 3mm 5mm !important; }
.mvh-fallback h3, .mvh-fallback h4, .mvh-fallback h5, .mvh-fallback h6 { margin-top: 1.6em; }
.mvh-fallback > h4:first-of-type { margin-top: 0.2em; }
.mvh-fallback p:has(+ table), .mvh-fallback p:has(+ ul), .mvh-fallback p:has(+ ol) { break-after: avoid; }
.mvh-fallback p:has(.kurs-lines), .kurs-write { break-inside: avoid; }
.kurs-form-note { font-family: var(--kurs-sans); font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.08em; margin: 0; }
.mvh-fallback-note { font-style: italic; }
.mvh-fallback ul, .mvh-fallback ol { padding-left: 6mm; }
.mvh-fallback li { margin: 0.5em 0; }
.mvh-fallback-choices { display: block; font-family: var(--kurs-sans); font-size: 9.5pt; margin-top: 1mm; }
.kurs-choice { display: inline-block; white-space: nowrap; margin-right: 5mm; }
.kurs-lines { display: block; margin-top: 1mm; }
.kurs-line { display: block; height: 8mm; border-bottom: 0.6pt solid #555; }
.kurs-write { display: flex; align-items: flex-end; gap: 2mm; margin-top: 1mm; }
.kurs-write .kurs-lines { flex: 1 1 auto; margin-top: 0; }
.kurs-write-label { flex: 0 0 auto; font-family: var(--kurs-sans); font-size: 9pt; }
.kurs-write:has(.kurs-line + .kurs-line) { display: block; }
.kurs-blank { display: inline-block; width: 45mm; border-bottom: 0.6pt solid #555; height: 1em; }
.mvh-fallback table td { text-align: center; font-size: 1.1em; }
.kurs-plan-row { margin-top: 3mm; }
.kurs-small { font-size: 9pt; font-style: italic; }
.kurs-view ul { list-style: disc; }
.mvh-fallback ul.kurs-choices { list-style: none; padding-left: 2mm; }
"""


# ---------------------------------------------------------------- printing


def find_chromium() -> str:
    """The same Chromium the browser tests use."""
    path = find_system_chromium()
    if path is None:
        raise SystemExit(INSTALL_HELP)
    return path


def chapter_pages(pdf: bytes, anchors: list[str]) -> dict[str, int]:
    """1-based page number of every anchor, from the PDF's named destinations."""
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    found = {}
    for name, dest in reader.named_destinations.items():
        key = name.lstrip("/")
        if key in anchors:
            found[key] = reader.get_destination_page_number(dest) + 1
    missing = [a for a in anchors if a not in found]
    if missing:
        raise RuntimeError(f"Chromium wrote no named destination for {missing}")
    return found


def _print(page) -> bytes:
    # outline needs tagged: Chromium builds the PDF's bookmarks from the structure tree.
    return page.pdf(
        format="A4",
        print_background=False,
        display_header_footer=True,
        header_template=HEADER,
        footer_template=FOOTER,
        margin=MARGIN,
        outline=True,
        tagged=True,
    )


def build_pdf(html_dir: Path, pdf_path: Path, chromium: str | None = None, toc_path: Path | None = None,
              keep_page: bool = False, date: str | None = None, browser=None) -> dict:
    """Write the course PDF. Returns {"pages": n, "bytes": size, "chapters": {anchor: page}}."""
    from playwright.sync_api import sync_playwright

    html_dir, pdf_path = Path(html_dir).resolve(), Path(pdf_path)
    if not (html_dir / "index.html").is_file():
        raise SystemExit(f"{html_dir} has no index.html: build the book first (make html)")
    root = html_dir.parent.parent
    toc_path = Path(toc_path) if toc_path else (root / "_toc.yml" if (root / "_toc.yml").is_file() else REPO_ROOT / "_toc.yml")
    config = toc_path.with_name("_config.yml")
    parts = load_book(html_dir, toc_path)
    title = book_title(config)
    date = date or norwegian_date()
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
            pdf = _print(page)
            found = chapter_pages(pdf, anchors)
            if found == pages:
                page.close()
                return pages, pdf
            pages = found
        raise RuntimeError("the page numbers in the contents did not settle")

    try:
        if browser is not None:
            # A caller that already runs Playwright (the test session) lends its browser:
            # a second sync Playwright cannot start inside the first one's event loop.
            pages, pdf = render(browser)
        else:
            with sync_playwright() as p:
                own = p.chromium.launch(executable_path=chromium or find_chromium(), args=CHROMIUM_ARGS)
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


# ---------------------------------------------------------------- the landing page's link (Sphinx hooks)


def _pdf_source(app) -> Path:
    return Path(app.srcdir) / "dist" / PDF_NAME


def _pdf_stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, int(st.st_mtime))


def landing_link(app, pagename, templatename, context, doctree) -> None:
    """html-page-context: on the root page, copy dist/<pdf> into the output and link it.

    Does nothing when the PDF has not been made (`make pdf`) or for non-HTML builders.
    """
    if getattr(app.builder, "format", "") != "html" or pagename != app.config.root_doc:
        return
    src = _pdf_source(app)
    body = context.get("body")
    if not src.is_file() or not body:
        return
    dest = Path(app.outdir) / PDF_NAME
    if _pdf_stamp(dest) != _pdf_stamp(src):
        shutil.copy2(src, dest)
    size = src.stat().st_size / (1024 * 1024)
    size_text = f"{size:.1f}".replace(".", ",") + " MB"
    href = "../" * pagename.count("/") + PDF_NAME
    link = (f'<p class="mvh-course-pdf"><a href="{href}" download>Last ned boka som kurshefte (PDF, {size_text})</a>'
            f" – for utskrift, med øvelsene som skjemaer du fyller ut for hånd.</p>")
    m = re.search(r"</h1>", body)
    context["body"] = body[: m.end()] + "\n" + link + body[m.end():] if m else link + body


def landing_outdated(app, env, added, changed, removed) -> list[str]:
    """env-get-outdated: rewrite the root page when the PDF appears, changes or goes away."""
    stamp = _pdf_stamp(_pdf_source(app))
    if getattr(env, "mvh_course_pdf", None) == stamp:
        return []
    env.mvh_course_pdf = stamp
    return [app.config.root_doc]


# ---------------------------------------------------------------- command line


def main(argv: list[str]) -> int:
    keep = "--keep-page" in argv
    args = [a for a in argv if a != "--keep-page"]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    info = build_pdf(Path(args[0]), Path(args[1]), keep_page=keep)
    print(f"wrote {args[1]} ({info['pages']} pages, {info['bytes']} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
