"""The overview on Mine svar counts every instrument in the book, part by part as in _toc.yml, each with a
working link to where it lives; the landing page's progress line leaves nothing behind without JavaScript
or on paper."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from widgets import static_html
from widgets.definitions import instrument_ids, load

from tests.test_toolbox import link_problem

ROOT = Path(__file__).resolve().parent.parent
OVERVIEW = "book/mine-svar.html"
LANDING = "book/intro.html"


def payload(html: str, role: str) -> dict:
    m = re.search(rf'data-mvh-role="{role}".*?class="mvh-definition">(.*?)</script>', html, re.S)
    assert m, f"no {role} view on the page"
    return json.loads(m.group(1))


def fallback(html: str, role: str) -> str:
    start = html.index(f'data-mvh-role="{role}"')
    start = html.index('class="mvh-fallback"', start)
    return html[start : html.index("</div>", start)]


def parts_in_toc() -> list[str]:
    return [p["caption"] for p in yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))["parts"]]


def dead_links(html_dir: Path, listed: str) -> list[str]:
    """Every link of the no-JS list that leads to no page, or to a section the page does not have."""
    out = []
    for i, body in re.findall(r'<li data-instrument="([a-z0-9-]+)">(.*?)</li>', listed, re.S):
        links = re.findall(r'<a href="([^"]+)"', body)
        if not links:
            out.append(f"{i}: no link to where it stands")
        out += [p for href in links if (p := link_problem(html_dir, i, href))]
    return out


def problems(html: str) -> list[str]:
    """What the overview would get wrong: an instrument in widgets/instruments it does not count, or one
    it lists under no part of the book (or a part _toc.yml does not have)."""
    data, out = payload(html, "overview"), []
    counted = data["instruments"]  # by id: the definitions are in _static/mvh-instruments.js
    for i in instrument_ids():
        if i not in counted:
            out.append(f"{i}: not counted in the overview")
    captions = set(parts_in_toc())
    for i in counted:
        places = data["pages"].get(i, [])
        if not places:
            out.append(f"{i}: in no part of the book")
        out.extend(f"{i}: part {p.get('part')!r} is not in _toc.yml" for p in places if p.get("part") not in captions)
    return out


def test_the_overview_counts_every_instrument_in_the_book_part_by_part(book):
    html = (book.html / OVERVIEW).read_text(encoding="utf-8")
    assert problems(html) == []
    data = payload(html, "overview")
    assert sorted(data["instruments"]) == sorted(instrument_ids())
    assert len(data["instruments"]) >= 35
    # Without JavaScript the same list, part by part in the book's order, each line linking to where it
    # stands (the toolbox's link check: the page is there, and so is the section).
    listed = fallback(html, "overview")
    headings = [re.sub(r" \(\d+\)$", "", h) for h in re.findall(r"<h3>(.*?)</h3>", listed)]
    assert headings == [c for c in parts_in_toc() if c in headings]
    assert {"Del I: Rollen og metodikken", "Verktøykasse"} <= set(headings)
    assert dead_links(book.html, listed) == []
    assert dead_links(book.html, listed.replace('href="casesamling.html#', 'href="casesamling.html#ingen-', 1))
    # Each exercise under every part it lives in: a template in its chapter and in Maler.
    lines = re.findall(r'<li data-instrument="mal-forventningsavklaring">(.*?)</li>', listed)
    assert len(lines) == len({p["part"] for p in data["pages"]["mal-forventningsavklaring"]}) >= 2
    # The overview stands above the workbook on the page.
    assert html.index('data-mvh-role="overview"') < html.index('data-mvh-role="workbook"')


def test_the_check_catches_an_instrument_left_out_or_put_in_no_part(book):
    html = (book.html / OVERVIEW).read_text(encoding="utf-8")
    data = payload(html, "overview")
    # Planted: the Kvalitetsveileder not counted, a dilemma's places lost, a quiz put in a part that does not exist.
    data["instruments"] = [i for i in data["instruments"] if i != "kvalitetsveileder"]
    dilemma = next(i for i in data["instruments"] if load(i)["kind"] == "scenario")
    quiz = next(i for i in data["instruments"] if load(i)["kind"] == "quiz")
    data["pages"][dilemma] = []
    data["pages"][quiz] = [{**data["pages"][quiz][0], "part": "Del IX"}]
    planted = re.sub(
        r'(data-mvh-role="overview".*?class="mvh-definition">)(.*?)(</script>)',
        lambda m: m.group(1) + json.dumps(data) + m.group(3),
        html,
        count=1,
        flags=re.S,
    )
    assert sorted(problems(planted)) == sorted(
        [
            "kvalitetsveileder: not counted in the overview",
            f"{dilemma}: in no part of the book",
            f"{quiz}: part 'Del IX' is not in _toc.yml",
        ]
    )


def test_the_landing_page_line_links_to_mine_svar_and_leaves_no_shell_without_javascript(book):
    html = (book.html / LANDING).read_text(encoding="utf-8")
    data = payload(html, "progress")
    assert data["workbook"] == "mine-svar.html"
    assert sorted(data["instruments"]) == sorted(instrument_ids())
    assert fallback(html, "progress") == 'class="mvh-fallback">'
    css = (book.html / "_static" / "mvh-widgets.css").read_text(encoding="utf-8")
    assert '.mvh-widget[data-mvh-role="progress"]:not(.mvh-has-progress)' in css


def test_on_paper_neither_view_prints_but_the_workbook_still_lists_the_exercises():
    ids = instrument_ids()[:3]
    for role in ("overview", "progress"):
        assert static_html.render_paper({"role": role, "instruments": ids, "pages": {}}) == ""
    assert load(ids[0])["title"] in static_html.render_paper({"role": "workbook", "instruments": ids, "pages": {}})
