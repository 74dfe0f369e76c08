"""Merge pending glossary entries into book/ordliste.md, keeping one sorted glossary.

Writers working in parallel put new terms in .pending/terms-*.txt (MyST glossary
syntax: the term on its own line, the definition indented two spaces, a blank
line between entries). This moves them into the glossary, sorted
alphabetically (Norwegian order: æ, ø, å last), and fails on duplicate terms.

Usage: python tools/merge_glossary.py [BOOK_ROOT]   (default: this repository)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ORDER = "abcdefghijklmnopqrstuvwxyzæøå"


def sort_key(term: str) -> list:
    return [ORDER.index(c) if c in ORDER else ord(c) + 100 for c in term.lower()]


def parse(block: str) -> dict[str, str]:
    entries, term, lines = {}, None, []
    for line in block.splitlines():
        if line and not line.startswith(" "):
            if term:
                entries[term] = "\n".join(lines).rstrip()
            term, lines = line.strip(), []
        elif term is not None:
            lines.append(line)
    if term:
        entries[term] = "\n".join(lines).rstrip()
    return entries


def main(root: Path) -> int:
    page = root / "book" / "ordliste.md"
    text = page.read_text(encoding="utf-8")
    m = re.search(r"```\{glossary\}\n(?::sorted:\n)?(.*?)\n```", text, re.S)
    if not m:
        print("no glossary block in book/ordliste.md", file=sys.stderr)
        return 1
    entries = parse(m.group(1))
    pending = sorted((root / ".pending").glob("terms-*.txt"))
    for f in pending:
        for term, body in parse(f.read_text(encoding="utf-8")).items():
            if term in entries:
                print(f"{f.name}: '{term}' is already in the glossary", file=sys.stderr)
                return 1
            entries[term] = body
    body = "\n\n".join(f"{t}\n{entries[t]}" for t in sorted(entries, key=sort_key))
    page.write_text(text[: m.start()] + "```{glossary}\n" + body + "\n```" + text[m.end() :], encoding="utf-8")
    print(f"{len(entries)} glossary terms ({len(pending)} pending files merged)")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent))
