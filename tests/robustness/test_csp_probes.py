"""The policy holds from inside the page: injected code does not run on any page template.

Playwright's page.evaluate is not bound by the page's Content-Security-Policy, so the probes
run from the page's own script context instead: the test copies the built book and adds to
each page a planted inline <script>, a planted onclick attribute and <script src="probe.js">.
probe.js, a file of the book's own origin that the policy allows, then tries what an attacker's
markup would: insert an inline script, set an event-handler attribute, call eval and
new Function. It writes what ran onto <html data-probe>, which the test reads.
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import shutil
import threading

import pytest

from .helpers import note

# One page of each template: a chapter, a widget page, the two whole-book views, search,
# the index and the landing page.
TEMPLATES = [
    "book/ordliste.html",
    "book/kvalitet.html",
    "book/mine-svar.html",
    "book/teamoversikt.html",
    "search.html",
    "genindex.html",
    "book/intro.html",
]
ATTEMPTS = ["planted-script", "planted-handler", "injected-script", "injected-handler", "eval", "new-function"]

PROBE_JS = """
(function () {
  var ran = window.__mvhRan = window.__mvhRan || {};
  function tryIt(name, fn) { try { fn(); } catch (e) { /* blocked: EvalError */ } }
  // Planted in the page's HTML by the test: an onclick attribute.
  var planted = document.getElementById("mvh-probe-planted");
  if (planted) planted.click();
  // Injected by script, as markup an attacker got into the DOM would be.
  var s = document.createElement("script");
  s.textContent = "window.__mvhRan['injected-script'] = true;";
  document.body.append(s);
  var d = document.createElement("div");
  d.setAttribute("onclick", "window.__mvhRan['injected-handler'] = true;");
  document.body.append(d);
  d.click();
  tryIt("eval", function () { eval("window.__mvhRan['eval'] = true;"); });
  tryIt("new-function", function () { new Function("window.__mvhRan['new-function'] = true;")(); });
  document.documentElement.dataset.probe = JSON.stringify(ran);
})();
"""
PLANTED = (
    '<div id="mvh-probe-planted" onclick="window.__mvhRan = window.__mvhRan || {};'
    " window.__mvhRan['planted-handler'] = true;\"></div>\n"
    "<script>window.__mvhRan = window.__mvhRan || {}; window.__mvhRan['planted-script'] = true;</script>\n"
)
# The policy before issue 11: what the probes must catch.
WEAK_SCRIPT_SRC = "script-src 'self' 'unsafe-inline' 'unsafe-eval'"


def _probed_copy(src, dest, weaken: bool = False):
    shutil.copytree(src, dest)
    (dest / "probe.js").write_text(PROBE_JS, encoding="utf-8")
    for path in TEMPLATES:
        page = dest / path
        text = page.read_text(encoding="utf-8")
        rel = "../" * path.count("/")
        text = text.replace("</body>", f'{PLANTED}<script src="{rel}probe.js"></script>\n</body>', 1)
        if weaken:
            text, n = re.subn(r"script-src [^;\"]*", WEAK_SCRIPT_SRC, text, count=1)
            assert n == 1, path
        page.write_text(text, encoding="utf-8")
    return dest


@pytest.fixture(scope="module")
def copies(book, tmp_path_factory):
    root = tmp_path_factory.mktemp("csp")
    return {
        "strict": _probed_copy(book.html, root / "strict"),
        "weak": _probed_copy(book.html, root / "weak", weaken=True),
    }


@pytest.fixture(scope="module")
def servers(copies):
    urls, stops = {}, []
    for name, directory in copies.items():
        handler = functools.partial(_Quiet, directory=str(directory))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        urls[name] = f"http://127.0.0.1:{server.server_address[1]}/"
        stops.append(server.shutdown)
    yield urls
    for stop in stops:
        stop()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def _root(copies, servers, which: str, scheme: str) -> str:
    return servers[which] if scheme == "http" else copies[which].as_uri() + "/"


def _probe(context, url: str) -> dict:
    page = context.new_page()
    page.goto(url)
    page.wait_for_load_state("load")
    raw = page.evaluate("document.documentElement.dataset.probe")
    page.close()
    assert raw is not None, f"probe.js did not run on {url}"
    return json.loads(raw)


@pytest.mark.parametrize("scheme", ["file", "http"])
@pytest.mark.parametrize("path", TEMPLATES)
def test_injected_code_is_blocked(context, copies, servers, path, scheme):
    ran = _probe(context, _root(copies, servers, "strict", scheme) + path)
    assert ran == {}, f"ran under the book's policy on {path}: {sorted(ran)}"
    note(f"csp probes ({scheme})", f"{len(ATTEMPTS)} attempts on each of {len(TEMPLATES)} page templates")


@pytest.mark.parametrize("scheme", ["file", "http"])
def test_probe_catches_a_weak_policy(context, copies, servers, scheme):
    # The same copy with the old script-src: every attempt runs, so the probe would have said so.
    for path in TEMPLATES:
        ran = _probe(context, _root(copies, servers, "weak", scheme) + path)
        assert sorted(ran) == sorted(ATTEMPTS), (path, ran)
