#!/usr/bin/env python3
"""heldout33: a busy ordinary week (14-20 Oct 2024) across Skåne and VGR hospitals and
health centres. NL102 (hedged diagnosis in a visible Melior note) and NL101 (diagnosis
visible while the patient / guardians are not yet told).

Standard library only, deterministic. Writes nl1_heldout33_cases.jsonl next to this file and exits 1
on any validation problem.
"""
import datetime as dt
import json
import os
import re
import sys

AS_OF = "2024-10-21T00:00:00"

# ---------------------------------------------------------------- units
SK = "SE2321000255-"
VG = "SE2321000131-"
U = {
    # Skåne, Melior (hospitals)
    "S_MAL_MED2": ("Medicinavdelning 2, Skånes universitetssjukhus Malmö", SK + "MM2A"),
    "S_LUND_KARD": ("Kardiologiska kliniken, avd 25, Skånes universitetssjukhus Lund", SK + "LK25"),
    "S_HBG_STROKE": ("Strokeenheten, Helsingborgs lasarett", SK + "HS11"),
    "S_YST_KIR": ("Kirurgiska kliniken, avd 7, Ystads lasarett", SK + "YK07"),
    "S_MAL_MINNE": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", SK + "MN31"),
    "S_LUND_HUD": ("Hudkliniken, Skånes universitetssjukhus Lund", SK + "LH12"),
    "S_LUND_OGON": ("Ögonakuten, Skånes universitetssjukhus Lund", SK + "LO40"),
    "S_KRI_MED": ("Medicinkliniken, avd 12, Centralsjukhuset Kristianstad", SK + "KM12"),
    "S_YST_GERI": ("Geriatriska mottagningen, Ystads lasarett", SK + "YG02"),
    "S_YST_MINNE": ("Minnesmottagningen, Ystads lasarett", SK + "YM03"),
    "S_HBG_KIR": ("Kirurgiska kliniken, avd 33, Helsingborgs lasarett", SK + "HK33"),
    "S_LUND_BARN": ("Barn- och ungdomsmedicinska kliniken, avd 64, Skånes universitetssjukhus Lund", SK + "LB64"),
    "S_ANG_MED": ("Internmedicinska avdelningen, Ängelholms sjukhus", SK + "AM05"),
    "S_HBG_HUD": ("Hudmottagningen, Helsingborgs lasarett", SK + "HH08"),
    "S_MAL_NEURO": ("Neurologimottagningen, Skånes universitetssjukhus Malmö", SK + "MN21"),
    "S_HASS_ORTO": ("Ortopedmottagningen, Hässleholms sjukhus", SK + "HO15"),
    "S_HBG_OGON": ("Ögonmottagningen, Helsingborgs lasarett", SK + "HO22"),
    "S_TRE_GERI": ("Geriatriska avdelningen, Lasarettet Trelleborg", SK + "TG31"),
    "S_MAL_INF": ("Infektionskliniken, avd 3, Skånes universitetssjukhus Malmö", SK + "MI03"),
    "S_HBG_BARN": ("Barn- och ungdomsmottagningen, Helsingborgs lasarett", SK + "HB17"),
    "S_MAL_ENDO": ("Endokrinologimottagningen, Skånes universitetssjukhus Malmö", SK + "ME09"),
    "S_LAN_AKUT": ("Närakuten, Lasarettet i Landskrona", SK + "LA01"),
    "S_TRE_MED": ("Medicinmottagningen, Lasarettet Trelleborg", SK + "TM10"),
    "S_LUND_NEURO": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", SK + "LN33"),
    "S_LUND_AKUT": ("Akutmottagningen, Skånes universitetssjukhus Lund", SK + "LA02"),
    "S_MAL_KIRAKUT": ("Kirurgakuten, Skånes universitetssjukhus Malmö", SK + "MK01"),
    "S_KRI_NEURO": ("Neurologmottagningen, Centralsjukhuset Kristianstad", SK + "KN04"),
    "S_MAL_GERI": ("Geriatriska kliniken, avd 3, Skånes universitetssjukhus Malmö", SK + "MG11"),
    "S_HBG_BARNAKUT": ("Barnakuten, Helsingborgs lasarett", SK + "HB02"),
    "S_MAL_BARN": ("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Malmö", SK + "MB05"),
    "S_ANG_MEDMOTT": ("Medicinmottagningen, Ängelholms sjukhus", SK + "AM17"),
    "S_LUND_BARNNEURO": ("Barnneurologiska mottagningen, Skånes universitetssjukhus Lund", SK + "LB28"),
    "S_MAL_ORTOAKUT": ("Ortopedakuten, Skånes universitetssjukhus Malmö", SK + "MO06"),
    "S_HBG_AKUT": ("Akutmottagningen, Helsingborgs lasarett", SK + "HA14"),
    "S_YST_MED": ("Medicinkliniken, Ystads lasarett", SK + "YM19"),
    "S_HBG_MED5": ("Medicinavdelning 5, Helsingborgs lasarett", SK + "HM05"),
    "S_HBG_NEURO": ("Neurologmottagningen, Helsingborgs lasarett", SK + "HN12"),
    "S_HBG_INF": ("Infektionskliniken, Helsingborgs lasarett", SK + "HI20"),
    "S_KRI_ORTO": ("Ortopedkliniken, Centralsjukhuset Kristianstad", SK + "KO33"),
    "S_TRE_MED2": ("Medicinavdelning 2, Lasarettet Trelleborg", SK + "TM22"),
    "S_LUND_REUM": ("Reumatologmottagningen, Skånes universitetssjukhus Lund", SK + "LR01"),
    "S_LUND_HEM": ("Hematologimottagningen, Skånes universitetssjukhus Lund", SK + "LH10"),
    "S_HBG_KIRMOTT": ("Kirurgmottagningen, Helsingborgs lasarett", SK + "HK18"),
    "S_MAL_BROST": ("Bröstcentrum, Skånes universitetssjukhus Malmö", SK + "MB03"),
    "S_LUND_LUNG": ("Lungmedicinska mottagningen, Skånes universitetssjukhus Lund", SK + "LL07"),
    "S_KRI_KIRMOTT": ("Kirurgmottagningen, Centralsjukhuset Kristianstad", SK + "KK26"),
    "S_TRE_ORTO": ("Ortopedmottagningen, Lasarettet Trelleborg", SK + "TO09"),
    "S_KRI_HEM": ("Hematologimottagningen, Centralsjukhuset Kristianstad", SK + "KH14"),
    "S_MAL_INFMOTT": ("Infektionsmottagningen, Skånes universitetssjukhus Malmö", SK + "MI16"),
    "S_HBG_ONH": ("Öron-, näs- och halskliniken, Helsingborgs lasarett", SK + "HO30"),
    "S_HBG_BARNMOTT": ("Barnmottagningen, Helsingborgs lasarett", SK + "HB21"),
    # Skåne, PMO (primary care)
    "P_SJOBO": ("Vårdcentralen Sjöbo", SK + "PS01"),
    "P_KARRAKRA": ("Vårdcentralen Kärråkra, Eslöv", SK + "PK02"),
    "P_BVC_TOMELILLA": ("Barnavårdscentralen Tomelilla", SK + "PB03"),
    "P_HOOR": ("Vårdcentralen Höör", SK + "PH04"),
    "P_NASBY": ("Vårdcentralen Näsby, Kristianstad", SK + "PN05"),
    "P_SIMRISHAMN": ("Distriktssköterskemottagningen, Vårdcentralen Simrishamn", SK + "PD06"),
    "P_OSBY": ("Vårdcentralen Osby", SK + "PO07"),
    "P_TABELUND": ("Vårdcentralen Tåbelund, Eslöv", SK + "PT08"),
    # VGR, Melior
    "V_SU_MED4": ("Medicinavdelning 4, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG + "SM04"),
    "V_MOL_ORTOAKUT": ("Ortopedakuten, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "MO01"),
    "V_DSBUS_AKUT": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", VG + "DA01"),
    "V_SAS_INF": ("Infektionskliniken, Södra Älvsborgs sjukhus Borås", VG + "BI02"),
    "V_NU_ONH": ("Öron-näs-halsmottagningen, NU-sjukvården Uddevalla", VG + "UO03"),
    "V_ALI_MED": ("Medicinkliniken, Alingsås lasarett", VG + "AM04"),
    "V_SU_NEURO": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG + "SN05"),
    "V_SKAS_HUD": ("Hudmottagningen, Skaraborgs sjukhus Skövde", VG + "KH06"),
    "V_SKAS_MED": ("Medicinavdelning 30, Skaraborgs sjukhus Skövde", VG + "KM30"),
    "V_SAS_HIA": ("Hjärtintensivavdelningen, Södra Älvsborgs sjukhus Borås", VG + "BH07"),
    "V_LID_KARD": ("Kardiologmottagningen, Skaraborgs sjukhus Lidköping", VG + "LK08"),
    "V_SU_ONH": ("Öron-näs-halskliniken, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG + "SO09"),
    "V_SU_NEUROAVD": ("Neurologavdelning 133, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG + "SN33"),
    "V_KUN_KIR": ("Kirurgavdelning 11, Kungälvs sjukhus", VG + "KK11"),
    "V_NAL_BARN": ("Barnmottagningen, NÄL Trollhättan", VG + "NB12"),
    "V_SAS_ORTO": ("Ortopedkliniken, Södra Älvsborgs sjukhus Borås", VG + "BO13"),
    "V_OST_INF": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", VG + "OI14"),
    "V_MOL_GERI": ("Geriatriska kliniken, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "MG15"),
    "V_SAS_BARNAKUT": ("Barnakuten, Södra Älvsborgs sjukhus Borås", VG + "BB16"),
    "V_MOL_OGON": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "MO17"),
    "V_SU_HEM": ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG + "SH18"),
    "V_KUN_AKUT": ("Akutmottagningen, Kungälvs sjukhus", VG + "KA19"),
    "V_ALI_AKUT": ("Akutmottagningen, Alingsås lasarett", VG + "AA20"),
    "V_NAL_NEURO": ("Neurologiska kliniken, NÄL Trollhättan", VG + "NN21"),
    "V_NU_HUD": ("Hudmottagningen, NU-sjukvården Uddevalla", VG + "UH22"),
    "V_SAS_MED52": ("Medicinavdelning 52, Södra Älvsborgs sjukhus Borås", VG + "BM52"),
    "V_ALI_ORTO": ("Ortopedmottagningen, Alingsås lasarett", VG + "AO23"),
    "V_OST_AKUTKIR": ("Akutkirurgiska avdelningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "OK24"),
    "V_KUN_ORTOAKUT": ("Ortopedakuten, Kungälvs sjukhus", VG + "KO25"),
    "V_KUN_GERI": ("Geriatriska avdelningen, Kungälvs sjukhus", VG + "KG26"),
    "V_NU_MED": ("Medicinmottagningen, NU-sjukvården Uddevalla", VG + "UM27"),
    "V_SKAS_NEURO": ("Neurologmottagningen, Skaraborgs sjukhus Skövde", VG + "KN28"),
    "V_ALI_KIR": ("Kirurgmottagningen, Alingsås lasarett", VG + "AK29"),
    "V_SKAS_BARN": ("Barnmottagningen, Skaraborgs sjukhus Skövde", VG + "KB30"),
    "V_KUN_MED": ("Medicinmottagningen, Kungälvs sjukhus", VG + "KM31"),
    "V_ALI_BARN": ("Barnmottagningen, Alingsås lasarett", VG + "AB32"),
    "V_OST_KARD": ("Kardiologiska kliniken, Sahlgrenska Universitetssjukhuset/Östra", VG + "OK33"),
    "V_DSBUS_ONK": ("Barnonkologiska avdelningen, Drottning Silvias barn- och ungdomssjukhus", VG + "DO34"),
    "V_NU_INF": ("Infektionsmottagningen, NU-sjukvården Uddevalla", VG + "UI35"),
    "V_ALI_LUNG": ("Lungmottagningen, Alingsås lasarett", VG + "AL36"),
    "V_SAS_LUNG": ("Lungmottagningen, Södra Älvsborgs sjukhus Borås", VG + "BL37"),
    "V_DSBUS_CF": ("CF-centrum, Drottning Silvias barn- och ungdomssjukhus", VG + "DC38"),
    "V_SAS_KARD": ("Kardiologiska kliniken, Södra Älvsborgs sjukhus Borås", VG + "BK39"),
    "V_SKAS_INF": ("Infektionsmottagningen, Skaraborgs sjukhus Skövde", VG + "KI40"),
    "V_NAL_AKUT": ("Akutmottagningen, NÄL Trollhättan", VG + "NA41"),
    "V_DSBUS_BNEURO": ("Barnneurologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "DN42"),
    "V_KUN_KIRMOTT": ("Kirurgmottagningen, Kungälvs sjukhus", VG + "KK43"),
    "V_OST_KARDMOTT": ("Hjärtmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "OH44"),
}

# ---------------------------------------------------------------- helpers
DRAFT = "DRAFT"
L = "läkare"
SSK = "sjuksköterska"
O = "öppenvård"
S = "slutenvård"


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def check_digit(nine):
    for c in range(10):
        if luhn_ok(nine + str(c)):
            return str(c)
    raise ValueError(nine)


def pnr(bd, serial):
    y, m, d = bd.split("-")
    nine = y[2:] + m + d + serial
    return f"{y}{m}{d}-{serial}{check_digit(nine)}"


def N(nid, unit, time, author, sections, template="Läkaranteckning", system="Melior",
      setting=O, signed=40):
    t = dt.datetime.fromisoformat(time)
    if signed == DRAFT:
        sig = None
    else:
        sig = (t + dt.timedelta(minutes=signed)).isoformat(timespec="seconds")
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": U[unit][0], "hsa_id": U[unit][1]},
        "author": {"name": author[0], "role": author[1]},
        "time": t.isoformat(timespec="seconds"),
        "signed": sig,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


CASES = []


def C(name, region, bd, serial, notes, must, must_not, why, as_of=AS_OF):
    CASES.append({
        "case": name,
        "ruleset": region,
        "record": {
            "patient": {"id": pnr(bd, serial), "birth_date": bd, "protected_identity": False},
            "as_of": as_of,
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


P1 = ("NL102", "n1")
A1 = ("NL101", "n1")

# =====================================================================
# NL102 positives: hedged diagnosis of the patient in a visible Melior section
# =====================================================================

C("h33-med-rond-trol-pneumoni-ho-basalt", "vgr", "1941-03-08", "417", [
    N("n1", "V_SU_MED4", "2024-10-14T10:05:00", ("Karin Lindqvist", L), [
        ("Aktuellt", "Rond dag 2. Pat mår något bättre men hostar fortfarande gulgröna upphostningar. Afebril sedan igår kväll. Åt frukost själv, har varit uppe med rollator till toaletten. Hustrun på besök under ronden."),
        ("Tidigare sjukdomar", "KOL GOLD 2 med inhalationsbehandling. Hypertoni. Prostatahyperplasi. Gråstarrsop bilat 2016."),
        ("Status", "AT: opåverkad, talar hela meningar. Pulm: krepitationer hö basalt, i övrigt vesikulärt. Cor: RR, inga bi- eller blåsljud. SaO2 94 % på 1 l O2."),
        ("Lab", "CRP 148 -> 96. LPK 13,2. Krea 88. Na 134, K 3,9. Hb 131. Odlingar från inkomsten: blododling negativ efter två dygn, sputumodling växer normal flora."),
        ("Läkemedel", "Bensylpenicillin 3 g x 3 iv dag 2. Inhalationer enligt ordinarie schema. Enalapril pausat vid inkomst pga lågt BT, återinsätts när BT > 130 systoliskt."),
        ("Bedömning", "Trol. pneumoni hö basalt, svarar på behandlingen. Rtg pulm ej gjord ännu pga transportproblem i helgen."),
        ("Planering", "Fortsatt bensylpc iv, byte till peroralt när CRP < 50. Rtg pulm idag. Fysioterapeut för andningsträning och mobilisering. Ssk följer saturation och minskar syrgasen till målsaturation 90-92 %. Ny bedömning vid ronden imorgon."),
    ], template="Daganteckning", setting=S)],
    [P1], [A1],
    "ward round: 'Trol. pneumoni' in Bedömning of a visible Melior daily note")

C("h33-kard-misstankt-nstemi-hia", "skane", "1958-11-23", "235", [
    N("n1", "S_LUND_KARD", "2024-10-14T07:40:00", ("Ahmed Hassan", L), [
        ("Kontaktorsak", "Bröstsmärta sedan kl 05 i morse, tryckande, strålar ut i vänster arm."),
        ("Anamnes", "Rökare, 20 paketår. Behandlad hypertoni och hyperlipidemi. Inga tidigare hjärthändelser."),
        ("Status", "Cor: regelbunden rytm 84/min, inga blåsljud. BT 162/94. Pulm ua. Inga perifera ödem."),
        ("EKG", "Sinusrytm, ST-sänkningar 1 mm i V4-V6, ingen ST-höjning."),
        ("Lab", "hs-TnT 38 -> 71 ng/l efter en timme."),
        ("Bedömning", "Misstänkt NSTEMI med stigande troponin och ischemiska EKG-förändringar."),
        ("Planering", "ASA, ticagrelor, fondaparinux. Koronarangiografi planeras imorgon förmiddag."),
    ], template="Inskrivningsanteckning", setting=S)],
    [P1], [A1],
    "cardiology admission: 'Misstänkt NSTEMI' in visible Bedömning")

C("h33-neuro-typo-misstant-tia", "skane", "1950-05-30", "486", [
    N("n1", "S_HBG_STROKE", "2024-10-14T11:30:00", ("Sofia Bergström", L), [
        ("Anamnes", "Igår kväll en 20 minuter lång episod med afasi och svaghet i hö hand, helt regredierat vid ankomst."),
        ("Status", "Neurologstatus idag utan fokalt bortfall. NIHSS 0."),
        ("Bedömning", "Misstänt TIA i vä media-territoriet. ABCD2 5 p."),
        ("Planering", "Halskärlsduplex och långtids-EKG. Klopidogrel och atorvastatin insätts."),
    ], setting=S)],
    [P1], [A1],
    "typo in the hedge: 'Misstänt TIA' (for misstänkt) in visible Bedömning")

C("h33-orto-ev-scaphoideumfraktur-neg-rtg", "vgr", "1998-02-14", "328", [
    N("n1", "V_MOL_ORTOAKUT", "2024-10-14T16:50:00", ("Johan Nyberg", L), [
        ("Anamnes", "Föll med cykel på utsträckt hand igår. Ont radialt i vänster handled."),
        ("Status", "Palpöm i fossa tabatière. Axialkompression av tummen smärtar. Sensibilitet och cirkulation distalt ua."),
        ("Röntgen", "Rtg vä handled inkl. scaphoideumserie: ingen säker frakturlinje."),
        ("Bedömning", "Ev. scaphoideumfraktur trots negativ rtg."),
        ("Åtgärd", "Skafoidgips. Ny rtg om 10-14 dagar, alternativt MR om fortsatt kliniskt misstänkt."),
    ], template="Akutanteckning")],
    [P1], [A1],
    "'Ev. scaphoideumfraktur' (hedged fracture) in visible Bedömning of an orthopaedic ER note")

C("h33-kir-appendicit-kan-ej-uteslutas", "skane", "2001-07-02", "153", [
    N("n1", "S_YST_KIR", "2024-10-14T19:15:00", ("Erik Holm", L), [
        ("Anamnes", "Buksmärtor sedan igår eftermiddag, började kring naveln och har vandrat ner mot höger fossa. Illamående, kräkts en gång."),
        ("Status", "Buk: mjuk, palpöm i hö fossa iliaca med släppömhet. Rovsings tecken positivt. Temp 37,9."),
        ("Lab", "CRP 34, LPK 12,8."),
        ("Bedömning", "Appendicit kan ej uteslutas, AIR-score 7."),
        ("Planering", "Inläggs fastande, DT buk i kväll. Omprövning av kirurgjouren kl 22."),
    ], template="Inskrivningsanteckning", setting=S, signed=DRAFT)],
    [P1], [A1],
    "'Appendicit kan ej uteslutas' in an unsigned surgical admission note")

C("h33-ped-trolig-bronkiolit-rs", "vgr", "2024-06-02", "017", [
    N("n1", "V_DSBUS_AKUT", "2024-10-14T21:40:00", ("Leila Rahimi", L), [
        ("Anamnes", "Fyra månader gammal pojke, förkyld sedan tre dagar. Sedan igår sämre matintag, äter ungefär hälften av vanliga mängden enligt mamma. Storasyster är förkyld."),
        ("Status", "Piggnar till vid undersökningen. Indragningar jugulärt och subkostalt. AF 56. Pulm: bilat fina rassel och pip. Sat 93 % på luft."),
        ("Bedömning", "Trolig bronkiolit, sannolikt RS-virus. Nedsatt födointag."),
        ("Planering", "Inläggning för sondmatning och saturationsövervakning. RS-snabbtest skickat. Nasal sugning före måltid."),
    ], template="Akutanteckning", setting=S)],
    [P1], [A1],
    "paediatrics, infant (guardians read): 'Trolig bronkiolit, sannolikt RS-virus' visible")

C("h33-geri-fragestallning-alzheimer", "skane", "1944-09-19", "642", [
    N("n1", "S_MAL_MINNE", "2024-10-15T09:10:00", ("Anders Sjöberg", L), [
        ("Anamnes", "Remiss från vårdcentralen pga tilltagande minnesstörning sedan två år. Maken berättar att hon glömmer samtal och har gått vilse i bekant miljö."),
        ("Status", "MMSE-SR 22/30, klocktestet avvikande. Neurologiskt i övrigt ua."),
        ("Bedömning", "Frågeställning demens av Alzheimertyp. DT hjärna visar generell atrofi, mest uttalad temporalt."),
        ("Planering", "LP för demensmarkörer och neuropsykologisk testning bokas."),
    ], template="Mottagningsanteckning")],
    [P1], [A1],
    "memory clinic: 'Frågeställning demens av Alzheimertyp' in visible Bedömning")

C("h33-inf-typo-misstankt-nueroborrelios", "vgr", "1967-04-11", "571", [
    N("n1", "V_SAS_INF", "2024-10-15T10:20:00", ("Eva Johansson", L), [
        ("Aktuellt", "Högersidig facialispares sedan fyra dagar. Fästingbett i juli, inget erythema migrans noterat. Nattlig värk i ryggen."),
        ("Status", "Perifer facialispares hö, kan inte rynka pannan. Övriga kranialnerver ua."),
        ("Bedömning", "Misstänkt nueroborrelios med facialispares."),
        ("Åtgärd", "LP idag för celler och borreliaantikroppar i likvor och serum. Doxycyklin startas efter LP."),
    ], template="Mottagningsanteckning")],
    [P1], [A1],
    "typo in the diagnosis word: 'Misstänkt nueroborrelios' in visible Bedömning")

C("h33-derm-dd-melanom-dysplastiskt-nevus", "skane", "1975-12-03", "460", [
    N("n1", "S_LUND_HUD", "2024-10-15T13:00:00", ("Maria Ekström", L), [
        ("Aktuellt", "Remiss från vårdcentralen pga förändrat födelsemärke på hö skuldra."),
        ("Status", "7 mm asymmetrisk pigmenterad lesion med oregelbunden kant och två färgnyanser. Dermatoskopi: atypiskt nätverk och regressionszon."),
        ("Bedömning", "DD malignt melanom / dysplastiskt nevus."),
        ("Åtgärd", "Diagnostisk excision med 2 mm marginal utförd idag. PAD inväntas."),
    ], template="Mottagningsanteckning")],
    [P1], [A1],
    "dermatology: 'DD malignt melanom / dysplastiskt nevus' in visible Bedömning")

C("h33-onh-peritonsillit-fragetecken", "vgr", "1996-08-27", "242", [
    N("n1", "V_NU_ONH", "2024-10-15T15:35:00", ("Mikael Strand", L), [
        ("Aktuellt", "Halsont fem dagar, tilltagande vänstersidigt, svårt att svälja saliv. Talar grötigt."),
        ("Status", "Trismus två tvärfingrar. Vä tonsill medialiserad, uvula deviaterad åt hö. Temp 38,4."),
        ("Bedömning", "Peritonsillit vä?"),
        ("Åtgärd", "Punktion vä gav inget pus. PcV 1,6 g x 3 insätts och pat återkommer för ny bedömning imorgon."),
    ], template="Akutanteckning")],
    [P1], [A1],
    "ENT: bare question mark hedge 'Peritonsillit vä?' in visible Bedömning")

C("h33-ogon-talar-for-hortons-sjukdom", "skane", "1946-01-29", "195", [
    N("n1", "S_LUND_OGON", "2024-10-15T08:25:00", ("Per Wallin", L), [
        ("Anamnes", "Plötslig synnedsättning på vä öga sedan i morse. Två veckors huvudvärk vid tinningarna, ont vid tuggning, trött."),
        ("Status", "Visus hö 0,8, vä räkna fingrar på 1 m. RAPD vä. Fundus vä: blek, svullen papill."),
        ("Lab", "SR 78, CRP 41."),
        ("Bedömning", "Bilden talar för arteriitisk främre ischemisk optikusneuropati vid Hortons sjukdom."),
        ("Åtgärd", "Metylprednisolon iv startat. Temporalisbiopsi bokas inom en vecka och reumatolog är kontaktad."),
    ], template="Akutanteckning")],
    [P1], [A1],
    "ophthalmology: 'Bilden talar för ... Hortons sjukdom' (eponym) in visible Bedömning")

C("h33-med-klinisk-bild-forenlig-med-lungemboli", "vgr", "1988-06-21", "684", [
    N("n1", "V_ALI_MED", "2024-10-15T18:10:00", ("Lena Persson", L), [
        ("Anamnes", "Andfådd sedan två dygn, stickande smärta i vä thorax vid djupandning. P-piller. Långflygning från Thailand för en vecka sedan."),
        ("Status", "AF 24, puls 108, SaO2 93 %. Pulm ua. Vä vad något svullen."),
        ("Bedömning", "Klinisk bild förenlig med lungemboli, Wells 6."),
        ("Planering", "DT lungartärer i kväll. Dalteparin i behandlingsdos ges direkt."),
    ], template="Inskrivningsanteckning", setting=S, signed=DRAFT)],
    [P1], [A1],
    "'Klinisk bild förenlig med lungemboli' before CT, unsigned draft")

C("h33-kard-inger-misstanke-om-endokardit", "skane", "1962-10-05", "396", [
    N("n1", "S_KRI_MED", "2024-10-15T11:45:00", ("Nils Engström", L), [
        ("Aktuellt", "Tre veckors intermittent feber och nattsvettningar. Tandextraktion i augusti."),
        ("Status", "Nytillkommet systoliskt blåsljud 3/6 över apex. Splitterblödningar under två naglar."),
        ("Bedömning", "Feber, nytt blåsljud och positiva blododlingar med viridansstreptokocker inger misstanke om endokardit."),
        ("Planering", "TEE på måndag. Bensylpc och gentamicin enligt PM."),
    ], setting=S)],
    [P1], [A1],
    "'inger misstanke om endokardit' in visible Bedömning on a medical ward")

C("h33-neuro-kan-rora-sig-om-ms-debut", "vgr", "1994-02-17", "826", [
    N("n1", "V_SU_NEURO", "2024-10-15T14:20:00", ("Fatima Yilmaz", L), [
        ("Anamnes", "Domningar i båda benen upp till naveln sedan tre veckor. För två år sedan en episod med dimsyn på vä öga som gick över spontant."),
        ("Status", "Nedsatt vibrationssinne distalt i benen, livliga reflexer. Babinski negativ bilat."),
        ("Bedömning", "Kan röra sig om debut av MS med myelit. Den tidigare synepisoden passar med optikusneurit."),
        ("Planering", "MR hjärna och halsrygg med kontrast. LP med IgG-index och oligoklonala band."),
    ], template="Mottagningsanteckning")],
    [P1], [A1],
    "neurology: 'Kan röra sig om debut av MS' in visible Bedömning")

C("h33-derm-bild-som-vid-pityriasis-rosea", "vgr", "2003-05-09", "248", [
    N("n1", "V_SKAS_HUD", "2024-10-16T09:00:00", ("Oskar Lund", L), [
        ("Aktuellt", "Utslag på bålen sedan tio dagar, började med en större fläck under vä bröst."),
        ("Status", "Ovala rosa fjällande fläckar längs hudlinjerna på bålen i julgransmönster. Heraldfläck 3 cm."),
        ("Bedömning", "Bild som vid pityriasis rosea."),
        ("Åtgärd", "Information om att utslagen brukar läka ut av sig själva inom 6-8 veckor. Mjukgörande kräm och klådstillande vid behov."),
    ], template="Mottagningsanteckning")],
    [P1], [A1],
    "dermatology: 'Bild som vid pityriasis rosea' in visible Bedömning")

C("h33-geri-oklart-om-parkinson-eller-lakemedel", "skane", "1939-07-16", "073", [
    N("n1", "S_YST_GERI", "2024-10-16T10:30:00", ("Ingrid Falk", L), [
        ("Anamnes", "Dottern har märkt att han går med små steg och fått ett mer uttryckslöst ansikte sedan i våras. Haloperidol insattes på boendet i februari för oro."),
        ("Status", "Rigiditet i båda armarna, ingen vilotremor. Nedsatt medrörelse av armarna vid gång."),
        ("Bedömning", "Oklart om det rör sig om Parkinsons sjukdom eller läkemedelsutlöst parkinsonism."),
        ("Planering", "Haloperidol sätts ut i samråd med boendets läkare. Ny bedömning om 8 veckor, ev. DaT-scan därefter."),
    ], template="Mottagningsanteckning")],
    [P1], [A1],
    "geriatrics: 'Oklart om det rör sig om Parkinsons sjukdom eller ...' in visible Bedömning")

C("h33-med-latin-susp-cirrhosis-hepatis", "vgr", "1961-11-30", "894", [
    N("n1", "V_SKAS_MED", "2024-10-16T08:45:00", ("Tomas Björk", L), [
        ("Anamnes", "Dricker ungefär en flaska vin per dag sedan många år. Inkommer pga ökande bukomfång."),
        ("Status", "Ascites, spider naevi på bröstet, palmarerytem. Lätt ikterisk."),
        ("Lab", "Albumin 26, PK 1,6, bilirubin 54, TPK 88."),
        ("Bedömning", "Ascites. Susp. cirrhosis hepatis, etylbetingad."),
        ("Planering", "Diagnostisk laparocentes. UL lever med elastografi. Gastroskopi för varicesscreening."),
    ], template="Inskrivningsanteckning", setting=S)],
    [P1], [A1],
    "Latin with abbreviated hedge: 'Susp. cirrhosis hepatis' in visible Bedömning")

C("h33-kir-epikris-sannolik-kolecystit", "skane", "1970-03-25", "548", [
    N("n1", "S_HBG_KIR", "2024-10-17T14:00:00", ("Helena Nordin", L), [
        ("Diagnoser", "Sannolik akut kolecystit. Kolecystolitiasis."),
        ("Vårdförlopp", "Inkom 14/10 med smärta under hö arcus och feber. UL visade gallstenar och förtjockad gallblåsevägg utan perikolecystisk vätska. Behandlad med piperacillin/tazobaktam iv med snabb förbättring."),
        ("Läkemedel vid utskrivning", "Amoxicillin/klavulansyra 875 mg x 3 i ytterligare fem dagar."),
        ("Uppföljning", "Planeras för elektiv laparoskopisk kolecystektomi om 6-8 veckor, kallelse kommer per post."),
    ], template="Epikris", setting=S)],
    [P1], [A1],
    "discharge summary: 'Sannolik akut kolecystit' in the visible diagnosis section")

C("h33-ped-mojlig-inkomplett-kawasaki", "skane", "2021-03-11", "084", [
    N("n1", "S_LUND_BARN", "2024-10-16T12:15:00", ("Jonas Ahlgren", L), [
        ("Anamnes", "Feber sedan sex dagar trots paracetamol. Röda ögon och spruckna läppar sedan igår enligt pappa."),
        ("Status", "Irritabel. Bilaterala konjunktivala injektioner utan sekret. Jordgubbstunga. Svullna handryggar. Inga utslag."),
        ("Lab", "CRP 112, SR 70, Hb 104, albumin 28."),
        ("Bedömning", "Möjlig inkomplett Kawasakis sjukdom, 3 av 5 huvudkriterier."),
        ("Planering", "Ekokardiografi idag. Diskuteras med barnreumatolog angående IVIG."),
    ], setting=S)],
    [P1], [A1],
    "paediatrics, 3-year-old: 'Möjlig inkomplett Kawasakis sjukdom' (eponym) visible to guardians")

C("h33-inf-lekmannasprak-troligen-blodforgiftning", "vgr", "1953-09-12", "315", [
    N("n1", "V_KUN_AKUT", "2024-10-16T03:20:00", ("Amra Hodžić", L), [
        ("Aktuellt", "Frossa och feber sedan i natt. Diabetessår på hö stortå sedan en månad."),
        ("Status", "Temp 39,3, BT 98/60, puls 118. Rodnad och värmeökning från såret upp mot fotryggen."),
        ("Information till patienten", "Vi tror att du troligen har en blodförgiftning som har startat från såret på foten, därför får du antibiotika direkt i blodet och stannar kvar på sjukhuset."),
        ("Planering", "Blododlingar x 2, sårodling. Inläggning på infektionsavdelningen."),
    ], template="Akutanteckning", setting=S, signed=DRAFT)],
    [P1], [A1],
    "lay language addressed to the patient: 'troligen ... blodförgiftning' in a visible section")

C("h33-med-typo-trolgi-pyelonefrit", "skane", "1982-01-18", "762", [
    N("n1", "S_ANG_MED", "2024-10-16T17:05:00", ("Viktor Lindgren", L), [
        ("Aktuellt", "Sveda vid miktion sedan fyra dagar, nu feber 39 och ont i vä flank."),
        ("Status", "Dunkömhet över vä njurloge. Buken mjuk."),
        ("Bedömning", "Trolgi pyelonefrit vä."),
        ("Planering", "Urinodling och blododlingar, därefter cefotaxim iv."),
    ], template="Inskrivningsanteckning", setting=S)],
    [P1], [A1],
    "typo in the hedge: 'Trolgi pyelonefrit' in visible Bedömning")

C("h33-kard-perikardit-dd-perimyokardit", "vgr", "2002-12-06", "393", [
    N("n1", "V_SAS_HIA", "2024-10-16T22:30:00", ("Daniel Olofsson", L), [
        ("Anamnes", "Förkyld förra veckan. Sedan igår skarp bröstsmärta som förvärras liggande och lindras framåtlutad."),
        ("EKG", "Utbredda konkava ST-höjningar och PR-sänkning."),
        ("Lab", "TnT 56, CRP 38."),
        ("Bedömning", "Akut perikardit. DD perimyokardit med tanke på troponinstegringen."),
        ("Planering", "Ibuprofen och kolkicin. MR hjärta under vårdtiden."),
    ], template="Inskrivningsanteckning", setting=S)],
    [P1], [A1],
    "confirmed pericarditis plus a hedged 'DD perimyokardit' - the DD makes it positive")

C("h33-orto-eventuell-medial-meniskskada", "skane", "1990-04-04", "435", [
    N("n1", "S_HASS_ORTO", "2024-10-16T13:40:00", ("Marta Kowalska", L), [
        ("Anamnes", "Vred vä knä vid fotboll för tre veckor sedan. Låsningar två gånger, svullnad efter belastning."),
        ("Status", "Ledvätska +. Ömhet över mediala ledspringan. McMurray positiv medialt. Stabilt i alla plan."),
        ("Bedömning", "Eventuell medial meniskskada vä knä."),
        ("Planering", "MR vä knä remitteras. Fysioterapi under väntetiden."),
    ], template="Mottagningsanteckning")],
    [P1], [A1],
    "orthopaedics: 'Eventuell medial meniskskada' (hedge on a diagnosis, not on a plan)")

C("h33-onh-misstanke-om-neuronitis-vestibularis", "vgr", "1979-10-22", "566", [
    N("n1", "V_SU_ONH", "2024-10-17T09:50:00", ("Hanna Berg", L), [
        ("Anamnes", "Kraftig rotatorisk yrsel sedan igår morse med kräkningar. Ingen hörselnedsättning eller tinnitus."),
        ("Status", "Horisontell nystagmus åt hö som ökar vid blick åt hö. Head impulse test patologiskt åt vä. Ingen skew deviation."),
        ("Bedömning", "Misstanke om neuronitis vestibularis sin. HINTS talar inte för central orsak."),
        ("Planering", "Antiemetika och tidig mobilisering. Vestibulär rehabilitering via fysioterapeut."),
    ], template="Akutanteckning")],
    [P1], [A1],
    "Latin diagnosis after 'Misstanke om' in visible Bedömning; the negated central cause does not cancel it")

C("h33-ogon-ablatio-ej-uteslutet", "skane", "1966-06-13", "117", [
    N("n1", "S_HBG_OGON", "2024-10-17T10:40:00", ("Björn Axelsson", L), [
        ("Aktuellt", "Blixtar och svarta prickar i hö öga sedan igår, idag som en gardin nedifrån."),
        ("Status", "Visus hö 0,5. Fundus i miosis svårbedömd perifert, blödning i glaskroppen."),
        ("Bedömning", "Ablatio retinae hö ej uteslutet."),
        ("Åtgärd", "Akut remiss till ögonakuten i Lund för undersökning i full mydriasis idag."),
    ], template="Akutanteckning")],
    [P1], [A1],
    "'ej uteslutet' looks like a negation but keeps the retinal detachment open: positive")

C("h33-neuro-susp-guillain-barre", "vgr", "1973-08-08", "937", [
    N("n1", "V_SU_NEUROAVD", "2024-10-17T11:00:00", ("Elin Hedlund", L), [
        ("Anamnes", "Stickningar i fötter och händer sedan fem dagar, nu svårt att gå i trappor. Magsjuk för tre veckor sedan."),
        ("Status", "Symmetrisk distal pares i benen 4/5, areflexi i benen. Vitalkapacitet 3,1 l."),
        ("Bedömning", "Susp Guillain-Barrés syndrom."),
        ("Planering", "LP och ENeG. Vitalkapacitet x 3/dygn, larmgräns 20 ml/kg."),
    ], template="Inskrivningsanteckning", setting=S)],
    [P1], [A1],
    "abbreviated hedge without dot + eponym: 'Susp Guillain-Barrés syndrom'")

C("h33-geri-delirium-fragetecken-dd", "skane", "1931-02-26", "528", [
    N("n1", "S_TRE_GERI", "2024-10-17T09:15:00", ("Reza Karimi", L), [
        ("Aktuellt", "Enligt nattens ssk orolig och förvirrad, plockade med slangar. Var klar igår."),
        ("Status", "Fluktuerande uppmärksamhet, svarar osammanhängande. Afebril. Bladderscan 650 ml."),
        ("Bedömning", "Delirium? DD progress av känd kognitiv svikt. Urinretentionen kan bidra."),
        ("Åtgärd", "KAD sätts. Genomgång av antikolinerga läkemedel, oxybutynin sätts ut."),
    ], template="Daganteckning", setting=S, signed=DRAFT)],
    [P1], [A1],
    "geriatric ward: 'Delirium?' with a DD in an unsigned visible note")

C("h33-kir-typo-misstamkt-tunntarmsileus", "vgr", "1955-01-05", "742", [
    N("n1", "V_KUN_KIR", "2024-10-17T02:10:00", ("Linnea Forsberg", L), [
        ("Aktuellt", "Opererad för perforerad appendicit 1998. Kräkningar och uppspänd buk sedan igår, inga gaser sedan i morse."),
        ("Status", "Buken uppspänd och tympanitisk, metalliska tarmljud. Ingen peritonit."),
        ("Bedömning", "Misstämkt tunntarmsileus pga adherenser."),
        ("Planering", "V-sond, iv vätska och DT buk med peroral kontrast."),
    ], template="Inskrivningsanteckning", setting=S)],
    [P1], [A1],
    "typo in the hedge: 'Misstämkt tunntarmsileus'")

C("h33-inf-kan-inte-utesluta-lungtuberkulos", "skane", "1985-05-15", "659", [
    N("n1", "S_MAL_INF", "2024-10-17T15:25:00", ("Gustav Månsson", L), [
        ("Anamnes", "Hosta i två månader, viktnedgång 6 kg och nattsvettningar. Flyttade från Somalia 2019."),
        ("Röntgen", "Rtg pulm: kavitet i hö ovanlob."),
        ("Bedömning", "Kan inte utesluta lungtuberkulos."),
        ("Åtgärd", "Luftburen isolering. Sputum för direktmikroskopi, PCR och odling x 3. Quantiferon tas."),
    ], template="Inskrivningsanteckning", setting=S)],
    [P1], [A1],
    "'Kan inte utesluta lungtuberkulos' in visible Bedömning on the infection ward")

C("h33-ped-ev-uvi-tvaaring", "vgr", "2022-05-19", "028", [
    N("n1", "V_NAL_BARN", "2024-10-17T16:30:00", ("Petra Dahl", L), [
        ("Anamnes", "Feber 39,5 sedan två dygn utan luftvägssymtom. Gnäller vid blöjbyte enligt mamma."),
        ("Status", "Opåverkad, ingen nackstelhet. Öron och svalg ua. Buken mjuk."),
        ("Lab", "CRP 62. Urinsticka från påse: leukocyter 3+, nitrit pos."),
        ("Bedömning", "Ev. UVI, febril."),
        ("Planering", "Kateterurin för odling. Ceftibuten insätts, telefonkontakt med föräldrarna när odlingssvaret finns."),
    ], template="Mottagningsanteckning")],
    [P1], [A1],
    "paediatrics, 2-year-old: 'Ev. UVI' (abbreviated hedge and diagnosis) visible to guardians")

C("h33-med-epikris-lang-koloncancer-kan-ej-uteslutas", "skane", "1947-08-20", "919", [
    N("n1", "S_MAL_MED2", "2024-10-18T11:20:00", ("Anna-Karin Svensson", L), [
        ("Inskrivningsorsak", "77-årig man som inkom 9/10 via akuten med tilltagande trötthet, ansträngningsdyspné och yrsel sedan en månad. Remitterad från vårdcentralen med Hb 68."),
        ("Tidigare sjukdomar", "Hypertoni sedan 2005. Typ 2-diabetes, tablettbehandlad. Höftprotes hö 2019. Ingen tidigare känd blödning."),
        ("Status vid inskrivning", "AT: blek, trött men vaken och orienterad. Cor: RR, systoliskt flödesblåsljud 2/6 parasternalt. Pulm: vesikulärt bilat. Buk: mjuk, oöm, inga palpabla resistenser. PR: brun avföring, ingen palpabel tumör. Inga perifera ödem."),
        ("Social anamnes", "Bor med hustrun i villa i Oxie. Klarar sig själv, kör bil. Tidigare rökare, slutade 1995. Alkohol sparsamt."),
        ("Lab vid utskrivning", "Hb 93, MCV 76, TPK 312, LPK 6,8, CRP 3. Na 139, K 4,1, krea 84. ALAT och ALP normala. HbA1c 48."),
        ("Vårdförlopp", "Vid ankomst blek men cirkulatoriskt stabil, puls 96, BT 128/70. Hb 68, MCV 71, ferritin 4, transferrinmättnad 5 %. Transfunderades med två enheter erytrocytkoncentrat med Hb-stegring till 89 och klar förbättring av orken. Fick därefter järnsackaros 1000 mg iv fördelat på två doser. F-Hb positivt i tre av tre prov. Gastroskopi 11/10 visade lätt gastrit men ingen blödningskälla, och biopsier för celiaki och H. pylori var negativa. Under vårdtiden inga tecken på pågående blödning, stabilt Hb 91-94 de sista tre dygnen."),
        ("Diagnoser", "Järnbristanemi, transfusionskrävande. Gastrit, lindrig."),
        ("Bedömning", "Järnbristanemin kan möjligen förklaras av ockult blödning från colon, och koloncancer kan ej uteslutas förrän koloskopi är gjord."),
        ("Läkemedel", "Nytt: pantoprazol 20 mg x 1 i fyra veckor. Utsatt: acetylsalicylsyra 75 mg, saknar indikation i primärpreventivt syfte. I övrigt oförändrat."),
        ("Uppföljning", "Koloskopi via endoskopienheten inom tre veckor, remissen är skickad. Hb och ferritin på vårdcentralen om två veckor. Ny järninfusion vid behov enligt vårdcentralens bedömning. Metformin oförändrat, krea 84 vid utskrivning."),
        ("Information", "Pat har fått information om fynden under vårdtiden och om varför koloskopi behövs. Tarmrengöringsinstruktioner medskickade."),
    ], template="Epikris", setting=S)],
    [P1], [A1],
    "long discharge summary where only one Bedömning sentence hedges ('koloncancer kan ej uteslutas')")

C("h33-derm-typo-sannolkt-basaliom", "skane", "1949-09-01", "397", [
    N("n1", "S_HBG_HUD", "2024-10-18T08:30:00", ("Ulf Håkansson", L), [
        ("Aktuellt", "Sår på vä näsvinge som inte läker sedan ett halvår, blöder ibland."),
        ("Status", "6 mm pärlemorglänsande papel med central ulceration och teleangiektasier i kanten."),
        ("Bedömning", "Sannolkt basaliom vä näsvinge."),
        ("Åtgärd", "Stansbiopsi tagen. Kirurgi eller Mohs beroende på subtyp."),
    ], template="Mottagningsanteckning")],
    [P1], [A1],
    "typo in the hedge: 'Sannolkt basaliom'")

C("h33-kard-trol-parox-ff-forkortningar", "vgr", "1957-03-03", "766", [
    N("n1", "V_LID_KARD", "2024-10-18T10:10:00", ("Josefin Ek", L), [
        ("Anamnes", "Anfall av hjärtklappning med oregelbunden puls enligt klockan, varar 1-3 timmar. Ingen synkope."),
        ("EKG", "Sinusrytm 68/min, normal PQ och QTc."),
        ("Bedömning", "Trol parox FF. CHA2DS2-VASc 2 p."),
        ("Planering", "Långtids-EKG 7 dygn och UKG. Antikoagulation diskuterad, beslut när registreringen är klar."),
    ], template="Mottagningsanteckning")],
    [P1], [A1],
    "telegraphic abbreviations: 'Trol parox FF' (trolig paroxysmalt förmaksflimmer)")

C("h33-neuro-troligen-migran-med-aura", "skane", "1999-11-11", "188", [
    N("n1", "S_MAL_NEURO", "2024-10-18T13:30:00", ("Ali Mansour", L), [
        ("Anamnes", "Återkommande pulserande huvudvärk på höger sida sedan tonåren, 2-3 gånger per månad. Föregås av flimmer i synfältet i cirka 20 minuter. Mamma har migrän."),
        ("Status", "Neurologstatus ua. Fundus: skarpa papiller."),
        ("Bedömning", "Troligen migrän med aura. Inga varningsflaggor."),
        ("Planering", "Sumatriptan vid behov och huvudvärksdagbok. Östrogeninnehållande p-piller bör undvikas."),
    ], template="Mottagningsanteckning")],
    [P1], [A1],
    "'Troligen migrän med aura' in visible Bedömning; the mother's migraine beside it is irrelevant")

C("h33-orto-typo-differentaildiagnos-septisk-artrit", "vgr", "1951-06-28", "474", [
    N("n1", "V_SAS_ORTO", "2024-10-18T15:45:00", ("Kristina Lööf", L), [
        ("Aktuellt", "Svullet, rött och varmt hö knä sedan igår. Tidigare giktattacker i stortån."),
        ("Status", "Hö knä: kraftig ledvätska, värmeökning och smärtsam rörlighet. Temp 38,1."),
        ("Bedömning", "Bedöms som giktartrit i hö knä. Differentaildiagnos septisk artrit som inte kan avfärdas förrän odlingssvar finns."),
        ("Åtgärd", "Ledpunktion: 40 ml grumlig vätska skickad för kristaller, celler och odling. Antibiotika avvaktas till mikroskopisvar."),
    ], template="Inskrivningsanteckning", setting=S)],
    [P1], [A1],
    "typo 'Differentaildiagnos septisk artrit' next to a working diagnosis of gout")

C("h33-ped-misstankt-celiaki-sexaring", "skane", "2018-02-07", "062", [
    N("n1", "S_HBG_BARN", "2024-10-18T09:40:00", ("Emma Sandberg", L), [
        ("Anamnes", "Sexårig flicka med magont, lös avföring och avplanande viktkurva senaste året. Mormor har diabetes typ 1."),
        ("Status", "Tunn, utspänd buk. Vikt -1,5 SD, följde tidigare 0-kurvan."),
        ("Lab", "Transglutaminas-IgA mer än 10 gånger övre referensgränsen. Totalt IgA normalt."),
        ("Bedömning", "Misstänkt celiaki."),
        ("Planering", "EMA och HLA-typning enligt ESPGHAN. Behåll gluten i kosten tills utredningen är klar."),
    ], template="Mottagningsanteckning")],
    [P1], [A1],
    "paediatrics, 6-year-old: 'Misstänkt celiaki' visible to guardians")

C("h33-inf-sokord-fragestallning-malaria", "vgr", "1980-04-19", "291", [
    N("n1", "V_OST_INF", "2024-10-18T20:05:00", ("Björn Axelsson", L), [
        ("Frågeställning", "Malaria? Feber efter resa till Uganda."),
        ("Anamnes", "Kom hem för nio dagar sedan efter besök hos släkt i Kampala. Ingen malariaprofylax. Feber i skov med frossa sedan tre dagar."),
        ("Status", "Temp 39,6. Lätt ikterisk. Mjälten ej palpabel."),
        ("Planering", "Snabbtest och blodutstryk akut, upprepas om 12 timmar om negativt."),
    ], template="Konsultationsanteckning", setting=S)],
    [P1], [A1],
    "open clinical question 'Malaria?' under the visible sökord Frågeställning, not yet answered")

C("h33-endo-ev-lada-snarare-an-typ2", "skane", "1987-09-09", "513", [
    N("n1", "S_MAL_ENDO", "2024-10-18T14:15:00", ("Jonas Ahlgren", L), [
        ("Aktuellt", "Diabetes upptäckt i våras, behandlad som typ 2 på vårdcentralen med metformin. Trots det HbA1c 78 och viktnedgång."),
        ("Status", "BMI 23. Ingen acanthosis nigricans."),
        ("Bedömning", "Ev. LADA snarare än typ 2-diabetes."),
        ("Planering", "GAD-antikroppar och C-peptid. Basinsulin startas redan nu."),
    ], template="Mottagningsanteckning")],
    [P1], [A1],
    "'Ev. LADA' - abbreviation of a diabetes subtype after a hedge, in visible Bedömning")

C("h33-geri-typo-polymyalgia-reumatica-fragetecken", "vgr", "1945-12-14", "424", [
    N("n1", "V_MOL_GERI", "2024-10-18T10:55:00", ("Hanna Berg", L), [
        ("Aktuellt", "Stelhet och värk i axlar och höfter sedan sex veckor, värst på morgonen och varar över en timme. Svårt att kamma håret."),
        ("Lab", "SR 64, CRP 38. RF och anti-CCP negativa."),
        ("Bedömning", "Polymyalgia reumatica? Inga symtom på temporalisarterit."),
        ("Planering", "Prednisolon 15 mg/d med förväntad snabb effekt inom en vecka. Återbesök om två veckor."),
    ], template="Mottagningsanteckning")],
    [P1], [A1],
    "misspelt Latin 'Polymyalgia reumatica?' with a question-mark hedge")

C("h33-kir-misst-inklamt-ljumskbrack", "skane", "1948-04-30", "571", [
    N("n1", "S_LAN_AKUT", "2024-10-19T09:35:00", ("Daniel Olofsson", L), [
        ("Anamnes", "Känt ljumskbråck hö sedan länge som har kunnat tryckas tillbaka. Sedan i morse ont och det går inte att reponera."),
        ("Status", "Fast, öm resistens i hö ljumske, ej reponibel. Buken lätt spänd."),
        ("Bedömning", "Misst. inklämt ljumskbråck hö."),
        ("Åtgärd", "Ambulanstransport till kirurgen i Helsingborg för akut operationsbedömning."),
    ], template="Akutanteckning")],
    [P1], [A1],
    "abbreviated 'Misst.' on incarceration of a known hernia")

C("h33-onh-ped-tolkas-som-trolig-aom", "vgr", "2023-03-28", "055", [
    N("n1", "V_SAS_BARNAKUT", "2024-10-19T21:15:00", ("Leila Rahimi", L), [
        ("Anamnes", "Förkyld en vecka, ikväll feber 39 och skriker, tar sig mot hö öra. Föräldrarna har gett paracetamol."),
        ("Status", "Hö trumhinna rodnad och buktande, ljusreflex saknas. Vä trumhinna ua."),
        ("Bedömning", "Tolkas som trolig AOM hö."),
        ("Åtgärd", "PcV-mixtur 25 mg/kg x 3 i fem dagar samt smärtlindring."),
    ], template="Akutanteckning")],
    [P1], [A1],
    "toddler: 'Tolkas som trolig AOM' (abbreviated otitis) visible to guardians")

C("h33-ogon-typo-misstnakt-glaukom", "vgr", "1960-07-24", "206", [
    N("n1", "V_MOL_OGON", "2024-10-19T11:05:00", ("Per Wallin", L), [
        ("Aktuellt", "Remiss från optiker pga förhöjt tryck vid rutinkontroll."),
        ("Status", "Tryck 28/27 mmHg. Öppna kammarvinklar vid gonioskopi. Papiller: c/d 0,7 hö och 0,6 vä, notch inferiort hö."),
        ("Bedömning", "Misstnäkt primärt öppenvinkelglaukom bilat."),
        ("Planering", "Synfält och OCT av nervfiberlagret inom fyra veckor. Latanoprost 1 dr x 1 bilat."),
    ], template="Mottagningsanteckning")],
    [P1], [A1],
    "typo (transposed letters) in the hedge: 'Misstnäkt ... glaukom'")

C("h33-tidiga-mall-sedan-upprepad-i-vanlig-anteckning", "skane", "1956-10-02", "614", [
    N("n1", "S_TRE_MED", "2024-10-15T14:30:00", ("Fatima Yilmaz", L), [
        ("Bedömning", "Viktnedgång 9 kg, nydebuterad diabetes och CA 19-9 340. Misstänkt pankreascancer, DT buk beställd."),
    ], template="Tidiga hypoteser"),
    N("n2", "S_TRE_MED", "2024-10-17T09:05:00", ("Fatima Yilmaz", L), [
        ("Telefonkontakt", "Pat ringer och undrar när DT ska göras. Besked om att den är bokad 23/10."),
        ("Bedömning", "Fortsatt misstanke om pankreascancer, avvaktar DT."),
    ], template="Telefonanteckning")],
    [("NL102", "n2")], [("NL102", "n1")],
    "Skåne: hypothesis correctly kept in Tidiga hypoteser (n1), then repeated in a visible telephone note (n2)")

C("h33-skane-sokord-tidiga-hypoteser-i-lakaranteckning", "skane", "1969-01-27", "862", [
    N("n1", "S_LUND_NEURO", "2024-10-19T13:20:00", ("Sofia Bergström", L), [
        ("Anamnes", "Sväljningssvårigheter och sluddrigt tal sedan fyra månader, fascikulationer i tungan."),
        ("Tidiga hypoteser", "Misstänkt ALS med bulbär debut."),
        ("Planering", "ENeG bokas samt MR hjärna och halsrygg."),
    ], template="Läkaranteckning")],
    [P1], [],
    "Skåne hides by template, not sökord: a 'Tidiga hypoteser' section inside an ordinary Läkaranteckning stays visible")

C("h33-vgr-tidiga-sokord-men-trol-myelom-i-bedomning", "vgr", "1952-02-02", "935", [
    N("n1", "V_SU_HEM", "2024-10-19T10:00:00", ("Tomas Björk", L), [
        ("Aktuellt", "Ryggvärk sedan tre månader och trötthet. Remiss från vårdcentralen med Hb 98 och högt totalprotein."),
        ("Tidiga hypoteser", "Misstänkt myelom, M-komponent IgG 32 g/l."),
        ("Bedömning", "Anemi och ryggvärk, trol. myelom."),
        ("Planering", "Benmärgsprov och helkropps-DT med låg dos."),
    ], template="Mottagningsanteckning")],
    [P1], [],
    "VGR: the hypothesis is in the protected sökord but also repeated as 'trol. myelom' under visible Bedömning")
# =====================================================================
# NL102 negatives
# =====================================================================

C("h33-med-ingen-misstanke-om-dvt", "vgr", "1977-09-06", "140", [
    N("n1", "V_ALI_AKUT", "2024-10-14T13:10:00", ("Lena Persson", L), [
        ("Aktuellt", "Smärta i vä vad sedan tre dagar efter en lång promenad i kuperad terräng."),
        ("Status", "Lätt palpöm i vadmuskulaturen, ingen svullnad, lika omfång bilat."),
        ("Bedömning", "Wells 0 och D-dimer < 0,3. Ingen misstanke om DVT. Smärtorna bedöms komma från vadmuskulaturen efter överansträngning."),
        ("Åtgärd", "Råd om avlastning och NSAID vid behov."),
    ], template="Akutanteckning")],
    [], [P1, A1],
    "'Ingen misstanke om DVT' - negated, nothing else hedged")

C("h33-akut-lungemboli-uteslutes-med-dt", "skane", "1991-03-17", "333", [
    N("n1", "S_LUND_AKUT", "2024-10-14T15:50:00", ("Gustav Månsson", L), [
        ("Anamnes", "Bröstsmärta och andfåddhet sedan i förmiddags. Knäartroskopi för tio dagar sedan."),
        ("Utredning", "DT lungartärer: inga fyllnadsdefekter. EKG: sinusrytm utan ST-förändringar. Troponin normalt vid två tillfällen."),
        ("Bedömning", "Lungemboli uteslutes. Bröstsmärtan bedöms muskuloskeletal med tydlig ömhet över revbensbrosket."),
        ("Planering", "Hem. Återkoppling till ortopeden angående trombosprofylax."),
    ], template="Akutanteckning")],
    [], [P1, A1],
    "excluded differential: 'Lungemboli uteslutes' after CT")

C("h33-ped-typo-inga-tecekn-pa-meningit", "vgr", "2019-09-14", "086", [
    N("n1", "V_DSBUS_AKUT", "2024-10-14T19:20:00", ("Petra Dahl", L), [
        ("Anamnes", "Feber 40 sedan igår och huvudvärk. Vaccinerad enligt programmet. Lillebror är förkyld."),
        ("Status", "Pigg mellan febertopparna och leker på rummet. Ingen nackstelhet, Kernigs och Brudzinskis tecken negativa. Inga petekier. Svalg: rodnat med beläggningar, förstorade käkvinkelkörtlar."),
        ("Bedömning", "Inga tecekn på meningit. Strep A positivt, tonsillit."),
        ("Åtgärd", "PcV i tio dagar. Föräldrarna får febertips och information om när de ska söka igen."),
    ], template="Akutanteckning")],
    [], [P1, A1],
    "paediatrics: typo in a negation 'Inga tecekn på meningit', the diagnosis (tonsillit) is confirmed")

C("h33-kir-talar-emot-appendicit", "skane", "2000-10-10", "526", [
    N("n1", "S_MAL_KIRAKUT", "2024-10-14T22:40:00", ("Erik Holm", L), [
        ("Anamnes", "Ont i hö nedre delen av buken sedan sex timmar. Mens väntas om några dagar. Inget illamående."),
        ("Status", "Buken mjuk, lätt palpöm i hö fossa utan släppömhet. Temp 36,9."),
        ("Lab", "CRP < 5, LPK 7,1. U-hCG negativt."),
        ("Bedömning", "Normala inflammationsprover och opåverkat allmäntillstånd talar emot appendicit. Gynjouren ser ingen indikation för akut undersökning."),
        ("Planering", "Hem med smärtlindring. Ska söka igen om smärtan tilltar eller feber tillkommer."),
    ], template="Akutanteckning")],
    [], [P1, A1],
    "'talar emot appendicit' is the opposite of a hedge; the return advice is conditional")

C("h33-neuro-misstanke-tia-avskrivs-bppv", "vgr", "1958-08-16", "759", [
    N("n1", "V_NAL_NEURO", "2024-10-15T12:05:00", ("Ali Mansour", L), [
        ("Anamnes", "Inlagd igår för utredning av plötslig yrselattack när han vände sig i sängen."),
        ("Utredning", "MR hjärna med diffusion: inga ischemiska förändringar. Halskärlen ua."),
        ("Status", "Dix-Hallpike positiv åt hö med kortvarig rotatorisk nystagmus."),
        ("Bedömning", "Misstanken om TIA avskrivs. Diagnos: benign paroxysmal lägesyrsel i hö bakre båggång."),
        ("Åtgärd", "Epleys manöver utförd med god effekt. Utskrivning idag."),
    ], setting=S)],
    [], [P1, A1],
    "'Misstanken om TIA avskrivs' - a dismissed suspicion, confirmed BPPV (eponymous manoeuvre)")

C("h33-hereditet-modern-trolig-als", "skane", "1983-06-01", "248", [
    N("n1", "S_KRI_NEURO", "2024-10-15T09:30:00", ("Nils Engström", L), [
        ("Anamnes", "Kommer för bedömning av kramper i vaderna nattetid sedan ett år."),
        ("Hereditet", "Modern dog 2009 och hade trolig ALS enligt pat, men utredningen blev aldrig klar. Morbror har Parkinsons sjukdom."),
        ("Status", "Normal kraft, reflexer och sensibilitet. Inga fascikulationer eller atrofier."),
        ("Bedömning", "Benigna nattliga vadkramper."),
        ("Planering", "Stretching före sänggåendet. Ingen vidare utredning, åter vid nya symtom."),
    ], template="Mottagningsanteckning")],
    [], [P1, A1],
    "relative's hedged disease: the mother's 'trolig ALS' in Hereditet")

C("h33-hereditet-pappan-mojligen-huntington", "vgr", "1995-12-20", "571", [
    N("n1", "V_SU_NEURO", "2024-10-15T15:10:00", ("Elin Hedlund", L), [
        ("Aktuellt", "Söker för genetisk vägledning. Pappan har möjligen haft Huntingtons sjukdom; han dog i 50-årsåldern med ofrivilliga rörelser och personlighetsförändring men utreddes aldrig."),
        ("Status", "Inga ofrivilliga rörelser. Normala sackader. Neurologiskt ua."),
        ("Planering", "Remiss till klinisk genetik för rådgivning inför eventuell presymtomatisk testning."),
    ], template="Mottagningsanteckning")],
    [], [P1, A1],
    "father 'möjligen haft Huntingtons sjukdom'; the patient's own testing is only a possible plan")

C("h33-geri-dotter-mojligen-mer-andfadd", "skane", "1936-04-07", "082", [
    N("n1", "S_MAL_GERI", "2024-10-15T10:45:00", ("Ingrid Falk", L), [
        ("Aktuellt", "Inlagd för fallutredning. Dottern menar att mamma möjligen blivit lite mer andfådd vid promenader den senaste månaden."),
        ("Status", "Pulm: vesikulärt bilat. Cor: RR, inga blåsljud. Inga ödem. Ortostatiskt blodtrycksfall 30 mmHg systoliskt."),
        ("Bedömning", "Fallen orsakade av ortostatisk hypotension. Doxazosin och furosemid bidrar."),
        ("Åtgärd", "Doxazosin sätts ut och furosemid halveras. Stödstrumpor."),
    ], template="Daganteckning", setting=S)],
    [], [P1, A1],
    "hedge on a symptom only ('möjligen ... andfådd'), confirmed diagnosis")

C("h33-derm-ev-remiss-vid-utebliven-forbattring", "vgr", "1972-11-04", "239", [
    N("n1", "V_NU_HUD", "2024-10-15T13:25:00", ("Oskar Lund", L), [
        ("Aktuellt", "Återbesök för handeksem. Arbetar som snickare."),
        ("Status", "Fjällande, spruckna fingertoppar bilat med fissurer. Ingen infektion."),
        ("Diagnos", "Kroniskt irritativt handeksem."),
        ("Planering", "Klobetasolkur i två veckor, sedan intermittent. Lapptest bokas. Ev. remiss till arbets- och miljömedicin om ingen förbättring till jul."),
    ], template="Mottagningsanteckning")],
    [], [P1, A1],
    "'Ev. remiss' hedges a plan, the eczema is confirmed")

C("h33-med-sannolikt-hem-imorgon", "vgr", "1949-01-21", "613", [
    N("n1", "V_SAS_MED52", "2024-10-16T09:35:00", ("Amra Hodžić", L), [
        ("Aktuellt", "Vårddag 4. Feberfri sedan två dygn och äter bra."),
        ("Röntgen", "Rtg pulm 14/10 visade infiltrat i vä underlob."),
        ("Diagnos", "Pneumoni i vä underlob."),
        ("Planering", "Peroralt amoxicillin från idag. Sannolikt hem imorgon förmiddag om han fortsatt är afebril."),
    ], template="Daganteckning", setting=S)],
    [], [P1, A1],
    "'Sannolikt hem imorgon' hedges the discharge, not a diagnosis")

C("h33-kir-eventuellt-slatrontgen-postop", "skane", "1964-05-05", "582", [
    N("n1", "S_YST_KIR", "2024-10-16T08:20:00", ("Helena Nordin", L), [
        ("Aktuellt", "Dag 2 efter laparoskopisk kolecystektomi. Lite illamående, inga gaser ännu."),
        ("Status", "Buken mjuk med förväntad ömhet kring porthålen. Sparsamma tarmljud."),
        ("Bedömning", "Långsamt igångkommande tarmfunktion, vanligt efter bukkirurgi."),
        ("Planering", "Mobilisering och tuggummi. Eventuellt slätröntgen buk i morgon beroende på förloppet."),
    ], template="Daganteckning", setting=S)],
    [], [P1, A1],
    "'Eventuellt slätröntgen' hedges an examination, no hedged diagnosis")

C("h33-ped-villkor-utslag-som-inte-bleknar", "skane", "2021-12-03", "139", [
    N("n1", "S_HBG_BARNAKUT", "2024-10-16T20:30:00", ("Emma Sandberg", L), [
        ("Anamnes", "Feber sedan igår kväll, lite snuva. Dricker bra och kissar som vanligt."),
        ("Status", "Pigg och ler. Inga utslag. Trumhinnor och svalg ua. Nacken mjuk."),
        ("Bedömning", "Virusinfektion i övre luftvägarna."),
        ("Råd till föräldrar", "Om barnet får utslag som inte bleknar när man trycker med ett glas ska ni ringa 112, eftersom det kan vara tecken på blodförgiftning. Är barnet svårväckt ska ni söka direkt."),
    ], template="Akutanteckning", signed=DRAFT)],
    [], [P1, A1],
    "conditional safety-net advice ('Om barnet får utslag ... kan vara tecken på blodförgiftning') is not a hedged diagnosis")

C("h33-orto-villkor-vid-misstanke-om-blodpropp", "vgr", "1966-02-22", "913", [
    N("n1", "V_ALI_ORTO", "2024-10-16T11:15:00", ("Johan Nyberg", L), [
        ("Aktuellt", "Gipskontroll en vecka efter operation av vä fotledsfraktur (Weber B) med platta."),
        ("Status", "Gipset sitter bra. Tårna varma och rörliga."),
        ("Diagnos", "Fraktur på laterala malleolen vä, opererad."),
        ("Information", "Vid misstanke om blodpropp i benet, t.ex. ökande svullnad i vaden eller andfåddhet, ska pat söka akut. Dalteparin fortsätter tills gipset tas av."),
    ], template="Mottagningsanteckning")],
    [], [P1, A1],
    "'Vid misstanke om blodpropp ...' is a conditional instruction, not a hypothesis about the patient")

C("h33-inf-diagnos-erysipelas-bekraftad", "vgr", "1952-07-13", "448", [
    N("n1", "V_SAS_INF", "2024-10-16T14:50:00", ("Eva Johansson", L), [
        ("Status", "Skarpt avgränsad rodnad och värmeökning på vä underben med svullnad. Fotsvamp mellan tårna."),
        ("Diagnos", "Erysipelas vä underben. Interdigital tinea pedis som inkörsport."),
        ("Åtgärd", "PcV 1 g x 3 i tio dagar. Terbinafinkräm mellan tårna."),
    ], template="Mottagningsanteckning")],
    [], [P1, A1],
    "confirmed diagnosis, no hedge anywhere")

C("h33-ped-pad-bekraftar-celiaki", "skane", "2016-04-22", "242", [
    N("n1", "S_MAL_BARN", "2024-10-16T10:05:00", ("Jonas Ahlgren", L), [
        ("Aktuellt", "Återbesök efter gastroskopi."),
        ("Utredning", "PAD från duodenum: totalatrofi av villi och ökat antal intraepiteliala lymfocyter, Marsh 3c, vilket bekräftar celiaki."),
        ("Planering", "Glutenfri kost från idag. Dietistkontakt bokad. Transglutaminas kontrolleras om sex månader."),
        ("Information", "Flickan och mamma har fått muntlig och skriftlig information om sjukdomen."),
    ], template="Mottagningsanteckning")],
    [], [P1, A1],
    "paediatrics: biopsy-confirmed coeliac disease, told to child and mother")

# ---- Skåne primary care (PMO): diagnoses never shown, hedges are must_not
C("h33-pmo-misstankt-hypotyreos", "skane", "1971-08-18", "648", [
    N("n1", "P_SJOBO", "2024-10-14T08:40:00", ("Anna-Karin Svensson", L), [
        ("Kontaktorsak", "Trötthet, frusenhet och viktuppgång sedan i somras."),
        ("Status", "Torr hud, långsam reflexrelaxation. Puls 58."),
        ("Bedömning", "Misstänkt hypotyreos."),
        ("Åtgärd", "TSH, fritt T4 och TPO-ak. Telefontid om en vecka."),
    ], template="Läkarbesök", system="PMO")],
    [], [P1],
    "PMO vårdcentral note: 'Misstänkt hypotyreos' is not shown, so no NL102")

C("h33-pmo-trol-pneumoni-vc", "skane", "1958-12-29", "077", [
    N("n1", "P_KARRAKRA", "2024-10-15T10:15:00", ("Viktor Lindgren", L), [
        ("Aktuellt", "Feber och hosta i fem dagar, tilltagande andfåddhet."),
        ("Status", "Temp 38,6. AF 20. Dämpning och rassel vä basalt. CRP 121."),
        ("Bedömning", "Trol. pneumoni vä."),
        ("Åtgärd", "PcV 1 g x 3 i sju dagar. Återbesök om han inte blivit bättre efter tre dygn."),
    ], template="Läkarbesök", system="PMO")],
    [], [P1],
    "PMO: 'Trol. pneumoni' in a vårdcentral note")

C("h33-pmo-bvc-ev-atopiskt-eksem", "skane", "2024-02-10", "062", [
    N("n1", "P_BVC_TOMELILLA", "2024-10-16T09:30:00", ("Linnea Forsberg", SSK), [
        ("Aktuellt", "8-månaderskontroll. Föräldrarna är oroliga för torr och röd hud i armvecken och på kinderna."),
        ("Status", "Torr, lätt fjällande hud i armvecken och på kinderna, kliar sig. Vikt och längd följer kurvan."),
        ("Bedömning", "Ev. atopiskt eksem, tas upp med BVC-läkaren."),
        ("Åtgärd", "Råd om mjukgörande kräm två gånger dagligen och milda tvålar."),
    ], template="BVC-besök", system="PMO")],
    [], [P1],
    "PMO child health centre: 'Ev. atopiskt eksem' written by the BVC nurse")

C("h33-pmo-dd-polymyalgia-kort", "skane", "1950-10-31", "722", [
    N("n1", "P_HOOR", "2024-10-16T15:20:00", ("Mikael Strand", L), [
        ("Bedömning", "Proximal värk bilat och SR 55. DD polymyalgia reumatika, DD RA med sen debut."),
        ("Åtgärd", "RF, anti-CCP och CK. Prednisolon prövas efter provsvaren."),
    ], template="Läkarbesök", system="PMO")],
    [], [P1],
    "PMO, very short note with two DDs")

C("h33-pmo-depression-kan-ej-uteslutas", "skane", "1978-03-14", "519", [
    N("n1", "P_NASBY", "2024-10-17T13:00:00", ("Reza Karimi", L), [
        ("Kontaktorsak", "Sömnsvårigheter och nedstämdhet efter separation i juni."),
        ("Aktuellt", "Sover fyra timmar per natt, ork och lust nedsatta. Förnekar suicidtankar."),
        ("Bedömning", "Anpassningsstörning, men egentlig depression kan ej uteslutas. MADRS-S 24."),
        ("Åtgärd", "Remiss till vårdcentralens psykolog. Återbesök om tre veckor."),
    ], template="Läkarbesök", system="PMO")],
    [], [P1],
    "PMO: 'egentlig depression kan ej uteslutas'")

C("h33-pmo-dsk-misstankt-trycksar", "skane", "1929-06-09", "206", [
    N("n1", "P_SIMRISHAMN", "2024-10-17T14:10:00", ("Josefin Ek", SSK), [
        ("Hembesök", "Hembesök efter samtal från hemtjänsten om rodnad över korsbenet."),
        ("Status", "Rodnad 4 x 3 cm över sacrum som inte bleknar vid tryck. Huden intakt."),
        ("Bedömning", "Misstänkt trycksår kategori 1."),
        ("Åtgärd", "Tryckavlastande madrass beställd. Lägesändring varannan timme enligt schema till hemtjänsten."),
    ], template="Hembesök", system="PMO")],
    [], [P1],
    "PMO district nurse home visit: 'Misstänkt trycksår'")

C("h33-pmo-lang-arskontroll-flera-hedgar", "skane", "1952-05-26", "395", [
    N("n1", "P_OSBY", "2024-10-18T09:00:00", ("Ulf Håkansson", L), [
        ("Kontaktorsak", "Årskontroll av hypertoni samt tilltagande andfåddhet sedan i våras."),
        ("Anamnes", "Rökt 30 paketår, slutade för två år sedan. Hostar slem på morgnarna, mest vintertid. Andfådd i uppförsbackar och när han bär ved. Sover med två kuddar sedan sommaren. Inga bröstsmärtor. Svullna fötter på kvällarna."),
        ("Status", "AT: gott. BT 152/88, puls 84 regelbunden. Cor: RR, inga blåsljud. Pulm: förlängt exspirium, spridda ronki och basala krepitationer bilat. Lätta underbensödem upp till mitten av skenbenen. Sat 95 %."),
        ("Lab", "Hb 118, CRP 4, krea 96, NT-proBNP 1450."),
        ("Bedömning", "Trol. KOL med tanke på rökanamnes och obstruktiva fynd, möjlig hjärtsvikt med tanke på ödem, ortopné och förhöjt NT-proBNP. ?anemi, Hb strax under referens. Hypertoni, ej i mål."),
        ("Åtgärd", "Spirometri med reversibilitet bokas hos ssk. Remiss för UKG till fysiologen i Kristianstad. Furosemid 20 mg på morgonen tills vidare. Amlodipin höjs till 10 mg. Järnstatus och B12 kompletteras."),
        ("Uppföljning", "Återbesök om fyra veckor med svar på spirometri och UKG. Pat vet att han ska söka akut vid tilltagande andnöd i vila."),
    ], template="Läkarbesök", system="PMO")],
    [], [P1],
    "long PMO annual check-up with three hedged diagnoses, none shown in PMO")

C("h33-pmo-tel-typo-trol-erytema-migrans", "skane", "1965-07-07", "188", [
    N("n1", "P_TABELUND", "2024-10-18T11:40:00", ("Linnea Forsberg", SSK), [
        ("Kontaktorsak", "Ringer om en ringformad rodnad på låret efter fästingbett för tio dagar sedan."),
        ("Bedömning", "Enligt beskrivningen 7 cm ringformad rodnad som har vuxit. Trol. erytema migrans."),
        ("Åtgärd", "Bokad läkartid imorgon 09.20."),
    ], template="Telefonrådgivning", system="PMO")],
    [], [P1],
    "PMO telephone advice with a misspelt diagnosis 'Trol. erytema migrans'")

# ---- protected place
C("h33-tidiga-mall-misstankt-lymfom", "skane", "1974-04-16", "417", [
    N("n1", "S_ANG_MEDMOTT", "2024-10-17T10:30:00", ("Viktor Lindgren", L), [
        ("Bedömning", "Generaliserade lymfkörtelförstoringar, nattsvettningar och LD 480. Misstänkt lymfom."),
        ("Planering", "Körtelexstirpation remitteras till ÖNH. Tas upp med pat när PAD finns."),
    ], template="Tidiga hypoteser")],
    [], [P1, A1],
    "Skåne template Tidiga hypoteser: hedged lymphoma hidden, the untold hypothesis is in the protected place")

C("h33-tidiga-mall-ped-autism-barnneuro", "skane", "2020-08-30", "135", [
    N("n1", "S_LUND_BARNNEURO", "2024-10-17T14:00:00", ("Marta Kowalska", L), [
        ("Bedömning", "Försenad språkutveckling, begränsad ögonkontakt och repetitiva lekmönster. Misstanke om autismspektrumtillstånd; för tidigt att ta upp med föräldrarna innan observationen på förskolan är gjord."),
    ], template="Tidiga hypoteser")],
    [], [P1, A1],
    "paediatric neurology, Skåne Tidiga hypoteser template: hidden from guardians, no NL102/NL101")

C("h33-vgr-tidiga-sokord-ovarialcancer", "vgr", "1963-01-09", "248", [
    N("n1", "V_ALI_KIR", "2024-10-17T11:20:00", ("Kristina Lööf", L), [
        ("Aktuellt", "Remiss pga uppspänd buk och mättnadskänsla. DT beställd av vårdcentralen visade ascites."),
        ("Tidiga hypoteser", "Misstänkt ovarialcancer med peritoneal spridning, CA-125 890."),
        ("Planering", "Remiss till gynonkologen på Sahlgrenska. Ascitestappning för cytologi idag."),
        ("Information", "Pat informerad om att fler undersökningar behövs för att förklara vätskan i buken."),
    ], template="Mottagningsanteckning")],
    [], [P1],
    "VGR: the only hedged diagnosis sits under the protected sökord Tidiga hypoteser")

C("h33-vgr-tidiga-sokord-ped-leukemi", "vgr", "2017-11-05", "064", [
    N("n1", "V_SKAS_BARN", "2024-10-17T16:40:00", ("Petra Dahl", L), [
        ("Anamnes", "Blek och trött sedan tre veckor, blåmärken på benen utan trauma."),
        ("Status", "Blek. Petekier på underbenen. Levern 2 cm under arcus. Förstorade körtlar på halsen."),
        ("Lab", "Hb 78, TPK 32, LPK 24."),
        ("Tidiga hypoteser", "Misstänkt akut leukemi, blaster i utstryket enligt lab."),
        ("Planering", "Överflyttning till Drottning Silvias barnsjukhus idag för vidare utredning."),
    ], template="Mottagningsanteckning")],
    [], [P1],
    "VGR paediatrics: suspected leukaemia only under sökord Tidiga hypoteser; visible parts are findings and plan")

C("h33-orto-typo-ingen-misstake-om-fraktur", "skane", "1986-11-28", "464", [
    N("n1", "S_MAL_ORTOAKUT", "2024-10-18T18:25:00", ("Ahmed Hassan", L), [
        ("Anamnes", "Stukade hö fot i en trappa igår, kan belasta men med smärta."),
        ("Status", "Svullnad lateralt. Ej palpöm över malleolspetsarna, os naviculare eller basen av metatarsale V."),
        ("Bedömning", "Ingen misstake om fraktur enligt Ottawa-reglerna. Distorsion hö fotled."),
        ("Åtgärd", "Ingen rtg. Elastisk linda och belastning efter förmåga."),
    ], template="Akutanteckning")],
    [], [P1, A1],
    "typo in a negation: 'Ingen misstake om fraktur'")

C("h33-kir-inga-hallpunkter-for-ileus", "vgr", "1940-09-24", "511", [
    N("n1", "V_OST_AKUTKIR", "2024-10-18T07:50:00", ("Linnea Forsberg", L), [
        ("Aktuellt", "Förstoppning sedan fem dagar och ont i magen. Står på oxikodon sedan höftoperationen i september."),
        ("Status", "Buken mjuk, lätt utspänd, normala tarmljud. Rektalt: hård avföring i ampullen."),
        ("Röntgen", "DT buk: riklig fekal stas i colon, inga dilaterade tunntarmar."),
        ("Bedömning", "Inga hållpunkter för ileus. Koprostas."),
        ("Åtgärd", "Klysma med gott resultat. Makrogol två påsar dagligen och naloxegol."),
    ], template="Daganteckning", setting=S, signed=DRAFT)],
    [], [P1, A1],
    "'Inga hållpunkter för ileus' - negated, confirmed faecal impaction")

C("h33-kard-typo-hjartinfarkt-kan-utelsutas", "skane", "1970-02-11", "153", [
    N("n1", "S_HBG_AKUT", "2024-10-18T06:40:00", ("Gustav Månsson", L), [
        ("Anamnes", "Bröstsmärta i vila i 20 minuter igår kväll, nu smärtfri."),
        ("Utredning", "hs-TnT 6 och 7 ng/l med tre timmars intervall. EKG normalt."),
        ("Bedömning", "Hjärtinfarkt kan utelsutas med två normala troponiner. Låg risk enligt HEART-score."),
        ("Planering", "Arbetsprov polikliniskt på fysiologen."),
    ], template="Akutanteckning")],
    [], [P1, A1],
    "'kan uteslutas' (misspelt 'utelsutas') is the negative twin of 'kan ej uteslutas'")

C("h33-orto-fragestallning-besvarad-ingen-fraktur", "vgr", "1943-05-18", "686", [
    N("n1", "V_KUN_ORTOAKUT", "2024-10-18T12:30:00", ("Marta Kowalska", L), [
        ("Frågeställning", "Fraktur hö handled efter fall i badrummet?"),
        ("Röntgensvar", "Ingen fraktur påvisas. Normala ledförhållanden."),
        ("Bedömning", "Kontusion hö handled."),
        ("Åtgärd", "Handledsortos vid behov i en vecka."),
    ], template="Akutanteckning")],
    [], [P1, A1],
    "question answered in the same note: 'Fraktur ...?' then 'Ingen fraktur påvisas'")

C("h33-med-pneumoni-fragetecken-nej", "skane", "1937-12-12", "324", [
    N("n1", "S_YST_MED", "2024-10-18T14:40:00", ("Sofia Bergström", L), [
        ("Aktuellt", "Hosta och lätt feber sedan tre dagar."),
        ("Bedömning", "Pneumoni? Nej, rtg pulm utan infiltrat och CRP 12. Akut bronkit."),
        ("Planering", "Ingen antibiotika. Inhalation vid behov."),
    ], template="Mottagningsanteckning")],
    [], [P1, A1],
    "the clinician's question 'Pneumoni?' is answered 'Nej' in the same sentence run")

C("h33-geri-hemgang-fragetecken", "vgr", "1934-10-03", "155", [
    N("n1", "V_KUN_GERI", "2024-10-18T13:15:00", ("Reza Karimi", L), [
        ("Aktuellt", "Opererad 8/10 för fraktur i vä höft. Går med rollator men behöver hjälp vid förflyttning."),
        ("Diagnos", "Pertrokantär femurfraktur vä, opererad med märgspik."),
        ("Bedömning", "Hemgång? Diskuteras med anhöriga och kommunens biståndshandläggare på fredag. Alternativet är korttidsboende."),
    ], template="Daganteckning", setting=S)],
    [], [P1, A1],
    "question mark on the discharge destination, not on a diagnosis")

C("h33-med-trol-hemolyserat-kalium", "skane", "1966-08-29", "472", [
    N("n1", "S_HBG_MED5", "2024-10-19T08:10:00", ("Ali Mansour", L), [
        ("Lab", "Kalium 6,4 i prov taget med stas och lång transporttid, trol. hemolyserat. Omtaget venöst utan stas: 4,3."),
        ("Bedömning", "Normalt kalium vid kontroll. Kronisk njursvikt stadium 3a, stabil."),
        ("Planering", "Oförändrad medicinering."),
    ], template="Daganteckning", setting=S)],
    [], [P1, A1],
    "hedge on a lab artefact ('trol. hemolyserat'), not on a disease")

C("h33-med-trol-bristande-foljsamhet-metformin", "vgr", "1976-06-16", "842", [
    N("n1", "V_NU_MED", "2024-10-19T09:30:00", ("Daniel Olofsson", L), [
        ("Aktuellt", "HbA1c har stigit från 54 till 71 på ett halvår."),
        ("Bedömning", "Typ 2-diabetes med försämrad glukoskontroll. Pat tar trol. inte metformin regelbundet pga magbesvär."),
        ("Åtgärd", "Byte till metformin depot. Dietistkontakt."),
    ], template="Mottagningsanteckning")],
    [], [P1, A1],
    "hedge on medication adherence, the diabetes is confirmed")

C("h33-neuro-tidigare-misstankt-ms-avskrevs", "skane", "1989-02-08", "526", [
    N("n1", "S_HBG_NEURO", "2024-10-19T10:20:00", ("Emma Sandberg", L), [
        ("Anamnes", "Utreddes 2017 efter känselbortfall i benen; misstanken om MS avskrevs efter normal MR och likvor."),
        ("Aktuellt", "Nu pressande huvudvärk som ett band runt huvudet, värre vid stress, 15 dagar per månad."),
        ("Bedömning", "Kronisk huvudvärk av spänningstyp. Ingen ny neurologisk symtomatologi."),
        ("Planering", "Amitriptylin 10 mg till natten och kontakt med fysioterapeut."),
    ], template="Mottagningsanteckning")],
    [], [P1, A1],
    "an old suspicion that was dismissed ('misstanken om MS avskrevs')")

C("h33-neuro-pat-undrar-om-ms-besvarat", "vgr", "1993-10-26", "460", [
    N("n1", "V_SKAS_NEURO", "2024-10-19T11:40:00", ("Fatima Yilmaz", L), [
        ("Aktuellt", "Stickningar i händerna nattetid. Pat har läst på nätet och undrar om det kan vara MS."),
        ("Status", "Tinels tecken positivt över karpaltunneln bilat. I övrigt normalt neurologstatus."),
        ("Bedömning", "Karpaltunnelsyndrom bilat. Ingen misstanke om MS, vilket har förklarats för pat."),
        ("Planering", "Nattskenor. ENeG om hon inte är bättre om tre månader."),
    ], template="Mottagningsanteckning")],
    [], [P1, A1],
    "the patient's own worry ('undrar om det kan vara MS') answered with a negation")

C("h33-inf-villkor-om-odlingen-vaxer-mrsa", "skane", "1945-11-19", "731", [
    N("n1", "S_HBG_INF", "2024-10-19T12:50:00", ("Nils Engström", L), [
        ("Aktuellt", "Inlagd för erysipelas på hö ben, förbättras på flukloxacillin. Vårdades på sjukhus i Spanien i augusti."),
        ("Åtgärd", "MRSA-screening tagen från näsa, svalg, perineum och sår enligt rutinen efter utlandsvård."),
        ("Planering", "Om odlingen växer MRSA ska pat flyttas till enkelrum med rutiner för kontaktsmitta."),
    ], template="Daganteckning", setting=S)],
    [], [P1, A1],
    "conditional ('Om odlingen växer MRSA') and a screening, no hedged diagnosis")

C("h33-orto-latin-fractura-colli-femoris", "skane", "1938-07-31", "206", [
    N("n1", "S_KRI_ORTO", "2024-10-19T15:05:00", ("Björn Axelsson", L), [
        ("Kontaktorsak", "Fall i hemmet, kan inte stå på vä ben."),
        ("Röntgen", "Dislocerad medial collumfraktur vä, Garden IV."),
        ("Diagnos", "Fractura colli femoris sin."),
        ("Planering", "Hemiartroplastik imorgon, fasta från midnatt."),
    ], template="Inskrivningsanteckning", setting=S)],
    [], [P1, A1],
    "confirmed Latin diagnosis, no hedge")

C("h33-kard-ev-byte-till-apixaban", "vgr", "1948-03-22", "598", [
    N("n1", "V_LID_KARD", "2024-10-19T09:10:00", ("Josefin Ek", L), [
        ("Aktuellt", "Känt permanent förmaksflimmer, behandlas med warfarin sedan 2018. TTR 54 % senaste året."),
        ("Bedömning", "Frekvensreglerat förmaksflimmer. Otillfredsställande INR-kontroll."),
        ("Planering", "Ev. byte till apixaban vid nästa besök när njurfunktionen har kontrollerats."),
    ], template="Mottagningsanteckning")],
    [], [P1, A1],
    "'Ev. byte till apixaban' hedges a treatment change")

C("h33-vgr-tidiga-sokord-plus-synliga-uteslutna-dd", "vgr", "1968-09-15", "840", [
    N("n1", "V_KUN_MED", "2024-10-19T14:25:00", ("Elin Hedlund", L), [
        ("Aktuellt", "Oklar viktnedgång 7 kg på fyra månader hos tidigare frisk kvinna."),
        ("Status", "Inga förstorade lymfkörtlar. Buken mjuk utan resistens. Tyreoidea ua."),
        ("Lab", "TSH normalt. Celiakiserologi negativ. Hb 121, CRP 18."),
        ("Bedömning", "Tyreotoxikos och celiaki uteslutna med prover."),
        ("Tidiga hypoteser", "Möjlig underliggande malignitet."),
        ("Planering", "DT thorax-buk, återbesök efter undersökningen."),
    ], template="Mottagningsanteckning")],
    [], [P1],
    "VGR: visible sections only exclude diagnoses; the hedge is under the protected sökord")

C("h33-med-misstanke-att-dosetten-fyllts-fel", "skane", "1940-06-26", "035", [
    N("n1", "S_TRE_MED2", "2024-10-20T10:00:00", ("Ingrid Falk", L), [
        ("Aktuellt", "Inlagd för hjärtsvikt, nu kompenserad. INR 4,8 idag."),
        ("Diagnos", "Hjärtsvikt NYHA II. Förmaksflimmer."),
        ("Bedömning", "Misstanke om att dosetten har fyllts fel hemma; ssk går igenom dosettpåsarna med hustrun."),
        ("Åtgärd", "Warfarin pausas en dag, nytt INR imorgon."),
    ], template="Daganteckning", setting=S)],
    [], [P1, A1],
    "'Misstanke om' a dispensing error, not a disease")

C("h33-ped-storebror-misstankt-celiaki", "vgr", "2015-07-19", "113", [
    N("n1", "V_ALI_BARN", "2024-10-20T13:30:00", ("Leila Rahimi", L), [
        ("Aktuellt", "Årskontroll för typ 1-diabetes sedan 2021. HbA1c 52, använder sensor och pump."),
        ("Hereditet", "Storebror utreds för misstänkt celiaki. Mamma har hypotyreos."),
        ("Planering", "Transglutaminas tas vid nästa provtagning enligt screeningprogrammet."),
    ], template="Mottagningsanteckning")],
    [], [P1, A1],
    "paediatrics: the brother's suspected coeliac disease, the patient's own diabetes confirmed")

C("h33-reum-ej-forenligt-med-ra", "skane", "1981-04-03", "768", [
    N("n1", "S_LUND_REUM", "2024-10-20T09:45:00", ("Ahmed Hassan", L), [
        ("Aktuellt", "Ledvärk i fingrar och knän efter en virusinfektion för fyra veckor sedan."),
        ("Status", "Ingen synovit. Full rörlighet i alla leder."),
        ("Lab", "RF neg, anti-CCP neg, SR 8."),
        ("Bedömning", "Fynden är ej förenliga med reumatoid artrit. Postinfektiös artralgi som brukar gå över av sig själv."),
    ], template="Mottagningsanteckning")],
    [], [P1, A1],
    "'ej förenliga med reumatoid artrit' negates the compatibility hedge")

C("h33-onh-inget-som-talar-for-kolesteatom", "skane", "1984-01-31", "951", [
    N("n1", "S_HBG_ONH", "2024-10-20T10:35:00", ("Mikael Strand", L), [
        ("Aktuellt", "Återkommande flytningar från vä öra under sommaren, nu torrt sedan tre veckor."),
        ("Status", "Mikroskopi: vä trumhinna intakt med liten retraktion i pars flaccida utan debris. Hö ua. Tonaudiogram: normal hörsel bilat."),
        ("Bedömning", "Läkt extern otit vä. Inget som talar för kolesteatom."),
        ("Planering", "Öronmikroskopi om ett år pga retraktionen."),
    ], template="Mottagningsanteckning")],
    [], [P1, A1],
    "ENT: 'Inget som talar för kolesteatom' - the 'talar för' hedge negated")
# =====================================================================
# NL101 positives: diagnosis visible, patient (or guardians) not yet told
# =====================================================================

C("h33-med-levermetastaser-pat-ej-informerad", "vgr", "1951-05-11", "286", [
    N("n1", "V_SU_MED4", "2024-10-14T16:15:00", ("Karin Lindqvist", L), [
        ("Aktuellt", "Inlagd för utredning av ikterus och viktnedgång."),
        ("Röntgen", "DT buk: multipla levermetastaser och en 3 cm stor tumör i pankreashuvudet."),
        ("Bedömning", "Levermetastaserad pankreascancer."),
        ("Planering", "Pat ej informerad om DT-svaret, besked imorgon när dottern kan vara med. ERCP med stent för avlastning."),
    ], template="Daganteckning", setting=S)],
    [A1], [P1],
    "ward: metastatic pancreatic cancer written plainly while 'Pat ej informerad om DT-svaret'")

C("h33-neuro-mr-tumor-annu-inte-informerats", "skane", "1963-02-19", "831", [
    N("n1", "S_LUND_NEURO", "2024-10-14T17:30:00", ("Per Wallin", L), [
        ("Anamnes", "Två veckors tilltagande huvudvärk och förändrad personlighet enligt hustrun."),
        ("Röntgen", "MR hjärna: 5 cm kontrastuppladdande expansivitet i vä frontallob med ödem och midline shift 6 mm."),
        ("Bedömning", "Hjärntumör vä frontalt, sannolikt höggradigt gliom."),
        ("Planering", "Betametason 8 mg x 2 och remiss till neurokirurgen. Patienten har ännu inte informerats om MR-fyndet, det sker vid ronden imorgon tillsammans med hustrun."),
    ], template="Daganteckning", setting=S, signed=DRAFT)],
    [A1, P1], [],
    "neurology: brain tumour (hedged glioma) visible while 'Patienten har ännu inte informerats'")

C("h33-ped-all-foraldrar-ej-informerade", "vgr", "2018-06-12", "197", [
    N("n1", "V_DSBUS_ONK", "2024-10-15T11:10:00", ("Jonas Ahlgren", L), [
        ("Aktuellt", "Överflyttad från Skövde igår kväll."),
        ("Utredning", "Benmärgsprov: 86 % lymfoblaster med immunfenotyp B-prekursor. Diagnos akut lymfatisk leukemi (B-ALL)."),
        ("Planering", "Föräldrarna ännu ej informerade om benmärgssvaret. Diagnossamtal med överläkare och kontaktsjuksköterska kl 14 idag. CVK-inläggning imorgon."),
    ], template="Daganteckning", setting=S)],
    [A1], [P1],
    "child under 13: the guardians who read the journal have not been told about the leukaemia")

C("h33-geri-typo-alzheimer-ej-inforerade", "skane", "1943-12-01", "393", [
    N("n1", "S_YST_MINNE", "2024-10-15T14:45:00", ("Anders Sjöberg", L), [
        ("Sammanfattning", "Utredningen är klar. MR: hippocampusatrofi. Likvor: lågt beta-amyloid och förhöjt tau. Neuropsykologisk testning: episodisk minnesstörning."),
        ("Diagnos", "Alzheimers sjukdom med sen debut."),
        ("Planering", "Pat och hustru ej inforerade ännu, diagnosbesked vid återbesöket 24/10. Donepezil tas upp då."),
    ], template="Mottagningsanteckning")],
    [A1], [P1],
    "memory clinic: typo 'ej inforerade' - diagnosis set but not yet told")

C("h33-kard-svar-aortastenos-ej-informerad", "vgr", "1941-10-17", "548", [
    N("n1", "V_OST_KARD", "2024-10-15T16:00:00", ("Josefin Ek", L), [
        ("Utredning", "UKG: svår aortastenos, medelgradient 52 mmHg, AVA 0,7 cm2. EF 55 %."),
        ("Bedömning", "Svår symtomgivande aortastenos."),
        ("Planering", "Remiss till TAVI-konferensen. Patienten ej informerad om fyndet ännu; ringer henne imorgon efter diskussion med thoraxkirurg."),
    ], template="Läkaranteckning")],
    [A1], [P1],
    "cardiology: severe aortic stenosis documented, patient not yet informed")

C("h33-derm-pad-melanom-ej-fatt-besked", "skane", "1958-08-05", "275", [
    N("n1", "S_LUND_HUD", "2024-10-16T08:50:00", ("Maria Ekström", L), [
        ("Provsvar", "PAD från excision på hö skuldra 2/10: malignt melanom av superficiellt spridande typ, Breslow 1,4 mm, ej ulcererat."),
        ("Bedömning", "Melanom pT2a med indikation för utvidgad excision och sentinel node."),
        ("Planering", "Pat har ej fått besked ännu. Kallas till mottagningen 22/10 för personligt besked."),
    ], template="Provsvarsanteckning")],
    [A1], [P1],
    "dermatology: melanoma on PAD, 'Pat har ej fått besked ännu'")

C("h33-orto-patologisk-fraktur-metastasmisstanke-ej-sagt", "vgr", "1949-03-30", "653", [
    N("n1", "V_SAS_ORTO", "2024-10-16T15:30:00", ("Kristina Lööf", L), [
        ("Aktuellt", "Armen gav vika när han lyfte en matkasse. Hade haft värk i överarmen flera veckor innan."),
        ("Röntgen", "Tvärfraktur i hö humerusdiafys genom en osteolytisk förändring."),
        ("Bedömning", "Patologisk fraktur hö humerus. Misstänkt skelettmetastas, okänd primärtumör."),
        ("Planering", "DT thorax-buk. Pat ej informerad om misstanken om metastas, bara om frakturen; läkare tar samtalet när DT finns."),
    ], template="Inskrivningsanteckning", setting=S)],
    [A1, P1], [],
    "orthopaedics: suspected metastasis visible while the patient has been told only about the fracture")

C("h33-onh-pad-tonsillcancer-inte-fatt-svaret", "vgr", "1964-11-08", "477", [
    N("n1", "V_SU_ONH", "2024-10-16T13:05:00", ("Hanna Berg", L), [
        ("Provsvar", "PAD från tonsillektomi vä: skivepitelcancer, p16-positiv."),
        ("Bedömning", "HPV-associerad tonsillcancer vä."),
        ("Åtgärd", "Pat har inte fått svaret ännu. Anmäld till MDK huvud-hals 22/10, besked direkt efter konferensen av behandlande läkare."),
    ], template="Provsvarsanteckning")],
    [A1], [P1],
    "ENT: tonsil cancer on PAD, 'Pat har inte fått svaret ännu'")

C("h33-ogon-uveamelanom-inte-underrattad", "skane", "1954-06-24", "902", [
    N("n1", "S_LUND_OGON", "2024-10-16T10:30:00", ("Björn Axelsson", L), [
        ("Status", "Pigmenterad kupolformad tumör temporalt i hö öga, höjd 5 mm på ultraljud, orange pigment på ytan."),
        ("Bedömning", "Uveamelanom hö öga."),
        ("Planering", "Pat är inte underrättad ännu; besked ges av överläkare på fredag med kontaktsjuksköterska närvarande. Remiss till S:t Eriks ögonsjukhus för brachyterapi."),
    ], template="Mottagningsanteckning")],
    [A1], [P1],
    "ophthalmology: uveal melanoma, 'Pat är inte underrättad ännu'")

C("h33-inf-hiv-pat-ej-nadd-ej-informerad", "skane", "1990-09-03", "019", [
    N("n1", "S_MAL_INFMOTT", "2024-10-16T16:20:00", ("Gustav Månsson", L), [
        ("Telefonkontakt", "Försökt nå pat per telefon tre gånger för att boka besök, inget svar."),
        ("Provsvar", "HIV-1 antikropp/antigen positivt, konfirmerat. Virusmängd 85 000 kopior/ml, CD4 410."),
        ("Bedömning", "Nyupptäckt hivinfektion. Pat ej informerad eftersom han inte gått att nå; svaret ska lämnas vid personligt besök."),
        ("Åtgärd", "Brev skickat med uppmaning att kontakta mottagningen."),
    ], template="Telefonanteckning", signed=DRAFT)],
    [A1], [P1],
    "infectious diseases: new HIV diagnosis written while the patient could not be reached")

C("h33-inf-hepatit-c-ej-underrattad", "vgr", "1984-02-28", "624", [
    N("n1", "V_NU_INF", "2024-10-17T08:40:00", ("Amra Hodžić", L), [
        ("Provsvar", "HCV-RNA positivt, genotyp 3a. ALAT 112."),
        ("Diagnos", "Kronisk hepatit C."),
        ("Planering", "Pat ej underrättad om provsvaret, tid bokad 23/10 med elastografi samma dag."),
    ], template="Provsvarsanteckning")],
    [A1], [P1],
    "chronic hepatitis C in Diagnos while 'Pat ej underrättad'")

C("h33-hem-mds-besked-ej-lamnat", "skane", "1938-11-15", "853", [
    N("n1", "S_LUND_HEM", "2024-10-17T09:20:00", ("Tomas Björk", L), [
        ("Utredning", "Benmärgsprov: dysplasi i två cellinjer och 6 % blaster. Cytogenetik: del(5q)."),
        ("Diagnos", "Myelodysplastiskt syndrom, MDS-IB1."),
        ("Planering", "Besked ej lämnat till patienten. Diskuteras på hematologronden 21/10, därefter läkarbesök med sonen närvarande."),
    ], template="Läkaranteckning")],
    [A1], [P1],
    "haematology: MDS diagnosis, 'Besked ej lämnat till patienten'")

C("h33-kir-typo-ej-infomerad-sigmoideumcancer", "skane", "1960-04-09", "426", [
    N("n1", "S_HBG_KIRMOTT", "2024-10-17T11:50:00", ("Helena Nordin", L), [
        ("Provsvar", "PAD från koloskopin: adenokarcinom i sigmoideum."),
        ("Röntgen", "DT thorax-buk: inga fjärrmetastaser."),
        ("Bedömning", "Sigmoideumcancer, cT3N0M0."),
        ("Planering", "Pat ej infomerad om diagnosen ännu, kallas till kirurgmottagningen 22/10. Preliminärt operationsdatum v. 45."),
    ], template="Provsvarsanteckning")],
    [A1], [P1],
    "typo 'ej infomerad' - colon cancer staged, patient not yet told")

C("h33-lung-ska-inte-informeras-fore-mdk", "vgr", "1955-07-14", "159", [
    N("n1", "V_ALI_LUNG", "2024-10-17T13:35:00", ("Lena Persson", L), [
        ("Provsvar", "PAD från bronkoskopin: småcellig lungcancer."),
        ("Bedömning", "Småcellig lungcancer vid vä hilus."),
        ("Planering", "Pat ska inte informeras förrän MDK lunga 22/10 har tagit ställning till stadium och behandling."),
    ], template="Provsvarsanteckning")],
    [A1], [P1],
    "'ska inte informeras förrän MDK' - a deliberate withholding while the cancer is visible")

C("h33-kir-epikris-lang-pad-ventrikelcancer-ej-besked", "skane", "1952-01-22", "739", [
    N("n1", "S_YST_KIR", "2024-10-18T10:40:00", ("Erik Holm", L), [
        ("Inskrivningsorsak", "72-årig man inlagd 8/10 med dysfagi för fast föda, tidig mättnadskänsla och viktnedgång 10 kg på tre månader."),
        ("Tidigare sjukdomar", "Förmaksflimmer på apixaban. KOL GOLD 2. Opererad för ljumskbråck bilat på 2000-talet."),
        ("Social anamnes", "Änkling, bor ensam i lägenhet i Skurup. Sonen bor i närheten och handlar åt honom. Inga hemtjänstinsatser före inläggningen. Före detta lantbrukare."),
        ("Status vid inskrivning", "AT: mager, BMI 19. Cor: oregelbunden rytm 88/min, inga blåsljud. Pulm: förlängt exspirium, inga rassel. Buk: mjuk, lätt öm i epigastriet, ingen palpabel resistens. Inga palpabla supraklavikulära körtlar."),
        ("Vårdförlopp", "Gastroskopi 9/10 visade en ulcererad, stenoserande process i antrum och biopsier togs. DT thorax-buk 10/10 utan fjärrmetastaser men med förstorade lymfkörtlar längs curvatura minor. Pat har under vårdtiden haft svårt att få i sig tillräckligt med näring och fick nasojejunal sond 11/10 som han tolererat väl. Dietist har följt honom och näringsintaget ligger nu på 1800 kcal/d. Lätt hypokalemi korrigerades peroralt. Fysioterapeut har träffat honom dagligen och han går nu självständigt i korridoren utan hjälpmedel. Inför hemgång genomfördes samordnad vårdplanering via Lifecare med hemsjukvården i Skurup, som tar över sondnäringen och omläggning av sondfixeringen."),
        ("PAD", "Biopsierna visar adenokarcinom av intestinal typ, HER2-negativt."),
        ("Diagnoser", "Ventrikelcancer i antrum, cT3N1M0. Malnutrition. Hypokalemi, korrigerad."),
        ("Information", "Pat är ännu inte informerad om PAD-svaret om cancer, som kom efter utskrivningen; besked ges vid återbesöket på kirurgmottagningen 25/10."),
        ("Läkemedel", "Nytt: kaliumklorid 750 mg x 2 i en vecka. Sondnäring 1000 ml/d."),
        ("Uppföljning", "Tas upp på MDK övre GI 23/10. Hemsjukvården följer sondnäringen och väger pat en gång i veckan. Återbesök kirurgmottagningen 25/10. Apixaban pausas inte inför nya endoskopier utan samråd med ansvarig kirurg."),
    ], template="Epikris", setting=S)],
    [A1], [P1],
    "long discharge summary: one Information sentence says the gastric cancer PAD is not yet told")

C("h33-neuro-als-n1-ej-informerad-n2-besked", "vgr", "1960-12-19", "875", [
    N("n1", "V_SU_NEURO", "2024-10-14T15:00:00", ("Fatima Yilmaz", L), [
        ("Utredning", "ENeG: utbredd denervation i tre regioner, normala sensoriska svar."),
        ("Diagnos", "ALS enligt Gold Coast-kriterierna."),
        ("Planering", "Pat är inte informerad ännu, diagnosbesked vid besöket 17/10 med hustrun."),
    ], template="Läkaranteckning"),
    N("n2", "V_SU_NEURO", "2024-10-17T10:30:00", ("Fatima Yilmaz", L), [
        ("Samtal", "Diagnosbesked ALS givet till pat och hustru. Vi gick igenom sjukdomens förlopp och vilket stöd som finns. Pat var ledsen men samlad."),
        ("Planering", "Kontakt med ALS-teamet, dietist och kurator. Riluzol insätts."),
    ], template="Samtalsanteckning")],
    [A1], [("NL101", "n2")],
    "two notes: n1 documents ALS before the patient knows, n2 records that the diagnosis was given")

C("h33-ped-cf-foraldrar-ej-informerade-svettest", "vgr", "2024-09-02", "048", [
    N("n1", "V_DSBUS_CF", "2024-10-17T14:20:00", ("Leila Rahimi", L), [
        ("Aktuellt", "Sju veckor gammal flicka remitterad efter avvikande nyföddhetsscreening med förhöjt IRT."),
        ("Utredning", "Svettest: klorid 98 mmol/l vid två tillfällen. CFTR-analys: homozygot F508del."),
        ("Diagnos", "Cystisk fibros."),
        ("Planering", "Föräldrarna ej informerade om svettestsvaret ännu. Samtal med CF-teamet imorgon kl 10."),
    ], template="Läkaranteckning")],
    [A1], [P1],
    "infant: cystic fibrosis confirmed while the parents (journal readers) are not yet told")

C("h33-neuro-typo-diagnosbeksed-ej-givet-ms", "skane", "1997-05-06", "380", [
    N("n1", "S_MAL_NEURO", "2024-10-17T16:05:00", ("Ali Mansour", L), [
        ("Utredning", "MR: periventrikulära och juxtakortikala lesioner, varav en kontrastuppladdande. Oligoklonala band i likvor."),
        ("Bedömning", "Skovvis förlöpande multipel skleros enligt McDonald 2017."),
        ("Planering", "Diagnosbeksed ej givet. Pat kallas till läkarbesök med MS-sjuksköterska nästa vecka."),
    ], template="Läkaranteckning")],
    [A1], [P1],
    "typo 'Diagnosbeksed ej givet' - MS diagnosis visible before the patient is told")

C("h33-lung-mesoteliom-kanner-inte-till-svaret", "vgr", "1947-04-25", "731", [
    N("n1", "V_SAS_LUNG", "2024-10-18T09:25:00", ("Daniel Olofsson", L), [
        ("Anamnes", "Arbetade som plåtslagare med asbestexponering på 1970-talet. Pleuravätska hö sedan i somras."),
        ("Provsvar", "Pleurabiopsi: malignt mesoteliom av epiteloid typ."),
        ("Planering", "Patienten känner inte till svaret ännu. Besök bokat 24/10 med kontaktsjuksköterska, därefter anmälan till arbetsskadeförsäkringen."),
    ], template="Provsvarsanteckning")],
    [A1], [P1],
    "lay phrasing of withholding: 'Patienten känner inte till svaret ännu' with mesothelioma visible")

C("h33-geri-lewy-ej-informerad-forvirrad-pa-ronden", "skane", "1940-03-13", "522", [
    N("n1", "S_MAL_GERI", "2024-10-18T11:00:00", ("Ingrid Falk", L), [
        ("Bedömning", "Demens med Lewykroppar: fluktuerande kognition, visuella hallucinationer, REM-sömnstörning och patologisk DaT-scan."),
        ("Planering", "Pat ej informerad om diagnosen eftersom hon var förvirrad under ronden idag; tas upp när hon är klarare, gärna med sonen. Undvik neuroleptika."),
    ], template="Daganteckning", setting=S)],
    [A1], [P1],
    "geriatrics: dementia with Lewy bodies written while the patient is not yet told")

C("h33-kard-hcm-ej-meddelat-pat", "vgr", "2005-02-09", "135", [
    N("n1", "V_SAS_KARD", "2024-10-18T12:40:00", ("Johan Nyberg", L), [
        ("Aktuellt", "Svimmade under fotbollsträning förra veckan."),
        ("Utredning", "UKG: asymmetrisk septumhypertrofi 22 mm med SAM och LVOT-gradient 60 mmHg vid Valsalva."),
        ("Diagnos", "Hypertrofisk obstruktiv kardiomyopati."),
        ("Planering", "Ej meddelat pat ännu, han var på väg till röntgen när svaret kom. Idrottsförbud och genetisk utredning tas upp vid samtalet i eftermiddag."),
    ], template="Läkaranteckning", setting=S, signed=DRAFT)],
    [A1], [P1],
    "19-year-old: HOCM diagnosis written, 'Ej meddelat pat ännu'")

C("h33-kir-typo-ej-underattad-brostcancer", "skane", "1971-10-30", "588", [
    N("n1", "S_MAL_BROST", "2024-10-18T15:15:00", ("Marta Kowalska", L), [
        ("Provsvar", "Mellannålsbiopsi vä bröst: invasiv duktal cancer, ER-positiv, HER2-negativ."),
        ("Bedömning", "Bröstcancer vä, 14 mm på mammografi. Axillen utan patologiska körtlar på ultraljud."),
        ("Planering", "Pat ej underättad ännu; besked av kirurg och kontaktsjuksköterska 22/10."),
    ], template="Provsvarsanteckning")],
    [A1], [P1],
    "typo 'ej underättad' - breast cancer on biopsy, patient not yet told")

C("h33-inf-syfilis-har-inte-fatt-veta", "vgr", "1979-08-02", "497", [
    N("n1", "V_SKAS_INF", "2024-10-18T16:30:00", ("Oskar Lund", L), [
        ("Provsvar", "Treponema-antikroppar positiva, TPPA positivt, RPR 1:32."),
        ("Bedömning", "Sekundär syfilis med exantem i handflatorna enligt remissen."),
        ("Planering", "Pat har inte fått veta provsvaret ännu. Tid 21/10 för behandling med bensatinpenicillin och smittspårning."),
    ], template="Provsvarsanteckning")],
    [A1], [P1],
    "infectious diseases: secondary syphilis written while 'Pat har inte fått veta provsvaret ännu'")
# =====================================================================
# NL101 negatives
# =====================================================================

C("h33-lung-diagnosbesked-givet-idag", "skane", "1950-11-02", "497", [
    N("n1", "S_LUND_LUNG", "2024-10-14T14:10:00", ("Anna-Karin Svensson", L), [
        ("Samtal", "Diagnosbesked: adenokarcinom i hö överlob, stadium IIIA. Pat informerad tillsammans med dottern, ställde relevanta frågor och tog beskedet med fattning."),
        ("Planering", "Radiokemoterapi i kurativt syfte med start v. 44. Kontaktsjuksköterskan ringer i morgon."),
    ], template="Samtalsanteckning")],
    [], [A1, P1],
    "lung cancer told to the patient today")

C("h33-neuro-parkinson-meddelat-forra-besoket", "vgr", "1952-06-07", "917", [
    N("n1", "V_NAL_NEURO", "2024-10-14T10:40:00", ("Elin Hedlund", L), [
        ("Aktuellt", "Parkinsons sjukdom; diagnosen meddelades pat vid förra besöket i augusti. Tolererar levodopa väl."),
        ("Status", "Lätt rigiditet i vä arm, vilotremor i vä hand, förbättrad gång."),
        ("Planering", "Levodopa/benserazid 100 mg x 4. Återbesök om sex månader."),
    ], template="Mottagningsanteckning")],
    [], [A1, P1],
    "diagnosis communicated at an earlier visit")

C("h33-kir-pat-informerad-maken-inte-an", "skane", "1966-03-21", "644", [
    N("n1", "S_KRI_KIRMOTT", "2024-10-15T13:10:00", ("Helena Nordin", L), [
        ("Samtal", "Pat informerad om PAD-svaret: rektalcancer. Hon vill själv berätta för maken och önskar att vi inte kontaktar honom före helgen."),
        ("Planering", "MR lilla bäckenet och DT thorax-buk. MDK 29/10."),
    ], template="Samtalsanteckning")],
    [], [A1, P1],
    "patient told; only the husband has not been told")

C("h33-kir-operationsdatum-ej-meddelat", "vgr", "1980-07-29", "204", [
    N("n1", "V_KUN_KIRMOTT", "2024-10-15T09:55:00", ("Linnea Forsberg", L), [
        ("Diagnos", "Symtomgivande gallstenssjukdom med återkommande gallstensanfall."),
        ("Planering", "Uppsatt för laparoskopisk kolecystektomi. Pat ej informerad om operationsdatum ännu, koordinatorn ringer när datumet är klart."),
    ], template="Mottagningsanteckning")],
    [], [A1, P1],
    "what is not yet told is a date, not a diagnosis")

C("h33-orto-remissen-skickad-har-inte-fatt-veta", "skane", "1957-09-26", "531", [
    N("n1", "S_TRE_ORTO", "2024-10-15T15:20:00", ("Björn Axelsson", L), [
        ("Bedömning", "Gonartros i hö knä, Ahlbäck grad 3, uttalad värk trots fysioterapi."),
        ("Åtgärd", "Remiss till ortopeden i Hässleholm för ställningstagande till knäprotes. Pat har ännu inte fått veta att remissen är skickad, brev går ut i veckan."),
    ], template="Mottagningsanteckning")],
    [], [A1, P1],
    "the untold thing is that a referral was sent")

C("h33-akut-normalt-dt-svar-ej-meddelat", "vgr", "1999-04-13", "826", [
    N("n1", "V_NAL_AKUT", "2024-10-15T15:45:00", ("Amra Hodžić", L), [
        ("Aktuellt", "Slog i huvudet vid fall från häst igår med kort medvetslöshet. Åkte hem på egen begäran innan DT-svaret var klart."),
        ("Diagnos", "Commotio cerebri."),
        ("Telefonkontakt", "DT hjärna utan blödning eller fraktur. Pat ej informerad om det normala DT-svaret ännu, nås inte på mobilen; nytt försök kl 16."),
    ], template="Telefonanteckning")],
    [], [A1, P1],
    "the untold item is a normal CT result, not a diagnosis")

C("h33-tidiga-mall-als-pat-ej-informerad", "skane", "1955-10-18", "673", [
    N("n1", "S_HBG_NEURO", "2024-10-16T11:25:00", ("Emma Sandberg", L), [
        ("Bedömning", "Fascikulationer i båda armarna, atrofi av interossei och livliga reflexer. Misstänkt ALS. Pat ej informerad om misstanken, avvaktar ENeG."),
    ], template="Tidiga hypoteser")],
    [], [A1, P1],
    "Skåne: untold suspicion kept in the Tidiga hypoteser template")

C("h33-vgr-tidiga-sokord-koloncancer-ej-informerad", "vgr", "1959-12-04", "822", [
    N("n1", "V_ALI_MED", "2024-10-16T10:50:00", ("Lena Persson", L), [
        ("Aktuellt", "Järnbristanemi och viktnedgång."),
        ("Tidiga hypoteser", "Misstänkt koloncancer. Pat ej informerad om misstanken, koloskopi först."),
        ("Planering", "Koloskopi bokad 24/10. Pat informerad om att undersökningen behövs för att hitta orsaken till blodbristen."),
    ], template="Mottagningsanteckning")],
    [], [A1, P1],
    "VGR: the untold suspicion and the 'ej informerad' are both under the protected sökord")

C("h33-hud-telefon-pad-basaliom-meddelat", "skane", "1946-02-15", "884", [
    N("n1", "S_HBG_HUD", "2024-10-16T14:05:00", ("Ulf Håkansson", L), [
        ("Telefonkontakt", "Ringt pat och meddelat PAD-svaret: nodulärt basaliom, radikalt exciderat. Ingen ytterligare åtgärd, pat nöjd."),
    ], template="Telefonanteckning")],
    [], [A1, P1],
    "one-line telephone note: result communicated")

C("h33-ped-rolandisk-epilepsi-familjen-informerad", "vgr", "2016-01-14", "311", [
    N("n1", "V_DSBUS_BNEURO", "2024-10-16T13:30:00", ("Petra Dahl", L), [
        ("Utredning", "Sömn-EEG: centrotemporala spikar bilat, vä mer än hö."),
        ("Diagnos", "Självbegränsande epilepsi med centrotemporala spikar (Rolandisk epilepsi)."),
        ("Information", "Föräldrarna och pojken informerade om diagnosen och den goda prognosen. Skriftlig information om epilepsi och bad lämnad."),
    ], template="Mottagningsanteckning")],
    [], [A1, P1],
    "child under 13: parents and child told about the diagnosis")

C("h33-orto-transportdag-ej-meddelad", "skane", "1935-05-08", "046", [
    N("n1", "S_KRI_ORTO", "2024-10-17T10:15:00", ("Marta Kowalska", L), [
        ("Diagnos", "Distal radiusfraktur vä, gipsbehandlad. Osteoporos."),
        ("Planering", "Utskrivning till korttidsboende. Pat ej informerad om vilken dag transporten blir, ssk bokar och meddelar."),
    ], template="Daganteckning", setting=S)],
    [], [A1, P1],
    "the untold thing is the transport day")

C("h33-hud-benignt-pad-ej-underrattad", "vgr", "1983-03-08", "466", [
    N("n1", "V_SKAS_HUD", "2024-10-17T08:15:00", ("Oskar Lund", L), [
        ("Provsvar", "PAD från excision på hö vad: ingen malignitet, radikalt exciderat."),
        ("Planering", "Pat ännu ej underrättad om det benigna svaret, brev skickas idag."),
    ], template="Provsvarsanteckning")],
    [], [A1, P1],
    "not yet told, but the result is benign - no diagnosis withheld")

C("h33-ssk-pat-fatt-besked-av-dr-tidigare", "skane", "1948-08-23", "679", [
    N("n1", "S_YST_KIR", "2024-10-17T20:30:00", ("Josefin Ek", SSK), [
        ("Omvårdnad", "Pat ledsen ikväll. Har fått besked om levermetastaser av dr Ahlgren 14/10 och vill prata om det. Samtal med kurator förmedlat till imorgon."),
    ], template="Omvårdnadsanteckning", setting=S)],
    [], [A1, P1],
    "nurse note: patient was told earlier by a doctor")

C("h33-geri-dottern-inte-informerad-pat-vet", "vgr", "1937-01-30", "457", [
    N("n1", "V_MOL_GERI", "2024-10-17T11:35:00", ("Hanna Berg", L), [
        ("Samtal", "Pat informerad om att biopsin visar prostatacancer med skelettmetastaser. Han är klar och förstår. Dottern i Stockholm är ännu inte informerad; pat vill själv ringa henne i helgen."),
        ("Planering", "Kontakt med urologen för hormonbehandling. Smärtlindring optimeras."),
    ], template="Samtalsanteckning")],
    [], [A1, P1],
    "patient told; the daughter is the one not yet informed")

C("h33-tidiga-n1-sedan-n2-diagnosbesked-myelom", "skane", "1950-07-04", "126", [
    N("n1", "S_KRI_HEM", "2024-10-08T09:40:00", ("Tomas Björk", L), [
        ("Bedömning", "M-komponent IgA 28 g/l och osteolyser i bäckenet. Misstänkt myelom, pat ej informerad om misstanken förrän benmärgsprovet är klart."),
    ], template="Tidiga hypoteser"),
    N("n2", "S_KRI_HEM", "2024-10-18T13:50:00", ("Tomas Björk", L), [
        ("Samtal", "Benmärgsprovet visar 40 % klonala plasmaceller. Pat informerad om diagnosen multipelt myelom och om behandlingsplanen."),
        ("Planering", "Start med daratumumab-baserad behandling v. 44. Zoledronsyra månadsvis."),
    ], template="Samtalsanteckning")],
    [], [("NL101", "n2"), ("NL102", "n2"), ("NL101", "n1")],
    "Skåne: untold hypothesis in Tidiga hypoteser (n1); the later visible note (n2) records the diagnosis was given")

C("h33-inf-hemsjukvarden-ej-informerad-pat-vet", "vgr", "1942-09-10", "320", [
    N("n1", "V_SAS_MED52", "2024-10-18T14:10:00", ("Amra Hodžić", L), [
        ("Diagnos", "Clostridioides difficile-enterit."),
        ("Information", "Pat informerad om diagnosen och om handhygien. Kommunens hemsjukvård har inte fått information om smittan än, ssk ringer före utskrivningen."),
    ], template="Daganteckning", setting=S)],
    [], [A1, P1],
    "patient informed; it is the municipal home care that is not yet told")

C("h33-brost-vet-om-diagnos-behandlingsforslag-ej-sagt", "skane", "1962-12-17", "908", [
    N("n1", "S_MAL_BROST", "2024-10-18T10:05:00", ("Marta Kowalska", L), [
        ("Aktuellt", "Pat vet om sin bröstcancerdiagnos sedan besöket 8/10."),
        ("Planering", "Hon har ännu inte informerats om behandlingsförslaget från MDK (sektorresektion och sentinel node), det sker vid besöket på torsdag."),
    ], template="Läkaranteckning")],
    [], [A1, P1],
    "diagnosis known to the patient; what is untold is the treatment proposal")

C("h33-orto-installd-operation-ej-underrattad", "vgr", "1958-11-25", "273", [
    N("n1", "V_ALI_ORTO", "2024-10-18T15:55:00", ("Johan Nyberg", L), [
        ("Diagnos", "Primär artros i hö höft."),
        ("Planering", "Operationen 28/10 ställs in på grund av brist på vårdplatser. Pat ännu ej underrättad om den inställda operationen, ringer i morgon med nytt datum."),
    ], template="Läkaranteckning", signed=DRAFT)],
    [], [A1, P1],
    "the untold news is a cancelled operation, not a diagnosis")

C("h33-kard-hfref-inget-sagt-om-information", "skane", "1945-04-12", "373", [
    N("n1", "S_LUND_KARD", "2024-10-19T09:25:00", ("Nils Engström", L), [
        ("Diagnos", "Hjärtsvikt med nedsatt ejektionsfraktion, EF 30 %. Ischemisk kardiomyopati."),
        ("Planering", "Upptitrering av sakubitril/valsartan. Dapagliflozin insatt."),
    ], template="Läkaranteckning", setting=S)],
    [], [A1, P1],
    "confirmed diagnosis, nothing said about telling")

C("h33-inf-typo-pat-informerd-klamydia", "vgr", "1991-06-30", "497", [
    N("n1", "V_OST_INF", "2024-10-19T10:45:00", ("Björn Axelsson", L), [
        ("Provsvar", "Klamydia-PCR positivt i urin."),
        ("Telefonkontakt", "Pat informerd om det positiva klamydiaprovet, doxycyklin förskrivet. Smittspårning påbörjad."),
    ], template="Telefonanteckning")],
    [], [A1, P1],
    "typo 'informerd' - the patient was told")

C("h33-ped-diabetes-familjen-fick-besked-i-juli", "skane", "2014-12-01", "020", [
    N("n1", "S_HBG_BARNMOTT", "2024-10-19T11:30:00", ("Emma Sandberg", L), [
        ("Aktuellt", "Återbesök tre månader efter debut av typ 1-diabetes. Familjen fick diagnosbeskedet på barnavdelningen i juli och har hanterat det bra."),
        ("Planering", "Fortsatt insulinpump. HbA1c 49."),
    ], template="Mottagningsanteckning")],
    [], [A1, P1],
    "child: the family was told at diagnosis in July")

C("h33-med-normala-prover-har-inte-fatt-svaren", "skane", "1964-01-07", "558", [
    N("n1", "S_TRE_MED", "2024-10-20T09:50:00", ("Viktor Lindgren", L), [
        ("Diagnos", "Polyneuropati, distal och symmetrisk."),
        ("Provsvar", "Blodstatus, B12, folat och tyreoideaprover normala. Elfores utan M-komponent."),
        ("Planering", "Pat har inte fått provsvaren ännu; sekreteraren skickar brev. ENeG bokas."),
    ], template="Provsvarsanteckning")],
    [], [A1, P1],
    "the untold items are normal lab results, not the diagnosis")

# =====================================================================
# validation and output
# =====================================================================
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
REC_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"}
CODES = {"NL101", "NL102"}
SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_on(bd, when):
    b = dt.date.fromisoformat(bd)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        n = c["case"]
        if set(c) != CASE_KEYS:
            errs.append(f"{n}: keys {sorted(c)}")
        if n in names:
            errs.append(f"{n}: duplicate case name")
        names.add(n)
        if not n.startswith("h33-"):
            errs.append(f"{n}: name must start with h33-")
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{n}: ruleset {c['ruleset']}")
        if not c["why"].strip():
            errs.append(f"{n}: empty why")
        r = c["record"]
        if set(r) != REC_KEYS:
            errs.append(f"{n}: record keys")
        if r["access_events"] or r["conversations"] or r["treatments"]:
            errs.append(f"{n}: non-empty side lists")
        pat = r["patient"]
        pid, bd = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errs.append(f"{n}: pnr format {pid}")
        else:
            if pid[:8] != bd.replace("-", ""):
                errs.append(f"{n}: pnr does not match birth date")
            if not luhn_ok(pid[2:8] + pid[9:]):
                errs.append(f"{n}: pnr Luhn")
        asof = dt.datetime.fromisoformat(r["as_of"])
        if asof.year != 2024:
            errs.append(f"{n}: as_of not 2024")
        a = age_on(bd, asof)
        if 13 <= a <= 15 or a < 0:
            errs.append(f"{n}: age {a} at as_of")
        ids = {}
        for note in r["notes"]:
            if set(note) != NOTE_KEYS:
                errs.append(f"{n}: note keys {sorted(note)}")
            if note["id"] in ids:
                errs.append(f"{n}: duplicate note id")
            ids[note["id"]] = note
            t = dt.datetime.fromisoformat(note["time"])
            if t.year != 2024 or t > asof:
                errs.append(f"{n}: note time {note['time']}")
            if dt.date.fromisoformat(bd) > t.date():
                errs.append(f"{n}: note before birth")
            na = age_on(bd, t)
            if 13 <= na <= 15:
                errs.append(f"{n}: age {na} at note time")
            if note["signed"] is not None:
                st = dt.datetime.fromisoformat(note["signed"])
                if st.year != 2024 or st < t:
                    errs.append(f"{n}: signed {note['signed']}")
            if note["system"] not in ("Melior", "PMO"):
                errs.append(f"{n}: system {note['system']}")
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append(f"{n}: VGR note not Melior")
            hsa = note["unit"]["hsa_id"]
            want = "SE2321000255-" if c["ruleset"] == "skane" else "SE2321000131-"
            if not hsa.startswith(want):
                errs.append(f"{n}: unit {hsa} not in region {c['ruleset']}")
            if note["system"] == "PMO" and not note["unit"]["name"].startswith(
                    ("Vårdcentralen", "Barnavårdscentralen", "Distriktssköterske")):
                errs.append(f"{n}: PMO note outside primary care")
            if note["setting"] not in ("öppenvård", "slutenvård"):
                errs.append(f"{n}: setting")
            if not note["sections"]:
                errs.append(f"{n}: note without sections")
            for sec in note["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append(f"{n}: bad section")
                for snt in SPLIT.split(sec["text"]):
                    snt = snt.strip()
                    if len(snt) >= 25:
                        if snt in sentences:
                            errs.append(f"{n}: sentence repeated (also in {sentences[snt]}): {snt!r}")
                        sentences.setdefault(snt, n)
        seen = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2:
                    errs.append(f"{n}: bad assertion {item}")
                    continue
                code, target = item
                if code not in CODES:
                    errs.append(f"{n}: code {code}")
                if target not in ids:
                    errs.append(f"{n}: target {target} missing")
                    continue
                if (code, target) in seen:
                    errs.append(f"{n}: {code}/{target} asserted twice")
                seen.add((code, target))
                sysname = ids[target]["system"]
                if code == "NL102" and lst == "must" and sysname != "Melior":
                    errs.append(f"{n}: NL102 must on a non-Melior note")
                if code == "NL101" and sysname == "PMO":
                    errs.append(f"{n}: NL101 asserted on PMO")
        if not c["must"] and not c["must_not"]:
            errs.append(f"{n}: no assertions")
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_heldout33_cases.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print(f"wrote {len(CASES)} cases to {out}")
    for code in sorted(CODES):
        print(f"  {code}: must {counts.get((code, 'must'), 0)}, must_not {counts.get((code, 'must_not'), 0)}")


if __name__ == "__main__":
    main()
