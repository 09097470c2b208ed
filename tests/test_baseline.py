"""Baselines: known findings by fingerprint (counted, never by line), reasons and expiry,
stale entries reported and pruned; today's baseline passes today's run, a new finding fails."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from notelint.baseline import (
    BaselineError, apply_baseline, build_baseline, load_baseline, prune_baseline,
)
from notelint.cli import main
from notelint.lint import LintOptions, lint_paths

from workflow_helpers import CODE, record, suspect_rule  # noqa: F401  (fixture)

OLD = ("Pat söker pga trötthet sedan 2 mån, viktnedgång 4 kg. "
       "Misstänkt hypotyreos, tar TSH. Återbesök 2 v.")
NEW = "Ssk-kontakt: pat ringer, ont i leder. Trol reumatoid artrit?? bokas till dr."


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def write(path: Path, text: str, note_id: str = "n1") -> Path:
    path.write_text(json.dumps(record(text, note_id), ensure_ascii=False), encoding="utf-8")
    return path


def findings(paths: list[str]):
    return lint_paths(LintOptions(paths=paths, select=[CODE])).findings


def test_todays_baseline_passes_today_and_new_finding_fails(tmp_path, suspect_rule):
    export = write(tmp_path / "export.json", OLD)
    base = tmp_path / "baseline.json"
    assert run("lint", str(export), "--select", CODE).exit_code == 1
    res = run("baseline", "write", str(base), str(export), "--select", CODE)
    assert res.exit_code == 0 and "1 finding" in res.output
    assert run("lint", str(export), "--select", CODE, "--baseline", str(base)).exit_code == 0
    # tomorrow: a new note with a new finding fails, the known one stays hidden
    data = record(OLD)
    data["notes"].append(record(NEW, "n2")["notes"][0])
    export.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    res = run("lint", str(export), "--select", CODE, "--baseline", str(base), "--format", "json")
    assert res.exit_code == 1
    shown = json.loads(res.stdout)["findings"]
    assert [f["target"]["id"] for f in shown] == ["n2"]


def test_keyed_by_fingerprint_not_line(tmp_path, suspect_rule):
    export = tmp_path / "export.jsonl"
    export.write_text(json.dumps(record(OLD), ensure_ascii=False) + "\n", encoding="utf-8")
    base = tmp_path / "b.json"
    run("baseline", "write", str(base), str(export), "--select", CODE)
    # the same record moved down the export (other patients' records before it)
    other = record("Pat mår bra. Ua.", patient="19121212-1212", note_id="x1")
    export.write_text("\n".join(json.dumps(r, ensure_ascii=False)
                                for r in (other, other | {"patient": {"id": "191212121212"}},
                                          record(OLD))) + "\n", encoding="utf-8")
    assert findings([str(export)])[0].line == 3
    assert run("lint", str(export), "--select", CODE, "--baseline", str(base)).exit_code == 0


def test_counted(tmp_path, suspect_rule):
    two = ("Misstänkt hypotyreos. Misstänkt hypotyreos.")   # same finding text twice → same fingerprint
    export = write(tmp_path / "e.json", "Misstänkt hypotyreos, tar TSH.")
    fs = findings([str(export)])
    baseline = build_baseline(fs)
    assert [e.count for e in baseline.entries] == [1]
    write(export, two)
    fs2 = findings([str(export)])
    assert len(fs2) == 2 and fs2[0].fingerprint == fs2[1].fingerprint
    kept, report = apply_baseline(fs2, baseline)
    assert len(kept) == 1 and report.hidden == 1      # one hidden, the second still fails
    kept, report = apply_baseline(fs2, build_baseline(fs2))
    assert kept == [] and report.hidden == 2


def test_expiry_and_reason(tmp_path, suspect_rule):
    export = write(tmp_path / "e.json", OLD)
    base = tmp_path / "b.json"
    run("baseline", "write", str(base), str(export), "--select", CODE)
    data = json.loads(base.read_text())
    data["entries"][0]["reason"] = "utredning pågår, beslut på APT"
    data["entries"][0]["expires"] = "2024-01-31"
    base.write_text(json.dumps(data), encoding="utf-8")
    fs = findings([str(export)])
    kept, report = apply_baseline(fs, load_baseline(base), today=dt.date(2024, 1, 30))
    assert kept == [] and report.hidden == 1
    kept, report = apply_baseline(fs, load_baseline(base), today=dt.date(2024, 1, 31))
    assert len(kept) == 1 and len(report.expired) == 1
    assert "expired" in report.summary_line()
    # re-writing the baseline keeps the reason and the expiry date
    run("baseline", "write", str(base), str(export), "--select", CODE)
    entry = json.loads(base.read_text())["entries"][0]
    assert entry["reason"].startswith("utredning") and entry["expires"] == "2024-01-31"


def test_stale_entries_reported_and_pruned(tmp_path, suspect_rule):
    a = write(tmp_path / "a.json", OLD)
    b = write(tmp_path / "b.json", NEW, "n9")
    base = tmp_path / "base.json"
    run("baseline", "write", str(base), str(a), str(b), "--select", CODE)
    assert len(load_baseline(base).entries) == 2
    write(b, "Pat mår bra, ua. Avslutas.", "n9")           # the finding in b was fixed
    res = CliRunner().invoke(
        main, ["lint", str(a), str(b), "--select", CODE, "--baseline", str(base)])
    assert res.exit_code == 0
    assert "1 baseline entry no longer match" in res.stderr and "prune" in res.stderr
    res = run("baseline", "prune", str(base), str(a), str(b), "--select", CODE)
    assert "removed 1" in res.output
    left = load_baseline(base).entries
    assert len(left) == 1 and left[0].path.endswith("a.json")


def test_entries_of_files_not_linted_are_not_stale(tmp_path, suspect_rule):
    a = write(tmp_path / "a.json", OLD)
    b = write(tmp_path / "b.json", NEW, "n9")
    base = tmp_path / "base.json"
    run("baseline", "write", str(base), str(a), str(b), "--select", CODE)
    # a pre-commit run lints only the staged file a.json: b's entry is not judged
    res = run("lint", str(a), "--select", CODE, "--baseline", str(base))
    assert res.exit_code == 0 and "no longer match" not in res.output
    run("baseline", "prune", str(base), str(a), "--select", CODE)
    assert len(load_baseline(base).entries) == 2
    # relative and absolute spellings of a path are the same file
    res = CliRunner().invoke(main, ["lint", os.path.relpath(b), "--select", CODE,
                                    "--baseline", str(base)])
    assert res.exit_code == 0 and "no longer match" not in res.output


def test_prune_function_counts(tmp_path, suspect_rule):
    export = write(tmp_path / "e.json", "Misstänkt hypotyreos. Misstänkt hypotyreos.")
    fs = findings([str(export)])
    base = build_baseline(fs)
    pruned, removed = prune_baseline(base, fs[:1])
    assert removed == 1 and pruned.entries[0].count == 1


@pytest.mark.parametrize("content,needle", [
    ("{not json", "invalid JSON"),
    ('{"entries": [{"fingerprint": "x", "count": 0}]}', "count"),
    ('{"entries": [{"fingerprint": "x", "expires": "31/1"}]}', "expires"),
    ('{"entries": [{"fingerprint": "x", "orsak": "y"}]}', "orsak"),
    ('{"findings": []}', "entries"),
])
def test_bad_baseline_is_one_line_error(tmp_path, content, needle):
    p = tmp_path / "b.json"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError) as e:
        load_baseline(p)
    assert needle in str(e.value) and str(p) in str(e.value)
    note = tmp_path / "n.json"
    note.write_text(json.dumps(record("ua")), encoding="utf-8")
    res = CliRunner().invoke(main, ["lint", str(note), "--baseline", str(p)])
    assert res.exit_code == 2 and res.output.count("\n") == 1 and "Traceback" not in res.output
    res = CliRunner().invoke(main, ["lint", str(note), "--baseline", str(tmp_path / "nope.json")])
    assert res.exit_code == 2 and "not found" in res.output


def test_unreadable_input_is_never_baselined(tmp_path, suspect_rule):
    bad = tmp_path / "bad.json"
    bad.write_text('{"patient": {"id": "19121212-1212"}, "notez": []}', encoding="utf-8")
    base = tmp_path / "b.json"
    run("baseline", "write", str(base), str(bad))
    assert load_baseline(base).entries == []
    assert run("lint", str(bad), "--baseline", str(base)).exit_code == 2
