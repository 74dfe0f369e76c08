"""The course PDF's bookmarks, titled exactly as the headings they point to.

Chromium (Skia) builds a tagged PDF's outline from the structure tree's H1–H6
elements, and takes each bookmark's title from the text it *draws* inside the
heading, one text run after the other with nothing between them
(``SkPDFStructTree::addStructElemTitle``). So a heading that wraps loses the
space at the line break ("metodeveileder ogjobbspesialist"), and a heading
that is drawn twice (on both sides of a page break) is titled twice
("Viktigst å ta med segViktigst å ta med seg"). The nesting and the
destinations are right; only the titles are not.

``retitle`` keeps Chromium's outline and gives every entry the text of its
heading, read from the printed page's DOM in document order. It checks that
the two lists pair up (same count; each Chromium title is the heading, or the
heading twice, once whitespace is ignored) and refuses to write otherwise, so
a change in Chromium cannot silently give bookmarks the wrong titles.
"""

from __future__ import annotations

import io
import re

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject

LANG = "nb"
# The rendered headings, as a reader sees them; Chromium leaves out headings that draw no text.
HEADINGS_JS = """() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')]
  .filter((h) => h.getClientRects().length > 0)
  .map((h) => h.textContent.replace(/\\s+/g, ' ').trim())
  .filter((t) => t !== '')"""


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def walk(node) -> list:
    """Every outline item dictionary under `node` (the /Outlines dictionary or an item), in reading order."""
    items = []
    ref = node.get("/First")
    while ref is not None:
        item = ref.get_object()
        items.append(item)
        items += walk(item)
        ref = item.get("/Next")
    return items


def outline_titles(reader: PdfReader) -> list[tuple[int, str]]:
    """(depth, title) of every bookmark, depth 0 at the top, in reading order."""
    out: list[tuple[int, str]] = []

    def go(items, depth):
        for item in items:
            if isinstance(item, list):
                go(item, depth + 1)
            else:
                out.append((depth, str(item.title)))

    go(reader.outline, 0)
    return out


def mismatches(titles: list[str], headings: list[str]) -> list[str]:
    """Where bookmark titles differ from the headings, word for word and in order; [] when they agree."""
    problems = [f"{len(titles)} bookmarks, {len(headings)} headings"] if len(titles) != len(headings) else []
    for i, (title, heading) in enumerate(zip(titles, headings, strict=False)):
        if title != heading:
            kind = "doubled" if title == heading * 2 or squash(title) == squash(heading) * 2 else "differs"
            kind = "glued" if kind == "differs" and squash(title) == squash(heading) else kind
            problems.append(f"bookmark {i + 1} {kind}: {title!r} for the heading {heading!r}")
    return problems


def retitle(pdf: bytes, headings: list[str], title: str, lang: str = LANG) -> bytes:
    """The PDF with each bookmark titled as its heading, the document title set and the language `lang`."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    root = writer.root_object
    items = walk(root["/Outlines"].get_object()) if "/Outlines" in root else []
    drawn = [str(item["/Title"]) for item in items]
    unpaired = [
        f"{d!r} / {h!r}" for d, h in zip(drawn, headings, strict=False) if squash(d) not in (squash(h), squash(h) * 2)
    ]
    if len(drawn) != len(headings) or unpaired:
        raise RuntimeError(
            f"the PDF's {len(drawn)} bookmarks do not pair with the page's {len(headings)} headings: {unpaired[:5]}"
        )
    for item, heading in zip(items, headings, strict=True):
        item[NameObject("/Title")] = TextStringObject(heading)
    root[NameObject("/Lang")] = TextStringObject(lang)
    writer.add_metadata({"/Title": title})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
