#!/usr/bin/env python3
"""Independent gold cases for notelint NL1 (NL101, NL102): nl1_heldout16_cases.

A broad mix over primary care, psychiatry, paediatrics, oncology, surgery, geriatrics,
gynaecology, emergency care and telephone advice. Written from the regional routines
(seeds) and the rule catalog in DESIGN.md only.

    python3 build.py      -> writes nl1_heldout16_cases.jsonl beside this file and
                             validates it; exits 1 on any problem.

Conventions (same as the devset): VGR cases are Melior notes; Skåne cases are Melior
(hospitals) or PMO (primary care). NL101 is never asserted on PMO notes; hedged
diagnoses in PMO notes are must_not NL102. Skåne hides by template (Tidiga hypoteser),
VGR by sökord (section keyword Tidiga hypoteser). Patients are under 13 or 16+.
"""
import datetime as _dt
import json
import os
import re
import sys

NAME = "nl1_heldout16_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

SKANE_HSA = "SE2321000255-"
VGR_HSA = "SE2321000131-"

# --------------------------------------------------------------------------- units
UNITS = {
    # Skåne, Melior (hospitals)
    "s_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", SKANE_HSA + "A7K2"),
    "s_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", SKANE_HSA + "H3A9"),
    "s_akut_ystad": ("Akutmottagningen, Lasarettet i Ystad", SKANE_HSA + "Y1A4"),
    "s_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", SKANE_HSA + "O5L1"),
    "s_kir_hbg": ("Kirurgiska kliniken, Helsingborgs lasarett", SKANE_HSA + "K2H8"),
    "s_kir_krist": ("Kirurgmottagningen, Centralsjukhuset Kristianstad", SKANE_HSA + "K6C3"),
    "s_ger_malmo": ("Geriatriska kliniken, avdelning 3, Skånes universitetssjukhus Malmö", SKANE_HSA + "G4M7"),
    "s_minne_lund": ("Minnesmottagningen, Skånes universitetssjukhus Lund", SKANE_HSA + "M9L2"),
    "s_kvinno_krist": ("Kvinnokliniken, Centralsjukhuset Kristianstad", SKANE_HSA + "Q3C5"),
    "s_gyn_malmo": ("Gynekologiska mottagningen, Skånes universitetssjukhus Malmö", SKANE_HSA + "Q8M1"),
    "s_smvc_hbg": ("Specialistmödravården, Helsingborgs lasarett", SKANE_HSA + "B2H6"),
    "s_barn_lund": ("Barnakuten, Skånes universitetssjukhus Lund", SKANE_HSA + "P1L4"),
    "s_barnonk_lund": ("Barn- och ungdomsonkologen, Skånes universitetssjukhus Lund", SKANE_HSA + "P5L8"),
    "s_barn_hbg": ("Barn- och ungdomsmottagningen, Helsingborgs lasarett", SKANE_HSA + "P7H2"),
    "s_bup_malmo": ("BUP-mottagning Malmö Öster, Barn- och ungdomspsykiatri Region Skåne", SKANE_HSA + "U4M3"),
    "s_psyk_landskrona": ("Allmänpsykiatrisk mottagning Landskrona", SKANE_HSA + "V6L9"),
    "s_psyk_lund": ("Psykosmottagningen, Psykiatri Skåne Lund", SKANE_HSA + "V2L5"),
    "s_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", SKANE_HSA + "D3L8"),
    "s_onh_hbg": ("Öron-, näs- och halsmottagningen, Helsingborgs lasarett", SKANE_HSA + "N5H1"),
    "s_neuro_malmo": ("Neurologiska mottagningen, Skånes universitetssjukhus Malmö", SKANE_HSA + "E8M4"),
    "s_kard_krist": ("Kardiologiska mottagningen, Centralsjukhuset Kristianstad", SKANE_HSA + "C1C7"),
    "s_ortop_hassleholm": ("Ortopedmottagningen, Hässleholms sjukhus", SKANE_HSA + "T4S2"),
    "s_uro_malmo": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", SKANE_HSA + "R6M8"),
    "s_infekt_lund": ("Infektionskliniken, Skånes universitetssjukhus Lund", SKANE_HSA + "I3L6"),
    "s_gastro_hbg": ("Mag- och tarmmottagningen, Helsingborgs lasarett", SKANE_HSA + "F9H3"),
    "s_lung_lund": ("Lungmottagningen, Skånes universitetssjukhus Lund", SKANE_HSA + "L2L9"),
    "s_endo_malmo": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", SKANE_HSA + "X5M2"),
    "s_hemat_lund": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", SKANE_HSA + "J7L1"),
    "s_stroke_hbg": ("Strokeenheten, Helsingborgs lasarett", SKANE_HSA + "S4H5"),
    "s_med_ystad": ("Medicinkliniken, Lasarettet i Ystad", SKANE_HSA + "W1Y6"),
    "s_asih_lund": ("ASIH Lund, Avancerad sjukvård i hemmet", SKANE_HSA + "Z8L3"),
    "s_reuma_lund": ("Reumatologiska mottagningen, Skånes universitetssjukhus Lund", SKANE_HSA + "R2L7"),
    "s_fysio_ortop": ("Fysioterapin, Ortopedkliniken, Skånes universitetssjukhus Malmö", SKANE_HSA + "T9M5"),
    "s_ogon_lund": ("Ögonkliniken, Skånes universitetssjukhus Lund", SKANE_HSA + "G2L4"),
    # Skåne, PMO (primary care)
    "s_vc_sorgenfri": ("Vårdcentralen Sorgenfri, Malmö", SKANE_HSA + "1PV3"),
    "s_vc_eslov": ("Vårdcentralen Eslöv", SKANE_HSA + "2PV8"),
    "s_vc_simrishamn": ("Vårdcentralen Simrishamn", SKANE_HSA + "3PV1"),
    "s_vc_kavlinge": ("Vårdcentralen Kävlinge", SKANE_HSA + "4PV6"),
    "s_vc_bjuv": ("Vårdcentralen Bjuv", SKANE_HSA + "5PV2"),
    "s_bvc_hoganas": ("Barnavårdscentralen Höganäs", SKANE_HSA + "6PB4"),
    "s_um_lund": ("Ungdomsmottagningen Lund", SKANE_HSA + "7PU9"),
    "s_hsjv_hoor": ("Hemsjukvården, Vårdcentralen Höör", SKANE_HSA + "8PH5"),
    # VGR, Melior (hospitals)
    "v_akut_sahl": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VGR_HSA + "A2S6"),
    "v_akut_sas": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", VGR_HSA + "A5B3"),
    "v_akut_nal": ("Akutmottagningen, NU-sjukvården NÄL Trollhättan", VGR_HSA + "A8N1"),
    "v_onk_jk": ("Jubileumskliniken, onkologi, Sahlgrenska Universitetssjukhuset", VGR_HSA + "O3J7"),
    "v_onk_skovde": ("Onkologimottagningen, Skaraborgs Sjukhus Skövde", VGR_HSA + "O6K2"),
    "v_kir_sas": ("Kirurgkliniken, Södra Älvsborgs Sjukhus Borås", VGR_HSA + "K4B8"),
    "v_kir_kungalv": ("Kirurgmottagningen, Kungälvs sjukhus", VGR_HSA + "K9G5"),
    "v_ger_skovde": ("Geriatriska kliniken, Skaraborgs Sjukhus Skövde", VGR_HSA + "G1K9"),
    "v_minne_molndal": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VGR_HSA + "M2D4"),
    "v_kvinno_nal": ("Kvinnosjukvården, NU-sjukvården NÄL", VGR_HSA + "Q5N3"),
    "v_gyn_ostra": ("Gynekologmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VGR_HSA + "Q7O6"),
    "v_gynakut_ostra": ("Gynakuten, Sahlgrenska Universitetssjukhuset/Östra", VGR_HSA + "Q1O8"),
    "v_barnakut_dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", VGR_HSA + "P3D2"),
    "v_barn_nal": ("Barn- och ungdomsmottagningen, NU-sjukvården NÄL", VGR_HSA + "P6N7"),
    "v_barn_skovde": ("Barn- och ungdomskliniken, Skaraborgs Sjukhus Skövde", VGR_HSA + "P9K1"),
    "v_psyk_uddevalla": ("Psykiatriska öppenvårdsmottagningen, NU-sjukvården Uddevalla", VGR_HSA + "V4U5"),
    "v_psyk_sahl": ("Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset", VGR_HSA + "V8S3"),
    "v_psyk_boras": ("Psykiatriska slutenvården, Södra Älvsborgs Sjukhus Borås", VGR_HSA + "V2B6"),
    "v_neuro_sahl": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", VGR_HSA + "E4S9"),
    "v_hemat_sahl": ("Sektionen för hematologi, Sahlgrenska Universitetssjukhuset", VGR_HSA + "J2S5"),
    "v_ortop_molndal": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VGR_HSA + "T7D1"),
    "v_uro_sas": ("Urologmottagningen, Södra Älvsborgs Sjukhus Borås", VGR_HSA + "R3B4"),
    "v_reuma_sahl": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", VGR_HSA + "R8S2"),
    "v_hud_sas": ("Hudmottagningen, Södra Älvsborgs Sjukhus Borås", VGR_HSA + "D6B7"),
    "v_med_alingsas": ("Medicinkliniken, Alingsås lasarett", VGR_HSA + "W5A1"),
    "v_med_kungalv": ("Medicinmottagningen, Kungälvs sjukhus", VGR_HSA + "W3G8"),
    "v_kard_sahl": ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset", VGR_HSA + "C6S4"),
    "v_gastro_sahl": ("Gastroenterologmottagningen, Sahlgrenska Universitetssjukhuset", VGR_HSA + "F2S8"),
    "v_infekt_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VGR_HSA + "I6O2"),
    "v_ogon_molndal": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VGR_HSA + "G8D3"),
    "v_onh_sahl": ("Öron-näsa-halsmottagningen, Sahlgrenska Universitetssjukhuset", VGR_HSA + "N3S6"),
    "v_endo_nal": ("Endokrinologmottagningen, NU-sjukvården NÄL", VGR_HSA + "X8N5"),
    "v_lung_sas": ("Lungmottagningen, Södra Älvsborgs Sjukhus Borås", VGR_HSA + "L6B2"),
    "v_palliativ_skovde": ("Palliativa enheten, Skaraborgs Sjukhus Skövde", VGR_HSA + "Z3K7"),
    "v_logoped_sahl": ("Logopedmottagningen, Sahlgrenska Universitetssjukhuset", VGR_HSA + "Y4S1"),
    "v_dietist_alingsas": ("Dietistenheten, Alingsås lasarett", VGR_HSA + "Y9A6"),
    "v_stroke_nal": ("Strokeenheten, NU-sjukvården NÄL", VGR_HSA + "S7N2"),
}

DEFAULT_TEMPLATE = {
    "läkare": "Läkaranteckning",
    "sjuksköterska": "Sjuksköterskeanteckning",
    "psykolog": "Psykologanteckning",
    "fysioterapeut": "Fysioterapeutanteckning",
    "dietist": "Dietistanteckning",
    "kurator": "Kuratorsanteckning",
    "barnmorska": "Barnmorskeanteckning",
    "arbetsterapeut": "Arbetsterapeutanteckning",
    "logoped": "Logopedanteckning",
    "undersköterska": "Omvårdnadsanteckning",
}

SYSTEMS = {"M": "Melior", "P": "PMO"}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def P(birth, serial):
    """Patient with a Luhn-valid personnummer for birth date YYYY-MM-DD, serial 3 digits."""
    y, m, d = birth.split("-")
    check = luhn_digit(y[2:] + m + d + serial)
    return {"id": "%s%s%s-%s%d" % (y, m, d, serial, check), "birth_date": birth,
            "protected_identity": False}


def _iso(t):
    return _dt.datetime.strptime(t, "%Y-%m-%d %H:%M")


def N(nid, system, unit, author, t, sections, template=None, setting="öppenvård",
      draft=False, sign_after=45, refs=None):
    name, hsa = UNITS[unit]
    start = _iso(t)
    signed = None if draft else (start + _dt.timedelta(minutes=sign_after)).isoformat()
    return {
        "id": nid,
        "system": SYSTEMS[system],
        "template": template or DEFAULT_TEMPLATE[author[1]],
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": start.isoformat(),
        "signed": signed,
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


CASES = []


def c(name, ruleset, patient, notes, must=(), must_not=(), why=""):
    last = max(_iso(n["time"].replace("T", " ")[:16]) for n in notes)
    as_of = (last + _dt.timedelta(days=10)).replace(hour=0, minute=0, second=0)
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": patient,
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


def m(*codes, note="n1"):
    return [(code, note) for code in codes]


TH = "Tidiga hypoteser"
TEL = "Telefonanteckning"

# =========================================================================== A
# NL102 positives: a hedged diagnosis in a visible section of a Melior note.

c("akut-obs-appendicit-vgr", "vgr", P("1998-07-14", "238"), [
    N("n1", "M", "v_akut_sas", ("Johan Lindqvist", "läkare"), "2024-02-03 02:14", [
        ("Anamnes", "Buksmärta sedan igår kväll, började kring naveln och har vandrat ner mot höger fossa. Illamående, kräkts två gånger. Ingen diarré."),
        ("Status", "AT: smärtpåverkad men opåverkad i övrigt. Buk: mjuk, palpationsöm och släppöm i höger fossa, Rovsings tecken positivt. Temp 38,1."),
        ("Bedömning", "Obs appendicit. Läggs in för observation med fasta, nytt CRP och LPK om sex timmar. Kirurgjouren underrättad."),
    ], setting="akutvård"),
], must=m("NL102"), must_not=m("NL101"),
   why="'Obs appendicit' (observation för) is a hedged diagnosis in a visible Melior section.")

c("akut-susp-lungemboli-efter-flygresa", "skane", P("1971-11-02", "462"), [
    N("n1", "M", "s_akut_malmo", ("Sara Nilsson", "läkare"), "2024-03-18 16:40", [
        ("Aktuellt", "Hemkommen från Thailand i förrgår efter elva timmars flyg. Andfådd och högersidig andningskorrelerad smärta sedan igår."),
        ("Bedömning", "Puls 112, saturation 91 % på luft. Susp. lungemboli, DT thorax med kontrast beställd och Fragmin ges i väntan på svar."),
    ], setting="akutvård"),
], must=m("NL102"), why="Abbreviated hedge 'Susp.' before a diagnosis in a visible Bedömning.")

c("onk-misstankt-skelettmetastas-prostata", "vgr", P("1949-05-21", "315"), [
    N("n1", "M", "v_onk_jk", ("Anders Berg", "läkare"), "2024-04-09 10:20", [
        ("Kontaktorsak", "Uppföljning av känd prostatacancer under hormonbehandling."),
        ("Aktuellt", "Nytillkommen ländryggssmärta sedan en månad, värst nattetid. PSA stigit från 0,8 till 6,4."),
        ("Bedömning", "Misstänkt skelettmetastas i L3 med tanke på smärtans karaktär och PSA-stegringen. Skelettscintigrafi bokas inom en vecka."),
    ]),
], must=m("NL102"), why="'Misstänkt skelettmetastas' (new hedged finding) in a visible oncology note.")

c("kir-trol-gallstensanfall-telegrafisk", "skane", P("1983-09-30", "728"), [
    N("n1", "M", "s_kir_hbg", ("Mikael Olsson", "läkare"), "2024-01-22 21:05", [
        ("Bedömning", "Kolikartad smärta hö arcus efter fet måltid, nu smärtfri. Afebril, CRP 6, lever u.a. Trol. gallstensanfall, ej cholecystit. UL lever/galla polikliniskt."),
    ], setting="akutvård"),
], must=m("NL102"), why="Telegraphic 'Trol.' before a diagnosis; the negated cholecystit beside it does not cancel it.")

c("ger-lewy-body-dd-parkinsondemens", "vgr", P("1944-02-17", "129"), [
    N("n1", "M", "v_minne_molndal", ("Karin Wallin", "läkare"), "2024-05-14 13:30", [
        ("Anamnes", "Make beskriver dagar med klar tanke omväxlande med dagar då hon inte hittar hemma. Ser små barn i vardagsrummet på kvällarna."),
        ("Status", "Lätt rigiditet i båda armarna, hypomimi, småstegad gång. MMSE 22/30 med nedsatt figurkopiering."),
        ("Bedömning", "Bilden talar i första hand för Lewy body-demens, DD Parkinsons sjukdom med demens. DaTSCAN remitteras."),
    ]),
], must=m("NL102"), why="'I första hand … DD …' — diagnosis with a differential in a visible geriatric note.")

c("gyn-misstankt-endometrios", "skane", P("1996-04-08", "584"), [
    N("n1", "M", "s_kvinno_krist", ("Emma Sjöberg", "läkare"), "2024-06-11 09:15", [
        ("Anamnes", "Kraftig mensvärk sedan menarche, djup samlagssmärta och trötthet under mens. Ingen effekt av NSAID."),
        ("Gynekologiskt status", "Ömhet i bakre fornix, i övrigt normalt. Vaginalt ultraljud utan endometriom."),
        ("Bedömning", "Misstänkt endometrois. Provar kontinuerliga p-piller i tre månader och utvärderar därefter."),
    ]),
], must=m("NL102"), must_not=m("NL101"), why="Plain 'Misstänkt' before a misspelt diagnosis (typo 'endometrois') in Melior.")

c("barn-pneumoni-fragetecken", "vgr", P("2020-01-25", "046"), [
    N("n1", "M", "v_barnakut_dsbus", ("Lina Ek", "läkare"), "2024-01-08 19:45", [
        ("Bedömning", "Feber fem dagar, andningsfrekvens 48, krepitationer höger basalt. Pnemoni? Lungröntgen beställd och CRP tas."),
    ], setting="akutvård"),
], must=m("NL102"), why="A bare question mark after a misspelt diagnosis (typo 'Pnemoni') marks it as uncertain; guardians read.")

c("psyk-sannolikt-bipolar-typ-ii", "skane", P("1991-12-03", "247"), [
    N("n1", "M", "s_psyk_landskrona", ("Henrik Åberg", "läkare"), "2024-02-26 14:00", [
        ("Aktuellt", "Fjärde depressiva perioden på fem år. Beskriver också veckor med fyra timmars sömn, mycket energi och impulsiva köp."),
        ("Bedömning", "Sannolikt bipolär sjukdom typ II, vilket behöver bekräftas med strukturerad intervju och komparentuppgifter från sambon."),
        ("Planering", "MINI vid nästa besök. Sertralin trappas inte upp i avvaktan på utredningen."),
    ], setting="psykiatrisk öppenvård"),
], must=m("NL102"), why="'Sannolikt' hedge on a psychiatric diagnosis in a visible Melior note.")

c("neuro-demyeliniserande-kan-ej-uteslutas", "vgr", P("1988-10-19", "362"), [
    N("n1", "M", "v_neuro_sahl", ("Fredrik Holm", "läkare"), "2024-03-05 11:10", [
        ("Anamnes", "Domningar i båda benen och en bandkänsla kring bålen sedan tre veckor."),
        ("Undersökningar", "MR thorakalrygg: en T2-hyperintens lesion i höjd med Th6."),
        ("Bedömning", "Demyeliniserande sjukdom kan inte uteslutas. Lumbalpunktion och MR hjärna planeras."),
    ]),
], must=m("NL102"), why="'kan inte uteslutas' is a hedge that keeps the diagnosis open (not a negation).")

c("hud-susp-melanoma-malignum-latin", "skane", P("1967-08-12", "415"), [
    N("n1", "M", "s_hud_lund", ("Ingrid Persson", "läkare"), "2024-07-02 10:40", [
        ("Status", "Asymmetrisk 9 mm pigmenterad lesion på ryggen med oregelbunden kant och flera färger. Dermatoskopiskt regressionsstrukturer."),
        ("Bedömning", "Susp. melanoma malignum. Excision med 2 mm marginal idag, PAD inväntas."),
    ]),
], must=m("NL102"), why="Latin diagnosis with 'Susp.' in a visible dermatology note.")

c("hemat-mojligen-mgus-myelom-uteslutas", "vgr", P("1958-03-27", "204"), [
    N("n1", "M", "v_hemat_sahl", ("Maria Fors", "läkare"), "2024-04-16 15:25", [
        ("Bedömning", "M-komponent IgG 8 g/L, normalt Hb, kalcium och kreatinin. Möjligen MGUS men myelom måste uteslutas, benmärgsprov och lågdos-DT skelett bokas."),
    ]),
], must=m("NL102"), why="'Möjligen' on MGUS plus an open differential (myelom) in a visible section.")

c("barn-misstanke-om-celiaki", "skane", P("2017-05-09", "523"), [
    N("n1", "M", "s_barn_hbg", ("Peter Lind", "läkare"), "2024-05-28 08:50", [
        ("Anamnes", "Viktkurvan har planat ut sedan ett halvår, lös avföring flera gånger dagligen och magont."),
        ("Labb", "Transglutaminasantikroppar 98 (ref <7). Hb 109."),
        ("Bedömning", "Misstanke om celiaki. Remiss för gastroskopi med biopsier; glutenfri kost ska inte påbörjas förrän efter biopsin."),
    ]),
], must=m("NL102"), why="'Misstanke om' + diagnosis in a paediatric Melior note that the guardians read.")

c("ortop-trol-mb-perthes-eponym", "vgr", P("2018-02-14", "657"), [
    N("n1", "M", "v_ortop_molndal", ("Oskar Dahl", "läkare"), "2024-02-20 10:05", [
        ("Anamnes", "Haltar sedan tre veckor, klagar på ont i höger knä och ljumske efter förskolan."),
        ("Status", "Inskränkt inåtrotation och abduktion i höger höft. Knät u.a."),
        ("Bedömning", "Rtg höft: lätt förtätning av caputkärnan höger. Trol. Mb Perthes, MR för bekräftelse."),
    ]),
], must=m("NL102"), why="Eponym with 'Mb' and 'Trol.' in a paediatric orthopaedic note.")

c("onh-mb-meniere-fragetecken", "skane", P("1975-06-23", "341"), [
    N("n1", "M", "s_onh_hbg", ("Anna Svensson", "läkare"), "2024-08-20 13:20", [
        ("Anamnes", "Attacker av rotatorisk yrsel i timmar med brus och lockkänsla i vänster öra."),
        ("Audiogram", "Lågfrekvent sensorineural hörselnedsättning vänster."),
        ("Bedömning", "Mb Menière? Följs med nytt audiogram om två månader, betahistin prövas."),
    ]),
], must=m("NL102"), why="Eponym diagnosis with a trailing question mark in a visible ENT note.")

c("reuma-pmr-misstanks", "vgr", P("1951-09-06", "488"), [
    N("n1", "M", "v_reuma_sahl", ("Eva Hedlund", "läkare"), "2024-09-10 09:30", [
        ("Aktuellt", "Morgonstelhet i skuldror och höfter i två timmar, svårt att ta på sig kappan. SR 58, CRP 41."),
        ("Bedömning", "PMR misstänks. Ingen huvudvärk, käkklaudikation eller synbesvär. Prednisolon 15 mg startas med kontroll om en vecka."),
    ]),
], must=m("NL102"), why="Postposed verb 'misstänks' after an abbreviated diagnosis (PMR).")

c("infekt-trol-borreliaartrit", "skane", P("1979-01-31", "296"), [
    N("n1", "M", "s_infekt_lund", ("Jonas Wikström", "läkare"), "2024-10-01 11:45", [
        ("Bedömning", "Svullet höger knä sedan tre veckor, fästingbett i somras utan erytem. Borreliaserologi IgG positiv, ledvätska utan kristaller och odling negativ. Trol. borreliaartrit, doxycyklin i fyra veckor."),
    ]),
], must=m("NL102"), why="'Trol.' on an infectious diagnosis in a visible infectious-disease note.")

c("akut-sannolikt-lunginflammation-lekord", "vgr", P("1962-12-11", "573"), [
    N("n1", "M", "v_akut_nal", ("Per Gustafsson", "läkare"), "2024-01-29 23:10", [
        ("Anamnes", "Hosta, frysningar och feber sedan fyra dagar, smärta i vänster sida vid djupa andetag."),
        ("Bedömning", "Sannolikt lunginflammation i vänster underlob. Behandlas med PcV, röntgen avstås då hon är opåverkad."),
    ], setting="akutvård"),
], must=m("NL102"), why="Lay word 'lunginflammation' with 'Sannolikt' is still a hedged diagnosis.")

c("kard-i-forsta-hand-perikardit-dd-myokardit", "skane", P("1994-03-15", "118"), [
    N("n1", "M", "s_kard_krist", ("Gustav Ek", "läkare"), "2024-03-11 17:35", [
        ("Bedömning", "Bröstsmärta som förvärras liggande, lätt troponinstegring och diffusa ST-höjningar. I första hand perikardit, DD myokardit. Eko utan utgjutning, MR hjärta bokas."),
    ]),
], must=m("NL102"), why="'DD' (differentialdiagnos) names an alternative diagnosis in a visible note.")

c("gynakut-misstankt-extrauterin", "vgr", P("1993-10-04", "631"), [
    N("n1", "M", "v_gynakut_ostra", ("Sofia Andersson", "läkare"), "2024-04-27 03:40", [
        ("Anamnes", "Positivt graviditetstest för en vecka sedan, nu småblödning och ensidig smärta vänster."),
        ("Undersökning", "Vaginalt ultraljud utan intrauterin graviditet, liten mängd fri vätska. hCG 1450."),
        ("Bedömning", "Misstänkt extrauterin graviditet. Nytt hCG om 48 timmar; ska söka direkt vid ökad smärta eller yrsel."),
    ], setting="akutvård"),
], must=m("NL102"), why="Suspected ectopic pregnancy in a visible gynaecological emergency note.")

c("ortop-scaphoideum-kan-inte-uteslutas", "skane", P("2001-07-19", "453"), [
    N("n1", "M", "s_ortop_hassleholm", ("Linnea Borg", "läkare"), "2024-11-04 14:15", [
        ("Status", "Ömhet i fossa tabatière och vid axiell kompression av tummen."),
        ("Bedömning", "Rtg utan säker fraktur, men scaphoideumfraktur kan inte uteslutas. Gips och ny röntgen om tio dagar."),
    ]),
], must=m("NL102"), why="Fracture that cannot be excluded after a normal x-ray: hedge, not negation.")

c("uro-suspekt-urotelial-cancer", "vgr", P("1955-08-28", "387"), [
    N("n1", "M", "v_uro_sas", ("Lars Björk", "läkare"), "2024-05-06 10:50", [
        ("Kontaktorsak", "Remiss från vårdcentral för makroskopisk hematuri hos storrökare."),
        ("Cystoskopi", "Papillär förändring ca 2 cm vid vänster uretärmynning, suspekt urotelial cancer."),
        ("Planering", "TUR-B med PAD, DT-urografi innan."),
    ]),
], must=m("NL102"), why="'suspekt' + cancer in a cystoscopy section that is visible.")

c("endo-trol-graves-basedow", "skane", P("1986-11-22", "164"), [
    N("n1", "M", "s_endo_malmo", ("Hanna Lundgren", "läkare"), "2024-06-03 15:00", [
        ("Bedömning", "Viktnedgång 6 kg, tremor och hjärtklappning. TSH <0,01, fritt T4 45. Trol. Graves sjukdom (Mb Basedow), TRAK skickat. Tiamazol och propranolol sätts in."),
    ]),
], must=m("NL102"), why="'Trol.' with eponym and its alternative name.")

c("neuro-guillain-barre-stavfel", "vgr", P("1972-04-13", "259"), [
    N("n1", "M", "v_neuro_sahl", ("Daniel Strand", "läkare"), "2024-02-12 20:25", [
        ("Anamnes", "Tilltagande svaghet i benen sedan fyra dagar, nu svårt att resa sig från stol. Magsjuk för två veckor sedan."),
        ("Status", "Areflexi i nedre extremiteter, distal kraftnedsättning 4/5, ingen sensorisk nivå."),
        ("Bedömning", "Missänkt Guillian-Barrés syndrom, lumbalpunktion och neurografi. Vitalkapacitet följs var fjärde timme."),
    ], setting="slutenvård"),
], must=m("NL102"), why="Typo in both hedge and eponym ('Missänkt Guillian-Barrés'); still a hedged diagnosis.")

c("lung-sarkoidos-lymfom-ej-uteslutet", "skane", P("1985-02-02", "372"), [
    N("n1", "M", "s_lung_lund", ("Viktor Sandberg", "läkare"), "2024-09-17 13:05", [
        ("Undersökningar", "DT thorax: bilaterala förstorade hiluskörtlar och perilymfatiska noduli."),
        ("Bedömning", "Bilden är förenlig med sarkoidos, men lymfom kan inte uteslutsa. Bronkoskopi med EBUS bokas."),
    ]),
], must=m("NL102"), why="An open malignant differential with a typo in the hedge ('kan inte uteslutsa').")

c("akut-collumfraktur-fragetecken-telegrafisk", "vgr", P("1936-05-30", "142"), [
    N("n1", "M", "v_akut_sahl", ("Elin Sund", "läkare"), "2024-12-02 06:20", [
        ("Bedömning", "Fall i hemmet inatt, ont hö höft, förkortat o utåtroterat ben. ?collumfraktur hö. Rtg + ortopedjour."),
    ], setting="akutvård"),
], must=m("NL102"), why="Leading question mark glued to the diagnosis in a telegraphic line.")

c("barn-inkomplett-kawasaki-misstanks", "skane", P("2021-08-16", "229"), [
    N("n1", "M", "s_barn_lund", ("Tove Holmberg", "läkare"), "2024-03-25 18:10", [
        ("Anamnes", "Feber i sex dagar trots antibiotika, röda ögon utan sekret och svullna händer."),
        ("Status", "Jordgubbstunga, spruckna läppar, perifert ödem. Ingen lymfadenit."),
        ("Bedömning", "Inkomplett Kawasakis sjukdom misstänks. Ekokardiografi idag, IVIG diskuteras med bakjouren."),
    ], setting="slutenvård"),
], must=m("NL102"), why="Eponym diagnosis with postposed 'misstänks' in a paediatric inpatient note.")

c("psyk-ev-adhd-vuxen", "vgr", P("2000-06-05", "318"), [
    N("n1", "M", "v_psyk_uddevalla", ("Amir Haddad", "läkare"), "2024-10-15 10:00", [
        ("Aktuellt", "Koncentrationssvårigheter sedan skolåren, har påbörjat och avbrutit tre utbildningar. Impulsiv i trafiken."),
        ("Bedömning", "Ev. ADHD. Neuropsykiatrisk utredning påbörjas med skattningsskalor och anhörigintervju med modern."),
    ], setting="psykiatrisk öppenvård"),
], must=m("NL102"), why="'Ev.' (eventuell) before a psychiatric diagnosis in a visible Melior note.")

c("gastro-trolig-ibd-uc-mer-sannolik", "skane", P("1999-09-12", "096"), [
    N("n1", "M", "s_gastro_hbg", ("Karl Jönsson", "läkare"), "2024-07-22 11:30", [
        ("Bedömning", "Blodiga diarréer i sex veckor, kalprotektin 1200, vikt -4 kg. Trolig inflammatorisk tarmsjukdom, ulcerös kolit mer sannolik än Crohns sjukdom. Koloskopi nästa vecka."),
    ]),
], must=m("NL102"), why="'Trolig' and a comparative likelihood between two diagnoses.")

c("gyn-susp-ca-ovarii-mdk", "vgr", P("1961-01-18", "544"), [
    N("n1", "M", "v_gyn_ostra", ("Helena Rydberg", "läkare"), "2024-08-06 14:40", [
        ("Ultraljud", "9 cm multiloculär resistens höger adnex med solida partier, måttlig ascites."),
        ("Labb", "CA-125 890."),
        ("Bedömning", "Susp. ca ovarii. Anmäls till gynonkologisk MDK torsdag, DT thorax-buk beställd."),
    ]),
], must=m("NL102"), why="Abbreviated Latin 'ca ovarii' with 'Susp.' in a visible gynaecology note.")

c("stroke-tia-fragetecken-dt-ua", "skane", P("1953-04-07", "436"), [
    N("n1", "M", "s_stroke_hbg", ("Nils Håkansson", "läkare"), "2024-04-22 12:25", [
        ("Aktuellt", "Övergående talsvårighet och svaghet i höger arm i 20 minuter i morse, nu helt återställd."),
        ("Bedömning", "TIA? DT hjärna u.a. Karotisdoppler och långtids-EKG, trombocythämning insatt."),
    ]),
], must=m("NL102"), why="Question-marked TIA next to a normal CT ('u.a.'); the hedge stands.")

c("akut-triage-ssk-misstankt-hjartinfarkt", "vgr", P("1960-10-27", "275"), [
    N("n1", "M", "v_akut_sas", ("Therese Lund", "sjuksköterska"), "2024-06-19 08:05", [
        ("Triage", "RETTS orange. Tryckande bröstsmärta sedan en timme med utstrålning till vänster arm, kallsvettig."),
        ("Åtgärd", "Misstänkt hjärtinfarkt, EKG taget och visat för läkare direkt. Nitro sublingualt och ASA enligt ordination."),
    ], setting="akutvård", template="Triageanteckning"),
], must=m("NL102"), why="A nurse's triage note with 'Misstänkt hjärtinfarkt' is a visible hedged diagnosis too.")

c("infekt-urosepsis-kan-ej-uteslutas", "skane", P("1947-12-19", "508"), [
    N("n1", "M", "s_infekt_lund", ("Jenny Axelsson", "läkare"), "2024-11-18 22:55", [
        ("Bedömning", "Frossa, temp 39,6, laktat 3,1, nyligen KAD-byte. Urosepsis kan ej uteslutas. Blododlingar x2 och urinodling tagna, cefotaxim ges."),
    ], setting="slutenvård"),
], must=m("NL102"), why="'kan ej uteslutas' (abbreviated negation) still leaves sepsis as a live hypothesis.")

c("barnakut-misstankt-invagination", "vgr", P("2022-11-03", "187"), [
    N("n1", "M", "v_barnakut_dsbus", ("Maja Berglund", "läkare"), "2024-05-11 15:30", [
        ("Anamnes", "Återkommande skrikattacker med blekhet däremellan sedan i morse, en hallongeléliknande avföring."),
        ("Bedömning", "Misstänkt invagination. Akut ultraljud buk och kirurgkonsult."),
    ], setting="akutvård"),
], must=m("NL102"), why="Suspected intussusception in a toddler's visible emergency note.")

c("ger-trol-nph-tap-test", "skane", P("1939-10-10", "313"), [
    N("n1", "M", "s_ger_malmo", ("Olof Bengtsson", "läkare"), "2024-02-07 11:00", [
        ("Anamnes", "Gångförmågan försämrad senaste året, småstegad, inkontinens och glömska."),
        ("Bedömning", "DT hjärna visar vidgade ventriklar utan motsvarande atrofi. Trol. NPH (normaltryckshydrocefalus). Tap-test planeras på neurologen."),
    ], setting="slutenvård"),
], must=m("NL102"), why="Acronym diagnosis with expansion, hedged by 'Trol.'.")

c("hud-mojligen-psoriasis-dd-seborroiskt", "vgr", P("1990-08-21", "402"), [
    N("n1", "M", "v_hud_sas", ("Jakob Nyberg", "läkare"), "2024-03-19 09:40", [
        ("Status", "Fjällande skarpt avgränsade plack på armbågar och i hårbotten."),
        ("Bedömning", "Möjligen psoriasis, DD seborroiskt eksem. Betametason lösning i hårbotten, återbesök om sex veckor."),
    ]),
], must=m("NL102"), why="'Möjligen' with a differential on a skin diagnosis.")

c("onk-misstankt-lymfomrecidiv-pet", "skane", P("1969-06-28", "351"), [
    N("n1", "M", "s_onk_lund", ("Cecilia Holm", "läkare"), "2024-10-22 13:50", [
        ("Bedömning", "PET-DT visar nytillkommet upptag i mediastinala lymfkörtlar, misstänkt recidiv av Hodgkins lymfom. Biopsi planeras innan ny behandling diskuteras."),
    ]),
], must=m("NL102"), why="Suspected relapse of a known lymphoma is a new uncertain diagnosis.")

c("ogon-arteritis-temporalis-hortons", "vgr", P("1945-03-03", "226"), [
    N("n1", "M", "v_ogon_molndal", ("Ulla Sjögren", "läkare"), "2024-07-08 16:15", [
        ("Aktuellt", "Plötslig synnedsättning vänster öga sedan i morse, tuggsmärta och huvudvärk i tinningen i två veckor."),
        ("Bedömning", "Misstänkt arteritis temporalis (Hortons sjukdom) med ischemisk opticusneuropati. Prednisolon 60 mg från idag, temporalisbiopsi inom en vecka."),
    ]),
], must=m("NL102"), why="Latin and eponym together behind 'Misstänkt' in an eye-clinic note.")

c("akut-trolgi-pneumoni-stavfel", "skane", P("1980-05-17", "665"), [
    N("n1", "M", "s_akut_ystad", ("Rasmus Kjellberg", "läkare"), "2024-12-09 01:30", [
        ("Bedömning", "Feber, produktiv hosta, dämpning hö bas. Trolgi pneumoni hö. Amoxicillin 750 mg x3 i 7 d, åter vid försämring."),
    ], setting="akutvård"),
], must=m("NL102"), why="Typo in the hedge ('Trolgi' for trolig); still a hedged diagnosis.")

c("onk-telefon-ksk-misstankt-neutropen-feber", "vgr", P("1976-09-09", "447"), [
    N("n1", "M", "v_onk_skovde", ("Malin Åström", "sjuksköterska"), "2024-03-02 19:20", [
        ("Kontaktorsak", "Pat ringer, dag 9 efter andra cykeln FEC. Temp 38,7 sedan en timme, frusen."),
        ("Bedömning", "Misstänkt neutropen feber."),
        ("Åtgärd", "Uppmanas åka till akuten direkt, inte vänta på att febern går ner. Akutmottagningen och avdelning 12 förvarnade."),
    ], template=TEL, setting="telefonrådgivning"),
], must=m("NL102"), why="Telephone advice by a contact nurse with a hedged diagnosis in its own Bedömning section.")

c("uro-misstanke-om-prostatacancer", "skane", P("1957-02-25", "139"), [
    N("n1", "M", "s_uro_malmo", ("Bo Lindahl", "läkare"), "2024-01-16 10:30", [
        ("Bedömning", "PSA 14, hård knöl i vänster lob vid palpation. Misstanke om prostatcancer; MR prostata och därefter riktade biopsier."),
    ]),
], must=m("NL102"), why="'Misstanke om' + misspelt cancer (typo 'prostatcancer') in a urology note.")

c("barn-trolig-absensepilepsi", "vgr", P("2016-03-21", "058"), [
    N("n1", "M", "v_barn_nal", ("Ida Carlsson", "läkare"), "2024-09-03 13:10", [
        ("Anamnes", "Lärare rapporterar korta stirrattacker många gånger om dagen, flickan minns dem inte."),
        ("Status", "Hyperventilation på mottagningen utlöser en 8 sekunder lång attack med ögonlocksflimmer."),
        ("Bedömning", "Trolig absensepilepsi. EEG bokat, behandling diskuteras när svaret finns."),
    ]),
], must=m("NL102"), why="'Trolig' epilepsy diagnosis in a paediatric note the guardians read.")

c("bup-psykolog-misstankt-ast", "skane", P("2015-01-13", "274"), [
    N("n1", "M", "s_bup_malmo", ("Sanna Frid", "psykolog"), "2024-04-04 14:30", [
        ("Observation", "Begränsad ömsesidighet i samspelet, undviker blickkontakt och återkommer till tågtidtabeller."),
        ("Bedömning", "Misstänkt autismspektrumtillstånd. Utredningen fortsätter med ADOS-2 och föräldraintervju."),
    ], setting="psykiatrisk öppenvård"),
], must=m("NL102"), why="Psychologist's hedged neurodevelopmental diagnosis in a Skåne BUP Melior note.")

c("med-hjartsvikt-fragetecken-planering", "vgr", P("1950-11-14", "191"), [
    N("n1", "M", "v_med_kungalv", ("Stefan Roos", "läkare"), "2024-02-28 14:20", [
        ("Aktuellt", "Bensvullnad och ansträngningsdyspné sedan vintern, sover med tre kuddar."),
        ("Planering", "Hjärtsvikt? NT-proBNP och ekokardiografi beställs, furosemid 40 mg i väntan."),
    ]),
], must=m("NL102"), why="Hedged diagnosis placed in Planering, still a visible section.")

c("ger-delirium-trol-uvi-utlosande", "skane", P("1931-07-07", "084"), [
    N("n1", "M", "s_ger_malmo", ("Ebba Mårtensson", "läkare"), "2024-08-14 09:05", [
        ("Bedömning", "Akut förvirring sedan två dygn med växlande vakenhet och uppmärksamhet. Delirium, trol. utlöst av urinvägsinfektoin; urinodling tagen och onödiga antikolinerga läkemedel sätts ut."),
    ], setting="slutenvård"),
], must=m("NL102"), why="A confirmed delirium with a hedged cause (trol. + typo 'urinvägsinfektoin'): the hedged part fires.")

c("kir-tunntarmsileus-kan-ej-uteslutas", "vgr", P("1964-12-24", "318"), [
    N("n1", "M", "v_kir_kungalv", ("Tobias Wahl", "läkare"), "2024-06-29 02:45", [
        ("Bedömning", "Uppblåst buk, galla-färgade kräkningar, ingen gasavgång sedan igår. Opererad för perforerad appendix 2010. Tunntarmsileus kan ej uteslutas, DT buk akut och V-sond."),
    ], setting="akutvård"),
], must=m("NL102"), why="Surgical emergency with an unexcluded ileus; past appendix operation is not the hedge.")

c("smvc-barnmorska-misstankt-preeklampsi", "skane", P("1992-05-26", "490"), [
    N("n1", "M", "s_smvc_hbg", ("Frida Nordin", "barnmorska"), "2024-10-09 10:35", [
        ("Kontroll", "Graviditetsvecka 34+2. Blodtryck 152/98 och 154/100, albuminuri 1+, lätt huvudvärk."),
        ("Bedömning", "Misstänkt preeklampsi."),
        ("Åtgärd", "Skickas till förlossningen för läkarbedömning och provtagning, förlossningen informerad per telefon."),
    ]),
], must=m("NL102"), why="A midwife's hedged obstetric diagnosis in a visible Melior note.")

c("dietist-mojlig-atstorning-arfid", "vgr", P("2002-04-30", "356"), [
    N("n1", "M", "v_dietist_alingsas", ("Josefin Larsson", "dietist"), "2024-11-12 13:00", [
        ("Kostanamnes", "Äter endast ett tiotal livsmedel, undviker allt med blandad konsistens sedan barndomen. BMI 17,2."),
        ("Bedömning", "Möjlig ätstörning av typen ARFID, bör utredas vidare av läkare. Kostplan med energitäta alternativ inom hennes accepterade livsmedel."),
    ]),
], must=m("NL102"), why="A dietitian's 'Möjlig' eating-disorder diagnosis in a visible Melior note.")

c("fysio-subakromiell-rotatorkuff-ej-uteslutet", "skane", P("1968-10-02", "521"), [
    N("n1", "M", "s_fysio_ortop", ("Moa Ljung", "fysioterapeut"), "2024-05-21 15:45", [
        ("Undersökning", "Smärtsam båge 70–120 grader, positivt Hawkins-Kennedy, nedsatt kraft i utåtrotation."),
        ("Bedömning", "Bilden talar för subakromiellt smärtsyndrom, men rotatorkuffruptur går inte att utesluta med tanke på kraftnedsättningen. Ultraljud efterfrågas via ortopeden."),
    ]),
], must=m("NL102"), why="Physiotherapist: 'går inte att utesluta' leaves a tear as an open diagnosis.")

c("logoped-misstankt-primar-progressiv-afasi", "vgr", P("1956-07-11", "263"), [
    N("n1", "M", "v_logoped_sahl", ("Klara Öberg", "logoped"), "2024-09-26 10:10", [
        ("Bedömning", "Ordletningssvårigheter och fonologiska fel som tilltagit under ett år, förståelsen intakt. Misstänkt primär progressiv afasi, logopedisk rapport skickas till neurologen."),
    ]),
], must=m("NL102"), why="Speech therapist's suspected diagnosis in a visible note.")

c("akut-alkoholabstinens-wernicke-ej-uteslutet", "skane", P("1973-03-08", "382"), [
    N("n1", "M", "s_akut_hbg", ("Filip Ahlström", "läkare"), "2024-07-13 04:10", [
        ("Bedömning", "Tremor, svettningar och takykardi, senaste intag för 30 timmar sedan. Trol. alkoholabstinens; Wernickes encefalopati kan inte uteslutas då han är ataktisk. Tiamin iv och oxazepam enligt schema."),
    ], setting="akutvård"),
], must=m("NL102"), why="Two hedges in one sentence group (trol. + kan inte uteslutas) in an emergency note.")

c("lung-preliminart-misstankt-kol-spirometri", "vgr", P("1959-06-17", "414"), [
    N("n1", "M", "v_lung_sas", ("Marcus Hägg", "läkare"), "2024-01-30 09:50", [
        ("Aktuellt", "Rökt 35 paketår, hosta med slem varje morgon och andfåddhet i backar."),
        ("Bedömning", "Preliminärt KOL, men spirometrin med reversibilitet måste göras innan diagnosen kan ställas. Rökstopp diskuterat."),
    ]),
], must=m("NL102"), why="'Preliminärt … innan diagnosen kan ställas' marks a diagnosis as not yet settled.")

c("infekt-telefon-trolig-vinterkraksjuka-melior", "skane", P("1987-01-04", "605"), [
    N("n1", "M", "s_infekt_lund", ("Gunilla Hansson", "sjuksköterska"), "2024-02-15 18:30", [
        ("Kontaktorsak", "Ringer för kräkningar och diarré sedan i natt, flera på arbetsplatsen har samma besvär."),
        ("Bedömning", "Trolig calicivirusinfektion (vinterkräksjuka), dricker och kissar."),
        ("Råd", "Vätskeersättning i små klunkar, handhygien och stanna hemma två dygn efter sista symtom. Ringer åter vid blod i avföringen."),
    ], template=TEL, setting="telefonrådgivning"),
], must=m("NL102"), why="Telephone advice in Melior with medical term and lay word hedged by 'Trolig'.")

c("psyk-heldygn-misstankt-forsta-psykos", "vgr", P("2004-02-09", "179"), [
    N("n1", "M", "v_psyk_boras", ("Erik Falk", "läkare"), "2024-08-02 11:40", [
        ("Aktuellt", "Inlagd sedan igår. Hör röster som kommenterar, tror att grannarna övervakar honom via elnätet."),
        ("Bedömning", "Misstänkt förstagångspsykos, drogutlöst genes ej utesluten då han röker cannabis dagligen. Drogscreening och MR hjärna."),
    ], setting="psykiatrisk heldygnsvård"),
], must=m("NL102"), why="Psychiatric inpatient note: shown with a delay but shown, so a hedged diagnosis fires.")

c("barn-mjolkproteinallergi-misstankt-melior", "vgr", P("2024-01-02", "071"), [
    N("n1", "M", "v_barn_skovde", ("Hedvig Persson", "läkare"), "2024-06-12 10:25", [
        ("Anamnes", "Fem månader. Slem och blodstrimmor i avföringen sedan övergång till modersmjölksersättning."),
        ("Bedömning", "Misstänkt komjölksproteinallergi. Extensivt hydrolyserad ersättning i fyra veckor och sedan provokation."),
    ]),
], must=m("NL102"), why="Infant (guardians read) with a suspected allergy diagnosis in a hospital Melior note.")
# =========================================================================== B
# NL102 near misses: negated, family history, past history, confirmed, hedges that are
# not about a diagnosis, normal results, the patient's own worry.

c("akut-ingen-misstanke-om-fraktur-ottawa", "vgr", P("1997-12-01", "330"), [
    N("n1", "M", "v_akut_sahl", ("Rebecka Öhman", "läkare"), "2024-05-04 22:15", [
        ("Anamnes", "Vrickade vänster fot i trappan i kväll, kan gå med viss smärta."),
        ("Bedömning", "Ottawa-kriterierna negativa, ingen misstanke om fraktur och röntgen är inte indicerad. Distorsion av laterala ligamenten, lindas och avlastas."),
    ], setting="akutvård"),
], must_not=m("NL102", "NL101"), why="'ingen misstanke om fraktur' is a negated mention; the distorsion is settled.")

c("akut-lungemboli-uteslutes-dimer", "skane", P("1989-02-10", "578"), [
    N("n1", "M", "s_akut_malmo", ("Alexander Wiik", "läkare"), "2024-04-13 15:05", [
        ("Bedömning", "Låg klinisk sannolikhet enligt Wells och negativ D-dimer, lungemboli uteslutes. Bröstsmärtan bedöms muskulär efter gårdagens styrketräning."),
    ], setting="akutvård"),
], must_not=m("NL102"), why="'uteslutes' negates the diagnosis; 'Låg klinisk sannolikhet' is a score, not a hedge on a diagnosis.")

c("barn-inga-tecken-pa-meningit", "vgr", P("2019-09-15", "042"), [
    N("n1", "M", "v_barnakut_dsbus", ("Nora Kvist", "läkare"), "2024-10-26 20:50", [
        ("Status", "Pigg mellan febertopparna, ingen nackstelhet, Kernig och Brudzinski negativa, inga petekier."),
        ("Bedömning", "Inga tecken på menigit. Virusinfektion, febernedsättande och åter vid försämring."),
    ], setting="akutvård"),
], must_not=m("NL102"), why="Negated diagnosis with a typo ('menigit'); the viral infection is stated plainly.")

c("neuro-inget-talar-for-ms", "skane", P("1993-06-29", "245"), [
    N("n1", "M", "s_neuro_malmo", ("Julia Fransson", "läkare"), "2024-06-25 10:55", [
        ("Bedömning", "MR hjärna och halsrygg utan demyeliniserande lesioner, inget talar för MS. Domningarna i lillfingret beror på ulnarisentrapment i armbågen enligt neurografin."),
    ]),
], must_not=m("NL102"), why="'inget talar för MS' negates the diagnosis; the final diagnosis is confirmed by neurography.")

c("kard-hjartinfarkt-avskrivs", "vgr", P("1966-01-28", "507"), [
    N("n1", "M", "v_kard_sahl", ("Mats Engström", "läkare"), "2024-03-30 08:40", [
        ("Bedömning", "Troponin T 8 och 9 med tre timmars mellanrum, EKG normalt. Hjärtinfakrt avskrivs. Bröstväggssmärta, hem med NSAID."),
    ], setting="akutvård"),
], must_not=m("NL102"), why="'avskrivs' rules out a misspelt diagnosis (typo 'Hjärtinfakrt').")

c("kir-inge-misstanke-appendicit-stavfel", "skane", P("2003-03-13", "612"), [
    N("n1", "M", "s_kir_krist", ("Lisa Thorén", "läkare"), "2024-09-08 17:25", [
        ("Bedömning", "Diffus buksmärta utan lokal ömhet, CRP 3, LPK 6,1. Inge misstanke om appendicit. Förstoppning efter resa, laxantia och åter om besvären ökar."),
    ], setting="akutvård"),
], must_not=m("NL102"), why="Typo in the negation ('Inge misstanke om'); appendicit stays negated.")

c("onk-ingen-spridning-dt", "vgr", P("1970-10-16", "281"), [
    N("n1", "M", "v_onk_jk", ("Camilla Berg", "läkare"), "2024-11-05 14:35", [
        ("Bedömning", "Årskontroll efter opererad koloncancer stadium II. DT thorax-buk utan tecken på spridning eller lokalrecidiv, CEA normalt."),
        ("Planering", "Nästa kontroll om ett år. Pat informerad om de fina svaren vid besöket."),
    ]),
], must_not=m("NL102", "NL101"), why="Known, told cancer; metastasis and recurrence are negated.")

c("psyk-ingen-misstanke-om-bipolaritet", "skane", P("1984-07-08", "154"), [
    N("n1", "M", "s_psyk_landskrona", ("Johanna Lindström", "läkare"), "2024-02-19 09:20", [
        ("Bedömning", "Egentlig depression, medelsvår episod. Inga hypomana perioder i anamnesen eller enligt maken, ingen misstanke om bipolär sjukdom. Escitalopram 10 mg."),
    ], setting="psykiatrisk öppenvård"),
], must_not=m("NL102"), why="Confirmed depression; bipolar disorder explicitly not suspected.")

c("ger-demens-kunde-uteslutas", "vgr", P("1948-04-26", "338"), [
    N("n1", "M", "v_minne_molndal", ("Anders Hjort", "läkare"), "2024-12-03 10:30", [
        ("Sammanfattning", "Demens kunde uteslutas vid utredningen: MMSE 29, normal neuropsykologisk testning och normal DT hjärna. Minnesbesvären bedöms bero på stress och sömnbrist."),
    ]),
], must_not=m("NL102"), why="Dementia excluded after testing; the remaining explanation is not a hedged diagnosis.")

c("gyn-extrauterin-utesluten", "skane", P("1995-12-12", "427"), [
    N("n1", "M", "s_gyn_malmo", ("Amanda Lind", "läkare"), "2024-03-07 19:50", [
        ("Bedömning", "Vaginalt ultraljud visar intrauterin graviditet vecka 7 med hjärtaktivitet, extrauterin graviditet utesluten. Blödningen bedöms som ofarlig, ny kontroll vid behov."),
    ], setting="akutvård"),
], must_not=m("NL102"), why="'utesluten' after an ultrasound negates the ectopic pregnancy.")

c("infekt-ej-tecken-pa-sepsis", "vgr", P("1977-09-22", "169"), [
    N("n1", "M", "v_infekt_ostra", ("Sebastian Nord", "läkare"), "2024-08-30 13:10", [
        ("Bedömning", "Erysipelas vänster underben. Cirkulatoriskt stabil, laktat normalt, ej tecken på sepsis. PcV 1,6 g x3 peroralt."),
    ]),
], must_not=m("NL102"), why="Confirmed erysipelas; 'ej tecken på sepsis' is negated.")

c("barn-utan-hallpunkt-for-invagination", "skane", P("2021-05-04", "318"), [
    N("n1", "M", "s_barn_lund", ("Ellen Bergman", "läkare"), "2024-05-19 16:40", [
        ("Bedömning", "Ultraljud buk utan hållpunkt för invagination, lätt förstorade mesenteriella lymfkörtlar. Gastroenterit, vätskeschema och åter vid försämring."),
    ], setting="akutvård"),
], must_not=m("NL102"), why="'utan hållpunkt för' negates the diagnosis.")

c("neuro-hereditet-mor-trol-parkinson", "vgr", P("1958-11-08", "212"), [
    N("n1", "M", "v_neuro_sahl", ("Ola Mattsson", "läkare"), "2024-04-10 14:50", [
        ("Hereditet", "Mor trol. Parkinsons sjukdom i 70-årsåldern, aldrig utredd. Morbror hade ALS."),
        ("Bedömning", "Essentiell tremor, bilateral postural tremor som lindras av alkohol. Propranolol prövas."),
    ]),
], must_not=m("NL102"), why="The hedge is in family history about the mother; the patient's own diagnosis is settled.")

c("onk-genetik-syster-mojligen-brostcancer", "skane", P("1982-08-03", "366"), [
    N("n1", "M", "s_onk_lund", ("Marie Engdahl", "läkare"), "2024-09-12 11:15", [
        ("Släktanamnes", "Syster möjligen bröstcancer vid 40 års ålder, uppgiften oklar. Farmor dog i äggstockscancer."),
        ("Bedömning", "Uppfyller kriterier för genetisk utredning, blodprov för BRCA-analys taget efter samtal."),
    ]),
], must_not=m("NL102", "NL101"), why="Hedged cancer belongs to the sister in the family history, not to the patient.")

c("kard-far-misstankt-hjartinfarkt-plotslig-dod", "vgr", P("1985-05-13", "583"), [
    N("n1", "M", "v_kard_sahl", ("Victor Lund", "läkare"), "2024-06-07 15:30", [
        ("Hereditet", "Far dog plötsligt 45 år gammal, misstänkt hjärtinfarkt enligt familjen men ingen obduktion."),
        ("Bedömning", "Familjär hyperkolesterolemi, LDL 6,8. Atorvastatin och lipidmottagningens kaskadscreening av barnen."),
    ]),
], must_not=m("NL102"), why="Suspected infarct of the father (family history); the patient's FH diagnosis is confirmed.")

c("psyk-morfar-sannolikt-bipolar", "skane", P("1990-04-22", "449"), [
    N("n1", "M", "s_psyk_landskrona", ("Petra Rosén", "läkare"), "2024-07-30 13:40", [
        ("Hereditet", "Morfar sannolikt bipolär, vårdades inneliggande flera gånger men aldrig utredd. Mamma behandlad för depression."),
        ("Bedömning", "Recidiverande depression, nu lindrig episod. Fortsatt sertralin och KBT."),
    ], setting="psykiatrisk öppenvård"),
], must_not=m("NL102"), why="The hedged bipolar diagnosis is the grandfather's (family history).")

c("barn-storebror-misstankt-adhd", "vgr", P("2018-07-30", "095"), [
    N("n1", "M", "v_barn_skovde", ("Emil Sjöstrand", "läkare"), "2024-02-13 11:05", [
        ("Sociala förhållanden", "Bor med mamma och storebror 10 år, som utreds på BUP för misstänkt ADHD."),
        ("Bedömning", "Atopiskt eksem, måttligt. Mjukgörande två gånger dagligen och hydrokortison i armvecken i en vecka."),
    ]),
], must_not=m("NL102"), why="Suspected ADHD belongs to a sibling in the social history.")

c("ger-modern-demens-troligen-alzheimer", "skane", P("1952-01-09", "301"), [
    N("n1", "M", "s_minne_lund", ("Ann-Sofie Ek", "läkare"), "2024-10-17 09:35", [
        ("Hereditet", "Moderns demens var troligen Alzheimer, insjuknade vid 78."),
        ("Bedömning", "Lindrig kognitiv störning (MCI), amnestisk typ. Ny testning om ett år."),
    ]),
], must_not=m("NL102"), why="Hedge about the mother's dementia; the patient's MCI is a stated diagnosis.")

c("gastro-tidigare-misstankt-celiaki-normal-biopsi", "vgr", P("1987-03-19", "256"), [
    N("n1", "M", "v_gastro_sahl", ("Lovisa Eklund", "läkare"), "2024-05-23 10:40", [
        ("Tidigare", "2017 utredd för misstänkt celiaki, biopsin var normal."),
        ("Bedömning", "IBS med diarrédominans enligt Rom IV, normalt kalprotektin. FODMAP-råd via dietist."),
    ]),
], must_not=m("NL102"), why="A past, resolved suspicion in the history; the current diagnosis is stated.")

c("reuma-ra-avskrevs-2015", "skane", P("1974-10-11", "223"), [
    N("n1", "M", "s_reuma_lund", ("Göran Nyström", "läkare"), "2024-11-26 14:05", [
        ("Anamnes", "Misstänkt reumatoid artrit 2015, avskrevs efter negativ anti-CCP och spontan regress."),
        ("Bedömning", "Handartros i DIP-leder med Heberdens noder. Paracetamol och handträning via arbetsterapeut."),
    ]),
], must_not=m("NL102"), why="Past suspicion explicitly dismissed; current diagnosis settled with an eponymous sign.")

c("psyk-tonar-misstanke-atstorning-aldrig-bekraftad", "vgr", P("1995-08-18", "472"), [
    N("n1", "M", "v_psyk_sahl", ("Tilda Grön", "läkare"), "2024-03-14 15:20", [
        ("Tidigare psykiatrisk anamnes", "Under tonåren fanns misstanke om ätstörning som aldrig bekräftades; ingen behandling."),
        ("Bedömning", "Generaliserat ångestsyndrom enligt MINI och GAD-7 18. Erbjuds internetbaserad KBT."),
    ], setting="psykiatrisk öppenvård"),
], must_not=m("NL102"), why="An unconfirmed suspicion from adolescence is past history.")

c("neuro-2019-fragetecken-epilepsi-utan-fynd", "skane", P("1998-02-27", "319"), [
    N("n1", "M", "s_neuro_malmo", ("Hugo Blom", "läkare"), "2024-08-08 13:25", [
        ("Tidigare", "Utredd 2019 för ?epilepsi efter ett svimningsanfall, EEG och MR utan fynd."),
        ("Bedömning", "Dagens händelse var en vasovagal synkope med tydliga förkänningar. Ingen körkortspåverkan."),
    ]),
], must_not=m("NL102"), why="Question mark in a past investigation that came out negative.")

c("gyn-2020-misstanktes-pcos-normala-prover", "vgr", P("1997-06-16", "344"), [
    N("n1", "M", "v_kvinno_nal", ("Elsa Wennberg", "läkare"), "2024-07-16 09:00", [
        ("Anamnes", "2020 misstänktes PCOS men hormonprover och ultraljud var normala. Nu önskar hon preventivmedelsrådgivning inför flytt."),
        ("Åtgärd", "Kopparspiral insatt utan komplikationer, kontroll vid behov."),
    ]),
], must_not=m("NL102"), why="Past suspicion with normal work-up; nothing hedged now.")

c("endo-typ1-diabetes-informerad", "vgr", P("2007-02-03", "186"), [
    N("n1", "M", "v_endo_nal", ("Karolina Sten", "läkare"), "2024-04-03 11:30", [
        ("Bedömning", "Typ 1-diabetes, nydebuterad. HbA1c 98, GAD-antikroppar positiva. Ingen ketoacidos."),
        ("Information", "Pat och föräldrarna informerade om diagnosen och insulinbehandlingen, diabetessköterska träffar dem i eftermiddag."),
    ]),
], must_not=m("NL102", "NL101"), why="A confirmed diagnosis told to a 17-year-old and her parents.")

c("hud-pad-basalcellscancer-meddelad-telefon", "skane", P("1946-09-01", "357"), [
    N("n1", "M", "s_hud_lund", ("Rut Håkansson", "sjuksköterska"), "2024-02-22 14:10", [
        ("Provsvar", "PAD: basalcellscancer, nodulär typ, radikalt exciderad."),
        ("Åtgärd", "Pat meddelad per telefon, ingen ytterligare behandling behövs."),
    ], template=TEL),
], must_not=m("NL102", "NL101"), why="A confirmed PAD result already phoned to the patient.")

c("ortop-colles-fraktur-gips", "vgr", P("1940-12-05", "233"), [
    N("n1", "M", "v_ortop_molndal", ("Rickard Lund", "läkare"), "2024-01-12 16:00", [
        ("Bedömning", "Rtg: distal radiusfraktur (Collesfraktur) vänster med dorsal felställning, reponeras i hematomblockad. Gips i fem veckor."),
    ], setting="akutvård"),
], must_not=m("NL102"), why="An eponymous fracture seen on x-ray is a confirmed diagnosis.")

c("psyk-diagnos-f32-1-utan-hedge", "vgr", P("1979-06-06", "469"), [
    N("n1", "M", "v_psyk_uddevalla", ("Martin Kron", "läkare"), "2024-05-29 14:45", [
        ("Diagnos", "Egentlig depression, medelsvår episod (F32.1)."),
        ("Planering", "Sertralin 50 mg, uppföljning med sjuksköterska om två veckor och läkare om sex."),
    ], setting="psykiatrisk öppenvård"),
], must_not=m("NL102"), why="A coded, unhedged diagnosis.")

c("barn-rs-virus-bekraftat-snabbtest", "skane", P("2023-10-28", "104"), [
    N("n1", "M", "s_barn_lund", ("Siri Malm", "sjuksköterska"), "2024-01-04 03:20", [
        ("Omvårdnad", "RS-virusinfektion bekräftad med snabbtest. Näsdroppar och sugning före måltid, saturation över 94 % utan syrgas."),
    ], setting="slutenvård", template="Omvårdnadsanteckning"),
], must_not=m("NL102"), why="A test-confirmed infection in a nursing note.")

c("kir-postop-trol-hemgang-imorgon", "vgr", P("1981-04-15", "352"), [
    N("n1", "M", "v_kir_sas", ("Jessica Ström", "sjuksköterska"), "2024-03-21 20:30", [
        ("Omvårdnad", "Dag 1 efter laparoskopisk kolecystektomi för gallstenssjukdom. Mobiliserad, smärtfri på paracetamol, äter lätt kost."),
        ("Planering", "Trol. hemgång imorgon om hon äter bra. Ev. suturtagning på vårdcentralen om tio dagar."),
    ], setting="slutenvård", template="Omvårdnadsanteckning"),
], must_not=m("NL102"), why="'Trol.' and 'Ev.' qualify discharge and suture removal, not a diagnosis.")

c("ger-misstanker-felaktigt-medicinintag", "skane", P("1934-02-14", "079"), [
    N("n1", "M", "s_ger_malmo", ("Lena Holmqvist", "sjuksköterska"), "2024-06-20 10:40", [
        ("Omvårdnad", "Misstänker att pat inte tar sina mediciner som ordinerat, flera tabletter hittades i fickan på morgonrocken. Dosett och påminnelse via hemtjänsten diskuteras med dottern."),
    ], setting="slutenvård", template="Omvårdnadsanteckning"),
], must_not=m("NL102"), why="Suspicion about adherence, not about a diagnosis.")

c("onk-mojligen-skjuta-cykel", "vgr", P("1963-11-29", "491"), [
    N("n1", "M", "v_onk_skovde", ("Elin Vik", "läkare"), "2024-07-24 12:00", [
        ("Bedömning", "Bröstcancer under adjuvant cytostatika, cykel 4 av 6 tolereras väl bortsett från trötthet."),
        ("Planering", "Möjligen behöver nästa cykel skjutas upp en vecka om neutrofilerna är under 1,0."),
    ]),
], must_not=m("NL102"), why="'Möjligen' qualifies a treatment delay; the cancer is known and settled.")

c("fysio-sannolikt-utan-rollator", "skane", P("1944-08-19", "244"), [
    N("n1", "M", "s_fysio_ortop", ("Adam Roos", "fysioterapeut"), "2024-04-18 13:15", [
        ("Bedömning", "Vecka 6 efter höftprotes höger. Går 200 meter med rollator, god balans. Sannolikt kan hon gå utan rollator inomhus inom ett par veckor."),
    ]),
], must_not=m("NL102"), why="'Sannolikt' about walking ability, not a diagnosis.")

c("akut-fragetecken-om-pat-forstatt", "vgr", P("1939-03-16", "320"), [
    N("n1", "M", "v_akut_nal", ("Agnes Björklund", "sjuksköterska"), "2024-09-14 21:45", [
        ("Åtgärd", "Urinvägsinfektion enligt läkare, pivmecillin utskrivet. ? om pat förstått ordinationen, skriftlig information och telefonnummer till avdelningen medskickas och hemtjänsten informerad."),
    ], setting="akutvård", template="Omvårdnadsanteckning"),
], must_not=m("NL102"), why="The question mark is about understanding the prescription, not about the diagnosis.")

c("psyk-kan-ej-uteslutas-forlangd-sjukskrivning", "skane", P("1986-05-31", "138"), [
    N("n1", "M", "s_psyk_landskrona", ("Nadia Karimi", "kurator"), "2024-10-23 10:20", [
        ("Samtal", "Fortsatt stödsamtal kring återgång i arbete. Hon orkar fyra timmar om dagen."),
        ("Planering", "Kan ej uteslutas att sjukskrivningen behöver förlängas, tas upp med läkaren inför nästa intyg."),
    ], setting="psykiatrisk öppenvård"),
], must_not=m("NL102"), why="'Kan ej uteslutas' refers to sick leave, not to a diagnosis.")

c("gyn-ev-byte-till-hormonspiral", "skane", P("1988-12-21", "560"), [
    N("n1", "M", "s_gyn_malmo", ("Stina Ahl", "barnmorska"), "2024-11-13 08:55", [
        ("Aktuellt", "Rikliga menstruationer med kopparspiral, Hb 121."),
        ("Planering", "Ev. byte till hormonspiral vid nästa besök, hon funderar till dess."),
    ]),
], must_not=m("NL102"), why="'Ev.' about a change of contraception, no diagnosis hedged.")

c("akut-dt-hjarna-utan-blodning", "vgr", P("1976-02-18", "277"), [
    N("n1", "M", "v_akut_sahl", ("Isak Hedström", "läkare"), "2024-08-17 18:30", [
        ("Bedömning", "DT hjärna utan blödning eller infarkt. Huvudvärken tolkas som spänningshuvudvärk, inga varningstecken."),
    ], setting="akutvård"),
], must_not=m("NL102"), why="A normal imaging result and a plainly stated diagnosis.")

c("kard-arbetsprov-utan-ischemi", "skane", P("1961-07-25", "118"), [
    N("n1", "M", "s_kard_krist", ("Karl-Erik Palm", "läkare"), "2024-12-10 11:20", [
        ("Resultat", "Arbetsprov till 200 W utan ischemiska ST-förändringar eller arytmi, normal arbetsförmåga för åldern."),
        ("Bedömning", "Ingen hållpunkt för kranskärlssjukdom. Avslutas på mottagningen."),
    ]),
], must_not=m("NL102"), why="Normal result and negated coronary disease.")

c("brost-utan-malignitetsmisstanke-cysta", "vgr", P("1978-09-04", "509"), [
    N("n1", "M", "v_kir_sas", ("Tuva Nylander", "läkare"), "2024-02-01 13:35", [
        ("Kontaktorsak", "Kände en knöl i höger bröst och var orolig för att det var bröstcancer."),
        ("Bedömning", "Mammografi och ultraljud utan malignitetsmisstanke, förändringen är en enkel cysta som tappas. Avslutas."),
    ]),
], must_not=m("NL102"), why="The patient's worry about cancer and an imaging result without suspicion of malignancy.")

c("infekt-borrelia-negativ-neuroborrelios", "skane", P("1983-04-14", "393"), [
    N("n1", "M", "s_infekt_lund", ("Elias Öst", "läkare"), "2024-08-26 10:00", [
        ("Bedömning", "Borreliaantikroppar i likvor negativa och normalt celltal, inga tecken på neuroborrelios. Facialispares höger bedöms som idiopatisk Bells pares, prednisolon i tio dagar."),
    ]),
], must_not=m("NL102"), why="Negative CSF result; Bell's palsy stated without hedge.")

c("hud-pat-oro-hjartat-baltros-bekraftad", "vgr", P("1959-10-20", "131"), [
    N("n1", "M", "v_hud_sas", ("Oliver Franzén", "läkare"), "2024-06-04 09:25", [
        ("Kontaktorsak", "Brännande smärta och blåsor på vänster sida av bröstkorgen, var rädd att det var något med hjärtat."),
        ("Bedömning", "Herpes zoster (bältros) i Th5-dermatomet. Valaciklovir i sju dagar."),
    ]),
], must_not=m("NL102"), why="The patient's fear about the heart is not a diagnostic hedge; shingles is confirmed.")
# =========================================================================== C
# Tidiga hypoteser: Skåne hides the template, VGR the sökord. Hidden hypotheses never
# fire NL102 or NL101; a real, uncommunicated hypothesis is no NL104 misuse.

c("th-skane-mall-misstankt-huntington", "skane", P("1979-12-27", "318"), [
    N("n1", "M", "s_neuro_malmo", ("Viktoria Åkesson", "läkare"), "2024-03-27 16:05", [
        ("Hypotes", "Misstänkt Huntingtons sjukdom med tanke på choreatiska rörelser, irritabilitet och att fadern dog i en oklar neurologisk sjukdom. Ej kommunicerat med pat ännu; genetisk vägledning före eventuell testning."),
    ], template=TH),
], must_not=m("NL102", "NL101", "NL104"),
   why="Skåne: the whole Tidiga hypoteser template is hidden, so the hedge and the not-told remark stay silent.")

c("th-vgr-sokord-mojlig-ftd", "vgr", P("1957-09-14", "405"), [
    N("n1", "M", "v_minne_molndal", ("Pontus Ek", "läkare"), "2024-06-18 14:25", [
        ("Aktuellt", "Maken beskriver personlighetsförändring sedan två år, hon har slutat bry sig om barnbarnen och äter sötsaker i stora mängder."),
        ("Planering", "Återbesök om fyra veckor med provsvar och anhörigsamtal. Neuropsykologisk testning bokad."),
        (TH, "Möjlig frontotemporal demens av beteendevariant. Ej framfört till pat eller make i väntan på MR och testning."),
    ]),
], must_not=m("NL102", "NL101", "NL104"),
   why="VGR: the hypothesis sits under the filtered sökord; the visible sections name no diagnosis.")

c("th-vgr-psyk-prodromal-psykos", "vgr", P("2005-05-08", "262"), [
    N("n1", "M", "v_psyk_uddevalla", ("Sara Lindblad", "läkare"), "2024-09-19 15:50", [
        ("Aktuellt", "Sover dåligt sedan sommaren, har dragit sig undan kompisarna och slutat på gymmet."),
        ("Åtgärd", "Propiomazin vid behov för sömnen. Återbesök om två veckor, mamma får gärna följa med."),
        (TH, "Misstanke om psykossjukdom i prodromalfas, för tidigt att framföra till patienten."),
    ], setting="psykiatrisk öppenvård"),
], must_not=m("NL102", "NL101", "NL104"), why="Psychiatric prodrome kept under the VGR sökord Tidiga hypoteser.")

c("th-skane-onk-preliminar-levermetastas", "skane", P("1954-03-30", "171"), [
    N("n1", "M", "s_onk_lund", ("Tomas Eriksson", "läkare"), "2024-05-15 17:40", [
        ("Hypotes", "Trolig levermetastasering enligt preliminärt DT-utlåtande som ännu inte är färdiggranskat. Pat informeras efter röntgenronden på fredag."),
    ], template=TH),
], must_not=m("NL102", "NL101", "NL104"),
   why="Skåne Tidiga hypoteser template: a preliminary finding not yet told, hidden as the routine intends.")

c("th-vgr-barn-misstankt-duchenne", "vgr", P("2020-03-11", "118"), [
    N("n1", "M", "v_barn_nal", ("Jonatan Höög", "läkare"), "2024-02-06 10:15", [
        ("Anamnes", "Går på tå, ramlar ofta och reser sig med stöd av händerna mot låren."),
        ("Åtgärd", "Blodprover tagna idag. Återbesök med svaren om två veckor."),
        (TH, "Misstänkt Duchennes muskeldystrofi, CK 15 000. Genetisk analys skickad; föräldrarna inte informerade om misstanken ännu."),
    ]),
], must_not=m("NL102", "NL101", "NL104"),
   why="Child: the suspected diagnosis and the not-informed remark are both in the hidden sökord.")

c("th-skane-psyk-mojlig-eips", "skane", P("2001-11-17", "466"), [
    N("n1", "M", "s_psyk_landskrona", ("Lukas Backman", "psykolog"), "2024-11-21 13:30", [
        ("Bedömning", "Möjlig emotionellt instabil personlighetsstörning, men bedömningen är för osäker för att kommunicera efter tre samtal. Strukturerad intervju (SCID-5-PD) planeras."),
    ], template=TH, setting="psykiatrisk öppenvård"),
], must_not=m("NL102", "NL101", "NL104"), why="A psychologist's uncertain hypothesis in the Skåne Tidiga hypoteser template.")

c("th-vgr-aven-i-bedomning-synlig", "vgr", P("1966-07-02", "538"), [
    N("n1", "M", "v_neuro_sahl", ("Hampus Ring", "läkare"), "2024-04-24 11:35", [
        ("Bedömning", "Fascikulationer i båda vaderna och lätt atrofi i vänster hand. Misstänkt ALS, EMG bokas inom två veckor."),
        (TH, "Misstänkt ALS. Inte framfört till patienten."),
    ]),
], must=m("NL102", "NL101"),
   why="Suspected ALS is hidden under the sökord but also written in the visible Bedömning, and the note says it is not told.")

c("th-vgr-se-tidiga-hypoteser-ingen-diagnos-synlig", "vgr", P("1970-01-20", "196"), [
    N("n1", "M", "v_med_alingsas", ("Gabriel Sand", "läkare"), "2024-10-03 09:10", [
        ("Bedömning", "Oklar viktnedgång 8 kg på fyra månader och nattliga svettningar. Utredningen fortsätter med DT thorax-buk, se även Tidiga hypoteser. Pat ej informerad om arbetshypotesen."),
        (TH, "Möjligt lymfom, DD tuberkulos."),
    ]),
], must_not=m("NL102", "NL101"),
   why="Visible text says the patient is not told but names no diagnosis; the hypothesis itself is hidden.")

# =========================================================================== D
# PMO (Skåne primary care): diagnoses are never shown, so hedged diagnoses are silent.

c("pmo-vc-trol-uvi-telegrafisk", "skane", P("1990-09-26", "242"), [
    N("n1", "P", "s_vc_sorgenfri", ("Linda Ahlgren", "läkare"), "2024-01-17 10:45", [
        ("Bedömning", "Sveda o täta trängningar 2 d, afebril, ej flanksmärta. U-sticka nitrit+. Trol. UVI. Nitrofurantoin 50 mg x3 i 5 d."),
    ]),
], must_not=m("NL102"), why="PMO never shows diagnoses: a hedged cystitis stays silent.")

c("pmo-vc-misstankt-paroxysmalt-flimmer", "skane", P("1956-04-04", "157"), [
    N("n1", "P", "s_vc_eslov", ("Björn Hermansson", "läkare"), "2024-02-29 14:20", [
        ("Aktuellt", "Attacker av oregelbunden hjärtklappning som varar någon timme, senast i söndags."),
        ("Bedömning", "EKG idag sinusrytm 68. Misstänkt paroxysmalt förmaksflimmer, långtids-EKG i två veckor och ekokardiografi."),
    ]),
], must_not=m("NL102"), why="PMO: suspected atrial fibrillation in a vårdcentral note.")

c("pmo-bvc-misstankt-hoftledsdysplasi", "skane", P("2024-02-08", "061"), [
    N("n1", "P", "s_bvc_hoganas", ("Cajsa Berglund", "sjuksköterska"), "2024-06-10 09:30", [
        ("Undersökning", "Fyramånaderskontroll. Asymmetriska lårveck och inskränkt abduktion vänster."),
        ("Bedömning", "Misstänkt höftledsdysplasi vänster, visad för BVC-läkaren som skriver remiss till barnortopeden."),
    ]),
], must_not=m("NL102"), why="PMO BVC nurse's hedged diagnosis stays silent.")

c("pmo-um-misstankt-klamydia", "skane", P("2007-03-02", "486"), [
    N("n1", "P", "s_um_lund", ("Emelie Dahl", "barnmorska"), "2024-08-21 15:40", [
        ("Kontaktorsak", "Ökade flytningar och sveda sedan en vecka."),
        ("Bedömning", "Misstänkt klamydiainfektion, prov för klamydia och gonorré taget. Behandlas direkt med doxycyklin enligt lokal rutin, smittspårning när svaret finns."),
    ]),
], must_not=m("NL102"), why="PMO youth clinic note for a 17-year-old: hedged STI diagnosis silent.")

c("pmo-hemsjukvard-misstankt-trycksar", "skane", P("1930-06-18", "023"), [
    N("n1", "P", "s_hsjv_hoor", ("Monica Svärd", "sjuksköterska"), "2024-12-11 11:10", [
        ("Omvårdnad", "Rodnad som inte bleknar vid tryck och en liten blåsa på höger häl. Misstänkt trycksår kategori 2. Hälavlastande kudde och lägesändring var tredje timme, hemtjänsten instruerad."),
    ], setting="hemsjukvård", template="Omvårdnadsanteckning"),
], must_not=m("NL102"), why="PMO home-care note: a suspected pressure ulcer stays silent.")

c("pmo-vc-telefon-trol-halsfluss", "skane", P("1999-01-11", "377"), [
    N("n1", "P", "s_vc_kavlinge", ("Sofie Lindberg", "sjuksköterska"), "2024-03-04 08:25", [
        ("Kontaktorsak", "Ringer för halsont och feber 39 sedan igår, ingen hosta."),
        ("Bedömning", "Låter som trolig streptokockhalsfluss."),
        ("Åtgärd", "Tid för snabbtest och läkarbedömning i eftermiddag, paracetamol tills dess."),
    ], template=TEL, setting="telefonrådgivning"),
], must_not=m("NL102"), why="PMO telephone advice with a lay-word hedged diagnosis.")

c("pmo-vc-sannolikt-utmattningssyndrom", "skane", P("1981-10-29", "204"), [
    N("n1", "P", "s_vc_bjuv", ("Ahmed Yousef", "läkare"), "2024-04-15 13:00", [
        ("Aktuellt", "Sex månader av hög arbetsbelastning, nu minnesluckor, ljudkänslighet och gråter i bilen på väg till jobbet."),
        ("Bedömning", "Sannolikt utmattningssyndrom. Sjukskrivning 100 % i fyra veckor och remiss till VC-psykolog."),
    ]),
], must_not=m("NL102"), why="PMO: 'Sannolikt' psychiatric diagnosis at a vårdcentral stays silent.")

c("pmo-vc-susp-hypotyreos", "skane", P("1968-05-15", "329"), [
    N("n1", "P", "s_vc_simrishamn", ("Ingela Mörk", "läkare"), "2024-07-04 10:35", [
        ("Bedömning", "Trötthet och frusenhet, TSH 9,2, fritt T4 i nedre referensintervallet. Susp. hypotyreos (Hashimoto?), TPO-ak och nytt TSH om sex veckor."),
    ]),
], must_not=m("NL102"), why="PMO: 'Susp.' and a question-marked eponym stay silent.")

c("pmo-vc-ej-informerad-misstankt-lungcancer", "skane", P("1950-02-21", "448"), [
    N("n1", "P", "s_vc_eslov", ("Björn Hermansson", "läkare"), "2024-09-24 16:55", [
        ("Röntgensvar", "Lungröntgen visar 3 cm rundad förtätning i höger ovanlobb, misstänkt lungcancer enligt radiologen."),
        ("Åtgärd", "Pat ej informerad om misstanken, svaret kom efter besöket. Ringer pat imorgon bitti och skickar remiss enligt standardiserat vårdförlopp."),
    ]),
], must_not=m("NL102"), why="PMO: hedged cancer with a not-told remark; NL102 silent, NL101 not asserted for PMO.")

c("pmo-bvc-fragetecken-sprakstorning", "skane", P("2021-05-19", "135"), [
    N("n1", "P", "s_bvc_hoganas", ("Karin Ohlsson", "sjuksköterska"), "2024-06-05 14:15", [
        ("Utveckling", "Treårskontroll. Använder enstaka ord, sätter inte ihop två ord, förstår enkla uppmaningar. Hörsel normal vid screening."),
        ("Bedömning", "? språkstörning, remiss till logoped."),
    ]),
], must_not=m("NL102"), why="PMO BVC: a question-marked diagnosis stays silent.")

c("pmo-vc-dd-lista-artrit", "skane", P("1972-08-27", "215"), [
    N("n1", "P", "s_vc_sorgenfri", ("Fredrika Bäck", "läkare"), "2024-10-10 11:50", [
        ("Status", "Svullen, varm och öm vänster fotled, ingen trauma. Temp 37,6."),
        ("Bedömning", "DD: gikt, reaktiv artrit efter magsjuka förra månaden, borreliaartrit. Urat, CRP, borreliaserologi, NSAID i väntan på svar."),
    ]),
], must_not=m("NL102"), why="PMO: a differential-diagnosis list stays silent.")
# =========================================================================== E
# NL101 positives: a diagnosis in a visible Melior section while the note says the
# patient is not told, must not be told yet, or will be told later.

c("onk-pad-adenocarcinom-besked-tisdag", "skane", P("1953-10-05", "462"), [
    N("n1", "M", "s_onk_lund", ("Sven Malmberg", "läkare"), "2024-02-08 16:30", [
        ("Provsvar", "PAD från leverbiopsi: adenocarcinom, trol. pankreasutgång."),
        ("Planering", "Pat ej informerad ännu. Besked ges vid återbesök på tisdag tillsammans med kontaktsjuksköterska, anmäls till MDK."),
    ]),
], must=m("NL101", "NL102"), why="Cancer diagnosis in a visible section, patient explicitly not yet told; origin hedged with 'trol.'.")

c("ger-alzheimer-dottern-informerad-ej-pat", "vgr", P("1938-08-22", "127"), [
    N("n1", "M", "v_ger_skovde", ("Britt Lindholm", "läkare"), "2024-03-13 15:10", [
        ("Diagnos", "Alzheimers sjukdom, sen debut, måttlig svårighetsgrad."),
        ("Information", "Dottern informerad per telefon. Pat själv har inte informerats om diagnosen, på familjens begäran."),
    ], setting="slutenvård"),
], must=m("NL101"), must_not=m("NL102"),
   why="A relative is told instead of the patient; the settled diagnosis is visible.")

c("neuro-als-diagnosbesked-nasta-vecka", "skane", P("1961-05-12", "283"), [
    N("n1", "M", "s_neuro_malmo", ("Agneta Rydén", "läkare"), "2024-05-02 13:45", [
        ("Bedömning", "EMG visar utbredd aktiv denervation i tre regioner. Kriterierna för ALS är uppfyllda."),
        ("Planering", "Pat har ännu inte fått besked, kommer med maken nästa torsdag för diagnossamtal. Kurator och ALS-team bokas samma dag."),
    ]),
], must=m("NL101"), must_not=m("NL102"), why="Telling is put off to a later visit while the confirmed diagnosis is written visibly.")

c("kir-koloncancer-levermetastaser-svar-efter-rond", "vgr", P("1959-12-30", "334"), [
    N("n1", "M", "v_kir_sas", ("Axel Wallgren", "läkare"), "2024-06-13 17:20", [
        ("Röntgen", "DT thorax-buk: tumör i sigmoideum med multipla levermetastaser."),
        ("Bedömning", "Koloncancer med levermetastasering. Pat ännu ej informerad, svaret kom efter dagens rond; informeras imorgon förmiddag med dottern."),
    ], setting="slutenvård"),
], must=m("NL101"), must_not=m("NL102"), why="Confirmed cancer and metastases, telling put off to tomorrow.")

c("psyk-schizofreni-informeras-ej-risk-forsamring", "skane", P("1997-04-03", "151"), [
    N("n1", "M", "s_psyk_lund", ("Magnus Fält", "läkare"), "2024-07-10 10:15", [
        ("Bedömning", "Schizofreni, paranoid form, enligt DSM-5 efter sju månaders förlopp."),
        ("Planering", "Pat informeras inte om diagnosen i nuläget pga risk för försämring och avbrott i behandlingen; tas upp när han är mer stabil."),
    ], setting="psykiatrisk öppenvård"),
], must=m("NL101"), must_not=m("NL102"), why="A deliberate decision not to tell the patient, with the diagnosis in a visible section.")

c("gyn-missed-abortion-lamnade-fore-utlatande", "vgr", P("1990-11-09", "417"), [
    N("n1", "M", "v_kvinno_nal", ("Hanna Kjell", "läkare"), "2024-09-05 18:05", [
        ("Ultraljud", "Fostersäck med embryo CRL 14 mm utan hjärtaktivitet, motsvarar 8+0."),
        ("Bedömning", "Missed abortion. Pat ej informerad ännu då hon lämnade innan utlåtandet var klart; jag ringer henne imorgon förmiddag."),
    ]),
], must=m("NL101"), must_not=m("NL102"), why="Pregnancy loss diagnosed and visible, patient left before being told.")

c("hemat-aml-besked-imorgon-med-anhorig", "skane", P("1972-06-15", "395"), [
    N("n1", "M", "s_hemat_lund", ("Olivia Sjödin", "läkare"), "2024-10-14 19:40", [
        ("Benmärg", "Benmärgsutstryk: 62 % myeloiska blaster."),
        ("Bedömning", "Akut myeloisk leukemi. Pat ej informerad; besked ges imorgon kl 10 med hustrun närvarande, därefter start av induktion."),
    ], setting="slutenvård"),
], must=m("NL101"), must_not=m("NL102"), why="Acute leukaemia written visibly the evening before the patient is told.")

c("onk-ssk-skelettmetastas-tror-ischias", "vgr", P("1948-02-26", "260"), [
    N("n1", "M", "v_onk_jk", ("Ylva Brink", "sjuksköterska"), "2024-11-20 14:55", [
        ("Omvårdnad", "Pat har ökande smärta i höger höft och tror själv att det är ischias."),
        ("Information", "Läkaren har ännu inte pratat med pat om att skelettscintigrafin visar skelettmetastaser i bäckenet. Samtal planerat på fredag, jag deltar."),
    ], template="Omvårdnadsanteckning"),
], must=m("NL101"), why="Nurse's note: metastases confirmed on imaging, the doctor has not yet told the patient.")

c("ger-lungcancer-sonen-informerad-pat-ej", "skane", P("1933-11-28", "042"), [
    N("n1", "M", "s_ger_malmo", ("Tor Lindgren", "läkare"), "2024-01-25 13:20", [
        ("Bedömning", "Lungcancer med spridning till binjurar och skelett enligt DT. Palliativ inriktning."),
        ("Information", "Sonen informerad. Pat själv ej informerad efter samråd med sonen, hon är orolig och har en lätt demens."),
    ], setting="slutenvård"),
], must=m("NL101"), must_not=m("NL102"), why="Geriatrics: son informed instead of the patient, diagnosis visible.")

c("uro-prostatacancer-besked-aterbesok-juni", "vgr", P("1955-01-07", "278"), [
    N("n1", "M", "v_uro_sas", ("Hans Wester", "läkare"), "2024-05-27 08:45", [
        ("Provsvar", "Biopsier: prostatacancer Gleason 4+4=8 i sex av tolv kolvar."),
        ("Planering", "Besked lämnas vid planerat återbesök 3/6, skelettscint och PSMA-PET beställs innan."),
    ]),
], must=m("NL101"), must_not=m("NL102"), why="Telling is put off to the planned return visit; the result is visible now.")

c("akut-glioblastom-neurokirurg-forst", "skane", P("1964-09-18", "452"), [
    N("n1", "M", "s_akut_hbg", ("Jesper Nord", "läkare"), "2024-03-09 23:30", [
        ("Bedömning", "DT hjärna: 5 cm expansiv process vänster frontallob med ödem, trol. glioblastom. Betapred insatt."),
        ("Planering", "Pat ej informerad om fyndet, neurokirurgen tar ställning först och kontaktar oss imorgon. Pat vet att vi väntar på svar."),
    ], setting="akutvård"),
], must=m("NL101", "NL102"), why="Hedged brain tumour in a visible section, patient deliberately not told yet.")

c("neuro-ms-mcdonald-ej-infomerad-stavfel", "vgr", P("1992-07-29", "366"), [
    N("n1", "M", "v_neuro_sahl", ("Louise Kvarnström", "läkare"), "2024-08-15 14:05", [
        ("Bedömning", "MS med skovvis förlopp, uppfyller McDonald-kriterierna med lesioner spridda i tid och rum samt oligoklonala band."),
        ("Planering", "Pat ej infomerad om diagnosen ännu, kommer på återbesök om en vecka."),
    ]),
], must=m("NL101"), must_not=m("NL102"), why="Typo in 'informerad' (infomerad); the patient is still not told about the visible diagnosis.")

c("gyn-cin3-avvaktar-informera", "skane", P("1994-02-16", "325"), [
    N("n1", "M", "s_gyn_malmo", ("Matilda Holst", "läkare"), "2024-04-02 12:10", [
        ("Provsvar", "PAD från kolposkopiledda biopsier: CIN 3 (HSIL)."),
        ("Planering", "Avvaktar med att infromera pat tills tid för konisering är planerad, ringer henne när operationsplaneringen är klar."),
    ]),
], must=m("NL101"), must_not=m("NL102"), why="'Avvaktar med att infromera' (typo) — telling deferred while the diagnosis is visible.")

c("psyk-eips-ej-framfort-allians", "vgr", P("1998-10-13", "483"), [
    N("n1", "M", "v_psyk_uddevalla", ("Sandra Lööf", "läkare"), "2024-12-04 11:25", [
        ("Bedömning", "Emotionellt instabil personlighetsstörning enligt SCID-5-PD och klinisk bild."),
        ("Planering", "Diagnosen har inte framförts till patienten ännu; behandlaren vill bygga allians först. DBT-bedömning."),
    ], setting="psykiatrisk öppenvård"),
], must=m("NL101"), must_not=m("NL102"), why="Psychiatric diagnosis set but not yet conveyed to the patient.")

c("med-levercirros-ej-medveten-tolk", "vgr", P("1967-03-24", "172"), [
    N("n1", "M", "v_med_alingsas", ("Nils Rask", "läkare"), "2024-02-16 15:35", [
        ("Bedömning", "Levercirros Child-Pugh B med ascites, alkoholgenes."),
        ("Information", "Pat är ej medveten om diagnosen då det saknades tolk idag. Samtal imorgon med arabisktalande tolk på plats."),
    ], setting="slutenvård"),
], must=m("NL101"), must_not=m("NL102"), why="Patient unaware of the diagnosis because no interpreter was available; visible note.")

c("palliativ-hjarnmetastaser-hustrun-vill-ej", "vgr", P("1951-06-08", "339"), [
    N("n1", "M", "v_palliativ_skovde", ("Gunnel Rosén", "läkare"), "2024-10-29 10:50", [
        ("Aktuellt", "Ökad förvirring och huvudvärk senaste veckan hos pat med känd lungcancer."),
        ("Bedömning", "MR visar multipla hjärnmetastaser."),
        ("Information", "Hustrun önskar att pat inte får veta om hjärnmetastaserna ännu, vilket vi tills vidare respekterar. Kortison höjs."),
    ], setting="hemsjukvård"),
], must=m("NL101"), must_not=m("NL102"), why="A relative asks that the patient not be told about a new visible finding.")

c("kard-hcm-pat-inte-underrattad", "skane", P("1985-08-09", "276"), [
    N("n1", "M", "s_kard_krist", ("Erik Löf", "läkare"), "2024-11-07 16:25", [
        ("Resultat", "MR hjärta: asymmetrisk septumhypertrofi 19 mm med sen gadoliniumupptagning. Hypertrofisk kardiomyopati."),
        ("Planering", "Pat inte underrättad; återbesök för genomgång och information om ärftlighet bokas om två veckor."),
    ]),
], must=m("NL101"), must_not=m("NL102"), why="'inte underrättad' with a confirmed cardiomyopathy.")

c("hud-melanom-telegrafisk-ej-meddelat", "skane", P("1975-12-14", "204"), [
    N("n1", "M", "s_hud_lund", ("Ingrid Persson", "läkare"), "2024-07-19 15:05", [
        ("Provsvar", "PAD: malignt melanom, Breslow 1,8 mm, ulceration saknas. Ej meddelt pat. Ring pat mån, utvidgad excision + portvaktskörtel."),
    ]),
], must=m("NL101"), must_not=m("NL102"), why="Telegraphic 'Ej meddelt pat' (typo) beside a confirmed melanoma.")

c("infekt-hiv-konfirmerat-svar-ej-lamnat", "vgr", P("1988-05-03", "149"), [
    N("n1", "M", "v_infekt_ostra", ("Petter Lindh", "läkare"), "2024-04-11 09:15", [
        ("Provsvar", "HIV-1 antikroppar och antigen positiva, konfirmerat med Western blot."),
        ("Planering", "Pat har ännu inte fått svaret. Kallas till besök hos infektionsläkare och kurator, smittskyddsinformation ges då."),
    ]),
], must=m("NL101"), must_not=m("NL102"), why="A confirmed positive result not yet given to the patient.")

c("ortop-patologisk-fraktur-malignitet-ej-informerad", "skane", P("1958-07-31", "143"), [
    N("n1", "M", "s_ortop_hassleholm", ("Rikard Bengtsson", "läkare"), "2024-06-24 20:10", [
        ("Bedömning", "Patologisk fraktur i höger femurskaft genom en osteolytisk förändring, misstänkt metastas från okänd primärtumör."),
        ("Planering", "Märgspikning imorgon med biopsi. Pat ej informerad om misstanken om malignitet, endast om frakturen."),
    ], setting="slutenvård"),
], must=m("NL101", "NL102"), why="Told about the fracture but not about the visible suspected malignancy.")

c("ger-vaskular-demens-informeras-av-vc", "vgr", P("1940-04-18", "265"), [
    N("n1", "M", "v_ger_skovde", ("Ingemar Falk", "läkare"), "2024-09-09 14:40", [
        ("Sammanfattning", "Vaskulär demens, DT visar multipla lakunära infarkter och uttalade vitsubstansförändringar."),
        ("Planering", "Pat ej informerad om diagnosen; informeras av sin distriktsläkare vid ordinarie besök, epikris skickas."),
    ], setting="slutenvård"),
], must=m("NL101"), must_not=m("NL102"), why="Telling handed over to another doctor; until then the diagnosis is visible and untold.")

c("psyk-demensmisstanke-ska-ej-informeras", "skane", P("1952-12-02", "117"), [
    N("n1", "M", "s_psyk_landskrona", ("Eva Åkerman", "läkare"), "2024-05-08 10:05", [
        ("Bedömning", "Nedstämdhet med kognitiv svikt, MoCA 21. Misstänkt begynnande demens, DD depressiv pseudodemens."),
        ("Planering", "Pat ska inte informeras om misstanken om demens förrän den neuropsykologiska testningen är klar."),
    ], setting="psykiatrisk öppenvård"),
], must=m("NL101", "NL102"), why="'ska inte informeras … förrän' — must not be told yet, hedged diagnosis visible.")

c("barnonk-tonaring-osteosarkom-foraldrar-vill-vanta", "skane", P("2007-01-22", "368"), [
    N("n1", "M", "s_barnonk_lund", ("Fanny Lindeberg", "läkare"), "2024-03-21 17:15", [
        ("Provsvar", "Biopsi distala femur: osteosarkom, höggradigt."),
        ("Information", "Föräldrarna informerade idag. Pat, 17 år, har ännu inte fått beskedet; föräldrarna vill vara med när vi berättar på måndag."),
    ], setting="slutenvård"),
], must=m("NL101"), must_not=m("NL102"), why="A 17-year-old reads her own journal; parents told, the patient not yet.")
# =========================================================================== F
# NL101 near misses: the patient was told; only a relative or employer was not; the
# untold thing is not a diagnosis; nothing diagnostic is known yet.

c("onk-pad-rektum-informerad-med-maken", "skane", P("1962-04-10", "433"), [
    N("n1", "M", "s_onk_lund", ("Karin Nordqvist", "läkare"), "2024-03-19 14:10", [
        ("Bedömning", "PAD: adenocarcinom i rektum, MR visar T3N1 utan fjärrmetastaser."),
        ("Information", "Pat informerad om PAD-beskedet tillsammans med maken, tog det sansat och ställde frågor om stomi."),
    ]),
], must_not=m("NL101", "NL102"), why="The patient was told, with her husband present.")

c("neuro-ms-meddelad-foraldrar-ej-informerade", "vgr", P("2003-09-05", "290"), [
    N("n1", "M", "v_neuro_sahl", ("Fredrik Holm", "läkare"), "2024-06-20 10:30", [
        ("Bedömning", "Skovvis förlöpande MS med två skov och nya lesioner på MR."),
        ("Information", "Diagnosen meddelades pat idag. Hon vill inte att föräldrarna informeras ännu, vilket respekteras."),
    ]),
], must_not=m("NL101", "NL102"), why="Patient told; the not-informed persons are her parents (relative near miss).")

c("ger-alzheimer-pat-informerad-sonen-ej", "skane", P("1947-06-01", "386"), [
    N("n1", "M", "s_minne_lund", ("Ann-Sofie Ek", "läkare"), "2024-04-23 13:50", [
        ("Bedömning", "Alzheimers sjukdom, lindrig. MMSE 24, typisk mediotemporal atrofi och positiva biomarkörer i likvor."),
        ("Information", "Pat informerad om diagnosen och körkortsfrågan. Sonen ej informerad på pat:s begäran, hon vill berätta själv."),
    ]),
], must_not=m("NL101", "NL102"), why="The son is not informed, the patient is: no NL101.")

c("psyk-bipolar-i-skriftlig-information", "vgr", P("1993-01-26", "153"), [
    N("n1", "M", "v_psyk_sahl", ("Jenny Holmgren", "läkare"), "2024-10-08 15:15", [
        ("Bedömning", "Bipolär sjukdom typ I, senaste episod manisk med psykotiska inslag, nu i remission på litium."),
        ("Information", "Pat har infomerats om diagnosen och fått skriftlig information och länk till patientutbildning."),
    ], setting="psykiatrisk öppenvård"),
], must_not=m("NL101", "NL102"), why="Diagnosis told (typo 'infomerats') and written information given.")

c("kir-ej-informerad-om-operationstid", "skane", P("1970-11-30", "245"), [
    N("n1", "M", "s_kir_krist", ("Mikaela Lund", "sjuksköterska"), "2024-08-27 11:05", [
        ("Administrativt", "Operation för höger ljumskbråck flyttad från 5/9 till 12/9. Pat ej informerad om den ändrade operationstiden, ny kallelse skickas idag."),
    ], template="Administrativ anteckning"),
], must_not=m("NL101", "NL102"), why="Not informed about a new date, not about the (known) diagnosis.")

c("onk-normala-svar-ej-meddelade-annu", "vgr", P("1965-05-19", "326"), [
    N("n1", "M", "v_onk_skovde", ("Anton Kling", "läkare"), "2024-05-31 16:00", [
        ("Bedömning", "Kontroll tre år efter behandlad bröstcancer. Mammografi och DT utan tecken på återfall."),
        ("Planering", "Pat ännu ej informerad om de fina svaren, kontaktsjuksköterskan ringer henne på fredag."),
    ]),
], must_not=m("NL101", "NL102"), why="Only normal results are not yet told; the cancer itself is long known to her.")

c("stroke-lattare-anhoriga-ej-pat-onskan", "skane", P("1949-09-03", "288"), [
    N("n1", "M", "s_stroke_hbg", ("Karl Pihl", "läkare"), "2024-07-26 10:45", [
        ("Bedömning", "Lakunär infarkt i vänster capsula interna enligt MR, lätt högersidig svaghet i regress."),
        ("Information", "Pat informerad om att det rör sig om en lättare stroke. Anhöriga ej informerade då pat inte önskar detta."),
    ], setting="slutenvård"),
], must_not=m("NL101", "NL102"), why="Relatives not informed at the patient's wish; the patient knows.")

c("gyn-endometriecancer-informerad-telefon-tidigare", "vgr", P("1956-10-21", "205"), [
    N("n1", "M", "v_gyn_ostra", ("Jasmine Berg", "läkare"), "2024-02-14 09:40", [
        ("Anamnes", "Pat informerades redan vid telefonsamtal 2/2 om PAD som visade endometriecancer, endometrioid typ grad 1."),
        ("Planering", "Robotassisterad hysterektomi med salpingooforektomi, preoperativ bedömning idag."),
    ]),
], must_not=m("NL101", "NL102"), why="'informerades redan' — told at an earlier contact.")

c("psyk-vill-ej-ta-del-av-detaljer-adhd", "skane", P("1996-03-09", "412"), [
    N("n1", "M", "s_psyk_landskrona", ("Alva Sundin", "psykolog"), "2024-09-11 14:20", [
        ("Återgivning", "ADHD, kombinerad form, fastställd efter avslutad utredning. Pat informerad om att diagnosen är fastställd men vill inte ta del av testresultaten i detalj."),
    ], setting="psykiatrisk öppenvård"),
], must_not=m("NL101", "NL102"), why="Patient declines details but knows the diagnosis.")

c("reuma-arbetsgivaren-ej-informerad", "vgr", P("1980-12-16", "337"), [
    N("n1", "M", "v_reuma_sahl", ("Maja Hellberg", "läkare"), "2024-11-28 13:10", [
        ("Bedömning", "Seropositiv reumatoid artrit, DAS28 4,9. Metotrexat startas."),
        ("Sociala förhållanden", "Arbetar som undersköterska. Arbetsgivaren har inte informerats om diagnosen, enligt pat:s önskan."),
    ]),
], must_not=m("NL101", "NL102"), why="The employer, not the patient, is uninformed.")

c("infekt-hepatit-c-foraldrar-vet-ej", "skane", P("2006-08-14", "260"), [
    N("n1", "M", "s_infekt_lund", ("Oskar Nyman", "läkare"), "2024-12-05 10:25", [
        ("Bedömning", "Kronisk hepatit C, genotyp 3, låg fibrosgrad enligt elastografi."),
        ("Information", "Pat, 18 år, informerad om hepatit C-diagnosen och behandlingen. Föräldrarna vet inte om det och pat vill berätta själv."),
    ]),
], must_not=m("NL101", "NL102"), why="Young adult told; parents not informed (relative near miss).")

c("onk-informerad-avbojer-prognossamtal", "vgr", P("1944-01-30", "114"), [
    N("n1", "M", "v_onk_jk", ("Henrik Sahlin", "läkare"), "2024-01-23 11:55", [
        ("Bedömning", "Pankreascancer med levermetastaser, ECOG 1. Palliativ cytostatika erbjuds."),
        ("Information", "Pat är informerad om diagnosen men har avböjt att diskutera prognos, vilket respekteras."),
    ]),
], must_not=m("NL101", "NL102"), why="Informed about the diagnosis; only a prognosis talk is declined.")

c("akut-diagnosbesked-via-tolk", "vgr", P("1969-07-06", "498"), [
    N("n1", "M", "v_akut_nal", ("Hiba Saleh", "läkare"), "2024-07-31 17:50", [
        ("Bedömning", "Akut kolecystit med gallstenar enligt ultraljud, CRP 180."),
        ("Information", "Diagnosbesked och planen för operation gavs via telefontolk på somaliska, pat förstod och godkände."),
    ], setting="akutvård"),
], must_not=m("NL101", "NL102"), why="Told via interpreter; nothing is withheld.")

c("lung-kol-sedan-tidigare-val-informerad", "skane", P("1951-03-17", "259"), [
    N("n1", "M", "s_lung_lund", ("Viktor Sandberg", "läkare"), "2024-10-30 09:15", [
        ("Bedömning", "KOL GOLD 3 med två exacerbationer senaste året, FEV1 42 %. Pat är sedan tidigare väl informerad om sin KOL och dess förlopp."),
        ("Åtgärd", "Trippelinhalation, remiss till lungrehab."),
    ]),
], must_not=m("NL101", "NL102"), why="'sedan tidigare väl informerad' — affirmatively informed.")

c("hud-naevus-pad-invantas-besked-aterbesok", "vgr", P("1991-04-24", "372"), [
    N("n1", "M", "v_hud_sas", ("Jakob Nyberg", "läkare"), "2024-03-26 15:35", [
        ("Åtgärd", "Excision av 6 mm pigmenterat födelsemärke på vänster skuldra, sutur. PAD inväntas, besked ges vid återbesök om tre veckor i samband med suturtagning."),
    ]),
], must_not=m("NL101", "NL102"), why="Only a pending PAD will be told later; no diagnosis is withheld.")

c("med-remissvar-ej-inkommet-informeras-sen", "vgr", P("1973-02-12", "406"), [
    N("n1", "M", "v_med_kungalv", ("Stefan Roos", "läkare"), "2024-12-12 14:30", [
        ("Aktuellt", "Kontroll av järnbristanemi, Hb stigit från 96 till 124 på peroralt järn."),
        ("Planering", "Svar på gastroskopin har inte kommit; pat informeras brevledes när svaret finns."),
    ]),
], must_not=m("NL101", "NL102"), why="A pending result to be told later; the known anaemia is no withheld diagnosis.")
# =========================================================================== G
# Records with several notes: each note is judged on its own text.

c("multi-lungcancer-besked-veckan-efter", "skane", P("1957-08-08", "224"), [
    N("n1", "M", "s_lung_lund", ("Marcus Alm", "läkare"), "2024-03-05 15:20", [
        ("Provsvar", "PAD från bronkoskopi: skivepitelcancer i vänster huvudbronk."),
        ("Planering", "Pat ej informerad, besked vid inbokat besök 12/3 med kontaktsjuksköterska och dotter."),
    ]),
    N("n2", "M", "s_lung_lund", ("Marcus Alm", "läkare"), "2024-03-12 11:00", [
        ("Information", "Diagnosbesked om skivepitelcancer lämnat till pat och dottern. Behandlingsalternativen genomgångna, pat vill fundera till MDK."),
    ]),
], must=m("NL101"), must_not=m("NL101", "NL102", note="n2"),
   why="Two notes: the first withholds a visible diagnosis, the second records that it was told.")

c("multi-th-als-sedan-bekraftad-och-beskedad", "vgr", P("1960-02-19", "313"), [
    N("n1", "M", "v_neuro_sahl", ("Daniel Strand", "läkare"), "2024-01-15 10:20", [
        ("Aktuellt", "Svaghet i höger hand sedan ett halvår, tappar saker."),
        ("Planering", "EMG och MR halsrygg, återbesök när svaren finns."),
        (TH, "Möjlig ALS, DD cervikal myelopati. Ej kommunicerat."),
    ]),
    N("n2", "M", "v_neuro_sahl", ("Daniel Strand", "läkare"), "2024-02-26 13:40", [
        ("Bedömning", "EMG med utbredd denervation i tre regioner, MR halsrygg utan kompression. ALS."),
        ("Information", "Pat och maka informerade om diagnosen ALS, ALS-teamet kopplas in."),
    ]),
], must_not=m("NL102", "NL101", "NL104") + m("NL102", "NL101", note="n2"),
   why="Hypothesis hidden in the first note, confirmed and told in the second: nothing fires.")

c("multi-pmo-remiss-sedan-melior-koloskopi", "skane", P("1963-05-27", "387"), [
    N("n1", "P", "s_vc_simrishamn", ("Ingela Mörk", "läkare"), "2024-04-08 09:45", [
        ("Bedömning", "Järnbrist och ändrade avföringsvanor sedan två månader, F-Hb positivt. Susp. coloncancer, remiss enligt standardiserat vårdförlopp."),
    ]),
    N("n2", "M", "s_kir_krist", ("Albin Sjö", "läkare"), "2024-04-16 14:15", [
        ("Koloskopi", "Cirkulär exofytisk tumör i colon ascendens, biopsier tagna. Misstänkt koloncancer, PAD inväntas."),
    ]),
], must=m("NL102", note="n2"), must_not=m("NL102"),
   why="The same hedge is silent in the PMO referral note and fires in the hospital Melior note.")

c("multi-trol-uretarsten-sedan-bekraftad", "vgr", P("1982-10-07", "264"), [
    N("n1", "M", "v_akut_sas", ("Julia Wernersson", "läkare"), "2024-05-18 03:15", [
        ("Bedömning", "Kolikartad flanksmärta vänster med utstrålning mot ljumsken, mikroskopisk hematuri. Trol. uretärsten vänster, DT-urografi i morgon bitti."),
    ], setting="akutvård"),
    N("n2", "M", "v_uro_sas", ("Lars Björk", "läkare"), "2024-05-18 11:30", [
        ("Bedömning", "DT bekräftar 5 mm uretärsten i vänster distala uretär utan avflödeshinder av betydelse. Tamsulosin och smärtlindring, ny DT om fyra veckor."),
    ]),
], must=m("NL102"), must_not=m("NL102", note="n2"),
   why="Hedged at night, confirmed by CT the next morning: only the first note fires.")

c("multi-psykolog-sedan-ast-aterkoppling-senare", "skane", P("2004-12-01", "199"), [
    N("n1", "M", "s_psyk_landskrona", ("Alva Sundin", "psykolog"), "2024-06-04 13:00", [
        ("Utredning", "WAIS-IV och ADOS-2 genomförda idag, komparentintervju med modern i förra veckan. Sammanställning görs inför teamkonferens."),
    ], setting="psykiatrisk öppenvård"),
    N("n2", "M", "s_psyk_landskrona", ("Henrik Åberg", "läkare"), "2024-06-11 16:20", [
        ("Diagnos", "Autismspektrumtillstånd utan intellektuell funktionsnedsättning, enligt teamkonferens idag."),
        ("Planering", "Återkoppling till pat sker vid gemensamt besök med psykologen 20/6; han har inte fått resultatet ännu."),
    ], setting="psykiatrisk öppenvård"),
], must=m("NL101", note="n2"), must_not=m("NL101", "NL102") + m("NL102", note="n2"),
   why="The second note records a diagnosis and postpones telling it; the first holds no diagnosis.")

c("multi-telefon-trol-falsk-krupp-sedan-krupp", "vgr", P("2021-02-24", "176"), [
    N("n1", "M", "v_barnakut_dsbus", ("Anneli Brink", "sjuksköterska"), "2024-11-16 01:50", [
        ("Kontaktorsak", "Pappa ringer, treåringen vaknade med skällande hosta och pipande ljud vid inandning."),
        ("Bedömning", "Trol. falsk krupp."),
        ("Råd", "Kall luft vid öppet fönster, lugna barnet. Åk in om det piper även i vila eller barnet blir blekt."),
    ], template=TEL, setting="telefonrådgivning"),
    N("n2", "M", "v_barnakut_dsbus", ("Maja Berglund", "läkare"), "2024-11-16 03:05", [
        ("Bedömning", "Krupp (laryngotrakeit) med inspiratorisk stridor i vila. Betametason 4 mg peroralt, stridorn försvann inom en timme."),
    ], setting="akutvård"),
], must=m("NL102"), must_not=m("NL102", note="n2"),
   why="Telephone advice hedges the diagnosis; the later emergency note states it.")

c("multi-ger-anhoriga-sedan-pat-informerad", "skane", P("1936-09-29", "151"), [
    N("n1", "M", "s_ger_malmo", ("Olof Bengtsson", "läkare"), "2024-08-05 14:30", [
        ("Bedömning", "Lewy body-demens enligt DaTSCAN och klinisk bild."),
        ("Information", "Maken informerad. Pat ej informerad ännu, vi ville invänta en dag då hon är klarare."),
    ], setting="slutenvård"),
    N("n2", "M", "s_ger_malmo", ("Olof Bengtsson", "läkare"), "2024-08-07 10:10", [
        ("Information", "Pat informerad om diagnosen i närvaro av maken. Hon förstod och undrade främst om hon får bo kvar hemma."),
    ], setting="slutenvård"),
], must=m("NL101"), must_not=m("NL102") + m("NL101", "NL102", note="n2"),
   why="Spouse told first, patient two days later: NL101 only on the first note.")

c("multi-th-mall-ovarial-sedan-informerad", "skane", P("1955-07-13", "242"), [
    N("n1", "M", "s_kvinno_krist", ("Lovisa Grahn", "läkare"), "2024-09-16 17:05", [
        ("Hypotes", "Misstänkt ovarialcancer med peritoneal spridning enligt preliminär DT. Pat ej informerad förrän granskningen är klar."),
    ], template=TH),
    N("n2", "M", "s_kvinno_krist", ("Lovisa Grahn", "läkare"), "2024-09-23 10:30", [
        ("Bedömning", "Höggradig serös ovarialcancer stadium IIIC enligt laparoskopiska biopsier."),
        ("Information", "Pat informerad om diagnosen och om planen med neoadjuvant cytostatika, väninnan var med."),
    ]),
], must_not=m("NL102", "NL101", "NL104") + m("NL101", "NL102", note="n2"),
   why="Skåne Tidiga hypoteser template, then a visible note with the settled and told diagnosis.")
# =========================================================================== H
# Long notes (300+ words, several sections): one sentence decides, or none.

c("lang-ger-inskrivning-trolig-ortostatism", "skane", P("1937-04-16", "282"), [
    N("n1", "M", "s_ger_malmo", ("Ebba Mårtensson", "läkare"), "2024-04-29 10:30", [
        ("Kontaktorsak", "Inkommer via akuten efter tredje fallet i hemmet på en månad, senast igår kväll på väg till toaletten. Ingen medvetandeförlust enligt pat, men maken hittade henne sittande på golvet."),
        ("Tidigare sjukdomar", "Hypertoni sedan 1990-talet. Typ 2-diabetes, tablettbehandlad. Förmaksflimmer, antikoagulerad med apixaban. Höger höftprotes 2018 efter collumfraktur. Katarakt opererad bilateralt."),
        ("Läkemedel", "Apixaban 2,5 mg x2, metformin 500 mg x2, amlodipin 10 mg, enalapril 20 mg, furosemid 40 mg, zopiklon 5 mg till natten, paracetamol vid behov."),
        ("Sociala förhållanden", "Bor med maken i villa med trappa till övervåningen. Hemtjänst en gång i veckan för städning. Går med rollator utomhus, utan hjälpmedel inomhus."),
        ("Funktionsstatus", "Klarar personlig hygien och påklädning själv men duschar bara när maken är hemma. Lagar enklare mat. Har slutat gå till affären ensam sedan det första fallet i mars, eftersom hon blir osäker i trängsel. Använder glasögon, hör bra med hörapparat på höger sida."),
        ("Fallanamnes", "Samtliga tre fall har skett i samband med att hon rest sig snabbt, två gånger nattetid och en gång efter middagen. Hon beskriver svartnande för ögonen och att benen vek sig. Inga kramper, ingen tungbitning, ingen urinavgång vid fallen. Har inte slagit huvudet."),
        ("Status", "AT: gott, orienterad till tid och rum. Cor: oregelbunden rytm, inga blåsljud. Pulm: normala andningsljud. Blodtryck liggande 148/80, efter tre minuter stående 112/64 med yrsel. Neurologiskt utan fokala bortfall. Blåmärke över vänster höft, höftrörlighet smärtfri. Rtg bäcken utan fraktur."),
        ("Labb", "Hb 128, natrium 131, kalium 3,4, kreatinin 98, glukos 6,8, CRP <5."),
        ("Bedömning", "Upprepade fall hos multisjuk 87-årig kvinna med polyfarmaci. Trolig ortostatisk hypotension som bidragande orsak, förstärkt av diuretika och dubbel blodtrycksbehandling. Lätt hyponatremi sannolikt av samma läkemedel. Zopiklon ökar fallrisken."),
        ("Åtgärd", "Furosemid sätts ut och amlodipin halveras. Zopiklon trappas ut under veckan. Nya ortostatiska mätningar dagligen, natrium och kalium om två dagar."),
        ("Planering", "Fysioterapeut bedömer gång och balans, arbetsterapeut gör hembesök inför utskrivning. Läkemedelsgenomgång dokumenteras i epikrisen till vårdcentralen."),
        ("Information", "Pat och maken informerade om bedömningen och om varför vattendrivande och sömntablett tas bort. De är positiva till hembesöket."),
    ], setting="slutenvård"),
], must=m("NL102"), must_not=m("NL101"),
   why="Long admission note: many settled diagnoses and one hedged ('Trolig ortostatisk hypotension').")

c("lang-onk-progress-pat-ej-informerad", "vgr", P("1958-11-21", "407"), [
    N("n1", "M", "v_onk_jk", ("Camilla Berg", "läkare"), "2024-10-10 16:45", [
        ("Kontaktorsak", "Planerad utvärdering efter fyra cykler andra linjens behandling för metastaserad bröstcancer, hormonreceptorpositiv, HER2-negativ."),
        ("Anamnes", "Diagnostiserad 2019, opererad med mastektomi och axillutrymning, därefter cytostatika, strålning och tamoxifen. Skelettmetastaser upptäcktes 2022 och behandlades med aromatashämmare och CDK4/6-hämmare tills progress i våras. Nuvarande behandling med kapecitabin har gått bra med lätt hand-fotsyndrom."),
        ("Aktuellt", "Pat mår subjektivt bra, arbetar halvtid som bibliotekarie och promenerar dagligen. Ingen smärta. Lite tröttare än vanligt på eftermiddagarna."),
        ("Läkemedel", "Kapecitabin 1000 mg/m2 x2 dag 1–14 var tredje vecka, denosumab var fjärde vecka, kalcium och D-vitamin, omeprazol, mjukgörande kräm till händer och fötter."),
        ("Sociala förhållanden", "Gift, två vuxna barn som bor i Göteborg. Maken har hjärtsvikt och hon sköter det mesta hemma. Har berättat för arbetsgivaren om sin sjukdom och har anpassade arbetstider."),
        ("Biverkningar", "Hand-fotsyndrom grad 1, lös avföring en till två gånger dagligen under behandlingsveckorna, ingen feber, inga infektioner, inga munsår. Aptiten god och vikten stabil på 64 kg."),
        ("Labb", "Hb 118, neutrofiler 2,4, trombocyter 210, ALP 2,8, ASAT 0,9, ALAT 1,1, bilirubin 14, kreatinin 71, CA 15-3 stigit från 38 till 92 sedan juni."),
        ("Omvårdnad", "Kontaktsjuksköterskan har gått igenom egenvård för händerna och fötterna igen. Pat har fått telefonnummer till avdelningen dygnet runt och vet att hon ska ringa vid feber över 38 grader, blödningar eller kraftiga diarréer. Hon har inga frågor om behandlingen i övrigt och upplever att informationen varit tydlig."),
        ("Hjälpmedel och stöd", "Inga hjälpmedel. Kurator har tidigare erbjudits men pat har inte velat ha kontakt, erbjuds igen inför nästa besök."),
        ("Status", "Gott allmäntillstånd, ECOG 1. Leverkant palperas inte. Lätt rodnad i handflatorna utan blåsor."),
        ("Röntgen", "DT thorax-buk jämfört med juni: nytillkomna levermetastaser, största 3 cm i segment sju, stationära skelettmetastaser, inga lungförändringar."),
        ("Bedömning", "Progress med nya levermetastaser under andra linjens behandling."),
        ("Information", "DT-svaret kom först efter dagens besök. Pat ej informerad om progressen, jag ringer henne imorgon och bokar ett besök med maken nästa vecka."),
        ("Planering", "Kapecitabin pausas. Tas upp på bröstcancerkonferensen på tisdag för ställningstagande till tredje linjen, eventuellt studie. Leverprover och tumörmarkörer tas på måndag."),
    ]),
], must=m("NL101"), must_not=m("NL102"),
   why="Long oncology note with progress written in Bedömning while the patient has not been told.")

c("lang-psyk-depression-hereditet-och-tidigare", "skane", P("1983-06-19", "345"), [
    N("n1", "M", "s_psyk_landskrona", ("Petra Rosén", "läkare"), "2024-03-28 14:15", [
        ("Kontaktorsak", "Nybesök efter remiss från vårdcentralen för nedstämdhet som inte svarat på två antidepressiva."),
        ("Hereditet", "Mamma behandlad för depression under många år. Morbror tog sitt liv i 40-årsåldern, han var möjligen bipolär enligt släkten men det är osäkert. Syster har ångest."),
        ("Tidigare psykiatrisk anamnes", "Under studietiden 2005 utreddes pat för misstänkt ADHD, utredningen visade inte stöd för diagnosen. Kortare depressiv period efter första barnets födelse 2012, behandlad på vårdcentralen."),
        ("Aktuellt", "Sedan i höstas nedstämd, sover dåligt med tidigt uppvaknande, har tappat intresset för körsången och går ner i vikt. Sjukskriven sedan januari från sitt arbete som lärare. Sertralin 150 mg och därefter mirtazapin utan tillräcklig effekt. Inga hypomana perioder, bekräftat av maken per telefon. Inga psykotiska symtom. Tankar på att det vore skönt att inte vakna, men inga planer eller förberedelser, och barnen beskrivs som ett starkt skydd."),
        ("Psykiskt status", "Vaken, orienterad, god kontakt men sänkt grundstämning och psykomotoriskt långsam. Tankeinnehåll präglat av skuld. Ingen psykotisk symtombild."),
        ("Sociala förhållanden", "Gift, tre barn i åldrarna 6, 9 och 12 år. Bor i radhus i Landskrona. Maken arbetar skift och har tagit över mycket av hushållet senaste månaderna. Goda relationer till sina föräldrar som bor i närheten och hjälper till med hämtningar."),
        ("Alkohol och droger", "Dricker sällan, AUDIT 2. Inga droger. Ingen spelproblematik."),
        ("Somatiskt", "Blodprover på vårdcentralen i februari med normalt blodstatus, TSH, B12, folat och kalcium. Ingen somatisk sjukdom, inga andra läkemedel än antidepressiva och enstaka paracetamol."),
        ("Skattningar", "MADRS-S 34, PHQ-9 22, GAD-7 12. Sömndagbok under två veckor visar i snitt fyra och en halv timmes sömn per natt med uppvaknande runt klockan fyra."),
        ("Suicidriskbedömning", "Förhöjd jämfört med befolkningen men ingen akut risk, skyddsfaktorer i familj och behandlingsvilja."),
        ("Bedömning", "Egentlig depression, recidiverande, nu svår episod utan psykotiska symtom (F33.2). Terapiresistent efter två adekvata behandlingsförsök."),
        ("Planering", "Venlafaxin i stigande dos, samtidigt erbjuds KBT i grupp. Remiss för bedömning av ECT om utebliven effekt inom sex veckor. Pat informerad om bedömningen och planen, maken närvarande via telefon."),
    ], setting="psykiatrisk öppenvård"),
], must_not=m("NL102", "NL101"),
   why="Long note: hedges only in family and past history; the patient's own diagnosis is settled and told.")

c("lang-akut-brostsmarta-enbart-negationer", "vgr", P("1974-09-25", "201"), [
    N("n1", "M", "v_akut_sahl", ("Mats Engström", "läkare"), "2024-12-07 21:40", [
        ("Kontaktorsak", "Bröstsmärta sedan i eftermiddags efter att ha burit in ved."),
        ("Anamnes", "Tidigare frisk 50-årig man, icke-rökare, inga läkemedel. Smärtan sitter vänster om bröstbenet, förvärras vid vridning av bålen och djupa andetag, inte vid ansträngning. Ingen andfåddhet, inga svimningar, ingen hjärtklappning. Inga nyliga resor eller immobilisering. Far har högt blodtryck, ingen hjärtsjukdom i släkten."),
        ("Läkemedel och allergier", "Inga stående läkemedel. Tog två tabletter paracetamol vid femtiden med viss lindring. Ingen känd läkemedelsallergi."),
        ("Sociala förhållanden", "Sambo, arbetar som snickare. Tränar på gym två gånger i veckan och har ökat vikterna i bänkpress senaste månaden. Dricker alkohol måttligt vid helger."),
        ("Ultraljud", "Bedside-ultraljud: lungglidning bilateralt, ingen perikardvätska, normal vänsterkammarfunktion visuellt, ingen dilatation av aorta ascendens i parasternala vyer."),
        ("Lungröntgen", "Ingen pneumothorax, inga infiltrat, normal hjärtstorlek och normalt mediastinum. Inga revbensfrakturer synliga."),
        ("Förlopp på akuten", "Smärtan lindrades tydligt efter ibuprofen 400 mg given klockan 20. Pat har legat lugnt under observationstiden, cirkulatoriskt stabil och utan nya symtom."),
        ("Uppföljning", "Ingen planerad uppföljning på sjukhuset. Vid kvarstående besvär efter två veckor bokar han själv tid på sin vårdcentral, som får en kopia av anteckningen. Intyg för två dagars frånvaro från arbetet utfärdat."),
        ("Status", "Opåverkad, blodtryck 138/84, puls 72 regelbunden, saturation 98 %. Cor: regelbunden rytm utan blåsljud. Pulm: vesikulära andningsljud bilateralt. Palpationsöm över tredje och fjärde revbensbrosket vänster, smärtan återskapas helt vid tryck. Inga bensvullnader, vader mjuka."),
        ("EKG", "Sinusrytm 70, normal axel, inga ST-T-förändringar, oförändrat jämfört med EKG från 2021."),
        ("Labb", "Troponin T 6 och 7 med tre timmars mellanrum. D-dimer 0,2. CRP 3. Hb 151."),
        ("Bedömning", "Inga tecken på akut koronart syndrom, två normala troponiner och normalt EKG. Lungemboli är uteslutet med låg klinisk sannolikhet och normal D-dimer. Ingen misstanke om aortadissektion, symmetriska blodtryck i båda armarna och smärtan saknar den karaktären. Ingen pneumothorax vid ultraljud. Muskuloskeletal bröstsmärta, Tietzes syndrom."),
        ("Åtgärd", "Ibuprofen 400 mg vid behov i en vecka och avlastning från tunga lyft. Informerad om varningstecken som ska leda till ny kontakt: smärta vid ansträngning, andnöd eller svimning. Hem i eget sällskap."),
    ], setting="akutvård"),
], must_not=m("NL102", "NL101"),
   why="Long emergency note where every alternative diagnosis is negated; the final diagnosis is stated.")

c("lang-barn-tillvaxt-th-sokord-synligt-rent", "vgr", P("2016-10-03", "158"), [
    N("n1", "M", "v_barn_skovde", ("Hedvig Persson", "läkare"), "2024-05-07 13:20", [
        ("Kontaktorsak", "Remiss från skolsköterskan för avvikande längdkurva, pojken har fallit från +0,5 till -1,5 SD sedan sex års ålder."),
        ("Anamnes", "Född fullgången med normal födelsevikt. Följt normalt på BVC. Äter bra enligt mamma men är kräsen med grönsaker. Ingen huvudvärk, inga synbesvär, ingen ökad törst eller urinmängd. Ibland ont i magen på morgonen före skolan. Mamma 163 cm, pappa 178 cm, båda kom i puberteten i normal ålder."),
        ("Utveckling", "Gick vid tolv månader, talade i meningar vid två års ålder. Läser och räknar i nivå med klasskamraterna enligt läraren. Tränar fotboll två gånger i veckan och orkar lika bra som kompisarna."),
        ("Tillväxtkurva", "Längdkurvan följde +0,5 SD fram till sex års ålder, därefter en successiv avböjning. Viktkurvan har följt längden och vikt för längd är normal. Huvudomfång normalt vid BVC-kontrollerna."),
        ("Läkemedel", "Inga stående läkemedel. Använder ibland mjukgörande kräm vintertid. Vaccinerad enligt barnvaccinationsprogrammet."),
        ("Information", "Mamma har fått förklarat vilka prover som tagits och varför, och att det vanligaste är att en avböjd längdkurva har en ofarlig förklaring. Hon ville att pappan också skulle få informationen och ett kort brev skickas med pojken."),
        ("Kost", "Frukost med fil och flingor, skollunch som han oftast äter upp, mellanmål med smörgås och frukt. Dricker mest vatten och mjölk."),
        ("Sociala förhållanden", "Bor växelvis hos mamma och pappa sedan separationen för två år sedan. Går i andra klass, trivs enligt mamma men har haft några konflikter på rasterna."),
        ("Status", "Längd 119,6 cm (-1,6 SD), vikt 21 kg. Proportionerlig, inga dysmorfa drag. Prepubertal. Tyreoidea ej förstorad. Synfält grovt normala. Buk mjuk, ingen resistens. Hud utan anmärkning."),
        ("Labb", "Blodstatus, elektrolyter, leverprover, celiakiserologi, TSH och fritt T4, IGF-1 och kortisol tagna idag. Röntgen vänster hand för skelettålder bokad."),
        ("Planering", "Återbesök om tre veckor med provsvaren och skelettåldern, då båda föräldrarna är välkomna. Kurvan skickas till barnendokrinologen för konsultation. Dietistkontakt erbjuds om provsvaren är normala."),
        (TH, "Möjlig psykosocial kortväxthet med tanke på familjesituationen, DD tillväxthormonbrist eller hypotyreos. Ej framfört till föräldrarna ännu då provsvaren saknas och mamma redan är mycket orolig."),
    ]),
], must_not=m("NL102", "NL101", "NL104"),
   why="Long paediatric note: the hypotheses and the not-told remark are under the hidden sökord; visible text is clean.")

c("lang-pmo-vc-diabeteskontroll-flera-hedgar", "skane", P("1954-01-05", "327"), [
    N("n1", "P", "s_vc_kavlinge", ("Carina Wahlberg", "läkare"), "2024-06-26 10:10", [
        ("Kontaktorsak", "Årskontroll av typ 2-diabetes och hypertoni, samt nytillkomna besvär med stickningar i fötterna och trötthet."),
        ("Anamnes", "Diabetes sedan 2011, behandlas med metformin och sedan i fjol empagliflozin. Hypertoni behandlad med losartan. Ex-rökare sedan tio år. Sedan vintern stickningar och brännande känsla i båda fotsulorna nattetid, värst i vänster fot. Tröttare än tidigare, somnar i tv-soffan. Ingen bröstsmärta, ingen andfåddhet. Dricker två glas vin i veckan. Hustrun säger att han snarkar högt och ibland slutar andas."),
        ("Läkemedel", "Metformin 1 g x2, empagliflozin 10 mg, losartan 100 mg, atorvastatin 20 mg, acetylsalicylsyra sattes ut 2021 efter diskussion om primärprevention."),
        ("Levnadsvanor", "Promenerar med hunden två gånger om dagen, cirka trettio minuter. Äter frukost och middag men småäter på kvällarna framför tv:n. Har försökt gå ner i vikt med hjälp av en app utan bestående resultat."),
        ("Sociala förhållanden", "Pensionerad busschaufför, gift, bor i villa i Kävlinge. Två vuxna barn och fyra barnbarn som de träffar ofta."),
        ("Fotundersökning", "Torr hud på hälarna, förtjockade naglar på stortårna, lätt hallux valgus bilateralt. Skorna slitna på utsidan, råd om bättre skor med plats för tårna."),
        ("Vaccinationer", "Influensavaccin och pneumokockvaccin erbjuds i höst, han tackar ja till båda. Covid-19-vaccin senast hösten 2023."),
        ("Status", "Blodtryck 146/88, puls 76, BMI 32. Fötter: nedsatt vibrationssinne vid stortåns grundled bilateralt, monofilament känns på alla punkter utom vänster häl. Fotpulsar palpabla. Inga sår. Hjärta och lungor utan anmärkning."),
        ("Labb", "HbA1c 61, kreatinin 88, eGFR 79, U-albumin/kreatinin 4,2, LDL 3,1, B12 180, TSH 2,1."),
        ("Bedömning", "Typ 2-diabetes med otillräcklig glukoskontroll. Trolig diabetesneuropati i fötterna, men B12-brist kan bidra och ska behandlas. Misstänkt obstruktiv sömnapné med tanke på snarkning, andningsuppehåll och dagtrötthet. Lätt albuminuri."),
        ("Åtgärd", "Semaglutid läggs till. Atorvastatin höjs till 40 mg. B12-tabletter 1 mg dagligen. Remiss för sömnapnéregistrering. Fotsjukvård varannan månad och information om daglig fotinspektion."),
        ("Planering", "Ny kontroll hos diabetessköterskan om tre månader med HbA1c och B12. Läkarbesök om sex månader eller tidigare vid nya besvär."),
    ]),
], must_not=m("NL102"),
   why="Long PMO note with several hedged diagnoses: PMO does not show diagnoses, so NL102 is silent.")
# =========================================================================== drafts
# About one note in ten is an unsigned draft (the pre-signing case).
DRAFTS = {
    ("akut-collumfraktur-fragetecken-telegrafisk", "n1"),
    ("kir-trol-gallstensanfall-telegrafisk", "n1"),
    ("psyk-ev-adhd-vuxen", "n1"),
    ("hud-susp-melanoma-malignum-latin", "n1"),
    ("barnakut-misstankt-invagination", "n1"),
    ("stroke-tia-fragetecken-dt-ua", "n1"),
    ("kir-inge-misstanke-appendicit-stavfel", "n1"),
    ("psyk-ingen-misstanke-om-bipolaritet", "n1"),
    ("onk-mojligen-skjuta-cykel", "n1"),
    ("th-vgr-psyk-prodromal-psykos", "n1"),
    ("pmo-vc-susp-hypotyreos", "n1"),
    ("onk-pad-adenocarcinom-besked-tisdag", "n1"),
    ("gyn-cin3-avvaktar-informera", "n1"),
    ("hemat-aml-besked-imorgon-med-anhorig", "n1"),
    ("kir-ej-informerad-om-operationstid", "n1"),
    ("akut-diagnosbesked-via-tolk", "n1"),
    ("multi-trol-uretarsten-sedan-bekraftad", "n1"),
    ("lang-barn-tillvaxt-th-sokord-synligt-rent", "n1"),
}


def apply_drafts():
    by_name = {c_["case"]: c_ for c_ in CASES}
    for name, nid in sorted(DRAFTS):
        if name not in by_name:
            raise SystemExit("DRAFTS names unknown case %s" % name)
        for note in by_name[name]["record"]["notes"]:
            if note["id"] == nid:
                note["signed"] = None
                break
        else:
            raise SystemExit("DRAFTS names unknown note %s/%s" % (name, nid))


# =========================================================================== validate
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"}
CODES = {"NL101", "NL102", "NL104"}
HIDDEN_TEMPLATE_SKANE = {TH}
HIDDEN_KEYWORD_VGR = {TH}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(pnr):
    m_ = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", pnr)
    if not m_:
        return False
    return luhn_digit(m_.group(1)[2:] + m_.group(2) + m_.group(3) + m_.group(4)) == int(m_.group(5))


def age_at(birth, when):
    b = _dt.date.fromisoformat(birth)
    d = when.date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def validate(cases):
    problems = []
    names = set()
    sentences = {}

    def bad(case, msg):
        problems.append("%s: %s" % (case.get("case", "?"), msg))

    for case in cases:
        name = case.get("case")
        if set(case) != CASE_KEYS:
            bad(case, "case keys %s" % sorted(case))
            continue
        if name in names:
            bad(case, "duplicate case name")
        names.add(name)
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", name):
            bad(case, "case name not lower-case ascii with hyphens")
        if case["ruleset"] not in ("skane", "vgr"):
            bad(case, "ruleset %r" % case["ruleset"])
        if not case["why"] or "\n" in case["why"]:
            bad(case, "why must be one non-empty line")
        rec = case["record"]
        if set(rec) != RECORD_KEYS:
            bad(case, "record keys %s" % sorted(rec))
            continue
        pat = rec["patient"]
        if set(pat) != PATIENT_KEYS:
            bad(case, "patient keys %s" % sorted(pat))
        if not luhn_ok(pat["id"]):
            bad(case, "personnummer %s not Luhn-valid" % pat["id"])
        if pat["id"][:8] != pat["birth_date"].replace("-", ""):
            bad(case, "personnummer does not match birth_date")
        if not rec["as_of"].startswith("2024-"):
            bad(case, "as_of not in 2024")
        for lst in ("access_events", "conversations", "treatments"):
            if rec[lst] != []:
                bad(case, "%s should be empty in this set" % lst)
        note_ids = set()
        systems = {}
        for note in rec["notes"]:
            if set(note) != NOTE_KEYS:
                bad(case, "note keys %s" % sorted(note))
                continue
            if note["id"] in note_ids:
                bad(case, "duplicate note id %s" % note["id"])
            note_ids.add(note["id"])
            systems[note["id"]] = note["system"]
            t = _dt.datetime.fromisoformat(note["time"])
            if t.year != 2024:
                bad(case, "note time not in 2024")
            if note["signed"] is not None:
                s_ = _dt.datetime.fromisoformat(note["signed"])
                if s_.year != 2024 or s_ < t:
                    bad(case, "signed not in 2024 or before time")
            if note["time"] > rec["as_of"]:
                bad(case, "note after as_of")
            age = age_at(pat["birth_date"], t)
            if 13 <= age <= 15 or age < 0:
                bad(case, "patient aged %d at note time" % age)
            hsa = note["unit"]["hsa_id"]
            if case["ruleset"] == "vgr":
                if note["system"] != "Melior":
                    bad(case, "VGR note not Melior")
                if not hsa.startswith(VGR_HSA):
                    bad(case, "VGR case with non-VGR unit")
                if note["template"] in HIDDEN_TEMPLATE_SKANE:
                    bad(case, "VGR note uses the template, not the sökord")
            else:
                if not hsa.startswith(SKANE_HSA):
                    bad(case, "Skåne case with non-Skåne unit")
                if any(sec["keyword"] in HIDDEN_KEYWORD_VGR for sec in note["sections"]):
                    bad(case, "Skåne note uses the VGR sökord")
            if note["system"] not in ("Melior", "PMO"):
                bad(case, "system %s" % note["system"])
            for sec in note["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    bad(case, "bad section")
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != (name, note["id"], sec["keyword"]):
                            bad(case, "sentence also in %s: %r" % (sentences[sent][0], sent))
                        sentences.setdefault(sent, (name, note["id"], sec["keyword"]))
        if not case["must"] and not case["must_not"]:
            bad(case, "asserts nothing")
        seen = set()
        for kind in ("must", "must_not"):
            for item in case[kind]:
                if not (isinstance(item, list) and len(item) == 2):
                    bad(case, "%s item %r" % (kind, item))
                    continue
                code, target = item
                if code not in CODES:
                    bad(case, "unexpected code %s" % code)
                if target not in note_ids:
                    bad(case, "target %s does not exist" % target)
                if (code, target) in seen:
                    bad(case, "%s/%s asserted twice (or both must and must_not)" % (code, target))
                seen.add((code, target))
                system = systems.get(target)
                if system == "PMO" and code == "NL101":
                    bad(case, "NL101 asserted on a PMO note")
                if system == "PMO" and code == "NL102" and kind == "must":
                    bad(case, "must NL102 on a PMO note")
    return problems


def main():
    apply_drafts()
    problems = validate(CASES)
    lines = [json.dumps(c_, ensure_ascii=False, sort_keys=False) for c_ in CASES]
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    # re-read what was written and validate again
    with open(OUT, encoding="utf-8") as fh:
        reread = [json.loads(line) for line in fh if line.strip()]
    if reread != CASES:
        problems.append("written file does not round-trip")
    problems += [] if len(reread) == len(CASES) else ["line count mismatch"]
    if problems:
        for p_ in problems:
            print("PROBLEM", p_, file=sys.stderr)
        return 1
    counts = {}
    for c_ in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c_[kind]:
                counts.setdefault(code, {"must": 0, "must_not": 0})[kind] += 1
    print("%d cases -> %s" % (len(CASES), OUT))
    for code in sorted(counts):
        print("  %s must %d must_not %d" % (code, counts[code]["must"], counts[code]["must_not"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
