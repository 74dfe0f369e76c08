"""Helpers for the hardening suite: storage snapshots, downloads, imports, and
one small adapter per instrument kind (a valid answer, how it shows, a second
answer made through the UI), so every bundled instrument can be put through
the same checks."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.browser.pages import open_page, wait_ready, widget
from tests.helpers import (  # noqa: F401 (shared by the hardening modules through this one)
    EXPORT_FORMAT,
    PREFIX,
    WORKBOOK_FORMAT,
    book_storage,
    export_file,
    get_item,
    key,
    raw_storage,
    seed_first_document,
    seed_once,
    set_item,
    workbook_bytes,
    workbook_entry,
)
from widgets.definitions import instrument_ids, load

ROOT = Path(__file__).resolve().parents[2]
BOOK_HTML = ROOT / "_build" / "html" / "book"

#: name -> what was tried; written out at the end of the run (see conftest.py).
TRIED: dict[str, str] = {}


def note(name: str, text: str) -> None:
    """Record (and print, for -s) how much one check tried."""
    TRIED[name] = text
    print(f"[{name}] {text}")


def page_for(instrument_id: str) -> str:
    """A built page that holds the instrument, found in the HTML itself (first by name)."""
    hits = sorted(
        p.name for p in BOOK_HTML.glob("*.html") if f'data-mvh-id="{instrument_id}"' in p.read_text(encoding="utf-8")
    )
    assert hits, f"no built page holds {instrument_id}"
    return f"book/{hits[0]}"


def stored_answers(page, instrument_id: str):
    raw = get_item(page, key(instrument_id))
    return json.loads(raw)["answers"] if raw is not None else None


def download(page, locator, tmp_path: Path) -> Path:
    with page.expect_download() as info:
        locator.click()
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    return path


def export_json(page, w, tmp_path: Path) -> dict:
    return json.loads(
        download(page, w.locator('button[data-action="export-json"]'), tmp_path).read_text(encoding="utf-8")
    )


def choose_files(page, button, paths) -> None:
    with page.expect_file_chooser() as chooser:
        button.click()
    chooser.value.set_files([str(p) for p in paths] if isinstance(paths, (list, tuple)) else str(paths))


def wait_text(page, locator) -> str:
    """Wait until an element (a message or an alert) has text, and return it."""
    page.wait_for_function("el => el.textContent.length > 0", arg=locator.element_handle())
    return locator.inner_text()


ANSI = re.compile(r"\x1b\[[0-9;]*m")


# ----------------------------------------------------------------- per kind


class Kind:
    """What to seed, what must show, and a second answer made in the UI, for one instrument."""

    def __init__(self, instrument_id: str):
        self.id = instrument_id
        self.d = load(instrument_id)
        self.kind = self.d["kind"]

    # A valid answer to the first item, as stored.
    def valid(self) -> dict:
        d = self.d
        if self.kind == "rating":
            return {
                "ratings": {self.items()[0]: d["scale"][0]["id"]},
                "notes": {self.items()[0]: "Et notat som skal bli"},
            }
        if self.kind == "reflection":
            return {"responses": {d["prompts"][0]["id"]: "Et svar som skal bli"}}
        if self.kind == "likert":
            return {"ratings": {self.items()[0]: d["scale"]["max"]}}
        if self.kind == "evaluation":
            return {
                "ratings": {self.items()[0]: d["scale"]["max"]},
                "responses": {d["questions"][0]["id"]: "Et svar som skal bli"},
            }
        if self.kind == "quiz":
            q = d["questions"][0]
            if q["type"] == "single":
                return {"responses": {q["id"]: q["options"][0]["id"]}}
            return {"responses": {q["id"]: {q["statements"][0]["id"]: q["categories"][0]["id"]}}}
        if self.kind == "scenario":
            start = self.nodes()[d["start"]]
            return {"path": [d["start"], start["choices"][0]["next"]]}
        f = self.text_fields()[0]
        return {"fields": {f["id"]: "En tekst som skal bli"}}

    def items(self) -> list[str]:
        d = self.d
        if self.kind == "rating":
            return [i["id"] for p in d["parts"] for t in p["themes"] for i in t["items"]]
        if self.kind == "evaluation":
            return [st["id"] for st in d["statements"]]
        return [i["id"] for dim in d["dimensions"] for i in dim["items"]]

    def nodes(self) -> dict:
        return {n["id"]: n for n in self.d["nodes"]}

    def text_fields(self) -> list[dict]:
        return [f for s in self.d["sections"] for f in s["fields"] if f["type"] in ("text", "longtext")]

    # Valid parts plus parts of the wrong type; returns (answers, how many parts are wrong).
    def wrong_types(self) -> tuple[dict, int]:
        a = json.loads(json.dumps(self.valid()))
        if self.kind == "rating":
            a["ratings"][self.items()[1]] = 3
            a["notes"][self.items()[2]] = ["ikke", "tekst"]
            a["plan"] = "ikke en liste"
            return a, 3
        if self.kind == "reflection":
            a["responses"][self.d["prompts"][1]["id"]] = 42
            a["ekstra"] = True
            return a, 2
        if self.kind in ("likert", "evaluation"):
            a["ratings"][self.items()[1]] = "fire"
            a["ratings"][self.items()[2]] = None
            return a, 2
        if self.kind == "quiz":
            a["responses"]["q-tall"] = 7
            a["responses"]["q-liste"] = ["a", "b"]
            return a, 2
        if self.kind == "scenario":
            a["path"] += [7, None]
            return a, 2
        other = self.text_fields()[1]["id"]
        a["fields"][other] = 5
        a["fields"]["f-tall"] = [1, 2]
        return a, 2

    # Valid answers plus an answer to an item that does not exist (any more).
    def with_unknown(self) -> dict:
        a = json.loads(json.dumps(self.valid()))
        if self.kind in ("rating", "likert", "evaluation"):
            a["ratings"]["99.9"] = self.d["scale"][-1]["id"] if self.kind == "rating" else self.d["scale"]["min"]
        elif self.kind in ("reflection", "quiz"):
            a["responses"]["99.9"] = "Svar på et spørsmål som er fjernet"
        elif self.kind == "scenario":
            a["path"].append("99.9")
        else:
            a["fields"]["99.9"] = "Et felt som er fjernet"
        return a

    def assert_valid_shown(self, w) -> None:
        """The valid answer from valid() shows in the widget."""
        d = self.d
        if self.kind == "rating":
            item = self.items()[0]
            assert w.locator(f'li.mvh-item[data-item="{item}"] input[value="{d["scale"][0]["id"]}"]').is_checked()
            assert w.locator(f'textarea[data-note="{item}"]').input_value() == "Et notat som skal bli"
        elif self.kind == "reflection":
            assert w.locator(f'textarea[data-prompt="{d["prompts"][0]["id"]}"]').input_value() == "Et svar som skal bli"
        elif self.kind in ("likert", "evaluation"):
            assert w.locator(
                f'li.mvh-item[data-item="{self.items()[0]}"] input[value="{d["scale"]["max"]}"]'
            ).is_checked()
            if self.kind == "evaluation":
                written = w.locator(f'textarea[data-prompt="{d["questions"][0]["id"]}"]').input_value()
                assert written == "Et svar som skal bli"
        elif self.kind == "quiz":
            q = d["questions"][0]
            sec = w.locator(f'section[data-question="{q["id"]}"]')
            if q["type"] == "single":
                assert sec.locator(f'input[value="{q["options"][0]["id"]}"]').is_checked()
            else:
                assert (
                    sec.locator(f'select[data-statement="{q["statements"][0]["id"]}"]').input_value()
                    == q["categories"][0]["id"]
                )
        elif self.kind == "scenario":
            # The first choice is listed in the history.
            first = self.nodes()[d["start"]]["choices"][0]["text"]
            history = w.locator(".mvh-history li")
            assert history.count() >= 1 and not w.locator(".mvh-history").is_hidden()
            assert " ".join(first.split()) in " ".join(history.first.inner_text().split())
        else:
            assert w.locator(f'[data-field="{self.text_fields()[0]["id"]}"]').input_value() == "En tekst som skal bli"

    def answer_another(self, w) -> None:
        """Answer a second item in the UI, so the widget saves."""
        d = self.d
        if self.kind == "rating":
            w.locator(f'li.mvh-item[data-item="{self.items()[1]}"] label.mvh-v-{d["scale"][1]["id"]}').click()
        elif self.kind == "reflection":
            w.locator(f'textarea[data-prompt="{d["prompts"][1]["id"]}"]').fill("Et nytt svar")
        elif self.kind in ("likert", "evaluation"):
            w.locator(f'li.mvh-item[data-item="{self.items()[-1]}"] label.mvh-choice').nth(1).click()
        elif self.kind == "quiz":
            qs = d["questions"]
            if len(qs) > 1:
                q = qs[1]
                w.locator(f'section[data-question="{q["id"]}"] label[data-option="{q["options"][0]["id"]}"]').click()
            else:
                q = qs[0]
                w.locator(
                    f'section[data-question="{q["id"]}"] select[data-statement="{q["statements"][1]["id"]}"]'
                ).select_option(q["categories"][1]["id"])
        elif self.kind == "scenario":
            w.locator(".mvh-stage button.mvh-choice-btn").first.click()
        else:
            w.locator(f'[data-field="{self.text_fields()[1]["id"]}"]').fill("En ny tekst")

    def has_unknown(self, answers) -> bool:
        """The answer to the item that no longer exists is still there."""
        if self.kind in ("rating", "likert", "evaluation"):
            return "99.9" in answers.get("ratings", {})
        if self.kind in ("reflection", "quiz"):
            return answers.get("responses", {}).get("99.9") == "Svar på et spørsmål som er fjernet"
        if self.kind == "scenario":
            return "99.9" in answers.get("path", [])
        return answers.get("fields", {}).get("99.9") == "Et felt som er fjernet"


def open_instrument(page, site: str, instrument_id: str):
    open_page(page, site, page_for(instrument_id))
    return wait_ready(page, instrument_id)


__all__ = [
    "ANSI",
    "BOOK_HTML",
    "EXPORT_FORMAT",
    "Kind",
    "PREFIX",
    "ROOT",
    "TRIED",
    "WORKBOOK_FORMAT",
    "book_storage",
    "choose_files",
    "download",
    "export_file",
    "export_json",
    "get_item",
    "instrument_ids",
    "key",
    "note",
    "open_instrument",
    "open_page",
    "page_for",
    "raw_storage",
    "set_item",
    "stored_answers",
    "wait_ready",
    "wait_text",
    "widget",
    "workbook_bytes",
    "workbook_entry",
]
