"""Hostile inputs (issue 19): one test per class, each failing before its fix. The files are
generated here; the directory test lints them all together beside a good file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from notelint.cli import main

from conftest import PNR

GOOD_NOTE = {"id": "n1", "system": "Melior", "template": "Läkaranteckning",
             "time": "2024-03-12T14:05:00", "signed": "2024-03-12T15:00:00",
             "sections": [{"keyword": "Bedömning",
                           "text": "Misstänkt lungcancer, pat ej informerad ännu."}]}


def rec(**kw) -> dict:
    return {"patient": {"id": PNR}, "as_of": "2024-06-30T00:00:00", "notes": [GOOD_NOTE], **kw}


def run(*args: str, ruleset: str = "skane") -> tuple[int, str, list[dict]]:
    r = CliRunner().invoke(main, ["lint", *args, "--ruleset", ruleset, "--format", "json"])
    assert "Traceback" not in r.output
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    try:
        findings = json.loads(r.output)["findings"]
    except ValueError:
        findings = []
    return r.exit_code, r.output, findings


def codes(findings: list[dict]) -> list[str]:
    return [f["code"] for f in findings]


def test_huge_json_integer(tmp_path):
    p = tmp_path / "big.json"
    p.write_text('{"patient": {"id": "' + PNR + '", "protected_identity": ' + "9" * 4301 + "}}")
    code, out, f = run(str(p))
    assert code == 2 and codes(f) == ["NL901"] and "4300" in f[0]["message"]


def test_fhir_date_near_year_one(tmp_path):
    import copy

    from test_fhir_reader import BUNDLE

    bundle = copy.deepcopy(BUNDLE)
    bundle["entry"][3]["resource"]["date"] = "0001-01-01T00:30:00+01:00"
    p = tmp_path / "fhir.json"
    p.write_text(json.dumps(bundle))
    code, out, f = run(str(p))
    assert code == 2 and "NL901" in codes(f) and "1800" in out


@pytest.mark.skipif(sys.platform != "linux", reason="needs a byte file name")
def test_broken_file_with_non_utf8_name(tmp_path):
    name = os.fsencode(str(tmp_path)) + b"/bad\xff.json"
    with open(name, "wb") as fh:
        fh.write(b"{")
    (tmp_path / "good.json").write_text(json.dumps(rec()), encoding="utf-8")
    code, out, f = run(str(tmp_path))
    assert code == 2 and "NL901" in codes(f) and "NL101" in codes(f)
    assert any("bad\\xff.json" in x["path"] for x in f)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_and_dev_zero_are_refused_not_read(tmp_path):
    os.mkfifo(tmp_path / "x.json")
    if os.path.exists("/dev/zero"):
        os.symlink("/dev/zero", tmp_path / "zero.jsonl")
    (tmp_path / "good.json").write_text(json.dumps(rec()), encoding="utf-8")
    code, out, f = run(str(tmp_path))
    bad = [x for x in f if x["code"] == "NL901"]
    assert code == 2 and len(bad) == (2 if os.path.exists("/dev/zero") else 1)
    assert all("vanlig fil" in x["message"] for x in bad) and "NL101" in codes(f)


def _audit(monkeypatch, tmp_path, folder):
    pytest.importorskip("duckdb")
    from notelint.audit.runner import AuditOptions, run_audit

    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k" * 40)
    return run_audit(AuditOptions([str(folder)], "skane", store=str(tmp_path / "s.duckdb"),
                                  jobs=1))


def test_audit_keeps_a_non_utf8_name_and_its_neighbours(monkeypatch, tmp_path):
    folder = tmp_path / "e"
    folder.mkdir()
    with open(os.fsencode(str(folder)) + b"/bad\xff.json", "wb") as fh:
        fh.write(b"{")
    (folder / "good.json").write_text(json.dumps(rec()), encoding="utf-8")
    out = _audit(monkeypatch, tmp_path, folder)
    assert out.broken == 1 and out.records == 1 and out.findings >= 2  # NL901 + the good file's


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_audit_refuses_a_fifo_and_dev_zero_without_reading_them(monkeypatch, tmp_path):
    folder = tmp_path / "e"
    folder.mkdir()
    os.mkfifo(folder / "x.json")  # opened, it would block the audit forever
    if os.path.exists("/dev/zero"):
        os.symlink("/dev/zero", folder / "zero.json")  # read, it would never end
    (folder / "good.json").write_text(json.dumps(rec()), encoding="utf-8")
    out = _audit(monkeypatch, tmp_path, folder)
    assert out.broken == (2 if os.path.exists("/dev/zero") else 1) and out.records == 1


def test_internal_failure_exits_2_not_1(monkeypatch, tmp_path):
    import notelint.lint

    def boom(*a, **k):
        raise RuntimeError("bug")

    monkeypatch.setattr(notelint.lint, "run_lint", boom)
    r = CliRunner().invoke(main, ["lint", str(tmp_path)])
    assert r.exit_code == 2 and "internal error (RuntimeError)" in r.output
    assert "Traceback" not in r.output


def test_one_bad_utf8_byte_keeps_the_file_utf8(tmp_path):
    text = ("Patient: 19121212-1212\nJournalsystem: Melior\nMall: Läkaranteckning\n"
            "Datum: 2024-03-12 14:05\nSignerad: 2024-03-12 15:00\n\n"
            "Bedömning: Misstänkt lungcancer, pat ej informerad ännu.\n"
            "Planering: åter om två veckor \xff.\n")
    p = tmp_path / "n.txt"
    p.write_bytes(text.encode("utf-8").replace("\xff".encode("utf-8"), b"\xff"))
    code, out, f = run(str(p))
    assert "NL101" in codes(f), out  # the note is understood (not read as cp1252)
    [bad] = [x for x in f if x["code"] == "NL901"]
    assert "UTF-8" in bad["message"] and bad["line"] == 8 and code == 2


def test_one_bad_utf8_byte_beside_one_good_letter_stays_utf8():
    from notelint.readers import decode_checked

    text, bad_at = decode_checked("Misstänkt lungcancer. ".encode("utf-8") + b"\xff")
    assert text.startswith("Misstänkt") and bad_at == len("Misstänkt lungcancer. ")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bad_utf8_byte_in_a_json_lines_line_is_said_and_the_line_read(tmp_path, jobs):
    good = json.dumps(rec(), ensure_ascii=False).encode("utf-8")
    bad = good.replace("pat ej informerad".encode(), b"pat ej informerad \xff", 1)
    assert bad != good
    p = tmp_path / "e.jsonl"
    p.write_bytes(good + b"\n" + bad + b"\n")
    code, out, f = run(str(p), "-j", jobs)
    assert code == 2, out
    [nl901] = [x for x in f if x["code"] == "NL901"]
    assert "UTF-8" in nl901["message"] and nl901["line"] == 2
    assert sorted(x["line"] for x in f if x["code"] == "NL101") == [1, 2]  # both records read


def test_offset_and_naive_times_mix(tmp_path):
    r = rec(as_of=None, access_events=[{
        "id": "a1", "action": "seal", "initiated_by": "staff", "ordered": "2024-03-01T10:00:00Z",
        "start": "2024-03-01", "decided_by": {"role": "verksamhetschef"}, "ongoing_care": True}])
    p = tmp_path / "tz.json"
    p.write_text(json.dumps(r), encoding="utf-8")
    code, out, f = run(str(p))
    assert "NL902" not in codes(f) and "NL301" in codes(f), out


@pytest.mark.parametrize("end", ["9999-12-31", "0001-01-01"])
def test_dates_near_the_ends_of_time(tmp_path, end):
    r = rec(access_events=[{
        "id": "a1", "action": "seal", "initiated_by": "staff", "ordered": "2024-03-01T10:00:00",
        "start": "2024-03-01", "end": end, "decided_by": {"role": "verksamhetschef"},
        "ongoing_care": True}],
        treatments=[{"id": "t1", "program": "KBT", "status": "ongoing", "start": "2024-01-01",
                     "end": end}])
    p = tmp_path / "d.json"
    p.write_text(json.dumps(r), encoding="utf-8")
    code, out, f = run(str(p))
    assert "NL902" not in codes(f), out
    if end.startswith("9999"):  # "no end": linted as open-ended
        assert "NL303" in codes(f) and "NL901" not in codes(f)
    else:
        assert code == 2 and "NL901" in codes(f)
    r = CliRunner().invoke(main, ["preview", str(p), "--ruleset", "skane"])
    assert "Traceback" not in r.output and r.exit_code in (0, 2)


def test_brackets_inside_strings_are_not_nesting(tmp_path):
    note = dict(GOOD_NOTE, sections=[{"keyword": "Bedömning", "text": "[" * 70}])
    p = tmp_path / "b.json"
    p.write_text(json.dumps(rec(notes=[note])), encoding="utf-8")
    code, out, f = run(str(p))
    assert "NL901" not in codes(f), out


def test_bad_guardian_number_is_its_own_finding(tmp_path):
    r = rec(access_events=[{
        "id": "b1", "action": "block_guardian", "initiated_by": "staff",
        "ordered": "2024-03-01T10:00:00", "start": "2024-03-01", "guardian_id": "19800101-2388",
        "decided_by": {"role": "verksamhetschef"}, "ongoing_care": True}])
    p = tmp_path / "g.json"
    p.write_text(json.dumps(r), encoding="utf-8")
    code, out, f = run(str(p))
    bad = [x for x in f if x["code"] == "NL901"]
    assert len(bad) == 1 and "guardian_id" in bad[0]["message"] and "2388" not in out
    assert "NL101" in codes(f) and code == 2  # the rest of the record is linted


def test_junit_with_control_characters_is_valid_xml(tmp_path):
    note = dict(GOOD_NOTE, id="n\x01\x1b[31m")
    p = tmp_path / "c\x1b[31m\x01.json"  # control characters in the file name
    p.write_text(json.dumps(rec(notes=[note])), encoding="utf-8")
    r = CliRunner().invoke(main, ["lint", str(p), "--ruleset", "skane", "--format", "junit"])
    ET.fromstring(r.output.encode())  # raises on invalid XML


def test_nl901_is_one_line_in_text_output(tmp_path):
    p = tmp_path / "bad\nname.jsonl"
    p.write_text('{"patient": {"id": "' + PNR + '"}, "notes": [{"id": "a\\nb", "x": 1}]}\n')
    r = CliRunner().invoke(main, ["lint", str(p)])
    lines = [x for x in r.stdout.splitlines() if "NL901" in x]
    assert len(lines) == 1 and r.stdout.count("\n") == 4, r.output


def journal_copy(body: str) -> str:
    return ("Patient: 19121212-1212\nJournalsystem: Melior\nMall: Läkaranteckning\n"
            "Datum: 2024-03-12 14:05\nSignerad: 2024-03-12 15:00\n\n" + body)


HIDDEN_THEN_UNKNOWN = journal_copy(
    "Våldsutsatthet i nära relationer: Pat berättar att maken slagit henne.\n"
    "Slutsats: Misstänkt lungcancer, pat ej informerad ännu.\n")


def test_unknown_heading_never_inherits_a_protected_sections_hiding(tmp_path):
    p = tmp_path / "n.txt"
    p.write_text(HIDDEN_THEN_UNKNOWN, encoding="utf-8")
    code, out, f = run(str(p), ruleset="vgr")  # VGR hides the sökord
    assert code == 1 and {"NL101", "NL102", "NL903"} <= set(codes(f)), out
    nl101 = next(x for x in f if x["code"] == "NL101")
    assert nl101["span"]["section"] == "Slutsats" and nl101["line"] == 8
    [note] = [x for x in f if x["code"] == "NL903"]
    assert (note["severity"], note["line"], note["column"]) == ("info", 8, 1)
    assert "Våldsutsatthet i nära relationer" in note["message"]
    r = CliRunner().invoke(main, ["preview", str(p), "--ruleset", "vgr"])
    assert "Slutsats: synligt" in r.output and "Alla avsnitt är dolda" not in r.output


@pytest.mark.parametrize("heading, keyword", [
    ("Bedömning 2:", "Bedömning"), ("Bedömning (läkare):", "Bedömning"),
    ("  Bedömning:", "Bedömning"), ("Åtgärd, plan:", "Åtgärd"),
    ("Ny bedömning 2024-03-12:", "Ny bedömning 2024-03-12")])
def test_a_qualified_or_indented_heading_after_a_protected_section_is_its_own(tmp_path, heading,
                                                                             keyword):
    p = tmp_path / "n.txt"
    p.write_text(journal_copy("Våldsutsatthet i nära relationer: Slag av partner.\n"
                              f"{heading} Misstänkt lungcancer, pat ej informerad ännu.\n"),
                 encoding="utf-8")
    code, out, f = run(str(p), ruleset="vgr")
    nl101 = [x for x in f if x["code"] == "NL101"]
    assert code == 1 and nl101 and nl101[0]["span"]["section"] == keyword, out
    if heading.strip() != keyword + ":" and heading.startswith(keyword):  # a qualifier said
        [nl903] = [x for x in f if x["code"] == "NL903"]
        assert "utan tillägget" in nl903["message"]


@pytest.mark.parametrize("line", ["Obs: maken har hotat igen.",
                                  "Notera: hotet gäller även barnen.",
                                  "Pat: vill inte att maken får veta."])
def test_inline_labels_stay_in_the_protected_section(tmp_path, line):
    p = tmp_path / "n.txt"
    p.write_text(journal_copy("Våldsutsatthet i nära relationer: Slag av partner.\n"
                              + line + "\n"), encoding="utf-8")
    code, out, f = run(str(p), ruleset="vgr")
    assert code == 0 and f == [], out


def test_misspelt_sokord_is_read_as_the_sokord_and_said(tmp_path):
    p = tmp_path / "n.txt"
    p.write_text(journal_copy("Aktuelt: Hosta sedan 3 v.\n"
                              "Bedömnig: Misstänkt lungcancer, pat ej informerad ännu.\n"),
                 encoding="utf-8")
    code, out, f = run(str(p))
    notes = [x for x in f if x["code"] == "NL903"]
    assert [(x["line"], x["severity"]) for x in notes] == [(7, "info"), (8, "info")]
    assert '"Bedömnig" lästes som sökordet "Bedömning"' in notes[1]["message"]
    assert next(x for x in f if x["code"] == "NL101")["span"]["section"] == "Bedömning"
    assert code == 1  # info alone would not fail the run: NL101 does


def test_misspelt_protected_sokord_is_never_hidden_by_a_guess(tmp_path):
    p = tmp_path / "n.txt"
    p.write_text(journal_copy("Bedömning: Hosta.\n"
                              "Tidiga hypotser: Misstänkt lungcancer, pat ej informerad ännu.\n"),
                 encoding="utf-8")
    code, out, f = run(str(p), ruleset="vgr")
    assert next(x for x in f if x["code"] == "NL101")["span"]["section"] == "Tidiga hypotser"
    [note] = [x for x in f if x["code"] == "NL903"]
    assert 'liknar sökordet "Tidiga hypoteser"' in note["message"]


RIVTA_V2 = Path(__file__).resolve().parents[1] / "examples/skane/rivta/getcaredocumentation_v2.xml"


def rivta(tmp_path, name: str, edit) -> Path:
    p = tmp_path / name
    p.write_text(edit(RIVTA_V2.read_text(encoding="utf-8")), encoding="utf-8")
    return p


def first_doc(xml: str) -> str:
    start = xml.index("  <ns2:careDocumentation>")
    return xml[start:xml.index("</ns2:careDocumentation>\n", start) + 25]


def test_rivta_duplicate_document_id_keeps_the_patients_other_notes(tmp_path):
    alone = run(str(RIVTA_V2))[2]
    p = rivta(tmp_path, "dup.xml", lambda x: x.replace("MEL-2024-000312", "MEL-2024-000311"))
    code, out, f = run(str(p))
    [bad] = [x for x in f if x["code"] == "NL901"]
    assert code == 2 and (bad["line"], bad["column"]) == (36, 7), out
    assert "MEL-2024-000311 (2)" in bad["message"]
    assert sorted(codes(f)) == sorted(codes(alone) + ["NL901"])
    # an exact copy of a document is skipped, the record is linted as without it
    p = rivta(tmp_path, "copy.xml", lambda x: x.replace(first_doc(x), first_doc(x) * 2))
    code, out, f = run(str(p))
    [bad] = [x for x in f if x["code"] == "NL901"]
    assert code == 2 and "kopia" in bad["message"], out
    assert sorted(codes(f)) == sorted(codes(alone) + ["NL901"])


def test_rivta_bad_time_is_reported_not_a_silent_draft(tmp_path):
    p = rivta(tmp_path, "t.xml", lambda x: x.replace(
        "<signatureTime>20240312150000", "<signatureTime>20240230250000"))
    code, out, f = run(str(p))
    [bad] = [x for x in f if x["code"] == "NL901"]
    assert code == 2 and (bad["line"], bad["column"]) == (23, 27), out
    assert "20240230250000" in bad["message"] and "signerad 2024-03-12 14:05" in bad["message"]
    from notelint.readers import Loaded, read_file

    [rec] = [i.record for i in read_file(str(p)) if isinstance(i, Loaded)]
    assert rec.notes[0].signed is not None  # signed, as the export says: not a draft
    # with no readable time at all the note cannot be placed: one NL901, the others linted
    p = rivta(tmp_path, "t2.xml", lambda x: x.replace(
        "<signatureTime>20240312150000", "<signatureTime>x").replace(
        "<authorTime>20240312140500", "<authorTime>00010101000000"))
    code, out, f = run(str(p))
    assert code == 2 and codes(f) == ["NL901"] and "hoppas över" in f[0]["message"], out


def test_hostile_directory_keeps_every_good_finding(tmp_path, monkeypatch):
    """The whole class list in one directory: exit 2, one NL901 per bad file, every good
    file's findings intact, no traceback — with one process and with --jobs 2."""
    from notelint.readers import json_reader

    monkeypatch.setattr(json_reader, "MAX_LINE_BYTES", 20_000)  # inherited by forked workers
    good = tmp_path / "good.json"
    good.write_text(json.dumps(rec()), encoding="utf-8")
    alone = codes(run(str(good), ruleset="vgr")[2])
    rivta_alone = codes(run(str(RIVTA_V2), ruleset="vgr")[2])
    (tmp_path / "big.json").write_text('{"a": ' + "1" * 5000 + "}")
    (tmp_path / "brackets.json").write_text(json.dumps(rec(notes=[dict(
        GOOD_NOTE, id="n2", sections=[{"keyword": "Bedömning", "text": "[" * 70}])])))
    (tmp_path / "u16.jsonl").write_bytes(
        (json.dumps(rec()) + "\n" + json.dumps(rec()) + "\n").encode("utf-16"))
    (tmp_path / "long.jsonl").write_text(
        json.dumps(rec()) + "\n" + json.dumps(rec(as_of="x" * 30_000)) + "\n", encoding="utf-8")
    (tmp_path / "hidden.txt").write_text(HIDDEN_THEN_UNKNOWN, encoding="utf-8")
    rivta(tmp_path, "dup.xml", lambda x: x.replace("MEL-2024-000312", "MEL-2024-000311"))
    rivta(tmp_path, "time.xml", lambda x: x.replace("<signatureTime>20240312150000",
                                                    "<signatureTime>20240230250000"))
    (tmp_path / "ctl.json").write_text(json.dumps(rec(notes=[dict(GOOD_NOTE, id="n\ud800\x1b")],
                                                      **{"x\ny": 1})), encoding="utf-8")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "fifo.json")
    one = run(str(tmp_path), ruleset="vgr")
    two = run(str(tmp_path), "--jobs", "2", ruleset="vgr")
    assert sorted(map(json.dumps, one[2])) == sorted(map(json.dumps, two[2]))
    code, out, f = one
    assert code == 2
    by_path: dict[str, list[str]] = {}
    for x in f:
        by_path.setdefault(Path(x["path"]).name, []).append(x["code"])
    bad_files = ["big.json", "ctl.json", "dup.xml", "time.xml"]
    if hasattr(os, "mkfifo"):
        bad_files.append("fifo.json")
    for name in bad_files:  # one NL901 each, and each on one line
        assert by_path[name].count("NL901") == 1, (name, by_path)
    assert by_path["big.json"] == by_path["ctl.json"] == ["NL901"]
    assert sorted(by_path["dup.xml"]) == sorted(rivta_alone + ["NL901"])
    assert sorted(by_path["time.xml"]) == sorted(rivta_alone + ["NL901"])
    assert "NL901" not in by_path.get("brackets.json", [])
    assert sorted(by_path["u16.jsonl"]) == sorted(alone * 2), by_path
    assert sorted(by_path["long.jsonl"]) == sorted(alone + ["NL901"]), by_path
    assert sorted(by_path["good.json"]) == sorted(alone)
    assert {"NL101", "NL903"} <= set(by_path["hidden.txt"]) and "NL901" not in by_path["hidden.txt"]
    assert all("\n" not in x["message"] for x in f)


def test_json_lines_read_whole_split_only_on_newlines(tmp_path):
    """A JSON string may hold U+2028, U+2029 and U+0085 raw (U+001C-1E escaped, as JSON
    requires): read whole — standard input, UTF-16 — a JSON Lines file keeps every
    record, as when it is streamed."""
    seps = "\u2028\u2029\u0085\x1c\x1d\x1e"
    lines = [json.dumps(rec(notes=[dict(GOOD_NOTE, id=f"n{i}", sections=[
        {"keyword": "Bedömning", "text": f"Misstänkt lungcancer,{sep}pat ej informerad."}])]),
        ensure_ascii=False) for i, sep in enumerate(seps)]
    text = "\r\n".join(lines) + "\n"
    assert all(sep in text for sep in seps[:3])
    utf8 = tmp_path / "sep.jsonl"
    utf8.write_bytes(text.encode("utf-8"))
    utf16 = tmp_path / "sep16.jsonl"
    utf16.write_bytes(text.encode("utf-16"))
    code, out, streamed = run(str(utf8))
    assert "NL901" not in codes(streamed) and codes(streamed).count("NL101") == len(seps), out

    def moved(path: str) -> list[dict]:
        return [dict(f, path=path, target=dict(f["target"], id=f["target"]["id"].replace(
            str(utf8), path))) for f in streamed]

    assert run(str(utf16))[2] == moved(str(utf16))
    r = CliRunner().invoke(main, ["lint", "-", "--ruleset", "skane", "--format", "json"],
                           input=text.encode("utf-8"))
    assert json.loads(r.output)["findings"] == moved("-"), r.output

def unprivileged() -> list[str]:
    """A command prefix under which file permissions hold: none for a user; for root (who
    reads everything) setpriv without CAP_DAC_OVERRIDE/CAP_DAC_READ_SEARCH; else a skip."""
    if os.geteuid() != 0:
        return []
    drop = "-dac_override,-dac_read_search"
    prefix = ["setpriv", "--bounding-set", drop, "--inh-caps", drop]
    probe = subprocess.run([*prefix, "true"], capture_output=True) if shutil.which("setpriv") \
        else None
    if probe is None or probe.returncode != 0:
        pytest.skip("root cannot drop the capability to read every file here")
    return prefix


def test_permission_denied_is_an_nl901_never_silent_nor_a_crash(tmp_path):
    """A directory that cannot be listed, and a file under one that cannot be entered, are
    one NL901 each naming the fix; the good file's findings stay (real permissions)."""
    prefix = unprivileged()
    good = tmp_path / "good.json"
    good.write_text(json.dumps(rec()), encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "x.json").write_text(json.dumps(rec()), encoding="utf-8")
    alone = codes(run(str(good))[2])
    locked.chmod(0)
    try:
        def lint(*paths: Path) -> tuple[int, list[dict]]:
            r = subprocess.run([*prefix, sys.executable, "-m", "notelint.cli", "lint",
                                *map(str, paths), "--ruleset", "skane", "--format", "json"],
                               capture_output=True, text=True, timeout=300,
                               cwd=Path(__file__).resolve().parents[1])
            assert "Traceback" not in r.stderr and "internal error" not in r.stderr, r.stderr
            return r.returncode, json.loads(r.stdout)["findings"]

        for paths, bad in [((locked,), locked), ((tmp_path,), locked),
                           ((good, locked / "x.json"), locked / "x.json")]:
            code, f = lint(*paths)
            nl901 = [x for x in f if x["code"] == "NL901"]
            assert code == 2 and len(nl901) == 1, (paths, f)
            assert nl901[0]["path"] == str(bad) and "kontrollera behörigheterna" in nl901[0]["message"]
            if paths != (locked,):
                assert sorted(x["code"] for x in f if x["path"] == str(good)) == sorted(alone)
    finally:
        locked.chmod(0o755)


def test_unlistable_directory_is_an_nl901(tmp_path, monkeypatch):
    """The same in-process, for any user: os.scandir refused on one subdirectory."""
    (tmp_path / "good.json").write_text(json.dumps(rec()), encoding="utf-8")
    (tmp_path / "locked").mkdir()
    real = os.scandir

    def scandir(path=".", *a, **kw):
        if Path(os.fsdecode(path)).name == "locked":
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real(path, *a, **kw)

    monkeypatch.setattr(os, "scandir", scandir)
    code, out, f = run(str(tmp_path))
    assert code == 2, out
    assert [(Path(x["path"]).name, x["code"]) for x in f if x["code"] == "NL901"] == [
        ("locked", "NL901")]
    assert "behörighet saknas" in out and "NL101" in codes(f)
    code, out, f = run(str(tmp_path / "locked"))
    assert code == 2 and codes(f) == ["NL901"], out

@pytest.mark.parametrize("record", [
    {"patient": {"id": PNR}, "no\nte\x1b[2J": 1},
    {"patient": {"id": PNR}, "notes": [{"id": "n1", "signed": "a\r\nb"}]},
])
def test_every_reader_error_is_one_line_wherever_it_goes(record):
    """Not only the text report: a 422 body, a CDS card and preview's error line read the
    reader's message itself."""
    from notelint.readers import Broken, read_bytes

    [bad] = [i for i in read_bytes(json.dumps(record).encode(), "x.json")
             if isinstance(i, Broken)]
    assert "\n" not in bad.message and "\r" not in bad.message and "\x1b" not in bad.message


def test_lone_surrogates_in_ids_and_sokord_lose_nothing(tmp_path):
    """A JSON "\\ud800" escape in a note id was an internal error in every rule (NL902) and
    a crash of preview; U+FFFF is not XML."""
    note = dict(GOOD_NOTE, id="n\ud800\uffff", sections=[
        {"keyword": "Bedömning\udc80", "text": GOOD_NOTE["sections"][0]["text"]}])
    p = tmp_path / "s.json"
    p.write_text(json.dumps(rec(notes=[note])), encoding="utf-8")
    code, out, f = run(str(p))
    assert "NL101" in codes(f) and "NL902" not in codes(f), out
    assert f[0]["target"]["id"] == "n\\ud800\\uffff"
    r = CliRunner().invoke(main, ["lint", str(p), "--ruleset", "skane", "--format", "junit"])
    ET.fromstring(r.output.encode())
    r = CliRunner().invoke(main, ["preview", str(p), "--ruleset", "skane"])
    assert r.exit_code == 0 and "Anteckning n\\ud800\\uffff" in r.output, r.output


def test_lone_surrogates_in_note_and_message_text_keep_every_text_rule(tmp_path):
    """A "\\ud800" in a note's text or a 1177 message stopped spaCy and every text rule of
    the record (NL902 × 8); it is read as U+FFFD, offsets unchanged."""
    text = "Pat \ud800 mår dåligt. Misstänkt lungcancer, pat ej informerad ännu. \udfff"
    note = dict(GOOD_NOTE, sections=[{"keyword": "Bedömning", "text": text}])
    conv = {"id": "c1", "type": "Rådgivning", "opened": "2024-03-10T09:00:00",
            "messages": [{"sender": "patient", "time": "2024-03-10T09:00:00",
                          "text": "Hej \ud800 jag vill veta svaret"}]}
    p = tmp_path / "s.json"
    p.write_text(json.dumps(rec(notes=[note], conversations=[conv])), encoding="utf-8")
    code, out, f = run(str(p))
    assert "NL902" not in codes(f) and {"NL101", "NL102"} <= set(codes(f)), out
    (nl102,) = [x for x in f if x["code"] == "NL102"]
    start, end = nl102["span"]["start"], nl102["span"]["end"]
    assert text[start:end].lower().startswith(("misstänkt", "lungcancer"))


@pytest.mark.parametrize("where", ["early", "late"])
def test_rivta_one_bad_utf8_byte_keeps_the_file_utf8(tmp_path, monkeypatch, where):
    """A stray byte in a UTF-8 RIV-TA file switched the rest of it to Windows-1252
    ("MisstÃ¤nkt"), silencing every text rule without a word; it is U+FFFD and one NL901
    names its line — also when the byte is in a later chunk of the stream."""
    from notelint.readers import rivta as rivta_reader

    if where == "late":
        monkeypatch.setattr(rivta_reader, "CHUNK_CHARS", 64)
    xml = RIVTA_V2.read_text(encoding="utf-8")
    alone = run(str(RIVTA_V2))[2]
    line = xml[:xml.index("</ns2:careDocumentation>")].count("\n")  # inside the first document
    lines = xml.split("\n")
    lines[line - 1] += " \udcff"  # (a marker for the raw byte, replaced below)
    data = "\n".join(lines).encode("utf-8", "surrogateescape")
    p = tmp_path / "bad.xml"
    p.write_bytes(data)
    code, out, f = run(str(p))
    [bad] = [x for x in f if x["code"] == "NL901"]
    assert "UTF-8" in bad["message"] and bad["line"] == line, out
    assert sorted(codes(f)) == sorted(codes(alone) + ["NL901"])
    # a file in Windows-1252 throughout is still read as such, without a word
    latin = tmp_path / "latin.xml"
    latin.write_bytes(xml.replace('encoding="UTF-8"', 'encoding="windows-1252"')
                      .encode("cp1252", errors="replace"))
    assert sorted(codes(run(str(latin))[2])) == sorted(codes(alone))


def test_an_empty_directory_or_one_without_known_files_is_said_not_a_silent_pass(tmp_path):
    empty = tmp_path / "tom"
    empty.mkdir()
    other = tmp_path / "annat"
    other.mkdir()
    (other / "anteckning.docx").write_bytes(b"PK\x03\x04")
    for d in (empty, other):
        code, out, f = run(str(d))
        assert code == 2 and codes(f) == ["NL901"] and ".jsonl" in f[0]["message"], out
    (other / "r.json").write_text(json.dumps(rec()), encoding="utf-8")
    code, out, f = run(str(other))  # with a file to read, no word about the rest
    assert "NL901" not in codes(f) and "NL101" in codes(f), out


@pytest.mark.parametrize("field, value", [("signed", 0), ("time", 1710252300), ("as_of", 5.5)])
def test_a_number_in_a_time_field_is_an_nl901_not_a_moment_in_1970(tmp_path, field, value):
    data = rec()
    if field == "as_of":
        data["as_of"] = value
    else:
        data["notes"] = [dict(GOOD_NOTE, **{field: value})]
    p = tmp_path / "t.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    code, out, f = run(str(p))
    assert code == 2 and codes(f) == ["NL901"] and field in f[0]["message"], out
    assert "text" in f[0]["message"]


def test_an_unknown_key_is_quoted_shortly(tmp_path):
    """A megabyte key made a two-megabyte finding line, quoting whatever it held."""
    data = rec()
    data["notes"] = [dict(GOOD_NOTE, **{"Pat berättar att maken slår henne " * 3000: 1})]
    p = tmp_path / "k.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    code, out, f = run(str(p))
    assert code == 2 and codes(f) == ["NL901"] and len(f[0]["message"]) < 300, out[:300]
    assert "okänt fält" in f[0]["message"]


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("first", ["42", "[1, 2]", '{"patient": {"id": "x\u0000"}}', '"text"'])
def test_a_bad_first_line_of_json_lines_loses_only_itself(tmp_path, jobs, first):
    """A scalar, an array or a NUL on the first line made the whole .jsonl file a text
    note, a JSON document or a binary file: one NL901, every other line lost."""
    good = json.dumps(rec(), ensure_ascii=False)
    p = tmp_path / "e.jsonl"
    p.write_bytes((first + "\n" + good + "\n" + good + "\n").encode("utf-8"))
    code, out, f = run(str(p), "-j", jobs)
    assert code == 2, out
    assert [x["line"] for x in f if x["code"] == "NL901"] == [1], out
    assert sorted(x["line"] for x in f if x["code"] == "NL101") == [2, 3]


def test_a_raw_control_character_in_a_json_string_is_said_whole(tmp_path):
    from click.testing import CliRunner

    from notelint.cli import main

    f = tmp_path / "ctl.jsonl"
    f.write_text('{"patient": {"id": "19121212-1212"}, "notes": [{"id": "n1", "sections": '
                 '[{"text": "a\tb"}]}]}\n', encoding="utf-8")
    res = CliRunner().invoke(main, ["lint", str(f), "--ruleset", "skane"])
    assert "NL901" in res.stdout and "styrtecken" in res.stdout and "character at)" not in res.stdout


def test_json_lines_ended_by_a_carriage_return_alone_are_lines(tmp_path):
    """Old Mac line endings (CR alone): each record is read, numbered as an editor shows the
    lines; a record pretty-printed over such lines stays one record; a broken line among them
    is one NL901 at its own line and loses no other record."""
    from notelint.readers import Broken, Loaded, read_file

    rec = {"patient": {"id": PNR}, "notes": [{"id": "n1", "sections": [
        {"keyword": "Bedömning", "text": "Misstänkt pneumoni."}]}]}
    one = json.dumps(rec, ensure_ascii=False)
    cases = {
        "cr.jsonl": (one + "\r" + one.replace("n1", "n2") + "\r", [1, 2], []),
        "pretty.jsonl": (json.dumps(rec, ensure_ascii=False, indent=1).replace("\n", "\r") + "\n", [1], []),
        "broken.jsonl": (one + "\r" + '{"patient": ' + "\r" + one + "\r", [1, 3], [2]),
    }
    for name, (text, loaded, broken) in cases.items():
        path = tmp_path / name
        path.write_bytes(text.encode("utf-8"))
        items = list(read_file(str(path)))
        assert [i.line for i in items if isinstance(i, Loaded)] == loaded, name
        assert [i.line for i in items if isinstance(i, Broken)] == broken, name
