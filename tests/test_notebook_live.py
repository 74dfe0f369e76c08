"""Opened as a notebook via jupytext, the chapter's widget is live; and the
offline zip holds what a reader needs and nothing else."""
from __future__ import annotations

import zipfile
from pathlib import Path

import jupytext
import nbclient
import pytest

from widgets.offline_zip import TOP, write_zip

ROOT = Path(__file__).resolve().parent.parent
CHAPTER = ROOT / "book" / "kvalitet.md"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


@pytest.fixture(scope="module")
def executed():
    nb = jupytext.read(CHAPTER)
    client = nbclient.NotebookClient(nb, kernel_name="python3", timeout=120,
                                     resources={"metadata": {"path": str(CHAPTER.parent)}})
    client.execute()
    return nb


def cell_showing(nb, call: str):
    cells = [c for c in nb.cells if c.cell_type == "code" and call in c.source]
    assert len(cells) == 1, f"expected one code cell with {call}"
    return cells[0]


def display_outputs(cell) -> list:
    return [o for o in cell.outputs if o.output_type in ("display_data", "execute_result")]


def test_chapter_is_myst_for_jupytext():
    nb = jupytext.read(CHAPTER)
    assert nb.metadata["jupytext"]["text_representation"]["format_name"] == "myst"
    assert nb.metadata["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize(("call", "instrument_id"), [
    ('instrument("kvalitetsveileder")', "kvalitetsveileder"),
    ('instrument("refleksjon-kvalitet")', "refleksjon-kvalitet"),
])
def test_widget_cell_gives_a_live_widget_and_static_html(executed, call, instrument_id):
    cell = cell_showing(executed, call)
    errors = [o for o in cell.outputs if o.output_type == "error"]
    assert errors == [], errors
    outputs = display_outputs(cell)
    assert len(outputs) == 1
    data = outputs[0].data
    view = data[WIDGET_VIEW]
    assert isinstance(view["model_id"], str) and len(view["model_id"]) >= 16
    assert f'data-mvh-id="{instrument_id}"' in data["text/html"]
    assert 'class="mvh-definition"' in data["text/html"]


def test_widget_state_is_saved_in_the_notebook(executed):
    # A saved notebook re-opens with the widget's model and its definition.
    view = display_outputs(cell_showing(executed, 'instrument("kvalitetsveileder")'))[0].data[WIDGET_VIEW]
    state = executed.metadata["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]
    model = state[view["model_id"]]["state"]
    assert model["definition"]["id"] == "kvalitetsveileder"
    assert model["answers"] == {}


def test_no_cell_raised(executed):
    errors = [o for c in executed.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors == []


# --------------------------------------------------------------- offline zip

def fake_html(root: Path) -> Path:
    html = root / "html"
    (html / "_static").mkdir(parents=True)
    (html / ".doctrees").mkdir()
    (html / "index.html").write_text("<!doctype html><title>Bok</title>", encoding="utf-8")
    (html / "kvalitet.html").write_text("<p>Kvalitet</p>", encoding="utf-8")
    (html / "_static" / "a.js").write_text("var a = 1;", encoding="utf-8")
    (html / "_static" / "a.js.map").write_text("{}", encoding="utf-8")
    (html / ".doctrees" / "x").write_text("pickle", encoding="utf-8")
    (html / ".buildinfo").write_text("config: x", encoding="utf-8")
    return html


def test_offline_zip_has_the_pages_and_not_the_build_leftovers(tmp_path):
    html = fake_html(tmp_path)
    zip_path = tmp_path / "dist" / "bok.zip"
    count = write_zip(html, zip_path)
    with zipfile.ZipFile(zip_path) as zf:
        names = sorted(zf.namelist())
        assert zf.read(f"{TOP}/_static/a.js") == b"var a = 1;"
    assert names == [f"{TOP}/_static/a.js", f"{TOP}/index.html", f"{TOP}/kvalitet.html"]
    assert count == 3
    assert not any(n.endswith(".map") or ".doctrees" in n or ".buildinfo" in n for n in names)


def test_offline_zip_refuses_a_directory_without_index_html(tmp_path):
    html = fake_html(tmp_path)
    (html / "index.html").unlink()
    zip_path = tmp_path / "bok.zip"
    with pytest.raises(SystemExit, match="has no index.html: build the book first"):
        write_zip(html, zip_path)
    assert not zip_path.exists()
