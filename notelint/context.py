"""What a rule sees besides its record: the ruleset, shared annotations, a finding factory."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import TYPE_CHECKING, Any

from notelint import pii
from notelint.model import (
    AccessEvent, Conversation, Finding, Note, Record, Section, Span, Target, Treatment,
)
from notelint.rulesets import Ruleset

if TYPE_CHECKING:
    from notelint.rules import Rule

__all__ = ["Context", "fingerprint"]

_KIND_BY_TYPE: dict[type, str] = {
    Note: "note", AccessEvent: "access_event", Conversation: "conversation",
    Treatment: "treatment", Record: "record",
}


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.casefold()).strip()


def fingerprint(code: str, patient_key: str, kind: str, target_id: str, detail: str) -> str:
    """Stable id of a finding: rule, record, target and normalised text — never a line."""
    h = hashlib.sha256(
        # surrogatepass: a file name that is not UTF-8, or a lone surrogate from JSON
        "\x1f".join((code, patient_key, kind, target_id, _normalise(detail)))
        .encode("utf-8", "surrogatepass")
    )
    return h.hexdigest()[:20]


class Context:
    """Per-record context handed to every rule.

    Annotations of a note are computed at most once per note and shared by all rules
    (``annotations``); rules must not mutate the record.
    """

    def __init__(self, ruleset: Ruleset, record: Record, path: str, *,
                 show_pii: bool = False, settings: dict[str, Any] | None = None) -> None:
        self.ruleset = ruleset
        self.record = record
        self.path = path
        self.show_pii = show_pii
        self.settings = settings or {}
        self.rule: Rule | None = None
        self._annotations: dict[int, Any] = {}
        self._hidden: dict[int, tuple[Section, bool]] = {}
        self._code_file: str | None = None
        self._patient_key = hashlib.sha256(
            record.patient.id.encode("utf-8", "surrogatepass")).hexdigest()[:16]

    # ----------------------------------------------------------------- shared analysis

    def annotations(self, note: Note) -> Any:
        """The NLP annotations of a note (computed once, shared by every rule). The first
        note of the record asked for brings those of every note of the record not yet
        annotated: read together, they cost less than one by one."""
        key = id(note)
        if key not in self._annotations:
            from notelint import nlp

            if self._code_file is None:  # (the environment read once a record, not a note)
                self._code_file = nlp.code_file_in_use() or ""
            notes = [n for n in self.record.notes if id(n) not in self._annotations]
            if not any(n is note for n in notes):
                notes = [note]
            for n, ann in zip(notes, nlp.annotate_notes(notes, self._code_file)):
                self._annotations[id(n)] = ann
        return self._annotations[key]

    def is_hidden(self, note: Note, section: Section) -> bool:
        """Whether 1177 Journalen filters this section out under this ruleset (worked out
        once per section: rules ask for every mention)."""
        got = self._hidden.get(id(section))
        if got is None or got[0] is not section:
            on = (note.time or note.signed).date() if (note.time or note.signed) else None
            got = self._hidden[id(section)] = (section, self.ruleset.is_hidden(
                note.template, section.keyword, system=note.system, on=on))
        return got[1]

    @property
    def today(self) -> dt.datetime:
        return self.record.reference_time

    # ----------------------------------------------------------------- findings

    def finding(
        self,
        obj: Note | AccessEvent | Conversation | Treatment | Record,
        message: str,
        *,
        section: Section | None = None,
        start: int | None = None,
        end: int | None = None,
        severity: str | None = None,
        detail: str | None = None,
    ) -> Finding:
        """A finding of the current rule on ``obj`` (optionally a span of a section)."""
        assert self.rule is not None, "ctx.finding() called outside a rule"
        kind = _KIND_BY_TYPE[type(obj)]
        target_id = self.record.patient.masked_id if kind == "record" else obj.id  # type: ignore[union-attr]
        shown_id = self.record.patient.id if kind == "record" and self.show_pii else target_id
        loc = obj.loc or self.record.loc
        line, column = (loc.line, loc.column) if loc else (1, 1)
        span = None
        span_text = ""
        if section is not None:
            s, e = (start or 0), (end if end is not None else len(section.text))
            span = Span(section=section.keyword, start=s, end=e)
            span_text = f"{section.keyword}:{section.text[s:e]}"
            pos = section.position(s)
            if pos:
                line, column = pos
        if not self.show_pii:
            message = pii.mask_text(message)
        settings_sev = self.settings.get("severity", {}).get(self.rule.code)
        return Finding(
            code=self.rule.code,
            name=self.rule.name,
            severity=settings_sev or severity or self.rule.severity,  # type: ignore[arg-type]
            message=message,
            path=self.path,
            line=line,
            column=column,
            target=Target(kind=kind, id=shown_id),  # type: ignore[arg-type]
            span=span,
            fingerprint=fingerprint(
                self.rule.code, self._patient_key, kind, str(target_id),
                detail if detail is not None else span_text,
            ),
        )
