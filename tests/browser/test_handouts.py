"""The handouts (`make handouts`): one A4 sheet per course session, printed by the system Chromium.

Made once from the session's book into a temporary folder, then read back with pypdf. What the
sheets must hold is read from the chapter's source (book/kursopplegg.md), not from the generator:
every session's heading, the times of its plan, and the form its Kursarket line names.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from pypdf import PdfReader

from tests.conftest import ROOT
from widgets.definitions import load_all
from widgets.handouts import PRINT_PAGE, build_handouts
from widgets.pdf_outline import mismatches, outline_titles

SOURCE = ROOT / "book" / "kursopplegg.md"
HEADING = re.compile(r"^(?:## (Dag \d+: .+)|### (Oppfølging \d+: .+))$")
TIME = re.compile(r"^\| (\d{1,2}[.:]\d{2}–\d{1,2}[.:]\d{2}) \|")
FORM_LINE = re.compile(r"^\*\*Kursarket\*\* .*?\{doc\}`([^`<]+?) <")


def flat(text: str) -> str:
    # NFKC undoes the ligatures (ﬁ, ﬂ) of the PDF's text layer; lines are joined, since text wraps.
    return " ".join(unicodedata.normalize("NFKC", text).split())


def source_sessions() -> list[dict]:
    """Every session of the chapter's source: its heading, its plan's times, its form's title, and
    whether it gives homework."""
    sessions: list[dict] = []
    for line in SOURCE.read_text(encoding="utf-8").splitlines():
        m = HEADING.match(line)
        if m:
            sessions.append({"title": m[1] or m[2], "times": [], "form": None, "homework": False})
        elif line.startswith("## ") and not line.startswith("## Oppfølgingsmøtene"):
            sessions.append({"title": None})  # another section: the session before it has ended
        elif sessions and sessions[-1]["title"]:
            if t := TIME.match(line):
                sessions[-1]["times"].append(t[1])
            if f := FORM_LINE.match(line):
                sessions[-1]["form"] = f[1]
            sessions[-1]["homework"] |= line.startswith("**Hjemmeoppgave:**")
    return [s for s in sessions if s["title"]]


@pytest.fixture(scope="module")
def sheets(book, browser, tmp_path_factory):
    out = tmp_path_factory.mktemp("kursark")
    info = build_handouts(book.html, out, browser=browser)
    instruments = {d["title"]: d for d in load_all().values()}
    result = []
    for s in source_sessions():
        slug = s["title"].split(":")[0].lower().replace("ø", "o").replace(" ", "-")
        reader = PdfReader(out / f"{slug}.pdf")
        result.append({**s, "slug": slug, "reader": reader, "definition": instruments.get(s["form"]),
                       "text": flat("\n".join(p.extract_text() for p in reader.pages))})  # fmt: skip
    return {"info": info, "out": out, "sessions": result}


def test_one_sheet_per_session_of_the_chapter(sheets):
    titles = [s["title"] for s in sheets["sessions"]]
    assert len(titles) == 6 and titles[0].startswith("Dag 1:") and titles[-1].startswith("Oppfølging 4:")
    assert sorted(p.name for p in sheets["out"].iterdir()) == sorted(f"{s['slug']}.pdf" for s in sheets["sessions"])
    assert [i["title"] for i in sheets["info"].values()] == titles


def test_every_sheet_is_one_or_two_pages_with_the_session_and_its_form(sheets):
    problems = []
    for s in sheets["sessions"]:
        pages, text, d = len(s["reader"].pages), s["text"], s["definition"]
        if not 1 <= pages <= 2:
            problems.append(f"{s['slug']}: {pages} pages")
        if d is None:
            problems.append(f"{s['slug']}: the Kursarket line names {s['form']!r}, which is no instrument's title")
            continue
        # The form's own words: its prompts, or its sections and fields.
        words = [p["text"] for p in d.get("prompts", [])]
        words += [x for sec in d.get("sections", []) for x in [sec["title"], *(f["label"] for f in sec["fields"])]]
        wanted = [s["title"], "Mål", "Tidsplan", "Kjernebudskap", "Notater", d["title"], *s["times"], *words]
        problems += [f"{s['slug']}: no {w!r}" for w in wanted if flat(w) not in text]
        assert words and s["times"], s["slug"]
    assert problems == []


def test_the_sheets_are_tagged_titled_in_bokmaal_with_bookmarks_as_the_headings(sheets):
    for s in sheets["sessions"]:
        reader, d = s["reader"], s["definition"]
        catalog = reader.trailer["/Root"]
        assert catalog["/Lang"] == "nb", s["slug"]
        assert catalog["/MarkInfo"]["/Marked"].value is True, s["slug"]
        assert reader.metadata.title == f"Kursark – {s['title']}"
        homework = ["Hjemmeoppgave"] if s["homework"] else []
        headings = [s["title"], "Mål", "Tidsplan", "Kjernebudskap", *homework, "Notater", d["title"]]
        headings += [sec["title"] for sec in d.get("sections", [])]
        outline = outline_titles(reader)
        assert mismatches([t for _, t in outline], headings) == [], s["slug"]
        assert [t for depth, t in outline if depth == 0] == [s["title"]], "the session heads its own sheet"


def test_the_print_page_is_not_left_in_the_book(sheets, book):
    assert not (book.html / PRINT_PAGE).exists()
