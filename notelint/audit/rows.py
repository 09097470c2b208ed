"""One task of an audit → rows (plain tuples: cheap to send between processes).

A finding becomes a worklist row: rule, severity, message, the target as the journal system
knows it (note / access event / case / treatment id), unit, day, ruleset and the keyed
patient hash — never note text (verbatim excerpts in messages are cut out) and never an
identity number. Each record also yields its *volumes* (notes, access events, cases,
treatments per unit and month): the denominators of fair rates.

Records are identified by a content hash (path + the record's bytes) so that a re-audit can
carry an unchanged record's rows over instead of linting it again (see runner.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from notelint.model import Finding, Record

__all__ = ["TaskResult", "audit_task", "patient_key", "record_hash", "worklist_message",
           "FINDING_COLUMNS", "KIND_OF_FAMILY"]

#: the columns of a finding row, in order (the store's findings table adds run_id, task_key)
FINDING_COLUMNS = ("rec_hash", "rec_line", "code", "name", "severity", "family", "unit_hsa_id",
                   "unit_name", "day", "target_kind", "target_id", "message", "ruleset",
                   "fingerprint", "patient_key", "path", "line")

#: the denominator of each family's rate: what its findings are about
KIND_OF_FAMILY = {"NL1": "note", "NL2": "note", "NL3": "access_event", "NL4": "conversation",
                  "NL5": "treatment"}

#: verbatim patient or note text in a message (rules quote it in ”…”; straight quotes hold
#: sökord, templates and lexicon concepts, which are not note text)
_VERBATIM = re.compile(r"[”“«][^”“«»]*[”»]")


def worklist_message(message: str) -> str:
    """The message without verbatim excerpts of note or message text (already PII-masked)."""
    return _VERBATIM.sub("”…”", message)


def record_hash(path: str, raw: bytes) -> str:
    """Content key of one record (a JSON Lines line, or a whole file)."""
    h = hashlib.blake2b(raw, digest_size=16, person=b"notelint-rec")
    h.update(b"\0" + os.fsencode(path))  # (a name that is not UTF-8 keeps its bytes)
    return h.hexdigest()


def patient_key(patient_id: str, secret: bytes) -> str:
    """Keyed hash (HMAC-SHA256) of an identity number: links runs, reveals nobody; the
    same patient however the number is written (:func:`notelint.pii.canonical_pin`)."""
    from notelint.pii import canonical_pin

    return hmac.new(secret, canonical_pin(patient_id).encode("utf-8", "surrogatepass"),
                    hashlib.sha256).hexdigest()[:24]


@dataclass
class TaskResult:
    key: str
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    #: per record: (rec_hash, path, line, notes, access_events, conversations, treatments, broken)
    records: list[tuple[Any, ...]] = field(default_factory=list)
    #: per record, unit and month: (rec_hash, kind, unit_hsa_id, unit_name, month, n)
    volumes: list[tuple[Any, ...]] = field(default_factory=list)
    #: notes that named no journal system (and got none from --journal-system or the file)
    systemless: int = 0


def _day(value: Any) -> dt.date | None:
    if value is None:
        return None
    return value.date() if isinstance(value, dt.datetime) else value


_WHEN = {"note": ("time", "signed"), "access_event": ("ordered", "start"),
         "conversation": ("handled", "opened"), "treatment": ("start", "end")}


def _when(kind: str, obj: Any) -> dt.date | None:
    for attr in _WHEN[kind]:
        value = getattr(obj, attr, None)
        if value is not None:
            return _day(value)
    return None


def _pools(record: Record) -> dict[str, list[Any]]:
    return {"note": record.notes, "access_event": record.access_events,
            "conversation": record.conversations, "treatment": record.treatments}


def _volumes(rec_hash: str, record: Record) -> list[tuple[Any, ...]]:
    counts: Counter[tuple[Any, ...]] = Counter()
    for kind, objs in _pools(record).items():
        for o in objs:
            unit = getattr(o, "unit", None)
            day = _when(kind, o)
            counts[(kind, _masked(unit.hsa_id) if unit else None,
                    _masked(unit.name) if unit else None,
                    day.replace(day=1) if day else None)] += 1
    return [(rec_hash, *k, n) for k, n in counts.items()]


def _target(record: Record, f: Finding) -> tuple[Any, Any, dt.date | None, str | None]:
    """(unit HSA-id, unit name, day, target id) of a finding's target, the unit masked."""
    if f.target.kind == "record":  # the id is the (masked) identity number: not stored
        return None, None, _day(record.as_of), None
    pool = _pools(record).get(f.target.kind, [])
    obj = next((o for o in pool if o.id == f.target.id), None)
    if obj is None:  # the finding's id is masked, control characters escaped: so are theirs
        obj = next((o for o in pool if _shown_id(o.id) == f.target.id), None)
    if obj is None:
        return None, None, _day(record.as_of), f.target.id
    unit = getattr(obj, "unit", None)
    return (_masked(unit.hsa_id) if unit else None), (_masked(unit.name) if unit else None), \
        _when(f.target.kind, obj), f.target.id


def _shown_id(value: str) -> str:
    """An id as a finding shows it (printable, identity numbers masked)."""
    from notelint import pii
    from notelint.model import printable

    return pii.mask_text(printable(value))


def _masked(text: str | None) -> str | None:
    """A unit's name or HSA-id as the store keeps it: as a finding's id (identity numbers
    masked; control and direction characters written as escapes — a U+202E in a unit name
    would turn the text after it around in the report, the worklist and a spreadsheet)."""
    return _shown_id(text) if text else text


def audit_task(engine: Any, items: Iterable[tuple[str, int, Any]], key: str, secret: bytes,
               ruleset: str, ignored: list[str]) -> TaskResult:
    """Lint ``items`` — (record hash, first line, ReadItem) — and return their rows."""
    from notelint.engine import broken_finding
    from notelint.readers import Broken

    out = TaskResult(key)
    before = engine.stats.systemless

    def row(h: str, line0: int, f: Finding, unit: Any, name: Any, day: Any, tid: Any,
            pkey: str | None) -> tuple[Any, ...]:
        return (h, line0, f.code, f.name, f.severity, f.code[:3], unit, name, day,
                f.target.kind, _masked(tid), worklist_message(f.message), ruleset,
                f.fingerprint, pkey, f.path, f.line)

    for h, line0, item in items:
        if isinstance(item, Broken):
            f = broken_finding(item)
            out.rows.append(row(h, line0, f, None, None, None, None, None))
            out.records.append((h, item.path, line0, 0, 0, 0, 0, 1))
            continue
        rec = item.record
        out.records.append((h, item.path, line0, len(rec.notes), len(rec.access_events),
                            len(rec.conversations), len(rec.treatments), 0))
        out.volumes.extend(_volumes(h, rec))
        pkey = patient_key(rec.patient.id, secret)
        for f in engine.lint_record(rec, item.path):
            if ignored and any(f.code.startswith(s.upper()) or f.name == s.lower()
                               for s in ignored):
                continue
            out.rows.append(row(h, line0, f, *_target(rec, f), pkey))
    out.systemless = engine.stats.systemless - before
    return out


def iter_jsonl(path: str, start: int, end: int | None, line: int,
               skip: frozenset[int] = frozenset()) -> Iterator[tuple[str, int, Any]]:
    """(hash, line, ReadItem) of each JSON Lines record in bytes [start, end) of ``path``;
    lines in ``skip`` (already known from an earlier run) are not parsed."""
    from notelint.parallel import raw_lines
    from notelint.readers.json_reader import line_items, line_too_long

    for lineno, raw in raw_lines(path, start, end, line):
        if lineno not in skip:
            if raw is None:  # over the line bound: never held, never cached
                yield record_hash(path, b"\0too-long:%d" % lineno), lineno, line_too_long(
                    path, lineno)
                continue
            h = record_hash(path, raw)
            for item in line_items(raw, path, lineno):
                yield h, lineno, item


def jsonl_hashes(path: str, start: int, end: int | None, line: int) -> Iterator[tuple[str, int]]:
    """(hash, line) of each non-blank JSON Lines record, without parsing (the cache lookup)."""
    from notelint.parallel import raw_lines

    return ((record_hash(path, raw), lineno)
            for lineno, raw in raw_lines(path, start, end, line) if raw and raw.strip())
