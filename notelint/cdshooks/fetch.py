"""Prefetch from the EHR's FHIR server when the CDS Hooks request did not bring it.

The specification lets a service query ``fhirServer`` with ``fhirAuthorization`` for the
prefetch it declared. notelint does it with ``httpx`` (async, on the server's event loop,
so no worker waits on the network), bounded: at most :data:`MAX_BYTES` per answer,
:data:`TIMEOUT` seconds per query, no redirects, only the three templates of
:data:`notelint.cdshooks.service.PREFETCH`. Neither the URL, the token nor any answer is
logged; a failed query leaves that prefetch key empty (the record rules that need it then
see less, and the response's extension says the patient was unknown if the Patient
could not be read).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from typing import Any

__all__ = ["fill_prefetch", "resolve_template", "MAX_BYTES", "TIMEOUT"]

log = logging.getLogger("notelint.serve")

MAX_BYTES = 4 * 1024 * 1024
TIMEOUT = 3.0
_TOKEN = re.compile(r"\{\{\s*context\.([A-Za-z0-9_]+)\s*\}\}")


def resolve_template(template: str, context: dict[str, Any]) -> str | None:
    """The query of a prefetch template, or None when a context value it needs is missing."""
    missing = False

    def sub(m: re.Match[str]) -> str:
        nonlocal missing
        value = context.get(m.group(1))
        if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z0-9\-.]{1,64}", value):
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
    try:
        data = json.loads(b"".join(chunks))
    except ValueError:
        log.warning("prefetch answer is not JSON")
        return None
    return data if isinstance(data, dict) else None


async def fill_prefetch(request: dict[str, Any], templates: dict[str, str], *,
                        transport: Any = None) -> dict[str, Any]:
    """Prefetch values fetched from ``request["fhirServer"]`` for the keys it left out.

    ``transport``: an ``httpx`` transport (tests use ``httpx.MockTransport``).
    """
    import httpx

    server = request.get("fhirServer")
    context = request.get("context") if isinstance(request.get("context"), dict) else {}
    given = request.get("prefetch") if isinstance(request.get("prefetch"), dict) else {}
    if not isinstance(server, str) or not server.startswith(("https://", "http://")):
        return {}
    todo = {k: resolve_template(t, context) for k, t in templates.items() if given.get(k) is None}
    todo = {k: q for k, q in todo.items() if q}
    if not todo:
        return {}
    headers = {"Accept": "application/fhir+json"}
    auth = request.get("fhirAuthorization")
    if isinstance(auth, dict) and isinstance(auth.get("access_token"), str):
        headers["Authorization"] = f"Bearer {auth['access_token']}"
    base = server.rstrip("/") + "/"
    async with httpx.AsyncClient(headers=headers, timeout=TIMEOUT, follow_redirects=False,
                                 trust_env=False, transport=transport) as client:
        values = await asyncio.gather(*(_get(client, base + q) for q in todo.values()))
    return {k: v for k, v in zip(todo, values) if v is not None}
