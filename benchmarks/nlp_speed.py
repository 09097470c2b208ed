"""Throughput of the NLP pipeline next to bare ``spacy.blank("sv")`` tokenization.

    python benchmarks/nlp_speed.py [--notes 10000] [--seed 1]

Generates a seeded corpus of varied clinical notes (telegraphic lines, abbreviations,
doses, dates, diagnoses with cues, invented drug/place/person names so the tokenizer
cache cannot make every word a hit), then, in one process and on the same texts:

1. bare tokenization: ``spacy.blank("sv").make_doc(text)`` for every note;
2. the pipeline: ``notelint.nlp.annotate_text(text)`` (prefilter + spaCy + conversion);
3. the pipeline without the prefilter.

Each run uses its own ``Language`` (own vocabulary and tokenizer cache), so no run warms
the cache of another; the runs are interleaved in chunks of 500 notes, in rotating order,
so that load from other processes on a shared machine falls on all of them alike. Load time is measured in a
fresh subprocess.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SYLL = ["ka", "lo", "mi", "se", "tor", "ven", "ul", "ra", "bi", "ne", "sta", "fel", "gur",
        "pa", "dis", "ko", "lin", "ma", "xo", "tri", "an", "el", "ber", "sun", "vik", "hol"]
DIAG = ["pneumoni", "KOL", "DVT", "TIA", "DM2", "förmaksflimmer", "depression", "UVI",
        "lungemboli", "hjärtsvikt", "app", "salpingit", "gastroenterit", "erysipelas",
        "borrelia", "migrän", "astma", "hypertoni", "lungcancer", "divertikelblödning",
        "höftfraktur", "artros", "epilepsi", "sepsis", "anemi", "njursvikt", "stroke"]
CUE = ["Ingen", "Inga tecken på", "Misstänkt", "Sannolikt", "Ev", "Tidigare", "Mamma har",
       "Ingen misstanke om", "Förnekar", "", "", "", "Känd", "Hereditet för"]
DRUGS = ["Alvedon", "Ipren", "Waran", "Eliquis", "Metformin", "Sertralin", "Kåvepenin",
         "Prednisolon", "Furix", "Levaxin", "Omeprazol", "Atorvastatin", "Bisoprolol"]
LINES = [
    "Pat söker pga {sym} sedan {n} dagar.", "Status: Cor ua, pulm ua, buk mjuk oöm.",
    "AT: opåverkad, ej tagen, afebril.", "Lab: CRP {n}, Hb {hb}, LPK {lpk},{d}.",
    "{cue} {dx}.", "{cue} {dx}, {cue2} {dx2}.", "{dx}? Remiss till {place}mottagningen.",
    "Ordinerat {drug} {n} mg x {k} i {k2} dagar.", "Åter om {k} v vb, ssk tar kontakt.",
    "Tel samtal med {name}, anhörig, enl. pat. mår bättre.", "BT {sys}/{dia}, puls {puls}.",
    "Bed: {cue} {dx} enl rtg {date}.", "Planering: uppf. på VC {place} om {k} mån.",
    "Pat informerad om planen och {word}{word2}.", "Sjukskrivning t.o.m. {date}.",
    "Frågat om våld i nära relation, förnekar.", "Röker ej, alkohol {k} glas/v.",
    "Aktuellt: {sym}, {sym2} och {word}{word2}smärta.", "Dg {code}",
    "Diskuterat {word}{word2}behandling med bakjour dr {name}.", "{sym} bättre, ingen {sym2}.",
]
SYM = ["hosta", "feber", "yrsel", "huvudvärk", "illamående", "bröstsmärta", "andnöd",
       "buksmärta", "trötthet", "ryggvärk", "diarré", "kräkningar", "ödem", "klåda"]
CODES = ["J18.9", "I48.9", "F32.1", "E11.9", "I10", "J44.1", "N39.0", "M54.5", "R07.4"]


def word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLL) for _ in range(rng.randint(2, 4)))


def note(rng: random.Random) -> str:
    out = []
    while sum(len(x.split()) for x in out) < rng.randint(60, 220):
        line = rng.choice(LINES)
        out.append(line.format(
            sym=rng.choice(SYM), sym2=rng.choice(SYM), n=rng.randint(1, 300),
            hb=rng.randint(90, 160), lpk=rng.randint(3, 20), d=rng.randint(0, 9),
            cue=rng.choice(CUE), cue2=rng.choice(CUE).lower(), dx=rng.choice(DIAG),
            dx2=rng.choice(DIAG), place=word(rng).capitalize(), drug=rng.choice(DRUGS),
            k=rng.randint(1, 4), k2=rng.randint(3, 14), name=word(rng).capitalize(),
            sys=rng.randint(100, 190), dia=rng.randint(55, 110), puls=rng.randint(45, 130),
            date=f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            word=word(rng), word2=word(rng), code=rng.choice(CODES)).strip())
    sep = "\n" if rng.random() < 0.6 else " "
    return sep.join(out)


def corpus(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [note(rng) for _ in range(n)]


def timed(fn, texts):
    start = time.perf_counter()
    for text in texts:
        fn(text)
    return time.perf_counter() - start


LOAD = ("import time; t0=time.perf_counter(); import spacy; t1=time.perf_counter(); "
        "from notelint.nlp import get_pipeline, might_fire; nlp=get_pipeline(); "
        "might_fire('x'); nlp('Ingen pneumoni.'); t2=time.perf_counter(); "
        "print(f'{t1-t0:.3f} {t2-t1:.3f}')")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    if args.notes < 1:
        print("error: --notes must be at least 1", file=sys.stderr)
        return 2

    out = subprocess.run([sys.executable, "-c", LOAD], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout.split()
    spacy_import, pipeline_load = float(out[0]), float(out[1])

    import spacy

    from notelint.nlp import annotate_text, might_fire
    from notelint.nlp.pipeline import annotate, build_pipeline

    texts = corpus(args.notes, args.seed)
    words = sum(len(t.split()) for t in texts)
    vocab = len({w.lower() for t in texts for w in t.split()})

    blank = spacy.blank("sv")
    fresh = build_pipeline("")
    # interleave the three runs chunk by chunk so that load on a shared machine hits all
    # and the order rotates per chunk (whichever run sees a chunk first pays a bit more)
    runs = [("blank", blank.make_doc), ("pipe", annotate_text),
            ("nopre", lambda t: annotate(fresh, t))]
    total = {name: 0.0 for name, _ in runs}
    for k, i in enumerate(range(0, len(texts), 500)):
        chunk = texts[i:i + 500]
        for name, fn in runs[k % 3:] + runs[:k % 3]:
            total[name] += timed(fn, chunk)
    t_blank, t_pipe, t_nopre = total["blank"], total["pipe"], total["nopre"]
    skipped = sum(1 for t in texts if not might_fire(t))

    n = len(texts)
    print(f"corpus: {n} notes, {words} words ({words / n:.0f}/note), {vocab} distinct words, "
          f"seed {args.seed}")
    print(f"load: import spacy {spacy_import:.2f} s, build pipeline + prefilter {pipeline_load:.2f} s")
    print(f"{'method':44}{'seconds':>10}{'notes/s':>10}{'% of bare':>11}")
    for name, secs in (("spacy.blank('sv') tokenization", t_blank),
                       ("pipeline (annotate_text, with prefilter)", t_pipe),
                       ("pipeline without prefilter (spaCy only)", t_nopre)):
        print(f"{name:44}{secs:>10.2f}{n / secs:>10.0f}{100 * t_blank / secs:>10.0f}%")
    print(f"prefilter skipped {skipped} of {n} notes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
