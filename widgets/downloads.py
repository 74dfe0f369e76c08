"""The offline copy (zip), the course PDF and the handouts, one click away from the landing page and the course chapter.

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
- "Kursark for Dag 1: … (PDF, n kB)", one link per course session: only once `make handouts` has
  made `dist/kursark/` (widgets/handouts.py); the build copies the sheets to `kursark/` next to the
  zip (so the zip carries them too), and the pages with the directive are rebuilt when a sheet
  appears, changes or goes away, as for the PDF. The link text is the sheet's own document title.

Print hides the links (`book-downloads.css`): on paper they lead nowhere.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from . import course_pdf, handouts, offline_zip

# Files that, when changed, rebuild every page (see sphinx_ext._assets_version).
SOURCES: tuple[Path, ...] = ()

DIRECTIVE = "mvh-downloads"
ZIP_NAME = offline_zip.ZIP_NAME
PDF_NAME = course_pdf.PDF_NAME
ZIP_CLASS = offline_zip.ZIP_LINK_CLASS
HANDOUT_DIR = "kursark"  # under dist/ (make handouts) and under the HTML output, next to the zip


class downloads(nodes.General, nodes.Element):
    """Where the download links go; rendered when the page is written (the PDF may come and go)."""


class DownloadsDirective(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        return [downloads()]


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",") + " MB"


def kilobytes(size: int) -> str:
    return f"{max(1, round(size / 1024))}\u00a0kB"  # no break between the number and its unit


def handout_files(folder: Path) -> list[Path]:
    """The handouts in `folder`, in the course's order (Dag 1, Dag 2, Oppfølging 1, …)."""
    if not folder.is_dir():
        return []

    def order(p: Path) -> list:
        return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", p.stem)]

    return sorted((p for p in folder.iterdir() if handouts.SLUG_FILE.match(p.name) and p.is_file()), key=order)


def handout_title(path: Path) -> str:
    """The session a sheet is for, from its document title ("Kursark – Dag 1: …"); else its file name."""
    from pypdf import PdfReader

    prefix = f"{handouts.KIND} – "
    try:
        title = str((PdfReader(path).metadata or {}).get("/Title") or "")
    except Exception:  # noqa: BLE001 (a damaged file still gets a link, named by its file)
        title = ""
    return title[len(prefix) :] if title.startswith(prefix) else path.stem.replace("-", " ").capitalize()


def links_html(prefix: str, pdf_size: int | None, sheets: list[tuple[str, str, int]] = ()) -> str:
    """The links, with `prefix` leading from the page to the book's root ("" or "../").

    `sheets` are the handouts as (file name, session title, size in bytes), in the course's order.
    """
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
    sheet_links = ""
    if sheets:
        items = "".join(
            f'<li><a href="{html.escape(f"{prefix}{HANDOUT_DIR}/{name}")}" download>'
            f"{handouts.KIND} for {html.escape(title)} (PDF, {kilobytes(size)})</a></li>"
            for name, title, size in sheets
        )
        sheet_links = (
            '<p class="mvh-download mvh-handouts">Kursark til hver samling og hvert oppfølgingsmøte:'
            " tidsplanen, kjernebudskapene, plass til notater og et skjema å fylle ut, på én eller to sider.</p>"
            f'<ul class="mvh-handout-list">{items}</ul>'
        )
    body = "\n".join(part for part in (zip_link, pdf_link, sheet_links) if part)
    return f'<div class="mvh-downloads">\n{body}\n</div>\n'


def _dist_pdf(app: Sphinx) -> Path:
    return Path(app.srcdir) / "dist" / PDF_NAME


def _dist_handouts(app: Sphinx) -> Path:
    return Path(app.srcdir) / "dist" / HANDOUT_DIR


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, int(st.st_mtime))


def _sheets_stamp(folder: Path) -> tuple:
    return tuple((p.name, _stamp(p)) for p in handout_files(folder))


def _visit_html(self, node: downloads) -> None:
    docname = self.builder.current_docname
    pdf = _dist_pdf(self.builder.app)
    size = pdf.stat().st_size if pdf.is_file() else None
    sheets = [(p.name, handout_title(p), p.stat().st_size) for p in handout_files(_dist_handouts(self.builder.app))]
    self.body.append(links_html("../" * docname.count("/"), size, sheets))
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
    """Rewrite the pages with the links when the course PDF or a handout appears, changes or goes away."""
    stamp = (_stamp(_dist_pdf(app)), _sheets_stamp(_dist_handouts(app)))
    if getattr(env, "mvh_course_pdf", None) == stamp:
        return []
    env.mvh_course_pdf = stamp
    return sorted(getattr(env, "mvh_download_pages", set()) - set(removed))


def _publish(app: Sphinx, exception) -> None:
    """After every other pass over the pages: the PDF and the handouts next to them, then the zip of them all."""
    if exception is not None or app.builder.format != "html":
        return
    out, src = Path(app.outdir), _dist_pdf(app)
    dest = out / PDF_NAME
    if src.is_file():
        if _stamp(dest) != _stamp(src):
            shutil.copy2(src, dest)
    elif dest.is_file():
        dest.unlink()  # the PDF went away: no copy left for the zip to carry
    _publish_sheets(_dist_handouts(app), out / HANDOUT_DIR)
    offline_zip.publish(out)


def _publish_sheets(src: Path, dest: Path) -> None:
    """`dest` holds exactly the handouts `src` holds (none, and no folder, when there are none)."""
    wanted = {p.name: p for p in handout_files(src)}
    for old in handout_files(dest):
        if old.name not in wanted:
            old.unlink()
    for name, path in wanted.items():
        if _stamp(dest / name) != _stamp(path):
            dest.mkdir(exist_ok=True)
            shutil.copy2(path, dest / name)
    if dest.is_dir() and not any(dest.iterdir()):
        dest.rmdir()


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
