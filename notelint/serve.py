"""HTTP API for pre-signing checks (``notelint serve``), built on FastAPI.

Endpoints
---------
``POST /v1/lint``
    Body, by ``Content-Type``:

    - ``application/json``: one record of interchange format v1, one bare note object
      (``{"id": …, "sections": […]}``, optionally with ``"patient"``), or FHIR JSON (a
      ``Bundle``, or one ``DocumentReference``/``Composition``);
    - ``application/fhir+json``: FHIR JSON as above;
    - ``text/plain``: a journal copy in the text note format, with or without its
      ``Key: value`` header;
    - ``application/xml``, ``text/xml``, ``application/soap+xml``: an Inera RIV-TA
      ``GetCareDocumentation``/``GetDiagnosis`` response (one patient);
    - anything else: 415.

    Answer: exactly the ``--format json`` object of docs/cli.md, ``{"findings": […],
    "summary": {…}}``; when the body named no patient ``summary`` also says
    ``"patient": false, "rules": "note"`` and why: then only the note rules ran (record rules need the real
    patient, so no finding is ever made about a patient who does not exist).

``POST /v1/preview``
    Same bodies; query ``note_id`` and ``as_of`` (YYYY-MM-DD). Answer ``{"previews":
    [NotePreview, …]}`` (see :mod:`notelint.preview`). Without a patient the preview says
    what it cannot know (the patient's and guardians' access depend on the age).

CDS Hooks 2.0 (:mod:`notelint.cdshooks`): ``GET /cds-services`` (discovery),
``POST /cds-services/notelint-note-sign``, ``POST /cds-services/notelint-patient-view``
and ``POST /cds-services/{id}/feedback``.

``GET /v1/rules``, ``GET /healthz``, ``GET /openapi.json`` and ``/docs`` (Swagger UI
served from the package, never from a CDN).

The checks run in worker processes (``workers``, see :mod:`notelint.serve_pool`), never on
the event loop: ``/healthz`` and discovery are answered while notes are checked, and a
large note (body over 32 kB) can occupy at most ``workers - 1`` of them. ``workers=0``
runs the checks in a thread of the server process (tests, embedding).

Limits and safety: bodies over ``max_body`` bytes get 413; request headers and bodies
not received within ``read_timeout`` seconds get the connection closed (headers) or 408
(body); a request not answered within ``timeout`` seconds gets 503 and its worker is
replaced; an invalid body gets 422 with one line naming the JSON path. A problem the reader
reports in a body it could still read (a ``documentId`` used twice, a bad time, an invalid
UTF-8 byte) is an NL901 finding of ``/v1/lint``'s answer, as in ``notelint lint``. With a token
(``--token`` or ``NOTELINT_TOKEN``) every ``/v1/`` and ``/cds-services/`` call but
discovery needs ``Authorization: Bearer <token>`` (401 otherwise). Nothing of a request
body is ever logged: the access log is off, the ``notelint.serve`` logger records method,
path (identity numbers masked), status and milliseconds only.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import gc
import hmac
import json
import logging
import os
import re
import threading
import time
from typing import Any, Iterable, NamedTuple

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel

from notelint import pii
from notelint.engine import Engine, broken_finding
from notelint.model import Finding, Note, Record, SourceLoc, printable
from notelint.preview import NotePreview
from notelint.readers import Broken, Loaded, bad_bytes_item, decode, decode_checked, read_bytes
from notelint.rulesets import Ruleset, load_ruleset

__all__ = ["create_app", "parse_body", "ParsedBody", "Checker", "PLACEHOLDER_PATIENT",
           "DEFAULT_MAX_BODY", "DEFAULT_TIMEOUT", "DEFAULT_READ_TIMEOUT"]

log = logging.getLogger("notelint.serve")

PLACEHOLDER_PATIENT = "19121212-1212"
DEFAULT_MAX_BODY = 1024 * 1024
DEFAULT_TIMEOUT = 5.0
DEFAULT_READ_TIMEOUT = 10.0
REQUEST_PATH = "request"

JSON_TYPES = ("application/json", "application/fhir+json")
XML_TYPES = ("application/xml", "text/xml", "application/soap+xml")
TEXT_TYPES = ("text/plain",)

_BODY_DOC = {
    "required": True,
    "content": {
        "application/json": {"schema": {
            "type": "object",
            "description": "A record of interchange format v1 (see `notelint schema`), one "
                           "bare note object (optionally with a `patient` key), or FHIR JSON.",
        }},
        "application/fhir+json": {"schema": {
            "type": "object", "description": "A FHIR R4 Bundle (Patient, Composition, "
                                             "DocumentReference, Consent) or one note resource."}},
        "text/plain": {"schema": {"type": "string", "description":
                                  "A journal copy in the text note format, with or without header."}},
        "application/xml": {"schema": {"type": "string", "description":
                                       "An Inera RIV-TA GetCareDocumentation response (one patient)."}},
    },
}


# --------------------------------------------------------------------------- models (docs)


class Summary(BaseModel):
    files: int
    records: int
    notes: int
    findings: int
    by_severity: dict[str, int]
    rulesets: list[str]
    notelint_version: str


class LintResponse(BaseModel):
    findings: list[Finding]
    summary: Summary


class PreviewResponse(BaseModel):
    previews: list[NotePreview]


class RuleInfo(BaseModel):
    code: str
    name: str
    severity: str
    scope: str
    summary: str


class Health(BaseModel):
    status: str
    ruleset: str
    rules: int
    nlp: bool


class Problem(BaseModel):
    detail: str


class BadBody(Exception):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


# --------------------------------------------------------------------------- ASGI guard


class Guard:
    """Pure ASGI middleware: bearer token, body size limit, path-only request log."""

    def __init__(self, app: Any, *, token: str | None, max_body: int,
                 read_timeout: float = 10.0, mask: bool = True,
                 allowed_hosts: Iterable[str] | None = None, cds_keys: Any = None) -> None:
        self.app = app
        # the trusted CDS clients' keys (notelint.cdshooks.auth.ClientKeys): every CDS Hooks
        # call must then carry a JWT signed by one of them (the token is for /v1/ only)
        self.cds_keys = cds_keys
        self.mask = mask
        # the names a request may give in its Host header (None: any): a web page whose
        # name an attacker points at 127.0.0.1 (DNS rebinding) sends its own
        self.allowed_hosts = (None if allowed_hosts is None
                              else frozenset(h.strip("[]").lower() for h in allowed_hosts))
        self.token = token.encode() if token else None
        self.max_body = max_body
        self.read_timeout = read_timeout

    async def _reply(self, send: Any, status: int, detail: str,
                     headers: list[tuple[bytes, bytes]] | None = None) -> None:
        body = json.dumps({"detail": detail}, ensure_ascii=False).encode()
        # a body refused (bad length, too large, too slow) is not read to its end: the
        # connection is closed after the answer, or the client could hold it for ever by
        # trickling the rest
        close = [(b"connection", b"close")] if status in (400, 408, 413, 415) else []
        await send({"type": "http.response.start", "status": status, "headers": [
            (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
            *(headers or []), *close,
        ]})
        await send({"type": "http.response.body", "body": body})

    def _host_allowed(self, host: bytes | None) -> bool:
        if host is None:  # (HTTP/1.0; a browser always sends one)
            return True
        name = host.decode("latin-1").strip().lower()
        if name.startswith("["):  # [::1]:8177
            name = name[1:].split("]", 1)[0]
        elif name.count(":") == 1:
            name = name.split(":", 1)[0]
        assert self.allowed_hosts is not None
        return name in self.allowed_hosts

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        t0 = time.perf_counter()
        path = scope.get("path", "")
        status_box = [0]
        send = _with_security_headers(send)
        if scope.get("method") == "HEAD":  # a GET without its body (RFC 9110; uptime checks)
            scope = {**scope, "method": "GET"}
            send = _headless(send)

        held: list[Any] = []  # the response start and body so far, while masking

        async def send_logged(message: Any) -> None:
            if message["type"] == "http.response.start":
                status_box[0] = message["status"]
            if not self.mask or path.startswith("/docs/static/"):
                # the package's own assets (Swagger UI) hold no patient data, and masking
                # digit runs in minified JavaScript would break it
                await send(message)
                return
            # every response passes here: identity numbers are masked in the whole body
            # (findings, errors that quote the input, 404s that echo a note id …)
            held.append(message)
            if message["type"] != "http.response.body" or message.get("more_body", False):
                return
            start, *parts = held
            held.clear()
            body = b"".join(p.get("body", b"") for p in parts)
            masked = masked_body(body, dict(start.get("headers") or []).get(b"content-type", b""))
            if masked is not body:
                body = masked
                start = {**start, "headers": [
                    (k, str(len(body)).encode() if k.lower() == b"content-length" else v)
                    for k, v in start.get("headers", [])]}
            await send(start)
            await send({"type": "http.response.body", "body": body, "more_body": False})

        try:
            headers = dict(scope.get("headers") or [])
            if b"host" not in headers and scope.get("http_version") == "1.1":
                await self._reply(send_logged, 400, "an HTTP/1.1 request needs a Host header")
                return
            if self.allowed_hosts is not None and not self._host_allowed(headers.get(b"host")):
                await self._reply(send_logged, 400, "Host header not allowed; start notelint "
                                                    "serve with --allowed-host NAME for this name")
                return
            encoding = headers.get(b"content-encoding", b"identity").strip().lower()
            if encoding not in (b"identity", b""):
                await self._reply(send_logged, 415, f"Content-Encoding {printable(encoding.decode('latin-1')[:40])!r} "
                                                    "is not supported; send the body uncompressed")
                return
            cds_call = path.startswith("/cds-services/") and scope.get("method") == "POST"
            protected = path.startswith("/v1/") or cds_call and self.cds_keys is None
            if cds_call and self.cds_keys is not None:
                from notelint.cdshooks.auth import JWTRejected

                host = (headers.get(b"host") or b"").decode("latin-1")
                url = f"{scope.get('scheme', 'http')}://{host}{path}"
                try:
                    self.cds_keys.verify(headers.get(b"authorization", b""), url, path)
                except JWTRejected as e:
                    await self._reply(send_logged, 401, str(e),
                                      [(b"www-authenticate", b'Bearer error="invalid_token"')])
                    return
            if self.token is not None and protected:
                auth = headers.get(b"authorization", b"")
                given = auth[7:].strip() if auth[:7].lower() == b"bearer " else b""
                if not hmac.compare_digest(given, self.token):
                    await self._reply(send_logged, 401, "missing or wrong bearer token",
                                      [(b"www-authenticate", b"Bearer")])
                    return
            length = headers.get(b"content-length")
            if length is not None:
                try:
                    n = int(length)
                except ValueError:
                    await self._reply(send_logged, 400, "bad Content-Length")
                    return
                if n > self.max_body:
                    await self._reply(send_logged, 413,
                                      f"request body over {self.max_body} bytes; send one note or record")
                    return
            # read the whole body here (it is small by contract), counting as it arrives,
            # so an oversized chunked upload is refused before the app sees any of it
            chunks: list[bytes] = []
            size = 0
            more = scope.get("method") in ("POST", "PUT", "PATCH")
            read_until = time.monotonic() + self.read_timeout
            while more:
                try:  # a client that trickles its body (slowloris) is cut off
                    message = await asyncio.wait_for(
                        receive(), max(0.001, read_until - time.monotonic()))
                except asyncio.TimeoutError:
                    await self._reply(send_logged, 408, "request body not received in time")
                    return
                if message["type"] == "http.disconnect":
                    return
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > self.max_body:
                    await self._reply(send_logged, 413,
                                      f"request body over {self.max_body} bytes; send one note or record")
                    return
                chunks.append(chunk)
                more = message.get("more_body", False)
            body = b"".join(chunks)
            sent = [False]

            async def replay() -> Any:
                if not sent[0]:
                    sent[0] = True
                    return {"type": "http.request", "body": body, "more_body": False}
                return await receive()

            await self.app(scope, replay, send_logged)
        finally:
            # method, path and status only: never a query string, header or body; the
            # path masked (it may name a patient) and on one line
            shown = printable(pii.mask_text(path) if self.mask else path)
            log.info("%s %s %s %.1fms", scope.get("method"), shown, status_box[0],
                     (time.perf_counter() - t0) * 1000)


# --------------------------------------------------------------------------- app


def _sample_record() -> Record:
    return Record.model_validate({
        "patient": {"id": PLACEHOLDER_PATIENT},
        "notes": [{"id": "warmup", "system": "Melior", "template": "Läkaranteckning",
                   "time": "2024-03-12T14:05:00", "signed": None,
                   "sections": [{"keyword": "Bedömning",
                                 "text": "Pat med misstänkt pneumoni, ingen misstanke om sepsis."}]}],
    })


def _warm_nlp(record: Record) -> bool:
    try:
        from notelint import nlp

        nlp.annotate_note(record.notes[0])
        return True
    except Exception:  # pipeline not built or models missing: rules needing it report NL902
        return False


class _State:
    def __init__(self, ruleset: Ruleset, show_pii: bool, journal_system: str | None = None) -> None:
        from notelint.readers import load_formats
        from notelint.rules import all_rules, select_rules

        load_formats()  # register every reader before json_reader is imported on its own
        self.ruleset = ruleset
        self.show_pii = show_pii
        self.rules = select_rules(None, None, ruleset.disabled_rules)
        self.all_rules = all_rules()
        # the notes whose input names no journal system are the deployment's (as
        # ``notelint lint --journal-system``): /v1/lint answers as the command line does
        settings = {"journal_system": journal_system} if journal_system else {}
        note_rules = [r for r in self.rules if r.scope == "note"]
        self.engine = Engine(ruleset, self.rules, show_pii=show_pii, settings=settings)
        self.note_engine = Engine(ruleset, note_rules, show_pii=show_pii, settings=settings)
        # CDS Hooks: findings matched to the drafts by their ids and sections as sent (a
        # masked id would match none); every answer is masked on its way out (Guard)
        self.cds_engine = Engine(ruleset, self.rules, show_pii=True, settings=settings)
        self.cds_note_engine = Engine(ruleset, note_rules, show_pii=True, settings=settings)
        sample = _sample_record()
        self.nlp = _warm_nlp(sample)
        self.engine.lint_record(sample, "warmup")  # imports and caches every rule's data


# --------------------------------------------------------------------------- bodies


# ids of a JSON answer that are no text: a card's or suggestion's uuid, a finding's
# fingerprint (a hash). Left as they are when they have their form (a uuid4 or a hash can
# hold ten digits that look like an identity number); any other value is masked.
_ID_FORMS = {"uuid": re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
             "fingerprint": re.compile(r"[0-9a-f]{8,64}")}
# the lists of a CDS Hooks answer whose items carry a FHIR resource for the EHR to write:
# the caller's own draft with a sentence moved, given back as it was sent (masking would
# write "19121212-XXXX" into the patient's record when a clinician accepts it), and the id
# of a draft to delete (masked, it would name none)
_ACTION_LISTS = ("actions", "systemActions")


# on every answer: no type sniffing, no Referer to elsewhere (a path may name a note), and
# answers about patients are not kept in caches
_ALWAYS = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]
_NO_STORE = (b"cache-control", b"no-store")
# on HTML (the Swagger UI of /docs: its own script, styles and the spec, nothing else)
_HTML_POLICY = [(b"content-security-policy",
                 b"default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                 b"img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
                 b"base-uri 'none'; form-action 'none'"), (b"x-frame-options", b"DENY")]


def _with_security_headers(send: Any) -> Any:
    """``send`` adding :data:`_ALWAYS` (and the HTML policy, or no-store) to every answer."""
    async def send_secured(message: Any) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers") or [])
            names = {k.lower() for k, _ in headers}
            ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"")
            extra = list(_ALWAYS)
            extra += _HTML_POLICY if ctype.startswith(b"text/html") else []
            if b"cache-control" not in names:
                extra.append(_NO_STORE)
            message = {**message, "headers": headers + [h for h in extra if h[0] not in names]}
        await send(message)

    return send_secured


def _headless(send: Any) -> Any:
    """``send`` of an answer to HEAD: its status and headers (the GET's length), no body."""
    async def send_head(message: Any) -> None:
        if message["type"] == "http.response.body":
            message = {**message, "body": b""}
        await send(message)

    return send_head


def masked_body(body: bytes, content_type: bytes) -> bytes:
    """A response body with every identity number masked: a JSON body string by string
    (ids of :data:`_ID_FORMS` and the resources of CDS Hooks actions kept), any other body
    as text. ``body`` itself when nothing is masked."""
    text = body.decode("utf-8", "surrogateescape")
    masked = pii.mask_text(text)
    if masked == text:
        return body
    media = _media_type(content_type.decode("latin-1"))
    if media == "application/json" or media.endswith("+json"):
        try:
            data = json.loads(text)
        except ValueError:
            pass
        else:
            out = json.dumps(_masked_json(data), ensure_ascii=False, separators=(",", ":"))
            try:
                return out.encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate, quoted from the input: escaped
                return json.dumps(_masked_json(data), separators=(",", ":")).encode("ascii")
    return masked.encode("utf-8", "surrogateescape")


def _masked_json(value: Any) -> Any:
    if isinstance(value, str):
        return pii.mask_text(value)
    if isinstance(value, list):
        return [_masked_json(v) for v in value]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, v in value.items():
        form = _ID_FORMS.get(key)
        if form is not None and isinstance(v, str) and form.fullmatch(v):
            out[key] = v
        elif key in _ACTION_LISTS and isinstance(v, list):
            out[key] = [{k: (x if k in ("resource", "resourceId") else _masked_json(x))
                         for k, x in a.items()}
                        if isinstance(a, dict) else _masked_json(a) for a in v]
        else:
            out[pii.mask_text(key)] = _masked_json(v)
    return out


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


class ParsedBody(NamedTuple):
    """What a request body describes (see :func:`parse_body`)."""

    record: Record
    #: the patient is unknown: a placeholder that only the note rules may see
    placeholder: bool
    #: lines added before the body (a ``Patient:`` header for a text note without one)
    shift: int
    #: what the reader could not read though the record was read (each an NL901)
    problems: list[Broken]


def _unreadable(item: Broken) -> BadBody:
    """The 422 for a body the reader could not read (the place and the fix, one line)."""
    where = f"line {item.line}: " if item.line > 1 else ""
    return BadBody(422, f"{where}{item.message}")


def _read_one(data: bytes, name: str, what: str, *, placeholder: bool = False,
              shift: int = 0) -> ParsedBody:
    """The one record a body holds, read as a file called ``name``, and the reader's problems
    with it (each an NL901 of the answer, at its line in the body: ``shift`` lines were
    added before it).

    Raises :class:`BadBody` (422) when nothing could be read, or not one patient's record.
    """
    items = list(read_bytes(data, name))
    problems = [Broken(REQUEST_PATH, max(1, i.line - shift), i.message, i.column)
                for i in items if isinstance(i, Broken)]
    records = [i.record for i in items if isinstance(i, Loaded)]
    if not records and problems:
        raise _unreadable(problems[0])
    if len(records) != 1:
        raise BadBody(422, f"send {what} for exactly one patient (got {len(records)})")
    return ParsedBody(records[0], placeholder, shift, problems)


def _placeholder_record(notes: list[Note]) -> Record:
    record = Record.model_validate({"patient": {"id": PLACEHOLDER_PATIENT}})
    loc = SourceLoc(path=REQUEST_PATH, line=1, column=1)
    record.set_loc(loc)
    for note in notes:
        record.notes.append(note)
        if note.loc is None:
            note.set_loc(loc)
    return record


_HAS_PATIENT = re.compile(r"(?mi)^\s*(patient|personnummer)\s*:")


def _with_placeholder(body: bytes, text: str) -> bytes:
    """A text note ``body`` after a ``Patient:`` line naming the placeholder, its bytes
    as they came: the reader still sees, and reports, invalid UTF-8."""
    header = f"Patient: {PLACEHOLDER_PATIENT}\n"
    if body.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: one encoding for the whole
        return (header + text).encode()
    return header.encode() + body.removeprefix(b"\xef\xbb\xbf")


def parse_body(body: bytes, content_type: str) -> ParsedBody:
    """The record a request body describes, whether its patient is unknown, how many
    lines were added before the body, and the reader's problems with the body.

    Raises :class:`BadBody`: 415 for an unsupported media type, 422 (one line naming the
    place) for a body that cannot be read.
    """
    from notelint.readers.errors import describe
    from notelint.readers.json_reader import TooDeep, build_record, decode_json
    from pydantic import ValidationError

    media = _media_type(content_type)
    if not body.strip():
        raise BadBody(422, "empty body; send a record or a note")
    if media == "":  # no Content-Type: judge by the first character
        head = body.lstrip()[:1]
        media = "application/json" if head in (b"{", b"[") else "application/xml" \
            if head == b"<" else "text/plain"
    if media in XML_TYPES:
        return _read_one(body, "request.xml", "a RIV-TA response")
    if media in TEXT_TYPES:
        text = decode(body)
        first_block = text.split("\n---", 1)[0]
        if _HAS_PATIENT.search(first_block):
            return _read_one(body, "request.txt", "a text note")
        return _read_one(_with_placeholder(body, text), "request.txt", "a text note",
                         placeholder=True, shift=1)
    if media not in JSON_TYPES and not media.endswith("+json"):
        raise BadBody(415, f"Content-Type {media!r} is not supported; send application/json "
                           "(a record, a note or FHIR), text/plain (a text note) or "
                           "application/xml (a RIV-TA response)")
    # bytes that are not UTF-8 are replaced and said (an NL901 of the answer), as `lint` does
    text, bad_at = decode_checked(body)
    problems = [] if bad_at is None else [bad_bytes_item(text, bad_at, REQUEST_PATH)]
    try:
        data = decode_json(text)
    except TooDeep:
        raise BadBody(422, "JSON nested too deeply") from None
    except json.JSONDecodeError as e:
        raise BadBody(422, f"not valid JSON: {e.msg} at line {e.lineno} column {e.colno}") from None
    except ValueError as e:  # an integer of more than 4300 digits
        from notelint.readers.json_reader import _value_error

        raise BadBody(422, _value_error(e)) from None
    if not isinstance(data, dict):
        raise BadBody(422, f"expected a JSON object (a record or a note), got {type(data).__name__}")
    if "resourceType" in data:
        kind = data.get("resourceType")
        if kind == "Bundle":
            return _read_one(body, "request.json", "a FHIR Bundle")
        if kind in ("DocumentReference", "Composition"):  # one note, no patient
            bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
                {"resource": {"resourceType": "Patient", "id": "unknown", "identifier": [
                    {"system": "urn:oid:1.2.752.129.2.1.3.1", "value": PLACEHOLDER_PATIENT}]}},
                {"resource": data}]}
            parsed = _read_one(json.dumps(bundle).encode(), "request.json", f"a {kind}",
                               placeholder=True)
            return parsed._replace(problems=problems + parsed.problems)
        raise BadBody(422, f"FHIR {kind!r} is not a note; send a Bundle, a DocumentReference "
                           "or a Composition")
    if "notes" in data or "access_events" in data or "conversations" in data \
            or "treatments" in data or "as_of" in data:
        item = build_record(data, REQUEST_PATH, 1)
        if isinstance(item, Broken):
            raise BadBody(422, item.message)
        return ParsedBody(item.record, False, 0, problems)
    # a bare note, optionally with its patient
    data = dict(data)
    patient = data.pop("patient", None)
    try:
        note = Note.model_validate(data)
    except ValidationError as e:
        raise BadBody(422, pii.mask_text(describe(e))) from None
    if patient is None:
        return ParsedBody(_placeholder_record([note]), True, 0, problems)
    try:
        record = Record.model_validate({"patient": patient})
    except ValidationError as e:
        raise BadBody(422, pii.mask_text(describe(e, "patient").replace("patient.patient", "patient"))) from None
    loc = SourceLoc(path=REQUEST_PATH, line=1, column=1)
    record.set_loc(loc)
    note.set_loc(loc)
    record.notes.append(note)
    return ParsedBody(record, False, 0, problems)


# --------------------------------------------------------------------------- checks


NOTE_RULES_ONLY = ("Ingen patient i anropet: bara anteckningsreglerna kördes "
                   "(journalregler behöver patientens personnummer).")


def _in_body(f: Finding, shift: int) -> Finding:
    """``f`` with its line counted in the request body (``shift`` lines were added)."""
    return f.model_copy(update={"line": max(1, f.line - shift)}) if shift else f


class Checker:
    """Everything a check needs, loaded once per worker: ruleset, rules, NLP pipeline.

    :meth:`handle` answers ``(status, body, headers, meta)``; ``meta`` is what the server
    process needs besides the answer (the cards a CDS Hooks call issued).
    """

    def __init__(self, ruleset_name: str, show_pii: bool = False,
                 journal_system: str | None = None) -> None:
        self.state = _State(load_ruleset(ruleset_name), show_pii, journal_system)
        self.journal_system = journal_system  # of CDS Hooks drafts (FHIR names none)
        self.check_lock = threading.Lock()  # the NLP pipeline is not promised thread-safe

    def info(self) -> dict[str, Any]:
        return {"nlp": self.state.nlp, "pid": os.getpid()}

    def handle(self, op: str, *args: Any) -> tuple[int, bytes, dict[str, str], Any]:
        from notelint.cdshooks.service import CDSError

        w0, c0 = time.perf_counter(), time.thread_time()
        try:
            with self.check_lock:
                out, meta = getattr(self, f"do_{op}")(*args)
            status = 200
        except (BadBody, CDSError) as e:
            status, out, meta = e.status, json.dumps({"detail": e.detail}, ensure_ascii=False).encode(), None
        wall = (time.perf_counter() - w0) * 1000
        cpu = (time.thread_time() - c0) * 1000
        return status, out, {"server-timing": f"checks;dur={wall:.2f}, cpu;dur={cpu:.2f}"}, meta

    def do_lint(self, body: bytes, ctype: str) -> tuple[bytes, None]:
        from notelint.report import Summary as ReportSummary
        from notelint.report import Tally, json_format

        record, placeholder, shift, problems = parse_body(body, ctype)
        engine = self.state.note_engine if placeholder else self.state.engine
        findings = [_in_body(f, shift) for f in engine.lint_record(record, REQUEST_PATH)]
        # what the reader could not read is an NL901 beside the findings, as in `lint`
        findings += [broken_finding(p, self.state.show_pii) for p in problems]
        findings.sort(key=Finding.sort_key)
        items = [json_format.to_dict(f) for f in findings]
        summary: dict[str, Any] = ReportSummary(
            1, 1, len(record.notes), len(findings), tally=Tally.of(findings),
            rulesets=[self.state.ruleset.name]).as_dict()
        if placeholder:  # said only then: with a patient the answer is the CLI's, exactly
            summary.update(patient=False, rules="note", message=NOTE_RULES_ONLY)
        return json.dumps({"findings": items, "summary": summary}, ensure_ascii=False).encode(), None

    def do_preview(self, body: bytes, ctype: str, note_id: str | None,
                   as_of: dt.date | None) -> tuple[bytes, None]:
        from notelint.preview import preview_record

        record, placeholder, _, problems = parse_body(body, ctype)
        if problems:  # a preview has no place for an NL901: the first one is the answer
            raise _unreadable(problems[0])
        if note_id is not None and not any(n.id == note_id for n in record.notes):
            raise BadBody(404, f"note_id {note_id!r}: no note with that id in the body")
        previews = preview_record(record, self.state.ruleset, note_id=note_id, as_of=as_of,
                                  engine=self.state.note_engine, patient_known=not placeholder)
        return json.dumps({"previews": [p.model_dump(mode="json") for p in previews]},
                          ensure_ascii=False).encode(), None

    def do_cds(self, service_id: str, body: bytes, extra: dict[str, Any] | None) -> tuple[bytes, Any]:
        from notelint.cdshooks import service

        return service.check(service_id, body, extra, ruleset=self.state.ruleset,
                             engine=self.state.cds_engine, note_engine=self.state.cds_note_engine,
                             journal_system=self.journal_system)


# --------------------------------------------------------------------------- slow clients


#: the most bytes of request headers a connection may send before they are complete (431)
MAX_HEADER_BYTES = 64 * 1024


def header_timeout_protocol(read_timeout: float) -> Any:
    """uvicorn's httptools protocol, closing connections whose request headers trickle.

    uvicorn has no header read timeout: a client that opens a connection and sends its
    headers a byte at a time (slow-loris) would hold it for ever. This subclass arms a
    timer when a connection opens and when a request begins, and closes the connection
    if the headers are not complete within ``read_timeout`` seconds. (The body has its
    own limit in :class:`Guard`; idle keep-alive connections uvicorn's own.)
    """
    try:
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
    except ModuleNotFoundError:  # httptools missing: the same guard around h11
        return _h11_header_timeout_protocol(read_timeout)

    class HeaderTimeoutProtocol(HttpToolsProtocol):
        _header_timer: Any = None
        _header_bytes = 0

        def _arm(self) -> None:
            if self._header_timer is None:
                self._header_timer = self.loop.call_later(read_timeout, self._headers_too_slow)

        def _disarm(self) -> None:
            self._header_bytes = 0
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            if self._header_timer is None or self.transport.is_closing():
                return
            # still in a request's headers: httptools keeps them whole, whatever their size
            # or number, so they are bounded here (h11 bounds its own)
            self._header_bytes += len(data)
            if self._header_bytes > MAX_HEADER_BYTES:
                self._disarm()
                self.transport.write(b"HTTP/1.1 431 Request Header Fields Too Large\r\n"
                                     b"content-length: 0\r\nconnection: close\r\n\r\n")
                self.transport.close()

        def _headers_too_slow(self) -> None:
            self._header_timer = None
            if not self.transport.is_closing():
                self.transport.write(b"HTTP/1.1 408 Request Timeout\r\ncontent-length: 0\r\n"
                                     b"connection: close\r\n\r\n")
                self.transport.close()

        def connection_made(self, transport: Any) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self._arm()

        def on_headers_complete(self) -> None:
            self._disarm()
            super().on_headers_complete()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            self._disarm()  # idle between requests: uvicorn's keep-alive timeout rules

    return HeaderTimeoutProtocol


def _h11_header_timeout_protocol(read_timeout: float) -> Any:
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class H11HeaderTimeoutProtocol(H11Protocol):
        _header_timer: Any = None

        def _headers_too_slow(self) -> None:
            self._header_timer = None
            if not self.transport.is_closing():
                self.transport.close()

        def connection_made(self, transport: Any) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._header_timer = self.loop.call_later(read_timeout, self._headers_too_slow)

        def data_received(self, data: bytes) -> None:
            idle = self.cycle is None or self.cycle.response_complete
            if idle and self._header_timer is None:
                self._header_timer = self.loop.call_later(read_timeout, self._headers_too_slow)
            before = self.cycle
            super().data_received(data)
            if self.cycle is not before and self._header_timer is not None:
                self._header_timer.cancel()  # a new request's headers are complete
                self._header_timer = None

        def connection_lost(self, exc: Exception | None) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
            super().connection_lost(exc)

    return H11HeaderTimeoutProtocol


# --------------------------------------------------------------------------- app


def _docs_assets() -> str | None:
    """The folder of Swagger UI 5 (OpenAPI 3.1) shipped by ``fastapi-offline``, or None."""
    try:
        import fastapi_offline
    except ModuleNotFoundError:
        return None
    folder = os.path.join(os.path.dirname(fastapi_offline.__file__), "static")
    return folder if os.path.isfile(os.path.join(folder, "swagger-ui-bundle.js")) else None


_DOCS_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>notelint API</title><link rel="stylesheet" href="/docs/static/swagger-ui.css"></head>
<body><div id="swagger-ui"></div><script src="/docs/static/swagger-ui-bundle.js"></script>
<script src="/docs/static/init.js"></script></body></html>"""


_DOCS_INIT = b"""window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui",
  deepLinking: true, validatorUrl: null});"""


def create_app(ruleset_name: str = "national", *, token: str | None = None,
               max_body: int = DEFAULT_MAX_BODY, timeout: float = DEFAULT_TIMEOUT,
               show_pii: bool = False, workers: int = 0,
               read_timeout: float = DEFAULT_READ_TIMEOUT, large_body: int = 32 * 1024,
               feedback_store: str | None = None,
               allowed_hosts: Iterable[str] | None = None,
               fhir_servers: Iterable[str] | None = None,
               cors_origins: Iterable[str] | None = None,
               journal_system: str | None = None, cds_keys: Any = None) -> Any:
    """The ASGI app (FastAPI wrapped in :class:`Guard`); loads ruleset, rules and NLP now.

    ``cors_origins``: the web origins (``https://ehr.example.se``) whose pages may call the
    service from a browser (CORS: CDS Hooks' browser-based clients); none by default.
    ``journal_system``: the journal system of CDS Hooks drafts (FHIR has no field for it;
    rules such as NL102 apply to some systems only).

    ``allowed_hosts``: the names the Host header may give (None: any; ``notelint serve``
    bound to this machine allows only its own names). ``fhir_servers``: the base URLs a CDS
    Hooks call's ``fhirServer`` may name to be fetched from (None: any; a call naming
    another is a 400).

    ``cds_keys``: the trusted CDS clients' keys (:func:`notelint.cdshooks.auth.load_client_keys`):
    every CDS Hooks call must then be signed by one of them with a JWT.

    ``workers`` ≥ 1 starts that many check processes (:class:`~notelint.serve_pool.WorkerPool`)
    before returning; 0 checks in a thread of this process. ``feedback_store``: the DuckDB
    file for CDS Hooks cards and feedback (None: feedback is accepted but not stored).
    """
    from notelint.cdshooks import models as cds_models
    from notelint.cdshooks import service as cds

    ruleset = load_ruleset(ruleset_name)
    if journal_system is not None:
        journal_system = check_journal_system(ruleset, journal_system)
    fhir_allowed = None if fhir_servers is None else [u.rstrip("/") + "/" for u in fhir_servers]
    pool = None
    checker: Checker | None = None
    if workers >= 1:
        from notelint.serve_pool import WorkerPool

        name = os.path.abspath(ruleset_name) if os.path.exists(ruleset_name) else ruleset_name
        pool = WorkerPool(functools.partial(Checker, name, show_pii, journal_system), workers,
                          large_body=large_body)
        info = pool.start_blocking()
    else:
        checker = Checker(ruleset_name, show_pii, journal_system)
        info = checker.info()
    store = None
    if feedback_store:
        from notelint.cdshooks.feedback import FeedbackStore

        store = FeedbackStore(feedback_store)
    from notelint.rules import all_rules, select_rules

    n_rules = len(select_rules(None, None, ruleset.disabled_rules))
    rules_json = json.dumps([
        {"code": r.code, "name": r.name, "severity": r.severity, "scope": r.scope,
         "summary": r.summary} for r in all_rules()], ensure_ascii=False).encode()
    discovery_json = json.dumps(cds.discovery(ruleset).model_dump(mode="json", exclude_none=True),
                                ensure_ascii=False).encode()
    # everything loaded so far lives as long as the process: keep it out of GC scans
    gc.collect()
    gc.freeze()
    app = FastAPI(
        title="notelint",
        summary="Pre-signing checks of Swedish journal notes against regional 1177 routines.",
        version=_version(),
        description=__doc__ or "",
        docs_url=None, redoc_url=None,
        # no 307 to the path with(out) a slash: it would echo the Host header and the query
        redirect_slashes=False,
    )
    app.state.pool = pool
    app.state.store = store

    async def run(op: str, *args: Any, size: int) -> tuple[int, bytes, dict[str, str], Any]:
        from notelint.serve_pool import PoolBroken, PoolTimeout

        try:
            if pool is not None:
                reply = await pool.call(op, args, size=size, timeout=timeout)
            else:
                assert checker is not None
                reply = await asyncio.wait_for(asyncio.to_thread(checker.handle, op, *args), timeout)
        except (PoolTimeout, asyncio.TimeoutError):
            raise BadBody(503, f"the checks took longer than {timeout:g} s; try again") from None
        except PoolBroken:
            log.error("a check worker died during %s", op)
            raise BadBody(500, "internal error (the check worker stopped); please report it") from None
        except Exception as exc:  # a bug: say so, but never log its message (it may quote the note)
            log.error("internal error %s in %s", type(exc).__name__, op)
            raise BadBody(500, f"internal error ({type(exc).__name__}); please report it") from None
        if isinstance(reply[1], str):  # the worker caught a bug: (500, its type name, …)
            name = reply[1]
            log.error("internal error %s in %s", name, op)
            raise BadBody(500, f"internal error ({name}); please report it")
        return reply

    def answer(reply: tuple[int, bytes, dict[str, str], Any]) -> Response:
        return Response(reply[1], status_code=reply[0], media_type="application/json",
                        headers=reply[2])

    def problem(e: BadBody) -> JSONResponse:
        return JSONResponse({"detail": e.detail}, status_code=e.status)

    err_responses: dict[int | str, dict[str, Any]] = {
        401: {"model": Problem, "description": "Missing or wrong bearer token"},
        413: {"model": Problem, "description": "Body too large"},
        415: {"model": Problem, "description": "Unsupported Content-Type"},
        422: {"model": Problem, "description": "Invalid body (the place of the first error)"},
        503: {"model": Problem, "description": "Time limit exceeded"},
    }

    @app.post("/v1/lint", response_model=None, openapi_extra={"requestBody": _BODY_DOC},
              responses={200: {"model": LintResponse}, **err_responses},
              summary="Lint one note or one record")
    async def lint(request: Request) -> Response:
        body = await request.body()
        try:
            return answer(await run("lint", body, request.headers.get("content-type", ""),
                                    size=len(body)))
        except BadBody as e:
            return problem(e)

    @app.post("/v1/preview", response_model=None, openapi_extra={"requestBody": _BODY_DOC},
              responses={200: {"model": PreviewResponse},
                         404: {"model": Problem, "description": "No such note"}, **err_responses},
              summary="Who sees what of the note in 1177 Journalen, and from when")
    async def preview(request: Request, note_id: str | None = None,
                      as_of: dt.date | None = None) -> Response:
        from notelint.model import MAX_YEAR, MIN_YEAR

        if as_of is not None and not MIN_YEAR <= as_of.year <= MAX_YEAR:  # (as in a record)
            return problem(BadBody(422, f"as_of: a date in the years {MIN_YEAR}–{MAX_YEAR}"))
        body = await request.body()
        try:
            return answer(await run("preview", body, request.headers.get("content-type", ""),
                                    note_id, as_of, size=len(body)))
        except BadBody as e:
            return problem(e)

    @app.get("/v1/rules", response_model=None, responses={200: {"model": list[RuleInfo]}},
             summary="Every rule: code, name, severity, scope, summary")
    async def rules() -> Response:
        return Response(rules_json, media_type="application/json")

    @app.get("/healthz", response_model=None, responses={200: {"model": Health}},
             summary="Liveness and what is loaded (never waits for a check)")
    async def healthz() -> Response:
        out: dict[str, Any] = {"status": "ok", "ruleset": ruleset.name, "rules": n_rules,
                               "nlp": bool(info.get("nlp"))}
        if pool is not None:
            out.update(workers=pool.size, busy=pool.busy, replaced=pool.replaced)
        return JSONResponse(out)

    # ---------------------------------------------------------------- CDS Hooks

    cds_errors: dict[int | str, dict[str, Any]] = {
        400: {"model": Problem, "description": "Not a valid CDS Hooks request"},
        412: {"model": Problem, "description": "The patient is needed (prefetch or fhirServer)"},
        **err_responses,
    }

    @app.get("/cds-services", response_model=None, tags=["CDS Hooks"],
             responses={200: {"model": cds_models.Discovery}},
             summary="CDS Hooks discovery: the note-signing and patient-view services")
    async def cds_discovery() -> Response:
        return Response(discovery_json, media_type="application/json")

    def json_only(request: Request) -> BadBody | None:
        """415 unless the body is declared JSON: a CDS Hooks call or feedback sent as
        text/plain would be a "simple" cross-site request, which any web page can make."""
        content_type = request.headers.get("content-type", "")
        media = _media_type(content_type)
        if not (media in JSON_TYPES or media.endswith("+json")):
            return BadBody(415, f"Content-Type {media or '(none)'!r} is not supported; CDS Hooks "
                                "requests are application/json")
        m = re.search(r"charset\s*=\s*\"?([^\s;\"]+)", content_type, re.IGNORECASE)
        if m and m.group(1).lower().replace("_", "-") not in ("utf-8", "utf8"):
            return BadBody(415, f"charset {m.group(1)[:40]!r} is not supported; JSON is sent "
                                "as UTF-8 (charset=utf-8, RFC 8259)")
        return None

    async def cds_call(service_id: str, request: Request) -> Response:
        from notelint.cdshooks.fetch import FetchRefused, fill_prefetch
        from notelint.readers.json_reader import decode_json

        refused = json_only(request)
        if refused is not None:
            return problem(refused)
        body = await request.body()
        extra = None
        if b'"fhirServer"' in body:  # only then can missing prefetch be fetched
            try:
                data = await asyncio.to_thread(decode_json, body.decode("utf-8-sig"))
            except ValueError:  # (not JSON, too deep: the check below says so)
                data = None
            if isinstance(data, dict):
                try:
                    extra = await fill_prefetch(data, cds.PREFETCH, allowed=fhir_allowed) or None
                except FetchRefused as e:
                    return problem(BadBody(400, str(e)))
        try:
            reply = await run("cds", service_id, body, extra, size=len(body))
        except BadBody as e:
            return problem(e)
        if store is not None and reply[0] == 200 and reply[3]:
            now = dt.datetime.now(dt.timezone.utc)
            store.add_cards([dict(r, issued=now) for r in reply[3]])
        return answer(reply)

    def cds_route(service_id: str, summary: str) -> None:
        async def call(request: Request) -> Response:
            return await cds_call(service_id, request)

        app.post(f"/cds-services/{service_id}", response_model=None, tags=["CDS Hooks"],
                 responses={200: {"model": cds_models.CDSResponse}, **cds_errors},
                 openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
                     "schema": {"$ref": "#/components/schemas/CDSRequest"}}}}},
                 summary=summary, name=service_id)(call)

    cds_route(cds.NOTE_SIGN_ID, "Check draft notes before signing: Swedish cards with suggestions")
    cds_route(cds.PATIENT_VIEW_ID, "Open regulated-access and Tidiga hypoteser findings of the record")

    @app.post("/cds-services/{service_id}/feedback", response_model=None, tags=["CDS Hooks"],
              responses={200: {"description": "Stored"}, 404: {"model": Problem}, **cds_errors},
              openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
                  "schema": {"$ref": "#/components/schemas/FeedbackRequest"}}}}},
              summary="Clinician feedback: cards accepted or overridden, and why")
    async def cds_feedback(service_id: str, request: Request) -> Response:
        from pydantic import ValidationError

        from notelint.cdshooks.feedback import feedback_rows
        from notelint.readers.errors import describe

        if service_id not in (cds.NOTE_SIGN_ID, cds.PATIENT_VIEW_ID):
            return problem(BadBody(404, f"no CDS service {service_id!r}; see GET /cds-services"))
        refused = json_only(request)
        if refused is not None:
            return problem(refused)
        # (as text: an error quoting the input then quotes characters, which are masked,
        # not the bytes of a Python bytes value)
        body = (await request.body()).decode("utf-8", "replace")
        try:
            data = json.loads(body)
        except ValueError as e:  # (where, not what: the bytes are no text to quote)
            return problem(BadBody(400, f"the feedback is not valid JSON (line {getattr(e, 'lineno', 1)}, "
                                        f"column {getattr(e, 'colno', 1)})"))
        except RecursionError:
            return problem(BadBody(400, "the feedback is nested too deep"))
        try:
            fb = cds_models.FeedbackRequest.model_validate(data)
        except ValidationError as e:
            return problem(BadBody(400, pii.mask_text(describe(e, "feedback"))))
        if store is not None:
            done = store.add_feedback(feedback_rows(service_id, fb.feedback))
            await asyncio.to_thread(done.wait, 10)
        return JSONResponse({"stored": len(fb.feedback) if store is not None else 0})

    # the CDS Hooks request/feedback schemas, for the request bodies documented above
    def _openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        from fastapi.openapi.utils import get_openapi

        schema = get_openapi(title=app.title, version=app.version, summary=app.summary,
                             description=app.description, routes=app.routes)
        comps = schema.setdefault("components", {}).setdefault("schemas", {})
        for model in (cds_models.CDSRequest, cds_models.FeedbackRequest):
            js = model.model_json_schema(ref_template="#/components/schemas/{model}")
            for name, sub in js.pop("$defs", {}).items():
                comps.setdefault(name, sub)
            comps[model.__name__] = js
        app.openapi_schema = schema
        return schema

    app.openapi = _openapi  # type: ignore[method-assign]

    # ---------------------------------------------------------------- offline docs

    static = _docs_assets()
    if static is not None:
        page = _DOCS_PAGE
        assets = {"swagger-ui.css": "text/css", "swagger-ui-bundle.js": "text/javascript"}

        @app.get("/favicon.ico", include_in_schema=False)
        async def favicon() -> Response:  # (a browser asks; "nothing" is not an error)
            return Response(status_code=204)

        @app.get("/docs", include_in_schema=False)
        async def docs() -> HTMLResponse:
            return HTMLResponse(page)

        @app.get("/docs/static/{name}", include_in_schema=False)
        async def docs_static(name: str) -> Response:
            if name == "init.js":
                return Response(_DOCS_INIT, media_type="text/javascript")
            if name not in assets:
                return problem(BadBody(404, "no such file"))
            data = await asyncio.to_thread(lambda: open(os.path.join(static, name), "rb").read())
            return Response(data, media_type=assets[name],
                            headers={"cache-control": "public, max-age=86400"})

    from fastapi.exceptions import RequestValidationError

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errs = exc.errors()
        first = errs[0] if errs else {"loc": (), "msg": "invalid request"}
        where = ".".join(str(x) for x in first.get("loc", ()))
        return JSONResponse({"detail": f"{where}: {first.get('msg')}"}, status_code=422)

    guarded: Any = Guard(app, token=token, max_body=max_body, read_timeout=read_timeout,
                         mask=not show_pii, allowed_hosts=allowed_hosts, cds_keys=cds_keys)
    origins = [check_origin(o) for o in cors_origins or ()]
    if origins:  # outside the guard: its refusals (401, 413 …) are readable by the page too
        from starlette.middleware.cors import CORSMiddleware

        guarded = CORSMiddleware(guarded, allow_origins=origins, allow_methods=["GET", "POST"],
                                 allow_headers=["Content-Type", "Authorization"], max_age=600)
    guarded.fastapi = app
    guarded.pool = pool
    return guarded


_ORIGIN = re.compile(r"https?://[A-Za-z0-9.-]+(:\d{1,5})?|https?://\[[0-9A-Fa-f:.]+\](:\d{1,5})?")


def check_journal_system(ruleset: Any, name: str) -> str:
    """``name`` as the ruleset spells one of its journal systems, or ValueError."""
    return ruleset.journal_system(name)


def check_origin(origin: str) -> str:
    """A web origin as browsers send it (scheme, host, port; no path), or ValueError."""
    origin = origin.strip().rstrip("/")
    if not _ORIGIN.fullmatch(origin):
        raise ValueError(f"{origin!r} is no web origin; give scheme, host and port only "
                         "(https://ehr.example.se, http://localhost:3000); '*' is not allowed")
    # as a browser sends it: lower case, no default port ("https://EHR.se:443" never matches)
    origin = origin.lower()
    for scheme, port in (("https://", ":443"), ("http://", ":80")):
        if origin.startswith(scheme) and origin.endswith(port):
            origin = origin[:-len(port)]
    return origin


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("notelint")
    except Exception:
        return "0"
