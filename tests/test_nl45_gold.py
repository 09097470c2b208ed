"""NL4/NL5 on cases the team did not write (issue 18), scored as benchmarks/README.md reports
it.

``tests/data/nl45_dev_cases.jsonl`` (built by ``nl45_dev_build.py``, copied unchanged): 130
cases for NL402, NL403, NL406, NL407, NL408 and NL502–NL505 by a writer who saw only the
regional routines and the rule catalog — never the code, the cue lists or the tests. It
is a development set: its failures were read and their general causes fixed in
``models/doc_cues.tsv`` (no sentence of it is copied into cues or tests).

The bar is the issue's (95 % of the assertions of every rule, and precision); measured:
178/178 after the fixes, 156/178 (87.6 %) before.
"""

from __future__ import annotations

import importlib.util

import pytest

from conftest import ROOT

CASES = ROOT / "tests" / "data" / "nl45_dev_cases.jsonl"
RULES = ("NL402", "NL403", "NL406", "NL407", "NL408", "NL502", "NL503", "NL504", "NL505")


@pytest.fixture(scope="module")
def per():
    spec = importlib.util.spec_from_file_location("case_eval", ROOT / "benchmarks" / "case_eval.py")
    case_eval = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(case_eval)  # type: ignore[union-attr]
    cases = case_eval.load_cases(CASES)
    assert len(cases) == 130
    return case_eval.score(cases, set(RULES))["per"]


@pytest.mark.parametrize("code", RULES)
def test_every_rule_holds_95_percent_of_its_assertions(per, code):
    c = per[code]
    assert c["must"] and c["must_not"]
    assert (c["must_ok"] + c["must_not_ok"]) / (c["must"] + c["must_not"]) >= 0.95


def test_precision(per):
    tp = sum(per[c]["must_ok"] for c in RULES)
    fp = sum(per[c]["must_not"] - per[c]["must_not_ok"] for c in RULES)
    assert tp / (tp + fp) >= 0.95
