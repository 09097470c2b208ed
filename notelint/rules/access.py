"""NL3 — Reglerad åtkomst på 1177.se: seals, locks, guardian blocks and their documentation.

Record rules over ``record.access_events`` and the notes that document them. The heart of
the family is matching a documentation note to an access event: the note must be

* in the ruleset's place (sökord *Reglerad åtkomst på 1177.se*; in Cosmic/Jönköping the
  template *Administrativ anteckning* under sökord *Åtgärd*),
* written by the deciding unit (same HSA-id, :meth:`Unit.same_as`),
* inside the time window (``doc_before_days`` before to ``doc_deadline_days`` after the
  order), and
* about this action (Swedish cue words per action, :data:`ACTION_CUES`).

The documentation notes of a record are indexed once per record (by unit, sorted by
date), so a record with thousands of notes costs one pass plus a bisect per event.
Patient-initiated events need no staff documentation (001: the patient seals himself).
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator

from notelint.context import Context
from notelint.model import AccessEvent, Finding, Note, Record, Unit
from notelint.nlp.accesscues import access_cues, mentions_access_change
from notelint.rules import Source, rule
from notelint.rulesets import Access, OfficeHours
from notelint.rulesets import normalise_name as _norm

__all__ = [
    "ACTION_CUES", "ELEMENTS", "ELEMENTS_FOR_ACTION", "find_elements", "is_about",
    "is_office_hours",
]

# --------------------------------------------------------------------------- cue kinds
# What a documentation text says is an NLP annotation: the kinds of models/access_cues.tsv
# it holds (notelint.nlp.accesscues, once per text). A note is "about" an action if it
# holds every kind of at least one alternative; a kind starting with "!" must be absent
# (a seal is documented by "förseglad", or by "förseglingen …" without an end word —
# "förseglingen bruten" is its end).
ACTION_CUES: dict[str, tuple[tuple[str, ...], ...]] = {
    "seal": (("seal_set",), ("seal", "!end")),
    "unseal": (("seal", "end"),),
    "lock": (("lock_set",), ("lock", "!end")),
    "unlock": (("lock", "end"), ("unlock_word",), ("unlocked_up",)),
    "block_guardian": (("block_set",), ("block", "!end")),
    "unblock_guardian": (("block", "end"),),
    "extend": (("extend",),),
    "grant_minor_access": (("grant", "minor"), ("grant", "direct_access")),
    "grant_guardian_access": (("extend", "guardian_word", "access"), ("grant", "guardian_word")),
    "revoke_guardian_access": (("revoke", "guardian_word"), ("revoke", "access")),
}
# What happened when a seal/lock reached its end (NL302) is documented by the "un-"
# action's cues, or by a note that it was extended (förlängd) at that point.
END_CUES: dict[str, tuple[tuple[str, ...], ...]] = {
    "seal": ACTION_CUES["unseal"] + (("seal", "extend"),),
    "lock": ACTION_CUES["unlock"] + (("lock", "extend"),),
}

# Required elements (NL305), each a cue kind of the documentation's free text.
ELEMENTS = ("period", "decider", "grounds", "scope", "informed", "guardian")

_GUARDIAN_ACTIONS = {
    "block_guardian", "unblock_guardian", "grant_guardian_access", "revoke_guardian_access",
}
# Which elements each action's documentation must carry (intersected with the ruleset's
# ``required_elements``): 001 lists scope/decider/period/guardian for seals and locks;
# 003 adds grounds and who informed the patient, for seals and their restoring.
ELEMENTS_FOR_ACTION: dict[str, frozenset[str]] = {
    "seal": frozenset({"period", "decider", "grounds", "scope", "informed"}),
    "lock": frozenset({"period", "decider", "grounds", "scope", "informed"}),
    "block_guardian": frozenset({"period", "decider", "grounds", "guardian", "informed"}),
    "extend": frozenset({"period", "decider", "grounds", "informed"}),
    "unseal": frozenset({"decider", "informed"}),
    "unlock": frozenset({"decider", "informed"}),
    "unblock_guardian": frozenset({"decider", "guardian"}),
    "grant_minor_access": frozenset({"decider", "period"}),
    "grant_guardian_access": frozenset({"decider", "period", "guardian"}),
    "revoke_guardian_access": frozenset({"decider", "guardian"}),
}

_ACTION_SV: dict[str, str] = {
    "seal": "Försegling", "unseal": "Brytande av försegling", "lock": "Låsning av konto",
    "unlock": "Upplåsning av konto", "block_guardian": "Blockering av vårdnadshavare",
    "unblock_guardian": "Hävd blockering av vårdnadshavare", "extend": "Förlängning",
    "grant_minor_access": "Tilldelad direktåtkomst (13–15 år)",
    "grant_guardian_access": "Förlängd direktåtkomst för vårdnadshavare",
    "revoke_guardian_access": "Återtagen direktåtkomst för vårdnadshavare",
}
_ELEMENT_SV: dict[str, str] = {
    "period": "period/slutdatum (t.o.m. ÅÅÅÅ-MM-DD)",
    "decider": "vem som beslutat (verksamhetschef/bakjour/delegerad)",
    "grounds": "grund för beslutet",
    "scope": "omfattning (hela journalen / verksamhetens anteckningar / hela kontot)",
    "informed": "vem som informerat patienten",
    "guardian": "vilken vårdnadshavare (namn eller personnummer)",
}

def is_about(text: str, action: str, *, ended: bool = False) -> bool:
    """Whether ``text`` talks about ``action`` (or, with ``ended``, about it ending)."""
    found = access_cues(text)
    alts = (END_CUES if ended else ACTION_CUES).get(action, ())
    return any(all((k.lstrip("!") in found) is not k.startswith("!") for k in alt)
               for alt in alts)


def find_elements(text: str) -> set[str]:
    """The required-element kinds present in a documentation text."""
    return set(access_cues(text).intersection(ELEMENTS))


# --------------------------------------------------------------------------- office hours


@lru_cache(maxsize=64)
def _closed_days(country: str, year: int, extra: tuple[str, ...]) -> frozenset[dt.date]:
    """Public holidays plus the named de-facto days off (Midsommarafton …) of one year."""
    import holidays

    closed: set[dt.date] = set()
    try:
        public = holidays.country_holidays(country, years=year, language="sv")
    except (NotImplementedError, KeyError):
        public = {}
    closed.update(public.keys())
    names = {_norm(x) for x in extra if not _iso_day(x)}
    for x in extra:
        if _iso_day(x):
            d = dt.date.fromisoformat(x.strip())
            if d.year == year:
                closed.add(d)
    if names:
        try:
            cls = holidays.country_holidays(country, years=year, language="sv")
            cats = tuple(c for c in getattr(cls, "supported_categories", ()) if c != "public")
            other = holidays.country_holidays(country, years=year, language="sv", categories=cats) if cats else {}
        except (NotImplementedError, KeyError, ValueError):
            other = {}
        for day, name in {**dict(public), **dict(other)}.items():
            for part in str(name).split(";"):
                if _norm(_without_brackets(part)) in names:
                    closed.add(day)
    return frozenset(closed)


def _iso_day(value: str) -> bool:
    """Whether a configured closed day is a date (ÅÅÅÅ-MM-DD) rather than a holiday's name."""
    v = value.strip()
    return (len(v) == 10 and v[4] == v[7] == "-"
            and all(c.isdecimal() for c in v[:4] + v[5:7] + v[8:]))


def _without_brackets(name: str) -> str:
    """A holiday's name without its bracketed remarks: "Midsommarafton (de facto)"."""
    out, at = [], 0
    while (i := name.find("(", at)) >= 0:
        j = name.find(")", i)
        if j < 0 or "\n" in name[i:j]:
            out.append(name[at:i + 1])
            at = i + 1
            continue
        out.append(name[at:i])
        at = j + 1
    return "".join(out) + name[at:]


def is_office_hours(when: dt.datetime, hours: OfficeHours) -> bool:
    """Weekday office hours per ruleset; public holidays and extra closed days are not."""
    if when.weekday() not in hours.weekdays:
        return False
    if not (hours.start <= when.time() < hours.end):
        return False
    return when.date() not in _closed_days(
        hours.holidays_country, when.year, tuple(hours.extra_closed_days)
    )


# the deciders a ruleset names that the cue data knows other ways of writing (VC, utsedd …)
_ROLE_KINDS = {"verksamhetschef": "role_verksamhetschef", "bakjour": "role_bakjour",
               "delegerad": "role_delegerad"}


def _role_matches(role: str, allowed: Iterable[str]) -> bool:
    r = _norm(role)
    said = access_cues(r)
    for a in allowed:
        name = _norm(a)
        kind = _ROLE_KINDS.get(name)
        if (kind in said) if kind else (name in r):
            return True
    return False


# --------------------------------------------------------------------------- the index


@dataclass
class _Doc:
    day: dt.date
    note: Note
    text: str           # the text under the documentation sökord (right place) or whole note


class _Dated:
    """Docs sorted by date with their days, for bisecting a time window."""

    __slots__ = ("docs", "days")

    def __init__(self, docs: list[_Doc]) -> None:
        self.docs = sorted(docs, key=lambda d: d.day)
        self.days = [d.day for d in self.docs]

    def window(self, lo: dt.date, hi: dt.date) -> list[_Doc]:
        return self.docs[bisect.bisect_left(self.days, lo):bisect.bisect_right(self.days, hi)]


_EMPTY = _Dated([])
# how far after the deadline a note is still reported as "documented too late"
_LATE_LOOKAHEAD_DAYS = 90


@dataclass
class _Index:
    """Documentation candidates of one record, by unit key, sorted by date (built once)."""

    placed: dict[str, list[_Doc]] = field(default_factory=dict)
    elsewhere: dict[str, list[_Doc]] = field(default_factory=dict)
    placed_all: _Dated = _EMPTY
    by_unit: dict[tuple[str, tuple[str, ...]], _Dated] = field(default_factory=dict)
    matches: dict[int, "_Match | None"] = field(default_factory=dict)


def _unit_keys(unit: Unit | None) -> list[str]:
    if unit is None:
        return []
    keys = []
    if unit.hsa_id:
        keys.append("hsa:" + unit.hsa_id.strip().upper())
    if unit.name:
        keys.append("name:" + _norm(unit.name))
    return keys


def _note_day(note: Note) -> dt.date | None:
    t = note.time or note.signed
    return t.date() if t else None


def _in_place(note: Note, access: Access) -> list[str]:
    """Texts of the note's sections that are in the ruleset's documentation place."""
    if access.doc_template and _norm(note.template or "") != _norm(access.doc_template):
        return []
    wanted = {_norm(access.doc_keyword), *(_norm(a) for a in access.doc_keyword_aliases)}
    return [s.text for s in note.sections if _norm(s.keyword) in wanted]


def _build_index(record: Record, access: Access) -> _Index:
    idx = _Index()
    placed_all: list[_Doc] = []
    for note in record.notes:
        day = _note_day(note)
        if day is None:
            continue
        texts = _in_place(note, access)
        if texts:
            doc = _Doc(day, note, "\n".join(texts))
            target = idx.placed
            placed_all.append(doc)
        else:
            # outside the place: kept as a "documented in the wrong place" candidate
            # only if it names an access change at all (a cheap test)
            if not any(mentions_access_change(sec.text) for sec in note.sections):
                continue
            doc = _Doc(day, note, note.text)
            target = idx.elsewhere
        for key in _unit_keys(note.unit) or ["none:"]:
            target.setdefault(key, []).append(doc)
    idx.placed_all = _Dated(placed_all)
    return idx


def _index(ctx: Context) -> _Index:
    idx = ctx.__dict__.get("_nl3_index")
    if idx is None:
        idx = _build_index(ctx.record, ctx.ruleset.access)
        ctx.__dict__["_nl3_index"] = idx
    return idx


def _unit_docs(idx: _Index, which: str, unit: Unit | None) -> _Dated:
    """Docs of the unit (deduplicated, date order), confirmed with Unit.same_as; cached."""
    if unit is None:
        return _EMPTY
    keys = tuple(_unit_keys(unit))
    cache_key = (which, keys)
    hit = idx.by_unit.get(cache_key)
    if hit is not None:
        return hit
    table = idx.placed if which == "placed" else idx.elsewhere
    seen: set[int] = set()
    out: list[_Doc] = []
    for key in keys:
        for d in table.get(key, ()):
            if id(d) not in seen and unit.same_as(d.note.unit):
                seen.add(id(d))
                out.append(d)
    dated = _Dated(out)
    idx.by_unit[cache_key] = dated
    return dated


# --------------------------------------------------------------------------- event helpers


def _event_day(event: AccessEvent) -> dt.date | None:
    if event.ordered is not None:
        return event.ordered.date()
    return event.start


def _start_day(event: AccessEvent) -> dt.date | None:
    return event.start or (event.ordered.date() if event.ordered else None)


@dataclass
class _Match:
    doc: _Doc | None = None
    wrong_place: _Doc | None = None
    wrong_unit: _Doc | None = None
    too_late: _Doc | None = None


def _match(event: AccessEvent, ctx: Context) -> _Match | None:
    """Find the documentation of ``event``; None when it cannot be judged (no date).

    Computed once per event and shared by NL301 and NL305.
    """
    idx = _index(ctx)
    if id(event) in idx.matches:
        return idx.matches[id(event)]
    m = _find(event, ctx.ruleset.access, idx)
    idx.matches[id(event)] = m
    return m


def _find(event: AccessEvent, access: Access, idx: _Index) -> _Match | None:
    day = _event_day(event)
    if day is None:
        return None
    lo = day - dt.timedelta(days=access.doc_before_days)
    hi = day + dt.timedelta(days=access.doc_deadline_days)
    m = _Match()
    own = _unit_docs(idx, "placed", event.unit)
    for d in own.window(lo, hi):
        if is_about(d.text, event.action):
            m.doc = d
            return m
    for d in own.window(hi + dt.timedelta(days=1), hi + dt.timedelta(days=_LATE_LOOKAHEAD_DAYS)):
        if is_about(d.text, event.action):
            m.too_late = d
            break
    for d in _unit_docs(idx, "elsewhere", event.unit).window(lo, hi):
        if is_about(d.text, event.action):
            m.wrong_place = d
            break
    for d in idx.placed_all.window(lo, hi):
        if not (event.unit and event.unit.same_as(d.note.unit)) and is_about(d.text, event.action):
            m.wrong_unit = d
            break
    return m


def _place(access: Access) -> str:
    if access.doc_template:
        return f"mallen {access.doc_template} under sökordet {access.doc_keyword}"
    return f"sökordet {access.doc_keyword}"


def _unit_name(unit: Unit | None) -> str:
    if unit is None:
        return "beslutande enhet"
    return unit.name or unit.hsa_id or "beslutande enhet"


@dataclass
class _Restriction:
    event: AccessEvent
    end: dt.date | None                 # planned end incl. extensions
    ended_by: AccessEvent | None        # unseal/unlock event that ended it early
    extensions: list[AccessEvent]


_UNDO = {"seal": "unseal", "lock": "unlock"}


def _restrictions(record: Record, ctx: Context) -> list[_Restriction]:
    """Staff seals and locks with their extensions and early ends (computed once)."""
    cached = ctx.__dict__.get("_nl3_restrictions")
    if cached is not None:
        return cached
    events = sorted(
        (e for e in record.access_events if _start_day(e) is not None),
        key=lambda e: (_start_day(e), e.id),
    )
    out: list[_Restriction] = []
    by_event: dict[int, _Restriction] = {}
    for e in events:
        if e.action in _UNDO and e.initiated_by == "staff":
            r = _Restriction(e, e.end, None, [])
            out.append(r)
            by_event[id(e)] = r
        elif e.action == "extend":
            day = _start_day(e)
            # the latest open seal/lock of the same unit that the extension continues
            for r in reversed(out):
                if r.ended_by is None and (r.event.unit is None or r.event.unit.same_as(e.unit)
                                           or e.unit is None):
                    if r.end is None or day is None or day <= r.end + dt.timedelta(days=7):
                        r.extensions.append(e)
                        if e.end and (r.end is None or e.end > r.end):
                            r.end = e.end
                        break
        elif e.action in ("unseal", "unlock"):
            kind = "seal" if e.action == "unseal" else "lock"
            day = _start_day(e)
            for r in reversed(out):
                if r.event.action != kind or r.ended_by is not None:
                    continue
                if r.event.scope == "unit" and e.scope == "unit" and r.event.unit and e.unit \
                        and not r.event.unit.same_as(e.unit):
                    continue
                if day is not None and r.end is not None and day > r.end:
                    continue
                r.ended_by = e
                break
    ctx.__dict__["_nl3_restrictions"] = out
    return out


# --------------------------------------------------------------------------- rules


@rule(code="NL301", name="access-change-undocumented", scope="record", severity="error",
      source=(Source("001", "Vidtagna åtgärder ska dokumenteras av vårdpersonal på den vårdande "
                            "enhet som fattat beslutet om försegling under Reglerad åtkomst på "
                            "1177.se i patientens journal"),
              Source("003", "dokumenteras detta i Cosmic i mallen Administrativ anteckning under "
                            "sökordet Åtgärd"),
              Source("004", "Hälso-och sjukvårdspersonal ska dokumentera beslutet i journalsystemet")))
def access_change_undocumented(record: Record, ctx: Context) -> Iterator[Finding]:
    """A staff-handled access change has no documentation by the deciding unit, in time.

    Seals, locks, guardian blocks, their ends and extensions and 13–15 access grants
    that staff handled must be documented in the region's place (sökord/template).

    Why: other units only learn that a patient's Journalen is sealed, locked or blocked —
    and why, and until when — from the journal. The routines put this entry in one place
    (sökord *Reglerad åtkomst på 1177.se*; Cosmic: *Administrativ anteckning* / *Åtgärd*),
    written by the unit that decided, when the decision is taken. A note in another
    sökord, from another unit or weeks later does not count.
    Bad: Försegling beställd 2024-03-04 kl 10:15 av Psykiatrimottagning Lund; ingen
      anteckning under Reglerad åtkomst på 1177.se (bara "pat förseglad" under Bedömning).
    Good: 2024-03-04, Psykiatrimottagning Lund, sökord Reglerad åtkomst på 1177.se:
      "Hela journalen förseglad t.o.m. 2024-05-31 pga risk för hot från make. Beslut VC
      Eva Ek. Pat informerad av ssk Lisa Berg."
    """
    access = ctx.ruleset.access
    today = ctx.today.date()
    for event in record.staff_events(*access.documented_actions):
        m = _match(event, ctx)
        if m is None or m.doc is not None:
            continue
        day = _event_day(event)
        assert day is not None
        due = day + dt.timedelta(days=access.doc_deadline_days)
        what = _ACTION_SV[event.action]
        place = _place(access)
        if m.too_late is not None:
            late = (m.too_late.day - due).days
            yield ctx.finding(event, (
                f"{what} ({day}) dokumenterades först {m.too_late.day}, {late} dagar efter "
                f"sista dag ({due}); dokumentera under {place} senast "
                f"{access.doc_deadline_days} dagar efter beslutet."))
        elif m.wrong_place is not None:
            wp = m.wrong_place.note
            keywords = [s.keyword for s in wp.sections if is_about(s.text, event.action)]
            where = ", ".join(x for x in (wp.template, "sökord " + "/".join(keywords)
                                          if keywords else "") if x) or "annan plats"
            yield ctx.finding(event, (
                f"{what} ({day}) är dokumenterad i anteckning {wp.id} ({where}), inte under "
                f"{place}; flytta/komplettera anteckningen så att övriga enheter hittar den."))
        elif m.wrong_unit is not None:
            yield ctx.finding(event, (
                f"{what} ({day}) är dokumenterad av en annan enhet "
                f"({_unit_name(m.wrong_unit.note.unit)}); beslutande enhet "
                f"({_unit_name(event.unit)}) ska själv dokumentera under {place}."))
        elif today > due:
            yield ctx.finding(event, (
                f"{what} ({day}) saknar dokumentation; {_unit_name(event.unit)} ska dokumentera "
                f"under {place} senast {due} (period, beslutsfattare, grund)."))


@rule(code="NL302", name="seal-end-undocumented", scope="record", severity="error",
      source=(Source("001", "När förseglingen bryts ska detta dokumenteras av vårdpersonal under "
                            "Reglerad åtkomst på 1177.se … dokumentation sker både vid låsning och "
                            "upplåsning"),
              Source("003", "Då beslut om försegling eller återställande görs dokumenteras detta")))
def seal_end_undocumented(record: Record, ctx: Context) -> Iterator[Finding]:
    """A staff seal or account lock has ended and the journal does not say so.

    Ended means its end date (after extensions) has passed, or someone other than the
    care team ended it early.

    Why: when a seal expires the patient can read the journal again, and a locked account
    opens automatically after at most three months. Other units must be able to see that
    the restriction is over. An early end ordered by staff is its own event (NL301).
    Bad: seal t.o.m. 2024-05-31, audit 2024-06-30, no note after 2024-05-24 about it.
    Good: 2024-06-03 Reglerad åtkomst på 1177.se: "Förseglingen upphörde 2024-05-31 enl
      plan, ej förlängd. Pat informerad av ssk."
    """
    access = ctx.ruleset.access
    today = ctx.today.date()
    for r in _restrictions(record, ctx):
        if r.ended_by is not None:
            if r.ended_by.initiated_by == "staff" and "unseal" in access.documented_actions:
                continue  # a staff early end is an access event of its own (NL301)
            end = _start_day(r.ended_by)
        else:
            end = r.end
        if end is None or end >= today:
            continue
        due = end + dt.timedelta(days=access.doc_deadline_days)
        if today <= due:
            continue
        lo = end - dt.timedelta(days=access.end_doc_before_days)
        units = [u for u in (r.event.unit, r.ended_by.unit if r.ended_by else None) if u]
        found = False
        idx = _index(ctx)  # (built only for a record with an ended seal or lock)
        for unit in units:
            for d in _unit_docs(idx, "placed", unit).window(lo, due):
                if is_about(d.text, r.event.action, ended=True):
                    found = True
                    break
            if found:
                break
        if found:
            continue
        what = "Förseglingen" if r.event.action == "seal" else "Låsningen av kontot"
        yield ctx.finding(r.event, (
            f"{what} ({_start_day(r.event)}) upphörde {end} men det är inte dokumenterat; "
            f"dokumentera under {_place(access)} att den upphört (eller förlängts)."),
            detail=str(end))


@rule(code="NL303", name="seal-without-end-date", scope="record", severity="error",
      source=(Source("001", "Period då förseglingen ska gälla (slutdatum måste anges)"),
              Source("003", "Slutdatum för hur länge förseglingen ska vara aktiv ska alltid sättas")))
def seal_without_end_date(record: Record, ctx: Context) -> Iterator[Finding]:
    """A seal ordered by staff has no end date where the region requires one.

    Why: in Skåne and Jönköping a staff seal must always end on a set date, so that the
    patient's access is restored and a new decision is taken if it is still needed. VGR
    seals may run until further notice (the ruleset switches this off).
    Bad: seal from 2024-03-04 "tills vidare"
    Good: seal 2024-03-04 t.o.m. 2024-05-31
    """
    access = ctx.ruleset.access
    if not access.seal_end_required:
        return
    for event in record.staff_events("seal"):
        if event.end is None:
            limit = f" (högst {access.seal_max_days} dagar)" if access.seal_max_days else ""
            yield ctx.finding(event, f"Förseglingen saknar slutdatum; ange t.o.m.-datum{limit} "
                                     "i beställningen och i journalen.")


@rule(code="NL304", name="access-restriction-too-long", scope="record", severity="warning",
      source=(Source("001", "Låsning av patientens konto är tidsbegränsat och gäller högst tre "
                            "månader"),
              Source("003", "max 3 månader rekommenderas")))
def access_restriction_too_long(record: Record, ctx: Context) -> Iterator[Finding]:
    """A seal or lock (or one extension of it) runs longer than the region's maximum.

    Why: Skåne locks an account for at most three months (error); Jönköping recommends at
    most three months for a seal (warning). A longer need is a new decision: an extension
    documented as such, each period within the maximum.
    Bad: account lock 2024-01-10 t.o.m. 2024-07-10 (6 månader)
    Good: lock 2024-01-10 t.o.m. 2024-04-09, then a documented extension t.o.m. 2024-07-08
    """
    access = ctx.ruleset.access
    limits = {
        "seal": (access.seal_max_days, access.seal_max_severity, "Förseglingen"),
        "lock": (access.lock_max_days, access.lock_max_severity, "Låsningen"),
    }
    for r in _restrictions(record, ctx):
        max_days, severity, what = limits[r.event.action]
        if max_days is None:
            continue
        periods: list[tuple[AccessEvent, dt.date | None, dt.date | None, str]] = [
            (r.event, _start_day(r.event), r.event.end, what)]
        prev_end = r.event.end
        for ext in r.extensions:
            periods.append((ext, prev_end or _start_day(ext), ext.end, f"Förlängningen av {what.lower()}"))
            prev_end = ext.end or prev_end
        for ev, start, end, label in periods:
            if start is None:
                continue
            if end is None:
                if r.event.action == "lock" and ev is r.event:
                    yield ctx.finding(ev, f"{label} saknar slutdatum; den får gälla högst "
                                          f"{max_days} dagar — ange t.o.m.-datum.",
                                      severity=severity)
                continue
            days = (end - start).days
            if days > max_days:
                yield ctx.finding(ev, (
                    f"{label} gäller {days} dagar ({start} – {end}), mer än högst {max_days}; "
                    "korta perioden eller fatta och dokumentera ett nytt beslut om förlängning."),
                    severity=severity)


@rule(code="NL305", name="access-documentation-incomplete", scope="record", severity="warning",
      source=(Source("003", "Ange att försegling av information är gjord, vilken tid den gäller, "
                            "vem som tagit beslutet och vad som legat till grund för beslutet. "
                            "Ange också vem som informerat patienten"),
              Source("001", "Om enbart verksamhetens anteckningar ska förseglas eller om hela "
                            "Journalen … Verksamhetschef/bakjour … Period … vårdnadshavare")))
def access_documentation_incomplete(record: Record, ctx: Context) -> Iterator[Finding]:
    """The documentation of an access change lacks an element the region requires.

    Elements: period/end date, who decided, the grounds, the scope, who informed the
    patient, which guardian — as the region's routine lists them for that action.

    Why: the entry is what the next clinician, the patient's other units and
    Journalservice rely on: until when, on whose decision, why, for what and for whom.
    "tills vidare" is no end date where the region requires one.
    Bad: Reglerad åtkomst på 1177.se: "Pat förseglad."
    Good: Reglerad åtkomst på 1177.se: "Hela journalen förseglad 2024-03-04 t.o.m.
      2024-05-31 pga risk för hot. Beslut VC Eva Ek. Pat informerad av ssk Lisa Berg."
    """
    access = ctx.ruleset.access
    required = set(access.required_elements)
    if not required:
        return
    for event in record.staff_events(*access.documented_actions):
        needed = required & ELEMENTS_FOR_ACTION.get(event.action, frozenset())
        if "guardian" in needed and event.action not in _GUARDIAN_ACTIONS and not event.guardian_id:
            needed.discard("guardian")
        if event.action == "seal" and event.guardian_id and "guardian" in required:
            needed.add("guardian")
        if not needed:
            continue
        m = _match(event, ctx)
        if m is None or m.doc is None:
            continue
        text = m.doc.text
        said = access_cues(text)
        missing = [e for e in ELEMENTS if e in needed and e not in said]
        if ("period" in needed and "period" in said and event.action == "seal"
                and access.seal_end_required and "until_further_notice" in said
                and "end_date" not in said):
            missing.insert(0, "period")
            msg_tv = " ('tills vidare' räcker inte: slutdatum krävs)"
        else:
            msg_tv = ""
        if missing:
            parts = ", ".join(_ELEMENT_SV[e] for e in missing)
            yield ctx.finding(event, (
                f"Dokumentationen av {_ACTION_SV[event.action].lower()} ({_event_day(event)}) "
                f"i anteckning {m.doc.note.id} ({m.doc.day}) saknar: {parts}{msg_tv}; "
                "komplettera anteckningen."),
                detail=",".join(missing))


@rule(code="NL306", name="access-decider-not-authorised", scope="record", severity="error",
      source=(Source("001", "Blockering av vårdnadsrätt godkänns av verksamhetschef (klockan "
                            "8.00-16.00) och av bakjour under övrig tid"),
              Source("003", "verksamhetschef eller delegerad vårdpersonal")))
def access_decider_not_authorised(record: Record, ctx: Context) -> Iterator[Finding]:
    """The decider of a seal, lock or guardian block may not decide at that time.

    In office hours (weekdays 08–16, not public holidays or Midsommarafton/Julafton/
    Nyårsafton) the verksamhetschef decides, otherwise bakjour (per ruleset).

    Why: the routine gives the decision to the verksamhetschef in office hours and to
    bakjour, on the verksamhetschef's behalf, only outside them. A decision by someone
    else is not a valid basis for restricting the patient's access.
    Bad: block ordered Tuesday 2024-03-05 10:00, decided by "bakjour".
    Good: block ordered Midsommarafton 2024-06-21 10:00, decided by bakjour; or Tuesday
      10:00 decided by the verksamhetschef.
    """
    access = ctx.ruleset.access
    for event in record.staff_events(*access.deciders_apply_to):
        if event.ordered is None or event.decided_by is None or not event.decided_by.role:
            continue
        office = is_office_hours(event.ordered, access.office_hours)
        allowed = access.office_deciders if office else access.after_hours_deciders
        if _role_matches(event.decided_by.role, allowed):
            continue
        when = "kontorstid" if office else "jourtid (utanför vardagar 08–16 och helgdagar)"
        yield ctx.finding(event, (
            f"{_ACTION_SV[event.action]} {event.ordered:%Y-%m-%d %H:%M} beslutades av "
            f"'{event.decided_by.role}', som inte får besluta under {when}; beslut ska fattas "
            f"av {' eller '.join(allowed)}."))


@rule(code="NL307", name="seal-after-completed-care", scope="record", severity="error",
      source=Source("003", "gäller endast patienter som är under pågående vård och behandling. "
                           "En patient som är färdigbehandlad kan inte nekas tillgång"))
def seal_after_completed_care(record: Record, ctx: Context) -> Iterator[Finding]:
    """Staff sealed the patient's own access although the patient is no longer in care.

    Why: a seal on the care team's initiative is allowed only when it is of particular
    importance for ongoing care and treatment; a patient who has finished treatment
    cannot be denied access to their own journal. (Seals that protect a child from a
    guardian are not about the patient's own access.)
    Bad: seal ordered 2024-04-02, ongoing_care false ("avslutad kontakt 2024-03-15").
    Good: seal during ongoing treatment, or the patient seals it himself on 1177.se.
    """
    access = ctx.ruleset.access
    if not access.staff_seal_requires_ongoing_care:
        return
    own_from = ctx.ruleset.visibility.guardian_until_age
    for event in record.staff_events("seal"):
        if event.ongoing_care is not False or event.guardian_id:
            continue
        day = _event_day(event)
        age = record.patient.age_on(day) if day else None
        if age is not None and age < own_from:
            continue  # a young child's seal protects it from guardians
        yield ctx.finding(event, (
            "Försegling på vårdens initiativ av en patient som inte är under pågående vård; "
            "en färdigbehandlad patient kan inte nekas tillgång — häv beställningen."))


@rule(code="NL308", name="protected-identity-child-not-sealed", scope="record", severity="error",
      source=Source("004", "Har ett barn sekretesskydd (skyddat id) … förseglas barnets hela "
                           "journal via nätet (hela kontot) och barnets konto på 1177 ska låsas"))
def protected_identity_child_not_sealed(record: Record, ctx: Context) -> Iterator[Finding]:
    """A child with protected identity lacks a whole-journal seal and an account lock.

    Why: with protected identity a guardian or others can find the child through the
    journal or the 1177 account; the whole Journalen must be sealed for both guardians
    and the child's account locked.
    Bad: child (9 år) with protected_identity, only a unit seal.
    Good: whole seal and account lock ordered the same day, both documented.
    """
    patient = record.patient
    if not patient.protected_identity:
        return
    today = ctx.today.date()
    age = patient.age_on(today)
    if age is None or age >= 18:
        return
    active: set[str] = set()
    staff = {id(r.event): r for r in _restrictions(record, ctx)}
    for e in record.access_events:
        if e.action not in ("seal", "lock") or (e.action == "seal" and e.scope != "whole"):
            continue
        r = staff.get(id(e))
        if r is not None:   # staff restriction: its end includes extensions and early ends
            if r.ended_by is not None and (_start_day(r.ended_by) or today) <= today:
                continue
            end = r.end
        else:               # the patient's own seal/lock
            end = e.end
        if end is not None and end < today:
            continue
        active.add(e.action)
    missing = [a for a in ctx.ruleset.access.protected_identity_requires if a not in active]
    if missing:
        sv = {"seal": "försegling av hela journalen", "lock": "låsning av 1177-kontot"}
        yield ctx.finding(record, (
            f"Barn ({age} år) med skyddad identitet saknar {' och '.join(sv.get(m, m) for m in missing)}; "
            "beställ det via blanketten (skyddat id) och dokumentera beslutet i journalen."),
            detail=",".join(missing))


@rule(code="NL309", name="urgent-order-without-form", scope="record", severity="warning",
      source=(Source("004", "Efter telefonsamtalet skall avsedd blankett användas"),
              Source("002", "Om beställningen är akut fylls blanketten först i och därefter "
                            "kontaktas Supportcenter")))
def urgent_order_without_form(record: Record, ctx: Context) -> Iterator[Finding]:
    """An urgent (phone) order of a seal, lock or block has no form sent in time.

    Why: an urgent phone order is only a provisional step; the signed form is the order
    of record (VGR: after the call; Kalmar: the form is filled in first).
    Bad: urgent seal by phone 2024-06-21 22:40, form never sent.
    Good: urgent seal by phone 2024-06-21 22:40, form sent 2024-06-24.
    """
    deadline = ctx.ruleset.access.urgent_form_deadline_days
    if deadline is None:
        return
    today = ctx.today.date()
    for event in record.staff_events():
        if not event.urgent:
            continue
        day = _event_day(event)
        if day is None:
            continue
        due = day + dt.timedelta(days=deadline)
        if event.form_sent is None:
            if today > due:
                yield ctx.finding(event, (
                    f"Akut beställning {day} saknar skickad blankett; skicka den undertecknade "
                    f"blanketten (senast {due})."))
        elif event.form_sent > due:
            yield ctx.finding(event, (
                f"Blanketten för den akuta beställningen {day} skickades först {event.form_sent}, "
                f"efter {due}; skicka blanketten i direkt anslutning till beställningen."))


@rule(code="NL310", name="guardian-block-age", scope="record", severity="error",
      source=(Source("001", "Vårdpersonal kan blockera en eller båda vårdnadshavares tillgång … "
                            "för barn under 13 år"),
              Source("004", "vårdnadshavares direktåtkomst … tills barnet fyller 13 år")))
def guardian_block_age(record: Record, ctx: Context) -> Iterator[Finding]:
    """A guardian block was ordered for a child aged 13 or more.

    Why: guardians' automatic access ends when the child turns 13; a block is the tool
    for children under 13. For older children the question is the 13–15 access rules
    (revoking a granted guardian access), not a block.
    Bad: block of the father's access ordered 2027-12-15 for a child born 2014-12-12 (13 år).
    Good: block ordered 2027-12-11 (12 år) — or, at 13–15, revoke granted guardian access.
    """
    max_age = ctx.ruleset.access.guardian_block_max_age
    for event in record.access_events:
        if event.action != "block_guardian":
            continue
        day = _event_day(event)
        age = record.patient.age_on(day) if day else None
        if age is not None and age > max_age:
            yield ctx.finding(event, (
                f"Blockering av vårdnadshavare för ett barn som var {age} år vid beställningen; "
                f"blockering gäller barn upp till {max_age} år — använd reglerna för "
                "direktåtkomst 13–15 år i stället."))
