"""Is this change slower than that one? CPU time of ``notelint lint``, two revisions, runs
interleaved, medians.

    python benchmarks/compare.py --base 277cd7c            # HEAD against main of 2026-12-01
    python benchmarks/compare.py --base main --runs 7 --notes 10000 --vocabulary repetitive

The machines here are shared and noisy: the same run varies by 30 % minutes apart, so a
single timing says little. This script checks the base revision out into a temporary git
worktree (its own code and models, the current venv's libraries), generates one corpus with
the *current* ``benchmarks/generate.py`` (seeded, so both read the same input), and runs
``lint -j1 --format json`` of base and head alternately (base, head, head, base, …). It
reports the median and range of CPU seconds (user + sys of the child, from ``os.wait4``),
the ratio of medians, peak RSS and whether the two reports have the same number of
findings (revisions that change rules will differ; that is said, not judged).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# runs lint from the code in the working directory it is started in, as its console script
# does (``run`` where the revision has it: the exit without freeing the heap; else ``main``)
_LAUNCH = ("import sys; sys.path.insert(0, '.'); import notelint.cli as cli; "
           "sys.argv = ['notelint', *sys.argv[1:]]; getattr(cli, 'run', cli.main)()")


def _worktree(rev: str, where: Path) -> Path:
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(where), rev],
                   check=True, capture_output=True)
    # a checkout before the package-data links existed reads models/ and rulesets/ beside
    # the package; give it both ways
    for name, target in (("models_data", "../models"), ("rulesets_data", "../rulesets")):
        link = where / "notelint" / name
        if not link.exists() and (where / target.lstrip("./")).exists():
            link.symlink_to(target)
    return where


def _run(code: Path, corpus: Path, out: Path, ruleset: str) -> tuple[float, int]:
    """(CPU seconds, peak RSS in kB) of one lint of ``corpus`` with the code in ``code``."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    proc = subprocess.Popen([sys.executable, "-c", _LAUNCH, "lint", str(corpus), "--ruleset",
                             ruleset, "-j1", "--format", "json", "-o", str(out)],
                            cwd=code, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    code_ = os.waitstatus_to_exitcode(status)
    if code_ not in (0, 1):
        raise SystemExit(f"lint with {code} exited {code_}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def _findings(path: Path) -> int:
    import json

    data = json.loads(path.read_text(encoding="utf-8"))
    return len(data["findings"]) if isinstance(data, dict) else len(data)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", required=True, help="git revision to compare against")
    ap.add_argument("--head", default=None, help="git revision (default: the working tree)")
    ap.add_argument("--runs", type=int, default=5, help="runs of each (default 5)")
    ap.add_argument("--notes", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--vocabulary", choices=["realistic", "repetitive"], default="realistic")
    ap.add_argument("--ruleset", default="skane")
    args = ap.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="notelint-compare-"))
    trees: list[Path] = []
    try:
        corpus = tmp / "corpus.jsonl"
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--notes",
                        str(args.notes), "--seed", str(args.seed), "--vocabulary",
                        args.vocabulary, "-o", str(corpus)], check=True, capture_output=True)
        base = _worktree(args.base, tmp / "base")
        trees.append(base)
        head = ROOT
        if args.head:
            head = _worktree(args.head, tmp / "head")
            trees.append(head)
        times: dict[str, list[float]] = {"base": [], "head": []}
        rss: dict[str, int] = {"base": 0, "head": 0}
        order = ["base", "head", "head", "base"]
        for i in range(2 * args.runs):
            which = order[i % 4]
            cpu, kb = _run(base if which == "base" else head, corpus, tmp / f"{which}.json",
                           args.ruleset)
            times[which].append(cpu)
            rss[which] = max(rss[which], kb)
        load = os.getloadavg()
        med = {k: statistics.median(v) for k, v in times.items()}
        print(f"{platform.node()}  {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}  "
              f"load {load[0]:.1f}/{load[1]:.1f}/{load[2]:.1f}  "
              f"{args.notes} {args.vocabulary} notes, --ruleset {args.ruleset}, -j1")
        for which, rev in (("base", args.base), ("head", args.head or "working tree")):
            v = sorted(times[which])
            print(f"  {which} {rev:>14}: CPU median {med[which]:6.2f} s "
                  f"(range {v[0]:.2f}–{v[-1]:.2f}, {len(v)} runs), peak RSS {rss[which] // 1024} MB, "
                  f"{_findings(tmp / f'{which}.json')} findings")
        print(f"  head / base: {med['head'] / med['base']:.2f}")
    finally:
        for tree in trees:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                           capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
