"""The Jupyter host: an anywidget running the same instrument UI (js/) as the book."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import anywidget
import traitlets

from . import static_html
from .assets import widget_css
from .answers import EXPORT_FORMAT, check_answers
from .definitions import InstrumentError, load
from .measure import (
    check_measurements,
    for_file,
    compare_measurements,
    merge_measurements,
    new_measurement,
    sort_measurements,
    supports_measurements,
)
from .scoring import summarize

STATIC_DIR = Path(__file__).resolve().parent / "static"
# The instrument UI as one ES module, built from js/widget.js by `make js` and committed.
WIDGET_JS = STATIC_DIR / "built" / "widget.js"


class Instrument(anywidget.AnyWidget):
    """A live instrument. ``answers`` syncs with the UI in both directions."""

    _esm = WIDGET_JS
    _css = widget_css()
    definition = traitlets.Dict().tag(sync=True)
    answers = traitlets.Dict().tag(sync=True)
    # Random id of this set of answers; exports carry it so a team view counts it once.
    response_id = traitlets.Unicode("").tag(sync=True)
    # Dated, frozen copies of the answers, oldest first (the contract in README.md, "Measurements").
    measurements = traitlets.List().tag(sync=True)

    def __init__(
        self,
        instrument_id: str | None = None,
        *,
        definition: dict | None = None,
        answers: dict | None = None,
        response_id: str = "",
        measurements: list | None = None,
        **kwargs: Any,
    ) -> None:
        if definition is None:
            if instrument_id is None:
                raise TypeError("give an instrument id or a definition")
            definition = load(instrument_id)
        super().__init__(
            definition=definition,
            answers=dict(answers or {}),
            response_id=response_id or uuid.uuid4().hex,
            measurements=sort_measurements(list(measurements or [])),
            **kwargs,
        )

    @property
    def instrument_id(self) -> str:
        return self.definition["id"]

    def summary(self) -> dict:
        """Counts of the answers, the same numbers the UI shows."""
        return summarize(self.definition, self.answers)

    def ensure_response_id(self) -> str:
        """This set of answers' id, minted once and kept on the widget (and so synced to the UI).

        The UI's *Nullstill* empties it; the next export mints a new id and keeps it, so every
        later save of the same answers carries the same id and a team view counts them once.
        """
        if not self.response_id:
            self.response_id = uuid.uuid4().hex
        return self.response_id

    def measure(self, label: str, date: str | None = None) -> dict:
        """Save the current answers as a measurement (``date`` YYYY-MM-DD, today by default) and return it.

        The measurement keeps the answers' response id; the working answers get a new one from now on,
        so a person's two rounds of team exports cannot be linked by their ids.
        """
        if not supports_measurements(self.definition):
            raise ValueError(
                f"{self.instrument_id} is a {self.definition['kind']}: only rating and likert have measurements"
            )
        m = new_measurement(self.definition, self.answers, self.ensure_response_id(), label, date)
        self.measurements = sort_measurements([*self.measurements, m])
        self.response_id = uuid.uuid4().hex
        return m

    def _side(self, which: str | int | None) -> dict:
        """A measurement by id or index, or the current answers for None, as compare_measurements takes it."""
        if which is None:
            return {"version": self.definition["version"], "answers": self.answers}
        if isinstance(which, bool) or not isinstance(which, (str, int)):
            raise TypeError(f"give a measurement id or index, or None for the current answers, not {which!r}")
        if isinstance(which, int):
            try:
                return self.measurements[which]
            except IndexError:
                raise IndexError(f"no measurement {which}: there are {len(self.measurements)}") from None
        found = next((m for m in self.measurements if m.get("id") == which), None)
        if found is None:
            raise KeyError(f"no measurement with id {which!r}")
        return found

    def compare(self, a: str | int | None = None, b: str | int | None = None) -> dict:
        """Compare two measurements (by id or index; None is the current answers), the same numbers as the book.

        Without arguments: the latest two measurements, or the only one with the current answers.
        """
        if not self.measurements:
            raise ValueError("there are no measurements to compare yet: save one with measure(label)")
        if a is None and b is None:
            a, b = (-2, -1) if len(self.measurements) > 1 else (-1, None)
        return compare_measurements(self.definition, self._side(a), self._side(b))

    def to_export(self) -> dict:
        d = self.definition
        data = {
            "format": EXPORT_FORMAT,
            "instrument": d["id"],
            "version": d["version"],
            "title": d["title"],
            "response": self.ensure_response_id(),
            "exported": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "answers": self.answers,
        }
        # As the book writes it: no field when there are none, so older books can read the file.
        if self.measurements:
            data["measurements"] = for_file(self.measurements)
        return data

    def save(self, path: str | Path) -> Path:
        """Write the answers in the book's export format (importable in the browser)."""
        path = Path(path)
        path.write_text(json.dumps(self.to_export(), ensure_ascii=False, indent=2), encoding="utf-8")
        return path

    @classmethod
    def load(cls, path: str | Path) -> "Instrument":
        """Open a file saved by ``save`` or exported from the book."""
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InstrumentError(f"{path.name}: not a JSON export: {exc}") from exc
        if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
            raise InstrumentError(f"{path.name}: not an export from Metodeveilederhåndboka")
        if not isinstance(data.get("instrument"), str):
            raise InstrumentError(f"{path.name}: field 'instrument' must name the instrument")
        definition = load(data["instrument"])
        problem = check_answers(definition, data.get("answers"))
        if problem:
            raise InstrumentError(f"{path.name}: {problem}")
        problem = check_measurements(definition, data.get("measurements", []))
        if problem:
            raise InstrumentError(f"{path.name}: {problem}")
        response = data.get("response") if isinstance(data.get("response"), str) else ""
        measurements = merge_measurements([], data.get("measurements", []))
        return cls(data.get("instrument"), answers=data["answers"], response_id=response, measurements=measurements)

    def static_html(self) -> str:
        return static_html.render(self.definition)

    def _repr_mimebundle_(self, **kwargs: Any):
        # Live in Jupyter (widget view); kernel-free in the built book (text/html).
        bundle = super()._repr_mimebundle_(**kwargs)
        data, metadata = bundle if isinstance(bundle, tuple) else (bundle, {})
        data = dict(data or {})
        data["text/html"] = self.static_html()
        return data, metadata


def instrument(instrument_id: str, **kwargs: Any) -> Instrument:
    """Show an instrument: ``instrument("kvalitetsveileder")``."""
    return Instrument(instrument_id, **kwargs)


class View:
    """A whole-book view (the workbook or the team view). These read the
    browser's saved answers or files, so they live in the static book; in
    Jupyter, use ``Instrument.load`` and ``widgets.aggregate`` instead."""

    def __init__(self, role: str, instrument_ids: list[str]):
        self.role, self.instrument_ids = role, instrument_ids

    def _repr_html_(self) -> str:
        return static_html.render_view(self.role, [load(i) for i in self.instrument_ids])


def workbook() -> View:
    """ "Mine svar": every instrument in the book (the build adds the page links)."""
    from .definitions import instrument_ids

    return View("workbook", instrument_ids())


def team_view(instrument_ids: list[str] | None = None) -> View:
    """ "Teamoversikt" over the instruments a team can merge anonymously."""
    return View("team", instrument_ids or list(static_html.TEAM_INSTRUMENTS))
