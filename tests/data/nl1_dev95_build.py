#!/usr/bin/env python3
"""dev95: cardiology and arrhythmia cases for notelint NL101/NL102.

Chest pain units (HLK/bröstsmärteenhet/HIA), NSTEMI vs myokardit vs Takotsubo,
förmaksflimmer/fladder, AV-block, WPW, kardiomyopati, endokardit, Holter and
arbets-EKG answers, angiography, pacemaker/ICD clinics. Skåne and VGR, Melior and PMO.

Standard library only, deterministic. Writes cases.jsonl next to this file and
exits 1 on any validation problem.
"""
import datetime as dt
import json
import os
import re
import sys

# ---------------------------------------------------------------------------
# units: key -> (name, hsa_id, system, default setting)
# ---------------------------------------------------------------------------
SK = "SE2321000255-"
VG = "SE2321000131-"
UNITS = {
    # Region Skåne, Melior
    "HIA_LUND": ("Hjärtintensivavdelningen (HIA), Skånes universitetssjukhus Lund", SK + "41H7", "Melior", "slutenvård"),
    "KARD_MALMO": ("Kardiologiska kliniken avd 1, Skånes universitetssjukhus Malmö", SK + "52K3", "Melior", "slutenvård"),
    "ARYT_LUND": ("Arytmimottagningen, Skånes universitetssjukhus Lund", SK + "61A9", "Melior", "öppenvård"),
    "PM_KRIST": ("Pacemakermottagningen, Centralsjukhuset Kristianstad", SK + "73P2", "Melior", "öppenvård"),
    "HJMOTT_HBG": ("Hjärtmottagningen, Helsingborgs lasarett", SK + "80M4", "Melior", "öppenvård"),
    "AKUT_YSTAD": ("Akutmottagningen, Lasarettet i Ystad", SK + "29Y1", "Melior", "slutenvård"),
    "MED_HLM": ("Medicinavdelning 2, Hässleholms sjukhus", SK + "34H6", "Melior", "slutenvård"),
    "BRST_TRB": ("Bröstsmärteenheten, Lasarettet Trelleborg", SK + "47T8", "Melior", "slutenvård"),
    "THX_LUND": ("Thoraxkirurgiska kliniken, Skånes universitetssjukhus Lund", SK + "58T0", "Melior", "slutenvård"),
    "BARNHJ_LUND": ("Barnhjärtcentrum, Skånes universitetssjukhus Lund", SK + "66B5", "Melior", "öppenvård"),
    "KLFYS_MALMO": ("Klinisk fysiologi och nuklearmedicin, Skånes universitetssjukhus Malmö", SK + "19F3", "Melior", "öppenvård"),
    "INF_HBG": ("Infektionskliniken, Helsingborgs lasarett", SK + "88I2", "Melior", "slutenvård"),
    "HSV_LUND": ("Hjärtsviktsmottagningen, Skånes universitetssjukhus Lund", SK + "92S7", "Melior", "öppenvård"),
    "MED_LANDS": ("Medicinmottagningen, Landskrona lasarett", SK + "25L4", "Melior", "öppenvård"),
    "HJAVD_KRIST": ("Hjärtavdelningen, Centralsjukhuset Kristianstad", SK + "36K1", "Melior", "slutenvård"),
    "MED_ANG": ("Medicinmottagningen, Ängelholms sjukhus", SK + "44A3", "Melior", "öppenvård"),
    # Region Skåne, PMO (primärvård)
    "VC_LINERO": ("Vårdcentralen Linero, Lund", SK + "7L01", "PMO", "öppenvård"),
    "VC_SORG": ("Vårdcentralen Sorgenfri, Malmö", SK + "7S02", "PMO", "öppenvård"),
    "HSJV_ESLOV": ("Hemsjukvården Eslöv", SK + "7E03", "PMO", "hemsjukvård"),
    "BVC_KAVL": ("BVC Kävlinge", SK + "7K04", "PMO", "öppenvård"),
    "VC_SIMR": ("Vårdcentralen Simrishamn", SK + "7M05", "PMO", "öppenvård"),
    # Västra Götalandsregionen, Melior
    "HIA_SU": ("Hjärtintensivvårdsavdelningen (HIA), Sahlgrenska Universitetssjukhuset", VG + "H1A4", "Melior", "slutenvård"),
    "KARD_OSTRA": ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "K2O8", "Melior", "öppenvård"),
    "HLK_NAL": ("HLK-mottagningen/bröstsmärteenheten, NÄL Trollhättan", VG + "N3L6", "Melior", "slutenvård"),
    "ARYT_SU": ("Arytmicentrum, Sahlgrenska Universitetssjukhuset", VG + "A4R2", "Melior", "öppenvård"),
    "PM_SAS": ("Pacemakermottagningen, Södra Älvsborgs sjukhus Borås", VG + "P5B9", "Melior", "öppenvård"),
    "MED_SKAS": ("Medicinkliniken avd 12, Skaraborgs sjukhus Skövde", VG + "S6K1", "Melior", "slutenvård"),
    "BARNKARD_DS": ("Barnkardiologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "D7S3", "Melior", "öppenvård"),
    "MED_KUNG": ("Medicinavdelning 3, Kungälvs sjukhus", VG + "K8G5", "Melior", "slutenvård"),
    "AKUT_ALING": ("Akutvårdsavdelningen, Alingsås lasarett", VG + "A9L7", "Melior", "slutenvård"),
    "KLFYS_SU": ("Klinisk fysiologi, Sahlgrenska Universitetssjukhuset", VG + "F1S2", "Melior", "öppenvård"),
    "THX_SU": ("Thoraxkirurgi, Sahlgrenska Universitetssjukhuset", VG + "T2X4", "Melior", "slutenvård"),
    "HSV_MOLN": ("Hjärtsviktsmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "M3N6", "Melior", "öppenvård"),
    "KARD_UDD": ("Medicinmottagningen, NU-sjukvården Uddevalla", VG + "U4D8", "Melior", "öppenvård"),
    "INF_OSTRA": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", VG + "I5O1", "Melior", "slutenvård"),
    "HJAVD_SKAS": ("Hjärtavdelningen, Skaraborgs sjukhus Lidköping", VG + "L6D3", "Melior", "slutenvård"),
}
VGR_UNITS = {k for k, v in UNITS.items() if v[1].startswith(VG)}

CASES = []


def _ts(s):
    """'2024-03-22T15:35' -> '2024-03-22T15:35:00'."""
    return s if len(s) == 19 else s + ":00"


def N(nid, unit, template, who, time, sections, signed=40, setting=None, refs=()):
    """One note. signed: minutes after time, or None for an unsigned draft."""
    name, hsa, system, default_setting = UNITS[unit]
    t = dt.datetime.fromisoformat(_ts(time))
    sig = None if signed is None else (t + dt.timedelta(minutes=signed)).isoformat()
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": who[0], "role": who[1]},
        "time": t.isoformat(),
        "signed": sig,
        "setting": setting or default_setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
        "_unit": unit,
    }


def _luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(birth, sex, salt):
    """Personnummer YYYYMMDD-NNNC; the third serial digit is even for women."""
    y, m, d = birth.split("-")
    serial = (sum(ord(c) * (i + 7) for i, c in enumerate(salt)) % 90) + 10  # two digits
    last = (sum(ord(c) for c in salt) % 5) * 2 + (1 if sex == "M" else 0)
    nnn = "%02d%d" % (serial, last)
    nine = y[2:] + m + d + nnn
    return "%s%s%s-%s%s" % (y, m, d, nnn, _luhn_digit(nine))


def C(name, ruleset, born, sex, notes, must=(), must_not=(), why=""):
    last = max(dt.datetime.fromisoformat(n["time"]) for n in notes)
    as_of = dt.datetime(last.year, last.month, last.day) + dt.timedelta(days=5)
    if as_of.year > 2024:
        as_of = dt.datetime(2024, 12, 31)
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(born, sex, name), "birth_date": born, "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


L, S = "läkare", "sjuksköterska"
B101 = ("NL101", "n1")
B102 = ("NL102", "n1")

# ===========================================================================
# CASES
# ===========================================================================
# ---------------------------------------------------------------------------
# A. NL102 positives: hedged diagnosis of the patient in a visible Melior section
# ---------------------------------------------------------------------------
C("kard-hia-misstankt-nstemi", "skane", "1961-09-03", "M", [
    N("n1", "HIA_LUND", "Inskrivningsanteckning", ("Oskar Lindqvist", L), "2024-03-12T06:10", [
        ("Aktuellt", "62-årig man inkommer via ambulans med tryckande retrosternal smärta sedan kl 04, strålning mot vänster arm. Rökare, behandlad hypertoni."),
        ("Status", "AT: opåverkad, blek. Cor: RR, inga blåsljud. Pulm: vesikulärt bilat. BT 158/92, puls 84, sat 97 %."),
        ("Utredning", "EKG: sinusrytm, ST-sänkningar 1 mm V4–V6. TnT 45 → 88 ng/L efter 3 h."),
        ("Bedömning", "Misstänkt NSTEMI. Laddas med ticagrelor, fondaparinux insatt. Koronarangiografi planeras imorgon förmiddag."),
    ])],
    must=[B102], why="'Misstänkt NSTEMI' in Bedömning of an ordinary Melior admission note is a visible hypothesis")

C("kard-takotsubo-trolig-aks-ska-uteslutas", "vgr", "1958-02-11", "K", [
    N("n1", "HIA_SU", "Läkaranteckning", ("Maria Sandberg", L), "2024-04-03T13:20", [
        ("Anamnes", "Kvinna som igår fick besked om makens död. Plötslig bröstsmärta och andnöd under förberedelserna inför begravningen."),
        ("Utredning", "Eko: apikal ballongering med akinesi av samtliga apikala segment, basala segment hyperkinetiska, EF ca 35 %. TnT 310."),
        ("Bedömning", "Trolig Takotsubo-kardiomyopati, men akut koronarsyndrom behöver uteslutas. Akut angiografi bokad."),
    ])],
    must=[B102], why="'Trolig Takotsubo-kardiomyopati' under VGR sökord Bedömning is visible")

C("kard-susp-perimyokardit-ung-man", "skane", "2000-05-17", "M", [
    N("n1", "KARD_MALMO", "Läkaranteckning", ("Jonas Ekström", L), "2024-02-08T10:45", [
        ("Aktuellt", "Förkyld för en vecka sedan. Sedan igår hugg i bröstet som förvärras vid inandning och i liggande, lindras framåtlutad."),
        ("Utredning", "EKG med konkava ST-höjningar i de flesta avledningar och PR-sänkning i II. CRP 38, TnT 54."),
        ("Bedömning", "Susp. perimyokardit. Inläggs för telemetri, NSAID och kolkicin. Idrottsuppehåll tills vidare."),
    ])],
    must=[B102], why="abbreviated hedge 'Susp.' before perimyokardit in a visible section")

C("kard-jour-fladder-fragetecken-utkast", "vgr", "1949-12-01", "M", [
    N("n1", "HLK_NAL", "Jouranteckning", ("Elin Forsberg, ST-läkare", L), "2024-05-19T02:40", [
        ("Aktuellt", "Söker nattetid pga hjärtklappning sedan kvällen. Smalkomplexig regelbunden takykardi 150/min, sågtandsliknande baslinje i II, III, aVF."),
        ("Bedömning", "Förmaksfladder med 2:1-överledning? Metoprolol 5 mg iv, nytt EKG efter 30 min."),
    ], signed=None)],
    must=[B102], why="trailing '?' on förmaksfladder in an unsigned on-call draft; the hypothesis is visible once signed")

C("kard-bild-som-vid-wpw", "skane", "2004-08-22", "K", [
    N("n1", "ARYT_LUND", "Mottagningsanteckning", ("Karin Holm", L), "2024-09-10T09:15", [
        ("Anamnes", "Återkommande anfall av hjärtklappning sedan högstadiet, plötslig start och stopp. Vagala manövrar hjälper ibland."),
        ("Status", "Cor: RR, inga bi- eller blåsljud. BT 112/70."),
        ("Utredning", "Vilo-EKG: kort PQ-tid 100 ms, deltavåg, breddökat QRS."),
        ("Bedömning", "Bild som vid WPW-syndrom. Remiss för elektrofysiologisk undersökning med ställning till ablation."),
    ])],
    must=[B102], why="'Bild som vid WPW-syndrom' is a hedged diagnosis in a visible section")

C("kard-intermittent-av-block-kan-ej-uteslutas", "vgr", "1942-06-30", "K", [
    N("n1", "MED_KUNG", "Daganteckning", ("Henrik Bergqvist", L), "2024-01-22T11:05", [
        ("Aktuellt", "Svimmat två gånger senaste veckan utan förkänningar, slog sig i ansiktet senast."),
        ("Utredning", "EKG: sinusrytm 52/min, högersidigt skänkelblock och vänster anterior hemiblock. Telemetri första dygnet utan pauser."),
        ("Bedömning", "Intermittent AV-block III kan ej uteslutas med tanke på bifascikulärt block och synkope utan förvarning. Fortsatt telemetri, kontakt med pacemakerenheten."),
    ])],
    must=[B102], why="'kan ej uteslutas' keeps AV-block III open as a hypothesis, visible in Bedömning")

C("kard-fragestallning-endokardit-klaffprotes", "skane", "1955-11-14", "M", [
    N("n1", "HJMOTT_HBG", "Konsultationsanteckning", ("Anders Nyström", L), "2024-06-04T15:30", [
        ("Aktuellt", "Mekanisk aortaklaff sedan 2016. Feber 39 i fem dagar, frossa, nytillkommet blåsljud enligt distriktsläkaren."),
        ("Utredning", "Blododlingar x3 tagna innan antibiotika. TTE ger dålig insyn i klaffområdet, TEE bokas."),
        ("Bedömning", "Frågeställning endokardit på mekanisk klaffprotes. Empirisk behandling enligt PM startad efter odlingar."),
    ], setting="slutenvård")],
    must=[B102], why="'Frågeställning endokardit' states an open diagnostic question about the patient in a visible section")

C("kard-fynden-talar-for-hcm", "vgr", "1988-03-09", "M", [
    N("n1", "MED_SKAS", "Mottagningsanteckning", ("Sofia Almqvist", L), "2024-03-27T14:00", [
        ("Anamnes", "Remitteras pga patologiskt EKG vid föreningsidrottens screening. Asymtomatisk, ingen synkope."),
        ("Utredning", "EKG: uttalade vänsterkammarhypertrofikriterier, djupa negativa T i V4–V6. Eko: septum 19 mm, bakvägg 11 mm, ingen utflödesobstruktion i vila."),
        ("Bedömning", "Fynden talar för hypertrofisk kardiomyopati. MR hjärta och Holter beställs."),
    ], setting="öppenvård")],
    must=[B102], why="'talar för hypertrofisk kardiomyopati' is a hedged diagnosis in visible Bedömning")

C("kard-forenligt-med-takykardiinducerad-km", "skane", "1966-07-25", "M", [
    N("n1", "HJAVD_KRIST", "Inskrivningsanteckning", ("Peter Wallin", L), "2024-02-15T16:50", [
        ("Aktuellt", "Sedan två månader tilltagande andfåddhet och bensvullnad. Har noterat oregelbunden puls på klockan."),
        ("Utredning", "EKG: förmaksflimmer med kammarfrekvens 135–150. Eko: globalt nedsatt vänsterkammarfunktion, EF 30 %, inga regionala skillnader. Angio i höstas utan stenoser."),
        ("Bedömning", "Förenligt med takykardiinducerad kardiomyopati. Frekvensreglering, antikoagulation och sviktbehandling; elkonvertering efter 3 veckors NOAK."),
    ], signed=None)],
    must=[B102], why="'Förenligt med takykardiinducerad kardiomyopati' hedges the cardiomyopathy; unsigned draft, still a visible section")

C("kard-inger-misstanke-aortastenos", "skane", "1939-01-19", "M", [
    N("n1", "MED_LANDS", "Mottagningsanteckning", ("Eva Lundgren", L), "2024-10-02T10:20", [
        ("Anamnes", "Yrsel vid ansträngning och tryck i bröstet i uppförsbacke sedan i vintras."),
        ("Status", "Cor: kraftigt systoliskt blåsljud grad 4/6 p.m. 2 dx, fortledning till karotiderna. Svag S2."),
        ("Bedömning", "Auskultationsfyndet inger misstanke om aortastenos av betydelse. Ekokardiografi med förtur, avråder från tung ansträngning till dess."),
    ])],
    must=[B102], why="'inger misstanke om aortastenos' in a visible note")

C("kard-kan-rora-sig-om-sjuk-sinusknuta", "vgr", "1950-04-04", "K", [
    N("n1", "KARD_OSTRA", "Mottagningsanteckning", ("Lars Hedlund", L), "2024-08-21T13:40", [
        ("Anamnes", "Trötthet och yrselattacker. Bradykardi 38 noterad på vårdcentralen."),
        ("Utredning", "Holter 48 h: sinusbradykardi ner till 35 nattetid, pauser upp till 3,8 s vid övergång från förmaksflimmerepisoder."),
        ("Bedömning", "Kan röra sig om sjuk sinusknuta med takykardi-bradykardisyndrom. Diskuteras på pacemakerronden."),
    ])],
    must=[B102], why="'Kan röra sig om sjuk sinusknuta' is a hedged diagnosis in visible Bedömning")

C("kard-sannolik-amylodios-typo", "skane", "1944-08-08", "M", [
    N("n1", "HSV_LUND", "Mottagningsanteckning", ("Ingrid Sjöberg", L), "2024-04-16T09:30", [
        ("Anamnes", "Karpaltunnelopererad bilat. Hjärtsvikt med bevarad EF sedan två år."),
        ("Utredning", "Eko: koncentrisk hypertrofi 16 mm, granulerat myokard, apical sparing på strain. Låg voltage på EKG i förhållande till väggtjockleken."),
        ("Bedömning", "Sannolik kardiell amylodios av transtyretintyp. DPD-skintigrafi och fria lätta kedjor beställda."),
    ])],
    must=[B102], why="typo in the diagnosis word ('amylodios'); 'Sannolik kardiell amyloidos' is still a visible hypothesis")

C("kard-mojlig-sarkoidos-hjartengagemang", "skane", "1991-12-12", "K", [
    N("n1", "KARD_MALMO", "Mottagningsanteckning", ("Jonas Ekström", L), "2024-05-06T14:15", [
        ("Aktuellt", "Uppföljning efter AV-block II som krävde pacemaker i januari. Lungröntgen visar bilaterala hiluslymfkörtlar."),
        ("Bedömning", "Ung patient med nytt ledningshinder och hiluslymfom: möjlig sarkoidos med hjärtengagemang. FDG-PET beställd, kontakt med lungmedicin."),
    ], setting="öppenvård")],
    must=[B102], why="'möjlig sarkoidos med hjärtengagemang' is a hedged diagnosis in a visible section")

C("kard-oklart-om-vt-eller-svt-aberration", "vgr", "1967-05-05", "M", [
    N("n1", "HIA_SU", "Inskrivningsanteckning", ("Johan Karlsson, underläkare", L), "2024-07-14T22:10", [
        ("Aktuellt", "Bredkomplexig takykardi 190/min i ambulansen, blodtryck 105/70, vaken och adekvat."),
        ("Utredning", "EKG: QRS 160 ms, högerskänkelblocksmorfologi, ingen tydlig AV-dissociation."),
        ("Bedömning", "Oklart om det rör sig om ventrikeltakykardi eller SVT med aberration. Behandlas som VT med amiodaroninfusion, elkonverteringsberedskap."),
    ])],
    must=[B102], why="'Oklart om det rör sig om ventrikeltakykardi eller SVT' leaves two diagnoses open in a visible section")

C("kard-missankt-myokardit-typo", "skane", "1997-02-14", "M", [
    N("n1", "HIA_LUND", "Daganteckning", ("Fredrik Ahl, AT-läkare", L), "2024-01-29T12:00", [
        ("Bedömning", "Missänkt myokardit efter covidinfektion, TnT 220 och ömmande bröst. MR hjärta på måndag."),
    ])],
    must=[B102], why="typo 'Missänkt' in a one-line note; still a hedged myocarditis diagnosis in visible Bedömning")

C("kard-sannolkit-paf-telefon-typo", "vgr", "1953-09-18", "K", [
    N("n1", "KARD_UDD", "Telefonanteckning", ("Anna-Karin Vik", L), "2024-06-11T08:50", [
        ("Telefonkontakt", "Ringer och berättar om attacker av oregelbunden hjärtklappning. Händelse-EKG från apoteket visar oregelbunden rytm utan p-vågor. Sannolkit paroxysmalt förmaksflimmer, CHA2DS2-VASc 3. Tid hos läkare nästa vecka för ställningstagande till NOAK."),
    ])],
    must=[B102], why="typo 'Sannolkit' as hedge on paroxysmalt förmaksflimmer under sökord Telefonkontakt")

C("kard-diagnos-sokord-perikardit-fragetecken", "vgr", "1983-07-07", "M", [
    N("n1", "AKUT_ALING", "Läkaranteckning", ("Hanna Ström", L), "2024-11-03T19:25", [
        ("Aktuellt", "Skarp bröstsmärta som lindras framåtlutad."),
        ("Status", "Perikardiellt gnidningsljud vid vänster sternalkant."),
        ("Diagnos", "Akut perikardit?"),
    ])],
    must=[B102], why="diagnosis with '?' under the visible VGR sökord Diagnos")

C("kard-kan-inte-utesluta-vasospastisk-angina", "skane", "1972-10-30", "K", [
    N("n1", "BRST_TRB", "Läkaranteckning", ("Mikael Rosén", L), "2024-03-05T15:10", [
        ("Anamnes", "Nattliga anfall av bröstsmärta i vila, vaknar kl 04–05, försvinner på tio minuter. Ingen ansträngningsrelaterad smärta."),
        ("Utredning", "Arbets-EKG: god arbetsförmåga, inga ischemitecken. Angio: släta kärl."),
        ("Bedömning", "Vi kan inte utesluta vasospastisk angina (Prinzmetal). Provbehandling med kalciumantagonist, nitroglycerin vid behov."),
    ], signed=None)],
    must=[B102], why="'kan inte utesluta vasospastisk angina' is a kept-open hypothesis in a visible section (unsigned draft)")

C("kard-nydebuterat-ff-trol-tyreotoxikos-lang", "skane", "1981-06-15", "K", [
    N("n1", "MED_HLM", "Inskrivningsanteckning", ("Sara Nilsson, ST-läkare internmedicin", L), "2024-08-02T17:35", [
        ("Kontaktorsak", "Hjärtklappning och viktnedgång."),
        ("Anamnes", "Tidigare frisk, inga mediciner, röker inte. Viktnedgång 5 kg på två månader trots god aptit, svettas nattetid och känner sig darrig. Sedan igår kväll oregelbunden hjärtklappning och tryck över bröstet vid trappgång. Mormor hade struma. Arbetar som förskollärare, två barn."),
        ("Läkemedel", "Inga stående. Tar p-piller (kombinerat), ibuprofen vid menstruationssmärta."),
        ("Socialt", "Sambo, barn 4 och 7 år. Ingen alkohol i veckan, dricker mycket kaffe sedan hon blev rastlös. Har varit hemma från jobbet tre dagar."),
        ("Status", "AT: opåverkad men rastlös, varm och fuktig hud. Finvågig tremor i utsträckta händer. Cor: oregelbunden rytm ca 140/min, inga blåsljud. Pulm: ua. Thyreoidea: diffust förstorad, mjuk, ej öm. Ögon: lätt protrusion bilat, ingen dubbelseende. BT 146/72, temp 37,4, sat 98 %."),
        ("Utredning", "EKG: förmaksflimmer 140, normal QRS-bredd, inga ST-förändringar. TSH <0,01, fritt T4 52, fritt T3 18. Hb 131, CRP <5, K 4,0, krea 58. TnT 11."),
        ("Bedömning", "Nydebuterat förmaksflimmer hos tidigare frisk kvinna, trol. sekundärt till tyreotoxikos av Graves typ. Låg tromboembolirisk (CHA2DS2-VASc 1), men antikoagulation övervägs inför ev. konvertering."),
        ("Åtgärd", "Propranolol 40 mg x 3, tiamazol startas efter telefonkontakt med endokrinjouren. TRAK skickat. Telemetri över natten."),
        ("Planering", "Eko på måndag. Kontakt med endokrinmottagningen för uppföljning, spontankonvertering förväntas när hon blir eutyreoid. P-pillren pausas med tanke på tromboembolirisk, gynekologisk rådgivning via VC. Sambon informerad per telefon på pat:s begäran. Nytt TSH och fritt T4 om fyra veckor, leverprover och LPK inför och under tiamazolbehandlingen. Informerad om att söka akut vid feber eller halsont under tiamazol."),
    ])],
    must=[B102], why="long admission chart: 'trol. sekundärt till tyreotoxikos' hedges the thyroid diagnosis among otherwise confirmed findings")

C("kard-ssk-enligt-dr-misstankt-endokardit", "vgr", "1990-01-20", "M", [
    N("n1", "HIA_SU", "Omvårdnadsanteckning", ("Linnea Berg, ssk", S), "2024-02-26T14:30", [
        ("Omvårdnad", "Pat febril 39,4 kl 14 med frossa. Enligt dr misstänkt endokardit, tre par blododlingar tagna från olika stick med 30 min mellanrum. Pat informerad om provtagningen, PVK bytt till vänster arm."),
    ])],
    must=[B102], why="nurse relays the physician's suspicion ('misstänkt endokardit') in a visible nursing section")

C("kard-misstanke-om-brugadasyndrom", "skane", "1993-04-28", "M", [
    N("n1", "ARYT_LUND", "Mottagningsanteckning", ("Karin Holm", L), "2024-03-19T10:00", [
        ("Anamnes", "Synkope under feber 39 grader för en månad sedan. Farbror dog plötsligt i sömnen 38 år gammal."),
        ("Utredning", "EKG under feberepisoden: coved ST-höjning 2 mm i V1–V2. Afebril idag med sadelformad ST-höjning."),
        ("Bedömning", "Misstanke om Brugadasyndrom. Ajmalintest bokas, tidig febernedsättning vid infektion."),
    ])],
    must=[B102], why="'Misstanke om Brugadasyndrom' about the patient (the uncle's death is only context)")

C("kard-misstank-takotsubo-typo", "vgr", "1955-05-30", "K", [
    N("n1", "HIA_SU", "Daganteckning", ("Maria Sandberg", L), "2024-09-17T11:45", [
        ("Bedömning", "Misstänk takotsubo efter svår konflikt på arbetet; vänsterkammarangiografi med apikal ballongering, kranskärlen ua. Kontroll-eko om 4 v."),
    ])],
    must=[B102], why="typo 'Misstänk' still hedges takotsubo in visible Bedömning")

C("kard-lqts-gar-inte-att-utesluta", "skane", "1999-09-09", "K", [
    N("n1", "ARYT_LUND", "Mottagningsanteckning", ("Daniel Svensson", L), "2024-10-22T13:25", [
        ("Utredning", "QTc 478 ms i vila, T-vågor med breda baser. Ej på QT-förlängande läkemedel, elektrolyter normala."),
        ("Bedömning", "Medfött långt QT-syndrom går inte att utesluta. Gentest och arbetsprov med QT-analys i återhämtningsfasen."),
    ])],
    must=[B102], why="'går inte att utesluta' is a kept-open hypothesis of congenital LQTS in a visible section")

C("kard-angio-minoca-trolig-myokardit", "skane", "1986-08-19", "M", [
    N("n1", "KARD_MALMO", "Koronarangiografi", ("Gustav Berglund, överläkare", L), "2024-04-24T10:05", [
        ("Indikation", "NSTEMI-bild med TnT 640 och laterala ST-sänkningar."),
        ("Utförande", "Hö radialis, 6F. Kontrast 80 ml, genomlysningstid 4 min. Inga komplikationer."),
        ("Fynd", "Vänster huvudstam, LAD, Cx och RCA utan signifikanta stenoser. Normalt flöde i samtliga kärl."),
        ("Bedömning", "Hjärtinfarkt utan obstruktiv kranskärlssjukdom. Trolig myokardit, MR hjärta inom en vecka för att skilja mot andra orsaker."),
    ])],
    must=[B102], why="angiography answer: 'Trolig myokardit' as the explanation of MINOCA is visible")

C("kard-holter-troligen-paroxysmalt-ff", "skane", "1960-02-02", "K", [
    N("n1", "HJMOTT_HBG", "Läkaranteckning", ("Anders Nyström", L), "2024-05-28T15:50", [
        ("Utredning", "Holter 72 h: grundrytm sinus 58–112. Kl 02:14 och 05:40 episoder med irreguljär rytm utan synliga p-vågor, 4 resp 11 min, sammanfaller med dagboksnotering om fladder i bröstet."),
        ("Bedömning", "Troligen paroxysmalt förmaksflimmer. Telefonåterbesök för genomgång av antikoagulation."),
    ])],
    must=[B102], why="Holter answer interpreted as 'Troligen paroxysmalt förmaksflimmer' in visible Bedömning")

C("kard-arbetsprov-ger-misstanke-kranskarlssjukdom", "vgr", "1957-06-06", "M", [
    N("n1", "KLFYS_SU", "Arbetsprov", ("Birgitta Olofsson, överläkare klinisk fysiologi", L), "2024-02-13T12:30", [
        ("Utförande", "Cykelergometri, startbelastning 50 W, ökning 10 W/min. Avbröts vid 170 W pga bröstsmärta, 85 % av förväntat."),
        ("Fynd", "Horisontella ST-sänkningar 2 mm i V4–V6 och II, aVF från 150 W, kvarstående 4 min in i vila. Adekvat blodtrycksstegring."),
        ("Bedömning", "Ger stark misstanke om stabil kranskärlssjukdom. Föreslår DT kranskärl eller direkt angiografi enligt remittentens bedömning."),
    ])],
    must=[B102], why="arbets-EKG answer: 'Ger stark misstanke om stabil kranskärlssjukdom' is a visible hypothesis")

C("kard-barn-sannolikt-avnrt", "skane", "2015-04-21", "M", [
    N("n1", "BARNHJ_LUND", "Mottagningsanteckning", ("Cecilia Wahlberg, barnkardiolog", L), "2024-05-14T09:40", [
        ("Anamnes", "Nioårig pojke, tre episoder med plötslig hjärtklappning under fotbollsträning senaste halvåret, mamma har mätt puls 220 en gång."),
        ("Utredning", "Vilo-EKG normalt, ingen preexcitation. Eko: strukturellt normalt hjärta."),
        ("Bedömning", "Sannolikt AV-nodal återkopplingstakykardi. Föräldrarna instruerade i vagala manövrar, eventrecorder med hem i fyra veckor."),
    ])],
    must=[B102], why="child under 13 (guardians read the journal): 'Sannolikt AV-nodal återkopplingstakykardi' is visible")

C("kard-barn-susp-myokardit-pumpsvikt", "vgr", "2018-01-30", "K", [
    N("n1", "BARNKARD_DS", "Läkaranteckning", ("Ola Strand, barnkardiolog", L), "2024-02-21T16:05", [
        ("Aktuellt", "Sexårig flicka, influensa för en vecka sedan, nu slö, blek och takykard 160 i vila."),
        ("Status", "Galopprytm, leverkant 3 cm under arcus, kalla händer och fötter."),
        ("Bedömning", "Susp myokardit med påverkad pumpfunktion. Överflyttas till barn-IVA, milrinon startas."),
    ], setting="slutenvård")],
    must=[B102], why="'Susp myokardit' (no period) in a child's visible note")

C("kard-icd-misstankt-fickinfektion", "skane", "1952-09-29", "M", [
    N("n1", "PM_KRIST", "Mottagningsanteckning", ("Per Olausson", L), "2024-07-08T10:30", [
        ("Aktuellt", "Kommer akut till mottagningen: rodnad och svullnad över ICD-dosan sedan fyra dagar, tunn sekretion från ärrets nedre del."),
        ("Status", "Fluktuerande resistens 2x3 cm, värmeökning. Temp 37,9."),
        ("Bedömning", "Misstänkt fickinfektion med risk för systemisk spridning längs elektroderna. Blododlingar, inläggning, extraktionsteamet i Lund kontaktat."),
    ])],
    must=[B102], why="pacemaker/ICD clinic: 'Misstänkt fickinfektion' is a hedged diagnosis in a visible section")

C("kard-misstanke-om-aortadissektion", "vgr", "1963-08-12", "M", [
    N("n1", "HLK_NAL", "Akutanteckning", ("Viktor Engström, ST-läkare", L), "2024-12-02T21:15", [
        ("Aktuellt", "Rivande smärta mellan skulderbladen med plötslig debut vid lyft. Känd okontrollerad hypertoni."),
        ("Status", "BT hö arm 190/100, vä arm 150/85. Nytillkommet diastoliskt blåsljud."),
        ("Bedömning", "Misstanke om aortadissektion. Akut DT aorta, labetalol iv, thoraxkirurgjouren förvarnad."),
    ])],
    must=[B102], why="'Misstanke om aortadissektion' in the chest-pain unit note is visible")

C("kard-av-block-mojligen-inferior-stemi", "skane", "1940-05-24", "K", [
    N("n1", "AKUT_YSTAD", "Akutanteckning", ("Tobias Lind, underläkare", L), "2024-11-18T05:20", [
        ("Aktuellt", "Illamående och kallsvettig sedan en timme, puls 36 vid ambulansens ankomst."),
        ("Utredning", "EKG: AV-block III med junktionell ersättningsrytm 38/min, diskreta ST-höjningar i III och aVF."),
        ("Bedömning", "AV-block III, möjligen orsakat av inferior STEMI. PCI-jouren larmad, atropin 0,5 mg iv, transkutan pacing förberedd."),
    ])],
    must=[B102], why="AV-block is confirmed but 'möjligen ... inferior STEMI' hedges a second diagnosis in a visible section")

C("kard-amiodaroninducerad-tyreotoxikos-misstanks", "vgr", "1951-12-24", "M", [
    N("n1", "ARYT_SU", "Telefonanteckning", ("Malin Ahlberg", L), "2024-06-25T13:05", [
        ("Telefonkontakt", "Ringer om hjärtklappning och viktnedgång. Står på amiodaron sedan 2022 för ventrikulära arytmier. Labb via VC: TSH <0,01, fT4 48. Amiodaroninducerad tyreotoxikos misstänks, remiss endokrin med förtur och dosjustering diskuteras på arytmironden."),
    ])],
    must=[B102], why="passive 'misstänks' after the diagnosis in a visible telephone note")

C("kard-dd-lista-perikardit-pneumoni-le", "skane", "1970-02-17", "M", [
    N("n1", "MED_ANG", "Läkaranteckning", ("Helena Persson", L), "2024-01-10T18:40", [
        ("Aktuellt", "Bröstsmärta till vänster sedan i förrgår, värre vid djupandning, hosta och 38,2 i feber."),
        ("Bedömning", "DD perikardit, pneumoni, lungemboli. Rtg pulm, D-dimer och CRP tas, förnyad bedömning när svaren kommit."),
    ], setting="slutenvård")],
    must=[B102], why="a 'DD' list of diseases for the patient in a visible section")

C("kard-differentialdiagnos-myokardit-efter-vaccin", "vgr", "1992-06-26", "K", [
    N("n1", "MED_KUNG", "Läkaranteckning", ("Henrik Bergqvist", L), "2024-10-14T10:35", [
        ("Bedömning", "Bröstsmärta och TnT-stegring tre dagar efter vaccination. Differentialdiagnos: myokardit. EKG utan ischemi, eko normalt, MR hjärta beställd."),
    ])],
    must=[B102], why="'Differentialdiagnos: myokardit' in visible Bedömning")

C("kard-endokradit-fragetecken-typo", "skane", "1978-03-14", "M", [
    N("n1", "INF_HBG", "Inskrivningsanteckning", ("Nils Gustavsson", L), "2024-09-03T23:10", [
        ("Bedömning", "Intravenöst missbruk, feber och nytt blåsljud över trikuspidalis. Endokradit? Blododlingar tagna, TTE idag."),
    ])],
    must=[B102], why="typo in the diagnosis word ('Endokradit') followed by '?' is still a visible hypothesis")

C("kard-patient-sannolikt-familjar-hyperkolesterolemi", "vgr", "1985-02-22", "M", [
    N("n1", "KARD_OSTRA", "Mottagningsanteckning", ("Lars Hedlund", L), "2024-04-09T14:20", [
        ("Anamnes", "39-årig man med NSTEMI i höstas. Mor och morbror hade hjärtinfarkt före 50 års ålder."),
        ("Utredning", "LDL 6,8 före statin, senxantom vid båda hälsenorna."),
        ("Bedömning", "Patienten har sannolikt familjär hyperkolesterolemi. Remiss lipidmottagningen för gentest och kaskadscreening."),
    ])],
    must=[B102], why="family history is mentioned, but the hedged diagnosis ('sannolikt familjär hyperkolesterolemi') is the patient's own")

C("kard-remissfraga-misstankt-ff-i-anamnes", "skane", "1948-07-07", "K", [
    N("n1", "HJMOTT_HBG", "Nybesök", ("Anders Nyström", L), "2024-08-29T11:00", [
        ("Anamnes", "Remitteras från vårdcentralen Ödåkra med frågan misstänkt förmaksflimmer på EKG taget vid hälsokontroll. Inga symtom."),
        ("Status", "Regelbunden rytm 68, BT 142/84."),
        ("Bedömning", "Dagens EKG visar sinusrytm med täta supraventrikulära extraslag. Holter 48 h beställd."),
    ])],
    must=[B102], why="the referrer's 'misstänkt förmaksflimmer' stands in the visible Anamnes section even though Bedömning is neutral")

C("kard-vgr-th-sokord-men-trolig-dcm-i-bedomning", "vgr", "1964-04-12", "M", [
    N("n1", "HSV_MOLN", "Mottagningsanteckning", ("Emma Lindblad", L), "2024-05-21T10:10", [
        ("Anamnes", "Hjärtsvikt med nedsatt EF sedan 2021. Bror har nyligen fått en hjärtdiagnos i Norge."),
        ("Tidiga hypoteser", "Genetisk kardiomyopati (laminopati?) övervägs givet ledningsstörning och hereditet, ej diskuterat med pat."),
        ("Utredning", "EKG: AV-block I, PQ 260 ms. Eko: EF 35 %, vänsterkammare 64 mm."),
        ("Bedömning", "Trolig ärftlig dilaterad kardiomyopati. Remiss till klinisk genetik."),
    ])],
    must=[B102], why="VGR: the Tidiga hypoteser sökord protects only its own section; 'Trolig ärftlig dilaterad kardiomyopati' under Bedömning is visible")

C("kard-skane-th-mall-sedan-synlig-upprepning", "skane", "1946-11-09", "M", [
    N("n1", "HJAVD_KRIST", "Tidiga hypoteser", ("Peter Wallin", L), "2024-03-14T09:00", [
        ("Bedömning", "Misstänkt kardiell amyloidos: låg voltage på EKG och 17 mm tjocka väggar utan hypertoni."),
    ]),
    N("n2", "HJAVD_KRIST", "Daganteckning", ("Peter Wallin", L), "2024-03-14T09:20", [
        ("Bedömning", "Misstänkt amyloidos, fortsatt utredning med skintigrafi och lätta kedjor."),
        ("Planering", "Skintigrafi nästa vecka, hemgång därefter."),
    ])],
    must=[("NL102", "n2")], must_not=[("NL102", "n1")],
    why="Skåne: the hypothesis is protected in the Tidiga hypoteser note (n1) but repeated in an ordinary daganteckning (n2), where it is visible")

C("kard-vacker-misstanke-arvc", "vgr", "1989-10-18", "M", [
    N("n1", "ARYT_SU", "Mottagningsanteckning", ("Malin Ahlberg", L), "2024-10-08T15:00", [
        ("Utredning", "EKG: epsilonvåg V1, negativa T V1–V3. Holter 2400 VES med vänstergrenblocksmorfologi. MR: dilaterad höger kammare med regional akinesi."),
        ("Bedömning", "Fynden väcker misstanke om arytmogen högerkammarkardiomyopati. Tävlingsidrott avrådes, ställningstagande till ICD på arytmikonferensen."),
    ], signed=None)],
    must=[B102], why="'väcker misstanke om arytmogen högerkammarkardiomyopati' is a visible hypothesis (unsigned draft)")

C("kard-trolgi-takotsubo-astma-typo", "skane", "1950-06-09", "K", [
    N("n1", "HIA_LUND", "Daganteckning", ("Fredrik Ahl, AT-läkare", L), "2024-06-18T13:15", [
        ("Bedömning", "Trolgi Takotsubo utlöst av akut astmaanfall, kärl utan stenoser vid angio. ACE-hämmare och betablockad, eko om 6 veckor."),
    ])],
    must=[B102], why="typo 'Trolgi' for trolig before Takotsubo; still a visible hypothesis")

C("kard-utkast-jour-misstankt-mobitz2", "skane", "1947-11-21", "M", [
    N("n1", "HJAVD_KRIST", "Jouranteckning", ("Amir Haddad, underläkare", L), "2024-04-27T03:35", [
        ("Aktuellt", "Larm från telemetrin kl 03:20. Pat vaken, ingen yrsel, BT 128/76."),
        ("Bedömning", "Misstänkt AV-block II Mobitz typ 2, tre blockerade p-vågor utan föregående PQ-förlängning. Atropin på rummet, meddelas dagbakjouren."),
    ], signed=None)],
    must=[B102], why="unsigned on-call draft with 'Misstänkt AV-block II Mobitz typ 2' in Bedömning")

C("kard-trol-perikarit-typo", "vgr", "1995-03-03", "M", [
    N("n1", "KARD_UDD", "Läkaranteckning", ("Anna-Karin Vik", L), "2024-03-01T16:20", [
        ("Aktuellt", "Förkyld i två veckor, nu lägesberoende bröstsmärta."),
        ("Bedömning", "Trol. perikarit efter förkylning, EKG med PR-sänkning. NSAID och kolkicin i tre månader."),
    ])],
    must=[B102], why="typo in the diagnosis word ('perikarit') after 'Trol.'; still a visible hypothesis")

C("kard-fragetecken-prefix-tamponad", "skane", "1958-01-27", "K", [
    N("n1", "KARD_MALMO", "Konsultationsanteckning", ("Gustav Berglund, överläkare", L), "2024-07-30T19:50", [
        ("Fynd", "Bedside-eko: cirkumferentiell perikardvätska 22 mm, diastolisk kollaps av höger förmak, vidgad vena cava utan andningsvariation."),
        ("Bedömning", "?Tamponad hos pat med känd lungcancer. Perikardiocentes förberedd på HIA, thoraxkirurg informerad."),
    ])],
    must=[B102], why="leading '?' before tamponad marks an unconfirmed diagnosis in a visible section")

# ---------------------------------------------------------------------------
# B. NL102 must_not: negated, relative, non-diagnostic hedge, conditional,
#    confirmed, PMO, protected place
# ---------------------------------------------------------------------------
C("kard-ingen-misstanke-aks-muskuloskeletal", "skane", "1977-03-22", "M", [
    N("n1", "BRST_TRB", "Läkaranteckning", ("Mikael Rosén", L), "2024-02-19T20:05", [
        ("Aktuellt", "Stickande smärta i vänster bröstkorgshalva sedan lyft av flyttkartonger, förvärras vid vridning."),
        ("Status", "Palpationsöm över tredje revbensbrosket vä. Cor/pulm ua."),
        ("Utredning", "EKG sinusrytm utan ST-förändringar. TnT 4 och 5 med 1 h intervall."),
        ("Bedömning", "Ingen misstanke om akut koronarsyndrom. Muskuloskeletal genes, hem med paracetamol."),
    ])],
    must_not=[B102], why="'Ingen misstanke om akut koronarsyndrom' is a negated diagnosis")

C("kard-myokardit-uteslutes-mr-ultralopare", "vgr", "1982-10-11", "M", [
    N("n1", "MED_SKAS", "Mottagningsanteckning", ("Sofia Almqvist", L), "2024-06-20T09:25", [
        ("Utredning", "MR hjärta: normal vänsterkammarfunktion, inget ödem på T2, ingen sen gadoliniumuppladdning."),
        ("Bedömning", "Myokardit uteslutes. Troponinstegringen tolkas som följd av extrem ansträngning (ultramaraton). Åter till träning successivt."),
    ], setting="öppenvård")],
    must_not=[B102], why="'Myokardit uteslutes' after MR is a ruled-out diagnosis")

C("kard-inga-tecken-pa-perikardit-kort", "skane", "1988-12-05", "K", [
    N("n1", "AKUT_YSTAD", "Läkaranteckning", ("Tobias Lind, underläkare", L), "2024-10-29T14:40", [
        ("Bedömning", "Inga tecken på perikardit vid eko idag, bröstsmärtan helt regredierad, utskrivs."),
    ])],
    must_not=[B102], why="one-line note: 'Inga tecken på perikardit' is negated")

C("kard-talar-emot-lungemboli-revbensfraktur", "vgr", "1969-05-29", "K", [
    N("n1", "HLK_NAL", "Akutanteckning", ("Viktor Engström, ST-läkare", L), "2024-01-16T17:30", [
        ("Aktuellt", "Halkade på isen igår, sedan dess smärta vid djupa andetag höger sida."),
        ("Bedömning", "Normala D-dimer och Wells-poäng 0 talar emot lungemboli. Rtg visar fraktur på revben 7 hö som förklarar smärtan."),
    ])],
    must_not=[B102], why="'talar emot lungemboli' is a negation, not a hypothesis (hard negative: contains 'talar')")

C("kard-endokardit-avskrivs-pyelonefrit", "skane", "1959-08-13", "K", [
    N("n1", "INF_HBG", "Daganteckning", ("Nils Gustavsson", L), "2024-05-09T11:15", [
        ("Utredning", "TEE: tunna klaffar utan vegetationer, ingen abscess. Blododlingar x3 negativa efter fem dygn."),
        ("Bedömning", "Endokardit avskrivs. Feberorsak pyelonefrit enligt urinodling, byter till peroral behandling."),
    ])],
    must_not=[B102], why="'Endokardit avskrivs' is a dismissed diagnosis")

C("kard-hereditet-pappa-misstankt-hcm-screening", "vgr", "2005-06-06", "K", [
    N("n1", "KARD_UDD", "Mottagningsanteckning", ("Anna-Karin Vik", L), "2024-07-03T10:50", [
        ("Anamnes", "Kallad för anhörigscreening. Pappa dog plötsligt vid 42 års ålder under joggingtur, obduktionen gav misstanke om hypertrof kardiomyopati men ingen säker diagnos."),
        ("Utredning", "EKG normalt för åldern. Eko: septum 8 mm, normal diastolisk funktion."),
        ("Bedömning", "Inga hållpunkter för kardiomyopati hos patienten idag. Ny kontroll om 2 år eller tidigare vid symtom."),
    ])],
    must_not=[B102], why="the hedged HCM is the father's; the patient's own cardiomyopathy is negated")

C("kard-syster-trol-lqts-egen-qt-normal", "skane", "1996-01-13", "M", [
    N("n1", "ARYT_LUND", "Mottagningsanteckning", ("Daniel Svensson", L), "2024-11-12T08:45", [
        ("Anamnes", "Syster trol. långt QT-syndrom, utreds fortfarande här. Själv besvärsfri, spelar innebandy."),
        ("Utredning", "QTc 412 ms i vila och 405 ms efter ståtest."),
        ("Bedömning", "Normal QT-tid. Avvaktar systerns gentest innan ev. egen provtagning."),
    ])],
    must_not=[B102], why="'trol. långt QT-syndrom' concerns the sister; the other hedge ('ev. egen provtagning') is a plan")

C("kard-plan-hedges-trolig-hemgang-ev-arbetsprov", "vgr", "1959-08-30", "M", [
    N("n1", "HIA_SU", "Daganteckning", ("Johan Karlsson, underläkare", L), "2024-03-08T12:10", [
        ("Bedömning", "NSTEMI behandlad med PCI mot RCA igår, okomplicerat förlopp."),
        ("Planering", "Trolig hemgång i morgon förmiddag. Ev. arbets-EKG efter sex veckor beroende på symtom. Återbesök sjuksköterskemottagning om 2 veckor."),
    ])],
    must_not=[B102, B101], why="only plans are hedged ('Trolig hemgång', 'Ev. arbets-EKG'); the NSTEMI is confirmed and nothing is said about telling")

C("kard-villkor-om-ff-aterkommer", "vgr", "1962-11-02", "M", [
    N("n1", "ARYT_SU", "Mottagningsanteckning", ("Malin Ahlberg", L), "2024-04-02T14:35", [
        ("Aktuellt", "Paroxysmalt förmaksflimmer, elkonverterad 12/3 till sinusrytm. Mår bra på dronedaron."),
        ("Planering", "Om förmaksflimmer återkommer ska pat söka akut inom 48 timmar för ev. ny elkonvertering. Fortsatt apixaban."),
    ])],
    must_not=[B102], why="a conditional about recurrence of a known, confirmed diagnosis plus a hedged plan")

C("kard-epikris-konstaterad-nstemi", "skane", "1955-03-31", "M", [
    N("n1", "HIA_LUND", "Epikris", ("Oskar Lindqvist", L), "2024-03-16T13:00", [
        ("Diagnos", "NSTEMI (I21.4). Enkärlssjukdom LAD."),
        ("Epikris", "Inlagd 3 dygn. Angio dag 1 visade 90 % stenos proximalt i LAD, behandlad med ett läkemedelsavgivande stent. EF 50 % på eko. Utskrivs på ASA, ticagrelor, atorvastatin 80 mg och metoprolol."),
    ])],
    must_not=[B102, B101], why="confirmed diagnosis without any hedge, and nothing said about telling")

C("kard-pmo-vc-misstankt-ff", "skane", "1946-09-09", "M", [
    N("n1", "VC_LINERO", "Besöksanteckning", ("Ulf Bengtsson, distriktsläkare", L), "2024-02-01T10:15", [
        ("Aktuellt", "Hjärtklappning och trötthet i två veckor. Puls oregelbunden 110."),
        ("Bedömning", "Misstänkt förmaksflimmer. EKG-apparaten är trasig idag, remiss till hjärtmottagningen med förtur."),
    ])],
    must_not=[B102], why="PMO never shows diagnoses: hedged förmaksflimmer in a vårdcentral note")

C("kard-pmo-hemsjukvard-trol-sviktforsamring", "skane", "1934-02-28", "K", [
    N("n1", "HSJV_ESLOV", "Hemsjukvårdsanteckning", ("Lena Åkesson, distriktssköterska", S), "2024-01-25T11:30", [
        ("Omvårdnad", "Hembesök. Vikt 71,8 kg, upp 2,4 kg på 3 dagar. Ödem till knäna, andfådd vid påklädning. Trol. sviktförsämring, ringt dr Månsson som ökar furosemid till 40 mg x 2."),
    ])],
    must_not=[B102], why="PMO hemsjukvård note: hedged heart-failure worsening is never shown")

C("kard-skane-th-mall-al-amyloidos", "skane", "1949-03-19", "M", [
    N("n1", "HSV_LUND", "Tidiga hypoteser", ("Ingrid Sjöberg", L), "2024-08-13T15:00", [
        ("Bedömning", "Misstänkt AL-amyloidos med hjärtengagemang: M-komponent påvisad och NT-proBNP 4800. Benmärgsprov planeras via hematologen."),
    ])],
    must_not=[B102], why="Skåne: hedged diagnosis inside the Tidiga hypoteser template is protected")

C("kard-vgr-th-sokord-enbart-hypotes", "vgr", "1971-07-17", "K", [
    N("n1", "KARD_OSTRA", "Mottagningsanteckning", ("Lars Hedlund", L), "2024-11-26T09:05", [
        ("Anamnes", "Nyupptäckt vänstergrenblock vid preoperativt EKG. Inga hjärtsymtom."),
        ("Utredning", "Eko: EF 48 %, dyssynkron septumrörelse."),
        ("Tidiga hypoteser", "Trolig ärftlig kardiomyopati med tanke på moderns tidiga död, ännu för osäkert för att ta upp."),
        ("Planering", "MR hjärta och Holter. Nybesök efter undersökningarna."),
    ])],
    must_not=[B102], why="VGR: the only hedged diagnosis sits under sökord Tidiga hypoteser")

C("kard-ssk-telefon-hedge-pa-symtom", "skane", "1944-10-10", "M", [
    N("n1", "HSV_LUND", "Sjuksköterskeanteckning", ("Malin Jeppsson, hjärtsviktssjuksköterska", S), "2024-05-07T13:50", [
        ("Telefonkontakt", "Uppföljning efter dosökning av sakubitril/valsartan. Möjligen lite mer andfådd i trappor än förra veckan, ev. yrsel när han reser sig snabbt. Vikt stabil 84 kg."),
        ("Planering", "Blodtryck tas hemma morgon och kväll, ringer åter på fredag."),
    ])],
    must_not=[B102], why="the hedges are on symptoms (andfåddhet, yrsel), not on a diagnosis")

C("kard-holtersvar-ev-artefakter", "vgr", "1976-05-15", "K", [
    N("n1", "KLFYS_SU", "Holtersvar", ("Birgitta Olofsson, överläkare klinisk fysiologi", L), "2024-09-05T14:10", [
        ("Utredning", "Registrering 24 h, analyserbar 23 h. Sinusrytm 54–131, medel 76. Enstaka SVES, 14 VES. Ev. artefakter kl 03:10–03:25 med brusig baslinje, troligen bristande elektrodkontakt."),
        ("Bedömning", "Inga arytmier av betydelse. Symtomdagbokens hjärtklappning kl 16 motsvaras av sinustakykardi 118."),
    ])],
    must_not=[B102], why="the hedged items are recording artefacts, not diseases; arrhythmia is negated")

C("kard-ingen-missanke-pacemakerinfektion-typo", "skane", "1939-12-12", "M", [
    N("n1", "PM_KRIST", "Mottagningsanteckning", ("Per Olausson", L), "2024-10-15T10:40", [
        ("Aktuellt", "Pacemakerbyte för 3 veckor sedan. Lätt rodnad i såret enligt hemtjänsten."),
        ("Status", "Läker per primam, ingen fluktuation, ingen sekretion. Afebril."),
        ("Bedömning", "Ingen missanke om pacemakerinfektion eller endokardit. Suturer tas på VC dag 14."),
    ])],
    must_not=[B102], why="typo in the negation ('Ingen missanke om'); the diagnoses remain negated")

C("kard-inga-tekcen-myokardit-typo", "vgr", "1998-08-08", "M", [
    N("n1", "MED_KUNG", "Läkaranteckning", ("Hanna Ström", L), "2024-08-19T15:55", [
        ("Bedömning", "Inga tekcen på myokardit, TnT normalt x2 och EKG utan förändringar. Bröstsmärtan bedöms vara reflux, PPI provas."),
    ])],
    must_not=[B102], why="typo in the negation ('Inga tekcen på'); myokardit is still negated")

C("kard-differentialdiagnostiskt-dissektion-uteslutits", "skane", "1957-01-25", "M", [
    N("n1", "AKUT_YSTAD", "Akutanteckning", ("Tobias Lind, underläkare", L), "2024-06-01T01:30", [
        ("Utredning", "DT aorta: normalvid aorta utan flap eller intramuralt hematom."),
        ("Bedömning", "Differentialdiagnostiskt har aortadissektion uteslutits med DT. Smärtan förklaras av bältros, blåsor framträdde under natten i Th5-dermatomet vä."),
    ])],
    must_not=[B102], why="hard negative: 'Differentialdiagnostiskt' but the diagnosis 'har uteslutits'")

C("kard-misstanke-takotsubo-forkastad-stemi", "vgr", "1961-04-14", "K", [
    N("n1", "HIA_SU", "Daganteckning", ("Johan Karlsson, underläkare", L), "2024-05-02T10:20", [
        ("Bedömning", "Initial misstanke om Takotsubo har förkastats. Angio visade ocklusion av proximala LAD som öppnades med stent, dvs främre STEMI."),
    ], signed=None)],
    must_not=[B102], why="the earlier suspicion is explicitly rejected ('har förkastats') and the final diagnosis is confirmed")

C("kard-kan-inte-utesluta-pacemakerbehov-plan", "skane", "1943-06-30", "M", [
    N("n1", "HJMOTT_HBG", "Mottagningsanteckning", ("Anders Nyström", L), "2024-12-10T10:05", [
        ("Anamnes", "Känt AV-block I och högersidigt skänkelblock. Inga synkoper, klarar sina promenader."),
        ("Bedömning", "Stabilt ledningssystem jämfört med EKG 2022. Kan inte utesluta att pacemaker behövs längre fram, men ingen indikation idag."),
    ])],
    must_not=[B102], why="'Kan inte utesluta' is attached to a future treatment need, not to a diagnosis")

C("kard-remiss-fragestallning-lamplig-for-ablation", "skane", "1965-09-15", "M", [
    N("n1", "MED_LANDS", "Remiss", ("Eva Lundgren", L), "2024-04-11T16:00", [
        ("Frågeställning", "Lämplig för kateterablation? Symtomgivande typiskt förmaksfladder trots frekvensreglering, verifierat på EKG 4/4."),
        ("Anamnes", "Hypertoni, i övrigt frisk. Apixaban sedan februari."),
    ])],
    must_not=[B102], why="the Frågeställning asks about a treatment; the flutter itself is verified")

C("kard-tidigare-wpw-ablaterad-nu-sinustakykardi", "vgr", "1980-02-29", "K", [
    N("n1", "KARD_OSTRA", "Mottagningsanteckning", ("Lars Hedlund", L), "2024-06-13T11:30", [
        ("Anamnes", "WPW-syndrom ablaterat 2015 på Sahlgrenska, därefter besvärsfri tills nu. Kortvarig hjärtklappning efter kaffe."),
        ("Utredning", "Vilo-EKG: ingen preexcitation, normalt PQ."),
        ("Bedömning", "Ablationen består. Besvären förklaras av sinustakykardi med enstaka SVES, ingen åtgärd."),
    ])],
    must_not=[B102], why="past confirmed and treated WPW; no hedge on any diagnosis")

C("kard-svar-pa-holter-och-arbetsprov-invantas", "skane", "1963-03-03", "K", [
    N("n1", "MED_ANG", "Mottagningsanteckning", ("Helena Persson", L), "2024-05-03T09:20", [
        ("Aktuellt", "Tryck i bröstet vid promenader i kyla sedan november."),
        ("Utredning", "Vilo-EKG normalt. Arbets-EKG bokat 14/5, Holter kopplas samma dag. Blodfetter och HbA1c tagna."),
        ("Planering", "Svar på arbets-EKG och Holter inväntas, telefontid därefter. Eventuellt DT kranskärl beroende på svaren. Nitroglycerin utskrivet med instruktion."),
    ], signed=None)],
    must_not=[B102], why="results pending; the only hedge ('Eventuellt DT kranskärl') is an examination plan, no diagnosis named")

C("kard-troponin-mojligen-stigande", "vgr", "1971-12-19", "M", [
    N("n1", "HLK_NAL", "Akutanteckning", ("Elin Forsberg, ST-läkare", L), "2024-02-28T13:45", [
        ("Utredning", "TnT 14 vid ankomst, 19 efter 1 h, möjligen något stigande. EKG oförändrat jämfört med 2021."),
        ("Planering", "Ny TnT kl 16 innan beslut om inläggning eller hemgång."),
    ])],
    must_not=[B102], why="the hedge concerns a lab trend (troponin), not a diagnosis")

C("kard-barn-stills-blasljud-inget-talar-for-klaffel", "vgr", "2020-05-15", "M", [
    N("n1", "BARNKARD_DS", "Mottagningsanteckning", ("Ola Strand, barnkardiolog", L), "2024-09-12T10:00", [
        ("Anamnes", "Fyraårig pojke remitterad från BVC för blåsljud upptäckt vid 4-årskontrollen. Växer och orkar som jämnåriga."),
        ("Status", "Mjukt vibrerande systoliskt blåsljud grad 2/6 vid vänster sternalkant, försvinner i stående. Femoralispulsar palpabla bilat."),
        ("Bedömning", "Oskyldigt blåsljud (Stills blåsljud). Eko visar strukturellt normalt hjärta, inget som talar för klaffel eller shunt. Ingen uppföljning."),
    ])],
    must_not=[B102], why="child: 'inget som talar för klaffel' is negated (hard negative containing 'talar för')")

C("kard-operation-tvakammarpacemaker-av-block", "vgr", "1937-10-21", "M", [
    N("n1", "PM_SAS", "Operationsberättelse", ("Stefan Åberg", L), "2024-04-18T12:40", [
        ("Åtgärd", "Implantation av tvåkammarpacemaker via vä v. cephalica. Förmakselektrod i högra aurikeln, kammarelektrod septalt. Tröskelvärden goda."),
        ("Diagnos", "AV-block III (I44.2)."),
        ("Planering", "Sårkontroll VC dag 10, pacemakerkontroll om 3 mån. Pat informerad om lyftrestriktioner för vänster arm."),
    ], setting="slutenvård")],
    must_not=[B102, B101], why="confirmed AV-block III in an operation note; the patient is told about restrictions and nothing is withheld")

C("kard-pmo-vc-dd-instabil-angina", "skane", "1975-04-04", "M", [
    N("n1", "VC_SORG", "Besöksanteckning", ("Yasmin Khalil, ST-läkare allmänmedicin", L), "2024-03-25T15:10", [
        ("Aktuellt", "Bröstsmärta vid ansträngning i tre dagar, går över i vila."),
        ("Bedömning", "DD instabil angina. Skickas akut till bröstsmärteenheten SUS Malmö med ambulans, ASA 300 mg givet."),
    ])],
    must_not=[B102], why="PMO: a DD of unstable angina in a vårdcentral note is never shown")

C("kard-pmo-bvc-blasljud-trol-funktionellt", "skane", "2023-03-10", "K", [
    N("n1", "BVC_KAVL", "BVC-anteckning", ("Åsa Lindahl, BVC-läkare", L), "2024-03-12T09:30", [
        ("Status", "Systoliskt blåsljud 2/6 vid 12-månaderskontrollen, trol. funktionellt. Pigg, följer sin viktkurva."),
        ("Planering", "Ev. remiss till barnkardiolog om blåsljudet kvarstår vid 18 månader."),
    ])],
    must_not=[B102], why="PMO BVC note for a one-year-old: hedges are never shown from PMO")

C("kard-telefon-ej-langre-misstanke-myokardit", "vgr", "2001-11-11", "K", [
    N("n1", "KARD_UDD", "Telefonanteckning", ("Anna-Karin Vik", L), "2024-11-20T12:15", [
        ("Telefonkontakt", "Meddelat pat att MR hjärta var normal och att det inte längre finns misstanke om myokardit. Får återgå till gymmet stegvis."),
    ])],
    must_not=[B102, B101], why="'inte längre finns misstanke om myokardit' is withdrawn, and the patient is told")

C("kard-ev-ablation-verifierat-fladder", "vgr", "1954-02-03", "M", [
    N("n1", "ARYT_SU", "Mottagningsanteckning", ("Malin Ahlberg", L), "2024-08-27T09:50", [
        ("Bedömning", "Typiskt förmaksfladder, verifierat på 12-avlednings-EKG, frekvensreglerat med bisoprolol."),
        ("Planering", "Ev. kateterablation till hösten efter samtal om risker och nytta. Antikoagulation oförändrad."),
    ], signed=None)],
    must_not=[B102], why="verified flutter; 'Ev.' applies to the ablation, a plan")

C("kard-misstankt-felplacerade-elektroder", "skane", "1969-09-01", "K", [
    N("n1", "AKUT_YSTAD", "Läkaranteckning", ("Tobias Lind, underläkare", L), "2024-07-21T16:35", [
        ("Utredning", "Första EKG med negativ P och QRS i avledning I. Misstänkt felplacerade extremitetselektroder, omtaget EKG med korrekt placering visar normal sinusrytm."),
        ("Bedömning", "Normalt EKG. Bröstsmärtan har gått över, hem."),
    ])],
    must_not=[B102], why="'Misstänkt' attaches to a technical EKG error, not a disease")

C("kard-lungemboil-uteslutes-typo", "vgr", "1986-04-30", "K", [
    N("n1", "HLK_NAL", "Akutanteckning", ("Viktor Engström, ST-läkare", L), "2024-10-25T22:00", [
        ("Utredning", "DT lungartärer utan fyllnadsdefekter."),
        ("Bedömning", "Lungemboil uteslutes. Trycket i bröstet sammanfaller med panikattacker, remiss till VC för fortsatt stöd."),
    ])],
    must_not=[B102], why="typo in the diagnosis word ('Lungemboil'); it is still ruled out")

C("kard-bma-holter-pakoppling", "skane", "1983-06-24", "M", [
    N("n1", "KLFYS_MALMO", "Undersökningsanteckning", ("Jenny Holmqvist, BMA", "biomedicinsk analytiker"), "2024-02-06T09:10", [
        ("Åtgärd", "Holter 48 h påkopplad kl 09:10, fem elektroder, huden rakad och rengjord. Pat instruerad i dagboksföring och att undvika dusch. Ev. förlängning till 7 dygn enligt remittentens önskemål."),
    ])],
    must_not=[B102], why="technician's Holter hook-up note: only a plan hedge, no diagnosis")

C("kard-pmo-vc-trolig-angina-arbetsprov", "skane", "1956-12-30", "M", [
    N("n1", "VC_SIMR", "Besöksanteckning", ("Ulf Bengtsson, distriktsläkare", L), "2024-06-05T11:20", [
        ("Anamnes", "Tryck över bröstet vid raska promenader uppför backen till hamnen sedan två månader, släpper i vila."),
        ("Bedömning", "Trolig stabil angina pectoris. Remiss för arbets-EKG, ASA och nitroglycerin vid behov."),
    ])],
    must_not=[B102], why="PMO: 'Trolig stabil angina pectoris' in a vårdcentral note is not shown")

C("kard-lang-epikris-hia-allt-konstaterat", "skane", "1952-02-14", "M", [
    N("n1", "HIA_LUND", "Epikris", ("Gustav Berglund, överläkare", L), "2024-10-11T14:30", [
        ("Diagnos", "Främre STEMI (I21.0). Kardiogen chock, övergående. Ventrikelflimmer i akutskedet, defibrillerad x1."),
        ("Kontaktorsak", "Plötslig central bröstsmärta i hemmet, hustrun larmade 112."),
        ("Epikris", "72-årig man, tidigare behandlad hypertoni och hyperlipidemi, exrökare sedan 2010. Ambulans-EKG visade ST-höjningar V1–V5, direkt till PCI-lab. Under transporten ventrikelflimmer, defibrillerades en gång med återkomst av egen cirkulation inom en minut. Angio visade ocklusion av proximala LAD som behandlades med två läkemedelsavgivande stent, TIMI 3-flöde efteråt. Första dygnet noradrenalin i låg dos, utsatt dag 2. Eko dag 3: anteroapikal hypokinesi, EF 40 %, ingen tromb, ingen perikardvätska. Telemetri utan ytterligare ventrikulära arytmier efter det akuta skedet. Mobiliserad enligt hjärtrehabprogrammet utan besvär."),
        ("Omvårdnad", "Mobiliserad stegvis dag 2–4, promenerar i korridoren utan bröstsmärta eller yrsel. Sömn god. Röker inte. Hustrun delaktig och med vid samtal med dietist och fysioterapeut. Rökstopp och kost genomgånget, broschyr om hjärtrehabilitering medskickad."),
        ("Status vid utskrivning", "AT: gott. Cor: RR, 68/min, inga blåsljud. Pulm: ua. BT 118/72. Punktionsstället i hö radialis ua. Inga ödem."),
        ("Lab", "TnT max 4100. Hb 138, krea 92, K 4,2, LDL 3,6, HbA1c 39."),
        ("Information", "Pat och hustru informerade av undertecknad om infarkten, stentbehandlingen och betydelsen av att inte göra uppehåll med ticagrelor. Frågor om sexualliv och återgång till arbete som snickare besvarade, sjukskriven fyra veckor."),
        ("Läkemedel", "ASA 75 mg, ticagrelor 90 mg x 2 i tolv månader, atorvastatin 80 mg, metoprolol 50 mg, ramipril 2,5 mg som titreras, eplerenon 25 mg."),
        ("Planering", "Eko om tre månader för ställningstagande till ICD enligt riktlinjer om EF kvarstår ≤ 35 %. Sjuksköterskebesök hjärtrehab om två veckor med eventuellt dosjustering av ramipril. Läkarbesök om sex veckor. Körförbud en månad. Vid ny bröstsmärta som inte släpper på nitroglycerin: ring 112."),
    ])],
    must_not=[B102], why="long discharge summary where every diagnosis is confirmed; hedges only on plans ('eventuellt dosjustering', ICD decision)")

C("kard-lang-inskrivning-negationer-och-hereditet", "vgr", "1966-03-17", "K", [
    N("n1", "MED_SKAS", "Inskrivningsanteckning", ("Robert Falk", L), "2024-01-30T19:10", [
        ("Kontaktorsak", "Hjärtklappning sedan i morse."),
        ("Anamnes", "57-årig kvinna med känd hypertoni, behandlad med amlodipin. Vaknade med snabb oregelbunden hjärtklappning, lätt andfådd men ingen bröstsmärta, ingen synkope. Dricker 2–3 glas vin i veckan, snusar inte. Modern hade trolig amyloidos i hjärtat som aldrig utreddes färdigt, morfar dog i hjärtinfarkt vid 70. Inga kända allergier."),
        ("Socialt", "Bor med make i villa i Tibro, två vuxna barn. Arbetar heltid som lärare på gymnasiet, cyklar till jobbet. Inga hemtjänstinsatser."),
        ("Läkemedel", "Amlodipin 5 mg x 1. Inga naturläkemedel, inga receptfria NSAID senaste månaden."),
        ("Status", "AT: opåverkad. Cor: oregelbunden rytm 120–130, inga blåsljud. Pulm: vesikulärt bilat, inga rassel. Inga ödem. Thyreoidea palperas ua. BT 152/88, sat 98 %, temp 36,8."),
        ("Utredning", "EKG: förmaksflimmer med kammarfrekvens 126, normal QRS-bredd, inga ischemitecken. TnT 8. TSH 1,9. Hb 136, krea 71, K 3,9, Mg 0,82. Rtg pulm: normal hjärtstorlek, inga stastecken."),
        ("Bedömning", "Förmaksflimmer, debut i morse, symtomdebut under 12 timmar. Ingen misstanke om tyreotoxikos med normalt TSH. Inga tecken på hjärtsvikt kliniskt eller på röntgen. Lungemboli bedöms inte aktuellt, ingen andnöd i vila och normal saturation. CHA2DS2-VASc 2 (kvinna, hypertoni), HAS-BLED 0. Pat och make informerade om förmaksflimret, om elkonvertering och om blodförtunnande behandling; frågor om resa till Kreta i maj besvarade."),
        ("Åtgärd", "Elkonvertering planeras i morgon förmiddag inom 48-timmarsfönstret efter fasta, dalteparin ikväll. Metoprolol 25 mg vid behov för frekvenskontroll."),
        ("Planering", "Start av apixaban efter konvertering oavsett utfall. Eko polikliniskt med tanke på hereditet. Återbesök arytmimottagningen om 6–8 veckor."),
    ])],
    must_not=[B102], why="long admission: AF confirmed; tyreotoxikos, heart failure and PE negated; the mother's 'trolig amyloidos' is family history")

C("kard-skane-th-sedan-bekraftad-och-informerad", "skane", "1991-08-05", "M", [
    N("n1", "HIA_LUND", "Tidiga hypoteser", ("Oskar Lindqvist", L), "2024-07-01T10:00", [
        ("Bedömning", "Trolig myokardit med tanke på TnT-stegring efter halsfluss och släta kranskärl."),
    ]),
    N("n2", "HIA_LUND", "Daganteckning", ("Oskar Lindqvist", L), "2024-07-03T11:40", [
        ("Utredning", "MR hjärta: subepikardiell sen uppladdning inferolateralt och ödem på T2."),
        ("Bedömning", "MR bekräftar akut myokardit. Pat informerad om diagnosen och om idrottsförbud i sex månader."),
    ])],
    must_not=[("NL102", "n2"), ("NL101", "n2")],
    why="the hypothesis kept in Tidiga hypoteser (n1) is later confirmed and told in an ordinary note (n2), which is neither hedged nor withheld")

# ---------------------------------------------------------------------------
# C. NL101 positives: diagnosis in a visible section, text says not told yet
# ---------------------------------------------------------------------------
C("kard-angio-trekarlssjukdom-ej-informerad", "skane", "1949-05-09", "M", [
    N("n1", "KARD_MALMO", "Koronarangiografi", ("Gustav Berglund, överläkare", L), "2024-02-22T11:50", [
        ("Indikation", "Ansträngningsutlöst angina med positivt arbetsprov."),
        ("Anamnes", "74-årig man, diabetes typ 2 på metformin och insulin, hypertoni, f.d. rökare 40 paketår. Sedan i vintras tryck över bröstet efter 200 m promenad i lätt uppförsbacke, släpper på nitro inom två minuter. Arbetsprov i mars avbrutet vid 90 W med 2 mm ST-sänkning lateralt. Ingen vilosmärta."),
        ("Förberedelse", "Fastande. Krea 104, eGFR 58, Hb 141, PK 1,0. Metformin utsatt inför undersökningen. Premedicinering: diazepam 5 mg po. Allergi: inga kända."),
        ("Utförande", "Lokalbedövning, hö radialis punkterad med ultraljudsstöd, 6F introducer. Heparin 5000 E iv. Kontrast Omnipaque 140 ml, genomlysningstid 9 min. Vänsterkammartryck 135/14. Hemostas med TR-band."),
        ("Fynd", "Signifikant huvudstamsstenos 70 %, proximal LAD 90 %, RCA ockluderad med kollateraler från vänster."),
        ("Bedömning", "Trekärlssjukdom med huvudstamsengagemang, bör opereras med CABG. Pat ej informerad om fynden ännu, sederad under undersökningen; dr Lind tar samtalet i morgon när dottern är på plats."),
        ("Planering", "Tas upp på hjärt-kärlkonferensen torsdag. Åter till avdelning 1 för observation, TR-bandet lossas stegvis enligt PM, metformin åter om 48 h efter kontroll av krea. Fortsatt ASA och statin, betablockaden höjs."),
    ])],
    must=[B101], must_not=[B102], why="long angiography chart: confirmed three-vessel disease in visible Bedömning while 'Pat ej informerad om fynden ännu'")

C("kard-mr-hcm-ej-fatt-besked", "vgr", "1990-09-12", "K", [
    N("n1", "KARD_OSTRA", "Läkaranteckning", ("Emma Lindblad", L), "2024-03-20T16:15", [
        ("Utredning", "MR hjärta: asymmetrisk septumhypertrofi 21 mm, fläckvis sen gadoliniumuppladdning i septum."),
        ("Bedömning", "Hypertrofisk kardiomyopati är därmed fastställd. Patienten har ännu inte fått besked, nybesök med sambo bokas inom två veckor."),
    ])],
    must=[B101], must_not=[B102], why="settled HCM is visible while 'Patienten har ännu inte fått besked'")

C("kard-tee-endokardit-inte-informerad", "skane", "1958-07-31", "M", [
    N("n1", "THX_LUND", "Konsultationsanteckning", ("Magnus Hallberg, thoraxkirurg", L), "2024-04-04T13:30", [
        ("Konsultation", "Tillfrågad om TEE-fynd hos patient på infektionskliniken. TEE: 14 mm rörlig vegetation på främre mitralissegel, måttlig insufficiens."),
        ("Bedömning", "Endokardit på mitralisklaffen med operationsindikation pga embolirisk. Pat är inte informerad om diagnosen, det ska ske i samråd med infektionsläkaren under eftermiddagen."),
    ])],
    must=[B101], why="surgeon's consult names endocarditis in a visible section and says the patient is not informed")

C("kard-ssk-dr-ej-hunnit-informera-ff", "vgr", "1941-04-17", "K", [
    N("n1", "MED_SKAS", "Omvårdnadsanteckning", ("Therese Nord, ssk", S), "2024-07-09T12:20", [
        ("Omvårdnad", "Tele visar oregelbunden rytm sedan kl 11, läkaren bekräftar förmaksflimmer. Dr har ej hunnit informera pat om att hon har förmaksflimmer, görs på eftermiddagsronden. Pat opåverkad, äter lunch."),
    ])],
    must=[B101], why="nurse documents confirmed AF in a visible section and that the doctor has not yet told the patient")

C("kard-attr-fastställd-besked-vid-aterbesok", "skane", "1946-01-08", "M", [
    N("n1", "HSV_LUND", "Mottagningsanteckning", ("Ingrid Sjöberg", L), "2024-05-30T10:45", [
        ("Anamnes", "Uppföljning av hjärtsvikt med bevarad EF och tjocka väggar. Mår oförändrat, går 500 m utan vila. Hustrun följer med på nästa besök."),
        ("Utredning", "DPD-skintigrafi Perugini grad 3, fria lätta kedjor normala, genetik utan mutation i TTR-genen."),
        ("Bedömning", "Kardiell amyloidos av vildtypstransthyretin (ATTRwt) fastställd. Ska ej informeras förrän vid återbesöket 12/6 då hustrun kan delta, enligt pat:s önskan om att ha henne med vid alla besked."),
        ("Planering", "Tafamidis-ansökan förbereds. Återbesök 12/6 kl 10."),
    ])],
    must=[B101], why="settled ATTR amyloidosis is visible although the text says the patient is not to be told until 12/6")

C("kard-dcm-pat-ovetande", "vgr", "1972-03-25", "M", [
    N("n1", "HSV_MOLN", "Daganteckning", ("Emma Lindblad", L), "2024-10-17T15:30", [
        ("Aktuellt", "Inlagd för andfåddhet, nu förbättrad efter diuretika."),
        ("Utredning", "Eko: dilaterad vänster kammare 68 mm, EF 25 %. Angio utan stenoser."),
        ("Bedömning", "Dilaterad kardiomyopati. Pat ovetande om diagnosen, besked ges på hjärtsviktsmottagningen på torsdag."),
    ], setting="slutenvård")],
    must=[B101], why="'Pat ovetande om diagnosen' with dilaterad kardiomyopati in visible Bedömning")

C("kard-av-block-ej-infomerad-typo", "skane", "1938-11-30", "K", [
    N("n1", "HJAVD_KRIST", "Jouranteckning", ("Amir Haddad, underläkare", L), "2024-08-08T00:55", [
        ("Bedömning", "AV-block III med kammarfrekvens 32, temporär pacemaker via v. jugularis hö. Pat ej infomerad om AV-block III ännu pga konfusion, informeras när hon är klarare."),
    ])],
    must=[B101], why="typo 'infomerad': the patient has not been told about the AV-block named in the same visible section")

C("kard-brugada-avvaktar-berätta", "vgr", "1987-06-18", "M", [
    N("n1", "ARYT_SU", "Läkaranteckning", ("Karl Öhman", L), "2024-01-18T14:05", [
        ("Utredning", "Ajmalintest: övergång till typ 1-mönster i V1–V2 vid 60 mg, ingen arytmi."),
        ("Bedömning", "Brugadasyndrom bekräftat. Avvaktar med att berätta för patienten tills genetisk vägledning är ordnad, vilket beräknas till nästa vecka."),
    ])],
    must=[B101], must_not=[B102], why="confirmed Brugada syndrome visible while the doctor 'avvaktar med att berätta för patienten'")

C("kard-holter-mobitz2-svar-ej-meddelat", "skane", "1950-08-27", "M", [
    N("n1", "MED_ANG", "Läkaranteckning", ("Helena Persson", L), "2024-09-26T16:40", [
        ("Utredning", "Holtersvar 48 h: episoder av AV-block II Mobitz typ 2 nattetid, längsta paus 3,2 s."),
        ("Bedömning", "AV-block II typ 2 med pacemakerindikation. Svaret är ännu inte meddelat pat, nås ej på telefon idag."),
    ])],
    must=[B101], why="Holter-verified AV-block II typ 2 in a visible section; 'Svaret är ännu inte meddelat pat'")

C("kard-arvc-fastställd-ej-informerats", "vgr", "1994-02-09", "M", [
    N("n1", "KARD_UDD", "Läkaranteckning", ("Karl Öhman", L), "2024-04-23T11:10", [
        ("Bedömning", "Arytmogen högerkammarkardiomyopati fastställd enligt Task Force-kriterierna (två major). Har ej informerats; pat ville inte ta besked per telefon och kommer på besök nästa vecka."),
    ])],
    must=[B101], why="settled ARVC in visible Bedömning and 'Har ej informerats'")

C("kard-grav-aortastenos-ej-informerad-tavi", "vgr", "1936-05-11", "K", [
    N("n1", "MED_KUNG", "Mottagningsanteckning", ("Henrik Bergqvist", L), "2024-12-05T13:35", [
        ("Utredning", "Eko: grav aortastenos, Vmax 4,6 m/s, medelgradient 52 mmHg, AVA 0,7 cm²."),
        ("Bedömning", "Grav symtomgivande aortastenos. Pat ej informerad ännu, remiss TAVI-konferens SU skickas och besked lämnas av ansvarig läkare på mottagningen."),
    ], setting="öppenvård")],
    must=[B101], why="severe aortic stenosis visible in Bedömning with 'Pat ej informerad ännu'")

C("kard-jour-nytt-fladder-pat-sover", "skane", "1955-10-05", "M", [
    N("n1", "HIA_LUND", "Jouranteckning", ("Sara Nilsson, ST-läkare", L), "2024-03-03T02:45", [
        ("Aktuellt", "Tillsyn kl 02:30 pga larm från telemetrin."),
        ("Bedömning", "Nytt förmaksfladder med 2:1-överledning, kammarfrekvens 140, cirkulatoriskt stabil. Pat sover, ej informerad; informeras av dagteamet. Metoprolol iv givet."),
    ])],
    must=[B101], why="on-call note: new flutter diagnosed at night, patient asleep and explicitly not yet informed")

C("kard-endokardit-n1-ej-informerad-senare-besked", "vgr", "1963-02-17", "M", [
    N("n1", "INF_OSTRA", "Läkaranteckning", ("Sanna Wikström", L), "2024-06-06T15:20", [
        ("Bedömning", "Endokardit med Staphylococcus aureus i 4/4 flaskor och vegetation på aortaklaffen. Pat ännu inte informerad, är på tandsanering under eftermiddagen."),
    ]),
    N("n2", "INF_OSTRA", "Daganteckning", ("Sanna Wikström", L), "2024-06-07T10:05", [
        ("Bedömning", "Informerat pat om endokarditen och om sex veckors intravenös behandling. Han tog det sansat."),
    ])],
    must=[B101], why="assert on n1: that note itself names the endocarditis and says the patient is not yet informed, even though n2 tells him the next day")

C("kard-utkast-takotsubo-bekraftad-ej-informerad", "skane", "1962-12-22", "K", [
    N("n1", "HIA_LUND", "Daganteckning", ("Fredrik Ahl, AT-läkare", L), "2024-11-07T14:25", [
        ("Bedömning", "Takotsubo-syndrom bekräftat: angio utan stenoser, typisk ballongering och snabb förbättring. Pat ej informerad om slutdiagnosen ännu, dr Persson går igenom den vid utskrivningssamtalet."),
    ], signed=None)],
    must=[B101], why="unsigned draft: confirmed Takotsubo in a visible section, 'ej informerad om slutdiagnosen'")

C("kard-titin-dcm-ska-inte-fa-veta", "vgr", "1978-01-14", "K", [
    N("n1", "HJAVD_SKAS", "Läkaranteckning", ("Robert Falk", L), "2024-09-23T13:00", [
        ("Bedömning", "Familjär dilaterad kardiomyopati med titinmutation bekräftad. Pat ska inte få veta om kardiomyopatin före genetisk vägledning den 3/10, då även syskontestning diskuteras."),
    ], setting="öppenvård")],
    must=[B101], why="'ska inte få veta om kardiomyopatin' while the diagnosis stands in visible Bedömning")

C("kard-ischemisk-km-besked-ej-givet", "skane", "1957-08-18", "M", [
    N("n1", "MED_LANDS", "Läkaranteckning", ("Eva Lundgren", L), "2024-06-27T15:45", [
        ("Utredning", "Eko: akinesi inferiort och inferolateralt, EF 30 %. Angio: ockluderad RCA med kollateraler."),
        ("Bedömning", "Ischemisk kardiomyopati efter tyst bakväggsinfarkt. Besked om diagnosen ej givet ännu, pat var för trött idag."),
    ])],
    must=[B101], why="'Besked om diagnosen ej givet ännu' with ischemic cardiomyopathy in visible Bedömning")

C("kard-wpw-efu-ej-infromerad-typo", "vgr", "2003-03-17", "K", [
    N("n1", "ARYT_SU", "Läkaranteckning", ("Karl Öhman", L), "2024-10-03T12:35", [
        ("Utredning", "EFU visar accessorisk bana vänster lateralt med kort refraktärtid."),
        ("Bedömning", "WPW-syndrom med högriskbana. Pat ej infromerad om WPW-diagnosen, var sederad under undersökningen; informeras efter uppvaknandet."),
    ], setting="slutenvård")],
    must=[B101], why="typo 'infromerad': the WPW diagnosis is visible and the patient has not been told")

# ---------------------------------------------------------------------------
# D. NL101 must_not: told, untold thing is no diagnosis, protected place,
#    only a relative untold, nothing said about telling
# ---------------------------------------------------------------------------
C("kard-ej-informerad-om-operationsdatum", "vgr", "1951-09-07", "M", [
    N("n1", "THX_SU", "Läkaranteckning", ("Magnus Fridh, thoraxkirurg", L), "2024-02-14T10:30", [
        ("Bedömning", "Aortastenos med bikuspid klaff, accepterad för aortaklaffbyte med biologisk protes. Pat ej informerad om operationsdatum, kallelse skickas när tid finns."),
    ], setting="öppenvård")],
    must_not=[B101], why="what is not yet told is the operation date, not a diagnosis")

C("kard-holter-normalt-svar-ej-informerad", "skane", "1990-11-23", "K", [
    N("n1", "MED_LANDS", "Läkaranteckning", ("Eva Lundgren", L), "2024-03-28T14:50", [
        ("Utredning", "Holter 72 h: sinusrytm hela tiden, enstaka SVES. Dagbokens hjärtklappning kl 21 motsvaras av sinusrytm 96."),
        ("Bedömning", "Normalt Holter. Pat ej informerad om svaret ännu, brev skickas idag."),
    ], signed=None)],
    must_not=[B101], why="the untold item is a normal Holter result, no diagnosis")

C("kard-remiss-ablation-ej-informerad-om-remissen", "vgr", "1967-02-06", "M", [
    N("n1", "KARD_UDD", "Läkaranteckning", ("Anna-Karin Vik", L), "2024-05-15T15:05", [
        ("Bedömning", "Typiskt förmaksfladder, känt sedan mars. Remiss skickad till Arytmicentrum SU för ablation; pat ej informerad om att remissen gått iväg, meddelas via 1177."),
    ])],
    must_not=[B101], why="what is untold is that the referral was sent")

C("kard-skane-th-mall-hjartmetastas-ej-informerad", "skane", "1948-02-18", "K", [
    N("n1", "KARD_MALMO", "Tidiga hypoteser", ("Gustav Berglund, överläkare", L), "2024-04-30T16:20", [
        ("Bedömning", "Resistens 3 cm i höger förmak på MR, bild förenlig med metastas av tidigare melanom. Pat ej informerad, onkologen tar samtalet på tisdag."),
    ])],
    must_not=[B101, B102], why="Skåne: both the finding and 'Pat ej informerad' are kept in the protected Tidiga hypoteser template")

C("kard-vgr-th-sokord-sarkoidos-ej-meddelat", "vgr", "1960-06-21", "M", [
    N("n1", "KARD_OSTRA", "Mottagningsanteckning", ("Emma Lindblad", L), "2024-08-06T13:10", [
        ("Aktuellt", "Återbesök efter MR hjärta och PET."),
        ("Tidiga hypoteser", "Kardiell sarkoidos, fläckvis upptag på PET i septum. Ej meddelat pat, diskuteras först med reumatolog."),
        ("Planering", "Nytt besök om en vecka för genomgång av undersökningarna."),
    ])],
    must_not=[B101, B102], why="VGR: the untold sarcoidosis is only under sökord Tidiga hypoteser; visible sections hold no diagnosis")

C("kard-pat-informerad-dottern-ej-hjartsvikt", "skane", "1940-09-16", "K", [
    N("n1", "HSV_LUND", "Mottagningsanteckning", ("Ingrid Sjöberg", L), "2024-10-24T11:00", [
        ("Bedömning", "Hjärtsvikt med nedsatt ejektionsfraktion, EF 35 %, nydiagnostiserad. Pat informerad om diagnosen och behandlingsplanen. Dottern ej informerad, pat vill själv berätta när dottern kommer hem från Spanien."),
    ])],
    must_not=[B101], why="the patient is told; only the daughter is not")

C("kard-informerat-pat-och-maka-endokardit", "vgr", "1956-10-28", "M", [
    N("n1", "INF_OSTRA", "Daganteckning", ("Sanna Wikström", L), "2024-03-13T12:45", [
        ("Bedömning", "Streptokockendokardit på nativ aortaklaff, inga operationsindikationer i nuläget. Informerat pat och maka om diagnosen och fyra veckors iv-antibiotika."),
    ])],
    must_not=[B101, B102], why="endocarditis told to the patient (and spouse)")

C("kard-pacemaker-vvi-inget-om-information", "skane", "1939-05-23", "M", [
    N("n1", "PM_KRIST", "Operationsberättelse", ("Per Olausson", L), "2024-12-12T11:25", [
        ("Åtgärd", "Inopererat enkammarpacemaker VVI via vä v. subclavia pga AV-block III med förmaksflimmer. Komplikationsfritt, rtg pulm utan pneumothorax."),
    ], setting="slutenvård")],
    must_not=[B101], why="confirmed diagnosis and nothing at all is said about telling the patient")

C("kard-hocm-n1-ej-underrattad-n2-informerad", "vgr", "1983-11-04", "M", [
    N("n1", "KARD_OSTRA", "Läkaranteckning", ("Lars Hedlund", L), "2024-07-23T16:00", [
        ("Bedömning", "Hypertrofisk obstruktiv kardiomyopati, gradient 70 mmHg i vila. Pat ännu ej underrättad."),
    ]),
    N("n2", "KARD_OSTRA", "Mottagningsanteckning", ("Lars Hedlund", L), "2024-07-29T09:30", [
        ("Bedömning", "Återbesök. Informerat pat om HOCM-diagnosen, betydelsen av vätskeintag och att undvika vasodilaterare. Septumreduktion diskuteras längre fram."),
    ])],
    must_not=[("NL101", "n2")], why="assert on n2: the later note tells the patient the diagnosis that n1 withheld")

C("kard-kand-dcm-valinformerad", "skane", "1961-01-29", "K", [
    N("n1", "HJMOTT_HBG", "Mottagningsanteckning", ("Anders Nyström", L), "2024-02-27T10:25", [
        ("Anamnes", "Känd dilaterad kardiomyopati sedan 2019, väl informerad om sin sjukdom och behandling."),
        ("Bedömning", "Stabil i NYHA II. Fortsatt samma medicinering, nytt eko om ett år."),
    ])],
    must_not=[B101], why="diagnosis told earlier ('väl informerad om sin sjukdom')")

C("kard-icd-korforbud-ej-informerat", "skane", "1974-07-22", "M", [
    N("n1", "ARYT_LUND", "Daganteckning", ("Daniel Svensson", L), "2024-11-28T13:20", [
        ("Åtgärd", "ICD implanterad sekundärpreventivt efter VF-hjärtstopp vid ischemisk kardiomyopati."),
        ("Planering", "Körförbud tre månader enligt Transportstyrelsens föreskrifter; ej informerat pat om körförbudet ännu, tas vid utskrivningssamtalet."),
    ], setting="slutenvård", signed=None)],
    must_not=[B101], why="what is untold is the driving ban, a restriction and not a diagnosis")

C("kard-besked-om-myokardit-vid-ronden", "skane", "1999-04-13", "M", [
    N("n1", "HIA_LUND", "Daganteckning", ("Oskar Lindqvist", L), "2024-08-22T12:05", [
        ("Bedömning", "MR hjärta bekräftar akut myokardit med subepikardiell uppladdning lateralt. Besked om myokardit lämnat vid ronden, pat tog det lugnt och frågade mest om fotbollen."),
    ])],
    must_not=[B101, B102], why="the myocarditis was told to the patient at the ward round")

C("kard-pat-informrad-nstemi-typo", "skane", "1966-06-16", "M", [
    N("n1", "BRST_TRB", "Daganteckning", ("Mikael Rosén", L), "2024-12-17T14:45", [
        ("Bedömning", "NSTEMI, behandlad med PCI mot Cx. Pat informrad om NSTEMI-diagnosen och sekundärpreventionen."),
    ])],
    must_not=[B101], why="typo 'informrad': the patient has been told, so nothing is withheld")

C("kard-telefon-meddelat-paroxysmalt-ff", "vgr", "1952-12-01", "K", [
    N("n1", "MED_SKAS", "Telefonanteckning", ("Sofia Almqvist", L), "2024-04-15T11:35", [
        ("Telefonkontakt", "Meddelat pat att Holter visar paroxysmalt förmaksflimmer, sammanlagt 3 timmar under dygnet. Startar apixaban, recept skickat."),
    ], setting="öppenvård")],
    must_not=[B101], why="the Holter diagnosis is told to the patient by telephone")

# ===========================================================================
# validation and output
# ===========================================================================
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}
PNR_RE = re.compile(r"^(\d{8})-(\d{4})$")
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(ten):
    return _luhn_digit(ten[:9]) == ten[9]


def age_at(born, when):
    b = dt.date.fromisoformat(born)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errors = []
    seen_names = set()
    sentences = {}
    for c in cases:
        name = c["case"]
        err = lambda msg: errors.append("%s: %s" % (name, msg))
        if set(c) != CASE_KEYS:
            err("case keys %s" % sorted(c))
        if name in seen_names:
            err("duplicate case name")
        seen_names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            err("bad ruleset")
        if not c["why"].strip():
            err("empty why")
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            err("record keys")
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            err("access_events/conversations/treatments must be empty")
        pat = rec["patient"]
        if set(pat) != PATIENT_KEYS:
            err("patient keys")
        m = PNR_RE.match(pat["id"])
        if not m:
            err("personnummer format")
        else:
            ymd, tail = m.groups()
            if "%s-%s-%s" % (ymd[:4], ymd[4:6], ymd[6:]) != pat["birth_date"]:
                err("personnummer does not match birth_date")
            if not luhn_ok(ymd[2:] + tail):
                err("personnummer fails Luhn")
        try:
            dt.date.fromisoformat(pat["birth_date"])
        except ValueError:
            err("birth_date invalid")
        as_of = dt.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            err("as_of not in 2024")
        ids = set()
        times = [as_of]
        for n in rec["notes"]:
            nk = set(n) - {"_unit"}
            if nk != NOTE_KEYS:
                err("note keys %s" % sorted(nk))
            if n["id"] in ids:
                err("duplicate note id")
            ids.add(n["id"])
            if n["system"] not in ("Melior", "PMO"):
                err("bad system")
            if c["ruleset"] == "vgr":
                if n["system"] != "Melior":
                    err("VGR note not Melior")
                if n["_unit"] not in VGR_UNITS:
                    err("VGR case with a Skåne unit")
            elif n["_unit"] in VGR_UNITS:
                err("Skåne case with a VGR unit")
            t = dt.datetime.fromisoformat(n["time"])
            times.append(t)
            if t.year != 2024 or t > as_of:
                err("note time outside 2024 or after as_of")
            if n["signed"] is not None:
                s = dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    err("signed time bad")
            if not n["sections"]:
                err("note without sections")
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["keyword"] or not sec["text"].strip():
                    err("bad section")
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = " ".join(sent.split())
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != (name, n["id"], sec["keyword"]):
                            err("repeated sentence (also in %s): %r" % (sentences[sent][0], sent))
                        sentences.setdefault(sent, (name, n["id"], sec["keyword"]))
        for t in times:
            a = age_at(pat["birth_date"], t)
            if a < 0 or 13 <= a <= 15:
                err("patient age %d at %s (13–15 not allowed)" % (a, t))
        notes_by_id = {n["id"]: n for n in rec["notes"]}
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if not pairs:
            err("no assertions")
        if len(set(pairs)) != len(pairs):
            err("same (code, note) asserted twice or in both lists")
        for code, target in pairs:
            if code not in CODES:
                err("unexpected code %s" % code)
            if target not in notes_by_id:
                err("target %s missing" % target)
                continue
            system = notes_by_id[target]["system"]
            if code == "NL102" and system != "Melior":
                if (code, target) in [tuple(x) for x in c["must"]]:
                    err("NL102 must on a non-Melior note")
            if code == "NL101" and system == "PMO":
                err("NL101 asserted on a PMO note")
    return errors


def strip_private(cases):
    out = []
    for c in cases:
        c = json.loads(json.dumps(c))
        for n in c["record"]["notes"]:
            n.pop("_unit", None)
        out.append(c)
    return out


def main():
    errors = validate(CASES)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(errors), file=sys.stderr)
        return 1
    cases = strip_private(CASES)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev95_cases.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    by_rs = {}
    by_sys = {}
    for c in cases:
        by_rs[c["ruleset"]] = by_rs.get(c["ruleset"], 0) + 1
        for n in c["record"]["notes"]:
            by_sys[n["system"]] = by_sys.get(n["system"], 0) + 1
    print("wrote %d cases to %s" % (len(cases), path))
    for code in sorted(CODES):
        print("  %s must=%d must_not=%d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    print("  rulesets %s, notes by system %s" % (by_rs, by_sys))
    return 0


if __name__ == "__main__":
    sys.exit(main())
