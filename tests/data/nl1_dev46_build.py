#!/usr/bin/env python3
"""dev46: notes written by nurses, midwives, physiotherapists, occupational therapists,
dietitians, counsellors and psychologists (Melior and PMO), NL102 and NL101.

Standard library only, deterministic. Writes nl1_dev46_cases.jsonl next to this file and exits 1
on any validation problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev46_cases.jsonl")

SKANE_PREFIX = "SE2321000255"
VGR_PREFIX = "SE2321000131"

# key: (name, region, system)
UNITS = {
    # Skåne, Melior (hospitals)
    "s_ger_malmo": ("Geriatriska kliniken avd 3, Skånes universitetssjukhus Malmö", "skane", "Melior"),
    "s_med_ystad": ("Medicinavdelning 2, Ystads lasarett", "skane", "Melior"),
    "s_akut_hassleholm": ("Akutmottagningen, Hässleholms sjukhus", "skane", "Melior"),
    "s_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "skane", "Melior"),
    "s_psyk_malmo": ("Vuxenpsykiatrisk öppenvårdsmottagning Malmö Öster", "skane", "Melior"),
    "s_inf_ksd": ("Infektionskliniken, Centralsjukhuset Kristianstad", "skane", "Melior"),
    "s_barnakut_malmo": ("Barnakuten, Skånes universitetssjukhus Malmö", "skane", "Melior"),
    "s_bb_hbg": ("BB-avdelningen, Helsingborgs lasarett", "skane", "Melior"),
    "s_kvinnoakut_lund": ("Kvinnoakuten, Skånes universitetssjukhus Lund", "skane", "Melior"),
    "s_hia_ystad": ("Hjärtintensivavdelningen, Ystads lasarett", "skane", "Melior"),
    "s_hand_malmo": ("Handkirurgiska kliniken, Skånes universitetssjukhus Malmö", "skane", "Melior"),
    "s_asih_lund": ("ASIH Lund Nordost", "skane", "Melior"),
    "s_orto_trelleborg": ("Ortopedavdelning 9, Trelleborgs lasarett", "skane", "Melior"),
    "s_kir_ksd": ("Kirurgavdelning 12, Centralsjukhuset Kristianstad", "skane", "Melior"),
    "s_rehab_orup": ("Neurologisk rehabilitering, Orupssjukhuset Höör", "skane", "Melior"),
    "s_karl_malmo": ("Kärlmottagningen, Skånes universitetssjukhus Malmö", "skane", "Melior"),
    "s_ger_hbg": ("Geriatriska kliniken, Helsingborgs lasarett", "skane", "Melior"),
    "s_barn_lund": ("Barn- och ungdomsmedicinska kliniken, Skånes universitetssjukhus Lund", "skane", "Melior"),
    "s_uro_malmo": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "skane", "Melior"),
    "s_hud_lund": ("Hudkliniken, Skånes universitetssjukhus Lund", "skane", "Melior"),
    "s_neuro_lund": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", "skane", "Melior"),
    "s_brost_malmo": ("Bröstcentrum, Skånes universitetssjukhus Malmö", "skane", "Melior"),
    "s_minne_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "skane", "Melior"),
    "s_kirmott_ksd": ("Kirurgmottagningen, Centralsjukhuset Kristianstad", "skane", "Melior"),
    "s_gynonk_lund": ("Gynekologisk onkologi, Skånes universitetssjukhus Lund", "skane", "Melior"),
    "s_med_landskrona": ("Medicinavdelning 31, Landskrona lasarett", "skane", "Melior"),
    "s_lung_lund": ("Lungmedicinska kliniken, Skånes universitetssjukhus Lund", "skane", "Melior"),
    "s_inf_malmo": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "skane", "Melior"),
    "s_fysio_angelholm": ("Fysioterapin, ortopedmottagningen, Ängelholms sjukhus", "skane", "Melior"),
    "s_kard_hbg": ("Kardiologiska kliniken, Helsingborgs lasarett", "skane", "Melior"),
    "s_pall_angelholm": ("Palliativa enheten, Ängelholms sjukhus", "skane", "Melior"),
    "s_kurator_hbg": ("Kuratorsenheten, kirurgiska kliniken, Helsingborgs lasarett", "skane", "Melior"),
    "s_barnavd_hbg": ("Barn- och ungdomsmedicin avd 22, Helsingborgs lasarett", "skane", "Melior"),
    "s_akut_ystad": ("Akutmottagningen, Ystads lasarett", "skane", "Melior"),
    "s_kir_lund": ("Kirurgiska kliniken avd 4, Skånes universitetssjukhus Lund", "skane", "Melior"),
    "s_reuma_lund": ("Reumatologiska mottagningen, Skånes universitetssjukhus Lund", "skane", "Melior"),
    "s_obst_malmo": ("Specialistmödravården, Skånes universitetssjukhus Malmö", "skane", "Melior"),
    "s_gastro_malmo": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "skane", "Melior"),
    "s_hem_lund": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "skane", "Melior"),
    "s_strok_hbg": ("Strokeavdelningen, Helsingborgs lasarett", "skane", "Melior"),
    # Skåne, PMO (primary care)
    "p_vc_lomma": ("Vårdcentralen Lomma", "skane", "PMO"),
    "p_vc_hoor": ("Vårdcentralen Höör", "skane", "PMO"),
    "p_hsv_eslov": ("Hemsjukvården, Vårdcentralen Tåbelund Eslöv", "skane", "PMO"),
    "p_mvc_landskrona": ("Barnmorskemottagningen Landskrona", "skane", "PMO"),
    "p_bvc_sorgenfri": ("BVC, Vårdcentralen Sorgenfri Malmö", "skane", "PMO"),
    "p_um_ksd": ("Ungdomsmottagningen Kristianstad", "skane", "PMO"),
    "p_rehab_simrishamn": ("Rehabenheten, Vårdcentralen Simrishamn", "skane", "PMO"),
    "p_vc_karrakra": ("Vårdcentralen Kärråkra Eslöv", "skane", "PMO"),
    "p_vc_staffanstorp": ("Vårdcentralen Staffanstorp", "skane", "PMO"),
    "p_vc_bjuv": ("Vårdcentralen Bjuv", "skane", "PMO"),
    # VGR, Melior
    "v_orto_molndal": ("Ortopedavdelning 62, Sahlgrenska universitetssjukhuset Mölndal", "vgr", "Melior"),
    "v_medakut_nal": ("Medicinakuten, NU-sjukvården NÄL Trollhättan", "vgr", "Melior"),
    "v_fysio_sas": ("Fysioterapin, ortopedmottagningen, Södra Älvsborgs sjukhus Borås", "vgr", "Melior"),
    "v_smvc_ostra": ("Specialistmödravården, Sahlgrenska universitetssjukhuset Östra", "vgr", "Melior"),
    "v_kurator_udd": ("Kuratorsmottagningen, medicinkliniken, Uddevalla sjukhus", "vgr", "Melior"),
    "v_lung_skovde": ("Lungavdelning 8, Skaraborgs sjukhus Skövde", "vgr", "Melior"),
    "v_barnakut_dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "vgr", "Melior"),
    "v_orto_kungalv": ("Ortopedmottagningen, Kungälvs sjukhus", "vgr", "Melior"),
    "v_akut_sas": ("Akutmottagningen, Södra Älvsborgs sjukhus Borås", "vgr", "Melior"),
    "v_stroke_alingsas": ("Strokeenheten, Alingsås lasarett", "vgr", "Melior"),
    "v_dietist_su": ("Dietistenheten, Sahlgrenska universitetssjukhuset", "vgr", "Melior"),
    "v_onh_nal": ("ÖNH-mottagningen, NU-sjukvården NÄL Trollhättan", "vgr", "Melior"),
    "v_uro_skovde": ("Urologavdelningen, Skaraborgs sjukhus Skövde", "vgr", "Melior"),
    "v_psyk_ostra": ("Psykiatri Affektiva, Sahlgrenska universitetssjukhuset Östra", "vgr", "Melior"),
    "v_pall_udd": ("Palliativa enheten, NU-sjukvården Uddevalla", "vgr", "Melior"),
    "v_akut_molndal": ("Akutmottagningen, Sahlgrenska universitetssjukhuset Mölndal", "vgr", "Melior"),
    "v_uromott_sas": ("Urologmottagningen, Södra Älvsborgs sjukhus Borås", "vgr", "Melior"),
    "v_hem_su": ("Hematologiska kliniken, Sahlgrenska universitetssjukhuset", "vgr", "Melior"),
    "v_karl_su": ("Kärlkirurgiska avdelningen, Sahlgrenska universitetssjukhuset", "vgr", "Melior"),
    "v_onk_su": ("Jubileumskliniken, Sahlgrenska universitetssjukhuset", "vgr", "Melior"),
    "v_ger_lidkoping": ("Geriatriska avdelningen, Skaraborgs sjukhus Lidköping", "vgr", "Melior"),
    "v_lungmott_skovde": ("Lungmottagningen, Skaraborgs sjukhus Skövde", "vgr", "Melior"),
    "v_neuro_su": ("Neurologmottagningen, Sahlgrenska universitetssjukhuset", "vgr", "Melior"),
    "v_kir_alingsas": ("Kirurgavdelning 3, Alingsås lasarett", "vgr", "Melior"),
    "v_inf_ostra": ("Infektionsmottagningen, Östra sjukhuset Göteborg", "vgr", "Melior"),
    "v_barn_nal": ("Barnavdelning 3, NU-sjukvården NÄL Trollhättan", "vgr", "Melior"),
    "v_med_kungalv": ("Medicinavdelning 5, Kungälvs sjukhus", "vgr", "Melior"),
    "v_npf_molndal": ("Vuxenpsykiatri Mölndal, neuropsykiatriska teamet", "vgr", "Melior"),
    "v_rehab_hogsbo": ("Rehabiliteringsmedicin, Sahlgrenska universitetssjukhuset Högsbo", "vgr", "Melior"),
    "v_brost_sas": ("Bröstmottagningen, Södra Älvsborgs sjukhus Borås", "vgr", "Melior"),
    "v_gyn_nal": ("Gynekologiska avdelningen, NU-sjukvården NÄL Trollhättan", "vgr", "Melior"),
    "v_hud_su": ("Hudmottagningen, Sahlgrenska universitetssjukhuset", "vgr", "Melior"),
    "v_gastro_skovde": ("Medicinmottagningen gastroenterologi, Skaraborgs sjukhus Skövde", "vgr", "Melior"),
    "v_kard_sas": ("Hjärtmottagningen, Södra Älvsborgs sjukhus Borås", "vgr", "Melior"),
    "v_njur_su": ("Njurmedicinska mottagningen, Sahlgrenska universitetssjukhuset", "vgr", "Melior"),
}


def _hsa(key):
    name, region, _ = UNITS[key]
    prefix = SKANE_PREFIX if region == "skane" else VGR_PREFIX
    h = 0
    for ch in key:
        h = (h * 131 + ord(ch)) % 9000
    return "%s-%04d" % (prefix, 1000 + h)


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def patient(birth, serial):
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    pnr = "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(nine))
    return {"id": pnr, "birth_date": birth, "protected_identity": False}


def _plus_minutes(ts, minutes):
    t = dt.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S") + dt.timedelta(minutes=minutes)
    return t.strftime("%Y-%m-%dT%H:%M:%S")


def N(nid, unit, tpl, author, time, sections, signed=25, setting=None):
    name, region, system = UNITS[unit]
    if setting is None:
        setting = "slutenvård" if ("avd" in name.lower() or "avdelning" in name.lower()
                                   or "intensiv" in name.lower() or "BB-" in name
                                   or "Strokeenheten" in name or "rehabilitering" in name
                                   or "Palliativa" in name or "Geriatrisk" in name) else "öppenvård"
    return {
        "id": nid,
        "system": system,
        "template": tpl,
        "unit": {"name": name, "hsa_id": _hsa(unit)},
        "author": {"name": author[0], "role": author[1]},
        "time": time + ":00" if len(time) == 16 else time,
        "signed": None if signed is None else _plus_minutes(time + ":00" if len(time) == 16 else time, signed),
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


CASES = []


# unsigned drafts (the pre-signing case), in addition to those given signed=None inline
UNSIGNED_DRAFTS = {
    "d46-kurator-fragestallning-depression",
    "d46-pmo-mvc-misstankt-graviditetsdiabetes",
    "d46-villkor-om-ring-kan-vara-borrelia",
    "d46-kontaktssk-lokalrecidiv-inte-per-telefon",
    "d46-diagnos-utan-info-om-berattande",
    "d46-fysio-fynd-forenliga-med-menisk",
    "d46-ssk-ingen-missanke-om-sarinfektion-typo",
    "d46-kurator-pat-ovetande-pankreascancer",
    "d46-hedge-pa-fynd-ev-odem-blek",
}


def C(name, ruleset, birth, serial, notes, must, must_not, why, as_of=None):
    if name in UNSIGNED_DRAFTS:
        notes[0]["signed"] = None
    if as_of is None:
        last = max(n["time"] for n in notes)
        d = dt.datetime.strptime(last[:10], "%Y-%m-%d") + dt.timedelta(days=3)
        as_of = d.strftime("%Y-%m-%dT00:00:00")
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": patient(birth, serial),
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


M102 = ("NL102", "n1")
M101 = ("NL101", "n1")

# role shorthands
SSK = "sjuksköterska"
DSK = "distriktssköterska"
KSSK = "kontaktsjuksköterska"
BM = "barnmorska"
FT = "fysioterapeut"
AT = "arbetsterapeut"
DIET = "dietist"
KUR = "kurator"
PSY = "psykolog"
TSSK = "sjuksköterska, telefonrådgivning"

# ---------------------------------------------------------------------------
# NL102 positives: hedged diagnosis of the patient in a visible Melior section
# ---------------------------------------------------------------------------

C("d46-ssk-avd-misstanks-uvi-urinsticka", "skane", "1937-04-18", "262", [
    N("n1", "s_ger_malmo", "Omvårdnadsanteckning", ("Lena Bengtsson", SSK), "2024-02-06T21:40", [
        ("Aktuellt", "Pat misstänks ha UVI, urinsticka tagen och visar nitrit pos, leukocyter 3+. "
                     "Oroligare än igår kväll, plockar med täcket. Jourhavande dr Holm informerad, "
                     "urinodling skickad."),
        ("Nutrition", "Dricker dåligt, ca 600 ml sedan morgonen. Uppmuntras, vätskelista startad."),
    ])], [M102], [],
    "ward nurse writes 'pat misstänks ha UVI' in a visible Melior section")

C("d46-ssk-trol-trycksar-grad2-sacrum", "vgr", "1941-11-02", "128", [
    N("n1", "v_orto_molndal", "Omvårdnadsanteckning", ("Sara Lindqvist", SSK), "2024-03-12T14:15", [
        ("Hud", "Ej bortblekbar rodnad över sacrum ca 3x4 cm med en ytlig blåsa i mitten. "
                "Trol. trycksår grad 2. Foto taget enl. rutin."),
        ("Åtgärd", "Luftmadrass beställd, vändschema varannan timme, Mepilex border på området."),
    ])], [M102], [],
    "'trol. trycksår grad 2' is a hedged nursing diagnosis in a visible VGR section")

C("d46-telefonssk-begynnande-baltros", "skane", "1962-08-27", "346", [
    N("n1", "s_akut_ystad", "Telefonanteckning", ("Maria Håkansson", TSSK), "2024-04-03T09:12", [
        ("Telefonkontakt", "Pat ringer pga brännande smärta och små blåsor i ett band på hö sida av "
                           "bröstkorgen sedan 2 dygn. Feberfri, opåverkad. Kan vara en begynnande bältros, "
                           "hänvisas till VC idag för bedömning, ev. antiviral beh inom 72 tim."),
    ])], [M102], [],
    "telephone advice nurse: 'kan vara en begynnande bältros' in a visible Melior Telefonkontakt")

C("d46-ssk-lakare-misstaker-blodpropp-typo", "vgr", "1958-01-30", "463", [
    N("n1", "v_medakut_nal", "Omvårdnadsanteckning", ("Johanna Ek", SSK), "2024-01-19T16:50", [
        ("Aktuellt", "Svullet och ömt vä underben sedan i fredags, omkrets 3 cm större än hö. "
                     "Läkare misstäker blodpropp, UL ben beställt till imorgon bitti. "
                     "Fragmin givet s.c. enl. ordination kl 16.30."),
    ])], [M102], [],
    "reported physician suspicion with typo 'misstäker blodpropp' is still a hedged diagnosis")

C("d46-ssk-enl-doktorn-troligen-stukning", "skane", "1989-06-11", "385", [
    N("n1", "s_akut_hassleholm", "Omvårdnadsanteckning", ("Emil Persson", SSK), "2024-05-18T19:05", [
        ("Aktuellt", "Trampade snett i trappan hemma, svullen och blå utsida hö fotled."),
        ("Åtgärd", "Enl. doktorn rör det sig troligen om en stukning, rtg ej indicerat enl. Ottawa. "
                   "Elastisk linda, högläge och kryckor utprovade innan hemgång."),
    ])], [M102], [],
    "nurse reports the doctor's hedge 'rör det sig troligen om en stukning'")

C("d46-fysio-trol-impingement-cuff", "vgr", "1967-09-14", "219", [
    N("n1", "v_fysio_sas", "Fysioterapeutanteckning", ("Karin Wallin", FT), "2024-02-27T10:30", [
        ("Anamnes", "Smärta hö axel sedan 2 mån efter målning av tak, värst nattetid."),
        ("Status", "Smärtsam båge 70–120 gr, pos Hawkins och Neer, kraft i utåtrotation 4/5."),
        ("Bedömning", "Trol. subakromiellt impingement hö axel. Partiell rotatorcuffruptur kan ej "
                      "uteslutas, diskuteras med ortoped om UL."),
        ("Planering", "Hemövningsprogram scapulastabilitet, återbesök om 3 v."),
    ])], [M102], [],
    "physiotherapist's own hedged assessment in a visible Bedömning")

C("d46-arbterap-lakaren-misstanker-demens", "skane", "1944-12-05", "247", [
    N("n1", "s_ger_hbg", "Arbetsterapeutanteckning", ("Hanna Ström", AT), "2024-06-10T13:20", [
        ("Bedömning", "Vid köksbedömning (AMPS) svårt att planera i vilken ordning momenten ska "
                      "göras, glömde att stänga av plattan två gånger. Läkaren misstänker en "
                      "demenssjukdom och AT-bedömningen ingår i den pågående utredningen."),
        ("Planering", "Spisvakt rekommenderas, kontakt med biståndshandläggare."),
    ])], [M102], [],
    "occupational therapist records the physician's suspicion of dementia in a visible section")

C("d46-dietist-trolig-celiaki-barn", "skane", "2016-10-22", "048", [
    N("n1", "s_barn_lund", "Dietistanteckning", ("Ida Fransson", DIET), "2024-03-05T11:00", [
        ("Anamnes", "Viktkurvan har planat ut sedan ett år tillbaka, lös avföring flera ggr/dag enl. "
                    "mamma."),
        ("Bedömning", "Trolig celiaki enl. barnläkare, tTG-IgA klart förhöjt och gastroskopi med "
                      "biopsi planeras. Glutenfri kost ska inte påbörjas före biopsin, familjen "
                      "informerad om varför."),
    ])], [M102], [],
    "dietitian, child under 13 (guardian reads): 'Trolig celiaki' in a visible section")

C("d46-barnmorska-misstankt-preeklampsi", "vgr", "1994-07-08", "600", [
    N("n1", "v_smvc_ostra", "Barnmorskeanteckning", ("Elin Nordin", BM), "2024-08-14T08:45", [
        ("Aktuellt", "Gravid v. 34+2. BT 152/98 och 148/96, proteinuri 2+ på sticka, lätt "
                     "pannhuvudvärk sedan i går."),
        ("Bedömning", "Misstänkt preeklampsi, obstetriker underrättad, pat läggs in på "
                      "antenatalavd för observation och provtagning."),
    ])], [M102], [],
    "midwife's 'Misstänkt preeklampsi' in a visible hospital Melior note")

C("d46-kontaktssk-misstankt-recidiv-dt", "skane", "1955-02-19", "352", [
    N("n1", "s_onk_lund", "Kontaktsjuksköterskeanteckning", ("Annika Nilsson", KSSK), "2024-09-24T15:10", [
        ("Telefonkontakt", "Ringt pat efter kontroll-DT. DT visar nytillkomna förändringar i levern, "
                           "misstänkt recidiv enl. röntgenläkaren. Tas upp på MDK på tisdag, pat "
                           "vet att svaret diskuteras där och att onkolog ringer efteråt."),
    ])], [M102], [],
    "contact nurse writes 'misstänkt recidiv' in a visible Telefonkontakt")

C("d46-kurator-fragestallning-depression", "vgr", "1950-05-25", "426", [
    N("n1", "v_kurator_udd", "Kuratorsanteckning", ("Petra Olausson", KUR), "2024-04-22T10:00", [
        ("Samtal", "Stödsamtal 45 min. Maken dog i januari, pat sover dåligt, gråter dagligen och har "
                   "tappat intresset för barnbarnen."),
        ("Bedömning", "Frågeställning depression. Rekommenderar läkarbedömning, pat samtycker till "
                      "att kurator kontaktar avdelningens läkare."),
    ])], [M102], [],
    "counsellor's 'Frågeställning depression' is an open diagnostic question in a visible section")

C("d46-psykolog-talar-for-adhd", "skane", "1998-03-03", "297", [
    N("n1", "s_psyk_malmo", "Psykologanteckning", ("Jonas Mårtensson", PSY), "2024-10-08T14:30", [
        ("Utredning", "Tredje testtillfället, WAIS-IV och QbTest genomförda."),
        ("Bedömning", "Testresultaten talar för ADHD av kombinerad form, men utredningen är inte "
                      "avslutad. Återstår anamnes från modern om barndomen."),
    ])], [M102], [],
    "psychologist: 'talar för ADHD' before the assessment is finished, visible Melior section")

C("d46-ssk-fragetecken-pneumoni", "vgr", "1946-10-16", "038", [
    N("n1", "v_lung_skovde", "Omvårdnadsanteckning", ("Mikael Jonsson", SSK), "2024-11-02T03:20", [
        ("Aktuellt", "Temp 38,9, SpO2 89 % utan syrgas, rassel bilat basalt. ?Pneumoni – "
                     "jourläkaren tittar på pat, rtg pulm beställd och odlingar tagna."),
        ("Åtgärd", "2 l O2 på grimma, SpO2 94 %."),
    ])], [M102], [],
    "question-mark prefix '?Pneumoni' is a hedged diagnosis in a nurse's visible note")

C("d46-ssk-erysipelas-kan-ej-uteslutas", "skane", "1952-12-09", "476", [
    N("n1", "s_inf_ksd", "Omvårdnadsanteckning", ("Therese Holm", SSK), "2024-07-16T11:25", [
        ("Aktuellt", "Rodnad och värmeökning vä underben med skarp kant, markerad med penna kl 11. "
                     "Erysipelas kan ej uteslutas enl. dr Lind, Kåvepenin insatt och kontroll av "
                     "rodnadens utbredning i morgon."),
    ])], [M102], [],
    "'kan ej uteslutas' about erysipelas in a visible nurse note")

C("d46-ssk-bild-som-vid-gastroenterit-barn", "vgr", "2020-01-12", "245", [
    N("n1", "v_barnakut_dsbus", "Omvårdnadsanteckning", ("Linnea Axelsson", SSK), "2024-02-20T05:40", [
        ("Aktuellt", "Kräkts 6 ggr sedan midnatt, tunna diarréer, feberfri. Blöt blöja senast kl 03."),
        ("Bedömning", "Bild som vid gastroenterit enl. läkare, pågående vätskeförsök med "
                      "Resorb 5 ml var femte minut."),
    ])], [M102], [],
    "'bild som vid gastroenterit' for a 4-year-old (guardian reads), visible section")

C("d46-asih-ssk-missankt-munsvamp-typo", "skane", "1949-08-01", "319", [
    N("n1", "s_asih_lund", "Hembesök ASIH", ("Camilla Roos", SSK), "2024-05-07T10:50", [
        ("Hembesök", "Missänkt svampinfektion i munnen, vita beläggningar på tunga och gom, pat "
                     "har svårt att äta. Ansv. läkare kontaktad som ordinerar Mycostatin."),
    ])], [M102], [],
    "typo 'Missänkt' on oral candidiasis in a visible ASIH Melior note")

C("d46-fysio-fynd-forenliga-med-menisk", "vgr", "1979-04-28", "534", [
    N("n1", "v_orto_kungalv", "Fysioterapeutanteckning", ("Oskar Lindberg", FT), "2024-06-19T09:15", [
        ("Status", "Ledspringsömhet medialt hö knä, pos McMurray, lätt hydrops, full extension."),
        ("Bedömning", "Fynden är förenliga med medial meniskskada. Ortopeden beställer MR."),
    ])], [M102], [],
    "physiotherapist: 'förenliga med medial meniskskada' in a visible Bedömning")

C("d46-ssk-inger-misstanke-om-sepsis", "vgr", "1939-07-21", "173", [
    N("n1", "v_akut_sas", "Omvårdnadsanteckning", ("Fredrik Ahl", SSK), "2024-12-03T14:20", [
        ("Aktuellt", "Frossa, AF 26, BT 92/50, puls 118, laktat 4,1. Bilden inger misstanke om "
                     "sepsis, sepsislarm utlöst kl 14.10 och odlingar tagna före antibiotika."),
    ])], [M102], [],
    "'inger misstanke om sepsis' in a visible emergency nurse note")

C("d46-ssk-kan-rora-sig-om-hjarnskakning-barn", "skane", "2014-02-17", "156", [
    N("n1", "s_barnakut_malmo", "Omvårdnadsanteckning", ("Sofia Lund", SSK), "2024-01-27T17:35", [
        ("Aktuellt", "Slog huvudet i isen vid skridskoåkning, kräkts en gång i bilen. GCS 15."),
        ("Planering", "Läkaren bedömer att det kan röra sig om en lätt hjärnskakning, "
                      "observation 6 tim med neurokontroller varje timme."),
    ])], [M102], [],
    "9-year-old: 'kan röra sig om en lätt hjärnskakning' in a visible Planering")

C("d46-ssk-oklart-om-tia", "vgr", "1947-03-09", "271", [
    N("n1", "v_stroke_alingsas", "Omvårdnadsanteckning", ("Malin Gustafsson", SSK), "2024-03-29T08:10", [
        ("Inskrivning", "Övergående svaghet i hö arm ca 20 min i morse, nu helt återställd. NIHSS 0."),
        ("Bedömning", "Oklart om det rör sig om en TIA, MR hjärna och UL halskärl beställda av "
                      "strokeläkaren."),
    ])], [M102], [],
    "'Oklart om det rör sig om en TIA' in a visible stroke-unit nurse note")

C("d46-barnmorska-susp-mastit-bb", "skane", "1991-11-30", "846", [
    N("n1", "s_bb_hbg", "Barnmorskeanteckning", ("Ebba Sjöberg", BM), "2024-10-15T07:55", [
        ("Amning", "Rodnat, ömmande område i övre yttre kvadranten vä bröst, temp 38,4. "
                   "Susp. mastit. Uppmanad att fortsätta amma och handmjölka, läkare bedömer "
                   "behov av antibiotika på förmiddagen."),
    ])], [M102], [],
    "midwife's 'Susp. mastit' in a visible BB note")

C("d46-barnmorska-dd-extrauterin", "skane", "1996-05-14", "728", [
    N("n1", "s_kvinnoakut_lund", "Barnmorskeanteckning", ("Julia Falk", BM), "2024-07-02T22:30", [
        ("Aktuellt", "Pos graviditetstest, v. 6+2 enl. SM. Sparsam blödning och tilltagande smärta "
                     "i vä fossa sedan eftermiddagen."),
        ("Bedömning", "DD extrauterin graviditet / hotande missfall. Gynjouren undersöker med "
                      "vaginalt ultraljud, Hb och hCG tagna."),
    ])], [M102], [],
    "'DD extrauterin graviditet / hotande missfall' written by a midwife, visible section")

C("d46-dietist-sannolkit-laktosintolerans-typo", "vgr", "1985-08-19", "482", [
    N("n1", "v_dietist_su", "Dietistanteckning", ("Amanda Berg", DIET), "2024-09-11T13:40", [
        ("Anamnes", "Gasbildning, knip och diarré 1–2 tim efter mjölk och glass."),
        ("Bedömning", "Sannolkit laktosintolerans. Prövar laktosfri kost 2 veckor, utvärdering "
                      "per telefon därefter."),
    ])], [M102], [],
    "typo 'Sannolkit' (sannolikt) hedges lactose intolerance in a visible dietitian note")

C("d46-ssk-hia-ev-nstemi", "skane", "1953-06-06", "151", [
    N("n1", "s_hia_ystad", "Omvårdnadsanteckning", ("Niklas Berglund", SSK), "2024-04-14T06:30", [
        ("Aktuellt", "Tryck i bröstet sedan kl 03, trop T 48 → 112. EKG utan ST-höjning."),
        ("Bedömning", "Ev. NSTEMI enl. kardiolog, Brilique laddningsdos given och angio planeras "
                      "i Lund under dagen."),
    ])], [M102], [],
    "'Ev. NSTEMI' hedges a diagnosis (not a plan) in a visible CCU note")

C("d46-telefon-onh-trolig-halsbold", "vgr", "2001-12-24", "394", [
    N("n1", "v_onh_nal", "Telefonanteckning", ("Sandra Karlsson", TSSK), "2024-12-27T08:05", [
        ("Telefonkontakt", "Ont i halsen sedan 4 dagar, feber 39, svårt att gapa och svälja, mer ont "
                           "på vä sidan. Trolig halsböld (peritonsillit), pat uppmanas komma till "
                           "ÖNH-akuten inom 2 tim."),
    ])], [M102], [],
    "telephone nurse: 'Trolig halsböld' in a visible Melior telephone note")

C("d46-arbterap-kan-vara-karpaltunnel", "skane", "1972-01-07", "604", [
    N("n1", "s_hand_malmo", "Arbetsterapeutanteckning", ("Rebecka Söderberg", AT), "2024-02-13T09:40", [
        ("Status", "Domningar dig I–III hö hand nattetid, pos Phalens test, nedsatt 2-punkts-"
                   "diskrimination i pekfingret."),
        ("Bedömning", "Kan vara karpaltunnelsyndrom, neurografi remitteras av handkirurg. "
                      "Nattortos utprovad och ergonomiråd givna."),
    ])], [M102], [],
    "hand therapist: 'Kan vara karpaltunnelsyndrom' in a visible Bedömning")

C("d46-ssk-trolgen-prostatahyperplasi-typo", "vgr", "1943-09-03", "114", [
    N("n1", "v_uro_skovde", "Omvårdnadsanteckning", ("Patrik Lindgren", SSK), "2024-08-23T11:15", [
        ("Elimination", "Har inte kunnat kissa sedan i morse, bladderscan 850 ml. KAD ch 14 sattes, "
                        "900 ml klar urin."),
        ("Bedömning", "Trolgen prostatahyperplasi som orsak enl. jourhavande urolog, Alfuzosin "
                      "insatt och KAD kvar en vecka."),
    ])], [M102], [],
    "typo 'Trolgen' (troligen) hedges prostatic hyperplasia in a visible section")

C("d46-skane-sokord-tidiga-hyp-i-vanlig-mall", "skane", "1968-04-09", "392", [
    N("n1", "s_med_landskrona", "Omvårdnadsanteckning", ("Eva Nyberg", SSK), "2024-03-16T23:10", [
        ("Aktuellt", "Svettig, darrig och orolig, puls 112. CIWA-Ar 14, Oxascand enl. ordination."),
        ("Tidiga hypoteser", "Misstänkt alkoholabstinens, pat förnekar alkoholintag."),
    ])], [M102], [],
    "Skåne protects by template, not by sökord: a 'Tidiga hypoteser' keyword in an ordinary "
    "Omvårdnadsanteckning is visible")

C("d46-vgr-mall-tidiga-hyp-men-sokord-bedomning", "vgr", "2003-06-29", "786", [
    N("n1", "v_med_kungalv", "Tidiga hypoteser", ("Cecilia Strand", SSK), "2024-05-29T15:30", [
        ("Bedömning", "BMI 16,1, bradykard 44, har tappat 9 kg sedan jul. Misstänkt ätstörning, "
                      "dietist och läkare kontaktade."),
    ])], [M102], [],
    "VGR protects by sökord: a note named 'Tidiga hypoteser' but written under sökord Bedömning "
    "is visible")

C("d46-psykolog-mojlgen-autism-typo", "vgr", "1993-10-10", "624", [
    N("n1", "v_npf_molndal", "Psykologanteckning", ("Tove Hermansson", PSY), "2024-10-21T15:00", [
        ("Utredning", "ADOS-2 modul 4 genomförd, RAADS-R självskattning inhämtad."),
        ("Bedömning", "Sammantaget möjlgen autismspektrumtillstånd, men social fobi behöver "
                      "prövas som differentialdiagnos. Kompletterande anhörigintervju bokas."),
    ])], [M102], [],
    "typo 'möjlgen' plus 'differentialdiagnos' in a psychologist's visible assessment")

C("d46-ssk-trol-postop-delierium-typo", "skane", "1934-05-13", "072", [
    N("n1", "s_orto_trelleborg", "Omvårdnadsanteckning", ("Madeleine Ek", SSK), "2024-06-03T02:45", [
        ("Natt", "Plockar i luften, desorienterad till tid och rum, försöker kliva ur sängen för "
                 "att gå hem. Op. höftfraktur igår. Trol. postoperativt delierium, jouren "
                 "informerad och extravak insatt."),
    ])], [M102], [],
    "'Trol. postoperativt delierium' (misspelt disease) in a visible night note")

C("d46-pall-ssk-misstanke-subileus", "vgr", "1957-01-26", "368", [
    N("n1", "v_pall_udd", "Omvårdnadsanteckning", ("Ingrid Bäck", SSK), "2024-11-19T18:20", [
        ("Aktuellt", "Känd ovarialcancer med peritoneal spridning. Kräkts 4 ggr i eftermiddag, "
                     "uppblåst buk, ingen avföring på fem dagar. Misstanke om subileus, "
                     "läkaren beslutar om ventrikelsond."),
    ])], [M102], [],
    "a confirmed cancer next to a hedged 'Misstanke om subileus' still fires on the hedge")

C("d46-ssk-talar-for-panikattack", "vgr", "2000-02-04", "843", [
    N("n1", "v_akut_molndal", "Omvårdnadsanteckning", ("Jesper Hallberg", SSK), "2024-01-08T20:50", [
        ("Aktuellt", "Stickningar i händerna och runt munnen, andas snabbt, rädd att dö. EKG sinus, "
                     "SpO2 99 %."),
        ("Bedömning", "Bilden talar för en panikattack enl. läkare, lugnande samtal och "
                      "andningsövningar med god effekt."),
    ])], [M102], [],
    "'talar för en panikattack' in a visible emergency nurse assessment")

C("d46-ssk-eventuel-sarinfektion-typo", "skane", "1961-09-18", "435", [
    N("n1", "s_kir_ksd", "Omvårdnadsanteckning", ("Louise Carlsson", SSK), "2024-09-06T16:05", [
        ("Sår", "Rodnad 2 cm runt nedre delen av laparotomisåret, grumlig sekretion, temp 38,1."),
        ("Bedömning", "Eventuel sårinfektion, odling tagen. Kirurgen bedömer på ronden i morgon."),
    ])], [M102], [],
    "typo 'Eventuel sårinfektion' hedges a diagnosis, not a plan")

C("d46-fysio-orup-lang-misstankt-ms-skov", "skane", "1984-07-15", "260", [
    N("n1", "s_rehab_orup", "Fysioterapeutanteckning", ("Viktor Sandberg", FT), "2024-04-25T11:30", [
        ("Anamnes", "Inneliggande för rehabilitering efter fall i hemmet för tre veckor sedan. "
                    "Känd multipel skleros sedan 2015, skovvis förlöpande, senaste skov 2021. "
                    "Gick före fallet utan hjälpmedel inomhus och med stavar utomhus. Bor i "
                    "lägenhet med hiss tillsammans med sambo, arbetar 50 % som lärare."),
        ("Status", "Gång: 10 m gångtest 14 s med rollator, tidigare 9 s. Ökad spasticitet hö "
                   "vad, MAS 2. Romberg pos. Berg balansskala 38/56, förra veckan 45/56. "
                   "Uppresning från stol utan armstöd klarar pat inte längre. Trötthet VAS 8."),
        ("Bedömning", "Balansen och gångförmågan har försämrats tydligt under veckan trots "
                      "dagligt träningsprogram. Misstänkt nytt MS-skov enligt neurolog, som "
                      "tar ställning till kortisonbehandling efter MR."),
        ("Planering", "Fortsatt träning med lägre intensitet, fallprevention. Rollator även "
                      "inomhus tills vidare. Uppföljning med Berg om en vecka."),
    ])], [M102], [],
    "long physiotherapy chart, one hedged diagnosis ('Misstänkt nytt MS-skov') in Bedömning")

C("d46-telefon-uro-kan-vara-njurstensanfall", "vgr", "1975-03-22", "139", [
    N("n1", "v_uromott_sas", "Telefonanteckning", ("Annelie Dahl", TSSK), "2024-07-29T13:55", [
        ("Telefonkontakt", "Pat med tidigare uretärsten ringer pga kraftig smärta i hö flank som "
                           "strålar mot ljumsken, illamående. Kan vara ett nytt njurstensanfall. "
                           "Råd om Voltaren, sil urinen. Söker akuten vid feber eller om smärtan "
                           "inte släpper."),
    ])], [M102], [],
    "telephone nurse: 'Kan vara ett nytt njurstensanfall' stands visible (the conditional is extra)")

C("d46-karlmott-ssk-osignerad-arteriellt-bensar", "skane", "1940-10-30", "289", [
    N("n1", "s_karl_malmo", "Sjuksköterskeanteckning", ("Åsa Lundgren", SSK), "2024-08-08T10:20", [
        ("Sår", "Sår på vä laterala malleol 2x2 cm, fibrinbelagt, blek sårbotten, kall fot. "
                "Ankeltryck ej mätbart pga smärta. Misstänkt arteriellt bensår, kärlkirurg "
                "bedömer på eftermiddagen."),
    ], signed=None)], [M102], [],
    "unsigned draft (pre-signing): 'Misstänkt arteriellt bensår' in a visible section")

C("d46-kontaktssk-sannolikt-lymfom", "vgr", "1964-05-03", "516", [
    N("n1", "v_hem_su", "Kontaktsjuksköterskeanteckning", ("Helena Fors", KSSK), "2024-02-09T14:40", [
        ("Aktuellt", "Lymfkörtelbiopsi från vä axill tagen idag. Hematologen bedömer att det "
                     "sannolikt är ett lymfom, PAD-svar om ca 1 vecka."),
        ("Information", "Pat fick veta detta av läkaren under besöket och fick information om "
                        "kontaktsjuksköterskans roll och telefontider."),
    ])], [M102], [],
    "contact nurse: 'sannolikt ett lymfom' visible even though the patient has been told")

C("d46-barnmorska-obst-trolig-graviditetsklada", "skane", "1988-02-02", "624", [
    N("n1", "s_obst_malmo", "Barnmorskeanteckning", ("Klara Wikström", BM), "2024-05-21T10:10", [
        ("Aktuellt", "Gravid v. 33, intensiv klåda i handflator och fotsulor sedan en vecka, "
                     "värst på natten. Inga utslag."),
        ("Bedömning", "Trol. graviditetsklåda (intrahepatisk kolestas), gallsyror och leverprover "
                      "tagna, obstetriker informerad."),
    ])], [M102], [],
    "midwife: 'Trol. graviditetsklåda (intrahepatisk kolestas)' in a visible section")

C("d46-reuma-ssk-misstanke-giktattack", "skane", "1959-11-11", "271", [
    N("n1", "s_reuma_lund", "Telefonanteckning", ("Sanna Widell", TSSK), "2024-10-28T09:25", [
        ("Telefonkontakt", "Känd RA, väl inställd på metotrexat. Ringer pga rött, svullet och "
                           "extremt ömt stortåled sedan i natt. Reumatologen misstänker en "
                           "giktattack snarare än RA-skov, akuttid i morgon kl 08.30 med "
                           "urat och ledpunktion."),
    ])], [M102], [],
    "rheumatology nurse reports the physician's suspicion of gout in a visible telephone note")

C("d46-ssk-hem-mojlig-neutropen-feber", "skane", "1970-08-13", "113", [
    N("n1", "s_hem_lund", "Telefonanteckning", ("Oliver Ekström", TSSK), "2024-03-01T21:15", [
        ("Telefonkontakt", "Pat dag 10 efter cytostatika, temp 38,6 hemma och frossa. "
                           "Möjlig neutropen feber, pat ska komma in direkt till avd för "
                           "odlingar och antibiotika inom en timme."),
    ])], [M102], [],
    "hematology nurse: 'Möjlig neutropen feber' in a visible Melior telephone note")

C("d46-strok-ssk-susp-aspirationspneumoni", "skane", "1938-01-20", "494", [
    N("n1", "s_strok_hbg", "Omvårdnadsanteckning", ("Moa Johansson", SSK), "2024-12-12T19:30", [
        ("Nutrition", "Hostar vid intag av tunn vätska, sväljningsscreening ej godkänd. Förtjockad "
                      "dryck och konsistensanpassad kost."),
        ("Andning", "Rosslig andning och temp 38,2 i kväll. Susp aspirationspneumoni, jouren "
                    "har ordinerat rtg och odlingar."),
    ])], [M102], [],
    "'Susp aspirationspneumoni' without the full stop after the abbreviation, visible section")

# ---------------------------------------------------------------------------
# NL102 must_not: PMO, protected, negated, relatives, conditionals, non-diagnoses
# ---------------------------------------------------------------------------

C("d46-pmo-dsk-misstanks-uvi", "skane", "1951-06-23", "224", [
    N("n1", "p_vc_lomma", "Distriktssköterskeanteckning", ("Birgitta Olsson", DSK), "2024-01-15T10:40", [
        ("Aktuellt", "Pat misstänks ha UVI, sveda och täta trängningar sedan tre dagar. "
                     "Urinsticka: nitrit pos, leuk 2+. Dr Ahmadi förskriver pivmecillinam."),
    ])], [], [M102],
    "district nurse in PMO: hedged UVI, but PMO never shows diagnoses")

C("d46-pmo-telefonradgivning-baltros", "skane", "1966-09-05", "103", [
    N("n1", "p_vc_hoor", "Telefonrådgivning", ("Susanne Paulsson", TSSK), "2024-04-30T08:20", [
        ("Kontaktorsak", "Utslag och smärta över vä skulderblad sedan igår."),
        ("Bedömning", "Kan vara bältros enl. beskrivningen, får tid hos dr kl 14 idag."),
    ])], [], [M102],
    "PMO telephone advice: 'Kan vara bältros' is not shown in PMO")

C("d46-pmo-hemsjukvard-trol-trycksar", "skane", "1930-03-28", "286", [
    N("n1", "p_hsv_eslov", "Hembesök", ("Kristina Hansson", DSK), "2024-02-22T13:00", [
        ("Hembesök", "Trol. trycksår grad 1–2 på hö häl, huden hel men blåröd och öm. "
                     "Hälavlastande kudde ordnad, hemtjänsten instruerad om lägesändring."),
    ])], [], [M102],
    "home-care district nurse in PMO: hedged pressure ulcer is never visible there")

C("d46-pmo-mvc-misstankt-graviditetsdiabetes", "skane", "1993-12-01", "469", [
    N("n1", "p_mvc_landskrona", "MVC-besök", ("Nathalie Krantz", BM), "2024-06-26T09:30", [
        ("Aktuellt", "Gravid v. 26+1, glukosuri vid två besök i rad, BMI 33 före graviditeten."),
        ("Bedömning", "Misstänkt graviditetsdiabetes, OGTT bokas v. 28."),
    ])], [], [M102],
    "midwife at a Skåne MVC writes in PMO: no NL102 in PMO")

C("d46-pmo-bvc-mojlig-hoftledsinstabilitet", "skane", "2024-01-03", "209", [
    N("n1", "p_bvc_sorgenfri", "BVC-besök", ("Matilda Persson", SSK), "2024-02-07T10:15", [
        ("Undersökning", "4-veckorsbesök. Asymmetriska lårveck, möjlig höftledsinstabilitet vä "
                         "enl. BVC-läkaren, remiss till ortoped för ultraljud."),
    ])], [], [M102],
    "BVC nurse in PMO, infant: hedged hip instability, PMO is not shown")

C("d46-pmo-ungdomsmott-misstankt-klamydia", "skane", "2006-04-16", "582", [
    N("n1", "p_um_ksd", "Besöksanteckning", ("Emma Blom", BM), "2024-09-17T15:45", [
        ("Aktuellt", "Flytningar och sveda sedan en vecka, ny partner i augusti. Misstänkt "
                     "klamydiainfektion, prov taget, svar via 1177 om en vecka."),
    ])], [], [M102],
    "youth clinic midwife (patient 18) in PMO: hedged chlamydia, PMO is not shown")

C("d46-pmo-fysio-trol-knaartros", "skane", "1958-07-19", "373", [
    N("n1", "p_rehab_simrishamn", "Fysioterapeutanteckning", ("Anders Mattsson", FT), "2024-03-20T08:30", [
        ("Bedömning", "Trol. knäartros bilat, mest hö. Startsmärta, krepitationer, nedsatt flexion."),
        ("Planering", "Artrosskola, 3 träffar, och hemträningsprogram."),
    ])], [], [M102],
    "primary-care physiotherapist in PMO: 'Trol. knäartros' is not shown")

C("d46-pmo-kurator-fragestallning-utmattning", "skane", "1982-10-02", "267", [
    N("n1", "p_vc_karrakra", "Kuratorsanteckning", ("Ulrika Berntsson", KUR), "2024-11-06T14:00", [
        ("Samtal", "Sjukskriven 50 % sedan oktober, sover 4–5 tim per natt, minnesproblem på jobbet. "
                   "Frågeställning utmattningssyndrom, tas upp med dr vid nästa besök."),
    ])], [], [M102],
    "primary-care counsellor in PMO: open diagnostic question, PMO does not show it")

C("d46-pmo-dsk-misstank-erysipelas-typo", "skane", "1945-02-11", "094", [
    N("n1", "p_vc_staffanstorp", "Distriktssköterskeanteckning", ("Gunilla Svensson", DSK), "2024-08-19T11:10", [
        ("Aktuellt", "Misstänk erysipelas hö underben, rodnad och värme sedan i går, temp 37,9. "
                     "Akuttid hos dr om en halvtimme."),
    ])], [], [M102],
    "typo 'Misstänk' in a PMO district nurse note: still no NL102 in PMO")

C("d46-pmo-lang-dsk-diabetesmott-flera-hedgar", "skane", "1955-05-30", "433", [
    N("n1", "p_vc_bjuv", "Diabetesmottagning ssk", ("Lisbeth Åkesson", DSK), "2024-10-01T09:00", [
        ("Anamnes", "Årskontroll DM typ 2, metformin 1 g x 2. Mäter blodsocker sällan. Har sedan "
                    "sommaren besvär med sveda och stickningar i båda fötterna nattetid, "
                    "ibland så att pat vaknar."),
        ("Status", "Vikt 94 kg (förra året 91), BT 148/88. Fotstatus: monofilament nedsatt "
                   "bilat distalt, pulsar palp. Callus under hö MTP I, ingen sårbildning."),
        ("Bedömning", "Möjlig begynnande diabetesneuropati. HbA1c 61, trol. otillräcklig kontroll. "
                      "Ev. förhöjt BT, kontroll om 2 v."),
        ("Åtgärd", "Remiss fotterapeut, kostråd, återbesök hos dr för ställningstagande till "
                   "tillägg av läkemedel."),
    ])], [], [M102],
    "long PMO diabetes-nurse note with several hedged diagnoses: PMO never shows diagnoses")

C("d46-ssk-trol-smartpaverkad-symtom", "skane", "1942-04-04", "165", [
    N("n1", "s_kir_lund", "Omvårdnadsanteckning", ("Nora Eliasson", SSK), "2024-05-12T22:30", [
        ("Smärta", "Pat trol. smärtpåverkad, grimaserar vid förflyttning men förnekar smärta. "
                   "Oxynorm 5 mg kl 22 med god effekt, sover nu."),
    ])], [], [M102],
    "hedge on a symptom ('trol. smärtpåverkad'), no diagnosis")

C("d46-omvard-risk-for-trycksar-norton", "vgr", "1936-08-08", "108", [
    N("n1", "v_ger_lidkoping", "Omvårdnadsanteckning", ("Yvonne Sundqvist", SSK), "2024-01-24T10:45", [
        ("Hud", "Risk för trycksår enl. modifierad Nortonskala (16 p). Huden hel och intakt, "
                "ingen rodnad över sacrum eller hälar."),
        ("Åtgärd", "Ev. luftmadrass om pat blir mer sängliggande, lägesändring tills vidare."),
    ])], [], [M102],
    "a risk score and a hedged plan are no uncertain diagnosis; skin explicitly intact")

C("d46-plan-trolig-utskrivning-ev-hembesok", "skane", "1939-12-27", "181", [
    N("n1", "s_med_ystad", "Omvårdnadsanteckning", ("Karl Gunnarsson", SSK), "2024-02-29T15:20", [
        ("Planering", "Trolig utskrivning i morgon om hemtjänsten hinner starta. Ev. hembesök av "
                      "arbetsterapeut före hemgång. Känd KOL, stabil på 1 l O2."),
    ])], [], [M102],
    "hedges on plans (utskrivning, hembesök) next to a confirmed KOL")

C("d46-ingen-misstanke-om-blodpropp", "vgr", "1990-03-17", "431", [
    N("n1", "v_akut_sas", "Omvårdnadsanteckning", ("Jenny Åberg", SSK), "2024-04-11T18:10", [
        ("Bedömning", "Ingen misstanke om blodpropp enl. läkaren, D-dimer under gränsvärdet. "
                      "Vadsmärtan bedöms som muskulär efter löpning i helgen."),
    ])], [], [M102],
    "negated suspicion 'Ingen misstanke om blodpropp'")

C("d46-uvi-uteslutes-odling-neg", "skane", "1931-07-07", "340", [
    N("n1", "s_ger_malmo", "Omvårdnadsanteckning", ("Alva Mårtensson", SSK), "2024-07-09T14:00", [
        ("Aktuellt", "Urinodlingen negativ, UVI uteslutes. Fortsatt oro kvällstid, läkaren "
                     "ser över läkemedelslistan."),
    ])], [], [M102],
    "'UVI uteslutes' after a negative culture is a ruled-out diagnosis")

C("d46-inga-tecken-pa-infekton-op-sar-typo", "vgr", "1950-10-19", "499", [
    N("n1", "v_karl_su", "Omvårdnadsanteckning", ("Stina Ekholm", SSK), "2024-06-13T09:30", [
        ("Sår", "Inga tecken på infekton i ljumsksåret efter femoralisplastiken, torrt och rent, "
                "agrafferna sitter bra."),
    ])], [], [M102],
    "'Inga tecken på infekton' (typo in the disease word) is negated")

C("d46-anhorig-mamma-misstanks-demens", "skane", "1965-01-14", "228", [
    N("n1", "s_kurator_hbg", "Kuratorsanteckning", ("Lotta Friberg", KUR), "2024-03-07T13:15", [
        ("Samtal", "Pat oroar sig mycket för sin mamma som misstänks ha demens och bor ensam i "
                   "Bjuv. Pat själv återhämtar sig väl efter operationen."),
        ("Planering", "Info om anhörigkonsulent i kommunen."),
    ])], [], [M102],
    "the suspected dementia belongs to the patient's mother")

C("d46-anhorig-make-trol-parkinson", "vgr", "1947-05-05", "148", [
    N("n1", "v_rehab_hogsbo", "Arbetsterapeutanteckning", ("Maja Lindahl", AT), "2024-09-03T10:10", [
        ("Boende", "Bor i villa med maken, som har trol. Parkinsons sjukdom och inte längre kan "
                   "hjälpa pat med påklädning och dusch."),
        ("Åtgärd", "Ansökan om hemtjänst, duschpall och strumppådragare utprovade."),
    ])], [], [M102],
    "the husband's probable Parkinson's, not the patient's")

C("d46-villkor-vid-misstanke-om-blodpropp", "skane", "1977-11-08", "382", [
    N("n1", "s_orto_trelleborg", "Omvårdnadsepikris", ("Erik Nordström", SSK), "2024-10-11T11:30", [
        ("Information vid utskrivning", "Op. fotledsfraktur, gips 6 v. Fragmin i 6 veckor. Vid "
                                        "misstanke om blodpropp – ökad svullnad, värme eller smärta "
                                        "i vaden – ska pat söka akut."),
    ])], [], [M102],
    "'Vid misstanke om blodpropp … söka akut' is a conditional instruction, no diagnosis")

C("d46-villkor-om-feber-kan-vara-infektion", "vgr", "1983-04-20", "579", [
    N("n1", "v_kir_alingsas", "Omvårdnadsepikris", ("Tina Westman", SSK), "2024-05-23T12:40", [
        ("Egenvård", "Om temp över 38,5 eller rodnad kring såren kan det vara tecken på infektion, "
                     "ring då avdelningen dygnet runt. Op. laparoskopisk kolecystektomi igår."),
    ])], [], [M102],
    "conditional advice 'om temp … kan det vara tecken på infektion'")

C("d46-villkor-om-ring-kan-vara-borrelia", "skane", "1969-06-15", "207", [
    N("n1", "s_akut_hassleholm", "Telefonanteckning", ("Agneta Holmberg", TSSK), "2024-06-28T16:25", [
        ("Telefonkontakt", "Fästingbett på vä vaden för 2 dagar sedan, fästingen borttagen hel. "
                           "Ingen rodnad nu. Om en rodnad ring uppstår som växer efter några dagar "
                           "kan det vara borrelia – sök då VC."),
    ])], [], [M102],
    "conditional 'om en rodnad ring uppstår … kan det vara borrelia'")

C("d46-skane-mall-tidiga-hyp-kontaktssk", "skane", "1956-09-09", "472", [
    N("n1", "s_onk_lund", "Tidiga hypoteser", ("Annika Nilsson", KSSK), "2024-11-14T16:00", [
        ("Bedömning", "Misstänkt spridning till skelettet enl. skintigrafi i morse, ej kommunicerat "
                      "med pat ännu. Onkolog tar det vid besöket på måndag."),
    ])], [], [M102],
    "Skåne template 'Tidiga hypoteser' protects the hedged diagnosis")

C("d46-skane-mall-tidiga-hyp-kurator", "skane", "1973-02-26", "159", [
    N("n1", "s_med_landskrona", "Tidiga hypoteser", ("Moa Lindström", KUR), "2024-08-30T14:20", [
        ("Samtal", "Uppgifter från sambon tyder på att pat trol. har ett alkoholberoende som pat "
                   "själv inte vill kännas vid. Behöver bekräftas innan det tas upp med pat."),
    ])], [], [M102],
    "counsellor puts a probable alcohol dependence in the Skåne template Tidiga hypoteser")

C("d46-vgr-sokord-tidiga-hyp-ssk", "vgr", "1963-12-12", "292", [
    N("n1", "v_gyn_nal", "Omvårdnadsanteckning", ("Rebecca Falk", SSK), "2024-03-26T10:55", [
        ("Omvårdnad", "Mobiliserad, ätit frukost, smärtfri på Alvedon."),
        ("Tidiga hypoteser", "Misstänkt malignitet i vä ovarium enl. UL, inväntar CA-125 och DT."),
    ])], [], [M102],
    "VGR: the only hedged diagnosis sits under sökord Tidiga hypoteser")

C("d46-vgr-sokord-tidiga-hyp-psykolog", "vgr", "1995-08-24", "327", [
    N("n1", "v_psyk_ostra", "Psykologanteckning", ("David Sjögren", PSY), "2024-12-09T15:30", [
        ("Samtal", "Samtal nr 4 om nedstämdhet, pat har börjat gå promenader igen."),
        ("Tidiga hypoteser", "Möjlig bipolär sjukdom typ II, hypomana perioder beskrivna av "
                             "partnern, ej belagt ännu."),
    ])], [], [M102],
    "VGR psychologist: 'Möjlig bipolär sjukdom' only under the protected sökord")

C("d46-bekraftad-diabetes-typ1", "skane", "1999-09-29", "145", [
    N("n1", "s_med_ystad", "Omvårdnadsanteckning", ("Ellen Björk", SSK), "2024-07-21T07:40", [
        ("Aktuellt", "Känd diabetes typ 1 sedan 7 års ålder. P-glukos 14,2 på morgonen, "
                     "korrektionsdos Novorapid enl. ordination, ketoner 0,3."),
    ])], [], [M102],
    "confirmed diabetes and measured values, nothing hedged")

C("d46-fysio-misstanken-avskrevs-halsena", "vgr", "1976-12-18", "190", [
    N("n1", "v_fysio_sas", "Fysioterapeutanteckning", ("Simon Rask", FT), "2024-10-24T13:00", [
        ("Bedömning", "Misstanken om hälseneruptur avskrevs efter ultraljud, senan hel men "
                      "förtjockad. Tendinopati i mellersta delen."),
        ("Planering", "Excentrisk träning enl. Alfredson, 12 veckor."),
    ])], [], [M102],
    "'Misstanken … avskrevs' is a dropped suspicion; the remaining diagnosis is settled")

C("d46-barnmorska-talar-emot-preklampsi-typo", "skane", "1990-04-07", "746", [
    N("n1", "s_obst_malmo", "Barnmorskeanteckning", ("Hedda Malm", BM), "2024-09-02T11:45", [
        ("Kontroll", "BT 128/82, ingen proteinuri, ingen huvudvärk, vilket talar emot preklampsi. "
                     "Svullnaden i fötterna bedöms som vanlig graviditetssvullnad."),
    ])], [], [M102],
    "'talar emot preklampsi' (typo for preeklampsi) negates the diagnosis")

C("d46-fysio-ev-remiss-eventuellt-rtg", "vgr", "1971-05-31", "376", [
    N("n1", "v_orto_kungalv", "Fysioterapeutanteckning", ("Eva Sandell", FT), "2024-11-26T08:50", [
        ("Bedömning", "Plantarfasciit hö fot, 4 mån duration, förbättrad sedan förra besöket."),
        ("Planering", "Ev. remiss till ortopedtekniker för inlägg. Eventuellt röntgen om besvären "
                      "kvarstår efter sex veckors träning."),
    ])], [], [M102],
    "hedged plans (remiss, röntgen) around a settled diagnosis")

C("d46-dietist-hedge-aptit-symtom", "skane", "1948-03-15", "236", [
    N("n1", "s_pall_angelholm", "Dietistanteckning", ("Wilma Engdahl", DIET), "2024-04-09T11:20", [
        ("Nutrition", "Pat äter trol. mindre än hälften av serverad mat, ev. nedsatt aptit pga "
                      "illamående på morgonen. Vikt 52,4 kg, -3 kg på en månad."),
        ("Åtgärd", "Energiberikad kost, två näringsdrycker per dag, mellanmål kl 21."),
    ])], [], [M102],
    "hedges on intake and appetite (symptoms), no diagnosis")

C("d46-telefon-mojligen-feber-symtom", "vgr", "1987-01-29", "253", [
    N("n1", "v_inf_ostra", "Telefonanteckning", ("Hampus Wiklund", TSSK), "2024-02-15T10:05", [
        ("Telefonkontakt", "Möjligen lite feber i natt, har inte mätt. Hosta sedan 2 dagar, "
                           "i övrigt opåverkad och dricker bra. Egenvårdsråd, hör av sig vid "
                           "försämring."),
    ])], [], [M102],
    "hedge on a symptom ('Möjligen lite feber'), no diagnosis named")

C("d46-ssk-ingen-missanke-om-sarinfektion-typo", "skane", "1954-07-27", "117", [
    N("n1", "s_kir_ksd", "Omvårdnadsanteckning", ("Louise Carlsson", SSK), "2024-11-21T14:35", [
        ("Sår", "Ingen missanke om sårinfektion, såret läker fint och stygnen tas på VC dag 10."),
    ])], [], [M102],
    "typo 'Ingen missanke om' still negates the wound infection")

C("d46-tidigare-misstankt-epilepsi-avskriven", "vgr", "1997-11-13", "465", [
    N("n1", "v_neuro_su", "Sjuksköterskeanteckning", ("Emelie Hedlund", SSK), "2024-08-27T13:10", [
        ("Anamnes", "Svimmade på jobbet i förra veckan. Tidigare misstänkt epilepsi som avskrevs "
                    "2019 efter normalt sömn-EEG och normal MR."),
        ("Åtgärd", "EKG taget, ortostatiskt prov bokat hos sjuksköterska."),
    ])], [], [M102],
    "an old suspicion explicitly dropped ('avskrevs 2019') is not a current hypothesis")

C("d46-arbterap-ev-behov-hjalpmedel", "skane", "1935-10-03", "397", [
    N("n1", "s_ger_hbg", "Arbetsterapeutanteckning", ("Hanna Ström", AT), "2024-01-30T15:15", [
        ("Planering", "Ev. behov av rullator och toalettförhöjning, provas ut innan hemgång. "
                      "Pat trol. hjälpt av hemtjänst två gånger per dag, samordnad planering "
                      "bokas."),
    ])], [], [M102],
    "hedges on aids and home-care need, no diagnosis")

C("d46-barn-mamma-misstanker-forlossningsdepression", "vgr", "2024-03-19", "323", [
    N("n1", "v_barn_nal", "Omvårdnadsanteckning", ("Frida Nyström", SSK), "2024-05-04T09:20", [
        ("Aktuellt", "6 v gammal flicka inlagd för matningssvårigheter, går nu upp i vikt. "
                     "Mamma berättar att hon själv misstänker att hon har en "
                     "förlossningsdepression, hänvisas till sin barnmorskemottagning."),
    ])], [], [M102],
    "infant patient: the suspected postpartum depression belongs to the mother")

C("d46-talar-inte-for-adhd-negerad", "vgr", "1999-06-02", "214", [
    N("n1", "v_npf_molndal", "Psykologanteckning", ("Tove Hermansson", PSY), "2024-06-24T14:00", [
        ("Bedömning", "Testningen talar inte för ADHD, koncentrationssvårigheterna förklaras bättre "
                      "av långvarig sömnbrist och stress på arbetet."),
    ])], [], [M102],
    "'talar inte för ADHD' negates the diagnosis")

C("d46-fragetecken-pa-fragor-ej-diagnos", "skane", "1944-09-21", "319", [
    N("n1", "s_med_landskrona", "Omvårdnadsanteckning", ("Pia Strandberg", SSK), "2024-09-14T19:55", [
        ("Kväll", "Ätit? Halva portionen. Smärta? VAS 3 vid rörelse. Urinmängd? Ej mätt, "
                  "pat har gått på toa själv. Känt förmaksflimmer, puls 78 oregelbunden."),
    ])], [], [M102],
    "question marks used for a checklist, not for a diagnosis; the AF is known")

C("d46-hedge-pa-fynd-ev-odem-blek", "vgr", "1940-02-14", "356", [
    N("n1", "v_med_kungalv", "Omvårdnadsanteckning", ("Cecilia Strand", SSK), "2024-04-17T08:15", [
        ("Status", "Ev. lätt ödem runt anklarna, möjligen något blek. Vägs dagligen på morgonen, "
                   "idag 71,2 kg."),
    ])], [], [M102],
    "hedges on findings (ödem, blekhet) that are no diagnoses")

C("d46-fysio-fraktur-uteslots-rtg", "skane", "1986-12-06", "258", [
    N("n1", "s_fysio_angelholm", "Fysioterapeutanteckning", ("Tobias Lund", FT), "2024-03-11T10:30", [
        ("Bedömning", "Fraktur uteslöts på rtg efter fallet, mjukdelsskada vä handled. "
                      "Belastning efter smärta."),
        ("Planering", "Rörlighetsträning och ortos vid behov, återbesök 2 v."),
    ])], [], [M102],
    "'Fraktur uteslöts' is ruled out")

C("d46-kontaktssk-bekraftad-brostcancer-informerad", "vgr", "1961-04-12", "464", [
    N("n1", "v_brost_sas", "Kontaktsjuksköterskeanteckning", ("Marie Hult", KSSK), "2024-02-01T15:50", [
        ("Aktuellt", "PAD bekräftar duktal bröstcancer vä, 14 mm, ER+. Pat informerad av "
                     "bröstkirurgen idag med maken närvarande."),
        ("Planering", "Operation v. 8, kontaktssk ringer pat på fredag."),
    ])], [], [M102, M101],
    "settled and communicated diagnosis: neither hedge nor untold")

C("d46-ssk-sepsis-talar-emot-lang", "skane", "1952-06-17", "250", [
    N("n1", "s_inf_malmo", "Omvårdnadsanteckning", ("Rasmus Hedberg", SSK), "2024-12-18T07:30", [
        ("Natt", "Sov oroligt första halvan av natten. Temp 37,8 kl 02, 37,2 kl 06 efter "
                 "Alvedon. Puls 88, BT 132/74, AF 16, SpO2 96 % på rumsluft. Vaken, orienterad."),
        ("Bedömning", "Stabila vitalparametrar och sjunkande CRP (142 → 96) talar emot sepsis. "
                      "Den konstaterade pyelonefriten svarar bra på cefotaxim enl. läkaren."),
        ("Elimination", "Kissat spontant 1 400 ml sedan i går kväll, ingen sveda längre."),
        ("Nutrition", "Ätit frukost, dricker bra. Ingen kräkning sedan igår."),
        ("Planering", "Byte till perorala antibiotika diskuteras på ronden, trolig hemgång "
                      "i morgon."),
    ], setting="slutenvård")], [], [M102],
    "long night note: sepsis argued against, pyelonephritis confirmed, hedge only on the discharge plan")

C("d46-hud-ssk-utesluten-melanom", "vgr", "1981-07-03", "483", [
    N("n1", "v_hud_su", "Sjuksköterskeanteckning", ("Josefin Ahlgren", SSK), "2024-07-25T10:40", [
        ("Telefonkontakt", "Meddelat pat PAD-svaret: melanom kunde uteslutas, det var en benign "
                           "dysplastisk nevus. Ingen ytterligare åtgärd behövs."),
    ])], [], [M102, M101],
    "ruled-out melanoma told to the patient by phone")

# ---------------------------------------------------------------------------
# NL101 positives: diagnosis visible while the text says the patient is not told
# ---------------------------------------------------------------------------

C("d46-kontaktssk-prostatacancer-ej-besked", "skane", "1954-03-08", "210", [
    N("n1", "s_uro_malmo", "Kontaktsjuksköterskeanteckning", ("Sofie Bergkvist", KSSK), "2024-03-19T14:20", [
        ("Aktuellt", "Biopsisvar: adenocarcinom i prostata, Gleason 4+3, i 5 av 12 biopsier. "
                     "Pat har ännu inte fått besked, urologen ringer pat i morgon förmiddag."),
    ])], [M101], [M102],
    "contact nurse: confirmed prostate cancer, 'pat har ännu inte fått besked'")

C("d46-kurator-levermetastaser-pat-vet-inte", "vgr", "1952-09-30", "281", [
    N("n1", "v_onk_su", "Kuratorsanteckning", ("Sanna Ljung", KUR), "2024-05-16T11:10", [
        ("Samtal", "DT i måndags har visat levermetastaser. Pat vet inte om att det är spridning "
                   "ännu, onkologen informerar på fredag. Samtalet i dag handlade om oron inför "
                   "besöket och om ekonomin."),
    ])], [M101], [],
    "counsellor: 'pat vet inte om att det är spridning ännu' with the metastases named")

C("d46-ssk-pad-melanom-ej-informerad", "skane", "1970-01-25", "398", [
    N("n1", "s_hud_lund", "Sjuksköterskeanteckning", ("Ella Nordqvist", SSK), "2024-04-23T09:30", [
        ("Provsvar", "PAD från excision på ryggen: malignt melanom, Breslow 1,2 mm, radikalt. "
                     "Pat ej informerad, dr meddelar vid återbesöket 30/4."),
    ])], [M101], [M102],
    "nurse files the PAD (melanoma) and writes 'Pat ej informerad'")

C("d46-barnmorska-graviditetsdiabetes-ej-underrattad", "vgr", "1992-03-21", "868", [
    N("n1", "v_smvc_ostra", "Barnmorskeanteckning", ("Lovisa Kjellberg", BM), "2024-07-10T16:15", [
        ("Provsvar", "OGTT 2-timmarsvärde 10,8 mmol/l, alltså graviditetsdiabetes. Pat ej underrättad "
                     "ännu, ringer henne i morgon efter konferens med obstetriker."),
    ])], [M101], [],
    "midwife: gestational diabetes confirmed, 'ej underrättad ännu'")

C("d46-neuro-als-ska-inte-informeras-an", "skane", "1960-10-14", "335", [
    N("n1", "s_neuro_lund", "Sjuksköterskeanteckning", ("Kristin Åström", SSK), "2024-06-05T15:00", [
        ("Aktuellt", "Neurologen har ställt diagnosen ALS efter EMG och klinisk bedömning. "
                     "Pat ska inte informeras förrän neurologen träffar pat och familjen på torsdag."),
    ])], [M101], [M102],
    "neurology nurse: ALS diagnosis, 'ska inte informeras förrän …'")

C("d46-anhoriga-vill-ej-att-pat-vet-magcancer", "vgr", "1933-06-19", "200", [
    N("n1", "v_ger_lidkoping", "Omvårdnadsanteckning", ("Yvonne Sundqvist", SSK), "2024-10-04T13:40", [
        ("Närstående", "Dottern ringde och ber att pat inte ska få veta om magsäckscancern. "
                       "Pat ännu ej informerad, läkaren tar ställning till hur beskedet ska ges."),
    ])], [M101], [],
    "relatives ask that the patient not be told; the patient is not informed of the cancer")

C("d46-kontaktssk-brostcancer-ej-informerd-typo", "skane", "1966-12-22", "480", [
    N("n1", "s_brost_malmo", "Kontaktsjuksköterskeanteckning", ("Jessica Roth", KSSK), "2024-01-11T12:05", [
        ("Aktuellt", "Mammografi och mellannålsbiopsi: invasiv bröstcancer hö, 18 mm. Pat ej "
                     "informerd än – bröstkirurgen har tid med pat på måndag kl 10."),
    ])], [M101], [M102],
    "typo 'ej informerd' (informerad) with a confirmed breast cancer")

C("d46-lung-ssk-besked-ej-lamant-typo", "vgr", "1949-04-01", "317", [
    N("n1", "v_lungmott_skovde", "Sjuksköterskeanteckning", ("Åsa Pettersson", SSK), "2024-02-26T10:50", [
        ("Provsvar", "PAD från bronkoskopin: småcellig lungcancer. Besked ej lämant till pat, "
                     "läkaren vill att maken ska vara med och besök bokas till onsdag."),
    ])], [M101], [],
    "typo 'Besked ej lämant' (lämnat) about small-cell lung cancer")

C("d46-dietist-celiaki-familjen-ej-besked-barn", "skane", "2015-08-06", "164", [
    N("n1", "s_barnavd_hbg", "Dietistanteckning", ("Sara Engström", DIET), "2024-11-12T09:10", [
        ("Aktuellt", "Tunntarmsbiopsin bekräftar celiaki. Varken barnet eller föräldrarna har fått "
                     "beskedet ännu, barnläkaren ringer i eftermiddag."),
        ("Planering", "Dietistbesök med glutenfri kostgenomgång bokas när familjen fått beskedet."),
    ])], [M101], [],
    "child under 13: celiac disease confirmed, neither child nor guardians told yet")

C("d46-inf-ssk-hiv-ej-meddelad", "skane", "1988-05-09", "591", [
    N("n1", "s_inf_malmo", "Sjuksköterskeanteckning", ("Johan Wahlström", SSK), "2024-08-15T11:25", [
        ("Provsvar", "HIV-1 konfirmerat positivt. Pat ännu inte meddelad, kallas till läkarbesök "
                     "i morgon kl 13 med tolk på arabiska."),
    ])], [M101], [],
    "infection nurse: confirmed HIV, 'ännu inte meddelad'")

C("d46-psykolog-autism-aterkoppling-ej-gjord", "vgr", "1996-01-18", "407", [
    N("n1", "v_npf_molndal", "Psykologanteckning", ("Tove Hermansson", PSY), "2024-11-28T16:20", [
        ("Sammanfattning", "Utredningen är klar: autismspektrumtillstånd utan intellektuell "
                           "funktionsnedsättning (F84.0). Återkoppling till pat är ännu inte gjord, "
                           "återgivningssamtal bokat 5/12."),
    ])], [M101], [],
    "psychologist: settled autism diagnosis, 'återkoppling till pat ännu inte gjord'")

C("d46-kontaktssk-lokalrecidiv-inte-per-telefon", "skane", "1951-02-03", "153", [
    N("n1", "s_kirmott_ksd", "Kontaktsjuksköterskeanteckning", ("Helén Jeppsson", KSSK), "2024-04-02T10:35", [
        ("Telefonkontakt", "Pat ringer och undrar över DT-svaret. DT visar lokalrecidiv av "
                           "rektalcancern. Pat har inte informerats, enl. kirurgen ska beskedet ges "
                           "vid besök och inte per telefon. Sa till pat att svaret gås igenom på "
                           "besöket 8/4."),
    ])], [M101], [],
    "contact nurse withholds a local recurrence on the phone and writes it in the visible note")

C("d46-multinote-njurcancer-n1-ej-informerad", "vgr", "1959-07-16", "275", [
    N("n1", "v_uro_skovde", "Omvårdnadsanteckning", ("Patrik Lindgren", SSK), "2024-09-09T20:10", [
        ("Aktuellt", "DT buk visar en 6 cm stor njurcancer hö. Pat ej informerad, urologen "
                     "informerar på ronden i morgon."),
    ]),
    N("n2", "v_uro_skovde", "Läkaranteckning", ("Gustav Ohlsson", "läkare"), "2024-09-10T10:30", [
        ("Bedömning", "Informerat pat och hustrun om att DT visar njurcancer hö, nefrektomi "
                      "planeras."),
    ])], [M101], [],
    "two notes: the evening nurse note still says 'ej informerad'; assert on that note")

C("d46-fysio-kotfraktur-pat-vet-annu-inte", "skane", "1941-03-29", "286", [
    N("n1", "s_fysio_angelholm", "Fysioterapeutanteckning", ("Tobias Lund", FT), "2024-02-19T09:00", [
        ("Aktuellt", "Rtg visar kotkompressionsfraktur L1. Pat vet ännu inte om frakturen, "
                     "läkaren informerar på ronden; mobiliseringen avvaktas till dess."),
    ])], [M101], [],
    "physiotherapist: vertebral fracture named, 'pat vet ännu inte om frakturen'")

C("d46-minne-ssk-osignerad-alzheimer-ej-informerade", "skane", "1946-11-23", "243", [
    N("n1", "s_minne_malmo", "Sjuksköterskeanteckning", ("Vera Hallin", SSK), "2024-05-28T15:40", [
        ("Utredning", "Diagnosen Alzheimers sjukdom ställd vid teamkonferensen idag. Pat och maken "
                      "är ännu ej informerade, diagnosbesked på fredag hos läkaren."),
    ], signed=None)], [M101], [],
    "unsigned draft: Alzheimer's disease set, 'pat och maken ännu ej informerade'")

C("d46-neuro-ssk-ms-ej-beskedet-per-telefon", "vgr", "1990-09-08", "666", [
    N("n1", "v_neuro_su", "Telefonanteckning", ("Emelie Hedlund", SSK), "2024-03-13T14:25", [
        ("Telefonkontakt", "MR visar nya lesioner och neurologen har fastställt MS. Pat ringer och "
                           "frågar efter svaret – har inte fått beskedet och ska inte få det per "
                           "telefon, tid hos neurologen på onsdag."),
    ])], [M101], [],
    "MS established; the patient asked and was not told")

C("d46-gynonk-ovarialcancer-inte-fatt-beske-typo", "skane", "1957-05-17", "120", [
    N("n1", "s_gynonk_lund", "Kontaktsjuksköterskeanteckning", ("Linda Hallberg", KSSK), "2024-10-17T13:05", [
        ("Aktuellt", "Ovarialcancer stadium IIIC enl. PAD. Pat har inte fått beske ännu, "
                     "gynonkolog träffar pat på tisdag."),
    ])], [M101], [],
    "typo 'beske' (besked): ovarian cancer not yet told")

C("d46-kurator-pat-ovetande-pankreascancer", "vgr", "1944-01-06", "151", [
    N("n1", "v_pall_udd", "Kuratorsanteckning", ("Karin Olofsson", KUR), "2024-06-20T10:25", [
        ("Samtal", "Samtal med sonen. Pat är ännu ovetande om sin pankreascancer; läkaren och "
                   "kurator planerar brytpunktssamtal tillsammans med sonen i morgon."),
    ])], [M101], [],
    "counsellor: 'pat är ännu ovetande om sin pankreascancer'")

C("d46-neuro-ssk-epilespi-typo-ej-informerad", "skane", "2001-10-31", "386", [
    N("n1", "s_neuro_lund", "Sjuksköterskeanteckning", ("Kristin Åström", SSK), "2024-09-26T11:50", [
        ("Provsvar", "EEG visar epileptiform aktivitet temporalt vä och neurologen bedömer att det "
                     "är epilespi. Pat ej informerad om diagnosen, besök hos neurolog bokas "
                     "inom en vecka. Körförbud ska tas upp då."),
    ])], [M101], [],
    "typo 'epilespi' in the diagnosis; the patient is not informed")

C("d46-omvardnadsepikris-lang-koloncancer-okand", "vgr", "1950-12-29", "396", [
    N("n1", "v_kir_alingsas", "Omvårdnadsepikris", ("Tina Westman", SSK), "2024-08-02T13:30", [
        ("Inskrivningsorsak", "Inlagd 29/7 för rektalblödning, Hb 86 vid ankomst. Transfunderad "
                              "2 E erytrocyter, Hb vid utskrivning 108."),
        ("Utredning", "Koloskopi 31/7 med polypektomi av en 3 cm stor polyp i sigmoideum. PAD "
                      "inkom idag och visar adenocarcinom i polypen. Pat känner ännu inte till "
                      "att PAD visade cancer; kirurgen ringer pat efter hemgång och bokar "
                      "MDK-genomgång."),
        ("Omvårdnad", "Mobiliserad utan hjälpmedel, klarar ADL själv. Äter normal kost. "
                      "Avföring ua sedan 1/8. Inga smärtor."),
        ("Läkemedel", "Järntabletter insatta, Eliquis pausat till efter återbesök, se "
                      "läkemedelsberättelse."),
        ("Uppföljning", "Hb-kontroll på VC om två veckor. Pat har fått telefonnummer till "
                        "avdelningen."),
    ])], [M101], [],
    "long nursing discharge summary; one line says the patient does not yet know of the cancer")

C("d46-hem-kontaktssk-myelom-undanhalls", "skane", "1949-07-04", "333", [
    N("n1", "s_hem_lund", "Kontaktsjuksköterskeanteckning", ("Anna Forsberg", KSSK), "2024-12-05T16:10", [
        ("Aktuellt", "Benmärgsprovet bekräftar myelom. Inget har sagts till pat ännu eftersom "
                     "hematologen vill ha maken med vid beskedet den 9/12."),
    ])], [M101], [],
    "'Inget har sagts till pat ännu' about a confirmed myeloma")

C("d46-kard-ssk-hjartsvikt-ej-informerats", "vgr", "1958-02-21", "172", [
    N("n1", "v_kard_sas", "Sjuksköterskeanteckning", ("Sebastian Nyman", SSK), "2024-06-07T11:45", [
        ("Provsvar", "Eko visar hjärtsvikt med nedsatt EF 30 %. Pat har inte informerats om "
                     "fyndet, kardiologen tar det på återbesöket 14/6 och planerar insättning "
                     "av läkemedel då."),
    ])], [M101], [],
    "cardiology nurse: heart failure on echo, the patient not informed")

# ---------------------------------------------------------------------------
# NL101 must_not: told, not a diagnosis, protected, relative only, nothing said
# ---------------------------------------------------------------------------

C("d46-kontaktssk-informerad-av-lakaren-igar", "skane", "1962-04-26", "356", [
    N("n1", "s_onk_lund", "Kontaktsjuksköterskeanteckning", ("Annika Nilsson", KSSK), "2024-02-14T10:30", [
        ("Telefonkontakt", "Kontaktssk: pat informerad av läkaren om cancerdiagnosen igår "
                           "(skivepitelcancer i tungan). Ledsen men samlad, har frågor om "
                           "strålbehandlingen som vi gick igenom."),
    ])], [], [M101],
    "the patient was told yesterday by the physician")

C("d46-pad-ej-besked-ingen-diagnos", "vgr", "1968-08-09", "185", [
    N("n1", "v_kir_alingsas", "Omvårdnadsanteckning", ("Nils Östlund", SSK), "2024-04-05T12:15", [
        ("Aktuellt", "Pat har ännu inte fått besked om PAD, läkaren ringer imorgon. Sårläkning ua, "
                     "pat går hem i eftermiddag."),
    ])], [], [M101],
    "the untold PAD has no diagnosis written in the note")

C("d46-ej-informerad-om-op-datum", "skane", "1955-11-04", "213", [
    N("n1", "s_fysio_angelholm", "Fysioterapeutanteckning", ("Tobias Lund", FT), "2024-06-12T14:10", [
        ("Aktuellt", "Höftledsartros hö, preop-träning inför protesoperation. Pat ej informerad om "
                     "operationsdatum ännu, planeringssekreteraren ringer."),
    ])], [], [M101],
    "what is untold is a date; the arthrosis is known to the patient")

C("d46-remiss-skickad-ej-meddelat", "vgr", "1974-02-17", "249", [
    N("n1", "v_rehab_hogsbo", "Fysioterapeutanteckning", ("Pontus Green", FT), "2024-10-30T09:45", [
        ("Planering", "Remiss skickad till smärtrehab för långvarig ländryggssmärta. Pat ej "
                      "meddelad än om att remissen gått iväg, meddelas vid nästa besök."),
    ])], [], [M101],
    "what is untold is that a referral was sent")

C("d46-normalt-eko-ej-meddelat", "skane", "1980-06-30", "460", [
    N("n1", "s_kard_hbg", "Sjuksköterskeanteckning", ("Elsa Rydberg", SSK), "2024-07-04T15:20", [
        ("Provsvar", "Ekokardiografin normal, ingen klaffsjukdom. Pat inte meddelad om svaret ännu, "
                     "dr ringer under veckan."),
    ])], [], [M101],
    "untold result is normal (the valve disease is negated)")

C("d46-skane-mall-tidiga-hyp-metastaser-ej-informerad", "skane", "1953-01-12", "298", [
    N("n1", "s_onk_lund", "Tidiga hypoteser", ("Annika Nilsson", KSSK), "2024-05-08T16:45", [
        ("Bedömning", "Skelettskintigrafin visar metastaser i bäcken och ländrygg. Pat ej informerad, "
                      "onkologen ger beskedet på torsdag."),
    ])], [], [M101],
    "Skåne: untold diagnosis kept in the protected template Tidiga hypoteser")

C("d46-vgr-sokord-tidiga-hyp-ej-informerad", "vgr", "1947-10-22", "371", [
    N("n1", "v_lung_skovde", "Omvårdnadsanteckning", ("Mikael Jonsson", SSK), "2024-09-18T14:05", [
        ("Omvårdnad", "Mår bättre, mobiliserar i korridoren med rollator. Ätit lunch."),
        ("Tidiga hypoteser", "PAD visar mesoteliom. Pat ej informerad, lungläkaren planerar "
                             "samtal med familjen."),
    ])], [], [M101],
    "VGR: untold diagnosis only under the protected sökord Tidiga hypoteser")

C("d46-pat-informerad-dottern-inte", "skane", "1945-08-18", "277", [
    N("n1", "s_lung_lund", "Omvårdnadsanteckning", ("Matilda Rask", SSK), "2024-03-04T11:00", [
        ("Information", "Pat informerad om lungcancern av dr Berg i förmiddags. Pat vill inte att "
                        "dottern informeras ännu, vilket respekteras."),
    ])], [], [M101],
    "the patient is told; only the daughter is not")

C("d46-diagnos-utan-info-om-berattande", "vgr", "1938-12-11", "152", [
    N("n1", "v_pall_udd", "Omvårdnadsanteckning", ("Ingrid Bäck", SSK), "2024-01-17T09:40", [
        ("Aktuellt", "Känd prostatacancer med skelettmetastaser. Smärtlindring justerad, "
                     "OxyContin höjd till 20 mg x 2 enl. ordination."),
    ])], [], [M101],
    "a diagnosis with nothing said about telling the patient")

C("d46-barnmorska-informerad-idag-gdm", "skane", "1995-09-26", "304", [
    N("n1", "s_obst_malmo", "Barnmorskeanteckning", ("Klara Wikström", BM), "2024-08-06T13:30", [
        ("Information", "Pat informerad idag av obstetriker om graviditetsdiabetes. Kostråd givna "
                        "och blodsockermätare utlämnad med instruktion."),
    ])], [], [M101],
    "the patient was told today")

C("d46-multinote-n2-besked-givet", "vgr", "1956-04-30", "337", [
    N("n1", "v_hem_su", "Sjuksköterskeanteckning", ("Helena Fors", SSK), "2024-10-22T17:00", [
        ("Provsvar", "Benmärgsbiopsin visar akut myeloisk leukemi. Pat ej informerad ännu, "
                     "läkaren ger besked i morgon."),
    ]),
    N("n2", "v_hem_su", "Kontaktsjuksköterskeanteckning", ("Helena Fors", KSSK), "2024-10-23T14:15", [
        ("Aktuellt", "Pat har nu fått besked av hematologen om AML, ssk närvarande. Cytostatika "
                     "startar på måndag, pat har fått skriftlig information."),
    ])], [], [("NL101", "n2")],
    "two notes: the later note records that the AML diagnosis was given; assert on n2")

C("d46-kontaktssk-pat-vet-inte-startdatum", "skane", "1963-07-01", "164", [
    N("n1", "s_kirmott_ksd", "Kontaktsjuksköterskeanteckning", ("Helén Jeppsson", KSSK), "2024-05-13T09:20", [
        ("Telefonkontakt", "Pat med rektalcancer, vet ännu inte när strålbehandlingen startar. "
                           "Kallelse skickas från strålbehandlingen i Lund."),
    ])], [], [M101],
    "what the patient does not know is a start date")

C("d46-kurator-pat-vet-om-spridningen", "vgr", "1971-11-15", "282", [
    N("n1", "v_onk_su", "Kuratorsanteckning", ("Sanna Ljung", KUR), "2024-07-01T13:50", [
        ("Samtal", "Pat vet om att bröstcancern har spridit sig till lungorna och vill prata om "
                   "hur hon ska berätta för barnen, 8 och 11 år. Barnen vet ännu ingenting."),
    ])], [], [M101],
    "the patient knows; only the children do not")

C("d46-kurator-maken-vet-barnen-inte", "skane", "1978-03-27", "246", [
    N("n1", "s_kurator_hbg", "Kuratorsanteckning", ("Lotta Friberg", KUR), "2024-10-09T10:45", [
        ("Samtal", "Pat har fått sin koloncancerdiagnos av kirurgen och har berättat för maken, "
                   "men barnen och svärföräldrarna vet inget än. Stöd kring hur det kan göras."),
    ])], [], [M101],
    "patient told by the surgeon; relatives not yet")

C("d46-crohn-normala-prover-ej-underrattad", "vgr", "1992-07-11", "292", [
    N("n1", "v_gastro_skovde", "Sjuksköterskeanteckning", ("Erika Lund", SSK), "2024-11-04T14:30", [
        ("Provsvar", "Crohns sjukdom, kontroll inför fortsatt Humira. Hb 132, CRP <5 och "
                     "kalprotektin 40. Pat ej underrättad om proverna än, sms skickas i morgon."),
    ])], [], [M101],
    "untold are normal lab values; the known Crohn's disease is not what is withheld")

C("d46-kontaktssk-diagnos-kand-behandling-ej-klar", "vgr", "1959-09-04", "214", [
    N("n1", "v_hem_su", "Kontaktsjuksköterskeanteckning", ("Helena Fors", KSSK), "2024-03-21T10:10", [
        ("Aktuellt", "Pat fick besked om follikulärt lymfom förra veckan. Har ännu inte fått "
                     "information om behandlingsupplägget, hematologen går igenom det på tisdag."),
    ])], [], [M101],
    "the diagnosis is told; only the treatment plan is not yet")

C("d46-ssk-infomerad-hjartsvikt-typo", "skane", "1943-02-08", "331", [
    N("n1", "s_kard_hbg", "Omvårdnadsanteckning", ("Elsa Rydberg", SSK), "2024-01-22T14:50", [
        ("Information", "Pat infomerad av dr om sin hjärtsvikt och om vikten av daglig vägning, "
                        "broschyr om vätskerestriktion utdelad."),
    ])], [], [M101],
    "typo 'infomerad': the patient has been told")

C("d46-parkinson-sedan-2019-valinformerad", "vgr", "1951-05-20", "478", [
    N("n1", "v_rehab_hogsbo", "Arbetsterapeutanteckning", ("Maja Lindahl", AT), "2024-04-16T13:20", [
        ("Anamnes", "Pat fick sin diagnos Parkinsons sjukdom 2019 och är väl insatt i sjukdomen. "
                    "Har svårare med finmotorik, knappar och bestick."),
        ("Åtgärd", "Förtjockade bestick och knapphake provade."),
    ])], [], [M101],
    "the diagnosis was given years ago and the patient knows it well")

C("d46-ssk-narvarande-vid-besked-njurcancer", "skane", "1950-03-13", "199", [
    N("n1", "s_uro_malmo", "Omvårdnadsanteckning", ("Sofie Bergkvist", SSK), "2024-08-21T15:35", [
        ("Information", "Dr Nilsson har lämnat besked om njurcancern, ssk närvarande. Pat frågade "
                        "om prognos och om han kan fortsätta arbeta."),
    ])], [], [M101],
    "nurse present when the physician gave the news")

C("d46-stroke-ej-informerad-om-hemtjanst", "skane", "1939-09-16", "244", [
    N("n1", "s_strok_hbg", "Arbetsterapeutanteckning", ("Alice Lindholm", AT), "2024-11-25T11:15", [
        ("Planering", "Hjärninfarkt vä hemisfär med hö-sidig svaghet. Pat ännu ej informerad om att "
                      "hemtjänsten utökas till fyra besök per dag, tas upp vid vårdplaneringen."),
    ])], [], [M101],
    "what is untold is a care arrangement, not the stroke")

C("d46-biopsi-tagen-vantar-ingen-diagnos", "vgr", "1965-12-03", "365", [
    N("n1", "v_hud_su", "Sjuksköterskeanteckning", ("Josefin Ahlgren", SSK), "2024-05-02T10:15", [
        ("Åtgärd", "Stansbiopsi tagen från förändringen på vä kind. Pat vet inte vad det är och "
                   "väntar på svar, beräknat om två veckor."),
    ])], [], [M101],
    "no diagnosis exists yet; the patient only waits for an answer")

C("d46-kontaktssk-informerad-om-spridning-forra-veckan", "skane", "1958-10-27", "129", [
    N("n1", "s_gynonk_lund", "Kontaktsjuksköterskeanteckning", ("Linda Hallberg", KSSK), "2024-12-10T09:35", [
        ("Telefonkontakt", "Pat informerades förra veckan av gynonkologen om spridningen till "
                           "bukhinnan. Ringer nu om illamående efter cytostatika, råd om "
                           "Primperan och vätska."),
    ])], [], [M101],
    "the spread was told last week; the call is about nausea")

C("d46-njur-ssk-vet-inte-om-dialysstart-datum", "vgr", "1948-06-25", "119", [
    N("n1", "v_njur_su", "Sjuksköterskeanteckning", ("Ronja Ekberg", SSK), "2024-02-28T13:25", [
        ("Aktuellt", "Kronisk njursjukdom stadium 5, pat väl medveten om att dialys närmar sig. "
                     "Vet ännu inte om det blir PD eller HD, beslut på teamträffen."),
    ])], [], [M101],
    "the patient knows the diagnosis; only the choice of dialysis is open")


# ---------------------------------------------------------------------------
# validation and output
# ---------------------------------------------------------------------------

def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    w = dt.date.fromisoformat(when[:10])
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    problems = []
    names = set()
    sentences = {}
    note_keys = {"id", "system", "template", "unit", "author", "time", "signed", "setting",
                 "refs", "sections"}
    for c in cases:
        name = c["case"]
        if not name.startswith("d46-"):
            problems.append("%s: bad prefix" % name)
        if name in names:
            problems.append("%s: duplicate case name" % name)
        names.add(name)
        if set(c) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            problems.append("%s: case keys" % name)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset" % name)
        rec = c["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            problems.append("%s: record keys" % name)
        p = rec["patient"]
        pid = p["id"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            problems.append("%s: pnr format" % name)
        elif not luhn_ok(pid[2:8] + pid[9:]):
            problems.append("%s: Luhn" % name)
        if pid[:8] != p["birth_date"].replace("-", ""):
            problems.append("%s: birth date mismatch" % name)
        if not rec["as_of"].startswith("2024-"):
            problems.append("%s: as_of not 2024" % name)
        age = age_at(p["birth_date"], rec["as_of"])
        if 13 <= age <= 15 or age < 0:
            problems.append("%s: patient age %d" % (name, age))
        ids = {}
        for n in rec["notes"]:
            if set(n) != note_keys:
                problems.append("%s: note keys" % name)
            ids[n["id"]] = n
            for f in ("time", "signed"):
                if n[f] is not None and not n[f].startswith("2024-"):
                    problems.append("%s: %s not 2024" % (name, f))
            if n["time"] > rec["as_of"]:
                problems.append("%s: note after as_of" % name)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR note not Melior" % name)
            for s in n["sections"]:
                for sent in re.split(r"(?<=[.!?])\s+|\n+", s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != (name, n["id"], s["keyword"]):
                            problems.append("%s: sentence repeated (also in %s): %r"
                                            % (name, sentences[sent][0], sent))
                        sentences[sent] = (name, n["id"], s["keyword"])
        if not c["must"] and not c["must_not"]:
            problems.append("%s: asserts nothing" % name)
        seen = set()
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if target not in ids:
                    problems.append("%s: target %s missing" % (name, target))
                    continue
                if (code, target) in seen:
                    problems.append("%s: %s on %s both must and must_not" % (name, code, target))
                seen.add((code, target))
                sysname = ids[target]["system"]
                if code == "NL102" and lst == "must" and sysname != "Melior":
                    problems.append("%s: NL102 must asserted on %s" % (name, sysname))
                if code == "NL101" and sysname == "PMO":
                    problems.append("%s: NL101 asserted on PMO" % name)
                if code not in ("NL101", "NL102"):
                    problems.append("%s: unexpected code %s" % (name, code))
    return problems


def main():
    problems = validate(CASES)
    known = {c["case"] for c in CASES}
    for n in sorted(UNSIGNED_DRAFTS - known):
        problems.append("unknown name in UNSIGNED_DRAFTS: %s" % n)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("%d cases written to %s" % (len(CASES), OUT))
    for k in sorted(counts):
        print("  %s %s: %d" % (k[0], k[1], counts[k]))


if __name__ == "__main__":
    main()
