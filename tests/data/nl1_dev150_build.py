#!/usr/bin/env python3
"""Independent test set: orthopaedics and hand surgery (NL101, NL102).

Standard library only, deterministic. Running it writes cases.jsonl next to this
file and validates the set; it exits with status 1 on any problem.
Written from the regional routines (seeds) and the NL1 rule catalog only.
"""
import datetime
import json
import os
import re
import sys

# --------------------------------------------------------------------------
# units (name, hsa_id)
# --------------------------------------------------------------------------
U = {
    # Region Skåne, Melior
    "sus_akort_malmo": ("Ortopedakuten, Skånes universitetssjukhus Malmö", "SE2321000255-4A17"),
    "sus_ortmott_lund": ("Ortopedmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4B02"),
    "sus_ortmott_malmo": ("Ortopedmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4B31"),
    "sus_idrott_malmo": ("Ortopedmottagningen idrottsskador, Skånes universitetssjukhus Malmö", "SE2321000255-4B77"),
    "sus_hand_malmo": ("Handkirurgiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5C40"),
    "sus_handavd_malmo": ("Handkirurgiska vårdavdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-5C41"),
    "sus_handterapi": ("Handterapi arbetsterapi/fysioterapi, Skånes universitetssjukhus Malmö", "SE2321000255-5C58"),
    "sus_ortavd_lund": ("Ortopedavdelning 6, Skånes universitetssjukhus Lund", "SE2321000255-4D16"),
    "sus_barnort_lund": ("Barnortopedmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6E03"),
    "sus_tumor_lund": ("Ortopedisk tumörmottagning, Skånes universitetssjukhus Lund", "SE2321000255-4F88"),
    "sus_bfm_lund": ("Bild- och funktionsmedicin, Skånes universitetssjukhus Lund", "SE2321000255-7R10"),
    "sus_bfm_malmo": ("Bild- och funktionsmedicin, Skånes universitetssjukhus Malmö", "SE2321000255-7R22"),
    "sus_fysio_lund": ("Fysioterapi ortopedi, Skånes universitetssjukhus Lund", "SE2321000255-8F05"),
    "hbg_ortmott": ("Ortopedmottagningen, Helsingborgs lasarett", "SE2321000255-2H14"),
    "hbg_ortavd": ("Ortopedavdelning 61, Helsingborgs lasarett", "SE2321000255-2H61"),
    "hbg_rtg": ("Röntgenkliniken, Helsingborgs lasarett", "SE2321000255-2H90"),
    "hlm_protes": ("Ortopedmottagning planerad ortopedi, Hässleholms sjukhus", "SE2321000255-3K20"),
    "hlm_avd": ("Ortopedavdelningen, Hässleholms sjukhus", "SE2321000255-3K21"),
    "cskk_ortmott": ("Ortopedmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-3M08"),
    "cskk_akut": ("Akutmottagningen ortopedi, Centralsjukhuset Kristianstad", "SE2321000255-3M01"),
    "ystad_ort": ("Ortopedmottagningen, Lasarettet Ystad", "SE2321000255-1Y33"),
    "trbg_ort": ("Ortopedkliniken planerad kirurgi, Lasarettet Trelleborg", "SE2321000255-1T47"),
    "lkrona_ort": ("Ortopedmottagningen, Lasarettet Landskrona", "SE2321000255-1L12"),
    "angel_ort": ("Ortopedmottagningen, Ängelholms sjukhus", "SE2321000255-1A09"),
    # Region Skåne, PMO (primary care)
    "vc_sodervarn": ("Vårdcentralen Södervärn, Malmö", "SE2321000255-P0412"),
    "vc_hoor": ("Vårdcentralen Höör", "SE2321000255-P0877"),
    "vc_eslov": ("Vårdcentralen Tåbelund, Eslöv", "SE2321000255-P0630"),
    "rehab_sjobo": ("Rehabenheten Sjöbo, fysioterapi", "SE2321000255-P1105"),
    "hsjv_angelholm": ("Hemsjukvården Ängelholm", "SE2321000255-P1290"),
    "vc_staffanstorp": ("Vårdcentralen Staffanstorp", "SE2321000255-P0718"),
    # Västra Götalandsregionen, Melior
    "su_akut_molndal": ("Ortopedakuten, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000011402"),
    "su_ortmott_molndal": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000011410"),
    "su_protes_molndal": ("Protesmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000011433"),
    "su_idrott_molndal": ("Idrottsmedicinsk ortopedmottagning, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000011458"),
    "su_ortavd_molndal": ("Ortopedavdelning 13, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000011513"),
    "su_hand": ("Handkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012021"),
    "su_handavd": ("Handkirurgiska vårdavdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012030"),
    "su_barnort": ("Barnortopedmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000013105"),
    "su_bfm": ("Bild- och funktionsmedicin, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000014001"),
    "su_fysio": ("Arbetsterapi och fysioterapi ortopedi, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000014310"),
    "su_tumor": ("Sarkommottagningen ortopedi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011477"),
    "skas_ort": ("Ortopedmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000021118"),
    "skas_avd": ("Ortopedavdelning 21, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000021121"),
    "skas_lidk": ("Ortopedmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000021260"),
    "nal_ort": ("Ortopedkliniken, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000031044"),
    "nal_fysio": ("Fysioterapin ortopedi, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000031090"),
    "udd_avd": ("Ortopedavdelning 32, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E000000031232"),
    "sas_ort": ("Ortopedmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000041015"),
    "sas_rtg": ("Röntgenkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000041300"),
    "sas_akut": ("Akutmottagningen ortopedi, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000041001"),
    "alings_ort": ("Ortopedmottagningen, Alingsås lasarett", "SE2321000131-E000000051007"),
    "kungalv_ort": ("Ortopedmottagningen, Kungälvs sjukhus", "SE2321000131-E000000061012"),
    "kungalv_avd": ("Ortopedavdelningen, Kungälvs sjukhus", "SE2321000131-E000000061019"),
}

PMO_UNITS = {"vc_sodervarn", "vc_hoor", "vc_eslov", "rehab_sjobo", "hsjv_angelholm", "vc_staffanstorp"}

CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(base):
    """'YYYYMMDD-NNN' -> full personnummer with Luhn check digit."""
    digits = base[2:8] + base[9:12]
    return base + luhn_digit(digits)


def T(s):
    """'2024-03-05 14:20' -> ISO local time."""
    if s is None:
        return None
    return s.replace(" ", "T") + ":00"


def N(nid, system, template, unit, author, role, time, signed, setting, sections, refs=()):
    return {"id": nid, "system": system, "template": template,
            "unit": {"name": U[unit][0], "hsa_id": U[unit][1]},
            "author": {"name": author, "role": role},
            "time": T(time), "signed": T(signed), "setting": setting,
            "refs": list(refs),
            "sections": [{"keyword": k, "text": t} for k, t in sections]}


def add(name, ruleset, base_pnr, notes, must, must_not, why):
    full = pnr(base_pnr)
    birth = "%s-%s-%s" % (base_pnr[0:4], base_pnr[4:6], base_pnr[6:8])
    last = max(n["time"] for n in notes)
    d = datetime.date.fromisoformat(last[:10]) + datetime.timedelta(days=3)
    record = {"patient": {"id": full, "birth_date": birth, "protected_identity": False},
              "as_of": d.isoformat() + "T00:00:00",
              "notes": notes,
              "access_events": [], "conversations": [], "treatments": []}
    CASES.append({"case": name, "ruleset": ruleset, "record": record,
                  "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
                  "why": why})


M = "Melior"
P = "PMO"
OV = "öppenvård"
SV = "slutenvård"
A, B = "NL101", "NL102"

# ==========================================================================
# Part 1: NL102 positives, hedged diagnosis in a visible Melior section
# ==========================================================================
add("ort-misstankt-scaphoideumfraktur-gips", "skane", "19990418-247",
    [N("n1", M, "Akutanteckning", "sus_akort_malmo", "Jonas Wikström", "läkare",
       "2024-02-11 14:20", "2024-02-11 15:05", OV,
       [("Anamnes", "Föll på handen från elsparkcykel igår kväll, tog emot sig med utsträckt vä arm. Ont radialt i handleden sedan dess. Högerhänt, studerar."),
        ("Status", "Vä handled: lätt svullnad radialt. Palpöm i tabatière. Smärta vid axial kompression av tummen. Nedsatt rörlighet pga smärta. Cirk/sens ua distalt."),
        ("Röntgen", "Rtg vä handled inkl scaphoideumserie: ingen synlig frakturlinje."),
        ("Bedömning", "Misstänkt scaphoideumfraktur vä trots neg rtg. Underarmsgips med tuminneslutning."),
        ("Planering", "Ny rtg alt MR om 10–14 dagar via gipsmottagningen. Alvedon v.b.")])],
    [(B, "n1")], [(A, "n1")],
    "clinically suspected scaphoid fracture with negative X-ray, written in a visible Bedömning")

add("ort-susp-medial-menisklesion", "vgr", "19870922-535",
    [N("n1", M, "Mottagningsanteckning", "su_idrott_molndal", "Karin Lindqvist", "läkare",
       "2024-03-04 09:40", "2024-03-04 10:15", OV,
       [("Aktuellt", "Vred hö knä i innebandy för 3 v sedan. Återkommande låsningar och svullnad efter träning. Kan ej sitta på huk."),
        ("Status", "Hö knä: lätt hydrops. Palpöm över mediala ledspringan. McMurray pos medialt, Lachman stabil med fast stopp. Ext -5, flex 120."),
        ("Bedömning", "Susp. medial menisklesion hö knä med mekaniska besvär."),
        ("Planering", "MR hö knä. Återbesök efter svar, ställningstagande till artroskopi.")])],
    [(B, "n1")], [],
    "'Susp.' before a meniscal tear in Bedömning (VGR, ordinary sökord)")

add("ort-trolig-framre-korsbandsruptur", "skane", "20010305-162",
    [N("n1", M, "Läkaranteckning", "sus_idrott_malmo", "Ebba Sjöström", "läkare",
       "2024-04-16 13:10", "2024-04-16 14:02", OV,
       [("Anamnes", "Fotbollsspelare div 2. Landade snett efter nickduell i söndags, hörde en smäll i vä knä och kunde inte spela vidare. Snabb svullnad inom ett par timmar. Tidigare frisk i knäna."),
        ("Status", "Vä knä: uttalad hydrops, punkterat 40 ml hemartros. Lachman klart ökad laxitet utan fast stopp, pivot shift ej bedömbart pga smärta. Mediala och laterala ledband stabila. Ingen palpömhet över ledspringorna."),
        ("Bedömning", "Trolig främre korsbandsruptur vä knä."),
        ("Åtgärd", "Kryckkäppar utprovade. Remiss fysioterapi för prehab."),
        ("Planering", "MR knä, därefter återbesök hos idrottsortoped inom 4 v.")])],
    [(B, "n1")], [],
    "'Trolig' ACL rupture after a pivoting injury with haemarthrosis, visible note")

add("ort-sannolik-rotatorkuffruptur", "vgr", "19620711-398",
    [N("n1", M, "Mottagningsanteckning", "alings_ort", "Mattias Holm", "läkare",
       "2024-01-23 10:30", "2024-01-23 11:20", OV,
       [("Aktuellt", "Snickare. Ramlade från stege för 6 v sedan, tog emot sig med hö arm. Kvarstående svaghet att lyfta armen och nattlig värk."),
        ("Status", "Aktiv abduktion 70 grader, passivt full rörlighet. Drop arm-test pos. Jobe kraftigt nedsatt kraft hö. Infraspinatus kraft ua."),
        ("Bedömning", "Sannolik akut rotatorkuffruptur (supraspinatus) hö axel."),
        ("Planering", "Ultraljud axel snarast, därefter ställningstagande till sutur.")])],
    [(B, "n1")], [],
    "'Sannolik' traumatic rotator cuff tear in an outpatient note")

add("ort-protesinfektion-kan-ej-uteslutas", "skane", "19480203-451",
    [N("n1", M, "Mottagningsanteckning", "hlm_protes", "Per-Olof Nyström", "läkare",
       "2024-05-07 08:50", "2024-05-07 09:35", OV,
       [("Aktuellt", "Knäprotes hö insatt 2023-09. Sedan ett par månader tilltagande värk även i vila, ingen tydlig feber. Ingen sårproblematik postop."),
        ("Status", "Hö knä: lätt värmeökning, hydrops ++. Rörlighet 0–95. Ärret läkt, ingen fistel."),
        ("Lab", "CRP 38, SR 52, LPK 8,9."),
        ("Bedömning", "Protesinfektion kan ej uteslutas. Ledpunktion med odling och LPK/diff i vätskan."),
        ("Planering", "Återbesök efter odlingssvar, odlingarna får gå 14 dagar.")])],
    [(B, "n1")], [],
    "'kan ej uteslutas' on periprosthetic joint infection at arthroplasty follow-up")

add("ort-dd-septisk-artrit-kristallartrit", "vgr", "19750530-273",
    [N("n1", M, "Akutanteckning", "su_akut_molndal", "Sara Bengtsson", "läkare",
       "2024-06-02 21:15", "2024-06-02 22:40", OV,
       [("Aktuellt", "Akut insättande svullnad och rodnad vä knä sedan i går. Feber 38,6 hemma. Känd psoriasis, ingen tidigare ledsjukdom."),
        ("Status", "Vä knä varm, svullen, rodnad. Smärtsam passiv rörlighet, flex 60 grader."),
        ("Lab", "CRP 142, LPK 14,1."),
        ("Bedömning", "Akut monoartrit vä knä. DD septisk artrit, kristallartrit, psoriasisartrit."),
        ("Åtgärd", "Ledpunktion: grumlig vätska, skickad för odling, kristaller och celler. Blododlingar x 2."),
        ("Planering", "Inläggning, empirisk iv antibiotika efter odling. Diskuterat med bakjour.")])],
    [(B, "n1")], [],
    "differential diagnosis list ('DD') for an acute monoarthritis in the emergency note")

add("ort-barn-bild-som-vid-perthes", "vgr", "20170814-184",
    [N("n1", M, "Röntgenutlåtande", "su_bfm", "Henrik Ahlgren", "läkare",
       "2024-02-20 11:05", "2024-02-20 13:30", OV,
       [("Undersökning", "Rtg bäcken och höfter, frontal och Lauenstein. Remittent barnortopedjouren, haltar sedan 3 veckor."),
        ("Utlåtande", "Vä caputepifys något lägre och tätare än hö, lätt tillplattad lateralt. Ledspringan ua. Bild som vid tidig Mb Perthes vä. Hö höft ua.")])],
    [(B, "n1")], [],
    "radiology answer 'bild som vid' Perthes for a 6-year-old (guardians read the journal)")

add("ort-mr-forenligt-med-stressfraktur", "skane", "19980126-308",
    [N("n1", M, "Röntgenutlåtande", "sus_bfm_malmo", "Lina Forsberg", "läkare",
       "2024-03-27 15:40", "2024-03-28 08:10", OV,
       [("Undersökning", "MR vä fot, STIR och T1. Löpare med framfotssmärta sedan 4 veckor."),
        ("Utlåtande", "Uttalat benmärgsödem i distala diafysen av metatarsale II med en lågsignalerande linje i T1. Förenligt med stressfraktur. Övriga skelettdelar utan anmärkning.")])],
    [(B, "n1")], [],
    "MR answer 'förenligt med' stress fracture in a visible radiology note")

add("ort-talar-for-halseneruptur", "vgr", "19810914-516",
    [N("n1", M, "Akutanteckning", "sas_akut", "Oskar Dahlberg", "läkare",
       "2024-09-12 22:05", "2024-09-12 23:10", OV,
       [("Aktuellt", "Spelade padel i kväll, kände ett slag bakom hö häl som om någon sparkat honom. Haltar."),
        ("Status", "Palpabel grop ca 5 cm ovan calcaneus. Simmonds test pos hö. Kan ej stå på tå på hö ben."),
        ("Bedömning", "Fynden talar för total hälseneruptur hö."),
        ("Åtgärd", "Ortos med kilar i spetsfotsställning. Fragmin 5000 E x 1 i 2 v, instruerad i injektionsteknik."),
        ("Planering", "Ultraljud och bedömning på ortopedmott inom en vecka, ställningstagande till op vs konservativ behandling.")])],
    [(B, "n1")], [],
    "'talar för' Achilles tendon rupture, emergency note")

add("ort-arbetsterapeut-kan-rora-sig-om-crps", "skane", "19550622-264",
    [N("n1", M, "Arbetsterapeutisk bedömning", "sus_handterapi", "Malin Svedberg", "arbetsterapeut",
       "2024-04-03 10:00", "2024-04-03 11:45", OV,
       [("Aktuellt", "Opererad med volar platta för distal radiusfraktur hö för 5 v sedan. Kommer nu till handterapin för första gången."),
        ("Status", "Blank, svullen hand med rodnad hud. Kraftigt ökad ömhet för lätt beröring. Pulpa-handflata avstånd 4 cm dig II–V. Handen kallare än vänster."),
        ("Bedömning", "Kan röra sig om CRPS typ 1. Meddelat opererande handkirurg."),
        ("Åtgärd", "Ödembehandling med ödemhandske, aktiva rörelseövningar varje timme.")])],
    [(B, "n1")], [],
    "occupational therapist writes 'kan röra sig om' CRPS after a radius fracture")

add("ort-fragetecken-fibulafraktur-kort", "vgr", "19930707-143",
    [N("n1", M, "Akutanteckning", "su_akut_molndal", "Amir Haddad", "läkare",
       "2024-01-14 17:25", "2024-01-14 17:50", OV,
       [("Aktuellt", "Snubblade i trappa, inversionstrauma hö fot."),
        ("Status", "Svullnad och hematom lat malleol. Palpöm bakre kanten fibula distalt. Kan ta 2 steg."),
        ("Bedömning", "Distorsion hö fotled, ?fibulafraktur. Rtg beställt.")])],
    [(B, "n1")], [],
    "leading question mark '?fibulafraktur' in a short telegraphic note")

add("ort-ev-stener-lesion-skidtumme", "skane", "19770119-376",
    [N("n1", M, "Mottagningsanteckning", "sus_hand_malmo", "Fredrik Öhman", "läkare",
       "2024-02-26 13:30", "2024-02-26 14:10", OV,
       [("Aktuellt", "Ramlade i slalombacken med staven i hö hand, tummen böjdes ut radialt. Svårt att hålla nycklar."),
        ("Status", "Svullnad ulnart över MCP I. Stresstest i 30 graders flexion: uppklaffning ca 40 grader utan fast stopp, jmf 10 grader vä. Palpabel knöl proximalt om adduktoraponeurosen."),
        ("Röntgen", "Ingen avulsionsfraktur vid basen av grundfalangen."),
        ("Bedömning", "Total ruptur av ulnara kollateralligamentet MCP I hö, ev. Stener-lesion."),
        ("Planering", "Op-anmäld för ligamentsutur inom 1 v. Tumskena tills dess.")])],
    [(B, "n1")], [],
    "'ev.' on a Stener lesion; the ligament rupture itself is settled, the lesion is hedged")

add("ort-fragestallning-osteokondrit-talus", "vgr", "20050303-227",
    [N("n1", M, "Mottagningsanteckning", "sas_ort", "Johan Eklund", "läkare",
       "2024-10-08 14:00", "2024-10-08 14:35", OV,
       [("Aktuellt", "Långdistanslöpare. Djup värk i vä fotled sedan i höstas efter en stukning, svullnad efter längre pass. Ibland känsla av att något hakar upp sig."),
        ("Status", "Vä fotled: ingen instabilitet i främre draglådan. Öm anteromedialt över talusdomen vid plantarflexion."),
        ("Planering", "MR vä fotled. Frågeställning osteochondritis dissecans i mediala talusdomen. Avlastning från löpning tills vidare, cykel tillåts.")])],
    [(B, "n1")], [],
    "'Frågeställning' naming a suspected osteochondral lesion in the Planering section")

add("ort-oklart-om-reumatoid-artrit", "skane", "19690808-420",
    [N("n1", M, "Mottagningsanteckning", "sus_hand_malmo", "Charlotte Mårtensson", "läkare",
       "2024-05-21 09:15", "2024-05-21 10:05", OV,
       [("Aktuellt", "Remiss från VC pga svullna fingerleder bilat. Morgonstelhet ca 1 tim. Ingen hereditet känd."),
        ("Status", "Synovit MCP II–III bilat, lätt ulnardeviation hö. Inga triggerfingrar."),
        ("Bedömning", "Oklart om det rör sig om en reumatoid artrit eller annan inflammatorisk ledsjukdom."),
        ("Planering", "Lab: RF, anti-CCP, SR, CRP. Remiss reumatologen, handkirurgiskt ingen åtgärd i nuläget.")])],
    [(B, "n1")], [],
    "'Oklart om det rör sig om' rheumatoid arthritis at the hand-surgery clinic")

add("ort-dt-inger-misstanke-om-kondrosarkom", "skane", "19640925-155",
    [N("n1", M, "Röntgenutlåtande", "sus_bfm_lund", "Gustav Lindahl", "läkare",
       "2024-08-19 10:20", "2024-08-19 16:45", OV,
       [("Undersökning", "DT hö femur med kontrast."),
        ("Utlåtande", "I proximala femurdiafysen en 7 cm lång intramedullär lesion med ringformade förkalkningar och endostal scalloping överstigande två tredjedelar av kortikalis. Lätt kortikal förtjockning. Fyndet inger misstanke om kondrosarkom. Rekommenderar MR och diskussion på sarkomkonferens.")])],
    [(B, "n1")], [(A, "n1")],
    "CT answer 'inger misstanke om' chondrosarcoma; nothing is said about telling the patient")

add("ort-kan-inte-utesluta-osteomyelit-diabetesfot", "vgr", "19510412-372",
    [N("n1", M, "Läkaranteckning", "skas_ort", "Anders Wennberg", "läkare",
       "2024-11-05 11:10", "2024-11-05 12:00", OV,
       [("Aktuellt", "Typ 2-diabetes med neuropati. Sår under MTP I-huvudet hö fot sedan 2 mån, följs av diabetesfotteamet. Remitterad för ortopedisk bedömning."),
        ("Status", "Sår 1,5 x 1 cm med probe-to-bone pos. Ingen lymfangit. Pulsar palp i a. dorsalis pedis."),
        ("Röntgen", "Erosion i mediala delen av MTP I-huvudet."),
        ("Bedömning", "Kan inte utesluta osteomyelit i metatarsale I-huvudet."),
        ("Planering", "MR hö framfot, vävnadsodling vid revision, avlastande sko.")])],
    [(B, "n1")], [],
    "'Kan inte utesluta' osteomyelitis under a diabetic foot ulcer")

add("ort-typo-trolgi-dupuytren", "skane", "19470605-391",
    [N("n1", M, "Mottagningsanteckning", "angel_ort", "Birgitta Axelsson", "läkare",
       "2024-03-12 15:20", "2024-03-12 15:55", OV,
       [("Aktuellt", "Sedan ett år stråk i hö handflata mot ringfingret, kan inte längre lägga handen platt på bordet."),
        ("Status", "Palpabel sträng palmart dig IV hö, extensionsdefekt MCP 30 gr, PIP 20 gr. Tabletop test pos."),
        ("Bedömning", "Trolgi Dupuytrens kontraktur dig IV hö."),
        ("Planering", "Anmäld för nålfasciotomi.")])],
    [(B, "n1")], [],
    "typo in the hedge ('Trolgi' for trolig) before Dupuytren's contracture")

add("ort-troligen-triggerfinger-injektion", "vgr", "19720228-486",
    [N("n1", M, "Mottagningsanteckning", "su_hand", "Elin Carlsson", "läkare",
       "2024-06-18 08:30", "2024-06-18 09:00", OV,
       [("Aktuellt", "Knäpper och hakar upp sig i hö långfinger på morgonen sedan 2 månader."),
        ("Status", "Palpabel knuta vid A1-pulleyn dig III hö, triggning vid aktiv flexion."),
        ("Bedömning", "Troligen triggerfinger dig III hö."),
        ("Åtgärd", "Injektion Depo-Medrol 40 mg + lidokain vid A1."),
        ("Planering", "Åter vid utebliven effekt om 8 v för ställningstagande till klyvning.")])],
    [(B, "n1")], [],
    "adverb 'Troligen' before trigger finger")

add("ort-fysio-trol-de-quervain", "skane", "19910716-524",
    [N("n1", M, "Fysioterapeutisk bedömning", "sus_fysio_lund", "Tove Lindgren", "fysioterapeut",
       "2024-07-09 13:00", "2024-07-09 13:50", OV,
       [("Anamnes", "Nybliven mamma, 4 mån gammal bebis. Smärta radialt i vä handled vid lyft av barnet."),
        ("Status", "Palpöm över första extensorfacket. Finkelstein pos vä, neg hö."),
        ("Bedömning", "Trol. de Quervains tendovaginit vä."),
        ("Åtgärd", "Tumortos utprovad för nattbruk, ergonomiråd vid lyft.")])],
    [(B, "n1")], [],
    "physiotherapist's abbreviated hedge 'Trol.' before de Quervain's tenosynovitis")

add("ort-susp-slap-utan-punkt", "vgr", "19990910-199",
    [N("n1", M, "Mottagningsanteckning", "su_idrott_molndal", "Niklas Berggren", "läkare",
       "2024-08-27 10:45", "2024-08-27 11:15", OV,
       [("Aktuellt", "Handbollsspelare, djup smärta i hö axel vid skott, klickande. Ingen luxation."),
        ("Status", "O'Briens test pos hö. Full rörlighet. Stabil i apprehension."),
        ("Bedömning", "susp SLAP-lesion hö axel"),
        ("Planering", "MR-artrografi. Träningsuppehåll från skott 4 v.")])],
    [(B, "n1")], [],
    "lower-case 'susp' without a dot before a SLAP lesion")

add("ort-verkar-bero-pa-karpaltunnelsyndrom", "vgr", "19660102-248",
    [N("n1", M, "Mottagningsanteckning", "nal_ort", "Ulrika Sandberg", "läkare",
       "2024-04-29 14:20", "2024-04-29 15:00", OV,
       [("Aktuellt", "Nattliga domningar i hö hand sedan ett halvår, skakar handen för att det ska släppa. Tappar saker."),
        ("Status", "Tinel pos över karpaltunneln hö. Phalen pos efter 30 s. Ingen thenaratrofi. 2PD 5 mm dig I–III."),
        ("Bedömning", "Besvären verkar bero på ett karpaltunnelsyndrom hö."),
        ("Planering", "ENeG, nattskena via arbetsterapeut.")])],
    [(B, "n1")], [],
    "'verkar bero på' as the hedge on carpal tunnel syndrome before nerve conduction study")

add("ort-jour-misstanke-om-kompartmentsyndrom", "skane", "19880321-117",
    [N("n1", M, "Jouranteckning", "sus_ortavd_lund", "David Persson", "läkare",
       "2024-10-20 02:30", "2024-10-20 03:40", SV,
       [("Aktuellt", "Tillkallad av ssk kl 02. Tibiaskaftfraktur vä opererad med märgspik i går eftermiddag. Tilltagande smärta trots morfin iv."),
        ("Status", "Spänd underbenslåda anteriort, kraftig smärta vid passiv plantarflexion av tårna. Pulsar palp. Nedsatt sensibilitet i första interdigitalrummet."),
        ("Bedömning", "Misstanke om begynnande kompartmentsydrom vä underben."),
        ("Åtgärd", "Tryckmätning utförd, bakjour informerad och kommer in. Förberett för fasciotomi.")])],
    [(B, "n1")], [],
    "'Misstanke om' compartment syndrome (typo 'kompartmentsydrom') in an on-call ward note")

add("ort-aseptisk-lossning-fragetecken", "vgr", "19440917-269",
    [N("n1", M, "Mottagningsanteckning", "su_protes_molndal", "Lars Hellström", "läkare",
       "2024-03-19 09:00", "2024-03-19 09:45", OV,
       [("Aktuellt", "Höftprotes hö 2009. Sedan ett år ljumsksmärta vid belastning, startvärk."),
        ("Röntgen", "Radiolucent zon 2 mm runt cupen i zon I och II, tillkommen sedan 2021. Stammen välfixerad."),
        ("Bedömning", "Aseptisk lossning av cupen? Infektion bör uteslutas innan revision."),
        ("Planering", "CRP, SR, höftpunktion med odling. Diskuteras på revisionskonferens.")])],
    [(B, "n1")], [],
    "trailing question mark on aseptic loosening at the arthroplasty clinic")

add("ort-eventuell-periprotetisk-fraktur", "skane", "19360811-224",
    [N("n1", M, "Inskrivningsanteckning", "hbg_ortavd", "Sofia Jeppsson", "läkare",
       "2024-12-01 05:10", "2024-12-01 06:30", SV,
       [("Anamnes", "Boende på SÄBO, ramlade i badrummet i natt. Höftprotes vä sedan 2015 pga artros. Demens, medelsvår."),
        ("Status", "Vä ben förkortat, smärta vid varje rörelse i höften. Distalstatus ua."),
        ("Röntgen", "Oskarp frakturlinje runt stamspetsen, svårbedömd pga osteopeni. Cementmanteln ser intakt ut."),
        ("Bedömning", "Eventuell periprotetisk femurfraktur vä, Vancouver B1 om fraktur föreligger."),
        ("Planering", "DT vä femur. Fasta från midnatt. Kontakt med dottern som är god man.")])],
    [(B, "n1")], [],
    "'Eventuell' periprosthetic femoral fracture in an admission note")

add("ort-sannolikt-mortons-neurom", "vgr", "19680514-340",
    [N("n1", M, "Mottagningsanteckning", "kungalv_ort", "Petra Johansson", "läkare",
       "2024-02-06 13:40", None, OV,
       [("Aktuellt", "Brännande smärta mellan 3:e och 4:e tån vä fot, värre i smala skor. Domningar i tåspetsarna."),
        ("Status", "Mulders klick pos mellan MT III och IV. Palpöm i intermetatarsalrummet. Ingen svullnad."),
        ("Bedömning", "Sannolikt Mortons neurom vä, tredje intermetatarsalrummet."),
        ("Åtgärd", "Pelott i skon, ultraljudsledd kortisoninjektion bokas.")])],
    [(B, "n1")], [],
    "(unsigned draft) 'Sannolikt' Morton's neuroma in the foot clinic")

add("ort-typo-missankt-hamulusfraktur", "skane", "19940127-311",
    [N("n1", M, "Mottagningsanteckning", "sus_hand_malmo", "Anna Kjellberg", "läkare",
       "2024-05-13 10:40", "2024-05-13 11:05", OV,
       [("Aktuellt", "Golfare, slog i marken med klubban förra veckan. Ont ulnart i vä handflata vid grepp."),
        ("Status", "Palpöm över hamulus ossis hamati vä. Ulnarisfunktion ua."),
        ("Bedömning", "Missänkt fraktur på hamulus ossis hamati vä, ej synlig på slätrtg."),
        ("Planering", "DT vä handled. Handledsortos tills svar.")])],
    [(B, "n1")], [],
    "typo 'Missänkt' for misstänkt before a hook-of-hamate fracture")

add("ort-ssk-misstanker-ytlig-sarinfektion", "skane", "19530309-428",
    [N("n1", M, "Omvårdnadsanteckning", "hlm_avd", "Jenny Olofsson", "sjuksköterska",
       "2024-06-25 19:30", "2024-06-25 19:55", SV,
       [("Hud", "Op-såret efter höftprotesen vä vätskar serös-grumligt, rodnad 2 cm runt distala delen av såret. Temp 38,1."),
        ("Bedömning", "Ssk misstänker ytlig sårinfektion."),
        ("Åtgärd", "Nytt förband, sårodling tagen. Dr Lind kontaktad, tittar på såret vid ronden.")])],
    [(B, "n1")], [],
    "nurse's note with the verb form 'misstänker' a wound infection")

add("ort-fysio-talar-for-patellofemoralt-smartsyndrom", "vgr", "20060612-260",
    [N("n1", M, "Fysioterapeutisk bedömning", "nal_fysio", "Hampus Strand", "fysioterapeut",
       "2024-09-03 15:00", None, OV,
       [("Anamnes", "Gymnasieelev, spelar basket. Diffus värk framtill i båda knäna vid trappgång och efter långvarigt sittande sedan i våras."),
        ("Status", "Ingen hydrops. Ledbanden stabila. Smärta vid enbensknäböj bilat, valgus i knäna. Svag höftabduktion."),
        ("Bedömning", "Fynden talar för patellofemoralt smärtsyndrom bilat."),
        ("Åtgärd", "Hemprogram med höft- och lårmuskelträning, belastningsråd. Ny kontakt om 4 v.")])],
    [(B, "n1")], [],
    "(unsigned draft) physiotherapist's 'talar för' patellofemoral pain syndrome in an 18-year-old")

add("ort-epikris-trolig-lungemboli", "skane", "19420130-197",
    [N("n1", M, "Epikris", "hbg_ortavd", "Magnus Rydberg", "läkare",
       "2024-01-30 14:00", "2024-01-30 15:20", SV,
       [("Orsak till vård", "Pertrokantär femurfraktur hö efter fall i hemmet."),
        ("Förlopp", "Opererad dag 1 med märgspik (PFNA). Dag 4 plötslig dyspné och takykardi, saturation 88 % på luft. DT-angiografi ej genomförd pga nedsatt njurfunktion (eGFR 24). Behandlad som trolig lungemboli med terapeutisk dos Fragmin, syrgas kunde avvecklas dag 6."),
        ("Åtgärd", "Mobiliserad med rollator, går korta sträckor med stöd."),
        ("Planering", "Fragmin 3 mån, kontroll av kreatinin på vårdcentralen om 1 v. Utskrivs till korttidsboende.")])],
    [(B, "n1")], [],
    "discharge summary keeps an unverified 'trolig lungemboli' in the visible course section")

add("ort-skane-sokord-tidiga-hypoteser-i-lakaranteckning", "skane", "20030421-138",
    [N("n1", M, "Läkaranteckning", "sus_ortmott_lund", "Emil Håkansson", "läkare",
       "2024-09-24 11:00", "2024-09-24 11:40", OV,
       [("Aktuellt", "Nattlig värk i hö lår sedan 4 mån, som lindras mycket bra av Ipren."),
        ("Status", "Ingen svullnad. Full rörlighet i höft och knä. Ingen palpabel resistens."),
        ("Tidiga hypoteser", "Misstänkt osteoidosteom i proximala femur."),
        ("Planering", "DT hö femur.")])],
    [(B, "n1")], [],
    "Skåne protects by template only: a sökord called Tidiga hypoteser inside an ordinary Läkaranteckning is visible")

add("ort-vgr-mall-tidiga-hypoteser-sokord-bedomning", "vgr", "19580707-227",
    [N("n1", M, "Tidiga hypoteser", "su_ortmott_molndal", "Jessica Lundberg", "läkare",
       "2024-04-10 10:15", "2024-04-10 10:50", OV,
       [("Aktuellt", "Smärta i sätet och ljumske vä sedan 6 v utan trauma. Opererad för bröstcancer 2016."),
        ("Bedömning", "Trolig insufficiensfraktur i vä sacrumvinge."),
        ("Planering", "MR bäcken och skelettscintigrafi.")])],
    [(B, "n1")], [],
    "VGR filters by sökord: a note whose template is named Tidiga hypoteser but whose hedge sits under Bedömning is visible")

add("ort-vgr-th-sokord-plus-synlig-bedomning", "vgr", "19600303-356",
    [N("n1", M, "Mottagningsanteckning", "skas_lidk", "Robert Engström", "läkare",
       "2024-08-06 13:20", "2024-08-06 14:05", OV,
       [("Aktuellt", "Smärta i vä ljumske sedan 3 mån, haltar. Tidigare högt alkoholintag, kortisonkur i vintras för KOL-exacerbation."),
        ("Status", "Inåtrotation vä höft 5 grader och smärtsam. Trendelenburg neg."),
        ("Röntgen", "Lätt sklerotisk förändring i caput femoris vä, ingen kollaps."),
        ("Tidiga hypoteser", "Rökare 40 paketår, skelettmetastas från lungcancer bör övervägas."),
        ("Bedömning", "Trolig avaskulär caputnekros vä höft."),
        ("Planering", "MR bägge höfter.")])],
    [(B, "n1")], [],
    "one hypothesis is correctly under the Tidiga hypoteser sökord, but another hedged diagnosis stands in the visible Bedömning")

add("ort-lang-inskrivning-misstankt-patologisk-fraktur", "skane", "19460826-280",
    [N("n1", M, "Inskrivningsanteckning", "sus_ortavd_lund", "Hanna Gunnarsson", "läkare",
       "2024-03-02 13:15", "2024-03-02 15:00", SV,
       [("Anamnes", "78-årig kvinna, bor ensam i lägenhet med hiss, klarar sig själv utan hemtjänst. Föll i köket i morse när hon vände sig om vid spisen, ingen yrsel eller medvetandeförlust enligt pat. Kunde inte resa sig, hittades av grannen efter ca 2 tim. Sedan ett par månader tilltagande värk i vä lår även nattetid, har tagit Alvedon utan effekt. Viktnedgång ca 6 kg sedan nyår enligt dottern."),
        ("Tidigare sjukdomar", "Hypertoni. Förmaksflimmer. Opererad för bröstcancer vä 2011, strålbehandlad, därefter friskförklarad."),
        ("Sociala förhållanden", "Änka sedan 2019. Dottern bor i Lund och hjälper till med storhandling. Går ut med rollator på promenader, kör inte bil. Röker inte, alkohol sparsamt."),
        ("Allergi", "Penicillin gav utslag på 1990-talet."),
        ("Läkemedel", "Eliquis 5 mg x 2, senast i går kväll. Metoprolol 50 mg x 1. Amlodipin 5 mg x 1."),
        ("Status", "AT: opåverkad, smärtpåverkad vid rörelse. Cor: oregelbunden rytm, fq 88. Pulm: ua. BT 148/86. Vä ben förkortat och utåtroterat. Distalt: cirk/sens ua, dorsalflexion i tår och fot ua. Huden över trokantern intakt. Hälarna utan trycksår. Neurologiskt grovt ua."),
        ("Lab", "Hb 109, CRP 12, Krea 78, ALP 310, Ca 2,71."),
        ("Röntgen", "Subtrokantär femurfraktur vä med kortikal uttunning och en osteolytisk zon lateralt i frakturområdet."),
        ("Bedömning", "Subtrokantär femurfraktur vä efter lågenergivåld. Misstänkt patologisk fraktur med tanke på föregående nattvärk, hyperkalcemi och tidigare bröstcancer."),
        ("Planering", "Eliquis ut, op tidigast i morgon eftermiddag. DT thorax-buk och biopsi vid operation före fixation. Smärtlindring med femoralisblockad. Trombosprofylax enl PM. Pat och dottern vet att operation krävs och att vävnadsprov tas från benet under ingreppet.")])],
    [(B, "n1")], [],
    "long admission chart; one sentence in Bedömning hedges a pathological fracture")

add("ort-lang-protesmottagning-dd-lagvirulent-infektion", "vgr", "19571122-334",
    [N("n1", M, "Mottagningsanteckning", "su_protes_molndal", "Cecilia Falk", "läkare",
       "2024-10-15 08:30", "2024-10-15 09:40", OV,
       [("Aktuellt", "67-årig man, knäprotes hö insatt 2022 i Mölndal. Remitterad från ortopedmott Kungälv pga kvarstående smärta och stelhet sedan operationen, aldrig riktigt nöjd. Ingen feber, men fick peroral antibiotika för ett vätskande sår dag 10 enligt journalen. Går 2 km med käpp, trappor med ledstång."),
        ("Tidigare sjukdomar", "Diabetes typ 2 tablettbehandlad, BMI 33. Hö höftprotes 2018 utan besvär."),
        ("Status", "Går med lätt hälta hö. Hö knä: ärret väl läkt, lätt värmeökning jmf vä, hydrops +. Rörlighet ext -10, flex 85. Stabil i varus/valgus i extension och 30 graders flexion. Patellas spårning ua. Distalstatus ua."),
        ("Röntgen", "Välplacerade komponenter. Smal radiolucent linje under tibiaplatån medialt, ej progressiv jmf 2023."),
        ("Lab", "CRP 14, SR 31."),
        ("Bedömning", "Stel och smärtsam knäprotes hö. DD lågvirulent protesinfektion, artrofibros."),
        ("Planering", "Ledpunktion under genomlysning med odling (14 dagars inkubation) och cellräkning. Antibiotikafritt minst 2 v innan punktion. Återbesök efter svar, därefter ställningstagande till tvåstegsrevision eller mobilisering i narkos.")])],
    [(B, "n1")], [],
    "long arthroplasty chart with a DD of low-grade infection in Bedömning")

add("ort-utkast-misstankt-kienbock", "skane", "19860219-152",
    [N("n1", M, "Mottagningsanteckning", "lkrona_ort", "Viktor Lindh", "läkare",
       "2024-11-12 10:10", None, OV,
       [("Aktuellt", "Plattsättare. Smärta dorsalt mitt på hö handled sedan ett halvår, svullnad efter arbetsdagar."),
        ("Status", "Palpöm över os lunatum dorsalt. Nedsatt dorsalextension 40 gr, grepp 30 kg hö mot 52 vä."),
        ("Röntgen", "Lätt ökad densitet i lunatum, ulnar minus variant."),
        ("Bedömning", "Misstänkt Kienböcks sjukdom stadium II hö.")])],
    [(B, "n1")], [],
    "unsigned draft (pre-signing) with a suspected Kienböck's disease")

add("ort-typo-sannolkit-hallux-rigidus", "vgr", "19700925-269",
    [N("n1", M, "Mottagningsanteckning", "sas_ort", "Maria Nordin", "läkare",
       "2024-07-02 09:20", "2024-07-02 09:50", OV,
       [("Aktuellt", "Stel och öm stortåled hö, svårt att gå i backe och att bära klackar."),
        ("Status", "Dorsal osteofyt palp över MTP I. Dorsalflexion 20 grader, smärtsam i ytterläge."),
        ("Bedömning", "Sannolkit hallux rigidus hö, artros i MTP I."),
        ("Planering", "Rtg hö fot belastad. Styv sula tills vidare.")])],
    [(B, "n1")], [],
    "typo 'Sannolkit' before hallux rigidus")

add("ort-barn-susp-epifysiolys", "skane", "20120305-239",
    [N("n1", M, "Mottagningsanteckning", "sus_barnort_lund", "Isabella Norén", "läkare",
       "2024-02-15 16:10", "2024-02-15 17:00", OV,
       [("Aktuellt", "12-årig pojke, överviktig. Haltar sedan 3 veckor, ont i vä knä och ljumske, inget trauma. Kommer med mamma."),
        ("Status", "Vä höft: inåtrotation 0 grader, obligat utåtrotation vid flexion (Drehmann pos). Knästatus ua."),
        ("Bedömning", "Susp. epifysiolys vä. Rtg höfter inkl Lauenstein akut."),
        ("Planering", "Rullstol, ingen belastning. Fastande inför eventuell op i kväll.")])],
    [(B, "n1")], [],
    "12-year-old (guardians read): suspected slipped capital femoral epiphysis in a visible note")

add("ort-barn-trolig-toddlers-fracture", "vgr", "20220611-168",
    [N("n1", M, "Akutanteckning", "su_barnort", "Jakob Stenberg", "läkare",
       "2024-05-28 18:40", "2024-05-28 19:30", OV,
       [("Aktuellt", "2-åring som vägrar stödja på hö ben sedan i går efter att ha trillat på lekplatsen. Föräldrarna såg fallet."),
        ("Status", "Opåverkad, afebril. Ingen svullnad, lätt ömhet vid vridning av underbenet. Höft och knä ua."),
        ("Röntgen", "Ingen synlig fraktur i hö tibia eller fibula."),
        ("Bedömning", "Trolig toddler's fracture hö tibia trots normal rtg."),
        ("Åtgärd", "Ovanknägips 3 v."),
        ("Planering", "Gipsavtagning och ny rtg om 3 v.")])],
    [(B, "n1")], [],
    "toddler with a probable occult tibial fracture; guardians read the note")

add("ort-rtg-tveksam-fissur-radiushuvud", "skane", "19850612-206",
    [N("n1", M, "Röntgenutlåtande", "hbg_rtg", "Erik Sundqvist", "läkare",
       "2024-06-10 12:30", "2024-06-10 14:15", OV,
       [("Undersökning", "Rtg vä armbåge, två projektioner."),
        ("Utlåtande", "Positivt fettkuddetecken anteriort och posteriort. Tveksam fissur i radiushuvudet lateralt. Inga felställningar.")])],
    [(B, "n1")], [],
    "radiology hedge 'Tveksam' before a radial head fissure")

add("ort-telefon-trolig-ytlig-tromboflebit", "vgr", "19790402-248",
    [N("n1", M, "Telefonanteckning", "kungalv_ort", "Susanne Ek", "läkare",
       "2024-03-21 11:30", "2024-03-21 11:45", OV,
       [("Telefonkontakt", "Pat ringer, knäartroskopi vä för 10 dagar sedan. Öm, rodnad sträng längs vena saphena magna på vä underben, ingen vadsvullnad."),
        ("Bedömning", "Inga hållpunkter för DVT i beskrivningen. Trolig ytlig tromboflebit vä underben."),
        ("Åtgärd", "Tid för ultraljud ven i morgon bokad, Voltaren gel tills dess.")])],
    [(B, "n1")], [],
    "a negated DVT sits right next to a hedged superficial thrombophlebitis; the hedge still counts")

add("ort-typo-kan-ej-uteslytas-ockult-collumfraktur", "skane", "19400517-282",
    [N("n1", M, "Akutanteckning", "cskk_akut", "Johannes Malm", "läkare",
       "2024-01-08 15:05", "2024-01-08 16:00", OV,
       [("Aktuellt", "Föll på isfläck utanför affären. Ont i hö ljumske, kan belasta med rollator men haltar."),
        ("Status", "Smärta vid axial stöt och inåtrotation hö höft. Ingen förkortning."),
        ("Röntgen", "Rtg hö höft och bäcken utan synlig fraktur."),
        ("Bedömning", "Ockult collumfraktur hö kan ej uteslytas."),
        ("Planering", "MR hö höft i morgon, inlagd för smärtlindring och mobilisering under tiden.")])],
    [(B, "n1")], [],
    "typo 'uteslytas' in 'kan ej uteslutas' before an occult femoral neck fracture")

add("ort-lisfrancskada-kan-misstankas", "vgr", "19960830-176",
    [N("n1", M, "Akutanteckning", "nal_ort", "Ali Rahimi", "läkare",
       "2024-11-19 08:20", "2024-11-19 09:10", OV,
       [("Aktuellt", "Klev snett ned från lastkaj med vä fot, axial belastning på plantarflekterad fot."),
        ("Status", "Plantart hematom i mellanfoten. Palpöm över basen av MT I–II. Smärta vid pronation-abduktion av framfoten."),
        ("Röntgen", "Belastad rtg ej möjlig pga smärta. Diskret ökad distans mellan MT I och II."),
        ("Bedömning", "Lisfrancskada kan misstänkas. DT vä fot i dag.")])],
    [(B, "n1")], [],
    "passive 'kan misstänkas' on a Lisfranc injury")

add("ort-tva-noter-skydd-galler-inte-senare-anteckning", "vgr", "19550101-313",
    [N("n1", M, "Mottagningsanteckning", "su_ortmott_molndal", "Tobias Wallin", "läkare",
       "2024-05-06 10:00", "2024-05-06 10:40", OV,
       [("Aktuellt", "Värk i ländrygg och hö höft sedan 2 mån, nattlig. Tidigare frisk."),
        ("Status", "Palpöm över hö crista. Neurologi ua i benen."),
        ("Tidiga hypoteser", "Myelom eller skelettmetastas kan inte uteslutas."),
        ("Planering", "Lab inkl elfores, DT thorax-buk-bäcken.")]),
     N("n2", M, "Läkaranteckning", "su_ortmott_molndal", "Tobias Wallin", "läkare",
       "2024-05-20 14:30", "2024-05-20 15:10", OV,
       [("Aktuellt", "Svar: elfores visar M-komponent IgG 28 g/L. DT: multipla lytiska förändringar i bäckenet."),
        ("Bedömning", "Trolig myelomsjukdom. Informerat pat om fynden och att hematologen tar över utredningen."),
        ("Planering", "Remiss hematologen akut. Rtg skelettstatus.")])],
    [(B, "n2")], [(B, "n1")],
    "first note keeps the hypothesis under the protected sökord; the later visible note writes it hedged in Bedömning")

add("ort-diagnos-sokord-cubitaltunnel-fragetecken", "skane", "19830609-157",
    [N("n1", M, "Mottagningsanteckning", "ystad_ort", "Karl Isaksson", "läkare",
       "2024-04-22 14:45", None, OV,
       [("Aktuellt", "Domningar i lill- och ringfinger vä, värre när han pratar i telefon."),
        ("Status", "Tinel pos över sulcus ulnaris vä, Froment neg. Ingen intrinsic-atrofi."),
        ("Diagnos", "Cubitaltunnelsyndrom vä?"),
        ("Planering", "ENeG, undvika långvarig armbågsflexion, nattskena.")])],
    [(B, "n1")], [],
    "(unsigned draft) question-marked diagnosis under the visible sökord Diagnos")

add("ort-konsult-sannolikt-septisk-bursit", "vgr", "19610426-395",
    [N("n1", M, "Konsultationsanteckning", "udd_avd", "Sebastian Lund", "läkare",
       "2024-12-03 16:20", None, SV,
       [("Konsultation", "Tillkallad från medicinavd 34 pga svullen, röd vä armbåge hos pat inlagd för pneumoni."),
        ("Status", "Fluktuerande svullnad över olecranon, rodnad och värmeökning. Armbågsleden fritt rörlig och smärtfri vid passiv rörelse."),
        ("Bedömning", "Sannolikt septisk olekranonbursit, ej artrit."),
        ("Åtgärd", "Punktion av bursan, 8 ml grumlig vätska till odling. Kloxacillin iv enl medicinjouren.")])],
    [(B, "n1")], [],
    "(unsigned draft) orthopaedic consult note: probable septic bursitis next to a negated arthritis")

add("ort-differentialdiagnos-gluteal-tendinopati", "skane", "19740813-262",
    [N("n1", M, "Mottagningsanteckning", "trbg_ort", "Louise Hammar", "läkare",
       "2024-08-29 13:00", "2024-08-29 13:30", OV,
       [("Aktuellt", "Lateral höftsmärta hö sedan ett år, kan inte ligga på höger sida. Ingen ljumsksmärta."),
        ("Status", "Palpöm över trochanter major hö. Smärta vid resisterad abduktion. Höftledens rörlighet fri och smärtfri."),
        ("Bedömning", "Gluteal tendinopati hö. Differentialdiagnos partiell ruptur av gluteus medius-senan."),
        ("Planering", "Fysioterapi med belastningsanpassad träning. UL om utebliven förbättring efter 3 mån.")])],
    [(B, "n1")], [],
    "spelled-out 'Differentialdiagnos' naming a partial tendon rupture")

add("ort-misstankt-purulent-flexortenosynovit", "vgr", "19890715-193",
    [N("n1", M, "Inskrivningsanteckning", "su_handavd", "Frida Olsson", "läkare",
       "2024-07-21 20:10", "2024-07-21 21:00", SV,
       [("Aktuellt", "Stack sig på en ros i hö pekfinger för 3 dagar sedan. Tilltagande svullnad och värk, har inte sovit i natt."),
        ("Status", "Dig II hö: korvformad svullnad, fingret hålls i lätt flexion, ömhet längs senskidan och kraftig smärta vid passiv extension. Kanavels tecken 4/4."),
        ("Bedömning", "Misstänkt purulent flexortenosynovit dig II hö."),
        ("Planering", "Op i kväll med spolning av senskidan. Cefuroxim iv, högläge.")])],
    [(B, "n1")], [],
    "hand-surgery admission with a suspected pyogenic flexor tenosynovitis")

add("ort-enrad-telefon-misstankt-trycksar-under-gips", "skane", "19670308-129",
    [N("n1", M, "Telefonanteckning", "sus_ortmott_malmo", "Pia Nordström", "sjuksköterska",
       "2024-11-28 15:10", "2024-11-28 15:15", OV,
       [("Telefonkontakt", "Pat ringer om brännande smärta över hälen i underbensgipset sedan i går, misstänkt trycksår under gipset, tid på gipsmottagningen kl 8 i morgon.")])],
    [(B, "n1")], [],
    "one-line nurse phone note with a suspected pressure sore under the cast")

# ==========================================================================
# Part 2: NL102 negatives (negation, relatives, plans, conditionals,
# confirmed diagnoses, protected places)
# ==========================================================================
add("ort-ottawa-ingen-misstanke-om-fraktur", "skane", "19970204-324",
    [N("n1", M, "Akutanteckning", "sus_akort_malmo", "Nora Blom", "läkare",
       "2024-03-15 08:45", "2024-03-15 09:10", OV,
       [("Aktuellt", "Vrickade vä fot när hon klev av bussen i morse. Kunde gå direkt efteråt, haltar lätt."),
        ("Status", "Lätt svullnad framför lat malleol, palpöm över ATFL. Ingen ömhet över bakre kanten av malleolerna, naviculare eller basen av MT V. Går 4 steg utan stöd."),
        ("Bedömning", "Distorsion vä fotled. Enligt Ottawa-kriterierna ingen misstanke om fraktur, rtg ej indicerad."),
        ("Åtgärd", "Kompressionsbinda, råd om högläge och gradvis belastning.")])],
    [], [(B, "n1"), (A, "n1")],
    "'ingen misstanke om fraktur' after Ottawa rules; the only diagnosis (sprain) is settled")

add("ort-dt-fraktur-uteslutes", "vgr", "19450823-154",
    [N("n1", M, "Akutanteckning", "sas_akut", "Mikael Ström", "läkare",
       "2024-10-02 19:20", None, OV,
       [("Aktuellt", "Föll i trädgården, slog i hö höft. Tar sig upp men ont vid gång."),
        ("Status", "Smärta över trochanter major hö, ingen förkortning eller utåtrotation. Kan gå med rollator."),
        ("Röntgen", "DT hö höft och bäcken: fraktur uteslutes. Subkutant hematom lateralt."),
        ("Bedömning", "Kontusion hö höft."),
        ("Planering", "Hem med rollator, Alvedon 1 g x 4. Åter vid försämring.")])],
    [], [(B, "n1")],
    "(unsigned draft) fracture ruled out on CT ('uteslutes'); confirmed contusion only")

add("ort-inga-tecken-pa-djup-infektion-6v", "skane", "19520716-240",
    [N("n1", M, "Mottagningsanteckning", "hlm_protes", "Åsa Lönn", "läkare",
       "2024-09-10 10:30", "2024-09-10 11:00", OV,
       [("Aktuellt", "Kontroll 6 v efter total höftprotes hö pga primär artros. Går utan käpp inomhus, sover bättre än före op."),
        ("Status", "Ärret läkt, ingen rodnad eller sekretion. Flex 100, ingen luxationskänsla."),
        ("Röntgen", "Välplacerade komponenter utan radiolucenta zoner."),
        ("Bedömning", "Inga tecken på djup infketion. Bra förlopp."),
        ("Planering", "Fortsatt träning enligt fysioterapeut, rtg-kontroll om 1 år.")])],
    [], [(B, "n1"), (A, "n1")],
    "'Inga tecken på' deep infection (typo 'infketion') at the 6-week arthroplasty check")

add("ort-kristaller-talar-emot-septisk-artrit", "vgr", "19410308-126",
    [N("n1", M, "Akutanteckning", "su_akut_molndal", "Ida Hermansson", "läkare",
       "2024-04-14 12:10", "2024-04-14 13:25", OV,
       [("Aktuellt", "Svullet, varmt hö knä sedan 2 dagar. Haft liknande i vä handled för ett år sedan."),
        ("Status", "Hö knä: hydrops ++, värmeökning, rörlighet 10–90 grader. Afebril."),
        ("Åtgärd", "Punktion 60 ml grumlig gul vätska. Mikroskopi: CPPD-kristaller påvisade, LPK i ledvätskan 12 x 10^9/L."),
        ("Bedömning", "Pyrofosfatartrit (pseudogikt) hö knä. Kristallfyndet och låg cellhalt talar emot septisk atrit."),
        ("Planering", "NSAID kortvarigt med PPI-skydd, odlingssvar följs upp via mottagningen.")])],
    [], [(B, "n1")],
    "septic arthritis (typo 'atrit') argued against with 'talar emot'; crystal arthritis proven by microscopy")

add("ort-misstanken-om-scaphoideumfraktur-avskrivs", "skane", "19930217-356",
    [N("n1", M, "Mottagningsanteckning", "sus_ortmott_malmo", "Rasmus Ekström", "läkare",
       "2024-02-27 13:50", "2024-02-27 14:20", OV,
       [("Aktuellt", "Gipsad för 12 dagar sedan på akuten efter fall på hö hand. MR utförd i går."),
        ("Röntgen", "MR hö handled: normal benmärgssignal i scaphoideum, ingen fraktur. Lätt synovit radiokarpalt."),
        ("Bedömning", "Misstanken om scaphoideumfraktur avskrivs. Handledsdistorsion."),
        ("Åtgärd", "Gipset avtaget, handledsortos v.b. i 2 v.")])],
    [], [(B, "n1")],
    "the earlier scaphoid suspicion is explicitly dropped ('avskrivs') after a normal MR")

add("ort-dt-fraktur-kan-med-sakerhet-uteslutas", "vgr", "19800111-205",
    [N("n1", M, "Röntgenutlåtande", "sas_rtg", "Kristina Palm", "läkare",
       "2024-06-04 09:30", "2024-06-04 11:10", OV,
       [("Undersökning", "DT vä handled, kontroll efter två veckors gipsbehandling."),
        ("Utlåtande", "Normala skelettförhållanden i karpus. Fraktur kan med säkerhet uteslutas. Inga degenerativa förändringar.")])],
    [], [(B, "n1")],
    "'kan med säkerhet uteslutas' is the mirror image of 'kan ej uteslutas' and must not fire")

add("ort-dag1-inget-som-talar-for-kompartmentsyndrom", "skane", "19900528-271",
    [N("n1", M, "Daganteckning", "sus_ortavd_lund", "Moa Lindberg", "läkare",
       "2024-05-16 09:30", "2024-05-16 10:00", SV,
       [("Aktuellt", "Dag 1 efter platta på distal tibiafraktur hö. Sovit dåligt, smärta VAS 5 på morgonen."),
        ("Status", "Mjuk underbenslåda, ingen smärta vid passiv sträckning av tårna. Sensibilitet och motorik ua distalt."),
        ("Bedömning", "Inget som talar för kompartmentsyndrom. Förväntad postoperativ smärta."),
        ("Planering", "Mobilisering med fysioterapeut utan belastning. Hem i morgon om smärtkontroll.")])],
    [], [(B, "n1")],
    "'Inget som talar för' compartment syndrome negates the hedge")

add("ort-mamman-utreds-for-misstankt-eds", "vgr", "20040915-242",
    [N("n1", M, "Mottagningsanteckning", "alings_ort", "Filip Nyberg", "läkare",
       "2024-11-26 14:00", "2024-11-26 14:45", OV,
       [("Aktuellt", "Tredje patellaluxationen vä knä, senast på dansträningen förra veckan, reponerade sig själv. Mamman utreds för misstänkt Ehlers-Danlos syndrom."),
        ("Status", "Vä knä: lätt hydrops, apprehension pos, patella lateraliserad. Beighton 7/9."),
        ("Röntgen", "Patella alta, trokleadysplasi typ B. Ingen osteokondral fraktur."),
        ("Bedömning", "Recidiverande patellaluxation vä knä med trokleadysplasi."),
        ("Planering", "MR knä, ställningstagande till MPFL-rekonstruktion.")])],
    [], [(B, "n1")],
    "the hedged diagnosis belongs to the mother, the patient's own diagnosis is settled")

add("ort-pappan-trolig-bechterew", "skane", "19950630-398",
    [N("n1", M, "Läkaranteckning", "sus_ortmott_malmo", "Simon Åberg", "läkare",
       "2024-07-30 10:10", "2024-07-30 10:50", OV,
       [("Anamnes", "Ländryggsvärk med morgonstelhet sedan 2 år. Pappan hade trolig Bechterews sjukdom men utreddes aldrig."),
        ("Utredning", "MR SI-leder och ländrygg utan inflammatoriska förändringar. HLA-B27 negativt, CRP 2."),
        ("Bedömning", "Mekanisk ländryggssmärta."),
        ("Planering", "Fysioterapi, åter v.b.")])],
    [], [(B, "n1")],
    "father's probable ankylosing spondylitis (family history) is no diagnosis of the patient")

add("ort-arbetsterapi-ev-remiss-handkirurg", "skane", "19710120-282",
    [N("n1", M, "Arbetsterapeutisk anteckning", "sus_handterapi", "Linnea Wahlström", "arbetsterapeut",
       "2024-04-24 13:15", "2024-04-24 13:40", OV,
       [("Aktuellt", "Karpaltunnelsyndrom hö verifierat med ENeG i mars. Kommer för utprovning av nattskena."),
        ("Åtgärd", "Prefabricerad handledsortos i neutralläge utprovad, används nattetid."),
        ("Planering", "Uppföljning per telefon om 6 v. Ev. remiss till handkirurg om skenan inte hjälper.")])],
    [], [(B, "n1")],
    "'Ev.' hedges a referral, and the carpal tunnel syndrome is verified")

add("ort-ssk-trolig-utskrivning-korttidsboende", "vgr", "19331014-228",
    [N("n1", M, "Omvårdnadsanteckning", "udd_avd", "Gunilla Persson", "sjuksköterska",
       "2024-02-12 14:30", "2024-02-12 14:50", SV,
       [("Aktivitet", "Opererad för collum femoris-fraktur vä med halvprotes i fredags. Går med gåbord och en personals stöd till toaletten."),
        ("Elimination", "KAD avvecklad i går, kissar spontant."),
        ("Planering", "Trolig utskrivning till korttidsboende i morgon, biståndshandläggare kontaktad.")])],
    [], [(B, "n1")],
    "'Trolig' hedges the discharge, not a diagnosis")

add("ort-gipskontroll-eventuellt-ny-rtg", "skane", "19830301-215",
    [N("n1", M, "Mottagningsanteckning", "ystad_ort", "Oliver Bergström", "läkare",
       "2024-11-04 10:20", None, OV,
       [("Aktuellt", "Återbesök 2 v efter gipsning av odislocerad distal radiusfraktur vä."),
        ("Röntgen", "Oförändrat läge i gips."),
        ("Bedömning", "Stabil fraktur, fortsatt gips."),
        ("Planering", "Gipsavtagning om 3 v. Eventuellt ny rtg vid den kontrollen om kliniken ger anledning.")])],
    [], [(B, "n1")],
    "(unsigned draft) 'Eventuellt' hedges a new X-ray (a plan)")

add("ort-ev-nedsatt-kansel-symtom", "vgr", "19820506-311",
    [N("n1", M, "Mottagningsanteckning", "su_hand", "Victoria Hallberg", "läkare",
       "2024-08-13 15:30", "2024-08-13 15:50", OV,
       [("Aktuellt", "Skar sig på kniv i hö lillfinger för 5 dagar sedan, suturerat på vårdcentral."),
        ("Status", "Såret läkt. Flexion DIP och PIP ua. Ev. lätt nedsatt känsel radialt på fingertoppen, pat osäker. 2PD 6 mm."),
        ("Bedömning", "Skärsår dig V hö utan sen- eller nervskada."),
        ("Planering", "Ingen uppföljning.")])],
    [], [(B, "n1")],
    "'Ev.' hedges a symptom (numbness) while the assessment rules out nerve injury")

add("ort-dagkirurgi-sok-akut-om-infektion", "skane", "19920814-260",
    [N("n1", M, "Utskrivningsanteckning", "trbg_ort", "Martin Fransson", "läkare",
       "2024-03-07 15:40", "2024-03-07 16:00", OV,
       [("Åtgärd", "Artroskopisk främre korsbandsrekonstruktion hö knä med hamstringsgraft i dag, okomplicerat."),
        ("Information", "Informerad om att söka akut om hon får feber eller tecken på sårinfektion, samt vid svullnad och smärta i vaden som kan tala för blodpropp."),
        ("Planering", "Suturtagning på VC dag 12. Fysioterapi enligt korsbandsprogram.")])],
    [], [(B, "n1")],
    "the hedges sit in conditional safety-net advice ('om ... kan tala för blodpropp')")

add("ort-vid-misstanke-om-kompartment-kontaktas-jour", "vgr", "19870110-172",
    [N("n1", M, "Daganteckning", "skas_avd", "Jon Åkesson", "läkare",
       "2024-01-17 08:50", "2024-01-17 09:15", SV,
       [("Aktuellt", "Opererad i går med märgspik för tibiaskaftfraktur hö. Smärtlindrad på PCA."),
        ("Status", "Mjuk muskulatur i underbenet, distalstatus ua."),
        ("Planering", "Neurovaskulär kontroll varannan timme första dygnet. Vid misstanke om kompartmentsyndrom kontaktas ortopedjouren omedelbart.")])],
    [], [(B, "n1")],
    "hard negative: 'Vid misstanke om kompartmentsyndrom' is a standing instruction, not a suspicion")

add("ort-bekraftad-dislocerad-radiusfraktur", "skane", "19580924-144",
    [N("n1", M, "Akutanteckning", "sus_akort_malmo", "Patrik Olsson", "läkare",
       "2024-12-09 10:30", "2024-12-09 11:45", OV,
       [("Aktuellt", "Halkade på isen, tog emot sig med hö hand."),
        ("Status", "Gaffelställning hö handled. Medianus ua."),
        ("Röntgen", "Dorsalt dislocerad extraartikulär distal radiusfraktur hö, dorsal vinkel 25 grader."),
        ("Bedömning", "Dislocerad distal radiusfraktur hö."),
        ("Åtgärd", "Reposition i hematomblockad, dorsal gipsskena. Kontrollrtg: godtagbart läge."),
        ("Planering", "Ny rtg om 1 v på gipsmottagningen.")])],
    [], [(B, "n1"), (A, "n1")],
    "confirmed fracture without any hedge, nothing said about informing")

add("ort-skane-mall-tidiga-hypoteser-misstankt-metastas", "skane", "19590218-193",
    [N("n1", M, "Tidiga hypoteser", "sus_ortmott_lund", "Anneli Roos", "läkare",
       "2024-06-13 15:00", "2024-06-13 15:20", OV,
       [("Bedömning", "Kotkompression Th12 med osteolytisk komponent. Misstänkt skelettmetastas, primärtumör okänd."),
        ("Planering", "DT thorax-buk, PSA.")])],
    [], [(B, "n1")],
    "Skåne: the hedge sits in a note whose template is Tidiga hypoteser, so nothing is visible")

add("ort-vgr-sokord-tidiga-hypoteser-mjukdelstumor", "vgr", "19630829-228",
    [N("n1", M, "Mottagningsanteckning", "su_hand", "Carl Sjöberg", "läkare",
       "2024-09-17 09:45", "2024-09-17 10:30", OV,
       [("Aktuellt", "Knöl i vä handflata som vuxit det senaste halvåret, ömmar vid grepp."),
        ("Status", "Fast, ej förskjutbar resistens 4 x 3 cm i thenarregionen vä. Sensibilitet ua."),
        ("Tidiga hypoteser", "Sannolik malign mjukdelstumör med tanke på storlek, tillväxt och konsistens."),
        ("Planering", "MR vä hand, remiss sarkomteamet för biopsi.")])],
    [], [(B, "n1")],
    "VGR: the hedged diagnosis is only under the sökord Tidiga hypoteser")

add("ort-misstankt-fall-mekanism-collumfraktur", "skane", "19380404-335",
    [N("n1", M, "Akutanteckning", "cskk_akut", "Elsa Bäckström", "läkare",
       "2024-07-14 07:40", "2024-07-14 08:55", OV,
       [("Aktuellt", "Hittad på golvet av hemtjänsten i morse. Misstänkt fall under natten, pat minns inte förloppet."),
        ("Status", "Hö ben förkortat och utåtroterat. Rodnad hud över hö trokanter efter liggandet."),
        ("Röntgen", "Dislocerad collum femoris-fraktur hö (Garden IV)."),
        ("Bedömning", "Collum femoris-fraktur hö. Anmäld för hemiartroplastik."),
        ("Planering", "EKG, lab, fasta.")])],
    [], [(B, "n1")],
    "'Misstänkt fall' hedges the injury mechanism; the fracture is settled")

add("ort-rtg-forenligt-med-normal-frakturlakning", "vgr", "19910919-137",
    [N("n1", M, "Röntgenutlåtande", "su_bfm", "Sanna Wikander", "läkare",
       "2024-11-07 10:50", "2024-11-07 12:30", OV,
       [("Undersökning", "Rtg hö underben, kontroll 8 v efter märgspikning."),
        ("Utlåtande", "Kallusbildning över frakturen i alla fyra kortiklar. Fynden förenliga med normal frakturläkning. Implantatet oförändrat.")])],
    [], [(B, "n1")],
    "'förenliga med' normal healing, which is no disease")

add("ort-misstankta-stressfrakturen-nu-verifierad", "skane", "20000612-286",
    [N("n1", M, "Mottagningsanteckning", "sus_idrott_malmo", "Axel Nordqvist", "läkare",
       "2024-10-23 11:30", "2024-10-23 12:00", OV,
       [("Aktuellt", "Medeldistanslöpare med smärta över mellanfoten hö sedan 2 mån. DT utförd i förra veckan."),
        ("Röntgen", "DT: komplett stressfraktur i os naviculare hö, sagittalt förlöpande."),
        ("Bedömning", "Den misstänkta stressfrakturen i naviculare är nu verifierad."),
        ("Åtgärd", "Gips utan belastning 6 v."),
        ("Planering", "Ny DT efter gipstiden.")])],
    [], [(B, "n1")],
    "hard negative: 'den misstänkta ... är nu verifierad' states a confirmed diagnosis")

add("ort-misstanke-om-menisklesion-kvarstar-ej", "vgr", "19850325-214",
    [N("n1", M, "Mottagningsanteckning", "skas_ort", "Hugo Lindström", "läkare",
       "2024-05-30 13:10", None, OV,
       [("Aktuellt", "Återbesök efter MR hö knä. Smärtan medialt har avtagit."),
        ("Röntgen", "MR: intakta menisker och korsband. Lätt benmärgsödem i mediala femurkondylen."),
        ("Bedömning", "Initial misstanke om menisklesion kvarstår ej. Kontusion av mediala femurkondylen."),
        ("Planering", "Belastning efter smärta, åter v.b.")])],
    [], [(B, "n1")],
    "(unsigned draft) the suspicion of a meniscal tear is withdrawn ('kvarstår ej') after MR")

add("ort-fragetecken-pa-arbetsatergang", "skane", "19760828-375",
    [N("n1", M, "Mottagningsanteckning", "angel_ort", "Stefan Wiklund", "läkare",
       "2024-08-20 10:00", "2024-08-20 10:25", OV,
       [("Aktuellt", "Lagerarbetare, opererad med platta för dislocerad klavikelfraktur vä för 4 v sedan."),
        ("Status", "Ärret läkt. Abduktion 90 grader, smärtfri."),
        ("Bedömning", "Läkande klavikelfraktur, följer förväntat förlopp."),
        ("Planering", "Förlängd sjukskrivning 100 % 4 v. Återgång till lätt arbete därefter? Diskuteras med arbetsgivaren.")])],
    [], [(B, "n1")],
    "question mark on return to work, not on a diagnosis")

add("ort-ssk-oklart-om-skjuts-hem", "vgr", "19400930-262",
    [N("n1", M, "Omvårdnadsanteckning", "kungalv_avd", "Marie Andersson", "sjuksköterska",
       "2024-04-04 20:15", None, SV,
       [("Aktivitet", "Mobiliserad med rollator efter knäprotes hö, går i korridoren."),
        ("Planering", "Hemgång i morgon. Oklart om pat kan ordna skjuts hem, anhöriga bortresta, färdtjänst undersöks.")])],
    [], [(B, "n1")],
    "(unsigned draft) 'Oklart om' hedges transport home, not a diagnosis")

add("ort-mojligen-full-belastning-fotledsfraktur", "skane", "19690411-192",
    [N("n1", M, "Mottagningsanteckning", "hbg_ortmott", "Niklas Sörensen", "läkare",
       "2024-06-27 14:10", "2024-06-27 14:30", OV,
       [("Aktuellt", "Bimalleolär fotledsfraktur vä opererad med platta och skruvar för 6 v sedan."),
        ("Röntgen", "Oförändrat läge av osteosyntesmaterialet, begynnande läkning."),
        ("Bedömning", "Opererad bimalleolär fotledsfraktur, läker som förväntat."),
        ("Planering", "Successiv belastning i walker. Möjligen full belastning utan ortos redan om 2 v.")])],
    [], [(B, "n1")],
    "'Möjligen' hedges the weight-bearing plan")

add("ort-telefon-inga-hallpunkter-for-dvt", "vgr", "19650722-206",
    [N("n1", M, "Telefonanteckning", "alings_ort", "Therese Lund", "sjuksköterska",
       "2024-12-10 09:10", "2024-12-10 09:40", OV,
       [("Telefonkontakt", "Pat hör av sig 3 v efter höftprotesoperation, svullnad hö underben."),
        ("Åtgärd", "Ultraljud ven samma dag: inga hållpunkter för DVT. Ingen misstanke om lungemboli, andas normalt."),
        ("Bedömning", "Postoperativ svullnad. Stödstrumpa rekommenderas.")])],
    [], [(B, "n1")],
    "two negated diagnoses ('inga hållpunkter för', 'ingen misstanke om') in a phone note")

add("ort-typo-ingen-missanke-om-ligamentskada", "skane", "20020217-173",
    [N("n1", M, "Mottagningsanteckning", "sus_idrott_malmo", "Alexandra Mattsson", "läkare",
       "2024-09-09 16:00", "2024-09-09 16:20", OV,
       [("Aktuellt", "Fick en tackling mot utsidan av hö knä i fotbollsmatch i lördags. Kunde spela klart."),
        ("Status", "Ingen hydrops. Mediala kollateralligamentet öm men stabilt i 0 och 30 grader. Lachman med fast stopp."),
        ("Bedömning", "Knäkontusion hö. Ingen missanke om ligamentskada."),
        ("Planering", "Återgång till träning efter smärta.")])],
    [], [(B, "n1")],
    "typo 'missanke' inside a negation ('Ingen missanke om'); still negated")

add("ort-barn-coxitis-ej-misstanke-om-septisk-artrit", "vgr", "20190403-157",
    [N("n1", M, "Akutanteckning", "su_barnort", "Maja Eliasson", "läkare",
       "2024-10-29 11:15", "2024-10-29 12:30", OV,
       [("Aktuellt", "5-åring, förkyld för en vecka sedan, haltar sedan i morse, vill inte gå på hö ben."),
        ("Status", "Afebril, opåverkad. Lätt nedsatt inåtrotation hö höft. Går med hälta."),
        ("Lab", "CRP <5, SR 8, LPK 7,2."),
        ("Röntgen", "UL höfter: liten mängd ledvätska hö."),
        ("Bedömning", "Coxitis simplex hö. Ej misstanke om septisk artrit med normala inflammationsparametrar och afebrilt barn."),
        ("Planering", "Ipren, åter om feber eller om hältan kvarstår mer än 1 v.")])],
    [], [(B, "n1")],
    "child: 'Ej misstanke om' septic arthritis, transient synovitis settled")

add("ort-lang-epikris-knaprotes-bara-planhedgar", "skane", "19500304-268",
    [N("n1", M, "Epikris", "trbg_ort", "Jennie Holmqvist", "läkare",
       "2024-04-11 13:00", "2024-04-11 14:10", SV,
       [("Orsak till vård", "Planerad total knäprotes vä pga primär gonartros, Ahlbäck grad III."),
        ("Tidigare sjukdomar", "Hypertoni, hypotyreos. Hö knäprotes 2019 med gott resultat."),
        ("Förlopp", "Opererad 2024-04-08 med cementerad total knäprotes vä i spinalanestesi och lokal infiltrationsanalgesi. Blodförlust ca 200 ml, ingen transfusion. Postoperativt smärtlindrad med paracetamol och oxikodon, som successivt trappats ned. Mobiliserad samma eftermiddag med gåbord och full belastning. Dag 2 klarar hon trappa med ledstång och kryckor. Såret torrt vid utskrivning, förbandet bytt en gång. Lätt postoperativ anemi, Hb 112 vid utskrivning, bedöms inte behöva järnbehandling."),
        ("Status vid utskrivning", "Opåverkad. Rörlighet i vä knä 5–85 grader. Distalstatus ua. Temp 37,2."),
        ("Sociala förhållanden", "Bor med make i villa med ett trappsteg in, har fått toalettförhöjning och duschpall via arbetsterapeut före operationen."),
        ("Information", "Muntlig och skriftlig information om sårvård, smärtlindring och kontaktvägar till avdelningen dygnet runt första veckan."),
        ("Läkemedel", "Oxikodon 5 mg v.b. max x 3 i högst 1 v, därefter enbart Alvedon. Fragmin 5000 E sc x 1 i 10 dagar. Ordinarie mediciner oförändrade."),
        ("Planering", "Agrafer tas på vårdcentralen dag 12–14. Fysioterapi i primärvården enligt bifogat program, remiss skickad. Återbesök hos fysioterapeut i Trelleborg om 6 v och läkarbesök vid behov. Ev. uppehåll med blodtrycksmedicinen om yrsel, kontakta då vårdcentralen. Bilkörning avråds i 6 v.")])],
    [], [(B, "n1"), (A, "n1")],
    "long discharge summary whose only hedge ('Ev. uppehåll med blodtrycksmedicinen') concerns a plan")

add("ort-lang-traumalarm-femurskaft-negationer", "vgr", "19980708-193",
    [N("n1", M, "Akutanteckning", "su_akut_molndal", "Gabriel Nilsson", "läkare",
       "2024-07-06 16:40", "2024-07-06 18:30", OV,
       [("Aktuellt", "Traumalarm nivå 2. MC-förare i ca 70 km/h som körde av vägen och slog i ett räcke. Vaken på olycksplatsen enligt ambulanspersonalen, GCS 15. Klagar över kraftig smärta i hö lår. Inga tidigare sjukdomar, inga mediciner, ingen känd allergi."),
        ("Status", "A: fri. B: andningsljud bilat, sat 97 % på 2 l syrgas. C: BT 128/74, puls 104, kalla fingrar. FAST negativ. D: GCS 15, pupiller lika och ljusreagerar. E: hö lår svullet och felställt, ingen öppen skada. Distalt palpabla pulsar i a. dorsalis pedis och a. tibialis posterior, sensibilitet och motorik ua i foten. Bäckenet stabilt vid kompression."),
        ("Röntgen", "DT helkropp: sluten femurskaftfraktur hö, mitt på diafysen, kortsnett förlopp. DT skalle utan blödning eller fraktur. Halsrygg utan fraktur. Thorax och buk utan traumatiska skador. Bäcken intakt."),
        ("Bedömning", "Isolerad femurskaftfraktur hö. Inga tecken på kärlskada. Ingen misstanke om bäckenskada eller intraabdominell blödning efter DT."),
        ("Åtgärd", "Sträckbehandling med Thomasskena, femoralisblockad med god effekt. Tetanusskydd givet."),
        ("Läkemedel givna", "Morfin 5 mg iv x 2 i ambulansen och på akuten, Alvedon 1 g iv. Ringer-Acetat 1000 ml."),
        ("Information", "Pat informerad om skadan och om operationen i kväll, önskar att sambon kontaktas. Sambon nådd per telefon och på väg in."),
        ("Planering", "Märgspikning i kväll, anmäld till operation. Fasta. Vårdas på ortopedavdelning efter op.")])],
    [], [(B, "n1")],
    "long trauma chart with several negated injuries and one confirmed fracture")

add("ort-tidigare-misstankt-gikt-avfardat", "skane", "19620114-355",
    [N("n1", M, "Mottagningsanteckning", "lkrona_ort", "Lisa Carlberg", "läkare",
       "2024-02-01 11:20", "2024-02-01 11:50", OV,
       [("Anamnes", "Återkommande smärta och svullnad över stortåleden hö. Tidigare misstänkt gikt 2019 men urat normalt och ledpunktion utan kristaller, avfärdat av reumatolog."),
        ("Röntgen", "Hallux valgus med artros i MTP I, inga erosioner."),
        ("Bedömning", "Hallux valgus med MTP I-artros hö."),
        ("Planering", "Bredare skor, remiss till ortopedingenjör för inlägg.")])],
    [], [(B, "n1")],
    "an old suspicion of gout that was investigated and dismissed (past, ruled out)")

add("ort-enrad-rtg-knaprotes-utan-anmarkning", "vgr", "19480916-281",
    [N("n1", M, "Röntgenutlåtande", "sas_rtg", "Jonatan Berg", "läkare",
       "2024-08-08 09:15", "2024-08-08 10:00", OV,
       [("Utlåtande", "Ingen fraktur eller luxation, inga tecken på lossning av knäprotesen.")])],
    [], [(B, "n1")],
    "one-line radiology answer that only negates")

add("ort-fysio-frusen-skuldra-trolig-forbattring", "vgr", "19780303-247",
    [N("n1", M, "Fysioterapeutisk anteckning", "su_fysio", "Johanna Wester", "fysioterapeut",
       "2024-03-26 10:00", "2024-03-26 10:40", OV,
       [("Aktuellt", "Frusen skuldra vä, diagnostiserad av ortoped i januari."),
        ("Status", "Passiv utåtrotation 20 grader, abduktion 80 grader. Nattvärken har minskat."),
        ("Bedömning", "Förloppet följer den typiska bilden vid frusen skuldra. Trolig successiv förbättring av rörligheten under kommande halvår."),
        ("Åtgärd", "Rörlighetsövningar i smärtfritt område, värme före träning.")])],
    [], [(B, "n1")],
    "'Trolig' hedges the prognosis of a settled frozen shoulder")

add("ort-rtg-mojligen-mjukdelssvullnad", "skane", "19880219-228",
    [N("n1", M, "Röntgenutlåtande", "sus_bfm_lund", "Peter Hansson", "läkare",
       "2024-01-25 14:00", "2024-01-25 15:30", OV,
       [("Undersökning", "Rtg hö fotled tre projektioner."),
        ("Utlåtande", "Möjligen lätt mjukdelssvullnad lateralt. Skelettet i övrigt utan anmärkning, ingen fraktur, normal ledspringa.")])],
    [], [(B, "n1")],
    "radiology hedge on a soft-tissue finding, which is no disease")

add("ort-skane-tidiga-hypoteser-mall-och-synlig-plan", "skane", "20070215-117",
    [N("n1", M, "Tidiga hypoteser", "sus_tumor_lund", "Helena Sandström", "läkare",
       "2024-06-19 13:00", "2024-06-19 13:20", OV,
       [("Bedömning", "Aggressiv periostreaktion i proximala tibia vä med mjukdelskomponent. DD osteosarkom, Ewingsarkom, osteomyelit.")]),
     N("n2", M, "Mottagningsanteckning", "sus_tumor_lund", "Helena Sandström", "läkare",
       "2024-06-19 13:25", "2024-06-19 14:00", OV,
       [("Aktuellt", "Kommer med pappa. Värk i vä underben sedan 6 v, svullnad nedom knät."),
        ("Status", "Öm, lätt svullen proximala tibia vä, ingen rodnad."),
        ("Planering", "MR vä underben och biopsi på tumörmottagningen nästa vecka. Pat och pappa informerade om undersökningarna och om att vi återkommer med besked.")])],
    [], [(B, "n1"), (B, "n2")],
    "the differential stays in a Tidiga hypoteser note, the visible note holds only findings and plans")

add("ort-vgr-th-sokord-och-bekraftad-diagnos", "vgr", "19720510-315",
    [N("n1", M, "Mottagningsanteckning", "nal_ort", "Tomas Eriksson", "läkare",
       "2024-10-01 09:30", "2024-10-01 10:00", OV,
       [("Aktuellt", "Opererad med osteosyntes av olecranonfraktur hö för 3 mån sedan. Fortsatt värk och sekretion från ärret sedan 2 v."),
        ("Status", "Liten fistel mitt på ärret med serös sekretion, lätt rodnad."),
        ("Tidiga hypoteser", "Djup implantatinfektion kan inte uteslutas."),
        ("Diagnos", "Sårläkningsstörning efter osteosyntes av olecranonfraktur."),
        ("Planering", "Sårodling, CRP. Återbesök om 1 v.")])],
    [], [(B, "n1")],
    "VGR: the hedge is under Tidiga hypoteser, the Diagnos sökord holds only a settled diagnosis")

add("ort-om-tecken-pa-crps-ater", "vgr", "19600818-224",
    [N("n1", M, "Mottagningsanteckning", "su_hand", "Åsa Granberg", "läkare",
       "2024-02-22 13:00", "2024-02-22 13:20", OV,
       [("Aktuellt", "Kontroll 6 v efter gipsbehandling av distal radiusfraktur vä."),
        ("Status", "Lätt stelhet i fingrarna, ingen svullnad. Normal hudfärg och temperatur."),
        ("Bedömning", "Läkt radiusfraktur."),
        ("Planering", "Träning med arbetsterapeut. Om tecken på CRPS tillstöter ska pat snabbt åter till handkirurgen.")])],
    [], [(B, "n1")],
    "CRPS appears only in a conditional instruction")

add("ort-barn-pulled-elbow-ingen-misstanke-om-fraktur", "skane", "20210109-248",
    [N("n1", M, "Akutanteckning", "sus_akort_malmo", "Rebecka Lindell", "läkare",
       "2024-08-03 17:30", "2024-08-03 18:00", OV,
       [("Aktuellt", "3-åring som vägrar använda vä arm efter att pappa lyft henne i handen över en trottoarkant."),
        ("Status", "Håller armen pronerad intill kroppen. Ingen svullnad eller hematom i armbågen. Ingen ömhet över humerus distalt."),
        ("Bedömning", "Pulled elbow vä. Ingen misstanke om suprakondylär fraktur, rtg ej indicerat."),
        ("Åtgärd", "Reposition med supination-flexion, klick kändes. Leker och använder armen efter 10 min.")])],
    [], [(B, "n1")],
    "child (guardians read): supracondylar fracture negated, nursemaid's elbow settled")

# ---- PMO (Skåne primary care): diagnoses are never shown ----
add("ort-pmo-misstankt-scaphoideumfraktur-vc", "skane", "19960412-193",
    [N("n1", P, "Besöksanteckning", "vc_sodervarn", "Yasmin Khalil", "läkare",
       "2024-03-09 11:40", "2024-03-09 12:05", OV,
       [("Kontaktorsak", "Ramlade med skateboard, ont i hö handled."),
        ("Status", "Palpöm i fossa tabatière, smärta vid tumkompression."),
        ("Bedömning", "Misstänkt scaphoideumfraktur hö."),
        ("Åtgärd", "Gipsskena med tuminneslutning. Remiss ortopedakuten SUS Malmö för rtg och bedömning.")])],
    [], [(B, "n1")],
    "PMO never shows diagnoses: a suspected scaphoid fracture at a vårdcentral")

add("ort-pmo-trolig-gonartros", "skane", "19540606-280",
    [N("n1", P, "Besöksanteckning", "vc_hoor", "Göran Svensson", "läkare",
       "2024-05-02 08:40", "2024-05-02 09:05", OV,
       [("Kontaktorsak", "Knävärk vä sedan 2 år, värre i trappor och efter promenader."),
        ("Status", "Krepitationer, lätt varusställning. Ingen hydrops. Flex 115."),
        ("Bedömning", "Trolig gonartros vä knä."),
        ("Planering", "Rtg vä knä belastad. Artrosskola hos fysioterapeut.")])],
    [], [(B, "n1")],
    "PMO: probable knee osteoarthritis in primary care")

add("ort-pmo-fysio-susp-degenerativ-menisklesion", "skane", "19810212-155",
    [N("n1", P, "Fysioterapi besök", "rehab_sjobo", "Kajsa Nilsson", "fysioterapeut",
       "2024-06-11 14:00", "2024-06-11 14:45", OV,
       [("Anamnes", "Snickare, mycket knäböj i jobbet, smärta medialt i hö knä sedan 3 v, låsningskänsla en gång."),
        ("Status", "Palpöm mediala ledspringan, Thessaly pos."),
        ("Bedömning", "susp. degenerativ menisklesion hö knä"),
        ("Åtgärd", "Träningsprogram för knäkontroll, återbesök 3 v.")])],
    [], [(B, "n1")],
    "PMO physiotherapy note with 'susp.' meniscal lesion")

add("ort-pmo-hemsjukvard-ev-begynnande-trycksar", "skane", "19300520-206",
    [N("n1", P, "Omvårdnadsanteckning", "hsjv_angelholm", "Birgit Holmberg", "sjuksköterska",
       "2024-09-05 13:20", "2024-09-05 13:40", "hemsjukvård",
       [("Hud", "Hembesök hos pat som opererats för höftfraktur för 3 v sedan. Rodnad 3 x 3 cm över hö häl som inte bleknar vid tryck, ev. begynnande trycksår kategori 1."),
        ("Åtgärd", "Hälavlastning med kudde, ssk tittar igen på fredag.")])],
    [], [(B, "n1")],
    "PMO home care: hedged pressure ulcer after a hip fracture")

add("ort-pmo-typo-missankt-giktattack", "skane", "19590930-333",
    [N("n1", P, "Besöksanteckning", "vc_eslov", "Anders Möller", "läkare",
       "2024-07-22 09:10", "2024-07-22 09:30", OV,
       [("Kontaktorsak", "Akut svullen, röd stortåled vä sedan natten."),
        ("Status", "MTP I vä rodnad, varm, extremt öm. Afebril."),
        ("Bedömning", "Missänkt giktattack MTP I vä."),
        ("Åtgärd", "Naproxen 500 mg x 2 i 5 dagar. Urat om 4 v.")])],
    [], [(B, "n1")],
    "PMO with a typo ('Missänkt') before gout; PMO is never asserted for NL102")

add("ort-pmo-dd-stressfraktur-tibia", "skane", "20070908-262",
    [N("n1", P, "Besöksanteckning", "vc_staffanstorp", "Erik Tornberg", "läkare",
       "2024-04-17 15:20", "2024-04-17 15:45", OV,
       [("Kontaktorsak", "Springer orientering, smärta i vä underben medialt sedan en månad."),
        ("Status", "Punktömhet på mediala tibiakanten distalt, hoppar på ett ben med smärta."),
        ("Bedömning", "Medialt tibiasyndrom, DD stressfraktur tibia."),
        ("Planering", "Rtg, vila från löpning 3 v.")])],
    [], [(B, "n1")],
    "PMO: 16-year-old with a DD of tibial stress fracture at a vårdcentral")

# ==========================================================================
# Part 3: NL101 positives, a visible diagnosis the patient has not been told
# ==========================================================================
add("ort-101-osteosarkom-pad-ej-informerad", "skane", "20040902-158",
    [N("n1", M, "Läkaranteckning", "sus_tumor_lund", "Fredrika Malmberg", "läkare",
       "2024-03-06 16:00", "2024-03-06 16:40", OV,
       [("Aktuellt", "PAD från nålbiopsin av distala femur vä har kommit."),
        ("Utredning", "PAD: höggradigt konventionellt osteosarkom. DT thorax utan metastaser."),
        ("Bedömning", "Osteosarkom distala femur vä, lokaliserat stadium."),
        ("Planering", "Pat ej informerad ännu, besked ges vid återbesök med kontaktsjuksköterska på fredag. Remiss onkologen för preoperativ cytostatika.")])],
    [(A, "n1")], [(B, "n1")],
    "biopsy-proven osteosarcoma stands in Bedömning while Planering says the patient is not yet informed")

add("ort-101-typo-skelettmetastser-ej-informerad", "vgr", "19520608-377",
    [N("n1", M, "Daganteckning", "su_ortavd_molndal", "Kristoffer Borg", "läkare",
       "2024-01-19 11:30", "2024-01-19 12:15", SV,
       [("Aktuellt", "Inlagd efter patologisk fraktur i hö humerus, stabiliserad med märgspik i går."),
        ("Utredning", "DT thorax-buk visar multipla skelettmetastser, primärtumören sannolikt i vä lunga."),
        ("Bedömning", "Metastaserande malignitet. Pat ännu inte informerad, samtal planeras i morgon med hustrun närvarande."),
        ("Planering", "Bronkoskopi via lungmedicin. Smärtlindring enl ordination.")])],
    [(A, "n1"), (B, "n1")],
    [],
    "skeletal metastases (typo 'skelettmetastser') with a probable lung primary, patient not yet informed")

add("ort-101-typo-infromerad-pvns", "skane", "19870417-286",
    [N("n1", M, "Mottagningsanteckning", "hbg_ortmott", "Julia Hedlund", "läkare",
       "2024-05-24 12:40", "2024-05-24 13:00", OV,
       [("Aktuellt", "Artroskopisk synovektomi hö knä för 3 v sedan pga återkommande hemartros."),
        ("Utredning", "PAD: diffus tenosynovial jättecellstumör (PVNS)."),
        ("Bedömning", "Diffus PVNS hö knä. Pat ej infromerad om PAD-svaret ännu, ringer henne efter röntgenronden."),
        ("Planering", "MR knä för restbedömning.")])],
    [(A, "n1")], [(B, "n1")],
    "typo 'infromerad' in the not-informed statement about a settled PVNS diagnosis")

add("ort-101-hand-subungualt-melanom-ej-informerad", "vgr", "19490711-248",
    [N("n1", M, "Mottagningsanteckning", "su_hand", "Ingrid Bergqvist", "läkare",
       "2024-04-05 14:00", "2024-04-05 14:20", OV,
       [("Aktuellt", "Nagelbiopsi dig I vä för 2 v sedan pga pigmenterad strimma och nageldystrofi."),
        ("Utredning", "PAD: akralt lentiginöst malignt melanom, Breslow 1,2 mm."),
        ("Bedömning", "Subungualt malignt melanom tumme vä. Pat är inte informerad om PAD-svaret ännu, tid bokad hos mig 12/4 för besked."),
        ("Planering", "Remiss plastikkirurgen för ställningstagande till amputation på IP-nivå och portvaktskörtel.")])],
    [(A, "n1")], [(B, "n1")],
    "hand clinic: subungual melanoma written visibly before the patient has been given the result")

add("ort-101-utkast-periprotetisk-fraktur-ej-meddelat", "skane", "19440225-202",
    [N("n1", M, "Läkaranteckning", "hlm_protes", "Henrik Bengtsson", "läkare",
       "2024-10-09 16:30", None, OV,
       [("Aktuellt", "Pat sökte i förrgår med smärta i vä lår efter snedsteg, rtg utförd på akuten, hemskickad med smärtlindring."),
        ("Röntgen", "Eftergranskning: odislocerad periprotetisk fraktur runt stammen, Vancouver B1."),
        ("Bedömning", "Periprotetisk femurfraktur vä. Har inte meddelat pat ännu, ringer henne i morgon bitti och kallar in för op-bedömning.")])],
    [(A, "n1")], [(B, "n1")],
    "unsigned draft: a missed periprosthetic fracture found on review, patient not yet told")

add("ort-101-ssk-har-inte-fatt-veta-recidiv", "skane", "19810830-195",
    [N("n1", M, "Omvårdnadsanteckning", "sus_ortavd_lund", "Camilla Ahlström", "sjuksköterska",
       "2024-09-18 21:00", "2024-09-18 21:20", SV,
       [("Psykosocialt", "Pat orolig inför svaret på MR. Han har ännu inte fått veta att MR visade recidiv av jättecellstumören i distala radius; dr Nilsson informerar vid ronden i morgon."),
        ("Smärta", "VAS 3, Alvedon räcker.")])],
    [(A, "n1")], [],
    "nurse's note names a tumour recurrence the patient 'har ännu inte fått veta'")

add("ort-101-typo-myleom-ovetande", "skane", "19470319-393",
    [N("n1", M, "Mottagningsanteckning", "cskk_ortmott", "Mats Jönsson", "läkare",
       "2024-02-08 10:40", "2024-02-08 11:10", OV,
       [("Aktuellt", "Uppföljning av kotkompressionsfraktur L2 efter lyft. Benmärgsbiopsi tagen via hematologen."),
        ("Utredning", "Benmärg: 40 % klonala plasmaceller. M-komponent IgA 31 g/L."),
        ("Bedömning", "Multipelt myleom med patologisk kotkompression L2. Pat ännu ovetande om diagnosen; hematolog tar samtalet på torsdag."),
        ("Planering", "Korsett, smärtlindring, fortsatt handläggning via hematologen.")])],
    [(A, "n1")], [(B, "n1")],
    "myeloma (typo 'myleom') in Bedömning while the patient is 'ovetande om diagnosen'")

add("ort-101-tva-noter-ratt-mal", "vgr", "19690126-242",
    [N("n1", M, "Mottagningsanteckning", "su_tumor", "Pontus Hedberg", "läkare",
       "2024-08-20 15:10", "2024-08-20 15:45", OV,
       [("Aktuellt", "Remitterad för incidentellt upptäckt lesion i hö proximala humerus vid utredning av axelsmärta."),
        ("Utredning", "Biopsi: atypisk kartilaginär tumör, efter sarkomkonferensen klassad som kondrosarkom grad 1."),
        ("Planering", "Pat ej informerad än om konferensens besked, kallas till läkarbesök med kontaktsjuksköterska.")]),
     N("n2", M, "Telefonanteckning", "su_tumor", "Lena Viklund", "sjuksköterska",
       "2024-08-22 09:30", "2024-08-22 09:40", OV,
       [("Telefonkontakt", "Pat ringer och frågar när hon får komma på återbesök. Tid given 3 september kl 10, bekräftelse skickas per brev.")])],
    [(A, "n1")], [(A, "n2")],
    "the untold chondrosarcoma is in n1; the later booking call n2 holds no diagnosis and must not be the target")

add("ort-101-avvaktar-med-att-beratta-osteomyelit", "skane", "19580504-331",
    [N("n1", M, "Läkaranteckning", "ystad_ort", "Thomas Lindholm", "läkare",
       "2024-06-05 13:20", "2024-06-05 14:00", OV,
       [("Aktuellt", "Underbensfraktur hö opererad med platta 2022. Fistel sedan i våras."),
        ("Utredning", "MR och odling från fisteln: kronisk osteomyelit i distala tibia med S. aureus."),
        ("Bedömning", "Kronisk osteomyelit hö tibia. Avvaktar med att berätta för pat tills infektionsläkaren och plastikkirurgen gett sin plan."),
        ("Planering", "Multidisciplinär konferens nästa vecka.")])],
    [(A, "n1")], [],
    "'Avvaktar med att berätta för pat' about a settled chronic osteomyelitis")

add("ort-101-lang-kondrosarkom-ilium-ej-informerad", "vgr", "19710904-396",
    [N("n1", M, "Läkaranteckning", "su_tumor", "Anna-Karin Wall", "läkare",
       "2024-05-29 14:00", "2024-05-29 15:30", OV,
       [("Aktuellt", "53-årig man som remitterats från Borås efter att en skelettlesion i vä bäcken upptäckts på DT som gjordes för njursten. Lätt värk i vä skinka sedan ett år, ingen nattvärk, ingen viktnedgång. Arbetar som bussförare, gift, två vuxna barn."),
        ("Tidigare sjukdomar", "Njursten 2019 och 2024. Hypertoni behandlad med enalapril. Ingen tidigare malignitet."),
        ("Status", "Gott och gångbart. Går utan hälta, Trendelenburg neg. Höftrörlighet full och smärtfri bilat. Ingen palpabel resistens i skinkan. Neurologiskt ua i benen, SLR neg."),
        ("Utredning", "MR bäcken: 6 cm stor kondroid lesion i vä os ilium med kortikal destruktion och mjukdelskomponent. DT-ledd biopsi utförd 2024-05-14."),
        ("Bedömning", "Biopsin visade kondrosarkom grad 2 i vä ilium enligt sarkomkonferensen i dag. Pat ej informerad om PAD-svaret, besked ges vid ett planerat läkarbesök på tisdag med kontaktsjuksköterska och hustrun närvarande."),
        ("Planering", "Stadieindelning med DT thorax. Inre hemipelvektomi med rekonstruktion är aktuell och diskuteras med pat efter beskedet. Kontaktsjuksköterskan ringer pat för att boka tid.")])],
    [(A, "n1")], [(B, "n1")],
    "long sarcoma-clinic chart; one sentence says the patient is not informed of the chondrosarcoma")

add("ort-101-vgr-th-finns-men-bedomning-synlig", "vgr", "19530815-200",
    [N("n1", M, "Mottagningsanteckning", "sas_ort", "Elisabeth Krantz", "läkare",
       "2024-07-11 10:30", "2024-07-11 11:00", OV,
       [("Aktuellt", "Kontroll efter biopsi av resistens i hö lår."),
        ("Tidiga hypoteser", "Myxoid liposarkom var huvudhypotesen redan före biopsin."),
        ("Bedömning", "PAD: myxoid liposarkom hö lår. Pat ej informerad ännu."),
        ("Planering", "Besked och fortsatt planering via sarkomteamet i Göteborg.")])],
    [(A, "n1")], [],
    "VGR note uses the Tidiga hypoteser sökord, but the untold liposarcoma is also written in the visible Bedömning")

add("ort-101-skane-sokord-th-mrsa-protesinfektion", "skane", "19510128-262",
    [N("n1", M, "Läkaranteckning", "sus_ortmott_lund", "Ola Mårtensson", "läkare",
       "2024-11-21 08:15", None, OV,
       [("Aktuellt", "Revision av infekterad knäprotes hö planeras, odlingar från punktionen klara."),
        ("Tidiga hypoteser", "Odlingarna visar MRSA, dvs protesinfektion med MRSA. Pat ej informerad om MRSA-fyndet, vill ta det personligen vid besöket."),
        ("Planering", "Kontakt med vårdhygien och infektionskliniken inför revisionen.")])],
    [(A, "n1")], [],
    "Skåne (unsigned draft): a sökord named Tidiga hypoteser inside a Läkaranteckning is not filtered, so the untold MRSA infection is visible")

add("ort-101-typo-ej-underattad-sonk", "vgr", "19660919-117",
    [N("n1", M, "Telefonanteckning", "kungalv_ort", "Erik Rosén", "läkare",
       "2024-03-13 15:50", "2024-03-13 16:05", OV,
       [("Telefonkontakt", "Samtal med röntgenläkare om MR hö knä: fyndet är en osteonekros i mediala femurkondylen (SONK) med begynnande kollaps."),
        ("Bedömning", "Osteonekros mediala femurkondylen hö. Pat ej underättad ännu, nås inte per telefon i dag."),
        ("Planering", "Ny ringning i morgon, avlastning med kryckor tills vidare.")])],
    [(A, "n1")], [(B, "n1")],
    "typo 'underättad' (underrättad): osteonecrosis recorded before the patient could be reached")

add("ort-101-hand-enmg-talar-for-als", "skane", "19600414-391",
    [N("n1", M, "Mottagningsanteckning", "sus_hand_malmo", "Sven Ljungberg", "läkare",
       "2024-10-16 09:00", "2024-10-16 09:50", OV,
       [("Aktuellt", "Remitterad från VC för handsvaghet vä, remissen anger karpaltunnelsyndrom."),
        ("Status", "Uttalad atrofi i thenar och första interosseus bilat, fascikulationer i underarmarna. Sensibiliteten helt normal."),
        ("Utredning", "ENeG: utbredd denervering i flera segment, normal sensorisk ledning."),
        ("Bedömning", "Inget karpaltunnelsyndrom. Bilden talar för ALS. Pat ej informerad om misstanken, detta bör ske via neurolog."),
        ("Planering", "Akut remiss neurologen.")])],
    [(A, "n1"), (B, "n1")], [],
    "hand surgeon's note: a hedged ALS the patient has not been told (both rules)")

add("ort-101-op-typo-informerd-nervskada", "vgr", "19830925-134",
    [N("n1", M, "Operationsberättelse", "su_handavd", "Daniel Forsman", "läkare",
       "2024-06-30 23:10", "2024-07-01 00:05", SV,
       [("Diagnos", "Skärskada vä tumme med total avskärning av FPL och ulnara digitalnerven."),
        ("Operation", "Sutur av FPL med tvåsträngs-Kessler och epitendinös löpsutur. Ulnara digitalnerven suturerad med 9-0."),
        ("Fynd", "Senan retraherad till karpaltunneln, framdragen."),
        ("Postop", "Pat ej informerd om nervskadan än, sov vid överflyttning till uppvaket; informeras av mig på avdelningen."),
        ("Planering", "Dorsal skena, Kleinert-rörelseträning via handterapeuten från dag 3.")])],
    [(A, "n1")], [(B, "n1")],
    "operation note (typo 'informerd'): digital nerve injury not yet told to the patient")

add("ort-101-far-inte-tas-upp-prostatametastas", "skane", "19450610-178",
    [N("n1", M, "Daganteckning", "hbg_ortavd", "Karin Persson", "läkare",
       "2024-08-14 10:00", "2024-08-14 10:35", SV,
       [("Aktuellt", "Dag 3 efter märgspik i vä femur pga patologisk fraktur."),
        ("Utredning", "PAD från op: metastas av prostatacancer."),
        ("Bedömning", "Skelettmetastaserad prostatacancer. Diagnosen får inte tas upp med pat av avdelningspersonalen förrän urologen haft sitt informationssamtal på fredag.")])],
    [(A, "n1")], [(B, "n1")],
    "'får inte tas upp med pat' before the urologist's talk: must not be told yet, visible")

# ==========================================================================
# Part 4: NL101 negatives
# ==========================================================================
add("ort-101n-informerad-idag-kondrosarkom", "skane", "19661210-224",
    [N("n1", M, "Läkaranteckning", "sus_tumor_lund", "Ingela Fors", "läkare",
       "2024-04-18 13:30", "2024-04-18 14:20", OV,
       [("Aktuellt", "Återbesök för besked efter biopsi av lesion i vä proximala tibia, med maken."),
        ("Utredning", "PAD: kondrosarkom grad 1 enligt sarkomkonferensen."),
        ("Bedömning", "Informerat pat och make om att PAD visade kondrosarkom grad 1, god prognos efter kirurgi. Många frågor besvarade."),
        ("Planering", "Intralesional kyrettage med kryoterapi planeras, op-anmäld.")])],
    [], [(A, "n1"), (B, "n1")],
    "the patient was told the chondrosarcoma diagnosis at this visit")

add("ort-101n-kand-metastaserande-brostcancer", "vgr", "19580511-204",
    [N("n1", M, "Inskrivningsanteckning", "su_ortavd_molndal", "Rickard Holmgren", "läkare",
       "2024-03-01 22:10", "2024-03-01 23:00", SV,
       [("Anamnes", "Metastaserande bröstcancer sedan 2021, känd skelettspridning, behandlas av onkologen i Borås. Pat känner väl till sin sjukdom. Föll i trappan i går."),
        ("Röntgen", "Patologisk pertrokantär fraktur vä genom känd metastas."),
        ("Bedömning", "Patologisk femurfraktur vä vid känd metastasering av bröstcancer."),
        ("Planering", "Lång märgspik, strålbehandling postop via onkologen.")])],
    [], [(A, "n1")],
    "the patient has long known her metastatic disease ('känner väl till sin sjukdom')")

add("ort-101n-ej-informerad-om-operationsdatum", "skane", "19850805-378",
    [N("n1", M, "Mottagningsanteckning", "hbg_ortmott", "Anders Kvist", "läkare",
       "2024-12-12 09:00", "2024-12-12 09:25", OV,
       [("Aktuellt", "Snubblade i trappa i går, vä fotled vinklad."),
        ("Röntgen", "Dislocerad Weber B-fraktur vä med vidgad medial ledspringa."),
        ("Bedömning", "Instabil lateral malleolfraktur vä, operationsindikation."),
        ("Planering", "Op-anmäld. Pat ej informerad om operationsdatum ännu, koordinator ringer när svullnaden lagt sig.")])],
    [], [(A, "n1")],
    "what the patient has not been told is the operation date, not the diagnosis")

add("ort-101n-ej-underrattad-om-remiss", "vgr", "19730216-240",
    [N("n1", M, "Mottagningsanteckning", "nal_ort", "Sofie Dahl", "läkare",
       "2024-09-25 11:00", "2024-09-25 11:25", OV,
       [("Aktuellt", "Domningar dig I–III hö sedan ett år, nattliga besvär."),
        ("Status", "Tinel och Phalen pos hö, lätt thenaratrofi."),
        ("Bedömning", "Karpaltunnelsyndrom hö, uttalat med atrofi."),
        ("Planering", "Remiss till handkirurgen SU skickad i dag med förtur. Pat ej underrättad om att remissen gått, får brev.")])],
    [], [(A, "n1"), (B, "n1")],
    "the untold item is that a referral was sent")

add("ort-101n-normalt-mr-svar-ej-meddelat", "skane", "19990121-260",
    [N("n1", M, "Mottagningsanteckning", "lkrona_ort", "Amanda Friberg", "läkare",
       "2024-07-17 14:30", "2024-07-17 14:45", OV,
       [("Aktuellt", "Patellaluxation hö reponerad på akuten för 3 v sedan. MR utförd i förra veckan."),
        ("Utredning", "MR hö knä: inga broskskador eller lösa kroppar."),
        ("Bedömning", "Förstagångs patellaluxation hö utan broskskada."),
        ("Planering", "MR-svaret ej meddelat pat ännu, det är utan anmärkning och tas vid fysioterapeutbesöket nästa vecka. Knäkontrollträning.")])],
    [], [(A, "n1")],
    "the untold item is a normal MR result")

add("ort-101n-skane-mall-th-typo-misstant-myelom", "skane", "19560607-351",
    [N("n1", M, "Tidiga hypoteser", "cskk_ortmott", "Bo Lindquist", "läkare",
       "2024-01-31 15:10", "2024-01-31 15:25", OV,
       [("Bedömning", "Misstänt multipelt myelom med tanke på lytiska förändringar i skallen och M-komponent. Pat ej informerad om misstanken innan benmärgsprovet är klart.")])],
    [], [(A, "n1"), (B, "n1")],
    "Skåne Tidiga hypoteser template (typo 'Misstänt'): untold hypothesis kept only in the protected place")

add("ort-101n-vgr-sokord-th-trolig-metastas-ej-informerad", "vgr", "19640322-208",
    [N("n1", M, "Mottagningsanteckning", "skas_ort", "Lovisa Hägg", "läkare",
       "2024-10-22 13:30", "2024-10-22 14:00", OV,
       [("Aktuellt", "Kommer för svar på DT av smärtande vä skuldra."),
        ("Status", "Oförändrad rörlighet, ingen resistens."),
        ("Tidiga hypoteser", "DT: lytisk lesion i vä skapula, trolig metastas av okänd primärtumör. Pat inte informerad i dag, väntar på PET-DT."),
        ("Planering", "PET-DT beställt, pat kallas till nytt besök när svaret kommit.")])],
    [], [(A, "n1"), (B, "n1")],
    "VGR: the untold, hedged finding is only under the Tidiga hypoteser sökord")

add("ort-101n-pat-informerad-maken-ej", "skane", "19490914-222",
    [N("n1", M, "Daganteckning", "sus_ortavd_lund", "Nils Wallén", "läkare",
       "2024-02-19 10:45", "2024-02-19 11:15", SV,
       [("Aktuellt", "Opererad med protes för patologisk fraktur i vä proximala humerus."),
        ("Bedömning", "PAD från op visar metastas av njurcancer. Pat informerad om PAD-svaret vid ronden i dag och tog det sansat. Hon vill själv berätta för maken, han ska inte informeras av personalen ännu."),
        ("Planering", "Remiss onkologen och urologen.")])],
    [], [(A, "n1")],
    "the patient is told; only her husband is not to be told yet")

add("ort-101n-inget-sagt-om-information-bicepsruptur", "vgr", "19710612-395",
    [N("n1", M, "Mottagningsanteckning", "kungalv_ort", "Jesper Lind", "läkare",
       "2024-05-08 16:10", None, OV,
       [("Aktuellt", "Lyfte en tung byrå i går, kände en knäpp i hö armbåge."),
        ("Status", "Popeye-tecken, hook test pos hö, hematom i armvecket."),
        ("Bedömning", "Distal bicepssenruptur hö."),
        ("Planering", "Op-anmäld för reinsertion inom 2 v, mitella tills dess.")])],
    [], [(A, "n1"), (B, "n1")],
    "unsigned draft with a settled diagnosis and nothing said about informing")

add("ort-101n-senare-anteckning-beskedet-givet", "skane", "19940304-248",
    [N("n1", M, "Tidiga hypoteser", "sus_tumor_lund", "Maria Strömberg", "läkare",
       "2024-02-02 10:00", "2024-02-02 10:15", OV,
       [("Bedömning", "MR inger misstanke om aggressiv fibromatos, DD sarkom i vä vad. Pat ej informerad om misstanken.")]),
     N("n2", M, "Mottagningsanteckning", "sus_tumor_lund", "Maria Strömberg", "läkare",
       "2024-02-23 13:00", "2024-02-23 13:40", OV,
       [("Aktuellt", "Besked efter biopsi av resistensen i vä vad."),
        ("Bedömning", "Pat informerad i dag om att biopsin visade desmoidtumör (aggressiv fibromatos), som inte sprider sig men kan växa lokalt."),
        ("Planering", "Aktiv exspektans med MR var tredje månad första året.")])],
    [], [(A, "n2"), (B, "n2")],
    "the later visible note gives the patient the diagnosis that the earlier protected note withheld")

add("ort-101n-fysio-vantetid-ej-meddelad", "vgr", "19680918-226",
    [N("n1", M, "Fysioterapeutisk anteckning", "su_fysio", "Emma Sjögren", "fysioterapeut",
       "2024-11-14 08:30", "2024-11-14 09:00", OV,
       [("Aktuellt", "Adhesiv kapsulit hö axel, remitterad från ortopeden."),
        ("Status", "Utåtrotation 15 grader passivt, abduktion 70 grader."),
        ("Planering", "Pat ej informerad om väntetiden till gruppträningen, kollar med samordnaren och ringer henne.")])],
    [], [(A, "n1")],
    "physiotherapist: the untold item is a waiting time")

add("ort-101n-beskedet-gavs-vid-forra-besoket", "skane", "19460129-317",
    [N("n1", M, "Mottagningsanteckning", "hlm_protes", "Gunnar Ekdahl", "läkare",
       "2024-03-25 11:00", "2024-03-25 11:30", OV,
       [("Aktuellt", "Fick beskedet om aseptisk lossning av höftprotesens cup vid förra besöket och har funderat. Vill nu gå vidare med revision."),
        ("Bedömning", "Aseptisk lossning av cupen hö höft, symtomgivande."),
        ("Planering", "Op-anmäld för cuprevision, preop-bedömning på narkosmottagningen.")])],
    [], [(A, "n1"), (B, "n1")],
    "the patient was told at the previous visit")

add("ort-101n-inte-tidigare-informerats-men-idag", "vgr", "19590703-172",
    [N("n1", M, "Mottagningsanteckning", "sas_ort", "Magnus Öberg", "läkare",
       "2024-06-12 10:15", "2024-06-12 10:50", OV,
       [("Aktuellt", "Återbesök efter MR av vä axel."),
        ("Utredning", "MR: total ruptur av supraspinatus och infraspinatus med retraktion och fettinfiltration, Goutallier 3."),
        ("Bedömning", "Irreparabel rotatorkuffruptur vä. Pat, som inte tidigare informerats om MR-fyndet, har i dag fått full information om skadan och att sutur inte är möjlig."),
        ("Planering", "Fysioterapi med deltoideusträning, ställningstagande till omvänd axelprotes om 6 mån.")])],
    [], [(A, "n1")],
    "hard negative: 'inte tidigare informerats' but the patient was fully informed today")

add("ort-101n-installd-operation-ej-meddelad", "skane", "19520417-242",
    [N("n1", M, "Administrativ anteckning", "trbg_ort", "Karolina Bäck", "sjuksköterska",
       "2024-10-07 08:20", "2024-10-07 08:30", OV,
       [("Diagnos", "Primär gonartros hö knä."),
        ("Planering", "Knäprotesoperationen 14/10 har ställts in pga platsbrist på IVA. Pat ej informerad om det inställda datumet ännu, planeringssköterskan ringer i dag.")])],
    [], [(A, "n1")],
    "the untold item is a cancelled operation date, not the osteoarthritis diagnosis")


# ==========================================================================
# Validation and output
# ==========================================================================
CODES = {"NL101", "NL102"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}


def luhn_ok(pid):
    m = re.fullmatch(r"(\d{2})(\d{6})-(\d{4})", pid)
    if not m:
        return False
    digits = m.group(2) + m.group(3)
    return luhn_digit(digits[:9]) == digits[9]


def age_on(birth, day):
    b = datetime.date.fromisoformat(birth)
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def in_2024(ts):
    return ts is not None and ts.startswith("2024-")


def sentences(text):
    out = []
    for line in text.split("\n"):
        for part in re.split(r"(?<=[.!?])\s+", line):
            part = " ".join(part.split())
            if part:
                out.append(part)
    return out


def validate(cases):
    errors = []
    names = set()
    whys = set()
    seen_sent = {}
    for c in cases:
        name = c["case"]
        where = "case %s" % name
        if set(c) != CASE_KEYS:
            errors.append("%s: keys %s" % (where, sorted(c)))
        if name in names:
            errors.append("%s: duplicate case name" % where)
        names.add(name)
        if not name.startswith("ort-"):
            errors.append("%s: name must start with ort-" % where)
        if c["ruleset"] not in ("skane", "vgr"):
            errors.append("%s: bad ruleset" % where)
        if not c["why"] or c["why"] in whys:
            errors.append("%s: empty or duplicate why" % where)
        whys.add(c["why"])
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            errors.append("%s: record keys %s" % (where, sorted(rec)))
        for k in ("access_events", "conversations", "treatments"):
            if rec.get(k) != []:
                errors.append("%s: %s must be empty" % (where, k))
        pat = rec["patient"]
        if set(pat) != {"id", "birth_date", "protected_identity"} or pat["protected_identity"] is not False:
            errors.append("%s: patient keys/values" % where)
        pid, birth = pat["id"], pat["birth_date"]
        if not luhn_ok(pid):
            errors.append("%s: personnummer %s fails Luhn" % (where, pid))
        if pid[:8] != birth.replace("-", ""):
            errors.append("%s: personnummer %s does not match birth_date %s" % (where, pid, birth))
        if not in_2024(rec["as_of"]):
            errors.append("%s: as_of not in 2024" % where)
        as_of_day = datetime.date.fromisoformat(rec["as_of"][:10])
        notes = {}
        if not rec["notes"]:
            errors.append("%s: no notes" % where)
        for n in rec["notes"]:
            nw = "%s note %s" % (where, n.get("id"))
            if set(n) != NOTE_KEYS:
                errors.append("%s: note keys %s" % (nw, sorted(n)))
            if n["id"] in notes:
                errors.append("%s: duplicate note id" % nw)
            notes[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                errors.append("%s: bad system" % nw)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errors.append("%s: VGR notes must be Melior" % nw)
            unit_is_pmo = any(U[k][1] == n["unit"]["hsa_id"] for k in PMO_UNITS)
            if (n["system"] == "PMO") != unit_is_pmo:
                errors.append("%s: system/unit mismatch" % nw)
            if c["ruleset"] == "vgr" and not n["unit"]["hsa_id"].startswith("SE2321000131-"):
                errors.append("%s: VGR case with a non-VGR unit" % nw)
            if c["ruleset"] == "skane" and not n["unit"]["hsa_id"].startswith("SE2321000255-"):
                errors.append("%s: Skåne case with a non-Skåne unit" % nw)
            if not in_2024(n["time"]):
                errors.append("%s: time not in 2024" % nw)
            if n["signed"] is not None:
                if not in_2024(n["signed"]):
                    errors.append("%s: signed not in 2024" % nw)
                elif n["signed"] < n["time"]:
                    errors.append("%s: signed before time" % nw)
            if n["time"] >= rec["as_of"]:
                errors.append("%s: note after as_of" % nw)
            for ts in (n["time"], rec["as_of"]):
                day = datetime.date.fromisoformat(ts[:10])
                a = age_on(birth, day)
                if 13 <= a <= 15 or a < 0:
                    errors.append("%s: patient age %d (13-15 not allowed)" % (nw, a))
            if not n["sections"]:
                errors.append("%s: no sections" % nw)
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["keyword"] or not sec["text"].strip():
                    errors.append("%s: bad section" % nw)
                    continue
                for sent in sentences(sec["text"]):
                    if len(sent) >= 25:
                        key = sent.lower()
                        if key in seen_sent and seen_sent[key] != (name, n["id"], sec["keyword"]):
                            errors.append("%s: sentence repeated (also in %s): %s" % (nw, seen_sent[key][0], sent))
                        elif key in seen_sent:
                            errors.append("%s: sentence repeated in the same section: %s" % (nw, sent))
                        else:
                            seen_sent[key] = (name, n["id"], sec["keyword"])
        if not c["must"] and not c["must_not"]:
            errors.append("%s: asserts nothing" % where)
        must = {tuple(x) for x in c["must"]}
        must_not = {tuple(x) for x in c["must_not"]}
        if len(must) != len(c["must"]) or len(must_not) != len(c["must_not"]):
            errors.append("%s: duplicate assertion" % where)
        if must & must_not:
            errors.append("%s: same assertion in must and must_not" % where)
        for code, target in list(must) + list(must_not):
            if code not in CODES:
                errors.append("%s: unexpected code %s" % (where, code))
            if target not in notes:
                errors.append("%s: target %s does not exist" % (where, target))
                continue
            system = notes[target]["system"]
            if code == "NL102" and system != "Melior" and (code, target) in must:
                errors.append("%s: NL102 must on a non-Melior note" % where)
            if code == "NL102" and system != "Melior" and (code, target) in must_not:
                pass  # PMO: always must_not, allowed
            if code == "NL101" and system == "PMO":
                errors.append("%s: NL101 asserted on a PMO note" % where)
        # every hedged PMO note asserted at all must be must_not NL102
        for n in rec["notes"]:
            if n["system"] == "PMO" and ("NL102", n["id"]) in must:
                errors.append("%s: PMO note with must NL102" % where)
    return errors


def main():
    errors = validate(CASES)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(errors), file=sys.stderr)
        return 1
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev150_cases.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for code, _ in c["must"]:
            counts.setdefault(code, [0, 0])[0] += 1
        for code, _ in c["must_not"]:
            counts.setdefault(code, [0, 0])[1] += 1
    print("wrote %d cases to %s" % (len(CASES), out))
    for code in sorted(counts):
        print("  %s must %d must_not %d" % (code, counts[code][0], counts[code][1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
