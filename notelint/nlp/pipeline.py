"""spaCy components for Swedish clinical text, built on ``spacy.blank("sv")``.

Components (registered factories, configurable like any spaCy pipe):

- ``nl_line_sentences``  sentence starts after newlines and after . ! ? (telegraphic notes)
- ``nl_spelling``        NORM of abbreviations and typos ("trol." → troligen, "arrytmi" →
                         arytmi; see :mod:`notelint.nlp.spelling`)
- ``nl_diagnoses``       lexicon forms (PhraseMatcher on NORM), abbreviations as written
                         (PhraseMatcher on ORTH) + Swedish compound heads
- ``nl_icd10_codes``     ICD-10 codes in free text, validated against a code file if configured
- ``nl_context``         ConText assertion of each mention (see :mod:`notelint.nlp.context`)
- ``nl_triggers``        clinical triggers (not informed, violence in a close relation, …)

Results live in ``doc.spans["dx"]`` (label = concept) and ``doc.spans["triggers"]``
(label = kind); per-span data sits in plain dicts (:func:`dx_attrs`, :func:`trigger_negated`)
rather than Span extensions, which cost more to read than the rest of the pipeline.
"""

from __future__ import annotations

import bisect
from functools import lru_cache
import re
from typing import Any, Iterable, Iterator

import numpy
from rapidfuzz import process
from rapidfuzz.distance import OSA

from .spacy_import import spacy  # (first: spaCy without its command line)
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LENGTH, LOWER, NORM, SENT_START, SPACY
from spacy.attrs import ORTH as ORTH_ATTR
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .budget import WORD_ANALYSES
from .context import ConText, cue_index, kind_words, sentence_of
from .prefilter import DERIVED, HEDGING_SUFFIXES, NOT_FIRST_PARTS, cancer_short_form, lower
from .notelevel import holds_phrase
from .resources import EPONYM_HEADS as _EPONYM_HEADS
from .resources import MORBUS as _MORBUS
from .resources import EVENT, EVENT_SUSPECTED, EVENT_WORDS
from .resources import (LexEntry, load_code_file, load_code_titles, load_resources,
                        many_word_targets, typo_groups, typo_targets)
from .spelling import MIN_LENGTH, Speller


def dx_attrs(doc: Doc) -> dict[tuple[int, int], list]:
    """[icd10, assertion, cue] per mention span (start, end): plain data, cheap to read."""
    return doc.user_data.setdefault("nl_dx", {})


def trigger_negated(doc: Doc) -> dict[tuple[int, int, str], bool]:
    return doc.user_data.setdefault("nl_trig", {})


def trigger_roles(doc: Doc) -> dict[tuple[int, int, str], tuple[str, str]]:
    """(subject, topic) of each not_informed / communicated trigger."""
    return doc.user_data.setdefault("nl_roles", {})


# news that reassures ("ej informerad om det lugnande beskedet"): no diagnosis untold
_REASSURING = frozenset({"lugnande", "goda", "glada", "friande", "fina", "normala"})
# the patient's, before a relative ("pats mamma")
_PATIENT_POSSESSIVES = frozenset({"pats", "pat:s", "patientens"})
# words that name the source of what is said ("enligt pat")
_SOURCE_WORDS = frozenset({"enligt", "enl", "enl."})
# the words after which a telling statement names what it waits for ("när PAD kommit")
_AWAITING = frozenset({"när", "tills", "efter", "sedan", "förrän", "innan"})


#: tokens around a statement on telling that its sentence is read in for what it refers to
NEAR_TOKENS = 60


def told_roles(span: Span, bounds: tuple[int, int]) -> tuple[str, str]:
    """Who is (not) told and about what: "Anhöriga ej informerade" is about others,
    "ej informerad om operationsdatum" is not about a diagnosis."""
    res = load_resources()
    doc = span.doc
    s_start, s_end = bounds
    words = _words_before(doc, s_start, span.start, 10)
    # (a mistyped patient word read as meant: "Svaret ej meddelat patieten ännu")
    inside = [t.norm_ if t.norm_ in res.persons_patient else t.lower_ for t in span]
    after = [t.norm_ if t.norm_ in res.persons_patient else t.lower_
             for t in doc[span.end:min(s_end, span.end + 3)]]
    if after and after[0] in _POSSESSIVES:  # "har inte informerat sin arbetsgivare"
        after = after[1:]
    elif len(after) > 1 and after[1] in (":s", "s") and after[0] in res.persons_patient:
        after = after[2:]  # "har inte hunnit meddela pat:s vårdcentral"
    elif after and after[0].endswith(":s"):
        after = after[1:]
    subject = "patient"
    # the patient named inside it is its subject: "Maken önskar att pat inte informeras"
    # (one who undertakes to tell is the teller: "Urologen ansvarar för att ge beskedet")
    recipient = len(inside) > 1 and inside[0] in _PASSIVE_TELLING and inside[1] in res.persons_patient
    # (nor one named as the agent of a passive: "Barnen informeras av pat själv i kväll")
    named = [w for k, w in enumerate(inside[:-1])
             if not (k >= 2 and inside[k - 1] == "av" and inside[k - 2].endswith("s"))]
    if (not recipient and not res.persons_patient.isdisjoint(named)
            or inside[0] in _UNDERTAKES):
        words = []
        pronoun = next((w for w in named if w in _OTHER_GENDER), None)
        if pronoun is not None and not recipient:
            # "Han vill själv berätta för hustrun och önskar att hon inte informeras": a
            # pronoun of the other gender than the sentence's first stands for the relative
            # of its gender named between them
            wide = _words_before(doc, s_start, span.start, 24)
            if _OTHER_GENDER[pronoun] in wide:
                at = wide.index(_OTHER_GENDER[pronoun])
                kin = res.relatives_he if pronoun == "han" else res.relatives_she
                same = [x for x in wide[at + 1:] if x in kin]
                if same:
                    subject = _person_role(same[-1], res)
    for k in range(len(words) - 1, -1, -1):  # the nearest person before it, in its clause
        w = words[k]
        if k and words[k - 1] in _SOURCE_WORDS:
            continue  # "men har enligt pat inte informerats": who says so, not who is told
        if w == "som" and k:  # "… berätta för partnern, som ännu inte är informerad"
            j = k - 2 if words[k - 1] == "," and k > 1 else k - 1
            if _person_role(words[j], res) != "patient":
                subject = _person_role(words[j], res)
            elif j and words[j - 1] in _POSSESSIVES and words[j] not in res.persons_patient:
                subject = "other"  # "… berätta för sina barn, som ännu inte har informerats"
            break
        if w == "," and k >= 3:
            # "Dottern, som inte var med idag, har ännu inte fått informationen": the subject
            # stands before the relative clause set off by commas
            m = next((m for m in range(k - 1, 1, -1) if words[m] == "som" and words[m - 1] == ","),
                     None)
            if m is not None and m >= 2 and (words[m - 2] in res.persons_patient
                                             or _person_role(words[m - 2], res) != "patient"):
                subject = ("patient" if words[m - 2] in res.persons_patient
                           else _person_role(words[m - 2], res))
                break
        if w in (",", "och") and (k and _AGE_WORD.match(words[k - 1])
                                  or k + 1 < len(words) and _AGE_WORD.match(words[k + 1])):
            continue  # "Systern och pats två döttrar, 22 och 25 år, är ännu inte informerade"
        if w in _CLAUSE_BOUNDARY:
            # (the verb after "och" may open the statement: "Pappan har inte vårdnad och har
            # inte informerats")
            nxt = words[k + 1] if k + 1 < len(words) else inside[0] if inside else ""
            if (w in ("men", "och") and (nxt in _FINITE_VERBS or nxt in _ADVERBS_AFTER_AND)
                    and res.persons_patient.isdisjoint(inside)):  # (not "… berättat för pat")
                # "Mamman har fått diagnosen men har själv inte fått besked": the second
                # clause's subject is left out; it is the first clause's
                subject = _left_out_subject(doc, s_start, span.start - (len(words) - k), res)
            elif (w == "," and k == len(words) - 1 and 0 < k < 9 and inside[0] in _NEGATION_WORDS
                  and res.persons_patient.isdisjoint(words[:k] + inside)
                  and words[0] in res.relatives):
                # "Dottern ringt, ej informerad då pat ej gett samtycke": a not-told right
                # after the comma says it of the sentence's first word, its subject
                subject = _person_role(words[0], res)
            break
        if w in res.persons_patient:
            other_gender = _OTHER_GENDER.get(w)
            wide = (_words_before(doc, s_start, span.start, 24)[:-(len(words) - k)]
                    if other_gender is not None else [])
            if other_gender in wide:
                # "Hon vill själv berätta för maken ikväll och därför har han inte
                # informerats": "han" is the one she tells, not the patient she is
                at = len(wide) - 1 - wide[::-1].index(other_gender)
                named = [_person_role(x, res) for x in wide[at + 1:]]
                if any(r != "patient" for r in named):
                    subject = next(r for r in reversed(named) if r != "patient")
                else:
                    # "Pat vill inte att maken ska veta att hon söker och han är inte
                    # informerad": the relative of the pronoun's gender named before
                    kin = res.relatives_he if w == "han" else res.relatives_she
                    same = [x for x in wide if x in kin]
                    if same:
                        subject = _person_role(same[-1], res)
            break
        if w in _PLURAL_PRONOUNS:
            # "Hon vill själv berätta för sina syskon, dessa är ännu ej informerade": a
            # plural pronoun stands for the persons named before it in the sentence
            # (the nearest one: "Pat och maken var med, de är informerade" is the patient)
            wish = False  # "pat … vill inte att de ska få veta": they are others
            # (back over the whole sentence: "berätta för sina två barn och önskar att vi inte
            # kontaktar dem ännu, så de är ej informerade")
            before = _words_before(doc, s_start, span.start, 40)
            before = before[:len(before) - (len(words) - k)]
            for j in range(len(before) - 1, -1, -1):
                x = before[j]
                if x in _WISH_VERBS:
                    wish = True
                if x in res.persons_patient:
                    if wish:
                        subject = next((r for r in (_person_role(y, res) for y in reversed(before[:j]))
                                        if r != "patient"), "other")
                    break
                if x == "barn" and any(y in _POSSESSIVES for y in before[max(0, j - 2):j]):
                    subject = "other"  # "berätta för sina vuxna barn, de är ej informerade"
                    break
                if _person_role(x, res) != "patient":
                    if not (j >= 2 and before[j - 1] in _COORDINATORS
                            and before[j - 2] in res.persons_patient):
                        subject = _person_role(x, res)
                    break
            break
        if (w in _CARERS and not _TELLING_ACTIVELY.isdisjoint(inside)
                and not _NEGATION_WORDS.isdisjoint(inside)):
            continue  # "Läkaren har inte hunnit ge besked": the one who tells, not the one told
            # (not a plan: "Ssk får ge besked vid hemgång")
        role = "other" if w == "man" and k and words[k - 1] in ("god", "gode") else _person_role(w, res)
        if w == "barn" and k and (words[k - 1] in _POSSESSIVES or k >= 2 and words[k - 1] in _COORDINATORS
                                  and _person_role(words[k - 2], res) == "other"):
            role = "other"  # "Hans fru och barn har inte fått veta": the patient's children
        if role != "patient" and not _object_of_preposition(words, k):
            # "Pat och maka ej informerade", "Varken barnet eller föräldrarna …": the
            # patient is one of those not told
            j = k - 1
            if j > 0 and words[j] in _POSSESSIVE_BEFORE:
                j -= 1  # "Patienten och hennes mamma har inte informerats"
            # ("Pat, sambo och dotter informerade": a comma lists them too)
            listing = _COORDINATORS | {","}
            while j > 0 and words[j] in listing and words[j - 1] not in res.persons_patient:
                j -= 2
            if not (j > 0 and words[j] in listing and words[j - 1] in res.persons_patient):
                subject = role
            break
    else:
        if _person_role(inside[-1], res) != "patient":
            subject = _person_role(inside[-1], res)
    # the one told named inside it: "Pat har inte berättat för föräldrarna" (the patient
    # tells; the parents are not told)
    if (len(inside) > 2 and inside[-2] in ("för", "till", "med")
            and inside[-1] not in res.persons_patient and _person_role(inside[-1], res) != "patient"):
        subject = _person_role(inside[-1], res)
    # ... past a possessive: "Hon har inte berättat för sin man" (someone of the patient's)
    elif (len(inside) > 3 and inside[-3] in ("för", "till", "med") and inside[-2] in _POSSESSIVES
          and inside[-1].isalpha() and inside[-1] not in res.persons_patient):
        subject = "other" if _person_role(inside[-1], res) == "patient" else _person_role(inside[-1], res)
    # another party between a modal and the verb: "ska arbetsgivaren inte informeras"
    if len(inside) > 2 and inside[0] in _MODALS and _person_role(inside[1], res) != "patient":
        subject = _person_role(inside[1], res)
    # the one told right after a passive: "– diagnosen har inte meddelats pat" (whoever
    # stood before it in the sentence)
    if after and after[0] in res.persons_patient and inside[-1].endswith(("ats", "ts", "ades")):
        subject = "patient"
    # "ej meddelat dottern", "har inte informerat arbetsgivaren": who is named right after
    # the verb is the one not told (not "besked lämnas när dottern kan vara med")
    if (len(after) > 1 and after[0] in ("med", "till", "för")
            and inside[-1].endswith(("d", "t", "ts", "s", "de", "da"))  # (the verb's own)
            and (after[1] in res.persons_patient or _person_role(after[1], res) != "patient")):
        # "ännu ej kommunicerad med pat", "ingen information lämnad till systern": the one
        # named after the verb
        subject = "patient" if after[1] in res.persons_patient else _person_role(after[1], res)
    elif after and inside[-1] not in _TIME_WORDS and _person_role(after[0], res) != "patient":
        subject = _person_role(after[0], res)
    elif after and inside[-1] in _ACTIVE_TELLING and after[0] in res.persons_patient:
        subject = "patient"  # "Läkare har ännu inte informerat pat": the doctor tells her
    elif ((inside[-1] in _ACTIVE_TELLING or inside[-1] in _TELL_INFINITIVES)
          and (told_one := _recipient_after(doc, span.end, s_end, res)) is not None):
        subject = told_one  # "Har inte hunnit berätta för sambon", "… för sina vuxna barn"
    elif (after and inside[-1] in _ACTIVE_TELLING and after[0].isalpha()
          and after[0] not in res.persons_patient and after[0] not in _NOT_RECIPIENTS
          and not _names_topic(after[0], res.told_topics)
          and not _dx_between(doc, span.end, span.end + 1)):
        subject = "other"  # "har inte meddelat sitt försäkringsbolag": someone is not told
    # the ones who do not know, named right after "vet": "vet föräldrarna ännu inte om att …"
    if len(inside) > 1 and inside[0] == "vet" and _person_role(inside[1], res) != "patient":
        subject = _person_role(inside[1], res)
    # the ones it was gone through with, named inside it: "Genomgång med båda föräldrarna
    # idag" (not the condition of a not-told: "ska inte informeras förrän samtal hållits med
    # maken")
    if span.label_ == "communicated" and "med" in inside[:-1] and res.persons_patient.isdisjoint(inside):
        k = inside.index("med") + 1
        while k < len(inside) - 1 and inside[k] in ("båda", "bägge"):
            k += 1
        if _person_role(inside[k], res) != "patient":
            subject = _person_role(inside[k], res)
    # the object right after the verb: "ej informerad om operationsdatum" (not "… vid
    # återbesök om två veckor", where "om" tells when)
    topic = "diagnosis"
    # "Operationsdatum ej meddelat", "Ny tid för ÅB ej meddelad"; not when the patient is
    # the subject inside it ("Enl beslut på MDK ska pat ej informeras")
    # (the patient as the last word is the recipient: "Väntetid till op har inte kunnat
    # meddelas pat")
    # a result named inside it: "Ringer pat imorgon med svar", "Provsvar ej meddelat"
    # (not one awaited: "Pat informeras när svar från PET-DT föreligger" tells the diagnosis)
    awaited = next((k for k, w in enumerate(inside) if w in _AWAITING), len(inside))
    if any(_result_word(w, res) for w in inside[:awaited]) and not _dx_between(doc, span.start, span.end):
        topic = "result"
    # (the patient right after a passive verb of telling is its recipient, not its subject:
    # "Konferensbeslutet meddelas honom i morgon" is about the decision)
    before = words if recipient or res.persons_patient.isdisjoint(inside[:-1]) else []
    for k in range(len(before) - 1, -1, -1):
        w = before[k]
        nxt = before[k + 1] if k + 1 < len(before) else (inside[0] if inside else "")
        if w in ("men", "och") and (nxt in _FINITE_VERBS or nxt in _ADVERBS_AFTER_AND):
            continue  # "Väntetiden beräknas till 4 mån men är ej meddelad": the same subject
            # ("Op-datum inte bestämt och därför inte meddelat pat")
        if _result_word(w, res):
            topic = "result"  # "Svaret är ännu inte meddelat pat"
            break
        if w == "att" and k and _names_topic(before[k - 1], res.not_topics):
            topic = "other"  # "Beslutet att avråda från bilkörning är ännu inte meddelat
            break  # pat": a noun's infinitive, not a clause of its own
        if (w in _CLAUSE_BOUNDARY or w in res.persons_patient
                or _names_topic(w, res.told_topics)):
            break
        if _names_topic(w, res.not_topics) and not _a_diagnosis_word(doc, s_start, span.start, w):
            # "Diagnosen och behovet av dialys har ännu inte kommunicerats": a told topic
            # coordinated with it in the same clause keeps the diagnosis
            if not any(_names_topic(x, res.told_topics) and x not in _FUNCTION_TOPICS
                       for x in _same_clause(before[:k])):
                topic = "other"
            break
    # the clause's own subject names what a passive statement is about: "Ändringen har inte
    # förmedlats till pat", "Behandlingsalternativen har ännu inte diskuterats med pat"
    if topic == "diagnosis" and inside[0] in _NEGATION_WORDS | _AUX_FIRST and before:
        subject_words = _clause_subject(before)
        if subject_words and not any(
                _names_topic(w, res.told_topics) or _result_word(w, res) or _disease_head(w, res)
                or w in res.persons_patient or _person_role(w, res) != "patient" for w in subject_words) \
                and not _dx_between(doc, max(s_start, span.start - len(words)), span.start) \
                and not any(_names_topic(x, res.told_topics) and x not in _FUNCTION_TOPICS
                            for x in _same_clause(before)):  # ("Diagnosen och behovet …")
            topic = "other"
    # an object inside it that is no diagnosis: "Har ännu ej förklarat ändringen för pat"
    # (not what it waits for: "ska inte informeras förrän behandlingsbeslut tagits")
    if (topic == "diagnosis" and any(_names_topic(w, res.not_topics) for w in inside[1:awaited])
            and not any(_names_topic(w, res.told_topics) and w not in _FUNCTION_TOPICS
                        for w in inside)):  # (not "Diagnosen och behovet har inte meddelats")
        topic = "other"
    # what follows "om" decides over what stands before: "Remittenten kontaktad eftersom
    # pat enligt remissen inte är informerad om att förändringen kan vara malign"; an "om"
    # inside the trigger counts too ("informeras om MDK-rekommendationen vid …")
    k = span.end if inside[-1:] != ["om"] else span.end - 1
    for i, w in enumerate(inside[1:-1], start=span.start + 1):
        if w in _ABOUT:
            k = i
            break
    # "ej informerad ännu om att …", "Ej informerad av oss om ev. insulinstart"
    while k < s_end - 1 and doc[k].lower_ not in _ABOUT and k < span.end + 4:
        w = doc[k].lower_
        if w in _ADVERBS_BEFORE_ABOUT or w in res.persons_patient:
            k += 1  # ("… inte kunnat informera patienten om tidpunkten")
        elif w == "av" and k + 2 < s_end and doc[k + 2].lower_ in _ABOUT:
            k += 2  # an agent: "av oss", "av läkaren"
        else:
            break
    if (topic == "diagnosis" and k == span.end and k < s_end and _result_word(doc[k].lower_, res)
            and not _dx_between(doc, k, k + 1)):
        topic = "result"  # "Pat har inte fått höra svaren ännu": the results are what is untold
    told_first = k > span.end and all(doc[i].lower_ in res.persons_patient for i in range(span.end, k))
    if topic == "diagnosis" and told_first:
        # the patient, then what is untold: "Ej meddelat pat de normala svaren ännu"
        for i in range(k, min(s_end, k + 3)):
            if _result_word(doc[i].lower_, res) and not _dx_between(doc, i, i + 1):
                topic = "result"
                break
            if not doc[i].is_alpha or _dx_between(doc, i, i + 1):
                break
    if (span.label_ == "not_informed" and inside[-1] in _OBJECT_VERBS and k == span.end
            and k < s_end and doc[k].is_alpha and doc[k].lower_ not in _NOT_RECIPIENTS
            and doc[k].lower_ not in ("med", "till", "för")  # "kommunicerats med pat"
            and doc[k].lower_ not in res.persons_patient and not _dx_between(doc, k, k + 1)
            and not _names_topic(doc[k].lower_, res.told_topics) and not _result_word(doc[k].lower_, res)
            and not _disease_head(doc[k].lower_, res)):
        topic = "other"  # "har inte hunnit gå igenom körkortsreglerna med henne"
    elif (k == span.end and k < s_end and inside[-1] in _KNOW_VERBS
          and (j := _past_determiners(doc, k, s_end)) < s_end
          and _names_topic(doc[j].lower_, res.not_topics) and not _dx_between(doc, j, j + 1)
          and not _told_first_part(doc[j].lower_, res)):
        topic = "other"  # "har inte fått veta tiden för arbets-EKG": the time is untold
    elif ((k == span.end or told_first) and k + 1 < s_end and doc[k].lower_ == "att"
            and (span.label_ == "communicated"
                 or (inside[-1] in _KNOW_VERBS or not _KNOWS.isdisjoint(inside[:2])
                     or told_first  # ("Ej meddelat pat att provet behöver tas om")
                     or span.label_ == "not_informed")  # ("Pat ej meddelad att remissen …";
                 # not "fick bara veta att …": what only was told)
                 and not _NEGATION_WORDS.isdisjoint(inside))
            and _points_at_other(doc, span, s_start, s_end, k, "att", doc.spans.get("dx", []))):
        # "pat fick veta att vi behöver ses igen med tolk", "Pat har ännu inte fått veta att
        # Furix-dosen halveras": what the "att" clause says is what is (not) told
        topic = "other"
    elif k + 1 < s_end and doc[k].lower_ in _ABOUT:
        j = k + 1
        while j + 1 < s_end and (doc[j].lower_ in _DETERMINERS or doc[j].norm_ == "eventuellt"):
            # "om de nya fynden", "om ev. insulinstart"
            nxt = doc[j + 1]
            if nxt.is_punct or nxt.lower_ in _CLAUSE_BOUNDARY or nxt.lower_ in _AFTER_PRONOUN:
                break  # "om den eftersom …": a pronoun for what was just named
            j += 1
        reassuring = doc[j].lower_ in _REASSURING  # "om det lugnande beskedet": good news
        if (j + 1 < s_end and doc[j].is_alpha and not _dx_between(doc, j, j + 1)
                and doc[j].lower_ not in _POINTERS  # ("om att svar väntas": a clause)
                and _result_word(doc[j + 1].lower_, res) and not _result_word(doc[j].lower_, res)):
            j += 1  # a word saying what kind of result: "om de förbättrade provsvaren"
        obj = doc[j]
        dx = doc.spans.get("dx", [])
        in_dx = _dx_between(doc, obj.i, obj.i + 1)
        # a typo of a word of telling read as meant: "ej informerad om diganosen"
        word = obj.norm_ if obj.norm_ in res.told_words else obj.lower_
        if reassuring:
            topic = "other"  # the news that nothing is wrong is no diagnosis untold
        elif obj.is_punct or word in ("och", "men", "samt", "eller") or (
                j == k + 1 and word in _STRANDED_AFTER):
            # "vilket patienten har informerats om och …", "det har han inte informerats om
            # ännu": "om" points back — to what opens the sentence ("Exakt op-tid har han
            # ännu inte fått besked om": the time is what is untold)
            if (any(_names_topic(doc[i].lower_, res.not_topics) for i in range(s_start, span.start))
                    and not _dx_between(doc, s_start, span.start)):
                topic = "other"
        elif in_dx:
            topic = "diagnosis"  # "om sarkoidosen" (no "dosen" of a not-topic compound)
        elif word in res.positive_results and j + 1 < s_end and doc[j + 1].is_alpha:
            topic = "diagnosis"  # "om positiv syfilisserologi": a positive result is a finding
        elif word in _SUSPICION_WORDS:
            topic = "suspicion"  # "ej informerad om misstanken": the note's hypotheses
        elif _result_word(word, res) and not _topic_follows(doc, j + 1, min(s_end, j + 5), dx):
            topic = "result"  # "ej informerad om PAD-svaret": what the result says decides
        elif any(word.startswith(t) and len(word) > len(t) + 2 for t in res.not_topics if len(t) >= 7):
            topic = "other"  # "ej info om sjukskrivningsgrad": a compound of a not-topic
        elif _names_topic(word, res.detail_topics):
            topic = "detail"  # "ej informerad om stadiet": only where nothing else is said
        elif _names_topic(word, res.not_topics) and not _told_first_part(word, res):
            topic = "other"  # "om risken för retinopati", "om tiden för operationen"
        elif (word in ("vilket", "vilken", "vilka", "vad") and j + 1 < s_end
              and (_names_topic(doc[j + 1].lower_, res.told_topics) or _disease_head(doc[j + 1].lower_, res)
                   or doc[j + 1].lower_ in _KIND_OF_DIAGNOSIS)):
            topic = "diagnosis"  # "men inte om vilket syndrom det gäller"
        elif word in _POINTERS:  # "om detta", "om att …": what it points at decides
            if _points_at_other(doc, span, s_start, s_end, j, word, dx):
                topic = "other"
            elif word == "att" and _result_awaited(doc, j + 1, s_end, res):
                topic = "other"  # "Pat är informerad om att svar väntas": that it is to come
            elif word == "att" and _topic_follows(doc, j + 1, min(s_end, j + 6), dx):
                # "ej informerad om att melanom kunde uteslutas": the news is good
                topic = "other" if _ruled_out_after(doc, j + 1, min(s_end, j + 6)) else "diagnosis"
        elif (word.replace("-", "").isalpha() and not obj.like_num and not in_dx
                and word not in _NUMBER_WORDS and not word.startswith(res.told_topics)
                and not _names_topic(word, res.told_topics)  # "om pankreasfyndet"
                and not _disease_head(word, res)  # "om blödningen", "om infektionen"
                and not _slip_of_topic(word, res)  # "om resulatet", "om diangosen"
                and not _topic_follows(doc, j + 1, min(s_end, j + (5 if span.label_ == "not_informed"
                                                                   else 10)), dx)):
            # (told: "informerad om audiogrammet och att det rör sig om åldershörsel")
            topic = "other"  # (not "om den troliga diagnosen", "om misstänkt cancer")
        elif in_dx or _names_topic(word, res.told_topics) or _disease_head(word, res):
            topic = "diagnosis"
    if topic == "diagnosis" and _normal_result_before(doc, s_start, span.start, s_end, res):
        topic = "other"  # "Skelettscint ua, ej meddelat ännu": the normal result is untold
    # (the sentence near the statement: a text without stops is one endless sentence)
    near_start, near_end = max(s_start, span.start - NEAR_TOKENS), min(s_end, span.end + NEAR_TOKENS)
    if topic == "diagnosis" and _HIDDEN_HYPOTHESES.search(doc[near_start:near_end].text):
        topic = "suspicion"  # "Pat ej informerad om fynden, se Tidiga hypoteser"
    if inside and inside[0] == "varken":  # "Varken barnet eller föräldrarna informerade"
        roles = {"patient" if w in res.persons_patient or w == "barn" else _person_role(w, res)
                 for w in inside if w in res.persons_patient or w == "barn"
                 or _person_role(w, res) != "patient"}
        subject = ("guardian" if "guardian" in roles else "other") \
            if roles and "patient" not in roles else "patient"
    if subject == "guardian" and _NO_CUSTODY.search(doc[near_start:span.start].text):
        subject = "other"  # "Pappan har inte vårdnad och har inte informerats": no guardian
    # an indirect question after the one told names what is untold: "Vi har inte hunnit
    # berätta för dig vilken förebyggande behandling som blir aktuell"
    if topic == "diagnosis":
        j = span.end
        if j + 1 < s_end and doc[j].lower_ in ("för", "till") and doc[j + 1].lower_ in res.persons_patient:
            j += 2
        if j < s_end and doc[j].lower_ in _INTERROGATIVES and not _dx_between(doc, j, min(s_end, j + 5)) \
                and any(_names_topic(doc[i].lower_, res.not_topics) for i in range(j + 1, min(s_end, j + 5))):
            topic = "other"
    return subject, topic


# a parent said not to be a guardian, before the statement in its sentence
_NO_CUSTODY = re.compile(r"\b(?:inte|ej|utan)\s+(?:del\s+i\s+)?(?:vårdnad|vårdnaden|vårdnadshavare)\b",
                         re.IGNORECASE)


_MODALS = {"ska", "skall", "bör", "får", "kommer", "kan", "måste"}
# pronouns that stand for several persons, never the patient alone
_PLURAL_PRONOUNS = {"dessa", "de", "dom", "båda", "bägge"}
_OTHER_GENDER = {"han": "hon", "hon": "han"}
# the first word of a statement that someone else will tell ("ansvarar för att informera")
_UNDERTAKES = {"ansvarar", "ansvarig", "lovat", "lovar", "lovade", "åtagit", "åtar", "erbjudit",
               # one who gives (or may not give) it: "ssk lämnar ej PAD-svar"
               "lämnar", "lämnade", "ger", "gav"}
# a statement on knowing whose "att" clause says what is (not) known
_KNOW_VERBS = {"veta", "på",  # "fått veta att", "fått reda på att"
               # what the ones told have not been told: "Familjen har inte meddelats att
               # remissen har gått iväg"
               "meddelats", "informerats", "underrättats", "upplysts"}
# knowing, the verb before its negation: "Pat vet ännu inte att remissen är skickad"
_KNOWS = frozenset({"vet", "visste", "känner"})


def _negation_in_other_clause(index: Any, span: Span) -> bool:
    """"Ej lämnat skriftlig info, pat informerad muntligt om diagnosen": the negation
    before the comma denies another clause, not the telling."""
    cue = index.negation_cue(span.start, span.end)
    if cue is None:
        return False
    if cue[1] <= span.start:
        return any(t.text in (",", ";") for t in span.doc[cue[1]:span.start])
    # after it, past "men" or a comma: "fått muntligt besked om diagnosen men avböjt skriftlig
    # information" declines the leaflet, not the telling
    # or inside what is told: "fått information om att blödning och blodpropp är uteslutna"
    return cue[0] >= span.end and any(t.lower_ in (",", ";", "men", "dock", "att")
                                      for t in span.doc[span.end:cue[0]])


def _names_own_topic(span: Span, bounds: tuple[int, int]) -> bool:
    """Whether a statement on telling names what it is about: a diagnosis in or right after
    it, or "om"/"angående" after it."""
    doc = span.doc
    hi = min(bounds[1], span.end + 4)
    if _dx_between(doc, span.start, hi):
        return True
    return any(t.lower_ in _ABOUT for t in doc[span.start + 1:min(bounds[1], span.end + 2)])


_SUBJECT_PRONOUNS = {"vi", "jag", "man", "hon", "han", "hen", "de", "undertecknad"}
_AUX_FIRST = {"har", "hade", "är", "var", "ännu", "än", "alltså", "dock", "därför"}
_CLAUSE_SKIP = {"ännu", "än", "har", "hade", "är", "var", "alltså", "dock", "därför", "också",
                "heller", "inte", "ej", "kunnat", "hunnit", "blivit", "i", "detalj"}


def _clause_subject(words: list[str]) -> list[str]:
    """The first words (up to three) of the clause that ``words`` ends, when it has its own
    subject: [] when the clause opens with the statement (an elided subject), a pointer or
    a function word."""
    k = len(words)
    while k > 0 and words[k - 1] not in _CLAUSE_BOUNDARY:
        k -= 1
    head = [w for w in words[k:] if w not in _CLAUSE_SKIP and w.replace("-", "").isalpha()]
    if (not head or head[0] in _POINTERS or head[0] in _FUNCTION_TOPICS
            or head[0] in _NOT_RECIPIENTS or head[0] in _SUBJECT_PRONOUNS
            or not (len(head[0]) >= 6 and head[0].endswith(_DEFINITE))):
        return []  # ("Vi har inte återkopplat …": a person tells, the object says what;
        # only a definite noun opening its clause is read: "Ändringen", "Behandlingsalternativen")
    return head[:3]


_DEFINITE = ("en", "et", "na", "erna", "arna", "orna")


def _normal_result_before(doc: Doc, s_start: int, at: int, s_end: int, res: Any) -> bool:
    """Whether a result without findings ("ua", "utan anmärkning", "normal";
    ``models/told.tsv`` row normal) stands before token ``at`` in its sentence, and no
    diagnosis stands anywhere in it."""
    if _dx_between(doc, s_start, s_end):
        return False
    return holds_phrase([t.lower_ for t in doc[s_start:at]], res.normal_results)
_FINITE_VERBS = {"har", "hade", "är", "var", "vet", "visste", "kan", "kunde", "ska", "skall",
                 "får", "fick", "känner", "kände"}


def _left_out_subject(doc: Doc, s_start: int, end: int, res: Any) -> str:
    """The role of the first person named in the sentence before token ``end`` (the
    subject of the clause a left-out subject repeats), or "patient"."""
    words = _words_before(doc, s_start, end, 12)
    for k, w in enumerate(words):
        if k and words[k - 1] == "av":
            continue  # the agent of a passive: "Hjärtinfarkten bekräftad av kardiologen men
            # ännu inte delgiven pat"
        if w in res.persons_patient:
            if w in _PATIENT_POSSESSIVES and k + 1 < len(words) and _person_role(words[k + 1], res) != "patient":
                return _person_role(words[k + 1], res)  # "Pats mamma har … men har inte informerats"
            return "patient"
        role = _person_role(w, res)
        if role != "patient":
            return role
    return "patient"


def _recipient_after(doc: Doc, start: int, s_end: int, res: Any) -> str | None:
    """The role of another party told, named after "för"/"till" at token ``start`` (right
    after a verb of telling), past a possessive and up to two other words: "för sambon",
    "för sina vuxna barn" (the patient's children), "till hennes äldsta dotter". None when
    the patient or no party is named there."""
    if start < s_end and doc[start].lower_ == "om":  # past what is told: "berätta om
        # bröstcancern för sin mamma"
        for j in range(start + 1, min(s_end, start + 5)):
            if doc[j].lower_ in ("för", "till"):
                start = j
                break
            if doc[j].is_punct:
                break
    if start >= s_end or doc[start].lower_ not in ("för", "till"):
        return None
    owned = False
    skipped = 0
    for j in range(start + 1, min(s_end, start + 6)):
        w = doc[j].lower_
        if w in _POSSESSIVES:
            owned = True
            continue
        if w in res.persons_patient:
            return None
        role = _person_role(w, res)
        if role != "patient":
            return role
        if owned and w in ("barn", "barnen"):
            return "other"
        if not doc[j].is_alpha or skipped == 2:
            return None
        skipped += 1
    return None


def _person_role(word: str, res: Any) -> str:
    """"guardian", "other" or (any other word) "patient". A compound ending in another
    party's word of six letters or more is that party ("sjukhustandvården",
    "gymnasieelevhälsan")."""
    if word in res.persons_guardian:
        return "guardian"
    if word in res.persons_other:
        return "other"
    if len(word) >= 9 and word.isalpha() and _other_compound(word, res.persons_other):
        return "other"
    return "patient"


def _slip_of_topic(word: str, res: Any) -> bool:
    """A word one slip (a letter lost, added, changed or two swapped) from a word of a
    result or a told topic of seven letters or more ("resulatet", "diangosen"): no other
    matter named, whatever the speller made of it."""
    if len(word) < 6:
        return False
    words = _long_topic_words(res.result_words, res.told_topics)
    return process.extractOne(word, words, scorer=OSA.distance, score_cutoff=1) is not None


@lru_cache(maxsize=4)
def _long_topic_words(results: frozenset[str], topics: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(w for w in {*results, *topics} if len(w) >= 7 and w.isalpha()))


def _result_word(word: str, res: Any) -> bool:
    """A word naming a result ("svaret", "PAD-svaret", "provsvaren", "resultatet";
    ``models/told.tsv`` row result_word: the word, or a compound ending in it)."""
    return (word in res.result_words or word.endswith(_RESULT_ENDINGS)
            or len(word) > 8 and word.endswith(_long_result_words(res.result_words)))


@lru_cache(maxsize=4)
def _long_result_words(words: frozenset[str]) -> tuple[str, ...]:
    """The result words a compound may end in ("borstcytologin", "leverbiopsisvaret")."""
    return tuple(sorted(w for w in words if len(w) >= 6))


_RESULT_ENDINGS = ("-svaret", "-svaren", "svaret", "svaren", "-svar", "-resultatet",
                   "resultatet")


def _a_diagnosis_word(doc: Doc, lo: int, hi: int, word: str) -> bool:
    """Whether ``word`` stands in tokens [lo, hi) as (a part of) a diagnosis: then it is no
    compound of a not-topic ("Pat konfusorisk och har ännu inte informerats": "konfuso|risk"
    is the delirium, not a risk untold)."""
    return any(doc[i].lower_ == word and _dx_between(doc, i, i + 1) for i in range(lo, hi))


def _dx_between(doc: Doc, lo: int, hi: int) -> bool:
    """Whether a diagnosis span overlaps tokens [lo, hi): by bisection over the Doc's spans
    (sorted once per Doc), not a scan per question — a long note holds thousands."""
    index = doc.user_data.get("nl_dx_index")
    if index is None:
        spans = sorted((d.start, d.end) for d in doc.spans.get("dx", []))
        longest = max((e - b for b, e in spans), default=0)
        index = doc.user_data["nl_dx_index"] = ([b for b, _ in spans], spans, longest)
    starts, spans, longest = index
    k = bisect.bisect_left(starts, lo - longest)
    while k < len(spans) and spans[k][0] < hi:
        if spans[k][1] > lo:
            return True
        k += 1
    return False


def _disease_head(word: str, res: Any) -> bool:
    """A word ending in a disease head of five letters or more ("blödningen", "frakturen")."""
    return len(word) >= 5 and any(word.endswith(h[0]) for h in res.heads if len(h[0]) >= 5)


@lru_cache(maxsize=8192)
def _other_compound(word: str, others: frozenset[str]) -> bool:
    return any(len(o) >= 6 and word.endswith(o) and len(word) >= len(o) + 3 for o in others)


def _topic_follows(doc: Doc, lo: int, hi: int, dx: Iterable[Span]) -> bool:
    """Whether a diagnosis or a told topic comes in tokens [lo, hi) before any punctuation
    ("… så snart den är bestämd": a pronoun names no topic) or a clause of reason or time
    ("om lipidstatus ännu då svaret kom efter besöket": the answer is no topic of it)."""
    res = load_resources()
    for t in doc[lo:hi]:
        if t.is_punct or t.lower_ in _SUBORDINATORS:
            return False
        if (t.lower_ not in _FUNCTION_TOPICS and _names_topic(t.lower_, res.told_topics)
                or _dx_between(doc, t.i, t.i + 1)):
            return True
    return False


# a result still to come: "informerad om att svar väntas", "… att provsvaren dröjer"
_AWAITED = frozenset({"väntas", "inväntas", "dröjer", "kommer", "beräknas", "avvaktas"})


def _result_awaited(doc: Doc, lo: int, s_end: int, res: Any) -> bool:
    """Whether tokens from ``lo`` say that a result is still to come: a result word (a
    determiner before it at most) and a verb of waiting right after it."""
    k = lo
    if k < s_end and doc[k].lower_ in _DETERMINERS:
        k += 1
    return (k + 1 < s_end and _result_word(doc[k].lower_, res)
            and doc[k + 1].lower_ in _AWAITED)


def _ruled_out_after(doc: Doc, lo: int, hi: int) -> bool:
    """Whether the diagnoses named in tokens [lo, hi), before any punctuation, are all
    negated: what the clause after "om att" tells is that they are not there."""
    end = hi
    for t in doc[lo:hi]:
        if t.is_punct or t.lower_ in _SUBORDINATORS:
            end = t.i
            break
    # (negated by a word of the clause itself: the statement's own "inte" negates the telling)
    index = cue_index(doc)
    named = [d for d in doc.spans.get("dx", []) if lo <= d.start < end]
    return bool(named) and all((cue := index.negation_cue(d.start, d.end)) is not None
                               and cue[0] >= lo for d in named)


_POINTERS = {"detta", "det", "dessa", "att", "den", "dem"}
# a statement on telling that refers to the hidden hypotheses speaks of them
_HIDDEN_HYPOTHESES = re.compile(r"\btidiga hypoteser\b", re.IGNORECASE)
# adverbs after a stranded "om" (the preposition of what was named before it)
_STRANDED_AFTER = {"ännu", "än", "idag", "heller", "alls", "hittills", "fortfarande", "nu"}
# what names the suspicion itself as the topic of telling
_SUSPICION_WORDS = {"misstanke", "misstanken", "misstankar", "misstankarna", "misstankan",
                    "hypotesen", "hypoteserna", "hypoteser", "frågeställningen",
                    "varför"}  # "HIV-test tas, pat inte informerad om varför"
# words that open a clause of reason or time: what follows them is not what the telling is about
_SUBORDINATORS = {"då", "eftersom", "när", "innan", "tills", "förrän", "pga", "pga.",
                  "därför"}
_ABOUT = ("om", "angående", "kring", "avseende")
_FUTURE_TELLING = {"informeras", "meddelas", "delges", "besked", "underrättas", "förmedlas"}
# carers who tell the patient, as the subject of an active verb of telling
_CARERS = frozenset({"läkaren", "läkare", "doktorn", "dr", "kirurgen", "onkologen", "urologen",
                     "operatören", "ansvarig", "ansvarige", "behandlande", "kontaktsjuksköterskan",
                     "kontaktssk", "sjuksköterskan", "ssk", "undertecknad", "bakjouren",
                     "primärjouren", "avdelningsläkaren", "konsulten"})
# the words of an active telling: "har inte hunnit ge besked", "har ännu inte berättat"
_TELLING_ACTIVELY = frozenset({"ge", "gett", "givit", "lämna", "lämnat", "berätta", "berättat",
                               "informera", "informerat", "meddela", "meddelat", "delge",
                               "delgett", "förmedla", "förmedlat", "framföra", "framfört"})
# passive verbs of telling whose recipient may follow them ("meddelas honom", "delges pat")
# adverbs a second clause opens with, its subject the first's ("… och därför inte meddelat")
_ADVERBS_AFTER_AND = {"därför", "därmed", "således", "alltså", "heller", "ännu", "sedan"}
# the words opening an indirect question ("berätta för dig vilken behandling …")
_INTERROGATIVES = {"vilken", "vilket", "vilka", "när", "hur", "var", "vad"}
_PASSIVE_TELLING = {"meddelas", "delges", "förmedlas", "berättas", "framförs", "lämnas", "ges",
                    "återkopplas", "förklaras", "överlämnas"}
_POSSESSIVES = {"sin", "sina", "sitt", "hans", "hennes", "hens", "deras", "pats", "patientens"}
# verbs of telling whose object follows them directly: "gå igenom X", "ta upp X"
_OBJECT_VERBS = {"igenom", "upp", "förklara", "diskutera", "nämna", "förmedla", "delge",
                 "återkoppla", "förklarat", "diskuterat", "nämnt", "förmedlat"}
_ADVERBS_BEFORE_ABOUT = {"ännu", "än", "heller", "dock", "alltså", "därför", "här", "idag",
                         "ordentligt", "närmare", "tidigare", "fullt", "utförligt",
                         # when: "Pat får besked på torsdag om remissen har beviljats"
                         "imorgon", "senare", "måndag", "tisdag", "onsdag", "torsdag",
                         "fredag", "lördag", "söndag"}
# the active supine of telling: "har inte meddelat X" — X is who is not told
_TELL_INFINITIVES = {"berätta", "informera", "meddela", "delge", "underrätta", "säga"}
_ACTIVE_TELLING = {"informerat", "meddelat", "underrättat", "delgett", "delgivit", "berättat",
                   "upplyst", "kontaktat"}
_NOT_RECIPIENTS = {"om", "ännu", "än", "det", "detta", "dessa", "att", "något", "någon",
                   "ngt", "henne", "honom", "hen", "dem", "heller", "kring", "angående",
                   "avseende", "resultatet", "svaret", "beskedet", "diagnosen", "idag",
                   "i", "på", "vid", "via", "per", "efter", "innan", "med", "förrän", "tills",
                   "eftersom", "då", "när", "utan", "av", "till", "för"}
_COORDINATORS = {"och", "eller", "samt", "&"}


# a result not there yet: what a pointer after it speaks of is no news
_PENDING_RESULT = re.compile(r"\b(?:pad|pad-svaret|svaret|svaren|provsvaret|provsvaren|resultatet"
                             r"|resultaten|odlingen|biopsin)\b(?:\s+\w+){0,3}?\s+(?:är\s+|har\s+)?"
                             r"(?:ännu\s+)?(?:inte|ej)\s+(?:\w+\s+)?(?:klart?|färdigt?|kommit"
                             r"|inkommit|besvarat?)\b", re.IGNORECASE)
# what a disease does, said in an "att" clause of what is untold
_DISEASE_NEWS = ("sprid", "spred", "metastas", "progred", "recidiv", "återfall", "vuxit", "växer")


def _points_at_other(doc: Doc, span: Span, s_start: int, s_end: int, j: int, word: str,
                     dx: Iterable[Span]) -> bool:
    """"…, pat ej informerad om detta": "detta" is what the sentence named before it — not a
    diagnosis when a not-diagnosis ("Läkarintyg till FK utfärdat") is named there and no
    diagnosis is; "om att remissen gått iväg": the words after "att" say it likewise."""
    res = load_resources()
    if word == "att":  # "om att fastan hävs": other, unless a diagnosis or its telling follows
        lo, hi = j + 1, min(s_end, j + 8)  # ("om att det rör sig om en koloncancer")
        # (its clause only: "om att remissen är skickad, svar via 1177 går ut i eftermiddag")
        hi = next((i for i in range(lo, hi) if doc[i].text in (",", ";")), hi)
    else:
        lo, hi = s_start, span.start
    if _dx_between(doc, lo, hi):
        return False
    names = [t.lower_ for t in doc[lo:hi]]
    if word != "att" and _PENDING_RESULT.search(doc[lo:hi].text):
        return True  # "Slutligt PAD är ännu inte klart och pat har därför inte fått något
        # besked om det": no news yet, nothing untold
    if any(_names_topic(w, res.told_topics) for w in names if w not in _FUNCTION_TOPICS):
        return False
    if word == "att" and any(w.startswith(_DISEASE_NEWS) for w in names):
        return False  # "att den har spridit sig", "att tumören har vuxit": the disease's news
    if word == "att" and not res.positive_results.isdisjoint(names):
        return False  # "att klamydiaprovet var positivt": a positive result is a finding
    return word == "att" or any(_names_topic(w, res.not_topics) for w in names)


def framed(span: Span, others: list[Span], ambiguous: set[tuple[int, int]]) -> bool:
    """Whether an ambiguous abbreviation ("FF", "HT", "RA" …) is framed as a diagnosis by
    its neighbours: a frame word (``models/diagnosis_frames.tsv``: "Pat med FF", "RLS sedan
    flera år"), an ending of its own ("HT:n"), or another diagnosis beside it in a list or
    in parentheses ("Sjukdomar: HT, DM2, KOL", "Förmaksflimmer (FF)"). Without a frame word
    before it, never when a number follows it ("AF 22", "HT 2023", "RA 8 mmHg"): then it is
    a measurement or a date."""
    res = load_resources()
    doc = span.doc
    i, j = span.start, span.end
    nxt = doc[j] if j < len(doc) else None
    if i and (doc[i - 1].lower_ in res.frames_before
              or i > 1 and f"{doc[i - 2].lower_} {doc[i - 1].lower_}" in res.frames_before):
        return True  # (before a number too: "Genomgången VT 2019")
    if nxt is not None and (nxt.like_num or nxt.is_space and j + 1 < len(doc) and doc[j + 1].like_num):
        return False
    if nxt is not None:
        if nxt.text.startswith(":") and len(nxt.text) > 1 and nxt.text[1:].isalpha():
            return True  # "HT:n", "FF:et" (the tokenizer's abbreviation ending)
        if nxt.lower_ in res.frames_after or (
                j + 1 < len(doc) and f"{nxt.lower_} {doc[j + 1].lower_}" in res.frames_after):
            return True
    # another diagnosis next to it, only "," "och" "(" ")" between; ``others`` is in text
    # order, so only its few spans that start near this one are looked at
    lo = bisect.bisect_left(others, i - 12, key=lambda o: o.start)
    hi = bisect.bisect_right(others, j + 3, key=lambda o: o.start)
    for other in others[lo:hi]:
        if (other.start, other.end) in ambiguous or other is span:
            continue
        gap = doc[other.end:i] if other.end <= i else doc[j:other.start] if other.start >= j else None
        if gap is not None and len(gap) <= 2 and all(t.text in _LIST_JOINERS for t in gap):
            return True
    return False


_LIST_JOINERS = {",", "och", "(", ")", "/", "+"}


def misframed(span: Span) -> bool:
    """Whether the word right before an ambiguous abbreviation makes it no diagnosis
    (``models/diagnosis_frames.tsv`` not_before: "på RA" is room air), also with a bracket
    between ("pacemaker (DDD)": its pacing mode)."""
    i = span.start
    if i >= 2 and span.doc[i - 1].text == "(":  # "pacemaker (DDD)": the word before the bracket
        i -= 1
    return bool(i) and span.doc[i - 1].lower_ in load_resources().frames_not_before


def _words_before(doc: Doc, s_start: int, end: int, count: int) -> list[str]:
    """The ``count`` words before token ``end`` in its sentence (lower case), without what
    stands in parentheses: "Barnen (8 och 11) har inte fått veta" → ["barnen"]."""
    out: list[str] = []
    depth = 0
    i = end - 1
    while i >= s_start and len(out) < count:
        w = doc[i].lower_
        if w == ")":
            depth += 1
        elif w == "(" and depth:
            depth -= 1
        elif not depth:
            out.append(_patient_typo(w))
        i -= 1
    return out[::-1]


# the written forms of the patient a typo is read as ("Pateinten har inte fått veta")
_PATIENT_FORMS = ("patienten", "patientens", "patient")
# words as near that are words of their own ("patienter": other patients)
_NOT_PATIENT_TYPOS = frozenset(("patienter", "patients", "patienten", "patientens", "patient",
                                "patienterna", "patientes", "patienters"))


@lru_cache(maxsize=4096)
def _patient_typo(word: str) -> str:
    """``word``, or the form of "patient" it is a typo of: one letter lost, added, replaced
    by a neighbour key or two swapped ("pateinten", "patinten", "patienetn")."""
    if (len(word) < 7 or not word.startswith("pa") or word in _NOT_PATIENT_TYPOS
            or not word.isalpha()):
        return word
    from rapidfuzz.distance import OSA

    from .spelling import plausible_typo

    for form in _PATIENT_FORMS:
        if OSA.distance(word, form) == 1 and plausible_typo(word, form):
            return form
    return word


_DEFINITE_ENDINGS = ("", "et", "en", "n", "t", "er", "erna", "na", "ets", "ens")


def _same_clause(words: list[str]) -> list[str]:
    """The words of ``words`` back to the clause's start ("och" joins, it does not part)."""
    out: list[str] = []
    for w in reversed(words):
        if w in _CLAUSE_BOUNDARY and w != "och":
            break
        out.append(w)
    return out


def _told_first_part(word: str, res: Any) -> bool:
    """A compound whose first part is what is told: "diagnosändringen", "cancerbeskedet"."""
    return any(word.startswith(t) and len(word) > len(t) + 3
               for t in res.told_topics if len(t) >= 5)


def _names_topic(word: str, topics: Iterable[str]) -> bool:
    """``word`` is one of ``topics`` or a compound ending in one of its nouns (four letters
    or more): "pankreasfyndet" (fynd), "ÅB-tid"/"återbesökstiden" (tid)."""
    if word in topics:
        return True
    for topic in topics:
        if len(topic) < 3 or topic in _FUNCTION_TOPICS:
            continue
        for ending in _DEFINITE_ENDINGS:
            form = topic + ending
            if not word.endswith(form):
                continue
            if word == form:
                return True
            joint = word[-len(form) - 1]  # "åb-tid", "återbesöks|tiden"; not "all|tid"
            if joint == "-" or len(word) >= len(form) + 3 and (len(topic) >= 4 or joint == "s"):
                return True
    return False


_FUNCTION_TOPICS = {"att", "det", "den", "detta", "dessa"}


_KIND_OF_DIAGNOSIS = {"syndrom", "sjukdom", "diagnos", "typ", "form", "cancer", "tumör",
                      "cancerform", "tumörtyp", "sjukdomen", "diagnosen"}
_WISH_VERBS = {"vill", "ville", "önskar", "önskade", "ber", "bad"}
_AGE_WORD = re.compile(r"^(?:\d+|år|åriga?|mån)$")  # "22 och 25 år" is no clause
_CLAUSE_BOUNDARY = {",", ";", "och", "men", "då", "eftersom", "som", "att", "så", "."}
# "till maken"; "enligt ansvarig kirurg ska beskedet lämnas vid besök" (the one who decides)
_NOT_SUBJECT_BEFORE = {"med", "till", "för", "av", "åt", "hos", "utan", "enligt", "från"}
# the words of a role between a preposition and its person ("enligt ansvarig kirurg")
_ROLE_ADJECTIVES = {"ansvarig", "ansvarige", "ansvariga", "behandlande", "opererande",
                    "remitterande", "ordinarie", "fast", "fasta", "egen", "egna", "patientansvarig",
                    "patientansvarige", "journalförande"}
_POSSESSIVE_BEFORE = {"sin", "sitt", "sina", "hans", "hennes", "hens", "deras"}


def _object_of_preposition(words: list[str], k: int) -> bool:
    """Whether the person at ``words[k]`` follows a preposition ("till maken", "tillsammans
    med sin fru") — not the subject; "men hans sambo har fått besked" is."""
    j = k - 1
    if j >= 0 and words[j] in _ROLE_ADJECTIVES:
        j -= 1
    if j >= 0 and words[j] in _POSSESSIVE_BEFORE:
        j -= 1
    return j >= 0 and words[j] in _NOT_SUBJECT_BEFORE
_AFTER_PRONOUN = {"eftersom", "när", "innan", "förrän", "tills", "ännu", "än", "idag", "i",
                  "på", "vid", "förrän", "heller", "alls", "hittills", "fortfarande", "längre",
                  "nu", "då", "men", "utan", "trots",
                  # ("inte informerats om detta före utskrivning")
                  "före", "efter", "under", "till", "av", "per", "via", "inför", "sedan",
                  "direkt", "själv", "ens"}


def _past_determiners(doc: Doc, k: int, end: int) -> int:
    """The first token from ``k`` after at most two determiners ("det nya datumet")."""
    j = k
    while j < min(end, k + 2) and doc[j].lower_ in _DETERMINERS:
        j += 1
    return j


_DETERMINERS = {"de", "den", "det", "dessa", "denna", "detta", "sina", "sin", "sitt", "hans",
                "hennes", "vår", "vårt", "våra", "min", "mitt", "mina", "nya", "nytt", "ny",
                "aktuella", "senaste", "hela"}
# sides, written inside a many-word form ("blodpropp i vänster ben", "förändring i hö njure")
_SIDE_WORDS = ("hö", "vä", "hö.", "vä.", "höger", "vänster", "högra", "vänstra", "bilat",
               "bilat.", "bilateral", "bilaterala", "bilateralt", "höger-", "vänster-")
_TIME_WORDS = {"när", "på", "vid", "av", "efter", "innan", "tills", "då", "med", "till", "förrän", "före"}
_NUMBER_WORDS = {"en", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio",
                 "några", "någon", "ngn", "ngr", "par", "cirka", "ca"}

_SENT_END_TOKENS = (".", "!", "?")
# abbreviations that are one token with their period and often end a sentence: before a
# capital letter, a new sentence starts after them ("Informerat pat. Ingen misstanke om …")
# (not a hedge — "Susp. DVT", "Trol. Pneumoni" — nor what names someone: "dr. Ek")
_SENTENCE_FINAL_ABBREVIATIONS = ("pat.", "m.m.", "o.d.", "mm.", "osv.", "etc.", "neg.", "pos.",
                                 "u.a.", "avd.", "vårdc.", "vc.", "mg.", "ml.", "tbl.", "tabl.",
                                 "dagl.", "lab.", "tel.", "inj.")
_ABBREVIATION_ENDING = r"(?<=[A-ZÅÄÖ0-9]):(?:n|en|et|t|er|erna|ar|arna|or|orna|s|ns|ens|ets|na|e)"
# a sentence's full stop after an abbreviation ending in a digit or a small letter and a
# capital ("nydebuterad T2D.", "DD PsA."), which spaCy's Swedish suffixes leave on the word
_DIGIT_CAPITAL_STOP = r"(?<=[0-9a-zåäö][A-ZÅÄÖ])\."
_NEGATION_WORDS = {"ej", "inte", "icke", "ingen", "inget", "inga", "ingenting", "varken"}
# "inte bara … utan också": a negation word before one of these adds, it denies nothing
_NOT_ONLY = {"bara", "enbart", "endast", "blott"}


def _negates(span: Span) -> bool:
    """Whether a word of ``span`` negates it ("ej informerad"; not "informerade inte bara
    pat om diagnosen utan …")."""
    words = [t.lower_ for t in span]
    return any(w in _NEGATION_WORDS and (i + 1 == len(words) or words[i + 1] not in _NOT_ONLY)
               for i, w in enumerate(words))


def _hedge_words(cues: Iterable[Any], spelling: dict[str, str] | None = None) -> frozenset[str]:
    """The hedge cues of one word ("trolig", "troligen", "misstänkt"), none of them a cue of
    another kind, and the written forms ``spelling`` reads as one ("trolgi" for trolig)."""
    hedge = {c.text for c in cues if c.category == "uncertain" and " " not in c.text}
    hedge -= {c.text for c in cues if c.category != "uncertain"}
    return frozenset(hedge | {f for f, w in (spelling or {}).items() if w in hedge})


@Language.factory("nl_line_sentences")
def make_line_sentences(nlp: Language, name: str):
    strings = nlp.vocab.strings
    newline_ids: dict[int, bool] = {}
    get = newline_ids.get
    dot, bang, question = (strings.add(p) for p in _SENT_END_TOKENS)
    final_abbrevs = frozenset(strings.add(a) for a in _SENTENCE_FINAL_ABBREVIATIONS)
    special = frozenset(nlp.tokenizer.rules or ())
    closes: dict[int, bool] = {}  # a token's text → whether it may close a sentence itself

    def closing(orth: int) -> bool:
        got = closes.get(orth)
        if got is None:
            text = strings[orth]
            got = orth in final_abbrevs or (text[-1:] == "." and text not in special
                                            and _CAPITAL_STOP.fullmatch(text) is not None)
            if len(closes) < _MEMO_SIZE:
                closes[orth] = got
        return got

    def line_sentences(doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            doc.user_data["nl_sents"] = []
            return doc
        # (plain lists: the Docs are short — new sentences — and numpy's cost per call
        # was most of the work)
        rows = doc.to_array([ORTH_ATTR, IS_PUNCT, IS_SPACE, SPACY]).tolist()
        sents = [0]
        values = [1] * n
        for i in range(1, n):
            orth, punct, space, after = rows[i - 1]
            if space:  # whitespace tokens are few: is it a line break?
                flag = get(orth)
                if flag is None:
                    flag = newline_ids[orth] = "\n" in strings[orth]
                if flag:
                    sents.append(i)
                    continue
            if rows[i][1]:  # punctuation starts no sentence (". ." , "?!")
                values[i] = -1
                continue
            # after . ! ? — but "?DVT": a question mark glued to the next word hedges it, it
            # ends nothing; nor does one standing alone ("AION, ? temporalisarterit"): only
            # "pneumoni? Nästa" ends
            if orth == dot or orth == bang or (
                    orth == question and after and i >= 2 and not any(rows[i - 2][1:])):
                sents.append(i)
            elif after and closing(orth) and doc[i].text[:1].isupper() and (
                    orth in final_abbrevs or _ends_a_name_of_a_disease(doc, i - 1, sents[-1])):
                sents.append(i)  # "Talat med pat. Hon vill avvakta": the abbreviation's
                # period ends the sentence too (the prefilter cuts less: its runs hold both)
            else:
                values[i] = -1
        doc.from_array([SENT_START], numpy.array(values, dtype="int64").reshape(n, 1).view("uint64"))
        doc.user_data["nl_sents"] = sents
        return doc

    return line_sentences


# a compound whose head is a place, a team or a plan: "IBD-sköterskemottagning",
# "KOL-teamet", "diabetesprogrammet" name no one's disease
_NOT_DISEASE_HEADS = ("mottagning", "mottagningen", "mottagningens", "sköterska", "sköterskan",
                      "teamet", "enhet", "enheten", "klinik", "kliniken", "förening",
                      "föreningen", "skola", "skolan", "program", "programmet", "ambulatoriet",
                      "avdelning", "avdelningen", "dagvård", "dagvården", "sjuksköterska",
                      "sjuksköterskan", "läkare", "läkaren",
                      # a place in the body named by it: "CP-vinkel" (cerebellopontine)
                      "vinkel", "vinkeln", "vinkelns", "centrum", "centret")
# a test of a disease, found positive ("HIV-test positivt"; told.tsv's positive words)
_TEST_PARTS = {"test", "testet", "pcr", "serologi", "serologin", "snabbtest", "snabbtestet",
               "prov", "provet", "odling", "odlingen", "ak", "ag", "antikroppar"}
# antigens whose antibodies are tested ("GAD-ak positiva" in type 1 diabetes): an
# abbreviation of a disease by chance ("GAD"), no test for it
_AUTOANTIGENS = {"GAD", "GAD65", "TPO", "CCP", "ANA", "ANCA", "IA2", "ZNT8", "TRAK", "TG"}
# abbreviations a number after names the type or stage of ("MODY 3", "DM 2", "CIN 3",
# "CKD 5", "KOL 3"), not a value
_TYPED = frozenset({"MODY", "DM", "CIN", "VIN", "AIN", "SMA", "CMT", "SCA", "CKD", "KOL"})
# an episode of a disease: an abbreviation that needs a cue alone is read as one before it
# ("FF-episoder", "AF-recidiv", "RA-skov")
_EPISODE_PARTS = {"episod", "episoden", "episoder", "episoderna", "recidiv", "recidivet",
                  "debut", "debuten",
                  "skov", "skovet", "attack", "attacken", "attacker", "exacerbation",
                  "exacerbationen", "exacerbationer"}
_LAB_PARTS = {"ag", "ak", "test", "testet", "prov", "provet", "vaccin", "vaccinet",
              "vaccinerad", "vaccinerade", "vaccination", "vaccinationen", "skydd", "dos", "doser",
              "spruta", "mottagningen", "gruppen", "insulin", "insulinet", "förbundet", "förening", "föreningen", "status", "antigen", "antikroppar",
              "serologi", "screening", "pcr", "snabbtest", "odling", "mottagning", "kontroll",
              "skola", "sköterska", "ssk", "team", "dagbok",
              # a conference about it: "LKG-konferensen", "MS-ronden"
              "konferens", "konferensen", "rond", "ronden",
              # a treatment of it: "MS-puls?" (steroid pulses), "KOL-behandling"
              "puls", "pulsen", "pulsbehandling", "behandling", "behandlingen",
              # a compound about the disease, not the disease: "DVT-profylax", "CKD-EPI" (a
              # formula), "ALS-algoritm". Not a viral load or antibody ("HIV-RNA", "EBV-IgM":
              # a positive one tells the infection) nor a grade ("CIN-II")
              "profylax", "profylaxen", "epi", "algoritm", "algoritmen", "kriterier", "kriterierna",
              # an examination named by it: "DAT-scan" (DaTSCAN), "TIA-utredning"
              "scan", "scanning", "skanning", "skan", "utredning", "utredningen",
              # what a sample shows, where it is treated: "CPPD-kristaller", "PAH-centrum"
              "kristall", "kristaller", "kristallerna", "centrum", "centret"}


# "Patientens sjukdom", "Barnets syndrom": a noun's definite genitive is not a name
_GENITIVE_NOUN = ("ens", "ans", "ets", "arnas", "ernas", "ornas")
_MEMO_SIZE = WORD_ANALYSES  # words whose analysis is remembered (stops learning when full)
_UNSET = object()
_PRODUCT_WORDS = {"Teams", "Office", "Word", "Excel", "Outlook", "Forms"}


def _ends_a_name_of_a_disease(doc: Doc, at: int, first: int) -> bool:
    """Whether the capital letter and full stop at token ``at`` close a word's name ("hepatit
    C.", "vitamin D.", "MIS-C.") rather than stand for a first name ("dr A. Svensson",
    "Anna B. Ek"): after a hyphen, or after a lower-case word that is no title (capitalised
    only as its sentence's first word, ``first``: "Hepatit C.")."""
    text = doc[at].text
    if len(text) > 2:
        return True  # ("MIS-C.")
    if not at:
        return False
    before = doc[at - 1]
    word = before.text if at - 1 != first else before.text[1:]
    return (before.is_alpha and (word.islower() or not word) and len(before.text) > 1
            and before.lower_ not in _TITLES)


# the words before a person's initials: "dr A. Svensson", "ssk B. Ek"
_TITLES = frozenset({"dr", "doktor", "ssk", "usk", "bm", "läkare", "kurator", "psykolog",
                     "sjuksköterska", "barnmorska", "överläkare", "öl", "specialistläkare",
                     "kollega", "kollegan", "fysioterapeut", "arbetsterapeut", "dietist",
                     "logoped", "professor", "docent", "med", "av", "till", "och", "enligt"})


# a capital letter and a full stop, alone or after a hyphen or a slash ("C.", "MIS-C.")
_CAPITAL_STOP = re.compile(r"(?:[\w-]*[-/])?[A-ZÅÄÖ]\.")
_CAPITAL_STOP_IN = re.compile(r"(?:^|[\s/-])[A-ZÅÄÖ]\.")


class SpellingNormalizer:
    """Sets NORM of written forms and typos to the word the lexicons know."""

    def __init__(self, nlp: Language):
        res = load_resources()
        self.forms = res.spelling
        targets, known, exempt = typo_targets()
        self.many = many_word_targets()
        self.speller = Speller(targets, known, typo_groups(), exempt, verbs=res.told_words,
                               loose=self.many, hedges=_hedge_words(res.cues, res.spelling))
        self.told = res.told_words
        self._by_lower: dict[int, str | None] = {}
        self._form_ids = {nlp.vocab.strings.add(f) for f in self.forms}
        self._special = frozenset(nlp.tokenizer.rules or ())  # ("F.", "V.": spaCy's own)
        from .prefilter import typo_index

        self.near = typo_index().near  # cheap: most words are near no target at all

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        by_lower = self._by_lower
        # only written forms ("trol."), alphabetic words of six letters or more and longer
        # words with other characters ("guillan-barré") can change; a genitive written with
        # a colon is looked at from five ("Crohn:s", "Bell:s") — plain lists: the Docs are
        # short, and numpy's cost per call was most of the work
        forms = self._form_ids
        todo: list[tuple[int, int]] = []  # (token index, its lower-case form)
        hyphened: set[int] = set()
        for i, (low, length, alpha) in enumerate(doc.to_array([LOWER, LENGTH, IS_ALPHA]).tolist()):
            if low in forms or alpha and length >= MIN_LENGTH:
                todo.append((i, low))
            elif not alpha and (length >= MIN_LENGTH + 2
                                or length >= 5 and strings[low].endswith(":s")):
                todo.append((i, low))
                hyphened.add(i)
        typos: list[tuple[int, str]] = []
        for i, low in todo:
            norm = by_lower.get(low, _UNSET)
            if norm is _UNSET:
                word = strings[low]
                canon = self.forms.get(word)  # a written form first: "diff.diagnostiskt"
                if canon is None:
                    canon = (self._parts(word) if i in hyphened else
                             self.speller.correct(word) if self.near(word) else None)
                norm = canon if canon and canon != word else None
                if len(by_lower) < _MEMO_SIZE:
                    by_lower[low] = norm
            if norm is not None:
                # the string, not its hash, is kept: a string first added inside a spaCy
                # memory zone is gone from the store once the zone ends
                doc[i].norm_ = norm
                # a typo read as the word meant, or a written form of a word of telling
                # ("informerd"): the trigger patterns read it so too
                if (low not in forms or norm in self.told) and norm not in self.many:
                    typos.append((i, norm))
        if typos:
            doc.user_data["nl_typos"] = typos
        if _CAPITAL_STOP_IN.search(doc.text):
            self._capital_stops(doc)
        return doc

    def _capital_stops(self, doc: Doc) -> None:
        """A capital letter and a full stop that ends its sentence, alone or after a hyphen,
        is one token ("hepatit C.", "misstänkt MIS-C."; spaCy's Swedish suffixes leave the
        stop on it): read as the letter ("hepatit c", the form's), not where a lower-case
        word follows (a genus: "C. difficile", "E. coli")."""
        n = len(doc)
        for t in doc:
            text = t.text
            if (text[-1:] == "." and _CAPITAL_STOP.fullmatch(text) and text not in self._special
                    and (t.i + 1 == n or not doc[t.i + 1].text[:1].islower())):
                t.norm_ = text[:-1].lower()


    def _parts(self, word: str) -> str | None:
        """A hyphenated word with a typo in a part: "guillan-barré" → guillain-barré; a
        genitive written with a colon: "addison:s" → addisons ("Addison:s sjukdom")."""
        if word.endswith(":s") and word[:-2].isalpha():
            return word[:-2] + "s"
        if "-" not in word:
            return None
        parts = word.split("-")
        fixed = [(self.speller.correct(p) if p.isalpha() and self.near(p) else None) or p
                 for p in parts]
        return "-".join(fixed) if fixed != parts else None


@Language.factory("nl_spelling")
def make_spelling(nlp: Language, name: str):
    return SpellingNormalizer(nlp)


_EVENT_IDS = frozenset(map(get_string_id, EVENT_WORDS))
# words before a recurrence that make it one to come: "ev. U-odling om recidiv"
_IF_IT_COMES = frozenset({"om", "vid", "ifall", "inför", "för", "mot", "förebygga"})
# ... unless "om" is "about": "misstanke om recidiv", "informerad om recidivet"
_ABOUT_STEMS = ("misstank", "misstänk", "mistank", "frågeställ", "oklar", "osäker", "informer",
                "besked", "beskedet", "oro", "orolig", "fråga", "tanke", "talar", "rör",
                "underrätt", "meddel", "berätt", "sannol", "trol", "möjlig", "eventuell",
                "säkert", "snarare", "veta", "vet", "prata", "samtal")


# first parts that make something else of an abbreviation after them ("post-COVID" is the
# condition after it, "anti-HCV" an antibody): never a qualifier of it
_NOT_QUALIFIERS = frozenset({"post", "anti", "efter", "icke", "utan", "pre", "före", "misstänkt",
                             "status", "prov", "test", "screening", "kontroll"})


class DiagnosisMatcher:
    """Lexicon terms incl. inflections/abbreviations, plus compound heads (lungcancer).

    Forms match on NORM (so typos and written variants count, see ``nl_spelling``);
    abbreviations match as written ("MS", never "ms"), not before a measurement ("AF 24"),
    and one marked ambiguous in the lexicon ("RA*") only where ConText finds a cue.
    """

    _DERIVED = DERIVED  # "sviktrelaterat", "demensdiagnosen" (shared with the prefilter)

    def __init__(self, nlp: Language, code_file: str | None = None):
        res = load_resources()
        # many-word forms by the hashes of their words' NORM: no Lexeme (and no tokenizer
        # run) per form at build time, as a PhraseMatcher would need
        self.by_first: dict[int, list[tuple[tuple[int, ...], int]]] = {}
        self._sides: frozenset[int] = frozenset()  # NORM hashes of _SIDE_WORDS
        self._positive = res.positive_results  # what a test found ("HIV-test positivt")
        # abbreviations as written: one-token forms by their ORTH hash (no Doc, no Lexeme
        # per form at build time), the few that the tokenizer cuts ("HIV-1") by a matcher
        self.abbreviations = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._abbr_orth: dict[int, list[int]] = {}
        self._cut_words: dict[str, list[str]] = {}  # a form's word as the tokenizer cuts it
        self.entries: dict[int, tuple[str, str | None]] = {}
        self.needs_cue: set[int] = set()
        self.single: dict[str, tuple[str, str | None]] = {}
        self.single_abbr: dict[str, tuple[str, str | None]] = {}
        # abbreviations that need a cue alone ("FF", "AF"): a compound with an episode of a
        # disease ("FF-episoder") is one
        self.cue_abbr: dict[str, tuple[str, str | None]] = {}
        self._multi: dict[str, tuple[str, str | None]] = {}
        self._eponym_ids = {nlp.vocab.strings.add(w) for w in (*_EPONYM_HEADS, *_MORBUS)}
        # the first words of forms written apart ("gall" of "gall sten"), by LOWER hash
        from .prefilter import _lexicon_words
        self._first_part_ids = {nlp.vocab.strings.add(w)
                                for w in _lexicon_words(code_file).first_parts}
        lexicon: list[LexEntry] = list(res.lexicon)
        if code_file:  # the region's own ICD-10-SE titles, when its file has them
            known = {e.term for e in lexicon}
            lexicon += [e for e in load_code_titles(code_file) if e.term not in known]
        for entry in lexicon:
            label = ("ABBR:" if entry.case_sensitive else "") + entry.term
            key = nlp.vocab.strings.add(label)
            if key in self.entries:
                continue
            self.entries[key] = (entry.concept, entry.icd10)
            if entry.case_sensitive:
                # "app*" (lower case in the lexicon) is also "App" at a sentence start
                forms = {entry.term, entry.term[:1].upper() + entry.term[1:]} \
                    if entry.term.islower() else {entry.term}
                for f in sorted(forms):
                    if f.isalnum():
                        self._abbr_orth.setdefault(nlp.vocab.strings.add(f), []).append(key)
                    else:
                        self.abbreviations.add(label, [nlp.make_doc(f)])
                if entry.needs_cue:
                    self.needs_cue.add(key)
                    if " " not in entry.term:
                        self.cue_abbr[entry.term] = (entry.concept, entry.icd10)
                elif " " not in entry.term:
                    self.single_abbr[entry.term] = (entry.concept, entry.icd10)
                continue
            if " " not in entry.term:
                self.single[entry.term] = (entry.concept, entry.icd10)
                if entry.term.replace("-", "").isalpha():
                    continue  # one word: looked up by its NORM, token by token (cheaper)
            else:
                self._multi[entry.term] = (entry.concept, entry.icd10)
            self._add_words(nlp, key, entry.term)
        self.heads = res.heads
        self.stop_exact = res.stop_exact
        self.stop_suffix = res.stop_suffix
        self._memo: dict[str, tuple[str, str | None] | None] = {}
        self._by_id: dict[int, tuple[tuple[str, str | None] | None, bool]] = {}

    def compound(self, word: str) -> tuple[str, str | None] | None:
        if word in self._memo:
            return self._memo[word]
        hit = self._compound(word)
        if len(self._memo) < _MEMO_SIZE:
            self._memo[word] = hit
        return hit

    def _compound(self, word: str) -> tuple[str, str | None] | None:
        if not word.replace("-", "").isalpha() or word in self.stop_exact or word.endswith(self.stop_suffix):
            return None
        base = cancer_short_form(word)  # "lungca", "mamma-ca" (not "Monica")
        if base is not None and base in self.single:
            return self.single[base]
        for suffix, concept_suffix, icd in self.heads:
            if word.endswith(suffix):
                stem = word[: -len(suffix)]
                # "-it", "-os", "-emi" end many typos and names ("apptit", "inskit"):
                # a longer stem for them
                minimum = 5 if len(suffix) <= 3 else 4 if len(suffix) == 4 else 3
                tail = stem.rsplit("-", 1)[-1]  # "blå-vit" is no "-it": the head ends the last part
                if len(stem) < minimum or 0 < len(tail) < minimum:
                    continue
                base = stem + concept_suffix
                if base in self.stop_exact or base.endswith(self.stop_suffix) or (
                        concept_suffix == "os" and stem.endswith("d") and not stem.endswith("id")):
                    # ("-dos" is a dose — "kortisondos", "extradoser" — unless "-idos":
                    # sarkoidos, acidos, amyloidos)
                    break  # "demensdiagnosen" is no "-os": maybe a derivation (below)
                if base in self.single:
                    return self.single[base]
                return base, icd
        if "-" in word:
            first, rest = word.split("-", 1)
            last = word.rsplit("-", 1)[1]
            if last in self.single and not first.isdigit():  # "body-demens": the head is last
                return self.single[last]
            if (first in self.single and rest.replace("-", "").isalpha() and rest not in _LAB_PARTS
                    and not rest.endswith(_NOT_DISEASE_HEADS)):
                return self.single[first]
            return None
        m = self._DERIVED.match(word)
        if m and m.group(1) in self.single:
            return self.single[m.group(1)]
        if m and m.group(1).endswith("s") and m.group(1)[:-1] in self.single:
            return self.single[m.group(1)[:-1]]  # "malignitets|misstänkt": the linking s
        if m and len(m.group(1)) >= 6:  # "pankreascancermisstanke": the base is a compound
            return self._compound(m.group(1))
        return None

    def _add_words(self, nlp: Language, key: int, term: str) -> None:
        pieces: list[str] = []
        for word in term.split():
            if word.isalpha():
                pieces.append(word)
            else:  # "2-diabetes", "covid-19": as the tokenizer cuts them in a text
                cut = self._cut_words.get(word)
                if cut is None:
                    cut = self._cut_words[word] = [t.lower_ for t in nlp.tokenizer(word)]
                pieces.extend(cut)
        hashes = tuple(nlp.vocab.strings.add(p) for p in pieces)
        self.by_first.setdefault(hashes[0], []).append((hashes, key))
        if not self._sides:
            self._sides = frozenset(nlp.vocab.strings.add(w) for w in _SIDE_WORDS)

    def _many_word_matches(self, norms: list[int]) -> Iterator[tuple[int, int, int]]:
        """(key, start, end) of every many-word form in a doc's NORM hashes."""
        by_first = self.by_first
        n = len(norms)
        sides = self._sides
        for i, h in enumerate(norms):
            for hashes, key in by_first.get(h, ()):
                end = i + len(hashes)
                if end <= n and tuple(norms[i:end]) == hashes:
                    yield key, i, end
                elif len(hashes) > 1 and sides:
                    # a side written inside the form: "dissektion av vä a. carotis",
                    # "förändring i hö njure" (one or two side words, never first or last)
                    end = self._with_sides(norms, i, hashes, sides)
                    if end:
                        yield key, i, end

    @staticmethod
    def _with_sides(norms: list[int], i: int, hashes: tuple[int, ...],
                    sides: frozenset[int]) -> int:
        """The end of ``hashes`` matched from ``i`` with side words skipped inside it, or 0."""
        j, skipped, n = i + 1, 0, len(norms)
        for h in hashes[1:]:
            while j < n and norms[j] != h and norms[j] in sides and skipped < 2:
                j += 1
                skipped += 1
            if j >= n or norms[j] != h:
                return 0
            j += 1
        return j if skipped else 0

    @staticmethod
    def _measured(doc: Doc, end: int) -> bool:
        """A number right after an abbreviation makes it a measurement ("AF 24", "LE 3") —
        not a year, nor a size ("AAA 4,8 cm", "HCC 3 cm": a lesion measured)."""
        if end >= len(doc):
            return False
        nxt = doc[end]
        if nxt.text in _PRODUCT_WORDS:  # "MS Teams"
            return True
        if end + 1 < len(doc) and doc[end + 1].lower_ in ("cm", "mm"):
            return False
        if doc[end - 1].text in _TYPED and nxt.text.isdigit() and len(nxt.text) <= 2:
            return False  # its type or stage: "MODY 3", "DM 2", "CIN 3", "SMA 1", "CKD 5"
        return nxt.like_num and not (len(nxt.text) == 4 and nxt.text[:2] in ("19", "20"))

    def eponyms(self, doc: Doc, covered: set[int]) -> list[Span]:
        """Eponyms the lexicon does not list: "Löfgrens syndrom", "Mb Addison", "morbus
        Whipple", "Guillain-Barrés syndrom" (a capitalised name before a disease word, or
        after mb/morbus)."""
        out: list[Span] = []
        ids = self._eponym_ids
        where = [j for j, low in enumerate(doc.to_array(LOWER).tolist()) if low in ids]
        for j in where:  # only next to a disease word or after mb / morbus
            i = j if doc[j].lower_ in _MORBUS else j - 1
            if i < 0 or i + 1 >= len(doc):
                continue
            a, b = doc[i], doc[i + 1]
            if i in covered or i + 1 in covered or not b.text[:1].isupper() and a.lower_ not in _MORBUS:
                if not (a.text[:1].isupper() and b.lower_ in _EPONYM_HEADS):
                    continue
            name = None
            if a.lower_ in _MORBUS and b.text[:1].isupper() and b.text.replace("-", "").isalpha():
                name = f"{b.lower_}s sjukdom" if not b.lower_.endswith("s") else f"{b.lower_} sjukdom"
            elif (b.lower_ in _EPONYM_HEADS and len(a.text) >= 4 and a.text[:1].isupper()
                  and a.lower_.endswith("s") and a.text.replace("-", "").replace("–", "").isalpha()
                  and not (a.lower_.endswith(_GENITIVE_NOUN) and (a.is_sent_start or a.is_lower))
                  # a noun in -os ("Differentialdiagnos lymfom", "Prognos …") or a word the
                  # speller reads as another ("Differntialdiagnos") is no name
                  and not a.lower_.endswith("os") and a.norm_ == a.lower_
                  and a.lower_ not in self.stop_exact and i not in covered):
                name = f"{a.lower_} {_EPONYM_HEADS[b.lower_]}"
            if name:
                known = self.single.get(name) or self._multi.get(name)
                concept, icd = known if known else (name, None)
                out.append(Span(doc, i, i + 2, label=concept))
                dx_attrs(doc)[(i, i + 2)] = [icd, "affirmed", None]
                covered.update((i, i + 1))
        return out

    def _hyphen_abbreviation(self, text: str) -> tuple[str, str | None] | None:
        """"KOL-exacerbation", "MS-skov": an abbreviation as the first part of a compound;
        "lågrisk-MDS": as the last, after a lower-case word that qualifies it."""
        first, _, rest = text.partition("-")
        if (rest and first in self.single_abbr and rest.replace("-", "").isalpha()
                and rest.lower() not in _LAB_PARTS and not rest.lower().endswith(_NOT_DISEASE_HEADS)):
            return self.single_abbr[first]
        if first in self.cue_abbr and rest.lower() in _EPISODE_PARTS:
            return self.cue_abbr[first]
        last = text.rpartition("-")[2]
        if (last in self.single_abbr and len(first) >= 4 and first.isalpha() and first.islower()
                and first not in _NOT_QUALIFIERS):
            return self.single_abbr[last]  # "lågrisk-MDS", "högrisk-MDS": a subtype's qualifier
        return None

    def _positive_test(self, text: str) -> tuple[str, str | None] | None:
        """"HIV-test positivt", "Klamydia-PCR pos": a test for the disease found it."""
        first, _, rest = text.partition("-")
        if rest.lower() not in _TEST_PARTS or first.upper() in _AUTOANTIGENS:
            return None
        return self.single_abbr.get(first) or self.single.get(first.lower())

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        ambiguous = doc.user_data.setdefault("nl_needs_cue", set())
        norms = doc.to_array(NORM).tolist()
        for match_id, start, end in self._many_word_matches(norms):
            concept, icd = self.entries[match_id]
            span = Span(doc, start, end, label=concept)
            dx_attrs(doc)[(start, end)] = [icd, "affirmed", None]
            spans.append(span)
        by_orth = self._abbr_orth
        found = [(key, i, i + 1) for i, orth in enumerate(doc.to_array(ORTH_ATTR).tolist())
                 if orth in by_orth for key in by_orth[orth]]
        if len(self.abbreviations):
            found = sorted([*found, *self.abbreviations(doc)], key=lambda m: (m[1], m[2]))
        for match_id, start, end in found:
            if self._measured(doc, end):
                continue
            concept, icd = self.entries[match_id]
            spans.append(Span(doc, start, end, label=concept))
            dx_attrs(doc)[(start, end)] = [icd, "affirmed", None]
            if match_id in self.needs_cue:
                ambiguous.add((start, end))
        spans = filter_spans(spans)
        covered = {i for s in spans for i in range(s.start, s.end)}
        spans += self.eponyms(doc, covered)
        strings = doc.vocab.strings
        for i, lower in enumerate(norms):
            if i in covered:
                continue
            memo = self._by_id.get(lower)
            if memo is None:
                word = strings[lower]
                memo = (self.single.get(word) or (self.compound(word) if len(word) >= 6 else None),
                        "-" in word)
                if len(self._by_id) < _MEMO_SIZE:
                    self._by_id[lower] = memo
            hit, hyphen = memo
            if not hit and hyphen:
                hit = self._hyphen_abbreviation(doc[i].text)
                if not hit:
                    # "HIV-test positivt"; "HIV-ag/ak positivt" (another test part after "/");
                    # or the word right before it: "Konfirmerat positivt HIV-test"
                    after = i + 3 if (i + 3 < len(doc) and doc[i + 1].text == "/"
                                      and doc[i + 2].lower_ in _TEST_PARTS) else i + 1
                    if (after < len(doc) and doc[after].lower_ in self._positive
                            or i and doc[i - 1].lower_ in self._positive):
                        hit = self._positive_test(doc[i].text)
            if hit:
                span = Span(doc, i, i + 1, label=hit[0])
                # "TIA-misstanke", "borreliamisstänkt": the word hedges itself
                suffix = next((h for h in HEDGING_SUFFIXES if doc[i].lower_.endswith(h)), None)
                dx_attrs(doc)[(i, i + 1)] = [hit[1], "uncertain" if suffix else "affirmed", suffix]
                spans.append(span)
        spans += self._written_apart(doc, {i for s in spans for i in range(s.start, s.end)})
        if not _EVENT_IDS.isdisjoint(norms):  # (a set lookup for the Docs without one)
            spans += self._events(doc, {i for s in spans for i in range(s.start, s.end)})
        doc.spans["dx"] = sorted(spans, key=lambda s: s.start)
        return doc

    @staticmethod
    def _events(doc: Doc, covered: set[int]) -> list[Span]:
        """A recurrence, spread or growth named without its disease ("Trol. recidiv i
        mediastinum", "Spridning till lungorna?", "sannolik progress", "reciidiv" as the
        speller reads it): a mention labelled :data:`EVENT` + the event, whose disease the
        note names elsewhere (:func:`notelint.nlp.notelevel.recurrences`); not "recidiv av
        melanom", "spridning från känd lungcancer", "spridning av infektionen" (what follows is
        the mention, or none)."""
        out = []
        for i, t in enumerate(doc):
            word = t.norm_
            event = EVENT_WORDS.get(word)
            if event is not None and i not in covered and not (
                    i + 1 < len(doc) and doc[i + 1].lower_ in ("av", "med", "från")
                    # a plan for one to come: "U-odling om recidiv", "vid progress"
                    or i and doc[i - 1].lower_ in _IF_IT_COMES and not (
                        i >= 2 and doc[i - 1].lower_ in ("om", "för")  # ("talar för spridning")
                        and doc[i - 2].lower_.startswith(_ABOUT_STEMS))
                    # "återfall i alkoholberoende": the disease follows
                    or i + 1 < len(doc) and doc[i + 1].lower_ == "i"
                    and any(j in covered for j in range(i + 2, min(len(doc), i + 4)))):
                out.append(Span(doc, i, i + 1, label=EVENT + event))
                suffix = EVENT_SUSPECTED.get(word)  # "recidivmisstanke": it hedges itself
                dx_attrs(doc)[(i, i + 1)] = [None, "uncertain" if suffix else "affirmed", suffix]
        return out

    def _written_apart(self, doc: Doc, covered: set[int]) -> list[Span]:
        """A one-word diagnosis written as two words ("gall sten", "lung emboli",
        "hjärt infarkt"): two neighbouring words of three letters or more, one space
        between, that together are a lexicon form of seven letters or more."""
        out: list[Span] = []
        single = self.single
        firsts = self._first_part_ids
        lows = doc.to_array(LOWER).tolist()
        for i in range(len(lows) - 1):
            if lows[i] not in firsts:
                continue
            a, b = doc[i], doc[i + 1]
            if (i in covered or i + 1 in covered or a.whitespace_ != " " or len(b) < 3
                    or not b.is_alpha):
                continue
            hit = single.get(a.lower_ + b.lower_)
            if hit is not None and len(a) + len(b) >= 7:
                out.append(Span(doc, i, i + 2, label=hit[0]))
                dx_attrs(doc)[(i, i + 2)] = [hit[1], "affirmed", None]
                covered.update((i, i + 1))
        return out


@Language.factory("nl_diagnoses", default_config={"code_file": None})
def make_diagnoses(nlp: Language, name: str, code_file: str | None):
    return DiagnosisMatcher(nlp, code_file)


_CODE = re.compile(
    r"(?<![\w.-])([A-Z])(\s?)(\d{2})(?:\.(\d{1,2})|(\d{1,2}))?([A-Z])?(?![\w])")
_LAB_WORDS = {"hiv", "ag", "antigen", "ak", "combo", "prov", "analys", "test", "lab",
              "vitamin", "protein", "µg/l", "ng/l", "ug/l", "kobalamin", "nivå", "värde"}
_NON_CODES = {"S100B", "S100", "B12", "P24"}  # lab markers shaped like codes
_LAB_SENSITIVE = {"S100", "P24", "S100B", "B12"}


class CodeMatcher:
    """ICD-10 codes: ``F32.1``, ``F321``, ``I 48.9``, ``R56.8X``."""

    def __init__(self, code_file: str | None):
        self.codes = load_code_file(code_file) if code_file else None

    def valid(self, norm: str, doc: Doc, span: Span) -> bool:
        if norm in _LAB_SENSITIVE or self.codes is None and norm in _NON_CODES:
            first, last = sentence_of(doc, span.start)  # the sentence's words only
            lo, hi = max(first, span.start - 3), min(last, span.end + 3)
            window = {w for t in doc[lo:hi] for w in re.split(r"[-/]", t.lower_)}
            if self.codes is None and norm in _NON_CODES:
                return False
            if window & _LAB_WORDS or any("-" in t.text and t.i == span.end for t in doc[span.end:hi]):
                return False
        if self.codes is not None:
            return norm in self.codes
        return True

    def __call__(self, doc: Doc) -> Doc:
        found = []
        for m in _CODE.finditer(doc_text(doc)):
            letter, space, two, dotted, undotted, suffix = m.groups()
            if space and not dotted:
                continue  # "I 48 timmar"
            sub = dotted or undotted or ""
            norm = f"{letter}{two}{sub}{suffix or ''}"
            if suffix and not sub:
                continue  # "S10B", "E11X" are not code shapes we accept
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or not self.valid(norm, doc, span):
                continue
            code = f"{letter}{two}" + (f".{sub}{suffix or ''}" if sub else "")
            out = Span(doc, span.start, span.end, label=code)
            dx_attrs(doc)[(out.start, out.end)] = [code, "affirmed", None]
            found.append(out)
        if found:
            spans = list(doc.spans.get("dx", [])) + found
            doc.spans["dx"] = sorted(filter_spans(spans), key=lambda s: s.start)
        return doc


@Language.factory("nl_icd10_codes", default_config={"code_file": None})
def make_codes(nlp: Language, name: str, code_file: str | None):
    return CodeMatcher(code_file)


@Language.factory("nl_context")
def make_context(nlp: Language, name: str):
    res = load_resources()
    return ConText(nlp, res.cues, kind_words(
        (e.term, e.concept) for e in res.lexicon if not e.case_sensitive),
        adverbs=res.cue_adverbs, plan_words=res.plan_words, relatives=res.relatives)


class _Corrected:
    """A Doc's lower-cased text with its typos written as the words meant ("infomerad" →
    "informerad"), and offsets mapped both ways; without typos, the text itself."""

    def __init__(self, text: str, doc: Doc, typos: Iterable[tuple[int, str]]):
        self.text = text
        self.old_starts: list[int] = []   # where each corrected word starts and ends,
        self.old_ends: list[int] = []     # in the text as written
        self.new_starts: list[int] = []   # … and in the corrected text
        self.new_ends: list[int] = []
        if not typos:
            return
        parts: list[str] = []
        last = shift = 0
        for i, word in typos:
            start = doc[i].idx
            end = start + len(doc[i])
            parts += [text[last:start], word]
            self.old_starts.append(start)
            self.old_ends.append(end)
            self.new_starts.append(start + shift)
            shift += len(word) - (end - start)
            self.new_ends.append(end + shift)
            last = end
        parts.append(text[last:])
        self.text = "".join(parts)

    def to_new(self, pos: int) -> int:
        """A token boundary of the written text in the corrected text."""
        if not self.old_starts:
            return pos
        k = bisect.bisect_right(self.old_starts, pos) - 1
        if k < 0:
            return pos
        if pos < self.old_ends[k]:
            return self.new_starts[k]
        return pos + self.new_ends[k] - self.old_ends[k]

    def to_old(self, pos: int, end: bool = False) -> int:
        """An offset of the corrected text in the written text (a place inside a corrected
        word is its start, or its end for the end of a match)."""
        if not self.new_starts:
            return pos
        k = bisect.bisect_right(self.new_starts, pos) - 1
        if k < 0:
            return pos
        if pos < self.new_ends[k] and pos != self.new_starts[k]:
            return self.old_ends[k] if end else self.old_starts[k]
        return pos - (self.new_ends[k] - self.old_ends[k]) if pos >= self.new_ends[k] else self.old_starts[k]


class TriggerMatcher:
    """The clinical triggers of ``models/triggers.tsv``, sentence by sentence. An
    expression is tried only in a sentence that holds every string it requires
    (:mod:`notelint.nlp.literals`), all found in one Aho-Corasick pass over the text."""

    def __init__(self, nlp: Language):
        from .literals import Requirements

        rows = load_resources().triggers
        # "!kind" rows are pseudo-triggers: a sentence they match holds no trigger of kind
        self.patterns = [(kind.lstrip("!"), kind.startswith("!"), pattern)
                         for kind, pattern in rows if not kind.startswith(("~", "^"))]
        # "~kind" rows: a sentence they match holds that kind's triggers as pending (told
        # when a result awaited comes); "^kind" rows: as weak (said earlier: copied text)
        self.pending = [(kind[1:], pattern) for kind, pattern in rows if kind.startswith("~")]
        self.weak = [(kind[1:], pattern) for kind, pattern in rows if kind.startswith("^")]
        self.requirements = Requirements(
            [p for _, _, p in self.patterns] + [p for _, p in self.pending] + [p for _, p in self.weak])

    def __call__(self, doc: Doc) -> Doc:
        text = lower(doc_text(doc))
        fixed = _Corrected(text, doc, doc.user_data.get("nl_typos", ()))
        text = fixed.text
        by_sent: dict[tuple[int, int], list[Span]] = {}
        if not len(doc):
            doc.spans["triggers"] = []
            return doc
        starts = doc.user_data.get("nl_sents") or [s.start for s in doc.sents]
        idx = doc.to_array(IDX).tolist()
        bounds_at = [fixed.to_new(idx[i]) for i in starts]
        met_by_sent = self.requirements.met(text, bounds_at)
        n_main, n_pending = len(self.patterns), len(self.pending)
        for k, met in sorted(met_by_sent.items()):
            if k < 0:
                continue
            tried = self.requirements.candidates(met)
            if not tried:
                continue
            s_start = starts[k]
            s_end = starts[k + 1] if k + 1 < len(starts) else len(doc)
            c0 = bounds_at[k]
            c1 = fixed.to_new(idx[s_end]) if s_end < len(doc) else len(text)
            part = text[c0:c1]
            main = [self.patterns[i] for i in tried if i < n_main]
            blocked = {kind for kind, pseudo, pattern in main if pseudo and pattern.search(part)}
            if any(self.pending[i - n_main][1].search(part) for i in tried
                   if n_main <= i < n_main + n_pending):
                doc.user_data.setdefault("nl_pending", set()).add((starts[k], s_end))
            for i in tried:  # "^kind" rows: that kind's triggers in the sentence are weak
                if i >= n_main + n_pending:
                    kind, pattern = self.weak[i - n_main - n_pending]
                    if pattern.search(part):
                        doc.user_data.setdefault("nl_weak", set()).add((starts[k], s_end, kind))
            for kind, pseudo, pattern in main:
                if pseudo or kind in blocked:
                    continue
                for m in pattern.finditer(part):
                    span = doc.char_span(fixed.to_old(c0 + m.start()), fixed.to_old(c0 + m.end(), True),
                                         label=kind, alignment_mode="expand")
                    if span is None or not len(span) or span.end > s_end:
                        continue
                    by_sent.setdefault((s_start, s_end), []).append(span)
        found: list[Span] = []
        index = cue_index(doc)
        persons = load_resources().persons_patient
        for bounds, hits in by_sent.items():
            # longest span per kind; "ej informerad om" beats "informerad om"
            hits.sort(key=lambda s: (-(s.end - s.start), s.start))
            kept: list[Span] = []
            for span in hits:
                clash = [k for k in kept if k.start < span.end and span.start < k.end]
                if any(k.label_ == span.label_ for k in clash):
                    continue
                if span.label_ == "communicated" and any(k.label_ == "not_informed" for k in clash):
                    continue
                if span.label_ == "not_informed" and any(k.label_ == "communicated" for k in clash):
                    kept = [k for k in kept if k not in clash or k.label_ != "communicated"]
                kept.append(span)
            first_topic: dict[str, str] = {}  # per kind, the first statement's topic
            for span in sorted(kept, key=lambda s: s.start):
                # "ej gått att nå på tel, ej informerad": a not-told that is a negation
                # itself is not undone by an earlier one (nobody writes a double negative)
                trigger_negated(doc)[(span.start, span.end, span.label_)] = (
                    not (span.label_ == "not_informed" and (
                        _NEGATION_WORDS.intersection(t.lower_ for t in span)
                        # told later, denied or not ("Pat vet ännu inte, besked vid
                        # återbesök"; "att pat inte informeras … förrän på söndag")
                        or _FUTURE_TELLING.intersection(t.lower_ for t in span)))
                    and (index.negated(span.start, span.end)
                         # "diagnosen därför ej förmedlad"
                         or span.label_ == "communicated" and _negates(span))
                    # (nor by a negation in another clause: "Besked ges inte per telefon,
                    # pat är ovetande om PAD-svaret" — a not-told that names the patient in
                    # it; "Dialysförberedelse ej diskuterad än, tas upp vid nästa besök" is
                    # the first clause's matter put off)
                    and not ((span.label_ == "communicated" or not persons.isdisjoint(
                        t.lower_ for t in span)) and _negation_in_other_clause(index, span)))
                if span.label_ in ("not_informed", "communicated"):
                    subject, topic = told_roles(span, bounds)
                    # "Pat ej informerad om beslutet ännu, besked ges av kontaktssk imorgon":
                    # a later statement in the sentence that names nothing is about the same
                    if (first_topic.get(span.label_) == "other" and topic == "diagnosis"
                            and not _names_own_topic(span, bounds)):
                        topic = "other"
                    first_topic.setdefault(span.label_, topic)
                    trigger_roles(doc)[(span.start, span.end, span.label_)] = (subject, topic)
                found.append(span)
        _telling_cues_kept_to_telling(doc, index, [
            s for s in found if s.label_ in ("not_informed", "communicated")])
        doc.spans["triggers"] = sorted(found, key=lambda s: s.start)
        return doc


def _telling_cues_kept_to_telling(doc: Doc, index: Any, spans: list[Span]) -> None:
    """A cue that belongs to a statement on telling says nothing of the diagnosis told:
    "Informerades dock inte om att DT visar levermetastaser", "Ännu inte berättat för pat
    att biopsin visar mesoteliom" (the negation denies the telling); "Är pat informerad om
    glioblastomet?" (the question asks about the telling). A mention that only such a cue
    decided is read again without it."""
    if not spans:
        return
    inside = {i for s in spans if _NEGATION_WORDS.intersection(t.lower_ for t in s)
              for i in range(s.start, s.end)}
    first_end: dict[int, int] = {}  # per sentence start, where its first statement on telling ends
    for s in spans:
        at = sentence_of(doc, s.start)[0]
        first_end[at] = min(first_end.get(at, s.end), s.end)
    for key, value in doc.user_data.get("nl_dx", {}).items():
        if value[1] not in ("negated", "uncertain"):
            continue
        at = index.cue_at(*key)
        if at is None:
            continue
        if value[1] == "negated" and at[0] in inside:
            skip = inside
        elif (value[1] == "uncertain" and doc[at[0]].text == "?" and at[0] >= key[1]
              and first_end.get(sentence_of(doc, key[0])[0], len(doc) + 1) <= key[0]):
            skip = {at[0]}
        else:
            continue
        again = index.assertion(*key, skip=skip)
        if again is None:  # the word may hedge itself: "… inger malignitetsmisstanke"
            own = next((h for h in HEDGING_SUFFIXES if doc[key[1] - 1].lower_.endswith(h)), None)
            again = ("uncertain", own) if own else ("affirmed", None)
        value[1:] = again


@Language.factory("nl_triggers")
def make_triggers(nlp: Language, name: str):
    return TriggerMatcher(nlp)


def doc_text(doc: Doc) -> str:
    """The text of ``doc`` (cached by :func:`annotate` to avoid rebuilding it from tokens)."""
    text = doc.user_data.get("nl_text")
    return text if text is not None else doc.text


def annotate(nlp: Language, text: str) -> Doc:
    """Run ``nlp`` on ``text`` with the text cached for the components."""
    doc = nlp.make_doc(text)
    doc.user_data["nl_text"] = text
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def build_pipeline(code_file: str | None = None) -> Language:
    """A fresh pipeline (use :func:`notelint.nlp.get_pipeline` for the shared one)."""
    nlp = spacy.blank("sv")
    res = load_resources()
    for exc in res.tokenizer_exceptions:
        for form in {exc, exc[:1].upper() + exc[1:], exc.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    # an abbreviation inflects after a colon ("TIA:n", "UVI:er", "FF:et", "NSTEMI:t"): the
    # ending is a token of its own, so the abbreviation is read as written
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(
        [*nlp.Defaults.suffixes, _ABBREVIATION_ENDING, _DIGIT_CAPITAL_STOP]).search
    nlp.add_pipe("nl_line_sentences")
    nlp.add_pipe("nl_spelling")
    nlp.add_pipe("nl_diagnoses", config={"code_file": code_file})
    nlp.add_pipe("nl_icd10_codes", config={"code_file": code_file})
    nlp.add_pipe("nl_context")
    nlp.add_pipe("nl_triggers")
    return nlp
