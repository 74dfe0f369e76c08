"""The Content-Security-Policy on every page forbids connections, remote code and inline code but the page's own."""

from __future__ import annotations

import base64
import hashlib
import http.server
import re
import threading

import pytest

from .pages import book_pages, open_page, wait_ready


@pytest.fixture(scope="module")
def bait_server():
    """A server on 127.0.0.1 that counts what reaches it: nothing should."""
    hits = []

    class Bait(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's naming)
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()
            self.wfile.write(b"x")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Bait)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()


SCRIPT = re.compile(r"<!--.*?-->|<(script|style)\b([^>]*)>(.*?)</\1>", re.S)


def _directives(page: str) -> dict[str, list[str]]:
    head = page[: page.index("<title>")] if "<title>" in page else page
    m = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)" />', head)
    assert m, "no Content-Security-Policy before the title"
    return {d.split()[0]: d.split()[1:] for d in m.group(1).split("; ")}


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_every_page_carries_the_policy(book):
    for path in book_pages(book.html):
        policy = _directives((book.html / path).read_text(encoding="utf-8"))
        assert policy["connect-src"] == ["'none'"], path
        assert policy["form-action"] == ["'none'"], path
        assert policy["object-src"] == ["'none'"], path
        assert policy["default-src"] == ["'self'"], path
        for name in ("script-src", "style-src"):
            assert "'unsafe-inline'" not in policy[name], (path, name)
            assert "'unsafe-eval'" not in policy[name], (path, name)
        assert "'unsafe-hashes'" not in policy["script-src"], path


def _script_hashes(page: str) -> tuple[set[str], set[str]]:
    """(hashes of the inline scripts the page runs, script hashes its policy allows)."""
    wanted = set()
    for m in SCRIPT.finditer(page):
        if m.group(1) == "script" and "src=" not in m.group(2) and "application/json" not in m.group(2):
            wanted.add(_hash(m.group(3)))
    return wanted, {s for s in _directives(page)["script-src"] if s.startswith("'sha256-")}


def test_script_hashes_are_exactly_the_inline_scripts_of_each_page(book):
    """Every inline script the page runs is allowed by its hash, and nothing else is."""
    counted = 0
    for path in book_pages(book.html):
        wanted, allowed = _script_hashes((book.html / path).read_text(encoding="utf-8"))
        assert allowed == wanted, path
        counted += len(wanted)
    # The theme's colour mode, the two DOCUMENTATION_OPTIONS lines, the search page's focus script.
    assert counted > 2 * (len(book_pages(book.html)) - 1), counted


def test_the_hash_check_sees_an_unlisted_script(book):
    page = (book.html / "search.html").read_text(encoding="utf-8")
    planted = page.replace("</body>", "<script>alert(1)</script></body>")
    wanted, allowed = _script_hashes(planted)
    assert wanted - allowed == {_hash("alert(1)")}


def test_a_page_with_an_event_handler_fails_the_build():
    # The policy would block the handler, so the build says so instead of shipping a dead button.
    from widgets import csp

    page = '<meta http-equiv="Content-Security-Policy" content="x" /><button onclick="go()">Gå</button>'
    with pytest.raises(csp.CspError, match="onclick"):
        csp.apply(page)
    assert "'sha256-" in csp.apply(page.replace(' onclick="go()"', "") + "<script>go()</script>")


@pytest.mark.http
def test_fetch_and_remote_image_are_blocked_and_widgets_still_work(page, site, bait_server):
    bait, hits = bait_server
    open_page(page, site)
    w = wait_ready(page)
    result = page.evaluate(
        """async (url) => {
             const out = {};
             try { await fetch(url + '/fetch'); out.fetch = 'loaded'; } catch (e) { out.fetch = 'blocked'; }
             out.img = await new Promise((resolve) => {
               const img = new Image();
               img.onload = () => resolve('loaded');
               img.onerror = () => resolve('blocked');
               img.src = url + '/img.png';
               document.body.append(img);
             });
             return out;
           }""",
        bait,
    )
    assert result == {"fetch": "blocked", "img": "blocked"}
    assert hits == []
    # The self-assessment still works under the policy.
    w.locator('li.mvh-item[data-item="2.1"] label.mvh-v-gul').click()
    assert w.locator(".mvh-progress").first.inner_text() == "Du har vurdert 1 av 58 mål."
    # The page's own recorder saw the blocked attempts as requests outside the book; that is the point here.
    page.recorder.outside.clear()
    page.recorder.failed.clear()
    page.recorder.console_errors.clear()
    page.recorder.assert_clean()


@pytest.mark.http
def test_search_box_still_searches(page, site):
    open_page(page, site, "book/rollen.html")
    page.keyboard.press("Control+k")
    page.locator("#pst-search-dialog input[name=q]").fill("jobbspesialist")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search.html?q=jobbspesialist")
    page.locator("#search-results ul.search li").first.wait_for()
    # Going to the results cancels what the first page still loaded (the favicon, now and then): not a failure.
    page.recorder.failed = [f for f in page.recorder.failed if not f.endswith("(net::ERR_ABORTED)")]
    page.recorder.assert_clean()


# Collects every CSP violation the page reports, from before its first script runs.
WATCH = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample || ""}`.trim());
}, true);
"""


def _violations(page) -> list[str]:
    return page.evaluate("window.__cspViolations")


@pytest.mark.http
def test_no_policy_violation_in_normal_use(page, site):
    page.add_init_script(WATCH)
    seen = {}
    # A widget page, used: a rating, a note, the colour-mode button, the search dialog.
    open_page(page, site)
    w = wait_ready(page)
    w.locator('li.mvh-item[data-item="2.1"] label.mvh-v-gul').click()
    w.locator('li.mvh-item[data-item="2.1"] summary').click()
    w.locator('textarea[data-note="2.1"]').fill("Et notat.")
    page.locator(".theme-switch-button").first.click()
    page.keyboard.press("Control+k")
    page.locator("#pst-search-dialog input[name=q]").wait_for()
    page.keyboard.press("Escape")
    assert w.locator(".mvh-progress").first.inner_text() == "Du har vurdert 1 av 58 mål."
    seen["book/kvalitet.html"] = _violations(page)
    # The whole-book views, mounted.
    for path, role in (("book/mine-svar.html", "workbook"), ("book/teamoversikt.html", "team")):
        open_page(page, site, path)
        page.locator(f'.mvh-widget[data-mvh-role="{role}"].mvh-ready .mvh-mount > *').first.wait_for()
        seen[path] = _violations(page)
    # Search with results, the index, the landing page, a chapter without a widget.
    open_page(page, site, "search.html?q=jobbspesialist")
    page.locator("#search-results ul.search li").first.wait_for()
    seen["search.html"] = _violations(page)
    for path in ("genindex.html", "book/intro.html", "book/ordliste.html"):
        open_page(page, site, path)
        seen[path] = _violations(page)
    assert seen == {path: [] for path in seen}
    csp_errors = [m for m in page.recorder.console_errors if "Content Security Policy" in m]
    assert csp_errors == []
    # Leaving a page cancels what it still loaded (the favicon, now and then): not a failure.
    page.recorder.failed = [f for f in page.recorder.failed if not f.endswith("(net::ERR_ABORTED)")]
    page.recorder.assert_clean()


def test_the_watch_sees_a_violation(page, site):
    # The listener above reports what the policy blocks: here a style attribute the page did not carry.
    page.add_init_script(WATCH)
    open_page(page, site, "book/ordliste.html")
    page.evaluate("document.body.setAttribute('style', 'outline: 1px solid red')")
    page.wait_for_function("window.__cspViolations.length > 0")
    assert _violations(page)[0].startswith("style-src-attr inline")
