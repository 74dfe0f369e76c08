"""Printed handouts ("kursark"): one A4 sheet of one or two pages for every course session.

Usage: python -m widgets.handouts _build/html dist/kursark [--keep-page]

Made from the built course chapter (``book/kursopplegg.html``), so the sheets say what the book says:

1. Every session is a section whose heading starts "Dag N:" or "Oppfølging N:". From it the sheet
   takes the heading, the aim (**Mål:**), the timed plan (the table), the key messages
   (**Kjernebudskap:**) and, for the follow-ups, the homework (**Hjemmeoppgave:**).
2. The chapter names each session's form in a line of its own, ``**Kursarket** har skjemaet
   {doc}`<title> <page>` …``. The link text is matched against the instruments' titles
   (``widgets/instruments/*.yaml``), and the instrument becomes the same blank paper form the
   course PDF prints (``static_html.render_paper``).
3. Each sheet is one print page (no script; ``course-print.css`` and ``handout-print.css``): the
   session on the front, with ruled lines for notes filling what it leaves, and the form on the back;
   printed by the system Chromium as a tagged PDF in Bokmål with bookmarks titled as its
   headings (``pdf_outline.retitle``), written to ``<out>/<slug>.pdf`` (``dag-1.pdf``,
   ``oppfolging-1.pdf``, …).

Anything missing stops the run with a message naming the session: a part of the plan, the
Kursarket line, a form title that matches no instrument, or a sheet longer than two pages.
"""

from __future__ import annotations

import html
import io
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import chromium, definitions, static_html
from .course_pdf import CSP, DROP, MARGIN, Chapter, stylesheets, text_of
from .pdf_outline import HEADINGS_JS, LANG, retitle

COURSE_PAGE = "book/kursopplegg"
PRINT_PAGE = "kursark-trykk.html"
KIND = "Kursark"
FORM_LINE = "Kursarket"  # the bold word that opens the line naming a session's form
MAX_PAGES = 2
NOTE_LINES = 40
PRINT_CSS = [Path(__file__).resolve().parent / "static" / name for name in ("course-print.css", "handout-print.css")]
REPO_ROOT = Path(__file__).resolve().parent.parent
# dag-1.pdf, oppfolging-2.pdf: what the build links (widgets/downloads.py) and what a run cleans up.
SLUG_FILE = re.compile(r"^(dag|oppfolging)-\d+\.pdf$")


class HandoutError(ValueError):
    """A session the sheets cannot be made from. The message names the session."""


@dataclass
class Session:
    title: str  # the heading's text, exactly: "Dag 1: Rollen, metoden og veiledningen"
    aim: str = ""  # HTML, after "Mål:"
    plan: str = ""  # the <table>
    messages: str = ""  # the <ul> after "Kjernebudskap:"
    homework: str = ""  # HTML, after "Hjemmeoppgave:" ("" for the two days)
    form_title: str = ""  # the Kursarket line's link text
    form: dict | None = None  # the instrument whose title that is

    @property
    def slug(self) -> str:
        head = self.title.split(":", 1)[0].lower().replace("ø", "o").replace("å", "a").replace("æ", "ae")
        return re.sub(r"[^a-z0-9]+", "-", head).strip("-")

    @property
    def document_title(self) -> str:
        return f"{KIND} – {self.title}"


# ---------------------------------------------------------------- reading the chapter

SECTION = re.compile(
    r'<section id="[^"]*">\s*<h(?P<level>[2-6])>(?P<title>\s*(?:Dag|Oppfølging) \d+:.*?)</h(?P=level)>'
    r"(?P<body>.*?)</section>",
    re.S,
)
LEAD = r"<p><strong>{}</strong>"
TABLE = re.compile(r"<table\b.*?</table>", re.S)
LINK = re.compile(r"<a\b[^>]*>(.*?)</a>", re.S)


def _after(body: str, label: str) -> str | None:
    """The rest of the paragraph that opens with the bold `label` ("Mål:"), or None."""
    m = re.search(LEAD.format(re.escape(label)) + r"(.*?)</p>", body, re.S)
    return m.group(1).strip() if m else None


def _list_after(body: str, label: str) -> str | None:
    """The list right after the paragraph that is only the bold `label`."""
    m = re.search(LEAD.format(re.escape(label)) + r"</p>\s*(<ul\b.*?</ul>)", body, re.S)
    return m.group(1) if m else None


def plain_links(fragment: str) -> str:
    """Links as their text: on paper they lead nowhere, and a PDF must not point into the build folder."""
    return LINK.sub(r"\1", fragment)


def find_sessions(page: str) -> list[Session]:
    """The sessions of the built course chapter, in the chapter's order."""
    article = page[page.find('<article class="bd-article"') :]
    sessions = []
    for m in SECTION.finditer(DROP.sub("", article)):
        title, body = text_of(m["title"]), m["body"]
        if "<section" in body:
            raise HandoutError(f"{title}: the session has sections of its own; a sheet takes one section")
        s = Session(title)
        aim, messages, form = _after(body, "Mål:"), _list_after(body, "Kjernebudskap:"), _after(body, FORM_LINE)
        table = TABLE.search(body)
        missing = [
            what
            for what, found in (
                ("the aim (**Mål:**)", aim),
                ("the timed plan (a table)", table),
                ("the key messages (**Kjernebudskap:** and a list)", messages),
                (f"the line naming the form (**{FORM_LINE}** har … skjemaet {{doc}}`…`)", form),
            )
            if not found
        ]
        if missing:
            raise HandoutError(f"{title}: missing {' and '.join(missing)}")
        link = LINK.search(form)
        if not link:
            raise HandoutError(f"{title}: the {FORM_LINE} line links no form: {text_of(form)!r}")
        s.aim, s.plan, s.messages = plain_links(aim), plain_links(table.group(0)), plain_links(messages)
        s.homework = plain_links(_after(body, "Hjemmeoppgave:") or "")
        s.form_title = text_of(link.group(1))
        sessions.append(s)
    if not sessions:
        raise HandoutError("the course chapter has no sessions (headings starting 'Dag N:' or 'Oppfølging N:')")
    slugs = [s.slug for s in sessions]
    if len(set(slugs)) != len(slugs):
        raise HandoutError(f"two sessions share a file name: {slugs}")
    return sessions


def attach_forms(sessions: list[Session], instruments: dict[str, dict]) -> list[Session]:
    """Give every session the instrument its Kursarket line names (by title); fail naming the session."""
    by_title = {d["title"]: d for d in instruments.values()}
    for s in sessions:
        if s.form_title not in by_title:
            raise HandoutError(
                f"{s.title}: the {FORM_LINE} line names the form {s.form_title!r}, but no instrument has that title "
                f"(widgets/instruments/*.yaml)"
            )
        s.form = by_title[s.form_title]
    return sessions


def check_pages(session: Session, pages: int) -> None:
    if not 1 <= pages <= MAX_PAGES:
        raise HandoutError(
            f"{session.title}: the sheet is {pages} pages; at most {MAX_PAGES} fit a handout. "
            f"Choose a shorter form than {session.form_title!r} in its {FORM_LINE} line."
        )


def load_sessions(html_dir: Path) -> list[Session]:
    path = Path(html_dir) / f"{COURSE_PAGE}.html"
    if not path.is_file():
        raise SystemExit(f"{path} is missing: build the book first (make html)")
    return attach_forms(find_sessions(path.read_text(encoding="utf-8")), definitions.load_all())


# ---------------------------------------------------------------- the print page

HEADING = re.compile(r"<(/?)h([1-6])\b")


def form_html(definition: dict) -> str:
    """The blank form, one heading level up, so it sits beside the sheet's other parts (h2)."""
    return HEADING.sub(lambda m: f"<{m[1]}h{max(2, int(m[2]) - 1)}", static_html.render_paper(definition))


def handout_html(session: Session, css_links: list[str], book_title: str) -> str:
    esc = html.escape
    css = "\n".join(f'<link rel="stylesheet" href="{esc(u)}" />' for u in css_links)
    own_css = "".join(p.read_text(encoding="utf-8") for p in PRINT_CSS)
    homework = (
        f'<section class="kursark-part kursark-homework"><h2>Hjemmeoppgave</h2><p>{session.homework}</p></section>'
        if session.homework
        else ""
    )
    # More lines than a page holds: the notes fill what the front page has left, and the rest is cut off.
    lines = '<span class="kurs-line"></span>' * NOTE_LINES
    return f"""<!DOCTYPE html>
<html lang="{LANG}" data-theme="light" data-mode="light">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="{CSP}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(session.document_title)}</title>
{css}
<style>
{own_css}</style>
</head>
<body class="kurs kursark">
<main class="bd-main kurs-main">
<article class="bd-article kurs-book kursark-sheet" data-slug="{esc(session.slug)}">
<div class="kursark-front">
<p class="kursark-kicker">{KIND} · {esc(book_title)}</p>
<h1>{esc(session.title)}</h1>
<section class="kursark-part kursark-aim"><h2>Mål</h2><p>{session.aim}</p></section>
<section class="kursark-part kursark-plan"><h2>Tidsplan</h2>{session.plan}</section>
<section class="kursark-part kursark-messages"><h2>Kjernebudskap</h2>{session.messages}</section>
{homework}
<section class="kursark-part kursark-notes"><h2>Notater</h2><div class="kurs-lines" aria-hidden="true">{lines}</div></section>
</div>
<section class="kursark-part kursark-form kurs-new-page">{form_html(session.form)}</section>
</article>
</main>
</body>
</html>
"""


def footer(session: Session) -> str:
    return (
        "<div style=\"width:100%;font-size:8pt;font-family:'DejaVu Sans','Liberation Sans',sans-serif;"
        f'color:#333;text-align:center;">{html.escape(session.document_title)} · '
        'Side <span class="pageNumber"></span> av <span class="totalPages"></span></div>'
    )


# ---------------------------------------------------------------- printing


def book_title(html_dir: Path) -> str:
    for config in (Path(html_dir).parent.parent / "_config.yml", REPO_ROOT / "_config.yml"):
        if config.is_file():
            return (yaml.safe_load(config.read_text(encoding="utf-8")) or {}).get("title") or "Boka"
    return "Boka"


def build_handouts(
    html_dir: Path, out_dir: Path, chromium_path: str | None = None, keep_page: bool = False, browser=None
) -> dict[str, dict]:
    """Write one PDF per session into `out_dir`. Returns {slug: {"title", "pages", "bytes", "path"}}.

    A caller that already runs Playwright (the test session) lends its ``browser``.
    """
    from playwright.sync_api import sync_playwright
    from pypdf import PdfReader

    html_dir, out_dir = Path(html_dir).resolve(), Path(out_dir)
    sessions = load_sessions(html_dir)
    css = stylesheets(html_dir, [Chapter(COURSE_PAGE)])
    title = book_title(html_dir)
    page_file = html_dir / PRINT_PAGE

    def render(browser) -> dict[str, bytes]:
        page = browser.new_page()
        page.emulate_media(media="print")
        pdfs = {}
        for s in sessions:
            page_file.write_text(handout_html(s, css, title), encoding="utf-8")
            page.goto(page_file.as_uri(), wait_until="load")
            pdf = page.pdf(format="A4", print_background=False, display_header_footer=True, header_template="<div></div>",
                           footer_template=footer(s), margin=MARGIN, outline=True, tagged=True)  # fmt: skip
            check_pages(s, len(PdfReader(io.BytesIO(pdf)).pages))
            pdfs[s.slug] = retitle(pdf, page.evaluate(HEADINGS_JS), s.document_title)
        page.close()
        return pdfs

    try:
        if browser is not None:
            pdfs = render(browser)
        else:
            with sync_playwright() as p:
                own = p.chromium.launch(executable_path=chromium_path or chromium.require(), args=chromium.ARGS)
                try:
                    pdfs = render(own)
                finally:
                    own.close()
    finally:
        if not keep_page:
            page_file.unlink(missing_ok=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.iterdir():
        if SLUG_FILE.match(old.name) and old.stem not in pdfs:
            old.unlink()  # a session that is gone, or renamed
    info = {}
    for s in sessions:
        path = out_dir / f"{s.slug}.pdf"
        path.write_bytes(pdfs[s.slug])
        info[s.slug] = {"title": s.title, "pages": len(PdfReader(path).pages), "bytes": len(pdfs[s.slug]), "path": path}
    return info


def main(argv: list[str]) -> int:
    args = [a for a in argv if a != "--keep-page"]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        info = build_handouts(Path(args[0]), Path(args[1]), keep_page="--keep-page" in argv)
    except HandoutError as exc:
        raise SystemExit(f"kursark: {exc}") from exc
    for i in info.values():
        print(f"wrote {i['path']} ({i['pages']} pages, {i['bytes']} bytes): {i['title']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
