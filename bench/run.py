"""Benchmark: build times, page weight against a template anchor, widget speed, zip size.

Prints JSON and writes bench/latest.json. Not a test: it measures this
machine and passes or fails nothing. The anchor for page weight is a default
`jupyter-book create` book built with the same pinned versions in the same run.

Usage: python bench/run.py   (or `make bench`)
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from widgets import chromium  # noqa: E402
from widgets.offline_zip import write_zip  # noqa: E402

COPY_IGNORE = shutil.ignore_patterns(
    ".venv",
    "_build",
    "dist",
    ".jupyter_cache",
    ".git",
    "__pycache__",
    "node_modules",
    ".pytest_cache",
    "*.egg-info",
    ".pending",
)
JB = Path(sys.executable).with_name("jupyter-book")
RUNS = 20
CLEAN_BUILDS = 3
WIDGET_PAGES = ["book/kvalitet.html", "book/maler.html", "book/selvvurderinger.html", "book/motiverende-samtale.html"]


def timed(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, capture_output=True, text=True)
    return round(time.perf_counter() - start, 2)


def build(src: Path) -> float:
    return timed([str(JB), "build", str(src), "-W", "-n", "--keep-going"], src)


def serve(directory: Path):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def page_bytes(browser, url: str) -> dict:
    """Bytes of every response on a cold load (a new context has an empty cache)."""
    context = browser.new_context()
    page = context.new_page()
    sizes: list[int] = []

    def finished(request):
        s = request.sizes()
        sizes.append(s["responseBodySize"] + s["responseHeadersSize"])

    page.on("requestfinished", finished)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    context.close()
    return {"requests": len(sizes), "bytes": sum(sizes)}


def widget_speed(browser, url: str) -> dict:
    """Mount + first render per instrument (marks set by static-host.js), median of RUNS loads."""
    mounts: dict[str, list[float]] = {}
    for _ in range(RUNS):
        context = browser.new_context()
        page = context.new_page()
        page.goto(url)
        page.wait_for_selector(".mvh-widget.mvh-ready")
        for name, duration in page.evaluate(
            "() => performance.getEntriesByType('measure').filter(m => m.name.startsWith('mvh-mount:'))"
            ".map(m => [m.name.slice(10), m.duration])"
        ):
            mounts.setdefault(name, []).append(duration)
        context.close()
    return {name: round(statistics.median(v), 2) for name, v in mounts.items()}


def input_to_summary(browser, url: str) -> float:
    """Time from a rating click to the updated summary (all synchronous), median of RUNS."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector('.mvh-widget[data-mvh-id="kvalitetsveileder"].mvh-ready')
    samples = page.evaluate(
        """(runs) => {
             const w = document.querySelector('.mvh-widget[data-mvh-id="kvalitetsveileder"]');
             const inputs = Array.from(w.querySelectorAll('input[type=radio]'));
             const progress = w.querySelector('.mvh-progress');
             const out = [];
             for (let i = 0; i < runs; i++) {
               const before = progress.textContent;
               performance.mark('mvh-input-start');
               inputs[(i * 5) % inputs.length].click();
               performance.mark('mvh-input-end');
               const m = performance.measure('mvh-input', 'mvh-input-start', 'mvh-input-end');
               if (progress.textContent === before && i < 58) throw new Error('summary did not update');
               out.push(m.duration);
             }
             return out;
           }""",
        RUNS,
    )
    context.close()
    return round(statistics.median(samples), 2)


def main() -> int:
    from playwright.sync_api import sync_playwright

    results: dict = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "book"
        shutil.copytree(ROOT, src, ignore=COPY_IGNORE)

        results["build_cold_s"] = build(src)  # no execution cache yet: runs every notebook
        clean = []
        for _ in range(CLEAN_BUILDS):  # as after `make clean`: _build gone, execution cache kept
            shutil.rmtree(src / "_build")
            clean.append(build(src))
        results["build_clean_s"] = {"median": statistics.median(clean), "runs": clean}
        results["build_nothing_changed_s"] = build(src)
        chapter = src / "book" / "rollen.md"
        chapter.write_text(
            chapter.read_text(encoding="utf-8") + "\nEn ekstra setning for målingen.\n", encoding="utf-8"
        )
        results["build_one_chapter_changed_s"] = build(src)

        html = src / "_build" / "html"
        zip_path = tmp / "book.zip"
        write_zip(html, zip_path)
        results["zip_bytes"] = zip_path.stat().st_size

        # The anchor: a default template book, same versions, same machine, same run.
        subprocess.run([str(JB), "create", str(tmp / "template")], check=True, capture_output=True)
        # Built the way the template is meant to be built: plain `jupyter-book build`.
        results["template_build_s"] = timed([str(JB), "build", str(tmp / "template")], tmp / "template")

        server, root = serve(html)
        anchor_server, anchor_root = serve(tmp / "template" / "_build" / "html")
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=chromium.require(), args=chromium.ARGS)
                anchor = page_bytes(browser, anchor_root + "intro.html")
                weights = {"intro": page_bytes(browser, root + "book/intro.html")}
                for path in WIDGET_PAGES:
                    weights[path] = page_bytes(browser, root + path)
                heaviest = max(WIDGET_PAGES, key=lambda pth: weights[pth]["bytes"])
                results["page_weight"] = {
                    "template_anchor": anchor,
                    "pages": weights,
                    "landing_vs_anchor": round(weights["intro"]["bytes"] / anchor["bytes"], 3),
                    "heaviest_widget_page": heaviest,
                    "heaviest_widget_page_vs_anchor": round(weights[heaviest]["bytes"] / anchor["bytes"], 3),
                }
                mounts: dict[str, float] = {}
                for path in WIDGET_PAGES:
                    mounts.update(widget_speed(browser, root + path))
                largest = max(mounts, key=mounts.get)
                results["widget_mount_ms"] = {
                    "median_per_instrument": mounts,
                    "slowest": largest,
                    "slowest_ms": mounts[largest],
                    "runs": RUNS,
                }
                results["input_to_summary_ms"] = {
                    "median": input_to_summary(browser, root + "book/kvalitet.html"),
                    "runs": RUNS,
                }
                browser.close()
        finally:
            server.shutdown()
            anchor_server.shutdown()

    text = json.dumps(results, indent=2)
    print(text)
    (ROOT / "bench" / "latest.json").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
