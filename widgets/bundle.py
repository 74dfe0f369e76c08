"""Build the static book's script from the one widget.js.

widget.js is an ES module (anywidget loads it as one). Browsers refuse module
scripts from file://, and the offline copy must work from disk, so the book
gets the same code as a classic script: the module's exports are collected
into a global ``MVHWidget`` and static-host.js is appended.
"""
from __future__ import annotations

import re
from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parent / "static"
WIDGET_JS = STATIC_DIR / "widget.js"
WIDGET_CSS = STATIC_DIR / "widget.css"
HOST_JS = STATIC_DIR / "static-host.js"
SEARCH_NAV_JS = STATIC_DIR / "search-nav.js"
BOOK_CSS_FILE = STATIC_DIR / "book.css"

_EXPORT_DEFAULT = re.compile(r"^export default ", re.M)
_EXPORT_NAMED = re.compile(r"^export (function|const|let|class) ([A-Za-z_$][\w$]*)", re.M)


def classic_widget_js() -> str:
    """widget.js as a classic script defining ``MVHWidget``."""
    source = WIDGET_JS.read_text(encoding="utf-8")
    names = [m.group(2) for m in _EXPORT_NAMED.finditer(source)]
    if len(_EXPORT_DEFAULT.findall(source)) != 1:
        raise RuntimeError("widget.js must have exactly one 'export default'")
    body = _EXPORT_NAMED.sub(r"\1 \2", source)
    body = _EXPORT_DEFAULT.sub("const __default = ", body)
    exports = ", ".join(names + ["default: __default"])
    return (
        "/* Generated from widgets/static/widget.js by widgets/bundle.py. Do not edit. */\n"
        "var MVHWidget = (function () {\n"
        f"{body}\n"
        f"return {{ {exports} }};\n"
        "})();\n"
    )


def static_bundle_js() -> str:
    return classic_widget_js() + "\n" + HOST_JS.read_text(encoding="utf-8")
