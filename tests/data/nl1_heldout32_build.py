#!/usr/bin/env python3
"""Held-out gold set 32: NL101 / NL102 cases in Swedish clinical language.

Persona: hospital physician (surgery, urology, oncology, ENT, infectious
diseases), hurried telegraphic notes with abbreviations, Latin and eponyms.
Standard library only, deterministic. Writes nl1_heldout32_cases.jsonl next to
this file, validates it and exits 1 on any problem.
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_heldout32_cases.jsonl")

VGR = "SE2321000131-E0000000"
SKA = "SE2321000255-"

# key: (name, hsa_id, region, system)
UNITS = {
    # Västra Götaland (Melior)
    "VGR_AKUT_SU": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", VGR + "11001", "vgr", "Melior"),
    "VGR_AKUT_SAS": ("Akutmottagningen, Södra Älvsborgs sjukhus Borås", VGR + "11002", "vgr", "Melior"),
    "VGR_AKUT_KUNG": ("Akutmottagningen, Kungälvs sjukhus", VGR + "11003", "vgr", "Melior"),
    "VGR_AKUT_ALI": ("Akutmottagningen, Alingsås lasarett", VGR + "11004", "vgr", "Melior"),
    "VGR_URO_SU": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", VGR + "11005", "vgr", "Melior"),
    "VGR_URO_SKOV": ("Urologmottagningen, Skaraborgs sjukhus Skövde", VGR + "11006", "vgr", "Melior"),
    "VGR_KIR_NAL": ("Kirurgkliniken, NU-sjukvården NÄL Trollhättan", VGR + "11007", "vgr", "Melior"),
    "VGR_KIR_OSTRA": ("Kirurgmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VGR + "11008", "vgr", "Melior"),
    "VGR_KIR_SAS": ("Kirurgmottagningen, Södra Älvsborgs sjukhus Borås", VGR + "11009", "vgr", "Melior"),
    "VGR_ONK_SU": ("Jubileumskliniken, onkologi, Sahlgrenska Universitetssjukhuset", VGR + "11010", "vgr", "Melior"),
    "VGR_ONK_SAS": ("Onkologimottagningen, Södra Älvsborgs sjukhus Borås", VGR + "11011", "vgr", "Melior"),
    "VGR_ONH_SU": ("Öron-näsa-halsmottagningen, Sahlgrenska Universitetssjukhuset", VGR + "11012", "vgr", "Melior"),
    "VGR_ONH_SKOV": ("Öron-, näs- och halsmottagningen, Skaraborgs sjukhus Skövde", VGR + "11013", "vgr", "Melior"),
    "VGR_INF_OSTRA": ("Infektionskliniken avd 1, Sahlgrenska Universitetssjukhuset/Östra", VGR + "11014", "vgr", "Melior"),
    "VGR_INF_SU": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VGR + "11015", "vgr", "Melior"),
    "VGR_INF_NAL": ("Infektionskliniken, NU-sjukvården NÄL Trollhättan", VGR + "11016", "vgr", "Melior"),
    "VGR_MED_ALI": ("Medicinmottagningen, Alingsås lasarett", VGR + "11017", "vgr", "Melior"),
    "VGR_GYN_OSTRA": ("Gynekologiska akutmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VGR + "11018", "vgr", "Melior"),
    "VGR_ORT_KUNG": ("Ortopedmottagningen, Kungälvs sjukhus", VGR + "11019", "vgr", "Melior"),
    "VGR_ORT_MOL": ("Ortopedakuten, Sahlgrenska Universitetssjukhuset/Mölndal", VGR + "11020", "vgr", "Melior"),
    "VGR_ORTMOT_MOL": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VGR + "11021", "vgr", "Melior"),
    "VGR_GER_MOL": ("Minnesmottagningen, geriatrik, Sahlgrenska Universitetssjukhuset/Mölndal", VGR + "11022", "vgr", "Melior"),
    "VGR_PSY_SU": ("Psykiatrimottagning Affektiva, Sahlgrenska Universitetssjukhuset", VGR + "11023", "vgr", "Melior"),
    "VGR_HUD_SU": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", VGR + "11024", "vgr", "Melior"),
    "VGR_BARN_DSBS": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", VGR + "11025", "vgr", "Melior"),
    "VGR_BARN_ONK": ("Barnonkologen, Drottning Silvias barn- och ungdomssjukhus", VGR + "11026", "vgr", "Melior"),
    "VGR_STI_SU": ("STI-mottagningen, Sahlgrenska Universitetssjukhuset", VGR + "11027", "vgr", "Melior"),
    "VGR_GYNMOT_OSTRA": ("Gynekologimottagningen, Sahlgrenska Universitetssjukhuset/Östra", VGR + "11028", "vgr", "Melior"),
    # Skåne, hospitals (Melior)
    "SK_AKUT_MAL": ("Akutmottagningen, Skånes universitetssjukhus Malmö", SKA + "2101", "skane", "Melior"),
    "SK_AKUT_LUND": ("Akutmottagningen, Skånes universitetssjukhus Lund", SKA + "2102", "skane", "Melior"),
    "SK_KIRAKUT_KRI": ("Akutmottagningen, Centralsjukhuset Kristianstad", SKA + "2103", "skane", "Melior"),
    "SK_KIR_KRI": ("Kirurgmottagningen, Centralsjukhuset Kristianstad", SKA + "2104", "skane", "Melior"),
    "SK_KIR_HBG": ("Kirurgiska kliniken, Helsingborgs lasarett", SKA + "2105", "skane", "Melior"),
    "SK_KIR_LUND": ("Kirurgiska kliniken, Skånes universitetssjukhus Lund", SKA + "2106", "skane", "Melior"),
    "SK_URO_MAL": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", SKA + "2107", "skane", "Melior"),
    "SK_URO_HBG": ("Urologimottagningen, Helsingborgs lasarett", SKA + "2108", "skane", "Melior"),
    "SK_ONK_LUND": ("Skånes onkologiska klinik, Lund", SKA + "2109", "skane", "Melior"),
    "SK_HEM_LUND": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", SKA + "2110", "skane", "Melior"),
    "SK_ONH_LUND": ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", SKA + "2111", "skane", "Melior"),
    "SK_ONH_HBG": ("ÖNH-mottagningen, Helsingborgs lasarett", SKA + "2112", "skane", "Melior"),
    "SK_INF_MAL": ("Infektionskliniken, Skånes universitetssjukhus Malmö", SKA + "2113", "skane", "Melior"),
    "SK_INF_HBG": ("Infektionskliniken, Helsingborgs lasarett", SKA + "2114", "skane", "Melior"),
    "SK_MED_YST": ("Medicinkliniken, Ystads lasarett", SKA + "2115", "skane", "Melior"),
    "SK_ORT_HLM": ("Ortopedkliniken, Hässleholms sjukhus", SKA + "2116", "skane", "Melior"),
    "SK_HUD_LUND": ("Hudkliniken, Skånes universitetssjukhus Lund", SKA + "2117", "skane", "Melior"),
    "SK_GER_MAL": ("Geriatriska kliniken, Skånes universitetssjukhus Malmö", SKA + "2118", "skane", "Melior"),
    "SK_OGON_LUND": ("Ögonkliniken, Skånes universitetssjukhus Lund", SKA + "2119", "skane", "Melior"),
    "SK_BARN_LUND": ("Barnakuten, Skånes universitetssjukhus Lund", SKA + "2120", "skane", "Melior"),
    "SK_BARN_HBG": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", SKA + "2121", "skane", "Melior"),
    # Skåne, primary care (PMO)
    "SK_VC_KARNAN": ("Vårdcentralen Kärnan, Helsingborg", SKA + "3101", "skane", "PMO"),
    "SK_VC_BJUV": ("Vårdcentralen Bjuv", SKA + "3102", "skane", "PMO"),
    "SK_VC_SJOBO": ("Vårdcentralen Sjöbo", SKA + "3103", "skane", "PMO"),
    "SK_VC_ESLOV": ("Vårdcentralen Tåbelund, Eslöv", SKA + "3104", "skane", "PMO"),
    "SK_VC_HORBY": ("Vårdcentralen Hörby", SKA + "3105", "skane", "PMO"),
}


def _luhn_check_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return (10 - total % 10) % 10


def pnr(birth, serial):
    compact = birth.replace("-", "")
    return "%s-%s%d" % (compact, serial, _luhn_check_digit(compact[2:] + serial))


def N(unit, time, secs, author, signed=40, tpl=None, setting="öppenvård", nid="n1"):
    uname, hsa, _region, system = UNITS[unit]
    if tpl is None:
        tpl = "Besöksanteckning" if system == "PMO" else "Läkaranteckning"
    if signed is None:
        signed_s = None
    else:
        t = _dt.datetime.fromisoformat(time) + _dt.timedelta(minutes=signed)
        signed_s = t.isoformat(timespec="seconds")
    return {
        "id": nid, "system": system, "template": tpl,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": _dt.datetime.fromisoformat(time).isoformat(timespec="seconds"),
        "signed": signed_s, "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in secs],
        "_unit_key": unit,
    }


CASES = []


def _targets(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append([it, "n1"])
        else:
            out.append([it[0], it[1]])
    return out


def C(name, rs, birth, serial, notes, must=(), must_not=(), why=""):
    last = max(_dt.datetime.fromisoformat(n["time"]) for n in notes)
    as_of = (last.date() + _dt.timedelta(days=1)).isoformat() + "T00:00:00"
    CASES.append({
        "case": name, "ruleset": rs,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of, "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": _targets(must), "must_not": _targets(must_not), "why": why,
    })


L = "läkare"
SSK = "sjuksköterska"
# ---------------------------------------------------------------------------
# NL102 positives: hedged diagnoses in visible sections of Melior notes
# ---------------------------------------------------------------------------

C("kir-susp-appendicit-efter-status", "vgr", "1999-08-14", "237", [
    N("VGR_AKUT_SU", "2024-02-11T22:40", [
        ("Aktuellt", "24-årig man med buksmärta sedan igår kväll, debut kring naveln, nu lokaliserad till hö fossa. Aptitlös, kräkts x2."),
        ("Status", "AT: opåverkad men rör sig försiktigt. T 38,1. Buk: palp öm McBurney, släppömhet +, Rovsing +. Ej defence."),
        ("Lab", "CRP 46, LPK 13,8, u-sticka ua."),
        ("Bedömning", "Susp. appendicit. Kirurgbakjour informerad och tar över handläggningen."),
        ("Planering", "Fastande, Ringer-Acetat 1000 ml, DT buk ikväll."),
    ], ("Johan Lindqvist", L), signed=50, setting="akut")],
    must=["NL102"], why="Telegraphic 'Susp.' appendicit in Bedömning, after Aktuellt/Status/Lab")

C("uro-trol-pyelonefrit-hoger", "skane", "1990-03-22", "482", [
    N("SK_AKUT_MAL", "2024-03-05T03:15", [
        ("Anamnes", "Sveda vid miktion sedan 4 d, sedan igår frossa och värk i hö flank. Ingen tidigare UVI-anamnes av betydelse."),
        ("Status", "T 39,2, puls 104. Dunkömhet hö njurloge, buk mjuk och oöm."),
        ("Lab", "U-sticka nitrit pos, leukocyter 3+. CRP 187, krea 88."),
        ("Bedömning", "Trol. pyelonefrit hö. Ingen klinisk misstanke om avflödeshinder i nuläget."),
        ("Åtgärd", "Urinodling och blododling x2 tagna. Cefotaxim 1 g x3 iv insatt, läggs in på medicin."),
    ], ("Sara Nilsson", L), signed=65, setting="akut")],
    must=["NL102"], why="'Trol.' pyelonefrit in Bedömning; a negated avflödeshinder beside it does not cancel the hedge")

C("uro-fragetecken-uretarsten-vanster", "vgr", "1979-11-02", "315", [
    N("VGR_URO_SKOV", "2024-04-17T10:20", [
        ("Aktuellt", "Remitterad från akuten för kolikartad smärta vä flank med utstrålning mot ljumsken, debut kl 05 i morse."),
        ("Status", "Orolig, kan inte ligga still. Dunköm vä. Afebril, cirkulatoriskt opåverkad."),
        ("Bedömning", "?Uretärsten vä. Mikroskopisk hematuri på u-sticka, normalt krea."),
        ("Planering", "Lågdos-DT urinvägar imorgon bitti. Diklofenak 50 mg x3, åter vid feber."),
    ], ("Mikael Berg", L), signed=30)],
    must=["NL102"], why="Leading question mark '?Uretärsten' as hedge")

C("kir-dd-divertikulit-ischemisk-kolit", "skane", "1956-06-30", "128", [
    N("SK_KIRAKUT_KRI", "2024-05-09T16:05", [
        ("Aktuellt", "67-årig kvinna, vänstersidig nedre buksmärta sedan 2 dygn, feber 38,4 hemma och nu blodtillblandad diarré."),
        ("Status", "Palp öm vä fossa, lätt defence. Rektalpalp: blod på handsken, ingen resistens."),
        ("Bedömning", "DD divertikulit, ischemisk kolit. Blodig diarré passar mindre väl för okomplicerad divertikelsjukdom."),
        ("Planering", "DT buk med iv kontrast, inläggning på kirurgavd, fasta till svar finns."),
    ], ("Anders Håkansson", L), signed=45, setting="akut")],
    must=["NL102"], why="'DD' listing two differential diagnoses")

C("med-lungemboli-kan-ej-uteslutas-utkast", "vgr", "1965-09-19", "551", [
    N("VGR_AKUT_SAS", "2024-01-22T19:30", [
        ("Aktuellt", "Tilltagande andfåddhet sedan 2 dygn. Hemkom från Bangkok i lördags efter 11 h flygresa."),
        ("Status", "AF 24, sat 91 % på luft, puls 112 reg. Lungor: rena andningsljud bilat. Vä vad 2 cm större omfång än hö."),
        ("Lab", "D-dimer 2,4. Trop T 18."),
        ("Bedömning", "Lungemboli kan ej uteslutas. DT-angio lungor beställd, Fragmin givet i väntan."),
    ], ("Elin Karlsson", L), signed=None, setting="akut")],
    must=["NL102"], why="'kan ej uteslutas' is a hedge, not a negation (unsigned draft)")

C("onh-talar-for-peritonsillit", "skane", "2001-12-04", "264", [
    N("SK_ONH_LUND", "2024-06-02T21:10", [
        ("Status", "Trismus ca 2 cm. Utbuktning av hö gombåge, uvula devierad mot vä. Grötigt tal, dreglar lite."),
        ("Bedömning", "Klin bild talar för peritonsillit hö. Opåverkad i övrigt, sväljer vätska."),
        ("Planering", "ÖNH-jour tillkallad för punktion i lokalbedövning."),
    ], ("Karin Ek", L), signed=25, setting="akut")],
    must=["NL102"], why="'talar för' used as hedge on an unconfirmed diagnosis")

C("kir-inger-misstanke-ca-coli-svf", "vgr", "1952-04-25", "179", [
    N("VGR_KIR_NAL", "2024-03-14T11:00", [
        ("Aktuellt", "Remiss från VC pga järnbristanemi, Hb 96, ferritin 6. F-Hb pos x2."),
        ("Anamnes", "Ofrivillig viktnedgång 6 kg på 3 mån. Ändrade avföringsvanor sedan jul, omväxlande lös och hård."),
        ("Status", "Buk mjuk, ingen palpabel resistens. Rektalpalpation ua, brun avföring."),
        ("Bedömning", "Sammantaget inger anemin och viktnedgången misstanke om ca coli. Koloskopi bokas inom SVF."),
    ], ("Fredrik Strand", L), signed=55)],
    must=["NL102"], why="'inger misstanke om' ca coli in the last section")

C("onk-mojliga-skelettmetastaser-kand-ca-mammae", "skane", "1961-10-11", "342", [
    N("SK_ONK_LUND", "2024-07-03T09:40", [
        ("Aktuellt", "Känd ca mammae vä, op 2021, adjuvant cytostatika och strålning, nu letrozol. Ryggvärk sedan 6 v, värst nattetid."),
        ("Status", "Palpöm över Th10–L1. Neurologiskt ua i UE, normal gång."),
        ("Lab", "ALP 3,1 (stigande från 1,8), Ca 2,62."),
        ("Bedömning", "Möjliga skelettmetastaser. Skelettscintigrafi och DT thorax-buk remitteras."),
    ], ("Ingrid Mårtensson", L), signed=35)],
    must=["NL102"], why="New hedged diagnosis ('Möjliga skelettmetastaser') beside a settled known primary")

C("inf-dd-endokardit-spondylodiscit", "vgr", "1980-02-17", "093", [
    N("VGR_INF_OSTRA", "2024-02-28T14:30", [
        ("Aktuellt", "Inlagd med feber och ländryggssmärta. Injicerar amfetamin sedan flera år."),
        ("Status", "T 39,0. Nytillkommet systoliskt blåsljud 3/6 vid apex. Palpöm över L3–L4."),
        ("Lab", "Blododling 2/2: S. aureus (MSSA). CRP 241."),
        ("Bedömning", "S. aureus-bakteriemi. DD endokardit, spondylodiscit – båda måste utredas."),
        ("Planering", "TEE bokas, MR ländrygg. Kloxacillin 2 g x4 iv."),
    ], ("Nadia Haddad", L), signed=70, setting="slutenvård")],
    must=["NL102"], why="Confirmed bacteraemia plus 'DD' endokardit/spondylodiscit still open")

C("inf-sannolkit-neuroborrelios-stavfel", "skane", "1972-07-08", "413", [
    N("SK_INF_HBG", "2024-08-19T13:15", [
        ("Aktuellt", "Perifer facialispares hö sedan 3 d, tilltagande huvudvärk. Fästingbett i juni, ingen rodnad noterad."),
        ("Status", "Facialispares hö, omfattar pannan. Nackstyvhet ej påvisbar. Hud ua."),
        ("Bedömning", "Sannolkit neuroborrelios. LP utförd, likvor till celler, protein och borreliaantikroppar."),
        ("Planering", "Doxycyklin 200 mg x1 i 14 d insatt i väntan på likvorsvar."),
    ], ("Lars Persson", L), signed=40)],
    must=["NL102"], why="Typo 'Sannolkit' (sannolikt) still hedges neuroborrelios")

C("onh-susp-kolesteatom-hoger", "vgr", "1985-05-29", "451", [
    N("VGR_ONH_SKOV", "2024-09-10T10:50", [
        ("Aktuellt", "Illaluktande flytning hö öra sedan ett halvår, återkommer trots droppbehandling. Hör sämre hö."),
        ("Status", "Hö: retraktionsficka i pars flaccida med keratinmassor. Vä trumhinna ua."),
        ("Audiogram", "Ledningshinder hö ca 25 dB, benledning normal."),
        ("Bedömning", "Susp. kolesteatom hö."),
        ("Planering", "DT temporalben, åter för mikroskopi om 4 v. Torrhållning av örat."),
    ], ("Per Sandberg", L), signed=20)],
    must=["NL102"], why="'Susp.' kolesteatom, ENT telegraphic")

C("uro-misstankt-testistorsion-17-ar-utkast", "skane", "2007-03-03", "317", [
    N("SK_URO_MAL", "2024-10-12T02:20", [
        ("Aktuellt", "17-åring, väcktes kl 00 av akut smärta i vä testikel, illamående, kräkts en gång."),
        ("Status", "Vä testikel högt stående, horisontellt liggande, mycket öm. Cremasterreflex saknas vä."),
        ("Bedömning", "Misstänkt testistorsion vä. Akut explorativ operation, op-anmäld, narkosjouren informerad."),
    ], ("Hampus Olsson", L), signed=None, setting="akut")],
    must=["NL102"], why="Hedged testistorsion in an unsigned draft; 17-year-old reads his own journal")

C("uro-trol-epididymit-i-atgard", "vgr", "1971-12-20", "195", [
    N("VGR_URO_SU", "2024-11-06T15:20", [
        ("Aktuellt", "Svullnad och ömhet hö pung sedan 3 dagar, feber 38 igår. Sveda vid miktion."),
        ("Status", "Hö bitestikel förstorad och öm, testikeln palperas separat, oöm. Prehn pos."),
        ("Lab", "U-sticka leuk 2+, nitrit neg. CRP 58."),
        ("Åtgärd", "Urinodling, klamydia-PCR. Ciprofloxacin 500 mg x2 i 10 d mot trol. epididymit hö. Suspensoar."),
    ], ("Oskar Ahlgren", L), signed=30)],
    must=["NL102"], why="Hedged diagnosis inside the Åtgärd section, no Bedömning at all")

C("kir-divertikelabscess-fragetecken-i-planering", "skane", "1958-01-13", "266", [
    N("SK_KIR_HBG", "2024-04-03T09:05", [
        ("Anamnes", "Känd divertikulos sedan koloskopi 2019. Inlagd igår med vänstersidig buksmärta, fått Pip/Taz."),
        ("Status", "Fortsatt palp öm vä fossa, nu med en ömmande resistens. T 38,7 trots antibiotika."),
        ("Bedömning", "Divertikulosen är känd sedan tidigare; nu stigande CRP till 260 under behandling."),
        ("Planering", "Ny DT buk idag mtp divertikelabscess? Om abscess >3 cm kontakt IR för dränage."),
    ], ("Magnus Lund", L), signed=45, setting="slutenvård")],
    must=["NL102"], why="Hedge written as a question in Planering; the settled divertikulos is not the hypothesis")

C("med-remiss-fragestallning-celiaki", "vgr", "1994-02-08", "320", [
    N("VGR_MED_ALI", "2024-05-21T13:45", [
        ("Aktuellt", "Lös avföring 3–4 ggr/d sedan ett år, uppblåst, trött. Ferritin 9 trots järntabletter."),
        ("Status", "Blek, normalt buk- och hudstatus."),
        ("Lab", "Transglutaminas-IgA 86 (ref <7)."),
        ("Planering", "Remiss gastroskopi med duodenalbiopsier. Frågeställning: celiaki? Fortsätt äta gluten till dess."),
    ], ("Hanna Wikström", L), signed=25)],
    must=["NL102"], why="Open 'Frågeställning: celiaki?' in Planering")

C("hud-susp-melanom-skuldra", "skane", "1969-03-03", "055", [
    N("SK_HUD_LUND", "2024-06-18T10:10", [
        ("Aktuellt", "Remiss från VC: pigmenterad förändring vä skuldra som vuxit och blött senaste månaden."),
        ("Status", "9 x 7 mm asymmetrisk, oregelbundet pigmenterad lesion. Dermatoskopi: atypiskt nätverk, regressionszoner, blå-vit slöja."),
        ("Bedömning", "Susp. malignt melanom vä skuldra."),
        ("Åtgärd", "Diagnostisk excision med 2 mm marginal i lokalbedövning, PAD skickat."),
    ], ("Sofia Engström", L), signed=50)],
    must=["NL102"], why="'Susp.' malignt melanom before PAD")

C("ort-fragetecken-scaphoideum-obesvarad", "vgr", "2004-11-27", "162", [
    N("VGR_ORT_KUNG", "2024-01-15T17:55", [
        ("Aktuellt", "Föll på handen i handbollsmatch igår. Smärta radialt i hö handled."),
        ("Status", "Ömhet i fossa tabatière och vid axiell kompression av tummen. Ingen felställning."),
        ("Röntgen", "Hö handled + scaphoideumserie: ingen synlig frakturlinje."),
        ("Bedömning", "?Scaphoideumfraktur hö trots negativ slätröntgen."),
        ("Planering", "Gips med tuminneslutning. MR handled om 1 v alt ny rtg om 10–14 d."),
    ], ("Johanna Lindberg", L), signed=35)],
    must=["NL102"], why="The question is NOT answered: negative X-ray, fracture still suspected")

C("med-kol-exacerbation-sannolikt-pneumoni", "skane", "1943-05-16", "131", [
    N("SK_MED_YST", "2024-12-02T20:35", [
        ("Kontaktorsak", "Ökad andfåddhet och missfärgade upphostningar sedan 4 d."),
        ("Tidigare sjukdomar", "KOL GOLD 3, hypertoni, typ 2-diabetes. Exrökare 50 paketår."),
        ("Status", "Sat 86 % på luft, AF 28. Lungor: förlängt exspirium, rassel vä basalt."),
        ("Lab", "CRP 132, LPK 15,1. Artärgas: pCO2 6,8, pH 7,36."),
        ("Bedömning", "KOL-exacerbation, sannolikt utlöst av pneumoni i vä underlob."),
        ("Planering", "Rtg pulm, bensylpenicillin 1 g x3, inhalationer, prednisolon 30 mg x1 i 5 d."),
    ], ("Erik Jönsson", L), tpl="Inskrivningsanteckning", signed=60, setting="slutenvård")],
    must=["NL102"], why="Hedged pneumonia after settled KOL in a long inskrivningsanteckning")

C("inf-trol-cdiff-efter-klindamycin", "vgr", "1947-09-09", "268", [
    N("VGR_INF_NAL", "2024-07-24T11:25", [
        ("Aktuellt", "Behandlad med klindamycin för tandabscess, nu vattniga diarréer 8–10 ggr/d sedan 4 d."),
        ("Status", "Lätt dehydrerad, diffust öm i buken, ej peritonitisk. T 38,0."),
        ("Bedömning", "Trol. Clostridioides difficile-kolit efter klindamycinkur. F-toxin skickat."),
        ("Planering", "Kontaktsmitta-isolering, vätska iv, vankomycin po 125 mg x4 startas empiriskt."),
    ], ("Ali Rahimi", L), signed=40, setting="slutenvård")],
    must=["NL102"], why="A hedged antibiotic-associated infection is a diagnosis (clear case)")

C("kir-missankt-kolecystit-stavfel", "skane", "1976-02-14", "506", [
    N("SK_AKUT_LUND", "2024-03-29T01:50", [
        ("Aktuellt", "Smärta under hö arcus sedan 18 h efter fet middag, strålar mot hö skulderblad. Kräkts."),
        ("Status", "Murphys tecken pos. T 38,3. Ikterus ej påvisbar."),
        ("Bedömning", "Missänkt akut kolecystit."),
        ("Planering", "UL lever/gallvägar i morgon bitti, Pip/Taz iv, smärtlindring."),
    ], ("Viktor Sundberg", L), signed=30, setting="akut")],
    must=["NL102"], why="Typo 'Missänkt' (misstänkt) kolecystit")

C("gyn-mojlig-extrauterin-graviditet", "vgr", "1996-10-07", "244", [
    N("VGR_GYN_OSTRA", "2024-02-05T18:10", [
        ("Aktuellt", "SM för 7 v sedan, positivt hemtest. Sedan igår sparsam brunaktig blödning och ensidig smärta hö."),
        ("Status", "Buk mjuk, lätt palp öm hö fossa. Gyn: portio oöm vid ruckning, sparsam blödning."),
        ("VUL", "Ingen intrauterin graviditet. Ingen fri vätska. Ovarier ua."),
        ("Lab", "hCG 1450."),
        ("Bedömning", "Möjlig extrauterin graviditet, DD tidigt missfall."),
        ("Planering", "Nytt hCG om 48 h, pat vet att höra av sig vid ökad smärta."),
    ], ("Maria Holm", L), signed=40, setting="akut")],
    must=["NL102"], why="'Möjlig' extrauterin graviditet with DD")

C("onh-misstankt-epiglotit-stavfel", "skane", "1979-04-12", "235", [
    N("SK_ONH_HBG", "2024-01-30T23:05", [
        ("Aktuellt", "Snabbt tilltagande halsont sedan morgonen, svårt att svälja saliv, grötig röst."),
        ("Status", "Sitter framåtlutad, dreglar. Inspiratorisk stridor ej hörbar. Sat 97 %. T 38,9."),
        ("Bedömning", "Misstänkt epiglotit. Fiberskopi görs på op-avd med anestesi i beredskap."),
    ], ("Rasmus Eriksson", L), signed=35, setting="akut")],
    must=["NL102"], why="Typo in the diagnosis word 'epiglotit' (epiglottit), hedged with 'Misstänkt'")

C("uro-misstankt-prostatacancer-informerad-om-misstanken", "vgr", "1957-08-01", "057", [
    N("VGR_URO_SKOV", "2024-10-01T14:00", [
        ("Aktuellt", "Kontroll-PSA 14, för ett år sedan 6,2. Inga miktionsbesvär."),
        ("Status", "Rektalpalp: fast knöl i vä lob, prostata i övrigt mjuk."),
        ("Bedömning", "Misstänkt prostatacancer."),
        ("Planering", "MR prostata, därefter ställningstagande till riktade biopsier."),
        ("Information", "Pat informerad om misstanken och om hur utredningen går till."),
    ], ("Mikael Berg", L), signed=20)],
    must=["NL102"], must_not=["NL101"],
    why="Told about the suspicion (no NL101) but the hypothesis still stands in visible text (NL102)")

C("skane-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", "1983-07-21", "393", [
    N("SK_ONH_LUND", "2024-05-27T11:30", [
        ("Aktuellt", "Knölar på båda sidor av halsen sedan 2 månader, nattsvettningar."),
        ("Status", "Multipla 1,5–3 cm gummiaktiga, oömma lymfkörtlar bilat på halsen och i vä fossa supraclavicularis."),
        ("Tidiga hypoteser", "Misstänkt lymfom. DT hals-thorax-buk och körtelexstirpation bokas."),
    ], ("Karin Ek", L), signed=45)],
    must=["NL102"], why="Skåne hides by template only: a 'Tidiga hypoteser' sökord inside a Läkaranteckning stays visible")

C("ort-kan-vara-gikt-mtp1", "skane", "1962-06-09", "117", [
    N("SK_ORT_HLM", "2024-08-08T09:30", [
        ("Aktuellt", "Akut svullnad och rodnad vä stortåled sedan igår natt, kan inte ha sko på sig."),
        ("Status", "MTP I vä: svullen, rodnad, varm och mycket öm. Afebril."),
        ("Lab", "Urat 520, CRP 44."),
        ("Bedömning", "Kan vara gikt i MTP I vä. Septisk artrit mindre troligt men ledpunktion görs för säkerhets skull."),
    ], ("Gustav Holmberg", L), signed=25)],
    must=["NL102"], why="'Kan vara' gikt as hedge")

C("onk-misstankt-recidiv-ovarialcancer-utkast", "vgr", "1964-12-03", "386", [
    N("VGR_ONK_SAS", "2024-09-25T16:50", [
        ("Aktuellt", "Uppföljning 2 år efter op och cytostatika för ovarialcancer. Lite mer uppblåst i buken senaste månaden."),
        ("Lab", "CA-125 96 (föregående 18)."),
        ("Bedömning", "Misstänkt recidiv. DT thorax-buk beställd, åter med svar om 2 v."),
    ], ("Lena Björk", L), signed=None)],
    must=["NL102"], why="Hedged recurrence of a known cancer in an unsigned draft")

C("onh-trol-bells-pares-zoster-negerad", "vgr", "1983-01-19", "428", [
    N("VGR_ONH_SU", "2024-03-19T09:15", [
        ("Aktuellt", "Vaknade igår med hängande vä mungipa, kan inte sluta ögat helt. Lite ont bakom vä öra."),
        ("Status", "Perifer facialispares vä, House-Brackmann III. Hörselgång och trumhinna ua, inga blåsor."),
        ("Bedömning", "Trol. Bells pares vä. Inget som talar för zoster oticus."),
        ("Planering", "Prednisolon 60 mg x1 i 5 d, sedan nedtrappning. Ögonsalva och tejp nattetid."),
    ], ("Anna Sjöberg", L), signed=30, setting="akut")],
    must=["NL102"], why="Eponym 'Bells pares' hedged with 'Trol.' next to a negated zoster oticus")

C("kir-sannolikt-adherensileus", "skane", "1945-02-24", "151", [
    N("SK_KIR_HBG", "2024-06-23T04:15", [
        ("Anamnes", "Laparotomi 1998 för perforerat ulcus. Kolikartad buksmärta och kräkningar sedan igår, ingen gasavgång."),
        ("Status", "Buk utspänd, tympanitisk, klingande tarmljud. Ingen bråckport."),
        ("Bedömning", "Sannolikt adherensileus."),
        ("Planering", "V-sond, fasta, DT buk, Gastrografinpassage vb."),
    ], ("Petra Axelsson", L), signed=40, setting="akut")],
    must=["NL102"], why="'Sannolikt' adherensileus; the old ulcus is history")

C("inf-mojlig-primar-hiv", "vgr", "1997-06-11", "219", [
    N("VGR_INF_SU", "2024-04-29T10:30", [
        ("Aktuellt", "Feber, halsont, utslag på bålen och svullna lymfkörtlar sedan 1 v. Oskyddat samlag för ca 3 v sedan."),
        ("Status", "Makulopapulöst exantem bål. Generell lymfadenopati. Afte i munnen."),
        ("Bedömning", "Möjlig primär HIV-infektion. Kombotest och HIV-RNA skickat."),
        ("Information", "Pat informerad om att vi testar för hiv och om säkrare sex till svar finns."),
    ], ("Cecilia Lund", L), signed=35)],
    must=["NL102"], must_not=["NL101"], why="'Möjlig' primär HIV-infektion; patient told about the testing")

C("uro-obs-urosepsis-fragetecken", "skane", "1950-03-07", "275", [
    N("SK_URO_MAL", "2024-02-19T06:40", [
        ("Aktuellt", "KAD-bärare pga prostataförstoring. Frossa och förvirring sedan i natt enl hemtjänst."),
        ("Status", "T 39,8, BT 95/50, puls 118, AF 26. Grumlig urin i påsen."),
        ("Lab", "Laktat 3,1, CRP 98."),
        ("Bedömning", "Obs urosepsis? Sepsislarm, KAD byts, odlingar före antibiotika."),
    ], ("Hampus Olsson", L), signed=20, setting="akut")],
    must=["NL102"], why="'Obs ... ?' used as a question about urosepsis")

C("kir-fs-lungemboli-postop", "vgr", "1959-11-22", "402", [
    N("VGR_KIR_NAL", "2024-08-27T13:25", [
        ("Aktuellt", "Postop dag 3 efter hö hemikolektomi. Sedan i morse takykard 120 och sat 90 % på luft."),
        ("Status", "Lungor: rena. Ben: ingen ensidig svullnad. Såret torrt."),
        ("Bedömning", "F.s. lungemboli. Anastomosläckage mindre troligt men följs med CRP."),
        ("Planering", "DT-angio lungor akut, därefter ställningstagande till antikoagulation."),
    ], ("Lina Andersson", L), signed=45, setting="slutenvård")],
    must=["NL102"], why="'F.s.' (frågeställning) lungemboli as open hypothesis")

C("onh-th-sokord-och-synlig-hypotes-parotis", "vgr", "1971-04-02", "186", [
    N("VGR_ONH_SKOV", "2024-10-22T11:10", [
        ("Aktuellt", "Långsamt växande knöl framför hö öra sedan 1 år, oöm."),
        ("Status", "2 cm fast, rörlig resistens i hö parotis. Facialisfunktion intakt."),
        ("Bedömning", "Trol. pleomorft adenom hö parotis. FNAC tas idag, UL hals."),
        ("Tidiga hypoteser", "Malign parotistumör ej utesluten med tanke på snabbare tillväxt senaste månaden."),
    ], ("Per Sandberg", L), signed=None)],
    must=["NL102"], why="Hidden sökord used, but a second hedge sits in visible Bedömning (draft)")

C("kir-hereditet-plus-susp-ca-mammae", "skane", "1978-08-16", "224", [
    N("SK_KIR_KRI", "2024-04-08T10:40", [
        ("Hereditet", "Mor och moster bröstcancer före 50 års ålder. BRCA-test 2020 negativt."),
        ("Aktuellt", "Känt en knöl i hö bröst sedan 3 veckor."),
        ("Status", "Hö bröst kl 10: 1,5 cm fast, oregelbunden resistens. Axiller ua."),
        ("Bedömning", "Susp. ca mammae hö."),
        ("Planering", "Trippeldiagnostik: mammografi, UL och mellannålsbiopsi samma dag."),
    ], ("Emma Lindgren", L), signed=30)],
    must=["NL102"], why="Family history present, but the patient's own 'Susp.' ca mammae fires")

C("ort-fraktur-besvarad-men-ligamentskada-trolig", "vgr", "2000-05-05", "213", [
    N("VGR_AKUT_KUNG", "2024-07-13T15:15", [
        ("Aktuellt", "Vrickade hö fot i fotboll, inversionsvåld. Kunde inte belasta direkt."),
        ("Status", "Svullnad och hematom lateralt om hö fotled, ömhet över ATFL, ej över malleolens bakkant."),
        ("Röntgen", "?Fraktur – rtg hö fotled: ingen fraktur."),
        ("Bedömning", "Trol. partiell ruptur av lig. talofibulare anterius hö."),
        ("Planering", "Ortos, belastning efter förmåga, fysioterapeut om 1 v."),
    ], ("Tobias Engqvist", L), signed=25, setting="akut")],
    must=["NL102"], why="The ?fraktur is answered, but another hedged injury remains")

C("akut-trolgien-erysipelas-stavfel", "vgr", "1951-07-27", "346", [
    N("VGR_AKUT_ALI", "2024-09-03T18:20", [
        ("Aktuellt", "Rodnad och svullnad vä underben sedan 2 d, frossa igår."),
        ("Status", "Vä underben: välavgränsad varm rodnad från fotled till mitten av smalbenet. Ingen vadömhet. T 38,6."),
        ("Bedömning", "Trolgien erysipelas vä underben, DD DVT."),
        ("Planering", "Bensylpenicillin 3 g x3 iv. UL vä ben imorgon."),
    ], ("David Nyberg", L), signed=40, setting="akut")],
    must=["NL102"], why="Typo 'Trolgien' (troligen) plus DD")

C("ger-misstankt-lewykroppsdemens", "vgr", "1946-03-12", "239", [
    N("VGR_GER_MOL", "2024-11-26T13:20", [
        ("Aktuellt", "Remiss från VC pga kognitiv svikt. Hustrun beskriver dagar med god funktion och dagar då han är mycket förvirrad."),
        ("Anamnes", "Ser okända människor i vardagsrummet på kvällarna. Sparkar och pratar i sömnen sedan många år."),
        ("Status", "MMSE 23/30. Lätt rigiditet i armarna, hypomimi, framåtlutad gång."),
        ("Bedömning", "Misstänkt Lewykroppsdemens."),
        ("Planering", "DAT-scan remitteras. Undvik neuroleptika."),
    ], ("Birgitta Hallberg", L), signed=50)],
    must=["NL102"], why="Geriatric hedged diagnosis after long anamnes")

C("ogon-trol-optikusneurit-mtp-ms", "skane", "1993-06-23", "426", [
    N("SK_OGON_LUND", "2024-03-11T10:05", [
        ("Aktuellt", "Dimsyn hö öga sedan 4 d, smärta vid ögonrörelser."),
        ("Status", "Visus hö 0,3, vä 1,0. RAPD hö. Färgseende nedsatt hö. Papill ua."),
        ("Bedömning", "Trol. optikusneurit hö. MR hjärna och orbita för att värdera om det kan röra sig om MS."),
        ("Planering", "Remiss neurolog, åter på ögonmottagningen om 2 v."),
    ], ("Jonas Friberg", L), signed=35)],
    must=["NL102"], why="Hedged optikusneurit and 'kan röra sig om MS'")

C("barn-trol-invagination-4-ar", "skane", "2020-01-20", "384", [
    N("SK_BARN_LUND", "2024-02-14T21:30", [
        ("Aktuellt", "4-åring med attackvis buksmärta sedan i eftermiddags, drar upp benen, blek mellan attackerna. Kräkts x3."),
        ("Status", "Trött. Buk: korvformad resistens i hö övre kvadrant. Ingen blodig avföring."),
        ("Bedömning", "Trol. invagination."),
        ("Planering", "Akut UL buk, barnkirurgjour kontaktad. Föräldrarna informerade om fortsatt handläggning."),
    ], ("Linnea Ström", L), signed=30, setting="akut")],
    must=["NL102"], why="Child under 13: guardians read the hedged diagnosis")

C("psyk-mojlig-bipolar-ii", "vgr", "1998-09-30", "466", [
    N("VGR_PSY_SU", "2024-05-14T14:45", [
        ("Aktuellt", "Remiss från VC pga recidiverande depression, svarat dåligt på två SSRI."),
        ("Anamnes", "Beskriver perioder på 4–5 d med minskat sömnbehov, ökad energi och impulsiva köp."),
        ("Bedömning", "Möjlig bipolär sjukdom typ II. Strukturerad diagnostisk intervju (SCID) och skattningsskalor planeras."),
    ], ("Karl Wennberg", L), signed=60)],
    must=["NL102"], why="'Möjlig' bipolär sjukdom in adult psychiatry (Melior, visible)")

C("vgr-hypotes-i-forsta-anteckning-avskrivs-i-nasta", "vgr", "1968-10-21", "152", [
    N("VGR_AKUT_SU", "2024-10-14T18:20", [
        ("Aktuellt", "Hosta och feber 38,8 i 5 d, ont vid djupandning vä."),
        ("Status", "Sat 94 %, AF 20. Nedsatt andningsljud vä basalt."),
        ("Bedömning", "Trol. pneumoni vä. Rtg pulm beställd till imorgon, doxycyklin under tiden."),
    ], ("Johan Lindqvist", L), signed=40, setting="akut", nid="n1"),
    N("VGR_AKUT_SU", "2024-10-15T11:05", [
        ("Röntgen", "Rtg pulm: inga infiltrat, ingen pleuravätska."),
        ("Bedömning", "Pneumoni avskrivs. Akut bronkit, doxycyklin sätts ut."),
    ], ("Sara Jovanović", L), signed=30, setting="akut", nid="n2")],
    must=[("NL102", "n1")], must_not=[("NL102", "n2")],
    why="A later note rules the pneumonia out; the earlier visible hypothesis still counts, the later note is clean")
# ---------------------------------------------------------------------------
# NL102 negatives: near misses that must stay silent
# ---------------------------------------------------------------------------

C("kir-ingen-misstanke-om-appendicit", "vgr", "1993-04-04", "124", [
    N("VGR_AKUT_SAS", "2024-06-10T20:15", [
        ("Aktuellt", "Ont i nedre delen av buken sedan i morse, nu avtagande. Ingen feber, äter."),
        ("Status", "Buk mjuk och oöm vid ombesök efter 3 h. Ingen släppömhet, Rovsing neg."),
        ("Lab", "CRP 4, LPK 7,1. Graviditetstest neg."),
        ("Bedömning", "Ingen misstanke om appendicit. Symtomen har klingat av under vistelsen."),
        ("Planering", "Hem med råd, åter vid försämring."),
    ], ("Elin Karlsson", L), signed=30, setting="akut")],
    must_not=["NL102"], why="'Ingen misstanke om' appendicit is a negation")

C("inf-inga-tecken-pa-meningit-influensa", "skane", "2003-10-15", "133", [
    N("SK_INF_MAL", "2024-01-09T16:30", [
        ("Aktuellt", "Hög feber, huvudvärk och muskelvärk sedan 2 d. Kompisar i korridoren sjuka."),
        ("Status", "T 39,4. Vaken, klar, orienterad. Ingen nackstyvhet, Kernig neg, inga petekier."),
        ("Lab", "Influensa A påvisad med PCR. CRP 22."),
        ("Bedömning", "Influensa A. Inga tecken på meningit."),
    ], ("Ahmed Yusuf", L), signed=20, setting="akut")],
    must_not=["NL102"], why="Confirmed influensa, meningit negated with 'Inga tecken på'")

C("med-lungemboli-kan-utselutas-stavfel", "vgr", "1986-07-19", "360", [
    N("VGR_AKUT_SU", "2024-04-21T12:10", [
        ("Aktuellt", "Stickande smärta vä bröstkorg sedan 2 d, värre vid djupandning och vid vridning av bålen."),
        ("Status", "Sat 99 %, puls 72. Palpationsöm över vä 4:e–5:e revbensbrosk."),
        ("Lab", "D-dimer <0,27, trop T <5."),
        ("Bedömning", "Wells 0. Lungemboli kan utselutas. Muskuloskeletal bröstsmärta."),
    ], ("Johan Lindqvist", L), signed=35, setting="akut")],
    must_not=["NL102"], why="'kan uteslutas' (typo 'utselutas') rules out, unlike 'kan ej uteslutas'")

C("uro-misstanke-om-sten-avskrivs-efter-dt", "skane", "1978-12-12", "139", [
    N("SK_URO_HBG", "2024-05-06T09:50", [
        ("Aktuellt", "Frågeställning uretärsten hö efter smärtattack i helgen. Nu smärtfri."),
        ("Röntgen", "DT urinvägar: inga konkrement, ingen hydronefros, njurar ua."),
        ("Bedömning", "Misstanken om uretärsten avskrivs. Smärtorsak oklar, pat åter vid nya besvär."),
    ], ("Niklas Bengtsson", L), signed=25)],
    must_not=["NL102"], why="Question answered negatively and 'avskrivs' in the same note")

C("onh-klinisk-bild-talar-emot-peritonsillit", "vgr", "2000-02-29", "211", [
    N("VGR_ONH_SU", "2024-02-27T22:05", [
        ("Aktuellt", "Halsont och feber sedan 3 d, svårt att svälja fast föda."),
        ("Status", "Bilat förstorade tonsiller med beläggningar. Symmetriska gombågar, ingen utbuktning, ingen trismus."),
        ("Lab", "Strep A-test pos."),
        ("Bedömning", "Klinisk bild talar emot peritonsillit. Streptokocktonsillit."),
        ("Planering", "PcV 1 g x3 i 10 d. Åter vid ensidig smärta eller svårighet att gapa."),
    ], ("Anna Sjöberg", L), signed=25, setting="akut")],
    must_not=["NL102"], why="'talar emot' is the negative twin of 'talar för'")

C("uro-ingen-missanke-om-testistorsion-stavfel", "skane", "2006-02-10", "335", [
    N("SK_URO_MAL", "2024-07-30T19:45", [
        ("Aktuellt", "18-åring med ömhet i vä pung sedan 2 d, gradvis debut. Ingen kräkning."),
        ("Status", "Vä bitestikel svullen och öm, testikel normalt belägen. Cremasterreflex bevarad bilat."),
        ("UL", "Normalt blodflöde i båda testiklarna, ökat flöde i vä bitestikel."),
        ("Bedömning", "Ingen missanke om testistorsion. Epididymit vä."),
        ("Åtgärd", "Klamydia-PCR, doxycyklin 100 mg x2 i 10 d."),
    ], ("Hampus Olsson", L), signed=30, setting="akut")],
    must_not=["NL102"], why="Typo in the negation 'Ingen missanke om' still negates")

C("kir-inget-som-talar-for-malignitet-gastroskopi", "vgr", "1972-05-18", "264", [
    N("VGR_KIR_OSTRA", "2024-03-26T14:10", [
        ("Aktuellt", "Dyspepsi sedan ett halvår, remitterad pga ålder över 45 och nytillkomna besvär."),
        ("Gastroskopi", "Ytlig antrumgastrit, inget som talar för malignitet. Biopsier för Hp tagna."),
        ("Bedömning", "Hp-gastrit, ureastest från biopsin positivt."),
        ("Planering", "Eradikeringsbehandling 14 d, UBT 4 v efter avslut."),
    ], ("Sven Augustsson", L), signed=40)],
    must_not=["NL102"], why="'inget som talar för' malignitet is negated; 'talar för' alone would hedge")

C("barn-hereditet-syster-misstankt-celiaki", "skane", "2016-03-08", "248", [
    N("SK_BARN_HBG", "2024-10-15T10:20", [
        ("Hereditet", "Storasyster utreds för misstänkt celiaki på barnmottagningen i Ängelholm."),
        ("Aktuellt", "Mamma orolig då flickan har ont i magen ibland. Äter bra, normal avföring."),
        ("Status", "Tillväxtkurvor följer 0 SD, opåverkad, buk mjuk."),
        ("Lab", "Transglutaminas-IgA negativt, total-IgA normalt."),
        ("Bedömning", "Funktionella buksmärtor, normala prover."),
    ], ("Malin Åkesson", L), signed=35)],
    must_not=["NL102"], why="The hedged celiaki belongs to the sister (family), not the child")

C("med-mamma-har-ms-raynaud", "vgr", "1989-11-21", "404", [
    N("VGR_MED_ALI", "2024-08-13T10:30", [
        ("Hereditet", "Mamma har MS sedan 90-talet, morfar hade Parkinsons sjukdom."),
        ("Aktuellt", "Vita, domnade fingrar vid kyla sedan flera vintrar, blir sedan blå och röda."),
        ("Status", "Normalt hud- och ledstatus, inga fingertoppssår, normala kapillärer i nagelbädden."),
        ("Bedömning", "Primärt Raynauds fenomen."),
    ], ("Hanna Wikström", L), signed=20)],
    must_not=["NL102"], why="Family diagnoses and a confirmed eponym diagnosis, nothing hedged")

C("kir-tidigare-appendecit-stavfel-nytt-brack", "skane", "1984-01-30", "457", [
    N("SK_KIR_KRI", "2024-09-04T13:20", [
        ("Tidigare sjukdomar", "Appendektomi pga perforerad appendecit 2009. Ljumskbråck hö opererat 2017."),
        ("Aktuellt", "Utbuktning i vä ljumske sedan ett par månader, ont vid tunga lyft."),
        ("Status", "Reponibelt ljumskbråck vä, hostimpuls. Hö ljumske ua."),
        ("Bedömning", "Ljumskbråck vä."),
        ("Planering", "Anmäls för laparoskopisk TEP-plastik."),
    ], ("Emma Lindgren", L), signed=30)],
    must_not=["NL102"], why="Settled past history (typo 'appendecit'), current diagnosis confirmed")

C("med-utreddes-for-misstankt-celiaki-avskrevs", "vgr", "1980-06-14", "182", [
    N("VGR_MED_ALI", "2024-02-20T15:00", [
        ("Anamnes", "Utreddes 2021 för misstänkt celiaki, duodenalbiopsier normala och misstanken avskrevs."),
        ("Aktuellt", "Återkommande buksmärtor som lindras vid tarmtömning, växlande avföringskonsistens sedan flera år."),
        ("Status", "Buk mjuk, lätt diffust öm. Rektalpalp ua."),
        ("Lab", "F-calprotektin 18. Blodstatus och CRP ua."),
        ("Bedömning", "IBS enligt Rom IV-kriterierna."),
    ], ("Jesper Olausson", L), signed=45)],
    must_not=["NL102"], why="Historical suspicion that was ruled out ('avskrevs')")

C("med-forsmaksflimer-stavfel-ev-elkonvertering-utkast", "skane", "1955-10-04", "199", [
    N("SK_MED_YST", "2024-04-25T11:30", [
        ("Aktuellt", "Hjärtklappning sedan 5 d. EKG: förmaksflimmer, kammarfrekvens 110."),
        ("Bedömning", "Nydebuterat förmaksflimer, CHA2DS2-VASc 2. Apixaban 5 mg x2 insatt."),
        ("Planering", "Ev. elkonvertering efter 3 v antikoagulation om kvarstående flimmer."),
    ], ("Erik Jönsson", L), signed=None)],
    must_not=["NL102"], why="Only the plan is hedged ('Ev. elkonvertering'); dx confirmed (typo 'förmaksflimer', draft)")

C("uro-verifierad-uretarsten-ev-eswl", "vgr", "1975-08-08", "317", [
    N("VGR_URO_SU", "2024-06-04T11:45", [
        ("Aktuellt", "Återbesök efter akutbesök för vänstersidigt njurstensanfall."),
        ("Röntgen", "DT 28/5: 6 mm konkrement i prox uretär vä, lätt hydronefros."),
        ("Bedömning", "Uretärsten vä 6 mm, ej avgången. Smärtfri på NSAID."),
        ("Planering", "Ev. ESWL om ej spontanavgång inom 4 v. Ny DT-kontroll 25/6."),
    ], ("Oskar Ahlgren", L), signed=20)],
    must_not=["NL102"], why="Verified stone; 'Ev.' only hedges the treatment")

C("uro-prostatacancer-informerad-ev-stralbehandling", "skane", "1958-03-25", "513", [
    N("SK_URO_MAL", "2024-05-16T13:30", [
        ("Aktuellt", "Återbesök för diagnosbesked efter MR-riktade biopsier."),
        ("Resultat", "PAD: prostatacancer Gleason 3+4=7 (ISUP 2) i 3/10 biopsier, cT2a, PSA 7,2."),
        ("Information", "Pat informerad om diagnosen och behandlingsalternativen, fick skriftlig information."),
        ("Planering", "Ev. strålbehandling, alternativt robotassisterad prostatektomi – pat vill fundera och återkommer."),
    ], ("Christer Malmberg", L), signed=40)],
    must_not=["NL102", "NL101"], why="Confirmed and told diagnosis; only the treatment choice is hedged")

C("kir-ev-hemgang-postop-ulcus", "vgr", "1966-05-02", "255", [
    N("VGR_KIR_NAL", "2024-11-12T08:40", [
        ("Aktuellt", "Postop dag 2 efter laparoskopisk suturering av perforerat ulcus duodeni."),
        ("Status", "Opåverkad, buk mjuk, såren fina. Dränet har gett 40 ml serös vätska senaste dygnet."),
        ("Bedömning", "Okomplicerat postoperativt förlopp."),
        ("Planering", "Dränet kan trol. dras i eftermiddag. Ev. hemgång imorgon om han äter och är smärtfri. PPI i 8 v."),
    ], ("Lina Andersson", L), signed=25, setting="slutenvård")],
    must_not=["NL102"], why="'trol.' and 'Ev.' hedge logistics (drain, discharge), not a diagnosis")

C("ort-trol-snubblat-collumfraktur", "skane", "1936-12-11", "300", [
    N("SK_ORT_HLM", "2024-01-27T10:55", [
        ("Aktuellt", "Hittad på golvet i hemmet av hemtjänsten i morse. Trol. snubblat på mattan i hallen, minns dock inte själva fallet."),
        ("Status", "Vä ben förkortat och utåtroterat. Distalstatus ua."),
        ("Röntgen", "Rtg vä höft: dislocerad medial collumfraktur."),
        ("Bedömning", "Medial collumfraktur vä, Garden IV."),
        ("Planering", "Anmäld för halvprotes i morgon. Fastande från midnatt."),
    ], ("Gustav Holmberg", L), signed=50, setting="slutenvård")],
    must_not=["NL102"], why="'Trol.' concerns the fall mechanism; the fracture is verified")

C("ger-misstanker-ej-tagit-eliquis", "skane", "1938-08-28", "271", [
    N("SK_GER_MAL", "2024-03-18T13:50", [
        ("Aktuellt", "Känt förmaksflimmer och hjärtsvikt. Inlagd efter fall i hemmet, ingen fraktur."),
        ("Anamnes", "Dosettasken från förra veckan är nästan full. Misstänker att pat inte tagit sitt Eliquis sedan dess."),
        ("Bedömning", "Bristande följsamhet till läkemedel, förmaksflimmer utan antikoagulation ca 1 v."),
        ("Planering", "Dosett via apotek, hemtjänst sköter läkemedelsgivning framöver."),
    ], ("Åsa Lindahl", L), signed=35, setting="slutenvård")],
    must_not=["NL102"], why="Suspicion is about adherence, not a diagnosis")

C("ort-fragetecken-fraktur-rtg-ingen-fraktur", "vgr", "1988-03-14", "442", [
    N("VGR_ORT_MOL", "2024-12-07T14:25", [
        ("Aktuellt", "Halkade på isen, tog emot sig med hö hand."),
        ("Status", "Svullnad dorsalt över hö handled, ingen felställning, ömhet över distala radius."),
        ("Bedömning", "?fraktur dist radius hö. Rtg hö handled: ingen fraktur."),
        ("Planering", "Handledsdistorsion, elastisk linda och mitella några dagar. Åter om besvären kvarstår efter 10 d."),
    ], ("Jenny Falk", L), signed=20, setting="akut")],
    must_not=["NL102"], why="'?fraktur' answered by X-ray in the same note, nothing else hedged")

C("kir-op-appendicit-bekraftad-peroperativt", "skane", "2001-04-19", "299", [
    N("SK_KIR_HBG", "2024-08-02T23:40", [
        ("Op-indikation", "Misstänkt appendicit, klinik och DT."),
        ("Op-fynd", "Flegmonös appendix utan perforation, vilket bekräftar misstanken. Ingen fri pus."),
        ("Åtgärd", "Laparoskopisk appendektomi, appendix i påse. Portsnitten suturerade."),
        ("Postop", "Ingen antibiotika postop. Hem imorgon om opåverkad."),
    ], ("Petra Axelsson", L), tpl="Operationsberättelse", signed=30, setting="slutenvård")],
    must_not=["NL102"], why="Suspicion confirmed peroperatively in the same note")

C("ort-fs-dvt-ul-negativ-bakercysta", "vgr", "1961-09-01", "208", [
    N("VGR_AKUT_SAS", "2024-10-08T16:35", [
        ("Aktuellt", "Svullnad och spänningskänsla i vä vad sedan 4 d. Inget trauma."),
        ("Status", "Vä vad 2 cm större omfång. Fyllnad i vä knäveck."),
        ("Bedömning", "F.s. DVT vä ben. UL: inga tecken på DVT, venerna fullt komprimerbara. Bakercysta 4 cm i vä knäveck."),
        ("Planering", "Ingen antikoagulation. Remiss ortopedmottagning för knät."),
    ], ("Sara Jovanović", L), signed=40, setting="akut")],
    must_not=["NL102"], why="'F.s. DVT' answered by ultrasound in the same note")

C("akut-fragestallning-njursten-bekraftad-dt-utkast", "skane", "1982-11-03", "535", [
    N("SK_AKUT_LUND", "2024-09-22T03:05", [
        ("Aktuellt", "Hastigt insättande smärta hö flank med utstrålning till ljumsken."),
        ("Bedömning", "Frågeställning njursten hö. DT urinvägar: 4 mm konkrement i distala uretär hö, lätt hydronefros. Uretärsten hö."),
        ("Planering", "Diklofenak, silning av urin. Urologmottagning vb om ej avgång på 3 v."),
    ], ("Viktor Sundberg", L), signed=None, setting="akut")],
    must_not=["NL102"], why="Frågeställning confirmed by DT in the same note (draft)")

C("onh-vgr-tidiga-hypoteser-halsmetastas", "vgr", "1956-01-26", "079", [
    N("VGR_ONH_SKOV", "2024-02-13T10:15", [
        ("Aktuellt", "Knöl vä sida av halsen sedan 6 v. Röker 20 cig/d."),
        ("Status", "2,5 cm fast, oöm lymfkörtel i regio II vä. Fiberskopi: ingen synlig slemhinneförändring."),
        ("Åtgärd", "FNAC tagen, UL hals. PET-DT beställd."),
        ("Tidiga hypoteser", "Misstänkt lymfkörtelmetastas från skivepitelcancer med okänd primärtumör, DD lymfom."),
    ], ("Per Sandberg", L), signed=30)],
    must_not=["NL102"], why="VGR: the hypothesis stands only under the hidden sökord Tidiga hypoteser")

C("kir-skane-mall-tidiga-hypoteser-pankreas", "skane", "1950-05-20", "228", [
    N("SK_KIR_LUND", "2024-07-09T15:20", [
        ("Bedömning", "Ikterus, viktnedgång och Courvoisiers tecken. DT visar dilaterad choledochus och en 2 cm lågattenuerande process i pankreashuvudet. Susp. pankreascancer."),
        ("Planering", "ERCP med stent och borstcytologi, MDK-diskussion."),
    ], ("Henrik Wallin", L), tpl="Tidiga hypoteser", signed=45)],
    must_not=["NL102"], why="Skåne: the whole Tidiga hypoteser template is hidden")

C("pmo-misstankt-pneumoni-vardcentral", "skane", "1959-07-07", "191", [
    N("SK_VC_KARNAN", "2024-01-17T09:20", [
        ("Aktuellt", "Hosta och feber 39 i 4 d, nu andfådd vid ansträngning."),
        ("Status", "Sat 95 %, AF 20. Krepitationer hö basalt."),
        ("Lab", "CRP 86."),
        ("Bedömning", "Misstänkt pneumoni hö basalt."),
        ("Åtgärd", "Amoxicillin 750 mg x3 i 7 d, åter om ej bättre på 3 d."),
    ], ("Louise Ahlström", L), signed=15)],
    must_not=["NL102"], why="PMO never shows diagnoses")

C("pmo-trol-uvi-treaaring", "skane", "2021-02-19", "262", [
    N("SK_VC_BJUV", "2024-03-06T14:00", [
        ("Aktuellt", "Feber 39 i 2 d, gnäller vid kiss enl mamma. Ingen hosta."),
        ("Status", "Opåverkad, öron och svalg ua. Buk mjuk."),
        ("Lab", "U-sticka (påse): leukocyter 2+, nitrit pos. CRP 34."),
        ("Bedömning", "Trol. UVI. Urinodling tagen."),
        ("Åtgärd", "Ceftibuten enl vikt i 10 d, telefonkontakt med svar på odlingen."),
    ], ("Johanna Paulsson", L), signed=20)],
    must_not=["NL102"], why="PMO, child: hedged UVI not shown")

C("pmo-dd-erythema-migrans-tinea-utkast", "skane", "1974-06-21", "366", [
    N("SK_VC_SJOBO", "2024-08-22T11:10", [
        ("Aktuellt", "Ringformat utslag på vä lår sedan 10 d, växer långsamt. Plockat fästingar i sommarstugan."),
        ("Status", "8 cm rodnad med central uppklarning, ej fjällande kant."),
        ("Bedömning", "DD erythema migrans, tinea corporis. Kliniskt mest talande för EM."),
        ("Åtgärd", "PcV 1 g x3 i 10 d."),
    ], ("Ola Svensson", L), signed=None)],
    must_not=["NL102"], why="PMO draft with DD; PMO shows no diagnoses")

C("pmo-dvt-kan-ej-uteslutas-remiss", "skane", "1948-09-14", "285", [
    N("SK_VC_ESLOV", "2024-10-29T08:50", [
        ("Aktuellt", "Svullet hö underben sedan 3 d, lång bussresa förra veckan."),
        ("Status", "Hö vad 3 cm större än vä, ömhet längs v. saphena magna."),
        ("Bedömning", "DVT kan ej uteslutas."),
        ("Åtgärd", "Remiss akut UL samma dag via akutmottagningen Lund, Innohep enl vikt given."),
    ], ("Fatima Karimi", L), signed=25)],
    must_not=["NL102"], why="'kan ej uteslutas' in PMO: not shown, no NL102")

C("pmo-susp-otitis-media-bilat", "skane", "2022-05-30", "297", [
    N("SK_VC_HORBY", "2024-11-21T10:40", [
        ("Aktuellt", "2-åring med snuva, feber och nattlig oro sedan 3 nätter, drar i öronen."),
        ("Status", "Trumhinnor bilat röda, vä möjligen buktande, dålig insyn pga vax."),
        ("Bedömning", "Susp. otitis media bilat."),
        ("Åtgärd", "Exspektans 2–3 d, paracetamol. Nytt besök om ej bättre."),
    ], ("Peter Lindholm", L), signed=15)],
    must_not=["NL102"], why="PMO, guardian reads, hedged otitis not shown")

C("pmo-susp-prostatacancer-remiss-uro", "skane", "1951-01-09", "353", [
    N("SK_VC_KARNAN", "2024-06-26T15:30", [
        ("Aktuellt", "Kontroll av PSA på egen begäran, brorsan nyss opererad."),
        ("Status", "Rektalpalp: hård, knölig prostata, mer uttalat hö."),
        ("Lab", "PSA 18."),
        ("Bedömning", "Susp. prostatacancer."),
        ("Åtgärd", "Remiss urologen Helsingborg enligt SVF. Pat informerad om remissen och om vad SVF innebär."),
    ], ("Louise Ahlström", L), signed=30)],
    must_not=["NL102"], why="PMO: hedged prostatacancer never visible as a diagnosis")

C("onh-pad-tonsillcancer-diagnosbesked-givet", "skane", "1962-04-06", "153", [
    N("SK_ONH_LUND", "2024-10-03T13:10", [
        ("Aktuellt", "Återbesök för PAD-svar efter diagnostisk tonsillektomi."),
        ("Resultat", "PAD: skivepitelcancer hö tonsill, p16-positiv."),
        ("Information", "Diagnosbesked givet idag i närvaro av kontaktsjuksköterska och hustrun."),
        ("Planering", "PET-DT, MDK 15/10, därefter behandlingsplanering."),
    ], ("Björn Ekström", L), signed=55)],
    must_not=["NL102", "NL101"], why="PAD-confirmed cancer, diagnosis told today")

C("uro-obs-penicillinallergi-cystit", "vgr", "1992-07-31", "260", [
    N("VGR_URO_SU", "2024-09-17T09:05", [
        ("Aktuellt", "OBS! Penicillinallergi – urtikaria 2015. Remiss pga 4 cystiter senaste året, nu sveda och täta trängningar sedan 2 d."),
        ("Status", "Afebril, ingen dunkömhet."),
        ("Bedömning", "Recidiverande nedre UVI, okomplicerad cystit aktuellt."),
        ("Åtgärd", "Nitrofurantoin 50 mg x3 i 5 d. Cystoskopi och UL njurar enligt rutin."),
    ], ("Oskar Ahlgren", L), signed=20)],
    must_not=["NL102"], why="'OBS!' flags a known allergy; it is not a hedge")

C("onk-utan-hallpunkt-for-recidiv", "vgr", "1953-02-02", "015", [
    N("VGR_ONK_SU", "2024-04-15T11:40", [
        ("Aktuellt", "Uppföljning 3 år efter hö hemikolektomi för koloncancer stadium II."),
        ("Röntgen", "DT thorax-buk 8/4: utan hållpunkt för recidiv eller metastaser."),
        ("Lab", "CEA 2,1 (stabilt)."),
        ("Bedömning", "Recidivfri. Fortsatt uppföljning enligt nationellt vårdprogram."),
        ("Information", "Pat informerad om det fina DT-svaret."),
    ], ("Marcus Forsberg", L), signed=30)],
    must_not=["NL102", "NL101"], why="'utan hållpunkt för' recidiv is a negation; history settled")

C("ort-fragetecken-aterbesok-mb-dupuytren", "vgr", "1952-10-10", "411", [
    N("VGR_ORT_KUNG", "2024-03-07T14:55", [
        ("Aktuellt", "Mb Dupuytren hö hand, flexionskontraktur i dig IV progredierat senaste året."),
        ("Status", "Extensionsdefekt 40 grader i PIP IV hö, strängar i handflatan. Tabletop test pos."),
        ("Bedömning", "Mb Dupuytren med funktionsstörande kontraktur."),
        ("Planering", "Nålfasciotomi erbjuds; pat vill tänka över. Återbesök om 3 mån?"),
    ], ("Johanna Lindberg", L), signed=25)],
    must_not=["NL102"], why="'?' hedges a follow-up time; the eponym diagnosis is certain")

C("med-epikris-misstanke-pyelonefrit-bekraftades", "vgr", "1968-03-09", "142", [
    N("VGR_MED_ALI", "2024-06-27T13:00", [
        ("Orsak till inläggning", "Inlagd med misstanke om pyelonefrit, vilket bekräftades av urinodling med E. coli >100 000."),
        ("Förlopp", "Snabb förbättring på cefotaxim, byte till ciprofloxacin po dag 3."),
        ("Diagnos", "Akut pyelonefrit."),
        ("Planering", "Antibiotika totalt 7 d. Ingen rutinkontroll."),
    ], ("Jesper Olausson", L), tpl="Epikris", signed=90, setting="slutenvård")],
    must_not=["NL102"], why="Suspicion confirmed in the same epikris")

C("ort-vgr-th-protesinfektion-synlig-negerad", "vgr", "1949-04-08", "322", [
    N("VGR_ORTMOT_MOL", "2024-11-04T10:30", [
        ("Aktuellt", "Höftprotes hö 2021. Belastningssmärta i ljumsken sedan ett halvår, ingen feber."),
        ("Status", "Går med lätt hälta. Rörlighet ua. Ärret fint."),
        ("Lab", "CRP 9, SR 24."),
        ("Bedömning", "Ingen misstanke om akut infektion i protesen. Slätröntgen: protesen väl fixerad, ingen lossning."),
        ("Tidiga hypoteser", "Möjlig lågvirulent protesinfektion, DD aseptisk lossning – ledpunktion planeras."),
        ("Planering", "Ledpunktion under genomlysning, åter med svar."),
    ], ("Erik Sundqvist", L), signed=35)],
    must_not=["NL102"], why="Visible text only negates; the hedge sits under VGR's hidden sökord")

C("onh-mb-meniere-kand-ny-attack", "skane", "1967-05-25", "046", [
    N("SK_ONH_HBG", "2024-02-08T14:40", [
        ("Anamnes", "Mb Ménière vä sedan 2019, diagnostiserad på yrselmottagningen i Lund."),
        ("Aktuellt", "Ny attack med rotatorisk yrsel i 3 h, lock och brus vä öra. Mellan attackerna besvärsfri."),
        ("Status", "Spontannystagmus ej påvisbar. Trumhinnor ua. Weber lateraliserar åt hö."),
        ("Bedömning", "Mb Ménière vä med ny yrselattack."),
        ("Planering", "Betahistin fortsätts, nytt audiogram om 2 v."),
    ], ("Ida Carlsson", L), signed=30)],
    must_not=["NL102"], why="Known eponym diagnosis, no hedge")

C("onk-sannolikt-fler-cykler-dlbcl", "skane", "1960-09-19", "337", [
    N("SK_ONK_LUND", "2024-06-12T10:15", [
        ("Aktuellt", "Diffust storcelligt B-cellslymfom stadium III, inför kur 4 av R-CHOP."),
        ("Status", "Lymfkörtlar på halsen ej längre palpabla. Ingen neuropati."),
        ("Lab", "Neutrofiler 2,1, Hb 112, TPK 198."),
        ("Bedömning", "God klinisk respons. Interim-PET visade partiell metabol respons."),
        ("Planering", "Sannolikt behövs ytterligare två cykler utöver planerade sex; beslut efter slut-PET."),
    ], ("Ingrid Mårtensson", L), signed=45)],
    must_not=["NL102"], why="'Sannolikt' hedges treatment extent, the lymphoma is confirmed")

C("med-rtg-ej-forenlig-med-pneumoni", "vgr", "1978-04-27", "287", [
    N("VGR_AKUT_SU", "2024-01-04T21:50", [
        ("Aktuellt", "Hosta och feber 38 i 3 d. Astma sedan barndomen."),
        ("Status", "Sat 97 %, AF 16. Lungor: enstaka ronki bilat, inget rassel."),
        ("Röntgen", "Rtg pulm: inga infiltrat, bilden ej förenlig med pneumoni."),
        ("Bedömning", "Viral luftvägsinfektion hos astmatiker. Ökad dos inhalationssteroid."),
    ], ("Johan Lindqvist", L), signed=30, setting="akut")],
    must_not=["NL102"], why="'ej förenlig med' pneumoni negates")

C("barn-otit-inga-tecken-till-mastoidit", "vgr", "2018-11-11", "330", [
    N("VGR_BARN_DSBS", "2024-04-02T19:15", [
        ("Aktuellt", "5-åring med öronvärk hö sedan igår, feber 39. Förälder oroad för att örat står ut."),
        ("Status", "Hö trumhinna röd och buktande. Retroaurikulärt ingen rodnad, svullnad eller ömhet, öronen står symmetriskt."),
        ("Bedömning", "Akut mediaotit hö. Inga tecken till mastoidit."),
        ("Planering", "PcV enl vikt 10 d, paracetamol. Åter vid svullnad bakom örat."),
    ], ("Linda Gustafsson", L), signed=25, setting="akut")],
    must_not=["NL102"], why="Child: confirmed otitis, mastoidit negated with 'Inga tecken till'")

C("skane-th-mall-sedan-bekraftad-och-berattad", "skane", "1963-07-17", "142", [
    N("SK_URO_HBG", "2024-02-06T14:10", [
        ("Bedömning", "DT: 5 cm solid kontrastladdande process i hö njure, misstänkt njurcellscancer. Biopsi innan besked."),
    ], ("Niklas Bengtsson", L), tpl="Tidiga hypoteser", signed=20, nid="n1"),
    N("SK_URO_HBG", "2024-02-27T10:30", [
        ("Resultat", "Biopsi hö njure: klarcellig njurcellscancer, ISUP grad 2."),
        ("Information", "Diagnosbesked lämnat idag, pat hade förberett sig och tog det sansat."),
        ("Planering", "Robotassisterad partiell nefrektomi, op-anmäld."),
    ], ("Niklas Bengtsson", L), signed=35, nid="n2")],
    must_not=[("NL102", "n1"), ("NL102", "n2"), ("NL101", "n2")],
    why="Hypothesis kept in Skåne's hidden template, later confirmed and told in a visible note")
# ---------------------------------------------------------------------------
# NL101 positives: diagnosis visible while the patient/guardian is not told
# ---------------------------------------------------------------------------

C("uro-pad-prostatacancer-besked-vid-aterbesok", "vgr", "1955-11-11", "097", [
    N("VGR_URO_SU", "2024-04-16T15:40", [
        ("Aktuellt", "Prostatabiopsier 8/4 pga PSA 11 och palpabel förändring."),
        ("Resultat", "PAD: adenocarcinom i 5/12 biopsier, Gleason 4+3=7, ISUP 3."),
        ("Bedömning", "Intermediärrisk prostatacancer. Tas upp på MDK 22/4."),
        ("Information", "Pat ej informerad om PAD-svaret, besked ges vid återbesök 25/4 tillsammans med kontaktsjuksköterska."),
    ], ("Oskar Ahlgren", L), signed=20)],
    must=["NL101"], must_not=["NL102"], why="PAD-confirmed prostatacancer visible; 'besked ges vid återbesök' in the last section")

C("onh-tonsillcancer-annu-ej-meddelad", "skane", "1966-08-29", "215", [
    N("SK_ONH_LUND", "2024-05-08T16:20", [
        ("Aktuellt", "Diagnostisk tonsillektomi hö 26/4 pga ensidig tonsillförstoring."),
        ("Resultat", "PAD hö tonsill: skivepitelcancer, HPV-associerad (p16+)."),
        ("Information", "Pat ännu ej meddelad, kallas till besök tisdag 14/5 med kontaktsjuksköterska."),
    ], ("Björn Ekström", L), signed=25)],
    must=["NL101"], why="'ännu ej meddelad' with the cancer in the Resultat section")

C("onk-levermetastaser-delvis-berattat", "vgr", "1957-03-28", "466", [
    N("VGR_ONK_SAS", "2024-09-05T14:05", [
        ("Aktuellt", "Känd ca recti, diagnosbesked i april, pat välinformerad om primärtumören. Nu DT inför strålbehandling."),
        ("Röntgen", "DT buk: tre nytillkomna levermetastaser i hö leverlob, största 2,4 cm."),
        ("Bedömning", "Rektalcancer med synkrona levermetastaser, stadium IV. Behandlingsintention omvärderas på MDK."),
        ("Information", "Pat vet ännu inte om spridningen till levern; besked ges imorgon av ansvarig onkolog."),
    ], ("Lena Björk", L), signed=40)],
    must=["NL101"], why="Partially told: the primary is known, the liver metastases are not")

C("kir-koloskopi-makroskopisk-cancer-pad-vantas", "skane", "1960-12-01", "375", [
    N("SK_KIR_HBG", "2024-03-12T11:35", [
        ("Indikation", "Järnbristanemi och blod i avföringen."),
        ("Fynd", "Cirkulär, lättblödande tumör i sigmoideum 25 cm från anus, ej passerbar med standardskop. Biopsier x6."),
        ("Bedömning", "Sigmoideumcancer makroskopiskt."),
        ("Information", "Pat ej informerad om fyndet pga sedering; informeras när PAD finns."),
    ], ("Magnus Lund", L), signed=30)],
    must=["NL101"], why="'informeras när PAD finns' with the cancer named in Bedömning")

C("barn-all-foraldrar-ej-informerade", "vgr", "2017-09-14", "193", [
    N("VGR_BARN_ONK", "2024-01-25T17:30", [
        ("Aktuellt", "6-årig pojke inlagd med blekhet, blåmärken och feber sedan 2 v."),
        ("Lab", "Hb 68, TPK 21, LPK 54 med blaster i perifert blod."),
        ("Resultat", "Benmärg: akut lymfatisk leukemi, B-prekursor."),
        ("Information", "Föräldrarna ej informerade ännu om diagnosen; diagnossamtal imorgon kl 9 med barnonkolog och kurator."),
    ], ("Helena Dahl", L), signed=50, setting="slutenvård")],
    must=["NL101"], must_not=["NL102"], why="Child under 13: the guardians, who read the journal, are not told")

C("barn-celiaki-vardnadshavare-annu-ej-besked", "skane", "2015-01-12", "306", [
    N("SK_BARN_HBG", "2024-05-28T13:40", [
        ("Aktuellt", "Gastroskopi 14/5 pga förhöjt transglutaminas och avplanande viktkurva."),
        ("Resultat", "PAD duodenum: celiaki, Marsh 3c."),
        ("Information", "Vårdnadshavarna har ännu inte fått besked. Återbesök 6/6 då diagnosen meddelas och dietist träffas."),
    ], ("Malin Åkesson", L), signed=35)],
    must=["NL101"], why="Benign but real diagnosis; guardians of a 9-year-old not yet told")

C("inf-hiv-konfirmerad-ej-informerad", "vgr", "1992-12-15", "079", [
    N("VGR_INF_SU", "2024-06-20T10:05", [
        ("Aktuellt", "Provtagen på STI-mottagningen 10/6, screeningtest reaktivt."),
        ("Lab", "Konfirmerande test: HIV-1-infektion. HIV-RNA 84 000 kopior/ml, CD4 410."),
        ("Information", "Pat ej informerad. Kallas till mottagningen snarast, beskedet ska inte lämnas per telefon."),
    ], ("Cecilia Lund", L), signed=15)],
    must=["NL101"], why="Confirmed HIV visible before the patient is told")

C("inf-hepatit-c-ej-meddelad-utkast", "skane", "1981-06-03", "260", [
    N("SK_INF_MAL", "2024-07-17T14:15", [
        ("Aktuellt", "Tidigare injektionsmissbruk, provtagen vid LARO-start."),
        ("Lab", "HCV-RNA positivt, genotyp 3a. ALAT 2,1."),
        ("Bedömning", "Kronisk hepatit C. Fibroscan och behandlingsplanering."),
        ("Information", "Pat har ännu inte meddelats svaret; kallelsebrev skickat."),
    ], ("Ahmed Yusuf", L), signed=None)],
    must=["NL101"], why="Unsigned draft: hepatit C stated, patient 'ännu inte meddelats'")

C("hud-melanom-ej-infromerad-stavfel", "vgr", "1975-02-21", "244", [
    N("VGR_HUD_SU", "2024-06-26T08:55", [
        ("Aktuellt", "Excision av pigmenterad förändring hö vad 12/6."),
        ("Resultat", "PAD: malignt melanom, superficiellt spridande, Breslow 1,4 mm, ulceration saknas."),
        ("Bedömning", "Melanom pT2a, utvidgad excision 2 cm och sentinel node-biopsi."),
        ("Information", "Pat ej infromerad, besked ges vid besök 3/7 och inte per telefon."),
    ], ("Sofie Kraft", L), signed=30)],
    must=["NL101"], why="Typo 'infromerad' in the not-told statement")

C("onk-lungcancer-ska-ej-meddelas-fore-mdk", "skane", "1953-10-27", "397", [
    N("SK_ONK_LUND", "2024-04-23T15:30", [
        ("Resultat", "PAD från bronkoskopi: adenocarcinom, EGFR-analys pågår."),
        ("Bedömning", "Lungcancer hö överlob, preliminärt cT2bN2M0."),
        ("Information", "Ska ej meddelas pat förrän MDK 2/5 tagit ställning till behandlingsintention."),
    ], ("Jonas Åberg", L), signed=45)],
    must=["NL101"], why="'Ska ej meddelas ... förrän' MDK, diagnosis visible")

C("kir-pat-har-inte-fatt-veta-pankreascancer", "vgr", "1965-11-30", "348", [
    N("VGR_KIR_OSTRA", "2024-10-17T16:00", [
        ("Aktuellt", "Inremitterad med smärtfri ikterus sedan 2 v."),
        ("Anamnes", "Viktnedgång 7 kg, ljus avföring, mörk urin. Tidigare frisk."),
        ("Status", "Ikterisk, palpabel oöm gallblåsa. Buk i övrigt mjuk."),
        ("Röntgen", "DT pankreasprotokoll: 3 cm tumör i pankreashuvudet med kärlkontakt under 180 grader mot VMS."),
        ("Bedömning", "Pankreascancer, borderline resektabel. Diskuteras på MDK torsdag."),
        ("Information", "Pat har inte fått veta att det rör sig om cancer; hon har informerats om en förträngning i gallgången och att vi återkommer."),
    ], ("Sven Augustsson", L), signed=60)],
    must=["NL101"], why="Told only a euphemism; the cancer itself is untold and visible (long multi-section note)")

C("ger-dotter-vill-att-mamma-inte-informeras", "skane", "1935-06-15", "128", [
    N("SK_GER_MAL", "2024-02-22T14:35", [
        ("Aktuellt", "Gastroskopi 19/2 pga anemi och sväljsvårigheter."),
        ("Resultat", "PAD: adenocarcinom i cardia, ventrikelcancer."),
        ("Anhöriga", "Dottern ber att mamma inte ska informeras om cancerdiagnosen då hon inte skulle klara det."),
        ("Bedömning", "Pat själv är klar och beslutskapabel. Hon är ännu inte informerad; vi har förklarat för dottern att pat har rätt till information och tar upp frågan med pat imorgon."),
    ], ("Åsa Lindahl", L), signed=40, setting="slutenvård")],
    must=["NL101"], why="Relative asks to withhold; the patient herself is still untold")

C("kir-misstankt-pankreascancer-pat-ej-informerad", "vgr", "1955-04-14", "157", [
    N("VGR_KIR_NAL", "2024-12-05T10:30", [
        ("Aktuellt", "DT buk gjord pga oklar epigastriesmärta och nydebuterad diabetes."),
        ("Röntgen", "3 cm lågattenuerande expansivitet i pankreashuvudet, dilaterad pankreasgång."),
        ("Bedömning", "Misstänkt pankreascancer. Remiss HPB-kirurgi Sahlgrenska, SVF startat."),
        ("Information", "Pat ej informerad om fyndet, tas upp vid återbesök på måndag."),
    ], ("Lina Andersson", L), signed=35)],
    must=["NL101", "NL102"], why="Hedged and untold at once: both rules fire")

C("uro-blastumor-pat-tror-det-ar-forandring", "skane", "1946-09-06", "335", [
    N("SK_URO_HBG", "2024-03-21T09:45", [
        ("Aktuellt", "Makroskopisk hematuri x2, utredning enligt SVF."),
        ("Cystoskopi", "2 cm papillär blåstumör vid vä uretärmynning, i övrigt normal blåsslemhinna."),
        ("Information", "Pat har uppfattat det som en förändring och är inte informerad om att det är en tumör; tas upp på inskrivningssamtalet."),
        ("Planering", "TURB bokad 4/4, DT-urografi innan."),
    ], ("Niklas Bengtsson", L), signed=25)],
    must=["NL101"], why="Untold statement sits between Cystoskopi and Planering")

C("uro-testikelcancer-19-ar-besked-ej-givet", "vgr", "2004-08-19", "091", [
    N("VGR_URO_SKOV", "2024-02-01T13:30", [
        ("Aktuellt", "Resistens i hö testikel sedan 1 mån, remiss från ungdomsmottagningen."),
        ("UL", "2,5 cm hypoekogen solid förändring i hö testikel med ökad vaskularisering."),
        ("Lab", "AFP 85, hCG 120, LD 3,9."),
        ("Bedömning", "Testikelcancer hö, icke-seminom enligt markörbilden. Orkidektomi inom en vecka."),
        ("Information", "Besked om cancerdiagnosen har ännu inte givits; pat kommer med sin mamma imorgon."),
    ], ("Mikael Berg", L), signed=20)],
    must=["NL101"], why="19-year-old; 'har ännu inte givits' beskedet")

C("hem-hodgkin-17-ar-ej-informerad", "skane", "2007-04-04", "122", [
    N("SK_HEM_LUND", "2024-08-14T15:05", [
        ("Aktuellt", "17-årig flicka, förstorad lymfkörtel vä hals och klåda sedan vintern. Exstirpation 5/8."),
        ("Resultat", "PAD: klassiskt Hodgkinlymfom, nodulär skleros."),
        ("Information", "Pat ej informerad ännu; besked ges imorgon på hematologmottagningen med föräldrarna närvarande enligt hennes önskan."),
    ], ("Therese Nyman", L), signed=30)],
    must=["NL101"], why="17-year-old reads her own journal and is not yet told")

C("barn-neuroblastom-vardnadshavare-ej-informerade", "vgr", "2021-03-26", "342", [
    N("VGR_BARN_ONK", "2024-11-08T16:45", [
        ("Aktuellt", "3-årig flicka med buksvullnad, DT visade binjuretumör vä, biopsi 4/11."),
        ("Resultat", "PAD: neuroblastom, MYCN-amplifiering analyseras."),
        ("Information", "Vårdnadshavare ej informerade om PAD-svaret. Samtal bokat med barnonkolog fredag förmiddag."),
    ], ("Helena Dahl", L), signed=25, setting="slutenvård")],
    must=["NL101"], why="Guardians of a 3-year-old not informed")

C("ogon-koroidalt-melanom-ej-kommunicerat", "skane", "1961-12-14", "159", [
    N("SK_OGON_LUND", "2024-10-10T11:20", [
        ("Aktuellt", "Remiss från optiker: pigmenterad förändring i hö ögonbotten."),
        ("Status", "Hö: pigmenterad koroidal tumör temporalt, 8 mm prominens på UL, orange pigment, subretinal vätska."),
        ("Bedömning", "Koroidalt melanom hö öga."),
        ("Information", "Diagnosen har ännu inte kommunicerats med patienten, som informeras efter konferens med ögononkologen 17/10."),
    ], ("Jonas Friberg", L), signed=40)],
    must=["NL101"], why="'har ännu inte kommunicerats med patienten'")

C("ger-alzheimer-vantar-med-att-informera-utkast", "vgr", "1944-01-07", "433", [
    N("VGR_GER_MOL", "2024-05-30T11:15", [
        ("Aktuellt", "Genomgång av minnesutredning."),
        ("Resultat", "MMSE 21, klocktest patologiskt. Likvor: lågt Aβ42, förhöjt tau och P-tau. DT: mediotemporal atrofi."),
        ("Bedömning", "Alzheimers sjukdom, mild demens."),
        ("Information", "Vi väntar med att informera pat om diagnosen tills hustrun kan närvara, nytt besök 12/6."),
    ], ("Birgitta Hallberg", L), signed=None)],
    must=["NL101"], why="'väntar med att informera pat' (unsigned draft)")

C("kir-ca-mammae-ej-underrattad", "skane", "1979-05-09", "420", [
    N("SK_KIR_KRI", "2024-03-15T12:50", [
        ("Aktuellt", "Trippeldiagnostik 7/3 av knöl vä bröst."),
        ("Resultat", "Mellannålsbiopsi: invasiv duktal cancer, NHG 2, ER 90 %, PR 60 %, HER2 neg."),
        ("Bedömning", "Bröstcancer vä, 14 mm, kliniskt N0. Primär op enl MDK."),
        ("Information", "Pat ej underrättad; kontaktsjuksköterska ringer och bokar tid för diagnosbesked nästa vecka."),
    ], ("Emma Lindgren", L), signed=35)],
    must=["NL101"], why="'ej underrättad' synonym for not informed")

C("onh-larynxcancer-pat-ovetande", "vgr", "1959-07-23", "357", [
    N("VGR_ONH_SU", "2024-07-02T14:20", [
        ("Aktuellt", "Heshet sedan 4 mån, storrökare. Mikrolaryngoskopi med biopsi 20/6."),
        ("Resultat", "PAD: högt differentierad skivepitelcancer hö stämband."),
        ("Bedömning", "Glottisk larynxcancer T1a, kurativ strålbehandling planeras."),
        ("Information", "Pat ännu ovetande om diagnosen. Återbesök med besked 5/7."),
    ], ("Anna Sjöberg", L), signed=30)],
    must=["NL101"], why="'ovetande om diagnosen' phrasing")

C("inf-lungtuberkolos-stavfel-ej-informerad", "skane", "1996-04-18", "384", [
    N("SK_INF_HBG", "2024-12-12T16:10", [
        ("Aktuellt", "Inlagd för utredning av långdragen hosta, luftburen isolering sedan 10/12."),
        ("Lab", "Sputum-PCR: Mycobacterium tuberculosis-komplex påvisat, ingen rifampicinresistens."),
        ("Bedömning", "Lungtuberkolos, smittsam."),
        ("Information", "Pat ej informerad ännu – tolk på tigrinja bokad imorgon kl 10 för beskedet."),
    ], ("Lars Persson", L), signed=45, setting="slutenvård")],
    must=["NL101"], why="Typo in the diagnosis 'Lungtuberkolos'; patient not informed")

C("uro-njurcellscancer-incidentalom-pat-vet-ej", "vgr", "1964-02-27", "208", [
    N("VGR_URO_SKOV", "2024-08-21T10:40", [
        ("Aktuellt", "Remiss från ortopeden; DT ländrygg visade av en slump en förändring i vä njure."),
        ("Röntgen", "DT njurar: 4 cm solid, kontrastladdande tumör i vä njurens nedre pol."),
        ("Bedömning", "Njurcellscancer vä, T1a. Partiell nefrektomi."),
        ("Information", "Pat vet ännu inte om fyndet; remittenten har inte tagit upp det med henne. Kallas till oss för information."),
    ], ("Karin Öhman", L), signed=25)],
    must=["NL101"], why="Incidental cancer, 'vet ännu inte om fyndet'")

C("hem-myelom-besked-vid-aterbesok-utkast", "skane", "1952-08-11", "193", [
    N("SK_HEM_LUND", "2024-03-13T15:55", [
        ("Aktuellt", "Utredning av M-komponent IgG 38 g/l och anemi."),
        ("Resultat", "Benmärg: 40 % klonala plasmaceller. Lågdos-DT: lytiska förändringar i bäckenet."),
        ("Bedömning", "Multipelt myelom, symtomgivande."),
        ("Information", "Ej informerad ännu. Besked till pat vid återbesök 18/3."),
    ], ("Therese Nyman", L), signed=None)],
    must=["NL101"], why="Unsigned draft, terse 'Ej informerad ännu'")

C("gyn-cervixcancer-pat-ej-informerad", "vgr", "1985-10-30", "400", [
    N("VGR_GYNMOT_OSTRA", "2024-01-18T13:25", [
        ("Aktuellt", "Kolposkopi med biopsier 8/1 pga HSIL i cytologin."),
        ("Resultat", "PAD: invasiv skivepitelcancer i cervix, infiltrationsdjup 4 mm."),
        ("Bedömning", "C-cancer, kliniskt stadium IB1. MR lilla bäckenet och MDK."),
        ("Information", "Pat ej informerad om PAD; besked vid läkarbesök 24/1, hon har fått tid."),
    ], ("Maria Holm", L), signed=30)],
    must=["NL101"], why="Cervical cancer visible, 'ej informerad om PAD'")

C("onk-hjarnmetastas-i-atgard-anhorig-ringt", "vgr", "1962-05-05", "235", [
    N("VGR_ONK_SU", "2024-03-22T09:10", [
        ("Aktuellt", "Känd lungcancer, pågående immunterapi. Sonen ringde igår om nytillkommen förvirring."),
        ("Status", "Vaken, desorienterad till tid. Lätt pares vä arm."),
        ("Röntgen", "MR hjärna: två hjärnmetastaser, största 2,8 cm hö frontalt med ödem."),
        ("Åtgärd", "Betapred 8 mg x2 insatt. Pat ej informerad om MR-fynden i nuvarande tillstånd; besked ges när han är klarare, sonen informeras inte före honom."),
    ], ("Marcus Forsberg", L), signed=40, setting="slutenvård")],
    must=["NL101"], why="Untold statement inside Åtgärd; new metastases visible")
# ---------------------------------------------------------------------------
# NL101 negatives: told, non-diagnostic untold matters, hidden, relatives
# ---------------------------------------------------------------------------

C("uro-prostatacancer-diagnosbesked-givet-idag", "vgr", "1951-03-19", "213", [
    N("VGR_URO_SU", "2024-03-28T14:10", [
        ("Aktuellt", "Återbesök för PAD-svar efter biopsier 15/3."),
        ("Resultat", "PAD: prostatacancer Gleason 3+3=6 i 2/12 biopsier, lågrisk."),
        ("Information", "Diagnosbesked givet idag, hustrun med. Pat tog beskedet lugnt."),
        ("Planering", "Aktiv monitorering, PSA var 3:e månad, ny MR om 1 år."),
    ], ("Tomas Hed", L), signed=30)],
    must_not=["NL101", "NL102"], why="'Diagnosbesked givet idag': told")

C("hud-basaliom-informerad-per-telefon", "skane", "1950-01-28", "168", [
    N("SK_HUD_LUND", "2024-04-30T11:55", [
        ("Kontaktorsak", "Telefonsamtal för besked om PAD."),
        ("Resultat", "PAD: basalcellscancer, nodulär typ, hö nasvinge, ej radikalt exciderad i djupet."),
        ("Information", "Pat informerad per telefon om svaret och om att ytterligare kirurgi behövs."),
        ("Åtgärd", "Remiss för Mohs-kirurgi."),
    ], ("Sofia Engström", L), tpl="Telefonanteckning", signed=10)],
    must_not=["NL101"], why="Told by phone")

C("kir-ca-sigmoideum-ej-informerad-om-op-datum-utkast", "vgr", "1962-09-09", "379", [
    N("VGR_KIR_NAL", "2024-05-13T09:35", [
        ("Aktuellt", "Känd ca sigmoideum, diagnosbesked gavs vid förra besöket. MDK rekommenderar primär resektion."),
        ("Bedömning", "Sigmoideumcancer cT3N0M0, laparoskopisk sigmoideumresektion."),
        ("Information", "Pat ej informerad om operationsdatum ännu – koordinator ringer så snart tid finns."),
    ], ("Fredrik Strand", L), signed=None)],
    must_not=["NL101"], why="The untold matter is a date; the diagnosis was told (draft)")

C("onh-kronisk-sinuit-ej-meddelad-om-remiss", "skane", "1977-10-02", "242", [
    N("SK_ONH_HBG", "2024-06-05T15:10", [
        ("Aktuellt", "Kronisk rinosinuit med näspolyper, otillräcklig effekt av Nasonex och kortisonkurer."),
        ("Bedömning", "Kronisk rinosinuit med polypos, aktuell för FESS."),
        ("Åtgärd", "Remiss till ÖNH-kliniken i Lund för bedömning av biologisk behandling skickad efter besöket; pat ej meddelad om remissen ännu."),
    ], ("Ida Carlsson", L), signed=25)],
    must_not=["NL101"], why="Untold matter is a referral, not a diagnosis")

C("med-normala-prover-ej-informerad-brev", "vgr", "1974-04-12", "262", [
    N("VGR_MED_ALI", "2024-04-11T16:30", [
        ("Aktuellt", "Provsvar efter besök 3/4 för trötthet."),
        ("Lab", "Hb 136, TSH 1,8, B12 412, ferritin 64, glukos 5,2. Samtliga inom referensområdet."),
        ("Information", "Pat ej informerad om svaren ännu, brev skickas idag."),
    ], ("Jesper Olausson", L), signed=10)],
    must_not=["NL101"], why="Untold matter is normal lab values; no diagnosis at all")

C("onk-vgr-th-lungnoduli-synlig-text-utan-diagnos", "vgr", "1958-06-06", "284", [
    N("VGR_ONK_SU", "2024-09-12T13:05", [
        ("Aktuellt", "DT thorax 9/9 enligt uppföljningsprogrammet."),
        ("Information", "Pat ej informerad om DT-svaret, telefontid bokad 16/9."),
        ("Tidiga hypoteser", "Tre nytillkomna lungnoduli upp till 9 mm, misstänkta metastaser. Ska diskuteras på MDK innan besked."),
    ], ("Marcus Forsberg", L), signed=20)],
    must_not=["NL101", "NL102"], why="The untold finding is only under VGR's hidden sökord")

C("ger-skane-th-mall-mojlig-parkinson-ej-informerad", "skane", "1941-02-15", "317", [
    N("SK_GER_MAL", "2024-07-22T10:45", [
        ("Bedömning", "Ensidig vilotremor hö hand, bradykinesi och nedsatt armpendling. Möjlig Parkinsons sjukdom, DD essentiell tremor."),
        ("Information", "Pat ej informerad om misstanken innan DAT-scan är gjord."),
    ], ("Åsa Lindahl", L), tpl="Tidiga hypoteser", signed=30)],
    must_not=["NL101", "NL102"], why="Skåne Tidiga hypoteser template hides both the hypothesis and the untold note")

C("ger-makens-demens-han-ej-informerad", "vgr", "1945-07-30", "180", [
    N("VGR_GER_MOL", "2024-10-30T14:30", [
        ("Aktuellt", "Kontroll av blodtryck och sömn. Hypertoni behandlad med amlodipin."),
        ("Socialt", "Bor med maken som nyligen fått diagnosen Alzheimers sjukdom; enligt pat har han själv ännu inte informerats om det. Hon bär mycket ansvar hemma och sover dåligt."),
        ("Bedömning", "Hypertoni välbehandlad, 132/80. Sömnsvårigheter relaterade till anhörigbörda."),
        ("Planering", "Kontakt med anhörigkonsulent i kommunen förmedlad."),
    ], ("Birgitta Hallberg", L), signed=25)],
    must_not=["NL101"], why="A relative is the one not told about his own diagnosis")

C("onk-pat-informerad-barnen-vet-ej", "skane", "1979-11-19", "402", [
    N("SK_ONK_LUND", "2024-11-14T15:15", [
        ("Aktuellt", "Bröstcancerrecidiv i skelettet konstaterat på PET-DT."),
        ("Information", "Pat informerad om recidivet och att behandlingen nu är palliativ. Hon har inte berättat för barnen (10 och 14 år) ännu och vill göra det själv med stöd av kurator."),
        ("Planering", "Start med CDK4/6-hämmare och fulvestrant, denosumab."),
    ], ("Ingrid Mårtensson", L), signed=40)],
    must_not=["NL101"], why="Patient told; it is her children who do not know yet")

C("barn-diabetes-foraldrar-fatt-beskedet", "vgr", "2014-02-24", "315", [
    N("VGR_BARN_DSBS", "2024-09-19T12:20", [
        ("Aktuellt", "Törst, stora urinmängder och viktnedgång i 3 v."),
        ("Lab", "P-glukos 24, ketoner 2,8, pH 7,31, HbA1c 92."),
        ("Bedömning", "Typ 1-diabetes, lätt ketoacidos."),
        ("Information", "Föräldrarna har fått diagnosbeskedet idag och påbörjat utbildning med diabetessköterska. Pojken har fått information anpassad efter ålder."),
    ], ("Linda Gustafsson", L), signed=35, setting="slutenvård")],
    must_not=["NL101"], why="Child under 13: guardians told")

C("uro-blascancer-valinfomerad-stavfel", "skane", "1949-07-04", "171", [
    N("SK_URO_MAL", "2024-08-06T10:05", [
        ("Aktuellt", "Muskelinvasiv blåscancer, efter 3 kurer neoadjuvant cytostatika."),
        ("Bedömning", "Tolererat behandlingen väl. Planeras för cystektomi med Brickerblåsa."),
        ("Information", "Pat är välinfomerad om sin blåscancer och om operationen, har träffat stomiterapeut."),
    ], ("Christer Malmberg", L), signed=20)],
    must_not=["NL101"], why="Typo 'välinfomerad' still means told")

C("kir-ventrikelcancer-informerades-igar", "vgr", "1948-12-21", "356", [
    N("VGR_KIR_OSTRA", "2024-02-15T10:50", [
        ("Aktuellt", "Inneliggande för utredning av anemi."),
        ("Bedömning", "Ventrikelcancer i antrum enl PAD, staging-DT utan fjärrmetastaser."),
        ("Information", "Pat informerades igår av kirurg om diagnosen ventrikelcancer. Idag samtal med kurator och kontaktsjuksköterska."),
    ], ("Sven Augustsson", L), signed=30, setting="slutenvård")],
    must_not=["NL101"], why="Told the day before")

C("uro-njurcancer-informerad-ej-om-op-metod", "skane", "1968-01-17", "219", [
    N("SK_URO_HBG", "2024-04-09T13:15", [
        ("Aktuellt", "Njurcellscancer hö 5 cm, diagnosbesked gavs 2/4."),
        ("Bedömning", "cT1bN0M0. Partiell vs radikal nefrektomi diskuteras på MDK."),
        ("Information", "Ej informerad om vilken operationsmetod som blir aktuell, det beskedet ges efter MDK."),
    ], ("Niklas Bengtsson", L), signed=25)],
    must_not=["NL101"], why="Partially told, but the untold part is the surgical method")

C("onk-rektalcancer-stralstart-ej-meddelad", "vgr", "1970-10-24", "279", [
    N("VGR_ONK_SAS", "2024-06-14T09:25", [
        ("Aktuellt", "Pat känner till sin rektalcancer sedan besked 30/5 och är inställd på behandling."),
        ("Planering", "Kortidsstrålbehandling 5 x 5 Gy följt av kirurgi."),
        ("Information", "Tid för start av strålbehandling ännu ej meddelad till pat, dosplan-DT bokas först."),
    ], ("Lena Björk", L), signed=30)],
    must_not=["NL101"], why="Untold matter is a start date")

C("kir-ca-coli-uppfoljning-normal-dt-ej-meddelad", "skane", "1956-03-31", "411", [
    N("SK_KIR_HBG", "2024-10-24T14:45", [
        ("Aktuellt", "Uppföljning 2 år efter hö hemikolektomi för ca coli."),
        ("Röntgen", "DT thorax-buk: inga tecken till recidiv eller metastaser."),
        ("Lab", "CEA 1,4."),
        ("Information", "Pat ej meddelad om det normala svaret, jag ringer honom i morgon förmiddag."),
    ], ("Petra Axelsson", L), signed=20)],
    must_not=["NL101", "NL102"], why="Untold matter is a normal scan; ca coli is known history")

C("onh-pleomorft-adenom-pat-informerad", "vgr", "1980-09-03", "266", [
    N("VGR_ONH_SKOV", "2024-11-19T10:05", [
        ("Aktuellt", "Återbesök för cytologisvar, knöl vä parotis."),
        ("Resultat", "FNAC: pleomorft adenom."),
        ("Information", "Pat informerad om att det är en godartad tumör som bör opereras bort."),
        ("Planering", "Ytlig parotidektomi vä, op-anmäld."),
    ], ("Per Sandberg", L), signed=15)],
    must_not=["NL101", "NL102"], why="Benign tumour, patient informed")

C("inf-kand-hiv-ej-informerad-om-omatbar-virusmangd", "skane", "1984-05-14", "195", [
    N("SK_INF_MAL", "2024-09-09T16:40", [
        ("Aktuellt", "Känd HIV-infektion sedan 2015, pat väl förtrogen med diagnosen. Årskontroll."),
        ("Lab", "HIV-RNA <20 kopior/ml, CD4 780."),
        ("Information", "Ej informerad om att virusmängden var omätbar, svaret kom efter besöket – meddelas via 1177."),
    ], ("Cecilia Ljung", L), signed=25)],
    must_not=["NL101"], why="Known, told diagnosis; the untold thing is a good lab result")

C("kir-informerad-om-misstanke-ca-coli", "vgr", "1949-08-02", "231", [
    N("VGR_KIR_SAS", "2024-07-11T11:10", [
        ("Aktuellt", "Blod i avföringen och ändrade avföringsvanor sedan 2 mån."),
        ("Status", "Rektoskopi: ingen tumör inom räckhåll."),
        ("Bedömning", "Misstanke om ca coli, handläggs inom SVF."),
        ("Information", "Pat informerad om misstanken om ca coli och att koloskopi planeras nästa vecka."),
    ], ("Mattias Roos", L), signed=30)],
    must=["NL102"], must_not=["NL101"], why="Told about the suspicion: NL101 silent, NL102 fires")

C("onh-tonsillektomi-vantetid-ej-informerad", "skane", "1998-03-22", "228", [
    N("SK_ONH_LUND", "2024-01-31T11:40", [
        ("Aktuellt", "Recidiverande tonsillit, 6 episoder senaste året, varav två med peritonsillit."),
        ("Bedömning", "Indikation för tonsillektomi föreligger."),
        ("Åtgärd", "Op-anmäld för tonsillektomi. Pat ännu ej informerad om väntetiden, som beräknas till ca 4 mån."),
    ], ("Björn Ekström", L), signed=None)],
    must_not=["NL101"], why="Untold matter is a waiting time for a planned operation (draft)")

C("barn-pyelonefrit-mamma-informerad-telefon", "skane", "2020-03-09", "208", [
    N("SK_BARN_LUND", "2024-06-07T13:05", [
        ("Kontaktorsak", "Svar på urinodling efter akutbesök 4/6."),
        ("Resultat", "Urinodling: E. coli >100 000, resistent mot ceftibuten."),
        ("Bedömning", "Pyelonefrit hos 4-åring, byte av antibiotika behövs."),
        ("Åtgärd", "Mamma informerad per telefon om odlingssvaret, recept på trimetoprim-sulfa skickat."),
    ], ("Linnea Ström", L), tpl="Telefonanteckning", signed=10)],
    must_not=["NL101"], why="Guardian told by phone")

C("inf-klamydia-informerad-partner-vet-ej", "vgr", "2002-11-12", "228", [
    N("VGR_STI_SU", "2024-03-04T15:30", [
        ("Kontaktorsak", "Besked om provsvar."),
        ("Resultat", "Klamydia-PCR från vaginalprov positivt."),
        ("Information", "Pat informerad per telefon om klamydiainfektionen. Hon har ännu inte berättat för sin partner och vill ha hjälp med smittspårningen."),
        ("Åtgärd", "Doxycyklin förskrivet, smittspårningssamtal bokat 6/3."),
    ], ("Ulrika Bergman", SSK), tpl="Telefonanteckning", signed=15)],
    must_not=["NL101"], why="Patient told; her partner does not know")

C("kir-ca-mammae-information-sist-informerad", "skane", "1966-06-26", "386", [
    N("SK_KIR_KRI", "2024-12-03T10:35", [
        ("Aktuellt", "Återbesök efter trippeldiagnostik."),
        ("Resultat", "Mellannålsbiopsi: invasiv lobulär cancer vä bröst, ER+, HER2-."),
        ("Bedömning", "Ca mammae vä, T1N0, primär operation planeras."),
        ("Information", "Pat informerad om diagnosen av mig idag, kontaktsjuksköterska närvarande. Skriftlig information medgiven."),
    ], ("Emma Lindgren", L), signed=30)],
    must_not=["NL101", "NL102"], why="Told, stated in the last section after the diagnosis")

C("ogon-koroidalt-nevus-fatt-besked", "skane", "1970-09-08", "264", [
    N("SK_OGON_LUND", "2024-05-23T09:50", [
        ("Aktuellt", "Uppföljning av pigmenterad förändring i vä ögonbotten."),
        ("Status", "Vä: platt, 3 mm pigmenterad koroidal förändring med drusen, ingen subretinal vätska, oförändrad sedan foto 2022."),
        ("Bedömning", "Koroidalt nevus vä, inga riskfaktorer för malign omvandling."),
        ("Information", "Pat har fått besked om att det rör sig om ett godartat nevus."),
    ], ("Jonas Friberg", L), signed=20)],
    must_not=["NL101", "NL102"], why="'har fått besked' = told")

C("uro-tidigare-ej-informerad-nu-besked", "vgr", "1954-12-09", "093", [
    N("VGR_URO_SKOV", "2024-06-19T11:30", [
        ("Aktuellt", "Vid förra besöket 10/6 var pat ej informerad om PAD eftersom svaret inte var klart."),
        ("Resultat", "PAD: prostatacancer Gleason 4+4=8, högrisk."),
        ("Information", "Diagnosbesked givet idag, pat och dottern närvarande. Skelettscint och PSMA-PET beställt."),
    ], ("Karin Öhman", L), signed=25)],
    must_not=["NL101"], why="The 'ej informerad' is historical and resolved by today's besked")

C("onk-pat-vill-ej-veta-prognos", "vgr", "1950-11-26", "377", [
    N("VGR_ONK_SU", "2024-08-28T14:50", [
        ("Aktuellt", "Metastaserad pankreascancer, informerad om diagnosen i juli, går på gemcitabin/nab-paklitaxel."),
        ("Information", "Pat önskar inte veta förväntad överlevnad och har därför ej informerats om prognos i månader. Hustrun har fått den informationen med pats medgivande."),
    ], ("Marcus Forsberg", L), signed=20)],
    must_not=["NL101"], why="Untold matter is the prognosis; the diagnosis was told")

C("barn-absensepilepsi-vardnadshavare-informerade", "skane", "2016-07-18", "179", [
    N("SK_BARN_HBG", "2024-04-17T14:05", [
        ("Aktuellt", "Återbesök efter EEG och MR hjärna pga upprepade korta frånvaroattacker i skolan."),
        ("Resultat", "EEG: generaliserade 3 Hz spike-wave-urladdningar vid hyperventilation. MR hjärna normal."),
        ("Bedömning", "Barnabsensepilepsi."),
        ("Information", "Båda vårdnadshavarna informerade om diagnosen och behandlingen. Etosuximid insätts."),
    ], ("Malin Åkesson", L), signed=40)],
    must_not=["NL101"], why="Child under 13, both guardians informed")
# ---------------------------------------------------------------------------
# Output and validation
# ---------------------------------------------------------------------------

TOP_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
PATIENT_KEYS = ["id", "birth_date", "protected_identity"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def _age(birth, when):
    b = _dt.date.fromisoformat(birth)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def _luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return total % 10 == 0


def build():
    problems = []
    lines = []
    names = set()
    sentences = {}
    for c in CASES:
        name = c["case"]
        if name in names:
            problems.append("duplicate case name %s" % name)
        names.add(name)
        if list(c.keys()) != TOP_KEYS:
            problems.append("%s: top keys %s" % (name, list(c.keys())))
        if c["ruleset"] not in ("vgr", "skane"):
            problems.append("%s: bad ruleset" % name)
        if not c["why"].strip():
            problems.append("%s: empty why" % name)
        rec = c["record"]
        if list(rec.keys()) != RECORD_KEYS:
            problems.append("%s: record keys" % name)
        pat = rec["patient"]
        if list(pat.keys()) != PATIENT_KEYS:
            problems.append("%s: patient keys" % name)
        pid, birth = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            problems.append("%s: personnummer format %s" % (name, pid))
        else:
            if pid[:8] != birth.replace("-", ""):
                problems.append("%s: personnummer does not match birth_date" % name)
            if not _luhn_ok(pid[2:8] + pid[9:]):
                problems.append("%s: personnummer Luhn fails %s" % (name, pid))
        try:
            _dt.date.fromisoformat(birth)
        except ValueError:
            problems.append("%s: bad birth_date" % name)
        if not rec["as_of"].startswith("2024-"):
            problems.append("%s: as_of not in 2024" % name)
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                problems.append("%s: %s not empty" % (name, k))
        note_sys = {}
        as_of = _dt.datetime.fromisoformat(rec["as_of"])
        for n in rec["notes"]:
            ukey = n.pop("_unit_key")
            if list(n.keys()) != NOTE_KEYS:
                problems.append("%s: note keys %s" % (name, list(n.keys())))
            if n["id"] in note_sys:
                problems.append("%s: duplicate note id" % name)
            note_sys[n["id"]] = n["system"]
            region = UNITS[ukey][2]
            if region != c["ruleset"]:
                problems.append("%s: unit %s belongs to %s" % (name, ukey, region))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR note not Melior" % name)
            if n["system"] not in ("Melior", "PMO"):
                problems.append("%s: bad system" % name)
            t = _dt.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                problems.append("%s: note time not in 2024" % name)
            if t > as_of:
                problems.append("%s: note after as_of" % name)
            if n["signed"] is not None:
                s = _dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    problems.append("%s: bad signed time" % name)
            age = _age(birth, t.date())
            if 13 <= age <= 15 or age < 0:
                problems.append("%s: patient age %d at note time" % (name, age))
            if not n["sections"]:
                problems.append("%s: note without sections" % name)
            for sec in n["sections"]:
                if list(sec.keys()) != ["keyword", "text"]:
                    problems.append("%s: section keys" % name)
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        sentences.setdefault(sent, []).append(name)
        if not c["must"] and not c["must_not"]:
            problems.append("%s: asserts nothing" % name)
        seen = set()
        for kind in ("must", "must_not"):
            for tgt in c[kind]:
                if not (isinstance(tgt, list) and len(tgt) == 2):
                    problems.append("%s: bad target %r" % (name, tgt))
                    continue
                code, nid = tgt
                if code not in CODES:
                    problems.append("%s: unexpected code %s" % (name, code))
                if nid not in note_sys:
                    problems.append("%s: target note %s missing" % (name, nid))
                    continue
                if (code, nid) in seen:
                    problems.append("%s: %s on %s asserted twice" % (name, code, nid))
                seen.add((code, nid))
                if code == "NL102" and kind == "must" and note_sys[nid] != "Melior":
                    problems.append("%s: NL102 must on non-Melior note" % name)
                if code == "NL101" and note_sys[nid] != "Melior":
                    problems.append("%s: NL101 asserted on PMO note" % name)
        lines.append(json.dumps(c, ensure_ascii=False))
    for sent, where in sentences.items():
        if len(where) > 1:
            problems.append("sentence repeated in %s: %s" % (sorted(set(where)), sent))
    return lines, problems


def main():
    lines, problems = build()
    with open(OUT, "w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(line + "\n")
    # re-read and check the written file parses back to the same number of cases
    with open(OUT, encoding="utf-8") as fh:
        back = [json.loads(x) for x in fh if x.strip()]
    if len(back) != len(CASES):
        problems.append("written file has %d cases, expected %d" % (len(back), len(CASES)))
    stats = {}
    regions = {}
    systems = {}
    drafts = 0
    for c in back:
        regions[c["ruleset"]] = regions.get(c["ruleset"], 0) + 1
        for n in c["record"]["notes"]:
            systems[n["system"]] = systems.get(n["system"], 0) + 1
            if n["signed"] is None:
                drafts += 1
        for kind in ("must", "must_not"):
            for code, _nid in c[kind]:
                stats[(code, kind)] = stats.get((code, kind), 0) + 1
    print("cases: %d  regions: %s  note systems: %s  drafts: %d" % (len(back), regions, systems, drafts))
    for code in sorted(CODES):
        print("%s  must %d  must_not %d" % (code, stats.get((code, "must"), 0), stats.get((code, "must_not"), 0)))
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    print("OK:", OUT)


if __name__ == "__main__":
    main()
