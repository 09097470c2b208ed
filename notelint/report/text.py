"""``--format text``: ``path:line:col: CODE [severity] message`` and a summary line, like Ruff."""

from __future__ import annotations

from typing import Any, Iterable, TextIO

from notelint.model import Finding
from notelint.report import Summary


def write(findings: Iterable[Finding], summary: Summary, out: TextIO,
          options: dict[str, Any]) -> None:
    for f in findings:
        out.write(f"{f.path}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}\n")
    assert summary.tally is not None
    n, by_sev = summary.tally.count, summary.tally.by_severity
    if n:
        parts = ", ".join(f"{by_sev[s]} {s}" for s in ("error", "warning", "info") if by_sev[s])
        out.write("\n")
        out.write(
            f"Found {n} finding{'s' if n != 1 else ''} ({parts}) in "
            f"{summary.records} record{'s' if summary.records != 1 else ''}, "
            f"{summary.notes} note{'s' if summary.notes != 1 else ''}, "
            f"{summary.files} file{'s' if summary.files != 1 else ''}.\n"
        )
        if options.get("explain_hint", True):
            out.write("Run `notelint explain CODE` for the routine behind a rule.\n")
    else:
        out.write(
            f"All checks passed: {summary.records} records, {summary.notes} notes, "
            f"{summary.files} files.\n"
        )
