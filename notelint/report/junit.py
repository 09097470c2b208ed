"""``--format junit``: JUnit XML for CI test-report views.

One ``testcase`` per (file, rule) with findings — classname = the file, name = the rule
code and name — failing with one line per finding (``line:col: message``). A clean run
gives one passing testcase. No note text: only the rules' messages.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any
from xml.etree import ElementTree as ET

from notelint.model import Finding
from notelint.report import Summary


def render(findings: list[Finding], summary: Summary, options: dict[str, Any]) -> str:
    groups: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for f in findings:
        groups[(f.path, f.code)].append(f)
    suites = ET.Element("testsuites", name="notelint")
    suite = ET.SubElement(suites, "testsuite", name="notelint")
    failures = 0
    for (path, code), items in sorted(groups.items()):
        first = items[0]
        case = ET.SubElement(suite, "testcase", classname=path, name=f"{code} {first.name}",
                             file=path, line=str(first.line))
        worst = min((f.severity for f in items), key=("error", "warning", "info").index)
        failure = ET.SubElement(
            case, "failure", type=worst,
            message=f"{len(items)} finding{'s' if len(items) != 1 else ''} of {code}: "
                    f"{first.message}")
        failure.text = "\n".join(f"{f.path}:{f.line}:{f.column}: {f.code} [{f.severity}] "
                                 f"{f.message}" for f in items)
        failures += 1
    if not groups:
        ET.SubElement(suite, "testcase", classname="notelint", name="all checks passed")
    n = max(len(groups), 1)
    for el in (suites, suite):
        el.set("tests", str(n))
        el.set("failures", str(failures))
        el.set("errors", "0")
    suite.set("skipped", "0")
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
