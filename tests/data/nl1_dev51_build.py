#!/usr/bin/env python3
"""dev51: multi-note records where a diagnosis travels between notes.

Suspected in an emergency note, worked up in ward notes, confirmed or ruled out by a
reply, told (or not yet told) to the patient, summarised in an epikris; copy-forward of
earlier text; Tidiga hypoteser entries among visible notes; several authors in one record.
Assertions are per note (target = note id) for NL101 and NL102. Both regions.

Standard library only, deterministic. Writes nl1_dev51_cases.jsonl next to this file and exits 1
on any validation problem.
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- units
U = {
    # Skåne, Melior (hospitals)
    "s_akut_mas": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4A71"),
    "s_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4A52"),
    "s_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-5C10"),
    "s_akut_kristianstad": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-6B33"),
    "s_akut_ystad": ("Akutmottagningen, Lasarettet i Ystad", "SE2321000255-6D08"),
    "s_med4_mas": ("Medicinavdelning 4, Skånes universitetssjukhus Malmö", "SE2321000255-4B19"),
    "s_med_hbg": ("Medicinavdelning 52, Helsingborgs lasarett", "SE2321000255-5C44"),
    "s_med_ystad": ("Medicinavdelningen, Lasarettet i Ystad", "SE2321000255-6D21"),
    "s_kir_kristianstad": ("Kirurgiavdelning 3, Centralsjukhuset Kristianstad", "SE2321000255-6B47"),
    "s_kirmott_kristianstad": ("Kirurgmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-6B50"),
    "s_neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
    "s_neuroavd_lund": ("Neurologiavdelning, Skånes universitetssjukhus Lund", "SE2321000255-7622"),
    "s_hem_lund": ("Hematologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7703"),
    "s_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7745"),
    "s_uro_mas": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4C02"),
    "s_lung_lund": ("Lungmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7811"),
    "s_kard_hbg": ("Kardiologiska mottagningen, Helsingborgs lasarett", "SE2321000255-5D06"),
    "s_inf_mas": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4D30"),
    "s_ort_hlm": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-8A14"),
    "s_gastro_lkr": ("Mag- och tarmmottagningen, Lasarettet i Landskrona", "SE2321000255-8B02"),
    "s_stroke_aengel": ("Strokeenheten, Ängelholms sjukhus", "SE2321000255-8C19"),
    "s_minne_lkr": ("Minnesmottagningen, Lasarettet i Landskrona", "SE2321000255-8B27"),
    "s_barn_hbg": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-5E01"),
    "s_barnakut_lund": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-7A90"),
    "s_barnavd_lund": ("Barnonkologiska avdelningen, Skånes universitetssjukhus Lund", "SE2321000255-7A95"),
    "s_bup_mas": ("BUP Malmö, öppenvårdsmottagning", "SE2321000255-9F12"),
    "s_psyk_lund": ("Allmänpsykiatrisk mottagning, Vuxenpsykiatri Lund", "SE2321000255-9A40"),
    "s_psykakut_mas": ("Psykiatrisk akutmottagning, Vuxenpsykiatri Malmö", "SE2321000255-9A08"),
    "s_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7905"),
    "s_kvinno_ystad": ("Kvinnokliniken, Lasarettet i Ystad", "SE2321000255-6D60"),
    "s_forl_lund": ("Förlossningen, Skånes universitetssjukhus Lund", "SE2321000255-7B12"),
    "s_geri_trbg": ("Geriatriska avdelningen, Trelleborgs lasarett", "SE2321000255-8D03"),
    "s_endo_mas": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4E17"),
    "s_reuma_lund": ("Reumatologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7C38"),
    "s_njur_lund": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7C51"),
    "s_oron_hbg": ("Öron-, näs- och halsmottagningen, Helsingborgs lasarett", "SE2321000255-5F22"),
    "s_ogon_lund": ("Ögonmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7D04"),
    "s_kirakut_lund": ("Kirurgiska akutvårdsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-7E66"),
    "s_bild_mas": ("Bild och funktion, Skånes universitetssjukhus Malmö", "SE2321000255-4F01"),
    # Skåne, PMO (primary care)
    "s_vc_sorgenfri": ("Vårdcentralen Sorgenfri, Malmö", "SE2321000255-P1021"),
    "s_vc_simrishamn": ("Vårdcentralen Simrishamn", "SE2321000255-P1188"),
    "s_vc_klippan": ("Vårdcentralen Klippan", "SE2321000255-P1240"),
    "s_vc_hoor": ("Vårdcentralen Höör", "SE2321000255-P1302"),
    "s_bvc_eslov": ("BVC Eslöv", "SE2321000255-P2011"),
    "s_um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-P3007"),
    "s_hsv_hoor": ("Hemsjukvården Höör", "SE2321000255-P4015"),
    "s_mvc_trbg": ("Barnmorskemottagningen Trelleborg", "SE2321000255-P5023"),
    # VGR, Melior
    "v_akut_su": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000010011"),
    "v_akut_mol": ("Akutmottagningen medicin, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000010027"),
    "v_akut_sas": ("Akutmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000020034"),
    "v_akut_nu": ("Akutmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000030041"),
    "v_akut_skas": ("Akutmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000040058"),
    "v_barnakut_dsbus": ("Akutmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000050065"),
    "v_barnonk_dsbus": ("Barncancercentrum avd 322, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000050072"),
    "v_barnkir_dsbus": ("Barnkirurgisk avdelning 321, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000050089"),
    "v_barnmott_skas": ("Barn- och ungdomsmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000040096"),
    "v_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000010102"),
    "v_lung_su": ("Lungmedicinmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000010119"),
    "v_lungavd_su": ("Lungmedicinavdelning 134, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000010126"),
    "v_onk_su": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010133"),
    "v_hem_su": ("Hematologmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000010140"),
    "v_inf_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000010157"),
    "v_gyn_ostra": ("Gynekologmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000010164"),
    "v_gynavd_ostra": ("Gynekologisk avdelning 52, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000010171"),
    "v_psyk_ostra": ("Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000010188"),
    "v_med_sas": ("Medicinavdelning M5, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000020195"),
    "v_kard_sas": ("Kardiologiska avdelningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000020201"),
    "v_stroke_sas": ("Strokeenheten, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000020218"),
    "v_kir_nu": ("Kirurgavdelning 42, NU-sjukvården Uddevalla", "SE2321000131-E000000030225"),
    "v_kirmott_nu": ("Kirurgmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000030232"),
    "v_hud_nu": ("Hudmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000030249"),
    "v_endo_nu": ("Endokrinmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000030256"),
    "v_med5_skas": ("Medicinavdelning 5, Skaraborgs sjukhus Skövde", "SE2321000131-E000000040263"),
    "v_uro_lidk": ("Urologmottagningen, Skaraborgs sjukhus Lidköping", "SE2321000131-E000000040270"),
    "v_geri_alingsas": ("Geriatriska kliniken, Alingsås lasarett", "SE2321000131-E000000060287"),
    "v_ort_kungalv": ("Ortopedmottagningen, Kungälvs sjukhus", "SE2321000131-E000000070294"),
    "v_reuma_mol": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000010300"),
    "v_gastro_sas": ("Medicinmottagningen mag-tarm, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000020317"),
    "v_njur_su": ("Njurmedicinmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000010324"),
    "v_oron_su": ("Öron-näsa-hals-mottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000010331"),
    "v_kvinno_nu": ("Kvinnokliniken förlossning, NU-sjukvården NÄL", "SE2321000131-E000000030348"),
    "v_barnmed_dsbus": ("Barnmedicinsk avdelning 327, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000050362"),
    "v_karl_sas": ("Kärlkirurgiska mottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000020379"),
    "v_inf_nu": ("Infektionsavdelningen, NU-sjukvården NÄL", "SE2321000131-E000000030386"),
    "v_iva_su": ("Centralintensiven, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000010393"),
    "v_neuroavd_su": ("Neurologavdelning 132, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000010409"),
    "v_ortavd_mol": ("Ortopedavdelning 15, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000010416"),
    "v_thorax_su": ("Thoraxkirurgiska kliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010355"),
}

AUTO = object()
CASES = []


def luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d - 9 if d > 9 else d
    return str((10 - s % 10) % 10)


def P(birth, serial3):
    """birth 'YYYY-MM-DD', serial3 three digits (third odd = man, even = woman)."""
    ymd = birth.replace("-", "")
    return {"id": f"{ymd}-{serial3}{luhn_digit(ymd[2:] + serial3)}",
            "birth_date": birth, "protected_identity": False}


def _ts(s):
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def N(nid, system, template, unit, author, role, time, setting, sections, signed=AUTO):
    t = _ts(time)
    if signed is AUTO:
        sg = (t + _dt.timedelta(minutes=12 + (t.minute * 7 + t.hour * 3) % 95)).isoformat()
    elif signed is None:
        sg = None
    else:
        sg = _ts(signed).isoformat()
    name, hsa = U[unit]
    return {"id": nid, "system": system, "template": template,
            "unit": {"name": name, "hsa_id": hsa},
            "author": {"name": author, "role": role},
            "time": t.isoformat(), "signed": sg, "setting": setting, "refs": [],
            "sections": [{"keyword": k, "text": v} for k, v in sections]}


def C(name, ruleset, patient, notes, must, must_not, why):
    last = max(_ts(n["time"].replace("T", " ")[:16]) for n in notes)
    as_of = (last + _dt.timedelta(days=2)).replace(hour=0, minute=0, second=0)
    CASES.append({"case": name, "ruleset": ruleset,
                  "record": {"patient": patient, "as_of": as_of.isoformat(), "notes": notes,
                             "access_events": [], "conversations": [], "treatments": []},
                  "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
                  "why": why})


ME, PMO = "Melior", "PMO"
OV, SV = "öppenvård", "slutenvård"
L, SSK, KUR = "läkare", "sjuksköterska", "kurator"

# ================================================================ cases 1-30

# 1
C("d51-s-lungemboli-akut-misstankt-avd-bekraftad", "skane", P("1961-05-03", "471"), [
    N("n1", ME, "Akutanteckning", "s_akut_mas", "Johan Lindqvist", L, "2024-01-14 22:10", OV, [
        ("Aktuellt", "63-årig man med tre dygns tilltagande andfåddhet och stickande smärta i vä thoraxhalva vid inandning. Flög hem från Bangkok för åtta dagar sedan."),
        ("Status", "AT: opåverkad men takypnoisk. AF 24, sat 91 % på luft, puls 108 reg. Cor: rr, inga blåsljud. Pulm: vesikulärt andningsljud bilat. Vä vad 2 cm grövre än hö."),
        ("Bedömning", "Misstänkt lungemboli, Wells 6 p. D-dimer 3,1. Startar Innohep i väntan på DT lungartärer, inläggning medicin."),
    ]),
    N("n3", ME, "Omvårdnadsanteckning", "s_med4_mas", "Lejla Hodžić", SSK, "2024-01-15 00:40", SV, [
        ("Omvårdnad", "Ankommit från akuten med misstänkt lungemboli. Sat 93 % på 2 l syrgas via grimma, andas lugnare i halvsittande. Innohep givet på akuten kl 23."),
    ]),
    N("n2", ME, "Daganteckning", "s_med4_mas", "Sara Henriksson", L, "2024-01-15 10:20", SV, [
        ("Aktuellt", "DT lungartärer i natt visar bilaterala segmentella embolier utan tecken på högerkammarbelastning."),
        ("Bedömning", "Lungemboli bilat efter långflygning, låg risk enligt sPESI. Cirkulatoriskt stabil."),
        ("Åtgärd", "Informerat pat om diagnosen och om behandling med Eliquis i minst tre månader. Hemgång i morgon om fortsatt stabil."),
    ]),
], [('NL102', 'n1'), ('NL102', 'n3')], [('NL102', 'n2')],
  "LE suspected in the ED note and repeated by the ward nurse on arrival (both visible hedges); confirmed and told in the ward physician's note")

# 2
C("d51-s-susp-le-kopierad-framat-tills-dt-avskriver", "skane", P("1979-11-21", "362"), [
    N("n1", ME, "Akutanteckning", "s_akut_hbg", "Omar Haddad", L, "2024-02-06 16:05", OV, [
        ("Bedömning", "Susp. LE, behöver DT men kreatinin 180. Läggs in för hydrering och DT i morgon. Fragmin ges i kväll."),
    ]),
    N("n2", ME, "Daganteckning", "s_med_hbg", "Karin Ek", L, "2024-02-07 09:30", SV, [
        ("Aktuellt", "44-årig kvinna inlagd igår med dyspné och andningskorrelerad smärta, susp. LE. Kreatinin idag 142 efter vätska."),
        ("Planering", "DT lungartärer i eftermiddag. Fortsatt Fragmin."),
    ]),
    N("n3", ME, "Daganteckning", "s_med_hbg", "Karin Ek", L, "2024-02-08 08:50", SV, [
        ("Aktuellt", "DT lungartärer igår: inga embolier, däremot konsolidering i hö underlob."),
        ("Bedömning", "LE avskrivs. Samhällsförvärvad pneumoni hö underlob, CRB-65 0. Fragmin seponeras, Doxyferm insätts."),
        ("Åtgärd", "Pat informerad om DT-svaret och den nya behandlingen."),
    ]),
], [('NL102', 'n1'), ('NL102', 'n2')], [('NL102', 'n3')],
  "copy-forward: the ward note n2 keeps 'susp. LE' before the DT (still hedged in that note); n3 rules it out")

# 3
C("d51-v-barn-obs-appendicit-op-och-epikris", "vgr", P("2014-02-17", "053"), [
    N("n1", ME, "Akutanteckning", "v_barnakut_dsbus", "Maria Sundberg", L, "2024-03-09 19:15", OV, [
        ("Anamnes", "10-årig pojke med buksmärta sedan i morse, initialt runt naveln, nu i hö fossa. Kräkts två gånger, ingen diarré."),
        ("Status", "Ömhet och släppömhet över McBurneys punkt, Rovsing positiv. Temp 38,2."),
        ("Bedömning", "Obs appendicit."),
        ("Planering", "Fasta, dropp, UL buk ikväll. Barnkirurg tillfrågad."),
    ]),
    N("n2", ME, "Operationsberättelse", "v_barnkir_dsbus", "Henrik Dahl", L, "2024-03-10 01:30", SV, [
        ("Operationsfynd", "Flegmonös appendix utan perforation, lite serös vätska i lilla bäckenet."),
        ("Åtgärd", "Laparoskopisk appendektomi med tre portar. Blödning minimal."),
    ]),
    N("n3", ME, "Epikris", "v_barnkir_dsbus", "Henrik Dahl", L, "2024-03-11 14:00", SV, [
        ("Diagnos", "Akut appendicit utan perforation (K35.8)."),
        ("Epikris", "Opererad laparoskopiskt natten till 10/3. Okomplicerat förlopp, äter och är smärtlindrad på Alvedon. Föräldrarna informerade om operationsfyndet och har fått skriftliga råd om sårvård."),
    ]),
], [('NL102', 'n1')], [('NL102', 'n3')],
  "'Obs appendicit' (observation for = suspected) in a child's visible ED note; the operation note and epikris state it as confirmed")

# 4
C("d51-v-ms-i-tidiga-hypoteser-sen-bekraftad", "vgr", P("1996-07-08", "248"), [
    N("n1", ME, "Mottagningsanteckning", "v_neuro_su", "Anders Bergström", L, "2024-04-02 10:40", OV, [
        ("Anamnes", "28-årig kvinna med dimsyn hö öga och smärta vid ögonrörelser sedan en vecka. För två år sedan domningar i båda benen i en månad, gick över spontant."),
        ("Status", "Visus hö 0,3, vä 1,0. RAPD hö. Övrigt neurologstatus utan anmärkning."),
        ("Tidiga hypoteser", "Optikusneurit tillsammans med tidigare sensorisk episod inger stark misstanke om MS. Ej framfört till pat innan MR och likvor är klara."),
        ("Planering", "MR hjärna och halsrygg med kontrast, lumbalpunktion. Återbesök när svaren finns."),
    ]),
    N("n3", ME, "Sjuksköterskeanteckning", "v_neuro_su", "Hanna Persson", SSK, "2024-04-09 09:30", OV, [
        ("Åtgärd", "Lumbalpunktion utförd av dr Bergström, klar likvor, fyra rör till lab. Frågeställning MS enligt remissen. Pat vilar 30 min, inga besvär."),
    ]),
    N("n2", ME, "Mottagningsanteckning", "v_neuro_su", "Anders Bergström", L, "2024-04-23 13:15", OV, [
        ("Utredning", "MR visar flera periventrikulära och juxtakortikala lesioner samt en kontrastladdande lesion i halsmärgen. Oligoklonala band i likvor."),
        ("Bedömning", "McDonald-kriterierna uppfyllda, diagnosen skovvis förlöpande MS är ställd. Diagnosen meddelad pat idag, sambon var med."),
        ("Planering", "Remiss MS-sjuksköterska, diskussion om sjukdomsmodulerande behandling om två veckor."),
    ]),
], [('NL102', 'n3')], [('NL102', 'n1'), ('NL101', 'n1'), ('NL102', 'n2')],
  "VGR: the MS hypothesis and 'not told' sit under the sökord Tidiga hypoteser in n1, but the nurse's LP note quotes the referral question visibly; n2 states the confirmed, told diagnosis")

# 5
C("d51-s-huntington-tidiga-hypoteser-och-lacka-i-lakaranteckning", "skane", P("1987-09-30", "293"), [
    N("n1", ME, "Tidiga hypoteser", "s_neuro_lund", "Lena Mårtensson", L, "2024-05-13 14:20", OV, [
        ("Bedömning", "Choreatiska rörelser i händerna och personlighetsförändring enligt sambon. Fadern dog i Huntingtons sjukdom. Stark misstanke om HD. Pat ej informerad om misstanken, vill först träffa genetisk vägledare."),
    ]),
    N("n2", ME, "Läkaranteckning", "s_neuro_lund", "Lena Mårtensson", L, "2024-05-13 15:05", OV, [
        ("Planering", "Remiss till klinisk genetik för testning avseende misstänkt Huntingtons sjukdom. Pat har ännu inte fått höra om misstanken, samtal planeras efter genetisk vägledning."),
    ]),
    N("n3", ME, "Kuratorsanteckning", "s_neuro_lund", "Eva Strand", KUR, "2024-05-20 09:30", OV, [
        ("Samtal", "Samtal om oro för arbetet och ekonomin. Pat berättar att pappan var sjuk i många år innan han dog. Ny tid om två veckor."),
    ]),
], [('NL102', 'n2'), ('NL101', 'n2')], [('NL102', 'n1'), ('NL101', 'n1'), ('NL102', 'n3')],
  "Skåne: the Tidiga hypoteser note protects the HD hypothesis, but the ordinary note written the same day repeats it visibly and says the patient is not told")

# 6
C("d51-s-pankreas-dt-fynd-natt-besked-dagen-efter-pad", "skane", P("1950-03-26", "128"), [
    N("n1", ME, "Akutanteckning", "s_akut_kristianstad", "Fredrik Nyberg", L, "2024-06-04 23:20", OV, [
        ("Aktuellt", "74-årig kvinna med gulsot, klåda och viktnedgång 6 kg sedan mars."),
        ("Status", "Ikterisk, opåverkad. Buk mjuk, palpabel oöm gallblåsa."),
        ("Utredning", "Bilirubin 186, ALP 14. DT buk: 3,5 cm lågattenuerande process i pankreashuvudet med dilaterade gallvägar, misstänkt pankreascancer."),
        ("Bedömning", "Inläggning kirurgen för ERCP och stent. Pat ej informerad om DT-fyndet i natt, hon är trött och dottern kommer först i morgon; avdelningsläkaren tar samtalet."),
    ]),
    N("n2", ME, "Daganteckning", "s_kir_kristianstad", "Amira Saleh", L, "2024-06-05 13:10", SV, [
        ("Samtal", "Samtal med pat och dotter. Informerat om DT-bilden och att vi misstänker cancer i bukspottkörteln. Pat tog beskedet sansat och hade många frågor om behandling."),
        ("Planering", "ERCP med stent och EUS-biopsi fredag. SVF bukspottkörtel startat."),
    ]),
    N("n3", ME, "Kontaktsjuksköterskeanteckning", "s_kirmott_kristianstad", "Helena Rask", SSK, "2024-06-19 10:45", OV, [
        ("Telefonkontakt", "Ringt pat efter MDK. PAD från EUS-biopsin visar adenocarcinom, vilket dr Saleh meddelade pat igår. Pat vill ha stöd inför onkologbesöket, mina kontaktuppgifter lämnade."),
    ]),
], [("NL102", "n1"), ("NL101", "n1"), ("NL102", "n2")], [("NL101", "n2"), ("NL102", "n3"), ("NL101", "n3")],
  "suspected cancer withheld at night in the ED note (NL101+NL102), told next day while still hedged (NL102 only), confirmed and told by the contact nurse note")

# 7
C("d51-v-alzheimer-diagnossamtal-efter-kurator", "vgr", P("1946-12-02", "426"), [
    N("n1", ME, "Läkaranteckning", "v_geri_alingsas", "Per Alm", L, "2024-02-12 11:00", OV, [
        ("Utredning", "MMSE 22/30, klocktest med planeringssvårigheter. MR hjärna med bilateral hippocampusatrofi, Scheltens 3."),
        ("Bedömning", "Bilden talar för Alzheimers sjukdom. Pat har ännu inte fått ta del av bedömningen; diagnossamtal med maken närvarande 4/3."),
    ]),
    N("n2", ME, "Kuratorsanteckning", "v_geri_alingsas", "Sofia Nilsson", KUR, "2024-02-20 14:15", OV, [
        ("Telefonkontakt", "Samtal med maken som upplever ökad belastning hemma. Informerat om anhörigstöd och dagverksamhet i kommunen. Pat själv inte med i samtalet."),
    ]),
    N("n3", ME, "Läkaranteckning", "v_geri_alingsas", "Per Alm", L, "2024-03-04 10:30", OV, [
        ("Bedömning", "Diagnossamtal med pat och make. Diagnosen Alzheimers sjukdom i tidig fas meddelad och förklarad."),
        ("Åtgärd", "Insätter donepezil 5 mg x 1, uppföljning med EKG och telefonkontakt om sex veckor."),
    ]),
], [('NL102', 'n1'), ('NL101', 'n1')], [('NL102', 'n2'), ('NL102', 'n3'), ('NL101', 'n3')],
  "'talar för Alzheimers sjukdom' with the patient not yet told; the counsellor note has no diagnosis; the later note tells a confirmed diagnosis")

# 8
C("d51-s-pmo-dvt-remiss-akut-fragestallning-ul", "skane", P("1970-08-14", "384"), [
    N("n1", PMO, "Besöksanteckning", "s_vc_sorgenfri", "Birgitta Håkansson", L, "2024-03-18 10:30", OV, [
        ("Aktuellt", "Svullet och ömt vä underben sedan fyra dagar. Äter p-piller."),
        ("Bedömning", "Misstänkt DVT vä. Remitteras till akuten för ultraljud."),
    ]),
    N("n2", ME, "Akutanteckning", "s_akut_mas", "Daniel Wirén", L, "2024-03-18 14:45", OV, [
        ("Aktuellt", "Remitterad från vårdcentralen med frågeställning DVT vä ben. Wells 2."),
        ("Planering", "UL kärl ej tillgängligt ikväll, Fragmin ges och pat återkommer för UL i morgon kl 09."),
    ]),
    N("n3", ME, "Telefonanteckning", "s_akut_mas", "Linnea Sjöberg", SSK, "2024-03-19 15:20", OV, [
        ("Telefonkontakt", "Ringt pat. UL visade DVT i v. poplitea vä och dr Wirén har ordinerat Eliquis. Pat informerad och hämtar ut receptet idag."),
    ]),
], [('NL102', 'n2')], [('NL102', 'n1'), ('NL102', 'n3')],
  "the same DVT hypothesis in a PMO note (never shown) and in the Melior ED note (shown); the nurse's phone note reports a confirmed, told result")

# 9
C("d51-v-barn-bild-som-vid-leukemi-sen-all", "vgr", P("2018-04-11", "062"), [
    N("n1", ME, "Akutanteckning", "v_barnakut_dsbus", "Jenny Holm", L, "2024-09-02 17:40", OV, [
        ("Anamnes", "6-årig flicka med trötthet, blåmärken och feber i en vecka."),
        ("Utredning", "Hb 71, TPK 18, LPK 42 med blaster i manuell diff."),
        ("Bedömning", "Bild som vid akut leukemi. Föräldrarna informerade om misstanken och om att benmärgsprov tas i morgon. Inläggning barnonkologen."),
    ]),
    N("n2", ME, "Läkaranteckning", "v_barnonk_dsbus", "Magnus Lind", L, "2024-09-04 15:00", SV, [
        ("Utredning", "Benmärgsundersökning: B-ALL, bekräftad med flödescytometri."),
        ("Samtal", "Informationssamtal med föräldrarna, flickan med en stund och fick en förklaring anpassad efter ålder."),
        ("Planering", "Start induktion enligt ALLTogether på fredag."),
    ]),
    N("n3", ME, "Omvårdnadsanteckning", "v_barnonk_dsbus", "Tove Ek", SSK, "2024-09-05 06:50", SV, [
        ("Omvårdnad", "Sovit oroligt, mamma sover över. CVK inlagd igår, förbandet torrt och rent. Illamående efter cytostatika, fått Zofran med effekt."),
    ]),
], [('NL102', 'n1')], [('NL101', 'n1'), ('NL102', 'n2')],
  "child under 13: 'bild som vid akut leukemi' hedged and visible in the ED note, guardians told; the diagnosis is confirmed in the ward note")

# 10
C("d51-s-trolig-pyelonefrit-dd-kolecystit-epikris", "skane", P("1988-01-19", "184"), [
    N("n1", ME, "Inskrivningsanteckning", "s_med_ystad", "Erik Wallin", L, "2024-10-07 20:30", SV, [
        ("Status", "Temp 39,1, ömhet hö flank och under hö arcus. U-sticka nitrit pos, leukocyter 3+."),
        ("Bedömning", "Trolig pyelonefrit, DD kolecystit. Cefotaxim iv, UL buk i morgon."),
    ]),
    N("n3", ME, "Daganteckning", "s_med_ystad", "Erik Wallin", L, "2024-10-08 10:15", SV, [
        ("Aktuellt", "Inlagd igår kväll med feber och hö-sidig smärta, trolig pyelonefrit, DD kolecystit. Temp 38,2 i morse, mindre ont."),
        ("Planering", "UL buk kl 13, fortsatt Cefotaxim."),
    ]),
    N("n2", ME, "Epikris", "s_med_ystad", "Erik Wallin", L, "2024-10-10 12:00", SV, [
        ("Diagnos", "Akut pyelonefrit (N10.9)."),
        ("Epikris", "Inkom med feber och hö-sidig buk- och flanksmärta. UL buk utan gallsten eller kolecystit. Urinodling växt av E. coli. Behandlad med Cefotaxim, byte till Ciprofloxacin per os, totalt tio dagar."),
    ]),
], [('NL102', 'n1'), ('NL102', 'n3')], [('NL102', 'n2')],
  "hedge and DD in the admission note, copied forward into the next day's note before the UL; the epikris states the confirmed diagnosis and the excluded alternative")

# 11
C("d51-v-sarkoidos-epikris-misstankt-kvarstar", "vgr", P("1982-06-27", "319"), [
    N("n1", ME, "Daganteckning", "v_lungavd_su", "Ingrid Falk", L, "2024-05-06 11:20", SV, [
        ("Utredning", "DT thorax: symmetriskt förstorade bihilära lymfkörtlar, lungparenkymet utan anmärkning."),
        ("Planering", "Ev. EBUS på torsdag. ACE och kalcium kontrolleras."),
    ]),
    N("n2", ME, "Epikris", "v_lungavd_su", "Ingrid Falk", L, "2024-05-08 15:40", SV, [
        ("Diagnos", "Misstänkt sarkoidos, stadium I. Erythema nodosum."),
        ("Epikris", "Inlagd för utredning av torrhosta och smärtsamma röda knölar på underbenen. EBUS med biopsier utfört 7/5, svar inväntas. Pat har inte informerats om sarkoidosmisstanken, det tas vid återbesöket på lungmottagningen om tre veckor när PAD finns."),
    ]),
], [('NL102', 'n2'), ('NL101', 'n2')], [('NL102', 'n1')],
  "the ward note hedges only a plan ('ev. EBUS'); the epikris carries 'Misstänkt sarkoidos' as diagnosis and says the patient has not been told")

# 12
C("d51-s-scaphoideum-kan-ej-uteslutas-sen-mr-utesluter", "skane", P("1999-10-05", "335"), [
    N("n1", ME, "Akutanteckning", "s_akut_lund", "Viktor Engström", L, "2024-01-27 18:25", OV, [
        ("Aktuellt", "Föll på cykel på utsträckt hö hand."),
        ("Status", "Ömhet i fossa tabatière, smärta vid axial kompression av tummen."),
        ("Bedömning", "Rtg hö handled utan synlig fraktur. Scaphoideumfraktur kan ej uteslutas kliniskt, gipsskena och ny rtg om tio dagar."),
    ]),
    N("n2", ME, "Mottagningsanteckning", "s_ort_hlm", "Anna-Karin Berg", L, "2024-02-07 09:15", OV, [
        ("Utredning", "Ny rtg och MR hö handled: ingen fraktur, lätt benmärgsödem i radius distalt."),
        ("Bedömning", "Ingen scaphoideumfraktur. Distorsion hö handled, gipset avvecklas."),
    ]),
    N("n3", ME, "Fysioterapeutanteckning", "s_ort_hlm", "Jonas Persson", "fysioterapeut", "2024-02-12 13:00", OV, [
        ("Aktuellt", "Remitterad efter handledsdistorsion där scaphoideumfraktur uteslutits på MR."),
        ("Åtgärd", "Rörlighets- och greppträning, hemprogram med tre övningar. Uppföljning om tre veckor."),
    ]),
], [("NL102", "n1")], [("NL102", "n2"), ("NL102", "n3")],
  "'kan ej uteslutas' in the ED note; the later orthopaedic and physiotherapy notes carry only the ruled-out fracture")

# 13
C("d51-v-stroke-ssk-skriver-misstanke-lakare-bekraftar", "vgr", P("1955-09-18", "519"), [
    N("n1", ME, "Omvårdnadsanteckning", "v_akut_sas", "Petra Karlsson", SSK, "2024-01-22 07:40", OV, [
        ("Aktuellt", "Inkom med ambulans, hängande mungipa hö och sluddrigt tal sedan 06.30. Dr misstänker stroke, strokelarm aktiverat. NIHSS 6 enl dr."),
        ("Omvårdnad", "Två PVK, fastande, höjd huvudända 30 grader."),
    ]),
    N("n2", ME, "Läkaranteckning", "v_stroke_sas", "Ali Rahimi", L, "2024-01-22 11:30", SV, [
        ("Utredning", "DT och DT-angio: ocklusion i M2-gren vä. Trombolys given 07.58 utan komplikation."),
        ("Diagnos", "Ischemisk stroke vä hemisfär."),
        ("Åtgärd", "Pat och hustru informerade om diagnosen och fortsatt vård på strokeenheten."),
    ]),
    N("n3", ME, "Fysioterapeutanteckning", "v_stroke_sas", "Malin Ljung", "fysioterapeut", "2024-01-24 10:10", SV, [
        ("Aktuellt", "Pat med ischemisk stroke, kvarstående lätt pares hö arm."),
        ("Åtgärd", "Går med rollator i korridoren med tillsyn. Träningsprogram för hö arm genomgånget."),
    ]),
], [('NL102', 'n1')], [('NL102', 'n2')],
  "the nurse writes the physician's suspicion of stroke in a visible note; physician and physiotherapist notes carry the confirmed diagnosis")

# 14
C("d51-s-prostata-pad-ej-meddelad-till-aterbesok", "skane", P("1953-04-09", "235"), [
    N("n1", ME, "Läkaranteckning", "s_uro_mas", "Gustav Persson", L, "2024-02-19 13:30", OV, [
        ("Utredning", "PSA 14, MR prostata PI-RADS 5 i vä perifera zon. Transperineal biopsi utförd idag."),
        ("Bedömning", "Misstänkt prostatacancer. Pat informerad om misstanken och om svarstiden på ca två veckor."),
    ]),
    N("n2", ME, "Läkaranteckning", "s_uro_mas", "Gustav Persson", L, "2024-03-01 08:45", OV, [
        ("Provsvar", "PAD: adenocarcinom i prostata, Gleason 4+3, i 5 av 12 biopsier."),
        ("Planering", "Pat ej informerad ännu; besked vid återbesök 8/3 tillsammans med kontaktsjuksköterskan. Skelettscint beställd."),
    ]),
    N("n3", ME, "Kontaktsjuksköterskeanteckning", "s_uro_mas", "Elin Mattsson", SSK, "2024-03-08 11:30", OV, [
        ("Samtal", "Med vid återbesöket där dr Persson gav besked om prostatacancern. Pat och hustru fick skriftlig information om strålbehandling och operation som alternativ."),
    ]),
], [('NL102', 'n1'), ('NL101', 'n2')], [('NL102', 'n2'), ('NL101', 'n3')],
  "hedged and told (n1), confirmed but not yet told (n2, NL101 without NL102), confirmed and told by the contact nurse (n3)")

# 15
C("d51-s-bup-trolig-adhd-aterkoppling-foraldrar", "skane", P("2015-11-23", "071"), [
    N("n1", ME, "Nybesöksanteckning", "s_bup_mas", "Karolina Björk", L, "2024-02-05 09:00", OV, [
        ("Anamnes", "Remiss från elevhälsan pga koncentrationssvårigheter, impulsivitet och konflikter på rasterna. Mamma beskriver samma bild hemma sedan förskolan."),
        ("Bedömning", "Trolig ADHD, kombinerad form. Neuropsykiatrisk utredning startas."),
    ]),
    N("n2", ME, "Psykologanteckning", "s_bup_mas", "David Ström", "psykolog", "2024-03-11 13:00", OV, [
        ("Testning", "WISC-V genomförd under två tillfällen. Verbal förståelse inom medelområdet, arbetsminne och bearbetningshastighet klart under."),
    ]),
    N("n3", ME, "Läkaranteckning", "s_bup_mas", "Karolina Björk", L, "2024-04-15 10:00", OV, [
        ("Bedömning", "Utredningen klar. Diagnos: ADHD, kombinerad form."),
        ("Åtgärd", "Återgivning för föräldrarna och pojken genomförd. Läkemedelsbehandling diskuteras vid nästa besök."),
    ]),
], [('NL102', 'n1')], [('NL102', 'n3')],
  "Skåne BUP (child under 13): 'Trolig ADHD' in the new-visit note is visible; the psychologist's test note has no diagnosis; the diagnosis is later set and told")

# 16
C("d51-s-tidiga-hypoteser-som-sokord-skyddar-inte-i-skane", "skane", P("1975-02-14", "442"), [
    N("n1", ME, "Läkaranteckning", "s_hem_lund", "Mikael Sandberg", L, "2024-03-05 10:00", OV, [
        ("Anamnes", "Remiss från VC pga makrocytos och lätt trombocytopeni, trötthet sedan i höstas."),
        ("Tidiga hypoteser", "Möjligt myelodysplastiskt syndrom med tanke på MCV 108 och TPK 98. Ej diskuterat med pat."),
        ("Planering", "B12, folat, retikulocyter. Benmärgsprov."),
    ]),
    N("n2", ME, "Tidiga hypoteser", "s_hem_lund", "Mikael Sandberg", L, "2024-03-06 08:30", OV, [
        ("Bedömning", "Benmärgsprovet ska pröva hypotesen MDS; pat har inte informerats om den."),
    ]),
], [("NL102", "n1"), ("NL101", "n1")], [("NL102", "n2"), ("NL101", "n2")],
  "Skåne protects by template, not sökord: a 'Tidiga hypoteser' section inside a Läkaranteckning is visible; the proper Tidiga hypoteser note the day after is not")

# 17
C("d51-v-tidiga-hypoteser-som-mall-skyddar-inte-i-vgr", "vgr", P("1968-08-03", "575"), [
    N("n1", ME, "Tidiga hypoteser", "v_gastro_sas", "Lars Öberg", L, "2024-04-10 14:00", OV, [
        ("Bedömning", "Järnbristanemi och viktnedgång hos 55-årig man, koloncancer kan inte uteslutas. Koloskopi bokas. Pat ej informerad om cancermisstanken."),
    ]),
    N("n2", ME, "Läkaranteckning", "v_gastro_sas", "Lars Öberg", L, "2024-04-10 14:20", OV, [
        ("Aktuellt", "Järnbrist med Hb 98 och ferritin 6. Ingen synlig blödning."),
        ("Tidiga hypoteser", "Misstänkt kolorektal cancer tills motsatsen bevisats, ej framfört till pat."),
        ("Planering", "Koloskopi inom två veckor, Ferinject ges på dagvården."),
    ]),
], [('NL102', 'n1'), ('NL101', 'n1')], [('NL102', 'n2'), ('NL101', 'n2')],
  "VGR protects by sökord, not template: a note with template Tidiga hypoteser but sökord Bedömning is visible (hedge and 'not told'); the Tidiga hypoteser sökord in n2 is protected")

# 18
C("d51-s-psykakut-hypoman-fragetecken-sen-bipolar", "skane", P("1990-03-15", "553"), [
    N("n1", ME, "Akutanteckning", "s_psykakut_mas", "Nadia Karimi", L, "2024-08-17 02:15", OV, [
        ("Aktuellt", "Tre veckor med minskat sömnbehov, ökad energi, har köpt bil på impuls och startat två företag."),
        ("Bedömning", "Hypoman episod? Differentialdiagnos substansutlöst. Tox-screening skickad, pat går med på uppföljning på mottagningen."),
    ]),
    N("n2", ME, "Läkaranteckning", "s_psyk_lund", "Tobias Lund", L, "2024-09-02 14:30", OV, [
        ("Bedömning", "Tox-screening negativ. Anamnes på två tidigare depressioner. Diagnos: Bipolär sjukdom typ II, aktuellt hypoman episod."),
        ("Åtgärd", "Diagnosen genomgången med pat. Lamotrigin insätts med långsam upptrappning."),
    ]),
], [('NL102', 'n1')], [('NL102', 'n2')],
  "psychiatric emergency note with '?' and differentialdiagnos; the outpatient note gives the confirmed and communicated diagnosis")

# 19
C("d51-v-melanom-ssk-telefon-pad-ej-meddelad", "vgr", P("1968-05-29", "686"), [
    N("n1", ME, "Mottagningsanteckning", "v_hud_nu", "Cecilia Rydén", L, "2024-04-15 09:20", OV, [
        ("Status", "Pigmenterad förändring vä skuldra, asymmetrisk, 9 mm. Dermatoskopi: atypiskt nätverk och regressionsområden."),
        ("Bedömning", "Misstänkt malignt melanom, excideras idag med 2 mm marginal. Pat informerad om misstanken."),
    ]),
    N("n2", ME, "Telefonanteckning", "v_hud_nu", "Maja Lindgren", SSK, "2024-04-29 14:05", OV, [
        ("Telefonkontakt", "Pat ringer och frågar efter PAD-svaret. Svaret har kommit (malignt melanom, Breslow 0,9 mm) men dr Rydén vill ge beskedet själv. Pat ej informerad, dr ringer upp i morgon förmiddag."),
    ]),
    N("n3", ME, "Telefonanteckning", "v_hud_nu", "Cecilia Rydén", L, "2024-04-30 10:15", OV, [
        ("Telefonkontakt", "Ringt pat och gett besked om PAD: malignt melanom, T1b. Utvidgad excision och sentinel node planeras, remiss till plastikkirurgen skickad."),
    ]),
], [('NL102', 'n1'), ('NL101', 'n2')], [('NL102', 'n2'), ('NL101', 'n3')],
  "the nurse's phone note writes the melanoma PAD and that the patient is not told; the physician's call next day tells it")

# 20
C("d51-s-pmo-trol-hjartsvikt-kardiologmottagning-bekraftar", "skane", P("1944-10-12", "371"), [
    N("n1", PMO, "Besöksanteckning", "s_vc_klippan", "Ulf Brandt", L, "2024-05-21 15:10", OV, [
        ("Aktuellt", "Ansträngningsdyspné och bensvullnad sedan en månad."),
        ("Bedömning", "Trol hjärtsvikt, NT-proBNP 2400. Remiss kardiologen för eko, Furix 40 mg insatt."),
    ]),
    N("n2", ME, "Mottagningsanteckning", "s_kard_hbg", "Sanna Olsson", L, "2024-06-11 10:45", OV, [
        ("Utredning", "Eko: dilaterad vä kammare, EF 30 %, lätt mitralisinsufficiens."),
        ("Bedömning", "Hjärtsvikt med nedsatt ejektionsfraktion. Pat informerad om fynden och om behandlingsplanen."),
        ("Planering", "Titrering av Entresto och bisoprolol via hjärtsviktssjuksköterska."),
    ]),
    N("n3", ME, "Sjuksköterskeanteckning", "s_kard_hbg", "Emma Wallin", SSK, "2024-06-25 13:00", OV, [
        ("Telefonkontakt", "Ringt pat, vikt stabil 82 kg, BT 118/70. Höjer bisoprolol till 5 mg enl ordination."),
    ]),
], [], [('NL102', 'n1'), ('NL102', 'n2')],
  "'Trol hjärtsvikt' in a PMO note is never shown; the hospital notes carry only the confirmed heart failure")

# 21
C("d51-v-pneumoni-epikris-malignitet-kan-inte-uteslutas", "vgr", P("1949-01-25", "357"), [
    N("n1", ME, "Inskrivningsanteckning", "v_med5_skas", "Hanna Åberg", L, "2024-11-03 21:00", SV, [
        ("Status", "Temp 38,6, AF 22, krepitationer hö bas. CRP 210."),
        ("Bedömning", "Pneumoni hö underlob enl rtg. Inga tecken på sepsis. Bensylpenicillin iv."),
    ]),
    N("n2", ME, "Epikris", "v_med5_skas", "Hanna Åberg", L, "2024-11-08 12:30", SV, [
        ("Diagnos", "Pneumoni hö underlob."),
        ("Epikris", "God klinisk effekt av antibiotika men kvarstående infiltrat på kontrollröntgen. Hos en storrökare kan bakomliggande lungcancer inte uteslutas, DT thorax om sex veckor. Pat ej informerad om cancermisstanken, vill inte oroa honom innan DT är gjord."),
    ]),
], [('NL102', 'n2'), ('NL101', 'n2')], [('NL102', 'n1')],
  "the epikris adds a hedged underlying cancer to a confirmed pneumonia and says the patient is not told; the admission note negates sepsis only")

# 22
C("d51-s-barn-missankt-celiaki-typo-bekraftas", "skane", P("2016-06-06", "093"), [
    N("n1", ME, "Läkaranteckning", "s_barn_hbg", "Patrik Forsberg", L, "2024-02-26 14:00", OV, [
        ("Aktuellt", "7-årig pojke med magont, lös avföring och dålig viktuppgång sedan ett år."),
        ("Bedömning", "Missänkt celiaki, transglutaminas-IgA 120. Remiss gastroskopi med biopsier."),
    ]),
    N("n2", ME, "Läkaranteckning", "s_barn_hbg", "Patrik Forsberg", L, "2024-03-20 11:30", OV, [
        ("Bedömning", "Gastroskopi med totalvillusatrofi, Marsh 3c. Celiaki bekräftad."),
        ("Åtgärd", "Föräldrarna informerade om diagnosen och glutenfri kost. Remiss dietist."),
    ]),
    N("n3", ME, "Dietistanteckning", "s_barn_hbg", "Ida Sköld", "dietist", "2024-04-02 09:00", OV, [
        ("Åtgärd", "Genomgång av glutenfri kost med mamma och pojken, skolmatsedeln anpassas. Uppföljning om tre månader."),
    ]),
], [('NL102', 'n1')], [('NL102', 'n2')],
  "typo 'Missänkt' still hedges the coeliac diagnosis in a child's visible note; later notes confirm and tell")

# 23
C("d51-v-hiv-test-positivt-pat-nas-ej", "vgr", P("1994-09-09", "417"), [
    N("n1", ME, "Akutanteckning", "v_akut_su", "Erik Sjöstrand", L, "2024-06-01 23:10", OV, [
        ("Aktuellt", "Feber, halsont och utslag på bålen i fem dagar. Oskyddat samlag för tre veckor sedan."),
        ("Bedömning", "Akut HIV-infektion kan ej uteslutas, HIV-test taget med pat samtycke. Behandlas symtomatiskt, infektionsmottagningen kontaktar pat."),
    ]),
    N("n2", ME, "Mottagningsanteckning", "v_inf_ostra", "Sara Bäckström", L, "2024-06-05 16:00", OV, [
        ("Provsvar", "HIV Ag/Ak positivt, konfirmerat med HIV-1 RNA 850 000 kopior/ml."),
        ("Planering", "Pat ännu inte informerad, nås inte på telefon. Kallelse till besök 7/6 skickad."),
    ]),
    N("n3", ME, "Mottagningsanteckning", "v_inf_ostra", "Sara Bäckström", L, "2024-06-07 10:00", OV, [
        ("Bedömning", "Besked om HIV-infektion givet. Smittskyddsinformation och förhållningsregler genomgångna, kurator bokad."),
    ]),
], [('NL102', 'n1'), ('NL101', 'n2')], [('NL102', 'n2'), ('NL101', 'n3')],
  "HIV 'kan ej uteslutas' in the ED note; a confirmed positive result recorded while the patient could not be reached (NL101); told two days later")

# 24
C("d51-s-brostcancer-opdatum-ej-meddelat", "skane", P("1965-12-01", "506"), [
    N("n1", ME, "Läkaranteckning", "s_kirmott_kristianstad", "Julia Bengtsson", L, "2024-05-02 09:40", OV, [
        ("Diagnos", "Bröstcancer hö, duktal, 14 mm, ER+ HER2-."),
        ("Planering", "Pat informerad om PAD vid besöket idag. Sektorresektion och sentinel node. Op-datum inte bestämt och därför inte meddelat pat ännu."),
    ]),
    N("n2", ME, "Kontaktsjuksköterskeanteckning", "s_kirmott_kristianstad", "Anna Lövgren", SSK, "2024-05-07 13:20", OV, [
        ("Telefonkontakt", "Ringt pat och meddelat op-datum 28/5. Preoperativa instruktioner skickas hem."),
    ]),
], [], [('NL101', 'n1'), ('NL102', 'n1')],
  "what the patient has not been told is the operation date, not the diagnosis, which she was told: no NL101")

# 25
C("d51-v-lymfom-remissen-ej-meddelad", "vgr", P("1957-02-20", "634"), [
    N("n1", ME, "Mottagningsanteckning", "v_oron_su", "Karl Hedlund", L, "2024-09-03 10:10", OV, [
        ("Provsvar", "PAD från halskörteln: diffust storcelligt B-cellslymfom."),
        ("Bedömning", "Pat fick besked om lymfomet vid besöket idag och tog det lugnt."),
    ]),
    N("n2", ME, "Sjuksköterskeanteckning", "v_oron_su", "Lina Gustafsson", SSK, "2024-09-05 08:30", OV, [
        ("Åtgärd", "Remiss till hematologen avseende DLBCL skickad idag. Pat ännu inte informerad om att remissen gått iväg, ringer henne efter lunch."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
  "the diagnosis is named in the nurse's note, but what is not yet told is that the referral was sent: no NL101")

# 26
C("d51-s-gastroskopi-malignitet-kan-ej-uteslutas-pad-normal", "skane", P("1972-07-07", "218"), [
    N("n1", ME, "Endoskopianteckning", "s_gastro_lkr", "Mats Ivarsson", L, "2024-03-12 11:00", OV, [
        ("Fynd", "Oregelbundet 2 cm ulcus i antrum med upphöjda kanter."),
        ("Bedömning", "Malignitet kan ej uteslutas, biopsier tagna. PPI i dubbel dos. Pat informerad om såret men ännu inte om att det kan vara elakartat."),
    ]),
    N("n2", ME, "Läkaranteckning", "s_gastro_lkr", "Mats Ivarsson", L, "2024-03-22 08:15", OV, [
        ("Provsvar", "PAD: ingen dysplasi eller malignitet i något av de sex biopsierna."),
        ("Planering", "Pat ännu ej informerad om det lugnande svaret, brev skickas idag. Kontrollgastroskopi om åtta veckor."),
    ]),
], [('NL102', 'n1'), ('NL101', 'n1')], [('NL101', 'n2'), ('NL102', 'n2')],
  "the endoscopy note hedges malignancy and withholds it from the patient (NL101+NL102); the untold result in n2 is a normal PAD, so no NL101 there")

# 27
C("d51-v-als-pat-informerad-barnen-ej", "vgr", P("1961-03-03", "295"), [
    N("n1", ME, "Mottagningsanteckning", "v_neuro_su", "Elsa Norén", L, "2024-10-01 13:00", OV, [
        ("Status", "Fascikulationer i båda överarmarna och låren, atrofi av thenar hö, livliga reflexer."),
        ("Bedömning", "Misstänkt motorneuronsjukdom. EMG bokat om en vecka, pat vet att vi utreder en allvarlig nervsjukdom."),
    ]),
    N("n2", ME, "Mottagningsanteckning", "v_neuro_su", "Elsa Norén", L, "2024-10-15 14:30", OV, [
        ("Utredning", "EMG: utbredd akut och kronisk denervation i tre regioner. Gold Coast-kriterierna uppfyllda."),
        ("Bedömning", "Diagnosen ALS ställd och meddelad pat idag. Pat önskar att de vuxna barnen inte informeras förrän efter jul."),
    ]),
], [("NL102", "n1")], [("NL102", "n2"), ("NL101", "n2")],
  "the patient is told the ALS diagnosis; only the relatives are not yet told: no NL101 on n2")

# 28
C("d51-s-ungdomsmottagning-pmo-och-kvinnoklinik-salpingit", "skane", P("2006-05-18", "280"), [
    N("n1", PMO, "Besöksanteckning", "s_um_lund", "Therese Nord", "barnmorska", "2024-04-08 15:30", OV, [
        ("Aktuellt", "17-åring med flytningar och sveda sedan en vecka. Partner har positivt klamydiaprov."),
        ("Bedömning", "Trol klamydia, behandlas epidemiologiskt med doxycyklin. Smittspårning påbörjad."),
    ]),
    N("n2", ME, "Akutanteckning", "s_kvinno_ystad", "Hussein Ali", L, "2024-04-12 21:40", OV, [
        ("Status", "Temp 38,4. Portioförskjutningsömhet och ömhet över båda adnexa. CRP 74."),
        ("Bedömning", "Misstänkt salpingit. Inläggning för iv antibiotika, UL i morgon för att utesluta abscess."),
    ]),
    N("n3", ME, "Daganteckning", "s_kvinno_ystad", "Hussein Ali", L, "2024-04-13 10:30", SV, [
        ("Utredning", "Vaginalt UL: 4 cm tuboovarialabscess vä."),
        ("Bedömning", "Tuboovarialabscess som komplikation till salpingiten, fortsatt iv antibiotika. Pat talar dari och telefontolken bröts, ännu inte informerad om abscessen; tolk på plats kl 14."),
    ]),
], [('NL102', 'n2'), ('NL101', 'n3')], [('NL102', 'n1'), ('NL102', 'n3')],
  "a youth clinic's PMO note hedges chlamydia (never shown); the Melior ED note hedges salpingitis (shown); the next day a confirmed abscess is not yet told for lack of an interpreter")

# 29
C("d51-v-pneumoni-fragetecken-rtg-friar", "vgr", P("1983-12-12", "458"), [
    N("n1", ME, "Akutanteckning", "v_akut_mol", "Rebecka Holm", L, "2024-02-14 20:05", OV, [
        ("Bedömning", "Hosta, feber 38,9, krepitationer hö basalt. Pneumoni? Rtg pulm beställd."),
    ]),
    N("n2", ME, "Akutanteckning", "v_akut_mol", "Rebecka Holm", L, "2024-02-14 22:40", OV, [
        ("Bedömning", "Rtg pulm utan infiltrat. Viral luftvägsinfektion, hem med råd om vila och vätska."),
    ]),
], [("NL102", "n1")], [("NL102", "n2")],
  "a one-line ED note with 'Pneumoni?' and its continuation the same evening after a normal X-ray")

# 30
C("d51-s-talar-emot-appendicit-sen-atersokning", "skane", P("2001-08-29", "177"), [
    N("n1", ME, "Akutanteckning", "s_kirakut_lund", "Oskar Lindahl", L, "2024-07-03 16:00", OV, [
        ("Status", "Opåverkad, buken mjuk, diffus lätt ömhet utan släppömhet. CRP 8, LPK 7,1."),
        ("Bedömning", "Klinisk bild talar emot appendicit. Obstipation, Movicol och hem. Åter vid försämring."),
    ]),
    N("n2", ME, "Akutanteckning", "s_kirakut_lund", "Nora Eklund", L, "2024-07-06 03:20", OV, [
        ("Aktuellt", "Återkommer med tilltagande smärta nu lokaliserad till hö fossa och feber 38,3."),
        ("Bedömning", "Släppömhet hö fossa, CRP 96. Misstänkt appendicit trots bedömningen för tre dagar sedan, DT buk."),
    ]),
], [("NL102", "n2")], [("NL102", "n1")],
  "'talar emot appendicit' is a negation; the return visit three days later hedges the same diagnosis")
# ================================================================ cases 31-60

# 31
C("d51-v-endokardit-inskrivningstext-kopieras-efter-duke", "vgr", P("1966-02-08", "593"), [
    N("n1", ME, "Inskrivningsanteckning", "v_med_sas", "Johanna Ek", L, "2024-07-03 19:30", SV, [
        ("Aktuellt", "Feber sedan två veckor, nattsvettningar, nytillkommet systoliskt blåsljud. Tandextraktion i maj."),
        ("Bedömning", "Misstänkt endokardit. Blododlingar x 3, TEE beställt, avvaktar antibiotika tills odlingarna är tagna."),
    ]),
    N("n2", ME, "Daganteckning", "v_med_sas", "Johanna Ek", L, "2024-07-05 10:00", SV, [
        ("Utredning", "Blododlingar: S. aureus i 3 av 3 flaskor. TEE: 12 mm vegetation på främre mitralisseglet."),
        ("Bedömning", "Endokardit bekräftad enligt Duke-kriterierna. Kloxacillin iv, thoraxkirurgisk konsult."),
        ("Åtgärd", "Pat sover efter sederingen vid TEE och är ännu inte informerad om fyndet, tas på eftermiddagsronden."),
    ]),
    N("n3", ME, "Daganteckning", "v_med_sas", "Mattias Roos", L, "2024-07-07 09:40", SV, [
        ("Aktuellt", "Inlagd 3/7 med feber och misstänkt endokardit. Afebril sedan två dygn."),
        ("Planering", "Fortsatt Kloxacillin iv, kontrollodlingar måndag."),
    ]),
], [('NL102', 'n1'), ('NL102', 'n3'), ('NL101', 'n2')], [('NL102', 'n2')],
  "copy-forward: a day-5 note reuses 'misstänkt endokardit' from admission after n2 confirmed it (and recorded it as not yet told); in n3 the hedge stands alone")

# 32
C("d51-s-sab-fragestallning-i-kopierad-daganteckning", "skane", P("1972-10-16", "542"), [
    N("n1", ME, "Akutanteckning", "s_akut_lund", "Sofie Ahlgren", L, "2024-08-11 15:50", OV, [
        ("Aktuellt", "Plötslig svår huvudvärk vid träning kl 14, \"värsta i mitt liv\". Kräkts en gång."),
        ("Bedömning", "?SAB. DT hjärna akut, vid normal DT lumbalpunktion efter 12 h."),
    ]),
    N("n2", ME, "Läkaranteckning", "s_neuroavd_lund", "Per Axelsson", L, "2024-08-12 08:30", SV, [
        ("Utredning", "DT hjärna utan blödning. LP i natt: inga erytrocyter efter tredje rör, ingen xantokromi."),
        ("Bedömning", "SAB utesluten. Sannolikt primär ansträngningsutlöst huvudvärk."),
    ]),
    N("n3", ME, "Daganteckning", "s_neuroavd_lund", "Karin Lindholm", L, "2024-08-13 09:10", SV, [
        ("Aktuellt", "52-årig kvinna inlagd med åskknallshuvudvärk, frågeställning SAB. Mår bättre, huvudvärk VAS 2."),
        ("Planering", "Hem idag. Återbesök neurologmottagningen om sex veckor."),
    ]),
], [("NL102", "n1"), ("NL102", "n2"), ("NL102", "n3")], [],
  "copy-forward of the admission reason 'frågeställning SAB' into a day note after SAB was ruled out in n2 (which hedges a new diagnosis); n3 itself does not resolve it")

# 33
C("d51-v-ssk-misstankt-uvi-odling-negativ", "vgr", P("1938-06-21", "722"), [
    N("n1", ME, "Omvårdnadsanteckning", "v_geri_alingsas", "Åsa Berg", SSK, "2024-03-14 21:30", SV, [
        ("Omvårdnad", "Pat klagar på sveda vid miktion och täta trängningar ikväll. Misstänkt UVI, urinodling skickad enligt ordination från jourläkaren."),
    ]),
    N("n2", ME, "Omvårdnadsanteckning", "v_geri_alingsas", "Åsa Berg", SSK, "2024-03-16 14:00", SV, [
        ("Omvårdnad", "Urinodlingen utan växt. Svedan avklingat efter ökat vätskeintag, dricker 1,5 liter per dygn."),
    ]),
], [("NL102", "n1")], [("NL102", "n2")],
  "a nurse's evening note with a hedged UTI is visible like any other; her follow-up note has only a negative culture")

# 34
C("d51-s-mvc-pmo-misstankt-preeklampsi-forlossning-melior", "skane", P("1993-02-27", "206"), [
    N("n1", PMO, "Besöksanteckning", "s_mvc_trbg", "Lotta Sjögren", "barnmorska", "2024-10-14 09:15", OV, [
        ("Aktuellt", "Graviditetsvecka 36+1. BT 152/102 vid två mätningar, proteinuri 2+, huvudvärk sedan i går."),
        ("Bedömning", "Misstänkt preeklampsi, telefonkontakt med förlossningen och pat åker in direkt."),
    ]),
    N("n2", ME, "Inskrivningsanteckning", "s_forl_lund", "Rasmus Kjellberg", L, "2024-10-14 11:30", SV, [
        ("Bedömning", "Preeklampsi utan svåra symtom i v 36+1, protein/kreatininkvot 60. Labetalol och inläggning för övervakning."),
    ]),
    N("n3", ME, "Epikris", "s_forl_lund", "Rasmus Kjellberg", L, "2024-10-19 12:00", SV, [
        ("Epikris", "Förlöst med akut snitt i v 36+4 pga stigande blodtryck trots behandling. HELLP utvecklades inte. Mor och barn mår bra, BT-kontroll på MVC om en vecka."),
    ]),
], [], [('NL102', 'n1'), ('NL102', 'n2')],
  "the hedged pre-eclampsia sits only in the midwife's PMO note; the hospital notes state it as diagnosis and an absent complication")

# 35
C("d51-v-ovarialcancer-fryssnitt-postop-ej-informerad", "vgr", P("1959-11-04", "806"), [
    N("n1", ME, "Mottagningsanteckning", "v_gyn_ostra", "Kristina Wahl", L, "2024-01-09 10:00", OV, [
        ("Utredning", "Vaginalt UL: 8 cm multiokulär cysta med solida partier vä adnex, ascites. CA-125 480."),
        ("Bedömning", "Inger misstanke om ovarialcancer. Pat informerad om misstanken och om att operation planeras inom två veckor."),
    ]),
    N("n2", ME, "Operationsberättelse", "v_gynavd_ostra", "Kristina Wahl", L, "2024-01-23 13:00", SV, [
        ("Operationsfynd", "Tumör vä ovarium med kapselgenombrott, peritoneala implantat i fossa Douglasi."),
        ("Åtgärd", "Fryssnitt: höggradig serös cancer. Hysterektomi, bilateral salpingooforektomi, omentektomi."),
    ]),
    N("n3", ME, "Postoperativ anteckning", "v_gynavd_ostra", "Kristina Wahl", L, "2024-01-23 18:20", SV, [
        ("Bedömning", "Postop dag 0, stabil. Pat ännu inte informerad om fryssnittet med höggradig serös ovarialcancer, samtal i morgon när hon är mer vaken."),
    ]),
    N("n4", ME, "Daganteckning", "v_gynavd_ostra", "Kristina Wahl", L, "2024-01-24 11:15", SV, [
        ("Samtal", "Samtal med pat och make om operationsfyndet och cancerdiagnosen. Slutligt PAD och onkologremiss gås igenom vid återbesöket."),
    ]),
], [("NL102", "n1"), ("NL101", "n3")], [("NL101", "n1"), ("NL102", "n2"), ("NL102", "n3"), ("NL101", "n4")],
  "four notes: hedged and told, frozen section in the operation note, postoperative note with the cancer not yet told (NL101), told next day")

# 36
C("d51-s-hemsjukvard-pmo-trol-uvi-akut-urosepsis", "skane", P("1935-09-13", "184"), [
    N("n1", PMO, "Omvårdnadsanteckning", "s_hsv_hoor", "Gunilla Persson", SSK, "2024-02-02 10:30", OV, [
        ("Aktuellt", "Förvirrad sedan igår enligt hemtjänsten, temp 38,7. Trol UVI, urinsticka nitrit pos. Kontakt med VC-läkare som skickar pat till akuten."),
    ]),
    N("n2", ME, "Akutanteckning", "s_akut_lund", "Anton Blom", L, "2024-02-02 13:15", OV, [
        ("Status", "BT 95/55, puls 112, AF 24. Desorienterad till tid och rum."),
        ("Bedömning", "Misstänkt urosepsis. Blododlingar, Cefotaxim iv, vätska. Inläggning geriatriken."),
    ]),
    N("n3", ME, "Epikris", "s_geri_trbg", "Marie Ohlsson", L, "2024-02-09 11:00", SV, [
        ("Diagnos", "Urosepsis orsakad av E. coli. Akut konfusion."),
        ("Epikris", "Blododling och urinodling med växt av E. coli. Klart förbättrad, orienterad vid utskrivning. Hem med utökad hemtjänst."),
    ]),
], [('NL102', 'n2')], [('NL102', 'n1')],
  "home-care PMO note with 'Trol UVI' (not shown), hospital ED note hedging urosepsis (shown), geriatric epikris with the confirmed diagnosis")

# 37
C("d51-v-kan-rora-sig-om-polymyalgi-prednisolon", "vgr", P("1951-04-30", "649"), [
    N("n1", ME, "Mottagningsanteckning", "v_reuma_mol", "Björn Hallin", L, "2024-05-27 13:40", OV, [
        ("Anamnes", "Sex veckors morgonstelhet i skuldror och höfter, svårt att ta på sig kappan. SR 64."),
        ("Bedömning", "Kan röra sig om polymyalgia reumatika. Prednisolon 15 mg provas, utvärdering om en vecka."),
    ]),
    N("n2", ME, "Telefonanteckning", "v_reuma_mol", "Björn Hallin", L, "2024-06-03 09:20", OV, [
        ("Telefonkontakt", "Påtaglig förbättring redan efter två dygn, SR 18. Polymyalgia reumatika, nedtrappning enligt schema. Pat informerad om benskydd med kalcium och D-vitamin."),
    ]),
], [('NL102', 'n1')], [('NL102', 'n2')],
  "'Kan röra sig om' hedges PMR in the first visit; the phone note after steroid response states it")

# 38
C("d51-s-oklart-om-epilepsi-eller-konvulsiv-synkope", "skane", P("1997-01-11", "453"), [
    N("n1", ME, "Akutanteckning", "s_akut_ystad", "Leo Johansson", L, "2024-06-22 04:10", OV, [
        ("Aktuellt", "Medvetslös i ca en minut på nattklubb, kamrat såg ryckningar i armarna. Ingen tungbett, ingen urinavgång."),
        ("Bedömning", "Oklart om det rör sig om ett epileptiskt anfall eller en konvulsiv synkope. EEG och neurologremiss, körförbud tills vidare."),
    ]),
    N("n2", ME, "Mottagningsanteckning", "s_neuro_lund", "Hanna Wikström", L, "2024-07-30 10:30", OV, [
        ("Utredning", "EEG med epileptiform aktivitet temporalt vä. MR hjärna normal."),
        ("Bedömning", "Fokal epilepsi med bilateral tonisk-klonisk spridning. Pat informerad om diagnosen och om körkortsreglerna, Lamotrigin insätts."),
    ]),
], [('NL102', 'n1')], [('NL102', 'n2')],
  "'Oklart om ... epileptiskt anfall eller ... synkope' is a hedge on two diagnoses; the neurology note settles and tells it")

# 39
C("d51-v-bild-som-vid-viral-meningit-utkast", "vgr", P("2003-03-19", "377"), [
    N("n1", ME, "Akutanteckning", "v_akut_nu", "Elin Carlsson", L, "2024-08-05 22:45", OV, [
        ("Status", "Nackstel, ljuskänslig, temp 38,9. Ingen petekier, GCS 15."),
        ("Bedömning", "LP: 180 mononukleära celler, normalt glukos och laktat. Bild som vid viral meningit, Aciklovir i väntan på PCR."),
    ]),
    N("n3", ME, "Omvårdnadsanteckning", "v_inf_nu", "Amina Yusuf", SSK, "2024-08-06 07:00", SV, [
        ("Omvårdnad", "Inlagd under natten med misstänkt viral meningit, ligger i mörkt enkelrum. Huvudvärk VAS 6, fått Oxynorm 5 mg med viss effekt."),
    ]),
    N("n2", ME, "Daganteckning", "v_inf_nu", "Johan Andersson", L, "2024-08-07 10:00", SV, [
        ("Utredning", "Likvor enterovirus-PCR positiv, HSV negativ."),
        ("Bedömning", "Enteroviral meningit. Aciklovir seponeras, pat mår bättre och kan gå hem i morgon."),
    ], signed=None),
], [('NL102', 'n1'), ('NL102', 'n3')], [('NL102', 'n2')],
  "'Bild som vid viral meningit' in the ED note and 'misstänkt viral meningit' in the nurse's night note; the unsigned draft of the ward note states the confirmed enteroviral meningitis")

# 40
C("d51-s-njursvikt-trolig-diabetesnefropati-inget-om-information", "skane", P("1958-12-24", "395"), [
    N("n1", ME, "Mottagningsanteckning", "s_njur_lund", "Ahmad Nouri", L, "2024-09-16 14:00", OV, [
        ("Aktuellt", "Remiss pga sjunkande eGFR, nu 38, och albuminuri 180 mg/mmol. Typ 2-diabetes i 20 år, retinopati."),
        ("Bedömning", "Kronisk njursjukdom stadium 3b, trolig diabetesnefropati. Njurbiopsi bedöms inte indicerad."),
        ("Planering", "Dapagliflozin insätts, BT-mål under 130/80. Ny kontroll om tre månader."),
    ]),
    N("n2", ME, "Sjuksköterskeanteckning", "s_njur_lund", "Marie Lund", SSK, "2024-12-16 09:30", OV, [
        ("Aktuellt", "Provtagning inför läkarbesöket: kreatinin 152, kalium 4,6. Vikt 94 kg."),
    ]),
], [('NL102', 'n1')], [('NL101', 'n1')],
  "confirmed CKD with a hedged cause ('trolig diabetesnefropati'); nothing is said about telling, so no NL101")

# 41
C("d51-v-lungcancer-ssk-far-inte-informera-om-pad", "vgr", P("1954-07-15", "731"), [
    N("n1", ME, "Mottagningsanteckning", "v_lung_su", "Gunnar Ekdahl", L, "2024-08-01 09:00", OV, [
        ("Utredning", "DT thorax: 4 cm spikulerad tumör i hö ovanlob, förstorade körtlar i station 4R och 7."),
        ("Bedömning", "Stark misstanke om lungcancer. Pat informerad om misstanken och om att utredning enligt standardiserat vårdförlopp startar."),
    ]),
    N("n2", ME, "Kontaktsjuksköterskeanteckning", "v_lung_su", "Karin Mellberg", SSK, "2024-08-05 11:30", OV, [
        ("Telefonkontakt", "Pat orolig inför bronkoskopin på torsdag. Gått igenom fasta, lugnande premedicinering och att han inte får köra bil efteråt."),
    ]),
    N("n3", ME, "Omvårdnadsanteckning", "v_lungavd_su", "Sanna Bergqvist", SSK, "2024-08-12 16:40", SV, [
        ("Omvårdnad", "Pat frågar om provsvaren från bronkoskopin. PAD visar adenocarcinom med EGFR-mutation, men dr Ekdahl har bett oss att inte informera pat om det förrän vid läkarsamtalet på onsdag."),
    ]),
], [('NL102', 'n1'), ('NL101', 'n3')], [('NL102', 'n3')],
  "a ward nurse writes the PAD and that the doctor asked staff not to tell the patient yet: NL101 on her note; the contact nurse note has no diagnosis")

# 42
C("d51-s-pmo-bara-misstankt-hypotyreos-sedan-bekraftad", "skane", P("1980-04-04", "626"), [
    N("n1", PMO, "Besöksanteckning", "s_vc_simrishamn", "Kajsa Mörner", L, "2024-01-16 09:45", OV, [
        ("Bedömning", "Trötthet, frusenhet och viktuppgång. Misstänkt hypotyreos, TSH och fritt T4 tas."),
    ]),
    N("n2", PMO, "Telefonanteckning", "s_vc_simrishamn", "Kajsa Mörner", L, "2024-01-19 13:10", OV, [
        ("Telefonkontakt", "TSH 12, fritt T4 lågt, TPO-antikroppar förhöjda. Hypotyreos, Levaxin 50 mikrogram insätts. Pat informerad."),
    ]),
], [], [("NL102", "n1"), ("NL102", "n2")],
  "a record of two PMO notes: PMO never shows diagnoses, so the suspected hypothyroidism is no NL102")

# 43
C("d51-v-eventuell-gikt-ledpunktion-uratkristaller", "vgr", P("1970-10-10", "850"), [
    N("n1", ME, "Akutanteckning", "v_akut_skas", "Stina Malm", L, "2024-04-21 08:30", OV, [
        ("Status", "Rodnad, svullen och extremt öm hö stortåled. Temp 37,6."),
        ("Bedömning", "Eventuell gikt, urat 520. Ledpunktion på ortopeden idag, Naproxen under tiden."),
    ]),
    N("n2", ME, "Mottagningsanteckning", "v_ort_kungalv", "Olof Runeberg", L, "2024-04-21 13:45", OV, [
        ("Utredning", "Ledpunktion hö MTP I: grumlig vätska med negativt dubbelbrytande uratkristaller, odling tagen."),
        ("Bedömning", "Akut giktartrit. Pat informerad, allopurinol diskuteras när attacken lagt sig."),
    ]),
], [('NL102', 'n1')], [('NL102', 'n2')],
  "'Eventuell gikt' in the ED note; the joint aspiration the same day confirms it")

# 44
C("d51-s-sannolkit-erysipelas-typo-trolig-hemgang", "skane", P("1962-08-22", "510"), [
    N("n1", ME, "Akutanteckning", "s_akut_hbg", "Pernilla Sund", L, "2024-07-19 11:20", OV, [
        ("Status", "Skarpt avgränsad rodnad och värmeökning vä underben, temp 38,8. Fotsvamp mellan tårna."),
        ("Bedömning", "Sannolkit erysipelas. Bensylpenicillin iv, inläggning."),
    ]),
    N("n2", ME, "Daganteckning", "s_med_hbg", "Reza Tavakoli", L, "2024-07-21 10:30", SV, [
        ("Bedömning", "Erysipelas vä underben med god effekt av penicillin, rodnaden vikande. Möjligen lätt feber i natt enligt pat."),
        ("Planering", "Trolig hemgång i morgon på Kåvepenin. Ev. kontroll på VC om en vecka."),
    ]),
], [("NL102", "n1")], [("NL102", "n2")],
  "typo 'Sannolkit' still hedges erysipelas; the ward note hedges only a symptom and plans ('möjligen lätt feber', 'trolig hemgång', 'ev. kontroll')")

# 45
C("d51-v-tungcancer-pad-pat-ej-infomerad-typo", "vgr", P("1956-05-05", "677"), [
    N("n1", ME, "Mottagningsanteckning", "v_oron_su", "Fredrik Sand", L, "2024-09-23 10:45", OV, [
        ("Status", "3 cm hårt sår i vä tungkant, palpabel körtel i regio II vä."),
        ("Bedömning", "Misstänkt tungcancer, biopsi tagen idag. Pat informerad om att vi utreder cancer."),
    ]),
    N("n2", ME, "Läkaranteckning", "v_oron_su", "Fredrik Sand", L, "2024-09-30 15:30", OV, [
        ("Provsvar", "PAD: högt differentierad skivepitelcancer i tungan."),
        ("Planering", "Pat ej infomerad om PAD, besked vid besöket 2/10. MDK-anmälan gjord."),
    ]),
    N("n3", ME, "Mottagningsanteckning", "v_oron_su", "Fredrik Sand", L, "2024-10-02 09:30", OV, [
        ("Samtal", "Beskedet om skivepitelcancer i tungan lämnat till pat och sonen. Strålbehandling och operation diskuterade."),
    ]),
], [('NL102', 'n1'), ('NL101', 'n2')], [('NL102', 'n2'), ('NL101', 'n3')],
  "typo 'infomerad' in 'Pat ej infomerad om PAD' still says the confirmed tongue cancer is not yet told")

# 46
C("d51-s-hartmann-om-feber-postoperativ-abscess-villkor", "skane", P("1948-06-01", "415"), [
    N("n1", ME, "Operationsberättelse", "s_kir_kristianstad", "Jesper Holmgren", L, "2024-11-11 03:00", SV, [
        ("Operationsfynd", "Perforerad sigmoideumdivertikulit med purulent peritonit, Hinchey III."),
        ("Åtgärd", "Hartmanns operation, bukspolning, två dränage."),
    ]),
    N("n2", ME, "Epikris", "s_kir_kristianstad", "Jesper Holmgren", L, "2024-11-19 13:00", SV, [
        ("Diagnos", "Perforerad divertikulit i colon sigmoideum (K57.2)."),
        ("Epikris", "Opererad akut med Hartmanns procedur. Stomin fungerar, stomiterapeut har undervisat pat."),
        ("Planering", "Om feber eller tilltagande buksmärta efter hemgång kan en postoperativ abscess behöva uteslutas, sök då akut. Återbesök om åtta veckor."),
    ]),
], [], [('NL102', 'n2')],
  "the epikris mentions a possible abscess only as a conditional safety-net instruction; the diagnoses are confirmed")

# 47
C("d51-v-temporalisarterit-konsultsvar-avfor", "vgr", P("1947-03-08", "742"), [
    N("n1", ME, "Daganteckning", "v_med_sas", "Anneli Roos", L, "2024-02-15 11:00", SV, [
        ("Bedömning", "Tinningshuvudvärk, käkclaudicatio och SR 88. Misstänkt temporalisarterit, Prednisolon 40 mg insatt. Remiss ögonkonsult och temporalisbiopsi."),
    ]),
    N("n4", ME, "Omvårdnadsanteckning", "v_med_sas", "Rut Eliasson", SSK, "2024-02-16 08:20", SV, [
        ("Omvårdnad", "Pat med misstänkt temporalisarterit, Prednisolon 40 mg givet kl 08. Huvudvärken något lindrigare. P-glukos 9,8 efter frukost, meddelat dr."),
    ]),
    N("n2", ME, "Konsultationssvar", "v_karl_sas", "Mona Jansson", L, "2024-02-20 14:00", OV, [
        ("Konsultationssvar", "Temporalisbiopsi 2,5 cm: ingen arterit, inga jätteceller. UL av temporalisartärerna utan halo."),
    ]),
    N("n3", ME, "Daganteckning", "v_med_sas", "Anneli Roos", L, "2024-02-21 09:30", SV, [
        ("Bedömning", "Temporalisarterit avförd efter biopsi och UL. Spänningshuvudvärk, Prednisolon trappas ut. Pat informerad."),
    ]),
], [('NL102', 'n1'), ('NL102', 'n4')], [('NL102', 'n2'), ('NL102', 'n3')],
  "suspected giant-cell arteritis in the physician's and the nurse's notes, ruled out by a reply note and then 'avförd' in the ward note")

# 48
C("d51-s-kurator-pat-vet-inte-om-misstankt-ftd", "skane", P("1960-09-26", "637"), [
    N("n1", ME, "Tidiga hypoteser", "s_minne_lkr", "Ingela Dahlberg", L, "2024-03-18 15:00", OV, [
        ("Bedömning", "Personlighetsförändring, disinhibition och språkstörning. Misstänkt frontotemporal demens. Pat har nedsatt insikt och har inte informerats, hustrun informerad."),
    ]),
    N("n2", ME, "Kuratorsanteckning", "s_minne_lkr", "Tomas Hellström", KUR, "2024-03-25 13:30", OV, [
        ("Samtal", "Samtal med hustrun. Pat vet ännu inte att läkarna misstänker frontotemporal demens; hustrun har fått veta av utredande läkare och bär på det ensam."),
        ("Åtgärd", "Informerat om anhörigcentralen. Ny tid om tre veckor."),
    ]),
    N("n3", ME, "Läkaranteckning", "s_minne_lkr", "Ingela Dahlberg", L, "2024-04-22 10:00", OV, [
        ("Bedömning", "PET visar frontal hypometabolism. Diagnos: beteendevariant av frontotemporal demens. Diagnosen meddelad pat och hustru vid dagens besök."),
    ]),
], [("NL102", "n2"), ("NL101", "n2")], [("NL102", "n1"), ("NL101", "n1"), ("NL102", "n3"), ("NL101", "n3")],
  "the physician's hypothesis is protected in Tidiga hypoteser, but the counsellor writes it visibly and that the patient does not know (only the wife does)")

# 49
C("d51-v-levermetastaser-ssk-hanvisar-till-lakare", "vgr", P("1963-01-30", "555"), [
    N("n1", ME, "Läkaranteckning", "v_onk_su", "Maria Ståhl", L, "2024-11-15 16:00", OV, [
        ("Aktuellt", "Koloncancer opererad 2023, adjuvant behandlad. Kontroll-DT."),
        ("Utredning", "PET-DT: tre nytillkomna levermetastaser, största 3 cm."),
        ("Planering", "Pat ej informerad, resultatet tas vid besöket på tisdag. MDK lever anmäld."),
    ]),
    N("n2", ME, "Telefonanteckning", "v_onk_su", "Louise Nyström", SSK, "2024-11-18 10:20", OV, [
        ("Telefonkontakt", "Pat ringer och frågar om röntgensvaret. Förklarat att läkaren går igenom svaret vid besöket i morgon, pat nöjd med det."),
    ]),
    N("n3", ME, "Mottagningsanteckning", "v_onk_su", "Maria Ståhl", L, "2024-11-19 13:30", OV, [
        ("Bedömning", "Meddelat pat och dotter att cancern har återkommit med spridning till levern. Leverkirurgisk bedömning efter MDK."),
    ]),
], [("NL101", "n1")], [("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2"), ("NL101", "n3"), ("NL102", "n3")],
  "PET finding of liver metastases not yet told (NL101); the nurse's phone note withholds the answer without naming a diagnosis")

# 50
C("d51-s-missed-abortion-ultraljud-barnmorska-lakare-informerar", "skane", P("1991-10-21", "448"), [
    N("n1", ME, "Ultraljudsanteckning", "s_kvinno_ystad", "Josefin Lagerlöf", "barnmorska", "2024-05-06 09:10", OV, [
        ("Fynd", "Intrauterin gestationssäck med embryo, CRL motsvarar v 8+1, hjärtaktivitet saknas."),
        ("Bedömning", "Fynden talar för missed abortion. Pat ej informerad om fyndet ännu, läkare tillkallas och tar samtalet direkt."),
    ]),
    N("n2", ME, "Läkaranteckning", "s_kvinno_ystad", "Niklas Hammar", L, "2024-05-06 09:40", OV, [
        ("Bedömning", "Bekräftat missed abortion vid förnyat UL. Informerat pat och partner, de tar det tungt."),
        ("Planering", "Medicinsk behandling med mifepriston och misoprostol valdes. Kuratorskontakt erbjuden."),
    ]),
], [("NL102", "n1"), ("NL101", "n1")], [("NL102", "n2"), ("NL101", "n2")],
  "the midwife's ultrasound note hedges missed abortion and says the patient is not yet told; half an hour later the physician confirms and tells")

# 51
C("d51-v-psykos-misstankt-schizofreni-ej-framfort", "vgr", P("2000-12-07", "473"), [
    N("n1", ME, "Läkaranteckning", "v_psyk_ostra", "Jakob Wernersson", L, "2024-02-19 14:00", SV, [
        ("Aktuellt", "Sex månaders tillbakadragande, hör röster som kommenterar, tror att grannarna avlyssnar lägenheten."),
        ("Bedömning", "Misstänkt schizofreni, differentialdiagnos substansutlöst psykos. Pat ej informerad om misstanken, han är misstänksam och inte mottaglig just nu."),
    ]),
    N("n2", ME, "Läkaranteckning", "v_psyk_ostra", "Jakob Wernersson", L, "2024-04-08 11:00", OV, [
        ("Bedömning", "Negativa drogprover under hela vårdtiden, symtom i över sex månader. Diagnosen schizofreni förklarad för pat och mamma, pat accepterar fortsatt behandling med aripiprazol."),
    ]),
], [("NL102", "n1"), ("NL101", "n1")], [("NL102", "n2"), ("NL101", "n2")],
  "a hedged psychosis diagnosis written visibly while the patient is not told; later confirmed and explained")

# 52
C("d51-s-patologisk-fraktur-metastas-ej-berattat", "skane", P("1952-11-17", "250"), [
    N("n1", ME, "Akutanteckning", "s_akut_mas", "Camilla Lindén", L, "2024-04-04 20:30", OV, [
        ("Aktuellt", "Ont i vä överarm efter att ha lyft en kasse."),
        ("Utredning", "Rtg vä humerus: tvärfraktur genom en lytisk förändring i diafysen."),
        ("Bedömning", "Patologisk fraktur, misstänkt skelettmetastas. Har inte berättat om misstanken för pat ännu, ortopeden tar över i morgon."),
    ]),
    N("n2", ME, "Daganteckning", "s_ort_hlm", "Magnus Friberg", L, "2024-04-05 11:00", SV, [
        ("Samtal", "Samtal med pat om röntgenfyndet och att förändringen i benet troligen är en metastas. DT thorax-buk och biopsi planeras."),
    ]),
    N("n3", ME, "Läkaranteckning", "s_ort_hlm", "Magnus Friberg", L, "2024-04-12 14:20", SV, [
        ("Bedömning", "PAD: metastas av klarcellig njurcancer, DT visar 7 cm tumör vä njure. Besked givet till pat och sambo, onkologremiss skickad."),
    ]),
], [("NL102", "n1"), ("NL101", "n1"), ("NL102", "n2")], [("NL101", "n2"), ("NL102", "n3"), ("NL101", "n3")],
  "'Har inte berättat om misstanken' with a visible suspected metastasis (n1); told but still hedged (n2); confirmed and told (n3)")

# 53
C("d51-v-ingen-missanke-om-malignitet-typo-negation", "vgr", P("1985-06-13", "682"), [
    N("n1", ME, "Mottagningsanteckning", "v_kirmott_nu", "Helena Nordin", L, "2024-03-27 10:30", OV, [
        ("Utredning", "Mammografi och UL vä bröst: 18 mm enkel cysta vid kl 2, inga solida inslag."),
        ("Bedömning", "Ingen missanke om malignitet. Cystan punkteras vid behov om den ömmar."),
    ]),
    N("n2", ME, "Telefonanteckning", "v_kirmott_nu", "Moa Sjöholm", SSK, "2024-04-10 11:40", OV, [
        ("Telefonkontakt", "Pat ringer, knölen ömmar fortfarande. Tid för punktion bokad 17/4."),
    ]),
], [], [("NL102", "n1"), ("NL102", "n2")],
  "typo 'Ingen missanke om malignitet' is still a negation; no hedged diagnosis in either note")

# 54
C("d51-s-epikris-misstanke-om-infarkt-bekraftades", "skane", P("1959-07-02", "338"), [
    N("n1", ME, "Akutanteckning", "s_akut_hbg", "Mohammed Yusuf", L, "2024-09-09 06:30", OV, [
        ("Bedömning", "Tryck över bröstet sedan 04, ST-sänkningar V4-V6, hs-TnT 64. Misstänkt NSTEMI, Brilique och Arixtra, angiografi idag."),
    ]),
    N("n2", ME, "Epikris", "s_med_hbg", "Mohammed Yusuf", L, "2024-09-12 12:10", SV, [
        ("Diagnos", "NSTEMI (I21.4)."),
        ("Epikris", "Inkom med misstanke om hjärtinfarkt, vilket bekräftades med troponinstegring och en 90-procentig stenos i LAD som stentades. Hem med dubbel trombocythämning i tolv månader."),
    ]),
], [("NL102", "n1")], [("NL102", "n2")],
  "the epikris retells the admission suspicion and confirms it in the same sentence: a confirmed diagnosis, no NL102")

# 55
C("d51-v-epikris-misstankt-le-som-kunde-uteslutas", "vgr", P("1990-08-08", "724"), [
    N("n1", ME, "Akutanteckning", "v_akut_mol", "Sebastian Kron", L, "2024-10-28 17:00", OV, [
        ("Bedömning", "Postpartum sex veckor, takykardi 115 och andfåddhet. Misstänkt lungemboli, DT lungartärer."),
    ]),
    N("n2", ME, "Epikris", "v_akut_mol", "Sebastian Kron", L, "2024-10-29 10:00", SV, [
        ("Diagnos", "Anemi efter förlossning."),
        ("Epikris", "Inkom med misstänkt lungemboli som kunde uteslutas med DT. Hb 84, järnbrist. Ferinject gavs, hem med kontroll på VC."),
    ]),
], [("NL102", "n1")], [("NL102", "n2")],
  "the epikris names the suspicion only to say it was excluded; the hedged LE stands only in the ED note")

# 56
C("d51-s-kolangit-lang-rondanteckning-dag1-dag2", "skane", P("1945-04-19", "252"), [
    N("n1", ME, "Daganteckning", "s_kir_kristianstad", "Emil Fransson", L, "2024-05-14 09:30", SV, [
        ("Aktuellt", "79-årig kvinna inlagd via akuten i natt med frossa, feber 39,4 och smärta under hö arcus. Känd gallstenssjukdom, kolecystektomi planerad i somras men ställdes in. Illamående, inte kräkts. Urinen mörk sedan två dagar enligt dottern."),
        ("Status", "AT: påverkad, frusen, ikterisk i sklerae. Cor: oregelbunden rytm, frekvens ca 100, inga blåsljud. Pulm: basala krepitationer bilat. Buk: mjuk, palpationsöm under hö arcus, ingen defence. BT 105/60, sat 94 %."),
        ("Lab", "CRP 245, LPK 17,8, bilirubin 88, ALP 7,2, ALAT 4,1, kreatinin 118, laktat 2,4."),
        ("Bedömning", "Misstänkt akut kolangit med gallgångssten, sepsisbild. Förmaksflimmer med snabb kammarrespons, sannolikt utlöst av infektionen."),
        ("Planering", "Pip/Tazo iv, vätska, blododlingar x 2. MRCP idag, ERCP-planering efter svar. Metoprolol vid behov, EKG i morgon."),
    ]),
    N("n2", ME, "Daganteckning", "s_kir_kristianstad", "Emil Fransson", L, "2024-05-15 09:15", SV, [
        ("Aktuellt", "Inlagd natten till 14/5 med frossa, feber och smärta under hö arcus. Afebril sedan i eftermiddags, mindre ont. Dottern på besök."),
        ("Status", "AT: piggare, fortfarande lätt ikterisk. Cor: regelbunden rytm 78, konverterat spontant i natt. Pulm: enstaka basala rassel. Buk: mjuk, lätt öm under hö arcus. BT 128/70."),
        ("Lab", "CRP 190, LPK 11,2, bilirubin 61, kreatinin 96."),
        ("Bedömning", "Akut kolangit orsakad av sten i distala choledochus enligt MRCP, E. coli i blododling. Förmaksflimret har gått över."),
        ("Planering", "ERCP med stenextraktion i morgon, fasta från midnatt. Fortsatt Pip/Tazo. Pat informerad om ERCP och riskerna."),
    ]),
], [("NL102", "n1")], [("NL102", "n2")],
  "a long round note hedges cholangitis and the cause of AF; the next day's copy-forwarded round note keeps the structure but states the confirmed diagnosis")

# 57
C("d51-v-utkast-trolig-neuroborrelios-lp-bekraftar", "vgr", P("1976-07-25", "871"), [
    N("n1", ME, "Mottagningsanteckning", "v_inf_ostra", "Ulrika Thorén", L, "2024-08-26 14:30", OV, [
        ("Anamnes", "Fästingbett i juni, därefter nattlig radikulär smärta i bålen och nu perifer facialispares hö."),
        ("Bedömning", "Trolig neuroborrelios. LP och serologi idag."),
    ], signed=None),
    N("n2", ME, "Telefonanteckning", "v_inf_ostra", "Ulrika Thorén", L, "2024-08-28 13:10", OV, [
        ("Telefonkontakt", "LP: 95 mononukleära celler, borrelia-antikroppsindex positivt. Neuroborrelios, doxycyklin 400 mg x 1 i 14 dagar. Pat informerad per telefon."),
    ]),
], [('NL102', 'n1')], [('NL102', 'n2')],
  "an unsigned draft (pre-signing) with 'Trolig neuroborrelios' is flagged like a signed note; the phone note states the confirmed diagnosis")

# 58
C("d51-s-mamma-trol-brca-pat-fibroadenom", "skane", P("1998-02-11", "384"), [
    N("n1", ME, "Mottagningsanteckning", "s_kirmott_kristianstad", "Therese Lindqvist", L, "2024-06-03 10:00", OV, [
        ("Anamnes", "Mamman fick bröstcancer vid 44 års ålder, trol BRCA-relaterad men aldrig testad. Mormor med misstänkt äggstockscancer."),
        ("Utredning", "UL hö bröst: 15 mm välavgränsad oval förändring. Mellannålsbiopsi: fibroadenom."),
        ("Bedömning", "Fibroadenom hö bröst. Pat informerad."),
    ]),
    N("n2", ME, "Sjuksköterskeanteckning", "s_kirmott_kristianstad", "Nina Åkesson", SSK, "2024-06-10 09:00", OV, [
        ("Telefonkontakt", "Pat ringer och vill veta mer om ärftlighet. Remiss till onkogenetisk mottagning enligt dr Lindqvist, pat informerad om väntetiden."),
    ]),
], [], [('NL102', 'n1')],
  "the hedged cancers belong to the mother and grandmother; the patient's own diagnosis (fibroadenoma) is confirmed and told")

# 59
C("d51-v-barn-trolig-kawasaki-dd-scharlakansfeber", "vgr", P("2021-01-14", "195"), [
    N("n1", ME, "Akutanteckning", "v_barnakut_dsbus", "Amanda Roth", L, "2024-12-03 18:30", OV, [
        ("Anamnes", "3-årig pojke med feber sedan sex dagar, röda ögon utan var, spruckna läppar och svullna händer."),
        ("Bedömning", "Trolig Kawasakis sjukdom, DD scharlakansfeber. Strep A-test tagit, eko i morgon. Föräldrarna informerade."),
    ]),
    N("n3", ME, "Omvårdnadsanteckning", "v_barnmed_dsbus", "Sara Lindell", SSK, "2024-12-04 02:10", SV, [
        ("Omvårdnad", "Pojken inlagd för trolig Kawasakis sjukdom, feber 39,6 kl 01. Mamma sover över, pojken vill inte dricka men tar glass."),
    ]),
    N("n2", ME, "Daganteckning", "v_barnmed_dsbus", "Amanda Roth", L, "2024-12-05 10:30", SV, [
        ("Bedömning", "Strep A negativ. Kawasakis sjukdom, kriterierna uppfyllda. IVIG och ASA givet, feberfri sedan i natt. Eko utan koronaraneurysm."),
    ]),
], [('NL102', 'n1'), ('NL102', 'n3')], [('NL102', 'n2')],
  "child under 13: hedged Kawasaki in the ED note and in the nurse's night note; the ward note states it after the criteria are met")

# 60
C("d51-s-hemokromatos-fragetecken-hfe-svar", "skane", P("1977-05-28", "499"), [
    N("n1", ME, "Mottagningsanteckning", "s_gastro_lkr", "Johan Strömberg", L, "2024-10-01 11:00", OV, [
        ("Utredning", "Ferritin 1200, transferrinmättnad 78 %, ALAT 1,4."),
        ("Bedömning", "Hemokromatos? HFE-gentest skickat, alkoholanamnes utan anmärkning."),
    ]),
    N("n2", ME, "Läkaranteckning", "s_gastro_lkr", "Johan Strömberg", L, "2024-10-15 09:00", OV, [
        ("Provsvar", "HFE: homozygot C282Y."),
        ("Bedömning", "Hereditär hemokromatos. Pat informerad per brev och telefon, venesektioner startar nästa vecka. Syskonen bör testas."),
    ]),
], [('NL102', 'n1')], [('NL102', 'n2')],
  "'Hemokromatos?' hedged until the gene test; the reply note confirms and tells")
# ================================================================ cases 61-90

# 61
C("d51-v-cushing-i-tidiga-hypoteser-synlig-del-namner-ingen-diagnos", "vgr", P("1984-03-22", "828"), [
    N("n1", ME, "Mottagningsanteckning", "v_endo_nu", "Sofia Lindblad", L, "2024-01-29 13:00", OV, [
        ("Anamnes", "Viktuppgång 15 kg på ett år, får lätt blåmärken och har svårt att resa sig ur soffan."),
        ("Status", "Månansikte, breda lila striae på buken, proximal muskelsvaghet."),
        ("Tidiga hypoteser", "Kliniska fynd inger misstanke om Cushings syndrom. Framförs inte till pat förrän hormonutredningen är klar."),
        ("Planering", "Dexametasonhämningstest och kortisol i saliv. Pat ej informerad om frågeställningen ännu."),
    ]),
    N("n2", ME, "Mottagningsanteckning", "v_endo_nu", "Sofia Lindblad", L, "2024-02-19 10:30", OV, [
        ("Utredning", "Ingen hämning efter 1 mg dexametason, nattligt salivkortisol förhöjt vid två tillfällen, ACTH omätbart lågt."),
        ("Bedömning", "ACTH-oberoende Cushings syndrom. Pat informerad om diagnosen, DT binjurar beställd."),
    ]),
], [], [("NL102", "n1"), ("NL101", "n1"), ("NL102", "n2"), ("NL101", "n2")],
  "VGR: the visible Planering says the patient is not told 'om frågeställningen' but names no diagnosis; the Cushing hypothesis is only under Tidiga hypoteser")

# 62
C("d51-s-koloncancer-pad-efter-utskrivning-kallas", "skane", P("1956-10-30", "131"), [
    N("n1", ME, "Epikris", "s_kir_kristianstad", "Alexander Nyqvist", L, "2024-06-03 12:00", SV, [
        ("Diagnos", "Tumör i colon ascendens, misstänkt koloncancer."),
        ("Epikris", "Opererad med laparoskopisk hö-sidig hemikolektomi 28/5. Okomplicerat förlopp, hem idag. PAD inväntas."),
    ]),
    N("n2", ME, "Läkaranteckning", "s_kirmott_kristianstad", "Alexander Nyqvist", L, "2024-06-10 15:45", OV, [
        ("Provsvar", "PAD: adenocarcinom pT3N1b, 2 av 22 lymfkörtlar med metastas, radikalt opererad."),
        ("Planering", "Pat är ännu inte informerad om PAD, kallas till mottagningen 14/6. Onkologremiss efter besöket."),
    ]),
    N("n3", ME, "Mottagningsanteckning", "s_kirmott_kristianstad", "Alexander Nyqvist", L, "2024-06-14 10:00", OV, [
        ("Samtal", "Gått igenom PAD med pat och hustru: koloncancer stadium III. Adjuvant cytostatika rekommenderas, remiss onkologen skickas idag."),
    ]),
], [('NL102', 'n1'), ('NL101', 'n2')], [('NL102', 'n2'), ('NL101', 'n3')],
  "the epikris keeps 'misstänkt koloncancer' pending PAD; the PAD note after discharge says the patient is not yet told; the visit tells it")

# 63
C("d51-v-blascancer-informerad-tidigare-se-anteckning", "vgr", P("1949-05-17", "213"), [
    N("n1", ME, "Läkaranteckning", "v_uro_lidk", "Hassan Ali", L, "2024-03-04 14:00", OV, [
        ("Provsvar", "PAD efter TURB: urotelial cancer, höggradig, pT1, muskel representerad utan växt."),
        ("Bedömning", "Pat informerad om cancerbeskedet vid besöket idag. Re-TURB om sex veckor, därefter BCG."),
    ]),
    N("n2", ME, "Kontaktsjuksköterskeanteckning", "v_uro_lidk", "Ebba Falk", SSK, "2024-03-11 09:20", OV, [
        ("Telefonkontakt", "Pat fick besked om blåscancern av dr Ali 4/3, se anteckning. Ringer nu med frågor om BCG-instillationerna och om han kan fortsätta jobba."),
    ]),
], [], [('NL102', 'n1'), ('NL101', 'n2'), ('NL102', 'n2')],
  "the contact nurse's note names the cancer and refers to the earlier visit where it was told: told earlier, no NL101")

# 64
C("d51-s-barn-nydebuterad-diabetes-misstank-ketoacidos-typo", "skane", P("2015-03-09", "052"), [
    N("n1", ME, "Akutanteckning", "s_barnakut_lund", "Emelie Granath", L, "2024-01-08 19:00", OV, [
        ("Anamnes", "9-årig flicka med kissat ofta och druckit mycket i tre veckor, gått ner 3 kg. Ont i magen idag."),
        ("Bedömning", "B-glukos 28. Nydebuterad diabetes typ 1, misstänk ketoacidos, blodgas tas omgående."),
    ]),
    N("n2", ME, "Läkaranteckning", "s_barnavd_lund", "Emelie Granath", L, "2024-01-08 21:30", SV, [
        ("Utredning", "pH 7,27, BE -12, ketoner 4,3."),
        ("Bedömning", "Lätt diabetesketoacidos vid debut av typ 1-diabetes. Insulininfusion och vätska enligt PM, timkontroller."),
    ]),
    N("n3", ME, "Diabetessjuksköterskeanteckning", "s_barnavd_lund", "Lisa Holmqvist", SSK, "2024-01-11 13:30", SV, [
        ("Undervisning", "Första undervisningstillfället med föräldrarna: insulinpenna, kolhydraträkning och sensor. Flickan själv nyfiken och provade att sätta sensorn."),
    ]),
], [('NL102', 'n1')], [('NL102', 'n2')],
  "typo 'misstänk ketoacidos' next to a confirmed diabetes in a child's ED note; the ward note confirms the ketoacidosis")

# 65
C("d51-v-iva-sederad-ej-informerad-om-hjarnskada", "vgr", P("1971-11-03", "531"), [
    N("n1", ME, "Läkaranteckning", "v_iva_su", "Lovisa Engdahl", L, "2024-10-21 16:30", SV, [
        ("Aktuellt", "Intuberad efter hjärtstopp i hemmet, ROSC efter 14 minuter."),
        ("Utredning", "DT hjärna dag 3: utbredd ischemisk skada i båda capsula interna och basala ganglier."),
        ("Bedömning", "Hypoxisk-ischemisk hjärnskada. Pat fortfarande sederad och därför inte informerad; hustrun informerad om DT-fynden i eftermiddag."),
    ]),
    N("n2", ME, "Daganteckning", "v_neuroavd_su", "Carl Rosén", L, "2024-11-04 11:00", SV, [
        ("Samtal", "Pat vaken och kontaktbar sedan en vecka. Förklarat för pat att syrebristen vid hjärtstoppet har gett en hjärnskada som förklarar svårigheterna att gå och tala."),
    ]),
], [("NL101", "n1")], [("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
  "a sedated ICU patient is not informed of a confirmed brain injury (relative told): NL101; told two weeks later")

# 66
C("d51-s-mistankt-tia-typo-ssk-uppfoljning", "skane", P("1943-08-05", "278"), [
    N("n1", ME, "Akutanteckning", "s_akut_ystad", "Robert Lilja", L, "2024-04-15 11:10", OV, [
        ("Aktuellt", "Svårt att hitta orden i 20 minuter under förmiddagen, helt återställd vid ankomst."),
        ("Bedömning", "Mistänkt TIA, ABCD2 5. Trombyl och atorvastatin insatt, inläggning strokeenheten för utredning."),
    ]),
    N("n2", ME, "Epikris", "s_stroke_aengel", "Fatima Demir", L, "2024-04-18 10:00", SV, [
        ("Diagnos", "TIA (G45.9). Karotisstenos vä 70 %."),
        ("Epikris", "Utredd med DT-angio och ultraljud halskärl. Remiss kärlkirurg för karotisendarterektomi. Pat informerad om diagnosen och fortsatt sekundärprevention."),
    ]),
    N("n3", ME, "Telefonanteckning", "s_stroke_aengel", "Hanna Rydberg", SSK, "2024-04-25 14:30", OV, [
        ("Telefonkontakt", "Pat ringer och undrar om han ska ta Trombyl på morgonen eller kvällen. Rådgivning given, kärlkirurgen har skickat kallelse."),
    ]),
], [('NL102', 'n1')], [('NL102', 'n2')],
  "typo 'Mistänkt TIA' in the ED note; the stroke unit epikris has the settled diagnosis; the nurse's phone note has none")

# 67
C("d51-v-myelom-fran-tidiga-hypoteser-till-synlig-kommunikation", "vgr", P("1958-01-23", "679"), [
    N("n1", ME, "Läkaranteckning", "v_hem_su", "Oskar Nilsson", L, "2024-07-01 10:00", OV, [
        ("Utredning", "M-komponent IgG kappa 38 g/l, Hb 96, kalcium 2,78. Ryggsmärta sedan i våras."),
        ("Tidiga hypoteser", "Misstänkt multipelt myelom, tas upp med pat när benmärgen är klar."),
        ("Planering", "Benmärgsbiopsi och helkropps-DT lågdos."),
    ]),
    N("n2", ME, "Telefonanteckning", "v_hem_su", "Oskar Nilsson", L, "2024-07-03 15:30", OV, [
        ("Telefonkontakt", "Pat ringde oroligt efter att ha läst sina provsvar. Informerat pat om att vi misstänker myelom och att benmärgsprovet avgör."),
    ]),
    N("n3", ME, "Mottagningsanteckning", "v_hem_su", "Oskar Nilsson", L, "2024-07-10 09:30", OV, [
        ("Bedömning", "Benmärg med 30 % klonala plasmaceller, DT med lytiska förändringar i L2 och bäckenet. Multipelt myelom, pat informerad om diagnosen och behandlingsplanen."),
    ]),
], [('NL102', 'n2')], [('NL102', 'n1'), ('NL101', 'n1'), ('NL101', 'n2'), ('NL102', 'n3')],
  "the hypothesis starts under Tidiga hypoteser; once told by phone it is documented visibly, still hedged (NL102 but no NL101)")

# 68
C("d51-v-nattssk-subduralhematom-pat-sover", "vgr", P("1939-12-29", "754"), [
    N("n1", ME, "Omvårdnadsanteckning", "v_ortavd_mol", "Jessica Wik", SSK, "2024-03-02 02:40", SV, [
        ("Omvårdnad", "Pat mer förvirrad ikväll, DT hjärna gjord enligt jourläkarens ordination. Jourläkaren har fått svar: kroniskt subduralhematom hö. Pat sover, ej informerad om svaret, läkaren pratar med henne på morgonen."),
    ]),
    N("n2", ME, "Daganteckning", "v_ortavd_mol", "Stefan Bro", L, "2024-03-02 09:30", SV, [
        ("Bedömning", "Kroniskt subduralhematom hö, 12 mm, ingen midline shift. Waran reverserat med Ocplex. Pat och son informerade, neurokirurgen bedömer konservativ behandling."),
    ]),
], [("NL101", "n1")], [("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
  "a night nurse records a confirmed DT diagnosis and that the sleeping patient is not yet informed; the morning note tells her")

# 69
C("d51-s-hodgkin-misstanke-informerad-pad-ej-underrattad", "skane", P("1995-07-19", "397"), [
    N("n1", ME, "Läkaranteckning", "s_hem_lund", "Jonas Åkerlund", L, "2024-09-24 13:00", OV, [
        ("Status", "Flera 2-3 cm fasta oömma körtlar supraklavikulärt vä, nattsvettningar och klåda."),
        ("Bedömning", "Misstänkt lymfom, excisionsbiopsi bokad. Pat informerad om att lymfom är en möjlighet."),
    ]),
    N("n2", ME, "Läkaranteckning", "s_hem_lund", "Jonas Åkerlund", L, "2024-10-04 08:40", OV, [
        ("Provsvar", "PAD: klassiskt Hodgkins lymfom, nodulär skleros."),
        ("Planering", "Pat inte underrättad ännu, besked vid läkarbesöket 9/10. PET-DT beställd."),
    ], signed=None),
    N("n3", ME, "Kontaktsjuksköterskeanteckning", "s_hem_lund", "Maja Sörensen", SSK, "2024-10-10 11:00", OV, [
        ("Samtal", "Pat fick besked om Hodgkins lymfom av dr Åkerlund igår. Samtal om fertilitetsbevarande åtgärder inför ABVD, remiss till reproduktionsmedicin."),
    ]),
], [("NL102", "n1"), ("NL101", "n2")], [("NL101", "n1"), ("NL102", "n2"), ("NL102", "n3"), ("NL101", "n3")],
  "'Pat inte underrättad ännu' in an unsigned draft with the confirmed Hodgkin PAD: NL101; the contact nurse writes after the patient was told")

# 70
C("d51-v-forenlikt-med-sarkoidos-typo-mdk", "vgr", P("1979-09-02", "452"), [
    N("n1", ME, "Läkaranteckning", "v_lung_su", "Annika Berglöf", L, "2024-05-20 14:30", OV, [
        ("Provsvar", "EBUS-TBNA från station 7 och 11R: icke-nekrotiserande granulom, odling för mykobakterier pågår."),
        ("Bedömning", "Förenlikt med sarkoidos. Pat informerad om fynden per telefon."),
    ]),
    N("n2", ME, "Mottagningsanteckning", "v_lung_su", "Annika Berglöf", L, "2024-07-01 10:00", OV, [
        ("Bedömning", "Mykobakterieodling negativ efter åtta veckor. Sarkoidos stadium I utan organpåverkan, ingen behandling. Ny kontroll med spirometri om sex månader."),
    ]),
], [('NL102', 'n1')], [('NL102', 'n2'), ('NL101', 'n1')],
  "typo 'Förenlikt med sarkoidos' hedges the diagnosis until the culture is back; the follow-up states it")

# 71
C("d51-s-trolgen-tidig-ra-anti-ccp", "skane", P("1986-12-08", "524"), [
    N("n1", ME, "Mottagningsanteckning", "s_reuma_lund", "Camilla Hjort", L, "2024-02-08 09:30", OV, [
        ("Status", "Synovit i MCP II-III bilat och hö handled, morgonstelhet två timmar."),
        ("Bedömning", "Trolgen tidig reumatoid artrit. Anti-CCP och RF tas, Prednisolon 10 mg som brygga."),
    ]),
    N("n2", ME, "Telefonanteckning", "s_reuma_lund", "Camilla Hjort", L, "2024-02-15 16:00", OV, [
        ("Telefonkontakt", "Anti-CCP > 300, RF positiv. Seropositiv reumatoid artrit, metotrexat startas nästa vecka. Pat informerad och har fått skriftlig info om provtagning."),
    ]),
], [('NL102', 'n1')], [('NL102', 'n2')],
  "typo 'Trolgen' hedges early RA; the phone note after serology confirms and tells")

# 72
C("d51-v-epikris-fragestallning-kolecystit-avfard-annan-mening", "vgr", P("1981-02-26", "326"), [
    N("n1", ME, "Akutanteckning", "v_akut_nu", "Victor Palm", L, "2024-06-16 23:50", OV, [
        ("Bedömning", "Smärta under hö arcus efter fet måltid, Murphys tecken positivt, CRP 35. Frågeställning akut kolecystit, UL buk i morgon bitti."),
    ]),
    N("n2", ME, "Epikris", "v_kir_nu", "Victor Palm", L, "2024-06-17 15:30", SV, [
        ("Diagnos", "Gallstensanfall (K80.2)."),
        ("Epikris", "Sökte med frågeställning akut kolecystit. UL visade multipla gallstenar men inga tecken till kolecystit, CRP sjunkande. Smärtfri på Diklofenak, hem med remiss för elektiv kolecystektomi."),
    ]),
], [("NL102", "n1")], [("NL102", "n2")],
  "the epikris repeats the question ('frågeställning akut kolecystit') and answers it in the next sentence: ruled out in the same note")

# 73
C("d51-s-pmo-vinterkrak-melior-misstankt-clostridioides", "skane", P("1940-11-11", "353"), [
    N("n1", PMO, "Telefonanteckning", "s_vc_hoor", "Anette Lund", SSK, "2024-12-02 09:00", OV, [
        ("Telefonkontakt", "Diarré och kräkningar sedan i går, hustrun har samma symtom. Möjlig calicivirusinfektion, råd om vätska, ringer åter vid försämring."),
    ]),
    N("n2", ME, "Akutanteckning", "s_akut_lund", "Gabriel Moreno", L, "2024-12-05 14:20", OV, [
        ("Aktuellt", "Fortsatt vattnig diarré 8-10 ggr per dygn, antibiotikabehandlad för pneumoni i november."),
        ("Bedömning", "Misstänkt Clostridioides difficile-infektion. Toxinprov, isolering, inläggning infektion."),
    ]),
    N("n3", ME, "Daganteckning", "s_inf_mas", "Sanna Holmberg", L, "2024-12-06 10:00", SV, [
        ("Bedömning", "C. difficile toxin B positivt. Clostridioides difficile-infektion, Vancomycin per os i tio dagar. Pat fortfarande konfusorisk och ännu inte informerad om diagnosen, hustrun informerad per telefon."),
    ]),
], [('NL102', 'n2'), ('NL101', 'n3')], [('NL102', 'n1')],
  "a PMO phone note hedges norovirus (not shown); the Melior ED note hedges C. difficile; the ward note confirms it while the confused patient is not yet told")

# 74
C("d51-v-influensa-misstankt-ssk-isolering-plan", "vgr", P("1950-09-14", "291"), [
    N("n1", ME, "Inskrivningsanteckning", "v_med5_skas", "Therese Berg", L, "2024-01-31 22:00", SV, [
        ("Bedömning", "Hög feber, muskelvärk och torrhosta i två dygn, sat 92 %. Misstänkt influensa A, PCR tagen och Tamiflu insatt."),
    ]),
    N("n2", ME, "Omvårdnadsanteckning", "v_med5_skas", "Elias Moberg", SSK, "2024-02-01 06:30", SV, [
        ("Omvårdnad", "Pat i enkelrum med dropp- och kontaktsmitta i väntan på PCR-svaret. Sovit några timmar, temp 38,4 kl 04. Trol hem i morgon om syresättningen håller sig."),
    ]),
], [("NL102", "n1")], [("NL102", "n2")],
  "the nurse's note waits for the PCR and hedges only the discharge plan ('Trol hem'); the physician's admission note hedges influenza")

# 75
C("d51-s-trolig-basalcellscancer-pad-via-brev", "skane", P("1946-07-27", "449"), [
    N("n1", ME, "Mottagningsanteckning", "s_hud_lund", "Jenny Ahlström", L, "2024-08-20 10:30", OV, [
        ("Status", "Pärlemorglänsande 7 mm papel med teleangiektasier på hö näsvinge."),
        ("Bedömning", "Trolig basalcellscancer. Excision med 3 mm marginal idag."),
    ]),
    N("n2", ME, "Läkaranteckning", "s_hud_lund", "Jenny Ahlström", L, "2024-09-04 13:00", OV, [
        ("Provsvar", "PAD: nodulär basalcellscancer, radikalt exciderad."),
        ("Åtgärd", "Pat informerad via brev, ingen ytterligare behandling. Egenkontroll av huden."),
    ]),
], [('NL102', 'n1')], [('NL102', 'n2')],
  "hedged BCC before excision; PAD reply note with confirmed diagnosis told by letter")

# 76
C("d51-v-misstant-lungfibros-typo-mdt-ej-informerad", "vgr", P("1952-04-06", "417"), [
    N("n1", ME, "Mottagningsanteckning", "v_lung_su", "Peter Wahlberg", L, "2024-03-25 11:00", OV, [
        ("Status", "Torra basala knattrande rassel bilat, trumpinnefingrar. DLCO 48 %."),
        ("Bedömning", "Misstänt idiopatisk lungfibros. HRCT och diskussion på multidisciplinär konferens."),
    ]),
    N("n2", ME, "Läkaranteckning", "v_lung_su", "Peter Wahlberg", L, "2024-04-24 15:00", OV, [
        ("Bedömning", "MDK 24/4: HRCT med UIP-mönster, ingen annan orsak. Diagnos idiopatisk lungfibros."),
        ("Planering", "Pat ej informerad om MDK-beslutet ännu, besök 3/5."),
    ]),
    N("n3", ME, "Mottagningsanteckning", "v_lung_su", "Peter Wahlberg", L, "2024-05-03 10:15", OV, [
        ("Samtal", "IPF-diagnosen meddelad och förklarad för pat och dotter. Nintedanib startas, kontaktsjuksköterska kopplas in."),
    ]),
], [('NL102', 'n1'), ('NL101', 'n2')], [('NL102', 'n2'), ('NL101', 'n3')],
  "typo 'Misstänt' hedges IPF; the conference note confirms it with the patient not yet told (NL101); told at the visit")

# 77
C("d51-s-lang-akutanteckning-dd-lista-brostsmarta", "skane", P("1966-06-30", "373"), [
    N("n1", ME, "Akutanteckning", "s_akut_mas", "Isak Berggren", L, "2024-09-28 03:15", OV, [
        ("Aktuellt", "58-årig man som vaknade kl 01 av skarp smärta mitt i bröstet som strålar mot ryggen mellan skulderbladen. Hypertoni, röker 15 cig/dag. Inga tidigare hjärtproblem. Haft ont i nacken efter gymmet i helgen."),
        ("Status", "AT: blek, smärtpåverkad. BT hö arm 165/95, vä arm 158/92. Puls 92 reg. Cor: rr, inget diastoliskt blåsljud. Pulm: vesikulärt bilat. Buk: mjuk, oöm. Perifera pulsar palpabla bilat. Neurologiskt grovt ua."),
        ("Utredning", "EKG: sinusrytm, inga ST-förändringar. hs-TnT 9 och 10 med tre timmars mellanrum. D-dimer 0,4. Rtg pulm: normalt mediastinum."),
        ("Bedömning", "DD aortadissektion, lungemboli, perikardit. DT aorta beställd trots normal D-dimer med tanke på ryggstrålningen."),
        ("Planering", "Morfin i titrerade doser, BT-mål under 140. Ny bedömning efter DT."),
    ]),
    N("n2", ME, "Akutanteckning", "s_akut_mas", "Isak Berggren", L, "2024-09-28 06:40", OV, [
        ("Utredning", "DT aorta: normal aortadiameter, ingen dissektion, inga lungembolier."),
        ("Bedömning", "Aortadissektion och LE uteslutna, inga EKG-tecken på perikardit. Muskuloskeletal bröstsmärta efter träningen i helgen."),
        ("Planering", "Hem, Naproxen i fem dagar. Hypertoni och rökning följs upp på VC."),
    ]),
], [("NL102", "n1")], [("NL102", "n2")],
  "a long ED note with a DD list of three diagnoses; the follow-up note rules them out and settles on musculoskeletal pain")

# 78
C("d51-v-pat-vet-hustrun-ska-inte-veta", "vgr", P("1959-10-09", "615"), [
    N("n1", ME, "Mottagningsanteckning", "v_onk_su", "Elin Forsman", L, "2024-04-16 14:00", OV, [
        ("Bedömning", "PSA-recidiv med nytillkomna skelettmetastaser på PSMA-PET. Pat informerad om spridningen och om hormonbehandling."),
        ("Övrigt", "Pat vill inte att hustrun informeras om spridningen ännu, han berättar själv efter hennes operation i maj."),
    ]),
    N("n2", ME, "Kontaktsjuksköterskeanteckning", "v_onk_su", "Jonna Lilja", SSK, "2024-04-23 10:00", OV, [
        ("Telefonkontakt", "Pat ringer angående injektionen av Eligard. Han vet om skelettmetastaserna men hustrun har fortfarande inte fått veta, vilket vi respekterar enligt hans önskan."),
    ]),
], [], [('NL102', 'n1'), ('NL101', 'n2'), ('NL102', 'n2')],
  "the patient knows about the metastases; only the wife is not told, in both the physician's and the contact nurse's note: no NL101")

# 79
C("d51-s-papillar-thyroideacancer-nas-ej-informerd-typo", "skane", P("1989-05-12", "586"), [
    N("n1", ME, "Telefonanteckning", "s_oron_hbg", "Axel Rönn", L, "2024-11-05 16:10", OV, [
        ("Provsvar", "Cytologi från finnålspunktion av vä thyroidealob: papillär thyroideacancer, Bethesda VI."),
        ("Telefonkontakt", "Sökt pat två gånger, ännu inte informerd, provar igen i morgon förmiddag."),
    ]),
    N("n2", ME, "Telefonanteckning", "s_oron_hbg", "Axel Rönn", L, "2024-11-06 10:30", OV, [
        ("Telefonkontakt", "Nått pat, informerad om papillär thyroideacancer och om att den har god prognos. Tid för operationsplanering 20/11."),
    ]),
], [("NL101", "n1")], [("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
  "typo 'ännu inte informerd' with a confirmed cytology diagnosis: NL101; reached and told next day")

# 80
C("d51-v-oklart-om-kvallsdos-kand-epilepsi", "vgr", P("1993-08-23", "350"), [
    N("n1", ME, "Akutanteckning", "v_akut_skas", "Ida Wester", L, "2024-07-13 22:30", OV, [
        ("Aktuellt", "Känd epilepsi sedan tonåren på Keppra. Generaliserat tonisk-kloniskt anfall hemma ikväll enligt sambon, fyra minuter."),
        ("Bedömning", "Oklart om pat tagit kvällsdosen, sömnbrist senaste veckan. Postiktal men förbättras, observation några timmar."),
    ]),
    N("n2", ME, "Akutanteckning", "v_akut_skas", "Ida Wester", L, "2024-07-14 02:00", OV, [
        ("Bedömning", "Helt vaken och orienterad. Genombrottsanfall vid känd epilepsi, sannolikt utlöst av sömnbrist och missad dos. Hem med sambo, kontakt med neurologmottagningen."),
    ]),
], [], [("NL102", "n1")],
  "'Oklart om pat tagit kvällsdosen' hedges a fact, not a diagnosis, and the epilepsy is known; n2's hedged trigger is left unasserted")

# 81
C("d51-s-commotio-ev-hem-obs-plats", "skane", P("2005-04-16", "198"), [
    N("n1", ME, "Akutanteckning", "s_akut_kristianstad", "Ella Strand", L, "2024-03-23 01:30", OV, [
        ("Aktuellt", "Slog huvudet i isen vid hockeyträning, kort medvetslöshet enligt tränaren, minnesluckor."),
        ("Bedömning", "Commotio cerebri. DT hjärna utan blödning eller fraktur. Övervakas på akutens observationsplatser över natten."),
    ]),
    N("n2", ME, "Omvårdnadsanteckning", "s_akut_kristianstad", "Linus Eriksson", SSK, "2024-03-23 07:00", OV, [
        ("Omvårdnad", "RLS 1 hela natten, lätt huvudvärk som svarat på Alvedon. Ev. hem efter läkarbedömning i förmiddag, mamma hämtar."),
    ]),
], [], [("NL102", "n1"), ("NL102", "n2")],
  "confirmed concussion; the nurse's note hedges only the plan ('Ev. hem')")

# 82
C("d51-v-anorexi-tidiga-hypoteser-sedan-kan-passa-med", "vgr", P("2004-10-28", "627"), [
    N("n1", ME, "Mottagningsanteckning", "v_endo_nu", "Marcus Holst", L, "2024-02-06 10:00", OV, [
        ("Anamnes", "Remiss för utebliven mens och viktnedgång till BMI 16,1. Tränar två gånger dagligen, äter enligt egen uppgift normalt."),
        ("Tidiga hypoteser", "Misstänkt anorexia nervosa, inte framfört eftersom pat förnekar ätproblem och kontakten är skör."),
        ("Planering", "Hormonstatus, EKG, bentäthet. Återbesök om två veckor."),
    ]),
    N("n2", ME, "Mottagningsanteckning", "v_endo_nu", "Marcus Holst", L, "2024-02-20 10:00", OV, [
        ("Bedömning", "Diskuterat öppet med pat att bilden kan passa med anorexia nervosa. Pat håller delvis med och accepterar remiss till ätstörningsenheten."),
    ]),
], [("NL102", "n2")], [("NL102", "n1"), ("NL101", "n1"), ("NL101", "n2")],
  "after a protected Tidiga hypoteser entry the hypothesis is discussed with the patient and written visibly, still hedged ('kan passa med')")

# 83
C("d51-s-bvc-pmo-hoftled-barnortoped-kan-ej-uteslutas", "skane", P("2024-02-14", "083"), [
    N("n1", PMO, "BVC-anteckning", "s_bvc_eslov", "Annika Tell", SSK, "2024-03-20 10:00", OV, [
        ("Aktuellt", "5-veckorskontroll. Asymmetriska hudveck på låren och lätt begränsad abduktion vä."),
        ("Bedömning", "Misstänkt höftledsluxation vä enligt BVC-läkaren. Remiss barnortopeden."),
    ]),
    N("n2", ME, "Mottagningsanteckning", "s_ort_hlm", "Per-Olof Svensson", L, "2024-04-03 13:30", OV, [
        ("Utredning", "UL höfter: vä Graf IIa, hö Graf Ia. Ortolani och Barlow negativa."),
        ("Bedömning", "Omogen höft vä, höftledsdysplasi kan ej uteslutas. Nytt UL om fyra veckor. Föräldrarna informerade."),
    ]),
], [('NL102', 'n2')], [('NL102', 'n1')],
  "an infant: the BVC PMO note hedges hip dislocation (not shown); the hospital orthopaedic note leaves dysplasia 'kan ej uteslutas' (shown)")

# 84
C("d51-v-misstakt-graviditetsdiabetes-typo-ogtt", "vgr", P("1996-03-03", "268"), [
    N("n1", ME, "Mottagningsanteckning", "v_kvinno_nu", "Nathalie Berg", "barnmorska", "2024-08-12 09:30", OV, [
        ("Aktuellt", "Graviditetsvecka 26+3. Glukos i urin vid två kontroller, makrosomt barn vid tidigare förlossning."),
        ("Bedömning", "Misstäkt graviditetsdiabetes, OGTT bokas denna vecka."),
    ]),
    N("n2", ME, "Läkaranteckning", "v_kvinno_nu", "Gustaf Lind", L, "2024-08-16 14:00", OV, [
        ("Provsvar", "OGTT: fastande 5,8, 2 timmar 10,9."),
        ("Bedömning", "Graviditetsdiabetes. Pat informerad, remiss till diabetesbarnmorska och dietist för kostråd och egenmätning."),
    ]),
], [('NL102', 'n1')], [('NL102', 'n2')],
  "typo 'Misstäkt' in a midwife's Melior note; the physician's note after OGTT states and tells the diagnosis")

# 85
C("d51-s-omvardnadsepikris-kopierar-misstankt-erysipelas-efter-dvt", "skane", P("1955-02-02", "427"), [
    N("n1", ME, "Akutanteckning", "s_akut_hbg", "Ellinor Lund", L, "2024-10-02 15:00", OV, [
        ("Bedömning", "Rodnad, svullet och varmt hö underben. Misstänkt erysipelas, DD DVT. Kåvepenin startas, UL vener i morgon."),
    ]),
    N("n2", ME, "Daganteckning", "s_med_hbg", "Simon Tran", L, "2024-10-03 13:00", SV, [
        ("Bedömning", "UL: DVT i v. femoralis och v. poplitea hö. Ingen erysipelas, penicillin seponeras och Fragmin i behandlingsdos insätts. Pat informerad."),
    ]),
    N("n3", ME, "Omvårdnadsepikris", "s_med_hbg", "Anna Holgersson", SSK, "2024-10-05 11:00", SV, [
        ("Omvårdnad", "Inlagd pga misstänkt erysipelas i hö underben. Har lärt sig ge Fragmin själv i buken, gångträning med stödstrumpa. Hem idag till egen bostad."),
    ]),
], [('NL102', 'n1'), ('NL102', 'n3')], [('NL102', 'n2')],
  "copy-forward by a nurse: the nursing discharge summary repeats 'misstänkt erysipelas' after the physician replaced it by DVT; in n3 the hedge stands alone")

# 86
C("d51-v-tillfallighetsfynd-rundhard-preop-ej-informerad", "vgr", P("1948-09-19", "392"), [
    N("n1", ME, "Preoperativ bedömning", "v_ortavd_mol", "Filip Ahl", L, "2024-05-28 18:00", SV, [
        ("Aktuellt", "Höftfraktur vä efter fall, op i morgon."),
        ("Utredning", "Rtg pulm preop: 2 cm rundhärd i vä ovanlob, malignitet kan inte uteslutas."),
        ("Bedömning", "Pat ej informerad om lungfyndet före operationen, tas upp postoperativt tillsammans med dottern. DT thorax beställd."),
    ]),
    N("n2", ME, "Daganteckning", "v_ortavd_mol", "Filip Ahl", L, "2024-05-31 10:00", SV, [
        ("Samtal", "Informerat pat och dotter om förändringen som syntes på lungröntgen. Remiss lungmedicin för vidare utredning, DT thorax gjord igår och svar inväntas."),
    ]),
], [("NL102", "n1"), ("NL101", "n1")], [("NL102", "n2"), ("NL101", "n2")],
  "incidental lung nodule with 'malignitet kan inte uteslutas' withheld until after surgery (NL101+NL102); the later note tells the finding without naming a diagnosis")

# 87
C("d51-s-kurator-stodsamtal-efter-beskedet-mamman-vet-ej", "skane", P("1978-01-07", "402"), [
    N("n1", ME, "Läkaranteckning", "s_kirmott_kristianstad", "Lisa Hägg", L, "2024-01-10 11:00", OV, [
        ("Diagnos", "Lobulär bröstcancer vä, 22 mm, N0."),
        ("Bedömning", "Besked givet till pat och maken. Mastektomi planeras."),
    ]),
    N("n2", ME, "Kuratorsanteckning", "s_kirmott_kristianstad", "Kerstin Åberg", KUR, "2024-01-24 14:00", OV, [
        ("Samtal", "Stödsamtal två veckor efter cancerbeskedet. Pat sover dåligt och oroar sig för barnen. Hon har valt att inte berätta om bröstcancern för sin mamma, som är svårt sjuk."),
        ("Planering", "Ny tid om en vecka, tips om Bröstcancerförbundets kontaktpersoner."),
    ]),
], [], [('NL102', 'n1'), ('NL101', 'n2'), ('NL102', 'n2')],
  "counsellor's support note after the diagnosis was told; the patient's mother is the one not told: no NL101")

# 88
C("d51-v-bror-misstankt-marfan-pat-trolig-marfan", "vgr", P("2002-06-04", "439"), [
    N("n1", ME, "Mottagningsanteckning", "v_kard_sas", "Adam Kjellén", L, "2024-06-25 13:00", OV, [
        ("Anamnes", "Remiss efter att brodern utretts för misstänkt Marfans syndrom. Pappan dog plötsligt vid 45 års ålder."),
        ("Status", "Längd 198 cm, armspann 206 cm, arachnodaktyli, positivt handledstecken."),
        ("Bedömning", "Trolig Marfans syndrom även hos pat. Eko, ögonundersökning och genetisk analys av FBN1."),
    ]),
    N("n2", ME, "Mottagningsanteckning", "v_kard_sas", "Adam Kjellén", L, "2024-08-20 13:00", OV, [
        ("Bedömning", "Patogen variant i FBN1, aortarot 44 mm, ektopia lentis bilat. Marfans syndrom enligt Ghent-kriterierna. Pat informerad, betablockad insätts."),
    ]),
], [('NL102', 'n1')], [('NL102', 'n2')],
  "the brother's suspected Marfan would not count, but the note also hedges the patient's own 'Trolig Marfans syndrom'")

# 89
C("d51-s-esofaguscancer-ska-ej-medelas-fore-mdk-typo", "skane", P("1951-09-08", "176"), [
    N("n1", ME, "Läkaranteckning", "s_gastro_lkr", "Karl-Johan Wendt", L, "2024-11-18 16:30", OV, [
        ("Provsvar", "PAD från gastroskopin: adenocarcinom i distala esofagus."),
        ("Planering", "Diagnosen ska ej medelas pat förrän efter MDK 25/11, då behandlingsförslaget är klart. DT thorax-buk och PET-DT beställda."),
    ]),
    N("n2", ME, "Mottagningsanteckning", "s_gastro_lkr", "Karl-Johan Wendt", L, "2024-11-27 10:00", OV, [
        ("Samtal", "MDK: kurativ intention med neoadjuvant cytostatika och operation. Pat informerad om esofaguscancern och planen, dottern med på telefon."),
    ]),
], [('NL101', 'n1')], [('NL102', 'n1'), ('NL101', 'n2')],
  "typo 'ska ej medelas' still says the confirmed cancer must not be told before the conference: NL101; told after it")

# 90
C("d51-v-misstankt-parkinson-vill-se-datscan-forst", "vgr", P("1950-12-15", "773"), [
    N("n1", ME, "Mottagningsanteckning", "v_neuro_su", "Sara Bengtsson", L, "2024-03-11 10:00", OV, [
        ("Status", "Vilotremor hö hand, bradykinesi och lätt rigiditet hö sida, minskad armpendling vid gång."),
        ("Bedömning", "Misstänkt Parkinsons sjukdom. Har inte tagit upp misstanken med pat ännu, vill se DaTSCAN först."),
    ]),
    N("n2", ME, "Mottagningsanteckning", "v_neuro_su", "Sara Bengtsson", L, "2024-04-15 10:00", OV, [
        ("Bedömning", "DaTSCAN med nedsatt upptag i putamen vä. Parkinsons sjukdom, meddelat pat och hustru idag. Levodopa provas."),
    ]),
], [("NL102", "n1"), ("NL101", "n1")], [("NL102", "n2"), ("NL101", "n2")],
  "suspected Parkinson written visibly while the physician has not yet raised it with the patient; DaTSCAN confirms and the diagnosis is told")
# ================================================================ cases 91-95

# 91
C("d51-s-misstankt-lungtuberkulos-tolk-saknas", "skane", P("1992-04-25", "871"), [
    N("n1", ME, "Akutanteckning", "s_akut_mas", "Helena Kovač", L, "2024-02-22 21:15", OV, [
        ("Aktuellt", "Hosta i tre månader, nattsvettningar och viktnedgång 8 kg. Kom till Sverige från Eritrea för ett år sedan."),
        ("Utredning", "Rtg pulm: kavitet i hö ovanlob med omgivande infiltrat."),
        ("Bedömning", "Misstänkt lungtuberkulos. Pat talar tigrinja och telefontolken bröt samtalet, pat därför ännu inte informerad om misstanken. Luftburen isolering, sputum x 3."),
    ]),
    N("n2", ME, "Läkaranteckning", "s_inf_mas", "Jonatan Möller", L, "2024-02-23 14:00", SV, [
        ("Provsvar", "Direktmikroskopi av sputum: syrafasta stavar. PCR för M. tuberculosis-komplexet positiv, ingen rifampicinresistens."),
        ("Samtal", "Pat informerad om lungtuberkulosen med tolk på plats, förstår behovet av isolering och fyradrogsbehandling."),
    ]),
    N("n3", ME, "Sjuksköterskeanteckning", "s_inf_mas", "Frida Olsson", SSK, "2024-02-26 10:30", SV, [
        ("Åtgärd", "Smittspårning påbörjad tillsammans med pat och tolk, tre hushållskontakter och en arbetskamrat listade. Kallelse till smittskyddsmottagningen skickas."),
    ]),
], [("NL102", "n1"), ("NL101", "n1")], [("NL102", "n2"), ("NL101", "n2"), ("NL102", "n3")],
  "a suspected TB diagnosis written visibly while the patient, lacking an interpreter, is not yet told; confirmed and told via interpreter the next day")

# 92
C("d51-v-misstankt-lymfomrecidiv-kontaktssk-vantar-pa-lakaren", "vgr", P("1964-08-31", "548"), [
    N("n1", ME, "Läkaranteckning", "v_hem_su", "Niklas Hansson", L, "2024-10-08 15:30", OV, [
        ("Utredning", "Uppföljande DT thorax-buk: nytillkomna förstorade retroperitoneala körtlar upp till 3 cm."),
        ("Bedömning", "Misstänkt recidiv av follikulärt lymfom. Pat ej informerad, jag ringer pat i morgon förmiddag."),
    ]),
    N("n2", ME, "Kontaktsjuksköterskeanteckning", "v_hem_su", "Petra Håkansson", SSK, "2024-10-08 16:45", OV, [
        ("Telefonkontakt", "Pat ringde och frågade om DT-svaret. Enligt dr Hansson misstänks att lymfomet har kommit tillbaka, men pat ska få beskedet av läkaren i morgon och har inte informerats av mig."),
    ]),
    N("n3", ME, "Telefonanteckning", "v_hem_su", "Niklas Hansson", L, "2024-10-09 10:10", OV, [
        ("Telefonkontakt", "Informerat pat om att DT inger misstanke om att lymfomet har återkommit. PET-DT och körtelbiopsi bokas, besök om två veckor."),
    ]),
], [("NL102", "n1"), ("NL101", "n1"), ("NL102", "n2"), ("NL101", "n2"), ("NL102", "n3")], [("NL101", "n3")],
  "physician and contact nurse both write the suspected relapse visibly while the patient awaits the call; the call tells it, still hedged")

# 93
C("d51-s-demens-pat-kan-inte-ta-till-sig-sonen-informerad", "skane", P("1933-01-18", "260"), [
    N("n1", ME, "Läkaranteckning", "s_geri_trbg", "Annelie Svärd", L, "2024-05-07 13:00", SV, [
        ("Aktuellt", "Måttlig Alzheimerdemens, inlagd för viktnedgång och trötthet."),
        ("Utredning", "DT buk: multipla lågattenuerande leverförändringar och förtjockad ventrikelvägg."),
        ("Bedömning", "Trolig metastaserad ventrikelcancer. Pat ej informerad om fynden, hon kan inte ta till sig informationen i dag; sonen informerad per telefon."),
    ]),
    N("n2", ME, "Läkaranteckning", "s_geri_trbg", "Annelie Svärd", L, "2024-05-09 14:30", SV, [
        ("Samtal", "Brytpunktssamtal med sonen och dottern. Palliativ vård i hemmet med ASIH, ingen ytterligare utredning av tumören."),
    ]),
], [("NL102", "n1"), ("NL101", "n1")], [("NL102", "n2")],
  "a hedged cancer diagnosis visible while the demented patient is not told (relatives are); the following note names no diagnosis")

# 94
C("d51-v-trolig-njurcancer-besked-vid-besok-opdatum", "vgr", P("1967-03-14", "476"), [
    N("n1", ME, "Läkaranteckning", "v_uro_lidk", "Mikaela Sjödin", L, "2024-09-10 11:20", OV, [
        ("Provsvar", "DT buk med kontrast (tillfällighetsfynd vid utredning av njursten): 5 cm solid kontrastladdande tumör i hö njures nedre pol."),
        ("Bedömning", "Trolig njurcancer. Pat ej informerad, besked vid mottagningsbesök 17/9, kallelse skickad."),
    ]),
    N("n2", ME, "Mottagningsanteckning", "v_uro_lidk", "Mikaela Sjödin", L, "2024-09-17 10:00", OV, [
        ("Samtal", "Informerat pat och sambo om att förändringen i hö njure sannolikt är en njurcancer och att den bör opereras bort."),
        ("Planering", "Robotassisterad partiell nefrektomi, DT thorax för stadieindelning."),
    ]),
    N("n3", ME, "Kontaktsjuksköterskeanteckning", "v_uro_lidk", "Lena Grahn", SSK, "2024-09-24 09:40", OV, [
        ("Telefonkontakt", "Meddelat pat op-datum 15/10 och preoperativt besök 8/10. DT thorax utan spridning enligt dr Sjödin, pat informerad om det."),
    ]),
], [("NL102", "n1"), ("NL101", "n1"), ("NL102", "n2")], [("NL101", "n2"), ("NL102", "n3")],
  "'Trolig njurcancer' not yet told (NL101+NL102); told while still hedged (NL102 only); the contact nurse's note has dates and a normal result only")

# 95
C("d51-s-trolig-aml-nattssk-hematolog-tar-samtalet", "skane", P("1974-06-09", "317"), [
    N("n1", ME, "Akutanteckning", "s_akut_lund", "Pontus Berg", L, "2024-12-09 19:40", OV, [
        ("Utredning", "LPK 86, Hb 79, TPK 22. Manuell diff: 60 % blaster med Auerstavar."),
        ("Bedömning", "Trolig akut myeloisk leukemi. Pat ej informerad om misstanken ikväll, hematologjouren informerar i morgon bitti. Inläggning hematologen."),
    ]),
    N("n2", ME, "Omvårdnadsanteckning", "s_hem_lund", "Ylva Kron", SSK, "2024-12-10 03:15", SV, [
        ("Omvårdnad", "Pat vaken och undrar vad proverna visar. Enligt jourläkaren rör det sig troligen om leukemi, men pat ej informerad av mig; hematologen tar samtalet på morgonen. Fått Stilnoct."),
    ]),
    N("n3", ME, "Läkaranteckning", "s_hem_lund", "Cecilia Borg", L, "2024-12-10 10:30", SV, [
        ("Utredning", "Benmärg: AML med NPM1-mutation, FLT3 negativ."),
        ("Samtal", "Besked om akut myeloisk leukemi givet till pat och hustru. Induktionsbehandling startar i morgon efter CVK-inläggning."),
    ]),
], [("NL102", "n1"), ("NL101", "n1"), ("NL102", "n2"), ("NL101", "n2")], [("NL102", "n3"), ("NL101", "n3")],
  "suspected AML withheld overnight by the ED physician and repeated by the night nurse (both NL101+NL102); the haematologist confirms and tells")

# ================================================================ drafts (pre-signing)
# Unsigned drafts: the rules apply before signing as well.
DRAFTS = {
    ("d51-s-susp-le-kopierad-framat-tills-dt-avskriver", "n2"),
    ("d51-v-ms-i-tidiga-hypoteser-sen-bekraftad", "n2"),
    ("d51-s-pankreas-dt-fynd-natt-besked-dagen-efter-pad", "n2"),
    ("d51-s-prostata-pad-ej-meddelad-till-aterbesok", "n2"),
    ("d51-s-tidiga-hypoteser-som-sokord-skyddar-inte-i-skane", "n1"),
    ("d51-v-melanom-ssk-telefon-pad-ej-meddelad", "n3"),
    ("d51-v-hiv-test-positivt-pat-nas-ej", "n3"),
    ("d51-s-sab-fragestallning-i-kopierad-daganteckning", "n3"),
    ("d51-v-ovarialcancer-fryssnitt-postop-ej-informerad", "n3"),
    ("d51-s-kurator-pat-vet-inte-om-misstankt-ftd", "n2"),
    ("d51-v-endokardit-inskrivningstext-kopieras-efter-duke", "n3"),
    ("d51-s-koloncancer-pad-efter-utskrivning-kallas", "n1"),
    ("d51-v-nattssk-subduralhematom-pat-sover", "n1"),
    ("d51-s-lang-akutanteckning-dd-lista-brostsmarta", "n2"),
    ("d51-v-anorexi-tidiga-hypoteser-sedan-kan-passa-med", "n2"),
    ("d51-s-omvardnadsepikris-kopierar-misstankt-erysipelas-efter-dvt", "n3"),
    ("d51-v-misstankt-parkinson-vill-se-datscan-forst", "n1"),
    ("d51-s-esofaguscancer-ska-ej-medelas-fore-mdk-typo", "n2"),
    ("d51-v-tillfallighetsfynd-rundhard-preop-ej-informerad", "n1"),
}


def apply_drafts():
    seen = set()
    for c in CASES:
        for n in c["record"]["notes"]:
            if (c["case"], n["id"]) in DRAFTS:
                n["signed"] = None
                seen.add((c["case"], n["id"]))
    return DRAFTS - seen


# ================================================================ validation
SKANE_PROTECTED_TEMPLATES = {"Tidiga hypoteser"}
VGR_PROTECTED_KEYWORDS = {"Tidiga hypoteser"}
CODES = {"NL101", "NL102"}


def luhn_ok(ten):
    s = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d - 9 if d > 9 else d
    return s % 10 == 0


def age_at(birth, when):
    b = _dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def split_sentences(text):
    out = []
    for line in text.split("\n"):
        for s in re.split(r"(?<=[.!?])\s+", line):
            s = s.strip()
            if s:
                out.append(s)
    return out


def validate():
    errs = []
    names = set()
    sent_seen = {}
    for c in CASES:
        nm = c["case"]
        if set(c) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errs.append(f"{nm}: keys")
        if nm in names:
            errs.append(f"{nm}: duplicate case name")
        names.add(nm)
        if not nm.startswith("d51-"):
            errs.append(f"{nm}: prefix")
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{nm}: ruleset")
        if not c["why"].strip():
            errs.append(f"{nm}: empty why")
        rec = c["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errs.append(f"{nm}: record keys")
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errs.append(f"{nm}: non-empty lists")
        pat = rec["patient"]
        pid = pat["id"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errs.append(f"{nm}: pnr format")
        else:
            if not luhn_ok(pid[2:8] + pid[9:]):
                errs.append(f"{nm}: Luhn")
            if pid[:8] != pat["birth_date"].replace("-", ""):
                errs.append(f"{nm}: pnr/birth_date mismatch")
        as_of = _dt.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            errs.append(f"{nm}: as_of not 2024")
        ids = {}
        times = [as_of]
        for n in rec["notes"]:
            if set(n) != {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}:
                errs.append(f"{nm}/{n.get('id')}: note keys")
            if n["id"] in ids:
                errs.append(f"{nm}: duplicate note id {n['id']}")
            ids[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                errs.append(f"{nm}/{n['id']}: system")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append(f"{nm}/{n['id']}: VGR note not Melior")
            if n["setting"] not in ("öppenvård", "slutenvård"):
                errs.append(f"{nm}/{n['id']}: setting")
            if c["ruleset"] == "skane" and not n["unit"]["hsa_id"].startswith("SE2321000255-"):
                errs.append(f"{nm}/{n['id']}: Skåne unit in other region")
            if c["ruleset"] == "vgr" and not n["unit"]["hsa_id"].startswith("SE2321000131-"):
                errs.append(f"{nm}/{n['id']}: VGR unit in other region")
            if n["system"] == "PMO" and "-P" not in n["unit"]["hsa_id"]:
                errs.append(f"{nm}/{n['id']}: PMO note at hospital unit")
            if n["system"] == "Melior" and "-P" in n["unit"]["hsa_id"]:
                errs.append(f"{nm}/{n['id']}: Melior note at primary care unit")
            t = _dt.datetime.fromisoformat(n["time"])
            times.append(t)
            if t.year != 2024:
                errs.append(f"{nm}/{n['id']}: time not 2024")
            if t > as_of:
                errs.append(f"{nm}/{n['id']}: note after as_of")
            if n["signed"] is not None:
                sg = _dt.datetime.fromisoformat(n["signed"])
                if sg.year != 2024 or sg < t or sg > as_of:
                    errs.append(f"{nm}/{n['id']}: signed")
            if not n["sections"]:
                errs.append(f"{nm}/{n['id']}: no sections")
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["keyword"] or not sec["text"].strip():
                    errs.append(f"{nm}/{n['id']}: section")
                for s in split_sentences(sec["text"]):
                    if len(s) >= 25:
                        if s in sent_seen:
                            errs.append(f"{nm}/{n['id']}: sentence repeated (also in {sent_seen[s]}): {s}")
                        else:
                            sent_seen[s] = f"{nm}/{n['id']}"
        for t in times:
            a = age_at(pat["birth_date"], t)
            if 13 <= a <= 15 or a < 0:
                errs.append(f"{nm}: patient aged {a}")
        pairs = set()
        for lst, label in ((c["must"], "must"), (c["must_not"], "must_not")):
            for code, target in lst:
                if code not in CODES:
                    errs.append(f"{nm}: unexpected code {code}")
                if target not in ids:
                    errs.append(f"{nm}: {label} target {target} missing")
                    continue
                if (code, target) in pairs:
                    errs.append(f"{nm}: {code}/{target} asserted twice")
                pairs.add((code, target))
                sysm = ids[target]["system"]
                if code == "NL102" and sysm != "Melior" and label == "must":
                    errs.append(f"{nm}: NL102 must on non-Melior {target}")
                if code == "NL101" and sysm == "PMO":
                    errs.append(f"{nm}: NL101 asserted on PMO {target}")
        if not c["must"] and not c["must_not"]:
            errs.append(f"{nm}: nothing asserted")
    return errs


def main():
    missing = apply_drafts()
    errs = [f"draft target missing: {m}" for m in sorted(missing)]
    errs += validate()
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    out = os.path.join(HERE, "nl1_dev51_cases.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    stats = {}
    for c in CASES:
        for lst, label in ((c["must"], "must"), (c["must_not"], "must_not")):
            for code, _ in lst:
                stats[(code, label)] = stats.get((code, label), 0) + 1
    nn = sum(len(c["record"]["notes"]) for c in CASES)
    dr = sum(1 for c in CASES for n in c["record"]["notes"] if n["signed"] is None)
    reg = {r: sum(1 for c in CASES if c["ruleset"] == r) for r in ("skane", "vgr")}
    print(f"wrote {len(CASES)} cases ({reg}), {nn} notes, {dr} drafts -> {out}")
    for k in sorted(stats):
        print(k, stats[k])


if __name__ == "__main__":
    main()
