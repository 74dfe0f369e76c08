"""No script holds up a page's first paint but the one whose options the theme's inline lines set (page_diet:
Sphinx's and the theme's head scripts deferred, issue 16); the search page keeps its order."""

from __future__ import annotations

import re

from widgets import page_diet

BLOCKING = re.compile(r'<script src="([^"]+)"></script>')
ALLOWED = ("_static/documentation_options.js",)


def blocking(page: str) -> list[str]:
    return [src for src in BLOCKING.findall(page) if not src.split("?")[0].endswith(ALLOWED)]


def test_no_page_but_the_search_page_has_a_blocking_script(book):
    pages = {
        p.relative_to(book.html).as_posix(): p.read_text(encoding="utf-8")
        for p in book.html.rglob("*.html")
        if "_static" not in p.relative_to(book.html).parts and p.name != "search.html"
    }
    assert len(pages) > 30
    assert {name: found for name, page in pages.items() if (found := blocking(page))} == {}
    # Each of them is still on the page, deferred, in the order Sphinx wrote them.
    intro = pages["book/intro.html"]
    order = [m.group(1) for m in re.finditer(r'<script defer src="[^"]*_static/([\w/.-]+?)\.js', intro)]
    assert order[:5] == ["doctools", "sphinx_highlight", "scripts/sphinx-book-theme", "translations", "mvh-search"]


def test_the_check_sees_a_blocking_script_and_the_diet_defers_it():
    head = '<script src="../_static/documentation_options.js?v=1"></script><script src="../_static/doctools.js?v=2"></script>'
    assert blocking(head) == ["../_static/doctools.js?v=2"]
    assert blocking(page_diet.HEAD_SCRIPTS.sub(r'<script defer src="\1"></script>', head)) == []
