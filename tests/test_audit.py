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


def test_store_rows_no_pii_and_a_reaudit_is_a_new_run(tmp_path, monkeypatch):
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "test-key")
    exp, db = _export(tmp_path), tmp_path / "f.duckdb"
    out1 = run_audit(AuditOptions([str(exp)], "skane", store=str(db), jobs=1))
    assert out1.records == 30 and out1.broken == 1 and out1.findings > 0
    out2 = run_audit(AuditOptions([str(exp)], "skane", store=str(db), jobs=1))
    assert out2.run_id != out1.run_id and out2.skipped_tasks == 0  # history accrues
    assert out2.reused_records == 31 and out2.findings == out1.findings  # nothing re-linted
    s = Store(db)
    for run in (out1.run_id, out2.run_id):
        (count,) = s.query("SELECT count(*) FROM findings WHERE run_id = ?", [run])[0]
        assert count == out1.findings
    assert len(s.runs()) == 2
    dump = json.dumps(s.query("SELECT * FROM findings", []), default=str)
    assert PNR not in dump and "1212-1212" not in dump and "121212121212" not in dump
    keys = {r[0] for r in s.query("SELECT patient_key FROM findings WHERE patient_key IS NOT NULL", [])}
    assert len(keys) == 1  # same patient, same keyed hash
    s.close()


def test_interrupted_task_rows_are_replaced_on_resume(tmp_path, monkeypatch):
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    exp, db = _export(tmp_path), tmp_path / "f.duckdb"
    out = run_audit(AuditOptions([str(exp)], "skane", store=str(db), jobs=1))
    s = Store(db)
    # simulate a crash after rows were written but before the task was marked done
    s.db.execute("DELETE FROM tasks WHERE run_id = ?", [out.run_id])
    s.db.execute("UPDATE runs SET status = 'running' WHERE run_id = ?", [out.run_id])
    s.close()
    out2 = run_audit(AuditOptions([str(exp)], "skane", store=str(db), jobs=1, resume=True))
    assert out2.run_id == out.run_id
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
    assert "Sedan förra körningen" in page and "Åtgärdade" in page and "<rect" in page
    assert PNR not in page
    # one language for the reader: Swedish titles and severities, routines by name, docs inline
    assert "Försegling utan slutdatum" in page and ">fel<" in page
    assert "Region Skåne: Journalen via nätet" in page and "001_50562764b7ab6852" not in page
    assert "docs/rules.md" not in page and 'id="regel-NL303"' in page
    assert ">error<" not in page and ">warning<" not in page


def test_audit_cli_exit_and_bad_ruleset(tmp_path, monkeypatch):
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    exp = _export(tmp_path, 5)
    r = CliRunner().invoke(main, ["audit", str(exp), "--ruleset", "skane", "--jobs", "1"])
    assert r.exit_code == 2 and "1 oläsbar," in r.output
    good = tmp_path / "good.jsonl"
    good.write_text("\n".join(l for l in exp.read_text("utf-8").splitlines()
                              if not l.startswith("{trasig")), encoding="utf-8")
    r = CliRunner().invoke(main, ["audit", str(good), "--ruleset", "skane", "--jobs", "1"])
    assert r.exit_code == 1, r.output  # errors found: exit 1, as lint
    r = CliRunner().invoke(main, ["audit", str(good), "--ruleset", "skane", "--jobs", "1",
                                  "--exit-zero"])
    assert r.exit_code == 0
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
    assert "not a DuckDB findings store" in r.output and "close other programs" not in r.output


# ---------------------------------------------------------------- worklist, history, cache

SECRET_TEXT = "Pat berättar att maken Örjan Ekdahl slog henne i går kväll"


def _notes_export(tmp_path, name="notes.jsonl", n=12, extra=""):
    lines = []
    for i in range(n):
        lines.append(json.dumps({
            "patient": {"id": PNR}, "as_of": "2024-06-30T00:00:00",
            "notes": [{"id": f"MEL-{i}", "system": "Melior", "template": "Läkaranteckning",
                       "unit": {"name": f"Enhet {i % 2}", "hsa_id": f"SE2321000032-{i % 2}"},
                       "time": f"2024-0{1 + i % 3}-05T10:00:00", "signed": f"2024-0{1 + i % 3}-05T11:00:00",
                       "sections": [{"keyword": "Aktuellt", "text": SECRET_TEXT + extra},
                                    {"keyword": "Bedömning", "text": "Misstänkt bipolär sjukdom."}]}],
            "access_events": [{"id": f"AE-{i}", "action": "seal", "initiated_by": "staff",
                               "unit": {"name": "Enhet 0", "hsa_id": "SE2321000032-0"},
                               "ordered": "2024-05-04T10:00:00", "start": "2024-05-04",
                               "decided_by": {"role": "verksamhetschef"}, "ongoing_care": True}],
        }, ensure_ascii=False))
    p = tmp_path / name
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_worklist_rows_name_the_target_and_carry_no_text_or_pnr(tmp_path, monkeypatch):
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    # the export's file name holds the identity number too (exports are named by patient)
    exp, db = _notes_export(tmp_path, name=f"patient_{PNR}.jsonl"), tmp_path / "s.duckdb"
    csv_, xlsx, pq, rep = (tmp_path / f"w.{e}" for e in ("csv", "xlsx", "parquet", "html"))
    everything = tmp_path / "store.parquet"
    r = CliRunner().invoke(main, ["audit", str(exp), "--ruleset", "skane", "--jobs", "1",
                                  "--store", str(db), "--worklist", str(csv_), "--report", str(rep),
                                  "--parquet", str(everything)])
    assert r.exit_code == 1, r.output
    import csv

    rows = list(csv.DictReader(csv_.open(encoding="utf-8")))
    kinds = {(row["code"][:3], row["target_kind"]) for row in rows}
    assert ("NL3", "access_event") in kinds and ("NL1", "note") in kinds
    assert {row["target_id"] for row in rows if row["target_kind"] == "note"} >= {"MEL-0", "MEL-1"}
    assert all(row["message"] and row["ruleset"] == "skane" and len(row["patient_key"]) == 24
               for row in rows if row["code"] != "NL901")
    for fmt, target in (("xlsx", xlsx), ("parquet", pq)):
        r = CliRunner().invoke(main, ["audit", str(exp), "--ruleset", "skane", "--jobs", "1",
                                      "--store", str(db), "--worklist", str(target),
                                      "--unit", "SE2321000032-1", "--min-severity", "error"])
        assert r.exit_code == 1 and "worklist" in r.output, r.output
    q = duckdb.sql(f"SELECT DISTINCT unit_hsa_id, severity FROM '{pq}'").fetchall()
    assert q == [("SE2321000032-1", "error")]
    import zipfile

    with zipfile.ZipFile(xlsx) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode() + z.read("xl/sharedStrings.xml").decode() \
            if "xl/sharedStrings.xml" in z.namelist() else z.read("xl/worksheets/sheet1.xml").decode()
    assert "MEL-1" in sheet and "MEL-0" not in sheet
    # every artefact: no note text, no identity number in any form
    needles = [SECRET_TEXT, "Örjan Ekdahl", PNR, PNR.replace("-", ""), PNR[2:]]
    assert PNR not in r.output and PNR.replace("-", "") not in r.output
    # the store's own values (its file may compress strings): every text column of every table
    con = duckdb.connect(str(db), read_only=True)
    texts = []
    for table, column in con.execute("SELECT table_name, column_name FROM "
                                     "information_schema.columns WHERE data_type = 'VARCHAR'").fetchall():
        texts += [v for (v,) in con.execute(f'SELECT DISTINCT "{column}" FROM "{table}"').fetchall() if v]
    con.close()
    blob = "\n".join(texts)
    assert "patient_" in blob and "MEL-3" in blob  # the search sees paths and ids
    for needle in (SECRET_TEXT, "Örjan Ekdahl", PNR, PNR.replace("-", ""), PNR[2:]):
        assert needle not in blob, needle
    for f in (db, csv_, xlsx, pq, rep, everything):
        data = f.read_bytes()
        if f.suffix == ".xlsx":
            with zipfile.ZipFile(f) as z:
                data = b"".join(z.read(n) for n in z.namelist())
        for needle in needles:
            assert needle.encode() not in data, (f.name, needle)


def test_unchanged_records_are_carried_over_and_a_rule_change_recomputes(tmp_path, monkeypatch):
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    exp, db = _notes_export(tmp_path, n=10), tmp_path / "s.duckdb"
    first = run_audit(AuditOptions([str(exp)], "skane", store=str(db), jobs=1))
    lines = exp.read_text("utf-8").splitlines()
    lines[3] = lines[3].replace("bipolär sjukdom", "schizofreni")  # one record changed
    lines.insert(0, lines.pop())  # and the order changed: lines move
    exp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    second = run_audit(AuditOptions([str(exp)], "skane", store=str(db), jobs=1))
    assert second.reused_records == 9
    fresh = run_audit(AuditOptions([str(exp)], "skane", store=str(tmp_path / "n.duckdb"), jobs=1))
    s = Store(db)
    cols = "code, severity, message, target_id, unit_hsa_id, day, fingerprint, patient_key, path, line"
    got = sorted(s.query(f"SELECT {cols} FROM findings WHERE run_id = ?", [second.run_id]))
    s.close()
    s2 = Store(tmp_path / "n.duckdb")
    want = sorted(s2.query(f"SELECT {cols} FROM findings WHERE run_id = ?", [fresh.run_id]))
    vols = s2.query("SELECT kind, sum(n) FROM volumes GROUP BY 1 ORDER BY 1", [])
    s2.close()
    assert got == want and first.findings > 0  # identical to a run from scratch, lines included
    s = Store(db)
    assert s.query("SELECT kind, sum(n) FROM volumes WHERE run_id = ? GROUP BY 1 ORDER BY 1",
                   [second.run_id]) == vols
    s.close()
    # another rule selection (or ruleset) is another signature: every record is linted again
    third = run_audit(AuditOptions([str(exp)], "skane", store=str(db), jobs=1, ignore=["NL103"]))
    assert third.reused_records == 0
    fourth = run_audit(AuditOptions([str(exp)], "vgr", store=str(db), jobs=1))
    assert fourth.reused_records == 0


def test_key_change_and_resume_mismatch_are_refused(tmp_path, monkeypatch):
    exp, db = _notes_export(tmp_path, n=3), tmp_path / "s.duckdb"
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "first-key")
    run_audit(AuditOptions([str(exp)], "skane", store=str(db), jobs=1))
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "second-key")
    r = CliRunner().invoke(main, ["audit", str(exp), "--ruleset", "skane", "--jobs", "1",
                                  "--store", str(db)])
    assert r.exit_code == 2 and "another NOTELINT_AUDIT_KEY" in r.output
    assert "Traceback" not in r.output
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "first-key")
    r = CliRunner().invoke(main, ["audit", str(exp), "--ruleset", "skane", "--jobs", "1",
                                  "--store", str(db), "--resume"])
    assert r.exit_code == 2 and "no unfinished run" in r.output
    s = Store(db)
    s.db.execute("UPDATE runs SET status = 'running'")
    s.close()
    r = CliRunner().invoke(main, ["audit", str(exp), "--ruleset", "vgr", "--jobs", "1",
                                  "--store", str(db), "--resume"])
    assert r.exit_code == 2 and "other inputs, ruleset, rules or settings" in r.output


def test_output_paths_are_checked_before_the_audit(tmp_path, monkeypatch):
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    exp = _notes_export(tmp_path, n=2)
    for flag, target, says in (
            ("--report", tmp_path / "nope" / "r.html", "does not exist"),
            ("--worklist", tmp_path / "nope" / "w.csv", "does not exist"),
            ("--worklist", tmp_path / "w.ods", "use .csv, .xlsx or .parquet"),
            ("--store", tmp_path / "nope" / "s.duckdb", "does not exist")):
        r = CliRunner().invoke(main, ["audit", str(exp), "--ruleset", "skane", "--jobs", "1",
                                      flag, str(target)])
        assert r.exit_code == 2, (flag, r.output)
        lines = [l for l in r.output.splitlines() if l.startswith("notelint: error")]
        assert len(lines) == 1 and says in lines[0] and flag in lines[0], r.output
        assert "audit " not in r.output  # nothing was audited


def test_audit_and_lint_agree_on_examples(tmp_path, monkeypatch):
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    from notelint.lint import LintOptions, lint_paths

    examples = str(__import__("pathlib").Path(__file__).parent.parent / "examples")
    lint = lint_paths(LintOptions([examples]))
    out = run_audit(AuditOptions([examples], None, store=str(tmp_path / "s.duckdb"), jobs=1))
    assert out.findings == len(lint.findings) and out.records == lint.records
    s = Store(tmp_path / "s.duckdb")
    rulesets = {r[0] for r in s.query("SELECT DISTINCT ruleset FROM findings", [])}
    s.close()
    assert rulesets == {"skane", "vgr", "jonkoping", "kalmar"}


def test_every_rule_has_a_swedish_title():
    from notelint.rules import all_rules
    from notelint.rules.sv import RULES_SV

    assert {r.code for r in all_rules()} <= set(RULES_SV)


def test_a_few_changed_records_are_linted_without_worker_processes(tmp_path, monkeypatch):
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    d = tmp_path / "export"
    d.mkdir()
    files = [_notes_export(d, name=f"del{i}.jsonl", n=4) for i in range(3)]
    db = tmp_path / "s.duckdb"
    run_audit(AuditOptions([str(d)], "skane", store=str(db), jobs=1))
    for f in files[:2]:  # one record changed in each of two files: two tasks to lint
        lines = f.read_text("utf-8").splitlines()
        lines[1] = lines[1].replace("bipolär sjukdom", "schizofreni")
        f.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def no_pool(*a, **k):
        raise AssertionError("a worker pool was started for two changed records")

    import multiprocessing

    monkeypatch.setattr(multiprocessing, "get_context", no_pool)
    out = run_audit(AuditOptions([str(d)], "skane", store=str(db), jobs=2))
    assert out.reused_records == 10 and out.records == 12


def test_the_cache_is_the_previous_run_only(tmp_path, monkeypatch):
    """Bounded: what a re-audit can reuse is the latest complete run's rows, never an
    ever-growing pile of every record ever seen."""
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    exp, db = _notes_export(tmp_path, n=5), tmp_path / "s.duckdb"
    original = exp.read_text("utf-8")
    run_audit(AuditOptions([str(exp)], "skane", store=str(db), jobs=1))
    exp.write_text(original.replace("MEL-2", "MEL-20"), encoding="utf-8")
    assert run_audit(AuditOptions([str(exp)], "skane", store=str(db), jobs=1)).reused_records == 4
    exp.write_text(original, encoding="utf-8")  # back as in the first run: MEL-2 linted again
    assert run_audit(AuditOptions([str(exp)], "skane", store=str(db), jobs=1)).reused_records == 4


def test_a_store_in_use_by_another_process_is_refused_in_one_line(tmp_path, monkeypatch):
    import subprocess
    import sys

    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    exp, db = _notes_export(tmp_path, n=2), tmp_path / "s.duckdb"
    run_audit(AuditOptions([str(exp)], "skane", store=str(db), jobs=1))
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
         "print('open', flush=True); time.sleep(60)", str(db)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        r = CliRunner().invoke(main, ["audit", str(exp), "--ruleset", "skane", "--jobs", "1",
                                      "--store", str(db)])
        assert r.exit_code == 2 and "in use by another process" in r.output, r.output
    finally:
        holder.kill()
        holder.wait(timeout=30)
    s = Store(db)  # the other process's run is untouched: one complete run, no half run
    assert [r["status"] for r in s.runs()] == ["complete"]
    s.close()


def test_a_changed_rule_file_recomputes_everything(tmp_path, monkeypatch):
    import os

    import notelint.rules.access as rule_file

    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    exp, db = _notes_export(tmp_path, n=3), tmp_path / "s.duckdb"
    run_audit(AuditOptions([str(exp)], "skane", store=str(db), jobs=1))
    path = rule_file.__file__
    st = os.stat(path)
    try:  # the rule's code changed (an upgrade, a local patch): nothing is carried over
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
        assert run_audit(AuditOptions([str(exp)], "skane", store=str(db), jobs=1)).reused_records == 0
    finally:
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


def test_units_and_ids_holding_an_identity_number_are_masked_and_keep_their_rows(tmp_path,
                                                                                 monkeypatch):
    """A sole trader's HSA-id and a unit name can hold the owner's personnummer: masked in
    the store, worklist and report. A finding whose note id was masked (or escaped) keeps
    its unit and day, and the --unit filter finds it by the masked name."""
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    unit = {"name": "Psyk 19121212-1212", "hsa_id": "SE-191212121212"}
    notes = [{"id": nid, "system": "Melior", "unit": unit, "time": "2024-03-12T14:05:00",
              "signed": "2024-03-12T15:00:00",
              "sections": [{"keyword": "Bedömning", "text": "Misstänkt bipolär sjukdom."}]}
             for nid in ("n1", "n-19121212-1212", "n-tab\tx")]
    exp = tmp_path / "u.jsonl"
    exp.write_text(json.dumps({"patient": {"id": PNR}, "as_of": "2024-06-30T00:00:00",
                               "notes": notes}) + "\n", encoding="utf-8")
    work, html = tmp_path / "w.csv", tmp_path / "r.html"
    out = run_audit(AuditOptions([str(exp)], "skane", store=str(tmp_path / "s.duckdb"), jobs=1,
                                 worklist=str(work), report=str(html),
                                 units=["Psyk 19121212-1212"]))
    assert out.findings >= 3
    s = Store(tmp_path / "s.duckdb")
    rows = s.query("SELECT unit_name, unit_hsa_id, day, target_id FROM findings "
                   "WHERE code = 'NL102'", [])
    volumes = json.dumps(s.query("SELECT * FROM volumes", []), default=str)
    s.close()
    assert len(rows) == 3 and all(r[0] == "Psyk 19121212-XXXX" and r[2] is not None for r in rows)
    for text in (json.dumps(rows, default=str), volumes, work.read_text(encoding="utf-8"),
                 html.read_text(encoding="utf-8")):
        assert "1212-1212" not in text and "191212121212" not in text
    assert work.read_text(encoding="utf-8").count("NL102") == 3


def test_the_patient_key_is_the_same_however_the_number_is_written():
    from notelint.audit.rows import patient_key

    same = {patient_key(v, b"k") for v in ("191212121212", "19121212-1212", "121212+1212",
                                           " 19121212-1212 ")}
    assert len(same) == 1
    assert patient_key("121212-1212", b"k") not in same  # born 2012: someone else
    assert patient_key("19121212-1212", b"other key") not in same


def _one_note_export(tmp_path, unit, note_id="n1"):
    """One record of one Melior note (a hedged diagnosis) written at ``unit``."""
    note = {"id": note_id, "system": "Melior", "unit": unit, "time": "2024-03-12T14:05:00",
            "signed": "2024-03-12T15:00:00",
            "sections": [{"keyword": "Bedömning", "text": "Misstänkt bipolär sjukdom."}]}
    exp = tmp_path / "u.jsonl"
    exp.write_text(json.dumps({"patient": {"id": PNR}, "as_of": "2024-06-30T00:00:00",
                               "notes": [note]}) + "\n", encoding="utf-8")
    return exp


def test_markup_in_units_and_messages_cannot_break_the_reports_scripts(tmp_path, monkeypatch):
    """"<!--<script>" in a unit name switched the HTML parser into script data inside the
    worklist's JSON block: the next <script> (the worklist's code) was swallowed."""
    import re

    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    exp = _one_note_export(tmp_path, {"name": "Enhet <!--<script>alert(1)</script> </script>",
                                      "hsa_id": "SE2321000255-1000"})
    html = tmp_path / "r.html"
    run_audit(AuditOptions([str(exp)], "skane", store=str(tmp_path / "s.duckdb"), jobs=1,
                           report=str(html)))
    page = html.read_text(encoding="utf-8")
    block = re.search(r'<script type="application/json" id="wl-data">(.*?)</script>', page, re.S)
    assert block is not None and "<" not in block.group(1)
    data = json.loads(block.group(1))
    assert any("<!--<script>" in label for _, label in data["units"])
    assert "<!--" not in page.split('id="wl-data">', 1)[1].split("</script>", 1)[0]


def test_direction_and_control_characters_in_units_are_shown_not_obeyed(tmp_path, monkeypatch):
    """A U+202E (right-to-left override) in a unit name turned the rest of the line around in
    the HTML report, the worklist and a spreadsheet ("TSET" after it read "TEST"); it is
    written as an escape, as in a finding's id, everywhere the audit shows a unit."""
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    exp = _one_note_export(tmp_path, {"name": "Enhet \u202eTSET\u2066 \x1b[31m",
                                      "hsa_id": "SE2321000255-1\u202e000"}, "n\u202e1")
    html, csv = tmp_path / "r.html", tmp_path / "w.csv"
    run_audit(AuditOptions([str(exp)], "skane", store=str(tmp_path / "s.duckdb"), jobs=1,
                           report=str(html), worklist=str(csv)))
    for out in (html, csv):
        text = out.read_text(encoding="utf-8")
        assert not any(ch in text for ch in "\u202e\u2066\x1b"), out.name
        assert "Enhet \\u202eTSET\\u2066" in text, out.name
    assert "SE2321000255-1\\u202e000" in csv.read_text(encoding="utf-8")


def test_the_reports_csp_lets_only_its_own_script_run(tmp_path, monkeypatch):
    import base64
    import hashlib
    import re

    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    exp = tmp_path / "u.jsonl"
    exp.write_text(json.dumps({"patient": {"id": PNR}, "notes": [{"id": "n1", "system": "Melior",
        "sections": [{"keyword": "Bedömning", "text": "Misstänkt bipolär sjukdom."}]}]}) + "\n",
        encoding="utf-8")
    html = tmp_path / "r.html"
    run_audit(AuditOptions([str(exp)], "skane", store=str(tmp_path / "s.duckdb"), jobs=1,
                           report=str(html)))
    page = html.read_text(encoding="utf-8")
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page).group(1)
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 1 and "default-src 'none'" in csp and "unsafe-inline" not in csp.split(
        "script-src", 1)[1].split(";", 1)[0]
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp
    assert not re.search(r"\son[a-z]+=", page)  # no inline handler (the CSP would block it)


def test_a_month_without_volume_of_a_kind_renders_with_its_own_count(tmp_path, monkeypatch):
    """A month with notes but no access events (or the other way round) crashed the report
    (NameError) or showed an earlier month's count."""
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    unit = {"name": "Enhet A", "hsa_id": "SE2321000255-1000"}
    rec1 = {"patient": {"id": PNR}, "as_of": "2024-06-30T00:00:00",
            "access_events": [{"id": "a1", "action": "lock", "initiated_by": "staff", "unit": unit,
                               "ordered": "2024-01-02T10:00:00", "start": "2024-01-02"}]}
    rec2 = {"patient": {"id": "19800101-2387"}, "as_of": "2024-06-30T00:00:00",
            "notes": [{"id": "n1", "system": "Melior", "unit": unit, "time": "2024-03-12T14:05:00",
                       "signed": "2024-03-12T15:00:00",
                       "sections": [{"keyword": "Bedömning", "text": "Misstänkt bipolär sjukdom."}]}]}
    exp = tmp_path / "m.jsonl"
    exp.write_text(json.dumps(rec1) + "\n" + json.dumps(rec2) + "\n", encoding="utf-8")
    html = tmp_path / "m.html"
    run_audit(AuditOptions([str(exp)], "skane", store=str(tmp_path / "s.duckdb"), jobs=1,
                           report=str(html)))
    page = html.read_text(encoding="utf-8")
    assert "per 100" in page and "(0 fynd, 0 " in page
