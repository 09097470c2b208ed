"""What text a regular expression cannot match without: the literal strings every match
contains, read from the expression itself (the technique of code search engines and
RE2's prefilter).

``required(pattern)`` gives an AND of OR-sets: every match of ``pattern`` contains, for
each set, at least one of its strings. The answer is only ever weaker than the truth —
where the expression is not understood (a class such as ``\\w``, an optional part, a
look-around, a back-reference) nothing is required of it — so a text that lacks a
required string certainly has no match, and a text that has them all may still have none.

Two readers use it: the trigger matcher (:mod:`notelint.nlp.pipeline`) tries an expression
of ``models/triggers.tsv`` only in a sentence that holds every string it requires, and the
prefilter (:mod:`notelint.nlp.prefilter`) keeps a sentence without a diagnosis word from
spaCy unless some expression could match it. Trying the expressions themselves costs more
than spaCy; looking up their required strings in one Aho-Corasick pass costs almost
nothing, and nobody has to keep a list of gate words beside the expressions.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any, Callable, Iterable

from .budget import REQUIREMENT_LINES, REQUIREMENT_SETS

try:  # the expression parser of the standard library (``sre_parse`` before 3.11)
    import re._parser as _parser  # type: ignore[import-not-found]
    from re._constants import (  # type: ignore[import-not-found]
        ASSERT, ASSERT_NOT, AT, ATOMIC_GROUP, BRANCH, IN, LITERAL, MAX_REPEAT,
        MIN_REPEAT, POSSESSIVE_REPEAT, RANGE, SUBPATTERN)
except ImportError:  # pragma: no cover - another Python: nothing is required, all is kept
    _parser = None

Required = tuple[frozenset[str], ...]

# an exact set of strings grows by cross product along a sequence; past this many it is cut
_PRODUCT_LIMIT = 64
# strings shorter than this say too little to be worth requiring
_MIN_LENGTH = 3
# a required string must lie inside one piece of text between two candidate sentence starts
# of the prefilter, so none may hold such a start
_CUTS = (". ", "! ", "? ", "\n")


def required(pattern: str | re.Pattern[str]) -> Required:
    """The OR-sets of strings every match of ``pattern`` contains (lower case as written)."""
    if isinstance(pattern, re.Pattern):
        return _required(pattern.pattern, pattern.flags)
    return _required(pattern, 0)


@lru_cache(maxsize=4096)  # the prefilter and the trigger matcher read the same expressions
def _required(source: str, flags: int) -> Required:
    if _parser is None or flags & re.IGNORECASE:
        return ()
    if not flags & ~re.UNICODE:  # (str expressions are Unicode whether it is said or not)
        shipped = _shipped().get(source)
        if shipped is not None:
            return shipped
    return _read_required(source, flags)


_shipped_table: dict[str, Required] | None = None


def _shipped() -> dict[str, Required]:
    """The required strings of the expressions of ``models/triggers.tsv`` as shipped
    (:mod:`notelint.nlp.derived`): reading 229 expressions costs 0.2 s a process."""
    global _shipped_table
    if _shipped_table is None:
        from . import derived

        data = derived.load("required", derived.code_key(__file__)) or {}
        _shipped_table = {source: tuple(frozenset(s) for s in sets) for source, sets in data.items()}
    return _shipped_table


def required_table() -> tuple[str, dict[str, list[list[str]]]]:
    """(key, table) of the required strings of every trigger expression, worked out now."""
    from . import derived
    from .resources import load_resources

    table = {p.pattern: [sorted(s) for s in _read_required(p.pattern, p.flags)]
             for _, p in load_resources().triggers if not p.flags & ~re.UNICODE}
    return derived.code_key(__file__), table


def _read_required(source: str, flags: int) -> Required:
    try:
        tree = _parser.parse(source, flags)
    except re.error:
        return ()
    if tree.state.flags & re.IGNORECASE:  # "(?i)…": the strings as written say too much
        return ()
    strings, must = _sequence(tree)
    if strings is not None and (usable := _usable(strings)) is not None:
        must.append(usable)  # the whole expression is a finite set of strings
    return tuple(dict.fromkeys(must))


def _usable(strings: Iterable[str]) -> frozenset[str] | None:
    """The set as a requirement, or None: a string with a candidate sentence start in it
    stands for its longest part without one (a match holds that part too)."""
    got = frozenset(_uncut(s) for s in strings)
    if not got or any(len(s) < _MIN_LENGTH for s in got):
        return None
    return got


def _uncut(string: str) -> str:
    parts = [string]
    for cut in _CUTS:
        parts = [p for part in parts for p in part.split(cut)]
    return max(parts, key=len)


def _sequence(items: Any) -> tuple[set[str] | None, list[frozenset[str]]]:
    """(the exact strings the sequence matches, or None; the OR-sets it requires)."""
    must: list[frozenset[str]] = []
    run: set[str] = {""}
    exact = True

    def flush() -> None:
        usable = _usable(run)
        if usable is not None:
            must.append(usable)

    for op, av in items:
        strings, needs = _node(op, av)
        must.extend(needs)
        if strings is None:
            flush()
            run, exact = {""}, False
            continue
        product = {a + b for a in run for b in strings}
        if len(product) > _PRODUCT_LIMIT:
            flush()
            run, exact = set(strings), False
        else:
            run = product
    if exact:
        return run, must
    flush()
    return None, must


def _node(op: Any, av: Any) -> tuple[set[str] | None, list[frozenset[str]]]:
    if op is LITERAL:
        return {chr(av)}, []
    if op in (AT, ASSERT, ASSERT_NOT):  # zero width: what they look at is not matched
        return {""}, []
    if op is IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is LITERAL:
                chars.add(chr(value))
            elif kind is RANGE and value[1] - value[0] < 8:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:  # a category, a negation, a wide range
                return None, []
        return (chars if len(chars) <= 8 else None), []
    if op is SUBPATTERN:
        if av[1] & re.IGNORECASE:  # "(?i:…)"
            return None, []
        return _sequence(av[-1])
    if op is ATOMIC_GROUP:
        return _sequence(av)
    if op is BRANCH:
        return _branch(av[1])
    if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
        low, high, body = av
        strings, needs = _sequence(body)
        if low == 0:
            return ((strings | {""}) if strings is not None and high == 1 else None), []
        if low == high == 1:
            return strings, needs
        if strings is not None and (usable := _usable(strings)) is not None:
            needs = [*needs, usable]
        return None, needs
    return None, []  # ANY, NOT_LITERAL, a category, a back-reference …


def _branch(branches: list[Any]) -> tuple[set[str] | None, list[frozenset[str]]]:
    infos = [_sequence(b) for b in branches]
    if all(s is not None for s, _ in infos):
        union = set().union(*(s for s, _ in infos))  # type: ignore[misc]
        if len(union) <= _PRODUCT_LIMIT:
            return union, []
    # one OR-set for the whole alternation: from each branch its most telling requirement
    chosen: set[str] = set()
    for strings, needs in infos:
        options = list(needs)
        if strings is not None and (usable := _usable(strings)) is not None:
            options.append(usable)
        if not options:
            return None, []
        chosen |= max(options, key=lambda o: (min(map(len, o)), -len(o)))
    return None, [frozenset(chosen)]




# parts of text looked at before the expressions are filed by what is met least often in them
REFILE_AFTER = 5_000


class Requirements:
    """The required strings of several expressions, found in a text in one Aho-Corasick
    pass: which expressions a piece of text could match (:meth:`candidates`). An expression
    that requires nothing is a candidate everywhere."""

    def __init__(self, patterns: Iterable[str | re.Pattern[str]]):
        import ahocorasick

        ids: dict[frozenset[str], int] = {}
        self.needs: list[frozenset[int]] = []
        for pattern in patterns:
            self.needs.append(frozenset(ids.setdefault(n, len(ids)) for n in required(pattern)))
        by_string: dict[str, set[int]] = {}
        for strings, k in ids.items():
            for string in strings:
                by_string.setdefault(string, set()).add(k)
        self.auto = ahocorasick.Automaton()
        for string, sets in by_string.items():
            self.auto.add_word(string, frozenset(sets))
        if by_string:
            self.auto.make_automaton()
        self._by_string = {string: frozenset(sets) for string, sets in by_string.items()}
        self._filed_auto: tuple[int, Any] | None = None  # (generation, automaton)
        self.always = [i for i, need in enumerate(self.needs) if not need]
        self._memo: dict[frozenset[int], bool] = {}
        self._together: dict[tuple[frozenset[int], ...], bool] = {}
        # each expression filed under the set it requires whose strings are the longest
        # (the rarest in text, as a first guess): only those filed under a set met are
        # looked at
        self._shortest = [0] * len(ids)
        for strings, k in ids.items():
            self._shortest[k] = min(map(len, strings))
        self.by_set: dict[int, list[int]] = {}
        self.filed: frozenset[int] | None = None
        self._file(lambda k: -self._shortest[k])
        # how often each set was met in the first texts looked at: then each expression is
        # filed again under the set met least often ("tel" rather than "pat" or "henne";
        # "info" rather than " till "). Where an expression is filed changes how much is
        # looked at, never what matches; ``generation`` tells a caller who remembers
        # :attr:`filed` that it changed.
        self._counts: list[int] | None = [0] * len(ids)
        self._parts = 0
        self.generation = 0

    def _file(self, rank: Callable[[int], Any]) -> None:
        """File each expression under the set it requires that ``rank`` puts first."""
        self.by_set = {}
        for i, need in enumerate(self.needs):
            if need:
                self.by_set.setdefault(min(need, key=rank), []).append(i)
        # the sets some expression is filed under: a text that meets none of them matches
        # nothing (None when some expression requires nothing and matches anywhere)
        self.filed = None if self.always else frozenset(self.by_set)

    @property
    def counting(self) -> bool:
        """Whether texts are still being counted (before the expressions are filed anew)."""
        return self._counts is not None

    def observe(self, met: Iterable[frozenset[int]]) -> None:
        """Count parts of text met before (what :meth:`met` said of each), as :meth:`met`
        counts the parts it looks at: a caller that remembers what parts meet counts each
        part as often as it occurs."""
        if self._counts is not None:
            parts = list(met)
            self._count({k: sets for k, sets in enumerate(parts)}, len(parts))

    def _count(self, found: dict[int, frozenset[int]], parts: int) -> None:
        counts = self._counts
        assert counts is not None
        for sets in found.values():
            for k in sets:
                counts[k] += 1
        self._parts += parts
        if self._parts >= REFILE_AFTER:
            self._counts = None
            shortest = self._shortest
            self._file(lambda k: (counts[k], -shortest[k]))
            self.generation += 1

    def met(self, text: str, offsets: list[int]) -> dict[int, frozenset[int]]:
        """Per part of ``text`` (parts start at ``offsets``), the required sets met in it —
        a string counts for the part it ends in."""
        if not len(self.auto):
            return {}
        out: dict[int, list[frozenset[int]]] = {}
        if len(offsets) == 1:
            out[0] = [sets for _, sets in self.auto.iter(text)]
        else:
            for end, sets in self.auto.iter(text):
                out.setdefault(bisect.bisect_right(offsets, end) - 1, []).append(sets)
        found = {k: frozenset().union(*v) for k, v in out.items() if v}
        if self._counts is not None:
            self._count(found, len(offsets))
        return found

    def meets_filed(self, text: str, offsets: list[int]) -> set[int]:
        """The parts of ``text`` (starting at ``offsets``) that meet a set some expression is
        filed under (:attr:`filed` not None): what :meth:`met` tells of them without
        building every set met, in a pass of only those sets' strings (the rarer ones)."""
        got = self._filed_auto
        if got is None or got[0] != self.generation:
            import ahocorasick

            filed = self.filed or frozenset()
            auto = ahocorasick.Automaton()
            for string, sets in self._by_string.items():
                if not filed.isdisjoint(sets):
                    auto.add_word(string, None)
            if len(auto):
                auto.make_automaton()
            got = self._filed_auto = (self.generation, auto)
        auto = got[1]
        if not len(auto):
            return set()
        if len(offsets) == 1:
            return {0} if next(auto.iter(text), None) is not None else set()
        return {bisect.bisect_right(offsets, end) - 1 for end, _ in auto.iter(text)}

    def candidates(self, met: frozenset[int]) -> list[int]:
        """The expressions (by index) every set of whose requirements is met."""
        needs, by_set = self.needs, self.by_set
        found = [i for k in met for i in by_set.get(k, ()) if needs[i] <= met]
        return sorted(set(found).union(self.always)) if self.always else sorted(set(found))

    def may_match_together(self, parts: tuple[frozenset[int], ...]) -> bool:
        """:meth:`may_match` of the union of ``parts`` (the sets met by the pieces of a line
        or a sentence), remembered by the parts themselves: a line's pieces recur together,
        and a tuple of sets hashes by their own (cached) hashes, without building the union.
        The union itself is not remembered: it is built anew for each line (≈ 1 KB a set)."""
        got = self._together.get(parts)
        if got is None:
            got = self._matches(frozenset().union(*parts))
            if len(self._together) >= REQUIREMENT_LINES:  # (its keys keep their sets alive)
                self._together.clear()
            self._together[parts] = got
        return got

    def may_match(self, met: frozenset[int]) -> bool:
        """Whether some expression has every set it requires in ``met`` (remembered: the
        same sets recur from text to text)."""
        got = self._memo.get(met)
        if got is None:
            got = self._matches(met)
            if len(self._memo) >= REQUIREMENT_SETS:
                self._memo.clear()
            self._memo[met] = got
        return got

    def _matches(self, met: frozenset[int]) -> bool:
        needs, by_set = self.needs, self.by_set
        return bool(self.always) or any(needs[i] <= met for k in met.intersection(by_set)
                                        for i in by_set[k])


__all__ = ["Required", "Requirements", "required"]
