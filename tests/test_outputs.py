"""Files the commands write: whole or not at all, links followed, every failure one line
naming the flag and the file (notelint/outputs.py)."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from notelint.cli import main
from notelint.errors import UserError
from notelint.outputs import check_writable, replacing

NOTE = "Patient: 19121212-1212\n\nBedömning: Pneumoni.\n"
full = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith((".tmp", ".tmp.html", ".tmp.csv"))
            or ".tmp." in p.name]


def test_a_failed_write_keeps_the_old_file_and_leaves_nothing_behind(tmp_path):
    out = tmp_path / "report.html"
    out.write_text("the old report", encoding="utf-8")
    os.chmod(out, 0o640)
    with pytest.raises(UserError) as caught:
        with replacing("--report", str(out)) as target:
            Path(target).write_text("half a rep", encoding="utf-8")
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert "--report" in str(caught.value) and "report.html" in str(caught.value)
    assert "No space left on device" in str(caught.value)
    assert out.read_text(encoding="utf-8") == "the old report"
    assert _leftovers(tmp_path) == []
    with replacing("--report", str(out)) as target:
        assert target != str(out) and target.endswith(".html")  # (the format stays readable)
        Path(target).write_text("the new report", encoding="utf-8")
    assert out.read_text(encoding="utf-8") == "the new report"
    assert stat.S_IMODE(out.stat().st_mode) == 0o640  # the old file's mode kept
    assert _leftovers(tmp_path) == []


def test_a_bug_while_writing_is_not_said_to_be_the_disk(tmp_path):
    with pytest.raises(KeyError):
        with replacing("--report", str(tmp_path / "r.html")) as target:
            Path(target).write_text("x", encoding="utf-8")
            raise KeyError("a bug")
    assert list(tmp_path.iterdir()) == []


def test_a_link_is_followed_not_replaced(tmp_path):
    real = tmp_path / "real" / "w.csv"
    real.parent.mkdir()
    link = tmp_path / "w.csv"
    link.symlink_to(real)
    check_writable("--worklist", str(link))
    with replacing("--worklist", str(link)) as target:
        Path(target).write_text("a,b\n", encoding="utf-8")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "a,b\n"
    dangling = tmp_path / "d.csv"
    dangling.symlink_to(tmp_path / "gone" / "x.csv")
    with pytest.raises(UserError) as caught:
        check_writable("--worklist", str(dangling))
    said = str(caught.value)
    assert "--worklist" in said and "a link to" in said and "gone" in said and "does not exist" in said


def test_a_device_is_written_directly(tmp_path):
    with replacing("--output", "/dev/null") as target:
        assert target == "/dev/null"
        Path(target).write_text("gone", encoding="utf-8")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_the_folders_and_inputs_checks(tmp_path):
    note = tmp_path / "n.txt"
    note.write_text(NOTE, encoding="utf-8")
    for path, inputs, says in ((tmp_path, (), "is a directory"),
                               (note, (str(note),), "is one of the inputs"),
                               (tmp_path / "nope" / "o.json", (), "does not exist")):
        with pytest.raises(UserError) as caught:
            check_writable("--output", str(path), inputs)
        assert says in str(caught.value) and str(caught.value).startswith("--output ")


@full
def test_lint_to_a_full_disk_is_one_line(tmp_path):
    note = tmp_path / "n.txt"
    note.write_text(NOTE, encoding="utf-8")
    with open("/dev/full", "w") as sink:
        res = subprocess.run([sys.executable, "-m", "notelint.cli", "lint", str(note),
                              "--ruleset", "skane", "--format", "json"],
                             stdout=sink, stderr=subprocess.PIPE, text=True)
    lines = res.stderr.strip().splitlines()
    assert res.returncode == 2 and len(lines) == 1, res.stderr
    assert "standard output" in lines[0] and "No space left" in lines[0]
    assert "internal error" not in res.stderr and "Traceback" not in res.stderr
    res = CliRunner().invoke(main, ["lint", str(note), "--ruleset", "skane", "-o", "/dev/full"])
    assert res.exit_code == 2 and "--output /dev/full: cannot write the report" in res.output


@full
def test_any_command_to_a_full_disk_is_one_line():
    with open("/dev/full", "w") as sink:
        res = subprocess.run([sys.executable, "-m", "notelint.cli", "rules"], stdout=sink,
                             stderr=subprocess.PIPE, text=True)
    assert res.returncode == 2 and "No space left" in res.stderr, res.stderr
    assert len(res.stderr.strip().splitlines()) == 1 and "internal error" not in res.stderr


def _export(tmp_path: Path) -> Path:
    exp = tmp_path / "exp"
    exp.mkdir()
    (exp / "n.txt").write_text(NOTE, encoding="utf-8")
    return exp


@full
def test_audit_report_to_a_full_disk_is_one_line(tmp_path, monkeypatch):
    pytest.importorskip("duckdb")
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    res = CliRunner().invoke(main, ["audit", str(_export(tmp_path)), "--ruleset", "skane",
                                    "--jobs", "1", "--report", "/dev/full"])
    errors = [l for l in res.output.splitlines() if l.startswith("notelint: error")]
    assert res.exit_code == 2 and len(errors) == 1, res.output
    assert "--report /dev/full: cannot write the report (No space left on device)" in errors[0]
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)  # the device written, not replaced


def test_audit_keeps_the_old_worklist_when_writing_fails(tmp_path, monkeypatch):
    pytest.importorskip("duckdb")
    import notelint.audit.store as store

    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    exp = _export(tmp_path)
    wl = tmp_path / "w.csv"
    wl.write_text("the old worklist\n", encoding="utf-8")

    def full_disk(self, sql, params, target, fmt):  # half a file, then the disk is full
        Path(target).write_text("code,sev", encoding="utf-8")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(store.Store, "export", full_disk)
    res = CliRunner().invoke(main, ["audit", str(exp), "--ruleset", "skane", "--jobs", "1",
                                    "--worklist", str(wl)])
    errors = [l for l in res.output.splitlines() if l.startswith("notelint: error")]
    assert res.exit_code == 2 and len(errors) == 1, res.output
    assert "--worklist" in errors[0] and "cannot write the worklist" in errors[0]
    assert wl.read_text(encoding="utf-8") == "the old worklist\n"
    assert _leftovers(tmp_path) == []


def test_audit_writes_through_a_link(tmp_path, monkeypatch):
    pytest.importorskip("duckdb")
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    exp = _export(tmp_path)
    real = tmp_path / "shared" / "w.csv"
    real.parent.mkdir()
    link = tmp_path / "w.csv"
    link.symlink_to(real)
    res = CliRunner().invoke(main, ["audit", str(exp), "--ruleset", "skane", "--jobs", "1",
                                    "--worklist", str(link), "--report", str(tmp_path / "r.html")])
    assert res.exit_code in (0, 1), res.output
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("code,")
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    dangling = tmp_path / "d.csv"
    dangling.symlink_to(tmp_path / "gone" / "x.csv")
    res = CliRunner().invoke(main, ["audit", str(exp), "--ruleset", "skane", "--jobs", "1",
                                    "--worklist", str(dangling)])
    assert res.exit_code == 2 and "a link to" in res.output and "does not exist" in res.output
    assert "findings store" not in res.output
