"""Citations and the reference list in Norwegian (og, mfl., redaktører, masteroppgave)."""

from __future__ import annotations

from pathlib import Path

# Files that, when changed, rebuild every page (see sphinx_ext._assets_version).
SOURCES: tuple[Path, ...] = ()


def setup(app) -> None:
    """Not yet built."""
