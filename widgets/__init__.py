"""Self-assessment and reflection widgets for Metodeveilederhåndboka.

``instrument("kvalitetsveileder")`` in a notebook cell gives a live widget in
Jupyter and kernel-free HTML in the built book.
"""
__version__ = "0.1.0"

from .definitions import InstrumentError, load  # noqa: E402
from .aggregate import aggregate  # noqa: E402
from .jupyter import Instrument, instrument, team_view, workbook  # noqa: E402
from .scoring import summarize  # noqa: E402

__all__ = ["Instrument", "InstrumentError", "aggregate", "instrument", "load", "summarize", "team_view", "workbook"]
