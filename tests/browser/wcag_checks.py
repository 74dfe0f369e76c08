"""The WCAG 2.1 AA checks of tests/browser/test_wcag.py, as functions over a Playwright page.

Each returns what a reader would run into (a list of findings, empty when the page passes), so the tests
can run them over the sample pages and, once each, over a page with a planted error.
See docs/wcag-2.1-evaluering.md for the criteria they stand for.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

SNAPSHOTS = Path(__file__).resolve().parent.parent / "snapshots" / "wcag"
REWRITE_ENV = "MVH_REWRITE_SNAPSHOTS"

# Colours as the browser draws them (any CSS colour syntax), the background behind an element with its
# ancestors' translucent layers composited, and the WCAG contrast ratio.
COLOUR_JS = """
const cv = document.createElement("canvas"); cv.width = cv.height = 1;
const cx = cv.getContext("2d", { willReadFrequently: true });
const rgba = (c) => { cx.clearRect(0, 0, 1, 1); cx.fillStyle = "rgba(0,0,0,0)"; cx.fillStyle = c; cx.fillRect(0, 0, 1, 1);
  const d = cx.getImageData(0, 0, 1, 1).data; return [d[0], d[1], d[2], d[3] / 255]; };
const over = (top, under) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat([1]);
const background = (el) => {
  const layers = [];
  for (let p = el; p; p = p.parentElement) {
    const c = rgba(getComputedStyle(p).backgroundColor);
    if (c[3] > 0) layers.push(c);
    if (c[3] >= 1) break;
  }
  let out = [255, 255, 255, 1];
  for (const c of layers.reverse()) out = over(c, out);
  return out;
};
const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m); return (x + 0.05) / (y + 0.05); };
const describe = (el) => el.tagName.toLowerCase() + [...el.classList].slice(0, 2).map((c) => "." + c).join("")
  + (el.getAttribute("aria-label") ? `[${el.getAttribute("aria-label")}]` : "")
  + " «" + (el.textContent || el.value || "").trim().replace(/\\s+/g, " ").slice(0, 30) + "»";
"""

# Text cut off or spilling out of its box: a control or text box whose content is wider (or, with overflow
# hidden, taller) than the box, or that lies outside an ancestor that hides its overflow. A scroll box is
# not a loss: the reader scrolls to what is in it.
CLIPPED_JS = (
    "(scope) => {"
    + COLOUR_JS
    + """
  const out = [];
  const root = document.querySelector(scope) || document.body;
  // One read per element: the ancestors are shared by hundreds of items (the 58 goals of the rating).
  const rects = new Map(), styles = new Map();
  const rect = (e) => { if (!rects.has(e)) rects.set(e, e.getBoundingClientRect()); return rects.get(e); };
  const style = (e) => { if (!styles.has(e)) styles.set(e, getComputedStyle(e)); return styles.get(e); };
  const tinyAt = new Map();
  const tiny = (el) => { if (!el || el === root) return false; if (tinyAt.has(el)) return tinyAt.get(el);
    const r = rect(el); const t = r.width <= 2 || r.height <= 2 || tiny(el.parentElement); tinyAt.set(el, t); return t; };
  const scrolls = (s) => ["auto", "scroll"].includes(s.overflowX) || ["auto", "scroll"].includes(s.overflowY);
  const hides = (v) => v === "hidden" || v === "clip";
  const sel = "button, summary, label, legend, th, td, h1, h2, h3, h4, h5, p, li, dt, dd, a.btn, .mvh-choice";
  for (const el of root.querySelectorAll(sel)) {
    const r = rect(el);
    if (!r.width || !r.height) continue;
    const s = style(el);
    if (s.visibility === "hidden" || s.display === "inline" || tiny(el)) continue;
    if (!scrolls(s) && el.scrollWidth > el.clientWidth + 1) { out.push("sticks out sideways: " + describe(el)); continue; }
    if (hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1) { out.push("cut off at the bottom: " + describe(el)); continue; }
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const ps = style(p);
      if (scrolls(ps)) break;
      if (hides(ps.overflowX) || hides(ps.overflowY)) {
        const pr = rect(p);
        if (r.right > pr.right + 1 || r.left < pr.left - 1 || r.bottom > pr.bottom + 1) {
          out.push("clipped by " + describe(p).split(" «")[0] + ": " + describe(el));
          break;
        }
      }
    }
  }
  return [...new Set(out)].slice(0, 8);
}"""
)

# 1.4.11 for the boundary of text fields and drop-downs: their border (or their own fill) against what is
# around them.
FIELD_CONTRAST_JS = (
    "(scope) => {"
    + COLOUR_JS
    + """
  const out = [];
  const root = document.querySelector(scope) || document.body;
  const fields = 'input:not([type]), input[type=text], input[type=number], input[type=search], input[type=date], textarea, select';
  for (const el of root.querySelectorAll(fields)) {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    const s = getComputedStyle(el);
    const around = background(el.parentElement);
    const fill = over(rgba(s.backgroundColor), around);
    let best = ratio(fill, around);
    // A field without an edge of its own inside a box just around it (the search form): the box's edge.
    const box = parseFloat(s.borderBottomWidth) >= 1 && s.borderBottomStyle !== "none" ? el : el.parentElement;
    const bs = getComputedStyle(box);
    if (bs.borderBottomStyle !== "none" && parseFloat(bs.borderBottomWidth) >= 1 && box.getBoundingClientRect().height < r.height + 24) {
      best = Math.max(best, ratio(over(rgba(bs.borderBottomColor), fill), background(box.parentElement)));
    }
    if (best < 3) out.push(`${describe(el)}: boundary ${best.toFixed(2)}:1`);
  }
  return [...new Set(out)].slice(0, 8);
}"""
)

# The focus indicator of an element, judged on the element itself: its outline, or the colour of its
# box-shadow, against the background around it. One documented exception: a radio button, checkbox or text
# field drawn inside a label or a table cell has its ring on that box (`.mvh-choice:has(input:focus-visible)`
# and the like), so for a focused <input> the outline of its two nearest ancestors counts as well. An
# ancestor's box-shadow never counts (the widget cards have a shadow that has nothing to do with focus).
RINGS_JS = """
const rings = (el) => {
  const out = [];
  const levels = el.tagName === "INPUT" ? [el, el.parentElement, el.parentElement && el.parentElement.parentElement] : [el];
  for (const e of levels.filter(Boolean)) {
    const s = getComputedStyle(e);
    const around = background(e.parentElement || e);
    if (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 1) out.push(ratio(over(rgba(s.outlineColor), around), around));
    const m = e === el && s.boxShadow !== "none" && s.boxShadow.match(/(rgba?|color|oklch|lab|hsla?)\\([^)]*\\)|#[0-9a-f]{3,8}/i);
    if (m) out.push(ratio(over(rgba(m[0]), around), around));
  }
  return out;
};
"""

# After one Tab: the focused element and its two nearest ancestors (a radio's ring is drawn on its label), how
# each looks, and the contrast of the focused element's ring (RINGS_JS).
FOCUS_STATE_JS = (
    "([scope, step]) => {"
    + COLOUR_JS
    + RINGS_JS
    + """
  const look = (e) => { const s = getComputedStyle(e);
    return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderTopColor, s.backgroundColor].join("|"); };
  const levels = (e) => [e, e.parentElement, e.parentElement && e.parentElement.parentElement].filter(Boolean);
  const root = document.querySelector(scope);
  const prev = root && root.querySelector(`[data-wcag-step="${step - 1}"]`);
  const before = prev ? levels(prev).map(look) : null;
  const el = document.activeElement;
  if (!el || !root || !root.contains(el) || el === root) return { inside: false, before };
  if (el.dataset.wcagStep) return { inside: true, again: true, before };  // the next part of a date field
  el.dataset.wcagStep = String(step);
  let pinned = false;
  for (let p = el; p; p = p.parentElement) if (["sticky", "fixed"].includes(getComputedStyle(p).position)) pinned = true;
  const r = el.getBoundingClientRect();
  const after = prev ? prev.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING : 1;
  const kind = [el.tagName, el.type || "", el.getAttribute("role") || "", el.classList[0] || ""].join(" ");
  return { inside: true, before, now: levels(el).map(look), rings: rings(el), kind,
           top: r.top + scrollY, bottom: r.bottom + scrollY, follows: Boolean(after), pinned, name: describe(el) };
}"""
)

# In the other colour scheme: focus each element marked data-wcag-rep (one of each kind of control a Tab pass
# met) and judge its ring. Programmatic focus after keyboard use matches :focus-visible in Chromium; where it
# does not, that is reported rather than passed.
RING_PER_CONTROL_JS = (
    "(scope) => {"
    + COLOUR_JS
    + RINGS_JS
    + """
  const out = [];
  for (const el of document.querySelectorAll(`${scope} [data-wcag-rep]`)) {
    el.focus({ preventScroll: true });
    if (document.activeElement !== el || !el.matches(":focus-visible")) { out.push(`${describe(el)}: not :focus-visible after focus()`); continue; }
    const found = rings(el);
    if (!found.length || Math.max(...found) < 3) out.push(`focus ring under 3:1 on ${describe(el)}: [${found.map((x) => x.toFixed(2)).join(", ")}]`);
  }
  document.activeElement && document.activeElement.blur();
  return out;
}"""
)

MOTION_JS = """() => {
  const out = [];
  const secs = (v) => Math.max(...v.split(",").map((t) => (t.trim().endsWith("ms") ? parseFloat(t) / 1000 : parseFloat(t))));
  for (const el of document.querySelectorAll("*")) {
    const s = getComputedStyle(el);
    const t = Math.max(secs(s.transitionDuration) + secs(s.transitionDelay), s.animationName !== "none" ? secs(s.animationDuration) : 0);
    if (t > 0.01) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 2).join(".")}: ${t}s`);
  }
  return [...new Set(out)].slice(0, 8);
}"""

# Without the book's styles: the words a reader sees with them, and which of them are gone without them.
WORDS_JS = """(scope) => {
  const root = document.querySelector(scope);
  if (!root) return null;
  const words = new Set();
  const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const p = n.parentElement;
    if (!p || !p.checkVisibility({ visibilityProperty: true }) || !p.getClientRects().length) continue;
    for (const w of n.textContent.toLowerCase().match(/[\\p{L}\\p{N}]{3,}/gu) || []) words.add(w);
  }
  return [...words];
}"""
STYLES_OFF_JS = """(off) => {
  for (const s of document.styleSheets) s.disabled = off;
  for (const el of document.querySelectorAll("style, link[rel=stylesheet]")) el.disabled = off;
}"""

INTERACTIVE = (
    "button",
    "checkbox",
    "radio",
    "textbox",
    "combobox",
    "searchbox",
    "spinbutton",
    "slider",
    "switch",
    "tab",
    "menuitem",
    "link",
    "listbox",
)
# In the stored snapshots: the form controls and buttons (links and options follow the book's contents,
# which change with every new exercise; their names are still checked).
SNAPSHOT_ROLES = tuple(r for r in INTERACTIVE if r != "link")
_LINE = re.compile(r"""^(?P<indent>\s*)- '?(?P<role>[a-z]+)(?: "(?P<name>(?:[^"\\]|\\.)*)")?(?P<rest>[^:']*)""")


def clipped(page, scope: str = ".bd-main") -> list[str]:
    return page.evaluate(CLIPPED_JS, scope)


def page_too_wide(page) -> bool:
    return page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1")


def field_contrast(page, scope: str = ".bd-main") -> list[str]:
    return page.evaluate(FIELD_CONTRAST_JS, scope)


def motion(page) -> list[str]:
    return page.evaluate(MOTION_JS)


def lost_without_styles(page, scope: str) -> list[str]:
    """Words shown with the book's styles that are gone without them (or None if there is no such element)."""
    with_styles = page.evaluate(WORDS_JS, scope)
    page.evaluate(STYLES_OFF_JS, True)
    try:
        without = set(page.evaluate(WORDS_JS, scope))
    finally:
        page.evaluate(STYLES_OFF_JS, False)
    return sorted(set(with_styles) - without)


def tab_through(page, scope: str, limit: int = 10) -> list[str]:
    """Tab into the element `scope` and through up to `limit` stops in it. Per stop: no visible change on
    focus, a ring under 3:1 (RINGS_JS); and a stop out of DOM order or wholly above the one before. The first
    stop of each kind of control (tag, type, role, class) is marked data-wcag-rep for `rings_per_control`."""
    page.evaluate(
        "(s) => { const w = document.querySelector(s); w.querySelectorAll('[data-wcag-step], [data-wcag-rep]').forEach((e) => {"
        " delete e.dataset.wcagStep; delete e.dataset.wcagRep; });"
        " window.scrollTo(0, 0); w.tabIndex = -1; w.focus({ preventScroll: true }); }",
        scope,
    )
    problems, last, marked, kinds = [], None, 0, {}
    for _ in range(limit + 8):  # a few more presses for the parts of date fields
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STATE_JS, [scope, marked])
        if state.get("again"):
            continue
        if last is not None and state["before"] == last["now"]:
            problems.append(f"no visible focus on {last['name']}")
        if not state["inside"] or marked == limit:
            break
        kinds.setdefault(state["kind"], marked)
        marked += 1
        if not state["rings"] or max(state["rings"]) < 3:
            problems.append(f"focus ring under 3:1 on {state['name']}: {[round(x, 2) for x in state['rings']]}")
        pinned = last is not None and (state["pinned"] or last["pinned"])
        if last is not None and (not state["follows"] or (not pinned and state["bottom"] <= last["top"])):
            problems.append(f"focus goes back up from {last['name']} to {state['name']}")
        last = state
    page.evaluate(
        "([s, steps]) => { const w = document.querySelector(s); w.removeAttribute('tabindex');"
        " for (const n of steps) w.querySelector(`[data-wcag-step=\"${n}\"]`).dataset.wcagRep = '1'; }",
        [scope, sorted(kinds.values())],
    )
    if marked == 0:
        problems.append(f"Tab reaches nothing in {scope}")
    return problems


def rings_per_control(page, scope: str) -> list[str]:
    """The focus rings of the controls `tab_through` marked in `scope`, in the colour scheme shown now."""
    return page.evaluate(RING_PER_CONTROL_JS, scope)


def controls_snapshot(locator) -> str:
    """The widget's accessibility tree, cut down to its controls: role, name and state, indented as nested."""
    lines = []
    for line in locator.aria_snapshot().splitlines():
        m = _LINE.match(line)
        if m and m["role"] in SNAPSHOT_ROLES:
            lines.append(line.rstrip(":"))
    return "\n".join(lines) + "\n"


def unnamed_controls(locator) -> list[str]:
    """Every interactive node in the accessibility tree without a name."""
    out = []
    for line in locator.aria_snapshot().splitlines():
        m = _LINE.match(line)
        if m and m["role"] in INTERACTIVE and not (m["name"] or "").strip():
            out.append(line.strip())
    return out


def snapshot_differs(kind: str, snapshot: str) -> str | None:
    """Compare with tests/snapshots/wcag/<kind>.yml; with MVH_REWRITE_SNAPSHOTS=1, write it instead."""
    path = SNAPSHOTS / f"{kind}.yml"
    if os.environ.get(REWRITE_ENV) == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(snapshot, encoding="utf-8")
        return None
    if not path.exists():
        return f"no stored snapshot {path.name} (run with {REWRITE_ENV}=1 and review the file)"
    if path.read_text(encoding="utf-8") != snapshot:
        return (
            f"{kind}: controls' roles, names or states changed against {path.name}. If the change is meant, "
            f"rewrite with {REWRITE_ENV}=1 and review the diff."
        )
    return None


def live_region_of(page, text: str) -> str | None:
    """The live region (present since the page loaded) that holds the visible text, or None."""
    return page.evaluate(
        """(text) => {
      const hits = [...document.querySelectorAll("body *")].filter((e) => e.textContent.includes(text)
        && ![...e.children].some((c) => c.textContent.includes(text)) && e.getClientRects().length);
      for (const e of hits) {
        const region = e.closest('[aria-live]:not([aria-live="off"]), [role=status], [role=alert], [role=log], output');
        if (region && region.dataset.wcagAtLoad) return region.getAttribute("role") || region.getAttribute("aria-live");
      }
      return null;
    }""",
        text,
    )


def mark_live_regions(page) -> int:
    """Mark the live regions there are now (a region made together with its message is not announced)."""
    return page.evaluate(
        """() => { const r = document.querySelectorAll('[aria-live], [role=status], [role=alert], [role=log], output');
      r.forEach((e) => { e.dataset.wcagAtLoad = "1"; }); return r.length; }"""
    )


# Printable keys a site might bind alone (Sphinx: «/»; others: «s», «?», «k»).
SHORTCUT_KEYS = ("/", "s", "?", "k")


def single_key_moves_focus(page, keys: tuple[str, ...] = SHORTCUT_KEYS) -> list[str]:
    """WCAG 2.1.4: each single printable key that, pressed with nothing focused, moves focus somewhere or leaves
    the page (a shortcut the reader cannot turn off); as "key -> element"."""
    out = []
    url = page.url
    for key in keys:
        page.evaluate("() => { document.activeElement && document.activeElement.blur(); }")
        page.keyboard.press(key)
        moved = page.evaluate(
            "() => { const e = document.activeElement; return e && e !== document.body ? e.tagName.toLowerCase()"
            " + (e.name ? `[name=${e.name}]` : '') + (e.getAttribute('aria-label') ? `[${e.getAttribute('aria-label')}]` : '') : null; }"
        )
        if page.url != url:
            out.append(f"{key} -> {page.url}")
            page.go_back()
        elif moved:
            out.append(f"{key} -> {moved}")
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); }")
    return out
