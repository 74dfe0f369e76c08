"""WCAG 2.1 AA over the evaluation's sample pages (docs/wcag-2.1-evaluering.md): one page per template and
every widget kind, each loaded once, then resized, zoomed, re-spaced, re-coloured and tabbed through.

Each check has its own test with a planted error (tests/browser/wcag_checks.py holds the checks).
"""

from __future__ import annotations

import json

import pytest

from . import wcag_checks as wc
from .pages import load_every_excerpt, open_page, wait_ready

# Where each widget kind is checked: page -> {kind: CSS selector of the widget}.
SAMPLE = {
    "book/kvalitet.html": {
        "rating": '.mvh-widget[data-mvh-id="kvalitetsveileder"]',
        "reflection": '.mvh-widget[data-mvh-id="refleksjon-kvalitet"]',
    },
    "book/selvvurderinger.html": {"likert": '.mvh-widget[data-mvh-id="psykologisk-trygghet"]'},
    "book/motiverende-samtale.html": {"quiz": '.mvh-widget[data-mvh-id="mi-endringssnakk"]'},
    "book/casesamling.html": {"scenario": '.mvh-widget[data-mvh-id="scenario-motstand-veiledning"]'},
    "book/kursopplegg.html": {"evaluation": '.mvh-widget[data-mvh-id="kursevaluering"]'},
    "book/maler.html": {"template": '.mvh-widget[data-mvh-id="mal-feltveiledning"]'},
    "book/mine-svar.html": {
        "overview": '.mvh-widget[data-mvh-role="overview"]',
        "workbook": '.mvh-widget[data-mvh-role="workbook"]',
    },
    "book/teamoversikt.html": {"team": ".mvh-widget"},
    "book/del-6.html": {"toolbox": ".mvh-widget"},
    "book/intro.html": {},
    "book/ordliste.html": {},
    "search.html?q=veiledning": {},
}
KINDS = {kind: (path, sel) for path, widgets in SAMPLE.items() for kind, sel in widgets.items()}
SPACING = (
    "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }"
    " p { margin-bottom: 2em !important; }"
)
DESKTOP = {"width": 1280, "height": 900}
ZOOM_200 = {"width": 640, "height": 450}


def _open(page, root, path):
    open_page(page, root, path)
    if path.startswith("search.html"):
        page.locator("#search-results", has_text="Søket er ferdig").wait_for()
        load_every_excerpt(page)
    page.wait_for_function(
        "() => [...document.querySelectorAll('.mvh-widget')].every((w) => w.classList.contains('mvh-ready'))"
    )


@pytest.fixture(scope="module")
def wcag_page(browser):
    # bypass_csp: the checks add style rules (text spacing, planted errors) the book's policy would refuse.
    ctx = browser.new_context(viewport=DESKTOP, bypass_csp=True, reduced_motion="reduce")
    page = ctx.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.errors = errors
    yield page
    ctx.close()


@pytest.fixture(scope="module")
def survey(wcag_page, http_root):
    """Every sample page loaded once; what each check finds there."""
    page = wcag_page
    found = {}
    for path, widgets in SAMPLE.items():
        _open(page, http_root, path)
        f = found[path] = {}
        f["motion"] = wc.motion(page)
        f["snapshots"] = {k: wc.controls_snapshot(page.locator(s)) for k, s in widgets.items()}
        f["unnamed"] = {k: wc.unnamed_controls(page.locator(s)) for k, s in widgets.items()}
        f["styles_off"] = {k: wc.lost_without_styles(page, s) for k, s in widgets.items()}
        # Light: Tab through each widget. Dark: the ring of one control of each kind the Tab pass met.
        page.evaluate("() => { document.documentElement.dataset.theme = 'light'; }")
        f["fields_light"] = wc.field_contrast(page)
        f["focus_light"] = {k: wc.tab_through(page, s) for k, s in widgets.items()}
        page.evaluate("() => { document.documentElement.dataset.theme = 'dark'; }")
        f["fields_dark"] = wc.field_contrast(page)
        f["focus_dark"] = {k: wc.rings_per_control(page, s) for k, s in widgets.items()}
        page.evaluate("() => { document.documentElement.dataset.theme = 'light'; }")
        # 1.4.4: the text alone at 200 % in the desktop window, and the browser's zoom to 200 % (1280 x 900
        # lays out as 640 x 450).
        page.evaluate("() => { document.documentElement.style.fontSize = '200%'; }")
        f["zoom"] = wc.clipped(page)
        page.evaluate("() => { document.documentElement.style.fontSize = ''; }")
        page.set_viewport_size(ZOOM_200)
        f["zoom"] += wc.clipped(page)
        page.set_viewport_size(DESKTOP)
        style = page.add_style_tag(content=SPACING)
        f["spacing"] = wc.clipped(page)
        style.evaluate("(s) => s.remove()")
        page.set_viewport_size({"width": 320, "height": 720})
        f["reflow"] = (["the page scrolls sideways"] if wc.page_too_wide(page) else []) + wc.clipped(page)
        page.set_viewport_size(DESKTOP)
    assert page.errors == []
    return found


def _only_failures(survey, key):
    return {path: f[key] for path, f in survey.items() if f[key]}


def _per_kind(survey, key):
    return {k: v for f in survey.values() for k, v in f[key].items() if v}


# 1.4.10 Reflow
def test_reflow_at_320_px_nothing_scrolls_sideways_or_is_cut_off(survey):
    assert _only_failures(survey, "reflow") == {}


# 1.4.4 Resize text (the text alone, and the whole page by the browser's zoom)
def test_text_at_200_percent_is_not_cut_off(survey):
    assert _only_failures(survey, "zoom") == {}


# 1.4.12 Text spacing
def test_wider_text_spacing_loses_no_text(survey):
    assert _only_failures(survey, "spacing") == {}


# 1.4.11 Non-text contrast: text fields and drop-downs
def test_field_boundaries_have_3_to_1_in_light_and_dark(survey):
    assert _only_failures(survey, "fields_light") == {}
    assert _only_failures(survey, "fields_dark") == {}


# 2.4.3 Focus order, 2.4.7 Focus visible, 1.4.11 for the focus ring (light: every stop of a Tab pass; dark:
# one control of each kind that pass met, focused by script)
def test_focus_is_visible_with_3_to_1_and_in_order_through_every_widget_kind(survey):
    assert set(KINDS) == {k for f in survey.values() for k in f["focus_light"]}
    assert _per_kind(survey, "focus_light") == {}
    assert _per_kind(survey, "focus_dark") == {}


# 4.1.2 Name, role, value
def test_every_control_of_every_widget_kind_has_a_name_and_the_roles_are_as_stored(survey):
    assert _per_kind(survey, "unnamed") == {}
    snapshots = {k: v for f in survey.values() for k, v in f["snapshots"].items()}
    assert set(snapshots) == set(KINDS)
    assert all(s.count("\n") >= 1 for s in snapshots.values()), snapshots
    stale = sorted(p.stem for p in wc.SNAPSHOTS.glob("*.yml") if p.stem not in KINDS)
    assert stale == [], f"snapshots of kinds no longer sampled: {stale}"
    differs = [d for k, s in sorted(snapshots.items()) if (d := wc.snapshot_differs(k, s))]
    assert differs == []


# 1.3.1, 1.3.2: nothing is lost without the book's styles
def test_without_styles_no_widget_text_is_lost(survey):
    assert _per_kind(survey, "styles_off") == {}


# 2.3.3 (AAA, asked for by readers' settings) and 2.2.2: prefers-reduced-motion stops the motion
def test_with_reduced_motion_nothing_moves(survey):
    assert _only_failures(survey, "motion") == {}


# 4.1.3 Status messages
def test_saved_import_error_and_import_success_are_announced(browser, http_root, tmp_path):
    ctx = browser.new_context(viewport=DESKTOP)
    page = ctx.new_page()
    _open(page, http_root, "book/kvalitet.html")
    w = wait_ready(page)
    assert wc.mark_live_regions(page) > 0
    w.locator('li.mvh-item[data-item="1.1"] label.mvh-v-gul').click()
    page.get_by_text("Lagret i nettleseren").wait_for()
    assert wc.live_region_of(page, "Lagret i nettleseren") is not None

    bad = tmp_path / "ikke-json.json"
    bad.write_text("dette er ikke json", encoding="utf-8")
    with page.expect_file_chooser() as chooser:
        w.locator('button[data-action="import"]').click()
    chooser.value.set_files(str(bad))
    alert = w.locator(".mvh-alert").filter(has_text="JSON")
    alert.wait_for()
    assert wc.live_region_of(page, alert.inner_text().strip()[:40]) == "alert"

    good = tmp_path / "svar.json"
    with page.expect_download() as info:
        w.locator('button[data-action="export-json"]').click()
    info.value.save_as(good)
    assert json.loads(good.read_text(encoding="utf-8"))["answers"]
    with page.expect_file_chooser() as chooser:
        w.locator('button[data-action="import"]').click()
    chooser.value.set_files(str(good))
    done = w.locator(".mvh-message", has_text="importert")
    done.wait_for()
    assert wc.live_region_of(page, done.inner_text().strip()[:40]) is not None
    ctx.close()


# --- Each check catches a planted error (one page, each plant removed again) ---


@pytest.fixture(scope="module")
def planted(wcag_page, http_root, survey):
    page = wcag_page
    _open(page, http_root, "book/casesamling.html")
    page.set_viewport_size(DESKTOP)
    return page


SCENARIO = KINDS["scenario"][1]


def _plant(page, css: str, html: str = ""):
    style = page.add_style_tag(content=css)
    page.evaluate(
        "([sel, html]) => { const d = document.createElement('div'); d.className = 'wcag-plant'; d.innerHTML = html;"
        " document.querySelector(sel).querySelector('.mvh').append(d); }",
        [SCENARIO, html],
    )
    return style


def _unplant(page, style):
    style.evaluate("(s) => s.remove()")
    page.evaluate("() => document.querySelectorAll('.wcag-plant').forEach((e) => e.remove())")


def test_the_clipping_check_catches_a_button_whose_text_overflows(planted):
    style = _plant(
        planted, ".wcag-plant button { width: 3rem; white-space: nowrap; }", "<button>Eksporter til fil</button>"
    )
    try:
        assert wc.clipped(planted) and any("Eksporter til fil" in f for f in wc.clipped(planted))
    finally:
        _unplant(planted, style)
    assert wc.clipped(planted) == []


def test_the_clipping_check_catches_text_hidden_by_overflow(planted):
    style = _plant(planted, ".wcag-plant { height: 1.2em; overflow: hidden; }", "<p>Første linje</p><p>Andre linje</p>")
    try:
        assert any("Andre linje" in f for f in wc.clipped(planted))
    finally:
        _unplant(planted, style)


def test_the_reflow_check_catches_a_page_wider_than_320_px(planted):
    style = _plant(planted, ".wcag-wide { width: 500px; }")
    planted.evaluate(
        "() => document.querySelector('.bd-article').append(Object.assign(document.createElement('div'), {className: 'wcag-plant wcag-wide', textContent: 'Bred'}))"
    )
    planted.set_viewport_size({"width": 320, "height": 720})
    try:
        assert wc.page_too_wide(planted)
    finally:
        _unplant(planted, style)
        planted.set_viewport_size(DESKTOP)


def test_the_field_contrast_check_catches_a_faint_border(planted):
    style = _plant(
        planted,
        ".wcag-plant input { border: 1px solid #eee; background: transparent; }",
        '<input aria-label="Svak kant">',
    )
    try:
        assert any("Svak kant" in f for f in wc.field_contrast(planted))
    finally:
        _unplant(planted, style)


@pytest.mark.parametrize(
    ("css", "expect"),
    [
        (
            ".wcag-plant button:focus, .wcag-plant button:focus-visible { outline: none !important; box-shadow: none !important; }",
            "no visible focus",
        ),
        (
            ".wcag-plant button:focus-visible { outline: 2px solid #ddd !important; box-shadow: none !important; }",
            "under 3:1",
        ),
        (".wcag-plant { display: flex; flex-direction: column-reverse; }", "back up"),
    ],
    ids=["no-ring", "faint-ring", "order"],
)
def test_the_focus_check_catches_a_missing_or_faint_ring_and_a_wrong_order(planted, css, expect):
    style = _plant(planted, css, "<button>Første</button><button>Andre</button>")
    try:
        assert any(expect in f for f in wc.tab_through(planted, ".wcag-plant")), expect
    finally:
        _unplant(planted, style)


def test_the_name_check_catches_a_control_without_a_name(planted, monkeypatch):
    monkeypatch.delenv(wc.REWRITE_ENV, raising=False)
    w = planted.locator(SCENARIO)
    style = _plant(planted, ".wcag-x { width: 2rem; height: 2rem; }", '<button class="wcag-x"></button>')
    try:
        assert any(line.startswith("- button") for line in wc.unnamed_controls(w))
        assert "- button" in [line.strip() for line in wc.controls_snapshot(w).splitlines()]
        assert wc.snapshot_differs("scenario", wc.controls_snapshot(w)) is not None
    finally:
        _unplant(planted, style)


def test_the_styles_off_check_catches_text_only_css_shows(planted):
    style = _plant(planted, ".wcag-plant [hidden] { display: block !important; }", "<p hidden>Bare med stil</p>")
    try:
        assert "stil" in wc.lost_without_styles(planted, SCENARIO)
    finally:
        _unplant(planted, style)


def test_the_motion_check_catches_a_transition(planted):
    style = _plant(planted, ".wcag-plant { transition: opacity 2s !important; }", "Beveger seg")
    try:
        assert any("wcag-plant" in f for f in wc.motion(planted))
    finally:
        _unplant(planted, style)


def test_the_status_check_catches_a_message_outside_a_live_region(planted):
    wc.mark_live_regions(planted)
    style = _plant(planted, ".wcag-plant { color: inherit; }", "<p>Lagret et sted uten melding</p>")
    try:
        assert wc.live_region_of(planted, "Lagret et sted uten melding") is None
    finally:
        _unplant(planted, style)


# 2.1.4 Character key shortcuts
def test_no_single_key_moves_focus_or_leaves_the_page(planted):
    assert wc.single_key_moves_focus(planted) == []


def test_the_shortcut_check_catches_a_single_key_shortcut(planted):
    # Planted: «s» moves focus to a visible search field, as a site's own shortcut would.
    style = _plant(planted, ".wcag-plant input { width: 12rem; }", '<input type="search" aria-label="Søk her">')
    planted.evaluate(
        "() => { window.wcagKey = (e) => { if (e.key === 's' && !e.ctrlKey && !e.metaKey && !e.altKey) {"
        " e.preventDefault(); document.querySelector('.wcag-plant input').focus(); } };"
        " document.addEventListener('keydown', window.wcagKey); }"
    )
    try:
        assert planted.locator(".wcag-plant input").is_visible()
        assert wc.single_key_moves_focus(planted) == ["s -> input[Søk her]"]
    finally:
        planted.evaluate("() => document.removeEventListener('keydown', window.wcagKey)")
        _unplant(planted, style)
