"""Measurements in the built book: save, compare, rename, delete, carry through export and import,
compare across a version bump, by keyboard, and axe on the new section (light and dark).

One page for the module (over http, so the exercise and Mine svar share storage); each test seeds the
storage it needs, so the tests do not depend on each other's order. The expected numbers come from
Python's compare_measurements on the known answers (the same rules as the shared vectors).
"""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from axe_playwright_python.sync_playwright import Axe

from widgets.definitions import load
from widgets.measure import compare_measurements, new_measurement

from .pages import wait_ready

ZONE = "Europe/Oslo"
PAGE = "book/teamkultur.html"
WORKBOOK = "book/mine-svar.html"
ID = "teamkultur"
DEF = load(ID)
PREFIX = "metodeveilederhandboka:"
ANSWERS_KEY = f"{PREFIX}{ID}:v{DEF['version']}"
MEASURE_KEY = f"{PREFIX}{ID}:malinger"
ITEMS = [i["id"] for d in DEF["dimensions"] for i in d["items"]]
LOW = DEF["scale"]["min"]
LABELS = DEF["scale"]["labels"]
SECTION = ".mvh-measure"
AXE = Axe()

# Round one: every item but the last answered; round two changes some and answers the last.
ROUND_ONE = {item: LOW + (n % 5) for n, item in enumerate(ITEMS[:-1])}
CHANGES = {ITEMS[0]: 5, ITEMS[1]: 1, ITEMS[4]: 4, ITEMS[-1]: 3}


def num(x: float | None) -> str:
    """A mean as the page writes it: 3,50 (– for none)."""
    return "–" if x is None else f"{x:.2f}".replace(".", ",")


def signed(x: float | None) -> str:
    if x is None:
        return "–"
    text = num(abs(x))
    return f"+{text}" if x > 0 else f"−{text}" if x < 0 else text


@pytest.fixture(scope="module")
def ctx(browser):
    c = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True, timezone_id=ZONE)
    yield c
    c.close()


@pytest.fixture(scope="module")
def pg(ctx, http_root):
    p = ctx.new_page()
    p.root = http_root
    p.errors = []
    # axe reads the stylesheets with fetch, which the book's policy blocks (connect-src 'none'): not the page's error.
    p.in_axe = False
    p.on("pageerror", lambda e: p.errors.append(str(e)))
    p.on("console", lambda m: m.type == "error" and not p.in_axe and p.errors.append(m.text))
    p.goto(http_root + PAGE)
    yield p
    assert p.errors == [], p.errors
    p.close()


def record(answers: dict, response: str = "r-arbeid") -> str:
    return json.dumps(
        {"instrument": ID, "version": DEF["version"], "answers": answers, "response": response, "saved": ""}
    )


def seed(pg, answers: dict | None, measurements: list[dict] = (), path: str = PAGE):
    """Empty the book's storage, store these answers and measurements, and open the page."""
    pg.evaluate(
        """([ak, a, mk, m]) => {
          localStorage.clear();
          if (a) localStorage.setItem(ak, a);
          if (m) localStorage.setItem(mk, m);
        }""",
        [
            ANSWERS_KEY,
            record(answers) if answers is not None else None,
            MEASURE_KEY,
            json.dumps({"instrument": ID, "measurements": list(measurements)}) if measurements else None,
        ],
    )
    pg.goto(pg.root + path)
    pg.wait_for_load_state("load")
    if path == PAGE:
        return wait_ready(pg, ID)
    return pg.locator(".mvh-workbook")


def stored_measurements(pg) -> list[dict]:
    raw = pg.evaluate("(k) => localStorage.getItem(k)", MEASURE_KEY)
    return json.loads(raw)["measurements"] if raw else []


def stored_answers(pg) -> dict:
    return json.loads(pg.evaluate("(k) => localStorage.getItem(k)", ANSWERS_KEY))


def choose(w, item: str, value: int):
    w.locator(f'li.mvh-item[data-item="{item}"] label.mvh-choice').nth(value - LOW).click()


def active(pg, expr: str):
    return pg.evaluate(f"(() => {{ const e = document.activeElement; return {expr}; }})()")


def check_comparison(w, before: dict, after: dict):
    """The open comparison's table, chart and lists show what compare_measurements says."""
    want = compare_measurements(DEF, {"version": before["version"], "answers": before["answers"]}, after)
    titles = {d["id"]: d["title"] for d in DEF["dimensions"]}
    sec = w.locator(SECTION)
    # Chart and table show the groups with a number on at least one side.
    groups = [g for g in want["groups"] if g["before"] is not None or g["after"] is not None]
    rows = sec.locator("table.mvh-measure-table tbody tr")
    assert rows.count() == len(groups)
    for g in groups:
        row = sec.locator(f'table.mvh-measure-table tr[data-group="{g["id"]}"]')
        assert row.locator("th").inner_text() == titles[g["id"]]
        cells = [row.locator(f'td[data-col="{c}"]').inner_text() for c in ("before", "after", "delta")]
        assert cells == [num(g["before"]), num(g["after"]), signed(g["delta"])], g["id"]
        assert row.locator('td[data-col="answered-before"]').inner_text() == str(g["answered_before"])
        assert row.locator('td[data-col="answered-after"]').inner_text() == str(g["answered_after"])
    # The chart: a labelled image, two bars per dimension as long as their means, the numbers beside them.
    chart = sec.locator("svg.mvh-measure-chart")
    assert chart.get_attribute("role") == "img"
    assert "Før og etter per dimensjon" in chart.locator("title").text_content()
    track = float(chart.locator("rect.mvh-v-ubesvart").first.get_attribute("width"))
    low, high = DEF["scale"]["min"], DEF["scale"]["max"]
    for cls, side in (("mvh-bar-before", "before"), ("mvh-bar-after", "after")):
        widths = [
            float(x) for x in chart.locator(f"rect.{cls}").evaluate_all("els => els.map(e => e.getAttribute('width'))")
        ]
        widths = widths[:-1]  # the last one is the key's swatch
        means = [g[side] for g in groups if g[side] is not None]
        assert widths == pytest.approx([max(1, track * (m - low) / (high - low)) for m in means], abs=0.01), side
    texts = chart.locator("text").all_text_contents()
    for g in groups:
        assert num(g["before"]) in texts and num(g["after"]) in texts
    # The lists: what improved, fell back, is new and is no longer answered.
    for change in ("bedre", "dårligere", "ny", "borte"):
        ids = [i["id"] for i in want["items"] if i["change"] == change]
        shown = sec.locator(f'[data-change="{change}"] li').evaluate_all("els => els.map(e => e.dataset.item)")
        assert shown == ids, change
    skipped = sec.locator('[data-change="skipped"] li').all_inner_texts()
    assert skipped == want["skipped"]
    return want


def today_oslo() -> str:
    return datetime.now(ZoneInfo(ZONE)).date().isoformat()


def test_save_change_save_and_compare(pg):
    w = seed(pg, {"ratings": ROUND_ONE})
    sec = w.locator(SECTION)
    assert sec.locator(".mvh-measure-empty").is_visible()
    # The suggestion: today's date in the reader's own time zone, and a name made from it.
    assert sec.locator("input.mvh-measure-date").input_value() == today_oslo()
    assert sec.locator("input.mvh-measure-label").input_value().startswith("Måling ")
    sec.locator("input.mvh-measure-label").fill("Kursstart")
    sec.locator('[data-action="measure-save"]').click()
    assert "Målingen «Kursstart» er lagret." in sec.locator(".mvh-measure-message").inner_text()
    first = stored_measurements(pg)
    assert [(m["label"], m["date"], m["version"]) for m in first] == [("Kursstart", today_oslo(), DEF["version"])]
    assert first[0]["answers"] == {"ratings": ROUND_ONE}
    # The working answers are a new response from now on; the measurement keeps the old id.
    assert first[0]["response"] == "r-arbeid"
    assert stored_answers(pg)["response"] not in ("", "r-arbeid")

    # Change the answers (the measurement stays as it was), then save another.
    for item, value in CHANGES.items():
        choose(w, item, value)
    after = {**ROUND_ONE, **CHANGES}
    assert stored_answers(pg)["answers"]["ratings"] == after
    assert stored_measurements(pg)[0]["answers"] == {"ratings": ROUND_ONE}
    sec.locator("input.mvh-measure-label").fill("Oppfølging 4")
    sec.locator('[data-action="measure-save"]').click()
    both = stored_measurements(pg)
    assert [m["label"] for m in both] == ["Kursstart", "Oppfølging 4"]
    items = sec.locator(".mvh-measure-list > li")
    assert items.count() == 2
    assert items.nth(0).locator(".mvh-measure-when").inner_text() == ".".join(reversed(today_oslo().split("-")))
    assert (
        items.nth(1)
        .locator(".mvh-measure-summary")
        .inner_text()
        .startswith(f"{len(after)} av {len(ITEMS)} utsagn besvart")
    )

    # Compare: the latest two by default.
    assert sec.locator('select[data-side="before"]').input_value() == both[0]["id"]
    assert sec.locator('select[data-side="after"]').input_value() == both[1]["id"]
    sec.locator('[data-action="measure-compare"]').click()
    want = check_comparison(w, both[0], {"version": DEF["version"], "answers": both[1]["answers"]})
    assert {i["change"] for i in want["items"]} >= {"bedre", "dårligere", "ny"}, "the answers test these lists"
    # What the reader chose is shown as the scale's words.
    first_item = sec.locator(f'[data-change] li[data-item="{ITEMS[0]}"] .mvh-measure-values').inner_text()
    assert first_item == f"{LABELS[ROUND_ONE[ITEMS[0]] - LOW]} → {LABELS[CHANGES[ITEMS[0]] - LOW]}"
    # The other way round (the open comparison follows the selects): the new answer is no longer answered.
    sec.locator('select[data-side="before"]').select_option(both[1]["id"])
    sec.locator('select[data-side="after"]').select_option(both[0]["id"])
    want = check_comparison(w, both[1], {"version": DEF["version"], "answers": both[0]["answers"]})
    assert [i["id"] for i in want["items"] if i["change"] == "borte"] == [ITEMS[-1]]


def test_rename_and_delete_with_a_safe_question(pg):
    a = new_measurement(DEF, {"ratings": ROUND_ONE}, "r1", "Kursstart", "2026-09-01")
    b = new_measurement(DEF, {"ratings": {ITEMS[0]: 2}}, "r2", "Oppfølging 1", "2026-10-01")
    w = seed(pg, {"ratings": ROUND_ONE}, [a, b])
    sec = w.locator(SECTION)
    row = sec.locator(f'li[data-measurement="{a["id"]}"]')
    row.locator('[data-action="measure-rename"]').click()
    field = row.locator(".mvh-measure-rename input")
    assert active(pg, "e === document.querySelector('.mvh-measure-rename input')")
    field.fill("Kursstart 2026")
    field.press("Enter")
    assert [m["label"] for m in stored_measurements(pg)] == ["Kursstart 2026", "Oppfølging 1"]
    assert row.locator(".mvh-measure-name").inner_text() == "Kursstart 2026"
    assert active(pg, "e.dataset.action") == "measure-rename"

    # Delete: the question focuses Avbryt; Escape closes it and nothing is deleted.
    delete = sec.locator(f'li[data-measurement="{b["id"]}"] [data-action="measure-delete"]')
    delete.click()
    box = sec.locator('.mvh-confirm[aria-label="Bekreft sletting av måling"]')
    assert box.is_visible() and "«Oppfølging 1»" in box.inner_text()
    assert active(pg, "e.textContent") == "Avbryt"
    pg.keyboard.press("Escape")
    assert box.is_hidden()
    assert active(pg, "e.getAttribute('aria-label')") == "Slett målingen «Oppfølging 1»"
    assert len(stored_measurements(pg)) == 2
    delete.click()
    box.locator('[data-action="confirm-delete-measurement"]').click()
    assert [m["id"] for m in stored_measurements(pg)] == [a["id"]]
    assert sec.locator(".mvh-measure-list > li").count() == 1
    assert "er slettet" in sec.locator(".mvh-measure-message").inner_text()
    # Nullstill empties the answers and keeps the measurement.
    w.locator('button[data-action="reset"]').click()
    w.locator('button[data-action="confirm-reset"]').click()
    assert stored_answers(pg)["answers"] == {}
    assert [m["id"] for m in stored_measurements(pg)] == [a["id"]]
    assert sec.locator(".mvh-measure-list > li").count() == 1


def tab_to(pg, selector: str, most: int = 8):
    """Press Tab until the focused element matches `selector`; fail if it takes more than `most` presses."""
    for _ in range(most):
        pg.keyboard.press("Tab")
        if active(pg, f"e && e.matches({json.dumps(selector)})"):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_save_and_compare_by_keyboard_only(pg):
    older = new_measurement(DEF, {"ratings": {ITEMS[0]: 1, ITEMS[3]: 2}}, "r0", "Kursstart", "2026-01-15")
    w = seed(pg, {"ratings": ROUND_ONE}, [older])
    sec = w.locator(SECTION)
    # From the heading of the section, by keyboard alone.
    sec.locator("h4").evaluate("h => { h.tabIndex = -1; h.focus(); }")
    tab_to(pg, "input.mvh-measure-label")
    pg.keyboard.press("Control+A")
    pg.keyboard.type("Tastatur")
    tab_to(pg, '[data-action="measure-save"]')
    pg.keyboard.press("Space")
    saved = stored_measurements(pg)
    assert [m["label"] for m in saved] == ["Kursstart", "Tastatur"]
    # Compare the older one with the answers now: arrows in the selects, Enter on the button.
    tab_to(pg, 'select[data-side="before"]', most=20)
    assert sec.locator('select[data-side="before"]').input_value() == saved[0]["id"]
    pg.keyboard.press("ArrowUp")  # the list is newest first: up from Kursstart is Tastatur
    assert sec.locator('select[data-side="before"]').input_value() == saved[1]["id"]
    pg.keyboard.press("ArrowDown")
    assert sec.locator('select[data-side="before"]').input_value() == saved[0]["id"]
    tab_to(pg, 'select[data-side="after"]')
    pg.keyboard.press("ArrowDown")  # newest first: Tastatur, Kursstart, Svarene nå
    pg.keyboard.press("ArrowDown")
    assert sec.locator('select[data-side="after"]').input_value() == "naa"
    tab_to(pg, '[data-action="measure-compare"]')
    pg.keyboard.press("Enter")
    check_comparison(w, saved[0], {"version": DEF["version"], "answers": {"ratings": ROUND_ONE}})


def test_export_clear_everything_import_gives_both_back(pg, tmp_path):
    a = new_measurement(DEF, {"ratings": ROUND_ONE}, "r1", "Kursstart", "2026-09-01")
    b = new_measurement(DEF, {"ratings": {**ROUND_ONE, **CHANGES}}, "r2", "Oppfølging 4", "2027-01-20")
    # Files leave out each measurement's earlier response id (it would link two team rounds).
    a_file, b_file = ({k: v for k, v in m.items() if k != "response"} for m in (a, b))
    w = seed(pg, {"ratings": CHANGES}, [a, b])
    with pg.expect_download() as info:
        w.locator('button[data-action="export-json"]').click()
    one = tmp_path / "en.json"
    info.value.save_as(one)
    assert json.loads(one.read_text(encoding="utf-8"))["measurements"] == [a_file, b_file]

    # Mine svar: the row counts them, the export carries them, printing lists them.
    wb = seed(pg, {"ratings": CHANGES}, [a, b], path=WORKBOOK)
    assert "2 målinger" in wb.locator(f'tr[data-instrument="{ID}"]').inner_text()
    with pg.expect_download() as info:
        wb.locator('button[data-action="export-all"]').click()
    all_file = tmp_path / "alle.json"
    info.value.save_as(all_file)
    entry = next(e for e in json.loads(all_file.read_text(encoding="utf-8"))["instruments"] if e["instrument"] == ID)
    assert entry["measurements"] == [a_file, b_file]
    pg.evaluate("window.print = () => {}")
    wb.locator('button[data-action="print-all"]').click()
    printed = wb.locator(f'.mvh-print-doc [data-instrument="{ID}"] .mvh-paper-measurements li').all_inner_texts()
    assert [t.split(":")[0] for t in printed] == ["01.09.2026 Kursstart", "20.01.2027 Oppfølging 4"]

    # Slett alle: the question says measurements go too, and they do.
    wb.locator('button[data-action="delete-all"]').click()
    assert "målinger" in wb.locator('.mvh-confirm[aria-label="Bekreft sletting"]').inner_text()
    wb.locator('button[data-action="confirm-delete-all"]').click()
    assert stored_measurements(pg) == []
    wb.locator("input.mvh-file").set_input_files(str(all_file))
    pg.wait_for_function("(k) => localStorage.getItem(k) !== null", arg=MEASURE_KEY)
    assert stored_measurements(pg) == [a_file, b_file]
    assert "med 2 målinger" in wb.locator(".mvh-message").inner_text()

    # And the exercise's own file: cleared again, imported in the exercise, both are back.
    wb.locator('button[data-action="delete-all"]').click()
    wb.locator('button[data-action="confirm-delete-all"]').click()
    assert stored_measurements(pg) == []
    pg.goto(pg.root + PAGE)
    w = wait_ready(pg, ID)
    assert w.locator(f"{SECTION} .mvh-measure-list > li").count() == 0
    w.locator("input.mvh-file").set_input_files(str(one))
    pg.wait_for_function("(k) => localStorage.getItem(k) !== null", arg=MEASURE_KEY)
    assert stored_measurements(pg) == [a_file, b_file]
    labels = w.locator(f"{SECTION} .mvh-measure-list .mvh-measure-name").all_inner_texts()
    assert labels == ["Kursstart", "Oppfølging 4"]
    assert "2 målinger er med" in w.locator(".mvh-message").inner_text()


def test_compare_across_a_version_bump_names_what_could_not_be_compared(pg):
    old_answers = {"ratings": {ITEMS[0]: 2, ITEMS[2]: 4, "gammelt-utsagn": 5}}
    old = {**new_measurement(DEF, old_answers, "r0", "Årlig 2025", "2025-12-01"), "version": DEF["version"] - 1}
    w = seed(pg, {"ratings": ROUND_ONE}, [old])
    sec = w.locator(SECTION)
    assert f"fra versjon {DEF['version'] - 1} av øvelsen" in sec.locator(".mvh-measure-summary").inner_text()
    # One measurement: the default is that one against the answers now.
    assert sec.locator('select[data-side="before"]').input_value() == old["id"]
    assert sec.locator('select[data-side="after"]').input_value() == "naa"
    sec.locator('[data-action="measure-compare"]').click()
    want = check_comparison(w, old, {"version": DEF["version"], "answers": {"ratings": ROUND_ONE}})
    assert want["skipped"] == ["gammelt-utsagn"]
    # The check itself catches a page whose numbers are off: planted, the answers now one step different.
    planted = {"ratings": {**ROUND_ONE, ITEMS[2]: ROUND_ONE[ITEMS[2]] % 5 + 1}}
    with pytest.raises(AssertionError):
        check_comparison(w, old, {"version": DEF["version"], "answers": planted})
    assert "Kunne ikke sammenlignes (1)" in sec.locator('[data-change="skipped"] h5').inner_text()


def blocking(pg) -> list[str]:
    pg.in_axe = True
    try:
        results = AXE.run(pg, context=SECTION)
    finally:
        pg.in_axe = False
    return [
        f"{v['id']}: {v['help']} -> {[n['target'] for n in v['nodes']][:5]}"
        for v in results.response["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_in_the_section(pg, scheme):
    pg.emulate_media(color_scheme=scheme)
    a = new_measurement(DEF, {"ratings": ROUND_ONE}, "r1", "Kursstart", "2026-09-01")
    b = new_measurement(DEF, {"ratings": {**ROUND_ONE, **CHANGES}}, "r2", "Oppfølging 4", "2027-01-20")
    w = seed(pg, {"ratings": CHANGES}, [a, b])
    assert pg.locator("html").get_attribute("data-theme") == scheme
    sec = w.locator(SECTION)
    sec.locator('[data-action="measure-compare"]').click()
    sec.locator(f'li[data-measurement="{a["id"]}"] [data-action="measure-rename"]').click()
    sec.locator(f'li[data-measurement="{b["id"]}"] [data-action="measure-delete"]').click()
    assert sec.locator(".mvh-measure-result table").is_visible()
    assert blocking(pg) == []
    pg.emulate_media(color_scheme="light")


def test_a_full_storage_tells_the_reader_and_the_export_keeps_the_measurement(pg, tmp_path):
    a = new_measurement(DEF, {"ratings": ROUND_ONE}, "r1", "Kursstart", "2026-09-01")
    w = seed(pg, {"ratings": CHANGES}, [a])
    pg.evaluate(
        """(key) => {
          const original = Storage.prototype.setItem;
          window.__restoreSetItem = () => { Storage.prototype.setItem = original; };
          Storage.prototype.setItem = function (k, v) {
            if (k === key) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
            return original.call(this, k, v);
          };
        }""",
        MEASURE_KEY,
    )
    sec = w.locator(SECTION)
    sec.locator("input.mvh-measure-label").fill("Oppfølging 4")
    sec.locator('[data-action="measure-save"]').click()
    assert "ikke mer plass" in sec.locator(".mvh-measure-alert").inner_text()
    assert stored_measurements(pg) == [a], "what was stored is untouched"
    assert sec.locator(".mvh-measure-list > li").count() == 2, "the new one stays on the page"
    with pg.expect_download() as info:
        w.locator('button[data-action="export-json"]').click()
    path = tmp_path / "full.json"
    info.value.save_as(path)
    assert [m["label"] for m in json.loads(path.read_text(encoding="utf-8"))["measurements"]] == [
        "Kursstart",
        "Oppfølging 4",
    ]
    pg.evaluate("window.__restoreSetItem()")
