"""Turn pydantic validation errors into one line a clerk can act on (in Swedish, like every
finding message; field names stay as they are written in the interchange format).

The most useful error comes first: a misspelled key is reported as an unknown field with
the field it probably meant (``notes[0].sections[0].keywrod: okänt fält "keywrod" (menade
du "keyword"?)``), not as the required field it leaves missing; :func:`locate` finds the
line of that key in the source text.
"""

from __future__ import annotations

import difflib
import re
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

__all__ = ["json_path", "describe", "first_error", "locate"]

#: pydantic error type (prefix) -> what the value must be
_MUST_BE = {
    "string": "text (en JSON-sträng)",
    "int": "ett heltal",
    "float": "ett tal",
    "bool": "true eller false",
    "datetime": "datum och tid som 2024-03-12T14:05:00",
    "date": "ett datum som 2024-03-12",
    "time": "en tid som 14:05",
    "list": "en lista [...]",
    "tuple": "en lista [...]",
    "dict": "ett objekt {...}",
    "model": "ett objekt {...}",
}


#: the longest key quoted in an error: an unknown key is the input's own text (a megabyte
#: key would make a megabyte line, quoting whatever note text it holds)
MAX_KEY = 40


def _key(part: Any) -> str:
    text = str(part)
    return text if len(text) <= MAX_KEY else text[:MAX_KEY] + "…"


def json_path(loc: tuple[Any, ...], prefix: str = "") -> str:
    out = prefix
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{_key(part)}" if out else _key(part)
    return out or "(record)"


def _model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model class of the object at ``loc`` (field names and list indexes)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        field = current.model_fields.get(part)
        if field is None:
            return None
        current = _inner_model(field.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _suggestion(root: type[BaseModel] | None, e: dict[str, Any],
                errors: list[dict[str, Any]]) -> str | None:
    """The field an unknown key most likely meant: a missing sibling first, else any."""
    key = str(e["loc"][-1])
    parent = tuple(e["loc"][:-1])
    missing = [str(x["loc"][-1]) for x in errors
               if x["type"] == "missing" and tuple(x["loc"][:-1]) == parent]
    close = difflib.get_close_matches(key, missing, n=1, cutoff=0.5)
    if not close and root is not None:
        model = _model_at(root, parent)
        if model is not None:
            close = difflib.get_close_matches(key, list(model.model_fields), n=1, cutoff=0.6)
    return close[0] if close else None


def first_error(err: ValidationError) -> dict[str, Any]:
    """The error to show: an unknown field before a missing one (a typo causes both)."""
    errors = err.errors()
    for e in errors:
        if e["type"] == "extra_forbidden":
            return e
    return errors[0]


def describe(err: ValidationError, prefix: str = "",
             model: type[BaseModel] | None = None) -> str:
    """The most useful error of a validation failure: its JSON path, what is wrong, how to
    fix it. ``model`` is the validated class (for 'did you mean'); a Record by default."""
    if model is None:
        from notelint.model import Record

        model = Record if err.title == "Record" else None
    errors = err.errors()
    e = first_error(err)
    path = json_path(tuple(e["loc"]), prefix)
    kind = e["type"]
    others = len(errors) - 1
    if kind == "extra_forbidden":
        key = _key(e["loc"][-1])
        hint = _suggestion(model, e, errors)
        msg = f'{path}: okänt fält "{key}"'
        if hint:
            msg += f' (menade du "{hint}"?)'
            others -= any(x["type"] == "missing" and str(x["loc"][-1]) == hint
                          and x["loc"][:-1] == e["loc"][:-1] for x in errors)
        msg += "; rätta stavningen eller ta bort fältet (se `notelint schema`)"
    elif kind == "missing":
        msg = f'{path}: obligatoriskt fält "{e["loc"][-1]}" saknas' if e["loc"] else (
            f"{path}: obligatoriskt fält saknas")
    elif kind in ("literal_error", "enum"):
        expected = str((e.get("ctx") or {}).get("expected", "")).replace(" or ", " eller ")
        msg = f"{path}: ska vara en av {expected}"
    elif kind == "value_error":
        msg = f"{path}: {e['msg'].removeprefix('Value error, ').rstrip('.')}"
    else:
        base = re.split(r"_(type|parsing|from)", kind)[0]
        must = _MUST_BE.get(base)
        msg = f"{path}: ska vara {must}" if must else f"{path}: ogiltigt värde ({e['msg']})"
    if kind not in ("extra_forbidden", "missing", "value_error") and "input" in e \
            and not isinstance(e["input"], (dict, list)):
        msg += f" (fick {str(e['input'])[:40]!r})"
    if others > 0:
        msg += f" (och {others} fel till)"
    return msg


def locate(err: ValidationError, text: str, first_line: int = 1) -> tuple[int, int] | None:
    """(line, column) of the key the shown error is about, in ``text`` (the record's own
    source, starting on ``first_line``); None when it cannot be found unambiguously."""
    e = first_error(err)
    keys = [p for p in e["loc"] if isinstance(p, str)]
    if not keys or e["type"] == "missing":
        keys = keys[:-1]  # a missing key has no line: point at the object that lacks it
    if not keys:
        return None
    leaf = re.escape(keys[-1])
    value = e.get("input") if keys[-1] == e["loc"][-1] else None
    pattern = r'"' + leaf + r'"\s*:'
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        import json

        pattern += r"\s*" + re.escape(json.dumps(value, ensure_ascii=False))
    hits = [m.start() for m in re.finditer(pattern, text)]
    if len(hits) == 1:
        pos = hits[0]
    elif all(p == 0 for p in e["loc"] if isinstance(p, int)):
        pos = 0  # every list index is 0: each key is the first after the one before it
        for key in keys:
            m = re.compile(r'"' + re.escape(key) + r'"\s*:').search(text, pos)
            if m is None:
                return None
            pos = m.start()
    else:
        return None
    line = first_line + text.count("\n", 0, pos)
    return line, pos - text.rfind("\n", 0, pos)
