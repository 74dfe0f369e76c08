"""Nothing looks different with the purged CSS (widgets/css_purge.py).

The reference is the unpurged book, made in the same run: the built pages are served twice, once as
built and once with each purged stylesheet swapped back for the theme's original (still in _static,
unlinked), myst-nb's and Pygments' stylesheets and Bootstrap's JS linked again, and the book's own
stylesheets unminified (straight from widgets/static). One page per template and widget kind, at 1280
and 390 px, light and dark, a few in print, and the states the scripts create (a button
hovered, a control focused, a widget's details open). Each pair of screenshots is compared pixel by pixel;
the share of pixels that differ is printed per page (`pytest -s`).
"""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image, ImageChops

from widgets import assets, css_purge

from .pages import EXCERPTS_IN_VIEW, wait_ready

PAGES = {
    "book/intro.html": "landing",
    "book/kvalitet.html": "rating",
    "book/selvvurderinger.html": "likert",
    "book/motiverende-samtale.html": "quiz",
    "book/casesamling.html": "scenario",
    "book/maler.html": "template",
    "book/kursopplegg.html": "evaluation",
    "book/mine-svar.html": "workbook",
    "book/teamoversikt.html": "team",
    "search.html?q=veiledning": "search",
}
SCHEMES = ("light", "dark")
WIDTHS = (1280, 390)
PRINTED = ("book/kvalitet.html", "book/maler.html")
# A pixel differs when a colour channel is off by more than this (0-255): anti-aliasing noise is below.
CHANNEL = 32
# The largest share of differing pixels a screenshot may have.
TOLERANCE = 0.002
HEIGHT = 640

# Fonts in, every widget mounted, and on the search page the search finished (it ends with its summary)
# and the results on screen have their excerpts.
READY = f"""() => document.fonts.status === "loaded"
  && [...document.querySelectorAll(".mvh-widget")].every((w) => w.classList.contains("mvh-ready"))
  && (!document.getElementById("search-results")
      || (document.querySelector("#search-results .search-summary")?.textContent || "").trim().length > 0)
  && ({EXCERPTS_IN_VIEW})()"""


# The first widget a reader sees, at the top of the window (the top of the page when there is none).
SCROLL_TO_WIDGET = """() => {
  const w = [...document.querySelectorAll(".mvh-widget")].find((el) => el.getBoundingClientRect().height > 0);
  if (w) window.scrollTo(0, w.getBoundingClientRect().top + window.scrollY - 80);
}"""


# Scroll positions the scripts set on their own time (the sidebar restored from the last page, the
# window after a click): the same in both variants before a screenshot. The window goes to `anchor`
# (a selector) when given.
SETTLE = """(anchor) => {
  let moved = false;
  for (const el of document.querySelectorAll(".bd-sidebar-primary, .bd-sidebar-primary *, .bd-sidebar-secondary *")) {
    if (el.scrollTop) {
      el.scrollTop = 0;
      moved = true;
    }
  }
  const a = anchor && document.querySelector(anchor);
  if (a) window.scrollTo(0, a.getBoundingClientRect().top + window.scrollY - 120);
  return moved;
}"""
# How long Chromium shows a scrollbar after a box has scrolled (it fades out; the screenshot must not catch it).
SCROLLBAR_FADE_MS = 1000


def unpurge(html: str, mystnb: str) -> str:
    """The page as it was before the purge: the theme's original stylesheets and Bootstrap's JS."""
    m = re.search(r'href="([^"]*_static/)styles/pydata-sphinx-theme\.mvh\.css', html)
    assert m, "the page does not link the purged theme stylesheet"
    static = m.group(1)
    html = re.sub(r'href="([^"]*_static/)basic\.mvh\.css\?v=\w+"', r'href="\1styles/theme.css"', html)
    html = re.sub(r'href="([^"]*_static/[^"]+)\.mvh\.css\?v=\w+"', r'href="\1.css"', html)
    pydata = f'<link rel="stylesheet" href="{static}styles/pydata-sphinx-theme.css" />'
    html = html.replace(pydata, pydata + f'\n<link rel="stylesheet" href="{static}pygments.css" />', 1)
    if mystnb not in html:
        book_theme = f'<link rel="stylesheet" href="{static}styles/sphinx-book-theme.css" />'
        html = html.replace(book_theme, book_theme + f'\n<link rel="stylesheet" href="{static}{mystnb}" />', 1)
    html, n = re.subn(
        r'<script defer src="[^"]*_static/mvh-back-to-top\.js\?v=\w+"></script>',
        f'<script defer src="{static}scripts/bootstrap.js"></script>',
        html,
    )
    assert n == 1, "the page does not load the back-to-top script in Bootstrap's place"
    return html


def full_css(page, mystnb: str) -> None:
    """Serve `page` the unpurged book."""
    own = {"mvh-widgets.css": assets.widget_css(), "mvh-book.css": assets.book_css()}

    def handle(route):
        url = route.request.url
        name = url.split("?")[0].rsplit("/", 1)[-1]
        if name in own:
            return route.fulfill(body=own[name], content_type="text/css")
        if route.request.resource_type == "document":
            response = route.fetch()
            return route.fulfill(response=response, body=unpurge(response.text(), mystnb))
        return route.continue_()

    for pattern in ("**/*.html*", "**/mvh-widgets.css*", "**/mvh-book.css*"):
        page.route(pattern, handle)


def difference(a: bytes, b: bytes) -> float:
    """The share of pixels that differ between two screenshots."""
    one, two = Image.open(io.BytesIO(a)).convert("RGB"), Image.open(io.BytesIO(b)).convert("RGB")
    if one.size != two.size:
        return 1.0
    diff = ImageChops.difference(one, two).convert("L").point(lambda v: 255 if v > CHANNEL else 0)
    return diff.histogram()[255] / (one.size[0] * one.size[1])


def prepare(page, url: str) -> None:
    page.goto(url)
    page.wait_for_load_state("load")
    page.wait_for_function(READY)
    page.evaluate(SCROLL_TO_WIDGET)


def shot(page) -> bytes:
    return page.screenshot(animations="disabled", caret="hide")


@pytest.fixture(scope="module")
def mystnb(book):
    names = [p.name for p in (book.html / "_static").glob(css_purge.MYSTNB_GLOB) if ".mvh." not in p.name]
    assert len(names) == 1, names
    return names[0]


@pytest.fixture(scope="module")
def pair(browser, mystnb):
    """A page with the purged CSS and one with the full CSS, per viewport and colour scheme; each in its
    own context, so what one saves (an answer) the other saves too by the same steps, not sees."""
    opened: dict = {}

    def get(scheme: str):
        if scheme not in opened:
            pages = []
            for _ in range(2):
                ctx = browser.new_context(
                    viewport={"width": WIDTHS[0], "height": HEIGHT}, color_scheme=scheme, reduced_motion="reduce"
                )
                pages.append(ctx.new_page())
            full_css(pages[1], mystnb)
            opened[scheme] = pages
        return opened[scheme]

    yield get
    for pages in opened.values():
        for page in pages:
            page.context.close()


def compare_page(pair, scheme, url, steps) -> dict[str, float]:
    """The page loaded once per colour scheme in each variant, at 1280 px and then narrowed to 390 px
    (as a phone turned upright), then put through `steps` [(name, width, action, media, anchor)],
    the same in both variants; the share of differing pixels per screenshot."""
    shots: dict[str, list[bytes]] = {}
    for page in pair(scheme):
        page.set_viewport_size({"width": WIDTHS[0], "height": HEIGHT})
        page.emulate_media(media="screen")
        prepare(page, url)
        for name, width, action, media, anchor in steps:
            page.set_viewport_size({"width": width, "height": HEIGHT})
            if media:
                page.emulate_media(media=media)
            page.evaluate(SCROLL_TO_WIDGET)
            moved = page.evaluate(SETTLE, anchor)
            if action:
                action(page)
                page.wait_for_timeout(100)
            if page.evaluate(SETTLE, anchor) or (moved and action):
                page.wait_for_timeout(SCROLLBAR_FADE_MS)
            shots.setdefault(name, []).append(shot(page))
    return {name: difference(*pair_) for name, pair_ in shots.items()}


def report(results: dict[str, float]) -> dict[str, float]:
    for name, share in results.items():
        print(f"  {name}: {share * 100:.3f} % of pixels differ")
    return {name: share for name, share in results.items() if share > TOLERANCE}


def open_menu(page):
    page.locator("button.primary-toggle").first.click()
    page.locator(".bd-sidebar-primary").wait_for(state="visible")
    assert page.evaluate("() => document.querySelector('.bd-sidebar-primary').getBoundingClientRect().right > 100")


WIDGET_BUTTON = '.mvh-widget[data-mvh-id="kvalitetsveileder"] button'


def hover_a_button(page):
    # In the article: over the sidebar, Chromium fades an overlay scrollbar in and out, on its own time.
    page.locator(WIDGET_BUTTON).first.hover()
    assert page.evaluate("(s) => document.querySelector(s).matches(':hover')", WIDGET_BUTTON)


def focus_a_control(page):
    page.locator('.mvh-widget[data-mvh-id="kvalitetsveileder"] input[type=radio]').first.focus()
    page.keyboard.press("ArrowRight")
    assert page.evaluate("() => document.activeElement.matches('input[type=radio]:focus-visible')")


def open_details(page):
    w = wait_ready(page)
    w.locator('li.mvh-item[data-item="1.1"] label.mvh-v-gul').click()
    w.locator('li.mvh-item[data-item="1.1"] summary').click()
    assert w.locator('li.mvh-item[data-item="1.1"] details[open]').count() == 1


PLAIN = [(f"{w} px", w, None, None, None) for w in WIDTHS]
# The rating page also in the states the scripts create (in this order, on the same load).
STATES = [
    ("1280 px, button hovered", 1280, hover_a_button, None, WIDGET_BUTTON),
    ("1280 px, control focused", 1280, focus_a_control, None, 'li.mvh-item[data-item="1.1"]'),
    ("390 px, details open", 390, open_details, None, 'li.mvh-item[data-item="1.1"]'),
    ("390 px, menu open", 390, open_menu, None, None),
]
PRINT = [("print", 1280, None, "print", None)]


def steps_for(path: str) -> list:
    """Each width's states right after its plain screenshot: going back to 1280 px from 390 px slides
    the sidebar back in, and Chromium then draws its text in a different layer for a while."""
    states = STATES if path == "book/kvalitet.html" else []
    wide = [s for s in states if s[1] == WIDTHS[0]]
    narrow = [s for s in states if s[1] == WIDTHS[1]]
    return [PLAIN[0], *wide, PLAIN[1], *narrow] + (PRINT if path in PRINTED else [])


def test_every_page_kind_looks_the_same_with_the_purged_css(pair, http_root):
    results = {}
    for path, kind in PAGES.items():
        for scheme in SCHEMES:
            for name, share in compare_page(pair, scheme, http_root + path, steps_for(path)).items():
                results[f"{kind} ({path}) {scheme}, {name}"] = share
    print()
    assert report(results) == {}


def test_the_comparison_catches_a_purge_that_drops_dark_mode(pair, http_root):
    """Planted: the purged theme stylesheet without its dark-mode rules."""
    purged, _ = pair("dark")
    sheet = purged.context.request.get(http_root + "_static/styles/pydata-sphinx-theme.mvh.css").text()
    broken = re.sub(r"html\[data-theme=dark\][^{]*\{[^}]*\}", "", sheet)
    assert broken != sheet
    purged.route("**/pydata-sphinx-theme.mvh.css*", lambda r: r.fulfill(body=broken, content_type="text/css"))
    try:
        share = compare_page(pair, "dark", http_root + "book/rollen.html", PLAIN[:1])["1280 px"]
    finally:
        purged.unroute("**/pydata-sphinx-theme.mvh.css*")
    print(f"\n  planted: {share * 100:.3f} % of pixels differ")
    assert share > TOLERANCE
