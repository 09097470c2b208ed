"""Inera RIV-TA ``GetCareDocumentation`` (contract majors 2 and 3) and ``GetDiagnosis`` 2
responses.

What feeds 1177 Journalen and NPÖ. One response becomes one record per patient; each
``careDocumentation`` a note, each GetDiagnosis ``diagnosis`` a registered diagnosis on the
record (``Record.diagnoses``). Both may stand alone or sit side by side in one SOAP body.
Facts this reader relies on (shared/data/rivta/README.md):

- v2: ``careDocumentationHeader`` (documentId, patientId, accountableHealthcareProfessional,
  legalAuthenticator, approvedForPatient, careContactId, nullified) + ``careDocumentationBody/
  clinicalDocumentNote``; v3: ``header/accessControlHeader`` (patientId, approvedForPatient),
  ``header/record/id`` (root-only ids accepted), ``header/author``, ``header/signature``, ``body``.
- GetDiagnosis 2 (core ``DiagnosisType``): ``diagnosisHeader`` (the v2 header: documentId,
  patientId, careContactId, nullified …) + ``diagnosisBody`` (typeOfDiagnosis Huvuddiagnos/
  Bidiagnos, diagnosisTime, diagnosisCode CV with ICD-10-SE ``1.2.752.116.1.1.1.1.3``). A
  diagnosis whose careContactId is that of exactly one note in the response gets that note
  as ``source_note``.
- Times ``YYYYMMDDhhmmss`` (local time). ``approvedForPatient=false`` means the note is not
  shown to the patient: such notes get the template :data:`NOT_APPROVED_TEMPLATE`, which the
  national ruleset lists as a protection, so every visibility rule treats them as hidden;
  the title of such a plain-text note becomes its sökord (a "Tidiga hypoteser" note stays one).
- ``clinicalDocumentNoteText`` is plain text, DocBook or CDA narrative markup inside a string:
  it is parsed a second time as untrusted XML; DocBook ``section/title`` and CDA ``caption``
  become sökord sections. Nullified notes and diagnoses are skipped.

XML is parsed incrementally with defusedxml (no DTDs, no external entities, no entity
expansion): only the current note's subtree is built, then turned into compact model data,
so a multi-GB response reads in flat memory. Limits per note, not per file: an element's
text over 5 MB, more than 20 000 elements, or nesting deeper than 256 make one NL901 line
(the rest of the file still reads); XML that breaks midway keeps the notes before it.
A time that is no time is one NL901 at its element (a bad signing time: the note is linted
as signed at its author time, never as a draft); a ``documentId`` a patient already has is
one NL901 (an exact copy skipped, another document kept as ``id (2)``), never the patient.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, BinaryIO, Iterable, Iterator
from xml.etree.ElementTree import Element, TreeBuilder

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from notelint.model import MAX_YEAR, MIN_YEAR, SourceLoc
from notelint.readers import Broken, Loaded, ReadItem, register_format
from notelint.readers.json_reader import build_record

NOT_APPROVED_TEMPLATE = "Ej godkänd för patient (approvedForPatient=false)"
NOTE_TYPES = {
    "utr": "Utredning", "atb": "Åtgärd/Behandling", "sam": "Sammanfattning",
    "sao": "Samordning", "ins": "Inskrivning", "slu": "Slutanteckning",
    "auf": "Anteckning utan fysiskt möte", "sva": "Slutenvårdsanteckning",
    "bes": "Besöksanteckning",
}
PERSON_OIDS = {"1.2.752.129.2.1.3.1", "1.2.752.129.2.1.3.3"}


@lru_cache(maxsize=1024)
def _local(tag: str) -> str:
    """``{namespace}name`` → ``name`` (cached: a response repeats a few dozen tags)."""
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
    """``YYYYMMDDhhmmss`` (or a date ``YYYYMMDD``) as ISO 8601; None when it is no time
    (also a year outside the model's range, which would refuse the whole record)."""
    if not value:
        return None
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 12:
        d = digits[:14].ljust(14, "0")
        parts = (d[:4], d[4:6], d[6:8], d[8:10], d[10:12], d[12:14])
    elif len(digits) == 8:
        parts = (digits[:4], digits[4:6], digits[6:8])
    else:
        return None
    try:
        t = dt.datetime(*map(int, parts))  # type: ignore[misc]
    except ValueError:
        return None
    return t.isoformat() if MIN_YEAR <= t.year <= MAX_YEAR else None


Problems = list[tuple[str, str]]   # (``parent/element`` where it is, what is wrong)


def _checked_time(value: str | None, where: str, problems: Problems) -> str | None:
    """:func:`_time`, and a problem when a time is there but cannot be read: a bad time is
    reported, never silently dropped. ``where``: ``parent/element``, also in the message."""
    t = _time(value)
    if value and t is None:
        problems.append((where, f"{where} '{value[:20]}' är ingen giltig tidpunkt "
                                "(ÅÅÅÅMMDDttmmss)"))
    return t


def _shown(iso: str) -> str:
    return iso[:16].replace("T", " ")


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


_BLANK_RUN = re.compile(r"[ \t\n]+")


def _one_break(m: re.Match[str]) -> str:
    return "\n" if "\n" in m.group() else m.group()


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
        # a run of blanks with a line break in it is one line break (each run matched
        # once: "[ \t]*\n" would rescan a long run of spaces from each of them)
        return _BLANK_RUN.sub(_one_break, "".join(parts)).strip()

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


def _professional_unit(pro: Element | None) -> dict[str, str | None]:
    """The unit of a v2 ``accountableHealthcareProfessional`` (org unit, else care unit)."""
    return {"hsa_id": _text(pro, "healthcareProfessionalOrgUnit", "orgUnitHSAId")
            or _text(pro, "healthcareProfessionalCareUnitHSAId"),
            "name": _text(pro, "healthcareProfessionalOrgUnit", "orgUnitName")}


def _compact(d: dict[str, str | None]) -> dict[str, str] | None:
    return {k: v for k, v in d.items() if v} or None


Parsed = tuple[str | None, dict[str, Any], str | None]   # patient, model data, careContactId


def _note_from(doc: Element, version: int, problems: Problems) -> Parsed | None:
    """One ``careDocumentation`` as a note (None when nullified); what could not be read
    but still lets the note be linted goes to ``problems``."""
    contact = None
    if version == 2:
        header = _child(doc, "careDocumentationHeader")
        body = _child(doc, "careDocumentationBody", "clinicalDocumentNote")
        if header is None:
            raise ValueError("careDocumentationHeader saknas")
        if (_text(header, "nullified") or "").lower() == "true":
            return None
        pro = _child(header, "accountableHealthcareProfessional")
        patient = _pin(_text(header, "patientId", "id"))
        note_id = _text(header, "documentId")
        approved = _text(header, "approvedForPatient")
        author_time = _text(pro, "authorTime")
        signed = _text(header, "legalAuthenticator", "signatureTime")
        unit = _professional_unit(pro)
        author = {"name": _text(pro, "healthcareProfessionalName"),
                  "role": _text(pro, "healthcareProfessionalRoleCode", "displayName")
                  or _text(pro, "healthcareProfessionalRoleCode", "code")}
        code = _text(body, "clinicalDocumentNoteCode")
        title = _text(body, "clinicalDocumentNoteTitle") or _text(header, "documentTitle")
        system = _text(header, "sourceSystemHSAid")
        contact = _text(header, "careContactId")
    else:
        header = _child(doc, "header")
        body = _child(doc, "body")
        if header is None:
            raise ValueError("header saknas")
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
        raise ValueError("dokumentet saknar id (documentId / header/record/id)")
    raw = _text(body, "clinicalDocumentNoteText") if body is not None else None
    sections = _markup_sections(raw) if raw else None
    template = title or NOTE_TYPES.get((code or "").lower())
    hidden = (approved or "").lower() == "false"
    if sections is None:
        # plain text: a note kept from the patient keeps its title as the text's sökord, so
        # a "Tidiga hypoteser" note is still known as one (NL104, NL105)
        keyword = title if hidden and title else "Anteckning"
        sections = [{"keyword": keyword, "text": raw}] if raw else []
    if hidden:
        template = NOT_APPROVED_TEMPLATE
    time_label, signed_label = (
        ("accountableHealthcareProfessional/authorTime", "legalAuthenticator/signatureTime")
        if version == 2 else ("author/timestamp", "signature/timestamp"))
    time = _checked_time(author_time, time_label, problems)
    signed_at = _time(signed)
    if signed and signed_at is None:
        # signed, but when cannot be read: never a draft by accident
        if time is None:
            raise ValueError(f"{signed_label} '{signed[:20]}' är ingen giltig tidpunkt och "
                             "anteckningen har ingen annan; den hoppas över — rätta tiden "
                             "(ÅÅÅÅMMDDttmmss) i exporten")
        signed_at = time
        problems.append((signed_label, f"{signed_label} '{signed[:20]}' är ingen giltig "
                                     "tidpunkt (ÅÅÅÅMMDDttmmss); anteckningen granskas som "
                                     f"signerad {_shown(time)} ({time_label})"))
    note = {
        "id": note_id, "system": _system_name(system), "template": template,
        "unit": _compact(unit), "author": _compact(author),
        "time": time, "signed": signed_at, "sections": sections,
    }
    return patient, note, contact


DIAGNOSIS_TYPES = {"huvuddiagnos", "bidiagnos"}


def _diagnosis_from(el: Element, problems: Problems) -> Parsed | None:
    """One GetDiagnosis ``diagnosis`` (core ``DiagnosisType``) as a Diagnosis (None when
    nullified). Its time is ``diagnosisTime``, else ``documentTime``, else ``authorTime``."""
    header = _child(el, "diagnosisHeader")
    body = _child(el, "diagnosisBody")
    if header is None:
        raise ValueError("diagnosisHeader saknas")
    if (_text(header, "nullified") or "").lower() == "true":
        return None
    diag_id = _text(header, "documentId")
    if not diag_id:
        raise ValueError("diagnosen saknar documentId")
    pro = _child(header, "accountableHealthcareProfessional")
    code = _child(body, "diagnosisCode")
    kind = (_text(body, "typeOfDiagnosis") or "").casefold()
    diagnosis = {
        "id": diag_id, "code": _text(code, "code"), "code_system": _text(code, "codeSystem"),
        "display_name": _text(code, "displayName") or _text(code, "originalText"),
        "time": _checked_time(_text(body, "diagnosisTime"), "diagnosisBody/diagnosisTime",
                              problems)
        or _checked_time(_text(header, "documentTime"), "diagnosisHeader/documentTime", problems)
        or _checked_time(_text(pro, "authorTime"), "accountableHealthcareProfessional/authorTime",
                         problems),
        "type": kind if kind in DIAGNOSIS_TYPES else None,
        "unit": _compact(_professional_unit(pro)),
    }
    return _pin(_text(header, "patientId", "id")), diagnosis, _text(header, "careContactId")


# --------------------------------------------------------------------------- streaming

# An item is one element the reader turns into model data; only its subtree is ever built.
ITEMS = {"GetCareDocumentationResponse": "careDocumentation", "GetDiagnosisResponse": "diagnosis"}
_ROOTS = set(ITEMS.values())
SKIPPED = {"multimediaEntry"}   # inline images and files: never needed, never held
CHUNK_CHARS = 64 * 1024
MAX_TEXT_CHARS = 5 * 1024 * 1024
MAX_ITEM_ELEMENTS = 20_000
MAX_DEPTH = 256


# elements whose place a problem names (times, ids): recorded as ``parent/element``
_PLACED = {"authorTime", "signatureTime", "timestamp", "diagnosisTime", "documentTime",
           "documentId", "id"}


class _TooDeep(Exception):
    pass


@dataclass
class _Item:
    """The item being built: its subtree, where it starts, and whether it broke a limit."""

    name: str
    index: int
    line: int
    column: int
    response_ns: str
    builder: TreeBuilder | None = field(default_factory=TreeBuilder)
    depth: int = 0
    elements: int = 0
    run: int = 0                       # characters of the current text run
    skip_depth: int = 0                # > 0 inside a SKIPPED subtree
    problem: str | None = None
    root: Element | None = None
    places: dict[str, tuple[int, int]] = field(default_factory=dict)  # parent/tag → first place


class _Collector:
    """Parser target: builds only the current item's subtree and drops everything else, so
    memory holds one note, not the response. Completed items wait in :attr:`done`."""

    def __init__(self) -> None:
        self.expat: Any = None
        self.stack: list[str] = []
        self.namespaces: list[str] = []
        self.item: _Item | None = None
        self.done: list[_Item] = []
        self.counts: dict[str, int] = {}

    def _position(self) -> tuple[int, int]:
        return self.expat.CurrentLineNumber, self.expat.CurrentColumnNumber + 1

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        local = _local(tag)
        parent = self.stack[-1] if self.stack else None
        self.stack.append(local)
        item = self.item
        if len(self.stack) > MAX_DEPTH:
            if item is None:
                raise _TooDeep  # the envelope itself: not a response
            if not item.problem:  # inside a note: that note is broken, the rest still reads
                self._fail(item, f"är nästlad djupare än {MAX_DEPTH} element")
        if item is None:
            if local in ITEMS:
                self.namespaces.append(tag[1:].split("}", 1)[0] if tag.startswith("{") else "")
            elif parent in ITEMS and ITEMS[parent] == local or parent is None and local in _ROOTS:
                self._open(local, tag, attrib)  # in its response, or one item as the root
            return
        item.depth += 1
        item.elements += 1
        item.run = 0
        if item.problem or item.skip_depth:
            item.skip_depth += bool(item.skip_depth)
            return
        if local in SKIPPED:
            item.skip_depth = 1
        elif item.elements > MAX_ITEM_ELEMENTS:
            self._fail(item, f"har fler än {MAX_ITEM_ELEMENTS} element")
        elif sum(map(len, attrib.values())) > MAX_TEXT_CHARS:
            self._fail(item, f"{local} har mer än {MAX_TEXT_CHARS // (1024 * 1024)} MB "
                             "attribut")
        else:
            if local in _PLACED:
                item.places.setdefault(f"{parent}/{local}", self._position())
            item.builder.start(tag, attrib)  # type: ignore[union-attr]

    def _open(self, local: str, tag: str, attrib: dict[str, str]) -> None:
        index = self.counts.get(local, 0)
        self.counts[local] = index + 1
        line, column = self._position()
        ns = self.namespaces[-1] if self.namespaces else ""
        self.item = _Item(local, index, line, column, ns)
        self.item.builder.start(tag, attrib)  # type: ignore[union-attr]

    def _fail(self, item: _Item, problem: str) -> None:
        item.problem = problem
        item.builder = None  # let the partial subtree go now

    def data(self, text: str) -> None:
        item = self.item
        if item is None or item.problem or item.skip_depth:
            return
        item.run += len(text)
        if item.run > MAX_TEXT_CHARS:
            name = self.stack[-1]
            self._fail(item, f"{name} har mer än {MAX_TEXT_CHARS // (1024 * 1024)} MB "
                             "text")
            return
        item.builder.data(text)  # type: ignore[union-attr]

    def end(self, tag: str) -> None:
        self.stack.pop()
        item = self.item
        if item is None:
            return
        item.run = 0
        if item.depth == 0:
            if item.builder is not None:
                item.root = item.builder.end(tag)
                item.builder = None
            self.done.append(item)
            self.item = None
            return
        item.depth -= 1
        if item.skip_depth:
            item.skip_depth -= 1
        elif item.builder is not None:
            item.builder.end(tag)

    def close(self) -> None:
        return None

    def drain(self) -> list[_Item]:
        done, self.done = self.done, []
        return done


class _Patients:
    """Model data per patient until the response ends, held compactly (JSON bytes, one a
    note or diagnosis) — never the XML. One record a patient, in order of first appearance."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.first_line: dict[str, int] = {}
        self.notes: dict[str, list[tuple[int, bytes]]] = {}
        self.diagnoses: dict[str, list[tuple[bytes, str | None]]] = {}
        self.contacts: dict[tuple[str, str], str | None] = {}   # None: several notes
        # (patient, item kind) → id → (line, digest of the model data) of the first with it
        self.ids: dict[tuple[str, str], dict[str, tuple[int, bytes]]] = {}

    def add(self, item: _Item) -> list[Broken]:
        """Keep the item's model data; a Broken for each thing that could not be read
        (the item is still kept when it can be linted)."""
        where = f"{item.name}[{item.index}]"
        if item.problem:
            return [Broken(self.path, item.line, f"{where} {item.problem}; den hoppas över — "
                           "dela eller korta den i journalsystemet och exportera igen",
                           item.column)]
        problems: Problems = []
        try:
            got = self._parse(item, problems)
        except ValueError as e:
            return [Broken(self.path, item.line, f"{where}: {e}", item.column)]
        out = [self._at(item, tag, f"{where}: {text} — rätta den i exporten")
               for tag, text in problems]
        if got is None:
            return out  # nullified: not part of the journal any more
        patient, data, contact = got
        if not patient:
            return [Broken(self.path, item.line, f"{where}: patientId saknas; den kan inte "
                                                 "knytas till en patient", item.column)]
        blob = _compact_json(data)
        duplicate, keep = self._duplicate(patient, item, data, blob, where)
        if duplicate is not None:
            out.append(duplicate)
            if not keep:
                return out
            blob = _compact_json(data)  # kept under a new id
        self.first_line.setdefault(patient, item.line)
        if item.name == "diagnosis":
            self.diagnoses.setdefault(patient, []).append((blob, contact))
            return out
        self.notes.setdefault(patient, []).append((item.line, blob))
        if contact:
            key = (patient, contact)
            self.contacts[key] = None if key in self.contacts else data["id"]
        return out

    def _at(self, item: _Item, tag: str, message: str) -> Broken:
        """A Broken at element ``tag`` (``parent/element``) of the item, else at the item."""
        line, column = item.places.get(tag, (item.line, item.column))
        return Broken(self.path, line, message, column)

    def _duplicate(self, patient: str, item: _Item, data: dict[str, Any], blob: bytes,
                   where: str) -> tuple[Broken | None, bool]:
        """(a Broken when the patient already has a note / diagnosis with this id, whether
        to keep the item): an exact copy is skipped, a different document is kept under
        ``id (2)`` — one duplicate never costs the patient's other notes. Only a digest of
        each item is held."""
        seen = self.ids.setdefault((patient, item.name), {})
        doc_id = data["id"]
        tag = next((t for t in ("careDocumentationHeader/documentId",
                                "diagnosisHeader/documentId", "record/id")
                    if t in item.places), "")
        digest = hashlib.blake2b(blob, digest_size=16).digest()
        if doc_id not in seen:
            seen[doc_id] = (item.line, digest)
            return None, True
        first_line, first = seen[doc_id]
        if first == digest:
            return self._at(item, tag, f"{where}: id '{doc_id}' är en kopia av den på rad "
                                       f"{first_line}; kopian hoppas över"), False
        n = 2
        while f"{doc_id} ({n})" in seen:
            n += 1
        data["id"] = new_id = f"{doc_id} ({n})"
        seen[new_id] = (item.line, digest)
        return self._at(item, tag, f"{where}: id '{doc_id}' används redan på rad {first_line} "
                                   f"av ett annat dokument; det här granskas som '{new_id}' — "
                                   "ett dokument-id ska vara unikt, rätta exporten"), True

    @staticmethod
    def _parse(item: _Item, problems: Problems) -> Parsed | None:
        doc = item.root
        assert doc is not None
        if item.name == "diagnosis":
            return _diagnosis_from(doc, problems)
        v3 = _child(doc, "header") is not None or (
            _child(doc, "careDocumentationHeader") is None and item.response_ns.endswith(":3"))
        return _note_from(doc, 3 if v3 else 2, problems)

    def records(self) -> Iterator[ReadItem]:
        """Each patient's record, built one at a time and let go as it is yielded."""
        for patient in list(self.first_line):
            notes = self.notes.pop(patient, [])
            diagnoses = [self._diagnosis(patient, blob, contact)
                         for blob, contact in self.diagnoses.pop(patient, [])]
            data = {"patient": {"id": patient}, "notes": [json.loads(b) for _, b in notes],
                    "diagnoses": diagnoses}
            item = build_record(data, self.path, self.first_line[patient], prefix="patientId")
            if isinstance(item, Loaded):
                for note, (line, _) in zip(item.record.notes, notes):
                    note.set_loc(SourceLoc(path=self.path, line=line))
            yield item

    def _diagnosis(self, patient: str, blob: bytes, contact: str | None) -> dict[str, Any]:
        """A diagnosis, tied to the note of its care contact when exactly one note has it."""
        d: dict[str, Any] = json.loads(blob)
        if contact and self.contacts.get((patient, contact)):
            d["source_note"] = self.contacts[(patient, contact)]
        return d


def _compact_json(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _refused(path: str, collector: _Collector, exc: BaseException) -> Broken:
    """The one NL901 line for XML that stops the read (the items before it still count)."""
    if isinstance(exc, SafeET.ParseError):
        line, col = getattr(exc, "position", (1, 0))
        reason = re.sub(r":? line \d+, column \d+$", "", str(exc))
        return Broken(path, line, f"ogiltig XML i kolumn {col + 1} ({reason}); exportera "
                                  "svaret igen (anteckningarna före detta ställe är lästa)", col + 1)
    line, col = (collector._position() if collector.expat is not None else (1, 1))
    if isinstance(exc, _TooDeep):
        return Broken(path, line, f"XML nästlad djupare än {MAX_DEPTH} element; det här är "
                                  "inget RIV-TA-svar — exportera det igen", col)
    return Broken(path, line, "XML med DTD eller entitetsdeklarationer vägras (osäkert); "
                              "exportera svaret utan DOCTYPE", col)


def _read_stream(chunks: Iterable[str], path: str) -> Iterator[ReadItem]:
    """Parse text chunks incrementally (defusedxml: no DTD, no entities, no external
    references), turning each item into model data as soon as it is complete."""
    collector = _Collector()
    parser = DefusedXMLParser(target=collector, forbid_dtd=True)
    collector.expat = parser.parser
    patients = _Patients(path)
    stop: Broken | None = None
    try:
        for chunk in chunks:
            parser.feed(chunk)
            yield from _taken(patients, collector)
        parser.close()
    except (SafeET.ParseError, DefusedXmlException, _TooDeep) as e:
        stop = _refused(path, collector, e)
    yield from _taken(patients, collector)
    if stop is not None:
        yield stop
    elif not collector.counts:
        yield Broken(path, 1, "ingen careDocumentation eller diagnosis i detta RIV-TA-svar "
                              "(GetCareDocumentation / GetDiagnosis)")
    yield from patients.records()


def _taken(patients: _Patients, collector: _Collector) -> Iterator[Broken]:
    for item in collector.drain():
        yield from patients.add(item)


class _Decoder:
    """Bytes to text chunk by chunk, as :func:`notelint.readers.decode_checked` does for a
    whole file: UTF-8 with or without BOM, UTF-16 by its BOM, else Windows-1252 (Latin-1 for
    the bytes 1252 leaves undefined) from the first chunk that is not UTF-8 — unless the
    file has shown itself UTF-8 (a valid "ä" before, or as many in that chunk as bad bytes):
    then bad bytes become U+FFFD, the rest stays UTF-8 and :attr:`bad` is the NL901 that
    says so (one stray byte must not turn "Misstänkt" into "MisstÃ¤nkt")."""

    def __init__(self, path: str = "") -> None:
        self._inc: codecs.IncrementalDecoder | None = None
        self._utf16 = False
        self._single_byte = False
        self._utf8_seen = False  # a valid non-ASCII UTF-8 character decoded so far
        self._lines = 0          # line breaks in the text given so far
        self._column = 0         # characters after its last line break (a count: a long
        # line without breaks, kept as text and grown chunk by chunk, cost its square)
        self.path = path
        self.bad: Broken | None = None

    def __call__(self, data: bytes, final: bool = False) -> str:
        if self._single_byte:
            return _single_byte(data)
        if self._inc is None:
            data = self._start(data)
        assert self._inc is not None
        try:
            text = self._inc.decode(data, final)
        except UnicodeDecodeError:  # never for UTF-16 nor once replacing: they replace
            pending = self._inc.getstate()[0]
            text = (pending + data).decode("utf-8", errors="replace") if final else \
                codecs.getincrementaldecoder("utf-8")(errors="replace").decode(pending + data)
            bad = text.count("\ufffd") - (pending + data).count("\ufffd".encode())
            good = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
            if not (self._utf8_seen or good >= bad):
                self._single_byte = True
                return _single_byte(pending + data)
            rest = codecs.getincrementaldecoder("utf-8")(errors="replace")
            text = rest.decode(pending + data, final)
            self._inc = rest
            if self.bad is None:
                from notelint.readers import bad_bytes_item

                self.bad = bad_bytes_item(text, text.index("\ufffd"), self.path,
                                          first_line=self._lines + 1,
                                          first_column=self._column + 1)
        if not self._utf8_seen and not text.isascii():
            self._utf8_seen = True
        breaks = text.count("\n")
        self._lines += breaks
        self._column = len(text) - text.rfind("\n") - 1 if breaks else self._column + len(text)
        return text

    def _start(self, data: bytes) -> bytes:
        self._utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
        if self._utf16:  # bad bytes become U+FFFD, as readers.decode does for stdin
            self._inc = codecs.getincrementaldecoder("utf-16")(errors="replace")
        else:
            self._inc = codecs.getincrementaldecoder("utf-8")()
        return data[3:] if data.startswith(b"\xef\xbb\xbf") else data


def _single_byte(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _file_chunks(fh: BinaryIO, decoder: _Decoder) -> Iterator[str]:
    while True:
        data = fh.read(CHUNK_CHARS)
        if not data:
            tail = decoder(b"", final=True)
            if tail:
                yield tail
            return
        text = decoder(data)
        if text:
            yield text


def stream_rivta(fh: BinaryIO, path: str) -> Iterator[ReadItem]:
    """Read a RIV-TA response file incrementally: memory holds the model data, not the XML."""
    decoder = _Decoder(path)
    yield from _read_stream(_file_chunks(fh, decoder), path)
    if decoder.bad is not None:  # (bytes replaced: said, the file still read)
        yield decoder.bad


def parse_rivta(text: str, path: str) -> Iterator[ReadItem]:
    """Read a response already in memory (stdin, an HTTP body), in chunks like a file."""
    chunks = (text[i:i + CHUNK_CHARS] for i in range(0, len(text), CHUNK_CHARS))
    yield from _read_stream(chunks, path)


def sniff_rivta(head: str, ext: str) -> int:
    if not head.startswith("<"):
        return 0
    if any(name in head for name in ("GetCareDocumentationResponse", "careDocumentation",
                                      "GetDiagnosisResponse")):
        return 95
    return 0


register_format("rivta", [".xml"], sniff_rivta, parse_rivta, stream_rivta)
