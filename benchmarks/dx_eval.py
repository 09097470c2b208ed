"""Mention recall on diagnoses as clinicians write them (abbreviations, eponyms, lay and Latin
names, typos, compounds, everyday diagnoses), by kind, with false mentions on look-alikes.

    python benchmarks/dx_eval.py [tests/data/dx_mentions_heldout.jsonl] [--errors] [--note]

Each line: ``{"text", "mentions": [{"start", "end", "surface", "icd10", "assertion"}], "kind"}``
written by someone who never saw the lexicon. A gold mention is found when a predicted
mention overlaps its span; its assertion is right when the labels agree. A predicted
mention overlapping no gold mention is false (on the ``negative`` lines especially).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from notelint.nlp import annotate_text  # noqa: E402

DEFAULT = ROOT / "tests" / "data" / "dx_mentions_dev.jsonl"


def _read_as_note(text: str) -> list:
    """The mentions of ``text`` read as a note of one section (the note-level readings
    too: a question answered later in it, a suspicion confirmed or ruled out)."""
    from notelint.model import Note, Section
    from notelint.nlp import annotate_note

    return annotate_note(Note(id="n", sections=[Section(keyword="Aktuellt", text=text)])).mentions


def _label(m, note: bool) -> str:
    # read as a note, a suspicion answered later in it is settled: right when the gold says
    # it was confirmed or ruled out ("settled"), whichever it was
    return "settled" if note and m.assertion == "uncertain" and m.answered else m.assertion


def evaluate(path: Path, note: bool = False) -> dict:
    by_kind: dict[str, Counter] = defaultdict(Counter)
    errors: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        kind = item.get("kind", "?")
        got = _read_as_note(item["text"]) if note else annotate_text(item["text"]).mentions
        c = by_kind[kind]
        used: set[int] = set()
        for g in item["mentions"]:
            hit = next((k for k, m in enumerate(got)
                        if m.start < g["end"] and g["start"] < m.end), None)
            c["gold"] += 1
            if hit is None:
                errors.append(f"missed [{kind}] {g['surface']!r} in {item['text']!r}")
                continue
            used.add(hit)
            c["found"] += 1
            label = _label(got[hit], note)
            if label == g["assertion"] or label == "settled" and g["assertion"] in (
                    "affirmed", "negated"):
                c["assertion_ok"] += 1
            else:
                errors.append(f"assertion [{kind}] {g['surface']!r}: {label} "
                              f"(gold {g['assertion']}) in {item['text']!r}")
        for k, m in enumerate(got):
            if k not in used:
                c["false"] += 1
                errors.append(f"false [{kind}] {m.text!r} in {item['text']!r}")
        c["lines"] += 1
    return {"by_kind": by_kind, "errors": errors}


def report(result: dict) -> str:
    rows = ["| kind | lines | gold mentions | recall | assertion accuracy | false mentions |",
            "|---|---:|---:|---:|---:|---:|"]
    total: Counter = Counter()
    for kind, c in sorted(result["by_kind"].items()):
        total.update(c)
        rows.append(_row(kind, c))
    rows.append(_row("all", total))
    return "\n".join(rows)


def _row(kind: str, c: Counter) -> str:
    rec = f"{c['found'] / c['gold']:.3f}" if c["gold"] else "–"
    acc = f"{c['assertion_ok'] / c['found']:.3f}" if c["found"] else "–"
    return f"| {kind} | {c['lines']} | {c['gold']} | {rec} | {acc} | {c['false']} |"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--note", action="store_true",
                    help="read each line as a note (note-level readings; a suspicion answered "
                         "later in it counts as right when the gold has it confirmed or ruled out)")
    args = ap.parse_args(argv)
    result = evaluate(args.gold, note=args.note)
    print(report(result))
    if args.errors:
        print("\n".join(result["errors"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
