#!/usr/bin/env python3
"""dev118 — chronic disease follow-up in primary care and medical outpatient clinics.

Annual checks (hypertoni, typ 2-diabetes, KOL, hjärtsvikt, förmaksflimmer, CKD,
hypotyreos), new findings at routine checks, results given or not yet given.
Writes cases.jsonl next to this file and validates it. Standard library only,
deterministic. Exits 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev118_cases.jsonl")

CASES = []

REGION_PREFIX = {"skane": "SE2321000255-", "vgr": "SE2321000131-"}


def unit(name, ruleset):
    """A unit with a stable, made-up HSA id derived from its name."""
    n = zlib.crc32(name.encode("utf-8")) % 90000 + 10000
    if ruleset == "skane":
        hsa = REGION_PREFIX[ruleset] + str(n)[:4]
    else:
        hsa = REGION_PREFIX[ruleset] + "E0000" + str(n)
    return {"name": name, "hsa_id": hsa}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(nine))


def luhn_ok(p):
    digits = p.replace("-", "")[2:]
    return len(digits) == 10 and luhn_digit(digits[:9]) == digits[9]


def iso(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def N(nid, system, template, u, author, role, time, sections, signed=True,
      setting="öppenvård", sign_after=35):
    t = iso(time)
    if signed is True:
        s = (t + dt.timedelta(minutes=sign_after)).isoformat()
    elif signed is None:
        s = None
    else:
        s = iso(signed).isoformat()
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": u,
        "author": {"name": author, "role": role},
        "time": t.isoformat(),
        "signed": s,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def _targets(lst):
    out = []
    for x in lst:
        if isinstance(x, str):
            out.append([x, "n1"])
        else:
            out.append([x[0], x[1]])
    return out


def C(name, ruleset, birth, serial, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(iso_parse(n["time"]) for n in notes)
        a = (last + dt.timedelta(days=2)).replace(hour=0, minute=0, second=0)
        if a.year != 2024:
            a = dt.datetime(2024, 12, 31)
        as_of = a.isoformat()
    else:
        as_of = iso(as_of).isoformat()
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth,
                        "protected_identity": False},
            "as_of": as_of,
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": _targets(must),
        "must_not": _targets(must_not),
        "why": why,
    })


def iso_parse(s):
    return dt.datetime.fromisoformat(s)


# ---------------------------------------------------------------- units
# Skåne, Melior (hospital outpatient clinics)
S_ENDO_MA = unit("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", "skane")
S_HJ_HBG = unit("Hjärtmottagningen, Helsingborgs lasarett", "skane")
S_HSV_LUND = unit("Hjärtsviktsmottagningen, Skånes universitetssjukhus Lund", "skane")
S_NJUR_LUND = unit("Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", "skane")
S_NJUR_MA = unit("Njurmottagningen, Skånes universitetssjukhus Malmö", "skane")
S_LUNG_LUND = unit("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "skane")
S_MED_YSTAD = unit("Medicinmottagningen, Lasarettet i Ystad", "skane")
S_MED_CSK = unit("Medicinmottagningen, Centralsjukhuset Kristianstad", "skane")
S_MED_TBG = unit("Medicinmottagningen, Lasarettet i Trelleborg", "skane")
S_MED_LKR = unit("Medicinmottagningen, Lasarettet i Landskrona", "skane")
S_MED_HLM = unit("Medicinmottagningen, Hässleholms sjukhus", "skane")
S_MED_ANG = unit("Medicinmottagningen, Ängelholms sjukhus", "skane")
S_FF_MA = unit("Arytmimottagningen, Skånes universitetssjukhus Malmö", "skane")
S_BARN_LUND = unit("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Lund", "skane")
S_GERI_MA = unit("Geriatriska mottagningen, Skånes universitetssjukhus Malmö", "skane")
# Skåne, PMO (primary care)
P_VC_LINDANGEN = unit("Vårdcentralen Lindängen, Malmö", "skane")
P_VC_GETINGEN = unit("Vårdcentralen Getingen, Lund", "skane")
P_VC_KAVLINGE = unit("Vårdcentralen Kävlinge", "skane")
P_VC_SIMRISHAMN = unit("Vårdcentralen Simrishamn", "skane")
P_VC_ESLOV = unit("Vårdcentralen Eslöv", "skane")
P_VC_SOLVESBORG = unit("Vårdcentralen Sölvesborg", "skane")
P_VC_HOOR = unit("Vårdcentralen Höör", "skane")
P_VC_HBG = unit("Vårdcentralen Närlunda, Helsingborg", "skane")
P_VC_TOMELILLA = unit("Vårdcentralen Tomelilla", "skane")
P_HSJV_OSBY = unit("Hemsjukvården Osby, distriktssköterskeenheten", "skane")
# VGR, Melior
V_VC_HJALLBO = unit("Vårdcentralen Hjällbo, Göteborg", "vgr")
V_VC_LERUM = unit("Närhälsan Lerum vårdcentral", "vgr")
V_VC_TORSLANDA = unit("Närhälsan Torslanda vårdcentral", "vgr")
V_VC_KUNGALV = unit("Närhälsan Ytterby vårdcentral, Kungälv", "vgr")
V_VC_SKOVDE = unit("Närhälsan Billingen vårdcentral, Skövde", "vgr")
V_VC_BORAS = unit("Närhälsan Sandared vårdcentral", "vgr")
V_VC_UDDEVALLA = unit("Närhälsan Herrestad vårdcentral, Uddevalla", "vgr")
V_VC_MAJORNA = unit("Vårdcentralen Majorna, Göteborg", "vgr")
V_VC_MARK = unit("Närhälsan Kinna vårdcentral", "vgr")
V_VC_LIDKOPING = unit("Närhälsan Lidköping vårdcentral", "vgr")
V_VC_TROLLHATTAN = unit("Närhälsan Källstorp vårdcentral, Trollhättan", "vgr")
V_SU_MED = unit("Medicinmottagningen, Sahlgrenska universitetssjukhuset", "vgr")
V_SU_NJUR = unit("Njurmedicinska mottagningen, Sahlgrenska universitetssjukhuset", "vgr")
V_SU_HJ = unit("Hjärtsviktsmottagningen, Sahlgrenska universitetssjukhuset/Östra", "vgr")
V_SU_LUNG = unit("Lungmottagningen, Sahlgrenska universitetssjukhuset", "vgr")
V_SU_DIAB = unit("Diabetesmottagningen, Sahlgrenska universitetssjukhuset/Östra", "vgr")
V_NAL_MED = unit("Medicinmottagningen, NU-sjukvården NÄL Trollhättan", "vgr")
V_SKAS_MED = unit("Medicinmottagningen, Skaraborgs sjukhus Skövde", "vgr")
V_SAS_HJ = unit("Hjärtmottagningen, Södra Älvsborgs sjukhus Borås", "vgr")
V_ALS_MED = unit("Medicinmottagningen, Alingsås lasarett", "vgr")
V_KS_MED = unit("Medicinmottagningen, Kungälvs sjukhus", "vgr")
V_UDD_LUNG = unit("Lungmottagningen, Uddevalla sjukhus", "vgr")
V_BARN_SU = unit("Drottning Silvias barn- och ungdomssjukhus, endokrinmottagningen", "vgr")

LAK = "läkare"
SSK = "sjuksköterska"

# ================================================================= cases
# ---------------------------------------------------------------- A: hedged diagnoses in visible Melior sections (NL102 must)

C("diab-arskontroll-misstankt-nefropati", "skane", "1956-03-14", "237", [
    N("n1", "Melior", "Läkaranteckning", S_ENDO_MA, "Henrik Ljungqvist", LAK, "2024-02-06 10:20", [
        ("Aktuellt", "Årskontroll typ 2-diabetes sedan 2009. Mår bra, inga hypoglykemier. Tar Metformin 1 g x 2 och Jardiance 10 mg."),
        ("Labsvar", "HbA1c 58. eGFR 54 (fg år 71). U-albumin/krea 38 mg/mmol."),
        ("Bedömning", "Sjunkande eGFR och tydlig albuminuri, misstänkt diabetesnefropati. Sätter in ACE-hämmare."),
        ("Planering", "Nytt krea och kalium om 2 v på vårdcentralen. Återbesök 6 mån."),
    ])],
    ["NL102"], [],
    "misstänkt diabetesnefropati in Bedömning of a Skåne Melior note is a visible hedged diagnosis")

C("diab-fotkontroll-trolig-neuropati-ssk", "vgr", "1949-11-02", "418", [
    N("n1", "Melior", "Sjuksköterskeanteckning", V_VC_LERUM, "Annika Forsberg, diabetessköterska", SSK, "2024-03-12 08:45", [
        ("Fotstatus", "Monofilament: känner 2 av 6 punkter hö fot, 3 av 6 vä fot. Vibrationssinne nedsatt bilat. Inga sår, torr hud på hälarna."),
        ("Bedömning", "Trolig perifer neuropati, riskgrupp 2 enl. fotriskbedömning."),
        ("Åtgärd", "Remiss fotterapeut. Informerat om daglig fotinspektion. Dr Berg informerad."),
    ])],
    ["NL102"], [],
    "a diabetes nurse's 'trolig perifer neuropati' is a hedged diagnosis in a visible VGR section")

C("htn-blasljud-fragetecken-aortastenos", "vgr", "1944-07-21", "163", [
    N("n1", "Melior", "Läkaranteckning", V_VC_TORSLANDA, "Jonas Hedlund", LAK, "2024-04-03 14:10", [
        ("Kontaktorsak", "Årlig hypertonikontroll."),
        ("Status", "Cor: regelbunden rytm, systoliskt blåsljud 3/6 med p.m. i 2:a interkostalrummet hö sida, fortleds mot halsen. Pulm: ua. BT 146/82 hö arm."),
        ("Bedömning", "Nytillkommet blåsljud, ? aortastenos. Behöver UKG."),
        ("Åtgärd", "Remiss UKG till klin fys NU-sjukvården."),
    ])],
    ["NL102"], [],
    "'? aortastenos' after a new murmur found at a routine BP check is a hedged diagnosis")

C("hsv-oregelbunden-puls-misstankt-ff", "skane", "1951-09-30", "552", [
    N("n1", "Melior", "Mottagningsanteckning", S_HJ_HBG, "Maria Öberg", LAK, "2024-01-17 09:30", [
        ("Anamnes", "Känd hjärtsvikt med bevarad EF. Sedan jul mer trött och ibland hjärtklappning på kvällarna."),
        ("Status", "Pulsen oregelbunden, ca 96/min vid auskultation. Inga ödem."),
        ("Bedömning", "Misstänkt förmaksflimer, 12-avl EKG kunde ej tas pga trasig apparat."),
        ("Planering", "Holter 48 h bokas. Återkoppling per telefon."),
    ])],
    ["NL102"], [],
    "irregular pulse at a heart failure check: 'Misstänkt förmaksflimer' (typo) in visible Bedömning")

C("kol-spirometri-forenligt-med-kol", "vgr", "1958-01-09", "274", [
    N("n1", "Melior", "Spirometri", V_VC_KUNGALV, "Petra Lindahl, astma/KOL-sköterska", SSK, "2024-02-21 13:00", [
        ("Utredning", "Dynamisk spirometri före och 15 min efter 400 mikrog salbutamol. FEV1 1,92 L (68 % av förv), FEV1/FVC 0,63 efter bronkdilatation. Reversibilitet 5 %."),
        ("Bedömning", "Obstruktiv ventilationsinskränkning förenligt med KOL. Svaret till dr Nyström för ställningstagande."),
    ])],
    ["NL102"], [],
    "'förenligt med KOL' written by a KOL nurse after spirometry is a hedge the checker must catch")

C("htn-viktnedgang-malignitet-kan-ej-uteslutas", "skane", "1953-05-18", "319", [
    N("n1", "Melior", "Läkaranteckning", S_MED_YSTAD, "Karl-Erik Nordin", LAK, "2024-05-07 11:05", [
        ("Anamnes", "Hypertoni, väl behandlad med amlodipin. Vid rutinkontroll noteras att vikten gått ner från 82 till 73 kg sedan i höstas utan att han försökt. Aptiten sämre, ingen feber."),
        ("Status", "AT: något avmagrad. Buk mjuk, oöm, ingen palpabel resistens. Lgl: inga förstorade."),
        ("Bedömning", "Ofrivillig viktnedgång 11 %, malignitet kan ej uteslutas."),
        ("Åtgärd", "DT thorax-buk beställd. Blodstatus, leverprover, kalcium och F-Hb tagna."),
    ])],
    ["NL102"], [],
    "weight loss at a routine hypertension visit: 'malignitet kan ej uteslutas' in Bedömning")

C("hypotyreos-overbehandling-misstankt-iatrogen", "vgr", "1967-12-04", "486", [
    N("n1", "Melior", "Telefonanteckning", V_VC_MAJORNA, "Sofia Ekström", LAK, "2024-06-11 15:40", [
        ("Telefonkontakt", "Ringer pat ang. årsprover. Har hjärtklappning och svettas, har själv höjt Levaxin till 150 mikrog för att hon kände sig trött i vintras."),
        ("Labsvar", "TSH <0,01, fT4 31."),
        ("Bedömning", "Misstänkt iatrogen hypertyreos p.g.a. överdosering. Sänker till 100 mikrog."),
        ("Planering", "Nytt TSH och fT4 om 6 v."),
    ])],
    ["NL102"], [],
    "hypothyroid patient overdosing herself: 'Misstänkt iatrogen hypertyreos' in a visible phone note")

C("ckd-trolig-renal-anemi", "vgr", "1946-08-27", "235", [
    N("n1", "Melior", "Mottagningsanteckning", V_SU_NJUR, "Gustav Almqvist", LAK, "2024-03-26 10:00", [
        ("Aktuellt", "CKD stadium 4 sek till nefroskleros. Orkar mindre, blek."),
        ("Labsvar", "Hb 94, ferritin 210, transferrinmättnad 24 %, B12 och folat ua. eGFR 22."),
        ("Bedömning", "Trolig renal anemi. Järndepåer tillräckliga."),
        ("Planering", "Start Aranesp 30 mikrog var 14:e dag, Hb-kontroll om 4 v."),
    ])],
    ["NL102"], [],
    "known CKD 4 stated plainly, but the new 'Trolig renal anemi' is a hedged diagnosis")

C("ckd-hyperkalcemi-fragestallning-hpt", "skane", "1950-10-12", "641", [
    N("n1", "Melior", "Läkaranteckning", S_NJUR_LUND, "Linnea Sjöberg", LAK, "2024-04-16 13:25", [
        ("Labsvar", "Ca 2,78 (albuminkorr), PTH 9,8 pmol/L, fosfat 0,78. eGFR 51, stabilt."),
        ("Bedömning", "Hyperkalcemi med inappropriat högt PTH. Frågeställning primär hyperparatyreoidism."),
        ("Åtgärd", "Scintigrafi av bisköldkörtlar beställd. Dricka ordentligt, undvika kalktillskott."),
    ])],
    ["NL102"], [],
    "'Frågeställning primär hyperparatyreoidism' at a CKD follow-up is a hedged diagnosis")

C("ff-yrsel-dd-sick-sinus", "vgr", "1940-02-15", "728", [
    N("n1", "Melior", "Läkaranteckning", V_SAS_HJ, "Erik Sandberg", LAK, "2024-09-04 08:55", [
        ("Anamnes", "Paroxysmalt förmaksflimmer, Eliquis och Metoprolol 50 mg. Senaste månaden två episoder med yrsel och nära svimning vid uppresning från stol."),
        ("EKG", "Sinusrytm 48/min, PQ 0,20. Inga pauser under registreringen."),
        ("Bedömning", "Bradykardi på betablockad. DD sick sinus syndrome."),
        ("Åtgärd", "Halverar Metoprolol. Långtids-EKG 7 dygn."),
    ])],
    ["NL102"], [],
    "'DD sick sinus syndrome' at an AF follow-up: differentialdiagnos in a visible section")

C("lung-oklart-astma-eller-kol", "skane", "1962-06-03", "157", [
    N("n1", "Melior", "Mottagningsanteckning", S_LUNG_LUND, "Ida Wennerberg", LAK, "2024-10-22 14:00", [
        ("Anamnes", "Exrökare, slutade 2015, 25 paketår. Astma som barn. Remitterad från vårdcentralen pga tilltagande andfåddhet."),
        ("Utredning", "Spirometri: FEV1/FVC 0,66, reversibilitet 14 % och 290 ml. FeNO 41 ppb. Eosinofiler 0,5."),
        ("Bedömning", "Oklart om det rör sig om astma, KOL eller en kombination."),
        ("Planering", "Inhalationssteroid 8 v, ny spirometri därefter."),
    ])],
    ["NL102"], [],
    "'Oklart om det rör sig om astma, KOL …' leaves the diagnosis open in a visible section")

C("htn-terapiresistent-misstankt-aldosteronism", "vgr", "1971-04-29", "365", [
    N("n1", "Melior", "Läkaranteckning", V_VC_SKOVDE, "Anders Brink", LAK, "2024-05-28 09:15", [
        ("Aktuellt", "Hypertonikontroll. Hemblodtryck snitt 158/98 trots Enalapril 20 mg, Amlodipin 10 mg och Hydroklortiazid 25 mg. Tar tabletterna enligt dosett, hustrun bekräftar."),
        ("Labsvar", "K 3,3. Krea 78."),
        ("Bedömning", "Terapiresistent hypertoni med lågt kalium, misstänkt primär aldosteronism."),
        ("Åtgärd", "Renin och aldosteron tas. Byter tiazid mot spironolakton efter provtagning."),
    ])],
    ["NL102"], [],
    "resistant hypertension with hypokalemia: 'misstänkt primär aldosteronism' is visible")

C("diab-leverprover-trolig-nafld", "vgr", "1969-09-16", "492", [
    N("n1", "Melior", "Läkaranteckning", V_VC_BORAS, "Hanna Lundgren", LAK, "2024-08-20 10:40", [
        ("Bedömning", "Typ 2-diabetes, HbA1c 61. ALAT 1,9 och ASAT 1,1, BMI 34, alkohol 2–3 glas vin per vecka. Trolig NAFLD. FIB-4 1,1, låg risk för fibros."),
        ("Planering", "Livsstilsråd, kontroll av leverprover om 1 år. Överväger GLP1-analog."),
    ])],
    ["NL102"], [],
    "short GP note: 'Trolig NAFLD' at a diabetes follow-up")

C("hsv-ntprobnp-bild-som-vid-forsamring", "skane", "1938-03-08", "213", [
    N("n1", "Melior", "Sjuksköterskeanteckning", S_HSV_LUND, "Malin Persson, hjärtsviktssjuksköterska", SSK, "2024-11-12 10:15", [
        ("Aktuellt", "Sköterskebesök hjärtsviktsmottagningen. Vikt 79,4 kg (torrvikt 76). Sover med tre kuddar sedan en vecka."),
        ("Status", "Ödem till mitten av underbenen bilat. Sat 94 %. Puls 88 regelbunden."),
        ("Labsvar", "NT-proBNP 4 200 (fg 1 300). Krea 118, K 4,4."),
        ("Bedömning", "Bild som vid försämrad hjärtsvikt med vätskeretention. Efter samråd med dr Holm ökas Furix till 40 mg x 2 under 5 dagar."),
    ])],
    ["NL102"], [],
    "'Bild som vid försämrad hjärtsvikt' is a hedged diagnosis of a decompensation")

C("hsv-telefon-trolig-sviktforsamring", "vgr", "1943-12-19", "387", [
    N("n1", "Melior", "Telefonanteckning", V_VC_UDDEVALLA, "Eva Karlsson", SSK, "2024-01-29 08:20", [
        ("Telefonkontakt", "Dottern ringer: pappan har gått upp 3 kg på en vecka, svullna ben och blir andfådd av att gå till brevlådan. Ingen bröstsmärta."),
        ("Bedömning", "Trolig hjärtsviktsförsämring."),
        ("Åtgärd", "Akuttid hos dr Sahlin idag kl 13.30. Ta med läkemedelslistan."),
    ], signed=None)],
    ["NL102"], [],
    "nurse's telephone triage 'Trolig hjärtsviktsförsämring' is a hedged diagnosis in a visible note")

C("hypotyreos-hyponatremi-ev-binjurebarksvikt", "skane", "1959-02-24", "746", [
    N("n1", "Melior", "Läkaranteckning", S_MED_CSK, "Oskar Wahlberg", LAK, "2024-07-02 15:10", [
        ("Aktuellt", "Hypotyreos sedan 2012 på Levaxin. Sedan våren uttalad trötthet, illamående och salthunger. Gått ner 4 kg."),
        ("Labsvar", "Na 129, K 5,2, TSH 3,1. Glukos 4,2."),
        ("Bedömning", "Hyponatremi och hyperkalemi, ev binjurebarksvikt (autoimmun polyendokrinopati?)."),
        ("Åtgärd", "Morgonkortisol och ACTH imorgon kl 08. Informerad om att söka akut vid kräkningar."),
    ])],
    ["NL102"], [],
    "'ev binjurebarksvikt' plus a question-marked syndrome at a hypothyroidism check")

C("diab-makrocytos-b12-brist-fragetecken", "vgr", "1948-05-05", "142", [
    N("n1", "Melior", "Läkaranteckning", V_VC_HJALLBO, "Amir Haddad", LAK, "2024-02-13 11:30", [
        ("Labsvar", "Hb 109, MCV 107. Krea och leverprover ua. Har tagit metformin i 14 år."),
        ("Bedömning", "Makrocytär anemi. B12-brist?"),
        ("Åtgärd", "Kompletterar med kobalamin, folat, retikulocyter."),
    ])],
    ["NL102"], [],
    "a diagnosis with a trailing question mark ('B12-brist?') in a visible note")

C("diab-lang-arskontroll-mojlig-retinopati", "vgr", "1955-10-07", "571", [
    N("n1", "Melior", "Årskontroll diabetes", V_VC_LIDKOPING, "Karin Ahlström, diabetessköterska", SSK, "2024-09-17 09:00", [
        ("Aktuellt", "Årskontroll enligt NDR. Typ 2-diabetes sedan 2011. Metformin 1 g x 2, Ozempic 1 mg 1 g/v. Inga känningar. Promenerar med hunden 40 min/dag. Röker ej, snusar 1 dosa/v."),
        ("Status", "Vikt 88,2 kg (fg 91,0), längd 176 cm, BMI 28,5. Midjemått 102 cm. BT 134/78 sittande, puls 72 regelbunden."),
        ("Fotstatus", "Monofilament 6/6 bilat. Fotpulsar palpabla. Lätt hälsprickor, i övrigt ua. Riskgrupp 1."),
        ("Labsvar", "HbA1c 52 (fg 57). LDL 2,1. eGFR 78. U-alb/krea 1,4."),
        ("Ögonbottenfoto", "Fotografering 2024-08-30: enstaka punktblödningar temporalt om makula hö öga, möjlig diabetesretinopati. Granskning av ögonläkare inväntas."),
        ("Egenvård", "Mäter blodsocker 2 ggr/v, värden 6–9 mmol/L. Fått ny broschyr om fotvård."),
        ("Planering", "Läkarbesök hos dr Ström i november. Årskontroll igen om 12 mån."),
    ])],
    ["NL102"], [],
    "long NDR annual check: only the eye photo line hedges a diagnosis ('möjlig diabetesretinopati')")

C("htn-snarkning-typo-missankt-somnapne", "skane", "1966-08-22", "605", [
    N("n1", "Melior", "Läkaranteckning", S_MED_LKR, "Fredrik Gullberg", LAK, "2024-03-05 10:50", [
        ("Anamnes", "Svårinställd hypertoni. Hustrun beskriver kraftig snarkning med andningsuppehåll, pat somnar framför TV varje kväll. ESS 14."),
        ("Bedömning", "Missänkt obstruktivt sömnapnésyndrom som bidragande orsak till BT-nivån."),
        ("Åtgärd", "Remiss nattlig polygrafi."),
    ])],
    ["NL102"], [],
    "typo 'Missänkt' for misstänkt before obstruktivt sömnapnésyndrom; still a visible hedge")

C("hypotyreos-typo-trolgi", "vgr", "1975-03-27", "238", [
    N("n1", "Melior", "Läkaranteckning", V_VC_MARK, "Lovisa Björk", LAK, "2024-10-08 16:05", [
        ("Aktuellt", "Hälsokontroll pga trötthet, frusen, hårtapp. Mamma har Hashimoto."),
        ("Labsvar", "TSH 9,4, fT4 11, TPO-ak kraftigt förhöjda."),
        ("Bedömning", "trolgi hypotyreos, autoimmun genes. Nytt prov om 6 v innan ev. behandling."),
    ])],
    ["NL102"], [],
    "typo 'trolgi' (trolig) hedging hypotyreos in visible Bedömning; the mother's Hashimoto is not the point")

C("htn-psa-prostatacancer-kan-inte-uteslutas", "vgr", "1954-11-11", "403", [
    N("n1", "Melior", "Läkaranteckning", V_VC_TROLLHATTAN, "Niklas Strand", LAK, "2024-04-24 13:35", [
        ("Aktuellt", "Hypertoni, årskontroll. Önskade själv PSA då en kompis fått prostatacancer. Nokturi x2."),
        ("Labsvar", "PSA 9,2 (fritt/totalt 0,11)."),
        ("Bedömning", "Prostatacancer kan inte utelsutas."),
        ("Åtgärd", "Remiss urologen för MR prostata. Pat har fått svaret och förstår att det behövs utredning."),
    ])],
    ["NL102"], ["NL101"],
    "typo 'kan inte utelsutas' on prostatacancer; the patient was told, so no NL101")

C("diab-ung-sannolikt-mody", "skane", "2000-03-19", "284", [
    N("n1", "Melior", "Läkaranteckning", S_ENDO_MA, "Elsa Holmgren", LAK, "2024-06-18 09:40", [
        ("Anamnes", "24-årig kvinna, diagnostiserad som typ 2-diabetes vid 19 års ålder. BMI 22. Mor, morfar och moster har diabetes debuterad före 30 år."),
        ("Labsvar", "GAD-ak och IA2-ak negativa. C-peptid 0,9 nmol/L."),
        ("Bedömning", "Sannolikt MODY snarare än typ 2-diabetes."),
        ("Åtgärd", "Genetisk analys (HNF1A/HNF4A/GCK) skickad till klinisk genetik efter samtycke."),
    ])],
    ["NL102"], [],
    "a young 'typ 2' patient: 'Sannolikt MODY' is a hedged diagnosis; the family diabetes is context only")

C("htn-pmr-inger-misstanke", "vgr", "1947-01-31", "516", [
    N("n1", "Melior", "Läkaranteckning", V_VC_KUNGALV, "Jakob Lindqvist", LAK, "2024-12-03 10:10", [
        ("Anamnes", "Kom för BT-kontroll men berättar om stelhet i skuldror och höfter på morgonen sedan 6 veckor, svårt att ta på sig kappan."),
        ("Status", "Smärtsam abduktion bilat i axlarna. Inga synovit i händerna. Temporalisartärer palpabla, oömma."),
        ("Labsvar", "SR 52, CRP 31."),
        ("Bedömning", "Inger misstanke om polymyalgia reumatika. Ingen huvudvärk eller synpåverkan."),
        ("Åtgärd", "Prednisolon 15 mg, kontroll om 1 v."),
    ])],
    ["NL102"], [],
    "'Inger misstanke om polymyalgia reumatika' found at a BP check")

C("hsv-kan-rora-sig-om-amyloidos", "vgr", "1945-04-14", "279", [
    N("n1", "Melior", "Mottagningsanteckning", V_SU_HJ, "Rebecka Falk", LAK, "2024-08-06 14:20", [
        ("Utredning", "UKG: koncentrisk vänsterkammarhypertrofi 16 mm, EF 48 %, speckle-tracking med apical sparing. EKG: låg voltage i extremitetsavledningar. Bilateralt karpaltunnelsyndrom opererat 2019."),
        ("Bedömning", "Kan röra sig om ATTR-kardiomyopati."),
        ("Planering", "DPD-scintigrafi och fria lätta kedjor i serum."),
    ])],
    ["NL102"], [],
    "'Kan röra sig om ATTR-kardiomyopati' in a visible heart-failure clinic note")

C("ff-diagnosfalt-misstankt-paroxysmalt", "skane", "1963-10-25", "438", [
    N("n1", "Melior", "Läkaranteckning", S_FF_MA, "Viktor Hallberg", LAK, "2024-02-27 11:45", [
        ("Anamnes", "Remitterad från vårdcentral pga attacker av snabb oregelbunden hjärtklappning 2–3 ggr/mån, duration ca 1 h. Vilo-EKG vid besöket visar sinusrytm."),
        ("Diagnos", "Misstänkt paroxysmalt förmaksflimmer I48.0"),
        ("Planering", "Eventuellt eventinspelare om 14-dygns Holter inte fångar någon attack."),
    ])],
    ["NL102"], [],
    "the Diagnos sökord itself holds 'Misstänkt paroxysmalt förmaksflimmer'")

C("hypotyreos-talar-for-hypotyreos", "vgr", "1980-06-12", "362", [
    N("n1", "Melior", "Läkaranteckning", V_VC_TORSLANDA, "Maja Granström", LAK, "2024-01-23 14:50", [
        ("Aktuellt", "Kvinna 43 år, trött sedan förlossningen för 10 mån sedan, viktuppgång och förstoppning."),
        ("Labsvar", "TSH 14,2, fT4 9 (lågt)."),
        ("Bedömning", "Sammantaget talar för hypotyreos, möjligen efter postpartumtyreoidit."),
        ("Åtgärd", "Levaxin 50 mikrog. TSH om 6 v."),
    ])],
    ["NL102"], [],
    "'talar för hypotyreos' and 'möjligen efter postpartumtyreoidit' are hedged diagnoses")

C("ckd-snabb-progress-misstankt-njurartarstenos", "vgr", "1952-09-03", "195", [
    N("n1", "Melior", "Läkaranteckning", V_NAL_MED, "Tobias Wikström", LAK, "2024-03-19 09:25", [
        ("Labsvar", "eGFR 48 i september, 31 idag. Start av Entresto i januari."),
        ("Status", "Blåsljud över buken till vänster om navel. BT 172/94."),
        ("Bedömning", "Snabbt sjunkande njurfunktion efter RAS-blockad, misstänkt njurartärstenos."),
        ("Åtgärd", "DT-angiografi njurartärer. Pausar Entresto tills vidare."),
    ])],
    ["NL102"], [],
    "CKD progression after RAS blockade: 'misstänkt njurartärstenos' visible")

C("kol-hemoptys-misstanke-lungcancer", "skane", "1955-12-30", "527", [
    N("n1", "Melior", "Läkaranteckning", S_MED_TBG, "Sara Lindberg", LAK, "2024-04-09 10:30", [
        ("Aktuellt", "KOL GOLD 2, rökare 40 paketår. Årskontroll. Upphostat blodblandat slem vid två tillfällen senaste månaden."),
        ("Status", "Pulm: förlängt expirium, inga rassel. Inga förstorade lgl supraklavikulärt."),
        ("Bedömning", "Hemoptys hos storrökare, stark misstanke om lungcancer."),
        ("Åtgärd", "SVF-remiss lungcancer skickad. DT thorax bokad inom 5 dagar. Rökstopp diskuterat igen."),
    ])],
    ["NL102"], [],
    "'stark misstanke om lungcancer' at a KOL annual check is a visible hedged diagnosis")

C("kol-hosta-viktnedgang-dd-tbc", "vgr", "1978-02-08", "459", [
    N("n1", "Melior", "Läkaranteckning", V_VC_HJALLBO, "Leila Mohammadi", LAK, "2024-11-05 13:15", [
        ("Anamnes", "Uppföljning av astma/KOL-överlapp. Sedan 2 mån hosta, nattsvettningar och 5 kg viktnedgång. Besökte Somalia under sommaren."),
        ("Bedömning", "DD tbc, DD pneumoni."),
        ("Åtgärd", "Rtg pulm idag, sputum för mikroskopi och PCR x3. Quantiferon."),
    ])],
    ["NL102"], [],
    "'DD tbc, DD pneumoni' (differentialdiagnoser) in a visible note")

C("diab-utkast-sannolik-demens", "vgr", "1936-05-23", "685", [
    N("n1", "Melior", "Läkaranteckning", V_ALS_MED, "Pernilla Åberg", LAK, "2024-06-25 10:00", [
        ("Aktuellt", "Insulinbehandlad typ 2-diabetes. Hemtjänsten rapporterar att han glömmer insulindoser och ibland tar dubbelt. MMT 21/30 idag, klocktest patologiskt."),
        ("Bedömning", "Sannolik demensutveckling, kognitiv svikt påverkar diabetesbehandlingen."),
        ("Planering", "Basal demensutredning: DT hjärna, B12, kalcium. Hemsjukvården tar över insulingivningen."),
    ], signed=None)],
    ["NL102"], [],
    "unsigned draft: 'Sannolik demensutveckling' — a hedge in a note about to be signed")

C("diab-telefon-mojlig-uvi", "skane", "1961-04-04", "712", [
    N("n1", "Melior", "Telefonanteckning", S_ENDO_MA, "Jenny Olofsson, diabetessköterska", SSK, "2024-08-14 11:10", [
        ("Telefonkontakt", "Pat ringer: blodsocker 18–22 senaste veckan mot vanligt 8–10. Törstig, kissar ofta och det svider. Ingen feber, inga kräkningar. Ketoner i blod 0,3."),
        ("Bedömning", "Möjlig urinvägsinfektion bakom försämrad glukoskontroll."),
        ("Åtgärd", "Lämnar urinprov på mottagningen imorgon bitti. Informerad om att söka akut vid kräkningar eller ketoner över 1,5."),
    ])],
    ["NL102"], [],
    "'Möjlig urinvägsinfektion' in a diabetes nurse's phone note is a hedged diagnosis")

C("htn-jarnbrist-trol-gi-blodning", "vgr", "1950-03-21", "328", [
    N("n1", "Melior", "Läkaranteckning", V_VC_SKOVDE, "Olof Hammar", LAK, "2024-07-09 08:40", [
        ("Labsvar", "Hb 112 (fg år 138), MCV 76, ferritin 8."),
        ("Bedömning", "Järnbristanemi, trol. blodförlust från mag-tarmkanalen. Tar Trombyl."),
        ("Åtgärd", "F-Hb x3, remiss gastroskopi och koloskopi. Järntabletter."),
    ])],
    ["NL102"], [],
    "the abbreviation 'trol.' hedges a GI bleed found at routine lab; järnbristanemi itself is settled")

C("hsv-typo-forenigt-med", "vgr", "1947-07-07", "571", [
    N("n1", "Melior", "Mottagningsanteckning", V_KS_MED, "Hampus Dahl", LAK, "2024-02-02 13:55", [
        ("Anamnes", "Hypertoni och typ 2-diabetes. Andfådd vid lätt ansträngning sedan hösten, nattlig hosta."),
        ("Status", "Halsvenstas 4 cm. Basala rassel bilat. Pittingödem till knäna."),
        ("Bedömning", "Förenigt med hjärtsvikt. NT-proBNP 3 100."),
        ("Åtgärd", "UKG beställt, start Furix 40 mg. Återbesök 2 v."),
    ])],
    ["NL102"], [],
    "typo 'Förenigt med' (förenligt med) hedging hjärtsvikt in visible Bedömning")

C("skane-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", "1957-08-15", "146", [
    N("n1", "Melior", "Läkaranteckning", S_MED_HLM, "Johan Carlsson", LAK, "2024-05-14 14:30", [
        ("Aktuellt", "Årskontroll hypertoni och förmaksflimmer. Mår bra."),
        ("Tidiga hypoteser", "Accentuerat ALP och GT, misstänkt alkoholrelaterad leversjukdom."),
        ("Planering", "PEth och leverprover om 4 v."),
    ])],
    ["NL102"], [],
    "Skåne protects by template, not sökord: a 'Tidiga hypoteser' sökord inside a Läkaranteckning is visible")

C("vgr-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", "1964-01-28", "253", [
    N("n1", "Melior", "Tidiga hypoteser", V_SKAS_MED, "Cecilia Norén", LAK, "2024-10-15 11:20", [
        ("Bedömning", "Polycytemi Hb 182, EVF 0,55 hos icke-rökare. Misstänkt polycytemia vera."),
    ])],
    ["NL102"], [],
    "VGR protects by sökord only: a Bedömning section in a note named Tidiga hypoteser stays visible")

C("vgr-tidiga-hypoteser-men-lacker-i-bedomning", "vgr", "1949-04-09", "392", [
    N("n1", "Melior", "Läkaranteckning", V_SU_MED, "Mikael Björklund", LAK, "2024-03-07 15:05", [
        ("Aktuellt", "Uppföljning av CKD 3a och hypertoni. Ryggvärk sedan 2 mån."),
        ("Labsvar", "Totalprotein 92, albumin 33. Ca 2,64. SR 78."),
        ("Tidiga hypoteser", "Myelom? Elfores och fria lätta kedjor beställda."),
        ("Bedömning", "Ryggsmärta, hyperkalcemi och högt totalprotein, misstänkt myelom."),
        ("Planering", "Rtg skelett, återkommer med svar."),
    ])],
    ["NL102"], [],
    "the hypothesis is put in Tidiga hypoteser but also repeated in visible Bedömning")

C("htn-svarinstallt-somnapne-fragetecken", "skane", "1970-11-01", "427", [
    N("n1", "Melior", "Läkaranteckning", S_MED_ANG, "Amanda Rosén", LAK, "2024-09-10 09:05", [
        ("Bedömning", "Nattlig hypertoni på 24h-mätning (non-dipper), snarkar, BMI 36. Sömnapné? Remiss sömnregistrering."),
    ])],
    ["NL102"], [],
    "one-line note: 'Sömnapné?' with a question mark")

C("htn-hypokalemi-eventuell-conn", "vgr", "1974-08-08", "506", [
    N("n1", "Melior", "Telefonanteckning", V_VC_LERUM, "Emil Sundqvist", LAK, "2024-04-30 16:15", [
        ("Telefonkontakt", "Ringer upp ang. provsvar från hypertonikontrollen: kalium 3,1 utan diuretika."),
        ("Bedömning", "Eventuell Conns syndrom, behöver kompletterande prover."),
        ("Åtgärd", "Renin/aldosteron tisdag morgon. Pat införstådd."),
    ], signed=None)],
    ["NL102"], [],
    "'Eventuell Conns syndrom' (eponym) in a visible telephone note")

C("kol-ssk-ev-kronisk-respiratorisk-svikt", "vgr", "1946-10-17", "615", [
    N("n1", "Melior", "KOL-mottagning", V_UDD_LUNG, "Birgitta Jansson, lungsjuksköterska", SSK, "2024-01-11 10:45", [
        ("Aktuellt", "KOL GOLD 4 på trippelinhalation. Orkar gå 50 m innan han måste vila. mMRC 3, CAT 27."),
        ("Status", "Saturation 87–88 % i vila, andningsfrekvens 22."),
        ("Bedömning", "Ev. kronisk respiratorisk svikt, behöver bedömas för syrgas."),
        ("Åtgärd", "Artärblodgas bokas, dr Lind meddelad."),
    ])],
    ["NL102"], [],
    "'Ev. kronisk respiratorisk svikt' — ev. before a diagnosis, not before a plan")

C("hypotyreos-misstanks-subakut-tyreoidit", "skane", "1985-05-09", "333", [
    N("n1", "Melior", "Läkaranteckning", S_MED_CSK, "Robin Ek", LAK, "2024-11-19 12:30", [
        ("Anamnes", "Behandlad hypotyreos sedan 2020. Nu 2 v ont på halsens framsida, feber 38,2 efter förkylning."),
        ("Status", "Tyreoidea mycket palpationsöm, något förstorad."),
        ("Labsvar", "TSH 0,08 trots oförändrad Levaxindos. CRP 64, SR 71."),
        ("Bedömning", "Subakut tyreoidit (de Quervain) misstänks."),
        ("Åtgärd", "NSAID, pausar Levaxin 2 v. Tyreoideascint om ej förbättrad."),
    ])],
    ["NL102"], [],
    "postposed 'misstänks' after de Quervain's tyreoidit")

C("diab-diagnosfalt-misstankt-celiaki", "skane", "1988-02-02", "159", [
    N("n1", "Melior", "Läkaranteckning", S_ENDO_MA, "Patrik Nyman", LAK, "2024-05-29 10:05", [
        ("Labsvar", "tTG-IgA 45 U/mL (ref <7). Hb 118, ferritin 11."),
        ("Diagnos", "Misstänkt celiaki K90.0"),
        ("Åtgärd", "Remiss gastroskopi med duodenalbiopsier. Fortsätta äta gluten tills dess."),
    ])],
    ["NL102"], [],
    "Diagnos section with 'Misstänkt celiaki K90.0' found at a diabetes check")

C("barn-hypotyreos-fragetecken-celiaki", "vgr", "2014-09-14", "280", [
    N("n1", "Melior", "Läkaranteckning", V_BARN_SU, "Ylva Hedin", LAK, "2024-03-13 13:40", [
        ("Aktuellt", "9-årig flicka med Hashimotos tyreoidit sedan 2022, Levaxin 50 mikrog. Kommer med mamma på halvårskontroll. Ont i magen, lös avföring, har tappat i viktkurvan."),
        ("Labsvar", "TSH 2,2. tTG-IgA 120."),
        ("Bedömning", "Hypotyreosen välinställd. Celiaki? Vanlig samsjuklighet vid autoimmun tyreoidit."),
        ("Planering", "Remiss barngastro för biopsi. Mamma informerad."),
    ])],
    ["NL102"], [],
    "child under 13 (guardian reads): 'Celiaki?' with a question mark is a visible hedge")

C("ungdom-17-diab-t2-trolig-pcos", "skane", "2006-12-05", "548", [
    N("n1", "Melior", "Läkaranteckning", S_BARN_LUND, "Sanna Berglund", LAK, "2024-04-23 15:20", [
        ("Aktuellt", "17-årig flicka med typ 2-diabetes sedan 15 års ålder, metformin. Oregelbunden mens, 2–3 ggr/år, ökad behåring på hakan."),
        ("Status", "BMI 33. Acanthosis nigricans i nacken. Hirsutism Ferriman-Gallwey 12."),
        ("Bedömning", "Trolig PCOS."),
        ("Planering", "Testosteron, SHBG, prolaktin. Ultraljud ovarier via gyn."),
    ])],
    ["NL102"], [],
    "17-year-old reads her own journal: 'Trolig PCOS' is visible to her")

C("hsv-lang-anteckning-mojligen-hfpef", "vgr", "1941-06-30", "166", [
    N("n1", "Melior", "Mottagningsanteckning", V_SAS_HJ, "Daniel Eriksson", LAK, "2024-06-04 08:30", [
        ("Kontaktorsak", "Remiss från Närhälsan Sandared: andfåddhet och ankelödem hos 82-årig kvinna med hypertoni och permanent förmaksflimmer."),
        ("Anamnes", "Bor med maken i villa. Promenerar tidigare 3 km, nu stannar hon efter 500 m. Ingen bröstsmärta. Sover plant. Tar Eliquis 5 mg x 2, Bisoprolol 5 mg, Amlodipin 5 mg, Atorvastatin 20 mg."),
        ("Status", "AT: gott. Cor: oregelbunden rytm 78/min, inga blåsljud. Pulm: ua. Lätta ödem runt fotknölarna. BT 152/86. Vikt 71 kg, sat 96 %."),
        ("Utredning", "UKG: EF 58 %, vä förmak kraftigt dilaterat (LAVI 52 mL/m2), E/e' 16, TR-gradient 34 mmHg. NT-proBNP 1 450."),
        ("Bedömning", "Normal systolisk funktion. Möjligen hjärtsvikt med bevarad ejektionsfraktion (HFpEF); förmaksflimret försvårar tolkningen av NT-proBNP."),
        ("Planering", "Arbetsprov med syrgasupptag. Byter Amlodipin mot Dapagliflozin 10 mg. Återbesök efter arbetsprov."),
    ])],
    ["NL102"], [],
    "long cardiology note where permanent AF is settled but HFpEF is hedged with 'Möjligen'")

C("diab-nydebut-malignitet-pankreas-fragestallning", "vgr", "1951-02-19", "409", [
    N("n1", "Melior", "Läkaranteckning", V_VC_UDDEVALLA, "Ingrid Forslund", LAK, "2024-08-27 11:00", [
        ("Aktuellt", "Nyupptäckt diabetes vid hälsokontroll, HbA1c 74. Samtidigt 7 kg viktnedgång senaste halvåret, ryggvärk mellan skulderbladen. Ingen diabetes i släkten."),
        ("Bedömning", "Nydebuterad diabetes med viktnedgång hos 73-åring: frågeställning pankreascancer."),
        ("Åtgärd", "DT buk med pankreasprotokoll beställd akut."),
    ])],
    ["NL102"], [],
    "'frågeställning pankreascancer' at new-onset diabetes with weight loss")

# ---------------------------------------------------------------- B: look-alikes that are not hedged diagnoses (NL102 must_not)

C("hsv-ingen-misstanke-om-hjartsvikt", "vgr", "1960-09-09", "314", [
    N("n1", "Melior", "Läkaranteckning", V_VC_MARK, "Stina Wallin", LAK, "2024-02-20 10:25", [
        ("Aktuellt", "Hypertoni. Svullna fotleder sedan hon började med Amlodipin 10 mg."),
        ("Labsvar", "NT-proBNP 96."),
        ("Bedömning", "Ingen misstanke om hjärtsvik. Ödemen är en känd biverkan av kalciumantagonisten."),
        ("Åtgärd", "Byter till Losartan 50 mg."),
    ])],
    [], ["NL102"],
    "'Ingen misstanke om hjärtsvik' (typo) is negated; the ödem are explained as a drug side effect")

C("htn-ukg-utan-tecken-pa-aortastenos", "skane", "1946-12-13", "227", [
    N("n1", "Melior", "Läkaranteckning", S_MED_YSTAD, "Gunilla Thorsson", LAK, "2024-06-13 13:10", [
        ("Utredning", "UKG pga blåsljud upptäckt vid hypertonikontroll: aortaklaff trikuspid, lätt förtjockad, maxgradient 14 mmHg. EF 62 %."),
        ("Bedömning", "Inga tecken på aortastenos. Blåsljudet bedöms som flödesbetingat vid aortaskleros."),
        ("Planering", "Åter till vårdcentralen för fortsatt BT-kontroll."),
    ], signed=None)],
    [], ["NL102"],
    "the murmur's work-up ends 'Inga tecken på aortastenos'; the remaining findings are stated, not hedged")

C("kol-avskrivs-normal-spirometri", "vgr", "1968-04-02", "145", [
    N("n1", "Melior", "Spirometri", V_VC_BORAS, "Therese Holm, astma/KOL-sköterska", SSK, "2024-03-04 09:30", [
        ("Utredning", "Spirometri efter bronkdilatation: FEV1/FVC 0,78, FEV1 97 % av förväntat. Ingen reversibilitet."),
        ("Bedömning", "Normal lungfunktion, misstanken om KOL avskrivs. Hostan sannolikt kvar efter förkylningen."),
        ("Åtgärd", "Rökstoppsstöd, tid hos tobaksavvänjare bokad."),
    ])],
    [], ["NL102"],
    "the KOL suspicion is 'avskrivs'; 'sannolikt' only hedges why a symptom lingers")

C("ff-uteslutet-holter", "vgr", "1959-07-26", "288", [
    N("n1", "Melior", "Telefonanteckning", V_KS_MED, "Lars Hellström", LAK, "2024-05-21 14:40", [
        ("Telefonkontakt", "Meddelar svar på 72h-Holter: sinusrytm hela registreringen med enstaka supraventrikulära extraslag, som sammanföll med hennes dagboksnoteringar."),
        ("Bedömning", "Förmaksflimmer uteslutet. Extraslagen är ofarliga."),
    ])],
    [], ["NL102", "NL101"],
    "'Förmaksflimmer uteslutet' after Holter, told to the patient on the phone")

C("hypotyreos-talar-emot", "skane", "1972-10-30", "364", [
    N("n1", "Melior", "Läkaranteckning", S_MED_LKR, "Anna-Karin Svärd", LAK, "2024-01-30 11:35", [
        ("Aktuellt", "Trötthet och viktuppgång, oroar sig för sköldkörteln då systern har hypotyreos."),
        ("Labsvar", "TSH 2,4, fT4 15. Hb 138, ferritin 62."),
        ("Bedömning", "Normala tyreoideaprover talar emot hypotyreos. Sömnbrist med småbarn och nattarbete förklarar sannolikt tröttheten."),
    ])],
    [], ["NL102"],
    "'talar emot hypotyreos'; the sister's disease is family history; 'sannolikt' hedges a cause that is no diagnosis")

C("viktnedgang-typo-ingen-missanke-malignitet", "vgr", "1952-03-03", "479", [
    N("n1", "Melior", "Läkaranteckning", V_VC_TROLLHATTAN, "Ali Rahimi", LAK, "2024-09-25 10:15", [
        ("Aktuellt", "Typ 2-diabetes. Viktnedgång 6 kg på 4 mån, som fick oss att göra DT buk."),
        ("Utredning", "DT thorax-buk: inga expansiva processer, inga förstorade lymfkörtlar."),
        ("Bedömning", "Ingen missanke om malignitet. Viktnedgången förklaras av nyinsatt Ozempic och att han ätit mindre."),
    ])],
    [], ["NL102"],
    "typo 'Ingen missanke om malignitet' is still a negation, not a hedge")

C("diab-inga-tecken-pa-retinopati", "vgr", "1965-11-24", "153", [
    N("n1", "Melior", "Sjuksköterskeanteckning", V_SU_DIAB, "Lena Sjögren, diabetessköterska", SSK, "2024-07-16 08:50", [
        ("Ögonbottenfoto", "Granskat av ögonläkare: inga tecken på diabetesretinoapti bilat. Nästa fotografering om 3 år."),
        ("Egenvård", "Mäter glukos via sensor, tid i målområdet 78 %."),
    ])],
    [], ["NL102"],
    "'inga tecken på diabetesretinoapti' (typo) is a negated finding")

C("htn-ej-hallpunkt-sekundar-hypertoni", "skane", "1981-01-19", "432", [
    N("n1", "Melior", "Läkaranteckning", S_MED_HLM, "Sebastian Kjellberg", LAK, "2024-08-21 09:50", [
        ("Utredning", "Renin/aldosteron-kvot normal. Metoxikatekolaminer i plasma ua. Ultraljud njurar med doppler: ua. Inga tecken på njurartärstenos."),
        ("Bedömning", "Ej hållpunkt för sekundär hypertoni. Primär hypertoni hos 43-åring med ärftlighet."),
        ("Planering", "Åter till vårdcentral för upptitrering."),
    ])],
    [], ["NL102"],
    "negations ('Ej hållpunkt för', 'Inga tecken på') and a confirmed primary hypertension")

C("ckd-nefropati-kan-uteslutas", "vgr", "1957-06-06", "276", [
    N("n1", "Melior", "Läkaranteckning", V_SU_NJUR, "Frida Åkesson", LAK, "2024-10-01 10:35", [
        ("Bedömning", "eGFR 58 hos 67-årig diabetiker, u-albumin/krea normalt vid tre tillfällen. Diabetesnefropati kan uteslutas; den lätt nedsatta njurfunktionen är åldersrelaterad nefroskleros."),
        ("Planering", "Kontroller på vårdcentralen 1 g/år, ingen återremiss behövs."),
    ])],
    [], ["NL102"],
    "hard negative: 'kan uteslutas' (can be ruled out) resembles 'kan ej uteslutas' but negates")

C("htn-tia-misstanke-avskrivs", "vgr", "1944-02-26", "390", [
    N("n1", "Melior", "Läkaranteckning", V_VC_LIDKOPING, "Mats Engström", LAK, "2024-02-08 15:25", [
        ("Aktuellt", "Uppföljning efter besök på akuten 1/2 pga övergående yrsel. DT hjärna och MR utan ischemi, karotisdoppler ua."),
        ("Bedömning", "Misstanken om TIA avskrivs. Yrseln har inte återkommit. Hypertonin välkontrollerad 132/80."),
    ])],
    [], ["NL102"],
    "'Misstanken om TIA avskrivs' rules the suspicion out; nothing else is hedged")

C("htn-hereditet-far-trolig-infarkt", "skane", "1975-09-12", "185", [
    N("n1", "Melior", "Läkaranteckning", S_MED_TBG, "Klara Nilsson", LAK, "2024-03-27 09:20", [
        ("Hereditet", "Fadern avled i trolig hjärtinfarkt vid 52 års ålder. Farbror hade misstänkt familjär hyperkolesterolemi."),
        ("Aktuellt", "Hypertoni sedan 2021, Losartan 100 mg. LDL 3,9."),
        ("Bedömning", "Hypertoni, välbehandlad. Hyperlipidemi, högrisk pga hereditet."),
        ("Åtgärd", "Start Atorvastatin 40 mg."),
    ])],
    [], ["NL102"],
    "hedges belong to the father and uncle (Hereditet); the patient's own diagnoses are stated")

C("hypotyreos-syster-utreds-celiaki", "vgr", "1990-04-17", "268", [
    N("n1", "Melior", "Telefonanteckning", V_VC_MAJORNA, "Karolina Dahlberg", SSK, "2024-11-26 10:40", [
        ("Telefonkontakt", "Pat med hypotyreos undrar om hon ska testa sig för celiaki, då hennes syster utreds för misstänkt celiaki."),
        ("Åtgärd", "tTG-IgA beställt att tas med ordinarie TSH-kontroll nästa vecka."),
    ])],
    [], ["NL102"],
    "the 'misstänkt celiaki' is the sister's; the patient is only being tested")

C("ckd-bror-mojlig-cystnjure", "vgr", "1963-08-31", "348", [
    N("n1", "Melior", "Mottagningsanteckning", V_SU_NJUR, "Tomas Wester", LAK, "2024-05-15 13:45", [
        ("Anamnes", "CKD stadium 3b pga polycystisk njursjukdom (ADPKD), verifierad med MR 2018. Bror har möjligen samma sjukdom, han vill inte utredas."),
        ("Bedömning", "ADPKD med långsam progress, eGFR 38 (fg 41). BT 128/80 på Candesartan."),
        ("Planering", "Njurmottagningen om 6 mån."),
    ])],
    [], ["NL102"],
    "'möjligen samma sjukdom' refers to the brother; the patient's ADPKD is verified")

C("diab-ev-remiss-dietist-eventuellt-ukg", "vgr", "1961-12-22", "455", [
    N("n1", "Melior", "Läkaranteckning", V_VC_TORSLANDA, "Pontus Nord", LAK, "2024-04-17 14:25", [
        ("Bedömning", "Typ 2-diabetes, HbA1c 63, stigande. Hypertoni välbehandlad."),
        ("Planering", "Ev. remiss till dietist. Eventuellt UKG om blåsljudet hörs igen nästa gång, idag svårbedömt. Ev. tillägg av SGLT2-hämmare."),
    ])],
    [], ["NL102"],
    "every ev./eventuellt hedges a plan (remiss, UKG, drug), not a diagnosis")

C("diab-viktnedgang-troligen-semaglutid", "vgr", "1973-05-30", "182", [
    N("n1", "Melior", "Sjuksköterskeanteckning", V_VC_SKOVDE, "Johanna Rydberg, diabetessköterska", SSK, "2024-06-19 11:25", [
        ("Aktuellt", "Vikt 96 kg, ned 9 kg sedan start av Ozempic i januari. Äter mindre portioner, lite illamående första veckorna."),
        ("Bedömning", "Viktnedgången troligen effekt av semaglutid och önskad. God följsamhet."),
    ])],
    [], ["NL102"],
    "'troligen effekt av semaglutid' hedges a drug effect, not a disease")

C("ckd-kalium-troligen-hemolys", "vgr", "1948-10-10", "231", [
    N("n1", "Melior", "Telefonanteckning", V_NAL_MED, "Sanna Ivarsson", SSK, "2024-09-12 09:55", [
        ("Telefonkontakt", "Labb ringer: K 6,4 i prov från vårdcentralen, provet kraftigt hemolyserat."),
        ("Bedömning", "Troligen falskt förhöjt p.g.a. hemolys. Dr Wikström informerad, ingen åtgärd ikväll."),
        ("Åtgärd", "Nytt kaliumprov imorgon kl 08 på mottagningen, pat meddelad."),
    ], signed=None)],
    [], ["NL102"],
    "hemolysis is a sample artefact: 'Troligen falskt förhöjt' is no diagnosis of the patient")

C("htn-bt-sannolikt-paverkat-bradska", "skane", "1958-05-11", "163", [
    N("n1", "Melior", "Sjuksköterskeanteckning", S_MED_ANG, "Linda Magnusson", SSK, "2024-02-15 08:15", [
        ("Aktuellt", "BT-kontroll hos ssk. Uppmätt BT 158/96, sannolikt påverkat av att pat sprang från bussen. Efter 10 min vila 138/84."),
        ("Åtgärd", "Hemblodtrycksmätning 1 v, lämnar in protokoll."),
    ])],
    [], ["NL102"],
    "'sannolikt påverkat' hedges a BP reading, not a diagnosis")

C("htn-mojligen-satta-ut-lakemedel", "vgr", "1950-08-18", "594", [
    N("n1", "Melior", "Läkaranteckning", V_VC_KUNGALV, "Erika Hultgren", LAK, "2024-10-23 13:00", [
        ("Bedömning", "Hypertoni med BT 118/68 och ortostatisk yrsel efter att hon gått ner 12 kg. Möjligen kan vi sätta ut en av BT-medicinerna."),
        ("Åtgärd", "Halverar Enalapril. Ny BT-kontroll ssk om 3 v."),
    ])],
    [], ["NL102"],
    "'Möjligen kan vi sätta ut' hedges a treatment plan")

C("diab-trolig-orsak-slutat-insulin", "vgr", "1966-01-05", "377", [
    N("n1", "Melior", "Läkaranteckning", V_SU_DIAB, "Fredrika Lönn", LAK, "2024-09-03 10:50", [
        ("Aktuellt", "Typ 2-diabetes på basinsulin. HbA1c 84 mot 59 i våras."),
        ("Bedömning", "Trolig orsak till stigande HbA1c är att pat slutade ta Tresiba under semestern i Turkiet och inte kommit igång igen."),
        ("Åtgärd", "Återstart 20 E, titrering enligt schema. Diabetessköterska ringer om 1 v."),
    ])],
    [], ["NL102"],
    "'Trolig orsak' points at a missed medicine, not an uncertain disease")

C("diab-kommer-sannolikt-behova-insulin", "skane", "1955-03-01", "410", [
    N("n1", "Melior", "Läkaranteckning", S_ENDO_MA, "Nils Borg", LAK, "2024-07-23 14:15", [
        ("Bedömning", "Typ 2-diabetes sedan 20 år, HbA1c 69 på trippelbehandling. C-peptid lågt normalt. Pat kommer sannolikt att behöva insulin inom något år, vilket vi diskuterade idag."),
    ])],
    [], ["NL102"],
    "'sannolikt … behöva insulin' is a prognosis of treatment; diagnosis confirmed and discussed")

C("hsv-ev-latta-ankelodem", "skane", "1939-11-29", "129", [
    N("n1", "Melior", "Sjuksköterskeanteckning", S_HSV_LUND, "Åsa Lindén, hjärtsviktssjuksköterska", SSK, "2024-04-04 13:30", [
        ("Status", "Vikt 68,9 kg, oförändrad. Ev. lätta ankelödem bilat, svårbedömt i stödstrumporna. Sat 97 %."),
        ("Bedömning", "Stabil hjärtsvikt NYHA II. Fortsätter Entresto 97/103 mg x 2."),
    ])],
    [], ["NL102"],
    "'Ev. lätta ankelödem' hedges a finding; the heart failure is stated")

C("kol-om-feber-starta-reservkur", "vgr", "1951-06-28", "318", [
    N("n1", "Melior", "KOL-mottagning", V_SU_LUNG, "Marie Gustafsson, lungsjuksköterska", SSK, "2024-11-14 09:10", [
        ("Egenvård", "Genomgång av handlingsplan. Om feber, ändrad färg på upphostningarna eller ökad andfåddhet i mer än två dygn: starta reservkuren med Prednisolon och Doxyferm och ring mottagningen."),
        ("Bedömning", "KOL GOLD 3, två exacerbationer senaste året. Inhalationsteknik god."),
    ])],
    [], ["NL102"],
    "a conditional action plan ('Om feber … starta reservkuren') is no hedged diagnosis")

C("hsv-vid-viktuppgang-kontakta", "skane", "1942-09-17", "225", [
    N("n1", "Melior", "Sjuksköterskeanteckning", S_MED_CSK, "Petra Svensson", SSK, "2024-12-10 10:05", [
        ("Information", "Vid viktuppgång mer än 2 kg på tre dagar ska pat kontakta hjärtsviktsmottagningen, då det kan tyda på att vätska samlas i kroppen. Pat har fått våg och dagbok."),
        ("Bedömning", "Hjärtsvikt med nedsatt EF, nyligen utskriven efter första sviktdekompensation."),
    ])],
    [], ["NL102"],
    "'Vid viktuppgång … kan tyda på att vätska samlas' is a hypothetical instruction")

C("hypotyreos-om-tsh-over-10-behandlas", "vgr", "1983-07-03", "506", [
    N("n1", "Melior", "Läkaranteckning", V_VC_LERUM, "David Aronsson", LAK, "2024-03-20 11:50", [
        ("Labsvar", "TSH 6,1, fT4 14, TPO-ak negativa."),
        ("Bedömning", "Lätt förhöjt TSH med normalt fT4. Om TSH stiger över 10 vid kontrollen i höst behandlar vi det som hypotyreos, annars ingen behandling."),
    ])],
    [], ["NL102"],
    "conditional: hypotyreos only if a future TSH exceeds 10")

C("diab-komplett-arskontroll-bekraftad", "vgr", "1953-04-26", "237", [
    N("n1", "Melior", "Årskontroll diabetes", V_VC_MARK, "Helena Sundström, diabetessköterska", SSK, "2024-10-29 08:30", [
        ("Aktuellt", "Årskontroll. Typ 2-diabetes sedan 2005, hypertoni, hyperlipidemi. Inga hypoglykemier. Har börjat i vattengympa 2 ggr/v."),
        ("Läkemedel", "Metformin 850 mg x 2, Jardiance 25 mg, Ramipril 10 mg, Atorvastatin 40 mg."),
        ("Status", "Vikt 79 kg, BMI 27. BT 128/76. Fötter: monofilament 6/6, pulsar palpabla, hud hel."),
        ("Labsvar", "HbA1c 49. LDL 1,7. eGFR 82. U-alb/krea 0,9."),
        ("Ögonbottenfoto", "Juni 2024 utan retinopati."),
        ("Bedömning", "Väl reglerad typ 2-diabetes, målvärden uppnådda för HbA1c, BT och LDL."),
        ("Planering", "Oförändrad behandling. Läkarkontakt vid behov. Årskontroll om 1 år."),
    ])],
    [], ["NL102", "NL101"],
    "a complete annual check with only confirmed diagnoses and nothing about telling")

C("ff-permanent-frekvenskontrollerat", "skane", "1937-01-14", "332", [
    N("n1", "Melior", "Läkaranteckning", S_MED_TBG, "Hugo Lindström", LAK, "2024-06-27 10:40", [
        ("Bedömning", "Permanent förmaksflimmer, frekvens 74 i vila på Bisoprolol 5 mg. CHA2DS2-VASc 5, fortsatt Eliquis 2,5 mg x 2 pga ålder och vikt under 60 kg. Hb 131, krea 104."),
    ])],
    [], ["NL102", "NL101"],
    "a one-line annual AF review with only settled diagnoses")

C("kol-gold3-grupp-e-bekraftad", "vgr", "1949-09-05", "451", [
    N("n1", "Melior", "KOL-mottagning", V_UDD_LUNG, "Rolf Ahlgren", LAK, "2024-02-29 13:20", [
        ("Diagnos", "KOL GOLD 3, grupp E (J44.9). Emfysem på DT 2022."),
        ("Aktuellt", "Två exacerbationer med sjukhusvård i höstas. Röker inte sedan 2019. Trelegy 1 inh dagligen."),
        ("Planering", "Lungrehabilitering via fysioterapeut. Pneumokockvaccin givet idag."),
    ], signed=None)],
    [], ["NL102"],
    "confirmed KOL with GOLD stage in the Diagnos sökord; no hedge")

C("ckd4-dialysforberedelse-bekraftad", "skane", "1954-07-08", "175", [
    N("n1", "Melior", "Mottagningsanteckning", S_NJUR_MA, "Rasmus Fors", LAK, "2024-09-18 10:10", [
        ("Aktuellt", "CKD stadium 4 sekundärt till diabetesnefropati, eGFR 17. Informationsträff om dialysformer genomförd i augusti tillsammans med hustrun."),
        ("Bedömning", "Progredierande njursvikt. Pat föredrar peritonealdialys."),
        ("Planering", "Remiss kirurg för PD-kateter. Hepatit B-vaccination påbörjas."),
    ])],
    [], ["NL102"],
    "advanced CKD with dialysis planning, all diagnoses confirmed and discussed")

C("hypotyreos-valinstald-kort", "vgr", "1977-11-16", "129", [
    N("n1", "Melior", "Läkaranteckning", V_VC_BORAS, "Josefin Ahl", LAK, "2024-05-08 09:05", [
        ("Bedömning", "Hypotyreos, välinställd på Levaxin 100 mikrog, TSH 1,6. Nästa kontroll om 1 år."),
    ])],
    [], ["NL102"],
    "very short note, settled hypothyroidism")

C("hsv-utreddes-2021-misstankt-svikt-normal-ukg", "vgr", "1956-02-11", "286", [
    N("n1", "Melior", "Läkaranteckning", V_KS_MED, "Sven-Olof Berg", LAK, "2024-07-31 11:15", [
        ("Tidigare sjukdomar", "Utreddes 2021 för misstänkt hjärtsvikt, UKG då helt normal och misstanken avskrevs. Hypertoni sedan 2010."),
        ("Aktuellt", "Kontroll av hypertoni. Mår bra, cyklar till jobbet."),
        ("Bedömning", "Hypertoni, välkontrollerad."),
    ])],
    [], ["NL102"],
    "past suspicion that was ruled out ('misstanken avskrevs') in Tidigare sjukdomar")

C("kol-ev-latt-andfaddhet-symptom", "vgr", "1960-05-25", "232", [
    N("n1", "Melior", "Telefonanteckning", V_VC_UDDEVALLA, "Ulrika Backman, astma/KOL-sköterska", SSK, "2024-08-08 14:35", [
        ("Telefonkontakt", "Uppföljning efter byte av inhalator till Spiolto. Ev. lite mer andfådd i trappor de senaste dagarna, men osäker på om det beror på värmen."),
        ("Bedömning", "KOL GOLD 2, stabil. Inhalationsteknik genomgången via video."),
    ])],
    [], ["NL102"],
    "'Ev. lite mer andfådd' hedges a symptom; KOL is stated")

C("diab-mojligen-lite-trottare-symptom", "skane", "1964-03-13", "590", [
    N("n1", "Melior", "Sjuksköterskeanteckning", S_MED_HLM, "Cornelia Hagström, diabetessköterska", SSK, "2024-11-07 15:40", [
        ("Aktuellt", "Typ 2-diabetes, möjligen lite tröttare än vanligt efter att hon började nattjobba. Sover 5 h. Glukos 6–8."),
        ("Åtgärd", "Råd om regelbundna måltider vid nattarbete. Sömnråd."),
    ])],
    [], ["NL102"],
    "'möjligen lite tröttare' hedges a symptom, not a disease")

# ---------------------------------------------------------------- C: protected place (Skåne template / VGR sökord Tidiga hypoteser)

C("skane-th-mall-misstankt-myelom", "skane", "1947-03-22", "418", [
    N("n1", "Melior", "Tidiga hypoteser", S_MED_CSK, "Oskar Wahlberg", LAK, "2024-03-14 16:20", [
        ("Bedömning", "M-komponent IgG 18 g/L upptäckt vid utredning av anemi hos pat med CKD 3a. Misstänkt myelom. Avvaktar benmärgsbiopsi innan pat informeras om misstanken."),
    ])],
    [], ["NL102", "NL101"],
    "Skåne: the whole note is in the Tidiga hypoteser template, so the hedge and the not-yet-told are protected")

C("skane-th-mall-trolig-begynnande-demens", "skane", "1938-08-04", "261", [
    N("n1", "Melior", "Tidiga hypoteser", S_GERI_MA, "Ebba Lundquist", LAK, "2024-05-22 11:35", [
        ("Tidiga hypoteser", "Trolig begynnande demens av Alzheimertyp. Anhöriga beskriver minnessvikt sedan 1 år, glömmer tabletter mot hjärtsvikten. Vill först ha neuropsykologisk bedömning innan detta tas upp med pat."),
    ])],
    [], ["NL102", "NL101"],
    "Skåne Tidiga hypoteser template holding a dementia hypothesis at a heart-failure follow-up")

C("skane-th-mall-pankreascancer-kan-ej-uteslutas", "skane", "1950-12-01", "336", [
    N("n1", "Melior", "Tidiga hypoteser", S_ENDO_MA, "Elsa Holmgren", LAK, "2024-10-09 15:50", [
        ("Bedömning", "Nydebuterad diabetes, viktnedgång 8 kg och ikterus i anamnesen. Pankreascancer kan ej uteslutas. DT pankreas beställd."),
        ("Planering", "Diskuteras med pat när DT-svar finns."),
    ])],
    [], ["NL102"],
    "'kan ej uteslutas' inside a Skåne note whose template is Tidiga hypoteser")

C("skane-th-mall-typo-sannolkit", "skane", "1959-06-19", "571", [
    N("n1", "Melior", "Tidiga hypoteser", S_MED_YSTAD, "Karl-Erik Nordin", LAK, "2024-07-11 10:25", [
        ("Bedömning", "Sannolkit alkoholutlöst kardiomyopati, pat förnekar överkonsumtion men PEth 2,1 och MCV 104."),
    ])],
    [], ["NL102"],
    "typo 'Sannolkit' in a protected Skåne Tidiga hypoteser note: no NL102")

C("vgr-th-sokord-lungcancer-ovrigt-rent", "vgr", "1952-10-27", "185", [
    N("n1", "Melior", "Läkaranteckning", V_UDD_LUNG, "Rolf Ahlgren", LAK, "2024-04-18 14:05", [
        ("Aktuellt", "KOL GOLD 2, årskontroll. Rtg pulm inför kontrollen visar en 2 cm rundhärd i vä överlob, ny sedan 2022."),
        ("Bedömning", "Stabil KOL. Rundhärden behöver utredas vidare med DT."),
        ("Tidiga hypoteser", "Misstänkt lungcancer, storrökare tidigare. Lungcancer-SVF övervägs efter DT."),
        ("Åtgärd", "DT thorax beställd, pat informerad om att en förändring ska undersökas."),
    ])],
    [], ["NL102"],
    "VGR: the cancer hypothesis is only under the sökord Tidiga hypoteser; visible text names a finding only")

C("vgr-th-sokord-enda-sektion", "vgr", "1944-01-16", "349", [
    N("n1", "Melior", "Läkaranteckning", V_ALS_MED, "Pernilla Åberg", LAK, "2024-01-25 12:10", [
        ("Tidiga hypoteser", "Upprepade fall och blåmärken hos pat med förmaksflimmer på Eliquis. Kroniskt subduralhematom kan ej uteslutas; DT hjärna om huvudvärk eller förvirring tillkommer."),
    ])],
    [], ["NL102"],
    "VGR note whose only section is the protected sökord Tidiga hypoteser")

C("vgr-th-sokord-alkohol-leverprover", "vgr", "1969-02-14", "356", [
    N("n1", "Melior", "Läkaranteckning", V_VC_SKOVDE, "Olof Hammar", LAK, "2024-06-12 15:30", [
        ("Aktuellt", "Hypertonikontroll, BT 162/98 trots två preparat."),
        ("Labsvar", "GT 4,2, ALAT 1,3, MCV 101."),
        ("Tidiga hypoteser", "? alkoholöverkonsumtion som orsak till BT-stegring och levervärden, ev. alkoholberoende. Tas upp varsamt vid nästa besök."),
        ("Planering", "PEth tas med nästa prover. Ökar Amlodipin till 10 mg."),
    ], signed=None)],
    [], ["NL102"],
    "VGR: '?' and 'ev.' alcohol hypotheses sit only under Tidiga hypoteser; visible sections list values")

C("skane-th-mall-foljd-av-vanlig-anteckning", "skane", "1948-11-08", "125", [
    N("n1", "Melior", "Tidiga hypoteser", S_NJUR_LUND, "Linnea Sjöberg", LAK, "2024-08-13 09:40", [
        ("Bedömning", "Snabb eGFR-sänkning och hematuri: misstänkt vaskulit (ANCA?)."),
    ]),
    N("n2", "Melior", "Läkaranteckning", S_NJUR_LUND, "Linnea Sjöberg", LAK, "2024-08-13 09:55", [
        ("Aktuellt", "CKD 3b, kontroll. eGFR 30 (fg 42). Mikroskopisk hematuri."),
        ("Planering", "ANCA, anti-GBM, komplement. Återbesök 1 v."),
    ])],
    [], [("NL102", "n1"), ("NL102", "n2")],
    "hypothesis in a Skåne Tidiga hypoteser note; the visible companion note lists tests without naming it")

# ---------------------------------------------------------------- D: PMO (Skåne primary care) never shows diagnoses

C("pmo-misstankt-hypotyreos", "skane", "1971-08-29", "284", [
    N("n1", "PMO", "Besöksanteckning", P_VC_LINDANGEN, "Mohammed Karimi", LAK, "2024-02-12 10:10", [
        ("Aktuellt", "Hälsokontroll. Trött, fryser, hög vikt."),
        ("Bedömning", "Misstänkt hypotyeros, TSH och fT4 tas."),
    ])],
    [], ["NL102"],
    "PMO note, typo 'hypotyeros': a hedged diagnosis is never shown, so no NL102")

C("pmo-kolssk-trolig-kol", "skane", "1957-04-13", "390", [
    N("n1", "PMO", "Astma/KOL-mottagning", P_VC_GETINGEN, "Agneta Bengtsson, astma/KOL-sjuksköterska", SSK, "2024-03-18 13:30", [
        ("Spirometri", "FEV1/FVC 0,67 efter bronkdilatation, FEV1 74 % av förv. CAT 14."),
        ("Bedömning", "Trolig KOL, rökare 30 paketår. Till dr för bedömning."),
        ("Åtgärd", "Rökavvänjning erbjuden, tackar ja."),
    ])],
    [], ["NL102"],
    "PMO nurse's 'Trolig KOL' after spirometry is not an NL102 finding")

C("pmo-bt-kontroll-fragetecken-ff", "skane", "1945-05-02", "167", [
    N("n1", "PMO", "Sjuksköterskebesök", P_VC_KAVLINGE, "Gerd Sjöstrand", SSK, "2024-04-08 09:20", [
        ("Aktuellt", "BT-kontroll. BT 142/84. Pulsen oregelbunden 92/min på automatmätaren. ? förmaksflimmer"),
        ("Åtgärd", "EKG taget, visas för dr Hult samma dag."),
    ])],
    [], ["NL102"],
    "PMO: '? förmaksflimmer' found by the nurse at a BP check is not shown as a diagnosis")

C("pmo-dd-hjartsvikt-dd-kol", "skane", "1949-12-07", "521", [
    N("n1", "PMO", "Läkarbesök", P_VC_SIMRISHAMN, "Björn Wiberg", LAK, "2024-10-16 11:40", [
        ("Anamnes", "Tilltagande andfåddhet sedan sommaren hos f.d. rökare med hypertoni. Nattlig hosta, lätta ankelsvullnader."),
        ("Status", "Basala krepitationer bilat, förlängt expirium. BT 156/90."),
        ("Bedömning", "DD hjärtsvikt, DD KOL. Båda kan föreligga."),
        ("Åtgärd", "NT-proBNP, spirometri, rtg pulm."),
    ])],
    [], ["NL102"],
    "PMO note with two DD diagnoses: not asserted as NL102")

C("pmo-diabssk-misstankt-osteomyelit", "skane", "1953-09-26", "430", [
    N("n1", "PMO", "Diabetesmottagning", P_VC_ESLOV, "Marianne Kvist, diabetessköterska", SSK, "2024-05-06 08:35", [
        ("Fotstatus", "Sår under hö stortåns grundled 1,5 cm, sond når ben. Rodnad runt såret."),
        ("Bedömning", "Misstänkt osteomyelit i diabetesfotsår."),
        ("Åtgärd", "Akut tid hos dr och remiss multidisciplinärt fotteam. Avlastning."),
    ])],
    [], ["NL102"],
    "PMO diabetes nurse: 'Misstänkt osteomyelit' is not visible as a diagnosis in PMO")

C("pmo-hemsjukvard-misstankt-sviktforsamring", "skane", "1932-02-18", "216", [
    N("n1", "PMO", "Hemsjukvård", P_HSJV_OSBY, "Kerstin Blom, distriktssköterska", SSK, "2024-12-02 14:15", [
        ("Aktuellt", "Hembesök. Vikt 64,2 kg, upp 2,5 kg sedan förra veckan. Andfådd i vila, sat 91 %."),
        ("Bedömning", "Misstänkt hjärtsviktsförsämring."),
        ("Åtgärd", "Kontakt med dr Ringström, extra Furix 40 mg ikväll. Nytt hembesök imorgon."),
    ])],
    [], ["NL102"],
    "PMO home care note with a hedged decompensation: no NL102")

C("pmo-anemi-kolorektal-cancer-kan-ej-uteslutas", "skane", "1948-07-31", "383", [
    N("n1", "PMO", "Läkarbesök", P_VC_SOLVESBORG, "Per Hansson", LAK, "2024-06-24 10:00", [
        ("Labsvar", "Hb 103, MCV 74, ferritin 5 vid årsprov för hypertoni."),
        ("Bedömning", "Järnbrist utan uppenbar orsak. Kolorektal cancer kan ej uteslutas."),
        ("Åtgärd", "F-Hb, remiss koloskopi."),
    ])],
    [], ["NL102"],
    "PMO: 'Kolorektal cancer kan ej uteslutas' is a hedge in a system that shows no diagnoses")

C("pmo-typo-sannolkit-nefropati", "skane", "1962-01-21", "255", [
    N("n1", "PMO", "Läkarbesök", P_VC_HOOR, "Elin Rudberg", LAK, "2024-09-09 14:45", [
        ("Bedömning", "Sannolkit diabetesnefropati, u-alb/krea 42. Insätter Ramipril."),
    ])],
    [], ["NL102"],
    "typo 'Sannolkit' in a PMO note: still no NL102 in PMO")

C("pmo-lang-arskontroll-flera-hypoteser", "skane", "1958-11-03", "498", [
    N("n1", "PMO", "Årskontroll", P_VC_HBG, "Christoffer Lindh", LAK, "2024-11-20 13:00", [
        ("Aktuellt", "Årskontroll typ 2-diabetes och hypertoni. Har haft ont i vaden vid promenad i uppförsbacke sedan våren, går över efter vila. Också mer trött, somnar på eftermiddagen."),
        ("Läkemedel", "Metformin 1 g x 2, Rybelsus 14 mg, Losartan/Hydroklortiazid 100/12,5 mg, Atorvastatin 40 mg."),
        ("Status", "BT 138/82. Puls 68 regelbunden. Fotpulsar ej palpabla hö, svaga vä. Ankeltrycksindex hö 0,68, vä 0,85. Tyreoidea ua."),
        ("Labsvar", "HbA1c 55. LDL 2,4. eGFR 66. TSH 4,8."),
        ("Bedömning", "Claudicatio intermittens, trol. perifer arteriell sjukdom hö ben. Tröttheten oklar, ev. sömnapné, ev. latent hypotyreos."),
        ("Planering", "Remiss kärlmottagningen. Gångträning. Sömnanamnes vid nästa besök, nytt TSH om 3 mån."),
    ])],
    [], ["NL102"],
    "long PMO annual check with several hedged diagnoses; PMO never shows diagnoses")

C("pmo-utkast-forenligt-med-ckd", "skane", "1940-04-05", "172", [
    N("n1", "PMO", "Journalanteckning", P_VC_TOMELILLA, "Ingela Nord", LAK, "2024-07-04 16:30", [
        ("Labsvar", "eGFR 52 och 49 med 4 mån mellanrum, u-alb/krea normalt."),
        ("Bedömning", "Förenligt med kronisk njursjukdom stadium 3a. Justerar metformindosen."),
    ], signed=None)],
    [], ["NL102"],
    "unsigned PMO draft: 'Förenligt med kronisk njursjukdom' is no NL102 in PMO")

# ---------------------------------------------------------------- E: told / not yet told (NL101)

C("ckd-progress-stadium4-ej-informerad", "skane", "1951-01-27", "369", [
    N("n1", "Melior", "Läkaranteckning", S_NJUR_LUND, "Gabriel Sundin", LAK, "2024-05-30 16:05", [
        ("Labsvar", "eGFR 24 och 26 vid två tillfällen med 3 mån mellanrum (fg år 38). U-alb/krea 110."),
        ("Bedömning", "Progress till kronisk njursvikt stadium 4 på basen av diabetesnefropati."),
        ("Planering", "Pat ej informerad om progressen ännu, tas upp vid besöket 12/6 tillsammans med njursjuksköterska."),
    ])],
    ["NL101"], [],
    "settled CKD 4 in a visible section while the note says the patient is not yet informed")

C("kol-fastslagen-ej-meddelad", "vgr", "1959-10-03", "245", [
    N("n1", "Melior", "Läkaranteckning", V_VC_KUNGALV, "Jakob Lindqvist", LAK, "2024-03-01 12:40", [
        ("Utredning", "Granskat spirometrin från 21/2 tillsammans med astma/KOL-ssk: kvarstående obstruktion efter bronkdilatation, FEV1 68 %."),
        ("Diagnos", "KOL GOLD 2 (J44.9)"),
        ("Planering", "Ej meddelat patienetn ännu, ringer på fredag och bokar in ett längre besök."),
    ])],
    ["NL101"], [],
    "KOL is in the Diagnos sökord and the doctor writes 'Ej meddelat patienetn ännu' (typo)")

C("hsv-ukg-ef28-ej-underrattad", "vgr", "1958-07-12", "413", [
    N("n1", "Melior", "Mottagningsanteckning", V_SU_HJ, "Rebecka Falk", LAK, "2024-02-22 15:15", [
        ("Utredning", "UKG: dilaterad vänsterkammare, EF 28 %, måttlig mitralisinsufficiens."),
        ("Bedömning", "Hjärtsvikt med nedsatt ejektionsfraktion, ischemisk genes mest sannolik efter infarkten 2019."),
        ("Planering", "Pat ännu ej underrättad om UKG-svaret och diagnosen – besked ges vid återbesöket 1/3 med hjärtsviktssköterska."),
    ])],
    ["NL101"], [],
    "HFrEF stated in a visible section; 'ännu ej underrättad' about it")

C("hypotyreos-konstaterad-ej-nadd", "skane", "1976-09-21", "458", [
    N("n1", "Melior", "Telefonanteckning", S_MED_ANG, "Amanda Rosén", LAK, "2024-01-12 14:55", [
        ("Labsvar", "TSH 31, fT4 5."),
        ("Bedömning", "Manifest hypotyros."),
        ("Telefonkontakt", "Söker pat två gånger utan svar, alltså ej informerad. Ny uppringning imorgon fm, recept på Levaxin läggs då."),
    ])],
    ["NL101"], [],
    "typo 'hypotyros': manifest hypothyroidism in Bedömning and the patient could not be reached, so not informed")

C("kol-rtg-tumorsuspekt-ej-besked", "vgr", "1954-04-20", "179", [
    N("n1", "Melior", "Läkaranteckning", V_VC_LIDKOPING, "Mats Engström", LAK, "2024-09-19 10:45", [
        ("Labsvar", "Rtg pulm inför KOL-kontroll: 3 cm tumörsuspekt förändring i hö ovanlob."),
        ("Bedömning", "Misstänkt lungcancer hos KOL-patient."),
        ("Åtgärd", "SVF-remiss skickad. Pat har inte fått besked ännu, kallas till mottagningen imorgon för att få det personligen."),
    ])],
    ["NL101", "NL102"], [],
    "hedged cancer in a visible section and 'inte fått besked ännu': both rules apply")

C("diab-nyupptackt-typo-ej-infomerad", "vgr", "1968-12-30", "392", [
    N("n1", "Melior", "Läkaranteckning", V_VC_HJALLBO, "Leila Mohammadi", LAK, "2024-10-10 16:40", [
        ("Labsvar", "HbA1c 52 och 55 vid upprepade prover. Fp-glukos 7,9."),
        ("Diagnos", "Diabetes mellitus typ 2 (E11.9)."),
        ("Planering", "Pat ej infomerad om diagnosen ännu, tolk behövs. Tid med tolk och diabetessköterska 17/10."),
    ])],
    ["NL101"], [],
    "typo 'infomerad': newly confirmed type 2 diabetes that the patient has not been told")

C("kol-dotter-vill-vanta-med-besked", "skane", "1935-06-09", "267", [
    N("n1", "Melior", "Läkaranteckning", S_MED_TBG, "Sara Lindberg", LAK, "2024-05-02 13:10", [
        ("Utredning", "DT thorax och bronkoskopi: icke-småcellig lungcancer hö sida, stadium IIIB enl. MDK."),
        ("Närstående", "Dottern ringt och bett att vi väntar med att berätta för pat om lungcancern tills hon kan följa med, på onsdag. Pat alltså ännu ej informerad."),
        ("Planering", "Besök onsdag kl 14 med dottern och kontaktsjuksköterska."),
    ])],
    ["NL101"], [],
    "lung cancer confirmed at KOL follow-up; the daughter asks to wait, patient not yet told")

C("diab-utkast-proliferativ-retinopati-ej-vetat", "vgr", "1963-03-17", "525", [
    N("n1", "Melior", "Sjuksköterskeanteckning", V_SU_DIAB, "Lena Sjögren, diabetessköterska", SSK, "2024-04-11 11:35", [
        ("Ögonbottenfoto", "Svar från ögonkliniken: proliferativ diabetesretinopati vä öga, laserbehandling planeras."),
        ("Åtgärd", "Pat har ännu inte fått veta, dr Lönn ringer honom idag eftermiddag. Ögonkliniken skickar kallelse."),
    ], signed=None)],
    ["NL101"], [],
    "unsigned draft: a confirmed retinopathy and 'har ännu inte fått veta'")

C("ff-ekg-ej-informerad-sedan-informerad", "vgr", "1952-08-16", "263", [
    N("n1", "Melior", "Sjuksköterskeanteckning", V_VC_TROLLHATTAN, "Eva Lund", SSK, "2024-06-05 09:10", [
        ("Aktuellt", "Årskontroll hypertoni. EKG taget som rutin."),
        ("EKG", "Dr Strand har granskat EKG: förmaksflimmer, kammarfrekvens 84. Har inte hunnit informera pat, som gått hem; dr ringer imorgon."),
    ]),
    N("n2", "Melior", "Telefonanteckning", V_VC_TROLLHATTAN, "Niklas Strand", LAK, "2024-06-06 10:30", [
        ("Telefonkontakt", "Informerat pat om att EKG visar förmaksflimmer. Inga symtom. CHA2DS2-VASc 3, diskuterat blodförtunnande."),
        ("Åtgärd", "Eliquis 5 mg x 2 insatt. Återbesök 4 v."),
    ])],
    [("NL101", "n1")], [("NL101", "n2")],
    "n1 holds the AF finding before the patient knows (NL101); n2 the next day tells him (no NL101)")

C("anemi-koloncancer-vanta-mdk", "skane", "1946-05-29", "427", [
    N("n1", "Melior", "Läkaranteckning", S_MED_LKR, "Fredrik Gullberg", LAK, "2024-02-19 15:45", [
        ("Aktuellt", "Utredning av järnbristanemi upptäckt vid hypertonikontroll."),
        ("Utredning", "Koloskopi 15/2: tumör i colon ascendens, PAD adenocarcinom."),
        ("Planering", "Pat ska inte informeras förrän MDK har tagit ställning på torsdag; besked ges då av kirurg."),
    ])],
    ["NL101"], [],
    "verified adenocarcinoma visible, with 'ska inte informeras förrän MDK'")

C("diab-lada-inte-pratat-med-pat", "vgr", "1979-11-08", "137", [
    N("n1", "Melior", "Sjuksköterskeanteckning", V_VC_LERUM, "Annika Forsberg, diabetessköterska", SSK, "2024-07-25 10:20", [
        ("Labsvar", "GAD-ak 240 (starkt positiva), C-peptid 0,3."),
        ("Bedömning", "Enligt dr Berg är diagnosen LADA, autoimmun diabetes, och inte typ 2. Dr har ännu inte pratat med pat om detta."),
        ("Åtgärd", "Samtal med dr och diabetessköterska bokat 1/8 för insulinstart."),
    ])],
    ["NL101"], [],
    "reclassified diabetes (LADA) recorded visibly by the nurse before the doctor has told the patient")

C("ff-meddelad-idag", "vgr", "1947-10-22", "318", [
    N("n1", "Melior", "Läkaranteckning", V_SAS_HJ, "Erik Sandberg", LAK, "2024-03-28 13:50", [
        ("Bedömning", "Förmaksflimmer verifierat på Holter. Diagnosen meddelad pat idag, skriftlig information om förmaksflimmer och blodförtunnande given."),
        ("Åtgärd", "Eliquis 5 mg x 2."),
    ])],
    [], ["NL101"],
    "diagnosis told to the patient at the visit")

C("kol-informerad-tidigare", "skane", "1955-02-13", "206", [
    N("n1", "Melior", "Mottagningsanteckning", S_LUNG_LUND, "Ida Wennerberg", LAK, "2024-04-25 10:40", [
        ("Aktuellt", "Uppföljning. KOL GOLD 2, pat informerades om diagnosen av mig vid besöket 3/4 och har läst på sedan dess."),
        ("Bedömning", "Stabil, inga exacerbationer. Fortsätter Anoro."),
    ], signed=None)],
    [], ["NL101"],
    "the patient was informed at an earlier visit")

C("hsv-ej-informerad-om-ukg-tid", "vgr", "1944-06-15", "441", [
    N("n1", "Melior", "Sjuksköterskeanteckning", V_KS_MED, "Ulla Mattsson", SSK, "2024-11-06 11:25", [
        ("Aktuellt", "Känd hjärtsvikt med nedsatt EF sedan 2022. Kontroll-UKG önskas av dr Dahl."),
        ("Åtgärd", "UKG beställt. Pat ej informerad om tiden ännu, kallelse kommer per post."),
    ])],
    [], ["NL101"],
    "what is not yet told is an appointment time, not a diagnosis")

C("ckd-remiss-skickad-ej-underrattad", "vgr", "1950-01-02", "274", [
    N("n1", "Melior", "Läkaranteckning", V_VC_BORAS, "Hanna Lundgren", LAK, "2024-12-12 09:35", [
        ("Bedömning", "CKD stadium 3b, eGFR 34. Pat känner till sin njursjukdom sedan 2021."),
        ("Åtgärd", "Remiss till njurmedicin SÄS skickad. Pat ej underrättad om remissen ännu, brev skickas."),
    ])],
    [], ["NL101"],
    "the patient has not been told about a referral, and already knows the CKD")

C("hypotyreos-normalt-tsh-ej-informerad", "skane", "1987-03-09", "418", [
    N("n1", "Melior", "Läkaranteckning", S_MED_CSK, "Robin Ek", LAK, "2024-03-22 17:05", [
        ("Labsvar", "TSH 1,9 och fT4 14 på Levaxin 75 mikrog efter dosjustering."),
        ("Bedömning", "Hypotyreos, nu välinställd."),
        ("Åtgärd", "Pat ej informerad om det normala svaret ännu, 1177-meddelande skickas."),
    ])],
    [], ["NL101"],
    "the not-yet-told thing is a normal result; the diagnosis is known")

C("vgr-th-sokord-oinformerad-diagnos-skyddad", "vgr", "1943-04-07", "159", [
    N("n1", "Melior", "Läkaranteckning", V_SKAS_MED, "Cecilia Norén", LAK, "2024-08-29 14:00", [
        ("Aktuellt", "Hjärtsviktskontroll. Mer andfådd, NT-proBNP oförändrat. Gått ned 5 kg."),
        ("Tidiga hypoteser", "DT thorax visar förstorade mediastinala lymfkörtlar, misstänkt lymfom. Pat ej informerad, avvaktar PET-DT innan det tas upp."),
        ("Planering", "PET-DT beställd, pat vet att ytterligare röntgen behövs."),
    ])],
    [], ["NL101", "NL102"],
    "VGR: the untold hypothesis is kept only under the Tidiga hypoteser sökord")

C("kol-pat-informerad-vill-ej-att-maken-vet", "vgr", "1961-09-14", "296", [
    N("n1", "Melior", "Läkaranteckning", V_SU_LUNG, "Karin Ödman", LAK, "2024-06-20 10:05", [
        ("Bedömning", "KOL GOLD 1, diagnosen genomgången med pat idag."),
        ("Information", "Pat vill inte att maken informeras ännu, då han själv är sjuk. Respekteras."),
    ])],
    [], ["NL101"],
    "the patient is told; only a relative is not")

C("ff-doseliquis-ej-informerad", "skane", "1936-12-26", "332", [
    N("n1", "Melior", "Telefonanteckning", S_FF_MA, "Viktor Hallberg", LAK, "2024-10-03 12:20", [
        ("Bedömning", "Förmaksflimmer sedan 2018, väl känt av pat. Vikt nu 58 kg och ålder över 80, uppfyller kriterier för reducerad dos."),
        ("Åtgärd", "Eliquis sänks till 2,5 mg x 2. Pat ännu ej informerad om dosändringen, ssk ringer imorgon."),
    ])],
    [], ["NL101"],
    "a dose change, not a diagnosis, is what the patient has not heard about")

C("hsv-informerad-ej-om-operationsdatum", "skane", "1945-11-19", "210", [
    N("n1", "Melior", "Läkaranteckning", S_HJ_HBG, "Maria Öberg", LAK, "2024-09-26 14:45", [
        ("Bedömning", "Svår aortastenos, medelgradient 48 mmHg. Pat informerad om diagnosen och accepterar TAVI."),
        ("Planering", "Pat ej informerad om exakt datum för ingreppet, Lund återkommer med kallelse."),
    ])],
    [], ["NL101"],
    "informed about the diagnosis, not about a date")

C("hsv-pat-har-ej-berattat-for-sonen", "vgr", "1949-07-28", "197", [
    N("n1", "Melior", "Mottagningsanteckning", V_NAL_MED, "Tobias Wikström", LAK, "2024-11-28 10:55", [
        ("Aktuellt", "Hjärtsvikt med nedsatt EF, NYHA II. Pat har inte berättat för sin son om sjukdomen, vill inte oroa honom."),
        ("Bedömning", "Stabil. Fortsatt Entresto, Bisoprolol, Jardiance, Eplerenon."),
    ])],
    [], ["NL101"],
    "hard negative: the patient is the one who has not told his son; he knows the diagnosis")

# ---------------------------------------------------------------- F: more hedges and untold diagnoses, several notes

C("diab-fot-susp-charcot", "vgr", "1960-02-07", "389", [
    N("n1", "Melior", "Sjuksköterskeanteckning", V_VC_TORSLANDA, "Camilla Sandin, diabetessköterska", SSK, "2024-01-18 09:15", [
        ("Fotstatus", "Vä fot varm, svullen och rodnad över mellanfoten sedan 3 v, ingen smärta. Temperaturskillnad 3 grader mot hö fot. Inga sår. Nedsatt känsel bilat sedan tidigare."),
        ("Bedömning", "Susp. Charcotfot vä."),
        ("Åtgärd", "Avlastning med gips/walker ordnas via ortopedtekniken, akut rtg fot. Dr Granström bedömer idag."),
    ], signed=None)],
    ["NL102"], [],
    "'Susp.' (abbreviated suspected) before Charcotfot at a diabetes foot check")

C("remiss-fragestallning-hjartsvikt-fragetecken", "vgr", "1946-03-30", "273", [
    N("n1", "Melior", "Remiss", V_VC_MAJORNA, "Sofia Ekström", LAK, "2024-05-16 15:00", [
        ("Frågeställning", "Hjärtsvikt? Önskar UKG och bedömning."),
        ("Anamnes", "78-årig man med hypertoni och typ 2-diabetes. Tilltagande ansträngningsdyspné sedan i vintras, NT-proBNP 1 850. EKG: sinusrytm, vänstersidigt skänkelblock, nytt sedan 2022."),
    ])],
    ["NL102"], [],
    "a referral's Frågeställning 'Hjärtsvikt?' is a question-marked diagnosis in a visible Melior note")

C("ckd-ssk-telefon-dr-misstanker-gikt", "skane", "1953-10-19", "127", [
    N("n1", "Melior", "Telefonanteckning", S_NJUR_MA, "Hanna Axelsson, njursjuksköterska", SSK, "2024-07-18 10:30", [
        ("Telefonkontakt", "Pat med CKD 3b ringer: röd, het och mycket öm stortåled hö sedan igår natt. Kan inte ha täcket på foten. Tar Furix."),
        ("Bedömning", "Dr Fors misstänker gikt. NSAID olämpligt pga njurfunktionen."),
        ("Åtgärd", "Prednisolon 20 mg x 1 i 5 dagar enligt dr. Urat tas på fredag."),
    ])],
    ["NL102"], [],
    "verb form: 'Dr … misstänker gikt' reported by a nurse is a hedged diagnosis")

C("htn-statin-tva-anteckningar-andra-differentialdiagnos", "vgr", "1955-08-25", "466", [
    N("n1", "Melior", "Läkaranteckning", V_VC_SKOVDE, "Anders Brink", LAK, "2024-09-05 11:10", [
        ("Aktuellt", "Hypertoni och hyperlipidemi. Sedan 3 v värk i lår och skuldror."),
        ("Åtgärd", "CK, SR, CRP, TSH. Ny tid efter provsvar."),
    ]),
    N("n2", "Melior", "Läkaranteckning", V_VC_SKOVDE, "Anders Brink", LAK, "2024-09-12 10:40", [
        ("Labsvar", "CK 1 900. SR 12, CRP <1. TSH 3,0."),
        ("Bedömning", "Differentialdiagnos statinmyopati vs. polymyosit, det förra mer troligt pga normala inflammationsparametrar."),
        ("Åtgärd", "Atorvastatin pausas. Ny CK om 3 v."),
    ])],
    [("NL102", "n2")], [("NL102", "n1")],
    "the first visit only lists tests; the follow-up note states a differential diagnosis")

C("urologsvar-prostatacancer-ej-informerad-vc", "vgr", "1950-06-14", "283", [
    N("n1", "Melior", "Journalanteckning", V_VC_TROLLHATTAN, "Niklas Strand", LAK, "2024-08-30 13:25", [
        ("Provsvar", "Svar från urologen NÄL: biopsier visar prostatacancer Gleason 3+4=7, ISUP 2."),
        ("Bedömning", "Pat har ännu ej informerats, urologen ger besked vid mottagningsbesök 5/9. Vi avvaktar med kontakt till dess."),
    ])],
    ["NL101"], ["NL102"],
    "GP notes a confirmed cancer from urology while the patient has not yet been informed")

C("diab-celiaki-biopsi-besked-ej-lamnat", "skane", "1991-04-03", "352", [
    N("n1", "Melior", "Läkaranteckning", S_ENDO_MA, "Patrik Nyman", LAK, "2024-07-08 14:50", [
        ("Labsvar", "PAD duodenalbiopsier: totalvillös atrofi, Marsh 3c."),
        ("Bedömning", "Celiaki, verifierad med biopsi, hos pat med typ 2-diabetes sedan 2019."),
        ("Planering", "Besked ej lämnat till pat ännu; ringer i morgon och remitterar till dietist."),
    ], signed=None)],
    ["NL101"], [],
    "biopsy-verified celiaki in Bedömning with 'Besked ej lämnat till pat ännu'")

C("hsv-hcm-far-inte-veta-via-1177", "vgr", "1970-10-06", "448", [
    N("n1", "Melior", "Sjuksköterskeanteckning", V_SU_HJ, "Therese Lind, hjärtsviktssjuksköterska", SSK, "2024-10-24 16:10", [
        ("Aktuellt", "Dr Falk har efter MR hjärta konstaterat hypertrofisk kardiomyopati."),
        ("Information", "Pat är inte informerad än och ska inte få veta det via 1177 innan samtalet med dr på måndag, där även ärftligheten för barnen tas upp."),
    ], signed=None)],
    ["NL101"], ["NL102"],
    "a nurse documents a settled HCM diagnosis visibly, stating the patient is not informed yet")

C("th-mall-sedan-vanlig-anteckning-fore-besked", "skane", "1944-09-09", "216", [
    N("n1", "Melior", "Tidiga hypoteser", S_MED_HLM, "Johan Carlsson", LAK, "2024-04-02 10:00", [
        ("Bedömning", "Pancytopeni hos pat med hypotyreos och hypertoni. Misstänkt myelodysplastiskt syndrom, benmärg bokad."),
    ]),
    N("n2", "Melior", "Läkaranteckning", S_MED_HLM, "Johan Carlsson", LAK, "2024-04-19 15:30", [
        ("Utredning", "Benmärgsundersökning 15/4: myelodysplastiskt syndrom med låg risk (IPSS-R 2,5)."),
        ("Planering", "Pat ovetande om diagnosen än så länge, får besked på mottagningen 23/4 tillsammans med sin sambo."),
    ])],
    [("NL101", "n2")], [("NL101", "n1"), ("NL102", "n1")],
    "hypothesis first kept in a Skåne Tidiga hypoteser note; once confirmed it is written visibly before the patient is told")
# ---------------------------------------------------------------- G: long multi-section charts

C("lang-vc-multisjuk-arsgenomgang-ev-mitralisinsuff", "vgr", "1939-05-12", "348", [
    N("n1", "Melior", "Läkaranteckning", V_VC_LIDKOPING, "Mats Engström", LAK, "2024-11-21 13:30", [
        ("Kontaktorsak", "Årlig läkemedelsgenomgång och kontroll av hjärtsvikt, förmaksflimmer, typ 2-diabetes och CKD 3a."),
        ("Anamnes", "85-årig kvinna, änka, bor kvar i lägenhet på andra våningen med hiss. Hemtjänst 1 g/dag för dusch och städning, dosdispenserade läkemedel. Går med rollator ute, inomhus utan. Ett fall i augusti utan skada. Sover med två kuddar som tidigare. Inga bröstsmärtor, ingen synkope. Aptiten god, vikten stabil."),
        ("Läkemedel", "Eliquis 2,5 mg x 2, Bisoprolol 2,5 mg, Furix 40 mg mane, Forxiga 10 mg, Metformin 500 mg x 2, Levaxin 50 mikrog, Alvedon vb. Sertralin 50 mg sedan makens död 2021."),
        ("Status", "AT: pigg, orienterad. Vikt 62,1 kg. BT 124/70 sittande, 112/66 efter 1 min stående utan yrsel. Cor: oregelbunden rytm 70/min, systoliskt blåsljud 2/6 över apex, ej noterat vid fg års undersökning. Pulm: enstaka basala rassel hö som klarnar efter hosta. Lätta ödem vid fotknölarna. Fötter: hel hud, monofilament 4/6 bilat."),
        ("Labsvar", "Hb 121, krea 98, eGFR 46, K 4,6, Na 137. HbA1c 50. TSH 2,8. NT-proBNP 1 620 (fg 1 540)."),
        ("Bedömning", "Stabil hjärtsvikt med bevarad EF och permanent förmaksflimmer, adekvat frekvenskontroll. Nytillkommet apikalt blåsljud, ev. mitralisinsufficiens. Diabetes väl reglerad, ingen risk för hypoglykemi på nuvarande behandling. Njurfunktionen oförändrad. Sertralinet kan trappas ut då hon mår bra och själv önskar det."),
        ("Åtgärd", "Remiss UKG. Sertralin 25 mg i 4 v, därefter ut. Dosdispensen uppdaterad."),
        ("Planering", "Ssk-kontroll av vikt och BT om 3 mån. Läkarbesök efter UKG-svar. Årsprover nästa höst."),
    ])],
    ["NL102"], [],
    "long multimorbidity review where everything is settled except one line: 'ev. mitralisinsufficiens'")

C("lang-medmott-htn-ckd-inga-hypoteser", "skane", "1962-08-02", "459", [
    N("n1", "Melior", "Mottagningsanteckning", S_MED_TBG, "Hugo Lindström", LAK, "2024-10-10 09:00", [
        ("Anamnes", "62-årig man, busschaufför. Hypertoni sedan 2008, CKD stadium 3a sedan 2019 på basen av hypertensiv nefroskleros (njurbiopsi 2019). Ingen diabetes. Rökte till 2015. Modern hade trolig njursvikt på äldre dar, aldrig utredd. Ingen hjärt-kärlsjukdom i övrigt i familjen."),
        ("Aktuellt", "Halvårskontroll. Mår bra, cyklar till jobbet 2 dagar/v. Hemblodtryck medel 128/80 senaste veckan. Ingen nokturi, inga ödem."),
        ("Läkemedel", "Candesartan 32 mg, Amlodipin 5 mg, Atorvastatin 20 mg, Forxiga 10 mg sedan mars."),
        ("Status", "BT 132/82 hö, 130/80 vä. Puls 64 regelbunden. Cor: regelbunden rytm, inga blåsljud. Pulm: vesikulärt andningsljud. Buk: mjuk, inga blåsljud. Inga ödem."),
        ("Labsvar", "Krea 128, eGFR 53 (fg 51). U-alb/krea 8 (fg 14). K 4,7, Hb 142, bikarbonat 24, PTH ua. LDL 1,9."),
        ("Bedömning", "Hypertensiv nefroskleros med stabil njurfunktion och minskad albuminuri efter tillägg av SGLT2-hämmare. Inga tecken på renal anemi eller metabol acidos. BT i mål. Misstanken om sömnapné från fg besök avskrevs efter normal polygrafi i juni."),
        ("Planering", "Eventuellt åter till vårdcentralen för fortsatt uppföljning om värdena håller sig stabila till våren. Ev. tillägg av finerenon diskuteras om albuminurin stiger igen. Prover och kontroll här om 6 mån."),
    ])],
    [], ["NL102"],
    "long chart full of look-alikes (mother's 'trolig', ruled-out suspicion, ev. plans, 'inga tecken på') and no hedged diagnosis of the patient")

C("lang-hypotyreos-lymfocytos-kll-ej-informerad", "vgr", "1948-01-24", "312", [
    N("n1", "Melior", "Läkaranteckning", V_VC_BORAS, "Josefin Ahl", LAK, "2024-06-26 14:15", [
        ("Aktuellt", "Årskontroll hypotyreos. Vid rutinprover i maj noterades LPK 24 med lymfocytos 18. Inga infektionstecken. Inga nattsvettningar, ingen feber, vikten stabil 71 kg."),
        ("Status", "AT: gott. Lgl: några mjuka, oömma, ca 1,5 cm körtlar på halsen bilat och i vä axill. Buk: mjalte ej palpabel. Tyreoidea ua."),
        ("Labsvar", "TSH 2,1. Hb 134, TPK 188. Flödescytometri (svar 24/6): monoklonal B-cellspopulation med CD5 och CD23, diagnostisk för KLL enligt hematopatolog."),
        ("Bedömning", "Kronisk lymfatisk leukemi stadium Binet A, i nuläget utan behandlingsbehov. Hypotyreosen är fortsatt välinställd."),
        ("Åtgärd", "Remiss hematologen SÄS för information och uppföljningsplan."),
        ("Planering", "Pat är ännu inte informerad om KLL-diagnosen; jag ringer henne inte utan bokar ett fysiskt besök 2/7 så att hon kan ta med sig sin son."),
    ])],
    ["NL101"], [],
    "long note: a confirmed KLL written in Bedömning while the patient is not yet informed")

# ================================================================= validation and output
KEYS_CASE = ["case", "ruleset", "record", "must", "must_not", "why"]
KEYS_RECORD = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
KEYS_NOTE = ["id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"]
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_on(birth, when):
    b = dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        name = c["case"]
        if list(c.keys()) != KEYS_CASE:
            errs.append("%s: case keys %s" % (name, list(c.keys())))
        if name in names:
            errs.append("%s: duplicate case name" % name)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: bad ruleset" % name)
        if not c["why"].strip():
            errs.append("%s: empty why" % name)
        r = c["record"]
        if list(r.keys()) != KEYS_RECORD:
            errs.append("%s: record keys" % name)
        if r["access_events"] or r["conversations"] or r["treatments"]:
            errs.append("%s: non-empty events" % name)
        p = r["patient"]
        if not luhn_ok(p["id"]):
            errs.append("%s: Luhn fails for %s" % (name, p["id"]))
        if p["id"][:8] != p["birth_date"].replace("-", ""):
            errs.append("%s: personnummer/birth_date mismatch" % name)
        as_of = dt.datetime.fromisoformat(r["as_of"])
        if as_of.year != 2024:
            errs.append("%s: as_of not in 2024" % name)
        ids = {}
        for n in r["notes"]:
            if list(n.keys()) != KEYS_NOTE:
                errs.append("%s: note keys %s" % (name, list(n.keys())))
            if n["id"] in ids:
                errs.append("%s: duplicate note id" % name)
            ids[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s: bad system" % name)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % name)
            t = dt.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                errs.append("%s: note time not in 2024" % name)
            if t > as_of:
                errs.append("%s: note after as_of" % name)
            if n["signed"] is not None:
                s = dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    errs.append("%s: bad signed time" % name)
            for when in (t, as_of):
                a = age_on(p["birth_date"], when)
                if 13 <= a <= 15 or a < 0:
                    errs.append("%s: patient age %d" % (name, a))
            if not n["sections"]:
                errs.append("%s: note without sections" % name)
            for sec in n["sections"]:
                if set(sec.keys()) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append("%s: bad section" % name)
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = " ".join(sent.split())
                    if len(sent) >= 25:
                        sentences.setdefault(sent, []).append(name)
        seen = set()
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if target not in ids:
                    errs.append("%s: target %s missing" % (name, target))
                    continue
                if (code, target) in seen:
                    errs.append("%s: %s/%s asserted twice" % (name, code, target))
                seen.add((code, target))
                sysname = ids[target]["system"]
                if code == "NL102" and sysname != "Melior" and lst == "must":
                    errs.append("%s: NL102 must on non-Melior" % name)
                if code == "NL102" and sysname == "PMO" and lst != "must_not":
                    errs.append("%s: PMO NL102 must be must_not" % name)
                if code == "NL101" and sysname == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % name)
                if code not in ("NL101", "NL102"):
                    errs.append("%s: unexpected code %s" % (name, code))
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % name)
    for sent, where in sentences.items():
        if len(where) > 1:
            errs.append("sentence repeated in %s: %r" % (sorted(set(where)), sent))
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    stats = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                stats.setdefault(code, {"must": 0, "must_not": 0})[lst] += 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for code in sorted(stats):
        print("  %s must=%d must_not=%d" % (code, stats[code]["must"], stats[code]["must_not"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
