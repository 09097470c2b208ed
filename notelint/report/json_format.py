"""``--format json``: one object with ``findings`` and ``summary`` (docs/cli.md, normative)."""

from __future__ import annotations

from typing import Any, Iterable, TextIO

from notelint.model import Finding
from notelint.report import ITEMS, Summary, write_json


def to_dict(f: Finding) -> dict[str, Any]:
    d = f.model_dump(mode="json")
    if d.get("span") is None:
        d.pop("span", None)
    return d


def write(findings: Iterable[Finding], summary: Summary, out: TextIO,
          options: dict[str, Any]) -> None:
    write_json(out, {"findings": ITEMS, "summary": summary.as_dict()},
               (to_dict(f) for f in findings))
