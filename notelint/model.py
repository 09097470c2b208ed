"""Interchange format v1 (normative, docs/format.md) and the Finding that rules emit.

Every model forbids unknown fields, so a typo in an export ("sektions") is an error
with its JSON path instead of a silently disabled rule. Source positions (file, line,
column) are kept beside the data, set by the readers (see ``_Model``).

Beside the normative v1 fields a record may carry ``diagnoses``: registered (structured)
diagnoses, e.g. from RIV-TA ``GetDiagnosis``. The list is optional and empty by default,
so every v1 export stays valid; rules use it as context (NL105: a hypothesis settled by a
registered diagnosis), never as a finding target.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Annotated, Any, Iterator, Literal

from pydantic import (AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr,
                      field_validator, model_validator)

from notelint import pii

__all__ = [
    "Unit", "Author", "Heading", "Section", "Note", "Decider", "AccessEvent", "Message",
    "Attachment", "Conversation", "Treatment", "Patient", "Diagnosis", "Record", "Finding",
    "Target", "Span", "SourceLoc", "ACCESS_ACTIONS", "record_schema",
]

ACCESS_ACTIONS = (
    "seal", "unseal", "lock", "unlock", "block_guardian", "unblock_guardian", "extend",
    "grant_minor_access", "grant_guardian_access", "revoke_guardian_access",
)


# --------------------------------------------------------------------------- times
#: dates outside these years are an input error, not a date to compute with (year 1 and
#: 9999 overflow any arithmetic a rule does); an *end* in year 9999 means "no end"
MIN_YEAR, MAX_YEAR = 1800, 2200
_STOCKHOLM: Any = None


def local_time(t: dt.datetime) -> dt.datetime:
    """A time with an offset (``+01:00``, ``Z``) as Swedish local time without one, so
    that every time in a record compares with every other (naive and aware never mix)."""
    global _STOCKHOLM
    if t.tzinfo is None:
        return t
    if _STOCKHOLM is None:
        from zoneinfo import ZoneInfo

        _STOCKHOLM = ZoneInfo("Europe/Stockholm")
    try:
        return t.astimezone(_STOCKHOLM).replace(tzinfo=None)
    except (OverflowError, ValueError):  # year 1 / 9999: the range check reports it
        return t.replace(tzinfo=None)


def _in_range(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        value = local_time(value)
    if isinstance(value, dt.date) and not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"året {value.year} ligger utanför {MIN_YEAR}–{MAX_YEAR}; "
                         "ange det verkliga datumet (eller utelämna ett öppet slut)")
    return value


def _open_end(value: Any) -> Any:
    """``9999-12-31`` (and any year past MAX_YEAR) is how systems write "no end"."""
    if isinstance(value, dt.date) and value.year > MAX_YEAR:
        return None
    return _in_range(value)


def _written(value: Any) -> Any:
    """A time or date is written as text: a number (``"signed": 0``) would be read as
    seconds since 1970 and pass for a real moment."""
    if isinstance(value, (int, float)):
        raise ValueError("tider och datum skrivs som text (ÅÅÅÅ-MM-DD eller "
                         "ÅÅÅÅ-MM-DDTtt:mm), inte som tal")
    return value


Time = Annotated[dt.datetime, BeforeValidator(_written), AfterValidator(_in_range)]
Day = Annotated[dt.date, BeforeValidator(_written), AfterValidator(_in_range)]
DayOrTime = Annotated[dt.date | dt.datetime, BeforeValidator(_written), AfterValidator(_in_range)]
EndDay = Annotated[dt.date, BeforeValidator(_written), AfterValidator(_open_end)]
EndDayOrTime = Annotated[dt.date | dt.datetime, BeforeValidator(_written), AfterValidator(_open_end)]


class SourceLoc(BaseModel):
    """Where an object starts in its input file (1-based line and column)."""

    model_config = ConfigDict(frozen=True)
    path: str
    line: int = 1
    column: int = 1


class _Model(BaseModel):
    """Base of the format's objects: unknown fields forbidden, a source position beside the data.

    The position lives in pydantic's own private-attribute slot, created only when a reader
    sets one: declared private attributes would be initialised for every object (a
    third of validation time), while only records, notes, events, cases and sections
    carry a position.
    """

    # the docstring under each field is its description in `notelint schema` (read from
    # the source only then: pydantic's use_attribute_docstrings costs every import)
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    @property
    def loc(self) -> SourceLoc | None:
        private = self.__pydantic_private__
        return private.get("loc") if private else None

    def set_loc(self, loc: SourceLoc | None) -> None:
        if self.__pydantic_private__ is None:
            object.__setattr__(self, "__pydantic_private__", {})
        self.__pydantic_private__["loc"] = loc  # type: ignore[index]


class Unit(_Model):
    """A care unit (vårdenhet)."""

    name: str | None = None
    """The unit's name as the journal system shows it."""
    hsa_id: str | None = None
    """The unit's HSA-id (e.g. SE2321000032-1234); compared before the name."""

    def same_as(self, other: "Unit | None") -> bool:
        """Same unit: by HSA-id where both have one, else by name (case-insensitive)."""
        if other is None:
            return False
        if self.hsa_id and other.hsa_id:
            return self.hsa_id.strip().upper() == other.hsa_id.strip().upper()
        if self.name and other.name:
            return self.name.strip().casefold() == other.name.strip().casefold()
        return False


class Author(_Model):
    """Who wrote or signed a note."""

    name: str | None = None
    """The author's name."""
    role: str | None = None
    """Professional role (läkare, sjuksköterska, kurator …)."""


@dataclass(frozen=True)
class Heading:
    """How a text reader read a section's heading when it had to judge: ``written`` as in
    the file at ``line``/``column``; ``corrected`` True = a misspelt known sökord read as
    the section's keyword (``meant``), False = a heading no ruleset knows, a section of
    its own (``meant``: the protected sökord it is one letter from, which it does not get)."""

    written: str
    meant: str | None
    corrected: bool
    line: int
    column: int


class Section(_Model):
    """One sökord (journal heading) of a note and its text."""

    keyword: str
    """The sökord, e.g. 'Bedömning', 'Tidiga hypoteser', 'Reglerad åtkomst på 1177.se'."""
    text: str = ""
    """The section's text, verbatim."""

    @property
    def heading(self) -> Heading | None:
        """Set by the text reader for a heading it read by a guess (NL903 reports it)."""
        private = self.__pydantic_private__
        return private.get("heading") if private else None

    def set_heading(self, heading: Heading) -> None:
        if self.__pydantic_private__ is None:
            object.__setattr__(self, "__pydantic_private__", {})
        self.__pydantic_private__["heading"] = heading  # type: ignore[index]

    def position(self, offset: int) -> tuple[int, int] | None:
        """Map an offset into ``text`` to (line, column) in the source file.

        Only text readers record where a section's text starts; for JSON input the
        answer is None and findings point at the note's own line.
        """
        loc = self.loc
        if loc is None:
            return None
        offset = max(0, min(offset, len(self.text)))
        before = self.text[:offset]
        newlines = before.count("\n")
        if newlines == 0:
            return loc.line, loc.column + offset
        return loc.line + newlines, offset - before.rfind("\n")


class Note(_Model):
    """One journal note (anteckning)."""

    id: str
    """The note's id in the journal system; unique within the record."""
    system: str | None = None
    """Journal system (PMO, Melior, Cosmic, TakeCare, Asynja …); rulesets filter by it."""
    template: str | None = None
    """The template (mall) the note was written in; protected templates are hidden in 1177 Journalen."""
    unit: Unit | None = None
    """The unit that wrote the note."""
    author: Author | None = None
    """Who wrote the note."""
    time: Time | None = None
    """When the note was written (ISO 8601; an offset is read as Swedish local time)."""
    signed: Time | None = None
    """When the note was signed; null = an unsigned draft (the pre-signing case)."""
    setting: str | None = None
    """Care setting as free text (öppenvård, slutenvård, psykiatrisk slutenvård …); the ruleset maps it."""
    refs: list[str] = Field(default_factory=list)
    """Ids of 1177 cases (conversations) or treatments this note documents."""
    sections: list[Section] = Field(default_factory=list)
    """The note's sökord sections, in order."""

    @property
    def is_draft(self) -> bool:
        return self.signed is None

    @property
    def text(self) -> str:
        """All section text, one section a paragraph (for prefilters and search)."""
        return "\n\n".join(f"{s.keyword}: {s.text}" for s in self.sections)


class Decider(_Model):
    """Who decided an access change."""

    name: str | None = None
    """The decider's name."""
    role: str | None = None
    """The decider's role (verksamhetschef, bakjour, delegerad …); rulesets say who may decide when."""


class AccessEvent(_Model):
    """A change of access to the patient's journal in 1177 (Reglerad åtkomst)."""

    id: str
    """The event's id; unique within the record."""
    action: Literal[
        "seal", "unseal", "lock", "unlock", "block_guardian", "unblock_guardian", "extend",
        "grant_minor_access", "grant_guardian_access", "revoke_guardian_access",
    ]
    """What changed: seal, unseal, lock, unlock, block_guardian, unblock_guardian, extend, grant_minor_access (13–15 own access), grant_guardian_access, revoke_guardian_access."""
    scope: Literal["whole", "unit"] = "whole"
    """whole = the whole journal, unit = one unit's notes."""
    initiated_by: Literal["patient", "staff"] = "staff"
    """patient = the patient's own choice in 1177, staff = decided by care staff."""
    unit: Unit | None = None
    """The deciding unit."""
    ordered: Time | None = None
    """When the change was ordered."""
    start: Day | None = None
    """First day the change applies."""
    end: EndDay | None = None
    """Last day it applies; 9999-12-31 or null = no end date."""
    decided_by: Decider | None = None
    """Who decided."""
    guardian_id: str | None = None
    """The guardian's personnummer for guardian blocks and grants."""
    urgent: bool = False
    """Ordered urgently by phone (a form must follow)."""
    form_sent: Day | None = None
    """The day the order form was sent."""
    ongoing_care: bool | None = None
    """Whether the patient is in ongoing care at the unit (staff seals need it)."""
    reason: str | None = None
    """The reason given for the change."""



class Message(_Model):
    """One message of a 1177 case or a treatment."""

    sender: str
    """patient (Invånare, Patient, Vårdnadshavare, Ombud) or staff (anyone else)."""
    time: Time | None = None
    """When the message was sent."""
    text: str = ""
    """The message text."""

    @property
    def from_patient(self) -> bool:
        return self.sender.strip().casefold() in {"patient", "invånare", "invanare"}


class Attachment(_Model):
    """A file attached to a 1177 case."""

    name: str
    """The file name."""
    kind: Literal["image", "document", "other"] = "other"
    """image, document or other."""


class Conversation(_Model):
    """A 1177 e-service case (ärende) with its messages."""

    id: str
    """The case id (e.g. 1177-4711); notes name it in refs."""
    type: str = ""
    """The e-service's name for the case (Rådgivning, Förnya recept …); the ruleset maps it to a kind."""
    unit: Unit | None = None
    """The unit that handled the case."""
    opened: Time | None = None
    """When the case was created."""
    handled: Time | None = None
    """When the case was handled (closed)."""
    concerns_care: bool = True
    """Whether the case concerns the patient's care (then it must be documented)."""
    messages: list[Message] = Field(default_factory=list)
    """The case's messages, in order."""
    attachments: list[Attachment] = Field(default_factory=list)
    """Files attached to the case."""


class Treatment(_Model):
    """A Stöd och behandling (platform) treatment."""

    id: str
    """The treatment's id; notes name it in refs."""
    program: str = ""
    """The programme's name."""
    unit: Unit | None = None
    """The responsible unit."""
    status: Literal["planned", "ongoing", "completed", "aborted"] = "ongoing"
    """planned, ongoing, completed or aborted."""
    start: DayOrTime | None = None
    """When the treatment started."""
    end: EndDayOrTime | None = None
    """When it ended; 9999-12-31 or null = not ended."""
    messages: list[Message] = Field(default_factory=list)
    """Messages exchanged on the platform."""


ICD10_SE_OID = "1.2.752.116.1.1.1.1.3"


class Diagnosis(_Model):
    """A registered (structured) diagnosis, as the journal system's diagnosis list holds it.

    ``code``/``code_system``: the diagnosis code and its code system (ICD-10-SE is
    ``1.2.752.116.1.1.1.1.3``; a missing system is read as ICD-10-SE); ``display_name``: the
    code's text; ``time``: when the diagnosis was set (else when it was registered);
    ``type``: ``huvuddiagnos`` or ``bidiagnos``; ``unit``: the registering unit;
    ``source_note``: the id of the note it was registered with, where known.
    """

    id: str
    """The diagnosis' id in the journal system (RIV-TA documentId)."""
    code: str | None = None
    """The diagnosis code, e.g. F31.9."""
    code_system: str | None = None
    """OID of the code system; ICD-10-SE is 1.2.752.116.1.1.1.1.3 (also when missing)."""
    display_name: str | None = None
    """The code's text."""
    time: Time | None = None
    """When the diagnosis was set (else when it was registered)."""
    type: Literal["huvuddiagnos", "bidiagnos"] | None = None
    """huvuddiagnos or bidiagnos."""
    unit: Unit | None = None
    """The registering unit."""
    source_note: str | None = None
    """The id of the note it was registered with, where known."""

    @property
    def icd10(self) -> str | None:
        """The code if it is an ICD-10(-SE) code (by code system, or none given), else None."""
        if not self.code:
            return None
        system = (self.code_system or "").strip().casefold()
        if system in {"", ICD10_SE_OID} or ("icd" in system and "10" in system):
            return self.code.strip().upper()
        return None


BAD_PIN = ("inte ett giltigt personnummer/samordningsnummer (10 eller 12 siffror, "
           "ÅÅÅÅMMDD-NNNN; kontrollsiffran eller datumet är fel, eller ett reservnummer)")


class Patient(_Model):
    """The patient whose journal the record is."""

    id: str
    """Personnummer or samordningsnummer (10 or 12 digits, with or without '-'); masked in every output."""
    birth_date: Day | None = None
    """Birth date; derived from the id when absent."""
    protected_identity: bool = False
    """Skyddad identitet (protected personal data)."""

    @model_validator(mode="after")
    def _derive_birth_date(self) -> "Patient":
        if self.birth_date is None:
            self.birth_date = pii.birth_date(self.id)
        return self

    @property
    def sex_by_id(self) -> Literal["F", "M"] | None:
        """The legal sex a valid personnummer or samordningsnummer encodes; None else."""
        return pii.legal_sex(self.id)

    def age_on(self, day: dt.date) -> int | None:
        if self.birth_date is None:
            return None
        b = self.birth_date
        return day.year - b.year - ((day.month, day.day) < (b.month, b.day))

    @property
    def masked_id(self) -> str:
        return pii.mask(self.id)


class Record(_Model):
    """One patient's export: interchange format v1 (docs/format.md)."""

    patient: Patient
    """The patient."""
    as_of: Time | None = None
    """The moment the export describes (default: the latest time in it); deadlines are judged at it."""
    notes: list[Note] = Field(default_factory=list)
    """Journal notes."""
    access_events: list[AccessEvent] = Field(default_factory=list)
    """Access changes in 1177 (seals, locks, guardian blocks, grants)."""
    conversations: list[Conversation] = Field(default_factory=list)
    """1177 e-service cases."""
    treatments: list[Treatment] = Field(default_factory=list)
    """Stöd och behandling treatments."""
    diagnoses: list[Diagnosis] = Field(default_factory=list)
    """Registered (structured) diagnoses; optional, used as context only."""
    _latest: tuple[Any, dt.datetime] | None = PrivateAttr(default=None)

    @property
    def id_problems(self) -> list[str]:
        """Identity numbers that fail validation (a wrong check digit or date, a
        reservnummer): the record is still linted with what can be checked — no age
        without a birth date — and each bad number is its own NL901 (see the engine)."""
        out = []
        if not pii.is_valid_pin(self.patient.id):
            out.append(f"patient.id: {BAD_PIN}")
        for i, e in enumerate(self.access_events):
            if e.guardian_id is not None and not pii.is_valid_pin(e.guardian_id):
                out.append(f"access_events[{i}].guardian_id: {BAD_PIN}")
        return out

    @model_validator(mode="after")
    def _unique_ids(self) -> "Record":
        for name in ("notes", "access_events", "conversations", "treatments", "diagnoses"):
            seen: set[str] = set()
            for i, obj in enumerate(getattr(self, name)):
                if obj.id in seen:
                    raise ValueError(
                        f"{name}[{i}].id {obj.id!r} används två gånger i posten; id ska vara unika"
                    )
                seen.add(obj.id)
        return self

    def staff_events(self, *actions: str) -> Iterator[AccessEvent]:
        for event in self.access_events:
            if event.initiated_by == "staff" and (not actions or event.action in actions):
                yield event

    @property
    def reference_time(self) -> dt.datetime:
        """The moment the record describes: ``as_of``, else the latest time in it."""
        if self.as_of is not None:
            return self.as_of
        # asked once per case and event: worked out once for these lists (a copy with other
        # notes, or a note appended, has another key and is worked out anew)
        key = tuple((id(items), len(items)) for items in (
            self.notes, self.access_events, self.conversations, self.diagnoses))
        if self._latest is None or self._latest[0] != key:
            self._latest = (key, self._latest_time())
        return self._latest[1]

    def _latest_time(self) -> dt.datetime:
        times: list[dt.datetime] = []
        for n in self.notes:
            times.extend(t for t in (n.time, n.signed) if t)
        for e in self.access_events:
            if e.ordered:
                times.append(e.ordered)
        for c in self.conversations:
            times.extend(t for t in (c.opened, c.handled) if t)
        times.extend(d.time for d in self.diagnoses if d.time)
        return max(times) if times else dt.datetime.now().replace(microsecond=0)


# --------------------------------------------------------------------------- findings

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}
TargetKind = Literal["note", "access_event", "conversation", "treatment", "record"]


# control characters, line separators, non-characters (not XML 1.0), and the direction
# overrides and isolates that reorder what a terminal or a web page shows ("Trojan Source")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def printable(value: str) -> str:
    """One printable line: bytes a file name could not decode (surrogate escapes) and
    control characters (line breaks, NUL, ESC …) written as escapes; output formats (a
    text line, JUnit XML, a terminal) can then hold any value from any input."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: a file name's undecodable byte → \xff,
        # any other (a JSON "\ud800" escape) → \ud800
        value = _SURROGATE.sub(lambda m: (f"\\x{ord(m[0]) - 0xDC00:02x}"
                                          if 0xDC80 <= ord(m[0]) <= 0xDCFF
                                          else f"\\u{ord(m[0]):04x}"), value)
    if _CONTROL.search(value):
        value = _CONTROL.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"),
                             value)
    return value


def one_line(value: str) -> str:
    """A message: its line breaks become spaces, then :func:`printable`."""
    if "\n" in value or "\r" in value:
        value = " ".join(value.split())
    return printable(value)


class Target(BaseModel):
    kind: TargetKind
    id: str

    _printable = field_validator("id")(lambda v: printable(v))


class Span(BaseModel):
    section: str
    start: int
    end: int

    _printable = field_validator("section")(lambda v: printable(v))


class Finding(BaseModel):
    """One place where documentation breaks a routine (the JSON shape of docs/cli.md)."""

    code: str
    name: str
    severity: Severity
    message: str
    path: str
    line: int = 1
    column: int = 1
    target: Target
    span: Span | None = None
    fingerprint: str = ""

    _printable = field_validator("path", "code", "name")(lambda v: printable(v))
    _line = field_validator("message")(lambda v: one_line(v))

    def sort_key(self) -> tuple[Any, ...]:
        return (self.path, self.line, self.column, self.code, self.target.id)


#: the JSON Schema dialect and the identifier of ``notelint schema``'s output
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = "urn:notelint:interchange-format:v1:record"


def field_docs() -> dict[str, dict[str, str]]:
    """class name -> field name -> the docstring written under the field in this module."""
    import ast
    import inspect

    out: dict[str, dict[str, str]] = {}
    for node in ast.parse(inspect.getsource(inspect.getmodule(Record))).body:  # type: ignore[arg-type]
        if not isinstance(node, ast.ClassDef):
            continue
        docs = out.setdefault(node.name, {})
        for field, doc in zip(node.body, node.body[1:]):
            if (isinstance(field, ast.AnnAssign) and isinstance(field.target, ast.Name)
                    and isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant)
                    and isinstance(doc.value.value, str)):
                docs[field.target.id] = inspect.cleandoc(doc.value.value)
    return out


def record_schema() -> dict[str, Any]:
    """The JSON Schema of one record of interchange format v1, every field described."""
    schema = Record.model_json_schema()
    docs = field_docs()
    for name, node in [("Record", schema), *schema.get("$defs", {}).items()]:
        for field, prop in node.get("properties", {}).items():
            if field in docs.get(name, {}):
                prop["description"] = docs[name][field]
    return {"$schema": SCHEMA_DIALECT, "$id": SCHEMA_ID,
            "title": "notelint interchange format v1: one record", **{
                k: v for k, v in schema.items() if k != "title"}}
