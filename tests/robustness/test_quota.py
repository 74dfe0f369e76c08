"""A full localStorage: the reader is told, the page keeps working, and nothing
typed is silently dropped: the export holds all of it."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Error as PlaywrightError

from tests.browser.pages import QUALITY_PAGE, RATING_ID, REFLECTION_ID, open_page, progress_text, table_counts

from .helpers import (
    PREFIX,
    book_storage,
    choose_files,
    export_json,
    get_item,
    key,
    note,
    raw_storage,
    seed_once,
    set_item,
    wait_ready,
    wait_text,
    widget,
    workbook_bytes,
    workbook_entry,
)

# Storage.prototype.setItem throws QuotaExceededError, as a browser does when the origin's
# storage is full. "record-too-big": the widget's one-character probe still fits, the
# answers do not. "every-write": nothing fits any more, not even the probe.
FULL = (
    """(mode) => {
  const original = Storage.prototype.setItem;
  window.__restoreSetItem = () => { Storage.prototype.setItem = original; };
  Storage.prototype.setItem = function (k, v) {
    if (String(k).startsWith("%s") && (mode === "every-write" || String(v).length > 64)) {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    }
    return original.call(this, k, v);
  };
}"""
    % PREFIX
)
MODES = ["record-too-big", "every-write"]


def fill(page):
    """Answers in both widgets on the page; returns what the export must hold."""
    w = wait_ready(page, RATING_ID)
    w.locator('li.mvh-item[data-item="1.1"] label.mvh-v-gronn').click()
    w.locator('li.mvh-item[data-item="2.1"] label.mvh-v-rod').click()
    w.locator('li.mvh-item[data-item="2.1"] summary').click()
    w.locator('textarea[data-note="2.1"]').fill("Vi mangler rutiner – «fullt lager»")
    row = w.locator("fieldset.mvh-plan-row").first
    row.locator("select").select_option("2")
    row.locator("textarea").fill("Lage en rutine")
    row.locator('input[type="text"]').fill("Teamleder")
    r = wait_ready(page, REFLECTION_ID)
    r.locator('textarea[data-prompt="r2"]').fill("Et svar som bare finnes på siden")
    rating = {
        "ratings": {"1.1": "gronn", "2.1": "rod"},
        "notes": {"2.1": "Vi mangler rutiner – «fullt lager»"},
        "plan": [{"theme": "2", "action": "Lage en rutine", "who": "Teamleder", "when": ""}]
        + [{"theme": "", "action": "", "who": "", "when": ""}] * 2,
    }
    return rating, {"responses": {"r2": "Et svar som bare finnes på siden"}}


def open_full(page, site, mode):
    page.add_init_script(f"({FULL})({json.dumps(mode)})")
    open_page(page, site, QUALITY_PAGE)
    return wait_ready(page, RATING_ID)


@pytest.mark.parametrize("mode", MODES)
def test_full_storage_keeps_everything_typed(page, site, tmp_path, mode):
    note("quota: ways storage is full", f"{len(MODES)} ({', '.join(MODES)})")
    w = open_full(page, site, mode)
    rating, reflection = fill(page)
    # The summary follows the answers although nothing could be saved.
    assert progress_text(page) == "Du har vurdert 2 av 58 mål."
    counts = table_counts(page)
    assert counts["Grønn"] == 1 and counts["Rød"] == 1 and counts["Ikke vurdert"] == 56
    # The reader is told, in both widgets, and it does not claim to be saved.
    for iid in (RATING_ID, REFLECTION_ID):
        ww = widget(page, iid)
        assert ww.locator(".mvh-notice").first.is_visible(), iid
        assert ww.locator(".mvh-saved").inner_text() == "Svarene er ikke lagret. Eksporter dem før du lukker siden."
    assert book_storage(page) == {}, "nothing could be stored, so nothing may be there"
    # Everything typed is in the exports.
    assert export_json(page, w, tmp_path)["answers"] == rating
    assert export_json(page, widget(page, REFLECTION_ID), tmp_path)["answers"] == reflection
    page.recorder.assert_clean()


@pytest.mark.parametrize("mode", MODES)
def test_full_storage_notice_says_the_storage_is_full(page, site, mode):
    w = open_full(page, site, mode)
    w.locator('li.mvh-item[data-item="1.1"] label.mvh-v-gronn').click()
    notice = w.locator(".mvh-notice").first
    assert notice.is_visible()
    assert "ikke mer plass" in notice.inner_text(), (
        f"storage is full ({mode}), but the notice says: {notice.inner_text()}"
    )


def test_when_room_is_made_everything_typed_is_saved(page, site, tmp_path):
    w = open_full(page, site, "record-too-big")
    rating, reflection = fill(page)
    page.evaluate("window.__restoreSetItem()")
    # The next change saves; the answers typed while storage was full are saved with it.
    w.locator('li.mvh-item[data-item="3.1"] label.mvh-v-gul').click()
    rating["ratings"]["3.1"] = "gul"
    assert json.loads(get_item(page, key(RATING_ID)))["answers"] == rating
    assert not w.locator(".mvh-notice").first.is_visible()
    assert w.locator(".mvh-saved").inner_text().startswith("Lagret i nettleseren")
    page.recorder.assert_clean()


def test_saved_answers_still_show_when_storage_has_filled_up(page, site):
    """Answers saved earlier must show (and be exportable) after the storage filled up with other things."""
    saved = {"ratings": {"1.1": "gronn", "4.2": "rod"}, "notes": {"4.2": "Skrevet før lageret ble fullt"}}
    open_page(page, site, QUALITY_PAGE)
    wait_ready(page, RATING_ID)
    set_item(
        page,
        key(RATING_ID),
        json.dumps(
            {
                "instrument": RATING_ID,
                "version": 1,
                "answers": saved,
                "response": "",
                "saved": "2025-01-01T10:00:00.000Z",
            }
        ),
    )
    # Fill the origin's storage to the last byte with something else.
    filled = page.evaluate("""() => {
      let n = 0;
      for (const size of [1 << 20, 1 << 14, 1 << 8, 1]) {
        const chunk = "x".repeat(size);
        try { for (;;) { localStorage.setItem("annet-" + n, chunk); n++; } } catch (e) { /* full at this size */ }
      }
      return n;
    }""")
    assert filled > 0
    page.reload()
    w = wait_ready(page, RATING_ID)
    assert json.loads(get_item(page, key(RATING_ID)))["answers"] == saved, "the saved record is still in storage"
    assert w.locator('li.mvh-item[data-item="4.2"] input[value="rod"]').is_checked(), (
        "answers saved before the storage filled up are not shown; notice: "
        + " | ".join(w.locator(".mvh-notice").all_inner_texts())
    )
    assert w.locator('textarea[data-note="4.2"]').input_value() == "Skrevet før lageret ble fullt"


# Only some keys are full: `keys` (a list of key endings) throw QuotaExceededError.
FULL_FOR = """(endings) => {
  const original = Storage.prototype.setItem;
  Storage.prototype.setItem = function (k, v) {
    if (endings.some((e) => String(k).endsWith(e))) {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    }
    return original.call(this, k, v);
  };
}"""


def test_damaged_record_survives_when_there_is_no_room_for_its_backup(page, site):
    """No room for the backup of a damaged record: the original text must not be lost when the reader saves."""
    main = key(RATING_ID)
    raw = '{"instrument": "kvalitetsveileder", "answers": {"ratings": {"1.1": "gronn"}, "notes": {"1.1": "Halvt skrevet'
    page.add_init_script(f"({FULL_FOR})({json.dumps([':sikkerhetskopi'])})")
    # The damaged record is there before the page's scripts run (in the first document only).
    seed_once(page, main, raw)
    open_page(page, site, QUALITY_PAGE)
    w = wait_ready(page, RATING_ID)
    notice = w.locator('[data-notice="recovery"]')
    assert notice.is_visible()
    assert get_item(page, f"{main}:sikkerhetskopi") is None  # there was no room for it
    assert get_item(page, main) == raw
    w.locator('li.mvh-item[data-item="2.1"] label.mvh-v-gul').click()
    kept = [v for v in book_storage(page).values() if v == raw]
    assert kept, (
        "the damaged record was overwritten although no backup could be made; the notice said: " + notice.inner_text()
    )


@pytest.mark.across_pages
def test_workbook_import_into_a_full_storage_changes_nothing(page, site, tmp_path):
    """Storage fills up half-way through a workbook import: writeAll rolls back, so nothing changes, and it says so."""
    open_page(page, site, QUALITY_PAGE)
    w = wait_ready(page, RATING_ID)
    w.locator('li.mvh-item[data-item="1.1"] label.mvh-v-gronn').click()
    wait_ready(page, REFLECTION_ID).locator('textarea[data-prompt="r1"]').fill("Mitt første svar")
    # Room for the first instrument in the file, not for the second.
    page.add_init_script(f"({FULL_FOR})({json.dumps([key(REFLECTION_ID)])})")
    open_page(page, site, "book/mine-svar.html")
    wb = page.locator('.mvh-widget[data-mvh-role="workbook"]')
    wb.locator(".mvh-workbook").wait_for()
    before = raw_storage(page)
    path = tmp_path / "arbeidsbok.json"
    path.write_bytes(
        workbook_bytes(
            [
                workbook_entry(RATING_ID, {"ratings": {"9.9": "rod"}}),
                workbook_entry(REFLECTION_ID, {"responses": {"r2": "Fra fila"}}),
            ]
        )
    )
    choose_files(page, wb.locator('button[data-action="import-all"]'), path)
    alert = wait_text(page, wb.locator(".mvh-alert"))
    after = raw_storage(page)
    changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    assert changed == [], f"the import failed ({alert!r}) but changed {changed}: writeAll did not roll back"
    assert "Ingenting er endret" in alert, alert


BLOCKED = """Object.defineProperty(window, 'localStorage', {
  configurable: true,
  get() { throw new DOMException('blocked', 'SecurityError'); }
});"""


def test_widget_works_when_storage_throws(context, site):
    """As in a browser with site data blocked: touching localStorage throws. The widget works and says so."""
    context.add_init_script(BLOCKED)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(f"{e} {getattr(e, 'stack', '')}"))
    open_page(page, site, QUALITY_PAGE)
    w = wait_ready(page, RATING_ID)
    notice = w.locator(".mvh-notice")
    assert notice.is_visible()
    assert "lar ikke denne siden lagre svar" in notice.inner_text()
    w.locator('li.mvh-item[data-item="4.1"] label.mvh-v-gul').click()
    assert w.locator(".mvh-progress").first.inner_text() == "Du har vurdert 1 av 58 mål."
    assert "ikke lagret" in w.locator(".mvh-saved").inner_text()
    # The book theme's own scripts may fail without storage; ours must not.
    assert not [e for e in errors if "mvh-widgets" in e], errors
    assert widget(page, REFLECTION_ID).locator(".mvh-notice").is_visible()


# ------------------------------------------------------- the reader always knows


def note_beside(control) -> bool:
    """The save-failed note sits next to the control (right after a text field, in a choice's group),
    and the control names it in aria-describedby, so a screen reader reads it there."""
    return control.evaluate(
        """(el) => {
          const note = el.closest(".mvh-widget").querySelector('[data-notice="save-failed"]');
          if (!note || !note.checkVisibility()) return false;
          const beside = el.nextElementSibling === note || el.closest(".mvh-field, fieldset, li")?.contains(note);
          return !!beside && (el.getAttribute("aria-describedby") || "").split(" ").includes(note.id);
        }"""
    )


def test_the_check_for_a_note_beside_the_field_catches_one_at_the_top(page, site):
    """note_beside() fails when the note is only at the top of the exercise (a planted error)."""
    open_full(page, site, "record-too-big")
    area = wait_ready(page, REFLECTION_ID).locator('textarea[data-prompt="r2"]')
    area.fill("Tekst")
    assert note_beside(area)
    widget(page, REFLECTION_ID).evaluate(
        """(w) => w.querySelector(".mvh").prepend(w.querySelector('[data-notice="save-failed"]'))"""
    )
    assert not note_beside(area)


@pytest.mark.parametrize("mode", MODES)
def test_a_failed_save_shows_beside_the_field_and_in_a_live_region(page, site, mode):
    note("quota: failed save shown beside the field", "a text field and a choice, each way storage is full")
    w = open_full(page, site, mode)
    r = wait_ready(page, REFLECTION_ID)
    area = r.locator('textarea[data-prompt="r2"]')
    area.fill("Et svar som bare finnes på siden")
    assert note_beside(area), "the failed save is not shown next to the field being edited"
    assert "ikke mer plass" in r.locator('[data-notice="save-failed"]').inner_text()
    live = r.locator('.mvh-alert[role="alert"]')
    assert "Ikke lagret: nettleseren har ikke mer plass" in live.inner_text(), live.inner_text()
    # A choice: the note goes with the goal being rated.
    radio = w.locator('li.mvh-item[data-item="3.1"] input[value="gul"]')
    w.locator('li.mvh-item[data-item="3.1"] label.mvh-v-gul').click()
    assert note_beside(radio)
    assert "ikke mer plass" in w.locator('.mvh-alert[role="alert"]').inner_text()
    # Room again: the next save works, the note goes, and the reader is told.
    page.evaluate("window.__restoreSetItem()")
    area.press_sequentially(".")
    assert r.locator('[data-notice="save-failed"]').count() == 0
    assert r.locator(".mvh-message").inner_text() == "Svarene lagres i nettleseren igjen."
    assert r.locator('.mvh-alert[role="alert"]').inner_text() == ""
    assert not [x for x in (area.get_attribute("aria-describedby") or "").split() if x.startswith("mvh-unsaved")]
    page.recorder.assert_clean()


def leave(page, site) -> list[str]:
    """Go to another page, dismissing (staying) if the page asks first. Returns the questions asked."""
    asked = []

    def on_dialog(dialog):
        asked.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    try:
        page.goto(site + "book/intro.html")  # not index.html: its redirect would race the next goto
    except PlaywrightError:
        pass  # staying cancels the navigation; the caller checks the URL
    page.remove_listener("dialog", on_dialog)
    return asked


def test_leaving_with_text_that_exists_only_on_the_page_asks_first(page, site, tmp_path):
    open_full(page, site, "every-write")
    r = wait_ready(page, REFLECTION_ID)
    area = r.locator('textarea[data-prompt="r2"]')
    area.click()
    area.press_sequentially("Bare her")
    assert leave(page, site) == ["beforeunload"]
    assert page.url.endswith(QUALITY_PAGE), "the reader chose to stay"
    assert area.input_value() == "Bare her"
    # Exported: the text is in a file now, so leaving does not ask.
    export_json(page, r, tmp_path)
    assert leave(page, site) == []
    assert page.url.endswith("book/intro.html")


def test_leaving_asks_nothing_when_everything_is_saved(page, site):
    open_page(page, site, QUALITY_PAGE)
    area = wait_ready(page, REFLECTION_ID).locator('textarea[data-prompt="r2"]')
    area.click()
    area.press_sequentially("Lagret")
    assert leave(page, site) == []
    assert page.url.endswith("book/intro.html")
    page.recorder.assert_clean()


@pytest.mark.across_pages
def test_blocked_storage_every_action_works_without_errors(context, site, tmp_path):
    """Storage blocked: typing, Nullstill, leaving, and every button on Mine svar work, say so, and throw nothing."""
    context.add_init_script(BLOCKED)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(f"{e} {getattr(e, 'stack', '')}"))
    open_page(page, site, QUALITY_PAGE)
    r = wait_ready(page, REFLECTION_ID)
    area = r.locator('textarea[data-prompt="r1"]')
    area.click()
    area.press_sequentially("Et svar")
    assert note_beside(area)
    assert "lar ikke siden lagre svar" in r.locator('[data-notice="save-failed"]').inner_text()
    assert leave(page, site) == ["beforeunload"]
    r.locator('button[data-action="reset"]').click()
    r.locator('button[data-action="confirm-reset"]').click()
    assert area.input_value() == ""
    assert r.locator(".mvh-message").inner_text() == "Alle svarene i denne øvelsen er slettet."
    assert r.locator('[data-notice="save-failed"]').count() == 0, "an empty exercise has nothing left to lose"
    assert leave(page, site) == [], "nothing is left to lose after Nullstill"
    open_page(page, site, "book/mine-svar.html")
    wb = page.locator('.mvh-widget[data-mvh-role="workbook"]')
    assert "Nettleseren lar ikke boka lagre svar" in wb.locator(".mvh-notice").inner_text()
    wb.locator('button[data-action="export-all"]').click()
    assert wb.locator(".mvh-alert").inner_text() == "Det er ingen svar å eksportere ennå."
    wb.locator('button[data-action="delete-all"]').click()
    wb.locator('button[data-action="confirm-delete-all"]').click()
    assert wb.locator(".mvh-message").inner_text() == "Det var ingen lagrede svar å slette."
    path = tmp_path / "arbeidsbok.json"
    path.write_bytes(workbook_bytes([workbook_entry(REFLECTION_ID, {"responses": {"r2": "Fra fila"}})]))
    choose_files(page, wb.locator('button[data-action="import-all"]'), path)
    assert "lagring er blokkert eller full" in wait_text(page, wb.locator(".mvh-alert"))
    # The book theme's own scripts may fail without storage; ours must not.
    assert not [e for e in errors if "mvh-widgets" in e], errors
