"""Every reporter under arbitrary findings (issue 19): whatever characters a path, an id, a
sökord or a message holds — control characters, lone surrogates, other scripts, identity
numbers — each format is well formed (JSON and SARIF parse, JUnit is XML, text and GitHub
give one line per finding) and, with findings masked at the engine's boundary, no identity
number is left. Hypothesis, bounded (max_examples) so the suite stays fast."""

from __future__ import annotations

import json
import re
from xml.etree import ElementTree as ET

from hypothesis import HealthCheck, given, settings, strategies as st

from notelint import pii
from notelint.model import Finding, Span, Target
from notelint.report import Summary, available_formats, render

FAST = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))

# identity numbers in the forms an export holds them
PINS = ["19850101-1236", "198501011236", "850101-1236", "850101+1236", "pnr-19850101-1236",
        "１９１２１２１２-１２１２", "19121272-1219"]
odd = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30) | st.sampled_from([
    "\x07bell", "tab\there", "line\nbreak", "\u2028sep", "\ud800lone", "\x00nul", "<&>\"'",
    "Misstänkt lungcancer", "شقة", "🩺"])
texty = st.lists(odd | st.sampled_from(PINS), min_size=1, max_size=4).map(" ".join)
finding = st.builds(
    lambda code, path, tid, kind, msg, sec, line, col, sev: Finding(
        code=code, name="rule-name", severity=sev, message=msg, path=path, line=line,
        column=col, target=Target(kind=kind, id=tid),
        span=Span(section=sec, start=0, end=3) if sec else None),
    st.sampled_from(["NL101", "NL102", "NL301", "NL901"]), texty, texty,
    st.sampled_from(["note", "access_event", "conversation", "treatment", "record"]),
    texty, st.none() | texty, st.integers(1, 10**6), st.integers(1, 10**4),
    st.sampled_from(["error", "warning", "info"]))
def _masked(findings: list[Finding]) -> list[Finding]:
    return [pii.mask_model(f) for f in findings]


def _unmasked(text: str) -> list[str]:
    return [m.group(0) for m in pii.PIN_RE.finditer(pii.fold(text))
            if pii.is_valid_pin(m.group(1) + (m.group(2) or "-") + m.group(3))]


# what a format writes with no finding at all: SARIF carries the rules' documentation,
# whose examples use the tax agency's test number 19121212-1212 (nobody's)
_EMPTY = Summary(files=1, records=1, notes=1, findings=0, rulesets=["skane"])
BASE = {fmt: sorted(_unmasked(render(fmt, [], _EMPTY))) for fmt in available_formats()}


@FAST
@given(st.lists(finding, min_size=0, max_size=6))
def test_every_format_is_well_formed_and_masked(findings):
    findings = sorted(_masked(findings), key=Finding.sort_key)
    summary = Summary(files=1, records=1, notes=1, findings=len(findings), rulesets=["skane"])
    for fmt in available_formats():
        out = render(fmt, findings, summary)
        assert sorted(_unmasked(out)) == BASE[fmt], fmt
        if fmt in ("json", "sarif"):
            json.loads(out)
        elif fmt == "junit":
            ET.fromstring(out.encode("utf-8"))
        elif fmt == "github":  # one workflow command a finding, nothing else on its own line
            assert len([x for x in out.split("\n") if x.startswith("::")]) == len(findings), out
            assert all(x.startswith("::") for x in out.split("\n") if x), out
        elif fmt == "text" and findings:  # one line a finding, then a blank line and the summary
            assert len(out.split("\n\n", 1)[0].split("\n")) == len(findings), out
