"""The book in Nynorsk: ``make book BOOK_LANG=nn``.

The default build is Bokmål and stays exactly as it is. The Nynorsk build is the same sources built with
a derived configuration (``write_config``: ``_config.yml`` with ``language: nn``, written under
``_build/nn/``), so nothing in the Bokmål configuration has to know about it. With ``language: nn``:

- Sphinx and the theme speak Nynorsk from ``locale/nn`` (``widgets/norwegian.py`` registers the theme's
  catalogue for whichever language is set, and puts its hard-coded labels in that language);
- the widgets speak Nynorsk: their UI strings come from the ``nn`` catalogue (the page says
  ``<html lang="nn">``, which the script reads), and the instruments' texts from their ``_nn`` fields
  where they have them (``set_language`` below, at config-inited, before any page is read);
- a chapter not yet translated says so at the top, in Nynorsk, and its text is marked ``lang="nb"`` so
  screen readers and hyphenation read it as Bokmål, while the exercises in it keep ``lang="nn"``.
  A chapter that has been translated says so in its front matter: ``mvh-lang: nn``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

LANG = "nn"
FRONT_MATTER_KEY = "mvh-lang"
NOTE_CLASS = "mvh-lang-note"
NOTE = (
    "Dette kapittelet er ikkje omsett til nynorsk enno, så teksten står på bokmål. "
    "Øvingane, knappane og menyane er på nynorsk."
)
_WIDGET = re.compile(r'<div class="mvh-widget(?=[ "])')


def is_nynorsk(language: str | None) -> bool:
    return bool(language) and (language == LANG or language.startswith(LANG + "_") or language.startswith("nn-"))


def write_config(source: Path, dest: Path) -> Path:
    """``source`` (the book's _config.yml) with the language set to Nynorsk, written to ``dest``."""
    config = yaml.safe_load(source.read_text(encoding="utf-8"))
    config.setdefault("sphinx", {}).setdefault("config", {})["language"] = LANG
    dest.parent.mkdir(parents=True, exist_ok=True)
    header = f"# Written by widgets/nynorsk.py from {source.name}: the Nynorsk build. Do not edit.\n"
    dest.write_text(header + yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return dest


def untranslated(body: str) -> str:
    """A page's body, for a chapter still in Bokmål: the note first, the text marked as Bokmål, and
    the exercises in it marked as Nynorsk (their labels and buttons are)."""
    marked = _WIDGET.sub(f'<div lang="{LANG}" class="mvh-widget', body)
    return f'<p class="{NOTE_CLASS}" role="note">{NOTE}</p>\n<div lang="nb">\n{marked}\n</div>'


def _set_language(app, config) -> None:
    if not is_nynorsk(config.language):
        return
    for module in ("widgets.i18n", "widgets.definitions"):
        __import__(module)
        sys.modules[module].set_language(LANG)


def _note_untranslated(app, pagename, templatename, context, doctree) -> None:
    if doctree is None or not is_nynorsk(app.config.language) or "body" not in context:
        return
    if app.env.metadata.get(pagename, {}).get(FRONT_MATTER_KEY) == LANG:
        return
    context["body"] = untranslated(context["body"])


def setup(app) -> None:
    app.connect("config-inited", _set_language)
    app.connect("html-page-context", _note_untranslated)


if __name__ == "__main__":
    write_config(Path(sys.argv[1]), Path(sys.argv[2]))
