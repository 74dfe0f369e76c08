""" "Teamoversikt": several people's exported files merged into team numbers,
which must equal widgets.aggregate() over the same files, shown only when the
reader presses "Vis teamresultat", and only from three responses (every item
with fewer answers says "færre enn 3 svar"). The anonymity cases themselves are
in tests/robustness/test_team_anonymity.py."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

import widgets
from widgets.aggregate import MIN_RESPONSES
from widgets.definitions import load

from tests.helpers import book_storage, export_file, fmt, raw_storage

from .pages import open_page

TEAM_PAGE = "book/teamoversikt.html"
FEWER = f"færre enn {MIN_RESPONSES} svar"


def likert_answers(instrument_id: str, rng: random.Random) -> dict:
    """A varied set: most items answered, some skipped, now and then a whole dimension skipped."""
    d = load(instrument_id)
    low, high = d["scale"]["min"], d["scale"]["max"]
    ratings = {}
    for dim in d["dimensions"]:
        if len(d["dimensions"]) > 1 and rng.random() < 0.15:
            continue
        for item in dim["items"]:
            if rng.random() < 0.8:
                ratings[item["id"]] = rng.randint(low, high)
    return {"ratings": ratings}


def rating_answers(rng: random.Random) -> dict:
    d = load("kvalitetsveileder")
    scale = [s["id"] for s in d["scale"]]
    ratings = {}
    for part in d["parts"]:
        for theme in part["themes"]:
            for item in theme["items"]:
                if rng.random() < 0.85:
                    ratings[item["id"]] = rng.choice(scale)
    return {"ratings": ratings, "notes": {"1.1": "Notat som ikke teller"}}


def make_files(tmp_path: Path, instrument_id: str, count: int, seed: int) -> list[Path]:
    rng = random.Random(seed)
    folder = tmp_path / instrument_id
    folder.mkdir(exist_ok=True)
    out = []
    for i in range(1, count + 1):
        answers = rating_answers(rng) if instrument_id == "kvalitetsveileder" else likert_answers(instrument_id, rng)
        out.append(export_file(folder / f"{instrument_id}-{i}.json", instrument_id, answers))
    return out


def open_team(page, site):
    open_page(page, site, TEAM_PAGE)
    t = page.locator('.mvh-widget[data-mvh-role="team"]')
    t.locator(".mvh-team").wait_for()
    return t


def add_files(page, t, paths: list[Path]) -> list[str]:
    """Add files with the file chooser, as a reader does; return this batch's log lines
    (the log keeps the earlier batches above them)."""
    log = t.locator("ul.mvh-team-log li")
    before = log.count()
    with page.expect_file_chooser() as chooser:
        t.locator('button[data-action="team-add"]').click()
    assert chooser.value.is_multiple()
    chooser.value.set_files([str(p) for p in paths])
    page.wait_for_function(
        "([el, n]) => el.children.length === n",
        arg=[t.locator("ul.mvh-team-log").element_handle(), before + len(paths)],
    )
    return log.all_inner_texts()[before:]


def status(t) -> str:
    return t.locator(".mvh-team > .mvh-progress").inner_text()


def show_results(t):
    """Press "Vis teamresultat", as a reader does once every file is in."""
    t.locator('button[data-action="team-show"]').click()
    return t.locator(".mvh-team-results")


def check_likert_tables(t, instrument_id: str, expected: dict):
    d = load(instrument_id)
    low, high = d["scale"]["min"], d["scale"]["max"]
    results = t.locator(".mvh-team-results")
    assert results.locator("table").count() == 2
    assert f"n = {expected['n']}" in results.locator("table caption").first.inner_text()
    for dim in d["dimensions"]:
        cells = results.locator(f'tr[data-dimension="{dim["id"]}"] td').all_inner_texts()
        want = expected["dimensions"][dim["id"]]
        # The band is the one the individual view would give the same mean.
        band = [dim["bands"][want["band"]]["label"]] if want["shown"] else []
        assert cells == ([str(want["n"]), fmt(want["mean"]), *band] if want["shown"] else [FEWER]), dim["id"]
        for item in dim["items"]:
            row = results.locator(f'tr[data-item="{item["id"]}"]')
            want = expected["items"][item["id"]]
            cells = row.locator("td").all_inner_texts()
            if want["shown"]:
                counts = [str(want["counts"][str(v)]) for v in range(low, high + 1)]
                # The mean in the dimension's direction (reverse items turned), then the spread.
                assert cells == [*counts, fmt(want["scored_mean"]), fmt(want["spread"])], item["id"]
            else:
                assert cells == [FEWER], item["id"]
            assert ("(omvendt, snittet er snudd)" in row.locator("th").inner_text()) == bool(item.get("reverse"))


def test_likert_team_numbers_equal_python(page, site, tmp_path):
    iid = "psykologisk-trygghet"
    files = make_files(tmp_path, iid, 5, seed=7)
    t = open_team(page, site)
    before = raw_storage(page)
    t.locator("select").select_option(iid)
    results = t.locator(".mvh-team-results")

    # Two people: the files are read, but there are no numbers, not even when asked for.
    lines = add_files(page, t, files[:2])
    assert lines == [f"«{p.name}»: lagt til." for p in files[:2]]
    assert status(t) == "2 besvarelser lagt til."
    assert results.locator("table").count() == 0
    assert "Vis teamresultat" in results.inner_text()
    show_results(t)
    assert results.locator("table").count() == 0
    assert f"minst {MIN_RESPONSES} besvarelser" in results.inner_text()
    assert widgets.aggregate(files[:2])["shown"] is False

    # Five people: after adding the rest the numbers stay hidden until asked for again;
    # then they are the same as Python's.
    add_files(page, t, files[2:])
    assert status(t) == "5 besvarelser lagt til."
    assert results.locator("table").count() == 0
    show_results(t)
    expected = widgets.aggregate(files)
    assert expected["n"] == 5 and expected["shown"]
    check_likert_tables(t, iid, expected)

    # The same response again, even under another name, is not counted twice.
    twin = tmp_path / "samme-person-igjen.json"
    twin.write_text(files[1].read_text(encoding="utf-8"), encoding="utf-8")
    lines = add_files(page, t, [files[0], twin])
    assert lines == [
        f"«{p.name}»: samme besvarelse er lagt til før. Den telles bare én gang." for p in (files[0], twin)
    ]
    assert status(t) == "5 besvarelser lagt til."
    assert widgets.aggregate([*files, twin])["duplicates"] == 1
    show_results(t)
    check_likert_tables(t, iid, expected)

    # A file from another instrument, and one without a response id, are refused.
    other = export_file(tmp_path / "teamkultur-per.json", "teamkultur", {"ratings": {"tk1": 3}})
    no_id = tmp_path / "uten-id.json"
    data = json.loads(files[0].read_text(encoding="utf-8"))
    del data["response"]
    no_id.write_text(json.dumps(data), encoding="utf-8")
    lines = add_files(page, t, [other, no_id])
    # The refusal names both exercises by title (js/core/exchange.js).
    assert lines[0].startswith(
        f"«{other.name}»: Filen er fra øvelsen «{load('teamkultur')['title']}», ikke fra «{load(iid)['title']}»"
    )
    assert lines[1].startswith(f"«{no_id.name}»: filen mangler svar-id")
    assert status(t) == "5 besvarelser lagt til."
    show_results(t)
    check_likert_tables(t, iid, expected)

    # The team view keeps nothing: no answers end up in this browser's storage.
    assert raw_storage(page) == before
    assert book_storage(page) == {}

    # "Tøm oversikten" empties it.
    t.locator('button[data-action="team-clear"]').click()
    assert status(t) == "0 besvarelser lagt til."
    assert results.locator("table").count() == 0
    page.recorder.assert_clean()


def test_teamkultur_all_dimensions(page, site, tmp_path):
    iid = "teamkultur"
    files = make_files(tmp_path, iid, 6, seed=11)
    t = open_team(page, site)
    t.locator("select").select_option(iid)
    add_files(page, t, files)
    assert status(t) == "6 besvarelser lagt til."
    show_results(t)
    expected = widgets.aggregate(files)
    check_likert_tables(t, iid, expected)
    # Another instrument has its own, empty set; the first one's files wait for the reader.
    t.locator("select").select_option("psykologisk-trygghet")
    assert status(t) == "0 besvarelser lagt til."
    assert t.locator("ul.mvh-team-log li").count() == 0
    t.locator("select").select_option(iid)
    assert status(t) == "6 besvarelser lagt til."
    assert t.locator("ul.mvh-team-log li").count() == 6
    check_likert_tables(t, iid, expected)
    assert book_storage(page) == {}
    page.recorder.assert_clean()


def test_rating_team_totals_equal_python(page, site, tmp_path):
    iid = "kvalitetsveileder"
    d = load(iid)
    files = make_files(tmp_path, iid, 4, seed=3)
    t = open_team(page, site)
    t.locator("select").select_option(iid)
    add_files(page, t, files)
    assert status(t) == "4 besvarelser lagt til."
    show_results(t)
    expected = widgets.aggregate(files)
    keys = [s["id"] for s in d["scale"]] + ["ubesvart"]
    table = t.locator('.mvh-team-results table[data-team-table="themes"]')
    headers = table.locator("thead th").all_inner_texts()
    assert headers == ["Tema"] + [s["label"] for s in d["scale"]] + ["Ikke vurdert"]

    def cells_for(entry):
        return [str(entry["counts"][k]) for k in keys] if entry["shown"] else [FEWER]

    total = table.locator("tr.mvh-row-total td").all_inner_texts()
    assert total == cells_for(expected["total"])
    # The total counts each person once per goal that is shown (rated by at least 3).
    shown = [i for i, e in expected["items"].items() if e["shown"]]
    assert shown and sum(map(int, total)) == 4 * len(shown)
    for part in d["parts"]:
        for theme in part["themes"]:
            cells = table.locator(f'tr[data-theme="{theme["id"]}"] td').all_inner_texts()
            assert cells == cells_for(expected["themes"][theme["id"]]), theme["id"]
    assert book_storage(page) == {}
    page.recorder.assert_clean()


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "filen er tom"),
        (b"{ not json", "ikke en gyldig JSON-fil"),
        (json.dumps({"format": "noe-annet"}).encode(), "ser ikke ut som en eksport"),
    ],
    ids=["empty", "not json", "not an export"],
)
def test_broken_files_are_refused_with_a_message(page, site, tmp_path, content, message):
    bad = tmp_path / "rar.json"
    bad.write_bytes(content)
    t = open_team(page, site)
    lines = add_files(page, t, [bad])
    assert lines[0].startswith("«rar.json»: ") and message in lines[0]
    assert status(t) == "0 besvarelser lagt til."
    page.recorder.assert_clean()


def test_course_evaluation_shows_statements_and_written_answers_only_from_three(page, site, tmp_path):
    """The course evaluation merges like a self-assessment, and its written answers come sorted, each
    question on its own, never in the order the files were added (which would tell whose is whose)."""
    iid = "kursevaluering"
    d = load(iid)
    first, second = (q["id"] for q in d["questions"][:2])
    people = [
        ({"trygg-i-rollen": 5, "tiden": 2}, {first: "Trioene", second: "Flere pauser"}),
        ({"trygg-i-rollen": 4, "tiden": 3}, {first: "Caserunden", second: "  Kortere dager  "}),
        ({"trygg-i-rollen": 2}, {first: "Alt sammen"}),
        ({"trygg-i-rollen": 4, "tiden": 4}, {second: "Mindre stoff"}),
    ]
    folder = tmp_path / iid
    folder.mkdir()
    files = [
        export_file(folder / f"{iid}-{i}.json", iid, {"ratings": r, "responses": w}) for i, (r, w) in enumerate(people)
    ]
    t = open_team(page, site)
    t.locator("select").select_option(iid)
    add_files(page, t, files[:2])
    results = show_results(t)
    assert "minst 3" in results.inner_text()
    assert results.locator("table, .mvh-team-answers").count() == 0
    add_files(page, t, files[2:])
    results = show_results(t)
    expected = widgets.aggregate(files)
    assert f"n = {expected['n']}" in results.locator("table caption").first.inner_text()
    for st in d["statements"]:
        want = expected["items"][st["id"]]
        cells = results.locator(f'tr[data-item="{st["id"]}"] td').all_inner_texts()
        if want["shown"]:
            counts = [str(want["counts"][str(v)]) for v in range(d["scale"]["min"], d["scale"]["max"] + 1)]
            assert cells == [*counts, fmt(want["mean"]), fmt(want["spread"])], st["id"]
        else:
            assert cells == [FEWER], st["id"]
    assert expected["items"]["trygg-i-rollen"]["shown"] and not expected["items"]["nytte-i-teamet"]["shown"]
    for q in d["questions"]:
        section = results.locator(f'section[data-question="{q["id"]}"]')
        want = expected["questions"][q["id"]]
        if want["shown"]:
            assert section.locator("li").all_inner_texts() == want["answers"]
        else:
            assert section.locator(".mvh-team-hidden").inner_text() == FEWER
    assert expected["questions"][first]["answers"] == ["Alt sammen", "Caserunden", "Trioene"]
    assert expected["questions"][second]["answers"] == ["Flere pauser", "Kortere dager", "Mindre stoff"]
    assert not expected["questions"][d["questions"][2]["id"]]["shown"]
    assert book_storage(page) == {}
    page.recorder.assert_clean()
