"""Rulesets: a region's routines as data (``rulesets/*.toml``).

A region file ``extends`` another (usually ``national``); tables are merged key by key,
lists and scalars of the child replace the parent's — except ``[[protected]]``, whose
entries add to the parent's (national protections hold in every region). The merged result is validated by
the pydantic models below, which forbid unknown keys: a typo names the key, the file
and its line instead of silently switching a check off.

Each family of rules reads its own table: ``[visibility]`` and ``[[protected]]`` (NL1,
NL2, preview), ``[access]`` (NL3), ``[ehealth]`` (NL4), ``[treatments]`` (NL5).
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from notelint.names import heading_key

__all__ = ["Ruleset", "RulesetError", "load_ruleset", "available_rulesets", "ProtectedTemplate",
           "ruleset_name"]


class RulesetError(Exception):
    """A ruleset that cannot be loaded; the message names file, line and key."""


#: the longest span of days a setting may give (a hundred years): dates beyond it overflow
MAX_DAYS = 36_500


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @model_validator(mode="after")
    def _days_in_range(self) -> "_Strict":
        for name in type(self).model_fields:
            value = getattr(self, name)
            if name.endswith("_days") and isinstance(value, int) and not 0 <= value <= MAX_DAYS:
                raise ValueError(f"{name} = {value}: ska vara 0–{MAX_DAYS} dagar")
        return self


Purpose = Literal[
    "hypothesis", "violence", "child_concern", "hubs", "third_party", "single_blind",
    "access_documentation", "other",
]


class ProtectedTemplate(_Strict):
    """A template (mall) or sökord whose content 1177 Journalen filters out."""

    name: str
    kind: Literal["template", "keyword"] = "template"
    purpose: Purpose
    aliases: list[str] = Field(default_factory=list)
    systems: list[str] = Field(default_factory=list)  # empty = every system of the region
    introduced: dt.date | None = None
    hidden_from: Literal["patient", "guardian"] = "patient"
    source: str = ""

    def names(self) -> list[str]:
        return [self.name, *self.aliases]


class Visibility(_Strict):
    """What 1177 Journalen shows (seed 001 'Idag kan patienter se …', seed 004)."""

    patient_min_age: int = 16
    guardian_until_age: int = 13
    minor_access_ages: tuple[int, int] = (13, 15)
    # systems in which a diagnosis in free text is visible (Melior, seed 001)
    diagnoses_visible_in_free_text: list[str] = Field(default_factory=list)
    psychiatry_start: dict[str, dt.date] = Field(default_factory=dict)
    inpatient_psychiatry_delay_days: int = 0
    inpatient_psychiatry_settings: list[str] = Field(default_factory=list)
    children_connected: dt.date | None = None
    tidiga_hypoteser_review_days: int = 180
    # sensitive diagnosis classes: ICD-10 code prefixes/ranges and terms (NL103)
    sensitive_icd10: list[str] = Field(default_factory=list)
    sensitive_terms: list[str] = Field(default_factory=list)


class OfficeHours(_Strict):
    weekdays: list[int] = Field(default_factory=lambda: [0, 1, 2, 3, 4])  # Mon=0
    start: dt.time = dt.time(8, 0)
    end: dt.time = dt.time(16, 0)
    holidays_country: str = "SE"
    # days that are not office hours although not public holidays (Midsommarafton …)
    extra_closed_days: list[str] = Field(default_factory=list)


class Access(_Strict):
    """Reglerad åtkomst: where and how access changes are documented (NL3)."""

    doc_keyword: str = "Reglerad åtkomst på 1177.se"
    doc_keyword_aliases: list[str] = Field(default_factory=list)
    doc_template: str | None = None
    doc_deadline_days: int = 3
    doc_before_days: int = 1
    # an ended seal/lock may be documented this many days before its end date (NL302)
    end_doc_before_days: int = 7
    required_elements: list[
        Literal["period", "decider", "grounds", "scope", "informed", "guardian"]
    ] = Field(default_factory=list)
    seal_end_required: bool = False
    seal_max_days: int | None = None
    seal_max_severity: Literal["error", "warning"] = "warning"
    lock_max_days: int | None = None
    lock_max_severity: Literal["error", "warning"] = "error"
    office_hours: OfficeHours = Field(default_factory=OfficeHours)
    office_deciders: list[str] = Field(default_factory=lambda: ["verksamhetschef"])
    after_hours_deciders: list[str] = Field(default_factory=lambda: ["bakjour"])
    deciders_apply_to: list[str] = Field(
        default_factory=lambda: ["seal", "lock", "block_guardian"]
    )
    guardian_block_max_age: int = 12
    protected_identity_requires: list[str] = Field(default_factory=lambda: ["seal", "lock"])
    urgent_form_deadline_days: int | None = None
    staff_seal_requires_ongoing_care: bool = True
    documented_actions: list[str] = Field(
        default_factory=lambda: [
            "seal", "unseal", "lock", "unlock", "block_guardian", "unblock_guardian",
            "extend", "grant_minor_access", "grant_guardian_access", "revoke_guardian_access",
        ]
    )
    source: str = ""


class EHealth(_Strict):
    """1177 e-tjänster (seed 000)."""

    case_kinds: dict[str, Literal["renewal", "rebooking", "self_referral", "advice", "other"]] = (
        Field(default_factory=dict)
    )
    exempt_kinds: list[str] = Field(default_factory=lambda: ["renewal", "rebooking"])
    doc_deadline_hours: int = 72
    link_window_days: int = 3
    copy_overlap_threshold: float = 0.6
    referral_templates: list[str] = Field(default_factory=list)
    source: str = ""


class Treatments(_Strict):
    """Stöd och behandling (seed 000)."""

    doc_deadline_days: int = 14
    link_window_days: int = 30
    source: str = ""


class Ruleset(_Strict):
    name: str
    region: str = ""
    extends: str | None = None
    version: str = "1"
    source: str = ""
    journal_systems: list[str] = Field(default_factory=list)
    protected: list[ProtectedTemplate] = Field(default_factory=list)
    visibility: Visibility = Field(default_factory=Visibility)
    access: Access = Field(default_factory=Access)
    ehealth: EHealth = Field(default_factory=EHealth)
    treatments: Treatments = Field(default_factory=Treatments)
    # rule codes or prefixes this region switches off, with the reason in a comment
    disabled_rules: list[str] = Field(default_factory=list)

    @field_validator("name")
    @classmethod
    def _one_printable_line(cls, v: str) -> str:
        # (written in every report's summary: a line break or an escape sequence there
        # would start a line of its own — a CI workflow command — or move the terminal)
        from notelint import pii
        from notelint.model import printable

        if printable(v) != v or not v.strip():
            raise ValueError("ska vara en rad läsbar text (inga radbrytningar eller styrtecken)")
        return pii.mask_text(v)

    def journal_system(self, name: str) -> str:
        """``name`` as this ruleset spells one of its journal systems (any case), or
        ValueError naming the ones it knows: the system of notes whose input names none
        (FHIR, most JSON exports), given by ``--journal-system`` or ``journal-system``."""
        known = {s.casefold(): s for s in self.journal_systems}
        got = known.get(name.strip().casefold())
        if got is None:
            raise ValueError(f"{name!r} is not a journal system of ruleset {self.name} "
                             f"({', '.join(self.journal_systems) or 'none'})")
        return got

    # -------------------------------------------------------------- lookups used by rules

    def protections_named(self, name: str) -> list[ProtectedTemplate]:
        """The region's protections whose name or alias is ``name`` (any system, any date)."""
        return _protection_index(self.protected).get(_norm(name), [])

    def protection_for(
        self, name: str | None, *, system: str | None = None, on: dt.date | None = None,
        as_: Literal["template", "keyword"] | None = None,
    ) -> ProtectedTemplate | None:
        """The protection a template/sökord name gives in this region, if any. With ``as_``
        the name is used as that ("keyword": a sökord), and only a protection of that kind
        counts: Skåne hides by the template *Tidiga hypoteser*, not by a sökord so named in
        an ordinary note; VGR by the sökord."""
        if not name:
            return None
        for p in self.protections_named(name):
            if as_ is not None and p.kind != as_:
                continue
            if p.systems and system and _norm(system) not in _norm_set(*p.systems):
                continue
            if p.introduced and on and on < p.introduced:
                continue
            return p
        return None

    def is_hidden(
        self, template: str | None, keyword: str | None, *, system: str | None = None,
        on: dt.date | None = None,
    ) -> bool:
        """Whether 1177 Journalen filters out a section (by its note's template or sökord)."""
        return bool(
            self.protection_for(template, system=system, on=on, as_="template")
            or self.protection_for(keyword, system=system, on=on, as_="keyword")
        )

    def case_kind(self, case_type: str) -> str:
        key = _norm(case_type)
        for name, kind in self.ehealth.case_kinds.items():
            if _norm(name) == key:
                return kind
        return "other"


@lru_cache(maxsize=8192)  # called for every section × protected name: keep it a dict hit
def normalise_name(s: str) -> str:
    """A template/sökord/system name as compared (:func:`notelint.names.heading_key`:
    "Tidiga hypoteser:" as exports print a heading is the template so named)."""
    return heading_key(s)


_norm = normalise_name


# id(ruleset.protected) -> (that list, normalised name -> protections). Rules ask for every
# section, so this must be a dict hit; the list is kept to tell a reused id from the same list.
_INDEXES: dict[int, tuple[list[ProtectedTemplate], dict[str, list[ProtectedTemplate]]]] = {}


def _protection_index(protected: list[ProtectedTemplate]) -> dict[str, list[ProtectedTemplate]]:
    entry = _INDEXES.get(id(protected))
    if entry is None or entry[0] is not protected:
        index: dict[str, list[ProtectedTemplate]] = {}
        for p in protected:
            for n in _norm_set(*p.names()):
                index.setdefault(n, []).append(p)
        if len(_INDEXES) > 64:  # a handful of rulesets per process; never grows unbounded
            _INDEXES.clear()
        entry = _INDEXES[id(protected)] = (protected, index)
    return entry[1]


@lru_cache(maxsize=1024)
def _norm_set(*names: str) -> frozenset[str]:
    return frozenset(_norm(n) for n in names)


# --------------------------------------------------------------------------- loading


def _builtin_dir() -> Path:
    return Path(str(resources.files("notelint.rulesets_data")))


def available_rulesets() -> list[str]:
    return sorted(p.stem for p in _builtin_dir().glob("*.toml"))


def _fold(text: str) -> str:
    """``Region Skåne`` → ``regionskane``: case, diacritics (å/ä/ö), spaces and dashes gone."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


#: names people write for a region that its ``region`` title does not give (folded)
_ALIASES = {"vg": "vgr", "vgregionen": "vgr", "inera": "national", "nationell": "national",
            "nationellt": "national", "riket": "national"}


def _bare(folded: str) -> str:
    """A folded region title without 'region'/'regionen'/'län'/genitive s."""
    for prefix in ("regionen", "region"):
        folded = folded.removeprefix(prefix)
    for suffix in ("regionen", "lans", "lan"):
        folded = folded.removesuffix(suffix)
    return folded.removesuffix("s") if len(folded) > 4 else folded


@lru_cache(maxsize=1)
def _name_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for path in sorted(_builtin_dir().glob("*.toml")):
        title = ""
        m = re.search(r'(?m)^region\s*=\s*"([^"]+)"', path.read_text(encoding="utf-8"))
        if m:
            title = re.sub(r"\(.*?\)", "", m.group(1))
        for key in (path.stem, _fold(title), _bare(_fold(title)), _bare(path.stem)):
            if key:
                index.setdefault(key, path.stem)
    for alias, stem in _ALIASES.items():
        if stem in index.values():
            index.setdefault(alias, stem)
    return index


def ruleset_name(written: str) -> str | None:
    """The built-in ruleset a person means: ``Skåne``, ``skane``, ``Region Skåne``,
    ``Västra Götaland``, ``VGR``, ``Jönköpings län`` … (None when none fits)."""
    folded = _fold(written)
    index = _name_index()
    return index.get(folded) or index.get(_bare(folded))


def _resolve(name_or_path: str, relative_to: Path | None = None) -> Path:
    p = Path(name_or_path)
    if p.suffix == ".toml":
        if not p.is_absolute() and relative_to is not None and (relative_to / p).exists():
            return relative_to / p
        if p.exists():
            return p
        builtin = _builtin_dir() / p.name
        if builtin.exists():
            return builtin
        raise RulesetError(f"{name_or_path}: ruleset file not found")
    builtin = _builtin_dir() / f"{name_or_path}.toml"
    if builtin.exists():
        return builtin
    if relative_to is not None and (relative_to / f"{name_or_path}.toml").exists():
        return relative_to / f"{name_or_path}.toml"
    canonical = ruleset_name(name_or_path)
    if canonical is not None:
        return _builtin_dir() / f"{canonical}.toml"
    import difflib

    close = difflib.get_close_matches(_fold(name_or_path), list(_name_index()), n=1,
                                      cutoff=0.7)
    hint = f" (did you mean {_name_index()[close[0]]!r}?)" if close else ""
    raise RulesetError(
        f"unknown ruleset {name_or_path!r}{hint}; choose one of "
        f"{', '.join(available_rulesets())} or give a path to a .toml file"
    )


def _merge(base: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in child.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        elif k == "protected" and isinstance(v, list) and isinstance(out.get(k), list):
            out[k] = [*out[k], *v]
        else:
            out[k] = v
    return out


def _key_line(text: str, loc: tuple[Any, ...]) -> int | None:
    """Line of the key a validation error points at (tables tracked as we scan)."""
    keys = [str(k) for k in loc if not isinstance(k, int)]
    if not keys:
        return None
    leaf = keys[-1]
    table = ".".join(keys[:-1])
    current = ""
    candidates: list[int] = []
    for i, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        m = re.match(r"^\[\[?\s*([^\]]+?)\s*\]\]?", line)
        if m:
            current = m.group(1)
            if current == ".".join(keys) or current.endswith("." + leaf) or current == leaf:
                candidates.append(i)
            continue
        m = re.match(r'^"?([A-Za-z0-9_\-]+)"?\s*=', line)
        if m and m.group(1) == leaf:
            if current == table or not table:
                return i
            candidates.append(i)
    return candidates[0] if candidates else None


def _load_file(path: Path, seen: tuple[Path, ...] = ()) -> dict[str, Any]:
    if path in seen:
        raise RulesetError(f"{path}: 'extends' forms a cycle")
    from notelint.settings_files import CONFIG_LIMIT, read_regular

    try:
        text = read_regular(path, CONFIG_LIMIT).decode("utf-8")
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise RulesetError(f"{path}: not valid TOML: {e}") from None
    except ValueError:  # (an integer of thousands of digits)
        raise RulesetError(f"{path}: a number is too long to be a setting") from None
    except UnicodeDecodeError:
        raise RulesetError(f"{path}: not UTF-8; save the ruleset as UTF-8") from None
    except OSError as e:
        raise RulesetError(f"{path}: cannot read: {e.strerror}") from None
    data.setdefault("name", path.stem)
    parent = data.get("extends")
    if parent:
        merged = _merge(_load_file(_resolve(parent, path.parent), (*seen, path)), data)
        merged["extends"] = parent
        merged["name"] = data["name"]
        data = merged
    _validate(path, text, data)
    return data


def _validate(path: Path, text: str, data: dict[str, Any]) -> Ruleset:
    try:
        return Ruleset.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        loc = err["loc"]
        dotted = ".".join(str(x) for x in loc)
        line = _key_line(text, loc)
        where = f"{path}:{line}" if line else str(path)
        if err["type"] == "extra_forbidden":
            msg = f"unknown key {dotted!r}; check its spelling against rulesets/national.toml"
        else:
            msg = f"key {dotted!r}: {err['msg']}"
        raise RulesetError(f"{where}: {msg}") from None


@lru_cache(maxsize=32)
def load_ruleset(name_or_path: str = "national") -> Ruleset:
    """Load a ruleset by built-in name (``skane``) or by path, with its ``extends`` chain."""
    path = _resolve(name_or_path)
    data = _load_file(path)
    return Ruleset.model_validate(data)
