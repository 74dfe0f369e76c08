"""The course chapter as a facilitator runs it: every session has a timed plan with breaks, key messages and
the exercises the participants do, and every exercise the chapter or the facilitator's guide names exists and
is linked to the page it stands on. Read from the MyST sources; no build, no browser."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from widgets.definitions import load_all

ROOT = Path(__file__).resolve().parents[1]
BOOK = ROOT / "book"
COURSE, GUIDE = "kursopplegg", "kursleder"
SESSIONS = ["Dag 1", "Dag 2", "Oppfølging 1", "Oppfølging 2", "Oppfølging 3", "Oppfølging 4"]
LONGEST_STRETCH = 90  # minutes without a break, and the length from which a session needs one

HEADING = re.compile(r"^(#{2,3}) (.+)$", re.M)
TIME_ROW = re.compile(r"^\| *(\d{1,2})[.:](\d{2})–(\d{1,2})[.:](\d{2}) *\|(.*)$", re.M)
DOC_LINK = re.compile(r"\{doc\}`([^`<]+?)\s*<([^`>]+)>`")
ID_MENTION = re.compile(r"`((?:mal|mi|scenario|refleksjon)-[a-z0-9-]+)`")
PLACED = re.compile(r'instrument\("([a-z0-9-]+)"\)')


def _list_after(body: str, label: str) -> list[str] | None:
    """The items of the list that follows a bold label such as **Kjernebudskap:**, or None without one."""
    match = re.search(rf"^\*\*{re.escape(label)}\*\*\n\n((?:- .*\n?)+)", body, re.M)
    return None if match is None else [line[2:] for line in match.group(1).splitlines()]


def sections(text: str) -> dict[str, str]:
    """Heading -> its text up to the next heading of the same or a higher level."""
    heads = list(HEADING.finditer(text))
    out = {}
    for n, head in enumerate(heads):
        end = next((h.start() for h in heads[n + 1 :] if len(h.group(1)) <= len(head.group(1))), len(text))
        out[head.group(2)] = text[head.end() : end]
    return out


def where_placed() -> dict[str, set[str]]:
    """Instrument id -> the pages (docnames without book/) that place it."""
    out: dict[str, set[str]] = {}
    for page in BOOK.glob("*.md"):
        for i in PLACED.findall(page.read_text(encoding="utf-8")):
            out.setdefault(i, set()).add(page.stem)
    return out


def exercise_problems(text: str, placed: dict[str, set[str]], titles: dict[str, str]) -> list[str]:
    """What a facilitator following the page would run into: an exercise that is not in the book, or a link
    that leads to a page where the exercise is not."""
    out = []
    named = [(t, p) for t, p in DOC_LINK.findall(text) if t in titles]
    for body in sections(text).values():
        for item in _list_after(body, "Øvelser i boka:") or []:
            links = DOC_LINK.findall(item)
            if not links and not item.startswith("**"):
                out.append(f"«{item[:60]}»: names no exercise by a link")
            for title, _page in links:
                if title not in titles:
                    out.append(f"«{title}» is no exercise in widgets/instruments")
    for title, page in named:
        if page not in placed.get(titles[title], set()):
            out.append(f"«{title}» links to {page}, which does not hold {titles[title]}")
    for i in ID_MENTION.findall(text):
        if i not in placed and i not in titles.values():
            out.append(f"`{i}` is no exercise in widgets/instruments")
    return out


def _minutes(hours: str, minutes: str) -> int:
    return int(hours) * 60 + int(minutes)


def plan_problems(text: str) -> list[str]:
    """Sessions without a continuous timed plan, without a break when they need one, or without 3-5 key
    messages and the exercises the participants do."""
    out, found = [], sections(text)
    for session in SESSIONS:
        heading = next((h for h in found if h.startswith(session + ":")), None)
        if heading is None:
            out.append(f"{session}: no section")
            continue
        body = found[heading]
        rows = [(_minutes(a, b), _minutes(c, d), rest) for a, b, c, d, rest in TIME_ROW.findall(body)]
        if not rows:
            out.append(f"{session}: no timed plan")
            continue
        for (_, end, _), (start, _, _) in zip(rows, rows[1:], strict=False):
            if start != end:
                out.append(f"{session}: the plan has a gap or an overlap at {end // 60}:{end % 60:02d}")
        breaks = [(s, e) for s, e, rest in rows if re.match(r" *(Pause|Lunsj) *\|", rest)]
        if rows[-1][1] - rows[0][0] > LONGEST_STRETCH and not breaks:
            out.append(f"{session}: longer than {LONGEST_STRETCH} minutes and no break")
        edges = [rows[0][0]] + [x for b in breaks for x in b] + [rows[-1][1]]
        for start, end in zip(edges[::2], edges[1::2], strict=True):
            if end - start > LONGEST_STRETCH:
                out.append(f"{session}: {end - start} minutes without a break")
        messages = _list_after(body, "Kjernebudskap:")
        if messages is None or not 3 <= len(messages) <= 5:
            out.append(f"{session}: needs 3-5 key messages, has {len(messages or [])}")
        if not any(DOC_LINK.search(i) for i in _list_after(body, "Øvelser i boka:") or []):
            out.append(f"{session}: no exercises for the participants")
    return out


def _read(page: str) -> str:
    return (BOOK / f"{page}.md").read_text(encoding="utf-8")


def _titles() -> dict[str, str]:
    return {d["title"]: i for i, d in load_all().items()}


def test_every_session_has_a_timed_plan_with_breaks_key_messages_and_exercises():
    assert plan_problems(_read(COURSE)) == []


def test_every_exercise_named_exists_and_links_to_its_page():
    placed, titles = where_placed(), _titles()
    text = _read(COURSE)
    assert len([t for t, _ in DOC_LINK.findall(text) if t in titles]) >= 15
    for page in (COURSE, GUIDE):
        assert exercise_problems(_read(page), placed, titles) == [], page


def test_a_named_exercise_that_does_not_exist_is_caught():
    text = _read(COURSE).replace("{doc}`Mal: Porteføljegjennomgang <maler>`", "{doc}`Mal: Ukeplan for teamet <maler>`")
    assert "«Mal: Ukeplan for teamet» is no exercise in widgets/instruments" in exercise_problems(
        text, where_placed(), _titles()
    )


def test_an_exercise_linked_to_the_wrong_page_is_caught():
    wrong = "{doc}`Hør endringssnakket <maler>`"
    text = _read(COURSE).replace("{doc}`Hør endringssnakket <motiverende-samtale>`", wrong)
    assert exercise_problems(text, where_placed(), _titles()) == [
        "«Hør endringssnakket» links to maler, which does not hold mi-endringssnakk"
    ]


def test_a_follow_up_without_its_breaks_is_caught():
    text = re.sub(r"^\| \d:\d\d–\d:\d\d \| Pause \|.*\n", "", _read(COURSE), flags=re.M)
    problems = plan_problems(text)
    assert "Oppfølging 2: the plan has a gap or an overlap at 0:55" in problems
    assert any(p.startswith("Oppfølging 2: ") and "without a break" in p for p in problems)


def test_the_guide_follows_the_course_chapter_and_both_link_the_downloads():
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    files = [c["file"] for part in toc["parts"] for c in part["chapters"]]
    assert files[files.index(f"book/{COURSE}") + 1] == f"book/{GUIDE}"
    for page in (COURSE, GUIDE):
        assert "```{mvh-downloads}\n```" in _read(page), page
    assert _read(GUIDE).splitlines()[12] == "# Veiledning for kursleder"
