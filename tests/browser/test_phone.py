"""The book on a phone: no page scrolls sideways, controls are big enough to tap, charts can be read,
figures open full size, and the search highlighting gets through a widget's chart.

Every instrument is answered first, as fully and as wordily as a reader can (tests/browser/full_answers.py),
so the widest things a page can show (result tables, charts, plan rows, the workbook) are on it.
"""

from __future__ import annotations

import posixpath
import re
from html.parser import HTMLParser

import pytest

from widgets.definitions import load

from .full_answers import full_storage, seed_script
from .pages import book_pages, widget

WIDTHS = (320, 360, 390, 412)
SCHEMES = ("light", "dark")
MIN_TARGET = 24  # px, WCAG 2.2 target size (minimum)

# The deepest boxes that reach past the phone's width (for the message when a page is too wide).
CULPRITS = """(width) => {
  const root = document.documentElement;
  const out = [];
  const contained = (el) => {
    for (let p = el; p && p !== root; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (s.position === "fixed" || s.display === "none") return true;
      if (p !== el && s.overflowX !== "visible" && p.getBoundingClientRect().right <= width + 0.5) return true;
    }
    return false;
  };
  const past = (el) => el.getBoundingClientRect().right > width + 0.5;
  for (const el of document.body.querySelectorAll("*")) {
    if (past(el) && !contained(el) && ![...el.children].some(past)) {
      const name = el.tagName.toLowerCase() + [...el.classList].map((c) => "." + c).join("");
      out.push(`${name} to ${Math.round(el.getBoundingClientRect().right)} px: ${(el.textContent || "").trim().slice(0, 40)}`);
    }
  }
  return out.slice(0, 5);
}"""

# The page's width in each colour scheme, switched the way the theme's own toggle does (html[data-theme]).
WIDTH_PER_SCHEME = """(schemes) => {
  const root = document.documentElement;
  const before = root.dataset.theme;
  const out = {};
  for (const s of schemes) {
    root.dataset.theme = s;
    out[s] = root.scrollWidth;
  }
  root.dataset.theme = before;
  return out;
}"""

READY = """() => [...document.querySelectorAll(".mvh-widget")].every((w) => w.classList.contains("mvh-ready"))"""

# Instrument widgets that show none of the seeded answers (the seed did not reach them).
UNANSWERED = """() => [...document.querySelectorAll(".mvh-widget[data-mvh-id]")]
  .filter((w) => !(w.querySelector("input:checked") || w.querySelector(".mvh-history li")
    || [...w.querySelectorAll("textarea, select, input[type=date], input[type=text]")].some((e) => e.value)))
  .map((w) => w.dataset.mvhId)"""


def too_wide(page, schemes=SCHEMES) -> dict[str, str]:
    """Per colour scheme in which the page is wider than the phone, what sticks out. (The phone's width,
    not innerWidth: a mobile browser widens its layout viewport to fit a page that is too wide.)"""
    width = page.viewport_size["width"]
    wide = {s: w for s, w in page.evaluate(WIDTH_PER_SCHEME, list(schemes)).items() if w > width}
    if not wide:
        return {}
    culprits = page.evaluate(CULPRITS, width)
    return {s: f"{w} px wide in {width} px; {culprits}" for s, w in wide.items()}


def open_ready(page, url: str) -> None:
    page.goto(url)
    page.wait_for_load_state("load")
    page.wait_for_function(READY)


@pytest.fixture(scope="module")
def phone(browser):
    """A phone (touch, mobile viewport) whose reader has answered every exercise in the book."""
    ctx = browser.new_context(viewport={"width": WIDTHS[0], "height": 800}, is_mobile=True, has_touch=True)
    ctx.add_init_script(seed_script(full_storage()))
    page = ctx.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.errors = errors
    yield page
    ctx.close()


# Every control a reader taps in the widgets; a radio or box inside its label is tapped through the label.
TARGETS = """() => {
  const out = [];
  const seen = new Set();
  for (const el of document.querySelectorAll(
    ".mvh button, .mvh select, .mvh textarea, .mvh input, .mvh summary")) {
    if (el.closest(".mvh-matrix")) continue;  // the template matrix: its owner turns it into cards
    const target = el.matches("input") && el.closest("label") ? el.closest("label") : el;
    if (seen.has(target) || !target.checkVisibility()) continue;
    seen.add(target);
    const r = target.getBoundingClientRect();
    if (r.width <= 2 && r.height <= 2) continue;  // visually hidden (the file input)
    if (r.width < %d || r.height < %d) {
      const name = target.tagName.toLowerCase() + [...target.classList].map((c) => "." + c).join("");
      out.push(`${name} ${Math.round(r.width)}x${Math.round(r.height)}: ${(target.textContent || "").trim().slice(0, 30)}`);
    }
  }
  return out;
}""" % (MIN_TARGET, MIN_TARGET)


@pytest.fixture(scope="module")
def survey(phone, book):
    """One pass over every page of the book (each loaded once, then resized): where a page is too wide,
    which widgets did not show the seeded answers, and which controls are too small to tap."""
    root = book.html.as_uri() + "/"
    found = {"too_wide": {}, "unanswered": {}, "small": {}, "widget_pages": 0}
    for path in [p for p in book_pages(book.html) if p != "index.html"]:  # index.html only redirects
        phone.set_viewport_size({"width": WIDTHS[0], "height": 800})
        open_ready(phone, root + path)
        if missing := phone.evaluate(UNANSWERED):
            found["unanswered"][path] = missing
        for width in WIDTHS:
            phone.set_viewport_size({"width": width, "height": 800})
            for scheme, what in too_wide(phone).items():
                found["too_wide"][f"{path} at {width} px, {scheme}"] = what
            if width == 390 and phone.locator(".mvh-widget").count():
                found["widget_pages"] += 1
                if small := phone.evaluate(TARGETS):
                    found["small"][path] = small[:5]
    found["errors"] = list(phone.errors)
    return found


def test_no_page_scrolls_sideways_on_a_phone(survey):
    assert survey["unanswered"] == {}, f"widgets that did not show the seeded answers: {survey['unanswered']}"
    assert survey["too_wide"] == {}, survey["too_wide"]
    assert survey["errors"] == []


def test_widget_controls_are_big_enough_to_tap(survey):
    assert survey["widget_pages"] > 10
    assert survey["small"] == {}, survey["small"]


def test_the_check_catches_a_page_too_wide(phone, book):
    open_ready(phone, book.html.as_uri() + "/book/intro.html")
    phone.set_viewport_size({"width": 390, "height": 800})
    assert too_wide(phone) == {}
    # A planted box wider than the phone, as an unwrapped wide table would be.
    phone.evaluate("""() => {
      const d = document.createElement("div");
      d.className = "planted-wide";
      d.style.width = "600px";
      d.textContent = "planted";
      document.querySelector(".bd-article").append(d);
    }""")
    found = too_wide(phone)
    assert set(found) == set(SCHEMES)
    assert "div.planted-wide to 6" in found["light"]


def test_a_scale_is_one_row_on_a_desktop_and_a_list_on_a_phone(browser, book):
    """Seven points in one ordered row at 1280 px (not wrapped over two lines), one under the other at 390 px."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    ctx.add_init_script(seed_script(full_storage()))
    page = ctx.new_page()
    open_ready(page, book.html.as_uri() + "/book/psykologisk-trygghet.html")
    boxes = widget(page, "psykologisk-trygghet").locator(".mvh-scale").first.locator(".mvh-choice")
    assert boxes.count() == 7

    def rects():
        return [boxes.nth(i).bounding_box() for i in range(boxes.count())]

    row = rects()
    assert len({round(r["y"]) for r in row}) == 1, "the scale wraps on a desktop"
    assert all(a["x"] < b["x"] for a, b in zip(row, row[1:], strict=False)), "the points are not in order"
    page.set_viewport_size({"width": 390, "height": 844})
    column = rects()
    assert len({round(r["x"]) for r in column}) == 1 and all(
        a["y"] < b["y"] for a, b in zip(column, column[1:], strict=False)
    )
    assert min(r["height"] for r in column) >= 44
    ctx.close()


def chart_font_px(page, instrument_id: str) -> float:
    """The size the chart's text is drawn at on screen, in CSS px."""
    return (
        widget(page, instrument_id)
        .locator("svg.mvh-chart-svg")
        .first.evaluate(
            "svg => parseFloat(getComputedStyle(svg.querySelector('text')).fontSize) * svg.getScreenCTM().a"
        )
    )


def test_charts_can_be_read_on_a_phone_and_show_whole_labels(phone, book):
    phone.set_viewport_size({"width": 320, "height": 800})
    open_ready(phone, book.html.as_uri() + "/book/psykologisk-trygghet.html")
    assert chart_font_px(phone, "psykologisk-trygghet") >= 11
    open_ready(phone, book.html.as_uri() + "/book/kvalitet.html")
    assert chart_font_px(phone, "kvalitetsveileder") >= 11
    # Every theme's whole name is in the chart, wrapped onto lines, never cut.
    labels = (
        widget(phone, "kvalitetsveileder")
        .locator("svg.mvh-chart-svg text")
        .evaluate_all(
            "ts => ts.map(t => t.querySelectorAll('tspan').length"
            " ? [...t.querySelectorAll('tspan')].map(s => s.textContent).join(' ') : t.textContent)"
        )
    )
    themes = [t for p in load("kvalitetsveileder")["parts"] for t in p["themes"]]
    for theme in themes:
        assert f"{theme['id']}. {theme['title']}" in labels
    assert not [x for x in labels if "…" in x]


def test_search_highlighting_passes_the_widgets_chart(phone, book):
    """Following a search result highlights the words on the whole page, with no script error in the chart."""
    phone.errors.clear()
    open_ready(phone, book.html.as_uri() + "/book/psykologisk-trygghet.html?highlight=trygghet")
    phone.wait_for_selector("span.highlighted", state="attached")
    after_widget = phone.evaluate("""() => {
      const w = document.querySelector('.mvh-widget[data-mvh-id="psykologisk-trygghet"]');
      return [...document.querySelectorAll("span.highlighted")]
        .filter((s) => w.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING && !w.contains(s)).length;
    }""")
    assert phone.errors == []
    assert after_widget > 0, "highlighting stopped at the widget"
    assert widget(phone, "psykologisk-trygghet").locator("svg .highlighted, svg tspan:not(.nohighlight)").count() == 0


class _Figures(HTMLParser):
    """(href of the enclosing link or None, src) for every <img> inside a <figure>."""

    def __init__(self):
        super().__init__()
        self.stack, self.found = [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "img" and "figure" in [t for t, _ in self.stack]:
            links = [x for t, x in self.stack if t == "a"]
            self.found.append((links[-1].get("href") if links else None, a.get("src")))
        elif tag != "img":
            self.stack.append((tag, a))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break


def test_every_figure_opens_full_size(book):
    figures = {}
    for path in book_pages(book.html):
        parser = _Figures()
        parser.feed((book.html / path).read_text("utf-8"))
        figures[path] = parser.found
    assert sum(len(f) for f in figures.values()) >= 10
    for path, found in figures.items():
        for href, src in found:
            assert href == src, f"{path}: the figure {src} is not a link to its own file ({href})"
            target = book.html / posixpath.normpath(posixpath.join(posixpath.dirname(path), href))
            assert target.is_file(), f"{path}: {href} does not exist"


def test_one_visible_focus_colour_on_the_sidebar_toggle_and_the_widgets(browser, book):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    page = ctx.new_page()
    open_ready(page, book.html.as_uri() + "/book/psykologisk-trygghet.html")

    def ring(selector: str) -> tuple[str, str, float]:
        return page.locator(selector).first.evaluate(
            "el => { const s = getComputedStyle(el); return [s.outlineStyle, s.outlineColor, parseFloat(s.outlineWidth)]; }"
        )

    toggle = "button.primary-toggle:visible"
    for _ in range(40):  # Tab from the top of the page to the sidebar toggle, as a keyboard user does
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.matches('button.primary-toggle')"):
            break
    else:
        pytest.fail("the sidebar toggle is not reached with Tab")
    toggle_style, toggle_colour, toggle_width = ring(toggle)
    assert toggle_style != "none" and toggle_width >= 2
    radio = widget(page, "psykologisk-trygghet").locator("input[type=radio]").first
    radio.focus()
    page.keyboard.press("ArrowRight")  # keyboard focus inside the scale
    choice = widget(page, "psykologisk-trygghet").locator(".mvh-choice:has(input:focus-visible)")
    colour = choice.evaluate("el => getComputedStyle(el).outlineColor")
    assert colour == toggle_colour
    assert re.match(r"rgb", colour)
    ctx.close()
