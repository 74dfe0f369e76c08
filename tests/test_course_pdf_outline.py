"""The course PDF's bookmarks (widgets/pdf_outline.py), without a browser.

Chromium titles a bookmark with the text it draws inside the heading, so a
wrapped heading loses the space at the break and a heading drawn twice is
titled twice. A small PDF with such bookmarks shows that the comparison the
course PDF test relies on catches both, and that `retitle` mends them.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter

from widgets.pdf_outline import mismatches, outline_titles, retitle

HEADINGS = [
    "Metodeveilederrollen",
    "Mal: Forventningsavklaring mellom personalleder, metodeveileder og jobbspesialist",
    "Viktigst å ta med seg",
]
# As Chromium drew them: the second wrapped after "og", the third on both sides of a page break.
DRAWN = [
    "Metodeveilederrollen",
    "Mal: Forventningsavklaring mellom personalleder, metodeveileder ogjobbspesialist",
    "Viktigst å ta med segViktigst å ta med seg",
]


def chromium_like_pdf() -> bytes:
    writer = PdfWriter()
    for _ in range(2):
        writer.add_blank_page(595, 842)
    chapter = writer.add_outline_item(title=DRAWN[0], page_number=0)
    writer.add_outline_item(title=DRAWN[1], page_number=0, parent=chapter)
    writer.add_outline_item(title=DRAWN[2], page_number=1, parent=chapter)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_the_comparison_catches_a_glued_and_a_doubled_bookmark():
    problems = mismatches(DRAWN, HEADINGS)
    assert len(problems) == 2
    assert "glued" in problems[0] and "ogjobbspesialist" in problems[0]
    assert "doubled" in problems[1]
    assert mismatches(HEADINGS, HEADINGS) == []
    # A missing bookmark is caught too, even when the rest agree.
    assert mismatches(HEADINGS[:2], HEADINGS) == ["2 bookmarks, 3 headings"]


def test_retitle_gives_each_bookmark_its_heading_and_the_language_nb():
    reader = PdfReader(io.BytesIO(retitle(chromium_like_pdf(), HEADINGS, "Metodeveilederhåndboka – Kurshefte")))
    assert outline_titles(reader) == [(0, HEADINGS[0]), (1, HEADINGS[1]), (1, HEADINGS[2])]
    assert reader.trailer["/Root"]["/Lang"] == "nb"
    assert reader.metadata.title == "Metodeveilederhåndboka – Kurshefte"
    # Destinations are Chromium's: the third bookmark still points to the second page.
    assert reader.get_destination_page_number(reader.outline[1][1]) == 1


def test_retitle_refuses_headings_that_do_not_pair_with_the_bookmarks():
    with pytest.raises(RuntimeError, match="do not pair"):
        retitle(chromium_like_pdf(), [HEADINGS[0], "Noe helt annet", HEADINGS[2]], "x")
    with pytest.raises(RuntimeError, match="do not pair"):
        retitle(chromium_like_pdf(), HEADINGS[:2], "x")
