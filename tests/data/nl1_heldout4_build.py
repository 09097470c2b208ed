#!/usr/bin/env python3
"""nl1_heldout4_cases: a FROZEN held-out set of NL1 cases (NL101, NL102).

Written from the regional routines (shared/seeds) and the rule catalog (shared/DESIGN.md)
only, following the devset README conventions. Scored once; nobody tunes on it.

    python3 build.py        writes nl1_heldout4_cases.jsonl beside this file and validates it
                            (exit status 1 on any problem). No dependencies, deterministic.
"""
import hashlib
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

NAME = "nl1_heldout4_cases"
HERE = os.path.dirname(os.path.abspath(__file__))

# key: (unit name, HSA-id, ruleset, journal system)
UNITS = {
    # Region Skåne, Melior (hospitals)
    "S_AKUT_LUND": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4A17", "skane", "Melior"),
    "S_AKUT_MALMO": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4A21", "skane", "Melior"),
    "S_KARD_LUND": ("VE Hjärtmedicin, Hjärtmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5C02", "skane", "Melior"),
    "S_NEURO_MALMO": ("Neurologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7620", "skane", "Melior"),
    "S_NEURO_HBG": ("Neurologmottagningen, Helsingborgs lasarett", "SE2321000255-8H31", "skane", "Melior"),
    "S_ONK_LUND": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-6B44", "skane", "Melior"),
    "S_ONKGEN_LUND": ("Onkogenetiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6B59", "skane", "Melior"),
    "S_KIR_HBG": ("Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-8K12", "skane", "Melior"),
    "S_ORT_HLM": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-9O05", "skane", "Melior"),
    "S_URO_MALMO": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7U33", "skane", "Melior"),
    "S_GYN_YSTAD": ("Kvinnokliniken, Ystads lasarett", "SE2321000255-3G18", "skane", "Melior"),
    "S_PED_LUND": ("Barn- och ungdomsmedicin, Skånes universitetssjukhus Lund", "SE2321000255-2P40", "skane", "Melior"),
    "S_PED_HBG": ("Barn- och ungdomskliniken, Helsingborgs lasarett", "SE2321000255-8P27", "skane", "Melior"),
    "S_BUP_MALMO": ("BUP Utredningsmottagning Malmö", "SE2321000255-2B63", "skane", "Melior"),
    "S_PSYK_LUND": ("Allmänpsykiatrisk mottagning Lund", "SE2321000255-1Y08", "skane", "Melior"),
    "S_GER_TRELL": ("Geriatriska kliniken, Trelleborgs lasarett", "SE2321000255-3T52", "skane", "Melior"),
    "S_HUD_LUND": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5H11", "skane", "Melior"),
    "S_ONH_MALMO": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7E46", "skane", "Melior"),
    "S_INF_MALMO": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7I09", "skane", "Melior"),
    "S_REUMA_LUND": ("Reumatologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5R24", "skane", "Melior"),
    "S_ENDO_MALMO": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7N38", "skane", "Melior"),
    "S_MED_CSK": ("Medicinkliniken, Centralsjukhuset Kristianstad", "SE2321000255-4M70", "skane", "Melior"),
    "S_MED_LANDSKRONA": ("Medicinavdelningen, Lasarettet i Landskrona", "SE2321000255-4L14", "skane", "Melior"),
    "S_LUNG_LUND": ("VE Lungmedicin, Skånes universitetssjukhus Lund", "SE2321000255-5L66", "skane", "Melior"),
    "S_HEMAT_LUND": ("VE Hematologi, Skånes universitetssjukhus Lund", "SE2321000255-5E19", "skane", "Melior"),
    "S_GASTRO_MALMO": ("Mag- och tarmmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7G50", "skane", "Melior"),
    # Region Skåne, PMO (primary care)
    "P_VC_SJOBO": ("Vårdcentralen Sjöbo", "SE2321000255-F301", "skane", "PMO"),
    "P_VC_HOOR": ("Vårdcentralen Höör", "SE2321000255-F322", "skane", "PMO"),
    "P_VC_TORNET": ("Vårdcentralen Tornet, Landskrona", "SE2321000255-F347", "skane", "PMO"),
    "P_VC_NASBY": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-F355", "skane", "PMO"),
    "P_VC_SODERTULL": ("Vårdcentralen Södertull, Lund", "SE2321000255-F368", "skane", "PMO"),
    "P_VC_KUNGSHULT": ("Vårdcentralen Kungshult, Malmö", "SE2321000255-F379", "skane", "PMO"),
    "P_BVC_ESLOV": ("BVC Eslöv", "SE2321000255-F412", "skane", "PMO"),
    "P_BVC_KRISTIANSTAD": ("BVC Näsby, Kristianstad", "SE2321000255-F425", "skane", "PMO"),
    "P_BVC_LANDSKRONA": ("BVC Landskrona", "SE2321000255-F433", "skane", "PMO"),
    "P_UM_YSTAD": ("Ungdomsmottagningen Ystad", "SE2321000255-F511", "skane", "PMO"),
    "P_UM_MALMO": ("Ungdomsmottagningen Malmö Centrum", "SE2321000255-F528", "skane", "PMO"),
    "P_HEMSJ_OSBY": ("Hemsjukvården Osby", "SE2321000255-F604", "skane", "PMO"),
    "P_HEMSJ_SIMRISHAMN": ("Hemsjukvården Simrishamn", "SE2321000255-F617", "skane", "PMO"),
    # Västra Götalandsregionen, Melior
    "V_AKUT_SU": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E101", "vgr", "Melior"),
    "V_KARD_SU": ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E122", "vgr", "Melior"),
    "V_NEURO_SU": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E140", "vgr", "Melior"),
    "V_NEURO_SKAS": ("Neurologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E455", "vgr", "Melior"),
    "V_STROKE_SU": ("Strokeenheten, Sahlgrenska Universitetssjukhuset", "SE2321000131-E147", "vgr", "Melior"),
    "V_ONK_SU": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E163", "vgr", "Melior"),
    "V_LUNG_SU": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E171", "vgr", "Melior"),
    "V_HEMAT_SU": ("Sektionen för hematologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E188", "vgr", "Melior"),
    "V_GASTRO_SU": ("Gastroenterologmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E193", "vgr", "Melior"),
    "V_INF_SU": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E205", "vgr", "Melior"),
    "V_REUMA_SU": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E214", "vgr", "Melior"),
    "V_ENDO_SU": ("Endokrinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E226", "vgr", "Melior"),
    "V_HUD_SU": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E231", "vgr", "Melior"),
    "V_OGON_SU": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E248", "vgr", "Melior"),
    "V_ONH_SU": ("Öron-näs-halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E252", "vgr", "Melior"),
    "V_PSYK_SU": ("Psykiatri Affektiva, mottagning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E266", "vgr", "Melior"),
    "V_GER_SU": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E270", "vgr", "Melior"),
    "V_ORT_MOLNDAL": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E284", "vgr", "Melior"),
    "V_PED_DSBUS": ("Drottning Silvias barn- och ungdomssjukhus, Barnmedicin", "SE2321000131-E302", "vgr", "Melior"),
    "V_BARNONH_DSBUS": ("Drottning Silvias barn- och ungdomssjukhus, ÖNH-mottagningen för barn", "SE2321000131-E319", "vgr", "Melior"),
    "V_PED_SKAS": ("Barn- och ungdomsmedicin, Skaraborgs Sjukhus Skövde", "SE2321000131-E461", "vgr", "Melior"),
    "V_URO_SKAS": ("Urologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E473", "vgr", "Melior"),
    "V_ORT_SKAS": ("Ortopedavdelning 5, Skaraborgs Sjukhus Lidköping", "SE2321000131-E488", "vgr", "Melior"),
    "V_GYN_SAS": ("Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E512", "vgr", "Melior"),
    "V_KIR_SAS": ("Kirurgkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E527", "vgr", "Melior"),
    "V_KIR_NAL": ("Kirurgkliniken, NU-sjukvården NÄL Trollhättan", "SE2321000131-E604", "vgr", "Melior"),
    "V_MED_UDDEVALLA": ("Medicinkliniken, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E619", "vgr", "Melior"),
    "V_MED_ALINGSAS": ("Medicinkliniken, Alingsås lasarett", "SE2321000131-E705", "vgr", "Melior"),
    "V_MED_KUNGALV": ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-E716", "vgr", "Melior"),
}

AUTHORS = [
    "Karin Lindqvist", "Johan Bergström", "Sara Nilsson", "Ahmed Hassan", "Maria Holm",
    "Per Åkesson", "Elin Strand", "Mikael Persson", "Leila Karimi", "Anders Wiklund",
    "Fredrik Olsson", "Ingrid Sjöberg", "Nadia Haddad", "Oskar Ek", "Helena Björk",
    "Tomas Lundgren", "Emma Forsberg", "Goran Petrović", "Linnea Dahl", "Björn Axelsson",
    "Sofia Engström", "Kristoffer Nyberg", "Yasmin Ali", "Annika Håkansson", "Jonas Sandberg",
    "Marie Lund", "Erik Falk", "Hanna Virtanen", "David Cohen", "Camilla Jönsson",
]

CASES = []


def pnr(birth, seed):
    """Luhn-valid personnummer YYYYMMDD-NNNC for a birth date."""
    d = birth.replace("-", "")
    serial = "%03d" % (10 + int(hashlib.sha256(seed.encode()).hexdigest(), 16) % 890)  # 010-899
    digits = d[2:] + serial
    total = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return "%s-%s%d" % (d, serial, (10 - total % 10) % 10)


def add(name, unit, template, born, time, sections, must=(), must_not=(), why="", length="",
        signed=40, setting="öppenvård", role="läkare", author=None, typo=False):
    uname, hsa, ruleset, system = UNITS[unit]
    t = datetime.strptime(time, "%Y-%m-%d %H:%M")
    if author is None:
        author = AUTHORS[int(hashlib.md5(name.encode()).hexdigest(), 16) % len(AUTHORS)]
    as_of = min(t.date() + timedelta(days=14), date(2024, 12, 31))
    note = {
        "id": "n1", "system": system, "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(),
        "signed": None if signed is None else (t + timedelta(minutes=signed)).isoformat(),
        "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }
    record = {
        "patient": {"id": pnr(born, name), "birth_date": born, "protected_identity": False},
        "as_of": as_of.isoformat() + "T00:00:00",
        "notes": [note], "access_events": [], "conversations": [], "treatments": [],
    }
    CASES.append({
        "case": name, "ruleset": ruleset, "record": record,
        "must": [[c, "n1"] for c in must], "must_not": [[c, "n1"] for c in must_not],
        "why": why,
        # build-time only (not written): length class and typo flag
        "_length": length, "_typo": typo,
    })


# ---------------------------------------------------------------------------
# NL101 must: a diagnosis in a visible Melior note while the text says the
# patient (or, for a child under 13, the guardians) is not informed yet /
# will be told later.
# ---------------------------------------------------------------------------
A = ("NL101",)

add("onk-levermetastaser-besked-torsdag", "S_ONK_LUND", "Läkaranteckning", "1951-09-23", "2024-02-08 14:10",
    [("Bedömning", "DT thorax-buk visar multipla levermetastaser, primärtumör sannolikt i colon sigmoideum. "
                   "Pat ej informerad ännu – besked ges av mig och kontaktsjuksköterskan på torsdag.")],
    must=A, why="metastatic cancer written in a visible note; 'ej informerad ännu', told on Thursday", length="short")

add("lung-skivepitelcancer-ej-fatt-besked", "V_LUNG_SU", "Läkaranteckning", "1949-12-02", "2024-04-03 11:45",
    [("Utredning", "PAD bronkoskopi: skivepitelcancer hö överlob. "
                   "Pat har ännu inte fått besked om PAD, bokas till läkarsamtal v. 15.")],
    must=A, why="confirmed lung cancer; patient 'har ännu inte fått besked'", length="short")

add("neuro-als-info-avvaktas-utkast", "S_NEURO_MALMO", "Läkaranteckning", "1962-05-19", "2024-05-21 16:30",
    [("Bedömning", "EMG med utbredd denervation i tre regioner, förenligt med ALS. "
                   "Information till pat avvaktas tills maken kan vara med.")],
    must=A, signed=None, why="draft: ALS in visible text, 'information till pat avvaktas'", length="short")

add("ped-all-vardnadshavare-ej-informerade", "V_PED_DSBUS", "Läkaranteckning", "2018-01-14", "2024-03-27 09:05",
    [("Bedömning", "Benmärgsutstryk och flödescytometri visar akut lymfatisk leukemi, pre-B. "
                   "Vårdnadshavarna ännu ej informerade – samtal med båda föräldrarna och barnonkolog kl 15 i dag.")],
    must=A, setting="slutenvård", why="child 6 y: ALL visible to guardians who are 'ännu ej informerade'", length="short")

add("uro-prostatacancer-ej-infomerad-typo", "S_URO_MALMO", "Läkaranteckning", "1955-07-30", "2024-06-12 13:00",
    [("Bedömning", "PSA 48, MR prostata PI-RADS 5 i vä perifera zon, bild som vid lokalt avancerad prostatacancer. "
                   "Pat ej infomerad om MR-svaret.")],
    must=A, typo=True, why="prostate cancer, patient not informed; typo 'infomerad'", length="short")

add("hemat-kll-ej-meddelad", "V_HEMAT_SU", "Läkaranteckning", "1947-03-11", "2024-01-22 10:40",
    [("Diagnos", "Kronisk lymfatisk leukemi (KLL), Binet A, verifierad med flödescytometri. "
                 "Diagnosen ännu ej meddelad pat, tas vid återbesök 5/2.")],
    must=A, why="CLL under Diagnos; 'ännu ej meddelad pat'", length="short")

add("kard-aortastenos-pat-ovetande", "S_KARD_LUND", "Läkaranteckning", "1944-10-02", "2024-09-10 15:20",
    [("Bedömning", "Eko: uttalad aortastenos, medelgradient 52 mmHg, AVA 0,7 cm². "
                   "Pat ovetande om fyndet än så länge, jag ringer henne efter TAVI-konferensen.")],
    must=A, why="severe aortic stenosis; 'pat ovetande om fyndet'", length="short")

add("gyn-endometriecancer-ej-nadd-per-telefon", "V_GYN_SAS", "Telefonanteckning", "1958-11-27", "2024-10-15 08:50",
    [("Utredning", "PAD abrasio: endometriecancer, endometrioid typ, grad 1. "
                   "Pat sökt per telefon x2 utan svar, alltså ej informerad. Nytt försök imorgon fm.")],
    must=A, why="endometrial cancer; patient could not be reached, 'alltså ej informerad'", length="short")

add("neuro-ms-pat-vet-inte", "S_NEURO_HBG", "Läkaranteckning", "1991-02-16", "2024-11-05 14:00",
    [("Bedömning", "MR hjärna och rygg: multipla periventrikulära och juxtakortikala lesioner samt en laddande lesion i C3-nivå, "
                   "uppfyller McDonald 2017 för multipel skleros. Pat vet ännu inte om detta.")],
    must=A, why="MS diagnosis; 'pat vet ännu inte om detta' (cue in a separate sentence)", length="short")

add("ped-celiaki-vh-ej-informerade", "V_PED_SKAS", "Läkaranteckning", "2015-06-08", "2024-04-18 12:30",
    [("Bedömning", "tTG-IgA >128 och biopsi Marsh 3b – celiaki. "
                   "Vårdnadshavare ej informerade om biopsisvaret än, dietistkontakt när besked givits.")],
    must=A, why="child 8 y: coeliac disease, guardians 'ej informerade om biopsisvaret än'", length="short")

add("akut-pankreastumor-ej-informerat-natt-utkast", "S_AKUT_MALMO", "Akutanteckning", "1950-08-21", "2024-07-19 23:40",
    [("Bedömning", "DT buk: 4 cm tumör i pankreashuvudet med misstänkta levermetastaser. "
                   "Har inte informerat pat om misstanken i natt, avdelningsläkaren tar samtalet i morgon.")],
    must=A, signed=None, setting="slutenvård",
    why="draft: pancreatic tumour; writer 'har inte informerat pat', told tomorrow", length="short")

add("onk-brostcancer-pn1-spridning-ej-informerad", "V_ONK_SU", "Läkaranteckning", "1968-04-04", "2024-03-05 13:15",
    [("Aktuellt", "Postoperativ genomgång efter sektorresektion och portvaktskörtelbiopsi vä bröst 2024-02-20. "
                  "Pat mår bra, såret läkt."),
     ("Bedömning", "PAD: invasiv duktal bröstcancer 18 mm, grad 2, ER 90 %, PR 60 %, HER2 negativ. "
                   "Makrometastas i 2 av 3 portvaktskörtlar, alltså pN1a. Kompletterande axillutrymning diskuteras på MDK 7/3."),
     ("Information", "Pat informerad om att tumören var radikalt borttagen. Hon är däremot ännu ej informerad om spridningen "
                     "till lymfkörtlarna – jag vill ha MDK-beslutet klart innan vi tar det samtalet.")],
    must=A, why="patient told part of the result but 'ännu ej informerad om spridningen' (lymph node metastases)", length="medium")

add("ger-alzeimer-diagnosbesked-ej-givet-typo", "S_GER_TRELL", "Läkaranteckning", "1939-01-29", "2024-08-27 10:00",
    [("Anamnes", "Remiss från vc pga tilltagande minnessvikt sedan 2 år. Dottern beskriver att pat gått vilse i centrum "
                 "och glömmer spisen. Bor ensam i lgh, hemtjänst 1 g/v."),
     ("Utredning", "MMSE 21/30, klocktest 3/6. DT hjärna: uttalad bilateral hippocampusatrofi. "
                   "Likvor: lågt amyloid beta 42, förhöjt tau och fosfo-tau."),
     ("Bedömning", "Sammantaget Alzeimers sjukdom med sen debut, lindrig-måttlig grad. "
                   "Diagnosbesked ej givet, pat vill ha dottern med vid samtalet som bokas om 2 v.")],
    must=A, typo=True, why="Alzheimer (typo 'Alzeimers'); 'diagnosbesked ej givet'", length="medium")

add("neuro-parkinson-informeras-nasta-besok", "V_NEURO_SKAS", "Läkaranteckning", "1957-12-12", "2024-02-14 09:30",
    [("Aktuellt", "Nybesök. Remitterad för högersidig vilotremor och stelhet sedan ett år, tilltagande finmotoriska "
                  "svårigheter, skriver mindre."),
     ("Status", "Hypomimi. Rigiditet hö arm med kugghjulsfenomen. Bradykinesi vid fingertappning hö > vä. Vilotremor hö hand. "
                "Gång: minskad armpendling hö, vändning i flera steg. Ingen ortostatism."),
     ("Bedömning", "Idiopatisk Parkinsons sjukdom, hö-dominant. DaT-scan ej nödvändig. "
                   "Pat informeras om diagnosen vid nästa besök om 3 v, då även hustrun kan komma.")],
    must=A, why="Parkinson written now; the patient will be informed at the next visit (not yet told)", length="medium")

add("ped-wilms-vh-ej-fatt-besked", "S_PED_LUND", "Läkaranteckning", "2020-02-10", "2024-05-08 16:00",
    [("Aktuellt", "4-årig flicka inlagd sedan 2/5 för palpabel resistens i buken som mamma upptäckte vid bad. "
                  "Opererad 6/5 med nefrektomi vä."),
     ("Status", "Opåverkad, smärtlindrad med Alvedon. Operationssåret torrt. BT 102/64."),
     ("Lab", "Hb 108, CRP <5, krea 32. Urinkatekolaminer normala."),
     ("Bedömning", "Preliminärt PAD: Wilms tumör (nefroblastom), favorabel histologi, stadium ännu oklart. "
                   "Vårdnadshavarna har ej fått besked om PAD ännu; barnonkolog ringer upp dem i morgon och bokar samtal på avdelningen.")],
    must=A, setting="slutenvård", why="child 4 y: Wilms tumour; guardians 'har ej fått besked om PAD ännu'", length="medium")

add("ogon-retinitis-pigmentosa-ej-infromerad-typo", "V_OGON_SU", "Läkaranteckning", "1983-09-09", "2024-06-20 11:10",
    [("Anamnes", "Nattblindhet sedan tonåren, upplever krympande synfält senaste året. Kör bil men undviker mörkerkörning. "
                 "Inga kända ögonsjukdomar i släkten."),
     ("Status", "Visus hö 0,8, vä 0,7. Fundus: bilateral benkroppspigmentering i periferin, smala kärl, vaxblek papill. "
                "Goldmann: koncentriskt inskränkta fält."),
     ("Bedömning", "Fynden och ERG talar entydigt för retinitis pigmentosa. Pat ej infromerad om diagnosen eftersom "
                   "ERG-svaret kom efter besöket; ringer i morgon och erbjuder nytt besök. Körkortsfrågan tas då.")],
    must=A, typo=True, why="retinitis pigmentosa; 'ej infromerad' (typo in the cue)", length="medium")

add("hud-melanom-ej-meddelad-telefon", "S_HUD_LUND", "Telefonanteckning", "1972-03-25", "2024-04-09 14:45",
    [("Aktuellt", "PAD från excision av pigmenterad förändring hö skuldra 2024-03-27 har inkommit."),
     ("Bedömning", "PAD: malignt melanom, superficiellt spridande, Breslow 1,4 mm, ej ulcererat, pT2a. "
                   "Radikalt exciderat med 2 mm marginal. Utvidgad excision 2 cm och portvaktskörtel behövs."),
     ("Planering", "Pat ej meddelad ännu – ringt två gånger utan svar, sms med begäran om återuppringning skickat. "
                   "Remiss till plastikkirurgen skrivs när pat informerats."),
     ("Socialt", "Arbetar som busschaufför, gift, två barn i skolåldern.")],
    must=A, why="melanoma PAD; 'pat ej meddelad ännu' in Planering", length="medium")

add("med-myelom-har-inte-pratat-med-pat", "V_MED_ALINGSAS", "Läkaranteckning", "1948-07-17", "2024-10-02 10:25",
    [("Aktuellt", "Remitterad från vc för trötthet och ryggvärk sedan 3 mån, Hb-fall från 128 till 96."),
     ("Lab", "Hb 96, Ca 2,78, krea 142, totalprotein 98. Elfores: M-komponent IgG kappa 38 g/L. "
             "Fria lätta kedjor kappa/lambda 54."),
     ("Röntgen", "Helkropps-DT lågdos: multipla osteolytiska förändringar i kalvarium, bäcken och kotpelare."),
     ("Bedömning", "Multipelt myelom, symtomgivande enligt CRAB. Har inte pratat med pat om detta än – hon tror att vi "
                   "utreder blodbrist. Remiss till hematologen SU akut, där hon får besked.")],
    must=A, why="myeloma; 'har inte pratat med pat om detta än'", length="medium")

add("endo-prolaktinom-informeras-bokat-besok-utkast", "S_ENDO_MALMO", "Läkaranteckning", "1979-05-05", "2024-12-03 09:20",
    [("Anamnes", "Utreds för oligomenorré och galaktorré sedan halvår. Ingen synpåverkan. "
                 "Prolaktin 4200 mU/L vid upprepade prov."),
     ("Röntgen", "MR hypofys: 14 mm makroadenom med lätt suprasellär utbredning, chiasma ej påverkat."),
     ("Bedömning", "Prolaktinom (makroprolaktinom). Bör svara bra på kabergolin. Pat ännu inte informerad om MR-fyndet – "
                   "hon har bokat besök 10/12 och vill ha svaret då, inte per telefon."),
     ("Läkemedel", "Inga fasta läkemedel. Har tidigare använt p-piller men gjort uppehåll sedan 2022 inför graviditetsförsök.")],
    must=A, signed=None, why="draft: prolactinoma; 'pat ännu inte informerad om MR-fyndet'", length="medium")

add("psyk-bipolar-ii-ej-kommunicerad", "V_PSYK_SU", "Läkaranteckning", "1995-08-14", "2024-03-19 15:00",
    [("Aktuellt", "Uppföljning efter 6 mån behandling för depression. Under samtal framkommer tydliga hypomana perioder: "
                  "sömnbehov 3 h, köpt bil impulsivt, mycket pratsam, varat 5–6 dygn vid minst tre tillfällen."),
     ("Bedömning", "Uppfyller kriterier för bipolär sjukdom typ II. Escitalopram bör trappas ut och stämningsstabiliserare "
                   "övervägas. Diagnosen ännu ej kommunicerad med pat, som är mycket ångestfylld i dag; tas upp vid besök "
                   "nästa vecka tillsammans med kontaktpersonen.")],
    must=A, why="bipolar II written in psychiatry note; 'diagnosen ännu ej kommunicerad med pat'", length="medium")

add("inf-hiv-bekraftat-ej-informerad", "S_INF_MALMO", "Läkaranteckning", "1986-01-31", "2024-09-23 12:00",
    [("Aktuellt", "Testade sig på egen begäran efter oskyddat samlag i utlandet i juli. Lätt feber och halsont i augusti, nu besvärsfri."),
     ("Lab", "HIV-1 Ag/Ak-screening reaktivt, konfirmerande immunoblot positiv. HIV-RNA 86 000 kopior/mL, CD4 410."),
     ("Bedömning", "Nydiagnostiserad hiv-1-infektion. Pat ännu ej informerad om det bekräftade svaret; han känner bara till "
                   "att screeningen var reaktiv. Kallas till mottagningen 25/9 med kurator närvarande."),
     ("Planering", "Resistensbestämning, HLA-B*5701, hepatitserologi. Smittspårning påbörjas först efter att besked "
                   "lämnats personligen."),
     ("Socialt", "Ensamstående, arbetar som sjuksköterska på en vårdcentral.")],
    must=A, why="confirmed HIV; patient knows only the screening, 'ännu ej informerad om det bekräftade svaret'", length="medium")

add("kir-koloncancer-hustru-informerad-pat-ej", "V_KIR_NAL", "Läkaranteckning", "1953-02-28", "2024-06-04 17:10",
    [("Aktuellt", "Dag 1 efter akut hö-sidig hemikolektomi pga obstruerande tumör i colon ascendens. "
                  "Pat har legat på IVA över natten och varit sederad till i morse."),
     ("Bedömning", "Fryssnitt och peroperativa fynd talar starkt för koloncancer med peritoneal spridning. "
                   "Hustrun informerad per telefon i går kväll, enligt pat:s uttryckliga önskan före op. "
                   "Pat själv ännu ej informerad eftersom han varit sederad – samtal när han är vaken och klar.")],
    must=A, setting="slutenvård",
    why="spouse told, the patient himself 'ännu ej informerad' about the colon cancer", length="medium")

add("med-lungcancer-spridning-ej-informerad-long", "S_MED_CSK", "Inskrivningsanteckning", "1946-06-06", "2024-01-17 14:30",
    [("Kontaktorsak", "Viktnedgång 8 kg på 3 mån, hosta och hemoptys sedan 2 v. Remiss från vc Näsby."),
     ("Tidigare sjukdomar", "KOL GOLD 2. Hypertoni. Höftplastik hö 2015."),
     ("Socialt", "Änkeman, bor i villa i Åhus, son i Kristianstad hjälper till. Rökt 40 paketår, slutade 2020. "
                 "Alkohol sparsamt."),
     ("Läkemedel", "Spiriva Respimat 2,5 µg 2 puffar x 1, Amlodipin 5 mg x 1, Alvedon 1 g vb."),
     ("Status", "AT: gott, något tärd. Cor: RR, inga blåsljud. Pulm: nedsatta andningsljud hö basalt, inga rassel. "
                "Buk: mjuk, oöm. Lgll: förstorad körtel hö supraklavikulärt. Saturation 94 % på luft."),
     ("Lab", "Hb 118, CRP 34, Na 128, Ca 2,71, ALP 3,2, ALAT 0,5."),
     ("Röntgen", "DT thorax-buk: 5 cm tumör i hö underlob med mediastinala lymfkörtlar och två binjureresistenser, "
                 "starkt misstänkt för lungcancer med spridning."),
     ("Bedömning", "Sannolikt lungcancer stadium IV. Hyponatremi trol SIADH. "
                   "Bronkoskopi och punktion av supraklavikulär körtel planeras."),
     ("Information", "Pat och sonen informerade om att DT visat en förändring i lungan som behöver utredas vidare. "
                     "Pat är ej informerad om misstanken om spridd cancer; vill avvakta PAD innan samtalet.")],
    must=A, setting="slutenvård",
    why="long admission note: patient told of 'a change' but 'ej informerad om misstanken om spridd cancer'", length="long")

add("kard-hocm-genetiskt-svar-ej-informerad", "V_KARD_SU", "Läkaranteckning", "1978-10-21", "2024-05-13 10:00",
    [("Aktuellt", "Återbesök. Utreds efter att brodern dog plötsligt vid 34 års ålder. Pat besvärsfri, tränar löpning "
                  "3 g/v, inga synkopeer, ingen bröstsmärta."),
     ("Läkemedel", "Inga fasta läkemedel. Använder ibland Ipren vid träningsvärk."),
     ("Socialt", "Sambo, en dotter 4 år. Arbetar som gymnasielärare i Göteborg, cyklar till jobbet."),
     ("Status", "BT 128/76, puls 58 regelbunden. Systoliskt ejektionsblåsljud 2/6 vid vä sternalrand, ökar vid Valsalva. "
                "Pulm ua. Inga ödem."),
     ("Undersökningar", "EKG: sinusrytm, vänsterkammarhypertrofi med djupa T-inversioner V4–V6. Eko: asymmetrisk "
                        "septumhypertrofi 21 mm, LVOT-gradient 18 mmHg i vila, 55 mmHg vid Valsalva. MR hjärta: fläckvis "
                        "LGE i septum. Holter 48 h: korta NSVT-skov 4 slag."),
     ("Genetik", "Heterozygot patogen variant i MYBPC3, samma som hos brodern."),
     ("Bedömning", "Hypertrofisk obstruktiv kardiomyopati, genetiskt verifierad. ESC HCM Risk-SCD 5,8 %, ICD bör övervägas. "
                   "Avrådes från tävlingsidrott."),
     ("Information", "Pat ej informerad om det genetiska svaret ännu; genetisk vägledning är bokad 27/5 och besked ges då "
                     "av genetiker och mig tillsammans."),
     ("Planering", "Holter om 6 mån. Remiss till arytmimottagningen för ICD-bedömning. Återbesök efter genetisk vägledning; dotterns utredning planeras samtidigt.")],
    must=A, why="HOCM genetically verified; 'pat ej informerad om det genetiska svaret ännu'", length="long")

add("ped-cystisk-fibros-foraldrar-ej-informerade", "S_PED_HBG", "Läkaranteckning", "2024-01-05", "2024-04-11 13:00",
    [("Aktuellt", "3 mån gammal pojke remitterad efter utfall i nyföddhetsscreeningen (förhöjt IRT) samt dålig viktuppgång."),
     ("Anamnes", "Fullgången, normal förlossning. Helamning, täta feta avföringar sedan 4 v ålder. Hostar ibland. "
                 "Två äldre friska syskon. Ingen känd CF i släkten."),
     ("Socialt", "Bor med båda föräldrarna och två syskon, 4 och 7 år, i Höganäs. Pappa snickare, mamma föräldraledig."),
     ("Läkemedel", "Inga. D-vitamin droppar enligt BVC."),
     ("Status", "Vikt 4,9 kg (−2 SD), längd 59 cm. Pigg, god kontakt. Hjärta: RR utan blåsljud. "
                "Lungor: enstaka rassel bilat. Buk: lätt utspänd, mjuk. Hud: ua."),
     ("Lab", "Svettest: kloridhalt 92 mmol/L x 2 (positivt). Fekalt elastas <15 µg/g. Albumin 29. "
             "CFTR-analys: homozygot F508del."),
     ("Bedömning", "Cystisk fibros med exokrin pankreasinsufficiens. Start Creon till varje måltid och vitamin ADEK. "
                   "Remiss till CF-centrum Lund."),
     ("Information", "Föräldrarna ej informerade om svettestresultatet eller genanalysen ännu. Samtal med båda "
                     "vårdnadshavarna, CF-sjuksköterska och kurator är bokat i morgon kl 10. Creon förskrivs först efter samtalet."),
     ("Planering", "Fettlösliga vitaminer och zink kontrolleras om 4 v. Vikt på BVC varje vecka tills vidare. Syskonen behöver inte testas men familjen erbjuds genetisk vägledning.")],
    must=A, why="infant: cystic fibrosis; 'föräldrarna ej informerade' (guardians read the journal)", length="long")

add("neuro-glioblastom-ej-informerad-utkast", "V_NEURO_SU", "Inskrivningsanteckning", "1964-03-03", "2024-08-15 18:20",
    [("Aktuellt", "Inkommit via akuten med 3 v tilltagande huvudvärk, ordfinnningssvårigheter och ett generaliserat "
                  "krampanfall i hemmet i går."),
     ("Tidigare sjukdomar", "Frisk. Inga läkemedel. Icke-rökare."),
     ("Socialt", "Gift, två vuxna barn. Arbetar som ekonom på kommunen. Kör bil dagligen; körförbud efter krampanfallet har meddelats."),
     ("Status", "Vaken, orienterad. Lätt expressiv afasi, inga pareser. Pupiller lika, ljusreaktion ua. "
                "Fundus: ingen stas. Gång ua."),
     ("Lab", "Hb 138, CRP 3, Na 137, krea 66. Blodsocker 7,8 efter Betapred."),
     ("Röntgen", "MR hjärna med kontrast: 5 cm ringladdande process vä temporallob med central nekros och uttalat "
                 "perifokalt ödem, bild talande för glioblastom. DD metastas, men ingen primärtumör på DT thorax-buk."),
     ("Läkemedel", "Betapred 4 mg x 2, Keppra 500 mg x 2, Omeprazol 20 mg x 1."),
     ("Bedömning", "Högmalignt gliom, trol glioblastom. Neurokirurgisk konsult bokad, fallet anmält till "
                   "neuroonkologisk MDK på tisdag."),
     ("Information", "Pat ej informerad om misstanken – hon vet att en förändring finns i hjärnan som ska utredas. "
                     "Besked om den sannolika diagnosen ges efter MDK tillsammans med maken."),
     ("Planering", "Neurokontroller x 4. Ny MR med navigationsprotokoll enligt neurokirurgens önskemål. Fysioterapeut och logoped bedömer i morgon.")],
    must=A, signed=None, setting="slutenvård",
    why="draft: suspected glioblastoma; 'pat ej informerad om misstanken'", length="long")

add("kir-gallblasecancer-incidentell-typo", "S_KIR_HBG", "Läkaranteckning", "1961-07-07", "2024-03-28 11:30",
    [("Aktuellt", "Uppföljande anteckning efter laparoskopisk kolecystektomi 2024-03-12 pga recidiverande gallstensanfall. "
                  "Postoperativt okomplicerat, hemgång dag 1."),
     ("Anamnes", "Tre gallstensanfall senaste året, ett med lätt förhöjt bilirubin. Tidigare frisk förutom hypotyreos. Icke-rökare."),
     ("Status", "Välläkta portar. Buk mjuk, oöm. AT gott."),
     ("Läkemedel", "Levaxin 75 µg x 1, Alvedon vb postoperativt."),
     ("Lab", "Bilirubin 9, ALP 1,1, ALAT 0,4. CA 19-9 42. CEA 2,1."),
     ("Röntgen", "UL lever och gallvägar preoperativt: multipla konkrement, väggförtjockning 4 mm, inga fokala leverförändringar."),
     ("PAD", "Gallblåsa med kronisk kolecystit och kolesterolstenar. I fundus 9 mm adenokarcinom, pT1b, "
             "resektionsrand i leverbädden fri med 1 mm."),
     ("Bedömning", "Incidentell gallblåsecanser pT1b. Enligt vårdprogrammet bör leverbäddsresektion och "
                   "lymfkörtelutrymning övervägas. Tas upp på HPB-konferensen i Lund 4/4. DT thorax-buk beställd."),
     ("Information", "Pat ej underrättad om PAD-svaret ännu. Hon tror att operationen var rutin och att hon är klar. "
                     "Besked ges på mottagningen 5/4 när konferensbeslutet finns, kontaktsjuksköterska med."),
     ("Socialt", "Gift, två vuxna barn. Arbetar som lärare, sjukskriven t.o.m. 2/4."),
     ("Planering", "Remiss till HPB-kirurgin i Lund skickas efter konferensen. Sjukskrivningen förlängs inte förrän beslut finns om fortsatt kirurgi.")],
    must=A, typo=True, why="incidental gallbladder cancer (typo 'gallblåsecanser'); 'pat ej underrättad'", length="long")

add("uro-njurcellscancer-incidentell-ej-informerad", "V_URO_SKAS", "Läkaranteckning", "1966-09-01", "2024-07-02 09:40",
    [("Aktuellt", "Remiss från akuten, SkaS Lidköping, där pat sökt för njurstensanfall vä 2024-06-18. "
                  "Stenen avgått spontant."),
     ("Anamnes", "Tidigare frisk. Hypertoni sedan 2020. Röker 10 cig/d. Arbetar som snickare."),
     ("Socialt", "Gift, bor i villa utanför Lidköping. Tre barn i tonåren. Tränar inte regelbundet."),
     ("Läkemedel", "Enalapril 10 mg x 1."),
     ("Status", "BT 148/92. Buk mjuk, ingen dunkömhet över njurlogerna. Inga palpabla resistenser."),
     ("Lab", "Krea 88, eGFR 82. Hb 149. U-sticka: blod 1+."),
     ("Urin", "U-odling neg. U-cytologi ej tagen."),
     ("Röntgen", "DT urografi från akuten: inga kvarvarande konkrement. I hö njurens nedre pol 4,2 cm solid, heterogent "
                 "laddande tumör, ingen tumörtromb i v. renalis, inga förstorade lymfkörtlar, inga lungmetastaser på DT thorax."),
     ("Bedömning", "Njurcellscancer hö, cT1b N0 M0. Lämpad för robotassisterad partiell nefrektomi. "
                   "Anmäls till urologisk MDK."),
     ("Information", "Fyndet på DT var inte med i akutens bedömning och pat är ej informerad om tumören ännu. "
                     "Informeras vid mottagningsbesök 12/7 som bokas med kontaktsjuksköterska."),
     ("Planering", "Lungfunktion och njurscintigrafi före op. Rökavvänjning erbjuds. Operationsplanering efter MDK, uppskattad väntetid 4–6 v.")],
    must=A, why="renal cell carcinoma; 'pat är ej informerad om tumören ännu'", length="long")

add("gastro-ulceros-kolit-besked-efter-pad", "S_GASTRO_MALMO", "Läkaranteckning", "2001-04-22", "2024-10-29 13:50",
    [("Aktuellt", "23-årig kvinna med 2 mån blodiga diarréer 6–8 ggr/d, nattliga trängningar, viktnedgång 4 kg. "
                  "Odlingar och parasitprov negativa."),
     ("Tidigare sjukdomar", "Astma i barndomen. Inga operationer."),
     ("Hereditet", "Morbror med Crohns sjukdom."),
     ("Läkemedel", "P-piller (Zoely). Loperamid vb utan effekt."),
     ("Socialt", "Studerar till sjuksköterska i Malmö, bor med sambo. Röker ej."),
     ("Status", "AT gott, lätt blek. Buk mjuk, lätt ömhet i vä fossa. Rektalpalpation: blod på handsken, inga fissurer."),
     ("Lab", "Hb 109, CRP 46, albumin 31, F-kalprotektin 1900."),
     ("Koloskopi", "Kontinuerlig inflammation från rektum till vä flexur med spontanblödning och ulcerationer, "
                   "Mayo endoskopiskt 3. Ileum ua. Biopsier tagna."),
     ("Bedömning", "Endoskopiskt typisk ulcerös kolit, vänstersidig, svårt skov. Startar Prednisolon 40 mg och Pentasa. "
                   "Besked om diagnosen lämnas först när PAD är klart; pat känner ännu inte till misstanken om IBD och "
                   "tror att det är en infektion."),
     ("Planering", "Kontroll av Hb, CRP och albumin om 1 v. Telefonuppföljning om 5 d; vid fler än 6 blodiga diarréer per dygn eller feber ska hon söka akut. Tromboprofylax diskuteras om inläggning blir aktuell.")],
    must=A, why="ulcerative colitis; 'besked lämnas först när PAD är klart', patient unaware", length="long")

add("hemat-aml-ej-informerad-om-leukemi-typo", "V_HEMAT_SU", "Inskrivningsanteckning", "1970-12-19", "2024-02-26 20:10",
    [("Aktuellt", "Inkommer på remiss från vc Partille med trötthet, blåmärken och feber 38,6 sedan 5 dygn."),
     ("Tidigare sjukdomar", "Frisk. Opererad för ljumskbråck 2015. Inga kända allergier."),
     ("Socialt", "Sambo, två tonårsbarn. Arbetar som bussförare."),
     ("Status", "Blek, petekier på underbenen. Gingivahyperplasi. Cor: takykard 108, inga blåsljud. Pulm ua. "
                "Buk: mjältspets ej palpabel. Inga förstorade lgll."),
     ("Lab", "Hb 78, TPK 14, LPK 64 med 80 % blaster i diffen. Fibrinogen 1,4, PK-INR 1,5. LD 1100. Urat 540."),
     ("Röntgen", "Lungröntgen: inga infiltrat, ingen mediastinal breddökning."),
     ("Benmärg", "Morfologi och flöde: akut myelisk leukemi, monocytär differentiering (AML-M5). "
                 "Cytogenetik och NPM1/FLT3 pågår."),
     ("Läkemedel", "Inga fasta. Startar Allopurinol, hydrering, trombocyttransfusion och Tazocin."),
     ("Bedömning", "AML med hyperleukocytos och lätt DIC-bild. Förbereder induktionsbehandling."),
     ("Information", "Pat informerad om att blodproverna är kraftigt avvikande och att benmärgen är undersökt, men ej om "
                     "leukemidiagnosen. Hematolog informerar pat och sambo i morgon bitti."),
     ("Planering", "Central venkateter läggs i morgon. Hjärteko och HLA-typning av pat och syskon. Tumörlyskontroller x 2 dagligen. Fertilitetsfrågan tas upp före cytostatikastart. Kurator kontaktas för stöd till familjen.")],
    must=A, typo=True, setting="slutenvård",
    why="AML (typo 'myelisk'); patient told labs are abnormal 'men ej om leukemidiagnosen'", length="long")

add("reuma-systemisk-skleros-ej-informerats", "S_REUMA_LUND", "Läkaranteckning", "1967-08-08", "2024-06-25 10:30",
    [("Aktuellt", "Nybesök. Raynauds fenomen sedan 2 år, senaste halvåret svullna fingrar, stramande hud på händer och "
                  "underarmar, sura uppstötningar och lätt ansträngningsdyspné."),
     ("Tidigare sjukdomar", "Hypotyreos. Gastrit 2019."),
     ("Läkemedel", "Levaxin 100 µg x 1, Omeprazol 20 mg x 1."),
     ("Socialt", "Arbetar som frisör, svårt med finmotoriken senaste månaderna. Gift, inga barn hemma."),
     ("Status", "Sklerodaktyli bilat, digitala gropiga ärr på dig 2–3 hö. Modifierad Rodnan hudskore 14. "
                "Teleangiektasier i ansiktet. Pulm: fina krepitationer basalt bilat. Leder: inga synoviter."),
     ("Lab", "ANA 1:1280, centromermönster saknas, anti-Scl-70 starkt positiv. CRP 8. NT-proBNP 310. "
             "Krea normalt. U-sticka ua."),
     ("Röntgen", "HRCT: basala retikulära förändringar och markglas, förenligt med NSIP."),
     ("Funktion", "Spirometri: VC 74 % av förväntat, DLCO 58 %."),
     ("Bedömning", "Diffus kutan systemisk skleros med interstitiell lungsjukdom. Mykofenolat bör startas. "
                   "Eko med tryckestimat beställs."),
     ("Information", "Pat har ännu inte informerats om diagnosen. Hon fick gå innan HRCT-svaret kom och jag vill ge "
                     "beskedet i lugn och ro – telefontid i morgon för att boka in nytt besök denna vecka."),
     ("Planering", "Remiss till lungkliniken för gemensam uppföljning.")],
    must=A, why="systemic sclerosis; 'pat har ännu inte informerats om diagnosen'", length="long")

add("ped-nf1-vardnadshavare-ej-informerade-genetik", "V_PED_DSBUS", "Läkaranteckning", "2014-02-20", "2024-09-17 14:00",
    [("Aktuellt", "10-årig flicka som följs för multipla café-au-lait-fläckar och inlärningssvårigheter. "
                  "Genetisk utredning initierad i våras."),
     ("Anamnes", "Normal graviditet och förlossning. Motorisk utveckling ua. Går i årskurs 4, har extra stöd i matematik. "
                 "Ingen känd ärftlighet, båda föräldrarna undersökta utan fynd."),
     ("Socialt", "Bor med mamma, pappa och två yngre bröder i Kungsbacka. Mamma är förskollärare, pappa ingenjör."),
     ("Status", "Längd 137 cm, vikt 31 kg, huvudomfång +2 SD. Åtta café-au-lait-fläckar >5 mm, axillär fräkning bilat. "
                "Två små kutana neurofibrom på bålen. Neurologiskt ua."),
     ("Ögon", "Lisch-noduler bilat enligt ögonkonsult 2024-08-30. Visus 1,0 bilat, inget som tyder på optikuspåverkan."),
     ("Genetik", "NF1: de novo heterozygot patogen variant c.3826C>T (p.Arg1276*)."),
     ("Bedömning", "Neurofibromatos typ 1, kliniskt och genetiskt verifierad. Uppföljning enligt vårdprogram: "
                   "årlig ögonkontroll, BT, skolios."),
     ("Information", "Vårdnadshavare ännu ej informerade om det genetiska svaret. Genetisk vägledning med båda föräldrarna "
                     "bokas inom 2 v; flickan får åldersanpassad information senare."),
     ("Planering", "MR hjärna görs inte rutinmässigt utan vid synpåverkan eller neurologiska symtom. Remiss till psykolog för kartläggning av inlärningssvårigheterna. Återbesök barnneurolog om 6 mån.")],
    must=A, why="child 10 y: NF1 verified; 'vårdnadshavare ännu ej informerade'", length="long")

add("bup-autism-diagnosbesked-vid-atergivning", "S_BUP_MALMO", "Läkaranteckning", "2016-03-01", "2024-10-21 15:30",
    [("Bakgrund", "8-årig pojke remitterad från elevhälsan pga svårigheter med socialt samspel, rigida rutiner och "
                  "utbrott vid förändringar."),
     ("Anamnes", "Normal graviditet. Sent tal, första ord vid 2 års ålder. Förskolan beskrev lek vid sidan av andra barn och starka reaktioner på ljud. Inga somatiska sjukdomar. Sover dåligt, vaknar 1–2 ggr per natt."),
     ("Hereditet", "Kusin på pappas sida med ADHD. Inga andra kända neuropsykiatriska tillstånd."),
     ("Utredning", "Genomförd neuropsykiatrisk utredning sept–okt: ADOS-2 modul 3 över gräns för autism, ADI-R med "
                   "föräldrarna positivt i alla domäner. WISC-V: GAI 104, ojämn profil med låg bearbetningshastighet. "
                   "Skolobservation 2024-10-04 bekräftar svårigheterna i gruppsituationer."),
     ("Status", "Vänlig men ytlig kontakt, begränsad ögonkontakt. Talar formellt och länge om tåg. "
                "Ingen tydlig hyperaktivitet under besöket."),
     ("Socialt", "Bor med mamma, pappa och lillasyster i Malmö. Går i årskurs 2."),
     ("Läkemedel", "Inga."),
     ("Bedömning", "Autismspektrumtillstånd utan intellektuell funktionsnedsättning, F84.0. ADHD ej uppfyllt."),
     ("Planering", "Återgivningssamtal med vårdnadshavarna 2024-11-04. Återkoppling till vårdnadshavarna ej genomförd "
                   "ännu – diagnosbesked ges vid återgivningen, inte per telefon. Skriftligt utlåtande till skolan först "
                   "efter samtycke.")],
    must=A, why="BUP Skåne, child 8 y: autism diagnosis set, guardians get the besked later at återgivning", length="long")

# ---------------------------------------------------------------------------
# NL101 must_not: the patient (or the child's guardians) IS informed; only
# someone else is not (relatives, spouse, employer, school, authorities);
# the 'not informed' is about something that is no diagnosis; or the entry
# sits in a protected template / sökord.
# ---------------------------------------------------------------------------
B = ("NL101",)

add("onk-pankreascancer-pat-informerad", "S_ONK_LUND", "Läkaranteckning", "1952-01-19", "2024-02-21 11:00",
    [("Information", "Pat informerad om diagnosen pankreascancer med levermetastaser och att kurativ behandling inte är "
                     "möjlig. Hustrun närvarade vid samtalet.")],
    must_not=B, why="diagnosis given to the patient (informed, not uninformed)", length="short")

add("neuro-epilepsi-arbetsgivare-ej-informerad", "V_NEURO_SU", "Läkaranteckning", "1990-06-11", "2024-03-08 14:20",
    [("Bedömning", "Fokal epilepsi med medvetandepåverkan. Pat har inte informerat sin arbetsgivare och vill vänta med det; "
                   "själv informerad om diagnos och körkortsregler.")],
    must_not=B, why="the employer is not informed; the patient is", length="short")

add("ped-diabetes-forskolan-ej-informerad", "S_PED_LUND", "Läkaranteckning", "2019-04-15", "2024-05-30 10:00",
    [("Information", "Typ 1-diabetes genomgången med båda föräldrarna i dag. Förskolan är ännu inte informerad, "
                     "diabetessköterskan kontaktar förskolechefen nästa vecka.")],
    must_not=B, why="child 5 y: guardians informed; only the preschool is not", length="short")

add("onk-prostatacancer-barnen-ej-informerade", "V_ONK_SU", "Läkaranteckning", "1950-10-10", "2024-11-12 09:50",
    [("Bedömning", "Prostatacancer med skelettmetastaser, start av ADT. "
                   "Pat fullt informerad men vill inte att barnen informeras förrän efter jul.")],
    must_not=B, why="patient fully informed; his children are not told by his wish", length="short")

add("lung-tbc-smittskydd-ej-informerad", "S_LUNG_LUND", "Läkaranteckning", "1988-12-24", "2024-08-19 15:40",
    [("Bedömning", "Lungtuberkulos, odling och PCR positiva. Pat informerad om smittsamheten och isoleringen; "
                   "smittskyddsläkaren ännu ej informerad – anmälan via SmiNet görs i dag.")],
    must_not=B, setting="slutenvård", why="authority (smittskyddsläkaren) not yet informed; patient informed", length="short")

add("neuro-huntington-tidiga-hypoteser-sokord", "V_NEURO_SKAS", "Läkaranteckning", "1974-04-27", "2024-04-23 13:30",
    [("Tidiga hypoteser", "Koreatiska rörelser och personlighetsförändring, modern avled ung med oklar neurologisk sjukdom – "
                          "misstänkt Huntingtons sjukdom. Pat ej informerad om misstanken, gentest först efter genetisk vägledning.")],
    must_not=B, why="VGR: the uninformed hypothesis sits under the filtered sökord Tidiga hypoteser", length="short")

add("neuro-ftd-tidiga-hypoteser-mall", "S_NEURO_MALMO", "Tidiga hypoteser", "1960-06-30", "2024-09-04 16:10",
    [("Bedömning", "Beteendeförändring, disinhibition och nedsatt insikt – misstänkt frontotemporal demens. "
                   "Ej informerat pat eller maken, vill först ha FDG-PET.")],
    must_not=B, why="Skåne: uninformed hypothesis documented in the protected template Tidiga hypoteser", length="short")

add("kard-hjartsvikt-ej-informerad-om-tid", "V_KARD_SU", "Läkaranteckning", "1945-05-18", "2024-01-29 08:30",
    [("Planering", "Känd hjärtsvikt med nedsatt EF sedan 2019, stabil. "
                   "Pat ännu ej informerad om ny tid för ekokardiografi, kallelse skickas per post.")],
    must_not=B, why="'ej informerad' is about an appointment time; the heart failure is long known", length="short")

add("psyk-eips-mamman-ej-informerad-utkast", "S_PSYK_LUND", "Läkaranteckning", "1999-11-02", "2024-07-08 14:00",
    [("Bedömning", "Emotionellt instabil personlighetsstörning, diagnosen diskuterad med pat som känner igen sig. "
                   "Mamman ej informerad, enligt pat:s uttryckliga önskan.")],
    must_not=B, signed=None, why="draft: diagnosis discussed with the patient; only the mother is not informed", length="short")

add("ogon-vat-amd-informerad-typo", "V_OGON_SU", "Läkaranteckning", "1941-03-14", "2024-10-07 10:15",
    [("Bedömning", "Våt makuladegenration vä öga. Pat informerad om diagnosen och behandlingsplanen, "
                   "första Eylea-injektion i dag.")],
    must_not=B, typo=True, why="patient informed of wet AMD (typo 'makuladegenration')", length="short")

add("ped-chiari-vh-informerade", "S_PED_HBG", "Läkaranteckning", "2012-12-01", "2024-06-14 13:20",
    [("Information", "Vårdnadshavarna har fått besked om att MR visar Chiari malformation typ 1 utan syrinx. "
                     "Skolan behöver inte informeras i nuläget.")],
    must_not=B, why="child 11 y: guardians have been told; school need not be", length="short")

add("onk-ovarialcancer-dotter-utomlands-ej-informerad", "V_ONK_SU", "Läkaranteckning", "1959-02-07", "2024-04-16 15:00",
    [("Aktuellt", "Besök med pat och maken för besked efter utredning av ascites och viktnedgång."),
     ("Bedömning", "Höggradig serös ovarialcancer stadium IIIC, PAD från laparoskopi 2024-04-09. BRCA-analys pågår. "
                   "Plan neoadjuvant karboplatin-paklitaxel x 3 och därefter intervallkirurgi."),
     ("Information", "Pat och make informerade om diagnosen, stadium och behandlingsplan. Pat ställde många frågor och fick "
                     "skriftlig information samt kontaktsjuksköterskans nummer. Dottern, som bor i Australien, är ännu inte "
                     "informerad; pat vill berätta själv via videosamtal i helgen.")],
    must_not=B, why="patient and husband informed; the daughter abroad is not yet", length="medium")

add("neuro-ms-arbetsgivare-ovetande", "S_NEURO_MALMO", "Läkaranteckning", "1993-07-27", "2024-05-15 10:40",
    [("Aktuellt", "Återbesök 2 v efter diagnosbesked. Pat mår bättre, domningen i vä ben nästan borta."),
     ("Bedömning", "Skovvis förlöpande multipel skleros, hög inflammatorisk aktivitet. Pat har läst på och väljer "
                   "ocrelizumab efter genomgång av alternativen."),
     ("Socialt", "Arbetar som personlig assistent. Har inte berättat för arbetsgivaren om MS-diagnosen och vill vänta "
                 "med det tills behandlingen kommit igång. Informerad om möjligheten till sjukskrivning vid infusionerna "
                 "utan att diagnosen anges för arbetsgivaren.")],
    must_not=B, why="diagnosis already given (återbesök efter diagnosbesked); employer unaware", length="medium")

add("endo-addison-arbetsgivare-ej-informerad-typo", "V_ENDO_SU", "Läkaranteckning", "1976-11-13", "2024-02-02 11:20",
    [("Aktuellt", "Uppföljning efter vårdtillfälle med binjurebarkskris i januari."),
     ("Lab", "Kortisol kl 08 38 nmol/L, ACTH 410 ng/L, Synacthentest utan stegring. 21-hydroxylas-antikroppar positiva."),
     ("Status", "BT 112/70 stående. Pigmenterade handlinjer och gingiva. Vikt +2 kg sedan utskrivningen."),
     ("Bedömning", "Primär binjurebarksinsufficiens, Addisions sjukdom. Hydrokortison 10+5+5 mg, fludrokortison 0,1 mg."),
     ("Information", "Pat informerad om diagnosen, stressdosering och akutinjektion Solu-Cortef; fick kortisonkort. "
                     "Arbetsgivaren ej informerad, pat överväger att berätta för närmaste chefen om akutinjektionen.")],
    must_not=B, typo=True, why="Addison (typo 'Addisions'); patient informed, employer not", length="medium")

add("inf-hepatit-c-sambon-ej-informerad", "S_INF_MALMO", "Läkaranteckning", "1984-03-30", "2024-03-21 14:15",
    [("Lab", "Anti-HCV positivt, HCV-RNA 2,1 milj IU/mL, genotyp 3a. Fibroscan 6,8 kPa."),
     ("Bedömning", "Kronisk hepatit C, genotyp 3a, lindrig fibros. Behandling med Epclusa 12 v planeras."),
     ("Information", "Diagnosen genomgången med pat, som tidigare injicerat droger men är drogfri sedan 5 år. Sambon ej "
                     "informerad; pat avser själv berätta i veckan och vi har erbjudit provtagning av sambon. Smittspårning "
                     "enligt smittskyddslagen påbörjad, pat förstår varför.")],
    must_not=B, why="hepatitis C gone through with the patient; partner not yet informed", length="medium")

add("ped-kawasaki-mormor-ej-informerad", "V_PED_DSBUS", "Läkaranteckning", "2021-08-19", "2024-01-11 12:00",
    [("Aktuellt", "2-årig pojke, dag 6 med feber, inlagd dag 4."),
     ("Status", "Bilateral konjunktivit utan sekret, röda spruckna läppar, smultrontunga, ödem på hand- och fotryggar, "
                "polymorft utslag på bålen. Hö cervikal lgll 2 cm."),
     ("Bedömning", "Kawasakis sjukdom, komplett form. IVIG 2 g/kg och ASA startat. Eko utan koronaraneurysm."),
     ("Information", "Föräldrarna informerade om diagnosen, behandlingen och behovet av ekokontroller. Mormor som är "
                     "barnvakt på dagarna har ännu inte fått veta, föräldrarna berättar själva.")],
    must_not=B, setting="slutenvård", why="child 2 y: parents informed; grandmother not yet", length="medium")

add("ger-alzheimer-bistandshandlaggare-ej-informerad-utkast", "S_GER_TRELL", "Läkaranteckning", "1938-05-09", "2024-11-19 10:30",
    [("Aktuellt", "Återbesök för diagnosbesked efter demensutredning. Maken med."),
     ("Bedömning", "Alzheimers sjukdom, lindrig grad, MMSE 23. Start donepezil 5 mg, höjs till 10 mg efter 4 v."),
     ("Information", "Pat och make informerade om diagnosen, förväntat förlopp och om körkortet, som pat redan slutat "
                     "använda. Kommunens biståndshandläggare ej informerad ännu – pat vill avvakta med hemtjänst och maken "
                     "klarar stödet tills vidare. Demenssjuksköterska kontaktar dem om 1 mån.")],
    must_not=B, signed=None, why="draft: patient and husband informed; municipal officer not", length="medium")

add("gyn-pcos-mamma-ska-ej-fa-veta", "V_GYN_SAS", "Läkaranteckning", "1998-09-16", "2024-08-08 13:45",
    [("Aktuellt", "Återbesök, svar på hormonprover och vaginalt ultraljud. Oregelbundna mens 35–70 dagar, akne, "
                  "ökad behåring på hakan."),
     ("Status", "BMI 27. Ultraljud: >20 antrala folliklar per ovarium bilat."),
     ("Lab", "Testosteron 2,4 nmol/L, SHBG lågt, TSH och prolaktin normala. Glukosbelastning normal."),
     ("Bedömning", "Polycystiskt ovarialsyndrom enligt Rotterdamkriterierna."),
     ("Information", "Diagnosen förklarad för pat, som fick skriftlig information om PCOS och livsstil. Hon önskar inte att "
                     "hennes mamma, som också är patient på kliniken, får veta något – noterat. Kombinerade p-piller förskrivs.")],
    must_not=B, why="PCOS explained to the patient; the mother must not be told", length="medium")

add("kard-formaksflimmer-informerad-av-remittent", "S_KARD_LUND", "Läkaranteckning", "1955-04-03", "2024-04-25 09:10",
    [("Aktuellt", "Remiss från vc Staffanstorp för nydiagnostiserat förmaksflimmer, upptäckt vid hälsokontroll 2024-03-28. "
                  "Pat informerades redan då av remitterande distriktsläkare om diagnosen och påbörjade Eliquis."),
     ("Läkemedel", "Eliquis 5 mg x 2, Enalapril 10 mg x 1, Atorvastatin 20 mg x 1."),
     ("Status", "Oregelbunden rytm 84/min, BT 142/86. Inga blåsljud. Inga ödem."),
     ("Undersökningar", "Eko: EF 58 %, lätt dilaterat vä förmak. TSH normalt."),
     ("Bedömning", "Persisterande förmaksflimmer, CHA2DS2-VASc 2. Fortsatt antikoagulation. Planeras för elkonvertering."),
     ("Planering", "Elkonvertering i dagvård, kallelse inom 4 v.")],
    must_not=B, why="patient was informed earlier by the referring GP (past informing)", length="medium")

add("ort-meniskskada-arbetsgivare-ej-informerad", "V_ORT_MOLNDAL", "Läkaranteckning", "1987-02-11", "2024-09-26 14:30",
    [("Aktuellt", "Återbesök 6 v efter distorsion hö knä i fotboll. Låsningar och svullnad."),
     ("Status", "Lätt hydrops, ömhet mediala ledspringan, positiv McMurray."),
     ("Röntgen", "MR hö knä: korgrepsruptur mediala menisken, främre korsband intakt."),
     ("Bedömning", "Korgrepsruptur mediala menisken hö knä. Pat informerad om fyndet och rekommenderas artroskopisk "
                   "suturering inom 4 v."),
     ("Socialt", "Arbetar som brandman. Arbetsgivaren är ej informerad om skadan i detalj – pat vill själv prata med sin "
                 "chef. Sjukskrivning 100 % i 6 v postop.")],
    must_not=B, why="meniscal tear: patient informed, employer not", length="medium")

add("onh-vestibularisschwannom-familjen-ej-informerad", "S_ONH_MALMO", "Läkaranteckning", "1970-01-26", "2024-03-13 11:00",
    [("Aktuellt", "Uppföljning efter MR pga ensidig hörselnedsättning och tinnitus vä."),
     ("Undersökningar", "Tonaudiogram: sensorineural nedsättning vä 40–55 dB i diskant, taluppfattning 76 %. "
                        "MR: 11 mm intrameatalt vestibularisschwannom vä."),
     ("Bedömning", "Vestibularisschwannom vä, Koos grad 1. Expektans med ny MR om 6 mån rekommenderas."),
     ("Information", "Pat informerad om att det rör sig om en godartad tumör på balansnerven och om alternativen. "
                     "Han vill inte att familjen ska få veta förrän efter semestern, eftersom sonen gifter sig i juni.")],
    must_not=B, why="patient informed; family not to be told until later", length="medium")

add("med-epilepsi-transportstyrelsen-ej-underrattad-typo", "V_MED_KUNGALV", "Läkaranteckning", "1980-10-30", "2024-06-06 15:10",
    [("Aktuellt", "Återbesök efter två generaliserade tonisk-kloniska anfall på 4 mån. "
                  "EEG visar generaliserade spike-wave-komplex."),
     ("Bedömning", "Idiopatisk generaliserad epilespi. Lamotrigin insätts med långsam upptitrering."),
     ("Information", "Pat informerad om diagnosen, läkemedelsbehandling och körförbud tills han varit anfallsfri i minst "
                     "6 mån. Transportstyrelsen ej underrättad; ingen anmälan behövs så länge pat följer körförbudet, "
                     "vilket han förstått och bekräftat."),
     ("Socialt", "Bor med sambo, arbetar som lastbilschaufför och omplaceras tillfälligt till lagret."),
     ("Planering", "Återbesök om 3 mån med lamotriginkoncentration.")],
    must_not=B, typo=True, why="epilepsy (typo 'epilespi'); patient informed, the authority not notified", length="medium")

add("onk-brostcancer-informerad-via-tolk-barnen-ej", "S_ONK_LUND", "Läkaranteckning", "1963-12-05", "2024-01-25 13:00",
    [("Aktuellt", "Nybesök på bröstmottagningen för diagnosbesked och behandlingsplanering. Pat kom med sin man; "
                  "auktoriserad tolk (arabiska) på plats."),
     ("Anamnes", "Knöl i hö bröst sedan 2 mån. Mammografi och UL 2024-01-11, mellannålsbiopsi samma dag. Menopaus 2015."),
     ("Tidigare sjukdomar", "Diabetes typ 2 sedan 2018. Hypotyreos."),
     ("Läkemedel", "Metformin 1 g x 2, Levaxin 75 µg x 1."),
     ("Status", "Hö bröst: 25 mm fast oöm resistens kl 10, 3 cm från mamillen. Ingen hudindragning. "
                "Axiller: ingen palpabel körtel. Vä bröst ua."),
     ("PAD", "Invasiv lobulär cancer, grad 2, ER 100 %, PR 40 %, HER2 1+, Ki-67 12 %."),
     ("Röntgen", "UL axill hö: normala lymfkörtlar."),
     ("Bedömning", "Bröstcancer hö, cT2 N0, luminal A-lik. Primär operation: sektorresektion och portvaktskörtel, "
                   "därefter strålbehandling och endokrin behandling."),
     ("Information", "Pat informerad via tolk om diagnosen, planerad operation och efterföljande behandling. Hon förstod "
                     "informationen och kunde återberätta den. Pat vill inte att de tre barnen informeras om cancern nu, "
                     "hon och maken väljer själva när. Kontaktsjuksköterska Lena utsedd, Min vårdplan överlämnad."),
     ("Socialt", "Gift, tre barn 8, 11 och 14 år. Hemmafru. Bor i Lund.")],
    must_not=B, why="long: patient informed through interpreter; only her children are not told", length="long")

add("ped-absensepilepsi-skolan-ej-informerad", "V_PED_DSBUS", "Läkaranteckning", "2017-05-23", "2024-02-19 10:30",
    [("Aktuellt", "7-årig flicka remitterad av skolsköterskan för korta frånvaroattacker flera gånger per dag sedan "
                  "höstterminen, läraren har noterat dem."),
     ("Anamnes", "Normal utveckling. Inga feberkramper. Farbror hade epilepsi som barn. Sover bra."),
     ("Socialt", "Bor med båda föräldrarna och en lillebror i Mölndal. Går i årskurs 1, trivs."),
     ("Status", "Pigg, samarbetar. Neurologiskt ua. Hyperventilation i 2 min på mottagningen utlöser 10 s absens med "
                "ögonlocksfladder."),
     ("EEG", "Generaliserade 3 Hz spike-wave-urladdningar vid hyperventilation, normal bakgrundsaktivitet."),
     ("Lab", "Blodstatus, elektrolyter och glukos normala."),
     ("MR", "Ej indicerad vid typisk barnabsensepilepsi med normalt neurologstatus."),
     ("Läkemedel", "Inga fasta. Etosuximid från i dag."),
     ("Bedömning", "Barnabsensepilepsi. Start etosuximid 125 mg x 2, upptitreras till 250 mg x 2 om 1 v."),
     ("Information", "Båda vårdnadshavarna informerade om diagnosen, prognosen (god, ofta självläkande före vuxen ålder), "
                     "läkemedel och biverkningar. Skriftlig info och länk till Epilepsiförbundet överlämnad. Skolan ej "
                     "informerad ännu – föräldrarna vill själva prata med mentorn, vi erbjuder skolsköterskan ett samtal "
                     "om de önskar. Simning endast under uppsikt."),
     ("Planering", "Telefonuppföljning om 2 v. Återbesök med EEG om 3 mån.")],
    must_not=B, why="child 7 y: both guardians informed; school not yet", length="long")

add("med-epikris-hjartsvikt-hemtjansten-ej-informerad", "S_MED_CSK", "Epikris", "1936-09-14", "2024-03-04 14:00",
    [("Vårdtid", "2024-02-26 – 2024-03-04, medicinavdelning 11, CSK."),
     ("Orsak", "Andfåddhet och bensvullnad sedan 1 v."),
     ("Diagnoser", "Hjärtsvikt med nedsatt ejektionsfraktion (I50.9), KOL med akut exacerbation (J44.1), "
                   "kronisk njursvikt stadium 3b."),
     ("Förlopp", "Vid ankomst Sat 86 %, bilaterala ödem upp till knäna, NT-proBNP 8400. Eko: EF 30 %, måttlig MI. "
                 "Furosemid iv med god diures, viktminskning 5,4 kg. Prednisolon och inhalationer för obstruktivitet, "
                 "CRP 24 utan infektionsfokus. Krea steg från 138 till 162, åter 140 vid utskrivning."),
     ("Läkemedel", "Nytt: Entresto 24/26 mg x 2, Jardiance 10 mg x 1, Furosemid 40 mg x 1. Utsatt: Enalapril. "
                   "Prednisolon 30 mg avslutas 6/3."),
     ("Socialt", "Bor ensam i lägenhet i Kristianstad, hemtjänst 2 ggr/dag för inköp och dusch. Dottern bor i närheten."),
     ("Information", "Pat och dottern informerade om hjärtsviktsdiagnosen, vätskerestriktion 1,5 l och daglig vägning; "
                     "förstår vikten av att höra av sig vid viktuppgång >2 kg. Hemtjänsten ej informerad om den ändrade "
                     "medicineringen, sköts via SIP-mötet 6/3 med kommunens sjuksköterska."),
     ("Uppföljning", "Hjärtsviktsmottagningen 2 v. Blodprover krea, K om 1 v på vc.")],
    must_not=B, setting="slutenvård", why="discharge summary: patient informed; home care not told about medication", length="long")

add("psyk-schizofreni-foraldrar-ej-informerade", "V_PSYK_SU", "Läkaranteckning", "2000-03-18", "2024-05-28 13:00",
    [("Aktuellt", "Återbesök, 3 mån efter utskrivning från heldygnsvård för första psykosepisoden."),
     ("Anamnes", "Hörselhallucinationer och förföljelseidéer sedan 2022, successivt tilltagande. Social isolering, "
                 "avbröt universitetsstudier. Cannabis tidigare, avstår sedan 6 mån enligt pat och neg U-tox."),
     ("Status", "Vaken, orienterad. Välvårdad. Affekt något avflackad. Tal sammanhängande. Förnekar hallucinationer "
                "sedan 1 mån. Inga suicidtankar. Viss insikt."),
     ("Läkemedel", "Aripiprazol 15 mg x 1, tolereras väl. Ingen akatisi."),
     ("Lab", "Vikt +2 kg, HbA1c 34, lipider ua, prolaktin normalt."),
     ("Suicidriskbedömning", "Låg aktuell risk, inga tidigare försök."),
     ("Bedömning", "Schizofreni, paranoid form, i partiell remission. Fortsatt aripiprazol; depåberedning diskuteras."),
     ("Information", "Pat välinformerad om diagnosen sedan utskrivningssamtalet och har läst informationsmaterialet från "
                     "Hjärnkoll. Han har själv valt att inte informera sina föräldrar i Borås om diagnosen; de vet att han "
                     "legat inne men tror att det var utmattning. Vi respekterar det, samtal om att involvera närstående "
                     "erbjuds igen nästa gång."),
     ("Socialt", "Bor i egen lgh i Göteborg, kontakt med socialtjänstens boendestöd 2 g/v."),
     ("Planering", "Återbesök om 6 v hos mig, kontakt med sjuksköterska varannan vecka. Metabol kontroll om 3 mån.")],
    must_not=B, why="patient well informed; he chose not to tell his parents", length="long")

add("neuro-als-barnen-ej-informerade-typo", "S_NEURO_HBG", "Läkaranteckning", "1958-08-31", "2024-07-16 10:00",
    [("Aktuellt", "Besök på ALS-teamet 6 v efter diagnos. Pat kommer med hustrun."),
     ("Anamnes", "Debut med svaghet i hö hand hösten 2023, därefter talsvårigheter. Diagnos amyotrofisk lateralskleors "
                 "ställd 2024-06-03 med EMG och MR, besked givet samma dag av undertecknad."),
     ("Status", "Dysartri, fascikulationer i tungan. Atrofi av hö tenar och interossei. Kraft hö hand 3/5, vä 4+/5. "
                "Hyperreflexi i benen, Babinski pos bilat. Gångförmåga bevarad."),
     ("Funktion", "ALSFRS-R 38/48. FVC 82 % av förväntat. Vikt 71 kg (−3 kg på 2 mån)."),
     ("Socialt", "Pensionerad polis, bor med hustrun i villa i Höganäs. Två vuxna barn i Stockholm och Lund."),
     ("Läkemedel", "Riluzol 50 mg x 2. Omeprazol 20 mg."),
     ("Bedömning", "ALS med bulbär och spinal engagering, progressivt förlopp. Dietist för energiberikning, logopedkontakt, "
                   "PEG diskuteras vid fortsatt viktnedgång."),
     ("Information", "Pat och hustru har god kunskap om diagnosen och prognosen efter samtal 3/6 och i dag. Pat har ännu "
                     "inte velat informera sina två vuxna barn, han vill göra det själv efter dotterns disputation i "
                     "augusti. Hustrun stöttar beslutet men tycker det är tungt.")],
    must_not=B, typo=True, why="ALS (typo 'lateralskleors'); besked given; only adult children not told", length="long")

add("inf-hiv-partner-och-arbetsgivare-ej-informerade", "V_INF_SU", "Läkaranteckning", "1991-11-21", "2024-10-10 13:30",
    [("Aktuellt", "Andra besöket efter nydiagnostiserad hiv-1 (besked 2024-09-30)."),
     ("Anamnes", "Testade sig efter att en tidigare partner meddelat sin diagnos. Inga symtom. Inga andra kända sjukdomar."),
     ("Status", "Opåverkad. Inga förstorade lymfkörtlar. Munhåla ua, ingen candida. Hud ua."),
     ("Lab", "HIV-RNA 34 000 kopior/mL, CD4 520 (28 %). Genotypning utan resistens. HLA-B*5701 neg. Hepatit B immun, "
             "hepatit C neg, syfilis neg."),
     ("Läkemedel", "Start Biktarvy 1 x 1 i dag."),
     ("Bedömning", "Kronisk hiv-1-infektion, tidig fas, god immunstatus. Förväntas bli omätbar inom 3–6 mån."),
     ("Information", "Pat informerad om diagnosen vid förra besöket och i dag om behandlingen, vikten av följsamhet och "
                     "U=U. Han är informerad om informationsplikten enligt smittskyddslagen. Arbetsgivaren ej informerad och "
                     "behöver inte bli det, vilket pat fått bekräftat. Nuvarande partner ej informerad ännu; pat vill "
                     "berätta själv med stöd av kurator på fredag."),
     ("Smittspårning", "Två kontakter senaste året uppgivna, kallas via smittspårningssköterska."),
     ("Socialt", "Bor i Göteborg, arbetar som kock."),
     ("Planering", "HIV-RNA om 4 v och 3 mån. Återbesök hos sjuksköterska om 4 v, läkare om 3 mån.")],
    must_not=B, why="HIV: patient informed; partner and employer are not", length="long")

add("ped-sma-farforaldrar-ej-informerade", "S_PED_LUND", "Läkaranteckning", "2024-03-02", "2024-08-06 14:00",
    [("Aktuellt", "5 månaders flicka, uppföljning på neuromuskulära teamet. Diagnosen spinal muskelatrofi (SMA) typ 1 "
                  "ställd via nyföddhetsscreening i mars; föräldrarna informerades då och fick behandlingsbesked."),
     ("Anamnes", "Fick onasemnogen abeparvovek (Zolgensma) vid 3 v ålder. Inga infektioner. "
                 "Ammas och får ersättning på flaska."),
     ("Läkemedel", "Inga. D-vitamin droppar."),
     ("Socialt", "Bor med föräldrarna i Lund, inga syskon. Båda föräldrarna föräldralediga under hösten."),
     ("Status", "Vikt 6,8 kg (−0,5 SD). Vaken, följer med blicken, ler. Huvudkontroll i dragförsök delvis. Sparkar aktivt "
                "med benen, för händerna till munnen. Inga fascikulationer i tungan. Andning ua."),
     ("Lab", "ALAT 0,9, ASAT 1,1, TPK 280 – levervärdena normaliserade efter steroidnedtrappning."),
     ("Bedömning", "SMA typ 1 (SMN2 2 kopior), behandlad presymtomatiskt, motoriskt följande nära normal utveckling. "
                   "Fortsatt uppföljning var 3:e mån med CHOP INTEND."),
     ("Information", "Vårdnadshavarna väl informerade om diagnosen sedan mars och om dagens fynd. Förskolan är inte "
                     "informerad, flickan börjar först hösten 2025. Föräldrarna har heller inte informerat "
                     "farföräldrarna, de vill vänta."),
     ("Planering", "Fysioterapeut varje månad. Nästa CHOP INTEND i november. Dietist vid behov.")],
    must_not=B, why="infant: guardians informed since March; grandparents and preschool not", length="long")

add("ger-lewy-sonen-ej-informerad", "V_GER_SU", "Läkaranteckning", "1940-02-25", "2024-06-18 10:45",
    [("Aktuellt", "Diagnossamtal efter kognitiv utredning. Pat kommer med dottern; sonen bor i Kanada."),
     ("Anamnes", "Sedan 1,5 år fluktuerande uppmärksamhet, synhallucinationer (ser barn i trädgården), livliga drömmar "
                 "med slag och sparkar i sömnen sedan många år. Två fall senaste halvåret."),
     ("Status", "MMSE 24/30, nedsatt på kopiering av figur och klocktest. Lätt rigiditet bilat, bradykinesi, inget tydligt "
                "tremor. Ortostatiskt BT-fall 30 mmHg."),
     ("Undersökningar", "DaT-scan: bilateralt nedsatt upptag i putamen. MR: lätt generell atrofi, relativt bevarade hippocampi."),
     ("Socialt", "Änka, bor ensam i lägenhet i Mölndal. Dottern kommer dagligen. Ingen hemtjänst ännu."),
     ("Läkemedel", "Enalapril 5 mg (sätts ut pga ortostatism), Sertralin 50 mg."),
     ("Bedömning", "Lewykroppsdemens enligt McKeiths kriterier. Start rivastigmin plåster 4,6 mg. Neuroleptika ska undvikas."),
     ("Information", "Pat och dottern informerade om diagnosen, förloppet och varningen för neuroleptika. Pat förstod och var "
                     "lättad över en förklaring till synerna. Sonen i Kanada är inte informerad; dottern ringer honom i "
                     "helgen. Körkort: pat slutade köra 2022."),
     ("Planering", "Uppföljning av demenssjuksköterska om 1 mån. Biståndsansökan om hemtjänst görs med dotterns hjälp.")],
    must_not=B, why="Lewy body dementia: patient and daughter informed; son abroad not", length="long")

add("uro-blascancer-arbetsgivare-ej-informerad-utkast", "S_URO_MALMO", "Läkaranteckning", "1949-03-22", "2024-04-02 16:00",
    [("Aktuellt", "Återbesök efter TURB 2024-03-14. Pat kommer med sin fru."),
     ("Anamnes", "Makroskopisk hematuri i januari. Rökt 30 år, slutade 2010. Arbetat som lackerare."),
     ("Tidigare sjukdomar", "Hyperlipidemi. Angina pectoris 2016, PCI mot LAD. Inga andra operationer."),
     ("Läkemedel", "Simvastatin 20 mg, Trombyl 75 mg (pausat perioperativt, återinsatt)."),
     ("Socialt", "Gift, bor i radhus i Malmö. Två vuxna döttrar. Deltidsarbete som vaktmästare på en skola."),
     ("Status", "AT gott. Buk mjuk. Ingen palpabel resistens i bäckenet."),
     ("Funktion", "ECOG 0, går 5 km dagligen."),
     ("PAD", "Höggradigt urotelialt karcinom, invasion i detrusormuskeln (pT2). Ingen CIS."),
     ("Lab", "Krea 92, eGFR 72, Hb 134. Hörselkontroll inför cisplatin beställd."),
     ("Röntgen", "DT thorax-buk: ingen lymfkörtelförstoring, inga fjärrmetastaser."),
     ("Bedömning", "Muskelinvasiv urinblåsecancer cT2 N0 M0. Rekommenderas neoadjuvant cisplatinbaserad cytostatika "
                   "följt av radikal cystektomi."),
     ("Information", "Pat och fru informerade om diagnosen och behandlingsförslaget; pat har fått betänketid till 9/4. "
                     "Han har inte informerat sin arbetsgivare på deltidsjobbet som vaktmästare och vill inte att intyget "
                     "ska ange diagnosen. Intyg skrivs med funktionsnedsättning beskriven."),
     ("Planering", "Onkologremiss, MDK 9/4, kontaktsjuksköterska ringer 5/4.")],
    must_not=B, signed=None, why="draft: bladder cancer told to patient; employer not informed", length="long")

add("kard-lqts-syskon-ej-informerade", "V_KARD_SU", "Läkaranteckning", "1996-01-09", "2024-11-26 11:00",
    [("Aktuellt", "Uppföljning efter synkope under simning i augusti. Genetiskt svar genomgånget med pat vid förra besöket "
                  "2024-11-05."),
     ("Tidigare sjukdomar", "Frisk i övrigt, inga operationer."),
     ("Status", "BT 118/72, puls 54 regelbunden. Cor: inga blåsljud. Pulm ua."),
     ("Undersökningar", "EKG: QTc 510 ms, bred T-våg. Arbetsprov: paradoxal QTc-förlängning i återhämtning. "
                        "Holter utan arytmier på betablockad."),
     ("Genetik", "Patogen variant i KCNQ1, förenligt med långt QT-syndrom typ 1."),
     ("Läkemedel", "Nadolol 40 mg x 1. Undviker QT-förlängande läkemedel, lista överlämnad (crediblemeds)."),
     ("Bedömning", "Långt QT-syndrom typ 1, symtomatiskt. Betablockad i full dos. ICD ej indicerad i nuläget."),
     ("Information", "Pat är informerad om diagnosen, ärftligheten och om att undvika simning ensam och dykning. Hon har en "
                     "syster och en halvbror som ännu inte är informerade; pat har fått ett familjebrev att lämna till dem "
                     "för kaskadtestning. Föräldrarna är informerade och utreds redan."),
     ("Socialt", "Arbetar som förskollärare, bor med sambo i Mölndal."),
     ("Planering", "Holter och arbetsprov om 6 mån. Återbesök om 6 mån, tidigare vid svimning eller hjärtklappning. Akutkort med diagnos och läkemedelslista utfärdat.")],
    must_not=B, why="long QT: patient informed; siblings not yet (cascade testing letter)", length="long")

# ---------------------------------------------------------------------------
# NL102 must: the patient's own current diagnosis, hedged, in a visible
# section of a Melior note (Skåne or VGR).
# ---------------------------------------------------------------------------
C = ("NL102",)

add("akut-trol-njursten", "S_AKUT_LUND", "Akutanteckning", "1982-05-14", "2024-02-03 02:15",
    [("Bedömning", "Trol. njursten vä, kolikartad flanksmärta och mikroskopisk hematuri. "
                   "Smärtlindrad med Toradol, DT-urografi i morgon.")],
    must=C, why="'Trol.' before the diagnosis", length="short")

add("akut-susp-lungemboli", "V_AKUT_SU", "Akutanteckning", "1969-09-08", "2024-03-15 21:30",
    [("Bedömning", "Susp. lungemboli, Wells 6, takykard och lågt sat. DT-angio beställd, Fragmin startat i väntan.")],
    must=C, why="abbreviation 'Susp.'", length="short")

add("neuro-dd-migran-tia", "S_NEURO_MALMO", "Läkaranteckning", "1985-11-11", "2024-04-22 14:00",
    [("Bedömning", "DD migrän med aura / TIA. MR hjärna och karotisdoppler bokas, Trombyl tills vidare.")],
    must=C, why="differential diagnosis written as 'DD x / y'", length="short")

add("ort-scaphoidfraktur-fragetecken", "V_ORT_MOLNDAL", "Akutanteckning", "1998-06-30", "2024-01-10 19:40",
    [("Bedömning", "Ömhet i fossa tabatière. Scaphoidfraktur? Skafoidgips, ny rtg om 10–14 d.")],
    must=C, why="question mark directly after the diagnosis", length="short")

add("ped-misstankt-uvi-utkast", "S_PED_LUND", "Akutanteckning", "2022-03-03", "2024-06-09 03:10",
    [("Bedömning", "Misstänkt urinvägsinfektion hos 2-åring med feber 39,8 utan annat fokus. "
                   "Urinodling via kateter tagen, start Keflex.")],
    must=C, signed=None, why="draft, child 2 y: 'Misstänkt' (guardians read the note)", length="short")

add("hud-trol-bullos-pemfigoid", "V_HUD_SU", "Läkaranteckning", "1937-12-21", "2024-05-06 10:30",
    [("Bedömning", "Spända blåsor på lår och bål hos 86-åring med klåda. "
                   "Kliniskt trol. bullös pemfigoid, stansbiopsi för DIF tagen.")],
    must=C, why="'kliniskt trol.' before a rarer diagnosis", length="short")

add("inf-borreliaartrit-kan-ej-uteslutas", "S_INF_MALMO", "Läkaranteckning", "1960-07-04", "2024-08-13 13:20",
    [("Bedömning", "Recidiverande hydrops hö knä efter fästingbett i fjol. "
                   "Borreliaartrit kan ej uteslutas, borreliaserologi skickad.")],
    must=C, why="'kan ej uteslutas' after the diagnosis", length="short")

add("ogon-mojlig-temporalisarterit", "V_OGON_SU", "Läkaranteckning", "1946-04-17", "2024-09-30 09:00",
    [("Bedömning", "Plötslig synnedsättning vä öga, tinninghuvudvärk och tuggclaudicatio. "
                   "Möjlig temporalisarterit – SR och CRP akut, prednisolon 60 mg startas i dag.")],
    must=C, why="'Möjlig' + eponym-free synonym of giant cell arteritis", length="short")

add("onh-peritonsillit-typo", "S_ONH_MALMO", "Akutanteckning", "2003-10-12", "2024-11-02 22:05",
    [("Bedömning", "Misstäkt peritonsillit hö, trismus och uvula förskjuten åt vä. Punktion i lokalbedövning.")],
    must=C, typo=True, why="typo in the cue 'Misstäkt'", length="short")

add("ped-sannolikt-hsp", "V_PED_SKAS", "Läkaranteckning", "2017-09-25", "2024-03-04 11:15",
    [("Bedömning", "Palpabla petekier på ben och nates, ledvärk i fotlederna. Sannolikt Henoch-Schönleins purpura; "
                   "U-sticka och BT, återbesök om 1 v.")],
    must=C, why="child 6 y: 'Sannolikt' + eponym", length="short")

add("gyn-ev-x-graviditet", "S_GYN_YSTAD", "Akutanteckning", "1994-02-22", "2024-07-27 16:45",
    [("Bedömning", "Ev. extrauterin graviditet: hCG 1800, tom uterus och fri vätska i fossa Douglasi på VUL. "
                   "Inläggs för diagnostisk laparoskopi.")],
    must=C, setting="slutenvård", why="'Ev.' before the diagnosis", length="short")

add("med-primar-hpt-fragetecken", "V_MED_UDDEVALLA", "Läkaranteckning", "1953-01-15", "2024-10-21 10:00",
    [("Bedömning", "Ca 2,82, PTH 9,4 – primär hyperparatyreoidism? Scintigrafi och ultraljud hals beställs.")],
    must=C, why="question mark after a diagnosis at the end of a lab line", length="short")

add("kard-troligen-perimyokardit", "S_KARD_LUND", "Läkaranteckning", "1990-04-09", "2024-12-02 08:40",
    [("Bedömning", "Troligen perimyokardit efter nyligen genomgången luftvägsinfektion, TnT 340 och diffusa ST-höjningar. "
                   "Eko i dag, MR hjärta planeras.")],
    must=C, setting="slutenvård", why="'Troligen' + compound diagnosis", length="short")

add("reuma-misstanke-pmr", "V_REUMA_SU", "Läkaranteckning", "1951-06-01", "2024-02-27 14:20",
    [("Bedömning", "Misstanke om polymyalgia reumatika med proximal stelhet och SR 64. "
                   "Prova Prednisolon 15 mg, telefonkontroll om 1 v.")],
    must=C, why="noun form 'Misstanke om' + Latin name", length="short")

add("psyk-trolig-gad", "S_PSYK_LUND", "Läkaranteckning", "1989-03-17", "2024-09-19 10:30",
    [("Bedömning", "Ältande oro sedan 8 mån, sömnstörning och muskelspänningar; trolig GAD, DD utmattningssyndrom. "
                   "GAD-7 16, KBT-remiss.")],
    must=C, why="abbreviated psychiatric diagnosis 'trolig GAD' with DD", length="short")

add("neuro-nph-kan-inte-uteslutas", "V_NEURO_SKAS", "Läkaranteckning", "1944-11-28", "2024-05-23 13:00",
    [("Aktuellt", "Remitterad från geriatriken för gångsvårighet, trängningsinkontinens och kognitiv svikt sedan ett år."),
     ("Status", "Bredspårig, magnetisk gång med korta steg, instabil vid vändning. MMSE 24. Inga pareser, Babinski neg."),
     ("Röntgen", "DT hjärna: vidgade ventriklar, Evans index 0,36, trånga sulci högt parietalt (DESH), måttlig "
                 "vitsubstansförändring."),
     ("Bedömning", "Normaltryckshydrocefalus kan inte uteslutas, men vaskulär parkinsonism är en alternativ förklaring. "
                   "Lumbalt tappningstest med gånganalys före och efter planeras.")],
    must=C, why="'kan inte uteslutas' + alternative explanation", length="medium")

add("gastro-celiaki-fragetecken-typo", "S_GASTRO_MALMO", "Läkaranteckning", "1978-08-02", "2024-03-12 09:30",
    [("Aktuellt", "Remiss från vc Rosengård pga uppblåsthet, lös avföring och järnbrist sedan 1 år. Har provat laktosfri "
                  "kost utan effekt."),
     ("Lab", "Hb 112, ferritin 6, folat lågt. tTG-IgA 18 U/mL (ref <7), totalt IgA normalt."),
     ("Status", "BMI 21. Buk mjuk, lätt diffust öm. Inga hudutslag."),
     ("Bedömning", "Celikai? Lätt förhöjd transglutaminasantikropp talar för, men inte tillräckligt för diagnos utan "
                   "biopsi. Gastroskopi med duodenalbiopsier – pat ska äta gluten som vanligt fram till dess.")],
    must=C, typo=True, why="typo in the diagnosis 'Celikai?' with question mark", length="medium")

add("onk-skelettmetastas-kan-ej-uteslutas-utkast", "V_ONK_SU", "Telefonanteckning", "1957-05-29", "2024-06-17 15:30",
    [("Aktuellt", "Pat, som är opererad för njurcellscancer 2021 utan recidiv, hör av sig om nytillkommen ländryggsvärk "
                  "sedan 3 v, värst nattetid."),
     ("Bedömning", "Skelettmetastas i ländrygg kan ej uteslutas med tanke på smärtmönstret och anamnesen. Inga neurologiska "
                   "bortfall enligt pat, ingen blåsrubbning. MR ländrygg beställd med förtur inom 1 v."),
     ("Planering", "Pat instruerad att söka akut vid bensvaghet eller urinretention. Alvedon 1 g x 3–4 i väntan.")],
    must=C, signed=None, why="draft: metastasis 'kan ej uteslutas' (confirmed earlier cancer is not the hedge)", length="medium")

add("ped-misstankt-invagination", "S_PED_HBG", "Akutanteckning", "2023-08-01", "2024-06-02 18:30",
    [("Aktuellt", "10 mån pojke med intermittenta skrikattacker sedan i morse där han drar upp benen, blek mellan "
                  "attackerna. Kräkts x 3, en blodtingerad slemmig avföring."),
     ("Anamnes", "Tidigare frisk, fullgången. Genomgått förkylning förra veckan."),
     ("Status", "Trött, blek. Buk: korvformad resistens i hö övre kvadrant. Ingen peritonit."),
     ("Lab", "Hb 118, CRP 12, Na 136, glukos 5,2."),
     ("Bedömning", "Misstänkt invagination, ileokolisk. Ultraljud buk akut, barnkirurg kontaktad för ev. luftreposition. "
                   "Fasta och iv vätska.")],
    must=C, setting="slutenvård", why="infant: 'Misstänkt invagination'", length="medium")

add("uro-sannol-prostatit-dd-pyelonefrit", "V_URO_SKAS", "Läkaranteckning", "1972-02-14", "2024-01-30 10:10",
    [("Aktuellt", "52-årig man med 5 dagars feber 38,9, sveda, täta trängningar och perineal smärta. Ingen flanksmärta."),
     ("Status", "Temp 38,6. Ömhet perinealt. Rektalpalpation: svullen, mycket öm prostata. "
                "Ingen dunkömhet över njurloger."),
     ("Lab", "CRP 188, LPK 15,4. U-sticka nitrit pos, leukocyter 3+. Urinodling och blododling tagna."),
     ("Bedömning", "Sannol. akut bakteriell prostatit, DD pyelonefrit. Ciprofloxacin 500 mg x 2 i 4 v, kontroll av CRP om 3 d.")],
    must=C, why="'Sannol.' abbreviation plus DD", length="medium")

add("endo-misstankt-cushing", "S_ENDO_MALMO", "Läkaranteckning", "1981-09-19", "2024-04-04 11:00",
    [("Aktuellt", "Remiss för viktuppgång 15 kg på 1 år, bukfetma, lila striae och nytillkommen hypertoni. Lättblödande hud."),
     ("Läkemedel", "Inga kortisonpreparat, inga inhalationer eller krämer med steroider."),
     ("Socialt", "Arbetar som kock, gift."),
     ("Status", "BT 162/98. Månansikte, buffelpuckel. Breda lila striae på buken. Proximal muskelsvaghet i benen."),
     ("Lab", "HbA1c 52. Kalium 3,3."),
     ("Bedömning", "Misstänkt Cushings syndrom. Screenas med dexametasonhämningstest 1 mg, sen kvälls-salivkortisol x 2 "
                   "och 24-h U-kortisol. Om bekräftat, ACTH och bilddiagnostik.")],
    must=C, why="eponym with 'Misstänkt'", length="medium")

add("gyn-trolig-endometrios-typo", "V_GYN_SAS", "Läkaranteckning", "1995-12-08", "2024-09-12 13:40",
    [("Aktuellt", "Svåra menssmärtor sedan menarche, tilltagande senaste 2 år, nu även djup dyspareuni och smärta vid "
                  "tarmtömning under mens. NSAID och p-piller otillräckligt."),
     ("Anamnes", "Nullipara, önskar graviditet om något år. Tidigare frisk."),
     ("Läkemedel", "Naproxen vb, p-piller utsatt."),
     ("Status", "Gyn us: ömhet och nodularitet i bakre fornix. VUL: 3 cm endometriom vä ovarium."),
     ("Bedömning", "Trolig endometrois med djup infiltration. Diagnostisk laparoskopi planeras, under tiden kontinuerligt "
                   "gestagen (Visanne). MR lilla bäckenet inför op.")],
    must=C, typo=True, why="typo in the diagnosis 'endometrois' after 'Trolig'", length="medium")

add("lung-sannolikt-ipf", "S_LUNG_LUND", "Läkaranteckning", "1948-10-30", "2024-02-15 10:20",
    [("Aktuellt", "Tilltagande ansträngningsdyspné och torrhosta sedan 1,5 år. Tidigare rökare, 20 paketår, slutade 1995."),
     ("Status", "Fina, torra krepitationer basalt bilat (kardborrerassel). Trumpinnefingrar. Sat 93 % i vila."),
     ("Funktion", "VC 68 %, DLCO 49 %. 6-min gångtest 380 m med desaturation till 86 %."),
     ("Röntgen", "HRCT: subpleurala basala retikulationer och honeycombing, bild som vid UIP."),
     ("Bedömning", "Sannolikt idiopatisk lungfibros, exposition och reumatologisk sjukdom ska uteslutas. Diskuteras på "
                   "ILD-konferens, därefter ställningstagande till antifibrotika.")],
    must=C, why="'Sannolikt idiopatisk lungfibros'", length="medium")

add("kir-sannolikt-divertikulit", "V_KIR_NAL", "Akutanteckning", "1963-04-13", "2024-11-18 20:20",
    [("Aktuellt", "Smärta i vä fossa sedan 3 dagar, feber 38,3, ändrade avföringsvanor. Ingen blödning."),
     ("Anamnes", "Frisk, inga tidigare bukoperationer. Kolonoskopi 2019 utan anmärkning."),
     ("Status", "Buk: lokal ömhet och lätt défense i vä fossa. Inga tecken på generell peritonit. Temp 38,2."),
     ("Lab", "CRP 142, LPK 13,2. Krea normalt."),
     ("Bedömning", "Sannolikt akut divertikulit i sigmoideum, okomplicerad enligt kliniken. DT buk med iv kontrast i kväll "
                   "för att utesluta abscess eller perforation. Fasta, vätska.")],
    must=C, setting="slutenvård", why="'Sannolikt' hedge; status also holds a negation (no peritonitis) that must not cancel it",
    length="medium")

add("hemat-mds-kan-inte-uteslutas", "S_HEMAT_LUND", "Läkaranteckning", "1942-07-25", "2024-03-26 14:00",
    [("Aktuellt", "Remiss från medicinkliniken Ystad för makrocytär anemi och trombocytopeni sedan 6 mån, "
                  "transfusionsbehov 2 E/mån."),
     ("Status", "Blek, inga petekier, inga förstorade lymfkörtlar. Mjälte ej palpabel."),
     ("Socialt", "Änkling, bor i Ystad."),
     ("Lab", "Hb 84, MCV 108, TPK 62, neutrofila 1,1. B12, folat, TSH och leverstatus normala. Retikulocyter låga."),
     ("Bedömning", "Myelodysplastiskt syndrom kan inte uteslutas; DD alkoholrelaterad benmärgspåverkan trots förnekad "
                   "konsumtion, PEth skickat. Benmärgsbiopsi och aspirat med cytogenetik bokas inom 2 v.")],
    must=C, why="MDS 'kan inte uteslutas' + DD", length="medium")

add("ped-misstankt-perthes", "V_PED_DSBUS", "Läkaranteckning", "2019-01-20", "2024-04-29 10:40",
    [("Aktuellt", "5-årig pojke som haltat på hö ben i 4 v, intermittent smärta i knät. Ingen feber, inget trauma."),
     ("Anamnes", "Fullgången och tidigare frisk. Går på förskola, aktiv."),
     ("Status", "Haltar med Trendelenburg hö. Inskränkt inåtrotation och abduktion i hö höft. Knä ua. Afebril."),
     ("Lab", "CRP <5, SR 8, LPK normalt."),
     ("Bedömning", "Misstänkt Perthes sjukdom hö höft, DD övergående synovit som dock brukar gå över snabbare. "
                   "Rtg bäcken och lauensteinbild i dag, ortopedremiss.")],
    must=C, why="child 5 y: eponym 'Misstänkt Perthes sjukdom'", length="medium")

add("ger-trol-uvi-dd-subduralhematom-utkast", "S_GER_TRELL", "Inskrivningsanteckning", "1933-03-08", "2024-02-09 09:10",
    [("Aktuellt", "Inlagd från SÄBO pga plötslig förvirring, sämre gång och nattlig oro sedan 2 d. "
                  "Föll för 2 v sedan enligt personalen."),
     ("Status", "Desorienterad till tid och rum, fluktuerande vakenhet. Ingen nackstelhet. Rör alla extremiteter, "
                "lätt vänstersidig drift?"),
     ("Lab", "CRP 45, U-sticka nitrit pos. Na 131."),
     ("Bedömning", "Akut konfusion, trol. UVI-utlöst. DD subduralhematom med hänsyn till fallet och Eliquis-behandlingen – "
                   "DT hjärna i dag.")],
    must=C, signed=None, setting="slutenvård", why="draft: 'trol. UVI-utlöst' and 'DD subduralhematom'", length="medium")

add("inf-misstankt-malaria", "V_INF_SU", "Inskrivningsanteckning", "1986-06-26", "2024-07-08 23:50",
    [("Aktuellt", "Hemkommen från Uganda 9 d sedan, besökt släkt i Kampala och på landsbygden. Ingen malariaprofylax. "
                  "Feber upp till 40 med frossa sedan 2 d, huvudvärk, muskelvärk."),
     ("Status", "Temp 39,4, puls 112, BT 104/62. Sklerae lätt ikteriska. Mjälten palpabel."),
     ("Lab", "TPK 48, bilirubin 38, krea 110."),
     ("Bedömning", "Misstänkt falciparummalaria. Malariasnabbtest och tjock/tunn droppe akut. Blododlingar. Inläggs på "
                   "infektion, iv artesunat om parasitemi >2 % eller komplicerad malaria.")],
    must=C, setting="slutenvård", why="'Misstänkt falciparummalaria' (compound)", length="medium")

add("hud-misstanke-basaliom", "S_HUD_LUND", "Läkaranteckning", "1950-05-15", "2024-10-14 14:10",
    [("Aktuellt", "Remiss från vc för sår på näsvingen hö som inte läker, 6 mån."),
     ("Anamnes", "Opererad för två basaliom på ryggen 2018. Utomhusarbete som lantbrukare i 40 år."),
     ("Status", "8 mm pärlemorglänsande papel med central ulceration och teleangiektasier på hö ala nasi. Inga palpabla "
                "lymfkörtlar. Dermatoskopi: arboriserande kärl och blågrå ovoida nästen."),
     ("Bedömning", "Förändringen inger misstanke om basaliom, nodulär typ. Med tanke på lokalisationen remiss till "
                   "Mohs-kirurgi; stansbiopsi tas i dag för att bekräfta.")],
    must=C, why="'inger misstanke om basaliom'", length="medium")

add("onh-barn-trol-sekretorisk-otit", "V_BARNONH_DSBUS", "Läkaranteckning", "2020-01-14", "2024-11-07 13:00",
    [("Aktuellt", "4-årig flicka med nedsatt hörsel enligt förskolan, snarkar och andas med öppen mun. "
                  "Täta förkylningar i vinter."),
     ("Anamnes", "Fullgången, frisk. Vaccinerad enligt programmet. Två äldre syskon."),
     ("Status", "Öron: retraherade, matta trumhinnor bilat med vätskespegel hö. Svalg: tonsiller 2+. "
                "Epifarynx ej inspekterbar."),
     ("Undersökningar", "Tympanometri typ B bilat. Lekaudiometri 30–35 dB bilat."),
     ("Bedömning", "Trol. sekretorisk otit bilat, sannolikt sekundärt till adenoidhypertrofi. Om kvarstående om 3 mån: "
                   "adenotomi och plaströr."),
     ("Planering", "Återbesök med ny tympanometri om 3 mån.")],
    must=C, why="child 4 y: 'Trol. sekretorisk otit'", length="medium")

add("akut-trolig-nstemi-typo", "S_AKUT_MALMO", "Akutanteckning", "1958-02-18", "2024-01-05 04:30",
    [("Kontaktorsak", "Tryckande bröstsmärta med utstrålning mot vä arm sedan kl 01, kallsvettig."),
     ("Anamnes", "Hypertoni, hyperlipidemi. Far hjärtinfarkt vid 60. Röker 10 cig/d. Ingen tidigare kranskärlssjukdom."),
     ("Socialt", "Gift, arbetar som elektriker. Röker sedan 40 år. Alkohol 5–6 standardglas/v."),
     ("Allergi", "Inga kända läkemedelsallergier."),
     ("Läkemedel", "Losartan 50 mg x 1, Atorvastatin 20 mg x 1."),
     ("Tidigare undersökningar", "Arbetsprov 2019 utan ischemi."),
     ("Status", "AT: påverkad av smärta. BT 165/95, puls 92 regelbunden. Sat 97 %. Cor: RR, inga blåsljud. "
                "Pulm: vesikulärt bilat. Inga ödem. Perifera pulsar palpabla."),
     ("EKG", "Sinusrytm. ST-sänkningar 1,5 mm V4–V6 och I, aVL. Inga ST-höjningar."),
     ("Lab", "TnT 58 → 112 efter 1 h. Krea 86, K 4,1, Hb 148. CRP 3."),
     ("Röntgen", "Lungröntgen: normal hjärtstorlek, ingen stas, inga infiltrat."),
     ("Bedömning", "Trolgi NSTEMI med dynamiska ST-förändringar och troponinstegring. GRACE 138. Ticagrelor laddningsdos, "
                   "Trombyl 300 mg, Fragmin och nitrat iv givet."),
     ("Åtgärd", "Smärtfri efter morfin 5 mg och nitrat. Kontakt med kardiolog jour. Ekokardiografi bokad i morgon."),
     ("Planering", "Inläggs på HIA. Koronarangiografi inom 24 h. Rökstopp rekommenderat.")],
    must=C, typo=True, setting="slutenvård", why="long: typo in the cue 'Trolgi NSTEMI'", length="long")

add("med-misstankt-pneumoni-dd-lungemboli", "V_MED_ALINGSAS", "Inskrivningsanteckning", "1941-08-23", "2024-12-12 16:00",
    [("Kontaktorsak", "Feber 39, hosta med gulgröna upphostningar och andfåddhet sedan 3 dagar. Sökt via ambulans."),
     ("Tidigare sjukdomar", "Diabetes typ 2. Förmaksflimmer. Höftfraktur opererad 2021."),
     ("Läkemedel", "Metformin 500 mg x 2, Eliquis 5 mg x 2, Bisoprolol 2,5 mg x 1."),
     ("Socialt", "Änka sedan 2019, bor i lägenhet med hemtjänst 2 ggr/dag. Går med rollator inomhus."),
     ("Status", "AT: trött, varm och torr. Temp 38,9, AF 26, Sat 89 % på luft, BT 108/64, puls 118 oregelbunden. "
                "Pulm: rassel och bronkiellt andningsljud hö basalt. Cor: oregelbunden rytm, inga blåsljud. "
                "Vader mjuka, inga ödem."),
     ("Lab", "CRP 256, LPK 17,8, laktat 2,4, krea 132 (känd 95). D-dimer 1,9."),
     ("Röntgen", "Lungröntgen: infiltrat hö underlob, ingen pleuravätska."),
     ("Bedömning", "Misstänkt pneumoni hö underlob med sepsis, CRB-65 2. DD lungemboli ter sig mindre troligt men kan inte "
                   "helt avskrivas trots Eliquis. Antigentest urin, sputumodling och blododlingar tagna."),
     ("Åtgärd", "Bensylpenicillin 3 g x 3 iv, syrgas 2 l, vätska 1 l Ringer. Avdelning 3."),
     ("Planering", "Syrgasmål Sat 92–96 %. Omvärdering av antibiotika efter odlingssvar. DT lungartärer om försämring.")],
    must=C, setting="slutenvård", why="long admission: 'Misstänkt pneumoni' and DD lungemboli", length="long")

add("neuro-sannolik-myasthenia-gravis", "S_NEURO_HBG", "Läkaranteckning", "1975-01-03", "2024-03-07 10:15",
    [("Aktuellt", "Nybesök. Sedan 3 mån dubbelseende som förvärras mot kvällen, hängande ögonlock vä. Senaste månaden "
                  "svårt att tugga hårt bröd och sväljer fel ibland."),
     ("Anamnes", "Inga infektioner eller nya läkemedel före debuten. Ingen andningspåverkan."),
     ("Tidigare sjukdomar", "Hypotyreos (Hashimoto). Inga operationer."),
     ("Hereditet", "Mor med reumatoid artrit."),
     ("Läkemedel", "Levaxin 88 µg x 1."),
     ("Socialt", "Gift, två barn. Arbetar som busschaufför, kör inte nu pga dubbelseendet."),
     ("Status", "Ptos vä som tilltar vid uppåtblick i 60 s. Diplopi vid lateral blick. Svaghet i nackflexion 4/5. "
                "Extremiteter: full kraft initialt, proximal uttröttbarhet vid upprepad abduktion. Reflexer ua. "
                "Sensibilitet ua. Isbitstest: förbättring av ptosen."),
     ("Lab", "TSH normalt. AChR-antikroppar skickade, svar om 2 v. CK normalt."),
     ("Funktion", "Enkel spirometri på mottagningen: VC 3,4 l."),
     ("Bedömning", "Sannolik myasthenia gravis, generaliserad form med okulär och bulbär engagering. Neurografi med "
                   "repetitiv stimulering och singelfiber-EMG bokas, DT thorax för att utesluta tymom. "
                   "Start pyridostigmin 30 mg x 3."),
     ("Planering", "Informerad om varningstecken på myastenisk kris – andningsbesvär eller svår sväljsvårighet ska leda "
                   "till akutbesök. Sjukskrivning 4 v. Återbesök när svar finns.")],
    must=C, why="long: 'Sannolik myasthenia gravis' (Latin)", length="long")

add("kard-misstankt-attr-amyloidos-utkast", "V_KARD_SU", "Läkaranteckning", "1947-06-16", "2024-05-02 14:50",
    [("Aktuellt", "Utredning av hjärtsvikt med bevarad EF och tjock kammarvägg. Opererad för karpaltunnelsyndrom bilat "
                  "2019 och 2021, spinal stenos."),
     ("Tidigare sjukdomar", "Förmaksflimmer sedan 2021. Hypertoni. Karpaltunneloperationer bilat. Spinal stenos opererad 2022."),
     ("Läkemedel", "Furosemid 40 mg x 1, Eliquis 5 mg x 2, Atorvastatin 40 mg x 1."),
     ("Hereditet", "Inga kända hjärtsjukdomar i släkten."),
     ("Socialt", "Gift, bor i villa i Partille. Pensionerad lantmätare. Går 2 km per dag."),
     ("Status", "BT 112/70, puls 72 oregelbunden. Halsvenstas 5 cm. Inga blåsljud. Pittingödem till mitten av underbenen."),
     ("EKG", "Förmaksflimmer, lågvoltage i extremitetsavledningarna trots kammarhypertrofi på eko."),
     ("Eko", "Koncentrisk vänsterkammarhypertrofi 17 mm, EF 52 %, apical sparing i strain, restriktiv fyllnad."),
     ("Lab", "NT-proBNP 4100, TnT 38 stabilt. Fria lätta kedjor normal kvot, ingen M-komponent."),
     ("Bedömning", "Misstänkt transtyretinamyloidos i hjärtat (ATTR-CM), med tanke på bilateralt karpaltunnelsyndrom, "
                   "spinal stenos och typiskt ekomönster. AL-amyloidos osannolik med normala lätta kedjor. "
                   "DPD-scintigrafi och genetisk analys av TTR beställs."),
     ("Planering", "Återbesök efter scintigrafi. Om bekräftad ATTR, ställningstagande till tafamidis. Kontroll av njurfunktion och kalium om 2 v.")],
    must=C, signed=None, why="draft, long: 'Misstänkt transtyretinamyloidos (ATTR-CM)'", length="long")

add("onk-lokalrecidiv-cervix-kan-ej-uteslutas", "S_ONK_LUND", "Läkaranteckning", "1966-03-27", "2024-09-24 15:00",
    [("Aktuellt", "Uppföljning 2,5 år efter kurativt syftande kemoradioterapi för skivepitelcancer i cervix uteri stadium "
                  "IIB. Pat beskriver ny smärta i vä ljumske sedan 1 mån och lätt svullnad i vä ben."),
     ("Tidigare sjukdomar", "Hypertoni. Depression, välbehandlad."),
     ("Läkemedel", "Amlodipin 5 mg, Sertralin 100 mg, Estradiol gel."),
     ("Allergi", "Penicillinallergi (utslag)."),
     ("Socialt", "Gift, två vuxna barn. Arbetar som undersköterska 75 %."),
     ("Funktion", "ECOG 0. Vikt stabil."),
     ("Status", "AT gott. Vä ben lätt ödematöst till knät. Palpabel 15 mm fast körtel i vä ljumske. Gyn: strålningsförändrad "
                "vagina, ingen synlig tumör, parametriet vä förtjockat."),
     ("Lab", "SCC-antigen 4,8 (tidigare 0,9). Hb 128, krea 74, ALAT 0,3, albumin 40."),
     ("Röntgen", "MR bäcken: 2 cm oregelbunden vävnadsökning vä parametrium, inte säkert att skilja från strålfibros. "
                 "PET-DT: ökat upptag i lesionen och i en lymfkörtel vä ljumske."),
     ("Bedömning", "Lokalrecidiv med regional körtelmetastas kan ej uteslutas. Finnålspunktion av ljumskkörteln "
                   "ultraljudsledd samt biopsi under narkos. Tas upp på gynonkologisk MDK efter PAD."),
     ("Planering", "Kontaktsjuksköterska ringer pat med tider. Kompressionsstrumpa vä ben. Återbesök efter MDK för besked och behandlingsplan.")],
    must=C, why="long: recurrence 'kan ej uteslutas'", length="long")

add("ped-misstankt-jia", "V_PED_SKAS", "Läkaranteckning", "2016-04-04", "2024-02-20 13:30",
    [("Aktuellt", "8-årig flicka med svullna knän och morgonstelhet i 8 v, vill inte gå till skolan på morgnarna. "
                  "Ingen föregående infektion."),
     ("Anamnes", "Tidigare frisk. Vaccinerad enl. program. Mormor med psoriasis."),
     ("Socialt", "Bor med föräldrarna och en storebror i Skövde. Går i årskurs 2, dansar på fritiden."),
     ("Läkemedel", "Inga fasta. Ipren vb."),
     ("Status", "Allmänt opåverkad. Hö knä: svullet, varmt, extensionsdefekt 10°. Vä knä: lätt svullnad. Hö fotled: svullen "
                "och öm. Övriga leder ua. Hud: inga utslag, inga nagelförändringar. Ögon: inga tecken på irit vid "
                "inspektion. Hjärta, lungor och buk ua."),
     ("Funktion", "Haltar lätt efter vila, klarar trappor."),
     ("Lab", "SR 32, CRP 14, Hb 114, TPK 480. ANA positiv 1:320. RF neg. HLA-B27 neg. Borreliaserologi neg."),
     ("Röntgen", "Ultraljud knän: synovit och ledvätska bilat. Slätröntgen utan erosioner."),
     ("Bedömning", "Misstänkt juvenil idiopatisk artrit, oligoartikulär form, ANA-positiv. Septisk artrit och reaktiv artrit "
                   "osannolika med förloppet. Intraartikulära steroidinjektioner i narkos. Ögonläkarremiss för "
                   "irit-screening var 3:e mån pga ANA-positivitet."),
     ("Planering", "Sjukgymnast. Naproxen 5 mg/kg x 2. Återbesök 4 v. Skriftlig information om barnreumatologi till föräldrarna.")],
    must=C, why="child 8 y, long: 'Misstänkt juvenil idiopatisk artrit'", length="long")

add("ort-trolig-periprotetisk-infektion-typo", "S_ORT_HLM", "Läkaranteckning", "1952-10-09", "2024-08-22 10:00",
    [("Aktuellt", "Återbesök. Knäprotes hö 2023-11-14. Sedan 2 mån ökande smärta, värme och svullnad i knät, värk även i "
                  "vila. Ingen feber."),
     ("Anamnes", "Sårsekretion i 3 v postoperativt 2023 som behandlades med flukloxacillin peroralt."),
     ("Tidigare sjukdomar", "Diabetes typ 2, reumatoid artrit på metotrexat. BMI 34."),
     ("Operationsberättelse", "Primär op: cementerad totalprotes, okomplicerad, antibiotikaprofylax Ekvacillin."),
     ("Läkemedel", "Metotrexat 15 mg/v, Folsyra, Metformin 1 g x 2, Alvedon vb."),
     ("Socialt", "Bor med maken i Hässleholm. Använder käpp utomhus. Pensionerad vårdbiträde."),
     ("Funktion", "Går 200 m med käpp, smärta VAS 6."),
     ("Status", "Hö knä: värmeökning, hydrops, rörlighet 5–95°. Ärret läkt, ingen fistel. Ingen instabilitet."),
     ("Lab", "CRP 38, SR 54, LPK 9,1, HbA1c 64."),
     ("Röntgen", "Rtg hö knä: ny radiolucent linje runt tibiakomponenten, ingen fraktur."),
     ("Ledpunktion", "Grumlig ledvätska, LPK 3400/µL med 82 % polymorfkärniga. Odling pågår, 14 d inkubation."),
     ("Bedömning", "Trolig periprotetsik infektion, kronisk, hö knä. Diskuteras på protesinfektionskonferens tillsammans "
                   "med infektionsläkare. Ingen antibiotika förrän odlingssvar. Sannolikt tvåstegsrevision."),
     ("Planering", "Pat informerad om behovet av vidare utredning. Pausar metotrexat i samråd med reumatolog. "
                   "Nytt besök om 2 v.")],
    must=C, typo=True, why="long: 'Trolig periprotetsik infektion' (typo in the diagnosis)", length="long")

add("reuma-sle-fragetecken", "V_REUMA_SU", "Läkaranteckning", "1992-07-13", "2024-10-01 09:30",
    [("Aktuellt", "Remitterad från vc för ledvärk i händer och handleder, trötthet och fjärilsformat utslag efter "
                  "solexponering i somras. Munsår vid två tillfällen. Ingen feber nu."),
     ("Tidigare sjukdomar", "Ett missfall 2022. Migrän."),
     ("Läkemedel", "Inga fasta. Ipren vb."),
     ("Socialt", "Arbetar som lärare, bor med sambo i Göteborg. Planerar graviditet om något år."),
     ("Hereditet", "Mor med hypotyreos. Moster med Sjögrens syndrom."),
     ("Status", "Erytem över kinder och näsrygg, sparar nasolabialvecken. Ulcus i hårda gommen. Lätt synovit MCP 2–3 bilat. "
                "Pulm: ua. Cor: ua, ingen gnidning. Inga ödem."),
     ("Lab", "ANA 1:2560 homogent, anti-dsDNA 180 IU/mL, C3 och C4 låga. Hb 109, LPK 3,1, TPK 132. Krea 68. "
             "U-sticka: protein 1+, blod 1+. U-albumin/krea 42. Kardiolipin-ak och lupusantikoagulans tagna."),
     ("Bedömning", "SLE? Bilden talar starkt för systemisk lupus erythematosus med hud-, slemhinne-, led- och hematologisk "
                   "engagering. Njurpåverkan måste kartläggas – ny urinsticka och U-sediment, ev. njurbiopsi. "
                   "Start Plaquenil 200 mg x 2. Antifosfolipidsyndrom ska värderas med hänsyn till missfallet."),
     ("Planering", "Återbesök om 2 v med provsvar. Solskydd. Provtagning för njurfunktion varje månad initialt.")],
    must=C, why="long: abbreviation with question mark 'SLE?' opening the assessment", length="long")

add("inf-misstankt-spondylodiskit-utkast", "S_INF_MALMO", "Inskrivningsanteckning", "1955-09-12", "2024-11-14 17:45",
    [("Kontaktorsak", "Remitterad från vc för ryggvärk sedan 6 v med feber på kvällar. Smärtan hindrar sömn."),
     ("Anamnes", "Diabetes typ 2. Hemodialys 3 ggr/v via AV-fistel sedan 2022. Bakteriemi med S. aureus i augusti efter "
                 "fistelinfektion, behandlad 2 v."),
     ("Allergi", "Inga kända läkemedelsallergier, tål penicillin."),
     ("Läkemedel", "Insulin Tresiba, Calcitriol, Renvela, Alvedon."),
     ("Socialt", "Bor med hustrun i Malmö, pensionerad målare. Går med rollator utomhus."),
     ("Tidigare undersökningar", "Eko 2024-08 (TTE) utan vegetationer."),
     ("Status", "Temp 38,1. Knackömhet över L2–L3, paravertebral muskelspänning. Neurologi: ingen svaghet i benen, reflexer "
                "symmetriska, ingen sensibilitetsnedsättning. Fisteln ua."),
     ("Lab", "CRP 96, SR 88, LPK 11,3, krea 640 (dialys). Blododlingar x 2 tagna före antibiotika."),
     ("Röntgen", "Slätröntgen ländrygg: osäker förändring av ändplattorna L2–L3."),
     ("Bedömning", "Misstänkt spondylodiskit L2–L3, sannolikt hematogent efter S. aureus-bakteriemin i augusti. "
                   "DD epiduralabscess. MR ländrygg akut i kväll; antibiotika avvaktas om neurologiskt stabil, för att "
                   "först få odlingssvar eller biopsi."),
     ("Planering", "Om MR bekräftar: DT-ledd biopsi. Neurokontroll x 4/dygn. Eko för att utesluta endokardit."),
     ("Dialys", "Nästa dialys i morgon fm, dialysavdelningen kontaktad.")],
    must=C, signed=None, setting="slutenvård", why="draft, long: 'Misstänkt spondylodiskit', DD", length="long")

add("psyk-sannolikt-adhd-vuxen", "V_PSYK_SU", "Läkaranteckning", "1997-04-25", "2024-03-26 14:00",
    [("Aktuellt", "Nybesök, egenremiss. Svårt att fokusera på jobbet sedan han fick nytt ansvar, glömmer möten, skjuter upp "
                  "uppgifter. Har alltid varit rastlös."),
     ("Anamnes", "Enligt mamma (telefon) var han mycket aktiv och impulsiv som barn, fick ofta tillsägelser i skolan men "
                 "hade bra betyg. Inga tidigare psykiatriska kontakter. Sover 6 h, kaffe 6 koppar/d."),
     ("Tidigare sjukdomar", "Astma i barndomen. Inga psykiatriska diagnoser."),
     ("Hereditet", "Bror har diagnosen ADHD sedan skolåren. Mor behandlad för depression."),
     ("Socialt", "Bor med flickvän, arbetar som projektledare inom IT. Alkohol 8 standardglas/v. Inga droger."),
     ("Läkemedel", "Inga."),
     ("Status", "Vaken, orienterad, god kontakt. Rör mycket på händer och fötter under samtalet. Stämningsläge neutralt. "
                "Inga psykotiska symtom. Inga suicidtankar."),
     ("Skattningar", "ASRS del A 6/6 positiva. MADRS-S 11. AUDIT 7."),
     ("Bedömning", "Sannolikt ADHD, kombinerad form, med funktionspåverkan i arbetslivet. Depression och bipolaritet bedöms "
                   "osannolika utifrån anamnes och skattning. Neuropsykiatrisk utredning med DIVA 2.0 och psykologtestning "
                   "startas."),
     ("Planering", "Psykolog kallar inom 6 v. Informerad om sömnhygien och att minska kaffe efter kl 14. Återbesök hos mig efter testningen.")],
    must=C, why="long psychiatry note: 'Sannolikt ADHD'", length="long")

add("med-trol-hfpef", "S_MED_LANDSKRONA", "Inskrivningsanteckning", "1939-11-30", "2024-07-10 13:00",
    [("Kontaktorsak", "Tilltagande andfåddhet vid ansträngning sedan 2 mån, nu även nattlig ortopné. Svullna anklar."),
     ("Tidigare sjukdomar", "Hypertoni sedan 30 år. Diabetes typ 2. Förmaksflimmer paroxysmalt. Knäartros bilat."),
     ("Läkemedel", "Amlodipin 10 mg, Losartan 100 mg, Metformin 500 mg x 2, Eliquis 2,5 mg x 2."),
     ("Socialt", "Bor med maken i villa, klarar ADL. Ingen hemtjänst."),
     ("Status", "AT: lätt dyspné i vila. BT 168/84, puls 88 oregelbunden, Sat 93 %. Cor: arytmisk, inga blåsljud. "
                "Pulm: krepitationer basalt bilat. Pittingödem till knäna. BMI 33."),
     ("Lab", "NT-proBNP 2100, Hb 121, krea 104, eGFR 44, K 4,6, TSH normalt."),
     ("Röntgen", "Lungröntgen: hjärtförstoring, lätt stas och bilaterala pleuravätskor."),
     ("Eko", "Bedside: EF ca 55 %, koncentrisk hypertrofi, dilaterat vä förmak, ingen klaffsjukdom av betydelse."),
     ("Bedömning", "Trol. hjärtsvikt med bevarad ejektionsfraktion (HFpEF), dekompenserad i samband med förmaksflimmer. "
                   "Furosemid 40 mg iv x 2, vikt dagligen."),
     ("Åtgärd", "Syrgas 2 l/min. Vätskerestriktion 1,5 l. Telemetriövervakning första dygnet."),
     ("Planering", "Eko på kliniskt fysiologiska lab under vårdtiden. Rytmkontroll med bisoprolol. Utvärdering av SGLT2-hämmare när njurfunktionen är stabil.")],
    must=C, setting="slutenvård", why="long: 'Trol. hjärtsvikt ... (HFpEF)' abbreviation", length="long")

add("gastro-misstankt-autoimmun-hepatit", "V_GASTRO_SU", "Läkaranteckning", "1969-05-07", "2024-08-28 11:30",
    [("Aktuellt", "Remiss från vc pga förhöjda levervärden upptäckta vid hälsokontroll, ALAT 6,2. Trött sedan ett par "
                  "månader, i övrigt besvärsfri."),
     ("Anamnes", "Hypotyreos. Behandlades för borreliainfektion med doxycyklin i maj. Tar ingen alkohol. Tar gurkmeja och "
                 "grönt te-extrakt som kosttillskott sedan vintern."),
     ("Hereditet", "Mor med celiaki och hypotyreos."),
     ("Läkemedel", "Levaxin 100 µg, gurkmeja 500 mg x 2, grönt te-extrakt."),
     ("Socialt", "Gift, arbetar som projektledare. Ingen alkohol sedan 10 år."),
     ("Allergi", "Inga kända."),
     ("Status", "Ingen ikterus. Inga spidernaevi. Lever ej palpabel. Buk mjuk, oöm."),
     ("Lab", "ALAT 6,8, ASAT 4,9, ALP 1,9, bilirubin 21, PK-INR 1,0, albumin 38. IgG 22 g/L. ANA 1:320, "
             "anti-glatt muskel-ak positiva. Hepatit A, B, C och E negativa. Ceruloplasmin och ferritin normala."),
     ("Röntgen", "Ultraljud lever: homogen, normalstor, inga fokala förändringar, gallvägar ej vidgade."),
     ("Bedömning", "Misstänkt autoimmun hepatit, DD läkemedels- eller kosttillskottsinducerad leverskada (grönt te-extrakt). "
                   "Kosttillskotten sätts ut omedelbart. Om inte snabb förbättring inom 4 v: leverbiopsi."),
     ("Planering", "Nya leverprover om 2 och 4 v. Återbesök om 5 v. Pat kontaktar mottagningen vid ikterus.")],
    must=C, why="long: 'Misstänkt autoimmun hepatit, DD ...'", length="long")

add("ped-trolig-kawasaki-typo", "S_PED_LUND", "Inskrivningsanteckning", "2018-02-11", "2024-05-17 11:00",
    [("Aktuellt", "6-årig pojke med feber sedan 5 dygn trots Alvedon, alltmer irriterad och trött."),
     ("Anamnes", "Frisk, vaccinerad enl. program. Ingen utlandsresa. Ingen i familjen sjuk."),
     ("Socialt", "Bor med båda föräldrarna och en storasyster i Lund. Går i förskoleklass."),
     ("Läkemedel", "Alvedon 15 mg/kg vb senaste dygnen. Inga fasta läkemedel."),
     ("Allergi", "Inga kända."),
     ("Status", "Temp 39,6. Bilateral icke-purulent konjunktivit. Röda, spruckna läppar, jordgubbstunga. Makulopapulöst "
                "utslag på bålen. Hand- och fotryggar svullna. Inga förstorade halslymfkörtlar. Hjärta: takykard 130, inga "
                "blåsljud. Lungor och buk ua."),
     ("Lab", "CRP 168, SR 78, LPK 17,2, Hb 108, TPK 390, albumin 27, ALAT 1,4. U-sticka: leukocyter 1+, nitrit neg. "
             "Streptokocktest neg."),
     ("Eko", "Inga koronaraneurysm, LAD z-score +1,8."),
     ("Bedömning", "Trolig Kawasakis sjukom, 4 av 5 huvudkriterier utöver feber. DD MIS-C (ingen känd covidexposition, "
                   "serologi skickad) och scarlatina. Start IVIG 2 g/kg och högdos ASA."),
     ("Åtgärd", "Perifer venkateter, iv vätska enligt underhåll. Temp- och BT-kontroller x 4."),
     ("Planering", "Nytt eko dag 7 och efter 6 v. Information till föräldrarna om behandlingen given. Trombocyter och leverprover om 2 d.")],
    must=C, typo=True, setting="slutenvård", why="child 6 y, long: 'Trolig Kawasakis sjukom' (typo) with DD", length="long")

add("endo-feokromocytom-kan-inte-uteslutas", "V_ENDO_SU", "Läkaranteckning", "1964-12-01", "2024-06-11 10:00",
    [("Aktuellt", "Remiss från kirurgen efter fynd av 3,8 cm binjureresistens hö vid DT för divertikulit. Pat har haft "
                  "anfall av hjärtklappning, huvudvärk och svettningar ett par gånger per månad senaste året."),
     ("Tidigare sjukdomar", "Hypertoni svårinställd trots 3 preparat. Divertikulit 2024-04."),
     ("Hereditet", "Far avled 55 år i stroke, okänd orsak. Inga kända endokrina tumörer i släkten."),
     ("Läkemedel", "Amlodipin 10 mg, Enalapril 20 mg, Hydroklortiazid 25 mg."),
     ("Socialt", "Gift, arbetar som busschaufför. Sjukskriven under utredningen."),
     ("Status", "BT 172/104, puls 96. Blek. Cor, pulm ua. Inga hudförändringar, inga café-au-lait-fläckar."),
     ("Lab", "P-metoxikatekolaminer: normetanefrin 4,1 nmol/L (ref <0,9), metanefrin 0,8. Kortisol efter 1 mg dexametason "
             "32 nmol/L. Aldosteron/renin-kvot normal. Kalium 3,9."),
     ("Röntgen", "DT binjurar (från kirurgen): 38 mm heterogen lesion hö binjure, 42 HU okontrasterat, långsam wash-out."),
     ("Bedömning", "Feokromocytom kan inte uteslutas – tvärtom talar de kraftigt förhöjda normetanefrinerna och anfallen "
                   "starkt för det. Alfablockad med doxazosin startas, betablockad först efter 1 v. MR och "
                   "68Ga-DOTATATE-PET. Genetisk utredning erbjuds."),
     ("Planering", "Inga betablockerare innan alfablockad. Remiss till endokrinkirurgen efter fullständig blockad.")],
    must=C, why="long: 'Feokromocytom kan inte uteslutas' (strongly suspected, not settled)", length="long")

add("uro-misstankt-blassmartssyndrom", "S_URO_MALMO", "Läkaranteckning", "1984-06-19", "2024-04-16 13:20",
    [("Aktuellt", "Kvinna 39 år med smärta över blåsan som lindras vid miktion, miktionsfrekvens 18 ggr/dygn och nykturi x 4 "
                  "sedan 2 år. Upprepade urinodlingar negativa. Flera antibiotikakurer utan effekt."),
     ("Anamnes", "Symtomen började efter andra förlossningen. Ingen hematuri. Ingen känd endometrios. Smärtan förvärras vid stress och av vissa livsmedel."),
     ("Tidigare sjukdomar", "IBS. Fibromyalgi. Två förlossningar."),
     ("Läkemedel", "Amitriptylin 10 mg till natten, Omeprazol vb."),
     ("Allergi", "Inga kända."),
     ("Socialt", "Arbetar som undersköterska, svårt att klara arbetet pga toalettbehov. Gift, två barn."),
     ("Status", "Buk: ömhet suprapubiskt. Gyn: ömhet över främre vaginalväggen/blåsbasen. Inga resistenser."),
     ("Undersökningar", "Miktionslista: medelvolym 90 ml, max 160 ml. Residualurin 15 ml. U-odling neg, U-cytologi benign."),
     ("Skattning", "O'Leary-Sant symtomindex 16, problemindex 14."),
     ("Lab", "Krea 64, CRP <1, U-sticka ua."),
     ("Röntgen", "UL njurar och blåsa: normala förhållanden."),
     ("Bedömning", "Misstänkt blåssmärtsyndrom (interstitiell cystit), DD överaktiv blåsa och kronisk bäckensmärta av annan "
                   "genes. Cystoskopi med hydrodistension i narkos och biopsi för att leta efter Hunnerlesioner och "
                   "utesluta CIS."),
     ("Planering", "Op-anmälan gjord. Dietråd (undvika kaffe, citrus). Amitriptylin höjs till 25 mg. Uroterapeut. Återbesök efter cystoskopin.")],
    must=C, why="long: 'Misstänkt blåssmärtsyndrom (interstitiell cystit)', DD", length="long")

# ---------------------------------------------------------------------------
# NL102 must_not: hedged diagnosis in PMO (never shown); negated diagnosis;
# hedge about a relative or spouse; past (dated) hedge; hedge on something
# that is no diagnosis; hedge inside a protected template / sökord; settled
# diagnosis.
# ---------------------------------------------------------------------------
D = ("NL102",)

add("pmo-vc-trol-viral-oli", "P_VC_SJOBO", "Läkarbesök", "1979-01-22", "2024-01-16 10:10",
    [("Bedömning", "Trol. viral övre luftvägsinfektion, ingen indikation för antibiotika. Egenvård, åter vb.")],
    must_not=D, why="PMO never shows diagnoses: hedged diagnosis in a PMO note", length="short")

add("akut-ingen-misstanke-appendicit", "V_AKUT_SU", "Akutanteckning", "2001-02-09", "2024-06-22 01:40",
    [("Bedömning", "Ingen misstanke om appendicit, buken mjuk och oöm, CRP 4. Gastroenterit, hemgång med vätskeråd.")],
    must_not=D, why="negated: 'Ingen misstanke om appendicit'", length="short")

add("neuro-mr-utan-tecken-pa-demyelinisering", "S_NEURO_MALMO", "Läkaranteckning", "1994-05-28", "2024-03-01 11:40",
    [("Bedömning", "MR hjärna och halsrygg utan tecken på demyeliniserande sjukdom. Pirrningarna i händerna förklaras av "
                   "karpaltunnelsyndrom bilat enligt neurografi.")],
    must_not=D, why="negated: 'utan tecken på'; the other diagnosis is settled", length="short")

add("kard-hereditet-far-trol-hjartinfarkt", "V_KARD_SU", "Läkaranteckning", "1971-12-03", "2024-08-07 09:00",
    [("Hereditet", "Far trol. hjärtinfarkt vid 52 års ålder, avled i hemmet. "
                   "Farbror med misstänkt kardiomyopati, aldrig utredd.")],
    must_not=D, why="hedges about relatives (father, uncle) in Hereditet", length="short")

add("pmo-bvc-ev-komjolksproteinallergi", "P_BVC_ESLOV", "BVC-besök", "2023-10-10", "2024-07-03 10:30",
    [("Bedömning", "Eksem och slemmig avföring sedan introduktion av välling, ev. komjölksproteinallergi. "
                   "Enl. BVC-läkaren prövas mjölkfri kost 4 v.")],
    must_not=D, role="distriktssköterska", why="PMO (BVC, child 9 mån): hedged diagnosis never shown", length="short")

add("ort-trolig-hemgang-icke-diagnos", "V_ORT_SKAS", "Läkaranteckning", "1948-09-19", "2024-03-22 12:30",
    [("Planering", "Trolig hemgång i morgon efter sjukgymnastens bedömning av trappgång. "
                   "Höftfrakturen opererad med spik, röntgen postop ua.")],
    must_not=D, setting="slutenvård", why="hedge on discharge ('trolig hemgång'), the fracture is settled", length="short")

add("med-tidiga-hypoteser-mall-somatisering-utkast", "S_MED_LANDSKRONA", "Tidiga hypoteser", "1986-07-07", "2024-10-24 16:00",
    [("Bedömning", "Upprepade akutbesök för diffusa smärtor utan somatiskt fynd, misstänkt somatiseringssyndrom. "
                   "Tas upp med pat när förtroendet är etablerat.")],
    must_not=D, signed=None, why="Skåne draft in the protected template Tidiga hypoteser", length="short")

add("ger-tidiga-hypoteser-sokord-alzheimer", "V_GER_SU", "Läkaranteckning", "1949-04-11", "2024-05-14 14:00",
    [("Tidiga hypoteser", "Möjlig tidig Alzheimers sjukdom, MMSE 26 men påtagliga episodiska minnesbrister. "
                          "Likvorprov och neuropsykologisk testning innan något kommuniceras.")],
    must_not=D, why="VGR: hedge under the filtered sökord Tidiga hypoteser", length="short")

add("akut-ingen-misstanke-dvt-typo", "S_AKUT_LUND", "Akutanteckning", "1967-02-02", "2024-09-05 15:50",
    [("Bedömning", "Ingen misstnake om DVT, Wells 0 och D-dimer <0,2. Vadsmärtan är muskulär efter löpning.")],
    must_not=D, typo=True, why="negated with a typo in the cue ('misstnake')", length="short")

add("inf-malaria-uteslutet", "V_INF_SU", "Läkaranteckning", "1990-10-28", "2024-02-12 08:15",
    [("Bedömning", "Malaria uteslutet, snabbtest och tjock droppe negativa x 3. "
                   "Febern förklaras av denguefeber, NS1-antigen positivt.")],
    must_not=D, setting="slutenvård", why="negated: 'uteslutet' after the diagnosis", length="short")

add("pmo-um-trolig-klamydia", "P_UM_YSTAD", "Besöksanteckning", "2006-05-05", "2024-04-10 14:20",
    [("Bedömning", "Trolig klamydiainfektion, partnern har positivt prov. Prov taget, behandlas direkt med doxycyklin "
                   "enl. läkarordination.")],
    must_not=D, role="barnmorska", why="PMO (ungdomsmottagning, 17 y): hedged diagnosis", length="short")

add("ped-hereditet-mamma-misstankt-celiaki", "V_PED_SKAS", "Läkaranteckning", "2018-11-11", "2024-01-24 13:00",
    [("Hereditet", "Mamma har misstänkt celiaki och utreds hos sin läkare. Morfar trol. typ 1-diabetes."),
     ("Bedömning", "Funktionell förstoppning. Movicol Junior.")],
    must_not=D, why="child 5 y: hedges about mother and grandfather; own diagnosis settled", length="short")

add("lung-ev-astma-i-barndomen-tidigare", "S_LUNG_LUND", "Läkaranteckning", "1980-12-12", "2024-05-09 10:00",
    [("Tidigare sjukdomar", "Ev. astma i barndomen, använde inhalator till 10 års ålder."),
     ("Bedömning", "Ansträngningsutlöst laryngeal obstruktion (EILO), verifierat vid CLE-test.")],
    must_not=D, why="past: hedge dated to childhood; current diagnosis verified", length="short")

add("stroke-oklart-om-eliquis-icke-diagnos", "V_STROKE_SU", "Läkaranteckning", "1943-07-08", "2024-11-28 07:30",
    [("Planering", "Oklart om pat tagit kvällsdosen av Eliquis i går. "
                   "Ev. kontroll av apixabankoncentration före trombolysbeslut.")],
    must_not=D, setting="slutenvård", why="hedges about medication intake and a test, no diagnosis hedged", length="short")

add("pmo-hemsjukvard-misstankt-trycksar", "P_HEMSJ_OSBY", "Omvårdnadsanteckning", "1930-06-18", "2024-02-28 11:00",
    [("Hud", "Misstänkt trycksår grad 1 över sacrum, rodnad som inte bleknar vid tryck. "
             "Avlastning med växeltrycksmadrass, vändschema var 3:e tim.")],
    must_not=D, role="sjuksköterska", why="PMO (hemsjukvård): hedged diagnosis", length="short")

add("inf-erysipelas-faststalld", "V_INF_SU", "Läkaranteckning", "1962-04-16", "2024-07-23 10:50",
    [("Diagnos", "Erysipelas vä underben, debut i går."),
     ("Åtgärd", "PcV 1 g x 3 i 10 d, högläge.")],
    must_not=D, why="settled diagnosis, no hedge", length="short")

add("pmo-vc-trol-ischias-typo", "P_VC_HOOR", "Läkarbesök", "1974-08-14", "2024-10-09 15:00",
    [("Bedömning", "Trol. ichias hö med L5-utstrålning, inga röda flaggor. Naproxen, fortsatt aktivitet, sjukgymnast.")],
    must_not=D, typo=True, why="PMO, typo in the diagnosis ('ichias')", length="short")

add("pmo-vc-misstankt-hypotyreos", "P_VC_TORNET", "Läkarbesök", "1962-03-19", "2024-03-06 09:20",
    [("Aktuellt", "Trötthet, frusenhet och viktuppgång 4 kg sedan i höstas. Torr hud, förstoppning."),
     ("Läkemedel", "Inga fasta. Järntabletter tidigare."),
     ("Socialt", "Arbetar som tandsköterska, gift."),
     ("Status", "Puls 58. Torr hud. Tyreoidea lätt förstorad, oöm, ingen knöl. Reflexer med långsam relaxation."),
     ("Lab", "TSH 14,2, fritt T4 9. TPO-antikroppar skickade."),
     ("Bedömning", "Misstänkt hypotyreos, sannolikt Hashimotos tyreoidit. Levaxin 50 µg x 1, kontroll TSH om 6 v. "
                   "Informerad om att ta tabletten fastande."),
     ("Planering", "Telefonkontakt med provsvar om TPO.")],
    must_not=D, why="PMO: 'Misstänkt hypotyreos, sannolikt Hashimoto'", length="medium")

add("neuro-ingen-misstanke-sab-spanningshuvudvark", "V_NEURO_SU", "Akutanteckning", "1983-05-31", "2024-07-18 17:00",
    [("Aktuellt", "Pat söker för huvudvärk sedan 5 d, tryckande runt hela huvudet, värre på eftermiddagen. Stressig "
                  "arbetssituation. Ingen åskknallshuvudvärk, inget illamående, inga synbortfall."),
     ("Status", "Vaken, orienterad. Ingen nackstelhet. Pupiller lika. Kranialnerver ua. Ingen pronatordrift. "
                "Ömma pericranialmuskler."),
     ("Röntgen", "DT hjärna: ingen blödning, ingen expansivitet."),
     ("Bedömning", "Ingen misstanke om subaraknoidalblödning med det gradvisa förloppet under flera dagar och normal DT – "
                   "LP behövs ej. Spänningshuvudvärk. Råd om paracetamol, avspänning och att undvika överanvändning av "
                   "värktabletter.")],
    must_not=D, why="negated SAH; settled tension-type headache", length="medium")

add("onkgen-hereditet-mor-misstankt-ovarialcancer", "S_ONKGEN_LUND", "Läkaranteckning", "1985-09-09", "2024-10-30 13:00",
    [("Aktuellt", "Frisk 39-årig kvinna, ärftlighetsutredning. Önskar riskbedömning inför ev. mammografiscreening före 40."),
     ("Hereditet", "Modern avled 58 år i misstänkt ovarialcancer, aldrig PAD-verifierad. Mormor möjligen bröstcancer i "
                   "50-årsåldern, uppgifterna osäkra. Moster opererad för bröstcancer 45 år, ej BRCA-testad."),
     ("Bedömning", "Pat själv frisk, bröststatus ua. Begär journalkopior på modern och mostern med samtycke från dödsbo "
                   "respektive moster. Därefter ställning till BRCA-testning av pat."),
     ("Planering", "Pat kontaktas av genetisk vägledare när journalkopiorna inkommit, beräknat inom 6 v.")],
    must_not=D, why="hedged diagnoses of the mother and grandmother; patient healthy", length="medium")

add("gyn-hereditet-syster-trolig-endometrios", "V_GYN_SAS", "Läkaranteckning", "1999-03-03", "2024-05-20 10:30",
    [("Aktuellt", "Preventivmedelsrådgivning. Önskar hormonspiral. Regelbundna mens, måttliga menssmärtor som svarar på Ipren."),
     ("Tidigare sjukdomar", "Frisk. Inga operationer. Inga läkemedel."),
     ("Hereditet", "Syster troligen endometrios, utreds i Göteborg. Mor ev. PCOS, aldrig utredd. Morfar djup ventrombos."),
     ("Socialt", "Studerar till socionom i Borås, sambo. Röker ej."),
     ("Status", "Gyn us ua. VUL: normal uterus och ovarier."),
     ("Åtgärd", "Kyleena inlagd utan komplikationer. Kontroll efter 3 mån vb. Blödningsmönster genomgånget."),
     ("Information", "Genomgång av biverkningar och när hon ska höra av sig vid smärta eller feber.")],
    must_not=D, why="sister 'troligen endometrios', mother 'ev. PCOS' — relatives, not the patient", length="medium")

add("kard-ingen-hallpunkt-for-ischemi", "S_KARD_LUND", "Läkaranteckning", "1966-07-21", "2024-01-18 14:40",
    [("Aktuellt", "Utredning av bröstsmärta sedan 1 mån, huggande vänster om sternum, värre vid vissa rörelser och "
                  "djupandning. Ingen koppling till ansträngning."),
     ("Tidigare sjukdomar", "Hypertoni, välbehandlad. I övrigt frisk."),
     ("Undersökningar", "Arbetsprov till 220 W (118 % av förväntat) utan bröstsmärta och utan ischemiska ST-förändringar. "
                        "Eko ua."),
     ("Status", "Palpationsöm över 4:e och 5:e revbensbrosket vä."),
     ("Bedömning", "Ingen hållpunkt för ischemi vid arbetsprov. Bröstsmärtan är muskuloskeletal (costokondral). "
                   "Inga fler hjärtundersökningar, åter till vc.")],
    must_not=D, why="negated: 'Ingen hållpunkt för ischemi'", length="medium")

add("ped-rs-bronkiolit-icke-diagnostiska-hedges", "V_PED_DSBUS", "Läkaranteckning", "2023-12-12", "2024-07-15 09:00",
    [("Aktuellt", "Dag 3 för RS-virusbronkiolit, verifierad med PCR. Behöver nu 0,5 l syrgas, igår 1 l."),
     ("Status", "Möjligen något piggare i dag enligt mamma. AF 48, lätta indragningar. Sat 94 % på 0,5 l. Fina rassel bilat."),
     ("Nutrition", "Äter 2/3 av sin vanliga mängd, sondmatning avvecklad."),
     ("Bedömning", "Förbättras långsamt. Ev. syrgasfri i morgon och i så fall hemgång på eftermiddagen, "
                   "annars trolig utskrivning fredag.")],
    must_not=D, setting="slutenvård", why="infant: hedges on wellbeing and discharge only; RSV is verified", length="medium")

add("pmo-bvc-fragetecken-astma", "P_BVC_KRISTIANSTAD", "BVC-besök", "2020-06-06", "2024-09-03 10:00",
    [("Aktuellt", "4-årskontroll. Mamma berättar om upprepade hostperioder med pip i bröstet vid förkylning, även nattlig "
                  "hosta efter lek ute i kyla."),
     ("Anamnes", "Fullgången. Eksem som spädbarn. Pappa har astma. Ingen rökning i hemmet."),
     ("Status", "Vikt och längd följer kurvan. Syn- och hörselscreening ua. Språk ua."),
     ("Bedömning", "? Astma. Diskuterat med BVC-läkare som bokar besök för bedömning och ev. provbehandling med "
                   "inhalationssteroid. Mamma fick information om inhalationsteknik med andningsbehållare."),
     ("Planering", "Ny kontakt efter läkarbesöket.")],
    must_not=D, role="distriktssköterska", why="PMO (BVC, child 4 y): '? Astma'", length="medium")

add("med-tidigare-susp-tia-2016", "V_MED_KUNGALV", "Läkaranteckning", "1951-01-13", "2024-04-08 10:30",
    [("Aktuellt", "Årskontroll hypertoni och typ 2-diabetes. Mår bra."),
     ("Tidigare sjukdomar", "2016 susp. TIA med övergående talsvårighet, utredd utan fynd och ej upprepad. "
                            "2018 borreliainfektion, behandlad. Prostatahyperplasi."),
     ("Läkemedel", "Metformin 1 g x 2, Ramipril 10 mg x 1, Atorvastatin 40 mg x 1, Trombyl 75 mg x 1."),
     ("Status", "BT 136/82. Fötter: ua, monofilament känns."),
     ("Lab", "HbA1c 51, LDL 2,1, krea 91, U-albumin/krea 2,4."),
     ("Bedömning", "Typ 2-diabetes och hypertoni, väl inställda. Oförändrad medicinering."),
     ("Planering", "Årskontroll om 12 mån, ögonbottenfoto i höst.")],
    must_not=D, why="past: '2016 susp. TIA' in Tidigare sjukdomar", length="medium")

add("akut-inga-tecken-pa-fraktur-typo", "S_AKUT_MALMO", "Akutanteckning", "1989-10-17", "2024-12-07 18:30",
    [("Aktuellt", "Ramlat på isen och tagit emot sig med hö hand. Smärta i handleden."),
     ("Anamnes", "Frisk, högerhänt. Arbetar som kontorist."),
     ("Status", "Lätt svullnad dorsalt. Ingen felställning. Ingen ömhet i fossa tabatière eller över scaphoideums tuberkel. "
                "Fingrar: normal sensibilitet och cirkulation."),
     ("Röntgen", "Rtg hö handled inkl scaphoideumserie: Inga teckne på fraktur."),
     ("Bedömning", "Distorsion hö handled. Fraktur utesluten radiologiskt och kliniskt. Elastisk linda, NSAID 3 d. "
                   "Ingen uppföljning."),
     ("Planering", "Åter vid kvarstående smärta efter 2 v.")],
    must_not=D, typo=True, why="negated with typo in the cue ('Inga teckne på fraktur'), 'utesluten'", length="medium")

add("hemat-itp-makens-misstankta-lymfom", "V_HEMAT_SU", "Läkaranteckning", "1968-02-04", "2024-10-22 13:30",
    [("Aktuellt", "Kontroll av immunologisk trombocytopeni (ITP), diagnos 2021. TPK 78, stabilt utan behandling. "
                  "Inga blödningar."),
     ("Socialt", "Pat uppger att maken utreds för misstänkt lymfom på lasarettet i Borås och att hon sover dåligt av oro. "
                 "Bor tillsammans med maken i Borås, två utflugna barn."),
     ("Bedömning", "ITP i stabil fas, ingen behandling behövs. Oron för makens hälsa bemött; erbjuden kuratorskontakt. "
                   "Nästa kontroll om 6 mån.")],
    must_not=D, why="spouse's suspected lymphoma; patient's ITP settled", length="medium")

add("pmo-vc-trol-utmattningssyndrom", "P_VC_NASBY", "Läkarbesök", "1981-11-04", "2024-02-22 14:00",
    [("Aktuellt", "Sjukskriven sedan 3 v pga utmattning. Arbetar som socialsekreterare. Kognitiva svårigheter, "
                  "ljudkänslighet, sover dåligt. Har tidigare klarat hög arbetsbelastning men allt rasade i december."),
     ("Läkemedel", "Inga fasta. Melatonin receptfritt."),
     ("Socialt", "Gift, två barn i skolåldern. Tränar inte längre."),
     ("Status", "Trött, nedstämd men ej suicidal. KEDS 24, MADRS-S 17."),
     ("Lab", "Blodstatus, TSH, B12, glukos normala."),
     ("Bedömning", "Trol. utmattningssyndrom (F43.8A) med depressiva inslag. Förlängd sjukskrivning 50 % i 4 v, "
                   "rehabkoordinator kontaktad, KBT-remiss.")],
    must_not=D, why="PMO: 'Trol. utmattningssyndrom'", length="medium")

add("neuro-tidiga-hypoteser-sokord-tumor", "V_NEURO_SU", "Läkaranteckning", "1972-08-26", "2024-09-13 11:00",
    [("Aktuellt", "Uppföljning av huvudvärk. Nu mer fokal smärta vänster tinning och lätt ordfinnningssvårighet enligt pat."),
     ("Status", "Neurologiskt ua förutom lätt nominell dysfasi. Fundus utan stas."),
     ("Planering", "MR hjärna med kontrast inom 1 v. Återbesök så snart svaret kommit. Pat informerad om att undersökningen "
                   "görs för att kartlägga ordfinnningssvårigheten."),
     ("Tidiga hypoteser", "Tumör i vä temporallob kan ej uteslutas med tanke på ordfinnningssvårigheten; DD migrän med "
                          "aura. Ej diskuterat med pat.")],
    must_not=D, why="VGR: hedge only under sökord Tidiga hypoteser; the visible sections hold none", length="medium")

add("uro-ingen-hallpunkt-for-blastumor-utkast", "S_URO_MALMO", "Läkaranteckning", "1954-03-09", "2024-06-26 11:50",
    [("Aktuellt", "Uppföljning efter makroskopisk hematuri i maj."),
     ("Läkemedel", "Trombyl 75 mg x 1, Simvastatin 20 mg x 1."),
     ("Undersökningar", "DT urografi: inga konkrement, ingen tumör i övre urinvägar. Cystoskopi: normal blåsslemhinna, "
                        "inga papillära förändringar, prostata förstorad med blödande kärl."),
     ("Lab", "U-cytologi: inga maligna celler. PSA 2,1."),
     ("Bedömning", "Cystoskopi utan hållpunkt för blåstumör och malignitet i urinvägarna kan uteslutas. Hematurin "
                   "förklaras av benign prostatahyperplasi med ytliga kärl. Finasterid 5 mg x 1 insätts."),
     ("Planering", "Återbesök om 3 mån för effekt av finasterid.")],
    must_not=D, signed=None, why="draft: negated ('utan hållpunkt för', 'kan uteslutas')", length="medium")

add("endo-t1d-ev-insulinpump-icke-diagnos", "V_ENDO_SU", "Läkaranteckning", "1988-08-19", "2024-09-09 15:20",
    [("Aktuellt", "Årskontroll typ 1-diabetes sedan 2003. Flergångsinjektioner, många nattliga hypoglykemier senaste halvåret."),
     ("Läkemedel", "NovoRapid enligt kolhydraträkning, Tresiba 22 E till kvällen."),
     ("Status", "BT 124/76. Injektionsställen utan lipohypertrofi."),
     ("Lab", "HbA1c 61. CGM: tid i målområde 48 %, under mål 7 %."),
     ("Bedömning", "Typ 1-diabetes med otillfredsställande kontroll och hypoglykemier. Ev. byte till insulinpump med "
                   "automatiserad dosering i höst; möjligen räcker justering av basaldosen först. Diabetessköterska går "
                   "igenom kolhydraträkning och insulinkänslighet med pat nästa vecka.")],
    must_not=D, why="hedges on treatment choices ('Ev. byte', 'möjligen räcker'), diabetes settled", length="medium")

add("ger-tidigare-misstankt-parkinson-avskrevs", "S_GER_TRELL", "Läkaranteckning", "1936-10-22", "2024-08-01 10:20",
    [("Aktuellt", "Bedömning av fallrisk. Tre fall senaste halvåret, inga frakturer."),
     ("Tidigare sjukdomar", "Utreddes för misstänkt Parkinsons sjukdom på neurologen i Lund 2017, diagnosen avskrevs efter "
                            "DaT-scan utan patologi. Essentiell tremor sedan dess. Osteoporos. Förmaksflimmer."),
     ("Läkemedel", "Doxazosin 4 mg, Eliquis 5 mg x 2, Alendronat 70 mg/v, Propranolol 10 mg vb."),
     ("Status", "Ortostatiskt BT-fall 28 mmHg systoliskt med yrsel. Gång med rollator, säker. Tremor vid handhållning bilat."),
     ("Bedömning", "Fall pga ortostatisk hypotoni, bidragande doxazosin. Doxazosin sätts ut. Höftskyddsbyxor, "
                   "fysioterapeut för balansträning.")],
    must_not=D, why="past suspicion (2017) that was dismissed", length="medium")

add("onh-inga-tecken-pa-malignitet-sangarknutor", "V_ONH_SU", "Läkaranteckning", "1979-06-04", "2024-03-28 14:00",
    [("Aktuellt", "Heshet i 6 v hos sångpedagog. Icke-rökare. Inga sväljningsbesvär, ingen viktnedgång."),
     ("Tidigare sjukdomar", "Astma, använder Symbicort vid behov."),
     ("Socialt", "Undervisar 25 h/v, sjunger i kör."),
     ("Status", "Laryngoskopi med stroboskopi: symmetriska små noduli på gränsen mellan främre och mellersta tredjedelen av "
                "stämbanden bilat, god slemhinnevåg. Inga tecken på malignitet i larynx. Halsen utan palpabla körtlar."),
     ("Bedömning", "Sångarknutor (stämbandsnoduli). Remiss till logoped för röstterapi, röstvila under 1 v. "
                   "Ny kontroll om 3 mån.")],
    must_not=D, why="negated malignancy; lay + Latin name of a settled diagnosis", length="medium")

add("pmo-vc-misstankt-paroxysmalt-formaksflimmer", "P_VC_SODERTULL", "Läkarbesök", "1949-05-26", "2024-05-13 10:40",
    [("Aktuellt", "Pat söker för oregelbunden hjärtrytm som hon känner i perioder sedan 3 v, ibland med lätt yrsel. "
                  "Ingen bröstsmärta, ingen synkope."),
     ("Tidigare sjukdomar", "Hypertoni. Hypotyreos. Gråstarr opererad bilat 2020."),
     ("Hereditet", "Bror förmaksflimmer. Mor stroke vid 80."),
     ("Läkemedel", "Losartan 50 mg x 1, Levaxin 75 µg x 1, Alvedon vb."),
     ("Allergi", "Inga kända."),
     ("Socialt", "Bor med make i radhus, aktiv, går stavgång dagligen. Aldrig rökt. Vin till helgen."),
     ("Status", "AT gott. BT 152/88, puls 96 oregelbunden. Cor: oregelbundet oregelbunden rytm utan blåsljud. Pulm: vesikulärt. "
                "Inga ödem. Tyreoidea ua."),
     ("EKG", "Sinusrytm 78 med täta supraventrikulära extraslag, korta skov av oregelbunden rytm utan p-vågor?"),
     ("Lab", "Hb 131, Na 139, K 4,2, krea 74, TSH 0,3, NT-proBNP 420."),
     ("Bedömning", "Misstänkt paroxysmalt förmaksflimmer. CHA2DS2-VASc 3 (ålder, kvinna, hypertoni), antikoagulation är "
                   "aktuell om det bekräftas. 2 veckors EKG-registrering med tumEKG. Levaxin-dosen ses över med hänsyn "
                   "till TSH."),
     ("Åtgärd", "Remiss för tumEKG skickad. Ny kontroll av TSH om 6 v."),
     ("Planering", "Återbesök om 3 v med tumEKG-svar. Söker akut vid bröstsmärta eller svimning."),
     ("Information", "Pat fick skriftlig information om förmaksflimmer och strokerisk.")],
    must_not=D, why="long PMO note: 'Misstänkt paroxysmalt förmaksflimmer'", length="long")

add("kard-hereditet-bror-misstankt-brugada", "V_KARD_SU", "Läkaranteckning", "1975-04-30", "2024-02-06 13:00",
    [("Aktuellt", "Remiss från vc för bedömning av hjärtrisk. Pat har hypertoni sedan 2022 och är orolig efter att brodern "
                  "fick hjärtstopp vid 44 års ålder."),
     ("Hereditet", "Bror hjärtstopp 44 år under fotboll, återupplivad, misstänkt Brugadas syndrom enligt hans kardiolog i "
                   "Uppsala men genetiskt svar ej klart. Far ev. plötslig död 60 år, uppgifterna osäkra. Mor frisk."),
     ("Tidigare sjukdomar", "Essentiell hypertoni. Övrigt frisk."),
     ("Socialt", "Gift, tre barn 8–15 år. Arbetar som civilingenjör. Motionerar med löpning."),
     ("Läkemedel", "Enalapril 10 mg x 1."),
     ("Status", "BT 134/84, puls 64 regelbunden. Cor: inga blåsljud. Pulm ua. Inga ödem."),
     ("EKG", "Sinusrytm, normal överledning, QTc 420 ms. Ingen Brugada-typ 1-bild, inte heller i höga prekordiala avledningar."),
     ("Eko", "Normal storlek och funktion, EF 62 %."),
     ("Arbetsprov", "Belastning 240 W, inga arytmier, normal blodtrycksreaktion."),
     ("Bedömning", "Välbehandlad hypertoni. Normalt EKG, eko och arbetsprov. Ajmalintest och genetisk kaskadtestning blir "
                   "aktuellt när broderns genetiska svar finns; pat får besked via brev när testning kan erbjudas."),
     ("Planering", "Återbesök när broderns genetiska svar finns. Fortsatt enalapril, blodtryckskontroll på vc om 6 mån.")],
    must_not=D, why="long: brother's suspected Brugada, father 'ev.'; nothing hedged about the patient", length="long")

add("neuro-ingen-misstanke-om-ms-normal-utredning", "S_NEURO_MALMO", "Läkaranteckning", "1996-09-24", "2024-04-11 09:40",
    [("Aktuellt", "Återbesök efter utredning av domningar i vä arm och ben som kom i januari och försvann efter 3 v. "
                  "Pat orolig för MS efter att ha läst på nätet."),
     ("Anamnes", "Tidigare frisk. Ingen synnedsättning. Stressig period med tentor i januari. "
                 "Ingen ärftlighet för neurologisk sjukdom."),
     ("Läkemedel", "P-piller (Yasmin)."),
     ("Allergi", "Pollenallergi."),
     ("Socialt", "Studerar juridik i Lund, bor i korridor. Tränar på gym 3 ggr/v."),
     ("Status", "Neurologiskt helt ua: kranialnerver, kraft, reflexer, sensibilitet, koordination och gång normala. "
                "Ögonbotten: skarpa papiller."),
     ("Tidigare undersökningar", "Akut-DT hjärna i januari utan anmärkning."),
     ("Undersökningar", "MR hjärna och hela ryggmärgen med kontrast: inga vitsubstanslesioner, ingen laddning. Likvor: 2 "
                        "celler, albumin normalt, inga oligoklonala band. VEP normalt. B12, folat, TSH, borreliaserologi "
                        "och ANA normala."),
     ("Bedömning", "Ingen misstanke om MS efter normal MR, likvor och VEP. Inga tecken på annan inflammatorisk eller "
                   "strukturell CNS-sjukdom. Symtomen har gått över och kräver ingen vidare utredning."),
     ("Information", "Genomgång av alla provsvar med pat, som ställde frågor och fick svar."),
     ("Planering", "Pat lugnad. Ingen uppföljning på neurologen; åter vid nya symtom. Intyg till studierna om frånvaro i januari skrivs.")],
    must_not=D, why="long: MS negated after full work-up ('Ingen misstanke om', 'Inga tecken på')", length="long")

add("ort-radiusfraktur-icke-diagnostiska-hedges", "V_ORT_MOLNDAL", "Akutanteckning", "1955-12-14", "2024-01-26 11:20",
    [("Aktuellt", "Halkat på trappan i morse och tagit emot sig med utsträckt vä arm. Svår smärta och felställning i "
                  "handleden."),
     ("Tidigare sjukdomar", "Osteoporos, behandlad med alendronat 2019–2022. Hypotyreos."),
     ("Tidigare frakturer", "Kotkompression Th12 2019."),
     ("Allergi", "Tål alla läkemedel hon prövat."),
     ("Läkemedel", "Levaxin 50 µg, Kalcium/D-vitamin."),
     ("Socialt", "Bor ensam i lägenhet på 3:e våningen med hiss. Högerhänt. Pensionerad bibliotekarie. Dottern bor nära."),
     ("Funktion", "Klarar ADL själv, går utan hjälpmedel."),
     ("Status", "Vä handled: gaffelställning, svullnad. Radialispuls palpabel. Sensibilitet i medianus-, ulnaris- och "
                "radialisområdet ua. Inga sår."),
     ("Röntgen", "Distal radiusfraktur vä, dorsalt vinklad 25°, intraartikulär utan stor stegbildning. "
                 "Ulnarstyloiden avbruten."),
     ("Åtgärd", "Hematomblockad, reposition och dorsal gipsskena. Kontrollröntgen efter reposition: godtagbart läge."),
     ("Bedömning", "Distal radiusfraktur vä, reponerad. Trolig operation med platta om läget försämras vid kontroll om 1 v. "
                   "Ev. behov av hemtjänst för dusch och inköp, dottern hjälper till första dagarna. "
                   "Möjligen DXA efter frakturläkning, med tanke på den kända osteoporosen."),
     ("Planering", "Gipskontroll och röntgen om 1 v på ortopedmottagningen. Fingerrörelser instrueras. Alvedon 1 g x 4 och Citodon vb i 5 d.")],
    must_not=D, why="long: hedges on surgery, home help and a DXA scan; fracture and osteoporosis settled", length="long")

add("pmo-hemsjukvard-ev-uvi", "P_HEMSJ_SIMRISHAMN", "Hembesök", "1929-04-04", "2024-11-11 13:30",
    [("Aktuellt", "Hembesök pga att pat enligt hemtjänsten är oroligare och mer förvirrad sedan 2 d, luktar starkt urin och "
                  "har kissat på sig nattetid."),
     ("Hälsohistoria", "Vaskulär demens, hjärtsvikt. Bor ensam, hemtjänst 4 ggr/d."),
     ("Allergi", "Penicillinallergi enligt journal."),
     ("Socialt", "Änka sedan 2015. Sonen bor i Kivik och hälsar på varje helg."),
     ("Läkemedel", "Furosemid 40 mg, Metoprolol 50 mg, Donepezil 10 mg, Movicol vb."),
     ("Status", "Temp 37,9, puls 92, BT 118/70, AF 18, Sat 95 %. Orienterad till person, ej tid. Ingen dunkömhet. "
                "Slemhinnor torra. Ödem oförändrade."),
     ("Nutrition", "Äter dåligt senaste dagarna, vikt 52 kg (54 kg i augusti). Dricker cirka 700 ml per dygn enligt hemtjänsten."),
     ("Provtagning", "U-sticka: nitrit pos, leukocyter 3+, blod 1+. Urinodling tagen och skickad med bud."),
     ("Bedömning", "Ev. UVI med akut förvirring. Kontakt med jourhavande läkare vc Simrishamn som ordinerar Selexid 200 mg "
                   "x 3 i 5 d efter odling. Vätskelista, hemtjänsten instruerad att erbjuda dryck varje besök."),
     ("Planering", "Nytt hembesök i morgon fm. Om sämre – ambulans. Anhöriga (son) informerade per telefon.")],
    must_not=D, role="sjuksköterska", why="long PMO home-care note: 'Ev. UVI'", length="long")

add("ped-migran-hereditet-pappa-ev-dyslexi", "V_PED_SKAS", "Läkaranteckning", "2014-01-15", "2024-03-19 15:00",
    [("Aktuellt", "10-årig pojke med återkommande huvudvärk 2–3 ggr/mån sedan 1 år, pulserande i pannan, illamående och "
                  "ljuskänslighet, måste lägga sig. Varar 4–6 h. Föregås inte av synfenomen."),
     ("Huvudvärksanamnes", "Värst efter skoldagar och vid sömnbrist. Ingen huvudvärk som väcker honom på natten, inga morgonkräkningar."),
     ("Hereditet", "Mamma migrän. Pappa ev. dyslexi, aldrig utredd. Farbror misstänkt autism, ingen diagnos. "
                   "Ingen epilepsi i släkten."),
     ("Anamnes", "Normal utveckling. Trivs i skolan, spelar innebandy. Skärmtid ca 3 h/d. "
                 "Dricker lite vatten under skoldagen."),
     ("Socialt", "Bor med båda föräldrarna och en lillasyster i Skövde. Går i årskurs 4."),
     ("Läkemedel", "Alvedon vid huvudvärk med dålig effekt. Inga fasta läkemedel."),
     ("Status", "Längd 142 cm, vikt 34 kg, BT 104/62. Neurologiskt ua, inga hudförändringar. Fundus: skarpa papillgränser. "
                "Huvudomfång normalt."),
     ("Lab", "Inga prover tagna, ej indicerat."),
     ("Bedömning", "Migrän utan aura enligt ICHD-3, inga varningstecken, ingen indikation för bilddiagnostik. Ibuprofen "
                   "10 mg/kg tidigt i attacken, vila i mörkt rum. Huvudvärksdagbok, regelbundna måltider och vätska."),
     ("Planering", "Telefonuppföljning om 3 mån. Föräldrarna informerade."),
     ("Information", "Broschyr om migrän hos barn överlämnad till pojken och föräldrarna.")],
    must_not=D, why="child 10 y, long: hedges about father and uncle; own migraine settled", length="long")

add("med-tidiga-hypoteser-mall-misstankt-lymfom", "S_MED_CSK", "Tidiga hypoteser", "1971-05-03", "2024-04-19 15:20",
    [("Bakgrund", "Pat utreds för oklar viktnedgång 10 kg och nattsvettningar. Hittills DT thorax-buk utan säker tumör men "
                  "förstorade retroperitoneala lymfkörtlar upp till 18 mm."),
     ("Anamnes", "46-årig kvinna, uppvuxen i Somalia, i Sverige sedan 2008. Tidigare frisk. Nattsvettningar sedan 4 mån, ingen feber, ingen hosta. Ingen känd tuberkulosexposition."),
     ("Socialt", "Gift, fem barn. Arbetar som barnskötare. Ångestproblematik, behandlad med sertralin sedan 2019."),
     ("Läkemedel", "Sertralin 100 mg x 1."),
     ("Status", "Opåverkad. Inga palpabla perifera lymfkörtlar. Lever och mjälte ej palpabla. Hud ua. Pulm: vesikulärt."),
     ("Lab", "LD 420, SR 58, Hb 119, beta-2-mikroglobulin 3,8. S-elfores utan M-komponent."),
     ("Röntgen", "DT thorax: inga förstorade hilus- eller mediastinala lymfkörtlar, inga lunginfiltrat."),
     ("Hypotes", "Misstänkt lågmalignt lymfom, DD sarkoidos eller tuberkulos (pat uppvuxen i Somalia). Kan ej uteslutas "
                 "att det rör sig om metastaserande okänd primärtumör."),
     ("Överväganden", "Pat mycket orolig och har tidigare reagerat med svår ångest; hypoteserna ej framförda. "
                      "Pat vet att lymfkörtlarna är förstorade och ska biopseras."),
     ("Plan", "UL-ledd mellannålsbiopsi retroperitonealt via röntgen, IGRA. Hypoteserna flyttas till vanlig anteckning "
              "när PAD finns och pat informerats. Kurator erbjuds.")],
    must_not=D, why="Skåne: long entry in the protected template Tidiga hypoteser", length="long")

add("med-kol-tidigare-misstankt-tbc-typo", "V_MED_UDDEVALLA", "Läkaranteckning", "1950-07-19", "2024-09-04 10:30",
    [("Aktuellt", "Nybesök för bedömning av KOL efter utskrivning från avd 14 med exacerbation i augusti."),
     ("Tidigare sjukdomar", "1978 misstänk lungtuberkulos efter kontakt på arbetsplatsen, behandlad förebyggande. "
                            "1995 ev. astma, utredd på lungkliniken utan fynd. 2012 kolecystektomi. Hypertoni."),
     ("Läkemedel", "Trimbow 2 inh x 2, Amlodipin 5 mg, Ventoline vb."),
     ("Socialt", "Änkling, bor i villa i Uddevalla. Rökt 45 paketår, slutade efter vårdtillfället. Tidigare varvsarbetare."),
     ("Allergi", "Inga kända."),
     ("Status", "AT gott. Sat 93 % i vila. Pulm: förlängt exspirium, enstaka ronki. Cor: RR, inga blåsljud. "
                "Inga ödem. BMI 22."),
     ("Spirometri", "FEV1 1,24 l (44 % av förväntat), FEV1/FVC 0,52 efter bronkdilatation. Ingen signifikant reversibilitet."),
     ("Lab", "Eosinofila 0,1. Hb 146. Alfa-1-antitrypsin normalt."),
     ("Röntgen", "Lungröntgen i augusti: hyperinflation, inga infiltrat, inga tecken på genomgången tuberkulos."),
     ("Bedömning", "KOL GOLD 3, grupp E, med en exacerbation som krävt sjukhusvård senaste året. Fortsatt trippelterapi. "
                   "Remiss till lungrehabilitering och fysioterapeut. Influensa-, pneumokock- och RSV-vaccin."),
     ("Åtgärd", "Inhalationsteknik kontrollerad av sjuksköterska, korrekt. Handlingsplan vid exacerbation med reservkur prednisolon och amoxicillin."),
     ("Planering", "Återbesök om 3 mån med spirometri. Uppföljning av lungsjuksköterska om 4 v.")],
    must_not=D, typo=True, why="long: past hedges dated 1978/1995 (typo 'misstänk'); KOL settled", length="long")

add("pmo-bvc-misstankt-autism", "P_BVC_LANDSKRONA", "BVC-besök", "2022-03-14", "2024-10-01 09:30",
    [("Aktuellt", "2,5-årskontroll. Föräldrarna oroliga för att pojken inte pratar i meningar och sällan pekar för att "
                  "visa saker."),
     ("Anamnes", "Fullgången, okomplicerad förlossning. Gick vid 12 mån. Inga öroninflammationer. Äter selektivt, mest pasta och gröt."),
     ("Socialt", "Bor med mamma och pappa i Landskrona, storasyster 6 år. Förskola sedan 1,5 års ålder. Båda föräldrarna arbetar heltid."),
     ("Hereditet", "Kusin med språkstörning."),
     ("Utveckling", "Säger ca 15 ord, använder inte tvåordssatser. Reagerar inkonsekvent på sitt namn. Leker gärna ensam "
                    "med bilar som han radar upp. Välutvecklad grovmotorik."),
     ("Samtal", "Föräldrarna beskriver en glad pojke som har svårt att leka med andra barn och blir arg vid övergångar."),
     ("Status", "Vikt och längd följer kurvorna. Hörsel: reagerar på viskning bakom ryggen vid testet."),
     ("Språkscreening", "Ej godkänd vid 2,5-årsscreeningen."),
     ("Bedömning", "Misstänkt autismspektrumtillstånd, DD språkstörning. Diskuterat med BVC-läkaren som skriver remiss till "
                   "barnhabiliteringens utredningsteam och logoped. Hörselremiss för objektiv mätning."),
     ("Planering", "Föräldrarna informerade om remisserna och fick tips om språkstimulering. Uppföljning på BVC om 2 mån, "
                   "tidigare vid behov. Förskolan har själv observerat samma sak och föräldrarna tar kontakt med "
                   "specialpedagog.")],
    must_not=D, role="distriktssköterska", why="PMO BVC, child 2 y, long: 'Misstänkt autismspektrumtillstånd'", length="long")

add("lung-lungcancer-kan-uteslutas-hamartom", "V_LUNG_SU", "Läkaranteckning", "1963-10-10", "2024-05-07 14:30",
    [("Aktuellt", "Uppföljning efter utredning av rundhärd hö överlob funnen på DT vid skadeutredning efter trafikolycka "
                  "i januari."),
     ("Anamnes", "Tidigare rökare 25 paketår, slutade 2015. Ingen hosta, ingen viktnedgång. Arbetat som elektriker."),
     ("Tidigare sjukdomar", "Hypertoni sedan 2018. Lumbago. Inga lungsjukdomar."),
     ("Läkemedel", "Inga."),
     ("Allergi", "Inga kända."),
     ("Socialt", "Gift, bor i villa i Lerum. Elektriker, fortfarande i arbete 80 %. Motionerar med cykel och långpromenader."),
     ("Status", "AT gott. Pulm: vesikulärt bilat. Inga palpabla lymfkörtlar på halsen eller supraklavikulärt."),
     ("Lab", "ACE 38 (normalt), Hb 151, CRP 2, krea 84."),
     ("Funktion", "Spirometri: FEV1 94 % av förväntat, ingen obstruktivitet."),
     ("Röntgen", "DT thorax 2024-01-12: 9 mm solid rundhärd med förkalkning centralt. Kontroll-DT 2024-04-30: oförändrad "
                 "storlek, popcornförkalkning."),
     ("PET", "Inget ökat FDG-upptag i härden eller i mediastinum."),
     ("Bedömning", "Benignt hamartom. Lungcancer kan uteslutas med hänsyn till förkalkningsmönstret, avsaknad av tillväxt "
                   "och negativ PET. Ingen misstanke om sarkoidos – mediastinala lymfkörtlar normala, ACE normalt. Ingen "
                   "ytterligare uppföljning behövs enligt Fleischner-riktlinjerna."),
     ("Information", "Genomgång av bilderna med pat på skärmen. Pat förstod och behöver ingen ny kontakt."),
     ("Planering", "Pat informerad och lättad. Åter vc. Ingen ny röntgen.")],
    must_not=D, why="long: 'Lungcancer kan uteslutas', 'Ingen misstanke om sarkoidos'", length="long")

add("ort-konstaterad-meniskskada-ev-artroskopi-utkast", "S_ORT_HLM", "Läkaranteckning", "1970-12-30", "2024-09-18 13:10",
    [("Aktuellt", "Återbesök efter MR vä knä. Vred knät i mars vid badminton, därefter låsningar och smärta medialt."),
     ("Anamnes", "Provat fysioterapi 6 v i våras med viss effekt men fortsatt låsningar 1–2 ggr/v. Inga tidigare knäskador. Ingen svullnad i andra leder."),
     ("Tidigare sjukdomar", "Frisk. Inga läkemedel."),
     ("Socialt", "Arbetar som lokalvårdare, tungt jobb med mycket knästående. Spelar badminton 2 g/v."),
     ("Allergi", "Inga kända."),
     ("Status", "Vä knä: lätt hydrops, ömhet över mediala ledspringan, McMurray positiv medialt. Stabil, full rörlighet med "
                "smärta vid djup flexion. Gång ua."),
     ("Funktion", "KOOS smärta 56, funktion i dagliga livet 64. Klarar trappor, inte djupa knäböj."),
     ("Röntgen", "MR vä knä: horisontell ruptur i mediala meniskens bakhorn, med en förskjuten lambå. Korsband och "
                 "kollateralligament intakta. Brosk ua."),
     ("Bedömning", "Konstaterad mediell meniskskada vä knä med mekaniska symtom (låsningar). Ev. artroskopi med partiell "
                   "meniskresektion om låsningarna kvarstår efter 3 mån fysioterapi. Troligen klarar pat arbetet med "
                   "anpassning; sjukskrivning 25 % i 4 v."),
     ("Planering", "Fysioterapeut med träningsprogram för knäkontroll. Återbesök om 3 mån, tidigare vid fler låsningar.")],
    must_not=D, signed=None, why="draft, long: diagnosis confirmed; hedges on surgery and work only", length="long")

add("ger-makens-misstankta-demens", "V_GER_SU", "Läkaranteckning", "1944-09-03", "2024-12-10 10:00",
    [("Aktuellt", "Återbesök på minnesmottagningen för pat själv, som har lindrig Alzheimers sjukdom sedan 2022, stabil. "
                  "Pat är dessutom huvudsaklig omvårdare till maken."),
     ("Tidigare sjukdomar", "Hypertoni. Osteoporos med kotkompression 2020. Alzheimers sjukdom diagnostiserad 2022."),
     ("Anamnes", "Pat berättar att maken blivit alltmer glömsk och att hans läkare på vc misstänker demens, trolig vaskulär "
                 "typ. Maken har fallit flera gånger. Pat tycker att det är tungt att ta hand om honom och hinner inte sina "
                 "egna promenader."),
     ("Läkemedel", "Donepezil 10 mg, Losartan 50 mg, Alendronat 70 mg/v."),
     ("Allergi", "Inga kända."),
     ("Status", "MMSE 24/30 (25 för ett år sedan). BT 138/80. Gång stabil."),
     ("Lab", "B12, TSH och krea normala i oktober."),
     ("Socialt", "Bor med maken i villa i Mölndal. Dotter i Kungsbacka hjälper till varannan helg. Ingen hemtjänst."),
     ("Bedömning", "Alzheimers sjukdom, lindrig, stabil. Hög omvårdnadsbelastning. Kurator ska hjälpa med ansökan om "
                   "avlösning och hemtjänst. Pat får information om anhörigstöd i kommunen."),
     ("Planering", "Återbesök om 6 mån. Demenssjuksköterska ringer om 1 mån."),
     ("Information", "Pat fick broschyren från Anhörigcentrum i Mölndal och telefonnummer till demenssjuksköterskan.")],
    must_not=D, why="long: the husband's suspected dementia; patient's Alzheimer settled", length="long")

add("pmo-um-misstankt-pid", "P_UM_MALMO", "Besöksanteckning", "2004-02-17", "2024-06-03 15:40",
    [("Aktuellt", "Sökt för smärta i nedre delen av buken sedan 4 d, ökade flytningar och blödning efter samlag. Ny partner "
                  "sedan 1 mån, kondom används inte alltid. Feber 38,0 i går."),
     ("Anamnes", "Frisk. Menarche 12 år, regelbundna mens. P-stav sedan 2022. Ingen tidigare STI."),
     ("Läkemedel", "Nexplanon. Inga andra."),
     ("Allergi", "Inga kända."),
     ("Socialt", "Studerar på universitet, bor i studentlägenhet. Röker ej. Alkohol vid fest."),
     ("Status", "Temp 37,8. Buk: ömhet i nedre delen bilat, ingen défense. Gyn: mukopurulent flytning från cervix, cervix "
                "lättblödande. Portioömhet och ömhet vid bimanuell palpation bilat. Inga resistenser."),
     ("Lab", "CRP 48, U-hCG neg, U-sticka ua. Klamydia- och gonorré-PCR tagna, odling för gonokocker."),
     ("Bedömning", "Misstänkt PID (salpingit) utifrån portioömhet och adnexömhet. Behandlas enligt Strama: ceftriaxon 1 g im, "
                   "doxycyklin 100 mg x 2 i 14 d och metronidazol. Partnern ska undersökas."),
     ("Planering", "Återbesök om 3 d för klinisk kontroll; söker akut vid försämring. Smittspårning när provsvar finns. "
                   "Information om säkrare sex."),
     ("Information", "Informerad om att inte ha samlag under behandlingen och tills partnern behandlats.")],
    must_not=D, why="long PMO (ungdomsmottagning, 20 y): 'Misstänkt PID'", length="long")

add("kir-inga-hallpunkter-for-appendicit-typo-utkast", "V_KIR_SAS", "Akutanteckning", "1992-11-07", "2024-08-20 22:30",
    [("Kontaktorsak", "Buksmärta sedan i morse, initialt runt naveln, nu i hela buken. Illamående, ingen kräkning. "
                      "Senaste mens för 2 v sedan."),
     ("Anamnes", "Frisk. Inga läkemedel. Inga tidigare bukoperationer."),
     ("Socialt", "Bor med sambo i Borås, arbetar som sjuksköterska. Röker ej."),
     ("Allergi", "Ingen känd överkänslighet."),
     ("Status", "AT gott. Temp 37,4. Buk: mjuk, diffust lätt öm utan punctum maximum, ingen défense, inga peritoneala "
                "retningssymtom. Hoppa på ett ben: ingen smärta. Rektalpalpation ua."),
     ("Gyn", "Ingen vaginal blödning, inga flytningar. Ingen dyspareuni."),
     ("Lab", "CRP 6, LPK 7,8. U-hCG neg. U-sticka ua. Lipas normalt. Blodstatus i övrigt ua."),
     ("Röntgen", "UL buk: appendix 5 mm, komprimerbar, ingen fri vätska. Ovarier ua."),
     ("Förlopp på akuten", "Smärtan avtog efter Alvedon 1 g. Observerad 4 h med upprepad bukpalpation, fortsatt mjuk buk. Har druckit och ätit en smörgås utan illamående."),
     ("Bedömning", "Inga hållpunker för appendicit, kolecystit eller gynekologisk genes. Ingen misstanke om kirurgisk "
                   "åkomma. Ospecifik buksmärta. Pat mår bättre efter Alvedon."),
     ("Planering", "Hemgång med råd att söka åter vid tilltagande smärta, feber eller kräkningar. "
                   "Ingen planerad uppföljning.")],
    must_not=D, typo=True, signed=None, setting="slutenvård",
    why="draft, long: negated ('Inga hållpunker för' with typo, 'Ingen misstanke om')", length="long")

add("reuma-tidigare-misstankt-mtx-pneumonit", "S_REUMA_LUND", "Läkaranteckning", "1961-02-27", "2024-03-14 11:10",
    [("Aktuellt", "Rutinkontroll reumatoid artrit, seropositiv, diagnos 2010. Mår bra, lätt morgonstelhet 15 min."),
     ("Tidigare sjukdomar", "Hypotyreos. Hysterektomi 2005 pga myom."),
     ("Anamnes", "2012 misstänkt metotrexatinducerad pneumonit, metotrexat utsatt och ersatt med leflunomid; "
                 "bronkoalveolärt lavage då visade inget infektiöst. 2018 misstänkt septisk artrit hö knä, punktion och "
                 "odling negativa. Sedan 2019 på abatacept."),
     ("Allergi", "Sulfa (utslag)."),
     ("Socialt", "Gift, arbetar deltid som bibliotekarie. Cyklar till jobbet. Röker ej."),
     ("Läkemedel", "Orencia 125 mg sc 1 g/v, Leflunomid 20 mg, Folsyra, Kalcium/D."),
     ("Status", "DAS28-CRP 2,1. Inga svullna leder, 1 öm led (vä MCP 2). Pulm: vesikulärt. Hud: ua."),
     ("Funktion", "HAQ 0,25. Klarar alla vardagsaktiviteter."),
     ("Lab", "CRP 3, SR 12, Hb 132, ALAT 0,4, krea 68, LPK 6,2."),
     ("Röntgen", "Rtg händer och fötter 2023: inga nya erosioner jämfört med 2019."),
     ("Vaccinationer", "Influensa och covid-19 i oktober."),
     ("Bedömning", "Reumatoid artrit i låg sjukdomsaktivitet/remission. Fortsatt samma behandling. Pneumokockvaccination "
                   "given i dag. Bentäthetsmätning om 1 år."),
     ("Planering", "Återbesök om 6 mån med blodprover hos vc. Pat vet hur hon ska göra vid infektion (pausa abatacept).")],
    must_not=D, why="long: past suspicions dated 2012 and 2018; RA settled", length="long")

add("gastro-tidiga-hypoteser-sokord-pankreas", "V_GASTRO_SU", "Läkaranteckning", "1957-01-28", "2024-10-17 13:15",
    [("Aktuellt", "Återbesök. 67-årig man med smärta i övre delen av buken som strålar mot ryggen sedan 2 mån, viktnedgång "
                  "6 kg, nydebuterad diabetes i våras."),
     ("Anamnes", "Ingen ikterus, ingen steatorré. Aptiten något sämre, äter mindre portioner."),
     ("Tidigare sjukdomar", "Hypertoni. Gallsten, kolecystektomerad 2015."),
     ("Hereditet", "Bror avled i ventrikelcancer 70 år."),
     ("Allergi", "Inga kända."),
     ("Socialt", "Gift, bor i Partille. Pensionerad tandläkare. Röker ej, alkohol måttligt."),
     ("Läkemedel", "Metformin 500 mg x 2, Ramipril 5 mg."),
     ("Status", "AT gott, något mager. Ingen ikterus. Buk: lätt ömhet i epigastriet, inga palpabla resistenser."),
     ("Lab", "CA 19-9 210, bilirubin 14, ALP 2,4, lipas normalt, HbA1c 58."),
     ("Nutrition", "Vikt 68 kg (74 kg i maj). BMI 21."),
     ("Röntgen", "DT buk: 2,3 cm lågattenuerande område i pankreaskroppen, inga levermetastaser, "
                 "inga förstorade lymfkörtlar."),
     ("Planering", "EUS med finnålsbiopsi bokas inom 1 v. Pat informerad om att en förändring i bukspottkörteln ska "
                   "provtas. Återbesök med svar. Dietist kontaktas för energiberikad kost."),
     ("Tidiga hypoteser", "Misstänkt pankreascancer, resektabel. DD autoimmun pankreatit (IgG4 tagen) eller fokal kronisk "
                          "pankreatit. Ej framfört för pat innan EUS-PAD.")],
    must_not=D, why="VGR, long: hedges only under sökord Tidiga hypoteser; visible sections hold no hedge", length="long")

add("pmo-vc-dd-gikt-pseudogikt", "P_VC_KUNGSHULT", "Läkarbesök", "1958-08-08", "2024-07-30 09:50",
    [("Aktuellt", "Akut svullen, röd och mycket öm vä stortåled sedan i går natt, kan inte ha strumpa på. Liknande episod i "
                  "hö fotled för 2 år sedan som gick över av sig själv."),
     ("Tidigare sjukdomar", "Hypertoni. Njursten 2019. Fetma."),
     ("Hereditet", "Far hade gikt."),
     ("Allergi", "Inga kända."),
     ("Läkemedel", "Hydroklortiazid 25 mg x 1, Losartan 50 mg x 1."),
     ("Socialt", "Kock, står hela dagarna. Öl 2–3 per kväll. Röker ej."),
     ("Status", "Temp 37,6. Vä MTP I: rodnad, svullnad, värmeökning och kraftig ömhet, rörelsesmärta. Inga tofi. Övriga "
                "leder ua. Inga sår på foten."),
     ("Lab", "CRP 62, urat 520, krea 96, eGFR 78, LPK 10,4."),
     ("Bedömning", "DD: giktartrit vs pseudogikt; giktartrit mest troligt med podagra, hyperurikemi, tiazid och alkohol. "
                   "Septisk artrit osannolik men ledpunktion görs om inte snabb förbättring. Prednisolon 30 mg x 1 i 5 d."),
     ("Åtgärd", "Prednisolon 30 mg x 5 expedierat. Kylning och högläge. Sjukskriven 1 v."),
     ("Planering", "Tiazid byts mot amlodipin. Minska alkohol. Urat om 6 v, ställningstagande till allopurinol. Åter vb."),
     ("Information", "Kostråd om purinrik mat och alkohol. Informerad om att söka vid feber eller spridning av rodnaden.")],
    must_not=D, why="long PMO note: 'DD: giktartrit vs pseudogikt'", length="long")


# ---------------------------------------------------------------------------
# validation and output
# ---------------------------------------------------------------------------
PROTECTED_TEMPLATES_SKANE = {"Tidiga hypoteser"}
PROTECTED_SOKORD_VGR = {"Tidiga hypoteser"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(pn):
    d = pn.replace("-", "")[2:]
    if not re.fullmatch(r"\d{10}", d) or d[6:9] == "000":
        return False
    total = 0
    for i, ch in enumerate(d):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return total % 10 == 0


def in_2024(s):
    return s is not None and s.startswith("2024-")


def age_at(born, when):
    b = date.fromisoformat(born)
    w = date.fromisoformat(when[:10])
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errors = []
    names = set()
    sentences = {}
    for c in cases:
        n = c["case"]
        if n in names:
            errors.append("duplicate case name %s" % n)
        names.add(n)
        if set(c) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errors.append("%s: keys %s" % (n, sorted(c)))
        if c["ruleset"] not in ("skane", "vgr"):
            errors.append("%s: ruleset" % n)
        r = c["record"]
        if set(r) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errors.append("%s: record keys" % n)
        p = r["patient"]
        if not luhn_ok(p["id"]) or p["id"][:8] != p["birth_date"].replace("-", ""):
            errors.append("%s: personnummer %s" % (n, p["id"]))
        if not in_2024(r["as_of"]):
            errors.append("%s: as_of" % n)
        ids = {x["id"] for x in r["notes"]}
        for note in r["notes"]:
            if not in_2024(note["time"]) or (note["signed"] is not None and not in_2024(note["signed"])):
                errors.append("%s: note dates" % n)
            if note["signed"] is not None and note["signed"] < note["time"]:
                errors.append("%s: signed before time" % n)
            if note["time"] > r["as_of"]:
                errors.append("%s: note after as_of" % n)
            a = age_at(p["birth_date"], note["time"])
            if 13 <= a <= 15 or a < 0:
                errors.append("%s: age %d" % (n, a))
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errors.append("%s: VGR must be Melior" % n)
            for s in note["sections"]:
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = " ".join(sent.split())
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != n:
                            errors.append("%s: sentence reused from %s: %r" % (n, sentences[sent], sent))
                        sentences.setdefault(sent, n)
        for code, tgt in c["must"] + c["must_not"]:
            if tgt not in ids:
                errors.append("%s: target %s missing" % (n, tgt))
        codes = [x[0] for x in c["must"] + c["must_not"]]
        if len(codes) != len(set(codes)):
            errors.append("%s: code both in must and must_not" % n)
        note = r["notes"][0]
        if note["system"] == "PMO":
            if any(x[0] == "NL101" for x in c["must"] + c["must_not"]):
                errors.append("%s: NL101 asserted on PMO" % n)
            if any(x[0] == "NL102" for x in c["must"]):
                errors.append("%s: NL102 must on PMO" % n)
        if not c["why"]:
            errors.append("%s: why missing" % n)
    return errors


def length_errors(cases):
    errors = []
    for c in cases:
        words = sum(len(s["text"].split()) for s in c["record"]["notes"][0]["sections"])
        cls = c["_length"]
        ok = {"short": words <= 50, "medium": 60 <= words <= 150, "long": 150 <= words <= 350}.get(cls, False)
        if not ok:
            errors.append("%s: %s but %d words" % (c["case"], cls, words))
    return errors


def main():
    errors = length_errors(CASES)
    stats = {}
    for c in CASES:
        stats.setdefault("length:" + c["_length"], 0)
        stats["length:" + c["_length"]] += 1
        if c["_typo"]:
            stats["typo"] = stats.get("typo", 0) + 1
    out = []
    for c in CASES:
        out.append({k: v for k, v in c.items() if not k.startswith("_")})
    errors += validate(out)
    for c in out:
        note = c["record"]["notes"][0]
        for key in ("ruleset:" + c["ruleset"], "system:" + note["system"]):
            stats[key] = stats.get(key, 0) + 1
        if note["signed"] is None:
            stats["draft"] = stats.get("draft", 0) + 1
        if age_at(c["record"]["patient"]["birth_date"], note["time"]) < 13:
            stats["child<13"] = stats.get("child<13", 0) + 1
        for code, _ in c["must"]:
            stats[code + " must"] = stats.get(code + " must", 0) + 1
        for code, _ in c["must_not"]:
            stats[code + " must_not"] = stats.get(code + " must_not", 0) + 1
    path = os.path.join(HERE, NAME + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for c in out:
            f.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    print("%d cases -> %s" % (len(out), path))
    for k in sorted(stats):
        print("  %-16s %d" % (k, stats[k]))
    if errors:
        print("\n%d PROBLEM(S):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)


if __name__ == "__main__":
    main()
