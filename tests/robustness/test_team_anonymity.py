"""The team view ("Teamoversikt") shows only what at least 3 people said, in
the browser, and widgets.aggregate() agrees on the same files: empty files do
not count, an item answered by fewer than 3 says "færre enn 3 svar" with no
count or mean, probable copies (same answers, different response ids) are
flagged and counted once unless the merger says otherwise, a re-export with
the same response id replaces the older one, and adding a file after the
numbers were seen warns that the change can be read off."""

from __future__ import annotations

import json
import re

import widgets
from tests.browser.pages import open_page
from widgets.aggregate import MIN_RESPONSES
from widgets.definitions import load

from .helpers import book_storage, choose_files, export_file, note

TEAM_PAGE = "book/teamoversikt.html"
FEWER = f"færre enn {MIN_RESPONSES} svar"
IID = "teamkultur"
ITEMS = [i["id"] for d in load(IID)["dimensions"] for i in d["items"]]


def all_items(value: int, **other) -> dict:
    """teamkultur answers: every item rated `value`, some items set otherwise (None: not answered)."""
    ratings = {i: value for i in ITEMS}
    for k, v in other.items():
        if v is None:
            ratings.pop(k)
        else:
            ratings[k] = v
    return {"ratings": ratings}


def open_team(page, site):
    open_page(page, site, TEAM_PAGE)
    t = page.locator('.mvh-widget[data-mvh-role="team"]')
    t.locator(".mvh-team").wait_for()
    t.locator("select").select_option(IID)
    return t


def add(page, t, paths) -> list[str]:
    """Add files; return this batch's log lines (the log keeps earlier batches above them)."""
    before = t.locator("ul.mvh-team-log li").count()
    choose_files(page, t.locator('button[data-action="team-add"]'), paths)
    page.wait_for_function(
        "([el, n]) => el.children.length === n",
        arg=[t.locator("ul.mvh-team-log").element_handle(), before + len(paths)],
    )
    return t.locator("ul.mvh-team-log li").all_inner_texts()[before:]


def status(t) -> str:
    return t.locator(".mvh-team > .mvh-progress").inner_text()


def show(t):
    t.locator('button[data-action="team-show"]').click()
    return t.locator(".mvh-team-results")


def row_numbers(row) -> list[str]:
    """Every number a table row shows in its cells, besides the 3 of "færre enn 3 svar" (a hidden row shows none)."""
    return re.findall(r"\d+(?:,\d+)?", " ".join(row.locator("td").all_inner_texts()).replace(FEWER, ""))


def test_one_real_and_two_empty_files_show_no_numbers(page, site, tmp_path):
    real = export_file(tmp_path / "ekte.json", IID, all_items(4))
    empty = [
        export_file(tmp_path / "tom-1.json", IID, {}),
        export_file(tmp_path / "tom-2.json", IID, {"ratings": {}}),  # likert answers have no notes field
    ]
    t = open_team(page, site)
    lines = add(page, t, [real, *empty])
    assert lines[0] == "«ekte.json»: lagt til."
    for line, p in zip(lines[1:], empty, strict=True):
        assert line == f"«{p.name}»: lest. Den har ingen besvarte utsagn og telles ikke."
    assert status(t) == "1 besvarelse lagt til. 2 filer uten svar telles ikke."
    results = show(t)
    assert results.locator("table").count() == 0
    assert f"minst {MIN_RESPONSES} besvarelser har svar" in results.inner_text()
    assert not re.search(r"\b4\b", results.inner_text()), "the one real answer must not show"
    py = widgets.aggregate([real, *empty])
    assert (py["shown"], py["n"], py["empty_files"]) == (False, 1, ["tom-1.json", "tom-2.json"])
    assert book_storage(page) == {}
    page.recorder.assert_clean()


def test_an_item_answered_by_one_of_three_is_hidden(page, site, tmp_path):
    answers = [all_items(5, tk2=1), all_items(3, tk2=None), all_items(2, tk2=None)]
    files = [export_file(tmp_path / f"p{i}.json", IID, a) for i, a in enumerate(answers)]
    t = open_team(page, site)
    add(page, t, files)
    results = show(t)
    assert results.locator("table").count() == 2
    hidden = results.locator('tr[data-item="tk2"]')
    assert hidden.locator("td").all_inner_texts() == [FEWER]
    assert row_numbers(hidden) == [], "a hidden item shows no count and no mean"
    # The other items show their numbers; the dimension mean leaves tk2 out.
    # tk1 was rated 5, 3 and 2: mean 3,33, spread sqrt(14/9) = 1,25.
    assert row_numbers(results.locator('tr[data-item="tk1"]')) == ["0", "1", "1", "0", "1", "3,33", "1,25"]
    py = widgets.aggregate(files)
    assert py["items"]["tk2"] == {"shown": False, "why": "fewer than 3 responses"}
    assert py["hidden"]["items"] == ["tk2"]
    dim = next(d for d in load(IID)["dimensions"] if any(i["id"] == "tk2" for i in d["items"]))
    cells = results.locator(f'tr[data-dimension="{dim["id"]}"] td').all_inner_texts()
    # Over tk1 and tk3 (reversed) each person's mean is 3: (5 + 1) / 2, (3 + 3) / 2, (2 + 4) / 2.
    assert cells == ["3", "3,00", "På god vei"]
    assert py["dimensions"][dim["id"]] == {"shown": True, "n": 3, "mean": 3.0, "left_out": 1, "band": 1}
    assert "1 utsagn har færre enn 3 svar og vises ikke" in results.inner_text()
    note("team: item hidden", f"{len(ITEMS)} items, 1 answered by 1 of 3, hidden in page and Python")
    page.recorder.assert_clean()


def test_the_hidden_row_check_catches_a_planted_number(page, site, tmp_path):
    """row_numbers, which the test above trusts, finds a count planted in a hidden row."""
    answers = [all_items(5, tk2=1), all_items(3, tk2=None), all_items(2, tk2=None)]
    files = [export_file(tmp_path / f"p{i}.json", IID, a) for i, a in enumerate(answers)]
    t = open_team(page, site)
    add(page, t, files)
    row = show(t).locator('tr[data-item="tk2"]')
    assert row_numbers(row) == []
    row.evaluate("tr => { tr.querySelector('td').textContent = 'færre enn 3 svar (1)'; }")
    assert row_numbers(row) != []


def test_two_forged_copies_and_one_real_file_are_flagged(page, site, tmp_path):
    real = export_file(tmp_path / "ekte.json", IID, all_items(4))
    forged = [export_file(tmp_path / f"kopi-{i}.json", IID, all_items(1, tk1=2)) for i in (1, 2)]
    t = open_team(page, site)
    lines = add(page, t, [real, *forged])
    assert lines == [f"«{p.name}»: lagt til." for p in (real, *forged)]
    copies = t.locator(".mvh-team-copies")
    text = copies.locator('[role="alert"]').inner_text()
    assert "«kopi-1.json» og «kopi-2.json» har nøyaktig de samme svarene, men ulik svar-id" in text
    assert "telles de som én besvarelse" in text
    assert status(t) == "2 besvarelser lagt til."
    results = show(t)
    assert results.locator("table").count() == 0, "two real responses: no numbers"
    py = widgets.aggregate([real, *forged])
    assert (py["n"], py["shown"], py["copies"]) == (2, False, [["kopi-1.json", "kopi-2.json"]])

    # The person merging knows they are two people who answered alike: a clear control.
    copies.get_by_label("Jeg vet at dette er ulike personer som har svart likt: tell filene hver for seg").check()
    assert status(t) == "3 besvarelser lagt til."
    assert results.locator("table").count() == 0, "a changed count hides the numbers until asked for again"
    show(t)
    confirmed = widgets.aggregate([real, *forged], count_copies=True)
    assert confirmed["n"] == 3 and confirmed["shown"]
    row = results.locator('tr[data-item="tk1"]').locator("td").all_inner_texts()
    assert row == [str(confirmed["items"]["tk1"]["counts"][str(v)]) for v in range(1, 6)] + ["2,67", "0,94"]
    page.recorder.assert_clean()


def test_a_re_export_with_the_same_id_replaces_the_older(page, site, tmp_path):
    files = [export_file(tmp_path / f"p{i}.json", IID, all_items(v)) for i, v in enumerate((2, 3, 4))]
    older = json.loads(files[0].read_text(encoding="utf-8"))
    newer = export_file(tmp_path / "p0-ny.json", IID, all_items(5), response=older["response"])
    t = open_team(page, site)
    lines = add(page, t, [*files, newer])
    assert lines[-1] == (
        "«p0-ny.json»: samme svar-id som «p0.json», men andre svar. Den nye filen erstatter den gamle."
    )
    assert status(t) == "3 besvarelser lagt til."
    results = show(t)
    py = widgets.aggregate([*files, newer])
    assert py["replaced"] == [{"name": "p0-ny.json", "replaced": "p0.json"}]
    assert py["items"]["tk1"]["mean"] == 4.0  # (5 + 3 + 4) / 3, not (2 + 3 + 4) / 3
    assert results.locator('tr[data-item="tk1"] td').all_inner_texts() == ["0", "0", "1", "1", "1", "4,00", "0,82"]
    page.recorder.assert_clean()


def test_adding_a_file_after_the_numbers_were_seen_warns_and_offers_to_start_over(page, site, tmp_path):
    files = [export_file(tmp_path / f"p{i}.json", IID, all_items(v)) for i, v in enumerate((2, 3, 4, 5))]
    t = open_team(page, site)
    add(page, t, files[:3])
    warning = t.locator(".mvh-team-warning")
    assert warning.inner_text() == ""
    results = show(t)
    assert results.locator("table").count() == 2
    add(page, t, files[3:])
    text = warning.locator('[role="alert"]').inner_text()
    assert "forskjellen i tallene" in text and "én persons svar" in text
    assert results.locator("table").count() == 0, "the numbers wait for «Vis teamresultat»"
    warning.locator('button[data-action="team-restart"]').click()
    assert status(t) == "0 besvarelser lagt til."
    assert t.locator("ul.mvh-team-log li").count() == 0
    assert warning.inner_text() == ""
    page.recorder.assert_clean()


def test_the_page_says_who_can_read_the_files(page, site):
    t = open_team(page, site)
    truth = t.locator(".mvh-team-truth").inner_text()
    assert "kan åpne hver fil" in truth and "nøytral innsamler" in truth
    article = page.locator("article").inner_text()
    assert "kan åpne hver fil og se hva hver enkelt svarte" in article
    assert "nøytral innsamler" in article and "Vis teamresultat" in article
    page.recorder.assert_clean()
