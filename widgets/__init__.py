"""Self-assessment and reflection widgets for Metodeveilederhåndboka.

``instrument("kvalitetsveileder")`` in a notebook cell gives a live widget in
Jupyter and kernel-free HTML in the built book.
"""

__version__ = "0.1.0"

from .aggregate import aggregate  # noqa: E402
from .definitions import InstrumentError, load  # noqa: E402
from .scoring import summarize  # noqa: E402

__all__ = ["Instrument", "InstrumentError", "aggregate", "instrument", "load", "summarize", "team_view", "workbook"]
_JUPYTER = {"Instrument", "instrument", "team_view", "workbook"}


def __getattr__(name: str):
    # The Jupyter host (anywidget, ipywidgets) loads on first use, so the build, the offline
    # zip and the course PDF do not pay for it.
    if name in _JUPYTER:
        from . import jupyter

        return getattr(jupyter, name)
    raise AttributeError(f"module 'widgets' has no attribute {name!r}")
