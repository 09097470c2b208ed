"""``--format json``: one object with ``findings`` and ``summary`` (docs/cli.md, normative)."""

from __future__ import annotations

from typing import Any, Iterable, TextIO

from notelint.model import Finding
from notelint.report import ITEMS, Summary, write_json
from notelint.sorting import FindingSorter


def to_dict(f: Finding) -> dict[str, Any]:
    return _shown(f.model_dump(mode="json"))


def _shown(d: dict[str, Any]) -> dict[str, Any]:
    if d.get("span") is None:
        d.pop("span", None)
    return d


def write(findings: Iterable[Finding], summary: Summary, out: TextIO,
          options: dict[str, Any]) -> None:
    # a sorted run's findings are kept dumped already: written as they are
    dumped = (findings.dumped() if isinstance(findings, FindingSorter)
              else (f.model_dump(mode="json") for f in findings))
    write_json(out, {"findings": ITEMS, "summary": summary.as_dict()}, map(_shown, dumped))
