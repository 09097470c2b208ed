"""Preview: who will see a note in 1177 Journalen, which parts, and from when.

The answer is computed from the note, its record (patient's age, access events) and the
region's ruleset alone:

- the patient sees notes written from ``visibility.patient_min_age`` (16; seed 001:
  "Journalanteckningar som gjorts tidigare än då patienten var 16 år visas inte");
  at 13–15 only with a ``grant_minor_access`` in force (seed 004);
- guardians see the journal of a child under ``visibility.guardian_until_age`` (13),
  from ``visibility.children_connected`` where the region set one (VGR 2019-10-01);
  of a 13–15-year-old only with ``grant_guardian_access`` (and no later revoke);
- sections under a filtered template or sökord (``ruleset.is_hidden``, with each
  protection's introduction date) are hidden; ``hidden_from = "guardian"`` hides a
  section from guardians only;
- seals (whole journal, or the note's unit), account locks and guardian blocks that are
  in force at the note's time or now hide the note until they end;
- notes of psychiatric units are shown only from the unit kind's start date
  (``visibility.psychiatry_start``), and inpatient psychiatric care
  (``visibility.inpatient_psychiatry_settings``) with a delay of
  ``visibility.inpatient_psychiatry_delay_days`` (28 in Skåne, seed 001);
- an unsigned draft is shown to nobody until it is signed;
- the note rules of the linter are run on the note: their findings say which parts are
  risky to sign as they are.

The result is a pydantic model (:class:`NotePreview`); :func:`render_text` writes it as
readable Swedish.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from notelint import pii
from notelint.model import AccessEvent, Finding, Note, Record, printable
from notelint.rulesets import Ruleset

__all__ = [
    "AudienceView", "SectionView", "NotePreview", "preview_note", "preview_record",
    "select_notes", "render_text", "psychiatry_kind",
]

Who = Literal["patient", "guardian"]


class AudienceView(BaseModel):
    """What one reader (the patient, or the guardians) gets of the note."""

    who: Who
    visible_now: bool = Field(description="Whether this reader can read (some of) the note on the as-of day.")
    visible_from: dt.date | None = Field(
        None, description="First day the note becomes readable for this reader (None: never / unknown)."
    )
    visible_until: dt.date | None = Field(
        None, description="Last day of readability when access is known to end (e.g. child turns 13)."
    )
    when_signed: bool = Field(
        False, description="The note is an unsigned draft: visible_from counts from its signing."
    )
    known: bool = Field(
        True, description="False when the answer depends on the patient's age and the input "
                          "named no patient: visible_from is then None and reasons say why.")
    reasons: list[str] = Field(default_factory=list, description="Why, in Swedish.")

    _printable = field_validator("reasons")(lambda v: [printable(r) for r in v])


class SectionView(BaseModel):
    keyword: str
    hidden_from_patient: bool = False
    hidden_from_guardian: bool = False
    protection: str | None = Field(None, description="The template/sökord that filters the section.")
    reason: str | None = None
    findings: list[str] = Field(default_factory=list, description="Codes of findings in this section.")

    # ids and sökord come from the input: one printable line in every output
    _printable = field_validator("keyword", "protection", "reason")(
        lambda v: printable(v) if v is not None else v)


class NotePreview(BaseModel):
    note_id: str
    ruleset: str
    as_of: dt.date
    note_date: dt.date | None
    draft: bool
    patient_age_at_note: int | None
    patient_age_now: int | None
    patient_known: bool = Field(True, description="False: the input named no patient (ages unknown).")
    release_date: dt.date | None = Field(
        None, description="Earliest day 1177 Journalen shows the note at all (after delays)."
    )
    patient: AudienceView
    guardian: AudienceView
    sections: list[SectionView]
    findings: list[Finding] = Field(default_factory=list)

    _printable = field_validator("note_id")(lambda v: printable(v))


# --------------------------------------------------------------------------- helpers

_PSYCH_ALIASES: dict[str, tuple[str, ...]] = {
    "barn- och ungdomspsykiatri": (
        r"\bbup\b", r"barn-? och ungdomspsykiatri", r"barnpsykiatri", r"ungdomspsykiatri",
    ),
    "rättspsykiatri": (r"rättspsykiatri",),
    "vuxenpsykiatri": (r"vuxenpsykiatri", r"allmänpsykiatri", r"\bvup\b"),
}


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", (s or "").strip().casefold())


def psychiatry_kind(unit_name: str | None, ruleset: Ruleset) -> str | None:
    """The ``visibility.psychiatry_start`` key a unit name falls under, if any.

    Child and forensic psychiatry are matched first (BUP, "barn- och ungdomspsykiatri",
    "rättspsykiatri"); any other unit whose name says psykiatri counts as adult
    psychiatry ("vuxenpsykiatri") where the ruleset has that key.
    """
    name = _norm(unit_name)
    keys = {_norm(k): k for k in ruleset.visibility.psychiatry_start}
    if not name or not keys:
        return None
    for key_norm, key in keys.items():
        if key_norm in name:
            return key
        for pattern in _PSYCH_ALIASES.get(key_norm, ()):
            if re.search(pattern, name):
                return key
    if "psykiatri" in name and "vuxenpsykiatri" in keys:
        return keys["vuxenpsykiatri"]
    return None


def _is_inpatient_psychiatry(setting: str | None, ruleset: Ruleset) -> bool:
    s = _norm(setting)
    if not s:
        return False
    return any(_norm(x) in s or s in _norm(x) for x in ruleset.visibility.inpatient_psychiatry_settings)


def _day(t: dt.datetime | dt.date | None) -> dt.date | None:
    if t is None:
        return None
    return t.date() if isinstance(t, dt.datetime) else t


def _add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _event_start(e: AccessEvent) -> dt.date | None:
    return e.start or _day(e.ordered)


_ENDERS = {
    "seal": ("unseal",), "lock": ("unlock",), "block_guardian": ("unblock_guardian",),
    "grant_guardian_access": ("revoke_guardian_access",), "grant_minor_access": (),
}


def _periods(record: Record, action: str, note: Note) -> list[tuple[AccessEvent, dt.date, dt.date | None]]:
    """Periods (event, first day, last day or None) of ``action`` that apply to the note.

    A later ending event (unseal, unlock, …) of the same scope ends a period early;
    ``extend`` events move the end of the latest period before them.
    """
    events = sorted(
        (e for e in record.access_events if _event_start(e) is not None),
        key=lambda e: _event_start(e) or dt.date.min,
    )
    out: list[list] = []
    for e in events:
        start = _event_start(e)
        assert start is not None
        if e.action == action:
            if e.scope == "unit" and action in ("seal",) and not (
                e.unit is not None and e.unit.same_as(note.unit)
            ):
                continue
            out.append([e, start, e.end])
        elif e.action in _ENDERS.get(action, ()) and out:
            for p in out:
                if p[1] <= start and (p[2] is None or p[2] >= start) and (
                    e.guardian_id is None or p[0].guardian_id in (None, e.guardian_id)
                ):
                    p[2] = start - dt.timedelta(days=1)
        elif e.action == "extend" and out and action in ("seal", "lock"):
            last = out[-1]
            if last[1] <= start and e.end is not None and (last[2] is None or last[2] >= start - dt.timedelta(days=1)):
                last[2] = e.end
    return [(p[0], p[1], p[2]) for p in out]


def _in_force(periods, day: dt.date):
    return [p for p in periods if p[1] <= day and (p[2] is None or day <= p[2])]


def _fmt(d: dt.date | None) -> str:
    return d.isoformat() if d else "okänt datum"


# --------------------------------------------------------------------------- core


def select_notes(record: Record, note_id: str | None = None) -> list[Note]:
    """The notes to preview: the one named, else every unsigned draft, else the latest note."""
    if note_id is not None:
        return [n for n in record.notes if n.id == note_id]
    drafts = [n for n in record.notes if n.is_draft]
    if drafts:
        return drafts
    if not record.notes:
        return []
    return [max(record.notes, key=lambda n: (n.time or n.signed or dt.datetime.min))]


def note_findings(record: Record, note: Note, ruleset: Ruleset, engine=None) -> list[Finding]:
    """Findings of the linter's note rules for this note (a note rule sees the note alone)."""
    from notelint.engine import Engine
    from notelint.rules import select_rules

    if engine is None:
        rules = [r for r in select_rules(None, None, ruleset.disabled_rules) if r.scope == "note"]
        engine = Engine(ruleset, rules)
    single = record.model_copy(update={"notes": [note], "access_events": [], "conversations": [],
                                       "treatments": []})
    single.set_loc(record.loc)
    findings = engine.lint_record(single, record.loc.path if record.loc else "-")
    findings.sort(key=Finding.sort_key)
    return findings


def preview_note(record: Record, note: Note, ruleset: Ruleset, *,
                 as_of: dt.date | None = None, findings: list[Finding] | None = None,
                 engine=None, patient_known: bool = True) -> NotePreview:
    """Who sees what of ``note`` in 1177 Journalen, and from when (see module doc).

    ``patient_known=False``: the record's patient is a stand-in (the input named none), so
    nothing is claimed that depends on the patient: both readers are ``known=False``.
    """
    vis = ruleset.visibility
    today = as_of or _day(record.as_of) or dt.date.today()
    note_day = _day(note.time) or _day(note.signed) or today
    patient = record.patient
    age_note = patient.age_on(note_day) if patient_known else None
    age_now = patient.age_on(today) if patient_known else None
    draft = note.is_draft
    common: list[str] = []  # reasons that apply to every reader
    never = False

    # ---- release date: signing, psychiatry start, inpatient delay
    release = _day(note.signed) or today
    if draft:
        common.append("Anteckningen är osignerad och visas för ingen förrän den signeras.")
    kind = psychiatry_kind(note.unit.name if note.unit else None, ruleset)
    if kind is not None:
        start = vis.psychiatry_start[kind]
        if note_day < start:
            never = True
            common.append(f"Anteckningar från {kind} visas bara från och med {start.isoformat()}; "
                          f"denna är från {note_day.isoformat()} och visas inte.")
        else:
            common.append(f"Enheten räknas som {kind}; anteckningar visas från och med {start.isoformat()}.")
    if vis.inpatient_psychiatry_delay_days and _is_inpatient_psychiatry(note.setting, ruleset):
        release = release + dt.timedelta(days=vis.inpatient_psychiatry_delay_days)
        common.append(f"Psykiatrisk heldygnsvård visas med {vis.inpatient_psychiatry_delay_days} "
                      f"dagars fördröjning: tidigast {release.isoformat()}"
                      + (" räknat från signeringsdagen." if not draft else " om den signeras idag."))

    # ---- seals and locks (hide from everyone while in force)
    blockers: list[tuple[str, dt.date | None]] = []  # (reason, last day or None = tills vidare)
    for action, label in (("seal", "Försegling"), ("lock", "Låsning av kontot")):
        periods = _periods(record, action, note)
        seen: set[str] = set()
        for p in _in_force(periods, note_day) + _in_force(periods, today):
            if p[0].id in seen:
                continue
            seen.add(p[0].id)
            if action == "seal" and p[0].guardian_id:
                continue  # a seal for one named guardian works as a guardian block
            scope = "hela journalen" if p[0].scope == "whole" else "enhetens journal"
            when = "vid anteckningens tid" if p[1] <= note_day and (p[2] is None or note_day <= p[2]) else "nu"
            blockers.append((f"{label} ({scope}, {p[0].id}) gäller {when}, "
                             f"{p[1].isoformat()}–{p[2].isoformat() if p[2] else 'tills vidare'}.", p[2]))

    def apply_blockers(view_from: dt.date | None, reasons: list[str]) -> tuple[dt.date | None, bool]:
        hidden_forever = False
        for reason, last in blockers:
            reasons.append(reason)
            if last is None:
                hidden_forever = True
            elif view_from is not None:
                view_from = max(view_from, last + dt.timedelta(days=1))
        return view_from, hidden_forever

    # ---- patient
    p_reasons = list(common)
    p_from: dt.date | None = None
    p_visible = not never
    if not patient_known:
        p_visible = False
        p_reasons.append(f"Patienten är okänd (ingen patient angiven): anteckningen visas för "
                         f"patienten om hen var minst {vis.patient_min_age} år när den skrevs "
                         f"(13–15 år bara med beviljad egen åtkomst).")
    elif age_note is None:
        p_reasons.append("Patientens ålder är okänd; räknat som vuxen.")
        p_from = release
    elif age_note >= vis.patient_min_age:
        p_from = release
        p_reasons.append(f"Patienten var {age_note} år när anteckningen skrevs "
                         f"(visas från {vis.patient_min_age} år).")
    else:
        lo, hi = vis.minor_access_ages
        grants = _in_force(_periods(record, "grant_minor_access", note), today)
        if lo <= (age_now or 0) <= hi and grants and lo <= age_note <= hi:
            p_from = max(release, grants[0][1])
            p_reasons.append(f"Patienten är {age_now} år och har beviljad egen åtkomst "
                             f"({grants[0][0].id}, från {grants[0][1].isoformat()}).")
        else:
            p_visible = False
            if lo <= age_note <= hi:
                p_reasons.append(f"Patienten var {age_note} år: 13–15-åringar ser sin journal bara "
                                 "med beviljad egen åtkomst, och sådan finns inte.")
            else:
                p_reasons.append(f"Patienten var {age_note} år när anteckningen skrevs; anteckningar "
                                 f"från före {vis.patient_min_age} år visas inte för patienten.")
    if p_visible:
        p_from, forever = apply_blockers(p_from, p_reasons)
        if forever:
            p_visible = False
    if not p_visible:
        p_from = None

    # ---- guardian
    g_reasons = list(common)
    g_from: dt.date | None = None
    g_until: dt.date | None = None
    g_visible = not never
    if not patient_known:
        g_visible = False
        g_reasons.append(f"Patienten är okänd (ingen patient angiven): vårdnadshavare ser "
                         f"anteckningen om barnet är under {vis.guardian_until_age} år (13–15 år "
                         "bara med beviljad åtkomst).")
    elif age_now is None:
        g_visible = False
        g_reasons.append("Patientens ålder är okänd; vårdnadshavare antas inte ha åtkomst.")
    elif age_now < vis.guardian_until_age:
        g_from = release
        if vis.children_connected and g_from < vis.children_connected:
            g_from = vis.children_connected
            g_reasons.append(f"Barns journaler är anslutna från {vis.children_connected.isoformat()}.")
        assert patient.birth_date is not None
        g_until = _add_years(patient.birth_date, vis.guardian_until_age) - dt.timedelta(days=1)
        g_reasons.append(f"Barnet är {age_now} år: vårdnadshavare ser journalen till och med "
                         f"{g_until.isoformat()} (barnet fyller {vis.guardian_until_age}).")
    elif vis.minor_access_ages[0] <= age_now <= vis.minor_access_ages[1]:
        grants = _in_force(_periods(record, "grant_guardian_access", note), today)
        if grants:
            g_from = max(release, grants[0][1])
            g_until = grants[0][2]
            g_reasons.append(f"Barnet är {age_now} år; vårdnadshavare har beviljad åtkomst "
                             f"({grants[0][0].id}, från {grants[0][1].isoformat()}).")
        else:
            g_visible = False
            g_reasons.append(f"Barnet är {age_now} år: vårdnadshavare ser journalen bara med "
                             "beviljad åtkomst, och sådan finns inte.")
    else:
        g_visible = False
        g_reasons = [f"Patienten är {age_now} år; vårdnadshavare har ingen åtkomst."]
    if g_visible:
        blocks = _periods(record, "block_guardian", note) + [
            p for p in _periods(record, "seal", note) if p[0].guardian_id
        ]
        for p in _in_force(blocks, today):
            who = "en namngiven vårdnadshavare" if p[0].guardian_id else "vårdnadshavarna"
            g_reasons.append(f"Blockering av {who} ({p[0].id}) gäller nu, "
                             f"{p[1].isoformat()}–{p[2].isoformat() if p[2] else 'tills vidare'}.")
            if p[0].guardian_id is None:
                if p[2] is None:
                    g_visible = False
                elif g_from is not None:
                    g_from = max(g_from, p[2] + dt.timedelta(days=1))
        g_from, forever = apply_blockers(g_from, g_reasons)
        if forever or (g_until is not None and g_from is not None and g_from > g_until):
            g_visible = False
    if not g_visible:
        g_from = g_until = None

    # ---- sections
    if findings is None:
        findings = note_findings(record, note, ruleset, engine)
    sections: list[SectionView] = []
    for s in note.sections:
        view = SectionView(keyword=s.keyword)
        for name, as_ in ((note.template, "template"), (s.keyword, "keyword")):
            prot = ruleset.protection_for(name, system=note.system, on=note_day, as_=as_)  # type: ignore[arg-type]
            if prot is not None:
                view.protection = prot.name
                view.hidden_from_guardian = True
                view.hidden_from_patient = prot.hidden_from == "patient"
                whom = "patient och vårdnadshavare" if view.hidden_from_patient else "vårdnadshavare"
                how = "mallen" if prot.kind == "template" else "sökordet"
                view.reason = f"Dolt för {whom}: {how} {prot.name} filtreras bort i 1177 Journalen."
                if view.hidden_from_patient:
                    break
            elif name:
                later = ruleset.protection_for(name, system=note.system, as_=as_)  # type: ignore[arg-type]
                if later is not None and later.introduced and view.reason is None:
                    view.reason = (f"{later.name} filtreras först från {later.introduced.isoformat()}; "
                                   f"anteckningen från {note_day.isoformat()} visas.")
        view.findings = sorted({f.code for f in findings if f.span and f.span.section == s.keyword})
        sections.append(view)
    if sections and all(v.hidden_from_patient for v in sections):
        p_reasons.append("Alla avsnitt är dolda för patienten.")
        p_visible, p_from = False, None  # nothing of it is shown: say "ser inte", not "från …"
    if sections and all(v.hidden_from_guardian for v in sections):
        g_reasons.append("Alla avsnitt är dolda för vårdnadshavare.")
        g_visible, g_from, g_until = False, None, None

    def now_visible(vis_: bool, frm: dt.date | None, until: dt.date | None) -> bool:
        return bool(vis_ and not draft and frm is not None and frm <= today
                    and (until is None or today <= until))

    return NotePreview(
        note_id=note.id, ruleset=ruleset.name, as_of=today, note_date=note_day, draft=draft,
        patient_age_at_note=age_note, patient_age_now=age_now, patient_known=patient_known,
        release_date=None if never else release,
        patient=AudienceView(who="patient", visible_now=now_visible(p_visible, p_from, None),
                             visible_from=p_from, when_signed=draft and p_visible,
                             known=patient_known, reasons=p_reasons),
        guardian=AudienceView(who="guardian", visible_now=now_visible(g_visible, g_from, g_until),
                              visible_from=g_from, visible_until=g_until,
                              when_signed=draft and g_visible, known=patient_known,
                              reasons=g_reasons),
        sections=sections, findings=findings,
    )


def preview_record(record: Record, ruleset: Ruleset, *, note_id: str | None = None,
                   as_of: dt.date | None = None, engine=None,
                   patient_known: bool = True) -> list[NotePreview]:
    """The previews of a record, every field masked (ids, sökord, reasons, findings):
    the boundary the CLI and the server print from."""
    return [pii.mask_model(preview_note(record, n, ruleset, as_of=as_of, engine=engine,
                                        patient_known=patient_known))
            for n in select_notes(record, note_id)]


# --------------------------------------------------------------------------- text


def _audience_text(label: str, a: AudienceView) -> list[str]:
    if not a.known:
        head = f"{label}: okänt — beror på patientens ålder, som inte angavs."
    elif a.visible_from is None:
        head = f"{label}: ser INTE anteckningen."
    elif a.when_signed:
        head = f"{label}: ser anteckningen när den signerats (tidigast {a.visible_from.isoformat()})."
    elif a.visible_now:
        head = f"{label}: ser anteckningen (från {a.visible_from.isoformat()})."
    else:
        head = f"{label}: ser anteckningen från {a.visible_from.isoformat()}."
    if a.visible_until is not None:
        head = head[:-1] + f", till och med {a.visible_until.isoformat()}."
    return [head] + [f"    - {r}" for r in a.reasons]


def render_text(previews: list[NotePreview]) -> str:
    out: list[str] = []
    for p in previews:
        status = "osignerad" if p.draft else "signerad"
        out.append(f"Anteckning {p.note_id} ({status}, {_fmt(p.note_date)}) — regelverk {p.ruleset}, "
                   f"per {p.as_of.isoformat()}")
        out.extend("  " + line for line in _audience_text("Patienten", p.patient))
        out.extend("  " + line for line in _audience_text("Vårdnadshavare", p.guardian))
        if p.sections:
            out.append("  Avsnitt:")
        for s in p.sections:
            if s.hidden_from_patient:
                state = "dolt för patient och vårdnadshavare"
            elif s.hidden_from_guardian:
                state = "dolt för vårdnadshavare"
            else:
                state = "synligt"
            line = f"    {s.keyword}: {state}"
            if s.findings:
                line += f" — RISK: {', '.join(s.findings)}"
            out.append(line)
            if s.reason:
                out.append(f"      ({s.reason})")
        if p.findings:
            out.append("  Risker före signering:")
            for f in p.findings:
                where = f" [{f.span.section}]" if f.span else ""
                out.append(f"    {f.code} {f.severity}{where}: {f.message}")
        else:
            out.append("  Inga fynd från anteckningsreglerna.")
        out.append("")
    if not previews:
        out.append("Ingen anteckning att förhandsgranska.")
    return "\n".join(out).rstrip("\n") + "\n"
