"""``--format text``: ``path:line:col: CODE [severity] message`` and a summary line, like Ruff."""

from __future__ import annotations

from collections import Counter
from typing import Any

from notelint.model import Finding
from notelint.report import Summary


def render(findings: list[Finding], summary: Summary, options: dict[str, Any]) -> str:
    lines = [
        f"{f.path}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}"
        for f in findings
    ]
    by_sev = Counter(f.severity for f in findings)
    if findings:
        parts = ", ".join(f"{by_sev[s]} {s}" for s in ("error", "warning", "info") if by_sev[s])
        lines.append("")
        lines.append(
            f"Found {len(findings)} finding{'s' if len(findings) != 1 else ''} ({parts}) in "
            f"{summary.records} record{'s' if summary.records != 1 else ''}, "
            f"{summary.notes} note{'s' if summary.notes != 1 else ''}, "
            f"{summary.files} file{'s' if summary.files != 1 else ''}."
        )
        if options.get("explain_hint", True):
            lines.append("Run `notelint explain CODE` for the routine behind a rule.")
    else:
        lines.append(
            f"All checks passed: {summary.records} records, {summary.notes} notes, "
            f"{summary.files} files."
        )
    return "\n".join(lines) + "\n"
