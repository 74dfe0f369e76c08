"""Export, reset and import; and imports that must be refused."""

from __future__ import annotations

import json

import pytest

from widgets.definitions import load

from .pages import RATING_ID, open_page, progress_text, stored, wait_ready


def fill_some(w):
    w.locator('li.mvh-item[data-item="1.1"] label.mvh-v-gronn').click()
    w.locator('li.mvh-item[data-item="5.5"] label.mvh-v-rod').click()
    w.locator('li.mvh-item[data-item="10.1"] label.mvh-v-gul').click()
    w.locator('li.mvh-item[data-item="5.5"] summary').click()
    w.locator('textarea[data-note="5.5"]').fill("Utetid: 25 %, målet er 40 %")
    plan = w.locator("fieldset.mvh-plan-row").nth(1)
    plan.locator("select").select_option("5")
    plan.locator("textarea").fill("Faste dager ute hos arbeidsgivere")
    plan.locator('input[type="text"]').fill("Hele teamet")


def export(page, w, tmp_path, which="export-json"):
    with page.expect_download() as info:
        w.locator(f'button[data-action="{which}"]').click()
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    return path


def import_file(page, w, path):
    with page.expect_file_chooser() as chooser:
        w.locator('button[data-action="import"]').click()
    chooser.value.set_files(str(path))


@pytest.mark.http
def test_export_reset_import_restores_identical_answers(page, site, tmp_path):
    open_page(page, site)
    w = wait_ready(page)
    fill_some(w)
    before = stored(page, RATING_ID)
    path = export(page, w, tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["instrument"] == RATING_ID and data["version"] == load(RATING_ID)["version"]
    assert data["answers"] == before

    w.locator('button[data-action="reset"]').click()
    w.locator('button[data-action="confirm-reset"]').click()
    assert stored(page, RATING_ID) == {}
    assert progress_text(page) == "Du har vurdert 0 av 58 mål."
    assert not w.locator('li.mvh-item[data-item="1.1"] input[value="gronn"]').is_checked()

    import_file(page, w, path)
    w.locator(".mvh-message", has_text="importert").wait_for()
    assert stored(page, RATING_ID) == before
    assert w.locator('li.mvh-item[data-item="5.5"] input[value="rod"]').is_checked()
    assert w.locator('textarea[data-note="5.5"]').input_value() == "Utetid: 25 %, målet er 40 %"
    assert progress_text(page) == "Du har vurdert 3 av 58 mål."
    page.recorder.assert_clean()


def test_reset_can_be_cancelled(page, site):
    open_page(page, site)
    w = wait_ready(page)
    fill_some(w)
    before = stored(page, RATING_ID)
    w.locator('button[data-action="reset"]').click()
    assert w.locator(".mvh-confirm[aria-label='Bekreft nullstilling']").is_visible()
    w.locator('button[data-action="cancel-reset"]').click()
    assert not w.locator(".mvh-confirm[aria-label='Bekreft nullstilling']").is_visible()
    assert stored(page, RATING_ID) == before


def test_csv_export_has_every_goal_and_the_plan(page, site, tmp_path):
    open_page(page, site)
    w = wait_ready(page)
    fill_some(w)
    text = export(page, w, tmp_path, "export-csv").read_bytes().decode("utf-8-sig")
    lines = text.strip().split("\r\n")
    assert lines[0].startswith('"type";"nummer";"tema"')
    goals = [line for line in lines if line.startswith('"mål"')]
    assert len(goals) == 58
    row = next(line for line in goals if line.startswith('"mål";"5.5"'))
    assert '"Rød";"Utetid: 25 %, målet er 40 %"' in row
    assert any(line.startswith('"tiltak";"5"') and "Hele teamet" in line for line in lines)


BAD_IMPORTS = {
    "not-json": ("oops.json", b"this is { not json", "ikke en gyldig JSON-fil"),
    "other-instrument": (
        "annen.json",
        json.dumps(
            {
                "format": "metodeveilederhandboka-svar",
                "instrument": "refleksjon-kvalitet",
                "version": 1,
                "answers": {"responses": {"r1": "x"}},
            }
        ).encode(),
        "fra øvelsen «refleksjon-kvalitet», ikke fra «Selvvurdering: Kvalitetsveilederen",
    ),
    "wrong-types": (
        "typer.json",
        json.dumps(
            {
                "format": "metodeveilederhandboka-svar",
                "instrument": "kvalitetsveileder",
                "version": 1,
                "answers": {"ratings": {"1.1": 3}},
            }
        ).encode(),
        "svar i feil format",
    ),
    "not-an-export": ("annet.json", json.dumps({"hello": "world"}).encode(), "ser ikke ut som en eksport"),
    "oversized": ("stor.json", b'{"format": "' + b"x" * (1024 * 1024 + 10) + b'"}', "større enn 1 MB"),
    "empty": ("tom.json", b"", "Filen er tom"),
}


@pytest.mark.parametrize("case", sorted(BAD_IMPORTS))
def test_bad_import_is_refused_and_changes_nothing(page, site, tmp_path, case):
    name, content, message = BAD_IMPORTS[case]
    open_page(page, site)
    w = wait_ready(page)
    fill_some(w)
    before = stored(page, RATING_ID)
    path = tmp_path / name
    path.write_bytes(content)
    import_file(page, w, path)
    alert = w.locator(".mvh-alert")
    alert.wait_for()
    page.wait_for_function("el => el.textContent.length > 0", arg=alert.element_handle())
    assert message in alert.inner_text()
    assert "Ingenting er endret" in alert.inner_text()
    assert alert.get_attribute("role") == "alert"
    assert stored(page, RATING_ID) == before
    assert w.locator('li.mvh-item[data-item="1.1"] input[value="gronn"]').is_checked()
    page.recorder.assert_clean()
