"""One task of an audit → rows (plain tuples: cheap to send between processes)."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from dataclasses import astuple, dataclass
from typing import Any

from notelint.model import Finding, Record

__all__ = ["AuditRow", "TaskResult", "audit_task", "patient_key"]


@dataclass(frozen=True)
class AuditRow:
    code: str
    name: str
    severity: str
    family: str
    unit_hsa_id: str | None
    unit_name: str | None
    day: dt.date | None
    target_kind: str
    fingerprint: str
    patient_key: str | None
    path: str


@dataclass
class TaskResult:
    key: str
    rows: list[tuple[Any, ...]]
    records: int
    notes: int
    broken: int


def patient_key(patient_id: str, secret: bytes) -> str:
    """Keyed hash (HMAC-SHA256) of an identity number: links runs, reveals nobody."""
    return hmac.new(secret, patient_id.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()[:24]


def _target_context(record: Record, f: Finding) -> tuple[Any, Any, dt.date | None]:
    pools = {"note": record.notes, "access_event": record.access_events,
             "conversation": record.conversations, "treatment": record.treatments}
    obj = next((o for o in pools.get(f.target.kind, []) if o.id == f.target.id), None)
    if obj is None:
        return None, None, (record.as_of.date() if record.as_of else None)
    unit = getattr(obj, "unit", None)
    when = None
    for attr in ("time", "signed", "ordered", "start", "handled", "opened"):
        value = getattr(obj, attr, None)
        if value is not None:
            when = value.date() if isinstance(value, dt.datetime) else value
            break
    return (unit.hsa_id if unit else None), (unit.name if unit else None), when


def audit_task(engine: Any, items: Any, key: str, secret: bytes) -> TaskResult:
    """Lint the records of one task and return its rows."""
    from notelint.engine import broken_finding
    from notelint.readers import Broken

    rows: list[tuple[Any, ...]] = []
    records = notes = broken = 0
    for item in items:
        if isinstance(item, Broken):
            broken += 1
            f = broken_finding(item)
            rows.append(astuple(AuditRow(f.code, f.name, f.severity, "NL9", None, None, None,
                                         "record", f.fingerprint, None, f.path)))
            continue
        records += 1
        notes += len(item.record.notes)
        pkey = patient_key(item.record.patient.id, secret)
        for f in engine.lint_record(item.record, item.path):
            hsa, name, day = _target_context(item.record, f)
            rows.append(astuple(AuditRow(f.code, f.name, f.severity, f.code[:3], hsa, name, day,
                                         f.target.kind, f.fingerprint, pkey, f.path)))
    return TaskResult(key, rows, records, notes, broken)
