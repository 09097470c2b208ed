#!/usr/bin/env python3
"""Gold cases nl1_heldout15_cases: NL101 / NL102 across clinics, authors and regions.

Dependency-free and deterministic. `python3 build.py` writes nl1_heldout15_cases.jsonl
beside this file and validates it; exit status 1 on any problem.

Written from the regional routines (seeds) and the rule catalog in DESIGN.md only.
"""
import datetime
import json
import os
import re
import sys

NAME = "nl1_heldout15_cases"

# ---------------------------------------------------------------- units
# key: (name, hsa_id, region, system, default setting)
SK, VG = "skane", "vgr"
UNITS = {
    # Skåne, hospitals (Melior)
    "sk_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1A41", SK, "Melior", "akutmottagning"),
    "sk_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1B07", SK, "Melior", "akutmottagning"),
    "sk_barnakut_lund": ("Barn- och ungdomsakuten, Skånes universitetssjukhus Lund", "SE2321000255-2C13", SK, "Melior", "akutmottagning"),
    "sk_barnmed_hbg": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-2D88", SK, "Melior", "öppenvård"),
    "sk_bup_malmo": ("BUP-mottagning Malmö Väster", "SE2321000255-3F02", SK, "Melior", "psykiatrisk öppenvård"),
    "sk_bup_kristianstad": ("BUP Kristianstad, öppenvårdsmottagning", "SE2321000255-3F19", SK, "Melior", "psykiatrisk öppenvård"),
    "sk_vuxpsyk_hbg": ("Vuxenpsykiatrimottagning Helsingborg", "SE2321000255-3G44", SK, "Melior", "psykiatrisk öppenvård"),
    "sk_psykakut_malmo": ("Psykiatriska akutmottagningen, Malmö", "SE2321000255-3H10", SK, "Melior", "psykiatrisk akutmottagning"),
    "sk_psyk_avd_lund": ("Psykiatrisk slutenvårdsavdelning 3, Lund", "SE2321000255-3J71", SK, "Melior", "psykiatrisk heldygnsvård"),
    "sk_npf_lund": ("Neuropsykiatriska utredningsteamet, Vuxenpsykiatri Lund", "SE2321000255-3K26", SK, "Melior", "psykiatrisk öppenvård"),
    "sk_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4A15", SK, "Melior", "öppenvård"),
    "sk_hemat_lund": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4B30", SK, "Melior", "slutenvård"),
    "sk_kir_hbg": ("Kirurgiska kliniken avd 41, Helsingborgs lasarett", "SE2321000255-5A62", SK, "Melior", "slutenvård"),
    "sk_kirmott_ystad": ("Kirurgmottagningen, Ystads lasarett", "SE2321000255-5B04", SK, "Melior", "öppenvård"),
    "sk_brost_hbg": ("Bröstmottagningen, Helsingborgs lasarett", "SE2321000255-5C39", SK, "Melior", "öppenvård"),
    "sk_uro_malmo": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5D17", SK, "Melior", "öppenvård"),
    "sk_neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6A21", SK, "Melior", "öppenvård"),
    "sk_ger_landskrona": ("Geriatriska kliniken, Landskrona lasarett", "SE2321000255-6B55", SK, "Melior", "slutenvård"),
    "sk_med_angelholm": ("Medicinavdelning 5, Ängelholms sjukhus", "SE2321000255-6C08", SK, "Melior", "slutenvård"),
    "sk_fysio_trelleborg": ("Fysioterapin, Trelleborgs lasarett", "SE2321000255-7A33", SK, "Melior", "öppenvård"),
    "sk_onh_hbg": ("Öron-näsa-halsmottagningen, Helsingborgs lasarett", "SE2321000255-7B90", SK, "Melior", "öppenvård"),
    "sk_reuma_lund": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7C12", SK, "Melior", "öppenvård"),
    "sk_forl_kristianstad": ("Förlossningsavdelningen, Centralsjukhuset Kristianstad", "SE2321000255-8A47", SK, "Melior", "slutenvård"),
    "sk_kvk_ystad": ("Kvinnomottagningen, Ystads lasarett", "SE2321000255-8B66", SK, "Melior", "öppenvård"),
    "sk_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-8C01", SK, "Melior", "öppenvård"),
    "sk_ortop_hassleholm": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-8D73", SK, "Melior", "öppenvård"),
    "sk_kurator_malmo": ("Kuratorsenheten, Skånes universitetssjukhus Malmö", "SE2321000255-9A18", SK, "Melior", "öppenvård"),
    "sk_infek_malmo": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-9B24", SK, "Melior", "öppenvård"),
    "sk_lung_lund": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-9C59", SK, "Melior", "öppenvård"),
    "sk_ogon_lund": ("Ögonakuten, Skånes universitetssjukhus Lund", "SE2321000255-9D36", SK, "Melior", "akutmottagning"),
    "sk_genetik_lund": ("Klinisk genetik, Skånes universitetssjukhus Lund", "SE2321000255-9E80", SK, "Melior", "öppenvård"),
    "sk_diet_malmo": ("Dietistmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-9F42", SK, "Melior", "öppenvård"),
    # Skåne, primary care (PMO)
    "sk_vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-P101", SK, "PMO", "öppenvård"),
    "sk_vc_sorgenfri": ("Vårdcentralen Sorgenfri, Malmö", "SE2321000255-P117", SK, "PMO", "öppenvård"),
    "sk_vc_eslov": ("Vårdcentralen Tåbelund, Eslöv", "SE2321000255-P122", SK, "PMO", "öppenvård"),
    "sk_vc_hoor": ("Vårdcentralen Höör", "SE2321000255-P135", SK, "PMO", "öppenvård"),
    "sk_vc_simrishamn": ("Vårdcentralen Simrishamn", "SE2321000255-P148", SK, "PMO", "öppenvård"),
    "sk_vc_kavlinge": ("Vårdcentralen Kävlinge", "SE2321000255-P153", SK, "PMO", "öppenvård"),
    "sk_bvc_kristianstad": ("BVC Näsby, Kristianstad", "SE2321000255-P160", SK, "PMO", "öppenvård"),
    "sk_um_landskrona": ("Ungdomsmottagningen Landskrona", "SE2321000255-P174", SK, "PMO", "öppenvård"),
    "sk_hsv_ystad": ("Hemsjukvården Ystad", "SE2321000255-P189", SK, "PMO", "hemsjukvård"),
    # Västra Götaland (Melior)
    "vg_akut_su": ("Akutmottagningen Sahlgrenska, Sahlgrenska Universitetssjukhuset", "SE2321000131-E210", VG, "Melior", "akutmottagning"),
    "vg_akut_nal": ("Akutmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E224", VG, "Melior", "akutmottagning"),
    "vg_akut_skovde": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E237", VG, "Melior", "akutmottagning"),
    "vg_barnakut_dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E241", VG, "Melior", "akutmottagning"),
    "vg_barnmed_sas": ("Barn- och ungdomsmedicinska mottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E255", VG, "Melior", "öppenvård"),
    "vg_barnkir_dsbus": ("Barnkirurgiska avdelningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E268", VG, "Melior", "slutenvård"),
    "vg_barnonk_dsbus": ("Barncancercentrum, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E272", VG, "Melior", "slutenvård"),
    "vg_psyk_affektiva": ("Psykiatrimottagning Affektiva, Sahlgrenska Universitetssjukhuset", "SE2321000131-E286", VG, "Melior", "psykiatrisk öppenvård"),
    "vg_psyk_akut_ostra": ("Psykiatrisk akutmottagning, Östra sjukhuset", "SE2321000131-E291", VG, "Melior", "psykiatrisk akutmottagning"),
    "vg_psyk_uddevalla": ("Allmänpsykiatrisk mottagning, Uddevalla sjukhus", "SE2321000131-E303", VG, "Melior", "psykiatrisk öppenvård"),
    "vg_onk_su": ("Jubileumskliniken, onkologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E316", VG, "Melior", "öppenvård"),
    "vg_kir_skovde": ("Kirurgavdelning 9, Skaraborgs Sjukhus Skövde", "SE2321000131-E320", VG, "Melior", "slutenvård"),
    "vg_kirmott_kungalv": ("Kirurgmottagningen, Kungälvs sjukhus", "SE2321000131-E334", VG, "Melior", "öppenvård"),
    "vg_ortop_kungalv": ("Ortopedmottagningen, Kungälvs sjukhus", "SE2321000131-E347", VG, "Melior", "öppenvård"),
    "vg_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E351", VG, "Melior", "öppenvård"),
    "vg_hud_alingsas": ("Hudmottagningen, Alingsås lasarett", "SE2321000131-E365", VG, "Melior", "öppenvård"),
    "vg_med_alingsas": ("Medicinavdelning 2, Alingsås lasarett", "SE2321000131-E378", VG, "Melior", "slutenvård"),
    "vg_ger_molndal": ("Geriatriska avdelningen, Mölndals sjukhus", "SE2321000131-E382", VG, "Melior", "slutenvård"),
    "vg_kvk_ostra": ("Kvinnokliniken, Östra sjukhuset", "SE2321000131-E396", VG, "Melior", "öppenvård"),
    "vg_forl_nal": ("Förlossningen, NU-sjukvården NÄL", "SE2321000131-E409", VG, "Melior", "slutenvård"),
    "vg_fysio_uddevalla": ("Fysioterapin, Uddevalla sjukhus", "SE2321000131-E413", VG, "Melior", "öppenvård"),
    "vg_lung_su": ("Lungmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E427", VG, "Melior", "öppenvård"),
    "vg_infek_ostra": ("Infektionsmottagningen, Östra sjukhuset", "SE2321000131-E430", VG, "Melior", "öppenvård"),
    "vg_uro_sas": ("Urologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E444", VG, "Melior", "öppenvård"),
    "vg_ogon_molndal": ("Ögonakuten, Mölndals sjukhus", "SE2321000131-E458", VG, "Melior", "akutmottagning"),
    "vg_vc_kungshojd": ("Vårdcentralen Kungshöjd, Göteborg", "SE2321000131-E461", VG, "Melior", "öppenvård"),
    "vg_vc_lerum": ("Vårdcentralen Lerum", "SE2321000131-E475", VG, "Melior", "öppenvård"),
    "vg_vc_tidaholm": ("Vårdcentralen Tidaholm", "SE2321000131-E489", VG, "Melior", "öppenvård"),
    "vg_kurator_su": ("Kuratorsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E492", VG, "Melior", "öppenvård"),
    "vg_diet_sas": ("Dietistmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E506", VG, "Melior", "öppenvård"),
    "vg_med_skovde": ("Medicinmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E510", VG, "Melior", "öppenvård"),
    "vg_hemat_su": ("Hematologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E523", VG, "Melior", "öppenvård"),
    "vg_onh_nal": ("ÖNH-mottagningen, NU-sjukvården NÄL", "SE2321000131-E537", VG, "Melior", "öppenvård"),
    "vg_gastro_su": ("Gastroenterologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E541", VG, "Melior", "öppenvård"),
}

CASES = []


def N(nid, unit, tpl, author, role, time, sections, signed=40, setting=None):
    """One note. time 'YYYY-MM-DD HH:MM'; signed = minutes after time, None (draft) or a time."""
    name, hsa, _region, system, default_setting = UNITS[unit]
    t = datetime.datetime.strptime(time, "%Y-%m-%d %H:%M")
    if signed is None:
        s = None
    elif isinstance(signed, int):
        s = (t + datetime.timedelta(minutes=signed)).isoformat()
    else:
        s = datetime.datetime.strptime(signed, "%Y-%m-%d %H:%M").isoformat()
    return {
        "id": nid, "system": system, "template": tpl,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(), "signed": s,
        "setting": setting or default_setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
        "_unit": unit,
    }


def C(name, rs, born, notes, must=(), must_not=(), why=""):
    CASES.append({"name": name, "rs": rs, "born": born, "notes": notes,
                  "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
                  "why": why})


# ================================================================ cases
# ---------------------------------------------------------------- NL102 positives (Melior, hedged, visible)
C("vgr-akut-susp-appendicit-telegrafiskt", VG, "1998-07-21", [
    N("n1", "vg_akut_su", "Akutanteckning", "Johanna Lindqvist", "läkare", "2024-02-03 22:15", [
        ("Kontaktorsak", "Ont i magen sen igår kväll."),
        ("Aktuellt", "Smärtan började runt naveln, sen flyttat ner mot hö fossa. Temp 38,2 hemma. Illamående, ej kräkts. SM för 2 v sedan."),
        ("Status", "Opåverkad men rör sig försiktigt. Buk: palp.öm McBurney, släppöm +, Rovsing +. Ingen défence."),
        ("Bedömning", "Susp. appendicit. DD mesenteriell lymfadenit."),
        ("Åtgärd", "Fastande, CRP/LPK/hCG, UL buk, kir-konsult tillfrågad."),
    ])], must=[("NL102", "n1")], why="telegraphic ER note: 'Susp.' + DD in Bedömning is a visible hypothesis")

C("skane-barnakut-fragetecken-pneumoni-scope", SK, "2020-01-14", [
    N("n1", "sk_barnakut_lund", "Läkaranteckning", "Erik Sandberg", "läkare", "2024-01-19 03:40", [
        ("Aktuellt", "4-åring m feber 3 d, hostar, andas snabbt enl pappa. Äter dåligt men dricker ok."),
        ("Status", "AF 36, sat 93% rumsluft, indragn jugulum. Krepitationer hö basalt."),
        ("Bedömning", "?Pneumoni hö. Inga tecken på sepsis."),
        ("Åtgärd", "Rtg pulm + CRP, amoxicillin om rtg stödjer. Pappa informerad om planen."),
    ])], must=[("NL102", "n1")], must_not=[("NL101", "n1")], why="child (guardian reads): '?Pneumoni' hedged; the nearby negation only covers sepsis")

C("vgr-ortoped-scaphoideum-kan-inte-uteslutas", VG, "1987-10-02", [
    N("n1", "vg_ortop_kungalv", "Mottagningsanteckning", "Mikael Ohlsson", "läkare", "2024-04-08 10:20", [
        ("Anamnes", "Föll på inlines i lördags, tog emot sig med hö hand. Ont radialt i handleden."),
        ("Status", "Palpöm i fossa tabatière, axialkompression av tummen smärtar."),
        ("Röntgen", "Ingen säker frakturlinje."),
        ("Bedömning", "Scaphoideumfraktur kan inte uteslutas trots neg rtg."),
        ("Planering", "Gips m tuminfattning, ny rtg om 10–14 dagar, ev MR."),
    ])], must=[("NL102", "n1")], why="'kan inte uteslutas' after a negative x-ray keeps the fracture as an open hypothesis")

C("skane-neuro-lutar-at-ms", SK, "1991-03-27", [
    N("n1", "sk_neuro_lund", "Läkaranteckning", "Sara Nordin", "läkare", "2024-05-14 14:00", [
        ("Aktuellt", "Kommer efter synnedsättning vä öga i mars, ögonkliniken konstaterade optikusneurit. Nu även domningar i båda benen sedan 3 v."),
        ("Undersökningar", "MR hjärna + rygg: flera periventrikulära och juxtakortikala lesioner, en lesion i höjd med Th4."),
        ("Bedömning", "Det hela lutar åt MS, men likvorsvaret inväntas innan vi sätter diagnos."),
        ("Planering", "LP gjord idag, oligoklonala band beställda. Åter om 3 v."),
    ])], must=[("NL102", "n1")], why="colloquial hedge 'lutar åt MS' in a visible Melior note")

C("vgr-psyk-trolig-bipolar-ii-dd-eips", VG, "1996-11-09", [
    N("n1", "vg_psyk_affektiva", "Läkaranteckning", "Farid Haddad", "läkare", "2024-03-05 09:30", [
        ("Aktuellt", "Remiss från VC pga depression som inte svarat på två SSRI. Berättar om perioder på 3–5 dagar då hon sover 3 h/natt, känner sig 'på topp' och har handlat för 40 000 kr på nätet."),
        ("Psykiskt status", "Vaken, orienterad. Nedstämd grundstämning, adekvat affekt. Inga psykotiska symtom. Förnekar aktuella suicidtankar."),
        ("Bedömning", "Trolig bipolär sjukdom typ II. DD emotionellt instabil personlighetsstörning, får värderas vidare."),
        ("Planering", "Stämningsdagbok, SCID-intervju hos psykolog. Uppföljning 4 v."),
    ])], must=[("NL102", "n1")], why="adult psychiatry outpatient: 'Trolig' + DD personality disorder in a visible section")

C("skane-psykolog-talar-for-adhd-utredning-pagar", SK, "1989-06-30", [
    N("n1", "sk_npf_lund", "Psykologanteckning", "Hanna Bergkvist", "psykolog", "2024-02-21 13:00", [
        ("Samtal", "Tredje utredningsbesöket. Genomgång av DIVA 2.0 tillsammans med pat och hennes mamma, som beskriver koncentrationssvårigheter redan i lågstadiet."),
        ("Bedömning", "Resultat hittills (ASRS, DIVA, anamnes) talar för ADHD, kombinerad form. Utredningen ej slutförd, WAIS-IV kvarstår."),
        ("Planering", "Testning 6/3."),
    ])], must=[("NL102", "n1")], why="psychologist's interim 'talar för ADHD' while the assessment is unfinished")

C("vgr-onk-misstankta-levermetastaser", VG, "1951-08-18", [
    N("n1", "vg_onk_su", "Läkaranteckning", "Karin Wallin", "läkare", "2024-06-11 11:10", [
        ("Aktuellt", "Kontroll 18 mån efter op för koloncancer (pT3N1). Känner sig pigg, vikten stabil."),
        ("Undersökningar", "DT thorax-buk 3/6: två nytillkomna hypodensa förändringar i levern segment 6–7, största 14 mm. CEA 9,8 (tidigare 2,1)."),
        ("Bedömning", "Misstänkta levermetastaser."),
        ("Planering", "MR lever, tas upp på MDK 20/6. Pat ej informerad om DT-fynden ännu, vill ha MR först."),
    ])], must=[("NL102", "n1"), ("NL101", "n1")], why="oncology follow-up: suspected metastases visible and the CT findings not yet told")

C("skane-kirurg-ssk-sannol-subileus-enl-jour", SK, "1946-02-03", [
    N("n1", "sk_kir_hbg", "Omvårdnadsanteckning", "Linnea Holm", "sjuksköterska", "2024-03-18 05:50", [
        ("Omvårdnad", "Pat har kräkts tre gånger under natten, gallfärgat. Buken spänd och öm, inga gaser sedan igår em. Jourhavande läkare tittat till pat 04.30 – sannol. subileus enl. honom. V-sond satt kl 05.10, fått ut 600 ml. Fastar."),
    ])], must=[("NL102", "n1")], why="ward nurse relays the doctor's 'sannol. subileus' in a visible nursing note")

C("vgr-akut-triage-misstankt-stroke-larm", VG, "1939-12-12", [
    N("n1", "vg_akut_nal", "Triageanteckning", "Oscar Lund", "sjuksköterska", "2024-01-27 10:25", [
        ("Kontaktorsak", "Ambulans, plötslig svaghet vä sida."),
        ("Triage", "Hängande mungipa vä, sluddrigt tal, vä arm sjunker i armhållningstest. Symtomdebut 09.45 enl hustrun. Misstänkt stroke – strokelarm 10.12, direkt till DT."),
    ])], must=[("NL102", "n1")], why="triage nurse: 'Misstänkt stroke' as the reason for a stroke alert")

C("skane-fysio-subakromiell-ev-partiell-ruptur", SK, "1967-05-05", [
    N("n1", "sk_fysio_trelleborg", "Fysioterapeutanteckning", "Jonas Lindgren", "fysioterapeut", "2024-04-22 08:30", [
        ("Anamnes", "Målare, ont i hö axel sedan 2 mån, värst när han jobbar över huvudhöjd och nattetid."),
        ("Status", "Smärtsam båge 70–120°. Jobes test pos, Hawkins pos, drop arm neg. Full passiv ROM."),
        ("Bedömning", "Bilden talar för subakromiell smärta, ev. partiell supraspinatusruptur."),
        ("Åtgärd", "Hemprogram excentrisk träning, ergonomiråd. Återbesök 3 v."),
    ])], must=[("NL102", "n1")], why="physiotherapist: 'ev. partiell supraspinatusruptur' is a hedged diagnosis")

C("vgr-hud-fragetecken-malignt-melanom-utkast", VG, "1972-09-15", [
    N("n1", "vg_hud_alingsas", "Läkaranteckning", "Petra Svensson", "läkare", "2024-05-02 15:15", [
        ("Anamnes", "Födelsemärke på vä skuldra som enl maken vuxit senaste halvåret."),
        ("Status", "Pigmenterad lesion 9x6 mm. Dermatoskopi: asymmetri i två axlar, atypiskt nätverk, blåvit slöja."),
        ("Bedömning", "?Malignt melanom."),
        ("Åtgärd", "Diagnostisk excision bokad 14/5."),
    ], signed=None)], must=[("NL102", "n1")], why="unsigned draft: '?Malignt melanom' would become visible on signing")

C("vgr-forl-barnmorska-misstankt-preeklampsi", VG, "1993-01-29", [
    N("n1", "vg_forl_nal", "Barnmorskeanteckning", "Ida Karlsson", "barnmorska", "2024-07-16 19:40", [
        ("Aktuellt", "Förstföderska v 35+2, söker pga huvudvärk sedan morgonen och flimmer för ögonen."),
        ("Status", "BT 152/101, kontroll efter 15 min 148/99. U-sticka protein 2+. Reflexer livliga. CTG reaktivt."),
        ("Bedömning", "Misstänkt preeklampsi. Jourläkare Wikström tillkallad, prover enl PM (Hb, TPK, ASAT/ALAT, urat, krea)."),
    ])], must=[("NL102", "n1")], why="midwife on the labour ward writes 'Misstänkt preeklampsi'")

C("skane-geriatrik-sannolikt-alzheimer-tidigt", SK, "1941-04-08", [
    N("n1", "sk_ger_landskrona", "Läkaranteckning", "Gunnar Åberg", "läkare", "2024-09-10 10:00", [
        ("Anamnes", "Minnesproblem sedan ca 2 år enligt dottern. Tappar bort saker, har glömt spisen på två gånger. Klarar fortfarande ADL."),
        ("Undersökningar", "MMSE-SR 21/30, klocktest patologiskt, RUDAS 19. DT hjärna: generell atrofi med temporal betoning, inga infarkter."),
        ("Bedömning", "Sannolikt Alzheimers sjukdom, tidigt skede."),
        ("Planering", "Likvor för biomarkörer (beta-amyloid, tau). Åter om 6 v. Dottern vet om demensmisstanken men pat är inte informerad."),
    ], setting="öppenvård")], must=[("NL102", "n1"), ("NL101", "n1")], why="memory clinic: hedged Alzheimer's visible; the daughter knows, the patient has not been told")

C("vgr-vc-lekmannasprak-ser-ut-som-baltros", VG, "1962-12-20", [
    N("n1", "vg_vc_kungshojd", "Besöksanteckning", "Anders Pettersson", "läkare", "2024-10-03 11:40", [
        ("Aktuellt", "Sveda och klåda vä sida bröstkorgen sedan 3 dagar, igår kom blåsor."),
        ("Status", "Grupperade vesikler på rodnad botten i ett bälte Th5 vä, slutar vid mittlinjen."),
        ("Bedömning", "Ser ut som bältros."),
        ("Åtgärd", "Valaciklovir 1 g x 3 i 7 d. Alvedon vb."),
    ])], must=[("NL102", "n1")], why="VGR primary care on Melior: lay hedge 'Ser ut som bältros'")

C("skane-akut-typo-mistankt-lungemboli", SK, "1979-02-14", [
    N("n1", "sk_akut_malmo", "Akutanteckning", "Amir Karimi", "läkare", "2024-08-09 16:05", [
        ("Aktuellt", "Andfådd sedan 2 d, hugg i hö sida vid djupandning. P-piller. Flög hem från Thailand förra veckan."),
        ("Status", "Puls 112, sat 92%, AF 24. Hö vad 2 cm större än vä."),
        ("Bedömning", "Mistänkt lungemboli, Wells 6."),
        ("Åtgärd", "DT-angio beställd, Innohep givet i väntan."),
    ])], must=[("NL102", "n1")], why="typo 'Mistänkt' (one s) still marks a suspected pulmonary embolism")

C("vgr-med-avd-typo-sanolikt-gikt", VG, "1955-07-07", [
    N("n1", "vg_med_alingsas", "Daganteckning", "Maria Ek", "läkare", "2024-02-12 09:05", [
        ("Aktuellt", "Inlagd för hjärtsvikt, diuretika förstärkt sedan 3 d. Vaknade inatt med svullen, röd och het stortå hö."),
        ("Status", "MTP1 hö svullen, rodnad, extremt öm vid beröring."),
        ("Bedömning", "Sanolikt gikt utlöst av furosemiden."),
        ("Åtgärd", "S-urat, colchicin enl PM, kylning."),
    ])], must=[("NL102", "n1")], why="typo 'Sanolikt' (one n) hedging gout on a medical ward")

C("vgr-akut-dd-lista-brostsmarta", VG, "1960-03-03", [
    N("n1", "vg_akut_skovde", "Akutanteckning", "Niklas Berg", "läkare", "2024-06-01 06:20", [
        ("Aktuellt", "Tryck i bröstet sedan kl 04, strålar mot käken. Rökare, ca 30 paketår."),
        ("Status", "BT 168/94 hö arm, 150/90 vä arm. Cor: regelb, inga blåsljud."),
        ("EKG", "ST-sänkningar V4–V6, inga ST-höjningar."),
        ("Bedömning", "DD: NSTEMI, instabil angina, aortadissektion (BT-diff!)."),
        ("Åtgärd", "TnT x2, DT-aorta akut, kontakt med kardiolog."),
    ])], must=[("NL102", "n1")], why="a bare differential-diagnosis list is a set of visible hypotheses")

C("skane-barnmed-fs-celiaki-remiss", SK, "2017-11-23", [
    N("n1", "sk_barnmed_hbg", "Läkaranteckning", "Lena Mårtensson", "läkare", "2024-03-20 13:30", [
        ("Aktuellt", "6-åring som enligt mamma haft ont i magen och lös avföring sedan i höstas. Tappat i viktkurvan från +1 SD till -0,5 SD."),
        ("Status", "Lite blek, utspänd buk, i övrigt ua."),
        ("Lab", "Transglutaminas-IgA 98 (ref <7). Hb 104."),
        ("Bedömning", "F.s. celiaki."),
        ("Planering", "Remiss barngastro för gastroskopi, fortsatt gluten tills dess. Mamma informerad om planen."),
    ])], must=[("NL102", "n1")], must_not=[("NL101", "n1")], why="paediatrics: 'F.s.' (frågeställning) celiaki is an open diagnostic question; guardians read")

C("vgr-kvk-inte-otroligt-endometrios", VG, "1999-05-18", [
    N("n1", "vg_kvk_ostra", "Mottagningsanteckning", "Elin Johansson", "läkare", "2024-04-16 14:20", [
        ("Anamnes", "Svår mensvärk sedan debuten, nu även smärta vid samlag och vid tarmtömning under mens. NSAID hjälper inte."),
        ("Status", "Gyn-us: ömhet i bakre fornix, ingen palpabel resistens. VUL: ua ovarier."),
        ("Bedömning", "Inte otroligt att det rör sig om endometrois."),
        ("Planering", "Provar kontinuerliga p-piller 3 mån, åter därefter."),
    ])], must=[("NL102", "n1")], why="double-negative hedge 'Inte otroligt att det rör sig om' endometriosis, typo 'endometrois'")

C("skane-reuma-arbetsdiagnos-reaktiv-artrit", SK, "1985-08-01", [
    N("n1", "sk_reuma_lund", "Läkaranteckning", "Tobias Lund", "läkare", "2024-06-25 10:45", [
        ("Aktuellt", "Svullet vä knä och hö fotled sedan 10 d. Hade magsjuka med diarré på semester i Turkiet 3 v innan."),
        ("Status", "Synovit vä knä med hydrops, hö fotled svullen. Inga hudutslag."),
        ("Bedömning", "Arbetsdiagnos: reaktiv artrit."),
        ("Åtgärd", "Ledpunktion vä knä, 40 ml grumlig vätska till odling + kristaller. Naproxen. HLA-B27 och F-odling."),
    ])], must=[("NL102", "n1")], why="'Arbetsdiagnos' is an explicitly provisional diagnosis while cultures are pending")

C("skane-onh-mojligen-bells-pares", SK, "1970-10-10", [
    N("n1", "sk_onh_hbg", "Akutanteckning", "Johan Wahlström", "läkare", "2024-09-02 17:10", [
        ("Aktuellt", "Vaknade idag med hängande hö ansiktshalva, svårt att blunda hö. Ont bakom hö öra sedan igår."),
        ("Status", "Perifer facialispares hö, House-Brackmann III. Öron: ua trumhinnor, inga blåsor i hörselgången."),
        ("Bedömning", "Möjligen Bells pares, men zoster oticus behöver följas."),
        ("Åtgärd", "Prednisolon 50 mg x 10 d, ögonskydd, återbesök 1 v."),
    ], setting="akutmottagning")], must=[("NL102", "n1")], why="ENT emergency: 'Möjligen Bells pares'")

C("vgr-med-kan-rora-sig-om-tia", VG, "1949-06-26", [
    N("n1", "vg_med_skovde", "Läkaranteckning", "Hussein Ali", "läkare", "2024-11-05 13:00", [
        ("Aktuellt", "Hade i söndags ca 15 min då han inte fick fram orden och hö hand kändes klumpig. Helt återställd sedan dess."),
        ("Status", "Neurologiskt ua idag. Oregelbunden rytm, EKG förmaksflimmer."),
        ("Bedömning", "Kan röra sig om en TIA, embolisk genes med tanke på flimret."),
        ("Planering", "MR hjärna, karotisdoppler. Antikoagulation diskuteras efter MR."),
    ])], must=[("NL102", "n1")], why="'Kan röra sig om en TIA' is a hedge; the AF beside it is affirmed")

C("vgr-lung-oklart-om-astma-eller-eilo", VG, "2004-02-11", [
    N("n1", "vg_lung_su", "Läkaranteckning", "Cecilia Forsberg", "läkare", "2024-03-26 09:15", [
        ("Aktuellt", "Elitsimmare, andnöd och väsande ljud vid maxansträngning som släpper några minuter efter avslutat pass. Ingen effekt av Ventoline."),
        ("Undersökningar", "Spirometri normal, reversibilitet neg. FeNO 14."),
        ("Bedömning", "Oklart om det är ansträngningsutlöst astma eller EILO, talar mest för det senare."),
        ("Planering", "CLE-test (laryngoskopi under ansträngning) bokas."),
    ])], must=[("NL102", "n1")], why="'Oklart om ... eller ...' leaves two diagnoses open")

C("skane-ger-ssk-verkar-vara-uvi-typo", SK, "1936-01-30", [
    N("n1", "sk_med_angelholm", "Omvårdnadsanteckning", "Fatima Osman", "sjuksköterska", "2024-02-28 21:30", [
        ("Omvårdnad", "Pat oroligare ikväll, plockar på täcket och vet inte var hon är. Temp 38,0, urinen luktar starkt. Verkar vara urinvägsinfketion – U-sticka nitrit pos, leukocyter 3+. Urinodling skickad, jourläk informerad och ordinerat Selexid."),
    ])], must=[("NL102", "n1")], why="nurse's lay hedge 'Verkar vara' with typo 'urinvägsinfketion'")

C("vgr-kir-inger-misstanke-om-kolecystit", VG, "1975-04-04", [
    N("n1", "vg_kir_skovde", "Inskrivningsanteckning", "Linda Ahlgren", "läkare", "2024-05-19 23:10", [
        ("Aktuellt", "Smärta under hö arcus sedan 2 dygn efter fet mat, feber 38,5."),
        ("Status", "Murphys tecken pos. Buk i övrigt mjuk."),
        ("Undersökningar", "UL buk: flera konkrement i gallblåsan, väggförtjockning 5 mm."),
        ("Bedömning", "Ultraljudsbilden inger misstanke om akut kolecystit."),
        ("Åtgärd", "Inläggning, Tazocin, fasta, diskuteras för op."),
    ])], must=[("NL102", "n1")], why="'inger misstanke om' phrasing of a suspected diagnosis on admission")

C("vgr-barnakut-sannolikt-feberkramp", VG, "2022-08-19", [
    N("n1", "vg_barnakut_dsbus", "Läkaranteckning", "Anna-Karin Bäck", "läkare", "2024-01-06 02:10", [
        ("Aktuellt", "1,5-årig pojke, förkyld sedan 2 d. Ikväll generaliserade ryckningar ca 2 min vid feber 39,6 enl mamma. Slö efteråt men nu pigg."),
        ("Status", "Alert, leker. Ingen nackstelhet. Röda buktande trumhinnor bilat."),
        ("Bedömning", "Sannolikt enkel feberkramp vid otit."),
        ("Åtgärd", "Obs 4 h, febernedsättande. Föräldrarna informerade om hur de gör vid ny kramp."),
    ])], must=[("NL102", "n1")], must_not=[("NL101", "n1")], why="paediatric ER, guardians read: 'Sannolikt enkel feberkramp'")

C("skane-bup-fragetecken-tourette", SK, "2015-02-17", [
    N("n1", "sk_bup_malmo", "Läkaranteckning", "Maja Lindahl", "läkare", "2024-05-22 14:00", [
        ("Aktuellt", "9-åring, remiss från skolhälsovården. Föräldrarna beskriver blinkningar, axelryckningar och harklingar sedan 2 år, varierar i styrka, värre vid trötthet."),
        ("Status", "Under samtalet flera blinkningar och några snabba huvudrörelser, harklar ibland."),
        ("Bedömning", "?Tourettes syndrom (motoriska och vokala tics > 1 år)."),
        ("Planering", "YGTSS, informationsmaterial till föräldrarna, åter 4 v."),
    ])], must=[("NL102", "n1")], why="child psychiatry (Skåne BUP, guardians read): '?Tourettes syndrom'")

C("skane-med-trol-erysipelas-dd-dvt", SK, "1958-09-09", [
    N("n1", "sk_med_angelholm", "Inskrivningsanteckning", "Sofie Nyberg", "läkare", "2024-07-04 18:20", [
        ("Aktuellt", "Rodnad, svullnad och värme vä underben sedan 2 d, frossa igår. Sår mellan tårna."),
        ("Status", "Skarpt avgränsad rodnad vä crus, värmeökad. Temp 38,9."),
        ("Bedömning", "Trol. erysipelas cruris sin. DD djup ventrombos."),
        ("Åtgärd", "Bensyl-PC 3 g x 3 iv, UL-doppler vä ben imorgon."),
    ])], must=[("NL102", "n1")], why="Latin diagnosis with 'Trol.' and a DD on admission")

C("skane-psyk-ssk-hembesok-trol-debut-schizofreni", SK, "2001-06-06", [
    N("n1", "sk_vuxpsyk_hbg", "Sjuksköterskeanteckning", "Emil Persson", "sjuksköterska", "2024-08-27 15:30", [
        ("Samtal", "Hembesök tillsammans med mamman. Pat har slutat gå till jobbet, sitter mest på rummet med persiennerna nere. Säger att grannarna lyssnar via elementen."),
        ("Bedömning", "Pat verkar psykotisk. Trol. debut av schizofreni enl. ansvarig läkare, som träffar pat imorgon."),
    ])], must=[("NL102", "n1")], why="psychiatric nurse writes the doctor's tentative schizophrenia in a visible note")

C("vgr-dietist-sannolikt-arfid", VG, "2006-03-30", [
    N("n1", "vg_diet_sas", "Dietistanteckning", "Louise Hedlund", "dietist", "2024-09-18 10:30", [
        ("Anamnes", "Äter ett tiotal livsmedel, mest pasta, pannkakor och vissa kex. Alltid selektiv men gått ner 6 kg på ett år. Rädd att sätta i halsen sedan en episod vid 12 års ålder. Ingen viktfobi."),
        ("Bedömning", "BMI 17,4. Sannolikt ARFID snarare än anorexi, tas upp med remitterande läkare."),
        ("Åtgärd", "Kostregistrering 4 dagar, energiberikning av accepterade livsmedel."),
    ])], must=[("NL102", "n1")], why="dietitian's 'Sannolikt ARFID' is a hedged diagnosis in a visible note")

C("skane-uro-misstankt-prostatacancer", SK, "1957-11-11", [
    N("n1", "sk_uro_malmo", "Läkaranteckning", "Per Gustafsson", "läkare", "2024-02-07 13:45", [
        ("Aktuellt", "Remiss från VC pga PSA 14 (förra året 6,2). Nykturi x2."),
        ("Status", "PR: hård knöl hö lob, avgränsad."),
        ("Bedömning", "Misstänkt prostatacancer."),
        ("Planering", "MR prostata, därefter riktad biopsi. Har inte nämnt cancermisstanken för pat, tas när MR är klar."),
    ], signed=None)], must=[("NL102", "n1"), ("NL101", "n1")], why="unsigned urology draft: 'Misstänkt prostatacancer' visible and the suspicion not yet mentioned to him")

C("vgr-neuro-kan-vara-begynnande-parkinson", VG, "1950-09-29", [
    N("n1", "vg_neuro_su", "Läkaranteckning", "Ragnhild Strand", "läkare", "2024-04-03 09:40", [
        ("Aktuellt", "Hustrun har märkt att han går med små steg och att hö arm inte pendlar. Handstilen har blivit mindre."),
        ("Status", "Lätt vilotremor hö hand, rigiditet hö arm, nedsatt fingertapping hö."),
        ("Bedömning", "Kan vara begynnande Parkinsons sjukdom, svårt att säga säkert idag."),
        ("Planering", "DaTSCAN, åter efter svar. Har inte sagt något om Parkinson till pat eller hustrun, vill ha DaTSCAN först."),
    ])], must=[("NL102", "n1"), ("NL101", "n1")], why="'Kan vara begynnande Parkinsons' visible while neither patient nor wife has been told")

C("skane-kir-trol-anastomoslackage-dag4", SK, "1964-08-08", [
    N("n1", "sk_kir_hbg", "Daganteckning", "Karl Isaksson", "läkare", "2024-04-29 08:50", [
        ("Aktuellt", "Dag 4 efter lågt främre resektion. Ont i buken, feber 38,7 inatt, takykard 110."),
        ("Lab", "CRP 284 (igår 190), LPK 17."),
        ("Bedömning", "Trol. anastomosläckage."),
        ("Åtgärd", "DT buk med rektal kontrast akut, fastande, Tazocin insatt. Bakjour informerad."),
    ])], must=[("NL102", "n1")], why="postoperative complication hedged with 'Trol.'")

C("vgr-akut-ssk-typo-misst-spesis", VG, "1944-05-15", [
    N("n1", "vg_akut_skovde", "Triageanteckning", "Jenny Sjöberg", "sjuksköterska", "2024-12-02 14:40", [
        ("Triage", "Inkommer m ambulans fr äldreboende. Förvirrad, temp 39,4, AF 28, BT 88/50, sat 90%. NEWS 9. Misst. spesis, sepsislarm 14.32, läk på plats."),
    ])], must=[("NL102", "n1")], why="typo 'spesis' after 'Misst.' in a triage note is still a suspected sepsis")

C("skane-barnmed-mest-troligt-iga-vaskulit", SK, "2019-04-02", [
    N("n1", "sk_barnmed_hbg", "Läkaranteckning", "Ulrika Falk", "läkare", "2024-11-13 10:15", [
        ("Aktuellt", "Utslag på benen och rumpan sedan 3 d, ont i fotlederna. Förkyld för 2 v sedan."),
        ("Status", "Palpabla petekier och purpura på benens sträcksidor och nates, svullna fotleder bilat. Buk mjuk."),
        ("Lab", "TPK 310, Hb ua. U-sticka blod 1+, protein neg."),
        ("Bedömning", "Mest troligt IgA-vaskulit (Henoch–Schönleins purpura)."),
        ("Planering", "U-sticka hemma 1 ggr/v i 6 mån, föräldrarna vet när de ska höra av sig."),
    ])], must=[("NL102", "n1")], why="'Mest troligt' IgA vasculitis in a child's visible note")

C("vgr-barnkir-dd-invagination", VG, "2023-01-21", [
    N("n1", "vg_barnkir_dsbus", "Inskrivningsanteckning", "Magnus Öhrn", "läkare", "2024-02-22 16:30", [
        ("Aktuellt", "11 mån flicka, periodvisa skrikattacker sedan morse, drar upp benen. Kräkts x3, en blöja med slemmig blodig avföring."),
        ("Status", "Blek mellan attackerna, ömmande resistens hö övre kvadrant."),
        ("Bedömning", "DD invagination, gastroenterit."),
        ("Åtgärd", "Akut UL buk, PVK, barnkirurg informerad."),
    ])], must=[("NL102", "n1")], why="infant admission note with a DD list (guardians read)")

C("skane-bup-trol-anorexia-nervosa", SK, "2012-09-08", [
    N("n1", "sk_bup_kristianstad", "Läkaranteckning", "Kristina Möller", "läkare", "2024-01-15 11:00", [
        ("Aktuellt", "11-åring, gått ner 7 kg sedan sommaren. Räknar kalorier, tränar varje kväll på rummet enl mamma."),
        ("Status", "Vikt 34 kg, längd 154 cm. Puls 48, BT 92/55 liggande."),
        ("Bedömning", "Trol. anorexia nervosa, restriktiv typ."),
        ("Planering", "Elstatus, fosfat, TSH, EKG. Familjeterapeutisk kontakt, ny vikt om 1 v."),
    ])], must=[("NL102", "n1")], why="child psychiatry: 'Trol. anorexia nervosa' in a note the guardians can read")

C("vgr-epikris-diagnos-misstankt-lakemedelshepatit", VG, "1968-02-27", [
    N("n1", "vg_gastro_su", "Epikris", "Jakob Lindström", "läkare", "2024-03-08 14:00", [
        ("Diagnoser", "Misstänkt läkemedelsutlöst hepatit (amoxicillin-klavulansyra)."),
        ("Sammanfattning", "Inlagd med ikterus 3 v efter antibiotikakur för sinuit. Bilirubin max 212, ALAT 8,4. Hepatitserologier negativa, autoantikroppar neg, UL lever ua. Sjunkande värden efter utsättning."),
        ("Uppföljning", "Leverprover om 2 v på VC, åter gastromott om 6 v."),
    ], setting="slutenvård")], must=[("NL102", "n1")], why="a discharge summary lists a suspected diagnosis under Diagnoser")

C("skane-akut-utkast-misstankt-hjarnskakning", SK, "1990-12-24", [
    N("n1", "sk_akut_lund", "Akutanteckning", "Viktor Hallberg", "läkare", "2024-06-15 01:20", [
        ("Aktuellt", "Ramlade av cykeln utan hjälm, slog i huvudet. Minns inte själva fallet. Kräkts 1 ggr."),
        ("Status", "GCS 15, pupiller lika stora och ljusreagerande, ingen fokalneurologi."),
        ("Bedömning", "Misstänkt hjärnskakning."),
        ("Åtgärd", "DT hjärna enl SNC-riktlinjerna (amnesi + kräkning)."),
    ], signed=None)], must=[("NL102", "n1")], why="unsigned ER draft: 'Misstänkt hjärnskakning'")

C("vgr-vc-negation-fore-hedge-trol-viral-bronkit", VG, "1977-01-09", [
    N("n1", "vg_vc_lerum", "Besöksanteckning", "Sanna Engström", "läkare", "2024-02-19 14:10", [
        ("Aktuellt", "Hosta 3 v, gulaktiga upphostningar första veckan, nu torrhosta. Ingen feber."),
        ("Status", "Pulm: spridda ronki, inga rassel. Sat 97%."),
        ("Undersökningar", "CRP 11. Lungrtg: inga tecken på pneumoni."),
        ("Bedömning", "Trol. viral bronkit."),
        ("Åtgärd", "Ingen antibiotika. Hostmedicin, åter om ej bättre om 3 v."),
    ])], must=[("NL102", "n1")], why="negated pneumonia in one section, hedged bronchitis in Bedömning: the hedge must still fire")

C("skane-kvk-typo-extrauterin-kan-ej-utesltuas", SK, "1995-10-31", [
    N("n1", "sk_kvk_ystad", "Läkaranteckning", "Helena Sjögren", "läkare", "2024-08-20 19:25", [
        ("Aktuellt", "Mens 2 v försenad, pos grav.test hemma. Småblöder sedan igår och har ont lågt i vä sida."),
        ("Undersökningar", "VUL: ingen intrauterin graviditet, lite fri vätska i fossa Douglasi. hCG 1 800."),
        ("Bedömning", "Graviditet av okänd lokalisation, extrauterin grav (X) kan ej utesltuas."),
        ("Planering", "Nytt hCG om 48 h, muntlig info om larmsymtom."),
    ], setting="akutmottagning")], must=[("NL102", "n1")], why="typo 'utesltuas' in 'kan ej uteslutas' for an ectopic pregnancy")

C("vgr-fysio-trol-ospecifik-landryggssmarta", VG, "1981-07-13", [
    N("n1", "vg_fysio_uddevalla", "Fysioterapeutanteckning", "Ahmed Yusuf", "fysioterapeut", "2024-05-27 13:00", [
        ("Anamnes", "Lyfte en tung kartong på jobbet för 2 v sedan, hugg i ländryggen. Ingen utstrålning, inga känselbortfall, normal blåsa/tarm."),
        ("Status", "Nedsatt flexion pga smärta. SLR neg bilat, reflexer och kraft ua."),
        ("Bedömning", "Trol. akut ospecifik ländryggssmärta, inga röda flaggor."),
        ("Åtgärd", "Råd att hålla igång, McKenzie-övningar. Åter 2 v."),
    ])], must=[("NL102", "n1")], why="physiotherapist's 'Trol.' diagnosis; 'inga röda flaggor' does not negate it")

C("skane-hemat-ssk-misstankt-neutropen-feber", SK, "1959-12-19", [
    N("n1", "sk_hemat_lund", "Omvårdnadsanteckning", "Josefin Ragnarsson", "sjuksköterska", "2024-09-29 22:45", [
        ("Omvårdnad", "Dag 10 efter cytostatika (R-CHOP). Frossa kl 22, temp 38,6, puls 104, BT 110/70. Misstänkt neutropen feber – blododlingar x2 från CVK och perifert, Tazocin given 22.40 enl ordination. Jourläk informerad."),
    ])], must=[("NL102", "n1")], why="haematology ward nurse: suspected neutropenic fever in a visible nursing note")

C("vgr-psykakut-drogutlost-psykos-fragetecken", VG, "1999-04-06", [
    N("n1", "vg_psyk_akut_ostra", "Akutanteckning", "Lovisa Nyman", "läkare", "2024-07-07 02:40", [
        ("Aktuellt", "Förs in av polis efter att ha sprungit på E6:an. Uppger att han tagit amfetamin i helgen, inte sovit på tre nätter."),
        ("Psykiskt status", "Motoriskt orolig, tankemässigt splittrad, hör röster som säger åt honom att springa."),
        ("Bedömning", "?Drogutlöst psykos. DD debut av bipolär sjukdom, mani med psykotiska symtom."),
        ("Åtgärd", "Inläggning, urintox, Zyprexa vb."),
    ])], must=[("NL102", "n1")], why="psychiatric emergency: '?Drogutlöst psykos' plus a DD")

C("skane-psykakut-stammer-ganska-val-med-ptsd", SK, "1986-01-23", [
    N("n1", "sk_psykakut_malmo", "Akutanteckning", "Daniel Olofsson", "läkare", "2024-03-11 21:10", [
        ("Aktuellt", "Var med om en trafikolycka i januari där en nära vän dog. Sedan dess mardrömmar nästan varje natt, undviker att åka bil, hoppar till vid ljud."),
        ("Bedömning", "Symtombilden stämmer ganska väl med PTSD, men en strukturerad intervju behövs innan diagnos. Ingen akut suicidrisk."),
        ("Planering", "Remiss till traumamottagningen, sömnråd."),
    ])], must=[("NL102", "n1")], why="soft hedge 'stämmer ganska väl med PTSD ... innan diagnos'")

C("skane-forl-barnmorska-misst-chorioamnionit", SK, "1990-06-12", [
    N("n1", "sk_forl_kristianstad", "Barnmorskeanteckning", "Karin Ottosson", "barnmorska", "2024-10-05 04:15", [
        ("Förlossningsförlopp", "Vattenavgång för 30 h sedan, nu temp 38,4, fostertakykardi 175 spm och illaluktande fostervatten. Misst. chorioamnionit, jourläkare Bengtsson informerad 04.05, antibiotika iordningställs."),
    ])], must=[("NL102", "n1")], why="midwife's 'Misst. chorioamnionit' on a Skåne labour ward (Melior)")

# ---------------------------------------------------------------- NL102 near misses
C("vgr-akut-ingen-misstanke-om-dvt-tennis-leg", VG, "1971-05-22", [
    N("n1", "vg_akut_su", "Akutanteckning", "Lisa Håkansson", "läkare", "2024-05-06 18:35", [
        ("Aktuellt", "Ont i vä vad sedan padelpass i söndags, kände ett knäpp. Inga riskfaktorer för trombos."),
        ("Status", "Blåmärke över mediala gastrocnemius, palpöm lokalt. Vadomfång lika."),
        ("Bedömning", "Bristning i mediala gastrocnemius (tennis leg). Ingen missatnke om DVT."),
        ("Åtgärd", "Kompression, avlastning några dagar, ökad belastning efter smärta."),
    ])], must_not=[("NL102", "n1")], why="typo 'missatnke' in a negation: DVT is negated, the calf tear affirmed")

C("skane-akut-appendicit-utesluten-efter-ul", SK, "2001-09-17", [
    N("n1", "sk_akut_lund", "Akutanteckning", "Moa Lindblom", "läkare", "2024-03-02 15:50", [
        ("Aktuellt", "Ont i hö fossa sedan 12 h, ingen feber, mens pågår."),
        ("Status", "Lätt ömhet hö fossa, ingen släppömhet."),
        ("Undersökningar", "CRP 4, LPK 7,8. UL: normal appendix visualiserad."),
        ("Bedömning", "Appendicit utesluten. Buksmärta utan kirurgisk orsak, kan gå hem."),
        ("Åtgärd", "Åter vid feber eller tilltagande smärta."),
    ])], must_not=[("NL102", "n1")], why="a diagnosis declared 'utesluten' after ultrasound is not a hypothesis")

C("vgr-onk-inget-som-talar-for-recidiv", VG, "1959-01-25", [
    N("n1", "vg_onk_su", "Läkaranteckning", "Helena Carlsson", "läkare", "2024-01-30 09:20", [
        ("Aktuellt", "Årskontroll 3 år efter behandlad bröstcancer hö. Inga nya besvär, lite ledvärk av letrozolen."),
        ("Undersökningar", "Mammografi och UL: inget som talar för recidiv."),
        ("Bedömning", "Recidivfri. Fortsätter letrozol till 5 år."),
    ])], must_not=[("NL102", "n1")], why="'inget som talar för recidiv' negates the recurrence")

C("vgr-ortoped-utan-hallpunkt-for-fraktur", VG, "1994-12-03", [
    N("n1", "vg_ortop_kungalv", "Akutanteckning", "Erik Nyström", "läkare", "2024-09-14 12:05", [
        ("Aktuellt", "Vrickade hö fot i fotbollsmatch, trampade snett."),
        ("Status", "Svullnad lateralt, palpöm framför laterala malleolen. Kan belasta 4 steg."),
        ("Röntgen", "Utan hållpunkt för fraktur."),
        ("Bedömning", "Distorsion hö fotled, laterala ligamentet."),
        ("Åtgärd", "Ortos 3 v, balansträning, fysioterapeut vb."),
    ], setting="akutmottagning")], must_not=[("NL102", "n1")], why="'Utan hållpunkt för fraktur' is a negative finding, the sprain is affirmed")

C("skane-akut-lungemboli-avskrivs-efter-dt", SK, "1986-03-08", [
    N("n1", "sk_akut_malmo", "Akutanteckning", "Pontus Almqvist", "läkare", "2024-04-24 11:30", [
        ("Aktuellt", "Hugg i vä sida vid djupandning sedan 2 d, genomgången förkylning förra veckan."),
        ("Undersökningar", "D-dimer 0,9. DT-angio: inga emboler, liten pleuravätska vä."),
        ("Bedömning", "Misstanken om lungemboli avskrivs. Pleuritsmärta efter luftvägsinfektion."),
        ("Åtgärd", "NSAID 1 v, åter vid feber eller andnöd."),
    ])], must_not=[("NL102", "n1")], why="a suspicion explicitly dismissed ('avskrivs') after CT is negated")

C("vgr-hereditet-far-trol-hjartinfarkt", VG, "1978-07-29", [
    N("n1", "vg_med_skovde", "Läkaranteckning", "Maja Granath", "läkare", "2024-02-26 15:00", [
        ("Hereditet", "Far dog plötsligt vid 52 års ålder, trol. hjärtinfarkt. Farbror med kardiomyopati."),
        ("Aktuellt", "Remiss för hjärtklappning, känns som 'extra slag' några gånger om dagen."),
        ("Undersökningar", "Holter: enstaka supraventrikulära extraslag. UCG normal, EF 60 %."),
        ("Bedömning", "Benigna supraventrikulära extraslag. Lugnande besked."),
    ])], must_not=[("NL102", "n1")], why="the hedge is on the father's cause of death (family history), not the patient")

C("skane-neuro-hereditet-morfar-troligen-neuropati", SK, "1982-04-15", [
    N("n1", "sk_neuro_lund", "Läkaranteckning", "Lars Kjellberg", "läkare", "2024-06-04 10:10", [
        ("Diagnos", "Charcot-Marie-Tooth typ 1A, genetiskt verifierad 2019."),
        ("Hereditet", "Mor har samma diagnos. Morfar hade troligen någon form av ärftlig neuropati, aldrig utredd."),
        ("Aktuellt", "Fler snubblingar, ortoser hjälper. Ingen ny svaghet i händerna."),
        ("Planering", "Ny ortos via ortopedteknik, åter om 1 år."),
    ])], must_not=[("NL102", "n1")], why="'troligen' about the grandfather's illness; patient's own diagnosis is verified")

C("vgr-barnmed-hereditet-morbror-trol-epilepsi", VG, "2016-10-03", [
    N("n1", "vg_barnmed_sas", "Läkaranteckning", "Jonas Frisk", "läkare", "2024-04-11 14:30", [
        ("Aktuellt", "7-åring med två svimningar, båda i samband med blodprov och vaccination. Blek och svettig innan, vaken efter några sekunder."),
        ("Hereditet", "Morbror hade trol. epilepsi som barn, växte ifrån det."),
        ("Undersökningar", "EKG normalt, QTc 410 ms."),
        ("Bedömning", "Vasovagala synkoper."),
        ("Planering", "Föräldrarna fått råd om liggande vid stick, ingen uppföljning."),
    ])], must_not=[("NL102", "n1")], why="child: hedged epilepsy belongs to an uncle in Hereditet; the child's diagnosis is affirmed")

C("skane-dietist-celiaki-avskrivet-2019-ibs", SK, "1992-08-14", [
    N("n1", "sk_diet_malmo", "Dietistanteckning", "Amanda Kristiansson", "dietist", "2024-05-16 09:00", [
        ("Bakgrund", "Remitterad för IBS-kost. Utreddes 2019 för celiaki men transglutaminas var negativt och tunntarmsbiopsin normal. IBS diagnostiserad av gastroenterolog 2023."),
        ("Åtgärd", "Genomgång av låg-FODMAP, eliminationsfas 4 v. Symtomdagbok."),
        ("Planering", "Telefonuppföljning 4 v, därefter återintroduktion."),
    ])], must_not=[("NL102", "n1")], why="past work-up for coeliac disease that came out negative is not a current hypothesis")

C("skane-med-ev-hemgang-imorgon-pneumoni-verifierad", SK, "1939-03-31", [
    N("n1", "sk_med_angelholm", "Daganteckning", "Tove Johansson", "läkare", "2024-03-14 10:20", [
        ("Aktuellt", "Pneumoni hö underlob, rtg-verifierad 12/3. Feberfri sedan igår, CRP 210 → 64."),
        ("Bedömning", "God förbättring."),
        ("Planering", "Byter till peroralt amoxicillin. Ev. hemgång imorgon om hon klarar trappan med fysioterapeut. Sonen ej informerad om hemgången än, ssk ringer ikväll."),
    ])], must_not=[("NL102", "n1"), ("NL101", "n1")], why="'Ev.' hedges the discharge and the son is not yet told of it; the pneumonia is verified")

C("vgr-vc-mojligen-byte-till-apixaban", VG, "1945-11-27", [
    N("n1", "vg_vc_tidaholm", "Besöksanteckning", "Björn Hellgren", "läkare", "2024-08-13 11:15", [
        ("Aktuellt", "Känt förmaksflimmer, Waran sedan 2016. PK svajar, 3 av 5 senaste utanför målområdet."),
        ("Bedömning", "Möjligen byte till apixaban, vi tar det vid nästa besök när njurfunktionen kontrollerats."),
        ("Åtgärd", "Krea, eGFR, Hb. Tid om 3 v."),
    ])], must_not=[("NL102", "n1")], why="'Möjligen' hedges a drug switch, not a diagnosis")

C("vgr-vc-diabetesssk-misstanker-glomd-medicin", VG, "1958-05-04", [
    N("n1", "vg_vc_kungshojd", "Sjuksköterskeanteckning", "Agneta Björk", "sjuksköterska", "2024-10-08 09:30", [
        ("Aktuellt", "Typ 2-diabetes, HbA1c 78 (var 58 i vintras)."),
        ("Bedömning", "Misstänker att pat inte tar metformin regelbundet, hon säger själv att hon 'glömmer kvällsdosen ibland'."),
        ("Åtgärd", "Pratat om dosett och påminnelse i mobilen. Nytt HbA1c om 3 mån."),
    ])], must_not=[("NL102", "n1")], why="diabetes nurse suspects poor adherence – a hedge about behaviour, not a diagnosis")

C("skane-kirmott-trol-op-vecka-14-ljumskbrack", SK, "1968-01-17", [
    N("n1", "sk_kirmott_ystad", "Mottagningsanteckning", "Ola Persson", "läkare", "2024-01-24 14:25", [
        ("Status", "Reponibelt ljumskbråck hö, indirekt, ömmar lite vid hosta."),
        ("Bedömning", "Ljumskbråck hö."),
        ("Planering", "Pat vill opereras. Anmäld för laparoskopisk TEP, trol. op v. 14 enligt planeringen. Pat ej informerad om exakt datum ännu, kallelse kommer."),
    ])], must_not=[("NL102", "n1"), ("NL101", "n1")], why="'trol.' and 'ej informerad' both concern the operation date; the hernia is affirmed")

C("skane-brost-sannolikt-sektorresektion-pat-informerad", SK, "1964-02-09", [
    N("n1", "sk_brost_hbg", "Läkaranteckning", "Åsa Lindberg", "läkare", "2024-02-13 13:15", [
        ("Provsvar", "PAD mellannålsbiopsi: invasiv duktal cancer vä bröst, 14 mm, ER+, HER2–."),
        ("Bedömning", "Bröstcancer vä. Bedöms sannolikt kunna opereras med sektorresektion och portvaktskörtel."),
        ("Information", "Pat informerad om diagnosen tillsammans med sin sambo, kontaktssk Lotta med."),
    ])], must_not=[("NL102", "n1"), ("NL101", "n1")], why="'sannolikt' hedges the type of surgery; the cancer is affirmed and already told")

C("pmo-vc-misstankt-pneumoni-vardcentral", SK, "1953-12-07", [
    N("n1", "sk_vc_linero", "Besöksanteckning", "Kerstin Dahl", "läkare", "2024-01-10 10:45", [
        ("Aktuellt", "Feber 39 sedan 3 d, hosta, hugg hö vid djupandning."),
        ("Status", "Dämpning och rassel hö bas. Sat 95%."),
        ("Bedömning", "Misstänkt pneumoni hö. CRP 142."),
        ("Åtgärd", "PcV 1 g x 3 i 7 d, åter vid försämring."),
    ])], must_not=[("NL102", "n1")], why="PMO (Skåne primary care) never shows diagnoses, so a hedged pneumonia is no NL102")

C("pmo-vc-ssk-telefon-fragetecken-borrelia", SK, "1969-08-21", [
    N("n1", "sk_vc_simrishamn", "Telefonkontakt", "Gunilla Holst", "sjuksköterska", "2024-06-19 08:40", [
        ("Kontaktorsak", "Rodnad ring runt fästingbett på låret sedan 5 d, ca 6 cm och växer."),
        ("Bedömning", "?Borrelia (erythema migrans)."),
        ("Åtgärd", "Tid hos dr imorgon 09.20, tar gärna en bild på utslaget innan."),
    ])], must_not=[("NL102", "n1")], why="PMO phone note: question-marked borreliosis is not shown")

C("pmo-bvc-trol-komjolksproteinallergi", SK, "2023-11-06", [
    N("n1", "sk_bvc_kristianstad", "BVC-anteckning", "Malin Sundqvist", "sjuksköterska", "2024-03-07 13:20", [
        ("Aktuellt", "4 mån, mycket uppkastningar och slem i blöjan, eksem på kinderna. Mamma har slutat med mjölk själv sedan en vecka, redan lite bättre."),
        ("Bedömning", "Trol. komjölksproteinallergi."),
        ("Planering", "Tid till BVC-läkare 14/3, vikt då."),
    ])], must_not=[("NL102", "n1")], why="BVC in PMO: a hedged allergy in an infant's note does not fire NL102")

C("pmo-ungdomsmottagning-barnmorska-susp-klamydia", SK, "2006-10-12", [
    N("n1", "sk_um_landskrona", "Besöksanteckning", "Therese Ljung", "barnmorska", "2024-06-03 15:40", [
        ("Aktuellt", "Sveda vid miktion och flytningar sedan 1 v. Ny partner i maj, kondom ibland."),
        ("Bedömning", "Susp. klamydia."),
        ("Åtgärd", "Klamydia/gonorré-PCR tagen, svar via sms. Info om kondom."),
    ])], must_not=[("NL102", "n1")], why="youth clinic midwife in PMO: 'Susp. klamydia' is not visible as a diagnosis")

C("pmo-hemsjukvard-trol-trycksar-kategori-2", SK, "1931-07-25", [
    N("n1", "sk_hsv_ystad", "Omvårdnadsanteckning", "Birgitta Holmberg", "sjuksköterska", "2024-11-20 13:50", [
        ("Hud", "Rodnad som inte bleknar vid tryck på hö häl, ca 3x3 cm, liten blåsa i mitten. Trol. trycksår kategori 2."),
        ("Åtgärd", "Hälavlastning med kudde, ny madrass beställd, AT informerad."),
    ])], must_not=[("NL102", "n1")], why="home-care nurse in PMO: hedged pressure ulcer, PMO never shows diagnoses")

C("pmo-vc-psykolog-utkast-sannolikt-utmattningssyndrom", SK, "1980-03-19", [
    N("n1", "sk_vc_eslov", "Besöksanteckning", "Johanna Ek", "psykolog", "2024-04-15 10:00", [
        ("Samtal", "Andra samtalet. Sjukskriven 50 % sedan mars. Kognitiva besvär, sover dåligt, ljudkänslig. KEDS 28."),
        ("Bedömning", "Sannolikt utmattningssyndrom, läkaren gör diagnostisk bedömning 22/4."),
    ], signed=None)], must_not=[("NL102", "n1")], why="unsigned PMO psychologist draft: hedged burnout diagnosis is not shown")

C("skane-neuro-mall-tidiga-hypoteser-ftd", SK, "1956-09-02", [
    N("n1", "sk_neuro_lund", "Tidiga hypoteser", "Ingrid Thulin", "läkare", "2024-03-21 16:00", [
        ("Tidiga hypoteser", "Personlighetsförändring, hämningslöshet och nedsatt omdöme senaste året enl hustrun. Misstänkt frontotemporal demens (bvFTD). Bör ej kommuniceras förrän PET och neuropsykologisk utredning är klara; pat saknar sjukdomsinsikt och kan avbryta utredningen."),
    ])], must_not=[("NL102", "n1"), ("NL101", "n1")], why="Skåne Melior Tidiga hypoteser template: the hidden hypothesis and 'not told' are where they belong")

C("vgr-sokord-tidiga-hypoteser-cushing-resten-synligt", VG, "1977-03-25", [
    N("n1", "vg_med_skovde", "Läkaranteckning", "Ylva Ström", "läkare", "2024-05-08 13:40", [
        ("Aktuellt", "Viktuppgång 12 kg på ett år, lätt för blåmärken, högt BT trots två preparat."),
        ("Status", "Breda lila striae på buken, BT 162/100."),
        ("Tidiga hypoteser", "Cushings syndrom? Ej kommunicerat med pat förrän screeningen är klar."),
        ("Planering", "Dexametasonhämningstest och salivkortisol bokas. Åter med svar."),
    ])], must_not=[("NL102", "n1"), ("NL101", "n1")], why="VGR: the only hedge and the 'not told' sit under the filtered sökord Tidiga hypoteser")

C("vgr-ortoped-fragetecken-om-sjukskrivning", VG, "1990-05-11", [
    N("n1", "vg_ortop_kungalv", "Mottagningsanteckning", "Sandra Vik", "läkare", "2024-04-17 09:50", [
        ("Aktuellt", "Op för främre korsbandsruptur vä 6 v sedan. Böjer 110°, sträcker fullt, knät stabilt."),
        ("Planering", "Fortsatt träning hos fysioterapeut. Sjukskrivning efter 1/5? Diskuteras med arbetsgivaren, pat jobbar som snickare."),
    ])], must_not=[("NL102", "n1")], why="the question mark is about sick leave, not a diagnosis")

C("skane-psyk-sertralin-troligen-god-effekt", SK, "1972-10-28", [
    N("n1", "sk_vuxpsyk_hbg", "Läkaranteckning", "Henrik Sjöström", "läkare", "2024-06-18 14:20", [
        ("Aktuellt", "Känd recidiverande depression. Sertralin 100 mg sedan 10 v."),
        ("Bedömning", "Sertralinet har troligen haft god effekt, MADRS-S 12 (från 31). Sover bättre."),
        ("Planering", "Samma dos, åter 3 mån."),
    ])], must_not=[("NL102", "n1")], why="'troligen' about a drug's effect on a known depression is not a hedged diagnosis")

C("vgr-fysio-typo-inga-tecken-pa-radikulopati", VG, "1976-02-06", [
    N("n1", "vg_fysio_uddevalla", "Fysioterapeutanteckning", "Lena Hammar", "fysioterapeut", "2024-10-29 08:15", [
        ("Anamnes", "Ländryggssmärta sedan 6 v, ibland stråk ner i hö skinka."),
        ("Status", "SLR neg, reflexer lika, inga sensoriska bortfall – inga tecken pa radikulopati."),
        ("Bedömning", "Långvarig ospecifik ländryggssmärta."),
        ("Åtgärd", "Gradvis ökad aktivitet, stabilitetsträning 2 ggr/v."),
    ])], must_not=[("NL102", "n1")], why="typo 'pa' for 'på' in a negation: radiculopathy is still negated")

C("skane-reuma-typo-ingen-misstanke-temporalisarterit", SK, "1950-05-19", [
    N("n1", "sk_reuma_lund", "Läkaranteckning", "Magnus Rydén", "läkare", "2024-02-02 11:10", [
        ("Aktuellt", "Huvudvärk hö tinning 2 v. Inga synbesvär, ingen käkklaudikation."),
        ("Status", "Temporalisartären mjuk, pulserar bra. SR 12, CRP 3."),
        ("Bedömning", "Ingen misstänke om temporalisarterit. Spänningshuvudvärk."),
        ("Planering", "Ingen kortison, åter vid synpåverkan."),
    ])], must_not=[("NL102", "n1")], why="typo 'misstänke' inside a negation: giant cell arteritis is ruled out")

C("vgr-ger-ssk-verkar-trott-och-ledsen", VG, "1930-12-14", [
    N("n1", "vg_ger_molndal", "Omvårdnadsanteckning", "Karolina Ekman", "sjuksköterska", "2024-03-16 13:45", [
        ("Omvårdnad", "Pat verkar trött och lite ledsen idag, ville inte gå upp till frukost. Åt halva lunchen. Pratade om sin hund som hon saknar. Dottern kommer på besök ikväll."),
    ])], must_not=[("NL102", "n1")], why="'verkar trött och ledsen' describes mood, not a hedged diagnosis")

C("skane-hud-ssk-mojligen-tid-for-ljusbehandling", SK, "1988-07-03", [
    N("n1", "sk_hud_lund", "Telefonanteckning", "Emma Brink", "sjuksköterska", "2024-05-13 10:05", [
        ("Kontaktorsak", "Pat ringer om sin psoriasis, Dovobet hjälper på armbågarna men inte i hårbotten."),
        ("Åtgärd", "Möjligen kan hon få tid för ljusbehandling redan nästa vecka, återkommer när schemat är klart. Tipsat om Sebco i hårbotten."),
    ])], must_not=[("NL102", "n1")], why="'Möjligen' about a treatment slot; psoriasis is known")

C("skane-neuro-epilepsimisstanke-avskrevs-2021", SK, "1997-02-22", [
    N("n1", "sk_neuro_lund", "Läkaranteckning", "Jessica Lind", "läkare", "2024-07-09 10:30", [
        ("Tidigare", "Utreddes 2021 efter två medvetandeförluster, EEG normalt x2 och MR ua, epilepsimisstanken avskrevs."),
        ("Aktuellt", "Migrän med aura, 3–4 anfall/mån. Bra effekt av sumatriptan."),
        ("Planering", "Profylax med propranolol 40 mg x 2, huvudvärksdagbok."),
    ])], must_not=[("NL102", "n1")], why="a past suspicion that was written off is not a current hypothesis")

C("skane-epikris-icd-ospecificerad-inte-hedge", SK, "1948-04-13", [
    N("n1", "sk_med_angelholm", "Epikris", "Tove Johansson", "läkare", "2024-04-19 12:00", [
        ("Diagnoser", "J18.9 Pneumoni, ospecificerad. K59.0 Förstoppning."),
        ("Sammanfattning", "Inlagd 4 dygn med feber och hosta, infiltrat vä underlob på rtg. Cefotaxim iv, sedan amoxicillin. Förstoppning av opioid, löst med Movicol."),
        ("Uppföljning", "Ny lungröntgen om 6 v via VC."),
    ], setting="slutenvård")], must_not=[("NL102", "n1")], why="'ospecificerad' in an ICD label is not uncertainty about the diagnosis")

C("vgr-vc-orolig-for-cancer-reaktiv-kortel", VG, "1983-08-09", [
    N("n1", "vg_vc_lerum", "Besöksanteckning", "Sanna Engström", "läkare", "2024-06-24 16:00", [
        ("Aktuellt", "Pat orolig för cancer efter att en kollega insjuknat. Knöl i hö ljumske sedan 2 v."),
        ("Status", "Mjuk, lätt öm lymfkörtel 1 cm hö ljumske. Skavsår på hö fot."),
        ("Bedömning", "Inga fynd som talar för cancer. Reaktiv körtel."),
        ("Planering", "Åter om den växer eller finns kvar om 4 v."),
    ])], must_not=[("NL102", "n1")], why="the patient's worry is answered with a negation and an affirmed benign finding")

C("skane-psyk-avd-ingen-psykotisk-symtomatologi", SK, "1963-07-18", [
    N("n1", "sk_psyk_avd_lund", "Daganteckning", "Erika Wallén", "läkare", "2024-02-14 11:00", [
        ("Aktuellt", "Dag 3 på avd. Sover 6 h med hjälp av mirtazapin. Äter lite mer."),
        ("Psykiskt status", "Ingen psykotisk symtomatologi, inga hallucinationer. Fortsatt nedstämd men mer kontaktbar."),
        ("Bedömning", "Svår depressiv episod utan psykotiska symtom. ECT x 3/v fortsätter."),
    ])], must_not=[("NL102", "n1")], why="psychiatric inpatient note with only negated psychosis and an affirmed depression")

C("pmo-vc-dd-lista-trotthet", SK, "1976-04-30", [
    N("n1", "sk_vc_hoor", "Besöksanteckning", "Magnus Lind", "läkare", "2024-09-03 08:30", [
        ("Aktuellt", "Trött sedan 2 mån, gått ner 5 kg utan att försöka."),
        ("Bedömning", "DD hypotyreos, diabetes, depression, malignitet."),
        ("Åtgärd", "Labstatus inkl TSH, HbA1c, SR, PSA. Åter om 1 v."),
    ])], must_not=[("NL102", "n1")], why="a differential list in a PMO note is never shown")

C("pmo-vc-typo-trolgen-sinuit", SK, "1985-01-07", [
    N("n1", "sk_vc_kavlinge", "Besöksanteckning", "Hampus Ekberg", "läkare", "2024-01-22 13:55", [
        ("Aktuellt", "Förkyld 2 v, nu tryck över kinderna, värre framåtböjd. Gulgrönt snor."),
        ("Bedömning", "Trolgen bakteriell sinuit."),
        ("Åtgärd", "PcV 1,6 g x 3 i 10 d, nässpray."),
    ])], must_not=[("NL102", "n1")], why="typo 'Trolgen' in a PMO note – PMO never shows diagnoses")

C("vgr-gastro-crohn-verifierad-ev-utsattning", VG, "1993-06-01", [
    N("n1", "vg_gastro_su", "Läkaranteckning", "Jakob Lindström", "läkare", "2024-11-26 10:00", [
        ("Aktuellt", "Crohns sjukdom i terminala ileum, verifierad vid ileokoloskopi och PAD 2022. I remission, F-calprotectin 45."),
        ("Planering", "Fortsatt azatioprin. Ev. utsättning diskuteras nästa år om remissionen håller."),
    ])], must_not=[("NL102", "n1")], why="verified Crohn's disease; 'Ev.' is about stopping a drug")

C("vgr-forl-barnmorska-ev-igangsattning", VG, "1987-12-26", [
    N("n1", "vg_forl_nal", "Barnmorskeanteckning", "Rebecka Olin", "barnmorska", "2024-10-17 09:10", [
        ("Aktuellt", "Omföderska v 40+6, kontroll vid överburenhet. Mår bra, känner liv som vanligt."),
        ("Status", "CTG reaktivt, fostervattenmängd normal på UL."),
        ("Planering", "Ev. igångsättning 41+2 om inte värkarna kommer spontant, tid bokad."),
    ], setting="öppenvård")], must_not=[("NL102", "n1")], why="midwife: 'Ev.' hedges induction of labour, no diagnosis")

C("skane-forl-barnmorska-inga-tecken-pa-preeklampsi", SK, "1996-02-18", [
    N("n1", "sk_forl_kristianstad", "Barnmorskeanteckning", "Karin Ottosson", "barnmorska", "2024-07-30 16:00", [
        ("Aktuellt", "Omföderska v 37+1, huvudvärk sedan lunch."),
        ("Status", "BT 128/82, u-sticka neg för protein, inga tecken på preeklampsi."),
        ("Åtgärd", "Huvudvärken släppte efter Alvedon och vila. Går hem, ny BT-kontroll på MVC om 2 d."),
    ], setting="öppenvård")], must_not=[("NL102", "n1")], why="midwife rules out pre-eclampsia explicitly")

C("vgr-kurator-trol-bostadsanpassning-efter-stroke", VG, "1947-09-23", [
    N("n1", "vg_kurator_su", "Kuratorsanteckning", "Sara Lindquist", "kurator", "2024-04-23 10:30", [
        ("Bakgrund", "Pat fick en stroke i februari med kvarstående svaghet i vä arm och ben."),
        ("Samtal", "Pat kommer trol. att behöva hjälp med ansökan om bostadsanpassning, badrummet har badkar. Hustrun orolig för att klara hemmet."),
        ("Planering", "Kontakt med kommunens handläggare, nytt samtal nästa vecka."),
    ])], must_not=[("NL102", "n1")], why="counsellor's 'trol.' concerns practical help; the stroke is affirmed")

C("vgr-psykolog-adhd-kan-inte-staellas-gad", VG, "1995-04-09", [
    N("n1", "vg_psyk_uddevalla", "Psykologanteckning", "Viktor Almén", "psykolog", "2024-05-29 15:00", [
        ("Sammanfattning", "Utredning klar (DIVA, WAIS-IV, QbTest, anamnes med föräldrar)."),
        ("Bedömning", "Kriterierna för ADHD är inte uppfyllda, ingen ADHD-diagnos. Generaliserat ångestsyndrom föreligger och förklarar koncentrationssvårigheterna."),
        ("Planering", "Återgivning gjord med pat idag, remiss till KBT."),
    ])], must_not=[("NL102", "n1"), ("NL101", "n1")], why="psychologist: ADHD negated, anxiety disorder affirmed and fed back to the patient")

C("vgr-ogonakut-utkast-ingen-ablatio", VG, "1961-08-08", [
    N("n1", "vg_ogon_molndal", "Akutanteckning", "Anton Rask", "läkare", "2024-08-31 18:30", [
        ("Aktuellt", "Flytande prickar och ljusblixtar vä öga sedan i morse."),
        ("Status", "Visus 1,0 bilat. Vidgad pupill: ingen ablatio, inga hål i näthinnan, Weiss ring i glaskroppen."),
        ("Bedömning", "Bakre glaskroppsavlossning vä."),
        ("Åtgärd", "Info om varningssymtom, ny kontroll om 4 v."),
    ], signed=None)], must_not=[("NL102", "n1")], why="unsigned draft with a negated detachment and an affirmed vitreous detachment")

# ---------------------------------------------------------------- NL101 positives (visible diagnosis, not told)
C("vgr-kirmott-pad-sigmoideum-besked-tisdag", VG, "1956-06-14", [
    N("n1", "vg_kirmott_kungalv", "Läkaranteckning", "Stefan Malm", "läkare", "2024-02-15 16:40", [
        ("Provsvar", "PAD från koloskopi 7/2: adenocarcinom i sigmoideum, måttligt differentierat."),
        ("Bedömning", "Koloncancer sigmoideum. DT thorax-buk för stadieindelning beställd."),
        ("Planering", "Pat ej informerad ännu – besked på mottagningen tis 20/2 kl 13, kontaktssk med."),
    ])], must=[("NL101", "n1")], must_not=[("NL102", "n1")], why="confirmed colon cancer in a visible note, patient explicitly not yet told")

C("skane-hemat-aml-besked-nar-maken-kan-vara-med", SK, "1963-01-10", [
    N("n1", "sk_hemat_lund", "Läkaranteckning", "Oskar Wennberg", "läkare", "2024-03-27 17:20", [
        ("Aktuellt", "Inlagd sedan igår för pancytopeni."),
        ("Undersökningar", "Benmärg: 62 % myeloiska blaster. Immunfenotyp AML."),
        ("Bedömning", "Akut myeloisk leukemi. Cytogenetik och NPM1/FLT3 pågår."),
        ("Planering", "Pat ännu inte underrättad, besked imorgon 09.00 när maken kan vara med. Kurator bokad."),
    ])], must=[("NL101", "n1")], why="'ännu inte underrättad' while AML is written in Bedömning")

C("vgr-barnonk-all-foraldrarna-inte-fatt-beskedet", VG, "2017-09-05", [
    N("n1", "vg_barnonk_dsbus", "Läkaranteckning", "Helén Axelsson", "läkare", "2024-10-02 12:10", [
        ("Aktuellt", "Inlagd via barnakuten med blåmärken, trötthet och bensmärta."),
        ("Undersökningar", "Benmärgsaspiration: 85 % lymfoblaster, B-cellsfenotyp."),
        ("Bedömning", "Akut lymfatisk leukemi (B-ALL)."),
        ("Planering", "Föräldrarna har ännu inte fått beskedet – samtal kl 15 med överläkare, kontaktssk och kurator. Behandling enligt ALLTogether."),
    ])], must=[("NL101", "n1")], why="child under 13: the guardians who read the journal have not been told the leukaemia diagnosis")

C("skane-psyk-paranoid-schizofreni-ej-mottaglig", SK, "1994-04-19", [
    N("n1", "sk_vuxpsyk_hbg", "Läkaranteckning", "Ali Rahimi", "läkare", "2024-05-06 10:40", [
        ("Aktuellt", "Uppföljning efter utskrivning. Tar Abilify under tillsyn, fortfarande övertygad om att han övervakas men mindre upptagen av det."),
        ("Bedömning", "Paranoid schizofreni F20.0, kriterierna uppfyllda sedan > 6 mån."),
        ("Planering", "Pat har inte informerats om diagnosen, bedöms i nuläget inte mottaglig. Tas upp när han är stabilare, gärna med mamma närvarande."),
    ])], must=[("NL101", "n1")], must_not=[("NL102", "n1")], why="psychiatry: settled schizophrenia diagnosis visible, patient deliberately not informed")

C("skane-neuro-als-medvetet-vantat-med-att-beratta", SK, "1958-12-01", [
    N("n1", "sk_neuro_lund", "Läkaranteckning", "Ingrid Thulin", "läkare", "2024-04-05 15:30", [
        ("Undersökningar", "EMG/neurografi 4/4: utbredd denervation i tre regioner, fascikulationer. Gold Coast-kriterierna uppfyllda."),
        ("Bedömning", "ALS."),
        ("Planering", "Har medvetet väntat med att berätta för pat, som kommer med fru och dotter till återbesöket 12/4. ALS-teamet förvarnat."),
    ])], must=[("NL101", "n1")], why="'väntat med att berätta' = not told, with a one-word diagnosis in Bedömning")

C("vgr-onk-dottern-vill-att-mamma-inte-far-veta", VG, "1938-03-22", [
    N("n1", "vg_onk_su", "Läkaranteckning", "Marcus Tell", "läkare", "2024-08-19 11:00", [
        ("Aktuellt", "Remiss från kirurgen. DT visar levermetastaser, PAD från leverbiopsi bekräftar spridning från koloncancer."),
        ("Bedömning", "Koloncancer med levermetastaser, palliativ situation."),
        ("Övrigt", "Dottern ringde innan besöket och bad att mamma inte ska få veta om cancern ännu, hon vill förbereda henne själv. Pat har därför inte informerats idag. Förklarat för dottern att pat har rätt till information och att vi behöver ta samtalet snart."),
    ])], must=[("NL101", "n1")], why="a relative's request kept the patient uninformed while the cancer is in the visible note")

C("vgr-hud-ssk-sag-inget-om-pat-ringer", VG, "1969-07-19", [
    N("n1", "vg_hud_alingsas", "Omvårdnadsanteckning", "Mona Strand", "sjuksköterska", "2024-06-04 13:05", [
        ("Notering", "OBS! PAD-svar på excisionen från vä vad har kommit: malignt melanom, Breslow 1,2 mm. Pat vet inte om svaret än, dr Svensson ringer henne imorgon fm. Säg inget om pat ringer innan dess – hänvisa till läkarsamtalet."),
    ])], must=[("NL101", "n1")], why="nurse's internal 'säg inget' note names the melanoma in a visible section")

C("skane-kurator-glioblastom-pat-har-inte-fatt-veta", SK, "1970-02-02", [
    N("n1", "sk_kurator_malmo", "Kuratorsanteckning", "Lina Eriksson", "kurator", "2024-09-24 14:00", [
        ("Samtal", "Stödsamtal på neurokirurgen inför besked. Pat oroar sig för jobbet och för sönerna. Enligt ansvarig läkare visar PAD glioblastom men pat har ännu inte fått veta detta, därför rörde samtalet främst sömn, oro och praktiska frågor om sjukskrivning."),
        ("Planering", "Nytt samtal efter läkarens besked på fredag."),
    ], signed=None)], must=[("NL101", "n1")], why="unsigned counsellor note names the glioblastoma the patient has not been told about")

C("vgr-kvk-barnmorska-fosterhjartfel-paret-ej-informerade", VG, "1991-08-30", [
    N("n1", "vg_kvk_ostra", "Barnmorskeanteckning", "Sofia Nilsson", "barnmorska", "2024-03-12 11:30", [
        ("Ultraljud", "Rutinultraljud v 19+3. Fostret har hypoplastiskt vänsterkammarsyndrom, bekräftat av överläkare på plats."),
        ("Planering", "Paret ej informerade ännu – överläkare och fostermedicin tar samtalet kl 14, paret väntar i samtalsrummet."),
    ])], must=[("NL101", "n1")], why="midwife documents a fetal heart defect before the pregnant patient has been told")

C("skane-kir-misstankt-pankreascancer-ej-informerad", SK, "1949-10-09", [
    N("n1", "sk_kir_hbg", "Inskrivningsanteckning", "Daniel Strömberg", "läkare", "2024-01-29 20:10", [
        ("Aktuellt", "Smärtfri ikterus sedan 10 d, viktnedgång 6 kg."),
        ("Undersökningar", "DT buk: 3 cm tumör i pankreashuvudet, dilaterade gallvägar."),
        ("Bedömning", "Misstänkt pankreascancer."),
        ("Planering", "ERCP med stent och borstcytologi. Pat ej informerad om tumörmisstanken, vill avvakta cytologin."),
    ])], must=[("NL101", "n1"), ("NL102", "n1")], why="hedged cancer in Bedömning and the patient explicitly not told: both rules")

C("skane-akut-patologisk-fraktur-har-inte-sagt-nagot", SK, "1952-05-30", [
    N("n1", "sk_akut_lund", "Akutanteckning", "Rebecka Ahlström", "läkare", "2024-11-02 19:45", [
        ("Aktuellt", "Föll i badrummet, ont hö lår. Opererad för bröstcancer 2016."),
        ("Röntgen", "Fraktur i hö femurdiafys genom en osteolytisk förändring."),
        ("Bedömning", "Patologisk fraktur, trol. skelettmetastas."),
        ("Planering", "Ortopeden tar över. Har inte sagt något till pat om metastasmisstanken, vill att ortoped och onkolog är med."),
    ])], must=[("NL101", "n1"), ("NL102", "n1")], why="ER: 'har inte sagt något' about a probable metastasis that is written visibly")

C("vgr-infek-hiv-pat-ovetande-om-provsvaret", VG, "1988-11-15", [
    N("n1", "vg_infek_ostra", "Läkaranteckning", "Peter Sandell", "läkare", "2024-07-11 15:10", [
        ("Provsvar", "HIV-1 Ag/Ak positivt, konfirmerat. Virusmängd 84 000 kopior/ml."),
        ("Bedömning", "Nyupptäckt hiv-1-infektion."),
        ("Planering", "Pat ovetande om provsvaret. Kallas till besök tisdag, smittskyddsläkare och kurator med vid beskedet."),
    ])], must=[("NL101", "n1")], must_not=[("NL102", "n1")], why="'ovetande' = not informed, confirmed HIV in a visible note")

C("skane-brost-typo-ej-infromerad", SK, "1975-12-12", [
    N("n1", "sk_brost_hbg", "Läkaranteckning", "Åsa Lindberg", "läkare", "2024-04-26 12:20", [
        ("Provsvar", "Mellannålsbiopsi vä bröst: invasiv lobulär cancer, ER 90 %, HER2 neg."),
        ("Bedömning", "Bröstcancer vä."),
        ("Planering", "Pat ej infromerad än, nybesök med kontaktssk 3/5."),
    ])], must=[("NL101", "n1")], why="typo 'infromerad' in the not-told statement next to a confirmed breast cancer")

C("skane-hud-bcc-sokt-pat-utan-svar", SK, "1945-09-19", [
    N("n1", "sk_hud_lund", "Telefonanteckning", "Camilla Nord", "läkare", "2024-10-18 15:40", [
        ("Provsvar", "Biopsi vä näsvinge: nodulär basalcellscancer."),
        ("Åtgärd", "Sökt pat per telefon två gånger idag utan svar, således ej informerad. Ringer igen måndag, annars kallelse till mottagningen."),
    ])], must=[("NL101", "n1")], why="unreachable patient: 'således ej informerad' about a confirmed skin cancer")

C("skane-bup-autism-vardnadshavarna-ej-informerade", SK, "2014-01-07", [
    N("n1", "sk_bup_malmo", "Psykologanteckning", "Jenny Åkesson", "psykolog", "2024-04-03 16:00", [
        ("Sammanfattning", "Utredningen (ADOS-2, ADI-R, WISC-V) är klar. Sammanvägd bedömning: autism nivå 1, utan intellektuell funktionsnedsättning."),
        ("Planering", "Vårdnadshavarna ej informerade om utfallet – återgivning med båda föräldrarna 12/4, därefter anpassad återgivning för barnet."),
    ])], must=[("NL101", "n1")], must_not=[("NL102", "n1")], why="Skåne BUP, child 10: guardians (who read) not yet told the autism diagnosis")

C("skane-ger-alzheimer-familjen-vill-vara-med", SK, "1937-06-16", [
    N("n1", "sk_ger_landskrona", "Läkaranteckning", "Mats Lindell", "läkare", "2024-09-17 11:15", [
        ("Bedömning", "Likvor med sänkt beta-amyloid och förhöjt p-tau. Alzheimers sjukdom, måttlig grad."),
        ("Planering", "Familjen vill vara med när pat får diagnosen, pat är därför ännu inte informerad. Samtal bokat 30/9 med båda barnen. Donepezil efter det."),
    ], setting="öppenvård")], must=[("NL101", "n1")], why="dementia diagnosis visible, patient's information postponed for the family meeting")

C("vgr-hemat-ssk-telefon-sa-inget-om-lymfom", VG, "1967-03-06", [
    N("n1", "vg_hemat_su", "Telefonanteckning", "Therese Blom", "sjuksköterska", "2024-05-28 10:50", [
        ("Telefon", "Ringde pat för att boka nybesök hos hematolog 4/6. Biopsin från halsen visade diffust storcelligt B-cellslymfom men jag sa inget om det, läkaren ger beskedet vid besöket. Pat frågade om svaret kommit, hänvisade till läkarbesöket."),
    ])], must=[("NL101", "n1")], why="nurse 'sa inget om det' – the lymphoma is named in the visible phone note")

C("skane-kir-latin-carcinoma-ventriculi-ej-i-skick", SK, "1944-02-29", [
    N("n1", "sk_kir_hbg", "Daganteckning", "Jörgen Falk", "läkare", "2024-08-14 09:25", [
        ("Bedömning", "Gastroskopi + PAD: carcinoma ventriculi, diffus typ enl Laurén. Pat fortfarande postop konfusorisk och inte i skick att få beskedet, alltså ej informerad."),
        ("Planering", "Besked när pat är klar i huvudet. Dottern informeras inte före pat, enligt hans tidigare uttalade önskan."),
    ])], must=[("NL101", "n1")], why="Latin diagnosis; 'ej informerad' because of delirium is still a not-told diagnosis")

C("vgr-ortoped-utkast-sarkom-ej-fatt-besked", VG, "1984-04-04", [
    N("n1", "vg_ortop_kungalv", "Läkaranteckning", "Mikael Ohlsson", "läkare", "2024-03-28 16:15", [
        ("Provsvar", "PAD från mjukdelstumören hö lår: högmalignt pleomorft sakrom."),
        ("Planering", "Remiss till sarkomcentrum SU skickad idag. Pat har ännu ej fått detta besked, ringer henne när sarkomcentrum gett tid."),
    ], signed=None)], must=[("NL101", "n1")], why="unsigned draft with typo 'sakrom': sarcoma named, patient has not had the news")

C("skane-fysio-mr-diskbrack-lakaren-har-ej-informerat", SK, "1980-10-20", [
    N("n1", "sk_fysio_trelleborg", "Fysioterapeutanteckning", "Elsa Borg", "fysioterapeut", "2024-05-02 09:45", [
        ("Aktuellt", "MR-svaret finns i journalen: diskbråck L5–S1 hö med kompression av S1-roten. Pat har inte informerats av läkaren om svaret än (besök 8/5), så idag pratade vi bara om smärthantering och övningarna."),
        ("Status", "Lätt nedsatt tåhävning hö, oförändrat."),
    ])], must=[("NL101", "n1")], why="physiotherapist repeats an MR diagnosis the doctor has not yet told the patient")

C("skane-operation-carcinomatos-sovd-ej-informerad", SK, "1961-06-06", [
    N("n1", "sk_kirmott_ystad", "Operationsberättelse", "Ola Persson", "läkare", "2024-06-26 13:30", [
        ("Indikation", "Ileus, diagnostisk laparoskopi."),
        ("Fynd", "Utbredd peritoneal carcinomatos, tumör utgående från hö ovarium. Biopsier tagna."),
        ("Åtgärd", "Adherenslösning, avslutas."),
        ("Information", "Pat ej informerad ännu, operatören berättar när hon vaknat ordentligt, helst med maken närvarande."),
    ], setting="slutenvård")], must=[("NL101", "n1")], why="operation note: carcinomatosis found, patient not yet informed")

C("vgr-barnakut-typ1-diabetes-foraldrarna-ej-beskedet", VG, "2016-05-10", [
    N("n1", "vg_barnakut_dsbus", "Läkaranteckning", "Oliver Danielsson", "läkare", "2024-11-19 17:30", [
        ("Aktuellt", "8-åring som druckit och kissat mycket i 3 v, gått ner i vikt. Kom in med morfar idag."),
        ("Lab", "P-glukos 28, B-ketoner 4,1, pH 7,29."),
        ("Bedömning", "Nydebuterad typ 1-diabetes med lätt ketoacidos."),
        ("Planering", "Morfar är här men föräldrarna har inte fått diagnosbeskedet än, mamma på väg från jobbet. Inläggning avd 322, insulininfusion enl PM."),
    ])], must=[("NL101", "n1")], why="child: grandfather present, guardians not yet told of the diabetes diagnosis")

C("skane-akut-ssk-typo-ej-infomerad-hjarnblodning", SK, "1947-08-08", [
    N("n1", "sk_akut_malmo", "Omvårdnadsanteckning", "Sebastian Kraft", "sjuksköterska", "2024-01-31 22:05", [
        ("Omvårdnad", "DT hjärna klar: intracerebral blödning i hö basala ganglier enl röntgenläkaren. Pat vaken och pratar, ej infomerad om DT-svaret, dr Nordh går in till pat och frun om 10 min. Fått Alvedon mot huvudvärken."),
    ])], must=[("NL101", "n1")], why="ER nurse; typo 'infomerad' – haemorrhage named, patient not told")

C("vgr-med-sonen-informerad-men-inte-pat", VG, "1940-01-18", [
    N("n1", "vg_med_alingsas", "Daganteckning", "Gustav Wirén", "läkare", "2024-04-09 09:10", [
        ("Bedömning", "Prostatacancer med skelettmetastaser (PSA 340, skelettskintigrafi med multipla upptag)."),
        ("Planering", "Sonen informerad per telefon om cancerbeskedet igår. Pat själv har ännu inte informerats, sonen ville vara med – samtal idag kl 16."),
    ])], must=[("NL101", "n1")], why="the son was told, the patient was not")

C("skane-psykolog-lindrig-if-ingen-aterkoppling", SK, "2004-07-07", [
    N("n1", "sk_npf_lund", "Psykologanteckning", "Karolina Hultén", "psykolog", "2024-11-04 13:00", [
        ("Sammanfattning", "Efter WAIS-IV, ABAS-3 och anamnes med mamma: intellektuell funktionsnedsättning, lindrig grad."),
        ("Planering", "Pat har inte fått återkoppling ännu. Återgivning 14/11, LSS-handläggare med om pat samtycker."),
    ])], must=[("NL101", "n1")], why="psychologist: 'inte fått återkoppling' is not told, diagnosis stated")

C("skane-genetik-huntington-pat-vet-inte-om-svaret", SK, "1985-03-12", [
    N("n1", "sk_genetik_lund", "Läkaranteckning", "Anders Gren", "läkare", "2024-03-14 10:20", [
        ("Provsvar", "Presymtomatisk testning: CAG-expansion 43 repetitioner i HTT. Pat är alltså anlagsbärare för Huntingtons sjukdom."),
        ("Planering", "Pat vet inte om svaret, besked enligt protokoll vid personligt besök 21/3 med genetisk vägledare."),
    ])], must=[("NL101", "n1")], why="genetic result visible before the protocol-bound disclosure visit")

C("vgr-vc-typo-celaki-ej-meddelad", VG, "1990-02-25", [
    N("n1", "vg_vc_tidaholm", "Läkaranteckning", "Eva Lundqvist", "läkare", "2024-02-08 11:55", [
        ("Provsvar", "PAD från gastroskopi: Marsh 3b, total villusatrofi."),
        ("Bedömning", "Celaki. Pat ej meddelad, ringer i em och remitterar till dietist."),
    ])], must=[("NL101", "n1")], why="VGR primary care on Melior; typo 'Celaki' and 'ej meddelad'")

C("vgr-dietist-diabetes-pat-har-inte-fatt-info", VG, "1972-12-05", [
    N("n1", "vg_diet_sas", "Dietistanteckning", "Malin Rosén", "dietist", "2024-10-14 14:30", [
        ("Bakgrund", "Remiss från medicinmott pga nyupptäckt typ 2-diabetes (HbA1c 64, fP-glukos 9,1)."),
        ("Samtal", "Pat har inte fått info om diabetesdiagnosen av läkaren än, enligt egen uppgift, så vi pratade allmänt om regelbundna måltider och tallriksmodellen. Läkaren kontaktad via meddelande."),
    ])], must=[("NL101", "n1")], why="dietitian names diabetes that the patient says nobody has told her about")

C("skane-onk-informerad-om-dt-men-inte-om-spridningen", SK, "1955-04-28", [
    N("n1", "sk_onk_lund", "Läkaranteckning", "Birgitta Ahl", "läkare", "2024-05-03 14:50", [
        ("Aktuellt", "Pat känner till sin rektalcancer sedan december och har genomgått strålbehandling."),
        ("Undersökningar", "Utvärderings-DT 2/5: tre nytillkomna lungmetastaser, bekräftade med PET."),
        ("Planering", "Pat informerad om att DT är gjord men inte om spridningen till lungorna ännu. Tas på återbesöket 10/5 då maken kan vara med."),
    ])], must=[("NL101", "n1")], why="patient knows the cancer but not the new metastases, which are visible")

C("vgr-psyk-eips-har-inte-tagit-upp-diagnosen", VG, "2000-09-14", [
    N("n1", "vg_psyk_uddevalla", "Läkaranteckning", "Johan Eliasson", "läkare", "2024-06-20 10:00", [
        ("Bedömning", "Efter SCID-5-PD och tre månaders kontakt: emotionellt instabil personlighetsstörning, borderlinetyp. Känd ADHD sedan tidigare."),
        ("Planering", "Har ännu inte tagit upp personlighetsdiagnosen med pat, avvaktar tills DBT-kontakten är etablerad. Samtal varannan vecka."),
    ], signed=None)], must=[("NL101", "n1")], must_not=[("NL102", "n1")], why="unsigned psychiatry draft: personality disorder diagnosed but not raised with the patient")

C("skane-kvk-cin3-annu-inte-underrattad", SK, "1989-05-05", [
    N("n1", "sk_kvk_ystad", "Läkaranteckning", "Helena Sjögren", "läkare", "2024-09-05 12:40", [
        ("Provsvar", "PAD från kolposkopi: CIN 3 (HSIL) i transformationszonen."),
        ("Planering", "Konisering planeras. Pat ännu inte underrättad, ringer fredag – hon jobbar natt och har bett om samtal efter kl 13."),
    ])], must=[("NL101", "n1")], why="gynaecology: CIN 3 visible, patient 'ännu inte underrättad'")

C("vgr-barnmed-cystisk-fibros-foraldrar-ej-nadda", VG, "2024-01-20", [
    N("n1", "vg_barnmed_sas", "Läkaranteckning", "Sara Holm", "läkare", "2024-02-27 16:30", [
        ("Provsvar", "Svettest: klorid 98 mmol/l x 2. CFTR: F508del homozygot."),
        ("Bedömning", "Cystisk fibros."),
        ("Planering", "Föräldrarna ej nådda idag, inget besked givet. CF-teamet ringer imorgon och erbjuder besök samma dag."),
    ])], must=[("NL101", "n1")], why="infant: guardians not reached, no news given, diagnosis in a visible section")

C("skane-uro-ssk-vanta-med-info-till-gleason", SK, "1951-03-03", [
    N("n1", "sk_uro_malmo", "Sjuksköterskeanteckning", "Hanna Cederberg", "sjuksköterska", "2024-10-24 14:15", [
        ("Notering", "Biopsisvar delvis klart: adenocarcinom i 4 av 12 biopsier, Gleasongradering kompletteras. Enl dr Gustafsson väntar vi med info till pat tills hela svaret finns, beräknat nästa vecka."),
    ])], must=[("NL101", "n1")], why="'väntar vi med info till pat' – the cancer is visible before the patient is told")

# ---------------------------------------------------------------- NL101 near misses
C("vgr-kirmott-informerat-pat-om-polypcancer", VG, "1955-03-18", [
    N("n1", "vg_kirmott_kungalv", "Läkaranteckning", "Stefan Malm", "läkare", "2024-03-07 10:15", [
        ("Aktuellt", "Återbesök för PAD-svar efter polypektomi i rektum."),
        ("Bedömning", "Informerat pat om att polypen visade adenocarcinom, radikalt borttagen. Pat lättad över att det räcker med kontroller."),
        ("Planering", "Kontrollrektoskopi om 3 mån."),
    ])], must_not=[("NL101", "n1")], why="diagnosis visible and the note says the patient was told")

C("skane-hemat-ringt-och-meddelat-follikulart-lymfom", SK, "1960-07-26", [
    N("n1", "sk_hemat_lund", "Telefonanteckning", "Oskar Wennberg", "läkare", "2024-06-12 15:05", [
        ("Telefon", "Ringt pat och meddelat att körtelbiopsin visade follikulärt lymfom grad 1–2. Han hade förberett sig på det. Nybesök inom 2 v, skriftlig info skickas hem."),
    ], setting="öppenvård")], must_not=[("NL101", "n1")], why="patient told by phone ('meddelat'), not an uncommunicated diagnosis")

C("vgr-uro-pat-informerad-vill-inte-att-sonen-vet", VG, "1950-10-01", [
    N("n1", "vg_uro_sas", "Läkaranteckning", "Anders Widén", "läkare", "2024-04-25 13:35", [
        ("Bedömning", "Biopsierna visar prostatacancer, Gleason 3+4, cT2a. Informerade pat om fynden och om aktiv monitorering respektive kurativ behandling."),
        ("Övrigt", "Pat vill inte att sonen ska få veta något ännu, sonen gifter sig i juni. Respekteras."),
    ])], must_not=[("NL101", "n1")], why="the patient was told; only his son is kept uninformed")

C("skane-kir-ssk-ej-informerad-om-ny-optid", SK, "1971-11-09", [
    N("n1", "sk_kirmott_ystad", "Sjuksköterskeanteckning", "Petra Mattsson", "sjuksköterska", "2024-03-12 11:20", [
        ("Notering", "Gallstenssjukdom, anmäld för laparoskopisk kolecystektomi. Op-tiden 14/3 har strukits pga akutläget. Pat ej informerad om ny tid ännu, kallelse skickas när planeringen är klar."),
    ])], must_not=[("NL101", "n1")], why="'ej informerad' concerns a new operation date, not the known diagnosis")

C("vgr-neuro-normal-mr-ej-informerad-om-svaret", VG, "1982-01-19", [
    N("n1", "vg_neuro_su", "Läkaranteckning", "Ragnhild Strand", "läkare", "2024-09-04 16:25", [
        ("Provsvar", "MR hjärna utan anmärkning, inga tecken på tumör eller demyelinisering."),
        ("Planering", "Pat ej informerad om svaret än, ringer henne imorgon."),
    ])], must_not=[("NL101", "n1"), ("NL102", "n1")], why="not told about a normal result: no diagnosis is uncommunicated")

C("vgr-hemat-sokord-tidiga-hypoteser-myelom", VG, "1949-05-09", [
    N("n1", "vg_hemat_su", "Läkaranteckning", "Ulf Brandt", "läkare", "2024-03-04 11:40", [
        ("Aktuellt", "Trötthet och ryggvärk sedan 2 mån."),
        ("Lab", "Hb 98, kreatinin 142, M-komponent IgG 32 g/l."),
        ("Tidiga hypoteser", "Myelom misstänks starkt. Pat ej informerad om misstanken, vill ha benmärgssvaret först."),
        ("Planering", "Benmärgsprov 12/3, helkropps-DT."),
    ])], must_not=[("NL101", "n1"), ("NL102", "n1")], why="VGR: suspicion and 'not told' correctly under the Tidiga hypoteser sökord; visible parts hold only findings")

C("skane-psyk-mall-tidiga-hypoteser-schizotyp", SK, "1999-12-30", [
    N("n1", "sk_vuxpsyk_hbg", "Tidiga hypoteser", "Ali Rahimi", "läkare", "2024-10-09 13:10", [
        ("Tidiga hypoteser", "Utifrån mammans berättelse och egna observationer misstänks schizotyp personlighetsstörning. Pat ej informerad – bedöms inte tåla det nu och det finns risk att han avbryter kontakten."),
    ])], must_not=[("NL101", "n1"), ("NL102", "n1")], why="Skåne Tidiga hypoteser template is hidden: not-told hypothesis there is correct use")

C("vgr-barnmed-foraldrar-informerade-absensepilepsi", VG, "2018-03-14", [
    N("n1", "vg_barnmed_sas", "Läkaranteckning", "Jonas Frisk", "läkare", "2024-05-15 10:45", [
        ("Undersökningar", "EEG: generaliserade 3 Hz spike-wave, utlöst vid hyperventilation."),
        ("Bedömning", "Absensepilepsi."),
        ("Information", "Föräldrarna informerade om diagnosen och om etosuximid. Anpassad info till Elsa (6 år) nästa gång, idag var hon i lekterapin."),
    ])], must_not=[("NL101", "n1")], why="child under 13: the guardians who read the journal were told; the child gets adapted info later")

C("skane-onk-vill-inte-veta-prognos", SK, "1962-06-22", [
    N("n1", "sk_onk_lund", "Läkaranteckning", "Marie Lundgren", "läkare", "2024-07-02 11:30", [
        ("Aktuellt", "Pat känner till sin metastaserade bröstcancer sedan i vintras. Andra linjens behandling pågår."),
        ("Samtal", "Vill uttryckligen inte veta något om förväntad överlevnad, fokuserar på att må bra till dotterns bröllop. Respekteras, ingen prognosdiskussion idag."),
    ])], must_not=[("NL101", "n1")], why="the patient knows the diagnosis and declines prognosis talk")

C("vgr-onk-kontaktssk-besked-av-kirurgen-3-4", VG, "1973-09-03", [
    N("n1", "vg_onk_su", "Sjuksköterskeanteckning", "Ylva Bergqvist", "sjuksköterska", "2024-04-10 09:00", [
        ("Samtal", "Nybesök hos kontaktssk. Pat fick besked om sin bröstcancer av kirurgen 3/4 och har läst journalen på 1177. Gick igenom behandlingsplanen: cytostatika före op."),
    ])], must_not=[("NL101", "n1")], why="told by another unit earlier; diagnosis already communicated")

C("skane-neuro-berattat-att-vi-misstanker-ms", SK, "1995-07-16", [
    N("n1", "sk_neuro_lund", "Läkaranteckning", "Sara Nordin", "läkare", "2024-08-22 13:10", [
        ("Samtal", "Har berätat för pat att vi misstänker MS och varför vi gör lumbalpunktionen. Hon hade redan läst om det på nätet, många frågor om graviditet och medicinering."),
        ("Planering", "LP 29/8, svar på återbesök."),
    ])], must_not=[("NL101", "n1")], why="typo 'berätat': a hedged diagnosis communicated to the patient is not an NL101")

C("vgr-psyk-vi-pratade-om-att-vi-tror-bipolar", VG, "1992-02-14", [
    N("n1", "vg_psyk_affektiva", "Läkaranteckning", "Farid Haddad", "läkare", "2024-04-02 14:00", [
        ("Samtal", "Vi pratade om att vi tror att det kan vara en bipolär sjukdom, pat kände igen sig i beskrivningen av hypomani. Utredningen fortsätter med SCID."),
    ], signed=None)], must_not=[("NL101", "n1")], why="unsigned draft: the hypothesis was shared with the patient")

C("skane-psyk-informerad-om-diagnos-ej-om-vantetid", SK, "1987-04-27", [
    N("n1", "sk_vuxpsyk_hbg", "Läkaranteckning", "Henrik Sjöström", "läkare", "2024-01-16 15:30", [
        ("Bedömning", "Recidiverande depression, medelsvår episod. Pat informerad om diagnosen och behandlingsalternativen."),
        ("Planering", "Remiss till KBT-gruppen skickad. Pat ej informerad om väntetiden, som just nu är ca 4 mån – ssk ringer."),
    ])], must_not=[("NL101", "n1")], why="'ej informerad' concerns waiting time; the diagnosis was told")

C("skane-barnakut-pappa-informerad-kikhosta", SK, "2021-02-09", [
    N("n1", "sk_barnakut_lund", "Telefonanteckning", "Erik Sandberg", "läkare", "2024-02-06 11:25", [
        ("Provsvar", "PCR nasofarynx: Bordetella pertussis."),
        ("Åtgärd", "Pappa informerad per telefon om att det är kikhosta. Erytromycin på recept. Lillasyster 4 mån behöver profylax, pappa ringer BVC."),
    ], setting="öppenvård")], must_not=[("NL101", "n1")], why="child: a guardian was told the whooping cough result")

C("vgr-akut-ssk-typo-lakaren-har-informerta", VG, "1958-10-06", [
    N("n1", "vg_akut_nal", "Omvårdnadsanteckning", "Oscar Lund", "sjuksköterska", "2024-12-07 16:40", [
        ("Omvårdnad", "Läkaren har informerta pat om att rtg visade distal radiusfraktur hö. Gipsas enl ordination, pat förstår planeringen."),
    ])], must_not=[("NL101", "n1")], why="typo 'informerta': the patient was told the fracture")

C("skane-kvk-17-ar-klamydia-vill-inte-att-foraldrarna-vet", SK, "2006-11-28", [
    N("n1", "sk_kvk_ystad", "Läkaranteckning", "Linn Ågren", "läkare", "2024-05-21 13:05", [
        ("Provsvar", "Klamydia-PCR positivt."),
        ("Information", "17-åring informerad om resultatet och behandlingen (doxycyklin 7 d), smittspårning påbörjad. Vill inte att föräldrarna ska veta – informerad om att de inte har åtkomst till hennes journal."),
    ])], must_not=[("NL101", "n1")], why="the 17-year-old patient was told; her parents are not, which is fine")

C("vgr-vc-normalt-koloskopisvar-ej-natt", VG, "1966-12-15", [
    N("n1", "vg_vc_lerum", "Läkaranteckning", "Per Nylén", "läkare", "2024-11-12 15:50", [
        ("Provsvar", "Koloskopi med biopsier: inget malignt, normal slemhinna."),
        ("Åtgärd", "Pat ej nådd per telefon idag, skickat brev med svaret."),
    ])], must_not=[("NL101", "n1"), ("NL102", "n1")], why="patient not reached about a normal result – no diagnosis")

C("skane-onk-ej-informerad-om-studien", SK, "1958-08-31", [
    N("n1", "sk_onk_lund", "Läkaranteckning", "Birgitta Ahl", "läkare", "2024-02-20 10:40", [
        ("Aktuellt", "Njurcellscancer hö, nefrektomi i januari. Pat informerad om diagnosen redan vid utredningen."),
        ("Planering", "Kandiderar för klinisk prövning med adjuvant immunterapi. Pat ej informerad om studien ännu, prövningssköterskan ringer honom."),
    ])], must_not=[("NL101", "n1")], why="'ej informerad' about a trial, the cancer itself was told")

C("vgr-lung-diagnosbesked-sambo-narvarande", VG, "1953-04-04", [
    N("n1", "vg_lung_su", "Läkaranteckning", "Cecilia Forsberg", "läkare", "2024-10-21 10:30", [
        ("Samtal", "Diagnosbesked: småcellig lungcancer, begränsad sjukdom. Samtalet i lugn miljö med sambo och kontaktssk närvarande. Pat ställde relevanta frågor och förstod planeringen."),
        ("Planering", "Cytostatika + strålbehandling, start v 44."),
    ])], must_not=[("NL101", "n1"), ("NL102", "n1")], why="'Diagnosbesked' given – the diagnosis is communicated and affirmed")

C("skane-reuma-maken-vet-inte-om-ra", SK, "1970-01-26", [
    N("n1", "sk_reuma_lund", "Läkaranteckning", "Tobias Lund", "läkare", "2024-09-26 14:10", [
        ("Aktuellt", "Reumatoid artrit sedan 2019, pat väl insatt i sin sjukdom. Skov i händerna sedan 3 v."),
        ("Övrigt", "Maken vet inte om att pat har RA, hon vill hålla det för sig själv."),
        ("Åtgärd", "Metotrexat höjs till 20 mg/v, Depo-Medrol i hö handled."),
    ])], must_not=[("NL101", "n1")], why="a relative who does not know is not the patient not knowing")

C("vgr-neuro-gatt-igenom-parkinson-med-hustrun", VG, "1948-02-10", [
    N("n1", "vg_neuro_su", "Läkaranteckning", "Ragnhild Strand", "läkare", "2024-05-14 09:30", [
        ("Bedömning", "Parkinsons sjukdom, bekräftad med DaTSCAN."),
        ("Samtal", "Gått igenom diagnosen med pat och hustrun, de hade anat det. Startar levodopa enligt schema."),
    ])], must_not=[("NL101", "n1")], why="'gått igenom diagnosen med pat' = told")

C("vgr-infek-via-tolk-lungtuberkulos", VG, "1997-06-18", [
    N("n1", "vg_infek_ostra", "Läkaranteckning", "Peter Sandell", "läkare", "2024-01-25 14:30", [
        ("Bedömning", "Lungtuberkulos, odlingsverifierad, känslig stam."),
        ("Information", "Informerad via telefontolk (tigrinja) om diagnosen och behandlingen. Smittskyddsblad genomgånget, isolering på avdelningen."),
    ], setting="slutenvård")], must_not=[("NL101", "n1")], why="told via interpreter")

C("skane-kurator-barnen-vet-inte-an", SK, "1979-10-13", [
    N("n1", "sk_kurator_malmo", "Kuratorsanteckning", "Lina Eriksson", "kurator", "2024-03-19 10:00", [
        ("Samtal", "Pat fick besked om sin äggstockscancer igår och vill prata om hur hon ska berätta för barnen (8 och 11 år), som inte vet något än. Vi gick igenom åldersanpassade formuleringar."),
        ("Planering", "Nytt samtal efter första cytostatikabehandlingen."),
    ])], must_not=[("NL101", "n1")], why="counsellor: the patient knows; it is her children who have not been told")

C("vgr-kir-ssk-ej-informerad-om-fastetider", VG, "1983-11-21", [
    N("n1", "vg_kir_skovde", "Omvårdnadsanteckning", "Amra Hodžić", "sjuksköterska", "2024-07-23 17:45", [
        ("Omvårdnad", "Akut kolecystit, op planerad imorgon. Pat ej informerad om fastetiderna ännu, görs vid kvällsronden. Smärtskattning 3/10 efter Oxynorm."),
    ])], must_not=[("NL101", "n1")], why="'ej informerad' concerns fasting times, not the diagnosis")

C("skane-bup-vardnadshavare-fatt-aterkoppling-adhd", SK, "2015-06-25", [
    N("n1", "sk_bup_kristianstad", "Psykologanteckning", "Malin Thorsson", "psykolog", "2024-10-30 15:00", [
        ("Återgivning", "Återgivning för båda vårdnadshavarna: ADHD, kombinerad form. De fick en skriftlig sammanfattning och ställde frågor om skolan. Pojken får egen återgivning med bildstöd nästa vecka."),
    ])], must_not=[("NL101", "n1")], why="Skåne BUP: guardians told the diagnosis; the child's own feedback follows")

C("vgr-forl-barnmorska-informerat-om-graviditetsdiabetes", VG, "1992-07-07", [
    N("n1", "vg_forl_nal", "Barnmorskeanteckning", "Ida Karlsson", "barnmorska", "2024-08-06 11:20", [
        ("Provsvar", "OGTT v 28: 2-timmarsvärde 12,4."),
        ("Bedömning", "Graviditetsdiabetes."),
        ("Åtgärd", "Informerat pat i telefon, hon var förberedd. Tid till diabetesbarnmorska på torsdag."),
    ], setting="öppenvård")], must_not=[("NL101", "n1")], why="midwife told the patient her gestational diabetes by phone")

C("skane-med-palliativ-pat-vill-sjalv-beratta-for-syskon", SK, "1946-12-03", [
    N("n1", "sk_med_angelholm", "Daganteckning", "Sofie Nyberg", "läkare", "2024-10-25 13:15", [
        ("Aktuellt", "Pat informerad igår om att lymfomet inte svarat på andra linjens behandling och att fokus nu blir palliativt."),
        ("Övrigt", "Hon vill själv berätta för sina syskon och ber oss vänta med att prata med dem."),
    ])], must_not=[("NL101", "n1")], why="patient informed; siblings deliberately not yet")

C("skane-hud-utkast-meddelat-skivepitelcancer", SK, "1941-01-11", [
    N("n1", "sk_hud_lund", "Telefonanteckning", "Camilla Nord", "läkare", "2024-07-15 14:00", [
        ("Telefon", "Meddelat pat att biopsin från hjässan visade högt differentierad skivepitelcancer. Excision med 5 mm marginal bokas, hon fick tid direkt."),
    ], signed=None)], must_not=[("NL101", "n1")], why="unsigned draft: the diagnosis was 'meddelat' to the patient")

C("vgr-uro-pat-hade-last-pad-pa-1177", VG, "1956-03-24", [
    N("n1", "vg_uro_sas", "Läkaranteckning", "Anders Widén", "läkare", "2024-09-12 14:45", [
        ("Samtal", "Pat hade redan läst PAD-svaret (adenocarcinom i prostata, Gleason 4+3) på 1177 innan besöket och var förberedd. Gick igenom behandlingsalternativen: prostatektomi eller strålning."),
    ])], must_not=[("NL101", "n1")], why="the patient knew the result before the visit; nothing uncommunicated")

C("vgr-kvk-missed-abortion-informerad-vid-ul", VG, "1994-09-19", [
    N("n1", "vg_kvk_ostra", "Läkaranteckning", "Elin Johansson", "läkare", "2024-01-18 09:40", [
        ("Undersökningar", "VUL: fosterekvivalent 9 mm utan hjärtaktivitet, motsvarar v 7."),
        ("Bedömning", "Missed abortion, beräknad v 9."),
        ("Information", "Informerad vid undersökningen, ledsen men samlad. Vill ha medicinsk behandling, Mifegyne ges idag."),
    ])], must_not=[("NL101", "n1")], why="missed miscarriage told during the scan")

C("skane-fysio-besked-av-ortopeden-akillesruptur", SK, "1979-08-17", [
    N("n1", "sk_fysio_trelleborg", "Fysioterapeutanteckning", "Jonas Lindgren", "fysioterapeut", "2024-11-26 10:30", [
        ("Bakgrund", "Pat har fått besked av ortopeden om total ruptur av vä akillessena och valt icke-operativ behandling."),
        ("Åtgärd", "Start av rehab enligt protokoll, ortos med kilar. Belastning enl schema."),
    ])], must_not=[("NL101", "n1")], why="physiotherapist notes the patient was told by the orthopaedist")

C("vgr-vc-ssk-inget-svar-har-kommit-an", VG, "1974-04-16", [
    N("n1", "vg_vc_kungshojd", "Telefonanteckning", "Agneta Björk", "sjuksköterska", "2024-05-22 09:25", [
        ("Telefon", "Pat undrar över blodproverna från förra veckan. Inget svar har kommit till mottagningen än, lovat att återkomma så fort det gör det."),
    ])], must_not=[("NL101", "n1"), ("NL102", "n1")], why="no result and no diagnosis: nothing to be uncommunicated")

# ---------------------------------------------------------------- records of 2–3 notes
C("vgr-akut-rec-ssk-triage-sedan-lakare-susp-dvt", VG, "1983-12-01", [
    N("n1", "vg_akut_su", "Triageanteckning", "Maria Lönn", "sjuksköterska", "2024-08-25 19:05", [
        ("Triage", "Svullet hö ben sedan 4 d efter lång bilresa från Kroatien. Inga bröstsmärtor, ingen andnöd. Vitalparametrar ua, RETTS grön."),
    ]),
    N("n2", "vg_akut_su", "Akutanteckning", "Johanna Lindqvist", "läkare", "2024-08-25 21:30", [
        ("Status", "Hö vad 3 cm större än vä, ömhet längs djupa vener."),
        ("Bedömning", "Susp. DVT hö. D-dimer 1,8."),
        ("Åtgärd", "UL-doppler imorgon bitti, Fragmin till dess."),
    ])], must=[("NL102", "n2")], must_not=[("NL102", "n1")], why="record: the doctor's 'Susp. DVT' fires on n2 only; triage note has no hypothesis")

C("skane-kir-rec-tidiga-hypoteser-sedan-lacka-i-synlig", SK, "1952-03-14", [
    N("n1", "sk_kirmott_ystad", "Tidiga hypoteser", "Ola Persson", "läkare", "2024-05-13 10:50", [
        ("Tidiga hypoteser", "DT visar 3 cm expansivitet i pankreashuvudet med gallvägsdilatation. Misstänkt cancer i pankreashuvudet. Ej kommunicerat med pat i väntan på EUS."),
    ]),
    N("n2", "sk_kirmott_ystad", "Mottagningsanteckning", "Ola Persson", "läkare", "2024-05-13 11:05", [
        ("Aktuellt", "Gul sedan 2 v, klåda, mörk urin."),
        ("Bedömning", "Trol. pankreascancer, utreds vidare."),
        ("Planering", "EUS med biopsi."),
    ])], must=[("NL102", "n2")], must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="hypothesis correctly hidden in n1 but repeated with 'Trol.' in visible n2")

C("skane-lung-rec-ej-informerad-sedan-besked", SK, "1950-07-23", [
    N("n1", "sk_lung_lund", "Läkaranteckning", "Isak Berglund", "läkare", "2024-10-14 15:20", [
        ("Provsvar", "Bronkoskopi 8/10, PAD: skivepitelcancer hö överlob."),
        ("Bedömning", "Lungcancer hö, skivepitel."),
        ("Planering", "Pat ej informerad än, får besked imorgon 10.30."),
    ]),
    N("n2", "sk_lung_lund", "Läkaranteckning", "Isak Berglund", "läkare", "2024-10-15 11:10", [
        ("Samtal", "Diagnosbesked: har berättat om skivepitelcancern för pat och hans sambo. Tog det sansat, många frågor om rökningen. Kontaktssk Ylva närvarande."),
        ("Planering", "PET-DT, MDK 24/10."),
    ])], must=[("NL101", "n1")], must_not=[("NL101", "n2")], why="record: NL101 on the note written before the news, not on the note documenting it")

C("skane-neuro-rec-mall-th-sedan-ms-ej-beskedet", SK, "1993-09-09", [
    N("n1", "sk_neuro_lund", "Tidiga hypoteser", "Jessica Lind", "läkare", "2024-04-02 14:30", [
        ("Tidiga hypoteser", "MR med typiska demyeliniserande lesioner. Misstänkt MS, tar inte upp det med pat före likvorsvar då hon har svår hälsoångest."),
    ]),
    N("n2", "sk_neuro_lund", "Läkaranteckning", "Jessica Lind", "läkare", "2024-04-19 09:50", [
        ("Provsvar", "Likvor: oligoklonala band pos, IgG-index förhöjt."),
        ("Bedömning", "Skovvis förlöpande MS enligt McDonald 2017."),
        ("Planering", "Pat har inte fått beskedet än, tid för diagnossamtal med MS-ssk 25/4."),
    ])], must=[("NL101", "n2")], must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="settled MS moved to a visible note before the patient was told; the earlier hidden entry is fine")

C("skane-uro-rec-mall-th-sedan-kallelse-utan-diagnos", SK, "1948-06-02", [
    N("n1", "sk_uro_malmo", "Tidiga hypoteser", "Per Gustafsson", "läkare", "2024-02-19 13:00", [
        ("Tidiga hypoteser", "Cytologi från blåssköljvätska: höggradigt maligna celler. Misstänkt urotelial cancer (CIS). Pat ej informerad ännu."),
    ]),
    N("n2", "sk_uro_malmo", "Läkaranteckning", "Per Gustafsson", "läkare", "2024-02-19 13:10", [
        ("Planering", "Svar på urincytologin har inkommit. Pat kallas till mottagningen för genomgång och cystoskopi med biopsier."),
    ])], must_not=[("NL101", "n1"), ("NL101", "n2"), ("NL102", "n1"), ("NL102", "n2")],
  why="hypothesis and 'not told' kept in the hidden template; the visible note names no diagnosis")

C("skane-neuro-rec-susp-tia-sedan-migran-med-aura", SK, "1986-05-27", [
    N("n1", "sk_akut_lund", "Akutanteckning", "Moa Lindblom", "läkare", "2024-07-02 22:40", [
        ("Aktuellt", "Flimmer i synfältet och domning i vä hand som vandrade upp till munnen under 20 min, sedan huvudvärk."),
        ("Bedömning", "Susp. TIA, DD migrän med aura."),
        ("Åtgärd", "Remiss neuro för snabb bedömning, Trombyl startat."),
    ]),
    N("n2", "sk_neuro_lund", "Läkaranteckning", "Jessica Lind", "läkare", "2024-07-05 10:15", [
        ("Undersökningar", "MR hjärna inkl diffusion ua, karotisdoppler ua."),
        ("Bedömning", "TIA uteslutes. Migrän med aura, typisk marschbild."),
        ("Åtgärd", "Trombyl sätts ut. Informerat pat om migrändiagnosen och om vad hon ska göra vid nästa anfall."),
    ])], must=[("NL102", "n1")], must_not=[("NL102", "n2"), ("NL101", "n2")],
  why="record: the ER hypothesis fires on n1; the neurologist's note rules TIA out and tells the patient")

C("vgr-onk-rec-tre-anteckningar-fore-och-efter-besked", VG, "1965-10-16", [
    N("n1", "vg_onk_su", "Läkaranteckning", "Karin Wallin", "läkare", "2024-03-18 16:00", [
        ("Provsvar", "PAD från ovarieresektion: höggradig serös karcinom, FIGO IIIC enl DT."),
        ("Planering", "Pat inte informerad ännu. Kallas via kontaktssk till besök 21/3."),
    ]),
    N("n2", "vg_onk_su", "Telefonanteckning", "Ylva Bergqvist", "sjuksköterska", "2024-03-19 09:15", [
        ("Telefon", "Ringt pat och bokat läkarbesök 21/3 kl 10 angående provsvaren. Hon tar med sin syster."),
    ]),
    N("n3", "vg_onk_su", "Läkaranteckning", "Karin Wallin", "läkare", "2024-03-21 11:00", [
        ("Samtal", "Beskedet lämnat till pat och systern: äggstockscancer med spridning i buken. Gått igenom plan med cytostatika och ev. op."),
        ("Planering", "Start karboplatin/paklitaxel v 13."),
    ])], must=[("NL101", "n1")], must_not=[("NL101", "n2"), ("NL101", "n3")],
  why="record of three notes: only the first names the cancer while saying the patient is not told")

C("vgr-barn-rec-triage-susp-pyelonefrit-sedan-verifierad", VG, "2021-04-26", [
    N("n1", "vg_barnakut_dsbus", "Triageanteckning", "Lina Åström", "sjuksköterska", "2024-03-03 18:20", [
        ("Triage", "2-åring med feber 40,1 sedan 2 d, ingen hosta, ingen snuva. Dricker lite. Kräkts en gång."),
    ]),
    N("n2", "vg_barnakut_dsbus", "Läkaranteckning", "Anna-Karin Bäck", "läkare", "2024-03-03 19:40", [
        ("Status", "Trött men kontaktbar, inget fokus på hud, öron eller lungor."),
        ("Lab", "CRP 148. U-sticka från påse: nitrit pos, leukocyter 3+."),
        ("Bedömning", "Misstänkt pyelonefrit, kateterprov för odling taget."),
        ("Åtgärd", "Ceftibuten, återbesök om 2 d."),
    ]),
    N("n3", "vg_barnmed_sas", "Läkaranteckning", "Sara Holm", "läkare", "2024-03-06 10:00", [
        ("Provsvar", "Urinodling (kateter): E. coli > 10^5, känslig för ceftibuten."),
        ("Bedömning", "Pyelonefrit, svarar på behandlingen, feberfri sedan igår."),
        ("Information", "Mamma informerad om odlingssvaret och om UL njurar om 6 v."),
    ])], must=[("NL102", "n2")], must_not=[("NL102", "n1"), ("NL102", "n3"), ("NL101", "n3")],
  why="child, three notes: hedge in the ER doctor's note; the follow-up affirms and tells the guardian")

C("skane-rec-pmo-vc-sedan-melior-lung", SK, "1954-01-12", [
    N("n1", "sk_vc_sorgenfri", "Besöksanteckning", "Mirela Kovač", "läkare", "2024-06-10 09:30", [
        ("Aktuellt", "Rökare, hosta 6 v, blodstrimmigt slem 2 ggr."),
        ("Bedömning", "Misstänkt lungcancer."),
        ("Åtgärd", "Remiss enligt SVF lungcancer, DT thorax beställd."),
    ]),
    N("n2", "sk_lung_lund", "Läkaranteckning", "Isak Berglund", "läkare", "2024-06-20 13:45", [
        ("Undersökningar", "DT thorax: 4 cm spikulerad förändring hö överlob, förstorade mediastinala körtlar."),
        ("Bedömning", "Trol. lungcancer hö överlob med mediastinal spridning."),
        ("Planering", "Bronkoskopi med EBUS nästa vecka."),
    ])], must=[("NL102", "n2")], must_not=[("NL102", "n1")],
  why="same hedge in PMO (not shown) and then in Melior (shown): fires only on the Melior note")

C("vgr-psyk-rec-sokord-th-sedan-bipolar-informerad", VG, "1990-08-28", [
    N("n1", "vg_psyk_affektiva", "Läkaranteckning", "Farid Haddad", "läkare", "2024-01-09 13:20", [
        ("Aktuellt", "Tre veckor med minskat sömnbehov, höga planer för företag, talar snabbt."),
        ("Tidiga hypoteser", "Bipolär sjukdom typ I? Tas inte upp med pat förrän han är mindre uppvarvad."),
        ("Planering", "Litium diskuteras, tätare besök."),
    ]),
    N("n2", "vg_psyk_affektiva", "Läkaranteckning", "Farid Haddad", "läkare", "2024-02-06 13:20", [
        ("Bedömning", "Bipolär sjukdom typ I, nu i remission efter manisk episod."),
        ("Samtal", "Diagnosen genomgången med pat som tog det bra, säger att det förklarar mycket. Litium fortsätter."),
    ])], must_not=[("NL102", "n1"), ("NL101", "n1"), ("NL102", "n2"), ("NL101", "n2")],
  why="hypothesis hidden under the VGR sökord, later settled and told in a visible note")

# ---------------------------------------------------------------- long dictated notes
C("vgr-long-med-inskrivning-misstankt-pneumoni-sepsis", VG, "1943-11-02", [
    N("n1", "vg_med_alingsas", "Inskrivningsanteckning", "Fredrik Ståhl", "läkare", "2024-01-14 23:50", [
        ("Kontaktorsak", "Feber, hosta och förvirring sedan 2 dygn."),
        ("Anamnes", "80-årig man som bor med hustrun i villa, klarar sig själv och kör bil. Tidigare hypertoni, tablettbehandlad typ 2-diabetes, TIA 2019 utan restsymtom och prostataförstoring. Inga kända allergier. Slutade röka 1990. Enligt hustrun förkyld en vecka, sedan i förrgår frossa, gula upphostningar och tilltagande trötthet. Igår kväll pratade han osammanhängande och trillade i hallen utan att slå i huvudet. Äter och dricker dåligt, kissar lite."),
        ("Socialt", "Pensionerad lantbrukare. Hustrun är frisk och kör honom gärna. Två vuxna barn, en dotter i Borås och en son i Norge. Ingen hemtjänst, klarar trappor och handlar själv. Går promenader med hunden dagligen."),
        ("Omvårdnadsbehov", "Behöver hjälp vid förflyttning ikväll pga yrsel, fallriskbedömning gjord av ssk. Urinmätning med flaska. Vätskelista och kostregistrering startas, näringsdryck mellan måltiderna."),
        ("Tidigare vårdtillfällen", "Vårdad på medicinavdelningen 2019 för TIA, utskriven utan restsymtom. Inga tidigare lunginflammationer. Vaccinerad mot influensa i höstas men inte mot pneumokocker."),
        ("Läkemedel", "Metformin 1 g x 2, amlodipin 5 mg x 1, Trombyl 75 mg x 1, tamsulosin 0,4 mg x 1."),
        ("Status", "AT: trött men väckbar, orienterad till person men inte till tid. Temp 38,9, puls 104 regelbunden, BT 118/64, AF 26, sat 89 % utan syrgas och 95 % på 2 liter. Hjärta: regelbunden rytm utan blåsljud. Lungor: rassel och nedsatta andningsljud hö bas. Buk mjuk och oöm. Neuro: inga fokala bortfall, pupiller lika. Inga underbensödem."),
        ("Lab", "CRP 236, LPK 16,8, Hb 131, Na 131, K 4,4, kreatinin 128 (tidigare 85), P-glukos 14,2, laktat 2,1."),
        ("Röntgen", "Lungröntgen beställd, ej gjord vid dikteringstillfället."),
        ("Bedömning", "Misstänkt pneumoni hö underlob med sepsis och akut konfusion, CRB-65 3. Prerenal njurpåverkan och lätt hyponatremi av dåligt intag."),
        ("Åtgärd", "Blododlingar x 2, urinodling och sputumodling. Cefotaxim 1 g x 3 iv och Ringer-Acetat 1 000 ml. Metformin pausas. Syrgas till sat 92–96 %. Delirieprevention och tät tillsyn nattetid."),
        ("Planering", "Lungröntgen ikväll, CRP och kreatinin imorgon bitti. Hustrun informerad per telefon om inläggningen. HLR-ställningstagande görs av dagteamet tillsammans med pat när han är klarare."),
    ])], must=[("NL102", "n1")], why="long dictated admission note: one hedged pneumonia among many affirmed findings")

C("skane-long-onk-skelettmetastas-kan-inte-uteslutas", SK, "1966-08-26", [
    N("n1", "sk_onk_lund", "Läkaranteckning", "Marie Lundgren", "läkare", "2024-05-21 10:30", [
        ("Aktuellt", "Uppföljning två år efter avslutad behandling för bröstcancer vä (pT2N1, ER+, HER2–), behandlad med mastektomi, axillutrymning, adjuvant cytostatika, strålbehandling och därefter tamoxifen sedan ett och ett halvt år. Mår överlag bra och arbetar heltid som förskollärare. Sedan cirka sex veckor ont i ländryggen, värst nattetid, vaknar av smärtan. Inget trauma. Alvedon hjälper dåligt. Ingen viktnedgång, ingen feber, aptiten god, lite tröttare än vanligt men sover dåligt pga smärtan."),
        ("Tidigare sjukdomar", "Hypotyreos på Levaxin sedan 2010. Inga hjärt- eller lungsjukdomar. Opererad för ljumskbråck som ung. Inga kända läkemedelsallergier."),
        ("Socialt", "Gift, två tonårsbarn, bor i radhus i Lund. Maken följer med på besöken och var med idag. Cyklar till jobbet när ryggen tillåter, har de senaste veckorna tagit bussen."),
        ("Läkemedel", "Tamoxifen 20 mg x 1, Levaxin 100 µg x 1, Alvedon 1 g vid behov. Naproxen 500 mg x 2 på prov i två veckor med omeprazol som magskydd."),
        ("Psykosocialt", "Arbetar heltid och trivs. Hade stöd av kurator under cytostatikabehandlingen men har inte behövt det senaste året. Sover 5–6 timmar per natt på grund av smärtan, väcks vanligen vid tretiden och går då upp en stund."),
        ("Vitalparametrar", "BT 124/78, puls 76, temp 36,8, vikt 67 kg, oförändrad sedan i höstas."),
        ("Status", "Gott AT. Ärrområdet på vä thoraxvägg utan resistenser. Ingen palpabel lymfadenopati axillärt eller supraklavikulärt. Hö bröst utan anmärkning. Rygg: palpationsöm över L3 utan nämnvärd muskulär spänning. SLR negativ bilateralt. Kraft, sensibilitet och reflexer i benen utan anmärkning, normal gång."),
        ("Lab", "Hb 128, ALP 168 (ref < 105), Ca 2,61, CA 15-3 41 (vid förra kontrollen 18)."),
        ("Bedömning", "Nytillkommen nattlig ryggsmärta med stigande ALP och tumörmarkör hos kvinna med tidigare lymfkörtelpositiv bröstcancer. Skelettmetastas i L3 kan inte uteslutas, differentialdiagnostiskt degenerativ förändring."),
        ("Åtgärd", "MR hela ryggen prio 1 samt DT thorax-buk. NSAID på prov. Tamoxifen fortsätter tills vidare."),
        ("Planering", "Återbesök när undersökningarna är klara, beräknat om två veckor. Kontaktsjuksköterskan ringer med tider. Pat har fått vårt direktnummer vid försämring, till exempel svaghet i benen eller svårt att kissa."),
    ])], must=[("NL102", "n1")], why="long oncology follow-up: 'kan inte uteslutas' about bone metastasis among affirmed history")

C("vgr-long-kir-kolangiokarcinom-besked-efter-mdk", VG, "1957-02-14", [
    N("n1", "vg_kir_skovde", "Daganteckning", "Lars Bergström", "läkare", "2024-03-19 11:40", [
        ("Aktuellt", "Dag 5 på avdelningen. Inkom med smärtfri ikterus och klåda, bilirubin 240 vid ankomst. ERCP 13/3 med plaststent i ductus choledochus, därefter snabbt sjunkande bilirubin, idag 96. Mår bättre, äter halva portioner och går själv i korridoren. Ingen feber efter ERCP."),
        ("Omvårdnad", "Klådan har minskat sedan stenten sattes, sover bättre. Aptiten kommer långsamt tillbaka, näringsdryck två gånger dagligen. Vikt 71 kg, vid inskrivning 72 kg. Hustrun kommer varje dag och går promenader med honom."),
        ("Tidigare sjukdomar", "Välbehandlad hypertoni. Typ 2-diabetes på metformin, pausad under vårdtiden pga kontrastundersökningarna, insulin enligt schema istället. Inga tidigare bukoperationer."),
        ("Läkemedel", "Enalapril 10 mg x 1, Novorapid enligt schema, Fragmin 5 000 E x 1 som tromboprofylax, Alvedon 1 g x 3, Atarax 25 mg till natten mot klådan."),
        ("Anhöriga", "Hustrun ringde i morse och undrade över svaren. Hänvisat till samtalet efter konferensen på torsdag, då hon och pat träffar ansvarig kirurg och kontaktsjuksköterska tillsammans."),
        ("Fysioterapi", "Fysioterapeut har bedömt gången, går säkert utan hjälpmedel. Andningsgymnastik med PEP-flaska tre gånger dagligen, kompressionsstrumpor utöver Fragmin."),
        ("Nutrition", "Dietist konsulterad, energibehov beräknat till 2 100 kcal per dygn. Äter cirka 60 procent av det, resten kompletteras med näringsdrycker."),
        ("Status", "Lätt ikterisk i sklera, buk mjuk och oöm utan resistenser. Hjärta och lungor utan anmärkning."),
        ("Lab", "Bilirubin 96, ALP 7,8, ALAT 2,1, CRP 12, Hb 121, TPK 290, PK-INR 1,1. CA 19-9 880."),
        ("Undersökningar", "Borstcytologi från gallvägsstrikturen (svar 18/3): adenocarcinom. DT thorax-buk: 2,5 cm striktur i leverhilus med inväxt i hö leverartär, inga fjärrmetastaser. MRCP visar Bismuth IIIa."),
        ("Bedömning", "Perihilärt kolangiokarcinom, Bismuth IIIa, med kärlinväxt. Resektabiliteten behöver värderas av HPB-kirurgerna."),
        ("Planering", "Anmäls till regional MDK torsdag 21/3. Besked om diagnosen lämnas inte förrän efter MDK, så att vi kan presentera en samlad behandlingsplan samtidigt. Pat och hustrun vet att prover tagits och att vi väntar på svar. Kontaktsjuksköterska Anna kopplas in redan nu. Fortsatt vård på avdelningen, ny lab fredag. Vid feber tas blododlingar och endoskopist kontaktas."),
    ])], must=[("NL101", "n1")], must_not=[("NL102", "n1")], why="long ward note: settled cholangiocarcinoma visible, news withheld until after the MDT")

C("pmo-long-vc-trotthet-svettningar-misstankt-lymfom", SK, "1961-10-21", [
    N("n1", "sk_vc_sorgenfri", "Besöksanteckning", "Mirela Kovač", "läkare", "2024-04-11 14:20", [
        ("Kontaktorsak", "Trötthet och svettningar."),
        ("Anamnes", "63-årig kvinna, busschaufför. Sedan 2–3 mån tilltagande trötthet, nattliga svettningar så att hon byter lakan, gått ner ca 4 kg utan att försöka. Klåda på benen efter dusch. Ingen hosta, ingen uppmätt feber, inga utlandsresor senaste året. Menopaus sedan 10 år. Tidigare frisk frånsett hypotyreos på Levaxin 75 µg. Röker inte, lite vin på helger. Mamma hade bröstcancer i 70-årsåldern."),
        ("Socialt", "Bor med maken i lägenhet i Malmö, två vuxna döttrar. Arbetar heltid med varierande skift och har svårt att få ihop sömnen med schemat även innan besvären började."),
        ("Tidigare", "Appendektomi 1985. Två förlossningar utan komplikationer. Mammografi för ett år sedan utan anmärkning."),
        ("Läkemedel", "Levaxin 75 µg x 1, Ipren vid behov mot huvudvärk."),
        ("Vitalparametrar", "BT 132/84, puls 88, temp 37,6, vikt 61 kg (65 kg i januari enligt egen våg)."),
        ("Samtal", "Pat är orolig och berättar att hon legat vaken och googlat på nätterna. Hon vill ha så mycket information som möjligt och föredrar att bli uppringd på mobilen framför att läsa svaren i appen."),
        ("Status", "Gott AT, lätt blek. Lymfkörtlar: fast, oöm körtel 2 cm vä supraklavikulärt, små körtlar i båda axillerna. Cor regelbunden utan blåsljud. Pulm vesikulära andningsljud. Buk mjuk, mjälten palpabel 2 cm under arcus. Hud: rivmärken på underbenen, inga utslag i övrigt. Mammae ua."),
        ("Lab", "Hb 112, LPK 9,8, TPK 420, SR 58, CRP 24, LD 310, TSH 2,1."),
        ("Bedömning", "B-symtom, förstorade lymfkörtlar och splenomegali. Misstänkt lymfom, kanske Hodgkin med tanke på klådan. DD tuberkulos eller sarkoidos, metastatisk sjukdom mindre troligt men kan ej uteslutas."),
        ("Åtgärd", "Remiss enligt SVF lymfom till hematologen SUS idag. DT hals-thorax-buk beställd via SVF, Quantiferon tas."),
        ("Planering", "Informerat om misstanken och om hur SVF går till, pat vill att maken följer med nästa gång. Sjukskriven 2 v. Telefonkontakt om 1 v."),
        ("Intyg", "Läkarintyg för sjukpenning utfärdat, pat informerar själv arbetsgivaren. Kopia av remissen skickad till pat via 1177."),
        ("Ansvar", "Ansvarig läkare Kovač, ersättare vid frånvaro distriktsläkare Lind. SVF-koordinatorn har bekräftat remissen."),
    ])], must_not=[("NL102", "n1")], why="long PMO note packed with hedges and a DD list: PMO never shows diagnoses")

C("vgr-long-epikris-hjartsvikt-negationer-och-bekraftat", VG, "1948-01-15", [
    N("n1", "vg_med_alingsas", "Epikris", "Maria Ek", "läkare", "2024-05-10 15:00", [
        ("Diagnoser", "Hjärtsvikt med nedsatt ejektionsfraktion, NYHA III, dekompenserad. Förmaksflimmer, känt sedan 2018. Kronisk njursjukdom stadium 3a."),
        ("Sammanfattning", "76-årig kvinna som inkom 2/5 med tilltagande andfåddhet sedan två veckor, nattlig ortopné, svullna ben och viktuppgång 5 kg. Vid ankomst sat 88 %, BT 142/88, oregelbunden puls 118. Lungröntgen visade stas och bilaterala pleuravätskor men inga infiltrat. Ingen feber, CRP 9, ingen misstanke om infektion som utlösande faktor. Troponin T 22 utan dynamik och EKG utan ischemitecken, akut koronart syndrom uteslutet. Behandlad med furosemid iv med god diures, totalt minus 6,5 kg. Ekokardiografi 6/5: EF 30 %, ingen signifikant klaffsjukdom, ingen perikardvätska. Frekvensreglerad med höjd bisoprololdos, vilopuls nu 78. Kreatinin steg lätt under diuresen (112 till 138) men har stabiliserats. Mobiliserad med fysioterapeut, klarar trappor med vila."),
        ("Omvårdnad", "Vätskerestriktion 1,5 liter per dygn under vårdtiden och daglig vägning. Pat har lärt sig att själv föra in vikten i en dagbok som hon tar med hem. Hjärtsviktssköterskan har gått igenom saltintag och tecken på försämring."),
        ("Socialt", "Änka sedan 2020, bor ensam i lägenhet med hiss. Dottern bor i närheten och handlar en gång i veckan. Hemtjänst har inte behövts, pat vet hur hon ansöker om det skulle bli aktuellt."),
        ("Tidigare sjukdomar", "Hypertoni sedan 1990-talet. Förmaksflimmer sedan 2018, antikoagulerad. Kataraktoperation bilateralt 2021."),
        ("Vårdförlopp", "Första dygnen syrgas 2 liter, utsatt dag tre. Ingen arytmi på telemetrin utöver känt flimmer. Ett kortare blodtrycksfall efter dubbel dos furosemid, åtgärdat med paus i behandlingen. Sover nu med två kuddar sedan ortopnén släppte. Kommunens rehabteam kontaktat för hembesök inom en vecka."),
        ("Läkemedel", "Furosemid sänkt till 40 mg x 2. Bisoprolol höjd till 7,5 mg. Eliquis 5 mg x 2 oförändrat. Enalapril utsatt, sakubitril/valsartan insätts efter 36 timmars paus enligt hjärtsviktssköterskans schema."),
        ("Uppföljning", "Hjärtsviktsmottagningen om två veckor med kreatinin och kalium. Daglig vägning hemma, kontakt vid viktuppgång mer än 2 kg på 3 dagar. Pat och dottern har fått muntlig och skriftlig information om diagnoserna och läkemedelsändringarna."),
    ], setting="slutenvård")], must_not=[("NL102", "n1"), ("NL101", "n1")], why="long discharge summary: negations and affirmed diagnoses only, all communicated")

C("skane-long-psyk-nybesok-depression-informerad", SK, "1983-05-09", [
    N("n1", "sk_vuxpsyk_hbg", "Läkaranteckning", "Henrik Sjöström", "läkare", "2024-11-18 09:00", [
        ("Aktuellt", "Nybesök efter remiss från vårdcentralen. 41-årig man, gift, två barn, IT-konsult. Sedan i höstas tilltagande nedstämdhet, sover 4–5 timmar per natt med tidigt uppvaknande, har tappat lusten för allt inklusive träning och barnens aktiviteter. Svårt att koncentrera sig, sjukskriven 100 % sedan tre veckor. Skuldkänslor för att han är en belastning för familjen. Har haft tankar på att inte vilja leva men förnekar planer, tänker på barnen. Ingen tidigare psykiatrisk kontakt. Alkohol 2–3 öl i veckan, ingen narkotika."),
        ("Socialt", "Bor i villa i Helsingborg med hustrun och barnen, 7 och 10 år. Hustrun arbetar som lärare. Goda relationer till föräldrarna som bor nära och hjälper till med hämtningar. Inga ekonomiska problem, men oro för hur länge arbetsgivaren väntar."),
        ("Somatiskt", "Frisk sedan tidigare, inga läkemedel. Blodprover på vårdcentralen för en månad sedan med normalt blodstatus, TSH och B12. BT idag 128/80, puls 72, vikt 84 kg."),
        ("Samtal", "Pat skäms över att inte orka och har dolt besvären för kollegorna. Han har svårt att läsa längre texter och glömmer avtal, vilket skrämmer honom. Vi pratade om sömnens betydelse, om att dela upp dagen i små aktiviteter och om korta promenader varje förmiddag."),
        ("Körkort", "Inga hinder för bilkörning bedöms föreligga i nuläget."),
        ("Hereditet", "Mamma behandlad för depression."),
        ("Psykiskt status", "Vårdad, god kontakt, sänkt tempo. Nedstämd grundstämning, begränsad affekt, talar med låg röst. Inga psykotiska symtom, inga tecken på mani. Orienterad, minnet grovt intakt."),
        ("Skattningar", "MADRS 31. AUDIT 4."),
        ("Suicidriskbedömning", "Passiva dödstankar utan plan eller förberedelser. Skyddande faktorer: familjen, barnen, ingen tidigare suicidhandling, söker själv hjälp. Risken bedöms som låg men kvarstående."),
        ("Bedömning", "Egentlig depression, medelsvår episod, utan psykotiska symtom."),
        ("Åtgärd", "Diagnosen och behandlingsalternativen genomgångna med pat och hustrun, som var med under andra halvan av besöket. Pat valde läkemedel i kombination med KBT. Sertralin 50 mg, höjs till 100 mg efter en vecka. Sjukskrivningen förlängs 4 v."),
        ("Planering", "Telefonkontakt med ssk om en vecka, läkarbesök om fyra veckor. Vid försämring eller ökade suicidtankar psykiatriska akutmottagningen eller 112, vilket pat fått skriftligt."),
    ])], must_not=[("NL101", "n1"), ("NL102", "n1")], why="long psychiatry new-patient note: affirmed depression told to patient and wife, only negations otherwise")

C("vgr-long-barnmed-jia-foraldrarna-informerade", VG, "2018-06-19", [
    N("n1", "vg_barnmed_sas", "Läkaranteckning", "Sara Holm", "läkare", "2024-09-20 13:30", [
        ("Aktuellt", "5-årig flicka, återbesök för provsvar. Sedan 3 mån ont i knäna på morgonen, haltar första timmen efter uppvaknandet och blir sedan bättre. Svullnade i vä knä för 6 v sedan, nu även hö fotled. Ingen feber, inga utslag, äter och växer som vanligt. Leker som vanligt på förskolan på eftermiddagarna enligt pappa."),
        ("Tidigare", "Fullgången, normal nyföddhetsperiod. Vaccinerad enligt programmet. Inga tidigare sjukhusvistelser, enstaka öroninflammationer som liten."),
        ("Socialt", "Bor med mamma, pappa och storebror 9 år i hus utanför Borås. Går på förskola fem dagar i veckan. Pappa var med på besöket, mamma deltog per telefon under genomgången."),
        ("Hereditet", "Morfar har psoriasis. Ingen känd reumatisk sjukdom i övrigt i släkten."),
        ("Tillväxt", "Längd 110 cm, vikt 18,4 kg, följer sina kurvor."),
        ("Övrigt", "Elin var glad och pratsam under besöket och visade gärna hur hon hoppar på ett ben trots svullnaden. Inga ögonbesvär enligt föräldrarna."),
        ("Status", "Gott AT. Vä knä svullet med hydrops och värmeökning, extension -10°. Hö fotled svullen och rörelseinskränkt. Övriga leder ua. Inga hudutslag, lymfkörtlar ua."),
        ("Lab", "SR 28, CRP 8, Hb 118, LPK 8,1, TPK 398. ANA positiv 1:320, RF negativ, anti-CCP negativ. Borreliaserologi negativ."),
        ("Röntgen", "Knän: mjukdelssvullnad vä, inga skelettförändringar."),
        ("Bedömning", "Juvenil idiopatisk artrit, oligoartikulär form. Infektiös artrit och leukemi bedöms uteslutna utifrån förlopp, lab och normalt blodstatus."),
        ("Åtgärd", "Diagnosen förklarad för båda föräldrarna i lugn och ro, de fick skriftlig information och frågade mycket om framtiden och idrott. Till Elin själv har vi på hennes nivå sagt att knäna är arga och ska få medicin. Intraartikulär kortisoninjektion vä knä i narkos 2/10, naproxen mixtur tills dess."),
        ("Planering", "Remiss till ögonmottagningen för uveitscreening var tredje månad (ANA-positiv). Fysioterapeut kontaktas. Återbesök barnreumatolog efter injektionen."),
        ("Samtal", "Pappa undrade om Elin kan fortsätta med simskolan och dansen. Vi uppmuntrade fortsatt fysisk aktivitet efter förmåga. Föräldrarna fick information om barnreumatologiska familjedagar och kontaktuppgifter till teamets sjuksköterska."),
        ("Läkemedel", "Naproxen mixtur 25 mg/ml, 4 ml två gånger dagligen tillsammans med mat. Inga andra läkemedel."),
    ])], must_not=[("NL101", "n1"), ("NL102", "n1")], why="long paediatric note: affirmed JIA explained to both guardians; alternatives negated")

C("skane-long-epikris-ger-fall-trol-lakemedelsutlost", SK, "1934-09-03", [
    N("n1", "sk_ger_landskrona", "Epikris", "Eva Sundin", "läkare", "2024-06-07 14:10", [
        ("Diagnoser", "Fall i hemmet. Ortostatisk hypotension, trol. läkemedelsutlöst. Lindrig hyponatremi. Parkinsons sjukdom, känd sedan 2017."),
        ("Tidigare sjukdomar", "Parkinsons sjukdom sedan 2017, hypertoni, benign prostatahyperplasi och glaukom. Höftprotes hö 2015."),
        ("Sammanfattning", "89-årig man som bor ensam med hemtjänst två gånger dagligen. Inkom 31/5 efter att ha hittats på golvet av hemtjänsten på morgonen, okänd liggtid. Inga frakturer på röntgen av höft och bäcken. CK 2 400 vid ankomst, normaliserat efter vätska. Vid ortostatiskt test blodtrycksfall från 138/76 till 96/60 efter tre minuter med yrsel. Under vårdtiden har doxazosin satts ut och levodopadosen fördelats jämnare över dygnet, därefter endast lätt blodtrycksfall. Natrium 129 vid ankomst, 134 vid utskrivning efter utsatt hydroklortiazid. Mobiliserad med rollator, arbetsterapeut har gjort hembesök och ordnat trygghetslarm och toalettförhöjning."),
        ("Omvårdnad", "Trycksårsbedömning enligt Norton med låg risk, huden hel vid utskrivning. Äter själv med viss hjälp att skära maten och får konsistensanpassad kost efter logopedbedömning. Sömnen bättre sedan kvällsdosen justerades."),
        ("Socialt", "Änkling sedan 2019, bor i lägenhet på andra våningen med hiss. Sonen bor i Landskrona och ringer varje dag. Hemtjänsten utökas till tre besök per dag efter vårdplaneringsmöte med kommunen, där pat och sonen deltog."),
        ("Vårdförlopp", "Första dygnet intravenös vätska och täta kontroller av njurfunktionen, som förblev normal. Blodtrycket mättes liggande och stående två gånger dagligen. Inga nya fall under vårdtiden. Kost och vätska registrerades de första tre dygnen."),
        ("Fallrisk", "Hög fallrisk enligt Downton. Fysioterapeuten har tränat uppresning och gång med rollator och ordinerat ett enkelt hemträningsprogram för benstyrka."),
        ("Kognition", "MMSE 26/30 under vårdtiden, ingen konfusion. Klarar sin medicinhantering med dosett som hemtjänsten fyller på varannan vecka. Sonen har fått en skriftlig läkemedelslista och avdelningens telefonnummer."),
        ("Läkemedel", "Utsatt: doxazosin, hydroklortiazid. Ändrat: Madopark 100 mg x 4 i stället för 200 mg x 2. Oförändrat: Trombyl, Omeprazol."),
        ("Uppföljning", "Ortostatiskt blodtryck och natrium på vårdcentralen om 2 v. Parkinsonsköterskan kontaktas om dosändringen. Pat har fått information om att resa sig långsamt och dricka ordentligt."),
    ], setting="slutenvård")], must=[("NL102", "n1")], why="long geriatric discharge summary: one 'trol.' in the diagnosis list among affirmed ones")

# ================================================================ build and validate
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def personnummer(born, name):
    serial = sum((i + 1) * ord(ch) for i, ch in enumerate(name)) % 1000
    serial = max(serial, 2)
    yyyymmdd = born.replace("-", "")
    nine = yyyymmdd[2:] + "%03d" % serial
    return "%s-%03d%d" % (yyyymmdd, serial, luhn_digit(nine))


def luhn_ok(pnr):
    m = re.fullmatch(r"(\d{8})-(\d{4})", pnr)
    if not m:
        return False
    ten = m.group(1)[2:] + m.group(2)
    return luhn_digit(ten[:9]) == int(ten[9])


def age_at(born, when):
    b = datetime.date.fromisoformat(born)
    d = when.date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def sentences(text):
    return [x.strip() for x in re.split(r"(?<=[.!?])\s+|\n+", text) if x.strip()]


def build():
    out = []
    for c in CASES:
        notes = []
        last = None
        for n in c["notes"]:
            n2 = {k: v for k, v in n.items() if k != "_unit"}
            notes.append(n2)
            for t in (n["time"], n["signed"]):
                if t:
                    dt = datetime.datetime.fromisoformat(t)
                    last = dt if last is None or dt > last else last
        as_of = min(datetime.datetime(last.year, last.month, last.day) + datetime.timedelta(days=2),
                    datetime.datetime(2024, 12, 31))
        rec = {
            "patient": {"id": personnummer(c["born"], c["name"]), "birth_date": c["born"], "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        }
        out.append({"case": c["name"], "ruleset": c["rs"], "record": rec,
                    "must": c["must"], "must_not": c["must_not"], "why": c["why"]})
    return out


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    for i, c in enumerate(cases):
        tag = c.get("case", "#%d" % i)
        if list(c.keys()) != CASE_KEYS:
            errs.append("%s: keys %s" % (tag, list(c.keys())))
        if tag in names:
            errs.append("%s: duplicate case name" % tag)
        names.add(tag)
        if c["ruleset"] not in (SK, VG):
            errs.append("%s: ruleset %s" % (tag, c["ruleset"]))
        if not c["why"] or "\n" in c["why"]:
            errs.append("%s: why must be one non-empty line" % tag)
        rec = c["record"]
        if set(rec.keys()) != RECORD_KEYS:
            errs.append("%s: record keys" % tag)
        pat = rec["patient"]
        if set(pat.keys()) != PATIENT_KEYS:
            errs.append("%s: patient keys" % tag)
        if not luhn_ok(pat["id"]):
            errs.append("%s: personnummer %s not Luhn-valid" % (tag, pat["id"]))
        if pat["id"][:8] != pat["birth_date"].replace("-", ""):
            errs.append("%s: personnummer does not match birth_date" % tag)
        if not rec["as_of"].startswith("2024-"):
            errs.append("%s: as_of not in 2024" % tag)
        ids = set()
        pmo_ids = set()
        for n in rec["notes"]:
            if set(n.keys()) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (tag, sorted(n.keys())))
            if n["id"] in ids:
                errs.append("%s: duplicate note id %s" % (tag, n["id"]))
            ids.add(n["id"])
            unit = next(k for k, v in UNITS.items() if v[0] == n["unit"]["name"])
            region, system = UNITS[unit][2], UNITS[unit][3]
            if region != c["ruleset"]:
                errs.append("%s: unit %s not in region %s" % (tag, unit, c["ruleset"]))
            if n["system"] != system or (c["ruleset"] == VG and system != "Melior"):
                errs.append("%s: system %s" % (tag, n["system"]))
            if c["ruleset"] == VG and "BUP" in n["unit"]["name"]:
                errs.append("%s: BUP cases are Skåne only" % tag)
            if system == "PMO":
                pmo_ids.add(n["id"])
            for key in ("time", "signed"):
                v = n[key]
                if v is None and key == "signed":
                    continue
                if not v.startswith("2024-"):
                    errs.append("%s: %s %s not in 2024" % (tag, key, v))
            t = datetime.datetime.fromisoformat(n["time"])
            if n["signed"] and datetime.datetime.fromisoformat(n["signed"]) < t:
                errs.append("%s: signed before time" % tag)
            if datetime.datetime.fromisoformat(rec["as_of"]) < t:
                errs.append("%s: as_of before note time" % tag)
            a = age_at(pat["birth_date"], t)
            if a < 0 or 13 <= a <= 15:
                errs.append("%s: patient aged %d at note %s (must be <13 or >=16)" % (tag, a, n["id"]))
            if not n["sections"]:
                errs.append("%s: note without sections" % tag)
            for sec in n["sections"]:
                for snt in sentences(sec["text"]):
                    if len(snt) >= 25:
                        if snt in seen_sent and seen_sent[snt] != tag:
                            errs.append("%s: sentence also in %s: %r" % (tag, seen_sent[snt], snt))
                        elif snt in seen_sent:
                            errs.append("%s: sentence repeated within case: %r" % (tag, snt))
                        seen_sent[snt] = tag
        pairs = set()
        for kind in ("must", "must_not"):
            for item in c[kind]:
                if not (isinstance(item, list) and len(item) == 2):
                    errs.append("%s: bad %s entry %r" % (tag, kind, item))
                    continue
                code, nid = item
                if code not in CODES:
                    errs.append("%s: code %s not asserted in this set" % (tag, code))
                if nid not in ids:
                    errs.append("%s: target %s does not exist" % (tag, nid))
                if (code, nid) in pairs:
                    errs.append("%s: %s/%s asserted twice" % (tag, code, nid))
                pairs.add((code, nid))
                if nid in pmo_ids and code == "NL101":
                    errs.append("%s: NL101 is never asserted on PMO notes" % tag)
                if nid in pmo_ids and code == "NL102" and kind == "must":
                    errs.append("%s: PMO notes are must_not NL102" % tag)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % tag)
    return errs


def main():
    cases = build()
    errs = validate(cases)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, NAME + ".jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    # round trip
    with open(path, encoding="utf-8") as f:
        back = [json.loads(line) for line in f if line.strip()]
    if back != cases:
        errs.append("round trip of %s differs" % path)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    tally = {}
    for c in cases:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                tally[(code, kind)] = tally.get((code, kind), 0) + 1
    print("%d cases -> %s" % (len(cases), path))
    for code in sorted(CODES):
        print("  %s must %d must_not %d" % (code, tally.get((code, "must"), 0), tally.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
