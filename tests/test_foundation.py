"""Foundation: model validation, JSON readers, CLI exit codes, masking, explain, rulesets."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from notelint.cli import main
from notelint.model import Record
from notelint import pii
from notelint.rulesets import RulesetError, load_ruleset, available_rulesets

from conftest import PNR, CHILD_PNR


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_personnummer_forms_and_birth_date():
    for form in ("19121212-1212", "191212121212", "121212-1212", "1212121212"):
        assert pii.is_valid_pin(form), form
    assert pii.is_valid_pin("121212+1212")            # aged 100+
    assert not pii.is_valid_pin("19121212-1213")      # wrong check digit
    assert not pii.is_valid_pin("19121312-1212")      # month 13
    r = Record.model_validate({"patient": {"id": "121212+1212"}})
    assert str(r.patient.birth_date) == "1912-12-12"
    # samordningsnummer: day + 60
    r = Record.model_validate({"patient": {"id": "20121272-1235"}})
    assert str(r.patient.birth_date) == "2012-12-12"


def test_masking_in_text():
    assert pii.mask_text(f"pat {PNR} ring 0771-86 66 00") == "pat 19121212-XXXX ring 0771-86 66 00"
    assert "1236" not in pii.mask_text(f"barn {CHILD_PNR}")


def test_unknown_field_names_json_path(write):
    p = write("x.json", {"patient": {"id": PNR}, "notes": [
        {"id": "n1", "sections": [{"keyword": "Bedömning", "text": "ua"}]},
        {"id": "n2", "sections": [{"keyword": "A", "txt": "x"}]}]})
    res = run("lint", str(p), "--format", "json")
    out = json.loads(res.stdout)
    assert res.exit_code == 2
    assert out["findings"][0]["code"] == "NL901"
    assert "notes[1].sections[0].txt" in out["findings"][0]["message"]


def test_broken_record_does_not_lose_others(write):
    p = write("x.jsonl", "\n".join([
        json.dumps({"patient": {"id": PNR}}),
        "{not json",
        json.dumps({"patient": {"id": PNR}, "notes": [{"id": "n1"}]}),
        json.dumps({"patient": {"id": "19121212-1213"}}),
    ]))
    res = run("lint", str(p), "--format", "json")
    out = json.loads(res.stdout)
    # the record with a bad number is linted too; the number is its own NL901
    assert out["summary"]["records"] == 3 and out["summary"]["notes"] == 1
    lines = sorted(f["line"] for f in out["findings"] if f["code"] == "NL901")
    assert lines == [2, 4]
    assert res.exit_code == 2
    # invalid numbers are not echoed either ("1213" alone may stand in a fingerprint's hex)
    assert not re.search(r"1212[- ]?1213", res.output)


def test_json_list_lines(write):
    p = write("x.json", '[\n {"patient": {"id": "19121212-1212"}},\n {"patient": {"id": "x"}}\n]')
    out = json.loads(run("lint", str(p), "--format", "json").stdout)
    assert out["findings"][0]["line"] == 3


def test_exit_codes(write):
    good = write("g.json", {"patient": {"id": PNR}})
    assert run("lint", str(good)).exit_code == 0
    assert run("lint", str(good), "--ruleset", "nosuch").exit_code == 2
    assert run("lint").exit_code == 2
    assert run("lint", str(good), "--select", "XYZ").exit_code == 2
    assert run("lint", str(good), "--format", "yaml").exit_code == 2


def test_empty_binary_and_missing_files(write):
    empty = write("e.json", "")
    binary = write("b.json", b"\x00\x01\x02\xff" * 100)
    res = run("lint", str(empty), str(binary), "/no/such/file.json")
    assert res.exit_code == 2
    assert res.output.count("NL901") == 3
    assert "Traceback" not in res.output


def test_stdin_json_sniffed():
    res = run("lint", "-", "--format", "json", input=json.dumps({"patient": {"id": PNR}}).encode())
    assert json.loads(res.stdout)["summary"]["records"] == 1


def test_explain_and_rules():
    res = run("explain", "NL901")
    assert res.exit_code == 0 and "Varför:" in res.output and "Dåligt exempel:" in res.output
    assert run("explain", "NL999").exit_code == 2
    assert "NL901" in run("rules").output


def test_schema_is_json_schema():
    schema = json.loads(run("schema").output)
    assert schema["properties"]["notes"]["type"] == "array"
    assert schema["additionalProperties"] is False


def test_builtin_rulesets_load():
    names = available_rulesets()
    assert {"national", "skane", "vgr", "jonkoping", "kalmar"} <= set(names)
    assert load_ruleset("jonkoping").access.doc_template == "Administrativ anteckning"
    assert load_ruleset("skane").access.lock_max_days == 92


def test_ruleset_validation_names_key_and_line(tmp_path):
    p = tmp_path / "bad.toml"
    p.write_text('name = "bad"\nextends = "national"\n\n[access]\ndoc_keywrd = "x"\n', "utf-8")
    with pytest.raises(RulesetError) as e:
        load_ruleset(str(p))
    assert f"{p}:5" in str(e.value) and "doc_keywrd" in str(e.value)
    p.write_text('name = "bad"\n[access]\nlock_max_days = "tre"\n', "utf-8")
    load_ruleset.cache_clear()
    with pytest.raises(RulesetError) as e:
        load_ruleset(str(p))
    assert f"{p}:3" in str(e.value)


def test_cli_help_is_fast_and_lazy():
    code = ("import sys, notelint.cli; "
            "print('spacy' in sys.modules, 'pydantic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert out.split()[0] == "False"


def test_pretty_json_findings_point_at_their_object(write):
    record = {"patient": {"id": PNR}, "as_of": "2024-06-30T00:00:00",
              "notes": [{"id": "n1", "sections": [{"keyword": "Bedömning", "text": "ua"}]}],
              "access_events": [{"id": "a1", "action": "seal", "initiated_by": "staff",
                                 "unit": {"name": "BUP Lund", "hsa_id": "SE1-A"},
                                 "ordered": "2024-03-01T10:00:00", "start": "2024-03-01",
                                 "decided_by": {"role": "verksamhetschef"}, "ongoing_care": True}]}
    p = write("x.json", json.dumps([{"patient": {"id": PNR}}, record], indent=2))
    out = json.loads(run("lint", str(p), "--ruleset", "skane", "--format", "json",
                         "--select", "NL301").output)
    (f,) = out["findings"]
    lines = p.read_text("utf-8").splitlines()
    assert '"id": "a1"' in lines[f["line"] - 1]
