"""The rule framework: a rule is metadata plus a small pure check function.

Each family lives in its own module (``diagnoses`` NL1, ``protected`` NL2, ``access``
NL3, ``ehealth`` NL4, ``treatments`` NL5, ``input`` NL9) and registers its rules with
the :func:`rule` decorator. The docstring of the check function is the rule's doc,
written like Ruff's: a summary paragraph, then ``Why:``, ``Bad:`` and ``Good:`` blocks.
``notelint explain`` and ``docs/rules.md`` are generated from this one source.

    @rule(code="NL303", name="seal-without-end-date", scope="record", severity="error",
          source=Source("001", "Period då förseglingen ska gälla (slutdatum måste anges)"))
    def seal_without_end_date(record: Record, ctx: Context) -> Iterator[Finding]:
        '''A staff seal must say when it ends.

        Why: …
        Bad: …
        Good: …
        '''
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Literal

from notelint.model import Finding

__all__ = ["Rule", "Source", "rule", "all_rules", "get_rule", "select_rules", "FAMILIES",
           "validate_selectors", "suggest_selector", "unknown_selectors_message"]

FAMILIES: dict[str, str] = {
    "NL1": "diagnoses",
    "NL2": "protected",
    "NL3": "access",
    "NL4": "ehealth",
    "NL5": "treatments",
    "NL9": "input",
}
FAMILY_TITLES: dict[str, str] = {
    "NL1": "Diagnoser och Tidiga hypoteser",
    "NL2": "Skyddade mallar och sökord (undantag från direktåtkomst)",
    "NL3": "Reglerad åtkomst på 1177.se",
    "NL4": "1177 e-tjänster",
    "NL5": "Stöd och behandling",
    "NL9": "Indata",
}

SEEDS: dict[str, str] = {
    "000": "000_b3d8866bf1672c14.txt — Journalföring av ärenden i e-tjänsterna på 1177.se; Stöd och behandling",
    "001": "001_50562764b7ab6852.txt — Region Skåne: Journalen via nätet, riktlinjer för vårdpersonal",
    "002": "002_8d21f4babb5f55b0.txt — Region Kalmar län: Journal som e-tjänst, försegling och upplåsning",
    "003": "003_5612534f38cad471.txt — Region Jönköpings län: 1177 journal, försegla invånarens journal (Cosmic)",
    "004": "004_fbbd6a0cb214449d.txt — Västra Götalandsregionen: Barns journal via nätet, undantag från direktåtkomst",
    "DESIGN": "docs/format.md — notelint's input formats",
}


@dataclass(frozen=True)
class Source:
    """The routine a rule enforces: seed file number and the passage it rests on."""

    seed: str
    passage: str

    @property
    def file(self) -> str:
        return SEEDS.get(self.seed, self.seed).split(" — ")[0]

    @property
    def title(self) -> str:
        return SEEDS.get(self.seed, self.seed)

    @property
    def routine(self) -> str:
        """The routine by its name (e.g. "Region Skåne: Journalen via nätet, …")."""
        return self.title.split(" — ", 1)[-1]


Scope = Literal["note", "record"]
Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    scope: Scope
    severity: Severity
    sources: tuple[Source, ...]
    check: Callable[..., Iterable[Finding]] | None
    summary: str = ""
    why: str = ""
    bad: str = ""
    good: str = ""
    notes: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)

    @property
    def family(self) -> str:
        return self.code[:3]

    @property
    def module(self) -> str:
        return FAMILIES.get(self.family, "")


_REGISTRY: dict[str, Rule] = {}
_LOADED = False

_BLOCK_RE = re.compile(r"^(Why|Bad|Good|Notes):\s*", re.MULTILINE)


def _parse_doc(doc: str | None) -> dict[str, str]:
    import inspect

    text = inspect.cleandoc(doc or "")
    parts = _BLOCK_RE.split(text)
    out = {"summary": parts[0].strip()}
    for label, body in zip(parts[1::2], parts[2::2]):
        out[label.lower()] = inspect.cleandoc(body).strip()
    return out


def rule(
    *,
    code: str,
    name: str,
    scope: Scope,
    severity: Severity,
    source: Source | tuple[Source, ...],
    tags: tuple[str, ...] = (),
) -> Callable[[Callable[..., Iterable[Finding]]], Callable[..., Iterable[Finding]]]:
    """Register a check function as rule ``code``; its docstring is the rule's doc."""

    if not re.fullmatch(r"NL\d{3}", code):
        raise ValueError(f"rule code {code!r} must look like NL123")

    def decorate(fn: Callable[..., Iterable[Finding]]) -> Callable[..., Iterable[Finding]]:
        doc = _parse_doc(fn.__doc__)
        if code in _REGISTRY and _REGISTRY[code].check is not fn:
            raise ValueError(f"rule code {code} registered twice")
        _REGISTRY[code] = Rule(
            code=code, name=name, scope=scope, severity=severity,
            sources=source if isinstance(source, tuple) else (source,),
            check=fn, summary=doc.get("summary", ""), why=doc.get("why", ""),
            bad=doc.get("bad", ""), good=doc.get("good", ""), notes=doc.get("notes", ""),
            tags=tags,
        )
        return fn

    return decorate


def _load() -> None:
    global _LOADED
    if _LOADED:
        return
    for module in FAMILIES.values():
        try:
            importlib.import_module(f"notelint.rules.{module}")
        except ModuleNotFoundError as e:
            if e.name != f"notelint.rules.{module}":
                raise
    _LOADED = True


def all_rules() -> list[Rule]:
    _load()
    return sorted(_REGISTRY.values(), key=lambda r: r.code)


def get_rule(code: str) -> Rule | None:
    _load()
    code = code.strip().upper()
    if code in _REGISTRY:
        return _REGISTRY[code]
    for r in _REGISTRY.values():
        if r.name == code.lower():
            return r
    return None


def _matches(rule_: Rule, selectors: Iterable[str]) -> bool:
    return any(
        rule_.code.startswith(s.upper()) or rule_.name == s.lower() or s.upper() == "ALL"
        for s in selectors
    )


def select_rules(
    select: Iterable[str] | None = None, ignore: Iterable[str] | None = None,
    disabled: Iterable[str] = (),
) -> list[Rule]:
    """Rules chosen by code prefixes (``NL3``), full codes (``NL301``) or names."""
    rules = [r for r in all_rules() if r.check is not None]
    sel = [s for s in (select or []) if s]
    if sel:
        rules = [r for r in rules if _matches(r, sel)]
    ign = [s for s in (ignore or []) if s] + list(disabled)
    if ign:
        rules = [r for r in rules if not _matches(r, ign)]
    return rules


def validate_selectors(selectors: Iterable[str]) -> list[str]:
    """Selectors that name no rule (so the CLI can say which flag value is wrong).

    ``ALL``, a code, a prefix of a code (``NL3``, ``NL30``) or a rule's name are known;
    anything else — ``NL999``, ``NL7``, ``nl-301`` — is not, as in Ruff."""
    rules = all_rules()
    return [s for s in selectors
            if s and s.upper() != "ALL" and not any(_matches(r, [s]) for r in rules)]


def suggest_selector(selector: str) -> str | None:
    """The known code or name closest to a mistyped ``selector`` (``NL310`` for ``NL3l0``)."""
    import difflib

    rules = all_rules()
    s = selector.strip()
    if s[:2].upper() == "NL":  # O for 0 and l/I for 1 are the usual typos in a code
        s = s[:2] + s[2:].translate(str.maketrans("OoIl", "0011"))
    if re.fullmatch(r"(?i)nl[\W_]*\d{1,3}", s):
        s = "NL" + re.sub(r"\D", "", s)
        codes = sorted({r.code[:len(s)] for r in rules})
        if s in codes:
            return s
        close = difflib.get_close_matches(s, codes, n=1, cutoff=0.6)
        return close[0] if close else None
    candidates = [r.code for r in rules] + [r.name for r in rules]
    close = difflib.get_close_matches(s.upper() if s[:2].lower() == "nl" else s.lower(),
                                      candidates, n=1, cutoff=0.6)
    return close[0] if close else None


def unknown_selectors_message(unknown: list[str]) -> str:
    """One line for selectors that name no rule: which, the closest code, where to look."""
    hints = [f"did you mean {hint!r}?" for s in unknown if (hint := suggest_selector(s))]
    listed = ", ".join(repr(s) for s in unknown)
    return (f"no rule matches {listed}" + (f" ({'; '.join(hints)})" if hints else "")
            + "; `notelint rules` lists the codes")


def iter_family(prefix: str) -> Iterator[Rule]:
    return (r for r in all_rules() if r.code.startswith(prefix))
