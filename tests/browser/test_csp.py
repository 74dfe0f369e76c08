"""The Content-Security-Policy on every page forbids connections and remote code."""

from __future__ import annotations

import http.server
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


def test_every_page_carries_the_policy(book):
    for path in book_pages(book.html):
        text = (book.html / path).read_text(encoding="utf-8")
        if 'http-equiv="Refresh"' in text:  # the one-line redirect to the landing page
            continue
        head = text[: text.index("<title>")]
        assert 'http-equiv="Content-Security-Policy"' in head, path
        for directive in (
            "connect-src 'none'",
            "form-action 'none'",
            "object-src 'none'",
            "script-src 'self' 'unsafe-inline'",
        ):
            assert directive in head, (path, directive)


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
