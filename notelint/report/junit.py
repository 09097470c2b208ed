"""``--format junit``: JUnit XML for CI test-report views.

One ``testcase`` per (file, rule) with findings — classname = the file, name = the rule
code and name — failing with one line per finding (``line:col: message``). A clean run
gives one passing testcase. No note text: only the rules' messages.

The XML is written as it goes (findings arrive grouped by :func:`sort_key`; each
testcase's count and worst severity come from ``summary.tally``), laid out exactly as
``ElementTree.indent`` + ``tostring`` would lay out the whole tree.
"""

from __future__ import annotations

from typing import Any, Iterable, TextIO
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape

from notelint.model import Finding
from notelint.report import Summary


def sort_key(f: Finding) -> tuple[Any, ...]:
    """Testcases by (file, rule), and in each the findings in report order."""
    return (f.path, f.code, f.line, f.column, f.target.id)


def _start(tag: str, attrs: dict[str, str], empty: bool = False) -> str:
    """``<tag a="…">`` (``<tag a="…" />`` if empty), escaped by ElementTree itself."""
    el = ET.tostring(ET.Element(tag, attrs), encoding="unicode")
    return el if empty else el[:-len(" />")] + ">"


def write(findings: Iterable[Finding], summary: Summary, out: TextIO,
          options: dict[str, Any]) -> None:
    assert summary.tally is not None
    groups = summary.tally.groups
    n = str(max(len(groups), 1))
    failures = str(len(groups))
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(_start("testsuites", {"name": "notelint", "tests": n, "failures": failures,
                                    "errors": "0"}) + "\n  ")
    out.write(_start("testsuite", {"name": "notelint", "tests": n, "failures": failures,
                                   "errors": "0", "skipped": "0"}))
    current: tuple[str, str] | None = None
    for f in findings:
        if (f.path, f.code) != current:
            if current is not None:
                out.write("</failure>\n    </testcase>")
            current = (f.path, f.code)
            count, worst = groups[current]
            out.write("\n    " + _start("testcase", {
                "classname": f.path, "name": f"{f.code} {f.name}", "file": f.path,
                "line": str(f.line)}))
            out.write("\n      " + _start("failure", {
                "type": worst,
                "message": f"{count} finding{'s' if count != 1 else ''} of {f.code}: "
                           f"{f.message}"}))
        else:
            out.write("\n")
        out.write(escape(f"{f.path}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}"))
    if current is not None:
        out.write("</failure>\n    </testcase>")
    else:
        out.write("\n    " + _start("testcase", {"classname": "notelint",
                                                 "name": "all checks passed"}, empty=True))
    out.write("\n  </testsuite>\n</testsuites>\n")
