"""The journal system of notes whose input names none (FHIR, most JSON exports):
``--journal-system`` / ``journal-system`` for lint and audit, the server's flag for
/v1/lint as for CDS Hooks, and a note on stderr when a system-bound rule was not applied."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from notelint.cli import main

from conftest import ROOT

HYPOTHESIS = '<div xmlns="http://www.w3.org/1999/xhtml"><p>Misstänkt bipolär sjukdom typ 2.</p></div>'


def _bundle(tmp_path: Path) -> Path:
    """The example FHIR bundle with a hypothesis in its assessment: NL102 in Melior only."""
    b = json.loads((ROOT / "examples/skane/fhir/bundle_r4.json").read_text("utf-8"))
    (section,) = [s for s in b["entry"][3]["resource"]["section"] if s["title"] == "Bedömning"]
    section["text"]["div"] = HYPOTHESIS
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps(b, ensure_ascii=False), encoding="utf-8")
    return path


def _lint(*args: str):
    return CliRunner().invoke(main, ["lint", "--format", "json", *args], catch_exceptions=False)


def _codes(res) -> set[str]:
    return {f["code"] for f in json.loads(res.stdout)["findings"]}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_fhir_note_is_linted_as_the_named_systems(tmp_path, jobs) -> None:
    path = str(_bundle(tmp_path))
    args = [path, path, "--ruleset", "skane", "--isolated", "-j", jobs]  # (two: -j2 splits)
    plain = _lint(*args)
    assert "NL102" not in _codes(plain)
    # not applied is said, with what to do (per note, over the workers too)
    assert "4 notes named no journal system" in plain.stderr
    assert "--journal-system NAME (PMO, Melior)" in plain.stderr
    melior = _lint(*args, "--journal-system", "melior")  # (the ruleset's spelling, any case)
    assert "NL102" in _codes(melior) and "journal system" not in melior.stderr
    pmo = _lint(*args, "--journal-system", "PMO")  # PMO shows no free-text diagnoses
    assert "NL102" not in _codes(pmo) and "journal system" not in pmo.stderr


def test_audit_says_so_too(tmp_path, monkeypatch) -> None:
    pytest.importorskip("duckdb")
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    path = str(_bundle(tmp_path))
    args = ["audit", path, "--ruleset", "skane", "--isolated", "-j", "1"]
    plain = CliRunner().invoke(main, args)
    notes = [x for x in plain.stderr.splitlines() if "journal system" in x]
    assert plain.exit_code in (0, 1) and len(notes) == 1, plain.stderr
    assert "2 notes named no journal system" in notes[0]
    assert "--journal-system NAME (PMO, Melior)" in notes[0]
    named = CliRunner().invoke(main, [*args, "--journal-system", "Melior"])
    assert named.exit_code in (0, 1) and "journal system" not in named.stderr
    # a ruleset where no system shows free-text diagnoses has nothing to say
    national = CliRunner().invoke(main, [*args[:3], "national", *args[4:]])
    assert national.exit_code in (0, 1) and "journal system" not in national.stderr


def test_the_journal_system_from_the_configuration(tmp_path) -> None:
    path = _bundle(tmp_path)
    (tmp_path / "notelint.toml").write_text('ruleset = "skane"\njournal-system = "Melior"\n')
    assert "NL102" in _codes(_lint(str(path)))
    # the flag overrides the file
    assert "NL102" not in _codes(_lint(str(path), "--journal-system", "PMO"))
    shown = CliRunner().invoke(main, ["config", "--show", str(path)])
    assert 'journal-system = "Melior"' in shown.stdout.splitlines()


def test_a_system_a_note_names_is_kept(tmp_path) -> None:
    rec = {"patient": {"id": "19121212-1212"}, "notes": [{
        "id": "n1", "system": "PMO", "time": "2024-03-12T14:05:00",
        "sections": [{"keyword": "Bedömning", "text": "Misstänkt bipolär sjukdom typ 2."}]}]}
    path = tmp_path / "r.json"
    path.write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    res = _lint(str(path), "--ruleset", "skane", "--isolated", "--journal-system", "Melior")
    assert "NL102" not in _codes(res)
    rec["notes"][0].pop("system")
    path.write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    res = _lint(str(path), "--ruleset", "skane", "--isolated", "--journal-system", "Melior")
    assert "NL102" in _codes(res)


@pytest.mark.parametrize("command", ["lint", "audit"])
@pytest.mark.parametrize("name", ["Cosmic", ""])
def test_an_unknown_system_is_one_line_naming_the_known(tmp_path, command, name) -> None:
    path = str(_bundle(tmp_path))
    res = CliRunner().invoke(main, [command, path, "--ruleset", "skane", "--isolated",
                                    "--journal-system", name])
    assert res.exit_code == 2
    errors = [x for x in res.stderr.splitlines() if "error" in x]  # (audit warns of its key)
    assert errors == [
        f"notelint: error: --journal-system: {name!r} is not a journal system of ruleset skane "
        "(PMO, Melior)"]


def test_an_unknown_system_in_the_configuration_names_its_line(tmp_path) -> None:
    path = _bundle(tmp_path)
    (tmp_path / "notelint.toml").write_text('ruleset = "skane"\n\njournal-system = "Cosmic"\n')
    res = CliRunner().invoke(main, ["lint", str(path)])
    assert res.exit_code == 2
    (line,) = res.stderr.strip().splitlines()
    assert f"{tmp_path / 'notelint.toml'}:3: journal-system: 'Cosmic'" in line
    other = tmp_path / "other"
    other.mkdir()
    (other / "notelint.toml").write_text('ruleset = "skane"\njournal-system = 3\n')
    res = CliRunner().invoke(main, ["lint", str(_bundle(other))])
    assert res.exit_code == 2 and "'journal-system' must be the name" in res.stderr


def test_v1_lint_answers_as_the_command_line_with_the_same_system(tmp_path) -> None:
    from starlette.testclient import TestClient

    from notelint.serve import create_app

    body = _bundle(tmp_path).read_bytes()
    got = {}
    for system in (None, "Melior"):
        with TestClient(create_app("skane", journal_system=system)) as c:
            r = c.post("/v1/lint", content=body, headers={"content-type": "application/json"})
        assert r.status_code == 200, r.text
        got[system] = {f["code"] for f in r.json()["findings"]}
    cli = _codes(_lint(str(tmp_path / "bundle.json"), "--ruleset", "skane", "--isolated",
                       "--journal-system", "Melior"))
    assert "NL102" in got["Melior"] and "NL102" not in got[None]
    assert got["Melior"] == cli
