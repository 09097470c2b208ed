"""NL4 — 1177 e-tjänster: handled cases (ärenden) and how they reach the journal.

Source: seed 000, "Journalföring av ärenden i e-tjänsterna på 1177.se". A case is
linked to its documentation by the note's ``refs`` first; otherwise by a note of the
same unit written between the case's opening and ``[ehealth] link_window_days`` after
it was handled, whose text is about the same matter (shared content words with the
case messages, or an explicit mention of 1177 / e-tjänst / inkorg / ärende).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterator

from notelint.context import Context
from notelint.model import Conversation, Finding, Note, Record
from notelint.rules import Source, rule
from notelint.nlp import doccues
from notelint.rules import _links as cues

__all__ = ["case_links", "CaseLink"]

_MIN_SHARED_STEMS = 2
_MIN_COPIED_SHINGLES = 8


@dataclass
class CaseLink:
    case: Conversation
    kind: str
    notes: list[Note] = field(default_factory=list)

    @property
    def primary(self) -> Note | None:
        return self.notes[0] if self.notes else None

    def sections(self) -> list[tuple[str, str]]:
        return cues.note_sections(self.notes)


def _case_start(case: Conversation) -> dt.datetime | None:
    return cues.naive(case.opened or case.handled)


def _about_case(note: Note, case: Conversation, kind: str, case_stems: set[str],
                idx: cues.NoteIndex, ctx: Context) -> bool:
    if idx.mentions(note, "ehealth_mention"):
        return True
    if kind == "self_referral" and _is_referral_note(note, ctx, idx):
        return True
    return len(case_stems & idx.stems(note)) >= _MIN_SHARED_STEMS


def case_links(ctx: Context) -> list[CaseLink]:
    """Every conversation of the record with its documenting notes (computed once)."""
    cached = getattr(ctx, "_ehealth_links", None)
    if cached is not None and cached[0] is ctx.record:
        return cached[1]
    idx = cues.note_index(ctx)
    known = cues.known_ids(ctx.record)
    eh = ctx.ruleset.ehealth
    window = dt.timedelta(days=eh.link_window_days)
    links: list[CaseLink] = []
    for case in ctx.record.conversations:
        kind = ctx.ruleset.case_kind(case.type)
        notes = idx.referring(case.id)
        if not notes:
            start = _case_start(case)
            if start is not None:
                end = (cues.naive(case.handled) or start) + window
                case_stems = doccues.content_stems(" ".join(m.text for m in case.messages))
                notes = [
                    n for n in idx.between(case.unit, start - dt.timedelta(hours=1), end)
                    if not cues.refs_elsewhere(n, known)
                    and _about_case(n, case, kind, case_stems, idx, ctx)
                ]
        links.append(CaseLink(case, kind, notes))
    setattr(ctx, "_ehealth_links", (ctx.record, links))
    return links


def _is_referral_note(note: Note, ctx: Context, idx: cues.NoteIndex | None = None) -> bool:
    names = {t.strip().casefold() for t in ctx.ruleset.ehealth.referral_templates}
    if note.template and note.template.strip().casefold() in names:
        return True
    if any(s.keyword.strip().casefold() in names for s in note.sections):
        return True
    if idx is not None:
        return idx.mentions(note, "referral")
    return cues.says(note.text, "referral")


def _documented_cases(ctx: Context) -> Iterator[CaseLink]:
    """Handled cases that concern care, are not exempt, and have documentation."""
    exempt = set(ctx.ruleset.ehealth.exempt_kinds)
    for link in case_links(ctx):
        if link.case.handled is None or not link.case.concerns_care or link.kind in exempt:
            continue
        if link.notes:
            yield link


# --------------------------------------------------------------------------- rules


@rule(code="NL401", name="undocumented-1177-case", scope="record", severity="error",
      source=Source("000", "När ett ärende som berör patientens vård har hanterats i "
                           "e-tjänsterna på 1177.se ska journalföring alltid ske."))
def undocumented_1177_case(record: Record, ctx: Context) -> Iterator[Finding]:
    """A handled 1177 case that concerns the patient's care has no journal note.

    Why: the conversation in 1177 e-tjänster is not transferred to the journal; what
    mattered for the patient's care exists nowhere else. Prescription renewal and
    rebooking are exempt (the medication list / booking is the documentation).
    A case is linked by the note's `refs`, else by a note of the same unit within
    `[ehealth] link_window_days` after handling that is about the same matter.
    Bad: ärende 1177-4711 "Rådgivning" (utslag på armen) hanterat 2024-03-12, ingen anteckning
    Good: Telefonanteckning 2024-03-12, refs 1177-4711: "Kontaktorsak: hör av sig via 1177 pga utslag …"
    """
    eh = ctx.ruleset.ehealth
    exempt = set(eh.exempt_kinds)
    for link in case_links(ctx):
        case = link.case
        if case.handled is None or not case.concerns_care or link.kind in exempt or link.notes:
            continue
        due = cues.naive(case.handled) + dt.timedelta(hours=eh.doc_deadline_hours)
        if record.as_of is not None and cues.naive(record.as_of) < due:
            continue  # not yet due
        yield ctx.finding(
            case,
            f"Ärende {case.id} ({case.type or 'okänd typ'}) hanterades "
            f"{case.handled:%Y-%m-%d} men saknar journalanteckning; dokumentera kontaktorsak, "
            "bedömning, åtgärd och resultat (ange ärendet i anteckningen).",
            detail=case.id,
        )


@rule(code="NL402", name="missing-contact-reason", scope="record", severity="warning",
      source=Source("000", "Patientens kontaktorsak ska sammanfattas i journalen."))
def missing_contact_reason(record: Record, ctx: Context) -> Iterator[Finding]:
    """The note documenting a 1177 case does not summarise why the patient made contact.

    Why: the routine asks for the contact reason in summary, as for any other contact.
    Accepted: a sökord such as Kontaktorsak/Sökorsak with text, or wording like "söker
    för", "hör av sig via 1177 pga", "undrar över".
    Bad: "Bedömning: ej akut. Åtgärd: egenvårdsråd."
    Good: "Kontaktorsak: Hör av sig via 1177 pga hosta sedan 3 v. Bedömning: … Åtgärd: …"
    """
    for link in _documented_cases(ctx):
        if doccues.has_element("contact_reason", link.sections()):
            continue
        yield ctx.finding(
            link.primary,  # type: ignore[arg-type]
            f"Anteckningen för 1177-ärende {link.case.id} sammanfattar inte kontaktorsaken; "
            "skriv kort varför patienten hörde av sig (t.ex. under sökord Kontaktorsak).",
            detail=link.case.id,
        )


@rule(code="NL403", name="missing-assessment-or-action", scope="record", severity="warning",
      source=Source("000", "Vårdpersonalens bedömning, åtgärd och resultat dokumenteras på "
                           "samma sätt som om patienten kontaktat vården på annat sätt."))
def missing_assessment_or_action(record: Record, ctx: Context) -> Iterator[Finding]:
    """The note documenting a 1177 case lacks the assessment or the action (or the result).

    Why: the routine requires bedömning, åtgärd and resultat as for any other contact.
    The result is required where the case ended with one (staff answered with a
    provsvar/resultat in the conversation).
    Bad: "Kontaktorsak: undrar över provsvar." (no Bedömning, no Åtgärd)
    Good: "Kontaktorsak: undrar över provsvar. Bedömning: Hb 128, ua. Åtgärd: besked via 1177, åter vb."
    """
    for link in _documented_cases(ctx):
        secs = link.sections()
        missing = []
        if not doccues.has_element("assessment", secs):
            missing.append("bedömning")
        if not doccues.has_element("action", secs):
            missing.append("åtgärd")
        staff_said_result = any(cues.says(m.text, "result_in_case")
                                for m in link.case.messages if not cues.from_citizen(m))
        if staff_said_result and not doccues.has_element("result", secs):
            missing.append("resultat")
        if missing:
            yield ctx.finding(
                link.primary,  # type: ignore[arg-type]
                f"Anteckningen för 1177-ärende {link.case.id} saknar {_join(missing)}; "
                f"dokumentera {'den' if len(missing) == 1 else 'dem'} som vid annan kontakt.",
                detail=link.case.id,
            )


@rule(code="NL404", name="conversation-copied", scope="record", severity="warning",
      source=Source("000", "Hela konversationen i ärendet ska inte dokumenteras, utan endast "
                           "delar som är av betydelse för patientens vård och behandling."))
def conversation_copied(record: Record, ctx: Context) -> Iterator[Finding]:
    """The note pastes the 1177 conversation instead of summarising it.

    Why: only what matters for care belongs in the journal. Measured as the overlap of
    word 5-gram shingles between the note and the case's messages, robust to small
    edits; fires at `[ehealth] copy_overlap_threshold` of either the conversation or
    the note.
    Bad: the patient's and the nurse's messages pasted verbatim under Aktuellt
    Good: "Kontaktorsak: hosta 3 v, ej feber. Bedömning: … Åtgärd: …"
    """
    threshold = ctx.ruleset.ehealth.copy_overlap_threshold
    for link in case_links(ctx):
        texts = [m.text for m in link.case.messages if m.text.strip()]
        if not texts:
            continue
        for note in link.notes:
            of_case, of_note, shared = doccues.overlap(note.text, texts)
            if shared >= _MIN_COPIED_SHINGLES and max(of_case, of_note) >= threshold:
                yield ctx.finding(
                    note,
                    f"Anteckningen återger konversationen i 1177-ärende {link.case.id} "
                    f"ordagrant (≈{round(max(of_case, of_note) * 100)} % överlapp); "
                    "sammanfatta i stället kontaktorsak, bedömning, åtgärd och resultat.",
                    detail=link.case.id,
                )


@rule(code="NL405", name="late-documentation", scope="record", severity="warning",
      source=Source("000", "Dokumentationen ska ske så snart som möjligt efter att ärendet "
                           "hanterats."))
def late_documentation(record: Record, ctx: Context) -> Iterator[Finding]:
    """The note for a 1177 case was signed later than the ruleset's deadline after handling.

    Why: "så snart som möjligt"; other staff may need the information. The deadline is
    `[ehealth] doc_deadline_hours` (national default 72 h). An unsigned draft past the
    deadline is reported too.
    Bad: case handled 2024-03-04 09:10, note signed 2024-03-11
    Good: case handled 2024-03-04 09:10, note signed 2024-03-04 11:30
    """
    hours = ctx.ruleset.ehealth.doc_deadline_hours
    limit = dt.timedelta(hours=hours)
    for link in _documented_cases(ctx):
        handled = cues.naive(link.case.handled)
        signed = [(cues.naive(n.signed), n) for n in link.notes if n.signed is not None]
        if any(t - handled <= limit for t, _ in signed):
            continue
        today = cues.naive(ctx.today)
        if signed:
            t_first, first = min(signed, key=lambda x: x[0])
            delay = t_first - handled
            yield ctx.finding(
                first,
                f"Anteckningen för 1177-ärende {link.case.id} signerades {_duration(delay)} "
                f"efter att ärendet hanterades (gräns {hours} h); dokumentera så snart som möjligt.",
                detail=link.case.id,
            )
        elif today - handled > limit:
            yield ctx.finding(
                link.notes[0],
                f"Anteckningen för 1177-ärende {link.case.id} är ännu inte signerad "
                f"{_duration(today - handled)} efter att ärendet hanterades "
                f"(gräns {hours} h); signera den.",
                detail=link.case.id,
            )


@rule(code="NL406", name="attachment-not-summarised", scope="record", severity="warning",
      source=Source("000", "Information som är av betydelse för vården ska sammanfattas i "
                           "journalen. Om bilder bifogas skannas dessa enligt riktlinjer för "
                           "respektive journalsystem."))
def attachment_not_summarised(record: Record, ctx: Context) -> Iterator[Finding]:
    """A case with attachments whose note neither summarises them nor records scanning.

    Why: attachments are working material and are discarded after assessment; what
    matters must be summarised in the journal and images scanned.
    Accepted: the note names the attachment file or speaks of "bild", "foto", "bifogad",
    or says "bilder skannade" / "skannas in".
    Bad: case with utslag.jpg; note "Bedömning: kontakteksem. Åtgärd: Hydrokortison."
    Good: "Bifogad bild visar rodnad fläckvis utslag vä underarm. Bilder skannade."
    """
    for link in case_links(ctx):
        case = link.case
        if not case.attachments or not link.notes:
            continue
        text = " ".join(n.text for n in link.notes)
        if any(cues.says(n.text, "images_scanned") or cues.says(n.text, "attachment_summary")
               for n in link.notes):
            continue
        if any(a.name.casefold() in text.casefold() for a in case.attachments):
            continue
        names = ", ".join(a.name for a in case.attachments[:3])
        images = any(a.kind == "image" for a in case.attachments)
        yield ctx.finding(
            case,
            f"Ärende {case.id} har bilagor ({names}) som inte sammanfattas i journalen; "
            "sammanfatta det som har betydelse för vården"
            + (" och skanna in bilderna." if images else "."),
            detail=case.id,
        )


@rule(code="NL407", name="self-referral-not-handled-as-referral", scope="record",
      severity="warning",
      source=Source("000", "Egen vårdbergäran är en remiss och ska hanteras på samma sätt som "
                           "övriga remisser."))
def self_referral_not_handled_as_referral(record: Record, ctx: Context) -> Iterator[Finding]:
    """An egen vårdbegäran is documented as an ordinary contact, not as a referral.

    Why: a self-referral is a remiss and must be registered, assessed and answered like
    other referrals. Accepted: a note in one of `[ehealth] referral_templates`
    (e.g. Remissbedömning) or text saying it is handled as a remiss.
    Bad: Egen vårdbegäran → "Telefonanteckning: pat vill till ortoped, får tid."
    Good: Egen vårdbegäran → "Remissbedömning: egen vårdbegäran handläggs som remiss, prio 2."
    """
    for link in case_links(ctx):
        if link.kind != "self_referral" or link.case.handled is None or not link.notes:
            continue
        if any(_is_referral_note(n, ctx) for n in link.notes):
            continue
        yield ctx.finding(
            link.case,
            f"Egen vårdbegäran {link.case.id} är dokumenterad som vanlig kontakt; handlägg "
            "och dokumentera den som remiss (remissbedömning, prioritering, besked).",
            detail=link.case.id,
        )


@rule(code="NL408", name="feedback-may-need-registration", scope="record", severity="info",
      source=Source("000", "Om patienten skulle bifoga annan typ av material, exempelvis "
                           "förbättringsförslag eller synpunkter, kan den informationen vara "
                           "allmän handling och behöva diarieföras enligt rutin."))
def feedback_may_need_registration(record: Record, ctx: Context) -> Iterator[Finding]:
    """A message or attachment in a case is feedback that may need diarieföring.

    Why: synpunkter, klagomål and förbättringsförslag can be public documents
    (allmän handling) that must be registered by the unit's routine, not just answered.
    Bad: "Jag vill framföra synpunkter på bemötandet i receptionen" — answered, not registered
    Good: the same message forwarded to the registrator / synpunktshantering
    """
    for case in record.conversations:
        hits: list[str] = []
        for m in case.messages:
            if not cues.from_citizen(m):
                continue
            hits.extend(cues.affirmed(m.text, "feedback"))
        for a in case.attachments:
            name = a.name.replace("_", " ").replace("-", " ")
            hits.extend(c.text for c in doccues.document_cues(name) if c.kind == "feedback")
        if hits:
            yield ctx.finding(
                case,
                f"Ärende {case.id} innehåller synpunkter/klagomål (”{hits[0].lower()}”); "
                "bedöm om det är allmän handling som ska diarieföras enligt rutin.",
                detail=case.id,
            )


# --------------------------------------------------------------------------- helpers


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " och " + items[-1]


def _duration(delta: dt.timedelta) -> str:
    hours = delta.total_seconds() / 3600
    if hours < 48:
        return f"{round(hours)} h"
    return f"{round(hours / 24)} dygn"
