"""``--format text``: ``path:line:col: CODE [severity] message`` and a summary line, like Ruff.

The summary is in Swedish like the messages above it (codes and severities stay English
slugs, as in every other format), and it tells the truth: findings a baseline hid are
counted, and it names the ruleset(s) the inputs were linted with.
"""

from __future__ import annotations

from typing import Any, Iterable, TextIO

from notelint.model import Finding
from notelint.report import Summary

#: Swedish (singular, plural) of the words the summary counts
WORDS = {
    "error": ("fel", "fel"), "warning": ("varning", "varningar"), "info": ("info", "info"),
    "record": ("post", "poster"), "note": ("anteckning", "anteckningar"),
    "file": ("fil", "filer"), "finding": ("fynd", "fynd"), "row": ("rad", "rader"),
    "unreadable": ("oläsbar", "oläsbara"),
}


def count(n: int, word: str) -> str:
    """``1 fil``, ``2 filer``: a number with the Swedish word in the right form."""
    singular, plural = WORDS[word]
    return f"{n} {singular if n == 1 else plural}"


def summary_line(summary: Summary) -> str:
    assert summary.tally is not None
    n, by_sev = summary.tally.count, summary.tally.by_severity
    scope = (f"{count(summary.records, 'record')}, {count(summary.notes, 'note')}, "
             f"{count(summary.files, 'file')}")
    if summary.rulesets:
        scope += f" (regelverk {', '.join(summary.rulesets)})"
    hidden = summary.hidden or 0
    known = f"{hidden} kända fynd dolda av --baseline" if hidden else ""
    if n:
        parts = ", ".join(count(by_sev[s], s) for s in ("error", "warning", "info") if by_sev[s])
        new = "nya " if summary.hidden is not None else ""
        line = f"Hittade {n} {new}fynd ({parts}) i {scope}."
        return line + (f" {known[0].upper()}{known[1:]}." if known else "")
    if summary.hidden is not None:
        return f"Inga nya fynd{f' ({known})' if known else ''} i {scope}."
    return f"Inga fynd i {scope}."


def _path(path: str) -> str:
    """A path as a line may start with it: "::name" would be read by a CI log (GitHub
    Actions) as a workflow command, so it is written "./::name" (the same file)."""
    return "./" + path if path.lstrip().startswith("::") else path  # (a runner trims a line)


def write(findings: Iterable[Finding], summary: Summary, out: TextIO,
          options: dict[str, Any]) -> None:
    for f in findings:
        out.write(f"{_path(f.path)}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}\n")
    assert summary.tally is not None
    if summary.tally.count:
        out.write("\n")
    out.write(summary_line(summary) + "\n")
    if summary.tally.count and options.get("explain_hint", True):
        out.write("Kör `notelint explain KOD` för rutinen bakom en regel.\n")
