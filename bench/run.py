"""Benchmark: build times, page weight against a template anchor, widget speed, zip size, and what a
reader on a slow phone waits for.

Prints JSON and writes bench/latest.json. Not a test: it measures this
machine and passes or fails nothing. The anchor for page weight and paint times is a default
`jupyter-book create` book built with the same pinned versions in the same run.

The slow phone: headless Chromium over http with the network throttled to Lighthouse's "slow 4G"
(150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and the CPU slowed 4x, each load cold (a new
context). First contentful paint and largest contentful paint (PerformanceObserver), and for a widget
page the time from navigation until the widget answers its first click (the first control clicked as
soon as the widget is ready, and the next frame painted). Medians of THROTTLED_RUNS loads.

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
THROTTLED_RUNS = 5
SEARCH_QUERY = "search.html?q=veiledning"  # a word on nearly every page
# Lighthouse's mobile "slow 4G" (its default mobile throttling), in the units CDP takes.
SLOW_4G = {
    "offline": False,
    "latency": 150,
    "downloadThroughput": 1.6 * 1024 * 1024 / 8,
    "uploadThroughput": 750 * 1024 / 8,
}
CPU_SLOWDOWN = 4
# Paint timings of the page, once it has settled (LCP is final once the page has loaded and a moment passed).
PAINTS = """() => new Promise((resolve) => {
  const out = { fcp: null, lcp: null };
  const fcp = performance.getEntriesByName("first-contentful-paint")[0];
  if (fcp) out.fcp = fcp.startTime;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) out.lcp = e.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
  setTimeout(() => resolve(out), 300);
})"""
# From navigation start: the first widget ready, its first control clicked, the next frame painted.
FIRST_ANSWER = """() => new Promise((resolve) => {
  setTimeout(() => resolve(null), 120000);
  const tick = () => {
    const w = document.querySelector(".mvh-widget[data-mvh-id].mvh-ready");
    const control = w && w.querySelector("input[type=radio], input[type=checkbox], button, summary");
    if (!control) return setTimeout(tick, 5);
    control.click();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
  };
  tick();
})"""


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


def _slow_page(browser):
    """A cold phone-sized page on the slow profile."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", SLOW_4G)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    return context, page


def throttled(browser, url: str, widget: bool) -> dict:
    """FCP, LCP and (on a widget page) the first answer, in ms, on the slow phone; medians."""
    runs: dict[str, list[float]] = {"fcp_ms": [], "lcp_ms": [], "first_answer_ms": []}
    for _ in range(THROTTLED_RUNS):
        context, page = _slow_page(browser)
        page.goto(url)
        paints = page.evaluate(PAINTS)
        runs["fcp_ms"].append(paints["fcp"])
        runs["lcp_ms"].append(paints["lcp"])
        context.close()
        if widget:
            # Its own load: the click adds content, which would count as a later (larger) paint.
            context, page = _slow_page(browser)
            page.goto(url, wait_until="commit")
            answer = page.evaluate(FIRST_ANSWER)
            if answer is None:
                raise RuntimeError(f"{url}: no widget answered a click within 2 minutes")
            runs["first_answer_ms"].append(answer)
            context.close()
    return {k: round(statistics.median(v)) for k, v in runs.items() if v}


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


def summary(results: dict) -> str:
    """The figures the README table shows, with the template's beside them."""
    w, slow = results["page_weight"], results["slow_phone"]
    lines = [f"cold load, bytes (template page: {w['template_anchor']['bytes']:,})"]
    for name in ("landing", "heaviest_chapter", "heaviest_widget_page", "kvalitetsveileder", "heaviest_page_of_all"):
        lines.append(f"  {name:22} {w[name]['page']:32} {w[name]['bytes']:>10,}  {w[name]['vs_anchor']:.3f}x")
    lines.append(f"  pages over 0.20x: {w['pages_over_0.20'] or 'none'}")
    q = w["search_with_query"]
    lines.append(f"  {'search, with a query':22} {q['page']:32} {q['bytes']:>10,}  {q['vs_anchor']:.3f}x")
    lines.append(f"offline zip: {results['zip_bytes']:,} bytes")
    t = slow["template_anchor"]
    lines.append("slow 4G, CPU 4x, median ms      FCP (template)     LCP (template)   first answer")
    for name in ("landing", "heaviest_chapter", "kvalitetsveileder", "heaviest_widget_page"):
        r = slow[name]
        answer = r.get("first_answer_ms", "-")
        lines.append(
            f"  {name:22} {r['fcp_ms']:>6} ({t['fcp_ms']:>5}) {r['fcp_vs_anchor']:.2f}x"
            f"  {r['lcp_ms']:>6} ({t['lcp_ms']:>5}) {r['lcp_vs_anchor']:.2f}x  {answer:>6}"
        )
    return "\n".join(lines)


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
                # Every page of the book, cold: the heaviest chapter (no widget) and widget page are named.
                pages = sorted(
                    p.relative_to(html).as_posix()
                    for p in html.rglob("*.html")
                    if "_static" not in p.relative_to(html).parts and p.name != "index.html"
                )
                weights = {path: page_bytes(browser, root + path) for path in pages}
                has_widget = {path: 'class="mvh-widget' in (html / path).read_text(encoding="utf-8") for path in pages}
                chapters = [p for p in pages if p.startswith("book/") and not has_widget[p]]
                # Pages with an exercise on them (the whole-book views, workbook and team view, have none of
                # their own; they count in heaviest_page_of_all).
                widgets = [
                    p for p in pages if 'class="mvh-widget" data-mvh-id=' in (html / p).read_text(encoding="utf-8")
                ]
                heaviest_chapter = max(chapters, key=lambda pth: weights[pth]["bytes"])
                heaviest = max(widgets, key=lambda pth: weights[pth]["bytes"])
                heaviest_page = max(pages, key=lambda pth: weights[pth]["bytes"])

                def ratio(path: str) -> float:
                    return round(weights[path]["bytes"] / anchor["bytes"], 3)

                results["page_weight"] = {
                    "template_anchor": anchor,
                    "landing": {
                        "page": "book/intro.html",
                        **weights["book/intro.html"],
                        "vs_anchor": ratio("book/intro.html"),
                    },
                    "heaviest_chapter": {
                        "page": heaviest_chapter,
                        **weights[heaviest_chapter],
                        "vs_anchor": ratio(heaviest_chapter),
                    },
                    "heaviest_widget_page": {"page": heaviest, **weights[heaviest], "vs_anchor": ratio(heaviest)},
                    "kvalitetsveileder": {
                        "page": "book/kvalitet.html",
                        **weights["book/kvalitet.html"],
                        "vs_anchor": ratio("book/kvalitet.html"),
                    },
                    "heaviest_page_of_all": {
                        "page": heaviest_page,
                        **weights[heaviest_page],
                        "vs_anchor": ratio(heaviest_page),
                    },
                    "pages_over_0.20": sorted(p for p in pages if ratio(p) > 0.20),
                    # A reader reaches the search page with a query: what that load costs, beside the bare page.
                    "search_with_query": {
                        "page": SEARCH_QUERY,
                        **(q := page_bytes(browser, root + SEARCH_QUERY)),
                        "vs_anchor": round(q["bytes"] / anchor["bytes"], 3),
                    },
                    "all_pages_bytes": {p: w["bytes"] for p, w in weights.items()},
                }
                slow = {"template_anchor": throttled(browser, anchor_root + "intro.html", widget=False)}
                for name, path, widget in (
                    ("landing", "book/intro.html", False),
                    ("heaviest_chapter", heaviest_chapter, False),
                    ("kvalitetsveileder", "book/kvalitet.html", True),
                    ("heaviest_widget_page", heaviest, True),
                ):
                    slow[name] = {"page": path, **throttled(browser, root + path, widget)}
                    for key in ("fcp_ms", "lcp_ms"):
                        slow[name][key.replace("_ms", "_vs_anchor")] = round(
                            slow[name][key] / slow["template_anchor"][key], 3
                        )
                results["slow_phone"] = {
                    "profile": {"network": SLOW_4G, "cpu_slowdown": CPU_SLOWDOWN, "runs": THROTTLED_RUNS},
                    **slow,
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
    print(summary(results))
    (ROOT / "bench" / "latest.json").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
