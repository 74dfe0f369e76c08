"""Each page loads only the widget code and data it uses (issue 16): the bundle in the build's language, the
exercises' or the views' bundle by what the page holds, and every definition once in `_static/mvh-instruments.js` for
the whole-book views, which name their instruments by id."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from widgets import static_html
from widgets.sphinx_ext import bundle_for
from widgets.definitions import instrument_ids, load
from widgets.i18n import catalogue

ROOT = Path(__file__).resolve().parent.parent
BUILT = ROOT / "widgets" / "static" / "built"
SCRIPT = re.compile(r'<script[^>]*src="[^"]*_static/(mvh-(?:widgets|views|instruments)\.js)[^"]*"')
PAYLOAD = re.compile(r'<div class="mvh-widget" data-mvh-role="([a-z]+)".*?class="mvh-definition">(.*?)</script>', re.S)


def words_only_in(lang: str) -> list[str]:
    """Texts of catalogue entries that differ between the languages, as they stand in a bundle (JSON)."""
    mine, other = catalogue(lang), catalogue("nn" if lang == "nb" else "nb")
    return [json.dumps(v, ensure_ascii=False)[1:-1] for k, v in mine.items() if isinstance(v, str) and v != other[k]]


def languages_in(bundle: str) -> set[str]:
    return {lang for lang in ("nb", "nn") if sum(w in bundle for w in words_only_in(lang)) > 20}


def test_each_book_bundle_speaks_one_language():
    for name, lang in [
        ("mvh-widgets.js", "nb"),
        ("mvh-widgets.nn.js", "nn"),
        ("mvh-views.js", "nb"),
        ("mvh-views.nn.js", "nn"),
    ]:
        assert languages_in((BUILT / name).read_text(encoding="utf-8")) == {lang}, name


def test_the_language_check_sees_a_bundle_with_both():
    # Jupyter's bundle holds both catalogues on purpose (a notebook can switch): the check must see that.
    assert languages_in((BUILT / "widget.js").read_text(encoding="utf-8")) == {"nb", "nn"}


def script_problems(page: str) -> list[str]:
    """What a page loads that it should not, or lacks: by what it holds."""
    loaded = SCRIPT.findall(page)
    exercise = 'class="mvh-widget" data-mvh-id=' in page
    roles = set(re.findall(r'data-mvh-role="([a-z]+)"', page))
    want = []
    if roles - {"progress"}:
        want.append("mvh-instruments.js")
    if exercise:
        want.append("mvh-widgets.js")
    if roles:
        want.append("mvh-views.js")
    return [] if loaded == want else [f"loads {loaded}, should load {want}"]


def test_every_page_loads_the_bundle_for_what_it_holds(book):
    pages = {p.relative_to(book.html).as_posix(): p.read_text(encoding="utf-8") for p in book.html.rglob("*.html")}
    found = {name: problem for name, page in pages.items() for problem in script_problems(page)}
    assert found == {}
    # Each case is in the book: exercises, views only, a progress line only.
    assert SCRIPT.findall(pages["book/kvalitet.html"]) == ["mvh-widgets.js"]
    assert SCRIPT.findall(pages["book/mine-svar.html"]) == ["mvh-instruments.js", "mvh-views.js"]
    assert SCRIPT.findall(pages["book/intro.html"]) == ["mvh-views.js"]  # the progress line loads it itself


def test_the_bundle_check_catches_a_wrong_pick(book):
    workbook = (book.html / "book" / "mine-svar.html").read_text(encoding="utf-8")
    exercise = (book.html / "book" / "kvalitet.html").read_text(encoding="utf-8")
    assert script_problems(workbook.replace("mvh-views.js", "mvh-widgets.js"))
    assert script_problems(exercise.replace("mvh-widgets.js", "mvh-views.js"))
    assert script_problems(re.sub(r"<script[^>]*mvh-instruments\.js[^>]*></script>", "", workbook))


def test_a_page_with_an_exercise_and_a_view_is_refused():
    # Each bundle carries only its own code, so one page cannot hold both: the build says which page.
    exercise, view = static_html.render(load("kvalitetsveileder")), static_html.render_view("toolbox", [])
    assert bundle_for(exercise) == "mvh-widgets.js"
    assert bundle_for(view) == "mvh-views.js"
    assert bundle_for("<p>Tekst</p>") is None
    with pytest.raises(ValueError, match="holds both an exercise and a whole-book view"):
        bundle_for(exercise + view)


def shared_definitions(html: Path) -> dict:
    text = (html / "_static" / "mvh-instruments.js").read_text(encoding="utf-8")
    return json.loads(text[text.index("=") + 1 : text.rindex(";")])


def definition_problems(html: Path, pages: dict[str, str]) -> list[str]:
    """A view's instrument the shared script lacks, a view carrying definitions inline, a stale definition."""
    shared, out = shared_definitions(html), []
    for i in instrument_ids():
        if shared.get(i) != load(i):
            out.append(f"{i}: not as widgets/instruments has it in mvh-instruments.js")
    for name, page in pages.items():
        for role, data in PAYLOAD.findall(page):
            for i in json.loads(data)["instruments"]:
                if not isinstance(i, str):
                    out.append(f"{name}: the {role} view carries a definition inline")
                elif i not in shared:
                    out.append(f"{name}: the {role} view names {i}, which mvh-instruments.js lacks")
    return out


def view_pages(html: Path) -> dict[str, str]:
    pages = {p.relative_to(html).as_posix(): p.read_text(encoding="utf-8") for p in (html / "book").glob("*.html")}
    return {k: v for k, v in pages.items() if "data-mvh-role=" in v}


def test_the_views_name_their_instruments_and_the_shared_script_holds_them_all(book):
    pages = view_pages(book.html)
    assert {"book/intro.html", "book/mine-svar.html", "book/teamoversikt.html"} <= set(pages)
    assert definition_problems(book.html, pages) == []
    # A view's JSON is its ids and links now: the workbook's page carried 347 KB of definitions before.
    assert all(len(data) < 20_000 for page in pages.values() for _, data in PAYLOAD.findall(page))


def test_the_definition_check_catches_a_stale_script_and_an_inline_definition(book, tmp_path):
    html = tmp_path / "html"
    (html / "_static").mkdir(parents=True)
    shared = shared_definitions(book.html)
    del shared["kvalitetsveileder"]
    shared["refleksjon-kvalitet"] = {**shared["refleksjon-kvalitet"], "title": "Gammel tittel"}
    (html / "_static" / "mvh-instruments.js").write_text(f"globalThis.MVHInstruments={json.dumps(shared)};")
    # A view as the book wrote them before issue 16: its definition inline.
    inline = static_html.render_view("workbook", [load("kvalitetsveileder")]).replace(
        '"instruments":["kvalitetsveileder"]', f'"instruments":[{static_html.inline_json(load("kvalitetsveileder"))}]'
    )
    found = definition_problems(html, {**view_pages(book.html), "planted.html": inline})
    assert "kvalitetsveileder: not as widgets/instruments has it in mvh-instruments.js" in found
    assert "refleksjon-kvalitet: not as widgets/instruments has it in mvh-instruments.js" in found
    assert "planted.html: the workbook view carries a definition inline" in found
    assert any("names kvalitetsveileder, which mvh-instruments.js lacks" in p for p in found)
