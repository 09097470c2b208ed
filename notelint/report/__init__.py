"""Reporters: findings → text, json (and further formats registered by their modules).

A reporter is ``render(findings, summary, options) -> str``. Reporters never see note
text beyond what a finding already carries, and personal identity numbers in findings
are masked before they get here (unless the user asked for ``--show-pii``).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any, Callable

from notelint.model import Finding

__all__ = ["Summary", "render", "FORMATS"]


@dataclass
class Summary:
    files: int = 0
    records: int = 0
    notes: int = 0
    findings: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, int]:
        return {"files": self.files, "records": self.records, "notes": self.notes,
                "findings": self.findings}


Renderer = Callable[[list[Finding], Summary, dict[str, Any]], str]

# format name -> module in notelint.report that defines render()
FORMATS: dict[str, str] = {
    "text": "text",
    "json": "json_format",
    "sarif": "sarif",
    "github": "github",
    "junit": "junit",
}


def available_formats() -> list[str]:
    out = []
    for name, module in FORMATS.items():
        try:
            importlib.import_module(f"notelint.report.{module}")
        except ModuleNotFoundError:
            continue
        out.append(name)
    return out


def render(fmt: str, findings: list[Finding], summary: Summary,
           options: dict[str, Any] | None = None) -> str:
    module = importlib.import_module(f"notelint.report.{FORMATS[fmt]}")
    return module.render(findings, summary, options or {})
