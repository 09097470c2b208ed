"""NL5 — Stöd och behandling: platform treatments and their journal documentation.

Source: seed 000, "3 Stöd och behandling på 1177.se". A treatment is linked to its
documentation by the note's ``refs`` first; otherwise by notes of the same unit from
``[treatments] link_window_days`` before the start until that long after the end (or
the record's date), whose text is about the treatment (an explicit mention of Stöd och
behandling / internetbehandling / iKBT / 1177, or the program name's content words).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterator

from notelint.context import Context
from notelint.model import Finding, Note, Record, Treatment
from notelint.rules import Source, rule
from notelint.nlp import doccues
from notelint.rules import _links as cues

__all__ = ["treatment_links", "TreatmentLink"]

_DOCUMENTED_STATUSES = ("ongoing", "completed", "aborted")
_FINISHED = ("completed", "aborted")
# care-relevant information a patient may write on the platform (cue kinds "care_<key>" in
# models/doc_cues.tsv, "documented_<key>" for the journal wording that shows it was handled)
CARE_LABELS: dict[str, str] = {
    "suicidal": "suicidtankar", "worsening": "försämring", "side_effects": "biverkningar",
    "new_symptoms": "nya symtom", "pregnancy": "graviditet",
    "near_accident": "olyckstillbud (t.ex. somnat vid ratten)",
    "substance": "ökat alkohol- eller drogbruk",
}
_STATUS_SV = {"planned": "planerad", "ongoing": "pågående", "completed": "avslutad",
              "aborted": "avbruten"}


@dataclass
class TreatmentLink:
    treatment: Treatment
    notes: list[Note] = field(default_factory=list)

    def sections(self) -> list[tuple[str, str]]:
        return cues.note_sections(self.notes)


def _as_datetime(value: dt.date | dt.datetime | None) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return cues.naive(value)
    return dt.datetime.combine(value, dt.time())


def _program_stems(program: str) -> set[str]:
    return doccues.content_stems(program) - {"behan", "inter", "digit", "progr"}


def treatment_links(ctx: Context) -> list[TreatmentLink]:
    """Every treatment of the record with its documenting notes (computed once)."""
    cached = getattr(ctx, "_treatment_links", None)
    if cached is not None and cached[0] is ctx.record:
        return cached[1]
    idx = cues.note_index(ctx)
    known = cues.known_ids(ctx.record)
    window = dt.timedelta(days=ctx.ruleset.treatments.link_window_days)
    links: list[TreatmentLink] = []
    for tr in ctx.record.treatments:
        notes = idx.referring(tr.id)
        start = _as_datetime(tr.start)
        if not notes and start is not None:
            end = _as_datetime(tr.end) or cues.naive(ctx.today)
            stems = _program_stems(tr.program)
            need = min(2, len(stems)) or 99
            notes = [
                n for n in idx.between(tr.unit, start - window, max(end, start) + window)
                if not cues.refs_elsewhere(n, known)
                and (idx.mentions(n, "treatment_mention") or len(stems & idx.stems(n)) >= need)
            ]
        links.append(TreatmentLink(tr, notes))
    setattr(ctx, "_treatment_links", (ctx.record, links))
    return links


def _due(tr: Treatment, ctx: Context) -> bool:
    """Whether documentation is due: the first note may come within doc_deadline_days."""
    start = _as_datetime(tr.start)
    if start is None or ctx.record.as_of is None:
        return True
    return cues.naive(ctx.record.as_of) >= start + dt.timedelta(days=ctx.ruleset.treatments.doc_deadline_days)


def _documented(ctx: Context) -> Iterator[TreatmentLink]:
    for link in treatment_links(ctx):
        if link.treatment.status in _DOCUMENTED_STATUSES and link.notes:
            yield link


def _name(tr: Treatment) -> str:
    return f"{tr.program or 'behandling'} ({tr.id})"


# --------------------------------------------------------------------------- rules


@rule(code="NL501", name="treatment-undocumented", scope="record", severity="error",
      source=Source("000", "Om patienten genomgår en behandling i Stöd och "
                           "behandlingsplattformen på 1177.se ska detta dokumenteras i journalen."))
def treatment_undocumented(record: Record, ctx: Context) -> Iterator[Finding]:
    """An ongoing or finished Stöd och behandling treatment has no journal documentation.

    Why: nothing in the platform reaches the journal by itself; a colleague opening the
    journal cannot see that the patient is in, or has been through, a treatment.
    Planned treatments and treatments started less than `[treatments] doc_deadline_days`
    before the record's `as_of` are not yet due.
    Bad: "Internetbaserad KBT vid depression", status completed, no note mentions it
    Good: Behandlingsanteckning refs sob-1: "Bakgrund: … Planering: iKBT 8 moduler … Resultat: PHQ-9 19→8"
    """
    for link in treatment_links(ctx):
        tr = link.treatment
        if tr.status not in _DOCUMENTED_STATUSES or link.notes or not _due(tr, ctx):
            continue
        yield ctx.finding(
            tr,
            f"Behandlingen {_name(tr)} i Stöd och behandling ({_STATUS_SV[tr.status]}) saknar "
            "journaldokumentation; dokumentera bakgrund, planerade och genomförda åtgärder "
            "och resultat.",
            detail=tr.id,
        )


@rule(code="NL502", name="treatment-background-missing", scope="record", severity="warning",
      source=Source("000", "Dokumentation ska alltid ske gällande Bakgrund till planerade och "
                           "genomförda behandlingar"))
def treatment_background_missing(record: Record, ctx: Context) -> Iterator[Finding]:
    """The journal documentation of a platform treatment gives no background.

    Why: the reason for the treatment (symptoms, duration, screening, diagnosis) must be
    in the journal. Accepted: sökord Bakgrund/Anamnes/Aktuellt, or text like
    "bakgrund", "sedan 6 mån", "PHQ-9", "söker för".
    Bad: "Pat aktiverad i iKBT-programmet. Modul 1 tilldelad."
    Good: "Bakgrund: nedstämdhet sedan 6 mån, PHQ-9 17. Planering: iKBT depression 8 moduler."
    """
    for link in _documented(ctx):
        # a rating under Avslut/Resultat tells how it went, not why it began
        if not doccues.has_element("background", link.sections(), not_under=("closing",)):
            yield ctx.finding(
                link.treatment,
                f"Journalen saknar bakgrund till behandlingen {_name(link.treatment)}; "
                "dokumentera varför den ges (besvär, duration, skattning).",
                detail=link.treatment.id,
            )


@rule(code="NL503", name="treatment-actions-missing", scope="record", severity="warning",
      source=Source("000", "Dokumentation ska alltid ske gällande Planerade och genomförda "
                           "behandlande åtgärder"))
def treatment_actions_missing(record: Record, ctx: Context) -> Iterator[Finding]:
    """The journal documentation of a platform treatment lacks planned/performed actions.

    Why: what is planned and what has been done (modules, homework, behandlarkontakt)
    must be in the journal. Accepted: sökord Planering/Åtgärd/Behandling, or text such
    as "påbörjat", "modul 3 genomförd", "hemuppgifter", "planeras".
    Bad: "Bakgrund: sömnbesvär sedan 1 år, ISI 19." and nothing more
    Good: "Planering: KBT-I via Stöd och behandling, 6 moduler, sömnrestriktion från v 2."
    """
    for link in _documented(ctx):
        if not doccues.has_element("treatment_action", link.sections()):
            yield ctx.finding(
                link.treatment,
                f"Journalen saknar planerade/genomförda åtgärder i behandlingen "
                f"{_name(link.treatment)}; dokumentera plan och vad som genomförts.",
                detail=link.treatment.id,
            )


@rule(code="NL504", name="treatment-results-missing", scope="record", severity="warning",
      source=Source("000", "Dokumentation ska alltid ske gällande Resultat av behandlande "
                           "åtgärder"))
def treatment_results_missing(record: Record, ctx: Context) -> Iterator[Finding]:
    """A completed or aborted platform treatment has no result in the journal.

    Why: the outcome (skattning before/after, effect, why it was aborted) must be
    documented. Accepted: sökord Resultat/Utvärdering/Avslutning, or text like
    "PHQ-9 8", "förbättrad", "ingen effekt", "avbröts pga".
    Bad: completed iKBT; notes only "Pat påbörjar iKBT"
    Good: "Utvärdering: PHQ-9 från 19 till 8, god effekt. Avslutas."
    """
    for link in _documented(ctx):
        if link.treatment.status not in _FINISHED:
            continue
        if not doccues.has_element("treatment_result", link.sections()) and not _later_score(link):
            word = "avbrutna" if link.treatment.status == "aborted" else "avslutade"
            yield ctx.finding(
                link.treatment,
                f"Journalen saknar resultat av den {word} behandlingen "
                f"{_name(link.treatment)}; dokumentera utfall (t.ex. skattning före/efter) "
                "eller varför den avbröts.",
                detail=link.treatment.id,
            )


@rule(code="NL505", name="treatment-information-undocumented", scope="record",
      severity="warning",
      source=Source("000", "Dessutom kan annan information som är av relevans för att patienten "
                           "ska få en god och säker vård inkomma via stöd och "
                           "behandlingsplattformen. Denna information är också journalpliktig"))
def treatment_information_undocumented(record: Record, ctx: Context) -> Iterator[Finding]:
    """Care-relevant information from the patient on the platform is not in the journal.

    Why: suicidal thoughts (also indirect: "orkar inte mer", "vill inte vakna"), worsening,
    side effects (also in lay words: darrar, svettas, rastlös, yr, mår illa), new symptoms,
    pregnancy, more drinking or drugs, or a near-accident from sleepiness ("nästan somnat
    vid ratten") written in the platform are journalpliktiga; a colleague must find them in the journal. Negated
    statements ("inga tankar på att ta mitt liv") do not count. The information is
    documented when a note written on or after the message's day speaks of it (also as
    an assessment, e.g. "inga suicidtankar vid tel.kontakt"): a note linked to the
    treatment, or any note of the same unit within `[treatments] link_window_days`.
    The cues are reviewable data in `models/doc_cues.tsv`.
    Bad: message "jag vill inte leva längre" — no note after it mentions suicidal thoughts
    Good: "Pat skriver i plattformen om dödstankar; ringd samma dag, suicidriskbedömning: …"
    """
    idx = cues.note_index(ctx)
    window = dt.timedelta(days=ctx.ruleset.treatments.link_window_days)
    for link in treatment_links(ctx):
        tr = link.treatment
        if tr.status == "planned":
            continue
        reported: dict[str, dt.datetime | None] = {}
        quotes: dict[str, str] = {}
        for m in tr.messages:
            if not cues.from_citizen(m):
                continue
            for cat in CARE_LABELS:
                hits = cues.affirmed(m.text, "care_" + cat)
                if not hits:
                    continue
                if cat not in reported or _later(cues.naive(m.time), reported[cat]):
                    reported[cat] = cues.naive(m.time)
                    quotes[cat] = hits[0]
        for cat, when in reported.items():
            day = when.date() if when else None
            doc = "documented_" + cat
            if any(_on_or_after(n, day) and idx.mentions(n, doc) for n in link.notes):
                continue
            if when is not None and any(  # any note of the unit after it, about the matter or not
                idx.mentions(n, doc)
                for n in idx.between(tr.unit, dt.datetime.combine(when.date(), dt.time()),
                                     when + window)
            ):
                continue
            when_txt = f" {when:%Y-%m-%d}" if when else ""
            yield ctx.finding(
                tr,
                f"Patienten skrev{when_txt} i {_name(tr)} om {CARE_LABELS[cat]} "
                f"(”{quotes[cat].lower()}”) men det finns inte i journalen; bedöm och "
                "dokumentera det.",
                detail=f"{tr.id}:{cat}",
            )


def _later_score(link: TreatmentLink) -> bool:
    """A rating (PHQ-9 7) in a note written after the day the treatment started."""
    start = _as_datetime(link.treatment.start)
    for n in link.notes:
        t = n.time or n.signed
        if start is not None and t is not None and t.date() > start.date() and cues.says(n.text, "score"):
            return True
    return False


def _on_or_after(note: Note, day: dt.date | None) -> bool:
    """Whether a note was written on or after ``day`` (undated notes and days count)."""
    t = note.time or note.signed
    return day is None or t is None or t.date() >= day


def _later(a: dt.datetime | None, b: dt.datetime | None) -> bool:
    return a is not None and (b is None or a > b)
