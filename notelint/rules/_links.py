"""Linking 1177 cases and platform treatments to the notes that document them (NL4, NL5).

Nothing here reads clinical text: what a note or a message *says* comes from the NLP
annotations (:mod:`notelint.nlp.doccues`); this module only indexes a record's notes by
``refs``, unit and time, and remembers per note which documentation cues it carries.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any, Iterable

from notelint.nlp import doccues

if TYPE_CHECKING:
    from notelint.model import Note, Unit

__all__ = ["naive", "from_citizen", "NoteIndex", "note_index", "note_sections", "known_ids",
           "refs_elsewhere", "says", "affirmed"]


def naive(t: Any) -> Any:
    """Drop a timezone so that exports mixing "…+01:00" and local times still compare."""
    return t.replace(tzinfo=None) if t is not None and getattr(t, "tzinfo", None) else t


# who writes on the patient's side (the sender field, not the message text)
_CITIZEN_SENDERS = ("patient", "invånare", "invanare", "vårdnadshavare", "förälder", "mamma",
                    "pappa", "anhörig", "närstående")


def from_citizen(message: Any) -> bool:
    """A message written by the patient or someone on the patient's side (guardian)."""
    if message.from_patient:
        return True
    first = message.sender.strip().casefold().split(" ", 1)[0] if message.sender else ""
    return first.rstrip(":,.") in _CITIZEN_SENDERS


def says(text: str, kind: str) -> bool:
    """Whether ``text`` holds a documentation cue of ``kind`` (negated or not)."""
    return any(c.kind == kind for c in doccues.document_cues(text))


def affirmed(text: str, kind: str) -> list[str]:
    """The cues of ``kind`` in ``text`` that are not negated (as written), in order."""
    return [c.text for c in doccues.document_cues(text) if c.kind == kind and not c.negated]


class NoteIndex:
    """A record's notes indexed once by ``refs`` and by unit, sorted by time.

    Linking a case or treatment to its documentation is then a dict lookup plus a
    bisect over that unit's notes — never a scan of every note for every case.
    """

    def __init__(self, notes: Iterable["Note"]) -> None:
        self.by_ref: dict[str, list[Note]] = {}
        self._by_unit: dict[str, list[tuple[Any, int, Note]]] = {}
        self._text: dict[int, str] = {}
        self._stems: dict[int, set[str]] = {}
        for i, note in enumerate(notes):
            for ref in note.refs:
                self.by_ref.setdefault(ref.strip().casefold(), []).append(note)
            t = naive(note.time or note.signed)
            if t is None or note.unit is None:
                continue
            for key in _unit_keys(note.unit):
                self._by_unit.setdefault(key, []).append((t, i, note))
        for lst in self._by_unit.values():
            lst.sort(key=lambda x: (x[0], x[1]))

    def referring(self, obj_id: str) -> list["Note"]:
        return list(self.by_ref.get(obj_id.strip().casefold(), []))

    def between(self, unit: "Unit | None", start: Any, end: Any) -> list["Note"]:
        """Notes of the same unit (Unit.same_as) whose time lies in [start, end]."""
        if unit is None:
            return []
        start, end = naive(start), naive(end)
        seen: dict[int, Note] = {}
        for key in _unit_keys(unit):
            lst = self._by_unit.get(key, [])
            lo = bisect.bisect_left(lst, start, key=lambda x: x[0])
            for t, i, note in lst[lo:]:
                if t > end:
                    break
                if i not in seen and unit.same_as(note.unit):
                    seen[i] = note
        return [seen[i] for i in sorted(seen)]

    def text(self, note: "Note") -> str:
        key = id(note)
        if key not in self._text:
            self._text[key] = note.text
        return self._text[key]

    def mentions(self, note: "Note", kind: str) -> bool:
        """Whether the note's text holds a documentation cue of ``kind``."""
        return says(self.text(note), kind)

    def stems(self, note: "Note") -> set[str]:
        key = id(note)
        if key not in self._stems:
            self._stems[key] = doccues.content_stems(self.text(note))
        return self._stems[key]


def _unit_keys(unit: "Unit") -> list[str]:
    keys = []
    if unit.hsa_id:
        keys.append("hsa:" + unit.hsa_id.strip().upper())
    if unit.name:
        keys.append("name:" + unit.name.strip().casefold())
    return keys


def note_index(ctx: Any) -> NoteIndex:
    """The record's NoteIndex, built once per record and shared by NL4 and NL5 rules."""
    idx = getattr(ctx, "_links_note_index", None)
    if idx is None or idx[0] is not ctx.record:
        idx = (ctx.record, NoteIndex(ctx.record.notes))
        setattr(ctx, "_links_note_index", idx)
    return idx[1]


def known_ids(record: Any) -> set[str]:
    """Ids of the record's cases and treatments (casefolded), for refs checks."""
    return {c.id.strip().casefold() for c in record.conversations} | {
        t.id.strip().casefold() for t in record.treatments}


def refs_elsewhere(note: "Note", known: set[str]) -> bool:
    """A note whose refs name another case/treatment of the record is that one's note."""
    return any(r.strip().casefold() in known for r in note.refs)


def note_sections(notes: Iterable["Note"]) -> list[tuple[str, str]]:
    """(keyword, text) pairs of notes, with the template as a pseudo-keyword."""
    out: list[tuple[str, str]] = []
    for n in notes:
        if n.template:
            out.append((n.template, ""))
        out.extend((s.keyword, s.text) for s in n.sections)
    return out
