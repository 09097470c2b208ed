#!/usr/bin/env python3
"""Independent held-out test set (s28h47) for notelint NL101/NL102.

Standard library only, deterministic. Running it writes cases.jsonl next to this
file in the devset format and exits 1 on any validation problem.
Written from the regional routines (seeds) and the NL1 rule definitions only.
"""
import datetime
import json
import os
import re
import sys

# ---------------------------------------------------------------- units
SK = "SE2321000255-"
VG = "SE2321000131-"
U = {
    # Region Skåne, Melior (hospital)
    "hbg_akm": ("Akutmottagningen, Helsingborgs lasarett", SK + "H1A7"),
    "hbg_med": ("Medicinavdelning 36, Helsingborgs lasarett", SK + "H3M6"),
    "hbg_kir": ("Kirurgiska kliniken, Helsingborgs lasarett", SK + "H2K4"),
    "hbg_ort": ("Ortopedmottagningen, Helsingborgs lasarett", SK + "H4O2"),
    "hbg_kard": ("Kardiologiska kliniken, Helsingborgs lasarett", SK + "H5C9"),
    "hbg_neuro": ("Strokeenheten avd 21, Helsingborgs lasarett", SK + "H6S1"),
    "hbg_barn": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", SK + "H7B3"),
    "hbg_geri": ("Geriatriska avdelningen, Helsingborgs lasarett", SK + "H8G5"),
    "hbg_psyk": ("Allmänpsykiatrisk mottagning Helsingborg", SK + "H9P8"),
    "csk_med": ("Medicinkliniken avd 9, Centralsjukhuset Kristianstad", SK + "K1M2"),
    "csk_inf": ("Infektionskliniken, Centralsjukhuset Kristianstad", SK + "K2I6"),
    "csk_uro": ("Urologimottagningen, Centralsjukhuset Kristianstad", SK + "K3U1"),
    "csk_gyn": ("Kvinnokliniken, Centralsjukhuset Kristianstad", SK + "K4G7"),
    "csk_lung": ("Lungmottagningen, Centralsjukhuset Kristianstad", SK + "K5L3"),
    "csk_onk": ("Onkologiska mottagningen, Centralsjukhuset Kristianstad", SK + "K6O9"),
    "csk_iva": ("Intensivvårdsavdelningen, Centralsjukhuset Kristianstad", SK + "K7V4"),
    "csk_kir": ("Kirurgavdelning 6, Centralsjukhuset Kristianstad", SK + "K8K2"),
    "ystad_med": ("Medicinmottagningen, Lasarettet i Ystad", SK + "Y1M5"),
    "ystad_kir": ("Kirurgiska kliniken, Lasarettet i Ystad", SK + "Y2K8"),
    "sus_hud": ("Hudmottagningen, Skånes universitetssjukhus Lund", SK + "L1H4"),
    "sus_reuma": ("Reumatologiska kliniken, Skånes universitetssjukhus Malmö", SK + "M1R6"),
    "trb_ort": ("Ortopedkliniken, Trelleborgs lasarett", SK + "T1O3"),
    "hlm_rehab": ("Rehabiliteringsmedicinska kliniken, Hässleholms sjukhus", SK + "S1R7"),
    "angh_med": ("Medicinmottagningen, Ängelholms sjukhus", SK + "A1M1"),
    "lkr_geri": ("Geriatriska mottagningen, Lasarettet Landskrona", SK + "R1G2"),
    # Region Skåne, PMO (primary care)
    "vc_bjuv": ("Vårdcentralen Bjuv", SK + "P1V3"),
    "vc_tomelilla": ("Vårdcentralen Tomelilla", SK + "P2V8"),
    "vc_ahus": ("Vårdcentralen Åhus", SK + "P3V1"),
    "bvc_hoganas": ("BVC Höganäs", SK + "P4B6"),
    "um_kristianstad": ("Ungdomsmottagningen Kristianstad", SK + "P5U2"),
    "hsv_broby": ("Vårdcentralen Broby, hemsjukvård", SK + "P6H9"),
    "vc_klippan": ("Vårdcentralen Klippan", SK + "P7V4"),
    # Västra Götaland, Melior
    "sas_akm": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "B1A2"),
    "sas_med": ("Medicinavdelning M4, Södra Älvsborgs Sjukhus Borås", VG + "B2M7"),
    "sas_kir": ("Kirurgavdelning 21, Södra Älvsborgs Sjukhus Borås", VG + "B3K5"),
    "sas_ort": ("Ortopedmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "B4O1"),
    "sas_barn": ("Barnmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "B5B8"),
    "sas_inf": ("Infektionskliniken, Södra Älvsborgs Sjukhus Borås", VG + "B6I3"),
    "sas_iva": ("Intensivvårdsavdelningen, Södra Älvsborgs Sjukhus Borås", VG + "B7V6"),
    "sas_onh": ("Öron-, näs- och halsmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "B8N2"),
    "skas_med": ("Medicinkliniken avd 14, Skaraborgs Sjukhus Skövde", VG + "S1M4"),
    "skas_neuro": ("Neurologimottagningen, Skaraborgs Sjukhus Skövde", VG + "S2N9"),
    "skas_uro": ("Urologimottagningen, Skaraborgs Sjukhus Skövde", VG + "S3U6"),
    "skas_kard": ("Hjärtmottagningen, Skaraborgs Sjukhus Skövde", VG + "S4K1"),
    "skas_lung": ("Lungmottagningen, Skaraborgs Sjukhus Skövde", VG + "S5L7"),
    "skas_barn": ("Barn- och ungdomsavdelningen, Skaraborgs Sjukhus Skövde", VG + "S6B3"),
    "skas_ogon": ("Ögonmottagningen, Skaraborgs Sjukhus Skövde", VG + "S7O5"),
    "lid_kir": ("Kirurgmottagningen, Skaraborgs Sjukhus Lidköping", VG + "S8K2"),
    "nal_gyn": ("Kvinnokliniken, NU-sjukvården NÄL Trollhättan", VG + "N1G4"),
    "nal_geri": ("Geriatriska kliniken, NU-sjukvården NÄL Trollhättan", VG + "N2G8"),
    "udd_psyk": ("Psykiatriska öppenvårdsmottagningen, NU-sjukvården Uddevalla", VG + "N3P1"),
    "udd_onk": ("Onkologimottagningen, NU-sjukvården Uddevalla", VG + "N4O6"),
    "als_med": ("Medicinmottagningen, Alingsås lasarett", VG + "L1M3"),
    "kung_akm": ("Akutmottagningen, Kungälvs sjukhus", VG + "K1A9"),
    "su_hem": ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", VG + "G1H5"),
    "su_neuro": ("Neurologiska kliniken, Sahlgrenska Universitetssjukhuset", VG + "G2N2"),
    "su_reuma": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", VG + "G3R7"),
}


def T(s):
    """'2024-03-05 14:10' -> '2024-03-05T14:10:00' (None stays None)."""
    if s is None:
        return None
    return s.replace(" ", "T") + ":00"


def N(nid, system, template, unit, author, role, time, signed, setting, sections):
    name, hsa = U[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": T(time),
        "signed": T(signed),
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def C(case, ruleset, pnr, as_of, notes, must, must_not, why):
    return {
        "case": case,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr, "birth_date": "%s-%s-%s" % (pnr[0:4], pnr[4:6], pnr[6:8]),
                        "protected_identity": False},
            "as_of": as_of + "T00:00:00",
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    }


M = "Melior"
P = "PMO"
OV = "öppenvård"
SV = "slutenvård"
CASES = []

# ======================================================================
# Part 1: emergency and ward charts, hedged diagnoses vs negations
# ======================================================================
CASES += [
    C("s28h47_akm_susp_pneumoni_telegrafisk", "skane", "19430823-5649", "2024-02-20", [
        N("n1", M, "Akutanteckning", "hbg_akm", "Johan Lindqvist", "läkare",
          "2024-02-14 22:41", "2024-02-15 01:10", SV, [
            ("Aktuellt", "80-årig kvinna, KOL GOLD 3, hemsyrgas 1 l. Sedan 5 d tilltagande hosta, "
                         "gulgrönt sputum, feber 38,9 igår kväll. Ringt 112 pga andfåddhet."),
            ("Status", "AT: påverkad, talar korta meningar. AF 28, sat 86% på 1 l O2. "
                       "Cor: RR, inga blåsljud. Pulm: rassel bas hö, nedsatta andningsljud hö basalt."),
            ("Lab", "CRP 212, LPK 15,8, Hb 131, krea 98. Blodgas: pH 7,36, pCO2 6,9."),
            ("Bedömning", "Susp. pneumoni hö basalt hos pat med svår KOL. Inl med, Tazocin iv, "
                          "odlingar tagna före ab. Rtg pulm beställd."),
        ])],
        [("NL102", "n1")], [("NL101", "n1")],
        "abbreviated hedge 'Susp.' on pneumonia in the Bedömning of an ordinary Skåne Melior ER note"),

    C("s28h47_akm_lungemboli_uteslutes_dt", "vgr", "19940506-7191", "2024-03-03", [
        N("n1", M, "Akutanteckning", "sas_akm", "Sara Ekström", "läkare",
          "2024-03-01 16:05", "2024-03-01 18:30", OV, [
            ("Anamnes", "29-årig man, nyligen flugit hem från Thailand. Plötslig hö-sidig "
                        "andningskorrelerad bröstsmärta sedan i morse. Ingen feber."),
            ("Status", "Opåverkad. Puls 88, BT 132/78, sat 98% rumsluft. Vader mjuka, ua."),
            ("Undersökningar", "D-dimer 0,9 (förhöjt). DT lungartärer: inga fyllnadsdefekter."),
            ("Bedömning", "Lungemboli uteslutes med DT. Smärtan bedöms muskuloskeletal. "
                          "Hem med Ipren v.b."),
        ])],
        [], [("NL102", "n1")],
        "pulmonary embolism named only to be ruled out ('uteslutes') - negated, no hedged diagnosis"),

    C("s28h47_med_ingen_misstanke_typo", "skane", "19290611-6849", "2024-01-30", [
        N("n1", M, "Daganteckning", "hbg_med", "Elin Berggren", "läkare",
          "2024-01-25 11:20", "2024-01-25 14:02", SV, [
            ("Aktuellt", "Pat ngt mer alert idag. Ätit frukost. Svullnad vä underben oförändrad, "
                         "dopplerUL utfört igår."),
            ("Bedömning", "Ingen missanke om DVT efter UL. Svullnaden tolkas som hypoproteinemi "
                          "och immobilisering. Fortsatt mobilisering m sjukgymnast."),
        ])],
        [], [("NL102", "n1")],
        "negated DVT with a typo in the negation ('Ingen missanke om') - still negated"),

    C("s28h47_kir_dd_kolecystit_pankreatit", "vgr", "19641211-9767", "2024-04-12", [
        N("n1", M, "Inskrivningsanteckning", "sas_kir", "Mikael Haddad", "läkare",
          "2024-04-10 03:15", "2024-04-10 08:40", SV, [
            ("Kontaktorsak", "Buksmärta."),
            ("Anamnes", "59 år. Känd gallsten sedan 2021, ej opererad. Insjuknat efter middag "
                        "med smärta i epigastriet och under hö arcus, strålar mot ryggen. Kräkts x3."),
            ("Status", "Temp 38,2. Buk: ömhet epigastriet och hö hypokondrium, Murphys tecken pos. "
                       "Ingen defence."),
            ("Lab", "CRP 96, LPK 13,1, bilirubin 28, ALP 2,4, amylas 4,1."),
            ("Bedömning", "DD akut kolecystit, gallstenspankreatit. UL lever/gallvägar i morgon bitti."),
        ])],
        [("NL102", "n1")], [],
        "'DD' differential list of two diagnoses of the patient in a visible Bedömning (VGR)"),

    C("s28h47_ort_fraktur_kan_uteslutas", "skane", "20050208-2829", "2024-05-08", [
        N("n1", M, "Mottagningsanteckning", "trb_ort", "Anders Nyberg", "läkare",
          "2024-05-06 10:30", "2024-05-06 11:05", OV, [
            ("Aktuellt", "Stukat hö fotled vid fotbollsträning för 10 dgr sedan. Kvarstående "
                         "svullnad lat malleol, hälta."),
            ("Status", "Palpöm ATFL. Ej ömhet över bas MT5 eller naviculare. Kan belasta 4 steg."),
            ("Rtg", "Rtg hö fotled: ingen skelettskada."),
            ("Bedömning", "Fraktur kan uteslutas, distorsion lig talofibulare ant. "
                          "Stabiliserande ortos, rehab via fysioterapeut."),
        ])],
        [], [("NL102", "n1")],
        "hard negative: 'kan uteslutas' (can be excluded) looks like 'kan ej uteslutas' but negates"),

    C("s28h47_ort_scafoid_kan_ej_uteslutas", "vgr", "19990911-2105", "2024-02-27", [
        N("n1", M, "Akutanteckning", "sas_ort", "Linnea Holm", "läkare",
          "2024-02-24 19:12", "2024-02-24 21:00", OV, [
            ("Anamnes", "Föll på cykel, tog emot sig med hö hand i extension."),
            ("Status", "Ömhet i fossa tabatière, smärta vid axial kompression tumme."),
            ("Rtg", "Rtg hö handled inkl scafoidserie: ingen synlig frakturlinje."),
            ("Bedömning", "Scafoideumfraktur kan ej uteslutas. Gips inkl tumme, "
                          "ny rtg alt MR om 10-14 dgr."),
        ])],
        [("NL102", "n1")], [("NL101", "n1")],
        "'kan ej uteslutas' on a scaphoid fracture despite normal x-ray - hedged diagnosis, VGR"),

    C("s28h47_kard_problemlista_kopierad_susp_amyloidos", "skane", "19460118-9154", "2024-06-18", [
        N("n1", M, "Mottagningsanteckning", "hbg_kard", "Per Wallin", "läkare",
          "2024-06-12 09:40", "2024-06-12 12:15", OV, [
            ("Diagnoser/problemlista", "1. Hjärtsvikt HFpEF, NYHA II-III\n2. Förmaksflimmer, "
             "permanent, CHA2DS2-VASc 4\n3. Hypertoni\n4. CKD st 3a\n5. Bilat karpaltunnelsyndrom, "
             "op 2019\n6. Susp. transtyretinamyloidos (ATTR), utredning pågår"),
            ("Läkemedel", "Eliquis 5 mg 1x2, Bisoprolol 5 mg 1x1, Furix 40 mg 1+0, "
                          "Jardiance 10 mg 1x1, Amlodipin 5 mg 1x1."),
            ("Aktuellt", "Återbesök. Pat oförändrad, promenerar 500 m på plan mark. Lätta ankelödem."),
            ("Status", "BT 128/74, p 78 oregelb. Cor: oregelbunden rytm, inga blåsljud. "
                       "Pulm: ua. Underben: lätta pittingödem bilat."),
            ("Planering", "Skelettscint (DPD) bokad. Åb 3 mån."),
        ])],
        [("NL102", "n1")], [],
        "copy-forwarded problem list ends with a hedged ATTR amyloidosis ('Susp.') - visible"),

    C("s28h47_kard_problemlista_konstaterat_ev_eko", "skane", "19900606-4472", "2024-03-28", [
        N("n1", M, "Mottagningsanteckning", "hbg_kard", "Per Wallin", "läkare",
          "2024-03-20 13:10", "2024-03-20 15:45", OV, [
            ("Diagnoser/problemlista", "Hypertrofisk kardiomyopati, genetiskt verifierad (MYBPC3), "
             "ICD-implantation 2022. WPW, ablaterad 2015."),
            ("Läkemedel", "Metoprolol depot 100 mg 1x1. Inga övriga."),
            ("Aktuellt", "Årskontroll. Inga synkope, inga ICD-chocker. Springer 5 km."),
            ("ICD-kontroll", "Ingen registrerad arytmi senaste året. Batteri 7 år."),
            ("Planering", "Ev. ekokardiografi inför nästa besök om symtom. Åb 12 mån."),
        ])],
        [], [("NL102", "n1")],
        "problem list with confirmed, genetically verified diagnoses; the only hedge is 'Ev.' on an echo"),

    C("s28h47_med_trolig_utskrivning_inte_diagnos", "vgr", "20040618-2162", "2024-01-19", [
        N("n1", M, "Daganteckning", "skas_med", "Fredrik Olausson", "läkare",
          "2024-01-17 10:05", "2024-01-17 10:50", SV, [
            ("Aktuellt", "Dag 3 med DKA, nu sluten. Äter och dricker, s-glukos 7-11."),
            ("Bedömning", "Diabetes typ 1 med ketoacidos, hävd. Insulin sc enl schema. "
                          "Trolig utskrivning i morgon efter samtal med diabetessköterska."),
        ])],
        [], [("NL102", "n1")],
        "confirmed type 1 diabetes; 'Trolig' hedges only the discharge (a plan)"),

    C("s28h47_inf_talar_for_erysipelas", "skane", "19280305-1016", "2024-07-09", [
        N("n1", M, "Inskrivningsanteckning", "csk_inf", "Maria Sjöberg", "läkare",
          "2024-07-05 17:50", "2024-07-05 20:10", SV, [
            ("Anamnes", "96-årig man från SÄBO. Sedan 2 d rodnad och värme vä underben, frossa i natt."),
            ("Status", "T 39,1. Vä underben: skarpt avgränsad rodnad från fotled till knä, "
                       "varm, öm. Fotsvamp mellan tårna."),
            ("Bedömning", "Bilden talar för erysipelas vä ben, ingång via interdigital intertrigo. "
                          "Bensyl-PC 3 g x3 iv."),
        ])],
        [("NL102", "n1")], [("NL101", "n1")],
        "'talar för' (points towards) erysipelas - hedged, visible, Skåne Melior"),

    C("s28h47_kir_talar_emot_appendicit", "vgr", "19660923-7901", "2024-08-22", [
        N("n1", M, "Akutanteckning", "kung_akm", "Josefin Ahlgren", "läkare",
          "2024-08-20 14:35", "2024-08-20 17:00", OV, [
            ("Anamnes", "57-årig kvinna, ont nedom naveln sedan igår, lös avföring x4."),
            ("Status", "Buk mjuk, diffust lätt öm, ingen släppömhet, ej öm McBurney."),
            ("Lab", "CRP 8, LPK 7,4."),
            ("Bedömning", "Klinik och lab talar emot appendicit. Sannolikt gastroenterit. "
                          "Hem, vätska, åter vid försämring."),
        ])],
        [("NL102", "n1")], [],
        "hard one: appendicitis is ruled out ('talar emot') but gastroenteritis is hedged "
        "('Sannolikt') - the hedge decides"),

    C("s28h47_kir_talar_emot_appendicit_ren", "skane", "19780220-6917", "2024-08-29", [
        N("n1", M, "Akutanteckning", "ystad_kir", "Henrik Månsson", "läkare",
          "2024-08-27 11:10", "2024-08-27 12:25", OV, [
            ("Anamnes", "46-årig man med smärta i hö fossa sedan i morse efter tungt lyft."),
            ("Status", "Buk mjuk och oöm vid djup palpation. Öm i hö ljumskens muskulatur. "
                       "Ingen bråckport palperas."),
            ("Lab", "CRP <5, LPK 6,9."),
            ("Bedömning", "Talar emot appendicit. Muskelsträckning. Hem, åter vid feber."),
        ])],
        [], [("NL102", "n1")],
        "appendicitis only named as argued against ('Talar emot') with a confirmed strain"),

    C("s28h47_neuro_missankt_tia_typo", "skane", "19751008-5611", "2024-10-03", [
        N("n1", M, "Läkaranteckning", "hbg_neuro", "Sofia Rahimi", "läkare",
          "2024-09-30 08:55", None, SV, [
            ("Aktuellt", "48 år. Igår 20 min svaghet i hö arm och talsvårigheter, helt "
                         "restituerad vid ankomst. NIHSS 0."),
            ("Undersökningar", "DT hjärna + DT-angio: inga akuta förändringar, ingen stenos."),
            ("Bedömning", "Missänkt TIA vä hemisfär. ABCD2 4 p. Start Trombyl + Atorvastatin, "
                          "Holter, UL carotis."),
        ])],
        [("NL102", "n1")], [],
        "typo in the hedge ('Missänkt') on TIA in an unsigned draft - still hedged and visible"),

    C("s28h47_med_mor_misstankt_als", "vgr", "19840520-5173", "2024-11-14", [
        N("n1", M, "Mottagningsanteckning", "su_neuro", "Oskar Lindahl", "läkare",
          "2024-11-11 13:30", "2024-11-11 15:00", OV, [
            ("Hereditet", "Mor avled 2019, 66 år, i misstänkt ALS (aldrig genetiskt utredd). "
                          "Morbror trol. samma sjukdom."),
            ("Aktuellt", "40-årig man, remitterad för fascikulationer i vader sedan 6 mån. "
                         "Ingen svaghet, inga sväljsvårigheter."),
            ("Status", "Normal kraft i alla muskelgrupper. Reflexer normala, Babinski neg. "
                       "Inga atrofier. Fascikulationer vader bilat."),
            ("Bedömning", "Normalt neurologiskt status. Benigna fascikulationer. ENeG "
                          "bokas för att lugna. Genetisk vägledning erbjuds."),
        ])],
        [], [("NL102", "n1")],
        "hedges ('misstänkt', 'trol.') are about the mother's and uncle's disease; the patient "
        "gets a confirmed benign diagnosis"),
]

# ======================================================================
# Part 2: NL101 - told / not told
# ======================================================================
CASES += [
    C("s28h47_kir_pad_coloncancer_ej_informerad", "vgr", "19950227-2439", "2024-05-31", [
        N("n1", M, "Läkaranteckning", "lid_kir", "Karl-Erik Strand", "läkare",
          "2024-05-27 15:20", "2024-05-27 16:02", OV, [
            ("Provsvar", "PAD från koloskopi 21/5 (biopsi sigmoideum 25 cm): måttligt "
                         "differentierat adenocarcinom."),
            ("Bedömning", "Sigmoideumcancer. Pat ej informerad ännu - besked ges vid "
                          "återbesök 3/6 tillsammans med kontaktsjuksköterska. DT thorax-buk "
                          "beställd för stadieindelning, anmäld till MDK."),
        ])],
        [("NL101", "n1")], [("NL102", "n1")],
        "confirmed colon cancer (PAD) in a visible section while 'Pat ej informerad ännu' - VGR"),

    C("s28h47_uro_prostatacancer_besked_lamnat", "skane", "19381225-0136", "2024-03-15", [
        N("n1", M, "Mottagningsanteckning", "csk_uro", "Ingrid Palm", "läkare",
          "2024-03-12 10:00", "2024-03-12 11:35", OV, [
            ("Aktuellt", "Besök för besked efter MR-riktad biopsi. Hustru med."),
            ("Provsvar", "PAD: acinärt adenocarcinom i 3/12 biopsier, Gleason 3+4=7 (ISUP 2). "
                         "PSA 8,4."),
            ("Bedömning", "Prostatacancer, intermediär risk. Pat och hustru informerade om "
                          "diagnosen och behandlingsalternativ (aktiv monitorering vs strålning). "
                          "Skriftlig info medgiven."),
            ("Planering", "Kontaktssk ringer om 1 v. Åb efter beslut."),
        ])],
        [], [("NL101", "n1"), ("NL102", "n1")],
        "confirmed prostate cancer and the patient has been told today"),

    C("s28h47_neuro_als_ej_forran_anhorig", "vgr", "19550211-3375", "2024-09-20", [
        N("n1", M, "Mottagningsanteckning", "skas_neuro", "Hanna Wikström", "läkare",
          "2024-09-16 14:10", "2024-09-16 16:40", OV, [
            ("Aktuellt", "69-årig man med 8 mån progredierande svaghet hö hand, nu även "
                         "dysartri. Viktnedgång 6 kg."),
            ("Status", "Atrofi thenar och interossei hö. Fascikulationer i tunga och "
                       "båda överarmar. Livliga reflexer, Babinski pos hö."),
            ("Undersökningar", "ENeG: utbredd akut och kronisk denervation i tre regioner."),
            ("Bedömning", "Amyotrofisk lateralskleros (ALS), definitiv enl reviderade "
                          "El Escorial. Pat ska inte informeras förrän vid gemensamt besök med "
                          "hustrun 23/9, enligt pats egen önskan om att ha henne med."),
        ])],
        [("NL101", "n1")], [("NL102", "n1")],
        "definite ALS in the visible Bedömning and the text says the patient must not be told yet"),

    C("s28h47_kir_ej_informerad_om_opdatum", "skane", "19530916-1643", "2024-04-26", [
        N("n1", M, "Telefonanteckning", "csk_kir", "Lena Ohlsson", "sjuksköterska",
          "2024-04-22 09:15", "2024-04-22 09:30", OV, [
            ("Telefonkontakt", "Pat med rektalcancer, välinformerad om diagnosen sedan "
                               "besöket 2/4, planerad för främre resektion."),
            ("Åtgärd", "Operationsdatum ej fastställt, pat därför ännu inte informerad om "
                       "op-datum. Återkommer när planeringen är klar."),
        ])],
        [], [("NL101", "n1")],
        "what is not yet told is the operation date; the rectal cancer itself was told on 2/4"),

    C("s28h47_hem_aml_tva_anteckningar", "vgr", "19990811-9754", "2024-06-14", [
        N("n1", M, "Läkaranteckning", "su_hem", "Viktor Persson", "läkare",
          "2024-06-10 17:45", "2024-06-10 18:20", SV, [
            ("Provsvar", "Benmärgsaspiration: 62% myeloiska blaster, flödescytometri "
                         "CD34+, CD117+, MPO+."),
            ("Bedömning", "Akut myeloisk leukemi. Patienten är ännu inte informerad, "
                          "besked i morgon förmiddag med föräldrarna närvarande."),
        ]),
        N("n2", M, "Läkaranteckning", "su_hem", "Viktor Persson", "läkare",
          "2024-06-11 11:30", "2024-06-11 13:05", SV, [
            ("Aktuellt", "Informationssamtal med pat, mamma och pappa, kontaktssk Annelie närv."),
            ("Bedömning", "Pat informerad om diagnosen AML och om planerad induktions"
                          "behandling. Frågor besvarade, kurator kontaktad. Start behandling 12/6."),
        ])],
        [("NL101", "n1")], [("NL101", "n2")],
        "n1 states AML while the patient is not yet told; n2 the next day documents the telling"),

    C("s28h47_onk_pat_informerad_dottern_ej", "skane", "19450804-2845", "2024-10-11", [
        N("n1", M, "Mottagningsanteckning", "csk_onk", "Björn Axelsson", "läkare",
          "2024-10-08 13:00", "2024-10-08 14:10", OV, [
            ("Aktuellt", "Uppföljning efter adjuvant kemo för bröstcancer 2022. DT visar "
                         "nytillkomna levermetastaser, biopsiverifierade."),
            ("Bedömning", "Metastaserande bröstcancer (lever). Pat informerad i dag. Hon "
                          "önskar att dottern inte informeras förrän efter jul, vilket respekteras."),
            ("Planering", "Start palliativ endokrin behandling + CDK4/6-hämmare."),
        ])],
        [], [("NL101", "n1")],
        "the patient is told; only the daughter is not - not an uncommunicated diagnosis"),

    C("s28h47_geri_dottern_vet_pat_ej", "vgr", "19270526-0517", "2024-02-09", [
        N("n1", M, "Daganteckning", "nal_geri", "Emma Karlsson", "läkare",
          "2024-02-06 14:40", "2024-02-06 15:55", SV, [
            ("Aktuellt", "Fortsatt fluktuerande konfusion, bättre på förmiddagen."),
            ("Undersökningar", "Gastroskopi 5/2: ulcererande tumör i corpus ventriculi, "
                               "PAD: adenocarcinom."),
            ("Bedömning", "Ventrikelcancer. Dottern informerad per telefon. Pat själv "
                          "ännu inte informerad p.g.a. delirium, ny bedömning i morgon."),
        ])],
        [("NL101", "n1")], [],
        "the daughter is told but the patient is not (delirium) - diagnosis visible, NL101"),

    C("s28h47_th_mall_pankreas_ej_informerad", "skane", "19610109-0667", "2024-07-19", [
        N("n1", M, "Tidiga hypoteser", "ystad_med", "Tobias Hedlund", "läkare",
          "2024-07-16 16:30", "2024-07-16 17:00", SV, [
            ("Bedömning", "DT buk: 4 cm lågattenuerande process i caput pancreatis med "
                          "multipla leverlesioner, starkt misstänkt pankreascancer med metastaser. "
                          "Pat ej informerad, avvaktar biopsi och MDK."),
        ])],
        [], [("NL101", "n1"), ("NL102", "n1")],
        "untold, hedged pancreatic cancer kept in the Skåne template Tidiga hypoteser - protected"),

    C("s28h47_vgr_th_sokord_ms_ej_informerad", "vgr", "19960830-7584", "2024-05-17", [
        N("n1", M, "Mottagningsanteckning", "su_neuro", "Ali Rostami", "läkare",
          "2024-05-14 09:00", "2024-05-14 10:20", OV, [
            ("Aktuellt", "27-årig kvinna, dimsyn vä öga för 3 v sedan, nu bättre. "
                         "Stickningar i båda benen i vintras."),
            ("Status", "Visus vä 0,7. RAPD vä. I övrigt normalt neurologstatus."),
            ("Tidiga hypoteser", "MR hjärna: flera periventrikulära och juxtakortikala "
                                 "lesioner. Misstänkt MS. Pat ej informerad om MR-fynden, "
                                 "avvaktar LP."),
            ("Planering", "LP bokad 21/5. Åb efter svar."),
        ])],
        [], [("NL101", "n1"), ("NL102", "n1")],
        "VGR: the untold hedged MS sits only under the sökord Tidiga hypoteser; visible parts hold symptoms"),

    C("s28h47_vgr_th_sokord_lackt_till_bedomning", "vgr", "19630814-2246", "2024-05-24", [
        N("n1", M, "Mottagningsanteckning", "skas_lung", "Gustav Berg", "läkare",
          "2024-05-21 11:15", "2024-05-21 12:00", OV, [
            ("Tidiga hypoteser", "Pat bör först få besked av sin ordinarie läkare."),
            ("Undersökningar", "EBUS-biopsi station 7: småcellig lungcancer."),
            ("Bedömning", "Småcellig lungcancer, begränsad sjukdom. Pat inte informerad "
                          "än, besked på torsdag."),
        ])],
        [("NL101", "n1")], [],
        "a Tidiga hypoteser section exists, but the untold small-cell lung cancer is written in "
        "the visible Bedömning"),

    C("s28h47_endo_normalt_tsh_ej_meddelat", "skane", "19930322-0280", "2024-11-29", [
        N("n1", M, "Läkaranteckning", "angh_med", "Jenny Forsberg", "läkare",
          "2024-11-26 15:00", "2024-11-26 15:12", OV, [
            ("Diagnos", "Hypotyreos (Hashimoto), känd sedan 2015."),
            ("Provsvar", "TSH 2,1, fritt T4 15. Normala värden på nuvarande Levaxindos."),
            ("Åtgärd", "Provsvaret ej meddelat pat ännu, skickas brev. Oförändrad dos."),
        ])],
        [], [("NL101", "n1")],
        "the untold thing is a normal lab result; the hypothyroidism is long known"),

    C("s28h47_lung_remiss_ej_informerad", "vgr", "19521122-2533", "2024-12-06", [
        N("n1", M, "Läkaranteckning", "skas_lung", "Gustav Berg", "läkare",
          "2024-12-02 08:30", "2024-12-02 08:41", OV, [
            ("Bedömning", "KOL stadium 3, frekventa exacerbationer."),
            ("Åtgärd", "Remiss till lungrehab skickad idag. Pat är inte informerad om "
                       "att remissen gått iväg, ssk ringer i veckan."),
        ])],
        [], [("NL101", "n1")],
        "not yet told that a referral was sent - no untold diagnosis"),

    C("s28h47_lung_sarkoidos_inget_om_besked", "skane", "19810727-6993", "2024-08-16", [
        N("n1", M, "Mottagningsanteckning", "csk_lung", "Nils Ekdahl", "läkare",
          "2024-08-13 13:45", "2024-08-13 14:30", OV, [
            ("Diagnos", "Sarkoidos stadium II, PAD-verifierad (EBUS 2024-07)."),
            ("Aktuellt", "Torrhosta, lätt ansträngningsdyspné. Inga hudförändringar, "
                         "inga ögonbesvär."),
            ("Spirometri", "FVC 88% av förv, DLCO 74%."),
            ("Planering", "Ingen behandling i nuläget. Ny spirometri + rtg om 6 mån."),
        ])],
        [], [("NL101", "n1"), ("NL102", "n1")],
        "confirmed sarcoidosis and nothing at all is said about telling the patient"),

    C("s28h47_neuro_parkinson_kand_sedan_tidigare", "vgr", "19551004-5718", "2024-03-22", [
        N("n1", M, "Mottagningsanteckning", "skas_neuro", "Hanna Wikström", "läkare",
          "2024-03-18 10:30", "2024-03-18 11:50", OV, [
            ("Aktuellt", "Parkinsons sjukdom sedan 2020, pat och maka väl insatta i "
                         "diagnosen sedan dess. Nu end-of-dose-fenomen ca 1 h före nästa dos."),
            ("Läkemedel", "Madopar 100/25 1x4, Madopar depot 1 tn."),
            ("Planering", "Lägger till entakapon. Åb 3 mån."),
        ])],
        [], [("NL101", "n1")],
        "known Parkinson's disease, told long ago ('väl insatta i diagnosen sedan dess')"),

    C("s28h47_hud_melanom_ej_infomerad_typo", "skane", "19810214-5227", "2024-09-13", [
        N("n1", M, "Läkaranteckning", "sus_hud", "Cecilia Nord", "läkare",
          "2024-09-09 16:10", "2024-09-09 16:25", OV, [
            ("Provsvar", "PAD excision hö skuldra: malignt melanom, superficiellt "
                         "spridande, Breslow 1,4 mm, ulceration saknas."),
            ("Bedömning", "Melanom T2a. Pat ej infomerad ännu, kallas till besök för besked "
                          "och planering av utvidgad excision + sentinel node."),
        ])],
        [("NL101", "n1")], [("NL102", "n1")],
        "typo in 'ej infomerad' - confirmed melanoma untold in a visible note"),

    C("s28h47_hud_basaliom_besked_telefon", "skane", "19851110-7891", "2024-10-25", [
        N("n1", M, "Telefonanteckning", "sus_hud", "Cecilia Nord", "läkare",
          "2024-10-21 13:20", "2024-10-21 13:28", OV, [
            ("Telefonkontakt", "Ringt pat och meddelat PAD: nodulär basalcellscancer på näsan, "
                               "radikalt exciderad. Pat nöjd, inga frågor."),
            ("Planering", "Ingen ytterligare kontroll. Hudkontroll via vc vid nya förändringar."),
        ])],
        [], [("NL101", "n1"), ("NL102", "n1")],
        "basal cell carcinoma result phoned to the patient today - communicated, confirmed"),
]

# ======================================================================
# Part 3: hedge varieties, protected places, PMO
# ======================================================================
CASES += [
    C("s28h47_pmo_vc_trol_cystit", "skane", "20010914-4824", "2024-03-08", [
        N("n1", P, "Besöksanteckning", "vc_bjuv", "Amira Haddad", "läkare",
          "2024-03-06 10:40", "2024-03-06 11:00", OV, [
            ("Kontaktorsak", "Sveda vid miktion 2 d, täta trängningar."),
            ("Status", "Afebril. Ej dunköm över njurloger. U-sticka: nitrit +, leukocyter 2+."),
            ("Bedömning", "Trol. okomplicerad cystit. Nitrofurantoin 50 mg 1x3 i 5 d."),
        ])],
        [], [("NL102", "n1")],
        "hedged cystitis in a PMO primary care note - PMO never shows diagnoses"),

    C("s28h47_pmo_bvc_misstankt_hoftledsinstabilitet", "skane", "20230424-3963", "2024-01-26", [
        N("n1", P, "BVC-anteckning", "bvc_hoganas", "Marie Lund", "sjuksköterska",
          "2024-01-24 09:30", "2024-01-24 10:15", OV, [
            ("Hälsobesök", "9-månaderskontroll. Mamma med. Äter bra, sover hela nätter."),
            ("Undersökning", "Asymmetriska lårveck, nedsatt abduktion vä höft. "
                             "Vikt och längd följer kurvan."),
            ("Bedömning", "Misstänkt höftledsdysplasi vä. BVC-läkare konsulterad, "
                          "remiss till barnortopeden för UL."),
        ])],
        [], [("NL102", "n1")],
        "hedged hip dysplasia in a PMO BVC note (guardian-read) - PMO hides diagnoses"),

    C("s28h47_pmo_um_ev_klamydia", "skane", "20060107-2648", "2024-09-18", [
        N("n1", P, "Besöksanteckning", "um_kristianstad", "Sanna Lindgren", "barnmorska",
          "2024-09-16 15:30", "2024-09-16 15:50", OV, [
            ("Kontaktorsak", "Ökade flytningar, ny partner sedan 2 mån."),
            ("Bedömning", "Ev. klamydia. Självtest taget, svar via 1177 om ca en vecka. "
                          "Info om kondom."),
        ])],
        [], [("NL102", "n1")],
        "18-year-old at a youth clinic, 'Ev. klamydia' in PMO - not shown, must_not"),

    C("s28h47_skane_th_mall_ftd", "skane", "19480512-4510", "2024-04-05", [
        N("n1", M, "Tidiga hypoteser", "lkr_geri", "Olof Bengtsson", "läkare",
          "2024-04-02 14:00", "2024-04-02 14:30", OV, [
            ("Bedömning", "Personlighetsförändring enl hustrun, disinhibition, normalt "
                          "MMSE. Misstänkt beteendevariant av frontotemporal demens. "
                          "Avvaktar MR och neuropsykologisk bedömning innan detta diskuteras "
                          "med pat."),
        ])],
        [], [("NL102", "n1")],
        "hedged frontotemporal dementia documented in the Skåne template Tidiga hypoteser"),

    C("s28h47_vgr_mall_th_men_sokord_bedomning", "vgr", "19771001-8099", "2024-06-07", [
        N("n1", M, "Tidiga hypoteser", "als_med", "Karin Ljung", "läkare",
          "2024-06-03 13:40", "2024-06-03 14:05", OV, [
            ("Bedömning", "Hyperkalcemi 2,92 och lågt PTH. Trolig malignitetsassocierad "
                          "hyperkalcemi, utredning med DT och myelomprover."),
        ])],
        [("NL102", "n1")], [],
        "VGR filters by sökord, not template: a 'Tidiga hypoteser' template with the sökord "
        "Bedömning stays visible"),

    C("s28h47_skane_sokord_th_i_lakaranteckning", "skane", "19870307-6805", "2024-02-16", [
        N("n1", M, "Läkaranteckning", "hbg_psyk", "Daniel Friberg", "läkare",
          "2024-02-13 10:10", "2024-02-13 11:00", OV, [
            ("Aktuellt", "Nybesök. Nedstämdhet sedan hösten, sömnsvårigheter."),
            ("Tidiga hypoteser", "Trol. bipolär sjukdom typ II, hypomana episoder enl "
                                 "sambon."),
            ("Planering", "Åb 2 v, skattningsskalor till dess."),
        ])],
        [("NL102", "n1")], [],
        "Skåne protects by template only: a sökord named Tidiga hypoteser inside a Läkaranteckning "
        "is not filtered"),

    C("s28h47_vgr_th_sokord_och_bedomning_bada", "vgr", "19641226-4274", "2024-07-12", [
        N("n1", M, "Mottagningsanteckning", "su_reuma", "Petra Holmgren", "läkare",
          "2024-07-08 09:20", "2024-07-08 10:30", OV, [
            ("Aktuellt", "Erythema nodosum på båda underbenen, fotledsartrit bilat."),
            ("Tidiga hypoteser", "Löfgrens syndrom är huvudhypotesen."),
            ("Bedömning", "Ev. sarkoidos, rtg pulm och ACE beställda."),
        ])],
        [("NL102", "n1")], [],
        "hedge is in Tidiga hypoteser AND repeated in the visible Bedömning ('Ev. sarkoidos')"),

    C("s28h47_barn_misstankt_celiaki", "skane", "20170523-4621", "2024-10-18", [
        N("n1", M, "Mottagningsanteckning", "hbg_barn", "Lars Jönsson", "läkare",
          "2024-10-14 08:45", "2024-10-14 09:50", OV, [
            ("Anamnes", "7-årig flicka, pappa med. Ont i magen, lös avföring, vikten har "
                        "planat ut senaste året."),
            ("Status", "Lätt utspänd buk, i övrigt ua. Längd -1 SD, vikt -1,8 SD."),
            ("Lab", "Transglutaminas-ak IgA 87 (ref <7), total-IgA normalt."),
            ("Bedömning", "Misstänkt celiaki. Gastroskopi med duodenalbiopsier, glutenfri kost "
                          "ej förrän efter biopsi."),
        ])],
        [("NL102", "n1")], [("NL101", "n1")],
        "child under 13 (guardians read): hedged coeliac disease in a Skåne Melior note"),

    C("s28h47_barn_bror_celiaki_pat_negativ", "vgr", "20160201-4886", "2024-04-19", [
        N("n1", M, "Mottagningsanteckning", "sas_barn", "Johanna Nilsson", "läkare",
          "2024-04-15 14:15", "2024-04-15 14:55", OV, [
            ("Anamnes", "Storebror har celiaki sedan 2021. Pat 8 år, sporadiska magknip, "
                        "växer fint."),
            ("Lab", "Transglutaminas-ak <1, IgA normalt."),
            ("Bedömning", "Ingen misstanke om celiaki hos pat. Funktionella buksmärtor. "
                          "Nytt ak-prov vid symtom."),
        ])],
        [], [("NL102", "n1")],
        "brother's coeliac disease, patient's coeliac explicitly not suspected"),

    C("s28h47_reuma_bild_som_vid_ra", "skane", "19830716-9451", "2024-05-03", [
        N("n1", M, "Mottagningsanteckning", "sus_reuma", "Magnus Åkesson", "läkare",
          "2024-04-29 11:00", "2024-04-29 12:10", OV, [
            ("Anamnes", "Morgonstelhet 2 h, svullna fingrar sedan jul."),
            ("Status", "Synovit MCP 2-3 bilat, PIP 3 hö. Squeeze-test pos bilat."),
            ("Lab", "RF 64, anti-CCP >340, SR 38."),
            ("Bedömning", "Bild som vid seropositiv RA. Startar MTX 15 mg/v + Folacin, "
                          "prednisolon-brygga."),
        ])],
        [("NL102", "n1")], [],
        "'Bild som vid' (picture as in) seropositive RA - hedged wording in Bedömning"),

    C("s28h47_hem_inger_misstanke_lymfom", "vgr", "19720912-3236", "2024-02-23", [
        N("n1", M, "Mottagningsanteckning", "su_hem", "Anna Bergqvist", "läkare",
          "2024-02-19 15:00", "2024-02-19 15:45", OV, [
            ("Aktuellt", "Nattsvettningar, 7 kg viktnedgång på 3 mån, klåda."),
            ("Status", "Flera 2-3 cm fasta, oömma lgl supraklavikulärt vä och i axill."),
            ("Bedömning", "Lymfkörtelstatus och B-symtom inger misstanke om lymfom. "
                          "Excisionsbiopsi via ÖNH, PET-DT."),
        ])],
        [("NL102", "n1")], [],
        "'inger misstanke om' lymphoma - hedged, VGR Melior"),

    C("s28h47_geri_kan_rora_sig_om_pmr", "skane", "19340128-5378", "2024-11-08", [
        N("n1", M, "Mottagningsanteckning", "lkr_geri", "Olof Bengtsson", "läkare",
          "2024-11-05 10:30", "2024-11-05 11:15", OV, [
            ("Aktuellt", "Värk och stelhet i axlar och höfter sedan 4 v, svårt ta på sig "
                         "kläderna på morgonen."),
            ("Lab", "SR 62, CRP 41."),
            ("Bedömning", "Kan röra sig om polymyalgia reumatika. Ingen huvudvärk eller "
                          "synpåverkan. Prova Prednisolon 15 mg, kontroll om 1 v."),
        ])],
        [("NL102", "n1")], [],
        "'Kan röra sig om' PMR in a geriatric outpatient note"),

    C("s28h47_med_fragestallning_lungcancer", "vgr", "19691010-5342", "2024-01-12", [
        N("n1", M, "Läkaranteckning", "als_med", "Karin Ljung", "läkare",
          "2024-01-08 11:30", "2024-01-08 11:45", OV, [
            ("Aktuellt", "Rökare 40 paketår. Hemoptys x2, hosta i 2 mån."),
            ("Åtgärd", "Remiss DT thorax + övre buk, frågeställning lungcancer. "
                       "Standardiserat vårdförlopp startat."),
        ])],
        [("NL102", "n1")], [],
        "'frågeställning lungcancer' on a CT referral - a hedged diagnosis of the patient"),

    C("s28h47_kard_fragestallning_fran_pat_bilkorning", "skane", "19360427-3452", "2024-12-13", [
        N("n1", M, "Mottagningsanteckning", "hbg_kard", "Rebecka Sundin", "läkare",
          "2024-12-10 09:00", "2024-12-10 09:35", OV, [
            ("Diagnos", "AV-block III, pacemaker (DDD) 2024-11-22."),
            ("Aktuellt", "Sårkontroll och pacemakerkontroll. Frågeställning från pat: får han "
                         "köra bil nu?"),
            ("Bedömning", "Fint läkt sår. Normal pacemakerfunktion. Bilkörning ok efter "
                          "1 v enl körkortsföreskrifterna, dvs redan nu."),
        ])],
        [], [("NL102", "n1")],
        "hard negative: 'Frågeställning' and '?' are the patient's question about driving, "
        "diagnosis confirmed"),

    C("s28h47_reuma_oklart_om_reaktiv_artrit", "vgr", "19820504-1778", "2024-08-09", [
        N("n1", M, "Mottagningsanteckning", "su_reuma", "Petra Holmgren", "läkare",
          "2024-08-05 13:00", "2024-08-05 13:50", OV, [
            ("Anamnes", "Salmonellainfektion efter resa i juni. Nu svullet hö knä och vä "
                        "fotled sedan 3 v."),
            ("Status", "Hydrops hö knä, synovit vä fotled. Hälsenan öm."),
            ("Bedömning", "Oklart om det rör sig om reaktiv artrit eller debut av "
                          "spondylartrit. HLA-B27, punktion hö knä."),
        ])],
        [("NL102", "n1")], [],
        "'Oklart om det rör sig om' reactive arthritis - hedged diagnosis"),

    C("s28h47_geri_oklart_om_hemgang", "skane", "19270627-1380", "2024-03-01", [
        N("n1", M, "Daganteckning", "hbg_geri", "Isak Mattsson", "läkare",
          "2024-02-27 13:00", "2024-02-27 13:40", SV, [
            ("Aktuellt", "Postop dag 5 efter op av vä collum femoris-fraktur (halvprotes)."),
            ("Bedömning", "Opererad höftfraktur, läker fint. Oklart om pat klarar hemgång "
                          "till helgen, går kortare sträckor med rollator. Vårdplanering med "
                          "kommunen på torsdag."),
        ])],
        [], [("NL102", "n1")],
        "'Oklart om' concerns whether she can go home (a plan); the fracture is confirmed"),
]

# ======================================================================
# Part 4: long charts, medication lists, copy-forward, amendments, drafts
# ======================================================================
CASES += [
    C("s28h47_long_inskrivning_endokardit_kan_inte_uteslutas", "vgr", "19441002-7132", "2024-03-29", [
        N("n1", M, "Inskrivningsanteckning", "sas_med", "Elias Wennberg", "läkare",
          "2024-03-25 21:30", "2024-03-26 07:55", SV, [
            ("Kontaktorsak", "Feber sedan 10 dagar, trötthet."),
            ("Tidigare sjukdomar", "- Aortastenos, biologisk klaffprotes (AVR) 2019\n"
             "- DM typ 2, tablettbeh\n- Hypertoni\n- Förmaksflimmer paroxysmalt\n"
             "- Prostatahyperplasi, TURP 2016\n- Tandextraktion 4 v sedan"),
            ("Läkemedel", "Metformin 1 g 1x2\nEliquis 5 mg 1x2\nRamipril 5 mg 1x1\n"
             "Metoprolol 50 mg 1x1\nAtorvastatin 40 mg 1x1\nAlvedon 1 g v.b."),
            ("Anamnes", "79-årig man. Feber 38-39 kvällstid sedan ca 10 d, frossa x2. "
                        "Ingen hosta, ingen sveda, ingen diarré. Ätit sämre, gått ner 2 kg. "
                        "Vc gav Kåvepenin för ?tonsillit för 1 v sedan utan effekt, "
                        "inga odlingar tagna innan."),
            ("Status", "AT: trött men opåverkad. T 38,6. Cor: oregelb, systoliskt blåsljud "
                       "2/6 över aorta, oklart om nytt. Pulm: vesikulärt bilat. Buk: mjuk, oöm. "
                       "Hud: inga petekier, inga Janeway-lesioner. Naglar ua."),
            ("Lab", "CRP 78, LPK 11,2, Hb 112, PLT 168, krea 104, u-sticka neg."),
            ("Bedömning", "Feber utan fokus hos pat med klaffprotes och nylig tandextraktion. "
                          "Protesendokardit kan inte uteslutas. Blododlingar x3 före ab, "
                          "TEE bokas, infektionskonsult i morgon."),
        ])],
        [("NL102", "n1")], [("NL101", "n1")],
        "long telegraphic admission with problem and drug lists; 'kan inte uteslutas' on "
        "prosthetic endocarditis"),

    C("s28h47_long_epikris_alla_avskrivna", "skane", "19331104-7207", "2024-05-10", [
        N("n1", M, "Epikris", "hbg_med", "Klara Dahlberg", "läkare",
          "2024-05-07 14:20", "2024-05-08 09:10", SV, [
            ("Diagnoser", "Hjärtsvikt med nedsatt EF, dekompenserad (I50.1)\n"
             "Förmaksflimmer (I48.9)\nKronisk njursvikt st 3b (N18.3)"),
            ("Vårdförlopp", "90-årig kvinna inlagd 29/4 med andnöd och bensvullnad. Pro-BNP "
                            "9800. Diuretika iv med god effekt, viktnedgång 5 kg. D-dimer "
                            "förhöjt, DT lungartärer utan embolier - misstanken om lungemboli "
                            "avskrevs. Pga anemi och viktnedgång gjordes DT buk som inte "
                            "visade några tecken på malignitet. Krea max 168, nu 131."),
            ("Läkemedel vid utskrivning", "Furix 40 mg 2+0 (ökad)\nSpironolakton 25 mg 1x1 (ny)\n"
             "Bisoprolol 2,5 mg 1x1\nEliquis 2,5 mg 1x2\nLevaxin 50 mikrog 1x1"),
            ("Uppföljning", "Vikt dagligen, ev. dosjustering av Furix via hjärtsviktsssk. "
                            "Kontroll krea/K om 1 v på vc. Åb hjärtsviktsmott 6 v."),
        ])],
        [], [("NL102", "n1")],
        "long discharge summary: confirmed diagnoses, PE ruled out ('avskrevs'), no signs of "
        "malignancy; only 'ev.' on a dose change"),

    C("s28h47_copyforward_pyelonefrit_bekraftad_dag3", "skane", "19690117-3382", "2024-09-06", [
        N("n1", M, "Inskrivningsanteckning", "csk_med", "Omar Said", "läkare",
          "2024-09-01 23:10", "2024-09-02 08:00", SV, [
            ("Aktuellt", "55-årig kvinna, frossa och feber 39,5, ont i vä flank, sveda."),
            ("Status", "Dunköm vä njurloge. BT 104/62, p 112."),
            ("Bedömning", "Misstänkt pyelonefrit vä. Urinodling + blododling, "
                          "Cefotaxim 1 g x3."),
        ]),
        N("n2", M, "Daganteckning", "csk_med", "Omar Said", "läkare",
          "2024-09-04 10:00", "2024-09-04 10:35", SV, [
            ("Problemlista", "Pyelonefrit vä, E. coli i urin- och blododling (känslig för "
                             "cefalosporiner). Feberfri sedan igår."),
            ("Bedömning", "Pyelonefrit med bakteremi, svarar på behandling. Byte till "
                          "peroral Ceftibuten, total beh 10 d. Hem i morgon."),
        ])],
        [("NL102", "n1"), ], [("NL102", "n2")],
        "admission note hedges pyelonephritis (n1, must); the day-3 note carries it confirmed by "
        "culture (n2, must_not)"),

    C("s28h47_copyforward_trol_gikt_kvar", "vgr", "19331114-1307", "2024-10-04", [
        N("n1", M, "Daganteckning", "nal_geri", "Linus Sandberg", "läkare",
          "2024-09-27 11:00", "2024-09-27 11:30", SV, [
            ("Bedömning", "Rodnad, svullen vä stortåled. Trol. giktartrit vä MTP I. "
                          "Colchicin startat."),
        ]),
        N("n2", M, "Daganteckning", "nal_geri", "Hampus Eklund", "läkare",
          "2024-10-01 10:15", "2024-10-01 10:40", SV, [
            ("Problemlista", "Trol. giktartrit vä stortå (kopierat från 27/9)\n"
             "Hjärtsvikt\nDemens, Alzheimer"),
            ("Aktuellt", "Tån nästan avsvälld. Urat 540. Går med rollator i korridoren."),
        ])],
        [("NL102", "n2")], [],
        "copy-forward keeps the stale hedge 'Trol. giktartrit' in the later note's visible problem list"),

    C("s28h47_tillagg_efter_dt_talar_for_divertikulit", "skane", "19350817-6223", "2024-06-21", [
        N("n1", M, "Akutanteckning", "ystad_kir", "Henrik Månsson", "läkare",
          "2024-06-17 18:40", "2024-06-18 12:30", OV, [
            ("Anamnes", "88-årig kvinna, ont i vä fossa 3 d, subfebril."),
            ("Status", "Öm vä fossa, ingen peritonit."),
            ("Lab", "CRP 134, LPK 12,6."),
            ("Bedömning", "Inläggs kir för DT buk och observation."),
            ("Tillägg", "Tillägg 18/6 efter DT-svar: fynden talar för okomplicerad "
                        "sigmoideumdivertikulit, ingen abscess. Ingen ab, smärtlindring."),
        ])],
        [("NL102", "n1")], [],
        "an amendment added before signing ('Tillägg') brings a hedged diverticulitis into the note"),

    C("s28h47_tillagg_kotkompression_uteslutes", "vgr", "19460325-7900", "2024-04-19", [
        N("n1", M, "Mottagningsanteckning", "sas_ort", "Tove Rydberg", "läkare",
          "2024-04-12 10:00", "2024-04-15 08:20", OV, [
            ("Aktuellt", "Ryggsmärta efter fall i hemmet, osteoporos på Alendronat."),
            ("Status", "Palpöm över thorakolumbala övergången. Neurologi ua i UE."),
            ("Bedömning", "Kotkompression L1 uteslutes med MR (tillägg efter svar 15/4). "
                          "Kontusion, smärtlindring, fysioterapi."),
        ])],
        [], [("NL102", "n1")],
        "amended Bedömning: the vertebral compression is ruled out by MRI"),

    C("s28h47_iva_draft_misstankt_urosepsis", "vgr", "19320704-8699", "2024-02-02", [
        N("n1", M, "Läkaranteckning", "sas_iva", "Rasmus Ek", "läkare",
          "2024-01-31 03:20", None, SV, [
            ("Aktuellt", "Inkommer från akuten med hypotension trots 3 l Ringer. "
                         "Noradrenalin 0,15 mikrog/kg/min."),
            ("Status", "GCS 13. MAP 62 på NA. Laktat 5,1. Diures 10 ml/h. KAD med grumlig urin."),
            ("Bedömning", "Septisk chock, misstänkt urosepsis. Meropenem, CVK + artärnål. "
                          "UL njurar för att utesl avflödeshinder."),
        ])],
        [("NL102", "n1")], [],
        "unsigned ICU draft: septic shock confirmed, its urinary source hedged ('misstänkt urosepsis')"),

    C("s28h47_geri_lakemedelsgenomgang_ev_utsattning", "skane", "19261002-0741", "2024-08-23", [
        N("n1", M, "Läkaranteckning", "lkr_geri", "Olof Bengtsson", "läkare",
          "2024-08-19 14:00", "2024-08-19 15:20", OV, [
            ("Diagnoser", "Alzheimers sjukdom, måttlig\nOsteoporos med kotfrakturer\n"
             "Hypertoni\nKronisk njursvikt st 4"),
            ("Läkemedelsgenomgång", "Sobril 10 mg till natten - ev. utsättning, "
                                    "nedtrappning föreslås. Furix 20 mg - möjligen sänka "
                                    "till varannan dag, BT 108/60. Donepezil 10 mg - fortsätter. "
                                    "Omeprazol utan klar indikation, sätts ut. Kalcium/D-vitamin "
                                    "fortsätter."),
            ("Planering", "Ny lista skickas till hemtjänst och dosapotek. Eventuellt "
                          "nytt ortostatiskt BT vid nästa besök."),
        ])],
        [], [("NL102", "n1")],
        "medication review: 'ev.', 'möjligen', 'Eventuellt' hedge only drug changes and a BP check"),

    C("s28h47_problemlista_ms_2018_avskrivet", "vgr", "19910222-8047", "2024-11-22", [
        N("n1", M, "Mottagningsanteckning", "su_neuro", "Oskar Lindahl", "läkare",
          "2024-11-18 15:10", "2024-11-18 15:50", OV, [
            ("Tidigare", "2018 utreddes pat för misstänkt MS efter känselbortfall, normal "
                         "MR och LP - diagnosen avskrevs."),
            ("Aktuellt", "Migrän utan aura sedan tonåren, nu 6-8 attacker/mån."),
            ("Bedömning", "Migrän utan aura. Startar profylax med Propranolol 40 mg x2."),
        ])],
        [], [("NL102", "n1")],
        "old suspicion of MS written as history that was written off ('avskrevs')"),

    C("s28h47_op_berattelse_makroskopiskt_misstankt_crohn", "skane", "20020519-3378", "2024-07-26", [
        N("n1", M, "Operationsberättelse", "hbg_kir", "Mats Holmberg", "läkare",
          "2024-07-22 02:40", "2024-07-22 09:15", SV, [
            ("Operation", "Laparoskopisk appendektomi."),
            ("Operationsfynd", "Appendix lätt rodnad. Terminala ileum förtjockat och "
                               "stelt ca 15 cm, krypande fett. Makroskopiskt misstänkt "
                               "Crohns sjukdom. Appendix exstirperad, skickad för PAD."),
            ("Postop ordination", "Fri kost, mobilisering. Remiss gastromott."),
        ])],
        [("NL102", "n1")], [],
        "operation report: 'Makroskopiskt misstänkt Crohns sjukdom' in a visible section"),

    C("s28h47_iva_long_negationer_pneumokocksepsis", "vgr", "19971020-8761", "2024-12-20", [
        N("n1", M, "Daganteckning", "sas_iva", "Rasmus Ek", "läkare",
          "2024-12-17 09:30", "2024-12-17 11:45", SV, [
            ("Aktuellt", "Dygn 3 på IVA. Pneumokocker i blododling x2. NA utsatt i natt."),
            ("Status", "Vaken, adekvat, GCS 15. Temp 37,4. MAP 78 utan stöd. Sat 96% på "
                       "2 l. Cor: RR, inga blåsljud. Pulm: ned andningsljud hö bas."),
            ("Undersökningar", "LP dag 1 ua: celler 2, protein normalt. TEE igår: inga "
                               "vegetationer."),
            ("Bedömning", "Pneumokocksepsis med pneumoni hö underlob. Ingen hållpunkt för "
                          "meningit. Utan tecken till endokardit på TEE. Bensyl-PC 3 g x4."),
            ("Planering", "Flytt till infektion i eftermiddag."),
        ])],
        [], [("NL102", "n1")],
        "ICU note: confirmed pneumococcal sepsis; meningitis and endocarditis negated "
        "('Ingen hållpunkt för', 'Utan tecken till')"),

    C("s28h47_akm_obs_pneumoni", "skane", "19760617-7629", "2024-01-05", [
        N("n1", M, "Akutanteckning", "hbg_akm", "Johan Lindqvist", "läkare",
          "2024-01-03 20:05", "2024-01-03 20:40", OV, [
            ("Bedömning", "Obs pneumoni vä. Rtg pulm, CRP, åter akutrum efter svar."),
        ])],
        [("NL102", "n1")], [],
        "one-liner with the clinical hedge 'Obs' (under observation for) pneumonia"),

    C("s28h47_onh_en_rad_trol_bppv", "vgr", "19460324-1268", "2024-05-24", [
        N("n1", M, "Mottagningsanteckning", "sas_onh", "Ebba Strömberg", "läkare",
          "2024-05-20 09:45", "2024-05-20 09:55", OV, [
            ("Bedömning", "Trol. BPPV hö bakre båggång, Epleys manöver utförd med god effekt."),
        ])],
        [("NL102", "n1")], [],
        "one line: 'Trol.' BPPV"),

    C("s28h47_inf_en_rad_konstaterad_influensa", "skane", "19750703-3020", "2024-02-09", [
        N("n1", M, "Läkaranteckning", "csk_inf", "Maria Sjöberg", "läkare",
          "2024-02-06 12:00", "2024-02-06 12:05", SV, [
            ("Bedömning", "Konstaterad influensa A (PCR pos), Tamiflu 75 mg x2 i 5 d insatt."),
        ])],
        [], [("NL102", "n1")],
        "one line, PCR-confirmed influenza - no hedge"),

    C("s28h47_omvardnad_ev_illamaende_symtom", "vgr", "19900917-3130", "2024-10-25", [
        N("n1", M, "Omvårdnadsanteckning", "skas_med", "Ida Lundqvist", "sjuksköterska",
          "2024-10-22 21:40", "2024-10-22 22:00", SV, [
            ("Aktuellt", "Pat med pneumoni, får Doxyferm. Ev. lite illamående efter kvällsmaten, "
                         "fick Primperan 10 mg med effekt."),
            ("Omvårdnad", "Mobiliserad till toalett, sat 95% utan syrgas."),
        ])],
        [], [("NL102", "n1")],
        "nurse note: 'Ev.' hedges a symptom (nausea); pneumonia is stated as fact"),
]

# ======================================================================
# Part 5: NL101 positives across specialties
# ======================================================================
CASES += [
    C("s28h47_neuro_glioblastom_ej_beskedet", "skane", "19590607-5410", "2024-04-12", [
        N("n1", M, "Läkaranteckning", "hbg_neuro", "Sofia Rahimi", "läkare",
          "2024-04-09 16:50", "2024-04-09 17:20", SV, [
            ("Provsvar", "PAD stereotaktisk biopsi vä temporallob: glioblastom, IDH-vildtyp, "
                         "MGMT metylerad."),
            ("Bedömning", "Glioblastom. Pat har inte fått beskedet än, familjesamtal med "
                          "neurokirurg planeras fredag. Fortsatt Betapred 4 mg x2."),
        ])],
        [("NL101", "n1")], [("NL102", "n1")],
        "confirmed glioblastoma in Bedömning; 'har inte fått beskedet än'"),

    C("s28h47_gyn_cervixcancer_ej_underattad_typo", "vgr", "19810919-7247", "2024-03-22", [
        N("n1", M, "Läkaranteckning", "nal_gyn", "Malin Fransson", "läkare",
          "2024-03-19 14:30", "2024-03-19 14:45", OV, [
            ("Provsvar", "PAD konbiopsi: invasiv skivepitelcancer, invasionsdjup 6 mm, "
                         "ej fri marginal."),
            ("Åtgärd", "Cervixcancer st minst IB1. Pat ej underättad, nås inte på telefon - "
                       "kallas till läkarbesök snarast. MR lilla bäckenet beställd."),
        ])],
        [("NL101", "n1")], [],
        "typo 'ej underättad' (not informed) - confirmed cervical cancer visible"),

    C("s28h47_uro_blasancer_besked_ej_givet", "vgr", "19430216-4498", "2024-07-05", [
        N("n1", M, "Läkaranteckning", "skas_uro", "Jonas Lindholm", "läkare",
          "2024-07-01 11:40", "2024-07-01 11:55", OV, [
            ("Provsvar", "TURB-PAD: urotelial cancer, höggradig, T1, muskel representerad "
                         "utan invasion."),
            ("Bedömning", "Urinblåsecancer T1HG. Besked ännu ej givet till pat, tid hos "
                          "kontaktssk 8/7. Re-TURB planeras."),
        ])],
        [("NL101", "n1")], [("NL102", "n1")],
        "bladder cancer stated; 'Besked ännu ej givet till pat'"),

    C("s28h47_iva_hypoxisk_hjarnskada_sederad", "skane", "19740920-2111", "2024-11-15", [
        N("n1", M, "Daganteckning", "csk_iva", "Fredrik Ahl", "läkare",
          "2024-11-12 13:00", "2024-11-12 14:10", SV, [
            ("Aktuellt", "Dag 4 efter hjärtstopp i hemmet, 14 min till ROSC. Fortsatt sederad."),
            ("Undersökningar", "MR hjärna: utbredd diffusionsrestriktion i cortex och "
                               "basala ganglier. SSEP: bilat frånvarande N20."),
            ("Bedömning", "Svår hypoxisk-ischemisk hjärnskada. Hustru och söner informerade "
                          "vid anhörigsamtal. Pat själv ej informerad, sederad."),
        ])],
        [("NL101", "n1")], [],
        "relatives are told, the sedated patient is not - diagnosis visible, text says not informed"),

    C("s28h47_psyk_schizofreni_ej_informerats", "vgr", "20010219-4578", "2024-06-28", [
        N("n1", M, "Läkaranteckning", "udd_psyk", "Sebastian Moberg", "läkare",
          "2024-06-24 15:30", "2024-06-24 16:30", OV, [
            ("Aktuellt", "Uppföljning. Fortsatt rösthallucinationer, men mindre plågsamma "
                         "sedan Aripiprazol höjdes. Sover bättre."),
            ("Bedömning", "Schizofreni, paranoid form, uppfyller nu kriterierna efter 7 mån "
                          "förlopp. Pat har ännu inte informerats om diagnosen, bedöms inte "
                          "mottaglig just nu - tas upp med pat och mamma vid nästa besök."),
        ])],
        [("NL101", "n1")], [("NL102", "n1")],
        "schizophrenia written as established; 'har ännu inte informerats om diagnosen'"),

    C("s28h47_ogon_retinitis_pigmentosa_genetiker", "vgr", "19720304-2895", "2024-09-27", [
        N("n1", M, "Mottagningsanteckning", "skas_ogon", "Alma Törnqvist", "läkare",
          "2024-09-23 10:20", "2024-09-23 11:00", OV, [
            ("Aktuellt", "Nattblindhet, snävare synfält. Gentest från förra besöket har kommit."),
            ("Undersökningar", "Fundus: benkroppspigment i periferin bilat. ERG: kraftigt "
                               "nedsatt stavsvar."),
            ("Bedömning", "Retinitis pigmentosa, RHO-mutation påvisad. Pat ej informerad om den "
                          "genetiska diagnosen; beskedet ges av klinisk genetiker 2/10 enl "
                          "överenskommelse."),
        ])],
        [("NL101", "n1")], [],
        "genetically confirmed retinitis pigmentosa visible; patient not yet told, geneticist will"),

    C("s28h47_kard_arvc_annu_inte_informerad", "skane", "19961223-4808", "2024-12-06", [
        N("n1", M, "Läkaranteckning", "hbg_kard", "Rebecka Sundin", "läkare",
          "2024-12-02 16:00", "2024-12-02 16:15", OV, [
            ("Provsvar", "Hjärt-MR: dilaterad hö kammare med regional dyskinesi, fettinfiltration."),
            ("Bedömning", "Arytmogen hö kammarkardiomyopati, major kriterier uppfyllda. "
                          "Pat ännu inte informerad; ringer henne i morgon för besök "
                          "samma vecka. Idrottsförbud tills vidare."),
        ])],
        [("NL101", "n1")], [("NL102", "n1")],
        "ARVC with major criteria met, visible; 'Pat ännu inte informerad'"),

    C("s28h47_hem_myelom_ej_meddelat", "vgr", "19880512-0824", "2024-02-16", [
        N("n1", M, "Läkaranteckning", "su_hem", "Anna Bergqvist", "läkare",
          "2024-02-12 13:10", None, OV, [
            ("Provsvar", "Benmärg: 40% klonala plasmaceller. M-komponent IgG kappa 38 g/l. "
                         "Helkropps-DT: osteolyser i bäcken och L3."),
            ("Bedömning", "Multipelt myelom, symtomgivande. Ej meddelat patienten ännu, "
                          "väntar in FISH innan besöket."),
        ])],
        [("NL101", "n1")], [],
        "unsigned draft: multiple myeloma visible, 'Ej meddelat patienten ännu'"),

    C("s28h47_onk_recidiv_ska_inte_meddelas", "skane", "19490523-5679", "2024-08-30", [
        N("n1", M, "Läkaranteckning", "csk_onk", "Björn Axelsson", "läkare",
          "2024-08-26 10:40", "2024-08-26 11:00", OV, [
            ("Bakgrund", "Analcancer 2022, radiokemoterapi, komplett respons."),
            ("Provsvar", "PET-DT 22/8 och finnålspunktion: lokoregionalt recidiv i "
                         "inguinala lgl vä."),
            ("Bedömning", "Recidiv av analcancer. Ska inte meddelas pat förrän MDK tagit "
                          "ställning till kirurgi på onsdag, då ringer ansvarig onkolog."),
        ])],
        [("NL101", "n1")], [],
        "verified recurrence visible; 'Ska inte meddelas pat förrän' MDK"),

    C("s28h47_med_celiaki_ej_infromerad_typo", "vgr", "19720310-5817", "2024-05-03", [
        N("n1", M, "Läkaranteckning", "als_med", "Karin Ljung", "läkare",
          "2024-04-29 14:50", "2024-04-29 15:00", OV, [
            ("Provsvar", "Duodenalbiopsier: totalvillusatrofi, Marsh 3c."),
            ("Bedömning", "Celiaki, biopsiverifierad. Pat ej infromerad än - dietist och "
                          "läkarbesök bokas samma dag."),
        ])],
        [("NL101", "n1")], [("NL102", "n1")],
        "typo 'ej infromerad' - biopsy-verified coeliac disease not yet told"),

    C("s28h47_rehab_huntington_inte_fa_veta", "skane", "19820127-1262", "2024-10-18", [
        N("n1", M, "Läkaranteckning", "hlm_rehab", "Eva Lundberg", "läkare",
          "2024-10-14 09:10", "2024-10-14 09:40", OV, [
            ("Aktuellt", "Koreatiska rörelser, tilltagande svårigheter i vardagen."),
            ("Provsvar", "HTT-gentest: 43 CAG-upprepningar."),
            ("Bedömning", "Huntingtons sjukdom. Pat ska inte få veta resultatet förrän "
                          "vid det bokade besöket med genetisk vägledning 21/10."),
        ])],
        [("NL101", "n1")], [],
        "Huntington's disease confirmed by gene test; patient must not learn it before counselling"),

    C("s28h47_th_mall_sedan_lacka_i_vanlig_not", "skane", "19500719-3047", "2024-03-15", [
        N("n1", M, "Tidiga hypoteser", "ystad_med", "Tobias Hedlund", "läkare",
          "2024-03-08 15:00", "2024-03-08 15:20", OV, [
            ("Bedömning", "Elfores med M-komponent och anemi, trolig myelomsjukdom. "
                          "Pat ej informerad, benmärg bokad."),
        ]),
        N("n2", M, "Läkaranteckning", "ystad_med", "Tobias Hedlund", "läkare",
          "2024-03-13 11:20", "2024-03-13 11:40", OV, [
            ("Provsvar", "Benmärg 11/3: 25% klonala plasmaceller."),
            ("Bedömning", "Myelom bekräftat. Pat ännu ej informerad om myelomet, "
                          "besked på fredag hos hematolog."),
        ])],
        [("NL101", "n2")], [("NL101", "n1")],
        "n1 keeps the untold hypothesis in the Skåne template Tidiga hypoteser (protected); "
        "n2, an ordinary note, states the confirmed myeloma still untold"),

    C("s28h47_neuro_hjarnmetastaser_draft", "vgr", "19720203-6021", "2024-01-26", [
        N("n1", M, "Läkaranteckning", "skas_neuro", "Hanna Wikström", "läkare",
          "2024-01-22 19:05", None, SV, [
            ("Aktuellt", "Känd lungcancer. Inlagd med huvudvärk och vä-sidig svaghet."),
            ("Undersökningar", "MR hjärna med kontrast: tre ringladdande processer, "
                               "största 22 mm hö frontalt med ödem."),
            ("Bedömning", "Hjärnmetastaser x3. Pat ej informerad ikväll, trött och "
                          "anhöriga ej på plats - tas på ronden."),
        ])],
        [("NL101", "n1")], [],
        "unsigned evening draft: brain metastases visible, 'Pat ej informerad ikväll'"),

    C("s28h47_pmo_misstankt_prostatacancer_ej_informerad", "skane", "19320301-5510", "2024-06-14", [
        N("n1", P, "Läkaranteckning", "vc_tomelilla", "Göran Persson", "läkare",
          "2024-06-10 13:30", "2024-06-10 13:45", OV, [
            ("Provsvar", "PSA 48, stigande från 12 för ett år sedan."),
            ("Bedömning", "Misstänkt prostatacancer. Pat ej informerad om värdet ännu, "
                          "ringer i morgon. Remiss urolog enl SVF."),
        ])],
        [], [("NL102", "n1")],
        "PMO note: hedged prostate cancer untold - PMO shows no diagnoses, NL101 not asserted on PMO"),
]

# ======================================================================
# Part 6: more NL102 positives - hedge words, typos, sections
# ======================================================================
CASES += [
    C("s28h47_med_sannolkit_siadh_typo", "vgr", "19500726-8146", "2024-09-13", [
        N("n1", M, "Daganteckning", "skas_med", "Fredrik Olausson", "läkare",
          "2024-09-09 10:45", "2024-09-09 11:30", SV, [
            ("Aktuellt", "Na 122 vid inkomst, nu 126 efter vätskerestriktion. Klarare i huvudet."),
            ("Lab", "S-osmolalitet 258, U-osmolalitet 480, U-Na 62. TSH och kortisol normala."),
            ("Bedömning", "Sannolkit SIADH sekundärt till Sertralin, som sätts ut. "
                          "Fortsatt vätskerestriktion 1 l/d."),
        ])],
        [("NL102", "n1")], [("NL101", "n1")],
        "typo in the hedge ('Sannolkit') on SIADH"),

    C("s28h47_hud_mojlig_dermatitis_herpetiformis", "skane", "19710620-4030", "2024-02-23", [
        N("n1", M, "Mottagningsanteckning", "sus_hud", "Cecilia Nord", "läkare",
          "2024-02-19 13:20", "2024-02-19 13:55", OV, [
            ("Status", "Grupperade papulovesikler och exkoriationer på armbågar, knän och "
                       "glutealt. Kraftig klåda."),
            ("Bedömning", "Möjlig dermatitis herpetiformis. Stansbiopsi för IF tagen från "
                          "perilesionell hud, transglutaminas-ak skickat."),
        ])],
        [("NL102", "n1")], [],
        "'Möjlig' dermatitis herpetiformis"),

    C("s28h47_kard_tyder_pa_nstemi", "vgr", "19461120-3359", "2024-03-08", [
        N("n1", M, "Akutanteckning", "skas_kard", "Ahmed Karimi", "läkare",
          "2024-03-05 05:40", "2024-03-05 07:10", SV, [
            ("Anamnes", "77-årig man, tryck över bröstet 40 min i natt, nu smärtfri."),
            ("EKG", "ST-sänkningar V4-V6, 1 mm. Ingen ST-höjning."),
            ("Lab", "hsTnT 38 -> 96 på 3 h."),
            ("Bedömning", "Troponindynamik och EKG tyder på NSTEMI. Ticagrelor laddning, "
                          "Fragmin, angio inom 24 h."),
        ])],
        [("NL102", "n1")], [],
        "'tyder på' (indicates) NSTEMI - hedged wording"),

    C("s28h47_ort_diagnos_menisk_fragetecken", "skane", "19411013-6167", "2024-04-26", [
        N("n1", M, "Mottagningsanteckning", "hbg_ort", "Anders Nyberg", "läkare",
          "2024-04-22 14:00", "2024-04-22 14:20", OV, [
            ("Aktuellt", "Vridvåld hö knä i trädgården, låsningar."),
            ("Status", "Ledlinjeömhet medialt, McMurray pos, lätt hydrops."),
            ("Diagnos", "Meniskskada hö knä?"),
            ("Planering", "Fysioterapi 6 v, MR vid kvarstående låsningar."),
        ])],
        [("NL102", "n1")], [],
        "question mark after the diagnosis in the Diagnos sökord"),

    C("s28h47_akm_fragetecken_prefix_njursten", "vgr", "19850505-9223", "2024-05-17", [
        N("n1", M, "Akutanteckning", "kung_akm", "Josefin Ahlgren", "läkare",
          "2024-05-14 02:10", "2024-05-14 03:00", OV, [
            ("Anamnes", "Kolikartad smärta vä flank som strålar mot ljumsken, kräkts."),
            ("Status", "Orolig, kan inte ligga still. Dunköm vä. U-sticka: blod 3+."),
            ("Bedömning", "?Njursten vä. Voltaren 50 mg supp med god effekt, DT-urografi "
                          "i dag."),
        ])],
        [("NL102", "n1")], [],
        "'?' glued in front of the diagnosis ('?Njursten')"),

    C("s28h47_med_differentialdiagnos_lymfom", "skane", "19480901-2323", "2024-07-12", [
        N("n1", M, "Mottagningsanteckning", "ystad_med", "Tobias Hedlund", "läkare",
          "2024-07-08 09:30", "2024-07-08 10:15", OV, [
            ("Aktuellt", "Förstorad lgl hö halssida i 6 v, halsont i början."),
            ("Status", "1,5 cm mjuk, lätt öm lgl hö käkvinkel. Tonsiller ua."),
            ("Bedömning", "Sannolikt reaktiv körtel efter övre luftvägsinfektion, "
                          "differentialdiagnos lymfom. Ny kontroll om 3 v, UL vid kvarstående."),
        ])],
        [("NL102", "n1")], [],
        "'differentialdiagnos lymfom' (plus 'Sannolikt') in a visible Bedömning"),

    C("s28h47_inf_vi_misstanker_borreliaartrit", "vgr", "19630417-5075", "2024-08-30", [
        N("n1", M, "Mottagningsanteckning", "sas_inf", "Lovisa Green", "läkare",
          "2024-08-26 11:15", "2024-08-26 11:50", OV, [
            ("Anamnes", "Fästingbett i somras, ingen rodnad noterad. Sedan 3 v svullet vä knä."),
            ("Status", "Stor hydrops vä knä, lätt värmeökning, rörlighet 0-110."),
            ("Bedömning", "Vi misstänker borreliaartrit. Ledvätska till PCR, borreliaserologi. "
                          "Doxycyklin i väntan på svar."),
        ])],
        [("NL102", "n1")], [],
        "verb form 'Vi misstänker' Lyme arthritis"),

    C("s28h47_lung_i_forsta_hand_astma", "skane", "19950807-5992", "2024-01-19", [
        N("n1", M, "Mottagningsanteckning", "csk_lung", "Nils Ekdahl", "läkare",
          "2024-01-15 15:20", None, OV, [
            ("Anamnes", "Nattlig hosta och pip i bröstet sedan 4 mån, värre vid kyla och "
                        "löpning. Atopisk dermatit som barn."),
            ("Spirometri", "FEV1/FVC 0,68, FEV1 +14% efter Ventoline."),
            ("Bedömning", "I första hand tänker jag astma. Startar ICS-formoterol v.b., "
                          "FeNO vid nästa besök."),
        ])],
        [("NL102", "n1")], [],
        "'I första hand tänker jag' asthma - a working hypothesis"),

    C("s28h47_neuro_diagnos_trolig_bells_pares_icd", "skane", "19780518-9607", "2024-06-07", [
        N("n1", M, "Akutanteckning", "hbg_akm", "Elin Berggren", "läkare",
          "2024-06-03 08:30", "2024-06-03 09:00", OV, [
            ("Status", "Perifer facialispares hö, kan inte rynka pannan hö. Inga blåsor i "
                       "hörselgången. Öronstatus ua."),
            ("Diagnos", "Trolig Bells pares (G51.0)"),
            ("Åtgärd", "Prednisolon 50 mg x1 i 10 d, ögonsalva till natten, tejpa ögat."),
        ])],
        [("NL102", "n1")], [],
        "hedge inside the Diagnos sökord next to an ICD code"),

    C("s28h47_kir_susp_thyreoideamalignitet", "vgr", "20010225-4091", "2024-10-11", [
        N("n1", M, "Mottagningsanteckning", "lid_kir", "Karl-Erik Strand", "läkare",
          "2024-10-07 13:30", "2024-10-07 14:00", OV, [
            ("Provsvar", "FNP knöl vä thyreoidealob: Bethesda V."),
            ("Bedömning", "susp malignitet i thyreoidea vä lob. Planeras för hemityreoidektomi "
                          "vä, pat informerad om fynd och op."),
        ])],
        [("NL102", "n1")], [("NL101", "n1")],
        "lower-case 'susp' without a dot; patient told, so NL101 is out"),

    C("s28h47_hud_kan_vara_basaliom", "skane", "19850917-8524", "2024-11-22", [
        N("n1", M, "Mottagningsanteckning", "sus_hud", "Jakob Holst", "läkare",
          "2024-11-18 10:40", "2024-11-18 11:00", OV, [
            ("Status", "Vä kind: 6 mm pärlemorglänsande papel med teleangiektasier."),
            ("Bedömning", "Hudförändringen kan vara ett basaliom. Excideras med 4 mm marginal, "
                          "tid via op-planeringen."),
        ])],
        [("NL102", "n1")], [],
        "'kan vara ett basaliom' - hedged"),

    C("s28h47_kir_stark_misstanke_appendicit", "vgr", "19780210-7479", "2024-07-19", [
        N("n1", M, "Akutanteckning", "sas_kir", "Mikael Haddad", "läkare",
          "2024-07-15 17:20", None, OV, [
            ("Anamnes", "Smärta som vandrat från naveln till hö fossa, illamående, aptitlös."),
            ("Status", "T 38,0. Släppöm hö fossa, Rovsings tecken pos."),
            ("Bedömning", "Stark misstanke om appendicit. Anmäld för laparoskopi ikväll, fastar."),
        ])],
        [("NL102", "n1")], [],
        "positive 'Stark misstanke om' appendicitis (contrast with 'Ingen misstanke om')"),

    C("s28h47_psyk_trol_adhd_remiss", "skane", "19510218-7092", "2024-03-01", [
        N("n1", M, "Läkaranteckning", "hbg_psyk", "Daniel Friberg", "läkare",
          "2024-02-26 14:00", "2024-02-26 15:00", OV, [
            ("Aktuellt", "Pat 73 år, fått höra av barnbarnet som nyss fick ADHD-diagnos att "
                         "han nog har samma svårigheter. Alltid varit rastlös, glömsk, impulsiv."),
            ("Bedömning", "Trol. ADHD, kombinerad form, livslångt förlopp. Remiss till "
                          "neuropsykiatrisk utredning. Demensutredning ej aktuell, MMSE 30."),
        ])],
        [("NL102", "n1")], [],
        "grandchild's ADHD is confirmed; the patient's own ADHD is hedged ('Trol.')"),

    C("s28h47_lung_dt_forenligt_med_ipf", "vgr", "19670722-3514", "2024-04-05", [
        N("n1", M, "Mottagningsanteckning", "skas_lung", "Gustav Berg", "läkare",
          "2024-04-01 10:00", "2024-04-01 11:00", OV, [
            ("Aktuellt", "Tilltagande ansträngningsdyspné 1 år, torrhosta. Ex-rökare."),
            ("Status", "Velcrorassel basalt bilat. Trumpinnefingrar."),
            ("Undersökningar", "HRCT: subpleural basal retikulering med honeycombing."),
            ("Bedömning", "HRCT förenligt med idiopatisk lungfibros (UIP-mönster). Diskuteras "
                          "på ILD-rond, därefter ställning till antifibrotisk beh."),
        ])],
        [("NL102", "n1")], [],
        "'förenligt med' idiopathic pulmonary fibrosis"),

    C("s28h47_akm_ev_commotio", "skane", "19780622-6341", "2024-12-27", [
        N("n1", M, "Akutanteckning", "hbg_akm", "Johan Lindqvist", "läkare",
          "2024-12-24 23:50", "2024-12-25 02:30", OV, [
            ("Anamnes", "Halkade på isen, slog bakhuvudet, kort medvetslös enl sambon. "
                        "Illamående, amnesi för händelsen."),
            ("Status", "GCS 15, pupiller lika, neurologstatus ua. Ingen Waran."),
            ("Bedömning", "Ev. commotio. DT hjärna ua. Hem med vuxen, väckningsinstruktion."),
        ])],
        [("NL102", "n1")], [],
        "'Ev.' on a diagnosis (commotio) - not on a plan"),

    C("s28h47_barn_eventuell_laktosintolerans", "vgr", "20191221-3517", "2024-02-02", [
        N("n1", M, "Mottagningsanteckning", "sas_barn", "Johanna Nilsson", "läkare",
          "2024-01-29 09:00", "2024-01-29 09:40", OV, [
            ("Anamnes", "4-årig pojke, mamma berättar om gaser och lös mage efter mjölk."),
            ("Status", "Välmående pojke, växer längs sin kurva. Buk mjuk."),
            ("Bedömning", "Eventuell laktosintolerans. Laktosfri kost 2 v, mamma för dagbok."),
        ])],
        [("NL102", "n1")], [],
        "4-year-old (guardian reads): 'Eventuell' lactose intolerance"),
]

# ======================================================================
# Part 7: hard negatives for NL102
# ======================================================================
CASES += [
    C("s28h47_akm_inga_teckan_pa_pneumoni_typo", "vgr", "19401016-6801", "2024-11-01", [
        N("n1", M, "Akutanteckning", "sas_akm", "Sara Ekström", "läkare",
          "2024-10-29 15:30", "2024-10-29 16:10", OV, [
            ("Anamnes", "Hosta 2 v, slemmig, ingen feber. Orolig pga grannen som fick lunginflammation."),
            ("Status", "Opåverkad, AF 16, sat 97%. Pulm: enstaka ronki, inga rassel."),
            ("Rtg", "Rtg pulm: inga teckan på pneumoni."),
            ("Bedömning", "Akut bronkit. Ingen ab. Åter om feber eller andnöd."),
        ])],
        [], [("NL102", "n1")],
        "typo in the negation ('inga teckan på') - pneumonia still negated; bronchitis confirmed"),

    C("s28h47_geri_ingen_hallpukt_gca_typo", "skane", "19451015-5536", "2024-06-28", [
        N("n1", M, "Läkaranteckning", "lkr_geri", "Olof Bengtsson", "läkare",
          "2024-06-24 11:00", "2024-06-24 11:20", OV, [
            ("Provsvar", "Temporalisbiopsi hö: normal artärvägg, ingen granulomatös inflammation."),
            ("Bedömning", "Ingen hållpukt för jättecellsarterit. Polymyalgia reumatika kvarstår "
                          "som diagnos, fortsatt nedtrappning av Prednisolon."),
        ])],
        [], [("NL102", "n1")],
        "typo in the negation ('Ingen hållpukt för') giant cell arteritis; PMR settled"),

    C("s28h47_kard_far_trolign_infarkt_typo", "vgr", "19371128-1406", "2024-08-16", [
        N("n1", M, "Mottagningsanteckning", "skas_kard", "Ahmed Karimi", "läkare",
          "2024-08-12 13:15", "2024-08-12 14:00", OV, [
            ("Hereditet", "Far trolign hjärtinfarkt vid 55, syster stroke vid 60."),
            ("Diagnos", "Stabil angina pectoris, kranskärlsröntgen 2023 med tvåkärlssjukdom, "
                        "PCI LAD."),
            ("Aktuellt", "Besvärsfri på nuvarande medicinering, går 3 km/dag."),
            ("Planering", "Oförändrad beh. Åb 1 år."),
        ])],
        [], [("NL102", "n1")],
        "misspelled hedge ('trolign') concerns the father's infarction; patient's angina confirmed"),

    C("s28h47_barn_om_feber_kontakta", "skane", "20210804-3783", "2024-12-13", [
        N("n1", M, "Mottagningsanteckning", "hbg_barn", "Lars Jönsson", "läkare",
          "2024-12-09 10:00", "2024-12-09 10:20", OV, [
            ("Anamnes", "3-årig flicka, snuva och hosta 4 d, äter och dricker bra."),
            ("Status", "Pigg. Trumhinnor ua bilat. Pulm ua."),
            ("Bedömning", "Viral övre luftvägsinfektion. Om feber över tre dygn eller tecken på "
                          "öroninflammation, kontakta vårdcentralen."),
        ])],
        [], [("NL102", "n1")],
        "conditional advice ('Om ... tecken på öroninflammation') - hypothetical, no hedged diagnosis"),

    C("s28h47_med_vid_misstanke_ny_propp_sok", "vgr", "19350710-6163", "2024-03-15", [
        N("n1", M, "Utskrivningsanteckning", "als_med", "Karin Ljung", "läkare",
          "2024-03-11 12:30", "2024-03-11 13:00", SV, [
            ("Diagnos", "Djup ventrombos vä underben (I80.2), UL-verifierad."),
            ("Information till patient", "Eliquis 10 mg x2 i 7 d, därefter 5 mg x2 i minst "
                                         "3 mån. Vid misstanke om ny blodpropp, sök akut."),
        ])],
        [], [("NL102", "n1")],
        "patient instruction 'Vid misstanke om ny blodpropp, sök akut' is conditional; DVT confirmed"),

    C("s28h47_med_kalium_troligen_hemolys", "skane", "19320501-4404", "2024-05-24", [
        N("n1", M, "Daganteckning", "csk_med", "Omar Said", "läkare",
          "2024-05-20 09:40", "2024-05-20 10:05", SV, [
            ("Aktuellt", "Pneumoni vä, dag 2 på Bensyl-PC, feberfri."),
            ("Lab", "K 6,1 i morse, troligen falskt förhöjt då provet var hemolyserat. "
                    "Omtag 8.45: K 4,3."),
            ("Bedömning", "Pneumoni, förbättras. Byte till Kåvepenin i morgon."),
        ])],
        [], [("NL102", "n1")],
        "'troligen' hedges a lab artefact (haemolysed sample), not a disease"),

    C("s28h47_ort_eventuellt_rtg_trolig_hemgang", "vgr", "19260108-1264", "2024-01-12", [
        N("n1", M, "Daganteckning", "sas_ort", "Tove Rydberg", "läkare",
          "2024-01-08 13:30", "2024-01-08 13:50", SV, [
            ("Bedömning", "Distal radiusfraktur vä, gipsad, god ställning. Eventuellt ny "
                          "röntgen om en vecka. Trolig hemgång på fredag när hemtjänsten är ordnad."),
        ])],
        [], [("NL102", "n1")],
        "'Eventuellt' and 'Trolig' attach to an x-ray and to going home; the fracture is confirmed"),

    C("s28h47_gyn_ej_extrauterin", "skane", "19860718-1347", "2024-09-20", [
        N("n1", M, "Akutanteckning", "csk_gyn", "Hilda Malmqvist", "läkare",
          "2024-09-16 20:15", None, OV, [
            ("Anamnes", "Pos graviditetstest, SM för 6+3 v. Lätt blödning och ont nertill."),
            ("Undersökning", "Vag UL: intrauterin hinna med gulesäck och embryo, hjärtaktivitet. "
                             "Ovarier ua, ingen fri vätska."),
            ("Bedömning", "Ej extrauterin graviditet. Intrauterin graviditet v 6, hotande "
                          "missfall. Åter vid ökad blödning."),
        ])],
        [], [("NL102", "n1")],
        "ectopic pregnancy negated with 'Ej'; intrauterine pregnancy confirmed by ultrasound"),

    C("s28h47_geri_temporalisarterit_avskirvs_typo", "vgr", "19411112-8189", "2024-10-04", [
        N("n1", M, "Läkaranteckning", "nal_geri", "Emma Karlsson", "läkare",
          "2024-09-30 15:00", "2024-09-30 15:15", SV, [
            ("Bedömning", "UL temporalisartärer utan halo, SR 18. Misstanken om temporalisarterit "
                          "avskirvs. Huvudvärken bedöms som spänningshuvudvärk."),
        ])],
        [], [("NL102", "n1")],
        "typo in 'avskirvs' (written off): the suspicion is withdrawn, not held"),

    C("s28h47_geri_pat_misstanker_hemtjansten", "skane", "19361124-5295", "2024-12-20", [
        N("n1", M, "Läkaranteckning", "hbg_geri", "Isak Mattsson", "läkare",
          "2024-12-16 14:20", "2024-12-16 14:50", SV, [
            ("Aktuellt", "KOL, inlagd för exacerbation, nu bättre. Pat misstänker att hemtjänsten "
                         "glömt ge honom inhalatorerna senaste veckan."),
            ("Åtgärd", "Kontakt med hemtjänsten, signeringslista upprättas. Inhalationsteknik "
                       "genomgången med ssk."),
        ])],
        [], [("NL102", "n1")],
        "'misstänker' is the patient's suspicion about home care, not a diagnosis; KOL confirmed"),

    C("s28h47_pmo_hemsjukvard_trol_trycksar", "skane", "19311025-7585", "2024-02-16", [
        N("n1", P, "Hembesök", "hsv_broby", "Jessica Åström", "sjuksköterska",
          "2024-02-13 10:30", "2024-02-13 11:00", OV, [
            ("Omvårdnad", "Sängliggande sedan fallet. Trol. trycksår kategori 2 sacrum, "
                          "2x3 cm. Omläggning med skumförband, vändschema var 3:e h."),
        ])],
        [], [("NL102", "n1")],
        "PMO home-care nurse note with a hedged pressure ulcer - PMO never shows diagnoses"),

    C("s28h47_psyk_sonen_trol_autism", "vgr", "19910416-2020", "2024-04-26", [
        N("n1", M, "Läkaranteckning", "udd_psyk", "Sebastian Moberg", "läkare",
          "2024-04-22 10:00", "2024-04-22 10:50", OV, [
            ("Aktuellt", "Mycket stress hemma. Sonen 6 år har trol. autism enl förskolan, "
                         "utreds på BUP."),
            ("Bedömning", "Depression, medelsvår episod, förbättrad på Sertralin 100 mg. "
                          "Kurator erbjuds."),
        ])],
        [], [("NL102", "n1")],
        "hedge ('trol.') is on the son's autism; the patient's depression is settled"),
]

# ======================================================================
# Part 8: last NL101 cases and long geriatric / typo positives
# ======================================================================
CASES += [
    C("s28h47_onh_trolgien_vestibularisneurit_typo", "vgr", "20040909-8985", "2024-03-01", [
        N("n1", M, "Akutanteckning", "sas_onh", "Ebba Strömberg", "läkare",
          "2024-02-26 16:40", "2024-02-26 17:05", OV, [
            ("Anamnes", "Kraftig rotatorisk yrsel sedan i går, kräkningar, ingen hörselnedsättning."),
            ("Status", "Horisontell nystagmus slår åt vä, pos head impulse test åt hö. "
                       "Ingen skew deviation. Går med stöd."),
            ("Bedömning", "Trolgien vestibularisneurit hö. Postafen, mobilisering, "
                          "vestibulär träning."),
        ])],
        [("NL102", "n1")], [],
        "typo in the hedge ('Trolgien') on vestibular neuritis"),

    C("s28h47_endo_misstnakt_binjurebarksinsufficiens_typo", "skane", "19580524-2343", "2024-07-05", [
        N("n1", M, "Läkaranteckning", "angh_med", "Jenny Forsberg", "läkare",
          "2024-07-01 08:20", "2024-07-01 08:50", OV, [
            ("Aktuellt", "Trötthet, viktnedgång, saltsug. Hyperpigmentering i handflatornas veck."),
            ("Lab", "Na 129, K 5,4. Morgonkortisol 92 nmol/l."),
            ("Bedömning", "misstnakt primär binjurebarksinsufficiens. ACTH-test bokat i morgon, "
                          "kortisonkort och stressdosinfo redan nu."),
        ])],
        [("NL102", "n1")], [],
        "typo ('misstnakt') in the hedge on Addison's disease"),

    C("s28h47_geri_long_dd_alzheimer_vaskular", "vgr", "19320505-6561", "2024-05-31", [
        N("n1", M, "Mottagningsanteckning", "nal_geri", "Linus Sandberg", "läkare",
          "2024-05-27 13:00", "2024-05-27 14:45", OV, [
            ("Remissorsak", "Minnesutredning, remiss från vc."),
            ("Tidigare sjukdomar", "Hypertoni sedan 1990-talet\nDM typ 2\nStroke hö 2017 utan "
             "kvarstående pareser\nGrå starr op bilat\nArtros knän"),
            ("Läkemedel", "Enalapril 10 mg 1x1, Amlodipin 5 mg 1x1, Metformin 500 mg 1x2, "
                          "Clopidogrel 75 mg 1x1, Simvastatin 20 mg tn, Alvedon 1 g v.b."),
            ("Anamnes", "Dottern med. Glömmer avtalade tider och samtal sedan 2 år, kört vilse "
                        "med bilen två gånger, slutat laga mat. Enligt dottern stegvis försämring "
                        "efter en period med yrsel i höstas."),
            ("Status", "Vaken, samarbetar. MMSE 21/30, klocktest 3/6. Lätt bredspårig gång. "
                       "Neurologstatus i övrigt ua. BT 152/84."),
            ("Undersökningar", "DT hjärna: måttlig central atrofi, utbredda vitsubstansförändringar, "
                               "gammal infarkt hö parietalt."),
            ("Bedömning", "Kognitiv svikt av demensgrad. DD Alzheimers sjukdom, vaskulär demens "
                          "eller blandform. Kompletterar med likvorprov."),
            ("Planering", "LP bokas. Körkortsanmälan diskuterad med pat och dotter. "
                          "Biståndshandläggare kontaktas om matlåda. Åb efter LP-svar."),
        ])],
        [("NL102", "n1")], [("NL101", "n1")],
        "long memory-clinic chart with problem and drug lists; 'DD Alzheimers sjukdom, "
        "vaskulär demens' in the Bedömning"),

    C("s28h47_onk_informerades_inte_igar_men_idag", "skane", "19521016-3613", "2024-06-07", [
        N("n1", M, "Daganteckning", "csk_onk", "Björn Axelsson", "läkare",
          "2024-06-03 15:00", "2024-06-03 15:40", SV, [
            ("Aktuellt", "DT visade skelettmetastaser i bäcken och kotpelare."),
            ("Bedömning", "Skelettmetastaserad prostatacancer. Pat informerades inte igår pga "
                          "kraftig trötthet men fick beskedet idag på ronden, med sonen närvarande. "
                          "Start ADT, remiss strålbehandling mot L2."),
        ])],
        [], [("NL101", "n1")],
        "hard negative: 'informerades inte igår' - but he was told today on the ward round"),

    C("s28h47_reuma_biverkningsinfo_ej_given", "vgr", "19641118-6312", "2024-11-08", [
        N("n1", M, "Läkaranteckning", "su_reuma", "Petra Holmgren", "läkare",
          "2024-11-04 11:10", "2024-11-04 11:25", OV, [
            ("Diagnos", "Psoriasisartrit, känd sedan 2019."),
            ("Åtgärd", "Byter till Metotrexat 15 mg/v. Pat har ännu inte fått information om "
                       "biverkningar och provtagning, reumasköterska ringer på torsdag."),
        ])],
        [], [("NL101", "n1")],
        "what is not yet told is drug side-effect information, not a diagnosis"),

    C("s28h47_neuro_mr_tid_ej_meddelad", "skane", "19870514-5939", "2024-02-09", [
        N("n1", M, "Telefonanteckning", "hbg_neuro", "Sofia Rahimi", "läkare",
          "2024-02-05 10:00", "2024-02-05 10:10", OV, [
            ("Telefonkontakt", "Epilepsi, fokal med medvetandepåverkan, känd sedan 2010. "
                               "Ett anfall senaste halvåret."),
            ("Planering", "Ny MR beställd. Tiden ännu ej meddelad pat, kallelse kommer per post."),
        ])],
        [], [("NL101", "n1")],
        "not yet told the MRI appointment time (a date); the epilepsy is long known"),

    C("s28h47_kir_pat_informerad_barnen_ej", "vgr", "19470823-2444", "2024-09-06", [
        N("n1", M, "Mottagningsanteckning", "sas_kir", "Mikael Haddad", "läkare",
          "2024-09-02 14:00", "2024-09-02 15:00", OV, [
            ("Provsvar", "EUS-biopsi: adenocarcinom i pankreas."),
            ("Bedömning", "Pankreascancer, lokalt avancerad. Pat informerad om diagnosen idag. "
                          "Hon vill själv berätta för barnen, som inte är informerade ännu."),
            ("Planering", "Onkologremiss, kontaktssk Ulrika."),
        ])],
        [], [("NL101", "n1")],
        "patient told today; only her children are not yet told"),

    C("s28h47_vgr_th_sokord_lymfom_symtom_synliga", "vgr", "19610122-8655", "2024-12-13", [
        N("n1", M, "Mottagningsanteckning", "su_hem", "Viktor Persson", "läkare",
          "2024-12-09 10:30", "2024-12-09 11:30", OV, [
            ("Aktuellt", "Klåda och nattsvettningar, trötthet sedan i somras."),
            ("Status", "Oömma lgl i båda ljumskarna, 2 cm. Mjälte palpabel 2 fingerbredder."),
            ("Tidiga hypoteser", "Stark misstanke om lymfom. Pat är inte informerad om "
                                 "misstanken innan biopsisvar finns."),
            ("Planering", "Lgl-exstirpation vä ljumske, PET-DT. Åb efter svar."),
        ])],
        [], [("NL101", "n1"), ("NL102", "n1")],
        "VGR: the untold lymphoma suspicion is only under Tidiga hypoteser; visible parts hold "
        "symptoms and plans"),

    C("s28h47_neuro_ms_informerad_forra_besoket", "skane", "19900925-9988", "2024-10-25", [
        N("n1", M, "Mottagningsanteckning", "hbg_neuro", "Sofia Rahimi", "läkare",
          "2024-10-21 13:00", "2024-10-21 13:45", OV, [
            ("Diagnos", "Skovvis förlöpande MS."),
            ("Aktuellt", "Informerad om diagnosen vid förra besöket 7/10. I dag genomgång "
                         "av behandlingsalternativ, pat väljer Ocrelizumab."),
        ])],
        [], [("NL101", "n1"), ("NL102", "n1")],
        "MS told at the previous visit ('Informerad om diagnosen vid förra besöket')"),

    C("s28h47_gyn_dcis_inte_blivit_informerad", "vgr", "19700111-8566", "2024-04-12", [
        N("n1", M, "Läkaranteckning", "nal_gyn", "Malin Fransson", "läkare",
          "2024-04-08 16:20", "2024-04-08 16:30", OV, [
            ("Provsvar", "Mammografi-styrd biopsi hö bröst: DCIS, höggradig."),
            ("Bedömning", "Duktal cancer in situ hö. Pat har inte blivit informerad än, "
                          "ringer i morgon och bokar besök med bröstkirurg."),
        ])],
        [("NL101", "n1")], [("NL102", "n1")],
        "DCIS in a visible note and 'Pat har inte blivit informerad än'"),

    C("s28h47_geri_long_alzheimer_ej_kommuniserad_typo", "skane", "19391119-5653", "2024-11-29", [
        N("n1", M, "Mottagningsanteckning", "lkr_geri", "Olof Bengtsson", "läkare",
          "2024-11-25 10:00", "2024-11-25 11:30", OV, [
            ("Tidigare sjukdomar", "Hypotyreos\nFörmaksflimmer\nProstatahyperplasi\n"
             "Höftfraktur hö 2021, op"),
            ("Läkemedel", "Levaxin 100 mikrog 1x1, Eliquis 2,5 mg 1x2, Tamsulosin 0,4 mg 1x1, "
                          "Lactulos 15 ml v.b."),
            ("Provsvar", "Likvor: lågt beta-amyloid 42/40-kvot, förhöjt p-tau och t-tau. "
                         "MR: hippocampusatrofi MTA 3 bilat."),
            ("Bedömning", "Alzheimers sjukdom, biomarkörsverifierad. Diagnosen ej kommuniserad "
                          "med pat ännu, sonen vill vara med vid beskedet som ges 2/12."),
            ("Planering", "Start Donepezil efter besked. Demenssjuksköterska kontaktas."),
        ])],
        [("NL101", "n1")], [],
        "long geriatric chart: Alzheimer's verified and, with a typo ('ej kommuniserad'), "
        "not yet told"),
]

# ======================================================================
# === MAIN === (validation and output; keep at the end of the file)
# ======================================================================
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
REC_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"]
CODES = {"NL101", "NL102"}


def luhn_ok(pnr):
    if not re.fullmatch(r"\d{8}-\d{4}", pnr):
        return False
    digits = pnr[2:8] + pnr[9:13]
    tot = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        tot += d // 10 + d % 10
    return tot % 10 == 0


def age_at(birth, when):
    a = when.year - birth.year
    if (when.month, when.day) < (birth.month, birth.day):
        a -= 1
    return a


def parse_dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")


def sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = part.strip()
        if len(part) >= 25:
            yield part


def validate(cases):
    errs = []
    names = set()
    seen = {}
    for c in cases:
        n = c.get("case", "?")
        if list(c.keys()) != CASE_KEYS:
            errs.append("%s: case keys %s" % (n, list(c.keys())))
        if not n.startswith("s28h47_"):
            errs.append("%s: bad case name prefix" % n)
        if n in names:
            errs.append("%s: duplicate case name" % n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % n)
        if not c["why"].strip():
            errs.append("%s: empty why" % n)
        r = c["record"]
        if list(r.keys()) != REC_KEYS:
            errs.append("%s: record keys" % n)
        if r["access_events"] or r["conversations"] or r["treatments"]:
            errs.append("%s: non-empty events/conversations/treatments" % n)
        pat = r["patient"]
        pnr = pat["id"]
        if not luhn_ok(pnr):
            errs.append("%s: personnummer %s fails Luhn/format" % (n, pnr))
        try:
            bd = datetime.date.fromisoformat(pat["birth_date"])
        except ValueError:
            errs.append("%s: bad birth date" % n)
            continue
        if bd.strftime("%Y%m%d") != pnr[:8]:
            errs.append("%s: birth_date does not match personnummer" % n)
        as_of = parse_dt(r["as_of"])
        if as_of.year != 2024:
            errs.append("%s: as_of not in 2024" % n)
        times = [as_of]
        ids = set()
        if not r["notes"]:
            errs.append("%s: no notes" % n)
        for note in r["notes"]:
            if list(note.keys()) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (n, list(note.keys())))
            if note["id"] in ids:
                errs.append("%s: duplicate note id" % n)
            ids.add(note["id"])
            if note["system"] not in ("Melior", "PMO"):
                errs.append("%s: system %s" % (n, note["system"]))
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % n)
            if note["setting"] not in ("öppenvård", "slutenvård"):
                errs.append("%s: setting" % n)
            if not note["author"]["name"] or not note["author"]["role"]:
                errs.append("%s: author" % n)
            if not note["unit"]["hsa_id"].startswith(SK if c["ruleset"] == "skane" else VG):
                errs.append("%s: unit region mismatch" % n)
            t = parse_dt(note["time"])
            times.append(t)
            if t.year != 2024:
                errs.append("%s: note time not in 2024" % n)
            if t > as_of:
                errs.append("%s: note after as_of" % n)
            if note["signed"] is not None:
                s = parse_dt(note["signed"])
                times.append(s)
                if s.year != 2024 or s < t or s > as_of:
                    errs.append("%s: signed time" % n)
            if not note["sections"]:
                errs.append("%s: note without sections" % n)
            for sec in note["sections"]:
                if not sec["keyword"].strip() or not sec["text"].strip():
                    errs.append("%s: empty section" % n)
                for snt in sentences(sec["text"]):
                    if snt in seen and seen[snt] != (n, note["id"], sec["keyword"]):
                        errs.append("%s: sentence repeated (first in %s): %r" % (n, seen[snt][0], snt))
                    elif snt in seen:
                        errs.append("%s: sentence repeated in same section: %r" % (n, snt))
                    else:
                        seen[snt] = (n, note["id"], sec["keyword"])
        for t in times:
            a = age_at(bd, t.date())
            if 13 <= a <= 15 or a < 0 or a > 110:
                errs.append("%s: patient age %d not allowed" % (n, a))
                break
        sysof = {x["id"]: x["system"] for x in r["notes"]}
        asserted = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2:
                    errs.append("%s: bad assertion %r" % (n, item))
                    continue
                code, tgt = item
                if code not in CODES:
                    errs.append("%s: unexpected code %s" % (n, code))
                if tgt not in ids:
                    errs.append("%s: target %s missing" % (n, tgt))
                    continue
                if (code, tgt) in asserted:
                    errs.append("%s: %s/%s asserted twice" % (n, code, tgt))
                asserted.add((code, tgt))
                if code == "NL102" and lst == "must" and sysof[tgt] != "Melior":
                    errs.append("%s: NL102 must on non-Melior" % n)
                if code == "NL101" and sysof[tgt] == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % n)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: nothing asserted" % n)
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s)" % len(errs), file=sys.stderr)
        return 1
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_heldout47_cases.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    stats = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                stats.setdefault((code, lst), 0)
                stats[(code, lst)] += 1
    print("wrote %d cases to %s" % (len(CASES), out))
    for k in sorted(stats):
        print("  %s %-8s %d" % (k[0], k[1], stats[k]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
