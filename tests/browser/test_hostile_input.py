"""Text a reader types or imports is shown as text and never runs."""
from __future__ import annotations

import json

from .pages import RATING_ID, REFLECTION_ID, open_page, stored, wait_ready, widget

PAYLOADS = [
    "<script>window.__pwned = 1</script>",
    '<img src=x onerror="window.__pwned = 2">',
    '"><svg onload="window.__pwned=3">',
    "javascript:window.__pwned=4",
    "${window.__pwned=5}",
    "</textarea><script>window.__pwned=6</script>",
    '</script><script>window.__pwned=7</script>',
]


def assert_nothing_ran(page):
    assert page.evaluate("window.__pwned") is None
    # No element made from a payload exists anywhere in the widgets.
    assert page.locator(".mvh img, .mvh svg[onload], .mvh script").count() == 0


def test_payloads_in_notes_and_reflections_stay_text(page, site):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_page(page, site)
    w = wait_ready(page)
    w.locator('li.mvh-item[data-item="2.3"] summary').click()
    note = "\n".join(PAYLOADS)
    w.locator('textarea[data-note="2.3"]').fill(note)
    refl = wait_ready(page, REFLECTION_ID)
    areas = refl.locator("textarea")
    for i in range(areas.count()):
        areas.nth(i).fill(PAYLOADS[i % len(PAYLOADS)])
    page.reload()
    w = wait_ready(page)
    assert w.locator('textarea[data-note="2.3"]').input_value() == note
    # The print copy of the note holds the same text, as text.
    assert w.locator('li.mvh-item[data-item="2.3"] .mvh-print-note').text_content() == f"Notat: {note}"
    refl = wait_ready(page, REFLECTION_ID)
    assert refl.locator("textarea").first.input_value() == PAYLOADS[0]
    assert_nothing_ran(page)
    assert dialogs == []
    page.recorder.assert_clean()


def test_payloads_in_an_imported_file_stay_text(page, site, tmp_path):
    open_page(page, site)
    w = wait_ready(page)
    data = {
        "format": "metodeveilederhandboka-svar",
        "instrument": RATING_ID,
        "version": 1,
        "answers": {
            "ratings": {"1.1": "gronn"},
            "notes": {"1.1": PAYLOADS[1], "1.2": PAYLOADS[0]},
            "plan": [{"theme": "1", "action": PAYLOADS[2], "who": PAYLOADS[6], "when": ""}],
        },
    }
    path = tmp_path / "angrep.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with page.expect_file_chooser() as chooser:
        w.locator('button[data-action="import"]').click()
    chooser.value.set_files(str(path))
    w.locator(".mvh-message", has_text="importert").wait_for()
    assert w.locator('textarea[data-note="1.1"]').input_value() == PAYLOADS[1]
    assert w.locator("fieldset.mvh-plan-row").first.locator("textarea").input_value() == PAYLOADS[2]
    assert stored(page, RATING_ID)["notes"]["1.2"] == PAYLOADS[0]
    assert_nothing_ran(page)
    page.recorder.assert_clean()


def test_definition_text_cannot_break_out_of_its_script_tag(book):
    # The inline definition escapes '<', so no '</script>' can end it early.
    html = (book.html / "book" / "kvalitet.html").read_text(encoding="utf-8")
    start = html.index('<script type="application/json" class="mvh-definition">')
    end = html.index("</script>", start)
    inline = html[start:end]
    assert "<" not in inline[len('<script type="application/json" class="mvh-definition">'):]


def test_widget_works_when_storage_throws(context, site):
    # As in a browser with site data blocked: touching localStorage throws.
    context.add_init_script(
        """Object.defineProperty(window, 'localStorage', {
             configurable: true,
             get() { throw new DOMException('blocked', 'SecurityError'); }
           });"""
    )
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(f"{e} {getattr(e, 'stack', '')}"))
    open_page(page, site)
    w = wait_ready(page)
    notice = w.locator(".mvh-notice")
    assert notice.is_visible()
    assert "lar ikke denne siden lagre svar" in notice.inner_text()
    w.locator('li.mvh-item[data-item="4.1"] label.mvh-v-gul').click()
    assert w.locator(".mvh-progress").first.inner_text() == "Du har vurdert 1 av 58 mål."
    assert "ikke lagret" in w.locator(".mvh-saved").inner_text()
    # The book theme's own scripts may fail without storage; ours must not.
    assert not [e for e in errors if "mvh-widgets" in e], errors
    assert widget(page, REFLECTION_ID).locator(".mvh-notice").is_visible()
