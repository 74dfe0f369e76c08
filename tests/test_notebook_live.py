"""Opened as a notebook via jupytext, the chapter's widget is live."""

from __future__ import annotations

from pathlib import Path

import jupytext
import nbclient
import pytest

ROOT = Path(__file__).resolve().parent.parent
CHAPTER = ROOT / "book" / "kvalitet.md"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


@pytest.fixture(scope="module")
def executed():
    nb = jupytext.read(CHAPTER)
    # allow_errors: a cell that raises leaves its error in the outputs, where the tests look,
    # instead of stopping here (nbclient's default would raise before any test could see it).
    client = nbclient.NotebookClient(
        nb, kernel_name="python3", timeout=120, allow_errors=True, resources={"metadata": {"path": str(CHAPTER.parent)}}
    )
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


@pytest.mark.parametrize(
    ("call", "instrument_id"),
    [
        ('instrument("kvalitetsveileder")', "kvalitetsveileder"),
        ('instrument("refleksjon-kvalitet")', "refleksjon-kvalitet"),
    ],
)
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
    errors = [f"{o.ename}: {o.evalue}" for c in executed.cells if c.cell_type == "code" for o in c.outputs
              if o.output_type == "error"]  # fmt: skip
    assert errors == []


def test_an_error_in_a_cell_would_be_seen():
    # The check above can fail: with allow_errors a raising cell leaves an error output.
    nb = jupytext.reads("```{code-cell} ipython3\nraise ValueError('seen')\n```\n", fmt="md:myst")
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbclient.NotebookClient(nb, kernel_name="python3", timeout=60, allow_errors=True).execute()
    assert [o.evalue for c in nb.cells for o in c.outputs if o.output_type == "error"] == ["seen"]
