"""Printing to PDF in a test, and reading the paper back: the pages' text, as a reader would read it."""

from __future__ import annotations

import io
import json
import re
import unicodedata

from pypdf import PdfReader

# The browser's print dialog would block the test: the page gets a print() that returns at once,
# so the print classes (js/ui/print.js) stay set until the test sends afterprint itself.
STUB_PRINT = "window.print = () => { window.__mvhPrinted = (window.__mvhPrinted || 0) + 1; };"

A4_PORTRAIT = (595.3, 841.9)  # 210 × 297 mm in points


def is_a4_portrait(size: tuple[float, float]) -> bool:
    """Chromium rounds the page to whole CSS pixels: allow a point either way."""
    return all(abs(got - want) < 1.5 for got, want in zip(size, A4_PORTRAIT, strict=True))


def print_to_pdf(page) -> bytes:
    """What the printer gets now (print media, A4 portrait, the browser's default margins)."""
    page.emulate_media(media="print")
    try:
        return page.pdf(format="A4", print_background=False)
    finally:
        page.emulate_media(media="screen")


def pages_text(pdf: bytes) -> list[str]:
    """Each page's text; NFKC undoes the fonts' ligatures ("ﬁ" is "fi" again)."""
    return [unicodedata.normalize("NFKC", p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages]


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    """Text with every run of white space as one space: a PDF breaks lines where the page does."""
    return re.sub(r"\s+", " ", text).strip()


def lone_headings(texts: list[str], headings: set[str]) -> list[tuple[int, str]]:
    """(page number, heading) for every page but the last whose last line is a heading: it was left alone
    at the foot of the page, and what it heads starts on the next page."""
    found = []
    for n, text in enumerate(texts[:-1], start=1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if lines and lines[-1] in headings:
            found.append((n, lines[-1]))
    return found


def record(instrument: dict, answers, saved: str = "2026-11-30T08:05:00Z") -> tuple[str, str]:
    """A localStorage key and value as the book saves them (js/host/record.js serializeRecord)."""
    key = f"metodeveilederhandboka:{instrument['id']}:v{instrument['version']}"
    value = {"instrument": instrument["id"], "version": instrument["version"], "answers": answers}
    return key, json.dumps({**value, "response": "", "saved": saved}, ensure_ascii=False)


def seed(page, records: list[tuple[str, str]]) -> None:
    """Put saved answers in this page's storage, then load the page again so its widgets read them."""
    page.evaluate("(rs) => { for (const [k, v] of rs) localStorage.setItem(k, v); }", records)
    page.reload()
    page.wait_for_load_state("load")
