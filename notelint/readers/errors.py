"""Turn pydantic validation errors into one line a clerk can act on."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError


def json_path(loc: tuple[Any, ...], prefix: str = "") -> str:
    out = prefix
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(record)"


def describe(err: ValidationError, prefix: str = "") -> str:
    """First error of a validation failure: its JSON path, what is wrong, how to fix it."""
    errors = err.errors()
    e = errors[0]
    path = json_path(tuple(e["loc"]), prefix)
    kind = e["type"]
    if kind == "extra_forbidden":
        msg = f"{path}: unknown field; remove it or fix its spelling (see `notelint schema`)"
    elif kind == "missing":
        msg = f"{path}: required field is missing"
    else:
        msg = f"{path}: {e['msg'].removeprefix('Value error, ').rstrip('.')}"
        if "input" in e and not isinstance(e["input"], (dict, list)) and kind != "value_error":
            value = str(e["input"])
            msg += f" (got {value[:40]!r})"
    if len(errors) > 1:
        msg += f" (+{len(errors) - 1} more)"
    return msg
