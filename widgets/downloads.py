"""The offline copy (zip) and the course PDF, one click away from the landing page and the course chapter.

A chapter places the links with the directive

    ```{mvh-downloads}
    ```

which renders, when the page is written:

- "Last ned boka for bruk uten nett (zip)": the offline copy, which the build itself writes at the
  root of the HTML output when it finishes (`offline_zip.publish`), so the link is never dead in
  the built or the published book, whatever command built it. In the zip's own pages the link is
  replaced by a line saying the reader is already in the offline copy (`offline_zip.offline_page`).
- "Last ned boka som kurshefte (PDF, n MB)": only once `make pdf` has made `dist/<pdf>`; the build
  copies it next to the zip. The pages with the directive are rebuilt when the PDF appears,
  changes or goes away.

Print hides the links (`book-downloads.css`): on paper they lead nowhere.
"""

from __future__ import annotations

import html
import shutil
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from . import course_pdf, offline_zip

# Files that, when changed, rebuild every page (see sphinx_ext._assets_version).
SOURCES: tuple[Path, ...] = ()

DIRECTIVE = "mvh-downloads"
ZIP_NAME = offline_zip.ZIP_NAME
PDF_NAME = course_pdf.PDF_NAME
ZIP_CLASS = offline_zip.ZIP_LINK_CLASS


class downloads(nodes.General, nodes.Element):
    """Where the download links go; rendered when the page is written (the PDF may come and go)."""


class DownloadsDirective(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        return [downloads()]


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",") + " MB"


def links_html(prefix: str, pdf_size: int | None) -> str:
    """The links, with `prefix` leading from the page to the book's root ("" or "../")."""
    zip_link = (
        f'<p class="{ZIP_CLASS}"><a href="{html.escape(prefix + ZIP_NAME)}" download>'
        "Last ned boka for bruk uten nett (zip)</a>"
        " – hele boka i én fil, med øvelsene og søket."
        " Pakk ut filen og åpne <code>metodeveilederhandboka/index.html</code>.</p>"
    )
    pdf_link = ""
    if pdf_size is not None:
        pdf_link = (
            f'<p class="mvh-download mvh-course-pdf"><a href="{html.escape(prefix + PDF_NAME)}" download>'
            f"Last ned boka som kurshefte (PDF, {megabytes(pdf_size)})</a>"
            " – for utskrift, med øvelsene som skjemaer du fyller ut for hånd.</p>"
        )
    return f'<div class="mvh-downloads">\n{zip_link}\n{pdf_link}\n</div>\n'.replace("\n\n", "\n")


def _dist_pdf(app: Sphinx) -> Path:
    return Path(app.srcdir) / "dist" / PDF_NAME


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, int(st.st_mtime))


def _visit_html(self, node: downloads) -> None:
    docname = self.builder.current_docname
    pdf = _dist_pdf(self.builder.app)
    size = pdf.stat().st_size if pdf.is_file() else None
    self.body.append(links_html("../" * docname.count("/"), size))
    raise nodes.SkipNode


def _skip(self, node) -> None:
    raise nodes.SkipNode


def _note_pages(app: Sphinx, doctree) -> None:
    if any(True for _ in doctree.findall(downloads)):
        env = app.env
        env.mvh_download_pages = getattr(env, "mvh_download_pages", set()) | {env.docname}


def _purge(app: Sphinx, env, docname: str) -> None:
    getattr(env, "mvh_download_pages", set()).discard(docname)


def _merge(app: Sphinx, env, docnames, other) -> None:
    mine = getattr(env, "mvh_download_pages", set())
    env.mvh_download_pages = mine | (getattr(other, "mvh_download_pages", set()) & set(docnames))


def _outdated(app: Sphinx, env, added, changed, removed) -> list[str]:
    """Rewrite the pages with the links when the course PDF appears, changes or goes away."""
    stamp = _stamp(_dist_pdf(app))
    if getattr(env, "mvh_course_pdf", None) == stamp:
        return []
    env.mvh_course_pdf = stamp
    return sorted(getattr(env, "mvh_download_pages", set()) - set(removed))


def _publish(app: Sphinx, exception) -> None:
    """After every other pass over the pages: the PDF next to them, then the zip of them all."""
    if exception is not None or app.builder.format != "html":
        return
    out, src = Path(app.outdir), _dist_pdf(app)
    dest = out / PDF_NAME
    if src.is_file():
        if _stamp(dest) != _stamp(src):
            shutil.copy2(src, dest)
    elif dest.is_file():
        dest.unlink()  # the PDF went away: no copy left for the zip to carry
    offline_zip.publish(out)


def setup(app: Sphinx) -> None:
    app.add_node(
        downloads,
        html=(_visit_html, None),
        latex=(_skip, None),
        text=(_skip, None),
        man=(_skip, None),
        texinfo=(_skip, None),
    )
    app.add_directive(DIRECTIVE, DownloadsDirective)
    app.connect("doctree-read", _note_pages)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    app.connect("env-get-outdated", _outdated)
    # Late: widgets.sphinx_ext rewrites the pages at build-finished (icons, CSP hashes); the zip takes them as final.
    app.connect("build-finished", _publish, priority=900)
