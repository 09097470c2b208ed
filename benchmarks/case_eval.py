"""Score notelint on case sets in the development-set format (must / must_not per case).

    python benchmarks/case_eval.py [FILE.jsonl ...] [--codes NL101,NL102] [--errors]

Default: ``../shared/data/devset/notes.jsonl`` (written independently of the project) and
the team's held-out set ``tests/data/nl1_heldout_cases.jsonl`` when present. A case is one
interchange record plus ``must`` (each ``[CODE, target id]`` has to be found) and
``must_not`` (no finding of ``CODE`` on that target). Reported per rule: assertions held,
and for the positive assertions recall; precision counts a fired finding as false where a
``must_not`` forbids it (findings that no assertion speaks about are not counted).

Nothing here is used for tuning the lexicon automatically; read the errors, fix the
general cause.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from notelint.engine import Engine  # noqa: E402
from notelint.model import Record  # noqa: E402
from notelint.rules import select_rules  # noqa: E402
from notelint.rulesets import load_ruleset  # noqa: E402

DEFAULT_SETS = [ROOT.parent / "shared" / "data" / "devset" / "notes.jsonl",
                ROOT / "tests" / "data" / "nl1_heldout_cases.jsonl"]


def load_cases(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run_case(case: dict, engines: dict[str, Engine]) -> set[tuple[str, str]]:
    ruleset = case.get("ruleset", "national")
    engine = engines.get(ruleset)
    if engine is None:
        rs = load_ruleset(ruleset)
        engine = engines[ruleset] = Engine(rs, select_rules(None, None, rs.disabled_rules))
    record = Record.model_validate(case["record"])
    return {(f.code, f.target.id) for f in engine.lint_record(record, "case.json")}


def score(cases: list[dict], only: set[str] | None = None) -> dict:
    engines: dict[str, Engine] = {}
    per: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    errors: list[tuple[str, str, str, str]] = []
    for case in cases:
        found = run_case(case, engines)
        for code, target in case.get("must", []):
            if only and code not in only:
                continue
            ok = (code, target) in found
            per[code]["must"] += 1
            per[code]["must_ok"] += ok
            if not ok:
                errors.append(("missed", code, case["case"], case.get("why", "")))
        for code, target in case.get("must_not", []):
            if only and code not in only:
                continue
            ok = (code, target) not in found
            per[code]["must_not"] += 1
            per[code]["must_not_ok"] += ok
            if not ok:
                errors.append(("false", code, case["case"], case.get("why", "")))
    return {"per": per, "errors": errors}


def report(name: str, result: dict) -> str:
    lines = [f"## {name}", "",
             "| rule | assertions held | positives found (recall) | precision on asserted |",
             "|---|---:|---:|---:|"]
    total = held = 0
    for code in sorted(result["per"]):
        c = result["per"][code]
        n = c["must"] + c["must_not"]
        ok = c["must_ok"] + c["must_not_ok"]
        total += n
        held += ok
        tp, fp = c["must_ok"], c["must_not"] - c["must_not_ok"]
        rec = f"{tp}/{c['must']} ({tp / c['must']:.2f})" if c["must"] else "–"
        prec = f"{tp / (tp + fp):.2f}" if tp + fp else "–"
        lines.append(f"| {code} | {ok}/{n} ({ok / n:.1%}) | {rec} | {prec} |")
    if total:
        lines.append(f"| all | {held}/{total} ({held / total:.1%}) | | |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="*", type=Path)
    ap.add_argument("--codes", help="only these rule codes, comma-separated (e.g. NL101,NL102)")
    ap.add_argument("--errors", action="store_true", help="list every failed assertion")
    args = ap.parse_args(argv)
    only = set(args.codes.split(",")) if args.codes else None
    sets = args.sets or [p for p in DEFAULT_SETS if p.exists()]
    for path in sets:
        result = score(load_cases(path), only)
        print(report(str(path.name), result))
        if args.errors:
            for kind, code, case, why in result["errors"]:
                print(f"  {kind:6} {code} {case}: {why}")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
