"""The CSS purge (widgets/css_purge.py) and its keep-list (widgets/css_keep.py), without a book build.

What a reader would notice if these went wrong: a menu, the dark mode or a focus ring that lost its
styles because the purge thought no page used them, or a widget's table drawn unstyled.
"""

from __future__ import annotations

import re
from pathlib import Path

import myst_nb
import pydata_sphinx_theme
import pytest
import sphinx
import sphinx_book_theme
import tinycss2

from widgets import css_keep, css_purge

ROOT = Path(__file__).resolve().parent.parent
PST = Path(pydata_sphinx_theme.__file__).parent / "theme" / "pydata_sphinx_theme" / "static"
SBT = Path(sphinx_book_theme.__file__).parent / "theme" / "sphinx_book_theme" / "static"
BASIC = Path(sphinx.__file__).parent / "themes" / "basic" / "static"

# The stylesheets the purge trims, as the installed packages ship them.
PURGED_SHEETS = [
    PST / "styles" / "pydata-sphinx-theme.css",
    SBT / "styles" / "sphinx-book-theme.css",
    BASIC / "basic.css.jinja",
    Path(myst_nb.__file__).parent / "static" / "mystnb.css",
]
# The scripts that change the page after it is loaded.
THEME_SCRIPTS = [
    PST / "scripts" / "pydata-sphinx-theme.js",
    SBT / "scripts" / "sphinx-book-theme.js",
    BASIC / "sphinx_highlight.js",
    BASIC / "searchtools.js",
    BASIC / "doctools.js",
]
BOOK_SCRIPTS = sorted((ROOT / "js").rglob("*.js")) + sorted((ROOT / "widgets" / "static").glob("*.js"))

SET_CLASS = re.compile(
    r"""classList\.(?:add|toggle|remove|replace)\(\s*["'`]([^"'`]+)["'`]"""
    r"""|className\s*\+?=\s*["'`]([^"'`]+)["'`]"""
    r"""|\bclass(?:Name)?\s*:\s*["'`]([^"'`]+)["'`]"""
)
MAKE_TAG = re.compile(r"""\b(?:h|svg|createElement(?:NS)?\([^,()]*,)\s*\(?\s*["']([a-z][a-z0-9]*)["']""")


def relaxed(selector: str) -> str:
    return css_purge.relax(tinycss2.parse_component_value_list(selector))


def styled_classes() -> set[str]:
    """Every class a purged stylesheet mentions in a selector."""
    out: set[str] = set()
    for sheet in PURGED_SHEETS:
        text = re.sub(r"\{[^{}]*\}", "{}", re.sub(r"/\*.*?\*/", "", sheet.read_text(encoding="utf-8"), flags=re.S))
        out |= set(re.findall(r"\.(-?[_a-zA-Z][\w-]*)", re.sub(r"url\([^)]*\)|\d+\.\d+", "", text)))
    return out


def classes_set_by(text: str) -> set[str]:
    out = set()
    for m in SET_CLASS.finditer(text):
        value = next(g for g in m.groups() if g)
        out |= {c for c in value.split() if "${" not in c and "$" not in c}
    return out


def unkept_classes(scripts: dict[str, str]) -> dict[str, set[str]]:
    """Classes a script sets that a purged stylesheet styles but the keep-list does not name."""
    styled = styled_classes()
    found = {}
    for name, text in scripts.items():
        missing = (classes_set_by(text) & styled) - css_keep.KEEP_CLASSES
        if missing:
            found[name] = missing
    return found


def test_the_installed_theme_files_are_where_the_tests_look():
    missing = [str(p) for p in PURGED_SHEETS + THEME_SCRIPTS if not p.is_file()]
    assert missing == []


def test_relaxing_takes_out_states_and_keeps_structure():
    assert relaxed(".prev-next-area a:hover p.prev-next-title") == ".prev-next-area a p.prev-next-title"
    assert relaxed("html[data-theme=dark] .bd-content") == "html .bd-content"
    assert relaxed(".search-button__wrapper.show .search-button__overlay") == (
        ".search-button__wrapper .search-button__overlay"
    )
    assert relaxed(".toc-entry a.nav-link.active:focus-visible") == ".toc-entry a.nav-link"
    assert relaxed("details[open]>summary::before") == "details>summary"
    assert relaxed(":root") == ":root"
    assert relaxed(".bd-article :is(h1, h2):hover") == ".bd-article :is(h1,h2)"
    assert relaxed("::selection") == "*"
    assert relaxed(".a > :focus") == ".a>*"
    assert relaxed(":not(.btn-check)+.btn") == "*+.btn"


PAGE = """<!DOCTYPE html><html><head><title>t</title></head><body>
<nav class="bd-links"><a class="nav-link" href="#a">a</a></nav>
<article class="bd-article"><h1>T</h1><div class="mvh-widget" data-mvh-id="x"></div></article>
</body></html>"""

SHEET = """
@font-face{font-family:Used Icons;src:url(a.woff2)}
@font-face{font-family:Unused Icons;src:url(b.woff2)}
@keyframes spin{to{transform:rotate(1turn)}}
@keyframes gone{to{opacity:0}}
:root{--used:1px;--unused:2px}
.nav-link:hover,.dropdown-menu .x{color:red;padding:var(--used)}
.nav-link.active{font-family:Used Icons;animation:spin 1s}
html[data-theme=dark] .bd-article{color:white}
.card-header{color:blue}
@media print{.bd-links{display:none}.card{border:0}}
.mvh-widget table td{padding:1px}
.bd-article ::weird-unknown(x){color:green}
"""


def purge(sheet: str = SHEET, page: str = PAGE) -> str:
    parsed = css_purge.Sheet("t.css", sheet)
    used, per_page = css_purge.used_rules([parsed], {"p": css_purge.page_tree(page)})
    css = parsed.write(used[0])
    return css_purge.drop_unused_properties({"t": css}, "")["t"]


def test_purge_keeps_what_matches_in_some_state_and_drops_the_rest():
    css = purge()
    assert ".nav-link:hover{" in css  # the hover state of a link on the page
    assert ".dropdown-menu .x" not in css  # the other selector of that list matches nothing
    assert ".nav-link.active{" in css  # the theme's script marks the current link
    assert "html[data-theme=dark] .bd-article" in css  # dark mode
    assert ".card-header" not in css and ".card{" not in css
    assert "@media print{.bd-links{display:none}}" in css
    assert ".mvh-widget table td" in css  # a widget draws tables in the browser
    assert "weird-unknown" in css  # not understood: kept
    assert "Used Icons" in css and "Unused Icons" not in css
    assert "@keyframes spin" in css and "@keyframes gone" not in css
    assert "--used:1px" in css and "--unused" not in css


def test_purge_is_deterministic():
    assert purge() == purge()


def test_the_per_page_check_ignores_rules_for_the_whole_document():
    parsed = css_purge.Sheet("mystnb.css", ":root{--x:1}html[data-theme=dark]{--y:2}div.cell_output{margin:0}")
    page_with_output = PAGE.replace("<h1>T</h1>", '<h1>T</h1><div class="cell_output">1</div>')
    _, per_page = css_purge.used_rules(
        [parsed], {"plain": css_purge.page_tree(PAGE), "output": css_purge.page_tree(page_with_output)}
    )
    assert per_page == {"plain": set(), "output": {0}}


def test_minify_keeps_the_meaning():
    css = 'a :hover , b>c  + d { color : red ; margin: calc( 1px + 2px ) } /* c */ x::before{content:" a  b "}'
    assert css_purge.minify(css) == 'a :hover,b>c + d{color :red;margin:calc(1px + 2px)}x::before{content:" a  b "}\n'


def test_relinking_points_pages_at_the_purged_sheets_and_drops_bootstrap():
    page = (
        '<link href="../_static/styles/theme.css?digest=1" rel="stylesheet" />\n'
        '<link href="../_static/styles/pydata-sphinx-theme.css?digest=1" rel="stylesheet" />\n'
        '<link rel="stylesheet" type="text/css" href="../_static/mystnb.abc.css?v=1" />\n'
        '<link rel="preload" as="script" href="../_static/scripts/bootstrap.js?digest=1" />\n'
        '<button class="btn theme-switch-button" aria-label="Fargemodus" data-bs-title="Fargemodus">\n'
        '<script defer src="../_static/scripts/bootstrap.js?digest=1"></script>'
    )
    names = {
        "basic.css": "basic.mvh.css",
        "styles/pydata-sphinx-theme.css": "styles/pydata-sphinx-theme.mvh.css",
        "mystnb.abc.css": "mystnb.abc.mvh.css",
    }
    written = {k: "d" for k in names}
    out = css_purge.relink(page, names, written, set())
    assert '<link rel="stylesheet" href="../_static/basic.mvh.css?v=d" />' in out
    assert "pydata-sphinx-theme.mvh.css?v=d" in out
    assert "mystnb" not in out  # no cell output on this page
    assert "bootstrap" not in out
    assert re.search(r'<script defer src="../_static/mvh-back-to-top.js\?v=\w+"></script>$', out)
    assert 'title="Fargemodus"' in out
    assert "mystnb.abc.mvh.css" in css_purge.relink(page, names, written, {"mystnb.abc.css"})


def test_every_class_the_scripts_set_and_the_theme_styles_is_kept():
    scripts = {p.name: p.read_text(encoding="utf-8") for p in THEME_SCRIPTS + BOOK_SCRIPTS}
    assert unkept_classes(scripts) == {}


def test_the_class_check_catches_a_script_that_sets_an_unlisted_class():
    planted = {"planted.js": 'el.classList.add("collapsing"); h("div", { class: "btn-close mvh-x" })'}
    assert unkept_classes(planted) == {"planted.js": {"collapsing", "btn-close"}}


def tags_made_by(text: str) -> set[str]:
    return set(MAKE_TAG.findall(text))


def test_every_tag_the_widgets_create_is_in_the_runtime_fragment():
    made = set().union(*(tags_made_by(p.read_text(encoding="utf-8")) for p in BOOK_SCRIPTS))
    assert made, "found no element the widgets create: the pattern no longer matches js/"
    assert made - css_keep.RUNTIME_TAGS == set()
    fragment = css_purge.html5lib.parseFragment(css_keep.RUNTIME_FRAGMENT, namespaceHTMLElements=False)
    in_fragment = {el.tag.split("}")[-1] for child in fragment for el in child.iter()}
    assert in_fragment == css_keep.RUNTIME_TAGS


def test_the_tag_check_catches_a_tag_not_in_the_fragment():
    assert tags_made_by('h("progress", { class: "mvh-bar" }); svg("polyline", {})') - css_keep.RUNTIME_TAGS == {
        "progress",
        "polyline",
    }


@pytest.mark.parametrize("name", ["fa-solid-900.woff2"])
def test_the_icon_subset_holds_the_glyphs_asked_for(tmp_path, name):
    from fontTools.ttLib import TTFont

    source = PST / "vendor" / "fontawesome" / "webfonts" / name
    target = tmp_path / "subset.woff2"
    css_purge.subset_font(source, target, {0xF00C, 0xF061})
    font = TTFont(target)
    assert set(font.getBestCmap()) == {0xF00C, 0xF061}
    assert target.stat().st_size < source.stat().st_size / 20
    again = tmp_path / "again.woff2"
    css_purge.subset_font(source, again, {0xF00C, 0xF061})
    assert again.read_bytes() == target.read_bytes()
