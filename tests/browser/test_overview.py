"""How far the reader has come: the overview on Mine svar (counts in total and per part, each exercise
linking to where it lives, the measurements with their dates) and the landing page's progress line, which
is there only when the reader has answers. One page for the module: seeded storage, few loads."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Recorder
from widgets.definitions import instrument_ids, load

from .test_accessibility import AXE, BLOCKING

MINE_SVAR = "book/mine-svar.html"
LANDING = "book/intro.html"
TOTAL = len(instrument_ids())

DONE = load("refleksjon-kvalitet")  # in Kvalitet (Del I)
STARTED = load("kvalitetsveileder")  # in Kvalitet too
MEASURED = load("balansekunst-profil")


def record(definition: dict, answers: dict) -> str:
    return json.dumps(
        {
            "instrument": definition["id"],
            "version": definition["version"],
            "answers": answers,
            "response": "0123456789abcdef0123456789abcdef",
            "saved": "2026-12-02T09:00:00.000Z",
        }
    )


def measurement(mid: str, label: str, date: str, saved: str) -> dict:
    return {
        "id": mid,
        "label": label,
        "date": date,
        "version": MEASURED["version"],
        "response": "fedcba9876543210fedcba9876543210",
        "saved": saved,
        "answers": {"ratings": {}},
    }


SEED = {
    f"metodeveilederhandboka:{DONE['id']}:v{DONE['version']}": record(
        DONE, {"responses": {p["id"]: "Et svar" for p in DONE["prompts"]}}
    ),
    f"metodeveilederhandboka:{STARTED['id']}:v{STARTED['version']}": record(STARTED, {"ratings": {"1.1": "gul"}}),
    f"metodeveilederhandboka:{MEASURED['id']}:malinger": json.dumps(
        {
            "instrument": MEASURED["id"],
            "measurements": [
                measurement("00000000000000a1", "Kursstart", "2026-12-02", "2026-12-02T09:14:00.000Z"),
                measurement("00000000000000a2", "Oppfølging 4", "2027-04-20", "2027-04-20T10:00:00.000Z"),
            ],
        }
    ),
}


@pytest.fixture(scope="module")
def tab(browser, http_root):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.recorder = Recorder(http_root)
    page.recorder.attach(page)
    page.goto(http_root + LANDING)
    page.evaluate("() => localStorage.clear()")
    yield page
    context.close()


def assert_clean(page) -> None:
    """The recorder's check, less what a reload cancels (the favicon, now and then): not a failure."""
    rec = page.recorder
    rec.failed[:] = [f for f in rec.failed if not f.endswith("(net::ERR_ABORTED)")]
    rec.assert_clean()


def seed(page, entries: dict) -> None:
    page.evaluate("(e) => { for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v); }", entries)


def test_the_landing_page_shows_nothing_without_answers_and_one_line_with_them(tab, http_root):
    tab.goto(http_root + LANDING)
    holder = tab.locator('.mvh-widget[data-mvh-role="progress"]')
    holder.wait_for(state="attached")
    tab.wait_for_function("document.querySelector('[data-mvh-role=progress]').classList.contains('mvh-ready')")
    # No box, no empty cell: nothing on the page takes any room.
    assert not holder.is_visible()
    assert tab.locator(".cell:has([data-mvh-role=progress])").bounding_box() is None
    seed(tab, SEED)
    tab.reload()
    line = tab.locator(".mvh-book-progress")
    line.wait_for()
    assert line.inner_text() == f"Din fremdrift: ferdig med 1 av {TOTAL} øvelser, 1 påbegynt · Mine svar"
    # The link by keyboard (focus, Enter) takes the reader to Mine svar, where the overview opens the page.
    link = line.get_by_role("link", name="Mine svar")
    link.focus()
    tab.keyboard.press("Enter")
    tab.wait_for_url(f"{http_root}{MINE_SVAR}")
    assert tab.locator(".mvh-overview").is_visible()


def test_mine_svar_counts_in_total_and_per_part_and_links_each_exercise(tab, http_root):
    ov = tab.locator(".mvh-overview")
    ov.wait_for()
    assert (
        ov.locator(".mvh-overview-total").inner_text() == f"Du er ferdig med 1 av {TOTAL} øvelser og har begynt på 1."
    )
    part_titles = ov.locator(".mvh-overview-part-title").all_inner_texts()
    assert part_titles[0] == "Del I: Rollen og metodikken" and "Verktøykasse" in part_titles
    del1 = ov.locator('details.mvh-overview-part[data-part="Del I: Rollen og metodikken"]')
    n = del1.locator(".mvh-overview-item").count()
    assert del1.locator(".mvh-overview-count").inner_text() == f" – 1 av {n} ferdig, 1 påbegynt"
    # Every instrument is in some part, and no part says more is done than the reader did.
    ids = set(ov.locator(".mvh-overview-item").evaluate_all("els => els.map(e => e.dataset.instrument)"))
    assert ids == set(instrument_ids())
    assert ov.locator('.mvh-overview-item[data-status="done"]').evaluate_all(
        "els => [...new Set(els.map(e => e.dataset.instrument))]"
    ) == [DONE["id"]]
    # A part opens from the keyboard; Tab then reaches its first exercise, linked to where it stands.
    summary = del1.locator("summary")
    summary.focus()
    tab.keyboard.press("Enter")
    row = del1.locator(f'.mvh-overview-item[data-instrument="{STARTED["id"]}"]')
    assert row.is_visible() and "Påbegynt" in row.inner_text()
    assert row.locator("a").get_attribute("href") == "kvalitet.html#egenvurdering-med-teamet"
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.closest('details')?.dataset.part") == "Del I: Rollen og metodikken"
    assert tab.evaluate("document.activeElement.tagName") == "A"
    # The measurements, oldest first, with date, label and the exercise.
    items = ov.locator(".mvh-overview-measurement-list li")
    assert items.all_inner_texts() == [
        f"02.12.2026 Kursstart – {MEASURED['title']}",
        f"20.04.2027 Oppfølging 4 – {MEASURED['title']}",
    ]
    assert items.first.locator("a").get_attribute("href").startswith("balansekunsten.html")


def test_the_counts_follow_answers_changed_in_this_tab_and_in_another(tab):
    ov = tab.locator(".mvh-overview")
    total = ov.locator(".mvh-overview-total")
    # In another tab: the started Kvalitetsveileder is answered in full.
    other = tab.context.new_page()
    other.goto(tab.url)
    items = [i["id"] for p in STARTED["parts"] for t in p["themes"] for i in t["items"]]
    seed(
        other,
        {
            f"metodeveilederhandboka:{STARTED['id']}:v{STARTED['version']}": record(
                STARTED, {"ratings": dict.fromkeys(items, "gronn")}
            )
        },
    )
    other.close()
    tab.wait_for_function(
        "(t) => document.querySelector('.mvh-overview-total').textContent === t",
        arg=f"Du er ferdig med 2 av {TOTAL} øvelser.",
    )
    # In this tab: the workbook deletes one exercise's answers, and the overview counts again at once.
    wb = tab.locator('.mvh-widget[data-mvh-role="workbook"]')
    wb.locator(f'tr[data-instrument="{DONE["id"]}"] button[data-action="delete-one"]').click()
    wb.locator('button[data-action="confirm-delete-one"]:visible').click()
    assert total.inner_text() == f"Du er ferdig med 1 av {TOTAL} øvelser."
    assert_clean(tab)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_overview_is_axe_clean(tab, scheme):
    tab.emulate_media(color_scheme=scheme)
    tab.reload()
    tab.locator(".mvh-overview").wait_for()
    assert tab.locator("html").get_attribute("data-theme") == scheme
    for summary in tab.locator(".mvh-overview-part > summary").all():
        summary.click()
    found = AXE.run(tab, context='.mvh-widget[data-mvh-role="overview"]').response["violations"]
    # axe itself fetches the theme's @import of basic.css from the wrong folder, and the policy refuses it
    # (a failed request and a console line): that is axe's request, not the book's.
    rec = tab.recorder
    rec.failed[:] = [f for f in rec.failed if not f.endswith("/basic.css (csp)")]
    rec.console_errors[:] = [e for e in rec.console_errors if "/basic.css' violates" not in e]
    assert [f"{v['id']}: {v['help']}" for v in found if v["impact"] in BLOCKING] == []


def test_without_measurements_one_line_says_what_they_are_and_where_to_make_one(tab, http_root):
    tab.evaluate("() => localStorage.clear()")
    tab.reload()
    none = tab.locator(".mvh-overview-none")
    none.wait_for()
    assert none.inner_text().startswith("Du har ingen målinger ennå. En måling er en datert kopi")
    hrefs = none.locator("a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert "selvvurderinger.html" in hrefs or any(h.startswith("balansekunsten.html") for h in hrefs)
    assert tab.locator(".mvh-overview-total").inner_text() == f"Du er ferdig med 0 av {TOTAL} øvelser."
    tab.goto(http_root + LANDING)
    tab.wait_for_function("document.querySelector('[data-mvh-role=progress]').classList.contains('mvh-ready')")
    assert tab.locator(".mvh-book-progress").count() == 0
    # Nothing on the way asked for anything outside the book, and nothing failed.
    assert_clean(tab)
