"""A temporary rule for the workflow tests (config, baseline, formats).

The workflow features (configuration, baselines, SARIF …) must be tested independently of
which rule families have landed, so these tests register one small but real note rule
for the duration of a test and remove it afterwards: it flags a suspected diagnosis
("misstänkt …") written in a section 1177 Journalen shows, and its message names the
ruleset and its access deadline so that tests can see which configuration was applied.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

import pytest

from conftest import PNR
from notelint import rules as rules_mod
from notelint.rules import Rule, Source, all_rules

CODE = "NL199"
_SUSPECT = re.compile(r"\b(misstänkt|misstanke om|trol(?:ig|\.)?)\s+\w+", re.IGNORECASE)


def _check(note: Any, ctx: Any) -> Iterator[Any]:
    for sec in note.sections:
        if ctx.is_hidden(note, sec):
            continue
        for m in _SUSPECT.finditer(sec.text):
            yield ctx.finding(
                note, f"[{ctx.ruleset.name}] misstänkt diagnos i synlig text "
                      f"(frist {ctx.ruleset.access.doc_deadline_days} d); flytta till "
                      "Tidiga hypoteser", section=sec, start=m.start(), end=m.end())


FIXTURE_RULE = Rule(
    code=CODE, name="test-suspected-diagnosis-visible", scope="note", severity="warning",
    sources=(Source("001", "Tidiga hypoteser … ska användas mycket restriktivt"),),
    check=_check, summary="Test rule: a suspected diagnosis in visible text.",
    why="Workflow tests need one real finding.", bad="Bedömning: misstänkt pneumoni.", good="Bedömning: ua.",
)


@pytest.fixture
def suspect_rule(monkeypatch: pytest.MonkeyPatch) -> Rule:
    all_rules()  # load the real families first
    monkeypatch.setitem(rules_mod._REGISTRY, CODE, FIXTURE_RULE)
    return FIXTURE_RULE


def record(text: str, note_id: str = "n1", patient: str = PNR,
           keyword: str = "Bedömning") -> dict[str, Any]:
    return {
        "patient": {"id": patient},
        "notes": [{
            "id": note_id, "system": "Melior", "template": "Läkaranteckning",
            "unit": {"name": "VC Höör", "hsa_id": "SE2321000032-1234"},
            "author": {"name": "Anna Andersson", "role": "läkare"},
            "time": "2024-03-12T14:05:00", "signed": "2024-03-12T15:00:00",
            "sections": [{"keyword": keyword, "text": text}],
        }],
    }
