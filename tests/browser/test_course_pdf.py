"""The course PDF (`make pdf`): the whole book, printed by the system Chromium.

Built once from the session's book into a temporary folder, then read back
with pypdf: page numbers in the footers, a contents whose page numbers are
true, every chapter in _toc.yml's order, the widgets as blank forms, and a
tagged PDF in Bokmål whose bookmarks read as the headings.
"""

from __future__ import annotations

import html
import re
import unicodedata

import pytest
import yaml
from pypdf import PdfReader

from tests.conftest import ROOT
from widgets.course_pdf import PDF_NAME, PRINT_PAGE, build_pdf, load_book, text_of
from widgets.pdf_outline import mismatches, outline_titles

TOC_LINE = re.compile(r"^(?P<title>.*\S)\s+(?P<page>\d+)$")
HEADING_TEXT = re.compile(r"<h[1-6]\b[^>]*>(.*?)</h[1-6]>", re.S)


def norm(text: str) -> str:
    # NFKC undoes the ligatures (ﬁ, ﬂ) the PDF's text layer keeps.
    return "\n".join(" ".join(line.split()) for line in unicodedata.normalize("NFKC", text).splitlines())


def toc_docnames() -> list[str]:
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    files = [toc["root"]] + [c["file"] for part in toc.get("parts", []) for c in part["chapters"]]
    return [re.sub(r"\.(md|ipynb)$", "", f) for f in files]


def page_title(book, docname: str) -> str:
    page = (book.html / f"{docname}.html").read_text(encoding="utf-8")
    article = page[page.index('<article class="bd-article"') :]
    h1 = re.search(r"<h1\b[^>]*>(.*?)</h1>", article, re.S).group(1)
    h1 = re.sub(r'<a class="headerlink".*?</a>', "", h1, flags=re.S)
    return norm(html.unescape(re.sub(r"<[^>]+>", "", h1)))


@pytest.fixture(scope="module")
def course_pdf(book, browser, tmp_path_factory):
    out = tmp_path_factory.mktemp("kurshefte") / PDF_NAME
    info = build_pdf(book.html, out, toc_path=ROOT / "_toc.yml", browser=browser)
    reader = PdfReader(out)
    texts = [norm(p.extract_text()) for p in reader.pages]
    return {"info": info, "reader": reader, "texts": texts, "path": out}


@pytest.fixture(scope="module")
def chapters(book):
    return [(d, page_title(book, d)) for d in toc_docnames()]


@pytest.fixture(scope="module")
def contents(course_pdf, chapters):
    """title -> page number, as the contents page(s) print them."""
    texts = course_pdf["texts"]
    first = next(i for i, t in enumerate(texts) if t.splitlines() and t.splitlines()[0] == "Innhold")
    rows: dict[str, int] = {}
    for text in texts[first : first + 3]:
        for line in text.splitlines():
            m = TOC_LINE.match(line)
            if m and not line.startswith("Side "):
                rows.setdefault(m.group("title"), int(m.group("page")))
    return rows


def test_more_pages_than_chapters_and_a_footer_on_every_page(course_pdf, chapters):
    texts = course_pdf["texts"]
    total = len(texts)
    assert total > len(chapters)
    assert course_pdf["info"]["pages"] == total
    missing = [i + 1 for i, t in enumerate(texts) if f"Side {i + 1} av {total}" not in t]
    assert missing == [], f"pages without 'Side N av {total}' in the footer: {missing[:10]}"


def test_title_page(course_pdf):
    first = course_pdf["texts"][0]
    assert "Metodeveilederhåndboka" in first
    assert "Kurshefte" in first
    assert re.search(
        r"\b\d{1,2}\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \d{4}\b",
        first,
    )


def test_contents_lists_every_chapter_with_its_true_page(course_pdf, chapters, contents):
    texts = course_pdf["texts"]
    missing = [title for _, title in chapters if title not in contents]
    assert missing == [], f"chapters not in the contents: {missing}; contents: {contents}"
    numbers = [contents[title] for _, title in chapters]
    assert numbers == sorted(numbers), "the chapters are not in _toc.yml's order"
    wrong = []
    for docname, title in chapters:
        n = contents[title]
        assert 1 <= n <= len(texts), (title, n)
        # The chapter starts on that page: its title is a line of its own there (the heading), or a few
        # lines when a long title wraps ("Del IV: Rollen, organisasjonen og deg" / "selv").
        lines = [line.strip() for line in texts[n - 1].splitlines()]
        heading = any(" ".join(lines[i : i + k]) == title for i in range(len(lines)) for k in (1, 2, 3))
        if not heading:
            wrong.append(f"{docname}: no heading '{title}' on page {n}: {texts[n - 1][:120]!r}")
    assert wrong == []
    # Every part caption is a heading of its own, or the title of the part's first chapter.
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    assert [p["caption"] for p in toc["parts"] if p["caption"] not in contents] == []


def book_headings(book) -> tuple[list[str], list[str]]:
    """Every heading of the course PDF, from the built HTML: (all in reading order, the top level).

    The contents' own heading, then each part caption that heads its chapters, then every
    chapter's h1-h6 as the book's pages have them (widgets as their paper forms).
    """
    parts = load_book(book.html, ROOT / "_toc.yml")
    headings, top = ["Innhold"], ["Innhold"]
    for part in parts:
        if part.standalone:
            headings.append(part.caption)
        top += [part.caption] if part.caption else [c.title for c in part.chapters if c.top]
        for chapter in part.chapters:
            headings += [t for t in map(text_of, HEADING_TEXT.findall(chapter.body)) if t]
    return headings, top


def test_the_outline_reads_exactly_as_the_headings(course_pdf, book, chapters):
    # Word for word: no words glued where a heading wraps, no title doubled where it is drawn twice.
    expected, top = book_headings(book)
    outline = outline_titles(course_pdf["reader"])
    assert mismatches([t for _, t in outline], expected) == []
    # Parts (and the front matter) at the top, their chapters and sections nested below.
    assert [t for depth, t in outline if depth == 0] == top
    assert {t for _, t in chapters} <= {t for depth, t in outline if depth <= 1}


def test_the_pdf_is_tagged_titled_and_in_bokmaal(course_pdf):
    reader = course_pdf["reader"]
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == "nb"
    assert catalog["/MarkInfo"]["/Marked"].value is True
    assert "/StructTreeRoot" in catalog and catalog["/StructTreeRoot"].get_object()["/K"]
    book_title = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))["title"]
    assert reader.metadata.title == f"{book_title} – Kurshefte"


def test_widgets_print_as_blank_forms(course_pdf, contents):
    texts = course_pdf["texts"]
    start, end = contents["Kvalitet og etterlevelse"], contents["Del II: Veiledning"]
    chapter = "\n".join(texts[start - 1 : end - 1])
    assert "1.1" in chapter
    assert "☐ Grønn" in chapter
    assert "Handlingsplan" in chapter
    # No trace of the interactive UI: the widget script never ran. (Some chapters'
    # prose tells readers of the web edition to press "Eksporter (JSON)"; this one does not.)
    assert "Eksporter (JSON)" not in chapter
    everything = "\n".join(texts)
    assert "Vurder hvert mål for teamet eller kontoret ditt" not in everything
    assert "interaktiv når JavaScript er slått på" not in everything
    # The reflection prompts are there to answer by hand.
    assert "Refleksjon: kvalitet i ditt team" in chapter


def test_glossary_and_references_are_in_it(course_pdf, contents):
    texts = course_pdf["texts"]
    glossary = "\n".join(texts[contents["Ordliste"] - 1 : contents["Referanser"] - 1])
    assert "Metodeveileder" in glossary.splitlines()
    assert "Femtrinnsprosessen" in glossary.splitlines()
    references = "\n".join(texts[contents["Referanser"] - 1 :])
    assert "Vigsø" in references


def test_print_page_is_not_left_in_the_book(course_pdf, book):
    # trykk.html is a build intermediate: it must not end up in the site or the offline zip.
    assert not (book.html / PRINT_PAGE).exists()
    assert course_pdf["path"].stat().st_size > 100_000
