"""The shared answer-check vectors (tests/vectors/answers/*.json) against Python's check_answers.

The same files are run against the book's checkAnswers and salvageAnswers by
tests/js/answers.test.mjs, so both languages accept and refuse the same answers.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from widgets.answers import check_answers, shapes

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


def test_every_message_has_both_languages() -> None:
    for message_id, texts in shapes()["messages"].items():
        assert set(texts) == {"no", "en"}, message_id


def test_null_fields_are_refused() -> None:
    """The old check took null for a missing field; the book's import never did."""
    nulls = [c for c in CASES if isinstance(c[2]["answers"], dict) and any(v is None for v in c[2]["answers"].values())]
    assert {c[1]["kind"] for c in nulls} == set(shapes()["kinds"])
    assert all(check_answers(d, c["answers"]) for _, d, c in nulls)
