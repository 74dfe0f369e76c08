"""The extension's hooks on a tiny Sphinx site (sphinx.testing), without the whole book."""

from __future__ import annotations

import io
from pathlib import Path

from sphinx.testing.util import SphinxTestApp

from widgets.course_pdf import PDF_NAME


def tiny_site(tmp_path: Path) -> Path:
    src = tmp_path / "site"
    src.mkdir()
    (src / "conf.py").write_text('extensions = ["widgets.sphinx_ext"]\n', encoding="utf-8")
    (src / "index.rst").write_text(
        "Velkommen\n=========\n\n.. mvh-downloads::\n\nTekst.\n\n.. toctree::\n\n   annen\n", encoding="utf-8"
    )
    (src / "annen.rst").write_text("Annen side\n==========\n\nMer tekst.\n", encoding="utf-8")
    return src


def build(src: Path, out: Path, freshenv: bool = False) -> None:
    app = SphinxTestApp(
        "html", srcdir=src, builddir=out, freshenv=freshenv, status=io.StringIO(), warning=io.StringIO()
    )
    try:
        app.build()
    finally:
        app.cleanup()


def test_the_landing_page_links_the_course_pdf_once_make_pdf_has_made_it(tmp_path):
    src, out = tiny_site(tmp_path), tmp_path / "build"
    html = out / "html"
    build(src, out, freshenv=True)
    assert "mvh-course-pdf" not in (html / "index.html").read_text(encoding="utf-8")
    assert not (html / PDF_NAME).exists()

    (src / "dist").mkdir()
    (src / "dist" / PDF_NAME).write_bytes(b"%PDF-1.7\n" + b"0" * 300_000)
    build(src, out)  # nothing else changed: the hook alone makes the landing page outdated
    index = (html / "index.html").read_text(encoding="utf-8")
    assert f'<a href="{PDF_NAME}" download>Last ned boka som kurshefte (PDF, 0,3 MB)</a>' in index
    assert index.index("</h1>") < index.index("mvh-course-pdf"), "the link goes right under the title"
    assert (html / PDF_NAME).read_bytes() == (src / "dist" / PDF_NAME).read_bytes()
    assert "mvh-course-pdf" not in (html / "annen.html").read_text(encoding="utf-8")

    (src / "dist" / PDF_NAME).unlink()
    build(src, out)
    assert "mvh-course-pdf" not in (html / "index.html").read_text(encoding="utf-8")
