"""The book's Content-Security-Policy, with a hash for each inline script and style a page carries.

Every page gets the base policy as a meta tag when Sphinx writes it (sphinx_ext._add_csp):
no 'unsafe-inline' and no 'unsafe-eval' anywhere, so on its own it blocks every inline script.
After the build (and after page_diet), `rewrite_site` reads each written page and puts into its
policy the SHA-256 of exactly the inline code that page carries: the theme's colour-mode script,
Sphinx's `DOCUMENTATION_OPTIONS` lines, the search page's focus script, the theme's <noscript>
style, and the genindex table's style attributes (through 'unsafe-hashes', style-src only).
An injected <script>, an event-handler attribute, `eval` and `new Function` are then refused.
<script type="application/json"> blocks are data, never run, and get no hash.

A page that carries an event-handler attribute or a javascript: URL fails the build: the policy
would block it, so it would silently not work.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from html.parser import HTMLParser
from pathlib import Path

# Everything that is not inline code. form-action 'none' because nothing is ever
# submitted (search navigates instead, see static/search-nav.js).
BASE = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'none'"],
    "form-action": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
}
# Script types a browser runs; anything else (application/json) is a data block.
JS_TYPES = {"", "text/javascript", "application/javascript", "module"}
META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*" />')
# In document order, as the HTML tokenizer sees it: a comment, or a raw-text element up to its end tag.
RAW = re.compile(r"<!--.*?-->|<(script|style)\b([^>]*)>(.*?)</\1\s*>", re.S | re.I)
TYPE_ATTR = re.compile(r"""\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
SRC_ATTR = re.compile(r"\bsrc\s*=", re.I)


class CspError(ValueError):
    """A page carries inline code that no hash can allow."""


def sha256(text: str) -> str:
    """The CSP source expression for this exact inline text."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def policy(script_hashes=(), style_hashes=(), attr_styles: bool = False) -> str:
    directives = {k: list(v) for k, v in BASE.items()}
    directives["script-src"] += sorted(set(script_hashes))
    if attr_styles:
        directives["style-src"].append("'unsafe-hashes'")
    directives["style-src"] += sorted(set(style_hashes))
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())


def meta(content: str) -> str:
    return f'<meta http-equiv="Content-Security-Policy" content="{content}" />'


class _Audit(HTMLParser):
    """Style attributes (for their hashes), and handler attributes and javascript: URLs (errors)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.styles: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…>")
            elif (
                value
                and name in ("href", "src", "action", "formaction")
                and value.strip().lower().startswith("javascript:")
            ):
                self.problems.append(f"<{tag} {name}={value[:40]!r}>")
            elif name == "style" and value is not None:
                self.styles.append(value)

    handle_startendtag = handle_starttag


def inline_code(page: str) -> tuple[list[str], list[str], list[str]]:
    """(inline scripts that run, <style> elements, style attribute values) of one page."""
    scripts, styles = [], []
    for m in RAW.finditer(page):
        tag, attrs, body = m.group(1), m.group(2) or "", m.group(3)
        if tag is None:
            continue
        if tag.lower() == "style":
            styles.append(body)
            continue
        t = TYPE_ATTR.search(attrs)
        kind = next((g for g in t.groups() if g is not None), "").strip().lower() if t else ""
        if kind in JS_TYPES and not SRC_ATTR.search(attrs):
            scripts.append(body)
    audit = _Audit()
    audit.feed(page)
    audit.close()
    if audit.problems:
        raise CspError(f"inline code the policy blocks: {sorted(set(audit.problems))}")
    return scripts, styles, [html.unescape(s) for s in audit.styles]


def page_policy(page: str) -> str:
    scripts, styles, attrs = inline_code(page)
    return policy([sha256(s) for s in scripts], [sha256(s) for s in styles + attrs], attr_styles=bool(attrs))


def apply(page: str) -> str:
    """The page with its policy set to exactly its own inline code (a page without one gets it first)."""
    content = page_policy(page)
    if META.search(page):
        return META.sub(lambda _: meta(content), page, count=1)
    return meta(content) + "\n" + page  # the root redirect jupyter-book writes


def rewrite_site(outdir: Path) -> int:
    """Set every page's policy from its own inline code. Returns pages changed."""
    changed = 0
    for path in sorted(outdir.rglob("*.html")):
        if "_static" in path.relative_to(outdir).parts:
            continue
        text = path.read_text(encoding="utf-8")
        try:
            new = apply(text)
        except CspError as exc:
            raise CspError(f"{path.relative_to(outdir)}: {exc}") from None
        if new != text:
            path.write_text(new, encoding="utf-8")
            changed += 1
    return changed


def site_policy(outdir: Path) -> str:
    """One policy for every page (the union of their hashes): for a host that sends it as a header."""
    scripts, styles, attrs = set(), set(), False
    for path in sorted(outdir.rglob("*.html")):
        if "_static" in path.relative_to(outdir).parts:
            continue
        s, st, at = inline_code(path.read_text(encoding="utf-8"))
        scripts |= {sha256(x) for x in s}
        styles |= {sha256(x) for x in st + at}
        attrs = attrs or bool(at)
    return policy(scripts, styles, attr_styles=attrs)


if __name__ == "__main__":
    import sys

    print(site_policy(Path(sys.argv[1] if len(sys.argv) > 1 else "_build/html")))
