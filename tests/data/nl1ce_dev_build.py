#!/usr/bin/env python3
"""nl1ce_dev_cases: independent gold cases for notelint (NL1 heavy, some NL2).

Theme: primary care (vårdcentral) — GP visits, district nurses, telephone advice,
chronic disease follow-up (diabetes, hypertension, COPD, heart failure, dementia),
lab results and referrals awaited, patients' own words, lay Swedish and eponyms,
notes that mix settled old diagnoses with one new suspicion.

Written from the seeds and DESIGN.md only. Dependency-free, deterministic.
`python3 build.py` writes nl1ce_dev_cases.jsonl beside itself and validates it;
exit status 1 on any problem.
"""
import datetime as _dt
import json
import os
import re
import sys

NAME = "nl1ce_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

# ---------------------------------------------------------------- units
UNITS = {
    # Skåne primary care (PMO)
    "sk_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-4471"),
    "sk_hoor": ("Vårdcentralen Höör", "SE2321000255-4402"),
    "sk_simrishamn": ("Vårdcentralen Österlen, Simrishamn", "SE2321000255-4518"),
    "sk_kvarnby": ("Vårdcentralen Kvarnby, Malmö", "SE2321000255-4633"),
    "sk_angelholm": ("Vårdcentralen Ängelholm", "SE2321000255-4707"),
    "sk_tomelilla": ("Vårdcentralen Tomelilla", "SE2321000255-4739"),
    "sk_bjuv": ("Vårdcentralen Bjuv", "SE2321000255-4756"),
    "sk_nasby": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-4781"),
    "sk_trelleborg": ("Vårdcentralen Trelleborg Söder", "SE2321000255-4812"),
    "sk_eslov": ("Vårdcentralen Eslöv", "SE2321000255-4840"),
    "sk_hemsjv_ystad": ("Hemsjukvården Ystad, primärvård", "SE2321000255-4866"),
    "sk_bvc_landskrona": ("BVC Landskrona", "SE2321000255-4893"),
    "sk_hassleholm": ("Vårdcentralen Hässleholm Norra", "SE2321000255-4915"),
    # Skåne hospital outpatient (Melior)
    "sk_hsv_malmo": ("Hjärtsviktsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6120"),
    "sk_minne_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6188"),
    "sk_lung_hbg": ("Lungmottagningen, Helsingborgs lasarett", "SE2321000255-6241"),
    "sk_diab_cks": ("Diabetesmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-6307"),
    "sk_med_ystad": ("Medicinmottagningen, Lasarettet i Ystad", "SE2321000255-6352"),
    "sk_ger_lund": ("Geriatriska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6419"),
    "sk_njur_lund": ("Njurmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6477"),
    "sk_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6530"),
    # Västra Götaland (Melior)
    "vg_hentorp": ("Vårdcentralen Hentorp, Skövde", "SE2321000131-P41207"),
    "vg_backa": ("Vårdcentralen Backa, Göteborg", "SE2321000131-P41288"),
    "vg_lerum": ("Vårdcentralen Lerum", "SE2321000131-P41315"),
    "vg_kungalv": ("Vårdcentralen Kungälv", "SE2321000131-P41390"),
    "vg_sandared": ("Vårdcentralen Sandared", "SE2321000131-P41422"),
    "vg_hjo": ("Vårdcentralen Hjo", "SE2321000131-P41459"),
    "vg_majorna": ("Vårdcentralen Majorna, Göteborg", "SE2321000131-P41503"),
    "vg_vanersborg": ("Vårdcentralen Vänersborg", "SE2321000131-P41561"),
    "vg_lidkoping": ("Vårdcentralen Lidköping Ågården", "SE2321000131-P41617"),
    "vg_stromstad": ("Vårdcentralen Strömstad", "SE2321000131-P41644"),
    "vg_med_nal": ("Medicinmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E21034"),
    "vg_hsv_ostra": ("Hjärtsviktsmottagningen, Sahlgrenska universitetssjukhuset Östra", "SE2321000131-E21101"),
    "vg_minne_skovde": ("Minnesmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E21177"),
    "vg_lung_boras": ("Lungmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E21230"),
    "vg_diab_kungalv": ("Diabetesmottagningen, Kungälvs sjukhus", "SE2321000131-E21286"),
    "vg_ger_molndal": ("Geriatriska mottagningen, Mölndals sjukhus", "SE2321000131-E21342"),
    "vg_kir_alingsas": ("Kirurgmottagningen, Alingsås lasarett", "SE2321000131-E21399"),
}

# ---------------------------------------------------------------- helpers
CASES = []

# Unsigned drafts (the pre-signing situation), besides those written with signed=None.
DRAFTS = {
    "vc-horton-fragetecken-huvudvark", "lung-kol-trolig-exacerbation", "vc-kan-vara-menieres",
    "pmo-gikt-fragetecken-kort", "vc-pneumoni-uteslutes-crp", "vc-hereditet-mor-trol-alzheimer",
    "vc-ev-aterbesok-hypertoni", "vc-th-alkoholrelaterad-leverskada", "pmo-th-mall-receptfornyelse",
    "hsv-eko-ef25-ej-underrattad", "vc-informerad-per-telefon-hypotyreos",
    "vc-huvudvark-sambon-knuffade", "pmo-bvc-orosanmalan-ordinarie-mall",
}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(nine))


def iso(t):
    return _dt.datetime.strptime(t, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:00")


def N(nid="n1", sys_="Melior", tpl="Läkaranteckning", unit="vg_hentorp",
      author=("Okänd Författare", "läkare"), time="2024-03-12 14:05", signed=45,
      setting="öppenvård", sections=(), refs=()):
    """One note. signed = minutes after time, or None for an unsigned draft."""
    t = _dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    s = None if signed is None else (t + _dt.timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:00")
    uname, hsa = UNITS[unit]
    return {
        "id": nid, "system": sys_, "template": tpl,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": iso(time), "signed": s, "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def add(name, ruleset, birth, serial, notes, must=(), must_not=(), why=""):
    if isinstance(notes, dict):
        notes = [notes]
    if name in DRAFTS:
        for n in notes:
            n["signed"] = None
    last = max(_dt.datetime.fromisoformat(n["signed"] or n["time"]) for n in notes)
    as_of = (last + _dt.timedelta(days=3)).replace(hour=0, minute=0)
    if as_of.year != 2024:
        as_of = _dt.datetime(2024, 12, 31)
    rec = {
        "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
        "as_of": as_of.strftime("%Y-%m-%dT%H:%M:00"),
        "notes": notes, "access_events": [], "conversations": [], "treatments": [],
    }
    CASES.append({
        "case": name, "ruleset": ruleset, "record": rec,
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why,
    })


def M(*codes, n="n1"):
    return [(c, n) for c in codes]


# ================================================================ CASES
# ---------------------------------------------------------------- A. NL102 must: hedged diagnosis, visible, Melior

add("vc-susp-polymyalgi-morgonstelhet", "vgr", "1951-11-04", "246", N(
    unit="vg_hentorp", author=("Karin Edvardsson", "läkare"), time="2024-02-06 10:20",
    sections=[
        ("Aktuellt", "72-årig kvinna med sedan länge känd hypertoni och hypotyreos. Sedan tre veckor stelhet i skuldror och höfter, värst på morgonen. \"Jag kommer knappt ur sängen på morgonen\", säger hon."),
        ("Status", "Smärtsam abduktion bilateralt i axlarna. Ingen synovit i händernas småleder. Temporalisartärerna palperas mjuka och oömma."),
        ("Bedömning", "Misstänkt polymyalgia reumatika. SR och CRP tas idag."),
        ("Planering", "Vid förhöjda inflammationsparametrar start med Prednisolon 15 mg dagligen, jag ringer pat på fredag."),
    ]),
    must=M("NL102"), why="new suspicion (misstänkt polymyalgia reumatika) beside settled old diagnoses in a visible Melior Bedömning")

add("tel-ssk-trol-cystit-telegrafiskt", "vgr", "1986-05-19", "128", N(
    tpl="Telefonanteckning", unit="vg_backa", author=("Elin Sjöqvist", "sjuksköterska"),
    time="2024-03-04 08:45", signed=20,
    sections=[
        ("Kontaktorsak", "Sveda vid miktion sedan 2 d, täta trängningar. Afebril, ej ont i ryggen."),
        ("Bedömning", "Trol. okomplicerad cystit."),
        ("Åtgärd", "Lämnar urinprov idag kl 13, recept Selexid enl. delegerad ordination. Åter om feber."),
    ]),
    must=M("NL102"), why="telegraphic nurse phone note: abbreviated 'Trol.' hedge on cystit")

add("hjartsvikt-dekompenserad-fragetecken", "skane", "1946-08-30", "317", N(
    unit="sk_hsv_malmo", author=("Johan Lindqvist", "läkare"), time="2024-01-17 13:10",
    sections=[
        ("Anamnes", "Känd hjärtsvikt med nedsatt EF sedan 2021, förmaksflimmer. Ökad andfåddhet senaste veckan, sover nu med tre kuddar. Viktökning 3 kg på en vecka enligt egen våg."),
        ("Status", "Halsvenstas. Krepitationer basalt bilateralt. Underbensödem upp till knäna."),
        ("Bedömning", "Dekompenserad hjärtsvikt? DD pneumoni med tanke på lätt temp 37,9."),
        ("Åtgärd", "Furix höjs till 40 mg x 2. Rtg pulm och CRP idag."),
    ]),
    must=M("NL102"), why="question-mark hedge plus DD in a visible Bedömning at a Melior heart failure clinic")

add("minne-sannolik-alzheimer-formell", "vgr", "1943-02-11", "482", N(
    unit="vg_minne_skovde", author=("Peter Hallgren", "läkare"), time="2024-04-09 09:30",
    sections=[
        ("Sammanfattning", "Minnesutredning klar. MMT 22/30, klocktest med planeringssvårigheter, DT hjärna visar måttlig central atrofi och enstaka vitsubstansförändringar."),
        ("Bedömning", "Sannolik Alzheimers sjukdom med vaskulär komponent."),
        ("Planering", "Start Donepezil 5 mg. Återbesök om 3 månader med anhörig."),
    ]),
    must=M("NL102"), why="formal 'sannolik Alzheimers sjukdom' is still an uncertain diagnosis in visible Melior text")

add("vc-fastande-glukos-susp-diabetes", "vgr", "1968-09-02", "551", N(
    unit="vg_lerum", author=("Mattias Öberg", "läkare"), time="2024-05-13 15:05",
    sections=[
        ("Provsvar", "fP-glukos 7,4 vid ett tillfälle, HbA1c 46."),
        ("Bedömning", "Misstänkt typ 2-diabetes. Nytt fastevärde om två veckor innan diagnos sätts."),
    ]),
    must=M("NL102"), why="suspected diabetes while awaiting a confirming lab value, visible in Melior")

add("tel-lungemboli-kan-ej-uteslutas", "vgr", "1979-12-23", "163", N(
    tpl="Telefonanteckning", unit="vg_vanersborg", author=("Sofia Mårtensson", "läkare"),
    time="2024-06-18 11:50", signed=15,
    sections=[
        ("Telefonrådgivning", "Ringer pga plötslig andfåddhet och hugg i vänster sida sedan igår kväll. Flög hem från Thailand i söndags. P-piller."),
        ("Bedömning", "Lungemboli kan ej uteslutas."),
        ("Åtgärd", "Hänvisas till akuten NÄL idag för D-dimer och ev. DT-angio. Pat åker med maken."),
    ]),
    must=M("NL102"), why="'kan ej uteslutas' hedge on lungemboli in a telephone note")

add("vc-horton-fragetecken-huvudvark", "vgr", "1949-07-15", "274", N(
    unit="vg_hjo", author=("Anders Rydén", "läkare"), time="2024-02-27 10:40",
    sections=[
        ("Aktuellt", "Nytillkommen huvudvärk vid tinningarna sedan 10 dagar, ont i käken när hon tuggar. Känd DM2 och glaukom."),
        ("Status", "Öm och förtjockad a. temporalis höger. Visus oförändrat enligt pat."),
        ("Bedömning", "Temporalisarterit (Hortons sjukdom)?"),
        ("Åtgärd", "SR 78. Start Prednisolon 40 mg idag, remiss till ögonkliniken och reumatolog för biopsi."),
    ]),
    must=M("NL102"), why="eponym diagnosis followed only by '?' in visible Bedömning")

add("vc-ev-begynnande-kol-rokare", "vgr", "1962-03-28", "390", N(
    unit="vg_kungalv", author=("Lena Alm", "läkare"), time="2024-01-23 14:15",
    sections=[
        ("Aktuellt", "Långvarig rökhosta med segt slem om morgnarna, 35 paketår. \"Det är bara röken\", säger pat."),
        ("Bedömning", "Ev. begynnande KOL. Spirometri med reversibilitet bokas hos astma/KOL-ssk."),
        ("Åtgärd", "Rökavvänjning erbjuden, pat vill fundera."),
    ]),
    must=M("NL102"), why="abbreviation 'Ev.' hedging KOL in a visible Melior note")

add("vc-misstant-formaksflimmer-typo", "vgr", "1955-10-06", "208", N(
    unit="vg_sandared", author=("Jonas Pettersson", "läkare"), time="2024-03-19 09:05",
    sections=[
        ("Aktuellt", "Hjärtklappning i omgångar sedan en månad, känner att hjärtat 'slår hur det vill'. Behandlad hypertoni."),
        ("Status", "Regelbunden rytm vid undersökningen, BT 152/90. EKG sinusrytm."),
        ("Bedömning", "Misstänt paroxysmalt förmaksflimmer. Långtids-EKG beställt."),
    ]),
    must=M("NL102"), why="typo 'Misstänt' (for misstänkt) must still count as a hedge on förmaksflimmer")

add("vc-parkinson-differentialdiagnostiskt", "vgr", "1950-04-21", "336", N(
    unit="vg_lidkoping", author=("Maria Björk", "läkare"), time="2024-04-16 13:20",
    sections=[
        ("Anamnes", "Maken har märkt att hon går med små steg och att handstilen blivit mindre. Skakningar i höger hand i vila."),
        ("Status", "Vilotremor hö hand, lätt rigiditet hö arm med kugghjulsfenomen. Nedsatt medrörelse i höger arm vid gång."),
        ("Bedömning", "Differentialdiagnostiskt övervägs Parkinsons sjukdom respektive essentiell tremor. Remiss till neurologmottagningen."),
    ]),
    must=M("NL102"), why="'differentialdiagnostiskt övervägs' hedge on an eponym disease in visible text")

add("vc-sjogren-inger-misstanke", "vgr", "1971-01-09", "425", N(
    unit="vg_majorna", author=("Hanna Nyström", "läkare"), time="2024-05-07 16:00",
    sections=[
        ("Aktuellt", "Torra ögon och muntorrhet i ett halvår, svårt att svälja knäckebröd. Ledvärk i händerna."),
        ("Bedömning", "Bilden inger misstanke om Sjögrens syndrom. ANA, SSA/SSB och Schirmers test."),
    ]),
    must=M("NL102"), why="'inger misstanke om' Sjögrens syndrom written in visible Melior text")

add("vc-dm2-ht-nytillkommen-susp-hypotyreos", "vgr", "1958-06-14", "170", N(
    unit="vg_stromstad", author=("Per Ekholm", "läkare"), time="2024-02-12 11:25",
    sections=[
        ("Diagnoser", "Typ 2-diabetes sedan 2009. Hypertoni. Förmaksflimmer på Eliquis."),
        ("Aktuellt", "Trött, fryser, har gått upp 4 kg sedan i höstas. Håret har blivit tunnare."),
        ("Bedömning", "Diabetes och blodtryck välkontrollerade. Nytillkommet: susp. hypotyreos, TSH och fritt T4 skickat."),
    ]),
    must=M("NL102"), why="settled old diagnoses listed first, one new 'susp.' hypothyroidism in visible text")

add("vc-diagnos-erysipelas-dd-dvt", "vgr", "1947-09-25", "461", N(
    unit="vg_hentorp", author=("Karin Edvardsson", "läkare"), time="2024-07-03 10:10",
    sections=[
        ("Status", "Rodnad, varm och öm vä underben med skarp kant, 15 cm. Temp 38,4."),
        ("Diagnos", "Erysipelas vä underben? DD djup ventrombos."),
        ("Åtgärd", "Kåvepenin 1 g x 3 i 10 dagar, kanten markerad med penna. Ultraljud ven beställt."),
    ]),
    must=M("NL102"), why="hedged diagnosis in a Diagnos section: '?' with DD (erysipelas/rosfeber vs DVT)")

add("tel-sannol-gikt-storta", "vgr", "1964-11-30", "283", N(
    tpl="Telefonanteckning", unit="vg_lerum", author=("Mattias Öberg", "läkare"),
    time="2024-08-12 08:20", signed=10,
    sections=[
        ("Telefonrådgivning", "Vaknade i natt med kraftig smärta och rodnad i höger stortåled, klarar inte att ha täcket på. Äter Hydroklortiazid."),
        ("Bedömning", "Sannol. giktattack i MTP I hö."),
        ("Åtgärd", "Naproxen 500 mg x 2 i 5 dagar, urat tas om 3 veckor."),
    ]),
    must=M("NL102"), why="abbreviated 'Sannol.' hedge on gikt in a phone note")

add("lung-kol-trolig-exacerbation", "skane", "1953-05-08", "144", N(
    unit="sk_lung_hbg", author=("Ingrid Fransson", "läkare"), time="2024-01-30 14:40",
    sections=[
        ("Anamnes", "KOL GOLD 3 sedan 2018 med långtidssyrgas nattetid. Senaste fem dagarna ökad mängd grönt sputum och förkylningssymtom, barnbarnen har varit sjuka."),
        ("Status", "Sat 88 % på luft, förlängt expirium, inga krepitationer."),
        ("Bedömning", "Trolig KOL-exacerbation utlöst av virusinfektion."),
        ("Åtgärd", "Prednisolon 30 mg i 5 dagar, Doxyferm. Kontakt med ssk om 3 dagar."),
    ]),
    must=M("NL102"), why="hedged exacerbation of a known chronic disease in a Skåne Melior lung clinic note")

add("diab-charcotfot-kan-inte-uteslutas", "skane", "1960-02-17", "397", N(
    unit="sk_diab_cks", author=("Amir Haddad", "läkare"), time="2024-03-21 10:55",
    sections=[
        ("Aktuellt", "Typ 1-diabetes sedan 30 år med känd neuropati. Svullen, varm vänsterfot sedan två veckor, inget sår, minimal smärta."),
        ("Bedömning", "Charcotfot kan inte uteslutas. Avlastning i ortos tills MR är gjord."),
    ]),
    must=M("NL102"), why="'kan inte uteslutas' on an eponym (Charcotfot) at a Skåne Melior diabetes clinic")

add("dietist-misstankt-laktosintolerans", "vgr", "1992-08-08", "219", N(
    tpl="Dietistanteckning", unit="vg_backa", author=("Therese Lund", "dietist"),
    time="2024-04-24 13:00",
    sections=[
        ("Anamnes", "Remitterad för kostråd vid IBS. Berättar om uppblåsthet och diarré en timme efter mjölk och glass."),
        ("Bedömning", "Misstänkt laktosintolerans utöver IBS, bör utredas av läkare."),
        ("Åtgärd", "Låg-FODMAP-information given. Meddelande till ansvarig läkare."),
    ]),
    must=M("NL102"), why="dietitian writes a suspected diagnosis in a visible Melior note")

add("fysio-mojlig-bakercysta", "vgr", "1966-12-12", "352", N(
    tpl="Fysioterapeutanteckning", unit="vg_kungalv", author=("Oskar Dahl", "fysioterapeut"),
    time="2024-05-28 09:15",
    sections=[
        ("Status", "Knäledsartros hö enl. tidigare röntgen. Mjuk, spänd svullnad i knävecket, ömmar vid full flexion."),
        ("Bedömning", "Fynden talar för möjlig Bakercysta. Hänvisas till läkare för ev. ultraljud."),
        ("Åtgärd", "Fortsatt träningsprogram, cykel och styrka."),
    ]),
    must=M("NL102"), why="physiotherapist: 'möjlig Bakercysta' (eponym) in visible text")

add("vc-sannolkt-bells-pares-typo", "vgr", "1983-03-03", "118", N(
    unit="vg_majorna", author=("Hanna Nyström", "läkare"), time="2024-09-10 15:30",
    sections=[
        ("Aktuellt", "Vaknade med hängande mungipa höger sida, kan inte blinka ordentligt med höger öga. Ingen svaghet i armar eller ben."),
        ("Status", "Perifer facialispares hö inkl. pannan. Övrig neurologi ua."),
        ("Bedömning", "Sannolkt Bells pares."),
        ("Åtgärd", "Prednisolon enl. schema, ögonskydd nattetid."),
    ]),
    must=M("NL102"), why="typo 'Sannolkt' hedging an eponym diagnosis (Bells pares)")

add("vc-aldreboende-delirium-dd-lewy", "vgr", "1937-10-19", "244", N(
    unit="vg_vanersborg", author=("Sofia Mårtensson", "läkare"), time="2024-10-02 14:00",
    setting="primärvård",
    sections=[
        ("Aktuellt", "Besök på Solgårdens äldreboende. Känd Lewy body-demens. Personalen beskriver tilltagande förvirring sedan två dygn, hallucinerar om katter i rummet och har slutat dricka."),
        ("Status", "Temp 37,8. Torra slemhinnor. Ömmar suprapubiskt."),
        ("Bedömning", "Misstänkt delirium utlöst av UVI och uttorkning, DD progress av grundsjukdomen."),
        ("Ordination", "Urinodling, vätskelista, Pivmecillinam om positiv sticka. Undvik Haldol."),
    ]),
    must=M("NL102"), why="nursing-home visit: known dementia settled, new suspected delirium with DD")

add("hsv-ntprobnp-trolig-hfpef", "vgr", "1944-01-27", "405", N(
    unit="vg_hsv_ostra", author=("Fredrik Ahlström", "läkare"), time="2024-06-05 11:00",
    sections=[
        ("Provsvar", "NT-proBNP 2400 ng/L. Krea 102."),
        ("Bedömning", "Trolig hjärtsvikt med bevarad ejektionsfraktion. Ekokardiografi remitteras."),
    ]),
    must=M("NL102"), why="hedged heart-failure diagnosis pending ekokardiografi, visible Melior")

add("vc-jarnbrist-fragetecken-svar-vantas", "vgr", "1975-04-04", "191", N(
    unit="vg_lidkoping", author=("Maria Björk", "läkare"), time="2024-02-20 16:10",
    sections=[
        ("Aktuellt", "Trötthet och yrsel när hon reser sig. Rikliga mens."),
        ("Provsvar", "Hb 98, MCV 74. Ferritin ej klart."),
        ("Bedömning", "Järnbristanemi? Svar på ferritin inväntas."),
    ]),
    must=M("NL102"), why="diagnosis with '?' while a lab result is awaited")

add("vc-oklar-brostsmarta-ev-karlkramp", "vgr", "1959-08-19", "327", N(
    unit="vg_hjo", author=("Anders Rydén", "läkare"), time="2024-03-26 10:35",
    sections=[
        ("Aktuellt", "Tryck över bröstet när han går uppför backen till jobbet, släpper efter ett par minuters vila. \"Som ett band runt bröstet\"."),
        ("Bedömning", "Oklar bröstsmärta, ev. kärlkramp. Arbetsprov beställt, Nitroglycerin vid behov."),
    ]),
    must=M("NL102"), why="lay-style chest pain note with 'ev. kärlkramp' (angina in lay Swedish)")

add("vc-halsfluss-eller-halsbold", "vgr", "1998-02-14", "356", N(
    unit="vg_backa", author=("Ali Rahimi", "läkare"), time="2024-11-04 17:20",
    sections=[
        ("Aktuellt", "Ont i halsen sedan fem dagar, svårt att gapa och svälja saliv. Pat tror det är 'bara halsfluss igen'."),
        ("Status", "Trismus, ensidig tonsillsvullnad vänster med uvula förskjuten åt höger."),
        ("Bedömning", "Misstänkt peritonsillit (halsböld). Akut remiss till ÖNH-jouren Sahlgrenska."),
    ]),
    must=M("NL102"), why="patient's lay label quoted, clinician writes suspected peritonsillit in visible text")

add("vc-kan-vara-menieres", "vgr", "1970-06-27", "242", N(
    unit="vg_stromstad", author=("Per Ekholm", "läkare"), time="2024-04-30 13:45",
    sections=[
        ("Aktuellt", "Tre anfall av kraftig yrsel med illamående och lockkänsla i vänster öra senaste månaden. Susar i örat."),
        ("Bedömning", "Kan vara begynnande Ménières sjukdom. Remiss audiometri."),
    ]),
    must=M("NL102"), why="'kan vara' hedge on Ménières sjukdom in visible Melior note")

add("ger-fragestallning-nph", "skane", "1941-03-16", "158", N(
    unit="sk_ger_lund", author=("Eva Gustavsson", "läkare"), time="2024-05-22 10:05",
    sections=[
        ("Anamnes", "Remitterad från vårdcentralen för gångsvårigheter, urininkontinens och tilltagande glömska senaste året."),
        ("Bedömning", "Normaltryckshydrocefalus? MR hjärna och lumbalpunktion med tap-test planeras."),
    ]),
    must=M("NL102"), why="Skåne Melior geriatric clinic: hydrocephalus with '?' in visible text")

add("med-ystad-dd-pankreatit-gallsten", "skane", "1967-07-07", "311", N(
    unit="sk_med_ystad", author=("Nils Wennberg", "läkare"), time="2024-08-28 12:30",
    sections=[
        ("Aktuellt", "Remiss från vårdcentralen Tomelilla. Smärta i övre delen av magen som strålar mot ryggen efter fet mat, lipas 180."),
        ("Bedömning", "DD: gallstensanfall, lätt pankreatit. Ultraljud lever/gallvägar bokat."),
    ]),
    must=M("NL102"), why="'DD:' listing two diagnoses in a visible Skåne Melior note")

add("vc-diferentialdiagnos-typo-tia", "vgr", "1952-12-01", "439", N(
    unit="vg_sandared", author=("Jonas Pettersson", "läkare"), time="2024-09-24 08:55",
    sections=[
        ("Aktuellt", "I går tio minuter av domning i höger hand och sluddrigt tal, helt återställd efter en kvart. Hypertoni sedan länge."),
        ("Bedömning", "Diferentialdiagnos TIA, migrän med aura. Skickas akut till strokeenheten SÄS idag."),
    ]),
    must=M("NL102"), why="typo 'Diferentialdiagnos' introducing TIA as hedged diagnosis")

add("njur-njurartarstenos-ej-uteslutet", "skane", "1956-10-23", "266", N(
    unit="sk_njur_lund", author=("Camilla Roos", "läkare"), time="2024-10-15 15:15",
    sections=[
        ("Aktuellt", "Remiss från Vårdcentralen Eslöv. Svårbehandlad hypertoni trots fyra preparat, krea steg från 90 till 135 efter insättning av Enalapril."),
        ("Bedömning", "Njurartärstenos ej uteslutet. Ultraljud njurartärer med doppler."),
    ]),
    must=M("NL102"), why="'ej uteslutet' (not excluded) is a hedge, not a negation")
# ---------------------------------------------------------------- B. PMO: hedged diagnoses never fire NL102

PMO = "PMO"

add("pmo-trolig-pneumoni-hoger-basalt", "skane", "1940-09-09", "225", N(
    sys_=PMO, unit="sk_sjobo", author=("Gunnar Holm", "läkare"), time="2024-01-11 11:40",
    setting="primärvård",
    sections=[
        ("Aktuellt", "Feber och hosta sedan 4 dagar, andfådd i vila. Känd hypertoni och DM2 på Metformin."),
        ("Status", "AF 24, sat 93 %. Dämpning och rassel hö basalt. CRP 145."),
        ("Bedömning", "Trolig pneumoni hö basalt."),
        ("Åtgärd", "PcV 1 g x 3 i 7 dagar. Ssk ringer upp imorgon."),
    ]),
    must_not=M("NL102"), why="PMO note: diagnoses never shown, so a hedged pneumonia is not NL102")

add("pmo-dsk-misstankt-diabetes-halsosamtal", "skane", "1972-03-31", "413", N(
    sys_=PMO, tpl="Distriktssköterskeanteckning", unit="sk_hoor", author=("Lisbeth Nilsson", "distriktssköterska"),
    time="2024-02-14 09:10", setting="primärvård",
    sections=[
        ("Hälsosamtal", "BMI 33, midjemått 108 cm. Dricker mycket läsk. Kapillärt glukos 9,8 två timmar efter frukost."),
        ("Bedömning", "Misstänkt diabetes, bokas till läkare efter fasteprover."),
    ]),
    must_not=M("NL102"), why="district nurse in PMO writes suspected diabetes: PMO never exposes diagnoses")

add("pmo-dd-hjartsvikt-kol-andfadd", "skane", "1945-12-29", "332", N(
    sys_=PMO, unit="sk_simrishamn", author=("Birgitta Lövgren", "läkare"), time="2024-03-06 14:25",
    setting="primärvård",
    sections=[
        ("Aktuellt", "Tilltagande andfåddhet vid ansträngning sedan i vintras, klarar inte längre att gå till brevlådan utan paus. F.d. rökare, 40 paketår."),
        ("Status", "Svaga andningsljud bilateralt, lätta ankelödem. BT 138/82, puls 88 oregelbunden."),
        ("Bedömning", "DD hjärtsvikt, KOL, förmaksflimmer. NT-proBNP, spirometri och EKG."),
    ]),
    must_not=M("NL102"), why="differential diagnosis list in a PMO vårdcentral note is not NL102")

add("pmo-hembesok-misstankt-alzheimer-citat", "skane", "1936-05-05", "140", N(
    sys_=PMO, tpl="Hembesök", unit="sk_hemsjv_ystad", author=("Annika Berg", "distriktssköterska"),
    time="2024-04-03 10:00", setting="hemsjukvård",
    sections=[
        ("Aktuellt", "Hembesök för såromläggning. Pat frågar tre gånger under besöket vilken dag det är. \"Jag har ju alltid haft bra minne, det är bara att jag är trött\", säger hon."),
        ("Bedömning", "Misstänkt Alzheimer, har inte tidigare utretts."),
        ("Åtgärd", "Kontaktar pat:s husläkare för ställningstagande till minnesutredning."),
    ]),
    must_not=M("NL102"), why="PMO home-nursing note with a quoted patient and a suspected dementia: no NL102")

add("pmo-tel-ev-baltros", "skane", "1958-01-26", "271", N(
    sys_=PMO, tpl="Telefonkontakt", unit="sk_kvarnby", author=("Sara Johansson", "sjuksköterska"),
    time="2024-05-02 08:35", signed=12, setting="primärvård",
    sections=[
        ("Telefonrådgivning", "Brännande smärta i ett bälte runt vänster sida av bröstkorgen sedan två dagar, nu små blåsor. Ev. bältros."),
        ("Åtgärd", "Tid hos läkare idag kl 10.40 för ställningstagande till antiviral behandling."),
    ]),
    must_not=M("NL102"), why="phone advice in PMO: 'Ev. bältros' (lay word for herpes zoster) is not NL102")

add("pmo-gikt-fragetecken-kort", "skane", "1961-04-12", "387", N(
    sys_=PMO, unit="sk_angelholm", author=("Henrik Sundberg", "läkare"), time="2024-06-10 13:50",
    setting="primärvård",
    sections=[("Bedömning", "Akut monoartrit hö knä, gikt? Ledpunktion idag.")]),
    must_not=M("NL102"), why="one-line PMO note with '?' hedge")

add("pmo-tia-kan-ej-uteslutas-akuten", "skane", "1949-08-03", "454", N(
    sys_=PMO, tpl="Telefonkontakt", unit="sk_tomelilla", author=("Maja Eriksson", "sjuksköterska"),
    time="2024-07-15 16:05", signed=8, setting="primärvård",
    sections=[
        ("Telefonrådgivning", "Dottern ringer. Pappa tappade en kaffekopp och hade svårt att hitta orden i tio minuter i förmiddags, nu som vanligt igen."),
        ("Bedömning", "TIA kan ej uteslutas."),
        ("Åtgärd", "Rådgivits åka till akuten i Ystad omgående, dottern kör."),
    ]),
    must_not=M("NL102"), why="PMO phone note: 'kan ej uteslutas' on TIA, no NL102 in PMO")

add("pmo-diffrentialdiagnos-typo-gallsten", "skane", "1977-11-18", "129", N(
    sys_=PMO, unit="sk_bjuv", author=("Rebecka Ståhl", "läkare"), time="2024-08-21 15:35",
    setting="primärvård",
    sections=[
        ("Aktuellt", "Ont under höger revbensbåge efter middagen tre kvällar i rad, mår illa."),
        ("Bedömning", "Diffrentialdiagnos gallstensanfall, magsår. Ultraljud buk remitteras."),
    ]),
    must_not=M("NL102"), why="typo 'Diffrentialdiagnos' in a PMO note: still no NL102 in PMO")

add("pmo-bvc-misstankt-oroninflammation", "skane", "2020-06-22", "583", N(
    sys_=PMO, tpl="Sjuksköterskeanteckning", unit="sk_bvc_landskrona", author=("Ida Persson", "sjuksköterska"),
    time="2024-02-02 10:15", setting="primärvård",
    sections=[
        ("Aktuellt", "Mamma berättar att sonen vaknat flera nätter och tar sig om vänster öra, feber 38,9 i natt."),
        ("Bedömning", "Misstänkt öroninflammation, bokas till läkare på vårdcentralen idag."),
    ]),
    must_not=M("NL102"), why="BVC (PMO) child note, guardian reads: lay diagnosis hedged, still no NL102 in PMO")

add("pmo-sannolikt-colles-fraktur", "skane", "1950-02-08", "346", N(
    sys_=PMO, unit="sk_nasby", author=("Olof Bengtsson", "läkare"), time="2024-12-09 11:05",
    setting="primärvård",
    sections=[
        ("Aktuellt", "Halkade på isen utanför Ica och tog emot sig med vänster hand."),
        ("Status", "Gaffelfelställning och svullnad distala radius vä, perifert status ua."),
        ("Bedömning", "Sannolikt Colles fraktur. Gipsskena, akut remiss röntgen CSK."),
    ]),
    must_not=M("NL102"), why="PMO: 'sannolikt' with an eponym fracture is not NL102")

add("pmo-misstanke-somnapne-partner", "skane", "1966-09-14", "198", N(
    sys_=PMO, unit="sk_trelleborg", author=("Mikael Andersson", "läkare"), time="2024-04-22 14:10",
    setting="primärvård",
    sections=[
        ("Aktuellt", "Frun säger att han snarkar högt och slutar andas i natten. Somnar framför tv:n och i bilen vid rödljus."),
        ("Bedömning", "Misstanke om obstruktiv sömnapné. Remiss sömnregistrering, avråds från bilkörning tills vidare."),
    ]),
    must_not=M("NL102"), why="PMO: 'misstanke om' sömnapné does not fire NL102")

add("pmo-ev-depression-phq9-utkast", "skane", "1988-07-29", "362", N(
    sys_=PMO, unit="sk_eslov", author=("Josefin Lundgren", "läkare"), time="2024-10-28 13:30",
    signed=None, setting="primärvård",
    sections=[
        ("Aktuellt", "Sömnproblem, orkar inget efter jobbet. \"Jag har slutat träffa mina vänner\". PHQ-9: 16 p."),
        ("Bedömning", "Ev. depression av måttlig grad, DD utmattningssyndrom."),
        ("Planering", "Samtal med kurator, återbesök om två veckor."),
    ]),
    must_not=M("NL102"), why="unsigned PMO draft with hedged diagnoses: no NL102 in PMO")

add("pmo-diabetesssk-trolig-neuropati", "skane", "1954-01-03", "420", N(
    sys_=PMO, tpl="Diabetesmottagning", unit="sk_hassleholm", author=("Karolina Wall", "diabetessjuksköterska"),
    time="2024-09-05 10:30", setting="primärvård",
    sections=[
        ("Fotstatus", "Monofilament: känner inte 3 av 10 punkter på vänster fot. Vibrationssinne nedsatt bilat."),
        ("Bedömning", "Trolig diabetisk polyneuropati, riskgrupp 2."),
        ("Åtgärd", "Remiss fotterapeut, information om daglig fotinspektion."),
    ]),
    must_not=M("NL102"), why="PMO diabetes nurse: hedged neuropathy in annual foot check, not NL102")
# ---------------------------------------------------------------- C. Negated suspicions: never NL102

add("vc-ingen-misstanke-dvt-wells", "vgr", "1981-10-10", "233", N(
    unit="vg_backa", author=("Ali Rahimi", "läkare"), time="2024-01-15 15:45",
    sections=[
        ("Aktuellt", "Ont i vänster vad efter fotbollsmatch i söndags, kände ett smäll."),
        ("Status", "Ömhet i mediala gastrocnemius, ingen svullnad, lika omfång båda vader."),
        ("Bedömning", "Muskelbristning. Ingen misstanke om DVT, Wells 0."),
    ]),
    must_not=M("NL102"), why="'Ingen misstanke om DVT' is negated, beside a settled muscle-injury diagnosis")

add("vc-pneumoni-uteslutes-crp", "vgr", "1990-01-22", "304", N(
    unit="vg_kungalv", author=("Lena Alm", "läkare"), time="2024-02-05 10:50",
    sections=[
        ("Aktuellt", "Hosta i tre veckor efter förkylning, ingen feber. Orolig att det är lunginflammation."),
        ("Bedömning", "Pneumoni uteslutes, CRP 4 och normal lungauskultation. Postinfektiös hosta."),
    ]),
    must_not=M("NL102"), why="worried patient, clinician writes 'Pneumoni uteslutes': negation")

add("hsv-inga-tecken-pa-hjartsvikt", "vgr", "1957-04-02", "341", N(
    unit="vg_hsv_ostra", author=("Fredrik Ahlström", "läkare"), time="2024-03-12 13:35",
    sections=[
        ("Sammanfattning", "Remitterad för andfåddhet och ankelsvullnad efter insättning av Amlodipin."),
        ("Bedömning", "Inga tecken på hjärtsvikt, NT-proBNP 110 och normalt eko. Ödemen bedöms som biverkan av Amlodipin, byte till Losartan via VC."),
    ]),
    must_not=M("NL102"), why="'Inga tecken på hjärtsvikt' is negated")

add("minne-talar-inte-for-demens", "skane", "1950-12-20", "187", N(
    unit="sk_minne_malmo", author=("Henrietta Malm", "läkare"), time="2024-04-17 14:20",
    sections=[
        ("Testresultat", "MMT 29/30, klocktest normalt, RBANS inom normalområdet för åldern."),
        ("Bedömning", "Talar inte för demenssjukdom. Minnesbesvären bedöms hänga ihop med stress och sömnbrist efter makens bortgång."),
    ]),
    must_not=M("NL102"), why="'Talar inte för demenssjukdom' negates the dementia question")

add("kir-utan-hallpunkt-for-malignitet", "vgr", "1963-06-01", "262", N(
    unit="vg_kir_alingsas", author=("Robert Claesson", "läkare"), time="2024-05-20 09:50",
    sections=[
        ("Koloskopi", "Undersökning till caekum, god tarmrengöring. Två små hyperplastiska polyper i sigmoideum avlägsnade."),
        ("Bedömning", "Utan hållpunkt för malignitet. Blödningen bedöms komma från hemorrojder. Åter till VC."),
    ]),
    must_not=M("NL102"), why="'Utan hållpunkt för malignitet' negates cancer")

add("vc-inget-talar-for-temporalisarterit", "vgr", "1954-03-15", "295", N(
    unit="vg_hjo", author=("Anders Rydén", "läkare"), time="2024-06-11 11:15",
    sections=[
        ("Aktuellt", "Huvudvärk i pannan vid förkylning, undrar om det är samma sak som grannen hade."),
        ("Bedömning", "Bihåleinflammation. Inget som talar för temporalisarterit, SR 8 och ömma bihålor."),
    ]),
    must_not=M("NL102"), why="'Inget som talar för' negation; confirmed lay diagnosis bihåleinflammation")

add("lung-misstanke-om-kol-avskrevs", "vgr", "1970-09-29", "318", N(
    unit="vg_lung_boras", author=("Katarina Wik", "läkare"), time="2024-07-09 13:05",
    sections=[
        ("Spirometri", "FEV1/FVC 0,78 efter bronkdilatation, FEV1 96 % av förväntat."),
        ("Bedömning", "Misstanke om KOL kunde avskrivas efter normal spirometri. Hostan tolkas som rinit med postnasalt dropp."),
    ]),
    must_not=M("NL102"), why="suspicion written then explicitly dismissed ('kunde avskrivas'): negated")

add("vc-ej-forenligt-med-gikt", "vgr", "1976-02-02", "374", N(
    unit="vg_lerum", author=("Mattias Öberg", "läkare"), time="2024-08-14 14:40",
    sections=[
        ("Provsvar", "Ledvätska från höger knä utan kristaller, odling negativ."),
        ("Bedömning", "Ej förenligt med gikt. Artrosrelaterad hydrops, avlastning och NSAID."),
    ]),
    must_not=M("NL102"), why="'Ej förenligt med gikt' is a negation")

add("vc-inga-tecke-pa-pneumoni-typo", "vgr", "1948-11-11", "205", N(
    unit="vg_majorna", author=("Hanna Nyström", "läkare"), time="2024-01-29 12:20",
    sections=[
        ("Aktuellt", "KOL, hostar mer men inga nya sputumfärger. Feberfri."),
        ("Bedömning", "Inga tecke på pneumoni. Ökar Bricanyl vid behov."),
    ]),
    must_not=M("NL102"), why="typo 'tecke' in a negation cue: negated pneumonia must still not fire")

add("tel-ingen-anledning-misstanka-lungemboli", "vgr", "1995-05-16", "281", N(
    tpl="Telefonanteckning", unit="vg_sandared", author=("Linnea Fors", "sjuksköterska"),
    time="2024-09-03 10:25", signed=10,
    sections=[
        ("Telefonrådgivning", "Hugg i bröstet vid djupa andetag sedan hon lyfte flyttlådor. Inga resor, inga hormoner, ingen andfåddhet."),
        ("Bedömning", "Ingen anledning att misstänka lungemboli enligt bedömningsstödet, muskulära besvär."),
        ("Råd", "Värme, Alvedon, åter om andfåddhet eller feber."),
    ]),
    must_not=M("NL102"), why="'Ingen anledning att misstänka' is a negated suspicion")

add("med-ej-misstanke-hjartinfarkt", "skane", "1962-10-04", "300", N(
    unit="sk_med_ystad", author=("Nils Wennberg", "läkare"), time="2024-10-21 15:50",
    sections=[
        ("Aktuellt", "Remitterad akut från vårdcentral för bröstsmärta, nu smärtfri."),
        ("Bedömning", "Ej misstanke om hjärtinfarkt, normalt EKG och TnT under 5 vid upprepade prov. Åter till VC för fortsatt utredning av reflux."),
    ]),
    must_not=M("NL102"), why="'Ej misstanke om hjärtinfarkt' is negated")

add("vc-ingen-misstanke-typo-dvt", "vgr", "1985-08-25", "316", N(
    unit="vg_vanersborg", author=("Sofia Mårtensson", "läkare"), time="2024-11-12 09:40",
    sections=[("Bedömning", "Svullen fotled efter stukning. Ingen misstänke om DVT, ultraljud ej indicerat.")]),
    must_not=M("NL102"), why="typo 'misstänke' inside the negated cue 'Ingen misstanke om'")

add("diab-diabetes-foreligger-ej", "skane", "1979-04-19", "235", N(
    unit="sk_diab_cks", author=("Amir Haddad", "läkare"), time="2024-11-26 10:10",
    sections=[
        ("Aktuellt", "Remitterad efter graviditetsdiabetes 2023 för uppföljning."),
        ("Bedömning", "Diabetes föreligger ej, HbA1c 37 och normal glukosbelastning. Årlig kontroll på VC."),
    ]),
    must_not=M("NL102"), why="'Diabetes föreligger ej' is a negation, not a hedge")

# ---------------------------------------------------------------- D. Family history

add("vc-hereditet-mor-trol-alzheimer", "vgr", "1965-02-26", "342", N(
    unit="vg_hentorp", author=("Karin Edvardsson", "läkare"), time="2024-02-15 13:15",
    sections=[
        ("Aktuellt", "Hälsokontroll, vill kolla blodtryck och kolesterol. Mår bra."),
        ("Hereditet", "Mor hade trol. Alzheimer från 75 års ålder. Far dog i hjärtinfarkt 58 år."),
        ("Bedömning", "BT 128/80. Lipider tas, SCORE2 räknas när svar finns."),
    ]),
    must_not=M("NL102"), why="hedged diagnosis belongs to the mother (Hereditet), not the patient")

add("vc-bror-misstankt-prostatacancer-oro", "vgr", "1957-05-30", "248", N(
    unit="vg_stromstad", author=("Per Ekholm", "läkare"), time="2024-03-14 15:00",
    sections=[
        ("Aktuellt", "Hans bror utreds för misstänkt prostatacancer. Pat är orolig och vill ta PSA. Inga vattenkastningsbesvär."),
        ("Bedömning", "Informerat om för- och nackdelar med PSA-prov, pat önskar provtagning. PSA tas."),
    ]),
    must_not=M("NL102"), why="suspected cancer is the brother's; the patient has no hedged diagnosis")

add("dietist-syster-eventuellt-celiaki", "skane", "1994-09-09", "367", N(
    tpl="Dietistanteckning", unit="sk_med_ystad", author=("Malin Håkansson", "dietist"),
    time="2024-04-08 11:30",
    sections=[
        ("Anamnes", "Känd celiaki sedan 2019, glutenfri kost. Syster har eventuellt också celiaki men är inte utredd."),
        ("Åtgärd", "Genomgång av glutenfria alternativ vid restaurangbesök."),
    ]),
    must_not=M("NL102"), why="patient's celiaki is settled; the hedge is about the sister")

add("vc-pappa-sockersjuka-kanske-demens", "vgr", "1969-12-07", "229", N(
    unit="vg_lidkoping", author=("Maria Björk", "läkare"), time="2024-05-14 09:25",
    sections=[
        ("Hereditet", "Pat berättar att pappa hade \"sockersjuka och kanske lite demens på slutet\". Mamma lever, frisk."),
        ("Aktuellt", "Kommer för årskontroll av sin hypertoni, tar Enalapril 10 mg. Hemblodtryck kring 130/80."),
        ("Bedömning", "Välbehandlad hypertoni, oförändrad medicinering."),
    ]),
    must_not=M("NL102"), why="patient's own words about the father's possible dementia: family history")

add("vc-barn-morfar-kanske-astma", "vgr", "2017-03-21", "246", N(
    unit="vg_backa", author=("Ali Rahimi", "läkare"), time="2024-06-03 14:50",
    sections=[
        ("Aktuellt", "7-årig flicka med pip i bröstet vid förkylningar, mamma med. Mamma misstänker att även morfar hade astma som barn."),
        ("Bedömning", "Förkylningsastma. Airomir med spacer vid behov, astmaskola hos ssk."),
    ]),
    must_not=M("NL102"), why="child (guardian reads): the hedge is the mother's guess about grandfather; child's diagnosis is settled")
# ---------------------------------------------------------------- E. Past history, resolved

add("vc-tidigare-misstankt-tia-avskrevs", "vgr", "1953-07-23", "359", N(
    unit="vg_hentorp", author=("Karin Edvardsson", "läkare"), time="2024-07-24 10:45",
    sections=[
        ("Tidigare sjukdomar", "Hypertoni. 2019 utreddes misstänkt TIA på Skaraborgs sjukhus, MR och karotisdoppler ua, avskrevs."),
        ("Aktuellt", "Förnyelse av blodtrycksmediciner, inga nya besvär."),
        ("Bedömning", "Stabil hypertoni."),
    ]),
    must_not=M("NL102"), why="past suspicion that was investigated and dismissed: not a current hedge")

add("vc-celiaki-misstanke-2017-negativ", "vgr", "1991-06-06", "287", N(
    unit="vg_majorna", author=("Hanna Nyström", "läkare"), time="2024-08-06 13:55",
    sections=[
        ("Anamnes", "Tidigare misstanke om celiaki 2017, transglutaminasantikroppar negativa och gastroskopi utan anmärkning."),
        ("Aktuellt", "Uppblåst och växlande avföring vid stress. Ingen viktnedgång, inget blod."),
        ("Bedömning", "IBS, kostråd och Inolaxol."),
    ]),
    must_not=M("NL102"), why="resolved past suspicion in Anamnes, current diagnosis settled")

add("lung-sarkoidos-utredning-2021-ua", "skane", "1974-01-31", "214", N(
    unit="sk_lung_hbg", author=("Ingrid Fransson", "läkare"), time="2024-09-18 09:00",
    sections=[
        ("Anamnes", "Remitterades 2021 för ?sarkoidos efter förstorade lymfkörtlar på lungröntgen; DT och bronkoskopi visade inget och körtlarna gick i regress."),
        ("Aktuellt", "Astma sedan barndomen, nu välkontrollerad på Symbicort. Kontroll enligt plan."),
        ("Bedömning", "Astma, stabil. ACT 23."),
    ]),
    must_not=M("NL102"), why="old referral question '?sarkoidos' already answered negatively")

add("vc-barndom-eventuell-epilepsi-eeg-normalt", "vgr", "2003-04-14", "306", N(
    unit="vg_lerum", author=("Mattias Öberg", "läkare"), time="2024-10-09 16:15",
    sections=[
        ("Anamnes", "Som barn utreddes hon för eventuell epilepsi efter två svimningar, EEG normalt och ingen behandling."),
        ("Aktuellt", "Vill ha intyg för körkortstillstånd. Inga kramper eller svimningar sedan 2010."),
        ("Bedömning", "Inget medicinskt hinder för körkort."),
    ]),
    must_not=M("NL102"), why="childhood 'eventuell epilepsi' with normal EEG, past history")

add("hsv-misstankt-infarkt-2020-uteslots", "vgr", "1951-09-08", "263", N(
    unit="vg_hsv_ostra", author=("Marie Lindahl", "sjuksköterska"), time="2024-11-19 10:35",
    tpl="Sjuksköterskeanteckning",
    sections=[
        ("Tidigare", "Misstänkt hjärtinfarkt 2020 som uteslöts på akuten. Hjärtsvikt med nedsatt EF sedan 2022."),
        ("Aktuellt", "Sjuksköterskeledd titrering. Vikt stabil, inga ödem. Bisoprolol ökas till 5 mg enligt läkarordination."),
    ]),
    must_not=M("NL102"), why="heart failure nurse note: past suspected infarct excluded, HF settled")

# ---------------------------------------------------------------- F. Hedges that are not about a diagnosis

add("vc-ev-aterbesok-hypertoni", "vgr", "1960-10-30", "318", N(
    unit="vg_kungalv", author=("Lena Alm", "läkare"), time="2024-01-08 11:05",
    sections=[
        ("Aktuellt", "Hypertoni, hemblodtryck medel 134/84 på Amlodipin 5 mg."),
        ("Planering", "Ev. återbesök om 3 mån om trycket stiger, annars årskontroll hos ssk."),
    ]),
    must_not=M("NL102"), why="'Ev.' hedges the follow-up, not a diagnosis")

add("vc-misstanker-dalig-folsamhet-eliquis", "vgr", "1939-04-25", "270", N(
    unit="vg_vanersborg", author=("Sofia Mårtensson", "läkare"), time="2024-02-21 14:30",
    sections=[
        ("Aktuellt", "Förmaksflimmer och lindrig demens. Hemtjänsten hittar tabletter på golvet."),
        ("Bedömning", "Misstänker att pat inte tar sitt Eliquis regelbundet. Apodos och hemtjänst som delar ut morgon och kväll."),
    ]),
    must_not=M("NL102"), why="suspicion about adherence, not a diagnosis")

add("hsv-troligen-hoja-furix", "skane", "1942-06-18", "191", N(
    tpl="Sjuksköterskeanteckning", unit="sk_hsv_malmo", author=("Elisabeth Krantz", "sjuksköterska"),
    time="2024-03-25 10:20",
    sections=[
        ("Aktuellt", "Telefonuppföljning hjärtsvikt. Vikt +1,2 kg sedan förra veckan, lite svullna fötter på kvällen."),
        ("Planering", "Troligen behöver Furix-dosen ökas om vikten fortsätter att stiga, pat väger sig dagligen och ringer på fredag."),
    ]),
    must_not=M("NL102"), why="'Troligen' hedges a dose change, not a diagnosis")

add("vc-mojligen-hemtjanst-demens", "vgr", "1934-08-13", "364", N(
    tpl="Sjuksköterskeanteckning", unit="vg_hjo", author=("Gunilla Ek", "distriktssköterska"),
    time="2024-04-11 13:10",
    sections=[
        ("Aktuellt", "Alzheimers sjukdom sedan 2022. Dottern beskriver att pat klarar sig sämre hemma, glömmer spisen."),
        ("Planering", "Möjligen blir hemtjänst aktuellt, kontakt tagen med biståndshandläggare. Spisvakt föreslås."),
    ]),
    must_not=M("NL102"), why="'Möjligen' hedges home help; the dementia diagnosis is settled")

add("vc-thailandsresa-troligen-inga-hinder", "vgr", "1956-11-02", "293", N(
    unit="vg_stromstad", author=("Per Ekholm", "läkare"), time="2024-05-06 10:00",
    sections=[
        ("Aktuellt", "Pat undrar om hon kan resa till Thailand i tre veckor med sin KOL. Senaste exacerbationen var för ett år sedan."),
        ("Bedömning", "Troligen inga hinder. Reservkur med Prednisolon och Doxyferm skrivs ut, intyg för inhalatorer."),
    ]),
    must_not=M("NL102"), why="'Troligen inga hinder' is about travel, not a diagnosis")

add("vc-sannolikt-glomt-morgondos", "vgr", "1967-01-19", "221", N(
    tpl="Sjuksköterskeanteckning", unit="vg_sandared", author=("Linnea Fors", "sjuksköterska"),
    time="2024-06-17 08:50",
    sections=[("Blodtryck", "BT 168/98 vid ssk-kontroll. Sannolikt har pat glömt att ta morgondosen, säger själv \"jag hann inte äta frukost\". Ny mätning om en vecka.")]),
    must_not=M("NL102"), why="'Sannolikt' explains a high reading, not a diagnosis")

add("fysio-ev-intresserad-grupptraning", "skane", "1948-03-09", "284", N(
    tpl="Fysioterapeutanteckning", unit="sk_ger_lund", author=("Viktor Åberg", "fysioterapeut"),
    time="2024-07-02 14:05",
    sections=[
        ("Status", "Parkinsons sjukdom, Hoehn & Yahr 2. Går 10 meter på 12 sekunder."),
        ("Planering", "Pat ev. intresserad av att delta i gruppträning för Parkinson, återkommer efter sommaren."),
    ]),
    must_not=M("NL102"), why="'ev.' hedges participation; Parkinson is a settled diagnosis")

add("vc-provsvar-vantas-troligen-torsdag", "vgr", "1973-07-11", "254", N(
    tpl="Telefonanteckning", unit="vg_backa", author=("Elin Sjöqvist", "sjuksköterska"),
    time="2024-08-19 13:40", signed=12,
    sections=[("Telefonrådgivning", "Pat ringer och frågar efter odlingssvar från såret på foten. Svar väntas troligen på torsdag, pat ringer upp då.")]),
    must_not=M("NL102"), why="'troligen' about when a result arrives, no diagnosis")

add("diab-ev-byte-forxiga-evntuellt-typo", "vgr", "1955-05-27", "306", N(
    unit="vg_diab_kungalv", author=("Jenny Hedlund", "läkare"), time="2024-09-16 15:25",
    sections=[
        ("Aktuellt", "Typ 2-diabetes och hjärtsvikt. HbA1c 61 på Metformin och Januvia."),
        ("Planering", "Evntuellt byte från Januvia till Forxiga diskuteras vid nästa besök med tanke på hjärtat."),
    ]),
    must_not=M("NL102"), why="typo 'Evntuellt' hedging a drug switch, not a diagnosis")

add("vc-oklart-om-klarar-trapporna", "vgr", "1938-02-16", "232", N(
    tpl="Arbetsterapeutanteckning", unit="vg_lidkoping", author=("Sanna Holmberg", "arbetsterapeut"),
    time="2024-10-14 10:55",
    sections=[
        ("Aktuellt", "Hembesök efter höftfraktur i augusti. Bor på tredje våningen utan hiss."),
        ("Bedömning", "Oklart om pat kommer att klara trapporna på egen hand i vinter. Trapphiss utreds, rollator för inomhusbruk lämnad."),
    ]),
    must_not=M("NL102"), why="occupational therapist's uncertainty is about function, not a diagnosis")

# ---------------------------------------------------------------- G. Confirmed diagnoses

add("diab-typ2-arskontroll-malvarde", "vgr", "1959-09-13", "277", N(
    tpl="Sjuksköterskeanteckning", unit="vg_diab_kungalv", author=("Pia Wallin", "diabetessjuksköterska"),
    time="2024-01-25 09:35",
    sections=[
        ("Aktuellt", "Typ 2-diabetes sedan 2012. HbA1c 52, målvärde uppnått. Promenerar dagligen med hunden."),
        ("Åtgärd", "Fotundersökning ua. Nästa kontroll om ett år, ögonbottenfoto bokat."),
    ]),
    must_not=M("NL102"), why="confirmed diabetes without any hedge")

add("hsv-nyha2-stabil", "skane", "1947-11-21", "238", N(
    unit="sk_hsv_malmo", author=("Johan Lindqvist", "läkare"), time="2024-02-28 11:45",
    sections=[("Bedömning", "Hjärtsvikt NYHA II, stabil på fyra pelare. Kalium 4,6. Återbesök om sex månader.")]),
    must_not=M("NL102", "NL101"), why="short confirmed heart-failure assessment; nothing hedged, nothing withheld")

add("minne-alzheimer-informerade-2023", "vgr", "1940-05-01", "315", N(
    unit="vg_minne_skovde", author=("Peter Hallgren", "läkare"), time="2024-03-18 13:25",
    sections=[
        ("Aktuellt", "Alzheimers sjukdom, MMT 21. Pat och maken informerades vid diagnosbesöket i oktober 2023."),
        ("Bedömning", "Långsam progress, fortsatt Donepezil 10 mg."),
    ]),
    must_not=M("NL102", "NL101"), why="confirmed and communicated dementia diagnosis")

add("vc-nydiagnostiserad-hypertoni-informerad", "vgr", "1971-08-04", "326", N(
    unit="vg_lerum", author=("Mattias Öberg", "läkare"), time="2024-04-15 14:00",
    sections=[
        ("Provsvar", "24-timmars blodtryck medel 148/92, dagtid 152/95."),
        ("Bedömning", "Hypertonii grad 1. Pat informerad och vill börja med Amlodipin 5 mg."),
    ]),
    must_not=M("NL102", "NL101"), why="typo 'Hypertonii' in a confirmed, communicated diagnosis")

add("lung-kol-exacerbation-bekraftad", "vgr", "1949-10-27", "251", N(
    unit="vg_lung_boras", author=("Katarina Wik", "läkare"), time="2024-12-03 10:45",
    sections=[
        ("Bedömning", "KOL-exacerbation med purulent sputum, behandlas med Prednisolon 30 mg i 5 dagar och Amimox."),
        ("Information", "Pat vet hur hon ska höra av sig vid försämring."),
    ]),
    must_not=M("NL102"), why="confirmed exacerbation, no hedge")
# ---------------------------------------------------------------- H. Tidiga hypoteser used as intended

TH = "Tidiga hypoteser"

add("minne-th-mall-frontotemporal", "skane", "1958-08-12", "203", N(
    tpl=TH, unit="sk_minne_malmo", author=("Henrietta Malm", "läkare"), time="2024-02-08 15:40",
    sections=[("Bedömning", "Misstänkt frontotemporal demens utifrån makans beskrivning av personlighetsförändring och hämningslöshet. För tidigt att ta upp med pat innan neuropsykologisk testning är gjord.")]),
    must_not=M("NL102", "NL104", "NL101"), why="Skåne: hypothesis kept in the Tidiga hypoteser template, hidden from the patient")

add("vc-th-sokord-koloncancer-anemi", "vgr", "1952-04-07", "236", N(
    unit="vg_hentorp", author=("Karin Edvardsson", "läkare"), time="2024-03-05 11:10",
    sections=[
        ("Aktuellt", "Trött, gått ner 5 kg på tre månader. Hb 96, ferritin 6. Känd hypertoni."),
        ("Planering", "Koloskopi remitteras, järntabletter insätts. Återbesök när svar finns."),
        (TH, "Susp. koloncancer med tanke på järnbristanemi och viktnedgång hos 72-åring. Tas upp med pat när koloskopisvar finns."),
    ]),
    must_not=M("NL102", "NL104"), why="VGR: suspicion only under sökord Tidiga hypoteser, visible sections clean")

add("vc-th-alkoholrelaterad-leverskada", "vgr", "1964-10-18", "252", N(
    unit="vg_majorna", author=("Hanna Nyström", "läkare"), time="2024-04-02 16:30",
    sections=[
        ("Provsvar", "ASAT 88, ALAT 54, GT 410, MCV 104."),
        ("Planering", "Ultraljud lever, nya levervärden om fyra veckor, PEth."),
        (TH, "Trolig alkoholrelaterad leverskada, pat förnekar högre konsumtion. Diskuteras vid återbesök när PEth har svarats."),
    ]),
    must_not=M("NL102", "NL104"), why="VGR: hedged liver diagnosis correctly in Tidiga hypoteser")

add("pmo-th-mall-mojlig-als", "skane", "1961-01-14", "328", N(
    sys_=PMO, tpl=TH, unit="sk_eslov", author=("Josefin Lundgren", "läkare"), time="2024-05-23 14:45",
    setting="primärvård",
    sections=[("Hypotes", "Fascikulationer i vänster underarm, atrofi i thenar och nasal röst. Möjlig motorneuronsjukdom (ALS), akut remiss neurologen. Pat informerad om att vi utreder muskelsvagheten, inte om misstanken.")]),
    must_not=M("NL102", "NL104"), why="PMO Tidiga hypoteser template holding a real, not yet communicated hypothesis")

add("minne-th-mall-misstakt-lewy-typo", "skane", "1947-06-28", "315", N(
    tpl=TH, unit="sk_minne_malmo", author=("Henrietta Malm", "läkare"), time="2024-06-19 10:20",
    sections=[("Bedömning", "Misstäkt Lewy body-demens: synhallucinationer, fluktuationer och REM-sömnstörning enligt maken. DAT-scan beställt innan något sägs till pat.")]),
    must_not=M("NL102", "NL104"), why="typo 'Misstäkt' in a proper Tidiga hypoteser entry: hidden, correct use")

# ---------------------------------------------------------------- I. Tidiga hypoteser misused (NL104)

add("vc-th-sokord-ring-efter-15", "vgr", "1980-12-12", "289", N(
    tpl="Telefonanteckning", unit="vg_kungalv", author=("Emma Strand", "sjuksköterska"),
    time="2024-01-19 09:20", signed=10,
    sections=[
        ("Telefonrådgivning", "Frågor om dosering av Levaxin efter senaste TSH, besvarade."),
        (TH, "Pat önskar ringas upp efter kl 15 pga arbete."),
    ]),
    must=M("NL104"), why="Tidiga hypoteser holds only a practical call-back wish, no hypothesis")

add("diab-th-mall-dm2-bekraftad-informerad", "skane", "1969-04-03", "230", N(
    tpl=TH, unit="sk_diab_cks", author=("Amir Haddad", "läkare"), time="2024-02-19 13:15",
    sections=[("Bedömning", "Typ 2-diabetes bekräftad med två HbA1c över 48. Pat informerad vid dagens besök och har fått tid till diabetesskola.")]),
    must=M("NL104"), why="settled and communicated diabetes written in the Tidiga hypoteser template")

add("pmo-th-mall-receptfornyelse", "skane", "1952-07-20", "349", N(
    sys_=PMO, tpl=TH, unit="sk_trelleborg", author=("Mikael Andersson", "läkare"), time="2024-03-11 15:55",
    setting="primärvård",
    sections=[("Åtgärd", "Receptförnyelse Losartan 50 mg, 100 st, samt Atorvastatin 20 mg.")]),
    must=M("NL104"), why="PMO Tidiga hypoteser template used for a prescription renewal")

add("lung-th-sokord-kol-faststalld-genomgangen", "vgr", "1958-02-22", "374", N(
    unit="vg_lung_boras", author=("Katarina Wik", "läkare"), time="2024-04-23 11:35",
    sections=[
        ("Spirometri", "FEV1/FVC 0,62 efter bronkdilatation, FEV1 71 % av förväntat."),
        (TH, "Diagnosen KOL är fastställd med spirometri. Genomgånget med pat som har förstått och vill ha hjälp med rökstopp."),
    ]),
    must=M("NL104"), why="VGR sökord Tidiga hypoteser used for a settled, communicated KOL diagnosis")

add("vc-th-sokord-dottern-vardplanering", "vgr", "1933-09-30", "210", N(
    tpl="Sjuksköterskeanteckning", unit="vg_hjo", author=("Gunilla Ek", "distriktssköterska"),
    time="2024-05-08 14:25",
    sections=[
        ("Aktuellt", "Inskriven i hemsjukvård, insulin två gånger dagligen av kommunens ssk."),
        (TH, "Dottern ringde och vill bli kontaktad inför vårdplaneringen nästa vecka."),
    ]),
    must=M("NL104"), why="Tidiga hypoteser used for a relative's contact request: no hypothesis")

add("hsv-th-mall-hfref-informerad", "skane", "1950-10-11", "277", N(
    tpl=TH, unit="sk_hsv_malmo", author=("Johan Lindqvist", "läkare"), time="2024-06-12 10:40",
    sections=[("Bedömning", "Hjärtsvikt med nedsatt ejektionsfraktion, EF 30 %. Pat informerad i samband med ekosvaret och startar Entresto.")]),
    must=M("NL104"), why="Skåne template Tidiga hypoteser with a settled diagnosis the patient already knows")

add("vc-th-sokord-informerd-typo", "vgr", "1966-05-05", "338", N(
    unit="vg_sandared", author=("Jonas Pettersson", "läkare"), time="2024-07-22 09:45",
    sections=[
        ("Aktuellt", "Återbesök efter DEXA."),
        (TH, "Osteoporos i ländrygg, T-score -2,9. Pat informerd idag och börjar Alendronat en gång i veckan."),
    ]),
    must=M("NL104"), why="typo 'informerd': settled osteoporos already told, misplaced in Tidiga hypoteser")

add("dietist-th-sokord-nutritionsstatus", "vgr", "1939-01-18", "296", N(
    tpl="Dietistanteckning", unit="vg_ger_molndal", author=("Therese Lund", "dietist"),
    time="2024-08-26 13:20",
    sections=[(TH, "Nutritionsstatus: vikt 54 kg, BMI 19, ofrivillig viktnedgång 4 kg på ett halvår. Energiberikad kost och näringsdryck två gånger dagligen.")]),
    must=M("NL104"), why="dietitian's nutrition status and plan placed in Tidiga hypoteser: no hypothesis")
# ---------------------------------------------------------------- J. NL101: diagnosis visible while patient not told

add("minne-alzheimer-ej-meddelas-forran-besok", "skane", "1942-11-27", "226", N(
    unit="sk_minne_malmo", author=("Henrietta Malm", "läkare"), time="2024-01-24 16:10",
    sections=[
        ("Sammanfattning", "MMT 20, neuropsykologisk testning med episodisk minnesstörning, likvor med låg beta-amyloid och högt fosfo-tau."),
        ("Bedömning", "Kriterierna för Alzheimers sjukdom är uppfyllda. Enligt önskemål från maken ska diagnosen inte meddelas pat förrän vid gemensamt besök 12/2."),
    ]),
    must=M("NL101"), why="settled dementia diagnosis in visible text while the note says it must not be told yet")

add("kir-pad-adenokarcinom-ej-besked", "vgr", "1955-03-08", "302", N(
    unit="vg_kir_alingsas", author=("Robert Claesson", "läkare"), time="2024-02-13 12:05",
    sections=[
        ("PAD", "Biopsier från sigmoideum: adenokarcinom, måttligt differentierat."),
        ("Planering", "Pat har ännu inte fått besked om cancern, informeras av kirurg vid besök på torsdag. DT thorax/buk beställt."),
    ]),
    must=M("NL101"), why="pathology-confirmed colon cancer written while 'ännu inte fått besked'")

add("vc-hba1c-71-diabetes-ej-informerad", "vgr", "1963-12-15", "214", N(
    unit="vg_vanersborg", author=("Sofia Mårtensson", "läkare"), time="2024-03-07 15:20",
    sections=[
        ("Provsvar", "HbA1c 71, fP-glukos 11,2."),
        ("Bedömning", "Diabetes mellitus typ 2. Pat ej informerad om diagnosen ännu, tid bokad hos mig på måndag för genomgång."),
    ]),
    must=M("NL101"), why="primary care: new diabetes written in Bedömning, patient not yet informed")

add("lung-ipf-ej-per-telefon", "skane", "1948-05-24", "319", N(
    unit="sk_lung_hbg", author=("Ingrid Fransson", "läkare"), time="2024-04-04 14:00",
    sections=[
        ("Röntgen", "DT thorax: bilaterala basala retikulära förändringar med honeycombing."),
        ("Bedömning", "Idiopatisk lungfibros. Patienten ska inte informeras per telefon, besked ges vid återbesök 18/4 med dotter."),
    ]),
    must=M("NL101"), why="settled diagnosis, note says patient must not be told by phone yet")

add("vc-parkinson-ej-informerad-hustru-inlagd", "vgr", "1946-07-09", "258", N(
    unit="vg_lidkoping", author=("Maria Björk", "läkare"), time="2024-05-16 13:40",
    sections=[
        ("Aktuellt", "Svar från neurologen: DAT-scan patologisk, klinisk bild typisk."),
        ("Bedömning", "Parkinsons sjukdom föreligger. Pat har inte informerats än eftersom hustrun är inlagd och han vill ha henne med."),
    ]),
    must=M("NL101"), why="eponym diagnosis confirmed in visible text, 'inte informerats än'")

add("hsv-eko-ef25-ej-underrattad", "skane", "1949-01-06", "343", N(
    unit="sk_hsv_malmo", author=("Johan Lindqvist", "läkare"), time="2024-06-24 10:15",
    sections=[
        ("Ekokardiografi", "Dilaterad vänster kammare, EF 25 %, måttlig mitralisinsufficiens."),
        ("Bedömning", "Hjärtsvikt med nedsatt ejektionsfraktion. Patienten ej underrättad, informeras av ansvarig läkare vid besök nästa vecka."),
    ]),
    must=M("NL101"), why="'ej underrättad' (not told) about a settled heart-failure diagnosis")

add("vc-hepatit-c-ej-meddelat", "vgr", "1984-02-29", "267", N(
    unit="vg_backa", author=("Ali Rahimi", "läkare"), time="2024-07-11 16:40",
    sections=[
        ("Provsvar", "Anti-HCV positiv, HCV-RNA positivt. Övriga leverprover lätt förhöjda."),
        ("Bedömning", "Kronisk hepatit C. Ej meddelat pat ännu, nås inte på telefon. Nytt försök imorgon, remiss infektion skickas."),
    ]),
    must=M("NL101"), why="confirmed infection diagnosis in visible text, patient not yet told")

add("vc-prostatacancer-infomerad-typo", "vgr", "1950-10-01", "279", N(
    unit="vg_stromstad", author=("Per Ekholm", "läkare"), time="2024-08-08 11:20",
    sections=[
        ("Remissvar", "Urologen: biopsier visar prostatacancer Gleason 3+4, MR utan spridning."),
        ("Bedömning", "Pat ännu ej infomerad om cancerbeskedet, urologen tar det vid besök 20/8."),
    ]),
    must=M("NL101"), why="typo 'infomerad' in the not-informed cue; cancer diagnosis visible")

add("vc-blanddemens-utkast-sonen-med", "vgr", "1938-06-03", "251", N(
    unit="vg_hentorp", author=("Karin Edvardsson", "läkare"), time="2024-09-12 15:55",
    signed=None,
    sections=[
        ("Sammanfattning", "Basal demensutredning klar: MMT 19, DT med vaskulära förändringar och hippocampusatrofi."),
        ("Bedömning", "Demens av blandtyp. Pat ska inte informeras förrän sonen kan vara med, enligt överenskommelse."),
    ]),
    must=M("NL101"), why="unsigned draft (pre-signing): dementia diagnosis with 'ska inte informeras förrän'")

add("hud-melanom-har-inte-fatt-veta", "skane", "1970-09-17", "288", N(
    unit="sk_hud_lund", author=("Sara Dahlberg", "läkare"), time="2024-10-03 13:00",
    sections=[
        ("PAD", "Excision från ryggen: malignt melanom, Breslow 1,4 mm, radikalt."),
        ("Planering", "Patienten har inte fått veta resultatet ännu, ringes upp av ssk för tid till läkare. Utvidgad excision planeras."),
    ]),
    must=M("NL101"), why="melanoma (from a mole sent by the vårdcentral) written while patient 'har inte fått veta'")

add("vc-rundhard-lunga-ej-informerad-flera", "vgr", "1951-05-12", "263", [
    N(nid="n1", unit="vg_kungalv", author=("Lena Alm", "läkare"), time="2024-10-22 15:30",
      sections=[
          ("Röntgen", "DT thorax: spikulerad tumör 3 cm i vänster överlob, förstorade lymfkörtlar i mediastinum."),
          ("Bedömning", "Lungcancer, stadium att fastställa. Pat ej informerad ännu, kallas till besök imorgon kl 8 med hustrun. Remiss lungmottagningen SU skickad."),
      ]),
    N(nid="n2", unit="vg_kungalv", author=("Lena Alm", "läkare"), time="2024-10-23 08:10",
      sections=[
          ("Aktuellt", "Besök med hustrun. Har fått beskedet om lungcancern och vad remissen innebär. \"Jag har ju anat det\", säger han."),
          ("Planering", "Kontaktsjuksköterska på lungmottagningen ringer honom inom en vecka."),
      ]),
], must=[("NL101", "n1")], must_not=[("NL101", "n2")],
    why="two notes: n1 visible diagnosis while not told (NL101); n2 the next day after telling (no NL101)")
# ---------------------------------------------------------------- K. NL101 near misses

add("minne-alzheimer-meddelad-idag", "skane", "1944-12-02", "275", N(
    unit="sk_minne_malmo", author=("Henrietta Malm", "läkare"), time="2024-02-12 14:30",
    sections=[
        ("Aktuellt", "Diagnosbesök med dotter."),
        ("Bedömning", "Diagnosen Alzheimers sjukdom meddelad pat och dotter idag. Pat tog det lugnt: \"Jag har märkt att något inte stämmer\"."),
        ("Planering", "Start Donepezil, kontakt med demenssjuksköterska i kommunen."),
    ]),
    must_not=M("NL101"), why="diagnosis told to the patient today: no NL101")

add("vc-prostatacancer-hustrun-vet-inte", "vgr", "1949-03-19", "308", N(
    unit="vg_lerum", author=("Mattias Öberg", "läkare"), time="2024-03-13 10:25",
    sections=[
        ("Aktuellt", "Uppföljning efter urologens besked om prostatacancer, pat informerad där och vet att strålbehandling planeras."),
        ("Bedömning", "Hustrun vet ännu inte, pat vill berätta själv i helgen. Sjukskrivning diskuterad."),
    ]),
    must_not=M("NL101"), why="only the wife is uninformed; the patient himself has been told")

add("vc-provsvar-ej-meddelade-alla-ua", "vgr", "1982-06-21", "226", N(
    tpl="Sjuksköterskeanteckning", unit="vg_hjo", author=("Gunilla Ek", "distriktssköterska"),
    time="2024-04-18 15:10",
    sections=[("Provsvar", "Blodstatus, TSH, B12, folat och elektrolyter inom referensområdet. Pat ej informerad om provsvaren ännu, skickar meddelande via 1177.")]),
    must_not=M("NL101"), why="patient not yet told about normal results: no diagnosis involved")

add("lung-kol-ej-informerad-om-tid", "vgr", "1955-08-16", "349", N(
    tpl="Sjuksköterskeanteckning", unit="vg_lung_boras", author=("Maja Holst", "sjuksköterska"),
    time="2024-05-13 12:50",
    sections=[
        ("Aktuellt", "Känd KOL, kontroll hos astma/KOL-ssk."),
        ("Administrativt", "Pat har inte fått information om att mottagningen flyttat till hus 4, brev skickas med karta."),
    ]),
    must_not=M("NL101"), why="'inte fått information' concerns a moved clinic, not a diagnosis")

add("minne-th-mall-ej-informerad-dold", "skane", "1945-03-05", "245", N(
    tpl=TH, unit="sk_minne_malmo", author=("Henrietta Malm", "läkare"), time="2024-06-06 16:05",
    sections=[("Bedömning", "Trolig vaskulär demens utifrån DT och stegvis försämring. Pat ej informerad, anhöriga önskar vara med när det tas upp.")]),
    must_not=M("NL101", "NL102"), why="Skåne: not-informed hypothesis is inside the Tidiga hypoteser template, so not visible")

add("vc-th-sokord-ej-informerad-visible-ren", "vgr", "1960-11-24", "267", N(
    unit="vg_vanersborg", author=("Sofia Mårtensson", "läkare"), time="2024-07-18 14:20",
    sections=[
        ("Aktuellt", "Ont i ryggen nattetid sedan två månader, viktnedgång. PSA 86."),
        ("Planering", "Skelettskintigrafi och remiss urologen."),
        (TH, "Misstänkt prostatacancer med skelettmetastaser. Pat ej informerad om misstanken förrän skintigrafin är gjord."),
    ]),
    must_not=M("NL101", "NL102"), why="VGR: the not-told suspicion sits only under the Tidiga hypoteser sökord")

add("vc-informerad-per-telefon-hypotyreos", "vgr", "1977-09-01", "215", N(
    tpl="Telefonanteckning", unit="vg_majorna", author=("Hanna Nyström", "läkare"),
    time="2024-08-15 11:05", signed=10,
    sections=[("Telefonrådgivning", "Pat informerades per telefon om att blodprovet visade hypotyreos, TSH 14. Levaxin 50 mikrogram insätts, nytt prov om sex veckor.")]),
    must_not=M("NL101"), why="patient informed by phone about the diagnosis")

add("vc-last-sjalv-1177-diabetes", "vgr", "1967-03-27", "283", N(
    tpl="Telefonanteckning", unit="vg_sandared", author=("Linnea Fors", "sjuksköterska"),
    time="2024-09-09 13:35", signed=15,
    sections=[("Telefonrådgivning", "Pat har själv läst svaret i 1177 och ringer med frågor om sin nyupptäckta diabetes. Förklarat HbA1c och vad som händer vid läkarbesöket på onsdag.")]),
    must_not=M("NL101"), why="patient already read the result and asks about the diagnosis: she knows")

add("vc-sonen-ej-informerad-pats-begaran", "vgr", "1939-12-09", "327", N(
    unit="vg_hentorp", author=("Karin Edvardsson", "läkare"), time="2024-10-01 10:30",
    sections=[
        ("Aktuellt", "Lindrig Alzheimers sjukdom sedan i våras, pat själv väl medveten om diagnosen."),
        ("Bedömning", "Sonen är inte informerad om pappans demensdiagnos, på pat:s egen begäran. Respekteras."),
    ]),
    must_not=M("NL101"), why="the son is not informed at the patient's wish; the patient knows")

add("vc-dexa-svar-ej-kommit", "vgr", "1953-02-13", "216", N(
    tpl="Telefonanteckning", unit="vg_stromstad", author=("Karin Sahlin", "distriktssköterska"),
    time="2024-11-07 09:55", signed=10,
    sections=[("Telefonrådgivning", "Pat frågar om bentäthetsmätningen. Ej informerad om resultatet eftersom svaret ännu inte kommit från röntgen. Ringer nästa vecka.")]),
    must_not=M("NL101"), why="not informed because no result exists yet; no diagnosis written")

add("vc-ingen-har-berattat-nu-genomgang", "vgr", "1941-07-31", "300", N(
    unit="vg_lidkoping", author=("Maria Björk", "läkare"), time="2024-11-21 14:10",
    sections=[
        ("Aktuellt", "Kommer efter utskrivning från medicinavdelningen. \"Ingen har berättat för mig vad jag har\", säger hon."),
        ("Bedömning", "Genomgång av diagnoserna idag: hjärtsvikt och förmaksflimmer. Pat förstår nu och har fått skriftlig information om diagnosn."),
    ]),
    must_not=M("NL101"), why="patient's quote says nobody told her, but she is told at this visit (typo 'diagnosn')")
# ---------------------------------------------------------------- L. Protected content in primary care (NL2)

add("pmo-hembesok-maken-slog-blamarke", "skane", "1944-04-16", "266", N(
    sys_=PMO, tpl="Hembesök", unit="sk_hemsjv_ystad", author=("Annika Berg", "distriktssköterska"),
    time="2024-01-22 11:15", setting="hemsjukvård",
    sections=[
        ("Aktuellt", "Hembesök för insulinkontroll. Pat berättar när maken gått ut att han \"tar hårt i henne\" och slog henne över armen i förrgår."),
        ("Status", "Blåmärke 4x5 cm på vänster överarm, fingermärken."),
        ("Åtgärd", "Informerat om kvinnofridslinjen, pat vill inte göra något nu."),
    ]),
    must=M("NL201"), why="PMO home visit: violence by the husband in an ordinary visible template")

add("pmo-vinr-mall-maken-slog", "skane", "1945-10-28", "254", N(
    sys_=PMO, tpl="Våld i nära relationer", unit="sk_hemsjv_ystad", author=("Annika Berg", "distriktssköterska"),
    time="2024-02-05 10:50", setting="hemsjukvård",
    sections=[
        ("Anamnes", "Pat berättar att sambon knuffat omkull henne i köket förra veckan och att hon är rädd när han dricker."),
        ("Status", "Läkande skrubbsår på höger armbåge, gulnande blåmärke vid höften."),
        ("Åtgärd", "Kontakt med kommunens våldsstödjare efter pat:s samtycke."),
    ]),
    must_not=M("NL201"), why="violence documented in the PMO template Våld i nära relationer: hidden")

add("vc-huvudvark-sambon-knuffade", "vgr", "1990-08-14", "281", N(
    unit="vg_backa", author=("Ali Rahimi", "läkare"), time="2024-03-20 15:05",
    sections=[
        ("Aktuellt", "Söker för huvudvärk sedan fyra dagar. Berättar efter en stund att sambon knuffade henne mot väggen under ett bråk."),
        ("Status", "Öm bula occipitalt, neurologiskt ua."),
        ("Bedömning", "Huvudvärk efter trubbigt våld mot huvudet, ingen hjärnskakning."),
    ]),
    must=M("NL201"), why="VGR: partner violence in an ordinary visible section")

add("vc-vinr-sokord-ren-aktuellt", "vgr", "1987-01-25", "242", N(
    unit="vg_majorna", author=("Hanna Nyström", "läkare"), time="2024-04-09 11:40",
    sections=[
        ("Aktuellt", "Sömnsvårigheter och oro. Önskar sömntabletter."),
        ("Bedömning", "Sömnstörning, sömnskola och Propavan i kort kur."),
        ("Våldsutsatthet i nära relationer", "Pat berättar att exmaken fortfarande hotar henne via sms och att han slog henne när de bodde ihop. Kontakt med kvinnojouren förmedlad."),
    ]),
    must_not=M("NL201"), why="VGR: violence only under the protected sökord; visible sections clean")

add("pmo-fragat-om-vald-nekar", "skane", "1978-05-13", "232", N(
    sys_=PMO, tpl="Sjuksköterskeanteckning", unit="sk_kvarnby", author=("Sara Johansson", "sjuksköterska"),
    time="2024-05-15 09:25", setting="primärvård",
    sections=[("Hälsosamtal", "Frågat om våld i nära relationer enligt rutin, pat förnekar. Trivs med sambon och barnen.")]),
    must_not=M("NL201"), why="routine screening question with a denial: no violence documented")

add("vc-overfallen-av-okand-busshallplats", "vgr", "1999-11-03", "253", N(
    unit="vg_vanersborg", author=("Sofia Mårtensson", "läkare"), time="2024-06-25 17:10",
    sections=[
        ("Aktuellt", "Blev slagen i ansiktet av en okänd man vid busshållplatsen i lördags, polisanmält."),
        ("Status", "Svullnad över vänster kindben, ingen stegbildning, synen ua."),
        ("Bedömning", "Kontusion kindben, röntgen ej indicerat."),
    ]),
    must_not=M("NL201"), why="assault by a stranger is not violence in a close relationship")

add("pmo-sonen-hotar-sla-pengar", "skane", "1937-02-19", "208", N(
    sys_=PMO, tpl="Distriktssköterskeanteckning", unit="sk_simrishamn", author=("Karin Olsson", "distriktssköterska"),
    time="2024-07-08 13:30", setting="primärvård",
    sections=[
        ("Aktuellt", "Besök för blodtryckskontroll. Pat gråter och berättar att sonen har hotat att slå henne om hon inte ger honom pengar. Han har tagit hennes bankkort."),
        ("Åtgärd", "Erbjudit kontakt med socialtjänstens äldreenhet, pat tackar ja."),
    ]),
    must=M("NL201"), why="threats of violence from an adult son (close relationship) in a visible PMO note")

add("pmo-ramlade-badrummet-inget-vald", "skane", "1935-06-07", "229", N(
    sys_=PMO, tpl="Hembesök", unit="sk_hemsjv_ystad", author=("Annika Berg", "distriktssköterska"),
    time="2024-08-13 09:40", setting="hemsjukvård",
    sections=[("Aktuellt", "Ramlade i badrummet i natt när hon skulle på toaletten, blåmärke på höger höft. Går som vanligt med rollator. Inget som tyder på våld, larmet fungerade och hemtjänsten kom direkt.")]),
    must_not=M("NL201"), why="fall injury with an explicit 'no sign of violence'")

add("pmo-bvc-orosanmalan-ordinarie-mall", "skane", "2022-09-10", "640", N(
    sys_=PMO, tpl="Sjuksköterskeanteckning", unit="sk_bvc_landskrona", author=("Ida Persson", "sjuksköterska"),
    time="2024-09-16 14:05", setting="primärvård",
    sections=[
        ("Aktuellt", "2-årskontroll. Pappa kommer berusad till besöket och barnet är smutsigt och hungrigt."),
        ("Åtgärd", "Orosanmälan till socialtjänsten i Landskrona skickad idag enligt rutin, samråd med BVC-läkare."),
    ]),
    must=M("NL202"), why="BVC report to social services written in an ordinary PMO template")

add("pmo-bvc-oro-mall-korrekt", "skane", "2021-12-01", "562", N(
    sys_=PMO, tpl="Oro för att barn far illa", unit="sk_bvc_landskrona", author=("Ida Persson", "sjuksköterska"),
    time="2024-10-10 11:20", setting="primärvård",
    sections=[("Observation", "Barnet har blåmärken på båda överarmarna och är rädd när mamman höjer rösten. Anmälan skickas till socialtjänsten i Landskrona idag.")]),
    must_not=M("NL202"), why="child concern correctly in the Skåne template Oro för att barn far illa")

add("vc-barn8-blamarken-olika-alder-orosanmalan", "vgr", "2016-04-22", "381", N(
    unit="vg_lerum", author=("Mattias Öberg", "läkare"), time="2024-11-05 15:50",
    sections=[
        ("Aktuellt", "8-årig pojke med mamma för ont i ryggen efter att ha ramlat i skolan."),
        ("Status", "Flera blåmärken av olika ålder på ryggen och baksidan av låren, avlånga."),
        ("Bedömning", "Skadebilden stämmer inte med berättelsen, misshandel kan inte uteslutas. Orosanmälan till socialtjänsten görs idag."),
    ]),
    must=M("NL202"), why="VGR: suspected child abuse and report to social services in visible sections")

add("vc-orosanmalan-sokord-vgr", "vgr", "2015-07-30", "292", N(
    unit="vg_kungalv", author=("Lena Alm", "läkare"), time="2024-12-02 10:05",
    sections=[
        ("Aktuellt", "9-årig flicka, magont på morgnarna innan skolan. Status ua."),
        ("Bedömning", "Funktionell buksmärta, uppföljning hos skolsköterskan."),
        ("Orosanmälan gällande barn", "Flickan berättar att pappa slår mamma när han är full och att hon inte vågar sova. Orosanmälan görs till socialtjänsten."),
    ]),
    must_not=M("NL202", "NL201"), why="VGR: child concern only under the sökord Orosanmälan gällande barn")

add("pmo-forsorjningsstod-socialtjanst", "skane", "1985-03-17", "311", N(
    sys_=PMO, unit="sk_bjuv", author=("Rebecka Ståhl", "läkare"), time="2024-02-26 13:45",
    setting="primärvård",
    sections=[("Aktuellt", "Har kontakt med socialtjänsten för försörjningsstöd och vill ha läkarintyg om sin ryggvärk till handläggaren. Ensamstående med två barn som mår bra.")]),
    must_not=M("NL202"), why="social services contact about money, no concern for the children")

add("vc-dottern-radd-for-bror-hotat", "vgr", "1936-10-05", "224", N(
    unit="vg_hjo", author=("Anders Rydén", "läkare"), time="2024-03-28 14:45",
    sections=[
        ("Aktuellt", "Uppföljning av demenssjukdom, dottern med. Pat trivs på boendet."),
        ("Anamnes", "Dottern berättar att hennes bror har hotat att skada henne om hon tar över pappans ekonomi, och hon vill inte att brodern får veta att hon berättat detta."),
    ]),
    must=M("NL204"), why="VGR: harmful third-party information (threats between relatives) in a visible section")

add("vc-tredje-person-sokord-bror-hotat", "vgr", "1934-12-14", "309", N(
    unit="vg_lidkoping", author=("Maria Björk", "läkare"), time="2024-04-25 10:40",
    sections=[
        ("Aktuellt", "Årskontroll hjärtsvikt och demens, oförändrat."),
        ("Tredje person", "Sonen uppger att pat:s sambo hotat honom med kniv när han försökt hälsa på. Uppgifterna ska inte nå sambon."),
    ]),
    must_not=M("NL204"), why="VGR: the same kind of information placed under the sökord Tredje person")

add("vc-dottern-glommer-ata-ofarligt", "vgr", "1932-05-21", "282", N(
    tpl="Sjuksköterskeanteckning", unit="vg_hentorp", author=("Ulla Svensson", "distriktssköterska"),
    time="2024-05-29 11:55",
    sections=[("Aktuellt", "Dottern ringer och berättar att mamma glömmer att äta lunch och att kylskåpet är tomt. Hemtjänst kontaktas för matlådor.")]),
    must_not=M("NL204"), why="third-party information that is harmless care information")

add("pmo-tredje-person-sokord-ej-filtrerat", "skane", "1948-09-23", "235", N(
    sys_=PMO, unit="sk_angelholm", author=("Henrik Sundberg", "läkare"), time="2024-06-13 15:15",
    setting="primärvård",
    sections=[
        ("Aktuellt", "KOL-kontroll, stabil."),
        ("Tredje person", "Grannen har ringt och berättat att pat:s sambo hotar pat. Grannen vill vara anonym."),
    ]),
    must=M("NL206"), why="Skåne PMO note uses the sökord Tredje person, which Skåne does not filter")

add("med-enkelblind-sokord-skane", "skane", "1957-12-30", "244", N(
    unit="sk_med_ystad", author=("Nils Wennberg", "läkare"), time="2024-07-16 09:25",
    sections=[
        ("Aktuellt", "Studiebesök 3 i hypertonistudien."),
        ("Enkelblind prövning", "Pat randomiserad till aktiv behandling (arm B)."),
    ]),
    must=M("NL206"), why="Skåne Melior note uses sökord Enkelblind prövning, not filtered in Skåne")

add("vc-tredje-person-sokord-vgr-filtreras", "vgr", "1946-02-06", "271", N(
    unit="vg_stromstad", author=("Per Ekholm", "läkare"), time="2024-08-20 14:55",
    sections=[
        ("Aktuellt", "Hypertoni, kontroll. BT 136/82."),
        ("Tredje person", "Hustrun berättar att hon är rädd för pat när han blir arg och att han har slagit sönder en dörr."),
    ]),
    must_not=M("NL206", "NL204"), why="VGR filters the sökord Tredje person, so NL206 does not apply")

add("pmo-hubs-i-lakaranteckning", "skane", "2014-11-11", "429", N(
    sys_=PMO, unit="sk_eslov", author=("Josefin Lundgren", "läkare"), time="2024-09-26 13:10",
    setting="primärvård",
    sections=[
        ("Aktuellt", "Hälsoundersökning på begäran av socialnämnden inför placering i familjehem. Socialsekreterare med."),
        ("Status", "Längd och vikt följer kurvan. Karies enligt tandvården. Hörsel och syn ua."),
    ]),
    must=M("NL203"), why="HUBS documented in an ordinary Läkaranteckning instead of the HUBS template")

add("pmo-hubs-mall-korrekt", "skane", "2013-05-08", "517", N(
    sys_=PMO, tpl="Hälsoundersökning på begäran av socialnämnd (HUBS)", unit="sk_eslov",
    author=("Josefin Lundgren", "läkare"), time="2024-10-24 10:45", setting="primärvård",
    sections=[("Undersökning", "Barnet inför placering. Tidigare journaler genomgångna, vaccinationer kompletteras. Psykisk hälsa: ängslig men kontaktbar.")]),
    must_not=M("NL203"), why="HUBS in its own Skåne template: hidden")

add("lung-enkelblind-studie-synlig-vgr", "vgr", "1954-06-19", "230", N(
    unit="vg_lung_boras", author=("Katarina Wik", "läkare"), time="2024-11-14 13:40",
    sections=[
        ("Aktuellt", "KOL, deltar i studien om D-vitamin och exacerbationer."),
        ("Studie", "Pat ingår i en enkelblind prövning och har lottats till aktivt D-vitamin, inte placebo."),
    ]),
    must=M("NL205"), why="VGR: single-blind allocation written in an ordinary visible section")

add("lung-enkelblind-sokord-vgr-korrekt", "vgr", "1956-08-02", "257", N(
    unit="vg_lung_boras", author=("Katarina Wik", "läkare"), time="2024-12-05 09:15",
    sections=[
        ("Aktuellt", "Studiebesök, inga exacerbationer sedan start."),
        ("Enkelblind prövning", "Randomiserad till placebo-armen, kod 0417."),
    ]),
    must_not=M("NL205"), why="VGR: allocation under the sökord Enkelblind prövning")
# ---------------------------------------------------------------- M. Long mixed notes (several sections)

add("lang-vc-diabetes-arskontroll-susp-karpaltunnel", "vgr", "1957-02-04", "261", N(
    unit="vg_lerum", author=("Mattias Öberg", "läkare"), time="2024-01-31 13:00",
    sections=[
        ("Kontaktorsak", "Årskontroll typ 2-diabetes, samt domningar i händerna nattetid."),
        ("Diagnoser", "Typ 2-diabetes sedan 2011. Hypertoni sedan 2008. Hyperlipidemi. Knäledsartros vä, opererad med protes 2020."),
        ("Läkemedel", "Metformin 1 g x 2, Jardiance 10 mg x 1, Ramipril 10 mg x 1, Atorvastatin 40 mg x 1, Alvedon vid behov."),
        ("Aktuellt", "Mår i stort sett bra. Går med stavar tre gånger i veckan, har slutat med söt saft. Sedan jul vaknar hon av att det sticker och domnar i tumme, pek- och långfinger på höger hand, skakar handen för att det ska gå över. \"Det är som att handen har somnat\", säger hon. Inga besvär i fötterna. Ingen bröstsmärta, ingen andfåddhet. Röker inte. Alkohol ett glas vin i helgerna."),
        ("Sociala förhållanden", "Gift, två vuxna barn. Arbetar deltid som kassabiträde på Coop, står mycket. Sköter trädgården och har barnbarn på besök varannan helg."),
        ("Levnadsvanor", "Har gått på kurs i matlagning via diabetesförbundet och äter mer grönsaker. Fysisk aktivitet ungefär 150 minuter i veckan. Sover sju timmar, vaknar dock av handbesvären två till tre gånger per natt. Har aldrig rökt och snusar inte."),
        ("Status", "AT: opåverkad. Vikt 82 kg (84 kg förra året), BMI 30. BT 132/78 sittande, puls 72 regelbunden. Cor: regelbunden rytm, inga blåsljud. Pulm: ua. Fötter: hel hud, inga sår, monofilament kännes överallt, fotpulsar palpabla bilat. Händer: positivt Phalens test höger, Tinels tecken positivt över karpaltunneln höger, ingen thenaratrofi, normal kraft i tumabduktion."),
        ("Provsvar", "HbA1c 54 (58). LDL 1,9. U-albumin/kreatinin 2,1. Krea 78, eGFR 74. Kalium 4,3."),
        ("Bedömning", "Diabetes välkontrollerad med förbättrat HbA1c och viktnedgång. Blodtryck och blodfetter i målområdet, ingen albuminuri. Misstänkt karpaltunnelsyndrom höger. Inga tecken på diabetisk fotsjukdom."),
        ("Åtgärd", "Oförändrad diabetes- och blodtrycksbehandling. Handledsortos nattetid prövas i sex veckor, remiss neurografi om kvarstående besvär. Pat informerad om planen och nöjd med den."),
        ("Planering", "Nästa årskontroll om ett år med prover innan. Ögonbottenfoto enligt screeningprogram i maj. Diabetessjuksköterska följer upp vikt och kost om ett halvår."),
    ]),
    must=M("NL102"), must_not=M("NL101"),
    why="long annual diabetes check: settled diagnoses, one new 'misstänkt' in Bedömning among negations")

add("lang-hsv-uppfoljning-endast-icke-diagnostiska-hedges", "vgr", "1945-05-22", "334", N(
    unit="vg_hsv_ostra", author=("Fredrik Ahlström", "läkare"), time="2024-02-22 10:30",
    sections=[
        ("Kontaktorsak", "Planerat återbesök hjärtsvikt, titrering av läkemedel."),
        ("Tidigare sjukdomar", "Hjärtsvikt med nedsatt ejektionsfraktion sedan 2022 efter hjärtinfarkt (PCI mot LAD 2022). Förmaksflimmer, permanent. Typ 2-diabetes. Lätt njursvikt, eGFR kring 50."),
        ("Aktuellt", "Hustrun med. Går nu till affären utan paus, cirka 800 meter, och orkar snickra lite i garaget. Sover på en kudde. Vikten har legat stilla kring 79 kg enligt dagliga mätningar hemma. Yr ibland när han reser sig snabbt på morgonen men har inte svimmat. \"Jag känner mig bättre än på länge\", säger han. Inga bröstsmärtor."),
        ("Läkemedel", "Entresto 49/51 mg x 2, Bisoprolol 5 mg x 1, Spironolakton 25 mg x 1, Forxiga 10 mg x 1, Furix 40 mg x 1, Eliquis 5 mg x 2, Atorvastatin 80 mg x 1. Dosett sköts av hustrun."),
        ("Sociala förhållanden", "Pensionerad snickare. Bor med hustrun i radhus i Partille, två trappsteg till entrén. Körkort, kör korta sträckor. Barnen bor i närheten och hjälper till med snöskottning och tyngre inköp."),
        ("Status", "AT gott. BT 108/64 sittande, 102/62 stående efter tre minuter. Puls 68 oregelbunden. Cor: oregelbunden rytm, svagt systoliskt blåsljud apikalt, oförändrat. Pulm: vesikulärt utan rassel. Inga halsvenstas. Inga underbensödem."),
        ("Egenvård", "Väger sig varje morgon efter toalettbesök och skriver upp vikten i häftet från mottagningen. Begränsar vätskan till ungefär en och en halv liter per dag och saltar inte maten."),
        ("Provsvar", "NT-proBNP 890 (1650). Krea 118 (112), kalium 4,9, natrium 138. Hb 131."),
        ("Bedömning", "Hjärtsvikt NYHA II, förbättrad och kliniskt stabil på fyra pelare. Inga tecken på övervätskning. Lätt ortostatism av blodtryckssänkande behandling och diuretika, troligen räcker det att sänka Furix. Njurfunktion och kalium acceptabla."),
        ("Åtgärd", "Furix sänks från 40 till 20 mg för att minska yrseln. Entresto behålls på 49/51 mg x 2, ev. dosökning vid nästa besök om blodtrycket tillåter. Spironolakton oförändrat, kalium kontrolleras om två veckor på vårdcentralen."),
        ("Planering", "Ssk-besök om fyra veckor för blodtryck och vikt. Läkarbesök om tre månader. Pat och hustru vet hur de ska höra av sig vid viktökning mer än två kilo på tre dagar."),
    ]),
    must_not=M("NL102", "NL101"),
    why="long heart-failure follow-up: only hedges on causes and doses, no hedged diagnosis")

add("lang-pmo-kol-arskontroll-trolig-pneumoni", "skane", "1950-07-04", "213", N(
    sys_=PMO, tpl="Astma/KOL-mottagning", unit="sk_nasby", author=("Olof Bengtsson", "läkare"),
    time="2024-03-14 10:15", setting="primärvård",
    sections=[
        ("Kontaktorsak", "Årskontroll KOL, tidigarelagd pga ökad hosta sedan en vecka."),
        ("Tidigare", "KOL sedan 2016, senaste spirometri FEV1 54 % av förväntat. Hypertoni. Tidigare rökare, slutade 2019 efter 45 paketår. Bältros 2021."),
        ("Läkemedel", "Trimbow 2 inh x 2, Airomir vid behov, Amlodipin 5 mg."),
        ("Aktuellt", "Ökad mängd gult slem sedan en vecka, feber 38,5 i går. Mer andfådd än vanligt, behöver Airomir fyra gånger om dagen mot normalt en. Äter och dricker. Hustrun har haft influensa. \"Jag känner mig slut\", säger han. Inga bröstsmärtor, inga bensvullnader."),
        ("Sociala förhållanden", "Bor med hustrun i villa utanför Kristianstad. Pensionerad lantbrukare, sköter fortfarande lite skog. Hustrun är frisk och kan hjälpa till hemma, dottern bor i Åhus."),
        ("Levnadsvanor", "Rökfri sedan fem år, stolt över det. Promenerar med hunden två gånger om dagen i vanliga fall men har inte orkat sedan i söndags. Äter bra, ingen viktnedgång senaste året. Alkohol sällan."),
        ("Status", "AT: lätt påverkad, pratar i hela meningar. Temp 38,2. AF 22, sat 91 % (vanligen 94). BT 142/84, puls 96 regelbunden. Pulm: förlängt expirium, krepitationer vänster basalt. Cor: ua. Inga ödem."),
        ("Inhalationsteknik", "Ssk har gått igenom Trimbow med spacer: pat andas ut för snabbt och håller inte andan efter inhalationen. Efter instruktion korrekt teknik, demonstrerar två gånger. Munsköljning efter varje dos påmind. Airomir används nu med spacer även hemma. Hustrun var med och vet hur spacern ska diskas och torkas, och de har fått en ny spacer eftersom den gamla hade sprickor i ventilen."),
        ("Provsvar", "CRP 92. Hb 148. LPK 12,4."),
        ("Bedömning", "Trolig pneumoni vänster basalt hos KOL-patient, DD exacerbation utan pneumoni. Inte behov av sjukhusvård idag, CRB-65 1 p."),
        ("Åtgärd", "Amimox 750 mg x 3 i 7 dagar, Prednisolon 30 mg i 5 dagar. Ökad inhalationsfrekvens med spacer, tekniken kontrollerad av ssk. Influensavaccin och pneumokockvaccin erbjuds efter tillfrisknande."),
        ("Planering", "Ssk ringer på fredag. Lungröntgen om sex veckor för att kontrollera utläkning. Åter akut vid försämrad andning eller förvirring. Spirometri vid ordinarie årskontroll när pat är återställd."),
    ]),
    must_not=M("NL102"), why="long PMO COPD note with 'Trolig pneumoni' and DD: PMO never exposes diagnoses")

add("lang-minne-diagnosbesked-informerad", "skane", "1941-09-15", "342", N(
    unit="sk_minne_malmo", author=("Henrietta Malm", "läkare"), time="2024-04-11 13:20",
    sections=[
        ("Kontaktorsak", "Diagnosbesked efter minnesutredning, pat kommer med maken och dottern."),
        ("Bakgrund", "Remitterad från Vårdcentralen Kvarnby hösten 2023 för tilltagande minnessvikt. Hypertoni och hypotyreos, välbehandlade. Tidigare frisk i övrigt, arbetat som lärare."),
        ("Utredning", "MMT 23/30 med bortfall på fördröjd återgivning och orientering i tid. Klocktest med lätta avvikelser. Neuropsykologisk bedömning: episodisk minnesstörning, i övrigt relativt välbevarade funktioner. MR hjärna: hippocampusatrofi bilateralt, MTA 2, ringa vitsubstansförändringar. Likvor: sänkt beta-amyloid 42/40-kvot, förhöjt fosfo-tau."),
        ("Samtal", "Resultaten har gåtts igenom i lugn takt med pat, make och dotter. Pat får diagnosen Alzheimers sjukdom i tidig fas. Hon säger: \"Jag trodde nog det, men det är ändå tungt att höra\". Maken frågar om bilkörning och om ärftlighet, vilket besvaras. Pat vill själv berätta för sina syskon."),
        ("Sociala förhållanden", "Bor med maken i lägenhet i Limhamn, inga trappor. Klarar personlig hygien och matlagning själv men maken har tagit över räkningar och bokningar. Sjunger i kör en gång i veckan och vill fortsätta med det. Dottern bor i Lund och kommer varje söndag."),
        ("Körkort och vapen", "Har körkort men kör sällan. Inget vapeninnehav i hushållet."),
        ("Bedömning", "Alzheimers sjukdom, lindrig demens. Inga tecken på depression. Ingen kontraindikation mot kolinesterashämmare, EKG med normal överledning."),
        ("Frågor från familjen", "Dottern undrar om hon själv bör testas, förklarat att det inte finns anledning till genetisk utredning när insjuknandet sker efter 80 års ålder och ingen annan i släkten haft tidig demens. Maken vill veta hur snabbt det går, vilket är svårt att säga men ofta långsamt de första åren."),
        ("Åtgärd", "Start Donepezil 5 mg, ökning till 10 mg efter fyra veckor om det tolereras. Information om körkort: pat avstår från bilkörning. Skriftlig information om sjukdomen och om anhörigstöd. Kontakt med demenssjuksköterska i Malmö stad förmedlas."),
        ("Planering", "Telefonuppföljning av ssk om sex veckor för biverkningar. Återbesök hos läkare om sex månader. Fortsatt uppföljning i primärvården efter ett år enligt vårdprogram. Pat och anhöriga vet hur de når mottagningen, telefonnummer och tider står i den skriftliga informationen."),
    ]),
    must_not=M("NL101", "NL102"), why="long diagnosis-disclosure visit: settled, told, no hedge")

add("lang-vc-hembesok-ssk-en-mening-vald", "vgr", "1943-03-25", "288", N(
    tpl="Sjuksköterskeanteckning", unit="vg_vanersborg", author=("Britt Larsson", "distriktssköterska"),
    time="2024-05-07 09:50", setting="hemsjukvård",
    sections=[
        ("Kontaktorsak", "Hembesök, såromläggning och läkemedelsgenomgång inför läkarbesök."),
        ("Hälsotillstånd", "Typ 2-diabetes med insulin, hjärtsvikt, venösa bensår höger underben sedan i höstas. Bor med maken i villa, hemtjänst en gång per dag för dusch."),
        ("Aktuellt", "Pat sitter i köket när jag kommer. Säger att hon sovit dåligt. Blodsocker i morse 8,4 enligt egen mätning, kvällsvärdena kring 10. Dosetten är rätt iordningställd av apoteket. Äter frukost och middag men hoppar ofta över lunchen."),
        ("Sår", "Sår medialt höger underben 3x2 cm (4x3 för två veckor sedan), rent, granulerande, lite fibrin. Sårkanter lugna, ingen rodnad, ingen lukt. Omlagt med skumförband och kompression enligt ordination."),
        ("Övrigt", "När maken gått ut med hunden berättar pat att han slog henne i ansiktet förra veckan när hon tappat en tallrik och att det har hänt förut."),
        ("Läkemedel", "Insulin Humalog Mix 25 morgon och kväll, Metformin 500 mg x 2, Furix 20 mg x 1, Bisoprolol 2,5 mg x 1, Enalapril 5 mg x 1, Alvedon 1 g x 3. Insulinet tas av pat själv med pennan, doserna stämmer med ordinationen."),
        ("Nutrition", "Vikten stabil senaste tre månaderna. Dricker ett glas näringsdryck på eftermiddagen om hon kommer ihåg det. Tänder i gott skick, kan tugga allt. Har fått recept på näringsdryck med vaniljsmak som hon tycker bättre om än jordgubb."),
        ("Status", "BT 142/80, puls 78. Vikt 71 kg (71). Lätt svullnad över vänster kindben, gulgrönt blåmärke. Inga andningsbesvär, lätta ankelödem vänster."),
        ("Blodsocker", "Egenmätningar senaste veckan: fastevärden 7,8 till 9,2, före middag 9 till 11. Ingen känning av lågt blodsocker. Pennan och mätaren fungerar, stickor finns hemma för en månad till. Injektionsställena på magen ser fina ut utan förhårdnader, pat växlar sida enligt instruktion och byter nål varje gång."),
        ("Åtgärd", "Information om kvinnofridslinjen och kommunens stöd, pat vill inte ha mer hjälp nu men tar emot telefonnumret. Läkare informerad. Sårbehandling oförändrad, byte två gånger i veckan."),
        ("Planering", "Nästa hembesök torsdag. Läkarbesök på vårdcentralen 15/5 för läkemedelsgenomgång, transport bokad."),
    ]),
    must=M("NL201"), why="long district-nurse home visit where one visible section records partner violence")

add("lang-vc-multisjuk-hereditet-negationer", "vgr", "1962-11-08", "235", N(
    unit="vg_hentorp", author=("Karin Edvardsson", "läkare"), time="2024-06-20 14:35",
    sections=[
        ("Kontaktorsak", "Hjärtklappning och trötthet, önskar hälsokontroll."),
        ("Tidigare sjukdomar", "Hypertoni sedan 2015. Tidigare utredd 2018 för misstänkt sköldkörtelrubbning, proverna var normala. Gallstensoperation 2010."),
        ("Hereditet", "Mor hade troligen förmaksflimmer, dog 81 år. Far hade typ 2-diabetes och möjlig demens på äldre dagar. Syster behandlas för högt blodtryck."),
        ("Aktuellt", "Sedan ett par månader känner han hjärtat slå hårt och snabbt när han lägger sig på kvällen, i några minuter. Ingen yrsel, ingen svimning, ingen bröstsmärta. Jobbar mycket, sover sex timmar. Dricker fyra koppar kaffe om dagen och en energidryck på eftermiddagen. \"Jag är nog bara stressad\", säger han."),
        ("Status", "AT gott. BT 138/86, puls 74 regelbunden. Hjärta: regelbunden rytm utan blåsljud. Pulm: ua. Thyreoidea: ingen struma. Inga ödem."),
        ("Provsvar", "EKG sinusrytm 72, normal PQ-tid och QTc. Hb 152, TSH 1,8, fritt T4 normalt, kalium 4,1, krea 84, HbA1c 36."),
        ("Bedömning", "Ingen misstanke om förmaksflimmer utifrån anamnes och EKG; långtidsregistrering görs ändå på pat:s önskemål för att han ska känna sig trygg. Inga tecken på sköldkörtelsjukdom. Diabetes föreligger inte. Hypertoni välbehandlad."),
        ("Åtgärd", "Långtids-EKG 48 timmar bokat. Råd om att dra ner på kaffe och energidryck samt att prioritera sömn."),
        ("Planering", "Återkoppling via 1177 när EKG är analyserat. Nytt besök om besvären ökar eller vid svimning."),
    ]),
    must_not=M("NL102"), why="long note: hedges only in family history and resolved past, suspicions negated")

add("lang-pmo-dsk-demens-fragat-om-vald-nej", "skane", "1935-01-29", "224", N(
    sys_=PMO, tpl="Distriktssköterskeanteckning", unit="sk_tomelilla", author=("Maja Eriksson", "distriktssköterska"),
    time="2024-07-02 13:40", setting="primärvård",
    sections=[
        ("Kontaktorsak", "Demensuppföljning enligt vårdprogram, pat kommer med dottern."),
        ("Bakgrund", "Alzheimers sjukdom sedan 2021, på Donepezil 10 mg. Hypertoni. Bor ensam i lägenhet i Tomelilla, hemtjänst morgon och kväll sedan i vintras, matlåda till lunch. Dottern bor i Ystad och handlar en gång i veckan."),
        ("Aktuellt", "Dottern tycker att mamma blivit mer glömsk sedan förra året, har vid två tillfällen gått ut på kvällen och inte hittat hem; grannen följde henne tillbaka. Pat själv tycker att allt är som vanligt: \"Jag klarar mig fint, det är bara de andra som tjatar\". Äter bättre sedan matlådorna började. Sover oroligt, vaknar tidigt."),
        ("Skattningar", "MMT 17/30 (20 för ett år sedan). Klocktest: kan inte placera visarna. ADL: behöver hjälp med dusch och tvätt, klarar själv toalettbesök och påklädning med viss påminnelse."),
        ("Frågor enligt vårdprogram", "Frågat om våld och hot enligt rutin, både pat och dotter nekar. Inga fall senaste halvåret. Inga trycksår."),
        ("Läkemedel", "Donepezil 10 mg till kvällen, Amlodipin 5 mg, Alvedon vid behov. Dosett som fylls av hemtjänsten varje vecka, dottern kontrollerar ibland att tabletterna är tagna."),
        ("Nutrition och sömn", "Äter frukost och middag med hjälp av hemtjänsten, lunch från matlådan. Dricker mest kaffe, behöver påminnas om vatten. Går och lägger sig tidigt men vaknar vid fyra och börjar plocka i köket."),
        ("Status", "BT 128/76, puls 70. Vikt 58 kg (56). Ingen rörelseinskränkning, går utan hjälpmedel inomhus."),
        ("Anhörig", "Dottern berättar att hon själv sover dåligt av oro och att hon ringer mamma fyra gånger om dagen. Hon har fått information om anhörigcentralen i Tomelilla och om möjligheten till avlösning i hemmet. Hon tänker kontakta dem efter semestern och vill då också veta mer om dagverksamheten för personer med demens."),
        ("Bedömning", "Progress av demenssjukdomen med ökande behov av tillsyn, framför allt kvällstid. Anhörig belastad."),
        ("Åtgärd", "GPS-larm diskuterat, dottern kontaktar biståndshandläggaren om utökad hemtjänst och trygghetslarm. Information om anhörigstöd i kommunen. Läkare informeras om sömnbesvären."),
        ("Planering", "Ny uppföljning om sex månader eller tidigare vid behov. Läkarbesök för läkemedelsgenomgång bokas."),
    ]),
    must_not=M("NL201", "NL102"), why="long PMO dementia follow-up where violence was asked about and denied")

add("lang-vc-th-korrekt-synligt-rent", "vgr", "1958-04-30", "249", N(
    unit="vg_majorna", author=("Hanna Nyström", "läkare"), time="2024-08-27 15:00",
    sections=[
        ("Kontaktorsak", "Viktnedgång och trötthet, kontroll av blodprover."),
        ("Tidigare sjukdomar", "Hypertoni, hypotyreos sedan 2005, gastroesofageal reflux. Rökare 20 cigaretter per dag sedan tonåren."),
        ("Aktuellt", "Har gått ner 7 kilo sedan påsk utan att försöka, aptiten är sämre och kläderna sitter löst. Hostar mer än vanligt men har alltid hostat. Ingen feber. Ont i ryggen mellan skulderbladen ibland. \"Jag trodde det var bra att jag blev smalare\", säger hon. Arbetar som busschaufför, orkar knappt hela passen."),
        ("Status", "AT: lätt blek, opåverkad. Vikt 61 kg (68 kg i mars). BT 124/80, puls 88. Lungor: lätt förlängt expirium, inga rassel. Inga förstorade lymfkörtlar på halsen eller i armhålorna. Buk mjuk, ingen förstorad lever. Inga ödem."),
        ("Läkemedel", "Levaxin 100 mikrogram, Enalapril 10 mg, Omeprazol 20 mg vid behov. Inga naturläkemedel. Tar inga kalktabletter eller D-vitamin. Har inte ändrat några mediciner det senaste året och har inte fått någon ny behandling på annat håll, enligt läkemedelslistan i NPÖ."),
        ("Provsvar", "Hb 118, SR 42, CRP 18, trombocyter 460. Kalcium 2,71 (förhöjt). Albumin 32. TSH normalt. Leverprover normala."),
        ("Sociala förhållanden", "Bor ensam i lägenhet i Majorna, skild, en vuxen son i Kungsbacka. Arbetar heltid på Västtrafik i skift. Har en katt och går i affären själv."),
        ("Levnadsvanor", "Röker fortfarande ett paket om dagen, har försökt sluta två gånger. Dricker alkohol några gånger per månad. Promenerar inte längre till jobbet eftersom hon blir för trött."),
        ("Bedömning", "Ofrivillig viktnedgång med anemi, förhöjd SR och hyperkalcemi hos rökare. Kräver skyndsam utredning."),
        ("Åtgärd", "DT thorax och buk beställt som prioriterat. PTH och elfores skickat. Pat informerad om att vi behöver utreda viktnedgången och proverna snabbt och att jag ringer henne när röntgen är gjord. Sjukskriven 50 % i två veckor."),
        ("Planering", "Telefontid inbokad om en vecka. Ssk kontrollerar vikt och kalcium om två veckor."),
        (TH, "Misstänkt lungcancer eller annan malignitet med paramalign hyperkalcemi. Inte framfört till pat innan DT är gjord, kan bli aktuellt med SVF lunga."),
    ]),
    must_not=M("NL102", "NL104", "NL101"),
    why="long VGR note: malignancy suspicion only under Tidiga hypoteser, visible sections neutral")

add("lang-vc-ny-hjartsvikt-ej-informerad", "vgr", "1948-08-21", "307", N(
    unit="vg_stromstad", author=("Per Ekholm", "läkare"), time="2024-09-19 16:20",
    sections=[
        ("Kontaktorsak", "Sammanställning av provsvar och ekokardiografi, ingen patient närvarande."),
        ("Bakgrund", "76-årig man med hypertoni och typ 2-diabetes. Sökte i augusti för andfåddhet vid ansträngning och svullna ben, NT-proBNP då 3100. Remitterades till ekokardiografi på NÄL och fick Furix 20 mg i väntan."),
        ("Svar", "Ekokardiografi 16/9: vänster kammare dilaterad, EF 30 %, global hypokinesi, lätt mitralisinsufficiens. Inga klaffstenoser. Lätt förstorade förmak. EKG vid besöket i augusti visade sinusrytm och vänstergrenblock."),
        ("Provsvar", "Krea 96, kalium 4,2, natrium 139, Hb 137, TSH normalt, järnstatus med ferritin 45 och transferrinmättnad 15 %."),
        ("Bedömning", "Hjärtsvikt med nedsatt ejektionsfraktion, trolig ischemisk genes med tanke på riskfaktorerna. Järnbrist som bör behandlas. Pat är inte informerad om ekosvaret ännu eftersom han är bortrest till sin dotter i Norge till nästa vecka; hustrun har bett att han inte ska få beskedet per telefon."),
        ("Åtgärd", "Remiss till hjärtsviktsmottagningen för start av behandling enligt fyra pelare och ställningstagande till koronarutredning. Ferinject planeras på vårdcentralen. Furix behålls tills vidare."),
        ("Planering", "Besökstid hos mig 30/9 med hustrun för genomgång av svaret och planen. Ssk ringer och bokar in dem när de är hemma igen. Kontrollera vikt och elektrolyter samma dag."),
    ]),
    must=M("NL101"), why="long summary note: heart failure written in Bedömning while the patient is explicitly not told yet")

add("lang-med-hypertoni-feokromocytom-ej-uteslutet", "skane", "1973-06-12", "218", N(
    unit="sk_med_ystad", author=("Nils Wennberg", "läkare"), time="2024-10-08 11:30",
    sections=[
        ("Remiss", "Från Vårdcentralen Sjöbo: svårbehandlad hypertoni med attacker av huvudvärk och hjärtklappning hos 51-åring."),
        ("Anamnes", "Hypertoni sedan fem år, nu fyra preparat: Losartan, Amlodipin, Hydroklortiazid och Doxazosin. Anfall två gånger i veckan med bultande huvudvärk, svettningar och hjärtklappning som varar en halvtimme. \"Det är som att hjärtat ska hoppa ut\", säger hon. Har gått ner 4 kilo. Ingen snarkning enligt maken. Tar inga naturläkemedel, dricker inte lakrits."),
        ("Status", "BT 174/104 höger, 170/100 vänster, puls 92 regelbunden. Smal, svettig i handflatorna. Cor och pulm ua. Inga blåsljud över buken. Ingen struma. Perifera pulsar palpabla."),
        ("Provsvar", "Krea 72, kalium 3,9, natrium 141, TSH normalt, HbA1c 44. U-albumin normalt. EKG sinusrytm, tecken på vänsterkammarhypertrofi."),
        ("Bedömning", "Sekundär hypertoni ska utredas. Feokromocytom kan inte uteslutas med tanke på anfallen. Primär aldosteronism mindre sannolikt med normalt kalium men screenas ändå. Njurartärstenos bedöms inte aktuellt."),
        ("Åtgärd", "P-metoxikatekolaminer, renin och aldosteron efter utsättning av Hydroklortiazid i två veckor. Doxazosin höjs till 8 mg under tiden. 24-timmars blodtryck."),
        ("Planering", "Återbesök om tre veckor med provsvar. Pat informerad om vad vi letar efter och varför, och vet att hon ska söka akut vid kraftig huvudvärk med bröstsmärta."),
    ]),
    must=M("NL102"), why="long Skåne Melior referral note: 'kan inte uteslutas' on feokromocytom among other judgements")

add("lang-tel-triage-citat-ev-lunginflammation", "vgr", "1940-12-18", "296", N(
    tpl="Telefonanteckning", unit="vg_hjo", author=("Gunilla Ek", "distriktssköterska"),
    time="2024-11-25 08:30", signed=25,
    sections=[
        ("Kontaktorsak", "Hustrun ringer om make med feber och förvirring sedan i går kväll."),
        ("Telefonrådgivning", "Maken har KOL och hjärtsvikt och är 83 år. Feber 38,9 i natt, hostar mycket och har ont i höger sida när han andas. Hustrun säger: \"Han pratar konstigt och vet inte vilken dag det är, så har han aldrig varit\". Han har druckit lite kaffe i morse men inget mer. Kissat en gång sedan i går. Andas fort enligt hustrun, läpparna ser lite blå ut. Saturationsmätare finns hemma: 86 %. Han brukar ligga på 92. Vill helst inte åka in till sjukhus, men hustrun är orolig."),
        ("Bedömning", "Allvarlig försämring hos multisjuk äldre man: ev. lunginflammation med syrebrist och akut förvirring. Kräver akut bedömning på sjukhus, kan inte handläggas på vårdcentralen idag."),
        ("Åtgärd", "Ambulans beställd via 112 med hustruns samtycke, pat själv går med på att åka när hustrun frågar honom. Uppgifter om läkemedelslista och diagnoser lämnade till ambulanssjukvården. Husläkare informerad."),
        ("Uppföljning", "Ssk ringer hustrun i morgon för att höra hur det gått och om hon behöver stöd."),
    ]),
    must=M("NL102"), why="long phone triage with patient's relative quoted; 'ev. lunginflammation' hedge in visible Bedömning")

add("lang-ger-dottern-ej-informerad-pat-vet", "vgr", "1937-07-14", "231", N(
    unit="vg_ger_molndal", author=("Emil Sandberg", "läkare"), time="2024-12-10 14:10",
    sections=[
        ("Kontaktorsak", "Uppföljning efter avslutad demensutredning och ändrad läkemedelsbehandling."),
        ("Bakgrund", "87-årig kvinna med vaskulär demens sedan sommaren, förmaksflimmer på Eliquis, hypertoni och artros i knäna. Bor på servicehus i Mölndal. Sonen är god man. Dottern bor i Stockholm."),
        ("Aktuellt", "Kommer med sonen. Pat minns att hon fått diagnosen och säger: \"Jag vet att det är mitt minne som sviktar, men jag vill inte att Lena ska oroa sig\". Hon vill därför själv berätta för dottern vid jul. Sonen bekräftar att personalen på servicehuset fått information om diagnosen med pat:s medgivande. Sover bättre sedan Zopiklon sattes ut. Inga fall. Äter med god aptit enligt personalen."),
        ("Status", "AT gott, orienterad till person och plats men inte tid. BT 134/78, puls 76 oregelbunden. Går med rollator, stabil. MMT 21/30 (21)."),
        ("Bedömning", "Vaskulär demens, stabil sedan förra besöket. Förmaksflimmer frekvenskontrollerat. Dottern är ännu inte informerad om diagnosen, vilket sker på pat:s egen begäran; pat själv är informerad och har förstått."),
        ("Åtgärd", "Oförändrad behandling. Fortsatt Eliquis i full dos, njurfunktion kontrolleras i januari. Information till sonen om när han ska höra av sig."),
        ("Planering", "Uppföljning överlämnas till vårdcentralen Mölndal med epikris. Ingen ny tid på geriatriska mottagningen."),
    ]),
    must_not=M("NL101", "NL204"), why="long geriatric note: only the daughter is uninformed at the patient's wish; third-party info is harmless")
# ---------------------------------------------------------------- N. More authors and a two-note hypothesis record

add("psykolog-vc-troligen-gad", "vgr", "1993-10-26", "274", N(
    tpl="Psykologanteckning", unit="vg_backa", author=("Nora Wikström", "psykolog"),
    time="2024-02-01 13:00",
    sections=[
        ("Samtal", "Andra bedömningssamtalet. Oroar sig för det mesta, jobbet, pengarna, att föräldrarna ska bli sjuka. \"Hjärnan går aldrig på tomgång\". GAD-7: 15."),
        ("Bedömning", "Uppfyller troligen kriterierna för generaliserat ångestsyndrom, kartläggningen fortsätter med SCID nästa gång."),
    ]),
    must=M("NL102"), why="psychologist at a vårdcentral hedges an anxiety diagnosis in visible Melior text")

add("pmo-psykolog-misstankt-ptsd", "skane", "1989-04-09", "353", N(
    sys_=PMO, tpl="Psykologanteckning", unit="sk_hassleholm", author=("Daniel Fredriksson", "psykolog"),
    time="2024-03-27 10:30", setting="primärvård",
    sections=[
        ("Samtal", "Mardrömmar och påträngande minnen sedan trafikolyckan i oktober, undviker att åka bil. PCL-5: 44."),
        ("Bedömning", "Misstänkt posttraumatiskt stressyndrom, vidare bedömning vid nästa samtal."),
    ]),
    must_not=M("NL102"), why="PMO psychologist with a suspected diagnosis: PMO never shows diagnoses")

add("vc-pat-tror-sockersjuka-avfardas", "vgr", "1961-07-27", "243", N(
    unit="vg_sandared", author=("Jonas Pettersson", "läkare"), time="2024-04-29 11:10",
    sections=[
        ("Aktuellt", "Törstig i värmen och kissar ofta. \"Jag tror att jag har fått sockersjuka som min mamma\", säger hon."),
        ("Provsvar", "HbA1c 39, fP-glukos 5,6, U-sticka utan glukos."),
        ("Bedömning", "Ingen diabetes. Törsten bedöms hänga ihop med värmen och Hydroklortiazid, som byts mot Amlodipin."),
    ]),
    must_not=M("NL102"), why="patient's own suspicion quoted and then ruled out by the clinician")

add("vc-knol-handflatan-trol-dupuytren", "vgr", "1952-09-06", "318", N(
    unit="vg_lidkoping", author=("Maria Björk", "läkare"), time="2024-06-04 15:40",
    sections=[
        ("Aktuellt", "Känner en hård knöl i vänster handflata sedan ett halvår, inte ont. Lillfingret går inte riktigt att sträcka."),
        ("Bedömning", "Trol. tidig Dupuytrens kontraktur. Ingen åtgärd nu, åter vid ökande flexionskontraktur."),
    ]),
    must=M("NL102"), why="abbreviated 'Trol.' on an eponym diagnosis in visible Melior text")

add("hud-misstankt-basaliom-nasan", "skane", "1944-11-15", "239", N(
    unit="sk_hud_lund", author=("Sara Dahlberg", "läkare"), time="2024-07-25 09:35",
    sections=[
        ("Remiss", "Från Vårdcentralen Höör: sår på näsan som inte läker sedan i våras."),
        ("Status", "Pärlemorglänsande papel 6 mm vänster näsvinge med central krusta och teleangiektasier."),
        ("Bedömning", "Misstänkt basalcellscancer. Stansbiopsi tagen, svar om tre veckor."),
    ]),
    must=M("NL102"), why="Skåne Melior skin clinic: suspected skin cancer pending biopsy, visible")

add("vc-hashimoto-lag-amnesomsattning", "vgr", "1979-01-02", "288", N(
    tpl="Telefonanteckning", unit="vg_kungalv", author=("Lena Alm", "läkare"),
    time="2024-08-22 12:15", signed=10,
    sections=[("Telefonrådgivning", "Hashimotos tyreoidit sedan 2016, TSH nu 0,9 på Levaxin 100 mikrogram. Pat har läst om \"låg ämnesomsättning\" på nätet och undrar om hon ska äta selen, avrådes.")]),
    must_not=M("NL102"), why="confirmed eponym thyroid diagnosis with lay term, no hedge")

add("diab-lada-informerad-insulin", "skane", "1981-03-14", "266", N(
    unit="sk_diab_cks", author=("Amir Haddad", "läkare"), time="2024-09-30 14:25",
    sections=[
        ("Provsvar", "GAD-antikroppar kraftigt positiva, C-peptid lågt."),
        ("Bedömning", "LADA, autoimmun diabetes hos vuxen, inte typ 2 som tidigare antagits. Pat informerad vid dagens besök om den nya diagnosen och varför insulin behövs."),
        ("Åtgärd", "Start Toujeo 10 E, utbildning hos diabetessjuksköterska imorgon."),
    ]),
    must_not=M("NL101", "NL102"), why="revised, confirmed diabetes type told to the patient at the visit")

add("med-myelom-th-sedan-synligt-hedge", "vgr", "1950-05-18", "302", [
    N(nid="n1", unit="vg_med_nal", author=("Elsa Grönberg", "läkare"), time="2024-10-17 13:30",
      sections=[
          ("Aktuellt", "Remiss från Vårdcentralen Vänersborg för anemi och ryggvärk. Hb 101, krea 131, kalcium 2,68."),
          ("Planering", "Elfores, fria lätta kedjor och DT skelett."),
          (TH, "Misstänkt myelom. Tas inte upp med pat förrän elforesen är klar."),
      ]),
    N(nid="n2", unit="vg_med_nal", author=("Elsa Grönberg", "läkare"), time="2024-10-31 10:45",
      sections=[
          ("Provsvar", "M-komponent IgG 32 g/L, kappa/lambda-kvot 14. DT skelett med lytiska förändringar i bäckenet."),
          ("Bedömning", "Sannolikt myelom, benmärgsprov bokat för att säkerställa diagnosen. Pat informerad om att vi misstänker en blodsjukdom i benmärgen."),
      ]),
], must=[("NL102", "n2")], must_not=[("NL102", "n1"), ("NL104", "n1")],
    why="two notes: hypothesis hidden in Tidiga hypoteser (n1), later hedged openly in a visible section (n2)")


# ================================================================ build + validate

ALLOWED_CASE = {"case", "ruleset", "record", "must", "must_not", "why"}
ALLOWED_REC = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
ALLOWED_PAT = {"id", "birth_date", "protected_identity"}
ALLOWED_NOTE = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODE_RE = re.compile(r"^NL[1-9]\d\d$")
NAME_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(pid):
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", pid)
    if not m:
        return False
    ten = pid[2:8] + pid[9:]
    return luhn_digit(ten[:9]) == ten[9]


def age_at(birth, when):
    b = _dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    seen = {}
    for c in cases:
        n = c.get("case")
        if set(c) != ALLOWED_CASE:
            errs.append("%s: keys %s" % (n, sorted(c)))
        if n in names:
            errs.append("duplicate case name %s" % n)
        names.add(n)
        if not NAME_RE.match(n or ""):
            errs.append("%s: case name not lowercase ascii" % n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset %s" % (n, c["ruleset"]))
        if not c["why"] or "\n" in c["why"]:
            errs.append("%s: why must be one line" % n)
        r = c["record"]
        if set(r) != ALLOWED_REC:
            errs.append("%s: record keys %s" % (n, sorted(r)))
        p = r["patient"]
        if set(p) != ALLOWED_PAT:
            errs.append("%s: patient keys" % n)
        if not luhn_ok(p["id"]):
            errs.append("%s: personnummer %s not Luhn-valid" % (n, p["id"]))
        if p["id"][:8] != p["birth_date"].replace("-", ""):
            errs.append("%s: personnummer does not match birth_date" % n)
        if not r["as_of"].startswith("2024-"):
            errs.append("%s: as_of not in 2024" % n)
        ids = set()
        for note in r["notes"]:
            if set(note) != ALLOWED_NOTE:
                errs.append("%s: note keys %s" % (n, sorted(note)))
            if note["id"] in ids:
                errs.append("%s: duplicate note id" % n)
            ids.add(note["id"])
            for k in ("time", "signed"):
                v = note[k]
                if v is not None and not v.startswith("2024-"):
                    errs.append("%s: %s not in 2024" % (n, k))
            if note["signed"] and note["signed"] < note["time"]:
                errs.append("%s: signed before time" % n)
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s: VGR notes are Melior" % n)
            if note["system"] not in ("Melior", "PMO"):
                errs.append("%s: system %s" % (n, note["system"]))
            age = age_at(p["birth_date"], _dt.datetime.fromisoformat(note["time"]))
            if 13 <= age <= 15:
                errs.append("%s: patient aged %d (13-15 not allowed)" % (n, age))
            if note["time"] > r["as_of"]:
                errs.append("%s: note after as_of" % n)
            for s in note["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    errs.append("%s: bad section" % n)
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != n:
                            errs.append("sentence repeated in %s and %s: %r" % (seen[sent], n, sent))
                        elif sent in seen:
                            errs.append("sentence repeated within %s: %r" % (n, sent))
                        seen[sent] = n
        pairs = set()
        for key in ("must", "must_not"):
            for item in c[key]:
                if not (isinstance(item, list) and len(item) == 2 and CODE_RE.match(item[0])):
                    errs.append("%s: bad %s item %r" % (n, key, item))
                    continue
                if item[1] not in ids:
                    errs.append("%s: target %s does not exist" % (n, item[1]))
                if tuple(item) in pairs:
                    errs.append("%s: %r both in must and must_not (or twice)" % (n, item))
                pairs.add(tuple(item))
                # conventions of the set
                sysmap = {x["id"]: x["system"] for x in r["notes"]}
                if item[0] == "NL101" and sysmap.get(item[1]) == "PMO":
                    errs.append("%s: NL101 asserted on a PMO note" % n)
                if key == "must" and item[0] == "NL102" and sysmap.get(item[1]) == "PMO":
                    errs.append("%s: NL102 must on a PMO note" % n)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % n)
    return errs


def main():
    errs = validate(CASES)
    missing = DRAFTS - {c["case"] for c in CASES}
    if missing:
        errs.append("DRAFTS names without a case: %s" % sorted(missing))
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    # re-read what was written and validate again
    with open(OUT, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh if line.strip()]
    if back != CASES:
        errs.append("written file does not round-trip")
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        return 1
    counts = {}
    for c in CASES:
        for key in ("must", "must_not"):
            for code, _ in c[key]:
                counts.setdefault(code, [0, 0])[0 if key == "must" else 1] += 1
    print("%d cases -> %s" % (len(CASES), OUT))
    for code in sorted(counts):
        print("  %s must %d must_not %d" % (code, counts[code][0], counts[code][1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
