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


def purged_html(root: Path) -> Path:
    """A built book after the page diet: purged sheets and a font subset beside the theme's originals."""
    html = fake_html(root)
    static = html / "_static"
    fonts = static / "vendor" / "fontawesome" / "webfonts"
    (static / "styles").mkdir()
    (static / "scripts").mkdir()
    fonts.mkdir(parents=True)
    for name in ("styles/pydata-sphinx-theme", "basic"):
        (static / f"{name}.css").write_text("a{}", encoding="utf-8")
        (static / f"{name}.mvh.css").write_text("a{}", encoding="utf-8")
    for name in ("fa-solid-900.woff2", "fa-solid-900.ttf", "fa-solid-900.mvh.woff2"):
        (fonts / name).write_bytes(b"font")
    (static / "scripts" / "bootstrap.js").write_text("b", encoding="utf-8")
    (static / "scripts" / "pydata-sphinx-theme.js").write_text("p", encoding="utf-8")
    (html / "index.html").write_text(
        '<link href="_static/styles/pydata-sphinx-theme.mvh.css?v=1"><link href="_static/basic.mvh.css">'
        '<script src="_static/scripts/pydata-sphinx-theme.js"></script>',
        encoding="utf-8",
    )
    return html


def test_offline_zip_leaves_out_the_theme_files_the_purged_pages_no_longer_load(tmp_path):
    html = purged_html(tmp_path)
    write_zip(html, tmp_path / "bok.zip")
    with zipfile.ZipFile(tmp_path / "bok.zip") as zf:
        static = sorted(n.removeprefix(f"{TOP}/_static/") for n in zf.namelist() if "/_static/" in n)
    assert static == [
        "a.js",
        "basic.mvh.css",
        "scripts/pydata-sphinx-theme.js",
        "styles/pydata-sphinx-theme.mvh.css",
        "vendor/fontawesome/webfonts/fa-solid-900.mvh.woff2",
    ]


def test_an_original_a_page_still_links_stays_in_the_zip(tmp_path):
    html = purged_html(tmp_path)
    (html / "kvalitet.html").write_text('<link href="../_static/basic.css">', encoding="utf-8")
    write_zip(html, tmp_path / "bok.zip")
    with zipfile.ZipFile(tmp_path / "bok.zip") as zf:
        assert f"{TOP}/_static/basic.css" in zf.namelist()
        assert f"{TOP}/_static/styles/pydata-sphinx-theme.css" not in zf.namelist()
