"""Machine formats: SARIF 2.1.0 (validated against the official OASIS schema), GitHub
workflow annotations, JUnit XML — and no note text in any of them."""

from __future__ import annotations

import json
import os
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from notelint.cli import main

from conftest import PNR
from workflow_helpers import CODE, record, suspect_rule  # noqa: F401  (fixture)

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
NOTE = ("Pat med feber o huvudvärk sedan 3 dgr, fästingbett i maj enl pat. "
        "Misstänkt borrelia, ring bakjour vb. Ua i övrigt.")


@pytest.fixture
def repo(tmp_path, monkeypatch, suspect_rule):
    """A documentation repo: one note with a finding, one broken export, one clean note."""
    (tmp_path / "journal").mkdir()
    (tmp_path / "journal" / "besok.json").write_text(json.dumps(record(NOTE), ensure_ascii=False),
                                                     encoding="utf-8")
    (tmp_path / "journal" / "trasig.json").write_text('{"patient": {"id": "%s"}, "notes": [{"idd": 1}]}' % PNR,
                                                      encoding="utf-8")
    (tmp_path / "journal" / "ren.json").write_text(json.dumps(record("Pat mår bra. Ua.")),
                                                   encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def lint(fmt: str, *extra: str):
    return CliRunner().invoke(main, ["lint", "journal", "--format", fmt, "--select", f"{CODE},NL9",
                                     *extra], catch_exceptions=False)


def test_sarif_validates_against_official_schema(repo):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert "sarif-schema-2.1.0" in schema["id"]
    res = lint("sarif")
    assert res.exit_code == 2                      # the broken export
    log = json.loads(res.stdout)
    jsonschema.Draft4Validator(schema).validate(log)
    run = log["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert CODE in rules and "NL901" in rules
    r = rules["NL901"]
    assert r["name"] == "invalid-input" and r["shortDescription"]["text"]
    assert r["help"]["text"] and "**Why.**" in r["help"]["markdown"]
    assert r["defaultConfiguration"]["level"] == "error"
    by_rule = {x["ruleId"]: x for x in run["results"]}
    suspect = by_rule[CODE]
    assert suspect["level"] == "warning"
    assert run["tool"]["driver"]["rules"][suspect["ruleIndex"]]["id"] == CODE
    loc = suspect["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "journal/besok.json", "uriBaseId": "%SRCROOT%"}
    assert loc["region"]["startLine"] >= 1 and loc["region"]["startColumn"] >= 1
    assert len(suspect["partialFingerprints"]["notelint/v1"]) == 20
    # the fingerprint is the finding's stable one
    js = json.loads(lint("json").stdout)
    fp = {f["code"]: f["fingerprint"] for f in js["findings"]}
    assert suspect["partialFingerprints"]["notelint/v1"] == fp[CODE]
    # a deliberately broken log is rejected by the same validator (the check is real)
    bad = json.loads(res.stdout)
    bad["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(schema).validate(bad)


def test_sarif_empty_run_and_outside_path(repo, tmp_path_factory):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    res = CliRunner().invoke(main, ["lint", "journal/ren.json", "--format", "sarif", "--select", CODE])
    log = json.loads(res.stdout)
    jsonschema.Draft4Validator(schema).validate(log)
    assert log["runs"][0]["results"] == [] and res.exit_code == 0
    other = tmp_path_factory.mktemp("annan") / "x.json"
    other.write_text(json.dumps(record(NOTE)), encoding="utf-8")
    log = json.loads(CliRunner().invoke(main, ["lint", str(other), "--format", "sarif",
                                               "--select", CODE]).stdout)
    jsonschema.Draft4Validator(schema).validate(log)
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri["uri"].startswith("file:///") and "uriBaseId" not in uri


def test_sarif_uris_are_relative_to_the_git_work_tree(repo, monkeypatch):
    (repo / ".git").mkdir()
    monkeypatch.chdir(repo / "journal")
    res = CliRunner().invoke(main, ["lint", "besok.json", "--format", "sarif", "--select", CODE])
    run = json.loads(res.stdout)["runs"][0]
    loc = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert loc["uri"] == "journal/besok.json" and loc["uriBaseId"] == "%SRCROOT%"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == repo.resolve().as_uri() + "/"


def test_github_annotations(repo):
    out = lint("github").output.splitlines()
    warn = [l for l in out if f"title={CODE}" in l]
    assert len(warn) == 1
    assert warn[0].startswith("::warning file=journal/besok.json,line=")
    assert ",col=" in warn[0] and f"::{CODE} [national] misstänkt diagnos" in warn[0]
    err = [l for l in out if "NL901" in l]
    assert err and err[0].startswith("::error file=journal/trasig.json,line=1,col=")
    # messages with newlines / colons / commas are escaped, one annotation per line
    from notelint.report.github import _data, _prop
    assert _data("a\nb%") == "a%0Ab%25" and _prop("a:b,c") == "a%3Ab%2Cc"


def test_junit(repo):
    xml = ET.fromstring(lint("junit").stdout)
    suite = xml.find("testsuite")
    cases = suite.findall("testcase")
    names = {(c.get("classname"), c.get("name").split()[0]) for c in cases}
    assert (os.path.join("journal", "besok.json"), CODE) in names
    assert (os.path.join("journal", "trasig.json"), "NL901") in names
    assert suite.get("failures") == str(len(cases)) == suite.get("tests")
    ok = ET.fromstring(CliRunner().invoke(main, ["lint", "journal/ren.json", "--format", "junit",
                                                 "--select", CODE]).stdout)
    assert ok.find("testsuite").get("failures") == "0"


@pytest.mark.parametrize("fmt", ["sarif", "github", "junit", "json"])
def test_no_note_text_or_pnr_in_machine_formats(repo, fmt):
    out = lint(fmt).stdout
    if fmt == "sarif":  # the rule help quotes the rules' own doc examples; check the results
        log = json.loads(out)
        out = json.dumps(log["runs"][0]["results"], ensure_ascii=False)
    for fragment in ("fästingbett", "huvudvärk", "Misstänkt borrelia", PNR, "1212-1212"):
        assert fragment not in out, (fmt, fragment)


# ----------------------------------------------------------------------- rule reference


def test_docs_rules_md_is_not_stale():
    """docs/rules.md is generated from the rules' metadata; regenerate it when rules change:
    ``python -m notelint.docs > docs/rules.md``."""
    from notelint.docs import rules_markdown
    from notelint.rules import all_rules

    doc = (Path(__file__).resolve().parent.parent / "docs" / "rules.md").read_text(encoding="utf-8")
    assert doc == rules_markdown(), (
        "docs/rules.md is stale; run `python -m notelint.docs > docs/rules.md`")
    for r in all_rules():
        assert f"### {r.code} `{r.name}`" in doc
        for src in r.sources:
            assert src.file in doc                         # the routine's seed is named


def test_explain_and_docs_share_metadata():
    from notelint.docs import explain_text, rules_markdown
    from notelint.rules import get_rule

    r = get_rule("NL901")
    text, md = explain_text(r, "en"), rules_markdown()
    assert r.summary in text and r.summary in md
    assert "Regions: " in text and "regions: " in md


def test_sarif_source_root_named_after_a_patient_is_masked(repo, monkeypatch, tmp_path):
    """%SRCROOT% is the folder the run was started in: a folder named after a patient is
    masked like every path of the report (unless --show-pii)."""
    folder = tmp_path / "19121212-1212"
    folder.mkdir()
    (folder / "besok.json").write_bytes((repo / "journal" / "besok.json").read_bytes())
    monkeypatch.chdir(folder)
    for flags, shown in (([], False), (["--show-pii"], True)):
        res = CliRunner().invoke(main, ["lint", "besok.json", "--format", "sarif", *flags])
        uri = json.loads(res.stdout)["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        assert ("19121212-1212" in uri) is shown and "19121212-" in uri, uri


@pytest.mark.parametrize("name", ["pat 19121212 1212", "pat 19121212\u20131212"])
def test_sarif_source_root_is_masked_before_it_is_percent_encoded(repo, monkeypatch, tmp_path, name):
    folder = tmp_path / name
    folder.mkdir()
    (folder / "besok.json").write_bytes((repo / "journal" / "besok.json").read_bytes())
    monkeypatch.chdir(folder)
    res = CliRunner().invoke(main, ["lint", "besok.json", "--format", "sarif"])
    uri = json.loads(res.stdout)["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert "XXXX" in uri and "1212/" not in uri.replace("XXXX/", ""), uri


def test_an_escape_before_or_inside_a_number_does_not_hide_it(tmp_path):
    """A control character before a number is written as an escape ending in a digit
    ("\\x01"), a file name's undecodable byte as one between its parts ("\\x96"): the
    number is masked all the same."""
    note = {"id": "n\u000119121212-1212", "system": "Melior", "time": "2024-03-12T14:05:00",
            "signed": "2024-03-12T15:00:00",
            "sections": [{"keyword": "Aktuellt\u0007191212121212", "text": "Pat berättar att maken slår henne."}]}
    f = tmp_path / "ctl.json"
    f.write_text(json.dumps({"patient": {"id": "19121212-1212"}, "notes": [note]}), encoding="utf-8")
    for fmt in ("json", "text", "sarif"):
        res = CliRunner().invoke(main, ["lint", str(f), "--ruleset", "skane", "--format", fmt])
        assert "1212-1212" not in res.stdout and "191212121212" not in res.stdout, fmt
        assert "XXXX" in res.stdout


@pytest.mark.parametrize("name", ["::error::pwn.txt", " ::error::sp.txt", "\u00a0::error::nb.txt"])
def test_a_text_line_never_starts_a_ci_workflow_command(tmp_path, monkeypatch, name):
    """A runner trims a line and reads "::error::…" as a workflow command."""
    f = tmp_path / name
    f.write_text("Patient: 19121212-1212\nJournalsystem: Melior\n\nBedömning: Misstänkt bipolär sjukdom.\n",
                 encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(main, ["lint", name, "--ruleset", "skane"])
    lines = [line for line in res.stdout.splitlines() if "NL10" in line]
    assert lines and all(line.startswith("./" + name + ":") for line in lines), res.stdout


def test_escaped_tabs_and_line_breaks_between_the_parts_hide_no_number():
    from notelint import pii
    from notelint.model import printable

    for raw in ("19121212\t1212", "19121212\n1212"):
        assert "XXXX" in pii.mask_text(printable(raw))
