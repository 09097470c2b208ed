"""NL2 triggers: how violence, threats and harm to children are told, and the non-cases.

Sentences written for these tests from the routines and each kind's definition (never
from the development set): each kind has positives in several phrasings and negatives
that share its words (negated, dismissed, a profession, a stranger, sport, a refusal).
"""

from __future__ import annotations

import re

import pytest

from notelint.nlp import annotate_text
from notelint.nlp.resources import load_resources


def fired(text: str) -> set[str]:
    return {t.kind for t in annotate_text(text).triggers if not t.negated}


POSITIVE = [
    # sexual violence by a partner
    ("violence_close", "Uppger att sambon tvingat henne till samlag upprepade gånger."),
    ("violence_close", "Hon berättar om våldtäkt inom äktenskapet under flera år."),
    ("violence_close", "Partnern tvingar honom till sex när han är full."),
    # an adult child or relative against an elderly parent
    ("violence_close", "Sonen, som bor kvar hemma, har knuffat omkull pat i hallen."),
    ("violence_close", "Dottern tar hela hennes pension varje månad och låser in henne."),
    ("violence_close", "Barnbarnet slog henne med en käpp enligt hemtjänsten."),
    # honour-related violence and threats
    ("violence_close", "Familjen vill gifta bort henne och brodern har slagit henne."),
    ("violence_close", "Fadern har sagt att han ska döda henne om hon flyttar ihop med pojkvännen."),
    ("violence_close", "Lever under hedersrelaterat förtryck, får inte gå ut ensam."),
    # control, threats, stalking by a partner or ex-partner
    ("violence_close", "Exmaken förföljer henne och har spårat hennes mobil."),
    ("violence_close", "Maken bestämmer vem hon får träffa och läser hennes sms."),
    ("violence_close", "Hennes fru bet henne i armen under ett gräl."),
    ("violence_close", "Pat har levt i många år med en man som misshandlade henne."),
    ("violence_close", "Bor sedan en månad på skyddat boende."),
    # a child's disclosure of sexual abuse
    ("child_concern", "Mammans pojkvän har tagit på henne under kläderna enligt flickan."),
    ("child_concern", "Pojken berättar att morbror rört vid honom när de var ensamma."),
    ("child_concern", "Flickan säger att tränaren tar på henne i omklädningsrummet."),
    ("child_concern", "Styvpappan kommer in på hennes rum på nätterna."),
    # a child witnessing violence at home
    ("child_concern", "Pojken berättar att pappa slår mamma och att han då gömmer sig under sängen."),
    ("child_concern", "Barnen var hemma och såg när sambon misshandlade henne."),
    # neglect, injuries that do not fit
    ("child_concern", "Stark misstanke om omsorgssvikt, barnet kommer ofta hungrigt till förskolan."),
    ("child_concern", "Skademekanismen stämmer inte med frakturens utseende hos 8-månaders barnet."),
    ("child_concern", "Brännskadan bedöms som tillfogad skada."),
    # HUBS, third party
    ("hubs", "Pojken undersöks på begäran av socialtjänsten inför familjehemsplacering."),
    ("third_party_threat", "Grannen ringer anonymt och berättar att pat hotat att skjuta honom."),
    ("third_party_threat", "Systern ber att uppgiften inte förs vidare, hon är rädd för pats reaktion."),
]

NEGATIVE = [
    # negated or dismissed
    ("child_concern", "Inte aktuellt med orosanmälan, skadan stämmer med förloppet."),
    ("child_concern", "Ingen orosanmälan behövs enligt bedömning med barnläkare."),
    ("child_concern", "Ej aktuellt med anmälan till socialtjänsten."),
    ("violence_close", "Tillfrågad om våld i nära relation, förnekar."),
    ("violence_close", "Screening för våld i hemmet: inget sådant."),
    ("violence_close", "Förnekar att maken slagit henne."),
    # profession or studies
    ("child_concern", "Jobbar som familjebehandlare med barn som far illa, trivs bra."),
    ("child_concern", "Studerar socionom och skriver uppsats om orosanmälningar."),
    ("violence_close", "Arbetar på en kvinnojour sedan i våras, trött."),
    # a declined trial
    ("single_blind", "Erbjuden plats i en enkelblind läkemedelsstudie, avböjer."),
    # stranger violence, sport
    ("violence_close", "Blev slagen av en okänd man utanför puben, maken hämtade henne."),
    ("violence_close", "Fick en spark mot knät under fotbollsträningen, pappa körde in honom."),
    # family history and ordinary social history
    ("violence_close", "Mamma har hypertoni, pappa avled i stroke."),
    ("child_concern", "Gift, tre barn, arbetar som lärare."),
    ("child_concern", "Pappan slår sig ofta på knäna när han skrattar."),
    ("violence_close", "Maken följer med på besöket, hon får inte köra bil efter narkosen."),
]


@pytest.mark.parametrize("kind,text", POSITIVE)
def test_trigger_fires(kind, text):
    assert kind in fired(text)


@pytest.mark.parametrize("kind,text", NEGATIVE)
def test_trigger_does_not_fire(kind, text):
    assert kind not in fired(text)


def test_a_clause_after_the_act_is_not_a_denial():
    # "säger nej" tells more of the story; it does not deny it
    assert "violence_close" in fired("Pojkvännen tvingar henne till sex även när hon säger nej.")


def test_every_trigger_pattern_requires_strings_that_gate_it():
    """Each expression is tried only where the strings it requires occur: it must require
    some (else it would be tried in every sentence, and keep every sentence from the
    prefilter)."""
    from notelint.nlp.literals import required

    for kind, pattern in load_resources().triggers:
        assert required(pattern), (kind, pattern.pattern[:60])


def test_person_roles_are_shared_macros():
    from importlib.resources import files

    rows = files("notelint.models_data").joinpath("triggers.tsv").read_text(encoding="utf-8")
    uses = {m for m in re.findall(r"\{(\w+)\}", rows)}
    assert {"PARTNER", "PARENT", "RELATIVE", "CHILD", "STRANGER"} <= uses
