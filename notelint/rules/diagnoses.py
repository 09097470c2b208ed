"""NL1 — diagnoses and Tidiga hypoteser.

In Melior a diagnosis written in an ordinary note is visible in 1177 Journalen; one that
must not be shown yet belongs in *Tidiga hypoteser* (a template in Skåne, a sökord in VGR),
which is to be used sparingly and emptied into visible documentation once the hypothesis
is communicated or settled. The rules read only the model, the ruleset and the note's NLP
annotations (diagnosis mentions with their assertion, triggers such as "ej informerad").
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import replace
from functools import lru_cache
from typing import Iterator, Literal

from notelint.context import Context
from notelint.model import Diagnosis, Finding, Note, Record, Section
from notelint.nlp import dxcues, event_of, malignant, section_assertion
from notelint.nlp.types import Mention, Trigger
from notelint.rules import Source, rule
from notelint.rules.protected import note_day, where_instead

_VISIBLE_DIAGNOSIS = {"affirmed", "uncertain"}
_OPEN = {"affirmed", "uncertain", "hypothetical", "historical"}



def _protection(ctx: Context, note: Note, name: str | None,  # type: ignore[no-untyped-def]
                as_: Literal["template", "keyword"] | None):
    return ctx.ruleset.protection_for(name, system=note.system, on=note_day(note), as_=as_)


def th_sections(ctx: Context, note: Note) -> list[int]:
    """Indexes of the sections that are Tidiga hypoteser entries under this ruleset
    (worked out once per note: several rules ask)."""
    memo = ctx.__dict__.setdefault("_th_sections", {})
    got = memo.get(id(note))
    if got is None or got[0] is not note:
        got = memo[id(note)] = (note, _th_sections(ctx, note))
    return got[1]


def _th_sections(ctx: Context, note: Note) -> list[int]:
    p = _protection(ctx, note, note.template, "template")
    if p is not None and p.purpose == "hypothesis":
        return list(range(len(note.sections)))
    out = []
    for i, s in enumerate(note.sections):
        # (a section so named is an entry of the hypotheses whatever the region hides it by:
        # the RIV-TA reader names a withheld note's text by its title; whether it is hidden
        # is another question — Context.is_hidden)
        ps = _protection(ctx, note, s.keyword, None)
        if ps is not None and ps.purpose == "hypothesis":
            out.append(i)
    return out


def _section(note: Note, index: int) -> Section | None:
    return note.sections[index] if 0 <= index < len(note.sections) else None


def _melior_like(ctx: Context, note: Note) -> bool:
    systems = {s.casefold() for s in ctx.ruleset.visibility.diagnoses_visible_in_free_text}
    return bool(note.system) and note.system.casefold() in systems  # type: ignore[union-attr]


def _icd_match(code: str, spec: str) -> bool:
    code = code.upper().replace(" ", "")
    spec = spec.upper().replace(" ", "")
    if "-" in spec:
        lo, hi = spec.split("-", 1)
        head = code[:len(lo)]
        return len(head) == len(lo) and lo <= head <= hi
    return code.startswith(spec)


def _sensitive(ctx: Context, concept: str, icd10: str | None, text: str) -> bool:
    vis = ctx.ruleset.visibility
    return _is_sensitive(tuple(vis.sensitive_icd10), tuple(vis.sensitive_terms),
                         concept, icd10, text)


@lru_cache(maxsize=16384)  # mentions repeat (the same concept, code and surface) across notes
def _is_sensitive(icd_specs: tuple[str, ...], terms: tuple[str, ...], concept: str,
                  icd10: str | None, text: str) -> bool:
    code = icd10 or (concept if dxcues.code_shaped(concept) else None)
    if code and any(_icd_match(code, s) for s in icd_specs):
        return True
    both = f"{concept} {text}".casefold()
    words = dxcues.words(both)
    for term in terms:
        t = term.casefold()
        if " " in t:
            if t in both:
                return True
        elif any(w.startswith(t) or w.endswith(t) for w in words):
            return True
    return False


def _by_sentence(note: Note, mentions: list[Mention]) -> list[tuple[Section, int, int,
                                                                    list[Mention]]]:
    """Mentions grouped one group a sentence (section, start, end, mentions), each concept
    once a note, in text order: one finding per sentence however many diagnoses it names."""
    seen: set[str] = set()
    groups: dict[tuple[int, int], list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: (m.section, m.start)):
        section = _section(note, m.section)
        key = _concept_key(m.concept, m.icd10)
        if section is None or key in seen:
            continue
        seen.add(key)
        groups.setdefault((m.section, m.sentence), []).append(m)
    out = []
    for (index, _), ms in sorted(groups.items()):
        out.append((note.sections[index], min(m.start for m in ms), max(m.end for m in ms), ms))
    return out


def _names(ms: list[Mention]) -> str:
    return ", ".join(f"\"{m.concept}\"" for m in ms)


def _concept_key(concept: str, icd10: str | None) -> str:
    return (icd10[:3].upper() if icd10 else concept.strip().casefold())


def _same_concept(a_concept: str, a_icd: str | None, b_concept: str, b_icd: str | None) -> bool:
    if a_concept.strip().casefold() == b_concept.strip().casefold():
        return True
    return bool(a_icd and b_icd and a_icd[:3].upper() == b_icd[:3].upper())


# --------------------------------------------------------------------------- NL101


@rule(code="NL101", name="uncommunicated-diagnosis-visible", scope="note", severity="error",
      source=(Source("001", "I Melior blir diagnoser synliga för patienter om de skrivs i vanliga "
                            "anteckningar. Om en diagnos inte ska visas måste den därför anges i "
                            "mallen Tidiga hypoteser."),
              Source("004", "Tidiga hypoteser: … som ännu bedöms för oklara att kommunicera med "
                            "patienten själv")))
def uncommunicated_diagnosis_visible(note: Note, ctx: Context) -> Iterator[Finding]:
    """A diagnosis is written in a visible section although the note says the patient has
    not been told (or must not be told yet).

    Why: free text in an ordinary note is visible in 1177 Journalen as soon as it is
    signed; the patient would read the diagnosis before anyone has told them. Until it is
    communicated it belongs in *Tidiga hypoteser*. A diagnosis the patient has already
    been told, or a negated one ("ingen misstanke om"), does not fire. Of what the note says
    about telling a diagnosis, the last word stands ("Vid förra besöket ej informerad …
    Idag informerad om diagnosen" is silent); for a child under the ruleset's
    guardian_until_age the guardians are the journal's readers ("Föräldrarna ej
    informerade" fires), as the parents are in a note about a pregnancy, and someone else not
    told ("Arbetsplatsen ej informerad") never, nor a relative's own diagnosis ("Hereditet:
    Mor eventuellt bipolär sjukdom men pat vet inte säkert"). A result untold that the note's results show
    normal ("MR: normala förhållanden … ej informerad om MR-svaret"), a result still awaited
    beside a settled diagnosis, a detail untold ("om prognosen"), a copied line or a
    not-told of an earlier visit ("Pat var tidigare inte informerad") beside today's telling
    do not fire; a not-told "om misstanken" speaks of the visible hypotheses only (none
    when the hypothesis stands in Tidiga hypoteser), and a hypothesis untold where it stands
    in Tidiga hypoteser is not the finding of the same name written visibly as a fact, and a
    not-told kept there beside its hypotheses speaks of them, not of the visible findings; a
    return or spread untold there ("Pat ej informerad om recidivet") fires where the visible
    text names a return, spread or growth of its disease or metastases.
    Bad: Bedömning: "Fynd talar för pankreascancer. Pat ej informerad, besked på mottagningen nästa vecka."
    Good: the diagnosis in Tidiga hypoteser; the visible note says "besked planeras".
    """
    ann = ctx.annotations(note)
    readers = _readers(note, ctx, ann.mentions)  # the patient; the guardians of a child
    # "not informed", or "informed" denied ("Inget besked givet till pat ännu")
    untold = [t for t in ann.triggers
              if (t.kind == "not_informed" and not t.negated
                  or t.kind == "communicated" and t.negated)
              and t.subject in readers and t.topic == "diagnosis"]
    if not untold:
        return
    # a not-told copied forward from an earlier note of the record is of that note's day
    copied = _copied_sections(note, ctx)
    if copied:
        untold = [replace(t, weak=True) if t.section in copied else t for t in untold]
    told = [t for t in ann.triggers
            if t.kind == "communicated" and not t.negated and t.subject in readers
            and t.topic == "diagnosis"]
    if any(not t.weak for t in told):
        # a not-told said of an earlier time, copied, or of a detail only is answered by
        # the telling this note records ("Pat var tidigare inte informerad … Vid dagens
        # besök har besked lämnats")
        untold = [t for t in untold if not t.weak]
        if not untold:
            return
    if any(t.subject == "guardian" for t in told):
        # a child's guardians told: the journal's readers know, whatever the child was told
        untold = [t for t in untold if t.subject != "patient"]
    # a relative's word in a sentence on telling names the patient as the relative's
    # ("Tel till sonen, som igår fick besked om mammans Alzheimerdiagnos")
    telling = {(t.section, t.sentence) for t in ann.triggers
               if t.kind in ("not_informed", "communicated")}
    # what the patient has long known ("Känd KOL", "DM2 sedan 2015") is never the untold
    open_ = [m for m in ann.mentions
             if (m.assertion in _VISIBLE_DIAGNOSIS
                 or m.assertion == "family" and (m.section, m.sentence) in telling
                 # (under a family-history sökord the relative's own: "Hereditet: Mor
                 # eventuellt bipolär sjukdom men pat vet inte säkert")
                 and section_assertion(note.sections[m.section].keyword) != "family")
             and not m.known and not m.benign and _section(note, m.section) is not None]
    # every statement on telling speaks of the diagnoses it is about (its sentence's, else
    # the note's one, else the nearest before); per diagnosis, one said in its own sentence
    # beats one said elsewhere, and of those the last in the note stands ("Vid förra
    # besöket ej informerad … Idag informerad om diagnosen"; "kunde ej informeras pga
    # delirium men är nu informerad"; "Pat informerad om koloncancer. Ej informerad om
    # prognosen"); all the mentions of one diagnosis share its verdict
    verdict: dict[str, tuple[tuple[bool, int, int], bool]] = {}
    about: dict[tuple[int, int], Mention] = {}
    by_sentence = _Sentences(open_)
    every = _Sentences(ann.mentions) if told else None
    one = open_ if len({_concept_key(m.concept, m.icd10) for m in open_}) == 1 else None
    # a statement about the suspicion ("ej informerad om misstanken") speaks of the note's
    # visible uncertain diagnoses only — none when the hypothesis stands hidden; when the
    # note holds no uncertain diagnosis at all, the suspicion is what it states
    # ("… osteolyser på DT: multipelt myelom. Pat ej informerad om misstanken")
    hedged = [m for m in open_ if m.assertion == "uncertain"]
    suspicions = _Sentences(hedged)
    one_hedged = hedged if len({_concept_key(m.concept, m.icd10) for m in hedged}) == 1 else None
    any_hedged = any(m.assertion == "uncertain" for m in ann.mentions)
    hidden_named: dict[int, set[str]] = {}  # a hidden section → the hypotheses it names
    said_at: dict[str, tuple[int, int]] = {}  # a diagnosis → where its verdict was said
    told_cancer_at = (-1, -1)  # the last telling of a cancer (section, start)
    for trigger, is_untold in [*((t, True) for t in untold), *((t, False) for t in told)]:
        about_ = (_untold_about(trigger, suspicions, None, one_hedged)
                  if trigger.suspicion and any_hedged
                  else _untold_about(trigger, by_sentence, every, one))
        if trigger.section not in hidden_named:
            section = note.sections[trigger.section]
            hidden_named[trigger.section] = ({
                _concept_key(m.concept, m.icd10) for m in ann.mentions
                if m.section == trigger.section and m.assertion == "uncertain"}
                if ctx.is_hidden(note, section) else set())
        if (trigger.suspicion and not hidden_named[trigger.section]
                and ctx.is_hidden(note, note.sections[trigger.section])):
            # "Tidiga hypoteser: Misstänkt paraneoplastisk genes … Pat ej informerad om
            # misstanken" (a hypothesis no mention names): the suspicion kept hidden, not
            # the settled diagnosis written visibly
            about_ = [m for m in about_ if m.assertion == "uncertain"]
        if hidden_named[trigger.section]:
            # a statement on telling kept hidden beside the hypotheses it stands with speaks
            # of them ("Tidiga hypoteser: ARVC? … Pat informeras först när MR är klar"), not
            # of a finding the visible text names
            about_ = [m for m in about_
                      if _concept_key(m.concept, m.icd10) in hidden_named[trigger.section]]
        for m in about_:
            if trigger.pending and m.assertion != "uncertain" and not _is_finding(m):
                continue  # a result awaited settles a suspicion, not a settled diagnosis
                # (a finding stays untold: "förändring i hö bröst … besked när PAD finns")
            own = m.section == trigger.section and m.sentence == trigger.sentence
            # a not-told pending a result ("informeras när PAD inkommit") never outweighs
            # the patient told
            # (nor a weak one: copied text, a detail of the diagnosis)
            rank = ((own, trigger.section, trigger.start)
                    if not (trigger.pending or trigger.weak) else (False, -1, -1))
            key = _concept_key(m.concept, m.icd10)
            if key not in verdict or rank > verdict[key][0]:
                verdict[key] = (rank, is_untold)
                said_at[key] = (trigger.section, trigger.start)
            if is_untold:
                about[(m.section, m.start)] = m
            elif (own and _malignant(m) and m.assertion == "affirmed" and not m.known
                  and not (trigger.pending or trigger.weak)):  # (named where it is told)
                told_cancer_at = max(told_cancer_at, (trigger.section, trigger.start))
    # the news of a cancer told after a not-told of its tumour or spread, named another way
    # ("… inte kunnat informera patienten om detta [metastaser]" then "Tillägg: informerats om
    # att förändringen är en spridning av bröstcancern"; "njurtumör … sov vid ronden" then
    # "informerad om njurcancern"): what was untold before is told (not a cancer told before
    # its spread is untold: "Informerad om bröstcancern. Ej informerad om levermetastaserna")
    for key, (rank, is_untold) in list(verdict.items()):
        if (is_untold and said_at[key] < told_cancer_at
                and all(_malignant(m) for m in about.values()
                        if _concept_key(m.concept, m.icd10) == key)):
            verdict[key] = (rank, False)
    # all the visible mentions of a diagnosis untold share its verdict: the statement may
    # stand beside the hypothesis kept hidden while the same diagnosis is written visibly
    untold_keys = {k for k, (_, is_untold) in verdict.items() if is_untold}
    # a return or spread untold where it stands hidden ("Tidiga hypoteser: Pat ej informerad
    # om recidivet") is read where the visible text names a return, spread or growth of its
    # disease or metastases ("Bedömning: … med peritoneal spridning", "Metastaserad
    # prostatacancer")
    untold_keys |= _diseases_of_hidden_events(note, ctx, about, verdict, open_)
    tied = {k: m for k, m in about.items() if verdict[_concept_key(m.concept, m.icd10)][1]}
    # (a hypothesis untold where it stands hidden is not the finding of the same name written
    # visibly as a fact: "Tidiga hypoteser: Misstänkt malignitet med paramalign hyperkalcemi.
    # Inte framfört till pat" beside "Bedömning: … förhöjd SR och hyperkalcemi")
    hidden_hypotheses = _hidden_hypotheses_only(note, ctx, about)
    for m in open_:
        key = _concept_key(m.concept, m.icd10)
        if key in untold_keys and not (key in hidden_hypotheses and m.assertion != "uncertain"):
            tied.setdefault((m.section, m.start), m)
    picked = [m for m in tied.values() if not ctx.is_hidden(note, note.sections[m.section])]
    for section, start, end, ms in _by_sentence(note, picked):
        what = "Diagnosen" if len(ms) == 1 else "Diagnoserna"
        yield ctx.finding(
            note,
            f"{what} {_names(ms)} står under sökordet \"{section.keyword}\", som "
            "visas i 1177 Journalen, men anteckningen säger att patienten inte är informerad. "
            f"{where_instead(ctx, note, 'hypothesis')}",
            section=section, start=start, end=end,
        )


def _hidden_hypotheses_only(note: Note, ctx: Context,
                            about: dict[tuple[int, int], Mention]) -> set[str]:
    """The keys of the diagnoses a statement on telling is about only where they stand
    hidden, and there only as hypotheses."""
    kinds: dict[str, set[bool]] = {}
    for m in about.values():
        kinds.setdefault(_concept_key(m.concept, m.icd10), set()).add(
            m.assertion == "uncertain" and ctx.is_hidden(note, note.sections[m.section]))
    return {key for key, hidden in kinds.items() if hidden == {True}}


def _diseases_of_hidden_events(note: Note, ctx: Context, about: dict[tuple[int, int], Mention],
                               verdict: dict[str, tuple[tuple[bool, int, int], bool]],
                               open_: list[Mention]) -> set[str]:
    """The keys of the visible mentions that name a return, spread or growth untold in a
    hidden section: any such event of the same disease ("Recidiv … med peritoneal
    spridning") and metastases ("Metastaserad prostatacancer", "multipla metastaser") — not
    the disease the patient has long known ("Kontroll efter koloncancer")."""
    diseases = {of for m in about.values()
                if (of := event_of(m.concept)) is not None
                and verdict[_concept_key(m.concept, m.icd10)][1]
                and ctx.is_hidden(note, note.sections[m.section])}
    if not diseases:
        return set()
    return {_concept_key(m.concept, m.icd10) for m in open_
            if event_of(m.concept) in diseases or _metastases(m)}


def _malignant(m: Mention) -> bool:
    """A malignant tumour, one of uncertain behaviour or metastases."""
    return malignant(m) or _metastases(m)


def _metastases(m: Mention) -> bool:
    """A mention of metastases (C77–C79) or of a cancer said to have spread."""
    return bool(m.icd10 and m.icd10[:3] in ("C77", "C78", "C79")) or "metasta" in m.concept


def _copied_sections(note: Note, ctx: Context) -> set[int]:
    """The sections of ``note`` whose text stands word for word in an earlier note of its
    record (copy-forward: "Pat ej informerad ännu" copied into the note that tells)."""
    first = ctx.__dict__.get("_first_note_of_text")
    if first is None:  # each section text → the index of the first note holding it (once a record)
        first = ctx.__dict__["_first_note_of_text"] = {}
        for k, other in enumerate(ctx.record.notes):
            for s in other.sections:
                if len(t := (s.text or "").strip()) >= 25:
                    first.setdefault(t, k)
    here = next((k for k, other in enumerate(ctx.record.notes) if other is note), -1)
    return {i for i, s in enumerate(note.sections)
            if first.get((s.text or "").strip(), here) < here}


def _readers(note: Note, ctx: Context, mentions: list[Mention]) -> set[str]:
    """Who reads the journal: the patient, and the guardians while the patient is a child
    (under the ruleset's ``guardian_until_age`` on the note's day). In a pregnant
    patient's note about the fetus or the pregnancy (a diagnosis of ICD-10 chapters O, P
    or Q, or a pregnancy code Z32–Z36) "föräldrarna" are the patient and her partner:
    "Föräldrarna ej informerade om fyndet på RUL" speaks of the patient too."""
    day = note_day(note)
    age = ctx.record.patient.age_on(day) if day is not None else None
    if age is not None and age < ctx.ruleset.visibility.guardian_until_age:
        return {"patient", "guardian"}
    # (not a man's note: "Klinefelters syndrom" (Q98) of a 17-year-old son is his own)
    if ctx.record.patient.sex_by_id != "M" and any(_of_pregnancy(m.icd10) for m in mentions):
        return {"patient", "guardian"}
    return {"patient"}


def _a_newborns(m: Mention, note: Note, ctx: Context) -> bool:
    """A diagnosis of a sentence about a child (``Mention.child``: "Barnet flyttades till neo
    med misstänkt sepsis") in an adult's note is her baby's (the mother's note on the
    postnatal ward), not the patient's; in the child's own note it is the patient's. (A
    perinatal code alone decides nothing: "Förenligt med hydrops fetalis" in a pregnant
    woman's note is a hypothesis of her pregnancy, coded on her.)"""
    if not m.child:
        return False
    day = note_day(note)
    age = ctx.record.patient.age_on(day) if day is not None else None
    return age is not None and age >= 18


def _of_pregnancy(code: str | None) -> bool:
    return bool(code) and (code[0] in "OPQ" or code[:3] in ("Z32", "Z33", "Z34", "Z35", "Z36"))


class _Sentences:
    """A note's mentions by sentence ((section, sentence offset), in note order), so that
    finding what a statement on telling is about costs a lookup and a bisection, not a scan
    of every mention (a 1 MB note holds thousands of each)."""

    def __init__(self, mentions: list[Mention]):
        self.by: dict[tuple[int, int], list[Mention]] = {}
        for m in mentions:
            self.by.setdefault((m.section, m.sentence), []).append(m)
        self.keys = sorted(self.by)

    def at(self, key: tuple[int, int]) -> list[Mention]:
        return self.by.get(key, [])

    def before(self, key: tuple[int, int]) -> tuple[int, int] | None:
        k = bisect.bisect_left(self.keys, key)
        return self.keys[k - 1] if k else None

    def after(self, key: tuple[int, int]) -> tuple[int, int] | None:
        k = bisect.bisect_right(self.keys, key)
        return self.keys[k] if k < len(self.keys) else None


def _untold_about(trigger: Trigger, open_: _Sentences, every: _Sentences | None,
                  one: list[Mention] | None) -> list[Mention]:
    """The diagnoses a statement on telling is about: those of its own sentence; else, when
    the sentence just before it in its section names diagnoses only to deny them ("MR:
    inga metastaser. Pat ej informerad om MR-svaret") and ``every`` (all the note's
    mentions, negated ones too) is given — the note says elsewhere that the patient was
    told —, none; else the note's one diagnosis (``one``: its mentions, when the open
    mentions name one diagnosis); else those of the nearest sentence before it (in its
    section, then in the sections before), else after it. "Känd hypertoni" beside
    "Misstänkt lungcancer, pat ej informerad" is not what the patient has not been told."""
    here = (trigger.section, trigger.sentence)
    same = open_.at(here)
    if same:
        return same
    if every is not None:
        last = every.before(here)
        if last is not None and last[0] == trigger.section and all(
                m.assertion == "negated" for m in every.at(last)):
            return []
    if one is not None:
        return one
    key = open_.before(here) or open_.after(here)
    return open_.at(key) if key is not None else []


# --------------------------------------------------------------------------- NL102


@rule(code="NL102", name="hypothesis-in-visible-note", scope="note", severity="warning",
      source=(Source("001", "I Melior blir diagnoser synliga för patienter om de skrivs i vanliga "
                            "anteckningar. Om en diagnos inte ska visas måste den därför anges i "
                            "mallen Tidiga hypoteser. I PMO blir diagnoser aldrig synliga."),
              Source("004", "Tidiga hypoteser: Otillräckligt belagda journalanteckningar")))
def hypothesis_in_visible_note(note: Note, ctx: Context) -> Iterator[Finding]:
    """An uncertain diagnosis (misstänkt, trolig, ev., "?", kan ej uteslutas …) is written
    in a visible section of a system that shows free-text diagnoses (Melior).

    Why: in Melior a diagnosis in an ordinary note becomes visible to the patient; an
    unconfirmed hypothesis read without explanation causes needless worry. If it should not
    be shown yet it belongs in *Tidiga hypoteser*. Only systems the ruleset lists in
    `visibility.diagnoses_visible_in_free_text` are checked; negated mentions ("ingen
    misstanke om", "uteslutes", "inga tecken på") never fire.
    Bad: Melior, Bedömning: "Misstänkt MS, remiss MR hjärna."
    Good: Melior, Tidiga hypoteser: "Misstänkt MS"; Bedömning: "Remiss MR hjärna för utredning."
    Notes: a note without a journal system is not checked (the rule cannot know whether
    the diagnosis would be shown).
    """
    if not _melior_like(ctx, note):
        return
    ann = ctx.annotations(note)
    picked = [m for m in ann.mentions
              if m.assertion == "uncertain" and not m.answered and _section(note, m.section) is not None
              and not ctx.is_hidden(note, note.sections[m.section])]
    if any(m.child for m in picked):
        picked = [m for m in picked if not _a_newborns(m, note, ctx)]
    for section, start, end, ms in _by_sentence(note, picked):
        cues = sorted({m.cue for m in ms if m.cue})
        cue = f" ({', '.join(repr(c) for c in cues)})" if cues else ""
        what = "Osäker diagnos" if len(ms) == 1 else "Osäkra diagnoser"
        yield ctx.finding(
            note,
            f"{what} {_names(ms)}{cue} under sökordet \"{section.keyword}\" blir "
            f"synlig för patienten i {note.system}. Om hypotesen inte ska visas ännu: "
            f"{where_instead(ctx, note, 'hypothesis')}",
            section=section, start=start, end=end,
        )


# --------------------------------------------------------------------------- NL103


@rule(code="NL103", name="sensitive-diagnosis-visible", scope="note", severity="info",
      source=Source("001", "Funktionen är enbart till för situationer där du bedömer att "
                           "informationen kan skada patienten själv, en närstående eller tredje "
                           "man"))
def sensitive_diagnosis_visible(note: Note, ctx: Context) -> Iterator[Finding]:
    """An affirmed diagnosis of a sensitive class (psychiatric, abuse, reproductive,
    sexually transmitted — the ruleset's `sensitive_icd10` / `sensitive_terms`) is in
    visible free text.

    Why: these diagnoses are the ones most likely to harm the patient or others if read
    by someone with access to the patient's login; review that showing them is intended.
    This is a review prompt (info), not an error.
    Bad: Bedömning: "Opiatberoende, F11.2. Startar LARO."
    Good: (reviewed and intended: ignore, or document per the region's routine)
    """
    ann = ctx.annotations(note)
    picked = [m for m in ann.mentions
              if m.assertion == "affirmed" and _section(note, m.section) is not None
              and not ctx.is_hidden(note, note.sections[m.section])
              and _sensitive(ctx, m.concept, m.icd10, m.text)]
    for section, start, end, ms in _by_sentence(note, picked):
        what = "Känslig diagnos" if len(ms) == 1 else "Känsliga diagnoser"
        yield ctx.finding(
            note,
            f"{what} {_names(ms)} under sökordet \"{section.keyword}\" visas i "
            "1177 Journalen. Kontrollera att det är avsett och att patienten har fått "
            "diagnosen förklarad.",
            section=section, start=start, end=end,
        )


# --------------------------------------------------------------------------- NL104


@rule(code="NL104", name="tidiga-hypoteser-misuse", scope="note", severity="warning",
      source=(Source("004", "Tidiga hypoteser: Skall användas sparsamt. När hypotes har "
                            "kommunicerats med patienten eller klarlagts skall detta dokumenteras "
                            "på ett sådant sätt att direktåtkomst är möjlig."),
              Source("001", "Tidiga hypoteser ska användas mycket sparsamt och först efter noga "
                            "övervägande.")))
def tidiga_hypoteser_misuse(note: Note, ctx: Context) -> Iterator[Finding]:
    """A Tidiga hypoteser entry holds no diagnostic hypothesis, or holds a diagnosis that
    is already settled or communicated.

    Why: Tidiga hypoteser hides text from the patient and must be used sparingly, only
    for hypotheses still too unclear to communicate. Ordinary documentation hidden there
    withholds the patient's journal; a settled or communicated diagnosis must be
    documented where the patient can read it.
    Bad: Tidiga hypoteser: "Pat informerad om diagnosen bipolär sjukdom typ 2 idag."
    Good: Tidiga hypoteser: "Misstänkt bipolär sjukdom, ev. typ 2 — för tidigt att kommunicera."
    """
    idx = th_sections(ctx, note)
    if not idx:
        return
    ann = ctx.annotations(note)
    mentions = [m for m in ann.mentions if m.section in idx]
    open_mentions = [m for m in mentions if m.assertion in _OPEN]
    communicated = [t for t in ann.triggers
                    if t.section in idx and t.kind == "communicated" and not t.negated]
    if communicated:
        t = communicated[0]
        section = note.sections[t.section]
        yield ctx.finding(
            note,
            "Anteckningen i Tidiga hypoteser säger att patienten redan är informerad. En "
            "kommunicerad diagnos ska dokumenteras synligt (i en vanlig anteckning), inte i "
            "Tidiga hypoteser.",
            section=section, start=t.start, end=t.end,
        )
        return
    for m in open_mentions:
        section = note.sections[m.section]
        if m.assertion == "affirmed" and dxcues.settled(section.text, m.start, m.end):
            yield ctx.finding(
                note,
                f"Diagnosen \"{m.concept}\" är fastställd men står i Tidiga hypoteser. En "
                "klarlagd diagnos ska dokumenteras synligt så att patienten har direktåtkomst.",
                section=section, start=m.start, end=m.end,
            )
            return
    if not open_mentions:
        section = note.sections[idx[0]] if idx[0] < len(note.sections) else None
        extra = ""
        kinds = {t.kind for t in ann.triggers if t.section in idx and not t.negated}
        for kind, purpose in (("violence_close", "violence"), ("child_concern", "child_concern"),
                              ("hubs", "hubs"), ("single_blind", "single_blind")):
            if kind in kinds:
                extra = " " + where_instead(ctx, note, purpose)
                break
        msg = ("Tidiga hypoteser innehåller ingen diagnostisk hypotes. Funktionen ska användas "
               "sparsamt och bara för hypoteser som ännu inte kan kommuniceras; annan "
               "dokumentation hör hemma i en vanlig anteckning." + extra)
        if section is None:
            yield ctx.finding(note, msg, detail="empty-th")
        else:
            yield ctx.finding(note, msg, section=section, start=0, end=len(section.text))


# --------------------------------------------------------------------------- NL105


def _naive(t: dt.datetime) -> dt.datetime:
    """Compare local times: exports mix offset-aware and naive timestamps."""
    return t.replace(tzinfo=None) if t.tzinfo is not None else t


def _when(note: Note) -> dt.datetime | None:
    t = note.time or note.signed
    return _naive(t) if t is not None else None


def _settling_diagnosis(record: Record, concept: str, icd: str | None,
                        after: dt.datetime) -> Diagnosis | None:
    """The first registered diagnosis of the same ICD-10 category (or the same concept)
    set after ``after``: a diagnosis registered in the journal is a settled one."""
    hits = [d for d in record.diagnoses
            if d.time is not None and _naive(d.time) > after
            and _same_concept(d.display_name or "", d.icd10, concept, icd)]
    return min(hits, key=lambda d: _naive(d.time), default=None)  # type: ignore[arg-type]


def _registered_first(d: Diagnosis, note: Note) -> bool:
    """Whether the diagnosis was registered before the note that settled the hypothesis."""
    return _naive(d.time) < _when(note)  # type: ignore[arg-type,operator]


def _registered(d: Diagnosis) -> str:
    """How a finding names a registered diagnosis: code, text, kind, date, note."""
    what = " ".join(p for p in (d.code, f"\"{d.display_name}\"" if d.display_name else None) if p)
    extra = ", ".join(p for p in (d.type, f"anteckning {d.source_note}" if d.source_note else None)
                      if p)
    when = _naive(d.time).date().isoformat()  # type: ignore[arg-type]
    return f"diagnosen {what} registrerades {when}" + (f" ({extra})" if extra else "")


def _settled_because(record: Record, settled_in: Note | None, concept: str, icd: str | None,
                     t0: dt.datetime) -> str | None:
    """Why the hypothesis counts as settled: the first of a registered diagnosis and a
    later note that settled or communicated it; None when neither did."""
    registered = _settling_diagnosis(record, concept, icd, t0)
    if registered is not None and (settled_in is None or _registered_first(registered, settled_in)):
        return f"{_registered(registered)}: den är klarlagd"
    if settled_in is not None:
        when = _when(settled_in).date().isoformat()  # type: ignore[union-attr]
        return f"anteckning {settled_in.id} ({when}) visar att den är kommunicerad eller klarlagd"
    return None


@rule(code="NL105", name="stale-tidig-hypotes", scope="record", severity="warning",
      source=Source("004", "Tidiga hypoteser: … innan en hypotes har förkastats eller fastställts. "
                           "När hypotes har kommunicerats med patienten eller klarlagts skall "
                           "detta dokumenteras på ett sådant sätt att direktåtkomst är möjlig."))
def stale_tidig_hypotes(record: Record, ctx: Context) -> Iterator[Finding]:
    """A hypothesis stays only in Tidiga hypoteser after a later note settled or
    communicated it, or a diagnosis of the same ICD-10 category was registered after it
    (the record's structured `diagnoses`), or longer than the ruleset's review age
    (`visibility.tidiga_hypoteser_review_days`).

    Why: Tidiga hypoteser is a waiting room, not a hiding place: once the hypothesis is
    communicated or settled it must be documented where the patient can read it, and one
    left unreviewed for months withholds the journal without reason. A hypothesis that a
    later note rejects ("MS uteslutes") or documents visibly is fine.
    Bad: 2024-01-10 Tidiga hypoteser "misstänkt MS"; 2024-02-02 "Pat informerad om MS-diagnosen" only in Tidiga hypoteser.
    Good: 2024-02-02 Bedömning (visible): "MS fastställd, pat informerad."
    Notes: a registered diagnosis of another code, or one registered before the
    Tidiga hypoteser note, settles nothing.
    """
    notes = [n for n in record.notes if _when(n) is not None]
    notes.sort(key=lambda n: _when(n))  # type: ignore[arg-type,return-value]
    entries: dict[str, list[tuple[Note, object]]] = {}
    for n in notes:
        idx = th_sections(ctx, n)
        if not idx:
            continue
        for m in ctx.annotations(n).mentions:
            if m.section in idx and m.assertion in _OPEN:
                entries.setdefault(_concept_key(m.concept, m.icd10), []).append((n, m))
    if not entries:
        return
    review = ctx.ruleset.visibility.tidiga_hypoteser_review_days
    today = _naive(ctx.today)
    for group in entries.values():
        first_note, first_m = group[0]
        last_note, last_m = group[-1]
        t0 = _when(first_note)
        concept, icd = first_m.concept, first_m.icd10  # type: ignore[attr-defined]
        visible = rejected = False
        settled_in: Note | None = None
        for n in notes:
            tn = _when(n)
            if tn < t0:  # type: ignore[operator]
                continue
            ann = ctx.annotations(n)
            th = set(th_sections(ctx, n))
            same = [m for m in ann.mentions
                    if _same_concept(m.concept, m.icd10, concept, icd)]
            for m in same:
                sec = _section(n, m.section)
                if sec is None:
                    continue
                if m.assertion == "negated" and n is not first_note:
                    rejected = True
                elif (m.assertion in _OPEN and m.assertion != "hypothetical"
                      and m.section not in th and not ctx.is_hidden(n, sec)):
                    visible = True
            if n is not first_note and tn > t0 and settled_in is None:  # type: ignore[operator]
                told = any(t.kind == "communicated" and not t.negated for t in ann.triggers)
                # "besked om diagnosen lämnat" with no diagnosis named: the open hypothesis
                named = [m for m in ann.mentions if m.assertion != "negated"]
                if not same and not (told and not named):
                    continue
                settled = any(
                    m.assertion == "affirmed"
                    and dxcues.settled(n.sections[m.section].text, m.start, m.end)
                    for m in same if _section(n, m.section) is not None)
                if told or settled:
                    settled_in = n
        if visible or rejected:
            continue
        sec = last_note.sections[last_m.section]  # type: ignore[attr-defined]
        because = _settled_because(record, settled_in, concept, icd, t0)  # type: ignore[arg-type]
        if because is not None:
            yield ctx.finding(
                last_note,
                f"Hypotesen \"{concept}\" finns bara i Tidiga hypoteser, men {because}. "
                "Dokumentera den synligt så att patienten har direktåtkomst.",
                section=sec, start=last_m.start, end=last_m.end,  # type: ignore[attr-defined]
            )
            continue
        age = (today - _when(last_note)).days  # type: ignore[operator]
        if age > review:
            yield ctx.finding(
                last_note,
                f"Hypotesen \"{concept}\" har legat i Tidiga hypoteser i {age} dagar (regelverkets "
                f"granskningsgräns är {review} dagar). Pröva om den ska förkastas eller "
                "dokumenteras synligt.",
                section=sec, start=last_m.start, end=last_m.end,  # type: ignore[attr-defined]
            )


# abnormal findings (ICD-10 chapter XVIII) and a lump in the breast (N63): what an awaited
# result will name, itself already something the patient has not been told
_FINDING_CODES = ("R", "N63")


def _is_finding(m: Mention) -> bool:
    return (m.icd10 or "").startswith(_FINDING_CODES)
