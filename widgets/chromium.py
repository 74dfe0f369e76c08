"""Where the system Chromium is, and how to start it here.

Used by the browser tests, the benchmark and the course PDF, so all three
drive the same browser the same way.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

INSTALL_HELP = (
    "No Chromium found. Install Debian's browser with `apt-get install -y chromium` "
    "(CI does this in .ci/run), or point MVH_CHROMIUM at a Chromium binary."
)

# As root in a sandbox, on a machine whose network is closed: keep Chromium
# from phoning home, so the only requests are the book's own.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def find() -> str | None:
    """$MVH_CHROMIUM, then chromium or chromium-browser on PATH; None if there is none."""
    for candidate in (os.environ.get("MVH_CHROMIUM"), shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def require() -> str:
    """The Chromium to use, or SystemExit with how to install one (the course PDF, the benchmark)."""
    path = find()
    if path is None:
        raise SystemExit(INSTALL_HELP)
    return path
