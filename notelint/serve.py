"""HTTP JSON API for pre-signing checks (``notelint serve``), built on FastAPI.

Endpoints
---------
``POST /v1/lint``
    Body: one record of interchange format v1 (``{"patient": …, "notes": […], …}``), or
    one bare note object (``{"id": …, "sections": […], …}``), or a text note
    (``Content-Type: text/plain``, the text note format of DESIGN.md).
    Answer: exactly the ``--format json`` object of DESIGN.md,
    ``{"findings": […], "summary": {…}}``.

    *A bare note* is wrapped into a record. It may carry one extra key, ``patient``
    (``{"id": "19121212-1212", …}``, the interchange format's patient), which is moved to
    the record. Without it the note gets the placeholder patient :data:`PLACEHOLDER_PATIENT`
    (Skatteverket's test number 19121212-1212, an adult) and **only note rules** run —
    record rules (access, 1177 cases, treatments, anything judged on the patient's age)
    need the real patient and are skipped, so a placeholder never produces a finding about
    a patient who does not exist. With a ``patient`` (or a whole record) every rule runs.
    Findings of a bare note carry ``path`` ``"request"``.

``POST /v1/preview``
    Same bodies; query ``note_id`` (default: every unsigned draft, else the latest note)
    and ``as_of`` (YYYY-MM-DD). Answer ``{"previews": [NotePreview, …]}`` (see
    :mod:`notelint.preview`). A bare note without ``patient`` is previewed for an adult.

``GET /v1/rules``, ``GET /healthz``, ``GET /openapi.json`` (and ``/docs``).

Limits and safety: bodies over ``max_body`` bytes get 413 (checked on Content-Length
and while reading; a body not received within max(``timeout``, 10) s gets 408); a
request whose checks take longer than ``timeout`` seconds gets 503
(the worker thread finishes in the background); an invalid body gets 422 with one line
naming the JSON path (``notes[0].sections[1].keyword: required field is missing``). With
a token (``--token`` or ``NOTELINT_TOKEN``) every ``/v1/`` call needs
``Authorization: Bearer <token>`` (401 otherwise). Nothing of a request body is ever
logged: the access log is off, the ``notelint.serve`` logger records method, path,
status and milliseconds only.

The ruleset, the rules and the NLP pipeline are loaded once, when the app is created
(the pipeline is warmed by annotating a sample note if it is available).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import hmac
import json
import logging
import signal
import threading
import time
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel

from notelint import pii
from notelint.engine import Engine
from notelint.model import Finding, Note, Record, SourceLoc
from notelint.preview import NotePreview
from notelint.readers import Broken, Loaded
from notelint.rulesets import Ruleset, load_ruleset

__all__ = ["create_app", "PLACEHOLDER_PATIENT", "DEFAULT_MAX_BODY", "DEFAULT_TIMEOUT"]

log = logging.getLogger("notelint.serve")

PLACEHOLDER_PATIENT = "19121212-1212"
DEFAULT_MAX_BODY = 1024 * 1024
DEFAULT_TIMEOUT = 5.0
REQUEST_PATH = "request"

_BODY_DOC = {
    "required": True,
    "content": {
        "application/json": {"schema": {
            "type": "object",
            "description": "A record of interchange format v1 (see `notelint schema`), or one "
                           "bare note object, optionally with a `patient` key.",
        }},
        "text/plain": {"schema": {"type": "string",
                                  "description": "A journal copy in the text note format."}},
    },
}


# --------------------------------------------------------------------------- models (docs)


class Summary(BaseModel):
    files: int
    records: int
    notes: int
    findings: int


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


class _CheckTimeout(BaseException):
    """Raised by the SIGALRM handler; a BaseException so no rule's ``except`` swallows it."""


def _alarm(signum: int, frame: Any) -> None:
    raise _CheckTimeout()


class BadBody(Exception):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


# --------------------------------------------------------------------------- ASGI guard


class Guard:
    """Pure ASGI middleware: bearer token, body size limit, path-only request log."""

    def __init__(self, app: Any, *, token: str | None, max_body: int,
                 read_timeout: float = 10.0, mask: bool = True) -> None:
        self.app = app
        self.mask = mask
        self.token = token.encode() if token else None
        self.max_body = max_body
        self.read_timeout = read_timeout

    async def _reply(self, send: Any, status: int, detail: str,
                     headers: list[tuple[bytes, bytes]] | None = None) -> None:
        body = json.dumps({"detail": detail}, ensure_ascii=False).encode()
        await send({"type": "http.response.start", "status": status, "headers": [
            (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
            *(headers or []),
        ]})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        t0 = time.perf_counter()
        path = scope.get("path", "")
        status_box = [0]

        held: list[Any] = []  # the response start and body so far, while masking

        async def send_logged(message: Any) -> None:
            if message["type"] == "http.response.start":
                status_box[0] = message["status"]
            if not self.mask:
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
            text = body.decode("utf-8", "surrogateescape")
            masked = pii.mask_text(text)
            if masked != text:
                body = masked.encode("utf-8", "surrogateescape")
                start = {**start, "headers": [
                    (k, str(len(body)).encode() if k.lower() == b"content-length" else v)
                    for k, v in start.get("headers", [])]}
            await send(start)
            await send({"type": "http.response.body", "body": body, "more_body": False})

        try:
            headers = dict(scope.get("headers") or [])
            if self.token is not None and path.startswith("/v1/"):
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
            # method, path and status only: never a query string, header or body
            log.info("%s %s %s %.1fms", scope.get("method"), path, status_box[0],
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
    def __init__(self, ruleset: Ruleset, show_pii: bool) -> None:
        from notelint.readers import _load_formats
        from notelint.rules import all_rules, select_rules

        _load_formats()  # register every reader before json_reader is imported on its own
        self.ruleset = ruleset
        self.show_pii = show_pii
        self.rules = select_rules(None, None, ruleset.disabled_rules)
        self.all_rules = all_rules()
        self.engine = Engine(ruleset, self.rules, show_pii=show_pii)
        self.note_engine = Engine(ruleset, [r for r in self.rules if r.scope == "note"],
                                  show_pii=show_pii)
        sample = _sample_record()
        self.nlp = _warm_nlp(sample)
        self.engine.lint_record(sample, "warmup")  # imports and caches every rule's data
        self.rules_json = json.dumps([
            {"code": r.code, "name": r.name, "severity": r.severity, "scope": r.scope,
             "summary": r.summary} for r in self.all_rules
        ], ensure_ascii=False).encode()


def parse_body(body: bytes, content_type: str) -> tuple[Record, bool]:
    """The record a request body describes, and whether its patient is the placeholder.

    Raises :class:`BadBody` (422) with one line naming the JSON path of the first error.
    """
    from notelint.readers import read_bytes
    from notelint.readers.errors import describe
    from notelint.readers.json_reader import _depth_ok, build_record
    from pydantic import ValidationError

    if not body.strip():
        raise BadBody(422, "empty body; send a record or a note as JSON")
    if "text/plain" in content_type:
        items = list(read_bytes(body, "request.txt"))
        for item in items:
            if isinstance(item, Broken):
                raise BadBody(422, f"line {item.line}: {item.message}")
        records = [i.record for i in items if isinstance(i, Loaded)]
        if len(records) != 1:
            raise BadBody(422, "send exactly one note bundle (one patient)")
        return records[0], False
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadBody(422, "body is not UTF-8 JSON") from None
    if not _depth_ok(text):
        raise BadBody(422, "JSON nested too deeply")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise BadBody(422, f"not valid JSON: {e.msg} at line {e.lineno} column {e.colno}") from None
    except ValueError as e:  # an integer of more than 4300 digits
        from notelint.readers.json_reader import _value_error

        raise BadBody(422, _value_error(e)) from None
    if not isinstance(data, dict):
        raise BadBody(422, f"expected a JSON object (a record or a note), got {type(data).__name__}")
    if "notes" in data or "access_events" in data or "conversations" in data \
            or "treatments" in data or "as_of" in data:
        item = build_record(data, REQUEST_PATH, 1)
        if isinstance(item, Broken):
            raise BadBody(422, item.message)
        return item.record, False
    # a bare note, optionally with its patient
    data = dict(data)
    patient = data.pop("patient", None)
    placeholder = patient is None
    try:
        note = Note.model_validate(data)
    except ValidationError as e:
        raise BadBody(422, pii.mask_text(describe(e))) from None
    try:
        record = Record.model_validate({"patient": patient or {"id": PLACEHOLDER_PATIENT}})
    except ValidationError as e:
        raise BadBody(422, pii.mask_text(describe(e, "patient").replace("patient.patient", "patient"))) from None
    record.notes.append(note)
    loc = SourceLoc(path=REQUEST_PATH, line=1, column=1)
    record.set_loc(loc)
    note.set_loc(loc)
    return record, placeholder


def create_app(ruleset_name: str = "national", *, token: str | None = None,
               max_body: int = DEFAULT_MAX_BODY, timeout: float = DEFAULT_TIMEOUT,
               show_pii: bool = False, inline: bool = False) -> Any:
    """The ASGI app (FastAPI wrapped in :class:`Guard`); loads ruleset, rules and NLP now.

    ``inline=True`` (what ``notelint serve`` uses) runs the checks on the event loop's
    thread with a SIGALRM time limit instead of in a worker thread.
    """
    from notelint.report import json_format

    state = _State(load_ruleset(ruleset_name), show_pii)
    # everything loaded so far (spaCy pipeline, lexicons, rules) lives as long as the
    # process: keep it out of the garbage collector's scans (shorter GC pauses)
    gc.collect()
    gc.freeze()
    app = FastAPI(
        title="notelint",
        summary="Pre-signing checks of Swedish journal notes against regional 1177 routines.",
        version=_version(),
        description=__doc__ or "",
    )

    def timed(fn: Any, *args: Any) -> tuple[bytes, str]:
        """Run ``fn`` and measure it: wall and CPU (this thread) milliseconds."""
        w0, c0 = time.perf_counter(), time.thread_time()
        out = fn(*args)
        wall = (time.perf_counter() - w0) * 1000
        cpu = (time.thread_time() - c0) * 1000
        return out, f"checks;dur={wall:.2f}, cpu;dur={cpu:.2f}"

    use_alarm = inline and hasattr(signal, "setitimer")

    async def run(fn: Any, *args: Any) -> Response:
        try:
            return await _run(fn, *args)
        except BadBody:
            raise
        except Exception as exc:  # a bug: say so, but never log its message (it may quote the note)
            log.error("internal error %s in %s", type(exc).__name__, getattr(fn, "__name__", "?"))
            raise BadBody(500, f"internal error ({type(exc).__name__}); please report it") from None

    async def _run(fn: Any, *args: Any) -> Response:
        """The checks within the time limit; Server-Timing says how long they took.

        In the server process (event loop in the main thread) the checks run inline and
        a one-shot SIGALRM timer interrupts them at the limit: handing every request to a
        worker thread and back costs more than the checks themselves on a busy 2-core
        machine (p50 8.8 → 4.2 ms measured). Elsewhere (tests, other threads) they run
        in a worker thread under ``asyncio.wait_for``.
        """
        if use_alarm and threading.current_thread() is threading.main_thread():
            previous = signal.signal(signal.SIGALRM, _alarm)
            try:
                signal.setitimer(signal.ITIMER_REAL, timeout)
                try:
                    out, timing = timed(fn, *args)
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                    signal.signal(signal.SIGALRM, previous)
            except _CheckTimeout:
                raise BadBody(503, f"the checks took longer than {timeout:g} s; try again") from None
        else:
            try:
                out, timing = await asyncio.wait_for(asyncio.to_thread(timed, fn, *args), timeout)
            except asyncio.TimeoutError:
                raise BadBody(503, f"the checks took longer than {timeout:g} s; try again") from None
        return Response(out, media_type="application/json", headers={"Server-Timing": timing})

    def problem(e: BadBody) -> JSONResponse:
        return JSONResponse({"detail": e.detail}, status_code=e.status)

    # one check at a time: the GIL gives no parallelism anyway, and the NLP pipeline's
    # components are not promised to be thread-safe
    check_lock = threading.Lock()

    def do_lint(body: bytes, ctype: str) -> bytes:
        record, placeholder = parse_body(body, ctype)
        engine = state.note_engine if placeholder else state.engine
        with check_lock:
            findings = engine.lint_record(record, REQUEST_PATH)
        findings.sort(key=Finding.sort_key)
        out = {"findings": [json_format.to_dict(f) for f in findings],
               "summary": {"files": 1, "records": 1, "notes": len(record.notes),
                           "findings": len(findings)}}
        return json.dumps(out, ensure_ascii=False).encode()

    def do_preview(body: bytes, ctype: str, note_id: str | None, as_of: dt.date | None) -> bytes:
        from notelint.preview import preview_record

        record, _ = parse_body(body, ctype)
        if note_id is not None and not any(n.id == note_id for n in record.notes):
            raise BadBody(404, f"note_id {note_id!r}: no note with that id in the body")
        with check_lock:
            previews = preview_record(record, state.ruleset, note_id=note_id, as_of=as_of,
                                      engine=state.note_engine)
        return json.dumps({"previews": [p.model_dump(mode="json") for p in previews]},
                          ensure_ascii=False).encode()

    err_responses: dict[int | str, dict[str, Any]] = {
        413: {"model": Problem, "description": "Body too large"},
        422: {"model": Problem, "description": "Invalid body (JSON path of the first error)"},
        401: {"model": Problem, "description": "Missing or wrong bearer token"},
        503: {"model": Problem, "description": "Time limit exceeded"},
    }

    @app.post("/v1/lint", response_model=None, openapi_extra={"requestBody": _BODY_DOC},
              responses={200: {"model": LintResponse}, **err_responses},
              summary="Lint one note or one record")
    async def lint(request: Request) -> Response:
        body = await request.body()
        try:
            return await run(do_lint, body, request.headers.get("content-type", ""))
        except BadBody as e:
            return problem(e)

    @app.post("/v1/preview", response_model=None, openapi_extra={"requestBody": _BODY_DOC},
              responses={200: {"model": PreviewResponse},
                         404: {"model": Problem, "description": "No such note"}, **err_responses},
              summary="Who sees what of the note in 1177 Journalen, and from when")
    async def preview(request: Request, note_id: str | None = None,
                      as_of: dt.date | None = None) -> Response:
        body = await request.body()
        try:
            return await run(do_preview, body, request.headers.get("content-type", ""),
                             note_id, as_of)
        except BadBody as e:
            return problem(e)

    @app.get("/v1/rules", response_model=None, responses={200: {"model": list[RuleInfo]}},
             summary="Every rule: code, name, severity, scope, summary")
    async def rules() -> Response:
        return Response(state.rules_json, media_type="application/json")

    @app.get("/healthz", response_model=None, responses={200: {"model": Health}},
             summary="Liveness and what is loaded")
    async def healthz() -> Response:
        return JSONResponse({"status": "ok", "ruleset": state.ruleset.name,
                             "rules": len(state.rules), "nlp": state.nlp})

    from fastapi.exceptions import RequestValidationError

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errs = exc.errors()
        first = errs[0] if errs else {"loc": (), "msg": "invalid request"}
        where = ".".join(str(x) for x in first.get("loc", ()))
        return JSONResponse({"detail": f"{where}: {first.get('msg')}"}, status_code=422)

    guarded = Guard(app, token=token, max_body=max_body, read_timeout=max(timeout, 10.0),
                    mask=not show_pii)
    guarded.fastapi = app  # type: ignore[attr-defined]
    return guarded


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("notelint")
    except Exception:
        return "0"
