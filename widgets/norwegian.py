"""Norwegian all through: the theme's words that no Sphinx catalogue reaches.

Two gaps remain once `language` is "nb" and `locale/nb/LC_MESSAGES/sphinx.po` holds the Sphinx
and pydata-sphinx-theme strings:

- sphinx-book-theme translates through its own catalogue ("booktheme") and looks only in its own
  folder, which has "no" but not "nb" (so the footer would say "By"). `Templates.init` registers
  `locale/nb/LC_MESSAGES/booktheme.po` (Sphinx compiles every .po under `locale_dirs`).
- A few accessible names are written into the theme's templates in English, outside any catalogue
  ("Toggle primary sidebar", the sidebar's "Main", the print contents' "Page"). `Templates.render`
  puts them in Norwegian as each page is rendered, so every builder output and every rebuild has
  them; there is no template to keep in step with the theme's.
- The root index.html (Jupyter Book's redirect) gets `<html lang="nb">` too.

Wired by `template_bridge: widgets.norwegian.Templates` in _config.yml (Sphinx's own hook for the
object that renders the HTML templates).
"""

from __future__ import annotations

import re
from pathlib import Path

from sphinx.jinja2glue import BuiltinTemplateLoader
from sphinx.util.i18n import CatalogRepository

# sphinx-book-theme's message catalogue (its MESSAGE_CATALOG_NAME).
CATALOG = "booktheme"

# (attribute, English value) -> Norwegian, for the labels the theme's templates hard-code.
HARD_CODED = {
    ("title", "Toggle primary sidebar"): "Vis eller skjul innholdsfortegnelsen",
    ("title", "Toggle secondary sidebar"): "Vis eller skjul sideinnholdet",
    ("aria-label", "Toggle primary sidebar"): "Vis eller skjul innholdsfortegnelsen",
    ("aria-label", "Toggle secondary sidebar"): "Vis eller skjul sideinnholdet",
    ("aria-label", "Main"): "Innholdsfortegnelse",
    ("aria-label", "Page"): "Innhold på siden",
}
# The same in Nynorsk, for `make book BOOK_LANG=nn` (widgets/nynorsk.py).
HARD_CODED_NN = {
    ("title", "Toggle primary sidebar"): "Vis eller skjul innhaldslista",
    ("title", "Toggle secondary sidebar"): "Vis eller skjul innhaldet på sida",
    ("aria-label", "Toggle primary sidebar"): "Vis eller skjul innhaldslista",
    ("aria-label", "Toggle secondary sidebar"): "Vis eller skjul innhaldet på sida",
    ("aria-label", "Main"): "Innhaldsliste",
    ("aria-label", "Page"): "Innhald på sida",
}
_ATTR = re.compile(r'\b(title|aria-label)="(' + "|".join(re.escape(v) for _, v in HARD_CODED) + r')"')


def norwegian_labels(html: str, language: str = "nb") -> str:
    """The page with the theme's hard-coded English labels in Norwegian (Nynorsk for "nn")."""
    words = HARD_CODED_NN if language == "nn" else HARD_CODED
    return _ATTR.sub(lambda m: f'{m[1]}="{words.get((m[1], m[2]), m[2])}"', html)


def _redirect_lang(app, exception) -> None:
    """The root index.html, Jupyter Book's redirect to the landing page, is written without a template,
    so without <html lang>; give it the book's language."""
    index = Path(app.outdir) / "index.html"
    if exception is not None or app.builder.format != "html" or not index.is_file():
        return
    page = index.read_text(encoding="utf-8")
    if "<html" not in page:
        index.write_text(f'<!DOCTYPE html>\n<html lang="{app.config.language}">\n{page}', encoding="utf-8")


class Templates(BuiltinTemplateLoader):
    def init(self, builder, theme=None, dirs=None) -> None:
        super().init(builder, theme, dirs)
        # Sphinx compiles only its own domain's .po before the builder starts; compile this one now, or
        # the first build of a fresh clone would still say "By".
        config = builder.config
        repo = CatalogRepository(builder.srcdir, config.locale_dirs, config.language, config.source_encoding)
        for catalog in repo.catalogs:
            if catalog.domain == CATALOG and catalog.is_outdated():
                catalog.write_mo(config.language, config.gettext_allow_fuzzy_translations)
        # After the themes' own setup: a catalogue added now is a fallback to the theme's, which has no "nb".
        for folder in repo.locale_dirs:
            builder.app.add_message_catalog(CATALOG, folder)
        # After the CSP pass (priority 500) and before the offline zip is written (900).
        builder.app.connect("build-finished", _redirect_lang, priority=850)
        self.language = "nn" if config.language == "nn" else "nb"

    def render(self, template: str, context: dict) -> str:
        return norwegian_labels(super().render(template, context), self.language)

    def render_string(self, source: str, context: dict) -> str:
        return norwegian_labels(super().render_string(source, context), self.language)
