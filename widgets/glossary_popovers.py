"""Glossary terms that explain themselves in place: a short definition on hover, focus and tap."""

from __future__ import annotations

from pathlib import Path

# Files that, when changed, rebuild every page (see sphinx_ext._assets_version).
SOURCES: tuple[Path, ...] = ()


def setup(app) -> None:
    """Not yet built."""
