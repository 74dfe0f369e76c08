"""Citations and the reference list in Norwegian (og, mfl., red., utg., s., masteroppgave).

sphinxcontrib-bibtex writes citations and the reference list through pybtex styles, whose words
are English ("and", "et al.", "editors", "3 edition", "pages", "Master's thesis", "In", "URL:").
This module registers three plugins in their place, chosen in _config.yml:

- `bibtex_reference_style: author_year_nb`: the text cites "(Døhlie og Larsen, 2013)",
  "(Bakkeli mfl., 2020)", "(Vigsø, u.å.; Tveiten, 2013)": round brackets, "og" between two
  authors, "mfl." from three, "; " between works.
- `bibtex_default_style: nb`: the list reads author–year, as the text cites, in the Norwegian
  APA manner the readers know: "Tveiten, S. (2013). *Veiledning – mer enn ord* (4. utg.).
  Fagbokforlaget." Chapters "I A.-L. Teslo (red.), *Bok* (s. 179–212)"; reports "(Rapport
  2020-8)"; theses "[Masteroppgave]"; links as bare addresses. The same text is the tooltip
  of every citation.
- the label style `author_year_nb` ("Døhlie og Larsen 2013"), for any output that shows labels.

On the page the numbered labels ([1]–[34]) are left out: the list is sorted by author and year and
each entry starts with them, so the number would only be a second, unused way to name the work.
The cited entry is highlighted when a citation link lands on it (`book-references.css`, only on
pages with a reference list).
"""

from __future__ import annotations

import re
from pathlib import Path

import pybtex.plugin
from docutils import nodes
from pybtex.richtext import Symbol, Text
from pybtex.style.formatting import BaseStyle, toplevel
from pybtex.style.labels import BaseLabelStyle
from pybtex.style.template import (
    FieldIsMissing,
    field,
    first_of,
    href,
    join,
    node,
    optional,
    optional_field,
    sentence,
    tag,
    words,
)

from . import assets

STATIC_DIR = Path(__file__).resolve().parent / "static"
REFERENCES_CSS = STATIC_DIR / "book-references.css"

# Files that, when changed, rebuild every page (see sphinx_ext._assets_version).
SOURCES: tuple[Path, ...] = (REFERENCES_CSS,)

FORMATTING = "nb"
REFERENCING = "author_year_nb"
LABELS = "author_year_nb"

# The words, in one place.
AND = " og "
OTHERS = " mfl."
EDITORS = "(red.)"
IN = "I"
PAGES = "s."
EDITION = "utg."
REPORT = "Rapport"
MASTERS = "Masteroppgave"
PHD = "Doktorgradsavhandling"


def _dashify(text):
    return Text(Symbol("ndash")).join(text.split(re.compile(r"-+")))


pages = field("pages", apply_func=_dashify)


@node
def persons(children, data, role, order="last_first"):
    """Every person in `role`, "Miller, W. R. og Rollnick, S." (or "W. R. Miller" with order="first_last")."""
    assert not children
    entry, style = data["entry"], data["style"]
    people = entry.persons.get(role)
    if not people:
        raise FieldIsMissing(role, entry)
    fmt = style.format_name if order == "last_first" else style.first_last.format
    return join(sep=", ", sep2=AND, last_sep=AND)[[fmt(p, style.abbreviate_names) for p in people]].format_data(data)


@node
def edition(children, data):
    """ "4. utg." for edition 4; other wordings as they stand."""
    assert not children
    value = data["entry"].fields.get("edition", "")
    if not value:
        raise FieldIsMissing("edition", data["entry"])
    return Text(f"{value}. {EDITION}" if value.strip().isdigit() else value)


@node
def parenthesized(children, data):
    """ "(…)" around what the children give, or a missing field when they give nothing (no empty "()")."""
    text = join(sep=", ")[children].format_data(data)
    if not text:
        raise FieldIsMissing("details", data["entry"])
    return Text("(", text, ")")


# Norwegian alphabetical order: æ, ø, å after z; ä, ö sort as æ, ø; accents as the bare letter.
_COLLATE = str.maketrans({"æ": "z\x01", "ø": "z\x02", "å": "z\x03", "ä": "z\x01", "ö": "z\x02", "é": "e", "ü": "y"})


def sort_key(entry) -> tuple:
    """Last names as printed, then year (one author's works in time order), then first names and title."""
    people = entry.persons.get("author") or entry.persons.get("editor") or []

    def clean(parts) -> str:
        return " ".join(parts).replace("{", "").replace("}", "").lower().translate(_COLLATE)

    last = [clean(p.prelast_names + p.last_names) for p in people]
    first = [clean(p.first_names + p.middle_names) for p in people]
    return (last, entry.fields.get("year", ""), first, entry.fields.get("title", "").lower())


class NorwegianStyle(BaseStyle):
    """The reference list: author–year, Norwegian words (see the module's docstring)."""

    default_name_style = "lastfirst"
    default_label_style = LABELS
    default_sorting_style = "author_year_title"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("abbreviate_names", True)
        super().__init__(*args, **kwargs)
        self.first_last = pybtex.plugin.find_plugin("pybtex.style.names", "plain")()
        self.sort = lambda entries: sorted(entries, key=sort_key)

    # -- pieces

    def lead(self, e):
        """ "Miller, W. R. og Rollnick, S. (2016)." or, for a book of editors, "… (red.). (2015)." """
        year = join["(", field("year"), ")"]
        return first_of[
            optional[sentence[words[persons("author"), year]]],
            sentence[words[persons("editor"), EDITORS + ".", year]],
        ]

    def web(self, e):
        doi = join["https://doi.org/", field("doi", raw=True)]
        url = field("url", raw=True)
        return first_of[optional[href(doi)[doi]], optional[href(url)[url]]]

    def tail(self, e):
        """ISBN, note and link, each if there is one."""
        return toplevel[
            optional[sentence[words["ISBN", field("isbn")]]],
            sentence[optional_field("note")],
            self.web(e),
        ]

    def in_book(self, e):
        """ "I A.-L. Teslo (red.), *Bok* (2. utg., s. 179–212)." """
        details = parenthesized[optional[edition], optional[words[PAGES, pages]]]
        return sentence[
            words[
                IN,
                join(sep=", ")[
                    optional[words[persons("editor", order="first_last"), EDITORS]],
                    words[tag("em")[field("booktitle")], optional[details]],
                ],
            ]
        ]

    # -- entry types

    def get_article_template(self, e):
        volume = optional[join[tag("em")[field("volume")], optional["(", field("number"), ")"]]]
        return toplevel[
            self.lead(e),
            sentence[field("title")],
            sentence[join(sep=", ")[tag("em")[field("journal")], volume, optional[pages]]],
            self.tail(e),
        ]

    def get_book_template(self, e):
        return toplevel[
            self.lead(e),
            sentence[words[tag("em")[field("title")], optional[parenthesized[edition]]]],
            sentence[optional_field("publisher")],
            self.tail(e),
        ]

    def get_incollection_template(self, e):
        return toplevel[
            self.lead(e),
            sentence[field("title")],
            self.in_book(e),
            sentence[optional_field("publisher")],
            self.tail(e),
        ]

    get_inbook_template = get_incollection_template
    get_inproceedings_template = get_incollection_template

    def _report(self, e, kind, default, where):
        label = join(sep=" ")[first_of[optional_field("type"), default], optional_field("number")]
        return toplevel[
            self.lead(e),
            sentence[words[tag("em")[field("title")], join[kind[0], label, kind[1]]]],
            sentence[optional_field(where)],
            self.tail(e),
        ]

    def get_techreport_template(self, e):
        return self._report(e, "()", REPORT, "institution")

    def get_mastersthesis_template(self, e):
        return self._report(e, "[]", MASTERS, "school")

    def get_phdthesis_template(self, e):
        return self._report(e, "[]", PHD, "school")

    def get_misc_template(self, e):
        return toplevel[
            self.lead(e),
            sentence[tag("em")[field("title")]],
            sentence[optional_field("howpublished")],
            self.tail(e),
        ]

    get_online_template = get_misc_template
    get_booklet_template = get_misc_template


def _last_names(entry) -> str:
    people = entry.persons.get("author") or entry.persons.get("editor") or []
    names = [" ".join(p.prelast_names + p.last_names).replace("{", "").replace("}", "") for p in people]
    if len(names) >= 3:
        return names[0] + OTHERS
    return AND.join(names)


class NorwegianLabels(BaseLabelStyle):
    """ "Døhlie og Larsen 2013", "Bakkeli mfl. 2020": the label reads as the citation does."""

    def format_labels(self, sorted_entries):
        for entry in sorted_entries:
            yield f"{_last_names(entry)} {entry.fields.get('year', '')}".strip()


def _reference_style():
    # Imported here: sphinxcontrib.bibtex is the book's extension; this module is also imported without it.
    from dataclasses import dataclass, field as dc_field

    from pybtex.richtext import Text as RichText
    from sphinxcontrib.bibtex.style.referencing import BracketStyle, PersonStyle
    from sphinxcontrib.bibtex.style.referencing.author_year import AuthorYearReferenceStyle

    def make_brackets():
        return BracketStyle(left="(", right=")", sep="; ")

    def make_person():
        return PersonStyle(sep=", ", sep2=AND, last_sep=AND, other=RichText(OTHERS))

    @dataclass
    class NorwegianAuthorYear(AuthorYearReferenceStyle):
        """(Døhlie og Larsen, 2013), (Bakkeli mfl., 2020), Miller og Rollnick (2016)."""

        bracket_textual: BracketStyle = dc_field(default_factory=make_brackets)
        bracket_parenthetical: BracketStyle = dc_field(default_factory=make_brackets)
        bracket_author: BracketStyle = dc_field(default_factory=make_brackets)
        bracket_label: BracketStyle = dc_field(default_factory=make_brackets)
        bracket_year: BracketStyle = dc_field(default_factory=make_brackets)
        person: PersonStyle = dc_field(default_factory=make_person)

    return NorwegianAuthorYear


def register() -> None:
    """Make the three styles findable by name (idempotent: tests build several sites in one process)."""
    from sphinxcontrib.bibtex.plugin import register_plugin

    pybtex.plugin.register_plugin("pybtex.style.formatting", FORMATTING, NorwegianStyle, force=True)
    pybtex.plugin.register_plugin("pybtex.style.labels", LABELS, NorwegianLabels, force=True)
    register_plugin("sphinxcontrib.bibtex.style.referencing", REFERENCING, _reference_style(), force=True)


def _drop_labels(app, doctree, docname: str) -> None:
    # The list starts each entry with author and year; the bracketed label beside it would be a
    # second name for the work that the text never uses.
    for citation in doctree.findall(nodes.citation):
        for label in [c for c in citation.children if isinstance(c, nodes.label)]:
            citation.remove(label)


def _register_css(app) -> None:
    if app.builder.format != "html":
        return
    out = assets.static_out(app)
    (out / "mvh-references.css").write_text(REFERENCES_CSS.read_text(encoding="utf-8"), encoding="utf-8")


def _references_css(app, pagename, templatename, context, doctree) -> None:
    if 'class="citation-list"' in context.get("body", ""):
        app.add_css_file("mvh-references.css")


def setup(app) -> None:
    register()
    app.connect("builder-inited", _register_css)
    app.connect("doctree-resolved", _drop_labels)
    app.connect("html-page-context", _references_css)
