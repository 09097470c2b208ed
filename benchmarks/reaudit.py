"""Re-audits cost what changed (issue 22): one command, one table.

    python benchmarks/reaudit.py                 # 20k notes (~4 minutes on 2 busy cores)
    python benchmarks/reaudit.py --notes 5000    # quicker

In a work directory: generates the export (``generate.py --seed 1``), then runs
``notelint audit … --ruleset skane --jobs 2`` as a user would (a subprocess each):

1. the first audit into a new store;
2. the same export again, as a monthly audit would (the figure issue 22 asks for: ≥ 8×
   faster, findings identical to 1), then once more with ``--report`` and an XLSX
   ``--worklist`` (writing them is work the first audit did not do);
3. 10 % of the lines rewritten (same content, other bytes: as many changed records), into a
   copy of the store after 2;
4. 1 % of the lines rewritten, likewise;
5. the 10 %-changed export into a new store: the reference, whose findings, records and
   volumes 3 must equal row for row.

Wall and CPU time (the audit and its worker processes, ``os.wait4``) and the load average
before each run: the machine is shared, so CPU time is the steadier measure.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent
COLS = ("code, name, severity, family, unit_hsa_id, unit_name, day, target_kind, target_id, "
        "message, ruleset, fingerprint, patient_key, path, line, rec_hash, rec_line")


def audit(work: Path, store: str, *extra: str) -> tuple[float, float, str]:
    """(wall s, CPU s of the audit and its children, summary line)."""
    cmd = [sys.executable, "-m", "notelint.cli", "audit", "e20k.jsonl", "--ruleset", "skane",
           "--jobs", "2", "--store", store, "--exit-zero", "--no-progress", *extra]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=work, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "NOTELINT_AUDIT_KEY": "bench-key"})
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    out = proc.stdout.read() + proc.stderr.read()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"audit failed: {out}")
    return wall, usage.ru_utime + usage.ru_stime, out.strip().splitlines()[0]


def rewrite(src: Path, dst: Path, every: int) -> int:
    """Every ``every``-th line with the same JSON in other bytes; returns how many."""
    n = 0
    with src.open(encoding="utf-8") as f, dst.open("w", encoding="utf-8") as o:
        for i, line in enumerate(f):
            if i % every == 0:
                line = json.dumps(json.loads(line), ensure_ascii=False,
                                  separators=(" ,", " : ")) + "\n"
                n += 1
            o.write(line)
    return n


def latest_rows(store: Path) -> tuple[list, list, list]:
    import duckdb

    c = duckdb.connect(str(store), read_only=True)
    try:
        (run,) = c.execute("SELECT run_id FROM runs ORDER BY started DESC LIMIT 1").fetchone()
        q = lambda sql: sorted(c.execute(sql, [run]).fetchall(), key=repr)  # noqa: E731
        return (q(f"SELECT {COLS} FROM findings WHERE run_id = ?"),
                q("SELECT rec_hash, path, line, notes, access_events, conversations, treatments, "
                  "broken FROM records WHERE run_id = ?"),
                q("SELECT kind, unit_hsa_id, month, sum(n) FROM volumes WHERE run_id = ? "
                  "GROUP BY ALL"))
    finally:
        c.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--notes", type=int, default=20000)
    ap.add_argument("--workdir", type=Path, default=None)
    args = ap.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="notelint-reaudit-"))
    work.mkdir(parents=True, exist_ok=True)
    orig = work / "orig.jsonl"
    if not orig.exists():
        subprocess.run([sys.executable, str(HERE / "generate.py"), "--notes", str(args.notes),
                        "--seed", "1", "-o", str(orig)], check=True, capture_output=True)
    export = work / "e20k.jsonl"
    records = sum(1 for _ in orig.open("rb"))
    for name in ("c.duckdb", "ref.duckdb", "c10.duckdb", "c1.duckdb"):
        (work / name).unlink(missing_ok=True)
    rows = []

    def run(label: str, store: str, *extra: str) -> float:
        load = os.getloadavg()[0]
        wall, cpu, line = audit(work, store, *extra)
        rows.append((label, wall, cpu, load, line))
        print(f"{label}: {wall:.1f} s wall, {cpu:.1f} s CPU (load {load:.1f}) — {line}",
              file=sys.stderr)
        return wall

    shutil.copy(orig, export)
    run("first audit", "c.duckdb")
    first = latest_rows(work / "c.duckdb")
    run("unchanged", "c.duckdb")
    unchanged_same = latest_rows(work / "c.duckdb") == first
    run("unchanged, with report and XLSX worklist", "c.duckdb", "--report", "r.html",
        "--worklist", "w.xlsx")
    for every, store in ((10, "c10.duckdb"), (100, "c1.duckdb")):
        shutil.copy(work / "c.duckdb", work / store)
        n = rewrite(orig, export, every)
        run(f"{100 // every} % changed ({n} records)", store)
        if every == 10:
            run("10 % changed, into a new store (reference)", "ref.duckdb")
            same = latest_rows(work / "c10.duckdb") == latest_rows(work / "ref.duckdb")
    first_wall, first_cpu = rows[0][1], rows[0][2]
    print(f"\n{records:,} records, {args.notes:,} notes; {work}\n")
    print("| run | wall | CPU | load |\n|---|---:|---:|---:|")
    for label, wall, cpu, load, _ in rows:
        rel = (f" ({wall / first_wall:.0%} / {cpu / first_cpu:.0%} of the first; "
               f"{first_wall / wall:.1f}× faster)"
               if label != rows[0][0] and "reference" not in label else "")
        print(f"| {label}{rel} | {wall:.1f} s | {cpu:.1f} s | {load:.1f} |")
    print(f"\nUnchanged re-audit identical to the first audit (findings, records, volumes): "
          f"{unchanged_same}")
    print(f"10 %-changed re-audit identical to the reference (findings, records, volumes): "
          f"{same}")
    if not (same and unchanged_same):
        sys.exit(1)


if __name__ == "__main__":
    main()
