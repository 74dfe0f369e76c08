"""The shared answer-check vectors (tests/vectors/answers/*.json) against Python's check_answers.

The same files are run against the book's checkAnswers and salvageAnswers by
tests/js/answers.test.mjs, so both languages accept and refuse the same answers.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from widgets.answers import check_answers, echo, shapes

ANSWER_DIR = Path(__file__).resolve().parent / "vectors" / "answers"


def _cases() -> list[tuple[str, dict, dict]]:
    out = []
    for path in sorted(ANSWER_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            out.append((f"{path.stem}: {case['name']}", case.get("definition", data["definition"]), case))
    return out


CASES = _cases()


def test_every_kind_has_vectors() -> None:
    assert {p.stem for p in ANSWER_DIR.glob("*.json")} == set(shapes()["kinds"])


@pytest.mark.parametrize(("definition", "case"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_check_answers_matches_vector(definition: dict, case: dict) -> None:
    assert check_answers(definition, case["answers"]) == case["message_en"]


@pytest.mark.parametrize(
    ("definition", "case"),
    [c[1:] for c in CASES if "salvaged" in c[2]],
    ids=[c[0] for c in CASES if "salvaged" in c[2]],
)
def test_the_repaired_answers_pass_the_check(definition: dict, case: dict) -> None:
    assert check_answers(definition, case["salvaged"]["answers"]) == ""


def test_every_message_has_every_language() -> None:
    """Bokmål and Nynorsk for the reader (js/core/answers.js picks by the page's language), English for Python."""
    for message_id, texts in shapes()["messages"].items():
        assert set(texts) == {"no", "nn", "en"}, message_id


def test_null_fields_are_refused() -> None:
    """The old check took null for a missing field; the book's import never did."""
    nulls = [c for c in CASES if isinstance(c[2]["answers"], dict) and any(v is None for v in c[2]["answers"].values())]
    assert {c[1]["kind"] for c in nulls} == set(shapes()["kinds"])
    assert all(check_answers(d, c["answers"]) for _, d, c in nulls)


def test_echo_cleans_and_cuts_as_the_book_does() -> None:
    """The same rule as echo in js/core/answers.js (tests/js/answers.test.mjs has the same strings)."""
    hidden = "\u0000\u0007\u001b\u007f\u0085\u009f\u061c\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    assert echo(f"a{hidden}b") == "ab"
    assert echo("x" * 40) == "x" * 40
    assert echo("x" * 41) == "x" * 39 + "…"
    assert echo("😀" * 41) == "😀" * 39 + "…"
    assert echo("Æøå «sitat» – ok") == "Æøå «sitat» – ok"


def test_every_kind_refuses_unknown_fields() -> None:
    """The answer fields are a closed set in both languages (every kind has a vector for it)."""
    unknown = [c for c in CASES if c[2]["name"].startswith("an unknown field (from a newer version")]
    assert {c[1]["kind"] for c in unknown} == set(shapes()["kinds"])
    assert all("does not know" in check_answers(d, c["answers"]) for _, d, c in unknown)
