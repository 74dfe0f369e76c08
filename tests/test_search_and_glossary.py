"""Search excerpts, stop words and glossary definitions at build time, without the whole book.

The browser side (ranking, excerpts and popovers as readers see them) is in
tests/browser/test_search.py and tests/browser/test_glossary_popovers.py.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from sphinx.search.no import SearchNorwegian
from sphinx.testing.util import SphinxTestApp

from widgets import glossary_popovers, search_excerpts
from widgets.search_excerpts import SearchBokmal, abbreviations, page_text

ROOT = Path(__file__).resolve().parent.parent
ROMAN = re.compile(r"^[IVXLC]+$")


def article(inner: str) -> str:
    return f'<html><body><nav><p>Meny</p></nav><article class="bd-article" role="main">{inner}</article></body></html>'


def test_page_text_splits_the_article_into_sections_and_leaves_out_what_is_not_read():
    page = article(
        '<section id="kap"><h1>Kapittel<a class="headerlink" href="#kap">#</a></h1><p>Innledning om MI.</p>'
        '<script>var x = "skjult";</script><div class="mvh-gloss-defs" hidden=""><span>Definisjon</span></div>'
        '<section id="del"><h2>Første del</h2><p>Tekst i <em>første</em> del.</p>'
        '<div class="mvh-widget"><p class="mvh-fallback-note">Interaktiv med JavaScript.</p>'
        "<h3>Øvelsens tittel</h3><ol><li>Et spørsmål</li></ol></div></section>"
        "<p>Slutt på kapitlet.</p></section>"
    )
    assert page_text(page) == [
        ["kap", "Kapittel", "Innledning om MI. Slutt på kapitlet."],
        # A widget's own heading is text of the section it stands in, not the section's heading.
        ["del", "Første del", "Tekst i første del. Øvelsens tittel Et spørsmål"],
    ]


def test_each_glossary_term_is_a_section_of_its_own():
    page = article(
        '<section id="ordliste"><h1>Ordliste</h1><p>Forklart kort.</p><dl class="simple glossary">'
        '<dt id="term-MI">Motiverende samtale (MI)<a class="headerlink" href="#term-MI">#</a></dt>'
        "<dd><p>En samtalemetode.</p></dd>"
        '<dt id="term-IPS">IPS (Individuell jobbstøtte)</dt><dd><p>En variant av SE.</p></dd></dl>'
        "<p>Etter lista.</p></section>"
    )
    sections = page_text(page)
    assert sections == [
        ["ordliste", "Ordliste", "Forklart kort. Etter lista."],
        ["term-MI", "Motiverende samtale (MI)", "En samtalemetode."],
        ["term-IPS", "IPS (Individuell jobbstøtte)", "En variant av SE."],
    ]
    assert abbreviations({"ordliste": {"sections": sections}}) == {
        "mi": "Motiverende samtale",
        "ips": "Individuell jobbstøtte",
    }


def book_abbreviations() -> set[str]:
    words = set()
    for path in [*(ROOT / "book").glob("*.md"), *(ROOT / "widgets" / "instruments").glob("*.yaml")]:
        words |= set(re.findall(r"\b[A-ZÆØÅ]{2,6}\b", path.read_text(encoding="utf-8")))
    return {w for w in words if not ROMAN.match(w)}


def lost_abbreviations(stopwords) -> set[str]:
    """The book's abbreviations (MI, SE, IPS …) that search would drop as stop words."""
    return {w for w in book_abbreviations() if w.lower() in stopwords}


def test_no_abbreviation_the_book_uses_is_a_stop_word():
    assert {"MI", "SE", "IPS"} <= book_abbreviations()
    assert lost_abbreviations(SearchBokmal.stopwords) == set()
    # Ordinary stop words stay out of the index.
    assert {"og", "som", "ikke"} <= SearchBokmal.stopwords


def test_the_abbreviation_check_catches_a_stop_word():
    # Sphinx's own Norwegian list, as the book used it before: "MI" was never found.
    assert lost_abbreviations(SearchNorwegian.stopwords) == {"MI"}


def test_a_definition_reads_as_text_without_its_citations():
    segments = ["Å se den andre ", " ", "og erkjenne det ", ".", " Se ", ["ref", "mangler"], "."]
    text = glossary_popovers.definition_text(_Env(), segments)
    assert text == "Å se den andre og erkjenne det. Se mangler."


class _Std:
    labels: dict = {}


class _Env:
    titles: dict = {}

    def get_domain(self, name):
        return _Std()


def test_term_links_are_described_by_their_definitions_once_per_page():
    body = (
        '<p><a class="reference internal" href="ordliste.html#term-MI"><span class="xref std std-term">MI</span></a>'
        ' og <a class="reference internal" href="ordliste.html#term-MI"><span class="xref std std-term">mi</span></a>'
        ' og <a class="reference internal" href="ordliste.html#term-Ukjent"><span class="xref std std-term">x</span></a>'
        ' og <a class="reference internal" href="annen.html#term-MI">ikke et term</a></p>'
    )
    known = {"term-MI": {"term": "Motiverende samtale (MI)", "text": "En samtalemetode <som> virker."}}
    out, used = glossary_popovers.annotate(body, known)
    assert used == ["term-MI"]
    assert out.count('aria-describedby="mvh-def-term-MI" data-mvh-term=""') == 2
    assert out.count('id="mvh-def-term-MI"') == 1
    assert 'data-term="Motiverende samtale (MI)">En samtalemetode &lt;som&gt; virker.</span>' in out
    assert '<div class="mvh-gloss-defs" hidden="">' in out
    assert 'href="annen.html#term-MI">ikke et term' in out  # only glossary term links


def tiny_book(tmp_path: Path, language: str) -> Path:
    src = tmp_path / "site"
    src.mkdir()
    (src / "conf.py").write_text(
        f'extensions = ["widgets.sphinx_ext"]\nlanguage = "{language}"\nhtml_theme = "basic"\n', encoding="utf-8"
    )
    (src / "index.rst").write_text(
        "Velkommen\n=========\n\nBoka om veiledning.\n\n.. toctree::\n\n   ordliste\n   mi\n",
        encoding="utf-8",
    )
    (src / "mi.rst").write_text(
        "Motiverende samtale\n===================\n\n.. _grep:\n\nGrep i MI\n---------\n\n:term:`MI` handler om endring.\n",
        encoding="utf-8",
    )
    write_glossary(src, "En samtalemetode som styrker egen motivasjon, se :ref:`grep`.")
    return src


def write_glossary(src: Path, definition: str) -> None:
    (src / "ordliste.rst").write_text(
        f"Ordliste\n========\n\n.. glossary::\n\n   Motiverende samtale (MI)\n   MI\n      {definition}\n",
        encoding="utf-8",
    )


def search_index(html: Path) -> dict:
    text = (html / "_static" / search_excerpts.INDEX_JS).read_text(encoding="utf-8")
    return json.loads(text[text.index("{") : text.rindex("}") + 1])


def section_text(html: Path, index: dict, docname: str, i: int) -> str:
    """The text of a page's section i, from its file (_static/mvh-search-text/<n>.js)."""
    path = html / "_static" / search_excerpts.TEXT_DIR / f"{index['pages'][docname]['first'] + i}.js"
    body = path.read_text(encoding="utf-8")
    return json.loads(body[body.index("] = ") + 4 : body.rindex(";")])


def build(src: Path, out: Path, freshenv: bool = False) -> None:
    # (The tiny site warns about the book's instruments pointing at chapters it lacks: not what is tested here.)
    app = SphinxTestApp(
        "html", srcdir=src, builddir=out, freshenv=freshenv, status=io.StringIO(), warning=io.StringIO()
    )
    try:
        app.build()
    finally:
        app.cleanup()


@pytest.mark.parametrize("language", ["no", "nb"])
def test_a_small_book_gets_page_text_definitions_and_mi_in_its_index(tmp_path, language):
    src, out = tiny_book(tmp_path, language), tmp_path / "build"
    build(src, out, freshenv=True)
    html = out / "html"

    data = search_index(html)
    assert data["pages"]["mi"]["sections"][1] == ["grep-i-mi", "Grep i MI", 1]
    assert section_text(html, data, "mi", 1) == "MI handler om endring."
    assert data["abbreviations"] == {"mi": "Motiverende samtale"}
    search = (html / "search.html").read_text(encoding="utf-8")
    assert search_excerpts.INDEX_JS in search
    assert search_excerpts.INDEX_JS not in (html / "mi.html").read_text(encoding="utf-8")

    # "mi" is indexed and not a stop word, whether the language is called "no" or "nb".
    index = (html / "searchindex.js").read_text(encoding="utf-8")
    assert '"mi":' in index
    language_data = (html / "_static" / "language_data.js").read_text(encoding="utf-8")
    stops = json.loads(re.search(r"var stopwords = (\[.*?\]);", language_data).group(1))
    assert "og" in stops and "mi" not in stops
    assert "mvhSearchResults" in language_data  # the scorer: the ranking and excerpts

    page = (html / "mi.html").read_text(encoding="utf-8")
    assert 'aria-describedby="mvh-def-term-MI"' in page
    assert ">En samtalemetode som styrker egen motivasjon, se Grep i MI.</span>" in page
    assert glossary_popovers.JS_NAME in page
    assert glossary_popovers.JS_NAME not in (html / "index.html").read_text(encoding="utf-8")


def test_a_changed_definition_reaches_the_pages_that_link_to_it(tmp_path):
    src, out = tiny_book(tmp_path, "nb"), tmp_path / "build"
    build(src, out, freshenv=True)
    write_glossary(src, "Ny forklaring av metoden.")
    build(src, out)
    page = (out / "html" / "mi.html").read_text(encoding="utf-8")
    assert ">Ny forklaring av metoden.</span>" in page
    assert "styrker egen motivasjon" not in page


def test_an_incremental_build_keeps_the_pages_it_did_not_write_and_drops_the_removed_ones(tmp_path):
    src, out = tiny_book(tmp_path, "nb"), tmp_path / "build"
    (src / "tillit.rst").write_text("Tillit\n======\n\nTillit bygges sakte.\n", encoding="utf-8")
    index_rst = (src / "index.rst").read_text(encoding="utf-8")
    (src / "index.rst").write_text(index_rst + "   tillit\n", encoding="utf-8")
    build(src, out, freshenv=True)
    html = out / "html"
    folder = html / "_static" / search_excerpts.TEXT_DIR
    before = search_index(html)
    assert section_text(html, before, "tillit", 0) == "Tillit bygges sakte."
    written = (html / "tillit.html").stat().st_mtime_ns

    # Only mi.rst changes: the other pages are not rewritten, and their text is still there.
    (src / "mi.rst").write_text(
        (src / "mi.rst").read_text(encoding="utf-8") + "\nNy setning om MI.\n", encoding="utf-8"
    )
    build(src, out)
    after = search_index(html)
    assert section_text(html, after, "mi", 1) == "MI handler om endring. Ny setning om MI."
    assert (html / "tillit.html").stat().st_mtime_ns == written
    assert section_text(html, after, "tillit", 0) == "Tillit bygges sakte."
    assert section_text(html, after, "ordliste", 2).startswith("En samtalemetode")

    # tillit.rst is removed: it leaves the index, and no file holds its text any more.
    (src / "tillit.rst").unlink()
    (src / "index.rst").write_text(index_rst, encoding="utf-8")
    build(src, out)
    final = search_index(html)
    assert "tillit" not in final["pages"]
    numbers = {p["first"] + i for p in final["pages"].values() for i, s in enumerate(p["sections"]) if s[2]}
    assert sorted(int(p.stem) for p in folder.iterdir()) == sorted(numbers)
    assert not any("Tillit bygges" in p.read_text(encoding="utf-8") for p in folder.iterdir())
