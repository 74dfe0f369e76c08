"""Write the Nynorsk siblings into the instrument schemas: ``python -m widgets.schema_languages``.

The schemas in ``schemas/*.schema.json`` are written by hand, except for two things
this module adds to them (and keeps fresh; tests/test_languages.py fails when a
schema is not what this module makes of it):

- beside every text field ``X`` (a name in ``definitions.TEXT_FIELDS`` whose
  schema is a string or a list of strings), a sibling ``X_nn`` with the same
  schema, for the Nynorsk text;
- at the top level, ``languages``: the languages an instrument is complete in
  (``[nb]`` or ``[nb, nn]``; ``definitions`` checks that it is).

So after adding a text field to a schema, run this module and commit the result.
What a schema cannot say (a list sibling has the length of its list; an
instrument declaring both languages has every ``_nn``) is checked in
``definitions._check_languages``.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

from .definitions import LANGUAGES, NN, SCHEMA_DIR, TEXT_FIELDS

LANGUAGES_SCHEMA = {
    "type": "array",
    "description": "The languages every text field is written in: Bokmål always, Nynorsk when each text has its _nn.",
    "items": {"enum": list(LANGUAGES)},
    "uniqueItems": True,
    "contains": {"const": "nb"},
}


def _is_text_schema(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    if schema.get("type") == "string":
        return True
    return (
        schema.get("type") == "array"
        and isinstance(schema.get("items"), dict)
        and schema["items"].get("type") == "string"
    )


def _sibling(name: str, schema: dict) -> dict:
    out = copy.deepcopy(schema)
    what = "texts" if schema.get("type") == "array" else "text"
    out["description"] = f"Nynorsk {what} of '{name}'" + (", one per entry" if what == "texts" else "")
    return out


def _walk(node: Any) -> Any:
    if isinstance(node, list):
        return [_walk(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "properties" and isinstance(value, dict):
            props = {}
            for name, sub in value.items():
                if name.endswith(NN):
                    continue  # regenerated beside its field
                props[name] = _walk(sub)
                if name in TEXT_FIELDS and _is_text_schema(sub):
                    props[name + NN] = _sibling(name, sub)
            out[key] = props
        else:
            out[key] = _walk(value)
    return out


def with_languages(schema: dict) -> dict:
    """The schema with every text field's ``_nn`` sibling and the top-level ``languages``."""
    out = _walk(schema)
    props = out.get("properties", {})
    props.pop("languages", None)
    ordered = {}
    for name, sub in props.items():
        ordered[name] = sub
        if name == "kind":
            ordered["languages"] = copy.deepcopy(LANGUAGES_SCHEMA)
    out["properties"] = ordered
    return out


def render(schema: dict) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def schema_files() -> list[Path]:
    return sorted(SCHEMA_DIR.glob("*.schema.json"))


def main() -> int:
    changed = []
    for path in schema_files():
        text = path.read_text(encoding="utf-8")
        fresh = render(with_languages(json.loads(text)))
        if fresh != text:
            path.write_text(fresh, encoding="utf-8")
            changed.append(path.name)
    print(f"updated: {', '.join(changed)}" if changed else "all schemas are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
