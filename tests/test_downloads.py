"""The offline copy (and the course PDF and the handouts) one click away: links on the landing page and the course
chapter that resolve over http, and a zip with every page whose own copy of the link is not dead."""

from __future__ import annotations

import io
import re
import urllib.request
import zipfile
from html.parser import HTMLParser
from urllib.parse import urljoin

import pytest

from widgets.course_pdf import PDF_NAME
from widgets.downloads import HANDOUT_DIR
from widgets.css_purge import superseded
from widgets.offline_zip import OFFLINE_CLASS, TOP, ZIP_NAME, offline_page

from tests.browser.pages import book_pages
from tests.test_sphinx_site import build, tiny_site

LINK_PAGES = ["book/intro.html", "book/kursopplegg.html"]


class _Links(HTMLParser):
    """The download links (<a download>) and every relative href/src of a page."""

    def __init__(self):
        super().__init__()
        self.downloads: list[str] = []
        self.refs: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and "download" in a:
            self.downloads.append(a.get("href") or "")
        for key in ("href", "src"):
            value = a.get(key)
            if value and not re.match(r"^[a-z][a-z0-9+.-]*:|^#|^//", value):
                self.refs.append(value.split("#")[0])


def links(page_html: str) -> _Links:
    p = _Links()
    p.feed(page_html)
    return p


def test_the_offline_page_replaces_the_zip_link_and_keeps_the_rest():
    page = (
        '<div class="mvh-downloads">\n<p class="mvh-download mvh-download-zip"><a href="../x.zip" download>'
        "Last ned (zip)</a> – pakk ut.</p>\n"
        '<p class="mvh-download mvh-course-pdf"><a href="../x.pdf" download>PDF</a></p>\n</div>'
    )
    out = offline_page(page)
    assert "x.zip" not in out and 'href="../x.pdf"' in out
    assert f'<p class="{OFFLINE_CLASS}">Dette er kopien av boka for bruk uten nett' in out
    assert offline_page("<p>Ingen lenker her.</p>") == "<p>Ingen lenker her.</p>"


@pytest.fixture(scope="module")
def fetch(book, http_root):
    def get(path: str) -> tuple[int, str, bytes]:
        with urllib.request.urlopen(urljoin(http_root, path)) as r:  # noqa: S310 (our own local server)
            return r.status, r.headers.get("Content-Type", ""), r.read()

    return get


@pytest.mark.parametrize("path", LINK_PAGES)
def test_the_download_links_are_there_and_resolve_over_http(fetch, http_root, path):
    status, _, body = fetch(path)
    page = body.decode("utf-8")
    hrefs = links(page).downloads
    assert any(h.endswith(ZIP_NAME) for h in hrefs), f"{path} has no link to the zip: {hrefs}"
    assert "Last ned boka for bruk uten nett (zip)" in page
    for href in hrefs:
        status, ctype, data = fetch(urljoin(path, href))
        assert status == 200 and data, href
        if href.endswith(".zip"):
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
            assert f"{TOP}/index.html" in names and f"{TOP}/book/intro.html" in names
        else:
            assert href.endswith(PDF_NAME) or f"{HANDOUT_DIR}/" in href, href
            assert data.startswith(b"%PDF"), href


@pytest.fixture(scope="module")
def published_zip(book):
    return zipfile.ZipFile(book.html / ZIP_NAME)


def test_the_zip_holds_every_page_and_not_itself(book, published_zip):
    names = set(published_zip.namelist())
    missing = [p for p in book_pages(book.html) if f"{TOP}/{p}" not in names]
    assert missing == []
    assert f"{TOP}/{ZIP_NAME}" not in names
    # Every file under _static but source maps and the theme files the purged pages no longer load.
    unused = superseded(book.html)
    assert any(p.name == "pydata-sphinx-theme.css" for p in unused)
    static = [p for p in (book.html / "_static").rglob("*") if p.is_file()]
    kept = [p.relative_to(book.html).as_posix() for p in static if p not in unused and p.suffix != ".map"]
    assert [s for s in kept if f"{TOP}/{s}" not in names] == []
    assert [p.name for p in unused if f"{TOP}/{p.relative_to(book.html).as_posix()}" in names] == []


def test_in_the_zip_the_download_block_has_no_dead_link(published_zip):
    names = set(published_zip.namelist())
    for path in LINK_PAGES:
        page = published_zip.read(f"{TOP}/{path}").decode("utf-8")
        assert ZIP_NAME + '"' not in page, f"{path} in the zip still links the zip"
        assert f'<p class="{OFFLINE_CLASS}">' in page, f"{path} in the zip does not say it is the offline copy"
        block = page[page.index('<div class="mvh-downloads">') :]
        block = block[: block.index("</div>")]
        for ref in links(block).refs:
            target = re.sub(r"[^/]+/\.\./", "", f"{TOP}/{path.rsplit('/', 1)[0]}/{ref}")
            assert target in names, f"{path} in the zip links {ref}, which the zip does not hold"


def test_the_build_publishes_the_zip_where_the_link_points_and_the_pdf_in_it_once_made(tmp_path):
    src, out = tiny_site(tmp_path), tmp_path / "build"
    html = out / "html"
    build(src, out, freshenv=True)
    index = (html / "index.html").read_text(encoding="utf-8")
    assert f'<a href="{ZIP_NAME}" download>Last ned boka for bruk uten nett (zip)</a>' in index
    assert oct((html / ZIP_NAME).stat().st_mode & 0o777) == "0o644", "a web server must be able to read it"
    with zipfile.ZipFile(html / ZIP_NAME) as zf:
        assert {f"{TOP}/index.html", f"{TOP}/annen.html"} <= set(zf.namelist())
        inside = zf.read(f"{TOP}/index.html").decode("utf-8")
    assert ZIP_NAME + '"' not in inside and OFFLINE_CLASS in inside

    (src / "dist").mkdir()
    (src / "dist" / PDF_NAME).write_bytes(b"%PDF-1.7\n" + b"0" * 1000)
    build(src, out)
    with zipfile.ZipFile(html / ZIP_NAME) as zf:
        assert zf.read(f"{TOP}/{PDF_NAME}").startswith(b"%PDF"), "the zip carries the PDF its pages link"
        assert f'href="{PDF_NAME}" download' in zf.read(f"{TOP}/index.html").decode("utf-8")


def sheet_pdf(title: str, padding: int) -> bytes:
    """A real PDF of about `padding` bytes, titled as `make handouts` titles a handout."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_metadata({"/Title": title, "/Padding": "x" * padding})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_the_handouts_are_listed_one_link_per_session_once_made_and_go_when_they_go(tmp_path):
    src, out = tiny_site(tmp_path), tmp_path / "build"
    html = out / "html"
    build(src, out, freshenv=True)
    assert "mvh-handouts" not in (html / "index.html").read_text(encoding="utf-8")
    assert not (html / HANDOUT_DIR).exists()

    sheets = src / "dist" / HANDOUT_DIR
    sheets.mkdir(parents=True)
    # Written out of order, and a file that is no handout: the links follow the course, not the folder.
    (sheets / "oppfolging-1.pdf").write_bytes(sheet_pdf("Kursark – Oppfølging 1: Porteføljegjennomgang", 40_000))
    (sheets / "dag-1.pdf").write_bytes(sheet_pdf("Kursark – Dag 1: Rollen, metoden og veiledningen", 90_000))
    (sheets / "notater.txt").write_text("ikke et kursark", encoding="utf-8")
    build(src, out)  # nothing else changed: the hook alone makes the landing page outdated
    index = (html / "index.html").read_text(encoding="utf-8")
    found = re.findall(r'<a href="(kursark/[^"]+)" download>(Kursark for [^<]+)</a>', index)
    kb = {name: round((sheets / name).stat().st_size / 1024) for name in ("dag-1.pdf", "oppfolging-1.pdf")}
    assert 85 <= kb["dag-1.pdf"] <= 90 and 37 <= kb["oppfolging-1.pdf"] <= 41
    assert found == [
        ("kursark/dag-1.pdf", f"Kursark for Dag 1: Rollen, metoden og veiledningen (PDF, {kb['dag-1.pdf']}\u00a0kB)"),
        (
            "kursark/oppfolging-1.pdf",
            f"Kursark for Oppfølging 1: Porteføljegjennomgang (PDF, {kb['oppfolging-1.pdf']}\u00a0kB)",
        ),
    ]
    assert sorted(p.name for p in (html / HANDOUT_DIR).iterdir()) == ["dag-1.pdf", "oppfolging-1.pdf"]
    assert (html / HANDOUT_DIR / "dag-1.pdf").read_bytes() == (sheets / "dag-1.pdf").read_bytes()
    with zipfile.ZipFile(html / ZIP_NAME) as zf:
        assert zf.read(f"{TOP}/{HANDOUT_DIR}/dag-1.pdf").startswith(b"%PDF"), "the zip carries the sheets it links"
        assert 'href="kursark/dag-1.pdf" download' in zf.read(f"{TOP}/index.html").decode("utf-8")

    (sheets / "oppfolging-1.pdf").unlink()
    build(src, out)
    index = (html / "index.html").read_text(encoding="utf-8")
    assert "kursark/dag-1.pdf" in index and "oppfolging-1.pdf" not in index
    assert sorted(p.name for p in (html / HANDOUT_DIR).iterdir()) == ["dag-1.pdf"]
    (sheets / "dag-1.pdf").unlink()
    build(src, out)
    assert "mvh-handouts" not in (html / "index.html").read_text(encoding="utf-8")
    assert not (html / HANDOUT_DIR).exists()
