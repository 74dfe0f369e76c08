"""Write the offline copy of the built book: a zip that works from disk.

Usage: python -m widgets.offline_zip _build/html dist/metodeveilederhandboka.zip

Source maps and build leftovers are left out; they are of no use to a reader
and only make the copy larger.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

SKIP_SUFFIXES = {".map", ".doctree", ".pickle"}
SKIP_NAMES = {".buildinfo", ".doctrees"}
TOP = "metodeveilederhandboka"


def wanted(path: Path, root: Path) -> bool:
    rel = path.relative_to(root)
    return path.is_file() and path.suffix not in SKIP_SUFFIXES and not SKIP_NAMES & set(rel.parts)


def write_zip(html_dir: Path, zip_path: Path) -> int:
    html_dir, zip_path = Path(html_dir), Path(zip_path)
    if not (html_dir / "index.html").is_file():
        raise SystemExit(f"{html_dir} has no index.html: build the book first (make book)")
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    files = sorted(p for p in html_dir.rglob("*") if wanted(p, html_dir))
    with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for p in files:
            zf.write(p, f"{TOP}/{p.relative_to(html_dir).as_posix()}")
    return len(files)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    n = write_zip(Path(argv[0]), Path(argv[1]))
    print(f"wrote {argv[1]} ({n} files, {Path(argv[1]).stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
