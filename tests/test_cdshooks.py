"""CDS Hooks 2.0: the data model, discovery, the note-signing and patient-view services,
prefetch from a FHIR server, feedback and its report — in process (TestClient)."""

from __future__ import annotations

import asyncio
import base64
import copy
import json
from typing import Any

import pytest

pytest.importorskip("fastapi")
httpx = pytest.importorskip("httpx")
pytest.importorskip("duckdb")

from pydantic import ValidationError  # noqa: E402

from notelint.cdshooks import models as m  # noqa: E402
from notelint.cdshooks.service import NOTE_SIGN_HOOK, PREFETCH, card_summary  # noqa: E402

PIN = "191212121212"
SECRET = "maken slår henne sedan ett år"
NOTE_TEXT = (f"Aktuellt: Pat söker pga huvudvärk sedan 2 v. Pat berättar att {SECRET}.\n"
             "Bedömning: Spänningshuvudvärk. Åter vb.")


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


DRAFT = {
    "resourceType": "DocumentReference", "id": "utkast-1", "status": "current",
    "docStatus": "preliminary", "type": {"text": "Läkaranteckning"},
    "subject": {"reference": "Patient/p1"}, "date": "2024-03-12T14:05:00+01:00",
    "custodian": {"display": "Vårdcentralen Höör",
                  "identifier": {"system": "urn:oid:1.2.752.129.2.1.4.1", "value": "SE2321000032-1001"}},
    "content": [{"attachment": {"contentType": "text/plain; charset=utf-8", "data": b64(NOTE_TEXT)}}],
}
PATIENT = {"resourceType": "Patient", "id": "p1", "birthDate": "1912-12-12",
           "identifier": [{"system": "urn:oid:1.2.752.129.2.1.3.1", "value": PIN}]}
SEAL = {  # a staff seal without an end date, documented nowhere
    "resourceType": "Consent", "id": "c1", "status": "active",
    "scope": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentscope",
                          "code": "patient-privacy"}]},
    "category": [{"coding": [{"system": "http://loinc.org", "code": "59284-0"}]}],
    "patient": {"reference": "Patient/p1"}, "dateTime": "2024-03-04T10:00:00+01:00",
    "provision": {"type": "deny", "period": {"start": "2024-03-04"}},
}


def searchset(*resources: dict[str, Any]) -> dict[str, Any]:
    return {"resourceType": "Bundle", "type": "searchset",
            "entry": [{"resource": r} for r in resources]}


def note_sign_request(**prefetch: Any) -> dict[str, Any]:
    """The specification's example request (``order-sign`` shape), adapted to a Swedish note."""
    return {
        "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
        "hook": NOTE_SIGN_HOOK,
        "context": {"userId": "Practitioner/example", "patientId": "p1", "encounterId": "89284",
                    "draftNotes": {"resourceType": "Bundle", "type": "collection",
                                   "entry": [{"resource": DRAFT}]}},
        "prefetch": prefetch,
    }


def patient_view_request(**prefetch: Any) -> dict[str, Any]:
    """The specification's ``patient-view`` example, adapted (Swedish patient, prefetch keys)."""
    return {
        "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
        "fhirServer": "https://hooks.example.org:9080",
        "hook": "patient-view",
        "fhirAuthorization": {"access_token": "some-opaque-fhir-access-token",
                              "token_type": "Bearer", "expires_in": 300,
                              "scope": "user/Patient.read user/Consent.read", "subject": "cds-service4"},
        "context": {"userId": "Practitioner/example", "patientId": "p1", "encounterId": "89284"},
        "prefetch": prefetch,
    }


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    from notelint.serve import create_app

    store = tmp_path_factory.mktemp("cds") / "feedback.duckdb"
    app = create_app("skane", feedback_store=str(store))
    yield app
    app.fastapi.state.store.close()


@pytest.fixture(scope="module")
def client(app):
    from starlette.testclient import TestClient

    with TestClient(app) as c:
        yield c


# --------------------------------------------------------------------------- the data model


def test_card_needs_summary_indicator_and_source() -> None:
    good = {"summary": "Exempel", "indicator": "info", "source": {"label": "Rutin"}}
    m.Card.model_validate(good)
    for key in ("summary", "indicator", "source"):
        with pytest.raises(ValidationError):
            m.Card.model_validate({k: v for k, v in good.items() if k != key})
    with pytest.raises(ValidationError):
        m.Card.model_validate(dict(good, indicator="hard-stop"))
    with pytest.raises(ValidationError):
        m.Card.model_validate(dict(good, summary="x" * 140))
    with pytest.raises(ValidationError):  # suggestions need selectionBehavior
        m.Card.model_validate(dict(good, suggestions=[{"label": "Gör så"}]))


def test_specification_examples_validate() -> None:
    # the specification's example card and feedback
    m.Card.model_validate({
        "summary": "Example Card", "indicator": "info", "detail": "This is an example card.",
        "source": {"label": "Static CDS Service Example", "url": "https://example.com",
                   "icon": "https://example.com/img/icon-100px.png"},
        "links": [{"label": "Google", "url": "https://google.com", "type": "absolute"}]})
    m.FeedbackRequest.model_validate({"feedback": [{
        "card": "9368d37b-283f-44a0-93ea-547cebab93ed", "outcome": "overridden",
        "overrideReason": {"reason": {"code": "reason-code-provided-by-service",
                                      "system": "http://example.org/override-reasons"},
                           "userComment": "Clinician comment"},
        "outcomeTimestamp": "2020-12-11T00:00:00Z"}]})
    m.CDSRequest.model_validate(patient_view_request(patient=PATIENT))
    with pytest.raises(ValidationError):  # fhirAuthorization needs fhirServer
        m.CDSRequest.model_validate({k: v for k, v in patient_view_request().items() if k != "fhirServer"})


def test_card_summary_stays_under_140() -> None:
    long = "Våld i nära relation dokumenteras under sökordet Aktuellt " * 5
    s = card_summary(long, " (3 ställen)")
    assert len(s) < 140 and s.endswith("(3 ställen)") and "…" in s


def test_fhir_authorization_is_never_printed() -> None:
    req = m.CDSRequest.model_validate(patient_view_request())
    assert "some-opaque" not in repr(req.fhirAuthorization) and "some-opaque" not in str(req.fhirAuthorization)


# --------------------------------------------------------------------------- services


def test_discovery_lists_note_sign_and_patient_view(client) -> None:
    r = client.get("/cds-services")
    assert r.status_code == 200
    d = m.Discovery.model_validate(r.json())
    by_id = {s.id: s for s in d.services}
    assert by_id["notelint-note-sign"].hook == NOTE_SIGN_HOOK and NOTE_SIGN_HOOK.startswith("urn:")
    assert by_id["notelint-patient-view"].hook == "patient-view"
    for s in d.services:
        assert s.prefetch == PREFETCH
    assert "draftNotes" in by_id["notelint-note-sign"].description


def test_note_sign_cards_are_swedish_with_suggestions_and_reasons(client) -> None:
    r = client.post("/cds-services/notelint-note-sign", json=note_sign_request(patient=PATIENT))
    assert r.status_code == 200, r.text
    resp = m.CDSResponse.model_validate(r.json())
    assert resp.extension["se.notelint"]["patientKnown"] is True
    card = next(c for c in resp.cards if c.source.topic and c.source.topic.code == "NL201")
    assert card.indicator == "critical" and len(card.summary) < 140
    assert "Våld i nära relation" in card.summary
    assert card.source.label.startswith("Region Skåne")
    assert {o.display for o in card.overrideReasons} >= {"Fel mall i systemet", "Annat skäl"}
    (sugg,) = card.suggestions
    assert sugg.label == "Flytta meningen till mallen Våld i nära relationer"
    assert card.selectionBehavior == "at-most-one"
    update, create = sugg.actions
    assert update.type == "update" and update.resource["id"] == "utkast-1"
    kept = base64.b64decode(update.resource["content"][0]["attachment"]["data"]).decode()
    moved = base64.b64decode(create.resource["content"][0]["attachment"]["data"]).decode()
    assert SECRET in moved and SECRET not in kept and "Spänningshuvudvärk" in kept
    assert create.resource["type"]["text"] == "Våld i nära relationer"
    assert create.resource["docStatus"] == "preliminary"
    assert PIN not in r.text and "1212-1212" not in r.text


def test_composition_draft_and_no_patient_runs_note_rules_only(client) -> None:
    comp = {"resourceType": "Composition", "id": "comp-1", "status": "preliminary",
            "type": {"text": "Läkaranteckning"}, "date": "2024-03-12T14:05:00+01:00",
            "author": [{"display": "Anna"}], "title": "Läkaranteckning",
            "section": [{"title": "Aktuellt", "text": {"status": "generated", "div":
                         f'<div xmlns="http://www.w3.org/1999/xhtml"><p>Pat berättar att {SECRET}.</p></div>'}}]}
    req = note_sign_request()
    req["context"]["draftNotes"] = comp
    r = client.post("/cds-services/notelint-note-sign", json=req)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["extension"]["se.notelint"] == {
        "ruleset": "skane", "patientKnown": False, "rules": "note",
        "message": body["extension"]["se.notelint"]["message"]}
    (card,) = [c for c in body["cards"] if c["source"]["topic"]["code"] == "NL201"]
    actions = card["suggestions"][0]["actions"]
    # (its one section moves in full: the draft is deleted, not left with "section": [])
    assert [a["type"] for a in actions] == ["delete", "create"]
    assert actions[1]["resource"]["title"] == "Våld i nära relationer"


def test_patient_view_needs_the_patient(client) -> None:
    req = patient_view_request()
    del req["fhirServer"], req["fhirAuthorization"]
    r = client.post("/cds-services/notelint-patient-view", json=req)
    assert r.status_code == 412 and "personnummer" in r.json()["detail"]


def test_patient_view_cards_for_an_undocumented_seal(client) -> None:
    req = patient_view_request(patient=PATIENT, consents=searchset(SEAL), notes=searchset())
    r = client.post("/cds-services/notelint-patient-view", json=req)
    assert r.status_code == 200, r.text
    resp = m.CDSResponse.model_validate(r.json())
    codes = {c.source.topic.code for c in resp.cards}
    assert "NL301" in codes and all(c.startswith(("NL3", "NL104", "NL105")) for c in codes)
    nl301 = next(c for c in resp.cards if c.source.topic.code == "NL301")
    action = nl301.suggestions[0].actions[0]
    assert action.type == "create" and action.resource["resourceType"] == "DocumentReference"
    text = base64.b64decode(action.resource["content"][0]["attachment"]["data"]).decode()
    assert text.startswith("Reglerad åtkomst på 1177.se:") and "Period" in text


def test_bad_requests_are_400_with_the_place(client) -> None:
    r = client.post("/cds-services/notelint-note-sign", json={"hook": NOTE_SIGN_HOOK})
    assert r.status_code == 400 and "hookInstance" in r.json()["detail"]
    r = client.post("/cds-services/notelint-note-sign", json=dict(note_sign_request(), hook="order-sign"))
    assert r.status_code == 400 and "does not match" in r.json()["detail"]
    req = note_sign_request()
    del req["context"]["draftNotes"]
    r = client.post("/cds-services/notelint-note-sign", json=req)
    assert r.status_code == 400 and "draftNotes" in r.json()["detail"]


def test_missing_prefetch_is_fetched_from_the_fhir_server() -> None:
    from notelint.cdshooks.fetch import fill_prefetch

    seen: list[tuple[str, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((str(request.url), request.headers.get("authorization")))
        path = request.url.path
        if path.endswith("/Patient/p1"):
            return httpx.Response(200, json=PATIENT)
        if path.endswith("/Consent"):
            return httpx.Response(200, json=searchset(SEAL))
        return httpx.Response(500)

    req = patient_view_request()
    got = asyncio.run(fill_prefetch(req, PREFETCH, transport=httpx.MockTransport(handler)))
    assert got["patient"]["id"] == "p1" and got["consents"]["entry"][0]["resource"]["id"] == "c1"
    assert "notes" not in got  # the server failed: left empty, not an error
    assert all(auth == "Bearer some-opaque-fhir-access-token" for _, auth in seen)
    assert {u.split("9080/")[1] for u, _ in seen} == {
        "Patient/p1", "Consent?patient=p1",
        "DocumentReference?patient=p1&_sort=-date&_count=50"}
    req = patient_view_request(patient=PATIENT)  # given prefetch is not fetched again
    req["context"]["patientId"] = "../admin"  # and a context value cannot steer the URL
    seen.clear()
    asyncio.run(fill_prefetch(req, PREFETCH, transport=httpx.MockTransport(handler)))
    assert seen == []
    # a key sent as null is the client's "no data" (CDS Hooks 2.0), not one left out
    req = patient_view_request(patient=PATIENT, consents=None, notes=None)
    assert asyncio.run(fill_prefetch(req, PREFETCH, transport=httpx.MockTransport(handler))) == {}
    assert seen == []


# --------------------------------------------------------------------------- feedback


def test_feedback_is_stored_without_text_and_reported(app, client, tmp_path) -> None:
    from notelint.cdshooks.feedback import render_report, report

    r = client.post("/cds-services/notelint-note-sign", json=note_sign_request(patient=PATIENT))
    card = next(c for c in r.json()["cards"] if c["source"]["topic"]["code"] == "NL201")
    fb = {"feedback": [{"card": card["uuid"], "outcome": "overridden",
                        "overrideReason": {"reason": card["overrideReasons"][0],
                                           "userComment": f"Pat {PIN} sa att {SECRET}"},
                        "outcomeTimestamp": "2024-03-12T14:06:00Z"}]}
    r = client.post("/cds-services/notelint-note-sign/feedback", json=fb)
    assert r.status_code == 200 and r.json() == {"stored": 1}
    assert client.post("/cds-services/nope/feedback", json=fb).status_code == 404
    bad = client.post("/cds-services/notelint-note-sign/feedback", json={"feedback": [{"card": "x"}]})
    assert bad.status_code == 400 and "outcome" in bad.json()["detail"]
    path = app.fastapi.state.store.path
    data = report(path)
    nl201 = next(g for g in data["by_rule"] if g["key"] == "NL201")
    assert nl201["overridden"] >= 1 and nl201["override_rate"] is not None
    assert card["overrideReasons"][0]["display"] in nl201["reasons"]
    assert any(g["key"] == "Vårdcentralen Höör" for g in data["by_unit"])
    assert "NL201" in render_report(data)
    raw = open(path, "rb").read()
    assert SECRET.encode() not in raw and PIN.encode() not in raw and b"1212-1212" not in raw


# --------------------------------------------------------------------------- hostile clients


def _deep(levels: int) -> str:
    return "[" * levels + "]" * levels


@pytest.mark.parametrize("change", [
    lambda r: r["context"]["draftNotes"]["entry"][0]["resource"].update(id=[1]),
    lambda r: r["context"]["draftNotes"]["entry"][0]["resource"].update(custodian={"reference": [1]}),
    lambda r: r["context"].update(draftNotes={"resourceType": "Bundle", "entry": 5}),
    lambda r: r["prefetch"].update(patient=dict(PATIENT, identifier="19121212-1212")),
    lambda r: r["prefetch"].update(patient=dict(PATIENT, identifier=[1])),
    lambda r: r["prefetch"].update(patient=dict(PATIENT, identifier=-1)),
    lambda r: r["prefetch"].update(patient=dict(PATIENT, identifier=1.5)),
])
def test_fhir_fields_of_the_wrong_kind_are_400_not_500(client, change) -> None:
    req = copy.deepcopy(note_sign_request(patient=PATIENT))  # (DRAFT is shared)
    change(req)
    r = client.post("/cds-services/notelint-note-sign", json=req)
    assert r.status_code == 400 and "\n" not in r.json()["detail"], r.text
    assert PIN not in r.text and "19121212-1212" not in r.text


def test_bodies_no_json_reader_takes_are_400(client) -> None:
    req = json.dumps(note_sign_request(patient=PATIENT))
    deep = req.replace('"encounterId": "89284"', '"encounterId": ' + _deep(600))
    huge = req.replace('"encounterId": "89284"', '"encounterId": ' + "9" * 5000)
    for body in (deep, huge, req.replace('"89284"', '"89284", "fhirServer": ' + _deep(200_000))):
        r = client.post("/cds-services/notelint-note-sign", content=body,
                        headers={"Content-Type": "application/json"})
        assert r.status_code == 400 and r.headers["content-type"] == "application/json", r.text[:200]


def test_cds_calls_and_feedback_must_be_declared_json(client) -> None:
    """A text/plain POST is a "simple" cross-site request any web page may send: refused."""
    body = json.dumps(note_sign_request(patient=PATIENT))
    for path in ("/cds-services/notelint-note-sign", "/cds-services/notelint-note-sign/feedback"):
        for ctype in ("text/plain", "application/x-www-form-urlencoded", None):
            headers = {"Content-Type": ctype} if ctype else {}
            r = client.post(path, content=body, headers=headers)
            assert r.status_code == 415, (path, ctype, r.status_code)
    r = client.post("/cds-services/notelint-note-sign", content=body,
                    headers={"Content-Type": "application/json; charset=utf-8"})
    assert r.status_code == 200


@pytest.mark.parametrize("server, token, why", [
    ("https://user:pw@fhir.example.org/r4", None, "credentials"),
    ("https://fhir.example.org/admin?x=", None, "query"),
    ("https://fhir.example.org/r4#x", None, "fragment"),
    ("http://fhir.example.org/r4", "tok", "https"),
    ("https://fhir.example.org/r4", "tøken", "bearer"),
    ("https://fhir.example.org/r4", "a b", "bearer"),
    ("https://fhir.example.org:99999/r4", None, "URL"),
])
def test_fhir_servers_and_tokens_notelint_will_not_use(server, token, why) -> None:
    from notelint.cdshooks.fetch import FetchRefused, fill_prefetch

    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json=PATIENT)

    req = patient_view_request()
    req["fhirServer"] = server
    if token is None:
        del req["fhirAuthorization"]
    else:
        req["fhirAuthorization"]["access_token"] = token
    with pytest.raises(FetchRefused, match=why):
        asyncio.run(fill_prefetch(req, PREFETCH, transport=httpx.MockTransport(handler)))
    assert seen == []
    # a key sent as null is the client's "no data" (CDS Hooks 2.0), not one left out
    req = patient_view_request(patient=PATIENT, consents=None, notes=None)
    assert asyncio.run(fill_prefetch(req, PREFETCH, transport=httpx.MockTransport(handler))) == {}
    assert seen == []


def test_a_refused_fhir_server_is_400_and_this_machine_may_be_http(client) -> None:
    from notelint.cdshooks.fetch import fill_prefetch

    req = patient_view_request()
    req["fhirServer"] = "http://fhir.example.org/r4"
    r = client.post("/cds-services/notelint-patient-view", json=req)
    assert r.status_code == 400 and "https" in r.json()["detail"]
    assert "some-opaque" not in r.text

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=PATIENT) if request.url.path.endswith("/Patient/p1") \
            else httpx.Response(404)

    req["fhirServer"] = "http://127.0.0.1:8080/fhir"
    got = asyncio.run(fill_prefetch(req, PREFETCH, transport=httpx.MockTransport(handler)))
    assert got["patient"]["id"] == "p1"


def test_a_slow_or_hostile_fhir_server_is_given_up_on(monkeypatch) -> None:
    """A server trickling its answer is given up after TIMEOUT seconds in all (httpx's own
    timeout is per read); an answer nested too deep is ignored, not a crash."""
    from notelint.cdshooks import fetch

    monkeypatch.setattr(fetch, "TIMEOUT", 0.5)

    class Trickle(httpx.AsyncByteStream):
        async def __aiter__(self):
            while True:
                await asyncio.sleep(0.05)
                yield b" "

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/Patient/p1"):
            return httpx.Response(200, stream=Trickle())
        return httpx.Response(200, content=_deep(100_000).encode())

    req = patient_view_request()
    loop_time = asyncio.new_event_loop()
    try:
        t0 = loop_time.time()
        got = loop_time.run_until_complete(
            fetch.fill_prefetch(req, PREFETCH, transport=httpx.MockTransport(handler)))
        spent = loop_time.time() - t0
    finally:
        loop_time.close()
    assert got == {} and spent < 3


def test_the_feedback_store_never_holds_an_identity_number(app, client) -> None:
    from notelint.cdshooks.feedback import render_report, report

    req = copy.deepcopy(note_sign_request(patient=PATIENT))
    draft = req["context"]["draftNotes"]["entry"][0]["resource"]
    draft["custodian"] = dict(draft["custodian"], display="Mottagning 19121212-1212")
    r = client.post("/cds-services/notelint-note-sign", json=req)
    card = next(c for c in r.json()["cards"] if c["source"]["topic"]["code"] == "NL201")
    reason = dict(card["overrideReasons"][0], display="Pat 19121212-1212: " + SECRET[:5])
    fb = {"feedback": [{"card": card["uuid"], "outcome": "overridden",
                        "overrideReason": {"reason": reason},
                        "outcomeTimestamp": "2024-03-12T14:07:00Z"}]}
    assert client.post("/cds-services/notelint-note-sign/feedback", json=fb).status_code == 200
    path = app.fastapi.state.store.path
    data = report(path)
    shown = json.dumps(data, ensure_ascii=False) + render_report(data)
    assert "Mottagning 19121212-" in shown  # the unit is reported, its number masked
    assert "1212-1212" not in shown
    raw = open(path, "rb").read()
    assert b"1212-1212" not in raw
    # a 400 quoting the body quotes characters (masked), never a bytes value
    bad = client.post("/cds-services/notelint-note-sign/feedback", content="19121212\u20131212".encode(),
                      headers={"Content-Type": "application/json"})
    assert bad.status_code == 400 and "1212" not in bad.text.replace("19121212", "")


def test_only_the_fhir_servers_named_are_fetched_from() -> None:
    """``notelint serve --fhir-server URL``: a call naming another server (an internal
    address, a look-alike name) is refused; one under a named base is fetched."""
    from notelint.cdshooks.fetch import FetchRefused, fill_prefetch

    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json=PATIENT)

    allowed = ["https://fhir.region.se/r4/"]
    for server in ("https://fhir.region.se.evil.example/r4", "https://127.0.0.1/r4",
                   "https://fhir.region.se/admin"):
        req = patient_view_request()
        req["fhirServer"] = server
        with pytest.raises(FetchRefused, match="--fhir-server"):
            asyncio.run(fill_prefetch(req, PREFETCH, transport=httpx.MockTransport(handler),
                                      allowed=allowed))
    assert seen == []
    req = patient_view_request()
    req["fhirServer"] = "https://FHIR.region.se/r4"
    got = asyncio.run(fill_prefetch(req, PREFETCH, transport=httpx.MockTransport(handler),
                                    allowed=allowed))
    assert got["patient"]["id"] == "p1" and seen


def test_a_server_started_with_fhir_servers_refuses_others() -> None:
    from starlette.testclient import TestClient

    from notelint.serve import create_app

    app = create_app("skane", fhir_servers=["https://fhir.region.se/r4"])
    with TestClient(app) as c:
        req = patient_view_request()
        req["fhirServer"] = "https://10.0.0.5/r4"
        r = c.post("/cds-services/notelint-patient-view", json=req)
        assert r.status_code == 400 and "--fhir-server" in r.json()["detail"]


# --------------------------------------------------------------------------- drafts as sent

def _draft_request(*drafts: dict[str, Any]) -> dict[str, Any]:
    req = note_sign_request(patient=PATIENT)
    req["context"]["draftNotes"] = {"resourceType": "Bundle", "type": "collection",
                                    "entry": [{"resource": d} for d in drafts]}
    return req


def _cards(client, req: dict[str, Any]) -> list[dict[str, Any]]:
    r = client.post("/cds-services/notelint-note-sign", json=req)
    assert r.status_code == 200, r.text
    return r.json()["cards"]


def test_suggested_resources_are_the_draft_as_sent_with_its_identity_numbers(client) -> None:
    # the EHR writes what a clinician accepts: its identifiers and text must come back as
    # sent, not masked; what notelint itself writes (summary, detail) stays masked
    draft = copy.deepcopy(DRAFT)
    draft["subject"] = {"reference": "Patient/p1", "identifier": {
        "system": "urn:oid:1.2.752.129.2.1.3.1", "value": PIN}}
    text = NOTE_TEXT + "\nBarnets pnr 20141212-1236, bor hos pat."
    draft["content"][0]["attachment"]["data"] = b64(text)
    cards = _cards(client, _draft_request(draft))
    card = next(c for c in cards if c["source"]["topic"]["code"] == "NL201")
    update, create = card["suggestions"][0]["actions"]
    assert update["resource"]["subject"]["identifier"]["value"] == PIN
    assert create["resource"]["subject"]["identifier"]["value"] == PIN
    kept = base64.b64decode(update["resource"]["content"][0]["attachment"]["data"]).decode()
    assert "20141212-1236" in kept
    # the unit as the EHR named it, not a reference notelint made up
    assert create["resource"]["custodian"] == DRAFT["custodian"]
    assert update["resource"]["custodian"] == DRAFT["custodian"]
    outside = json.dumps({k: v for k, v in card.items() if k != "suggestions"})
    assert PIN not in outside and "20141212-1236" not in outside


def test_a_draft_without_an_id_gets_no_update_of_an_invented_one(client) -> None:
    draft = {k: v for k, v in DRAFT.items() if k != "id"}
    r = client.post("/cds-services/notelint-note-sign", json=_draft_request(draft))
    assert r.status_code == 200, r.text
    card = next(c for c in r.json()["cards"] if c["source"]["topic"]["code"] == "NL201")
    assert "suggestions" not in card  # the card still says what is wrong
    assert "draft-1" not in r.text and "custodian-" not in r.text


def test_moving_all_of_a_drafts_text_deletes_it_instead_of_emptying_it(client) -> None:
    draft = copy.deepcopy(DRAFT)
    draft["content"][0]["attachment"]["data"] = b64(f"Pat berättar att {SECRET}.")
    card = next(c for c in _cards(client, _draft_request(draft))
                if c["source"]["topic"]["code"] == "NL201")
    actions = card["suggestions"][0]["actions"]
    assert [a["type"] for a in actions] == ["delete", "create"]
    assert actions[0]["resourceId"] == ["DocumentReference/utkast-1"]
    assert all(a.get("resource", {}).get("content", [{}])[0].get("attachment", {}).get("data") != ""
               for a in actions)


@pytest.mark.parametrize("attachment, why", [
    ({"contentType": "application/pdf", "data": b64("%PDF-1.4 binary")}, "application/pdf"),
    ({"contentType": "text/plain", "url": "https://ehr.example/doc/1"}, "url"),
])
def test_a_draft_whose_text_cannot_be_read_gets_a_card_saying_so(client, attachment, why) -> None:
    draft = copy.deepcopy(DRAFT)
    draft["content"] = [{"attachment": attachment}]
    cards = _cards(client, _draft_request(draft))
    (card,) = cards
    assert card["indicator"] == "warning" and card["source"]["topic"]["code"] == "NL901"
    assert "kunde inte granskas" in card["summary"] and why in card["detail"]
    assert len(card["summary"]) < 140


def test_html_and_untyped_text_drafts_are_read(client) -> None:
    html_draft = copy.deepcopy(DRAFT)
    html_draft["content"] = [{"attachment": {"contentType": "text/html; charset=utf-8", "data": b64(
        f"<html><body><p>Aktuellt: huvudvärk.</p><p>Pat berättar att {SECRET}.</p></body></html>")}}]
    untyped = copy.deepcopy(DRAFT)
    untyped["content"] = [{"attachment": {"data": b64(f"Pat berättar att {SECRET}.")}}]
    for draft in (html_draft, untyped):
        codes = [c["source"]["topic"]["code"] for c in _cards(client, _draft_request(draft))]
        assert codes == ["NL201"]


def test_nested_composition_sections_are_read(client) -> None:
    div = f'<div xmlns="http://www.w3.org/1999/xhtml"><p>Pat berättar att {SECRET}.</p></div>'
    comp = {"resourceType": "Composition", "id": "comp-2", "status": "preliminary",
            "type": {"text": "Läkaranteckning"}, "date": "2024-03-12T14:05:00+01:00",
            "author": [{"display": "Anna"}], "title": "Läkaranteckning",
            "section": [{"title": "Anamnes", "section": [{"title": "Socialt", "text": {
                "status": "generated", "div": div}}]}]}
    codes = [c["source"]["topic"]["code"] for c in _cards(client, _draft_request(comp))]
    assert codes == ["NL201"]


def test_empty_or_twice_named_drafts_are_400(client) -> None:
    r = client.post("/cds-services/notelint-note-sign", json=_draft_request())
    assert r.status_code == 400 and "no DocumentReference or Composition" in r.json()["detail"]
    r = client.post("/cds-services/notelint-note-sign", json=_draft_request(DRAFT, DRAFT))
    assert r.status_code == 400 and "utkast-1" in r.json()["detail"]


def test_head_is_answered_on_get_routes_without_a_body(client) -> None:
    for path in ("/healthz", "/cds-services", "/openapi.json", "/v1/rules"):
        got, head = client.get(path), client.head(path)
        assert head.status_code == 200 == got.status_code, path
        assert head.content == b"" and head.headers["content-length"] == str(len(got.content))
    assert client.head("/v1/lint").status_code == 405


def test_compressed_bodies_and_other_charsets_are_415(client) -> None:
    import gzip

    body = json.dumps(note_sign_request(patient=PATIENT)).encode()
    r = client.post("/cds-services/notelint-note-sign", content=gzip.compress(body),
                    headers={"content-type": "application/json", "content-encoding": "gzip"})
    assert r.status_code == 415 and "Content-Encoding 'gzip'" in r.json()["detail"]
    r = client.post("/v1/lint", content=gzip.compress(b"Pat mar bra."),
                    headers={"content-type": "text/plain", "content-encoding": "gzip"})
    assert r.status_code == 415
    r = client.post("/cds-services/notelint-note-sign", content=body,
                    headers={"content-type": "application/json; charset=iso-8859-1"})
    assert r.status_code == 415 and "UTF-8" in r.json()["detail"]
    r = client.post("/cds-services/notelint-note-sign", content=body,
                    headers={"content-type": "application/json; charset=UTF-8"})
    assert r.status_code == 200


def test_markup_quoted_from_a_note_is_escaped_in_card_details(client) -> None:
    """A section title is quoted in a card's Markdown detail: a link, an image or raw HTML
    in it must stay text in the EHR's renderer."""
    title = "[Klicka här](javascript:alert(1)) <img src=x onerror=alert(1)> ![x](https://e.example/t.png)"
    comp = {"resourceType": "Composition", "id": "comp-md", "status": "preliminary",
            "type": {"text": "Läkaranteckning"}, "date": "2024-03-12T14:05:00+01:00",
            "author": [{"display": "Anna"}], "title": "Läkaranteckning",
            "section": [{"title": title, "text": {"status": "generated", "div":
                         f'<div xmlns="http://www.w3.org/1999/xhtml"><p>Pat berättar att {SECRET}.</p></div>'}}]}
    card = next(c for c in _cards(client, _draft_request(comp)) if c["source"]["topic"]["code"] == "NL201")
    detail = card["detail"]
    assert "\\[Klicka här\\](javascript:alert(1))" in detail and "\\<img" in detail
    assert "![x]" not in detail and "](javascript" not in detail.replace("\\](javascript", "")


def test_browser_clients_of_the_origins_named_may_call(tmp_path) -> None:
    """CDS Hooks' browser-based clients (the sandbox, SMART apps) need CORS: only the
    origins the server is started with; none by default."""
    from starlette.testclient import TestClient

    from notelint.serve import check_origin, create_app

    ehr = "https://ehr.example.se"
    pre = {"Origin": ehr, "Access-Control-Request-Method": "POST",
           "Access-Control-Request-Headers": "content-type, authorization"}
    app = create_app("skane", cors_origins=[ehr], token="s3cret")
    with TestClient(app) as c:
        r = c.options("/cds-services/notelint-note-sign", headers=pre)
        assert r.status_code == 200 and r.headers["access-control-allow-origin"] == ehr
        assert "authorization" in r.headers["access-control-allow-headers"].lower()
        r = c.options("/v1/lint", headers=pre)  # (no token on a preflight: not refused)
        assert r.status_code == 200
        r = c.options("/v1/lint", headers=dict(pre, Origin="https://evil.example"))
        assert r.status_code == 400 and "access-control-allow-origin" not in r.headers
        r = c.post("/cds-services/notelint-note-sign", json=note_sign_request(patient=PATIENT),
                   headers={"Origin": ehr, "Authorization": "Bearer s3cret"})
        assert r.status_code == 200 and r.headers["access-control-allow-origin"] == ehr
        r = c.post("/v1/lint", content=b"x", headers={"Origin": ehr})  # a refusal, readable
        assert r.status_code == 401 and r.headers["access-control-allow-origin"] == ehr
    with TestClient(create_app("skane")) as c:
        r = c.options("/cds-services/notelint-note-sign", headers=pre)
        assert r.status_code == 405 and "access-control-allow-origin" not in r.headers
    for bad in ("*", "https://ehr.example.se/path", "ehr.example.se", "javascript:alert(1)"):
        with pytest.raises(ValueError):
            check_origin(bad)
    assert check_origin("http://localhost:3000/") == "http://localhost:3000"


def test_security_headers_on_every_answer_and_a_policy_on_html(client) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200 and docs.headers["content-type"].startswith("text/html")
    csp = docs.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src", 1)[1].split(";")[0]
    assert docs.headers["x-frame-options"] == "DENY"
    for r in (docs, client.get("/healthz"), client.post("/v1/lint", content=b"Pat mar bra.",
                                                        headers={"content-type": "text/plain"})):
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"
    assert client.post("/v1/lint", content=b"Pat mar bra.",
                       headers={"content-type": "text/plain"}).headers["cache-control"] == "no-store"
    # Swagger UI's inline bootstrap would be blocked: it must be a file of its own
    assert "<script>" not in docs.text.replace("<script src=", "")


def test_a_browsers_favicon_request_is_no_error(client) -> None:
    assert client.get("/favicon.ico").status_code == 204


def test_card_summaries_count_as_browsers_do_and_quotes_hold_their_full_stops() -> None:
    emoji = "\U0001F600" * 60
    got = card_summary(f'Sökordet "{emoji}" är skyddat men filtreras inte i Journalen hos denna region, flytta texten.')
    assert len(got.encode("utf-16-le")) // 2 < 140 and got.endswith("…")
    got = card_summary('Sökordet "Bed. o åtg." används utan filter. Flytta texten.')
    assert got == 'Sökordet "Bed. o åtg." används utan filter.'
    assert card_summary("Kort. Mer text.") == "Kort."


def test_feedback_that_is_no_json_is_told_where_not_echoed(client) -> None:
    import gzip

    r = client.post("/cds-services/notelint-note-sign/feedback", content=gzip.compress(b'{"feedback": []}'),
                    headers={"content-type": "application/json"})
    assert r.status_code == 400 and "not valid JSON (line 1, column 1)" in r.json()["detail"]
    assert "\\x1f" not in r.text and "(record)" not in r.text
    r = client.post("/cds-services/notelint-note-sign/feedback", json={"feedback": [{"card": "x"}]})
    assert r.status_code == 400 and r.json()["detail"].startswith("feedback")


def test_a_draft_whose_id_looks_like_an_identity_number_still_gets_its_cards(client) -> None:
    """Findings were matched to drafts by their masked ids: "20240312-1405" (a date and a
    time, masked as a number) matched none, and the draft passed in silence."""
    for nid in ("20240312-1405", "191212121212"):
        draft = dict(copy.deepcopy(DRAFT), id=nid)
        r = client.post("/cds-services/notelint-note-sign", json=_draft_request(draft))
        codes = [c["source"]["topic"]["code"] for c in r.json()["cards"]]
        assert "NL201" in codes, (nid, codes)
        card = next(c for c in r.json()["cards"] if c["source"]["topic"]["code"] == "NL201")
        assert card["suggestions"][0]["actions"][0]["resource"]["id"] == nid  # the EHR's own
        outside = json.dumps({k: v for k, v in card.items() if k != "suggestions"})
        assert "1212-1212" not in outside and "191212121212" not in outside


def _moved(client, draft) -> list[dict[str, Any]]:
    card = next(c for c in _cards(client, _draft_request(draft)) if c["source"]["topic"]["code"] == "NL201")
    return card.get("suggestions", [])


def test_suggestions_only_where_the_sentence_has_one_place(client) -> None:
    # two text attachments (a second one, an HTML copy, would keep the sentence)
    two = copy.deepcopy(DRAFT)
    two["content"].append({"attachment": {"contentType": "text/html", "data": b64(f"<p>{NOTE_TEXT}</p>")}})
    assert _moved(client, two) == []
    # two sections of one title, a nested one, a table: offsets or markup would go astray
    div = '<div xmlns="http://www.w3.org/1999/xhtml"><p>{}</p></div>'
    base = {"resourceType": "Composition", "id": "c9", "status": "preliminary", "title": "Läkaranteckning",
            "type": {"text": "Läkaranteckning"}, "date": "2024-03-12T14:05:00+01:00", "author": [{"display": "A"}]}
    same = dict(base, section=[{"title": "Aktuellt", "text": {"status": "generated", "div": div.format("Sover bra.")}},
                               {"title": "Aktuellt", "text": {"status": "generated", "div": div.format(
                                   f"Pat berättar att {SECRET}.")}}])
    nested = dict(base, section=[{"title": "Aktuellt", "text": {"status": "generated", "div": div.format(
        "Sover bra.")}, "section": [{"text": {"status": "generated", "div": div.format(f"Pat berättar att {SECRET}.")}}]}])
    table = dict(base, section=[{"title": "Aktuellt", "text": {"status": "generated", "div":
        f'<div xmlns="http://www.w3.org/1999/xhtml"><p>Pat berättar att {SECRET}.</p><table><tr><td>BT</td>'
        '<td>120/80</td></tr></table></div>'}}])
    for comp in (same, nested, table):
        assert _moved(client, comp) == []
    # one place: the sentence to its end, past abbreviations; size and hash follow the data
    one = copy.deepcopy(DRAFT)
    text = f"Pat mår bättre. Pat berättar att {SECRET} t.ex. när han druckit. Planerar återbesök."
    one["content"][0]["attachment"].update(data=b64(text), size=len(text.encode()), hash="AAAA")
    (sugg,) = _moved(client, one)
    update, create = sugg["actions"]
    kept = base64.b64decode(update["resource"]["content"][0]["attachment"]["data"])
    moved = base64.b64decode(create["resource"]["content"][0]["attachment"]["data"]).decode()
    assert moved == f"Pat berättar att {SECRET} t.ex. när han druckit."
    assert kept.decode() == "Pat mår bättre. Planerar återbesök."
    att = update["resource"]["content"][0]["attachment"]
    assert att["size"] == len(kept)
    assert att["hash"] == base64.b64encode(__import__("hashlib").sha1(kept).digest()).decode()


def test_a_sokord_region_gets_no_draft_typed_as_its_sokord(tmp_path) -> None:
    """VGR protects by sökord, a heading inside a note: a DocumentReference typed with the
    sökord would be a visible note of that name (notelint's own NL206)."""
    from starlette.testclient import TestClient

    from notelint.serve import create_app

    with TestClient(create_app("vgr", journal_system="Melior")) as c:
        cards = c.post("/cds-services/notelint-note-sign", json=_draft_request(DRAFT)).json()["cards"]
    card = next(x for x in cards if x["source"]["topic"]["code"] == "NL201")
    assert "suggestions" not in card


def test_the_journal_system_of_drafts_is_the_deployments(tmp_path) -> None:
    """FHIR names no journal system; NL102 (a hypothesis visible in Melior) needs one."""
    from starlette.testclient import TestClient

    from notelint.serve import check_journal_system, create_app
    from notelint.rulesets import load_ruleset

    draft = copy.deepcopy(DRAFT)
    draft["content"][0]["attachment"]["data"] = b64("Bedömning: Misstänkt bipolär sjukdom typ 2.")
    codes = {}
    for system in (None, "Melior", "PMO"):
        with TestClient(create_app("skane", journal_system=system)) as c:
            cards = c.post("/cds-services/notelint-note-sign", json=_draft_request(draft)).json()["cards"]
        codes[system] = {x["source"]["topic"]["code"] for x in cards}
    assert "NL102" in codes["Melior"] and "NL102" not in codes[None] and "NL102" not in codes["PMO"]
    assert check_journal_system(load_ruleset("skane"), "melior") == "Melior"
    with pytest.raises(ValueError):
        check_journal_system(load_ruleset("skane"), "Cosmic")


def test_a_lone_surrogate_given_back_in_a_suggestion_is_no_500(client) -> None:
    draft = dict(copy.deepcopy(DRAFT), custodian={"display": "VC", "identifier": "\ud800"})
    body = json.dumps(_draft_request(draft)).encode()
    r = client.post("/cds-services/notelint-note-sign", content=body,
                    headers={"content-type": "application/json"})
    assert r.status_code in (200, 400, 422), r.text
    json.loads(r.text)


def test_the_feedback_report_shows_what_callers_sent_and_obeys_none_of_it() -> None:
    from notelint.cdshooks.feedback import render_report

    row = {"key": "VC\x1b]0;pwn\x07\x1b[31m\n::error::X", "cards": 1, "answered": 1, "accepted": 0,
           "overridden": 1, "override_rate": 1.0, "reasons": {"D\x1b]0;t\x07\nny rad": 1}}
    data = {"store": "s.duckdb", "since": None, "by_rule": [], "by_unit": [row],
            "total": {"cards": 1, "answered": 1, "accepted": 0, "overridden": 1, "override_rate": 1.0},
            "feedback_for_unknown_cards": 0}
    text = render_report(data)
    assert "\x1b" not in text and "\x07" not in text and "\n::error" not in text
    assert "\\x1b]0;pwn" in text


def test_second_review_of_suggestions_and_cards(client) -> None:
    """A delete names the draft as sent; base64 in lines or unpadded is read; a sentence
    ending in a number ends; the text left behind keeps its spacing; a Composition moved
    in full is deleted, not emptied; GFM autolinks in quoted text stay text."""
    # all moved, an id like a number: the delete names it as sent
    draft = dict(copy.deepcopy(DRAFT), id="191212121212")
    draft["content"][0]["attachment"]["data"] = b64(f"Pat berättar att {SECRET}.")
    (sugg,) = _moved(client, draft)
    assert sugg["actions"][0] == {**sugg["actions"][0], "type": "delete",
                                  "resourceId": ["DocumentReference/191212121212"]}
    # base64 in 76-column lines, and without its padding
    long = "Pat mår bättre. " * 10 + f"Pat berättar att {SECRET}."
    for data in (base64.encodebytes(long.encode()).decode(), b64("Pat berättar att maken slår henne.").rstrip("=")):
        lined = copy.deepcopy(DRAFT)
        lined["content"][0]["attachment"]["data"] = data
        assert [c["source"]["topic"]["code"] for c in _cards(client, _draft_request(lined))] == ["NL201"]
    # a sentence ending in a number; spacing elsewhere kept
    text = f"Pat berättar att {SECRET} sedan vecka 12. Alvedon   500 mg x 3. BT 120/80."
    one = copy.deepcopy(DRAFT)
    one["content"][0]["attachment"]["data"] = b64(text)
    update, create = _moved(client, one)[0]["actions"]
    kept = base64.b64decode(update["resource"]["content"][0]["attachment"]["data"]).decode()
    assert kept == "Alvedon   500 mg x 3. BT 120/80."
    # a Composition whose one section moves in full: deleted, a new one created
    comp = {"resourceType": "Composition", "id": "c-full", "status": "preliminary", "title": "Läkaranteckning",
            "type": {"text": "Läkaranteckning"}, "date": "2024-03-12T14:05:00+01:00", "author": [{"display": "A"}],
            "section": [{"title": "Aktuellt", "text": {"status": "generated", "div":
                         f'<div xmlns="http://www.w3.org/1999/xhtml"><p>Pat berättar att {SECRET}.</p></div>'}}]}
    (sugg,) = _moved(client, comp)
    assert [a["type"] for a in sugg["actions"]] == ["delete", "create"]
    assert sugg["actions"][0]["resourceId"] == ["Composition/c-full"]
    # autolinks
    comp2 = copy.deepcopy(comp)
    comp2["section"][0]["title"] = "Se https://evil.example/login www.evil.example evil@example.com"
    card = next(c for c in _cards(client, _draft_request(comp2)) if c["source"]["topic"]["code"] == "NL201")
    assert "https\\://evil" in card["detail"] and "www\\.evil" in card["detail"] and "evil\\@example" in card["detail"]


def test_summaries_stay_under_140_after_masking() -> None:
    got = card_summary("Sökordet " + " ".join(["191212121212"] * 3) + " " + "ord " * 40)
    assert len(got) < 140 and "XXXX" in got


def test_dot_segments_in_fhir_server_are_refused() -> None:
    from notelint.cdshooks.fetch import FetchRefused, _server_base

    for url in ("http://127.0.0.1:9911/fhir/../admin", "http://127.0.0.1:9911/fhir/%2e%2e/admin",
                "https://ehr.example/fhir/./r4"):
        with pytest.raises(FetchRefused):
            _server_base(url, False)


def test_cors_origins_are_kept_as_browsers_send_them() -> None:
    from notelint.serve import check_origin

    assert check_origin("https://EHR.example.se:443") == "https://ehr.example.se"
    assert check_origin("http://Localhost:80/") == "http://localhost"
    assert check_origin("http://localhost:3000") == "http://localhost:3000"
