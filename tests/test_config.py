"""Configuration: discovery (closest file wins), keys, CLI overrides, errors, config --show."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from notelint.cli import main
from notelint.config import ConfigError, find_config, load_config, resolve_config

from workflow_helpers import CODE, record, suspect_rule  # noqa: F401  (fixture)

SUSPECT = "Pat med feber o huvudvärk sedan 3 dgr. Misstänkt borrelia, fästingbett i maj. Ua i övrigt."
CLEAN = "Pat mår bra, inga besvär. Ua. Återbesök vb."


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def findings(res) -> list[dict]:
    """Findings of the test rule (rule families landing elsewhere must not break these tests)."""
    return [f for f in json.loads(res.stdout)["findings"] if f["code"] == CODE]


def put(path: Path, content) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content if isinstance(content, str) else json.dumps(content, ensure_ascii=False),
                    encoding="utf-8")
    return path


def test_closest_config_wins_and_mixed_rulesets(tmp_path, suspect_rule):
    put(tmp_path / "notelint.toml", 'ruleset = "national"\n')
    put(tmp_path / "skane" / "notelint.toml", 'ruleset = "skane"\n')
    put(tmp_path / "vgr" / "notelint.toml", 'ruleset = "vgr"\n')
    put(tmp_path / "skane" / "a.json", record(SUSPECT))
    put(tmp_path / "vgr" / "deep" / "b.json", record(SUSPECT))
    put(tmp_path / "c.json", record(SUSPECT))
    res = run("lint", str(tmp_path), "--format", "json")
    by_file = {Path(f["path"]).name: f["message"] for f in findings(res)}
    assert by_file["a.json"].startswith("[skane]")
    assert by_file["b.json"].startswith("[vgr]")          # walked up two directories
    assert by_file["c.json"].startswith("[national]")
    assert run("lint", str(tmp_path), "--select", CODE).exit_code == 1
    # --ruleset on the command line overrides every file
    res = run("lint", str(tmp_path), "--format", "json", "--ruleset", "kalmar")
    assert {f["message"][:8] for f in findings(res)} == {"[kalmar]"}


def test_pyproject_tool_table_and_notelint_toml_precedence(tmp_path, suspect_rule):
    put(tmp_path / "pyproject.toml", '[project]\nname = "mallar"\n\n[tool.notelint]\nruleset = "vgr"\n')
    put(tmp_path / "n.json", record(SUSPECT))
    assert findings(run("lint", str(tmp_path / "n.json"), "--format", "json"))[0]["message"].startswith("[vgr]")
    # a notelint.toml in the same directory is preferred
    put(tmp_path / "notelint.toml", 'ruleset = "jonkoping"\n')
    from notelint import config
    config._CACHE.clear()
    assert findings(run("lint", str(tmp_path / "n.json"), "--format", "json"))[0]["message"].startswith("[jonkoping]")


def test_pyproject_without_tool_table_is_skipped(tmp_path):
    put(tmp_path / "notelint.toml", 'ruleset = "skane"\n')
    put(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    cfg = find_config(tmp_path / "sub" / "x.json")
    assert cfg is not None and cfg.ruleset == "skane"


def test_select_ignore_severity_fail_on(tmp_path, suspect_rule):
    note = put(tmp_path / "n.json", record(SUSPECT))
    cfg = put(tmp_path / "notelint.toml", f'select = ["{CODE}"]\nignore = ["{CODE}"]\n')
    res = run("lint", str(note), "--format", "json")
    assert findings(res) == [] and res.exit_code == 0
    # --select on the command line replaces the file's selection, ignore still applies
    cfg.write_text(f'select = ["{CODE}"]\n[severity]\n{CODE} = "info"\n', encoding="utf-8")
    from notelint import config
    config._CACHE.clear()
    res = run("lint", str(note), "--format", "json")
    assert [f["severity"] for f in findings(res)] == ["info"]
    assert res.exit_code == 0                          # info is below the default fail-on
    cfg.write_text(f'select = ["{CODE}"]\nfail-on = "info"\n[severity]\n{CODE} = "info"\n', encoding="utf-8")
    config._CACHE.clear()
    assert run("lint", str(note)).exit_code == 1
    assert run("lint", str(note), "--fail-on", "error").exit_code == 0   # flag beats file
    cfg.write_text('select = ["NL3"]\n', encoding="utf-8")
    config._CACHE.clear()
    assert findings(run("lint", str(note), "--format", "json")) == []
    assert len(findings(run("lint", str(note), "--format", "json", "--select", CODE))) == 1


def test_per_file_ignores(tmp_path, suspect_rule):
    put(tmp_path / "notelint.toml", f'[per-file-ignores]\n"mallar/*.json" = ["{CODE}"]\n')
    put(tmp_path / "mallar" / "mall.json", record(SUSPECT))
    put(tmp_path / "export" / "pat.json", record(SUSPECT))
    res = run("lint", str(tmp_path), "--format", "json")
    assert [Path(f["path"]).name for f in findings(res)] == ["pat.json"]


def test_deadline_overrides_merged_and_validated(tmp_path, suspect_rule):
    put(tmp_path / "notelint.toml", 'ruleset = "skane"\n[deadlines.access]\ndoc_deadline_days = 5\n')
    put(tmp_path / "n.json", record(SUSPECT))
    msg = findings(run("lint", str(tmp_path), "--format", "json"))[0]["message"]
    assert "frist 5 d" in msg
    put(tmp_path / "notelint.toml", 'ruleset = "skane"\n\n[deadlines.access]\ndoc_deadline_dayz = 5\n')
    from notelint import config
    config._CACHE.clear()
    res = CliRunner().invoke(main, ["lint", str(tmp_path)])
    assert res.exit_code == 2
    assert "notelint.toml:4" in res.output and "doc_deadline_dayz" in res.output
    assert "Traceback" not in res.output and res.output.count("\n") == 1


@pytest.mark.parametrize("content,key,line", [
    ('ruleset = "skane"\nselekt = ["NL1"]\n', "selekt", 2),
    ('ruleset = "skane"\n\n[severity]\nNL102 = "critical"\n', "NL102", 4),
    ('extend_select = ["NL3"]\n', "extend_select", 1),
    ('fail-on = "fatal"\n', "fail-on", 1),
    ('ignore = ["XYZ1"]\n', "ignore", 1),
    ('ruleset = "vgr"\nicd10se = "koder/icd10se.tsv"\n', "icd10se", 2),
    ('[deadlines.ehealth]\ndoc_deadline_hours = "72h"\n', "doc_deadline_hours", 2),
    ('[deadlines.visibility]\npatient_min_age = 13\n', "visibility", 1),
    ('ruleset = "vgr"\nseverity = { NL102 = "hög" }\n', "NL102", 2),
    ('[tool]\nx = 1\n', "tool", 1),
])
def test_bad_keys_name_file_and_line(tmp_path, content, key, line):
    p = put(tmp_path / "notelint.toml", content)
    with pytest.raises(ConfigError) as e:
        load_config(p)
    assert f"notelint.toml:{line}:" in str(e.value) and key in str(e.value)


def test_unknown_key_in_pyproject_names_line(tmp_path):
    put(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.notelint]\nruleset = "vgr"\nrulset = "skane"\n')
    put(tmp_path / "n.json", record(CLEAN))
    res = CliRunner().invoke(main, ["lint", str(tmp_path / "n.json")])
    assert res.exit_code == 2
    assert "pyproject.toml:6" in res.output and "'rulset'" in res.output


def test_config_and_isolated_flags(tmp_path, suspect_rule):
    put(tmp_path / "notelint.toml", 'ruleset = "vgr"\n')
    other = put(tmp_path / "other.toml", 'ruleset = "kalmar"\n')
    put(tmp_path / "n.json", record(SUSPECT))
    assert findings(run("lint", str(tmp_path / "n.json"), "--format", "json",
                        "--config", str(other)))[0]["message"].startswith("[kalmar]")
    assert findings(run("lint", str(tmp_path / "n.json"), "--format", "json",
                        "--isolated"))[0]["message"].startswith("[national]")
    res = CliRunner().invoke(main, ["lint", str(tmp_path), "--config", str(other), "--isolated"])
    assert res.exit_code == 2
    res = CliRunner().invoke(main, ["lint", str(tmp_path), "--config", str(tmp_path / "nope.toml")])
    assert res.exit_code == 2 and "not found" in res.output
    assert resolve_config(str(tmp_path / "n.json"), isolated=True).path is None


def test_icd10se_path_relative_to_config(tmp_path):
    put(tmp_path / "koder" / "icd10se.tsv", "F32\tDepressiv episod\n")
    put(tmp_path / "notelint.toml", 'icd10se = "koder/icd10se.tsv"\n')
    cfg = find_config(tmp_path / "sub" / "x.json")
    assert cfg.icd10se == str(tmp_path / "koder" / "icd10se.tsv")


def test_config_show(tmp_path):
    put(tmp_path / "notelint.toml", 'ruleset = "skane"\nignore = ["NL103"]\n[deadlines.ehealth]\ndoc_deadline_hours = 48\n')
    res = run("config", "--show", str(tmp_path), "--format", "json")
    data = json.loads(res.stdout)
    assert data["ruleset"] == "skane" and data["ignore"] == ["NL103"]
    assert data["config"].endswith("notelint.toml")
    assert data["effective-deadlines"]["ehealth.doc_deadline_hours"] == 48
    text = run("config", "--show", str(tmp_path)).output
    assert 'ruleset = "skane"' in text and "notelint.toml" in text
    assert run("config", "--show", str(tmp_path), "--isolated", "--format", "json").exit_code == 0


def test_region_examples_have_their_ruleset():
    """Region example folders carry a notelint.toml naming their ruleset."""
    root = Path(__file__).resolve().parent.parent / "examples"
    regions = [d for d in root.iterdir() if d.is_dir() and (d / "notelint.toml").exists()] if root.exists() else []
    for d in regions:
        cfg = find_config(d / "any.json")
        assert cfg is not None and cfg.ruleset == d.name, d


def test_stdin_uses_config_of_current_directory(tmp_path, monkeypatch, suspect_rule):
    put(tmp_path / "notelint.toml", 'ruleset = "vgr"\n')
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(main, ["lint", "-", "--format", "json", "--select", CODE],
                             input=json.dumps(record(SUSPECT)).encode())
    (f,) = findings(res)
    assert f["path"] == "-" and f["message"].startswith("[vgr]")


def test_config_show_errors_are_one_line(tmp_path):
    put(tmp_path / "notelint.toml", 'ruleset = "smaland"\n')
    res = CliRunner().invoke(main, ["config", "--show", str(tmp_path)])
    assert res.exit_code == 2 and "smaland" in res.output and res.output.count("\n") == 1
    put(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    res = CliRunner().invoke(main, ["config", "--show", "--config", str(tmp_path / "pyproject.toml")])
    assert res.exit_code == 2 and "[tool.notelint]" in res.output
    put(tmp_path / "trasig.toml", 'ruleset = "skane\n')
    res = CliRunner().invoke(main, ["lint", str(tmp_path), "--config", str(tmp_path / "trasig.toml")])
    assert res.exit_code == 2 and "not valid TOML" in res.output and "Traceback" not in res.output


def test_an_input_that_cannot_be_reached_finds_the_config_above(tmp_path, monkeypatch):
    """A file under a directory that cannot be entered is its reader's NL901, never a
    PermissionError while its configuration is looked up."""
    (tmp_path / "notelint.toml").write_text('ruleset = "vgr"\n', encoding="utf-8")
    locked = tmp_path / "locked"
    real_stat = Path.stat

    def stat(self, *a, **kw):
        if locked in self.parents:
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, *a, **kw)

    monkeypatch.setattr(Path, "stat", stat)
    cfg = find_config(locked / "sub" / "x.json")
    assert cfg is not None and cfg.ruleset == "vgr"
