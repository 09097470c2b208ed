"""Run an audit with the local process pool or on a Dask cluster, into a :class:`Store`."""

from __future__ import annotations

import hashlib
import os
import secrets
import sys
import time
from dataclasses import dataclass
from typing import Any, Iterator

from notelint import pii
from notelint.model import printable
from notelint.audit.rows import TaskResult, audit_task
from notelint.audit.store import Store
from notelint.parallel import Task, effective_jobs, plan_tasks, read_range

__all__ = ["AuditOptions", "AuditOutcome", "run_audit"]

KEY_ENV = "NOTELINT_AUDIT_KEY"


@dataclass
class AuditOptions:
    paths: list[str]
    ruleset: str
    engine: str = "local"
    scheduler: str | None = None
    store: str | None = None
    report: str | None = None
    parquet: str | None = None
    jobs: int = 0
    fresh: bool = False
    min_group: int = 5
    progress: bool | None = None
    select: list[str] | None = None
    ignore: list[str] | None = None


@dataclass
class AuditOutcome:
    run_id: str
    files: int
    records: int
    notes: int
    findings: int
    broken: int
    skipped_tasks: int
    seconds: float


def _task_key(t: Task) -> str:
    """Names a task in the store (for ``--resume``): the path masked like every output;
    the inode keeps two files whose names differ only in the masked digits apart."""
    try:
        st = os.stat(t.path)
        stamp = f"{st.st_size}:{int(st.st_mtime)}:{st.st_ino}"
    except OSError:
        stamp = "missing"
    return f"{pii.mask_text(printable(t.path))}|{t.start}|{t.end}|{stamp}"


def _secret() -> bytes:
    key = os.environ.get(KEY_ENV)
    if key:
        return key.encode()
    print(f"notelint: warning: {KEY_ENV} is not set; patients are hashed with a one-off key "
          "and cannot be linked to earlier runs", file=sys.stderr)
    return secrets.token_bytes(32)


# ------------------------------------------------------------------ worker side (both engines)

_WORKER: dict[str, Any] = {}


def _engine_for(ruleset_name: str, codes: tuple[str, ...]) -> Any:
    key = (ruleset_name, codes)
    if _WORKER.get("key") != key:
        from notelint.engine import Engine
        from notelint.rules import get_rule
        from notelint.rulesets import load_ruleset

        rules = [r for r in (get_rule(c) for c in codes) if r is not None]
        _WORKER.update(key=key, engine=Engine(load_ruleset(ruleset_name), rules))
    return _WORKER["engine"]


def run_task(task: Task, ruleset_name: str, codes: tuple[str, ...], secret: bytes,
             key: str) -> TaskResult:
    """Audit one task; runs in a pool worker or on a Dask worker."""
    from notelint.readers import read_file

    engine = _engine_for(ruleset_name, codes)
    items = (read_file(task.path) if task.end is None
             else read_range(task.path, task.start, task.end, task.line))
    return audit_task(engine, items, key, secret)


def _star(args: tuple[Any, ...]) -> TaskResult:
    return run_task(*args)


def _local(work: list[tuple[Any, ...]], jobs: int) -> Iterator[TaskResult]:
    if jobs <= 1 or len(work) <= 1:
        for w in work:
            yield run_task(*w)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else None)
    with ctx.Pool(min(jobs, len(work))) as pool:
        yield from pool.imap_unordered(_star, work)


def _dask(work: list[tuple[Any, ...]], jobs: int, scheduler: str | None) -> Iterator[TaskResult]:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise RuntimeError("the dask engine needs `pip install 'notelint[audit]'`") from None
    cluster = None
    if scheduler:
        client = Client(scheduler, timeout="15s")
    else:
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        futures = [client.submit(run_task, *w, pure=False) for w in work]
        for fut in as_completed(futures):
            yield fut.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# ------------------------------------------------------------------ orchestration


def run_audit(opts: AuditOptions) -> AuditOutcome:
    from notelint.rules import select_rules
    from notelint.rulesets import load_ruleset

    started = time.perf_counter()
    ruleset = load_ruleset(opts.ruleset)
    codes = tuple(r.code for r in select_rules(opts.select, opts.ignore, ruleset.disabled_rules))
    jobs = effective_jobs(opts.jobs)
    tasks = plan_tasks(opts.paths, jobs)
    keys = [_task_key(t) for t in tasks]
    config_hash = hashlib.sha256("|".join(codes).encode()).hexdigest()[:12]
    run_id = hashlib.sha256("\n".join([ruleset.name, ruleset.version, config_hash, *sorted(keys)])
                            .encode("utf-8", "surrogatepass")).hexdigest()[:16]
    store = Store(opts.store or ":memory:")
    try:
        done = store.begin_run(run_id, {
            "ruleset": ruleset.name, "ruleset_version": ruleset.version,
            "config_hash": config_hash, "engine": opts.engine, "jobs": jobs}, fresh=opts.fresh)
        secret = _secret()
        work = [(t, opts.ruleset,
                 codes, secret, k) for t, k in zip(tasks, keys) if k not in done]
        show = opts.progress if opts.progress is not None else sys.stderr.isatty()
        results = (_dask(work, jobs, opts.scheduler) if opts.engine == "dask"
                   else _local(work, jobs))
        records = 0
        t0 = time.perf_counter()
        for i, res in enumerate(results, 1):
            store.add_task(run_id, res.key, res.rows, res.records, res.notes, res.broken)
            records += res.records
            if show:
                rate = records / max(time.perf_counter() - t0, 1e-9)
                eta = (time.perf_counter() - t0) / i * (len(work) - i)
                print(f"\r{i}/{len(work)} tasks · {records} records · {rate:,.0f} records/s · "
                      f"ETA {eta:,.0f} s", end="", file=sys.stderr, flush=True)
        if show:
            print(file=sys.stderr)
        files = len({t.path for t in tasks})
        store.finish_run(run_id, files, time.perf_counter() - started)
        run = store.run(run_id)
        if opts.report:
            from notelint.audit.report import write_report

            write_report(store, run_id, opts.report, min_group=opts.min_group)
        if opts.parquet:
            store.export_parquet(opts.parquet)
        return AuditOutcome(run_id, files, run["records"], run["notes"], run["findings"],
                            run["broken"], len(tasks) - len(work), time.perf_counter() - started)
    finally:
        store.close()
