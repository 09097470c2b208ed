"""Runs the selected rules over records as they stream from the readers.

reader → model → (annotations, once per note) → rules → findings. The engine never
holds more than one record; a rule that raises becomes an NL901-style internal finding
for that record only, so one bad record never loses the rest of a run.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from notelint import pii
from notelint.context import Context, fingerprint
from notelint.model import Finding, Record, Target
from notelint.readers import Broken, Loaded, ReadItem
from notelint.rules import Rule, get_rule
from notelint.rulesets import Ruleset

log = logging.getLogger("notelint")

__all__ = ["Engine", "Stats", "broken_finding"]


@dataclass
class Stats:
    files: set[str] = field(default_factory=set)
    records: int = 0
    notes: int = 0
    broken: int = 0
    #: notes whose input named no journal system and no default gave one
    systemless: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"files": len(self.files), "records": self.records, "notes": self.notes}


def broken_finding(item: Broken, show_pii: bool = False) -> Finding:
    """An input that could not be read, as an NL901 finding (one line, masked)."""
    message = " ".join(item.message.split())  # one finding is one line in text output
    f = Finding(
        code="NL901", name="invalid-input", severity="error", message=message,
        path=item.path, line=item.line, column=item.column,
        target=Target(kind="record", id=f"{item.path}:{item.line}"),
        fingerprint=fingerprint("NL901", item.path, "record", str(item.line),
                                pii.mask_text(message)),
    )
    return f if show_pii else pii.mask_model(f)


class Engine:
    """Lints records with a ruleset and a list of rules."""

    def __init__(self, ruleset: Ruleset, rules: list[Rule], *, show_pii: bool = False,
                 settings: dict[str, Any] | None = None) -> None:
        self.ruleset = ruleset
        self.note_rules = [r for r in rules if r.scope == "note" and r.check]
        self.record_rules = [r for r in rules if r.scope == "record" and r.check]
        self.show_pii = show_pii
        self.settings = settings or {}
        self.stats = Stats()

    def lint_record(self, record: Record, path: str) -> list[Finding]:
        """The findings of one record — every field masked unless ``show_pii``: this is
        the boundary all outputs (reports, baseline, store, preview, serve) draw from."""
        findings = self._lint_record(record, path)
        return findings if self.show_pii else [pii.mask_model(f) for f in findings]

    def _lint_record(self, record: Record, path: str) -> list[Finding]:
        system = self.settings.get("journal_system")
        if system:  # the notes' journal system when their input names none (FHIR)
            for note in record.notes:
                if not note.system:
                    note.system = system
        else:
            self.stats.systemless += sum(1 for note in record.notes if not note.system)
        ctx = Context(self.ruleset, record, path, show_pii=self.show_pii, settings=self.settings)
        loc = record.loc
        findings: list[Finding] = [
            broken_finding(Broken(path, loc.line if loc else 1, problem), show_pii=True)
            for problem in record.id_problems]
        for rule in self.note_rules:
            ctx.rule = rule
            for note in record.notes:
                findings.extend(self._run(rule, ctx, note))
        for rule in self.record_rules:
            ctx.rule = rule
            findings.extend(self._run(rule, ctx, record))
        return findings

    def _run(self, rule: Rule, ctx: Context, obj: Any) -> list[Finding]:
        try:
            return list(rule.check(obj, ctx))  # type: ignore[misc]
        except Exception as exc:  # a rule bug must not lose the record or the run
            log.debug("rule %s failed: %s", rule.code, type(exc).__name__)
            internal = get_rule("NL902")
            ctx.rule = internal or rule
            f = ctx.finding(ctx.record, f"internt fel i regel {rule.code} "
                            f"({type(exc).__name__}); regeln hoppades över för denna post — "
                            "rapportera felet", severity="error")
            ctx.rule = rule
            return [f]

    def run(self, items: Iterable[ReadItem]) -> Iterator[Finding]:
        for item in items:
            if isinstance(item, Broken):
                self.stats.files.add(item.path)
                self.stats.broken += 1
                yield broken_finding(item, self.show_pii)
                continue
            assert isinstance(item, Loaded)
            self.stats.files.add(item.path)
            self.stats.records += 1
            self.stats.notes += len(item.record.notes)
            self.stats.broken += len(item.record.id_problems)
            yield from self.lint_record(item.record, item.path)
