"""Post-processing of the written pages: less weight, nothing visible lost.

1. Inline SVG icons in place of Font Awesome's JavaScript. The theme marks icons as <i class="fa-solid fa-NAME"> and loads Font
Awesome's SVG framework (about 1.4 MiB of JavaScript) to swap them for SVG in
the browser. The book uses ten icons, so the build swaps them itself: the path
data comes from the theme's own copy of Font Awesome (icons CC BY 4.0), and
the script is dropped.

2. Sphinx's search scripts and the whole search index (searchtools.js,
   language_data.js, searchindex.js) are loaded on every page by the page
   theme, for a search-as-you-type box the book does not turn on. Only the
   search page needs them.

3. Only the CSS the pages use (css_purge.py): the theme's stylesheets purged, myst-nb's only where
   a page has cell output, Bootstrap's JS dropped, the icon font subset, the book's own stylesheets
   minified.

4. Sphinx's and the theme's scripts in <head> deferred (every page but the search page, whose
   search scripts run in order after them): each acts only once the page is parsed, and as blocking
   scripts a phone on a slow connection fetched them one after another, about a second before the
   first paint (issue 16). documentation_options.js stays as it is: the theme's inline lines after it
   set its options.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from . import css_keep, css_purge

# Files that, when changed, rebuild every page (sphinx_ext._assets_version): the diet rewrites pages
# as they are written, so a change to it must reach every page.
SOURCES: tuple[Path, ...] = (
    Path(__file__),
    Path(css_purge.__file__),
    Path(css_keep.__file__),
    css_purge.BACK_TO_TOP,
)

ICON_TAG = re.compile(r'<i\s+([^>]*class="([^"]*\bfa-solid\b[^"]*)"[^>]*)>\s*</i>')
FA_SCRIPT = re.compile(r"\s*<(?:script|link)\b[^>]*_static/scripts/fontawesome\.js[^>]*>(?:</script>)?")
HEAD_SCRIPTS = re.compile(
    r'<script src="([^"]*_static/(?:doctools|sphinx_highlight|translations|mvh-search|scripts/sphinx-book-theme)\.js'
    r'[^"]*)"></script>'
)
SEARCH_SCRIPTS = re.compile(
    r'\s*<script src="[^"]*(?:_static/searchtools\.js|_static/language_data\.js|searchindex\.js)"></script>'
)


def solid_icons(fontawesome_js: str) -> dict[str, tuple[int, int, str]]:
    """name -> (width, height, path) for Font Awesome's solid set."""
    end = fontawesome_js.index('d("fa-solid",p)')
    start = fontawesome_js.rindex("var p={", 0, end)
    pack = fontawesome_js[start:end]
    icons = {}
    for m in re.finditer(r'(?:"([\w-]+)"|([A-Za-z_]\w*)):\[(\d+),(\d+),\[[^\]]*\],"[0-9a-f]+","(M[^"]+)"\]', pack):
        icons[m.group(1) or m.group(2)] = (int(m.group(3)), int(m.group(4)), m.group(5))
    return icons


def _svg(attrs: str, classes: str, icons: dict) -> str | None:
    names = [c[3:] for c in classes.split() if c.startswith("fa-") and c[3:] in icons]
    if not names:
        return None
    width, height, path = icons[names[0]]
    rest = re.sub(r'\s*class="[^"]*"', "", attrs).strip()
    cls = " ".join(classes.split() + ["mvh-icon"])
    return (
        f'<svg class="{html.escape(cls)}" {rest} viewBox="0 0 {width} {height}" '
        f'aria-hidden="true" focusable="false"><path d="{path}"/></svg>'
    ).replace("  ", " ")


def inline_icons(page: str, icons: dict) -> tuple[str, set[str]]:
    """Replace icon tags with inline SVG and drop the Font Awesome script. Returns (page, unknown icons)."""
    unknown: set[str] = set()

    def swap(m: re.Match) -> str:
        svg = _svg(m.group(1), m.group(2), icons)
        if svg is None:
            unknown.update(c for c in m.group(2).split() if c.startswith("fa-") and c != "fa-solid")
            return m.group(0)
        return svg

    return FA_SCRIPT.sub("", ICON_TAG.sub(swap, page)), unknown


def rewrite_site(outdir: Path) -> int:
    """Put every page under outdir on the diet; remove the icon framework. Returns pages changed."""
    script = outdir / "_static" / "scripts" / "fontawesome.js"
    if not script.exists():
        return 0
    icons = solid_icons(script.read_text(encoding="utf-8"))
    changed = 0
    for page in outdir.rglob("*.html"):
        if "_static" in page.relative_to(outdir).parts:
            continue
        text = page.read_text(encoding="utf-8")
        new, unknown = inline_icons(text, icons)
        if page.name != "search.html":
            new = SEARCH_SCRIPTS.sub("", new)
            new = HEAD_SCRIPTS.sub(r'<script defer src="\1"></script>', new)
        if unknown:
            raise ValueError(f"{page.name}: no inline icon for {sorted(unknown)}")
        if new != text:
            page.write_text(new, encoding="utf-8")
            changed += 1
    for leftover in script.parent.glob("fontawesome.js*"):
        leftover.unlink()
    css_purge.purge_site(outdir)
    return changed
