"""Exercises that teach (issue 12, item 6), as a reader meets them: confirm dialogs that focus the
safe choice and close with Escape, an import that asks before replacing answers, "Sist lagret" on
return, "Les mer" links that never lead back to the page itself, scenario endings with their own
titles and a count of endings found, arrow keys that only mark a quiz option, the privacy note (with its link
to the privacy page) once per page, export names with a time. Each check is a function that returns what is wrong, and
a planted-error test shows once that it catches the error."""

from __future__ import annotations

import json
import re
from collections import deque
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from tests.helpers import export_file, key
from widgets.definitions import instrument_ids, load

from .pages import book_pages, open_page, stored, wait_ready, widget

ZONE = "Europe/Oslo"
QUALITY = "book/kvalitet.html"
QUIZ_PAGE = "book/motiverende-samtale.html"
WORKBOOK_PAGE = "book/mine-svar.html"
SCENARIO_PAGE = "book/veiledning-i-praksis.html"
SCENARIO_ID = "scenario-sjelden-ute"
REFLECTION = "refleksjon-kvalitet"


@pytest.fixture(scope="module")
def ctx(browser, book):
    # One context for the module; a fixed time zone so the saved time can be checked to the minute.
    c = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True, timezone_id=ZONE)
    yield c
    c.close()


@pytest.fixture
def pg(ctx, book):
    """A fresh tab on an empty book (file://): localStorage is shared by the context, so it is cleared."""
    p = ctx.new_page()
    p.root = book.html.as_uri() + "/"
    p.errors = []
    p.on("pageerror", lambda e: p.errors.append(str(e)))
    p.goto(p.root + "book/intro.html")
    p.wait_for_load_state("load")
    p.evaluate("() => localStorage.clear()")
    yield p
    assert p.errors == [], p.errors
    p.close()


def active(page, expr: str):
    return page.evaluate(f"(() => {{ const e = document.activeElement; return {expr}; }})()")


def record(instrument_id: str, answers: dict, saved: str = "2026-12-02T08:14:00.000Z") -> str:
    d = load(instrument_id)
    return json.dumps(
        {"instrument": d["id"], "version": d["version"], "answers": answers, "response": "", "saved": saved}
    )


def seed(page, entries: dict[str, str]) -> None:
    page.evaluate("(e) => { for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v); }", entries)


# ------------------------------------------------------------------ dialogs


def dialog_problems(page, box) -> list[str]:
    """What is wrong with an open confirm box: focus not on Avbryt, or an old message still shown."""
    problems = []
    if not box.is_visible():
        return ["the box is not open"]
    if not active(page, "e.dataset.action && e.dataset.action.startsWith('cancel-')"):
        problems.append(f"focus is on {active(page, 'e.outerHTML.slice(0, 80)')}, not on Avbryt")
    frame = box.locator("xpath=..")
    for line in frame.locator(":scope > .mvh-message, :scope > .mvh-alert").all():
        if line.inner_text().strip():
            problems.append(f"an old message is still shown: {line.inner_text()!r}")
    return problems


def test_reset_dialog_focuses_avbryt_closes_on_escape_and_clears_old_messages(pg, tmp_path):
    open_page(pg, pg.root, QUALITY)
    w = wait_ready(pg, REFLECTION)
    w.locator("textarea").first.fill("Et svar")
    # A failed import leaves an error on screen ...
    csv = tmp_path / "svar.csv"
    csv.write_text("\ufeffnummer;spørsmål;svar\r\n1;Hva;Noe\r\n", encoding="utf-8")
    w.locator("input.mvh-file").set_input_files(str(csv))
    expect(w.locator(".mvh-alert")).to_contain_text("Dette er en CSV-fil")
    # ... and the reset question clears it, with focus on the safe choice.
    trigger = w.locator('button[data-action="reset"]')
    trigger.focus()
    pg.keyboard.press("Enter")
    box = w.locator(".mvh-confirm[aria-label='Bekreft nullstilling']")
    assert dialog_problems(pg, box) == []
    # Enter twice (the old trap) only cancels: the answer is kept.
    pg.keyboard.press("Enter")
    assert not box.is_visible()
    assert active(pg, "e.dataset.action") == "reset"
    assert "Et svar" in stored(pg, REFLECTION)["responses"].values()
    # Escape closes it too and gives focus back to Nullstill.
    pg.keyboard.press("Enter")
    assert box.is_visible()
    pg.keyboard.press("Escape")
    assert not box.is_visible()
    assert active(pg, "e.dataset.action") == "reset"
    assert w.locator("textarea").first.input_value() == "Et svar"


def test_delete_all_dialog_on_mine_svar_focuses_avbryt_and_escape_closes(pg):
    seed(pg, {key(REFLECTION): record(REFLECTION, {"responses": {"r1": "x"}})})
    open_page(pg, pg.root, WORKBOOK_PAGE)
    w = pg.locator(".mvh-workbook")
    w.locator('button[data-action="delete-all"]').click()
    box = w.locator(".mvh-confirm[aria-label='Bekreft sletting']")
    assert dialog_problems(pg, box) == []
    pg.keyboard.press("Escape")
    assert not box.is_visible()
    assert active(pg, "e.dataset.action") == "delete-all"


def test_planted_dialog_problems_are_caught(pg):
    open_page(pg, pg.root, QUALITY)
    w = wait_ready(pg, REFLECTION)
    w.locator('button[data-action="reset"]').click()
    box = w.locator(".mvh-confirm[aria-label='Bekreft nullstilling']")
    # Planted: focus on the delete button, and an old message left standing.
    w.locator('button[data-action="confirm-reset"]').focus()
    w.locator(".mvh-alert").evaluate("(e) => { e.textContent = 'Gammel feil'; }")
    problems = dialog_problems(pg, box)
    assert any("not on Avbryt" in p for p in problems)
    assert any("Gammel feil" in p for p in problems)


# ------------------------------------------------------------------ import


def test_import_asks_before_replacing_and_says_how_many(pg, tmp_path):
    open_page(pg, pg.root, QUALITY)
    w = wait_ready(pg, REFLECTION)
    areas = w.locator("textarea")
    areas.nth(0).fill("Mitt første svar")
    areas.nth(1).fill("Mitt andre svar")
    prompts = [p["id"] for p in load(REFLECTION)["prompts"]]
    mine = stored(pg, REFLECTION)
    # The file changes one answer and lacks the other: two of the reader's answers would go.
    path = export_file(tmp_path / "fil.json", REFLECTION, {"responses": {prompts[0]: "Fra fila", prompts[2]: "Nytt"}})
    w.locator("input.mvh-file").set_input_files(str(path))
    box = w.locator(".mvh-confirm[aria-label='Bekreft import']")
    box.wait_for(state="visible")  # the file is read asynchronously
    question = box.locator(".mvh-confirm-question").inner_text()
    assert "blir 2 av svarene dine erstattet" in question, question
    assert "«fil.json»" in question
    assert active(pg, "e.dataset.action") == "cancel-import"
    # Avbryt: nothing changes.
    pg.keyboard.press("Enter")
    assert stored(pg, REFLECTION) == mine
    assert areas.nth(0).input_value() == "Mitt første svar"
    # Again, and yes: the file's answers are in.
    w.locator("input.mvh-file").set_input_files(str(path))
    box.wait_for(state="visible")
    box.locator('button[data-action="confirm-import"]').click()
    assert stored(pg, REFLECTION) == {"responses": {prompts[0]: "Fra fila", prompts[2]: "Nytt"}}
    assert areas.nth(0).input_value() == "Fra fila"
    assert "er importert" in w.locator(".mvh-message").inner_text()


def test_import_that_only_adds_does_not_ask(pg, tmp_path):
    open_page(pg, pg.root, QUALITY)
    w = wait_ready(pg, REFLECTION)
    prompts = [p["id"] for p in load(REFLECTION)["prompts"]]
    path = export_file(tmp_path / "fil.json", REFLECTION, {"responses": {prompts[0]: "Fra fila"}})
    w.locator("input.mvh-file").set_input_files(str(path))
    expect(w.locator(".mvh-message")).to_contain_text("er importert")
    assert not w.locator(".mvh-confirm[aria-label='Bekreft import']").is_visible()
    assert stored(pg, REFLECTION) == {"responses": {prompts[0]: "Fra fila"}}


def test_import_errors_name_exercises_by_title_and_send_workbook_files_to_mine_svar(pg, tmp_path):
    open_page(pg, pg.root, QUALITY)
    w = wait_ready(pg, REFLECTION)
    other = export_file(tmp_path / "kv.json", "kvalitetsveileder", {"ratings": {}})
    w.locator("input.mvh-file").set_input_files(str(other))
    expect(w.locator(".mvh-alert")).to_contain_text("ble ikke importert")
    text = w.locator(".mvh-alert").inner_text()
    assert f"«{load('kvalitetsveileder')['title']}»" in text and f"«{load(REFLECTION)['title']}»" in text
    assert "«kvalitetsveileder»" not in text and "«refleksjon-kvalitet»" not in text
    wb = tmp_path / "mine-svar.json"
    wb.write_text(json.dumps({"format": "metodeveilederhandboka-arbeidsbok", "exported": "", "instruments": []}))
    w.locator("input.mvh-file").set_input_files(str(wb))
    expect(w.locator(".mvh-alert")).to_contain_text("Importer den på siden «Mine svar»")


# ------------------------------------------------------------------ saved time


def saved_problems(text: str, iso: str) -> list[str]:
    """The saved line must say when, as "Sist lagret 2.12. kl. 09.14." in Oslo time."""
    t = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(ZoneInfo(ZONE))
    want = f"Sist lagret {t.day}.{t.month}. kl. {t.hour:02d}.{t.minute:02d}."
    return [] if text == want else [f"{text!r} is not {want!r}"]


def test_returning_reader_sees_when_the_answers_were_saved(pg):
    open_page(pg, pg.root, QUALITY)
    w = wait_ready(pg, REFLECTION)
    w.locator("textarea").first.fill("Et svar")
    assert w.locator(".mvh-saved").inner_text().startswith("Lagret i nettleseren kl. ")
    saved = json.loads(pg.evaluate("(k) => localStorage.getItem(k)", key(REFLECTION)))["saved"]
    pg.reload()
    w = wait_ready(pg, REFLECTION)
    assert saved_problems(w.locator(".mvh-saved").inner_text(), saved) == []
    # An exercise with nothing saved says nothing about saving.
    assert wait_ready(pg, "kvalitetsveileder").locator(".mvh-saved").inner_text() == ""


def test_planted_saved_time_problems_are_caught():
    assert saved_problems("", "2026-12-02T08:14:00.000Z")
    assert saved_problems("Sist lagret 2.12. kl. 08.14.", "2026-12-02T08:14:00.000Z"), "UTC, not Oslo time"
    assert saved_problems("Sist lagret 2.12. kl. 09.14.", "2026-12-02T08:14:00.000Z") == []


# ------------------------------------------------------------------ Les mer


def routes_to_endings(d: dict) -> dict[str, list[str]]:
    """The shortest route from the start to every ending."""
    nodes = {n["id"]: n for n in d["nodes"]}
    seen = {d["start"]: [d["start"]]}
    queue = deque([d["start"]])
    while queue:
        at = queue.popleft()
        for c in nodes[at].get("choices", []):
            if c["next"] not in seen:
                seen[c["next"]] = [*seen[at], c["next"]]
                queue.append(c["next"])
    return {n["id"]: seen[n["id"]] for n in d["nodes"] if "ending" in n}


def page_titles(html_dir: Path) -> dict[str, str]:
    """Each page's title as the sidebar spells it (what a link should name)."""
    text = (html_dir / "book" / "intro.html").read_text(encoding="utf-8")
    out = {}
    for href, inner in re.findall(r'<a class="reference internal" href="([\w-]+)\.html">(.*?)</a>', text, re.S):
        out[href] = re.sub(r"<[^>]+>", "", inner).strip()
    return out


def read_more_problems(page, titles: dict[str, str]) -> list[str]:
    """Read-more links that lead to the page itself, or whose text does not name where they lead."""
    here = page.url.split("/")[-1].split("#")[0]
    problems = []
    links = page.eval_on_selector_all(
        "a.mvh-chapter-link", "els => els.map((a) => [a.getAttribute('href') || '', a.textContent])"
    )
    for href, text in links:
        if href.split("#")[0] in ("", here):
            problems.append(f"{here}: a link to the page itself ({text!r})")
        want = f"Les mer i kapitlet «{titles.get(href.removesuffix('.html'), '?')}»"
        if text != want:
            problems.append(f"{here}: {text!r} should be {want!r}")
    return problems


def test_read_more_links_never_lead_to_the_page_itself_and_name_the_chapter(pg, book):
    titles = page_titles(book.html)
    html = book.html
    pages = [p for p in book_pages(html) if 'data-mvh-id="' in (html / p).read_text(encoding="utf-8")]
    checked_links = 0
    for p in pages:
        text = (html / p).read_text(encoding="utf-8")
        ids = sorted(set(re.findall(r'class="mvh-widget[^"]*" data-mvh-id="([\w-]+)"', text)))
        defs = [load(i) for i in ids]
        likerts = [d for d in defs if d["kind"] == "likert"]
        scenarios = [(d, list(routes_to_endings(d).values())) for d in defs if d["kind"] == "scenario"]
        if not likerts and not scenarios:
            continue
        rounds = max([len(r) for _, r in scenarios] or [1])
        for i in range(rounds):
            entries = {}
            for d in likerts:
                ratings = {it["id"]: d["scale"]["min"] for dim in d["dimensions"] for it in dim["items"]}
                entries[key(d["id"])] = record(d["id"], {"ratings": ratings})
            for d, routes in scenarios:
                entries[key(d["id"])] = record(d["id"], {"path": routes[i % len(routes)]})
            if i == 0:
                pg.evaluate("() => localStorage.clear()")
                seed(pg, entries)
                open_page(pg, pg.root, p)
                for d in defs:
                    wait_ready(pg, d["id"])
            else:
                # The next ending of every scenario, as another tab would save it (the page catches up
                # on the storage event): one load per page instead of one per ending.
                pg.evaluate(
                    """(e) => {
                      for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
                      window.dispatchEvent(new StorageEvent("storage", { key: null }));
                    }""",
                    entries,
                )
            for d, routes in scenarios:
                end = routes[i % len(routes)][-1]
                title = next(n for n in d["nodes"] if n["id"] == end)["title"]
                assert widget(pg, d["id"]).locator(".mvh-stage h4").inner_text() == title
            assert read_more_problems(pg, titles) == []
            checked_links += pg.locator("a.mvh-chapter-link").count()
    assert checked_links > 30, checked_links


def test_planted_read_more_problems_are_caught(pg, book):
    titles = page_titles(book.html)
    open_page(pg, pg.root, "book/psykologisk-trygghet.html")
    pg.evaluate(
        """() => {
          const a = document.createElement('a'); a.className = 'mvh-chapter-link';
          a.href = 'psykologisk-trygghet.html'; a.textContent = 'Les mer i boka.'; document.body.append(a);
        }"""
    )
    problems = read_more_problems(pg, titles)
    assert any("page itself" in x for x in problems) and any("should be" in x for x in problems)


# ------------------------------------------------------------------ scenario endings


def test_scenario_endings_show_their_titles_and_how_many_are_found(pg):
    d = load(SCENARIO_ID)
    nodes = {n["id"]: n for n in d["nodes"]}
    routes = routes_to_endings(d)
    total = len(routes)
    open_page(pg, pg.root, SCENARIO_PAGE)
    w = wait_ready(pg, SCENARIO_ID)
    for n, (ending, route) in enumerate(list(routes.items())[:2], start=1):
        if n > 1:
            w.locator('button[data-action="restart"]').click()
        for step in route[1:]:
            w.locator(f'.mvh-stage button.mvh-choice-btn[data-next="{step}"]').click()
        stage = w.locator(".mvh-stage")
        assert stage.locator("h4").inner_text() == nodes[ending]["title"]
        assert f"Du har funnet {n} av {total} utfall." in stage.locator(".mvh-outcome").inner_text()
    found = stored(pg, SCENARIO_ID)["endings"]
    assert found == list(routes)[:2]
    # Mine svar says which ending, and how many are found.
    open_page(pg, pg.root, WORKBOOK_PAGE)
    last = nodes[list(routes)[1]]["title"]
    assert f"fullført: «{last}» (2 av {total} utfall funnet)" in pg.locator(".mvh-workbook").inner_text()


def test_old_scenario_answers_without_endings_still_load_and_count_their_ending(pg):
    d = load(SCENARIO_ID)
    ending, route = next(iter(routes_to_endings(d).items()))
    seed(pg, {key(SCENARIO_ID): record(SCENARIO_ID, {"path": route})})
    open_page(pg, pg.root, SCENARIO_PAGE)
    w = wait_ready(pg, SCENARIO_ID)
    assert w.locator(".mvh-notice[data-notice='recovery']").count() == 0
    assert f"Du har funnet 1 av {len(routes_to_endings(d))} utfall." in w.locator(".mvh-outcome").inner_text()


# ------------------------------------------------------------------ single-choice quiz by arrow keys


def test_arrow_keys_only_mark_an_option_until_space_or_leaving_the_group(pg):
    q = load("mi-feller")["questions"][0]
    open_page(pg, pg.root, QUIZ_PAGE)
    w = wait_ready(pg, "mi-feller")
    section = w.locator(f'section.mvh-question[data-question="{q["id"]}"]')
    section.locator("input[type=radio]").first.focus()
    pg.keyboard.press("ArrowDown")
    pg.keyboard.press("ArrowDown")
    # Passed on the way: no feedback, nothing saved, a hint to pick it.
    assert section.locator(".mvh-option-feedback").inner_text() == ""
    assert stored(pg, "mi-feller") is None
    assert "mellomrom" in section.locator(".mvh-pending-hint").inner_text()
    assert section.locator(f'input[value="{q["options"][2]["id"]}"]').is_checked()
    pg.keyboard.press("Space")
    assert stored(pg, "mi-feller") == {"responses": {q["id"]: q["options"][2]["id"]}}
    assert section.locator(".mvh-option-feedback").inner_text() != ""
    # Arrowing on and leaving the group with Tab: the option left on is the answer.
    pg.keyboard.press("ArrowUp")
    assert stored(pg, "mi-feller") == {"responses": {q["id"]: q["options"][2]["id"]}}
    pg.keyboard.press("Tab")
    assert stored(pg, "mi-feller") == {"responses": {q["id"]: q["options"][1]["id"]}}


def test_wrong_answer_hint_is_not_printed(pg):
    q = load("mi-feller")["questions"][0]
    wrong = next(o["id"] for o in q["options"] if not o.get("correct"))
    open_page(pg, pg.root, QUIZ_PAGE)
    w = wait_ready(pg, "mi-feller")
    section = w.locator(f'section.mvh-question[data-question="{q["id"]}"]')
    section.locator(f'label.mvh-option[data-option="{wrong}"]').click()
    result = section.locator(".mvh-result")
    assert result.is_visible() and "Svaret er ikke riktig" not in section.inner_text()
    pg.emulate_media(media="print")
    assert not result.is_visible()
    pg.emulate_media(media="screen")


# ------------------------------------------------------------------ privacy note and file names


def test_the_full_privacy_note_stands_once_per_page(pg):
    open_page(pg, pg.root, QUIZ_PAGE)
    for i in ("mi-endringssnakk", "mi-refleksjoner", "mi-feller", "refleksjon-motiverende-samtale"):
        wait_ready(pg, i)
    full = pg.locator(".mvh-privacy:not(.mvh-privacy-short)")
    short = pg.locator(".mvh-privacy.mvh-privacy-short")
    assert full.count() == 1 and short.count() == 3
    assert short.first.inner_text() == "Svarene lagres bare i denne nettleseren. Les mer om personvern."


# One page per kind of exercise: together they hold every kind the instruments use.
PRIVACY_PAGES = {
    "book/kvalitet.html": {"rating", "reflection"},
    "book/selvvurderinger.html": {"likert"},
    QUIZ_PAGE: {"quiz", "reflection"},
    SCENARIO_PAGE: {"scenario"},
    "book/maler.html": {"template"},
    "book/kursopplegg.html": {"evaluation", "reflection"},
}


def privacy_link_problems(pg, html_dir: Path) -> list[str]:
    """Every exercise on the open page whose privacy note has no link that opens the privacy page."""
    pg.wait_for_function(
        "() => [...document.querySelectorAll('.mvh-widget[data-mvh-id]')].every(w => w.classList.contains('mvh-ready'))"
    )
    notes = pg.eval_on_selector_all(
        ".mvh-widget[data-mvh-id]",
        """ws => ws.map(w => {
            const a = w.querySelector("section.mvh > .mvh-privacy a");
            return [w.dataset.mvhId, w.querySelector("section.mvh").dataset.kind, a ? a.href : null];
        })""",
    )
    target = (html_dir / "book" / "personvern.html").as_uri()
    out = [f"{i}: no link in the privacy note" for i, _, href in notes if href is None]
    out += [f"{i}: the privacy note links to {href}" for i, _, href in notes if href and href != target]
    if not (html_dir / "book" / "personvern.html").is_file():
        out.append("book/personvern.html is not built")
    return out


def test_every_exercise_links_its_privacy_note_to_the_privacy_page(pg, book):
    for path, kinds in PRIVACY_PAGES.items():
        open_page(pg, pg.root, path)
        assert privacy_link_problems(pg, book.html) == [], path
        assert set(pg.eval_on_selector_all("section.mvh[data-kind]", "s => s.map(e => e.dataset.kind)")) >= kinds
    # Together the pages hold every kind of exercise the book has.
    assert set().union(*PRIVACY_PAGES.values()) == {load(i)["kind"] for i in instrument_ids()}


def test_the_privacy_link_check_catches_a_note_without_its_link(pg, book):
    open_page(pg, pg.root, "book/kvalitet.html")
    # Planted: the first note's link gone, the second's leading to a page that is not the privacy page.
    pg.wait_for_function("() => document.querySelectorAll('.mvh-privacy a').length >= 2")
    pg.evaluate(
        """() => { const [a, b] = document.querySelectorAll('.mvh-privacy a');
                   a.remove(); b.setAttribute('href', 'kvalitet.html'); }"""
    )
    found = privacy_link_problems(pg, book.html)
    assert found == [
        "kvalitetsveileder: no link in the privacy note",
        f"refleksjon-kvalitet: the privacy note links to {(book.html / 'book' / 'kvalitet.html').as_uri()}",
    ], found


def test_export_names_carry_date_and_time(pg):
    open_page(pg, pg.root, QUIZ_PAGE)
    w = wait_ready(pg, "mi-feller")
    for action, ext in (("export-json", "json"), ("export-csv", "csv")):
        with pg.expect_download() as dl:
            w.locator(f'button[data-action="{action}"]').click()
        name = dl.value.suggested_filename
        assert re.fullmatch(rf"mi-feller-\d{{4}}-\d{{2}}-\d{{2}}-\d{{4}}\.{ext}", name), name
    # The date and time are the reader's own (Oslo here), to the minute.
    now = datetime.now(ZoneInfo(ZONE))
    assert name.startswith(f"mi-feller-{now:%Y-%m-%d}-")
    # Mine svar names its files the same way, the whole workbook and each row's export.
    seed(pg, {key(REFLECTION): record(REFLECTION, {"responses": {"r1": "x"}})})
    open_page(pg, pg.root, WORKBOOK_PAGE)
    wb = pg.locator(".mvh-workbook")
    for action, stem in (("export-all", "mine-svar"), ("export-one", REFLECTION)):
        with pg.expect_download() as dl:
            wb.locator(f'button[data-action="{action}"]').first.click()
        assert re.fullmatch(rf"{stem}-{now:%Y-%m-%d}-\d{{4}}\.json", dl.value.suggested_filename)
