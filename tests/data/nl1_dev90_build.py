#!/usr/bin/env python3
"""dev90 -- independent test cases for NL101 / NL102 (women's health).

Theme: mödravård / specialistmödravård, antenatal- och BB-avdelningar, förlossning,
gynekologisk mottagning och gynakut (misstänkt X, preeklampsi, graviditetsdiabetes,
myom, endometrios, PCOS, cervixdysplasi efter cellprov, ovarialcystor ...), written the
way barnmorskor and gynekologer write.

Standard library only, deterministic. Running it writes cases.jsonl next to this file
and validates the whole set; it exits 1 on any problem.
"""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev90_cases.jsonl")

SKANE = "SE2321000255-"
VGR = "SE2321000131-"

# key: (name, hsa_id, system)
UNITS = {
    # ---- Region Skåne, Melior (sjukhus) ----
    "s_lund_gynakut": ("Gynekologisk akutmottagning, Skånes universitetssjukhus Lund", SKANE + "4410", "Melior"),
    "s_malmo_gynakut": ("Gynekologiska akutmottagningen, Skånes universitetssjukhus Malmö", SKANE + "4417", "Melior"),
    "s_lund_forl": ("Förlossningsavdelningen, Skånes universitetssjukhus Lund", SKANE + "4502", "Melior"),
    "s_malmo_antenatal": ("Antenatalavdelningen, Skånes universitetssjukhus Malmö", SKANE + "4533", "Melior"),
    "s_malmo_bb": ("BB/Postnatalavdelningen, Skånes universitetssjukhus Malmö", SKANE + "4538", "Melior"),
    "s_malmo_smvc": ("Specialistmödravården, Skånes universitetssjukhus Malmö", SKANE + "4540", "Melior"),
    "s_malmo_kolp": ("Kolposkopimottagningen, Kvinnokliniken Skånes universitetssjukhus Malmö", SKANE + "4561", "Melior"),
    "s_malmo_rmc": ("Reproduktionsmedicinskt centrum, Skånes universitetssjukhus Malmö", SKANE + "4577", "Melior"),
    "s_lund_gynonk": ("Gynekologisk onkologi, mottagningen, Skånes universitetssjukhus Lund", SKANE + "4590", "Melior"),
    "s_lund_endo": ("Endometriosmottagningen, Kvinnokliniken Skånes universitetssjukhus Lund", SKANE + "4596", "Melior"),
    "s_lund_gynop": ("Operationsavdelningen Kvinnokliniken, Skånes universitetssjukhus Lund", SKANE + "4599", "Melior"),
    "s_lund_barnakut": ("Barn- och ungdomsakuten, Skånes universitetssjukhus Lund", SKANE + "3121", "Melior"),
    "s_hbg_bb": ("BB-avdelningen, Helsingborgs lasarett", SKANE + "5108", "Melior"),
    "s_hbg_kvk": ("Kvinnokliniken, gynekologimottagningen, Helsingborgs lasarett", SKANE + "5112", "Melior"),
    "s_hbg_forl": ("Förlossningen, Helsingborgs lasarett", SKANE + "5115", "Melior"),
    "s_krist_gyn": ("Kvinnosjukvården, gynekologimottagningen, Centralsjukhuset Kristianstad", SKANE + "6230", "Melior"),
    "s_krist_forl": ("Förlossningen, Centralsjukhuset Kristianstad", SKANE + "6236", "Melior"),
    "s_krist_smvc": ("Specialistmödravården, Centralsjukhuset Kristianstad", SKANE + "6239", "Melior"),
    "s_ystad_smvc": ("Specialistmödravården, Lasarettet Ystad", SKANE + "6804", "Melior"),
    "s_ystad_gyn": ("Gynekologimottagningen, Lasarettet Ystad", SKANE + "6809", "Melior"),
    "s_trelleborg_gyn": ("Gynekologimottagningen, Lasarettet Trelleborg", SKANE + "6921", "Melior"),
    "s_hassleholm_gyn": ("Gynekologimottagningen, Hässleholms sjukhus", SKANE + "7015", "Melior"),
    "s_landskrona_gyn": ("Gynekologimottagningen, Lasarettet Landskrona", SKANE + "7140", "Melior"),
    # ---- Region Skåne, PMO (primärvård, barnmorskemottagningar, ungdomsmottagningar) ----
    "p_bmm_limhamn": ("Barnmorskemottagningen Limhamn", SKANE + "8011", "PMO"),
    "p_bmm_eslov": ("Barnmorskemottagningen Eslöv", SKANE + "8024", "PMO"),
    "p_bmm_hoor": ("Barnmorskemottagningen Höör", SKANE + "8031", "PMO"),
    "p_bmm_trelleborg": ("Barnmorskemottagningen Trelleborg", SKANE + "8046", "PMO"),
    "p_bmm_simrishamn": ("Barnmorskemottagningen Simrishamn", SKANE + "8052", "PMO"),
    "p_um_landskrona": ("Ungdomsmottagningen Landskrona", SKANE + "8107", "PMO"),
    "p_um_lund": ("Ungdomsmottagningen Lund", SKANE + "8113", "PMO"),
    "p_vc_sjobo": ("Vårdcentralen Sjöbo", SKANE + "8220", "PMO"),
    "p_vc_angelholm": ("Vårdcentralen Ängelholm Norra", SKANE + "8236", "PMO"),
    # ---- Västra Götalandsregionen, Melior ----
    "v_ostra_gynakut": ("Gynekologisk akutmottagning, Sahlgrenska Universitetssjukhuset/Östra", VGR + "2210", "Melior"),
    "v_ostra_gynmott": ("Gynekologmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VGR + "2214", "Melior"),
    "v_ostra_forl": ("Förlossningen, Sahlgrenska Universitetssjukhuset/Östra", VGR + "2231", "Melior"),
    "v_ostra_bb": ("BB-avdelning 318, Sahlgrenska Universitetssjukhuset/Östra", VGR + "2238", "Melior"),
    "v_ostra_antenatal": ("Graviditetsavdelningen 316, Sahlgrenska Universitetssjukhuset/Östra", VGR + "2240", "Melior"),
    "v_ostra_smvc": ("Specialistmödravården, Sahlgrenska Universitetssjukhuset/Östra", VGR + "2244", "Melior"),
    "v_ostra_ul": ("Ultraljudsmottagningen, Kvinnokliniken Sahlgrenska Universitetssjukhuset/Östra", VGR + "2247", "Melior"),
    "v_ostra_kolp": ("Dysplasimottagningen, Sahlgrenska Universitetssjukhuset/Östra", VGR + "2252", "Melior"),
    "v_ostra_endo": ("Endometriosmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VGR + "2255", "Melior"),
    "v_ostra_rmc": ("Reproduktionsmedicin, Sahlgrenska Universitetssjukhuset", VGR + "2263", "Melior"),
    "v_su_gynonk": ("Gynekologisk tumörkirurgi, mottagning, Sahlgrenska Universitetssjukhuset", VGR + "2270", "Melior"),
    "v_molndal_forl": ("Förlossningen, Sahlgrenska Universitetssjukhuset/Mölndal", VGR + "2315", "Melior"),
    "v_dsbus": ("Barnkirurgisk akutmottagning, Drottning Silvias barn- och ungdomssjukhus", VGR + "2402", "Melior"),
    "v_nal_forl": ("Förlossningsavdelningen, NU-sjukvården NÄL", VGR + "3107", "Melior"),
    "v_nal_bb": ("BB/Eftervården, NU-sjukvården NÄL", VGR + "3110", "Melior"),
    "v_nu_kvk": ("Kvinnokliniken, mottagningen, NU-sjukvården Uddevalla sjukhus", VGR + "3125", "Melior"),
    "v_nu_smvc": ("Specialistmödravården, NU-sjukvården Uddevalla sjukhus", VGR + "3129", "Melior"),
    "v_boras_smvc": ("Specialistmödravården, Södra Älvsborgs Sjukhus Borås", VGR + "4208", "Melior"),
    "v_boras_gyn": ("Gynekologmottagningen, Södra Älvsborgs Sjukhus Borås", VGR + "4212", "Melior"),
    "v_boras_forl": ("Förlossningen, Södra Älvsborgs Sjukhus Borås", VGR + "4217", "Melior"),
    "v_skovde_kvk": ("Kvinnokliniken, Skaraborgs Sjukhus Skövde", VGR + "5104", "Melior"),
    "v_skovde_forl": ("Förlossningen, Skaraborgs Sjukhus Skövde", VGR + "5109", "Melior"),
    "v_skovde_grav": ("Graviditetsavdelningen, Skaraborgs Sjukhus Skövde", VGR + "5111", "Melior"),
    "v_skovde_smvc": ("Specialistmödravården, Skaraborgs Sjukhus Skövde", VGR + "5114", "Melior"),
    "v_alingsas_gyn": ("Gynekologimottagningen, Alingsås lasarett", VGR + "6120", "Melior"),
    "v_kungalv_gyn": ("Gynekologmottagningen, Kungälvs sjukhus", VGR + "6231", "Melior"),
}

CASES = []


def N(nid, template, unit, author, time, sections, signed=45, setting="öppenvård"):
    """One note. author = (name, role); time 'YYYY-MM-DDTHH:MM';
    signed = minutes after time, or None for an unsigned draft."""
    uname, hsa, system = UNITS[unit]
    t = datetime.strptime(time, "%Y-%m-%dT%H:%M")
    s = None if signed is None else (t + timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S")
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": t.strftime("%Y-%m-%dT%H:%M:%S"),
        "signed": s,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for (k, v) in sections],
    }


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        total += p - 9 if p > 9 else p
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    d = birth.replace("-", "")
    return d + "-" + serial + luhn_digit(d[2:] + serial)


def C(name, ruleset, birth, serial, notes, must, must_not, why):
    last = max(
        max(n["time"] for n in notes),
        max((n["signed"] for n in notes if n["signed"]), default="2024-01-01T00:00:00"),
    )
    as_of = (datetime.strptime(last[:10], "%Y-%m-%d") + timedelta(days=3)).strftime("%Y-%m-%dT00:00:00")
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
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


# ---------------------------------------------------------------- authors
LK = "läkare"
BM = "barnmorska"
SSK = "sjuksköterska"


# ======================================================================
# Part A -- NL102 positives: hedged diagnosis of the patient in a visible
# section of a Melior note
# ======================================================================

C("gynakut-misstankt-eug-vanster", "skane", "1992-09-17", "482", [
    N("n1", "Akutanteckning", "s_lund_gynakut", ("Johanna Lindqvist", LK), "2024-02-14T21:10", [
        ("Anamnes", "31-årig kvinna, G2P1. SM för 6+2 veckor sedan. Sedan igår molande smärta i vä fossa och sparsam mörk blödning. Ingen feber, inga miktionsbesvär."),
        ("Status", "AT: opåverkad, BT 118/74, puls 84. Buk: mjuk, palpöm vä fossa, ej peritonitretad. Gyn: sparsamt mörkt blod i vagina, portioömhet. VUL: tom uterus, endometriet 9 mm, vä adnex inhomogen resistens 2 cm, lite fri vätska i fossa Douglasi."),
        ("Provsvar", "hCG 1840 IE/l, Hb 128, CRP <5."),
        ("Bedömning", "Misstänkt extrauterin graviditet vänster. Cirkulatoriskt stabil. Diskuterat med bakjour dr Hammar, laparoskopi i kväll."),
    ], signed=38),
], [("NL102", "n1")], [("NL101", "n1")],
   "'Misstänkt extrauterin graviditet' in Bedömning of an ordinary Skåne Melior gynakut note; nothing said about telling")

C("gynakut-pul-eug-kan-ej-uteslutas", "vgr", "1996-03-02", "264", [
    N("n1", "Akutanteckning", "v_ostra_gynakut", ("Sara Oskarsson", LK), "2024-03-05T10:40", [
        ("Bedömning", "PUL. hCG 1320, ingen säker graviditet i eller utanför uterus på VUL. EUG kan ej uteslutas. Nytt hCG om 48 tim, instruerad att söka direkt vid tilltagande smärta eller yrsel."),
    ], signed=20),
], [("NL102", "n1")], [],
   "'EUG kan ej uteslutas' about the patient in visible Bedömning (VGR)")

C("gyn-ektopisk-grav-fragetecken", "skane", "1989-12-30", "626", [
    N("n1", "Mottagningsanteckning", "s_hbg_kvk", ("Anders Nyqvist", LK), "2024-01-18T08:25", [
        ("Bedömning", "Ektopisk grav? hCG 950 -> 1090 på 48 h, otillräcklig stegring. Ingen IUP på VUL. Ny VUL + hCG i morgon kl 08."),
    ], signed=15),
], [("NL102", "n1")], [],
   "telegraphic question-mark hedge 'Ektopisk grav?' in a visible section")

C("forl-bm-misstankt-preeklampsi", "vgr", "1994-07-21", "348", [
    N("n1", "Barnmorskeanteckning", "v_nal_forl", ("Linnea Holm", BM), "2024-04-11T06:50", [
        ("Aktuellt", "Omföderska v 35+4 som söker pga huvudvärk sedan i morse och flimmer för ögonen. BT 158/104, vid omkontroll 162/106. U-sticka protein 2+. Misstänkt preeklampsi, jourläkaren tillkallad och PE-prover tagna. CTG reaktivt."),
    ], signed=30, setting="slutenvård"),
], [("NL102", "n1")], [],
   "midwife writes 'Misstänkt preeklampsi' under Aktuellt in a visible VGR delivery-ward note")

C("antenatal-trol-svar-preeklamsi-typo", "skane", "1990-05-08", "204", [
    N("n1", "Läkaranteckning", "s_malmo_antenatal", ("Maria Ekdahl", LK), "2024-05-19T13:15", [
        ("Status", "BT 172/110 trots labetalol 200 mg x 3. Epigastriesmärta. Reflexer livliga, ingen klonus."),
        ("Lab", "ASAT 210, ALAT 184, TPK 88, LD 620, urat 460. Haptoglobin <0,1."),
        ("Bedömning", "Trol. svår preeklamsi med begynnande HELLP. Betametason given, magnesiumsulfat startat. Förlösning inom ett dygn diskuteras med neonatal."),
    ], signed=55, setting="slutenvård"),
], [("NL102", "n1")], [],
   "typo in the diagnosis ('preeklamsi') after 'Trol.' in visible Bedömning")

C("smvc-fasteglukos-forenligt-med-gdm", "vgr", "1993-10-14", "562", [
    N("n1", "Läkaranteckning", "v_boras_smvc", ("Henrik Sandell", LK), "2024-06-03T10:05", [
        ("Aktuellt", "Förstagångsföderska v 24+3, BMI 34, remitterad från barnmorskemottagningen pga glukosuri x2."),
        ("Bedömning", "Kapillärt fasteglukos 5,8 vid två tillfällen, vilket är förenligt med graviditetsdiabetes. OGTT bokad v 25 innan vi sätter diagnos."),
    ]),
], [("NL102", "n1")], [],
   "'förenligt med graviditetsdiabetes' with diagnosis explicitly pending OGTT, visible Bedömning")

C("gyn-menorragi-trol-myom", "vgr", "1978-01-11", "428", [
    N("n1", "Mottagningsanteckning", "v_alingsas_gyn", ("Elisabeth Dahlgren", LK), "2024-02-27T09:40", [
        ("Anamnes", "46 år, P2. Kraftiga mens sedan ett år, byter skydd varannan timme första dagarna. Trött."),
        ("Status", "Uterus förstorad motsv v 12, knölig, oöm. VUL: 6 cm solid välavgränsad resistens i fundus, trol. intramuralt myom. Endometriet 7 mm. Ovarier ua."),
        ("Bedömning", "Menorragi med anemi, Hb 98. Startar järn och tranexamsyra, återbesök 3 mån med nytt Hb."),
    ]),
], [("NL102", "n1")], [],
   "'trol. intramuralt myom' in the ultrasound line of Status (visible)")

C("gyn-anamnes-talar-for-endometrios", "skane", "1996-11-03", "740", [
    N("n1", "Mottagningsanteckning", "s_trelleborg_gyn", ("Petra Olofsson", LK), "2024-03-12T11:20", [
        ("Anamnes", "27-åring med svåra menssmärtor sedan tonåren, numera även djup dyspareuni och smärta vid tarmtömning under mens. Borta från jobbet 1-2 dagar varje månad."),
        ("Status", "Gyn: öm vid palpation av bakre fornix, ingen palpabel resistens. VUL ua."),
        ("Bedömning", "Anamnesen talar för endometrios trots normalt UL. Provar kontinuerlig gestagenbehandling med dienogest, uppföljning om 3 månader."),
    ]),
], [("NL102", "n1")], [],
   "'talar för endometrios' in visible Bedömning")

C("gyn-ul-bild-som-vid-endometriom", "vgr", "1991-08-19", "306", [
    N("n1", "Mottagningsanteckning", "v_kungalv_gyn", ("Jonas Ferm", LK), "2024-08-20T13:00", [
        ("Status", "VUL: hö ovarium med 4 cm rund cysta med homogent grumligt ground glass-innehåll, bild som vid endometriom. Vä ovarium normalt. Ingen fri vätska."),
        ("Planering", "Ny VUL om 3 mån. Vid tillväxt ställningstagande till laparoskopi."),
    ]),
], [("NL102", "n1")], [],
   "'bild som vid endometriom' in visible Status")

C("gyn-mojligt-pcos", "skane", "2001-06-27", "544", [
    N("n1", "Läkaranteckning", "s_krist_gyn", ("Sofia Mårtensson", LK), "2024-09-04T15:10", [
        ("Anamnes", "22 år. Oregelbundna mens sedan menarche, 4-5 blödningar per år. Akne och ökad hårväxt på hakan sedan gymnasiet."),
        ("Status", "BMI 29. Hirsutism haka och linea alba. VUL: rikligt med små antrala folliklar i båda ovarierna."),
        ("Bedömning", "Möjligt PCOS. Komplettera med testosteron, SHBG, TSH, prolaktin och 17-OH-progesteron före nästa besök."),
    ], signed=None),
], [("NL102", "n1")], [],
   "'Möjligt PCOS' in visible Bedömning")

C("gyn-fragestallnig-pcos-dd-typo", "vgr", "2003-04-15", "182", [
    N("n1", "Läkaranteckning", "v_skovde_kvk", ("Amir Haddad", LK), "2024-10-01T10:30", [
        ("Utredning", "Amenorré sedan 8 mån, negativt graviditetstest. Tränar 10-12 pass i veckan, BMI 18,4. Frågeställnig PCOS, DD hypotalamisk amenorré. Hormonprover tagna, svar inväntas."),
    ]),
], [("NL102", "n1")], [],
   "typo 'Frågeställnig' plus 'DD' about the patient in visible Utredning")

C("kolposkopi-inger-misstanke-om-cin3", "skane", "1985-12-09", "668", [
    N("n1", "Gynekologisk anteckning", "s_malmo_kolp", ("Ingrid Bengtsson", LK), "2024-04-23T09:15", [
        ("Aktuellt", "Remitterad efter cellprov med HSIL och HPV 16."),
        ("Status", "Kolposkopi: TZ typ 1. Tydligt acetovitt område kl 11-13 med grov mosaik och punktering, inger misstanke om CIN 3. Biopsier x2 samt cervixabrasio."),
        ("Planering", "PAD-svar om 3-4 veckor, besked per telefon."),
    ]),
], [("NL102", "n1")], [],
   "'inger misstanke om CIN 3' in visible Status of a kolposkopi note")

C("kolposkopi-kan-rora-sig-om-cin2", "vgr", "1998-02-13", "920", [
    N("n1", "Gynekologisk anteckning", "v_ostra_kolp", ("Malin Ek", LK), "2024-05-14T14:45", [
        ("Bedömning", "Låggradig kolposkopisk bild, men med tanke på cytologin (ASC-H) kan det röra sig om CIN 2. Inväntar PAD."),
    ], signed=10),
], [("NL102", "n1")], [],
   "'kan det röra sig om CIN 2' in visible Bedömning")

C("gynakut-misstankt-ovarialtorsion-utkast", "skane", "1999-01-22", "460", [
    N("n1", "Akutanteckning", "s_malmo_gynakut", ("Oskar Lindahl", LK), "2024-06-02T03:20", [
        ("Anamnes", "Akut insättande hö-sidig buksmärta kl 01, illamående, kräkts x2. Känd cysta hö ovarium sedan 2023."),
        ("Status", "Blek, smärtpåverkad. Buk: uttalat öm hö fossa med släppömhet. VUL: 7 cm cystisk resistens hö, ödematöst ovarium, sparsamt flöde vid doppler."),
        ("Bedömning", "Misstänkt ovarialtorsion hö. Op-anmäld för akut laparoskopi, fastande sedan kl 22."),
    ], signed=None),
], [("NL102", "n1")], [],
   "unsigned night note: 'Misstänkt ovarialtorsion' in visible Bedömning")

C("gynonk-kan-inte-utesluta-ovarialcancer", "skane", "1961-10-05", "228", [
    N("n1", "Läkaranteckning", "s_lund_gynonk", ("Gustav Rehn", LK), "2024-10-15T13:40", [
        ("Aktuellt", "62 år, remiss från VC pga ökat bukomfång och tidig mättnad."),
        ("Utredning", "DT buk: 11 cm komplex adnexresistens vä med solida partier, ascites, förtjockat omentum. CA-125 820."),
        ("Bedömning", "Kan inte utesluta ovarialcancer med peritoneal spridning. Anmäls till MDK på torsdag."),
    ]),
], [("NL102", "n1")], [],
   "'Kan inte utesluta ovarialcancer' in visible Bedömning")

C("bb-bm-misstankt-mastit", "skane", "1997-03-18", "902", [
    N("n1", "Barnmorskeanteckning", "s_hbg_bb", ("Emma Rosén", BM), "2024-03-27T19:35", [
        ("Aktuellt", "Dag 6 pp, återinlagd med barnet. Rodnad, varm och öm förhårdnad i övre yttre kvadranten vä bröst. Temp 38,4. Ammar och pumpar. Misstänkt mastit, jourläkare kontaktad för ordination."),
    ], setting="slutenvård"),
], [("NL102", "n1")], [],
   "midwife's 'Misstänkt mastit' in visible Aktuellt")

C("missfall-bild-som-vid-missed-abortion", "vgr", "1986-04-04", "360", [
    N("n1", "Gynekologisk anteckning", "v_skovde_kvk", ("Hanna Lund", LK), "2024-09-12T10:15", [
        ("Status", "VUL: intrauterin gestationssäck 22 mm utan embryo eller gulesäck."),
        ("Bedömning", "Bild som vid missed abortion. Enligt rutin ny VUL om 7-14 dagar innan diagnosen fastställs. Hon är informerad om att blödning kan komma i väntan på kontrollen."),
    ]),
], [("NL102", "n1")], [],
   "'Bild som vid missed abortion', diagnosis explicitly not yet settled, visible Bedömning")

C("gynakut-ev-inkomplett-missfall", "skane", "1993-08-08", "648", [
    N("n1", "Akutanteckning", "s_landskrona_gyn", ("Rebecka Sjöberg", LK), "2024-11-05T17:30", [
        ("Aktuellt", "V 9+1 enl SM. Kraftig blödning igår med koagel, nu avtagande. VUL: heterogent material i cavum 18 mm. Ev. inkomplett missfall, DD kvarvarande blodkoagel. Misoprostol erbjudet alternativt exspektans."),
    ]),
], [("NL102", "n1")], [],
   "'Ev. inkomplett missfall' plus DD in visible Aktuellt")

C("antenatal-trolig-hyperemesis", "vgr", "1999-10-26", "502", [
    N("n1", "Inskrivningsanteckning", "v_ostra_antenatal", ("Tobias Klang", LK), "2024-01-09T20:05", [
        ("Anamnes", "V 9+4. Kräkts 10-15 ggr/dygn en vecka, behåller inte vätska. Gått ner 4 kg."),
        ("Status", "Torra slemhinnor, puls 108. U-ketoner 3+."),
        ("Bedömning", "Trolig hyperemesis gravidarum, DD gastroenterit (sambon magsjuk förra veckan). Iv vätska, tiamin och antiemetika."),
    ], setting="slutenvård"),
], [("NL102", "n1")], [],
   "'Trolig hyperemesis gravidarum' in visible Bedömning of an admission note")

C("smvc-misstankt-graviditetskolestas", "skane", "1988-07-13", "380", [
    N("n1", "Läkaranteckning", "s_krist_smvc", ("Lena Fagerberg", LK), "2024-08-27T08:55", [
        ("Bedömning", "Klåda i handflator och fotsulor sedan 2 veckor, v 33+2, inga utslag. Gallsyror 24 µmol/l, ALAT 58. Misstänkt intrahepatisk graviditetskolestas, startar ursodeoxicholsyra och ny kontroll om en vecka."),
    ]),
], [("NL102", "n1")], [],
   "'Misstänkt intrahepatisk graviditetskolestas' in visible Bedömning")

C("gynakut-trol-bartolinit-typo", "skane", "2000-09-14", "924", [
    N("n1", "Akutanteckning", "s_malmo_gynakut", ("Viktor Holmgren", LK), "2024-05-25T23:10", [
        ("Aktuellt", "Svullnad och smärta vä blygdläpp sedan 3 dagar."),
        ("Status", "3 cm fluktuerande öm resistens vä labia majora kl 5."),
        ("Åtgärd", "Trol. bartolinit med abscessbildning, incision i lokalbedövning och Word-kateter kvar 4 veckor."),
    ], signed=14),
], [("NL102", "n1")], [],
   "misspelled 'bartolinit' after 'Trol.' in visible Åtgärd")

C("gynakut-missankt-salpingit-typo", "vgr", "1997-06-06", "146", [
    N("n1", "Akutanteckning", "v_ostra_gynakut", ("Johan Strömberg", LK), "2024-10-19T15:55", [
        ("Status", "Temp 38,3. Portioömhet och ömhet över båda adnexa. Mukopurulent flytning ur cervix. CRP 110."),
        ("Bedömning", "Missänkt salpingit. Klamydia- och gonorré-PCR tagna, startar ceftriaxon och doxycyklin. Kontroll CRP om två dagar."),
    ]),
], [("NL102", "n1")], [],
   "typo 'Missänkt' in the hedge, salpingitis, visible Bedömning")

C("mr-kan-tala-for-adenomyos", "skane", "1983-03-21", "506", [
    N("n1", "Mottagningsanteckning", "s_hassleholm_gyn", ("Birgitta Hallberg", LK), "2024-02-06T10:50", [
        ("Utredning", "MR lilla bäckenet: förtjockad junktionszon i bakre väggen 15 mm med små cystiska inslag, kan tala för adenomyos. Inga myom."),
        ("Planering", "Diskuterat hormonspiral, hon vill fundera. Återbesök i april."),
    ]),
], [("NL102", "n1")], [],
   "'kan tala för adenomyos' in visible Utredning")

C("epikris-preeklampsi-ev-njursjukdom", "vgr", "1987-11-23", "720", [
    N("n1", "Epikris", "v_ostra_antenatal", ("Kristina Åberg", LK), "2024-05-31T14:20", [
        ("Diagnos", "Svår preeklampsi O14.1. Förlöst med kejsarsnitt v 32+1."),
        ("Anamnes", "Förstagångsföderska 36 år, tidigare frisk. Inlagd v 31+5 pga BT 165/112 och proteinuri 3+."),
        ("Vårdförlopp", "Behandlad med labetalol och nifedipin, magnesiumsulfat under 24 tim. Fullbordad lungmognadsbehandling. Pga stigande kreatinin och sjunkande TPK beslut om förlösning. Sectio i spinal utan komplikationer, blödning 600 ml. Barnet vårdas på neonatalavdelningen."),
        ("Planering", "Kvarstående uttalad proteinuri vid utskrivning, ev. underliggande njursjukdom – remiss till njurmedicin för kontroll 12 v pp. BT-kontroll på VC om en vecka, labetalol 200 mg x 3 tills vidare."),
    ], signed=1440, setting="slutenvård"),
], [("NL102", "n1")], [],
   "long epikris: confirmed preeklampsi plus a visible hedge 'ev. underliggande njursjukdom' in Planering")

C("gynakut-dd-appendicit", "skane", "2004-12-12", "308", [
    N("n1", "Akutanteckning", "s_lund_gynakut", ("Ebba Norén", LK), "2024-12-03T18:45", [
        ("Bedömning", "Buksmärta hö fossa hos 19-åring. VUL: 3 cm corpus luteum med lite fri vätska, ej säker förklaring till smärtan. DD appendicit, kirurgjouren tillfrågad."),
    ], signed=12),
], [("NL102", "n1")], [],
   "'DD appendicit' (differential diagnosis of the patient) in visible Bedömning")

C("gyn-tankbart-asherman", "vgr", "1990-02-17", "484", [
    N("n1", "Mottagningsanteckning", "v_nu_kvk", ("Fredrik Hallin", LK), "2024-03-19T13:35", [
        ("Anamnes", "Två skrapningar efter missfall 2023, sedan dess mycket sparsamma mens."),
        ("Bedömning", "Tänkbart Ashermans syndrom med intrauterina adherenser. Planerar hysteroskopi i narkos."),
    ]),
], [("NL102", "n1")], [],
   "'Tänkbart Ashermans syndrom' (less common hedge) in visible Bedömning")

C("gyn-sannolkit-vestibulodyni-typo", "skane", "1998-08-31", "066", [
    N("n1", "Läkaranteckning", "s_hbg_kvk", ("Camilla Persson", LK), "2024-06-18T14:05", [
        ("Anamnes", "Smärta vid penetration sedan 2 år, sveda vid tampongbruk."),
        ("Status", "Q-tip-test positivt kl 5 och 7, i övrigt normal vulva, ingen atrofi."),
        ("Bedömning", "Sannolkit provocerad vestibulodyni. Remiss till vulvamottagningen samt fysioterapeut för bäckenbotten."),
    ]),
], [("NL102", "n1")], [],
   "typo 'Sannolkit' in the hedge, visible Bedömning")

C("gyn-susp-lichen-sclerosus", "vgr", "1959-01-28", "826", [
    N("n1", "Mottagningsanteckning", "v_boras_gyn", ("Anna-Karin Thelin", LK), "2024-04-16T09:30", [
        ("Status", "Vit, pergamentartad hud perianalt och över labia minora, sammanväxning av klitorishuvan. Susp. lichen sclerosus, stansbiopsi tagen."),
        ("Planering", "Dermovat 2 ggr/vecka i väntan på PAD."),
    ], signed=None),
], [("NL102", "n1")], [],
   "'Susp. lichen sclerosus' in visible Status")

C("forl-misstankt-ablatio-placentae", "skane", "1991-04-19", "942", [
    N("n1", "Förlossningsanteckning", "s_lund_forl", ("Therese Möller", LK), "2024-09-21T14:28", [
        ("Aktuellt", "V 37+2, plötslig konstant buksmärta, hård uterus och sparsam mörk blödning. CTG: upprepade sena decelerationer."),
        ("Bedömning", "Misstänkt ablatio placentae. Beslut om akut kejsarsnitt kl 14.32, kategori 1, narkos och neonatal larmade."),
    ], signed=None, setting="slutenvård"),
], [("NL102", "n1")], [],
   "unsigned delivery note: 'Misstänkt ablatio placentae' in visible Bedömning")

C("ul-placenta-accreta-kan-ej-uteslutas", "vgr", "1986-09-03", "686", [
    N("n1", "Ultraljudsanteckning", "v_ostra_ul", ("Gunilla Wester", LK), "2024-06-25T11:40", [
        ("Undersökning", "Tre tidigare kejsarsnitt. Placenta praevia totalis över det gamla ärret. Förlorad hypoekogen zon mot myometriet, multipla lakuner i placenta."),
        ("Bedömning", "Placenta accreta-spektrum kan ej uteslutas. MR och MDK inför planerad förlossning v 35."),
    ]),
], [("NL102", "n1")], [],
   "'Placenta accreta-spektrum kan ej uteslutas' in visible Bedömning")

C("gyn-pmb-misstanke-om-endometriecancer", "skane", "1953-05-16", "200", [
    N("n1", "Läkaranteckning", "s_ystad_gyn", ("Margareta Lilja", LK), "2024-02-20T08:40", [
        ("Anamnes", "71 år, två episoder av postmenopausal blödning senaste månaden. Ingen HRT."),
        ("Status", "VUL: endometriet 14 mm, oregelbundet med ökad vaskularisering."),
        ("Bedömning", "Misstanke om endometriecancer. Endometriebiopsi tagen, svar inom 2 veckor. SVF startat."),
    ]),
], [("NL102", "n1")], [],
   "'Misstanke om endometriecancer' in visible Bedömning (nothing about telling is said)")

C("gynakut-trolgien-blodande-corpus-luteum-typo", "vgr", "2002-11-11", "522", [
    N("n1", "Akutanteckning", "v_skovde_kvk", ("Elin Carlsson", LK), "2024-12-07T01:15", [
        ("Bedömning", "Plötslig smärta hö efter samlag, negativt graviditetstest. VUL: 4 cm hö ovariell cysta med nätmönster, måttlig fri vätska. Hb 121 -> 117. Trolgien blödande corpus luteum-cysta, observation över natten med Hb-kontroll kl 06."),
    ], setting="slutenvård"),
], [("NL102", "n1")], [],
   "typo 'Trolgien' in the hedge, visible Bedömning")

C("smvc-forenlig-med-rod-degeneration-myom", "skane", "1985-10-20", "464", [
    N("n1", "Läkaranteckning", "s_ystad_smvc", ("Erik Granlund", LK), "2024-05-07T15:15", [
        ("Bedömning", "V 18+3, känt 8 cm subserost myom. Lokal smärta över myomet sedan 2 dagar, subfebril. Smärtbilden förenlig med röd degeneration av myomet. Paracetamol, ej NSAID, hör av sig vid försämring."),
    ]),
], [("NL102", "n1")], [],
   "'förenlig med röd degeneration av myomet' (hedged diagnosis on a known fibroid) in visible Bedömning")

C("gyn-17ar-endometrios-mojlig", "vgr", "2006-12-05", "240", [
    N("n1", "Mottagningsanteckning", "v_kungalv_gyn", ("Louise Ahlberg", LK), "2024-02-22T14:50", [
        ("Bedömning", "17 år, svår dysmenorré sedan menarche vid 12 års ålder, inget svar på NSAID i adekvat dos. Abdominellt UL ua. Endometrios möjlig, provar kombinerade p-piller kontinuerligt och utvärderar efter 3 månader."),
    ]),
], [("NL102", "n1")], [],
   "17-year-old (reads her own journal): 'Endometrios möjlig' in visible Bedömning")

C("gynakut-misstank-tuboovariell-abscess-typo", "skane", "1979-07-02", "926", [
    N("n1", "Akutanteckning", "s_lund_gynakut", ("Nils Bergman", LK), "2024-10-28T16:00", [
        ("Utredning", "DT buk: 6 cm multilokulär vätskeansamling med kontrastuppladdande vägg vid vä adnex."),
        ("Bedömning", "Misstänk tuboovariell abscess. Inläggning för iv antibiotika, ställningstagande till dränage i morgon."),
    ], setting="slutenvård"),
], [("NL102", "n1")], [],
   "typo 'Misstänk' (missing t) in the hedge, visible Bedömning")

C("barn-11ar-ev-ovarialtorsion", "vgr", "2012-11-19", "088", [
    N("n1", "Akutanteckning", "v_dsbus", ("Karl Sundqvist", LK), "2024-03-10T19:05", [
        ("Aktuellt", "11-årig flicka med buksmärta hö sedan 6 timmar och kräkningar. Mamma med."),
        ("Bedömning", "UL buk: 6 cm ovariell resistens hö med nedsatt flöde, ev. torsion. Gynjouren konsulterad, laparoskopi i kväll tillsammans med barnkirurg."),
    ]),
], [("NL102", "n1")], [],
   "child under 13 (guardian reads): 'ev. torsion' in visible Bedömning")

C("barn-8ar-trol-springmask", "skane", "2016-02-03", "344", [
    N("n1", "Akutanteckning", "s_lund_barnakut", ("Sanna Ljung", LK), "2024-04-29T18:10", [
        ("Bedömning", "8-åring med klåda i underlivet nattetid i 3 veckor. Rodnad vulva utan sår eller flytning. Trol. springmask, DD ospecifik vulvit av tvål. Mebendazol till hela familjen, kontakt om ej bättre."),
    ]),
], [("NL102", "n1")], [],
   "child under 13: 'Trol. springmask' with DD in visible Bedömning")

C("skane-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", "1994-04-26", "626", [
    N("n1", "Läkaranteckning", "s_hbg_kvk", ("Jenny Wallin", LK), "2024-08-13T11:25", [
        ("Aktuellt", "Återbesök efter utredning av sekundär amenorré och galaktorré."),
        ("Tidiga hypoteser", "Prolaktin 98, misstänkt prolaktinom. MR hypofys beställd."),
    ]),
], [("NL102", "n1")], [],
   "Skåne protects by template only: a 'Tidiga hypoteser' sökord inside an ordinary Läkaranteckning stays visible")

C("vgr-mallnamn-tidiga-hypoteser-sokord-bedomning", "vgr", "1991-07-30", "408", [
    N("n1", "Tidiga hypoteser", "v_nu_kvk", ("Sven Ottosson", LK), "2024-09-24T10:00", [
        ("Bedömning", "Uttalad trötthet, hjärtklappning och viktnedgång 4 mån postpartum. TSH <0,01, fritt T4 högt. Trolig postpartumtyreoidit i hypertyreotisk fas."),
    ]),
], [("NL102", "n1")], [],
   "VGR protects by sökord: template name 'Tidiga hypoteser' does not hide text written under sökord Bedömning")

C("vgr-th-sokord-plus-hedge-i-bedomning", "vgr", "1972-03-14", "566", [
    N("n1", "Mottagningsanteckning", "v_su_gynonk", ("Charlotte Ivarsson", LK), "2024-11-26T13:20", [
        ("Status", "VUL: hö adnexresistens 6 cm, mestadels cystisk med ett tunt septum."),
        ("Tidiga hypoteser", "CA-125 140 – malignitet kan inte helt avfärdas, inte diskuterat med pat."),
        ("Bedömning", "Adnexresistens hö, trol. seröst cystadenom. Laparoskopisk salpingooforektomi planeras."),
    ]),
], [("NL102", "n1")], [],
   "VGR: one hypothesis is correctly under sökord Tidiga hypoteser, but another hedge ('trol. seröst cystadenom') stands in visible Bedömning")

C("vgr-diagnos-rad-endometrios-fragetecken", "vgr", "1995-01-25", "948", [
    N("n1", "Mottagningsanteckning", "v_ostra_endo", ("Paulina Nowak", LK), "2024-05-21T15:30", [
        ("Anamnes", "Remiss från barnmorskemottagning pga cykliska bäckensmärtor och infertilitet sedan 1,5 år."),
        ("Diagnos", "N94.6 Dysmenorré. N80.9 Endometrios?"),
        ("Planering", "Diagnostisk laparoskopi, anmäld."),
    ]),
], [("NL102", "n1")], [],
   "question-marked diagnosis on the Diagnos line ('Endometrios?') beside a confirmed one")

C("forl-telefon-kan-inte-utesluta-preeklampsi", "skane", "1996-10-10", "582", [
    N("n1", "Telefonanteckning", "s_krist_forl", ("Malin Nordström", BM), "2024-06-30T23:40", [
        ("Telefonkontakt", "Ringer v 36+1 pga svullnad i ansiktet och huvudvärk som inte släpper på paracetamol. Kan inte utesluta preeklampsi, uppmanas komma in för kontroll inom en timme."),
    ], signed=8, setting="slutenvård"),
], [("NL102", "n1")], [],
   "midwife phone triage: 'Kan inte utesluta preeklampsi' under Telefonkontakt (visible)")

C("gynakut-diferentialdiagnoser-typo", "skane", "1982-08-16", "646", [
    N("n1", "Mottagningsanteckning", "s_landskrona_gyn", ("Ola Nyström", LK), "2024-01-24T10:45", [
        ("Bedömning", "Långvarig bäckensmärta utan fynd på UL eller lab. Diferentialdiagnoser: endometrios, adherenser efter tidigare sectio, colon irritabile. Remiss för diagnostisk laparoskopi."),
    ]),
], [("NL102", "n1")], [],
   "typo 'Diferentialdiagnoser' listing possible diagnoses of the patient, visible Bedömning")

C("gyn-oklart-om-polyp-eller-hyperplasi", "vgr", "1970-06-18", "304", [
    N("n1", "Mottagningsanteckning", "v_alingsas_gyn", ("Mats Engström", LK), "2024-10-08T09:20", [
        ("Bedömning", "Mellanblödningar, endometriet 11 mm med fokal förtjockning. Oklart om det rör sig om en polyp eller endometriehyperplasi, hysteroskopi med riktad biopsi bokas."),
    ]),
], [("NL102", "n1")], [],
   "'Oklart om ... polyp eller endometriehyperplasi' in visible Bedömning")


# ======================================================================
# Part B -- NL102 must_not: negated, relative's disease, non-diagnostic
# hedge, conditional, confirmed, protected place, PMO
# ======================================================================

# ---- negated / ruled out
C("gynakut-ingen-misstanke-om-eug", "skane", "1994-02-09", "120", [
    N("n1", "Akutanteckning", "s_malmo_gynakut", ("Frida Sjögren", LK), "2024-02-03T13:30", [
        ("Status", "V 6+5, sparsam brunaktig blödning. VUL: intrauterin gestationssäck med gulesäck och embryo 5 mm, hjärtaktivitet ses."),
        ("Bedömning", "Ingen misstanke om extrauterin graviditet. Informerad om att blödning tidigt i graviditeten är vanligt och oftast ofarligt."),
    ], signed=18),
], [], [("NL102", "n1")],
   "negated hypothesis 'Ingen misstanke om extrauterin graviditet' next to a confirmed intrauterine pregnancy")

C("forl-preeklampsi-uteslutes", "vgr", "1989-09-25", "762", [
    N("n1", "Läkaranteckning", "v_nal_forl", ("Rasmus Lind", LK), "2024-03-22T16:05", [
        ("Bedömning", "Kontroll pga svullna fotleder v 37. BT 128/82 och 124/80 efter vila. U-sticka negativ, PE-prover inkl TPK och leverprover normala. Preeklampsi uteslutes. Åter till ordinarie barnmorskekontroller."),
    ]),
], [], [("NL102", "n1")],
   "'Preeklampsi uteslutes' after normal work-up: ruled out, not a hypothesis")

C("gyn-enkel-cysta-inga-tecken-pa-malginitet-typo", "skane", "1990-10-31", "342", [
    N("n1", "Mottagningsanteckning", "s_trelleborg_gyn", ("Susanne Hedin", LK), "2024-04-09T13:10", [
        ("Status", "VUL: vä ovarium 3 cm enkel anekogen cysta med tunn vägg, inga papiller, inget flöde."),
        ("Bedömning", "Inga tecken på malginitet enligt IOTA simple rules. Premenopausal kvinna, ingen uppföljning behövs."),
    ]),
], [], [("NL102", "n1")],
   "negation 'Inga tecken på' with a typo in the diagnosis ('malginitet'): still negated")

C("gynakut-inget-som-talar-for-torsion", "vgr", "2001-05-12", "586", [
    N("n1", "Akutanteckning", "v_ostra_gynakut", ("Sofie Hjort", LK), "2024-05-16T11:50", [
        ("Bedömning", "Smärta vä sida sedan i morse, nu i avtagande. Ovarierna normalstora med gott flöde bilat vid doppler. Inget som talar för torsion. Smärtan bedöms som ovulationssmärta, naproxen vid behov."),
    ], signed=16),
], [], [("NL102", "n1")],
   "'Inget som talar för torsion' (negated) plus a firm assessment 'bedöms som ovulationssmärta'")

C("smvc-gdm-avskrivs-efter-ny-ogtt", "skane", "1986-12-19", "704", [
    N("n1", "Läkaranteckning", "s_krist_smvc", ("Per Wahlström", LK), "2024-09-17T09:35", [
        ("Bedömning", "Upprepad OGTT v 32 pga polyhydramnios: fP-glukos 4,6, 2h 6,8. Normala värden, graviditetsdiabetes avskrivs. Tillväxt-UL v 36 som planerat."),
    ]),
], [], [("NL102", "n1")],
   "'graviditetsdiabetes avskrivs' after normal OGTT: ruled out")

C("gynakut-ingen-misstake-om-salpingit-typo", "vgr", "1999-08-22", "364", [
    N("n1", "Akutanteckning", "v_skovde_kvk", ("Olivia Dahl", LK), "2024-06-11T15:20", [
        ("Status", "Afebril, ingen portio- eller adnexömhet. Wet smear: clue cells, positivt sniff-test."),
        ("Bedömning", "Bakteriell vaginos. Ingen misstake om salpingit. Metronidazol 500 mg x 2 i 7 dagar."),
    ]),
], [], [("NL102", "n1")],
   "typo in the negation ('Ingen misstake om salpingit') beside a confirmed bakteriell vaginos")

C("endo-talar-emot-endometrios", "skane", "1993-11-28", "860", [
    N("n1", "Mottagningsanteckning", "s_lund_endo", ("Helena Ström", LK), "2024-11-19T10:25", [
        ("Anamnes", "Konstant buksmärta utan koppling till menscykeln, förvärras vid födointag."),
        ("Bedömning", "Diagnostisk laparoskopi 2022 visade normalt bäcken. Detta talar emot endometrios. Remiss till gastroenterolog för vidare utredning av buksmärtan."),
    ]),
], [], [("NL102", "n1")],
   "'talar emot endometrios' is a negation, not the hedge 'talar för'")

C("antenatal-ej-graviditetskolestas", "vgr", "1992-12-24", "906", [
    N("n1", "Läkaranteckning", "v_ostra_antenatal", ("Emil Ström", LK), "2024-07-02T11:15", [
        ("Status", "Klåda på magen v 35 med kliande papler i striae, naveln fri."),
        ("Bedömning", "Gallsyror och leverprover normala, således ej graviditetskolestas."),
        ("Diagnos", "Polymorf graviditetsdermatos (PEP). Mjukgörande och grupp III-steroid."),
    ], setting="slutenvård"),
], [], [("NL102", "n1")],
   "'ej graviditetskolestas' negated; the diagnosis given is confirmed (PEP)")

C("gyn-mola-kan-uteslutas-pad", "skane", "1997-04-01", "168", [
    N("n1", "Telefonanteckning", "s_krist_gyn", ("Jessica Blom", LK), "2024-08-30T14:40", [
        ("Telefonkontakt", "PAD efter vakuumexeres: hydropisk abort utan trofoblastproliferation, mola kan uteslutas. Pat informerad per telefon och ingen ytterligare hCG-uppföljning behövs."),
    ], signed=6),
], [], [("NL102", "n1"), ("NL101", "n1")],
   "'mola kan uteslutas' (ruled out) and the patient is told the result")

# ---- relatives / another person
C("gyn-hereditet-moster-trol-brostcancer", "vgr", "1985-06-14", "728", [
    N("n1", "Mottagningsanteckning", "v_ostra_gynmott", ("Ylva Sandberg", LK), "2024-01-16T13:05", [
        ("Anamnes", "Hereditet: mamma opererad för ovarialcancer vid 52 års ålder, moster trol. bröstcancer i 40-årsåldern (osäker uppgift)."),
        ("Aktuellt", "38 år, besvärsfri, önskar riskbedömning. Gynundersökning och VUL ua."),
        ("Planering", "Remiss till onkogenetisk mottagning för ställningstagande till BRCA-analys."),
    ], signed=None),
], [], [("NL102", "n1")],
   "hedge 'trol. bröstcancer' is about the patient's aunt; the patient has no hedged diagnosis")

C("gyn-syster-misstankt-pcos", "skane", "2000-01-18", "406", [
    N("n1", "Mottagningsanteckning", "s_hbg_kvk", ("Ida Malmberg", LK), "2024-02-13T15:40", [
        ("Anamnes", "Söker för oregelbundna blödningar efter utsatta p-piller i höstas. Syster har misstänkt PCOS enligt pat, i övrigt ingen hereditet."),
        ("Bedömning", "Hormonprover och VUL normala, cykeln har blivit regelbunden igen. Ingen åtgärd, åter vid behov."),
    ]),
], [], [("NL102", "n1")],
   "'misstänkt PCOS' belongs to the sister")

C("smvc-mormor-eventuellt-havandeskapsforgiftning", "vgr", "1994-09-06", "250", [
    N("n1", "Inskrivningsanteckning", "v_boras_smvc", ("Åsa Nordin", BM), "2024-03-26T10:20", [
        ("Anamnes", "Inskriven på specialistmödravården pga tidigare tillväxthämmat barn 2021. Hennes mormor hade eventuellt havandeskapsförgiftning i sina graviditeter, osäker uppgift."),
        ("Planering", "Pat själv normotensiv. ASA 150 mg från v 12 enligt PM, tillväxt-UL v 28, 32 och 36."),
    ]),
], [], [("NL102", "n1")],
   "midwife: the hedged diagnosis is the grandmother's")

C("gyn-pojkvannen-trolig-klamydia", "skane", "2002-07-07", "284", [
    N("n1", "Mottagningsanteckning", "s_landskrona_gyn", ("Louise Berglund", SSK), "2024-04-04T10:35", [
        ("Aktuellt", "Kommer för provtagning då pojkvännen enligt henne har trolig klamydia, han väntar på svar från vårdcentralen. Själv helt besvärsfri. Klamydia- och gonorré-PCR från vagina tagen, svar via 1177."),
    ]),
], [], [("NL102", "n1")],
   "'trolig klamydia' is said of the boyfriend, the patient has only a test taken")

C("bb-nyfodd-misstankt-neonatal-infektion", "vgr", "1993-03-03", "106", [
    N("n1", "Barnmorskeanteckning", "v_ostra_bb", ("Johanna Lilja", BM), "2024-10-23T08:15", [
        ("Aktuellt", "Dag 1 efter vaginal förlossning. Mamman mår bra, normalt flöde, fast uterus, ammar. Barnet flyttat till neonatalavdelningen för observation då barnläkaren misstänker neonatal infektion. Känd GBS-bärare, profylaxen gavs mindre än 4 tim före förlossningen."),
        ("Planering", "Mamman följer med barnet till neo, vårdas vidare där som medboende."),
    ], setting="slutenvård"),
], [], [("NL102", "n1")],
   "in the mother's journal, the suspected infection is the newborn's, not the patient's")

# ---- hedge on something that is not a diagnosis
C("bb-trolig-hemgang-i-morgon", "skane", "1996-02-21", "762", [
    N("n1", "Barnmorskeanteckning", "s_malmo_bb", ("Nathalie Svensson", BM), "2024-01-27T15:00", [
        ("Omvårdnad", "Dag 2 efter vaginal förlossning. Väl kontraherad uterus, normalt flöde. Amningen kommer igång, barnet har gått ner 6 %."),
        ("Planering", "Trolig hemgång i morgon förmiddag efter PKU och barnläkarundersökning."),
    ], setting="slutenvård"),
], [], [("NL102", "n1")],
   "'Trolig hemgång' hedges a plan, not a diagnosis")

C("smvc-ev-induktion-vid-graviditetshypertoni", "vgr", "1988-08-28", "142", [
    N("n1", "Läkaranteckning", "v_boras_smvc", ("Magnus Eklöf", LK), "2024-05-09T14:10", [
        ("Bedömning", "Graviditetshypertoni, välkontrollerad på labetalol 100 mg x 3. Ev. induktion v 40+0, beslut vid besöket v 38."),
    ]),
], [], [("NL102", "n1")],
   "confirmed graviditetshypertoni; 'Ev. induktion' is a planned procedure")

C("gyn-ev-remiss-smartmottagning", "skane", "1984-04-11", "504", [
    N("n1", "Mottagningsanteckning", "s_krist_gyn", ("Annika Falk", LK), "2024-06-04T11:00", [
        ("Bedömning", "Känd endometrios sedan laparoskopi 2021, står på dienogest. Fortsatt smärta ca 5 dagar per månad. Ev. remiss till smärtmottagningen om ingen förbättring till nästa besök."),
    ]),
], [], [("NL102", "n1")],
   "known (confirmed) endometrios; only the referral is hedged")

C("forl-osakert-om-trombyl", "vgr", "1983-12-15", "620", [
    N("n1", "Barnmorskeanteckning", "v_skovde_forl", ("Caroline Fredriksson", BM), "2024-07-29T04:35", [
        ("Aktuellt", "Inkommer med värkar var 4:e minut, v 39+2. Känd kronisk hypertoni. Osäkert om hon tagit sin Trombyl senaste veckan, den skulle sättas ut v 36 enligt plan. Narkosläkare informerad inför ev. EDA."),
    ], setting="slutenvård"),
], [], [("NL102", "n1")],
   "hedges on medication intake and on an epidural; the diagnosis (kronisk hypertoni) is confirmed")

C("gyn-eventuellt-lite-blodning-efter-samlag", "skane", "1976-09-19", "226", [
    N("n1", "Mottagningsanteckning", "s_trelleborg_gyn", ("Karolina Roos", LK), "2024-08-06T09:50", [
        ("Anamnes", "Eventuellt lite blödning efter samlag vid enstaka tillfällen, annars inga besvär."),
        ("Status", "Portio ser normal ut, ingen ektropion. Cellprov taget."),
    ]),
], [], [("NL102", "n1")],
   "'Eventuellt' hedges a symptom (contact bleeding), not a diagnosis")

C("bb-sannolikt-behov-av-transfusion", "vgr", "1990-06-23", "686", [
    N("n1", "Läkaranteckning", "v_nal_bb", ("Helena Törnqvist", LK), "2024-02-19T09:00", [
        ("Bedömning", "Blödning 1 800 ml vid förlossningen, Hb 78 i morse, yr vid uppresning. Sannolikt behov av transfusion om Hb sjunker under 70 eller vid tilltagande symtom, i nuläget järn iv."),
    ], setting="slutenvård"),
], [], [("NL102", "n1")],
   "'Sannolikt behov av transfusion' hedges a treatment need, not a diagnosis")

C("gynakut-oklart-om-missade-p-piller", "skane", "2003-10-02", "442", [
    N("n1", "Akutanteckning", "s_lund_gynakut", ("Moa Axelsson", SSK), "2024-07-07T11:30", [
        ("Aktuellt", "Oskyddat samlag i natt. Oklart om hon missat några p-piller förra veckan. Ellaone lämnat, graviditetstest om 3 veckor."),
    ], signed=9),
], [], [("NL102", "n1")],
   "'Oklart om' hedges missed pills, no diagnosis involved")

# ---- hypothetical / conditional
C("smvc-vid-huvudvark-kan-vara-tecken-pa-preeklampsi", "vgr", "1987-05-27", "586", [
    N("n1", "Barnmorskeanteckning", "v_ostra_smvc", ("Ingela Rydberg", BM), "2024-08-15T13:45", [
        ("Aktuellt", "Gemini v 30, BT 132/84, u-sticka negativ, mår bra."),
        ("Information", "Vid huvudvärk, synstörningar eller smärta under höger revbensbåge ska hon ringa förlossningen direkt, då det kan vara tecken på havandeskapsförgiftning. Nästa kontroll om en vecka."),
    ]),
], [], [("NL102", "n1")],
   "conditional safety-net advice naming preeklampsi is not a hypothesis about the patient now")

C("smvc-om-ogtt-forhojd-da-gdm", "vgr", "1992-08-11", "180", [
    N("n1", "Läkaranteckning", "v_skovde_smvc", ("Lars Hellström", LK), "2024-04-18T10:55", [
        ("Bedömning", "Glukosuri vid två kontroller, i övrigt normal graviditet v 26. OGTT bokad om en vecka. Skulle den visa förhöjda värden handlar det om graviditetsdiabetes och då kopplas diabetesteamet in."),
    ]),
], [], [("NL102", "n1")],
   "graviditetsdiabetes only inside an if-then conditional about a future test")

# ---- confirmed diagnoses
C("gynop-rupturerad-tubargraviditet", "skane", "1990-07-15", "288", [
    N("n1", "Operationsberättelse", "s_lund_gynop", ("Anna Hammar", LK), "2024-02-15T00:40", [
        ("Indikation", "Hemoperitoneum på UL, hCG 3 400, tom uterus."),
        ("Fynd", "Ca 600 ml blod och koagel i buken. Rupturerad tubargraviditet i vänster tubas ampulla. Hö tuba och båda ovarierna normala."),
        ("Åtgärd", "Laparoskopisk salpingektomi vä. Sugning och spolning. Total blödning 700 ml."),
    ], signed=70, setting="slutenvård"),
], [], [("NL102", "n1")],
   "operation note with a surgically confirmed ectopic pregnancy, no hedge")

C("smvc-gdm-faststalld-insulin", "vgr", "1984-11-07", "346", [
    N("n1", "Läkaranteckning", "v_nu_smvc", ("Björn Svärd", LK), "2024-07-04T09:15", [
        ("Bedömning", "Graviditetsdiabetes fastställd v 26 med OGTT, 2h-värde 11,2. Egenmätningar senaste veckan: fasta 5,0-5,6, efter måltid upp till 8,9. Kosten räcker inte, insulin Insulatard 6 E till natten. Diabetesbarnmorskan följer upp."),
    ], signed=None),
], [], [("NL102", "n1"), ("NL101", "n1")],
   "confirmed GDM with treatment, nothing said about not telling")

C("kolposkopi-telefon-cin2-informerad", "skane", "1996-06-12", "584", [
    N("n1", "Telefonanteckning", "s_malmo_kolp", ("Ingrid Bengtsson", LK), "2024-05-20T13:50", [
        ("Telefonkontakt", "Ringt pat angående PAD från biopsierna: CIN 2. Informerad om fyndet och att behandling med konisering rekommenderas. Hon planerar graviditet, vi diskuterar aktiv exspektans vid återbesöket."),
    ], signed=5),
], [], [("NL102", "n1"), ("NL101", "n1")],
   "PAD-confirmed CIN 2 told to the patient by phone: neither a hypothesis nor uncommunicated")

C("smvc-okad-risk-for-preeklampsi-asa", "skane", "1982-02-18", "942", [
    N("n1", "Läkaranteckning", "s_krist_smvc", ("Tomas Ek", LK), "2024-01-23T14:25", [
        ("Bedömning", "V 11+5, 42 år, IVF-graviditet och kronisk hypertoni. Ökad risk för preeklampsi, ASA 150 mg till natten insatt profylaktiskt fram till v 36."),
    ]),
], [], [("NL102", "n1")],
   "a risk statement with prophylaxis is not an uncertain diagnosis of the patient")

# ---- protected place
C("skane-th-mall-misstankt-ovarialcancer", "skane", "1958-09-29", "522", [
    N("n1", "Tidiga hypoteser", "s_lund_gynonk", ("Gustav Rehn", LK), "2024-10-15T14:10", [
        ("Bedömning", "Misstänkt ovarialcancer med karcinos utifrån DT och CA-125. Hon är mycket orolig och vill inte ha spekulationer före PAD, så hypotesen är ännu inte kommunicerad."),
        ("Planering", "MDK torsdag, därefter samtal med pat och anhörig."),
    ]),
], [], [("NL102", "n1"), ("NL101", "n1")],
   "Skåne: hedged and untold diagnosis kept in a Tidiga hypoteser template, which is not shown")

C("vgr-th-sokord-mojlig-djup-endometrios", "vgr", "1991-05-09", "762", [
    N("n1", "Mottagningsanteckning", "v_alingsas_gyn", ("Elisabeth Dahlgren", LK), "2024-06-13T10:25", [
        ("Aktuellt", "Kontroll 3 mån efter insatt hormonspiral pga dysmenorré. Nöjd med blödningsmönstret."),
        ("Status", "Trådar synliga. VUL: spiralen korrekt placerad."),
        ("Tidiga hypoteser", "Kvarstående djup dyspareuni och ömhet över sakrouterinligamenten, möjlig djup endometrios. Ej diskuterat ännu."),
        ("Planering", "Återbesök om 6 mån, MR bäcken bokas innan dess."),
    ]),
], [], [("NL102", "n1")],
   "VGR: the only hedge sits under sökord Tidiga hypoteser; the other sökord are clean")

C("vgr-th-sokord-persisterande-trofoblast", "vgr", "1994-12-03", "408", [
    N("n1", "Gynekologisk anteckning", "v_skovde_kvk", ("Hanna Lund", LK), "2024-10-29T13:00", [
        ("Anamnes", "Uppföljning efter vakuumexeres för komplett mola i augusti."),
        ("Provsvar", "hCG 410 -> 380 -> 395 senaste tre veckorna."),
        ("Tidiga hypoteser", "Platå i hCG, frågeställning persisterande trofoblastsjukdom. Diskuteras med trofoblastcentrum innan pat informeras."),
        ("Planering", "hCG varje vecka, lungröntgen bokad."),
    ]),
], [], [("NL102", "n1")],
   "VGR: 'frågeställning persisterande trofoblastsjukdom' only under sökord Tidiga hypoteser")

C("skane-th-mall-flera-sokord", "skane", "1980-03-13", "706", [
    N("n1", "Tidiga hypoteser", "s_trelleborg_gyn", ("Petra Olofsson", LK), "2024-05-28T16:15", [
        ("Bedömning", "Upprepade besök för bäckensmärta med normala fynd vid UL, odlingar och laparoskopi. Sannolik somatisering vid svår psykosocial belastning, differentialdiagnos adherenser."),
        ("Planering", "Tas upp på teamkonferensen innan något diskuteras med pat."),
    ]),
], [], [("NL102", "n1")],
   "Skåne: several sökord with hedges, all inside the Tidiga hypoteser template")

# ---- PMO (Skåne primary care): diagnoses never shown
C("pmo-bmm-misstankt-gdm", "skane", "1991-09-13", "248", [
    N("n1", "Barnmorskebesök", "p_bmm_limhamn", ("Sara Nilsson", BM), "2024-04-17T09:30", [
        ("Aktuellt", "V 28+0. SF-mått 32 cm, över kurvan. Glukosuri 2+."),
        ("Bedömning", "Misstänkt graviditetsdiabetes, OGTT bokas nästa vecka på specialistmödravården."),
    ]),
], [], [("NL102", "n1")],
   "PMO barnmorskemottagning: hedged GDM, but PMO never shows diagnoses")

C("pmo-um-trolig-klamydia", "skane", "2005-11-30", "126", [
    N("n1", "Besöksanteckning", "p_um_landskrona", ("Elsa Håkansson", BM), "2024-02-01T15:05", [
        ("Aktuellt", "18-årig tjej med sveda vid miktion och ökade flytningar sedan en vecka. Partnern har positivt klamydiaprov."),
        ("Åtgärd", "Trolig klamydiainfektion, PCR tagen och behandlas direkt med doxycyklin. Smittspårning påbörjad."),
    ]),
], [], [("NL102", "n1")],
   "PMO ungdomsmottagning: 'Trolig klamydiainfektion' is not shown")

C("pmo-vc-sannolikt-pcos", "skane", "1998-03-24", "704", [
    N("n1", "Besöksanteckning", "p_vc_sjobo", ("Hussein Ali", LK), "2024-05-22T10:10", [
        ("Bedömning", "Oregelbunden mens, akne, BMI 31. Testosteron lätt förhöjt, SHBG lågt. Sannolikt PCOS. Metformin diskuteras, livsstilsråd givna."),
    ], signed=None),
], [], [("NL102", "n1")],
   "PMO vårdcentral: 'Sannolikt PCOS'")

C("pmo-bmm-mojlig-postpartumdepression", "skane", "1992-06-28", "584", [
    N("n1", "Efterkontroll", "p_bmm_eslov", ("Karin Åkesson", BM), "2024-08-22T13:20", [
        ("Aktuellt", "Efterkontroll 10 v pp. EPDS 16 poäng, gråter ofta, sover dåligt även när barnet sover."),
        ("Bedömning", "Möjlig postpartumdepression. Tid hos VC-läkare och kurator bokad samma vecka."),
    ]),
], [], [("NL102", "n1")],
   "PMO barnmorskemottagning postpartum check: 'Möjlig postpartumdepression'")

C("pmo-vc-bild-som-vid-atrofisk-vaginit", "skane", "1960-04-08", "046", [
    N("n1", "Besöksanteckning", "p_vc_angelholm", ("Göran Lindström", LK), "2024-09-10T08:50", [
        ("Status", "Blek, tunn slemhinna i vagina med petekier, inga flytningar."),
        ("Bedömning", "Bild som vid atrofisk vaginit. Vagifem 2 ggr/vecka, återkoppling om 3 mån."),
    ]),
], [], [("NL102", "n1")],
   "PMO vårdcentral: 'Bild som vid atrofisk vaginit'")

C("pmo-bmm-trolig-jarbristanemi-typo", "skane", "1995-08-03", "262", [
    N("n1", "Barnmorskebesök", "p_bmm_trelleborg", ("Maja Dahlberg", BM), "2024-11-21T14:35", [
        ("Aktuellt", "V 30+2. Hb 98, ferritin 8. Trolig järbristanemi, börjar med järntabletter varannan dag och kontroll av Hb om 4 veckor."),
    ], signed=None),
], [], [("NL102", "n1")],
   "PMO draft with a typo in the diagnosis ('järbristanemi'); hedged but PMO")


# ======================================================================
# Part C -- NL101: a diagnosis stands in a visible section while the text
# says the patient has not been told (and the look-alikes)
# ======================================================================

C("konisering-pad-skivepitelcancer-ej-informerad", "skane", "1981-07-24", "426", [
    N("n1", "Läkaranteckning", "s_krist_gyn", ("Sofia Mårtensson", LK), "2024-03-25T15:30", [
        ("Provsvar", "PAD konisering 12/3: invasiv skivepitelcancer stadium IA1, invasionsdjup 2 mm, fria resektionsränder."),
        ("Bedömning", "Pat är ännu inte informerad om PAD-svaret. Besked ges vid återbesöket 4/4 tillsammans med kontaktsjuksköterskan, kallelse skickad."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
   "PAD-verified cervical cancer in visible sections, text says the patient is not yet informed")

C("smvc-ogtt-gdm-har-ej-fatt-besked", "vgr", "1990-04-30", "684", [
    N("n1", "Läkaranteckning", "v_ostra_smvc", ("Hampus Lindgren", LK), "2024-06-20T16:10", [
        ("Bedömning", "OGTT v 28: fP-glukos 5,4 mmol/l, 2h 9,1 mmol/l, vilket uppfyller kriterierna för graviditetsdiabetes. Har ännu inte fått besked, diabetesbarnmorskan ringer henne i morgon förmiddag."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
   "settled graviditetsdiabetes written in Bedömning with 'har ännu inte fått besked'")

C("smvc-hiv-reaktivt-ej-informerad", "skane", "1995-10-18", "502", [
    N("n1", "Läkaranteckning", "s_malmo_smvc", ("Daniel Fors", LK), "2024-02-12T11:40", [
        ("Provsvar", "Inskrivningsprover: HIV-test reaktivt, konfirmerat med HIV-RNA."),
        ("Planering", "Patienten är inte informerad. Infektionsläkare tar samtalet tillsammans med oss i morgon kl 10, tolk bokad."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
   "confirmed HIV infection found at pregnancy screening, visible, patient explicitly not informed")

C("gyn-endometriecancer-ej-meddelat", "vgr", "1956-08-12", "160", [
    N("n1", "Läkaranteckning", "v_nu_kvk", ("Fredrik Hallin", LK), "2024-03-08T12:05", [
        ("Bedömning", "PAD endometriebiopsi: endometrioid adenocarcinom grad 1. Ej meddelat pat ännu. Hon kallas till läkarbesök på tisdag för besked och planering av hysterektomi."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
   "endometrial cancer in visible Bedömning, 'Ej meddelat pat ännu'")

C("gyn-telefon-klamydia-ej-natt", "skane", "1999-02-27", "028", [
    N("n1", "Telefonanteckning", "s_landskrona_gyn", ("Louise Berglund", SSK), "2024-09-09T14:20", [
        ("Telefonkontakt", "Klamydia-PCR från 5/9 positiv. Sökt pat på mobilen två gånger utan svar, hon är alltså inte informerad. Brev med uppmaning att ringa mottagningen skickas i dag."),
    ], signed=4),
], [("NL101", "n1")], [("NL102", "n1")],
   "positive chlamydia result written visibly while the patient could not be reached and is not informed")

C("gyn-partiell-mola-ej-underrattad", "vgr", "1992-03-17", "762", [
    N("n1", "Läkaranteckning", "v_ostra_gynmott", ("Ylva Sandberg", LK), "2024-05-13T09:45", [
        ("Provsvar", "PAD efter vakuumexeres 2/5: partiell mola hydatidosa."),
        ("Planering", "Pat ej underrättad än, jag ringer henne när tolk är bokad. hCG-uppföljning varje vecka enligt trofoblastregistret."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
   "partial mola in visible Provsvar, 'ej underrättad än'")

C("gynonk-ska-inte-fa-veta-fore-mdk", "skane", "1964-12-02", "384", [
    N("n1", "Läkaranteckning", "s_lund_gynonk", ("Charlotta Ljungqvist", LK), "2024-11-04T16:30", [
        ("Bedömning", "PAD från diagnostisk laparoskopi: höggradig serös ovarialcancer. Pat ska inte få veta detta förrän efter MDK på fredag, så att besked och behandlingsplan ges vid samma tillfälle."),
    ], signed=None),
], [("NL101", "n1")], [("NL102", "n1")],
   "unsigned draft: confirmed ovarian cancer in Bedömning, patient 'ska inte få veta' yet")

C("dysplasi-pad-cin3-ej-infomerad-typo", "vgr", "1988-10-29", "546", [
    N("n1", "Gynekologisk anteckning", "v_ostra_kolp", ("Malin Ek", LK), "2024-06-04T13:10", [
        ("Bedömning", "PAD: CIN 3 i båda biopsierna, ingen invasion. Pat ej infomerad om svaret ännu. Planeras för LEEP-konisering."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
   "typo 'infomerad' in the not-told phrase, CIN 3 in visible Bedömning")

C("smvc-syfilis-vantar-med-att-informera", "skane", "1998-12-21", "248", [
    N("n1", "Läkaranteckning", "s_ystad_smvc", ("Karin Wramner", LK), "2024-01-11T10:30", [
        ("Provsvar", "Syfilisserologi från inskrivningen: TPPA positiv, RPR 1:16, förenligt med aktiv syfilis enligt infektionskonsult."),
        ("Planering", "Vi väntar med att informera pat tills infektionskliniken bekräftat behandlingsplanen, samtal bokat på torsdag."),
    ]),
], [("NL101", "n1")], [],
   "syphilis result in visible Provsvar and an explicit decision to wait before informing (NL102 not asserted: 'förenligt med')")

C("smvc-hepatit-c-ej-informerats", "vgr", "1986-06-01", "104", [
    N("n1", "Läkaranteckning", "v_skovde_smvc", ("Lars Hellström", LK), "2024-08-01T11:20", [
        ("Bedömning", "Hepatit C-antikroppar positiva i graviditetsscreeningen, HCV-RNA detekterbart. Kvinnan har ännu inte informerats, vi träffar henne tillsammans med infektionssjuksköterska nästa vecka."),
    ], signed=None),
], [("NL101", "n1")], [("NL102", "n1")],
   "chronic hepatitis C verified by RNA, 'har ännu inte informerats'")

C("kolposkopi-cin3-senare-telefon-informerad", "skane", "1993-05-20", "946", [
    N("n1", "Läkaranteckning", "s_malmo_kolp", ("Ingrid Bengtsson", LK), "2024-04-08T15:05", [
        ("Bedömning", "PAD från kolposkopin visar CIN 3. Pat har inte fått besked, försöker nå henne per telefon i morgon."),
    ]),
    N("n2", "Telefonanteckning", "s_malmo_kolp", ("Ingrid Bengtsson", LK), "2024-04-09T10:15", [
        ("Telefonkontakt", "Nått pat. Informerad om att biopsin visade CIN 3 och att vi rekommenderar konisering, vilket hon accepterar. Operationstid skickas hem."),
    ], signed=7),
], [("NL101", "n1")], [("NL101", "n2")],
   "two notes: n1 withholds the CIN 3 result (must), next-day phone note n2 tells her (must_not)")

C("vulva-lichen-pad-senare-meddelat", "vgr", "1967-07-09", "382", [
    N("n1", "Läkaranteckning", "v_boras_gyn", ("Cecilia Brandt", LK), "2024-04-30T14:00", [
        ("Provsvar", "PAD stansbiopsi vulva: lichen sclerosus, ingen dysplasi."),
        ("Bedömning", "Pat ännu ej informerad om svaret, ringer henne nästa vecka när jag är tillbaka på mottagningen."),
    ]),
    N("n2", "Telefonanteckning", "v_boras_gyn", ("Cecilia Brandt", LK), "2024-05-07T08:35", [
        ("Telefonkontakt", "Meddelat PAD-svaret: lichen sclerosus utan dysplasi. Fortsätter Dermovat enligt nedtrappningsschema, återbesök om 3 mån."),
    ], signed=6),
], [("NL101", "n1")], [("NL101", "n2")],
   "two notes: lichen sclerosus withheld in n1, communicated a week later in n2")

C("epikris-hysterektomi-leiomyosarkom-ej-informerad", "vgr", "1971-09-15", "628", [
    N("n1", "Epikris", "v_boras_gyn", ("Anna-Karin Thelin", LK), "2024-09-19T13:30", [
        ("Diagnos", "Leiomyosarkom i uterus C54.2. Status efter total laparoskopisk hysterektomi 6/9."),
        ("Anamnes", "52-årig kvinna med snabbt växande uterus och tryckkänsla mot blåsan, preoperativt bedömt som symtomgivande myom."),
        ("Vårdförlopp", "Okomplicerad operation och postoperativt förlopp, utskriven dag 1 med paracetamol och ibuprofen."),
        ("Provsvar", "PAD (inkom 18/9, efter utskrivningen): leiomyosarkom, 9 cm, mitotiskt aktivt, ingen spridning i preparatet."),
        ("Planering", "Pat är inte informerad om PAD ännu. Hon kallas till läkarbesök 24/9 för besked, DT thorax-buk beställt, anmäld till sarkom-MDK."),
    ], signed=60),
], [("NL101", "n1")], [("NL102", "n1")],
   "long epikris: leiomyosarkom in Diagnos and Provsvar while the patient is not informed")

C("smvc-faktor-v-leiden-ej-kommunicerat", "skane", "1990-01-29", "068", [
    N("n1", "Läkaranteckning", "s_krist_smvc", ("Tomas Ek", LK), "2024-04-15T13:25", [
        ("Provsvar", "Trombofiliutredning pga DVT hos pat:s mamma: heterozygot faktor V Leiden."),
        ("Bedömning", "Provsvaret är ännu inte kommunicerat till pat, hon rings upp i morgon. Tromboprofylax med dalteparin 6 veckor postpartum planeras."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
   "confirmed faktor V Leiden in visible Provsvar while 'ännu inte kommunicerat till pat'")

C("gyn-vulvacancer-besked-ej-lamnat", "vgr", "1948-10-21", "206", [
    N("n1", "Läkaranteckning", "v_nu_kvk", ("Kerstin Alm", LK), "2024-11-27T10:15", [
        ("Provsvar", "PAD från vulvaexcision hö labium majus: högt differentierad skivepitelcancer, 1,8 cm, radikalt exciderad i sidled men tumörnära i djupet."),
        ("Planering", "Besked ej lämnat. Patienten har inte fått någon information om svaret, besök med läkare och kontaktsjuksköterska 3/12. Anmäld till regional vulva-MDK."),
    ], signed=None),
], [("NL101", "n1")], [("NL102", "n1")],
   "unsigned draft: vulvar cancer in visible Provsvar, 'Besked ej lämnat'")

C("rmc-karyotyp-turnermosaik-ej-informerad", "skane", "1987-07-31", "528", [
    N("n1", "Läkaranteckning", "s_malmo_rmc", ("Åsa Kjellberg", LK), "2024-06-12T15:45", [
        ("Utredning", "Utredning efter tre tidiga missfall. Karyotyp pat: 45,X/46,XX, mosaik för Turners syndrom. Partnerns karyotyp normal."),
        ("Planering", "Pat ej informerad om resultatet. Genetisk vägledning bokas så att besked ges där, inom 2 veckor."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
   "Turner mosaic karyotype in visible Utredning, patient not informed (partner result normal)")

# ---- NL101 must_not look-alikes
C("smvc-gdm-fick-besked-forra-veckan", "vgr", "1991-02-08", "324", [
    N("n1", "Barnmorskeanteckning", "v_ostra_smvc", ("Ingela Rydberg", BM), "2024-07-16T10:50", [
        ("Aktuellt", "Graviditetsdiabetes, fick beskedet av diabetesbarnmorskan förra veckan och har börjat mäta. Värdena ligger bra på kost. Ny kontroll om 2 veckor."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
   "the patient was told earlier; confirmed GDM")

C("gyn-myom-operationsdatum-ej-meddelat", "skane", "1983-06-30", "500", [
    N("n1", "Mottagningsanteckning", "s_hassleholm_gyn", ("Birgitta Hallberg", LK), "2024-05-02T11:15", [
        ("Planering", "Symtomgivande myom, planerad för laparoskopisk myomektomi. Operationsdatum är ännu inte meddelat pat, planeringsenheten kontaktar henne."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
   "what is not yet told is the operation date, not the diagnosis")

C("gyn-atypisk-hyperplasi-remissen-ej-meddelad", "vgr", "1966-11-11", "266", [
    N("n1", "Läkaranteckning", "v_skovde_kvk", ("Amir Haddad", LK), "2024-02-01T14:40", [
        ("Bedömning", "Endometriehyperplasi med atypi i PAD. Diagnosen gicks igenom med pat vid dagens besök och hon önskar hysterektomi. Hon har inte fått veta att remissen till gynonkologen redan skickats, det framgår av kallelsen."),
    ], signed=None),
], [], [("NL101", "n1"), ("NL102", "n1")],
   "diagnosis told today; only the sent referral is not yet known to her")

C("gyn-kontrollcellprov-normalt-ej-meddelat", "skane", "1979-01-03", "684", [
    N("n1", "Mottagningsanteckning", "s_trelleborg_gyn", ("Karolina Roos", LK), "2024-10-22T15:05", [
        ("Provsvar", "Kontrollcellprov 6 mån efter konisering: normal cytologi, HPV negativt."),
        ("Planering", "Ej meddelat pat än, svarsbrev går ut automatiskt från screeningkansliet. Åter i screeningprogrammet."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
   "not-yet-told result is normal, no diagnosis")

C("vgr-th-sokord-vin-ej-meddelat", "vgr", "1950-03-19", "806", [
    N("n1", "Läkaranteckning", "v_nu_kvk", ("Sven Ottosson", LK), "2024-12-05T10:40", [
        ("Aktuellt", "Svar på biopsier från vulva har kommit."),
        ("Tidiga hypoteser", "PAD: differentierad VIN vid vä labium minus, ännu inte meddelat pat."),
        ("Planering", "Kallas till återbesök om en vecka för genomgång av provsvaren."),
    ]),
], [], [("NL101", "n1")],
   "VGR: the untold diagnosis is only under sökord Tidiga hypoteser; the visible sökord name no diagnosis")

C("skane-th-mall-endometriecancer-ej-informerad", "skane", "1955-04-06", "444", [
    N("n1", "Tidiga hypoteser", "s_hbg_kvk", ("Anders Nyqvist", LK), "2024-10-03T09:25", [
        ("Provsvar", "PAD från hysteroskopisk resektion: endometrioid endometriecancer grad 2."),
        ("Bedömning", "Pat är inte informerad ännu, besked planeras till mottagningsbesöket 14/10."),
    ]),
], [], [("NL101", "n1")],
   "Skåne: the untold diagnosis is in a Tidiga hypoteser template, not shown")

C("gyn-telefon-klamydia-partnern-vet-inte", "vgr", "2001-08-25", "906", [
    N("n1", "Telefonanteckning", "v_kungalv_gyn", ("Anna Lövgren", SSK), "2024-03-14T13:25", [
        ("Telefonkontakt", "Meddelat pat att klamydiaprovet är positivt. Hon vill själv berätta för sin partner, som ännu inte vet något. Recept på doxycyklin skickat, smittspårare kontaktar henne."),
    ], signed=3),
], [], [("NL101", "n1"), ("NL102", "n1")],
   "patient told; only the partner does not know")

C("gynakut-17ar-graviditet-mamma-ej-informerad", "skane", "2007-01-14", "580", [
    N("n1", "Akutanteckning", "s_malmo_gynakut", ("Frida Sjögren", LK), "2024-05-06T16:50", [
        ("Aktuellt", "17 år, sökt pga illamående och utebliven mens."),
        ("Bedömning", "Positivt graviditetstest, VUL visar intrauterin graviditet v 7+2. Informerad om fynden. Hon vill inte att mamma ska informeras i nuläget. Samtal om alternativen, kurator-tid i morgon."),
    ]),
], [], [("NL101", "n1")],
   "17-year-old is told; it is the mother (a relative) who is not to be informed")

C("smvc-barnets-kon-ej-veta", "skane", "1994-07-05", "302", [
    N("n1", "Läkaranteckning", "s_ystad_smvc", ("Erik Granlund", LK), "2024-03-05T13:55", [
        ("Bedömning", "Känd hypotyreos, Levaxin 100 µg, TSH 1,8 i v 18. Rutin-UL v 18+4 utan anmärkning. Hon har ännu inte fått veta barnets kön och vill inte veta det."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
   "a diagnosis stands in the note, but what she has not been told is the baby's sex")

C("antenatal-narkosjouren-ej-informerad-om-tpk", "vgr", "1989-04-27", "440", [
    N("n1", "Läkaranteckning", "v_ostra_antenatal", ("Emil Ström", LK), "2024-09-26T08:20", [
        ("Bedömning", "Känd ITP sedan 2019, hon är väl insatt i sin sjukdom. TPK 62 i dag, v 38+1. Narkosjouren ännu inte informerad om aktuellt värde, kontaktas inför eventuell EDA."),
    ], setting="slutenvård"),
], [], [("NL101", "n1")],
   "staff (narkosjouren) not informed; the patient knows her ITP")

C("gyn-abrasio-pad-inkommit-utan-diagnos", "skane", "1962-08-09", "322", [
    N("n1", "Mottagningsanteckning", "s_krist_gyn", ("Jessica Blom", LK), "2024-07-11T12:10", [
        ("Planering", "PAD-svar från abrasio har inkommit. Pat ännu ej informerad och kallas till läkarbesök nästa vecka."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
   "result untold, but no diagnosis is written in the visible note")

C("smvc-induktionsdatum-ej-meddelat", "vgr", "1987-10-04", "706", [
    N("n1", "Läkaranteckning", "v_nu_smvc", ("Björn Svärd", LK), "2024-10-17T15:35", [
        ("Bedömning", "Graviditetshypertoni, BT stabilt kring 140/90 på labetalol. Beslut på förlossningskonferensen om igångsättning v 39+0. Pat ej informerad om datumet ännu, barnmorskan ringer henne."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
   "what is untold is the induction date; the diagnosis is not the untold thing")

C("gyn-pcos-diagnos-genomgangen-2021", "skane", "1995-03-11", "106", [
    N("n1", "Mottagningsanteckning", "s_ystad_gyn", ("Margareta Lilja", LK), "2024-04-24T09:05", [
        ("Anamnes", "PCOS, diagnosen satt 2021 och genomgången med pat då."),
        ("Aktuellt", "Nu graviditetsönskan sedan ett år, anovulatoriska cykler."),
        ("Planering", "Startar letrozol dag 3-7, ägglossningstest och kontroll-UL cykeldag 12."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
   "the diagnosis was communicated in 2021")


# ======================================================================
# Part D -- long, multi-section charts (one sentence decides, or none)
# ======================================================================

C("lang-smvc-inskrivning-utan-hypotes", "vgr", "1988-12-06", "648", [
    N("n1", "Inskrivningsanteckning", "v_boras_smvc", ("Henrik Sandell", LK), "2024-02-07T09:10", [
        ("Anamnes", "35-årig omföderska, G3P1, SM 2/11 ger BF 9/8, KUB-UL stämmer. Sectio 2021 pga sätesbjudning, okomplicerat. Missfall v 8 2022, medicinskt avslutat. Hypotyreos sedan 2015, Levaxin 125 µg. Inga allergier. Icke-rökare, ingen alkohol. Hereditet: mor typ 2-diabetes, far hypertoni."),
        ("Aktuellt", "Remitterad från barnmorskemottagningen för ställningstagande till förlossningssätt och för tyreoideakontroller. Mår bra, lite illamående på förmiddagarna men äter och dricker normalt. Inga blödningar."),
        ("Status", "Längd 168 cm, vikt 74 kg, BMI 26,2. BT 118/72. Cor: regelbunden rytm, inga blåsljud. Ärret efter snittet lugnt. VUL: viabel enkelbörd, CRL motsv v 12+2, normal nackregion."),
        ("Lab", "TSH 2,9, fritt T4 14. Hb 126. Blodgrupp A Rh positiv, inga irreguljära antikroppar. HbA1c 34."),
        ("Bedömning", "Normal tidig graviditet. Inga tecken på graviditetsdiabetes i nuläget, HbA1c normalt, men riskfaktorer i form av hereditet och tidigare stor viktuppgång. Hypotyreos välbehandlad, dosen höjs enligt rutin med två extra tabletter per vecka. Ingen kontraindikation mot vaginal förlossning efter ett tidigare snitt."),
        ("Planering", "TSH och fritt T4 var 4:e vecka till v 20. OGTT v 28 pga hereditet. Samtal om förlossningssätt v 34 med UL för fosterläge, ev. tillväxt-UL om SF-måttet avviker. Åter barnmorskemottagningen för basprogrammet."),
    ], signed=180),
], [], [("NL102", "n1"), ("NL101", "n1")],
   "long specialistmödravård chart: confirmed diagnoses, a negated GDM, and hedges only on plans")

C("lang-forl-misstant-placentarest-typo", "skane", "1992-10-26", "120", [
    N("n1", "Förlossningsanteckning", "s_hbg_forl", ("Anna Wikström", BM), "2024-08-18T07:50", [
        ("Ankomst", "Förstföderska v 40+3, ankom 21.10 med regelbundna sammandragningar var 3:e min sedan kl 18. Vattenavgång kl 20, klart vatten. Cx 4 cm, utplånad, huvud i bäckeningången. CTG normalt."),
        ("Förlopp", "EDA kl 23 med god effekt. Fullvid kl 04.30, huvudet nedträngt. Krystskede 55 min med god kontakt, CTG med tidiga decelerationer. Partus kl 05.42, flicka, Apgar 9-10-10, vikt 3 610 g. Nackfri."),
        ("Efterbörd", "Placenta fram spontant kl 06.05, ser ut att sakna en bit vid kanten, hinnorna trasiga. Blödning 650 ml. Uterus mjuk, massage och oxytocin iv."),
        ("Bristning", "Grad 2-bristning, sutureras av barnmorska i EDA. Rektalpalpation ua, sfinktern intakt."),
        ("Bedömning", "Misstänt kvarsittande placentarest. Jourläkare dr Ahmadi tillkallad för UL."),
        ("Omvårdnad", "Hud mot hud sedan partus, barnet har sugit bra vid båda brösten. Kissat spontant 400 ml. Partner närvarande och delaktig. Mamman trött men glad."),
    ], signed=95, setting="slutenvård"),
], [("NL102", "n1")], [],
   "long delivery chart with one typo'd hedge ('Misstänt kvarsittande placentarest') in visible Bedömning")

C("lang-gyn-epikris-th-sokord-rent-synligt", "vgr", "1975-05-18", "284", [
    N("n1", "Epikris", "v_ostra_gynmott", ("Mikaela Holst", LK), "2024-11-08T14:50", [
        ("Diagnos", "Myoma uteri D25.1. Menorragi N92.0. Järnbristanemi D50.0."),
        ("Vårdförlopp", "48-årig kvinna, inlagd för planerad total laparoskopisk hysterektomi med bilateral salpingektomi pga symtomgivande myom och blödningsanemi trots tranexamsyra och järn. Op 6/11 utan komplikationer, blödning 150 ml. Mobiliserad samma kväll, KAD ut dag 1, smärtlindrad på peroral analgetika."),
        ("Status vid utskrivning", "Opåverkad, afebril, mjuk buk, läker fint i troakarsåren. Hb 109."),
        ("Tidiga hypoteser", "Hon beskriver under vårdtiden ett påtagligt nedstämt stämningsläge och sömnproblem, möjlig depression. Ej diskuterat med pat, VC-läkaren informerad via remiss."),
        ("Planering", "Sjukskriven 4 veckor. Stygn behöver inte tas. Ingen tung lyftning och inga samlag på 6 veckor. Telefonuppföljning om 6 veckor med PAD-besked. Fortsatt järn 3 mån."),
    ], signed=240, setting="slutenvård"),
], [], [("NL102", "n1")],
   "long VGR epikris: confirmed diagnoses in visible sökord, the only hedge under sökord Tidiga hypoteser")

C("lang-pmo-bmm-inskrivning-misstankt-anemi", "skane", "1996-09-01", "382", [
    N("n1", "MHV Inskrivning", "p_bmm_simrishamn", ("Elin Paulsson", BM), "2024-01-22T08:30", [
        ("Anamnes", "Förstföderska, 27 år, SM 28/11 ger BF 3/9. Spontan graviditet, planerad. Frisk, inga mediciner utöver folsyra. Astma i barndomen, inga besvär nu. Tidigare ätstörning i tonåren, behandlad, mår bra sedan flera år."),
        ("Livsstil", "Röker ej, snusar ej. Alkohol: AUDIT 2 före graviditeten, inget nu. Jobbar som förskollärare. Sambo, trygga förhållanden. Frågor om våld ställda enligt rutin."),
        ("Status", "Vikt 61 kg, längd 170 cm. BT 112/70. Urinsticka utan anmärkning."),
        ("Provtagning", "Hb 104, blodgrupp och antikroppsscreening, rubella, hepatit B, HIV, syfilis tagna."),
        ("Bedömning", "Trolig järnbristanemi, ferritin skickat. Kostråd och järntillskott diskuteras när svaret kommit. Tidigare ätstörning, erbjuds extra samtal och vi följer viktkurvan."),
        ("Planering", "KUB-information given, önskar ej. Rutin-UL v 18 bokas. Nästa besök om 4 veckor. Information om 1177 och föräldragrupper."),
    ], signed=65),
], [], [("NL102", "n1")],
   "long PMO inskrivning on a Skåne barnmorskemottagning: hedged anemia, but PMO never shows diagnoses")

C("lang-gynakut-manga-negationer-utan-hypotes", "vgr", "1997-01-09", "540", [
    N("n1", "Akutanteckning", "v_ostra_gynakut", ("Sofie Hjort", LK), "2024-04-06T22:35", [
        ("Anamnes", "26-årig nullipara med kopparspiral sedan 2022. Sedan i eftermiddag diffus smärta i nedre delen av buken, mest hö, ingen feber, inga flytningar, ingen blödning utöver mens som slutade för 5 dagar sedan. Inget kräkts. Normal avföring."),
        ("Status", "AT gott, afebril, BT 122/76, puls 76. Buk: mjuk, lätt palpöm hö fossa, ingen släppömhet, Rovsing negativ. Gyn: trådar synliga, ingen portioömhet, adnexa oömma. VUL: spiralen i cavum, normalstora ovarier med gott flöde bilat, ingen fri vätska."),
        ("Lab", "U-hCG negativt. Hb 134, LPK 6,1, CRP 3. U-sticka ua."),
        ("Bedömning", "Negativt graviditetstest, ingen misstanke om extrauterin graviditet. Inga tecken på torsion eller salpingit, och med normala inflammationsparametrar och mjuk buk talar inget för appendicit. Smärtan har klingat av under vistelsen."),
        ("Planering", "Hem. Paracetamol vid behov. Söker igen vid feber, tilltagande smärta eller kräkningar."),
    ], signed=20),
], [], [("NL102", "n1"), ("NL101", "n1")],
   "long gynakut note full of negated diagnoses and a conditional, with no hedged diagnosis")


# ======================================================================
# Validation and output
# ======================================================================

CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
PATIENT_KEYS = ["id", "birth_date", "protected_identity"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def in_2024(stamp):
    try:
        d = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S")
    except (TypeError, ValueError):
        return False
    return d.year == 2024


def age_at(birth, when):
    b = date.fromisoformat(birth)
    w = datetime.strptime(when, "%Y-%m-%dT%H:%M:%S").date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    problems = []
    names = set()
    sentences = {}
    for c in cases:
        name = c.get("case")
        where = "case %r" % name

        def bad(msg):
            problems.append("%s: %s" % (where, msg))

        if list(c.keys()) != CASE_KEYS:
            bad("case keys %r" % list(c.keys()))
        if not name or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", name):
            bad("bad case name")
        if name in names:
            bad("duplicate case name")
        names.add(name)
        rs = c["ruleset"]
        if rs not in ("skane", "vgr"):
            bad("ruleset %r" % rs)
        if not c["why"].strip():
            bad("empty why")
        rec = c["record"]
        if list(rec.keys()) != RECORD_KEYS:
            bad("record keys")
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            bad("access_events/conversations/treatments must be empty")
        pat = rec["patient"]
        if list(pat.keys()) != PATIENT_KEYS or pat["protected_identity"] is not False:
            bad("patient keys / protected_identity")
        pid, birth = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            bad("personnummer format %r" % pid)
        else:
            if pid[:8] != birth.replace("-", ""):
                bad("personnummer %s does not match birth_date %s" % (pid, birth))
            digits = pid[2:8] + pid[9:12]
            if luhn_digit(digits) != pid[12]:
                bad("personnummer %s fails Luhn" % pid)
            try:
                date.fromisoformat(birth)
            except ValueError:
                bad("birth_date invalid")
        if not in_2024(rec["as_of"]):
            bad("as_of not in 2024")
        else:
            a = age_at(birth, rec["as_of"])
            if 13 <= a <= 15:
                bad("patient aged %d (13-15 not allowed)" % a)
        notes = {}
        for n in rec["notes"]:
            if list(n.keys()) != NOTE_KEYS:
                bad("note keys %r" % list(n.keys()))
            if n["id"] in notes:
                bad("duplicate note id %s" % n["id"])
            notes[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                bad("system %r" % n["system"])
            if rs == "vgr" and n["system"] != "Melior":
                bad("VGR note %s is not Melior" % n["id"])
            prefix = SKANE if rs == "skane" else VGR
            if not n["unit"]["hsa_id"].startswith(prefix):
                bad("unit %s hsa_id not of region %s" % (n["unit"]["name"], rs))
            if sorted(n["unit"].keys()) != ["hsa_id", "name"] or sorted(n["author"].keys()) != ["name", "role"]:
                bad("unit/author keys")
            if n["setting"] not in ("öppenvård", "slutenvård"):
                bad("setting %r" % n["setting"])
            if not in_2024(n["time"]):
                bad("note %s time not in 2024" % n["id"])
            if n["signed"] is not None:
                if not in_2024(n["signed"]):
                    bad("note %s signed not in 2024" % n["id"])
                elif n["signed"] < n["time"]:
                    bad("note %s signed before written" % n["id"])
            if n["time"] > rec["as_of"]:
                bad("note %s after as_of" % n["id"])
            if not n["sections"]:
                bad("note %s has no sections" % n["id"])
            for sec in n["sections"]:
                if sorted(sec.keys()) != ["keyword", "text"] or not sec["keyword"].strip() or not sec["text"].strip():
                    bad("bad section in note %s" % n["id"])
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences:
                            bad("sentence repeated (also in %s): %r" % (sentences[sent], sent))
                        else:
                            sentences[sent] = name
        if not c["must"] and not c["must_not"]:
            bad("no assertion")
        seen = set()
        for kind in ("must", "must_not"):
            for item in c[kind]:
                if not (isinstance(item, list) and len(item) == 2):
                    bad("bad assertion %r" % (item,))
                    continue
                code, target = item
                if code not in CODES:
                    bad("code %s not annotated in this set" % code)
                if target not in notes:
                    bad("target %s does not exist" % target)
                    continue
                if (code, target) in seen:
                    bad("%s on %s asserted twice" % (code, target))
                seen.add((code, target))
                system = notes[target]["system"]
                # PMO never shows diagnoses: NL102 may only be *required* on Melior
                # (a hedged PMO diagnosis is must_not NL102)
                if code == "NL102" and kind == "must" and system != "Melior":
                    bad("must NL102 on a %s note" % system)
                if code == "NL101" and system == "PMO":
                    bad("NL101 asserted on a PMO note")
    return problems


def main():
    problems = validate(CASES)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(problems), file=sys.stderr)
        return 1
    lines = [json.dumps(c, ensure_ascii=False, sort_keys=False) for c in CASES]
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    # re-read what was written and check it round-trips
    with open(OUT, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh if line.strip()]
    if back != CASES:
        print("PROBLEM: cases.jsonl does not round-trip", file=sys.stderr)
        return 1
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for code in sorted(CODES):
        print("  %s  must %d  must_not %d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
