#!/usr/bin/env python3
"""heldout35 -- independent NL101/NL102 test cases.

Theme: a pool of tersely writing hospital and primary-care physicians during
October 2024 (on-call notes, short telephone notes, discharge summaries,
consultation answers; medicine, surgery, psychiatry, primary care).
Standard library only, deterministic.  Writes cases.jsonl next to itself and
exits 1 on any validation problem.
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "nl1_heldout35_cases.jsonl"

# ---------------------------------------------------------------- units
SK = "SE2321000255-"
VG = "SE2321000131-"
UNITS = {
    # Region Skåne, Melior (hospital)
    "sus_m_medakut": ("Medicinsk akutvårdsavdelning, Skånes universitetssjukhus Malmö", SK + "M4A7"),
    "hbg_med": ("Medicinkliniken, Helsingborgs lasarett", SK + "H2M1"),
    "ystad_med": ("Medicinavdelning 3, Lasarettet i Ystad", SK + "Y3MD"),
    "sus_l_kard": ("Kardiologiska kliniken, Skånes universitetssjukhus Lund", SK + "L7K2"),
    "sus_m_inf": ("Infektionskliniken, Skånes universitetssjukhus Malmö", SK + "M9IF"),
    "sus_l_lung": ("Lungmedicinska mottagningen, Skånes universitetssjukhus Lund", SK + "L1LU"),
    "sus_l_njur": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", SK + "L5NJ"),
    "tbg_ger": ("Geriatriska kliniken, Lasarettet Trelleborg", SK + "T2GR"),
    "hbg_neuro": ("Neurologiska kliniken, Helsingborgs lasarett", SK + "H6NE"),
    "sus_l_neuro": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", SK + "L8NR"),
    "sus_m_kir": ("Kirurgiska akutmottagningen, Skånes universitetssjukhus Malmö", SK + "M2KA"),
    "csk_kir": ("Kirurgiska kliniken, Centralsjukhuset Kristianstad", SK + "K4KI"),
    "hlm_ort": ("Ortopedmottagningen, Hässleholms sjukhus", SK + "HL3O"),
    "csk_ort": ("Ortopedkliniken, Centralsjukhuset Kristianstad", SK + "K7OR"),
    "sus_m_karl": ("Kärlkirurgiska kliniken, Skånes universitetssjukhus Malmö", SK + "M6VK"),
    "hbg_kir": ("Kirurgkliniken, Helsingborgs lasarett", SK + "H9KR"),
    "sus_l_kvinno": ("Kvinnokliniken, Skånes universitetssjukhus Lund", SK + "L2KV"),
    "psyk_m_akut": ("Psykiatriska akutmottagningen, Psykiatri Skåne Malmö", SK + "P1AK"),
    "psyk_l_mott": ("Allmänpsykiatrisk mottagning Lund, Psykiatri Skåne", SK + "P4LU"),
    "psyk_m_ber": ("Beroendecentrum Malmö, Psykiatri Skåne", SK + "P7BC"),
    "psyk_hbg_avd": ("Psykiatrisk avdelning 51, Helsingborgs lasarett", SK + "P5HB"),
    "bup_hbg": ("BUP-mottagningen Helsingborg", SK + "B2HB"),
    "sus_l_barnakut": ("Barnakuten, Skånes universitetssjukhus Lund", SK + "L3BA"),
    "sus_l_onk": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", SK + "L6ON"),
    "sus_m_gastro": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "M3GE"),
    "sus_l_hud": ("Hudkliniken, Skånes universitetssjukhus Lund", SK + "L4HU"),
    "landskrona_med": ("Medicinmottagningen, Landskrona lasarett", SK + "LK1M"),
    "angelholm_ger": ("Geriatriska avdelningen, Ängelholms sjukhus", SK + "AE2G"),
    "sus_m_uro": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", SK + "M8UR"),
    "sus_m_endo": ("Endokrinologmottagningen, Skånes universitetssjukhus Malmö", SK + "M5EN"),
    "sus_l_hemat": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", SK + "L9HE"),
    "sus_l_genetik": ("Klinisk genetik och patologi, Skånes universitetssjukhus Lund", SK + "L0GN"),
    # Region Skåne, PMO (primary care)
    "vc_linero": ("Vårdcentralen Linero, Lund", SK + "V1LI"),
    "vc_tomelilla": ("Vårdcentralen Tomelilla", SK + "V2TO"),
    "vc_hoor_bvc": ("BVC, Vårdcentralen Höör", SK + "V3HB"),
    "um_malmo": ("Ungdomsmottagningen Malmö Centrum", SK + "U1MC"),
    "vc_sjobo": ("Vårdcentralen Sjöbo, hemsjukvårdsläkare", SK + "V4SJ"),
    "vc_husensjo": ("Vårdcentralen Husensjö, Helsingborg", SK + "V5HU"),
    "vc_eslov": ("Vårdcentralen Eslöv", SK + "V6ES"),
    "vc_lomma": ("Vårdcentralen Lomma", SK + "V7LO"),
    "vc_simrishamn": ("Vårdcentralen Simrishamn", SK + "V8SI"),
    "vc_rosengard": ("Vårdcentralen Rosengård, Malmö", SK + "V9RO"),
    # Västra Götalandsregionen, Melior
    "su_akut": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG + "SA1K"),
    "su_ostra_inf": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", VG + "OI4F"),
    "su_molndal_ort": ("Ortopedkliniken, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "MO2R"),
    "su_hemat": ("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", VG + "SH7M"),
    "su_endo": ("Endokrinologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "SE3N"),
    "su_gastro": ("Gastroenterologi och hepatologi, Sahlgrenska Universitetssjukhuset", VG + "SG5H"),
    "su_reuma": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "MR6E"),
    "su_onh": ("Öron-, näs- och halsmottagningen, Sahlgrenska Universitetssjukhuset", VG + "SO8N"),
    "su_uro": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "SU2R"),
    "su_affektiva": ("Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset", VG + "PA3F"),
    "su_konsultpsyk": ("Konsultationspsykiatrin, Sahlgrenska Universitetssjukhuset", VG + "PK9S"),
    "su_beroende": ("Beroendekliniken, Sahlgrenska Universitetssjukhuset", VG + "PB1R"),
    "su_lung": ("Lungmedicinska kliniken, Sahlgrenska Universitetssjukhuset", VG + "SL4G"),
    "su_onk": ("Jubileumskliniken, onkologi, Sahlgrenska Universitetssjukhuset", VG + "JK5O"),
    "su_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "SN6R"),
    "su_dsbus": ("Akutmottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "DS2A"),
    "su_derm": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", VG + "SD7H"),
    "su_kk": ("Kvinnosjukvård, Sahlgrenska Universitetssjukhuset/Östra", VG + "OK8V"),
    "su_kard_ostra": ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "OK3D"),
    "sas_med": ("Medicinkliniken, Södra Älvsborgs Sjukhus Borås", VG + "BM1D"),
    "sas_psyk": ("Vuxenpsykiatrisk mottagning, Södra Älvsborgs Sjukhus Borås", VG + "BP4S"),
    "skas_kir": ("Kirurgkliniken, Skaraborgs Sjukhus Skövde", VG + "SK2K"),
    "skas_stroke": ("Strokeenheten, Skaraborgs Sjukhus Skövde", VG + "SK7S"),
    "skas_ort": ("Ortopedkliniken, Skaraborgs Sjukhus Lidköping", VG + "LI3O"),
    "nu_psykakut": ("Psykiatriska akutmottagningen, NU-sjukvården NÄL", VG + "NP5A"),
    "nu_kir": ("Kirurgmottagningen, NU-sjukvården NÄL Trollhättan", VG + "NK6M"),
    "nu_med": ("Medicinkliniken, NU-sjukvården Uddevalla sjukhus", VG + "NM8U"),
    "kungalv_med": ("Medicinmottagningen, Kungälvs sjukhus", VG + "KU1M"),
    "alingsas_med": ("Medicinkliniken, Alingsås lasarett", VG + "AL2M"),
    "alingsas_ger": ("Geriatriska avdelningen, Alingsås lasarett", VG + "AL6G"),
    "angered_med": ("Medicinmottagningen, Angereds Närsjukhus", VG + "AN4M"),
}

PMO_UNITS = {k for k in UNITS if k.startswith(("vc_", "um_"))}

# ---------------------------------------------------------------- authors
L = "läkare"
S = "sjuksköterska"
AUTH = {
    "lindqvist": ("Erik Lindqvist", L), "bengtsson": ("Anna Bengtsson", L),
    "ohlsson": ("Jonas Ohlsson", L), "nilsson_m": ("Maria Nilsson", L),
    "hadzic": ("Amir Hadžić", L), "persson_k": ("Karin Persson", L),
    "sandberg": ("Johan Sandberg", L), "rahimi": ("Leila Rahimi", L),
    "wallin": ("Petra Wallin", L), "ekstrom": ("Mats Ekström", L),
    "jonsson_s": ("Sara Jönsson", L), "holm": ("Fredrik Holm", L),
    "kowalski": ("Tomasz Kowalski", L), "larsson_i": ("Ingrid Larsson", L),
    "berg": ("David Berg", L), "akesson": ("Emma Åkesson", L),
    "mansson": ("Ola Månsson", L), "nguyen": ("Linh Nguyen", L),
    "dahl": ("Henrik Dahl", L), "sjoberg": ("Ulrika Sjöberg", L),
    "andersson_p": ("Per Andersson", L), "karlsson_l": ("Lena Karlsson", L),
    "alsaadi": ("Yasmin Al-Saadi", L), "gustafsson": ("Nils Gustafsson", L),
    "lund": ("Helena Lund", L), "eriksson_b": ("Björn Eriksson", L),
    "fredriksson": ("Camilla Fredriksson", L), "svensson_a": ("Axel Svensson", L),
    "mahmoud": ("Omar Mahmoud", L), "strom": ("Therese Ström", L),
    "lindgren": ("Gustav Lindgren", L), "hansson": ("Elin Hansson", L),
    "olofsson": ("Rickard Olofsson", L), "petersen": ("Mette Petersen", L),
    "jakobsson": ("Viktor Jakobsson", L), "ali": ("Hassan Ali", L),
    "blom": ("Sofia Blom", L), "wikstrom": ("Anders Wikström", L),
    "ssk_nord": ("Jenny Nord", S), "ssk_falk": ("Marcus Falk", S),
    "ssk_ivarsson": ("Louise Ivarsson", S),
}

# ---------------------------------------------------------------- helpers
CASES = []


def luhn_check_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    y, m, d = birth.split("-")
    return f"{y}{m}{d}-{serial}{luhn_check_digit(y[2:] + m + d + serial)}"


def N(nid, system, template, unit, author, time, signed, setting, *sections):
    """time 'YYYY-MM-DD HH:MM'; signed = minutes after time, or None (draft)."""
    t = dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    s = None if signed is None else (t + dt.timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S")
    name, hsa = UNITS[unit]
    aname, role = AUTH[author]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": aname, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:%S"), "signed": s, "setting": setting,
        "refs": [], "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def C(name, ruleset, birth, serial, notes, must=(), must_not=(), why="",
      as_of="2024-11-01T00:00:00"):
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of, "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why,
    })


M, P = "Melior", "PMO"
OV, SV = "öppenvård", "slutenvård"
N2_1 = [("NL102", "n1")]
NOT1 = [("NL101", "n1")]
BOTH_NOT = [("NL101", "n1"), ("NL102", "n1")]

# ================================================================ CASES
# ---------------------------------------------------------------- A: medicine, hedged dx visible (NL102 must)
C("med-jour-trol-pneumoni-ho-basalt", "skane", "1953-04-11", "238",
  [N("n1", M, "Jouranteckning", "sus_m_medakut", "lindqvist", "2024-10-02 03:12", 41, SV,
     ("Aktuellt", "Inkommer 02.40 m ambulans pga dyspné sedan igår kväll, tilltagande. Hosta m gulgrönt sputum. Temp 38,6 i ambulansen."),
     ("Status", "AT: Påverkad, takypné AF 28. Sat 89% på luft, 95% på 2 l O2. Cor: oregelb rytm, inga bi-ljud. Pulm: rassel hö bas, nedsatta andningsljud hö basalt. BT 105/60."),
     ("Bedömning", "Trol. pneumoni hö basalt, CRB-65 2 p. Startar bensyl-PC 3 g x 3 iv. Rtg pulm i morgon bitti."))],
  must=N2_1, why="'Trol.' before pneumoni in the Bedömning of a visible Melior on-call note.")

C("med-tel-misst-dvt-efter-flygresa", "vgr", "1966-08-30", "124",
  [N("n1", M, "Telefonanteckning", "kungalv_med", "bengtsson", "2024-10-02 10:05", 6, OV,
     ("Telefonkontakt", "Ringer om svullet vä ben sedan 3 d, ömt i vaden. Flög hem från Bangkok förra veckan. Ingen dyspné, ingen bröstsmärta."),
     ("Bedömning", "Misst. DVT vä. Tid på akuten idag kl 13 för D-dimer, UL v.b."))],
  must=N2_1, why="Abbreviated 'Misst. DVT' in a two-line VGR telephone note is a visible hedged diagnosis.")

C("kard-konsult-bild-som-vid-aortastenos", "skane", "1942-01-19", "402",
  [N("n1", M, "Konsultationssvar", "sus_l_kard", "ohlsson", "2024-10-02 14:30", 25, SV,
     ("Konsultationssvar", "Ombedd bedöma pat inför höftop pga nytillkommet blåsljud. 82-årig kvinna, fall i hemmet, collumfraktur vä. Ingen tidigare känd hjärtsjd. Auskultatoriskt 3/6 systoliskt blåsljud p.m. 2 dx, fortlett till karotiderna. EKG: SR 78, vä-kammarhypertrofi. Bild som vid aortastenos, sannolikt av betydande grad. Eko idag em, opereras ej innan svar."))],
  must=N2_1, why="'Bild som vid aortastenos' in a cardiology consultation answer is a hedged diagnosis in a visible note.")

C("med-epikris-synkope-av-block-kan-ej-uteslutas", "vgr", "1957-03-02", "217",
  [N("n1", M, "Epikris", "sas_med", "nilsson_m", "2024-10-11 13:40", 95, SV,
     ("Epikris", "67-årig man med DM typ 2 och hypertoni, inlagd 7/10–11/10 pga svimning i hemmet. Tele under vårdtiden: korta episoder av AV-block II Mobitz typ 1 nattetid, i övrigt SR. TnT ua x 2. Eko: normal EF, inga klaffel. Synkopen kan röra sig om en reflexsynkope men intermittent högre gradigt AV-block kan inte uteslutas. Långtids-EKG 7 d beställt."),
     ("Läkemedel", "Metoprolol utsatt. Övrigt oförändrat enl. läkemedelslistan."),
     ("Uppföljning", "Återbesök kardiologmott efter registreringen, brev skickas hem."))],
  must=N2_1, why="Discharge summary: 'kan röra sig om' and 'kan inte uteslutas' put two candidate diagnoses of the patient in visible text.")

C("inf-malaria-tills-motsatsen-bevisad", "skane", "1990-05-27", "519",
  [N("n1", M, "Läkaranteckning", "sus_m_inf", "hadzic", "2024-10-03 16:20", 30, SV,
     ("Anamnes", "Hemkommen från Ghana för 9 dgr sedan, besökte släkt. Ingen malariaprofylax. Feber upp till 40 sedan 3 d, frossa, huvudvärk, muskelvärk."),
     ("Status", "Opåverkad mellan frossbrytningarna. Sklerae vita. Mjälten palp 2 cm under arcus."),
     ("Bedömning", "Malaria tills motsatsen bevisad. Snabbtest + direktmikroskopi akut, svar inom 1 h. Inlagd på inf avd 3 i väntan."))],
  must=N2_1, why="'Malaria tills motsatsen bevisad' is a working hypothesis, an uncertain diagnosis in a visible section.")

C("stroke-jour-fragetecken-efter-diagnos", "vgr", "1948-06-14", "360",
  [N("n1", M, "Jouranteckning", "skas_stroke", "persson_k", "2024-10-03 22:15", 70, SV,
     ("Aktuellt", "Kl 21.30 akut dysartri och hö-sidig facialispares enl maken, larmade direkt."),
     ("Status", "NIHSS 4. Central facialispares hö, lätt dysartri, drift hö arm."),
     ("Bedömning", "Ischemisk stroke vä hemisfär? DT hjärna + DT-angio utan blödning eller ocklusion. Trombolys given 22.48 efter samråd med bakjour."))],
  must=N2_1, why="A question mark after the diagnosis ('Ischemisk stroke vä hemisfär?') marks it as uncertain.")

C("med-jour-delirium-typo-misstakt-uvi", "skane", "1936-02-08", "286",
  [N("n1", M, "Jouranteckning", "ystad_med", "sandberg", "2024-10-04 01:25", None, SV,
     ("Aktuellt", "Kallad av ssk kl 01 pga ny förvirring, plockig, drar i PVK:n. Var klar och adekvat igår enl. dagpersonalen."),
     ("Status", "Orienterad till person, ej tid/rum. Temp 37,9. Buk mjuk, ömmar suprapubiskt. Blåsscan 650 ml."),
     ("Bedömning", "Delirium, sannolikt utlöst av urinretention. Misstäkt UVI. KAD satt, 700 ml ut. U-odl tagen, avvaktar ab."))],
  must=N2_1, why="Typo 'Misstäkt' (misstänkt) before UVI in an unsigned on-call draft still hedges a diagnosis.")

C("gastro-konsult-forenligt-med-pbc", "vgr", "1979-11-23", "148",
  [N("n1", M, "Konsultationssvar", "su_gastro", "rahimi", "2024-10-04 11:10", 15, OV,
     ("Frågeställning", "Från kirurgen: förhöjda leverprover, kolestatisk bild, gallsten?"),
     ("Konsultationssvar", "ALP 4,2, ALAT 1,1, bilirubin normalt. UL lever: ingen gallvägsdilatation, inga konkrement. AMA positiv i hög titer. Förenligt med primär biliär kolangit. Start Ursofalk 15 mg/kg. Uppföljning gastromott 3 mån."))],
  must=N2_1, why="'Förenligt med primär biliär kolangit' in a visible consultation answer is a hedged diagnosis.")

C("lung-tel-sannolik-kol-exacerbation", "skane", "1961-07-09", "473",
  [N("n1", M, "Telefonanteckning", "sus_l_lung", "wallin", "2024-10-04 09:40", 4, OV,
     ("Telefonkontakt", "Pat ringer själv, ökad andfåddhet sista veckan, hostar mer, sputum oförändrat vitt. Ingen feber."),
     ("Bedömning", "Sannolik KOL-exacerbation. Prednisolon 25 mg x 1 i 5 d via e-recept. Hör av sig om ej bättre på måndag."))],
  must=N2_1, why="'Sannolik KOL-exacerbation' in a short telephone note.")

C("hemat-pancytopeni-dd-mds", "vgr", "1965-01-31", "395",
  [N("n1", M, "Läkaranteckning", "su_hemat", "ekstrom", "2024-10-07 10:30", None, OV,
     ("Aktuellt", "Remiss från VC pga Hb 98, LPK 2,1, TPK 85. Trött sedan i somras, viktnedgång 4 kg. Inga infektioner."),
     ("Status", "Blek. Inga palpabla lgl. Lever och mjälte ej palp."),
     ("Bedömning", "Pancytopeni, oklar genes. DD MDS, B12-brist, hypersplenism. Benmärgsprov bokat 14/10, B12 och folat tas idag."))],
  must=N2_1, why="'DD MDS' lists a differential diagnosis of the patient in the visible Bedömning.")

C("geri-epikris-inger-misstanke-om-alzheimer", "skane", "1933-09-15", "648",
  [N("n1", M, "Epikris", "tbg_ger", "jonsson_s", "2024-10-07 14:05", 120, SV,
     ("Epikris", "Inlagd via akuten efter fall i hemmet, ingen fraktur. Under vårdtiden tilltagande glömska, svårt att hitta till rummet, MMSE 19/30. Dottern beskriver smygande försämring sedan ett år. DT hjärna: måttlig central och kortikal atrofi. Den kognitiva bilden inger misstanke om Alzheimers sjukdom. Remiss minnesmottagningen skickad."),
     ("Åtgärd", "Utskrivs till korttidsboende, hemtjänst utökad."))],
  must=N2_1, why="'inger misstanke om Alzheimers sjukdom' in a visible geriatric discharge summary.")

C("med-jour-talar-for-nstemi", "vgr", "1972-12-03", "276",
  [N("n1", M, "Jouranteckning", "nu_med", "holm", "2024-10-05 23:50", 35, SV,
     ("Aktuellt", "Bröstsmärta sedan 2 h, tryckande, strålar ut i vä arm, kallsvettig. Rökare 20 cig/d."),
     ("Lab", "hsTnT 48 → 112 ng/l på 3 h."),
     ("Bedömning", "EKG med ST-sänkning V4–V6 och troponindynamik talar för NSTEMI. Ticagrelor 180 mg, Fragmin. Anmäld för PCI på SU i morgon."))],
  must=N2_1, why="'talar för NSTEMI' is a hedged diagnostic conclusion in a visible on-call note.")

C("njur-mojlig-glomerulonefrit-sle", "skane", "1977-04-20", "581",
  [N("n1", M, "Läkaranteckning", "sus_l_njur", "kowalski", "2024-10-08 13:15", 45, OV,
     ("Aktuellt", "Nyremitterad, kreatinin stigande 95 → 160 på ett år, proteinuri 2 g/d, mikroskopisk hematuri. Ledvärk i händerna, fotosensitivitet."),
     ("Bedömning", "Möjlig glomerulonefrit, SLE-nefrit främst bland differentialdiagnoserna. ANA, anti-dsDNA, komplement skickat."),
     ("Planering", "Njurbiopsi v. 44, pat får kallelse."))],
  must=N2_1, why="'Möjlig glomerulonefrit' and 'differentialdiagnoserna' in the visible assessment.")

C("inf-tel-saureus-susp-spondylodiskit", "vgr", "1995-02-17", "453",
  [N("n1", M, "Telefonanteckning", "su_ostra_inf", "larsson_i", "2024-10-08 08:20", 12, OV,
     ("Telefonkontakt", "Blododling från igår: S. aureus 2/2 flaskor. Pat nådd på mobil, fortsatt feber 39, värk i ländryggen sedan en vecka."),
     ("Bedömning", "S. aureus-bakteriemi. Susp spondylodiskit. Kommer in via akuten för inläggning, MR ländrygg ordnas."))],
  must=N2_1, why="'Susp spondylodiskit' without a dot is a hedged diagnosis in a short telephone note.")

C("med-jour-le-kan-ej-uteslutas-efter-gips", "skane", "1986-10-01", "137",
  [N("n1", M, "Jouranteckning", "hbg_med", "berg", "2024-10-06 02:40", 50, SV,
     ("Aktuellt", "Hugger i hö sida vid inandning sedan igår, lätt andfådd. Gipsbehandlad vä fotled sedan 3 v."),
     ("Status", "Sat 94%, puls 104, AF 20. Pulm: ua bilat."),
     ("Bedömning", "Wells 4,5. LE kan ej uteslutas. Fragmin 200 E/kg sc nu, DT-angio lungor i morgon kl 08."))],
  must=N2_1, why="'LE kan ej uteslutas' keeps pulmonary embolism open as a possible diagnosis.")

C("reuma-typo-fragestallnig-temporalisarterit", "vgr", "1952-05-05", "620",
  [N("n1", M, "Läkaranteckning", "su_reuma", "akesson", "2024-10-08 15:00", 30, OV,
     ("Aktuellt", "Huvudvärk temporalt bilat sedan 3 v, tuggclaudicatio, ömmar vid hårkamning. SR 78, CRP 45."),
     ("Bedömning", "Frågeställnig temporalisarteriit. Prednisolon 40 mg från idag."),
     ("Planering", "UL temporalisartärer i morgon, temporalisbiopsi om oklart."))],
  must=N2_1, why="Typo 'Frågeställnig' (frågeställning): 'Frågeställnig temporalisarteriit' frames the diagnosis as an open question in a visible note.")

C("neuro-konsult-stark-misstanke-myelit", "skane", "1998-03-12", "246",
  [N("n1", M, "Konsultationssvar", "hbg_neuro", "mansson", "2024-10-09 11:45", 20, SV,
     ("Konsultationssvar", "Ombedd se pat p.g.a. stickningar i båda benen sedan 5 d och urinträngningar. Status: hyperreflexi UE bilat, Babinski pos hö, sensibilitetsnivå ca Th10. Stark misstanke om transversell myelit. MR rygg + hjärna akut, LP efter MR. Neuro tar över."))],
  must=N2_1, why="'Stark misstanke om transversell myelit' is still an unconfirmed diagnosis in visible text.")

C("med-jour-typo-sannolkit-ovre-gi-blodning", "vgr", "1944-07-28", "358",
  [N("n1", M, "Jouranteckning", "alingsas_med", "nguyen", "2024-10-09 04:10", 55, SV,
     ("Aktuellt", "Svart avföring x 3 sedan i går kväll, yrsel vid uppresning. Står på Eliquis + ASA."),
     ("Status", "Blek, puls 108, BT 98/60. PR: melena."),
     ("Lab", "Hb 82 (128 i aug)."),
     ("Bedömning", "Sannolkit övre GI-blödning, ulcus? Eliquis pausas. Pantoloc iv, 2 E erytrocyter. Gastroskopi i morgon, tidigare om instabil."))],
  must=N2_1, why="Typo 'Sannolkit' (sannolikt) plus 'ulcus?' hedge the bleeding source diagnosis in a visible on-call note.")

C("kard-epikris-arbetsdiagnos-endokardit", "skane", "1955-11-11", "563",
  [N("n1", M, "Epikris", "sus_l_kard", "dahl", "2024-10-10 12:30", 80, SV,
     ("Epikris", "Inkom med feber sedan 2 v och nytt blåsljud. Två positiva blododlingar med Streptococcus mitis. TTE utan säker vegetation. Arbetsdiagnos endokardit i väntan på TEE 21/10."),
     ("Åtgärd", "Fortsätter bensyl-PC iv via OPAT-teamet hemma."))],
  must=N2_1, why="'Arbetsdiagnos endokardit i väntan på TEE' is a provisional, unconfirmed diagnosis.")

C("endo-prel-graves", "vgr", "1991-09-06", "182",
  [N("n1", M, "Läkaranteckning", "su_endo", "sjoberg", "2024-10-10 09:15", 25, OV,
     ("Aktuellt", "Hjärtklappning, viktnedgång 6 kg, darrighet, grusig känsla i ögonen."),
     ("Lab", "TSH < 0,01, fritt T4 48."),
     ("Bedömning", "Prel. Graves sjukdom, TRAK skickat. Tiamazol 20 mg x 1, propranolol 40 mg x 2."))],
  must=N2_1, why="'Prel.' (preliminär) before Graves sjukdom marks an unconfirmed diagnosis.")

C("med-ssk-tel-trolig-uvi", "vgr", "1983-02-25", "407",
  [N("n1", M, "Telefonanteckning", "angered_med", "ssk_nord", "2024-10-10 14:35", 3, OV,
     ("Telefonkontakt", "Sveda och täta trängningar sedan 2 d, ingen feber, ej gravid."),
     ("Bedömning", "Trolig urinvägsinfektion. Tid hos dr i morgon 08.30, lämnar urinprov innan."))],
  must=N2_1, why="A nurse's telephone note: 'Trolig urinvägsinfektion' is a hedged diagnosis regardless of the author's role.")

C("neuro-oklart-om-tia-eller-migran", "skane", "1974-06-22", "319",
  [N("n1", M, "Läkaranteckning", "sus_l_neuro", "andersson_p", "2024-10-11 10:50", 40, OV,
     ("Anamnes", "Två episoder med flimmerskotom följt av domning i vä hand, 20 min vardera, huvudvärk efteråt bara vid den ena."),
     ("Bedömning", "Oklart om det rör sig om TIA eller migrän med aura. Karotisdoppler och långtids-EKG beställt, ASA tills vidare."))],
  must=N2_1, why="'Oklart om det rör sig om TIA eller migrän' leaves two diagnoses open in visible text.")

C("med-tolkas-som-hjartsvikt-nt-probnp", "vgr", "1940-10-19", "541",
  [N("n1", M, "Läkaranteckning", "nu_med", "karlsson_l", "2024-10-11 15:20", 35, SV,
     ("Status", "Halsvenstas, pittingödem till knäna bilat, krepitationer basalt bilat."),
     ("Bedömning", "Tolkas i första hand som hjärtsvikt, NT-proBNP 4300. Furix 40 mg iv x 2, eko beställt."))],
  must=N2_1, why="'Tolkas i första hand som hjärtsvikt' is a hedged interpretation, not a settled diagnosis.")
# ---------------------------------------------------------------- B: surgery, hedged dx visible (NL102 must)
C("kir-jour-obs-appendicit", "skane", "2005-01-14", "173",
  [N("n1", M, "Jouranteckning", "sus_m_kir", "alsaadi", "2024-10-12 00:35", 45, SV,
     ("Aktuellt", "Buksmärta sedan igår em, startade runt naveln, nu i hö fossa. Illamående, kräkts x 1. Aptitlös."),
     ("Status", "Ömmar McBurney, släppömhet, lätt défense. Temp 38,0."),
     ("Lab", "CRP 34, LPK 13,8."),
     ("Bedömning", "Obs appendicit. Fastande, iv vätska, DT buk i natt. Kir bakjour underrättad."))],
  must=N2_1, why="Surgical shorthand 'Obs appendicit' (observation för) means suspected appendicitis in a visible on-call note.")

C("kir-opber-suspekt-gallblasecancer", "vgr", "1960-04-03", "284",
  [N("n1", M, "Operationsberättelse", "skas_kir", "gustafsson", "2024-10-14 11:20", 60, SV,
     ("Operationsberättelse", "Laparoskopisk kolecystektomi, 4 portar. Förtjockad, inflammerad gallblåsa med adherenser mot duodenum. Critical view of safety uppnådd, a. och d. cystica klipsade. I gallblåseväggen en hård resistens ca 1,5 cm, makroskopiskt suspekt för gallblåsecancer. Preparatet i påse, till PAD med markering."))],
  must=N2_1, why="Operation report: 'makroskopiskt suspekt för gallblåsecancer' is a suspected malignancy in visible text.")

C("ort-barn-fragetecken-torusfraktur", "skane", "2016-05-19", "455",
  [N("n1", M, "Läkaranteckning", "hlm_ort", "lund", "2024-10-12 13:10", None, OV,
     ("Anamnes", "8-årig pojke, föll från studsmatta igår, ont i hö handled. Mamma med."),
     ("Status", "Svullnad och palpationsömhet över distala radius, ingen felställning, cirk ua."),
     ("Röntgen", "Rtg hö handled: ingen säker frakturlinje."),
     ("Bedömning", "?Torusfraktur dist radius, syns ej säkert på bild. Gipsskena, nytt rtg om 10 d."))],
  must=N2_1, why="Child under 13 (guardian reads): a leading '?' before torusfraktur hedges the diagnosis.")

C("uro-jour-misstanke-om-urosepsis", "vgr", "1950-02-12", "330",
  [N("n1", M, "Jouranteckning", "su_uro", "eriksson_b", "2024-10-13 19:55", 30, SV,
     ("Aktuellt", "Feber 39,4 och frossa dag 2 efter transrektal prostatabiopsi. Sveda vid miktion."),
     ("Bedömning", "Misstanke om urosepsis efter biopsi. Blod- och urinodling, pip-tazo 4 g x 4 iv, KAD. NEWS 5, IVA ej aktuellt nu."))],
  must=N2_1, why="'Misstanke om urosepsis' in a visible on-call note.")

C("karl-konsult-inte-otankbart-emboli", "skane", "1956-08-08", "691",
  [N("n1", M, "Konsultationssvar", "sus_m_karl", "fredriksson", "2024-10-13 17:25", 15, SV,
     ("Konsultationssvar", "Ombedd bedöma kall vä fot hos pat med FF utan antikoagulantia. Blek, kall fot, ingen palp puls i a. dorsalis pedis eller a. tibialis post, dopplersignal saknas. Motorik och sensibilitet intakt. Inte otänkbart att det rör sig om akut embolisk ischemi, Rutherford IIa. Heparin 5000 E iv nu, DT-angio akut, anmäld för embolektomi i kväll."))],
  must=N2_1, why="'Inte otänkbart att det rör sig om akut embolisk ischemi' is a litotes hedge on a diagnosis.")

C("kir-tel-trolig-sarinfektion-navel", "vgr", "1983-12-29", "522",
  [N("n1", M, "Telefonanteckning", "nu_kir", "svensson_a", "2024-10-14 09:10", 8, OV,
     ("Telefonkontakt", "Lap. navelbråcksplastik för 5 d sedan. Rodnad och värme runt naveln, lite gulaktig sekretion. Temp 37,8."),
     ("Bedömning", "Trolig sårinfektion. Flukloxacillin 1 g x 3 i 7 d, tid hos ssk på mott i morgon för odling och omläggning."))],
  must=N2_1, why="'Trolig sårinfektion' in a surgical follow-up telephone note.")

C("ort-typo-forenglit-med-halseneruptur", "skane", "1969-03-16", "264",
  [N("n1", M, "Läkaranteckning", "csk_ort", "mahmoud", "2024-10-14 14:45", 25, OV,
     ("Aktuellt", "Plötslig smärta bakre hälen vid padel igår, kände ett knäpp."),
     ("Status", "Thompsons test pos vä, palpabel glipa ca 4 cm ovan calcaneus."),
     ("Bedömning", "Kliniskt förenglit med hälseneruptur vä. UL för bekräftelse, ortos i spetsfot tills dess."))],
  must=N2_1, why="Typo 'förenglit' (förenligt) with hälseneruptur is still the 'förenligt med' hedge.")

C("ort-epikris-sannolikt-patologisk-fraktur", "vgr", "1940-06-02", "486",
  [N("n1", M, "Epikris", "su_molndal_ort", "strom", "2024-10-15 13:00", 70, SV,
     ("Epikris", "84-årig kvinna, bröstcancer opererad 2016. Inkom efter lågenergivåld med subtrokantär femurfraktur hö, op. 9/10 med märgspik. Rtg visar osteolys kring frakturen, sannolikt patologisk fraktur vid skelettmetastas. Biopsi tagen perop. Mobiliseras med full belastning."),
     ("Uppföljning", "Onkologen kontaktas när PAD är klart."))],
  must=N2_1, why="'sannolikt patologisk fraktur vid skelettmetastas' is an unconfirmed metastatic diagnosis in a visible discharge summary.")

C("kir-jour-ileus-dd-volvulus", "skane", "1947-09-21", "357",
  [N("n1", M, "Jouranteckning", "hbg_kir", "lindgren", "2024-10-15 03:30", None, SV,
     ("Aktuellt", "Inga gaser eller avföring på 2 dygn, uppspänd buk, kräkts fäkalt luktande."),
     ("Bedömning", "Tjocktarmsileus. Tumör i sigmoideum som orsak kan inte uteslutas, DD volvulus. Nasogastrisk sond, DT buk m iv kontrast i natt."))],
  must=N2_1, why="Unsigned surgical on-call draft: 'kan inte uteslutas' and 'DD volvulus' hedge the cause of the ileus.")

C("onh-konsult-sannolikast-plotslig-dovhet", "vgr", "1975-01-08", "443",
  [N("n1", M, "Konsultationssvar", "su_onh", "hansson", "2024-10-15 10:20", 20, OV,
     ("Konsultationssvar", "Svar till medicin: ensidig hörselnedsättning hö sedan 2 v och tinnitus. Otoskopi ua bilat. Audiogram: sensorineural nedsättning 40 dB hö. Plötslig dövhet sannolikast, vestibularisschwannom ska uteslutas med MR. Prednisolon enl. PM insatt."))],
  must=N2_1, why="'Plötslig dövhet sannolikast' ranks a diagnosis as most likely, i.e. not settled.")

C("kvinno-opber-ser-ut-som-endometrios", "skane", "1988-07-30", "618",
  [N("n1", M, "Operationsberättelse", "sus_l_kvinno", "petersen", "2024-10-16 12:10", 40, SV,
     ("Operationsberättelse", "Diagnostisk laparoskopi pga långvarig bäckensmärta. Bruna och svarta fläckar i fossa ovarica bilat och på sakrouterinligamenten, ser ut som endometrios, PAD får avgöra. Biopsier tagna, excision av större härd vä. Tubor ua."))],
  must=N2_1, why="'ser ut som endometrios, PAD får avgöra' is an unconfirmed diagnosis in a visible operation report.")

# ---------------------------------------------------------------- C: psychiatry, hedged dx visible (NL102 must)
C("psyk-akut-trol-drogutlost-psykos-dd-schizofreni", "skane", "2000-02-10", "399",
  [N("n1", M, "Läkaranteckning", "psyk_m_akut", "olofsson", "2024-10-16 02:15", 85, SV,
     ("Aktuellt", "Inkommer med polis efter att ha stått på en bro i flera timmar. Hört röster i 2 mån som säger att han är övervakad. Sömnlös. Cannabis dagligen."),
     ("Psykiskt status", "Vaken, orienterad. Misstänksam, avvaktande kontakt. Tankestörd, perseverationer. Bekräftar rösthallucinos. Suicidtankar förnekas nu."),
     ("Bedömning", "Psykotisk, trol. drogutlöst psykos, DD debuterande schizofreni. Inläggning enl. LPT, vårdintyg utfärdat."))],
  must=N2_1, why="Psychiatric emergency note: 'trol. drogutlöst psykos, DD debuterande schizofreni' in visible text.")

C("psyk-hypomani-misstanks-bipolar-ii", "vgr", "1993-03-18", "525",
  [N("n1", M, "Läkaranteckning", "su_affektiva", "jakobsson", "2024-10-16 14:00", None, OV,
     ("Aktuellt", "Sedan 4 v minskat sömnbehov, pratsam, köpt bil impulsivt. Två tidigare depressionsepisoder, står på sertralin 100 mg."),
     ("Bedömning", "Hypomani misstänks, bipolär sjukdom typ II bör övervägas. Ingen höjning av sertralin, diskuterar stämningsstabiliserare nästa besök."))],
  must=N2_1, why="'Hypomani misstänks' (passive verb) and 'bör övervägas' hedge a bipolar diagnosis.")

C("psyk-tel-kan-vara-serotonergt-syndrom", "skane", "1979-05-02", "152",
  [N("n1", M, "Telefonanteckning", "psyk_l_mott", "ali", "2024-10-17 16:45", 10, OV,
     ("Telefonkontakt", "Hustrun ringer, pat samtycker och sitter bredvid. Sover 2–3 h/natt sedan bytet till venlafaxin, rastlös, svettig, skakig."),
     ("Bedömning", "Kan vara lindrigt serotonergt syndrom. Venlafaxin sätts ut, kommer till psykakuten i kväll för status."))],
  must=N2_1, why="'Kan vara lindrigt serotonergt syndrom' in a psychiatric telephone note.")

C("konsultpsyk-sannoliknaste-poststroke-depression", "vgr", "1957-08-25", "638",
  [N("n1", M, "Konsultationssvar", "su_konsultpsyk", "blom", "2024-10-17 13:30", 45, SV,
     ("Konsultationssvar", "Tillsyn på avd 32 pga nedstämdhet 3 v efter stroke. Gråter lätt, anhedoni, tidigt uppvaknande, skuldtankar. Inga suicidtankar. Poststroke-depression är den sannolikaste förklaringen, DD emotionell labilitet. Förslag: sertralin 25 mg, öka till 50 mg efter 1 v. Konsultpsyk följer upp vb."))],
  must=N2_1, why="'den sannolikaste förklaringen' plus 'DD' in a consultation-psychiatry answer.")

C("beroende-wernicke-kan-inte-avfardas", "skane", "1972-11-30", "206",
  [N("n1", M, "Läkaranteckning", "psyk_m_ber", "wikstrom", "2024-10-18 10:05", 30, SV,
     ("Status", "Horisontell nystagmus bilat, bredspårig ataxi, desorienterad till tid."),
     ("Bedömning", "Alkoholberoende, abstinens dag 2. Wernickes encefalopati kan inte avfärdas. Tiamin 500 mg iv x 3 i 3 d."))],
  must=N2_1, why="'kan inte avfärdas' is a variant of 'kan ej uteslutas' for Wernicke encephalopathy.")

C("psykakut-anorexia-nervosa-fragetecken", "vgr", "2005-09-12", "374",
  [N("n1", M, "Jouranteckning", "nu_psykakut", "kowalski", "2024-10-18 21:40", 60, OV,
     ("Aktuellt", "Kommer med mamma. Äter knappt, tränar 2 h/d, amenorré 6 mån."),
     ("Status", "BMI 15,8, puls 44, kalla händer, lanugo på armarna."),
     ("Bedömning", "Anorexia nervosa? Somatiskt instabil. Inläggning medicin för stabilisering, kontakt med ätstörningsenheten i morgon."))],
  must=N2_1, why="Trailing '?' after Anorexia nervosa in a visible psychiatric emergency note (patient 19).")

C("psyk-epikris-typo-misstant-eips", "skane", "1986-04-04", "297",
  [N("n1", M, "Epikris", "psyk_hbg_avd", "karlsson_l", "2024-10-18 11:30", 240, SV,
     ("Epikris", "Vårdad frivilligt 2/10–16/10 efter intox med paracetamol, acetylcystein givet, leverprover normaliserade. Långvarig instabilitet i relationer, självskada sedan tonåren, kronisk tomhetskänsla. Misstänt emotionellt instabil personlighetsstörning, utredning via öppenvården."),
     ("Bedömning", "Suicidrisk vid utskrivning måttlig, skyddsfaktorer barn och arbete. SVIP-plan upprättad."))],
  must=N2_1, why="Typo 'Misstänt' (misstänkt) before a personality-disorder diagnosis in a psychiatric discharge summary.")

C("vuxenpsyk-frst-adhd-kombinerad-form-mojlig", "vgr", "1997-06-15", "166",
  [N("n1", M, "Läkaranteckning", "sas_psyk", "fredriksson", "2024-10-21 09:30", 40, OV,
     ("Aktuellt", "Remiss från VC med fr.st. ADHD. Koncentrationssvårigheter sedan lågstadiet, avbrutit två utbildningar, impulsiva köp."),
     ("Bedömning", "Fr.st. ADHD kvarstår, kombinerad form möjlig. Neuropsykiatrisk utredning påbörjas, skattningsskalor utdelade."))],
  must=N2_1, why="'Fr.st. ADHD' (frågeställning) and 'möjlig' keep the diagnosis open in visible text.")

C("bup-barn-uppfyller-sannolikt-tourette", "skane", "2015-03-09", "580",
  [N("n1", M, "Läkaranteckning", "bup_hbg", "rahimi", "2024-10-21 13:20", 55, OV,
     ("Anamnes", "9-årig flicka, motoriska tics (blinkningar, axelryckningar) och harklingar sedan 3 års tid, varierande intensitet. Föräldrarna med."),
     ("Bedömning", "Uppfyller sannolikt kriterierna för Tourettes syndrom. Psykoedukation till föräldrarna, åter om 3 mån."))],
  must=N2_1, why="Child under 13 at BUP Skåne: 'Uppfyller sannolikt kriterierna för' hedges a Tourette diagnosis readable by guardians.")

# ---------------------------------------------------------------- D: paediatrics and misc, hedged dx visible (NL102 must)
C("barnakut-trol-bronkiolit-rsv", "skane", "2024-03-02", "614",
  [N("n1", M, "Jouranteckning", "sus_l_barnakut", "persson_k", "2024-10-19 04:20", 35, SV,
     ("Aktuellt", "7 mån, snuva 3 d, nu ansträngd andning och äter hälften av vanligt. Storasyster förkyld."),
     ("Status", "Indragningar jugulum, AF 56, sat 92%. Pulm: fina krepitationer och pip bilat."),
     ("Bedömning", "Trolig bronkiolit, RS? Inläggning för nasal sond och O2 v.b."))],
  must=N2_1, why="Infant (guardian reads): 'Trolig bronkiolit, RS?' hedges the diagnosis in a visible note.")

C("barnakut-kawasaki-kan-ej-uteslutas", "vgr", "2020-07-21", "291",
  [N("n1", M, "Läkaranteckning", "su_dsbus", "hadzic", "2024-10-19 18:10", 30, SV,
     ("Anamnes", "4-åring med feber 6 dygn, röda ögon utan flytning, spruckna läppar."),
     ("Status", "Jordgubbstunga, svullna handryggar, ensidig lymfkörtel hals 2 cm."),
     ("Bedömning", "Inkomplett Kawasakis sjukdom kan ej uteslutas. Eko i morgon, IVIG diskuteras med barnkardiolog."))],
  must=N2_1, why="Child under 13: 'Inkomplett Kawasakis sjukdom kan ej uteslutas' in a visible note.")

C("skane-sokord-tidiga-hypoteser-i-vanlig-mall-synligt", "skane", "1958-12-06", "527",
  [N("n1", M, "Läkaranteckning", "sus_l_hemat", "ekstrom", "2024-10-22 11:00", 30, OV,
     ("Aktuellt", "Remiss pga M-komponent IgG 28 g/l och ryggvärk."),
     ("Tidiga hypoteser", "Troligt myelom, benmärg och helkropps-DT bokat."))],
  must=N2_1, why="Skåne protects by template, not sökord: 'Tidiga hypoteser' as a sökord inside a Läkaranteckning is visible, so 'Troligt myelom' is a visible hypothesis.")

C("vgr-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", "1963-10-27", "318",
  [N("n1", M, "Tidiga hypoteser", "su_neuro", "andersson_p", "2024-10-22 15:40", 20, OV,
     ("Bedömning", "Misstänkt frontotemporal demens, personlighetsförändring och disinhibition senaste året. PET beställd."))],
  must=N2_1, why="VGR protects by sökord: the hypothesis is written under the sökord Bedömning, which is visible even though the template is named Tidiga hypoteser.")

C("vgr-tidiga-hypoteser-sokord-men-upprepat-i-bedomning", "vgr", "1951-03-29", "264",
  [N("n1", M, "Läkaranteckning", "su_lung", "wallin", "2024-10-22 10:10", 35, OV,
     ("Aktuellt", "Kontroll efter DT thorax pga långdragen hosta."),
     ("Tidiga hypoteser", "Spikulerad förändring 2,5 cm vä överlob, misstänkt lungcancer."),
     ("Bedömning", "Rundhärd vä överlob, trol. malign. PET-DT och bronkoskopi bokas."))],
  must=N2_1, why="The hypothesis is protected under the VGR sökord Tidiga hypoteser but repeated as 'trol. malign' under the visible Bedömning.")
# ---------------------------------------------------------------- P: primary care PMO (NL102 must_not; PMO never shows diagnoses)
P_NOT = [("NL102", "n1")]

C("pmo-vc-misstankt-hypotyreos", "skane", "1981-02-14", "442",
  [N("n1", P, "Besöksanteckning", "vc_linero", "nilsson_m", "2024-10-01 10:40", 30, OV,
     ("Aktuellt", "Trötthet, frusenhet, torr hud, viktuppgång 5 kg sedan våren."),
     ("Bedömning", "Misstänkt hypotyreos. TSH, fT4 och TPO-ak tas, telefontid för svar om en vecka."))],
  must_not=P_NOT, why="PMO: 'Misstänkt hypotyreos' is not shown to the patient, so no NL102.")

C("pmo-tel-trol-podager", "skane", "1953-06-07", "173",
  [N("n1", P, "Telefonkontakt", "vc_tomelilla", "mansson", "2024-10-02 08:25", None, OV,
     ("Telefonkontakt", "Röd, svullen stortåled hö sedan i natt, tål inte täcket. Afebril."),
     ("Bedömning", "Trol. podager. Naproxen 500 mg x 2 i 5 d, urat vid besök nästa vecka."))],
  must_not=P_NOT, why="PMO telephone note with 'Trol. podager': PMO diagnoses are never visible.")

C("pmo-bvc-kan-rora-sig-om-autism", "skane", "2022-11-03", "286",
  [N("n1", P, "Besöksanteckning", "vc_hoor_bvc", "wallin", "2024-10-03 14:00", 40, OV,
     ("Aktuellt", "BVC-läkarbesök 23 mån. BVC-ssk oroad: få ord, svag ögonkontakt, svarar inte på namn."),
     ("Bedömning", "Kan röra sig om autismspektrumtillstånd. Remiss barnneurologisk mottagning, hörselkontroll först."))],
  must_not=P_NOT, why="Child at BVC in PMO: 'Kan röra sig om autismspektrumtillstånd' is not shown, PMO never displays diagnoses.")

C("pmo-um-ev-klamydia", "skane", "2007-04-28", "402",
  [N("n1", P, "Telefonkontakt", "um_malmo", "bengtsson", "2024-10-04 15:10", 10, OV,
     ("Telefonkontakt", "Sveda vid miktion och ökad flytning sedan en vecka, ny partner i september."),
     ("Bedömning", "Ev. klamydia. Provtagning på mottagningen i morgon, partner uppmanas testa sig."))],
  must_not=P_NOT, why="Ungdomsmottagning in PMO (patient 17): 'Ev. klamydia' is not a visible diagnosis.")

C("pmo-hembesok-typo-pnumoni", "skane", "1931-05-18", "647",
  [N("n1", P, "Hembesök", "vc_sjobo", "jonsson_s", "2024-10-07 11:30", 90, OV,
     ("Aktuellt", "Ssk i hemsjukvården ringde, hostar, tröttare, äter sämre sedan 2 d."),
     ("Status", "Sat 91%, AF 24, temp 38,2. Rassel vä bas."),
     ("Bedömning", "Misst. pnumoni vä. Doxycyklin 200 mg dag 1, sedan 100 mg. Ej aktuellt med inläggning enl. pat och dotter."))],
  must_not=P_NOT, why="Home visit in PMO with typo 'pnumoni' after 'Misst.': hedged but PMO diagnoses are never shown.")

C("pmo-vc-dd-prostatacancer", "skane", "1964-09-09", "375",
  [N("n1", P, "Besöksanteckning", "vc_husensjo", "hansson", "2024-10-08 09:00", 25, OV,
     ("Aktuellt", "PSA 9,8 (4,1 för 2 år sedan). Nokturi x 2."),
     ("Status", "PR: hård knöl vä lob, ej öm."),
     ("Bedömning", "DD prostatacancer. Standardiserat vårdförlopp startat, remiss uro skickad idag."))],
  must_not=P_NOT, why="PMO: 'DD prostatacancer' in a primary-care visit is never displayed.")

C("pmo-tel-migran-fragetecken", "skane", "1989-01-23", "539",
  [N("n1", P, "Telefonkontakt", "vc_lomma", "sandberg", "2024-10-09 13:50", 7, OV,
     ("Telefonkontakt", "Återkommande ensidig pulserande huvudvärk, ljuskänslig, 2 ggr/mån sedan sommaren."),
     ("Bedömning", "Migrän? Huvudvärksdagbok, tid hos allmänläkare om 3 v."))],
  must_not=P_NOT, why="PMO telephone note with 'Migrän?': no NL102 since PMO never shows diagnoses.")

C("pmo-vc-uppfattas-som-depression-typo", "skane", "1976-10-31", "118",
  [N("n1", P, "Besöksanteckning", "vc_rosengard", "alsaadi", "2024-10-10 16:00", None, OV,
     ("Aktuellt", "Nedstämd, sover dåligt, orkar inte jobba sedan 2 mån. PHQ-9 17."),
     ("Bedömning", "Uppfatas som måttlig depressiv episod, sannolikt. Sertralin 50 mg, sjukskriven 2 v, uppföljning ssk om 1 v."))],
  must_not=P_NOT, why="Unsigned PMO draft with typo 'Uppfatas' and 'sannolikt' on a depression diagnosis: PMO never visible.")
# ---------------------------------------------------------------- E: Melior hard negatives (NL102 must_not)
NOT2 = [("NL102", "n1")]

C("med-jour-ingen-misstanke-om-acs", "skane", "1994-05-08", "235",
  [N("n1", M, "Jouranteckning", "sus_m_medakut", "berg", "2024-10-02 23:30", 25, OV,
     ("Aktuellt", "Stickande bröstsmärta vä sedan 2 d, värre vid vridning av bålen, lyfte flyttlådor i helgen."),
     ("Bedömning", "Muskuloskeletal bröstsmärta, reproducerbar vid palpation. EKG och TnT x 2 ua, ingen misstanke om ACS. Hem med NSAID 5 d."))],
  must_not=NOT2, why="'ingen misstanke om ACS' is a negated hedge; the stated diagnosis is settled.")

C("med-tel-dvt-uteslutes-amlodipin", "vgr", "1949-09-17", "406",
  [N("n1", M, "Telefonanteckning", "kungalv_med", "larsson_i", "2024-10-03 15:20", None, OV,
     ("Telefonkontakt", "Ringer pat för svar: UL vä ben idag utan trombos, DVT uteslutes. Ankelödemen bilat kom efter att amlodipin insattes i aug."),
     ("Åtgärd", "Byter amlodipin till lerkanidipin 10 mg, ny kontroll hos VC om 4 v."))],
  must_not=NOT2, why="'DVT uteslutes' rules the diagnosis out; nothing uncertain remains.")

C("med-inga-tecken-pa-pneumoni-akut-bronkit", "skane", "1968-02-01", "313",
  [N("n1", M, "Läkaranteckning", "landskrona_med", "holm", "2024-10-04 11:15", 30, OV,
     ("Aktuellt", "Hosta 10 d, slemmig, lätt tryck i bröstet, ingen feber."),
     ("Röntgen", "Rtg pulm: inga tecken på pneumoni eller pleuravätska."),
     ("Bedömning", "Akut bronkit. Ingen ab, hostmedicin v.b."))],
  must_not=NOT2, why="'inga tecken på pneumoni' negates the only hedge-looking diagnosis; akut bronkit is stated as settled.")

C("kir-typo-talar-emot-apendicit-efter-obs", "vgr", "2003-08-19", "527",
  [N("n1", M, "Läkaranteckning", "skas_kir", "gustafsson", "2024-10-05 09:45", 20, SV,
     ("Aktuellt", "Obs-dygn pga buksmärta hö fossa, smärtan avklingat under natten."),
     ("Bedömning", "Normalt CRP och LPK efter 24 h, mjuk och oöm buk, vilket talar emot apendicit. Hem, åter om smärtan kommer tillbaka."))],
  must_not=NOT2, why="Typo 'apendicit' inside 'talar emot': still a negating phrase, not a hypothesis.")

C("med-epikris-misstanken-om-le-avskrivs", "skane", "1959-12-12", "164",
  [N("n1", M, "Epikris", "hbg_med", "dahl", "2024-10-06 14:10", 60, SV,
     ("Epikris", "Inkom med dyspné och förhöjt D-dimer efter en lång bussresa. Misstanken om lungemboli avskrevs efter normal DT-angio. Symtomen förklarades av astma i försämringsfas efter förkylning, förbättrad på inhalationer."),
     ("Läkemedel", "Ny: Symbicort 160/4,5 2 inh x 2."))],
  must_not=NOT2, why="The suspicion is named only to say it was 'avskrevs' (ruled out); the final diagnosis astma is settled.")

C("neuro-arftlighet-mor-trolig-alzheimer", "vgr", "1962-04-09", "291",
  [N("n1", M, "Läkaranteckning", "su_neuro", "mahmoud", "2024-10-07 10:00", 45, OV,
     ("Ärftlighet", "Mor hade trolig Alzheimer från 75 års ålder, morbror misstänkt Parkinson men aldrig utredd."),
     ("Status", "Symmetrisk posturell tremor i händerna, ingen rigiditet, normal gång."),
     ("Bedömning", "Essentiell tremor. Propranolol 10 mg v.b. före sociala situationer."))],
  must_not=NOT2, why="The hedged diseases belong to the mother and uncle; the patient's own diagnosis is settled.")

C("neuro-bror-misstankt-ms-pat-migran", "skane", "1996-08-27", "408",
  [N("n1", M, "Läkaranteckning", "hbg_neuro", "akesson", "2024-10-07 14:30", None, OV,
     ("Anamnes", "Bror utreds i Göteborg för misstänkt MS, pat orolig för egen del. Sedan flera år episodisk huvudvärk med illamående, inga synstörningar, inga domningar."),
     ("Status", "Neurologstatus helt ua, fundus ua."),
     ("Bedömning", "Migrän utan aura. Triptan förskrivet, ingen ytterligare utredning."))],
  must_not=NOT2, why="'misstänkt MS' concerns the patient's brother, not the patient.")

C("med-epikris-planhedges-trol-utskrivning", "vgr", "1946-11-04", "352",
  [N("n1", M, "Epikris", "alingsas_med", "karlsson_l", "2024-10-08 15:00", None, SV,
     ("Epikris", "Pneumoni vä underlob, rtg-verifierad, pneumokockantigen i urin positivt. Feberfri sedan dag 3, CRP 210 → 38."),
     ("Planering", "Trolig utskrivning i morgon förmiddag. Ev. remiss till fysioterapeut i hemkommunen. Eventuellt rtg-kontroll om 6 v beroende på förloppet."))],
  must_not=NOT2, why="Unsigned discharge draft: every hedge concerns a plan (utskrivning, remiss, rtg); the pneumonia is confirmed.")

C("med-symtomhedge-mojligen-trottare", "skane", "1945-03-23", "521",
  [N("n1", M, "Läkaranteckning", "landskrona_med", "jakobsson", "2024-10-09 10:30", 30, OV,
     ("Aktuellt", "Hypertonikontroll. Möjligen något tröttare sista veckan enl. dottern. Lätt feber? Uppmätt 37,4 hemma en kväll."),
     ("Status", "BT 138/82, puls 72 reg."),
     ("Bedömning", "Essentiell hypertoni, välbehandlad. Oförändrad medicinering."))],
  must_not=NOT2, why="The hedges are on symptoms (tiredness, slight fever), not on a diagnosis.")

C("kir-epikris-villkor-kan-da-vara-kolangit", "vgr", "1958-07-14", "637",
  [N("n1", M, "Epikris", "nu_kir", "svensson_a", "2024-10-09 13:00", 50, SV,
     ("Epikris", "ERCP med stenextraktion 7/10 pga koledokussten, komplikationsfritt. Laparoskopisk kolecystektomi planeras om 6–8 v."),
     ("Information", "Om feber över 38,5 eller frossa, sök akut, det kan då vara tecken på kolangit."))],
  must_not=NOT2, why="'kan då vara tecken på kolangit' is inside a conditional instruction (om feber ...), not a current hypothesis.")

C("ort-epikris-vid-misstanke-om-blodpropp", "skane", "1951-10-26", "469",
  [N("n1", M, "Epikris", "csk_ort", "lindgren", "2024-10-10 12:00", 45, SV,
     ("Epikris", "Elektiv knäprotes hö 7/10. Okomplicerat förlopp, går med rollator i trappa."),
     ("Information", "Vid misstanke om blodpropp i benet, t.ex. svullnad eller värk i vaden, kontakta avdelning 7 dygnet runt. Fragmin 5000 E x 1 i 14 d."))],
  must_not=NOT2, why="'Vid misstanke om blodpropp' is a conditional patient instruction, not a suspected diagnosis.")

C("kir-pad-adenocarcinom-informerad", "vgr", "1955-05-01", "284",
  [N("n1", M, "Läkaranteckning", "skas_kir", "eriksson_b", "2024-10-10 15:30", 40, OV,
     ("Aktuellt", "Besök för PAD-besked efter koloskopi."),
     ("Bedömning", "PAD: adenocarcinom i colon ascendens, MMR-proficient. DT thorax/buk utan spridning. MDK 22/10."),
     ("Information", "Pat informerad om PAD av undertecknad idag, maken närvarande. Kontaktsjuksköterska kopplad."))],
  must_not=BOTH_NOT, why="A confirmed cancer diagnosis that the patient was told today: neither hedge nor untold diagnosis.")

C("neuro-skane-mall-tidiga-hypoteser-als", "skane", "1954-01-07", "317",
  [N("n1", M, "Tidiga hypoteser", "sus_l_neuro", "andersson_p", "2024-10-11 16:00", 20, OV,
     ("Bedömning", "Misstänkt ALS: fascikulationer i tunga och båda armar, blandade övre och nedre motorneuronstecken. Ej framfört till pat, avvaktar EMG 24/10."))],
  must_not=BOTH_NOT, why="Skåne note written in the protected template Tidiga hypoteser: both the hedge and the untold diagnosis are hidden.")

C("lung-vgr-sokord-tidiga-hypoteser-rundhard", "vgr", "1949-02-20", "431",
  [N("n1", M, "Läkaranteckning", "su_lung", "sjoberg", "2024-10-11 09:20", 30, OV,
     ("Aktuellt", "Kontroll efter lungröntgen pga hosta sedan 2 mån, röker 15/d."),
     ("Tidiga hypoteser", "Rtg thorax: rundhärd 2 cm hö överlob, suspekt malignitet. Pat ej informerad om misstanken."),
     ("Planering", "DT thorax/buk v. 43, återbesök efter svaret."))],
  must_not=BOTH_NOT, why="VGR: the suspicion and the fact that it is untold sit only under the protected sökord Tidiga hypoteser.")

C("inf-jour-typo-ingen-misstnake-om-meningit", "skane", "2001-12-15", "208",
  [N("n1", M, "Jouranteckning", "sus_m_inf", "ohlsson", "2024-10-12 01:50", 30, SV,
     ("Aktuellt", "Feber 39, huvudvärk, halsont sedan igår. Sambon har samma symtom."),
     ("Status", "Nackstel ua, Kernig neg, inga petekier. Tonsiller svullna med beläggningar."),
     ("Bedömning", "Ingen misstnake om meningit. Streptokocktest pos, tonsillit. PcV 1 g x 3 i 10 d."))],
  must_not=NOT2, why="Typo 'misstnake' inside the negation 'Ingen misstanke om': still negated; tonsillit is confirmed by the strep test.")

C("med-jour-kalium-misstankt-hemolys-i-provet", "vgr", "1961-06-26", "395",
  [N("n1", M, "Jouranteckning", "nu_med", "nguyen", "2024-10-12 03:05", 15, SV,
     ("Lab", "K 6,3 kl 01, misstänkt hemolys i provröret enl. lab. Omtag kl 02: K 4,2."),
     ("Bedömning", "Normokalemi, ingen åtgärd. Fortsatt vård enl. plan för erysipelas."))],
  must_not=NOT2, why="'misstänkt hemolys i provröret' is a sample artefact, not a disease of the patient.")

C("kard-fragetecken-pa-planer-ej-diagnos", "skane", "1950-09-02", "283",
  [N("n1", M, "Läkaranteckning", "sus_l_kard", "dahl", "2024-10-14 11:00", 30, OV,
     ("Bedömning", "Paroxysmalt förmaksflimmer, nu i SR. CHA2DS2-VASc 3, fortsätter Eliquis."),
     ("Planering", "Återbesök om 3 mån? Pat vill fundera. Ablation?? diskuteras om fler episoder."))],
  must_not=NOT2, why="Question marks sit on plans (återbesök, ablation), not on the diagnosis, which is settled.")

C("med-ej-forenligt-med-ischemi", "vgr", "1970-03-30", "459",
  [N("n1", M, "Läkaranteckning", "su_kard_ostra", "holm", "2024-10-14 13:40", 25, OV,
     ("Utredning", "Arbetsprov till 220 W, ingen bröstsmärta, EKG ej förenligt med ischemi. Normal blodtrycksreaktion."),
     ("Bedömning", "Inga hållpunkter för kranskärlssjukdom. Avslutas här."))],
  must_not=NOT2, why="'ej förenligt med ischemi' and 'Inga hållpunkter för' are negations, not hypotheses.")

C("psyk-ingen-hallpunkt-for-psykos-mattlig-depression", "vgr", "1985-11-19", "214",
  [N("n1", M, "Läkaranteckning", "sas_psyk", "ali", "2024-10-15 10:15", 40, OV,
     ("Psykiskt status", "Nedstämd, långsam, god kontakt. Ingen hållpunkt för psykos eller mani. Passiva dödstankar, inga planer."),
     ("Bedömning", "Måttlig depressiv episod, recidiverande. Sertralin höjs till 100 mg, KBT-remiss."))],
  must_not=NOT2, why="Psychosis and mania are negated; the depression diagnosis is stated as settled.")

C("psyk-hypotetisk-om-psykotiska-symtom", "skane", "1990-07-07", "330",
  [N("n1", M, "Läkaranteckning", "psyk_l_mott", "olofsson", "2024-10-15 15:00", 35, OV,
     ("Bedömning", "Bipolär sjukdom typ I, stabil på litium, S-Li 0,7."),
     ("Planering", "Om pat skulle få psykotiska symtom eller sluta sova, kontakta mottagningen eller psykakuten direkt. Nytt Li-prov om 3 mån."))],
  must_not=NOT2, why="The psychotic symptoms are a hypothetical condition in an instruction; the diagnosis is settled.")

C("barn-pappa-trolig-adhd-barnet-obstipation", "vgr", "2017-01-25", "546",
  [N("n1", M, "Läkaranteckning", "su_dsbus", "lund", "2024-10-16 10:20", 30, OV,
     ("Anamnes", "7-åring med buksmärtor och hård avföring var 4:e dag. Pappa har trolig ADHD, ej utredd, och svårt med rutiner hemma enl. mamma."),
     ("Bedömning", "Funktionell obstipation. Movicol junior 1 påse x 2, toalettschema."))],
  must_not=NOT2, why="Child note: 'trolig ADHD' is the father's, and the child's own diagnosis is settled.")

C("kir-misstanke-om-appendicit-avfardad-ul", "skane", "1999-06-04", "619",
  [N("n1", M, "Läkaranteckning", "csk_kir", "fredriksson", "2024-10-16 17:30", 20, OV,
     ("Bedömning", "Misstanke om appendicit avfärdad efter UL: normalstor appendix, ingen fri vätska. Smärtan förklaras av ovulationssmärta (mittelschmerz), cykeldag 14. Hem."))],
  must_not=NOT2, why="The suspicion is explicitly 'avfärdad' (dismissed); the alternative is stated as the explanation.")

C("ort-fraktur-kan-uteslutas-pa-dt", "vgr", "1937-04-16", "378",
  [N("n1", M, "Jouranteckning", "skas_ort", "strom", "2024-10-17 00:40", 30, SV,
     ("Aktuellt", "Fall i badrummet, ont i vä höft, kan inte belasta."),
     ("Röntgen", "Rtg och DT bäcken/höft: fraktur kan uteslutas. Hematom lateralt över trokantern."),
     ("Bedömning", "Kontusion vä höft. Mobilisering med sjukgymnast, paracetamol och oxynorm v.b."))],
  must_not=NOT2, why="'fraktur kan uteslutas' (without ej) is a negation; easy to confuse with 'kan ej uteslutas'.")

C("med-diagnos-j189-ospecificerad", "skane", "1944-08-13", "257",
  [N("n1", M, "Epikris", "ystad_med", "sandberg", "2024-10-17 13:15", 45, SV,
     ("Diagnos", "J18.9 Pneumoni, ospecificerad. I10.9 Essentiell hypertoni."),
     ("Epikris", "Fem dygns vårdtid, iv cefotaxim övergått till peroralt amoxicillin. Afebril sedan dag 2."))],
  must_not=NOT2, why="ICD text 'ospecificerad' is a code descriptor, not a hedge; the diagnoses are settled.")

C("gastro-dyspepsi-ev-gastroskopi", "skane", "1984-05-29", "175",
  [N("n1", M, "Läkaranteckning", "sus_m_gastro", "rahimi", "2024-10-18 14:00", None, OV,
     ("Bedömning", "Funktionell dyspepsi, Hp-test neg, Hb och celiakiserologi ua."),
     ("Planering", "PPI 4 v. Ev. gastroskopi om besvären kvarstår efter kuren."))],
  must_not=NOT2, why="'Ev. gastroskopi' hedges a procedure, not a diagnosis.")

C("geri-troligen-foljsam-dosett", "vgr", "1938-12-21", "268",
  [N("n1", M, "Läkaranteckning", "alingsas_ger", "wikstrom", "2024-10-18 09:30", 35, SV,
     ("Aktuellt", "Läkemedelsgenomgång. Troligen följsam med medicineringen enl. dosettkontroll från hemsjukvården."),
     ("Bedömning", "Hjärtsvikt NYHA II och KOL, stabilt. Furosemid sänks till 20 mg. Sannolikt hem på tisdag."))],
  must_not=NOT2, why="Hedges concern adherence and the discharge day, not a disease.")

C("gastro-tidigare-misstankt-celiaki-uteslutet", "skane", "1992-10-10", "490",
  [N("n1", M, "Läkaranteckning", "sus_m_gastro", "hadzic", "2024-10-21 11:40", 25, OV,
     ("Tidigare sjukdomar", "Utredd 2019 för misstänkt celiaki, transglutaminas-ak och duodenalbiopsi negativa, alltså uteslutet."),
     ("Bedömning", "IBS med diarrédominans. FODMAP-kost via dietist."))],
  must_not=NOT2, why="A past suspicion that was ruled out ('uteslutet'), and a settled current diagnosis.")

C("med-misstankt-felaktig-dosett-avvikelse", "vgr", "1935-07-08", "414",
  [N("n1", M, "Läkaranteckning", "angered_med", "alsaadi", "2024-10-21 14:20", 40, OV,
     ("Aktuellt", "INR 4,8 vid rutinkontroll. Misstänkt felaktigt iordningställd dosett från apoteket, dubbla waranbeta i måndagsfacket. Avvikelse skriven."),
     ("Bedömning", "Förmaksflimmer på Waran, överdosering utan blödning. Waran pausas 1 d, nytt INR torsdag."))],
  must_not=NOT2, why="'Misstänkt felaktigt iordningställd dosett' suspects a handling error, not a disease.")

C("inf-erysipelas-sannolikt-hem-fredag", "skane", "1967-01-05", "226",
  [N("n1", M, "Läkaranteckning", "sus_m_inf", "larsson_i", "2024-10-22 10:00", 20, SV,
     ("Bedömning", "Erysipelas vä underben, avgränsad rodnad tillbakagående sedan igår, CRP 140 → 60."),
     ("Planering", "Byte till Kåvepenin 1 g x 3 po. Sannolikt hem på fredag."))],
  must_not=NOT2, why="'Sannolikt hem på fredag' hedges the discharge date only; erysipelas is settled.")
# ---------------------------------------------------------------- N: diagnosis visible but patient not told (NL101 must)
U1 = [("NL101", "n1")]

C("lung-pad-skivepitelcancer-ej-informerad", "skane", "1952-06-28", "330",
  [N("n1", M, "Läkaranteckning", "sus_l_lung", "wallin", "2024-10-15 16:10", 20, OV,
     ("Utredning", "PAD från bronkoskopi 8/10: skivepitelcancer vä överlobsbronk. PET-DT: N2-körtlar, ingen fjärrspridning."),
     ("Planering", "Pat ej informerad, besked på mottagningen 18/10 tillsammans med kontaktssk. MDK 17/10."))],
  must=U1, must_not=NOT2, why="A confirmed cancer in a visible section while the note says the patient is not informed yet.")

C("neuro-tel-mr-ms-ej-meddelat-per-telefon", "vgr", "1994-11-02", "185",
  [N("n1", M, "Telefonanteckning", "su_neuro", "mahmoud", "2024-10-16 15:45", 10, OV,
     ("Telefonkontakt", "Pat ringer och frågar efter MR-svaret. Uppfyller McDonald-kriterierna för MS: periventrikulära och juxtakortikala lesioner, en med kontrastladdning. Ej meddelat pat per telefon, tid hos mig 24/10 för besked."))],
  must=U1, must_not=NOT2, why="MS is established and written in a visible telephone note while the text says it was not told to the patient.")

C("med-jour-levermetastaser-ej-informerad-om-fynden", "skane", "1946-04-14", "562",
  [N("n1", M, "Jouranteckning", "hbg_med", "berg", "2024-10-16 22:45", 40, SV,
     ("Aktuellt", "Inlagd för viktnedgång och ikterus. DT buk i em: multipla levermetastaser, primärtumör oklar."),
     ("Planering", "Pat ej informerad om fynden ännu, dagläkaren tar samtalet i morgon med dottern närvarande. Bilirubin, PK och tumörmarkörer i morgon."))],
  must=U1, why="Liver metastases stand in the visible note while the patient is explicitly not informed.")

C("kir-misstankt-pankreascancer-pat-vet-inget", "vgr", "1950-10-11", "143",
  [N("n1", M, "Läkaranteckning", "skas_kir", "gustafsson", "2024-10-17 14:20", 30, SV,
     ("Bedömning", "Misstänkt pankreascancer på DT, 3 cm i caput med gallvägsdilatation. Pat vet ännu inget, ska få besked med familjen i morgon."))],
  must=[("NL101", "n1"), ("NL102", "n1")],
  why="A hedged cancer diagnosis in visible text that the patient has not been told: both rules.")

C("hud-konsult-melanom-remittent-ej-gett-besked", "skane", "1971-08-18", "614",
  [N("n1", M, "Konsultationssvar", "sus_l_hud", "petersen", "2024-10-17 10:40", 15, OV,
     ("Konsultationssvar", "Svar till kirurgen: excisionsbiopsi rygg visar malignt melanom, Breslow 2,1 mm, ulcererat. Utvidgad excision 2 cm och sentinel node rekommenderas. Remitterande har inte hunnit ge besked till pat, vi avvaktar med kallelse tills det skett."))],
  must=U1, must_not=NOT2, why="Melanoma in a visible consultation answer; the text says the patient has not yet been told.")

C("inf-epikris-hiv-ej-fatt-beskedet", "vgr", "1987-01-30", "473",
  [N("n1", M, "Epikris", "su_ostra_inf", "larsson_i", "2024-10-18 12:15", 60, SV,
     ("Epikris", "Vårdad 12/10–18/10 för pneumocystispneumoni, behandlad med trimetoprim-sulfa och kortison med god effekt. HIV-1 konfirmerad med western blot 17/10, CD4 90."),
     ("Information", "Pat har ännu inte fått beskedet om HIV, infektionsläkare ger det vid besök på mottagningen 28/10."))],
  must=U1, must_not=NOT2, why="A confirmed HIV diagnosis in a visible discharge summary that explicitly says the patient has not been told.")

C("psyk-autism-ej-aterkopplat", "skane", "1999-09-19", "247",
  [N("n1", M, "Läkaranteckning", "psyk_l_mott", "ali", "2024-10-21 16:00", 30, OV,
     ("Utredning", "Neuropsykiatrisk utredning klar. Uppfyller kriterierna för autism, nivå 1, utan intellektuell funktionsnedsättning."),
     ("Planering", "Resultatet har ej återkopplats till pat än, återgivningssamtal med psykolog 30/10."))],
  must=U1, must_not=NOT2, why="A settled autism diagnosis stands visible while the result 'har ej återkopplats' to the patient.")

C("brost-tel-typo-ej-infomerad-duktal-cancer", "vgr", "1968-03-05", "328",
  [N("n1", M, "Telefonanteckning", "su_kk", "hansson", "2024-10-21 11:30", 5, OV,
     ("Telefonkontakt", "Patologen ringer: mellannålsbiopsi vä bröst visar invasiv duktal cancer, NHG 2. Ej infomerad ännu, pat kallas till bröstmottagningen på fredag."))],
  must=U1, must_not=NOT2, why="Typo 'infomerad' (informerad): breast cancer written in a visible note while the patient is not told.")

C("hemat-aml-pat-annu-ovetande", "vgr", "1959-05-24", "391",
  [N("n1", M, "Läkaranteckning", "su_hemat", "ekstrom", "2024-10-22 17:00", None, SV,
     ("Utredning", "Benmärg: AML med NPM1-mutation, 62% blaster."),
     ("Bedömning", "Avvaktar med besked tills cytogenetiken är klar, pat ännu ovetande. Allopurinol insatt, hydrering."))],
  must=U1, must_not=NOT2, why="Leukaemia diagnosed and visible; 'pat ännu ovetande' says the patient does not know.")

C("inf-jour-candidemi-pat-sover-ej-informerad", "skane", "1956-02-02", "509",
  [N("n1", M, "Jouranteckning", "sus_m_inf", "hadzic", "2024-10-23 02:30", 20, SV,
     ("Aktuellt", "Lab ringer: Candida albicans i blododling från CVK och perifert. Candidemi."),
     ("Åtgärd", "Anidulafungin 200 mg iv laddning, CVK dras i morgon, ögonbotten bokas. Pat sover, ej informerad, tas på rond."))],
  must=U1, why="An on-call note: candidaemia is written visibly and the patient is explicitly not informed yet.")

C("gastro-ventrikelcancer-vi-har-inte-berattat", "vgr", "1948-12-08", "265",
  [N("n1", M, "Läkaranteckning", "su_gastro", "rahimi", "2024-10-23 13:10", 35, SV,
     ("Utredning", "Gastroskopi idag: stor ulcererad tumör i corpus. PAD från förra veckans biopsier visar adenocarcinom, diffus typ."),
     ("Planering", "Vi har inte berättat för pat om cancern än, han var sederad. Endoskopiansvarig tar samtalet i morgon, DT thorax/buk beställd."))],
  must=U1, must_not=NOT2, why="'Vi har inte berättat för pat' about a confirmed gastric cancer that is visible in the note.")

C("geri-epikris-alzheimer-ej-framfort-pa-familjens-onskan", "vgr", "1940-04-01", "584",
  [N("n1", M, "Epikris", "alingsas_ger", "wikstrom", "2024-10-24 14:40", 90, SV,
     ("Diagnos", "Alzheimers sjukdom med sen debut, fastställd vid minnesutredning under vårdtiden."),
     ("Epikris", "Diagnosen har medvetet inte framförts till pat enl. önskemål från familjen, tas upp vid återbesök på minnesmottagningen."))],
  must=U1, must_not=NOT2, why="A settled dementia diagnosis in the visible Diagnos section while the text says it has not been conveyed to the patient.")

C("genetik-huntington-ej-fatt-veta", "skane", "1989-07-12", "456",
  [N("n1", M, "Läkaranteckning", "sus_l_genetik", "jonsson_s", "2024-10-24 10:00", 25, OV,
     ("Utredning", "Prediktiv testning: HTT-genen 43 CAG-upprepningar, Huntingtons sjukdom genetiskt bekräftad."),
     ("Planering", "Pat har ej fått veta resultatet, genetisk vägledare och undertecknad ger besked 5/11 enl. protokoll."))],
  must=U1, must_not=NOT2, why="A genetic diagnosis in visible text while the patient 'har ej fått veta'.")

C("med-tel-rtg-ringer-lungembolier-ej-informerad", "vgr", "1964-01-17", "207",
  [N("n1", M, "Telefonanteckning", "nu_med", "karlsson_l", "2024-10-24 16:55", 5, SV,
     ("Telefonkontakt", "Rtg-läkare ringer: bilaterala lungembolier på DT, ingen högerkammarbelastning. Pat ej informerad än, går upp till avd 12 direkt och startar Innohep."))],
  must=U1, must_not=NOT2, why="Bilateral pulmonary embolism stands in a visible telephone note that says the patient is not yet informed.")

C("hemat-sannolikt-lymfom-ej-diskuterat", "skane", "1975-09-29", "381",
  [N("n1", M, "Läkaranteckning", "sus_l_hemat", "kowalski", "2024-10-25 11:20", 30, OV,
     ("Bedömning", "UL hals och DT: multipla förstorade körtlar på båda sidor om diafragma, sannolikt lymfom. Ej diskuterat med pat ännu, excisionsbiopsi först."))],
  must=[("NL101", "n1"), ("NL102", "n1")],
  why="'sannolikt lymfom' is both a visible hypothesis and not yet discussed with the patient.")

C("neuro-typo-underattade-trolig-glioblastom", "vgr", "1958-08-06", "544",
  [N("n1", M, "Jouranteckning", "su_akut", "nguyen", "2024-10-25 21:30", None, OV,
     ("Aktuellt", "Krampanfall hemma, första gången. Ordletning sedan 2 v enl. frun."),
     ("Bedömning", "MR: ringladdande process vä temporallob med ödem, troligt glioblastom. Pat och anhöriga ej underättade, neurokirurg jour kontaktad, Betapred 8 mg x 2."))],
  must=[("NL101", "n1"), ("NL102", "n1")],
  why="Unsigned draft with typo 'underättade' (underrättade): a hedged tumour diagnosis that the patient has not been told.")

C("gastro-kolangiocarcinom-skall-inte-informeras-fore-mdk", "skane", "1949-03-11", "297",
  [N("n1", M, "Läkaranteckning", "sus_m_gastro", "hadzic", "2024-10-25 15:10", 25, SV,
     ("Utredning", "Borstprov från ERCP 21/10: adenocarcinom, kolangiocarcinom perihilärt. Plaststent lagd."),
     ("Planering", "Skall inte informeras förrän MDK tagit ställning 29/10, därefter besök med kontaktssk."))],
  must=U1, must_not=NOT2, why="'Skall inte informeras förrän MDK' about a confirmed cancer that is visible in the note.")

C("psyk-schizofreni-ej-delgiven", "vgr", "1995-04-22", "338",
  [N("n1", M, "Läkaranteckning", "su_affektiva", "blom", "2024-10-28 13:00", 50, SV,
     ("Bedömning", "Schizofreni, paranoid form, kriterierna uppfyllda enl. DSM-5 efter 8 mån förlopp. Diagnosen ej delgiven pat, som saknar sjukdomsinsikt, tas upp i lugnare skede."))],
  must=U1, must_not=NOT2, why="A settled psychiatric diagnosis written visibly with 'ej delgiven pat'.")

C("kir-diagnos-sigmoideumcancer-besked-ej-lamnat", "skane", "1961-11-24", "318",
  [N("n1", M, "Läkaranteckning", "csk_kir", "fredriksson", "2024-10-28 10:30", 20, OV,
     ("Diagnos", "C18.7 Malign tumör i sigmoideum, PAD-verifierad."),
     ("Planering", "Inget besked lämnat till pat ännu, ringer och bokar besök i morgon. DT thorax/buk beställd."))],
  must=U1, must_not=NOT2, why="The diagnosis is in the Diagnos section and the not-told statement in Planering; still one visible note.")

C("neuro-als-definitiv-inte-underrattad", "vgr", "1957-02-13", "152",
  [N("n1", M, "Läkaranteckning", "su_neuro", "andersson_p", "2024-10-29 14:15", 35, OV,
     ("Utredning", "EMG: utbredd denervation i tre regioner. Definitiv ALS enl. El Escorial-kriterierna."),
     ("Planering", "Pat inte underrättad än, maken vill vara med vid beskedet. Besök 4/11 med ALS-teamet."))],
  must=U1, must_not=NOT2, why="ALS confirmed in a visible section while 'Pat inte underrättad än'.")

C("pmo-skelettmetastaser-ej-informerad-pmo", "skane", "1944-06-30", "235",
  [N("n1", P, "Läkaranteckning", "vc_simrishamn", "mansson", "2024-10-29 11:00", 20, OV,
     ("Aktuellt", "Skelettscint: multipla upptag i bäcken och kotpelare, misstänkta skelettmetastaser, PSA 48."),
     ("Planering", "Pat ej informerad, kallas till besök med dottern. Remiss uro akut."))],
  must_not=P_NOT, why="PMO: a hedged metastasis that is not told; PMO shows no diagnoses, so no NL102 and NL101 is not asserted.")
# ---------------------------------------------------------------- M: telling resolved or nothing diagnostic untold (NL101 must_not)
C("hud-tel-basalcellscancer-informerad-per-telefon", "skane", "1950-12-30", "272",
  [N("n1", M, "Telefonanteckning", "sus_l_hud", "petersen", "2024-10-14 13:20", 5, OV,
     ("Telefonkontakt", "PAD från stansbiopsi nästipp: nodulär basalcellscancer. Pat informerad per telefon idag, förstod och hade inga frågor. Mohs-kirurgi planeras."))],
  must_not=BOTH_NOT, why="The patient was informed by phone today about the confirmed diagnosis.")

C("uro-kand-prostatacancer-pat-val-insatt", "vgr", "1949-05-15", "338",
  [N("n1", M, "Läkaranteckning", "su_uro", "eriksson_b", "2024-10-15 09:50", 25, OV,
     ("Aktuellt", "Känd prostatacancer sedan 2022, strålbehandlad, pat väl insatt i sin sjukdom. PSA stigit från 0,4 till 2,1 på 6 mån."),
     ("Planering", "PSMA-PET bokad, återbesök efter svar."))],
  must_not=NOT1, why="The diagnosis was communicated long ago ('pat väl insatt'); nothing is withheld.")

C("kir-ljumskbrack-opdatum-ej-meddelat", "skane", "1966-02-22", "187",
  [N("n1", M, "Läkaranteckning", "hbg_kir", "lindgren", "2024-10-15 14:30", 20, OV,
     ("Bedömning", "Indirekt ljumskbråck hö, symtomgivande. Anmäld för TEP-plastik."),
     ("Planering", "Op-datum ej meddelat pat ännu, koordinatorn ringer när tid finns."))],
  must_not=NOT1, why="What is not yet told is an operation date, not a diagnosis.")

C("reuma-remiss-skickad-ej-informerad", "vgr", "1973-08-03", "252",
  [N("n1", M, "Läkaranteckning", "su_reuma", "akesson", "2024-10-16 11:00", None, OV,
     ("Bedömning", "Seropositiv reumatoid artrit sedan 2021, låg sjukdomsaktivitet på metotrexat."),
     ("Åtgärd", "Remiss till arbetsterapeut för handortoser skickad. Pat ej informerad om att remissen är skickad, får brev."))],
  must_not=NOT1, why="The untold item is that a referral was sent, not a diagnosis.")

C("lung-dt-ua-ej-informerad-om-svaret", "skane", "1960-01-09", "355",
  [N("n1", M, "Läkaranteckning", "sus_l_lung", "wallin", "2024-10-17 15:15", 20, OV,
     ("Utredning", "DT thorax: ingen tumör, inga förstorade körtlar, små emfysemförändringar apikalt."),
     ("Planering", "Pat ej informerad om svaret ännu, brev skickas i morgon."))],
  must_not=BOTH_NOT, why="The untold result is normal (no tumour); no hedged diagnosis either.")

C("onk-informerad-dottern-ska-inte-veta-an", "vgr", "1952-09-27", "404",
  [N("n1", M, "Läkaranteckning", "su_onk", "sjoberg", "2024-10-18 10:45", 40, OV,
     ("Aktuellt", "Besked om metastaserad pankreascancer idag, pat informerad av undertecknad tillsammans med kontaktssk."),
     ("Information", "Pat önskar att dottern inte informeras ännu, vill berätta själv efter helgen."))],
  must_not=NOT1, why="The patient has been told; only a relative is kept uninformed at the patient's wish.")

C("vgr-tidiga-hypoteser-pad-ej-informerad-endast-skyddat", "vgr", "1963-06-06", "176",
  [N("n1", M, "Läkaranteckning", "su_derm", "petersen", "2024-10-18 14:00", 15, OV,
     ("Aktuellt", "Återbesök efter excision av pigmenterad förändring vä skuldra, såret läkt."),
     ("Tidiga hypoteser", "PAD: malignt melanom in situ. Pat ej informerad, besked vid nytt besök när utvidgad excision planerats."),
     ("Planering", "Nytt besök om 2 v."))],
  must_not=NOT1, why="VGR: the untold diagnosis stands only under the protected sökord Tidiga hypoteser; visible sections hold none.")

C("kard-nydebuterat-ff-inget-om-information", "vgr", "1955-03-13", "289",
  [N("n1", M, "Läkaranteckning", "su_kard_ostra", "holm", "2024-10-21 10:15", 25, OV,
     ("Bedömning", "Nydebuterat förmaksflimmer, symtomgivande. Eliquis 5 mg x 2 insatt."),
     ("Planering", "Elkonvertering om 3 v."))],
  must_not=BOTH_NOT, why="A settled diagnosis with nothing said about telling: neither rule applies.")

C("lung-kol-ej-informerad-om-nasta-steg", "skane", "1954-10-04", "541",
  [N("n1", M, "Läkaranteckning", "sus_l_lung", "wallin", "2024-10-21 13:40", 25, OV,
     ("Bedömning", "KOL GOLD 3, diagnosen genomgången med pat vid förra besöket."),
     ("Planering", "Pat ej informerad om nästa steg i utredningen (syrgasutredning), tas på telefon när blodgasen är bedömd."))],
  must_not=NOT1, why="The diagnosis was gone through earlier; what is untold is the next investigation step.")

C("endo-pat-vet-om-diagnosen-sedan-besoket", "vgr", "1981-07-31", "330",
  [N("n1", M, "Telefonanteckning", "su_endo", "sjoberg", "2024-10-22 08:50", 5, OV,
     ("Telefonkontakt", "Primär hyperparatyreoidism, pat vet om diagnosen sedan besöket 3/10. Undrar över väntetiden till operation, hänvisad till kirurgens koordinator."))],
  must_not=NOT1, why="'pat vet om diagnosen sedan besöket' states prior communication.")

C("ort-artros-ej-fatt-tid-for-aterbesok", "skane", "1958-04-25", "462",
  [N("n1", M, "Läkaranteckning", "hlm_ort", "mahmoud", "2024-10-22 13:30", 20, OV,
     ("Bedömning", "Medial gonartros hö, Ahlbäck 2. Artrosskola via fysioterapeut."),
     ("Planering", "Pat har ännu inte fått tid för återbesök, kallas inom 6 mån. Ej informerad om kostnaden för avlastande ortos."))],
  must_not=NOT1, why="What the patient lacks is an appointment time and the cost of an orthosis, not a diagnosis.")

C("kir-biopsi-ingen-malignitet-svar-ej-meddelat", "vgr", "1970-11-28", "213",
  [N("n1", M, "Telefonanteckning", "nu_kir", "svensson_a", "2024-10-23 10:10", 5, OV,
     ("Telefonkontakt", "PAD från biopsi av ulcererad förändring i rektum: ingen malignitet, solitärt rektalt ulcus. Svar ej meddelat pat, brev går ut i dag."))],
  must_not=NOT1, why="Malignancy is excluded; the untold result is benign and reassuring, not a withheld diagnosis.")

C("hemat-besked-lamnat-av-undertecknad", "vgr", "1947-10-16", "254",
  [N("n1", M, "Läkaranteckning", "su_hemat", "ekstrom", "2024-10-23 15:30", 40, OV,
     ("Bedömning", "Kronisk lymfatisk leukemi, Binet A, ingen behandlingsindikation."),
     ("Information", "Besked om diagnosen lämnat av undertecknad, pat tog det lugnt och fick skriftlig information. Kontroll om 6 mån."))],
  must_not=BOTH_NOT, why="'Besked om diagnosen lämnat' shows the patient was told.")

C("endo-typo-infromerad-diabetes-typ1", "vgr", "2004-02-09", "378",
  [N("n1", M, "Läkaranteckning", "su_endo", "karlsson_l", "2024-10-24 09:10", 30, SV,
     ("Bedömning", "Diabetes typ 1, GAD-ak positiva, C-peptid lågt. Basal-bolus insulin insatt."),
     ("Information", "Pat infromerad om diagnosen och insulinbehandling, mamma närvarande. Diabetessköterska följer upp i morgon."))],
  must_not=NOT1, why="Typo 'infromerad' (informerad): the patient was told about the diagnosis.")

C("gastro-kunde-inte-na-pat-for-ombokning", "skane", "1978-01-21", "283",
  [N("n1", M, "Telefonanteckning", "sus_m_gastro", "rahimi", "2024-10-24 11:40", 5, OV,
     ("Telefonkontakt", "Ulcerös kolit, välkänd sedan 2015. Kunde inte nå pat för att boka om koloskopin, nytt försök i morgon."))],
  must_not=NOT1, why="The patient could not be reached about rebooking; the diagnosis is long known to the patient.")

C("psyk-adhd-informerad-arbetsgivaren-ska-inte-veta", "vgr", "1990-05-19", "127",
  [N("n1", M, "Läkaranteckning", "sas_psyk", "fredriksson", "2024-10-25 10:00", 35, OV,
     ("Bedömning", "ADHD, kombinerad form, enl. genomförd utredning."),
     ("Information", "Pat informerad om diagnosen och fått skriftlig information. Pat vill inte att arbetsgivaren ska få veta något, respekteras."))],
  must_not=NOT1, why="The patient is told; only a third party (employer) is not to be told.")

C("neuro-normala-prover-ej-hunnit-meddela", "skane", "1985-12-03", "419",
  [N("n1", M, "Läkaranteckning", "sus_l_neuro", "mansson", "2024-10-25 16:20", 15, OV,
     ("Bedömning", "Spänningshuvudvärk, ingen fokalneurologi. B12, TSH och SR normala, ej hunnit meddela pat provsvaren."))],
  must_not=NOT1, why="What is untold is a set of normal lab results.")

C("med-tidigare-informerad-av-huslakare-diabetes", "vgr", "1967-09-08", "335",
  [N("n1", M, "Läkaranteckning", "angered_med", "ali", "2024-10-28 09:30", 30, OV,
     ("Anamnes", "Typ 2-diabetes sedan 2020, informerad och behandlad av husläkaren. Remitterad pga HbA1c 78 trots tre preparat."),
     ("Bedömning", "Otillräckligt kontrollerad typ 2-diabetes. Semaglutid insätts."))],
  must_not=NOT1, why="Another physician told the patient earlier; the note withholds nothing.")

C("reuma-mtx-biverkningar-ej-informerad", "skane", "1962-02-27", "190",
  [N("n1", M, "Läkaranteckning", "landskrona_med", "holm", "2024-10-28 14:00", 25, OV,
     ("Bedömning", "Psoriasisartrit, känd sedan 2018, ökad aktivitet i händerna."),
     ("Planering", "Metotrexat 15 mg/v insätts. Pat ej informerad om biverkningar än, ssk ringer i morgon med genomgång."))],
  must_not=NOT1, why="The untold content is drug side effects, not a diagnosis.")
# ---------------------------------------------------------------- R: several notes in one record
C("brost-tel-ej-informerad-sedan-besok-informerad", "vgr", "1971-04-12", "316",
  [N("n1", M, "Telefonanteckning", "su_kk", "hansson", "2024-10-08 12:05", 5, OV,
     ("Telefonkontakt", "Patologen meddelar: lobulär bröstcancer hö, ER-positiv, HER2-negativ. Pat ej informerad, nås inte på telefon förrän i morgon och ska inte få beskedet per telefon."),),
   N("n2", M, "Läkaranteckning", "su_kk", "hansson", "2024-10-10 10:30", 30, OV,
     ("Aktuellt", "Besök med maken för PAD-besked."),
     ("Information", "Pat informerad om lobulär bröstcancer hö och om planerad sektorresektion med portvaktskörtel. Kontaktsjuksköterska presenterad."))],
  must=[("NL101", "n1")], must_not=[("NL101", "n2")],
  why="The telephone note withholds a visible diagnosis (n1); the visit note two days later records that the patient was told (n2).")

C("lung-skane-th-mall-sedan-bekraftad-och-meddelad", "skane", "1976-12-19", "398",
  [N("n1", M, "Tidiga hypoteser", "sus_l_lung", "wallin", "2024-10-02 11:00", 15, OV,
     ("Bedömning", "Bilaterala hiluskörtlar och erythema nodosum, misstänkt sarkoidos, DD lymfom. Ej nämnt för pat."),),
   N("n2", M, "Läkaranteckning", "sus_l_lung", "wallin", "2024-10-23 14:00", 30, OV,
     ("Utredning", "EBUS-biopsi: icke-nekrotiserande granulom, odling och PCR för tbc negativa."),
     ("Bedömning", "Sarkoidos, Löfgrens syndrom. Informerat pat om diagnosen och det goda förloppet, NSAID v.b."))],
  must_not=[("NL101", "n2"), ("NL102", "n2")],
  why="The hypothesis was kept in the Skåne template Tidiga hypoteser; the later visible note states a confirmed diagnosis that the patient has been told.")

C("onk-informerad-tidigare-progress-ej-informerad", "vgr", "1959-07-23", "462",
  [N("n1", M, "Läkaranteckning", "su_onk", "sjoberg", "2024-09-12 10:00", 30, OV,
     ("Information", "Pat informerad om koloncancer med lungmetastaser och om palliativ cytostatika FOLFOX."),),
   N("n2", M, "Läkaranteckning", "su_onk", "jakobsson", "2024-10-24 16:30", 20, OV,
     ("Utredning", "Utvärderings-DT efter 6 kurer: progress med nytillkomna levermetastaser, lungmetastaserna oförändrade."),
     ("Planering", "Pat ej informerad om progressen, ansvarig onkolog tar det vid besöket på torsdag. Kur 7 ställs in."))],
  must=[("NL101", "n2")],
  why="The primary diagnosis was told in September, but the new metastatic progression in the later visible note is explicitly not told.")

C("med-jour-trol-pneumoni-nasta-dag-avskriven", "skane", "1948-02-15", "523",
  [N("n1", M, "Jouranteckning", "landskrona_med", "berg", "2024-10-13 02:20", 30, SV,
     ("Bedömning", "Feber och hosta, CRP 95. Trol. pneumoni, rtg i morgon. Doxycyklin startat."),),
   N("n2", M, "Läkaranteckning", "landskrona_med", "jakobsson", "2024-10-13 11:30", 25, SV,
     ("Bedömning", "Rtg pulm utan infiltrat, pneumoni avskriven. Influensa A pos på PCR. Doxycyklin ut, isolering, hem när feberfri."))],
  must=[("NL102", "n1")], must_not=[("NL102", "n2")],
  why="The on-call hypothesis (n1) is visible; the next-day note (n2) only mentions pneumonia as 'avskriven' and states a confirmed influenza.")

C("ort-th-sokord-sedan-misstanke-kommunicerad", "vgr", "1982-09-14", "211",
  [N("n1", M, "Läkaranteckning", "su_molndal_ort", "strom", "2024-10-09 10:00", 20, OV,
     ("Aktuellt", "Växande knöl lår vä sedan 3 mån, 6 cm, ej öm."),
     ("Tidiga hypoteser", "MR: djupt liggande heterogen tumör, misstänkt mjukdelssarkom."),
     ("Planering", "Remiss sarkomcentrum, biopsi där."),),
   N("n2", M, "Telefonanteckning", "su_molndal_ort", "strom", "2024-10-11 09:15", 5, OV,
     ("Telefonkontakt", "Ringt pat och berättat att MR inger misstanke om mjukdelssarkom och att biopsi behövs innan vi vet. Pat förstod, tid på sarkomcentrum 16/10."))],
  must_not=[("NL101", "n2")],
  why="The suspicion is now communicated and documented visibly in n2; nothing is withheld. NL102 on n2 is left unasserted because the routine asks for communicated hypotheses to be made visible.")
# ---------------------------------------------------------------- S: more short visible hypotheses (NL102 must)
C("akut-extrauterin-graviditet-kan-misstankas", "vgr", "1997-02-03", "468",
  [N("n1", M, "Jouranteckning", "su_akut", "alsaadi", "2024-10-26 01:15", 20, OV,
     ("Aktuellt", "Buksmärta nedre vä sedan i kväll, sista mens för 7 v sedan, lätt blödning."),
     ("Bedömning", "Positivt hCG, ingen IUP på vaginalt UL. Extrauterin graviditet kan misstänkas, gynjouren tillkallad."))],
  must=N2_1, why="'kan misstänkas' puts an ectopic pregnancy as a hypothesis in a visible emergency note.")

C("endo-tel-ter-sig-som-feokromocytom", "skane", "1972-05-16", "371",
  [N("n1", M, "Telefonanteckning", "sus_m_endo", "sjoberg", "2024-10-28 10:20", 5, OV,
     ("Telefonkontakt", "Attacker med svettningar och hjärtklappning, BT 210/120 vid attack enl. hemmamätning. Fria metanefriner i plasma förhöjda x 3."),
     ("Bedömning", "Ter sig som feokromocytom. DT binjurar beställd, alfablockad påbörjas innan åtgärd."))],
  must=N2_1, why="'Ter sig som feokromocytom' is a hedged diagnosis in a short telephone note.")

C("med-typo-eventuelt-lungtuberkulos", "vgr", "1963-03-27", "250",
  [N("n1", M, "Läkaranteckning", "kungalv_med", "larsson_i", "2024-10-28 15:00", 30, SV,
     ("Aktuellt", "Feber i 6 v, nattsvettningar, hosta med blodstrimmor, flyttade från Somalia 2019."),
     ("Bedömning", "Eventuelt lungtuberkulos, kavitet hö ovanlob på DT. Isolerad på infektion i väntan på sputum-PCR x 3."))],
  must=N2_1, why="Typo 'Eventuelt' (eventuellt) still hedges a tuberculosis diagnosis.")

C("inf-konsult-typo-trolgen-protesinfektion", "skane", "1949-01-29", "582",
  [N("n1", M, "Konsultationssvar", "sus_m_inf", "ohlsson", "2024-10-29 13:30", 20, SV,
     ("Konsultationssvar", "Svar till ortopeden: tilltagande smärta hö höft 8 mån efter protesoperation, CRP 42, SR 55, fistel med sekretion lateralt. Trolgen sen protesinfektion. Ledpunktion och odling innan ab, revision i två seanser kan bli aktuell."))],
  must=N2_1, why="Typo 'Trolgen' (troligen) before a prosthetic joint infection in a visible consultation answer.")

C("gastro-epikris-typo-sannolig-lakemedelsutlost-leverskada", "vgr", "1969-10-14", "157",
  [N("n1", M, "Epikris", "su_gastro", "rahimi", "2024-10-30 12:40", 70, SV,
     ("Epikris", "Inlagd för ikterus 3 v efter påbörjad amoxicillin-klavulansyra. Bilirubin 140, ALAT 9, hepatitserologi och autoantikroppar negativa, UL lever ua. Sannolig läkemedelsutlöst leverskada, kolestatisk typ. Sjunkande värden efter utsättning."),
     ("Uppföljning", "Leverprover hos VC om 2 v. Amoxicillin-klavulansyra antecknad som varning i journalen."))],
  must=N2_1, why="Typo 'Sannolig' (sannolik) before a drug-induced liver injury diagnosis in a discharge summary.")
# ---------------------------------------------------------------- L: long multi-section charts
C("lang-inskrivning-med-misstankt-hfpef", "vgr", "1946-05-21", "319",
  [N("n1", M, "Inskrivningsanteckning", "sas_med", "nilsson_m", "2024-10-26 15:30", 75, SV,
     ("Kontaktorsak", "Remitterad från VC pga tilltagande andfåddhet och bensvullnad sedan 3 v."),
     ("Anamnes", "78-årig man, änkling, bor i villa i Fristad, klarar sig själv och kör bil. Tidigare: hypertoni sedan 2005, DM typ 2 sedan 2012, knäprotes vä 2019. Exrökare sedan 1990, ca 20 paketår. Alkohol ett glas vin i veckan. Senaste 3 v ökande ansträngningsdyspné, klarar nu en trappa med vilopaus, sover på två kuddar. Ankelsvullnad som inte går ner över natten. Ingen bröstsmärta, ingen hosta, ingen feber. Viktuppgång 4 kg."),
     ("Läkemedel", "Metformin 1 g x 2, amlodipin 10 mg x 1, enalapril 10 mg x 1, atorvastatin 40 mg x 1."),
     ("Ärftlighet", "Far dog i hjärtinfarkt 68 år gammal. Syster har förmaksflimmer."),
     ("Socialt", "Sonen bor i Borås och handlar åt honom varannan vecka, ingen hemtjänst. Sovrummet en trappa upp, klarar den långsamt. Går utan hjälpmedel inomhus, med käpp utomhus sedan knäoperationen. Klarar ADL själv. Hörapparat hö."),
     ("Status", "AT: opåverkad i vila, lätt dyspné vid av- och påklädning. Cor: RR, 2/6 syst blåsljud, frekv 88. Pulm: krepitationer basalt bilat, inga ronki. BT 162/94. Sat 93% på luft. Halsvener fyllda i 45 grader. Buk: mjuk, oöm, lever ej palp. UE: pittingödem till mitten av underbenen bilat. Hud: inga utslag, ingen ikterus. Neurologiskt grovt ua."),
     ("Omvårdnad", "Vikt vid ankomst 91,4 kg. Vätskerestriktion 1,5 l/d. Låg trycksårsrisk enl. RAS, ingen urinkateter."),
     ("Lab", "Hb 131, CRP 6, krea 118, eGFR 52, K 4,4, Na 137, NT-proBNP 2900. EKG: SR 88, vä-kammarhypertrofi, inga ischemitecken."),
     ("Röntgen", "Rtg pulm: lätt hjärtförstoring, små pleuravätskor bilat, ingen pneumoni."),
     ("Bedömning", "Vätskeretention med dyspné. Misstänkt hjärtsvikt med bevarad ejektionsfraktion, hypertensiv genes. Inga tecken på akut koronart syndrom. Furosemid 40 mg iv x 2, daglig vikt, vätskelista."),
     ("Planering", "Eko under vårdtiden. Amlodipin sätts ut. Ev. SGLT2-hämmare när ekot är gjort. Trolig vårdtid 3–4 dygn."))],
  must=N2_1, why="Long admission note: among negations and plan hedges, one sentence states 'Misstänkt hjärtsvikt med bevarad ejektionsfraktion'.")

C("lang-epikris-kolangit-allt-fastslaget-och-berattat", "skane", "1958-03-04", "446",
  [N("n1", M, "Epikris", "csk_kir", "gustafsson", "2024-10-13 14:00", 120, SV,
     ("Epikris", "66-årig kvinna, inkom via akuten 6/10 med smärta i hö övre kvadranten, feber 38,7 och ikterus. Tidigare frisk så när som på hypotyreos. Lab vid ankomst: bilirubin 78, ALP 6,1, ALAT 4,2, CRP 168, LPK 14. UL: multipla gallstenar, koledokus vidgad till 11 mm. MRCP bekräftade en 8 mm sten distalt i koledokus. Akut kolangit orsakad av koledokussten, Tokyo grad II. Behandlad med pip-tazo iv och ERCP 7/10 med papillotomi och stenextraktion utan komplikationer. Feberfri från dag 2, bilirubin 19 vid utskrivning. Laparoskopisk kolecystektomi 10/10, okomplicerad. Inga tecken på pankreatit, amylas normalt hela vårdtiden. PAD gallblåsa: kronisk kolecystit, ingen malignitet."),
     ("Diagnos", "K80.3 Gallgångssten med kolangit. E03.9 Hypotyreos."),
     ("Omvårdnad", "Mobiliserad från dag 1 efter op, äter normal kost, inga miktionsbesvär. Sårkontroll dag 3 utan anmärkning, portarna torra."),
     ("Information", "Pat informerad om förloppet, operationsfynden och PAD-svaret vid utskrivningssamtalet, maken närvarande. Muntlig och skriftlig information om smärtlindring och lyftrestriktioner given."),
     ("Läkemedel", "Levaxin 100 µg oförändrat. Antibiotika avslutad efter totalt 7 dygn. Paracetamol 1 g x 4 v.b. i en vecka."),
     ("Uppföljning", "Inget planerat återbesök på kirurgen. Stygnen tas på VC om 10 d. Ev. kontroll av leverprover hos VC om 4 v om pat så önskar. Om feber, gulsot eller tilltagande buksmärta ska pat söka akut."),
     ("Sjukskrivning", "Sjukskriven 100% i 2 v, intyg utfärdat elektroniskt till FK."))],
  must_not=BOTH_NOT, why="Long discharge summary: every diagnosis is settled, hedges are plans or conditionals, and the patient was told.")

C("lang-psyk-inskrivning-typo-missanke-bipolar", "vgr", "1990-09-23", "252",
  [N("n1", M, "Inskrivningsanteckning", "su_affektiva", "jakobsson", "2024-10-27 17:20", 110, SV,
     ("Kontaktorsak", "Inkommer frivilligt via psykakuten, remitterad av husläkare pga tilltagande nedstämdhet och sömnlöshet."),
     ("Anamnes", "34-årig kvinna, gift, två barn 4 och 7 år, lärare, sjukskriven sedan 3 v. Ingen tidigare psykiatrisk kontakt förutom samtalskontakt efter förlossning 2017. Sedan augusti sämre sömn, vaknar kl 03 och kan inte somna om. Tappat aptiten, gått ner 5 kg. Beskriver skuld över att inte räcka till för barnen. Under våren en period på några veckor med mycket energi, sov 4 h/natt, startade ett företag och gjorde stora inköp, vilket maken bekräftar. Alkohol sparsamt, inga droger. Mormor hade manodepressiv sjukdom och vårdades länge på Lillhagen."),
     ("Psykiskt status", "Vaken, klar, orienterad. Sänkt stämningsläge, gråter under samtalet. Psykomotoriskt långsam. Tankeinnehåll präglat av skuld och hopplöshet, inga vanföreställningar, inga hallucinationer. Dödstankar men inga planer, tar avstånd från suicid med hänvisning till barnen."),
     ("Somatiskt status", "Cor: RR, inga blåsljud. Pulm: ua. BT 118/72, puls 84. Neurologiskt grovt ua. Inga självskadetecken på underarmarna."),
     ("Skattningar", "MADRS-S 38. AUDIT 3. MDQ positiv enl. makens skattning."),
     ("Social situation", "Maken arbetar skift, barnens farmor hjälper till med hämtning på förskolan. Ekonomin stabil. Inga vapen i hemmet. Inga stående läkemedel, har provat zopiklon från VC utan effekt."),
     ("Suicidriskbedömning", "Måttlig risk. Riskfaktorer: depression, sömnlöshet, hopplöshet. Skyddsfaktorer: barnen, maken, ingen tidigare suicidhandling."),
     ("Bedömning", "Egentlig depression, svår episod utan psykotiska symtom. Vårens period med minskat sömnbehov och expansivitet väcker missanke om bipolär sjukdom typ II, DD stressutlöst hypomani. Antidepressiv monoterapi undviks tills vidare."),
     ("Planering", "Inläggning avd 4 frivilligt. Quetiapin 50 mg till natten, titreras. Labstatus inkl. TSH. Samtal med maken i morgon. Ronddiskussion om litium eller lamotrigin."))],
  must=N2_1, why="Long psychiatric admission note; typo 'missanke' (misstanke) plus 'DD' hedge a bipolar diagnosis; the grandmother's illness is a distractor.")

C("lang-geri-epikris-syster-trolig-demens-och-villkor", "skane", "1937-06-18", "204",
  [N("n1", M, "Epikris", "angelholm_ger", "jonsson_s", "2024-10-18 13:10", 100, SV,
     ("Epikris", "87-årig kvinna, bor ensam i lägenhet med hemtjänst 2 ggr/d. Inkom 11/10 efter att hemtjänsten hittat henne på golvet, hade legat ca 6 h. Tidigare: förmaksflimmer på Eliquis, hypertoni, osteoporos, katarakt op. bilat. Vid ankomst CK 2400, krea 142, Hb 118. Rtg höft och bäcken utan fraktur. DT hjärna: ingen blödning, inga tecken på färsk ischemi. Rabdomyolys efter långliggande, iv vätska, CK normaliserat dag 4, krea 88 vid utskrivning. Ortostatisk hypotension med BT-fall 30 mmHg vid uppresning förklarar fallet. Enalapril utsatt, därefter BT-fall 10 mmHg."),
     ("Kognition", "MMSE 27/30. Systern hade trolig demens sista levnadsåren och pat är orolig för egen del, men inget talar för demens hos pat."),
     ("Rehabilitering", "Fysioterapeut: rollator självständigt inomhus, trappträning genomförd. Arbetsterapeut: trygghetslarm aktiverat, duschpall ordnad."),
     ("Läkemedel", "Enalapril utsatt. Oförändrat i övrigt: Eliquis 2,5 mg x 2, alendronat 70 mg/v, Kalcipos-D x 2."),
     ("Uppföljning", "Ev. återinsättning av lågdos ACE-hämmare bedöms av VC efter BT-kontroll om 2 v. Trolig utökning av hemtjänsten till 4 ggr/d, biståndshandläggare kontaktad. Vid nytt fall eller yrsel vid uppresning ska pat eller hemtjänsten kontakta VC."))],
  must_not=NOT2, why="Long geriatric summary: the only hedged disease is the sister's, dementia in the patient is negated, other hedges are plans or conditionals.")

C("lang-pmo-diabetesarskontroll-sannolik-neuropati", "skane", "1960-08-29", "593",
  [N("n1", P, "Besöksanteckning", "vc_eslov", "persson_k", "2024-10-22 09:00", 50, OV,
     ("Aktuellt", "Årskontroll diabetes typ 2, diagnos 2014. Mår bra, men stickningar och domningar i fötterna på nätterna sedan i somras, värst i hö fot."),
     ("Anamnes", "Rökstopp 2018. Promenerar 30 min/d med hunden. Arbetar som busschaufför, ska gå i pension nästa år. Inga hypoglykemier. Nykturi x 1."),
     ("Läkemedel", "Metformin 1 g x 2, Jardiance 10 mg, Ramipril 5 mg, Atorvastatin 20 mg."),
     ("Status", "Vikt 96 kg, BMI 31. BT 138/84. Fötter: torr hud, förhårdnad under MTP1 hö, inga sår. Pulsar palp bilat. Monofilament: nedsatt känsel distalt bilat. Vibrationssinne nedsatt vid stortån bilat."),
     ("Lab", "HbA1c 58, krea 84, U-albumin/krea 4,2, LDL 2,3."),
     ("Ögonbotten", "Fotografering 2024-09: enstaka mikroaneurysm vä, ev. tidig retinopati, ny fotografering om 1 år."),
     ("Bedömning", "Diabetes typ 2 med acceptabel glukoskontroll. Sannolik perifer sensorisk polyneuropati, riskfot grad 2. Lätt förhöjd albuminuri, ramipril höjs."),
     ("Planering", "Remiss fotterapeut. B12 kontrolleras. Ramipril 10 mg. Diabetessjuksköterska om 6 mån, läkare om 1 år."))],
  must_not=P_NOT, why="Long PMO chart with 'Sannolik perifer sensorisk polyneuropati' and 'ev. tidig retinopati': PMO never shows diagnoses.")

C("lang-kir-jour-typo-perforation-kan-ej-utelsutas", "vgr", "1979-12-11", "375",
  [N("n1", M, "Jouranteckning", "skas_kir", "lindgren", "2024-10-29 02:50", 60, SV,
     ("Kontaktorsak", "Akut insättande svår smärta i epigastriet kl 23 i går kväll, ambulans från hemmet."),
     ("Anamnes", "45-årig man, tidigare frisk. Tar ibuprofen dagligen sedan 3 v pga ryggvärk. Röker 10 cig/d. Alkohol 10–15 standardglas/v. Smärtan kom plötsligt, konstant, spreds till hela buken, värre vid rörelse. Kräkts en gång utan blod. Ingen diarré, ingen feber."),
     ("Status", "AT: blek, ligger stilla, smärtpåverkad. Puls 112, BT 128/76, temp 37,6, AF 22, sat 97%. Cor: takykard, regelbunden. Pulm: ua. Buk: brädhård, diffust öm med maximum i epigastriet, tyst vid auskultation. Inga bråckportar. PR: inget blod på handsken. Halsvener ej fyllda, ingen ikterus. Ljumskar utan resistenser."),
     ("Tidigare sjukdomar", "Ljumskbråck vä opererat som barn, i övrigt inga operationer. Inga kända allergier."),
     ("Läkemedel", "Ibuprofen 400 mg x 3 sedan 3 v, köpt receptfritt, inga andra läkemedel."),
     ("Lab", "Hb 148, LPK 16,2, CRP 18, amylas 0,9, laktat 2,1, krea 82. EKG: sinustakykardi, inga ST-förändringar."),
     ("Röntgen", "DT buk utan kontrast: fri vätska perihepatiskt, ingen säker fri gas. Inga tecken på aortaaneurysm. Pankreas normal."),
     ("Bedömning", "Peritonit. Perforerat duodenalsår kan ej utelsutas trots att fri gas inte ses. Pankreatit osannolik med normalt amylas, inga tecken på ischemi i tarmen."),
     ("Åtgärd", "Fastande, iv Ringer-acetat, Pantoloc 80 mg iv, pip-tazo 4 g. Morfin i titrerade doser. Anmäld till op för diagnostisk laparoskopi i natt, narkosjour underrättad. Bakjour informerad och instämmer. Pat och sambon har fått information om laparoskopin och att konvertering till öppen operation kan behövas, samtycker."))],
  must=N2_1, why="Long on-call chart with typo 'utelsutas' in 'kan ej uteslutas' for a perforated ulcer, surrounded by negations.")

C("lang-psyk-akut-typo-ingen-missanke-om-psykos", "skane", "1972-04-30", "218",
  [N("n1", M, "Läkaranteckning", "psyk_m_akut", "olofsson", "2024-10-30 20:10", None, OV,
     ("Kontaktorsak", "Kommer själv till psykakuten efter att ha blivit uppsagd i fredags, kan inte sova och har gråtit hela helgen."),
     ("Anamnes", "52-årig man, frånskild, en vuxen son. Arbetat 20 år på samma lager. Ingen tidigare psykiatrisk vård. Alkohol: ökat till 3–4 öl per kväll senaste veckan. Inga droger. Bror med misstänkt bipolär sjukdom, utreds i Lund. Somatiskt frisk, inga läkemedel."),
     ("Psykiskt status", "Vaken, orienterad, god kontakt. Nedstämd men reaktiv, ler åt skämt. Tankarna kretsar kring ekonomin. Ingen missanke om psykos, inga vanföreställningar eller hallucinationer. Inga maniska drag. Inga tecken på abstinens."),
     ("Suicidriskbedömning", "Övergående dödstankar i lördags, inga planer, inga tidigare försök. Sonen och kollegor som skyddsfaktorer. Låg risk vid bedömningstillfället."),
     ("Bedömning", "Anpassningsstörning med nedstämdhet efter uppsägning. Ökad alkoholkonsumtion, ingen beroendeproblematik enl. AUDIT 9."),
     ("Planering", "Propiomazin 25 mg till natten i 7 d. Råd om alkohol. Tid hos kurator på VC inom 1 v. Om pat får suicidtankar igen eller inte kan sova trots medicin ska han söka psykakuten direkt."))],
  must_not=NOT2, why="Long psychiatric note: typo in the negation 'Ingen missanke om psykos', the brother's hedged illness, a conditional, and a settled diagnosis.")

C("lang-onk-epikris-progress-ej-meddelad", "vgr", "1953-11-07", "293",
  [N("n1", M, "Epikris", "su_onk", "jakobsson", "2024-10-30 14:30", 90, SV,
     ("Epikris", "71-årig kvinna med ovarialcancer stadium IIIC, opererad 2022, kemoterapi med karboplatin-paklitaxel och därefter PARP-hämmare. Inlagd 24/10–30/10 pga kräkningar och uppspänd buk. DT buk: subileus utan komplett hinder, ascites och nytillkommen peritoneal karcinomatos. CA-125 stigit från 35 till 410. Behandlad med nasogastrisk sond, iv vätska och ascitestappning 3 liter med god lindring. Tål nu flytande kost."),
     ("Information", "Pat är informerad om subileus och tappningen, men ej informerad om den peritoneala spridningen ännu; ansvarig onkolog tar samtalet på mottagningen 5/11 med sonen närvarande."),
     ("Läkemedel", "Olaparib pausas. Metoklopramid 10 mg x 3, Movicol 1 x 2."),
     ("Uppföljning", "Kontaktsjuksköterska ringer 1/11. Ascitestappning v.b. via dagvården."))],
  must=U1, why="Long oncology discharge summary: the recurrence (peritoneal carcinomatosis) is visible while the text says the patient is not informed about it.")


# ================================================================ validation
CODES = {"NL101", "NL102"}
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    w = dt.datetime.fromisoformat(when).date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    pmo_names = {UNITS[k][0] for k in PMO_UNITS}
    for c in cases:
        n = c["case"]
        if list(c) != CASE_KEYS:
            errs.append(f"{n}: case keys {list(c)}")
        if n in names:
            errs.append(f"{n}: duplicate case name")
        names.add(n)
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", n):
            errs.append(f"{n}: case name not an ASCII slug")
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{n}: ruleset {c['ruleset']}")
        if not c["why"].strip():
            errs.append(f"{n}: empty why")
        r = c["record"]
        if list(r) != RECORD_KEYS:
            errs.append(f"{n}: record keys {list(r)}")
        if r["access_events"] or r["conversations"] or r["treatments"]:
            errs.append(f"{n}: non-empty access_events/conversations/treatments")
        pat = r["patient"]
        if list(pat) != ["id", "birth_date", "protected_identity"] or pat["protected_identity"] is not False:
            errs.append(f"{n}: patient object")
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", pat["id"])
        if not m:
            errs.append(f"{n}: personnummer format {pat['id']}")
        else:
            if f"{m[1]}-{m[2]}-{m[3]}" != pat["birth_date"]:
                errs.append(f"{n}: personnummer does not match birth_date")
            if not luhn_ok(pat["id"][2:8] + pat["id"][9:]):
                errs.append(f"{n}: personnummer fails Luhn")
        try:
            dt.date.fromisoformat(pat["birth_date"])
        except ValueError:
            errs.append(f"{n}: bad birth_date")
        if not r["as_of"].startswith("2024-"):
            errs.append(f"{n}: as_of not in 2024")
        ages = [age_at(pat["birth_date"], r["as_of"])]
        note_ids = {}
        for note in r["notes"]:
            nid = note["id"]
            if list(note) != NOTE_KEYS:
                errs.append(f"{n}/{nid}: note keys {list(note)}")
            if nid in note_ids:
                errs.append(f"{n}: duplicate note id {nid}")
            note_ids[nid] = note
            if note["system"] not in ("Melior", "PMO"):
                errs.append(f"{n}/{nid}: system {note['system']}")
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append(f"{n}/{nid}: VGR note not Melior")
            if (note["system"] == "PMO") != (note["unit"]["name"] in pmo_names):
                errs.append(f"{n}/{nid}: PMO system/unit mismatch")
            hsa = note["unit"]["hsa_id"]
            want = "SE2321000255-" if c["ruleset"] == "skane" else "SE2321000131-"
            if not hsa.startswith(want):
                errs.append(f"{n}/{nid}: unit {hsa} outside region")
            if note["setting"] not in (OV, SV):
                errs.append(f"{n}/{nid}: setting {note['setting']}")
            if note["author"]["role"] not in (L, S) or not note["author"]["name"]:
                errs.append(f"{n}/{nid}: author")
            if not note["template"] or not note["sections"]:
                errs.append(f"{n}/{nid}: empty template or sections")
            for key in ("time", "signed"):
                v = note[key]
                if v is None and key == "signed":
                    continue
                if not v.startswith("2024-"):
                    errs.append(f"{n}/{nid}: {key} not in 2024")
                if v > r["as_of"]:
                    errs.append(f"{n}/{nid}: {key} after as_of")
            if note["signed"] is not None and note["signed"] < note["time"]:
                errs.append(f"{n}/{nid}: signed before time")
            ages.append(age_at(pat["birth_date"], note["time"]))
            for sec in note["sections"]:
                if list(sec) != ["keyword", "text"] or not sec["keyword"] or not sec["text"].strip():
                    errs.append(f"{n}/{nid}: bad section")
                for frag in SENT_SPLIT.split(sec["text"]):
                    frag = frag.strip()
                    if len(frag) >= 25:
                        if frag in sentences and sentences[frag] != (n, nid, sec["keyword"]):
                            errs.append(f"{n}/{nid}: sentence repeated (first in {sentences[frag][0]}): {frag!r}")
                        elif frag in sentences:
                            errs.append(f"{n}/{nid}: sentence repeated within section: {frag!r}")
                        sentences.setdefault(frag, (n, nid, sec["keyword"]))
        for a in ages:
            if 13 <= a <= 15 or a < 0:
                errs.append(f"{n}: patient age {a} not allowed")
        if not c["must"] and not c["must_not"]:
            errs.append(f"{n}: no assertion")
        seen = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2:
                    errs.append(f"{n}: bad assertion {item}")
                    continue
                code, target = item
                if code not in CODES:
                    errs.append(f"{n}: code {code} not covered by this set")
                if target not in note_ids:
                    errs.append(f"{n}: target {target} missing")
                    continue
                if (code, target) in seen:
                    errs.append(f"{n}: {code}/{target} asserted twice")
                seen.add((code, target))
                sysname = note_ids[target]["system"]
                if code == "NL102" and lst == "must" and sysname != "Melior":
                    errs.append(f"{n}: NL102 must on non-Melior note")
                if code == "NL101" and sysname == "PMO":
                    errs.append(f"{n}: NL101 asserted on PMO note")
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errs)} problem(s); cases.jsonl not written", file=sys.stderr)
        return 1
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print(f"wrote {len(CASES)} cases to {OUT}")
    for code in sorted(CODES):
        print(f"  {code}: must {counts.get((code, 'must'), 0)}, must_not {counts.get((code, 'must_not'), 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
