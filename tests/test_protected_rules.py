"""NL201–NL206: protected templates / sökord (undantag från direktåtkomst).

Unit tests feed hand-built NLP annotations (the contract in notelint/nlp/types.py) by
patching ``Context.annotations``, so they exercise the rule logic whatever the pipeline
does. Tests marked ``e2e_nlp`` run the same kind of notes through the real pipeline.
"""

from __future__ import annotations

from typing import Any

import pytest

from notelint.context import Context
from notelint.nlp.types import NoteAnnotations, Trigger

from fake_nlp import FakeNLP, install, needs_pipeline
from fake_nlp import plain_note as _n
from conftest import codes, lint, make_record


# --------------------------------------------------------------------------- fake NLP

@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeNLP:
    return install(monkeypatch, "VC Centrum")


def run(fake: FakeNLP, ruleset: str, code: str, *notes: dict[str, Any]):
    return lint(make_record(notes=list(notes)), ruleset, select=[code])


# --------------------------------------------------------------------------- NL201

VIOLENCE = "Pat berättar att sambon slagit henne i ansiktet vid flera tillfällen senaste mån."
VIOL_SUB = "sambon slagit henne"


@pytest.mark.parametrize("ruleset,system,template,keyword,text,sub,time,instead", [
    ("skane", "Melior", "Läkaranteckning", "Bedömning", VIOLENCE, VIOL_SUB,
     "2024-03-12T14:05:00", 'mallen "Våld i nära relationer"'),
    ("skane", "PMO", "Sjuksköterskeanteckning", "Anamnes",
     "Uppger att exmaken hotat o knuffat henne nerför trappan i helgen, ont i hö axel.",
     "exmaken hotat o knuffat henne", "2024-05-02T09:10:00", 'mallen "Våld i nära relationer"'),
    ("vgr", "Melior", "Läkaranteckning", "Status",
     "Blåmärken bilat överarmar. Pat uppger att pojkvännen tog stryptag igår kväll.",
     "pojkvännen tog stryptag", "2024-01-20T22:40:00",
     'sökordet "Våldsutsatthet i nära relationer"'),
    ("vgr", "AsynjaVisph", "Mottagningsanteckning", "Aktuellt",
     "Söker pga huvudvärk. Misshandlad av sin man sedan flera år, vågar ej polisanmäla.",
     "Misshandlad av sin man", "2023-11-03T10:00:00",
     'sökordet "Våldsutsatthet i nära relationer"'),
    # the VGR sökord used before it was introduced (2016-06-01) hid nothing
    ("vgr", "Melior", "Läkaranteckning", "Våldsutsatthet i nära relationer", VIOLENCE, VIOL_SUB,
     "2016-03-01T11:00:00", "infördes först 2016-06-01"),
    # the VGR sökord in Skåne is not filtered at all
    ("skane", "Melior", "Läkaranteckning", "Våldsutsatthet i nära relationer", VIOLENCE,
     VIOL_SUB, "2024-03-12T14:05:00", 'mallen "Våld i nära relationer"'),
])
def test_nl201_violence_in_visible_section(fake, ruleset, system, template, keyword, text, sub,
                                           time, instead):
    n = fake.note("n1", [("Kontaktorsak", "Besök."), (keyword, text)], system=system,
                  template=template, time=time, triggers=[(1, sub, "violence_close")])
    found = run(fake, ruleset, "NL201", n)
    assert codes(found) == ["NL201"]
    f = found[0]
    assert f.severity == "error" and f.target.kind == "note" and f.target.id == "n1"
    assert f.span is not None and f.span.section == keyword
    assert text[f.span.start:f.span.end] == sub
    assert instead in f.message


@pytest.mark.parametrize("ruleset,template,keyword,negated", [
    ("skane", "Våld i nära relationer", "Bedömning", False),     # right template
    ("skane", "Våld i nära relation", "Anamnes", False),         # template alias
    ("vgr", "Läkaranteckning", "Våldsutsatthet i nära relationer", False),   # right sökord
    ("vgr", "Läkaranteckning", "Våldsutsatthet i nära relation", False),     # sökord alias
    ("skane", "Läkaranteckning", "Bedömning", True),             # negated screening
    ("vgr", "Läkaranteckning", "Anamnes", True),
])
def test_nl201_silent(fake, ruleset, template, keyword, negated):
    text = ("Frågat om våld i nära relation, förnekar." if negated else VIOLENCE)
    sub = "våld i nära relation" if negated else VIOL_SUB
    n = fake.note("n1", [(keyword, text)], template=template,
                  triggers=[(0, sub, "violence_close", negated)])
    assert run(fake, ruleset, "NL201", n) == []


def test_nl201_same_text_other_region_ruleset(fake):
    """Skåne's template hides the text in Skåne, but not under VGR's ruleset."""
    n = fake.note("n1", [("Bedömning", VIOLENCE)], template="Våld i nära relationer",
                  triggers=[(0, VIOL_SUB, "violence_close")])
    assert run(fake, "skane", "NL201", n) == []
    assert codes(run(fake, "vgr", "NL201", n)) == ["NL201"]


# --------------------------------------------------------------------------- NL202

CHILD = "Orosanmälan till soc gjord idag pga blåmärken på 3-åringens rygg, pappan misstänkt."
CHILD_SUB = "Orosanmälan till soc gjord"


@pytest.mark.parametrize("ruleset,system,keyword,text,sub,time,instead", [
    ("skane", "Melior", "Bedömning", CHILD, CHILD_SUB, "2024-02-01T13:00:00",
     'mallen "Oro för att barn far illa"'),
    ("skane", "PMO", "Anamnes",
     "BVC-ssk: misstänkt sexuellt övergrepp mot dottern 6 år, mamman berättar.",
     "misstänkt sexuellt övergrepp mot dottern", "2024-02-01T13:00:00",
     'mallen "Oro för att barn far illa"'),
    ("vgr", "Melior", "Bedömning",
     "Barnet berättar spontant att mamma slår henne med skärp. Orosanmälan görs.",
     "mamma slår henne", "2024-06-11T08:30:00", 'sökordet "Orosanmälan gällande barn"'),
    ("vgr", "Melior", "Orosanmälan gällande barn", CHILD, CHILD_SUB, "2019-05-10T10:00:00",
     "infördes först 2019-09-01"),
    ("vgr", "AsynjaVisph", "Aktuellt", CHILD, CHILD_SUB, "2023-02-01T10:00:00",
     'sökordet "Orosanmälan gällande barn"'),
])
def test_nl202_child_concern_visible(fake, ruleset, system, keyword, text, sub, time, instead):
    n = fake.note("n1", [(keyword, text)], system=system, time=time,
                  triggers=[(0, sub, "child_concern")])
    found = run(fake, ruleset, "NL202", n)
    assert codes(found) == ["NL202"]
    assert found[0].span.section == keyword
    assert text[found[0].span.start:found[0].span.end] == sub
    assert instead in found[0].message


@pytest.mark.parametrize("ruleset,template,keyword,negated,time", [
    ("skane", "Oro för att barn far illa", "Bedömning", False, "2024-02-01T13:00:00"),
    ("skane", "Oro för att barn far illa", "Åtgärd", False, "2021-02-01T13:00:00"),
    ("vgr", "Läkaranteckning", "Orosanmälan gällande barn", False, "2024-02-01T13:00:00"),
    ("vgr", "Läkaranteckning", "Bedömning", True, "2024-02-01T13:00:00"),
    ("skane", "Läkaranteckning", "Bedömning", True, "2024-02-01T13:00:00"),
])
def test_nl202_silent(fake, ruleset, template, keyword, negated, time):
    text = "Ingen oro för att barnen far illa, trygg hemmiljö." if negated else CHILD
    sub = "oro för att barnen far illa" if negated else CHILD_SUB
    n = fake.note("n1", [(keyword, text)], template=template, time=time,
                  triggers=[(0, sub, "child_concern", negated)])
    assert run(fake, ruleset, "NL202", n) == []


def test_nl202_social_history_two_children_no_trigger(fake):
    n = fake.note("n1", [("Socialt", "Gift, 2 barn 4 och 7 år. Arbetar som undersköterska.")])
    assert run(fake, "skane", "NL202", n) == []
    assert run(fake, "vgr", "NL202", n) == []


# --------------------------------------------------------------------------- NL203

HUBS = "Hälsoundersökning på begäran av socialnämnden inför placering i familjehem."
HUBS_SUB = "Hälsoundersökning på begäran av socialnämnden"


@pytest.mark.parametrize("ruleset,system,template,instead", [
    ("skane", "Melior", "Läkaranteckning", 'mallen "Hälsoundersökning på begäran av socialnämnd"'),
    ("skane", "PMO", "Besöksanteckning", 'mallen "Hälsoundersökning på begäran av socialnämnd"'),
    ("skane", "Melior", "Barnhälsovård", 'mallen "Hälsoundersökning på begäran av socialnämnd"'),
    ("vgr", "Melior", "Läkaranteckning", "har ingen mall eller sökord för hälsoundersökning"),
    ("vgr", "AsynjaVisph", "Läkaranteckning", "Region Skåne: mallen"),
])
def test_nl203_hubs_outside_template(fake, ruleset, system, template, instead):
    n = fake.note("n1", [("Kontaktorsak", HUBS), ("Status", "Längd 112 cm, vikt 19 kg. ua.")],
                  system=system, template=template, triggers=[(0, HUBS_SUB, "hubs")])
    found = run(fake, ruleset, "NL203", n)
    assert codes(found) == ["NL203"]
    assert found[0].span.section == "Kontaktorsak" and found[0].span.start == 0
    assert instead in found[0].message


@pytest.mark.parametrize("ruleset,template,negated", [
    ("skane", "Hälsoundersökning på begäran av socialnämnd", False),
    ("skane", "Hälsoundersökning på begäran om socialnämnd", False),   # alias (001 spelling)
    ("skane", "HUBS", False),
    ("skane", "Läkaranteckning", True),
    ("vgr", "Läkaranteckning", True),
])
def test_nl203_silent(fake, ruleset, template, negated):
    n = fake.note("n1", [("Kontaktorsak", HUBS)], template=template,
                  triggers=[(0, HUBS_SUB, "hubs", negated)])
    assert run(fake, ruleset, "NL203", n) == []


# --------------------------------------------------------------------------- NL204

THIRD = ("Dottern berättar i förtroende att pat hotat grannen med kniv, vill ej att pat får "
         "veta att uppgiften kommer från henne.")
THIRD_SUB = "pat hotat grannen med kniv"


@pytest.mark.parametrize("ruleset,system,keyword,time,instead", [
    ("skane", "Melior", "Anamnes", "2024-04-04T15:00:00", 'mallen "Tidiga hypoteser"'),
    ("skane", "PMO", "Bedömning", "2024-04-04T15:00:00", 'mallen "Tidiga hypoteser"'),
    ("vgr", "Melior", "Anamnes", "2024-04-04T15:00:00", 'sökordet "Tredje person"'),
    ("vgr", "Melior", "Tredje person", "2017-05-01T15:00:00", "infördes först 2017-07-10"),
    ("vgr", "AsynjaVisph", "Aktuellt", "2022-04-04T15:00:00", 'sökordet "Tredje person"'),
])
def test_nl204_third_party_visible(fake, ruleset, system, keyword, time, instead):
    n = fake.note("n1", [(keyword, THIRD)], system=system, time=time,
                  triggers=[(0, THIRD_SUB, "third_party_threat")])
    found = run(fake, ruleset, "NL204", n)
    assert codes(found) == ["NL204"]
    assert found[0].severity == "warning"
    assert THIRD[found[0].span.start:found[0].span.end] == THIRD_SUB
    assert instead in found[0].message


@pytest.mark.parametrize("ruleset,template,keyword,negated", [
    ("vgr", "Läkaranteckning", "Tredje person", False),
    ("vgr", "Läkaranteckning", "Tidiga hypoteser", False),
    ("skane", "Tidiga hypoteser", "Anamnes", False),
    ("skane", "Läkaranteckning", "Anamnes", True),
    ("vgr", "Läkaranteckning", "Anamnes", True),
])
def test_nl204_silent(fake, ruleset, template, keyword, negated):
    n = fake.note("n1", [(keyword, THIRD)], template=template,
                  triggers=[(0, THIRD_SUB, "third_party_threat", negated)])
    assert run(fake, ruleset, "NL204", n) == []


# --------------------------------------------------------------------------- NL205

BLIND = "Randomiserad till aktiv arm (studie ABC-301), pat blindad för behandlingsarm."
BLIND_SUB = "Randomiserad till aktiv arm"


@pytest.mark.parametrize("ruleset,system,keyword,time,instead", [
    ("vgr", "Melior", "Ordination", "2024-09-09T09:00:00", 'sökordet "Enkelblind prövning"'),
    ("vgr", "AsynjaVisph", "Planering", "2024-09-09T09:00:00", 'sökordet "Enkelblind prövning"'),
    ("vgr", "Melior", "Enkelblind prövning", "2017-01-15T09:00:00", "infördes först 2017-03-23"),
    ("skane", "Melior", "Ordination", "2024-09-09T09:00:00", "har ingen mall eller sökord"),
    ("skane", "PMO", "Planering", "2024-09-09T09:00:00", 'sökordet "Enkelblind prövning"'),
])
def test_nl205_single_blind_visible(fake, ruleset, system, keyword, time, instead):
    n = fake.note("n1", [(keyword, BLIND)], system=system, time=time,
                  triggers=[(0, BLIND_SUB, "single_blind")])
    found = run(fake, ruleset, "NL205", n)
    assert codes(found) == ["NL205"]
    assert found[0].span.start == 0 and found[0].span.end == len(BLIND_SUB)
    assert instead in found[0].message


@pytest.mark.parametrize("ruleset,template,keyword,negated", [
    ("vgr", "Läkaranteckning", "Enkelblind prövning", False),
    ("vgr", "Läkaranteckning", "Ordination", True),
    ("skane", "Läkaranteckning", "Ordination", True),
    ("skane", "Tidiga hypoteser", "Ordination", False),
])
def test_nl205_silent(fake, ruleset, template, keyword, negated):
    n = fake.note("n1", [(keyword, BLIND)], template=template,
                  triggers=[(0, BLIND_SUB, "single_blind", negated)])
    assert run(fake, ruleset, "NL205", n) == []


def test_nl205_open_label_study_no_trigger(fake):
    n = fake.note("n1", [("Ordination", "Ingår i öppen studie ABC-302, får Ozempic 0,25 mg.")])
    assert run(fake, "vgr", "NL205", n) == []


# --------------------------------------------------------------------------- NL206

@pytest.mark.parametrize("ruleset,template,keyword,time,expect_section,instead", [
    # VGR's sökord in Skåne: Skåne routes third-party information to Tidiga hypoteser
    ("skane", "Läkaranteckning", "Tredje person", "2024-03-12T14:05:00", "Tredje person",
     'mallen "Tidiga hypoteser"'),
    ("skane", "Läkaranteckning", "Våldsutsatthet i nära relationer", "2024-03-12T14:05:00",
     "Våldsutsatthet i nära relationer", 'mallen "Våld i nära relationer"'),
    ("skane", "Läkaranteckning", "Enkelblind prövning", "2024-03-12T14:05:00",
     "Enkelblind prövning", "har ingen mall eller sökord för enkelblind"),
    # Skåne's templates in VGR
    ("vgr", "Våld i nära relationer", "Bedömning", "2024-03-12T14:05:00", None,
     'sökordet "Våldsutsatthet i nära relationer"'),
    ("vgr", "Oro för att barn far illa", "Bedömning", "2024-03-12T14:05:00", None,
     'sökordet "Orosanmälan gällande barn"'),
    # VGR's own sökord used before its introduction date
    ("vgr", "Läkaranteckning", "Tredje person", "2017-01-10T10:00:00", "Tredje person",
     "infördes först 2017-07-10"),
    # a region without any protection
    ("national", "Läkaranteckning", "Tidiga hypoteser", "2024-03-12T14:05:00", "Tidiga hypoteser",
     "har ingen mall eller sökord för tidiga hypoteser"),
    # Skåne's template written as a sökord in an ordinary note: Skåne hides by the template
    # ("anges i mallen Tidiga hypoteser"), the sökord so named hides nothing
    ("skane", "Läkaranteckning", "Tidiga hypoteser", "2024-03-12T14:05:00", "Tidiga hypoteser",
     "regionen döljer den som mall, inte som sökord"),
])
def test_nl206_protection_not_filtered(fake, ruleset, template, keyword, time, expect_section,
                                        instead):
    n = fake.note("n1", [(keyword, "Grannen uppger att pat hotat honom i trapphuset.")],
                  template=template, time=time)
    found = run(fake, ruleset, "NL206", n)
    assert codes(found) == ["NL206"]
    f = found[0]
    assert "VISAS" in f.message and instead in f.message
    if expect_section:
        assert f.span is not None and f.span.section == expect_section
    else:
        assert f.span is None and template in f.message


@pytest.mark.parametrize("ruleset,template,keyword,system", [
    ("skane", "Våld i nära relationer", "Bedömning", "Melior"),
    ("vgr", "Läkaranteckning", "Tredje person", "Melior"),
    ("vgr", "Läkaranteckning", "Enkelblind prövning", "AsynjaVisph"),
    ("skane", "Läkaranteckning", "Bedömning", "PMO"),             # ordinary sökord
    ("vgr", "Läkaranteckning", "Bedömning", "Melior"),
    # the template hides the whole note: its sökord show nothing, known elsewhere or not
    ("skane", "Tidiga hypoteser", "Tredje person", "Melior"),
    ("national", "Ej godkänd för patient (approvedForPatient=false)", "Tidiga hypoteser", "Melior"),
])
def test_nl206_silent(fake, ruleset, template, keyword, system):
    n = fake.note("n1", [(keyword, "Grannen uppger att pat hotat honom i trapphuset.")],
                  template=template, system=system)
    assert run(fake, ruleset, "NL206", n) == []


def test_nl2_target_and_fingerprint_stable(fake):
    n = fake.note("n1", [("Bedömning", VIOLENCE)], triggers=[(0, VIOL_SUB, "violence_close")])
    a = run(fake, "skane", "NL201", n)
    b = run(fake, "skane", "NL201", n)
    assert a[0].fingerprint == b[0].fingerprint and a[0].fingerprint


# --------------------------------------------------------------------------- e2e (real NLP)



@pytest.mark.parametrize("ruleset,keyword,text,code", [
    ("skane", "Bedömning",
     "Pat berättar att sambon slagit henne i ansiktet flera ggr senaste mån. Rädd att gå hem.",
     "NL201"),
    ("vgr", "Anamnes", "Uppger att exmaken misshandlat henne i helgen, blåmärken bilat.", "NL201"),
    ("skane", "Bedömning",
     "Orosanmälan till socialtjänsten gjord idag pga misstänkt misshandel av 4-åringen.",
     "NL202"),
    ("vgr", "Ordination", "Randomiserad till aktiv behandling i enkelblind studie.", "NL205"),
], ids=["skane-partner", "vgr-ex", "skane-orosanmalan", "vgr-blind"])
@pytest.mark.e2e_nlp
@needs_pipeline
def test_e2e_protected_positive(ruleset, keyword, text, code):
    found = lint(make_record(notes=[_n("n1", [(keyword, text)])]), ruleset, select=[code])
    assert code in codes(found)


@pytest.mark.parametrize("ruleset,template,keyword,text", [
    ("skane", "Läkaranteckning", "Anamnes", "Frågat om våld i nära relation, förnekar."),
    ("vgr", "Läkaranteckning", "Anamnes",
     "Blev rånad och slagen av okänd man på stan i lördags, polisanmält."),
    ("skane", "Läkaranteckning", "Socialt", "Gift, 2 barn 4 och 7 år. Arbetar som lärare."),
    ("skane", "Våld i nära relationer", "Bedömning",
     "Pat berättar att sambon slagit henne i ansiktet flera ggr senaste mån."),
    ("vgr", "Läkaranteckning", "Våldsutsatthet i nära relationer",
     "Pat berättar att sambon slagit henne i ansiktet flera ggr senaste mån."),
], ids=["negated-screening", "stranger", "two-children", "skane-template", "vgr-sokord"])
@pytest.mark.e2e_nlp
@needs_pipeline
def test_e2e_protected_negative(ruleset, template, keyword, text):
    found = lint(make_record(notes=[_n("n1", [(keyword, text)], template=template)]), ruleset,
                 select=["NL201", "NL202", "NL203", "NL205"])
    assert found == []



def test_triggers_in_one_sentence_give_one_finding(fake):
    text = "Randomiserad till aktiv behandling i enkelblind studie. Nästa besök v 14."
    n = fake.note("n1", [("Ordination", text)], system="Melior",
                  triggers=[(0, "Randomiserad till aktiv behandling", "single_blind"),
                            (0, "enkelblind", "single_blind")])
    found = run(fake, "vgr", "NL205", n)
    assert codes(found) == ["NL205"]
    assert text[found[0].span.start:found[0].span.end] == \
        "Randomiserad till aktiv behandling i enkelblind"


def test_triggers_in_two_sentences_give_two_findings(fake):
    text = "Sambon slog henne i fredags. Idag har exmaken hotat och knuffat henne."
    n = fake.note("n1", [("Anamnes", text)],
                  triggers=[(0, "Sambon slog henne", "violence_close"),
                            (0, "exmaken hotat och knuffat henne", "violence_close")])
    found = run(fake, "skane", "NL201", n)
    assert [text[f.span.start:f.span.end] for f in found] == [
        "Sambon slog henne", "exmaken hotat och knuffat henne"]


@pytest.mark.parametrize("ruleset,template,keyword,text,code", [
    ("skane", "Läkaranteckning", "Kontaktorsak",
     "Hälsoundersökning på begäran av socialnämnden inför placering i familjehem.", "NL203"),
    ("vgr", "Läkaranteckning", "Anamnes",
     "Grannen ringer och uppger att pat hotat att skada honom. Grannen vill vara anonym.",
     "NL204"),
    ("skane", "Läkaranteckning", "Anamnes",
     "Hustrun berättar att pat hotat henne till livet, hon är rädd.", "NL204"),
    # VGR's sökord in Skåne hides nothing
    ("skane", "Läkaranteckning", "Tredje person",
     "Hustrun berättar att pat hotat henne till livet, hon är rädd.", "NL206"),
    # Skåne's template under the VGR ruleset hides nothing
    ("vgr", "Våld i nära relationer", "Bedömning",
     "Pat berättar att sambon slagit henne i ansiktet flera ggr senaste mån.", "NL201"),
], ids=["skane-hubs", "vgr-third", "skane-third", "skane-vgr-sokord", "vgr-skane-template"])
@pytest.mark.e2e_nlp
@needs_pipeline
def test_e2e_protected_more_positive(ruleset, template, keyword, text, code):
    found = lint(make_record(notes=[_n("n1", [(keyword, text)], template=template)]), ruleset,
                 select=[code])
    assert code in codes(found)


@pytest.mark.parametrize("ruleset,template,keyword,text", [
    ("skane", "Hälsoundersökning på begäran av socialnämnd", "Kontaktorsak",
     "Hälsoundersökning på begäran av socialnämnden inför placering i familjehem."),
    ("vgr", "Läkaranteckning", "Tredje person",
     "Grannen ringer och uppger att pat hotat att skada honom. Grannen vill vara anonym."),
    ("vgr", "Läkaranteckning", "Enkelblind prövning",
     "Randomiserad till aktiv behandling i enkelblind studie."),
    ("skane", "Läkaranteckning", "Bedömning", "Ingen oro för att barnen far illa."),
], ids=["skane-hubs-template", "vgr-third-sokord", "vgr-blind-sokord", "no-child-concern"])
@pytest.mark.e2e_nlp
@needs_pipeline
def test_e2e_protected_more_negative(ruleset, template, keyword, text):
    found = lint(make_record(notes=[_n("n1", [(keyword, text)], template=template)]), ruleset,
                 select=["NL2"])
    assert found == []


@pytest.mark.e2e_nlp
@needs_pipeline
@pytest.mark.parametrize("region", ["skane", "vgr"])
def test_e2e_example_shows_each_rule(region):
    """examples/<region>/melior_anteckningar.json: every NL1/NL2 rule, look-alikes silent."""
    import json as _json
    from pathlib import Path

    from click.testing import CliRunner

    from notelint.cli import main

    path = Path(__file__).resolve().parent.parent / "examples" / region / "melior_anteckningar.json"
    res = CliRunner().invoke(main, ["lint", str(path), "--ruleset", region, "--select",
                                    "NL1,NL2", "--format", "json"])
    findings = _json.loads(res.stdout)["findings"]
    assert {f["code"] for f in findings} == {
        "NL101", "NL102", "NL103", "NL104", "NL105",
        "NL201", "NL202", "NL203", "NL204", "NL205", "NL206"}
    by_note = {f["target"]["id"] for f in findings}
    silent = {"skane": {"sk-n7", "sk-n8", "sk-b3", "sk-c3"},
              "vgr": {"vg-n7", "vg-n8", "vg-b2", "vg-c3"}}[region]
    assert not (by_note & silent)


@pytest.mark.e2e_nlp
@needs_pipeline
def test_e2e_negated_orosanmalan_silent():
    n = _n("n1", [("Bedömning", "Ej aktuellt med orosanmälan, barnen mår bra enl skolan.")])
    assert lint(make_record(notes=[n]), "skane", select=["NL202"]) == []


TEXT_NOTE = """Patient: 19121212-1212
Journalsystem: Melior
Vårdenhet: Vårdcentralen Centrum Lund
Mall: Läkaranteckning
Datum: 2024-05-06 08:30
Signerad: 2024-05-06 09:00

Anamnes:
Söker pga ont i hö axel.
Pat berättar att sambon slagit henne flera ggr senaste mån.
"""


def test_text_note_finding_points_at_line_and_column(monkeypatch, write):
    """For a text journal copy the finding points at path:line:col of the span."""
    from click.testing import CliRunner

    from notelint.cli import main

    def annotate(self, note):
        sec = note.sections[0]
        i = sec.text.index("sambon slagit henne")
        return NoteAnnotations([], [Trigger(0, i, i + 19, "sambon slagit henne",
                                            "violence_close")])

    monkeypatch.setattr(Context, "annotations", annotate)
    p = write("kopia.txt", TEXT_NOTE)
    res = CliRunner().invoke(main, ["lint", str(p), "--ruleset", "skane", "--select", "NL201"])
    assert f"{p}:10:18: NL201" in res.output
    assert "19121212-1212" not in res.output
