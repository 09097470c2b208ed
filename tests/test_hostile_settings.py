"""The files that steer a run (baseline, ruleset, configuration) are bounded regular files:
in CI a pull request controls them as much as the inputs (review of 2026-12-04)."""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from notelint.cli import main

from conftest import PNR

RECORD = {"patient": {"id": PNR}, "as_of": "2024-06-30T00:00:00",
          "notes": [{"id": "n1", "system": "Melior", "time": "2024-03-12T14:05:00",
                     "signed": "2024-03-12T15:00:00",
                     "sections": [{"keyword": "Bedömning", "text": "Misstänkt lungcancer."}]}]}


def _lint(tmp_path, *args: str):
    data = tmp_path / "r.jsonl"
    data.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    return CliRunner().invoke(main, ["lint", *args, str(data)])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("option", ["--baseline", "--ruleset", "--config"])
def test_a_fifo_or_dev_zero_as_a_settings_file_is_one_line_not_a_hang(tmp_path, option):
    fifo = tmp_path / ("f.toml" if option != "--baseline" else "f.json")
    os.mkfifo(fifo)
    zero = tmp_path / ("z.toml" if option != "--baseline" else "z.json")
    zero.symlink_to("/dev/zero")
    for target in (fifo, zero):
        extra = ["--ruleset", "skane"] if option != "--ruleset" else []
        r = _lint(tmp_path, *extra, option, str(target))
        assert r.exit_code == 2, (option, target.name, r.output)
        assert "not a regular file" in r.output and "Traceback" not in r.output
        assert len(r.output.strip().splitlines()) == 1


def test_a_config_naming_dev_zero_as_its_ruleset_is_refused(tmp_path):
    (tmp_path / "evil.toml").symlink_to("/dev/zero")
    (tmp_path / "notelint.toml").write_text('ruleset = "evil.toml"\n', encoding="utf-8")
    r = _lint(tmp_path)
    assert r.exit_code == 2 and "not a regular file" in r.output, r.output


def test_a_baseline_nested_too_deep_is_one_line(tmp_path):
    base = tmp_path / "b.json"
    base.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    r = _lint(tmp_path, "--ruleset", "skane", "--baseline", str(base))
    assert r.exit_code == 2 and "nested too deep" in r.output, r.output


def test_a_settings_file_over_its_bound_is_refused(tmp_path, monkeypatch):
    from notelint import settings_files

    monkeypatch.setattr(settings_files, "BASELINE_LIMIT", 10)
    base = tmp_path / "b.json"
    base.write_text(json.dumps({"version": 1, "entries": []}), encoding="utf-8")
    with pytest.raises(settings_files.TooLarge):
        settings_files.read_regular(base, settings_files.BASELINE_LIMIT)
    assert settings_files.read_regular(base, 1000) == base.read_bytes()


def test_a_ruleset_name_with_a_line_break_or_an_escape_is_refused(tmp_path):
    """The name is written in every report's summary: a line break there starts a line of
    its own (a CI workflow command), an escape sequence moves the terminal."""
    from click.testing import CliRunner

    from notelint.cli import main

    for name in ("evil\\n::error file=x.txt,line=1::INJECTED", "evil\\u001b]0;pwn\\u0007"):
        rs = tmp_path / "evil.toml"
        rs.write_text(f'name = "{name}"\nextends = "skane"\n', encoding="utf-8")
        note = tmp_path / "n.txt"
        note.write_text("Patient: 19121212-1212\n\nBedömning: Ua.\n", encoding="utf-8")
        res = CliRunner().invoke(main, ["lint", str(note), "--ruleset", str(rs)])
        assert res.exit_code == 2 and "::error" not in res.stdout
        assert "evil.toml:1" in res.output and "en rad läsbar text" in res.output


def test_an_output_file_that_cannot_be_written_is_one_line(tmp_path):
    """Said before the run (a missing folder), or as one line when the write fails (a full
    disk) — not an internal error after all the linting."""
    from click.testing import CliRunner

    from notelint.cli import main

    note = tmp_path / "n.txt"
    note.write_text("Patient: 19121212-1212\n\nBedömning: Ua.\n", encoding="utf-8")
    for out, why in ((tmp_path / "nope" / "o.json", "does not exist"),
                     ("/dev/full", "cannot write the report")):
        res = CliRunner().invoke(main, ["lint", str(note), "--ruleset", "skane", "-o", str(out)])
        assert res.exit_code == 2 and why in res.output and "internal error" not in res.output
        assert len(res.output.strip().splitlines()) == 1, res.output


def test_a_number_of_thousands_of_digits_in_a_settings_file_is_one_line(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from notelint.cli import main

    note = tmp_path / "n.txt"
    note.write_text("Patient: 19121212-1212\n\nBedömning: Ua.\n", encoding="utf-8")
    (tmp_path / "b.json").write_text('{"version": 1, "entries": [{"count": ' + "9" * 5000 + "}]}")
    (tmp_path / "rs.toml").write_text('extends = "skane"\nversion = ' + "9" * 5000 + "\n")
    monkeypatch.chdir(tmp_path)
    for args, where in ((["--ruleset", "skane", "--baseline", "b.json"], "b.json"),
                        (["--ruleset", "rs.toml"], "rs.toml")):
        res = CliRunner().invoke(main, ["lint", "n.txt", *args])
        assert res.exit_code == 2 and where in res.output and "too long" in res.output, res.output
    (tmp_path / "notelint.toml").write_text('ruleset = "skane"\ndoc_deadline_days = ' + "9" * 5000 + "\n")
    res = CliRunner().invoke(main, ["lint", "n.txt"])
    assert res.exit_code == 2 and "notelint.toml" in res.output and "too long" in res.output, res.output


def test_a_deadline_beyond_a_hundred_years_is_a_setting_error(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from notelint.cli import main

    (tmp_path / "n.txt").write_text("Patient: 19121212-1212\n\nBedömning: Ua.\n", encoding="utf-8")
    (tmp_path / "notelint.toml").write_text('ruleset = "skane"\n[deadlines.access]\n'
                                            "doc_deadline_days = 1000000000\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(main, ["lint", "n.txt"])
    assert res.exit_code == 2 and "doc_deadline_days" in res.output and "36500" in res.output
    assert "NL902" not in res.output


def test_an_output_file_that_is_an_input_is_refused(tmp_path):
    from click.testing import CliRunner

    from notelint.cli import main

    note = tmp_path / "n.txt"
    text = "Patient: 19121212-1212\n\nBedömning: Ua.\n"
    note.write_text(text, encoding="utf-8")
    res = CliRunner().invoke(main, ["lint", str(note), "--ruleset", "skane", "-o", str(note)])
    assert res.exit_code == 2 and "one of the inputs" in res.output
    assert note.read_text(encoding="utf-8") == text
