"""What a note says across its sentences: readings made once a note's sentences are
annotated (each sentence on its own, see :mod:`notelint.nlp.cache`), where one sentence
answers or names what another says.

- a question answered later ("f.s. fraktur? … ingen fraktur"), the reason for the contact
  answered by the note's conclusion (``models/section_roles.tsv``), a suspicion ruled out
  later in the note, confirmed in its sentence or considered and dropped ("övervägdes …, men
  inga …"), several ruled out by a word pointing back at them ("båda har uteslutits")
  (:func:`answered_questions`, :func:`confirmed_after`, :func:`ruled_out_together`);
- a diagnosis a relative has in a relative clause ("maken som sannolikt har Parkinson") is
  the relative's (:func:`relatives_own`);
- a statement on telling asked and answered ("Är pat informerad? Nej"), its subject left out
  after a sentence naming someone else ("Dottern ringde. Har inte fått veta"), a sökord that
  holds what was told with a no under it ("Information till patient: Ännu ej"), and what an
  untold result says (:func:`answered_telling`, :func:`subject_of_previous_sentence`,
  :func:`untold_under_keyword`, :func:`read_results`);
- the patient named from a relative's side in a note of that relative's call or talk
  ("Dottern ringer … Mamman vet ännu inte om detta"; :func:`patient_named_by_relative`).

The words they read are data in ``models/told.tsv``, ``models/question_cues.tsv`` and
``models/section_roles.tsv``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Any

from .budget import ROLE_LISTS
from .resources import EVENT, EVENT_WORDS, TUMOUR_EVENTS, load_resources, sokord_key
from .types import Mention, Trigger


_ANSWERED_NO = re.compile(r"\s*\?+\s*[-–—:,]?\s*(?:nej|nej\.|nix)\b", re.IGNORECASE)


# a line that only heads a list of differential diagnoses: "DD:", "Diff dg", "Differentialdiagnoser:"
# (it may end a line after a sentence: "ACS avskrivet efter angiografin. Diffdiagnoser:")
_LIST_HEADER = re.compile(r"(?:^|(?<=[.!?,;])[ \t])[ \t]*(?:dd|ddx|diff\.?[ \t]*(?:dg|diagnos|diagnoser)\.?"
                          r"|differentialdiagnos(?:er)?|differentialdiagnostiskt"
                          r"|tänkbara[ \t]+diagnoser)[ \t]*:?[ \t]*\r?$",
                          re.IGNORECASE | re.MULTILINE)
# an item of the list under it: numbered or bulleted ("1. Perikardit", "- Lungemboli"), or a
# short line of a few words
_LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-–•*])[ \t]*\S")
_SHORT_ITEM_WORDS = 6


def _may_head_a_list(text: str) -> bool:
    """Whether :data:`_LIST_HEADER` can match ``text`` at all: every header word holds "dd",
    "ff" or "tänkbara" (and their letters have no case-insensitive match that lowers to
    another letter), so a text without them is not scanned (the expression, tried at every
    position, was 2 % of a realistic lint)."""
    low = text.lower()
    return "dd" in low or "ff" in low or "tänkbara" in low


def listed_under_header(mentions: list[Mention], sections: list[Any]) -> list[Mention]:
    """A diagnosis listed under a line that only says "DD:" ("DD:\n1. Akut koronart syndrom\n
    2. Perikardit"), or ends with it after a sentence ("ACS avskrivet. Diffdiagnoser:\n1) …"),
    is one of the differential, as if "DD" stood on its line: uncertain. The list runs while
    its lines are items (numbered, bulleted or a few words), to a blank line."""
    if not mentions:
        return mentions
    spans: dict[int, list[tuple[int, int]]] = {}
    for index, section in enumerate(sections):
        text = getattr(section, "text", None) or ""
        if "\n" not in text or not _may_head_a_list(text):
            continue
        for header in _LIST_HEADER.finditer(text):
            at = header.end() + 1
            while at < len(text):
                end = text.find("\n", at)
                end = len(text) if end == -1 else end
                line = text[at:end]
                if not line.strip() or not (_LIST_ITEM.match(line)
                                            or len(line.split()) <= _SHORT_ITEM_WORDS
                                            and not line.rstrip().endswith(".")):
                    break
                spans.setdefault(index, []).append((at, end))
                at = end + 1
    if not spans:
        return mentions
    return [replace(m, assertion="uncertain", cue="dd")
            if m.assertion == "affirmed" and any(a <= m.start < b for a, b in spans.get(m.section, ()))
            else m for m in mentions]


def answered_no(mentions: list[Mention], sections: list[Any]) -> list[Mention]:
    """A diagnosis asked with a question mark and answered no right after it ("Infarkt?
    Nej – två normala TnT", "Fraktur? Nej.") is denied, not an open hypothesis."""
    out = list(mentions)
    for k, m in enumerate(mentions):
        if m.assertion != "uncertain" or m.cue != "?" or m.section >= len(sections):
            continue
        text = getattr(sections[m.section], "text", None) or ""
        if _ANSWERED_NO.match(text, m.end) or (
                # the question ends its section, the next one opens with the no
                # ("Frågeställning: Angina pectoris?" / "Svar: Nej. Arbetsprov …")
                not text[m.end:].strip(" ?\n\t") and m.section + 1 < len(sections)
                and _ANSWERED_NO.match("? " + (getattr(sections[m.section + 1], "text", None)
                                                or "").lstrip())):
            out[k] = replace(m, assertion="negated", cue="nej")
    return out


# a relative named with what they have, in a relative clause right before the diagnosis:
# "Bor med maken som enligt pat sannolikt har Parkinson", "Uppvuxen med mamma som troligen
# har en bipolär sjukdom" (no comma or patient word between)
_relative_has: re.Pattern[str] | None = None
_relative_words: frozenset[str] = frozenset()  # (its relatives, case-folded: read with it)


def _relative_has_pattern() -> re.Pattern[str]:
    """The clause of :func:`relatives_own`, its relatives from ``models/told.tsv``: a
    relative (an age after it, in brackets or not), then a relative clause ("maken, som har
    …"), or the relative as the subject of the verb ("Bror (8 år) utreds för …", "pappan
    troligen hade …", no other person nor "att" between, its second verb after "och": "sambon
    dricker varje kväll och har trolig alkoholism"), or a hedge right after it
    ("Storebror ev. celiaki")."""
    global _relative_has, _relative_words
    if _relative_has is None:
        _relative_words = frozenset(w.casefold() for w in load_resources().relatives)
        names = "|".join(sorted(map(re.escape, load_resources().relatives), key=len, reverse=True))
        word = r"[^\s,;.!?()]+\s+"
        verb = (r"(?:har|hade|har haft|haft|lider av|led av|har diagnosen|fick diagnosen"
                r"|har fått diagnosen|är under utredning för|misstänks ha"
                r"|(?:utreds|utreddes|utredd|är utredd)\s+(?:" + word + r"){0,3}?(?:för|avseende)"
                # admitted with it: "pat:s make lades in på hjärtavdelningen igår med hjärtinfarkt"
                r"|(?:lades in|lagts in|är inlagd|inlagd|inlades|vårdas|vårdades)\s+(?:" + word
                + r"){0,4}?(?:med|för|pga)"
                # off work or treated for it: "Maken är sjukskriven sedan mars för misstänkt
                # utmattningssyndrom", "dottern behandlas för"
                r"|(?:är\s+|blev\s+|har\s+varit\s+)?(?:sjukskriven|sjukskrevs|sjukskrivits"
                r"|behandlas|behandlades|opererades|opererats)\s+(?:" + word
                + r"){0,4}?(?:för|pga|med))")
        # a hedge on the relative's diagnosis: still the relative's ("maken, som har
        # misstänkt Parkinsons sjukdom")
        hedge = (r"(?:misstänkt|misstänkta|trolig|troligen|sannolikt|sannolik|möjligen|möjlig"
                 r"|eventuellt|ev\.?|trol\.?|sannol\.?|susp\.?|misst\.?)")
        _relative_has = re.compile(
            r"\b(?:" + names + r")(?:\s*\([^()]{0,25}\))?(?:,?\s+\d{1,2}\s*(?:år|mån)\b,?)?"
            r"(?:,?\s+som\s+(?:" + word + r"){0,4}?" + verb + r"\s+(?:en\s+|ett\s+)?(?:" + hedge
            + r"\s+)?"
            r"|\s+(?:(?!(?:att|som|och|men|" + names + r")\b)" + word + r"){0,3}?(?:och\s+)?(?:"
            + hedge + r"\s+)?" + verb
            + r"\s+(?:en\s+|ett\s+)?(?:" + hedge + r"\s+)?"
            # a relative clause set off by commas before the relative's own verb: "Maken,
            # som pat vårdar, har trolig Alzheimers sjukdom" (the patient inside it is its
            # object, not the subject of the verb: left out of the patient check)
            r"|,\s+som\s+(?P<inserted>[^,.;!?()]{1,60}),\s+(?:" + hedge + r"\s+)?" + verb
            + r"\s+(?:en\s+|ett\s+)?(?:" + hedge + r"\s+)?"
            r"|\s+" + hedge + r"\s+)$", re.IGNORECASE)
    return _relative_has


_WORDS = re.compile(r"\w+")


# the patient in that clause, not as the source ("enligt pat"): "sonen som pat har …"
_PATIENT_IN_CLAUSE = re.compile(r"(?<!enligt )\b(?:pat|patienten|pats|hon|han|hen)\b", re.IGNORECASE)


# the patient and the relative, one subject: "Pat och barnen har vinterkräksjuka"
_PATIENT_AND = re.compile(r"\b(?:pat|patienten|hon|han|hen)\s+(?:och|samt|&)\s+$", re.IGNORECASE)


# the last word of that clause: its verb ("har", "haft", "lider av") or "en"/"ett" after it,
# or a hedge on the diagnosis that follows
_CLAUSE_ENDS = frozenset({"har", "hade", "haft", "av", "en", "ett", "för", "avseende", "med", "pga",
                          "diagnosen", "ha", "misstänkt", "misstänkta",
                          "trolig", "troligen", "sannolikt", "sannolik", "möjligen", "möjlig",
                          "eventuellt", "ev", "ev.", "trol", "trol.", "sannol", "sannol.",
                          "susp", "susp.", "misst", "misst."})


def relatives_own(mentions: list[Mention], sections: list[Any]) -> list[Mention]:
    """A diagnosis a relative is said to have in a relative clause is the relative's
    (the patient's people of ``models/told.tsv``): its assertion becomes "family", however
    hedged."""
    pattern = _relative_has_pattern()
    relatives = _relative_words
    out = mentions
    for k, m in enumerate(mentions):
        if m.assertion not in ("affirmed", "uncertain") or m.sentence < 0:
            continue
        text = getattr(sections[m.section], "text", None) or ""
        before = text[max(m.sentence, m.start - 90):m.start]
        last = before.rsplit(None, 1)  # (the clause ends in its verb: one quick look first)
        if not last:
            continue
        if last[-1].casefold() not in _CLAUSE_ENDS:
            # a hedge right before it as the speller read it ("för misstänt utmattningssyndrom":
            # the mention's cue), else no clause of a relative's
            written = last[-1].casefold()
            if not (m.assertion == "uncertain" and (m.cue or "") in _CLAUSE_ENDS
                    and len(last) == 2 and written[:4] == m.cue[:4]
                    and abs(len(written) - len(m.cue)) <= 2):
                continue
            before = f"{last[0]} {m.cue} "
        # and names a relative, a word of its own (quicker asked of its words than searched)
        if relatives.isdisjoint(_WORDS.findall(before.casefold())):
            continue
        hit = pattern.search(before)
        if (hit is None or _PATIENT_IN_CLAUSE.search(
                hit.group() if hit.group("inserted") is None
                else before[hit.start():hit.start("inserted")] + before[hit.end("inserted"):hit.end()])
                or _PATIENT_AND.search(before, 0, hit.start())):
            continue
        if out is mentions:
            out = list(mentions)
        out[k] = replace(m, assertion="family", cue="som har")
    return out


def answered_questions(mentions: list[Mention], sections: list[Any] | None = None) -> list[Mention]:
    """Mark an uncertain mention asked as a question ("f.s. fraktur?", "Frågeställning:
    Celiaki?"; ``models/question_cues.tsv``) ``answered`` when a later mention of the same
    diagnosis in the note is negated or affirmed ("Svar: ingen fraktur", "Celiaki
    bekräftad"), or affirmed in a more specific form ("?stroke" … "Ischemisk stroke"); any
    uncertain mention when a later one is negated ("misstanke om hjärtinfarkt … misstanken
    om hjärtinfarkt har kunnat avskrivas"); a suspicion written as the reason for the contact
    (a section ``models/section_roles.tsv`` calls reason: "Inremitterad med misstänkt
    pneumoni") when a later conclusion section affirms it ("Bedömning: Pneumoni i höger
    underlob"). ``mentions`` are in note order; ``sections`` (the note's) name the roles."""
    res = load_resources()
    questions = res.question_cues
    if not any(m.assertion == "uncertain" for m in mentions):
        return mentions
    roles = _section_roles(sections or [], res)
    out = list(mentions)
    settled: set[str] = set()  # concepts negated or affirmed after the place looked at
    affirmed: set[str] = set()  # concepts affirmed after it
    concluded: set[str] = set()  # concepts affirmed after it in a conclusion section
    categories: dict[str, int] = {}  # their ICD-10 categories → the last section of one
    # the categories negated → the last (section, sentence) denying one
    denied: dict[str, tuple[int, int]] = {}
    ruled_out: set[str] = set()  # concepts negated after it
    for k in sorted(range(len(mentions)), key=lambda k: (mentions[k].section, mentions[k].start),
                    reverse=True):  # one pass from the note's end: linear in its mentions
        m = mentions[k]
        if m.assertion == "uncertain" and (
                m.cue in questions and (_settled(m.concept, settled)
                                        # a question answered in a later section in other
                                        # words of its category ("Frågeställning:
                                        # Kranskärlssjukdom?" … "Bedömning: Ingen misstanke
                                        # om ischemisk hjärtsjukdom": I25 both; not "TIA?
                                        # (amaurosis fugax)", which says what it asks)
                                        or bool(m.icd10)
                                        and categories.get(m.icd10[:3], -1) > m.section
                                        # denied in a later sentence of its own section in
                                        # other words of its category: "F.s. hjärnmetastaser?
                                        # MR: inga metastaser" (an affirmed one there is more
                                        # often what raised the question)
                                        or bool(m.icd10) and denied.get(
                                            m.icd10[:3], (-1, -1)) > (m.section, m.sentence)
                                        or _more_specific(m.concept, affirmed)
                                        or _more_specific(m.text.lower(), affirmed))
                # any suspicion the note rules out later ("inlagd med misstanke om
                # hjärtinfarkt … misstanken har kunnat avskrivas") is no open hypothesis,
                # also when the tumour of its organ is ("f.s. blåscancer … Blåstumör avförd")
                or _settled(m.concept, ruled_out) or m.text.lower() in ruled_out
                # a suspected tumour or lump, when a later sentence denies any tumour
                # without naming where ("Remiss pga misstänkt akustikusneurinom … MR inre
                # hörselgångar utan tumör"; not "Ingen tumör i levern")
                or _NEOPLASM in ruled_out and _neoplastic(m)
                or roles.get(m.section) == "reason" and (
                    _settled(m.concept, concluded) or _more_specific(m.concept, concluded)
                    or _more_specific(m.text.lower(), concluded)
                    # (or a compound it opens: "misstänkte järnbrist" … "Bedömning:
                    # Järnbristanemi")
                    or _opens_a_compound(m.text.lower(), concluded)
                    or bool(m.icd10) and m.icd10[:3] in concluded)):
            out[k] = replace(m, answered=True)
        elif m.assertion == "negated" and _not_certain_denial(m, sections):
            continue  # "slätröntgen utan synlig fraktur": not seen is not ruled out
        elif m.assertion == "affirmed" and _in_case_of(m, sections):
            continue  # "DD episklerit/sklerit … vid sklerit reumatologisk utredning": a plan
        elif m.assertion == "affirmed" and _test_without_result(m, sections):
            continue  # "HIV Ag/Ak akut, HIV-RNA beställt": a test ordered answers nothing
        elif m.assertion in ("negated", "affirmed"):
            settled.add(m.concept)  # ("?DVT … ingen trombos": the head word of the asked one)
            if m.assertion == "affirmed":  # (by its concept and by its words: "ischemisk
                # stroke" is a "stroke" affirmed, though its concept is "hjärninfarkt")
                affirmed.update((m.concept, m.text.lower()))
                if roles.get(m.section) == "conclusion":
                    concluded.update((m.concept, m.text.lower()))
                    if m.icd10:
                        concluded.add(m.icd10[:3])
            if m.icd10 and m.icd10[0] != "R":  # (a symptom answers no question of its own)
                categories.setdefault(m.icd10[:3], m.section)
                if m.assertion == "negated":
                    denied.setdefault(m.icd10[:3], (m.section, m.sentence))
            if m.assertion == "negated":
                ruled_out.add(m.concept)
                word = m.text.lower()
                if word.endswith(("tumör", "tumörer")) and len(word) > 8:
                    ruled_out.add(word[:word.rindex("tumör")] + "cancer")
                if m.concept in _ANY_TUMOUR and _STANDS_ALONE.match(
                        getattr(sections[m.section], "text", None) or "", m.end):
                    ruled_out.add(_NEOPLASM)
    return _denied_later(out, questions, sections or [])


# a denial that says only that it was not seen: "utan synlig fraktur", "inte visar säker fraktur"
_NOT_SEEN = re.compile(r"\b(?:synlig|synligt|synliga|säker|säkert|säkra|påvisbar|påvisbart|tydlig"
                       r"|tydligt|uppenbar|uppenbart)\s+$", re.IGNORECASE)


# a diagnosis named as the case a plan is for: "vid sklerit remiss", "om pneumoni, antibiotika"
_IN_CASE_OF = re.compile(r"\b(?:vid|om|ifall|inför\s+ev\.?|vid\s+ev\.?)\s+$", re.IGNORECASE)


def _in_case_of(m: Mention, sections: list[Any]) -> bool:
    return _IN_CASE_OF.search(_text(sections, m.section), max(0, m.start - 12), m.start) is not None


# a test named by the disease it looks for: "HIV-RNA", "Klamydia-PCR", "HIV Ag/Ak"; and the
# words of a positive answer after it ("Klamydia-PCR positiv")
_TEST_SUFFIX = re.compile(r"-(?:rna|dna|pcr|naat|serologi|ak|ag|test|prov|odling)$", re.IGNORECASE)
_TEST_AFTER = re.compile(r"\s+(?:ag/ak|ak/ag|ag|ak|antikroppar|serologi|pcr|naat|test|prov|odling)\b",
                         re.IGNORECASE)
# … or the test is said before it: "prover för gonorré och klamydia", "screening för HIV"
_TEST_BEFORE = re.compile(r"\b(?:(?:prov|prover|provtagning|test|tester|testas|testning|screening|"
                          r"screenas|odling|odlingar|serologi|pcr|naat)\s+(?:för|avseende|mot)\s+"
                          r"(?:[\w-]+\s+(?:och|o|samt|,)\s+)?"
                          # (the test's name right before it: "NAAT klamydia/gonorré från
                          # vagina", "PCR covid", "snabbtest strep A")
                          r"|(?:naat|pcr|snabbtest|serologi|odling|u-odling|nph-odling)\s+)$",
                          re.IGNORECASE)
_POSITIVE_AFTER = re.compile(r"[^.;\n]{0,40}?\b(?:positiv\w*|pos\b|påvisa\w*|detekterbar\w*|"
                             r"förhöjd\w*|reaktiv\w*|växt av)", re.IGNORECASE)


def _test_without_result(m: Mention, sections: list[Any]) -> bool:
    """A mention that names a test ("HIV-RNA beställt", "HIV Ag/Ak akut", "HBV-DNA tas",
    "prover för gonorré"), with no positive answer after it, is a test ordered or taken: it
    answers no question."""
    text = _text(sections, m.section)
    if not (_TEST_SUFFIX.search(m.text) or _TEST_AFTER.match(text, m.end)
            or _TEST_BEFORE.search(text, max(0, m.start - 40), m.start)):
        return False
    return _POSITIVE_AFTER.match(text, m.end) is None


def _not_certain_denial(m: Mention, sections: list[Any]) -> bool:
    return _NOT_SEEN.search(_text(sections, m.section), max(0, m.start - 20), m.start) is not None


# the concepts that name any tumour; a marker for "any tumour ruled out"
_ANY_TUMOUR = frozenset({"tumör", "cancer"})
_NEOPLASM = "\x00neoplasm"
_STANDS_ALONE = re.compile(r"\s*(?:[.;\n]|$)")  # (the word ends its sentence: no "i levern")
# what a suspected tumour may be written as besides a neoplasm's code: a lump, a process
_LUMPS = ("N63", "R22", "R93", "R19.0", "N60")


def _neoplastic(m: Mention) -> bool:
    """A tumour of any behaviour (C00–D48), or a lump or process that may be one."""
    code = m.icd10 or ""
    return (malignant(m) or code[:1] == "D" and code[1:3].isdigit() and int(code[1:3]) <= 48
            or code.startswith(_LUMPS))


def recurrences(mentions: list[Mention], sections: list[Any] | None = None) -> list[Mention]:
    """A recurrence named without its disease ("Lungcancer strålbehandlad 2022 … Trol.
    recidiv i mediastinum") is a mention of the return of the disease the note named last
    before it ("recidiv av lungcancer", a concept of its own) — a
    tumour when there is one, else any disease (not a symptom or a contact reason:
    "Depression 2019 … Trol. återfall"); with none before it in the note (the cancer named in
    an earlier note, or only by its treatment: "Radikal prostatektomi 2020 … Sannolikt
    biokemiskt recidiv") it stays a recurrence of what the record knows. A spread or growth
    ("Spridning till lungorna?", "sannolik progress") is one of a tumour only: "spridning av
    bröstcancer"; where the note names none it is no mention (a patient's progress in
    training, an infection's spread) — unless it is a spread to somewhere ("PET-DT visar
    spridning till mediastinala lymfkörtlar"), a metastasis whatever the tumour.
    ``sections``: the note's (their texts say where a spread goes)."""
    if not any(m.concept.startswith(EVENT) for m in mentions):
        return mentions
    ordered = sorted(mentions, key=lambda m: (m.section, m.start))
    named = [m for m in ordered if not m.concept.startswith(EVENT)]
    # (none before it: the first named after it — "Pat ej informerad om att det rör sig om
    # recidiv. … lokalrecidiv av rektalcancer")
    later_tumour = next((m for m in named if malignant(m)), None)
    later = later_tumour or next(
        (m for m in named if m.icd10 and m.icd10[:1] not in ("R", "Z")), None)
    out: list[Mention] = []
    tumour: Mention | None = None
    disease: Mention | None = None
    for m in ordered:
        if m.concept.startswith(EVENT):
            event = m.concept[len(EVENT):]
            if event in TUMOUR_EVENTS:
                of = tumour or later_tumour
                if of is None and not (event == "spridning" and _SPREAD_TO.match(
                        _text(sections, m.section), m.end)):
                    continue
            else:
                of = tumour or disease or later
            # a concept of its own ("recidiv av bröstcancer"): told the cancer years ago is
            # not told its return
            out.append(replace(m, concept=event if of is None else f"{event} av {of.concept}",
                               icd10=None))
            continue
        if malignant(m):
            tumour = m
        elif m.icd10 and m.icd10[:1] not in ("R", "Z"):
            disease = m
        out.append(m)
    return out


def _text(sections: list[Any] | None, index: int) -> str:
    """The text of section ``index`` ("" when there is none)."""
    if not sections or index >= len(sections):
        return ""
    return getattr(sections[index], "text", None) or ""


_EVENTS = tuple(sorted(set(EVENT_WORDS.values())))
# a spread to somewhere: "spridning till skelettet", "spridningen till levern"
_SPREAD_TO = re.compile(r"\s+till\s+\w", re.IGNORECASE)


def event_of(concept: str) -> str | None:
    """The disease of a recurrence, spread or growth concept ("recidiv av bröstcancer" →
    "bröstcancer"; see :func:`recurrences`), else None."""
    for event in _EVENTS:
        if concept.startswith(event) and concept.startswith(" av ", len(event)):
            return concept[len(event) + 4:]
    return None


def malignant(m: Mention) -> bool:
    """A malignant tumour or one of uncertain behaviour (C, D00–D09, D37–D48) (also read by
    the NL101 rule: a cancer told)."""
    code = m.icd10 or ""
    return code[:1] == "C" or code[:1] == "D" and code[1:3].isdigit() and (
        int(code[1:3]) <= 9 or 37 <= int(code[1:3]) <= 48)


# a word denied: "inget recidiv", "Ingen säker fraktur", "utan tecken till recidiv"
# (not "kan ej uteslutas recidiv", "ej säkert recidiv": still a question)
_DENIAL = (r"\b(?:ingen|inget|inga|ej|inte|utan)\s+"
           r"(?:(?!utesl|säker|säkert|avgör|bedöm|synlig)[\w-]+\s+){0,3}?")


def _denied_later(mentions: list[Mention], questions: Any, sections: list[Any]) -> list[Mention]:
    """A question ("Recidiv i lilla bäckenet?") whose first word a later section denies
    ("Beslut: Postoperativa förändringar, inget recidiv") is answered, though the bare word
    there is no mention of its own (it needs the words around it to name a diagnosis)."""
    out = mentions
    for k, m in enumerate(mentions):
        if m.assertion != "uncertain" or m.answered or m.cue not in questions:
            continue
        head = _FIRST_WORD.match(m.text.lower())
        if head is None or len(head.group()) < 5:
            continue
        # (or its compound's last part: "Aortadissektion?" … "ingen dissektion")
        word = head.group()
        forms = [word, *(word[i:] for i in range(3, len(word) - 5))]
        denied = re.compile(_DENIAL + "(?:" + "|".join(map(re.escape, forms)) + r")\w{0,3}\b",
                            re.IGNORECASE)
        if any(denied.search(getattr(s, "text", None) or "") for s in sections[m.section + 1:]):
            if out is mentions:
                out = list(mentions)
            out[k] = replace(m, answered=True)
    return out


_FIRST_WORD = re.compile(r"[^\W\d_]+")


def read_results(triggers: list[Trigger], mentions: list[Mention],
                 sections: list[Any]) -> list[Trigger]:
    """A statement on telling about a result ("Pat ej informerad om PAD-svaret ännu") is
    about no diagnosis when the note's results (sections under a result sökord,
    ``models/told.tsv`` result_keyword) say something normal or deny a diagnosis, find
    nothing positive and name no open diagnosis outside a phrase that says it is benign
    ("Endometriepolyp utan atypi. Ingen malignitet"; "MR: normala förhållanden"); else it is
    about a diagnosis as any other (topic "result" becomes "diagnosis"). Numbers alone
    ("HbA1c 62") say neither."""
    res = load_resources()
    triggers = _topic_of_the_first(triggers, sections, mentions)
    results = {i: getattr(s, "text", None) or "" for i, s in enumerate(sections)
               if (getattr(s, "keyword", None) or "").strip().rstrip(":").lower()
               in res.result_keywords}
    if results and any(t.kind == "not_informed" and t.topic == "diagnosis" for t in triggers):
        # a not-told naming nothing ("Pat ej nådd per telefon") in a note whose results are
        # its news: about the result, as if it said "om svaret"
        triggers = [replace(t, topic="result") if _bare_not_told(t, sections, mentions) else t
                    for t in triggers]
    if not any(t.topic == "result" for t in triggers):  # type: ignore[comparison-overlap]
        return triggers
    normal_said = (any(_says_normal(text, res) for text in results.values()) or any(
        m.assertion == "negated" and m.section in results for m in mentions)) and not any(
        _says(text, res.positive_results, unless_denied=True) or _GRADED_POSITIVE.search(text)
        for text in results.values())
    open_found = any(m.section in results and m.assertion in ("affirmed", "uncertain")
                     and not m.known and not (
                         (m.icd10 or "")[:1] not in ("C", "")  # (a cancer is never benign)
                         and _said_benign(results[m.section], m, res))
                     and not _treated_for(results[m.section], m)
                     for m in mentions)
    topic = "other" if normal_said and not open_found else "diagnosis"
    return [replace(t, topic="diagnosis" if topic == "other" and _concluded_before(t, mentions, sections)
                    else "other" if _told_normal_after(t, sections, res, mentions) or (
                        not results and _prose_result_normal(t, sections, mentions, res))
                    else "diagnosis" if _names_another_test(t, sections, results)
                    else topic)
            if t.topic == "result" else t  # type: ignore[comparison-overlap]
            for t in triggers]


# a reaction graded positive, as allergy and patch tests write it ("++ för epoxiharts",
# "Nickel +++")
_GRADED_POSITIVE = re.compile(r"\+\+")

# the examinations a statement on telling names its result by: "Besked om PAD ej givet"
_TEST = re.compile(r"\b(?:PAD|DT|CT|MR|MRT|PET|rtg|röntgen|ultraljud|UL|biopsi|cytologi|scint"
                   r"|skelettscint|mammografi|koloskopi|gastroskopi|cystoskopi|EEG|EKG|EMG|eko"
                   r"|spirometri)(?![\w])", re.IGNORECASE)


def _names_another_test(t: Trigger, sections: list[Any], results: dict[int, str]) -> bool:
    """Whether the statement names the examination whose result is untold ("Besked om PAD
    ej givet") and none of the note's result sections holds that examination (they hold a
    normal DT and lab values): what they say normal is not the result untold."""
    text = _text(sections, t.section)
    stop = _SENTENCE_STOP.search(text, t.end, t.end + _REACH)
    start = t.sentence if 0 <= t.sentence <= t.start else t.start
    named = _TEST.search(text, start, stop.start() if stop else min(len(text), t.end + _REACH))
    if named is None:
        return False
    test = re.compile(r"\b" + re.escape(named.group()) + r"(?![\w])", re.IGNORECASE)
    return not any(test.search(body) or test.search(
        getattr(sections[i], "keyword", None) or "") for i, body in results.items())


def _concluded_before(t: Trigger, mentions: list[Mention], sections: list[Any]) -> bool:
    """Whether the statement's own section says a diagnosis confirmed right before it
    ("Brugadas syndrom bekräftat. Pat ej informerad om resultatet ännu"): the result untold
    is that conclusion, whatever else the result sections say."""
    text = _text(sections, t.section)
    return any(m.section == t.section and m.assertion == "affirmed" and not m.known
               and m.end <= t.start and t.start - m.end <= _CONCLUDED_REACH
               and _SAID_CONFIRMED.match(text, m.end) for m in mentions)


_CONCLUDED_REACH = 60  # characters: the end of the sentence before, at most


def _topic_of_the_first(triggers: list[Trigger], sections: list[Any],
                        mentions: list[Mention]) -> list[Trigger]:
    """A not-told that names nothing, after another of the patient in its sentence, is about
    what that one is about: "Pat ej informerad om DT-svaret ännu då hon somnat; meddelas
    vid morgonronden" (the result, both)."""
    out = list(triggers)
    for k in range(1, len(out)):
        t, first = out[k], out[k - 1]
        first_untold = (first.kind == "not_informed" and not first.negated
                        or first.kind == "communicated" and first.negated)  # ("Informerad om
        # körförbud: Nej – tas upp vid återbesöket")
        if (t.kind == "not_informed" and first_untold and t.topic == "diagnosis"
                and first.topic != "diagnosis" and t.subject == first.subject
                and (t.section, t.sentence) == (first.section, first.sentence)
                and t.sentence >= 0 and _names_nothing(t, sections, mentions)):
            out[k] = replace(t, topic=first.topic)
    return out


def _names_nothing(t: Trigger, sections: list[Any], mentions: list[Mention]) -> bool:
    """Whether a statement on telling names no topic and no diagnosis from its start to its
    sentence's end."""
    section = sections[t.section] if t.section < len(sections) else None
    text = getattr(section, "text", None) or ""
    stop = _SENTENCE_STOP.search(text, t.end, t.end + _REACH)
    end = stop.start() if stop else min(len(text), t.end + _REACH)
    return not _NAMES_TOPIC.search(text, t.start, end) and not any(
        m.section == t.section and t.start <= m.start < end for m in mentions)


def _bare_not_told(t: Trigger, sections: list[Any], mentions: list[Mention]) -> bool:
    """A not-told of the patient that names no topic, in a section without a diagnosis
    ("Aktuellt: Gastroskopi pga dyspepsi. Gastroskopi: ua. Planering: Pat ej nådd"): read
    as a not-told result, which the note's result sections then decide."""
    if t.kind != "not_informed" or t.topic != "diagnosis" or t.subject != "patient":
        return False
    section = sections[t.section] if t.section < len(sections) else None
    text = getattr(section, "text", None) or ""
    stop = _SENTENCE_STOP.search(text, t.end, t.end + _REACH)
    sentence = text[t.sentence if t.sentence >= 0 else t.start:stop.start() if stop else len(text)]
    if _NAMES_TOPIC.search(sentence):
        return False
    # (none in its section either: "PAD: adenocarcinom. Pat ej underrättad ännu" speaks of it;
    # not the disease the examination followed up: "Urinodling från besöket då hon behandlades
    # för cystit: ingen växt. Pat ej meddelad ännu")
    return not any(m.section == t.section and (m.sentence == t.sentence or m.assertion in (
        "affirmed", "uncertain")) and not _treated_for(text, m) for m in mentions)


_NAMES_TOPIC = re.compile(r"\b(?:om|kring|angående|avseende|gällande)\b|diagnos|besked|cancer|"
                          r"misstank|fynd|sjukdom|tumör|återgivning|återkoppling", re.IGNORECASE)


def _prose_result_normal(t: Trigger, sections: list[Any], mentions: list[Mention],
                         res: Any) -> bool:
    """A note with no result section writes the result in prose, in the sentence before the
    statement on telling (or its own, before it; the last of the section before when the
    statement opens its own): "U-tox 1/8: negativ för samtliga substanser. Pat ej informerad
    om provsvaret än" — normal there (or naming diagnoses only to deny them), naming no open
    diagnosis, the untold result is no diagnosis."""
    section = sections[t.section] if t.section < len(sections) else None
    text = getattr(section, "text", None) or ""
    own = t.sentence if 0 <= t.sentence <= t.start else t.start
    where, hi = t.section, t.start  # the prose read: a section, up to here
    source = text
    if not text[:own].strip() and t.section > 0:
        # the statement opens its section: the sentence before it ends the section before
        # ("Bedömning: … MR hjärna utan patologi. Planering: Pat ej informerad om MR-svaret")
        where = t.section - 1
        source = getattr(sections[where], "text", None) or ""
        own = hi = len(source.rstrip())
    before = source[:own].rstrip()
    before = before[:-1] if before[-1:] in (".", "!", "?") else before  # its own full stop
    stops = list(_SENTENCE_STOP.finditer(before))
    lo = stops[-1].end() if stops else 0
    prose = source[lo:hi]
    # normal in words, or diagnoses named only to deny them ("DT hjärna utan blödning eller
    # fraktur. Pat ännu ej informerad om svaret")
    denied = any(m.section == where and lo <= m.start < hi and m.assertion == "negated"
                 for m in mentions)
    stop = _SENTENCE_STOP.search(text, t.end, t.end + _REACH)
    named = _TEST.search(text, t.end, stop.start() if stop else min(len(text), t.end + _REACH))
    if named is not None and not re.search(r"\b" + re.escape(named.group()) + r"(?![\w])", prose,
                                           re.IGNORECASE):
        return False  # "Tumörmarkörer normaliserade. Pat är inte informerad om PAD ännu": the
        # untold result is another examination's than the normal one before it
    if (not (denied or _says_normal(prose, res))
            or _says(prose, res.positive_results, unless_denied=True)):
        return False
    # (from the section before, none in the whole of it: "Diagnos efter avslutad utredning:
    # ADHD … Inga tecken på bipolaritet. Planering: Återkoppling till pat ej gjord")
    first = lo if where == t.section else 0
    return not any(m.section == where and first <= m.start < hi
                   and m.assertion in ("affirmed", "uncertain") and not m.known
                   for m in mentions)


def _told_normal_after(t: Trigger, sections: list[Any], res: Any,
                       mentions: list[Mention] | None = None) -> bool:
    """The statement's own sentence says what the untold result is, and it is normal:
    "Pat ej informerad om resultatet; brev skickas om att allt är normalt", "Det normala
    svaret är inte meddelat pat ännu" (before it, naming no open diagnosis there)."""
    section = sections[t.section] if t.section < len(sections) else None
    text = getattr(section, "text", None) or ""
    stop = _SENTENCE_STOP.search(text, t.end, t.end + _REACH)
    rest = text[t.end:stop.start() if stop else t.end + _REACH]
    if _says_normal(rest, res) and not _says(rest, res.positive_results, unless_denied=True):
        return True
    own = t.sentence if 0 <= t.sentence <= t.start else t.start
    before = text[own:t.start]
    return (mentions is not None and _says_normal(before, res)
            and not _says(before, res.positive_results, unless_denied=True)
            and not any(m.section == t.section and own <= m.start < t.start
                        and m.assertion in ("affirmed", "uncertain") for m in mentions))


def _treated_for(text: str, m: Mention) -> bool:
    """Whether a diagnosis in a result is what the patient was treated or is followed up
    for, named as the examination's reason ("Uppföljande DT 1 år efter avslutad adjuvant
    behandling för koloncancer: inga tecken på återfall"), not what it found."""
    before, _ = _clause_around(text, m)
    if not before or before[-1] != "för":
        return False
    return any(w.startswith(_TREATED_STEMS) for w in before[-5:-1])


# what a patient was treated or is followed up for ("behandling för", "opererad för")
_TREATED_STEMS = ("behandl", "opere", "uppfölj", "kontroll", "resek", "strålbeh", "cytostat",
                  "cellgift", "kemoterapi", "radioterapi")


def _said_benign(text: str, m: Mention, res: Any) -> bool:
    """Whether the words around a finding call it benign: right after it ("Endometriepolyp
    utan atypi", "Dermatofibrom, benignt, radikalt exciderat") or right before it in its
    clause ("Benignt dermatofibrom")."""
    before, after = _clause_around(text, m)
    return (_says_normal(after, res) and not _OTHERWISE.match(after)) or bool(_BENIGN.intersection(before)) or (
        (m.icd10 or "").startswith(_ECTOPIC_BEATS) and bool(_FEW.intersection(before[-2:])))


# extra beats of the heart ("enstaka VES", "sporadiska SVES" on a Holter): few of them are a
# normal finding, not a diagnosis untold
_ECTOPIC_BEATS = ("I49.1", "I49.2", "I49.3", "I49.4")
_FEW = {"enstaka", "sporadiska", "sporadisk", "få", "fåtal", "sparsamt", "sparsamma", "sällsynta"}


def _clause_around(text: str, m: Mention) -> tuple[list[str], str]:
    """The words before a mention in its clause (lower case) and the text right after it: to
    the next comma or full stop, the clause after one comma when nothing follows before it,
    and after a colon what follows it too ("rundhärd i vä underlob: oförändrad")."""
    after = _right_after(text, m)
    stop = _CLAUSE_STOP.search(text, m.end, m.end + 60)
    if not after.strip() and stop is not None and text[stop.start()] == ",":
        after = _right_after(text, m, stop.start() + 1)  # the clause after one comma
    elif stop is not None and text[stop.start()] == ":":
        after += " " + _right_after(text, m, stop.start() + 1)
    before = re.split(r"[,.;:\n]", text[max(0, m.start - 30):m.start])[-1].lower().split()
    return before, after


_BENIGN = {"benign", "benignt", "benigna", "godartad", "godartat", "godartade"}
# what is normal besides the finding ("agenesi av corpus callosum, i övrigt normal
# hjärnanatomi"): the finding is not
_OTHERWISE = re.compile(r"\W*(?:i övrigt|för övrigt|övrigt|annars|i\s+ö\.?)\b", re.IGNORECASE)
_NOT_BENIGN = {"ej", "inte", "icke", "knappast", "osäkert", "oklart"}


def known_in_results(mentions: list[Mention], sections: list[Any]) -> list[Mention]:
    """A result of a disease the note calls long known is that known disease, no news:
    "Känd hivinfektion … [Lab] HIV-RNA <20 kopior/mL", "Känd Barretts esofagus … [Provsvar]
    PAD: Barrettslemhinna, ingen dysplasi" (the same concept, in a section under a result
    sökord; never a cancer, which may be a new primary or its return; "känd sarkoidos …
    hjärtsarkoidos" is another concept, news)."""
    known = {m.concept for m in mentions if m.known}
    if not known:
        return mentions
    res = load_resources()
    results = {i for i, s in enumerate(sections)
               if sokord_key(getattr(s, "keyword", None) or "") in res.result_keywords}
    return [replace(m, known=True) if (not m.known and m.concept in known and m.section in results
                                       and m.assertion == "affirmed" and not malignant(m))
            else m for m in mentions]


def benign_findings(mentions: list[Mention], sections: list[Any]) -> list[Mention]:
    """A finding its clause calls benign in so many words ("Benign förändring i vänster
    bröst", "Dermatofibrom, benignt") is marked ``benign``: no news a patient could be kept
    from (NL101). A cancer is never benign; a normal test beside a diagnosis ("konstaterad
    med … och negativ M-komponent") says nothing of it."""
    out = mentions
    said_in: dict[int, bool] = {}  # section → whether its text has a word of _BENIGN at all
    for k, m in enumerate(mentions):
        if m.assertion != "affirmed" or (m.icd10 or "").startswith("C"):
            continue
        text = _text(sections, m.section)
        said = said_in.get(m.section)
        if said is None:  # (the clause around a mention lies in its section's text, and every
            # word of _BENIGN holds one of these)
            low = text.lower()
            said = said_in[m.section] = "benign" in low or "godartad" in low
        if not said:
            continue
        before, after = _clause_around(text, m)  # "Dermatofibrom, benignt"
        said = before + after.lower().split()
        if _BENIGN.intersection(said) and _NOT_BENIGN.isdisjoint(said):  # ("ej benign")
            if out is mentions:
                out = list(mentions)
            out[k] = replace(m, benign=True)
    return out


def _right_after(text: str, m: Mention, end: int | None = None) -> str:
    """The words right after a mention, to the next comma or full stop ("Endometriepolyp
    utan atypi.": a benign finding, said so); from ``end`` when given."""
    end = m.end if end is None else end
    stop = _CLAUSE_STOP.search(text, end, end + 60)
    # a marker's status glued to it ("p57-negativ", "HER2-positiv") types the finding; it
    # does not say it is benign
    return _MARKER_STATUS.sub(" ", text[end:stop.start() if stop else end + 60])


_MARKER_STATUS = re.compile(
    r"[\w.]+-(?:negativ|negativt|negativa|neg|positiv|positivt|positiva|pos)\b", re.IGNORECASE)


def _says_normal(text: str, res: Any) -> bool:
    """Whether ``text`` holds a normal result (``models/told.tsv`` row normal), or a result
    that denies what it looked for right after its colon ("DSA-screening: inga
    donatorspecifika antikroppar", "Odling: ingen växt")."""
    return _says(text, res.normal_results) or _DENIED_AFTER_COLON.search(text) is not None


_DENIED_AFTER_COLON = re.compile(r":[ \t]*(?:inga|ingen|inget)\b", re.IGNORECASE)


def _says(text: str, phrases: frozenset[str], unless_denied: bool = False) -> bool:
    return holds_phrase(re.findall(r"[\wåäö.]+", text.lower()), phrases, unless_denied)


def holds_phrase(words: list[str], phrases: frozenset[str], unless_denied: bool = False) -> bool:
    """Whether lower-case ``words`` hold one of ``phrases`` (one or two words each, a full
    stop after a word ignored); with ``unless_denied`` not one with a negation up to three
    words before it ("Inga atypiska eller maligna celler")."""
    for k, w in enumerate(words):
        if w in phrases or w.rstrip(".") in phrases or k and f"{words[k - 1]} {w.rstrip('.')}" in phrases:
            if not (unless_denied and _DENIALS.intersection(words[max(0, k - 3):k])):
                return True
    return False


_DENIALS = {"ingen", "inga", "inget", "ej", "inte", "utan", "icke"}


_REACH = 400  # characters a reading looks before or after a statement: one sentence or two
_CLAUSE_STOP = re.compile(r"[,.;:\n]")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)|\n")
_SENTENCE_BREAK = re.compile(r"[.!?;]\s+|\n")
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")
_VERB_FIRST = {"vet", "har", "hade", "är", "var", "känner", "fick", "kan", "visste"}
_THEY = {"de", "dom", "dessa"}
# a telling with no one named, the verb first ("Informerade om att …", "Informerad om …")
_TELLING_FIRST = {"informerade", "informerat", "informerad", "informerades", "meddelade",
                  "berättade", "förklarade", "gav", "gick", "lämnade", "delgav", "beskedet"}
# a conversation and with whom: "Samtal med make och son i enskilt rum", "Tel till dottern"
_TALK = r"(?:\w*samtal|tel\.?|telefon\w*|möte|träff|kontakt|besök)\s+(?:med|till|från|av)\s+"
_CONVERSATION_WITH = re.compile(r"\s*" + _TALK + r"([^.!?;\n]*)", re.IGNORECASE)
# a sökord for a conversation with the family: what is told under it is told to them
_RELATIVES_KEYWORD = re.compile(r"närstående|anhörig|föräldrasamtal|familjesamtal", re.IGNORECASE)


def of_a_child(mentions: list[Mention], sections: list[Any]) -> list[Mention]:
    """Mark the mentions of a sentence whose subject is a child ("Barnet flyttades till neo
    med misstänkt sepsis", "Bebisen utreds för misstänkt hjärtfel") ``child``: whose they
    are depends on the patient's age, which the rules know."""
    out = mentions
    for k, m in enumerate(mentions):
        if m.assertion not in ("uncertain", "affirmed") or m.sentence < 0:
            continue
        first = _OPENING_WORD.match(_text(sections, m.section), m.sentence)
        if first is not None and first.group(1).lower() in _CHILD_SUBJECTS:
            if out is mentions:
                out = list(mentions)
            out[k] = replace(m, child=True)
    return out


_OPENING_WORD = re.compile(r"[\s\W]*?([^\W\d_]+)")  # a sentence's first word
# the subjects of a sentence about a child
_CHILD_SUBJECTS = frozenset({"barnet", "bebisen", "babyn", "nyfödde", "nyfödda", "nyfödd",
                             "pojken", "flickan", "gossen", "flicka", "pojke"})


def named_by_its_head(triggers: list[Trigger], mentions: list[Mention],
                      sections: list[Any]) -> list[Trigger]:
    """A not-told about something the sentence's own words do not call a diagnosis ("Pat har
    inte kunnat informeras om reoperationen och läckaget") is about a diagnosis when one of
    the words after its "om" is the last part of a diagnosis the note names, in its definite
    form ("läckaget" … "anastomosläckage bekräftat"; not "om tiden", "om operationen"), or
    a compound ending in the last word of its name ("om njurkrisen" … "Sklerodermirenal kris")."""
    if not any(t.kind == "not_informed" and t.topic == "other" for t in triggers):
        return triggers
    heads = {m.text.lower() for m in mentions if m.assertion in ("affirmed", "uncertain")}
    if not heads:
        return triggers
    # the last word of a many-word name, which a compound may end in ("njurkrisen" of
    # "Sklerodermirenal kris")
    lasts = {h.rsplit(None, 1)[-1] for h in heads if " " in h}
    lasts = {w for w in lasts if len(w) >= 4 and w.isalpha()}
    plans = load_resources().plan_words
    out = triggers
    for k, t in enumerate(triggers):
        if t.kind != "not_informed" or t.topic != "other" or not 0 <= t.section < len(sections):
            continue
        text = getattr(sections[t.section], "text", None) or ""
        about = _ABOUT_AFTER.match(text, t.end)
        if about is None:
            continue
        for word in re.findall(r"[^\W\d_]{6,}", about.group(1).lower()):
            if word in plans:
                continue  # "om operationen" beside a "kataraktoperation": a plan, not a disease
            stems = {word[:-len(e)] for e in _DEFINITE_ENDINGS if word.endswith(e)}
            if any(len(st) >= 5 and (any(h.endswith(st) and len(h) > len(st) for h in heads)
                                     or any(st.endswith(w) and len(st) > len(w) for w in lasts))
                   for st in stems):
                if out is triggers:
                    out = list(triggers)
                out[k] = replace(t, topic="diagnosis")
                break
    return out


# what a statement on telling is about: "… om reoperationen och läckaget pga sederingen"
_ABOUT_AFTER = re.compile(r"[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?om[ \t]+([^.;:\n]{1,60})", re.IGNORECASE)
_DEFINITE_ENDINGS = ("et", "en", "n", "t")


def pointer_to_previous_sentence(triggers: list[Trigger], mentions: list[Mention],
                                 sections: list[Any]) -> list[Trigger]:
    """A statement on telling about "detta" / "det" that names no diagnosis in its own
    sentence points at the sentence before it: when that one names no diagnosis either,
    what is untold is something else ("Inför AV-fistel behövs venkartläggning. Har inte
    tagit upp detta med pat än"). So does a patient's bare not-told right after news of a
    death ("… att pat:s make avled i eftermiddags. Pat ännu ej informerad")."""
    out = triggers
    starts: dict[int, list[int]] | None = None  # mention starts by section, sorted (once)
    for k, t in enumerate(triggers):
        if (t.kind not in ("not_informed", "communicated") or t.topic != "diagnosis"
                or t.sentence < 1):
            continue
        text = getattr(sections[t.section], "text", None) or ""
        inside = t.text.lower().split()[1:]
        pointer = _POINTER_WORDS.intersection(inside) or _POINTER_AFTER.match(text, t.end)
        if not pointer and (t.subject != "patient" or t.kind != "not_informed"):
            continue
        lo = max(0, t.sentence - _REACH)
        head = text[lo:t.sentence].rstrip()
        previous = _SENTENCE_BREAK.split(head)[-1]
        normal = False
        if not pointer:  # a bare not-told right after news of a death: that news is untold
            # (so is one right after a result without findings: "PAD visar normal slemhinna
            # utan tecken på cancer. Pat ej informerad ännu")
            stop = _SENTENCE_STOP.search(text, t.end, t.end + _REACH)
            normal = not _DEATH.search(previous) and _normal_result(previous)
            if ((not _DEATH.search(previous) and not normal)
                    or _NAMES_TOPIC.search(text, t.sentence, stop.start() if stop else len(text))):
                continue
        p_start = lo + len(head) - len(previous)
        stop = _SENTENCE_STOP.search(text, t.end, t.end + _REACH)
        s_end = stop.start() if stop else min(len(text), t.end + _REACH)
        if starts is None:
            starts = {}
            for m in mentions:
                starts.setdefault(m.section, []).append(m.start)
            for v in starts.values():
                v.sort()
        here = starts.get(t.section, [])
        i = bisect.bisect_left(here, p_start)
        if not previous.strip() or i < len(here) and here[i] < s_end and not (
                normal and all(m.assertion == "negated" for m in mentions
                               if m.section == t.section and p_start <= m.start < s_end)):
            continue  # (a mention in the sentence before or its own: the usual reading;
            # after a normal result, only denied ones)
        if out is triggers:
            out = list(triggers)
        out[k] = replace(t, topic="other")
    return out


# news of a death ("Dottern har ringt och berättat att pat:s make avled i eftermiddags. Pat
# ännu ej informerad"): a bare not-told after it is about that news
_DEATH = re.compile(r"\b(?:avled|avlidit|avlidna|avliden|avlidne|dog|dött|dödsfall|gått bort|gick bort"
                    r"|omkom|omkommit)\b", re.IGNORECASE)


def _normal_result(sentence: str) -> bool:
    """Whether a sentence gives a result without findings: a word of showing and one of
    ``models/told.tsv``'s normal words ("PAD visar normal slemhinna", "DT: ua")."""
    low = sentence.lower()
    if not _SHOWING.search(low):
        return False
    words = set(_WORDS.findall(low))
    normal = load_resources().normal_results
    return not words.isdisjoint(normal) or any(" " in n and n in low for n in normal)


_SHOWING = re.compile(r"\b(?:visar|visade|påvisar|påvisade|utfall|svar|svaret|resultat\w*)\b|:")


# a pointer at what was just said, inside the statement ("tagit upp detta med pat") or
# right after it ("… informerad om detta")
_POINTER_WORDS = {"detta", "dessa"}
_POINTER_AFTER = re.compile(r"\s*(?:(?:om|kring|angående) (?:detta|det|dessa)|detta|dessa)\b"
                            r"(?!\s+(?:att|som)\b)", re.IGNORECASE)


def subject_of_previous_sentence(triggers: list[Trigger], sections: list[Any]) -> list[Trigger]:
    """A statement on telling whose sentence opens with its verb, the subject left out,
    has the subject of the sentence before it: "Dottern ringde på em. Har inte fått veta
    än" is about the daughter; "Partnern är i Norge. Vet inget ännu" about the partner."""
    from .pipeline import _person_role

    res = load_resources()
    out = triggers
    for k, t in enumerate(triggers):
        if t.kind not in ("not_informed", "communicated") or t.subject != "patient":
            continue
        text = getattr(sections[t.section], "text", None) or ""
        first = text[t.sentence:t.end].split(None, 1)
        if not first:
            continue
        opener = first[0].lower()
        if opener in _TELLING_FIRST:
            # told, the one told left out: those of the conversation the sentence before
            # names, or the family of a sökord for talks with them
            role = _conversation_role(text, t.sentence, res)
            keyword = getattr(sections[t.section], "keyword", "") or ""
            if role is None and _RELATIVES_KEYWORD.search(keyword):
                role = "other"
            if role is not None and role != "patient":
                if out is triggers:
                    out = list(triggers)
                out[k] = replace(t, subject=role)
            continue
        if t.sentence < 1 or opener not in _VERB_FIRST and not (
                opener in _THEY and len(text[t.sentence:t.start].split()) <= 3):
            continue  # ("De har inte informerats om …": those the sentence before opens with;
            # not "De vill själva berätta för Elsa och hon har inte fått veta")
        # the sentence before it (within reach: a 1 MB note), and its first word
        before = text[max(0, t.sentence - _REACH):t.sentence].rstrip(" \t.!?;\n")
        m = _FIRST_WORD.match(_SENTENCE_BREAK.split(before)[-1]) if before else None
        if m is None:
            continue
        role = _person_role(m.group(1).lower(), res)
        if role != "patient":
            if out is triggers:
                out = list(triggers)
            out[k] = replace(t, subject=role)
    return out


# a relative in contact with the clinician ("Dottern ringer", "Stödsamtal med maken"): the
# patient is then named as that relative's relative ("Mamman vet ännu inte om detta",
# "fått veta att maken har ett glioblastom")
_CONTACT = re.compile(
    r"\b(?:(?P<a>dottern|sonen|döttrarna|sönerna|barnen|hustrun|frun|maken|mannen|sambon|partnern)"
    r"\s+(?:ringer|ringde|hör av sig|kontaktar|kontaktade|söker|är informerad|har informerats"
    r"|informerades|har fått veta|fick veta|har fått besked|fick besked)"
    r"|" + _TALK + r"(?:pats\s+|patientens\s+)?"
    r"(?P<b>dottern|sonen|döttrarna|sönerna|barnen|hustrun|frun|maken|mannen|sambon|partnern))\b",
    re.IGNORECASE)
_PARENT_WORDS = frozenset("mamman mamma pappan pappa modern fadern mor far mammans pappans "
                          "moderns faderns mammas pappas".split())
_HUSBAND_WORDS = frozenset("maken mannen makens mannens".split())
_WIFE_WORDS = frozenset("hustrun frun hustruns fruns".split())
_COUNTERPART = {"dottern": _PARENT_WORDS, "sonen": _PARENT_WORDS, "döttrarna": _PARENT_WORDS,
                "sönerna": _PARENT_WORDS, "barnen": _PARENT_WORDS, "hustrun": _HUSBAND_WORDS,
                "frun": _HUSBAND_WORDS, "maken": _WIFE_WORDS, "mannen": _WIFE_WORDS,
                "sambon": _HUSBAND_WORDS | _WIFE_WORDS, "partnern": _HUSBAND_WORDS | _WIFE_WORDS}


def patient_named_by_relative(triggers: list[Trigger], mentions: list[Mention],
                              sections: list[Any]) -> tuple[list[Trigger], list[Mention]]:
    """In a note of a relative's call or talk ("Dottern ringer …"), the patient named as
    that relative's parent or spouse is the patient: "Mamman vet ännu inte om detta" is a
    not-told of the patient, "maken har ett glioblastom" the patient's diagnosis."""
    if not any(t.kind in ("not_informed", "communicated") for t in triggers) and not any(
            m.assertion == "family" for m in mentions):
        return triggers, mentions  # (most notes: nothing it could change)
    names: frozenset[str] = frozenset()
    for section in sections:
        for m in _CONTACT.finditer(getattr(section, "text", None) or ""):
            names = names | _COUNTERPART[(m.group("a") or m.group("b")).lower()]
    if not names:
        return triggers, mentions
    out_t = []
    for t in triggers:
        if t.kind in ("not_informed", "communicated") and t.subject == "patient" and t.sentence > 0:
            # "Hustrun ringer kurator. Hon har av neurokirurgen fått veta …": the relative
            text = getattr(sections[t.section], "text", None) or ""
            first = text[t.sentence:t.start + 1].split(None, 1)
            prev = _SENTENCE_BREAK.split(text[max(0, t.sentence - _REACH):t.sentence].rstrip(" \t.!?;\n"))[-1]
            m = _FIRST_WORD.match(prev)
            if (first and m and first[0].lower() in ("hon", "han")
                    and _GENDER.get(m.group(1).lower()) == first[0].lower()):
                t = replace(t, subject="other")
        elif t.kind in ("not_informed", "communicated") and t.subject != "patient":
            text = getattr(sections[t.section], "text", None) or ""
            before = re.findall(r"[^\W\d_]+", text[max(t.sentence, t.start - 60, 0):t.start].lower())
            inside = re.findall(r"[^\W\d_]+", t.text.lower())
            named = [w for w in before + inside if w in names or w in _ANY_RELATIVE]
            if named and named[-1] in names:
                t = replace(t, subject="patient")
        out_t.append(t)
    out_m = [replace(m, assertion="affirmed", cue=None)
             if m.assertion == "family" and m.cue and names.intersection(m.cue.lower().split())
             else m for m in mentions]
    return out_t, out_m


_GENDER = {"dottern": "hon", "hustrun": "hon", "frun": "hon", "sonen": "han", "maken": "han",
           "mannen": "han"}
_ANY_RELATIVE = frozenset(_COUNTERPART) | _PARENT_WORDS | _HUSBAND_WORDS | _WIFE_WORDS


def _conversation_role(text: str, at: int, res: Any) -> str | None:
    """Who the sentence before ``at`` says the conversation was with ("Samtal med make och
    son"): "other" or "guardian" when none of them is the patient, else None."""
    if at < 1:
        return None
    before = text[max(0, at - _REACH):at].rstrip(" \t.!?;\n")
    m = _CONVERSATION_WITH.match(_SENTENCE_BREAK.split(before)[-1]) if before else None
    if m is None:
        return None
    from .pipeline import _person_role

    words = re.findall(r"[^\W\d_]+", m.group(1).lower())
    if any(w in res.persons_patient for w in words):
        return None
    roles = {_person_role(w, res) for w in words} - {"patient"}
    return ("guardian" if "guardian" in roles else "other") if roles else None


_SENTENCE_END = re.compile(r"[?!\n]|\.\s+(?=[A-ZÅÄÖ])")
_ANSWER = re.compile(r"\?+[\s\-–—:,]*(nej|ja|jo)\b", re.IGNORECASE)


def answered_telling(triggers: list[Trigger], sections: list[Any]) -> list[Trigger]:
    """A statement on telling asked as a question and answered right after it: "Är pat
    informerad om glioblastomet? Nej – …" is not told; "Ej informerad? Jo, pat fick besked
    …" is told ("Ja" confirms what was asked and changes nothing)."""
    out = triggers
    for k, t in enumerate(triggers):
        if t.kind not in ("not_informed", "communicated") or t.negated:
            continue
        text = getattr(sections[t.section], "text", None) or ""
        stop = _SENTENCE_END.search(text, t.end, t.end + _REACH)
        if stop is None or text[stop.start()] != "?":
            continue
        m = _ANSWER.match(text, stop.start())
        if m is None:
            continue
        answer = m.group(1).lower()
        kind = ("not_informed" if answer == "nej" and t.kind == "communicated"
                else "communicated" if answer == "jo" and t.kind == "not_informed" else None)
        if kind is not None:
            if out is triggers:
                out = list(triggers)
            out[k] = replace(t, kind=kind)
    return out


# a no that stands alone: "Ännu ej.", "Ej given.", "Nej" (not "Ingen tolk behövs")
_A_NO = re.compile(r"\s*(?:ännu ej|ej ännu|än ej|inte ännu|ännu inte|ej|inte|nej|icke)"
                   r"(?:\s+(?:given|givet|getts|givits|lämnad|lämnat|lämnats|skett|skedd|gjord"
                   r"|gjort|utförd|utfört|ännu|än))?\s*(?=[.,;]|$)", re.IGNORECASE)


def untold_under_keyword(sections: list[Any], triggers: list[Trigger]) -> list[Trigger]:
    """A section whose sökord holds what the patient was told (``models/told.tsv`` row
    told_keyword: "Information till patient", "Diagnosbesked") and whose text opens with a
    no ("Ännu ej.", "Ej given.") says the patient is not told."""
    told = load_resources().told_keywords
    out: list[Trigger] = []
    for index, section in enumerate(sections):
        keyword = (getattr(section, "keyword", None) or "").strip().rstrip(":").lower()
        if keyword not in told:
            continue
        text = getattr(section, "text", None) or ""
        m = _A_NO.match(text)
        if m is None or any(t.section == index and t.start <= m.end() for t in triggers):
            continue
        start = len(text) - len(text.lstrip())
        out.append(Trigger(index, start, m.end(), text[start:m.end()], "not_informed",
                           sentence=start))
    return out


_CONFIRMED = re.compile(r"[^.!?\n]{0,80}?(?:\b(?:vilket|som|och|men) (?:\w+ ){0,2}?(?:bekräftades|bekräftats"
                        r"|verifierades|verifierats|fastställdes|fastställts|kunde bekräftas)\b"
                        # "Den misstanke om MS som väcktes i höstas är nu bekräftad"
                        r"|\b(?:är|har) (?:nu |numera |nu också )?(?:bekräftad|bekräftats|verifierad"
                        r"|verifierats|fastställd|fastställts)\b"
                        # telegraphic: "Susp. NSTEMI, nu bekräftad med troponinstegring", "Susp.
                        # akut kolecystit, bekräftad på UL"
                        r"|(?P<said>(?:,\s*|\b(?:nu|sedan|senare|därefter) (?:också )?)(?:bekräftad"
                        r"|bekräftat|verifierad|verifierat|fastställd|fastställt))\b"
                        # a finding that confirms it, said as a result (present or past, not
                        # awaited: "om PAD bekräftar" is looked for below): "Trol. njursten, DT
                        # bekräftar 6 mm konkrement", "Susp. basaliom, PAD bekräftar …"
                        r"|\b(?P<finds>bekräftar|bekräftade|verifierar|verifierade)\b"
                        # a differential diagnosis decided: "DD psoriasis/eksem avgjord genom biopsi"
                        r"|\b(?:avgjord|avgjordes|avgjorts)\b"
                        # a test for it positive in the same sentence: "Misstänkt
                        # streptokocktonsillit, strep A-test positivt"
                        r"|\b[\w/-]*(?:test|testet|snabbtest|snabbtestet|pcr|odling|odlingen|serologi"
                        r"|serologin)\s+(?:nu\s+)?(?:är\s+|var\s+|blev\s+)?positiv[ta]?\b)",
                        re.IGNORECASE)
# a suspicion dropped later in its sentence: "Misstänkt hjärtinfarkt, troponin normalt x2,
# avskrivet", "Misstänkt stroke, reviderad till Todds pares", "Misstänkt trombos, UL visar i
# stället en Bakercysta" — not where the words are denied or awaited ("kan ej avskrivas",
# "ej helt uteslutet", "om DT är normal")
# (present passive "avskrivs", old "avskrives": dismissed as the note is written; not "utesluts",
# which as often plans a test: "DVT utesluts med ultraljud imorgon")
_DROPPED = re.compile(r"[^.!?\n]{0,80}?(?<![\w-])(?P<word>avskriven|avskrivet|avskrivna|avskrevs|avskrivs|avskrives"
                      r"|avskrivits|utesluten|uteslutet|uteslutna|uteslöts|uteslutits"
                      r"|avfärdad|avfärdades|avfärdats|besvarad|besvarades|besvarats"
                      r"|(?:reviderad|reviderades|reviderats|omvärderad|omvärderades)\s+(?:\w+\s+)?till"
                      r"|i\s+stället|istället|visade\s+sig\s+vara)\b"
                      r"(?!\s+(?:ej|inte|icke)\b)", re.IGNORECASE)  # (not "avskrivs ej")
# a question's test result right after it, after a dash or colon: "?Klamydia – NAAT negativ",
# "?Borrelia: serologi positiv" (answered either way; not "?pneumoni, CRP 40")
_TESTED_AFTER = re.compile(r"\s*[–—:-]\s*(?:[\w/-]+:?\s+){0,2}?(?:neg|negativ|negativt|negativa"
                           r"|pos|positiv|positivt|positiva)(?![\w-])", re.IGNORECASE)
_DENIED_BEFORE = re.compile(r"\b(?:ej|inte|icke|aldrig|knappast|ingalunda)\s+(?:\w+\s+)?$",
                            re.IGNORECASE)
# a differential dropped in brackets right after it: "DD hypoglykemi (P-glukos 5,8, ej aktuellt)"
_DROPPED_IN_BRACKETS = re.compile(r"\s*\([^()\n]{0,60}?\b(?:ej|inte) aktuell[ta]?\s*\)",
                                  re.IGNORECASE)


# said to be confirmed right after it ("Appendicit därmed bekräftad intraoperativt"), or by
# an examination right before it ("MR bekräftar den misstänkta främre korsbandsrupturen")
_SAID_CONFIRMED = re.compile(r"\s*(?:,\s*)?(?:(?:är|har|blev|nu|därmed|alltså|således|också|även)\s+){0,2}"
                             r"(?:bekräftad|bekräftat|bekräftades|bekräftats|verifierad|verifierat"
                             r"|verifierades|verifierats|konfirmerad|konfirmerades|fastställd|fastställdes"
                             r"|ställd|ställdes|ställts)\b",  # ("diagnosen MS ställd")
                             re.IGNORECASE)
_CONFIRMS_BEFORE = re.compile(r"\b(?:bekräftar|bekräftade|verifierar|verifierade|konfirmerar)\s+"
                              r"(?:(?:den|det|de|denna|detta|dessa|vår|tidigare|kliniskt)\s+){0,2}"
                              r"(?P<hedge>misstänkta|misstänkt|befarade|suspekta"
                              r"|(?:den |vår )?misstanken om|misstanke om)?\s*$"
                              # the conclusion drawn: "…, biopsi visade total villusatrofi,
                              # alltså celiaki" (an affirmed mention only: no hedge group)
                              r"|(?:^|[,;:]\s*|\s)(?:alltså|således|därmed)\s+$", re.IGNORECASE)
_IF = re.compile(r"\b(?:om|ifall|när|innan)\b", re.IGNORECASE)  # "om PAD bekräftar lymfom": awaited
# a suspicion considered once and dropped in the same sentence: "Differentialdiagnostiskt
# övervägdes bipolär sjukdom, men inga hypomana episoder framkommer", "… men TSH är normalt"
_CONSIDERED = re.compile(r"\b(?:övervägdes|övervägts|diskuterades|misstänktes|funderade vi på)\b",
                         re.IGNORECASE)
_BUT_NOT = re.compile(r"[^.!?\n]{0,80}?(?:,\s*|\s)men\s+(?:[^.!?\n]{0,30}?\s)?(?:inga|inget|ingen|ej|inte"
                      r"|icke|aldrig|utan|normala?|normalt|negativa?|negativt)\b", re.IGNORECASE)


# considered and ruled out, said after the diagnoses: "DD lungemboli och ischemi har
# övervägts men uteslutits", "… diskuterades men kunde avskrivas"
_CONSIDERED_THEN_OUT = re.compile(
    r"[^.!?\n]{0,60}?\b(?:har |hade )?(?:övervägts|övervägdes|diskuterats|diskuterades"
    r"|misstänkts|misstänktes)\b[^.!?\n]{0,20}?\bmen\s+(?:har\s+|har kunnat\s+|kunde\s+|kunnat\s+)?"
    r"(?:uteslutits|uteslutna|uteslutas|avskrivits|avskrivna|avskrivas|avfärdats|avfärdas)\b",
    re.IGNORECASE)


def _mention_between(m: Mention, mentions: list[Mention], end: int) -> bool:
    """Whether another diagnosis is named after ``m`` and before ``end`` in its section: a
    word there is that diagnosis's ("Misstänkt pneumoni, LE utesluten med DT")."""
    return any(o.section == m.section and m.end <= o.start < end for o in mentions)


def _finds_the_same(m: Mention, mentions: list[Mention], after: int) -> bool:
    """Whether a test said to confirm something after ``m`` confirms ``m``'s diagnosis: the
    next diagnosis named in the sentence is of its category, or none is ("Susp. basaliom,
    PAD bekräftar nodulär basalcellscancer"; not "Misstänkt sepsis, rtg bekräftar pneumoni")."""
    if _mention_between(m, mentions, after):
        return False
    later = [o for o in mentions if o.section == m.section and o.start >= after
             and o.sentence == m.sentence]
    return not later or _category(min(later, key=lambda o: o.start)) == _category(m)


def _category(m: Mention) -> str:
    """A mention's ICD-10 category, or its concept when it has no code."""
    return m.icd10[:3] if m.icd10 else m.concept


def confirmed_after(mentions: list[Mention], sections: list[Any]) -> list[Mention]:
    """An uncertain mention confirmed later in its sentence is settled ("opererades med
    misstanke om appendicit, vilket bekräftades peroperativt"), as is one considered in the
    past and denied after "men" in its sentence ("övervägdes bipolär sjukdom, men inga
    hypomana episoder framkommer", "DD lungemboli och ischemi har övervägts men
    uteslutits")."""
    out = mentions
    # a later mention of the same diagnosis said to be confirmed: "Misstänkt appendicit,
    # opereras akut. … Appendicit därmed bekräftad intraoperativt"; "MR bekräftar den
    # misstänkta korsbandsrupturen"
    confirmed: dict[str, tuple[int, int]] = {}
    for m in mentions:
        if m.assertion not in ("affirmed", "uncertain"):
            continue
        text = getattr(sections[m.section], "text", None) or ""
        before = _CONFIRMS_BEFORE.search(text, max(m.sentence, 0, m.start - 40), m.start)
        if (m.assertion == "affirmed" and _SAID_CONFIRMED.match(text, m.end)
                or before and (m.assertion == "affirmed" or before.group("hedge"))
                and not _IF.search(text, max(m.sentence, 0), before.start())):
            confirmed.setdefault(_category(m), (m.section, m.start))
    for k, m in enumerate(mentions):
        if m.assertion != "uncertain" or m.answered:
            continue
        text = getattr(sections[m.section], "text", None) or ""
        at = confirmed.get(_category(m))
        if at is not None and (m.section, m.start) <= at:
            if out is mentions:
                out = list(mentions)
            out[k] = replace(m, answered=True)
            continue
        own = text[max(m.sentence, 0):m.start] if 0 <= m.sentence <= m.start else ""
        said = _CONFIRMED.match(text, m.end)
        if said is not None and (
                _IF.search(text, m.end, said.end())  # (awaited: "om PAD bekräftar")
                or said.group("finds") and not _finds_the_same(m, mentions, said.end())
                # (another diagnosis's: "Misstänkt pneumoni, LE, bekräftad med DT")
                or said.group("said") and _mention_between(m, mentions, said.start("said"))):
            said = None
        dropped = _DROPPED.match(text, m.end)
        if dropped is not None and (_IF.search(text, m.end, dropped.end())
                                    or _DENIED_BEFORE.search(text, m.end, dropped.start("word"))
                                    or _mention_between(m, mentions, dropped.start("word"))):
            dropped = None
        if (m.cue == "?" and _TESTED_AFTER.match(text, m.end)
                and not _mention_between(m, mentions, _TESTED_AFTER.match(text, m.end).end())):
            said = True  # "?Klamydia – NAAT negativ": the question and its test's answer
        if said or dropped or _DROPPED_IN_BRACKETS.match(text, m.end) \
                or _CONSIDERED_THEN_OUT.match(text, m.end) or (
                _CONSIDERED.search(own) and _BUT_NOT.match(text, m.end)):
            if out is mentions:
                out = list(mentions)
            out[k] = replace(m, answered=True)
    return out


# several suspicions ruled out at once by a word pointing back at them: "Differentialdiagnostiskt
# övervägdes perikardit och aortadissektion; båda är uteslutna", "DT och LP har uteslutit
# de två senare", "varför dessa kunde avskrivas"
_BACK = (r"(?P<back>båda|bägge|samtliga|dessa|de övriga|de andra"
         r"|de (?P<n>två|tre|fyra) (?:senare|sista|övriga|andra))")
# ruled out, done: "uteslutna", "har uteslutits", "kunde avskrivas" (not "kan inte uteslutas")
_DONE = (r"(?:utesluten|uteslutet|uteslutna|uteslutits|uteslutit|uteslöt|uteslöts|avskrivna"
         r"|avskrivits|avskrivit|avskrevs|avfärdade|avfärdats|avfärdades"
         r"|(?:kunde|kunnat) (?:uteslutas|avskrivas|avfärdas))")
_RULED_OUT_BACK = re.compile(
    r"\b" + _BACK + r"\b(?=(?:(?!\b(?:inte|ej|icke)\b)[^.!?\n]){0,60}?\b" + _DONE + r"\b)"
    r"|\b" + _DONE + r"\s+(?:\w+\s+){0,2}?" + _BACK.replace("?P<", "?P<x") + r"\b",
    re.IGNORECASE)
_COUNT = {"två": 2, "tre": 3, "fyra": 4, "båda": 2, "bägge": 2}
# what every word of _DONE holds: a text without any is not searched (the expression is tried
# at every word start of every section with a suspicion in it)
_DONE_STEMS = ("utesl", "avskr", "avfärd")
# one of which every word of _BACK holds, for the same look
_BACK_WORDS = ("båda", "bägge", "samtliga", "dessa", "de övriga", "de andra", "de två", "de tre",
               "de fyra")


def ruled_out_together(mentions: list[Mention], sections: list[Any]) -> list[Mention]:
    """Suspicions ruled out by a word pointing back at them (:data:`_RULED_OUT_BACK`): the
    open uncertain mentions of the sentence it points into — its own sentence before it,
    else the nearest sentence before with such mentions, in the same section — are
    answered ("båda", "de två senare": that many of the last; "samtliga", "dessa": all)."""
    places = {m.section for m in mentions if m.assertion == "uncertain" and not m.answered}
    if not places:
        return mentions
    out = list(mentions)
    for index in sorted(places):
        if index >= len(sections):
            continue
        text = getattr(sections[index], "text", None) or ""
        folded = text.casefold()  # (as the expression's IGNORECASE folds)
        if not any(stem in folded for stem in _DONE_STEMS) or not any(
                word in folded for word in _BACK_WORDS):
            continue
        for m in _RULED_OUT_BACK.finditer(text):
            back = (m.group("back") or m.group("xback")).lower()
            n = m.group("n") or m.group("xn")
            count = _COUNT.get(n.lower() if n else back)
            open_ = [k for k, x in enumerate(out) if x.section == index and x.start < m.start()
                     and x.assertion == "uncertain" and not x.answered]
            if not open_:
                continue
            last = max(out[k].sentence for k in open_)
            pointed = sorted((k for k in open_ if out[k].sentence == last), key=lambda k: out[k].start)
            for k in pointed[-count:] if count else pointed:
                out[k] = replace(out[k], answered=True)
    return out


def _settled(concept: str, concepts: set[str]) -> bool:
    return concept in concepts or any(concept.endswith(c) for c in concepts if len(c) >= 5)


def _opens_a_compound(concept: str, concepts: set[str]) -> bool:
    """Whether one of ``concepts`` is one word that ``concept`` (one word, seven letters or
    more) opens: "järnbristanemi" of "järnbrist"."""
    return len(concept) >= 7 and concept.isalpha() and any(
        c.startswith(concept) and len(c) > len(concept) + 3 and c.isalpha() for c in concepts)


def _more_specific(concept: str, concepts: set[str]) -> bool:
    """Whether one of ``concepts`` is a more specific form of ``concept`` ("ischemisk stroke"
    of "stroke", "aspirationspneumoni" of "pneumoni")."""
    return len(concept) >= 5 and any(c.endswith(concept) for c in concepts)


def _section_roles(sections: list[Any], res: Any) -> dict[int, str]:
    """Section index → "reason" or "conclusion" by its sökord (``models/section_roles.tsv``;
    the result sökord of ``models/told.tsv`` conclude too). A unit's notes repeat the same
    sökord in the same order: remembered by them (a copy: callers may keep it)."""
    keywords = tuple(getattr(section, "keyword", None) or "" for section in sections)
    got = _roles_memo.get(keywords)
    if got is None or got[0] is not res:  # (the resources it was read from, not their id)
        roles = []
        for i, keyword in enumerate(keywords):
            key = sokord_key(keyword)
            role = res.section_roles.get(key) or ("conclusion" if key in res.result_keywords else None)
            if role:
                roles.append((i, role))
        if len(_roles_memo) >= ROLE_LISTS:
            _roles_memo.clear()
        got = _roles_memo[keywords] = (res, tuple(roles))
    return dict(got[1])


_roles_memo: dict[tuple[str, ...], tuple[Any, tuple[tuple[int, str], ...]]] = {}
