"""One copy of what several test modules need: the file formats, the kvalitetsveileder's
shape, how the UI writes a mean, localStorage snapshots, and writers for export and
workbook files."""

from __future__ import annotations

import json
import uuid
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from widgets.answers import EXPORT_FORMAT
from widgets.definitions import INSTRUMENT_DIR, load

__all__ = [
    "EXPORT_FORMAT", "WORKBOOK_FORMAT", "PREFIX", "THEME_SIZES", "ITEM_IDS", "fmt", "key", "raw_storage",
    "book_storage", "get_item", "set_item", "seed_first_document", "seed_once", "export_file", "workbook_bytes", "workbook_entry",
]  # fmt: skip

WORKBOOK_FORMAT = "metodeveilederhandboka-arbeidsbok"  # WORKBOOK_FORMAT in js/core/exchange.js
PREFIX = "metodeveilederhandboka:"  # every localStorage key the book writes starts with it

# The kvalitetsveileder: goals per theme, and so its 58 item ids in order.
THEME_SIZES = [4, 5, 5, 4, 5, 6, 4, 4, 4, 3, 4, 5, 5]
ITEM_IDS = [f"{t}.{i}" for t, n in enumerate(THEME_SIZES, start=1) for i in range(1, n + 1)]


def fmt(mean) -> str:
    """A mean as the UI shows it: two decimals, decimal comma, "–" for none.
    (JS toFixed rounds a tie up, as ROUND_HALF_UP on the exact binary value.)"""
    if mean is None:
        return "–"
    return str(Decimal(mean).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)).replace(".", ",")


def _meta(instrument_id: str) -> tuple[int, str]:
    """(version, title) of a bundled instrument; (1, "Tittel") for an id that is not one (files that must be refused)."""
    if not (INSTRUMENT_DIR / f"{instrument_id}.yaml").is_file():
        return 1, "Tittel"
    d = load(instrument_id)
    return d["version"], d["title"]


def key(instrument_id: str, version: int | None = None) -> str:
    return f"{PREFIX}{instrument_id}:v{_meta(instrument_id)[0] if version is None else version}"


# ------------------------------------------------------------ localStorage (Playwright pages)


def raw_storage(page) -> dict[str, str]:
    """Every key in localStorage, as the raw strings stored (the theme keeps its light/dark choice there too)."""
    return page.evaluate("() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)]))")


def book_storage(page) -> dict[str, str]:
    return {k: v for k, v in raw_storage(page).items() if k.startswith(PREFIX)}


def get_item(page, k: str):
    return page.evaluate("(k) => localStorage.getItem(k)", k)


def set_item(page, k: str, v: str) -> None:
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [k, v])


# Puts each [key, value] in localStorage; about:blank has no storage.
SEED = """(entries) => {
  try { for (const [k, v] of entries) localStorage.setItem(k, v); } catch (e) { /* about:blank */ }
}"""


def seed_first_document(page, entries: list[list[str]]) -> None:
    """Put each [key, value] in localStorage before the page's scripts run, in the next document the tab
    opens (page.goto) and in no later one: a reload or a second page keeps what the page wrote.

    Playwright removes the init script once that goto returns. A flag in sessionStorage did the same
    job badly: from file://, Chromium now and then handed the reloaded document a session storage
    without the flag, the seed ran again, and the test saw its old record where the reader's save or
    reset should be (2 reloads in 60 under load; none in 100 this way).
    """
    script = page.add_init_script(f"({SEED})({json.dumps(entries)})")
    goto = page.goto

    def goto_then_forget(*args, **kwargs):
        page.goto = goto
        try:
            return goto(*args, **kwargs)
        finally:
            script.close()

    page.goto = goto_then_forget


def seed_once(page, storage_key: str, raw: str) -> None:
    """Put `raw` under `storage_key` before the page's scripts run, in the first document only."""
    seed_first_document(page, [[storage_key, raw]])


# ------------------------------------------------------------ files a reader exports


def export_file(path: Path, instrument_id: str, answers, response: str | None = "auto", **extra) -> Path:
    """An answer file as the book exports it. response: "auto" a new id, None no field at all, else that id."""
    version, title = _meta(instrument_id)
    data = {"format": EXPORT_FORMAT, "instrument": instrument_id, "version": version, "title": title,
            "exported": "2025-03-01T09:00:00.000Z", "answers": answers}  # fmt: skip
    if response is not None:
        data["response"] = uuid.uuid4().hex if response == "auto" else response
    data.update(extra)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def workbook_entry(instrument_id: str, answers, response: str = "a1b2c3") -> dict:
    version, title = _meta(instrument_id)
    return {"instrument": instrument_id, "version": version, "title": title, "response": response, "answers": answers}


def workbook_bytes(entries: list[dict]) -> bytes:
    data = {"format": WORKBOOK_FORMAT, "exported": "2025-01-01T10:00:00.000Z", "instruments": entries}
    return json.dumps(data, ensure_ascii=False).encode("utf-8")
