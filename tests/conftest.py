"""Shared fixtures: the built book, a local server, and system Chromium.

The book is built once per test session with the same flags as `make book`
(-W -n --keep-going), so every browser test runs against what readers get.
"""

from __future__ import annotations

import functools
import http.server
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.browser.pages import settle_storage

from widgets import chromium

ROOT = Path(__file__).resolve().parent.parent
HTML = ROOT / "_build" / "html"


@dataclass
class BuildResult:
    returncode: int
    log: str
    html: Path
    cmd: list = field(default_factory=list)


@pytest.fixture(scope="session")
def book() -> BuildResult:
    """Build the book exactly as `make book` does; fail the session if it fails."""
    jb = Path(sys.executable).with_name("jupyter-book")
    cmd = [str(jb), "build", str(ROOT), "-W", "-n", "--keep-going"]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    result = BuildResult(proc.returncode, proc.stdout + proc.stderr, HTML, cmd)
    if proc.returncode != 0:
        pytest.fail(f"the book did not build:\n{result.log[-6000:]}")
    return result


@pytest.fixture(scope="session")
def nynorsk_book(book) -> BuildResult:
    """The book built in Nynorsk as `make book BOOK_LANG=nn` does (after the Bokmål one: the executed cells
    are cached by their code, so this build only renders); fail the session if it fails."""
    from widgets import nynorsk

    config = nynorsk.write_config(ROOT / "_config.yml", ROOT / "_build" / "nn" / "_config.yml")
    jb = Path(sys.executable).with_name("jupyter-book")
    cmd = [str(jb), "build", str(ROOT), "-W", "-n", "--keep-going", "--config", str(config)]
    cmd += ["--path-output", str(ROOT / "_build" / "nn")]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    result = BuildResult(proc.returncode, proc.stdout + proc.stderr, ROOT / "_build" / "nn" / "_build" / "html", cmd)
    if proc.returncode != 0:
        pytest.fail(f"the Nynorsk book did not build:\n{result.log[-6000:]}")
    return result


def find_chromium() -> str:
    path = chromium.find()
    if path is None:
        pytest.fail(f"{chromium.INSTALL_HELP} Browser tests are never skipped.")
    return path


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    path = find_chromium()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=chromium.ARGS)
        yield b
        b.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output readable
        pass


@pytest.fixture(scope="session")
def http_root(book):
    handler = functools.partial(_QuietHandler, directory=str(book.html))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def pytest_configure(config):
    config.addinivalue_line("markers", "http: run over http://127.0.0.1 as well as from file://")
    config.addinivalue_line("markers", "across_pages: answers saved on one page are read on another; http:// only")
    config.addinivalue_line(
        "markers", "book: needs the built book (set by conftest; `make test-fast` leaves these out)"
    )


def pytest_collection_modifyitems(items):
    for item in items:
        if "book" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.book)


def _schemes(definition) -> list[str]:
    # Readers open the book from disk (the offline zip) or from a server. Browser tests run from
    # file:// once; the ones about http (policy, search, one journey) are marked and run both ways.
    # Journeys that save on one page and read on another run over http: Chromium does not reliably
    # share localStorage between file:// documents (about 1 in 8 fresh pages saw none of it).
    if definition.get_closest_marker("across_pages"):
        return ["http"]
    return ["http", "file"] if definition.get_closest_marker("http") else ["file"]


def pytest_generate_tests(metafunc):
    if "site" in metafunc.fixturenames and not any(
        "site" in m.args[0] for m in metafunc.definition.iter_markers("parametrize")
    ):
        metafunc.parametrize("site", _schemes(metafunc.definition), indirect=True)


@pytest.fixture
def site(request, book):
    """The book's root URL: straight from disk, or over http://127.0.0.1 for tests marked ``http``."""
    if request.param == "http":
        return request.getfixturevalue("http_root")
    return book.html.as_uri() + "/"


@dataclass
class Recorder:
    """What a page did that a reader would not want: requests elsewhere, errors."""

    root: str
    outside: list = field(default_factory=list)
    failed: list = field(default_factory=list)
    page_errors: list = field(default_factory=list)
    console_errors: list = field(default_factory=list)

    def attach(self, page):
        page.on("request", self._request)
        page.on("requestfailed", lambda r: self.failed.append(f"{r.url} ({r.failure})"))
        page.on("pageerror", lambda e: self.page_errors.append(f"{e}\n{getattr(e, 'stack', '')}"))
        page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        page.on("response", lambda r: r.status >= 400 and self.failed.append(f"{r.url} (HTTP {r.status})"))

    def _request(self, request):
        url = request.url
        if url.startswith(("data:", "blob:", "about:")):
            return
        if not url.startswith(self.root):
            self.outside.append(url)

    def assert_clean(self):
        assert self.outside == [], f"requests outside the book: {self.outside}"
        assert self.failed == [], f"failed requests: {self.failed}"
        assert self.page_errors == [], f"page errors: {self.page_errors}"
        assert self.console_errors == [], f"console errors: {self.console_errors}"


@pytest.fixture
def context(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context, site):
    """A fresh page with a recorder; tests call page.recorder.assert_clean()."""
    p = context.new_page()
    p.recorder = Recorder(site)
    p.recorder.attach(p)
    if site.startswith("file:"):
        # A reload from disk waits until what the page saved has landed (pages.settle_storage).
        reload = p.reload

        def settled_reload(**kwargs):
            settle_storage(p)
            return reload(**kwargs)

        p.reload = settled_reload
    return p
