"""Time `notelint lint` on one very long note (issue 18/19: linear ConText, no E088).

    python benchmarks/long_note.py [--chars 1000000] [--chars 1300000] [--lines] [--varied]

Writes a text journal copy whose one section is N characters of varied clinical
sentences (diagnoses, hedges, negations, family history, violence) and times the CLI on
it in a fresh process (pipeline load included). Without --lines the section is one line,
so sentences are cut only after . ! ?.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCES = [
    "Pat med känd hypertoni och misstänkt pneumoni, ingen feber.",
    "Inga tecken på lungemboli men ev DVT vä ben.",
    "Mamma har diabetes typ 2. Tidigare hjärtinfarkt 2015.",
    "Kontroll av blodtryck, Alvedon vb, åter om 3 mån.",
    "Status: AT gott, cor rr, pulm vesikulära andningsljud bilat.",
    "Bedöms som förmaksflimmer, kan ej uteslutas tyreotoxikos?",
    "Frågat om våld i nära relation, förnekar.",
]
HEADER = ("Patient: 19121212-1212\nJournalsystem: Melior\nVårdenhet: Medicinmottagningen\n"
          "HSA-id: SE2321000255-1234\nMall: Läkaranteckning\nDatum: 2024-03-12 14:05\n"
          "Författare: A B\nRoll: läkare\nSignerad: 2024-03-12 14:40\n\n")


def note(chars: int, lines: bool, seed: int = 1) -> str:
    r = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < chars:
        s = r.choice(SENTENCES)
        parts.append(s)
        size += len(s) + 1
    return HEADER + "Anamnes: " + ("\n" if lines else " ").join(parts)[:chars] + "\n"


def varied_note(chars: int, lines: bool, seed: int = 1) -> str:
    """A note of ``chars`` characters of the generator's realistic notes' section texts:
    a long copy of many different notes, so few sentences repeat (the worst case for the
    sentence cache)."""
    from generate import generate  # benchmarks/generate.py, beside this file

    parts: list[str] = []
    size = 0
    for rec in generate(notes=10**9, seed=seed):
        for n in rec["notes"]:
            for sec in n["sections"]:
                parts.append(sec["text"])
                size += len(sec["text"]) + 1
        if size >= chars:
            break
    return HEADER + "Anamnes: " + ("\n" if lines else " ").join(parts)[:chars] + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chars", type=int, action="append")
    ap.add_argument("--lines", action="store_true", help="one sentence a line")
    ap.add_argument("--varied", action="store_true",
                    help="text of many different generated notes (little repetition) "
                         "instead of seven sentences repeated")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for chars in args.chars or [1_000_000, 1_300_000]:
            path = Path(tmp) / f"note_{chars}.txt"
            make = varied_note if args.varied else note
            path.write_text(make(chars, args.lines), encoding="utf-8")
            t0 = time.perf_counter()
            out = subprocess.run([sys.executable, "-m", "notelint.cli", "lint", "--ruleset",
                                  "skane", "--format", "json", str(path)],
                                 capture_output=True, text=True)
            took = time.perf_counter() - t0
            nl902 = out.stdout.count('"NL902"')
            print(f"{chars:>10,} chars  {took:5.2f} s  exit {out.returncode}  NL902: {nl902}")


if __name__ == "__main__":
    main()
