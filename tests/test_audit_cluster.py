"""The Dask engine against a cluster as a region runs one: `dask scheduler` and `dask worker`
started as separate processes (bound to 127.0.0.1), `notelint audit --scheduler` as a third.

Skipped with a reason where `distributed` is not installed (it comes with
``pip install '.[audit]'`` and ``'.[dev]'``). Every step has a timeout and every process
started here is ended in a ``finally``, so a broken cluster fails the test instead of hanging it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from notelint.audit.runner import AuditOptions, run_audit
from notelint.audit.store import Store
from notelint.cli import main

pytest.importorskip("distributed", reason="the Dask engine needs distributed: "
                                          "pip install '.[audit]'")

from test_audit import _notes_export  # noqa: E402

COLS = ("code, severity, message, target_kind, target_id, unit_hsa_id, day, fingerprint, "
        "patient_key, path, line")
STARTUP_S = 90


def _start(args: list[str], log, env: dict[str, str], cwd) -> subprocess.Popen:
    # a session of its own: the worker's nanny and its child end with the group
    cwd.mkdir(exist_ok=True)
    return subprocess.Popen([sys.executable, "-m", "dask", *args], stdout=log, cwd=cwd,
                            stderr=subprocess.STDOUT, env=env, start_new_session=True)


def _stop(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGTERM)
    for p in procs:
        try:
            p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait(timeout=20)


def _rows(db) -> list[tuple]:
    s = Store(db)
    try:
        (run,) = s.query("SELECT run_id FROM runs ORDER BY started DESC LIMIT 1", [])[0]
        return sorted(s.query(f"SELECT {COLS} FROM findings WHERE run_id = ?", [run]))
    finally:
        s.close()


def test_audit_on_a_scheduler_and_workers_in_separate_processes(tmp_path, monkeypatch):
    key = "cluster-test-key-0123456789abcdef"
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", key)
    export = tmp_path / "export"  # the shared file system: export and store
    export.mkdir()
    for i in range(3):
        _notes_export(export, name=f"del{i}.jsonl", n=6 + i)
    (export / "trasig.json").write_text("{inte json", encoding="utf-8")
    local_db, cluster_db = tmp_path / "local.duckdb", tmp_path / "cluster.duckdb"
    monkeypatch.chdir(tmp_path)  # the audit is given a relative path; the workers run elsewhere
    local = run_audit(AuditOptions(["export"], "skane", store=str(local_db), jobs=1))

    sched_file = tmp_path / "scheduler.json"
    env = {**os.environ, "NOTELINT_AUDIT_KEY": key}
    log = (tmp_path / "cluster.log").open("w")
    procs: list[subprocess.Popen] = []
    try:
        procs.append(_start(["scheduler", "--host", "127.0.0.1", "--port", "0",
                             "--no-dashboard", "--scheduler-file", str(sched_file),
                             "--idle-timeout", "300s"], log, env, tmp_path / "s"))
        deadline = time.monotonic() + STARTUP_S
        while not sched_file.exists() or not sched_file.read_text():
            assert procs[0].poll() is None, (tmp_path / "cluster.log").read_text()
            assert time.monotonic() < deadline, "the scheduler did not start"
            time.sleep(0.2)
        time.sleep(0.2)  # the file is written in one go; let it be closed
        address = json.loads(sched_file.read_text())["address"]
        assert address.startswith("tcp://127.0.0.1:")
        for n in range(2):
            procs.append(_start(["worker", address, "--nworkers", "1", "--nthreads", "1",
                                 "--host", "127.0.0.1", "--no-dashboard", "--name", f"w{n}",
                                 "--death-timeout", "60", "--local-directory",
                                 str(tmp_path / f"w{n}")], log, env, tmp_path / f"w{n}"))
        from distributed import Client

        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=STARTUP_S)
        r = subprocess.run(
            [sys.executable, "-m", "notelint.cli", "audit", "export", "--ruleset", "skane",
             "--engine", "dask", "--scheduler", address, "--jobs", "2",
             "--store", str(cluster_db), "--exit-zero"],
            capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path)
        assert r.returncode == 2, r.stdout + r.stderr  # the broken file: as in lint
        assert "Traceback" not in r.stderr, r.stderr
        # identical findings; the paths are the absolute paths the workers opened (and an
        # unreadable file's fingerprint is made of its path)
        here = str(tmp_path) + os.sep

        def same(r: tuple) -> tuple:
            return (*r[:7], None if r[0] == "NL901" else r[7], r[8], r[9].removeprefix(here),
                    r[10])

        got = sorted(same(r) for r in _rows(cluster_db))
        assert got == sorted(same(r) for r in _rows(local_db)) and local.findings > 0
        assert all(r[-2].startswith(here) for r in _rows(cluster_db))
        # a worker without the audit's key refuses (the key never travels with the tasks)
        r = subprocess.run(
            [sys.executable, "-m", "notelint.cli", "audit", "export", "--ruleset", "skane",
             "--engine", "dask", "--scheduler", address, "--jobs", "2", "--exit-zero"],
            capture_output=True, text=True, timeout=300,
            env={**env, "NOTELINT_AUDIT_KEY": "another-key-0123456789abcdefghij"}, cwd=tmp_path)
        assert r.returncode == 2 and "another NOTELINT_AUDIT_KEY" in r.stderr, r.stderr
        assert "Traceback" not in r.stderr and "another-key" not in r.stderr + r.stdout
    finally:
        _stop(procs)
        log.close()


def test_an_unreachable_scheduler_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    exp = _notes_export(tmp_path, n=1)
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setattr("notelint.audit.runner.CONNECT_TIMEOUT", "2s")
    r = CliRunner().invoke(main, ["audit", str(exp), "--ruleset", "skane", "--engine", "dask",
                                  "--scheduler", f"tcp://127.0.0.1:{port}"])
    assert r.exit_code == 2 and "Traceback" not in r.output, r.output
    assert f"--scheduler tcp://127.0.0.1:{port}: cannot connect" in r.output
