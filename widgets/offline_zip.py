"""Write the offline copy of the built book: a zip that works from disk.

Usage: python -m widgets.offline_zip _build/html dist/metodeveilederhandboka.zip

The Sphinx build writes the same zip at the root of its output when it finishes
(`publish`, from widgets/downloads.py), where the book's download link points; the
command writes it to dist/ as well and refreshes that copy.

Source maps, build leftovers and the theme files the purged pages no longer
load (css_purge.superseded: the original stylesheets, the full icon fonts,
Bootstrap's script) are left out; they are of no use to a reader and only make
the copy larger. The published zip is left out of itself. In the
zip's pages the link to the zip (which a reader who unzipped it no longer has)
says instead that this is the offline copy.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

from .css_purge import superseded

SKIP_SUFFIXES = {".map", ".doctree", ".pickle"}
SKIP_NAMES = {".buildinfo", ".doctrees"}
TOP = "metodeveilederhandboka"
ZIP_NAME = f"{TOP}.zip"
# The paragraph that links the zip (widgets/downloads.py writes it; offline_page replaces it).
ZIP_LINK_CLASS = "mvh-download mvh-download-zip"
OFFLINE_CLASS = "mvh-download mvh-offline-copy"
OFFLINE_NOTE = (
    f'<p class="{OFFLINE_CLASS}">Dette er kopien av boka for bruk uten nett, og den virker fra disken.'
    f" Vil du gi den videre, deler du zip-filen du pakket ut ({ZIP_NAME}).</p>"
)
_ZIP_LINK = re.compile(r'<p class="' + re.escape(ZIP_LINK_CLASS) + r'">.*?</p>', re.S)


def wanted(path: Path, root: Path, unused: set[Path] = frozenset()) -> bool:
    rel = path.relative_to(root)
    if rel.as_posix() == ZIP_NAME or path in unused:
        return False
    return path.is_file() and path.suffix not in SKIP_SUFFIXES and not SKIP_NAMES & set(rel.parts)


def offline_page(text: str) -> str:
    """A page as the zip holds it: the download link to the zip becomes the offline-copy note."""
    return _ZIP_LINK.sub(OFFLINE_NOTE, text)


def write_zip(html_dir: Path, zip_path: Path) -> int:
    html_dir, zip_path = Path(html_dir), Path(zip_path)
    if not (html_dir / "index.html").is_file():
        raise SystemExit(f"{html_dir} has no index.html: build the book first (make book)")
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    unused = superseded(html_dir)
    files = sorted(p for p in html_dir.rglob("*") if wanted(p, html_dir, unused))
    with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for p in files:
            name = f"{TOP}/{p.relative_to(html_dir).as_posix()}"
            if p.suffix == ".html":
                zf.writestr(name, offline_page(p.read_text(encoding="utf-8")))
            else:
                zf.write(p, name)
    return len(files)


def publish(html_dir: Path) -> Path:
    """Write the zip at the root of the built book, where its download link points.

    Written next to the folder (outside what it zips) and then moved into place, so a server never
    hands out half a zip.
    """
    html_dir = Path(html_dir)
    target = html_dir / ZIP_NAME
    with tempfile.NamedTemporaryFile(dir=html_dir.parent, prefix=".mvh-zip-", suffix=".tmp", delete=False) as tmp:
        part = Path(tmp.name)
    try:
        write_zip(html_dir, part)
        part.chmod(0o644)  # mkstemp's 0600 would keep a web server running as another user from serving it
        part.replace(target)
    finally:
        part.unlink(missing_ok=True)
    return target


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    html_dir, dist = Path(argv[0]), Path(argv[1])
    n = write_zip(html_dir, dist)
    # The published copy is the same zip (the build wrote it; this keeps the two equal).
    shutil.copyfile(dist, html_dir / ZIP_NAME)
    print(f"wrote {dist} and {html_dir / ZIP_NAME} ({n} files, {dist.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
