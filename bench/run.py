"""Benchmark: build times, page weight, widget mount time and zip size.

Prints JSON and writes bench/latest.json. Not a test: numbers are measured on
whatever machine runs it, and nothing here passes or fails on a threshold.

Usage: python bench/run.py   (or `make bench`)
"""
from __future__ import annotations

import functools
import http.server
import json
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
from tests.conftest import find_chromium  # noqa: E402
from widgets.offline_zip import write_zip  # noqa: E402

COPY_IGNORE = shutil.ignore_patterns(".venv", "_build", "dist", ".jupyter_cache", ".git", "__pycache__",
                                     ".pytest_cache", "*.egg-info")
MOUNT_RUNS = 20


def build(src: Path) -> float:
    jb = Path(sys.executable).with_name("jupyter-book")
    start = time.perf_counter()
    subprocess.run([str(jb), "build", str(src), "-W", "-n", "--keep-going"], cwd=src, check=True,
                   capture_output=True, text=True)
    return round(time.perf_counter() - start, 2)


def serve(directory: Path):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def page_bytes(browser, url: str) -> dict:
    """Bytes of every response on a cold load (new context: empty cache)."""
    context = browser.new_context()
    page = context.new_page()
    sizes = []
    page.on("requestfinished", lambda r: sizes.append(r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"]))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    context.close()
    return {"requests": len(sizes), "bytes": sum(sizes)}


def mount_ms(browser, url: str, instrument: str) -> dict:
    samples = []
    for _ in range(MOUNT_RUNS):
        context = browser.new_context()
        page = context.new_page()
        page.goto(url)
        page.wait_for_selector(f'.mvh-widget[data-mvh-id="{instrument}"].mvh-ready')
        samples.append(page.evaluate(
            "(n) => performance.getEntriesByName(n)[0].duration", f"mvh-mount:{instrument}"))
        context.close()
    return {"median_ms": round(statistics.median(samples), 2), "max_ms": round(max(samples), 2), "runs": MOUNT_RUNS}


def main() -> int:
    from playwright.sync_api import sync_playwright

    results: dict = {"machine": {"cpus": __import__("os").cpu_count(), "python": sys.version.split()[0]}}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "book"
        shutil.copytree(ROOT, src, ignore=COPY_IGNORE)
        results["build_clean_s"] = build(src)
        results["build_nothing_changed_s"] = build(src)
        chapter = src / "book" / "intro.md"
        chapter.write_text(chapter.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        results["build_one_chapter_changed_s"] = build(src)
        html = src / "_build" / "html"
        zip_path = Path(tmp) / "book.zip"
        write_zip(html, zip_path)
        results["zip_bytes"] = zip_path.stat().st_size

        server, root = serve(html)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=find_chromium(), args=[
                    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
                results["page_weight"] = {
                    "intro": page_bytes(browser, root + "book/intro.html"),
                    "kvalitet": page_bytes(browser, root + "book/kvalitet.html"),
                }
                results["widget_mount"] = {"kvalitetsveileder": mount_ms(browser, root + "book/kvalitet.html",
                                                                         "kvalitetsveileder")}
                browser.close()
        finally:
            server.shutdown()

    text = json.dumps(results, indent=2)
    print(text)
    (ROOT / "bench" / "latest.json").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
