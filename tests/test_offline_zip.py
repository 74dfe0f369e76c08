"""The offline zip holds what a reader needs and nothing else (end to end: browser/test_offline.py)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from widgets.offline_zip import TOP, write_zip


def fake_html(root: Path) -> Path:
    html = root / "html"
    (html / "_static").mkdir(parents=True)
    (html / ".doctrees").mkdir()
    (html / "index.html").write_text("<!doctype html><title>Bok</title>", encoding="utf-8")
    (html / "kvalitet.html").write_text("<p>Kvalitet</p>", encoding="utf-8")
    (html / "_static" / "a.js").write_text("var a = 1;", encoding="utf-8")
    (html / "_static" / "a.js.map").write_text("{}", encoding="utf-8")
    (html / ".doctrees" / "x").write_text("pickle", encoding="utf-8")
    (html / ".buildinfo").write_text("config: x", encoding="utf-8")
    return html


def test_offline_zip_has_the_pages_and_not_the_build_leftovers(tmp_path):
    html = fake_html(tmp_path)
    zip_path = tmp_path / "dist" / "bok.zip"
    count = write_zip(html, zip_path)
    with zipfile.ZipFile(zip_path) as zf:
        names = sorted(zf.namelist())
        assert zf.read(f"{TOP}/_static/a.js") == b"var a = 1;"
    assert names == [f"{TOP}/_static/a.js", f"{TOP}/index.html", f"{TOP}/kvalitet.html"]
    assert count == 3
    assert not any(n.endswith(".map") or ".doctrees" in n or ".buildinfo" in n for n in names)


def test_offline_zip_refuses_a_directory_without_index_html(tmp_path):
    html = fake_html(tmp_path)
    (html / "index.html").unlink()
    zip_path = tmp_path / "bok.zip"
    with pytest.raises(SystemExit, match="has no index.html: build the book first"):
        write_zip(html, zip_path)
    assert not zip_path.exists()
