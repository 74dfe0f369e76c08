"""Shared by the hardening suite: a closing summary of how much was tried.

Each module adds its counts to ``helpers.TRIED``; the summary is written at the
end of the run (visible without ``-s``), and each test also prints its own line.
"""

from __future__ import annotations

from .helpers import TRIED


def pytest_terminal_summary(terminalreporter):
    if not TRIED:
        return
    terminalreporter.section("hardening suite: what was tried")
    for name in sorted(TRIED):
        terminalreporter.write_line(f"{name}: {TRIED[name]}")
