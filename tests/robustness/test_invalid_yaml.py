"""Broken instrument files stop the build with a message naming the file, the
item and the field.

Most cases run the build's own check (``widgets.sphinx_ext._validate_instruments``)
on a copy of widgets/instruments with one file broken. A ``chapter`` that is not
a page only a build can see: that case builds a tiny Sphinx site in-process
(``sphinx.testing``) with the same extension.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
import yaml
from sphinx.errors import ExtensionError
from sphinx.testing.util import SphinxTestApp

import widgets.definitions as definitions
from widgets.kinds import kind_of
from widgets.sphinx_ext import _validate_instruments

from .helpers import ANSI, note

SOURCE = definitions.INSTRUMENT_DIR


def loaded(iid: str) -> dict:
    return yaml.safe_load((SOURCE / f"{iid}.yaml").read_text(encoding="utf-8"))


def first_single(d):
    return next(q for q in d["questions"] if q["type"] == "single")


def first_choice_field(d):
    return next(f for s in d["sections"] for f in s["fields"] if f["type"] == "choice")


def swap_band_limits(d):
    bands = d["dimensions"][0]["bands"]
    bands[0]["max"], bands[1]["max"] = bands[1]["max"], bands[0]["max"]


def two_correct(d):
    for o in first_single(d)["options"][:2]:
        o["correct"] = True


def unreachable(d):
    d["nodes"].append({"id": "n-glemt", "text": "Ingen valg leder hit.", "ending": "god"})


# name -> (file, break it, expected item, expected field). Items are read from the
# data after breaking, so the cases follow edits to the instruments.
CASES = {
    "missing-field-title": ("refleksjon-kvalitet", lambda d: d.pop("title"), lambda d: d["id"], "title"),
    "missing-field-prompt-text": (
        "refleksjon-kvalitet",
        lambda d: d["prompts"][1].pop("text"),
        lambda d: d["prompts"][1]["id"],
        "text",
    ),
    "wrong-type-version": ("teamkultur", lambda d: d.update(version="to"), lambda d: d["id"], "version"),
    "wrong-type-reverse": (
        "teamkultur",
        lambda d: d["dimensions"][0]["items"][0].update(reverse="ja"),
        lambda d: d["dimensions"][0]["items"][0]["id"],
        "reverse",
    ),
    "wrong-type-prompts-not-a-list": (
        "refleksjon-kvalitet",
        lambda d: d.update(prompts="tekst"),
        lambda d: d["id"],
        "prompts",
    ),
    "unknown-kind": ("mi-feller", lambda d: d.update(kind="survey"), lambda d: d["id"], "kind"),
    "bad-id-pattern": (
        "kvalitetsveileder",
        lambda d: d["parts"][0]["themes"][0]["items"][0].update(id="1.A"),
        lambda d: "1.A",
        "id",
    ),
    "bad-id-not-under-its-theme": (
        "kvalitetsveileder",
        lambda d: d["parts"][0]["themes"][0]["items"][0].update(id="2.99"),
        lambda d: "2.99",
        "id",
    ),
    "duplicate-question-id": (
        "mi-feller",
        lambda d: d["questions"][1].update(id=d["questions"][0]["id"]),
        lambda d: d["questions"][0]["id"],
        "id",
    ),
    "duplicate-template-field-id": (
        "mal-feltveiledning",
        lambda d: d["sections"][1]["fields"][0].update(id=d["sections"][0]["fields"][0]["id"]),
        lambda d: d["sections"][0]["fields"][0]["id"],
        "id",
    ),
    "dangling-scenario-link": (
        "scenario-sjelden-ute",
        lambda d: d["nodes"][0]["choices"][0].update(next="n99"),
        lambda d: d["nodes"][0]["id"],
        "next",
    ),
    "unreachable-node": ("scenario-sjelden-ute", unreachable, lambda d: "n-glemt", "id"),
    "two-correct-options": ("mi-feller", two_correct, lambda d: first_single(d)["id"], "options"),
    "likert-label-count": (
        "teamkultur",
        lambda d: d["scale"].update(labels=d["scale"]["labels"][:-1]),
        lambda d: d["id"],
        "scale",
    ),
    "likert-bands-not-rising": ("teamkultur", swap_band_limits, lambda d: d["dimensions"][0]["id"], "bands"),
    "classify-unknown-category": (
        "mi-endringssnakk",
        lambda d: d["questions"][0]["statements"][0].update(category="finnes-ikke"),
        lambda d: d["questions"][0]["statements"][0]["id"],
        "category",
    ),
    "choice-without-options": (
        "mal-feltveiledning",
        lambda d: first_choice_field(d).pop("options"),
        lambda d: first_choice_field(d)["id"],
        "options",
    ),
    "unknown-field-typo": (
        "refleksjon-kvalitet",
        lambda d: d["prompts"][0].update(tekst="skrivefeil"),
        lambda d: d["prompts"][0]["id"],
        "tekst",
    ),
    "rating-scale-value-twice": (
        "kvalitetsveileder",
        lambda d: d["scale"][1].update(id=d["scale"][0]["id"]),
        lambda d: d["scale"][0]["id"],
        "id",
    ),
}


def broken_copy(tmp_path: Path, case: str) -> tuple[Path, str, str, str]:
    """A copy of widgets/instruments with one file broken; returns (dir, file, item, field)."""
    iid, brk, item, field = CASES[case]
    folder = tmp_path / "instruments"
    shutil.copytree(SOURCE, folder)
    data = loaded(iid)
    brk(data)
    (folder / f"{iid}.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return folder, f"{iid}.yaml", str(item(data)), field


def assert_names(message: str, filename: str, item: str, field: str) -> None:
    assert filename in message, f"file {filename} not named in: {message}"
    assert f"item '{item}'" in message, f"item {item!r} not named in: {message}"
    assert f"field '{field}'" in message, f"field {field!r} not named in: {message}"


@pytest.mark.parametrize("case", [pytest.param(c, id=f"{n:02d}of{len(CASES)}-{c}") for n, c in enumerate(CASES, 1)])
def test_broken_instrument_stops_the_build_naming_file_item_and_field(tmp_path, monkeypatch, case):
    note("invalid yaml: cases checked by the build's validation", f"{len(CASES)} ({', '.join(CASES)})")
    folder, filename, item, field = broken_copy(tmp_path, case)
    monkeypatch.setattr(definitions, "INSTRUMENT_DIR", folder)
    with pytest.raises(ExtensionError) as caught:
        _validate_instruments(None, None)
    message = str(caught.value)
    print(f"[{case}] {message}")
    assert_names(message, filename, item, field)


def test_the_unbroken_instruments_pass(tmp_path, monkeypatch):
    """The copy itself is fine: each failure above comes from the one broken file."""
    folder = tmp_path / "instruments"
    shutil.copytree(SOURCE, folder)
    monkeypatch.setattr(definitions, "INSTRUMENT_DIR", folder)
    _validate_instruments(None, None)


# ------------------------------------------------------------ a real Sphinx build of a tiny site
# A `chapter` that is not a page: only a build knows the pages. A two-layer site (sphinx.testing)
# with a page for every chapter the instruments link, run in-process on the same extension.


def linked_chapters() -> list[str]:
    return sorted({c for d in definitions.load_all().values() for _, c in kind_of(d).chapters(d)})


def build_tiny_site(tmp_path: Path, chapters: list[str]) -> str:
    """Build a site holding book/<chapter> for each of `chapters`; return Sphinx's warnings."""
    src = tmp_path / "site"
    (src / "book").mkdir(parents=True)
    (src / "conf.py").write_text('extensions = ["widgets.sphinx_ext"]\n', encoding="utf-8")
    toctree = "".join(f"   book/{c}\n" for c in chapters)
    (src / "index.rst").write_text(f"Tiny\n====\n\n.. toctree::\n\n{toctree}", encoding="utf-8")
    for c in chapters:
        (src / "book" / f"{c}.rst").write_text(f"{c}\n{'=' * len(c)}\n", encoding="utf-8")
    warnings = io.StringIO()
    app = SphinxTestApp("dummy", srcdir=src, builddir=tmp_path / "build", status=io.StringIO(), warning=warnings)
    try:
        app.build()
    finally:
        app.cleanup()
    return ANSI.sub("", warnings.getvalue())


def test_a_site_with_every_linked_chapter_builds_without_warnings(tmp_path):
    chapters = linked_chapters()
    assert "teamkultur" in chapters
    assert build_tiny_site(tmp_path, chapters) == ""


def test_a_chapter_that_is_not_a_page_is_a_build_warning_naming_file_item_and_field(tmp_path, monkeypatch):
    note("invalid yaml: built on a tiny Sphinx site", "1 (chapter-not-a-page)")
    chapters = linked_chapters()  # the pages of the book, before the link is broken
    folder = tmp_path / "instruments"
    shutil.copytree(SOURCE, folder)
    data = loaded("teamkultur")
    dim = next(d for d in data["dimensions"] if "chapter" in d)
    dim["chapter"] = "finnes-ikke-i-boka"
    (folder / "teamkultur.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    monkeypatch.setattr(definitions, "INSTRUMENT_DIR", folder)
    warnings = build_tiny_site(tmp_path, chapters)
    lines = [line for line in warnings.splitlines() if "WARNING" in line]
    assert len(lines) == 1, warnings
    assert_names(lines[0], "teamkultur.yaml", dim["id"], "chapter")
    assert "'finnes-ikke-i-boka' is not a chapter in book/" in lines[0]
