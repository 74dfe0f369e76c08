"""Only the CSS the book uses: the theme's stylesheets purged at build time, the icon font subset.

The page theme (pydata-sphinx-theme, 397 KB), the book theme, Sphinx's basic.css, Pygments and myst-nb
ship rules for every component they offer; the book uses few. After the pages are written, every rule is
matched (tinycss2 parses, cssselect2 matches) against every built page, with the states and elements the
scripts create added first (css_keep.py). A rule that matches nowhere is left out. The purged copy is
written beside the original as NAME.mvh.css (so url()s stay valid) and the pages link it instead; the
originals stay in _static, unlinked, so the visual test can compare the two.

Also, per page:
- myst-nb's stylesheet is linked only on pages where one of its rules matches (pages with cell output);
- Bootstrap's JS (81 KB) is dropped: the theme uses it only for hover tooltips on the header buttons,
  which keep their native `title` tooltip, and for the "back to top" button, which a 0.7 KB script
  (widgets/static/back-to-top.js) keeps working;
- the icon font (fa-solid-900.woff2, 156 KB) is replaced by a subset with the few glyphs the purged CSS
  still draws (the icons in the pages themselves are inline SVG already, page_diet.py).

Deterministic: the same pages give byte-identical stylesheets.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import cssselect2
import html5lib
import tinycss2
from cssselect2 import SelectorError

from . import css_keep

# (original under _static, purged name). theme.css only @imports basic.css: pages link basic.css's purge.
SHEETS = (
    ("basic.css", "basic.mvh.css"),
    ("styles/pydata-sphinx-theme.css", "styles/pydata-sphinx-theme.mvh.css"),
    ("pygments.css", "pygments.mvh.css"),
    ("styles/sphinx-book-theme.css", "styles/sphinx-book-theme.mvh.css"),
)
MYSTNB_GLOB = "mystnb.*.css"
# Only on the pages that use one of its rules (not counting those for the whole document).
PER_PAGE = "mystnb"

# On the elements page_tree adds: they keep rules, but do not make a page load a per-page stylesheet.
RUNTIME_MARK = "data-mvh-runtime"
FONT_DIR = "vendor/fontawesome/webfonts"
BLOCK_AT_RULES = {"media", "supports", "layer", "container", "document"}

LINK = re.compile(r'\s*<link\b[^>]*href="([^"]*_static/)([^"?]+)(\?[^"]*)?"[^>]*/?>')
BOOTSTRAP_PRELOAD = re.compile(r"\s*<link\b[^>]*_static/scripts/bootstrap\.js[^>]*>")
BOOTSTRAP = re.compile(r'<script defer src="([^"]*_static/)scripts/bootstrap\.js[^"]*"></script>')
# The widgets' bundle (140 KB) need not hold up the first paint: it mounts the widgets once the page is
# parsed (js/host/mount.js), which a deferred script is run after. The page shows the widgets' no-JS
# rendering until then.
WIDGETS_SCRIPT = re.compile(r'<script src="([^"]*_static/mvh-(?:widgets|views)\.js[^"]*)"></script>')
BACK_TO_TOP = Path(__file__).resolve().parent / "static" / "back-to-top.js"
BACK_TO_TOP_NAME = "mvh-back-to-top.js"
THEME_SWITCH = re.compile(r'(<button\b[^>]*\btheme-switch-button\b[^>]*?)\s+data-bs-title="([^"]*)"')


# --- selectors -------------------------------------------------------------------------------------------


def _split_commas(tokens) -> list[list]:
    parts: list[list] = [[]]
    for t in tokens:
        if t.type == "literal" and t.value == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    return parts


def _needs_star(out: list[str]) -> bool:
    return not out or out[-1] in (" ", ">", "+", "~", "(", ",")


def relax(tokens) -> str:
    """One complex selector with every script-driven condition taken out (css_keep.py): what must
    exist on a page for the rule to apply in some state."""
    out: list[str] = []
    tokens = [t for t in tokens if t.type != "comment"]
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.type == "whitespace":
            if out and out[-1] not in (" ", ">", "+", "~"):
                out.append(" ")
        elif t.type == "literal" and t.value in (">", "+", "~"):
            if out and out[-1] == " ":
                out.pop()
            out.append(t.value)
        elif t.type == "literal" and t.value == ":":
            j = i + 1
            double = j < len(tokens) and tokens[j].type == "literal" and tokens[j].value == ":"
            if double:
                j += 1
            nxt = tokens[j] if j < len(tokens) else None
            if nxt is not None and nxt.type == "function" and nxt.lower_name in css_keep.KEEP_FUNCTIONS and not double:
                inner = [relax(p) for p in _split_commas(nxt.arguments)]
                out.append(":is(" + ",".join(p.strip() for p in inner) + ")")
            elif nxt is not None and nxt.type == "ident" and nxt.lower_value in css_keep.KEEP_PSEUDO and not double:
                out.append(":" + nxt.lower_value)
            elif _needs_star(out):
                out.append("*")
            i = j + 1
            continue
        elif (
            t.type == "literal"
            and t.value == "."
            and i + 1 < len(tokens)
            and tokens[i + 1].type == "ident"
            and tokens[i + 1].value in css_keep.KEEP_CLASSES
        ):
            if _needs_star(out):
                out.append("*")
            i += 2
            continue
        elif t.type == "[] block":
            names = [a for a in t.content if a.type == "ident"]
            if names and names[0].lower_value in css_keep.KEEP_ATTRIBUTES:
                if _needs_star(out):
                    out.append("*")
            else:
                out.append(t.serialize())
        else:
            out.append(t.serialize())
        i += 1
    while out and out[-1] == " ":
        out.pop()
    return "".join(out)


def compile_selector(tokens) -> list | None:
    """One selector of a rule's list, relaxed and compiled; None when it cannot be (the selector is
    then kept: the purge never drops what it does not understand)."""
    text = relax(tokens)
    if not text:
        return None
    try:
        return list(cssselect2.compile_selector_list(text))
    except (SelectorError, NotImplementedError, ValueError, IndexError):
        return None


# --- pages ---------------------------------------------------------------------------------------------


def _fragment():
    return html5lib.parseFragment(css_keep.RUNTIME_FRAGMENT, namespaceHTMLElements=False)


def page_tree(text: str):
    """The page as cssselect2 sees it, with the scripts' runtime elements added to each host."""
    root = html5lib.parse(text, namespaceHTMLElements=False)
    wrapper = cssselect2.ElementWrapper.from_html_root(root)
    hosts = []
    for selector in css_keep.RUNTIME_HOSTS:
        hosts.extend(el.etree_element for el in wrapper.query_all(selector))
    for host in hosts:
        for child in list(_fragment()):
            for element in child.iter():
                element.set(RUNTIME_MARK, "")
            host.append(child)
    return cssselect2.ElementWrapper.from_html_root(root)


# --- stylesheets ---------------------------------------------------------------------------------------


class Sheet:
    """A stylesheet's rules, flattened for matching (rules inside @media and @supports too)."""

    def __init__(self, name: str, text: str):
        self.name = name
        self.rules = tinycss2.parse_stylesheet(text, skip_comments=True, skip_whitespace=True)
        self.selectors: list[tuple[tuple[int, int], object]] = []  # ((rule id, selector), compiled)
        self.always: set[tuple[int, int]] = set()
        self._ids: dict[int, int] = {}
        self._children: dict[int, list] = {}
        self._walk(self.rules)

    def _walk(self, rules) -> None:
        for rule in rules:
            if rule.type == "qualified-rule":
                rid = len(self._ids)
                self._ids[id(rule)] = rid
                for n, part in enumerate(_split_commas(rule.prelude)):
                    compiled = compile_selector(part)
                    if compiled is None:
                        self.always.add((rid, n))
                    else:
                        self.selectors.extend(((rid, n), c) for c in compiled)
            elif rule.type == "at-rule" and rule.lower_at_keyword in BLOCK_AT_RULES and rule.content is not None:
                children = tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)
                self._children[id(rule)] = children
                self._walk(children)

    def rule_id(self, rule) -> int:
        return self._ids[id(rule)]

    def write(self, used: set[tuple[int, int]]) -> str:
        """The stylesheet with the rules that match, each with only the selectors of its list that do."""
        kept = self._serialize(self.rules, used | self.always)
        return self._drop_unused_at_rules(kept)

    def _serialize(self, rules, keep: set[tuple[int, int]]) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []  # (kind, text)
        for rule in rules:
            if rule.type == "qualified-rule":
                rid = self.rule_id(rule)
                parts = [
                    tinycss2.serialize(p).strip() for n, p in enumerate(_split_commas(rule.prelude)) if (rid, n) in keep
                ]
                if parts:
                    prelude = ",".join(parts)
                    out.append(("rule", f"{prelude}{{{tinycss2.serialize(rule.content).strip()}}}"))
            elif rule.type == "at-rule" and id(rule) in self._children:
                inner = self._serialize(self._children[id(rule)], keep)
                if inner:
                    prelude = tinycss2.serialize(rule.prelude).strip()
                    body = "".join(text for _, text in inner)
                    out.append(("block", f"@{rule.at_keyword} {prelude}{{{body}}}"))
            elif rule.type == "at-rule":
                kind = rule.lower_at_keyword
                out.append((kind, rule.serialize().strip()))
        return out

    @staticmethod
    def _drop_unused_at_rules(parts: list[tuple[str, str]]) -> str:
        styles = "".join(text for kind, text in parts if kind in ("rule", "block"))
        out = []
        for kind, text in parts:
            if kind == "keyframes" or kind.endswith("-keyframes"):
                name = re.match(r"@[\w-]+\s+([\w-]+)", text)
                if name and not re.search(rf"\b{re.escape(name.group(1))}\b", styles):
                    continue
            if kind == "font-face":
                family = re.search(r"font-family:\s*([^;}]+)", text)
                fam = family.group(1).strip().strip("\"'").replace("\\", "") if family else ""
                if fam and fam not in styles.replace("\\", ""):
                    continue
            out.append(text)
        return "\n".join(out) + "\n"


def used_rules(sheets: list[Sheet], pages: dict[str, object]) -> tuple[list[set], dict[str, set[int]]]:
    """(rule id, selector) pairs that match an element on some page, per sheet; and per page the
    sheets it uses."""
    matcher = cssselect2.Matcher()
    for index, sheet in enumerate(sheets):
        for key, selector in sheet.selectors:
            matcher.add_selector(selector, (index, key))
    used: list[set] = [set() for _ in sheets]
    per_page: dict[str, set[int]] = {}
    for name, tree in pages.items():
        seen: set[int] = set()
        for element in tree.iter_subtree():
            # A sheet is needed on a page when it styles something in the page, not only <html>/<body>
            # (myst-nb sets its colour variables there on every page).
            real = RUNTIME_MARK not in element.etree_element.attrib and element.local_name not in ("html", "body")
            for *_, (index, key) in matcher.match(element):
                used[index].add(key)
                if real:
                    seen.add(index)
        per_page[name] = seen
    return used, per_page


def minify(css: str) -> str:
    """The same stylesheet without comments and with each run of whitespace as one space (none where
    no token needs it: after braces, semicolons, colons and commas). Token by token, so strings and url()s are untouched."""
    return _min(tinycss2.parse_component_value_list(css, skip_comments=True)).strip() + "\n"


# No space needed after these, nor before the second set (a space before ":" is a descendant combinator).
_TIGHT_AFTER = set("{};:,>")
_TIGHT_BEFORE = set("{};,>)}")


def _min(tokens) -> str:
    out: list[str] = []
    pending_space = False
    for t in tokens:
        if t.type == "whitespace":
            pending_space = True
            continue
        if t.type == "comment":
            continue
        if t.type in ("{} block", "[] block", "() block"):
            text = t.serialize()[0] + _min(t.content) + t.serialize()[-1]
        elif t.type == "function":
            text = f"{tinycss2.serialize([t])[: len(t.name) + 1]}{_min(t.arguments)})"
        else:
            text = t.serialize()
        if pending_space and out:
            prev = out[-1][-1]
            if prev not in _TIGHT_AFTER and text[0] not in _TIGHT_BEFORE:
                out.append(" ")
        pending_space = False
        out.append(text)
    return "".join(out)


CUSTOM = re.compile(r"--[\w-]+")
VAR_REF = re.compile(r"var\(\s*(--[\w-]+)")


def drop_unused_properties(sheets: dict[str, str], elsewhere: str) -> dict[str, str]:
    """Leave out custom property declarations (--bs-gutter-x: …) that nothing reads: no var() in the
    kept rules of any sheet, and no mention at all in `elsewhere` (the book's own CSS, every script,
    every page: a script may read or set one by name). Repeated until nothing changes, since a
    property may be read only by another unread one."""
    outside = set(CUSTOM.findall(elsewhere))
    parsed = {
        name: tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True) for name, css in sheets.items()
    }
    dropped: set[str] = set()
    while True:
        text = "".join(_write_rules(rules, dropped) for rules in parsed.values())
        read = set(VAR_REF.findall(text)) | outside
        declared = set(re.findall(r"(--[\w-]+)\s*:", text))
        unread = declared - read
        if not unread:
            return {name: _write_rules(rules, dropped) + "\n" for name, rules in parsed.items()}
        dropped |= unread


def _write_rules(rules, dropped: set[str]) -> str:
    out = []
    for rule in rules:
        if rule.type == "qualified-rule":
            decls = tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True)
            body = ";".join(
                d.serialize().strip()
                for d in decls
                if not (d.type == "declaration" and d.name.startswith("--") and d.name in dropped)
            )
            if body:
                out.append(f"{tinycss2.serialize(rule.prelude).strip()}{{{body}}}")
        elif rule.type == "at-rule" and rule.content is not None and rule.lower_at_keyword in BLOCK_AT_RULES:
            inner = _write_rules(
                tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True), dropped
            )
            if inner:
                out.append(f"@{rule.at_keyword} {tinycss2.serialize(rule.prelude).strip()}{{{inner}}}")
        else:
            out.append(rule.serialize().strip())
    return "\n".join(out)


# The book's own stylesheets (widgets/static, joined by assets.py): minified in place.
OWN_SHEETS = ("mvh-book.css", "mvh-widgets.css", "mvh-references.css")


# --- the icon font -------------------------------------------------------------------------------------


def icon_codepoints(css: str) -> set[int]:
    """The icon glyphs a stylesheet draws: private-use characters in its strings (content: "\\f00c")."""
    points = set()
    for token in tinycss2.parse_component_value_list(css):
        _collect(token, points)
    return points


def _collect(token, points: set[int]) -> None:
    if token.type == "string":
        points.update(ord(c) for c in token.value if 0xE000 <= ord(c) <= 0xF8FF)
    for attr in ("content", "arguments", "prelude"):
        for child in getattr(token, attr, None) or ():
            _collect(child, points)


def subset_font(source: Path, target: Path, codepoints: set[int]) -> None:
    from fontTools import subset

    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codepoints))
    subsetter.subset(font)
    # No timestamps in the output: the same glyphs give the same bytes.
    font["head"].modified = font["head"].created
    subset.save_font(font, str(target), options)


def _subset_fonts(static: Path, css: str) -> str:
    """Point the purged CSS's icon @font-face rules at subsets of the fonts; returns the new CSS."""
    points = icon_codepoints(css)

    def swap(m: re.Match) -> str:
        face = m.group(0)
        woff2 = re.search(r"url\(([^)]*?/webfonts/)([\w-]+)\.woff2\)", face)
        if not woff2:
            return face
        source = static / FONT_DIR / f"{woff2.group(2)}.woff2"
        target = source.with_name(f"{woff2.group(2)}.mvh.woff2")
        subset_font(source, target, points)
        src = f'src:url({woff2.group(1)}{target.name}) format("woff2")'
        return re.sub(r"src:[^;}]+", src, face)

    return re.sub(r"@font-face\{[^}]*\}", swap, css)


# --- the site ------------------------------------------------------------------------------------------


def _pages(outdir: Path) -> list[Path]:
    return sorted(p for p in outdir.rglob("*.html") if "_static" not in p.relative_to(outdir).parts)


def purge_site(outdir: Path) -> dict[str, tuple[int, int]]:
    """Write the purged stylesheets and relink every page. Returns {sheet: (bytes before, after)}."""
    static = outdir / "_static"
    if not (static / SHEETS[1][0]).is_file():
        return {}
    pairs = [(src, dst) for src, dst in SHEETS if (static / src).is_file()]
    mystnb = sorted(static.glob(MYSTNB_GLOB))
    mystnb = [p for p in mystnb if not p.name.endswith(".mvh.css")]
    pairs += [(p.name, p.name[: -len(".css")] + ".mvh.css") for p in mystnb]
    sheets = [Sheet(src, (static / src).read_text(encoding="utf-8")) for src, _ in pairs]

    pages = _pages(outdir)
    texts = {p: p.read_text(encoding="utf-8") for p in pages}
    trees = {str(p): page_tree(texts[p]) for p in pages}
    used, per_page = used_rules(sheets, trees)

    for name in OWN_SHEETS:
        own = static / name
        if own.is_file():
            own.write_text(minify(own.read_text(encoding="utf-8")), encoding="utf-8")

    purged = {src: sheet.write(rules) for (src, _), sheet, rules in zip(pairs, sheets, used, strict=True)}
    scripts = sorted(static.glob("*.js")) + sorted(static.glob("scripts/*.js"))
    elsewhere = "".join(
        [(static / n).read_text(encoding="utf-8") for n in OWN_SHEETS if (static / n).is_file()]
        + [f.read_text(encoding="utf-8") for f in scripts]
        + list(texts.values())
    )
    purged = drop_unused_properties(purged, elsewhere)

    sizes = {}
    written: dict[str, str] = {}
    for src, dst in pairs:
        css = purged[src]
        if "vendor/fontawesome" in css:
            css = _subset_fonts(static, css)
        if css.strip():
            (static / dst).write_text(css, encoding="utf-8")
            written[src] = _digest(css)
        sizes[src] = ((static / src).stat().st_size, len(css.encode()))

    (static / BACK_TO_TOP_NAME).write_text(BACK_TO_TOP.read_text(encoding="utf-8"), encoding="utf-8")

    names = {src: dst for src, dst in pairs}
    per_page_sheet = {i for i, (src, _) in enumerate(pairs) if src.startswith(PER_PAGE)}
    for page in pages:
        needed = {pairs[i][0] for i in per_page_sheet if i in per_page[str(page)]}
        text = relink(texts[page], names, written, needed)
        if text != texts[page]:
            page.write_text(text, encoding="utf-8")
    return sizes


def superseded(outdir: Path) -> set[Path]:
    """The theme's files no page loads once the site is purged: each purged sheet's original, the icon
    fonts beside their subsets, Bootstrap's script. The offline zip leaves them out; the built site keeps
    them (tests/browser/test_css_purge_visual.py links the originals back to compare). One a page still
    links stays."""
    static = outdir / "_static"
    if not any(static.rglob("*.mvh.*")):
        return set()  # not purged: the pages load the originals
    found = {static / src for src, _ in SHEETS}
    found |= {p for p in static.glob(MYSTNB_GLOB) if not p.name.endswith(".mvh.css")}
    for subset in (static / FONT_DIR).glob("*.mvh.woff2"):
        stem = subset.name[: -len(".mvh.woff2")]
        found |= {subset.with_name(stem + ext) for ext in (".woff2", ".woff", ".ttf")}
    found |= set((static / "scripts").glob("bootstrap.js*"))
    pages = "".join(p.read_text(encoding="utf-8") for p in _pages(outdir))
    linked = set(re.findall(r'_static/([^"?#\s]+)', pages))
    return {p for p in found if p.is_file() and p.relative_to(static).as_posix() not in linked}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:8]


def relink(page: str, names: dict[str, str], written: dict[str, str], needed_per_page: set[str]) -> str:
    """Link the purged sheets in place of the originals (written: name -> content digest, for the
    cache); Bootstrap's JS replaced by the back-to-top script; the widgets' bundle deferred."""

    def swap(m: re.Match) -> str:
        prefix, name, _query = m.group(1), m.group(2), m.group(3)
        link = m.group(0)
        if name == "styles/theme.css":  # only @import "../basic.css"
            name = "basic.css"
        if name not in names:
            return link
        if name not in written or (name.startswith(PER_PAGE) and name not in needed_per_page):
            return ""
        whitespace = link[: len(link) - len(link.lstrip())]
        return f'{whitespace}<link rel="stylesheet" href="{prefix}{names[name]}?v={written[name]}" />'

    page = LINK.sub(swap, page)
    page = WIDGETS_SCRIPT.sub(r'<script defer src="\1"></script>', page)
    page = BOOTSTRAP_PRELOAD.sub("", page)
    script = f"{BACK_TO_TOP_NAME}?v={_digest(BACK_TO_TOP.read_text(encoding='utf-8'))}"
    page = BOOTSTRAP.sub(lambda m: f'<script defer src="{m.group(1)}{script}"></script>', page)
    # The colour-mode button's tooltip came from Bootstrap; keep it as the native one.
    return THEME_SWITCH.sub(r'\1 title="\2"', page)
