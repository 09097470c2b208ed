"""A note's findings do not depend on what the process read before it.

The sentence cache, the prefilter's piece memo, the typo memo and the vocabulary budget all
keep state between notes; a case scored first must get the same findings as the same case
scored after a few hundred others (and in the other order), or a one-off difference in a
scored set could be the order of the run rather than the code.
"""

from __future__ import annotations

import importlib.util

import pytest

from conftest import ROOT

SETS = ("nl1_dev64_cases.jsonl", "nl1_dev75_cases.jsonl", "nl1_dev80_cases.jsonl")


def _case_eval():
    spec = importlib.util.spec_from_file_location("case_eval_order", ROOT / "benchmarks" / "case_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.mark.e2e_nlp
def test_findings_of_a_case_do_not_depend_on_the_cases_before_it():
    ce = _case_eval()
    cases = [c for name in SETS for c in ce.load_cases(ROOT / "tests" / "data" / name)]
    assert len(cases) > 300

    def run(order: list[dict]) -> dict[str, list]:
        engines: dict = {}
        return {c["case"]: sorted(ce.run_case(c, engines)) for c in order}

    forward = run(cases)
    backward = run(cases[::-1])
    assert sum(map(len, forward.values())) > 100  # findings to compare, not all empty
    assert backward == forward
