"""No identity number in any artefact unless --show-pii: every output format, the baseline,
the audit store, Parquet, the HTML report, preview and serve responses are scanned for
every planted number in every form (dashed, undashed, 10/12 digits, samordningsnummer,
full-width, en dash, space) — in file names, note/event ids, sökord and text."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from notelint import pii
from notelint.cli import main
from notelint.report import available_formats

# (birth date digits, last four) of every planted number; all pass the check digit.
# (Not Skatteverket's 19390205-0016: the rules' own documentation quotes it as an example.)
PLANTED = [("19390205", "0016"), ("20141212", "1236"), ("19121272", "0013"),
           ("20141272", "0011"), ("19850101", "1236")]
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _forms(date: str, last: str) -> list[str]:
    return [f"{date}-{last}", f"{date}{last}", f"{date[2:]}-{last}", f"{date[2:]}{last}",
            f"{date}–{last}", f"{date} {last}", f"{date}-{last}".translate(FW)]


def leaks(text: str) -> list[str]:
    """Every planted number found in ``text`` in any form (JSON escapes decoded)."""
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    text = unicodedata.normalize("NFKC", text).translate(
        str.maketrans({c: "-" for c in "‐‑‒–—―−－"}))
    found = []
    for date, last in PLANTED:
        for d in (date, date[2:]):
            if re.search(rf"(?<!\d){d}[-+ ]?{last}(?!\d)", text):
                found.append(f"{d}…{last}")
    return found


def test_the_scanner_sees_every_form():
    for date, last in PLANTED:
        for form in _forms(date, last):
            assert leaks(f"x {form} y"), form
            assert not leaks(pii.mask_text(f"x {form} y")), (form, pii.mask_text(form))
    for form in ("pnr-19850101-1236", "journal_19850101-1236.json", "１９３９０２０５-００１６"):
        assert not leaks(pii.mask_text(form)), form


def _record(pid: str, fw: bool = False) -> dict:
    note_id = "anteckning-19121272-0013"
    return {
        "patient": {"id": pid, "protected_identity": True},
        "as_of": "2024-06-30T00:00:00",
        "notes": [{
            "id": note_id, "system": "Melior", "template": "Läkaranteckning",
            "unit": {"name": "BUP Lund", "hsa_id": "SE2321000032-77"},
            "time": "2024-03-12T14:05:00", "signed": None,
            "sections": [
                {"keyword": "Aktuellt 19850101–1236",
                 "text": "Pappa (20141272 0011) har slagit mamma i hemmet. Hon är rädd för honom."
                         + (" Ring １９３９０２０５－００１６." if fw else "")},
                {"keyword": "Bedömning",
                 "text": "Misstänkt lungcancer, pat ej informerad ännu."}]}],
        "access_events": [{
            "id": "spärr-201412121236", "action": "seal", "initiated_by": "staff",
            "unit": {"name": "BUP Lund", "hsa_id": "SE2321000032-77"},
            "ordered": "2024-03-12T10:00:00", "start": "2024-03-12",
            "decided_by": {"role": "verksamhetschef"}, "ongoing_care": True}],
    }


@pytest.fixture
def export(tmp_path: Path) -> Path:
    d = tmp_path / "export"
    d.mkdir()
    (d / "journal_20141212-1236.json").write_text(
        json.dumps(_record("20141212-1236", fw=True), ensure_ascii=False), encoding="utf-8")
    (d / "pnr-19850101-1236.json").write_text(
        json.dumps(_record("198501011236"), ensure_ascii=True), encoding="utf-8")
    # a broken file whose name and content carry numbers (NL901 path and message)
    (d / "１９３９０２０５-００１６.jsonl").write_text(
        '{"patient": {"id": "19390205-0017"}}\n{"patient": "20141212-1236"\n', encoding="utf-8")
    (d / "390205-0016.txt").write_text(
        "Patient: 19390205-0016\nJournalsystem: PMO\nMall: Läkaranteckning\n"
        "Datum: 2024-03-12 14:05\n\nVåldsutsatthet i nära relationer: Pat utsatt för våld.\n"
        "Slutsats: Misstänkt lungcancer, pat ej informerad (19390205-0016).\n",
        encoding="utf-8")
    return d


@pytest.mark.parametrize("fmt", available_formats())
def test_lint_formats_leak_nothing(export, fmt):
    r = CliRunner().invoke(main, ["lint", str(export), "--ruleset", "skane", "--format", fmt])
    assert r.exit_code == 2, r.output
    assert "NL901" in r.output and "NL2" in r.output, r.output
    assert not leaks(r.output), (leaks(r.output), r.output[:3000])


def test_show_pii_shows_them(export):
    r = CliRunner().invoke(main, ["lint", str(export), "--ruleset", "skane", "--format", "json",
                                  "--show-pii"])
    assert leaks(r.output)


def test_baseline_leaks_nothing(export, tmp_path):
    base = tmp_path / "b.json"
    r = CliRunner().invoke(main, ["baseline", "write", str(base), str(export),
                                  "--ruleset", "skane"])
    assert base.exists(), r.output
    assert not leaks(base.read_text(encoding="utf-8") + r.output)
    # the masked paths still match: nothing new, nothing stale
    r = CliRunner().invoke(main, ["lint", "--baseline", str(base), str(export),
                                  "--ruleset", "skane"])
    assert " NL2" not in r.output and "no longer match" not in r.output, r.output


def test_audit_store_parquet_report_leak_nothing(export, tmp_path, monkeypatch):
    duckdb = pytest.importorskip("duckdb")
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    from notelint.audit.runner import AuditOptions, run_audit

    db, rep, pq = tmp_path / "s.duckdb", tmp_path / "r.html", tmp_path / "f.parquet"
    wl_csv, wl_xlsx = tmp_path / "w.csv", tmp_path / "w.xlsx"
    run_audit(AuditOptions([str(export)], "skane", store=str(db), report=str(rep),
                           parquet=str(pq), jobs=1, min_group=1, worklist=str(wl_csv)))
    run_audit(AuditOptions([str(export)], "skane", store=str(db), jobs=1,
                           worklist=str(wl_xlsx)))
    con = duckdb.connect(str(db), read_only=True)
    dump = []
    for (table,) in con.execute("SHOW TABLES").fetchall():
        dump.append(repr(con.execute(f"SELECT * FROM {table}").fetchall()))
    dump.append(repr(con.execute(f"SELECT * FROM '{pq}'").fetchall()))
    con.close()
    text = "\n".join(dump) + rep.read_text(encoding="utf-8")
    assert "NL2" in text
    assert not leaks(text), leaks(text)
    # the worklists: CSV as written, XLSX as the strings of its sheets (a zip of XML)
    import zipfile

    worklists = wl_csv.read_text(encoding="utf-8-sig")
    with zipfile.ZipFile(wl_xlsx) as z:
        worklists += "".join(z.read(n).decode("utf-8") for n in z.namelist()
                             if n.endswith(".xml"))
    assert "NL2" in worklists
    assert not leaks(worklists), leaks(worklists)


def test_preview_leaks_nothing(export):
    for fmt in ("text", "json"):
        for path in export.iterdir():
            r = CliRunner().invoke(main, ["preview", str(path), "--ruleset", "skane",
                                          "--format", fmt])
            assert not leaks(r.output), (path.name, r.output)
    r = CliRunner().invoke(main, ["preview", str(export / "journal_20141212-1236.json"),
                                  "--ruleset", "skane", "--note", "x-19390205-0016"])
    assert r.exit_code == 2 and not leaks(r.output), r.output


def test_serve_responses_leak_nothing(export):
    pytest.importorskip("fastapi")
    pytest.importorskip("httpx")
    from starlette.testclient import TestClient

    from notelint.serve import create_app

    body = (export / "journal_20141212-1236.json").read_bytes()
    text = (export / "390205-0016.txt").read_bytes()
    with TestClient(create_app("skane")) as client:
        replies = [
            client.post("/v1/lint", content=body, headers={"content-type": "application/json"}),
            client.post("/v1/preview", content=body,
                        headers={"content-type": "application/json"}),
            client.post("/v1/preview?note_id=19390205-0016", content=body,
                        headers={"content-type": "application/json"}),
            client.post("/v1/lint", content=text, headers={"content-type": "text/plain"}),
            client.post("/v1/lint", content=b"Patient: 19390205-0017\nMall: X\n\nA: b\n",
                        headers={"content-type": "text/plain"}),
            client.post("/v1/lint", content=json.dumps(
                {"patient": {"id": "20141212-1237"}, "notes": []}).encode(),
                headers={"content-type": "application/json"}),
        ]
    assert [r.status_code for r in replies][:3] == [200, 200, 404]
    for r in replies:
        assert not leaks(r.text), (r.status_code, r.text[:2000])
        assert int(r.headers["content-length"]) == len(r.content)


def test_serve_logs_leak_nothing():
    """uvicorn's own log lines (its access log, errors, tracebacks) pass notelint's mask."""
    pytest.importorskip("uvicorn")
    import logging

    from uvicorn.logging import AccessFormatter

    from notelint.cli.serve import _masked_log_config

    config = _masked_log_config()
    assert config["handlers"] and all(h["filters"] == ["pii"] for h in config["handlers"].values())
    mask = pii.MaskFilter()
    access = logging.LogRecord("uvicorn.access", logging.INFO, __file__, 1,
                               '%s - "%s %s HTTP/%s" %d', ("127.0.0.1:5", "POST",
                               "/cds-services/19850101-1236/feedback", "1.1", 404), None)
    assert mask.filter(access)
    line = AccessFormatter("%(request_line)s %(status_code)s").format(access)
    assert line == "POST /cds-services/19850101-XXXX/feedback HTTP/1.1 404 Not Found", line
    try:
        raise KeyError("20141212-1236")
    except KeyError:
        import sys

        error = logging.LogRecord("uvicorn.error", logging.ERROR, __file__, 1,
                                  "Exception in %s", ("19390205-0016",), sys.exc_info())
    assert mask.filter(error)
    text = logging.Formatter().format(error)
    assert "KeyError" in text and not leaks(text), text
