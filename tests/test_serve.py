"""notelint serve, end to end: a real server process on localhost, spoken to with httpx."""

from __future__ import annotations

import json
import os
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
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "server.log"
    env = dict(os.environ, NOTELINT_TOKEN=TOKEN)
    with open(log, "wb") as fh:
        proc = subprocess.Popen(
            [sys.executable, "-m", "notelint.cli", "serve", "--ruleset", "skane",
             "--port", str(port), "--log-level", "info", "--max-body", str(256 * 1024),
             "--feedback-store", str(log.parent / "feedback.duckdb")],
            stdout=fh, stderr=subprocess.STDOUT, env=env,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"server exited: {log.read_text()}")
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("server did not come up in 60 s")
            time.sleep(0.2)
        yield base, log
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


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
    assert data["summary"] == {"files": 1, "records": 1, "notes": 1,
                               "findings": len(data["findings"]), "patient": False,
                               "rules": "note", "message": data["summary"]["message"]}
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


def test_invalid_bodies_are_422_with_json_path(server) -> None:
    base, _ = server
    bad = json.loads(json.dumps(RECORD))
    bad["notes"][0]["sections"][1]["keywrod"] = "x"
    r = httpx.post(base + "/v1/lint", json=bad, headers=AUTH)
    assert r.status_code == 422
    assert r.json()["detail"].startswith("notes[0].sections[1].keywrod: unknown field")
    r = httpx.post(base + "/v1/lint", content=b'{"id": "n1", "sections": [', headers=AUTH)
    assert r.status_code == 422 and "not valid JSON" in r.json()["detail"]
    r = httpx.post(base + "/v1/lint", json=[1, 2], headers=AUTH)
    assert r.status_code == 422
    r = httpx.post(base + "/v1/lint", json={"id": "n1", "patient": {"id": "19121212-1213"}},
                   headers=AUTH)
    assert r.status_code == 422 and "patient.id" in r.json()["detail"]
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
    assert {"/v1/lint", "/v1/preview", "/v1/rules", "/healthz"} <= set(spec["paths"])
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
    time.sleep(0.3)
    text = log.read_text(encoding="utf-8", errors="replace")
    assert "POST /v1/lint 200" in text  # the request log is there …
    assert SECRET_TEXT not in text and "Grannen" not in text  # … without the body
    assert PNR not in text and "note_id" not in text


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


def test_time_limit_in_a_real_server(tmp_path) -> None:
    """The server process runs checks inline under a SIGALRM limit: 503, and it lives on."""
    port = free_port()
    log = tmp_path / "slow.log"
    with open(log, "wb") as fh:
        proc = subprocess.Popen(
            [sys.executable, "-m", "notelint.cli", "serve", "--ruleset", "skane",
             "--port", str(port), "--timeout", "0.01", "--feedback-store", ""],
            stdout=fh, stderr=subprocess.STDOUT, env={k: v for k, v in os.environ.items()
                                                      if k != "NOTELINT_TOKEN"},
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        long_note = dict(RECORD["notes"][0], sections=[
            {"keyword": "Aktuellt", "text": "Pat med misstänkt pneumoni, trol viral, ua i övrigt. " * 400}])
        for _ in range(2):
            r = httpx.post(base + "/v1/lint", json=long_note, timeout=30)
            assert r.status_code == 503 and "longer than" in r.json()["detail"]
        assert httpx.get(base + "/healthz").status_code == 200
        short = dict(RECORD["notes"][0], sections=[{"keyword": "Bedömning", "text": "Ua."}])
        assert httpx.post(base + "/v1/lint", json=short, timeout=30).status_code in (200, 503)
        assert proc.poll() is None
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert "Traceback" not in log.read_text()


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
