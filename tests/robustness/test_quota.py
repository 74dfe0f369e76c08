"""A full localStorage: the reader is told, the page keeps working, and nothing
typed is silently dropped: the export holds all of it."""

from __future__ import annotations

import json

import pytest

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
    # The damaged record is there before the page's scripts run (once per tab).
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


def test_widget_works_when_storage_throws(context, site):
    """As in a browser with site data blocked: touching localStorage throws. The widget works and says so."""
    context.add_init_script(
        """Object.defineProperty(window, 'localStorage', {
             configurable: true,
             get() { throw new DOMException('blocked', 'SecurityError'); }
           });"""
    )
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
