"""Prefetch from the EHR's FHIR server when the CDS Hooks request did not bring it.

The specification lets a service query ``fhirServer`` with ``fhirAuthorization`` for the
prefetch it declared. notelint does it with ``httpx`` (async, on the server's event loop,
so no worker waits on the network), bounded: at most :data:`MAX_BYTES` per answer, nested
no deeper than the readers allow, :data:`TIMEOUT` seconds per query in all, no redirects,
only the three templates of :data:`notelint.cdshooks.service.PREFETCH` (a context value
is an id: letters, digits, "-" and "."). The token goes only over https (or to this
machine), and a ``fhirServer`` with credentials, a query or a fragment is refused
(:class:`FetchRefused`: 400). Neither the URL, the token nor any answer is logged (nor
by httpx); a failed query leaves that prefetch key empty (the record rules that need it
then see less, and the response's extension says the patient was unknown if the Patient
could not be read).
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any

__all__ = ["FetchRefused", "fill_prefetch", "resolve_template", "MAX_BYTES", "TIMEOUT"]

log = logging.getLogger("notelint.serve")
# httpx and httpcore log every query's URL at info (and headers at debug): never theirs
for _name in ("httpx", "httpcore"):
    logging.getLogger(_name).setLevel(logging.WARNING)


class FetchRefused(ValueError):
    """``fhirServer`` / ``fhirAuthorization`` of a request that notelint will not use (400)."""

MAX_BYTES = 4 * 1024 * 1024
TIMEOUT = 3.0
_TOKEN = re.compile(r"\{\{\s*context\.([A-Za-z0-9_]+)\s*\}\}")


def resolve_template(template: str, context: dict[str, Any]) -> str | None:
    """The query of a prefetch template, or None when a context value it needs is missing."""
    missing = False

    def sub(m: re.Match[str]) -> str:
        nonlocal missing
        value = context.get(m.group(1))
        if (not isinstance(value, str) or not re.fullmatch(r"[A-Za-z0-9\-.]{1,64}", value)
                or not value.strip(".")):  # ("..": the server's root, not a resource)
            missing = True
            return ""
        return value

    out = _TOKEN.sub(sub, template)
    return None if missing else out


async def _get(client: Any, url: str) -> dict[str, Any] | None:
    try:
        async with client.stream("GET", url) as r:
            if r.status_code != 200:
                log.warning("prefetch query answered %s", r.status_code)
                return None
            chunks: list[bytes] = []
            size = 0
            async for chunk in r.aiter_bytes():
                size += len(chunk)
                if size > MAX_BYTES:
                    log.warning("prefetch answer over %d bytes; ignored", MAX_BYTES)
                    return None
                chunks.append(chunk)
    except Exception as exc:  # network, TLS, timeouts: never the URL or the token
        log.warning("prefetch query failed: %s", type(exc).__name__)
        return None
    from notelint.readers.json_reader import decode_json

    try:  # (bounded nesting: a hostile server's answer is input like any other)
        data = decode_json(b"".join(chunks).decode("utf-8-sig"))
    except (ValueError, RecursionError):
        log.warning("prefetch answer is not JSON")
        return None
    return data if isinstance(data, dict) else None


async def _get_within(client: Any, url: str) -> dict[str, Any] | None:
    """:func:`_get` within :data:`TIMEOUT` seconds in all (httpx's timeout is per read: a
    server trickling its answer would hold the call for ever)."""
    try:
        return await asyncio.wait_for(_get(client, url), TIMEOUT)
    except asyncio.TimeoutError:
        log.warning("prefetch query took over %g s; ignored", TIMEOUT)
        return None


# what RFC 6750 allows in a bearer token (b64token)
_BEARER = re.compile(r"[A-Za-z0-9\-._~+/]+=*")


def _server_base(server: str, with_token: bool) -> str:
    """The base URL queries are made under, or :class:`FetchRefused`."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(server)
        host = parts.hostname or ""
        parts.port  # (raises on a port that is no number)
    except ValueError:
        raise FetchRefused("fhirServer is not a URL") from None
    if parts.scheme not in ("https", "http") or not host:
        raise FetchRefused("fhirServer must be an http(s) URL")
    if parts.username is not None or parts.password is not None or parts.query or parts.fragment:
        raise FetchRefused("fhirServer must hold no credentials, query or fragment; send the "
                           "token in fhirAuthorization")
    if with_token and parts.scheme == "http" and host not in ("localhost", "127.0.0.1", "::1"):
        raise FetchRefused("fhirAuthorization is sent only over https (fhirServer is http)")
    from urllib.parse import unquote

    if any(seg in (".", "..") for seg in unquote(parts.path).replace("\\", "/").split("/")):
        # ("…/fhir/../admin" lies under an allowed "…/fhir/" until the client resolves it)
        raise FetchRefused("fhirServer must hold no '.' or '..' path segments")
    return server.rstrip("/") + "/"


async def fill_prefetch(request: dict[str, Any], templates: dict[str, str], *,
                        transport: Any = None, allowed: list[str] | None = None) -> dict[str, Any]:
    """Prefetch values fetched from ``request["fhirServer"]`` for the keys it left out.

    ``transport``: an ``httpx`` transport (tests use ``httpx.MockTransport``). ``allowed``:
    the base URLs (ending in "/") a ``fhirServer`` must lie under (None: any); another is
    :class:`FetchRefused` — without a list, a call may make the server fetch from any
    address it reaches (``notelint serve --fhir-server``).
    """
    import httpx

    server = request.get("fhirServer")
    context = request.get("context") if isinstance(request.get("context"), dict) else {}
    given = request.get("prefetch") if isinstance(request.get("prefetch"), dict) else {}
    if not isinstance(server, str) or not server.startswith(("https://", "http://")):
        return {}
    # (a key sent as null is the client's "no data", not a key left out: not fetched again)
    todo = {k: resolve_template(t, context) for k, t in templates.items() if k not in given}
    todo = {k: q for k, q in todo.items() if q}
    if not todo:
        return {}
    headers = {"Accept": "application/fhir+json"}
    auth = request.get("fhirAuthorization")
    token = auth.get("access_token") if isinstance(auth, dict) else None
    if token is not None:
        if not isinstance(token, str) or not _BEARER.fullmatch(token):
            raise FetchRefused("fhirAuthorization.access_token must be a bearer token "
                               "(letters, digits and -._~+/ only)")
        headers["Authorization"] = f"Bearer {token}"
    base = _server_base(server, token is not None)
    if allowed is not None and not any(base.lower().startswith(a.lower()) for a in allowed):
        raise FetchRefused("fhirServer is not one this service fetches from "
                           "(notelint serve --fhir-server)")
    async with httpx.AsyncClient(headers=headers, timeout=TIMEOUT, follow_redirects=False,
                                 trust_env=False, transport=transport) as client:
        values = await asyncio.gather(*(_get_within(client, base + q) for q in todo.values()))
    return {k: v for k, v in zip(todo, values) if v is not None}
