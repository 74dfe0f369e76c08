"""The offline copy (zip) and the course PDF, one click away from the landing page and the course chapter."""

from __future__ import annotations

from pathlib import Path

# Files that, when changed, rebuild every page (see sphinx_ext._assets_version).
SOURCES: tuple[Path, ...] = ()


def setup(app) -> None:
    """Not yet built."""
