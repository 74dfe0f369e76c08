"""Each new kind of instrument, done the way a reader does it: by mouse, and by
keyboard alone. What the reader sees (profile, feedback, score, the story,
the form) is checked against the YAML and the Python scoring, and everything
must still be there after a reload."""

from __future__ import annotations

from tests.helpers import fmt
from widgets.definitions import load
from widgets.scoring import summarize

from .pages import open_page, stored, wait_ready, widget

LIKERT_PAGE = "book/selvvurderinger.html"
QUIZ_PAGE = "book/motiverende-samtale.html"
SCENARIO_PAGE = "book/veiledning-i-praksis.html"
TEMPLATE_PAGE = "book/maler.html"

# The headings the UI gives each kind of ending (reader-facing copy, not a computation).
OUTCOME_HEADINGS = {"god": "Et godt utfall", "blandet": "Et blandet utfall", "svak": "Et svakt utfall"}


def squash(text: str) -> str:
    return " ".join(text.split())


def active(page, expr: str):
    return page.evaluate(f"(() => {{ const e = document.activeElement; return {expr}; }})()")


def tab_until(page, expr: str, limit: int = 600) -> int:
    """Press Tab until the focused element satisfies ``expr`` (JS, with ``e`` the element)."""
    for n in range(limit):
        if active(page, expr):
            return n
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached an element where {expr}")


def in_widget(instrument_id: str, cond: str) -> str:
    return f"!!e.closest && !!e.closest('.mvh-widget[data-mvh-id=\"{instrument_id}\"]') && ({cond})"


# ------------------------------------------------------------------- likert

LIKERT_ID = "teamkultur"


def likert_choose(w, item: str, value: int, low: int):
    w.locator(f'li.mvh-item[data-item="{item}"] label.mvh-choice').nth(value - low).click()


def check_profile(page, definition: dict, answers: dict):
    """The progress line and the profile table show what the Python scoring says."""
    w = widget(page, definition["id"])
    s = summarize(definition, answers)
    assert w.locator(".mvh-progress").first.inner_text() == f"Du har svart på {s['answered']} av {s['items']} utsagn."
    rows = w.locator(".mvh-summary table.mvh-table tbody tr")
    assert rows.count() == len(definition["dimensions"])
    chart_title = w.locator(".mvh-summary svg title").text_content()
    for i, dim in enumerate(definition["dimensions"]):
        row = rows.nth(i)
        ds = s["dimensions"][dim["id"]]
        assert row.locator("th").inner_text() == dim["title"]
        cells = row.locator("td")
        assert cells.nth(0).inner_text() == f"{ds['answered']} av {ds['items']}"
        assert cells.nth(1).inner_text() == fmt(ds["mean"])
        assert f"{dim['title']} {fmt(ds['mean'])}" in chart_title
        feedback = squash(cells.nth(2).inner_text())
        # A verdict only on more than half of the dimension's statements (js/core/teach.js).
        need = min(ds["items"], ds["items"] // 2 + 1)
        if ds["band"] is None or ds["answered"] < need:
            assert feedback.startswith(f"Tilbakemeldingen kommer når du har svart på minst {need} av {ds['items']}")
        else:
            band = dim["bands"][ds["band"]]
            basis = f"Ut fra {ds['answered']} av {ds['items']} utsagn:"
            assert feedback.startswith(f"{basis} {band['label']}. {squash(band['text'])}")
            link = cells.nth(2).locator("a")
            assert link.inner_text().startswith("Les mer i kapitlet «")
            assert link.get_attribute("href") == f"{dim['chapter']}.html"


def check_likert_controls(w, definition: dict, ratings: dict):
    low, high = definition["scale"]["min"], definition["scale"]["max"]
    for dim in definition["dimensions"]:
        for item in dim["items"]:
            for v in range(low, high + 1):
                checked = w.locator(f'li.mvh-item[data-item="{item["id"]}"] input[value="{v}"]').is_checked()
                assert checked == (ratings.get(item["id"]) == v), (item["id"], v)


def test_likert_by_mouse(page, site):
    definition = load(LIKERT_ID)
    low = definition["scale"]["min"]
    open_page(page, site, LIKERT_PAGE)
    w = wait_ready(page, LIKERT_ID)
    check_profile(page, definition, {})
    first, second = definition["dimensions"][:2]
    # One whole dimension (with its reverse item) and one item of the next.
    ratings = {
        first["items"][0]["id"]: 4,
        first["items"][1]["id"]: 5,
        first["items"][2]["id"]: 2,
        second["items"][0]["id"]: 1,
    }
    assert any(i.get("reverse") for i in first["items"]), "the test wants a reverse item in the dimension"
    for item, value in ratings.items():
        likert_choose(w, item, value, low)
    assert stored(page, LIKERT_ID) == {"ratings": ratings}
    check_profile(page, definition, {"ratings": ratings})
    # Changing one answer changes the profile.
    ratings[first["items"][0]["id"]] = 1
    likert_choose(w, first["items"][0]["id"], 1, low)
    assert stored(page, LIKERT_ID) == {"ratings": ratings}
    check_profile(page, definition, {"ratings": ratings})
    # The other instruments on the page are untouched.
    assert stored(page, "psykologisk-trygghet") is None and stored(page, "balansekunst-profil") is None

    page.reload()
    w = wait_ready(page, LIKERT_ID)
    assert stored(page, LIKERT_ID) == {"ratings": ratings}
    check_likert_controls(w, definition, ratings)
    check_profile(page, definition, {"ratings": ratings})
    page.recorder.assert_clean()


def test_likert_by_keyboard(page, site):
    definition = load(LIKERT_ID)
    low, high = definition["scale"]["min"], definition["scale"]["max"]
    items = [i["id"] for d in definition["dimensions"] for i in d["items"]]
    open_page(page, site, LIKERT_PAGE)
    w = wait_ready(page, LIKERT_ID)
    tab_until(page, in_widget(LIKERT_ID, f"e.dataset.item === '{items[0]}'"))
    ratings = {}
    for i, item in enumerate(items):
        assert active(page, "e.dataset.item") == item
        value = low + (i * 2) % (high - low + 1)
        page.keyboard.press("Space")  # the first point of the scale
        for _ in range(value - low):
            page.keyboard.press("ArrowRight")
        ratings[item] = value
        page.keyboard.press("Tab")  # one tab stop per statement
    assert stored(page, LIKERT_ID) == {"ratings": ratings}
    check_profile(page, definition, {"ratings": ratings})

    page.reload()
    w = wait_ready(page, LIKERT_ID)
    assert stored(page, LIKERT_ID) == {"ratings": ratings}
    check_profile(page, definition, {"ratings": ratings})
    check_likert_controls(w, definition, ratings)
    page.recorder.assert_clean()


# --------------------------------------------------------------------- quiz

SINGLE_ID = "mi-feller"
CLASSIFY_ID = "mi-endringssnakk"


def score_text(definition: dict, answers: dict) -> str:
    s = summarize(definition, answers)
    return f"Poeng: {s['correct']} av {s['units']}. Besvart: {s['answered']} av {s['units']}."


def check_single(w, q: dict, chosen: str | None):
    """Radios, the option feedback and the result line of one single-choice question."""
    section = w.locator(f'section.mvh-question[data-question="{q["id"]}"]')
    for o in q["options"]:
        assert section.locator(f'input[value="{o["id"]}"]').is_checked() == (o["id"] == chosen)
    feedback = squash(section.locator(".mvh-option-feedback").inner_text())
    result = section.locator(".mvh-result").inner_text()
    if chosen is None:
        assert feedback == "" and result == ""
        return
    option = next(o for o in q["options"] if o["id"] == chosen)
    if option.get("correct"):
        assert feedback == squash(f"Riktig. {option['feedback']}")
        assert result == "Du har svart riktig."
    else:
        assert feedback == squash(f"Ikke helt. {option['feedback']}")
        assert result == "Prøv et annet svar, eller les forklaringen."


def check_explanation_toggle(section, q: dict, press=None):
    """'Vis forklaring' opens the explanation and says so in aria-expanded; again closes it."""
    button = section.locator('button[data-action="explain"]')
    explanation = section.locator(".mvh-explanation")
    assert button.get_attribute("aria-expanded") == "false" and not explanation.is_visible()
    (press or button.click)()
    assert button.get_attribute("aria-expanded") == "true"
    assert explanation.is_visible()
    assert squash(explanation.inner_text()) == squash(q["explanation"])
    assert button.inner_text() == "Skjul forklaring"
    (press or button.click)()
    assert button.get_attribute("aria-expanded") == "false" and not explanation.is_visible()
    assert button.inner_text() == "Vis forklaring"


def wrong_option(q: dict) -> str:
    return next(o["id"] for o in q["options"] if not o.get("correct"))


def right_option(q: dict) -> str:
    return next(o["id"] for o in q["options"] if o.get("correct"))


def test_single_choice_quiz_by_mouse(page, site):
    definition = load(SINGLE_ID)
    q1, q2 = definition["questions"][:2]
    open_page(page, site, QUIZ_PAGE)
    w = wait_ready(page, SINGLE_ID)
    score = w.locator(".mvh-quiz > .mvh-progress")
    assert score.inner_text() == score_text(definition, {})
    s1 = w.locator(f'section.mvh-question[data-question="{q1["id"]}"]')

    s1.locator(f'label.mvh-option[data-option="{wrong_option(q1)}"]').click()
    check_single(w, q1, wrong_option(q1))
    answers = {"responses": {q1["id"]: wrong_option(q1)}}
    assert stored(page, SINGLE_ID) == answers
    assert score.inner_text() == score_text(definition, answers)

    s1.locator('button[data-action="retry"]').click()
    check_single(w, q1, None)
    assert stored(page, SINGLE_ID) == {"responses": {}}
    assert score.inner_text() == score_text(definition, {})

    s1.locator(f'label.mvh-option[data-option="{right_option(q1)}"]').click()
    check_single(w, q1, right_option(q1))
    s2 = w.locator(f'section.mvh-question[data-question="{q2["id"]}"]')
    s2.locator(f'label.mvh-option[data-option="{wrong_option(q2)}"]').click()
    check_single(w, q2, wrong_option(q2))
    answers = {"responses": {q1["id"]: right_option(q1), q2["id"]: wrong_option(q2)}}
    assert stored(page, SINGLE_ID) == answers
    assert score.inner_text() == score_text(definition, answers)
    check_explanation_toggle(s1, q1)

    page.reload()
    w = wait_ready(page, SINGLE_ID)
    assert stored(page, SINGLE_ID) == answers
    check_single(w, q1, right_option(q1))
    check_single(w, q2, wrong_option(q2))
    for q in definition["questions"][2:]:
        check_single(w, q, None)
    assert w.locator(".mvh-quiz > .mvh-progress").inner_text() == score_text(definition, answers)
    page.recorder.assert_clean()


def classify_choices(q: dict) -> dict:
    """Every statement answered; every third one wrongly (the next category round)."""
    cats = [c["id"] for c in q["categories"]]
    out = {}
    for i, st in enumerate(q["statements"]):
        right = st["category"]
        out[st["id"]] = cats[(cats.index(right) + 1) % len(cats)] if i % 3 == 2 else right
    return out


def check_classify(w, definition: dict, q: dict, given: dict):
    section = w.locator(f'section.mvh-question[data-question="{q["id"]}"]')
    labels = {c["id"]: c["label"] for c in q["categories"]}
    for st in q["statements"]:
        row = section.locator("li.mvh-statement").filter(
            has=section.page.locator(f'select[data-statement="{st["id"]}"]')
        )
        assert row.locator("select").input_value() == given.get(st["id"], "")
        fb = squash(row.locator(".mvh-statement-feedback").inner_text())
        if st["id"] not in given:
            assert fb == ""
        elif given[st["id"]] == st["category"]:
            assert fb == squash(f"Riktig. {st['explanation']}")
        else:
            assert fb == squash(f"Ikke helt – riktig er «{labels[st['category']]}». {st['explanation']}")
    qs = summarize(definition, {"responses": {q["id"]: given}} if given else {})["questions"][q["id"]]
    result = section.locator(".mvh-result").inner_text()
    assert result == (f"{qs['correct']} av {qs['units']} riktige." if given else "")


def test_classify_quiz_by_mouse(page, site):
    definition = load(CLASSIFY_ID)
    q = definition["questions"][0]
    assert q["type"] == "classify"
    given = classify_choices(q)
    open_page(page, site, QUIZ_PAGE)
    w = wait_ready(page, CLASSIFY_ID)
    section = w.locator(f'section.mvh-question[data-question="{q["id"]}"]')
    for st in q["statements"]:
        section.locator(f'select[data-statement="{st["id"]}"]').select_option(given[st["id"]])
    answers = {"responses": {q["id"]: given}}
    assert stored(page, CLASSIFY_ID) == answers
    check_classify(w, definition, q, given)
    assert w.locator(".mvh-quiz > .mvh-progress").inner_text() == score_text(definition, answers)
    check_explanation_toggle(section, q)

    page.reload()
    w = wait_ready(page, CLASSIFY_ID)
    assert stored(page, CLASSIFY_ID) == answers
    check_classify(w, definition, q, given)
    assert w.locator(".mvh-quiz > .mvh-progress").inner_text() == score_text(definition, answers)

    # "Prøv igjen" empties the whole set, and that is saved too.
    w.locator(f'section.mvh-question[data-question="{q["id"]}"] button[data-action="retry"]').click()
    check_classify(w, definition, q, {})
    assert stored(page, CLASSIFY_ID) == {"responses": {}}
    page.reload()
    w = wait_ready(page, CLASSIFY_ID)
    check_classify(w, definition, q, {})
    page.recorder.assert_clean()


def test_quiz_by_keyboard(page, site):
    single = load(SINGLE_ID)
    classify = load(CLASSIFY_ID)
    q1, q2 = single["questions"][:2]
    cq = classify["questions"][0]
    open_page(page, site, QUIZ_PAGE)
    w_single = wait_ready(page, SINGLE_ID)
    w_class = wait_ready(page, CLASSIFY_ID)

    # The classification set comes first on the page: one select per statement.
    given = classify_choices(cq)
    cats = [c["id"] for c in cq["categories"]]
    # The statements are shown in a mixed order (js/core/teach.js): go through them as shown.
    shown = w_class.locator("select[data-statement]").evaluate_all("els => els.map(e => e.dataset.statement)")
    by_id = {st["id"]: st for st in cq["statements"]}
    tab_until(page, in_widget(CLASSIFY_ID, f"e.dataset.statement === '{shown[0]}'"))
    for st in (by_id[i] for i in shown):
        assert active(page, "e.dataset.statement") == st["id"]
        for _ in range(cats.index(given[st["id"]]) + 1):  # past "Velg …"
            page.keyboard.press("ArrowDown")
        page.keyboard.press("Tab")
    assert stored(page, CLASSIFY_ID) == {"responses": {cq["id"]: given}}
    check_classify(w_class, classify, cq, given)

    # Single choice: Space picks the first option, arrows move the choice.
    options1 = [o["id"] for o in q1["options"]]
    tab_until(page, in_widget(SINGLE_ID, f"e.dataset.question === '{q1['id']}'"))
    assert active(page, "e.value") == options1[0]
    page.keyboard.press("Space")
    check_single(w_single, q1, options1[0])
    wrong = wrong_option(q1)
    for _ in range(options1.index(wrong)):
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")  # arrows only mark an option; Space picks it
    check_single(w_single, q1, wrong)
    assert stored(page, SINGLE_ID) == {"responses": {q1["id"]: wrong}}
    # Tab to "Prøv igjen" and press it: the answer is gone.
    page.keyboard.press("Tab")
    assert active(page, "e.dataset.action") == "retry"
    page.keyboard.press("Enter")
    check_single(w_single, q1, None)
    assert stored(page, SINGLE_ID) == {"responses": {}}
    # "Vis forklaring" with Enter, and closed again with Space.
    page.keyboard.press("Tab")
    assert active(page, "e.dataset.action") == "explain"
    s1 = w_single.locator(f'section.mvh-question[data-question="{q1["id"]}"]')
    presses = iter(["Enter", "Space"])
    check_explanation_toggle(s1, q1, press=lambda: page.keyboard.press(next(presses)))
    # Back into the radio group and choose the right answer.
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    at = active(page, "e.value")
    assert active(page, f"e.dataset.question === '{q1['id']}'") and at in options1
    right = right_option(q1)
    key = "ArrowDown" if options1.index(right) > options1.index(at) else "ArrowUp"
    page.keyboard.press("Space")
    for _ in range(abs(options1.index(right) - options1.index(at))):
        page.keyboard.press(key)
    page.keyboard.press("Enter")
    check_single(w_single, q1, right)
    # On to the next question: its group is the next tab stop after the two buttons.
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert active(page, "e.dataset.question") == q2["id"]
    page.keyboard.press("Space")
    for _ in range([o["id"] for o in q2["options"]].index(right_option(q2))):
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")
    answers = {"responses": {q1["id"]: right, q2["id"]: right_option(q2)}}
    assert stored(page, SINGLE_ID) == answers
    check_single(w_single, q2, right_option(q2))
    assert w_single.locator(".mvh-quiz > .mvh-progress").inner_text() == score_text(single, answers)

    page.reload()
    w_single = wait_ready(page, SINGLE_ID)
    w_class = wait_ready(page, CLASSIFY_ID)
    check_single(w_single, q1, right)
    check_single(w_single, q2, right_option(q2))
    assert w_single.locator(".mvh-quiz > .mvh-progress").inner_text() == score_text(single, answers)
    check_classify(w_class, classify, cq, given)
    page.recorder.assert_clean()


# ----------------------------------------------------------------- scenario

SCENARIO_ID = "scenario-sjelden-ute"


def choice_index(definition: dict, node_id: str, next_id: str) -> int:
    node = next(n for n in definition["nodes"] if n["id"] == node_id)
    return [c["next"] for c in node["choices"]].index(next_id)


def check_stage(w, definition: dict, path: list[str]):
    """The situation (or ending) at the end of the path, its choices and the history."""
    nodes = {n["id"]: n for n in definition["nodes"]}
    node = nodes[path[-1]]
    stage = w.locator(".mvh-stage")
    heading = stage.locator("h4").inner_text()
    assert squash(node["text"]) in squash(stage.inner_text())
    if "ending" in node:
        # The ending's own title; the kind of outcome right under it.
        assert heading == node.get("title", OUTCOME_HEADINGS[node["ending"]])
        assert stage.locator(f".mvh-outcome.mvh-outcome-{node['ending']}").count() == 1
        assert OUTCOME_HEADINGS[node["ending"]] in stage.locator(".mvh-outcome").inner_text()
        assert stage.locator(".mvh-choice-btn").count() == 0
        if node.get("chapter"):
            assert stage.locator("a.mvh-chapter-link").get_attribute("href") == f"{node['chapter']}.html"
    else:
        assert heading == node["title"]
        buttons = stage.locator(".mvh-choice-btn")
        assert [squash(t) for t in buttons.all_inner_texts()] == [squash(c["text"]) for c in node["choices"]]
    history = w.locator("ol.mvh-history li")
    assert history.count() == len(path) - 1
    for i, step in enumerate(path[:-1]):
        choice = next(c for c in nodes[step]["choices"] if c["next"] == path[i + 1])
        entry = squash(history.nth(i).inner_text())
        assert entry.startswith(squash(nodes[step]["title"]))
        assert entry.endswith("Ditt valg: " + squash(choice["text"]))
    back = w.locator('button[data-action="back"]')
    restart = w.locator('button[data-action="restart"]')
    assert back.is_disabled() == (len(path) == 1) and restart.is_disabled() == (len(path) == 1)


def test_scenario_by_mouse(page, site):
    d = load(SCENARIO_ID)
    open_page(page, site, SCENARIO_PAGE)
    w = wait_ready(page, SCENARIO_ID)
    path = [d["start"]]
    check_stage(w, d, path)

    def choose(next_id):
        w.locator(f'.mvh-stage button.mvh-choice-btn[data-next="{next_id}"]').click()
        path.append(next_id)
        assert stored(page, SCENARIO_ID, d["version"])["path"] == path
        check_stage(w, d, path)

    choose("n3")
    choose("n2")
    w.locator('button[data-action="back"]').click()
    path.pop()
    assert stored(page, SCENARIO_ID, d["version"])["path"] == path
    check_stage(w, d, path)
    choose("n2")
    choose("n7")
    choose("slutt-god")
    assert summarize(d, {"path": path})["outcome"] == "god"

    page.reload()
    w = wait_ready(page, SCENARIO_ID)
    assert stored(page, SCENARIO_ID, d["version"])["path"] == path
    check_stage(w, d, path)

    w.locator('button[data-action="restart"]').click()
    path = [d["start"]]
    assert stored(page, SCENARIO_ID, d["version"])["path"] == path
    check_stage(w, d, path)
    choose("n4")
    choose("slutt-personalsak")
    page.reload()
    w = wait_ready(page, SCENARIO_ID)
    check_stage(w, d, path)
    page.recorder.assert_clean()


def test_scenario_by_keyboard(page, site):
    d = load(SCENARIO_ID)
    open_page(page, site, SCENARIO_PAGE)
    w = wait_ready(page, SCENARIO_ID)
    tab_until(page, in_widget(SCENARIO_ID, "e.classList.contains('mvh-choice-btn')"))
    path = [d["start"]]

    def choose(next_id):
        # Focus is on the situation's heading (or on the first choice to begin with).
        if active(page, "e.tagName") == "H4":
            page.keyboard.press("Tab")
        for _ in range(choice_index(d, path[-1], next_id)):
            page.keyboard.press("Tab")
        assert active(page, "e.dataset.next") == next_id
        page.keyboard.press("Enter")
        path.append(next_id)
        assert stored(page, SCENARIO_ID, d["version"])["path"] == path
        check_stage(w, d, path)
        # The new situation's heading takes the focus, so a screen reader reads it next.
        assert active(page, "e.tagName") == "H4"
        assert active(page, "e.textContent") == w.locator(".mvh-stage h4").inner_text()

    choose("n2")
    choose("n7")
    choose("slutt-god")
    # At the ending: the chapter link, then "Tilbake".
    page.keyboard.press("Tab")
    assert active(page, "e.classList.contains('mvh-chapter-link')")
    page.keyboard.press("Tab")
    assert active(page, "e.dataset.action") == "back"
    page.keyboard.press("Enter")
    path.pop()
    assert stored(page, SCENARIO_ID, d["version"])["path"] == path
    check_stage(w, d, path)
    choose("n5")
    choose("slutt-god")

    page.reload()
    w = wait_ready(page, SCENARIO_ID)
    check_stage(w, d, path)
    assert stored(page, SCENARIO_ID, d["version"])["path"] == path
    tab_until(page, in_widget(SCENARIO_ID, "e.dataset.action === 'restart'"))
    page.keyboard.press("Enter")
    # Start på nytt keeps the ending found: it invites another route.
    assert stored(page, SCENARIO_ID, d["version"]) == {"path": [d["start"]], "endings": ["slutt-god"]}
    check_stage(w, d, [d["start"]])
    page.recorder.assert_clean()


# ----------------------------------------------------------------- template

TEMPLATE_ID = "mal-forventningsavklaring"


def template_fields(definition: dict) -> dict:
    return {f["id"]: f for s in definition["sections"] for f in s["fields"]}


def planned_values(definition: dict) -> dict:
    """A value for every field type the template has (the form a reader fills in)."""
    fields = template_fields(definition)
    kinds = {f["type"] for f in fields.values()}
    assert kinds == {"date", "text", "choice", "matrix", "longtext", "checklist"}, kinds
    values = {}
    dates = iter(["2027-03-15", "2027-09-01", "2028-01-31"])
    longtexts = iter(
        [
            "Metodeveilederen tar initiativet – «sammen» betyr at vi møtes.",
            "Hvem følger opp sykefravær?\nTas på neste møte.",
        ]
    )
    for fid, f in fields.items():
        if f["type"] == "date":
            values[fid] = next(dates)
        elif f["type"] == "text":
            values[fid] = "Personalleder, metodeveileder og to jobbspesialister"
        elif f["type"] == "choice":
            values[fid] = f["options"][len(values) % len(f["options"])]
        elif f["type"] == "matrix":
            values[fid] = {row: f["options"][i % len(f["options"])] for i, row in enumerate(f["rows"])}
        elif f["type"] == "checklist":
            values[fid] = [f["options"][0], f["options"][2]]
        else:
            text = next(longtexts, None)
            if text:
                values[fid] = text
    return values


def check_form(w, definition: dict, values: dict):
    for fid, f in template_fields(definition).items():
        v = values.get(fid)
        if f["type"] in ("date", "text", "longtext", "choice"):
            assert w.locator(f'[data-field="{fid}"]').input_value() == (v or ""), fid
        elif f["type"] == "checklist":
            for o in f["options"]:
                assert w.locator(f'input[data-field="{fid}"][value="{o}"]').is_checked() == (o in (v or [])), (fid, o)
        else:
            for ri, row in enumerate(f["rows"]):
                for o in f["options"]:
                    radio = w.locator(f'input[data-field="{fid}"][data-row="{ri}"][value="{o}"]')
                    assert radio.is_checked() == ((v or {}).get(row) == o), (fid, row, o)
    s = summarize(definition, {"fields": values})
    assert (
        w.locator(".mvh-template > .mvh-progress").inner_text()
        == f"Du har fylt ut {s['filled']} av {s['fields']} felt."
    )


def test_template_by_mouse(page, site):
    d = load(TEMPLATE_ID)
    values = planned_values(d)
    open_page(page, site, TEMPLATE_PAGE)
    w = wait_ready(page, TEMPLATE_ID)
    check_form(w, d, {})
    for fid, f in template_fields(d).items():
        if fid not in values:
            continue
        v = values[fid]
        if f["type"] in ("date", "text", "longtext"):
            w.locator(f'[data-field="{fid}"]').click()
            w.locator(f'[data-field="{fid}"]').fill(v)
        elif f["type"] == "choice":
            w.locator(f'select[data-field="{fid}"]').select_option(v)
        elif f["type"] == "checklist":
            # Tick one too many, then untick it again.
            for o in [*v, f["options"][1]]:
                w.locator("label.mvh-choice").filter(
                    has=page.locator(f'input[data-field="{fid}"][value="{o}"]')
                ).click()
            w.locator(f'input[data-field="{fid}"][value="{f["options"][1]}"]').click()
        else:
            for ri, row in enumerate(f["rows"]):
                w.locator(f'input[data-field="{fid}"][data-row="{ri}"][value="{v[row]}"]').click()
    assert stored(page, TEMPLATE_ID) == {"fields": values}
    check_form(w, d, values)

    page.reload()
    w = wait_ready(page, TEMPLATE_ID)
    assert stored(page, TEMPLATE_ID) == {"fields": values}
    check_form(w, d, values)
    page.recorder.assert_clean()


def test_template_by_keyboard(page, site):
    d = load(TEMPLATE_ID)
    values = planned_values(d)
    fields = template_fields(d)
    order = list(fields)
    open_page(page, site, TEMPLATE_PAGE)
    w = wait_ready(page, TEMPLATE_ID)
    tab_until(page, in_widget(TEMPLATE_ID, f"e.dataset.field === '{order[0]}'"))
    for fid in order:
        f = fields[fid]
        v = values.get(fid)
        # A date input has more than one tab stop, so tab on until the field is reached.
        tab_until(page, in_widget(TEMPLATE_ID, f"e.dataset.field === '{fid}'"), limit=4)
        if f["type"] == "date":
            y, m, day = v.split("-")
            lang = page.evaluate("navigator.language")
            page.keyboard.type(m + day + y if lang == "en-US" else day + m + y)
            page.keyboard.press("Tab")
        elif f["type"] in ("text", "longtext"):
            if v:
                page.keyboard.type(v.replace("\n", "\r") if f["type"] == "text" else v)
            page.keyboard.press("Tab")
        elif f["type"] == "choice":
            for _ in range(f["options"].index(v) + 1):  # past "Velg …"
                page.keyboard.press("ArrowDown")
            page.keyboard.press("Tab")
        elif f["type"] == "checklist":
            for o in f["options"]:
                assert active(page, "e.value") == o
                if o in v:
                    page.keyboard.press("Space")
                page.keyboard.press("Tab")
        else:
            for ri, row in enumerate(f["rows"]):
                assert active(page, "e.dataset.row") == str(ri)
                page.keyboard.press("Space")
                for _ in range(f["options"].index(v[row])):
                    page.keyboard.press("ArrowRight")
                page.keyboard.press("Tab")
    assert stored(page, TEMPLATE_ID) == {"fields": values}
    check_form(w, d, values)

    page.reload()
    w = wait_ready(page, TEMPLATE_ID)
    assert stored(page, TEMPLATE_ID) == {"fields": values}
    check_form(w, d, values)
    page.recorder.assert_clean()
