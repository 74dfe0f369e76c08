"""The book's own stylesheets and scripts, as the build and Jupyter load them.

Each stylesheet is written in parts, one file per concern under widgets/static/, and joined here in a
fixed order (later parts may override earlier ones: print comes last). The build publishes the joined
files into its own static folder, so a page loads one file per stylesheet.
"""

from __future__ import annotations

from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parent / "static"

# The widgets' styles: on pages with a widget, and in Jupyter.
WIDGET_CSS_PARTS = (
    "widget.css",
    "widget-template.css",
    "widget-exercises.css",
    "widget-team.css",
    "widget-navigation.css",
    "widget-overview.css",
    "widget-measure.css",
    "widget-print.css",
)
# Every page of the book.
BOOK_CSS_PARTS = ("book.css", "book-search.css", "book-glossary.css", "book-downloads.css")


def _join(parts: tuple[str, ...]) -> str:
    return "\n".join((STATIC_DIR / name).read_text(encoding="utf-8").rstrip() + "\n" for name in parts)


def widget_css() -> str:
    return _join(WIDGET_CSS_PARTS)


def book_css() -> str:
    return _join(BOOK_CSS_PARTS)


def sources() -> list[Path]:
    """Every file the joined assets are made of: a change to any of them rebuilds the pages."""
    return [STATIC_DIR / name for name in WIDGET_CSS_PARTS + BOOK_CSS_PARTS]


def static_out(app) -> Path:
    """The folder the build copies into the book's _static/ (outside the HTML output, so only the copy is published)."""
    folder = Path(app.doctreedir).parent / "mvh_static"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
