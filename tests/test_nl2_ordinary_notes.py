"""No NL2 false alarm on ordinary clinical notes (issue 18, Done when).

The corpus is the team's own generator of realistic notes (``benchmarks/generate.py``:
contact reasons, histories with relatives, jobs and habits, status, assessments, plans,
1177 cases, platform treatments, access documentation; open vocabulary and typos), with
the only phrases that carry violence or child concern (its ``VIOLENCE`` and ``CHILD``
lists, used by the ``violence_*`` and ``child_visible`` rates) switched off by
construction. Every note is linted once, with its own region's ruleset, in a module-scoped
fixture; the tests only read the result.
"""

from __future__ import annotations

import importlib.util
from collections import Counter

import pytest

from conftest import ROOT
from notelint.engine import Engine
from notelint.model import Record
from notelint.rules import select_rules
from notelint.rulesets import load_ruleset

_spec = importlib.util.spec_from_file_location("nl_generate", ROOT / "benchmarks" / "generate.py")
assert _spec and _spec.loader
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

# the generator's violence and child-concern phrases never drawn
ORDINARY = {"violence_visible": 0.0, "child_visible": 0.0, "violence_protected": 0.0}
NOTES = 360


def _region(record: dict) -> str:
    """The region a generated record was written in (its units' HSA prefix)."""
    hsa = record["notes"][0]["unit"]["hsa_id"]
    return next(name for name, r in gen.REGIONS.items() if hsa.startswith(r["hsa"]))


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return list(gen.generate(notes=NOTES, seed=18, rates=ORDINARY))


@pytest.fixture(scope="module")
def findings(corpus):
    engines: dict[str, Engine] = {}
    out = []
    for rec in corpus:
        region = _region(rec)
        if region not in engines:
            rs = load_ruleset(region)
            engines[region] = Engine(rs, select_rules(["NL2"], None, rs.disabled_rules))
        out += engines[region].lint_record(Record.model_validate(rec), "ordinary.jsonl")
    return out


def test_the_corpus_is_ordinary_and_large_enough(corpus):
    notes = [n for rec in corpus for n in rec["notes"]]
    assert len(notes) >= 300
    assert len(Counter(_region(rec) for rec in corpus)) == len(gen.REGIONS)
    texts = [s["text"] for n in notes for s in n["sections"]]
    for phrase in gen.VIOLENCE + gen.CHILD:
        assert not any(phrase in t for t in texts), phrase
    # ordinary is not empty of people: relatives, children and jobs are written about
    everything = " ".join(texts)
    assert "barn" in everything and any(r in everything for r in ("make", "sambo", "dotter"))


def test_no_nl2_false_alarm_on_ordinary_notes(findings):
    assert [(f.code, f.target.id, f.message[:80]) for f in findings] == []


def test_the_same_run_finds_violence_when_it_is_there(corpus):
    """Not vacuous: one of these records with the generator's own violence phrase fires."""
    import copy

    rec = copy.deepcopy(next(r for r in corpus if _region(r) == "skane"))
    rec["notes"][0]["sections"][0]["text"] += " " + gen.VIOLENCE[0]
    rs = load_ruleset("skane")
    found = Engine(rs, select_rules(["NL2"], None, rs.disabled_rules)).lint_record(
        Record.model_validate(rec), "ordinary.jsonl")
    assert ("NL201", rec["notes"][0]["id"]) in {(f.code, f.target.id) for f in found}
