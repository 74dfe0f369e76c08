"""Sphinx extension: the widgets' assets and build-time checks.

- Validates every instrument when the build starts, so bad data fails the
  build with the file, item and field in the message.
- Registers the shared JS/CSS once, for HTML builds only (builder-inited).
- Drops the ipywidgets state/CDN scripts myst-nb would add to pages whose
  notebooks created widgets: our pages are kernel-free and offline.
- Gives bibliography entries a list-item role, so the list is accessible.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

from . import __version__
from .bundle import WIDGET_CSS, static_bundle_js
from .definitions import InstrumentError, load_all

JS_NAME = "mvh-widgets.js"
CSS_NAME = "mvh-widgets.css"


def _validate_instruments(app: Sphinx, config) -> None:
    try:
        load_all()
    except InstrumentError as exc:
        raise ExtensionError(f"invalid instrument: {exc}") from exc


def _register_assets(app: Sphinx) -> None:
    if app.builder.format != "html":
        return
    # Outside the HTML output, so only the copy in _static/ ends up in the book.
    static_dir = Path(app.doctreedir).parent / "mvh_static"
    static_dir.mkdir(parents=True, exist_ok=True)
    (static_dir / JS_NAME).write_text(static_bundle_js(), encoding="utf-8")
    (static_dir / CSS_NAME).write_text(WIDGET_CSS.read_text(encoding="utf-8"), encoding="utf-8")
    app.config.html_static_path.append(str(static_dir))
    app.add_js_file(JS_NAME)
    app.add_css_file(CSS_NAME)


def _drop_ipywidgets_scripts(app: Sphinx, doctree) -> None:
    # Executing a cell that shows an anywidget stores ipywidgets state in the
    # notebook; myst-nb then adds that state plus require.js/html-manager from
    # a CDN. The static book mounts the widget itself, so neither is wanted.
    metadata = getattr(app.env, "nb_metadata", {}).get(app.env.docname, {})
    js_files = metadata.get("js_files", {})
    for key in [k for k in js_files if k.startswith("ipywidgets")]:
        del js_files[key]


def _fix_citation_roles(app: Sphinx, pagename, templatename, context, doctree) -> None:
    # docutils writes the bibliography as role="list" holding role="doc-biblioentry"
    # items; a list must hold listitems, or screen readers (and axe) see a broken list.
    body = context.get("body")
    if body and 'class="citation-list"' in body:
        context["body"] = body.replace('role="doc-biblioentry"', 'role="listitem"')


def _assets_version() -> int:
    # Sphinx writes nothing when no page is outdated, so an edit to the widget's
    # JS or CSS alone would never reach _build. Tying env_version to the assets'
    # content makes such an edit rebuild the pages, and so copy the new files.
    digest = hashlib.sha256((static_bundle_js() + WIDGET_CSS.read_text(encoding="utf-8")).encode()).digest()
    return int.from_bytes(digest[:4], "big")


def setup(app: Sphinx) -> dict:
    app.connect("config-inited", _validate_instruments)
    app.connect("builder-inited", _register_assets)
    app.connect("doctree-read", _drop_ipywidgets_scripts)
    app.connect("html-page-context", _fix_citation_roles)
    return {
        "version": __version__,
        "env_version": _assets_version(),
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
