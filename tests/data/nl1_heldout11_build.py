#!/usr/bin/env python3
"""Held-out gold cases for notelint NL101 / NL102 (nl1_heldout11_cases).

Dependency-free and deterministic: `python3 build.py` writes
nl1_heldout11_cases.jsonl beside this file and validates it; exit 1 on any problem.
Written from the regional routines (seeds/), DESIGN.md and the devset README only.
"""
import datetime as dt
import json
import os
import re
import sys

NAME = "nl1_heldout11_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

# ---------------------------------------------------------------- units
# key: (name, hsa_id, system). Skåne HSA prefix SE2321000255, VGR SE2321000131.
S, V = "SE2321000255-", "SE2321000131-"
U = {
    # Skåne, Melior (hospitals)
    "hud_lund": ("Hudkliniken, Skånes universitetssjukhus Lund", S + "4H11", "Melior"),
    "hud_hbg": ("Hudmottagningen, Helsingborgs lasarett", S + "4H27", "Melior"),
    "uro_malmo": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", S + "5U02", "Melior"),
    "psyk_hbg": ("Vuxenpsykiatrimottagning Helsingborg", S + "7P14", "Melior"),
    "psyk_malmo": ("Allmänpsykiatrisk mottagning Malmö Centrum", S + "7P31", "Melior"),
    "psyk_lund": ("Psykiatrimottagning Lund Öster", S + "7P48", "Melior"),
    "psykakut_lund": ("Psykiatrisk akutmottagning, Lund", S + "7P55", "Melior"),
    "psykavd_lund": ("Vuxenpsykiatriska avdelningen 42, Lund", S + "7P62", "Melior"),
    "minne_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", S + "6M08", "Melior"),
    "minne_ang": ("Minnesmottagningen, Ängelholms sjukhus", S + "6M19", "Melior"),
    "hjart_krist": ("Hjärtmottagningen, Centralsjukhuset Kristianstad", S + "3K21", "Melior"),
    "hjart_lund": ("Kardiologimottagningen, Skånes universitetssjukhus Lund", S + "3K33", "Melior"),
    "hjart_hbg": ("Hjärtmottagningen, Helsingborgs lasarett", S + "3K40", "Melior"),
    "hjsvikt_malmo": ("Hjärtsviktsmottagningen, Skånes universitetssjukhus Malmö", S + "3K52", "Melior"),
    "kardio_malmo": ("Kardiologiska kliniken, Skånes universitetssjukhus Malmö", S + "3K67", "Melior"),
    "lung_lund": ("Lungmottagningen, Skånes universitetssjukhus Lund", S + "3L04", "Melior"),
    "lung_malmo": ("Lung- och allergimottagningen, Skånes universitetssjukhus Malmö", S + "3L16", "Melior"),
    "allergi_hbg": ("Allergimottagningen, Helsingborgs lasarett", S + "3L29", "Melior"),
    "iva_hbg": ("Intensivvårdsavdelningen, Helsingborgs lasarett", S + "2I05", "Melior"),
    "iva_lund": ("Intensivvårdsavdelningen, Skånes universitetssjukhus Lund", S + "2I18", "Melior"),
    "infek_malmo": ("Infektionskliniken, Skånes universitetssjukhus Malmö", S + "2F07", "Melior"),
    "infek_lund": ("Infektionsavdelning 3, Skånes universitetssjukhus Lund", S + "2F13", "Melior"),
    "infek_hbg": ("Infektionsmottagningen, Helsingborgs lasarett", S + "2F26", "Melior"),
    "endo_ystad": ("Endoskopienheten, Ystad lasarett", S + "1E09", "Melior"),
    "kir_hbg": ("Kirurgiska kliniken, Helsingborgs lasarett", S + "1C11", "Melior"),
    "kir_malmo": ("Kirurgiska kliniken, Skånes universitetssjukhus Malmö", S + "1C15", "Melior"),
    "kir_krist": ("Kirurgmottagningen, Centralsjukhuset Kristianstad", S + "1C24", "Melior"),
    "kiravd_krist": ("Kirurgavdelning 10, Centralsjukhuset Kristianstad", S + "1C38", "Melior"),
    "kir_trelle": ("Kirurgmottagningen, Trelleborgs lasarett", S + "1C42", "Melior"),
    "kirakut_ystad": ("Akutmottagningen, Ystad lasarett", S + "1C57", "Melior"),
    "akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", S + "0A03", "Melior"),
    "akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", S + "0A12", "Melior"),
    "akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", S + "0A26", "Melior"),
    "orto_hass": ("Ortopedmottagningen, Hässleholms sjukhus", S + "8O01", "Melior"),
    "ortoavd_hass": ("Ortopedavdelningen, Hässleholms sjukhus", S + "8O14", "Melior"),
    "ortoavd_lund": ("Ortopedavdelning 2, Skånes universitetssjukhus Lund", S + "8O22", "Melior"),
    "ortoakut_malmo": ("Ortopedakuten, Skånes universitetssjukhus Malmö", S + "8O35", "Melior"),
    "ortomott_lund": ("Ortopedmottagningen, Skånes universitetssjukhus Lund", S + "8O43", "Melior"),
    "ortoakut_lund": ("Ortopedakuten, Skånes universitetssjukhus Lund", S + "8O48", "Melior"),
    "hand_malmo": ("Handkirurgiska kliniken, Skånes universitetssjukhus Malmö", S + "8O59", "Melior"),
    "fysio_malmo": ("Fysioterapin, Ortopedkliniken Skånes universitetssjukhus Malmö", S + "8O66", "Melior"),
    "kvinno_lund": ("Kvinnokliniken, Skånes universitetssjukhus Lund", S + "9K02", "Melior"),
    "kvinno_hbg": ("Kvinnokliniken, Helsingborgs lasarett", S + "9K17", "Melior"),
    "brost_malmo": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", S + "9K28", "Melior"),
    "onkgen_lund": ("Onkogenetiska mottagningen, Skånes universitetssjukhus Lund", S + "9G03", "Melior"),
    "onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", S + "9G11", "Melior"),
    "neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", S + "6N04", "Melior"),
    "neuro_malmo": ("Neurologiska kliniken, Skånes universitetssjukhus Malmö", S + "6N16", "Melior"),
    "stroke_lund": ("Strokeenheten, Skånes universitetssjukhus Lund", S + "6N27", "Melior"),
    "med_ystad": ("Medicinmottagningen, Ystad lasarett", S + "5M03", "Melior"),
    "med_hass": ("Medicinmottagningen, Hässleholms sjukhus", S + "5M09", "Melior"),
    "medavd_landskrona": ("Medicinavdelningen, Landskrona lasarett", S + "5M14", "Melior"),
    "medavd_trelle": ("Medicinavdelning 4, Trelleborgs lasarett", S + "5M26", "Melior"),
    "geravd_ystad": ("Geriatriska avdelningen, Ystad lasarett", S + "5M33", "Melior"),
    "reuma_lund": ("Reumatologiska mottagningen, Skånes universitetssjukhus Lund", S + "5R08", "Melior"),
    "reuma_krist": ("Reumatologmottagningen, Centralsjukhuset Kristianstad", S + "5R19", "Melior"),
    "hemat_lund": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", S + "5H05", "Melior"),
    "ogon_hbg": ("Ögonmottagningen, Helsingborgs lasarett", S + "4O12", "Melior"),
    "barnakut_lund": ("Barnakuten, Skånes universitetssjukhus Lund", S + "2B04", "Melior"),
    "barnakut_malmo": ("Barnakuten, Skånes universitetssjukhus Malmö", S + "2B11", "Melior"),
    "barnkir_lund": ("Barnkirurgiska kliniken, Skånes universitetssjukhus Lund", S + "2B23", "Melior"),
    "barn_krist": ("Barnmottagningen, Centralsjukhuset Kristianstad", S + "2B36", "Melior"),
    "bup_lund": ("BUP-mottagning Lund", S + "7B02", "Melior"),
    "bup_malmo": ("BUP-mottagning Malmö Södra", S + "7B15", "Melior"),
    "karl_malmo": ("Kärlkirurgiska mottagningen, Skånes universitetssjukhus Malmö", S + "1K07", "Melior"),
    # Skåne, PMO (primary care)
    "vc_sorgenfri": ("Vårdcentralen Sorgenfri, Malmö", S + "P101", "PMO"),
    "vc_karnan": ("Vårdcentralen Kärnan, Helsingborg", S + "P117", "PMO"),
    "vc_simrishamn": ("Vårdcentralen Simrishamn", S + "P124", "PMO"),
    "vc_hoor": ("Vårdcentralen Höör", S + "P136", "PMO"),
    "bvc_eslov": ("BVC Eslöv", S + "P142", "PMO"),
    "um_malmo": ("Ungdomsmottagningen Malmö", S + "P155", "PMO"),
    "hsv_kavlinge": ("Hemsjukvården Kävlinge", S + "P163", "PMO"),
    # VGR, Melior
    "onk_sahl": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", V + "1J02", "Melior"),
    "onk_boras": ("Onkologimottagningen, Södra Älvsborgs Sjukhus Borås", V + "1J15", "Melior"),
    "sarkom_sahl": ("Sarkomcentrum, Sahlgrenska Universitetssjukhuset", V + "1J28", "Melior"),
    "infek_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", V + "2F04", "Melior"),
    "infek_nal": ("Infektionskliniken, NU-sjukvården NÄL", V + "2F11", "Melior"),
    "infek_boras": ("Infektionsmottagningen, Södra Älvsborgs Sjukhus Borås", V + "2F23", "Melior"),
    "neuro_sahl": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", V + "6N03", "Melior"),
    "neuro_boras": ("Neurologmottagningen, Södra Älvsborgs Sjukhus Borås", V + "6N14", "Melior"),
    "neurokir_sahl": ("Neurokirurgiska avdelningen, Sahlgrenska Universitetssjukhuset", V + "6N29", "Melior"),
    "stroke_sahl": ("Strokeenheten, Sahlgrenska Universitetssjukhuset", V + "6N35", "Melior"),
    "hemat_skovde": ("Hematologimottagningen, Skaraborgs Sjukhus Skövde", V + "5H01", "Melior"),
    "hemat_nal": ("Hematologimottagningen, NU-sjukvården NÄL", V + "5H12", "Melior"),
    "gyn_nal": ("Kvinnokliniken, NU-sjukvården NÄL", V + "9K04", "Melior"),
    "gyn_ostra": ("Gynekologiska akutmottagningen, Östra sjukhuset", V + "9K16", "Melior"),
    "forl_ostra": ("Förlossningen, Östra sjukhuset", V + "9K27", "Melior"),
    "brost_sahl": ("Bröstmottagningen, Sahlgrenska Universitetssjukhuset", V + "9K33", "Melior"),
    "brost_boras": ("Bröstmottagningen, Södra Älvsborgs Sjukhus Borås", V + "9K41", "Melior"),
    "uro_sahl": ("Urologimottagningen, Sahlgrenska Universitetssjukhuset", V + "5U06", "Melior"),
    "uro_skovde": ("Urologmottagningen, Skaraborgs Sjukhus Skövde", V + "5U18", "Melior"),
    "endo_boras": ("Endokrinmottagningen, Södra Älvsborgs Sjukhus Borås", V + "5E02", "Melior"),
    "endo_kungalv": ("Medicinmottagningen, Kungälvs sjukhus", V + "5E13", "Melior"),
    "endo_sahl": ("Endokrinologmottagningen, Sahlgrenska Universitetssjukhuset", V + "5E24", "Melior"),
    "diab_sahl": ("Diabetesmottagningen, Sahlgrenska Universitetssjukhuset", V + "5E36", "Melior"),
    "ogon_molndal": ("Ögonmottagningen, Mölndals sjukhus", V + "4O07", "Melior"),
    "reuma_uddevalla": ("Reumatologimottagningen, Uddevalla sjukhus", V + "5R03", "Melior"),
    "reuma_sahl": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", V + "5R17", "Melior"),
    "onh_sahl": ("Öron-näsa-hals-mottagningen, Sahlgrenska Universitetssjukhuset", V + "4Q05", "Melior"),
    "onhakut_sahl": ("Öron-näsa-hals-akuten, Sahlgrenska Universitetssjukhuset", V + "4Q18", "Melior"),
    "njur_skovde": ("Njurmedicinska mottagningen, Skaraborgs Sjukhus Skövde", V + "5N02", "Melior"),
    "njur_sahl": ("Njurmottagningen, Sahlgrenska Universitetssjukhuset", V + "5N14", "Melior"),
    "psyk_sahl": ("Psykosmottagning Sahlgrenska, Psykiatri Psykos", V + "7P06", "Melior"),
    "psyk_boras": ("Psykiatrimottagningen, Södra Älvsborgs Sjukhus Borås", V + "7P19", "Melior"),
    "med_alingsas": ("Medicinmottagningen, Alingsås lasarett", V + "5M07", "Melior"),
    "med_skovde": ("Medicinmottagningen, Skaraborgs Sjukhus Skövde", V + "5M18", "Melior"),
    "med_uddevalla": ("Medicinmottagningen, Uddevalla sjukhus", V + "5M25", "Melior"),
    "medavd_boras": ("Medicinavdelning 5, Södra Älvsborgs Sjukhus Borås", V + "5M31", "Melior"),
    "medavd_kungalv": ("Medicinavdelning 3, Kungälvs sjukhus", V + "5M44", "Melior"),
    "gastro_alingsas": ("Gastromottagningen, Alingsås lasarett", V + "5G02", "Melior"),
    "gastro_sahl": ("Endoskopienheten, Sahlgrenska Universitetssjukhuset", V + "5G13", "Melior"),
    "medakut_nal": ("Medicinakuten, NU-sjukvården NÄL", V + "0A05", "Melior"),
    "medakut_skovde": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", V + "0A11", "Melior"),
    "medakut_kungalv": ("Akutmottagningen, Kungälvs sjukhus", V + "0A17", "Melior"),
    "akut_sahl": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", V + "0A24", "Melior"),
    "akut_boras": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", V + "0A36", "Melior"),
    "ortoakut_molndal": ("Ortopedakuten, Mölndals sjukhus", V + "8O02", "Melior"),
    "orto_kungalv": ("Ortopedmottagningen, Kungälvs sjukhus", V + "8O13", "Melior"),
    "orto_molndal": ("Ortopedmottagningen, Mölndals sjukhus", V + "8O27", "Melior"),
    "dagkir_kungalv": ("Dagkirurgen, Kungälvs sjukhus", V + "1C03", "Melior"),
    "kir_kungalv": ("Kirurgavdelningen, Kungälvs sjukhus", V + "1C16", "Melior"),
    "kir_sahl": ("Kirurgmottagningen, Sahlgrenska Universitetssjukhuset", V + "1C29", "Melior"),
    "ovregi_sahl": ("Övre GI-mottagningen, Sahlgrenska Universitetssjukhuset", V + "1C34", "Melior"),
    "lung_sahl": ("Lungmottagningen, Sahlgrenska Universitetssjukhuset", V + "3L07", "Melior"),
    "lung_skovde": ("Lungmottagningen, Skaraborgs Sjukhus Skövde", V + "3L19", "Melior"),
    "ger_sahl": ("Geriatriska avdelningen, Sahlgrenska Universitetssjukhuset/Mölndal", V + "5A03", "Melior"),
    "ger_molndal": ("Geriatriska kliniken, Mölndals sjukhus", V + "5A14", "Melior"),
    "minne_molndal": ("Minnesmottagningen, Mölndals sjukhus", V + "5A22", "Melior"),
    "hjart_sahl": ("Hjärtavdelningen, Sahlgrenska Universitetssjukhuset", V + "3K08", "Melior"),
    "kardio_ostra": ("Kardiologimottagningen, Östra sjukhuset", V + "3K19", "Melior"),
    "thorax_sahl": ("Thoraxkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", V + "3K26", "Melior"),
    "barn_dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", V + "2B02", "Melior"),
    "barnneuro_dsbus": ("Barnneurologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", V + "2B14", "Melior"),
    "barnmed_nal": ("Barn- och ungdomsmedicinska mottagningen, NU-sjukvården NÄL", V + "2B25", "Melior"),
    "anest_ostra": ("Anestesi- och operationsavdelningen, Östra sjukhuset", V + "2I07", "Melior"),
    "hud_skovde": ("Hudmottagningen, Skaraborgs Sjukhus Skövde", V + "4H03", "Melior"),
}

CASES = []


def C(name, rs, unit, author, role, when, signed, sections, must=(), must_not=(),
      why="", born="1960-01-01", template="Läkaranteckning", setting="öppenvård"):
    """Add one case. `when`/`signed` as 'YYYY-MM-DD HH:MM'; signed may be an int
    (minutes after `when`) or None (unsigned draft)."""
    CASES.append(dict(name=name, rs=rs, unit=unit, author=author, role=role, when=when,
                      signed=signed, sections=sections, must=list(must),
                      must_not=list(must_not), why=why, born=born, template=template,
                      setting=setting))


N1, N2 = "NL101", "NL102"

# =====================================================================
# A. NL101 positives: a settled diagnosis in a visible Melior section while
#    the note says the patient has not (yet) been told.
# =====================================================================
C("hud-melanom-pad-ej-informerad", "skane", "hud_lund", "Karin Ekdahl", "läkare",
  "2024-02-27 10:40", 50, [
    ("Aktuellt", "Excision av pigmenterad lesion vä skulderblad 12/2, se op-anteckning."),
    ("PAD", "Malignt melanom, superficiellt spridande typ, Breslow 1,1 mm, ulceration saknas. Radikalt exciderat, minsta marginal 2 mm."),
    ("Planering", "Pat ej informerad om PAD-svaret ännu. Kallas till mottagningen v. 10 för besked samt planering av utvidgad excision och sentinel node-biopsi."),
  ], must=[N1], why="melanoma stated in the visible PAD section; the plan says the patient has not been told the result",
  born="1971-05-14")

C("onk-progress-levermetastaser-ej-underrattad", "vgr", "onk_sahl", "Mattias Holmqvist", "läkare",
  "2024-03-06 16:10", 25, [
    ("Aktuellt", "Koloncancer sigmoideum, opererad 2022, adjuvant CAPOX. Uppföljande DT thorax-buk 4/3."),
    ("Rtg", "Multipla nytillkomna levermetastaser, största 3,2 cm i segment 7. Inga lungmetastaser."),
    ("Bedömning", "Progress av koloncancer med levermetastasering."),
    ("Planering", "Pat ännu ej underrättad om progressen – besked vid planerat besök 14/3 tillsammans med kontaktsjuksköterska. Tas upp på MDK lever 12/3."),
  ], must=[N1], must_not=[N2], why="new liver metastases visible, patient 'ännu ej underrättad'; the only other finding is negated",
  born="1958-11-02")

C("sekr-pad-prostatacancer-ej-meddelat", "skane", "uro_malmo", "Lena Persson", "medicinsk sekreterare",
  "2024-04-11 13:22", 5, [
    ("Anteckning", "Inkommet PAD från prostatabiopsier tagna 3/4: adenocarcinom i prostata, Gleason 4+3=7 (ISUP 3) i 5 av 12 cylindrar. Enl. dr Nordström ej meddelat pat ännu – doktorn ringer själv och bokar besök. Svaret lagt i dr Nordströms inkorg."),
  ], must=[N1], why="secretary records a prostate cancer PAD and that it has not been told to the patient",
  born="1952-08-19", template="Sekreteraranteckning")

C("ssk-tel-hepatit-c-ej-besked", "vgr", "infek_ostra", "Sara Lindgren", "sjuksköterska",
  "2024-05-02 09:15", 20, [
    ("Kontaktorsak", "Pat ringer och efterfrågar svar på blodprover tagna 22/4."),
    ("Aktuellt", "HCV-RNA positivt, genotyp 3a, dvs aktiv hepatit C-infektion. Pat har inte fått besked om diagnosen – ansvarig läkare vill informera personligen."),
    ("Åtgärd", "Bokat läkarbesök 8/5 kl 10.30, pat meddelad tiden och nöjd med det."),
  ], must=[N1], why="nurse's phone note names active hepatitis C the patient has not been told; only the appointment was communicated",
  born="1989-02-08", template="Telefonanteckning")

C("psykolog-autism-atergivning-ej-gjord", "skane", "psyk_hbg", "Johanna Berg", "psykolog",
  "2024-05-16 15:00", 60, [
    ("Utredning", "Neuropsykiatrisk utredning avslutad: WAIS-IV, ADOS-2 modul 4, ASDI, anhöriganamnes med modern samt skattningsskalor."),
    ("Bedömning", "Sammantaget uppfylls kriterierna för autism enligt DSM-5, nivå 1. Ingen samtidig ADHD. Begåvning inom normalvariationen."),
    ("Planering", "Återgivning ej genomförd; patienten har ännu inte fått ta del av diagnosen. Återgivningssamtal inbokat 28/5 tillsammans med ansvarig läkare."),
  ], must=[N1], must_not=[N2], why="psychologist states an autism diagnosis before the feedback session; 'Ingen samtidig ADHD' is negated, not hedged",
  born="1998-09-23", template="Psykologanteckning")

C("neuro-als-ej-informerad-utkast", "vgr", "neuro_sahl", "Per Åkesson", "läkare",
  "2024-06-19 17:05", None, [
    ("Utredning", "ENeG 17/6: utbredd akut och kronisk denervation i bulbär, cervikal och lumbosakral region. Normala sensoriska svar."),
    ("Bedömning", "Kliniska fynd och ENeG uppfyller Gold Coast-kriterierna, diagnosen är ALS."),
    ("Planering", "Pat ej informerad – diagnosbesked ges vid läkarbesök med anhörig närvarande nästa vecka. Kontakt med ALS-teamet tas."),
  ], must=[N1], why="unsigned draft: ALS diagnosis in Bedömning, patient not informed",
  born="1961-03-30")

C("minne-alzheimer-dottern-informerad-ej-pat", "skane", "minne_malmo", "Gunnar Wester", "läkare",
  "2024-03-14 11:30", 120, [
    ("Bedömning", "Efter teamkonferens: Alzheimers sjukdom med sen debut (F00.1), MMSE 21, typisk temporoparietal hypoperfusion och patologisk likvor."),
    ("Information", "Dottern informerad per telefon enligt pat:s tidigare önskemål. Pat själv ännu ej informerad om diagnosen; planeras vid återbesök 2/4 med arbetsterapeut och dotter närvarande."),
  ], must=[N1], why="the daughter was told but the patient herself was not; Alzheimer's diagnosis is visible",
  born="1944-12-01")

C("hemat-kll-typo-infomerad", "vgr", "hemat_skovde", "Amir Haddad", "läkare",
  "2024-09-03 14:12", 18, [
    ("Lab", "Lpk 28, lymfocyter 23. Flödescytometri av perifert blod: monoklonal B-cellspopulation CD5+/CD23+."),
    ("Bedömning", "Kronisk lymfatisk leukemi (KLL), Binet A, asymtomatisk. Ingen behandlingsindikation."),
    ("Planering", "Pat ej infomerad ännu, telefontid bokad fredag 6/9. Därefter kontroll 3 mån."),
  ], must=[N1], why="typo 'infomerad': CLL diagnosis visible, patient not yet informed",
  born="1950-06-07")

C("kardio-hocm-ej-fatt-veta", "skane", "hjart_krist", "Elin Sjöberg", "läkare",
  "2024-06-04 10:50", 35, [
    ("UKG", "Asymmetrisk septumhypertrofi 19 mm, SAM av mitralisklaffen, LVOT-gradient 45 mmHg i vila, 80 mmHg vid Valsalva."),
    ("Bedömning", "Hypertrofisk obstruktiv kardiomyopati."),
    ("Planering", "Pat har ännu inte fått veta resultatet av ultraljudet. Informeras vid besök 12/6, då även ärftlighet och kaskadscreening av förstagradssläktingar tas upp. Bör tills vidare avstå tung styrketräning – meddelas då."),
  ], must=[N1], why="HOCM stated; 'har ännu inte fått veta resultatet' is a not-informed statement without the word informerad",
  born="1979-04-11")

C("gyn-cervixcancer-vantar-besked", "vgr", "gyn_nal", "Hanna Olofsson", "läkare",
  "2024-10-08 08:45", 40, [
    ("PAD", "Konisering 30/9: invasiv skivepitelcancer, invasionsdjup 4 mm, ej radikal i endocervikala marginalen."),
    ("Bedömning", "Cervixcancer, minst stadium IB1. Remiss MDK gynonkologi."),
    ("Planering", "Pat ej underrättad om svaret – hon har önskat få besked när MR-bäcken också är klar, vilket beräknas till v. 42."),
  ], must=[N1], why="cervical cancer visible while the patient, at her own wish, has not yet been told",
  born="1986-01-25")

C("lung-adenocarcinom-lang-ej-informerad", "skane", "lung_lund", "Olof Lindahl", "läkare",
  "2024-04-09 16:30", "2024-04-10 08:10", [
    ("Anamnes", "69-årig man, f.d. rökare 40 paketår, slutade 2015. KOL GOLD 2. Remitterad från vc pga hosta i 3 mån och viktnedgång 6 kg. DT thorax 12/3 visade 4 cm tumör hö överlob samt förstorade mediastinala lgl."),
    ("Status", "AT gott. Sat 94 % rumsluft. Lungor: något nedsatt andningsljud hö apikalt. Inga palpabla lgl på halsen eller i fossa supraclavicularis. Cor: rr, inga blåsljud."),
    ("Utredning", "Bronkoskopi med EBUS 2/4: px från tumör samt station 7 och 4R. PAD: adenocarcinom, TTF-1 positivt, även i station 7. EGFR, ALK och PD-L1 under analys."),
    ("Bedömning", "Icke-småcellig lungcancer, adenocarcinom i hö överlob med N2-spridning, minst stadium IIIA."),
    ("Planering", "Pat inte informerad om cancerdiagnosen än – han var ensam idag och önskar ha hustrun med vid besked. Besök läkare + kontaktsjuksköterska 16/4. PET-DT beställd. Tas upp på thoraxonkologisk MDK 18/4. Spirometri med diffusion inför ev. kirurgi."),
  ], must=[N1], must_not=[N2], why="long note: lung cancer settled by PAD, patient not told; 'ev. kirurgi' is a hedge about treatment, not diagnosis",
  born="1955-10-17")

C("iva-mediainfarkt-sederad-maken-informerad", "skane", "iva_hbg", "Martin Grahn", "läkare",
  "2024-01-18 11:20", 30, [
    ("Aktuellt", "Inlagd i natt efter hjärtstopp utanför sjukhus, ROSC efter 18 min. Sederad, respiratorbehandlad."),
    ("Rtg", "DT hjärna idag: utbredd infarkt i vä a. cerebri media-området med begynnande ödem och 4 mm midline shift."),
    ("Bedömning", "Stor vänstersidig mediainfarkt."),
    ("Information", "Pat sederad och således ej informerad. Maken informerad av undertecknad vid besök kl 10."),
  ], must=[N1], why="ICU: patient sedated and not informed of the infarct, only the husband was told",
  born="1958-02-14", template="Daganteckning", setting="slutenvård")

C("endo-mody3-ej-delgiven", "vgr", "endo_boras", "Ingrid Falk", "läkare",
  "2024-11-12 15:40", 15, [
    ("Aktuellt", "24-årig kvinna med diabetes sedan 19 års ålder, GAD-ak negativa, stark hereditet på mammas sida."),
    ("Lab", "Genetisk analys: patogen variant i HNF1A, dvs MODY 3."),
    ("Planering", "Pat ej delgiven svaret ännu. Ska informeras vid besök 26/11, då byte från insulin till SU-preparat diskuteras. Erbjuda anlagsbärartestning till mamma och syster."),
  ], must=[N1], why="genetic diagnosis MODY 3 visible, patient 'ej delgiven svaret'",
  born="2000-05-29")

C("infek-nyupptackt-hiv-ej-meddelad", "skane", "infek_malmo", "Nadia Rahimi", "läkare",
  "2024-07-15 16:45", 10, [
    ("Lab", "HIV-1/2 ag/ak positiv, konfirmerad med linjeblot. HIV-RNA 185 000 kopior/ml, CD4 410."),
    ("Bedömning", "Nyupptäckt hivinfektion."),
    ("Planering", "Pat ännu ej meddelad – kallas till mottagningen imorgon kl 9, kurator bokad samtidigt. Smittspårning påbörjas efter besked."),
  ], must=[N1], why="new HIV diagnosis visible, patient 'ännu ej meddelad'",
  born="1993-12-03")

C("ogon-koroidalt-melanom-ej-informerats", "vgr", "ogon_molndal", "Björn Sandberg", "läkare",
  "2024-02-08 12:10", 25, [
    ("Status", "Visus hö 0,8. Fundus hö: pigmenterad koroidal tumör temporalt om makula."),
    ("Undersökning", "UL: tumörtjocklek 9 mm, basdiameter 13 mm, låg intern reflektivitet."),
    ("Bedömning", "Koroidalt melanom hö öga."),
    ("Planering", "Patienten har inte informerats ännu. Besked ges av överläkare efter konferens med S:t Eriks ögonsjukhus om brachyterapi eller enukleation."),
  ], must=[N1], why="ophthalmology: choroidal melanoma stated, 'Patienten har inte informerats ännu'",
  born="1962-09-15")

C("endo-crohn-pad-svarsbrev-ej-skickat", "skane", "endo_ystad", "Tobias Rydberg", "läkare",
  "2024-05-23 14:00", 30, [
    ("Aktuellt", "Ileokoloskopi 9/5 pga diarré och viktnedgång."),
    ("PAD", "Terminala ileum: kronisk aktiv inflammation med epiteloidcellsgranulom. Kolon utan anmärkning."),
    ("Bedömning", "Morbus Crohn i terminala ileum."),
    ("Planering", "Pat inte informerad om PAD. Svarsbrev ej skickat – ringer pat v. 22 och bokar besök på IBD-mottagningen."),
  ], must=[N1], why="Crohn's disease diagnosed on PAD, patient not informed",
  born="2001-03-17")

C("reuma-sle-lupusnefrit-ej-underrattad", "vgr", "reuma_uddevalla", "Karolina Ek", "läkare",
  "2024-09-26 10:20", 60, [
    ("Lab", "ANA 1:1280 homogent, anti-dsDNA 210, C3 och C4 låga. U-albumin/kreatinin 95."),
    ("PAD", "Njurbiopsi: lupusnefrit klass IV."),
    ("Bedömning", "Systemisk lupus erythematosus med lupusnefrit klass IV."),
    ("Planering", "Pat inte underrättad ännu, informeras av undertecknad vid besök tisdag. Induktion med mykofenolat och kortison planeras i samråd med njurmedicin."),
  ], must=[N1], why="SLE with lupus nephritis visible, patient 'inte underrättad ännu'",
  born="1995-11-11")

C("onh-larynxcancer-ej-informerad-utkast", "vgr", "onh_sahl", "Erik Wallin", "läkare",
  "2024-12-04 11:00", None, [
    ("Aktuellt", "Svar på px från vä stämband taget vid direktlaryngoskopi 26/11."),
    ("PAD", "Högt differentierad skivepitelcancer."),
    ("Planering", "Pat ej informerad. Undertecknad ringer pat idag och bokar besök för besked och genomgång av fortsatt handläggning."),
  ], must=[N1], why="short unsigned ENT note: vocal cord carcinoma in PAD, 'Pat ej informerad'",
  born="1949-04-22")

C("ssk-ortopavd-patologisk-fraktur-metastas", "skane", "ortoavd_hass", "Maria Nyström", "sjuksköterska",
  "2024-03-19 21:30", 20, [
    ("Omvårdnad", "Smärtlindrad med Oxynorm 5 mg kl 19 med god effekt. Mobiliserad till stol."),
    ("Överrapportering", "Enl. jourhavande ortoped visar dagens rtg en patologisk fraktur i hö femurskaft på basen av skelettmetastas. Pat ej informerad om rtg-fyndet, ansvarig läkare informerar på ronden imorgon."),
  ], must=[N1], why="nurse's note on the ward: pathological fracture from a skeletal metastasis, patient not informed",
  born="1947-07-03", template="Omvårdnadsanteckning", setting="slutenvård")

C("kurator-glioblastom-vet-annu-inte", "vgr", "neurokir_sahl", "Lotta Holm", "kurator",
  "2024-04-25 14:30", 45, [
    ("Samtal", "Stödsamtal med maken i anhörigrummet. Han är orolig för hur barnen ska få veta."),
    ("Bedömning", "PAD från op 22/4 visar glioblastom. Pat vet ännu inte om att tumören är malign; läkare planerar informationssamtal måndag där även maken deltar."),
    ("Planering", "Nytt samtal med familjen efter läkarens information."),
  ], must=[N1], why="social worker writes glioblastoma and that the patient does not yet know",
  born="1970-08-08", template="Kuratorsanteckning", setting="slutenvård")

C("kir-ventrikelcancer-vantar-med-att-informera", "skane", "kir_hbg", "Anders Möller", "läkare",
  "2024-10-01 09:30", 20, [
    ("Gastroskopi", "Ulcererad tumör i antrum, px tagna 24/9."),
    ("PAD", "Adenocarcinom, intestinal typ."),
    ("Planering", "Väntar med att informera pat tills MDK 3/10 fastställt behandlingsplan; pat har fått veta att svar kommer nästa vecka."),
  ], must=[N1], why="gastric adenocarcinoma; 'väntar med att informera pat' – the patient was only told when an answer comes",
  born="1957-05-05")

C("njur-iga-nefropati-kort", "vgr", "njur_skovde", "Sofia Ahlberg", "läkare",
  "2024-07-02 15:15", 10, [
    ("Bedömning", "Njurbiopsi 25/6: IgA-nefropati med måttlig interstitiell fibros. Pat ej informerad om biopsisvaret, återbesök 9/7."),
  ], must=[N1], why="one-line note: IgA nephropathy and 'ej informerad om biopsisvaret' in the same section",
  born="1984-03-06")

C("akut-subduralhematom-berusad-ej-informerad", "skane", "akut_malmo", "Jonas Ek", "läkare",
  "2024-08-10 02:40", 70, [
    ("Aktuellt", "Hittad liggande i trapphus, alkoholpåverkad, P-etanol 2,9 promille. Oklart trauma."),
    ("Status", "GCS 13 (E3V4M6). Hematom vä tinning. Pupiller lika stora, reagerar för ljus."),
    ("Rtg", "DT hjärna: bilaterala kroniska subduralhematom med akut komponent vä, 9 mm, ingen midline shift."),
    ("Planering", "Kontakt med neurokirurg i Lund, konservativt och neurokontroller. Pat kraftigt påverkad och inte möjlig att informera nu – får besked när nykter. Överrapporterat till kir-avd."),
  ], must=[N1], why="emergency: subdural haematoma visible, intoxicated patient not yet informed",
  born="1966-10-10", template="Akutanteckning", setting="akutmottagning")

C("psyk-schizofreni-ej-informerad-typo", "vgr", "psyk_sahl", "Daniel Nilsson", "läkare",
  "2024-06-27 13:40", 90, [
    ("Bedömning", "Efter 6 månaders observation och utredning bedöms kriterierna för schizofreni vara uppfyllda. Positiva symtom i regress på olanzapin."),
    ("Planering", "Pat ännu ej informerad om diagnsoen då han f.n. saknar sjukdomsinsikt och blev mycket upprörd vid förra samtalet om utredningen. Diagnosbesked planeras tillsammans med kontaktperson i lugnare skede."),
  ], must=[N1], why="psychiatry, typo 'diagnsoen': schizophrenia stated, patient not informed",
  born="1997-12-19")

C("bup-adhd-16-ar-aterkoppling-ej-gjord", "skane", "bup_lund", "Emma Lundin", "psykolog",
  "2024-10-15 16:00", 30, [
    ("Utredning", "Neuropsykiatrisk utredning klar: WISC-V, QbTest, intervju med ungdomen och båda föräldrarna, skolobservation."),
    ("Bedömning", "Kriterierna för ADHD, kombinerad form, är uppfyllda. Inget som talar för autism."),
    ("Planering", "Ungdomen ej informerad ännu, återkoppling planeras till ungdom och föräldrar 29/10 med läkare."),
  ], must=[N1], must_not=[N2], why="BUP, 16-year-old reads own journal: ADHD stated before feedback; autism is negated",
  born="2008-03-02", template="Psykologanteckning")

C("onkgen-brca2-barare-ej-delgiven", "skane", "onkgen_lund", "Cecilia Fors", "läkare",
  "2024-02-20 10:05", 25, [
    ("Aktuellt", "Anlagsbärartest efter känd familjär BRCA2-variant hos moster."),
    ("Lab", "Patogen variant c.5946del i BRCA2 påvisad, dvs pat är anlagsbärare."),
    ("Planering", "Pat ej delgiven svaret ännu; genetisk vägledare ringer för att boka besök inom 2 v. Därefter remiss till högriskmottagning för kontrollprogram."),
  ], must=[N1], why="diagnosis-bearing genetic finding (BRCA2 carrier) visible, not yet given to the patient",
  born="1982-06-30")

C("brost-cancer-besked-ej-lamnat-utkast", "vgr", "brost_sahl", "Ulrika Berglund", "läkare",
  "2024-11-28 17:20", None, [
    ("Aktuellt", "Trippeldiagnostik 21/11: mammografi, UL och mellannålsbiopsi av 14 mm resistens hö bröst kl 10."),
    ("PAD", "Invasiv cancer av ospecifik typ (NST), grad 2, ER 90 %, PR 40 %, HER2 negativ, Ki67 18 %."),
    ("Planering", "Besked ej lämnat till pat. Ringer henne imorgon förmiddag och bokar tid med kontaktsjuksköterska. Preop MDK 5/12."),
  ], must=[N1], why="unsigned draft: invasive breast cancer, 'Besked ej lämnat till pat'",
  born="1969-01-13")

C("kir-polypcancer-besked-med-tolk", "skane", "kir_trelle", "Hussein Ali", "läkare",
  "2024-09-12 11:35", 40, [
    ("Aktuellt", "Polypektomi sigmoideum 2/9."),
    ("PAD", "Högt differentierat adenocarcinom i pedunkulerad polyp, Haggitt nivå 3, resektionsrand fri."),
    ("Planering", "Pat arabisktalande och ännu inte informerad – besked ges med kontakttolk på plats 14/9. DT thorax-buk beställd."),
  ], must=[N1], why="malignant polyp stated; patient not informed until an interpreter is present",
  born="1959-02-28")

C("med-lada-har-inte-hunnit-beratta", "vgr", "med_alingsas", "Petra Svensson", "läkare",
  "2024-04-17 12:50", 15, [
    ("Lab", "GAD-ak 250 (ref <5), C-peptid lågt normalt."),
    ("Bedömning", "Autoimmun diabetes hos vuxen (LADA), inte typ 2-diabetes som tidigare antagits."),
    ("Planering", "Har inte hunnit berätta för pat om svaren. Ringer imorgon; insulinstart behöver diskuteras."),
  ], must=[N1], why="LADA stated; 'har inte hunnit berätta för pat' is an informal not-informed phrase",
  born="1978-10-21")

C("sekr-holter-avblock-ej-informerad", "vgr", "kardio_ostra", "Marie Johansson", "medicinsk sekreterare",
  "2024-03-27 14:05", 5, [
    ("Telefon", "Skriver på uppdrag av dr Lind: långtids-EKG visar AV-block II typ Mobitz 2 nattetid. Pat ej informerad – dr vill ha pat på mottagningen snarast. Ringt pat två gånger utan svar, brev skickat om att kontakta mottagningen."),
  ], must=[N1], why="secretary's note: Mobitz 2 AV block recorded, patient could not be reached and is not informed",
  born="1953-04-04", template="Sekreteraranteckning")

C("reuma-systemisk-skleros-typo-informerd", "skane", "reuma_lund", "Viktor Hammar", "läkare",
  "2024-05-21 16:30", 20, [
    ("Bedömning", "Kapillärmikroskopi med jättekapillärer och blödningar, anti-Scl-70 positiv, hudförtjockning proximalt om MCP. Systemisk skleros, diffus form."),
    ("Planering", "Pat ännu ej informerd, besök 3/6. HRCT och lungfunktion beställda."),
  ], must=[N1], why="typo 'informerd': systemic sclerosis visible, patient not told",
  born="1976-08-14")

C("kir-peritoneal-karcinos-informeras-inte-forran", "vgr", "kir_sahl", "Jens Halvarsson", "läkare",
  "2024-01-24 15:25", 30, [
    ("Rtg", "DT buk: utbredd peritoneal karcinos med ascites, primärtumör ej säkert identifierad."),
    ("Bedömning", "Peritoneal karcinos av okänt ursprung."),
    ("Planering", "Pat informeras inte förrän kirurg och onkolog setts gemensamt på tisdag. Diagnostisk laparoskopi planeras."),
  ], must=[N1], why="'informeras inte förrän' – a must-not-be-told-yet form; carcinosis visible",
  born="1951-07-12")

C("neuro-psp-pat-ovetande", "skane", "neuro_malmo", "Ronja Åberg", "läkare",
  "2024-09-05 11:10", 25, [
    ("Status", "Vertikal blickpares nedåt, axial rigiditet, upprepade bakåtfall."),
    ("Bedömning", "Progressiv supranukleär pares (PSP), Richardson-typ."),
    ("Planering", "Pat ovetande om diagnosen, informationssamtal bokat med parkinsonsköterska närvarande 19/9."),
  ], must=[N1], why="'Pat ovetande om diagnosen' with PSP stated",
  born="1950-10-03")

C("minne-alzheimer-lang-maken-bad-vanta", "vgr", "minne_molndal", "Kerstin Holm", "läkare",
  "2024-11-15 15:00", 90, [
    ("Aktuellt", "Återbesök efter avslutad basal demensutredning. Pat kommer med sin make. Sedan förra besöket klarar hon sig hemma med hjälp av maken, som tagit över ekonomin och inköpen."),
    ("Utredning", "MMSE 20/30 (24 för ett år sedan), klocktest med planeringssvårigheter. DT hjärna: hippocampusatrofi bilateralt, ringa vitsubstansförändringar. Likvor: sänkt beta-amyloid 42/40-kvot, förhöjt P-tau. Arbetsterapeutisk bedömning: svårt med IADL, klarar personlig ADL."),
    ("Bedömning", "Alzheimers sjukdom, mild till måttlig demensgrad."),
    ("Information", "Pat själv inte informerad om diagnosen idag – hon var trött och uppgiven och maken bad att vi skulle vänta. Diagnosbesked planeras vid nytt besök om två veckor tillsammans med demenssjuksköterska. Maken informerad."),
    ("Planering", "Donepezil övervägs efter diagnosbeskedet. Körkortsfrågan tas upp då. Anhörigstöd via kommunen."),
  ], must=[N1], must_not=[N2], why="long memory-clinic note: Alzheimer's settled, husband told but patient not; 'övervägs' concerns a drug",
  born="1939-03-03")

# =====================================================================
# B. NL101 near misses: informed patient, relatives only, objects that are not
#    diagnoses, protected template/sökord.
# =====================================================================
C("hud-bcc-informerad-per-telefon", "skane", "hud_hbg", "Sanna Wikström", "läkare",
  "2024-01-23 14:20", 10, [
    ("PAD", "Basalcellscancer, nodulär typ, radikalt exciderad från hö kind."),
    ("Åtgärd", "Pat informerad per telefon om svaret. Ingen ytterligare behandling, årlig hudkontroll hos vc."),
  ], must_not=[N1, N2], why="basal cell carcinoma and the patient was informed by phone",
  born="1948-03-15", template="Telefonanteckning")

C("onk-pat-och-dotter-informerade-progress", "vgr", "onk_boras", "Jenny Kraft", "läkare",
  "2024-02-14 15:10", 35, [
    ("Samtal", "Informerat pat och dottern om att DT visar progress av pankreascancer med nytillkomna lungmetastaser. Pat tog beskedet sansat."),
    ("Planering", "Pat önskar fortsätta med palliativ cytostatika så länge orken finns. Kontakt med SSIH för inskrivning."),
  ], must_not=[N1], why="progression told to the patient and her daughter",
  born="1951-06-06")

C("kvinno-brostcancer-maken-ej-informerad", "skane", "kvinno_lund", "Helena Strand", "läkare",
  "2024-04-04 13:00", 30, [
    ("Bedömning", "Invasiv lobulär bröstcancer vä, 22 mm, N0 enl. UL."),
    ("Information", "Pat informerad om diagnosen och den planerade operationen. Hon vill själv berätta för maken och önskar att vi inte kontaktar honom; maken således ej informerad."),
  ], must_not=[N1], why="only the husband is not informed; the patient was told",
  born="1974-09-09")

C("lung-mesoteliom-barnen-ej-informerade", "vgr", "lung_sahl", "Oskar Lund", "läkare",
  "2024-05-13 10:30", 45, [
    ("Aktuellt", "Återbesök för besked efter pleurabiopsi."),
    ("Bedömning", "Malignt pleuramesoteliom, epiteloid typ."),
    ("Information", "Pat fick besked om diagnosen idag tillsammans med sin bror. Hans vuxna barn är ännu inte informerade; pat vill vänta tills efter helgen."),
  ], must_not=[N1], why="patient got the news; only his adult children are 'ännu inte informerade'",
  born="1956-12-12")

C("med-diabetes-ej-informerad-om-ny-tid", "skane", "med_ystad", "Camilla Roos", "sjuksköterska",
  "2024-06-11 09:40", 15, [
    ("Aktuellt", "Känd typ 2-diabetes sedan 2015, metformin och Jardiance. HbA1c 58, i stort oförändrat."),
    ("Planering", "Pat ej informerad om ny tid hos diabetessköterska, kallelse skickas per post. Fotundersökning vid nästa besök."),
  ], must_not=[N1, N2], why="the not-informed statement concerns an appointment, not the known diabetes",
  born="1963-01-31", template="Sjuksköterskeanteckning")

C("endo-hypotyreos-normalt-tsh-ej-meddelat", "vgr", "endo_kungalv", "Ahmed Yusuf", "läkare",
  "2024-03-01 08:20", 5, [
    ("Provsvar", "Hypotyreos sedan 2018, Levaxin 100 µg. TSH 2,1 och fritt T4 15, inom referensområdet. Pat ej informerad om provsvaret än – svarsbrev skickas idag, oförändrad dos."),
  ], must_not=[N1], why="not informed about a normal lab result; the hypothyroidism is long known",
  born="1980-07-07", template="Provsvarsanteckning")

C("hjartsvikt-dosandring-ej-informerad", "skane", "hjsvikt_malmo", "Therese Blom", "sjuksköterska",
  "2024-08-27 15:30", 10, [
    ("Aktuellt", "Hjärtsvikt med nedsatt ejektionsfraktion, EF 30 %. Kaliumvärde igår 4,6 och krea stabilt."),
    ("Åtgärd", "Enl. dr Fransson ökas Entresto till 49/51 mg x 2. Pat ej informerad om dosändringen än, svarar inte i telefon – nytt försök imorgon förmiddag."),
  ], must_not=[N1], why="not informed about a medication change; heart failure is known to the patient",
  born="1946-10-28", template="Telefonanteckning")

C("skane-tidiga-hypoteser-mall-ms", "skane", "neuro_lund", "Lars Bengtsson", "läkare",
  "2024-09-10 16:20", 20, [
    ("Hypotes", "Misstänkt MS efter genomgången optikusneurit hö. MR hjärna med tre periventrikulära T2-lesioner. Pat ej informerad om misstanken, inväntar likvor med oligoklonala band."),
  ], must_not=[N1, N2], why="Skåne: suspected MS and 'ej informerad' written in the protected Tidiga hypoteser template",
  born="1990-04-19", template="Tidiga hypoteser")

C("vgr-sokord-tidiga-hypoteser-malignitet", "vgr", "med_skovde", "Jessica Palm", "läkare",
  "2024-10-22 11:45", 25, [
    ("Aktuellt", "Viktnedgång 8 kg på tre månader, nattsvettningar och trötthet."),
    ("Status", "AT något avmagrad. Inga palpabla lgl. Buk mjuk, oöm, ingen palpabel resistens."),
    ("Planering", "DT thorax-buk beställd. Återbesök efter svar."),
    ("Tidiga hypoteser", "Malignitet? Lymfom ligger närmast till hands. Pat ej informerad om misstanken."),
  ], must_not=[N1, N2], why="VGR: hypothesis and not-informed statement only under the filtered sökord Tidiga hypoteser",
  born="1957-01-09")

C("medavd-lungemboli-informerad-av-kollega", "skane", "medavd_landskrona", "Sebastian Holm", "läkare",
  "2024-02-02 10:15", 25, [
    ("Aktuellt", "Dag 2. Bilateral lungemboli, verifierad med DT-angio igår. Pat informerades om diagnosen av kollega vid inskrivningen. Mår bättre idag, sat 95 % på 1 l O2."),
    ("Planering", "Fortsatt Innohep. Byte till apixaban inför hemgång."),
  ], must_not=[N1], why="patient was informed by a colleague (passive past tense)",
  born="1939-11-20", template="Daganteckning", setting="slutenvård")

C("hemat-myelom-tidigare-ej-nu-informerad", "vgr", "hemat_nal", "Rebecka Strömberg", "läkare",
  "2024-07-09 14:30", None, [
    ("Aktuellt", "Multipelt myelom IgG-kappa. Pat var inte informerad vid telefonkontakten 2/7 eftersom benmärgssvaret då inte hade kommit."),
    ("Information", "Idag informerad om diagnosen och behandlingsplanen tillsammans med hustrun. Startar VRd nästa vecka."),
  ], must_not=[N1], why="unsigned draft: 'var inte informerad' refers to an earlier call; informed today",
  born="1952-03-21")

C("orto-rotatorkuff-arbetsgivaren-ej-informerad", "skane", "orto_hass", "Kristoffer Ek", "läkare",
  "2024-03-12 11:10", 25, [
    ("Bedömning", "Rotatorkuffruptur hö, fullständig supraspinatusruptur på MR."),
    ("Planering", "Op-anmäld för artroskopisk suturering. Sjukskriven 50 % t.o.m. 14/4. Pat har ännu inte informerat sin arbetsgivare om sjukskrivningen."),
  ], must_not=[N1], why="'ännu inte informerat' – the patient has not told the employer; the patient knows",
  born="1972-02-02")

C("infek-hiv-valt-att-inte-informera-familjen", "vgr", "infek_boras", "Nina Karlsson", "läkare",
  "2024-06-18 10:00", 10, [
    ("Aktuellt", "Hivinfektion sedan 2019, välinställd på Biktarvy, HIV-RNA <20, CD4 680."),
    ("Samtal", "Pat har valt att inte informera sin familj om diagnosen, vilket vi respekterar. Erbjuden kontakt med kurator och patientförening."),
  ], must_not=[N1], why="the patient knows; she chose not to inform her family",
  born="1985-09-30")

C("sekr-gallsten-op-datum-ej-informerad", "skane", "kir_krist", "Birgitta Olsson", "medicinsk sekreterare",
  "2024-01-29 09:05", 3, [
    ("Anteckning", "Pat med symtomgivande gallstenssjukdom uppsatt på väntelista för laparoskopisk kolecystektomi. Pat ännu ej informerad om op-datum, kallelse skickas när datum är fastställt."),
  ], must_not=[N1, N2], why="secretary: not informed about the operation date",
  born="1975-05-25", template="Sekreteraranteckning")

C("orto-gonartros-remiss-ej-informerad", "vgr", "orto_molndal", "Elias Björk", "läkare",
  "2024-05-07 13:25", 15, [
    ("Bedömning", "Gonartros bilateralt, mest uttalat medialt hö. Ingen operationsindikation i dagsläget."),
    ("Planering", "Remiss till artrosskola skickad. Pat ej informerad om remissen – meddelas vid telefonkontakt nästa vecka."),
  ], must_not=[N1], why="the patient is not informed about a referral, not about a diagnosis",
  born="1956-08-16")

C("brost-normal-biopsi-ej-meddelad", "skane", "brost_malmo", "Anna Kjellberg", "läkare",
  "2024-11-05 15:50", 20, [
    ("Aktuellt", "Känt fibroadenom vä bröst sedan 2021, pat väl informerad om det. Nu ny knöl hö bröst, mellannålsbiopsi 28/10."),
    ("PAD", "Hö bröst: normal bröstvävnad, ingen atypi eller malignitet."),
    ("Planering", "Pat ej meddelad svaret från hö sida ännu, brev går ut idag. Ingen uppföljning behövs."),
  ], must_not=[N1, N2], why="not-yet-told result is normal tissue; the known fibroadenoma was communicated earlier",
  born="1988-12-14")

C("ssk-dagkir-fasteregler-ej-informerats", "vgr", "dagkir_kungalv", "Malin Sjögren", "sjuksköterska",
  "2024-09-18 16:40", 10, [
    ("Aktuellt", "Ljumskbråck hö, planerad för TEP-plastik imorgon kl 8."),
    ("Åtgärd", "Upptäcker att pat ej informerats om fasteregler vid preop-samtalet. Ringer pat ikväll och går igenom fasta och morgonmedicin."),
  ], must_not=[N1], why="nurse: not informed about fasting rules before surgery",
  born="1965-04-12", template="Sjuksköterskeanteckning")

C("onk-glioblastom-informerad-avstar-prognos", "skane", "onk_lund", "Anders Wahlberg", "läkare",
  "2024-07-25 11:00", 30, [
    ("Samtal", "Pat informerad om diagnosen glioblastom och om planerad strålbehandling med temozolomid. Önskar inte information om prognos i nuläget, vilket respekteras."),
  ], must_not=[N1], why="patient informed of the diagnosis; only the prognosis is declined",
  born="1964-06-01")

C("barnneuro-jme-17-ar-skolan-ej-informerad", "vgr", "barnneuro_dsbus", "Louise Hedberg", "läkare",
  "2024-02-29 14:00", 45, [
    ("Bedömning", "Juvenil myoklon epilepsi, EEG med generaliserade spike-wave-urladdningar."),
    ("Planering", "Startar lamotrigin med långsam upptitrering. Pat och mamma informerade om diagnosen och om körkortsregler. Skolan ej informerad, pat vill själv bestämma när."),
  ], must_not=[N1], why="17-year-old and mother informed; only the school is not",
  born="2007-01-15")

C("geravd-hoftfraktur-hemtjansten-ej-informerad", "skane", "geravd_ystad", "Ida Mårtensson", "sjuksköterska",
  "2024-10-30 13:15", None, [
    ("Aktuellt", "Opererad för höftfraktur hö 22/10, mobiliseras med rollator."),
    ("Planering", "Utskrivning preliminärt fredag. Hemtjänsten ej informerad om utskrivningsdatum ännu, SIP-möte via Lifecare bokas."),
  ], must_not=[N1], why="unsigned: home care service not informed about the discharge date",
  born="1936-02-11", template="Omvårdnadsanteckning", setting="slutenvård")

C("uro-prostatacancer-informerad-typo", "vgr", "uro_skovde", "Johan Lindberg", "läkare",
  "2024-12-10 10:40", 15, [
    ("Bedömning", "Prostatacancer Gleason 3+3, låg risk."),
    ("Information", "Pat infomerad om diagnosen och om aktiv monitorering med PSA var 6:e månad. Ny MR om 1 år."),
  ], must_not=[N1], why="typo 'infomerad' in a positive statement: the patient was informed",
  born="1950-11-30")

C("psykolog-adhd-atergivning-genomford", "skane", "psyk_lund", "Fredrika Lund", "psykolog",
  "2024-06-05 14:00", 60, [
    ("Återgivning", "Återgivning av neuropsykiatrisk utredning genomförd med pat och hennes sambo. Pat informerad om att kriterierna för ADHD, kombinerad form, är uppfyllda. Hon beskriver lättnad och många aha-upplevelser."),
    ("Planering", "Remiss till läkare för ställningstagande till farmakologisk behandling. Psykoedukativ gruppbehandling erbjuds."),
  ], must_not=[N1, N2], why="psychologist's feedback session done, patient informed of ADHD",
  born="1994-10-05", template="Psykologanteckning")

C("kir-pankreas-informerad-om-misstanken", "vgr", "kir_sahl", "Magnus Axelsson", "läkare",
  "2024-08-15 15:00", 30, [
    ("Rtg", "DT buk: 3 cm lågattenuerande process i pankreashuvudet och dilaterad gallgång."),
    ("Information", "Pat och hustrun informerade om misstanken om cancer och om fortsatt utredning med EUS och px. De har fått kontaktsjuksköterskans nummer."),
  ], must_not=[N1], why="the suspicion was communicated to the patient (NL102 left unasserted)",
  born="1960-03-03")

C("skane-tidiga-hypoteser-mall-rektalcancer", "skane", "kir_malmo", "Erik Holmberg", "läkare",
  "2024-05-28 17:00", 15, [
    ("Bedömning", "PAD visar adenocarcinom i rektum, 8 cm från anus. Pat ej informerad, besked ges vid besök 4/6 med kontaktsjuksköterska."),
  ], must_not=[N1], why="Skåne: the not-yet-told diagnosis sits in the hidden Tidiga hypoteser template",
  born="1955-09-09", template="Tidiga hypoteser")

C("ger-delirium-sonen-ej-informerad", "vgr", "ger_molndal", "Agnes Lindqvist", "läkare",
  "2024-01-11 11:30", 15, [
    ("Bedömning", "Delirium orsakat av urinvägsinfektion, nu i regress efter 3 d antibiotika."),
    ("Information", "Pat informerad om orsaken till förvirringen och förstår. Sonen ej informerad ännu, sjuksköterskan ringer honom i eftermiddag."),
  ], must_not=[N1, N2], why="geriatric ward: patient informed, only the son is not",
  born="1933-08-27", template="Daganteckning", setting="slutenvård")

C("thorax-aortastenos-har-informerats", "vgr", "thorax_sahl", "Leo Andersson", "läkare",
  "2024-03-21 12:30", 30, [
    ("Bedömning", "Grav aortastenos, medelgradient 52 mmHg, AVA 0,7 cm²."),
    ("Information", "Patienten har informerats om diagnosen och om TAVI respektive kirurgisk klaffoperation. Han lutar åt TAVI; heart team-konferens 28/3."),
  ], must_not=[N1], why="'Patienten har informerats om diagnosen'",
  born="1941-01-17")

C("akut-appendicit-informerad-utkast", "skane", "akut_lund", "Amanda Öberg", "läkare",
  "2024-06-22 20:10", None, [
    ("Bedömning", "Akut appendicit, verifierad med UL: 9 mm icke-komprimerbar appendix med periappendikulär vätska."),
    ("Planering", "Pat informerad och införstådd med laparoskopisk appendektomi ikväll. Fastande, Zinacef givet på akuten."),
  ], must_not=[N1, N2], why="unsigned draft: verified appendicitis, patient informed",
  born="2002-11-08", template="Akutanteckning", setting="akutmottagning")

C("lung-smacellig-fick-besked-i-fredags", "vgr", "lung_skovde", "Simon Hallberg", "läkare",
  "2024-09-09 09:00", 10, [
    ("Aktuellt", "Småcellig lungcancer, begränsad sjukdom. Pat fick besked redan i fredags per telefon av undertecknad."),
    ("Samtal", "Uppföljande samtal idag, pat har hunnit smälta beskedet och har frågor om cytostatika och håravfall. Besvarat. Start av cisplatin-etoposid 16/9."),
  ], must_not=[N1], why="'fick besked' – informed, without the word informerad",
  born="1954-02-26", template="Telefonanteckning")

C("orto-diskbrack-gatt-igenom-mr-svaret", "skane", "ortomott_lund", "Nils Åström", "läkare",
  "2024-11-19 14:40", 10, [
    ("Bedömning", "Gått igenom MR-svaret med pat: diskbråck L5-S1 vä med kompression av S1-roten, motsvarande hans ischias."),
    ("Planering", "Fortsatt konservativ behandling 6 v, fysioterapi. Remiss ryggkirurg om utebliven förbättring."),
  ], must_not=[N1], why="'Gått igenom MR-svaret med pat' – the patient has been told",
  born="1983-05-05")

C("med-kol-besked-lamnat", "skane", "med_hass", "Yasmin Karim", "läkare",
  "2024-12-03 13:20", 20, [
    ("Undersökning", "Spirometri efter bronkdilatation: FEV1/FVC 0,58, FEV1 42 % av förväntat."),
    ("Bedömning", "KOL, GOLD 3. Besked om diagnosen lämnat och rökstopp diskuterat ingående."),
    ("Planering", "Insätter Trimbow. Remiss rökavvänjning. Återbesök 3 mån."),
  ], must_not=[N1], why="'Besked om diagnosen lämnat' – informed",
  born="1959-07-27")

# =====================================================================
# C. NL102 positives: hedged diagnoses in visible sections of Melior notes.
# =====================================================================
C("akut-trol-pneumoni", "skane", "akut_hbg", "Filip Sundberg", "läkare",
  "2024-01-09 22:10", 50, [
    ("Aktuellt", "Feber och hosta sedan 4 d, tilltagande andfåddhet idag."),
    ("Status", "Temp 39,1, AF 24, sat 91 %. Krepitationer hö basalt."),
    ("Lab", "CRP 187, LPK 15,2."),
    ("Bedömning", "Trol. pneumoni hö underlob. Rtg pulm beställd, insätter bensylpenicillin 3 g x 3. Inläggning medicin."),
  ], must=[N2], why="'Trol. pneumoni' in Bedömning of an emergency note",
  born="1949-09-14", template="Akutanteckning", setting="akutmottagning")

C("ssk-triage-susp-dvt", "vgr", "akut_sahl", "Josefin Wahl", "sjuksköterska",
  "2024-02-17 14:25", 10, [
    ("Triage", "Svullet och ömt hö underben sedan 3 d, nyligen gipsad fotled. Susp. DVT. D-dimer tagen, RETTS orange. Väntar på läkarbedömning."),
  ], must=[N2], why="triage nurse writes 'Susp. DVT'",
  born="1975-03-08", template="Triageanteckning", setting="akutmottagning")

C("ortoakut-dd-gikt-septisk-artrit", "skane", "ortoakut_malmo", "Gustav Ljung", "läkare",
  "2024-03-03 19:40", 35, [
    ("Status", "Rodnat, varmt, svullet vä knä, kraftigt ömt, nedsatt rörlighet. Temp 37,9."),
    ("Bedömning", "DD gikt, pseudogikt, septisk artrit. Ledpunktion gjord: grumlig ledvätska skickad för odling, celler och kristaller. Avvaktar antibiotika tills svar om 2 h."),
  ], must=[N2], why="'DD' list of differential diagnoses",
  born="1958-12-30", setting="akutmottagning")

C("medakut-lungemboli-kan-ej-uteslutas", "vgr", "medakut_nal", "Alexander Berg", "läkare",
  "2024-04-12 03:15", 40, [
    ("Aktuellt", "Akut insättande andfåddhet och högersidig andningskorrelerad bröstsmärta efter flygresa från Thailand igår."),
    ("Status", "Puls 112, sat 92 %, BT 125/80. Lungor: rena andningsljud."),
    ("Bedömning", "Lungemboli kan ej uteslutas, Wells 4,5. DT-angio beställd, Innohep ges i väntan."),
  ], must=[N2], why="'kan ej uteslutas' about pulmonary embolism",
  born="1987-06-21", setting="akutmottagning")

C("kirakut-app-fragetecken-utkast", "skane", "kirakut_ystad", "Lisa Gren", "läkare",
  "2024-05-06 23:55", None, [
    ("Status", "Ömhet och släppömhet i hö fossa, Rovsing pos. Temp 38,0."),
    ("Bedömning", "App? CRP 45. Inlägges fastande, UL buk imorgon bitti."),
  ], must=[N2], why="unsigned: abbreviation with question mark 'App?' as the assessment",
  born="2005-08-12", template="Akutanteckning", setting="akutmottagning")

C("neuro-inger-misstanke-om-ms", "vgr", "neuro_boras", "Therese Dahlgren", "läkare",
  "2024-06-13 10:30", 45, [
    ("Anamnes", "Episod med dubbelseende och domningar i vä ben i mars, gick över på 3 v. Nu stickningar i båda händerna sedan 10 d."),
    ("Status", "Lhermittes tecken positivt. Livliga reflexer i benen, Babinski neg bilat."),
    ("Bedömning", "Anamnes och status inger misstanke om MS. MR hjärna och halsrygg samt lumbalpunktion planeras."),
  ], must=[N2], why="'inger misstanke om MS' in a visible neurology note",
  born="1993-05-18")

C("psykolog-misstankt-autism-vuxen", "skane", "psyk_malmo", "Sofie Rask", "psykolog",
  "2024-09-24 13:00", 40, [
    ("Samtal", "Pat beskriver sedan barndomen svårigheter i socialt samspel, behov av fasta rutiner och stark känslighet för ljud och ljus. Har ofta blivit missförstådd på arbetsplatser."),
    ("Bedömning", "Misstänkt autismspektrumtillstånd. Neuropsykiatrisk utredning påbörjas med anamnes från föräldrarna."),
  ], must=[N2], why="psychologist writes a suspected autism spectrum disorder in Bedömning",
  born="1999-01-29", template="Psykologanteckning")

C("ssk-geriatrik-misstankt-uvi", "vgr", "ger_sahl", "Ellinor Ström", "sjuksköterska",
  "2024-07-20 06:30", 15, [
    ("Omvårdnad", "Ökad förvirring sedan igår kväll, plockig, illaluktande urin. U-sticka: nitrit pos, leukocyter 3+. Misstänkt UVI, jourläkare kontaktad som ordinerat urinodling."),
  ], must=[N2], why="night nurse on a geriatric ward: 'Misstänkt UVI'",
  born="1938-04-30", template="Omvårdnadsanteckning", setting="slutenvård")

C("barnakut-trolig-mediaotit-4-ar", "skane", "barnakut_lund", "Mikael Ekström", "läkare",
  "2024-11-02 18:20", 20, [
    ("Aktuellt", "4-årig flicka med feber i 2 dygn, tar sig mot hö öra. Mamma med."),
    ("Status", "Opåverkad, god perifer cirkulation. Otoskopi: rodnad, buktande hö trumhinna, vä ua."),
    ("Bedömning", "Trolig akut mediaotit hö. Enl. riktlinjer avvaktan 2–3 d, åter om försämring."),
  ], must=[N2], why="child under 13 (guardian reads): 'Trolig akut mediaotit'",
  born="2020-06-01", template="Akutanteckning", setting="akutmottagning")

C("hud-ev-psoriasis-dd-seborroiskt-eksem", "vgr", "hud_skovde", "Pia Hermansson", "läkare",
  "2024-01-16 11:15", 30, [
    ("Status", "Välavgränsade fjällande erytematösa plack på båda armbågarna och i hårbottenkanten. Naglar ua."),
    ("Bedömning", "Ev. psoriasis, DD seborroiskt eksem. Provar Daivobet gel i 4 v, återbesök därefter."),
  ], must=[N2], why="'Ev. psoriasis, DD ...' in a dermatology note",
  born="1983-10-02")

C("kardio-sannolik-stabil-angina", "skane", "hjart_lund", "Henrik Blomqvist", "läkare",
  "2024-02-22 09:40", 50, [
    ("Anamnes", "Tryck över bröstet vid promenad i uppförsbacke sedan 2 mån, släpper efter några min vila. Rökare, hyperlipidemi."),
    ("Bedömning", "Sannolik stabil angina pectoris. Insätter Trombyl och nitrospray vid behov. Arbetsprov och DT-kranskärlsangiografi beställda."),
  ], must=[N2], why="'Sannolik stabil angina pectoris'",
  born="1961-11-05")

C("onk-skintigrafi-misstankt-metastas", "vgr", "onk_sahl", "Lina Bergkvist", "läkare",
  "2024-03-18 15:10", 20, [
    ("Rtg", "Skelettskintigrafi: ökat upptag i Th8, misstänkt för metastas. Övrigt skelett utan säkra patologiska upptag."),
    ("Planering", "Kompletterande MR thorakalrygg. Pat informerad om att vi gör ytterligare undersökning."),
  ], must=[N2], must_not=[N1], why="'misstänkt för metastas' visible; the patient is informed about the extra examination, nothing says not informed",
  born="1959-05-03")

C("gyn-misstankt-extrauterin-graviditet", "skane", "kvinno_hbg", "Rebecka Nyberg", "läkare",
  "2024-04-28 01:50", 40, [
    ("Aktuellt", "Positivt graviditetstest, SM 6+2. Smärta vä fossa sedan igår och lätt blödning."),
    ("Undersökning", "Vag UL: ingen intrauterin graviditet. Liten mängd fri vätska i fossa Douglasi, 2 cm resistens vid vä adnex."),
    ("Bedömning", "Misstänkt extrauterin graviditet vä. Cirkulatoriskt stabil. hCG 1850, kontroll om 48 h, åter direkt vid ökad smärta."),
  ], must=[N2], why="gynaecology on call: 'Misstänkt extrauterin graviditet'",
  born="1992-02-17", setting="akutmottagning")

C("psykakut-misstanke-om-bipolar-sjukdom", "skane", "psykakut_lund", "Omar Khalil", "läkare",
  "2024-06-30 23:10", 60, [
    ("Aktuellt", "Söker med anhörig. Sover 2–3 h/natt sedan en vecka, har handlat för 40 000 kr på kredit, talar forcerat. Tidigare två depressiva episoder."),
    ("Psykiskt status", "Vaken, orienterad. Forcerat tal, tankeflykt, upprymd grundstämning. Inga psykotiska symtom. Förnekar suicidtankar."),
    ("Bedömning", "Misstanke om bipolär sjukdom, aktuellt hypomant skede. Ej tvångsindikation. Frivillig inläggning accepteras."),
  ], must=[N2], why="'Misstanke om bipolär sjukdom' at the psychiatric emergency unit",
  born="1996-09-12", setting="akutmottagning")

C("endo-mojligt-cushings-syndrom", "vgr", "endo_sahl", "Charlotte Wennberg", "läkare",
  "2024-07-04 10:00", 30, [
    ("Aktuellt", "Viktuppgång 15 kg på ett år, lätt för blåmärken, nytillkommen hypertoni och striae på buken."),
    ("Bedömning", "Möjligt Cushings syndrom. Dexametasonhämningstest och sen kvällssaliv-kortisol x 2 beställda."),
  ], must=[N2], why="'Möjligt Cushings syndrom'",
  born="1981-02-14")

C("ogon-glaukom-fragetecken-utkast", "skane", "ogon_hbg", "Kent Lindholm", "läkare",
  "2024-08-06 13:30", None, [
    ("Status", "Tryck 26/24 mmHg. Papillexkavation 0,7 hö, 0,6 vä. Öppna kammarvinklar."),
    ("Bedömning", "Glaukom? Synfält och OCT vid nästa besök om 4 v. Avvaktar behandling tills dess."),
  ], must=[N2], why="unsigned eye-clinic note: 'Glaukom?'",
  born="1955-03-27")

C("onh-kolesteatom-kan-inte-uteslutas", "vgr", "onh_sahl", "Ylva Bergström", "läkare",
  "2024-09-16 11:40", 20, [
    ("Status", "Vä öra: attikretraktion med keratinansamling, illaluktande sekretion. Hö ua."),
    ("Bedömning", "Kolesteatom vä kan inte uteslutas. DT tinningben beställd, örondroppar tills vidare."),
  ], must=[N2], why="'kan inte uteslutas' about cholesteatoma",
  born="1974-12-09")

C("fysio-misstankt-lumbalt-diskbrack", "skane", "fysio_malmo", "Linnea Carlsson", "fysioterapeut",
  "2024-10-03 09:30", 30, [
    ("Undersökning", "Utstrålande smärta ned i vä ben till fotsulan. SLR positivt vä vid 40°, nedsatt akillesreflex vä, svag tåhävning vä."),
    ("Bedömning", "Misstänkt lumbalt diskbråck L5-S1 med S1-påverkan. Kontaktat ortoped för ställningstagande till MR."),
    ("Åtgärd", "Hemövningar och smärtlindrande positioner instruerade."),
  ], must=[N2], why="physiotherapist writes a suspected disc herniation",
  born="1985-06-23", template="Fysioterapeutanteckning")

C("reuma-sannolkit-pmr-typo", "skane", "reuma_krist", "Anette Pålsson", "läkare",
  "2024-11-14 10:15", 25, [
    ("Anamnes", "Morgonstelhet över en timme och värk i skuldror och höfter sedan 6 v. Svårt att ta på sig kappan."),
    ("Lab", "SR 68, CRP 42. RF och anti-CCP neg."),
    ("Bedömning", "Sannolkit polymyalgia reumatika. Prednisolon 15 mg/d, kontroll om 2 v."),
  ], must=[N2], why="typo 'Sannolkit' hedging polymyalgia rheumatica",
  born="1950-08-08")

C("med-missankt-celiaki-typo", "vgr", "med_alingsas", "Göran Ulvsten", "läkare",
  "2024-03-05 09:10", 20, [
    ("Lab", "Transglutaminas-ak IgA 85 (ref <7), total-IgA normalt. Järnbrist, ferritin 6."),
    ("Bedömning", "Missänkt celiaki. Remiss gastroskopi med duodenalbiopsier; pat ska äta gluten som vanligt fram till dess."),
  ], must=[N2], why="typo 'Missänkt' hedging coeliac disease",
  born="1990-09-09")

C("minne-demens-trol-blandform", "skane", "minne_ang", "Hans Jönsson", "läkare",
  "2024-05-30 11:00", 40, [
    ("Utredning", "MMSE 22/30, klocktest patologiskt. DT hjärna: måttlig central och kortikal atrofi samt utbredda vitsubstansförändringar."),
    ("Bedömning", "Demenssjukdom, trol. blandform med Alzheimer och vaskulär komponent. Likvor och neuropsykologisk testning kompletteras."),
  ], must=[N2], why="dementia settled but its type hedged: 'trol. blandform'",
  born="1940-01-04")

C("hemat-misstankt-lymfom-lang", "skane", "hemat_lund", "Pontus Ahlström", "läkare",
  "2024-02-12 16:00", "2024-02-13 09:00", [
    ("Anamnes", "44-årig man, tidigare frisk. Remitterad från vc pga förstorade lymfkörtlar på halsen sedan 2 mån, nattsvettningar som kräver byte av lakan och viktnedgång 7 kg. Ingen klåda. Inga infektionssymtom."),
    ("Status", "AT gott. Multipla oömma, gummiartade lgl på halsen bilat, största 3 cm vä supraklavikulärt. Lgl även i hö axill. Lever och mjälte ej palpabla. Hjärta och lungor ua."),
    ("Lab", "Hb 121, LPK 9,8 med normal diff, TPK 410, LD 380, SR 55."),
    ("Bedömning", "Misstänkt lymfom, DD sarkoidos eller reaktiv lymfadenopati. B-symtom."),
    ("Planering", "Ultraljudsledd grovnålsbiopsi av supraklavikulär lgl inom en vecka. DT hals-thorax-buk. Återbesök med svar om 2 v."),
  ], must=[N2], why="long haematology note with 'Misstänkt lymfom, DD ...'",
  born="1979-08-22")

C("bup-misstankt-adhd-9-ar", "skane", "bup_malmo", "Amelie Strand", "läkare",
  "2024-03-25 14:30", 30, [
    ("Aktuellt", "9-årig pojke, remiss från elevhälsan. Svårt att sitta still, avbryter, glömmer saker och kommer efter i skolarbetet. Besvär både hemma och i skolan sedan förskoleåldern."),
    ("Bedömning", "Misstänkt ADHD, kombinerad form. Differentialdiagnostiskt behöver språkstörning beaktas."),
    ("Planering", "Neuropsykiatrisk utredning, skattningsskalor till föräldrar och lärare."),
  ], must=[N2], why="Skåne BUP, child under 13: 'Misstänkt ADHD' and a differential diagnosis",
  born="2015-01-19")

C("barnkir-invagination-fragetecken", "skane", "barnkir_lund", "Filippa Hansson", "läkare",
  "2024-12-15 04:30", 20, [
    ("Aktuellt", "1,5-årig pojke med intermittenta skrikattacker sedan igår kväll, drar upp benen, kräkts 3 ggr. Slemmig blodig avföring en gång."),
    ("Bedömning", "Invagination? Akut UL buk beställt, barnkirurgisk bakjour informerad."),
  ], must=[N2], why="paediatric surgery: 'Invagination?'",
  born="2023-05-10", template="Akutanteckning", setting="akutmottagning")

C("anest-misstankt-malign-hypertermi", "vgr", "anest_ostra", "Patrik Olsson", "läkare",
  "2024-08-20 12:05", 60, [
    ("Förlopp", "Under laparoskopisk kolecystektomi i sevoflurananestesi stigande EtCO2 till 9 kPa trots ökad ventilation, takykardi 140 och temp 38,9."),
    ("Bedömning", "Misstänkt malign hypertermi. Sevofluran avslutat, dantrolen 2,5 mg/kg givet, aktiv nedkylning. Transport till IVA."),
    ("Planering", "Remiss till MH-enheten för muskelbiopsi och genetik när tillståndet tillåter."),
  ], must=[N2], why="anaesthesia note: 'Misstänkt malign hypertermi'",
  born="1998-03-14", template="Anestesianteckning", setting="slutenvård")

C("kardio-trolig-perikardit-utkast", "skane", "kardio_malmo", "Mats Rosén", "läkare",
  "2024-04-02 15:20", None, [
    ("Aktuellt", "Bröstsmärta som förvärras i liggande och lindras framåtlutad, förkylning för 1 v sedan."),
    ("EKG", "Utbredda konkava ST-höjningar, PR-sänkning i II."),
    ("Bedömning", "Trolig perikardit. Ipren 600 mg x 3 och kolkicin 0,5 mg x 2 i 3 mån. UKG utan perikardvätska."),
  ], must=[N2], why="unsigned draft: 'Trolig perikardit'",
  born="1995-10-20")

C("ortoakut-scaphoideumfraktur-kan-ej-uteslutas", "vgr", "ortoakut_molndal", "Nora Lindström", "läkare",
  "2024-02-03 16:45", 15, [
    ("Status", "Föll på utsträckt hand vid skidåkning. Ömhet i fossa tabatière, smärta vid axial kompression av tummen."),
    ("Rtg", "Rtg handled med scaphoideumserie: ingen säker fraktur."),
    ("Bedömning", "Scaphoideumfraktur kan ej uteslutas. Skafoidgips, ny rtg alt. MR om 10–14 d."),
  ], must=[N2], why="negative X-ray but 'kan ej uteslutas' keeps the fracture a hypothesis",
  born="2004-07-07", setting="akutmottagning")

C("remiss-fragestallning-lungcancer", "skane", "med_ystad", "Cornelia Brandt", "läkare",
  "2024-03-13 12:00", 10, [
    ("Frågeställning", "Lungcancer? Tacksam för utredning."),
    ("Anamnes", "75-årig kvinna, rökare 50 paketår. Hemoptys x 2 senaste veckan. DT thorax: 3,5 cm spikulerad förändring i vä överlob."),
  ], must=[N2], why="referral question 'Lungcancer?' in a visible Melior remiss",
  born="1948-10-30", template="Remiss")

C("barnmorska-misstankt-preeklampsi", "vgr", "forl_ostra", "Sanna Hellström", "barnmorska",
  "2024-09-05 22:40", 20, [
    ("Aktuellt", "Omföderska v. 35+4, inkommer med huvudvärk och flimmer för ögonen sedan eftermiddagen."),
    ("Status", "BT 155/102, upprepat 158/100. U-sticka protein 2+. Livliga reflexer. CTG reaktivt."),
    ("Bedömning", "Misstänkt preeklampsi. Jourhavande obstetriker tillkallad, preeklampsiprover tagna."),
  ], must=[N2], why="midwife on the labour ward: 'Misstänkt preeklampsi'",
  born="1991-04-04", template="Barnmorskeanteckning", setting="slutenvård")

C("medavd-inskrivning-lang-dd-pneumoni", "skane", "medavd_trelle", "Elias Norén", "läkare",
  "2024-01-26 19:30", "2024-01-27 08:30", [
    ("Kontaktorsak", "Tilltagande andfåddhet och bensvullnad sedan 1 v."),
    ("Tidigare sjukdomar", "Hypertoni. Förmaksflimmer, Eliquis. Typ 2-diabetes, tablettbehandlad. Höftplastik hö 2016."),
    ("Aktuellt", "Bor med hustrun i villa, klarar sig själv. Sedan en vecka tilltagande ansträngningsdyspné, orkar nu bara 20 m på plan mark. Sover med 3 kuddar. Svullna ben. Lätt hosta, ej feber."),
    ("Status", "AT: lätt dyspné i vila. Sat 90 % rumsluft, AF 22. BT 155/90, puls 98 oregelbunden. Cor: oregelbunden rytm, inga blåsljud. Pulm: krepitationer bibasalt. Buk: mjuk, oöm. Ben: pittingödem upp till knäna."),
    ("Lab", "NT-proBNP 6400, CRP 18, Hb 128, krea 118, K 4,2."),
    ("Bedömning", "Dekompenserad hjärtsvikt, DD pneumoni. Furix iv 40 mg x 2, O2 till sat > 92 %."),
    ("Planering", "Rtg pulm, UKG under vårdtiden. Vikt dagligen, vätskelista."),
  ], must=[N2], why="long admission note: settled heart failure but 'DD pneumoni'",
  born="1937-06-18", template="Inskrivningsanteckning", setting="slutenvård")

C("sekr-epikris-misstankt-gallstensanfall", "vgr", "kir_kungalv", "Anneli Forsberg", "medicinsk sekreterare",
  "2024-06-07 11:00", 240, [
    ("Epikris", "Inkommer med smärta i epigastriet och hö arcus efter fet måltid. Opåverkad, lätt förhöjt bilirubin som normaliserats. UL buk utan påvisbara konkrement. Misstänkt gallstensanfall, ev. med passerad sten. Smärtfri vid utskrivning."),
    ("Planering", "MRCP polikliniskt. Återbesök kirurgmottagningen efter svar."),
  ], must=[N2], why="discharge summary typed by a secretary with 'Misstänkt gallstensanfall'",
  born="1976-01-22", template="Epikris", setting="slutenvård")

C("stroke-sannolikt-tia", "vgr", "stroke_sahl", "Ida Hultgren", "läkare",
  "2024-10-19 14:10", 35, [
    ("Aktuellt", "Episod med talsvårigheter och svaghet i hö hand i 20 min i morse, helt i regress vid ankomst."),
    ("Bedömning", "Sannolikt TIA i vä hemisfär. ABCD2 5. DT-angio utan stenos. Startar Trombyl och statin, UKG och långtids-EKG."),
  ], must=[N2], why="'Sannolikt TIA'",
  born="1953-08-03", setting="slutenvård")

C("psyk-inte-uteslutet-debuterande-psykos-utkast", "skane", "psyk_hbg", "Nils Lagerqvist", "läkare",
  "2024-08-29 16:00", None, [
    ("Aktuellt", "18-årig man som sedan i våras dragit sig undan vänner, slutat gå till gymnasiet och mest sitter på rummet. Mamman har hört honom prata för sig själv."),
    ("Psykiskt status", "Avvaktande, sparsam kontakt. Affektivt avflackad. Förnekar hallucinationer men verkar lyssna inåt."),
    ("Bedömning", "Det är inte uteslutet att det rör sig om en debuterande psykos. Remiss till tidig psykos-teamet, drogscreening."),
  ], must=[N2], why="unsigned: 'inte uteslutet att det rör sig om' psychosis",
  born="2006-02-20")

C("usk-trol-trycksar-sakrum", "skane", "ortoavd_lund", "Maja Ivarsson", "undersköterska",
  "2024-02-24 07:10", 10, [
    ("Omvårdnad", "Vid morgontoalett rodnad över sakrum, ca 4x3 cm, som inte bleknar vid tryck. Trol. trycksår kategori 1. Vändschema varannan timme påbörjat, luftmadrass beställd. Ssk informerad."),
  ], must=[N2], why="assistant nurse writes 'Trol. trycksår'",
  born="1931-10-10", template="Omvårdnadsanteckning", setting="slutenvård")

C("sarkom-differentialdiagnostiskt-overvags", "vgr", "sarkom_sahl", "Adam Roos", "läkare",
  "2024-05-16 13:45", 30, [
    ("Rtg", "MR lår: 9 cm djup, heterogen tumör i m. vastus lateralis med nekrotiska partier."),
    ("Bedömning", "Differentialdiagnostiskt övervägs mjukdelssarkom och myositis ossificans. Mellannålsbiopsi bokas via sarkomteamet."),
  ], must=[N2], why="'Differentialdiagnostiskt övervägs ...'",
  born="2000-12-01")

C("infek-formodad-viral-meningit", "skane", "infek_lund", "Tove Lindén", "läkare",
  "2024-08-14 21:00", 30, [
    ("Status", "Nackstyv, fotofobi, opåverkad cirkulation, inga petekier."),
    ("Lab", "Likvor: 180 celler, 95 % mononukleära, glukoskvot 0,6, laktat normalt."),
    ("Bedömning", "Förmodad viral meningit. Enterovirus-PCR och HSV-PCR på likvor. Acyklovir i väntan på PCR."),
  ], must=[N2], why="'Förmodad viral meningit'",
  born="2003-04-18", template="Inskrivningsanteckning", setting="slutenvård")

C("barnmed-kan-rora-sig-om-hemangiom", "vgr", "barnmed_nal", "Greta Sandin", "läkare",
  "2024-01-19 10:20", 20, [
    ("Aktuellt", "4 mån gammal flicka med rödblå förhöjd förändring på hö skuldra, växt sedan födseln."),
    ("Status", "2 cm mjuk, komprimerbar, rödblå förändring utan ulceration."),
    ("Bedömning", "Kan röra sig om infantilt hemangiom. Foto taget, ny bedömning om 4 v; propranolol övervägs vid fortsatt tillväxt."),
  ], must=[N2], why="infant, guardian reads: 'Kan röra sig om infantilt hemangiom'",
  born="2023-09-12")

C("logoped-misstankt-dysfagi", "skane", "stroke_lund", "Hedvig Sahlin", "logoped",
  "2024-09-27 11:15", 25, [
    ("Undersökning", "Sväljbedömning dag 2 efter högersidig stroke. Hosta och våt röst efter tunnflytande, säkrare med förtjockad konsistens."),
    ("Bedömning", "Misstänkt orofaryngeal dysfagi. Förtjockad dryck (nivå 2) tills vidare, ny bedömning fredag. FEES övervägs."),
  ], must=[N2], why="speech therapist writes a suspected dysphagia",
  born="1944-05-14", template="Logopedanteckning", setting="slutenvård")

C("medakut-pnuemoni-fragetecken-typo-utkast", "vgr", "medakut_kungalv", "Benjamin Saleh", "läkare",
  "2024-12-20 02:15", None, [
    ("Bedömning", "Pnuemoni?? Nedsatta andningsljud vä bas, CRP 120. Rtg pulm beställd, odlingar tagna. Bensyl iv efter odlingar."),
  ], must=[N2], why="typo 'Pnuemoni' with double question mark in an unsigned draft",
  born="1945-03-11", template="Akutanteckning", setting="akutmottagning")

C("gyn-salpingit-ev-klamydia-16-ar", "vgr", "gyn_ostra", "Erika Nordqvist", "läkare",
  "2024-04-16 17:30", 25, [
    ("Aktuellt", "16-årig tjej med nedre buksmärtor och flytning sedan 5 d, ny partner."),
    ("Status", "Ömhet vid portioförskjutning, mucopurulent sekret från cervix. Temp 38,2."),
    ("Bedömning", "Salpingit, ev. orsakad av klamydia. NAAT för klamydia och gonorré tagen, doxycyklin och metronidazol insatt."),
  ], must=[N2], why="settled salpingitis but hedged cause 'ev. orsakad av klamydia' (16-year-old reads it)",
  born="2007-11-11", setting="akutmottagning")

C("hud-suspekt-malignt-melanom", "skane", "hud_lund", "Axel Friberg", "läkare",
  "2024-08-01 10:00", 20, [
    ("Status", "Asymmetriskt, oregelbundet pigmenterat nevus 9 mm på ryggen, dermatoskopiskt atypiskt pigmentnät och regressionsstrukturer."),
    ("Bedömning", "Suspekt malignt melanom. Excisionsbiopsi med 2 mm marginal bokad nästa vecka."),
  ], must=[N2], why="'Suspekt malignt melanom'",
  born="1966-04-04")

C("ovregi-trol-pankreascancer-aven-i-bedomning", "vgr", "ovregi_sahl", "Julia Hedman", "läkare",
  "2024-05-09 14:20", 30, [
    ("Rtg", "DT buk: 3 cm lågattenuerande förändring i pankreashuvudet, dilaterad ductus choledochus."),
    ("Bedömning", "Trol. pankreascancer. EUS med finnålspunktion bokas."),
    ("Tidiga hypoteser", "Misstänkt pankreascancer, pat ännu ej informerad om misstanken."),
  ], must=[N2], why="VGR: hypothesis correctly under Tidiga hypoteser but repeated as 'Trol. pankreascancer' in visible Bedömning",
  born="1958-06-30")

C("gyn-misstankt-ovarialcancer-ej-informerad", "skane", "kvinno_lund", "Malin Borg", "läkare",
  "2024-10-24 16:10", 20, [
    ("Undersökning", "Vag UL: 9 cm komplex cystisk-solid resistens vä ovarium, ascites."),
    ("Lab", "CA-125 850."),
    ("Bedömning", "Misstänkt ovarialcancer. Pat ej informerad om misstanken ännu, DT thorax-buk först. Remiss gynonkologi."),
  ], must=[N2], why="hedged malignancy plus 'ej informerad' written visibly instead of in Tidiga hypoteser",
  born="1956-02-02")

C("psyk-heldygn-lang-ev-bipolar-utkast", "skane", "psykavd_lund", "Sara Mohammadi", "läkare",
  "2024-03-16 22:30", None, [
    ("Kontaktorsak", "Inkommer via psykiatrisk akutmottagning i sällskap med sin mor efter att ha varit vaken i fyra nätter."),
    ("Anamnes", "18-årig kvinna, gymnasiestudent. Behandlad på BUP för depression 2021–2022 med sertralin, avslutat. Ingen känd missbruksproblematik. Hereditet: morfar trol. manodepressiv, aldrig utredd. Senaste veckan ökande aktivitet, har börjat tre nya projekt, skrivit långa meddelanden till lärare mitt i natten och köpt en hundvalp på impuls."),
    ("Psykiskt status", "Vaken, klar, orienterad. Motoriskt rastlös, går omkring i rummet. Forcerat tal, svår att avbryta, tankeflykt. Upprymd men lättirriterad grundstämning. Inga säkra hallucinationer, storhetsidéer om att starta ett eget företag. Förnekar suicidtankar och har inga planer."),
    ("Somatiskt status", "AT gott. Puls 96, BT 128/76. Neurologiskt ua."),
    ("Lab", "Tox-screening negativ. TSH normalt. Graviditetstest negativt."),
    ("Bedömning", "Maniskt skov, ev. debut av bipolär sjukdom typ I, DD substansutlöst tillstånd trots negativ screening. Frivillig vård, accepterar inläggning."),
    ("Planering", "Olanzapin 10 mg till natten, Theralen vid behov. Sömnregistrering. Ev. permission i helgen om sömnen normaliseras."),
  ], must=[N2], why="long psychiatric admission draft: 'ev. debut av bipolär sjukdom' and DD amid family-history and non-diagnostic hedges",
  born="2005-06-06", template="Inskrivningsanteckning", setting="psykiatrisk slutenvård")

# =====================================================================
# D. NL102 near misses: negation, settled, family/past history, non-diagnostic
#    hedges, protected template/sökord, PMO.
# =====================================================================
C("akut-ingen-pneumoni-viral-oli", "vgr", "akut_boras", "Maria Engqvist", "läkare",
  "2024-01-07 13:30", 20, [
    ("Aktuellt", "Hosta och feber 38,5 sedan 3 d, snuva och halsont."),
    ("Status", "Sat 97 %, AF 16. Pulm: vesikulärt, inga rassel."),
    ("Bedömning", "Rtg pulm utan infiltrat, ingen pneumoni. Viral övre luftvägsinfektion. Hem med egenvårdsråd."),
  ], must_not=[N2], why="'ingen pneumoni' is negated",
  born="1972-07-19", template="Akutanteckning", setting="akutmottagning")

C("akut-ej-tecken-pa-dvt", "skane", "akut_malmo", "Kevin Lindgren", "läkare",
  "2024-05-19 15:45", 15, [
    ("Bedömning", "UL vä ben: ej tecken på DVT. Besvären bedöms som en muskelskada i vaden efter fotbollsmatchen igår. Kyla, avlastning, åter vid försämring."),
  ], must_not=[N2], why="'ej tecken på DVT' is negated",
  born="1990-10-10", setting="akutmottagning")

C("medakut-lungemboli-kan-uteslutas", "vgr", "medakut_skovde", "Sara Holmgren", "läkare",
  "2024-02-26 05:20", 30, [
    ("Bedömning", "DT-angio utan embolier, lungemboli kan därmed uteslutas. Bröstsmärtan bedöms muskuloskeletal. Hem."),
  ], must_not=[N2], why="'kan därmed uteslutas' (not 'kan ej uteslutas')",
  born="1980-01-01", setting="akutmottagning")

C("kir-ingen-missanke-om-appendicit-typo", "skane", "kir_hbg", "Emil Forsberg", "läkare",
  "2024-07-06 20:40", 20, [
    ("Status", "Buk mjuk, lätt diffust öm, ingen släppömhet, inga peritoneala tecken. Temp 37,2."),
    ("Bedömning", "Gastroenterit. Ingen missanke om appendicit i dagsläget, CRP 8. Hem med vätskeersättning, åter vid försämring."),
  ], must_not=[N2], why="typo 'missanke' inside a negated suspicion",
  born="2001-09-15", template="Akutanteckning", setting="akutmottagning")

C("gastro-inga-hallpunkter-for-malignitet", "vgr", "gastro_sahl", "Peter Ljungberg", "läkare",
  "2024-03-28 10:50", 10, [
    ("Fynd", "Gastroskopi: normal esofagus, ventrikel och duodenum. Px från corpus och antrum för HP."),
    ("Bedömning", "Dyspepsi. Inga hållpunkter för malignitet eller ulcussjukdom."),
  ], must_not=[N2], why="'Inga hållpunkter för malignitet'",
  born="1967-02-02", template="Endoskopianteckning")

C("ortoakut-misstanken-avskrivs", "skane", "ortoakut_lund", "Tilda Backman", "läkare",
  "2024-02-09 11:30", 15, [
    ("Aktuellt", "Återbesök efter skafoidgips i 12 d."),
    ("Bedömning", "MR handled normal. Misstanken om scafoideumfraktur avskrivs, gipset tas bort. Handledsdistorsion."),
  ], must_not=[N2], why="a suspicion that is explicitly dismissed ('avskrivs'), with a misspelt diagnosis",
  born="1999-03-03")

C("infek-misstanken-om-neuroborrelios-bekraftad", "vgr", "infek_nal", "Lars Nord", "läkare",
  "2024-08-05 14:10", 20, [
    ("Lab", "Borrelia-serologi: IgG och IgM positiva. Likvor: pleocytos och intratekal borrelia-antikroppsproduktion."),
    ("Bedömning", "Misstanken om neuroborrelios bekräftad. Facialispares hö. Doxycyklin 400 mg x 1 i 14 d."),
  ], must_not=[N2], why="the word 'Misstanken' but the diagnosis is confirmed",
  born="1963-06-26")

C("kardio-hereditet-plotslig-hjartdod", "skane", "hjart_hbg", "Oliver Sund", "läkare",
  "2024-09-19 13:15", 25, [
    ("Hereditet", "Far avled plötsligt vid 45 års ålder, trol. plötslig hjärtdöd. Farbror misstänkt kardiomyopati, aldrig utredd."),
    ("Bedömning", "Paroxysmalt förmaksflimmer, CHA2DS2-VASc 0. Normal UKG och normalt arbetsprov. Ingen antikoagulation."),
  ], must_not=[N2], why="hedges only in family history",
  born="1977-04-09")

C("brost-hereditet-mormor-ev-aggstockscancer", "vgr", "brost_boras", "Annika Öhman", "läkare",
  "2024-11-07 09:20", 15, [
    ("Hereditet", "Mormor ev. äggstockscancer i 60-årsåldern. Mamma bröstcancer vid 48 år. Moster tjocktarmscancer."),
    ("Bedömning", "Mammografi och UL utan malignitetsmisstänkta fynd. Remiss onkogenetisk mottagning för bedömning av ärftlighet."),
  ], must_not=[N2], why="hedged cancer in the grandmother; patient's own findings negated",
  born="1975-10-12")

C("neuro-tidigare-misstankt-tia-essentiell-tremor", "skane", "neuro_malmo", "Mikaela Strid", "läkare",
  "2024-04-15 10:00", 20, [
    ("Tidigare sjukdomar", "2019 misstänkt TIA, utredd i Ystad, ingen kvarstående diagnos. Hypertoni."),
    ("Aktuellt", "Remiss för tremor i båda händerna, förvärrad senaste året, bättre av ett glas vin."),
    ("Bedömning", "Essentiell tremor. Provar propranolol 10 mg x 2."),
  ], must_not=[N2], why="hedge only in past history",
  born="1949-02-19")

C("orto-fotledsdistorsion-ev-aterbesok", "vgr", "orto_kungalv", "Ville Andersson", "läkare",
  "2024-06-03 10:40", None, [
    ("Bedömning", "Distorsion vä fotled, rtg utan fraktur. Stabil ledbandsapparat."),
    ("Planering", "Ortos 3 v, belastning efter förmåga. Ev. återbesök om besvär kvarstår efter 6 v."),
  ], must_not=[N2], why="unsigned: 'Ev. återbesök' hedges an appointment",
  born="1994-08-25")

C("ssk-kiravd-trol-hem-imorgon", "skane", "kiravd_krist", "Helen Björk", "sjuksköterska",
  "2024-03-07 19:00", 15, [
    ("Omvårdnad", "Dag 1 efter lap. kolecystektomi. Smärta VAS 2 på Alvedon. Ätit middag, mobiliserad i korridoren, kastat vatten."),
    ("Planering", "Trol. hem imorgon efter rond."),
  ], must_not=[N2], why="'Trol. hem imorgon' hedges discharge",
  born="1970-12-01", template="Omvårdnadsanteckning", setting="slutenvård")

C("diab-ssk-misstankt-fel-pa-insulinpump", "vgr", "diab_sahl", "Klara Holm", "sjuksköterska",
  "2024-10-24 11:05", 10, [
    ("Kontaktorsak", "Pat med typ 1-diabetes ringer pga höga glukosvärden, 18–22 mmol/l sedan igår trots korrektionsdoser. Inga ketoner i blodet."),
    ("Åtgärd", "Misstänkt fel på insulinpumpen eller stopp i kanylen. Pat byter infusionsset och ger korrektion med penna. Kontaktar pumpleverantören. Ringer tillbaka i eftermiddag."),
  ], must_not=[N2], why="'Misstänkt fel på insulinpumpen' is a device fault, not a diagnosis",
  born="1996-01-14", template="Telefonanteckning")

C("reuma-ssk-fraga-om-baltrosvaccin", "vgr", "reuma_sahl", "Amanda Sjöqvist", "sjuksköterska",
  "2024-05-21 13:30", 10, [
    ("Aktuellt", "Reumatoid artrit, metotrexat 20 mg/v och Olumiant."),
    ("Kontaktorsak", "Pat undrar om hon kan vaccinera sig mot bältros? Har läst om Shingrix."),
    ("Åtgärd", "Rekommenderas Shingrix enligt riktlinje, recept skickat. Pat nöjd."),
  ], must_not=[N2], why="question mark ends a question about vaccination, not a diagnosis",
  born="1962-11-19", template="Telefonanteckning")

C("skane-tidiga-hypoteser-mall-sarkoidos", "skane", "lung_malmo", "Fredrik Paulsson", "läkare",
  "2024-06-17 15:30", 15, [
    ("Bedömning", "Sarkoidos? DD lymfom. Inväntar px från EBUS innan pat informeras."),
  ], must_not=[N1, N2], why="Skåne: hedged diagnosis inside the protected Tidiga hypoteser template",
  born="1981-07-21", template="Tidiga hypoteser")

C("vgr-tidiga-hypoteser-sokord-jarnbrist", "vgr", "med_uddevalla", "Tomas Wiklund", "läkare",
  "2024-09-30 10:30", 20, [
    ("Bedömning", "Järnbristanemi, Hb 98, ferritin 4. Startar peroralt järn."),
    ("Planering", "Gastroskopi och koloskopi bokade. Återbesök om 4 v med Hb-kontroll."),
    ("Tidiga hypoteser", "Trol. blödning från GI-kanalen, ev. koloncancer hos 72-åring med ändrade avföringsvanor."),
  ], must_not=[N2], why="VGR: visible sections hold only the settled anaemia; hypotheses under sökord Tidiga hypoteser",
  born="1952-05-08")

C("pmo-vc-trol-viros-dd-strep", "skane", "vc_sorgenfri", "Anna Holst", "läkare",
  "2024-02-05 10:20", 15, [
    ("Aktuellt", "Halsont och feber 38,3 sedan 2 d, hosta."),
    ("Status", "Lätt rodnad svalg, inga beläggningar, inga förstorade käkvinkelkörtlar."),
    ("Bedömning", "Trol. viros, DD streptokocktonsillit – strep A neg. Egenvårdsråd."),
  ], must_not=[N2], why="PMO (vårdcentral) never shows diagnoses",
  born="1988-04-27", template="Besök")

C("pmo-bvc-misstankt-oroninflammation", "skane", "bvc_eslov", "Karin Mattsson", "sjuksköterska",
  "2024-03-11 09:30", 20, [
    ("Aktuellt", "Mamma berättar att flickan varit förkyld en vecka, sover dåligt och drar sig i vä öra."),
    ("Bedömning", "Misstänkt öroninflammation. Hänvisad till vc-läkare i eftermiddag. Vikt och längd följer kurvan."),
  ], must_not=[N2], why="PMO BVC nurse with a suspected otitis",
  born="2023-03-20", template="BVC-besök")

C("pmo-um-ev-klamydia", "skane", "um_malmo", "Mira Svensson", "barnmorska",
  "2024-10-17 15:15", 10, [
    ("Aktuellt", "Tidigare partner har hört av sig och berättat att han testats positivt för klamydia."),
    ("Bedömning", "Ev. klamydia. Provtagning gjord, doxycyklin skrivet enligt smittskyddsrutin. Smittspårning påbörjad."),
  ], must_not=[N2], why="PMO youth clinic: 'Ev. klamydia'",
  born="2007-02-02", template="Besök")

C("pmo-hemsjukvard-misstankt-uvi", "skane", "hsv_kavlinge", "Ulla Hedlund", "sjuksköterska",
  "2024-07-12 11:00", 30, [
    ("Aktuellt", "Personalen på boendet rapporterar ökad oro och att pat kissar oftare."),
    ("Bedömning", "Misstänkt UVI. Urinprov taget för odling, kontakt med vc-läkare som ordinerar pivmecillinam."),
  ], must_not=[N2], why="PMO home care: 'Misstänkt UVI'",
  born="1929-09-09", template="Hemsjukvårdsbesök", setting="hemsjukvård")

C("pmo-psykolog-mojlig-depression-utkast", "skane", "vc_karnan", "Elsa Fagerberg", "psykolog",
  "2024-04-08 13:00", None, [
    ("Samtal", "Nedstämdhet, sömnsvårigheter och minskad energi sedan 3 mån efter separation. PHQ-9 17."),
    ("Bedömning", "Möjlig egentlig depression, medelsvår. KBT-samtal 8 ggr, läkarkontakt för ställningstagande till SSRI."),
  ], must_not=[N2], why="unsigned PMO psychologist note: 'Möjlig egentlig depression'",
  born="1984-06-16", template="Besök")

C("pmo-vc-lang-hjartsvikt-kan-ej-uteslutas", "skane", "vc_simrishamn", "Gustav Nyman", "läkare",
  "2024-05-27 14:20", "2024-05-28 08:05", [
    ("Kontaktorsak", "Svullna fotleder och trötthet sedan en månad."),
    ("Aktuellt", "77-årig man, hypertoni sedan 15 år, amlodipin 10 mg och enalapril. Promenerar 3 km dagligen men har fått gå kortare sträckor. Ingen bröstsmärta, ingen ortopné. Inga nya läkemedel utöver höjd amlodipindos i mars."),
    ("Status", "BT 148/86, puls 78 regelbunden. Cor: rr, inga blåsljud. Pulm: vesikulärt. Lätta pittingödem runt båda fotlederna."),
    ("Lab", "Hb 139, krea 96, TSH normalt, albumin 38."),
    ("Bedömning", "Hjärtsvikt kan ej uteslutas, NT-proBNP tagen. DD läkemedelsbiverkan av amlodipin."),
    ("Planering", "Sänker amlodipin till 5 mg. Ringer pat med NT-proBNP-svar. Vid förhöjt värde remiss UKG."),
  ], must_not=[N2], why="long PMO note: hedged heart failure and DD are never shown from PMO",
  born="1946-11-11", template="Besök")

C("skane-vald-mall-trol-revbensfraktur", "skane", "akut_malmo", "Sofia Nyberg", "läkare",
  "2024-08-03 01:20", 60, [
    ("Anamnes", "Pat berättar att sambon slog henne med knytnäve mot bröstkorgen igår kväll. Har hänt tidigare."),
    ("Status", "Ömhet över revben 7–8 vä i medioaxillarlinjen, blåmärke 5 cm."),
    ("Bedömning", "Trol. revbensfraktur vä. Fotodokumentation enligt vårdprogram. Information om kvinnojour lämnad."),
  ], must_not=[N2], why="Skåne: hedged fracture inside the protected Våld i nära relationer template",
  born="1989-08-08", template="Våld i nära relationer", setting="akutmottagning")

C("vgr-sokord-vald-misstankt-trumhinneperforation", "vgr", "onhakut_sahl", "Jonatan Berg", "läkare",
  "2024-11-25 16:30", 20, [
    ("Aktuellt", "Söker för lock för hö öra och öronvärk sedan igår."),
    ("Status", "Hö trumhinna: liten perforation framtill. Vä ua. Stämgaffel lateraliseras åt hö."),
    ("Våldsutsatthet i nära relationer", "Pat uppger att partnern slog henne med flata handen mot hö öra. Misstänkt traumatisk trumhinneperforation till följd av slaget. Information om stödorganisationer given."),
  ], must_not=[N2], why="VGR: the only hedge is under the filtered sökord Våldsutsatthet i nära relationer",
  born="1993-12-12", setting="akutmottagning")

C("skane-oro-barn-mall-misstankt-icke-accidentell", "skane", "barnakut_malmo", "Hugo Lind", "läkare",
  "2024-12-02 13:40", 40, [
    ("Status", "8 mån gammal pojke med blåmärken på öronen och bålen i olika färgskiftningar, ingen rimlig förklaring från föräldrarna."),
    ("Bedömning", "Misstänkt icke-accidentell skada. Skelettröntgen och ögonbottenundersökning. Orosanmälan till socialtjänsten görs idag."),
  ], must_not=[N2], why="Skåne: hedge inside the protected Oro för att barn far illa template",
  born="2024-03-25", template="Oro för att barn far illa")

C("med-diagnoslista-arskontroll", "vgr", "med_alingsas", "Linnéa Eriksson", "läkare",
  "2024-04-22 11:30", 10, [
    ("Diagnoser", "Typ 2-diabetes E11.9. Hypertoni I10. KOL J44.9. Förmaksflimmer I48.9."),
    ("Aktuellt", "Årskontroll. HbA1c 52, BT 132/78. Inga exacerbationer senaste året."),
    ("Planering", "Oförändrad medicinering. Åter om 12 mån."),
  ], must_not=[N2], why="list of settled coded diagnoses",
  born="1950-03-14")

C("kardio-ej-forenligt-med-hjartinfarkt", "vgr", "kardio_ostra", "Kristina Lind", "läkare",
  "2024-03-09 09:15", 20, [
    ("Bedömning", "EKG och upprepade hs-troponiner (6 → 7) ej förenliga med hjärtinfarkt. Smärtan bedöms komma från bröstväggen. Hem, åter vid nya besvär."),
  ], must_not=[N2], why="'ej förenliga med hjärtinfarkt' is a negation",
  born="1968-02-28", setting="akutmottagning")

C("neuro-inget-som-talar-for-ms-utkast", "skane", "neuro_lund", "Alva Nordström", "läkare",
  "2024-10-28 14:45", None, [
    ("Rtg", "MR hjärna och halsrygg utan demyeliniserande förändringar."),
    ("Bedömning", "Inget som talar för MS. Stickningarna bedöms som ångestrelaterade parestesier. Ingen uppföljning på neurologen."),
  ], must_not=[N2], why="unsigned: 'Inget som talar för MS'",
  born="1991-05-05")

C("arbetsterapeut-sannolikt-behov-av-hemtjanst", "vgr", "ger_molndal", "Lisen Karlberg", "arbetsterapeut",
  "2024-05-02 13:40", 20, [
    ("Bedömning", "ADL-bedömning i träningskök: klarar enklare matlagning med tillsyn, glömmer spisen på. Sannolikt behov av hemtjänst med tillsyn två gånger per dag samt spisvakt."),
  ], must_not=[N2], why="occupational therapist: 'Sannolikt behov av hemtjänst' hedges a care need",
  born="1934-06-06", template="Arbetsterapeutanteckning", setting="slutenvård")

C("psyk-litium-mojligen-dossankning", "skane", "psyk_lund", "Magnus Fält", "läkare",
  "2024-11-21 15:30", 20, [
    ("Aktuellt", "Bipolär sjukdom typ I, stabil på litium sedan 2017. Mår bra, arbetar heltid."),
    ("Lab", "S-litium 0,9, TSH och krea normala."),
    ("Planering", "Möjligen sänkning av litiumdosen vid nästa kontroll om njurfunktionen sjunker. Ev. tidigare återbesök vid sömnstörning."),
  ], must_not=[N2], why="settled bipolar disorder; hedges concern dose and appointment",
  born="1973-03-30")

C("hjartavd-ssk-pat-osaker-pa-tabletter", "vgr", "hjart_sahl", "Elin Åström", "sjuksköterska",
  "2024-06-09 20:30", 10, [
    ("Omvårdnad", "Hjärtinfarkt, PCI igår. Pat osäker på om hon tagit sina tabletter hemma de senaste veckorna, önskar dosett. Dosett iordningställd inför hemgång."),
  ], must_not=[N2], why="the patient's uncertainty concerns medication intake, not a diagnosis",
  born="1948-07-17", template="Omvårdnadsanteckning", setting="slutenvård")

C("iva-inga-tecken-pa-sepsis", "skane", "iva_lund", "Rasmus Holmgren", "läkare",
  "2024-04-05 10:50", 20, [
    ("Bedömning", "Dag 3 efter esofagusresektion. Cirkulatoriskt stabil utan vasopressor. Inga tecken på sepsis eller anastomosläckage, laktat 1,1, CRP sjunkande."),
  ], must_not=[N2], why="ICU: 'Inga tecken på sepsis eller anastomosläckage'",
  born="1955-01-25", template="Daganteckning", setting="slutenvård")

C("barn-rsv-bronkiolit-pcr-bekraftad", "vgr", "barn_dsbus", "Moa Ekberg", "läkare",
  "2024-01-04 23:10", 30, [
    ("Bedömning", "RS-virusbronkiolit, PCR-bekräftad. Ökat andningsarbete, äter hälften av ordinarie mängd. Inläggning för sondmatning och high flow vid behov."),
  ], must_not=[N2], why="infant with a confirmed diagnosis",
  born="2023-08-02", template="Inskrivningsanteckning", setting="slutenvård")

C("allergi-tidigare-ev-astma-i-barndomen", "skane", "allergi_hbg", "Isak Lund", "läkare",
  "2024-09-02 09:30", 20, [
    ("Tidigare sjukdomar", "Ev. astma i barndomen, inga mediciner sedan 10 års ålder."),
    ("Bedömning", "Björk- och gräspollenallergi med rinokonjunktivit. Startar allergivaccination med Grazax."),
  ], must_not=[N2], why="hedge only in past history ('Ev. astma i barndomen')",
  born="1995-05-15")

C("skane-hubs-mall-misstankt-fas", "skane", "barn_krist", "Vera Lundgren", "läkare",
  "2024-10-09 10:00", 120, [
    ("Bedömning", "6-årig flicka inför placering i familjehem. Kortvuxen, litet huvudomfång, smala ögonspringor och slätt filtrum. Misstänkt fetalt alkoholsyndrom, modern har uppgett alkoholbruk under graviditeten. Remiss barnneurolog."),
  ], must_not=[N2], why="Skåne: hedge inside the protected HUBS template",
  born="2018-04-04", template="Hälsoundersökning på begäran av socialnämnd (HUBS)")

C("vgr-tredje-person-troligt-alkoholberoende", "vgr", "psyk_boras", "Axel Runesson", "läkare",
  "2024-08-12 14:00", 20, [
    ("Aktuellt", "Återbesök. Känd recidiverande depression, mår stabilt på sertralin."),
    ("Tredje person", "Hustrun ringde före besöket och berättade att pat dricker mycket mer än han medger och har hotat henne när han är berusad. Troligt alkoholberoende enligt hustrun, som är rädd för att pat ska få veta att hon ringt."),
  ], must_not=[N2], why="VGR: hedged diagnosis only under the filtered sökord Tredje person",
  born="1979-12-30")

C("pmo-vc-tel-trol-gastroenterit-barn", "skane", "vc_hoor", "Lina Wallgren", "sjuksköterska",
  "2024-12-09 08:50", 10, [
    ("Kontaktorsak", "Pappa ringer, 5-årig son har kräkts 4 ggr sedan i natt, lös avföring, dricker små klunkar."),
    ("Bedömning", "Trol. gastroenterit, ej tecken på uttorkning enl. pappans beskrivning – kissat i morse, tårar finns."),
    ("Åtgärd", "Råd om vätskeersättning. Åter om kissar mindre eller blir slö."),
  ], must_not=[N2], why="PMO phone advice with 'Trol. gastroenterit'",
  born="2019-10-10", template="Telefonkontakt")

C("gastro-hereditet-mor-trol-celiaki", "vgr", "gastro_alingsas", "Hanna Wallin", "läkare",
  "2024-02-19 15:00", 25, [
    ("Hereditet", "Syster har Crohns sjukdom, mor trol. celiaki men aldrig biopsiverifierad."),
    ("Bedömning", "IBS med diarrédominans. Normalt calprotectin och negativa celiakiantikroppar."),
  ], must_not=[N2], why="hedged coeliac disease belongs to the mother",
  born="1998-09-19")

C("medavd-lang-epikris-urosepsis-inga-hypoteser", "vgr", "medavd_kungalv", "Maja Sundqvist", "läkare",
  "2024-10-04 14:00", "2024-10-05 09:30", [
    ("Inskrivningsorsak", "Feber, frossa och sveda vid miktion."),
    ("Tidigare sjukdomar", "Hypertoni. Typ 2-diabetes sedan 2010. Höftfraktur vä 2021. Tidigare ev. polymyalgi som aldrig behandlats."),
    ("Hereditet", "Bror trol. prostatacancer."),
    ("Vårdförlopp", "Inkom med temp 39,4, CRP 210 och LPK 17. Blododling och urinodling växte E. coli känslig för cefotaxim. Behandlad med cefotaxim iv i 3 d, därefter ciprofloxacin peroralt. Snabbt feberfri. Ingen hydronefros på UL. Krea steg initialt till 140 men normaliserades med vätska. Uppehåll med metformin under vårdtiden, återinsatt vid utskrivning."),
    ("Utskrivningsdiagnos", "Urosepsis orsakad av E. coli. Akut njurskada, i regress."),
    ("Planering", "Ciprofloxacin t.o.m. 10/10. Krea-kontroll på vc om 1 v. Ev. återbesök på medicinmottagningen vid nya febertoppar. Trol. hemtjänst i två veckor, biståndshandläggare informerad."),
  ], must_not=[N2], why="long discharge summary: every hedge is past history, family history or non-diagnostic",
  born="1945-02-08", template="Epikris", setting="slutenvård")

# ---------------------------------------------------------------- build


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(born, idx):
    serial = "%03d" % ((idx * 37 + 211) % 1000)
    ymd = born.replace("-", "")
    return "%s-%s%s" % (ymd, serial, luhn_digit(ymd[2:] + serial))


def iso(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:%S")


def build():
    out = []
    for i, c in enumerate(CASES):
        uname, hsa, system = U[c["unit"]]
        t = dt.datetime.strptime(c["when"], "%Y-%m-%d %H:%M")
        if c["signed"] is None:
            signed = None
        elif isinstance(c["signed"], int):
            signed = (t + dt.timedelta(minutes=c["signed"])).strftime("%Y-%m-%dT%H:%M:%S")
        else:
            signed = iso(c["signed"])
        as_of = min(t.date() + dt.timedelta(days=14), dt.date(2024, 12, 31))
        note = {
            "id": "n1", "system": system, "template": c["template"],
            "unit": {"name": uname, "hsa_id": hsa},
            "author": {"name": c["author"], "role": c["role"]},
            "time": t.strftime("%Y-%m-%dT%H:%M:%S"), "signed": signed,
            "setting": c["setting"], "refs": [],
            "sections": [{"keyword": k, "text": txt} for k, txt in c["sections"]],
        }
        rec = {
            "patient": {"id": pnr(c["born"], i), "birth_date": c["born"], "protected_identity": False},
            "as_of": as_of.strftime("%Y-%m-%dT00:00:00"),
            "notes": [note], "access_events": [], "conversations": [], "treatments": [],
        }
        out.append({
            "case": c["name"], "ruleset": c["rs"], "record": rec,
            "must": [[code, "n1"] for code in c["must"]],
            "must_not": [[code, "n1"] for code in c["must_not"]],
            "why": c["why"],
        })
    return out


# ---------------------------------------------------------------- validate
PROTECTED_TEMPLATES_SKANE = {
    "Tidiga hypoteser", "Våld i nära relationer", "Oro för att barn far illa",
    "Hälsoundersökning på begäran av socialnämnd (HUBS)",
}
PROTECTED_SOKORD_VGR = {
    "Tidiga hypoteser", "Våldsutsatthet i nära relationer", "Orosanmälan gällande barn",
    "Tredje person", "Enkelblind prövning",
}


def age_at(born, when):
    b = dt.date.fromisoformat(born)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    seen_sentences = {}
    for c in cases:
        n = c.get("case")
        where = "case %r" % n
        if set(c) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errs.append(where + ": wrong top-level keys")
            continue
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", n or ""):
            errs.append(where + ": bad case name")
        if n in names:
            errs.append(where + ": duplicate case name")
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(where + ": bad ruleset")
        if not c["why"] or "\n" in c["why"]:
            errs.append(where + ": why must be one non-empty line")
        if not c["must"] and not c["must_not"]:
            errs.append(where + ": asserts nothing")
        rec = c["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errs.append(where + ": wrong record keys")
        p = rec["patient"]
        if set(p) != {"id", "birth_date", "protected_identity"}:
            errs.append(where + ": wrong patient keys")
        m = re.fullmatch(r"(\d{8})-(\d{3})(\d)", p["id"])
        if not m or m.group(1) != p["birth_date"].replace("-", ""):
            errs.append(where + ": personnummer does not match birth_date")
        elif luhn_digit(m.group(1)[2:] + m.group(2)) != m.group(3):
            errs.append(where + ": personnummer check digit wrong")
        try:
            dt.date.fromisoformat(p["birth_date"])
            as_of = dt.datetime.fromisoformat(rec["as_of"])
        except ValueError:
            errs.append(where + ": bad date")
            continue
        ids = set()
        for note in rec["notes"]:
            keys = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
            if set(note) != keys:
                errs.append(where + ": wrong note keys")
                continue
            ids.add(note["id"])
            try:
                t = dt.datetime.fromisoformat(note["time"])
                s = dt.datetime.fromisoformat(note["signed"]) if note["signed"] else None
            except ValueError:
                errs.append(where + ": bad note time")
                continue
            for x in (t, s, as_of):
                if x is not None and x.year != 2024:
                    errs.append(where + ": date outside 2024")
            if s is not None and s < t:
                errs.append(where + ": signed before written")
            if as_of < t:
                errs.append(where + ": as_of before note")
            age = age_at(p["birth_date"], t)
            if age < 0 or 13 <= age <= 15:
                errs.append(where + ": patient age %d not allowed" % age)
            if note["system"] not in ("Melior", "PMO"):
                errs.append(where + ": bad system")
            hsa = note["unit"]["hsa_id"]
            region = "skane" if hsa.startswith(S) else "vgr" if hsa.startswith(V) else None
            if region != c["ruleset"]:
                errs.append(where + ": unit region does not match ruleset")
            if not re.fullmatch(r"SE\d{10}-[0-9A-Z]{4}", hsa):
                errs.append(where + ": bad HSA id")
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append(where + ": VGR cases are Melior")
            if note["system"] == "PMO":
                codes = [x[0] for x in c["must"] + c["must_not"]]
                if N1 in codes:
                    errs.append(where + ": NL101 is not asserted on PMO notes")
                if [N2, "n1"] in c["must"]:
                    errs.append(where + ": PMO can never be must NL102")
            if not note["sections"]:
                errs.append(where + ": note without sections")
            for sec in note["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append(where + ": bad section")
                    continue
                for sent in re.split(r"(?<=[.!?])\s+|\n", sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sentences and seen_sentences[sent] != n:
                            errs.append(where + ": sentence also in %s: %r" % (seen_sentences[sent], sent))
                        seen_sentences.setdefault(sent, n)
            # protected content can not hold a positive NL102 in the protected place
            prot_note = c["ruleset"] == "skane" and note["template"] in PROTECTED_TEMPLATES_SKANE
            if prot_note and ([N1, "n1"] in c["must"] or [N2, "n1"] in c["must"]):
                errs.append(where + ": positive assertion on a protected template")
        seen_codes = set()
        for lst in ("must", "must_not"):
            for pair in c[lst]:
                if len(pair) != 2 or pair[0] not in (N1, N2) or pair[1] not in ids:
                    errs.append(where + ": bad assertion %r" % (pair,))
                if pair[0] in seen_codes:
                    errs.append(where + ": code asserted twice %r" % (pair,))
                seen_codes.add(pair[0])
    return errs


def main():
    cases = build()
    errs = validate(cases)
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    counts = {}
    for c in cases:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    regions = {}
    for c in cases:
        regions[c["ruleset"]] = regions.get(c["ruleset"], 0) + 1
    unsigned = sum(1 for c in cases if c["record"]["notes"][0]["signed"] is None)
    pmo = sum(1 for c in cases if c["record"]["notes"][0]["system"] == "PMO")
    print("%d cases -> %s" % (len(cases), OUT))
    for code in (N1, N2):
        print("  %s must %d must_not %d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    print("  regions %s, unsigned %d, PMO %d" % (regions, unsigned, pmo))
    if errs:
        for e in errs:
            print("ERROR " + e, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
