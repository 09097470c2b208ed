"""Run an audit with the local process pool or on a Dask cluster, into a :class:`Store`.

Each audit is a new run (an observation of the export at a time) unless ``resume`` is set.
Inputs are grouped by their effective configuration exactly as ``lint`` does (each folder's
``notelint.toml``; ``--ruleset`` and flags override), so ``audit`` and ``lint`` agree.

Re-audits cost what changed: every record has a content hash (its bytes and path); a record
whose hash the previous run of the store already linted *with the same signature* — rules,
ruleset, settings, per-file ignores, patient-hash key and notelint's own code — is not read
again, its rows are carried over inside the store. Anything else is linted.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from notelint import pii
from notelint.model import printable
from notelint.audit.rows import TaskResult, audit_task, iter_jsonl, jsonl_hashes, record_hash
from notelint.readers import file_bytes
from notelint.audit.store import Store, StoreError
from notelint.errors import UserError
from notelint.parallel import Task, effective_jobs, plan_tasks

__all__ = ["AuditOptions", "AuditOutcome", "run_audit", "check_output_paths"]

KEY_ENV = "NOTELINT_AUDIT_KEY"
#: a re-audit with fewer changed records than this lints them in this process: starting
#: worker processes (each loading the NLP pipeline) would cost more than it saves
IN_PROCESS_BELOW = 100
#: how long an audit waits for the first worker of a cluster (--scheduler)
WORKER_WAIT_S = 60
CONNECT_TIMEOUT = "15s"
WORKLIST_FORMATS = {".csv": "csv", ".xlsx": "xlsx", ".parquet": "parquet"}


@dataclass
class AuditOptions:
    paths: list[str]
    ruleset: str | None = None
    engine: str = "local"
    scheduler: str | None = None
    store: str | None = None
    report: str | None = None
    parquet: str | None = None
    jobs: int = 0
    resume: bool = False
    min_group: int = 5
    progress: bool | None = None
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    worklist: str | None = None
    units: list[str] = field(default_factory=list)
    min_severity: str = "info"
    fail_on: str | None = None
    config: str | None = None
    isolated: bool = False
    journal_system: str | None = None  # of notes whose input names none (as lint's)


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
    reused_records: int = 0
    failing: int = 0
    worklist_rows: int | None = None
    #: notes linted without a journal system where a selected rule reads it (NL102), and
    #: the systems of those rulesets (said on stderr, as lint says it)
    systemless: int = 0
    systems: list[str] = field(default_factory=list)


def check_output_paths(opts: AuditOptions) -> None:
    """Every file the audit will write can be written — checked before any work."""
    from notelint.outputs import check_writable

    outs = [("--report", opts.report), ("--worklist", opts.worklist), ("--parquet", opts.parquet)]
    for flag, target in outs:
        if target:
            check_writable(flag, target, opts.paths,
                           after="choose another file (nothing was audited)")
    if opts.worklist:
        ext = Path(opts.worklist).suffix.lower()
        if ext not in WORKLIST_FORMATS:
            raise StoreError(f"--worklist {opts.worklist}: unknown format {ext or '(none)'}; "
                             "use .csv, .xlsx or .parquet")
        if ext == ".xlsx":
            import importlib.util

            if importlib.util.find_spec("xlsxwriter") is None:
                raise StoreError("--worklist .xlsx needs XlsxWriter; pip install "
                                 "'notelint[audit]', or write .csv")
    if opts.store:
        from notelint.audit.store import check_store_path

        check_store_path(opts.store)


def _secret() -> tuple[bytes, str]:
    """The patient-hash key and its check value (``key_id``, safe to store)."""
    key = os.environ.get(KEY_ENV)
    if key:
        return key.encode(), _key_id(key.encode())
    print(f"notelint: warning: {KEY_ENV} is not set; patients are hashed with a one-off key, "
          "cannot be linked to earlier runs, and every record is linted again",
          file=sys.stderr)
    return secrets.token_bytes(32), f"one-off-{secrets.token_hex(4)}"


def _key_id(secret: bytes) -> str:
    return hmac.new(secret, b"notelint-audit-key-id", hashlib.sha256).hexdigest()[:16]


def _worker_secret(key_id: str) -> bytes:
    """On a cluster's worker: the key from its own environment (the key never travels
    with the tasks), checked against the audit's."""
    import socket

    key = os.environ.get(KEY_ENV, "").encode()
    if not key or _key_id(key) != key_id:
        raise UserError(f"a Dask worker on {socket.gethostname()} has "
                        f"{'another' if key else 'no'} {KEY_ENV}; set the audit's key in "
                        "every worker's environment and restart the workers")
    return key


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("notelint")
    except PackageNotFoundError:  # pragma: no cover
        return "unknown"


def _task_key(t: Task) -> str:
    """Names a task in the store (for ``--resume``): the path masked like every output;
    the inode keeps two files whose names differ only in the masked digits apart."""
    try:
        st = os.stat(t.path)
        stamp = f"{st.st_size}:{st.st_mtime_ns}:{st.st_ino}"
    except OSError:
        stamp = "missing"
    return f"{pii.mask_text(printable(t.path))}|{t.start}|{t.end}|{stamp}"


def _code_stamp() -> str:
    """notelint's version and its code and data files (size, mtime): any change to a rule,
    the NLP pipeline or a lexicon makes every cached record stale."""
    import notelint

    h = hashlib.sha256(_version().encode())
    roots = [Path(notelint.__file__).parent]
    try:
        import notelint.models_data as md

        roots.append(Path(md.__file__).parent)
    except ImportError:  # pragma: no cover
        pass
    for root in roots:
        for p in sorted(root.rglob("*")):
            if not p.is_file() or "__pycache__" in p.parts or _not_about_findings(p):
                continue
            st = p.stat()
            h.update(f"{p}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


def _not_about_findings(p: Path) -> bool:
    """Files that do not change which findings a record gets (reports, commands, servers)."""
    if p.parent.name == "audit":
        return p.name != "rows.py"
    return p.parent.name == "report" or p.name.endswith("_cli.py") or p.name in (
        "cli.py", "serve.py", "preview.py", "sorting.py", "baseline.py", "docs.py")


# ------------------------------------------------------------------ worker side (both engines)


@dataclass(frozen=True)
class GroupSpec:
    """What a worker needs to lint one configuration group (picklable)."""

    sig: str
    ruleset: Any
    codes: tuple[str, ...]
    settings: tuple[tuple[str, Any], ...]
    label: str
    key_id: str = ""
    version: str = ""


_WORKER: dict[str, Any] = {}


def _engine_for(spec: GroupSpec) -> Any:
    if _WORKER.get("sig") != spec.sig:
        from notelint.engine import Engine
        from notelint.rules import get_rule

        rules = [r for r in (get_rule(c) for c in spec.codes) if r is not None]
        _WORKER.update(sig=spec.sig, engine=Engine(spec.ruleset, rules,
                                                   settings=dict(spec.settings)))
    return _WORKER["engine"]


def _warm(spec: GroupSpec) -> None:
    """Load the engine for ``spec`` and the NLP pipeline by linting a made-up note."""
    from notelint.model import Record

    sample = Record.model_validate({
        "patient": {"id": "19121212-1212"}, "notes": [{
            "id": "warmup", "system": "Melior", "template": "Läkaranteckning",
            "time": "2024-03-12T14:05:00", "sections": [{
                "keyword": "Bedömning", "text": "Misstänkt pneumoni, ingen misstanke om sepsis."}]}]})
    try:
        _engine_for(spec).lint_record(sample, "warmup")
    except Exception:  # noqa: BLE001  the workers report what fails, with the record's place
        pass


def run_task(task: Task, jsonl: bool, spec: GroupSpec, secret: bytes | None, key: str,
             ignored: list[str], skip: frozenset[int]) -> TaskResult:
    """Audit one task; runs in a pool worker or on a Dask worker (``secret`` None: the
    worker's own ``NOTELINT_AUDIT_KEY``)."""
    import socket
    from notelint.readers import read_file

    if spec.version and spec.version != _version():
        raise UserError(f"a Dask worker on {socket.gethostname()} runs notelint {_version()}, "
                        f"the audit {spec.version}; install the same version on every worker")
    if secret is None:
        secret = _worker_secret(spec.key_id)
    engine = _engine_for(spec)
    if jsonl:
        items: Any = iter_jsonl(task.path, task.start, task.end, task.line, skip)
    else:
        data = file_bytes(task.path)  # only a regular file, bounded: as read_file reads it
        h = record_hash(task.path, b"\0unreadable" if data is None else data)
        items = ((h, 1, item) for item in read_file(task.path))
    return audit_task(engine, items, key, secret, spec.label, ignored)


def _star(args: tuple[Any, ...]) -> TaskResult:
    return run_task(*args)


def _local(work: list[tuple[Any, ...]], jobs: int) -> Iterator[TaskResult]:
    if jobs <= 1 or len(work) <= 1:
        for w in work:
            yield run_task(*w)
        return
    import multiprocessing as mp

    fork = "fork" in mp.get_all_start_methods()
    if fork:  # the rules and the NLP pipeline load once, here; the forked workers share them
        _warm(work[0][2])
    ctx = mp.get_context("fork" if fork else None)
    with ctx.Pool(min(jobs, len(work))) as pool:
        yield from pool.imap_unordered(_star, work)


def _dask(work: list[tuple[Any, ...]], jobs: int, scheduler: str | None) -> Iterator[TaskResult]:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise RuntimeError("the dask engine needs `pip install 'notelint[audit]'`") from None
    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except OSError as e:
            raise UserError(f"--scheduler {scheduler}: cannot connect ({e}); is `dask "
                            "scheduler` running there, and reachable from here?") from None
        try:
            client.wait_for_workers(1, timeout=WORKER_WAIT_S)
        except TimeoutError:
            client.close()
            raise UserError(f"--scheduler {scheduler}: no worker joined in {WORKER_WAIT_S} s; "
                            f"start `dask worker {scheduler}` where the export and store "
                            "are mounted") from None
        # the patient-hash key stays out of the tasks: each worker reads its own
        work = [(*w[:3], None if not w[2].key_id.startswith("one-off") else w[3], *w[4:])
                for w in work]
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


def _groups(opts: AuditOptions, key_id: str) -> list[tuple[GroupSpec, Any, list[str]]]:
    from notelint.lint import LintOptions, config_groups

    stamp = _code_stamp()
    out = []
    # a cluster's workers run elsewhere (another working directory): absolute paths
    paths = [os.path.abspath(x) for x in opts.paths] if opts.scheduler else opts.paths
    for g in config_groups(LintOptions(paths=paths, ruleset=opts.ruleset,
                                       select=opts.select, ignore=opts.ignore,
                                       config=opts.config, isolated=opts.isolated,
                                       journal_system=opts.journal_system)):
        codes = tuple(r.code for r in g.rules)
        settings = tuple(sorted((k, repr(v) if k != "severity" else tuple(sorted(v.items())))
                                for k, v in g.settings.items()))
        label = g.ruleset.name
        sig = hashlib.sha256("\x1f".join([
            stamp, key_id, g.ruleset.model_dump_json(), ",".join(codes), repr(settings),
            repr(sorted(g.cfg.per_file_ignores.items()))]).encode()).hexdigest()[:20]
        spec = GroupSpec(sig, g.ruleset, codes, tuple((k, v) for k, v in g.settings.items()),
                         label, key_id, _version())
        out.append((spec, g.cfg, g.paths))
    return out


def _hashes(task: Task, jsonl: bool) -> list[tuple[str, int]]:
    if jsonl:
        return list(jsonl_hashes(task.path, task.start, task.end, task.line))
    data = file_bytes(task.path)  # (not a regular file, unreadable, too big: linted again)
    return [] if data is None else [(record_hash(task.path, data), 1)]


def run_audit(opts: AuditOptions) -> AuditOutcome:
    from notelint.model import SEVERITY_RANK
    from notelint.lint import reads_journal_system
    from notelint.outputs import replacing
    from notelint.parallel import _is_jsonl

    started = time.perf_counter()
    check_output_paths(opts)
    store = Store(opts.store or ":memory:")
    try:
        secret, key_id = _secret()
        store.check_key(key_id)
        groups = _groups(opts, key_id)
        jobs = effective_jobs(opts.jobs)
        planned: list[tuple[Task, bool, GroupSpec, Any, str]] = []
        for spec, cfg, paths in groups:
            for t in plan_tasks(paths, jobs):
                jsonl = t.end is not None or _is_jsonl(t.path)
                planned.append((t, jsonl, spec, cfg, _task_key(t)))
        labels = sorted({s.label for s, _, _ in groups}) or ["national"]
        config_hash = hashlib.sha256("|".join(s.sig for s, _, _ in groups).encode()).hexdigest()[:12]
        signature = hashlib.sha256("\n".join(
            [config_hash, *sorted(k for *_, k in planned)]).encode()).hexdigest()[:20]
        if opts.resume:
            run_id = store.resumable(signature, key_id)
        else:
            versions = sorted({s.ruleset.version for s, _, _ in groups})
            run_id = store.new_run({
                "ruleset": ", ".join(labels), "ruleset_version": ", ".join(versions),
                "config_hash": config_hash, "signature": signature, "key_id": key_id,
                "engine": opts.engine, "jobs": jobs, "notelint_version": _code_stamp()})
        done = store.done_tasks(run_id)
        source = store.cache_run(key_id, run_id)
        known: dict[str, set[str]] = {}
        work: list[tuple[Any, ...]] = []
        staged: list[tuple[str, str, str, str, int]] = []
        carried: list[TaskResult] = []
        to_lint = 0
        thresholds: dict[str, int] = {}
        reused = 0
        for t, jsonl, spec, cfg, key in planned:
            thresholds[key] = SEVERITY_RANK[opts.fail_on or cfg.fail_on or "warning"]
            if key in done:
                continue
            hits: list[tuple[str, int]] = []
            everything = False
            n_lint = IN_PROCESS_BELOW  # records to lint; not counted (no earlier run): "many"
            if source is not None:
                if spec.sig not in known:
                    known[spec.sig] = store.known_hashes(source, spec.sig)
                if known[spec.sig]:
                    hashes = _hashes(t, jsonl)
                    hits = [(h, line) for h, line in hashes if h in known[spec.sig]]
                    everything = bool(hits) and len(hits) == len(hashes)
                    n_lint = len(hashes) - len(hits)
            reused += len(hits)
            staged.extend((key, spec.sig, h, t.path, line) for h, line in hits)
            if everything:
                carried.append(TaskResult(key))
                continue
            skip = frozenset(line for _, line in hits)
            to_lint += n_lint
            work.append((t, jsonl, spec, secret, key, cfg.ignored_for(t.path), skip))
        if staged:
            store.stage_carry(staged)
        if carried:  # tasks whose every record is unchanged: one transaction for them all
            store.add_tasks(run_id, carried, {}, source)
        spec_of = {w[4]: w[2] for w in work}
        show = opts.progress if opts.progress is not None else sys.stderr.isatty()
        results = (_dask(work, jobs, opts.scheduler) if opts.engine == "dask"
                   else _local(work, jobs if to_lint >= IN_PROCESS_BELOW else 1))
        records = systemless = 0
        systems: list[str] = []
        t0 = time.perf_counter()
        for i, res in enumerate(results, 1):
            spec = spec_of[res.key]
            store.add_task(run_id, res, spec.sig, source)
            records += len(res.records)
            if res.systemless and reads_journal_system(spec.ruleset, spec.codes):
                systemless += res.systemless
                systems.extend(x for x in spec.ruleset.journal_systems if x not in systems)
            if show:
                rate = records / max(time.perf_counter() - t0, 1e-9)
                eta = (time.perf_counter() - t0) / i * (len(work) - i)
                print(f"\r{i}/{len(work)} tasks · {records} records · {rate:,.0f} records/s · "
                      f"ETA {eta:,.0f} s", end="", file=sys.stderr, flush=True)
        if show and work:
            print(file=sys.stderr)
        files = len({t.path for t, *_ in planned})
        store.finish_run(run_id, files, time.perf_counter() - started, reused)
        run = store.run(run_id)
        failing = 0
        for key, sev, n in store.query("SELECT task_key, severity, count(*) FROM findings "
                                       "WHERE run_id = ? GROUP BY 1, 2", [run_id]):
            failing += n if SEVERITY_RANK[sev] >= thresholds.get(key, 1) else 0
        # each written whole or not at all (a full disk leaves no half report)
        if opts.report:
            from notelint.audit.report import write_report

            with replacing("--report", opts.report) as target:
                write_report(store, run_id, target, min_group=opts.min_group)
        wl_rows = None
        if opts.worklist:
            from notelint.audit.worklist import write_worklist

            with replacing("--worklist", opts.worklist, "the worklist") as target:
                wl_rows = write_worklist(store, run_id, target, units=opts.units,
                                         min_severity=opts.min_severity)
        if opts.parquet:
            with replacing("--parquet", opts.parquet, "the findings table") as target:
                store.export_parquet(target)
        return AuditOutcome(run_id, files, run["records"], run["notes"], run["findings"],
                            run["broken"], len(done), time.perf_counter() - started,
                            reused_records=reused, failing=failing, worklist_rows=wl_rows,
                            systemless=systemless, systems=systems)
    finally:
        store.close()
