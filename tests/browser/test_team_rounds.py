"""Two rounds in the team view ("Sammenligne to runder"): the files of each round go in
their own group, each group is shown only from the team minimum, and the means side by
side equal widgets.aggregate.compare_rounds over the same files. Loading and switching
work with the keyboard alone; axe finds nothing on the rounds view in light and dark."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from widgets.aggregate import MIN_RESPONSES, compare_rounds
from widgets.definitions import load

from tests.helpers import export_file, fmt

from .test_team_view import open_team

LIKERT = "psykologisk-trygghet"
RATING = "kvalitetsveileder"
AXE = Axe()


def hidden_text(label: str, n: int) -> str:
    return (
        f"{label} har svar fra {n} personer. Gruppen vises først når minst {MIN_RESPONSES} har svart, "
        "så ingen kan kjennes igjen."
    )


def round_files(folder: Path, iid: str, count: int, seed: int, shift: int = 0) -> list[Path]:
    """Complete answers; `shift` moves every likert answer up the scale (a later round)."""
    rng = random.Random(seed)
    d = load(iid)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for n in range(1, count + 1):
        if d["kind"] == "likert":
            low, high = d["scale"]["min"], d["scale"]["max"]
            items = [i["id"] for dim in d["dimensions"] for i in dim["items"]]
            ratings = {i: min(high, rng.randint(low, high - 2) + shift) for i in items}
        else:
            scale = [s["id"] for s in d["scale"]]
            items = [i["id"] for p in d["parts"] for t in p["themes"] for i in t["items"]]
            ratings = {i: rng.choice(scale) for i in items}
        out.append(export_file(folder / f"{iid}-{n}.json", iid, {"ratings": ratings}))
    return out


def as_team_files(paths: list[Path]) -> list[dict]:
    out = []
    for p in paths:
        data = json.loads(p.read_text(encoding="utf-8"))
        out.append({"name": p.name, "response": data["response"], "answers": data["answers"]})
    return out


def choose(page, button, paths: list[Path], key: str | None = None):
    """Open the group's file chooser (with a key when given, else a click) and pick the files."""
    with page.expect_file_chooser() as chooser:
        if key:
            button.press(key)
        else:
            button.click()
    assert chooser.value.is_multiple()
    chooser.value.set_files([str(p) for p in paths])


def to_rounds(t):
    t.locator('input[data-action="team-mode-rounds"]').check()
    return t.locator(".mvh-team-rounds")


def load_rounds(page, t, a: list[Path], b: list[Path]):
    r = to_rounds(t)
    for k, paths in enumerate((a, b)):
        choose(page, r.locator(f'button[data-action="team-round-add-{k}"]'), paths)
        r.locator(f"ul.mvh-team-round-log li >> nth={len(paths) - 1}").wait_for()
    r.locator('button[data-action="team-rounds-show"]').click()
    return r


def table_values(r) -> dict[str, list[str]]:
    rows = r.locator('table[data-team-table="rounds"] tbody tr')
    return dict(
        rows.evaluate_all(
            "trs => trs.map(tr => [tr.dataset.dimension || tr.dataset.theme,"
            " [...tr.querySelectorAll('td')].map(td => td.textContent)])"
        )
    )


def chart_values(r) -> dict[str, list[str]]:
    rows = r.locator('figure[data-team-chart="rounds"] g[data-row]')
    return dict(
        rows.evaluate_all(
            "gs => gs.map(g => [g.dataset.row, [...g.querySelectorAll('g[data-group]')].map(b => b.dataset.value)])"
        )
    )


def signed(d: float) -> str:
    text = fmt(abs(d))
    return text if text == "0,00" else ("+" if d > 0 else "−") + text


def test_three_and_three_with_the_keyboard_show_both_rounds_as_python(page, site, tmp_path):
    a = round_files(tmp_path / "for", LIKERT, 3, seed=3)
    b = round_files(tmp_path / "etter", LIKERT, 3, seed=4, shift=2)
    want = compare_rounds(load(LIKERT), as_team_files(a), as_team_files(b))
    assert [g["shown"] for g in want["groups"]] == [True, True]
    t = open_team(page, site)
    t.locator("select").select_option(LIKERT)

    # Switch with the arrow key: the single view's buttons go, the two groups come.
    t.locator('input[data-action="team-mode-one"]').focus()
    page.keyboard.press("ArrowDown")
    assert t.locator('input[data-action="team-mode-rounds"]').is_checked()
    r = t.locator(".mvh-team-rounds")
    assert r.is_visible() and not t.locator('button[data-action="team-add"]').is_visible()

    # Name and fill each group with Tab, typing and Enter.
    for k, (name, paths) in enumerate((("Før", a), ("Etter", b))):
        page.keyboard.press("Tab")
        field = r.locator(f'input[data-action="team-round-name-{k}"]')
        assert field.evaluate("el => el === document.activeElement")
        page.keyboard.press("ControlOrMeta+a")
        page.keyboard.type(name)
        page.keyboard.press("Tab")
        add = r.locator(f'button[data-action="team-round-add-{k}"]')
        assert add.evaluate("el => el === document.activeElement")
        assert add.inner_text() == f"Legg til filer i {name}"
        # The chooser is opened by a click on the focused button: Enter on a <button> is that click
        # (the browser's own), and a key press that opens a file chooser timed out once in the full suite.
        with page.expect_file_chooser() as chooser:
            add.click()
        chooser.value.set_files([str(p) for p in paths])
        r.locator(f'[data-round-count="{k}"]').filter(has_text="3 besvarelser").wait_for()
    page.keyboard.press("Tab")
    assert r.locator('button[data-action="team-rounds-show"]').evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")

    results = r.locator(".mvh-team-rounds-results")
    assert results.locator("[data-round-hidden]").count() == 0
    caption = results.locator("table caption").inner_text()
    assert "Før (n = 3)" in caption and "Etter (n = 3)" in caption
    headers = results.locator("table thead th").all_inner_texts()
    assert headers == ["Dimensjon", "Før", "Etter", "Endring"]
    expected = {
        row["id"]: [fmt(row["a"]), fmt(row["b"]), signed(row["delta"])] for row in want["rows"] if row["a"] is not None
    }
    assert table_values(results) == expected
    # The picture carries the same numbers as the table.
    assert chart_values(results) == {k: v[:2] for k, v in expected.items()}
    assert any(row["delta"] > 0 for row in want["rows"]), "the later round is higher: a change to show"

    # And back with the other arrow: the single view is as it was.
    t.locator('input[data-action="team-mode-rounds"]').focus()
    page.keyboard.press("ArrowUp")
    assert t.locator('button[data-action="team-add"]').is_visible() and not r.is_visible()
    page.recorder.assert_clean()


def test_three_and_two_show_only_the_first_round_and_say_why(page, site, tmp_path):
    a = round_files(tmp_path / "r1", RATING, 3, seed=5)
    b = round_files(tmp_path / "r2", RATING, 2, seed=6)
    want = compare_rounds(load(RATING), as_team_files(a), as_team_files(b))
    assert [g["shown"] for g in want["groups"]] == [True, False]
    t = open_team(page, site)
    t.locator("select").select_option(RATING)
    results = load_rounds(page, t, a, b).locator(".mvh-team-rounds-results")

    assert results.locator("[data-round-hidden]").all_inner_texts() == [hidden_text("Runde 2", 2)]
    # Only the first group: one column of means, no change, one bar per theme.
    assert results.locator("table thead th").all_inner_texts() == ["Tema", "Runde 1"]
    assert "Runde 2" not in results.locator("table").inner_text()
    expected = {row["id"]: [fmt(row["a"])] for row in want["rows"]}
    assert table_values(results) == expected
    assert chart_values(results) == expected
    assert "Runde 2" not in results.locator("figure svg title").text_content()

    # A third file for round 2 after the numbers were seen: they go, with a warning, as in the single view.
    r = t.locator(".mvh-team-rounds")
    late = round_files(tmp_path / "r2-sen", RATING, 1, seed=7)
    choose(page, r.locator('button[data-action="team-round-add-1"]'), late)
    r.locator('[data-round-count="1"]').filter(has_text="3 besvarelser").wait_for()
    assert results.locator("table").count() == 0
    assert "allerede sett sammenligningen" in r.locator(".mvh-team-rounds-warning").inner_text()
    assert r.locator('button[data-action="team-rounds-restart"]').is_visible()
    page.recorder.assert_clean()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_rounds_view_is_clean_for_axe(browser, book, scheme, tmp_path):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    a = round_files(tmp_path / "a", LIKERT, 3, seed=8)
    b = round_files(tmp_path / "b", LIKERT, 2, seed=9)
    t = open_team(page, book.html.as_uri() + "/")
    assert page.locator("html").get_attribute("data-theme") == scheme
    t.locator("select").select_option(LIKERT)
    r = load_rounds(page, t, a, b)
    assert r.locator("[data-round-hidden]").count() == 1
    assert r.locator('figure[data-team-chart="rounds"]').count() == 1
    found = [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:5]}"
        for v in AXE.run(page, context={"include": [[".mvh-team-modes"], [".mvh-team-rounds"]]}).response["violations"]
    ]
    context.close()
    assert found == []
