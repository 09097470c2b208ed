"""Documentation cues of NL4/NL5 as NLP annotations (models/doc_cues.tsv), negation by the
one ConText engine, and NL505 on information as patients write it on the platform.

Sentences written for these tests from seed 000 and each kind's definition.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from notelint.nlp import doccues

from test_treatment_rules import note, run, treatment


def kinds_in(text: str, *, affirmed_only: bool = True) -> set[str]:
    return {c.kind for c in doccues.document_cues(text) if not (affirmed_only and c.negated)}


@pytest.mark.parametrize("kind,text", [
    ("care_near_accident", "Höll på att somna bakom ratten på väg hem från jobbet i tisdags."),
    ("care_near_accident", "Jag somnade nästan när jag körde bil, fick väja i sista stund."),
    ("care_side_effects", "Sedan jag började med tabletterna skakar händerna och jag svettas på nätterna."),
    ("care_side_effects", "Blir yr varje morgon och mår illa efter frukost."),
    ("care_side_effects", "Är så rastlös att jag knappt kan sitta still på jobbet."),
    ("care_suicidal", "Ibland tänker jag att det vore lättare om jag inte fanns."),
    ("care_suicidal", "Jag orkar inte mer, allt känns meningslöst."),
    ("care_suicidal", "Skar mig själv i armen igår."),
    ("care_worsening", "Det har blivit allt värre sista veckorna."),
    ("care_pregnancy", "Jag har precis fått veta att jag är gravid i vecka 7."),
    ("care_new_symptoms", "Har nu också fått ont i bröstet när jag går i trappor."),
])
def test_care_relevant_information_as_patients_write_it(kind, text):
    assert kind in kinds_in(text)


@pytest.mark.parametrize("kind,text", [
    ("care_suicidal", "Har aldrig haft tankar på att ta mitt liv."),
    ("care_side_effects", "Inga biverkningar alls av medicinen hittills."),
    ("care_worsening", "Jag mår inte sämre, snarare lite bättre."),
    ("care_near_accident", "Kör aldrig bil när jag är trött."),
    ("care_pregnancy", "Inte gravid, menstruationen kom i måndags."),
])
def test_denied_information_is_not_care_relevant(kind, text):
    assert kind not in kinds_in(text)


def test_a_denial_ends_at_the_next_clause():
    assert "care_suicidal" in kinds_in("Sover inte på nätterna och vill inte vakna på morgonen.")


def test_sokord_name_elements():
    assert doccues.keyword_kinds("Bedömning/åtgärd") == {"assessment", "action"}
    assert doccues.has_element("contact_reason", [("Sökorsak", "Hosta sedan 2 v.")])
    assert not doccues.has_element("contact_reason", [("Sökorsak", "   ")])
    assert doccues.has_element("action", [("Anteckning", "Recept förnyas, åter vb.")])


def test_cues_are_computed_once_per_text():
    text = "Kontaktorsak: undrar över provsvar. Bedömning: ua. Åtgärd: åter vb."
    assert doccues.document_cues(text) is doccues.document_cues(text)


def test_cue_rows_are_well_formed():
    rows = Path(doccues.__file__).resolve().parents[2].joinpath("models", "doc_cues.tsv")
    for line in rows.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, how, cue, *_ = line.split("\t")
            assert how in {"keyword", "text", "affirmed"} and kind and cue, line


def _msg(text: str, time: str = "2024-02-10T21:00:00") -> dict:
    return {"sender": "patient", "time": time, "text": text}


def test_nl505_near_accident_from_sleepiness():
    t = treatment(status="ongoing", messages=[
        _msg("Tröttheten är värre, jag har nästan somnat vid ratten på motorvägen.")])
    assert "NL505" in run([t], [note()], "NL505")


def test_nl505_near_accident_documented_is_clean():
    t = treatment(status="ongoing", messages=[_msg("Höll på att somna vid ratten i morse.")])
    follow = note("n2", [{"keyword": "Bedömning", "text": "Ringt pat ang dagtrötthet vid "
                          "bilkörning; avråds från att köra tills dosen justerats."}],
                  time="2024-02-11T09:00:00")
    assert run([t], [note(), follow], "NL505") == []


def test_nl505_side_effects_in_lay_words():
    t = treatment(status="ongoing", messages=[
        _msg("Efter dosökningen skakar jag i händerna och svettas mycket hela dagarna.")])
    found = run([t], [note()], "NL505")
    assert found == ["NL505"]


# --- general causes found on the independent NL4/NL5 development set (issue 18); the
# sentences here are the team's own, written for each cause.

@pytest.mark.parametrize("kind,text", [
    ("care_side_effects", "Sedan förra veckan mår jag illa varje förmiddag."),   # V2 order
    ("care_side_effects", "Tabletterna gör mig så dåsig att jag sover bort halva dagen."),
    ("care_side_effects", "Jag har slutat ta medicinen för tre dagar sedan."),
    ("care_suicidal", "Ibland tänker jag att jag vill somna in och aldrig vakna."),
    ("care_suicidal", "Det hade varit lättare att bara få försvinna."),
    ("care_new_symptoms", "Har haft blod i urinen två gånger nu."),
    ("care_new_symptoms", "Har gått ner 6 kilo sedan jul utan att banta."),
    ("care_near_accident", "Var så trött att jag körde nästan i diket på väg till jobbet."),
    ("care_substance", "Jag dricker mycket mer nu än innan, nästan varje kväll."),
    ("care_substance", "Har börjat dricka igen för att kunna sova."),
    ("feedback", "Er väntetid är helt oacceptabel, ni måste bli bättre på att svara."),
    ("feedback", "Man kommer aldrig fram på telefon, ni borde ha en tidbokningsfunktion."),
    ("feedback", "klagomal_bemotande_mars.pdf".replace("_", " ")),
])
def test_care_information_and_feedback_as_written(kind, text):
    assert kind in kinds_in(text)


@pytest.mark.parametrize("kind,text", [
    ("feedback", "Sonen har klagat på ont i magen sedan i går."),   # a symptom
    ("feedback", "Ny bild på eksemet, tycker det är en förbättring."),
    ("care_substance", "Jag dricker inte mer än förut, ett glas på helgen."),
    ("documented_new_symptoms", "Symtomdagbok förs varje kväll."),  # a tool, not a symptom
])
def test_look_alikes_are_not_those_kinds(kind, text):
    assert kind not in kinds_in(text, affirmed_only=False)


def test_a_sokord_that_only_names_the_channel_is_no_contact_reason():
    assert not doccues.has_element("contact_reason", [("Kontaktorsak", "Ärende via 1177.")])
    assert doccues.has_element("contact_reason", [("Kontaktorsak", "Kontakt via 1177 ang yrsel.")])


@pytest.mark.parametrize("keyword,kind", [("Frågeställning", "contact_reason"),
                                          ("Bed.", "assessment"), ("Åtg", "action"),
                                          ("Orsak", "background"), ("Genomfört", "treatment_action")])
def test_headings_as_clinicians_write_them(keyword, kind):
    assert kind in doccues.keyword_kinds(keyword)


def test_inline_headings_in_one_paragraph_notes():
    text = "Ringer via 1177: hosta 3 v. Bed: trol postviral. Åtg: råd, åter vb."
    assert {"contact_reason", "assessment", "action"} <= kinds_in(text)


def test_a_rating_in_the_closing_note_is_no_background():
    closing = [("Avslut", "Klar med alla moduler, PHQ-9 vid avslut 4.")]
    assert not doccues.has_element("background", closing, not_under=("closing",))
    assert doccues.has_element("background", [("Anteckning", "PHQ-9 18, motiverad till iKBT.")],
                               not_under=("closing",))


def test_nl505_increased_drinking_is_care_relevant():
    t = treatment(status="ongoing", messages=[
        _msg("Jag dricker mer nu, minst en halv flaska vin varje kväll.")])
    assert run([t], [note()], "NL505") == ["NL505"]
    told = note("n2", [{"keyword": "Bedömning", "text": "Pat berättar om ökat alkoholintag, "
                        "AUDIT görs nästa vecka."}], time="2024-02-11T09:00:00")
    assert run([t], [note(), told], "NL505") == []
