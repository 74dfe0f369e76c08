"""Norwegian all through: what a reader sees and what a screen reader says, on every built page.

The checks are plain functions over a page's HTML, so one test shows they catch planted English
(test_the_checks_catch_planted_english) and the others run them over the built book.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest
from pybtex.database import parse_string

from widgets import bibstyle
from widgets.norwegian import norwegian_labels

from tests.browser.pages import book_pages

# English a reader met in the book before (review finding 18), as it would show in text or a tooltip.
ENGLISH_PHRASES = [
    "Master's thesis",
    "PhD thesis",
    "Technical Report",
    "editors",
    "editor,",
    " edition",
    "Fig.",
    "© Copyright",
    "URL:",
    "et al.",
    "pages ",
]
# Words of the theme's interface, in English: any of them in an accessible name means a label was missed.
UI_WORDS = {
    "toggle", "sidebar", "primary", "secondary", "link", "this", "heading", "image", "page", "main", "search",
    "copy", "copied", "clipboard", "show", "hide", "skip", "content", "contents", "navigation", "previous",
    "next", "back", "light", "dark", "settings", "color", "colour", "version", "warning", "announcement",
    "breadcrumb", "home", "edit", "download", "print", "fullscreen", "source", "repository", "launch", "open",
    "close", "menu", "the", "of", "on", "with", "and", "definition", "term", "table", "code", "mode",
}  # fmt: skip
NAME_ATTRS = ("aria-label", "title", "alt", "placeholder", "aria-description", "aria-roledescription")


class _Page(HTMLParser):
    """Visible text, accessible names (not the citations' tooltips: those are the works' own titles),
    citation texts and the reference list's entries."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.names: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.tooltips: list[str] = []  # citations' title attributes
        self.citations: list[str] = []
        self.entries: list[str] = []
        self.lang = None
        self._skip = 0
        self._cite = 0  # depth inside <span class="bibtex-citation">
        self._entry = 0  # depth inside <div class="citation">
        self._stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "html":
            self.lang = a.get("lang")
        if tag in ("script", "style", "template"):
            self._skip += 1
        if self._cite or self._entry:
            self._stack.append(tag)
        if tag == "span" and "bibtex-citation" in classes:
            self._cite, self._stack = 1, [tag]
            self.citations.append("")
        elif tag == "div" and "citation" in classes:
            self._entry, self._stack = 1, [tag]
            self.entries.append("")
        for attr in NAME_ATTRS:
            value = a.get(attr)
            if not value:
                continue
            if self._cite and attr == "title":
                self.tooltips.append(value)
            else:
                self.names.append((tag, attr, value))

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template") and self._skip:
            self._skip -= 1
        if (self._cite or self._entry) and self._stack:
            self._stack.pop()
            if not self._stack:
                self._cite = self._entry = 0

    def handle_data(self, data):
        if self._skip:
            return
        self.text.append(data)
        if self._cite:
            self.citations[-1] += data
        if self._entry:
            self.entries[-1] += data


def read(page_html: str) -> _Page:
    p = _Page()
    p.feed(page_html)
    return p


def english_problems(page_html: str) -> list[str]:
    """Everything English a reader or a screen reader would meet on the page."""
    p = read(page_html)
    problems = []
    if p.lang != "nb":
        problems.append(f'<html lang="{p.lang}">, not "nb"')
    text = " ".join(" ".join(p.text).split())
    for phrase in ENGLISH_PHRASES:
        for where, value in [("text", text)] + [("citation tooltip", t) for t in p.tooltips]:
            if phrase in value:
                i = value.index(phrase)
                problems.append(f"{phrase!r} in {where}: …{value[max(0, i - 40) : i + 40]}…")
                break
    for cite in p.citations:
        if re.search(r"\band\b", cite):
            problems.append(f"'and' in a citation: {cite!r}")
    for entry in p.entries:
        authors = " ".join(entry.split()).split(" (")[0]
        if re.search(r"\band\b", authors):
            problems.append(f"'and' between authors in the reference list: {authors!r}")
    for tag, attr, value in p.names:
        words = set(re.findall(r"[a-z]+", value.lower()))
        if words & UI_WORDS:
            problems.append(f'<{tag} {attr}="{value}">: English ({", ".join(sorted(words & UI_WORDS))})')
    return problems


PLANTED = """<!doctype html><html lang="no"><body>
<button class="sidebar-toggle" title="Toggle primary sidebar"></button>
<nav aria-label="Main"></nav>
<p>Som vist i <span class="bibtex-citation">(<a href="referanser.html#id1" title="Vigsø, P. (u.å.). Tittel. Master's thesis.">Miller and Rollnick, 2016</a>)</span>.</p>
<figure><figcaption><span class="caption-number">Fig. 4 </span>Modellen</figcaption></figure>
<div role="list" class="citation-list"><div class="citation" id="id3" role="listitem">
<p>Karlsson, B. and Teslo, A. (2000). Kapittel. In A.-L. Teslo, editors, <em>Bok</em>, pages 1–2.</p></div></div>
<footer><p class="copyright">© Copyright 2026.</p></footer>
</body></html>"""

CLEAN = """<!doctype html><html lang="nb"><body>
<button class="sidebar-toggle" title="Vis eller skjul innholdsfortegnelsen"></button>
<nav aria-label="Innholdsfortegnelse"></nav>
<p>Som vist i <span class="bibtex-citation">(<a href="referanser.html#id1"
 title="Edmondson, A. C. (1999). Psychological Safety and Learning Behavior in Work Teams.">Miller og Rollnick, 2016</a>)</span>.</p>
<figure><figcaption><span class="caption-number">Figur 4 </span>Modellen</figcaption></figure>
<div role="list" class="citation-list"><div class="citation" id="id3" role="listitem">
<p>Anderson, J. og Honneth, A. (2005). Autonomy, Vulnerability, Recognition, and Justice. I J. Christman og
 J. Anderson (red.), <em>Autonomy and the Challenges to Liberalism</em> (s. 127–149). Cambridge University Press.</p></div></div>
<footer><p class="copyright">© 2026.</p></footer>
</body></html>"""


def test_the_checks_catch_planted_english():
    found = "\n".join(english_problems(PLANTED))
    for expected in [
        'lang="no"',
        repr("Master's thesis") + " in citation tooltip",
        "'Fig.' in text",
        "'© Copyright' in text",
        "'editors' in text",
        "'pages ' in text",
        "'and' in a citation: '(Miller and Rollnick, 2016)'",
        "'and' between authors in the reference list: 'Karlsson, B. and Teslo, A.'",
        'title="Toggle primary sidebar"',
        'aria-label="Main"',
    ]:
        assert expected in found, f"the check missed {expected!r}:\n{found}"
    # English in a work's own title is the work's, not the book's: no complaint about the clean page.
    assert english_problems(CLEAN) == []


def test_the_template_filter_puts_the_themes_hard_coded_labels_in_norwegian():
    theme = (
        '<button class="sidebar-toggle primary-toggle btn btn-sm" title="Toggle primary sidebar">'
        '<nav class="bd-links bd-docs-nav" aria-label="Main"><nav aria-label="Page">'
        '<p title="Main">Main</p>'
    )
    out = norwegian_labels(theme)
    assert 'title="Vis eller skjul innholdsfortegnelsen"' in out
    assert 'aria-label="Innholdsfortegnelse"' in out and 'aria-label="Innhold på siden"' in out
    # Only the theme's labels: the same word as text, or under another attribute, is left alone.
    assert '<p title="Main">Main</p>' in out


BIB = r"""
@incollection{karlsson, author = {Karlsson, B.}, title = {{Dialektisk relasjonsteori}},
  editor = {Teslo, A.-L.}, booktitle = {{Mangfold i faglig veiledning}}, pages = {179--212},
  publisher = {Universitetsforlaget}, year = {2000}}
@book{tveiten, author = {Tveiten, S.}, title = {{Veiledning – mer enn ord}}, publisher = {Fagbokforlaget},
  edition = {4}, year = {2013}}
@book{froyland, editor = {Frøyland, K. and Spjelkavik, Ø.}, title = {{Inkluderingskompetanse}},
  publisher = {Gyldendal Akademisk}, year = {2015}}
@mastersthesis{vigso, author = {Vigsø, Preben}, title = {{Hvordan erfarer en metodeveileder sin rolle?}},
  school = {Universitetet i Agder}, year = {u.å.}}
@techreport{berg, author = {Berg, H. and Lillebø, O. and El-Amrani, S.}, title = {{Resultater}},
  institution = {Proba samfunnsanalyse}, number = {2020-8}, year = {2020}, url = {https://proba.no/r/}}
@article{edmondson, author = {Edmondson, Amy C.}, title = {{Psychological Safety and Learning Behavior in Work Teams}},
  journal = {Administrative Science Quarterly}, volume = {44}, number = {2}, pages = {350--383}, year = {1999},
  doi = {10.2307/2666999}}
@incollection{kristiansen, author = {Kristiansen, A.}, title = {{Hva skiller en veiledningssamtale?}},
  booktitle = {{Til den andres beste}}, publisher = {Gyldendal Akademisk}, year = {2011}}
"""


def test_the_reference_list_reads_author_year_in_norwegian():
    bibstyle.register()
    style = bibstyle.NorwegianStyle()
    entries = list(style.format_entries(parse_string(BIB, "bibtex").entries.values()))
    got = {e.key: e.text.render_as("text") for e in entries}
    assert got == {
        "karlsson": "Karlsson, B. (2000). Dialektisk relasjonsteori. I A.-L. Teslo (red.), "
        "Mangfold i faglig veiledning (s. 179–212). Universitetsforlaget.",
        "tveiten": "Tveiten, S. (2013). Veiledning – mer enn ord (4. utg.). Fagbokforlaget.",
        "froyland": "Frøyland, K. og Spjelkavik, Ø. (red.). (2015). Inkluderingskompetanse. Gyldendal Akademisk.",
        "vigso": "Vigsø, P. (u.å.). Hvordan erfarer en metodeveileder sin rolle? [Masteroppgave]. Universitetet i Agder.",
        "berg": "Berg, H., Lillebø, O. og El-Amrani, S. (2020). Resultater (Rapport 2020-8). Proba samfunnsanalyse. "
        "https://proba.no/r/",
        "edmondson": "Edmondson, A. C. (1999). Psychological Safety and Learning Behavior in Work Teams. "
        "Administrative Science Quarterly, 44(2), 350–383. https://doi.org/10.2307/2666999",
        "kristiansen": "Kristiansen, A. (2011). Hva skiller en veiledningssamtale? I Til den andres beste. "
        "Gyldendal Akademisk.",
    }
    # Sorted as a reader looks a work up: by last name (Frøyland before Karlsson, Vigsø last), not by key.
    assert [e.key for e in entries] == ["berg", "edmondson", "froyland", "karlsson", "kristiansen", "tveiten", "vigso"]
    # Labels read as the citations do.
    assert [e.label for e in entries][:3] == ["Berg mfl. 2020", "Edmondson 1999", "Frøyland og Spjelkavik 2015"]


@pytest.fixture(scope="module")
def pages(book):
    return {p: (book.html / p).read_text(encoding="utf-8") for p in book_pages(book.html)}


def test_no_english_on_any_built_page(pages):
    problems = [f"{path}: {problem}" for path, page in pages.items() for problem in english_problems(page)]
    assert problems == [], f"{len(problems)} English bits:\n" + "\n".join(problems[:40])


def test_every_page_is_bokmal(pages):
    wrong = [p for p, page in pages.items() if not re.search(r'<html\b[^>]*\blang="nb"', page)]
    assert wrong == []
    assert len(pages) > 30


def test_citations_read_og_and_mfl_and_the_list_is_author_year(pages):
    intro, refs = read(pages["book/intro.html"]), read(pages["book/referanser.html"])
    assert "(Vigsø, u.å.)" in intro.citations
    assert "(Bakkeli mfl., 2020; Schönfelder mfl., 2020)" in intro.citations
    every = [c for page in pages.values() for c in read(page).citations]
    assert any(" og " in c for c in every), "no two-author citation found"
    # The list: no numbered labels; entries start with the authors and the year, as the text cites.
    assert 'class="label"' not in pages["book/referanser.html"]
    assert not any(re.match(r"\s*\[\d+\]", e) for e in refs.entries)
    firsts = [" ".join(e.split()) for e in refs.entries]
    lead = re.compile(r"^[^()]+( \(EUSE\))?( \(red\.\)\.)? \((\d{4}[a-z]?|u\.å\.)\)\. ")
    assert [e for e in firsts if not lead.match(e)] == []
    vigso = next(e for e in firsts if e.startswith("Vigsø"))
    assert "[Masteroppgave i psykososial helse]. Universitetet i Agder." in vigso
    assert any(" (red.), " in e for e in firsts) and any(" utg.)" in e for e in firsts)


def test_figures_are_numbered_figur(pages):
    captions = [m for page in pages.values() for m in re.findall(r'<span class="caption-number">([^<]*)</span>', page)]
    assert captions, "no numbered figure in the book"
    assert all(c.startswith("Figur ") for c in captions), captions


def test_the_footer_is_norwegian_and_states_the_licence(pages):
    for path, page in pages.items():
        if path == "index.html":  # the redirect to the landing page
            continue
        footer = page[page.index('<footer class="bd-footer-content') :]
        footer = html.unescape(" ".join(re.sub(r"<[^>]+>", " ", footer[: footer.index("</footer>")]).split()))
        footer = re.sub(r" ([,.:])", r"\1", footer)  # the space a link's end tag left before punctuation
        assert footer == (
            "Av Metodeveilederhåndboka-prosjektet © 2026. Teksten i boka er lisensiert under CC BY 4.0, og "
            "programkoden under MIT-lisensen. Navs dokumenter og masteroppgaven er sitert, ikke lisensiert på nytt. "
            "Personvern: svarene dine lagres bare i nettleseren din. Tilgjengelighetserklæring"
        ), f"{path}: {footer}"
