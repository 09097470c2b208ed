"""notelint benchmarks: one command, one table.

    python benchmarks/run.py            # 10k and 100k notes (a few minutes)
    python benchmarks/run.py --quick    # 2k and 10k notes (well under a minute)

Measures, in the same run (machines here are noisy, so ratios are the headline), on three
corpora side by side (``--vocabulary all``, the default): ``realistic`` (open vocabulary,
fresh numbers, typos), ``copyforward`` (the same text, a patient's later notes carrying
about half of the earlier ones, the share EHR studies report) and ``repetitive`` (every
sentence from the phrase lists, so each is seen many times: the extreme of templated text):

- notes/s of ``notelint lint`` (a subprocess, ``--format json -o FILE``) on generated
  corpora, one process and ``--jobs 2``, and one process without the sentence cache
  (``NOTELINT_SENTENCE_CACHE=0``), whose report must be byte-identical;
- notes/s of bare ``spacy.blank("sv")`` tokenization of the same note texts
  (``nlp.pipe``; texts already in memory, so this is the tokenizer alone);
- peak RSS of the lint process (``os.wait4`` → ``ru_maxrss``, taken by a launcher that
  forks it, see ``run_cli``);
- wall time of ``notelint lint one-note.txt`` and ``notelint --help`` from cold processes;
- a cProfile summary of one in-process lint run (top functions by own time).

Corpora come from ``benchmarks/generate.py`` (seeded) and are cached in ``--workdir``.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import io
import json
import os
import platform
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Iterator

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).with_name("notelint")

ONE_NOTE = """Patient: 19121212-1212
Journalsystem: Melior
Vårdenhet: Psykiatrimottagning Lund
HSA-id: SE2321000255-1000
Mall: Läkaranteckning
Datum: 2024-03-12 14:05
Författare: Anna Andersson
Roll: läkare

Aktuellt: Pat söker pga nedstämdhet och sömnsvårigheter sedan ca 3 mån.
Anamnes: Tidigare frisk. Bor med sambo, arbetar som lärare. Sjukskriven 50 % sedan en månad.
Status: Vaken, adekvat, sänkt grundstämning, ej psykotisk. Inga aktuella suicidtankar.
Bedömning: Måttlig depression. Misstänkt bipolär sjukdom, ev. hypomana episoder i anamnesen.
Åtgärd: Sertralin 50 mg 1x1. Återbesök om 4 v, kontakt med ssk om 1 v.
"""


def _load_generator() -> Any:
    spec = importlib.util.spec_from_file_location("nl_bench_generate", HERE / "generate.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def corpus(workdir: Path, notes: int, seed: int, vocabulary: str = "realistic") -> Path:
    path = workdir / f"corpus-{notes}-s{seed}-{vocabulary}.jsonl"
    if not path.exists():
        gen = _load_generator()
        tmp = path.with_suffix(".part")
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            gen.write_jsonl(fh, gen.generate(notes=notes, seed=seed, vocabulary=vocabulary))
        tmp.replace(path)
    return path


def note_texts(path: Path) -> Iterator[str]:
    """The text of every note as the linter sees it (sections as paragraphs)."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            for n in json.loads(line)["notes"]:
                yield "\n\n".join(f"{s['keyword']}: {s['text']}" for s in n["sections"])


def tokenize_rate(path: Path, batch: int = 2000) -> tuple[float, float, int, int]:
    """notes/s (wall, CPU) of bare spacy.blank("sv") over the corpus (tokenizer time only)."""
    import spacy

    nlp = spacy.blank("sv")
    nlp("Pat ringer pga feber sedan igår, ua.")  # first call initialises lazily: not timed
    spent = cpu = 0.0
    notes = tokens = 0
    buf: list[str] = []

    def flush() -> None:
        nonlocal spent, cpu, notes, tokens
        t0, c0 = time.perf_counter(), time.process_time()
        for doc in nlp.pipe(buf, batch_size=256):
            tokens += len(doc)
        spent += time.perf_counter() - t0
        cpu += time.process_time() - c0
        notes += len(buf)
        buf.clear()

    for text in note_texts(path):
        buf.append(text)
        if len(buf) >= batch:
            flush()
    if buf:
        flush()
    return notes / spent, notes / cpu, notes, tokens


# Linux keeps a process's peak RSS across execve, and a child spawned from this process
# starts from *this* process's peak (vfork/fork + exec): after json.loads of a 100k-note
# report here every later child "peaked" at ≥ 260 MB. So each notelint process is started
# by a small launcher that forks it and reports its own wait4 figures on a pipe.
_LAUNCHER = """import os, sys, time
fd = int(sys.argv[1])
t0 = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
_, status, ru = os.wait4(pid, 0)
os.write(fd, f"{time.perf_counter() - t0} {ru.ru_maxrss} {ru.ru_utime + ru.ru_stime}".encode())
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_cli(args: list[str], cwd: Path,
            env: dict[str, str] | None = None) -> tuple[float, int, float]:
    """(wall seconds, peak RSS in KiB, CPU seconds incl. workers) of one notelint process."""
    read_fd, write_fd = os.pipe()
    try:
        proc = subprocess.run([sys.executable, "-c", _LAUNCHER, str(write_fd), str(BIN), *args],
                              cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              pass_fds=(write_fd,), env={**os.environ, **(env or {})})
        os.close(write_fd)
        write_fd = -1
        with os.fdopen(read_fd, "rb") as fh:
            read_fd = -1
            measured = fh.read().decode().split()
    finally:
        for fd in (read_fd, write_fd):
            if fd >= 0:
                os.close(fd)
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode not in (0, 1) or len(measured) != 3:
        raise SystemExit(f"notelint {' '.join(args)} failed ({proc.returncode}): "
                         f"{err.strip().splitlines()[-1] if err.strip() else ''}")
    return float(measured[0]), int(measured[1]), float(measured[2])


def lint_args(path: Path, ruleset: str, out: Path, jobs: int) -> list[str]:
    return ["lint", str(path), "--ruleset", ruleset, "--format", "json", "-o", str(out),
            "--isolated", "--jobs", str(jobs)]


def count_notes(path: Path) -> int:
    with open(path, encoding="utf-8") as fh:
        return sum(len(json.loads(line)["notes"]) for line in fh)


def cold(args: list[str], cwd: Path, repeat: int) -> tuple[float, float]:
    """Median wall and median CPU (user+sys) seconds of ``repeat`` fresh processes."""
    runs = [run_cli(args, cwd) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), statistics.median(r[2] for r in runs)


def million(wall: float, notes: int, start: float) -> float:
    """Seconds a 1,000,000-note export would take, from one of ``notes`` notes that took
    ``wall`` seconds: the fixed cost of a run (``start``: a cold one-note lint — process
    start, imports, the pipeline built) once, the rest scaled by the number of notes."""
    start = min(start, wall)
    return start + (wall - start) * 1_000_000 / notes


def profile(path: Path, ruleset: str, top: int) -> str:
    sys.path.insert(0, str(HERE.parent))
    from notelint.lint import LintOptions, lint_paths

    prof = cProfile.Profile()
    prof.enable()
    lint_paths(LintOptions(paths=[str(path)], ruleset=ruleset, isolated=True))
    prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.strip_dirs().sort_stats("tottime").print_stats(top)
    text = buf.getvalue()
    start = text.find("   ncalls")
    return text[start:].rstrip() if start >= 0 else text


#: issue 23's bar, per corpus: lint ≥ this share of bare tokenization (wall, largest size)
#: (the repeated-text bar asks for "templated, copied text in the proportions the literature
#: reports": ``copyforward``; the phrase-list corpus is held to it as well)
RATIO_TARGETS = {"realistic": 0.40, "copyforward": 0.25, "repetitive": 0.25}
SPEEDUP_TARGET = 1.8        # -j2/-j1 at the largest size (100k notes by default)
MILLION_TARGET_S = 5 * 60   # a 1M-note export with --jobs 2
RSS_GROWTH_TARGET = 0.10    # peak RSS, largest size vs smallest


def targets(rows: list[dict[str, Any]]) -> list[tuple[str, str, bool]]:
    """Issue 23's targets checked on the rows of one run: (target, measured, holds)."""
    out: list[tuple[str, str, bool]] = []
    for vocabulary in dict.fromkeys(r["corpus"] for r in rows):
        mine = sorted((r for r in rows if r["corpus"] == vocabulary), key=lambda r: r["notes"])
        big = mine[-1]
        n = f"{big['notes']:,}"
        want = RATIO_TARGETS.get(vocabulary)
        if want is not None:
            out.append((f"{vocabulary}: lint ≥ {want:.0%} of bare tokenization ({n} notes)",
                        f"{big['ratio']:.1%} (CPU {big['cpu_ratio']:.1%})", big["ratio"] >= want))
        out.append((f"{vocabulary}: -j2/-j1 ≥ {SPEEDUP_TARGET}× ({n} notes)",
                    f"{big['speedup']:.2f}×", big["speedup"] >= SPEEDUP_TARGET))
        out.append((f"{vocabulary}: 1M notes with --jobs 2 ≤ {MILLION_TARGET_S / 60:.0f} min",
                    f"{big['est_1m_j2_s'] / 60:.1f} min", big["est_1m_j2_s"] <= MILLION_TARGET_S))
        if len(mine) >= 2:
            grown = big["rss1_mb"] / mine[0]["rss1_mb"]
            out.append((f"{vocabulary}: peak RSS at {n} within {RSS_GROWTH_TARGET:.0%} of "
                        f"{mine[0]['notes']:,} notes", f"{grown - 1:+.1%}",
                        grown <= 1 + RSS_GROWTH_TARGET))
        out.append((f"{vocabulary}: findings byte-identical with and without the cache",
                    "every size" if all(r["identical"] for r in mine) else "NOT at every size",
                    all(r["identical"] for r in mine)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="notelint throughput / memory / latency benchmarks")
    ap.add_argument("--quick", action="store_true", help="2k and 10k notes instead of 10k/100k")
    ap.add_argument("--sizes", default=None, help="comma-separated note counts (overrides)")
    ap.add_argument("--ruleset", default="skane")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workdir", default=None, help="where corpora are cached")
    ap.add_argument("--vocabulary", choices=["all", "both", *_load_generator().VOCABULARIES],
                    default="all",
                    help="corpora: all (default, side by side), both (realistic and "
                         "repetitive), realistic (open vocabulary, numbers, typos), copyforward "
                         "(realistic, later notes copying half of the earlier ones) or "
                         "repetitive (the phrase lists only, every sentence seen many times)")
    ap.add_argument("--no-profile", action="store_true")
    ap.add_argument("--json", default=None, help="also write the numbers to this file")
    args = ap.parse_args(argv)
    if not BIN.exists():
        raise SystemExit(f"notelint executable not found next to {sys.executable}")
    sizes = ([int(s) for s in args.sizes.split(",")] if args.sizes
             else [2000, 10000] if args.quick else [10000, 100000])
    vocabularies = (["realistic", "copyforward", "repetitive"] if args.vocabulary == "all"
                    else ["realistic", "repetitive"] if args.vocabulary == "both"
                    else [args.vocabulary])
    workdir = Path(args.workdir or Path(tempfile.gettempdir()) / "notelint-bench")
    workdir.mkdir(parents=True, exist_ok=True)
    out = workdir / "findings.json"
    uncached = workdir / "findings-nocache.json"
    no_cache = {"NOTELINT_SENTENCE_CACHE": "0"}

    print(f"machine: {platform.machine()}, nproc={os.cpu_count()}, "
          f"python {platform.python_version()}, {platform.platform()}")
    print(f"corpora: benchmarks/generate.py --seed {args.seed} --vocabulary "
          + " | ".join(vocabularies))
    loads = [os.getloadavg()[0]]
    results: dict[str, Any] = {"ruleset": args.ruleset, "corpora": {}}
    # a run's fixed cost (start, imports, pipeline), paid once however many notes follow:
    # the 1M-note estimate counts it once, not once per 100k notes
    note = workdir / "one-note.txt"
    note.write_text(ONE_NOTE, encoding="utf-8")
    one, one_cpu = cold(["lint", str(note), "--ruleset", args.ruleset, "--isolated"],
                        workdir, 5)
    rows = []
    for vocabulary in vocabularies:
        results["corpora"][vocabulary] = {}
        for n in sizes:
            path = corpus(workdir, n, args.seed, vocabulary)
            notes = count_notes(path)
            tok, tok_cpu, _, tokens = tokenize_rate(path)
            w1, rss1, c1 = run_cli(lint_args(path, args.ruleset, out, 1), workdir)
            findings = json.loads(out.read_text(encoding="utf-8"))["summary"]["findings"]
            w2, rss2, c2 = run_cli(lint_args(path, args.ruleset, out, 2), workdir)
            r1, r2 = notes / w1, notes / w2
            # the same lint without the sentence cache: its findings must be byte-identical
            w0, _, c0 = run_cli(lint_args(path, args.ruleset, uncached, 1), workdir, no_cache)
            identical = out.read_bytes() == uncached.read_bytes()
            loads.append(os.getloadavg()[0])
            row = {"corpus": vocabulary, "notes": notes, "mb": path.stat().st_size / 1e6,
                   "tokens": tokens, "tokenize_nps": tok, "tokenize_cpu_nps": tok_cpu,
                   "lint1_nps": r1, "lint1_cpu_nps": notes / c1, "lint2_nps": r2,
                   "ratio": r1 / tok, "cpu_ratio": (notes / c1) / tok_cpu, "speedup": r2 / r1,
                   "nocache_nps": notes / w0, "nocache_cpu_ratio": (notes / c0) / tok_cpu,
                   "identical": identical, "rss1_mb": rss1 / 1024, "rss2_max_mb": rss2 / 1024,
                   "findings": findings, "wall1": w1, "wall2": w2, "cpu1": c1, "cpu2": c2,
                   "est_1m_j2_s": million(w2, notes, one),
                   "est_1m_j2_scaled_s": w2 * 1_000_000 / notes}
            results["corpora"][vocabulary][str(n)] = row
            rows.append(row)

    print()
    print("| corpus | notes | MB | tokenize notes/s | lint -j1 notes/s | lint/tokenize | "
          "lint/tokenize (CPU) | without cache: lint/tokenize (CPU) | lint -j2 notes/s | "
          "-j2/-j1 | 1M notes -j2 (est.) | peak RSS -j1 | findings | same findings without cache |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in rows:
        print(f"| {r['corpus']} | {r['notes']:,} | {r['mb']:.0f} | {r['tokenize_nps']:,.0f} | "
              f"{r['lint1_nps']:,.0f} | {r['ratio']:.1%} | {r['cpu_ratio']:.1%} | "
              f"{r['nocache_cpu_ratio']:.1%} | {r['lint2_nps']:,.0f} | {r['speedup']:.2f}× | "
              f"{r['est_1m_j2_s'] / 60:.1f} min | {r['rss1_mb']:.0f} MB | {r['findings']:,} | "
              f"{'byte-identical' if r['identical'] else 'DIFFERENT'} |")
    print("\n(wall-clock rates; 'CPU' = notes per CPU-second of lint vs of the tokenizer, "
          "robust when other processes share the cores; 1M notes = the largest size's -j2 "
          f"wall time less a run's fixed cost — a cold one-note lint, {one:.2f} s in this run — "
          "scaled, plus that cost once)")
    results["load_average"] = loads
    print(f"load average (1 min) during the run: {min(loads):.1f}–{max(loads):.1f}")
    if len(sizes) >= 2:
        for vocabulary in vocabularies:
            mine = [r for r in rows if r["corpus"] == vocabulary]
            growth = mine[-1]["rss1_mb"] / mine[0]["rss1_mb"] - 1
            results["corpora"][vocabulary]["rss_growth"] = growth
            print(f"peak RSS {vocabulary}, {mine[-1]['notes']:,} vs {mine[0]['notes']:,} notes: "
                  f"{growth:+.1%}")
    checked = targets(rows)
    results["targets"] = [{"target": t, "measured": m, "holds": ok} for t, m, ok in checked]
    print("targets of issue 23 in this run:")
    for target, measured, ok in checked:
        print(f"  {'yes' if ok else 'NO '}  {target}: {measured}")

    helps, help_cpu = cold(["--help"], workdir, 5)
    expl, expl_cpu = cold(["explain", "NL301"], workdir, 5)
    results.update(one_note_s=one, one_note_cpu=one_cpu, help_s=helps, help_cpu=help_cpu,
                   explain_s=expl, explain_cpu=expl_cpu)
    print("cold processes (median of 5):        wall     CPU")
    print(f"  notelint lint one-note.txt        {one:5.2f} s  {one_cpu:5.2f} s")
    print(f"  notelint --help                   {helps:5.2f} s  {help_cpu:5.2f} s")
    print(f"  notelint explain NL301            {expl:5.2f} s  {expl_cpu:5.2f} s")

    if not args.no_profile:
        for vocabulary in vocabularies:
            ppath = corpus(workdir, min(sizes[0], 5000), args.seed + 100, vocabulary)
            print(f"\ncProfile of one in-process lint of {count_notes(ppath):,} notes, "
                  f"{vocabulary} (top 20 by own time):")
            print(profile(ppath, args.ruleset, 20))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
