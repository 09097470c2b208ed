#!/usr/bin/env python3
"""dev99 -- independent NL101/NL102 test cases for notelint.

Theme: journal notes written by physicians and nurses for whom Swedish is a second
language (slightly unusual word order, wrong gender or definite forms, mixed-up
prepositions, English/German medical words, literal translations such as
"kan inte exkluderas", "suspekt för", "möjligen har hon"), together with ordinary
clinical abbreviations. Primary care (Skåne PMO), internal medicine, surgery and
emergency departments; Skåne and VGR rulesets; Melior and PMO notes.

Standard library only, deterministic. Running it writes cases.jsonl next to this file
and validates every case; it exits 1 on any problem.
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

# ---------------------------------------------------------------------------
# Units: key -> (name, hsa_id, region)
# ---------------------------------------------------------------------------
UNITS = {
    # Skåne, Melior (hospitals)
    "s_akut_mal": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1K3M", "skane"),
    "s_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1L7Q", "skane"),
    "s_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-2H7P", "skane"),
    "s_akut_kri": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-3C8R", "skane"),
    "s_akut_ystad": ("Akutmottagningen, Ystads lasarett", "SE2321000255-4Y2D", "skane"),
    "s_akut_hlm": ("Akutmottagningen, Hässleholms sjukhus", "SE2321000255-4H9F", "skane"),
    "s_ava_kri": ("Akutvårdsavdelningen, Centralsjukhuset Kristianstad", "SE2321000255-3C9A", "skane"),
    "s_barnakut_lund": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-5B1L", "skane"),
    "s_med_lund": ("Medicinavdelning 3, Skånes universitetssjukhus Lund", "SE2321000255-6M3L", "skane"),
    "s_med_hbg": ("Medicinavdelning 21, Helsingborgs lasarett", "SE2321000255-6M21", "skane"),
    "s_med_ystad": ("Medicinavdelning 2, Ystads lasarett", "SE2321000255-6Y02", "skane"),
    "s_medmott_trel": ("Medicinmottagningen, Trelleborgs lasarett", "SE2321000255-7T4M", "skane"),
    "s_med_lkr": ("Medicinkliniken, Landskrona lasarett", "SE2321000255-7L5K", "skane"),
    "s_medmott_ang": ("Medicinmottagningen, Ängelholms sjukhus", "SE2321000255-7A6M", "skane"),
    "s_endo_mal": ("Endokrinmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8E1M", "skane"),
    "s_gastro_mal": ("Gastroenterologmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8G2M", "skane"),
    "s_ger_mal": ("Geriatriska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-8R3M", "skane"),
    "s_ger_kri": ("Geriatriska avdelningen, Centralsjukhuset Kristianstad", "SE2321000255-8R4K", "skane"),
    "s_inf_lund": ("Infektionskliniken, Skånes universitetssjukhus Lund", "SE2321000255-9I1L", "skane"),
    "s_hem_lund": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-9H2L", "skane"),
    "s_hem_hbg": ("Hematologimottagningen, Helsingborgs lasarett", "SE2321000255-9H3H", "skane"),
    "s_njur_lund": ("Njurmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-9N4L", "skane"),
    "s_kard_kri": ("Kardiologiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-9K5K", "skane"),
    "s_lung_lund": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-9P6L", "skane"),
    "s_neuro_hbg": ("Neurologiska kliniken, Helsingborgs lasarett", "SE2321000255-9N7H", "skane"),
    "s_kirakut_mal": ("Kirurgakuten, Skånes universitetssjukhus Malmö", "SE2321000255-AK1M", "skane"),
    "s_kir_hbg": ("Kirurgiska kliniken avd 5, Helsingborgs lasarett", "SE2321000255-AK2H", "skane"),
    "s_kir_lund": ("Kirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-AK3L", "skane"),
    "s_kirmott_ystad": ("Kirurgmottagningen, Ystads lasarett", "SE2321000255-AK4Y", "skane"),
    "s_kirmott_kri": ("Kirurgmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-AK5K", "skane"),
    "s_kirmott_trel": ("Kirurgmottagningen, Trelleborgs lasarett", "SE2321000255-AK6T", "skane"),
    "s_brost_mal": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-AB7M", "skane"),
    "s_kar_mal": ("Kärlkirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-AV8M", "skane"),
    "s_nkir_lund": ("Neurokirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-AN9L", "skane"),
    "s_ortakut_hbg": ("Ortopedakuten, Helsingborgs lasarett", "SE2321000255-BO1H", "skane"),
    "s_ortmott_hlm": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-BO2S", "skane"),
    "s_uro_mal": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-BU3M", "skane"),
    "s_kvakut_hbg": ("Kvinnoakuten, Helsingborgs lasarett", "SE2321000255-BQ4H", "skane"),
    # Skåne, PMO (primary care)
    "p_vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-P1ES", "skane"),
    "p_vc_hoor": ("Vårdcentralen Höör", "SE2321000255-P2HO", "skane"),
    "p_vc_lomma": ("Vårdcentralen Lomma", "SE2321000255-P3LO", "skane"),
    "p_vc_tomelilla": ("Vårdcentralen Tomelilla", "SE2321000255-P4TO", "skane"),
    "p_vc_bjuv": ("Vårdcentralen Bjuv", "SE2321000255-P5BJ", "skane"),
    "p_vc_sorgenfri": ("Vårdcentralen Sorgenfri, Malmö", "SE2321000255-P6SO", "skane"),
    "p_vc_nasby": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-P7NA", "skane"),
    "p_bvc_staff": ("Barnavårdscentralen, Vårdcentralen Staffanstorp", "SE2321000255-P8BS", "skane"),
    "p_hsv_sjobo": ("Hemsjukvården, Vårdcentralen Sjöbo", "SE2321000255-P9HS", "skane"),
    "p_um_lkr": ("Ungdomsmottagningen Landskrona", "SE2321000255-PAUL", "skane"),
    # VGR, Melior
    "v_akut_su": ("Akutmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000011203", "vgr"),
    "v_akut_nal": ("Akutmottagningen, NÄL Trollhättan", "SE2321000131-E000000022418", "vgr"),
    "v_akut_sas": ("Akutmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000033507", "vgr"),
    "v_akut_mol": ("Akutmottagningen, Sahlgrenska universitetssjukhuset Mölndal", "SE2321000131-E000000011296", "vgr"),
    "v_medakut_udd": ("Medicinakuten, Uddevalla sjukhus", "SE2321000131-E000000044120", "vgr"),
    "v_barnakut_dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011877", "vgr"),
    "v_med_skovde": ("Medicinavdelning 33, Skaraborgs sjukhus Skövde", "SE2321000131-E000000055031", "vgr"),
    "v_med_nal": ("Medicinavdelning 3, NÄL Trollhättan", "SE2321000131-E000000022530", "vgr"),
    "v_medmott_ali": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000066102", "vgr"),
    "v_endo_su": ("Endokrinologmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000011450", "vgr"),
    "v_endo_nal": ("Endokrinologmottagningen, NÄL Trollhättan", "SE2321000131-E000000022611", "vgr"),
    "v_lung_su": ("Lungmedicinmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000011512", "vgr"),
    "v_kard_udd": ("Kardiologimottagningen, Uddevalla sjukhus", "SE2321000131-E000000044273", "vgr"),
    "v_kard_ostra": ("Kardiologimottagningen, Sahlgrenska universitetssjukhuset Östra", "SE2321000131-E000000011634", "vgr"),
    "v_inf_ostra": ("Infektionskliniken, Sahlgrenska universitetssjukhuset Östra", "SE2321000131-E000000011708", "vgr"),
    "v_gastro_sas": ("Gastromottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000033622", "vgr"),
    "v_hem_su": ("Hematologimottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000011745", "vgr"),
    "v_neuro_su": ("Neurologmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000011823", "vgr"),
    "v_neuro_skovde": ("Neurologmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000055114", "vgr"),
    "v_neuro_nal": ("Neurologmottagningen, NÄL Trollhättan", "SE2321000131-E000000022749", "vgr"),
    "v_ger_mol": ("Geriatriska avdelningen, Sahlgrenska universitetssjukhuset Mölndal", "SE2321000131-E000000011961", "vgr"),
    "v_hud_su": ("Hudkliniken, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000012004", "vgr"),
    "v_kir_sas": ("Kirurgiska kliniken, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000033748", "vgr"),
    "v_kirmott_sas": ("Kirurgmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000033759", "vgr"),
    "v_kir_kungalv": ("Kirurgavdelningen, Kungälvs sjukhus", "SE2321000131-E000000077015", "vgr"),
    "v_kirmott_kungalv": ("Kirurgmottagningen, Kungälvs sjukhus", "SE2321000131-E000000077026", "vgr"),
    "v_endoskopi_kungalv": ("Endoskopienheten, Kungälvs sjukhus", "SE2321000131-E000000077037", "vgr"),
    "v_kir_su": ("Kirurgavdelning 12, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000012118", "vgr"),
    "v_ortakut_mol": ("Ortopedakuten, Sahlgrenska universitetssjukhuset Mölndal", "SE2321000131-E000000012207", "vgr"),
    "v_ort_mol": ("Ortopedavdelning 203, Sahlgrenska universitetssjukhuset Mölndal", "SE2321000131-E000000012219", "vgr"),
    "v_uro_su": ("Urologmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000012330", "vgr"),
    "v_kk_ostra": ("Kvinnokliniken, Sahlgrenska universitetssjukhuset Östra", "SE2321000131-E000000012441", "vgr"),
    "v_brost_sas": ("Bröstmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000033860", "vgr"),
    "v_reuma_skovde": ("Reumatologmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000055226", "vgr"),
}

# ---------------------------------------------------------------------------
# Authors: key -> (name, role)
# ---------------------------------------------------------------------------
AUTH = {
    "petrovic": ("Dragan Petrović", "läkare"),
    "kovalenko": ("Olena Kovalenko", "läkare"),
    "demir": ("Yusuf Demir", "läkare"),
    "popescu": ("Ioana Popescu", "läkare"),
    "nair": ("Priya Nair", "läkare"),
    "zielinski": ("Tomasz Zieliński", "läkare"),
    "rahimi": ("Ahmad Rahimi", "läkare"),
    "karimi": ("Hamid Karimi", "läkare"),
    "horvat": ("Ivan Horvat", "läkare"),
    "nowak": ("Katarzyna Nowak", "läkare"),
    "osman": ("Mohammed Osman", "läkare"),
    "kowalski": ("Andrzej Kowalski", "läkare"),
    "benali": ("Nadia Benali", "läkare"),
    "muller": ("Hans Müller", "läkare"),
    "wagner": ("Stefan Wagner", "läkare"),
    "saleh": ("Amira Saleh", "läkare"),
    "novak": ("Jan Novák", "läkare"),
    "yilmaz": ("Elif Yilmaz", "läkare"),
    "volkov": ("Sergei Volkov", "läkare"),
    "jafari": ("Mohammad Reza Jafari", "läkare"),
    "petrova": ("Svetlana Petrova", "läkare"),
    "jovanovic": ("Milica Jovanović", "läkare"),
    "ionescu": ("Bogdan Ionescu", "läkare"),
    "smirnova": ("Irina Smirnova", "läkare"),
    "hussein_ssk": ("Fatima Hussein", "sjuksköterska"),
    "lewandowska_ssk": ("Ewa Lewandowska", "sjuksköterska"),
    "okafor_ssk": ("Chiamaka Okafor", "sjuksköterska"),
    "santos_ssk": ("Maria dos Santos", "sjuksköterska"),
    "becker": ("Klaus Becker", "läkare"),
    "haddad": ("Mariam Haddad", "läkare"),
    "papadopoulos": ("Georgios Papadopoulos", "läkare"),
    "alkhatib": ("Samir Al-Khatib", "läkare"),
    "tehrani": ("Reza Tehrani", "läkare"),
    "ivanova": ("Natalia Ivanova", "läkare"),
    "fernandez": ("Lucía Fernández", "läkare"),
    "warsame": ("Abdullahi Warsame", "läkare"),
    "ahmadi": ("Leila Ahmadi", "läkare"),
    "sokolov": ("Dmitri Sokolov", "läkare"),
    "hassan": ("Ali Hassan", "läkare"),
    "kaya": ("Mehmet Kaya", "läkare"),
    "mazur": ("Paulina Mazur", "läkare"),
    "schneider": ("Katrin Schneider", "läkare"),
    "costa": ("Rui Costa", "läkare"),
    "nguyen_ssk": ("Anh Nguyen", "sjuksköterska"),
    "tesfaye_ssk": ("Hiwot Tesfaye", "sjuksköterska"),
    "kim_ssk": ("Ji-woo Kim", "sjuksköterska"),
    "dimitrova_ssk": ("Elena Dimitrova", "sjuksköterska"),
}

CASES = []


def N(nid, system, template, unit, author, when, signed_after, setting, *sections):
    """One note. when = 'YYYY-MM-DD HH:MM'; signed_after = minutes or None (draft)."""
    return {
        "id": nid, "system": system, "template": template, "unit": unit,
        "author": author, "when": when, "signed_after": signed_after,
        "setting": setting, "sections": list(sections),
    }


def C(name, ruleset, born, sex, notes, must=(), must_not=(), why=""):
    """One case. must / must_not: strings 'NL102@n1'."""
    CASES.append({
        "name": name, "ruleset": ruleset, "born": born, "sex": sex,
        "notes": notes, "must": list(must), "must_not": list(must_not), "why": why,
    })


M, P = "Melior", "PMO"
OV, SV = "öppenvård", "slutenvård"

# ===========================================================================
# Part A -- emergency departments
# ===========================================================================
C("akut-suspekt-for-nstemi", "skane", "1956-02-11", "M", [
    N("n1", M, "Akutanteckning", "s_akut_mal", "petrovic", "2024-02-14 03:20", 40, OV,
      ("Anamnes", "68-årig man med hypertoni, rökare sedan 40 år. Söker för tryck över bröstet sedan klockan ett i natt, det strålar mot vänster arm och käken."),
      ("Status", "AT: blek, svettig men vaken och orienterad. Cor: RR, inga blåsljud. Pulm: vesikulärt bilat. BT 165/95, puls 88."),
      ("Bedömning", "EKG med ST-sänkningar i V4-V6, TnT 78. Suspekt för NSTEMI. Ger ASA och Brilique, kontakt med HIA-jouren, lägger in pat där.")),
], must=["NL102@n1"],
   why="literal translation 'suspekt för' hedges NSTEMI in a visible Bedömning of a Skåne Melior note")

C("akut-va-lungemboli-tysk-forkortning", "vgr", "1970-06-03", "F", [
    N("n1", M, "Akutanteckning", "v_akut_su", "becker", "2024-03-09 21:05", 55, OV,
      ("Aktuellt", "Kvinna 53 år, dyspné sedan igår kväll och puls 118 i vila. Hon kom hem med flyg från Thailand för fyra dagar sedan."),
      ("Bedömning", "V.a. lungemboli, Wells 6 poäng. DT-angio är beställd och vi startar Fragmin i behandlingsdos under tiden.")),
], must=["NL102@n1"],
   why="German abbreviation V.a. (Verdacht auf) is a hedge: suspected pulmonary embolism in a visible VGR section")

C("akut-fragan-om-lungemboli-exkluderad-pa-dt", "vgr", "1979-10-17", "F", [
    N("n1", M, "Akutanteckning", "v_akut_nal", "haddad", "2024-04-02 16:40", 70, OV,
      ("Anamnes", "Remitterad från vårdcentralen med frågan om lungemboli efter hugg i bröstet vid inandning sedan tre dagar."),
      ("Utredning", "DT-angio: inga embolier i lungartärerna. Lungemboli kan därmed exkluderas."),
      ("Bedömning", "Palpationsöm över costae 5-6 vänster, smärtan är muskuloskeletal. Hem med Alvedon och Ipren, återkommer vid behov.")),
], must_not=["NL102@n1"],
   why="hard negative: the only uncertain diagnosis (the referral's question) is explicitly excluded ('kan exkluderas') in the same note")

C("akut-mojligen-har-han-appendicit", "skane", "2002-01-15", "M", [
    N("n1", M, "Akutanteckning", "s_akut_ystad", "demir", "2024-05-18 23:10", 25, OV,
      ("Status", "Buk: mjuk, men tydligt öm i höger fossa, släppömhet. Temp 38,1. CRP 54, LPK 13,8."),
      ("Bedömning", "Möjligen har han appendicit. Kirurgjouren är kontaktad och kommer ner för att titta på honom.")),
], must=["NL102@n1"],
   why="'Möjligen har han' (literal word order) hedges appendicitis in a visible section")

C("barnakut-inga-tecken-for-meningit-otit-bekraftad", "skane", "2016-05-02", "F", [
    N("n1", M, "Akutanteckning", "s_barnakut_lund", "popescu", "2024-01-27 19:30", 45, OV,
      ("Aktuellt", "7-årig flicka med feber 39,5 sedan två dygn, föräldrar oroliga för hon klagar på huvudvärk."),
      ("Status", "Opåverkad, leker i rummet. Ingen nackstyvhet, inga petekier. Otoskopi: vänster trumhinna röd och buktande."),
      ("Bedömning", "Inga tecken för meningit. Akut mediaotit vänster, behandlas med Kåvepenin i 5 dagar.")),
], must_not=["NL102@n1"],
   why="wrong preposition 'inga tecken för' still negates meningitis; the otitis is stated as certain")

C("akut-trolig-hemgang-ulcus-sett-pa-gastroskopi", "skane", "1951-07-29", "F", [
    N("n1", M, "Daganteckning", "s_ava_kri", "karimi", "2024-06-11 13:15", 30, SV,
      ("Bedömning", "Melena igår, gastroskopi i morse visade ett duodenalsår utan pågående blödning. Hb stabilt, först 112 och sedan 114. Trolig hemgång ikväll om nästa Hb också är stabilt.")),
], must_not=["NL102@n1"],
   why="the hedge 'trolig' is on discharge (a plan), the ulcer is seen on gastroscopy")

C("akut-typo-mistankt-njurstensanfall", "vgr", "1985-12-04", "M", [
    N("n1", M, "Akutanteckning", "v_akut_mol", "alkhatib", "2024-02-21 07:45", 35, OV,
      ("Aktuellt", "Kraftig smärta i höger flank sedan kl 05 som strålar ner mot ljumsken, kräkts två gånger. Kan inte sitta still på britsen."),
      ("Bedömning", "Mistänkt njurstensanfall höger. Smärtfri efter Toradol iv. DT urinvägar ikväll, silar urinen hemma.")),
], must=["NL102@n1"],
   why="typo 'Mistänkt' (misstänkt) hedging renal colic in a visible section")

C("akut-likely-pyelonefrit-engelska", "skane", "1994-03-26", "F", [
    N("n1", M, "Akutanteckning", "s_akut_mal", "nair", "2024-03-03 02:50", 60, OV,
      ("Bedömning", "Feber 39,2, frossa, ömhet vid dunkning över höger njurloge, CRP 187. Likely pyelonefrit. Urinodling och blododling x2 tagna, start Cefotaxim.")),
], must=["NL102@n1"],
   why="English hedge 'Likely' before pyelonephritis in a Skåne Melior note")

C("akut-villkor-om-feber-sok-igen-efter-sutur", "skane", "1977-08-08", "M", [
    N("n1", M, "Akutanteckning", "s_akut_hbg", "zielinski", "2024-07-06 15:20", 20, OV,
      ("Aktuellt", "Skar sig på en glasflaska i vänster handflata, 3 cm sår, ingen nedsatt känsel eller rörlighet i fingrarna."),
      ("Åtgärd", "Rengjort och suturerat med 4 stygn Ethilon 4-0. Senaste stelkrampsvaccin för 12 år sedan, ny dos given nu."),
      ("Planering", "Suturtagning på vårdcentralen om 10-12 dagar. Om han får feber eller tecken för infektion i såret ska han söka igen.")),
], must_not=["NL102@n1"],
   why="infection mentioned only as a conditional instruction; the wound itself is certain")

C("akut-broderns-hjartinfarkt-osaker-ingen-misstanke-aks", "vgr", "1971-04-19", "M", [
    N("n1", M, "Akutanteckning", "v_medakut_udd", "tehrani", "2024-08-13 11:05", 50, OV,
      ("Anamnes", "Hans bror fick möjligen en hjärtinfarkt vid 50 år ålder, pat vet inte säkert. Själv inga kända hjärtsjukdomar."),
      ("Bedömning", "Stickande smärta i vänster bröst vid rörelse av armen. EKG och TnT x2 normala. Ingen misstanke om akut koronart syndrom, hem med råd.")),
], must_not=["NL102@n1"],
   why="the hedged infarction belongs to the brother; for the patient ACS is negated")

C("akut-typo-dd-aortadissektion-kan-ej-utelsutas", "skane", "1960-11-23", "M", [
    N("n1", M, "Akutanteckning", "s_akut_lund", "horvat", "2024-09-01 04:15", 35, OV,
      ("Bedömning", "Plötslig rivande smärta mellan skulderbladen, BT-skillnad 30 mmHg mellan armarna. DD aortadissektion kan ej utelsutas, akut DT aorta och larmat thoraxkirurg.")),
], must=["NL102@n1"],
   why="'DD ... kan ej utelsutas' (typo for uteslutas) hedges aortic dissection in a visible section")

C("akut-bild-som-vid-tia", "vgr", "1948-05-30", "F", [
    N("n1", M, "Akutanteckning", "v_akut_nal", "ivanova", "2024-10-12 10:25", 40, OV,
      ("Aktuellt", "Pat hade 20 minuter svaghet i höger arm och svårt att hitta orden, helt återställd när ambulansen kom."),
      ("Bedömning", "Bild som vid TIA. DT hjärna utan blödning. Inläggning på strokeenheten för fortsatt utredning med halskärl och telemetri.")),
], must=["NL102@n1"],
   why="'Bild som vid TIA' is a hedged diagnosis in a visible VGR section")

C("barnakut-kan-rora-sig-om-invagination-utkast", "vgr", "2022-08-10", "M", [
    N("n1", M, "Akutanteckning", "v_barnakut_dsbus", "fernandez", "2024-02-05 18:40", None, OV,
      ("Aktuellt", "1,5-årig pojke med attacker av skrik där han drar upp benen, däremellan slö. Mamma säger att blöjan hade blod och slem."),
      ("Bedömning", "Kan röra sig om invagination. Akut ultraljud buk beställt, barnkirurg informerad.")),
], must=["NL102@n1"],
   why="unsigned draft: 'kan röra sig om invagination' in a child's visible note (guardians read it)")

C("akut-mojligen-feber-men-erysipelas-sakert", "skane", "1958-09-14", "F", [
    N("n1", M, "Akutanteckning", "s_akut_kri", "yilmaz", "2024-04-22 14:55", 30, OV,
      ("Anamnes", "Rodnad och svullnad höger underben sedan två dagar. Möjligen hade hon lite feber hemma igår, men hon har inte mätt."),
      ("Status", "Skarpt avgränsad värmeökad rodnad från fotleden upp till mitten av tibia. Sår mellan tårna."),
      ("Bedömning", "Diagnos: erysipelas höger underben. Start Kåvepenin 1 g x 3 i 10 dagar, markerar rodnaden med penna.")),
], must_not=["NL102@n1"],
   why="hedge 'möjligen' is on a symptom (fever); the diagnosis erysipelas is stated without hedge")

C("ortakut-typo-ingen-misstake-om-fraktur", "vgr", "2004-06-21", "M", [
    N("n1", M, "Akutanteckning", "v_ortakut_mol", "mazur", "2024-05-04 20:10", 25, OV,
      ("Status", "Svullnad lateralt vänster fotled, ingen palpationsömhet över malleolens bakkant eller basen av MT5. Kan belasta och gå fyra steg själv."),
      ("Bedömning", "Enligt Ottawa-reglerna ingen misstake om fraktur, ingen rtg. Distorsion vänster fotled, råd om högläge och kyla.")),
], must_not=["NL102@n1"],
   why="negated suspicion with a typo ('ingen misstake om fraktur'); distortion is certain")

C("akut-oklart-om-hjarnskakning-17-aring", "skane", "2007-02-08", "M", [
    N("n1", M, "Akutanteckning", "s_akut_hlm", "novak", "2024-03-16 17:35", 45, OV,
      ("Aktuellt", "17-åring som fick en armbåge mot huvudet i innebandy, var kanske borta några sekunder enligt tränaren. Nu huvudvärk och illamående."),
      ("Bedömning", "Neurologiskt ua, GCS 15. Oklart om det är en hjärnskakning men vi behandlar som det: vila från sport och skärm, väckning i natt av föräldrarna.")),
], must=["NL102@n1"],
   why="'Oklart om det är en hjärnskakning' is an uncertain diagnosis in a visible note of a 17-year-old")

C("akut-typo-pneumni-fragetecken", "skane", "1963-12-01", "M", [
    N("n1", M, "Akutanteckning", "s_akut_mal", "osman", "2024-11-19 09:40", 30, OV,
      ("Bedömning", "Hosta, feber och crackles basalt höger. Pneumni? Rtg pulm beställd, CRB-65 1 poäng.")),
], must=["NL102@n1"],
   why="question mark after the misspelled diagnosis 'Pneumni' (typo in the key word) in a visible section")

C("akut-vi-kan-inte-utesluta-sab", "vgr", "1982-01-25", "F", [
    N("n1", M, "Akutanteckning", "v_akut_su", "warsame", "2024-06-28 22:15", 50, OV,
      ("Anamnes", "Plötslig huvudvärk, den värsta i livet, under träning på gymmet. Kräkts en gång."),
      ("Bedömning", "DT hjärna utan blödning men gjord 7 timmar efter debut. Vi kan inte utesluta subaraknoidalblödning, så LP görs ikväll.")),
], must=["NL102@n1"],
   why="'Vi kan inte utesluta' subarachnoid haemorrhage: hedged diagnosis in visible Bedömning")

C("akut-indikativt-for-ketoacidos", "skane", "2005-10-12", "M", [
    N("n1", M, "Akutanteckning", "s_akut_hbg", "rahimi", "2024-01-08 06:30", 40, OV,
      ("Bedömning", "Polydipsi och viktnedgång sedan en månad, glukos 28, ketoner 4,8, pH 7,21. Detta är indikativt för diabetesketoacidos vid nydebuterad diabetes typ 1. Insulininfusion enligt PM.")),
], must=["NL102@n1"],
   why="literal translation 'indikativt för' hedges the diagnosis in a visible note")

C("akut-ssk-triage-mojlig-sepsis", "vgr", "1939-03-03", "F", [
    N("n1", M, "Omvårdnadsanteckning", "v_akut_nal", "nguyen_ssk", "2024-12-02 01:20", 15, OV,
      ("Aktuellt", "Triage RETTS orange. Frossa, AF 26, BT 95/60, förvirrad enligt dottern som följer med."),
      ("Bedömning", "Möjlig sepsis med urinvägsfokus. Ssk har tagit blododlingar och urinodling enligt PM, läkare tillkallad.")),
], must=["NL102@n1"],
   why="a nurse's triage note: 'möjlig sepsis' is a hedged diagnosis in a visible section")

C("akut-lang-hjartsvikt-pneumoni-kan-inte-rule-out", "vgr", "1952-04-07", "M", [
    N("n1", M, "Akutanteckning", "v_akut_su", "papadopoulos", "2024-01-30 18:05", 95, OV,
      ("Anamnes", "72-årig man, tidigare hjärtinfarkt 2015 med PCI mot LAD, diabetes typ 2, KOL stadium 2 enl spirometri 2021. Bor med fru i villa, klarar sig själv, går med käpp utomhus. Sedan en vecka tilltagande andfåddhet, nu han kan inte gå till brevlådan. Sover sittande två nätter. Ökat 4 kg på en vecka enligt egen våg. Lite hosta med vitt slem, ingen feber hemma vad han vet."),
      ("Status", "AT: påverkad av dyspné, talar i korta meningar. AF 28, sat 89 % på luft, 95 % på 2 l O2. Cor: oregelbunden rytm, frekvens ca 130, inga blåsljud. Pulm: krepitationer bilat basalt upp till mitten, lite ronki höger. Buk: mjuk, oöm. Ben: pittingödem upp till knäna bilat. BT 148/92. Temp 37,6."),
      ("Lab", "Hb 131, CRP 38, LPK 10,2, NT-proBNP 8400, kreatinin 118, K 4,1, TnT 32 och stabil vid kontroll."),
      ("Utredning", "EKG: förmaksflimmer med kammarfrekvens 130, inga nya ST-förändringar. Rtg pulm: stas, små pleuravätskor bilat, oskarp gräns basalt höger."),
      ("Bedömning", "Akut dekompenserad hjärtsvikt utlöst av förmaksflimmer med snabb överledning. Pneumoni höger basalt kan inte rule out, CRP lätt förhöjd och rtg oskarp där."),
      ("Åtgärd", "Furix 40 mg iv x 2, Metoprolol iv i små doser, Fragmin. Odlingar tagna, avvaktar med antibiotika till ny rtg i morgon."),
      ("Planering", "Inläggning på medicinavdelning med telemetri. Eko hjärta under vårdtiden, vikt dagligen, vätskelista.")),
], must=["NL102@n1"],
   why="long multi-section chart; one hedged diagnosis in English-Swedish mix ('kan inte rule out' pneumonia) among certain ones")

C("akut-differntialdiagnoser-avskrivs-corpus-luteum", "vgr", "1996-09-09", "F", [
    N("n1", M, "Akutanteckning", "v_akut_sas", "schneider", "2024-07-19 12:50", 35, OV,
      ("Bedömning", "Buksmärta nedre höger sedan i morse. Differntialdiagnostiskt övervägdes ovarialtorsion och EUG men de avskrivs: hCG negativt, gyn-UL visar normala ovarier med bra flöde. Pat har en hemorragisk corpus luteum-cysta som förklarar smärtan.")),
], must_not=["NL102@n1"],
   why="typo 'Differntialdiagnostiskt'; the differentials are explicitly dismissed ('avskrivs') and the final diagnosis is certain")

C("akut-det-ser-ut-som-baltros", "vgr", "1947-02-18", "M", [
    N("n1", M, "Akutanteckning", "v_akut_sas", "kaya", "2024-08-24 10:10", 20, OV,
      ("Status", "Grupperade blåsor på rodnad botten i ett band på vänster bröstkorg, slutar i mittlinjen. Brännande smärta sedan tre dagar."),
      ("Bedömning", "Det ser ut som bältros i Th5-dermatomet. Valaciklovir 1 g x 3 i 7 dagar och smärtlindring.")),
], must=["NL102@n1"],
   why="'Det ser ut som bältros' hedges herpes zoster in a visible section")

C("akut-kort-fragetecken-dvt", "vgr", "1966-05-15", "F", [
    N("n1", M, "Akutanteckning", "v_akut_mol", "costa", "2024-09-27 23:55", None, OV,
      ("Bedömning", "?DVT vä ben, UL imorgon, Fragmin ikväll.")),
], must=["NL102@n1"],
   why="one-line unsigned draft with a leading question mark before the diagnosis")

C("akut-misstankt-fall-i-hemmet-ej-diagnos", "skane", "1936-12-12", "F", [
    N("n1", M, "Akutanteckning", "s_akut_kri", "ionescu", "2024-10-03 08:20", 25, OV,
      ("Aktuellt", "Misstänkt fall i hemmet enligt grannen som hittade henne på golvet i hallen."),
      ("Bedömning", "Inga skador hittade vid helkroppsundersökning, rtg bäcken och höft utan fraktur. Hem med hemtjänst förstärkt.")),
], must_not=["NL102@n1"],
   why="hard negative: 'misstänkt' qualifies an event (a fall), not a disease; fracture is negated")
# ===========================================================================
# Part B -- internal medicine (wards and outpatient clinics)
# ===========================================================================
C("medicin-diagnosen-ar-misstankt-pneumoni", "skane", "1944-08-19", "M", [
    N("n1", M, "Inskrivningsanteckning", "s_med_lund", "kowalski", "2024-02-02 15:30", 80, SV,
      ("Aktuellt", "Pat inkommer med feber och förvirring sedan i går enligt hemtjänsten. Bor ensam med hemtjänst 3 gånger per dag."),
      ("Bedömning", "Pneumoni vänster, diagnosen är misstänkt men röntgen är inte tydlig för oss. Start bensyl-pc och vätska, ny bedömning på ronden.")),
], must=["NL102@n1"],
   why="L2 phrasing 'diagnosen är misstänkt' after the named diagnosis is a hedge in a visible section")

C("medicin-diagnosen-ar-nu-bekraftad-pneumoni", "skane", "1939-04-30", "F", [
    N("n1", M, "Daganteckning", "s_med_hbg", "volkov", "2024-02-15 11:10", 45, SV,
      ("Aktuellt", "Andra vårddygnet. Mindre hosta, temp 37,4 på morgonen."),
      ("Bedömning", "Diagnosen är nu bekräftad: lobär pneumoni i höger underlob på DT thorax, pneumokockantigen i urin positiv. Fortsätter bensyl-pc, byte till peroralt när afebril ett dygn.")),
], must_not=["NL102@n1"],
   why="confirmed diagnosis ('diagnosen är nu bekräftad'), no hedge anywhere")

C("endokrin-mojligen-en-addisons-sjukdom", "vgr", "1975-01-12", "F", [
    N("n1", M, "Mottagningsanteckning", "v_endo_su", "becker", "2024-03-14 10:40", 120, OV,
      ("Aktuellt", "Trötthet, yrsel när hon reser sig och hon har gått ner 6 kg sedan jul. Hon tycker själv huden är mörkare, särskilt i handflatorna."),
      ("Bedömning", "Hon har möjligen en Addisons sjukdom, morgonkortisol 96 nmol/l och natrium 131. Synacthentest bokas nästa vecka.")),
], must=["NL102@n1"],
   why="'möjligen en Addisons sjukdom' (wrong article) is a hedged diagnosis in visible Bedömning")

C("medicin-inga-hallpunkter-for-hemolys-jarnbrist", "vgr", "1962-06-06", "M", [
    N("n1", M, "Daganteckning", "v_med_skovde", "ahmadi", "2024-04-09 14:20", 30, SV,
      ("Bedömning", "Inga hållpunkter för hemolys, haptoglobin och LD normala. Anemin är en järnbristanemi, ferritin 6. Gastroskopi och koloskopi är beställda för att hitta orsaken.")),
], must_not=["NL102@n1"],
   why="haemolysis negated ('inga hållpunkter för'), iron deficiency anaemia certain; the search for a cause is a plan")

C("lung-inte-att-utesluta-sarkoidos", "vgr", "1987-11-28", "F", [
    N("n1", M, "Mottagningsanteckning", "v_lung_su", "ivanova", "2024-05-22 09:30", 150, OV,
      ("Utredning", "DT thorax: förstorade lymfkörtlar i båda hilus, små noduli längs bronkkärlen. Lungfunktion med lätt nedsatt diffusionskapacitet."),
      ("Bedömning", "Inte att utesluta att det är en sarkoidos. Vi gör EBUS med biopsi för att få svar.")),
], must=["NL102@n1"],
   why="German-like 'inte att utesluta' (nicht auszuschließen) hedges sarcoidosis in a visible section")

C("medicin-ordfoljd-trol-aspirationspneumoni-utkast", "skane", "1940-10-10", "M", [
    N("n1", M, "Daganteckning", "s_med_ystad", "popescu", "2024-06-04 12:05", None, SV,
      ("Aktuellt", "Idag patienten är piggare och har ätit lite frukost. Feber igår kväll 38,4 efter att han satte i halsen vid middagen."),
      ("Bedömning", "Trol. aspirationspneumoni. Vi fortsätter med Tazocin, logoped ska bedöma sväljningen.")),
], must=["NL102@n1"],
   why="unsigned draft with V2 word-order errors; 'Trol.' hedges aspiration pneumonia")

C("endokrin-mammans-huntington-trolig-pat-diabetes", "skane", "1983-07-07", "F", [
    N("n1", M, "Mottagningsanteckning", "s_endo_mal", "karimi", "2024-06-18 15:00", 60, OV,
      ("Anamnes", "Mamman hade troligen Huntingtons sjukdom, hon blev aldrig utredd och dog 61 år gammal. Pat själv har inga ofrivilliga rörelser och har inte velat testa sig."),
      ("Bedömning", "Diabetes typ 1 sedan 20 år, HbA1c 58 med pump. Ingen retinopati vid senaste fotograferingen.")),
], must_not=["NL102@n1"],
   why="the hedged Huntington's disease is the mother's; the patient's own diagnosis is certain")

C("kardiologi-konsistent-med-hcm", "vgr", "1991-08-16", "M", [
    N("n1", M, "Mottagningsanteckning", "v_kard_udd", "tehrani", "2024-07-02 10:15", 75, OV,
      ("Utredning", "Eko: septum 19 mm, bakvägg 11 mm, lätt SAM av främre mitralisseglet, gradient i vila 25 mmHg."),
      ("Bedömning", "Konsistent med hypertrof kardiomyopati men MR hjärta behövs för att bekräfta. Avråder från tävlingsidrott tills vidare.")),
], must=["NL102@n1"],
   why="literal 'konsistent med' (consistent with) plus 'behövs för att bekräfta' hedges HCM in a visible section")

C("kardiologi-eko-talar-emot-hcm-kusin", "vgr", "1998-02-27", "F", [
    N("n1", M, "Mottagningsanteckning", "v_kard_ostra", "nair", "2024-07-10 14:35", 50, OV,
      ("Aktuellt", "Remiss från företagshälsovården pga blåsljud och att hennes kusin har hypertrof kardiomyopati."),
      ("Bedömning", "Eko talar emot hypertrof kardiomyopati, septum 9 mm och ingen obstruktion. Blåsljudet är ett flödesljud. Ingen ytterligare uppföljning.")),
], must_not=["NL102@n1"],
   why="'talar emot' negates HCM for the patient; the cousin's HCM is a relative's disease")

C("njur-kompatibel-med-iga-nefropati", "skane", "1993-05-05", "M", [
    N("n1", M, "Mottagningsanteckning", "s_njur_lund", "zielinski", "2024-03-20 13:25", 90, OV,
      ("Bedömning", "Mikroskopisk hematuri och albuminuri 0,8 g/dygn efter förkylningar. Kompatibel med IgA-nefropati, men njurbiopsi är inte gjord än. Planeras vecka 14.")),
], must=["NL102@n1"],
   why="'Kompatibel med' (literal 'compatible with') IgA nephropathy awaiting biopsy, visible")

C("geriatrik-oklart-om-alzheimer-eller-vaskular-demens", "skane", "1938-09-03", "F", [
    N("n1", M, "Mottagningsanteckning", "s_ger_mal", "yilmaz", "2024-04-16 11:50", 35, OV,
      ("Bedömning", "Kognitiv svikt sedan två år, MMSE 21. Oklart om det är Alzheimers sjukdom eller vaskulär demens, vi väntar på MR hjärna och likvorprov.")),
], must=["NL102@n1"],
   why="'Oklart om det är A eller B' leaves the dementia type uncertain in a visible section")

C("geriatrik-oklart-om-eliquis-tagits-flimmer-kant", "skane", "1935-01-21", "M", [
    N("n1", M, "Daganteckning", "s_ger_kri", "kowalski", "2024-04-25 10:00", 25, SV,
      ("Aktuellt", "Förmaksflimmer sedan 2019, behandlas med Eliquis 5 mg x 2. Inkommer efter fall hemma utan skallskada."),
      ("Bedömning", "Oklart om pat har tagit sina Eliquis senaste dagarna, dosetten var full när ambulansen kom. Hemtjänsten ska hjälpa med dosetten framöver.")),
], must_not=["NL102@n1"],
   why="'Oklart om' concerns adherence, not a diagnosis; atrial fibrillation is known")

C("infektion-suspekt-borrelios-med-artrit", "vgr", "1969-06-24", "F", [
    N("n1", M, "Mottagningsanteckning", "v_inf_ostra", "fernandez", "2024-08-06 13:00", 45, OV,
      ("Aktuellt", "Fästingbett i juni på Orust, sedan tre veckor ont i knäna och trötthet. Ingen rodnad som hon har sett."),
      ("Bedömning", "Suspekt borrelios med artrit. Borreliaserologi och ledpunktion av höger knä idag.")),
], must=["NL102@n1"],
   why="'Suspekt borrelios' (borrowed 'suspect') is a hedged diagnosis in visible Bedömning")

C("infektion-ingen-misstanke-for-tbc-astma", "vgr", "1990-12-19", "M", [
    N("n1", M, "Daganteckning", "v_inf_ostra", "warsame", "2024-08-14 16:15", 30, SV,
      ("Bedömning", "Ingen misstanke för tuberkulos längre, sputum x3 negativa i direktmikroskopi och PCR. Hostan förklaras av astma, spirometri med reversibilitet. Isoleringen avslutas.")),
], must_not=["NL102@n1"],
   why="wrong preposition but clear negation ('ingen misstanke för tuberkulos'); asthma is certain")

C("infektion-stark-verdacht-for-endokardit", "skane", "1967-03-11", "M", [
    N("n1", M, "Inskrivningsanteckning", "s_inf_lund", "muller", "2024-09-05 19:20", 70, SV,
      ("Aktuellt", "Injicerar heroin sedan flera år, feber 39 sedan en vecka. Nytt blåsljud över trikuspidalis."),
      ("Bedömning", "Stark Verdacht för endokardit. Blododlingar x3 tagna innan antibiotika, TTE idag och TEE om den är normal.")),
], must=["NL102@n1"],
   why="German 'Verdacht' mixed into Swedish hedges endocarditis in a visible section")

C("hematologi-typo-leukemi-utelsuts-b12-brist", "skane", "1950-02-14", "F", [
    N("n1", M, "Mottagningsanteckning", "s_hem_lund", "horvat", "2024-09-17 10:30", 55, OV,
      ("Bedömning", "Benmärgsprovet visar megaloblastisk bild, inga blaster. Leukemi utelsuts, fynden förklaras av B12-brist. Start Betolvex injektioner.")),
], must_not=["NL102@n1"],
   why="negation with a typo ('utelsuts' for utesluts); B12 deficiency is certain")

C("endokrin-talar-for-graves", "skane", "1989-10-02", "F", [
    N("n1", M, "Mottagningsanteckning", "s_endo_mal", "benali", "2024-10-08 14:45", 40, OV,
      ("Bedömning", "TSH < 0,01, fT4 48, TRAK positiva. Talar för Graves sjukdom. Start Thacapzol 10 mg x 2 och propranolol.")),
], must=["NL102@n1"],
   why="'Talar för' hedges Graves' disease in a visible section")

C("gastro-mojligen-ibs-forst-exkludera-ibd", "skane", "1997-04-13", "M", [
    N("n1", M, "Mottagningsanteckning", "s_gastro_mal", "kovalenko", "2024-10-21 09:15", 65, OV,
      ("Bedömning", "Växlande avföring och uppblåsthet sedan ett år, ingen viktnedgång eller blod. Möjligen IBS men först kalprotektin för att exkludera IBD.")),
], must=["NL102@n1"],
   why="'Möjligen IBS' is a hedged diagnosis; the IBD exclusion is only planned")

C("medicin-kan-inte-utesluta-missade-doser-epilepsi", "vgr", "1993-07-31", "F", [
    N("n1", M, "Mottagningsanteckning", "v_medmott_ali", "sokolov", "2024-11-12 13:35", 30, OV,
      ("Aktuellt", "Epilepsi sedan barndomen, anfallsfri i fyra år. Nu ett generaliserat anfall på jobbet i lördags."),
      ("Bedömning", "Kan inte utesluta att hon har missat doser av Lamictal senaste veckan, hon har bytt till nattskift. Lamotrigin-koncentration tas idag.")),
], must_not=["NL102@n1"],
   why="hard negative: 'kan inte utesluta' concerns missed doses, not a diagnosis; epilepsy is known")

C("reuma-jag-tror-det-ar-en-reumatoid-artrit", "vgr", "1972-03-08", "F", [
    N("n1", M, "Mottagningsanteckning", "v_reuma_skovde", "schneider", "2024-12-03 09:20", 110, OV,
      ("Status", "Synovit i MCP 2-3 bilat och i vänster handled. Morgonstelhet två timmar."),
      ("Bedömning", "Jag tror att det är en reumatoid artrit, anti-CCP är skickat. Start Prednisolon 10 mg i väntan på svar.")),
], must=["NL102@n1"],
   why="'Jag tror att det är en reumatoid artrit' is a first-person hedge on a diagnosis")

C("medicin-om-brostsmarta-igen-kan-det-vara-angina", "vgr", "1955-05-25", "F", [
    N("n1", M, "Utskrivningsanteckning", "v_med_nal", "haddad", "2024-12-10 14:00", 40, SV,
      ("Bedömning", "Inlagd för förmaksflimmer, konverterad med Cordarone och nu sinusrytm. Om hon får bröstsmärta vid ansträngning kan det vara angina och då ska hon ringa 112."),
      ("Planering", "Eliquis 5 mg x 2 fortsätter, återbesök hjärtmottagningen om 6 veckor.")),
], must_not=["NL102@n1"],
   why="angina is only a conditional ('om hon får ... kan det vara'); atrial fibrillation is certain")

C("medicin-telefon-trol-jarnbrist", "skane", "1984-09-29", "F", [
    N("n1", M, "Telefonanteckning", "s_medmott_trel", "rahimi", "2024-01-17 15:40", 10, OV,
      ("Telefonkontakt", "Ringer pat om provsvaren. Hb 95, MCV 72, ferritin inte analyserat ännu. Trol. järnbrist p.g.a. rikliga mens, hon börjar med Niferex i väntan på ferritin.")),
], must=["NL102@n1"],
   why="telephone note: 'Trol. järnbrist' is a hedged diagnosis in a visible sökord")
# ---------------------------------------------------------------------------
# Part B2 -- internal medicine, telling the patient (NL101)
# ---------------------------------------------------------------------------
C("neuro-ms-faststalld-pat-ej-upplyst", "vgr", "1992-12-13", "F", [
    N("n1", M, "Mottagningsanteckning", "v_neuro_su", "becker", "2024-04-29 16:10", 90, OV,
      ("Utredning", "MR hjärna och rygg: flera periventrikulära och juxtakortikala lesioner, en laddar kontrast. LP: oligoklonala band."),
      ("Bedömning", "Diagnosen multipel skleros är nu fastställd enligt McDonald-kriterierna. Pat är inte upplyst om diagnosen ännu, hon kommer på återbesök den 14 maj med sin sambo.")),
], must=["NL101@n1"], must_not=["NL102@n1"],
   why="'inte upplyst om diagnosen' (German aufgeklärt) = not told; established MS in a visible section")

C("neuro-als-typo-ej-infomerad", "skane", "1957-06-17", "M", [
    N("n1", M, "Mottagningsanteckning", "s_neuro_hbg", "novak", "2024-05-07 14:30", 45, OV,
      ("Utredning", "EMG: utbredd denervation i tre regioner, fascikulationer i tungan."),
      ("Bedömning", "Klinik och EMG uppfyller kriterierna för ALS. Pat ännu inte infomerad, samtal med neurolog och kurator på fredag.")),
], must=["NL101@n1"],
   why="typo 'infomerad': ALS stands visible while the patient has not been informed yet")

C("hematologi-aml-ska-inte-informeras-innan-overlakaren", "skane", "1966-08-01", "F", [
    N("n1", M, "Daganteckning", "s_hem_lund", "kowalski", "2024-05-15 17:50", 20, SV,
      ("Bedömning", "Benmärgen visar akut myeloisk leukemi, 62 % blaster. Patienten ska inte informeras innan överläkaren har träffat henne i morgon förmiddag.")),
], must=["NL101@n1"], must_not=["NL102@n1"],
   why="'ska inte informeras innan' = must not be told yet; AML is written in a visible section")

C("infektion-hiv-konfirmerad-pat-ej-informerad", "skane", "1985-02-02", "M", [
    N("n1", M, "Daganteckning", "s_inf_lund", "tehrani", "2024-06-20 11:30", 35, SV,
      ("Aktuellt", "Inlagd för långdragen feber och viktnedgång, HIV-test togs i samband med utredningen."),
      ("Bedömning", "HIV-1 test positivt, konfirmerat med immunoblot. Pat ej informerad, infektionsläkare ger beskedet på eftermiddagen med tolk.")),
], must=["NL101@n1"],
   why="confirmed HIV in visible Bedömning with 'pat ej informerad'")

C("medicin-lungcancer-hon-vet-inte-annu-en-besked", "vgr", "1946-10-20", "F", [
    N("n1", M, "Daganteckning", "v_med_skovde", "osman", "2024-06-26 15:15", 60, SV,
      ("Bedömning", "DT thorax visar tumör i vänster överlob med levermetastaser, PAD från bronkoskopin: adenocarcinom. Hon vet inte ännu, vill att sonen är med när vi ger en besked.")),
], must=["NL101@n1"], must_not=["NL102@n1"],
   why="'Hon vet inte ännu' with wrong gender 'en besked'; confirmed lung cancer visible")

C("medicin-levercirros-vi-har-inte-pratat-med-honom", "skane", "1970-01-28", "M", [
    N("n1", M, "Mottagningsanteckning", "s_medmott_ang", "karimi", "2024-07-03 10:05", 50, OV,
      ("Bedömning", "Leverbiopsi: etablerad cirros på grund av NASH. Vi har inte pratat med honom om det än, han kommer med frun på torsdag.")),
], must=["NL101@n1"],
   why="'Vi har inte pratat med honom om det än' refers to the biopsy-proven cirrhosis in the same section")

C("kardiologi-svar-aortastenos-ej-informerad-an", "skane", "1945-03-19", "M", [
    N("n1", M, "Mottagningsanteckning", "s_kard_kri", "benali", "2024-07-24 13:10", 40, OV,
      ("Utredning", "Eko: svår aortastenos, Vmax 4,6 m/s, AVA 0,7 cm², EF 55 %."),
      ("Bedömning", "Pat inte informerad än om fyndet — vi vill diskutera med thoraxkirurgen först vad vi kan erbjuda honom.")),
], must=["NL101@n1"],
   why="diagnosis in visible Utredning, 'inte informerad än om fyndet' in Bedömning")

C("hematologi-kll-inget-sagt-om-information", "vgr", "1951-11-11", "M", [
    N("n1", M, "Mottagningsanteckning", "v_hem_su", "ahmadi", "2024-08-07 09:45", 30, OV,
      ("Bedömning", "Diagnos: kronisk lymfatisk leukemi, Binet A. Ingen behandling behövs nu, kontroll av blodstatus var 6:e månad.")),
], must_not=["NL101@n1", "NL102@n1"],
   why="a certain diagnosis with nothing said about telling the patient")

C("neuro-parkinson-informerad-barnen-inte-an", "vgr", "1948-07-23", "M", [
    N("n1", M, "Mottagningsanteckning", "v_neuro_skovde", "ivanova", "2024-08-19 11:20", None, OV,
      ("Bedömning", "Pat informerad om sin Parkinsons sjukdom idag och vi startar Madopark. Han vill inte att barnen får veta ännu, det respekterar vi.")),
], must_not=["NL101@n1"],
   why="unsigned draft: the patient is told; only his children are not")

C("infektion-tbc-informerad-via-tolk-dari", "skane", "1996-04-04", "M", [
    N("n1", M, "Mottagningsanteckning", "s_inf_lund", "alkhatib", "2024-09-10 14:00", 80, OV,
      ("Bedömning", "Lungtuberkulos bekräftad med odling. Informerad via tolk på dari om diagnosen och om behandlingen i sex månader, han förstod och har frågor om smitta till familjen.")),
], must_not=["NL101@n1"],
   why="the patient has been told through an interpreter")

C("medicin-normala-prover-ej-meddelad-brev", "skane", "1972-12-24", "F", [
    N("n1", M, "Mottagningsanteckning", "s_medmott_trel", "petrova", "2024-09-24 16:30", 15, OV,
      ("Aktuellt", "Kontroll efter trötthet. Hb, CRP, TSH, B12 och folat ua."),
      ("Bedömning", "Normala provsvar på allt. Pat ej meddelad ännu, vi skickar brev i morgon.")),
], must_not=["NL101@n1"],
   why="what is not yet told is a normal result, no diagnosis")

C("medicin-pyelonefrit-ej-informerad-om-flytt", "vgr", "1941-08-28", "F", [
    N("n1", M, "Daganteckning", "v_med_nal", "haddad", "2024-10-15 12:40", 30, SV,
      ("Bedömning", "Pyelonefrit, behandlas med Cefotaxim dag 3 och nu feberfri. Pat är inte informerad om att hon flyttas till avd 14 i morgon, ssk tar det med henne.")),
], must_not=["NL101@n1"],
   why="what is not yet told is a ward transfer (a plan), not the diagnosis")

C("gastro-koloskopi-normal-pat-har-inte-fatt-svaret", "skane", "1963-05-09", "M", [
    N("n1", M, "Mottagningsanteckning", "s_gastro_mal", "jovanovic", "2024-10-29 14:15", 20, OV,
      ("Bedömning", "Koloskopin var normal upp till caekum, ingen cancer och inga polyper. Pat har inte fått svaret än, han fick Midazolam och minns inget.")),
], must_not=["NL101@n1"],
   why="the untold result is normal and cancer is negated; no diagnosis is withheld")

C("neuro-huntington-resultatet-ej-delgivits", "vgr", "1986-03-15", "M", [
    N("n1", M, "Mottagningsanteckning", "v_neuro_nal", "kaya", "2024-11-05 15:25", 45, OV,
      ("Bedömning", "Diagnosen Huntingtons sjukdom är genetiskt bekräftad, 44 CAG-repetitioner. Resultatet har inte delgivits patienten, genetisk vägledare och neurolog träffar honom gemensamt.")),
], must=["NL101@n1"],
   why="'har inte delgivits patienten' about a confirmed genetic diagnosis in a visible section")

C("lung-smacellig-meddelas-inte-per-telefon", "skane", "1951-09-12", "M", [
    N("n1", M, "Mottagningsanteckning", "s_lung_lund", "ionescu", "2024-04-03 13:30", 55, OV,
      ("Bedömning", "Bronkoskopi PAD: småcellig lungcancer. Meddelas inte pat per telefon, han ska få beskedet på mottagningen den 12 april.")),
], must=["NL101@n1"],
   why="small-cell lung cancer visible while the note says the patient gets the news only on 12 April")

C("hematologi-dlbcl-diagnosen-inte-kommunicerad", "skane", "1968-02-21", "F", [
    N("n1", M, "Mottagningsanteckning", "s_hem_hbg", "smirnova", "2024-03-27 11:00", 35, OV,
      ("Bedömning", "PAD från lymfkörtel på halsen: diffust storcelligt B-cellslymfom. Diagnosen är inte kommunicerad med pat ännu, PET-DT först och sedan samtal med henne och maken.")),
], must=["NL101@n1"], must_not=["NL102@n1"],
   why="'inte kommunicerad med pat ännu' about a lymphoma written visibly")

C("njur-typo-ej-informarad-tolk-tigrinja", "skane", "1978-10-30", "M", [
    N("n1", M, "Mottagningsanteckning", "s_njur_lund", "petrovic", "2024-02-28 10:35", 40, OV,
      ("Bedömning", "Kronisk njursvikt stadium 4, eGFR 18, orsak IgA-nefropati enligt biopsi 2019. Han är ej informarad om diagnosen ännu, vi behöver tolk på tigrinja och tar det på besöket nästa vecka.")),
], must=["NL101@n1"],
   why="typo 'informarad': chronic kidney failure visible while the patient is not yet informed")

C("geriatrik-alzheimer-anhoriga-vill-att-pat-inte-far-veta", "vgr", "1937-04-26", "F", [
    N("n1", M, "Daganteckning", "v_ger_mol", "costa", "2024-03-06 14:50", 25, SV,
      ("Bedömning", "Alzheimers sjukdom, fastställd efter utredningen med MR och likvor. Anhöriga önskar att pat inte får veta diagnosen ännu, vi tar ställning på teamträffen i morgon.")),
], must=["NL101@n1"],
   why="the note says the patient is not to be told the confirmed dementia diagnosis yet")

C("uro-ssk-njurcancer-pat-fragar-ej-informerad", "skane", "1959-06-30", "M", [
    N("n1", M, "Omvårdnadsanteckning", "s_uro_mal", "okafor_ssk", "2024-01-23 12:20", 15, SV,
      ("Omvårdnad", "Pat frågar flera gånger vad proverna visade. Enligt dr är det en njurcancer men pat är inte informerad ännu, läkaren kommer efter lunch. Pat orolig, fått Oxascand 5 mg.")),
], must=["NL101@n1"],
   why="nurse's visible note names kidney cancer and says the patient is not yet informed")
# ===========================================================================
# Part C -- surgery, orthopaedics, urology, gynaecology
# ===========================================================================
C("kirurgakut-kolecystit-fragetecken", "skane", "1974-04-18", "F", [
    N("n1", M, "Akutanteckning", "s_kirakut_mal", "kovalenko", "2024-01-12 22:30", 40, OV,
      ("Status", "Buk: öm under höger arcus, Murphys tecken positivt. Temp 38,3."),
      ("Bedömning", "Kolecystit? UL buk bokat i morgon bitti, fastar från midnatt, Tazocin startas.")),
], must=["NL102@n1"],
   why="question mark after cholecystitis in a visible Bedömning")

C("kirurgi-ileus-gar-inte-att-exkludera-utkast", "skane", "1952-10-05", "M", [
    N("n1", M, "Inskrivningsanteckning", "s_kir_hbg", "demir", "2024-02-09 03:55", None, SV,
      ("Aktuellt", "Opererad för sigmoideumcancer för 3 år sedan. Kräkningar sedan igår, ingen gas eller avföring sedan i förrgår."),
      ("Bedömning", "Ileus går inte att exkludera, buken är utspänd och tympanitisk. Ventrikelsond, DT buk akut.")),
], must=["NL102@n1"],
   why="unsigned draft: 'går inte att exkludera' (literal 'cannot be excluded') hedges ileus")

C("kirurgi-op-appendicit-diagnostiserad-med-dt", "vgr", "2001-02-16", "M", [
    N("n1", M, "Operationsberättelse", "v_kir_kungalv", "hassan", "2024-02-17 02:15", 30, SV,
      ("Indikation", "Akut appendicit diagnostiserad med DT igår kväll."),
      ("Operationsfynd", "Flegmonös appendix, ingen perforation och inget fritt pus. Laparoskopisk appendektomi utan komplikationer.")),
], must_not=["NL102@n1"],
   why="operation note with a CT-proven diagnosis and negated perforation")

C("kirurgi-typo-suspket-for-malignitet-sigmoideum", "skane", "1954-12-27", "M", [
    N("n1", M, "Mottagningsanteckning", "s_kirmott_ystad", "nowak", "2024-02-26 11:25", 60, OV,
      ("Aktuellt", "Blod i avföringen och ändrade avföringsvanor sedan tre månader. Hb 104."),
      ("Bedömning", "DT buk: väggförtjockning i sigmoideum 4 cm, suspket för malignitet. Koloskopi med biopsi bokas inom en vecka enligt SVF.")),
], must=["NL102@n1"],
   why="typo 'suspket för' (suspekt för) hedging malignancy in a visible section")

C("endoskopi-ej-suspekt-for-malignitet-hyperplastisk", "vgr", "1960-01-19", "F", [
    N("n1", M, "Endoskopianteckning", "v_endoskopi_kungalv", "hassan", "2024-03-05 10:45", 25, OV,
      ("Bedömning", "Koloskopi: en 8 mm polyp i transversum, ej suspekt för malignitet makroskopiskt. PAD visade hyperplastisk polyp. Ingen ny koloskopi behövs.")),
], must_not=["NL102@n1"],
   why="'ej suspekt för malignitet' is a negation; the polyp type is confirmed")

C("kirurgi-skane-mall-tidiga-hypoteser-pankreas", "skane", "1949-05-14", "M", [
    N("n1", M, "Tidiga hypoteser", "s_kir_lund", "rahimi", "2024-03-12 16:05", 20, SV,
      ("Bedömning", "Misstänkt pankreascancer på DT, tumör 3 cm i caput med vidgad gallgång. Ej kommunicerat med pat ännu, MDK på torsdag.")),
], must_not=["NL102@n1", "NL101@n1"],
   why="Skåne: both the hypothesis and the untold remark sit in the protected template Tidiga hypoteser")

C("kirurgi-vgr-sokord-tidiga-hypoteser-pankreas", "vgr", "1956-09-26", "F", [
    N("n1", M, "Daganteckning", "v_kir_su", "becker", "2024-03-19 14:30", 45, SV,
      ("Aktuellt", "Inlagd för utredning av ikterus och klåda. Informerad om att DT visar en förändring vid bukspottkörteln och att vi behöver ta fler prover."),
      ("Tidiga hypoteser", "Misstänkt pankreascancer, CA 19-9 1200. Väntar på EUS med biopsi innan vi säger något säkert till henne."),
      ("Planering", "ERCP med stent på fredag, fastande från midnatt.")),
], must_not=["NL102@n1", "NL101@n1"],
   why="VGR: the hedged, untold diagnosis is only under sökord Tidiga hypoteser; visible sections hold no diagnosis")

C("kirurgi-vgr-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", "1950-07-02", "M", [
    N("n1", M, "Tidiga hypoteser", "v_kirmott_sas", "kaya", "2024-04-04 13:20", 30, OV,
      ("Bedömning", "Trolig levermetastasering från tidigare coloncancer, två nya förändringar på DT. MR lever bokad.")),
], must=["NL102@n1"],
   why="VGR protects by sökord, not template: a hedge under sökord Bedömning is visible even in a note named Tidiga hypoteser")

C("kirurgi-skane-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", "1991-06-08", "F", [
    N("n1", M, "Mottagningsanteckning", "s_kirmott_kri", "ionescu", "2024-04-11 10:00", 35, OV,
      ("Aktuellt", "Diarré med blod och buksmärta sedan två månader, gått ner 5 kg."),
      ("Tidiga hypoteser", "Möjlig Crohns sjukdom, väntar på koloskopi.")),
], must=["NL102@n1"],
   why="Skåne protects by template, not sökord: a 'Tidiga hypoteser' sökord inside an ordinary template stays visible")

C("ortakut-scaphoideumfraktur-kan-ej-uteslutas", "skane", "1995-01-31", "M", [
    N("n1", M, "Akutanteckning", "s_ortakut_hbg", "zielinski", "2024-04-19 18:25", 20, OV,
      ("Status", "Öm i fossa tabatière höger, smärta vid axial kompression av tummen. Rtg handled: ingen synlig fraktur."),
      ("Bedömning", "Scaphoideumfraktur kan ej uteslutas, gipsas i skafoidgips. Ny rtg eller MR om 10 dagar.")),
], must=["NL102@n1"],
   why="'kan ej uteslutas' hedges a scaphoid fracture despite a normal X-ray")

C("urologi-prostatacancer-kan-inte-ruleas-ut", "vgr", "1958-11-15", "M", [
    N("n1", M, "Mottagningsanteckning", "v_uro_su", "papadopoulos", "2024-05-08 09:50", 40, OV,
      ("Bedömning", "PSA 14, palpatoriskt hård knöl i höger lob. Prostatacancer kan inte ruleas ut, MR prostata och sedan biopsi.")),
], must=["NL102@n1"],
   why="English-Swedish hybrid 'kan inte ruleas ut' hedges prostate cancer")

C("urologi-prostatacancer-pad-pat-ej-informerad-an", "skane", "1950-04-10", "M", [
    N("n1", M, "Mottagningsanteckning", "s_uro_mal", "muller", "2024-05-16 15:35", 30, OV,
      ("Bedömning", "PAD från biopsierna: prostatacancer Gleason 4+4 i 8 av 12 biopsier. Pat är inte informerad än, han kommer på återbesök med sin fru nästa vecka.")),
], must=["NL101@n1"],
   why="confirmed prostate cancer in a visible section; the patient is not yet informed")

C("karlkir-bilden-passar-till-kritisk-ischemi", "skane", "1946-12-09", "M", [
    N("n1", M, "Akutanteckning", "s_kar_mal", "wagner", "2024-05-23 20:40", 50, OV,
      ("Status", "Kall vänster fot, inga palpabla pulsar distalt om ljumsken. Sår på stortån som inte läker sedan 6 veckor. Vilovärk nattetid."),
      ("Bedömning", "Bilden passar till kritisk benischemi vänster. Akut DT-angiografi av benartärerna, Fragmin.")),
], must=["NL102@n1"],
   why="German 'passt zu' rendered 'bilden passar till' hedges critical limb ischaemia")

C("gyn-extrauterin-graviditet-kan-inte-uteslutas", "skane", "1993-08-22", "F", [
    N("n1", M, "Akutanteckning", "s_kvakut_hbg", "saleh", "2024-06-01 04:05", 35, OV,
      ("Bedömning", "hCG 1800, vaginalt UL utan intrauterin hinna och lite fri vätska i Douglas. Extrauterin graviditet kan inte uteslutas, nytt hCG om 48 timmar eller tidigare vid smärta.")),
], must=["NL102@n1"],
   why="'kan inte uteslutas' hedges ectopic pregnancy in a visible section")

C("kirurgi-faderns-tarmcancer-mojligen-pat-brack", "vgr", "1972-10-01", "M", [
    N("n1", M, "Mottagningsanteckning", "v_kirmott_kungalv", "kaya", "2024-06-12 11:15", 40, OV,
      ("Anamnes", "Han är orolig för att hans far möjligen hade tarmcancer, fadern dog i hemlandet utan utredning."),
      ("Bedömning", "Ljumskbråck höger, reponibelt. Planeras för laparoskopisk TEP. Koloskopi erbjuds pga hereditet.")),
], must_not=["NL102@n1"],
   why="the hedged bowel cancer is the father's; the patient's hernia is certain")

C("kirurgi-peroperativt-karcinos-pat-sover-ej-informerad", "vgr", "1962-02-24", "M", [
    N("n1", M, "Operationsberättelse", "v_kir_sas", "schneider", "2024-06-19 12:30", 60, SV,
      ("Operationsfynd", "Vid laparoskopi peritoneal karcinos på hela tunntarmskäxet och diafragmakupolerna. Biopsier tagna, avbryter ingreppet."),
      ("Planering", "Pat sover fortfarande och är ej informerad om fyndet, operatören pratar med honom på avdelningen ikväll.")),
], must=["NL101@n1"], must_not=["NL102@n1"],
   why="operation note: carcinomatosis stated, patient not yet told of the finding")

C("kirurgi-colon-besked-ej-lamnat-sedan-informerad", "skane", "1959-11-02", "F", [
    N("n1", M, "Mottagningsanteckning", "s_kirmott_ystad", "nowak", "2024-07-01 14:10", 45, OV,
      ("Utredning", "Koloskopi: cirkulär tumör i colon ascendens, PAD visar adenocarcinom."),
      ("Planering", "Besked ej lämnat till pat, hon kommer på besök tillsammans med sin dotter på onsdag.")),
    N("n2", M, "Mottagningsanteckning", "s_kirmott_ystad", "nowak", "2024-07-03 10:30", 40, OV,
      ("Bedömning", "Pat informerad om coloncancer idag tillsammans med kontaktsjuksköterskan. Hon tog det sansat och frågade mycket om operationen.")),
], must=["NL101@n1"], must_not=["NL101@n2"],
   why="two notes: the first withholds the cancer news (positive), the second records that she was told (negative)")

C("ortopedi-patologisk-fraktur-metastas-pat-vet-inte", "vgr", "1953-05-17", "F", [
    N("n1", M, "Daganteckning", "v_ort_mol", "mazur", "2024-07-09 15:40", None, SV,
      ("Bedömning", "Patologisk fraktur i vänster femur orsakad av en skelettmetastas, primärtumör okänd. Pat vet inte om metastasen ännu, onkologen kommer i morgon.")),
], must=["NL101@n1"],
   why="unsigned draft: a bone metastasis stated in a visible section, patient unaware")

C("gyn-typo-ovarialcancer-inte-underattad", "vgr", "1961-12-05", "F", [
    N("n1", M, "Daganteckning", "v_kk_ostra", "fernandez", "2024-07-17 13:05", 30, SV,
      ("Bedömning", "Ovarialcancer bekräftad på PAD efter operationen. Pat har inte blivit underättad ännu, vi väntar tills hon är piggare efter narkosen.")),
], must=["NL101@n1"],
   why="typo 'underättad' (underrättad): confirmed ovarian cancer visible, patient not told")

C("brost-ssk-fick-en-besked-igar", "skane", "1966-03-03", "F", [
    N("n1", M, "Omvårdnadsanteckning", "s_brost_mal", "santos_ssk", "2024-07-25 09:55", 20, OV,
      ("Telefonkontakt", "Pat fick en besked om bröstcancer igår av kirurgen. Idag hon är ledsen men samlad, vi pratade om operationen och att hon kan ringa mig direkt.")),
], must_not=["NL101@n1", "NL102@n1"],
   why="contact nurse's note: the patient was told yesterday (wrong gender 'en besked')")

C("kirurgi-patient-informed-kolangiocarcinom", "vgr", "1955-09-18", "M", [
    N("n1", M, "Daganteckning", "v_kir_su", "wagner", "2024-08-01 16:20", 35, SV,
      ("Bedömning", "Patient informed about diagnosis (kolangiocarcinom) by dr Eriksson today, wife present. Palliativ inriktning diskuterad och han vill åka hem.")),
], must_not=["NL101@n1"],
   why="English 'patient informed' records that the diagnosis has been told")

C("ortopedi-gonartros-remissen-skickad-pat-vet-inte", "skane", "1952-07-12", "F", [
    N("n1", M, "Mottagningsanteckning", "s_ortmott_hlm", "zielinski", "2024-08-08 10:20", 25, OV,
      ("Bedömning", "Gonartros höger knä, uttalad på rtg med bentäta ytor medialt. Remissen till operationsplaneringen är skickad men pat vet inte om det än, sekreteraren ringer henne.")),
], must_not=["NL101@n1"],
   why="what the patient does not know yet is that a referral was sent, not the diagnosis")

C("neurokirurgi-glioblastom-vill-inte-veta-prognos", "skane", "1958-02-06", "M", [
    N("n1", M, "Daganteckning", "s_nkir_lund", "horvat", "2024-08-15 14:45", 40, SV,
      ("Bedömning", "PAD efter resektionen: glioblastom. Han är informerad om diagnosen men vill inte veta om prognosen idag, vi respekterar det och tar upp igen på återbesöket.")),
], must_not=["NL101@n1"],
   why="hard negative: 'vill inte veta' concerns prognosis; the diagnosis has been told")

C("brost-informerad-inte-bara-om-diagnosen-dcis", "vgr", "1970-04-14", "F", [
    N("n1", M, "Omvårdnadsanteckning", "v_brost_sas", "tesfaye_ssk", "2024-08-22 11:35", 15, OV,
      ("Omvårdnad", "Pat informerad om diagnosen DCIS, och inte bara det — även om operationen och strålbehandlingen efteråt. Hon är lugn och har med sig maken.")),
], must_not=["NL101@n1"],
   why="hard negative: 'inte' appears but the patient has been informed")

C("kirurgi-vi-tanker-det-ar-gallstenspankreatit", "skane", "1964-01-03", "F", [
    N("n1", M, "Inskrivningsanteckning", "s_kir_hbg", "jovanovic", "2024-09-12 20:35", 70, SV,
      ("Aktuellt", "Kraftig smärta i epigastriet som strålar mot ryggen, kräkts flera gånger. Känd gallsten sedan i våras."),
      ("Bedömning", "Lipas 2400, ALAT 3,2. Vi tänker det är en gallstenspankreatit. Vätska 3 liter första dygnet och smärtlindring, UL i morgon.")),
], must=["NL102@n1"],
   why="'Vi tänker det är' (literal 'we think it is') hedges gallstone pancreatitis")

C("kirurgi-misstanken-om-appendicit-inte-langre-aktuell", "skane", "1999-10-19", "F", [
    N("n1", M, "Daganteckning", "s_kir_hbg", "demir", "2024-09-20 08:50", 25, SV,
      ("Bedömning", "Misstanken om appendicit är inte längre aktuell, buken mjuk och oöm i morse och CRP sjunker. Smärtan förklaras av en gastroenterit, pat har haft diarré hela natten. Hem idag.")),
], must_not=["NL102@n1"],
   why="the suspicion is withdrawn ('inte längre aktuell'); gastroenteritis is stated as the cause")
# ===========================================================================
# Part D -- primary care in Skåne (PMO): diagnoses never shown
# ===========================================================================
C("vc-pmo-trol-streptokocktonsillit", "skane", "1998-12-20", "F", [
    N("n1", P, "Besöksanteckning", "p_vc_eslov", "jafari", "2024-01-10 10:20", 15, OV,
      ("Bedömning", "Ont i halsen och feber 3 dagar, beläggningar på tonsillerna, Centor 4 och strep A positiv. Trol. streptokocktonsillit, Kåvepenin 1 g x 3 i 10 dagar.")),
], must_not=["NL102@n1"],
   why="PMO never shows diagnoses: a hedged tonsillitis is not a NL102 finding")

C("vc-pmo-typo-misstant-hypotyreos", "skane", "1965-05-27", "F", [
    N("n1", P, "Besöksanteckning", "p_vc_hoor", "smirnova", "2024-01-31 14:40", 20, OV,
      ("Bedömning", "Trötthet och frusenhet, TSH 8,2 och T4 lågt normalt. Misstänt hypotyreos, vi tar nytt prov om 6 veckor med TPO-ak.")),
], must_not=["NL102@n1"],
   why="PMO note with a hedged diagnosis (typo 'Misstänt'); PMO diagnoses are never shown")

C("bvc-pmo-mojligen-atopiskt-eksem", "skane", "2023-03-14", "M", [
    N("n1", P, "Besöksanteckning", "p_bvc_staff", "lewandowska_ssk", "2024-02-07 09:10", 30, OV,
      ("Aktuellt", "Torra, röda fläckar på kinderna och i armvecken, kliar sig på natten enligt mamma."),
      ("Bedömning", "Möjligen atopiskt eksem, rekommenderar mjukgörande kräm två gånger om dagen och tid hos BVC-läkaren.")),
], must_not=["NL102@n1"],
   why="BVC nurse in PMO: hedged eczema for an infant is not NL102 because PMO hides diagnoses")

C("hemsjukvard-pmo-suspekt-trycksar", "skane", "1930-11-08", "F", [
    N("n1", P, "Hembesök", "p_hsv_sjobo", "hussein_ssk", "2024-02-19 13:30", 45, OV,
      ("Åtgärd", "Hembesök. Rodnad på sacrum som inte bleknar vid tryck, huden hel. Suspekt trycksår kategori 1, tryckavlastande madrass beställd och vändschema var 3:e timme.")),
], must_not=["NL102@n1"],
   why="home care nurse in PMO: 'suspekt trycksår' is hidden by the system")

C("um-pmo-mojlig-klamydia-17-aring", "skane", "2006-09-04", "F", [
    N("n1", P, "Besöksanteckning", "p_um_lkr", "kim_ssk", "2024-04-08 16:15", 20, OV,
      ("Bedömning", "17-åring, partnern har testats positivt för klamydia. Inga symtom själv. Möjlig klamydia, prov taget och hon behandlas direkt med Doxyferm enligt PM.")),
], must_not=["NL102@n1"],
   why="youth clinic in PMO: hedged chlamydia not shown")

C("vc-pmo-typo-sannolinkt-erythema-migrans", "skane", "1977-02-11", "F", [
    N("n1", P, "Besöksanteckning", "p_vc_nasby", "petrova", "2024-06-03 11:45", 30, OV,
      ("Bedömning", "Rund röd ring 8 cm på låret där hon hade en fästing för två veckor sedan. Sannolinkt erythema migrans, Kåvepenin 1 g x 3 i 10 dagar.")),
], must_not=["NL102@n1"],
   why="PMO with typo 'Sannolinkt' (sannolikt): not a NL102 finding")

C("vc-pmo-fragestallning-astma-11-aring", "skane", "2012-12-01", "M", [
    N("n1", P, "Besöksanteckning", "p_vc_eslov", "jovanovic", "2024-05-14 13:10", 25, OV,
      ("Bedömning", "11-årig pojke, hostar efter fotbollsträning och på nätterna sedan i höstas. Frågeställning astma, spirometri med reversibilitetstest bokad hos ssk.")),
], must_not=["NL102@n1"],
   why="child's PMO note with 'frågeställning astma'; PMO diagnoses are hidden")

C("vc-pmo-remiss-sedan-melior-sannolikt-lungcancer", "skane", "1959-08-18", "M", [
    N("n1", P, "Besöksanteckning", "p_vc_sorgenfri", "jafari", "2024-05-06 10:30", 40, OV,
      ("Bedömning", "Hosta i 8 veckor, rökare med 30 paketår och viktnedgång. Misstänkt lungcancer, remiss enligt SVF till lungmottagningen idag.")),
    N("n2", M, "Mottagningsanteckning", "s_lung_lund", "kovalenko", "2024-05-13 14:20", 35, OV,
      ("Bedömning", "DT thorax: 3 cm tumör i höger överlob utan förstorade körtlar. Sannolikt lungcancer, bronkoskopi bokas nästa vecka.")),
], must=["NL102@n2"], must_not=["NL102@n1"],
   why="same hedge in two systems: the PMO referral note is hidden, the Melior clinic note is visible")

# ===========================================================================
# Part E -- more NL101 / protected places, several notes, long charts
# ===========================================================================
C("hud-melanom-pat-not-informed-yet", "vgr", "1978-07-27", "F", [
    N("n1", M, "Mottagningsanteckning", "v_hud_su", "schneider", "2024-05-28 12:55", 30, OV,
      ("Bedömning", "Biopsi bekräftar malignt melanom på vänster skuldra, Breslow 1,4 mm. Pat not informed yet, hon får tid på mottagningen för besked och planering av utvidgad excision.")),
], must=["NL101@n1"], must_not=["NL102@n1"],
   why="English 'not informed yet' about a confirmed melanoma in a visible section")

C("akut-dt-hjarnmetastaser-pat-och-fru-ej-informerade", "vgr", "1955-10-09", "M", [
    N("n1", M, "Akutanteckning", "v_akut_su", "alkhatib", "2024-06-07 19:45", None, OV,
      ("Bedömning", "DT hjärna visar multipla metastaser, pat har känd lungcancer sedan förra året. Pat och fru är inte informerade om metastaserna ännu, onkologjouren kommer ner.")),
], must=["NL101@n1"],
   why="unsigned emergency draft: brain metastases visible, patient not yet told")

C("kirurgi-skane-mall-tidiga-hypoteser-rektum-ej-informerad", "skane", "1957-04-05", "F", [
    N("n1", M, "Tidiga hypoteser", "s_kirmott_trel", "karimi", "2024-06-14 15:05", 20, OV,
      ("Bedömning", "Adenocarcinom i rektum enligt PAD, pat ej informerad. Besked planeras när MR bäcken är klar.")),
], must_not=["NL101@n1", "NL102@n1"],
   why="Skåne: the untold diagnosis is kept only in the protected template Tidiga hypoteser")

C("urologi-vgr-sokord-tidiga-hypoteser-blastumor", "vgr", "1947-01-22", "M", [
    N("n1", M, "Mottagningsanteckning", "v_uro_su", "costa", "2024-06-24 11:40", 25, OV,
      ("Aktuellt", "Hematuriutredning, cystoskopi gjord idag. Pat tolererade undersökningen bra och åker hem med frun."),
      ("Tidiga hypoteser", "Papillär tumör i blåsan, troligen urotelial cancer. Pat ej informerad innan PAD, TURB bokas.")),
], must_not=["NL101@n1", "NL102@n1"],
   why="VGR: hedged and untold bladder cancer only under sökord Tidiga hypoteser; visible text holds no diagnosis")

C("ortopedi-korsband-ej-meddelad-om-tid-for-mr", "skane", "1990-08-13", "M", [
    N("n1", M, "Mottagningsanteckning", "s_ortmott_hlm", "novak", "2024-06-27 14:25", 30, OV,
      ("Bedömning", "Främre korsbandsskada vänster knä, kliniskt tydlig med positivt Lachman och pivot shift. Pat är inte meddelad om tiden för MR ännu, den kommer med brev.")),
], must_not=["NL101@n1"],
   why="the not-yet-told item is an appointment time; the diagnosis itself is discussed openly")

C("sarkom-tidiga-hypoteser-sedan-besked-i-vanlig-not", "vgr", "1983-04-01", "M", [
    N("n1", M, "Mottagningsanteckning", "v_ort_mol", "mazur", "2024-09-02 10:15", 30, OV,
      ("Aktuellt", "Knöl på låret sedan ett halvår, växer. MR gjord och biopsi tagen idag."),
      ("Tidiga hypoteser", "MR-bilden är suspekt för sarkom. Pat ej informerad om misstanken, vi väntar på PAD.")),
    N("n2", M, "Mottagningsanteckning", "v_ort_mol", "mazur", "2024-09-16 13:40", 25, OV,
      ("Bedömning", "PAD: myxofibrosarkom grad 2. Pat informerad om diagnosen idag, remiss till sarkomteamet och han har fått kontaktsjuksköterska.")),
], must_not=["NL101@n1", "NL102@n1", "NL101@n2", "NL102@n2"],
   why="VGR: the suspicion sat only under Tidiga hypoteser; the later ordinary note gives a confirmed and communicated diagnosis")

C("medicin-lang-kol-exacerbation-allt-negerat", "skane", "1950-03-17", "M", [
    N("n1", M, "Inskrivningsanteckning", "s_med_lund", "horvat", "2024-11-25 22:10", 85, SV,
      ("Anamnes", "74-årig man med KOL stadium 3, hemsyrgas 1 l nattetid sedan i våras. Ex-rökare sedan 2015. Pappa dog i 60-årsåldern, hade ev. lungcancer enligt pat men han vet inte säkert. Bor med frun i lägenhet på andra våningen med hiss."),
      ("Aktuellt", "Sedan fyra dagar mer andfådd och ökad mängd gulgrönt slem. Har tagit Ventoline fler gånger än vanligt, utan effekt. Ingen bröstsmärta, inga bensvullnader."),
      ("Status", "AT: lätt påverkad, talar i hela meningar. AF 24, sat 88 % på 1 l O2. Cor: RR, takykard 102. Pulm: förlängt exspirium, ronki bilat, inga krepitationer. Ben: inga ödem."),
      ("Lab", "CRP 46, LPK 11,3, Hb 148. Artärgas: pH 7,36, pCO2 6,8, pO2 7,4."),
      ("Utredning", "Rtg pulm: emfysem, inga infiltrat. EKG sinustakykardi, i övrigt som tidigare."),
      ("Bedömning", "KOL-exacerbation utlöst av bronkit. Ingen misstanke om pneumoni, rtg utan infiltrat och inga krepitationer. Ingen hjärtsvikt heller, inga ödem och normalt NT-proBNP."),
      ("Åtgärd", "Inhalationer Combivent x 4, Prednisolon 30 mg i 5 dagar, Doxyferm. Syrgas med mål saturation 88-92 %."),
      ("Planering", "Ny artärgas om 2 timmar. Ev. NIV om pCO2 stiger. Om pat blir trött eller förvirrad ska bakjouren kontaktas direkt.")),
], must_not=["NL102@n1"],
   why="long chart: hedges only on a relative's disease, a plan ('ev. NIV') and a conditional; pneumonia and heart failure negated")

C("kirurgi-lang-suggestivt-for-divertikulit-abscess", "vgr", "1961-06-29", "F", [
    N("n1", M, "Inskrivningsanteckning", "v_kir_kungalv", "kaya", "2024-11-27 23:40", 75, SV,
      ("Anamnes", "63-årig kvinna, hypertoni och hypotyreos, opererad för gallsten 2010. Inga kända tarmsjukdomar, senaste koloskopi 2019 normal. Röker inte, dricker lite vin på helger."),
      ("Aktuellt", "Sedan tre dagar smärta i vänster nedre kvadrant, först molande och nu mer konstant. Feber 38,6 hemma igår kväll. Lös avföring två gånger, inget blod. Aptiten är dålig."),
      ("Status", "AT: opåverkad men har ont vid förflyttning. Temp 38,2, puls 96, BT 135/80. Buk: mjuk men öm och lätt défense i vänster fossa, ingen släppömhet i övrigt. Tarmljud normala."),
      ("Lab", "CRP 162, LPK 15,1, Hb 128, kreatinin 71, lipas normalt."),
      ("Utredning", "DT buk med kontrast: divertiklar i sigmoideum med fettvävsreaktion runt en förtjockad tarmvägg, och en vätskesamling 3 cm intill."),
      ("Bedömning", "Suggestivt för divertikulit med liten abscess, men perforerad tumör kan inte helt uteslutas på DT-bilden."),
      ("Åtgärd", "Piperacillin/tazobaktam iv, vätska och smärtlindring. Fasta förutom klara drycker."),
      ("Planering", "Ny DT om 48 timmar om inte bättre. Koloskopi om 6-8 veckor när det har lugnat sig. Dropp-ordination enligt lista.")),
], must=["NL102@n1"],
   why="long chart: 'suggestivt för' (literal 'suggestive of') and 'kan inte helt uteslutas' hedge two diagnoses")

C("akut-lang-kand-diagnos-informerad-inga-hedges", "skane", "1975-12-15", "F", [
    N("n1", M, "Akutanteckning", "s_akut_lund", "nair", "2024-12-05 16:50", 65, OV,
      ("Anamnes", "49-årig kvinna med bröstcancer, opererad och strålad 2022, pågående Letrozol. Hon fick beskedet om skelettmetastaser av sin onkolog förra månaden och har nu palliativ strålning planerad."),
      ("Aktuellt", "Ökande smärta i ländryggen sedan en vecka, ingen domning i benen och inga problem med att kissa eller bajsa. Tar Oxynorm 5 mg vid behov utan bra effekt."),
      ("Status", "AT: opåverkad, men rör sig försiktigt. Rygg: palpationsöm över L3. Neurologi: normal kraft och känsel i benen, reflexer lika bilat. Sfinktertonus normal."),
      ("Utredning", "MR ländrygg akut: känd metastas i L3 utan tecken på kompression av ryggmärgen eller cauda equina."),
      ("Bedömning", "Smärta från känd skelettmetastas i L3, pat känner till sin diagnos. Ingen kotkompression. Smärtlindring optimeras."),
      ("Planering", "OxyContin 10 mg x 2 och Oxynorm vid behov, Movicol. Onkologen informerad, strålning tidigareläggs till nästa vecka.")),
], must_not=["NL101@n1", "NL102@n1"],
   why="long chart with a serious but known and communicated diagnosis; compression negated, no hedge")

C("geriatrik-epikris-typo-trolgien-lewy-body", "vgr", "1940-09-07", "M", [
    N("n1", M, "Epikris", "v_ger_mol", "ivanova", "2024-12-12 15:35", 120, SV,
      ("Epikris", "84-årig man inlagd för fluktuerande förvirring och synhallucinationer sedan några veckor, föll två gånger hemma. Urinodling och DT hjärna utan fynd som förklarar."),
      ("Diagnos", "Trolgien Lewy body-demens. Parkinsonism med rigiditet och hypomimi."),
      ("Planering", "Remiss till minnesmottagningen. Undvik neuroleptika, Rivastigmin plåster startat. Hemtjänst utökad.")),
], must=["NL102@n1"],
   why="discharge summary with typo 'Trolgien' (troligen) hedging Lewy body dementia under sökord Diagnos")

C("medicin-epikris-alla-diagnoser-sakra-ev-aterbesok", "skane", "1953-02-25", "F", [
    N("n1", M, "Epikris", "s_med_hbg", "volkov", "2024-12-17 10:25", 90, SV,
      ("Epikris", "Inlagd fyra dygn för hyperglykemi och dehydrering vid nydebuterad diabetes typ 2. Insulin har startats och hon har lärt sig ta det själv med hjälp av diabetessköterskan."),
      ("Diagnos", "Diabetes typ 2 med hyperglykemi. Hypertoni."),
      ("Planering", "Kontroll hos diabetessköterska på VC om en vecka. Ev. återbesök medicinmottagningen om HbA1c inte sjunker efter tre månader.")),
], must_not=["NL102@n1"],
   why="discharge summary: all diagnoses certain; 'Ev.' only on a follow-up visit")

C("medicin-misstanke-pa-sepsis-preposition", "skane", "1943-06-16", "M", [
    N("n1", M, "Inskrivningsanteckning", "s_med_ystad", "popescu", "2024-10-24 02:40", 60, SV,
      ("Bedömning", "Frossa, hypotension 85/50 och laktat 4,1 efter TURP för två dagar sedan. Misstanke på sepsis med urogent fokus, två odlingar tagna och Tazocin ges inom en timme.")),
], must=["NL102@n1"],
   why="'Misstanke på sepsis' with an unusual preposition is still a hedged diagnosis of the patient")

C("infektion-suspected-meningit-engelska", "skane", "2003-11-21", "F", [
    N("n1", M, "Akutanteckning", "s_inf_lund", "muller", "2024-02-23 05:15", 30, OV,
      ("Bedömning", "Feber, huvudvärk och nackstyvhet sedan igår, petekier på benen. Suspected bakteriell meningit, Meronem och Betapred ges före LP, IVA-läkaren tillkallad.")),
], must=["NL102@n1"],
   why="English 'Suspected' before bacterial meningitis in a visible section")

C("reuma-ej-forenligt-med-gikt-pseudogikt", "vgr", "1944-12-30", "M", [
    N("n1", M, "Mottagningsanteckning", "v_reuma_skovde", "ahmadi", "2024-03-25 13:50", 35, OV,
      ("Bedömning", "Svullet höger knä sedan i fredags. Ej förenligt med gikt, urat normalt och inga uratkristaller. Ledvätskan visade CPPD-kristaller: pseudogikt. Kortisoninjektion given.")),
], must_not=["NL102@n1"],
   why="'Ej förenligt med gikt' negates the hedge word; pseudogout is confirmed by crystals")

C("akut-pat-sjalv-tror-borrelia-serologi-negativ", "vgr", "1988-05-11", "F", [
    N("n1", M, "Mottagningsanteckning", "v_inf_ostra", "warsame", "2024-09-23 14:05", 40, OV,
      ("Bedömning", "Pat läste på nätet och själv hon tror att hon har borrelia. Serologi negativ två gånger och inga tecken på borrelios i status. Trötthet sedan covid i våras, vi pratar om återhämtning och sömn.")),
], must_not=["NL102@n1"],
   why="the patient's own belief is examined and borreliosis is negated ('inga tecken på')")

# ===========================================================================
# Build and validate
# ===========================================================================
CODES = {"NL101", "NL102"}
HERE = Path(__file__).resolve().parent
OUT = HERE / "nl1_dev99_cases.jsonl"


def luhn_check_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def luhn_ok(pnr):
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", pnr)
    if not m:
        return False
    ten = pnr[2:8] + m.group(4) + m.group(5)
    return luhn_check_digit(ten[:9]) == int(ten[9])


def personnummer(born, sex, index):
    serial = (137 + 53 * index) % 1000
    if (serial % 2 == 1) != (sex == "M"):
        serial = (serial + 1) % 1000
    if serial < 2:
        serial += 2
    s3 = f"{serial:03d}"
    yymmdd = born[2:4] + born[5:7] + born[8:10]
    check = luhn_check_digit(yymmdd + s3)
    return f"{born[0:4]}{born[5:7]}{born[8:10]}-{s3}{check}"


def iso(ts):
    return ts.strftime("%Y-%m-%dT%H:%M:%S")


def age_on(born, day):
    b = dt.date.fromisoformat(born)
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def parse_targets(items):
    out = []
    for it in items:
        code, nid = it.split("@")
        out.append([code, nid])
    return out


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def build():
    problems = []
    lines = []
    seen_names = set()
    sentence_owner = {}
    for idx, c in enumerate(CASES):
        name = c["name"]
        where = f"case {name}"
        if name in seen_names:
            problems.append(f"{where}: duplicate case name")
        seen_names.add(name)
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name):
            problems.append(f"{where}: case name not kebab-case ascii")
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append(f"{where}: bad ruleset")
        if not c["why"].strip():
            problems.append(f"{where}: empty why")
        if not c["notes"]:
            problems.append(f"{where}: no notes")

        notes_out = []
        note_ids = set()
        last_time = None
        for n in c["notes"]:
            if n["id"] in note_ids:
                problems.append(f"{where}: duplicate note id {n['id']}")
            note_ids.add(n["id"])
            if n["system"] not in (M, P):
                problems.append(f"{where}: bad system {n['system']}")
            if c["ruleset"] == "vgr" and n["system"] != M:
                problems.append(f"{where}: VGR note {n['id']} is not Melior")
            if n["unit"] not in UNITS:
                problems.append(f"{where}: unknown unit {n['unit']}")
                continue
            uname, hsa, region = UNITS[n["unit"]]
            if region != c["ruleset"]:
                problems.append(f"{where}: unit {n['unit']} belongs to {region}")
            if n["unit"].startswith("p_") != (n["system"] == P):
                problems.append(f"{where}: PMO must be used exactly for primary-care units ({n['unit']})")
            if n["author"] not in AUTH:
                problems.append(f"{where}: unknown author {n['author']}")
                continue
            aname, role = AUTH[n["author"]]
            if n["setting"] not in (OV, SV):
                problems.append(f"{where}: bad setting")
            t = dt.datetime.strptime(n["when"], "%Y-%m-%d %H:%M")
            signed = None if n["signed_after"] is None else t + dt.timedelta(minutes=n["signed_after"])
            for stamp in (t, signed):
                if stamp is not None and stamp.year != 2024:
                    problems.append(f"{where}: date outside 2024 in note {n['id']}")
            if last_time is not None and t < last_time:
                problems.append(f"{where}: notes not in time order")
            last_time = t if last_time is None or t > last_time else last_time
            secs = []
            for kw, text in n["sections"]:
                if not kw.strip() or not text.strip():
                    problems.append(f"{where}: empty section keyword or text")
                secs.append({"keyword": kw, "text": text})
                for sent in SENT_SPLIT.split(text):
                    s = sent.strip()
                    if len(s) >= 25:
                        key = s
                        if key in sentence_owner and sentence_owner[key] != (name, n["id"], kw) :
                            problems.append(f"{where}: sentence repeated (also in {sentence_owner[key][0]}): {s!r}")
                        elif key in sentence_owner:
                            problems.append(f"{where}: sentence repeated within the same section: {s!r}")
                        else:
                            sentence_owner[key] = (name, n["id"], kw)
            notes_out.append({
                "id": n["id"], "system": n["system"], "template": n["template"],
                "unit": {"name": uname, "hsa_id": hsa},
                "author": {"name": aname, "role": role},
                "time": iso(t), "signed": None if signed is None else iso(signed),
                "setting": n["setting"], "refs": [], "sections": secs,
            })

        as_of_dt = dt.datetime.combine((last_time or dt.datetime(2024, 1, 1)).date() + dt.timedelta(days=2), dt.time())
        if as_of_dt.year != 2024:
            problems.append(f"{where}: as_of outside 2024")
        age = age_on(c["born"], as_of_dt.date())
        if age < 0:
            problems.append(f"{where}: born after as_of")
        if 13 <= age <= 15:
            problems.append(f"{where}: patient aged {age} (13-15 not allowed)")
        for n in c["notes"]:
            t = dt.datetime.strptime(n["when"], "%Y-%m-%d %H:%M")
            if age_on(c["born"], t.date()) in (13, 14, 15):
                problems.append(f"{where}: patient aged 13-15 at note {n['id']}")

        pnr = personnummer(c["born"], c["sex"], idx)
        if not luhn_ok(pnr):
            problems.append(f"{where}: personnummer {pnr} fails Luhn")
        if pnr[:8] != c["born"].replace("-", ""):
            problems.append(f"{where}: personnummer does not match birth date")
        if (int(pnr[11]) % 2 == 1) != (c["sex"] == "M"):
            problems.append(f"{where}: personnummer sex digit mismatch")

        must = parse_targets(c["must"])
        must_not = parse_targets(c["must_not"])
        systems = {n["id"]: n["system"] for n in c["notes"]}
        for code, nid in must + must_not:
            if code not in CODES:
                problems.append(f"{where}: unexpected code {code}")
            if nid not in systems:
                problems.append(f"{where}: target {nid} does not exist")
                continue
            if code == "NL101" and systems[nid] == P:
                problems.append(f"{where}: NL101 asserted on a PMO note")
        for code, nid in must:
            if code == "NL102" and systems.get(nid) != M:
                problems.append(f"{where}: NL102 must on a non-Melior note")
        pairs_must = {tuple(x) for x in must}
        pairs_not = {tuple(x) for x in must_not}
        if pairs_must & pairs_not:
            problems.append(f"{where}: same code/note in must and must_not")
        if len(pairs_must) != len(must) or len(pairs_not) != len(must_not):
            problems.append(f"{where}: duplicate assertion")
        if not must and not must_not:
            problems.append(f"{where}: asserts nothing")

        record = {
            "patient": {"id": pnr, "birth_date": c["born"], "protected_identity": False},
            "as_of": iso(as_of_dt),
            "notes": notes_out,
            "access_events": [], "conversations": [], "treatments": [],
        }
        obj = {"case": name, "ruleset": c["ruleset"], "record": record,
               "must": must, "must_not": must_not, "why": c["why"]}
        if list(obj) != ["case", "ruleset", "record", "must", "must_not", "why"]:
            problems.append(f"{where}: key order")
        lines.append(json.dumps(obj, ensure_ascii=False))
    return lines, problems


def summary():
    from collections import Counter
    cnt = Counter()
    rs = Counter()
    sysc = Counter()
    for c in CASES:
        rs[c["ruleset"]] += 1
        for n in c["notes"]:
            sysc[n["system"]] += 1
        for it in c["must"]:
            cnt[(it.split("@")[0], "must")] += 1
        for it in c["must_not"]:
            cnt[(it.split("@")[0], "must_not")] += 1
    return cnt, rs, sysc


def main():
    lines, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print(f"{len(problems)} problem(s); cases.jsonl not written", file=sys.stderr)
        return 1
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cnt, rs, sysc = summary()
    print(f"wrote {len(lines)} cases to {OUT}")
    for code in sorted(CODES):
        print(f"  {code}: must {cnt[(code, 'must')]}, must_not {cnt[(code, 'must_not')]}")
    print(f"  rulesets: {dict(rs)}; notes by system: {dict(sysc)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
