"""The CLI contract a new user meets first (issue 20): a mistyped code, ruleset or key is
one clear line with exit 2; what the summary says is true; one language per audience."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from notelint.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def one_error_line(res) -> str:
    assert res.exit_code == 2, res.output
    assert "Traceback" not in res.output
    lines = [x for x in res.output.splitlines() if x.strip()]
    assert len(lines) == 1, res.output
    return lines[0]


@pytest.mark.parametrize("flag,value,hint", [
    ("--select", "NL999", None),
    ("--select", "NL3l0", "'NL310'"),
    ("--select", "NL7", None),
    ("--ignore", "NL1O1", "'NL101'"),
    ("--select", "nl-301", "'NL301'"),
    ("--select", "guardian-blok", "'guardian-block-age'"),
    ("--select", "NL3,NL30x", None),
])
def test_unknown_codes_are_an_error_with_a_suggestion(flag, value, hint):
    line = one_error_line(run("lint", str(EXAMPLES / "skane"), flag, value))
    assert line.startswith(f"notelint: error: {flag}: no rule matches")
    assert "notelint rules" in line
    if hint:
        assert f"did you mean {hint}?" in line


@pytest.mark.parametrize("args", [
    ("lint", "d", "--format", "19850101-1236"),
    ("lint", "--jobs", "19850101-1236", "d"),
    ("lint", "d", "--fail-on", "198501011236"),
    ("lint", "--19850101-1236"),
    ("--19850101-1236",),
    ("19850101-1236",),
    ("lint", "--fail-on", "19850101-1236", "--show-pii", "d"),
    ("feedback", "report", "--format", "19850101 1236"),
])
def test_clicks_own_usage_errors_mask_identity_numbers(args):
    """A bad value, option or command is quoted by click itself: masked as every output."""
    res = run(*args)
    assert res.exit_code == 2 and "Traceback" not in res.output, res.output
    assert "Error: " in res.output and "XXXX" in res.output, res.output
    assert not any(pin in res.output for pin in ("1236", "198501011236")), res.output

def test_known_prefixes_and_names_still_select():
    assert run("lint", str(EXAMPLES / "skane"), "--select", "NL3,NL30,guardian-block-age,ALL",
               "--ignore", "NL9").exit_code == 1


def test_unknown_code_in_config_names_file_line_and_suggestion(tmp_path):
    (tmp_path / "notelint.toml").write_text('ruleset = "skane"\nignore = ["NL3OO"]\n',
                                            encoding="utf-8")
    (tmp_path / "n.txt").write_text("Mall: Läkaranteckning\n", encoding="utf-8")
    line = one_error_line(run("lint", str(tmp_path / "n.txt")))
    assert "notelint.toml:2:" in line and "'NL3OO'" in line and "did you mean 'NL3" in line


@pytest.mark.parametrize("written,name", [
    ("skåne", "skane"), ("Skane", "skane"), ("SKÅNE", "skane"), ("Region Skåne", "skane"),
    ("Västra Götaland", "vgr"), ("VGR", "vgr"), ("Västra Götalandsregionen", "vgr"),
    ("Jönköpings län", "jonkoping"), ("Region Jönköpings län", "jonkoping"),
    ("Kalmar län", "kalmar"), ("National", "national"),
])
def test_ruleset_accepts_the_names_people_write(written, name):
    from notelint.rulesets import load_ruleset

    assert load_ruleset(written).name == name
    res = run("lint", str(EXAMPLES / "skane" / "journalkopia_pmo.txt"), "--ruleset", written)
    assert res.exit_code in (0, 1), res.output


def test_unknown_ruleset_is_one_line_with_a_suggestion():
    line = one_error_line(run("lint", str(EXAMPLES / "skane"), "--ruleset", "Skaane"))
    assert "unknown ruleset 'Skaane' (did you mean 'skane'?)" in line
    assert "jonkoping, kalmar, national, skane, vgr" in line


# ------------------------------------------------------------- which ruleset, what is true

PMO = EXAMPLES / "skane" / "journalkopia_pmo.txt"


def test_stdin_without_ruleset_or_config_says_so_on_stderr(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no notelint.toml above
    res = CliRunner().invoke(main, ["lint", "-"], input=PMO.read_bytes())
    assert res.exit_code in (0, 1)
    (note,) = [x for x in res.stderr.splitlines() if "no ruleset chosen" in x]
    assert "standard input" in note and "'national'" in note and "--ruleset NAME" in note
    assert "(regelverk national)" in res.stdout
    chosen = CliRunner().invoke(main, ["lint", "-", "--ruleset", "skane"], input=PMO.read_bytes())
    assert "no ruleset chosen" not in chosen.stderr and "(regelverk skane)" in chosen.stdout


def test_summary_names_the_rulesets_of_every_config():
    res = run("lint", str(EXAMPLES))
    assert res.stderr == ""  # every example folder names its ruleset
    assert "(regelverk jonkoping, kalmar, skane, vgr)" in res.stdout


def test_singular_and_plural_in_the_summary():
    res = run("lint", str(PMO))
    assert res.stdout.splitlines()[-1] == "Inga fynd i 1 post, 4 anteckningar, 1 fil (regelverk skane)."


def test_all_baselined_says_no_new_findings_and_how_many_are_hidden(tmp_path):
    base = tmp_path / "baseline.json"
    assert run("baseline", "write", str(base), str(EXAMPLES)).exit_code == 0
    res = run("lint", str(EXAMPLES), "--baseline", str(base))
    assert res.exit_code == 0
    last = res.stdout.splitlines()[-1]
    assert last.startswith("Inga nya fynd (") and "kända fynd dolda av --baseline" in last
    assert "All checks passed" not in res.output
    data = __import__("json").loads(run("lint", str(EXAMPLES), "--baseline", str(base),
                                        "--format", "json").stdout)
    assert data["summary"]["findings"] == 0 and data["summary"]["hidden_by_baseline"] > 0


def test_one_stale_baseline_entry_is_singular(tmp_path):
    import json

    base = tmp_path / "baseline.json"
    base.write_text(json.dumps({"version": 1, "entries": [
        {"fingerprint": "0" * 20, "path": str(PMO), "count": 1}]}), encoding="utf-8")
    res = run("lint", str(PMO), "--baseline", str(base))
    assert "1 baseline entry no longer matches" in res.stderr


def test_json_summary_has_counts_per_severity_ruleset_and_version():
    import json
    from importlib.metadata import version

    s = json.loads(run("lint", str(EXAMPLES / "vgr"), "--format", "json").stdout)["summary"]
    assert s["rulesets"] == ["vgr"] and s["notelint_version"] == version("notelint")
    assert set(s["by_severity"]) == {"error", "warning", "info"}
    assert sum(s["by_severity"].values()) == s["findings"] > 0


def test_sarif_points_to_nothing_that_does_not_exist():
    import json

    log = json.loads(run("lint", str(EXAMPLES / "vgr"), "--format", "sarif").stdout)
    driver = log["runs"][0]["tool"]["driver"]
    assert "informationUri" not in driver and "github.com/notelint" not in json.dumps(log)


# ------------------------------------------------------------- JSON errors: useful half first

def test_misspelled_key_is_an_unknown_field_on_its_line(tmp_path):
    import json

    record = {"patient": {"id": "19121212-1212"}, "notes": [
        {"id": "n1", "time": "2024-03-12T14:05:00", "sections": [{"keyword": "A", "text": "ua"}]},
        {"id": "n2", "time": "2024-03-12T14:05:00",
         "sections": [{"keywrod": "Bedömning", "text": "Ua."}]}]}
    p = tmp_path / "k.json"
    p.write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")
    line_no = next(i for i, x in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                   if '"keywrod"' in x)
    res = run("lint", str(p), "--ruleset", "skane")
    assert res.exit_code == 2
    first = res.stdout.splitlines()[0]
    assert first.startswith(f"{p}:{line_no}:")
    assert ('notes[1].sections[0].keywrod: okänt fält "keywrod" (menade du "keyword"?)'
            in first)
    assert "saknas" not in first and "fel till" not in first  # the missing 'keyword' is the same typo


def test_wrong_value_names_what_it_must_be(tmp_path):
    import json

    line = json.dumps({"patient": {"id": "19121212-1212"},
                       "notes": [{"id": "n1", "time": "igår", "sections": []}]})
    p = tmp_path / "k.jsonl"
    p.write_text(line + "\n", encoding="utf-8")
    res = run("lint", str(p), "--ruleset", "skane")
    first = res.stdout.splitlines()[0]
    column = line.index('"time"') + 1
    assert first.startswith(f"{p}:1:{column}: NL901")
    assert "notes[0].time: ska vara datum och tid som 2024-03-12T14:05:00 (fick 'igår')" in first


# ------------------------------------------------------------- one language per audience

@pytest.mark.parametrize("name,content", [
    ("tom.json", ""),
    ("trasig.json", "{not json"),
    ("lista.jsonl", "[1, 2]\n"),
    ("fel.txt", "Patient: 19121212-1212\nMall: Läkaranteckning\nDatum: igår\n\nBedömning: ua\n"),
    ("fel.xml", "<GetCareDocumentationResponse><x>"),
])
def test_nl901_messages_are_swedish_like_every_finding(tmp_path, name, content):
    import json

    p = tmp_path / name
    p.write_text(content, encoding="utf-8")
    out = json.loads(run("lint", str(p), "--ruleset", "skane", "--format", "json").stdout)
    msg = next(f["message"] for f in out["findings"] if f["code"] == "NL901")
    english = ("file", "invalid", "expected", "is not", "must", "export", "write it", "missing")
    assert not any(w in msg.split() or f" {w} " in f" {msg} " for w in english), msg


# ------------------------------------------------------------- notelint schema

def test_schema_has_id_dialect_and_a_description_on_every_field_and_definition():
    import json

    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(run("schema").stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].startswith("urn:notelint:") and schema["description"]
    jsonschema.Draft202012Validator.check_schema(schema)
    nodes = [("Record", schema), *schema["$defs"].items()]
    assert len(nodes) >= 12
    undescribed = [name for name, node in nodes if not node.get("description")]
    undescribed += [f"{name}.{field}" for name, node in nodes
                    for field, prop in node.get("properties", {}).items()
                    if not prop.get("description")]
    assert undescribed == []
    # and it is the schema of the format: a bundled example validates, a typo does not
    example = json.loads((EXAMPLES / "skane" / "reglerad_atkomst.json").read_text(encoding="utf-8"))
    record = example[0] if isinstance(example, list) else example
    jsonschema.Draft202012Validator(schema).validate(record)
    record["notes"][0]["sections"][0]["keywrod"] = "x"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(record)


# ------------------------------------------------------------- README sample output

SAMPLE_CODES = ("NL102", "NL201", "NL310", "NL401")


def readme_sample(stdout: str) -> str:
    """The README's sample: the first finding of a few codes, '…', the summary line."""
    lines = stdout.splitlines()
    picked = [next(x for x in lines if f" {code} [" in x) for code in SAMPLE_CODES]
    picked.sort(key=lines.index)
    summary = next(x for x in lines if x.startswith("Hittade "))
    return "\n".join(["$ notelint lint examples/", *picked, "…", summary])


def test_readme_sample_output_is_a_real_run(monkeypatch):
    monkeypatch.chdir(ROOT)
    res = run("lint", "examples/")
    assert res.exit_code == 1
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- sample: notelint lint examples/ -->\n```text\n", 1)[1]
    block = block.split("\n```", 1)[0]
    assert block == readme_sample(res.stdout), (
        "README.md's sample output is stale; replace the block with:\n"
        + readme_sample(res.stdout))


def test_docs_live_in_this_repository():
    """Every pointer goes to a document in the repository (there is no DESIGN.md here)."""
    import re

    sources = [ROOT / "README.md", ROOT / "pyproject.toml",
               *(ROOT / "notelint").rglob("*.py"), *(ROOT / "docs").glob("*.md")]
    pointing = [str(p.relative_to(ROOT)) for p in sources
                if "DESIGN.md" in p.read_text(encoding="utf-8")]
    assert pointing == []
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for link in re.findall(r"\]\((docs/[^)#]+)", readme):
        assert (ROOT / link).is_file(), link
    assert {"docs/cli.md", "docs/format.md", "docs/rules.md"} <= set(
        re.findall(r"\]\((docs/[^)#]+)", readme))
    assert "pip install '.[audit]'" in readme


def test_audit_summary_in_swedish_with_singular_and_plural(monkeypatch):
    pytest.importorskip("duckdb")
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k" * 40)
    res = run("audit", str(PMO))
    assert res.exit_code == 0, res.output
    (line,) = [x for x in res.stdout.splitlines() if x.startswith("Granskning ")]
    assert ": 1 post, 4 anteckningar, 0 fynd, 0 oläsbara, " in line


def test_a_closed_pipe_is_not_an_internal_error():
    """`notelint rules | head -1`: the reader stopped reading; no 'please report it'."""
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-m", "notelint.cli", "rules"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # before the first line is written: every write fails with EPIPE
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "internal error" not in err and "Traceback" not in err, err


def test_explain_is_swedish_for_every_rule_and_english_on_request():
    from notelint.rules import all_rules
    from notelint.rules.sv_docs import DOCS_SV

    assert {r.code for r in all_rules()} <= set(DOCS_SV)
    english = ("Why:", "Bad:", "Good:", "Routine:", "Regions:", " the ", " and ", " is ")
    for r in all_rules():
        out = run("explain", r.code).stdout
        assert "Varför:" in out and "Rutin:" in out and "Regioner:" in out, r.code
        body = out.split("Varför:", 1)[1].split("Rutin:", 1)[0]
        assert not any(w in body for w in english), (r.code, body)
    en = run("explain", "NL310", "--lang", "en").stdout
    assert "Why:" in en and "Bad:" in en and "Regions:" in en


def test_audit_rejects_unknown_codes_too(monkeypatch):
    pytest.importorskip("duckdb")
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k" * 40)
    line = one_error_line(run("audit", str(EXAMPLES / "skane"), "--select", "NL999"))
    assert "--select: no rule matches 'NL999'" in line and "Granskning" not in line


def test_the_console_script_exits_fast_yet_runs_exit_handlers_and_writes_everything(tmp_path):
    """`run()` (the console script and `python -m notelint.cli`) ends the process without
    freeing the heap; the exit code, the whole report and the exit handlers must survive."""
    import json
    import subprocess
    import sys

    note = tmp_path / "note.txt"
    note.write_text("Patient: 19121212-1212\nMall: Läkaranteckning\nDatum: 2024-03-12 14:05\nSignerad: 2024-03-12 14:40\n\n"
                    "Bedömning: Misstänkt lungcancer, pat ej informerad.\n", encoding="utf-8")
    out = tmp_path / "out.json"
    script = ("import atexit, sys\n"
              "atexit.register(lambda: print('handler ran', file=sys.stderr))\n"
              "from notelint.cli import run\n"
              f"sys.argv = ['notelint', 'lint', '--isolated', '--ruleset', 'skane', '--format', 'json', '-o', {str(out)!r}, {str(note)!r}]\n"
              "run()\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 1, proc.stderr  # findings
    assert "handler ran" in proc.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [f["code"] for f in report["findings"]] == ["NL101"]
    # a usage error keeps its code
    bad = subprocess.run([sys.executable, "-m", "notelint.cli", "lint", "--select", "NL999",
                          str(note)], capture_output=True, text=True, timeout=300)
    assert bad.returncode == 2 and "NL999" in bad.stderr


def test_under_a_profiler_the_console_script_exits_normally(tmp_path):
    """The fast exit would lose what a profiler or coverage writes at exit."""
    import subprocess
    import sys

    prof = tmp_path / "p.prof"
    proc = subprocess.run([sys.executable, "-m", "cProfile", "-o", str(prof), "-m",
                           "notelint.cli", "rules"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert prof.is_file() and prof.stat().st_size > 0
