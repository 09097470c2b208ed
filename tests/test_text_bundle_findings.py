"""A journal copy with its 1177 cases as text: NL4 findings with correct lines, and the same
findings as the same record given as interchange JSON."""

from __future__ import annotations

import json

from click.testing import CliRunner

from notelint.cli import main
from notelint.readers import Loaded, read_file

from conftest import ROOT

BUNDLE = ROOT / "examples/kalmar/journalkopia_1177.txt"


def _lint(path, ruleset="kalmar"):
    res = CliRunner().invoke(main, ["lint", str(path), "--ruleset", ruleset, "--format", "json"])
    return json.loads(res.stdout)["findings"]


def test_nl4_findings_point_at_blocks():
    found = {(f["code"], f["target"]["id"]): f["line"] for f in _lint(BUNDLE)}
    lines = BUNDLE.read_text("utf-8").splitlines()
    # the case without any note: finding on the case block's first header line
    assert ("NL401", "1177-70140") in found
    assert lines[found[("NL401", "1177-70140")] - 1].startswith("Ärendetyp: Kontakta mottagningen")
    # the pasted conversation, signed four days late, is flagged on its note
    assert any(code == "NL404" and line == 1 for (code, _), line in found.items())
    assert any(code == "NL405" for code, _ in found)
    # two photos, a note that neither summarises them nor records that they were scanned
    assert ("NL406", "1177-70088") in found
    assert lines[found[("NL406", "1177-70088")] - 1].startswith("Ärendetyp: Rådgivning")
    # prescription renewal is exempt (the medication list is the documentation)
    assert ("NL401", "1177-70151") not in found


def test_same_record_as_json_gives_same_findings(tmp_path):
    (item,) = list(read_file(str(BUNDLE)))
    assert isinstance(item, Loaded)
    p = tmp_path / "same.json"
    p.write_text(item.record.model_dump_json(exclude_none=True), encoding="utf-8")
    key = lambda fs: sorted((f["code"], f["target"]["kind"], f["target"]["id"], f["fingerprint"]) for f in fs)
    assert key(_lint(BUNDLE)) == key(_lint(p))
