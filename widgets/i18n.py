"""The widgets' words for the Python side (the no-JS fallback and paper forms in static_html, the Jupyter
widget's ``lang``): the same catalogues as the JS, widgets/i18n/nb.json and nn.json.

``t(key, **params)`` gives the text in the active language with ``{name}`` filled in; an entry with a plural
form (``{"one": …, "other": …}``) picks ``one`` when ``n == 1``. ``set_language("nn")`` switches to Nynorsk
(the book build's ``BOOK_LANG=nn`` calls it); the default is Bokmål.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

CATALOGUE_DIR = Path(__file__).parent / "i18n"
LANGUAGES = ("nb", "nn")
_active = "nb"


@cache
def catalogue(lang: str) -> dict[str, str | dict[str, str]]:
    return json.loads((CATALOGUE_DIR / f"{lang}.json").read_text(encoding="utf-8"))


def language_of(tag: str | None) -> str:
    """A language tag as one of ours: ``nn``, ``nn-NO`` or ``nn_NO`` give Nynorsk, anything else Bokmål."""
    return "nn" if tag and re.match(r"nn(?:$|[-_])", tag.strip(), re.I) else "nb"


def set_language(lang: str | None) -> str:
    global _active
    _active = language_of(lang)
    return _active


def language() -> str:
    return _active


def t(key: str, **params: object) -> str:
    entry = catalogue(_active).get(key, catalogue("nb").get(key))
    if entry is None:
        raise KeyError(f"no UI text {key!r} in widgets/i18n/")
    text = entry if isinstance(entry, str) else entry["one" if params.get("n") == 1 else "other"]
    return re.sub(r"\{(\w+)\}", lambda m: str(params[m.group(1)]) if m.group(1) in params else m.group(0), text)
