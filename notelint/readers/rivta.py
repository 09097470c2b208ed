"""Inera RIV-TA ``GetCareDocumentation`` responses, contract majors 2 and 3.

What feeds 1177 Journalen and NPÖ. One response becomes one record per patient; each
``careDocumentation`` a note. Facts this reader relies on (shared/data/rivta/README.md):

- v2: ``careDocumentationHeader`` (documentId, patientId, accountableHealthcareProfessional,
  legalAuthenticator, approvedForPatient, nullified) + ``careDocumentationBody/
  clinicalDocumentNote``; v3: ``header/accessControlHeader`` (patientId, approvedForPatient),
  ``header/record/id`` (root-only ids accepted), ``header/author``, ``header/signature``, ``body``.
- Times ``YYYYMMDDhhmmss`` (local time). ``approvedForPatient=false`` means the note is not
  shown to the patient: such notes get the template :data:`NOT_APPROVED_TEMPLATE`, which the
  national ruleset lists as a protection, so every visibility rule treats them as hidden.
- ``clinicalDocumentNoteText`` is plain text, DocBook or CDA narrative markup inside a string:
  it is parsed a second time as untrusted XML; DocBook ``section/title`` and CDA ``caption``
  become sökord sections. Nullified notes are skipped.

XML is parsed with defusedxml: no DTDs, no external entities, no entity expansion.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Iterator
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from notelint.readers import Broken, ReadItem, register_format
from notelint.readers.json_reader import build_record

NOT_APPROVED_TEMPLATE = "Ej godkänd för patient (approvedForPatient=false)"
MAX_BYTES = 50 * 1024 * 1024
NOTE_TYPES = {
    "utr": "Utredning", "atb": "Åtgärd/Behandling", "sam": "Sammanfattning",
    "sao": "Samordning", "ins": "Inskrivning", "slu": "Slutanteckning",
    "auf": "Anteckning utan fysiskt möte", "sva": "Slutenvårdsanteckning",
    "bes": "Besöksanteckning",
}
PERSON_OIDS = {"1.2.752.129.2.1.3.1", "1.2.752.129.2.1.3.3"}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(el: Element | None, *names: str) -> Element | None:
    """Follow a path of local names (namespace-agnostic)."""
    for name in names:
        if el is None:
            return None
        el = next((c for c in el if _local(c.tag) == name), None)
    return el


def _text(el: Element | None, *names: str) -> str | None:
    node = _child(el, *names) if names else el
    if node is None or node.text is None:
        return None
    return node.text.strip() or None


def _time(value: str | None) -> str | None:
    if not value:
        return None
    digits = re.sub(r"\D", "", value)
    try:
        if len(digits) >= 12:
            return dt.datetime.strptime(digits[:14].ljust(14, "0"), "%Y%m%d%H%M%S").isoformat()
        if len(digits) == 8:
            return dt.datetime.strptime(digits, "%Y%m%d").isoformat()
    except ValueError:
        return None
    return None


KNOWN_SYSTEMS = ("Melior", "PMO", "Cosmic", "TakeCare", "AsynjaVisph", "Asynja", "NCS Cross")


def _system_name(source_system: str | None) -> str | None:
    """The journal system a source-system HSA-id names (``…-MELIOR`` → Melior), if it does.

    The contract only carries the source system's HSA-id; regions name their systems in
    it often enough to recover the system, which NL102 needs (Melior shows diagnoses).
    """
    if not source_system:
        return None
    low = source_system.casefold()
    for name in KNOWN_SYSTEMS:
        if name.casefold().replace(" ", "") in low.replace(" ", ""):
            return "AsynjaVisph" if name == "Asynja" else name
    return source_system


def _pin(value: str | None) -> str | None:
    if not value:
        return None
    v = value.strip()
    if re.fullmatch(r"\d{12}", v):
        return f"{v[:8]}-{v[8:]}"
    return v


def _markup_sections(text: str) -> list[dict[str, str]] | None:
    """Sections from DocBook or CDA narrative markup; None when the text is not markup."""
    body = re.sub(r"^\s*<\?xml[^>]*\?>", "", text).strip()
    if not body.startswith("<"):
        return None
    try:
        root = SafeET.fromstring(body, forbid_dtd=True)
    except (SafeET.ParseError, DefusedXmlException, ValueError):
        return None
    sections: list[dict[str, str]] = []

    def flat(el: Element) -> str:
        parts: list[str] = []
        for node in el.iter():
            name = _local(node.tag)
            if name in {"title", "caption"} and node is not el:
                continue
            if node.text and name not in {"title", "caption"}:
                parts.append(node.text)
            if name in {"para", "paragraph", "item", "br", "tr"}:
                parts.append("\n")
            if node.tail and node is not el:
                parts.append(node.tail)
        return re.sub(r"[ \t]*\n[ \t\n]*", "\n", "".join(parts)).strip()

    heads = [el for el in root.iter() if _local(el.tag) in {"section"}]
    if heads:
        for sec in heads:
            title = _text(_child(sec, "title")) or "Anteckning"
            own = Element("x")
            own.extend(c for c in sec if _local(c.tag) not in {"section", "title"})
            sections.append({"keyword": title, "text": flat(own)})
        return sections
    # CDA narrative: a caption starts a section; following siblings belong to it
    current = {"keyword": "Anteckning", "text": ""}
    for el in root.iter():
        if _local(el.tag) == "caption":
            if current["text"].strip():
                sections.append(current)
            current = {"keyword": (el.text or "").strip().rstrip(":") or "Anteckning", "text": ""}
        elif _local(el.tag) in {"paragraph", "para", "item", "td"}:
            chunk = "".join(el.itertext()).strip()
            if chunk:
                current["text"] += ("\n" if current["text"] else "") + chunk
    if current["text"].strip():
        sections.append(current)
    return sections or None


def _note_from(doc: Element, version: int) -> tuple[str | None, dict[str, Any]] | None:
    if version == 2:
        header = _child(doc, "careDocumentationHeader")
        body = _child(doc, "careDocumentationBody", "clinicalDocumentNote")
        if header is None:
            raise ValueError("careDocumentationHeader is missing")
        if (_text(header, "nullified") or "").lower() == "true":
            return None
        pro = _child(header, "accountableHealthcareProfessional")
        patient = _pin(_text(header, "patientId", "id"))
        note_id = _text(header, "documentId")
        approved = _text(header, "approvedForPatient")
        author_time = _text(pro, "authorTime")
        signed = _text(header, "legalAuthenticator", "signatureTime")
        unit = {"hsa_id": _text(pro, "healthcareProfessionalOrgUnit", "orgUnitHSAId")
                or _text(pro, "healthcareProfessionalCareUnitHSAId"),
                "name": _text(pro, "healthcareProfessionalOrgUnit", "orgUnitName")}
        author = {"name": _text(pro, "healthcareProfessionalName"),
                  "role": _text(pro, "healthcareProfessionalRoleCode", "displayName")
                  or _text(pro, "healthcareProfessionalRoleCode", "code")}
        code = _text(body, "clinicalDocumentNoteCode")
        title = _text(body, "clinicalDocumentNoteTitle") or _text(header, "documentTitle")
        system = _text(header, "sourceSystemHSAid")
    else:
        header = _child(doc, "header")
        body = _child(doc, "body")
        if header is None:
            raise ValueError("header is missing")
        if (_text(header, "record", "nullified") or "").lower() == "true":
            return None
        ach = _child(header, "accessControlHeader")
        patient = _pin(_text(ach, "patientId", "extension"))
        rec_id = _child(header, "record", "id")
        note_id = None
        if rec_id is not None:
            note_id = _text(rec_id, "extension") or _text(rec_id, "root")
        approved = _text(ach, "approvedForPatient")
        auth = _child(header, "author")
        author_time = _text(auth, "timestamp")
        signed = _text(header, "signature", "timestamp")
        unit = {"hsa_id": _text(auth, "orgUnit", "orgUnitHSAId")
                or _text(ach, "accountableCareUnit", "extension"),
                "name": _text(auth, "orgUnit", "orgUnitName")}
        author = {"name": _text(auth, "name"),
                  "role": _text(auth, "byRole", "displayName") or _text(auth, "byRole", "code")}
        code = _text(body, "clinicalDocumentNoteCode", "code")
        title = _text(body, "clinicalDocumentNoteTitle")
        system = _text(header, "sourceSystemId", "extension") or _text(header, "sourceSystemId", "root")
    if not note_id:
        raise ValueError("the document has no id (documentId / header/record/id)")
    raw = _text(body, "clinicalDocumentNoteText") if body is not None else None
    sections = _markup_sections(raw) if raw else None
    if sections is None:
        sections = [{"keyword": "Anteckning", "text": raw}] if raw else []
    template = title or NOTE_TYPES.get((code or "").lower())
    if (approved or "").lower() == "false":
        template = NOT_APPROVED_TEMPLATE
    note = {
        "id": note_id, "system": _system_name(system), "template": template,
        "unit": {k: v for k, v in unit.items() if v} or None,
        "author": {k: v for k, v in author.items() if v} or None,
        "time": _time(author_time), "signed": _time(signed), "sections": sections,
    }
    return patient, note


def parse_rivta(text: str, path: str) -> Iterator[ReadItem]:
    if len(text) > MAX_BYTES:
        yield Broken(path, 1, "RIV-TA response larger than 50 MB; split the export")
        return
    try:
        root = SafeET.fromstring(text.encode("utf-8"), forbid_dtd=True)
    except DefusedXmlException:
        yield Broken(path, 1, "XML with a DTD or entity declarations is refused (unsafe); "
                              "export the response without a DOCTYPE")
        return
    except SafeET.ParseError as e:
        line, col = getattr(e, "position", (1, 1))
        yield Broken(path, line, f"invalid XML at column {col}: {e}; re-export the response", col + 1)
        return
    docs = [el for el in root.iter() if _local(el.tag) == "careDocumentation"]
    ns = root.tag if _local(root.tag) != "Envelope" else next(
        (el.tag for el in root.iter() if _local(el.tag) == "GetCareDocumentationResponse"), "")
    version = 3 if ":3" in ns or any(_child(d, "header") is not None for d in docs) else 2
    patients: dict[str, list[dict[str, Any]]] = {}
    for i, doc in enumerate(docs):
        try:
            got = _note_from(doc, version)
        except ValueError as e:
            yield Broken(path, 1, f"careDocumentation[{i}]: {e}")
            continue
        if got is None:
            continue  # nullified: not part of the journal any more
        patient, note = got
        if not patient:
            yield Broken(path, 1, f"careDocumentation[{i}]: no patientId; the note cannot be "
                                  "tied to a patient")
            continue
        patients.setdefault(patient, []).append(note)
    if not docs:
        yield Broken(path, 1, "no careDocumentation in this GetCareDocumentation response")
    for patient, notes in patients.items():
        yield build_record({"patient": {"id": patient}, "notes": notes}, path, 1,
                           prefix="patientId")


def sniff_rivta(head: str, ext: str) -> int:
    if not head.startswith("<"):
        return 0
    if "GetCareDocumentationResponse" in head or "careDocumentation" in head:
        return 95
    return 0


register_format("rivta", [".xml"], sniff_rivta, parse_rivta)
