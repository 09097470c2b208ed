#!/usr/bin/env python3
"""dev117 - independent NL101/NL102 test cases: infectious diseases wards and
antibiotic consults (sepsis, endokardit, spondylodiskit, erysipelas/DVT,
pneumoni/lungemboli, borrelia, TBE, malaria, C. difficile, MRSA/ESBL, blododlingar,
antibiotikabyten). Skåne and VGR, Melior and PMO.

Standard library only, deterministic. Writes cases.jsonl next to this file and
exits 1 on any validation problem.
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "nl1_dev117_cases.jsonl"

# ---------------------------------------------------------------- units
U = {
    # Region Skåne, Melior (hospitals)
    "inf_lund": ("Infektionskliniken avd 1, Skånes universitetssjukhus Lund", "SE2321000255-4K7T"),
    "infmott_lund": ("Infektionsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4K80"),
    "inf_malmo": ("Infektionskliniken avd 6, Skånes universitetssjukhus Malmö", "SE2321000255-5R21"),
    "infakut_malmo": ("Infektionsakuten, Skånes universitetssjukhus Malmö", "SE2321000255-5R2C"),
    "infmott_malmo": ("Infektionsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5R3D"),
    "inf_hbg": ("Infektionskliniken, Helsingborgs lasarett", "SE2321000255-7H11"),
    "akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-7H02"),
    "med_hbg": ("Medicinavdelning 52, Helsingborgs lasarett", "SE2321000255-7H5M"),
    "inf_csk": ("Infektionsavdelningen, Centralsjukhuset Kristianstad", "SE2321000255-8C44"),
    "med_ystad": ("Medicinavdelning 3, Lasarettet i Ystad", "SE2321000255-9Y03"),
    "orto_hlm": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-9H71"),
    "akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5A01"),
    "barnakut_lund": ("Barn- och ungdomsakuten, Skånes universitetssjukhus Lund", "SE2321000255-6B10"),
    "barn_lund": ("Barnavdelning 65 infektion, Barn- och ungdomssjukhuset Lund", "SE2321000255-6B65"),
    "med_landskrona": ("Medicinkliniken, Lasarettet Landskrona", "SE2321000255-7L30"),
    "thorax_lund": ("Thoraxkirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4T20"),
    # Region Skåne, PMO (primary care)
    "vc_eslov": ("Vårdcentralen Kärråkra, Eslöv", "SE2321000255-P1E4"),
    "vc_simrishamn": ("Vårdcentralen Simrishamn", "SE2321000255-P2S7"),
    "vc_lindeborg": ("Vårdcentralen Lindeborg, Malmö", "SE2321000255-P3L2"),
    "vc_hollviken_hem": ("Hemsjukvården, Vårdcentralen Höllviken", "SE2321000255-P4H9"),
    "bvc_staffanstorp": ("BVC, Vårdcentralen Staffanstorp", "SE2321000255-P5B1"),
    "vc_trelleborg_res": ("Vaccinations- och resemottagningen, Vårdcentralen Trelleborg", "SE2321000255-P6T3"),
    "vc_tomelilla": ("Vårdcentralen Tomelilla", "SE2321000255-P7T8"),
    # Västra Götalandsregionen, Melior
    "inf_ostra": ("Infektionskliniken avd 3, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E4F1"),
    "infmott_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E4F7"),
    "akut_sahlg": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E1A2"),
    "orto_molndal": ("Ortopedakuten, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E6M3"),
    "kard_sahlg": ("Kardiologavdelning 134, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E1K4"),
    "dsbus": ("Drottning Silvias barn- och ungdomssjukhus, akutmottagningen", "SE2321000131-E9B5"),
    "dsbus_inf": ("Drottning Silvias barn- och ungdomssjukhus, avd 323 infektion", "SE2321000131-E9B8"),
    "inf_nal": ("Infektionskliniken, NU-sjukvården NÄL Trollhättan", "SE2321000131-N2I6"),
    "akut_nal": ("Akutmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-N2A1"),
    "barn_nal": ("Barn- och ungdomsmedicin, NU-sjukvården NÄL", "SE2321000131-N2B3"),
    "inf_skas": ("Infektionskliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-S5I2"),
    "med_lidkoping": ("Medicinavdelning 12, Skaraborgs Sjukhus Lidköping", "SE2321000131-S6M1"),
    "inf_sas": ("Infektionsavdelning 40, Södra Älvsborgs Sjukhus Borås", "SE2321000131-B7I4"),
    "med_kungalv": ("Medicinavdelning 5, Kungälvs sjukhus", "SE2321000131-K3M5"),
    "med_alingsas": ("Medicinkliniken, Alingsås lasarett", "SE2321000131-A8M2"),
    "lung_sahlg": ("Lungmedicinska avdelningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E1L6"),
}

# ---------------------------------------------------------------- authors
A = {
    "lindqvist": ("Karin Lindqvist", "läkare"),
    "hassan": ("Ahmed Hassan", "läkare"),
    "holm": ("Oskar Holm", "läkare"),
    "persson": ("Lina Persson", "läkare"),
    "nystrom": ("Erik Nyström", "läkare"),
    "svensson": ("Maria Svensson", "läkare"),
    "rahimi": ("Fatima Rahimi", "läkare"),
    "wikstrom": ("Jonas Wikström", "läkare"),
    "ahlgren": ("Rebecka Ahlgren", "läkare"),
    "alkhalil": ("Mohammed Al-Khalil", "läkare"),
    "sjoberg": ("Emma Sjöberg", "läkare"),
    "andersson": ("Per Andersson", "läkare"),
    "dahl": ("Helena Dahl", "läkare"),
    "lund": ("Anders Lund", "läkare"),
    "forsberg": ("Niklas Forsberg", "läkare"),
    "magnusson": ("Ingrid Magnusson", "läkare"),
    "karimi": ("Ali Karimi", "läkare"),
    "hakansson": ("Petra Håkansson", "läkare"),
    "strom": ("Daniel Ström", "läkare"),
    "nord": ("Cecilia Nord", "läkare"),
    "engstrom": ("Viktor Engström", "läkare"),
    "oberg": ("Hanna Öberg", "läkare"),
    "lindahl": ("Gustav Lindahl", "läkare"),
    "berglund": ("Sara Berglund", "läkare"),
    "novak": ("Tomas Novak", "läkare"),
    "ekstrom_ssk": ("Linnea Ekström", "sjuksköterska"),
    "hodzic_ssk": ("Amra Hodžić", "sjuksköterska"),
    "jonsson_ssk": ("Malin Jönsson", "sjuksköterska"),
    "nilsson_ssk": ("Tove Nilsson", "sjuksköterska"),
    "karlsson_ssk": ("Sofia Karlsson", "sjuksköterska"),
    "aberg_ssk": ("Jenny Åberg", "sjuksköterska"),
    "blom_ssk": ("Marcus Blom", "sjuksköterska"),
    "strand_ssk": ("Elin Strand", "sjuksköterska"),
    "mattsson_usk": ("Lotta Mattsson", "undersköterska"),
}

CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    """birth 'YYYY-MM-DD', serial three digits -> 'YYYYMMDD-NNNC'."""
    ymd = birth.replace("-", "")
    return "%s-%s%s" % (ymd, serial, luhn_digit(ymd[2:] + serial))


def iso(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:%S")


def N(nid, system, template, unit, author, time, signed, setting, sections, refs=()):
    """signed: minutes after time (int), or None for an unsigned draft."""
    t = dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": U[unit][0], "hsa_id": U[unit][1]},
        "author": {"name": A[author][0], "role": A[author][1]},
        "time": iso(time),
        "signed": None if signed is None else (t + dt.timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S"),
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def case(name, ruleset, birth, serial, notes, must=(), must_not=(), why=""):
    last = max(dt.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S") for n in notes)
    as_of = (last + dt.timedelta(days=4)).replace(hour=0, minute=0, second=0)
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of.strftime("%Y-%m-%dT%H:%M:%S"),
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


M, P = "Melior", "PMO"
SV, OV = "slutenvård", "öppenvård"

# ================================================================ CASES
# ---------------------------------------------------------------- NL102 positives (hedged diagnosis, visible, Melior)

case("inf-sab-misstankt-endokardit-blasljud", "skane", "1951-06-03", "273", [
    N("n1", M, "Daganteckning", "inf_lund", "lindqvist", "2024-02-13 10:40", 50, SV, [
        ("Aktuellt", "Dag 3 på avdelningen. Feberfri sedan igår kväll men fortsatt frossbrytningar nattetid enl. ssk."),
        ("Status", "AT: opåverkad i vila. Cor: oregelbunden rytm, nytillkommet systoliskt blåsljud 2/6 p.m. över apex. Inga Janeway-lesioner, inga splinterblödningar."),
        ("Bedömning", "S. aureus (MSSA) i 4/4 flaskor från inkomstdagen. Misstänkt endokardit med tanke på blåsljudet och att kontrollodlingen från i söndags också växer. TEE beställt till torsdag."),
        ("Åtgärd", "Fortsätter kloxacillin 2 g x 6 iv. Nya blododlingar x2 idag."),
    ])], must=[("NL102", "n1")],
    why="'Misstänkt endokardit' in a visible Bedömning of an infektion Melior note is a hedged diagnosis")

case("inf-trolig-spondylodiskit-l3-l4", "vgr", "1952-01-19", "335", [
    N("n1", M, "Inskrivningsanteckning", "inf_ostra", "hassan", "2024-03-04 16:15", 70, SV, [
        ("Anamnes", "72-årig man med diabetes typ 2 och urosepsis 2023. Sedan tre veckor tilltagande ländryggsvärk, nu även nattlig värk och subfebrilitet. Remitteras från vårdcentralen med CRP 142."),
        ("Status", "Allmäntillstånd: smärtpåverkad. Temp 38,1. Rygg: uttalad bankömhet över L3–L4, ingen radierande smärta. Neurologiskt: normal kraft och sensibilitet i UE, reflexer lika bilat."),
        ("Bedömning", "Trolig spondylodiskit L3–L4, kan vara hematogen spridning från urinvägarna. MR ländrygg akut ikväll, blododlingar innan antibiotika ges."),
        ("Planering", "Avvaktar med antibiotika så länge han är cirkulatoriskt stabil, tills odlingar och ev. CT-ledd biopsi är tagna. Smärtlindring med oxikodon."),
    ])], must=[("NL102", "n1")],
    why="'Trolig spondylodiskit' in the visible Bedömning of a VGR Melior admission note")

case("akut-erysipelas-dd-dvt-efter-flygresa", "skane", "1966-11-27", "482", [
    N("n1", M, "Akutanteckning", "akut_hbg", "holm", "2024-04-19 22:05", 35, OV, [
        ("Aktuellt", "Rodnad och svullnad vä underben sedan två dagar, feber 38,9 hemma. Flög hem från Kanarieöarna i söndags, fyra timmars flygresa."),
        ("Status", "Vä underben: rodnad med oskarp gräns från fotled upp mot knä, värmeökad, pittingödem. Vadömhet. Fissur mellan tå 4 och 5."),
        ("Bedömning", "Erysipelas vä underben med ingångsport interdigitalt. DD DVT efter långflygning, D-dimer 1,9. UL ben bokat imorgon bitti."),
        ("Åtgärd", "Bensylpenicillin 3 g x 3 iv. Fragmin i behandlingsdos i väntan på ultraljudet."),
    ])], must=[("NL102", "n1")],
    why="'DD DVT' is a differential diagnosis of the patient left open in a visible Bedömning")

case("akut-pneumoni-fragetecken-lungemboli-ej-uteslutas", "vgr", "1958-09-02", "617", [
    N("n1", M, "Akutanteckning", "akut_nal", "persson", "2024-01-09 03:20", 40, OV, [
        ("Bedömning", "Hosta, pleuritsmärta hö och takykardi 118. Rtg pulm: diskret infiltrat hö nedre lob. Pneumoni? Lungemboli kan ej uteslutas då pat fick knäprotes för tio dagar sedan. DT-angio pulm beställd, Fragmin ges i väntan."),
    ])], must=[("NL102", "n1")],
    why="pneumoni vs lungemboli: 'Pneumoni?' and 'Lungemboli kan ej uteslutas' in a visible section")

case("inf-bild-som-vid-neuroborrelios-facialispares", "skane", "1979-04-11", "591", [
    N("n1", M, "Mottagningsanteckning", "inf_csk", "nystrom", "2024-08-21 11:30", 45, OV, [
        ("Anamnes", "Fästingbett i juli på Österlen, rodnad kring bettet som bleknade spontant. Nu perifer facialispares hö sedan 4 dagar och huvudvärk nattetid."),
        ("Bedömning", "Bild som vid neuroborrelios. LP idag för celler och borreliaantikroppar i likvor/serum."),
    ])], must=[("NL102", "n1")],
    why="'Bild som vid neuroborrelios' is a hedged diagnosis in a visible Melior note")

case("inf-forenligt-med-tbe-bifasiskt", "vgr", "1963-05-30", "128", [
    N("n1", M, "Daganteckning", "inf_skas", "svensson", "2024-07-02 09:50", None, SV, [
        ("Aktuellt", "Bifasiskt förlopp: influensaliknande feber för två veckor sedan, nu åter feber, svår huvudvärk och finvågig tremor. Ovaccinerad, flera fästingbett i trädgården i Tidaholm."),
        ("Bedömning", "Förenligt med TBE. LP igår: 87 celler, mononukleär dominans, normalt laktat. TBE-serologi skickad till Sahlgrenska."),
    ])], must=[("NL102", "n1")],
    why="'Förenligt med TBE' before serology is an uncertain diagnosis in a visible note")

case("infakut-resefeber-inger-misstanke-om-malaria", "skane", "1990-02-14", "846", [
    N("n1", M, "Akutanteckning", "infakut_malmo", "rahimi", "2024-10-14 18:40", 25, OV, [
        ("Aktuellt", "Hemkommen från Kumasi, Ghana, för 9 dagar sedan efter besök hos släkt. Tog ingen malariaprofylax. Feber upp till 40, frossa och huvudvärk sedan igår."),
        ("Bedömning", "Inger misstanke om malaria. Snabbtest samt tjock och tunn droppe skickade som akut, svar inom en timme. Bakjour informerad."),
    ])], must=[("NL102", "n1")],
    why="'Inger misstanke om malaria' after travel is a hedged diagnosis in a visible note")

case("ssk-kan-rora-sig-om-c-difficile-isolering", "vgr", "1941-12-08", "464", [
    N("n1", M, "Omvårdnadsanteckning", "med_kungalv", "nilsson_ssk", "2024-05-27 07:10", 15, SV, [
        ("Elimination", "Sex vattentunna, illaluktande avföringar under natten. Pågående cefotaxim sedan i fredags. Enl. jourhavande läkare kan det röra sig om C. difficile, pat flyttad till enkelrum med egen toalett. F-prov för toxin skickat."),
    ])], must=[("NL102", "n1")],
    why="nurse note: 'kan det röra sig om C. difficile' is a hedged diagnosis in a visible sökord")

case("barn-mojlig-septisk-artrit-hoft", "skane", "2019-03-22", "229", [
    N("n1", M, "Akutanteckning", "barnakut_lund", "wikstrom", "2024-11-02 20:15", 55, OV, [
        ("Aktuellt", "5-åring som sedan igår vägrar stödja på hö ben. Feber 39,2 i morse enl. mamma. Förkyld förra veckan."),
        ("Status", "Ligger med hö höft flekterad och utåtroterad, gråter vid passiv inåtrotation. Knä och fotled u.a."),
        ("Bedömning", "Möjlig septisk artrit i hö höft, DD coxitis simplex. CRP 96, SR 58. UL höft visar ledvätska, ortopedjour kontaktad för punktion i narkos."),
    ])], must=[("NL102", "n1")],
    why="child under 13 (guardian reads): 'Möjlig septisk artrit' in a visible Bedömning")

case("barn-trol-mykoplasmapneumoni", "vgr", "2016-01-07", "384", [
    N("n1", M, "Mottagningsanteckning", "dsbus", "ahlgren", "2024-10-08 14:00", 20, OV, [
        ("Bedömning", "Tio dagars torrhosta, subfebril, opåverkad. Fina krepitationer bilat basalt, saturation 96 %. Trol. mykoplasmapneumoni, flera i klassen har haft liknande. Erytromycin mixtur i 10 dagar. Åter vid andningspåverkan."),
    ])], must=[("NL102", "n1")],
    why="child 8 y: 'Trol. mykoplasmapneumoni' abbreviated hedge in a visible note")

case("skane-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", "1987-08-16", "795", [
    N("n1", M, "Läkaranteckning", "inf_hbg", "alkhalil", "2024-06-11 13:25", 40, SV, [
        ("Aktuellt", "Feber och dyspné, blododlingar från akuten växer S. aureus i samtliga flaskor. Multipla perifera lunginfiltrat på DT."),
        ("Tidiga hypoteser", "Misstänkt injektionsrelaterad trikuspidalisendokardit, stickmärken i båda armvecken men pat förnekar missbruk."),
    ])], must=[("NL102", "n1")],
    why="Skåne protects by template, not sökord: a 'Tidiga hypoteser' section inside an ordinary Läkaranteckning stays visible")

case("vgr-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", "1995-10-25", "932", [
    N("n1", M, "Tidiga hypoteser", "infmott_ostra", "sjoberg", "2024-09-17 10:05", 30, OV, [
        ("Bedömning", "Sannolik tuberkulös lymfadenit på halsen vä, pat uppvuxen i Eritrea och kom till Sverige 2022. Finnålspunktion för PCR och odling tas idag."),
    ])], must=[("NL102", "n1")],
    why="VGR protects by sökord: template named Tidiga hypoteser but sökord Bedömning is visible")

case("vgr-th-sokord-plus-synlig-ev-pcp", "vgr", "1976-03-09", "153", [
    N("n1", M, "Läkaranteckning", "inf_ostra", "andersson", "2024-04-03 15:45", 35, SV, [
        ("Aktuellt", "Tre veckors torrhosta, ansträngningsdyspné och viktnedgång 6 kg. Saturation 91 % i vila."),
        ("Tidiga hypoteser", "Oral candida, lymfopeni och herpes zoster i fjol, hivtest tas efter samtycke imorgon."),
        ("Bedömning", "Oral candidos och hypoxi. Ev. PCP, inducerat sputum imorgon bitti och LDH kompletteras."),
    ])], must=[("NL102", "n1")],
    why="VGR: only the Tidiga hypoteser sökord is hidden; 'Ev. PCP' in Bedömning of the same note is visible")

case("draft-sannolik-urosepsis-kad", "skane", "1940-07-28", "406", [
    N("n1", M, "Inskrivningsanteckning", "med_ystad", "dahl", "2024-01-27 23:40", None, SV, [
        ("Bedömning", "84-årig kvinna med KAD sedan juli, nu feber 39,4, BT 95/50 och nytillkommen förvirring. Sannolik urosepsis. Blod- och urinodling tagna, pip-tazo 4 g x 4 insatt, Ringer 1000 ml på 30 min."),
    ])], must=[("NL102", "n1")],
    why="unsigned draft (pre-signing check): 'Sannolik urosepsis' in a visible Bedömning")

case("typo-missankt-endokardit-mekanisk-klaff", "skane", "1956-02-02", "517", [
    N("n1", M, "Daganteckning", "inf_malmo", "lund", "2024-03-18 11:05", 60, SV, [
        ("Bedömning", "Missänkt endokardit hos pat med mekanisk aortaklaff och E. faecalis i 3/4 flaskor. Kontakt tagen med thoraxkirurgen i Lund, TEE på måndag. Ampicillin + ceftriaxon enl. vårdprogram."),
    ])], must=[("NL102", "n1")],
    why="typo 'Missänkt' (misstänkt) endokardit is still a hedged diagnosis in a visible note")

case("typo-sannolkit-legionellapneumoni", "vgr", "1961-08-23", "642", [
    N("n1", M, "Konsultationsanteckning", "inf_nal", "engstrom", "2024-09-05 16:30", 45, SV, [
        ("Konsultation", "Ombedd av medicinjouren. Pat kom hem från hotellvistelse på Costa del Sol för 5 dgr sedan, nu hög feber, diarré och Na 128. Rtg: lobär konsolidering vä."),
        ("Bedömning", "Sannolkit legionellapneumoni. Urinantigen för legionella och pneumokocker skickat. Rek. tillägg av levofloxacin 500 mg x 2 till pågående bensylpenicillin."),
    ])], must=[("NL102", "n1")],
    why="typo 'Sannolkit' (sannolikt) legionellapneumoni in a visible consult")

case("orto-utredning-fragestallning-spondylodiskit", "skane", "1949-12-30", "758", [
    N("n1", M, "Läkaranteckning", "orto_hlm", "forsberg", "2024-05-14 09:15", 90, OV, [
        ("Status", "Bankömhet Th8–Th9, ingen neurologisk påverkan. Temp 37,8."),
        ("Utredning", "MR bröstrygg med kontrast beställd. Frågeställning: spondylodiskit Th8–Th9, paravertebral abscess? Blododlingar tagna på mottagningen."),
    ])], must=[("NL102", "n1")],
    why="'Frågeställning: spondylodiskit ... ?' is an open diagnostic question in a visible Utredning")

case("orto-oklart-om-septisk-artrit-eller-gikt", "vgr", "1953-04-04", "871", [
    N("n1", M, "Akutanteckning", "orto_molndal", "strom", "2024-12-01 01:50", 30, OV, [
        ("Bedömning", "Svullet, varmt hö knä sedan igår, feber 38,3. Oklart om septisk artrit eller giktattack. Ledpunktion: 40 ml grumlig vätska, skickad för odling, celler och kristaller. Ingen antibiotika förrän odlingen är tagen, nu given cefuroxim 1,5 g iv."),
    ])], must=[("NL102", "n1")],
    why="'Oklart om septisk artrit eller giktattack' leaves two diagnoses open in a visible note")

case("inf-talar-for-pyelonefrit-som-fokus", "skane", "1947-10-10", "306", [
    N("n1", M, "Daganteckning", "inf_csk", "magnusson", "2024-02-26 10:20", 40, SV, [
        ("Bedömning", "Sepsis med gramnegativa stavar i blododling, artbestämning pågår. Dunkömhet över vä njurloge och leukocyturi talar för pyelonefrit som fokus. Fortsätter cefotaxim 1 g x 3."),
    ])], must=[("NL102", "n1")],
    why="'talar för pyelonefrit' as sepsis focus is a hedged diagnosis in a visible note")

case("infmott-resefeber-differentialdiagnoser-thailand", "vgr", "1998-06-18", "237", [
    N("n1", M, "Mottagningsanteckning", "infmott_ostra", "karimi", "2024-03-26 14:10", 50, OV, [
        ("Anamnes", "Tre veckors backpacking i norra Thailand, badat i sötvatten och vandrat i risfält. Feber, myalgier och retroorbital värk sedan fyra dagar."),
        ("Bedömning", "Malaria avskriven, snabbtest och mikroskopi negativa x3. Differentialdiagnoser: denguefeber, leptospiros, rickettsios (scrub typhus). Serologier skickade och doxycyklin insatt empiriskt."),
    ])], must=[("NL102", "n1")],
    why="a list of 'Differentialdiagnoser' for the patient is hedged even though malaria is ruled out")

case("med-ev-septisk-tromboflebit-pvk", "skane", "1938-05-05", "174", [
    N("n1", M, "Läkaranteckning", "med_hbg", "oberg", "2024-06-28 12:35", 25, SV, [
        ("Status", "Rodnad stråk längs v. cephalica hö underarm, gammalt PVK-ställe med varig sekretion."),
        ("Bedömning", "Ev. septisk tromboflebit, PVK avlägsnad och spetsen odlad. Duplex hö arm idag, blododlingar x2 innan kloxacillin."),
    ])], must=[("NL102", "n1")],
    why="'Ev. septisk tromboflebit' is a hedged diagnosis, not a hedged plan")

case("typo-kan-inte-utsluta-psoasabscess", "vgr", "1950-09-21", "398", [
    N("n1", M, "Daganteckning", "inf_skas", "nord", "2024-08-12 10:55", 35, SV, [
        ("Aktuellt", "Dag 6 med cefotaxim för E. coli-bakteriemi. Kvarstående kvällsfeber 38,6 och smärta i hö ljumske vid gång."),
        ("Bedömning", "Kan inte utsluta psoasabscess hö. DT buk med iv kontrast idag, kirurgen informerad om ev. dränage."),
    ])], must=[("NL102", "n1")],
    why="typo 'utsluta' (utesluta): 'Kan inte utesluta psoasabscess' is still a hedged diagnosis")

case("konsult-misstankt-tidig-protesinfektion", "skane", "1955-03-13", "620", [
    N("n1", M, "Konsultationsanteckning", "inf_lund", "hakansson", "2024-04-24 15:00", 45, SV, [
        ("Konsultsvar", "Tack för remissen från ortopeden. Tre veckor efter TKA hö: sekretion från operationssåret och CRP 118."),
        ("Bedömning", "Misstänkt tidig protesinfektion hö knä. Rek. att avvakta antibiotika tills ledvätska och minst fem vävnadsbiopsier tagits vid DAIR, därefter empiriskt vankomycin + pip-tazo."),
    ])], must=[("NL102", "n1")],
    why="antibiotic consult: 'Misstänkt tidig protesinfektion' in a visible consult answer")

case("telefonkonsult-trol-esbl-ecoli-byte-meropenem", "vgr", "1944-01-31", "753", [
    N("n1", M, "Telefonanteckning", "med_alingsas", "lindahl", "2024-11-19 21:10", 20, SV, [
        ("Telefonkontakt", "Samtal med infektionsbakjour på SÄS ang. pat med urosepsis och utebliven effekt av cefotaxim efter 48 h. Trol. ESBL-producerande E. coli som orsak, pat hade ESBL i urinodling 2022. Byte till meropenem 1 g x 3 enl. rek."),
    ])], must=[("NL102", "n1")],
    why="phone consult: 'Trol. ESBL-producerande E. coli som orsak' hedges the patient's infection")

case("ssk-typo-luftsmittisolering-misstank-lungtuberkulos", "skane", "1989-07-07", "285", [
    N("n1", M, "Omvårdnadsanteckning", "inf_malmo", "hodzic_ssk", "2024-02-06 19:30", 10, SV, [
        ("Omvårdnad", "Pat vårdas i luftsmittisolering med sluss pga misstänk lungtuberkulos. Personalen använder FFP3-skydd, besökare endast efter kontakt med ssk. Sputum för mikroskopi tas tre morgnar i rad."),
    ])], must=[("NL102", "n1")],
    why="nurse note, typo 'misstänk' (misstänkt): lungtuberkulos as reason for isolation is still hedged")

case("epikris-diagnos-trolig-virusinfektion", "vgr", "1993-12-12", "446", [
    N("n1", M, "Epikris", "inf_sas", "novak", "2024-01-30 13:45", 120, SV, [
        ("Diagnos", "Feber UNS (R50.9). Trolig virusinfektion."),
        ("Epikris", "Inlagd pga feber 39 och huvudvärk. Blododlingar utan växt, rtg pulm u.a., CRP max 34. Feberfri sedan dag 3 utan antibiotika. Utskrivs till hemmet, ingen uppföljning planerad."),
    ])], must=[("NL102", "n1")],
    why="'Trolig virusinfektion' in the Diagnos section of an epikris is visible")

case("akut-diagnos-fragetecken-endokardit", "skane", "1968-08-08", "939", [
    N("n1", M, "Akutanteckning", "akut_malmo", "berglund", "2024-07-21 04:10", 30, OV, [
        ("Diagnos", "A41.0 Sepsis orsakad av Staphylococcus aureus\n?Endokardit"),
    ])], must=[("NL102", "n1")],
    why="one-line diagnosis list: a bare '?Endokardit' is a hedged diagnosis")

case("infmott-status-bild-som-vid-erysipelas-ansikte", "vgr", "1972-02-29", "062", [
    N("n1", M, "Mottagningsanteckning", "inf_nal", "persson", "2024-03-01 10:25", 25, OV, [
        ("Status", "Hö kind: skarpt avgränsad, blank rodnad med upphöjd kant, värmeökad. Bild som vid erysipelas i ansiktet. Inga blåsor, ögat fritt."),
        ("Åtgärd", "Kåvepenin 1 g x 3 i 10 dagar, kontakt vid spridning mot ögat."),
    ])], must=[("NL102", "n1")],
    why="'Bild som vid erysipelas' written in a Status section is still a hedged diagnosis")

case("telefon-sannolikt-recidiv-c-difficile", "skane", "1946-04-17", "530", [
    N("n1", M, "Telefonanteckning", "infmott_lund", "lindqvist", "2024-09-09 08:45", 15, OV, [
        ("Telefonkontakt", "Pat ringer, åter 5–6 lösa avföringar/dygn, tio dagar efter avslutad vankomycin. Sannolikt recidiv av C. difficile-infektion. Nytt F-prov lämnas på lab idag, jag återkommer imorgon."),
    ])], must=[("NL102", "n1")],
    why="'Sannolikt recidiv av C. difficile-infektion' in a visible telephone note")

case("barn-misstankt-malaria-efter-lagos", "vgr", "2017-05-15", "108", [
    N("n1", M, "Akutanteckning", "dsbus", "karimi", "2024-08-29 17:20", 40, OV, [
        ("Aktuellt", "7-årig flicka, åter från släktbesök i Lagos för 12 dagar sedan. Feber 39,8, kräkning x3 och trötthet. Ingen profylax tagen under resan."),
        ("Bedömning", "Misstänkt malaria, snabbtest och blodutstryk skickade akut. Infektionsjour kontaktad."),
    ])], must=[("NL102", "n1")],
    why="child 7 y, guardians read: 'Misstänkt malaria' in a visible Bedömning")

case("lang-inskrivning-meningit-kan-ej-uteslutas", "skane", "1983-11-03", "467", [
    N("n1", M, "Inskrivningsanteckning", "inf_malmo", "rahimi", "2024-12-06 02:35", 95, SV, [
        ("Kontaktorsak", "Feber, huvudvärk och förvirring sedan igår kväll. Ambulans från hemmet efter att sambon inte fick kontakt med honom på morgonen."),
        ("Anamnes", "41-årig man, tidigare frisk, inga läkemedel, ej allergisk. Splenektomerad efter trafikolycka 2009, osäkert om pneumokockvaccin getts. Arbetar som snickare. Ingen utlandsresa senaste året. Sambon beskriver två dagars förkylning och öronvärk hö innan febern steg till 40."),
        ("Status", "AT: påverkad, svarar adekvat men långsamt, GCS 14 (V4). Temp 39,7, AF 24, sat 95 %, BT 104/62, puls 122 reg.\nHud: inga petekier, inga utslag.\nCor: takykard, inga blåsljud.\nPulm: vesikulära andningsljud bilat.\nBuk: mjuk, oöm.\nNeuro: nackstyv, Kernig pos. Pupiller lika, ljusreaktion u.a. Ingen pares, inga kramper.\nÖron: hö trumhinna rodnad och buktande."),
        ("Lab", "CRP 286, LPK 21,4, Hb 138, TPK 142, laktat 3,1, kreatinin 98, PK 1,2."),
        ("Bedömning", "Sepsis hos splenektomerad man med akut otit hö och meningism. Bakteriell meningit kan ej uteslutas, pneumokocker mest sannolikt agens. DT hjärna utan expansivitet, LP utförd kl 02.10 direkt efter."),
        ("Åtgärd", "Blododlingar x2 och likvor till odling, PCR och celler. Betapred 8 mg iv följt av cefotaxim 3 g x 4 och ampicillin 3 g x 4. Vätska Ringer-acetat 1 l. ÖNH-jour kontaktad för paracentes."),
        ("Planering", "Intermediärvårdsplats, neurologstatus och GCS varje timme första natten. Smittskydd: avvakta svar på likvor innan eventuell smittspårning."),
    ])], must=[("NL102", "n1")],
    why="long admission chart: one sentence 'Bakteriell meningit kan ej uteslutas' makes the visible note hedged")

case("lang-daganteckning-mojlig-betalaktamutlost-neutropeni", "vgr", "1957-07-19", "213", [
    N("n1", M, "Daganteckning", "inf_ostra", "magnusson", "2024-10-22 11:15", 65, SV, [
        ("Aktuellt", "Vecka 4 av behandling för streptokockendokardit på mitralisklaffen (S. mitis, PcG-MIC 0,06). Pat mår bra, feberfri sedan dag 5, äter och är uppegående i korridoren. Klagar på viss trötthet och ont i halsen sedan två dagar."),
        ("Status", "AT: opåverkad. Temp 37,4. Munhåla: lätt rodnad svalg, inga beläggningar, inga sår. Cor: oförändrat systoliskt blåsljud 2/6 över apex. Pulm: u.a. PICC-line vä arm: insticksstället rent, ingen rodnad."),
        ("Lab", "LPK 2,1 (4,6 för en vecka sedan), neutrofiler 0,6, Hb 112, TPK 245, CRP 9. Leverstatus u.a. Kreatinin 74."),
        ("Bedömning", "Kliniskt stabil och ska ha ytterligare två veckors behandling enl. plan. Neutrofila 0,6 efter 26 dagars högdos bensylpenicillin, möjlig betalaktamutlöst neutropeni. Ingen feber och inget infektionsfokus."),
        ("Åtgärd", "Bensylpenicillin byts till vankomycin iv med koncentrationsstyrd dosering, första dos 1,5 g idag. Dalvärde tas före fjärde dosen. Diff. och CRP tas varannan dag. Ssk informerade om att pat ska ringa om temp över 38."),
        ("Planering", "Om neutrofila inte återhämtar sig inom en vecka efter bytet, hematologkonsult. Kontroll-UCG inför avslutad behandling beställt till vecka 6. Tandläkarbedömning är gjord och u.a."),
    ])], must=[("NL102", "n1")],
    why="long antibiotic-switch note: 'möjlig betalaktamutlöst neutropeni' is a hedged drug-induced diagnosis")

case("infmott-trolig-borreliaartrit-kna", "skane", "1971-09-25", "348", [
    N("n1", M, "Mottagningsanteckning", "infmott_malmo", "strom", "2024-11-12 10:00", 40, OV, [
        ("Anamnes", "Svullet vä knä i omgångar sedan två månader, ingen trauma. Bor på landet utanför Sjöbo, minns inga fästingbett."),
        ("Bedömning", "Borrelia IgG kraftigt förhöjt i serum, ledvätskan inflammatorisk men odlingsnegativ. Trolig borreliaartrit. Doxycyklin 100 mg 1x2 i 28 dagar, återbesök efter avslutad kur."),
    ])], must=[("NL102", "n1")],
    why="'Trolig borreliaartrit' in a visible outpatient Bedömning")

case("typo-differentaldiagnos-reaktiv-artrit", "vgr", "1985-05-11", "390", [
    N("n1", M, "Läkaranteckning", "infmott_ostra", "sjoberg", "2024-06-04 11:40", 30, OV, [
        ("Aktuellt", "Campylobacter-enterit i maj, nu smärta och svullnad i båda fotlederna och hö knä sedan en vecka."),
        ("Bedömning", "Differentaldiagnos reaktiv artrit efter Campylobacterinfektionen. NSAID i två veckor och remiss till reumatologen."),
    ])], must=[("NL102", "n1")],
    why="typo 'Differentaldiagnos' (differentialdiagnos) still marks reaktiv artrit as uncertain")

case("ssk-typo-misstankt-calcivirus-kohortvard", "vgr", "1936-10-01", "686", [
    N("n1", M, "Omvårdnadsanteckning", "med_lidkoping", "aberg_ssk", "2024-01-15 06:30", 10, SV, [
        ("Omvårdnad", "Misstänkt calcivirus, pat har kräkts fyra gånger under natten och haft två lösa avföringar. Kohortvård på sal 4 med rumsgrannen som har samma symtom. Vätskelista påbörjad, dropp enl. ordination."),
    ])], must=[("NL102", "n1")],
    why="nurse note, typo 'calcivirus' (calicivirus) in the diagnosis word: still a hedged diagnosis")

case("konsult-sannolikt-amoxicillinexantem", "skane", "1997-03-03", "193", [
    N("n1", M, "Konsultationsanteckning", "inf_lund", "nord", "2024-05-06 14:25", 35, SV, [
        ("Bedömning", "Makulopapulöst, kliande utslag på bål och armar dag 8 av amoxicillin för sinuit. Ingen slemhinnepåverkan, inga blåsor, ingen feber. Sannolikt läkemedelsexantem, inte IgE-medierat. Sätt ut amoxicillin, antihistamin vid klåda. Remiss till allergimottagningen för utredning om 6 veckor."),
    ])], must=[("NL102", "n1")],
    why="antibiotic consult: 'Sannolikt läkemedelsexantem' is a hedged diagnosis")

case("barn-typo-trolig-neuroborrelois", "vgr", "2015-06-30", "751", [
    N("n1", M, "Mottagningsanteckning", "barn_nal", "ahlgren", "2024-09-03 09:30", 45, OV, [
        ("Anamnes", "9-årig pojke med hängande mungipa vä sedan igår, huvudvärk en vecka. Fästingbett i juni vid sommarstugan på Orust enl. pappa."),
        ("Bedömning", "Perifer facialispares vä. Trolig neuroborrelois, LP med borreliaserologi görs imorgon i sedering."),
    ])], must=[("NL102", "n1")],
    why="child, typo 'neuroborrelois' (neuroborrelios): 'Trolig ...' remains a hedged diagnosis")

case("med-misstanke-lungemboli-snarare-an-pneumoni", "skane", "1960-12-19", "414", [
    N("n1", M, "Läkaranteckning", "med_ystad", "hakansson", "2024-03-29 13:05", 40, SV, [
        ("Bedömning", "Inlagd som pneumoni men inget infiltrat på rtg, CRP bara 31 och fortsatt takykardi. Misstanke om lungemboli snarare än pneumoni, särskilt som pat har p-piller och rökare. DT-angio idag, antibiotika sätts ut."),
    ])], must=[("NL102", "n1")],
    why="pneumoni vs lungemboli: 'Misstanke om lungemboli' left open in a visible note")

case("orto-sarinfektion-mojligen-mrsa-thailand", "vgr", "1974-08-05", "837", [
    N("n1", M, "Läkaranteckning", "orto_molndal", "forsberg", "2024-02-12 12:00", 50, SV, [
        ("Aktuellt", "Fotledsfraktur opererad på sjukhus i Phuket för tre veckor sedan, nu rodnad och sekretion från det laterala såret."),
        ("Bedömning", "Postoperativ sårinfektion, möjligen MRSA med tanke på vård utomlands. Sårodling och MRSA-screening (näsa, svalg, perineum) tagna. Basala hygienrutiner plus kontaktsmitteisolering tills svar, klindamycin insatt."),
    ])], must=[("NL102", "n1")],
    why="'möjligen MRSA' hedges the cause of the patient's wound infection")

case("kard-misstankt-septisk-embolisering-cns", "vgr", "1959-02-17", "561", [
    N("n1", M, "Daganteckning", "kard_sahlg", "lindahl", "2024-05-20 10:40", 45, SV, [
        ("Aktuellt", "Känd vänstersidig endokardit med S. aureus, dag 5 av kloxacillin. I natt övergående talsvårighet och svaghet i hö hand."),
        ("Bedömning", "Misstänkt septisk embolisering till CNS. MR hjärna akut idag, infektionskonsult och thoraxkirurg kontaktade för diskussion om tidig klaffkirurgi."),
    ])], must=[("NL102", "n1")],
    why="confirmed endokardit plus a new hedged complication 'Misstänkt septisk embolisering'")

case("typo-diagnos-trolgi-aspirationspneumoni", "skane", "1935-11-11", "726", [
    N("n1", M, "Läkaranteckning", "med_landskrona", "novak", "2024-10-03 15:15", 30, SV, [
        ("Diagnos", "J69.0 Pneumoni, trolgi aspirationspneumoni efter sväljningssvårigheter."),
        ("Åtgärd", "Ampicillin 2 g x 3 iv, logopedbedömning, konsistensanpassad kost."),
    ])], must=[("NL102", "n1")],
    why="typo 'trolgi' (trolig) before a diagnosis in the Diagnos section")

case("draft-misstankt-q-feber-farbonde", "vgr", "1970-03-27", "915", [
    N("n1", M, "Läkaranteckning", "inf_skas", "andersson", "2024-04-16 16:05", None, OV, [
        ("Anamnes", "Fårbonde från Falköping, lamningssäsong pågår. Två veckors feber, svår huvudvärk och torrhosta."),
        ("Bedömning", "Misstänkt Q-feber, förhöjda transaminaser och lätt trombocytopeni. Coxiella-serologi skickad, doxycyklin insatt."),
    ])], must=[("NL102", "n1")],
    why="unsigned draft: 'Misstänkt Q-feber' in a visible Bedömning (pre-signing check)")

case("akut-kliniskt-misstankt-nekrotiserande-fasciit", "skane", "1964-06-09", "353", [
    N("n1", M, "Akutanteckning", "akut_malmo", "alkhalil", "2024-08-03 21:30", 20, OV, [
        ("Bedömning", "Kliniskt misstänkt nekrotiserande fasciit vä lår: smärta ur proportion till fynd, snabbt tilltagande rodnad och laktat 4,2. Kirurgjour tillkallad för akut exploration. Meropenem + klindamycin startat, IVA-jour informerad."),
    ])], must=[("NL102", "n1")],
    why="'Kliniskt misstänkt nekrotiserande fasciit' is a hedged diagnosis in an emergency note")

# ---------------------------------------------------------------- NL102 negatives (hard negatives)

case("tee-utan-vegetationer-endokardit-avskrivs", "skane", "1962-04-21", "118", [
    N("n1", M, "Daganteckning", "inf_lund", "hakansson", "2024-02-16 14:20", 40, SV, [
        ("Utredning", "TEE idag: inga vegetationer, normal klaffunktion, ingen abscess."),
        ("Bedömning", "Endokardit avskrivs. Okomplicerad S. aureus-bakteriemi med PVK som fokus, kontrollodlingar negativa efter 48 h. Behandlingstid 14 dagar iv räknat från första negativa odling."),
    ])], must_not=[("NL102", "n1")],
    why="endokardit explicitly 'avskrivs'; the remaining diagnosis SAB is confirmed")

case("dt-angio-lungemboli-uteslutes-pneumoni-hoger", "vgr", "1955-07-08", "574", [
    N("n1", M, "Läkaranteckning", "akut_sahlg", "novak", "2024-01-10 08:15", 35, OV, [
        ("Bedömning", "DT-angio pulm: inga fyllnadsdefekter. Lungemboli uteslutes. Konsolidering i hö underlob med luftbronkogram, pneumoni. Bensylpenicillin 3 g x 3, inläggning på medicin."),
    ])], must_not=[("NL102", "n1")],
    why="lungemboli ruled out ('uteslutes'), pneumoni stated as fact: nothing hedged")

case("mr-inga-tecken-pa-spondylodiskit", "skane", "1948-08-14", "901", [
    N("n1", M, "Läkaranteckning", "inf_csk", "forsberg", "2024-03-07 11:45", 55, SV, [
        ("Utredning", "MR hela ryggen med kontrast: degenerativa förändringar L4–S1."),
        ("Bedömning", "Inga tecken på spondylodiskit eller epiduralabscess. Ryggvärken bedöms mekanisk. E. coli-bakteriemin med urinvägsfokus behandlas färdigt peroralt med ciprofloxacin, totalt 7 dagar."),
    ])], must_not=[("NL102", "n1")],
    why="negated spondylodiskit ('Inga tecken på') with confirmed other diagnoses")

case("ul-talar-emot-dvt-erysipelas-behandlas", "vgr", "1967-02-06", "745", [
    N("n1", M, "Läkaranteckning", "med_alingsas", "persson", "2024-04-20 10:30", 25, SV, [
        ("Bedömning", "Ultraljud talar emot DVT, kompressibla vener till och med v. poplitea. Erysipelas hö underben, fortsätter bensylpenicillin och byter till Kåvepenin när feberfri. Fragmin sätts ut."),
    ])], must_not=[("NL102", "n1")],
    why="erysipelas vs DVT settled: DVT argued against ('talar emot'), erysipelas confirmed")

case("typo-ingen-misstanke-om-malria", "skane", "1986-12-01", "236", [
    N("n1", M, "Akutanteckning", "infakut_malmo", "karimi", "2024-10-15 01:40", 30, OV, [
        ("Bedömning", "Ingen misstanke om malria längre, snabbtest och tjock droppe negativa vid tre tillfällen. Feber utan fokus efter resa, blododlingar tagna, pat kan gå hem med ny kontroll i morgon på infektionsmottagningen."),
    ])], must_not=[("NL102", "n1")],
    why="typo 'malria' inside a negation 'Ingen misstanke om': malaria is ruled out")

case("mor-utreds-for-trolig-tuberkulos", "vgr", "1999-03-19", "420", [
    N("n1", M, "Mottagningsanteckning", "infmott_ostra", "sjoberg", "2024-06-13 13:30", 45, OV, [
        ("Anamnes", "Modern som bor hos pat sedan i vintras utreds på lungkliniken för trolig lungtuberkulos. Pat själv är symtomfri, ingen hosta, ingen viktnedgång."),
        ("Bedömning", "Kontaktutredning. IGRA negativ, rtg pulm u.a. Ny IGRA om 8 veckor."),
    ])], must_not=[("NL102", "n1")],
    why="the hedged tuberkulos belongs to the mother (relative), the patient has no hedged diagnosis")

case("plan-ev-picc-efaecalis-endokardit-bekraftad", "skane", "1945-05-23", "645", [
    N("n1", M, "Daganteckning", "inf_hbg", "lindqvist", "2024-06-24 10:15", 35, SV, [
        ("Bedömning", "E. faecalis-endokardit på biologisk aortaklaff, verifierad med TEE. Svarar bra på ampicillin + ceftriaxon, CRP 24 från 190."),
        ("Planering", "Ev. PICC-line på torsdag för fortsatt behandling via OPAT. Eventuellt hemgång nästa vecka om han orkar sköta pumpen själv."),
    ])], must_not=[("NL102", "n1")],
    why="the only hedges ('Ev. PICC-line', 'Eventuellt hemgång') are on plans; endokardit is verified")

case("trolig-hemgang-fredag-peroral-behandling", "vgr", "1982-10-30", "318", [
    N("n1", M, "Daganteckning", "inf_sas", "engstrom", "2024-11-06 09:10", 20, SV, [
        ("Planering", "Pyelonefrit med E. coli känslig för ciprofloxacin. Feberfri sedan i går morse. Trolig hemgång på fredag med peroral ciprofloxacin, totalt 7 dagar."),
    ])], must_not=[("NL102", "n1")],
    why="'Trolig hemgång' hedges discharge, not a diagnosis; pyelonefrit is confirmed")

case("epikris-villkor-om-feber-sok-igen", "skane", "1977-01-13", "963", [
    N("n1", M, "Epikris", "inf_malmo", "berglund", "2024-07-26 14:40", None, SV, [
        ("Epikris", "Vårdad för erysipelas hö underarm efter kattbett, Pasteurella multocida i sårodling. Amoxicillin per os, totalt 10 dagar."),
        ("Information till patienten", "Om feber över 38,5, frossa eller rodnad som sprider sig mot armbågen, sök akut igen. Vid tecken på ledinflammation i handen ska du också höra av dig."),
    ])], must_not=[("NL102", "n1")],
    why="unsigned draft epikris: conditional advice ('Om feber ...') is no hedged diagnosis")

case("skane-mall-tidiga-hypoteser-misstankt-hiv", "skane", "1980-05-27", "579", [
    N("n1", M, "Tidiga hypoteser", "inf_lund", "andersson", "2024-05-08 16:20", 30, SV, [
        ("Bedömning", "Misstänkt primär hivinfektion: feber, faryngit, generaliserat utslag och lymfadenopati tre veckor efter oskyddat sex. Hivtest tas efter samtal imorgon när pat är mindre påverkad."),
    ])], must_not=[("NL102", "n1")],
    why="Skåne: the whole note uses the template Tidiga hypoteser, which is hidden from 1177")

case("vgr-sokord-th-injektionsrelaterad-endokardit", "vgr", "1991-09-14", "387", [
    N("n1", M, "Läkaranteckning", "inf_nal", "wikstrom", "2024-03-12 10:50", 45, SV, [
        ("Aktuellt", "Inlagd med S. aureus i blododling och septiska lungembolier på DT. Kloxacillin 2 g x 6."),
        ("Tidiga hypoteser", "Misstänkt injektionsrelaterad endokardit, färska stickmärken i ljumskarna. Pat förnekar, tas upp igen när förtroende finns."),
        ("Planering", "TEE imorgon. Beroendekonsult erbjuds."),
    ])], must_not=[("NL102", "n1")],
    why="VGR: the hedged diagnosis sits only under the protected sökord Tidiga hypoteser")

case("pmo-vc-trolig-erythema-migrans", "skane", "1975-07-31", "724", [
    N("n1", P, "Besöksanteckning", "vc_simrishamn", "dahl", "2024-07-31 10:10", 25, OV, [
        ("Aktuellt", "Rodnad ring på hö lår sedan en vecka, 8 cm, centralt bleknande. Fästingbett där för tre veckor sedan."),
        ("Bedömning", "Trolig erythema migrans. Fenoximetylpenicillin 1 g x 3 i 10 dagar."),
    ])], must_not=[("NL102", "n1")],
    why="PMO never shows diagnoses: 'Trolig erythema migrans' at a vårdcentral is not flagged")

case("pmo-erysipelas-dd-dvt-vardcentral", "skane", "1952-11-15", "286", [
    N("n1", P, "Besöksanteckning", "vc_eslov", "magnusson", "2024-09-24 14:45", None, OV, [
        ("Bedömning", "Rodnad, svullen vä vad, temp 38,2. Erysipelas? DD DVT. Remiss akut till UL ben på Lund idag, Kåvepenin påbörjas."),
    ])], must_not=[("NL102", "n1")],
    why="PMO note: erysipelas/DVT question marks are hedged but PMO diagnoses are never shown")

case("pmo-hemsjukvard-misstankt-c-difficile", "skane", "1933-03-16", "460", [
    N("n1", P, "Hembesök", "vc_hollviken_hem", "jonsson_ssk", "2024-12-10 11:20", 15, OV, [
        ("Omvårdnad", "Pat har haft diarré 4–5 ggr/dygn sedan i lördags, avslutade klindamycin för en vecka sedan. Misstänkt C. difficile, F-prov taget och skickat. Handtvätt med tvål och vatten, dottern informerad om hygienrutiner."),
    ])], must_not=[("NL102", "n1")],
    why="PMO hemsjukvård note: hedged C. difficile is not shown in 1177, so no NL102")

case("pmo-typo-missankt-pneumoni", "skane", "1948-02-08", "131", [
    N("n1", P, "Telefonkontakt", "vc_lindeborg", "holm", "2024-01-22 15:30", 10, OV, [
        ("Telefonkontakt", "Hustrun ringer, pat har feber och andfåddhet sedan tre dagar. Missänkt pneumoni, akuttid ges idag kl 16.00 hos undertecknad."),
    ])], must_not=[("NL102", "n1")],
    why="PMO phone note with typo 'Missänkt': PMO never shows diagnoses")

case("pmo-bvc-barn-mojlig-kikhosta", "skane", "2023-09-04", "522", [
    N("n1", P, "Besöksanteckning", "bvc_staffanstorp", "karlsson_ssk", "2024-03-05 09:40", 20, OV, [
        ("Aktuellt", "6 mån gammal, hostattacker sedan två veckor med kräkning efter hostan. Storasyster har också hostat länge."),
        ("Bedömning", "Möjlig kikhosta, diskuterat med distriktsläkare som ser barnet idag kl 13. Vaccinationer enligt programmet, dos 2 given vid 5 mån."),
    ])], must_not=[("NL102", "n1")],
    why="PMO BVC note, infant: 'Möjlig kikhosta' is hedged but PMO does not show diagnoses")

case("pmo-resemottagning-misstankt-malaria-hanvisas", "skane", "1994-08-19", "907", [
    N("n1", P, "Telefonkontakt", "vc_trelleborg_res", "strand_ssk", "2024-11-25 08:55", 10, OV, [
        ("Telefonkontakt", "Pat vaccinerades här inför resa till Tanzania, kom hem för 10 dagar sedan och har nu feber 39. Inger misstanke om malaria, hänvisad direkt till Infektionsakuten i Malmö."),
    ])], must_not=[("NL102", "n1")],
    why="PMO travel clinic note: 'Inger misstanke om malaria' is not shown from PMO")

case("kns-trolig-kontamination-blododling", "vgr", "1958-12-24", "690", [
    N("n1", M, "Daganteckning", "inf_ostra", "nord", "2024-12-18 10:25", 30, SV, [
        ("Bedömning", "Koagulasnegativa stafylokocker i 1 av 4 flaskor efter 40 h, trolig kontamination. Pneumoni vä underlob behandlad med bensylpenicillin, svarar bra. Ingen vankomycin."),
    ])], must_not=[("NL102", "n1")],
    why="'trolig kontamination' hedges a lab finding, not a disease; pneumoni is stated as fact")

case("status-mojligen-nackstyv-influensa-verifierad", "skane", "1973-10-06", "542", [
    N("n1", M, "Akutanteckning", "inf_hbg", "oberg", "2024-01-04 22:45", 25, OV, [
        ("Status", "Möjligen lätt nackstyvhet, svårbedömt pga muskelvärk i hela kroppen. Kernig neg. Inga petekier."),
        ("Bedömning", "Influensa A, positiv PCR från nasofarynx. Oseltamivir 75 mg x 2 i 5 dagar, hemgång."),
    ])], must_not=[("NL102", "n1")],
    why="the hedge sits on a status finding (nackstyvhet), the diagnosis influensa A is verified")

case("tbe-verifierad-smitta-trol-orust", "vgr", "1968-06-22", "215", [
    N("n1", M, "Läkaranteckning", "inf_nal", "svensson", "2024-08-01 13:10", 40, SV, [
        ("Bedömning", "TBE, IgM och IgG positiva i serum. Smittan trol. ådragen vid fästingbett på Orust i början av juli. Symtomatisk behandling, neurologstatus dagligen."),
    ])], must_not=[("NL102", "n1")],
    why="TBE is verified; 'trol.' hedges where the infection was acquired, not the diagnosis")

case("typo-ingen-missanke-om-endokardit", "skane", "1960-01-26", "383", [
    N("n1", M, "Daganteckning", "inf_csk", "lund", "2024-04-11 09:50", 35, SV, [
        ("Bedömning", "Streptococcus dysgalactiae i blododling, erysipelas hö ben som fokus. Ingen missanke om endokardit: inga blåsljud, snabb klinisk förbättring och negativa kontrollodlingar."),
    ])], must_not=[("NL102", "n1")],
    why="typo 'missanke' inside the negation 'Ingen misstanke om endokardit'")

case("typo-inga-tecknen-pa-abscess", "vgr", "1979-11-20", "614", [
    N("n1", M, "Läkaranteckning", "inf_skas", "hassan", "2024-08-14 12:40", 50, SV, [
        ("Utredning", "DT buk med kontrast utförd igår."),
        ("Bedömning", "Inga tecknen på psoas- eller njurabscess. Feberfri sedan i morse, E. coli-bakteriemin behandlas vidare med cefotaxim till totalt 10 dagar."),
    ])], must_not=[("NL102", "n1")],
    why="typo 'tecknen' in the negation 'Inga tecken på abscess'; the bacteremia is confirmed")

case("tidigare-neuroborrelios-nu-erysipelas", "skane", "1958-03-31", "850", [
    N("n1", M, "Inskrivningsanteckning", "inf_csk", "nystrom", "2024-05-29 17:35", None, SV, [
        ("Tidigare sjukdomar", "Genomgången neuroborrelios 2021, behandlad med doxycyklin, restfri. Hypertoni. Lymfödem vä ben efter venoperation."),
        ("Bedömning", "Erysipelas vä underben, tredje episoden på två år. Bensylpenicillin 3 g x 3 iv, kompressionsbehandling när rodnaden lagt sig. Diskuterar profylax med penicillin V vid utskrivning."),
    ])], must_not=[("NL102", "n1")],
    why="past confirmed neuroborrelios and current confirmed erysipelas; nothing hedged")

case("c-difficile-toxin-positiv-forsta-episod", "vgr", "1939-08-12", "263", [
    N("n1", M, "Läkaranteckning", "med_kungalv", "berglund", "2024-05-28 13:50", 25, SV, [
        ("Bedömning", "C. difficile toxin B-PCR positiv. Clostridioides difficile-infektion, första episoden, ej svår (LPK 11, kreatinin oförändrat). Cefotaxim sätts ut. Vankomycin 125 mg x 4 po i 10 dagar. Smittsam, kvarstår på enkelrum till 48 h symtomfri."),
    ])], must_not=[("NL102", "n1")],
    why="verified C. difficile infection stated as fact: no hedge")

case("ev-byte-peroralt-s-aureus-septisk-artrit", "skane", "1969-02-15", "437", [
    N("n1", M, "Daganteckning", "inf_lund", "strom", "2024-10-29 10:05", None, SV, [
        ("Bedömning", "Septisk artrit vä knä med S. aureus i ledvätska och blod, artroskopisk spolning gjord x2. Feberfri dygn 3, CRP halverat."),
        ("Planering", "Ev. byte till peroralt klindamycin på fredag om fortsatt feberfri och sjunkande CRP. Möjligen hemgång helgen därpå."),
    ])], must_not=[("NL102", "n1")],
    why="unsigned draft whose only hedges concern the antibiotic switch and discharge, diagnosis confirmed")

case("sepsis-oklart-fokus-utan-hypotes", "skane", "1950-10-18", "726", [
    N("n1", M, "Läkaranteckning", "med_landskrona", "dahl", "2024-03-21 09:30", 40, SV, [
        ("Bedömning", "Sepsis med oklart fokus: feber 39,6, laktat 2,8, blododlingar tagna x2. Urin, rtg pulm, buk och hud utan fynd. Pip-tazo 4 g x 4 fortsätter i väntan på odlingssvar."),
    ])], must_not=[("NL102", "n1")],
    why="sepsis is settled; 'oklart fokus' names no candidate diagnosis, so no hypothesis is written")

case("mrsa-screening-negativ-inget-barerskap", "vgr", "1984-04-02", "848", [
    N("n1", M, "Läkaranteckning", "orto_molndal", "forsberg", "2024-02-22 08:40", 30, SV, [
        ("Bedömning", "MRSA-screening från näsa, svalg, perineum och sår negativ. Inga tecken på bärarskap, kontaktsmitteisoleringen hävs. Sårinfektionen orsakas av S. aureus känslig för kloxacillin."),
    ])], must_not=[("NL102", "n1")],
    why="negated MRSA carriage ('Inga tecken på bärarskap') and a confirmed MSSA wound infection")

case("kand-esbl-barare-eventuellt-enkelrum", "skane", "1937-06-26", "315", [
    N("n1", M, "Omvårdnadsanteckning", "med_hbg", "ekstrom_ssk", "2024-04-02 14:15", 20, SV, [
        ("Omvårdnad", "Känd ESBL-bärare sedan 2022 (E. coli i urin). Eventuellt enkelrum om diarré tillstöter, enl. vårdhygiens rekommendation. Basala hygienrutiner, egen toalett tills vidare."),
    ])], must_not=[("NL102", "n1")],
    why="known (confirmed) ESBL carriage; the hedge 'Eventuellt enkelrum' is a plan")

case("misstanken-om-tbe-avskriven", "vgr", "1988-07-23", "582", [
    N("n1", M, "Daganteckning", "inf_skas", "oberg", "2024-07-29 11:20", 35, SV, [
        ("Bedömning", "TBE-serologin negativ dag 12 och misstanken om TBE är därmed avskriven. Enterovirus-PCR i likvor positiv, enteroviral meningit. Symtomatisk behandling, hemgång imorgon."),
    ])], must_not=[("NL102", "n1")],
    why="'misstanken ... är avskriven' is a ruled-out diagnosis; enteroviral meningit is confirmed")

case("barn-storebror-trolig-vattkoppor", "vgr", "2020-12-05", "741", [
    N("n1", M, "Telefonanteckning", "dsbus_inf", "ahlgren", "2024-02-27 10:45", 10, OV, [
        ("Telefonkontakt", "Mamma ringer. Storebror har trolig vattkoppor sedan igår. Patienten, 3 år, behandlas med prednisolon för nefrotiskt syndrom och har inte haft vattkoppor själv, VZV-serologi negativ 2023. Ingen feber eller blåsor ännu."),
        ("Åtgärd", "Varicella-zoster-immunglobulin ges idag på avd 323 kl 14, mamma bekräftar tiden."),
    ])], must_not=[("NL102", "n1")],
    why="child: the hedged varicella is the brother's; the patient has no hedged diagnosis")

case("barn-ingen-misstanke-om-meningit", "skane", "2014-04-18", "164", [
    N("n1", M, "Akutanteckning", "barnakut_lund", "wikstrom", "2024-01-18 19:05", 35, OV, [
        ("Bedömning", "10-åring med feber och huvudvärk sedan ett dygn, pigg och opåverkad vid undersökningen, ej nackstyv. Ingen misstanke om meningit. Streptokock-A-test positivt, tonsillit. Kåvepenin 12,5 mg/kg x 3 i 10 dagar."),
    ])], must_not=[("NL102", "n1")],
    why="child: meningit negated ('Ingen misstanke om'), tonsillit confirmed by test")

case("falciparummalaria-bekraftad-parasitemi", "skane", "1992-09-28", "390", [
    N("n1", M, "Läkaranteckning", "inf_malmo", "alkhalil", "2024-10-15 09:00", 45, SV, [
        ("Bedömning", "Plasmodium falciparum-malaria, parasitemi 2,3 % i tunt utstryk. Inga tecken på svår malaria: medvetandeklar, Hb 124, kreatinin normalt. Riamet enligt schema, parasitemi kontrolleras dag 1, 2 och 3."),
    ])], must_not=[("NL102", "n1")],
    why="verified falciparum malaria, and 'Inga tecken på svår malaria' is a negation")

case("lungemboli-kan-uteslutas-pneumoni-fastslagen", "vgr", "1964-11-30", "909", [
    N("n1", M, "Läkaranteckning", "lung_sahlg", "karimi", "2024-01-11 14:30", 40, SV, [
        ("Bedömning", "Lungemboli kan uteslutas, normal DT-angio och Wells låg. Pneumoni i vä overlob, sputumodling växer Haemophilus influenzae. Byte från bensylpenicillin till cefotaxim enl. resistens."),
    ])], must_not=[("NL102", "n1")],
    why="'kan uteslutas' (no 'ej') rules out lungemboli; looks like 'kan ej uteslutas' but is a negation")

case("sjunkande-crp-talar-emot-endokardit", "skane", "1953-07-04", "577", [
    N("n1", M, "Daganteckning", "thorax_lund", "lund", "2024-09-12 12:25", 30, SV, [
        ("Bedömning", "Postoperativ feber dag 4 efter CABG. Normalt TTE, negativa blododlingar och snabbt sjunkande CRP talar emot endokardit. Sårinfektion sternum ytlig, S. aureus, behandlas med kloxacillin."),
    ])], must_not=[("NL102", "n1")],
    why="'talar emot endokardit' argues against the diagnosis; the wound infection is confirmed")

case("dd-dvt-avford-efter-ultraljud", "vgr", "1976-01-28", "402", [
    N("n1", M, "Akutanteckning", "akut_sahlg", "lindahl", "2024-06-17 15:55", 20, OV, [
        ("Bedömning", "Rodnad och svullen hö vad. DD DVT avförd efter normalt kompressionsultraljud. Erysipelas hö underben, hemgång med Kåvepenin 1 g x 3."),
    ])], must_not=[("NL102", "n1")],
    why="'DD DVT avförd' is a dismissed differential, and erysipelas is stated as fact")

case("vaccination-tbe-eventuell-booster", "vgr", "1978-05-07", "655", [
    N("n1", M, "Mottagningsanteckning", "infmott_ostra", "svensson", "2024-04-25 15:20", 15, OV, [
        ("Åtgärd", "TBE-vaccin dos 2 given i vä överarm. Dos 3 om 5–12 månader, eventuell booster därefter beroende på ålder. Ingen reaktion efter dos 1."),
    ])], must_not=[("NL102", "n1")],
    why="vaccination visit: 'eventuell booster' is a hedged plan, no diagnosis anywhere")

case("lang-antibiotikabyte-esbl-leverabscess-verifierat", "skane", "1954-09-06", "834", [
    N("n1", M, "Daganteckning", "inf_lund", "magnusson", "2024-03-14 11:50", 80, SV, [
        ("Aktuellt", "Dag 9. Inlagd med frossa och hög feber efter resa till Vietnam i januari. DT buk visade en 6 cm stor abscess i leversegment 7, dränerad av radiolog dag 2. Pigtaildrän kvar, producerar 20 ml/dygn seropurulent. Pat känner sig piggare, äter halva portioner och går i korridoren."),
        ("Status", "AT: gott. Temp 37,2, puls 78, BT 132/80, sat 97 %.\nBuk: mjuk, lätt öm kring dränet, ingen peritonit.\nHud: drän-insticket rent, ingen rodnad.\nPulm: nedsatta andningsljud hö basalt, oförändrat."),
        ("Lab", "CRP 41 (312 vid inkomst), LPK 8,9, ALP 3,1, bilirubin 14, kreatinin 71."),
        ("Mikrobiologi", "Abscessodling och 2/2 blododlingar: Klebsiella pneumoniae, ESBL-producerande, känslig för meropenem, ertapenem och amikacin, resistent mot ciprofloxacin och trimetoprim-sulfa. Kontrollodlingar dag 4 utan växt."),
        ("Bedömning", "Klebsiella-leverabscess med ESBL-producerande stam och sekundär bakteriemi, god behandlingseffekt. Den högersidiga pleuravätskan är reaktiv, för liten för tappning. Meropenem kan nu ersättas av ertapenem en gång dagligen för att möjliggöra hemsjukvård."),
        ("Åtgärd", "Meropenem 1 g x 3 avslutas i kväll. Ertapenem 1 g x 1 iv från imorgon. PICC-line beställd. Vårdhygien informerad om ESBL-bärarskapet, pat på enkelrum med egen toalett."),
        ("Planering", "Ny DT buk om två veckor för att bedöma abscessens storlek och om dränet kan dras. Total behandlingstid minst fyra veckor från dränage. Uppföljning på infektionsmottagningen, OPAT-ssk kontaktad."),
    ])], must_not=[("NL102", "n1")],
    why="long antibiotic-switch chart where every diagnosis is confirmed by culture or imaging")

case("lang-resefeber-endast-negationer-tyfoid", "vgr", "1996-02-23", "471", [
    N("n1", M, "Läkaranteckning", "inf_ostra", "dahl", "2024-02-09 15:30", 75, SV, [
        ("Anamnes", "27-årig kvinna, hemkommen från tre veckors släktbesök i Lahore, Pakistan, för tio dagar sedan. Sedan en vecka trappstegsvis stigande feber upp till 40, huvudvärk, buksmärtor och förstoppning. Inga vaccinationer inför resan. Inga sexuella kontakter under resan."),
        ("Status", "AT: trött men opåverkad cirkulatoriskt. Temp 39,4, relativ bradykardi 84/min.\nHud: några bleka rosa makler på buken.\nBuk: diffust öm, lätt förstorad mjälte.\nCor/pulm: u.a."),
        ("Utredning", "Malariadiagnostik negativ x3. TTE utan vegetationer. Hivtest negativt. Rtg pulm u.a., IGRA negativ. Blododling från akuten: Salmonella Typhi i 2/2 flaskor, resistent mot ciprofloxacin, känslig för ceftriaxon och azitromycin."),
        ("Bedömning", "Tyfoidfeber med Salmonella Typhi. Malaria är uteslutet och inga tecken på endokardit, hivinfektion eller tuberkulos. Ingen misstanke om tarmperforation: mjuk buk, inga peritoneala tecken och normalt laktat."),
        ("Åtgärd", "Ceftriaxon 2 g x 1 iv. Smittskyddsanmälan gjord via SmiNet. Pat informerad om smittsamheten och om provtagning av feces efter avslutad behandling."),
        ("Planering", "Byte till azitromycin per os när feberfri i 48 h, totalt 14 dagars behandling. Pat arbetar i förskola och får inte återgå förrän tre negativa fecesodlingar."),
    ])], must_not=[("NL102", "n1")],
    why="long travel-fever chart with only negated differentials (uteslutet, inga tecken på, ingen misstanke om) and a verified diagnosis")

case("pmo-telefon-borrelia-eller-tbe-fragetecken", "skane", "1959-05-02", "437", [
    N("n1", P, "Telefonkontakt", "vc_tomelilla", "strand_ssk", "2024-08-13 09:05", 10, OV, [
        ("Telefonkontakt", "Pat ringer, feber och huvudvärk två veckor efter fästingbett vid Stenshuvud. Borrelia? TBE? Läkartid imorgon kl 08.30, ska ringa 112 vid nackstelhet eller förvirring."),
    ])], must_not=[("NL102", "n1")],
    why="PMO telephone note: question-marked borrelia/TBE are hedged, but PMO diagnoses are never shown")

case("pmo-vc-trolig-pneumoni-crp-88", "skane", "1963-02-27", "218", [
    N("n1", P, "Besöksanteckning", "vc_lindeborg", "holm", "2024-01-24 16:20", 30, OV, [
        ("Status", "Dämpning och krepitationer vä basalt, sat 94 %, AF 20."),
        ("Bedömning", "Trolig pneumoni vä basalt, CRP 88. Amoxicillin 750 mg x 3 i 7 dagar, återbesök om två dagar."),
    ])], must_not=[("NL102", "n1")],
    why="PMO vårdcentral visit: 'Trolig pneumoni' is not shown in 1177 from PMO")

case("pmo-hemsjukvard-bensar-mrsa-fragetecken", "skane", "1938-10-13", "366", [
    N("n1", P, "Hembesök", "vc_hollviken_hem", "jonsson_ssk", "2024-06-18 13:40", 20, OV, [
        ("Omvårdnad", "Bensår hö fotled med ökad sekretion och lukt sedan förra veckan. Pat vårdades på sjukhus i Alicante i våras. MRSA? Sårodling och MRSA-screening tagna enligt läkarordination, basala hygienrutiner vid omläggning."),
    ])], must_not=[("NL102", "n1")],
    why="PMO hemsjukvård note: 'MRSA?' hedges an infection, but PMO notes never show diagnoses")

# ---------------------------------------------------------------- NL101 positives (diagnosis visible, patient not yet told)

case("hiv-screening-positiv-pat-ej-informerad", "skane", "1985-03-08", "642", [
    N("n1", M, "Läkaranteckning", "inf_malmo", "andersson", "2024-04-09 16:10", 40, SV, [
        ("Aktuellt", "Dag 2 med bensylpenicillin för pneumoni i hö underlob, feberfri sedan i morse."),
        ("Bedömning", "Hivtest taget enligt rutin vid pneumoni: HIV-1 positivt, bekräftat med konfirmationstest, CD4 210. Pat är ännu inte informerad om hivsvaret. Samtal med infektionsläkare och kurator imorgon förmiddag med tolk på somaliska."),
    ])], must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="confirmed HIV in a visible Bedömning while the note says the patient is not yet told")

case("sab-blododling-pat-sov-ej-informerad", "vgr", "1949-07-15", "580", [
    N("n1", M, "Läkaranteckning", "inf_sas", "engstrom", "2024-06-05 20:40", 25, SV, [
        ("Bedömning", "Mikrobiologen meddelar S. aureus-bakteriemi, växt i 2/2 flaskor efter 14 h. Byte från cefotaxim till kloxacillin 2 g x 6 iv. Pat sov vid kvällsronden och är inte informerad om odlingssvaret, dagläkaren tar det imorgon."),
    ])], must=[("NL101", "n1")],
    why="S. aureus bacteremia visible while the patient is explicitly not informed")

case("tee-endokardit-ej-meddelat-vantar-dottern", "skane", "1944-10-27", "302", [
    N("n1", M, "Daganteckning", "inf_hbg", "lindqvist", "2024-08-27 12:10", 50, SV, [
        ("Utredning", "TEE: 14 mm vegetation på mitralisklaffens främre segel, måttlig insufficiens."),
        ("Bedömning", "S. aureus-endokardit på mitralisklaffen, uppfyller Duke-kriterierna. Ej meddelat pat ännu, hon vill ha dottern med vid beskedet och dottern kommer kl 15. Thoraxkirurgisk konferens på torsdag."),
    ])], must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="definite endokardit in a visible note with 'Ej meddelat pat ännu'")

case("ssk-falciparum-natt-pat-ej-informerad", "vgr", "1981-12-03", "915", [
    N("n1", M, "Omvårdnadsanteckning", "inf_nal", "blom_ssk", "2024-09-19 02:40", 20, SV, [
        ("Omvårdnad", "Lab ringer kl 02.15: Plasmodium falciparum påvisat, parasitemi 0,8 %. Jourläkaren informerad och ordinerar Riamet. Pat är inte informerad om malariasvaret, läkaren kommer upp och pratar med honom."),
    ])], must=[("NL101", "n1")],
    why="nurse note: verified malaria visible while the patient has not been told")

case("hepatit-c-rna-positivt-pat-ej-nadd", "skane", "1972-05-19", "447", [
    N("n1", M, "Telefonanteckning", "infmott_lund", "hakansson", "2024-05-23 14:05", 20, OV, [
        ("Telefonkontakt", "HCV-RNA positivt, genotyp 3a, kronisk hepatit C. Sökt pat på mobilen tre gånger utan svar, pat är därför ännu ej informerad om provsvaret. Brev med kallelse till läkarbesök skickat."),
    ])], must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="chronic hepatitis C written in a visible phone note while the patient could not be reached")

case("draft-lungtuberkulos-vantar-tolk", "vgr", "1990-08-01", "729", [
    N("n1", M, "Läkaranteckning", "inf_sas", "novak", "2024-03-20 15:25", None, SV, [
        ("Bedömning", "BAL: Mycobacterium tuberculosis-komplex påvisat med PCR, ingen rifampicinresistens. Lungtuberkulos. Pat ännu ej informerad, tolk på tigrinja bokad imorgon kl 10 då besked ges och behandling startar."),
    ])], must=[("NL101", "n1")],
    why="unsigned draft: verified lungtuberkulos visible while the patient is not yet informed")

case("lang-feberutredning-hodgkin-pad-ej-berattat", "skane", "1988-01-30", "259", [
    N("n1", M, "Daganteckning", "inf_lund", "nystrom", "2024-11-05 13:30", 90, SV, [
        ("Aktuellt", "Dag 16 i utredning av långdragen feber. Pat har haft kvällsfeber kring 38,5, nattliga svettningar och viktnedgång 7 kg på tre månader. Alla blododlingar utan växt, hiv, syfilis, hepatiter, Q-feber och brucella negativa. Tuberkulos bedömdes inte föreligga, IGRA negativ och BAL utan fynd."),
        ("Status", "AT: opåverkad men trött. Temp 38,2 i går kväll. Lgl: 2 cm resistens supraklavikulärt vä, oöm, fast.\nCor: regelbunden, inga blåsljud.\nBuk: mjälten palpabel 2 cm under arcus."),
        ("Utredning", "PET-DT förra veckan: upptag i mediastinala och supraklavikulära lymfkörtlar samt mjälten. Exstirpation av körteln vä fossa supraclavicularis gjord i torsdags."),
        ("Lab", "SR 78, CRP 64, Hb 109, LPK 12,1 med lymfopeni, LD 410, albumin 29."),
        ("Bedömning", "PAD från körteln: klassiskt Hodgkins lymfom, nodulärskleros-typ. Detta förklarar feber, svettningar och viktnedgång. Pat har ännu inte fått veta PAD-svaret, hematolog och undertecknad ger besked tillsammans på torsdag eftermiddag. Pat är orolig och frågar dagligen om svaren."),
        ("Åtgärd", "Remiss till hematologen i Lund för stadieindelning och behandlingsstart. Ingen antibiotika. Paracetamol vid feber, oxazepam till natten vid behov."),
        ("Planering", "Hemgång efter beskedet om pat önskar, snabbt omhändertagande på hematologmottagningen. Kontaktssk på hematologen informerad."),
    ])], must=[("NL101", "n1")],
    why="long fever-of-unknown-origin chart: Hodgkins lymfom visible while 'Pat har ännu inte fått veta PAD-svaret'")

case("esbl-barare-ska-ej-informeras-an", "vgr", "1934-04-14", "206", [
    N("n1", M, "Läkaranteckning", "med_lidkoping", "oberg", "2024-10-10 11:00", 35, SV, [
        ("Bedömning", "Screeningodling rektum: ESBL-producerande E. coli. Pat är ESBL-bärare. Pat ska inte informeras om bärarskapet förrän vårdhygien gett besked om rutinerna på korttidsboendet, planeras till måndag."),
    ])], must=[("NL101", "n1")],
    why="ESBL carriage stated as fact in a visible note with an explicit 'ska inte informeras'")

case("mr-spondylodiskit-epiduralabscess-ej-informerad", "skane", "1957-06-12", "616", [
    N("n1", M, "Läkaranteckning", "med_ystad", "dahl", "2024-01-31 12:45", 45, SV, [
        ("Utredning", "MR ländrygg: spondylodiskit L4–L5 med epidural abscess som trycker på duralsäcken."),
        ("Bedömning", "Spondylodiskit L4–L5 med epiduralabscess. Neurokirurgjour i Lund kontaktad för bedömning idag. Pat är ej informerad om MR-svaret än, besked ges vid eftermiddagsronden tillsammans med ansvarig överläkare."),
    ])], must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="spondylodiskit with epidural abscess stated as fact while the patient is not yet told")

case("typo-sekundar-syfilis-ej-infomerad", "vgr", "1993-09-10", "398", [
    N("n1", M, "Mottagningsanteckning", "infmott_ostra", "karimi", "2024-07-11 10:20", 30, OV, [
        ("Bedömning", "TPPA positiv, RPR 1:32. Sekundär syfilis, förenligt med utslaget i handflatorna som pat sökte för. Pat ej infomerad om provsvaret, nytt besök bokat på fredag för besked, bensatinpenicillin och smittspårning."),
    ])], must=[("NL101", "n1")],
    why="typo 'infomerad' (informerad): secondary syphilis visible while the patient is not told")

case("draft-neuroborrelios-verifierad-ej-underrattad", "skane", "1966-08-29", "143", [
    N("n1", M, "Läkaranteckning", "inf_csk", "forsberg", "2024-09-02 15:15", None, SV, [
        ("Bedömning", "Likvor: 112 celler, mononukleära, borreliaantikroppsindex positivt. Neuroborrelios. Pat ej underrättad ännu, hon var på röntgen när svaret kom. Doxycyklin 200 mg x 1 i 14 dagar ordinerat."),
    ])], must=[("NL101", "n1")],
    why="unsigned draft: verified neuroborrelios visible with 'ej underrättad ännu'")

case("c-difficile-n1-ej-informerad-n2-informerad", "vgr", "1947-02-24", "480", [
    N("n1", M, "Läkaranteckning", "med_alingsas", "persson", "2024-06-03 15:30", 30, SV, [
        ("Bedömning", "C. difficile-toxin positivt i fecesprov från i morse. Clostridioides difficile-infektion. Pat ej informerad ännu, hon var på fysioterapi under ronden. Vankomycin 125 mg x 4 po insatt."),
    ]),
    N("n2", M, "Omvårdnadsanteckning", "med_alingsas", "karlsson_ssk", "2024-06-04 09:15", 15, SV, [
        ("Information", "Dr Persson har informerat pat om C. difficile-infektionen och om varför hon vårdas på enkelrum. Pat har fått skriftlig information om handhygien, frågor besvarade."),
    ])], must=[("NL101", "n1")], must_not=[("NL101", "n2")],
    why="two notes: n1 withholds the C. difficile diagnosis (NL101), n2 the next day records that she was told")

case("invasiv-aspergillos-hematolog-ger-besked", "skane", "1962-11-09", "564", [
    N("n1", M, "Konsultationsanteckning", "inf_lund", "nord", "2024-12-12 14:35", 40, SV, [
        ("Konsultsvar", "Ombedd av hematologen. BAL: Aspergillus fumigatus i odling, galaktomannan 3,4. Invasiv lungaspergillos hos pat med AML under induktionsbehandling."),
        ("Bedömning", "Vorikonazol 6 mg/kg x 2 första dygnet, därefter 4 mg/kg x 2, koncentration dag 5. Pat ännu inte informerad, behandlande hematolog vill själv ge beskedet imorgon."),
    ])], must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="antifungal consult: invasive aspergillosis visible while the patient is not yet informed")

# ---------------------------------------------------------------- NL101 negatives

case("hiv-besked-givet-idag-med-tolk", "skane", "1979-12-17", "381", [
    N("n1", M, "Mottagningsanteckning", "infmott_malmo", "alkhalil", "2024-04-11 11:30", 60, OV, [
        ("Bedömning", "Nyupptäckt hivinfektion, CD4 210, virusmängd 85 000 kopior/ml. Pat informerad om diagnosen vid dagens besök med arabisktalande tolk på plats. Tog beskedet sansat och frågade mycket om smittsamhet och behandling."),
        ("Åtgärd", "Bictegravir/emtricitabin/tenofoviralafenamid startas idag. Kurator träffar pat efter besöket. Smittspårning påbörjad, anmälan via SmiNet."),
    ])], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="the HIV diagnosis was given to the patient today: nothing is withheld")

case("endokardit-informerad-igar-av-dr", "vgr", "1961-03-25", "137", [
    N("n1", M, "Daganteckning", "kard_sahlg", "lindahl", "2024-05-22 10:10", 35, SV, [
        ("Aktuellt", "Pat informerades igår av undertecknad om endokarditen och att klaffkirurgi diskuteras på konferens i morgon. Har sovit dåligt av oro, pratat med sin fru i telefon."),
        ("Bedömning", "S. aureus-endokardit på aortaklaffen, stabil cirkulation. Fortsätter kloxacillin."),
    ])], must_not=[("NL101", "n1")],
    why="the patient was told about the endokardit the day before")

case("sab-ej-informerad-om-tid-for-tee", "skane", "1970-10-04", "225", [
    N("n1", M, "Daganteckning", "inf_malmo", "lund", "2024-07-03 11:20", None, SV, [
        ("Bedömning", "S. aureus-bakteriemi med infekterad PVK som fokus, kontrollodlingar negativa. TEE behövs för att utesluta klaffengagemang. Pat ej informerad om tiden för TEE ännu, fysiologen återkommer i eftermiddag."),
    ])], must_not=[("NL101", "n1")],
    why="what is not yet told is the appointment time for TEE, not a diagnosis")

case("remiss-kakkirurg-ej-meddelad", "vgr", "1951-05-16", "619", [
    N("n1", M, "Läkaranteckning", "inf_skas", "hassan", "2024-03-15 13:40", 30, SV, [
        ("Bedömning", "Streptokockendokardit, S. mitis, vecka 2 av bensylpenicillin. Tandröntgen visar apikal parodontit 36 som trolig ingångsport."),
        ("Åtgärd", "Remiss till käkkirurgen för fokussanering. Pat ännu ej informerad om att remissen har skickats, tas vid ronden imorgon."),
    ])], must_not=[("NL101", "n1")],
    why="the untold item is that a referral was sent, not a diagnosis")

case("draft-hiv-negativ-ej-meddelad", "skane", "1998-07-02", "834", [
    N("n1", M, "Telefonanteckning", "infmott_lund", "berglund", "2024-06-20 16:45", None, OV, [
        ("Provsvar", "Hivtest 6 veckor efter exposition negativt, även syfilis och hepatit B negativa. Pat ej meddelad ännu, ringer upp honom imorgon förmiddag."),
    ])], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="unsigned draft: a normal (negative) result not yet told is no diagnosis")

case("vgr-th-sokord-hiv-ej-informerad", "vgr", "1983-06-27", "752", [
    N("n1", M, "Daganteckning", "inf_nal", "wikstrom", "2024-10-24 12:15", 30, SV, [
        ("Aktuellt", "Dag 4, pneumonin förbättras, feberfri och sat 95 % utan syrgas."),
        ("Tidiga hypoteser", "Hivtest från inläggningen positivt, screening enligt rutin. Pat ej informerad, samtal med tolk och kurator på torsdag."),
        ("Bedömning", "Pneumokockpneumoni i regress, byte till amoxicillin per os imorgon."),
    ])], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="VGR: the untold HIV result is kept only under the protected sökord Tidiga hypoteser")

case("skane-mall-th-lymfom-ej-informerad", "skane", "1955-01-05", "390", [
    N("n1", M, "Tidiga hypoteser", "inf_malmo", "rahimi", "2024-08-08 15:50", 40, SV, [
        ("Bedömning", "PAD från halslymfkörteln: diffust storcelligt B-cellslymfom, inte tuberkulos som vi först trott. Pat ej informerad, hematologen ger besked på måndag."),
    ])], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="Skåne: untold lymphoma sits in a note with the protected template Tidiga hypoteser")

case("lungtuberkulos-informerad-maken-vet-ej", "vgr", "1987-04-22", "286", [
    N("n1", M, "Läkaranteckning", "inf_ostra", "sjoberg", "2024-03-28 14:20", 45, SV, [
        ("Bedömning", "Odlingsverifierad lungtuberkulos, fullt känslig stam. Pat fick besked om diagnosen igår och har börjat med fyrdrogsbehandling. Hon vill inte att maken informeras ännu utan vill berätta själv i helgen. Smittskyddsläkaren informerad om att kontaktspårning i hemmet ändå måste ske nästa vecka."),
    ])], must_not=[("NL101", "n1")],
    why="the patient herself is told; only her husband is not yet informed")

case("malaria-tropica-behandlad-inget-om-information", "skane", "1975-02-11", "558", [
    N("n1", M, "Läkaranteckning", "inf_csk", "magnusson", "2024-01-16 10:35", 50, SV, [
        ("Bedömning", "Malaria tropica med 6 % parasitemi och kreatininstegring, svår malaria enligt WHO. Artesunat 2,4 mg/kg iv dag 1, parasitemi 1,1 % i morse. Fortsätter artesunat tills parasitemi under 1 %, därefter Riamet per os."),
    ])], must_not=[("NL101", "n1")],
    why="confirmed diagnosis with nothing said about whether the patient is informed")

case("septisk-chock-ej-informerad-om-iva-flytt", "vgr", "1952-12-28", "407", [
    N("n1", M, "Läkaranteckning", "inf_sas", "andersson", "2024-12-14 22:55", 20, SV, [
        ("Bedömning", "Septisk chock med pneumokockbakteriemi, noradrenalin 0,12 µg/kg/min. IVA-plats ordnad kl 23.30. Pat ej informerad om överflyttningen ännu då han somnat efter morfin, hustrun underrättad per telefon."),
    ])], must_not=[("NL101", "n1")],
    why="what the patient has not been told is the transfer to IVA (a plan), not a diagnosis")

case("skane-n1-mall-th-n2-besked-givet", "skane", "1991-05-04", "173", [
    N("n1", M, "Tidiga hypoteser", "inf_lund", "hakansson", "2024-09-24 16:00", 30, SV, [
        ("Bedömning", "Hivtest från akuten positivt, konfirmerat. Pat ej informerad, samtal planeras med kurator på torsdag."),
    ]),
    N("n2", M, "Läkaranteckning", "inf_lund", "hakansson", "2024-09-26 14:30", 45, SV, [
        ("Samtal", "Enskilt samtal med pat och kurator. Pat informerad om hivinfektionen, reagerade med gråt men ville ha information om behandling och prognos. Behandlingsstart på mottagningen nästa vecka."),
    ])], must_not=[("NL101", "n1"), ("NL101", "n2")],
    why="two notes: the untold HIV stays in a Tidiga hypoteser template (n1), and n2 records that the patient was told")

case("blododlingar-utan-vaxt-besked-ej-givet", "vgr", "1960-09-14", "531", [
    N("n1", M, "Läkaranteckning", "med_kungalv", "strom", "2024-11-14 09:25", 25, SV, [
        ("Bedömning", "Blododlingarna från inkomsten är utan växt efter 48 h och urinodlingen visar blandflora. Pat har inte fått besked om odlingssvaren än. Fortsätter cefotaxim mot pyelonefriten, rondas i eftermiddag."),
    ])], must_not=[("NL101", "n1")],
    why="untold items are negative culture results, not a diagnosis; the known pyelonefrit is not withheld")

case("typo-informerd-om-endokardit", "vgr", "1956-08-08", "664", [
    N("n1", M, "Daganteckning", "inf_ostra", "magnusson", "2024-09-30 10:00", 30, SV, [
        ("Bedömning", "Enterokockendokardit på biologisk aortaklaff. Pat informerd om diagnosen och om att behandlingen blir minst sex veckor. Ampicillin + ceftriaxon fortsätter."),
    ])], must_not=[("NL101", "n1")],
    why="typo 'informerd' (informerad): the patient has been told about the endokardit")

case("hepatit-b-informerad-dottern-ska-inte-veta", "skane", "1969-01-21", "307", [
    N("n1", M, "Mottagningsanteckning", "infmott_malmo", "karimi", "2024-02-21 13:15", 40, OV, [
        ("Bedömning", "Kronisk hepatit B, HBsAg positivt, HBeAg negativt, HBV-DNA 1 200 IE/ml, normalt ALAT. Pat informerad om diagnosen och om att ingen behandling behövs nu. Pat önskar att vuxna dottern inte får veta förrän han själv pratat med henne."),
        ("Planering", "Kontroll med ALAT och HBV-DNA var sjätte månad, elastografi bokas."),
    ])], must_not=[("NL101", "n1")],
    why="patient told about hepatitis B; only a relative is not to be told")

case("mrsa-barare-informerad-per-telefon", "skane", "1945-09-19", "222", [
    N("n1", M, "Telefonanteckning", "inf_hbg", "ekstrom_ssk", "2024-11-08 10:30", 15, SV, [
        ("Telefonkontakt", "Ringt pat och informerat om att screeningen från inläggningen visade MRSA i näsan. Pat är MRSA-bärare. Förhållningsregler skickas hem, pat ska uppge bärarskapet vid vårdkontakter."),
    ])], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="MRSA carriage is told to the patient by phone in the same note")


# ================================================================ validation
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(ten):
    return ten.isdigit() and len(ten) == 10 and luhn_digit(ten[:9]) == ten[9]


def age_on(birth, when):
    b = dt.date.fromisoformat(birth)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def in_2024(s):
    return s is not None and s.startswith("2024-")


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    for c in cases:
        n = c.get("case")
        tag = "[%s]" % n
        if set(c) != CASE_KEYS:
            errs.append("%s keys %s" % (tag, sorted(c)))
        if n in names:
            errs.append("%s duplicate case name" % tag)
        names.add(n)
        if not re.fullmatch(r"[a-z0-9-]+", n or ""):
            errs.append("%s bad case name" % tag)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s bad ruleset" % tag)
        if not c["why"].strip():
            errs.append("%s empty why" % tag)
        r = c["record"]
        if set(r) != RECORD_KEYS:
            errs.append("%s record keys" % tag)
        if r["access_events"] or r["conversations"] or r["treatments"]:
            errs.append("%s non-empty access_events/conversations/treatments" % tag)
        p = r["patient"]
        if set(p) != PATIENT_KEYS:
            errs.append("%s patient keys" % tag)
        pid, bd = p["id"], p["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errs.append("%s pnr format %s" % (tag, pid))
        else:
            if pid[:8] != bd.replace("-", ""):
                errs.append("%s pnr does not match birth_date" % tag)
            if not luhn_ok(pid[2:8] + pid[9:]):
                errs.append("%s pnr Luhn fails %s" % (tag, pid))
        try:
            dt.date.fromisoformat(bd)
        except ValueError:
            errs.append("%s bad birth_date" % tag)
            continue
        if not in_2024(r["as_of"]):
            errs.append("%s as_of not in 2024" % tag)
        as_of = dt.datetime.strptime(r["as_of"], "%Y-%m-%dT%H:%M:%S")
        age = age_on(bd, as_of.date())
        if 13 <= age <= 15 or age < 0:
            errs.append("%s patient age %d not allowed" % (tag, age))
        notes = {}
        for note in r["notes"]:
            if set(note) != NOTE_KEYS:
                errs.append("%s note keys %s" % (tag, sorted(note)))
            if note["id"] in notes:
                errs.append("%s duplicate note id" % tag)
            notes[note["id"]] = note
            if note["system"] not in ("Melior", "PMO"):
                errs.append("%s bad system" % tag)
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s VGR note not Melior" % tag)
            if note["setting"] not in (SV, OV):
                errs.append("%s bad setting" % tag)
            if not in_2024(note["time"]):
                errs.append("%s note time not in 2024" % tag)
            if note["signed"] is not None:
                if not in_2024(note["signed"]) or note["signed"] < note["time"]:
                    errs.append("%s bad signed time" % tag)
            if note["time"] > r["as_of"]:
                errs.append("%s note after as_of" % tag)
            if set(note["unit"]) != {"name", "hsa_id"} or set(note["author"]) != {"name", "role"}:
                errs.append("%s unit/author keys" % tag)
            if not note["sections"]:
                errs.append("%s note without sections" % tag)
            for sec in note["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append("%s bad section" % tag)
                    continue
                for s in SENT_SPLIT.split(sec["text"]):
                    s = s.strip()
                    if len(s) >= 25:
                        if s in seen_sent:
                            errs.append("%s sentence repeated (also in %s): %s" % (tag, seen_sent[s], s))
                        else:
                            seen_sent[s] = n
        if not c["must"] and not c["must_not"]:
            errs.append("%s asserts nothing" % tag)
        pairs_must = {tuple(x) for x in c["must"]}
        pairs_not = {tuple(x) for x in c["must_not"]}
        if len(pairs_must) != len(c["must"]) or len(pairs_not) != len(c["must_not"]):
            errs.append("%s duplicate assertion" % tag)
        if pairs_must & pairs_not:
            errs.append("%s same assertion in must and must_not" % tag)
        for kind, pairs in (("must", pairs_must), ("must_not", pairs_not)):
            for code, target in pairs:
                if code not in CODES:
                    errs.append("%s unknown code %s" % (tag, code))
                if target not in notes:
                    errs.append("%s target %s missing" % (tag, target))
                    continue
                system = notes[target]["system"]
                if code == "NL102" and kind == "must" and system != "Melior":
                    errs.append("%s must NL102 on non-Melior note" % tag)
                if code == "NL101" and system == "PMO":
                    errs.append("%s NL101 asserted on PMO note" % tag)
    return errs


def stats(cases):
    out = {}
    for c in cases:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                out.setdefault(code, {"must": 0, "must_not": 0})[kind] += 1
    return out


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR", e, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(errs), file=sys.stderr)
        return 1
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    st = stats(CASES)
    rs = {}
    sysc = {}
    drafts = 0
    for c in CASES:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
        for n in c["record"]["notes"]:
            sysc[n["system"]] = sysc.get(n["system"], 0) + 1
            drafts += n["signed"] is None
    print("wrote %s: %d cases" % (OUT, len(CASES)))
    print("rulesets:", rs, "notes by system:", sysc, "unsigned drafts:", drafts)
    for code in sorted(st):
        print("%s must=%d must_not=%d" % (code, st[code]["must"], st[code]["must_not"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
