"""The team view as a team lead reads it: the newest of two exports with the same
response id counts whatever order they are added in, the file log keeps every
batch, each exercise keeps its own files when the list is switched, the charts
carry the same numbers as the tables beside them, the statements with the lowest
mean and the widest spread are named, reverse items are turned and labelled, the
Kvalitetsveileder is shown per goal too, and the wide tables scroll in their own
box on a phone. The numbers come from widgets.aggregate over the same files."""

from __future__ import annotations

import json
import random
import re

import widgets
from widgets.definitions import load

from tests.helpers import book_storage, export_file, fmt

from .test_team_view import FEWER, add_files, make_files, open_team, show_results, status

IID = "psykologisk-trygghet"


def chart_mismatches(t, chart: str, table: str, column: int) -> list[str]:
    """Every chart row whose value differs from the table's cell in `column` (0 = first td)
    of the row with the same id, and every table row missing from the chart."""
    results = t.locator(".mvh-team-results")
    got = results.locator(f'figure[data-team-chart="{chart}"] g[data-row]').evaluate_all(
        "gs => gs.map(g => [g.dataset.row, g.dataset.value])"
    )
    rows = results.locator(
        f'table[data-team-table="{table}"] tbody tr[data-{"item" if table == "items" else table[:-1]}]'
    )
    want = rows.evaluate_all(
        """(trs, col) => trs.map(tr => {
             const id = tr.dataset.item || tr.dataset.dimension || tr.dataset.theme;
             const tds = [...tr.querySelectorAll('td')];
             const hidden = tds.length === 1 && tds[0].classList.contains('mvh-team-hidden');
             return [id, hidden ? '' : (col < 0 ? tds.map(td => td.textContent).join(' ') : tds[col].textContent)];
           })""",
        column,
    )
    problems = [f"{i}: chart {v!r}" for i, v in got if [i, v] not in want]
    problems += [f"{i}: table {v!r} not in chart" for i, v in want if [i, v] not in got]
    return problems


def complete_files(tmp_path, count: int, seed: int):
    """Files where everyone answered every statement, so every item is shown."""
    rng = random.Random(seed)
    items = [i["id"] for i in load(IID)["dimensions"][0]["items"]]
    return [
        export_file(tmp_path / f"svar-{n}.json", IID, {"ratings": {i: rng.randint(1, 7) for i in items}})
        for n in range(1, count + 1)
    ]


def test_the_newest_export_counts_even_when_added_first(page, site, tmp_path):
    files = complete_files(tmp_path, 3, seed=21)
    first = json.loads(files[0].read_text(encoding="utf-8"))
    changed = {**first["answers"]["ratings"], "t2": 1, "t4": 1}
    friday = export_file(
        tmp_path / "per-fredag.json", IID, {"ratings": changed}, response=first["response"],
        exported="2026-12-04T15:00:00.000Z",
    )  # fmt: skip
    monday = export_file(
        tmp_path / "per-mandag.json", IID, first["answers"], response=first["response"],
        exported="2026-11-30T10:00:00+01:00",
    )  # fmt: skip
    t = open_team(page, site)
    t.locator("select").select_option(IID)
    add_files(page, t, [friday, *files[1:]])
    lines = add_files(page, t, [monday])
    assert lines == [
        "«per-mandag.json»: samme svar-id som «per-fredag.json», men andre svar og en eldre eksport. "
        "Den nyeste eksporten teller, så denne filen telles ikke."
    ]
    assert status(t) == "3 besvarelser lagt til."
    show_results(t)
    expected = widgets.aggregate([friday, *files[1:], monday])
    assert expected["replaced"] == [{"name": "per-fredag.json", "replaced": "per-mandag.json"}]
    assert expected == {**widgets.aggregate([friday, *files[1:]]), "replaced": expected["replaced"]}
    cells = t.locator('tr[data-item="t2"] td').all_inner_texts()
    assert cells[-2:] == [fmt(expected["items"]["t2"]["scored_mean"]), fmt(expected["items"]["t2"]["spread"])]
    # And the other way round: Monday first, Friday replaces it.
    t.locator('button[data-action="team-clear"]').click()
    add_files(page, t, [monday, *files[1:]])
    lines = add_files(page, t, [friday])
    assert lines == [
        "«per-fredag.json»: samme svar-id som «per-mandag.json», men andre svar og en nyere eksport. "
        "Den nyeste eksporten teller, så den nye filen erstatter den gamle."
    ]
    show_results(t)
    assert t.locator('tr[data-item="t2"] td').all_inner_texts() == cells
    page.recorder.assert_clean()


def test_the_log_keeps_every_batch_and_each_exercise_keeps_its_files(page, site, tmp_path):
    trygghet = make_files(tmp_path, IID, 4, seed=5)
    kultur = make_files(tmp_path, "teamkultur", 3, seed=6)
    t = open_team(page, site)
    choice = t.locator("select")
    choice.select_option(IID)
    add_files(page, t, trygghet[:2])
    add_files(page, t, trygghet[2:])
    log = t.locator("ul.mvh-team-log li")
    assert log.all_inner_texts() == [f"«{p.name}»: lagt til." for p in trygghet]
    # The second batch begins with a line of its own.
    assert [log.nth(i).get_attribute("class") for i in range(4)] == ["", "", "mvh-team-log-batch", ""]
    show_results(t)
    assert t.locator(".mvh-team-results table").count() == 2

    # Another exercise: its own empty set, and the list says how many files the first holds.
    choice.select_option("teamkultur")
    assert status(t) == "0 besvarelser lagt til." and log.count() == 0
    assert t.locator('option[value="psykologisk-trygghet"]').inner_text().endswith("(4 filer lagt til)")
    add_files(page, t, kultur)
    assert status(t) == "3 besvarelser lagt til."

    # Back again: the files, the log and the numbers shown are as they were, nothing asked again.
    choice.select_option(IID)
    assert status(t) == "4 besvarelser lagt til."
    assert log.all_inner_texts() == [f"«{p.name}»: lagt til." for p in trygghet]
    assert t.locator(".mvh-team-results table").count() == 2
    assert t.locator(".mvh-team-warning").inner_text() == ""

    # "Tøm oversikten" empties only the exercise chosen.
    t.locator('button[data-action="team-clear"]').click()
    assert status(t) == "0 besvarelser lagt til." and log.count() == 0
    choice.select_option("teamkultur")
    assert status(t) == "3 besvarelser lagt til."
    assert book_storage(page) == {}
    page.recorder.assert_clean()


def test_the_charts_hold_the_tables_numbers_and_name_what_stands_out(page, site, tmp_path):
    files = make_files(tmp_path, IID, 5, seed=5)
    d = load(IID)
    t = open_team(page, site)
    t.locator("select").select_option(IID)
    add_files(page, t, files)
    results = show_results(t)
    expected = widgets.aggregate(files)
    assert chart_mismatches(t, "dimensions", "dimensions", 1) == []
    assert chart_mismatches(t, "items", "items", 7) == []  # after the seven counts: the mean
    # Each chart is a picture with a name that lists its numbers, and says where the table is.
    for fig in results.locator("figure.mvh-team-figure").all():
        svg = fig.locator("svg")
        assert svg.get_attribute("role") == "img"
        name = svg.evaluate("s => document.getElementById(s.getAttribute('aria-labelledby')).textContent")
        assert name.endswith("Tallene står også i tabellen under.")
        values = svg.locator("g[data-row]").evaluate_all("gs => gs.map(g => g.dataset.value)")
        assert all(v in name for v in values if v)
        following = fig.locator("xpath=following-sibling::*[1]")
        assert following.locator("table").count() == 1, "the table follows its chart"

    # The lowest mean and the widest spread, as Python finds them, are marked and named.
    assert expected["lowest"] and expected["widest"]
    texts = {i["id"]: i["text"] for i in d["dimensions"][0]["items"]}
    for key, word in (("lowest", "lavest snitt"), ("widest", "størst spredning")):
        marked = results.locator(f'tr[data-item]:has(.mvh-team-mark:text-is("{word}"))')
        assert marked.evaluate_all("trs => trs.map(tr => tr.dataset.item)") == expected[key]
        look = results.locator(".mvh-team-look").inner_text()
        assert all(f"«{texts[i]}»" in look for i in expected[key])

    # Reverse items: the mean is turned (1 counts as 7), and the row says so.
    for item in d["dimensions"][0]["items"]:
        row = results.locator(f'tr[data-item="{item["id"]}"]')
        e = expected["items"][item["id"]]
        turned = d["scale"]["min"] + d["scale"]["max"] - e["mean"] if item.get("reverse") else e["mean"]
        assert row.locator("td").nth(7).inner_text() == fmt(turned)
        assert ("snittet er snudd" in row.locator("th").inner_text()) == bool(item.get("reverse"))
    band = d["dimensions"][0]["bands"][expected["dimensions"]["trygghet"]["band"]]["label"]
    assert band in results.locator('figure[data-team-chart="dimensions"]').inner_text()
    page.recorder.assert_clean()


def test_the_chart_check_catches_a_planted_number(page, site, tmp_path):
    """chart_mismatches, which the test above trusts, finds a chart value that is not the table's."""
    files = make_files(tmp_path, IID, 3, seed=8)
    t = open_team(page, site)
    t.locator("select").select_option(IID)
    add_files(page, t, files)
    show_results(t)
    assert chart_mismatches(t, "items", "items", 7) == []
    t.locator('figure[data-team-chart="items"] g[data-row="t2"]').evaluate("g => { g.dataset.value = '9,99'; }")
    assert chart_mismatches(t, "items", "items", 7) != []


def test_the_kvalitetsveileder_per_theme_and_per_goal(page, site, tmp_path):
    iid = "kvalitetsveileder"
    d = load(iid)
    files = make_files(tmp_path, iid, 4, seed=3)
    t = open_team(page, site)
    t.locator("select").select_option(iid)
    add_files(page, t, files)
    results = show_results(t)
    expected = widgets.aggregate(files)
    keys = [s["id"] for s in d["scale"]] + ["ubesvart"]
    # The chart per theme carries the theme table's counts (hidden themes: none).
    assert chart_mismatches(t, "themes", "themes", -1) == []
    per_goal = results.locator("details.mvh-team-per-goal")
    per_goal.locator("summary").click()
    goals = [i for p in d["parts"] for th in p["themes"] for i in th["items"]]
    assert per_goal.locator("summary").inner_text() == f"Per mål (alle {len(goals)} mål)"
    for goal in goals:
        want = expected["items"][goal["id"]]
        cells = per_goal.locator(f'tr[data-item="{goal["id"]}"] td').all_inner_texts()
        assert cells == ([str(want["counts"][k]) for k in keys] if want["shown"] else [FEWER]), goal["id"]
    assert any(e["shown"] for e in expected["items"].values())
    assert any(not e["shown"] for e in expected["items"].values()), "a hidden goal, to see it stays hidden"
    page.recorder.assert_clean()


def test_on_a_phone_the_tables_scroll_in_their_own_box(browser, site, tmp_path):
    files = make_files(tmp_path, IID, 5, seed=5)
    context = browser.new_context(viewport={"width": 390, "height": 800})
    try:
        page = context.new_page()
        t = open_team(page, site)
        t.locator("select").select_option(IID)
        add_files(page, t, files)
        results = show_results(t)
        for table in results.locator("table").all():
            box = table.locator("xpath=..")
            assert box.get_attribute("class") == "mvh-scroll" and box.get_attribute("role") == "region"
            assert re.match(r"Tabell: ", box.get_attribute("aria-label") or "")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        # The charts take the width they get: no wider than the page.
        widths = results.locator("figure svg").evaluate_all("ss => ss.map(s => s.getBoundingClientRect().right)")
        assert widths and max(widths) <= 390
    finally:
        context.close()
