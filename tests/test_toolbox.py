"""Verktøykasse lists every exercise in the book, with a link to where it stands (the no-JS list, which the
script's list is made from the same data as)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from widgets.definitions import instrument_ids, load

TOOLBOX = "book/del-6.html"
PAYLOAD = re.compile(r'data-mvh-role="toolbox".*?class="mvh-definition">(.*?)</script>', re.S)


class _Ids(HTMLParser):
    """Every element id on a page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs) -> None:
        self.ids.update(v for k, v in attrs if k == "id" and v)


def toolbox_entries(html: str) -> dict[str, list[str]]:
    """Instrument id -> the links of its line in the toolbox's no-JS list."""
    fallback = html[html.index('data-mvh-role="toolbox"') :]
    fallback = fallback[fallback.index('class="mvh-fallback"') :]
    lines = re.findall(r'<li data-instrument="([a-z0-9-]+)">(.*?)</li>', fallback, re.S)
    return {i: re.findall(r'<a href="([^"]+)"', body) for i, body in lines}


def problems(html_dir: Path, html: str) -> list[str]:
    """What a reader looking for an exercise would miss: one not listed, or listed with no working link."""
    entries, out = toolbox_entries(html), []
    for i in instrument_ids():
        if i not in entries:
            out.append(f"{i}: not in the toolbox")
        elif not entries[i]:
            out.append(f"{i}: no link to where it stands")
    for i, links in entries.items():
        out += [p for href in links if (p := link_problem(html_dir, i, href))]
    return out


def link_problem(html_dir: Path, instrument: str, href: str) -> str:
    """What is wrong with a link from a no-JS list (under book/) to where an instrument stands, or ""."""
    target, _, anchor = (html_dir / "book" / href).as_posix().partition("#")
    if not Path(target).is_file():
        return f"{instrument}: {href} is no page"
    parser = _Ids()
    parser.feed(Path(target).read_text(encoding="utf-8"))
    if anchor and anchor not in parser.ids:
        return f"{instrument}: {href} has no anchor #{anchor}"
    return ""


def test_toolbox_lists_every_instrument_with_a_working_link(book):
    html = (book.html / TOOLBOX).read_text(encoding="utf-8")
    assert len(toolbox_entries(html)) == len(instrument_ids()) >= 35
    assert problems(book.html, html) == []


def test_the_check_catches_an_exercise_left_out_or_linked_wrongly(book):
    html = (book.html / TOOLBOX).read_text(encoding="utf-8")
    # Planted: the Kvalitetsveileder's line gone, and a dilemma linked to a section that is not there.
    planted = re.sub(r'<li data-instrument="kvalitetsveileder">.*?</li>', "", html, flags=re.S)
    planted = planted.replace('href="casesamling.html#', 'href="casesamling.html#ingen-slik-', 1)
    found = problems(book.html, planted)
    assert "kvalitetsveileder: not in the toolbox" in found
    assert any(p.startswith("scenario-") and "has no anchor #ingen-slik-" in p for p in found)
    assert len(found) == 2


def test_the_kvalitetsveileder_is_listed_among_the_self_assessments(book):
    html = (book.html / TOOLBOX).read_text(encoding="utf-8")
    payload = json.loads(PAYLOAD.search(html).group(1))
    groups = {g["id"]: g for g in payload["groups"]}
    kinds = {i: load(i)["kind"] for i in payload["instruments"]}
    assert kinds["kvalitetsveileder"] in groups["selvvurderinger"]["kinds"]
    fallback = html[html.index('class="mvh-fallback"', html.index('data-mvh-role="toolbox"')) :]
    self_assessments = fallback[fallback.index("<h3>Selvvurderinger") : fallback.index("<h3>Maler")]
    assert 'data-instrument="kvalitetsveileder"' in self_assessments
    assert 'href="kvalitet.html#egenvurdering-med-teamet"' in self_assessments
    # Every kind of exercise has its group, so none falls out of the list.
    assert set(kinds.values()) <= {k for g in payload["groups"] for k in g["kinds"]}
