"""The built book: strict build, nothing from the network, kernel-free widgets."""

from __future__ import annotations

import json
import re

from tests.conftest import ROOT
from widgets.definitions import load

NETWORK_LOAD = re.compile(
    r"<(script|link|img|iframe|source|audio|video|embed|object)\b[^>]*\b(src|href|data)=\"(https?:)?//", re.I
)
CSS_NETWORK = re.compile(r"(url\(\s*['\"]?(https?:)?//|@import\s+['\"]?(https?:)?//)", re.I)
# The kernel's note that it talks over local TCP: not a build warning.
KNOWN_NOISE = re.compile(r"^\[IPKernelApp\] WARNING \| Kernel is running over TCP without encryption")
FORBIDDEN = [
    "application/vnd.jupyter.widget-state+json",
    "require.min.js",
    "html-manager",
    "embed-amd",
    "unpkg.com",
    "cdn.jsdelivr",
    "thebe",
    "mathjax",
    "googletagmanager",
    "plausible",
    "fonts.googleapis",
]


def html_files(book):
    return sorted(book.html.rglob("*.html"))


def test_book_builds_strictly_without_warnings(book):
    # The book fixture fails the session on a non-zero exit, and -W turns every Sphinx warning
    # into one. What is left to check: the build really is as strict as `make book` (same flags),
    # and nothing else warned; Python warnings and kernel stderr get past -W.
    flags = re.search(r"^BUILD_FLAGS := (.*)$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M).group(1).split()
    assert {"-W", "-n"} <= set(flags)
    assert [f for f in flags if f not in book.cmd] == [], f"the test build is not `make book`'s: {book.cmd}"
    warned = [line for line in book.log.splitlines()
              if re.search(r"\bWARNING\b|Warning:", line) and not KNOWN_NOISE.search(line)]  # fmt: skip
    assert warned == []
    assert "build succeeded" in book.log
    assert (book.html / "index.html").is_file()


def test_nothing_is_loaded_from_the_network(book):
    offenders = []
    for f in html_files(book):
        for m in NETWORK_LOAD.finditer(f.read_text(encoding="utf-8")):
            offenders.append(f"{f.relative_to(book.html)}: {m.group(0)}")
    for f in sorted(book.html.rglob("*.css")):
        for m in CSS_NETWORK.finditer(f.read_text(encoding="utf-8", errors="replace")):
            offenders.append(f"{f.relative_to(book.html)}: {m.group(0)}")
    assert offenders == []


def test_no_ipywidgets_state_cdn_thebe_or_analytics(book):
    found = []
    for f in html_files(book):
        text = f.read_text(encoding="utf-8").lower()
        found += [f"{f.relative_to(book.html)}: {word}" for word in FORBIDDEN if word.lower() in text]
    assert found == []


def test_widgets_are_inline_data_plus_one_shared_script(book):
    page = (book.html / "book" / "kvalitet.html").read_text(encoding="utf-8")
    blocks = re.findall(r'<script type="application/json" class="mvh-definition">(.*?)</script>', page, re.S)
    ids = [json.loads(b)["id"] for b in blocks]
    assert ids == ["kvalitetsveileder", "refleksjon-kvalitet"]
    assert json.loads(blocks[0]) == load("kvalitetsveileder")
    assert page.count("mvh-widgets.js") == 1 and page.count("mvh-widgets.css") == 1
    assert (book.html / "_static" / "mvh-widgets.js").is_file()
    # The code cell's source is hidden; only the widget shows.
    assert "from widgets import instrument" not in page


def test_pages_are_marked_norwegian(book):
    for f in html_files(book):
        text = f.read_text(encoding="utf-8")
        if "<html" in text:
            assert 'lang="nb"' in text, f


def test_definition_text_cannot_break_out_of_its_script_tag(book):
    # The inline definition escapes '<', so no '</script>' can end it early.
    html = (book.html / "book" / "kvalitet.html").read_text(encoding="utf-8")
    opening = '<script type="application/json" class="mvh-definition">'
    start = html.index(opening)
    assert "<" not in html[start + len(opening) : html.index("</script>", start)]
