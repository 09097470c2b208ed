"""FHIR R4 Bundles (JSON): Patient, Composition, DocumentReference, Consent → one record.

The bundle is first validated with ``fhir.resources`` (R4B models, wire-compatible with R4
for these resources); a bundle that is not valid FHIR is one NL901 line naming the path.
Then:

- ``Patient.identifier`` with the personnummer/samordningsnummer OID (or the
  electronichealth.se systems) → ``patient.id``; ``birthDate`` → ``birth_date``.
- ``Composition``: ``title`` → template, ``section[].title`` → sökord, ``section[].text.div``
  (XHTML) → section text; ``status`` final/amended → signed at ``date``, preliminary → draft.
- ``DocumentReference``: ``content[].attachment`` text/plain or text/html (``data`` base64;
  without a ``contentType``: when it is UTF-8 text) → one section; a note none of whose
  attachments could be read (a PDF, a ``url`` only) is an NL901 line besides the record.
- ``Composition``: nested sections (``section.section``) are sections too, under their
  own title or their parent's; a Composition with no section but a narrative ``text.div``
  is one section.
- ``meta.security`` labels R (restricted) or V (very restricted) → the note is not shown to
  the patient (template of the national ``approvedForPatient=false`` protection).
- ``Consent`` with a ``deny`` provision → an access event: an actor that is a RelatedPerson
  (guardian) → ``block_guardian``, otherwise ``seal``; ``provision.period`` → start/end.
"""

from __future__ import annotations

import base64
import datetime as dt
import binascii
import html
import re
from typing import Any, Iterator


from notelint.model import local_time
from notelint.readers import Broken, ReadItem, register_format
from notelint.readers.errors import json_path
from notelint.readers.json_reader import build_record, load_json
from notelint.readers.rivta import NOT_APPROVED_TEMPLATE

PIN_SYSTEMS = {
    "urn:oid:1.2.752.129.2.1.3.1", "urn:oid:1.2.752.129.2.1.3.3",
    "http://electronichealth.se/identifier/personnummer",
    "http://electronichealth.se/identifier/samordningsnummer",
}
HSA_SYSTEMS = {"urn:oid:1.2.752.129.2.1.4.1", "http://electronichealth.se/identifier/hsaid"}
RESTRICTED = {"R", "V"}


def _validate(data: dict[str, Any], path: str) -> Broken | None:
    try:
        from fhir.resources.R4B.bundle import Bundle
        from pydantic import ValidationError
    except ImportError:  # pragma: no cover - declared dependency
        return None
    try:
        Bundle.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        where = json_path(tuple(err["loc"]))
        return Broken(path, 1, f"inte en giltig FHIR R4 Bundle vid {where}: "
                               f"{err['msg'].removeprefix('Value error, ')}")
    except Exception as e:  # the library raises its own errors for some shapes
        return Broken(path, 1, f"inte en giltig FHIR R4 Bundle ({type(e).__name__})")
    return None


def _ident(resource: dict[str, Any], systems: set[str]) -> str | None:
    for ident in resource.get("identifier") or []:
        if ident.get("system") in systems and ident.get("value"):
            value = str(ident["value"]).strip()
            if re.fullmatch(r"\d{12}", value):
                value = f"{value[:8]}-{value[8:]}"
            return value
    return None


def _xhtml_text(div: str) -> str:
    # (every expression here reads a character a bounded number of times: a div of 100k
    # "<" or spaces must not cost the square of its length)
    div = _CDATA.sub(lambda m: html.escape(m.group(1)), div)  # (its text, as text)
    text = re.sub(r"<br\s*/?>|</p>|</li>|</div>", "\n", div)
    text = html.unescape(re.sub(r"<[^<>]*>", "", text))
    return _SPACE_RUN.sub(_break_run, text).strip()


_SPACE_RUN = re.compile(r"\s+")
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)


def _break_run(m: re.Match[str]) -> str:
    r"""A run of whitespace holding a line break: what stands before the spaces and tabs
    that end at the break, then the break (what ``[ \t]*\n\s*`` → "\n" makes of it)."""
    run = m.group()
    at = run.find("\n")
    return run if at < 0 else run[:len(run[:at].rstrip(" \t"))] + "\n"


def _charset(content_type: str) -> str:
    """The codec of an attachment's ``charset`` parameter (UTF-8 if none or unknown)."""
    import codecs

    m = re.search(r"charset\s*=\s*\"?([A-Za-z0-9._-]+)", content_type)
    if m:
        try:
            return codecs.lookup(m.group(1)).name
        except LookupError:
            pass
    return "utf-8"


def _local_time(value: str | None) -> str | None:
    """FHIR instants carry a zone; the interchange format uses Swedish local time."""
    if not value:
        return None
    try:
        t = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value  # let the model report it
    return local_time(t).isoformat()


def _restricted(resource: dict[str, Any]) -> bool:
    return any(s.get("code") in RESTRICTED for s in (resource.get("meta") or {}).get("security") or [])


def _unit(resource: dict[str, Any] | None) -> dict[str, str] | None:
    if not resource:
        return None
    unit = {"name": resource.get("name"), "hsa_id": _ident(resource, HSA_SYSTEMS)}
    return {k: v for k, v in unit.items() if v} or None


def _author(resource: dict[str, Any] | None) -> dict[str, str] | None:
    if not resource:
        return None
    names = resource.get("name") or []
    name = None
    if names:
        n = names[0]
        name = n.get("text") or " ".join([*(n.get("given") or []), n.get("family") or ""]).strip()
    return {"name": name} if name else None


def _map_bundle(data: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    entries = [e.get("resource") or {} for e in data.get("entry") or []]
    by_ref: dict[str, dict[str, Any]] = {}
    for e, res in zip(data.get("entry") or [], entries):
        if res.get("id"):
            by_ref[f"{res.get('resourceType')}/{res['id']}"] = res
        if e.get("fullUrl"):
            by_ref[e["fullUrl"]] = res

    def deref(ref: dict[str, Any] | None) -> dict[str, Any] | None:
        return by_ref.get((ref or {}).get("reference", "")) if ref else None

    patients = [r for r in entries if r.get("resourceType") == "Patient"]
    if len(patients) != 1:
        raise ValueError(f"bundlen ska innehålla exakt en Patient (hittade {len(patients)})")
    patient = patients[0]
    pid = _ident(patient, PIN_SYSTEMS)
    if not pid:
        raise ValueError("Patient saknar identifierare med personnummer/samordningsnummer "
                         "(system urn:oid:1.2.752.129.2.1.3.1 eller .3.3)")
    record: dict[str, Any] = {"patient": {"id": pid}, "notes": [], "access_events": []}
    unread: list[str] = []  # notes whose text could not be read (each an NL901 line)
    if patient.get("birthDate"):
        record["patient"]["birth_date"] = patient["birthDate"]

    for index, res in enumerate(entries):
        kind = res.get("resourceType")
        # a resource without an id (valid FHIR) is named by its place in the bundle: two of
        # them are two notes, not one id given twice
        own_id = res.get("id") or f"{str(kind).lower()}-{index + 1}"
        if kind == "Composition":
            sections = _composition_sections(res.get("section") or [], "Anteckning")
            if not sections and (res.get("text") or {}).get("div"):  # the narrative only
                sections = [{"keyword": "Anteckning", "text": _xhtml_text(res["text"]["div"])}]
            authors = res.get("author") or []
            note = {
                "id": own_id,
                "template": NOT_APPROVED_TEMPLATE if _restricted(res) else res.get("title"),
                "unit": _unit(deref(res.get("custodian"))),
                "author": _author(deref(authors[0])) if authors else None,
                "time": _local_time(res.get("date")),
                "signed": _local_time(res.get("date"))
                if res.get("status") in {"final", "amended"} else None,
                "sections": sections,
            }
            record["notes"].append({k: v for k, v in note.items() if v is not None})
        elif kind == "DocumentReference":
            texts, skipped, guessed = _attachment_texts(res)
            if guessed:
                unread.append(f"DocumentReference/{own_id}: {guessed[0]}")
            elif skipped and not texts:  # (another rendition read is enough: PDF beside text)
                unread.append(f"DocumentReference/{own_id}: {skipped[0]}; anteckningens text "
                              "granskades inte — skicka den som text/plain eller text/html i "
                              "attachment.data")
            authors = res.get("author") or []
            note = {
                "id": own_id,
                "template": NOT_APPROVED_TEMPLATE if _restricted(res)
                else (res.get("type") or {}).get("text") or res.get("description"),
                "unit": _unit(deref(res.get("custodian"))),
                "author": _author(deref(authors[0])) if authors else None,
                "time": _local_time(res.get("date")),
                "signed": _local_time(res.get("date"))
                if res.get("docStatus") in {"final", "amended"} else None,
                "sections": [{"keyword": "Anteckning", "text": t} for t in texts],
            }
            record["notes"].append({k: v for k, v in note.items() if v is not None})
        elif kind == "Consent":
            prov = res.get("provision") or {}
            if prov.get("type") != "deny" or res.get("status") not in {"active", "inactive"}:
                continue
            actors = [deref(a.get("reference")) or {} for a in prov.get("actor") or []]
            guardian = next((a for a in actors if a.get("resourceType") == "RelatedPerson"), None)
            period = prov.get("period") or {}
            orgs = res.get("organization") or []
            event = {
                "id": own_id,
                "action": "block_guardian" if guardian else "seal",
                "initiated_by": "staff",
                "unit": _unit(deref(orgs[0])) if orgs else None,
                "ordered": _local_time(res.get("dateTime")),
                "start": (period.get("start") or "")[:10] or None,
                "end": (period.get("end") or "")[:10] or None,
                "guardian_id": _ident(guardian, PIN_SYSTEMS) if guardian else None,
            }
            record["access_events"].append({k: v for k, v in event.items() if v is not None})
    return record, unread


# attachment types read as text: plain text and (X)HTML, whose markup is taken away
_TEXT_TYPES = ("text/plain", "text/html", "application/xhtml+xml")


def _attachment_texts(res: dict[str, Any]) -> tuple[list[str], list[str], list[str]]:
    """The texts of a DocumentReference's attachments, why each other one was not read, and
    what was read in another charset than it said. An attachment without a
    ``contentType`` is read when its data is UTF-8 text."""
    texts: list[str] = []
    skipped: list[str] = []
    guessed: list[str] = []
    for c in res.get("content") or []:
        att = c.get("attachment") or {}
        ctype = str(att.get("contentType") or "")
        media = ctype.split(";", 1)[0].strip().lower()
        if not att.get("data"):
            skipped.append(f"bilagan ({media or 'utan contentType'}) har ingen data"
                           + (" (bara en url: notelint hämtar inte bilagor)" if att.get("url") else ""))
            continue
        if media and media not in _TEXT_TYPES:
            skipped.append(f"bilagan är {media}, inte text")
            continue
        charset = _charset(ctype) if media else "utf-8"
        try:
            raw = decode_base64(att["data"])
        except ValueError:
            skipped.append("bilagans data är inte base64")
            continue
        try:
            text = raw.decode(charset)
        except UnicodeDecodeError:
            if not media:  # (no type said: binary data is not a note's text)
                skipped.append("bilagan har ingen contentType och dess data är inte UTF-8-text")
                continue
            # text said to be UTF-8 that is not (a Windows export): read as Windows-1252,
            # which decodes any byte, and said — the rest of the bundle is read
            text = raw.decode("cp1252", "replace")
            guessed.append(f"bilagans text är inte {charset} som dess contentType säger; den "
                           "lästes som Windows-1252 — ange charset (t.ex. charset=iso-8859-1)")
            texts.append(_xhtml_text(text) if media in _TEXT_TYPES[1:] else text)
            continue
        if not media and "\x00" in text:
            skipped.append("bilagan har ingen contentType och dess data är inte text")
            continue
        texts.append(_xhtml_text(text) if media in _TEXT_TYPES[1:] else text)
    return texts, skipped, guessed


def decode_base64(data: Any) -> bytes:
    """An attachment's ``data``: FHIR's base64Binary may hold whitespace (76-column lines)
    and some senders leave out the padding. ValueError when it is no base64."""
    text = "".join(str(data).split())
    try:
        return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except binascii.Error as e:  # (a ValueError itself)
        raise ValueError(str(e)) from None


def _composition_sections(sections: list[Any], parent: str) -> list[dict[str, str]]:
    """A Composition's sections, nested ones (``section.section``) after their parent's
    own text; a section without a title is under its parent's."""
    out: list[dict[str, str]] = []
    stack = [(s, parent) for s in reversed(sections)]
    while stack:  # (depth first, in order; a loop, not recursion: nesting is the sender's)
        s, above = stack.pop()
        if not isinstance(s, dict):
            continue
        title = s.get("title") or above
        div = (s.get("text") or {}).get("div", "")
        if div or not s.get("section"):
            out.append({"keyword": title, "text": _xhtml_text(div)})
        stack.extend((sub, title) for sub in reversed(s.get("section") or []))
    return out


def parse_fhir(text: str, path: str) -> Iterator[ReadItem]:
    data = load_json(text, path)
    if isinstance(data, Broken):
        yield data
        return
    if not isinstance(data, dict) or data.get("resourceType") != "Bundle":
        got = data.get("resourceType") if isinstance(data, dict) else type(data).__name__
        yield Broken(path, 1, f"FHIR-indata ska vara en Bundle (fick {got}); lägg resurserna "
                              "i en Bundle med en Patient")
        return
    bad = _validate(data, path)
    if bad is not None:
        yield bad
        return
    try:
        record, unread = _map_bundle(data)
    except ValueError as e:
        yield Broken(path, 1, str(e))
        return
    yield build_record(record, path, 1, prefix="Bundle")
    for message in unread:
        yield Broken(path, 1, message)


def sniff_fhir(head: str, ext: str) -> int:
    if head.startswith("{") and re.search(r'"resourceType"\s*:', head[:2000]):
        return 97
    return 0


register_format("fhir", [".json"], sniff_fhir, parse_fhir)
