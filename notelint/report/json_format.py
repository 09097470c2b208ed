"""``--format json``: one object with ``findings`` and ``summary`` (DESIGN.md, normative)."""

from __future__ import annotations

import json
from typing import Any

from notelint.model import Finding
from notelint.report import Summary


def to_dict(f: Finding) -> dict[str, Any]:
    d = f.model_dump(mode="json")
    if d.get("span") is None:
        d.pop("span", None)
    return d


def render(findings: list[Finding], summary: Summary, options: dict[str, Any]) -> str:
    return json.dumps(
        {"findings": [to_dict(f) for f in findings], "summary": summary.as_dict()},
        ensure_ascii=False, indent=2,
    ) + "\n"
