"""NL101–NL105: diagnoses in free text and Tidiga hypoteser.

Unit tests feed hand-built NLP annotations (the contract in notelint/nlp/types.py) by
patching ``Context.annotations``; they test the rule logic whatever the pipeline does.
Tests marked ``e2e_nlp`` run realistic notes through the real pipeline.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import codes, lint, make_record

from fake_nlp import FakeNLP, install, needs_pipeline
from fake_nlp import plain_note as _n


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeNLP:
    return install(monkeypatch)


def run(ruleset: str, code: str, *notes: dict[str, Any], as_of: str | None = None):
    kw: dict[str, Any] = {"notes": list(notes)}
    if as_of:
        kw["as_of"] = as_of
    return lint(make_record(**kw), ruleset, select=[code])


def sub_of(finding, notes: list[dict[str, Any]]) -> str:
    note = next(n for n in notes if n["id"] == finding.target.id)
    sec = next(s for s in note["sections"] if s["keyword"] == finding.span.section)
    return sec["text"][finding.span.start:finding.span.end]


# --------------------------------------------------------------------------- NL101

PANC = ("DT buk: fynd talar för pankreascancer med levermetastaser. Pat ej informerad, "
        "besked på mott nästa vecka tillsammans med kontaktssk.")


@pytest.mark.parametrize("ruleset,system,sections,mentions,triggers,expect,instead", [
    ("skane", "Melior", [("Bedömning", PANC)],
     [(0, "pankreascancer", "pankreascancer", "C25", "affirmed")],
     [(0, "Pat ej informerad", "not_informed")], "pankreascancer", 'mallen "Tidiga hypoteser"'),
    # NL101 is not limited to Melior: the text itself is visible in PMO too
    ("skane", "PMO", [("Bedömning", "Misstänkt ALS. Ska inte informeras än, inväntar EMG.")],
     [(0, "ALS", "ALS", "G12.2", "uncertain", "Misstänkt")],
     [(0, "Ska inte informeras än", "not_informed")], "ALS", 'mallen "Tidiga hypoteser"'),
    ("vgr", "Melior", [("Bedömning", "PAD: malignt melanom, Clark IV."),
                       ("Planering", "Pat ej delgiven svaret, kallas till läk-besök v 12.")],
     [(0, "malignt melanom", "malignt melanom", "C43", "affirmed")],
     [(1, "Pat ej delgiven svaret", "not_informed")], "malignt melanom",
     'sökordet "Tidiga hypoteser"'),
    # the cue sits in the hidden Tidiga hypoteser section, the diagnosis in a visible one
    ("vgr", "AsynjaVisph", [("Tidiga hypoteser", "Pat ej informerad om misstanken."),
                            ("Bedömning", "Huntingtons sjukdom bekräftad genetiskt.")],
     [(1, "Huntingtons sjukdom", "Huntingtons sjukdom", "G10", "affirmed")],
     [(0, "Pat ej informerad", "not_informed")], "Huntingtons sjukdom",
     'sökordet "Tidiga hypoteser"'),
    # a region without Tidiga hypoteser still gets the finding, and is told so
    ("national", "Melior", [("Bedömning", PANC)],
     [(0, "pankreascancer", "pankreascancer", "C25", "affirmed")],
     [(0, "Pat ej informerad", "not_informed")], "pankreascancer",
     "har ingen mall eller sökord för tidiga hypoteser"),
])
def test_nl101_uncommunicated_diagnosis_visible(fake, ruleset, system, sections, mentions,
                                                triggers, expect, instead):
    n = fake.note("n1", sections, system=system, mentions=mentions, triggers=triggers)
    found = run(ruleset, "NL101", n)
    assert codes(found) == ["NL101"]
    assert found[0].severity == "error" and found[0].target.id == "n1"
    assert sub_of(found[0], [n]) == expect
    assert instead in found[0].message


@pytest.mark.parametrize("ruleset,template,sections,mentions,triggers", [
    # the same text in the right place: Skåne template / VGR sökord
    ("skane", "Tidiga hypoteser", [("Bedömning", PANC)],
     [(0, "pankreascancer", "pankreascancer", "C25", "affirmed")],
     [(0, "Pat ej informerad", "not_informed")]),
    ("vgr", "Läkaranteckning", [("Tidiga hypoteser", PANC)],
     [(0, "pankreascancer", "pankreascancer", "C25", "affirmed")],
     [(0, "Pat ej informerad", "not_informed")]),
    # a diagnosis the patient was already told
    ("skane", "Läkaranteckning",
     [("Bedömning", "Pankreascancer, pat informerad om diagnosen idag tillsammans med maken.")],
     [(0, "Pankreascancer", "pankreascancer", "C25", "affirmed")],
     [(0, "pat informerad om diagnosen", "communicated")]),
    ("vgr", "Läkaranteckning",
     [("Bedömning", "Malignt melanom. Besked lämnat per telefon, pat har fått besked.")],
     [(0, "Malignt melanom", "malignt melanom", "C43", "affirmed")],
     [(0, "pat har fått besked", "communicated")]),
    # negated mention with a not-informed cue about something else
    ("skane", "Läkaranteckning",
     [("Bedömning", "Ingen misstanke om malignitet. Pat ej informerad om provsvaret än.")],
     [(0, "malignitet", "malignitet", "C80", "negated", "Ingen misstanke om")],
     [(0, "Pat ej informerad", "not_informed")]),
    # family history
    ("vgr", "Läkaranteckning",
     [("Anamnes", "Mamma hade bröstcancer. Dottern ej informerad om detta enl pat.")],
     [(0, "bröstcancer", "bröstcancer", "C50", "family")],
     [(0, "ej informerad", "not_informed")]),
    # a negated not-informed cue
    ("skane", "Läkaranteckning", [("Bedömning", PANC)],
     [(0, "pankreascancer", "pankreascancer", "C25", "affirmed")],
     [(0, "Pat ej informerad", "not_informed", True)]),
])
def test_nl101_silent(fake, ruleset, template, sections, mentions, triggers):
    n = fake.note("n1", sections, template=template, mentions=mentions, triggers=triggers)
    assert run(ruleset, "NL101", n) == []


# --------------------------------------------------------------------------- NL102

@pytest.mark.parametrize("ruleset,keyword,text,sub,concept,icd,cue,time,instead", [
    ("skane", "Bedömning", "Misstänkt MS, remiss MR hjärna + LP.", "MS", "MS", "G35",
     "Misstänkt", "2024-03-12T14:05:00", 'mallen "Tidiga hypoteser"'),
    ("skane", "Bedömning", "Trolig bipolär sjukdom typ 2, diff diagnos ADHD.",
     "bipolär sjukdom typ 2", "bipolär sjukdom", "F31.8", "Trolig", "2024-03-12T14:05:00",
     'mallen "Tidiga hypoteser"'),
    ("vgr", "Bedömning", "Ev. celiaki? Tar transglutaminas-ak.", "celiaki", "celiaki", "K90.0",
     "Ev.", "2024-03-12T14:05:00", 'sökordet "Tidiga hypoteser"'),
    ("vgr", "Aktuellt", "Pankreascancer kan ej uteslutas, DT beställd.", "Pankreascancer",
     "pankreascancer", "C25", "kan ej uteslutas", "2024-03-12T14:05:00",
     'sökordet "Tidiga hypoteser"'),
    # VGR sökord used before it was introduced (2016-06-01): visible
    ("vgr", "Tidiga hypoteser", "Misstänkt MS, remiss MR hjärna + LP.", "MS", "MS", "G35",
     "Misstänkt", "2016-02-01T10:00:00", "infördes först 2016-06-01"),
])
def test_nl102_uncertain_diagnosis_in_melior(fake, ruleset, keyword, text, sub, concept, icd,
                                             cue, time, instead):
    n = fake.note("n1", [(keyword, text)], time=time,
                  mentions=[(0, sub, concept, icd, "uncertain", cue)])
    found = run(ruleset, "NL102", n)
    assert codes(found) == ["NL102"]
    assert found[0].severity == "warning"
    assert sub_of(found[0], [n]) == sub
    assert instead in found[0].message and "Melior" in found[0].message


@pytest.mark.parametrize("ruleset,system,template,keyword,text,sub,assertion", [
    ("skane", "PMO", "Läkaranteckning", "Bedömning", "Misstänkt MS, remiss MR.", "MS",
     "uncertain"),                                      # PMO never shows diagnoses
    ("vgr", "AsynjaVisph", "Läkaranteckning", "Bedömning", "Misstänkt MS, remiss MR.", "MS",
     "uncertain"),
    ("skane", "Melior", "Tidiga hypoteser", "Bedömning", "Misstänkt MS, remiss MR.", "MS",
     "uncertain"),
    ("vgr", "Melior", "Läkaranteckning", "Tidiga hypoteser", "Misstänkt MS, remiss MR.", "MS",
     "uncertain"),
    ("skane", "Melior", "Läkaranteckning", "Bedömning", "Ingen misstanke om MS, normal MR.",
     "MS", "negated"),
    ("vgr", "Melior", "Läkaranteckning", "Bedömning", "Inga tecken på celiaki, normal biopsi.",
     "celiaki", "negated"),
    ("skane", "Melior", "Läkaranteckning", "Bedömning", "Känd MS sedan 2015, stabil.", "MS",
     "affirmed"),
    ("vgr", None, "Läkaranteckning", "Bedömning", "Misstänkt MS, remiss MR.", "MS", "uncertain"),
])
def test_nl102_silent(fake, ruleset, system, template, keyword, text, sub, assertion):
    n = fake.note("n1", [(keyword, text)], system=system, template=template,
                  mentions=[(0, sub, sub.lower(), None, assertion)])
    assert run(ruleset, "NL102", n) == []


def test_nl102_same_text_other_region_ruleset(fake):
    """VGR's sökord "Tredje person" hides the text in VGR, but nothing in Skåne."""
    n = fake.note("n1", [("Tredje person", "Dottern tror att pat har misstänkt demens.")],
                  mentions=[(0, "demens", "demens", "F03", "uncertain", "misstänkt")])
    assert run("vgr", "NL102", n) == []
    assert codes(run("skane", "NL102", n)) == ["NL102"]


def test_nl102_a_perinatal_code_alone_does_not_make_a_diagnosis_the_babys(fake):
    """A fetal condition hedged in a pregnant woman's note ("Förenligt med hydrops fetalis",
    P83.2) is a hypothesis of her pregnancy: NL102 fires whatever the chapter; only a
    sentence about the child decides (next test)."""
    n = fake.note("n1", [("Bedömning", "Förenligt med hydrops fetalis, orsak oklar.")],
                  time="2024-03-12T10:00:00",
                  mentions=[(0, "hydrops fetalis", "hydrops fetalis", "P83.2", "uncertain",
                             "Förenligt med")])
    assert codes(lint(make_record(notes=[n]), "vgr", select=["NL102"])) == ["NL102"]


@pytest.mark.e2e_nlp
def test_nl102_a_childs_diagnosis_in_an_adults_note_is_not_the_patients():
    """A diagnosis of a sentence about a child ("Barnet flyttades till neo med misstänkt
    sepsis", ``Mention.child``) is the patient's in a child's note, not in an adult's (the
    mother's note on the postnatal ward); the mother's own hedged diagnosis still is hers."""
    n = _n("n1", [("Aktuellt", "Dag 1 efter förlossning. Barnet flyttades till neo med "
                               "misstänkt sepsis.")])
    assert lint(make_record(notes=[n]), "vgr", select=["NL102"]) == []  # born 1912
    child = make_record(notes=[n], patient={"id": "20240301-1238"})
    assert codes(lint(child, "vgr", select=["NL102"])) == ["NL102"]
    own = _n("n2", [("Aktuellt", "Dag 1 efter förlossning. Misstänkt endometrit.")])
    assert codes(lint(make_record(notes=[own]), "vgr", select=["NL102"])) == ["NL102"]


# --------------------------------------------------------------------------- NL103

@pytest.mark.parametrize("ruleset,system,text,sub,concept,icd", [
    ("skane", "Melior", "Opiatberoende, F11.2. Startar LARO.", "Opiatberoende",
     "opiatberoende", "F11.2"),
    ("vgr", "Melior", "Hiv-infektion sedan 2019, välbehandlad, VL ej mätbar.", "Hiv-infektion",
     "hiv-infektion", "B20"),
    ("skane", "PMO", "Klamydia pos i urinprov, beh doxycyklin.", "Klamydia", "klamydia", "A56"),
    ("vgr", "AsynjaVisph", "Depression, medelsvår episod. Insätts sertralin.", "Depression",
     "depression", "F32.1"),
    ("skane", "Melior", "Alkoholmissbruk sedan flera år, AUDIT 24p.", "Alkoholmissbruk",
     "alkoholmissbruk", None),                          # matched by term, no code
])
def test_nl103_sensitive_diagnosis_visible(fake, ruleset, system, text, sub, concept, icd):
    n = fake.note("n1", [("Bedömning", text)], system=system,
                  mentions=[(0, sub, concept, icd, "affirmed")])
    found = run(ruleset, "NL103", n)
    assert codes(found) == ["NL103"]
    assert found[0].severity == "info"
    assert sub_of(found[0], [n]) == sub


@pytest.mark.parametrize("ruleset,template,keyword,text,sub,concept,icd,assertion", [
    ("skane", "Läkaranteckning", "Bedömning", "Ev. depression, följs upp.", "depression",
     "depression", "F32", "uncertain"),
    ("vgr", "Läkaranteckning", "Status", "Inga tecken på psykos.", "psykos", "psykos", "F29",
     "negated"),
    ("skane", "Läkaranteckning", "Bedömning", "Hypertoni, välbehandlad.", "Hypertoni",
     "hypertoni", "I10", "affirmed"),
    ("vgr", "Läkaranteckning", "Bedömning", "Förmaksflimmer, insätts Eliquis.",
     "Förmaksflimmer", "förmaksflimmer", "I48.9", "affirmed"),
    ("skane", "Tidiga hypoteser", "Bedömning", "Opiatberoende, F11.2.", "Opiatberoende",
     "opiatberoende", "F11.2", "affirmed"),
    ("vgr", "Läkaranteckning", "Tidiga hypoteser", "Opiatberoende, F11.2.", "Opiatberoende",
     "opiatberoende", "F11.2", "affirmed"),
    ("skane", "Läkaranteckning", "Hereditet", "Pappa hade alkoholmissbruk.", "alkoholmissbruk",
     "alkoholmissbruk", None, "family"),
])
def test_nl103_silent(fake, ruleset, template, keyword, text, sub, concept, icd, assertion):
    n = fake.note("n1", [(keyword, text)], template=template,
                  mentions=[(0, sub, concept, icd, assertion)])
    assert run(ruleset, "NL103", n) == []


def test_nl103_one_finding_per_concept(fake):
    text = "Depression F32.1. Depressionen har förvärrats sedan i våras."
    n = fake.note("n1", [("Bedömning", text)],
                  mentions=[(0, "Depression", "depression", "F32.1", "affirmed"),
                            (0, "Depressionen", "depression", "F32.1", "affirmed")])
    assert codes(run("vgr", "NL103", n)) == ["NL103"]


# --------------------------------------------------------------------------- NL104

@pytest.mark.parametrize("ruleset,template,keyword,text,mentions,triggers,span,says", [
    ("skane", "Tidiga hypoteser", "Bedömning",
     "Pat informerad om diagnosen bipolär sjukdom typ 2 idag.",
     [(0, "bipolär sjukdom typ 2", "bipolär sjukdom", "F31.8", "affirmed")],
     [(0, "Pat informerad om diagnosen", "communicated")], "Pat informerad om diagnosen",
     "redan är informerad"),
    ("vgr", "Läkaranteckning", "Tidiga hypoteser", "MS fastställd via LP och MR.",
     [(0, "MS", "MS", "G35", "affirmed")], [], "MS", "fastställd"),
    ("skane", "Tidiga hypoteser", "Anamnes",
     "Pat berättar om bråk med sambon, sambon har slagit henne. Sover dåligt.",
     [], [(0, "sambon har slagit henne", "violence_close")], None,
     'mallen "Våld i nära relationer"'),
    ("vgr", "Läkaranteckning", "Tidiga hypoteser", "Samtal med dottern om hemsituationen.",
     [], [], None, "ingen diagnostisk hypotes"),
    ("vgr", "Läkaranteckning", "Tidiga hypoteser", "Ingen misstanke om demens, MMT 29p.",
     [(0, "demens", "demens", "F03", "negated", "Ingen misstanke om")], [], None,
     "ingen diagnostisk hypotes"),
])
def test_nl104_tidiga_hypoteser_misuse(fake, ruleset, template, keyword, text, mentions,
                                       triggers, span, says):
    n = fake.note("n1", [(keyword, text)], template=template, mentions=mentions,
                  triggers=triggers)
    found = run(ruleset, "NL104", n)
    assert codes(found) == ["NL104"]
    assert says in found[0].message
    assert sub_of(found[0], [n]) == (span if span else text)


@pytest.mark.parametrize("ruleset,template,keyword,text,mentions,triggers", [
    ("skane", "Tidiga hypoteser", "Bedömning",
     "Misstänkt bipolär sjukdom typ 2, för tidigt att kommunicera.",
     [(0, "bipolär sjukdom typ 2", "bipolär sjukdom", "F31.8", "uncertain", "Misstänkt")], []),
    ("vgr", "Läkaranteckning", "Tidiga hypoteser",
     "Demens ännu ej fastställd, avvaktar neuropsykologisk utredning.",
     [(0, "Demens", "demens", "F03", "affirmed")], []),
    ("vgr", "Läkaranteckning", "Tidiga hypoteser",
     "Ev. Huntingtons sjukdom, pat ej informerad, genetisk utredning pågår.",
     [(0, "Huntingtons sjukdom", "Huntingtons sjukdom", "G10", "uncertain", "Ev.")],
     [(0, "pat ej informerad", "not_informed")]),
    ("skane", "Läkaranteckning", "Bedömning", "Pat informerad om diagnosen MS.",
     [(0, "MS", "MS", "G35", "affirmed")], [(0, "Pat informerad om diagnosen", "communicated")]),
    # a region without Tidiga hypoteser: NL206 reports the sökord, NL104 stays silent
    ("national", "Läkaranteckning", "Tidiga hypoteser", "Samtal med dottern.", [], []),
])
def test_nl104_silent(fake, ruleset, template, keyword, text, mentions, triggers):
    n = fake.note("n1", [(keyword, text)], template=template, mentions=mentions,
                  triggers=triggers)
    assert run(ruleset, "NL104", n) == []


# --------------------------------------------------------------------------- NL105

def _th(fake: FakeNLP, ruleset: str, nid: str, time: str, text: str, mentions, triggers=()):
    if ruleset == "skane":
        return fake.note(nid, [("Bedömning", text)], template="Tidiga hypoteser", time=time,
                         mentions=mentions, triggers=triggers)
    return fake.note(nid, [("Tidiga hypoteser", text)], time=time, mentions=mentions,
                     triggers=triggers)


MS_TH = "Misstänkt MS, för tidigt att kommunicera innan MR och LP."
MS_M = [(0, "MS", "MS", "G35", "uncertain", "Misstänkt")]


@pytest.mark.parametrize("ruleset", ["skane", "vgr"])
def test_nl105_communicated_later_but_left_in_th(fake, ruleset):
    n1 = _th(fake, ruleset, "n1", "2024-01-10T10:00:00", MS_TH, MS_M)
    n2 = fake.note("n2", [("Bedömning", "Besked om diagnosen lämnat, pat tog det lugnt.")],
                   time="2024-02-02T11:00:00",
                   triggers=[(0, "Besked om diagnosen lämnat", "communicated")])
    found = run(ruleset, "NL105", n1, n2, as_of="2024-02-10T00:00:00")
    assert codes(found) == ["NL105"]
    f = found[0]
    assert f.target.kind == "note" and f.target.id == "n1"
    assert sub_of(f, [n1]) == "MS" and "n2" in f.message and "synligt" in f.message


def test_nl105_settled_in_hidden_note_vgr(fake):
    n1 = _th(fake, "vgr", "n1", "2024-01-10T10:00:00", MS_TH, MS_M)
    n2 = _th(fake, "vgr", "n2", "2024-03-01T10:00:00", "MS fastställd, LP med oligoklonala band.",
             [(0, "MS", "MS", "G35", "affirmed")])
    found = run("vgr", "NL105", n1, n2, as_of="2024-03-05T00:00:00")
    assert codes(found) == ["NL105"]
    assert found[0].target.id == "n2" and "kommunicerad eller klarlagd" in found[0].message


def test_nl105_told_with_concept_in_hidden_skane(fake):
    n1 = _th(fake, "skane", "n1", "2024-01-10T10:00:00", MS_TH, MS_M)
    n2 = _th(fake, "skane", "n2", "2024-02-01T10:00:00", "Pat informerad om MS idag.",
             [(0, "MS", "MS", "G35", "affirmed")],
             [(0, "Pat informerad om MS", "communicated")])
    assert codes(run("skane", "NL105", n1, n2, as_of="2024-02-05T00:00:00")) == ["NL105"]


@pytest.mark.parametrize("ruleset,days", [("skane", 200), ("vgr", 400)])
def test_nl105_stale(fake, ruleset, days):
    n1 = _th(fake, ruleset, "n1", "2023-01-02T10:00:00", MS_TH, MS_M)
    import datetime as dt
    as_of = (dt.datetime(2023, 1, 2, 10) + dt.timedelta(days=days)).isoformat()
    found = run(ruleset, "NL105", n1, as_of=as_of)
    assert codes(found) == ["NL105"]
    assert f"{days} dagar" in found[0].message and "180" in found[0].message


@pytest.mark.parametrize("ruleset", ["skane", "vgr"])
def test_nl105_moved_to_visible_is_silent(fake, ruleset):
    n1 = _th(fake, ruleset, "n1", "2024-01-10T10:00:00", MS_TH, MS_M)
    n2 = fake.note("n2", [("Bedömning", "MS fastställd, pat informerad, start Ocrevus.")],
                   time="2024-03-01T10:00:00", mentions=[(0, "MS", "MS", "G35", "affirmed")],
                   triggers=[(0, "pat informerad", "communicated")])
    assert run(ruleset, "NL105", n1, n2, as_of="2025-03-01T00:00:00") == []


@pytest.mark.parametrize("ruleset", ["skane", "vgr"])
def test_nl105_rejected_is_silent(fake, ruleset):
    n1 = _th(fake, ruleset, "n1", "2024-01-10T10:00:00", "Misstänkt celiaki.",
             [(0, "celiaki", "celiaki", "K90.0", "uncertain", "Misstänkt")])
    n2 = fake.note("n2", [("Bedömning", "Celiaki uteslutes, normal duodenalbiopsi.")],
                   time="2024-02-20T10:00:00",
                   mentions=[(0, "Celiaki", "celiaki", "K90.0", "negated", "uteslutes")])
    assert run(ruleset, "NL105", n1, n2, as_of="2025-01-01T00:00:00") == []


@pytest.mark.parametrize("ruleset,as_of", [("skane", "2024-02-10T00:00:00"),
                                           ("vgr", "2024-06-30T00:00:00")])
def test_nl105_fresh_hypothesis_silent(fake, ruleset, as_of):
    n1 = _th(fake, ruleset, "n1", "2024-01-10T10:00:00", MS_TH, MS_M)
    assert run(ruleset, "NL105", n1, as_of=as_of) == []


def test_nl105_no_tidiga_hypoteser_in_region(fake):
    n1 = fake.note("n1", [("Tidiga hypoteser", MS_TH)], time="2022-01-10T10:00:00",
                   mentions=MS_M)
    assert run("national", "NL105", n1, as_of="2024-01-01T00:00:00") == []


def test_nl105_told_about_other_diagnosis_does_not_count(fake):
    n1 = _th(fake, "vgr", "n1", "2024-01-10T10:00:00", MS_TH, MS_M)
    n2 = fake.note("n2", [("Bedömning", "Pat informerad om diabetes typ 2, start metformin.")],
                   time="2024-02-01T10:00:00",
                   mentions=[(0, "diabetes typ 2", "diabetes typ 2", "E11", "affirmed")],
                   triggers=[(0, "Pat informerad", "communicated")])
    assert run("vgr", "NL105", n1, n2, as_of="2024-02-05T00:00:00") == []


# --------------------------------------------------------------------------- e2e (real NLP)



@pytest.mark.parametrize("ruleset,text,code", [
    ("skane", "Misstänkt multipel skleros, remiss MR hjärna och LP.", "NL102"),
    ("vgr", "Trolig bipolär sjukdom, diff diagnos ADHD. Remiss psykiatrin.", "NL102"),
    ("skane", "DT buk talar för pankreascancer. Pat ej informerad, besked nästa vecka.", "NL101"),
    ("vgr", "Opiatberoende F11.2, startar LARO.", "NL103"),
], ids=["skane-ms", "vgr-bipolar", "skane-not-informed", "vgr-sensitive"])
@pytest.mark.e2e_nlp
@needs_pipeline
def test_e2e_diagnoses_positive(ruleset, text, code):
    found = lint(make_record(notes=[_n("n1", [("Bedömning", text)])]), ruleset, select=[code])
    assert code in codes(found)


@pytest.mark.parametrize("ruleset,template,keyword,text", [
    ("skane", "Läkaranteckning", "Bedömning", "Ingen misstanke om MS, normal MR."),
    ("vgr", "Läkaranteckning", "Bedömning", "Inga tecken på celiaki, normal biopsi."),
    ("skane", "Tidiga hypoteser", "Bedömning", "Misstänkt MS, remiss MR hjärna och LP."),
    ("vgr", "Läkaranteckning", "Tidiga hypoteser", "Misstänkt MS, remiss MR hjärna och LP."),
    ("skane", "Läkaranteckning", "Bedömning",
     "Pankreascancer, pat informerad om diagnosen idag tillsammans med maken."),
], ids=["negated-ms", "negated-celiaki", "skane-th", "vgr-th", "already-told"])
@pytest.mark.e2e_nlp
@needs_pipeline
def test_e2e_diagnoses_negative(ruleset, template, keyword, text):
    found = lint(make_record(notes=[_n("n1", [(keyword, text)], template=template)]), ruleset,
                 select=["NL101", "NL102"])
    assert found == []


@pytest.mark.e2e_nlp
@needs_pipeline
def test_e2e_nl104_communicated_in_th_vgr():
    n = _n("n1", [("Tidiga hypoteser", "Pat informerad om diagnosen bipolär sjukdom typ 2 idag.")])
    assert codes(lint(make_record(notes=[n]), "vgr", select=["NL104"])) == ["NL104"]


@pytest.mark.e2e_nlp
@needs_pipeline
def test_e2e_nl104_real_hypothesis_silent_skane():
    n = _n("n1", [("Bedömning", "Misstänkt demens, för tidigt att kommunicera.")],
           template="Tidiga hypoteser")
    assert lint(make_record(notes=[n]), "skane", select=["NL104"]) == []


@pytest.mark.e2e_nlp
@needs_pipeline
@pytest.mark.parametrize("ruleset", ["skane", "vgr"])
def test_e2e_nl105_record(ruleset):
    th = {"template": "Tidiga hypoteser"} if ruleset == "skane" else {}
    kw = "Bedömning" if ruleset == "skane" else "Tidiga hypoteser"
    n1 = _n("n1", [(kw, "Misstänkt multipel skleros, inväntar MR och LP.")],
            time="2024-01-10T10:00:00", **th)
    told = _n("n2", [("Bedömning", "Besked om diagnosen lämnat, pat tog det lugnt.")],
              time="2024-02-02T10:00:00")
    rejected = _n("n2", [("Bedömning", "Multipel skleros uteslutes, normal MR och LP.")],
                  time="2024-02-02T10:00:00")
    rec = make_record(notes=[n1, told], as_of="2024-02-10T00:00:00")
    assert codes(lint(rec, ruleset, select=["NL105"])) == ["NL105"]
    rec = make_record(notes=[n1, rejected], as_of="2025-02-10T00:00:00")
    assert lint(rec, ruleset, select=["NL105"]) == []


def test_nl105_mixed_timezones_do_not_crash(fake):
    n1 = _th(fake, "vgr", "n1", "2023-01-02T10:00:00+01:00", MS_TH, MS_M)
    n2 = fake.note("n2", [("Bedömning", "Kontroll, mår bra.")], time="2023-12-01T10:00:00")
    found = run("vgr", "NL105", n1, n2, as_of="2024-01-01T00:00:00")
    assert codes(found) == ["NL105"]


@pytest.mark.e2e_nlp
@needs_pipeline
def test_e2e_abbreviated_ms_hypothesis_visible():
    n = _n("n1", [("Bedömning", "Misstänkt MS, remiss MR hjärna och LP.")])
    assert codes(lint(make_record(notes=[n]), "vgr", select=["NL102"])) == ["NL102"]


def test_nl102_one_finding_per_sentence_naming_each_hypothesis(fake):
    text = "Trolig bipolär sjukdom typ 2, diff diagnos ADHD. Misstänkt hypotyreos, tar TSH."
    n = fake.note("n1", [("Bedömning", text)], mentions=[
        (0, "bipolär sjukdom typ 2", "bipolär sjukdom", "F31.8", "uncertain", "Trolig"),
        (0, "ADHD", "adhd", "F90", "uncertain", "diff diagnos"),
        (0, "hypotyreos", "hypotyreos", "E03", "uncertain", "Misstänkt")])
    found = run("skane", "NL102", n)
    assert codes(found) == ["NL102", "NL102"]
    assert sub_of(found[0], [n]) == "bipolär sjukdom typ 2, diff diagnos ADHD"
    assert '"bipolär sjukdom", "adhd"' in found[0].message
    assert sub_of(found[1], [n]) == "hypotyreos"


def test_nl101_concept_repeated_reported_once(fake):
    text = ("Pankreascancer stadium IV. Pankreascancern inoperabel enl MDK. "
            "Pat ej informerad, besked på tisdag.")
    n = fake.note("n1", [("Bedömning", text)], system="PMO",
                  mentions=[(0, "Pankreascancer", "pankreascancer", "C25", "affirmed"),
                            (0, "Pankreascancern", "pankreascancer", "C25", "affirmed")],
                  triggers=[(0, "Pat ej informerad", "not_informed")])
    found = run("vgr", "NL101", n)
    assert codes(found) == ["NL101"] and sub_of(found[0], [n]) == "Pankreascancer"


@pytest.mark.parametrize("text,mention,settled", [
    ("MS fastställd via LP och MR.", "MS", True),
    ("Demens konstaterad, ej informerad om diagnosen.", "Demens", True),
    ("MS ännu ej fastställd, ny MR om 3 mån.", "MS", False),
    ("Ej bekräftad MS.", "MS", False),
    ("Ingen bekräftad diagnos ännu.", "diagnos", False),
    ("Bipolär sjukdom inte klarlagd.", "Bipolär sjukdom", False),
    ("MS fastställd. Ej informerad.", "MS", True),
    ("Ej fastställt. MS trolig.", "MS", False),   # another sentence
])
def test_settled_is_an_annotation_with_contexts_negation(text, mention, settled):
    from notelint.nlp import dxcues

    i = text.index(mention)
    assert dxcues.settled(text, i, i + len(mention)) is settled


@needs_pipeline
def test_one_finding_per_sentence_as_the_pipeline_reads_sentences():
    """Mentions are grouped by the sentence the NLP annotation gives them: "ev." inside a
    sentence does not end it, so two diagnoses of one sentence make one finding."""
    text = "Misstänkt bipolär sjukdom, ev. hypomana episoder i våras. Remiss psykolog."
    found = lint(make_record(notes=[_n("n1", [("Bedömning", text)])]), "skane", select=["NL102"])
    assert len(found) == 1
    assert "bipolär sjukdom" in found[0].message and "hypomani" in found[0].message


@pytest.mark.e2e_nlp
@needs_pipeline
def test_e2e_nl101_a_suspicion_untold_where_it_stands_hidden_is_not_the_visible_diagnosis():
    # (VGR: the suspicion of a paraneoplastic cause, which no mention names, kept under the
    # Tidiga hypoteser sökord with its not-told; the dermatomyositis written visibly is known)
    hidden = ("Tidiga hypoteser", "Misstänkt paraneoplastisk genes med tanke på anti-TIF1γ. "
                                  "Pat ej informerad om misstanken, utredning med PET-DT först.")
    shown = ("Bedömning", "Dermatomyosit med hudengagemang och proximal svaghet.")
    assert lint(make_record(notes=[_n("n1", [hidden, shown])]), "vgr", select=["NL101"]) == []
    # …while a not-told of the diagnosis itself there still speaks of it
    told = ("Tidiga hypoteser", "Pat ej informerad om diagnosen ännu.")
    assert codes(lint(make_record(notes=[_n("n1", [told, shown])]), "vgr", select=["NL101"])) == ["NL101"]
