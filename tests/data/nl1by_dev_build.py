#!/usr/bin/env python3
"""Gold cases nl1by_dev_cases: oncology follow-up (recidiv, spridning, metastaser, progress).

Independent writer. Written from the regional routines (seeds) and the rule catalog in
DESIGN.md only. Codes asserted: NL101 and NL102 (must / must_not).

Dependency-free and deterministic: `python3 build.py` writes nl1by_dev_cases.jsonl beside
itself and validates it; exit status 1 on any problem.
"""
import datetime as _dt
import hashlib
import json
import os
import re
import sys

NAME = "nl1by_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

# ---------------------------------------------------------------------------
# Units: key -> (name, hsa_id, system, region)
# ---------------------------------------------------------------------------
UNITS = {
    # Region Skåne, Melior (hospitals)
    "onk_lund": ("Onkologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4B21", "Melior", "skane"),
    "onk_malmo": ("Onkologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4B37", "Melior", "skane"),
    "onk_hbg": ("Onkologimottagningen, Helsingborgs lasarett", "SE2321000255-6H02", "Melior", "skane"),
    "onk_krist": ("Onkologimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-7K15", "Melior", "skane"),
    "onk_avd_lund": ("Onkologiska vårdavdelningen 42, Skånes universitetssjukhus Lund", "SE2321000255-4B88", "Melior", "skane"),
    "psyk_onk_lund": ("Psykosociala teamet, Skånes onkologiska klinik Lund", "SE2321000255-4C10", "Melior", "skane"),
    "kir_lund": ("Kirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3A44", "Melior", "skane"),
    "kir_ystad": ("Kirurgmottagningen, Lasarettet Ystad", "SE2321000255-8Y03", "Melior", "skane"),
    "uro_malmo": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5U19", "Melior", "skane"),
    "hud_lund": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-3D71", "Melior", "skane"),
    "onh_lund": ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", "SE2321000255-3E06", "Melior", "skane"),
    "gyn_lund": ("Gynekologisk onkologi, Skånes universitetssjukhus Lund", "SE2321000255-4G52", "Melior", "skane"),
    "hem_lund": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4H13", "Melior", "skane"),
    "lung_lund": ("Lung- och allergikliniken, Skånes universitetssjukhus Lund", "SE2321000255-3L27", "Melior", "skane"),
    "asih_lund": ("ASIH Lund, avancerad sjukvård i hemmet", "SE2321000255-9P31", "Melior", "skane"),
    "rehab_hbg": ("Fysioterapin, Helsingborgs lasarett", "SE2321000255-6F40", "Melior", "skane"),
    "endo_malmo": ("Endokrinologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5E08", "Melior", "skane"),
    "neurokir_lund": ("Neurokirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3N55", "Melior", "skane"),
    "brost_malmo": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5B64", "Melior", "skane"),
    "kakkir_malmo": ("Käkkirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5K12", "Melior", "skane"),
    # Region Skåne, PMO (primary care)
    "vc_hoor": ("Vårdcentralen Höör", "SE2321000255-2V11", "PMO", "skane"),
    "vc_sodervarn": ("Vårdcentralen Södervärn, Malmö", "SE2321000255-2V36", "PMO", "skane"),
    "vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-2V48", "PMO", "skane"),
    "vc_kavlinge": ("Vårdcentralen Kävlinge", "SE2321000255-2V53", "PMO", "skane"),
    "hsjv_simrishamn": ("Hemsjukvårdsteamet, Vårdcentralen Simrishamn", "SE2321000255-2H77", "PMO", "skane"),
    # Västra Götalandsregionen, Melior
    "jubkl": ("Jubileumskliniken, onkologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011201", "Melior", "vgr"),
    "jub_avd": ("Avdelning 52, Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011252", "Melior", "vgr"),
    "onk_sas": ("Onkologimottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000023310", "Melior", "vgr"),
    "onk_skovde": ("Onkologimottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000031402", "Melior", "vgr"),
    "onk_nal": ("Onkologimottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000041120", "Melior", "vgr"),
    "kir_nal": ("Kirurgmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000041305", "Melior", "vgr"),
    "kir_sahl": ("Kolorektalkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012740", "Melior", "vgr"),
    "uro_sas": ("Urologimottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000023517", "Melior", "vgr"),
    "gyn_sahl": ("Gynekologisk tumörmottagning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012911", "Melior", "vgr"),
    "hem_sahl": ("Sektionen för hematologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013066", "Melior", "vgr"),
    "lung_sahl": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013120", "Melior", "vgr"),
    "onh_sahl": ("Öron-näsa-halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013284", "Melior", "vgr"),
    "hud_sahl": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013391", "Melior", "vgr"),
    "pall_kungalv": ("Palliativa teamet, Kungälvs sjukhus", "SE2321000131-E000000051208", "Melior", "vgr"),
    "med_alingsas": ("Medicinavdelning 3, Alingsås lasarett", "SE2321000131-E000000052113", "Melior", "vgr"),
    "neuroonk_sahl": ("Neuroonkologiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013455", "Melior", "vgr"),
    "sarkom_sahl": ("Sarkommottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013512", "Melior", "vgr"),
    "kurator_sas": ("Kuratorsenheten, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000023688", "Melior", "vgr"),
    "dietist_skovde": ("Dietistenheten, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000031777", "Melior", "vgr"),
    "fysio_uddevalla": ("Fysioterapin, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E000000041833", "Melior", "vgr"),
}

CASES = []


def _iso(t):
    return t if len(t) == 19 else t + ":00"


def N(nid, unit, who, role, time, secs, tmpl="Läkaranteckning", signed=35, setting="öppenvård"):
    """One note. `signed` = minutes after `time`, or None for an unsigned draft."""
    uname, hsa, system, region = UNITS[unit]
    t = _dt.datetime.fromisoformat(_iso(time))
    s = None if signed is None else (t + _dt.timedelta(minutes=signed)).isoformat()
    return {
        "_region": region,
        "id": nid, "system": system, "template": tmpl,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": who, "role": role},
        "time": t.isoformat(), "signed": s,
        "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in secs],
    }


def _pnr(name, birth, sex):
    h = int(hashlib.md5(name.encode("utf-8")).hexdigest(), 16)
    y, m, d = birth.split("-")
    a, b = h % 10, (h // 10) % 10
    c = ((h // 100) % 5) * 2 + (1 if sex == "M" else 0)
    if a == 0 and b == 0:
        b = 1  # serial 000 (and 00x) is not issued
    digits = [int(x) for x in (y[2:] + m + d)] + [a, b, c]
    tot = 0
    for i, x in enumerate(digits):
        v = x * (2 if i % 2 == 0 else 1)
        tot += v // 10 + v % 10
    chk = (10 - tot % 10) % 10
    return "%s%s%s-%d%d%d%d" % (y, m, d, a, b, c, chk)


def _targets(lst):
    out = []
    for x in lst:
        out.append([x, "n1"] if isinstance(x, str) else [x[0], x[1]])
    return out


def C(name, region, pat, notes, must=(), must_not=(), why=""):
    if isinstance(notes, dict):
        notes = [notes]
    birth, sex = pat
    clean = []
    last = None
    for n in notes:
        if n["_region"] != region:
            raise SystemExit("%s: unit of note %s not in region %s" % (name, n["id"], region))
        n = {k: v for k, v in n.items() if k != "_region"}
        clean.append(n)
        for key in ("time", "signed"):
            if n[key]:
                t = _dt.datetime.fromisoformat(n[key])
                last = t if last is None or t > last else last
    as_of = (last + _dt.timedelta(days=10)).replace(hour=0, minute=0, second=0)
    if as_of.year > 2024:
        as_of = _dt.datetime(2024, 12, 31)
    CASES.append({
        "case": name,
        "ruleset": region,
        "record": {
            "patient": {"id": _pnr(name, birth, sex), "birth_date": birth, "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": clean,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": _targets(must),
        "must_not": _targets(must_not),
        "why": why,
    })


SK, VG = "skane", "vgr"
L, S, KS = "läkare", "sjuksköterska", "kontaktsjuksköterska"

# ===========================================================================
# A. Hedged diagnosis in a visible section of a Melior note -> must NL102
# ===========================================================================

C("brost-misstankt-lokalrecidiv-i-arret", SK, ("1961-04-12", "K"),
  N("n1", "onk_lund", "Maria Lindqvist", L, "2024-03-12T09:40", [
      ("Aktuellt", "Årskontroll 3 år efter sektorresektion och postoperativ strålbehandling av vänster bröst. Står på letrozol sedan 2021 och tolererar det väl bortsett från viss ledvärk."),
      ("Status", "Vä bröst: ärret lugnt, men i övre yttre kvadranten palperas en ca 1 cm fast, oöm resistens i anslutning till ärret. Axiller utan palpabla körtlar."),
      ("Bedömning", "Misstänkt lokalrecidiv i vänster bröst. Mammografi, ultraljud och mellannålsbiopsi beställs med förtur."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="Hedged local recurrence ('Misstänkt lokalrecidiv') in Bedömning of a visible Melior note.")

C("kolon-trolig-levermetastas-pa-kontroll-dt", VG, ("1958-10-02", "M"),
  N("n1", "jubkl", "Erik Bengtsson", L, "2024-04-05T13:20", [
      ("Anamnes", "Opererad med högersidig hemikolektomi mars 2023 för koloncancer pT3N1, därefter adjuvant CAPOX i tre månader. Mår bra, normal aptit, ingen buksmärta."),
      ("Röntgen", "DT thorax-buk 2024-04-02: nytillkommen 14 mm lågattenuerande förändring i segment 6, ej sedd på föregående undersökning i oktober."),
      ("Bedömning", "Trolig levermetastas. Remiss för MR lever och anmälan till lever-MDK."),
  ], signed=None),
  must=["NL102"], must_not=["NL101"],
  why="'Trolig levermetastas' in Bedömning of a VGR Melior note: hedged metastasis is visible.")

C("lunga-susp-hjarnmetastasering-telegrafisk", SK, ("1949-07-21", "M"),
  N("n1", "onk_hbg", "Jonas Friberg", L, "2024-02-14T10:05", [
      ("Aktuellt", "Känd NSCLC, adenocarcinom, EGFR-muterad. På osimertinib sedan sept -23. Senaste 2 v huvudvärk morgontid, illamående, ostadig på benen enl. hustrun."),
      ("Status", "AT gott. Rombergs lätt ostadig. Finger-näs ua. Pupiller lika, ljusreaktion ua."),
      ("Bedömning", "Susp. hjärnmetastasering. Akut MR hjärna, start betametason 8 mg x 1."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="Telegraphic abbreviation 'Susp.' hedging brain metastases in a visible Melior section.")

C("prostata-sannolikt-biokemiskt-recidiv", VG, ("1952-01-30", "M"),
  N("n1", "uro_sas", "Anders Holmgren", L, "2024-04-22T14:10", [
      ("Aktuellt", "Radikal prostatektomi 2020 för Gleason 4+3. PSA har varit omätbart fram till i höstas."),
      ("Lab", "PSA 0,08 (okt) → 0,21 (jan) → 0,38 (april)."),
      ("Bedömning", "Sannolikt biokemiskt recidiv. PSMA-PET beställs, därefter ställningstagande till räddningsstrålning vid urologi-MDK."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'Sannolikt biokemiskt recidiv' of prostate cancer: a probable recurrence written visibly.")

C("melanom-ljumskkortel-metastas-kan-ej-uteslutas", SK, ("1970-05-17", "K"),
  N("n1", "hud_lund", "Sara Ekström", L, "2024-05-08T11:30", [
      ("Anamnes", "Malignt melanom på höger vad, Breslow 2,1 mm, excision med 2 cm marginal 2022. Portvaktskörteln var då negativ."),
      ("Status", "I höger ljumske palperas en ca 2 cm rörlig, oöm körtel. Övrig hud utan suspekta pigmentförändringar."),
      ("Bedömning", "Metastas kan ej uteslutas. Ultraljudsledd finnålspunktion bokad."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'Metastas kan ej uteslutas' (cannot be ruled out) is an uncertain diagnosis in a visible section.")

C("ovarial-stigande-ca125-recidiv-fragetecken", VG, ("1957-12-03", "K"),
  N("n1", "gyn_sahl", "Helena Strand", L, "2024-03-18T08:50", [
      ("Aktuellt", "Uppföljning efter primär debulking och sex cykler karboplatin/paklitaxel för höggradig serös ovarialcancer, avslutat juni 2023."),
      ("Lab", "CA-125 34 → 88 kU/L på tre månader."),
      ("Bedömning", "Recidiv? DT buk och thorax snarast, därefter ny bedömning på gyn-onkologisk konferens."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="Question-mark hedge 'Recidiv?' after rising CA-125 in a visible Melior note.")

C("njure-dd-lungmetastaser-eller-inflammation", SK, ("1963-08-09", "M"),
  N("n1", "uro_malmo", "Karl Nyberg", L, "2024-06-03T15:15", [
      ("Röntgen", "DT thorax: tre nytillkomna subpleurala noduli i höger underlob, den största 7 mm."),
      ("Bedömning", "DD lungmetastaser av klarcellig njurcancer (nefrektomi 2022) respektive inflammatoriska förändringar efter nyligen genomgången pneumoni. Ny DT om 8 veckor."),
  ], signed=None),
  must=["NL102"], must_not=["NL101"],
  why="Differential diagnosis 'DD lungmetastaser ... respektive' written in a visible section.")

C("rektal-arrvavnad-alt-lokalrecidiv", VG, ("1966-02-25", "K"),
  N("n1", "kir_nal", "Fredrik Sandberg", L, "2024-09-10T10:40", [
      ("Aktuellt", "Kontroll 2 år efter låg främre resektion för rektalcancer. Pat besväras av LARS-symtom men har inga blödningar."),
      ("Röntgen", "MR lilla bäckenet: 2 cm mjukdelsförtätning presakralt, tilltagit något sedan förra året."),
      ("Bedömning", "Ärrvävnad alt. lokalrecidiv. PET-DT beställs och fallet anmäls till kolorektal MDK."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'Ärrvävnad alt. lokalrecidiv': recurrence offered as an alternative, i.e. uncertain, in a visible note.")

C("onh-misstankt-recidiv-tungbas", SK, ("1959-11-14", "M"),
  N("n1", "onh_lund", "Peter Wallin", L, "2024-01-24T13:00", [
      ("Anamnes", "Orofarynxcancer (tonsill vä, p16+) behandlad med kemoradioterapi 2022. Nu sväljsmärta sedan en månad och otalgi vänster."),
      ("Status", "Fiberendoskopi: oregelbunden slemhinna i vä tungbas med kontaktblödning. Hals: inga palpabla körtlar."),
      ("Bedömning", "Misstänkt recidiv i tungbasen vänster. Px i narkos bokas nästa vecka, DT hals-thorax dessförinnan."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="Suspected recurrence of oropharyngeal cancer written in Bedömning of an ENT Melior note.")

C("lymfom-mojligt-aterfall-supraklavikular-kortel", VG, ("1975-03-06", "M"),
  N("n1", "hem_sahl", "Amir Haddad", L, "2024-05-15T09:20", [
      ("Aktuellt", "DLBCL stadium III, komplett remission efter 6 x R-CHOP 2022. Senaste veckorna nattliga svettningar och 3 kg viktnedgång."),
      ("Status", "Nytillkommen 2 cm körtel supraklavikulärt hö. Ingen hepatosplenomegali."),
      ("Bedömning", "Möjligt återfall av lymfomet. Körtelexstirpation och PET-DT planeras."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'Möjligt återfall' (possible relapse) of lymphoma in a visible haematology note.")

C("skelett-missankt-metastas-femur-typo", SK, ("1955-06-19", "K"),
  N("n1", "onk_krist", "Lotta Berglund", L, "2024-07-02T10:10", [
      ("Aktuellt", "Bröstcancer, spridd till levern sedan 2023, på kapecitabin. Nytillkommen värk i vä höft senaste tre veckorna, värre nattetid."),
      ("Bedömning", "Missänkt skelettmetastas vä femur. Slätröntgen höft idag och skelettscint, avlastning med kryckor tills vidare."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="Typo 'Missänkt' for misstänkt: a suspected bone metastasis in a visible section is still hedged.")

C("tyreoidea-tel-ssk-trol-recidiv-i-arret", VG, ("1968-09-27", "K"),
  N("n1", "onk_skovde", "Jenny Alm", S, "2024-05-06T15:45", [
      ("Kontaktorsak", "Pat ringer pga knöl i operationsärret på halsen sedan en vecka, ca ärtstor, oöm."),
      ("Åtgärd", "Konfererat med dr Ahmadi. Trol. recidiv av papillär tyreoideacancer, ultraljud med FNP bokat 14/5."),
  ], tmpl="Telefonanteckning", signed=20),
  must=["NL102"], must_not=["NL101"],
  why="Nurse telephone note records the doctor's 'Trol. recidiv' in a visible section.")

C("fysio-misstankt-skelettmetastas-th8", SK, ("1960-12-01", "K"),
  N("n1", "rehab_hbg", "Emma Sjöberg", "fysioterapeut", "2024-10-14T13:30", [
      ("Aktuellt", "Remiss från onkologen för rörlighetsträning efter bröstrekonstruktion. Pat uppger nytillkommen smärta i bröstryggen sedan 2 veckor."),
      ("Bedömning", "Smärtan är punktformig över Th8 och inte lägesberoende. Enligt ansvarig onkolog misstänkt skelettmetastas, MR beställd. Undviker belastande rotationsövningar tills svar finns."),
      ("Åtgärd", "Instruerad i andningsövningar och lätt axelrörlighet. Nytt besök efter MR-svaret."),
  ], tmpl="Fysioterapeutanteckning"),
  must=["NL102"], must_not=["NL101"],
  why="A physiotherapist's visible note repeats a suspected bone metastasis.")

C("dietist-trolig-tumorkakexi", VG, ("1951-04-08", "M"),
  N("n1", "dietist_skovde", "Karin Ljung", "dietist", "2024-02-27T10:00", [
      ("Bakgrund", "Ventrikelcancer, palliativ cytostatikabehandling. Remitteras pga viktnedgång."),
      ("Nutritionsstatus", "Vikt 58,4 kg, 66 kg för tre månader sedan (-11,5 %). BMI 19. Äter halva portioner, mättnadskänsla tidigt."),
      ("Bedömning", "Trolig tumörkakexi med otillräckligt energiintag. Energibehov beräknat till ca 2000 kcal/dygn."),
      ("Åtgärd", "Energiberikning, näringsdrycker 2 x 200 ml. Uppföljning per telefon om två veckor."),
  ], tmpl="Dietistanteckning"),
  must=["NL102"], must_not=["NL101"],
  why="Dietitian writes 'Trolig tumörkakexi', a hedged diagnosis, in a visible Bedömning.")

C("psykolog-trolig-anpassningsstorning-efter-recidivbesked", SK, ("1979-10-22", "K"),
  N("n1", "psyk_onk_lund", "Johanna Rydén", "psykolog", "2024-06-11T14:00", [
      ("Aktuellt", "Kvinna 44 år som fick beskedet om recidiv av cervixcancer för sex veckor sedan. Sover 3–4 timmar per natt, gråter dagligen, har slutat träffa vänner."),
      ("Bedömning", "Trolig anpassningsstörning med depressiva inslag. Ingen suicidrisk framkommer vid strukturerad bedömning."),
      ("Planering", "Fem stödsamtal med KBT-inriktning, första 12/6."),
  ], tmpl="Psykologanteckning", signed=90),
  must=["NL102"], must_not=["NL101"],
  why="Psychologist's hedged 'Trolig anpassningsstörning'; the recurrence itself is known to the patient.")

C("lunga-sannolik-stralpneumonit", VG, ("1956-07-13", "M"),
  N("n1", "lung_sahl", "Mikael Forsberg", L, "2024-08-19T11:05", [
      ("Aktuellt", "Avslutade kurativ kemoradioterapi mot NSCLC stadium IIIA för 7 v sedan. Nu torrhosta och ansträngningsdyspné sedan 10 dagar, subfebril."),
      ("Status", "Sat 93 % i vila. Lungor: krepitationer basalt hö."),
      ("Bedömning", "Sannolik strålpneumonit, infektion mindre troligt med normalt CRP och PCT. Startar prednisolon 40 mg med nedtrappning."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="Hedged treatment complication 'Sannolik strålpneumonit' in a visible section.")

C("brostssk-ev-begynnande-lymfodem", SK, ("1972-02-16", "K"),
  N("n1", "brost_malmo", "Anneli Persson", S, "2024-04-03T09:15", [
      ("Aktuellt", "Besök hos bröstsjuksköterska 6 mån efter mastektomi och axillutrymning vä. Pat beskriver tyngdkänsla i vä underarm mot kvällen."),
      ("Status", "Omkretsmätning: vä underarm 2,1 cm större än hö, 10 cm distalt om armbågsvecket."),
      ("Bedömning", "Ev. begynnande lymfödem vä arm. Remiss till lymfterapeut för kompressionsärm."),
  ], tmpl="Omvårdnadsanteckning"),
  must=["NL102"], must_not=["NL101"],
  why="'Ev. begynnande lymfödem': the abbreviation ev. hedges a diagnosis in a nurse's visible note.")

C("kolon-neuropati-fragetecken-oxaliplatin", VG, ("1962-05-29", "M"),
  N("n1", "onk_nal", "Lena Hedberg", L, "2024-03-04T13:40", [
      ("Aktuellt", "Cykel 7 av adjuvant FOLFOX för koloncancer. Stickningar i fingertopparna som kvarstår mellan kurerna, svårt att knäppa knappar."),
      ("Bedömning", "Perifer neuropati? Trol. oxaliplatinutlöst. Oxaliplatin stryks från och med denna kur, 5-FU fortsätter."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'Perifer neuropati?' with a question mark is an uncertain diagnosis in a visible section.")

C("pankreas-ascites-misstankt-peritoneal-karcinos", SK, ("1954-01-11", "K"),
  N("n1", "kir_lund", "Oskar Lindahl", L, "2024-02-08T22:15", [
      ("Aktuellt", "Whipple-opererad för pankreascancer i maj 2023, adjuvant mFOLFIRINOX avslutad i december. Inkommer med tilltagande bukomfång och illamående."),
      ("Status", "Buken spänd, dämpning i flankerna, ingen peritonit."),
      ("Bedömning", "Ascites, misstänkt peritoneal karcinos. Ascitestappning med cytologi och DT buk."),
  ], tmpl="Inskrivningsanteckning", setting="slutenvård"),
  must=["NL102"], must_not=["NL101"],
  why="Admission note with 'misstänkt peritoneal karcinos' in a visible section (inpatient).")

C("brost-pleuravatska-trolig-malign-pleurit", VG, ("1948-03-22", "K"),
  N("n1", "med_alingsas", "Björn Kvist", L, "2024-11-02T19:30", [
      ("Inkomstorsak", "Tilltagande andfåddhet sedan två veckor. Behandlad för bröstcancer 2017, därefter fri från sjukdom."),
      ("Status", "Nedsatta andningsljud och dämpning hö basalt upp till skulderbladsvinkeln."),
      ("Bedömning", "Pleuravätska hö, trolig malign pleurit. Pleuratappning med cytologi imorgon."),
  ], tmpl="Inskrivningsanteckning", setting="slutenvård", signed=None),
  must=["NL102"], must_not=["NL101"],
  why="Unsigned admission draft: 'trolig malign pleurit' in a visible section (pre-signing).")

C("tyreoidea-tg-recidiv-kan-inte-utesluats-typo", SK, ("1983-06-04", "K"),
  N("n1", "endo_malmo", "Nils Åkesson", L, "2024-09-24T10:20", [
      ("Aktuellt", "Total tyreoidektomi och radiojodbehandling 2021 för papillär tyreoideacancer. Sköter levotyroxinet."),
      ("Lab", "Tyreoglobulin 4,2 µg/L, tidigare < 0,2. TG-antikroppar negativa."),
      ("Bedömning", "Kvarvarande sjukdom eller recidiv kan inte utesluats. Ultraljud hals och diagnostisk jodscintigrafi."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="Typo 'utesluats' in 'recidiv kan inte uteslutas': still an uncertain recurrence in a visible section.")

C("blasa-suspekt-recidiv-blastaket", VG, ("1947-08-15", "M"),
  N("n1", "uro_sas", "Gustav Ek", L, "2024-10-03T08:35", [
      ("Åtgärd", "Kontrollcystoskopi i lokalbedövning, 9 mån efter TURB för Ta HG urotelialcancer."),
      ("Fynd", "I blåstaket 5 mm papillär förändring, i övrigt lugn slemhinna. Urincytologi tagen."),
      ("Bedömning", "Suspekt recidiv i blåstaket. Ny TURB i narkos, anmäld på operationslistan."),
  ], tmpl="Åtgärdsanteckning"),
  must=["NL102"], must_not=["NL101"],
  why="'Suspekt recidiv' after cystoscopy: a suspected recurrence written in a visible section.")

C("esofagus-malignitetsmisstankt-mediastinal-kortel", SK, ("1961-02-07", "M"),
  N("n1", "kir_lund", "Hanna Olofsson", L, "2024-05-27T14:50", [
      ("Aktuellt", "Esofagektomi 2022 för adenocarcinom i distala esofagus. Uppföljande PET-DT enligt vårdprogram."),
      ("PET-DT", "Nytillkommet ökat FDG-upptag (SUVmax 7) i en 15 mm mediastinal lymfkörtel, station 4R."),
      ("Bedömning", "Malignitetsmisstänkt körtel, recidiv i mediastinum möjligt. EBUS med punktion bokad via lungkliniken."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'Malignitetsmisstänkt' and 'recidiv ... möjligt' after PET in a visible surgical note.")

C("glioblastom-dd-stralnekros-tumorrecidiv", VG, ("1972-09-18", "M"),
  N("n1", "neuroonk_sahl", "Ulrika Berg", L, "2024-04-16T12:10", [
      ("Bakgrund", "Glioblastom IDH-vildtyp vä temporallob, resekerat 2023, Stupp-regim avslutad i januari."),
      ("MR", "Ny ringformig kontrastuppladdning i resektionskaviteten, 18 mm, med omgivande ödem."),
      ("Bedömning", "DD strålnekros eller tumörrecidiv. Perfusions-MR och diskussion på neuroonkologisk konferens."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="Differential diagnosis between radiation necrosis and tumour recurrence in a visible note.")

C("cervix-misstankt-recidiv-vaginaltopp", SK, ("1969-04-30", "K"),
  N("n1", "gyn_lund", "Cecilia Månsson", L, "2024-03-26T10:45", [
      ("Aktuellt", "Radikal hysterektomi 2021 för skivepitelcancer i cervix, st IB1. Sparsam blödning efter samlag senaste månaden."),
      ("Status", "Gyn us: vid vaginaltoppens vä hörn ett 8 mm granulerat område som blöder lätt vid beröring. Px tagen."),
      ("Bedömning", "Misstänkt lokalrecidiv i vaginaltoppen, PAD inväntas."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="Suspected vaginal-vault recurrence of cervical cancer, PAD pending, in a visible section.")

C("sarkom-ny-lungnodul-metastas-fragetecken", VG, ("1988-11-09", "K"),
  N("n1", "sarkom_sahl", "Daniel Eklund", L, "2024-07-09T09:00", [
      ("Aktuellt", "Leiomyosarkom i vä lår, opererat med fri marginal och postoperativ strålning 2022. Kontroll-DT thorax enligt program."),
      ("Röntgen", "Ny 6 mm nodul i vä överlob, fanns inte i oktober."),
      ("Bedömning", "Metastas? Ny DT thorax om 6–8 veckor för att följa storleken."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'Metastas?' on its own line in Bedömning: a question-mark hedge in a visible note.")

C("aml-misstankt-aterfall-blaster", SK, ("1980-01-26", "M"),
  N("n1", "hem_lund", "Tobias Hellström", L, "2024-08-06T16:20", [
      ("Aktuellt", "AML i första remission efter induktion och konsolidering, allo-SCT inte aktuell. Nu trötthet och blåmärken."),
      ("Lab", "Hb 92, LPK 14,8 med 12 % blaster i utstryk, TPK 41."),
      ("Bedömning", "Misstänkt återfall av AML. Benmärgsprov imorgon, blodtransfusion vid behov."),
  ], signed=None),
  must=["NL102"], must_not=["NL101"],
  why="Suspected AML relapse ('Misstänkt återfall') in a visible haematology note.")

C("testis-mojligt-recidiv-afp", VG, ("1994-05-12", "M"),
  N("n1", "onk_nal", "Sofia Lundgren", L, "2024-02-20T10:30", [
      ("Aktuellt", "Orkidektomi hö 2023 för icke-seminom st I, övervakning enligt SWENOTECA."),
      ("Lab", "AFP 18 µg/L (ref < 7), hCG normalt."),
      ("Bedömning", "Möjligt recidiv, retroperitoneala körtlar? DT buk snarast och nytt AFP om två veckor."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'Möjligt recidiv' of testicular cancer after a rising AFP, written visibly.")

C("brost-lang-anteckning-trolig-levermetastasering", SK, ("1964-09-03", "K"),
  N("n1", "onk_malmo", "Henrik Sjöholm", L, "2024-04-17T10:00", [
      ("Aktuellt", "Återbesök inför kur 5 av adjuvant behandling. Kvinna 59 år med bröstcancer vä, opererad med mastektomi och sentinel node i december 2023, pT2N1a, ER 90 %, PR 40 %, HER2 negativ, Ki-67 35 %. Behandlas med EC x 3 följt av paklitaxel veckovis, nu vecka 4 av 12. Sedan förra besöket tilltagande trötthet och molvärk under höger revbensbåge, framför allt efter måltid. Ingen feber. Aptiten lite sämre, vikten stabil."),
      ("Anamnes", "Hypotyreos, substituerad. Ingen tidigare leversjukdom. Alkohol: enstaka glas vin i helgerna. Ingen hereditet för bröst- eller äggstockscancer."),
      ("Läkemedel", "Levaxin 100 µg x 1, Primperan vid behov, Omeprazol 20 mg x 1 under behandlingstiden."),
      ("Biverkningar", "Illamående grad 1 första dygnen efter EC-kurerna, nu inget illamående på paklitaxel. Total alopeci, använder peruk. Inga munsår. Inga infektioner under behandlingen och ingen feber vid neutropeni. Naglarna något sköra."),
      ("Psykosocialt", "Gift, två tonårsbarn. Arbetar som lärare, sjukskriven på heltid under behandlingen. Maken följer med på dagens besök. Sover sämre senaste veckorna men klarar vardagen."),
      ("Vitalparametrar", "BT 128/76, puls 82, vikt 67,5 kg (67,9 kg vid förra besöket), temp 36,8."),
      ("Status", "AT: opåverkad, något blek. Cor: regelbunden rytm, inga blåsljud. Pulm: normala andningsljud bilateralt. Buk: mjuk, lätt palpationsöm under hö arcus, levern palperas 2 cm nedom arcus. Inga perifera ödem. Neuropati: lätta stickningar i tårna, CTCAE grad 1."),
      ("Lab", "Hb 108, LPK 3,9, neutrofila 2,1, TPK 215. ASAT 1,9, ALAT 2,4, ALP 3,8, bilirubin 19. Kreatinin 64."),
      ("Röntgen", "Ultraljud lever idag (akut tid): två hypoekogena förändringar, 18 och 24 mm, i hö leverlob, ej kända sedan staging-DT i november."),
      ("Bedömning", "Stigande levervärden och nya fokala leverförändringar under pågående adjuvant behandling. Trolig levermetastasering, vilket i så fall innebär primärt metastaserad sjukdom med progress trots behandling. DD: läkemedelspåverkan, fokal fettinlagring. Kur 5 skjuts upp en vecka."),
      ("Planering", "DT thorax-buk och MR lever med förtur denna vecka. Ultraljudsledd leverbiopsi om MR ger stöd för metastaser. Anmäls till bröst-MDK 25/4. Ny provtagning fredag. Kontaktsjuksköterska Lena följer upp."),
  ], signed=120),
  must=["NL102"], must_not=["NL101"],
  why="Long multi-section note (about 300 words); the one hedge is 'Trolig levermetastasering' with a DD in Bedömning.")

C("melanom-lang-inskrivning-sannolikt-pleurakarcinos", VG, ("1957-02-11", "M"),
  N("n1", "jub_avd", "Johan Ekdahl", L, "2024-02-20T16:40", [
      ("Inkomstorsak", "Tilltagande andfåddhet och torrhosta sedan tre veckor, nu dyspné vid minsta ansträngning. Kom till akutmottagningen med ambulans efter att ha blivit kraftigt andfådd i trappan hemma."),
      ("Anamnes", "Man 66 år med malignt melanom i ryggen, excision 2021, stadium IIIB, behandlad med adjuvant pembrolizumab ett år utan återfall. Tidigare frisk bortsett från hypertoni. Rökt 15 paketår, slutade 2010. Arbetat som elektriker, ingen känd asbestexponering. Bor med hustru i villa i Mölndal, helt självständig i ADL före insjuknandet. Inga kända allergier."),
      ("Aktuellt", "Senaste veckan ensidig smärta i hö sida av bröstkorgen vid djupandning. Ingen feber, inga frossbrytningar. Nedsatt aptit, gått ned 4 kg på en månad. Ingen hemoptys. Inga bensvullnader."),
      ("Status", "AT: påverkad av dyspné vid tal. Sat 91 % på luft, AF 24. Temp 37,2. Cor: takykard regelbunden rytm 104/min, inga blåsljud. Pulm: kraftigt nedsatta andningsljud och dämpning hö sida upp till mitten av skulderbladet. Buk: mjuk, oöm. Ben: inga ödem, vader mjuka. Hud: ärret i ryggen lugnt, inga nya pigmenterade förändringar, inga palpabla körtlar i axiller eller ljumskar."),
      ("Läkemedel", "Enalapril 10 mg x 1, paracetamol 1 g vid behov. Inga antikoagulantia eller trombocythämmare."),
      ("Socialt", "Hustrun arbetar som undersköterska. Två vuxna barn i Göteborgsområdet. Aktiv i en kör men har inte orkat gå dit de senaste två veckorna."),
      ("Lab", "Hb 131, LPK 8,2, CRP 24, NT-proBNP 180, D-dimer 0,9. LD 410."),
      ("Röntgen", "Lungröntgen: stor pleuravätska hö, ingen mediastinal förskjutning. DT thorax med kontrast: ingen lungemboli. Nodulära pleurala förtjockningar hö, förstorade mediastinala körtlar upp till 16 mm."),
      ("Bedömning", "Stor pleuravätska hö hos patient med tidigare melanom. Sannolikt pleurakarcinos som spridning av melanomet. Lungemboli utesluten och ingen klinisk bild av pneumoni. Inget som talar för hjärtsvikt med normalt NT-proBNP."),
      ("Planering", "Ultraljudsledd pleuratappning idag med cytologi. Syrgas till sat > 92 %. Anmäls till melanom-MDK efter cytologisvar. Trombosprofylax. Syrgas 2 l/min på grimma, höjd huvudända, vätskelista och daglig vikt. Oxikodon 5 mg vid behov inför tappningen. Kontakt med onkologjouren vid försämring under natten."),
  ], tmpl="Inskrivningsanteckning", setting="slutenvård", signed=95),
  must=["NL102"], must_not=["NL101"],
  why="Long admission note: several negated diagnoses, but 'Sannolikt pleurakarcinos' is a visible hedge.")

C("brost-oneliner-lokalrecidiv-fragetecken", SK, ("1950-10-10", "K"),
  N("n1", "brost_malmo", "Ida Carlsson", L, "2024-03-07T11:55", [
      ("Bedömning", "Knöl i ärret hö bröst, lokalrecidiv? Px bokad 7/3."),
  ], tmpl="Telefonanteckning", signed=5),
  must=["NL102"], must_not=["NL101"],
  why="One-line note: 'lokalrecidiv?' is a question-mark hedge in a visible section.")

C("smacellig-sannolkt-spridining-skelett-typo", VG, ("1959-01-19", "K"),
  N("n1", "onk_sas", "Elin Bergqvist", L, "2024-06-25T14:25", [
      ("Aktuellt", "Småcellig lungcancer, fyra kurer karboplatin/etoposid med god respons. Nu ryggvärk och stigande ALP."),
      ("Bedömning", "Sannolkt spridining till skelettet. Skelettscint och MR rygg beställs."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="Two typos ('Sannolkt', 'spridining'): probable spread to the skeleton written in a visible section.")

C("kolorektal-trolig-progress-nya-lungmetastaser", SK, ("1966-03-28", "M"),
  N("n1", "onk_malmo", "Viktor Håkansson", L, "2024-09-16T13:10", [
      ("Röntgen", "DT thorax-buk efter 4 kurer FOLFIRI: levermetastaserna något större, samt 5–6 nya små noduli bilateralt i lungorna."),
      ("Bedömning", "Trolig progress av tumörsjukdomen med nya lungmetastaser. Diskuteras på MDK innan byte av linje."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'Trolig progress ... med nya lungmetastaser': probable new metastases in a visible section.")

C("rektal-kontaktssk-troligen-aterfall-backen", VG, ("1961-07-07", "K"),
  N("n1", "kir_sahl", "Linda Wiklund", KS, "2024-10-21T15:10", [
      ("Aktuellt", "Pat har gjort kontroll-DT i måndags. Dr Svensson har granskat bilderna tillsammans med röntgenläkare."),
      ("Bedömning", "Dr Svensson bedömer att det troligen rör sig om återfall i bäckenet. Fallet tas upp på kolorektal-MDK tisdag."),
      ("Planering", "Kontaktsjuksköterskan kontaktar pat efter konferensen för att boka läkarbesök."),
  ], tmpl="Omvårdnadsanteckning"),
  must=["NL102"],
  why="Contact nurse writes that the doctor judges it 'troligen ... återfall': a probable relapse, visible.")

C("prostata-misstankt-metastatisk-ryggmargskompression", VG, ("1955-12-30", "M"),
  N("n1", "jub_avd", "Oscar Nilsson", L, "2024-01-13T03:20", [
      ("Aktuellt", "Känd prostatacancer med skelettmetastaser. Sedan igår kraftlöshet i benen och svårt att tömma blåsan."),
      ("Status", "Nedsatt kraft i höftflexorer bilat, grad 4/5. Sensibilitetsnivå ca Th10. Residualurin 650 ml."),
      ("Bedömning", "Misstänkt metastatisk ryggmärgskompression. Akut MR hela ryggen, betametason 16 mg iv, KAD. Strålonkolog kontaktad."),
  ], tmpl="Jouranteckning", setting="slutenvård"),
  must=["NL102"], must_not=["NL101"],
  why="Night-time on-call note: suspected metastatic spinal cord compression, a hedged diagnosis, visible.")

C("brost-misstankt-neutropen-sepsis", SK, ("1971-08-23", "K"),
  N("n1", "onk_avd_lund", "Axel Törnqvist", L, "2024-11-18T04:10", [
      ("Aktuellt", "Dag 9 efter kur 3 docetaxel för bröstcancer. Feber 39,1 och frossa sedan i natt."),
      ("Lab", "Neutrofila 0,2, CRP 88, laktat 2,9."),
      ("Bedömning", "Misstänkt neutropen sepsis. Blododlingar x 2, piperacillin-tazobaktam påbörjat inom en timme."),
  ], tmpl="Jouranteckning", setting="slutenvård"),
  must=["NL102"], must_not=["NL101"],
  why="Suspected neutropenic sepsis (a treatment complication) in a visible inpatient note.")

C("kolon-ikterus-trol-levermetastaser-eller-gallvagshinder", VG, ("1950-06-14", "M"),
  N("n1", "kir_nal", "Per Lindberg", L, "2024-12-03T17:45", [
      ("Aktuellt", "Koloncancer opererad 2022. Gulsot sedan en vecka, klåda, mörk urin."),
      ("Lab", "Bilirubin 112, ALP 9,4."),
      ("Bedömning", "Ikterus, trol. pga levermetastaser eller extrahepatiskt gallvägshinder. Ultraljud lever/gallvägar imorgon bitti."),
  ], tmpl="Akutanteckning", setting="akutmottagning"),
  must=["NL102"], must_not=["NL101"],
  why="Affirmed jaundice but its cause 'trol. ... levermetastaser' is a hedged diagnosis, visible.")

C("lunga-dd-strapneumonit-pneumoni-typo", SK, ("1958-04-04", "K"),
  N("n1", "lung_lund", "Malin Öberg", L, "2024-07-22T10:25", [
      ("Aktuellt", "Hosta och feber 38,2 i fyra dagar, avslutad strålbehandling mot hö lunga för 10 veckor sedan."),
      ("Bedömning", "DD stråpneumonit, pneumoni. Lungröntgen, CRP och sputumodling, därefter ställningstagande till antibiotika kontra steroider."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="Typo 'stråpneumonit' in a DD list: differential diagnosis in a visible section.")

C("lunga-tel-lakare-ev-tumorblodning", VG, ("1953-09-01", "M"),
  N("n1", "lung_sahl", "Karin Wahlström", L, "2024-03-29T16:05", [
      ("Aktuellt", "Pat ringer, har hostat upp blodstrimmigt slem tre gånger idag. Känd skivepitelcancer hö hilus, palliativ behandling."),
      ("Bedömning", "Ev. tumörblödning. Ingen massiv blödning, stabil enl. pat. Kommer till akuten för Hb och lungröntgen."),
  ], tmpl="Telefonanteckning", signed=15),
  must=["NL102"], must_not=["NL101"],
  why="'Ev. tumörblödning' in a doctor's telephone note: hedged complication, visible.")

C("melanom-misstankt-recidv-i-arret-typo", VG, ("1967-02-02", "M"),
  N("n1", "hud_sahl", "Anna Granath", L, "2024-08-28T13:35", [
      ("Status", "I ärret efter vid excision av melanom på ryggen ses en 4 mm blåsvart papel i ärrets kraniala del."),
      ("Bedömning", "Misstänkt recidv i ärret. Excision med 1 cm marginal bokas."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="Typo 'recidv': suspected scar recurrence of melanoma written in a visible section.")

C("brost-epikris-diagnos-misstankt-hjarnmetastas", VG, ("1960-10-31", "K"),
  N("n1", "jub_avd", "Sanna Rosén", L, "2024-05-09T14:00", [
      ("Vårdtid", "2024-05-06 – 2024-05-09."),
      ("Diagnos", "Misstänkt hjärnmetastas (C79.3?). Känd bröstcancer HER2+."),
      ("Sammanfattning", "Inlagd pga yrsel och dubbelseende. DT hjärna visar en 12 mm förändring i lillhjärnan. MR bokad polikliniskt inom en vecka. Steroider insatta med god effekt på symtomen."),
  ], tmpl="Epikris", setting="slutenvård", signed=240),
  must=["NL102"], must_not=["NL101"],
  why="Discharge summary with a hedged diagnosis and question-marked ICD code in its Diagnos section.")

C("munhala-trolig-osteoradionekros", SK, ("1952-05-05", "M"),
  N("n1", "kakkir_malmo", "Jakob Strömberg", L, "2024-06-20T09:50", [
      ("Aktuellt", "Strålbehandlad 2021 mot munhålecancer. Smärta och blottat ben i vä underkäke sedan 6 v efter tandextraktion."),
      ("Bedömning", "Trolig osteoradionekros i vä mandibel. OPG och DT, antibiotika och klorhexidinsköljning."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="Late radiation complication hedged as 'Trolig osteoradionekros' in a visible section.")

C("njure-hyperkalcemi-dd-hpt-skelettmetastasering", VG, ("1949-02-18", "M"),
  N("n1", "onk_skovde", "Ali Rahimi", L, "2024-09-05T11:15", [
      ("Lab", "Joniserat kalcium 1,52, PTH 9,1 (förhöjt)."),
      ("Bedömning", "Hyperkalcemi, DD primär hyperparatyreoidism eller skelettmetastasering av känd njurcancer. Skelettscint beställs, rehydrering."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="Differential diagnosis that includes skeletal metastasis in a visible section.")

C("asih-hembesok-trolig-hjarnmetastasering", SK, ("1945-11-27", "K"),
  N("n1", "asih_lund", "Gunilla Roos", L, "2024-10-29T13:00", [
      ("Aktuellt", "Hembesök. Pat med spridd lungcancer, i palliativt skede. Maken berättar att hon varit förvirrad sedan två dagar och haft svårt att hitta ord."),
      ("Bedömning", "Trolig hjärnmetastasering. Ingen ytterligare utredning enligt tidigare överenskommelse med pat om att undvika sjukhusbesök. Betametason 8 mg p.o."),
  ], tmpl="Hembesöksanteckning", setting="hemsjukvård"),
  must=["NL102"], must_not=["NL101"],
  why="Palliative home-visit note in Melior: 'Trolig hjärnmetastasering' without further work-up is still a visible hedge.")

# ===========================================================================
# B. Near misses in Melior notes -> must_not NL102 (negated, ruled out,
#    confirmed, past/family history, non-diagnostic hedges, worry)
# ===========================================================================

C("kolon-femarskontroll-inga-tecken-pa-recidiv", SK, ("1956-08-31", "K"),
  N("n1", "kir_ystad", "Mats Jeppsson", L, "2024-02-12T10:30", [
      ("Aktuellt", "Femårskontroll efter sigmoideumresektion för koloncancer 2019."),
      ("Röntgen", "DT thorax-buk: inga tecken på recidiv eller metastaser."),
      ("Bedömning", "Fortsatt recidivfri, uppföljningen avslutas enligt vårdprogram. Återbesök ej planerat; pat hör av sig vid nya besvär."),
  ]),
  must_not=["NL102", "NL101"],
  why="Negated recurrence ('inga tecken på recidiv') and 'recidivfri' are not hypotheses.")

C("hypofarynx-pet-utan-hallpunkt-for-spridning", VG, ("1964-04-19", "M"),
  N("n1", "onh_sahl", "Eva Magnusson", L, "2024-03-14T09:10", [
      ("PET-DT", "Tre månader efter avslutad kemoradioterapi mot hypofarynxcancer: inget patologiskt FDG-upptag, utan hållpunkt för kvarvarande tumör eller spridning."),
      ("Bedömning", "Komplett metabol respons. Fortsatt kontroll på ÖNH var tredje månad första året."),
  ]),
  must_not=["NL102", "NL101"],
  why="'utan hållpunkt för ... spridning' is a negation; a normal PET answer is no hypothesis.")

C("brost-fettnekros-ingen-misstanke-om-lokalrecidiv", SK, ("1966-10-05", "K"),
  N("n1", "brost_malmo", "Sofie Dahl", L, "2024-05-02T14:00", [
      ("Aktuellt", "Pat sökt pga ömhet i operationsområdet hö bröst."),
      ("Status", "Ärret lugnt, diffus ömhet utan palpabel resistens. Ultraljud på mottagningen visar fettnekros, inget solitt."),
      ("Bedömning", "Fettnekros. Ingen misstanke om lokalrecidiv, ingen vidare utredning."),
  ]),
  must_not=["NL102", "NL101"],
  why="'Ingen misstanke om lokalrecidiv' negates the suspicion; the diagnosis is the benign fat necrosis.")

C("kolon-levermetastaser-uteslutna-hemangiom", VG, ("1969-12-12", "M"),
  N("n1", "onk_sas", "Jessica Blom", L, "2024-05-28T11:40", [
      ("Aktuellt", "Oklar leverförändring på DT inför adjuvant behandling av koloncancer."),
      ("Röntgen", "MR lever med leverspecifikt kontrastmedel: 11 mm typiskt hemangiom i segment 4b."),
      ("Bedömning", "Levermetastaser har uteslutits med MR. Adjuvant CAPOX startar som planerat 3/6."),
  ]),
  must_not=["NL102", "NL101"],
  why="Liver metastases explicitly ruled out ('har uteslutits'); the finding is a haemangioma.")

C("njure-recidivfri-uppfoljning-avslutas", SK, ("1949-03-03", "M"),
  N("n1", "uro_malmo", "Birgitta Svensson", L, "2024-08-13T10:50", [
      ("Bedömning", "Fem år efter nefrektomi för papillär njurcancer. Recidivfri, kreatinin stabilt. Uppföljningen avslutas och pat är informerad om att höra av sig vid makroskopisk hematuri."),
  ]),
  must_not=["NL102", "NL101"],
  why="Recurrence-free at five years: a settled, negative statement, no hedge.")

C("cervix-pad-bekraftar-recidiv-informerad-med-syster", VG, ("1958-06-26", "K"),
  N("n1", "gyn_sahl", "Marie Lundqvist", L, "2024-04-09T13:15", [
      ("Aktuellt", "Återbesök för PAD-besked efter px från vaginaltoppen."),
      ("PAD", "Skivepitelcancer, förenligt med recidiv av tidigare behandlad cervixcancer."),
      ("Information", "Pat informerad om recidivet i lugn miljö tillsammans med sin syster. Kontaktsjuksköterska närvarande."),
      ("Planering", "Remiss för bedömning av brachyterapi. Pat får ringa kontaktsjuksköterskan vid frågor."),
  ]),
  must_not=["NL102", "NL101"],
  why="Recurrence confirmed by histology and told to the patient: neither hedged nor uncommunicated.")

C("prostata-kand-skelettmetastas-ev-palliativ-stralning", SK, ("1946-09-12", "M"),
  N("n1", "onk_hbg", "Leif Carlsson", L, "2024-06-17T09:30", [
      ("Aktuellt", "Prostatacancer med kända skelettmetastaser i bäcken och ländrygg. Ökad värk i hö höft senaste veckan, NRS 6."),
      ("Bedömning", "Smärta från känd metastas i hö acetabulum. Ev. palliativ strålning 8 Gy x 1, remiss till strålbehandlingen skickas. Oxikodon höjs."),
  ]),
  must_not=["NL102", "NL101"],
  why="The metastasis is known; 'Ev.' hedges the radiotherapy, not a diagnosis.")

C("hereditet-morfar-troligen-pankreascancer", VG, ("1976-01-14", "K"),
  N("n1", "onk_skovde", "Jonas Wester", L, "2024-01-29T14:30", [
      ("Hereditet", "Mor insjuknade i bröstcancer vid 48 års ålder. Morfar dog i 60-årsåldern, troligen i bukspottkörtelcancer, men uppgiften är osäker."),
      ("Bedömning", "Pat själv opererad för bröstcancer 2023. Uppfyller kriterier för genetisk utredning, remiss till cancergenetisk mottagning."),
  ]),
  must_not=["NL102", "NL101"],
  why="The hedge ('troligen') is about the grandfather's cancer: family history, not the patient's diagnosis.")

C("ovarial-tidigare-misstanke-avskrevs-2020", SK, ("1952-02-09", "K"),
  N("n1", "onk_lund", "Kristina Möller", L, "2024-11-12T10:15", [
      ("Anamnes", "Ovarialcancer 2017. I samband med kontroll 2020 fanns misstanke om recidiv, som avskrevs efter laparoskopi med benign histologi."),
      ("Aktuellt", "Sjuårskontroll. Mår väl. CA-125 9."),
      ("Bedömning", "Fortsatt utan tecken på sjukdom. Sista planerade kontrollen."),
  ]),
  must_not=["NL102", "NL101"],
  why="Past suspicion that was dismissed in 2020 (history, ruled out): not a current hypothesis.")

C("kolon-metastaserad-ev-byte-trol-ny-dt", VG, ("1960-11-03", "M"),
  N("n1", "jubkl", "Camilla Nord", L, "2024-05-21T11:00", [
      ("Aktuellt", "Metastaserad koloncancer med levermetastaser, på FOLFOX + bevacizumab sedan januari. Utvärdering visar partiell respons."),
      ("Planering", "Ev. byte till kapecitabin som underhåll efter 8 kurer. Trol. ny DT i augusti. Pat möjligen intresserad av leverkirurgisk bedömning om fortsatt respons."),
  ]),
  must_not=["NL102", "NL101"],
  why="Hedges (ev., trol., möjligen) qualify treatment and planning; the cancer and metastases are confirmed.")

C("kurator-radsla-for-att-cancern-kommer-tillbaka", SK, ("1985-07-08", "K"),
  N("n1", "psyk_onk_lund", "Pernilla Ask", "kurator", "2024-09-03T13:00", [
      ("Samtal", "Samtal 2 av 4. Pat berättar om en ständig rädsla för att cancern ska komma tillbaka, som blir värre veckorna före varje kontroll."),
      ("Bedömning", "Förväntad reaktion efter avslutad behandling. Arbetar med strategier för oro inför kontroller."),
  ], tmpl="Kuratorsanteckning", signed=60),
  must_not=["NL102", "NL101"],
  why="Fear of recurrence is the patient's worry, not a clinician's diagnostic hypothesis.")

C("brost-pat-undrar-spridning-artros-knae", VG, ("1962-03-15", "K"),
  N("n1", "onk_sas", "Robert Falk", L, "2024-04-24T09:45", [
      ("Aktuellt", "Pat har ont i vä knä sedan en månad och undrar om det kan vara spridning från bröstcancern."),
      ("Status", "Krepitationer och lätt svullnad mediala ledspringan, ingen punktömhet över skelettet."),
      ("Bedömning", "Artros vä knä, röntgen förenlig. Ingen misstanke om skelettmetastas."),
  ]),
  must_not=["NL102", "NL101"],
  why="The patient's own question about spread is answered with a negated suspicion and an affirmed diagnosis.")

C("lunga-dt-inga-tecken-pa-spidning-typo", SK, ("1958-05-20", "M"),
  N("n1", "onk_krist", "Therese Axelsson", L, "2024-10-01T14:05", [
      ("Röntgen", "DT thorax-buk 6 månader efter avslutad behandling för lungcancer: oförändrade postaktinska förändringar hö överlob. Inga tecken på spidning."),
      ("Bedömning", "Stabil situation. Nästa DT om 6 mån."),
  ]),
  must_not=["NL102", "NL101"],
  why="Typo 'spidning' inside a negation ('Inga tecken på'): still negated.")

C("lunga-stabil-sjukdom-ingen-progress", VG, ("1955-01-25", "K"),
  N("n1", "lung_sahl", "Hans Dahlgren", L, "2024-07-16T10:20", [
      ("Bedömning", "Utvärdering efter 6 mån pembrolizumab: stabil sjukdom enl. RECIST, ingen progress. Fortsatt behandling var 6:e vecka."),
  ]),
  must_not=["NL102", "NL101"],
  why="Stable disease and 'ingen progress': a negated progression, no hedge.")

C("kolon-cea-normalt-inget-som-talar-for-recidiv", SK, ("1959-09-09", "M"),
  N("n1", "kir_lund", "Emil Ström", L, "2024-03-05T15:20", [
      ("Lab", "CEA 2,1 (ref < 5), stabilt sedan operationen."),
      ("Bedömning", "Inget som talar för recidiv. Koloskopi om ett år."),
  ], tmpl="Telefonanteckning", signed=10),
  must_not=["NL102", "NL101"],
  why="'Inget som talar för recidiv' is a negation after a normal tumour marker.")

C("lunga-binjureadenom-inte-metastas", VG, ("1961-06-06", "M"),
  N("n1", "lung_sahl", "Frida Isaksson", L, "2024-02-26T13:45", [
      ("Röntgen", "Binjureprotokoll-DT: 19 mm förändring i vä binjure med låg attenuering (6 HU), typisk för adenom."),
      ("Bedömning", "Binjureadenom, inte metastas. Lungcancern bedöms därmed som stadium IIB och pat kan gå vidare till operation."),
  ], signed=None),
  must_not=["NL102", "NL101"],
  why="A settled benign diagnosis with metastasis explicitly denied ('inte metastas').")

C("brost-granulom-ingen-malignitetsmisstake-typo", SK, ("1967-12-19", "K"),
  N("n1", "lung_lund", "Per-Olof Nyström", L, "2024-12-02T10:40", [
      ("Bedömning", "Den 9 mm lungnodul som följts sedan bröstcanceroperationen är helt oförändrad efter två år och har förkalkning. Benignt granulom. Ingen malignitetsmisstake, ingen ytterligare kontroll."),
  ]),
  must_not=["NL102", "NL101"],
  why="Typo 'malignitetsmisstake' in a negated phrase; the diagnosis (granuloma) is affirmed.")

C("melanom-mr-inga-hallpunkter-hjarnmetastaser", VG, ("1970-02-28", "M"),
  N("n1", "onk_nal", "Therese Olsson", L, "2024-06-04T11:25", [
      ("Aktuellt", "Malignt melanom st IIIC, adjuvant nivolumab. Huvudvärk sedan 3 veckor."),
      ("MR", "MR hjärna med kontrast: inga hållpunkter för hjärnmetastaser. Slemhinnesvullnad i maxillarsinus."),
      ("Bedömning", "Huvudvärken bedöms som spänningshuvudvärk. Fortsatt nivolumab."),
  ]),
  must_not=["NL102", "NL101"],
  why="'inga hållpunkter för hjärnmetastaser' negates; the headache diagnosis is stated without hedge.")

C("asih-prostata-livets-slutskede-brytpunktssamtal", SK, ("1940-04-17", "M"),
  N("n1", "asih_lund", "Annika Holm", L, "2024-08-14T12:30", [
      ("Aktuellt", "Spridd prostatacancer med skelettmetastaser och lymfkörtelmetastaser. Sängliggande sedan en vecka, äter knappt."),
      ("Bedömning", "Pat är i livets slutskede. Brytpunktssamtal hållet med pat och hustru 12/8, fokus på symtomlindring."),
      ("Åtgärd", "Vid behovsläkemedel ordinerade i sprutor: morfin, midazolam, haloperidol, glykopyrron."),
  ], tmpl="Hembesöksanteckning", setting="hemsjukvård"),
  must_not=["NL102", "NL101"],
  why="Palliative note with confirmed metastatic disease, discussed with the patient: no hedge, communicated.")

C("rektal-px-anastomos-recidv-uteslutet-typo", VG, ("1964-08-21", "K"),
  N("n1", "kir_nal", "Magnus Hed", L, "2024-11-26T09:55", [
      ("Bedömning", "Px från anastomosen visar granulationsvävnad utan malignitet. Recidv uteslutet. Kontroll enligt ordinarie program."),
  ]),
  must_not=["NL102", "NL101"],
  why="Typo 'Recidv' in 'Recidiv uteslutet': a ruled-out recurrence is not a hypothesis.")

C("ovarial-eventuellt-fas1-studie", VG, ("1963-05-02", "K"),
  N("n1", "jubkl", "Lars Ohlsson", L, "2024-10-15T14:20", [
      ("Aktuellt", "Metastaserad ovarialcancer, progress efter PARP-hämmare, ECOG 1."),
      ("Planering", "Tredje linjens behandling diskuteras. Eventuellt aktuellt med inklusion i fas 1-studie på Jubileumskliniken, pat tillfrågas vid nästa besök."),
  ]),
  must_not=["NL102", "NL101"],
  why="'Eventuellt' concerns study inclusion; the progression is stated as fact.")

C("brost-pat-fragar-aterfallsrisk-predict", SK, ("1981-11-29", "K"),
  N("n1", "brost_malmo", "Jenny Lilja", L, "2024-02-06T10:10", [
      ("Samtal", "Pat frågar hur stor risken är att cancern kommer tillbaka. Går igenom att risken för återfall efter given behandling uppskattas till 10–15 % på tio år enligt PREDICT."),
      ("Planering", "Fortsatt endokrin behandling i minst fem år."),
  ]),
  must_not=["NL102", "NL101"],
  why="A statistical risk of relapse explained to the patient is not a diagnosis of relapse.")

C("brost-knol-i-ariret-suturgranulom", VG, ("1959-07-24", "K"),
  N("n1", "onk_skovde", "Mattias Eriksson", L, "2024-03-20T11:30", [
      ("Bedömning", "Den knöl i mastektomiärret som oroade pat var vid finnålspunktion ett suturgranulom. Ingen malignitet."),
  ], tmpl="Telefonanteckning", signed=12),
  must_not=["NL102", "NL101"],
  why="A feared lump proved benign (suture granuloma): affirmed benign diagnosis, malignancy denied.")

C("endometrie-inte-langre-misstanke-fokal-fettinlagring", SK, ("1954-10-08", "K"),
  N("n1", "gyn_lund", "Annelie Kron", L, "2024-07-30T13:10", [
      ("Röntgen", "Kompletterande MR lever: förändringen i segment 4 är en fokal fettinlagring."),
      ("Bedömning", "Efter kompletterande MR finns inte längre misstanke om metastas i levern. Fortsatt kontroll av endometriecancern enligt vårdprogram."),
  ]),
  must_not=["NL102", "NL101"],
  why="'inte längre misstanke om metastas': a suspicion that has been withdrawn.")

C("mantelcell-lang-kontroll-inga-tecken-pa-recidiv", SK, ("1953-06-30", "M"),
  N("n1", "hem_lund", "Ingrid Malmqvist", L, "2024-10-08T09:00", [
      ("Aktuellt", "Kontrollbesök 3 år efter avslutad behandling för mantelcellslymfom (R-CHOP/R-DHAP följt av autolog stamcellstransplantation 2021 och rituximab underhåll t.o.m. 2023). Remitterad tidigare än planerat av vårdcentralen pga trötthet, viktnedgång 3 kg och ömhet i vä sida av halsen."),
      ("Anamnes", "Typ 2-diabetes, tablettbehandlad. Förmaksflimmer, antikoagulerad med apixaban. Bor med sambo, pensionerad lärare. Cyklar dagligen men har minskat det senaste månaden pga trötthet."),
      ("Symtom", "Ingen feber, inga nattsvettningar, ingen klåda. Förkylning med halsont för fem veckor sedan, därefter ömheten på halsen. Ingen hosta, ingen andfåddhet, normal avföring och vattenkastning."),
      ("Läkemedel", "Metformin 1 g x 2, apixaban 5 mg x 2, bisoprolol 2,5 mg x 1. Inga nya läkemedel sedan förra kontrollen."),
      ("Vaccinationer", "Revaccinerad enligt program efter transplantationen, sista dosen 2023. Influensa- och covidvaccin i höstas."),
      ("Socialt", "Sambon följer med på besöket. Paret hjälper till med två barnbarn på eftermiddagarna, vilket pat tycker om men upplever som tröttande just nu."),
      ("Status", "AT gott. Vikt 81 kg. Lymfkörtelstatus: vä käkvinkel en 1 cm mjuk, lätt öm, rörlig körtel. I övrigt inga palpabla körtlar på halsen, supraklavikulärt, i axiller eller ljumskar. Cor: oregelbunden rytm, frekvens 76. Pulm: ua. Buk: mjuk, ingen palpabel mjälte eller lever."),
      ("Lab", "Hb 139, LPK 6,1 med normal diff, TPK 198. LD 3,1 (ref < 3,5). Beta-2-mikroglobulin 2,0. CRP 4. HbA1c 52. TSH normalt."),
      ("Röntgen", "DT hals-thorax-buk 2024-10-01: inga förstorade lymfkörtlar, mjälten normalstor, inga fokala förändringar. Jämfört med 2023 oförändrat."),
      ("Bedömning", "Inga tecken på recidiv av mantelcellslymfomet vare sig kliniskt, laboratoriemässigt eller radiologiskt. Körteln i vä käkvinkel är reaktiv efter den nyligen genomgångna övre luftvägsinfektionen och någon misstanke om lymfomåterfall föreligger inte. Tröttheten har gradvis minskat senaste veckan enligt pat. Diabetesen är något sämre inställd, pat tar upp detta med vårdcentralen."),
      ("Planering", "Pat informerad om att det inte finns något som talar för återfall. Ny kontroll med lab om sex månader enligt ordinarie program. Hör av sig vid feber, nattsvettningar eller växande körtlar. Kopia till vårdcentralen."),
  ], signed=150),
  must_not=["NL102", "NL101"],
  why="Long follow-up note (over 300 words) in which every mention of relapse is negated.")

C("kolon-lang-progress-andra-linjen-informerad", VG, ("1950-11-21", "K"),
  N("n1", "onk_skovde", "Per Odéen", L, "2024-06-14T10:30", [
      ("Aktuellt", "Planerat återbesök för utvärdering efter tre månaders behandling. Kvinna 73 år med metastaserad koloncancer, levermetastaser sedan diagnos 2022, behandlad i första linjen med FOLFOX och bevacizumab, sedan oktober 2023 andra linjen FOLFIRI och panitumumab (RAS-vildtyp)."),
      ("Anamnes", "Tilltagande trötthet, orkar numera bara korta promenader. Aptit nedsatt, vikt 61 kg mot 64 kg i mars. Diarréer två till tre gånger dagligen under behandlingsveckan, i övrigt normal avföring. Akneliknande utslag i ansiktet under kontroll med doxycyklin. Inga buksmärtor, ingen feber."),
      ("Läkemedel", "Doxycyklin 100 mg x 1, loperamid vid behov, omeprazol 20 mg x 1, Movicol vid behov mellan kurerna."),
      ("Socialt", "Änka sedan 2019, bor ensam i lägenhet i Skövde. Sonen bor i samma stad och handlar åt henne. Hemtjänst för städning varannan vecka. Tycker om att läsa och träffa väninnor på ett kafé, vilket hon fortfarande klarar med färdtjänst."),
      ("Vitalparametrar", "BT 118/70, puls 88, temp 36,9, saturation 96 % på luft."),
      ("Status", "ECOG 1–2. Lätt blek, ej ikterisk. Buk: lever palpabel 3 cm nedom arcus, ej öm. Hud: follikulit grad 1 på kinderna. Inga ödem."),
      ("Lab", "Hb 104, neutrofila 1,8, TPK 160. ALP 6,2, bilirubin 24. CEA 312, tidigare 148."),
      ("Röntgen", "DT thorax-buk 2024-06-10 jämfört med mars: levermetastaserna har ökat, summa diametrar från 98 till 131 mm. Nya lungmetastaser bilateralt, den största 14 mm. Ingen ascites."),
      ("Bedömning", "Progress av metastaserad koloncancer på andra linjens behandling, med tillväxt i levern och nytillkomna lungmetastaser. Ytterligare behandlingsalternativ är trifluridin/tipiracil med bevacizumab, med begränsad förväntad effekt."),
      ("Information", "Pat och hennes son informerade om progressen och vad den innebär. Vi har pratat om att behandlingen hädanefter syftar till att förlänga livet och lindra symtom. Pat vill pröva tredje linjen så länge hon orkar och önskar samtidigt kontakt med palliativa teamet."),
      ("Planering", "FOLFIRI/panitumumab avslutas. Start av Lonsurf + bevacizumab 24/6 efter läkemedelsgenomgång. Remiss till palliativa teamet i Skövde för inskrivning. Kontaktsjuksköterska Maria ringer nästa vecka. Provtagning inför start, inklusive leverstatus och kreatinin."),
  ], signed=180),
  must_not=["NL102", "NL101"],
  why="Long note: confirmed progression with new lung metastases, told to patient and son; nothing hedged.")

C("melanom-pad-bla-nevus-negativt-for-recidiv", SK, ("1947-01-06", "M"),
  N("n1", "hud_lund", "Agnes Ek", L, "2024-05-16T08:45", [
      ("PAD", "Excision av pigmenterad förändring i ärret efter tidigare melanom: blå nevus, ingen malignitet."),
      ("Bedömning", "Negativt för recidiv. Fortsatt hudkontroll om sex månader."),
  ], tmpl="Telefonanteckning", signed=8),
  must_not=["NL102", "NL101"],
  why="Histology excludes recurrence ('Negativt för recidiv'): a negative answer, no hedge.")

C("rektal-mr-presakral-fibros-inget-recidiv", VG, ("1956-12-24", "M"),
  N("n1", "kir_sahl", "Maja Söderlund", L, "2024-04-30T14:30", [
      ("MR", "Stationär presakral fibros, ingen diffusionsrestriktion, ingen kontrastuppladdande tumörvävnad."),
      ("Bedömning", "Ärrvävnad, inget recidiv. Ny MR om ett år."),
  ]),
  must_not=["NL102", "NL101"],
  why="'Ärrvävnad, inget recidiv': the scar diagnosis is settled and recurrence negated.")

C("larynx-misstanke-om-aterfal-foreligger-ej-typo", SK, ("1962-07-31", "M"),
  N("n1", "onh_lund", "Kerstin Bolin", L, "2024-08-27T10:05", [
      ("Aktuellt", "Kontroll efter larynxcancer T1aN0, strålbehandlad 2022. Lätt heshet vid förkylning i februari, nu helt bra."),
      ("Status", "Laryngoskopi: symmetriska stämband med normal rörlighet, strålförändringar utan suspekt slemhinna."),
      ("Bedömning", "Misstanke om återfal föreligger ej. Nästa kontroll om sex mån."),
  ]),
  must_not=["NL102", "NL101"],
  why="Typo 'återfal'; 'Misstanke om ... föreligger ej' is a negation placed after the suspicion word.")

C("blasa-njurcysta-bosniak-ej-misstankt-malignitet", VG, ("1958-02-13", "M"),
  N("n1", "uro_sas", "Tove Lindström", L, "2024-12-10T11:20", [
      ("Aktuellt", "Följs med cystoskopi efter TURB för blåscancer 2022, senaste cystoskopi utan recidiv."),
      ("Bedömning", "Den lilla njurcystan hö som noterats på kontroll-DT är Bosniak I och ej misstänkt för malignitet. Kräver ingen uppföljning."),
  ]),
  must_not=["NL102", "NL101"],
  why="'ej misstänkt för malignitet': the suspicion word is negated.")

C("asih-pankreas-overlevnad-troligen-veckor", SK, ("1944-05-25", "K"),
  N("n1", "asih_lund", "Olof Bergh", L, "2024-09-18T15:00", [
      ("Bedömning", "Spridd pankreascancer, tilltagande trötthet och sänkt intag. Förväntad överlevnad troligen veckor snarare än månader. Maken och pat har önskat få veta detta och informerades idag."),
  ], tmpl="Hembesöksanteckning", setting="hemsjukvård"),
  must_not=["NL102", "NL101"],
  why="The hedge concerns prognosis (survival in weeks), not the diagnosis, which is known and told.")

C("onh-pat-tror-aterfall-faryngit", VG, ("1970-09-04", "K"),
  N("n1", "onh_sahl", "Stefan Kjellberg", L, "2024-02-15T13:30", [
      ("Aktuellt", "Pat tror själv att det är ett återfall eftersom hon har ont i halsen på samma sida som tumören satt."),
      ("Status", "Fiberskopi: normal slemhinna, symmetriskt, inget sår eller svullnad. Hals: inga förstorade körtlar."),
      ("Bedömning", "Undersökningen ger inget stöd för recidiv. Halsont bedöms som faryngit."),
  ]),
  must_not=["NL102", "NL101"],
  why="The patient's belief in relapse is rejected by the clinician ('inget stöd för recidiv').")

C("avd-ssk-trol-behov-av-hojd-basdos", SK, ("1962-11-16", "M"),
  N("n1", "onk_avd_lund", "Sandra Mattsson", S, "2024-03-02T06:45", [
      ("Omvårdnad", "Pat med kända levermetastaser har sovit oroligt, NRS 5 vid 03-tiden. Trol. behov av höjd basdos, meddelat dagjouren."),
      ("Elimination", "Ingen avföring på tre dagar, Movicol givet."),
  ], tmpl="Omvårdnadsanteckning", setting="slutenvård", signed=30),
  must_not=["NL102", "NL101"],
  why="'Trol.' hedges a need for more analgesia; the metastases are known.")

C("pet-svar-vantas-troligen-torsdag", VG, ("1966-06-18", "K"),
  N("n1", "onk_nal", "Hanna Berntsson", S, "2024-08-07T10:50", [
      ("Kontaktorsak", "Pat ringer och undrar när svaret på PET-DT kommer."),
      ("Åtgärd", "Svaret väntas troligen på torsdag, ansvarig läkare ringer pat samma dag. Pat nöjd med det."),
  ], tmpl="Telefonanteckning", signed=10),
  must_not=["NL102", "NL101"],
  why="'troligen' is about when a result arrives; no diagnosis is named at all.")

C("fysio-kand-opererad-hjarnmetastas-balans", SK, ("1958-08-02", "M"),
  N("n1", "rehab_hbg", "Rasmus Holm", "fysioterapeut", "2024-11-06T09:30", [
      ("Aktuellt", "Känd lungcancer med en opererad hjärnmetastas i hö parietallob. Remiss för balansträning."),
      ("Status", "Står på ett ben hö 4 s, vä 11 s. Bredspårig gång, går utan hjälpmedel inomhus."),
      ("Åtgärd", "Balansprogram för hemmet, ny kontroll om tre veckor."),
  ], tmpl="Fysioterapeutanteckning"),
  must_not=["NL102", "NL101"],
  why="Known, operated brain metastasis in a physiotherapy note: an affirmed diagnosis.")

C("hodgkin-1998-friskforklarad-ekokontroll", VG, ("1970-03-10", "M"),
  N("n1", "med_alingsas", "Ylva Backman", L, "2024-01-17T10:00", [
      ("Tidigare", "Behandlad för Hodgkins lymfom 1998 med ABVD och mantelfältsstrålning, friskförklarad 2003."),
      ("Aktuellt", "Remiss för ekokardiografi som årlig kontroll efter mediastinal strålbehandling, pat helt symtomfri."),
  ], tmpl="Mottagningsanteckning"),
  must_not=["NL102", "NL101"],
  why="Past lymphoma, declared cured: past history without any hedge.")

C("kolon-mdk-verifierad-solitar-levermetastas-informerad", SK, ("1957-04-14", "M"),
  N("n1", "kir_lund", "Jesper Hansson", L, "2024-03-21T12:00", [
      ("Deltagare", "Leverkirurg, onkolog, radiolog och koordinerande sjuksköterska."),
      ("Konferensbeslut", "Verifierad solitär levermetastas i segment 7, resektabel. Rekommenderas leverresektion efter två kurer FOLFOX."),
      ("Information", "Pat informerad av kirurg 5/3 om metastasen, besked om konferensens rekommendation ges vid telefontid imorgon."),
  ], tmpl="Konferensanteckning"),
  must_not=["NL102", "NL101"],
  why="MDK note with a verified metastasis told to the patient; only the treatment advice is not yet told.")

# ===========================================================================
# C. Tidiga hypoteser: Skåne by template, VGR by sökord
# ===========================================================================

C("th-mall-misstankt-levermetastasering-ej-informerad", SK, ("1957-03-19", "K"),
  N("n1", "onk_lund", "Eva Sandell", L, "2024-06-10T16:10", [
      ("Hypotes", "Misstänkt levermetastasering på kontroll-DT, två till tre små lågattenuerande förändringar. Pat ej informerad, MR lever inväntas innan besked. Förs över till vanlig anteckning när misstanken bekräftats eller avskrivits."),
  ], tmpl="Tidiga hypoteser"),
  must_not=["NL102", "NL101"],
  why="Skåne: hypothesis and 'ej informerad' are inside the Tidiga hypoteser template, which is hidden.")

C("th-sokord-endometrie-misstankt-recidiv-backen", VG, ("1963-09-30", "K"),
  N("n1", "gyn_sahl", "Malin Thorsson", L, "2024-03-14T10:20", [
      ("Aktuellt", "Kontroll 18 mån efter behandling av endometriecancer. Pat har bäckensmärta sedan en månad."),
      ("Status", "Gyn us: ömhet höger fornix, ingen palpabel resistens."),
      ("Tidiga hypoteser", "Misstänkt recidiv i bäckenet. Ej kommunicerat med pat förrän DT är gjord."),
      ("Planering", "DT buk-bäcken bokad 21/3. Återbesök för svar 28/3."),
  ]),
  must_not=["NL102", "NL101"],
  why="VGR: the suspected recurrence sits only under the Tidiga hypoteser sökord; visible sections have none.")

C("th-sokord-och-bedomning-upprepar-misstankt-recidiv", VG, ("1959-04-23", "M"),
  N("n1", "lung_sahl", "Jon Axelsson", L, "2024-05-13T14:00", [
      ("Aktuellt", "Kontroll efter lobektomi för adenocarcinom 2022. Pat har gått ned 5 kg och har ny hosta."),
      ("Tidiga hypoteser", "Misstänkt recidiv i hö hilus enligt preliminärt DT-utlåtande."),
      ("Bedömning", "Hosta och viktnedgång, misstanke om recidiv i höger hilusregion. Bronkoskopi bokas."),
  ]),
  must=["NL102"],
  why="VGR: the hypothesis is under Tidiga hypoteser but is repeated in the visible Bedömning.")

C("th-mall-trolig-lokalrecidv-anastomos-typo", SK, ("1955-10-16", "M"),
  N("n1", "kir_lund", "Ola Jönsson", L, "2024-09-02T11:10", [
      ("Bedömning", "Trolig lokalrecidv vid anastomosen, enbart preliminärt eftersom PAD saknas. Pat ej informerad."),
  ], tmpl="Tidiga hypoteser"),
  must_not=["NL102", "NL101"],
  why="Skåne Tidiga hypoteser template (typo 'lokalrecidv'): hidden, so neither rule applies.")

C("th-sokord-skelettmetastas-synlig-kand-brostcancer", VG, ("1960-01-08", "K"),
  N("n1", "onk_sas", "Niklas Wallén", L, "2024-02-01T13:25", [
      ("Aktuellt", "Kontroll efter bröstcancer vä, opererad och strålbehandlad 2021, tar anastrozol. Ont i ländryggen sedan jul."),
      ("Status", "Lätt palpationsömhet paravertebralt L3–L4, ingen punktömhet över processus spinosus. Neurologi ua."),
      ("Tidiga hypoteser", "Skelettmetastas L3 misstänks. Pat ej informerad om misstanken, besked efter MR."),
      ("Planering", "MR ländrygg inom två veckor. Paracetamol vid behov tills vidare."),
  ]),
  must_not=["NL101", "NL102"],
  why="'ej informerad' refers to a hidden hypothesis; the visible breast cancer is known to the patient.")

C("th-mall-sedan-karcinos-bekraftad-och-informerad", SK, ("1962-12-09", "K"),
  [N("n1", "onk_malmo", "Louise Falk", L, "2024-03-28T15:30", [
      ("Hypotes", "Misstänkt peritoneal spridning på DT efter ovarialcancer. Pat ej informerad, diskuteras på MDK 4/4."),
   ], tmpl="Tidiga hypoteser"),
   N("n2", "onk_malmo", "Louise Falk", L, "2024-04-08T11:00", [
      ("Bedömning", "Peritoneal karcinos bekräftad vid diagnostisk laparoskopi."),
      ("Information", "Pat och make informerade idag, behandlingsalternativ gicks igenom."),
   ])],
  must_not=[("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
  why="Hypothesis kept in Tidiga hypoteser, then confirmed and told in an ordinary note: routine followed.")

C("th-sokord-enbart-rontgenlakare-ringer-binjure", VG, ("1953-07-03", "M"),
  N("n1", "onk_skovde", "Sven Abrahamsson", L, "2024-10-09T15:50", [
      ("Tidiga hypoteser", "Röntgenläkare ringer: preliminärt misstänkt metastas i vä binjure. Slutgiltigt utlåtande efter jämförelse med gamla bilder. Ej kommunicerat med pat."),
  ], tmpl="Telefonanteckning", signed=15),
  must_not=["NL102", "NL101"],
  why="A note whose only section is the Tidiga hypoteser sökord: nothing visible.")

C("th-mall-myelomaterfall-fragetecken-telegrafisk", SK, ("1947-05-27", "M"),
  N("n1", "hem_lund", "Filip Norén", L, "2024-06-05T12:15", [
      ("Hypotes", "Myelomåterfall? M-komp 8 → 19 g/L. Benmärg 3/6. Pat ej info."),
  ], tmpl="Tidiga hypoteser", signed=None),
  must_not=["NL102", "NL101"],
  why="Unsigned telegraphic Tidiga hypoteser draft in Skåne: hidden, no finding.")

C("th-sokord-lang-analcancer-misstankt-lokalrecidiv", VG, ("1959-08-08", "M"),
  N("n1", "onk_nal", "Lars Grahn", L, "2024-11-05T09:30", [
      ("Aktuellt", "Halvårskontroll efter behandling av analcancer (skivepitelcancer, T2N0) med kemoradioterapi 2022. Pat har sedan sommaren haft ökande smärta vid defekation och sparsamma blödningar, som han själv tillskrivit hemorrojder."),
      ("Anamnes", "Hypertoni och hyperlipidemi, välbehandlade. HIV-negativ. Ex-rökare. Bor ensam, har en vuxen dotter i Uddevalla som han träffar varje vecka. Arbetar deltid som busschaufför. Opererad för ljumskbråck 2015. Inga kända läkemedelsallergier."),
      ("Symtom", "Smärtan är skärande vid defekation och sitter i ungefär en timme efteråt, NRS 6. Blödningen är ljusröd på pappret, inte blandad med avföringen. Avföring två gånger dagligen, lös konsistens sedan strålbehandlingen. Ingen inkontinens. Ingen feber eller nattsvettningar, aptit och vikt stabila."),
      ("Tidigare utredning", "MR bäcken i maj 2024 visade strålfibros utan tecken på kvarvarande tumör. Anoskopi samtidigt utan anmärkning."),
      ("Läkemedel", "Amlodipin 5 mg, atorvastatin 40 mg, Xylocain salva vid behov."),
      ("Lab", "Hb 142, CRP 3, kreatinin 88. SCC-antigen taget, svar väntas om ungefär en vecka."),
      ("Status", "AT gott, vikt 78 kg, oförändrad. Inspektion av anus: strålförändrad hud, en liten fissur kl 6 i gynläge. Palpation: ömhet i analkanalen, oregelbunden fasthet vid 3-tiden ca 2 cm ovan linea dentata. Ljumskar: inga palpabla körtlar."),
      ("Tidiga hypoteser", "Fastheten i analkanalen hos tidigare behandlad analcancer inger misstanke om lokalrecidiv, differentialdiagnostiskt strålfibros. Ej framfört till pat ännu i väntan på undersökning i narkos och px; tas upp öppet när PAD finns."),
      ("Bedömning", "Smärta och blödning från analkanalen, fissur kl 6. Fortsatt utredning behövs för att få en säker bild av orsaken till besvären, vilket pat accepterar."),
      ("Information", "Har förklarat för pat att fissurer är vanliga efter strålbehandling men att fastheten i analkanalen behöver undersökas i narkos för en säker bedömning. Pat har inga fler frågor idag."),
      ("Planering", "Undersökning i narkos med px inom två veckor, MR lilla bäckenet dessförinnan. Xylocain salva och bulkmedel, paracetamol 1 g upp till tre gånger dagligen; pat avböjer opioider eftersom han kör buss. Återbesök för besked när PAD är klart; kontaktsjuksköterskan ringer med tider."),
  ], signed=75),
  must_not=["NL102", "NL101"],
  why="Long VGR note: suspicion and 'not told' only under Tidiga hypoteser; visible text has symptoms and the known cancer.")

# ===========================================================================
# D. NL101: diagnosis visible while the note says the patient is not told
# ===========================================================================

C("brost-pad-recidiv-besked-vid-besok", SK, ("1958-07-11", "K"),
  N("n1", "brost_malmo", "Therese Lund", L, "2024-03-08T14:40", [
      ("Aktuellt", "PAD från mellannålsbiopsi av resistensen i hö bröst har inkommit."),
      ("PAD", "Invasiv duktal cancer, ER-positiv, HER2-negativ, förenligt med recidiv av tidigare behandlad bröstcancer."),
      ("Planering", "Pat ännu ej informerad. Besked ges vid besök 15/3 tillsammans med kontaktsjuksköterska."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="Confirmed recurrence in a visible note while 'Pat ännu ej informerad'.")

C("rektal-mdk-lokalrecidiv-ej-informerad-om-beslut", VG, ("1953-11-25", "M"),
  N("n1", "kir_sahl", "Jonas Ek", L, "2024-02-13T15:00", [
      ("Deltagare", "Kolorektalkirurg, onkolog, radiolog, patolog och kontaktsjuksköterska."),
      ("Frågeställning", "Ställningstagande till behandling efter fynd på MR bäcken."),
      ("Konferensbeslut", "Lokalrecidiv av rektalcancer i vä bäckenvägg. Rekommendation: preoperativ strålbehandling följt av utvidgad bäckenkirurgi."),
      ("Information", "Pat ej informerad om konferensbeslutet. Kontaktsjuksköterska bokar besök hos kirurg inom en vecka."),
  ], tmpl="Konferensanteckning"),
  must=["NL101"], must_not=["NL102"],
  why="MDK note names the local recurrence visibly and says the patient is not informed of it.")

C("kolon-levermetastaser-informeras-ej-fore-mdk", SK, ("1949-09-14", "K"),
  N("n1", "kir_lund", "Anton Lindgren", L, "2024-01-23T16:20", [
      ("Röntgen", "DT buk: multipla levermetastaser, den största 4 cm i segment 8."),
      ("Bedömning", "Levermetastaser från tidigare opererad koloncancer. Enligt överenskommelse med ansvarig kirurg ska pat inte informeras förrän fallet diskuterats på lever-MDK på torsdag."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="'ska pat inte informeras förrän ... MDK': a visible diagnosis that must not be told yet.")

C("lunga-hembesok-familjen-vill-inte-att-pat-far-veta", VG, ("1939-06-29", "M"),
  N("n1", "pall_kungalv", "Åsa Lindholm", L, "2024-04-26T13:10", [
      ("Aktuellt", "Hembesök. Känd lungcancer. MR från förra veckan visar flera hjärnmetastaser."),
      ("Närstående", "Hustru och son vill inte att pat får veta om hjärnmetastaserna, de är rädda att han ska ge upp. Pat har därför ännu inte informerats."),
      ("Bedömning", "Har förklarat för familjen att pat har rätt till information om sitt tillstånd. Nytt samtal med familjen imorgon, därefter med pat."),
  ], tmpl="Hembesöksanteckning", setting="hemsjukvård"),
  must=["NL101"], must_not=["NL102"],
  why="Relatives ask that the patient not be told; brain metastases are written visibly and he is not informed.")

C("prostata-skelettscint-beskedet-lamnas-nasta-vecka", SK, ("1960-02-22", "M"),
  N("n1", "onk_hbg", "Magdalena Kraft", L, "2024-05-30T10:55", [
      ("Röntgen", "Skelettscint: multipla upptag i kotpelare, bäcken och revben, förenligt med skelettmetastaser."),
      ("Bedömning", "Skelettmetastaser från prostatacancern. Beskedet lämnas av ansvarig onkolog vid besöket nästa vecka, pat har inte fått svaret ännu."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="Bone metastases stated visibly; the patient 'har inte fått svaret ännu'.")

C("ovarial-tolk-uteblev-recidiv-ej-informerad", VG, ("1971-10-19", "K"),
  N("n1", "onk_nal", "Rebecka Sundin", L, "2024-04-12T11:15", [
      ("Aktuellt", "Återbesök för PET-svar. Bokad tolk (arabiska) uteblev och telefontolk gick inte att få."),
      ("Bedömning", "PET-DT visar recidiv av ovarialcancer med peritoneala härdar. Pat ej informerad om recidivet då tolk saknades; nytt besök med platstolk bokat 22/4."),
  ], signed=None),
  must=["NL101"], must_not=["NL102"],
  why="No interpreter, so the recurrence written in Bedömning has not been told.")

C("lunga-misstankt-lungmetastas-ej-informerad-annu", SK, ("1954-12-28", "M"),
  N("n1", "lung_lund", "Cecilia Ohlin", L, "2024-08-22T09:35", [
      ("Röntgen", "DT thorax, kontroll efter lobektomi: ny 11 mm nodul i vä underlob."),
      ("Bedömning", "Misstänkt lungmetastas. Pat ej informerad ännu, PET-DT beställs och besked ges när svaret finns."),
  ]),
  must=["NL101", "NL102"],
  why="Hedged metastasis in a visible section and the patient is explicitly not yet informed.")

C("blasa-muskelinvasivt-recidiv-ej-informerd-typo", VG, ("1944-03-09", "M"),
  N("n1", "uro_sas", "Pontus Gran", L, "2024-07-04T14:20", [
      ("PAD", "TURB-materialet visar höggradig urotelial cancer, muskelinvasiv (T2), recidiv av tidigare Ta-tumör."),
      ("Bedömning", "Recidiv av blåscancer, nu muskelinvasiv. Pat ej informerd, kallas till besök nästa vecka."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="Typo 'informerd' in 'Pat ej informerad'; the recurrence is visible and not yet told.")

C("kolon-ssk-tel-inget-svar-per-telefon-progress", SK, ("1967-01-31", "K"),
  N("n1", "onk_malmo", "Josefin Åberg", S, "2024-03-11T13:05", [
      ("Kontaktorsak", "Ringer pat för att boka läkarbesök för DT-svar."),
      ("Åtgärd", "Tid bokad 14/3. På ansvarig läkares begäran ges inget svar per telefon. DT visar progress med nya levermetastaser; pat har inte fått veta detta."),
  ], tmpl="Telefonanteckning", signed=15),
  must=["NL101"], must_not=["NL102"],
  why="Nurse documents new liver metastases visibly and that the patient 'har inte fått veta detta'.")

C("lunga-pleurakarcinos-pat-vet-annu-inte", VG, ("1956-05-09", "K"),
  N("n1", "lung_sahl", "Gustav Moberg", L, "2024-09-12T17:30", [
      ("Cytologi", "Pleuravätskan innehåller maligna celler av adenokarcinomtyp, förenligt med spridning från känd lungcancer."),
      ("Bedömning", "Pleurakarcinos. Pat vet ännu inte om att sjukdomen spridit sig till lungsäcken; ansvarig läkare ger besked vid ronden imorgon."),
  ], tmpl="Daganteckning", setting="slutenvård"),
  must=["NL101"], must_not=["NL102"],
  why="'Pat vet ännu inte' with a confirmed pleural carcinosis in a visible inpatient note.")

C("ventrikel-op-peritoneal-karcinomatos-pat-sovd", SK, ("1965-08-17", "K"),
  N("n1", "kir_lund", "Martin Bergkvist", L, "2024-10-17T12:40", [
      ("Operation", "Diagnostisk laparoskopi inför planerad ventrikelresektion."),
      ("Fynd", "Spridd peritoneal karcinomatos med multipla 2–5 mm härdar på omentet och diafragman. Resektion ej meningsfull, px tagna."),
      ("Information", "Pat sövd, ej informerad om fyndet. Information ges av operatören postop dag 1."),
  ], tmpl="Operationsberättelse", setting="slutenvård", signed=55),
  must=["NL101"], must_not=["NL102"],
  why="Operation note names peritoneal carcinomatosis; the patient was asleep and is not informed.")

C("ovarial-dottern-vill-vara-med-vid-beskedet", VG, ("1942-02-03", "K"),
  N("n1", "onk_skovde", "Håkan Nord", L, "2024-11-14T15:20", [
      ("Aktuellt", "DT visar att ovarialcancern har återkommit med ascites och härdar i levern."),
      ("Information", "Pat har inte fått veta att cancern återkommit. Dottern vill vara med vid beskedet och kan komma tidigast på måndag, vilket pat själv önskat."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="Recurrence written visibly; the patient has not been told yet (waiting for her daughter).")

C("melanom-satellitmetastaser-avvaktar-information", SK, ("1956-03-01", "M"),
  N("n1", "hud_lund", "Lina Wahlberg", L, "2024-07-11T10:25", [
      ("Status", "I och runt ärret efter excision av melanom på vä skuldra ses fem blåsvarta 2–4 mm papler."),
      ("Bedömning", "Kliniskt säkert recidiv med satellitmetastaser. Avvaktar med information till pat tills PAD har bekräftat, besked om ca 10 dagar."),
  ]),
  must=["NL101"],
  why="Clinically certain recurrence written visibly while information to the patient is withheld until PAD.")

C("kontaktssk-tel-besked-pa-onsdag-metastaser", VG, ("1959-12-07", "K"),
  N("n1", "jubkl", "Anna Hedlund", KS, "2024-05-17T09:30", [
      ("Kontaktorsak", "Pat ringer och frågar om svaret på DT från i fredags."),
      ("Åtgärd", "Enligt ansvarig läkare ska beskedet ges vid besöket på onsdag, pat informerad om att svaret lämnas då. DT-svaret visar metastaser i lever och lunga."),
  ], tmpl="Telefonanteckning", signed=20),
  must=["NL101"], must_not=["NL102"],
  why="The patient is only told WHEN the answer comes; the metastases in the same visible note are not told.")

C("endometrie-recidiv-vantar-pga-makens-dod", SK, ("1963-06-13", "K"),
  N("n1", "gyn_lund", "Sara Holmberg", L, "2024-03-13T11:50", [
      ("Bedömning", "Recidiv av endometriecancer i vaginaltoppen, verifierat med px."),
      ("Planering", "Pat ej informerad om recidivet ännu; hennes make avled förra veckan och efter samråd med kurator väntar vi några dagar. Samtal planerat v. 12."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="Verified recurrence visible; telling is deliberately postponed because of bereavement.")

C("epikris-levermetastaser-biopsisvar-ej-informerad", VG, ("1946-10-24", "M"),
  N("n1", "med_alingsas", "Emma Kristiansson", L, "2024-04-25T15:45", [
      ("Diagnos", "Levermetastaser, primärtumör ej fastställd."),
      ("Sammanfattning", "Inlagd för utredning av viktnedgång. DT och leverbiopsi visar adenokarcinommetastaser i levern."),
      ("Information", "Pat ej informerad om biopsisvaret, som kom samma dag som utskrivningen. Besked ges vid återbesök på onkologen 3/5."),
  ], tmpl="Epikris", setting="slutenvård", signed=300),
  must=["NL101"], must_not=["NL102"],
  why="Discharge summary: liver metastases in the Diagnos section, patient not informed of the biopsy.")

C("brost-utkast-trippelnegativt-recidiv-ej-informerad", SK, ("1977-09-05", "K"),
  N("n1", "onk_krist", "Moa Engström", L, "2024-09-13T16:30", [
      ("Bedömning", "Recidiv i vänster bröst, PAD visar trippelnegativ cancer. Pat ej informerad, besked 20/9."),
  ], signed=None),
  must=["NL101"], must_not=["NL102"],
  why="Unsigned draft (pre-signing): recurrence written visibly, patient not informed.")

C("njure-pat-annu-ovetande-om-spridningen", VG, ("1957-04-26", "M"),
  N("n1", "onk_sas", "Kristoffer Dahl", L, "2024-06-19T14:15", [
      ("Bedömning", "Njurcancer med nytillkomna metastaser i skelett och lunga enligt DT. Pat ännu ovetande om spridningen, har inte kunnat nås per telefon; brev med kallelse skickat."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="'Pat ännu ovetande om spridningen' (lexical variant of not informed) with visible metastases.")

C("brost-misstankt-hjarnmetastas-inte-namnt-for-pat", SK, ("1966-11-02", "K"),
  N("n1", "onk_lund", "Jakob Ivarsson", L, "2024-02-22T15:05", [
      ("Bedömning", "Misstänkt hjärnmetastas utifrån nytillkommen huvudvärk och synfältsbortfall. Har inte nämnt misstanken för pat ännu, MR hjärna bokas akut."),
  ]),
  must=["NL101", "NL102"],
  why="Suspected brain metastasis visible and the doctor 'har inte nämnt misstanken för pat'.")

C("lunga-pet-n2-pat-har-inte-informerats", VG, ("1962-08-30", "M"),
  N("n1", "lung_sahl", "Elsa Lind", L, "2024-10-24T10:45", [
      ("Bedömning", "PET-DT visar spridning till mediastinala lymfkörtlar, N2, vilket innebär att operation inte längre är aktuell. Pat har inte informerats om PET-svaret; läkarbesök på torsdag."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="Mediastinal spread stated visibly; the patient has not been informed of the PET answer.")

C("avd-ssk-bor-inte-fa-veta-recidiv-i-levern", SK, ("1948-12-15", "K"),
  N("n1", "onk_avd_lund", "Lisa Jakobsson", S, "2024-05-23T20:10", [
      ("Omvårdnad", "Pat inlagd för smärtlindring, NRS 3 efter höjd dos. Enligt ansvarig läkare bör pat inte få veta om recidivet i levern innan hon träffat sin onkolog på fredag."),
  ], tmpl="Omvårdnadsanteckning", setting="slutenvård", signed=40),
  must=["NL101"], must_not=["NL102"],
  why="Nurse's visible note names the liver recurrence and says the patient should not be told yet.")

C("follikulart-lymfom-aterfall-pat-annu-inte-informerad", VG, ("1969-01-12", "M"),
  N("n1", "hem_sahl", "Nora Sjöstedt", L, "2024-08-30T13:50", [
      ("Benmärg", "Benmärgsbiopsi: infiltration av follikulärt lymfom, ca 30 %."),
      ("Bedömning", "Återfall av follikulärt lymfom. Pat är ännu inte informerad om återfallet, bokas för besked och behandlingsplanering."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="Lymphoma relapse ('återfall') visible and 'ännu inte informerad'.")

C("lunga-hjarnmetastaser-hustrun-informerad-pat-inte", SK, ("1950-07-19", "M"),
  N("n1", "onk_avd_lund", "Fredrik Ahl", L, "2024-12-05T17:20", [
      ("Bedömning", "MR visar tre hjärnmetastaser från känd lungcancer. Hustrun informerad per telefon på hennes begäran; pat själv ej informerad ännu då han var sederad efter dagens undersökning."),
  ], tmpl="Daganteckning", setting="slutenvård"),
  must=["NL101"], must_not=["NL102"],
  why="The wife was told but the patient was not: informing a relative does not count as informing the patient.")

C("lunga-mdk-lang-spridd-recidiv-ej-informerad", VG, ("1972-12-01", "K"),
  N("n1", "jubkl", "Karin Wahl", L, "2024-05-16T12:30", [
      ("Deltagare", "Thoraxkirurg Anders Berg, lungmedicinare Sofia Lind, onkolog Karin Wahl, thoraxradiolog Ola Engström, patolog Eva Strand, nuklearmedicinare Martin Lo, kontaktsjuksköterska Anna Hed."),
      ("Bakgrund", "Kvinna 51 år, aldrig rökare. Opererad med lobektomi hö överlob i maj 2022 för adenocarcinom pT1cN0, EGFR exon 19-deletion. Ingen adjuvant behandling enligt dåvarande riktlinjer. Kontroller med DT var sjätte månad, senast i mars utan anmärkning. Nu remitterad från lungmottagningen pga nytillkommen torrhosta och smärta i vä axel sedan sex veckor."),
      ("Komorbiditet", "Astma, välkontrollerad med inhalationssteroid. Ingen hjärt- eller njursjukdom. Inga läkemedelsallergier. Aldrig exponerad för asbest eller radon enligt egen uppgift."),
      ("Tidigare behandling", "Ingen tidigare systemisk behandling och ingen strålbehandling."),
      ("Status vid remiss", "ECOG 0–1. Ingen viktnedgång. Normal neurologi enligt lungmottagningens anteckning. Smärta i vä axel NRS 4, lindras av paracetamol."),
      ("Lab", "Hb 128, kreatinin 71, kalcium 2,41, ALP 1,6, LD normalt."),
      ("Frågeställning", "Värdering av nytagen PET-DT och biopsi. Förslag på fortsatt behandling."),
      ("Radiologi", "PET-DT 2024-05-13: patologiskt upptag i två mediastinala lymfkörtelstationer (4R och 7), i en 2 cm skelettlesion i vä scapula samt i två små lungnoduli i vä underlob. Vid staplerraden inget upptag."),
      ("Patologi", "EBUS-TBNA från station 7: adenocarcinom, morfologiskt och immunhistokemiskt identiskt med primärtumören. EGFR exon 19-deletion kvarstår, ingen T790M. PD-L1 5 %."),
      ("Konferensbeslut", "Spritt recidiv av lungcancer med metastaser i mediastinala lymfkörtlar, skelett och vä lunga, stadium IV. Ej aktuellt med kurativt syftande behandling. Rekommendation: osimertinib 80 mg dagligen, palliativ strålbehandling mot vä scapula vid smärta, benstärkande behandling med denosumab eller zoledronsyra att övervägas."),
      ("Information", "Pat är ännu inte informerad om konferensens slutsats och har inte fått del av PET-svaret. Besked ges av onkolog Karin Wahl vid besök 23/5 med kontaktsjuksköterska närvarande; pat har önskat att maken följer med."),
      ("Övrigt", "MR hjärna 2024-05-14 utan patologiska fynd. Skelettscint ej gjord, PET bedöms tillräckligt. Pat har två barn i skolåldern och arbetar som ekonom; maken är hennes närmaste kontaktperson. Ingen pågående studie passar, men vid framtida behandlingssvikt kan bedömning på fas 1-enheten bli aktuell."),
      ("Ansvarig", "Onkologen, Jubileumskliniken, övertar ansvaret."),
  ], tmpl="Konferensanteckning", signed=200),
  must=["NL101"], must_not=["NL102"],
  why="Long MDK note (about 300 words): stage IV recurrence stated and the patient not yet informed.")

# ===========================================================================
# E. NL101 near misses in Melior notes -> must_not NL101
# ===========================================================================

C("rektal-pat-inforerad-om-recidivet-typo", SK, ("1957-05-06", "K"),
  N("n1", "kir_ystad", "Hugo Persson", L, "2024-04-04T13:40", [
      ("Information", "Pat inforerad om recidivet vid anastomosen. Tar beskedet med fattning och frågar om behandlingsmöjligheter."),
      ("Planering", "Remiss till onkolog för ställningstagande till kemoradioterapi."),
  ]),
  must_not=["NL101", "NL102"],
  why="Typo 'inforerad' in 'Pat informerad': the patient was told, so no uncommunicated diagnosis.")

C("ovarial-maken-annu-ej-informerad-pat-vill-beratta", VG, ("1975-04-15", "K"),
  N("n1", "gyn_sahl", "Ida Lövgren", L, "2024-06-27T14:10", [
      ("Bedömning", "Recidiv av ovarialcancer med karcinos. Pat informerad idag."),
      ("Närstående", "Maken ännu ej informerad, pat vill berätta själv i kväll. Erbjuden gemensamt samtal nästa vecka."),
  ]),
  must_not=["NL101", "NL102"],
  why="The husband, not the patient, is uninformed; the patient was told.")

C("kurator-barnen-vet-inte-om-spridningen", SK, ("1980-06-21", "K"),
  N("n1", "brost_malmo", "Elin Hammar", "kurator", "2024-08-21T10:00", [
      ("Samtal", "Pat fick för en vecka sedan veta att bröstcancern spridit sig till skelettet. Barnen, 9 och 12 år, vet ännu inte om spridningen och pat önskar stöd i hur hon ska berätta."),
      ("Åtgärd", "Material om att prata med barn om cancer överlämnat. Nytt samtal om två veckor."),
  ], tmpl="Kuratorsanteckning", signed=50),
  must_not=["NL101", "NL102"],
  why="The children do not know, but the patient herself was told a week ago.")

C("prostata-ej-informerad-om-ny-tid-for-stralstart", VG, ("1951-09-19", "M"),
  N("n1", "onk_skovde", "Maria Fors", S, "2024-03-06T11:25", [
      ("Aktuellt", "Prostatacancer, högrisk, planerad kurativ strålbehandling."),
      ("Åtgärd", "Pat ej informerad om ny tid för strålstart p.g.a. maskinhaveri. Ssk ringer pat imorgon för ombokning."),
  ], tmpl="Omvårdnadsanteckning", signed=15),
  must_not=["NL101", "NL102"],
  why="'ej informerad' concerns a new appointment, not a diagnosis the patient does not know.")

C("rektal-dt-normalt-ej-informerad-far-brev", SK, ("1960-10-27", "M"),
  N("n1", "kir_lund", "Karolina Ehn", L, "2024-11-20T14:50", [
      ("Röntgen", "DT thorax-buk: inga tecken på recidiv av rektalcancern eller nytillkomna förändringar."),
      ("Planering", "Pat ej informerad om DT-svaret ännu, får det per brev i veckan."),
  ], tmpl="Telefonanteckning", signed=10),
  must_not=["NL101", "NL102"],
  why="Not yet informed, but the answer is normal: no new diagnosis is being withheld.")

C("brost-informerad-per-telefon-om-skelettspridning", VG, ("1955-08-04", "K"),
  N("n1", "onk_sas", "Andreas Molin", L, "2024-07-25T12:05", [
      ("Information", "Pat informerad per telefon om PET-svaret: spridning till skelettet i bäckenet och två revben. Pat önskade själv få beskedet per telefon och har sin syster hos sig."),
  ], tmpl="Telefonanteckning", signed=20),
  must_not=["NL101", "NL102"],
  why="Spread told by telephone at the patient's own wish: informed.")

C("kolon-vill-inte-diskutera-overlevnad-informerad", SK, ("1948-11-08", "M"),
  N("n1", "onk_hbg", "Ebba Lindell", L, "2024-01-31T13:55", [
      ("Samtal", "Pat informerad om att tjocktarmscancern spridit sig till levern och att behandlingen nu är livsförlängande. Önskar inte diskutera förväntad överlevnad idag, vilket respekteras."),
  ]),
  must_not=["NL101", "NL102"],
  why="Informed of the spread; declining prognosis talk is not lack of information about the diagnosis.")

C("kolon-besked-givet-men-inte-tagit-in", VG, ("1940-12-20", "K"),
  N("n1", "onk_nal", "Murat Kaya", L, "2024-10-10T10:15", [
      ("Bedömning", "Pat har fått besked om levermetastaserna i förra veckan men förefaller inte ha tagit in informationen, frågar idag när nästa kontroll är. Nytt samtal med dotter närvarande bokat."),
  ]),
  must_not=["NL101", "NL102"],
  why="Told but did not take it in: the patient has been informed, no NL101.")

C("dottern-ringer-pat-har-ej-gett-samtycke", VG, ("1954-02-27", "M"),
  N("n1", "jubkl", "Sofia Ahlström", KS, "2024-04-18T15:35", [
      ("Närstående", "Dottern ringer och vill veta resultatet av senaste DT. Pat, som fick besked om progressen av sin njurcancer i tisdags, har inte gett samtycke till att vi lämnar uppgifter till henne, så dottern hänvisas till pat."),
  ], tmpl="Telefonanteckning", signed=10),
  must_not=["NL101", "NL102"],
  why="A relative is not given information (secrecy); the patient himself was told.")

C("brost-ej-informerad-om-studieupplagget", SK, ("1966-05-31", "K"),
  N("n1", "onk_lund", "Victor Sahlin", L, "2024-03-19T14:25", [
      ("Aktuellt", "Metastaserad bröstcancer med levermetastaser, tredje linjens behandling."),
      ("Planering", "Pat ej informerad om studieupplägget ännu, studiesjuksköterskan skickar patientinformation. Pat aktuell för screening i april."),
  ], signed=None),
  must_not=["NL101", "NL102"],
  why="Not informed about a study design, not about a diagnosis.")

C("lever-informerades-igar-uppfoljande-samtal", VG, ("1961-10-11", "M"),
  N("n1", "kir_nal", "Helene Lund", L, "2024-02-29T09:50", [
      ("Aktuellt", "Pat informerades igår av mig om recidivet i levern. Idag uppföljande samtal om behandlingsalternativ, hustrun med."),
      ("Bedömning", "Solitärt leverrecidiv, resektabelt. Remiss till leverkirurgi."),
  ]),
  must_not=["NL101", "NL102"],
  why="The recurrence was told the day before; today's note documents follow-up.")

C("gyn-informerad-om-misstanke-invantar-pad", SK, ("1952-08-18", "K"),
  N("n1", "gyn_lund", "Rut Lindkvist", L, "2024-06-06T10:40", [
      ("Information", "Pat informerad om att det finns en misstanke om recidiv och att vi inväntar PAD innan vi vet säkert. Hon förstår och vill ha besked per telefon."),
  ], signed=None),
  must_not=["NL101"],
  why="The suspicion itself was communicated to the patient, so NL101 does not apply (NL102 not asserted).")

C("pall-anhoriga-informerade-sista-dagar", VG, ("1936-04-05", "M"),
  N("n1", "pall_kungalv", "Karin Hellman", S, "2024-09-20T19:15", [
      ("Närstående", "Sonen och dottern informerade om att pappa nu bedöms vara i livets sista dagar. Pat själv informerades om spridningen av sin cancer i mars och har uttryckt att han vill dö hemma."),
  ], tmpl="Omvårdnadsanteckning", setting="hemsjukvård", signed=30),
  must_not=["NL101", "NL102"],
  why="Relatives informed about dying; the patient was told about the spread earlier.")

C("rektal-ssk-har-inte-natt-pat-for-bokning", VG, ("1962-01-22", "K"),
  N("n1", "kir_sahl", "Therese Holm", KS, "2024-03-15T14:00", [
      ("Aktuellt", "Recidiv av rektalcancer, pat informerad vid besöket hos dr Holm 4/3."),
      ("Åtgärd", "Har ännu inte nått pat per telefon för att boka in röntgen. Nytt försök imorgon."),
  ], tmpl="Omvårdnadsanteckning", signed=10),
  must_not=["NL101", "NL102"],
  why="'inte nått pat' is about a phone call; the recurrence was told on 4/3.")

C("glioblastom-pat-kanner-till-sin-diagnos", SK, ("1965-02-14", "M"),
  N("n1", "neurokir_lund", "Axel Ring", L, "2024-07-08T11:30", [
      ("Bedömning", "Glioblastom med progress på MR trots andra linjens behandling. Pat känner till sin diagnos och att behandlingsmöjligheterna är begränsade."),
  ]),
  must_not=["NL101", "NL102"],
  why="'Pat känner till sin diagnos': explicitly informed.")

C("brost-information-gavs-i-narvaro-av-make", VG, ("1951-07-28", "K"),
  N("n1", "jubkl", "Tomas Berg", L, "2024-01-19T13:20", [
      ("Information", "Informationen om recidivet gavs i närvaro av make och kontaktsjuksköterska. Pat ställde relevanta frågor om biverkningar."),
      ("Bedömning", "Recidiv av bröstcancer i form av lymfkörtelmetastaser i vä axill."),
  ]),
  must_not=["NL101", "NL102"],
  why="Recurrence told to the patient with husband and contact nurse present.")

C("prostata-forklarat-metastas-med-bilder", SK, ("1943-10-30", "M"),
  N("n1", "onk_krist", "Johanna Nilsson", L, "2024-05-07T14:35", [
      ("Samtal", "Pat hade inte hört ordet metastas tidigare. Förklarat med bilder att cancern i prostata har spridit dotterceller till skelettet. Pat återberättar informationen korrekt."),
  ]),
  must_not=["NL101", "NL102"],
  why="'hade inte hört ordet metastas' precedes an explanation: the patient is informed.")

C("njure-ej-underrattad-om-lakarbyte", SK, ("1959-03-24", "K"),
  N("n1", "onk_malmo", "Lovisa Berg", S, "2024-08-09T10:20", [
      ("Aktuellt", "Njurcancer med kända lungmetastaser, på sunitinib."),
      ("Åtgärd", "Pat ännu inte underrättad om att ordinarie läkare är sjukskriven, ssk ringer och meddelar byte av läkare."),
  ], tmpl="Omvårdnadsanteckning", signed=10),
  must_not=["NL101", "NL102"],
  why="The patient is uninformed about a change of doctor, not about the diagnosis.")

C("kurator-har-inte-berattat-for-arbetsgivaren", VG, ("1978-11-17", "K"),
  N("n1", "kurator_sas", "Linnea Åström", "kurator", "2024-05-29T13:00", [
      ("Samtal", "Pat har ännu inte berättat för sin arbetsgivare om att cancern har kommit tillbaka. Vill själv välja tidpunkt, vi diskuterar för- och nackdelar."),
  ], tmpl="Kuratorsanteckning", signed=45),
  must_not=["NL101", "NL102"],
  why="The patient has not told her employer; she knows about the recurrence herself.")

C("glioblastom-sonen-ringer-hanvisas-till-pat", VG, ("1949-09-22", "K"),
  N("n1", "neuroonk_sahl", "Ellen Svahn", S, "2024-11-28T10:30", [
      ("Kontaktorsak", "Sonen ringer och vill veta svaret på MR från i måndags."),
      ("Åtgärd", "Hänvisar till pat som fick besked om tumörtillväxten av dr Ali igår. Pat har tidigare uttryckt att hon själv vill hålla i kontakten med barnen."),
  ], tmpl="Telefonanteckning", signed=10),
  must_not=["NL101", "NL102"],
  why="A son asks for results; the patient was told yesterday and wants to handle her children herself.")

C("lunga-pet-svar-inkommet-ej-bedomt-ej-informerad", SK, ("1962-04-09", "M"),
  N("n1", "onk_lund", "Tilda Svensson", S, "2024-04-23T11:10", [
      ("Kontaktorsak", "Pat ringer om PET-svaret."),
      ("Åtgärd", "Svaret är inkommet men ännu inte bedömt av ansvarig läkare; pat ej informerad. Läkaren ringer imorgon."),
  ], tmpl="Telefonanteckning", signed=10),
  must_not=["NL101", "NL102"],
  why="'pat ej informerad' but no diagnosis at all is written in the note.")

# ===========================================================================
# F. PMO (Skåne primary care): diagnoses never shown -> must_not NL102
#    (NL101 is not asserted on PMO notes)
# ===========================================================================

C("pmo-vc-misstankt-recidiv-axillkortel", SK, ("1959-02-10", "K"),
  N("n1", "vc_hoor", "Lars Thulin", L, "2024-02-19T10:30", [
      ("Aktuellt", "Opererad för bröstcancer hö 2020. Söker för knöl i hö axill sedan två veckor."),
      ("Status", "Hö axill: 2 cm fast, fixerad körtel."),
      ("Bedömning", "Misstänkt recidiv av bröstcancer. Remiss enligt standardiserat vårdförlopp till bröstmottagningen."),
  ], tmpl="Besöksanteckning"),
  must_not=["NL102"],
  why="PMO: a hedged recurrence in a primary care note is never shown as a diagnosis.")

C("pmo-hemsjukvard-trol-hjarnmetastaser", SK, ("1944-06-07", "M"),
  N("n1", "hsjv_simrishamn", "Birgitta Nordin", S, "2024-03-25T14:20", [
      ("Aktuellt", "Hembesök. Pat med lungcancer i palliativt skede, nytillkommen förvirring sedan igår."),
      ("Bedömning", "Trol. hjärnmetastaser enl. ansvarig onkolog som kontaktats per telefon. Betapred ökas enl. ordination."),
  ], tmpl="Hemsjukvårdsanteckning", setting="hemsjukvård"),
  must_not=["NL102"],
  why="PMO home-care note with 'Trol. hjärnmetastaser': PMO never shows diagnoses.")

C("pmo-vc-missankt-spridning-skelett-typo", SK, ("1955-11-11", "M"),
  N("n1", "vc_sodervarn", "Yasmin Karimi", L, "2024-05-14T09:15", [
      ("Bedömning", "Tidigare prostatacancer, nu ryggvärk och förhöjt ALP. Missänkt spridning till skelettet, skelettscint och remiss till urologen."),
  ], tmpl="Besöksanteckning"),
  must_not=["NL102"],
  why="PMO note with typo 'Missänkt': hedged spread, but PMO does not show diagnoses.")

C("pmo-vc-kompressionsfraktur-dd-metastas", SK, ("1946-01-29", "K"),
  N("n1", "vc_eslov", "Mikael Jeppsson", L, "2024-07-17T13:00", [
      ("Bedömning", "Kompressionsfraktur L1 på röntgen. DD osteoporotisk fraktur, metastas från tidigare bröstcancer. MR och kontakt med onkologen."),
  ], tmpl="Besöksanteckning"),
  must_not=["NL102"],
  why="PMO: differential diagnosis including metastasis, not visible as a diagnosis.")

C("pmo-hemsjukvard-sannolikt-progress-ikterisk", SK, ("1938-08-25", "K"),
  N("n1", "hsjv_simrishamn", "Jan Lindblom", L, "2024-10-22T11:45", [
      ("Bedömning", "Ikterisk sedan några dagar. Sannolikt progress med levermetastaser av känd pankreascancer. Ingen vidare utredning enligt pat:s önskan, fokus på symtomlindring."),
  ], tmpl="Hemsjukvårdsanteckning", setting="hemsjukvård"),
  must_not=["NL102"],
  why="PMO palliative home-care note: hedged liver metastases, PMO does not show diagnoses.")

C("pmo-vc-telegrafisk-lungmetastaser-fragetecken", SK, ("1960-09-16", "M"),
  N("n1", "vc_kavlinge", "Gustaf Roslund", L, "2024-01-09T15:30", [
      ("Bedömning", "Hosta 6 v, rökare, njurcancer op 2019. Lungmetastaser? Rtg pulm idag."),
  ], tmpl="Besöksanteckning", signed=None),
  must_not=["NL102"],
  why="Unsigned telegraphic PMO draft with 'Lungmetastaser?': PMO never shows diagnoses.")

C("pmo-tel-ssk-ev-recidiv-rektalblodning", SK, ("1963-12-04", "K"),
  N("n1", "vc_hoor", "Emelie Strand", S, "2024-06-24T08:40", [
      ("Kontaktorsak", "Pat ringer, ny blödning från ändtarmen, opererad för rektalcancer 2021."),
      ("Åtgärd", "Bokad till läkare imorgon, ev. recidiv enl. dr Persson."),
  ], tmpl="Telefonanteckning", signed=10),
  must_not=["NL102"],
  why="PMO telephone note with 'ev. recidiv': hedged, but PMO never shows diagnoses.")

C("pmo-vc-psa-prostatacancer-kan-ej-uteslutas", SK, ("1958-07-01", "M"),
  N("n1", "vc_sodervarn", "Petra Wallin", L, "2024-09-09T10:05", [
      ("Bedömning", "PSA 12, tidigare 4 för två år sedan. Prostatacancer kan ej uteslutas, remiss till urolog enligt SVF."),
  ], tmpl="Besöksanteckning"),
  must_not=["NL102"],
  why="PMO: 'kan ej uteslutas' hedge in primary care, not shown.")

C("pmo-hemsjukvard-misstankt-tumorblodning-melena", SK, ("1947-04-12", "M"),
  N("n1", "hsjv_simrishamn", "Ulla Bengtsson", S, "2024-12-09T07:55", [
      ("Aktuellt", "Melena sedan i morse, känd ventrikelcancer. Hb 84 patientnära."),
      ("Bedömning", "Misstänkt tumörblödning, jourläkare kontaktad."),
  ], tmpl="Hemsjukvårdsanteckning", setting="hemsjukvård"),
  must_not=["NL102"],
  why="PMO home-care nurse: suspected tumour bleeding, not visible as a diagnosis.")

C("pmo-vc-trolig-malign-pleuravatska", SK, ("1950-03-27", "K"),
  N("n1", "vc_eslov", "Niklas Borg", L, "2024-04-29T16:10", [
      ("Bedömning", "Dämpning hö bas. Känd ovarialcancer. Trolig malign pleuravätska, akut remiss till lungkliniken."),
  ], tmpl="Besöksanteckning"),
  must_not=["NL102"],
  why="PMO: 'Trolig malign pleuravätska' in a primary care note is never shown.")

C("pmo-vc-trolig-depression-efter-recidivbesked", SK, ("1970-08-14", "K"),
  N("n1", "vc_kavlinge", "Hedvig Sand", L, "2024-11-04T13:30", [
      ("Aktuellt", "Fick besked om recidiv av koloncancer i september. Nedstämd, sover dåligt, orkar inte gå till jobbet."),
      ("Bedömning", "Trolig depression, MADRS-S 27. Sertralin 50 mg insätts, sjukskrivning 4 veckor."),
  ], tmpl="Besöksanteckning"),
  must_not=["NL102"],
  why="PMO: hedged depression after a recurrence is not shown as a diagnosis.")

# ===========================================================================
# G. Records of 2-3 notes; the cancer may be named only in an earlier note
# ===========================================================================

C("rec-kolon-adjuvant-sedan-trolig-metastas-segment2", VG, ("1961-02-15", "M"),
  [N("n1", "onk_nal", "Sara Vikström", L, "2024-02-06T10:00", [
      ("Bedömning", "Adjuvant behandling avslutad för koloncancer i transversum, pT4aN1b. Pat informerad om uppföljningsprogrammet med DT var sjätte månad."),
   ]),
   N("n2", "onk_nal", "Sara Vikström", L, "2024-08-12T15:30", [
      ("Röntgenrond", "DT: ny 13 mm hypodens förändring i segment 2, trolig metastas. MR lever beställd."),
   ], tmpl="Röntgenrondsanteckning", signed=20)],
  must=[("NL102", "n2")], must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="Cancer named only in n1; the later short note n2 carries the hedged metastasis.")

C("rec-brost-sedan-informerad-om-skelettspridning", SK, ("1968-03-02", "K"),
  [N("n1", "brost_malmo", "Amanda Frisk", L, "2024-01-10T09:30", [
      ("Aktuellt", "Mastektomi och axillutrymning hö 2023 för lobulär bröstcancer. Pat mår bra på tamoxifen."),
   ]),
   N("n2", "onk_malmo", "Isak Bergman", L, "2024-05-20T13:00", [
      ("Information", "Pat informerad om att DT och skelettscint visar spridning till skelettet i bäckenet och ländryggen. Start av CDK4/6-hämmare diskuteras."),
   ])],
  must_not=[("NL101", "n2"), ("NL102", "n1"), ("NL102", "n2")],
  why="Spread named in the later note n2 together with the fact that the patient was told.")

C("rec-lunga-alectinib-sedan-misstankt-binjuremetastas", VG, ("1971-06-23", "K"),
  [N("n1", "lung_sahl", "Kim Lindahl", L, "2024-03-04T11:00", [
      ("Bedömning", "Adenocarcinom vä överlob stadium IV, ALK-positivt, behandlas med alectinib sedan 2023 med god effekt."),
   ]),
   N("n2", "lung_sahl", "Kim Lindahl", L, "2024-06-10T14:20", [
      ("Röntgen", "DT: primärtumören oförändrad men ny 22 mm förändring i hö binjure, misstänt metastas."),
      ("Planering", "PET-DT och ny bedömning."),
   ])],
  must=[("NL102", "n2")], must_not=[("NL102", "n1")],
  why="Typo 'misstänt' in n2; the cancer itself is named only in n1, the hedged metastasis in n2.")

C("rec-rektal-mdk-informerad-kurator-tre-anteckningar", SK, ("1956-09-29", "M"),
  [N("n1", "kir_lund", "Tove Ekberg", L, "2024-04-02T15:00", [
      ("Konferensbeslut", "Lokalrecidiv av rektalcancer presakralt. Förslag: strålbehandling följt av bäckenkirurgi."),
      ("Information", "Pat ej informerad, besök hos kirurg bokas."),
   ], tmpl="Konferensanteckning"),
   N("n2", "kir_lund", "Tove Ekberg", L, "2024-04-05T10:20", [
      ("Information", "Pat informerad om recidivet och MDK:s förslag om strålbehandling följt av operation. Pat vill fundera till nästa vecka."),
   ]),
   N("n3", "psyk_onk_lund", "Nadja Pettersson", "kurator", "2024-04-12T13:30", [
      ("Samtal", "Samtal efter beskedet. Pat sover dåligt och oroar sig för ekonomin, hustrun är sjukskriven sedan i höstas."),
      ("Åtgärd", "Information om närståendepenning och högkostnadsskydd. Återbesök hos kurator 26/4."),
   ], tmpl="Kuratorsanteckning")],
  must=[("NL101", "n1")], must_not=[("NL101", "n2"), ("NL101", "n3"), ("NL102", "n3")],
  why="Three notes: MDK note names the recurrence while not informed; the later notes document the informing.")

C("rec-melanom-pet-svar-ej-informerad-utan-diagnos", VG, ("1982-10-14", "M"),
  [N("n1", "hud_sahl", "Petra Holm", L, "2024-02-21T10:45", [
      ("Bedömning", "Malignt melanom vä underarm, Breslow 3,4 mm, portvaktskörtel positiv. Pat informerad om diagnosen och om planerad adjuvant immunterapi. PET-DT som utgångsläge beställd."),
   ]),
   N("n2", "hud_sahl", "Jonna Alm", S, "2024-03-06T14:10", [
      ("Åtgärd", "PET-DT-svaret har inkommit och granskas av ansvarig läkare. Pat ej informerad om svaret; läkartid på fredag där det gås igenom."),
   ], tmpl="Telefonanteckning", signed=10)],
  must_not=[("NL101", "n1"), ("NL101", "n2"), ("NL102", "n2")],
  why="n2 says not informed but names no diagnosis; the melanoma in n1 was told.")

C("rec-ovarial-ca125-fragetecken-sedan-bekraftat", SK, ("1960-05-03", "K"),
  [N("n1", "gyn_lund", "Ingela Bruhn", L, "2024-01-16T09:40", [
      ("Aktuellt", "Höggradig serös ovarialcancer st IIIC, behandlad 2022, i remission. Pat informerad om kontrollprogrammet."),
   ]),
   N("n2", "gyn_lund", "Ingela Bruhn", L, "2024-04-11T11:10", [
      ("Bedömning", "CA-125 har stigit från 15 till 180. Återfall? DT bokad."),
   ], tmpl="Telefonanteckning", signed=15),
   N("n3", "gyn_lund", "Ingela Bruhn", L, "2024-05-02T13:20", [
      ("Bedömning", "DT och px: recidiv med peritoneal karcinos."),
      ("Information", "Pat och make informerade, behandling med PARP-hämmare diskuteras."),
   ])],
  must=[("NL102", "n2")], must_not=[("NL102", "n3"), ("NL101", "n3"), ("NL102", "n1")],
  why="Three notes: only n2 has the hedge ('Återfall?'); n3 confirms and documents that the patient was told.")

C("rec-th-sokord-sedan-levermetastaser-bekraftade", VG, ("1955-07-16", "M"),
  [N("n1", "jubkl", "Mona Forsell", L, "2024-09-03T10:00", [
      ("Aktuellt", "Kontroll efter koloncancer. Ont under hö arcus sedan en månad."),
      ("Tidiga hypoteser", "Misstänkt spridning till levern på ultraljud, ej kommunicerat med pat innan DT."),
   ]),
   N("n2", "jubkl", "Mona Forsell", L, "2024-09-17T14:00", [
      ("Bedömning", "DT bekräftar tre levermetastaser."),
      ("Information", "Pat informerad idag, tar beskedet sakligt och vill veta allt om behandlingen."),
   ])],
  must_not=[("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
  why="VGR routine followed: hypothesis under the Tidiga hypoteser sökord, later confirmed and told in a visible note.")

C("rec-prostata-biokemiskt-recidiv-phoenix-informerad", SK, ("1947-12-11", "M"),
  [N("n1", "uro_malmo", "Henrik Lagerlöf", L, "2024-01-25T10:30", [
      ("Aktuellt", "Prostatacancer, strålbehandlad 2020 med neoadjuvant hormonbehandling. PSA-nadir 0,4."),
   ]),
   N("n2", "uro_malmo", "Henrik Lagerlöf", L, "2024-06-27T11:15", [
      ("Bedömning", "PSA 3,1 och stigande. Biokemiskt recidiv enligt Phoenix-kriteriet."),
      ("Information", "Pat informerad, PSMA-PET beställd."),
   ])],
  must_not=[("NL102", "n2"), ("NL101", "n2")],
  why="A recurrence defined by criteria and told: affirmed and communicated in n2.")

C("rec-pall-skelettmetastaser-sedan-misstankt-patologisk-fraktur", VG, ("1949-05-18", "K"),
  [N("n1", "pall_kungalv", "Olle Brandt", L, "2024-07-01T13:00", [
      ("Bedömning", "Bröstcancer med skelettmetastaser i bäcken och lårben, i palliativt skede. Inskrivning i palliativa teamet."),
   ], tmpl="Inskrivningsanteckning", setting="hemsjukvård"),
   N("n2", "pall_kungalv", "Frida Gustavsson", S, "2024-07-19T08:20", [
      ("Aktuellt", "Ny smärta i hö lår vid förflyttning, kan inte belasta."),
      ("Bedömning", "Misstänkt patologisk fraktur. Läkare kontaktad, ambulans till akuten för röntgen."),
   ], tmpl="Omvårdnadsanteckning", setting="hemsjukvård", signed=25)],
  must=[("NL102", "n2")], must_not=[("NL102", "n1")],
  why="Known metastases in n1; the nurse's n2 adds a hedged pathological fracture, visible.")

C("rec-lunga-rontgen-axel-normal-ej-informerad", SK, ("1954-09-07", "M"),
  [N("n1", "onk_hbg", "Julia Roth", L, "2024-02-05T10:15", [
      ("Aktuellt", "Lungcancer opererad 2022, kontroll enligt program. Ont i hö axel sedan en månad, slätröntgen beställd."),
   ]),
   N("n2", "onk_hbg", "Kevin Ståhl", S, "2024-02-09T14:40", [
      ("Åtgärd", "Röntgen hö axel: ingen skelettmetastas, artrosförändringar i AC-leden. Pat ej informerad om svaret ännu, läkare ringer imorgon."),
   ], tmpl="Telefonanteckning", signed=10)],
  must_not=[("NL101", "n2"), ("NL102", "n2")],
  why="n2 says not yet informed, but the result is negative (no metastasis).")

C("rec-hodgkin-remission-sedan-aterfall-kan-inte-uteslutas", VG, ("1989-01-03", "K"),
  [N("n1", "hem_sahl", "Leo Andersson", L, "2024-01-22T09:30", [
      ("Bedömning", "Hodgkins lymfom st IIA, behandlat 2019 med ABVD, i remission. Kontroll en gång per år."),
   ]),
   N("n2", "hem_sahl", "Leo Andersson", L, "2024-09-03T10:50", [
      ("Aktuellt", "Nattsvettningar, klåda och nya körtlar på halsen sedan en månad."),
      ("Bedömning", "Återfall kan inte uteslutas. Körtelbiopsi och PET-DT."),
   ])],
  must=[("NL102", "n2")], must_not=[("NL102", "n1")],
  why="Lymphoma named in n1; the bare 'Återfall kan inte uteslutas' in n2 is the hedge.")

C("rec-onh-mdk-misstankt-recidiv-sedan-uteslutet", SK, ("1958-06-09", "K"),
  [N("n1", "onh_lund", "Marcus Lindén", L, "2024-03-27T15:10", [
      ("Konferensbeslut", "Misstänkt recidiv i vä munbotten efter strålbehandling av munhålecancer. Beslut: px i narkos."),
   ], tmpl="Konferensanteckning"),
   N("n2", "onh_lund", "Marcus Lindén", L, "2024-04-10T11:00", [
      ("Bedömning", "PAD: inflammation och strålförändringar, ingen malignitet. Recidiv uteslutet och pat informerad."),
   ])],
  must=[("NL102", "n1")], must_not=[("NL102", "n2")],
  why="Hedged recurrence in a visible MDK note (n1), later ruled out (n2).")

C("rec-njure-lungforandringar-metastaser-ej-informerad", VG, ("1952-11-19", "M"),
  [N("n1", "uro_sas", "Eva Rydberg", L, "2024-02-14T13:00", [
      ("Aktuellt", "Njurcancer hö, nefrektomi 2021, pT3a. Kontroll-DT visar små förändringar i båda lungorna, px planeras."),
   ]),
   N("n2", "uro_sas", "Eva Rydberg", L, "2024-06-11T10:30", [
      ("Bedömning", "Lungförändringarna har vid px visat sig vara metastaser från njurcancern. Pat ej informerad, besked vid besök 18/6."),
   ])],
  must=[("NL101", "n2")], must_not=[("NL101", "n1"), ("NL102", "n2")],
  why="n2 names the metastases and says the patient is not yet informed.")

C("rec-pankreas-pmo-sedan-melior-trolig-lokalrecidiv", SK, ("1955-03-30", "K"),
  [N("n1", "onk_lund", "Alva Dahlberg", L, "2024-02-15T09:20", [
      ("Bedömning", "Pankreascancer, Whipple 2023, adjuvant behandling avslutad. Kontroll om fyra månader."),
   ]),
   N("n2", "vc_hoor", "Bengt Ivarsson", L, "2024-06-03T10:40", [
      ("Bedömning", "Buksmärta och viktnedgång 5 kg. Misstänkt recidiv, kontaktar onkologen."),
   ], tmpl="Besöksanteckning"),
   N("n3", "onk_lund", "Alva Dahlberg", L, "2024-06-12T14:10", [
      ("Röntgen", "DT: mjukdelsökning kring a. mesenterica superior."),
      ("Bedömning", "Trolig lokalrecidiv. Diskuteras på pankreas-MDK."),
   ])],
  must=[("NL102", "n3")], must_not=[("NL102", "n2"), ("NL102", "n1")],
  why="Same hedge in a PMO note (n2, hidden as diagnosis) and a Melior note (n3, visible).")

C("rec-melanom-kurator-radd-for-spridning-infor-pet", VG, ("1973-08-26", "K"),
  [N("n1", "hud_sahl", "Oskar Bergström", L, "2024-03-11T10:00", [
      ("Bedömning", "Malignt melanom på vä lår, excision med utvidgad marginal. Pat informerad om diagnosen och kontrollupplägget."),
   ]),
   N("n2", "kurator_sas", "Cornelia Vik", "kurator", "2024-03-25T13:30", [
      ("Samtal", "Pat rädd för att melanomet ska ha spridit sig inför den PET-undersökning hon ska göra. Har svårt att koncentrera sig på jobbet."),
   ], tmpl="Kuratorsanteckning")],
  must_not=[("NL102", "n2"), ("NL101", "n2")],
  why="Worry about spread before PET, in a counsellor's note: not a clinician's hypothesis.")

C("rec-th-mall-sedan-vanlig-anteckning-misstankt-recidiv", SK, ("1964-02-01", "M"),
  [N("n1", "onh_lund", "Sofia Hallberg", L, "2024-05-06T16:00", [
      ("Hypotes", "Misstänkt recidiv av larynxcancer, preliminärt utlåtande på DT hals."),
   ], tmpl="Tidiga hypoteser"),
   N("n2", "onh_lund", "Sofia Hallberg", L, "2024-05-07T09:15", [
      ("Bedömning", "Heshet sedan sex veckor, känd larynxcancer strålbehandlad 2022. Misstänkt recidiv glottiskt, ny MR och laryngoskopi i narkos."),
   ])],
  must=[("NL102", "n2")], must_not=[("NL102", "n1")],
  why="Skåne: the hypothesis is hidden in the Tidiga hypoteser note n1 but repeated in the ordinary note n2.")

C("rec-lunga-trolig-hjarnmetastas-anhoriga-informerade", SK, ("1951-10-05", "K"),
  [N("n1", "lung_lund", "Erik Ljungberg", L, "2024-08-01T10:30", [
      ("Bedömning", "Småcellig lungcancer, begränsad sjukdom, kemoradioterapi avslutad i juni. Profylaktisk hjärnbestrålning erbjuden men avböjd."),
   ]),
   N("n2", "lung_lund", "Erik Ljungberg", L, "2024-09-16T15:50", [
      ("Bedömning", "Trolig hjärnmetastas enligt DT hjärna, MR bokad."),
      ("Information", "Pat ej informerad ännu. Maken har informerats på pat:s tidigare uttryckliga önskan att han ska få all information."),
   ])],
  must=[("NL101", "n2"), ("NL102", "n2")],
  why="Husband informed but not the patient: a hedged brain metastasis in n2 is visible and uncommunicated.")

C("rec-myelom-vgpr-sedan-aterfall-ej-informerad", VG, ("1950-01-24", "M"),
  [N("n1", "hem_sahl", "Ulf Carlberg", L, "2024-03-19T11:40", [
      ("Bedömning", "Myelom IgG-kappa, autolog stamcellstransplantation 2022, i VGPR på lenalidomid underhåll."),
   ]),
   N("n2", "hem_sahl", "Ulf Carlberg", L, "2024-07-30T16:10", [
      ("Lab", "M-komponent 6 → 21 g/L på två månader."),
      ("Bedömning", "Återfall av myelomet med nya osteolyser på lågdos-DT. Pat ännu ej informerad; besök med hematolog nästa vecka."),
   ])],
  must=[("NL101", "n2")], must_not=[("NL101", "n1"), ("NL102", "n2")],
  why="Relapse named in n2 with the patient not informed; n1 holds only the known myeloma.")

C("rec-barnen-ej-informerade-dottern-ringer", VG, ("1967-04-20", "K"),
  [N("n1", "onk_sas", "Anders Lilja", L, "2024-10-02T13:00", [
      ("Information", "Pat informerad om att bröstcancern spridit sig till levern. Önskar att barnen inte informeras ännu, vill själv välja tillfälle."),
   ]),
   N("n2", "onk_sas", "Vera Hansson", KS, "2024-10-07T09:40", [
      ("Kontaktorsak", "Dottern ringer och frågar om mammans senaste undersökning."),
      ("Åtgärd", "Dottern hänvisas till pat enligt pat:s önskan, inga uppgifter lämnas."),
   ], tmpl="Telefonanteckning", signed=10)],
  must_not=[("NL101", "n1"), ("NL101", "n2"), ("NL102", "n1")],
  why="Children uninformed at the patient's wish; the patient herself was told in n1.")

C("rec-sigmoideum-informerad-sedan-nya-levermetastaser-ej-informerad", SK, ("1962-07-27", "M"),
  [N("n1", "kir_ystad", "Lena Hallin", L, "2024-01-15T11:20", [
      ("Bedömning", "Koloncancer i sigmoideum, opererad i november 2023, pN0. Pat informerad om PAD och att ingen tilläggsbehandling behövs."),
   ]),
   N("n2", "kir_ystad", "Lena Hallin", L, "2024-06-10T15:40", [
      ("Röntgen", "Kontroll-DT: två nya levermetastaser i hö lob."),
      ("Planering", "Pat ej informerad ännu; tid hos kirurg bokas."),
   ])],
  must=[("NL101", "n2")], must_not=[("NL101", "n1"), ("NL102", "n2")],
  why="n1 told the original cancer; n2 names new metastases while the patient is not informed.")

C("rec-lunga-mdk-spridning-sedan-informerad-av-lakare", VG, ("1950-09-13", "K"),
  [N("n1", "lung_sahl", "Åke Nyström", L, "2024-11-12T15:30", [
      ("Konferensbeslut", "Spridning till båda lungorna, inte längre aktuellt med kurativt syftande behandling."),
      ("Information", "Pat ej informerad om konferensbeslutet, läkarbesök imorgon."),
   ], tmpl="Konferensanteckning"),
   N("n2", "lung_sahl", "Ronja Eliasson", KS, "2024-11-13T16:00", [
      ("Information", "Pat informerad av dr Nyström om spridningen, maken med. Tid till onkolog bokad."),
   ], tmpl="Omvårdnadsanteckning", signed=15)],
  must=[("NL101", "n1")], must_not=[("NL101", "n2")],
  why="MDK note n1 names the spread while not told; the contact nurse's n2 records that the patient was told.")

C("rec-pankreas-ca199-stigande-sedan-inget-recidiv", VG, ("1957-10-09", "M"),
  [N("n1", "kir_nal", "Isabella Rask", L, "2024-03-12T10:00", [
      ("Bedömning", "Pankreascancer, Whipple 2023. Pat mår bra, ingen adjuvant behandling pga nedsatt allmäntillstånd efter operationen."),
   ]),
   N("n2", "onk_nal", "Nils Åkerlund", L, "2024-06-18T11:30", [
      ("Lab", "CA 19-9 stigande, 37 → 92 kU/L."),
      ("Planering", "Ny DT buk beställd."),
   ], tmpl="Telefonanteckning", signed=10),
   N("n3", "onk_nal", "Nils Åkerlund", L, "2024-06-28T14:00", [
      ("Bedömning", "DT utan tecken på recidiv eller metastaser. Pat informerad per telefon, ny CA 19-9 om sex veckor."),
   ], tmpl="Telefonanteckning", signed=10)],
  must_not=[("NL102", "n2"), ("NL102", "n3"), ("NL101", "n3")],
  why="Rising marker without any hedged diagnosis (n2), then a negative DT told to the patient (n3).")

C("rec-utkast-recidiv-vanster-brost-dagen-efter-informerad", SK, ("1976-12-22", "K"),
  [N("n1", "brost_malmo", "Nathalie Ek", L, "2024-10-14T16:45", [
      ("Bedömning", "Mellannålsbiopsi bekräftar recidiv i vänster bröst, HER2-positivt. Pat har inte fått beskedet ännu."),
   ], signed=None),
   N("n2", "brost_malmo", "Nathalie Ek", L, "2024-10-15T10:30", [
      ("Information", "Pat informerad om recidivet tillsammans med sin mamma. Plan för neoadjuvant behandling gicks igenom."),
   ])],
  must=[("NL101", "n1")], must_not=[("NL101", "n2"), ("NL102", "n1")],
  why="An unsigned draft (n1) names the recurrence before telling; the next day's note (n2) documents informing.")


# ===========================================================================
# Validation and output
# ===========================================================================

CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}
PROTECTED_TEMPLATES_SKANE = {"Tidiga hypoteser"}
PROTECTED_KEYWORDS_VGR = {"Tidiga hypoteser"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(pnr):
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", pnr)
    if not m:
        return False
    if pnr[9:11] == "00":
        return False
    digits = [int(c) for c in pnr[2:8] + pnr[9:]]
    tot = 0
    for i, x in enumerate(digits):
        v = x * (2 if i % 2 == 0 else 1)
        tot += v // 10 + v % 10
    return tot % 10 == 0


def in_2024(s):
    try:
        return _dt.datetime.fromisoformat(s).year == 2024
    except (TypeError, ValueError):
        return False


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        n = c.get("case")
        if list(c.keys()) != CASE_KEYS:
            errs.append("%s: keys %s" % (n, list(c.keys())))
        if n in names:
            errs.append("%s: duplicate case name" % n)
        names.add(n)
        if not re.fullmatch(r"[a-z0-9-]+", n or ""):
            errs.append("%s: case name not lower-case ascii" % n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset %s" % (n, c["ruleset"]))
        if not c["why"] or "\n" in c["why"]:
            errs.append("%s: why must be one line" % n)
        r = c["record"]
        if set(r.keys()) != RECORD_KEYS:
            errs.append("%s: record keys %s" % (n, sorted(r.keys())))
        p = r["patient"]
        if set(p.keys()) != PATIENT_KEYS:
            errs.append("%s: patient keys" % n)
        if not luhn_ok(p["id"]):
            errs.append("%s: personnummer %s not Luhn-valid" % (n, p["id"]))
        if p["id"][:8] != p["birth_date"].replace("-", ""):
            errs.append("%s: personnummer does not match birth_date" % n)
        bd = _dt.date.fromisoformat(p["birth_date"])
        age = 2024 - bd.year
        if 13 <= age <= 16:
            errs.append("%s: patient aged 13-15 (avoid)" % n)
        if not in_2024(r["as_of"]):
            errs.append("%s: as_of not in 2024" % n)
        ids = set()
        notes_by_id = {}
        for note in r["notes"]:
            if set(note.keys()) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (n, sorted(note.keys())))
            if note["id"] in ids:
                errs.append("%s: duplicate note id %s" % (n, note["id"]))
            ids.add(note["id"])
            notes_by_id[note["id"]] = note
            if not in_2024(note["time"]):
                errs.append("%s/%s: time not in 2024" % (n, note["id"]))
            if note["signed"] is not None:
                if not in_2024(note["signed"]):
                    errs.append("%s/%s: signed not in 2024" % (n, note["id"]))
                if note["signed"] < note["time"]:
                    errs.append("%s/%s: signed before time" % (n, note["id"]))
                if note["signed"] > r["as_of"]:
                    errs.append("%s/%s: signed after as_of" % (n, note["id"]))
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s/%s: VGR notes must be Melior" % (n, note["id"]))
            if note["system"] not in ("Melior", "PMO"):
                errs.append("%s/%s: system %s" % (n, note["id"], note["system"]))
            hsa = note["unit"]["hsa_id"]
            want = "SE2321000255-" if c["ruleset"] == "skane" else "SE2321000131-"
            if not hsa.startswith(want):
                errs.append("%s/%s: HSA-id %s not of region" % (n, note["id"], hsa))
            if c["ruleset"] == "vgr" and note["template"] in PROTECTED_TEMPLATES_SKANE:
                errs.append("%s/%s: VGR protects by sökord, not template" % (n, note["id"]))
            for sec in note["sections"]:
                if set(sec.keys()) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append("%s/%s: bad section" % (n, note["id"]))
                if c["ruleset"] == "skane" and sec["keyword"] in PROTECTED_KEYWORDS_VGR:
                    errs.append("%s/%s: Skåne protects by template, not sökord" % (n, note["id"]))
                for s in SENT_SPLIT.split(sec["text"]):
                    s = s.strip()
                    if len(s) >= 25:
                        sentences.setdefault(s, []).append("%s/%s" % (n, note["id"]))
        if list(sorted(notes_by_id)) != sorted(ids) or not ids:
            errs.append("%s: no notes" % n)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % n)
        seen = set()
        for kind in ("must", "must_not"):
            for t in c[kind]:
                if not (isinstance(t, list) and len(t) == 2):
                    errs.append("%s: bad target %r" % (n, t))
                    continue
                code, nid = t
                if code not in CODES:
                    errs.append("%s: code %s outside NL101/NL102" % (n, code))
                if nid not in notes_by_id:
                    errs.append("%s: target %s does not exist" % (n, nid))
                    continue
                if (code, nid) in seen:
                    errs.append("%s: %s on %s asserted twice / both ways" % (n, code, nid))
                seen.add((code, nid))
                note = notes_by_id[nid]
                if note["system"] == "PMO" and code == "NL101":
                    errs.append("%s: NL101 asserted on PMO note %s" % (n, nid))
                if note["system"] == "PMO" and code == "NL102" and kind == "must":
                    errs.append("%s: must NL102 on PMO note %s" % (n, nid))
    for s, where in sentences.items():
        if len(where) > 1:
            errs.append("sentence repeated %dx (%s): %s" % (len(where), ", ".join(where), s))
    return errs


def main():
    errs = validate(CASES)
    lines = [json.dumps(c, ensure_ascii=False, sort_keys=False) for c in CASES]
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    # re-read what was written and validate again
    reread = [json.loads(l) for l in open(OUT, encoding="utf-8") if l.strip()]
    errs += validate(reread) if reread != CASES else []
    if reread != CASES:
        errs.append("written file does not round-trip")
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    stats = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                stats.setdefault(code, {"must": 0, "must_not": 0})[kind] += 1
    print("%s: %d cases written to %s" % (NAME, len(CASES), OUT))
    for code in sorted(stats):
        print("  %s must %d  must_not %d" % (code, stats[code]["must"], stats[code]["must_not"]))


if __name__ == "__main__":
    main()
