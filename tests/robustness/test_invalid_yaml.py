"""Broken instrument files stop the build with a message naming the file, the
item and the field.

Most cases run the build's own check (``widgets.sphinx_ext._validate_instruments``)
on a copy of widgets/instruments with one file broken. Two cases run a real
``jupyter-book build -W -n --keep-going`` of a copy of the repository: a
``chapter`` that is not a page (only the build knows the pages) and a
dangling scenario link. The installed ``widgets`` package is an editable
install of the work tree, so the copy is put first on PYTHONPATH to make the
build load the copy's (broken) instruments.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from sphinx.errors import ExtensionError

import widgets.definitions as definitions
from widgets.sphinx_ext import _validate_instruments

from .helpers import ANSI, ROOT, note

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
    "missing-field-prompt-text": ("refleksjon-kvalitet", lambda d: d["prompts"][1].pop("text"),
                                  lambda d: d["prompts"][1]["id"], "text"),
    "wrong-type-version": ("teamkultur", lambda d: d.update(version="to"), lambda d: d["id"], "version"),
    "wrong-type-reverse": ("teamkultur", lambda d: d["dimensions"][0]["items"][0].update(reverse="ja"),
                           lambda d: d["dimensions"][0]["items"][0]["id"], "reverse"),
    "wrong-type-prompts-not-a-list": ("refleksjon-kvalitet", lambda d: d.update(prompts="tekst"), lambda d: d["id"],
                                      "prompts"),
    "unknown-kind": ("mi-feller", lambda d: d.update(kind="survey"), lambda d: d["id"], "kind"),
    "bad-id-pattern": ("kvalitetsveileder", lambda d: d["parts"][0]["themes"][0]["items"][0].update(id="1.A"),
                       lambda d: "1.A", "id"),
    "bad-id-not-under-its-theme": ("kvalitetsveileder",
                                   lambda d: d["parts"][0]["themes"][0]["items"][0].update(id="2.99"),
                                   lambda d: "2.99", "id"),
    "duplicate-question-id": ("mi-feller", lambda d: d["questions"][1].update(id=d["questions"][0]["id"]),
                              lambda d: d["questions"][0]["id"], "id"),
    "duplicate-template-field-id": ("mal-feltveiledning",
                                    lambda d: d["sections"][1]["fields"][0].update(id=d["sections"][0]["fields"][0]["id"]),
                                    lambda d: d["sections"][0]["fields"][0]["id"], "id"),
    "dangling-scenario-link": ("scenario-sjelden-ute", lambda d: d["nodes"][0]["choices"][0].update(next="n99"),
                               lambda d: d["nodes"][0]["id"], "next"),
    "unreachable-node": ("scenario-sjelden-ute", unreachable, lambda d: "n-glemt", "id"),
    "two-correct-options": ("mi-feller", two_correct, lambda d: first_single(d)["id"], "options"),
    "likert-label-count": ("teamkultur", lambda d: d["scale"].update(labels=d["scale"]["labels"][:-1]),
                           lambda d: d["id"], "scale"),
    "likert-bands-not-rising": ("teamkultur", swap_band_limits, lambda d: d["dimensions"][0]["id"], "bands"),
    "classify-unknown-category": ("mi-endringssnakk",
                                  lambda d: d["questions"][0]["statements"][0].update(category="finnes-ikke"),
                                  lambda d: d["questions"][0]["statements"][0]["id"], "category"),
    "choice-without-options": ("mal-feltveiledning", lambda d: first_choice_field(d).pop("options"),
                               lambda d: first_choice_field(d)["id"], "options"),
    "unknown-field-typo": ("refleksjon-kvalitet", lambda d: d["prompts"][0].update(tekst="skrivefeil"),
                           lambda d: d["prompts"][0]["id"], "tekst"),
    "rating-scale-value-twice": ("kvalitetsveileder", lambda d: d["scale"][1].update(id=d["scale"][0]["id"]),
                                 lambda d: d["scale"][0]["id"], "id"),
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


# ------------------------------------------------------------ real builds

SKIP_DIRS = {".venv", "_build", ".git", "dist", ".jupyter_cache", ".pending", ".pytest_cache", "__pycache__"}


def repo_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "bok"
    shutil.copytree(ROOT, copy, ignore=lambda d, names: [n for n in names if n in SKIP_DIRS])
    return copy


def env_for(copy: Path) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(copy)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p])
    env["NO_COLOR"] = "1"
    return env


def first_chapter(d: dict) -> tuple[str, int]:
    """The first dimension (likert) with a chapter link."""
    for i, dim in enumerate(d["dimensions"]):
        if "chapter" in dim:
            return dim["id"], i
    raise AssertionError("no likert dimension with a chapter")


def build_case_chapter(copy: Path) -> tuple[str, str, str]:
    iid = "teamkultur"
    data = loaded(iid)
    item, i = first_chapter(data)
    data["dimensions"][i]["chapter"] = "finnes-ikke-i-boka"
    (copy / "widgets" / "instruments" / f"{iid}.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return f"{iid}.yaml", item, "chapter"


def build_case_dangling(copy: Path) -> tuple[str, str, str]:
    iid = "scenario-sjelden-ute"
    data = loaded(iid)
    data["nodes"][0]["choices"][0]["next"] = "n99"
    (copy / "widgets" / "instruments" / f"{iid}.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return f"{iid}.yaml", data["nodes"][0]["id"], "next"


BUILDS = {"chapter-not-a-page": build_case_chapter, "dangling-scenario-link": build_case_dangling}


@pytest.mark.parametrize("case", [pytest.param(c, id=f"{n}of{len(BUILDS)}-{c}") for n, c in enumerate(BUILDS, 1)])
def test_real_build_of_a_copy_fails_naming_file_item_and_field(tmp_path, case):
    note("invalid yaml: real jupyter-book builds", f"{len(BUILDS)} ({', '.join(BUILDS)})")
    copy = repo_copy(tmp_path)
    env = env_for(copy)
    python = Path(sys.executable)
    # The build must load the copy's widgets package (and so its instruments), not the work tree's.
    where = subprocess.run([str(python), "-c", "import widgets, widgets.definitions as d; print(widgets.__file__); "
                            "print(d.INSTRUMENT_DIR)"], env=env, cwd=tmp_path, capture_output=True, text=True, check=True)
    print(f"[{case}] widgets loaded from: {where.stdout.strip()}")
    assert where.stdout.splitlines() == [str(copy / "widgets" / "__init__.py"), str(copy / "widgets" / "instruments")]

    originals = {f.name: f.read_bytes() for f in SOURCE.glob("*.yaml")}
    filename, item, field = BUILDS[case](copy)
    jb = python.with_name("jupyter-book")
    proc = subprocess.run([str(jb), "build", str(copy), "-W", "-n", "--keep-going"], cwd=copy, env=env,
                          capture_output=True, text=True)
    log = ANSI.sub("", proc.stdout + proc.stderr)
    lines = [line for line in log.splitlines() if filename in line]
    print(f"[{case}] exit {proc.returncode}: {lines[:3]}")
    assert proc.returncode != 0, f"the build of a broken copy passed:\n{log[-3000:]}"
    assert any(f"item '{item}'" in line and f"field '{field}'" in line for line in lines), (
        f"no line names {filename}, item {item!r} and field {field!r}:\n{log[-4000:]}")
    # The work tree's own instruments were not touched.
    assert {f.name: f.read_bytes() for f in SOURCE.glob("*.yaml")} == originals
