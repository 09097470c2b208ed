"""Evaluate the NLP pipeline on the team's gold set, next to a plain NegEx-style baseline.

    python benchmarks/nlp_eval.py [--gold tests/data/nlp_gold.jsonl] [--codes FILE] [--errors]

Mentions: a prediction is correct when its character span equals the gold span.
Assertion accuracy: share of correctly found mentions whose assertion label is right.
Triggers: (sentence, kind, negated) triples, each counted once per sentence.

Baseline (same sentences, same lexicon, same cue words): lexicon terms as whole words
(no compound heads, no inflection beyond the lexicon, structural ICD codes), assertion
from the nearest single-word cue within ±5 tokens (no direction, no scope, no longest
match, no terminators), triggers from keywords with a negation word within ±5 tokens.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from notelint.nlp import annotate_text  # noqa: E402
from notelint.nlp.resources import load_resources  # noqa: E402

DEFAULT_GOLD = ROOT / "tests" / "data" / "nlp_gold.jsonl"
DEFAULT_CODES = "/work/shared/data/icd10se/codes.txt"
LABELS = ["affirmed", "negated", "uncertain", "hypothetical", "historical", "family"]
KINDS = ["not_informed", "communicated", "violence_close", "child_concern", "hubs",
         "single_blind", "third_party_threat"]


def load_gold(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# --- systems -------------------------------------------------------------------------------

def pipeline_system(codes: str | None):
    def run(text: str):
        ann = annotate_text(text, code_file=codes)
        ments = {(m.start, m.end): m.assertion for m in ann.mentions}
        trigs = Counter({(t.kind, t.negated) for t in ann.triggers})
        return ments, trigs
    return run


_WORD = re.compile(r"\w+(?:[-.]\w+)*|[?]")
_CODE = re.compile(r"(?<![\w])[A-Z]\d{2}(?:\.?\d{1,2}[A-Z]?)?(?![\w])")
_BASE_TRIGGERS = {
    "not_informed": ["ej informerad", "inte informerad", "ej delgivits", "inte meddelats",
                     "ovetande", "ska inte informeras", "inte fått veta", "ej fått besked"],
    "communicated": ["informerad om", "informerats om", "meddelad", "fått besked", "fått veta"],
    "violence_close": ["våld i nära relation", "slår", "slagit", "misshandlad", "hotar",
                       "stryptag"],
    "child_concern": ["orosanmälan", "far illa", "övergrepp mot barn", "misshandel av barnet",
                      "skakvåld", "anmälan till socialtjänsten", "oro för barnen"],
    "hubs": ["hubs", "hälsoundersökning på begäran", "hälsoundersökning inför placering"],
    "single_blind": ["enkelblind", "randomiserad till"],
    "third_party_threat": ["uppgift från", "hotat", "vill vara anonym", "hot mot"],
}
_NEG_WORDS = {"ingen", "inga", "inget", "ej", "inte", "utan", "förnekar", "nekar", "neg",
              "uteslutes", "utesluten", "negativ"}


def baseline_system():
    res = load_resources()
    terms = sorted({e.term for e in res.lexicon}, key=len, reverse=True)
    term_re = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in terms) + r")(?!\w)",
                         re.IGNORECASE)
    single = {}
    for cue in res.cues:
        if " " not in cue.text and cue.category not in ("terminate", "pseudo", "known"):
            single.setdefault(cue.text, cue.category)

    def run(text: str):
        words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
        spans = [(m.start(), m.end()) for m in term_re.finditer(text)]
        spans += [(m.start(), m.end()) for m in _CODE.finditer(text)]
        ments = {}
        for start, end in spans:
            idx = [i for i, w in enumerate(words) if w[0] < end and start < w[1]]
            if not idx:
                continue
            lo, hi = idx[0], idx[-1]
            best = None
            for i, (_, _, w) in enumerate(words):
                if lo <= i <= hi or w not in single:
                    continue
                dist = lo - i if i < lo else i - hi
                if dist <= 5 and (best is None or dist < best[0]):
                    best = (dist, single[w])
            ments[(start, end)] = best[1] if best else "affirmed"
        trigs: Counter = Counter()
        low = text.lower()
        for kind, keys in _BASE_TRIGGERS.items():
            for key in keys:
                pos = low.find(key)
                if pos < 0:
                    continue
                wi = [i for i, w in enumerate(words) if w[0] >= pos][:1]
                i0 = wi[0] if wi else len(words)
                near = {w for (_, _, w) in words[max(0, i0 - 5): i0 + len(key.split()) + 5]}
                trigs[(kind, bool(near & _NEG_WORDS))] += 1
                break
        return ments, trigs
    return run


# --- scoring -------------------------------------------------------------------------------

def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(gold: list[dict], system, errors: list | None = None) -> dict:
    span = Counter()
    per_label = {lab: Counter() for lab in LABELS}
    per_kind = {k: Counter() for k in KINDS}
    correct_assert = matched = 0
    for row in gold:
        pred_m, pred_t = system(row["text"])
        gold_m = {(m["start"], m["end"]): m["assertion"] for m in row["mentions"]}
        for key, label in gold_m.items():
            if key in pred_m:
                span["tp"] += 1
                matched += 1
                if pred_m[key] == label:
                    correct_assert += 1
                    per_label[label]["tp"] += 1
                else:
                    per_label[label]["fn"] += 1
                    per_label[pred_m[key]]["fp"] += 1
                    if errors is not None:
                        errors.append(f"ASSERT {row['id']} {row['text'][key[0]:key[1]]!r} "
                                      f"gold={label} got={pred_m[key]} | {row['text']}")
            else:
                span["fn"] += 1
                per_label[label]["fn"] += 1
                if errors is not None:
                    errors.append(f"MISS   {row['id']} {row['text'][key[0]:key[1]]!r} | {row['text']}")
        for key, label in pred_m.items():
            if key not in gold_m:
                span["fp"] += 1
                per_label[label]["fp"] += 1
                if errors is not None:
                    errors.append(f"FP     {row['id']} {row['text'][key[0]:key[1]]!r} | {row['text']}")
        gold_t = Counter({(t["kind"], t["negated"]) for t in row["triggers"]})
        for (kind, neg), n in (gold_t | pred_t).items():
            tp = min(gold_t[(kind, neg)], pred_t[(kind, neg)])
            per_kind[kind]["tp"] += tp
            per_kind[kind]["fn"] += gold_t[(kind, neg)] - tp
            per_kind[kind]["fp"] += pred_t[(kind, neg)] - tp
            if errors is not None and gold_t[(kind, neg)] != pred_t[(kind, neg)]:
                errors.append(f"TRIG   {row['id']} {kind}{'!' if neg else ''} gold={gold_t[(kind, neg)]} "
                              f"got={pred_t[(kind, neg)]} | {row['text']}")
    trig_total = Counter()
    for c in per_kind.values():
        trig_total.update(c)
    return {
        "mention": prf(span["tp"], span["fp"], span["fn"]),
        "assertion_accuracy": correct_assert / matched if matched else 0.0,
        "matched": matched,
        "labels": {lab: (prf(c["tp"], c["fp"], c["fn"]), c["tp"] + c["fn"]) for lab, c in per_label.items()},
        "kinds": {k: (prf(c["tp"], c["fp"], c["fn"]), c["tp"] + c["fn"]) for k, c in per_kind.items()},
        "triggers": prf(trig_total["tp"], trig_total["fp"], trig_total["fn"]),
    }


def evaluate(gold_path: Path = DEFAULT_GOLD, codes: str | None = None,
             errors: list | None = None) -> dict[str, dict]:
    gold = load_gold(gold_path)
    return {"pipeline": score(gold, pipeline_system(codes), errors),
            "baseline": score(gold, baseline_system())}


def report(results: dict[str, dict], n: int) -> str:
    pipe, base = results["pipeline"], results["baseline"]
    lines = [f"gold sentences: {n}", "",
             f"{'':28}{'pipeline P/R/F1':>24}{'baseline P/R/F1':>24}   support"]

    def row(name, a, b, support=""):
        fa = "{:.3f} {:.3f} {:.3f}".format(*a)
        fb = "{:.3f} {:.3f} {:.3f}".format(*b)
        lines.append(f"{name:28}{fa:>24}{fb:>24}   {support}")

    row("mention span", pipe["mention"], base["mention"])
    for lab in LABELS:
        row(f"  assertion={lab}", pipe["labels"][lab][0], base["labels"][lab][0], pipe["labels"][lab][1])
    lines.append(f"{'assertion accuracy':28}{pipe['assertion_accuracy']:>24.3f}"
                 f"{base['assertion_accuracy']:>24.3f}   (on {pipe['matched']} / {base['matched']} found)")
    row("triggers (kind+negation)", pipe["triggers"], base["triggers"])
    for k in KINDS:
        row(f"  {k}", pipe["kinds"][k][0], base["kinds"][k][0], pipe["kinds"][k][1])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--codes", default=os.environ.get("NOTELINT_ICD10SE") or
                    (DEFAULT_CODES if Path(DEFAULT_CODES).exists() else ""))
    ap.add_argument("--errors", action="store_true", help="list the pipeline's errors")
    args = ap.parse_args(argv)
    if not args.gold.exists():
        print(f"error: gold file not found: {args.gold}", file=sys.stderr)
        return 2
    errors: list[str] | None = [] if args.errors else None
    results = evaluate(args.gold, args.codes or "", errors)
    print(report(results, len(load_gold(args.gold))))
    if errors:
        print("\npipeline errors:")
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
