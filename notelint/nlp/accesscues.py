"""What a note documenting an access change on 1177.se says (NL3): the change it is about
(seal, lock, block, their ends and extensions, 13–15 access) and the elements the routines
require (period, decider, grounds, scope, who informed the patient, which guardian).

The cues are data (``models/access_cues.tsv``, one a row, with its kind and the routine's
words); the kinds a text holds are found once per text and cached. Rules combine kinds
(:mod:`notelint.rules.access`) and never read the text themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .literals import Requirements

__all__ = ["access_cues", "mentions_access_change", "kinds"]


@dataclass(frozen=True)
class _Table:
    patterns: tuple[tuple[str, re.Pattern[str]], ...]  # (kind, its rows joined), on the text
    lowered: tuple[tuple[str, re.Pattern[str]], ...]   # the same, on the lower-cased text


@lru_cache(maxsize=1)
def _table() -> _Table:
    from .cuedata import _read_raw

    rows: dict[str, dict[str, list[str]]] = {"regex": {}, "lower": {}}
    for line in _read_raw("access_cues.tsv"):
        kind, how, cue, *_ = (line.split("\t") + [""])[:4]
        kind, how = kind.strip(), how.strip()
        if how not in rows:
            raise ValueError(f"models/access_cues.tsv: unknown 'how' {how!r} in row {line!r}")
        re.compile(cue)  # a bad row names itself at load time
        rows[how].setdefault(kind, []).append(cue)

    def joined(table: dict[str, list[str]], flags: int) -> tuple[tuple[str, re.Pattern[str]], ...]:
        return tuple((kind, re.compile("|".join(f"(?:{c})" for c in cues), flags))
                     for kind, cues in table.items())

    return _Table(joined(rows["regex"], re.IGNORECASE), joined(rows["lower"], 0))


def kinds() -> set[str]:
    """Every access-cue kind the data defines."""
    t = _table()
    return {k for k, _ in t.patterns} | {k for k, _ in t.lowered}


@lru_cache(maxsize=4096)
def access_cues(text: str) -> frozenset[str]:
    """The kinds of ``models/access_cues.tsv`` that ``text`` holds (computed once per text)."""
    if not text:
        return frozenset()
    t = _table()
    found = {kind for kind, p in t.patterns if p.search(text)}
    if t.lowered:
        low = text.lower()
        found.update(kind for kind, p in t.lowered if p.search(low))
    return frozenset(found)


def mentions_access_change(text: str) -> bool:
    """The cheap test, for every section of every note: does it name an access change at
    all (``access_change`` rows, on the lower-cased text)? Not cached: most texts are seen
    once. The strings every match of a row requires are looked for first, in one
    Aho-Corasick pass (:class:`~notelint.nlp.literals.Requirements`); the expressions run
    only where they could match."""
    low = text.lower()
    gate = _change_gate()
    if not gate.may_match(gate.met(low, [0]).get(0, frozenset())):
        return False
    return any(p.search(low) for kind, p in _table().lowered if kind == "access_change")


@lru_cache(maxsize=1)
def _change_gate() -> "Requirements":
    from .literals import Requirements

    return Requirements(p for kind, p in _table().lowered if kind == "access_change")
