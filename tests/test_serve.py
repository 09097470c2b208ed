"""notelint serve, end to end: a real server process on localhost, spoken to with httpx."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Iterator

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from conftest import PNR  # noqa: E402

TOKEN = "s3cret-token-for-test"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SECRET_TEXT = "Grannen uppger att pat hotat honom med kniv"

RECORD: dict[str, Any] = {
    "patient": {"id": PNR}, "as_of": "2024-06-30T00:00:00",
    "notes": [{
        "id": "n1", "system": "Melior", "template": "Läkaranteckning",
        "unit": {"name": "Vårdcentralen Höör", "hsa_id": "SE2321000032-1001"},
        "author": {"name": "Anna Andersson", "role": "läkare"},
        "time": "2024-03-12T14:05:00", "signed": "2024-03-12T15:00:00",
        "sections": [
            {"keyword": "Aktuellt", "text": "Pat söker pga oro och sömnsvårigheter sedan 3 v."},
            {"keyword": "Tredje person", "text": SECRET_TEXT + "."},
        ],
    }],
    "access_events": [{
        "id": "a1", "action": "seal", "scope": "whole", "initiated_by": "staff",
        "unit": {"name": "Vårdcentralen Höör", "hsa_id": "SE2321000032-1001"},
        "ordered": "2024-03-04T10:00:00", "start": "2024-03-04",
        "decided_by": {"name": "Per Persson", "role": "verksamhetschef"},
        "ongoing_care": True, "reason": "risk för hot",
    }],
}

TEXT_NOTE = """Patient: 19121212-1212
Journalsystem: Melior
Vårdenhet: Vuxenpsykiatri avd 3 Lund
Mall: Omvårdnadsanteckning
Datum: 2024-03-12 07:30
Författare: Lena Svensson
Roll: sjuksköterska

Omvårdnad: Pat sov ca 5 h, orolig vid 3-tiden, fick T. Propavan 25 mg enl ordination.
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[tuple[str, Path]]:
    folder = tmp_path_factory.mktemp("serve")
    with _serve(folder, "--log-level", "info", "--max-body", str(256 * 1024),
                "--feedback-store", str(folder / "feedback.duckdb"), token=TOKEN,
                log=folder / "server.log") as base:
        yield base, folder / "server.log"


def test_healthz_and_rules(server) -> None:
    base, _ = server
    h = httpx.get(base + "/healthz").json()
    assert h["status"] == "ok" and h["ruleset"] == "skane" and h["rules"] > 0
    r = httpx.get(base + "/v1/rules", headers=AUTH)
    assert r.status_code == 200
    codes = {x["code"] for x in r.json()}
    assert {"NL206", "NL303"} <= codes


def test_lint_record_equals_cli_json(server, tmp_path) -> None:
    base, _ = server
    r = httpx.post(base + "/v1/lint", json=RECORD, headers=AUTH)
    assert r.status_code == 200, r.text
    api = r.json()
    f = tmp_path / "export.json"
    f.write_text(json.dumps(RECORD, ensure_ascii=False), encoding="utf-8")
    cli = subprocess.run([sys.executable, "-m", "notelint.cli", "lint", str(f), "--ruleset", "skane",
                          "--format", "json"], capture_output=True, text=True, timeout=60)
    expected = json.loads(cli.stdout)

    def strip(d: dict[str, Any]) -> list[dict[str, Any]]:
        return [{k: v for k, v in x.items() if k != "path"} for x in d["findings"]]

    assert strip(api) == strip(expected)
    assert api["summary"] == expected["summary"]
    got = {x["code"] for x in api["findings"]}
    assert {"NL206", "NL303"} <= got  # a note rule and a record rule
    assert all(x["path"] == "request" for x in api["findings"])
    assert "cpu;dur=" in r.headers["server-timing"]
    assert PNR not in r.text  # record findings carry the masked id


def test_bare_note_runs_note_rules_only(server) -> None:
    base, _ = server
    r = httpx.post(base + "/v1/lint", json=RECORD["notes"][0], headers=AUTH)
    assert r.status_code == 200, r.text
    data = r.json()
    assert "NL206" in {x["code"] for x in data["findings"]}
    assert not any(x["code"].startswith("NL3") for x in data["findings"])
    summary = data["summary"]
    assert {k: v for k, v in summary.items() if k not in ("by_severity", "notelint_version")} == {
        "files": 1, "records": 1, "notes": 1, "findings": len(data["findings"]),
        "rulesets": ["skane"], "patient": False, "rules": "note", "message": summary["message"]}
    assert "bara anteckningsreglerna" in data["summary"]["message"]
    # the same note with its patient is accepted too
    with_patient = dict(RECORD["notes"][0], patient={"id": PNR})
    assert httpx.post(base + "/v1/lint", json=with_patient, headers=AUTH).status_code == 200


def test_clean_note_has_no_nl2_findings(server) -> None:
    base, _ = server
    clean = {"id": "n2", "system": "Melior", "template": "Läkaranteckning",
             "time": "2024-03-12T14:05:00", "signed": None,
             "sections": [{"keyword": "Bedömning", "text": "Ua status. Åter vb."}]}
    r = httpx.post(base + "/v1/lint", json=clean, headers=AUTH)
    assert r.status_code == 200
    assert "NL206" not in {x["code"] for x in r.json()["findings"]}


def test_preview_json_and_text_body(server) -> None:
    base, _ = server
    r = httpx.post(base + "/v1/preview", json=RECORD, headers=AUTH,
                   params={"as_of": "2024-04-01"})
    assert r.status_code == 200, r.text
    p = r.json()["previews"][0]
    assert p["note_id"] == "n1"
    assert p["patient"]["visible_now"] is False  # the seal has no end: hidden
    assert any("Försegling" in x for x in p["patient"]["reasons"])
    r = httpx.post(base + "/v1/preview", content=TEXT_NOTE.encode(), headers={
        **AUTH, "Content-Type": "text/plain; charset=utf-8"}, params={"as_of": "2024-03-20"})
    assert r.status_code == 200, r.text
    p = r.json()["previews"][0]
    assert p["draft"] is True and p["patient"]["when_signed"] is True
    r = httpx.post(base + "/v1/preview", json=RECORD, headers=AUTH, params={"note_id": "nope"})
    assert r.status_code == 404
    for far in ("0001-01-01", "9999-12-31"):  # the years a record's dates may have
        r = httpx.post(base + "/v1/preview", json=RECORD, headers=AUTH, params={"as_of": far})
        assert r.status_code == 422 and "as_of" in r.json()["detail"]


def test_invalid_bodies_are_422_with_json_path(server) -> None:
    base, _ = server
    bad = json.loads(json.dumps(RECORD))
    bad["notes"][0]["sections"][1]["keywrod"] = "x"
    r = httpx.post(base + "/v1/lint", json=bad, headers=AUTH)
    assert r.status_code == 422
    assert r.json()["detail"].startswith("notes[0].sections[1].keywrod: okänt fält \"keywrod\"")
    r = httpx.post(base + "/v1/lint", content=b'{"id": "n1", "sections": [', headers=AUTH)
    assert r.status_code == 422 and "not valid JSON" in r.json()["detail"]
    r = httpx.post(base + "/v1/lint", json=[1, 2], headers=AUTH)
    assert r.status_code == 422
    r = httpx.post(base + "/v1/lint", json={"id": "n1", "patient": {"id": "19121212-1213"}},
                   headers=AUTH)
    # a bad identity number is its own NL901; the note is still checked
    assert r.status_code == 200
    assert any(f["code"] == "NL901" and "patient.id" in f["message"]
               for f in r.json()["findings"]), r.text
    assert "19121212-1213" not in r.text
    r = httpx.post(base + "/v1/preview", json=RECORD, headers=AUTH, params={"as_of": "igår"})
    assert r.status_code == 422 and "as_of" in r.json()["detail"]


def test_token_required_on_v1(server) -> None:
    base, _ = server
    assert httpx.post(base + "/v1/lint", json=RECORD).status_code == 401
    r = httpx.post(base + "/v1/lint", json=RECORD, headers={"Authorization": "Bearer fel"})
    assert r.status_code == 401 and r.headers.get("www-authenticate") == "Bearer"
    assert httpx.get(base + "/v1/rules").status_code == 401
    assert httpx.get(base + "/healthz").status_code == 200


def test_size_limit(server) -> None:
    base, _ = server
    big = dict(RECORD["notes"][0], sections=[{"keyword": "Aktuellt", "text": "x" * (300 * 1024)}])
    r = httpx.post(base + "/v1/lint", json=big, headers=AUTH)
    assert r.status_code == 413
    # chunked upload without Content-Length is cut off while reading
    body = json.dumps(big).encode()

    def chunks() -> Iterator[bytes]:
        for i in range(0, len(body), 16384):
            yield body[i:i + 16384]

    r = httpx.post(base + "/v1/lint", content=chunks(), headers=AUTH)
    assert r.status_code == 413
    # just under the limit is fine
    ok = dict(big, sections=[{"keyword": "Aktuellt", "text": "Pat mår bra. " * 1000}])
    assert httpx.post(base + "/v1/lint", json=ok, headers=AUTH).status_code == 200


def test_openapi_schema_valid(server) -> None:
    base, _ = server
    spec = httpx.get(base + "/openapi.json").json()
    assert {"/v1/lint", "/v1/preview", "/v1/rules", "/healthz", "/cds-services",
            "/cds-services/notelint-note-sign", "/cds-services/{service_id}/feedback"} <= set(spec["paths"])
    assert {"text/plain", "application/xml", "application/fhir+json"} <= set(
        spec["paths"]["/v1/lint"]["post"]["requestBody"]["content"])
    assert "requestBody" in spec["paths"]["/v1/lint"]["post"]
    try:
        from openapi_spec_validator import validate
    except ImportError:  # structural checks only
        assert spec["openapi"].startswith("3.") and spec["info"]["title"] == "notelint"
        return
    validate(spec)


def test_logs_hold_no_note_text_or_pin(server) -> None:
    base, log = server
    httpx.post(base + "/v1/lint", json=RECORD, headers=AUTH)
    httpx.post(base + "/v1/preview", json=RECORD, headers=AUTH, params={"note_id": "n1"})
    # a path may name a patient, or hold a line break that would forge a log line
    assert httpx.post(base + f"/cds-services/{PNR}/feedback", json={}, headers=AUTH).status_code == 404
    httpx.get(base + "/v1/x%0a2024-01-01 notelint.serve GET /forged 200")
    time.sleep(0.3)
    text = log.read_text(encoding="utf-8", errors="replace")
    assert "POST /v1/lint 200" in text  # the request log is there …
    assert SECRET_TEXT not in text and "Grannen" not in text  # … without the body
    assert PNR not in text and "note_id" not in text
    assert "POST /cds-services/19121212-XXXX/feedback 404" in text
    assert "\n2024-01-01 notelint.serve GET /forged" not in text


def test_request_time_limit_in_process(monkeypatch) -> None:
    from starlette.testclient import TestClient

    from notelint.engine import Engine
    from notelint.serve import create_app

    app = create_app("skane", timeout=0.2)
    real = Engine.lint_record

    def slow(self, record, path):  # a pathological note: the checks take too long
        time.sleep(1.0)
        return real(self, record, path)

    monkeypatch.setattr(Engine, "lint_record", slow)
    with TestClient(app) as client:
        r = client.post("/v1/lint", json=RECORD["notes"][0])
    assert r.status_code == 503 and "longer than" in r.json()["detail"]


def test_port_in_use_is_one_line_error() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        r = subprocess.run([sys.executable, "-m", "notelint.cli", "serve", "--ruleset", "skane",
                            "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "cannot listen" in r.stderr and "Traceback" not in r.stderr


def test_concurrent_requests_give_the_same_answer(server) -> None:
    from concurrent.futures import ThreadPoolExecutor

    base, _ = server

    def one(_: int) -> list[str]:
        r = httpx.post(base + "/v1/lint", json=RECORD, headers=AUTH, timeout=30)
        assert r.status_code == 200
        return sorted(x["fingerprint"] for x in r.json()["findings"])

    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(pool.map(one, range(12)))
    assert all(a == answers[0] for a in answers) and answers[0]


def test_guard_cuts_off_a_trickling_body() -> None:
    import asyncio

    from notelint.serve import Guard

    called = []

    async def app(scope, receive, send):  # must never be reached
        called.append(True)

    async def receive():
        await asyncio.sleep(0.5)  # the client sends nothing in time
        return {"type": "http.request", "body": b"{", "more_body": True}

    sent: list[dict] = []

    async def send(message):
        sent.append(message)

    guard = Guard(app, token=None, max_body=1024, read_timeout=0.1)
    scope = {"type": "http", "method": "POST", "path": "/v1/lint", "headers": []}
    asyncio.run(guard(scope, receive, send))
    assert sent[0]["status"] == 408 and not called
    # the rest of the body is never read: the connection is closed after the answer
    assert (b"connection", b"close") in sent[0]["headers"]
    sent.clear()
    scope["headers"] = [(b"content-length", b"1000000000000")]
    asyncio.run(guard(scope, receive, send))
    assert sent[0]["status"] == 413 and (b"connection", b"close") in sent[0]["headers"]


def test_time_limit_in_a_real_server(tmp_path) -> None:
    """A check past --timeout is 503, and the server lives on (the worker is replaced)."""
    with _serve(tmp_path, "--timeout", "0.01") as base:
        long_note = dict(RECORD["notes"][0], sections=[
            {"keyword": "Aktuellt", "text": "Pat med misstänkt pneumoni, trol viral, ua i övrigt. " * 400}])
        for _ in range(2):
            r = httpx.post(base + "/v1/lint", json=long_note, timeout=30)
            assert r.status_code == 503 and "longer than" in r.json()["detail"]
        assert httpx.get(base + "/healthz").status_code == 200
        short = dict(RECORD["notes"][0], sections=[{"keyword": "Bedömning", "text": "Ua."}])
        assert httpx.post(base + "/v1/lint", json=short, timeout=30).status_code in (200, 503)


def test_internal_error_is_500_without_note_text(monkeypatch, caplog) -> None:
    from starlette.testclient import TestClient

    import notelint.preview
    from notelint.serve import create_app

    app = create_app("skane")

    def broken(record, *a, **kw):
        raise KeyError(record.notes[0].sections[0].text)  # a message quoting the note

    monkeypatch.setattr(notelint.preview, "preview_record", broken)
    with TestClient(app) as client, caplog.at_level("INFO", logger="notelint.serve"):
        r = client.post("/v1/preview", json=RECORD)
    assert r.status_code == 500 and "KeyError" in r.json()["detail"]
    assert "sömnsvårigheter" not in r.text and "sömnsvårigheter" not in caplog.text
    assert "internal error KeyError" in caplog.text


# --------------------------------------------------------------------------- issue 21


def test_bodies_as_integrators_send_them(server) -> None:
    base, _ = server
    # a text note without any header: note rules only, and the answer says so
    r = httpx.post(base + "/v1/lint", headers={**AUTH, "Content-Type": "text/plain"},
                   content="Aktuellt: Pat berättar att maken slår henne.\n".encode())
    assert r.status_code == 200, r.text
    data = r.json()
    assert [f["code"] for f in data["findings"]] == ["NL201"] and data["findings"][0]["line"] == 1
    assert data["summary"]["rules"] == "note" and data["summary"]["patient"] is False
    # a header without Patient
    r = httpx.post(base + "/v1/lint", headers={**AUTH, "Content-Type": "text/plain"},
                   content="Mall: Läkaranteckning\n\nAktuellt: Pat mår bra.\n".encode())
    assert r.status_code == 200 and r.json()["summary"]["rules"] == "note"
    # RIV-TA XML and a FHIR Bundle
    root = Path(__file__).resolve().parents[1] / "examples" / "skane"
    xml = (root / "rivta" / "getcaredocumentation_v2.xml").read_bytes()
    r = httpx.post(base + "/v1/lint", headers={**AUTH, "Content-Type": "application/xml"}, content=xml)
    assert r.status_code == 200, r.text
    assert r.json()["summary"]["notes"] >= 1 and "rules" not in r.json()["summary"]
    bundle = (root / "fhir" / "bundle_r4.json").read_bytes()
    r = httpx.post(base + "/v1/lint", headers={**AUTH, "Content-Type": "application/fhir+json"},
                   content=bundle)
    assert r.status_code == 200, r.text
    # a lone DocumentReference: a note without a patient
    doc = {"resourceType": "DocumentReference", "status": "current", "docStatus": "preliminary",
           "content": [{"attachment": {"contentType": "text/plain", "data":
                        "UGF0IGJlcsOkdHRhciBhdHQgbWFrZW4gc2zDpXIgaGVubmUu"}}]}
    r = httpx.post(base + "/v1/lint", headers=AUTH, json=doc)
    assert r.status_code == 200 and r.json()["summary"]["rules"] == "note"
    # anything else: 415, one line
    r = httpx.post(base + "/v1/lint", headers=AUTH, data={"note": "x"})
    assert r.status_code == 415 and "text/plain" in r.json()["detail"]
    r = httpx.post(base + "/v1/lint", headers={**AUTH, "Content-Type": "application/pdf"}, content=b"%PDF")
    assert r.status_code == 415



def test_a_reader_problem_is_an_nl901_beside_the_findings(server) -> None:
    """A non-fatal reader problem (a documentId used twice, a bad signatureTime, one invalid
    UTF-8 byte) is one NL901 in a 200 answer, as `lint` reports it; the findings stay."""
    base, _ = server
    xml = (Path(__file__).resolve().parents[1] / "examples" / "skane" / "rivta"
           / "getcaredocumentation_v2.xml").read_text(encoding="utf-8")
    bodies = {
        36: xml.replace("MEL-2024-000312", "MEL-2024-000311"),  # documentId used twice
        23: xml.replace("<signatureTime>20240312150000", "<signatureTime>20240230250000"),
    }
    for line, body in bodies.items():
        r = httpx.post(base + "/v1/lint", headers={**AUTH, "Content-Type": "application/xml"},
                       content=body.encode())
        assert r.status_code == 200, r.text
        findings = r.json()["findings"]
        assert [(f["code"], f["line"]) for f in findings if f["code"] == "NL901"] == [("NL901", line)]
        assert "NL101" in {f["code"] for f in findings}
        assert r.json()["summary"]["findings"] == len(findings)
    note = ("Bedömning: Misstänkt lungcancer, pat ej informerad.\n".encode()
            + b"Aktuellt: Pat s\xc3\xb6ker f\xc3\xb6r hosta \xff sedan tre veckor.\n")  # one bad byte
    for header in (TEXT_NOTE.split("\n\n")[0] + "\n\n", ""):  # with its patient, and without
        r = httpx.post(base + "/v1/lint", headers={**AUTH, "Content-Type": "text/plain"},
                       content=header.encode() + note)
        assert r.status_code == 200, r.text
        line = header.count("\n") + 2
        got = [(f["code"], f["line"], f["target"]["id"]) for f in r.json()["findings"]]
        assert ("NL901", line, f"request:{line}") in got, got
        assert ("NL101", line - 1) in [g[:2] for g in got]  # "Bedömning", not mojibake
    # a JSON note with one bad byte: read, and said
    note_json = json.dumps({"id": "j1", "system": "Melior", "template": "Läkaranteckning",
                            "time": "2024-09-30T10:00:00", "signed": "2024-09-30T10:30:00",
                            "sections": [{"keyword": "Bedömning", "text":
                                          "Misstänkt lungcancer, pat ej informerad. BAD"}]},
                           ensure_ascii=False).encode().replace(b"BAD", b"\xff")
    r = httpx.post(base + "/v1/lint", headers={**AUTH, "Content-Type": "application/json"},
                   content=note_json)
    assert r.status_code == 200, r.text
    assert {"NL901", "NL101"} <= {f["code"] for f in r.json()["findings"]}
    # nothing readable stays 422
    r = httpx.post(base + "/v1/lint", headers={**AUTH, "Content-Type": "application/xml"},
                   content=b"<nope/>")
    assert r.status_code == 422


def test_preview_never_invents_a_patient(server) -> None:
    base, _ = server
    note = {"id": "u1", "template": "Läkaranteckning", "time": "2024-09-30T10:00:00",
            "signed": "2024-09-30T10:30:00",
            "sections": [{"keyword": "Aktuellt", "text": "Pat mår bra."}]}
    r = httpx.post(base + "/v1/preview", json=note, headers=AUTH)
    assert r.status_code == 200, r.text
    p = r.json()["previews"][0]
    assert p["patient_known"] is False and p["patient_age_now"] is None
    for who in ("patient", "guardian"):
        assert p[who]["known"] is False and p[who]["visible_from"] is None
    text = json.dumps(p, ensure_ascii=False)
    assert "113 år" not in text and "ingen åtkomst" not in text
    assert "okänd" in p["guardian"]["reasons"][-1]


def test_docs_are_served_from_the_package(server) -> None:
    base, _ = server
    page = httpx.get(base + "/docs")
    assert page.status_code == 200
    urls = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert urls and all(u.startswith("/docs/static/") for u in urls), urls
    for u in urls:
        assert httpx.get(base + u).status_code == 200
    assert "cdn" not in page.text.lower()
    assert httpx.get(base + "/docs/static/../../etc/passwd").status_code == 404


def test_slow_headers_are_cut_off(tmp_path) -> None:
    """A client that trickles its request headers (slow-loris) is disconnected."""
    with _serve(tmp_path, "--read-timeout", "1") as base:
        port = int(base.rsplit(":", 1)[1])
        socks = []
        for _ in range(3):
            s = socket.create_connection(("127.0.0.1", port))
            s.sendall(b"POST /v1/lint HTTP/1.1\r\nHost: x\r\n")
            socks.append(s)
        for s in socks:
            s.settimeout(30)
            data = s.recv(1024)  # the server closes: 408 and EOF, long before 30 s
            assert data.startswith(b"HTTP/1.1 408") or data == b""
            s.close()
        idle = socket.create_connection(("127.0.0.1", port))  # sends nothing at all
        idle.settimeout(30)
        assert idle.recv(1024) in (b"", b"HTTP/1.1 408 Request Timeout\r\ncontent-length: 0\r\n"
                                        b"connection: close\r\n\r\n")
        idle.close()
        assert httpx.get(base + "/healthz").status_code == 200


def test_hostile_connections_are_bounded(tmp_path) -> None:
    """Headers past 64 KB (one huge or a million small) get 431 and the connection closed;
    a body refused as too slow closes its connection too (the client cannot keep it by
    trickling bytes); a path with a trailing slash is 404, not a redirect echoing the Host
    header and the query."""
    with _serve(tmp_path, "--read-timeout", "1") as base:
        port = int(base.rsplit(":", 1)[1])
        for header in (b"X-Big: " + b"a" * 200_000 + b"\r\n", b"X-A: b\r\n" * 40_000):
            s = socket.create_connection(("127.0.0.1", port))
            s.settimeout(30)
            with contextlib.suppress(OSError):  # (the server may close while we still send)
                s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + header)
            data = b""
            with contextlib.suppress(OSError):
                while chunk := s.recv(4096):
                    data += chunk
            assert data == b"" or data.startswith(b"HTTP/1.1 431"), data[:80]
            s.close()
        s = socket.create_connection(("127.0.0.1", port))
        s.settimeout(30)
        s.sendall(b"POST /v1/lint HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 100\r\n\r\n{")
        t0 = time.monotonic()
        data = b""
        while chunk := s.recv(4096):  # 408, then EOF: the server closed the connection
            data += chunk
            if not data.startswith(b"HTTP/"):  # (no byte once answered: one sent to the
                with contextlib.suppress(OSError):  # closed socket is answered by a reset,
                    s.sendall(b" ")  # which could come before the answer was read)
        assert data.startswith(b"HTTP/1.1 408") and time.monotonic() - t0 < 20
        s.close()
        r = httpx.get(base + "/v1/rules/?pnr=19121212-1212")
        assert r.status_code == 404 and "location" not in r.headers
        # bound to this machine, only its own names: a page an attacker's DNS turned to
        # 127.0.0.1 (rebinding) sends its own name and is refused
        for host, status in (("evil.example", 400), ("evil.example:80", 400), ("localhost", 200),
                             (f"127.0.0.1:{port}", 200), ("[::1]:1", 200), ("LOCALHOST", 200)):
            r = httpx.get(base + "/healthz", headers={"Host": host})
            assert r.status_code == status, host
        assert "allowed-host" in httpx.get(base + "/cds-services", headers={"Host": "a.b"}).text


def test_allowed_hosts_of_a_server_bound_to_this_machine(tmp_path) -> None:
    """--allowed-host names the names a reverse proxy forwards; '*' allows any."""
    with _serve(tmp_path, "--allowed-host", "journal.region.se", "--allowed-host", "127.0.0.1") as base:
        assert httpx.get(base + "/healthz", headers={"Host": "journal.region.se"}).status_code == 200
        assert httpx.get(base + "/healthz", headers={"Host": "localhost"}).status_code == 400
    with _serve(tmp_path, "--allowed-host", "*") as base:
        assert httpx.get(base + "/healthz", headers={"Host": "any.example"}).status_code == 200
        # HTTP/1.1 without a Host header is a bad request (RFC 9112), HTTP/1.0 may omit it
        port = int(base.rsplit(":", 1)[1])
        for version, status in ((b"1.1", b" 400 "), (b"1.0", b" 200 ")):
            with socket.create_connection(("127.0.0.1", port)) as s:
                s.sendall(b"GET /healthz HTTP/" + version + b"\r\nConnection: close\r\n\r\n")
                s.settimeout(10)
                assert status in s.recv(4096).split(b"\r\n", 1)[0]


def test_a_large_note_does_not_stall_small_checks(tmp_path) -> None:
    """While a worker is busy with a large note, /healthz and small checks are answered."""
    import threading

    with _serve(tmp_path, "--workers", "2", "--timeout", "120", "--max-body", str(4 * 1024 * 1024)) as base:
        # large enough that the pipeline, however fast, is still at it while the small ones
        # run; varied sentences (a repeated one is annotated once, and would be quick)
        big = dict(RECORD["notes"][0], sections=[{"keyword": "Aktuellt", "text": " ".join(
            f"Pat {i} med misstänkt pneumoni {i}, trol viral {i * 7}, ua i övrigt." for i in range(12000))}])
        done: list[int] = []
        threads = [threading.Thread(target=lambda: done.append(
            httpx.post(base + "/v1/lint", json=big, timeout=120).status_code)) for _ in range(2)]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 30
        while httpx.get(base + "/healthz").json()["busy"] < 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        small = dict(RECORD["notes"][0], sections=[{"keyword": "Bedömning", "text": "Ua."}])
        for _ in range(5):  # the large notes may use one worker: the other answers these
            assert httpx.post(base + "/v1/lint", json=small, timeout=60).status_code == 200
            h = httpx.get(base + "/healthz").json()
            assert h["status"] == "ok" and h["workers"] == 2
        assert not done, "the large notes finished first: the test proves nothing"
        for t in threads:
            t.join(timeout=120)
        assert done == [200, 200]


def test_time_limit_replaces_the_worker(tmp_path) -> None:
    with _serve(tmp_path, "--workers", "1", "--timeout", "0.3",
                "--max-body", str(8 * 1024 * 1024)) as base:
        # varied sentences (no cache can make them cheap), far more than 0.3 s of work
        big = dict(RECORD["notes"][0], sections=[{"keyword": "Aktuellt", "text": " ".join(
            f"Pat {i} med misstänkt pneumoni {i}, trol viral {i * 7}, ua i övrigt." for i in range(40000))}])
        r = httpx.post(base + "/v1/lint", json=big, timeout=60)
        assert r.status_code == 503
        deadline = time.monotonic() + 60
        while httpx.get(base + "/healthz").json()["busy"] and time.monotonic() < deadline:
            time.sleep(0.1)  # the replacement loads
        h = httpx.get(base + "/healthz").json()
        assert h["replaced"] == 1 and h["busy"] == 0
        small = dict(RECORD["notes"][0], sections=[{"keyword": "Bedömning", "text": "Ua."}])
        assert httpx.post(base + "/v1/lint", json=small, timeout=60).status_code == 200


def test_cds_hooks_end_to_end_as_an_ehr(tmp_path) -> None:
    """Discovery → a call with prefetch → cards → feedback → `notelint feedback report`."""
    from test_cdshooks import PATIENT, SEAL, note_sign_request, patient_view_request, searchset

    store = tmp_path / "fb.duckdb"
    with _serve(tmp_path, "--feedback-store", str(store), token=TOKEN) as base:
        with httpx.Client(base_url=base, timeout=60) as ehr:
            services = ehr.get("/cds-services").json()["services"]  # discovery needs no token
            sign = next(s for s in services if s["id"] == "notelint-note-sign")
            assert set(sign["prefetch"]) == {"patient", "consents", "notes"}
            req = note_sign_request(patient=PATIENT, consents=searchset(), notes=searchset())
            assert ehr.post(f"/cds-services/{sign['id']}", json=req).status_code == 401
            r = ehr.post(f"/cds-services/{sign['id']}", json=req, headers=AUTH)
            assert r.status_code == 200, r.text
            cards = r.json()["cards"]
            assert cards and all(len(c["summary"]) < 140 for c in cards)
            view = ehr.post("/cds-services/notelint-patient-view", headers=AUTH, json=patient_view_request(
                patient=PATIENT, consents=searchset(SEAL), notes=searchset()))
            assert view.status_code == 200 and view.json()["cards"]
            now = "2024-03-12T14:06:00Z"
            feedback = [{"card": cards[0]["uuid"], "outcome": "overridden", "outcomeTimestamp": now,
                         "overrideReason": {"reason": cards[0]["overrideReasons"][-1]}}]
            feedback += [{"card": c["uuid"], "outcome": "accepted", "outcomeTimestamp": now,
                          "acceptedSuggestions": [{"id": s["uuid"]} for s in c.get("suggestions", [])[:1]]}
                         for c in cards[1:]]
            r = ehr.post(f"/cds-services/{sign['id']}/feedback", json={"feedback": feedback}, headers=AUTH)
            assert r.status_code == 200 and r.json()["stored"] == len(feedback)
            # the report reads the store while the server runs
            out = subprocess.run([sys.executable, "-m", "notelint.cli", "feedback", "report",
                                  "--store", str(store), "--format", "json"],
                                 capture_output=True, text=True, timeout=60)
            assert out.returncode == 0, out.stderr
            data = json.loads(out.stdout)
            assert data["total"]["overridden"] == 1 and data["total"]["answered"] == len(feedback)
            code = cards[0]["source"]["topic"]["code"]
            row = next(g for g in data["by_rule"] if g["key"] == code)
            assert row["reasons"] == {"Annat skäl": 1}
            text = subprocess.run([sys.executable, "-m", "notelint.cli", "feedback", "report",
                                   "--store", str(store)], capture_output=True, text=True, timeout=60)
            assert "Per regel" in text.stdout and code in text.stdout


def test_feedback_report_without_a_store_is_one_line(tmp_path) -> None:
    r = subprocess.run([sys.executable, "-m", "notelint.cli", "feedback", "report", "--store",
                        str(tmp_path / "nope.duckdb")], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "no such feedback store" in r.stderr


@contextlib.contextmanager
def _serve(tmp_path: Path, *args: str, token: str | None = None,
           log: Path | None = None) -> Iterator[str]:
    """A real `notelint serve` process on a free port; its output goes to ``log``."""
    port = free_port()
    log = log or tmp_path / f"serve-{port}.log"
    env = {k: v for k, v in os.environ.items() if k != "NOTELINT_TOKEN"}
    if token:
        env["NOTELINT_TOKEN"] = token
    extra = [] if "--feedback-store" in args else ["--feedback-store", ""]
    if "--workers" not in args:  # one worker loads faster; tests of the lanes ask for two
        extra += ["--workers", "1"]
    with open(log, "wb") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "notelint.cli", "serve", "--ruleset", "skane",
                                 "--port", str(port), *extra, *args],
                                stdout=fh, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
    assert "Traceback" not in log.read_text(), log.read_text()


def test_large_lane_leaves_a_loaded_worker_for_small_checks() -> None:
    """While a killed worker's replacement loads, a large note may not take the last one."""
    from notelint.serve_pool import WorkerPool

    pool = WorkerPool(dict, 2)  # not started: only the scheduling rule is exercised
    pool._ready = 2
    assert pool._large_allowed()
    pool._large_busy = 1
    assert not pool._large_allowed()
    pool._large_busy, pool._ready = 0, 1  # one worker replaced, its successor still loading
    assert not pool._large_allowed()
    single = WorkerPool(dict, 1)
    single._ready = 1
    assert single._large_allowed()  # one worker: large notes cannot be kept off it


@pytest.mark.skipif(not (shutil.which("chromium") or shutil.which("chromium-browser")),
                    reason="no chromium on this machine")
def test_docs_render_in_a_browser_offline(tmp_path) -> None:
    """Swagger UI draws every operation from the package's assets (OpenAPI 3.1)."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    with _serve(tmp_path) as base:
        dom = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'prof'}", "--virtual-time-budget=15000",
             "--dump-dom", base + "/docs"], capture_output=True, text=True, timeout=90).stdout
    paths = set(re.findall(r'class="opblock-summary-path" data-path="([^"]+)"', dom))
    assert {"/v1/lint", "/cds-services", "/cds-services/notelint-note-sign"} <= paths, dom[:500]
    assert "Unable to render" not in dom


def test_json_answers_are_masked_string_by_string_ids_and_action_resources_kept() -> None:
    """A card's uuid or a finding's fingerprint can hold ten digits that read as an identity
    number (masking made them malformed); a suggestion's resource is the EHR's own draft,
    which masking would corrupt when accepted. Every other string is masked."""
    from notelint import pii
    from notelint.serve import masked_body

    uuid_like = "80500316-1212-4351-9f38-b4e7f3e9cd2e"
    fingerprint = "191212121212dc651335"
    assert pii.mask_text(uuid_like) != uuid_like and pii.mask_text(fingerprint) != fingerprint
    resource = {"resourceType": "DocumentReference", "id": "d1",
                "subject": {"identifier": {"value": "191212121212"}}}
    answer = {"cards": [{"uuid": uuid_like, "summary": f"Pnr {PNR} i texten", "suggestions": [{
        "uuid": uuid_like, "label": PNR, "actions": [
            {"type": "update", "description": f"om {PNR}", "resource": resource}]}]}],
        "findings": [{"fingerprint": fingerprint, "message": PNR}],
        "other": {"uuid": f"not a uuid {PNR}", PNR: 1}}
    body = json.dumps(answer, ensure_ascii=False).encode()
    out = json.loads(masked_body(body, b"application/json"))
    card = out["cards"][0]
    assert card["uuid"] == uuid_like and card["suggestions"][0]["uuid"] == uuid_like
    assert out["findings"][0]["fingerprint"] == fingerprint
    assert card["suggestions"][0]["actions"][0]["resource"] == resource
    rest = json.dumps({**out, "cards": [{**card, "suggestions": [
        {**card["suggestions"][0], "actions": [{"description": card["suggestions"][0]["actions"][0]["description"]}]}]}]})
    assert PNR not in rest and "1212-1212" not in rest and "XXXX" in rest
    # nothing to mask: the very same bytes; not JSON: masked as text
    clean = b'{"cards": []}'
    assert masked_body(clean, b"application/json") is clean
    assert PNR.encode() not in masked_body(f"<p>{PNR}</p>".encode(), b"text/html")
