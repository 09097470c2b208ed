"""notelint audit: store rows, idempotent re-runs and resume, report with SVG charts, dask."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from notelint.audit.runner import AuditOptions, run_audit
from notelint.audit.store import Store
from notelint.cli import main

from conftest import PNR

duckdb = pytest.importorskip("duckdb")


def _export(tmp_path, n=30):
    lines = []
    for i in range(n):
        lines.append(json.dumps({
            "patient": {"id": PNR}, "as_of": "2024-06-30T00:00:00",
            "access_events": [{"id": f"a{i}", "action": "seal", "initiated_by": "staff",
                               "unit": {"name": f"Enhet {i % 3}", "hsa_id": f"SE2321000032-{i % 3}"},
                               "ordered": f"2024-0{1 + i % 5}-04T10:00:00", "start": f"2024-0{1 + i % 5}-04",
                               "decided_by": {"role": "verksamhetschef"}, "ongoing_care": True}],
        }))
    lines.insert(7, "{trasig rad")
    p = tmp_path / "export.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_store_rows_no_pii_and_rerun_does_not_duplicate(tmp_path, monkeypatch):
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "test-key")
    exp, db = _export(tmp_path), tmp_path / "f.duckdb"
    out1 = run_audit(AuditOptions([str(exp)], "skane", store=str(db), jobs=1))
    assert out1.records == 30 and out1.broken == 1 and out1.findings > 0
    out2 = run_audit(AuditOptions([str(exp)], "skane", store=str(db), jobs=1))
    assert out2.run_id == out1.run_id and out2.skipped_tasks == 1
    s = Store(db)
    (count,) = s.query("SELECT count(*) FROM findings WHERE run_id = ?", [out1.run_id])[0]
    assert count == out1.findings
    dump = json.dumps(s.query("SELECT * FROM findings", []), default=str)
    assert PNR not in dump and "1212-1212" not in dump and "121212121212" not in dump
    keys = {r[0] for r in s.query("SELECT patient_key FROM findings WHERE patient_key IS NOT NULL", [])}
    assert len(keys) == 1  # same patient, same keyed hash
    s.close()


def test_interrupted_task_rows_are_replaced(tmp_path, monkeypatch):
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    exp, db = _export(tmp_path), tmp_path / "f.duckdb"
    out = run_audit(AuditOptions([str(exp)], "skane", store=str(db), jobs=1))
    s = Store(db)
    # simulate a crash after rows were written but before the task was marked done
    s.db.execute("DELETE FROM tasks WHERE run_id = ?", [out.run_id])
    s.close()
    out2 = run_audit(AuditOptions([str(exp)], "skane", store=str(db), jobs=1))
    assert out2.skipped_tasks == 0 and out2.findings == out.findings


def test_parallel_equals_serial(tmp_path, monkeypatch):
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    a = tmp_path / "a"; a.mkdir()
    for i in range(3):
        _export(a, 10 + i).rename(a / f"e{i}.jsonl")
    one = run_audit(AuditOptions([str(a)], "skane", store=str(tmp_path / "1.duckdb"), jobs=1))
    two = run_audit(AuditOptions([str(a)], "skane", store=str(tmp_path / "2.duckdb"), jobs=2))
    assert (one.records, one.findings, one.broken) == (two.records, two.findings, two.broken)


def test_report_is_offline_with_svg_charts_and_trend(tmp_path, monkeypatch):
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    exp, db, rep = _export(tmp_path, 12), tmp_path / "f.duckdb", tmp_path / "r.html"
    run_audit(AuditOptions([str(exp)], "skane", store=str(db), jobs=1))
    exp2 = _export(tmp_path, 20)  # same path, new content: a new run
    run_audit(AuditOptions([str(exp2)], "skane", store=str(db), report=str(rep), jobs=1, min_group=3))
    page = rep.read_text("utf-8")
    assert page.count("<svg") >= 3
    assert not re.search(r"(src|href)=\"https?://", page)  # nothing fetched
    assert "Föregående körning" in page and "<rect" in page
    assert PNR not in page


def test_audit_cli_exit_and_bad_ruleset(tmp_path, monkeypatch):
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    exp = _export(tmp_path, 5)
    r = CliRunner().invoke(main, ["audit", str(exp), "--ruleset", "skane", "--jobs", "1"])
    assert r.exit_code == 2 and "1 unreadable" in r.output
    r = CliRunner().invoke(main, ["audit", str(exp), "--ruleset", "nope"])
    assert r.exit_code == 2 and "Traceback" not in r.output


def test_dask_local_cluster_matches_local(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    exp = _export(tmp_path, 15)
    local = run_audit(AuditOptions([str(exp)], "skane", jobs=1))
    dask = run_audit(AuditOptions([str(exp)], "skane", engine="dask", jobs=2))
    assert (dask.records, dask.findings, dask.broken) == (local.records, local.findings, local.broken)


def test_broken_store_file_is_one_line_not_a_traceback(tmp_path, monkeypatch):
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    bad = tmp_path / "store.duckdb"
    bad.write_text("inte en databas", encoding="utf-8")
    r = CliRunner().invoke(main, ["audit", str(_export(tmp_path, 3)), "--ruleset", "kalmar",
                                  "--store", str(bad), "--jobs", "1"])
    assert r.exit_code == 2 and "Traceback" not in r.output
    assert "findings store" in r.output
