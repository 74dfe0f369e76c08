"""One table of what the Python side knows about each kind of instrument.

Adding a kind means: a schema in ``schemas/<kind>.schema.json`` (and the kind in
``base.schema.json``'s enum), one row here, and the JavaScript side
(``widget.js``). Everything in Python that depends on the kind looks it up here:

- ``check``: the rules JSON Schema cannot express (``definitions.validate``)
- ``summarize``: the summary the UI shows (``scoring.summarize``; mirrored in JS)
- ``fallback``: the no-JS HTML in the book (``static_html.render``)
- ``paper``: the blank form in the course PDF (``static_html.render_paper``)
- ``team``: team numbers from several people's answers, or None when the kind
  has no team view (``aggregate.aggregate_answers``; mirrored in JS)
- ``chapters``: links from the instrument to chapters, checked by the build
  (``sphinx_ext``)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from . import definitions, scoring, static_html
from .aggregate import _team_evaluation, _team_likert, _team_rating  # the package's `aggregate` is the function


@dataclass(frozen=True)
class Kind:
    name: str
    check: Callable[[dict, str], None]
    summarize: Callable[[dict, dict], dict]
    fallback: Callable[[dict], str]
    paper: Callable[[dict], str]
    team: Callable[[dict, list[dict]], dict] | None = None
    chapters: Callable[[dict], list[tuple[str, str]]] = lambda d: []


def _linked(field: str) -> Callable[[dict], list[tuple[str, str]]]:
    """(item id, chapter) for every entry of ``definition[field]`` that links a chapter."""
    return lambda d: [(x["id"], x["chapter"]) for x in d[field] if "chapter" in x]


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind(
            "rating",
            check=definitions._check_rating,
            summarize=scoring._rating,
            fallback=static_html._fallback_rating,
            paper=static_html._paper_rating,
            team=_team_rating,
        ),
        Kind(
            "reflection",
            check=definitions._check_reflection,
            summarize=scoring._reflection,
            fallback=static_html._fallback_reflection,
            paper=static_html._paper_reflection,
        ),
        Kind(
            "likert",
            check=definitions._check_likert,
            summarize=scoring._likert,
            fallback=static_html._fallback_likert,
            paper=static_html._paper_likert,
            team=_team_likert,
            chapters=_linked("dimensions"),
        ),
        Kind(
            "quiz",
            check=definitions._check_quiz,
            summarize=scoring._quiz,
            fallback=static_html._fallback_quiz,
            paper=static_html._paper_quiz,
        ),
        Kind(
            "scenario",
            check=definitions._check_scenario,
            summarize=scoring._scenario,
            fallback=static_html._fallback_scenario,
            paper=static_html._paper_scenario,
            chapters=_linked("nodes"),
        ),
        Kind(
            "template",
            check=definitions._check_template,
            summarize=scoring._template,
            fallback=static_html._fallback_template,
            paper=static_html._paper_template,
        ),
        Kind(
            "evaluation",
            check=definitions._check_evaluation,
            summarize=scoring._evaluation,
            fallback=static_html._fallback_evaluation,
            paper=static_html._paper_evaluation,
            team=_team_evaluation,
        ),
    )
}

TEAM_KINDS = tuple(sorted(name for name, k in KINDS.items() if k.team))


def kind_of(definition: dict) -> Kind:
    """The row for a definition's kind; ValueError for a kind no row describes."""
    kind = KINDS.get(definition.get("kind"))
    if kind is None:
        raise ValueError(f"unknown kind of instrument {definition.get('kind')!r}")
    return kind
