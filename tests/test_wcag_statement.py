"""The accessibility statement (book/tilgjengelighet.md) says what the WCAG evaluation (docs/wcag-2.1-evaluering.md)
found: the same date, the same status and the same criteria not met."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVALUATION = ROOT / "docs" / "wcag-2.1-evaluering.md"
STATEMENT = ROOT / "book" / "tilgjengelighet.md"
STATUSES = {"oppfylt", "ikke oppfylt", "ikke relevant"}


def evaluation(text: str) -> dict:
    rows = re.findall(r"^\| (\d\.\d\.\d+) \| ([^|]+) \| (A|AA) \| ([^|]+) \|", text, re.M)
    date = re.search(r"^Evaluation date: (\d{4}-\d{2}-\d{2})$", text, re.M)
    return {
        "rows": [(n, name.strip(), level, status.strip()) for n, name, level, status in rows],
        "date": date and date[1],
    }


def statement(text: str) -> dict:
    section = text.split("## Innhold som ikke er tilgjengelig", 1)[1].split("\n## ", 1)[0]
    date = re.search(r"^Sist vurdert: (\d{4}-\d{2}-\d{2})$", text, re.M)
    status = re.search(r"^Status: (.+)$", text, re.M)
    return {
        "deviations": sorted(re.findall(r"^- \*\*(\d\.\d\.\d+) ", section, re.M)),
        "date": date and date[1],
        "status": status and status[1].strip(),
    }


def disagreements(ev_text: str, st_text: str) -> list[str]:
    ev, st = evaluation(ev_text), statement(st_text)
    out = []
    not_met = sorted(n for n, _, _, s in ev["rows"] if s == "ikke oppfylt")
    if st["deviations"] != not_met:
        out.append(f"deviations: statement {st['deviations']}, evaluation {not_met}")
    if st["date"] != ev["date"] or ev["date"] is None:
        out.append(f"date: statement {st['date']}, evaluation {ev['date']}")
    expected = "delvis i samsvar" if not_met else "i samsvar"
    if st["status"] != expected:
        out.append(f"status: statement {st['status']!r}, expected {expected!r}")
    return out


def test_the_evaluation_lists_all_50_criteria_of_levels_a_and_aa_once():
    rows = evaluation(EVALUATION.read_text(encoding="utf-8"))["rows"]
    numbers = [n for n, *_ in rows]
    assert len(numbers) == 50 and len(set(numbers)) == 50
    assert sum(level == "A" for _, _, level, _ in rows) == 30
    assert {s for *_, s in rows} <= STATUSES
    for must in ("1.1.1", "1.4.10", "1.4.13", "2.1.4", "2.5.4", "4.1.3"):
        assert must in numbers


def test_the_statement_agrees_with_the_evaluation():
    assert disagreements(EVALUATION.read_text(encoding="utf-8"), STATEMENT.read_text(encoding="utf-8")) == []


def test_a_disagreement_is_caught():
    ev = EVALUATION.read_text(encoding="utf-8")
    st = STATEMENT.read_text(encoding="utf-8")
    one_more = re.sub(r"^(\| 1\.4\.5 \| [^|]+ \| AA \| )oppfylt", r"\1ikke oppfylt", ev, flags=re.M)
    assert any(d.startswith("deviations") for d in disagreements(one_more, st))
    assert any(
        d.startswith("status") for d in disagreements(ev, st.replace("Status: delvis i samsvar", "Status: i samsvar"))
    )
    assert any(
        d.startswith("date")
        for d in disagreements(ev, st.replace("Sist vurdert: 2026-12-03", "Sist vurdert: 2026-11-01"))
    )
