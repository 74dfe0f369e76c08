"""The search page's word index and section texts (widgets/search_excerpts.py), without a browser.

Ranking counts the query's words in each section's text; the page has only the word index up front
and loads a section's text for its excerpt. These tests show that the index ranks exactly as the
texts would (tests/js/search-parity.mjs runs both), how the texts are split into files, and that
files of sections that are gone do not linger. The browser side is in tests/browser/test_search.py.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from widgets import search_excerpts
from widgets.search_excerpts import INDEX_JS, OLD_TEXT_JS, TEXT_DIR, search_files, write_search_files

ROOT = Path(__file__).resolve().parent.parent
PARITY = ROOT / "tests" / "js" / "search-parity.mjs"

# Texts that test what the word index must count as the text does: inflections and compounds,
# abbreviations in capitals next to the verb in lower case, long forms, punctuation, "_", numbers.
PAGES = {
    "book/mi": [
        ["motiverende-samtale", "Motiverende samtale", "MI er en samtalemetode. Se SE-teamet, og se MI igjen."],
        ["grep", "Grep i MI", "Motiverende  samtale (MI) bruker åpne spørsmål; motiverende samtale virker."],
        ["tom", "Uten tekst", ""],
        ["under", "Under", "Refleksjon_over veiledning, veiledningen og porteføljegjennomgangen i 2020."],
    ],
    "book/ordliste": [
        ["ordliste", "Ordliste", "Forklart kort."],
        ["term-MI", "Motiverende samtale (MI)", "En samtalemetode for endring."],
        ["term-SE", "SE (Supported Employment)", "Supported employment er arbeid med støtte, SE."],
    ],
    "book/veiledning": [
        ["veiledning", "Veiledning", "Veiledning av veiledere: veileder, veilede, veiledet. Makt og MAKT."],
        ["portefolje", "Porteføljegjennomgang", "Gjennomgang av porteføljen, porteføljegjennomganger."],
    ],
}
TITLES = {"book/mi": "Motiverende samtale", "book/ordliste": "Ordliste", "book/veiledning": "Veiledning"}
QUERIES = [
    "MI", "mi", "SE", "se", "IPS", "veiledning", "veileder", "gjennomgang", "porteføljegjennomgang", "makt",
    "MAKT", "motiverende samtale", "samtale MI", "supported employment", "refleksjon", "over", "2020 veiledning",
    "endring", "tekst", "ø", "grep -mi",
]  # fmt: skip


def node() -> str:
    path = shutil.which("node")
    if path is None:
        pytest.fail("Node.js is needed to run the search scorer: install it (Debian: apt-get install nodejs npm).")
    return path


def parity(tmp_path: Path, index: dict, texts: dict, titles: dict, queries, stopwords, html=None) -> dict:
    """Rank every query from the texts and from the index (tests/js/search-parity.mjs)."""
    data = {"index": index, "texts": texts, "titles": titles, "queries": queries, "stopwords": stopwords}
    path = tmp_path / "parity.json"
    path.write_text(json.dumps({**data, "html": str(html) if html else None}, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run([node(), str(PARITY), str(path)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_index_ranks_and_excerpts_as_the_texts_do(tmp_path):
    index, texts = search_files(PAGES)
    out = parity(tmp_path, index, texts, TITLES, QUERIES, ["og", "i", "er", "en"])
    assert out["compared"] == len(QUERIES)
    assert out["mismatches"] == []


def test_the_parity_check_catches_an_index_that_miscounts(tmp_path):
    index, texts = search_files(PAGES)
    # Plant an error: the index loses that "veiledningen" is in book/mi's last section.
    postings = index["postings"].split(" ")
    decoded, previous = [], ""
    for entry in index["words"].split(" "):
        previous = previous[: search_excerpts.ALPHABET.index(entry[0])] + entry[1:]
        decoded.append(previous)
    postings[decoded.index("veiledningen")] = ""
    index["postings"] = " ".join(postings)
    out = parity(tmp_path, index, texts, TITLES, ["veiledning"], ["og"])
    assert [m["query"] for m in out["mismatches"]] == ["veiledning"]


def test_sections_are_numbered_across_the_book_and_only_texts_get_files():
    index, files = search_files(PAGES)
    assert list(index["pages"]) == ["book/mi", "book/ordliste", "book/veiledning"]
    assert index["pages"]["book/mi"]["first"] == 0
    assert index["pages"]["book/ordliste"]["first"] == 4
    assert index["pages"]["book/veiledning"]["first"] == 7
    assert index["pages"]["book/mi"]["sections"][2] == ["tom", "Uten tekst", 0]
    assert index["pages"]["book/ordliste"]["sections"][1] == ["term-MI", "Motiverende samtale (MI)", 1]
    assert sorted(files) == [0, 1, 3, 4, 5, 6, 7, 8]
    assert files[5] == "En samtalemetode for endring."
    assert index["abbreviations"] == {"mi": "Motiverende samtale", "se": "Supported Employment"}
    # The text is nowhere in the index, only its words.
    assert "En samtalemetode for endring" not in json.dumps(index, ensure_ascii=False)


def test_the_files_version_changes_with_any_text():
    before = search_files(PAGES)[0]["version"]
    changed = {
        **PAGES,
        "book/veiledning": [PAGES["book/veiledning"][0], ["portefolje", "Porteføljegjennomgang", "Ny."]],
    }
    assert search_files(changed)[0]["version"] != before
    assert search_files(PAGES)[0]["version"] == before


def read_text_file(path: Path) -> str:
    body = path.read_text(encoding="utf-8")
    return json.loads(body[body.index("] = ") + 4 : body.rindex(";")])


def test_writing_removes_the_files_of_sections_that_are_gone_and_keeps_the_rest(tmp_path):
    static = tmp_path / "_static"
    static.mkdir()
    (static / OLD_TEXT_JS).write_text("window.mvhSearchText = {};", encoding="utf-8")
    write_search_files(static, PAGES)
    folder = static / TEXT_DIR
    assert sorted(p.name for p in folder.iterdir()) == [f"{n}.js" for n in (0, 1, 3, 4, 5, 6, 7, 8)]
    assert read_text_file(folder / "5.js") == "En samtalemetode for endring."
    assert not (static / OLD_TEXT_JS).exists()
    kept = folder / "0.js"
    os.utime(kept, (1, 1))
    # book/veiledning is gone: its two sections' files with it; what did not change is not rewritten.
    write_search_files(static, {k: v for k, v in PAGES.items() if k != "book/veiledning"})
    assert sorted(p.name for p in folder.iterdir()) == [f"{n}.js" for n in (0, 1, 3, 4, 5, 6)]
    assert kept.stat().st_mtime == 1
    index = (static / INDEX_JS).read_text(encoding="utf-8")
    assert "book/veiledning" not in index and "book/ordliste" in index


def test_a_text_file_registers_its_section_as_a_classic_script(tmp_path):
    # A page opened from file:// may load a script but not fetch a file: the text must run as one.
    static = tmp_path / "_static"
    static.mkdir()
    write_search_files(static, {"a": [["a", "A", 'Sitat: "MI" \\ </script> æøå']]})
    script = (static / TEXT_DIR / "0.js").read_text(encoding="utf-8")
    run = "const self = {}; " + script + " process.stdout.write(JSON.stringify(self.mvhSearchTexts));"
    result = subprocess.run([node(), "-e", run], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"0": 'Sitat: "MI" \\ </script> æøå'}


@pytest.fixture(scope="module")
def built_search(book):
    static = book.html / "_static"
    text = (static / INDEX_JS).read_text(encoding="utf-8")
    index = json.loads(text[text.index("{") : text.rindex("}") + 1])
    texts = {int(p.stem): read_text_file(p) for p in (static / TEXT_DIR).iterdir()}
    return index, texts


def test_the_built_book_ranks_from_its_index_as_from_its_texts(built_search, book, tmp_path):
    index, texts = built_search
    language_data = (book.html / "_static" / "language_data.js").read_text(encoding="utf-8")
    stopwords = json.loads(re.search(r"var stopwords = (\[.*?\]);", language_data).group(1))
    headings = [h for page in index["pages"].values() for _, h, _ in page["sections"]]
    words = sorted({w for h in headings for w in re.findall(r"\w+", h)})
    # Some heading words as typed and in lower case, a few whole headings, and the abbreviations in capitals.
    sample = words[::30]
    queries = [*sample, *(w.lower() for w in sample), *headings[::60], *(a.upper() for a in index["abbreviations"])]
    titles = {docname: page["sections"][0][1] for docname, page in index["pages"].items()}
    out = parity(tmp_path, index, texts, titles, queries, stopwords, html=book.html)
    assert out["compared"] >= 60
    assert out["mismatches"] == []


def test_every_section_with_text_has_its_file_in_the_book_and_the_offline_zip(built_search, book):
    import zipfile

    from widgets.offline_zip import TOP, ZIP_NAME

    index, texts = built_search
    numbered = {p["first"] + i for p in index["pages"].values() for i, s in enumerate(p["sections"]) if s[2]}
    assert numbered == set(texts)
    with zipfile.ZipFile(book.html / ZIP_NAME) as zf:
        names = set(zf.namelist())
    assert {f"{TOP}/_static/{TEXT_DIR}/{n}.js" for n in numbered} <= names
    assert f"{TOP}/_static/{INDEX_JS}" in names
    assert f"{TOP}/_static/{OLD_TEXT_JS}" not in names
