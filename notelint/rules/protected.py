"""NL2 — protected templates and sökord (undantag från direktåtkomst).

Each region filters some templates (mallar, Skåne) or sökord (VGR) out of 1177 Journalen.
Content of a kind the routine wants hidden (violence in a close relationship, concern for
a child, HUBS, harmful third-party information, single-blind trial allocation) written in a
visible section is visible to the patient. The rules read only the model, the note's NLP
triggers (``ctx.annotations(note).triggers``) and the ruleset's ``[[protected]]`` table.

The helpers here (what this region uses instead, where a protection applies) are shared
with the NL1 rules in ``diagnoses``.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Iterator

from notelint.context import Context
from notelint.model import Finding, Note
from notelint.rules import Source, rule
from notelint.rulesets import ProtectedTemplate, Ruleset, RulesetError
from notelint.rulesets import normalise_name as _norm

__all__ = [
    "note_day", "describe", "where_instead", "purpose_protections", "applies",
    "known_protections",
]

# What each purpose is called in a message (Swedish).
PURPOSE_LABEL: dict[str, str] = {
    "hypothesis": "tidiga hypoteser",
    "violence": "våld i nära relationer",
    "child_concern": "oro för att barn far illa / orosanmälan",
    "hubs": "hälsoundersökning på begäran av socialnämnd (HUBS)",
    "third_party": "uppgifter från/om tredje person",
    "single_blind": "enkelblind prövning",
}

# Where a region without its own protection of a purpose may put it, per its routine.
# 001: Tidiga hypoteser "kan också användas vid situationer där närstående eller tredje man
# lämnar uppgifter som befaras leda till hot- eller våldssituationer".
FALLBACK_PURPOSE: dict[str, str] = {"third_party": "hypothesis"}


def note_day(note: Note) -> dt.date | None:
    t = note.time or note.signed
    return t.date() if t else None


def describe(p: ProtectedTemplate) -> str:
    return f'{"mallen" if p.kind == "template" else "sökordet"} "{p.name}"'


def applies(p: ProtectedTemplate, system: str | None, day: dt.date | None) -> bool:
    """Whether protection ``p`` filters a note of this system written on this day."""
    if p.systems and system and _norm(system) not in {_norm(s) for s in p.systems}:
        return False
    if p.introduced and day and day < p.introduced:
        return False
    return True


def purpose_protections(ruleset: Ruleset, purpose: str) -> list[ProtectedTemplate]:
    return [p for p in ruleset.protected if p.purpose == purpose]


def _region(ruleset: Ruleset) -> str:
    return ruleset.region or ruleset.name


def _why_not(p: ProtectedTemplate, system: str | None, day: dt.date | None,
             used_as: str | None = None) -> str:
    reasons = []
    if used_as and p.kind != used_as:  # Skåne's template written as a sökord
        reasons.append("regionen döljer den som mall, inte som sökord" if p.kind == "template"
                       else "regionen döljer den som sökord, inte som mall")
    if p.systems and system and _norm(system) not in {_norm(s) for s in p.systems}:
        reasons.append(f"den finns bara i {', '.join(p.systems)}, inte i {system}")
    if p.introduced and day and day < p.introduced:
        reasons.append(f"den infördes först {p.introduced.isoformat()}")
    return " och ".join(reasons) or "den gäller inte för den här anteckningen"


@lru_cache(maxsize=1)
def known_protections() -> dict[str, tuple[tuple[str, str, ProtectedTemplate], ...]]:
    """Every protection name of every built-in ruleset: norm(name) → (ruleset, region, p)."""
    from notelint.rulesets import available_rulesets, load_ruleset

    out: dict[str, list[tuple[str, str, ProtectedTemplate]]] = {}
    for name in available_rulesets():
        try:
            rs = load_ruleset(name)
        except RulesetError:
            continue
        for p in rs.protected:
            for n in p.names():
                out.setdefault(_norm(n), []).append((rs.name, _region(rs), p))
    return {k: tuple(v) for k, v in out.items()}


def _elsewhere(ruleset: Ruleset, purpose: str) -> str:
    """'VGR: sökordet "Enkelblind prövning"' for the other regions' protections of a purpose."""
    seen: dict[str, str] = {}
    for entries in known_protections().values():
        for rs_name, region, p in entries:
            if rs_name != ruleset.name and p.purpose == purpose and p.name not in seen:
                seen[p.name] = f"{region}: {describe(p)}"
    return "; ".join(seen.values())


def where_instead(ctx: Context, note: Note, purpose: str) -> str:
    """One Swedish sentence: where this region wants content of ``purpose`` documented."""
    rs = ctx.ruleset
    day = note_day(note)
    region = _region(rs)
    ps = purpose_protections(rs, purpose)
    usable = [p for p in ps if applies(p, note.system, day)]
    if usable:
        return f"Dokumentera det i {describe(usable[0])}, som {region} döljer i 1177 Journalen."
    if ps:
        p = ps[0]
        return (f"{region} döljer {describe(p)}, men inte här: {_why_not(p, note.system, day)}. "
                "Skriv inte uppgiften i synlig fritext; ta upp menprövning/försegling med "
                "verksamhetschef.")
    fb = FALLBACK_PURPOSE.get(purpose)
    if fb:
        fbs = [p for p in purpose_protections(rs, fb) if applies(p, note.system, day)]
        if fbs:
            return (f"{region} har ingen egen mall eller sökord för "
                    f"{PURPOSE_LABEL.get(purpose, purpose)}; enligt regionens rutin används "
                    f"{describe(fbs[0])} för sådana uppgifter, som döljs i 1177 Journalen.")
    other = _elsewhere(rs, purpose)
    also = f" (andra regioner använder {other}, men det filtreras inte här)" if other else ""
    return (f"{region} har ingen mall eller sökord för {PURPOSE_LABEL.get(purpose, purpose)} "
            f"som döljs i 1177 Journalen{also}. Skriv inte uppgiften i synlig fritext; "
            "ta upp menprövning/försegling med verksamhetschef.")


# --------------------------------------------------------------------------- trigger rules

_TRIGGER_PURPOSE: dict[str, str] = {
    "violence_close": "violence",
    "child_concern": "child_concern",
    "hubs": "hubs",
    "third_party_threat": "third_party",
    "single_blind": "single_blind",
}

_WHAT: dict[str, str] = {
    "violence_close": "Våld i nära relation",
    "child_concern": "Oro för att ett barn far illa",
    "hubs": "Hälsoundersökning på begäran av socialnämnd (HUBS)",
    "third_party_threat": "Uppgifter från/om annan person som kan leda till hot eller våld",
    "single_blind": "Tilldelning i en enkelblind prövning",
}


def _visible_triggers(note: Note, ctx: Context, kind: str) -> Iterator[Finding]:
    """One finding per sentence of a visible section with (non-negated) triggers of ``kind``;
    the span covers the sentence's triggers."""
    ann = ctx.annotations(note)
    groups: dict[tuple[int, int], list[int]] = {}
    for t in ann.triggers:
        if t.kind != kind or t.negated or not (0 <= t.section < len(note.sections)):
            continue
        section = note.sections[t.section]
        if ctx.is_hidden(note, section):
            continue
        key = (t.section, t.sentence if t.sentence >= 0 else t.start)  # one finding a sentence
        span = groups.setdefault(key, [t.start, t.end])
        span[0], span[1] = min(span[0], t.start), max(span[1], t.end)
    for (index, _), (start, end) in sorted(groups.items()):
        section = note.sections[index]
        msg = (f"{_WHAT[kind]} dokumenteras under sökordet \"{section.keyword}\", som visas "
               f"för patienten i 1177 Journalen. "
               f"{where_instead(ctx, note, _TRIGGER_PURPOSE[kind])}")
        yield ctx.finding(note, msg, section=section, start=start, end=end)


@rule(code="NL201", name="violence-outside-protected-template", scope="note", severity="error",
      source=(Source("001", "I PMO och Melior ska du använda mallen \"Våld i nära relationer\" "
                            "för att dokumentera våldsutsatthet. Ingenting som antecknas i "
                            "mallen visas i Journalen via nätet."),
              Source("004", "Våldsutsatthet i nära relationer (sökord, infört 160601)")))
def violence_outside_protected_template(note: Note, ctx: Context) -> Iterator[Finding]:
    """Violence in a close relationship is documented in a section the patient can see.

    Why: the regions hide violence in close relationships from 1177 Journalen — Skåne in
    the template *Våld i nära relationer*, VGR under the sökord *Våldsutsatthet i nära
    relationer* — because a partner or relative with access to the patient's phone or
    login may read it and escalate. Negated screening ("frågat om våld i nära relation,
    förnekar") and violence by a stranger do not fire.
    Bad: Bedömning: "Pat berättar att sambon slagit henne i ansiktet vid flera tillfällen."
    Good: the same text in the template/sökord for violence in close relationships.
    """
    yield from _visible_triggers(note, ctx, "violence_close")


@rule(code="NL202", name="child-concern-outside-protected-template", scope="note",
      severity="error",
      source=(Source("001", "I PMO och Melior ska man i dessa situationer dokumentera i mallen "
                            "Oro för att barn far illa"),
              Source("004", "Orosanmälan gällande barn (sökord, införs 190901): Vårdnadshavare "
                            "får inte ta del av denna information under utredning")))
def child_concern_outside_protected_template(note: Note, ctx: Context) -> Iterator[Finding]:
    """Concern that a child is harmed (abuse, orosanmälan) is in a visible section.

    Why: the child's guardians — often the people the concern is about — read the child's
    journal in 1177 Journalen. Skåne documents it in *Oro för att barn far illa*, VGR under
    the sökord *Orosanmälan gällande barn* (from 2019-09-01). "2 barn" in a social history
    is not a concern.
    Bad: Bedömning: "Orosanmälan till socialtjänsten gjord pga misstänkt misshandel av pappa."
    Good: the same text in the child-concern template/sökord.
    """
    yield from _visible_triggers(note, ctx, "child_concern")


@rule(code="NL203", name="hubs-outside-template", scope="note", severity="error",
      source=Source("001", "Vid hälsoundersökning ska mallen Hälsoundersökning på begäran om "
                           "socialnämnd användas för dokumentation. Ingenting som antecknas i "
                           "mallen visas i Journalen via nätet."))
def hubs_outside_template(note: Note, ctx: Context) -> Iterator[Finding]:
    """A health examination at the social board's request (HUBS) is documented outside
    the HUBS template.

    Why: a child about to be placed in out-of-home care is examined at the social board's
    request; the routine hides that documentation from 1177 Journalen (where guardians read
    it) by requiring the template *Hälsoundersökning på begäran av socialnämnd*.
    Bad: Läkaranteckning: "Hälsoundersökning inför placering på begäran av socialnämnden."
    Good: the same examination documented in the HUBS template.
    """
    yield from _visible_triggers(note, ctx, "hubs")


@rule(code="NL204", name="third-party-information-visible", scope="note", severity="warning",
      source=(Source("004", "Tredje person (sökord, infört 170710): informationen från/om annan "
                            "person … patienten själv, närstående eller tredje person kan lida "
                            "skada av att ta del av uppgifterna direkt"),
              Source("001", "Det kan också användas vid situationer där närstående eller tredje "
                            "man lämnar uppgifter som befaras leda till hot- eller "
                            "våldssituationer")))
def third_party_information_visible(note: Note, ctx: Context) -> Iterator[Finding]:
    """Information from or about another person that may lead to threats or violence
    is in a visible section.

    Why: when a relative or a third person tells staff something that would put them at
    risk if the patient read it, VGR documents it under the sökord *Tredje person*; Skåne's
    routine uses *Tidiga hypoteser* for it.
    Bad: Anamnes: "Dottern berättar i förtroende att pat hotat grannen; vill ej att pat får veta."
    Good: the same text under *Tredje person* (VGR) / in *Tidiga hypoteser* (Skåne).
    """
    yield from _visible_triggers(note, ctx, "third_party_threat")


@rule(code="NL205", name="single-blind-trial-visible", scope="note", severity="error",
      source=Source("004", "Enkelblind prövning (sökord, infört 170323): Används när patienten "
                           "ingår i en enkelblind studie."))
def single_blind_trial_visible(note: Note, ctx: Context) -> Iterator[Finding]:
    """The arm of a single-blind trial is written where the patient can read it.

    Why: in a single-blind trial the patient must not know the allocation; VGR hides it
    under the sökord *Enkelblind prövning*. A region without such a sökord must keep the
    allocation out of visible free text.
    Bad: Ordination: "Randomiserad till aktiv behandling (studie X), pat blindad."
    Good: the allocation under *Enkelblind prövning*; the visible note says only "ingår i studie X".
    """
    yield from _visible_triggers(note, ctx, "single_blind")


@rule(code="NL206", name="protected-keyword-not-filtered", scope="note", severity="error",
      source=(Source("001", "I PMO och Melior … genom att använda Tidiga hypoteser / mallen "
                            "\"Våld i nära relationer\""),
              Source("004", "Rutiner för dokumentation av undantag från direktåtkomst: Sökord … "
                            "Infört")))
def protected_keyword_not_filtered(note: Note, ctx: Context) -> Iterator[Finding]:
    """A note relies on a protection template or sökord that this region does not filter.

    Why: the templates and sökord that hide content differ per region, journal system and
    date. A VGR sökord such as *Tredje person* used in Skåne, a Skåne template in VGR, a
    Skåne template's name written as a sökord in an ordinary note (Skåne hides by the
    template: "anges i mallen Tidiga hypoteser"), or a sökord used before it was introduced,
    hides nothing: the content IS visible in 1177 Journalen while the author believes it is
    protected.
    Bad: Skåne, Melior: sökord "Tredje person": "Grannen uppger att pat hotat honom."
    Good: Skåne: the region's own template (e.g. mallen "Tidiga hypoteser"); VGR: sökord "Tredje person".
    """
    rs = ctx.ruleset
    day = note_day(note)
    known = known_protections()
    region = _region(rs)
    places: list[tuple[str, object]] = [(note.template or "", None)]
    if not rs.protection_for(note.template, system=note.system, on=day, as_="template"):
        # a note hidden by its template shows none of its sökord, protected or not
        places += [(s.keyword, s) for s in note.sections]
    for name, section in places:
        if not name or rs.protection_for(name, system=note.system, on=day,
                                         as_="template" if section is None else "keyword"):
            continue
        key = _norm(name)
        what = "mallen" if section is None else "sökordet"
        own = rs.protections_named(name)
        if own:
            p = own[0]
            msg = (f"{what.capitalize()} \"{name}\" döljs inte i 1177 Journalen här: "
                   f"{_why_not(p, note.system, day, 'template' if section is None else 'keyword')}. "
                   "Innehållet VISAS för patienten. "
                   f"{where_instead(ctx, note, p.purpose)}")
        elif key in known:
            others = [(r, p) for rn, r, p in known[key] if rn != rs.name]
            if not others:
                continue
            r, p = others[0]
            msg = (f"{what.capitalize()} \"{name}\" används i {r} för att dölja uppgifter, men "
                   f"{region} filtrerar inte {what} — innehållet VISAS i 1177 Journalen. "
                   f"{where_instead(ctx, note, p.purpose)}")
        else:
            continue
        if section is None:
            yield ctx.finding(note, msg, detail=f"template:{name}")
        else:
            yield ctx.finding(note, msg, section=section, start=0,  # type: ignore[arg-type]
                              end=len(section.text))  # type: ignore[attr-defined]
