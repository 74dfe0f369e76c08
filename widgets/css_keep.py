"""What the CSS purge (css_purge.py) must keep although no built page shows it: the states and the
elements the scripts create once the page is open.

The purge matches every rule of the theme's stylesheets against every built page. A page as written is
not the page a reader sees: the widgets (js/) build their forms, tables and charts in the browser, the
search page fills its results in, the theme's scripts open menus, mark the current section and switch to
dark mode. So, before matching:

- RUNTIME_TAGS are added, nested the way the scripts nest them, inside every RUNTIME_HOSTS element
  (the widgets' containers, the search results, the page body): a rule for `table td` or `details
  summary` inside the article stays because a widget may draw one there.
- KEEP_CLASSES and KEEP_ATTRIBUTES are taken out of every selector (`.search-button__wrapper.show` is
  matched as `.search-button__wrapper`, `html[data-theme=dark] a` as `html a`), and so are all
  pseudo-classes and pseudo-elements (`:hover`, `:focus-visible`, `:checked`, `::before`, `:not(…)`):
  a rule stays when its element exists, whatever state the element is in.

tests/test_css_purge.py checks that every class the scripts set and the theme styles is on this list,
and every tag the widgets create; tests/browser/test_css_purge_visual.py compares the pages, opened
and used, with the purged and the full stylesheets.
"""

from __future__ import annotations

# Containers the scripts fill in the browser.
RUNTIME_HOSTS = (".mvh-widget", "#search-results")

# The elements the scripts create, as a nested fragment (js/ui/dom.js h(...) and svg(...) calls;
# searchtools.js and widgets/static/search-results.js for the search results).
RUNTIME_FRAGMENT = """
<div><section><h2>x</h2><h3>x</h3><h4>x</h4><h5>x</h5><p><a href="#x">x</a><strong>x</strong><b>x</b>
<span>x</span><mark>x</mark><br></p>
<ul><li><a href="#x">x</a><p>x</p></li></ul><ol><li><p>x</p></li></ol><dl><dt>x</dt><dd>x</dd></dl>
<table><caption>x</caption><thead><tr><th>x</th></tr></thead><tbody><tr><th>x</th><td>x</td></tr></tbody></table>
<fieldset><legend>x</legend><label><input type="radio"><span>x</span></label>
<label><input type="checkbox"></label><label><input type="text"></label><label><input type="date"></label>
<label><input type="file"></label><textarea></textarea><select><option>x</option></select>
<button type="button">x</button></fieldset>
<details><summary>x</summary><p>x</p></details>
<figure><svg><title>x</title><g><rect></rect><circle></circle><text><tspan>x</tspan></text></g></svg>
<figcaption>x</figcaption></figure></section></div>
"""

# Tag names in RUNTIME_FRAGMENT (the test compares them with the tags js/ creates).
RUNTIME_TAGS = frozenset(
    "div section h2 h3 h4 h5 p a strong b span mark br ul ol li dl dt dd table caption thead tbody tr th td "
    "fieldset legend label input textarea select option button details summary figure figcaption "
    "svg title g rect circle text tspan".split()
)

# Classes the scripts add or remove at runtime, by who sets them.
KEEP_CLASSES = frozenset(
    {
        # pydata-sphinx-theme.js: the current section in the page contents, the search dialog open,
        # tables wrapped for scrolling, hidden and disabled controls.
        "active",
        "show",
        "showing",
        "pst-scrollable-table-container",
        "pst-squeeze",
        "d-none",
        "disabled",
        "empty",
        "dropdown-menu-dark",
        # sphinx-book-theme.js: the header once the page has scrolled, the sidebars hidden.
        "scrolled",
        "pst-sidebar-hidden",
        "sbt-scroll-pixel-helper",
        "hide",
        "noprint",
        # sphinx_highlight.js, searchtools.js and search-results.js: search terms marked, the results.
        "highlighted",
        "highlight-link",
        "search",
        "context",
        "search-summary",
    }
)

# Attributes whose value the scripts set or change: colour mode, menus open, current page, <details open>.
KEEP_ATTRIBUTES = frozenset(
    {
        "data-theme",
        "data-mode",
        "aria-current",
        "aria-selected",
        "aria-expanded",
        "aria-pressed",
        "aria-hidden",
        "role",
        "open",
        "hidden",
        "disabled",
        "readonly",
        "style",
    }
)

# Functional pseudo-classes kept (their arguments relaxed the same way); every other pseudo-class and
# pseudo-element is dropped from the selector before matching.
KEEP_FUNCTIONS = frozenset({"is", "where", "matches", "-webkit-any", "-moz-any"})
# Pseudo-classes no script changes: the document's root element is always <html>.
KEEP_PSEUDO = frozenset({"root"})
