"""The footer's links work from every page.

The footer's licence and privacy line is static HTML in ``_config.yml`` (``html_theme_options.extra_footer``),
the same on every page. Its links to pages of the book are written relative to the book's root
(``book/personvern.html``); here each page gets them relative to itself, so they resolve from ``book/x.html``
and from ``search.html`` alike, on a web server and from file://. Links with a scheme (https:) or a
fragment only are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from sphinx.application import Sphinx

# Files that, when changed, rebuild every page (see sphinx_ext._assets_version).
SOURCES: tuple[Path, ...] = (Path(__file__),)

_ROOT_LINK = re.compile(r'href="(?![a-zA-Z][a-zA-Z0-9+.-]*:|#|/)([^"]+)"')


def from_page(footer: str, pathto: Callable[..., str]) -> str:
    """The footer with every root-relative link made relative to the page (Sphinx's ``pathto(file, 1)``)."""
    return _ROOT_LINK.sub(lambda m: f'href="{pathto(m.group(1), 1)}"', footer)


def _footer_links(app: Sphinx, pagename, templatename, context, doctree) -> None:
    footer = context.get("theme_extra_footer")
    if footer and "pathto" in context:
        context["theme_extra_footer"] = from_page(footer, context["pathto"])


def setup(app: Sphinx) -> None:
    app.connect("html-page-context", _footer_links)
