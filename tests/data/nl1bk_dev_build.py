#!/usr/bin/env python3
"""Gold cases nl1bk_dev_cases: NL1 (NL101/NL102, a few NL104) across specialties.

Theme: notes that mention many diagnoses which are NOT uncertain in the record
(confirmed and treated, ruled out, asked/worried about, risk and screening
statements, symptoms under investigation, plans, medication indications,
certificates, referral questions answered in the same note) with uncertain
diagnoses in between.  Dependency-free; `python3 build.py` writes
nl1bk_dev_cases.jsonl beside itself and validates it (exit 1 on any problem).
"""
import json
import os
import re
import sys
from datetime import datetime, timedelta, date

NAME = "nl1bk_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))

# key: (unit name, HSA-id, region, journal system)
U = {
    # ---- Skåne, Melior (hospitals, psychiatry)
    "s_orto_mal": ("Ortopedmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4102", "skane", "Melior"),
    "s_ortoavd_mal": ("Ortopedavdelning 4, Skånes universitetssjukhus Malmö", "SE2321000255-4118", "skane", "Melior"),
    "s_orto_hlm": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-3725", "skane", "Melior"),
    "s_ortoavd_hlm": ("Ortopedavdelning 1, Hässleholms sjukhus", "SE2321000255-3733", "skane", "Melior"),
    "s_orto_hbg": ("Ortopedmottagningen, Helsingborgs lasarett", "SE2321000255-5540", "skane", "Melior"),
    "s_fysio_hbg": ("Fysioterapin, Ortopedkliniken Helsingborgs lasarett", "SE2321000255-5562", "skane", "Melior"),
    "s_kard_hbg": ("Kardiologmottagningen, Helsingborgs lasarett", "SE2321000255-5318", "skane", "Melior"),
    "s_kardavd_lund": ("Kardiologiavdelning 2, Skånes universitetssjukhus Lund", "SE2321000255-6244", "skane", "Melior"),
    "s_hjart_kri": ("Hjärtmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-3402", "skane", "Melior"),
    "s_fys_mal": ("Klinisk fysiologi, Skånes universitetssjukhus Malmö", "SE2321000255-4390", "skane", "Melior"),
    "s_inf_lund": ("Infektionsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6127", "skane", "Melior"),
    "s_infavd_lund": ("Infektionsavdelning 1, Skånes universitetssjukhus Lund", "SE2321000255-6135", "skane", "Melior"),
    "s_inf_mal": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4471", "skane", "Melior"),
    "s_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-0638", "skane", "Melior"),
    "s_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-5011", "skane", "Melior"),
    "s_med_tbg": ("Medicinmottagningen, Trelleborgs lasarett", "SE2321000255-4476", "skane", "Melior"),
    "s_medavd_ystad": ("Medicinavdelning 3, Ystad lasarett", "SE2321000255-1852", "skane", "Melior"),
    "s_kir_ystad": ("Kirurgmottagningen, Ystad lasarett", "SE2321000255-1877", "skane", "Melior"),
    "s_gyn_kri": ("Kvinnokliniken, Centralsjukhuset Kristianstad", "SE2321000255-3391", "skane", "Melior"),
    "s_gyn_mal": ("Gynekologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4215", "skane", "Melior"),
    "s_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-2870", "skane", "Melior"),
    "s_onk_hbg": ("Onkologimottagningen, Helsingborgs lasarett", "SE2321000255-5705", "skane", "Melior"),
    "s_onkgen_lund": ("Onkogenetiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2894", "skane", "Melior"),
    "s_uro_lund": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4623", "skane", "Melior"),
    "s_ger_mal": ("Geriatriska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7045", "skane", "Melior"),
    "s_geravd_mal": ("Geriatrisk vårdavdelning 8, Skånes universitetssjukhus Malmö", "SE2321000255-7061", "skane", "Melior"),
    "s_minne_ang": ("Minnesmottagningen, Ängelholms sjukhus", "SE2321000255-5893", "skane", "Melior"),
    "s_asih_kri": ("ASIH Nordost, Centralsjukhuset Kristianstad", "SE2321000255-3460", "skane", "Melior"),
    "s_psyk_hbg": ("Psykiatrisk öppenvårdsmottagning Helsingborg", "SE2321000255-8513", "skane", "Melior"),
    "s_psyk_lund": ("Allmänpsykiatrisk mottagning Lund", "SE2321000255-8702", "skane", "Melior"),
    "s_psykavd_lund": ("Allmänpsykiatrisk avdelning 2, Psykiatri Lund", "SE2321000255-8821", "skane", "Melior"),
    "s_bup_mal": ("BUP-mottagning Malmö", "SE2321000255-9207", "skane", "Melior"),
    "s_bup_hbg": ("BUP-mottagning Helsingborg", "SE2321000255-9223", "skane", "Melior"),
    "s_barn_ystad": ("Barn- och ungdomsmedicinska mottagningen, Ystad lasarett", "SE2321000255-1964", "skane", "Melior"),
    "s_barnakut_lund": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-2116", "skane", "Melior"),
    "s_barndiab_lund": ("Barndiabetesmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2132", "skane", "Melior"),
    # ---- Skåne, PMO (primary care)
    "p_vc_lund": ("Vårdcentralen Sankt Lars, Lund", "SE2321000255-1133", "skane", "PMO"),
    "p_vc_sim": ("Vårdcentralen Österlen, Simrishamn", "SE2321000255-1248", "skane", "PMO"),
    "p_vc_lkr": ("Vårdcentralen Kronan, Landskrona", "SE2321000255-1305", "skane", "PMO"),
    "p_vc_hoor": ("Vårdcentralen Höör", "SE2321000255-1390", "skane", "PMO"),
    "p_bvc_lund": ("Barnavårdscentralen Linero, Lund", "SE2321000255-1161", "skane", "PMO"),
    "p_um_esl": ("Ungdomsmottagningen Eslöv", "SE2321000255-1427", "skane", "PMO"),
    "p_hsv_ystad": ("Hemsjukvården Ystad", "SE2321000255-1509", "skane", "PMO"),
    # ---- Västra Götaland, Melior
    "v_orto_mdl": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-3105", "vgr", "Melior"),
    "v_ortoakut_mdl": ("Ortopedakuten, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-3121", "vgr", "Melior"),
    "v_orto_bas": ("Ortopedmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-5260", "vgr", "Melior"),
    "v_ortoger_mdl": ("Ortogeriatrisk avdelning, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-3147", "vgr", "Melior"),
    "v_kard_bas": ("Kardiologimottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-5218", "vgr", "Melior"),
    "v_arytmi_su": ("Arytmimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-1042", "vgr", "Melior"),
    "v_kard_su": ("Hjärtmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-1068", "vgr", "Melior"),
    "v_inf_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-2209", "vgr", "Melior"),
    "v_infavd_ostra": ("Infektionsavdelning 3, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-2217", "vgr", "Melior"),
    "v_med_ali": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-6604", "vgr", "Melior"),
    "v_medavd_ali": ("Medicinavdelning 2, Alingsås lasarett", "SE2321000131-6612", "vgr", "Melior"),
    "v_medavd_udd": ("Medicinavdelning 32, NU-sjukvården Uddevalla", "SE2321000131-7351", "vgr", "Melior"),
    "v_akut_kung": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-8016", "vgr", "Melior"),
    "v_akut_sks": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-4011", "vgr", "Melior"),
    "v_gyn_nal": ("Gynekologmottagningen, NU-sjukvården NÄL", "SE2321000131-7420", "vgr", "Melior"),
    "v_smvc_nal": ("Specialistmödravården, NU-sjukvården NÄL", "SE2321000131-7438", "vgr", "Melior"),
    "v_gyn_sks": ("Kvinnokliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-4127", "vgr", "Melior"),
    "v_onk_jk": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-1190", "vgr", "Melior"),
    "v_onk_bas": ("Onkologimottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-5331", "vgr", "Melior"),
    "v_hem_su": ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-1224", "vgr", "Melior"),
    "v_uro_udd": ("Urologmottagningen, NU-sjukvården Uddevalla", "SE2321000131-7377", "vgr", "Melior"),
    "v_ger_mdl": ("Geriatrisk mottagning, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-3260", "vgr", "Melior"),
    "v_geravd_mdl": ("Geriatrisk akutvårdsavdelning, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-3278", "vgr", "Melior"),
    "v_minne_fro": ("Minnesmottagningen, Frölunda specialistsjukhus", "SE2321000131-9043", "vgr", "Melior"),
    "v_psyk_aff": ("Psykiatrimottagning Affektiva, Sahlgrenska Universitetssjukhuset", "SE2321000131-1317", "vgr", "Melior"),
    "v_psyk_udd": ("Psykiatrimottagning Uddevalla, NU-sjukvården", "SE2321000131-7490", "vgr", "Melior"),
    "v_psyk_sks": ("Psykiatriska mottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-4250", "vgr", "Melior"),
    "v_barn_sks": ("Barn- och ungdomsmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-4186", "vgr", "Melior"),
    "v_barnakut_dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-1406", "vgr", "Melior"),
    "v_barnneuro_dsbus": ("Barnneurologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-1414", "vgr", "Melior"),
    "v_barn_nal": ("Barn- och ungdomsmedicinska mottagningen, NU-sjukvården NÄL", "SE2321000131-7512", "vgr", "Melior"),
}

CASES = []


def _t(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


def N(unit, who, role, tmpl, when, secs, signed=35, setting="öppenvård", nid="n1", refs=()):
    """One note. signed = minutes after `when`, or None for an unsigned draft."""
    name, hsa, region, system = U[unit]
    t = _t(when)
    return {
        "_region": region,
        "id": nid, "system": system, "template": tmpl,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": who, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:%S"),
        "signed": None if signed is None else (t + timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S"),
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": v} for k, v in secs],
    }


def _luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(born, sex, k):
    y, m, d = born.split("-")
    serial = 200 + (k * 37) % 700
    last = serial % 10
    if (sex == "m") != (last % 2 == 1):
        serial += 1
    s3 = "%03d" % serial
    return "%s%s%s-%s%s" % (y, m, d, s3, _luhn_digit(y[2:] + m + d + s3))


def _targets(lst):
    out = []
    for x in lst:
        out.append([x, "n1"] if isinstance(x, str) else [x[0], x[1]])
    return out


def C(name, why, born, sex, notes, must=(), must_not=()):
    if isinstance(notes, dict):
        notes = [notes]
    regions = {n["_region"] for n in notes}
    if len(regions) != 1:
        raise SystemExit("mixed regions in " + name)
    CASES.append({"_name": name, "_why": why, "_born": born, "_sex": sex,
                  "_notes": notes, "_region": regions.pop(),
                  "_must": _targets(must), "_must_not": _targets(must_not)})

# =====================================================================
# Primary care, Skåne PMO: hedged diagnoses are never shown -> must_not NL102
# =====================================================================
C("pmo-vc-trolig-cystit-kand-diabetes",
  "PMO: hedged cystitis beside a known, treated type 2 diabetes; PMO never shows diagnoses",
  "1958-04-17", "f",
  N("p_vc_lund", "Karin Holmqvist", "läkare", "Läkaranteckning", "2024-02-06 09:40", [
      ("Kontaktorsak", "Sveda och täta trängningar sedan två dygn."),
      ("Anamnes", "Känd typ 2-diabetes sedan 2017, behandlas med metformin 1 g x 2. Ingen feber, ingen flanksmärta."),
      ("Status", "Opåverkad. Ingen dunkömhet över njurloger. U-sticka: nitrit pos, leukocyter 2+."),
      ("Bedömning", "Trolig okomplicerad nedre urinvägsinfektion. Diabetes i övrigt välkontrollerad, senaste HbA1c 48."),
      ("Åtgärd", "Pivmecillinam 400 mg 1x3 i 3 dagar. Åter vid feber eller utebliven förbättring."),
  ]),
  must_not=["NL102"])

C("pmo-vc-misstankt-subklinisk-hypotyreos",
  "PMO: 'Misstänkt subklinisk hypotyreos' next to a healed iron deficiency; PMO hides diagnoses",
  "1979-11-02", "f",
  N("p_vc_sim", "Johan Ekdahl", "läkare", "Läkaranteckning", "2024-03-14 11:10", [
      ("Aktuellt", "Trötthet sedan i vintras, fryser lätt, viss viktuppgång. Behandlad för järnbristanemi 2022, Hb nu 134."),
      ("Labb", "TSH 7,8 mIE/L, fritt T4 13 pmol/L."),
      ("Bedömning", "Misstänkt subklinisk hypotyreos. Järnbristen är utläkt."),
      ("Planering", "Nytt TSH, fritt T4 och TPO-antikroppar om sex veckor. Svar per telefon."),
  ]),
  must_not=["NL102"])

C("pmo-bvc-susp-hoftledsinstabilitet",
  "PMO BVC nurse note with 'Susp. höftledsinstabilitet' in a 4-month-old: PMO never shows diagnoses",
  "2023-12-02", "f",
  N("p_bvc_lund", "Maria Lindgren", "sjuksköterska", "BVC-anteckning", "2024-04-08 10:20", [
      ("Aktuellt", "4-månadersbesök. Föräldrarna berättar att flickan ammas och sover gott på nätterna."),
      ("Undersökning", "Vikt och längd följer kurvan. Asymmetriska lårveck, något begränsad abduktion i vänster höft."),
      ("Bedömning", "Susp. höftledsinstabilitet vä. I övrigt åldersadekvat utveckling."),
      ("Åtgärd", "BVC-läkaren har undersökt flickan, remiss till barnortopedisk mottagning skickad."),
  ]),
  must_not=["NL102"])

C("pmo-ungdomsmott-ev-klamydia",
  "PMO youth clinic: 'Ev. klamydiainfektion' after partner notification; PMO hides diagnoses",
  "2006-09-14", "m",
  N("p_um_esl", "Sofia Bengtsson", "barnmorska", "Barnmorskeanteckning", "2024-02-20 15:05", [
      ("Kontaktorsak", "Ringt in efter sms från tidigare partner som testats positiv för klamydia."),
      ("Anamnes", "Oskyddat samlag för tre veckor sedan. Inga besvär från urinrör eller testiklar."),
      ("Bedömning", "Ev. klamydiainfektion, smittad partner."),
      ("Åtgärd", "Klamydia-PCR från urin tagen. Informerad om att avstå samlag tills svar finns. Smittspårning påbörjad."),
  ]),
  must_not=["NL102"])

C("pmo-hemsjukvard-misstankt-trycksar",
  "PMO home-care nurse: 'Misstänkt trycksår' beside known heart failure and COPD; PMO hides diagnoses",
  "1935-06-23", "f",
  N("p_hsv_ystad", "Lena Nyström", "sjuksköterska", "Omvårdnadsanteckning", "2024-05-03 13:30", [
      ("Omvårdnad", "Hembesök för såromläggning. Pat med känd hjärtsvikt och KOL, sängliggande större delen av dygnet."),
      ("Hud", "Kvarstående rodnad över sacrum som inte bleknar vid tryck, intakt hud. Misstänkt trycksår kategori 1."),
      ("Åtgärd", "Lägesändring varannan timme, tryckavlastande madrass beställd. Distriktsläkaren informerad."),
  ], setting="hemsjukvård"),
  must_not=["NL102"])

C("pmo-vc-sannolkit-viral-bronkit-typo",
  "PMO: DD pneumoni/bronkit and typo 'Sannolkit' next to known asthma; PMO hides diagnoses (typo)",
  "1987-01-29", "m",
  N("p_vc_lkr", "Ahmed Karimi", "läkare", "Läkaranteckning", "2024-01-22 14:45", [
      ("Aktuellt", "Hosta i tio dagar, nu gulgrönt slem. Astmatiker sedan barndomen, använder Symbicort vid behov."),
      ("Status", "AT gott. Lungor: spridda ronki, inga rassel. Sat 97 %. CRP 21."),
      ("Bedömning", "DD pneumoni/bronkit. Sannolkit akut viral bronkit, astman stabil."),
      ("Åtgärd", "Ingen antibiotika. Återkontakt vid feber eller andfåddhet."),
  ]),
  must_not=["NL102"])

C("pmo-vc-depression-kan-ej-uteslutas",
  "PMO: 'Egentlig depression kan ej uteslutas' beside treated hypertension; PMO hides diagnoses",
  "1969-08-08", "m",
  N("p_vc_hoor", "Eva Strand", "läkare", "Läkaranteckning", "2024-09-17 08:50", [
      ("Kontaktorsak", "Sömnbesvär och nedstämdhet efter separation i somras."),
      ("Anamnes", "Behandlas för hypertoni med enalapril. Ingen tidigare psykisk ohälsa. Arbetar som busschaufför."),
      ("Bedömning", "PHQ-9 12 p. Egentlig depression kan ej uteslutas, differentialdiagnos anpassningsstörning."),
      ("Planering", "Tid hos vårdcentralens psykolog, nytt läkarbesök om tre veckor. Suicidrisken bedömd som låg."),
  ], signed=None),
  must_not=["NL102"])

C("pmo-vc-arskontroll-diabetes-lang",
  "PMO long diabetes review: risk, screening, indications and one 'misstänkt perifer neuropati'; PMO hides diagnoses",
  "1951-03-05", "m",
  N("p_vc_lund", "Petra Wallin", "läkare", "Läkaranteckning", "2024-10-01 10:00", [
      ("Kontaktorsak", "Årskontroll diabetes typ 2, bokad av diabetessköterskan efter hennes besök förra veckan."),
      ("Anamnes", "Diabetes typ 2 sedan 2009. Hypertoni sedan 2012. Genomgången hjärtinfarkt 2019 med PCI mot LAD, inga kärlkrampsbesvär sedan dess. Giktattack i vänster stortå 2021, inga nya anfall på allopurinol. Pat berättar om domningar i fötterna på kvällarna sedan i våras, ingen smärta. Han går med hunden två gånger om dagen och har slutat snusa."),
      ("Levnadsvanor", "Icke-rökare sedan 2019, slutade snusa i vintras. Alkohol två glas vin i veckan. Äter regelbundet men mycket bröd; har träffat dietisten en gång tidigare. Bor med hustrun i radhus."),
      ("Läkemedel", "Metformin 1 g x 2 mot diabetes. Jardiance 10 mg, insatt efter infarkten för kardiovaskulärt skydd. Ramipril 5 mg mot hypertoni. Atorvastatin 80 mg och Trombyl 75 mg som sekundärprevention. Allopurinol 200 mg mot gikt."),
      ("Status", "BT 134/76. Vikt 91 kg, midjemått 104 cm. Fötter: inga sår, normal hudfärg, fotpulsar palpabla. Monofilament: nedsatt känsel på båda fotsulorna, vibrationssinne nedsatt vid stortåleden bilateralt."),
      ("Labb", "HbA1c 54 mmol/mol. LDL 1,6. U-albumin/krea-kvot 2,1. eGFR 68."),
      ("Screening", "Ögonbottenfotografering i mars utan retinopati. Fotstatus riskgrupp 2 enligt nationella riktlinjer. Ingen mikroalbuminuri."),
      ("Bedömning", "Diabetes typ 2 med acceptabel glukoskontroll, lipider och blodtryck i mål. Misstänkt perifer diabetesneuropati. Ökad risk för fotsår pga nedsatt sensibilitet. Hjärtsjukdomen stabil."),
      ("Planering", "Remiss till fotterapeut. B12 kontrolleras pga metforminbehandling. Oförändrad läkemedelsbehandling. Nästa årskontroll hösten 2025, diabetessköterska om sex månader. Pat har fått skriftliga råd om fotvård och om att undersöka fötterna dagligen."),
  ], signed=50),
  must_not=["NL102"])

# =====================================================================
# Cardiology
# =====================================================================
C("kard-indikationer-lakemedelslista",
  "medication indications and confirmed cardiac diagnoses, no hedge anywhere",
  "1953-02-11", "m",
  N("s_kard_hbg", "Per Sjöberg", "läkare", "Mottagningsanteckning", "2024-04-16 13:00", [
      ("Aktuellt", "Årlig kontroll. Mår bra, promenerar 3 km dagligen utan bröstsmärta."),
      ("Läkemedel", "Eliquis 5 mg x 2 pga paroxysmalt förmaksflimmer. Atorvastatin 40 mg som sekundärprevention efter NSTEMI 2022. Metoprolol 50 mg x 1 mot hypertoni och för frekvenskontroll."),
      ("Status", "Cor: regelbunden rytm, inga blåsljud. BT 132/78. EKG: sinusrytm 62/min."),
      ("Bedömning", "Stabil kranskärlssjukdom utan angina. Förmaksflimret symtomfritt under året. Blodtrycket i mål."),
      ("Planering", "Oförändrad behandling. Lipidstatus och kreatinin inför nästa årskontroll."),
  ]),
  must_not=["NL102"])

C("kard-misstankt-hjartsvikt-bnp",
  "'Misstänkt hjärtsvikt' in Bedömning of a VGR Melior note, among a known hypertension",
  "1956-07-30", "f",
  N("v_kard_bas", "Elin Carlsson", "läkare", "Mottagningsanteckning", "2024-03-05 10:30", [
      ("Aktuellt", "Remiss från vårdcentral pga tilltagande ansträngningsdyspné och ankelödem sedan två månader. Känd hypertoni sedan 2015, behandlas med amlodipin."),
      ("Status", "Halsvenstas ca 4 cm. Basala krepitationer bilateralt. Pittingödem till mitten av underbenen."),
      ("Lab", "NT-proBNP 1850 ng/L. Kreatinin 92."),
      ("Bedömning", "Misstänkt hjärtsvikt, oklar genes. Ekokardiografi beställd, furosemid 40 mg insatt i väntan på den."),
  ]),
  must=["NL102"])

C("kard-ischemi-utesluten-arbetsprov",
  "referral question answered: ischemic heart disease ruled out by exercise test, musculoskeletal pain confirmed",
  "1970-05-19", "m",
  N("v_med_ali", "Björn Lundgren", "läkare", "Mottagningsanteckning", "2024-02-27 09:15", [
      ("Frågeställning", "Ansträngningsutlöst bröstsmärta? Remiss från företagshälsovården."),
      ("Undersökning", "Arbetsprov till 220 W, 105 % av förväntat. Inga ST-förändringar, ingen bröstsmärta under belastning."),
      ("Bedömning", "Ischemisk hjärtsjukdom är utesluten. Smärtan reproduceras vid palpation av bröstväggen; muskuloskeletal bröstsmärta."),
      ("Planering", "Ingen ytterligare kardiologisk utredning. Åter till remittenten."),
  ]),
  must_not=["NL102"])

C("kard-dd-perikardit-myoperikardit",
  "'DD perikardit, myoperikardit' in an inpatient cardiology note",
  "2000-03-03", "m",
  N("s_kardavd_lund", "Ida Nordin", "läkare", "Inskrivningsanteckning", "2024-01-12 22:40", [
      ("Anamnes", "Bröstsmärta som förvärras i liggande, förkylning för en vecka sedan. Frisk sedan tidigare."),
      ("Status", "EKG: konkava ST-höjningar i flera avledningar. Troponin T 38 ng/L, stigande till 61."),
      ("Bedömning", "DD perikardit, myoperikardit. Akut koronart syndrom bedöms inte aktuellt med hänsyn till ålder och EKG-bild."),
      ("Planering", "Ekokardiografi i morgon, MR hjärta under vårdtiden. Ibuprofen och kolkicin."),
  ], setting="slutenvård"),
  must=["NL102"])

C("kard-riskfaktorer-primarprevention",
  "risk statements (SCORE2, heredity) and preventive statin: no diagnosis is hedged",
  "1972-10-09", "m",
  N("s_med_tbg", "Oskar Hedlund", "läkare", "Mottagningsanteckning", "2024-06-11 14:20", [
      ("Aktuellt", "Remitterad pga högt LDL vid hälsokontroll. Far fick hjärtinfarkt vid 48 års ålder."),
      ("Lab", "LDL 4,9 mmol/L, Lp(a) 180 nmol/L. Fasteglukos 5,4."),
      ("Bedömning", "Hög kardiovaskulär risk enligt SCORE2 pga rökning, hereditet och lipidnivåer. Ingen känd kranskärlssjukdom och inga symtom på sådan."),
      ("Planering", "Rökstopp rekommenderat, erbjuds rökavvänjning. Rosuvastatin 10 mg i primärprevention, lipidkontroll om tre månader."),
  ]),
  must_not=["NL102"])

C("kard-av-block-pat-ej-nadd-nl101",
  "confirmed AV-block written while the note says the patient is not yet informed (could not be reached)",
  "1947-01-15", "m",
  N("v_arytmi_su", "Anders Wikström", "läkare", "Telefonanteckning", "2024-04-05 15:50", [
      ("Kontaktorsak", "Holterregistrering från 3/4 analyserad."),
      ("Resultat", "Intermittent AV-block II typ Mobitz 2 med pauser upp till 3,2 sekunder, sammanfaller i tid med patientens yrselattacker."),
      ("Bedömning", "AV-block II Mobitz 2 med indikation för pacemaker."),
      ("Planering", "Sökt pat per telefon två gånger utan svar; patienten är ännu inte informerad om fyndet. Nytt försök i morgon förmiddag, pacemakerinläggning anmäld."),
  ]),
  must=["NL101"])

C("kard-remissvar-hjartsvikt-fraga-besvarad",
  "'Hjärtsvikt?' as the referral question, answered negative in the same reply",
  "1961-12-01", "f",
  N("s_fys_mal", "Hanna Persson", "läkare", "Remissvar", "2024-05-21 11:45", [
      ("Frågeställning", "Hjärtsvikt? Dyspné och förhöjt NT-proBNP enligt remissen."),
      ("Fynd", "Normalstor vänster kammare med normal systolisk funktion, EF 60 %. Ingen diastolisk dysfunktion. Inga betydelsefulla klaffel. Normalt tryck i lungkretsloppet."),
      ("Svar", "Ekokardiografiskt inga tecken på hjärtsvikt."),
  ]),
  must_not=["NL102"])

C("kard-sannolikt-vasovagal-synkope",
  "'Sannolikt vasovagal synkope' in an emergency note (typo)",
  "2001-08-25", "f",
  N("v_akut_kung", "Fredrik Olausson", "läkare", "Akutanteckning", "2024-07-02 16:10", [
      ("Anamnes", "Svimmade i samband med blodprovstagning, föregått av illamående och svettning. Vaken efter ca 20 sekunder. Inga kramper, inget tungbett."),
      ("Status", "EKG: sinusrytm, normalt QTc. Ortostatiskt blodtryck utan fall."),
      ("Bedömning", "Sannoliklt vasovagal synkope. Ingen indikation för vidare kardiologisk utredning."),
  ], setting="akutmottagning"),
  must=["NL102"])

C("kard-hjartsviktsmott-ev-upptitrering",
  "hedges (ev., möjligen) about dosing only; heart failure is confirmed",
  "1950-02-14", "m",
  N("s_hjart_kri", "Ulrika Åkesson", "sjuksköterska", "Sjuksköterskeanteckning", "2024-08-20 09:30", [
      ("Aktuellt", "Besök på sjuksköterskeledd hjärtsviktsmottagning. Hjärtsvikt med nedsatt ejektionsfraktion, EF 35 %, NYHA II."),
      ("Mätvärden", "Vikt 82 kg, oförändrad. BT 108/64, puls 68. Kalium 4,4, kreatinin 110."),
      ("Bedömning", "Stabil, inga ödem. Tolererar Entresto väl."),
      ("Planering", "Ev. upptitrering av Entresto till 97/103 mg efter samråd med läkare. Möjligen kan diuretikadosen sänkas om vikten håller sig."),
  ]),
  must_not=["NL102"])

C("kard-misstankt-hcm-bror-bekraftad",
  "patient's 'Misstänkt hypertrofisk kardiomyopati' while the brother's HCM is confirmed",
  "1985-04-04", "m",
  N("v_kard_su", "Sara Jansson", "läkare", "Mottagningsanteckning", "2024-10-15 13:15", [
      ("Hereditet", "Bror har genetiskt verifierad hypertrofisk kardiomyopati och ICD sedan 2020."),
      ("Undersökning", "Ekokardiografi: septumtjocklek 17 mm, ingen obstruktion i vila. EKG med uttalade vänsterkammarhypertrofitecken."),
      ("Bedömning", "Misstänkt hypertrofisk kardiomyopati. MR hjärta och genetisk kaskadtestning beställda."),
      ("Planering", "Avrådes från tävlingsidrott tills utredningen är klar."),
  ]),
  must=["NL102"])

C("kard-ev-forsmaksfladder-bland-kanda",
  "'Ev. förmaksfladder' among known COPD and diabetes",
  "1949-09-09", "f",
  N("s_hjart_kri", "Martin Bergkvist", "läkare", "Mottagningsanteckning", "2024-11-05 10:40", [
      ("Anamnes", "Känd KOL GOLD 2 och diabetes typ 2. Hjärtklappning i attacker sedan en månad."),
      ("Status", "EKG i vila: regelbunden takykardi 150/min med sågtandsliknande baslinje i II, III och aVF."),
      ("Bedömning", "Ev. förmaksfladder med 2:1-överledning. KOL och diabetes stabila."),
      ("Planering", "24-timmars Holter, ekokardiografi. Bisoprolol 2,5 mg insatt."),
  ]),
  must=["NL102"])

C("kard-trol-takykardiomyopati",
  "'Trol. takykardiomyopati' beside confirmed persistent atrial fibrillation (abbreviated hedge)",
  "1964-06-18", "m",
  N("v_kard_bas", "Lars-Erik Nyberg", "läkare", "Mottagningsanteckning", "2024-09-03 14:00", [
      ("Aktuellt", "Persisterande förmaksflimmer sedan i våras med hög kammarfrekvens, elkonverterad i augusti."),
      ("Undersökning", "Ekokardiografi: EF 38 %, normala väggtjocklekar. Vid förra ekot 2021 var EF 55 %."),
      ("Bedömning", "Trol. takykardiomyopati sekundärt till förmaksflimret. Sinusrytm efter konverteringen."),
      ("Planering", "Nytt eko om tre månader. Remiss för ablation."),
  ]),
  must=["NL102"])

C("kard-susp-aortadissektion-akut",
  "'Susp. aortadissektion' in an emergency note beside a treated hypertension; unsigned draft",
  "1959-11-28", "m",
  N("s_akut_lund", "Jenny Falk", "läkare", "Akutanteckning", "2024-02-17 03:20", [
      ("Anamnes", "Plötslig rivande smärta mellan skulderbladen för en timme sedan. Behandlad hypertoni, i övrigt frisk."),
      ("Status", "BT hö arm 185/100, vä arm 150/85. Pulsdeficit vä a. radialis."),
      ("Bedömning", "Susp. aortadissektion typ B. DT-angiografi akut, thoraxkirurg förvarnad."),
  ], signed=None, setting="akutmottagning"),
  must=["NL102"])
# =====================================================================
# Infection
# =====================================================================
C("inf-borrelia-oro-ingen-em",
  "patient's worry about borreliosis, answered: no EM, no neuroborreliosis, negative serology (typo)",
  "1979-05-12", "f",
  N("s_inf_lund", "Jonas Mattsson", "läkare", "Mottagningsanteckning", "2024-08-13 10:15", [
      ("Kontaktorsak", "Pat orolig för borrelia efter tre fästingbett i juni, har läst om långvariga symtom."),
      ("Anamnes", "Trötthet och ledvärk sedan några veckor. Inget utslag har observerats. Ingen feber, ingen facialispares."),
      ("Status", "Inga hudförändringar. Leder utan synovit. Neurologstatus ua."),
      ("Bedömning", "Inga tecken på erytema migrans eller neuroborrelios. Borreliaserologin är negativ och borreliainfektion föreligger inte."),
      ("Planering", "Lugnande besked. Åter till vårdcentralen för vidare utredning av tröttheten."),
  ]),
  must_not=["NL102"])

C("inf-misstankt-lungtuberkulos",
  "'Misstänkt lungtuberkulos' in an admission note",
  "1990-01-01", "m",
  N("v_infavd_ostra", "Amira Hassan", "läkare", "Inskrivningsanteckning", "2024-03-19 18:05", [
      ("Anamnes", "Hosta i tre månader, nattliga svettningar och viktnedgång 7 kg. Flyttade från Somalia för två år sedan."),
      ("Status", "Subfebril 37,9. Dämpning apikalt höger."),
      ("Röntgen", "Lungröntgen med kavitet i höger ovanlob."),
      ("Bedömning", "Misstänkt lungtuberkulos. Luftsmitteisolering. Sputum för direktmikroskopi och PCR x 3."),
  ], signed=None, setting="slutenvård"),
  must=["NL102"])

C("inf-prep-screening-negativ",
  "screening results (HIV, syphilis, STI negative) and hepatitis B immunity: nothing uncertain",
  "1995-02-22", "m",
  N("s_inf_mal", "Therese Ljung", "sjuksköterska", "Sjuksköterskeanteckning", "2024-04-23 13:40", [
      ("Kontaktorsak", "Nybesök för start av PrEP."),
      ("Provtagning", "HIV-test (kombinationstest) negativt. Syfilisserologi negativ. Klamydia och gonorré negativa från svalg, urin och rektum."),
      ("Vaccinationer", "Immun mot hepatit B efter tidigare vaccination, anti-HBs 230."),
      ("Bedömning", "Uppfyller kriterierna för PrEP. Njurfunktionen normal."),
      ("Åtgärd", "Emtricitabin/tenofovir dagligen, kontroll om tre månader med ny provtagning för sexuellt överförbara infektioner."),
  ]),
  must_not=["NL102"])

C("inf-erysipelas-forbattrad",
  "confirmed, treated erysipelas with predisposing factors named",
  "1958-07-07", "f",
  N("s_medavd_ystad", "Nils Öberg", "läkare", "Daganteckning", "2024-06-27 11:00", [
      ("Bedömning", "Erysipelas vänster underben, klart förbättrad efter tre dygn på Kåvepenin; rodnaden har dragit sig tillbaka innanför markeringen. Bensår som ingångsport, lymfödemet predisponerar."),
      ("Planering", "Kåvepenin 1 g x 3, totalt tio dagar. Kompression när huden läkt."),
  ], setting="slutenvård"),
  must_not=["NL102"])

C("inf-endokardit-kan-ej-uteslutas",
  "'Endokardit kan ej uteslutas' next to a confirmed S. aureus bacteraemia",
  "1966-03-30", "m",
  N("v_medavd_udd", "Kristian Lind", "läkare", "Daganteckning", "2024-10-08 13:25", [
      ("Aktuellt", "Inlagd med feber och frossa. Hemodialys via AV-fistel i vänster arm, diabetes typ 1."),
      ("Lab", "Blododling 2/2 med Staphylococcus aureus, meticillinkänslig. CRP 212."),
      ("Bedömning", "S. aureus-bakteriemi. Endokardit kan ej uteslutas; TTE utan vegetationer men TEE behövs. Kloxacillin 2 g x 4."),
  ], setting="slutenvård"),
  must=["NL102"])

C("inf-hiv-ej-informerad-nl101",
  "confirmed new HIV diagnosis written while the note says the patient has not been told",
  "1983-06-06", "m",
  N("v_inf_ostra", "Magnus Rydén", "läkare", "Journalanteckning", "2024-05-07 16:30", [
      ("Provsvar", "Konfirmerande HIV-1-test positivt. Virusmängd och CD4 skickade."),
      ("Bedömning", "Nydiagnostiserad HIV-1-infektion."),
      ("Planering", "Patienten har ännu inte informerats om provsvaret. Besked ges av undertecknad vid besök 14/5 tillsammans med kurator; kallelsen skickad utan angivande av orsak."),
  ]),
  must=["NL101"])

C("inf-pneumoni-utesluten-rontgen",
  "pneumonia ruled out on X-ray, viral URTI stated plainly",
  "1993-04-14", "f",
  N("s_akut_lund", "Lukas Eriksson", "läkare", "Akutanteckning", "2024-01-30 20:15", [
      ("Anamnes", "Feber 38,6 och torrhosta i fyra dagar. Sambon har samma besvär."),
      ("Status", "Lungor: vesikulära andningsljud bilateralt. Sat 98 %. CRP 14."),
      ("Röntgen", "Lungröntgen utan infiltrat, pneumoni utesluten."),
      ("Bedömning", "Viral övre luftvägsinfektion. Symtomatisk behandling."),
  ], setting="akutmottagning"),
  must_not=["NL102"])

C("inf-malaria-utesluten-dengueserologi",
  "malaria ruled out, dengue serology sent as a test: no hedge cue on any diagnosis",
  "1986-10-21", "m",
  N("v_inf_ostra", "Ylva Sandberg", "läkare", "Akutanteckning", "2024-02-09 21:40", [
      ("Anamnes", "Feber sedan tre dagar efter hemkomst från Uganda, tog inte malariaprofylax."),
      ("Lab", "Malariasnabbtest och tjock droppe negativa vid två tillfällen med tolv timmars mellanrum. Trombocyter 98."),
      ("Bedömning", "Malaria utesluten. Dengueserologi och blododlingar tagna, feber utan fokus."),
      ("Planering", "Hem med återbesök på infektionsmottagningen om två dagar för svar."),
  ], setting="akutmottagning"),
  must_not=["NL102"])

C("inf-hemolyserat-kaliumprov",
  "'misstänkt hemolyserat' is about the sample, not the patient; pyelonephritis confirmed",
  "1975-12-12", "f",
  N("s_infavd_lund", "Olivia Sjöstrand", "läkare", "Daganteckning", "2024-07-18 10:50", [
      ("Lab", "Kalium 6,1 men provet misstänkt hemolyserat; omtaget prov visar 4,2."),
      ("Bedömning", "Pyelonefrit höger, klinisk förbättring på cefotaxim, afebril sedan i går. Ingen hyperkalemi."),
      ("Planering", "Övergång till peroral ciprofloxacin, hemgång i morgon om fortsatt feberfri."),
  ], setting="slutenvård"),
  must_not=["NL102"])

C("inf-covid-ev-hemgang",
  "PCR-confirmed covid-19; 'Ev.' and 'Möjligen' hedge discharge and home help, not a diagnosis",
  "1941-05-05", "m",
  N("v_medavd_ali", "Josefin Karlsson", "sjuksköterska", "Omvårdnadsanteckning", "2024-12-03 14:10", [
      ("Omvårdnad", "Covid-19 bekräftad med PCR vid inskrivningen. Syrgasbehovet har minskat, nu 1 liter på grimma."),
      ("Planering", "Ev. hemgång i morgon om saturationen håller sig över 92 % utan syrgas. Möjligen behov av utökad hemtjänst, kurator kontaktad."),
  ], setting="slutenvård"),
  must_not=["NL102"])

C("inf-trolig-urosepsis-kateter",
  "'Trolig urosepsis' among a known hip-fracture operation and catheter",
  "1943-02-02", "f",
  N("v_akut_kung", "Per-Olof Svensson", "läkare", "Akutanteckning", "2024-05-28 07:45", [
      ("Anamnes", "Hemtjänsten fann pat förvirrad och febril. Kvarliggande kateter sedan höftfrakturoperationen i mars."),
      ("Status", "Temp 39,2, AF 26, BT 95/55. Grumlig urin i påsen."),
      ("Bedömning", "Trolig urosepsis med kateterrelaterad urinvägsinfektion som fokus. Blododlingar x 2 och urinodling tagna före antibiotika."),
      ("Åtgärd", "Piperacillin/tazobaktam 4 g x 4, vätska, kateterbyte. Inläggning på medicin."),
  ], setting="akutmottagning"),
  must=["NL102"])

C("inf-meningit-utesluten-epikris-lang",
  "long discharge summary: an initial suspicion of meningitis is ruled out and the final diagnosis is confirmed",
  "1998-09-30", "m",
  N("s_infavd_lund", "Rebecka Holm", "läkare", "Epikris", "2024-03-08 12:30", [
      ("Orsak till vård", "25-årig man inkom via akutmottagningen med huvudvärk, feber 39,4 och nackstelhet sedan ett dygn. Ingen tidigare allvarlig sjukdom, vaccinerad enligt barnvaccinationsprogrammet, ingen utlandsresa."),
      ("Vårdförlopp", "Vid ankomsten initialt misstänkt bakteriell meningit, varför blododlingar togs och betametason samt cefotaxim och ampicillin gavs inom en timme. Lumbalpunktion efter DT hjärna visade normalt öppningstryck, 2 leukocyter, normalt protein och laktat. Likvorodling och PCR-panel för bakterier och virus negativa. Bakteriell meningit uteslöts därmed och antibiotika sattes ut efter 36 timmar. Nackstelheten förklarades av en samtidig tonsillit med uttalad ömhet över halsens lymfkörtlar. Strep A-test från tonsillerna var positivt."),
      ("Lab", "CRP 164 vid ankomsten, 41 vid utskrivningen. LPK 17,2 med neutrofili. Kreatinin, leverprover och koagulation normala. HIV-test negativt."),
      ("Sociala förhållanden", "Studerar till ingenjör i Lund och bor i studentkorridor. Korridorskamraterna är informerade av pat själv; ingen smittspårning behövs eftersom meningokockinfektion inte förelåg."),
      ("Diagnoser", "Streptokocktonsillit (J03.0). Meningism utan meningit."),
      ("Behandling", "Fenoximetylpenicillin 1,6 g x 3 i tio dagar, insatt dag 2. Paracetamol vid behov."),
      ("Status vid utskrivning", "Feberfri sedan ett dygn, äter och dricker. Ingen nackstelhet. Neurologiskt utan anmärkning."),
      ("Information", "Pat informerad om att hjärnhinneinflammation är utesluten och om att halsfluss orsakat besvären. Han vet att han ska söka igen vid ny feber eller huvudvärk."),
      ("Uppföljning", "Ingen planerad uppföljning på infektionskliniken. Sjukskriven en vecka, intyg utfärdat. Blododlingarna utan växt vid utskrivningen, slutsvar bevakas av avdelningen."),
  ], setting="slutenvård"),
  must_not=["NL102", "NL101"])

C("inf-pc-allergi-avskriven",
  "questioned penicillin allergy settled by provocation; confirmed sinusitis",
  "1981-11-11", "f",
  N("s_inf_mal", "Hugo Wennberg", "läkare", "Mottagningsanteckning", "2024-09-24 09:05", [
      ("Aktuellt", "Remiss för utredning av penicillinallergi inför behandling av återkommande bakteriell sinuit, senast i augusti."),
      ("Utredning", "Penicillinallergin har varit ifrågasatt sedan barndomen, då hon fick utslag under en amoxicillinkur. Peroral provokation med amoxicillin 500 mg i dag utan reaktion under två timmars observation."),
      ("Bedömning", "Penicillinallergin avskrivs och tas bort ur uppmärksamhetssignalen."),
  ]),
  must_not=["NL102"])

C("inf-misstankt-cdifficile-efter-pneumoni",
  "'Misstänkt Clostridioides difficile-infektion' after a confirmed, treated pneumonia",
  "1948-08-19", "f",
  N("v_medavd_ali", "Hampus Åberg", "läkare", "Daganteckning", "2024-04-02 11:35", [
      ("Aktuellt", "Behandlad för pneumoni i höger underlob med cefotaxim, avslutat i fredags. Nu vattentunna diarréer sex gånger per dygn."),
      ("Bedömning", "Misstänkt Clostridioides difficile-infektion. Pneumonin utläkt kliniskt."),
      ("Åtgärd", "Faecesprov för toxin-PCR, kontaktsmitta med eget rum och toalett. Vancomycin startas om provet blir positivt."),
  ], setting="slutenvård"),
  must=["NL102"])

C("inf-kand-hiv-misstankt-sekundar-syfilis",
  "'Misstänkt sekundär syfilis' in a patient with well-treated, known HIV",
  "1977-07-27", "m",
  N("s_inf_mal", "Camilla Rask", "läkare", "Mottagningsanteckning", "2024-11-12 15:20", [
      ("Aktuellt", "Känd HIV-infektion sedan 2011, omätbar virusmängd på Biktarvy. Söker för icke-kliande utslag på handflator och fotsulor sedan en vecka."),
      ("Status", "Kopparfärgade makulopapler i handflator och på fotsulor. Generell lymfkörtelförstoring."),
      ("Bedömning", "Misstänkt sekundär syfilis. HIV-infektionen välbehandlad."),
      ("Åtgärd", "Syfilisserologi skickad, smittspårning påbörjas när svar finns."),
  ], signed=None),
  must=["NL102"])

C("inf-trolig-erysipelas-dd-dvt",
  "'Trolig erysipelas, DD DVT' in an emergency note",
  "1955-01-23", "m",
  N("v_akut_sks", "Emma Rosén", "läkare", "Akutanteckning", "2024-08-04 19:30", [
      ("Anamnes", "Rodnad och svullnad vänster underben sedan i går, frossa i natt. Opererad för varicer 2016."),
      ("Status", "Temp 38,8. Varm, skarpt avgränsad rodnad på underbenets framsida."),
      ("Bedömning", "Trolig erysipelas, DD djup ventrombos."),
      ("Åtgärd", "Ultraljud vener i morgon, Kåvepenin startas i kväll."),
  ], setting="akutmottagning"),
  must=["NL102"])
# =====================================================================
# Orthopaedics
# =====================================================================
C("orto-planerad-hoftprotes-coxartros",
  "confirmed coxarthrosis, planned arthroplasty and informed about risks: nothing uncertain",
  "1951-09-16", "f",
  N("s_orto_mal", "Gustav Lindqvist", "läkare", "Mottagningsanteckning", "2024-02-13 10:10", [
      ("Aktuellt", "Tilltagande ljumsksmärta höger sedan två år, går max 500 meter. Nattvärk."),
      ("Röntgen", "Uttalad ledspaltsminskning och subkondral skleros i höger höftled."),
      ("Bedömning", "Primär coxartros höger. Fysioterapi och artrosskola har inte gett tillräcklig effekt."),
      ("Planering", "Planeras för total höftprotes höger, operationsanmälan gjord. Pat informerad om risker, bland annat protesinfektion och luxation."),
  ]),
  must_not=["NL102"])

C("orto-scafoideumfraktur-fragetecken",
  "'Scafoideumfraktur?' in Bedömning: a question-mark hedge on a diagnosis",
  "1996-12-19", "m",
  N("v_ortoakut_mdl", "Tobias Hellström", "läkare", "Akutanteckning", "2024-03-02 17:25", [
      ("Anamnes", "Föll på utsträckt hand vid skateboardåkning i går."),
      ("Status", "Ömhet i fossa tabatière och vid axial kompression av tummen."),
      ("Röntgen", "Scafoideumserie utan säker frakturlinje."),
      ("Bedömning", "Scafoideumfraktur? Behandlas som fraktur med skafoidgips."),
      ("Planering", "MR handled inom tio dagar."),
  ], setting="akutmottagning"),
  must=["NL102"])

C("orto-scafoideumfraktur-utesluten-mr",
  "the same question answered: scaphoid fracture ruled out on MR",
  "1990-06-02", "f",
  N("v_orto_mdl", "Hedvig Ström", "läkare", "Mottagningsanteckning", "2024-03-15 08:40", [
      ("Frågeställning", "Kvarstående ömhet efter fall på handen för två veckor sedan, scafoideumfraktur?"),
      ("MR-svar", "Benmärgsödem i distala radius, ingen frakturlinje. Scafoideum intakt."),
      ("Bedömning", "Scafoideumfraktur utesluten. Benkontusion distala radius."),
      ("Planering", "Gipset tas bort, rörelseträning enligt fysioterapeut. Ingen uppföljning."),
  ]),
  must_not=["NL102"])

C("orto-trol-meniskskada",
  "'Trol. medial meniskskada' (abbreviated hedge) (typo)",
  "1988-10-27", "m",
  N("s_orto_hlm", "Karl Bengtsson", "läkare", "Mottagningsanteckning", "2024-05-06 14:30", [
      ("Anamnes", "Vridvåld mot vänster knä vid fotboll för tre veckor sedan. Upplåsningar och svullnad efter belastning."),
      ("Status", "Ledspaltsömhet medialt, positivt McMurrays test. Stabil i korsbanden."),
      ("Bedömning", "Trol. medial meniskskda vä knä."),
      ("Planering", "MR vänster knä. Fortsatt träning under tiden."),
  ]),
  must=["NL102"])

C("orto-lakarintyg-tibiafraktur",
  "certificate with a confirmed, operated fracture and functional limits",
  "1978-03-21", "f",
  N("v_orto_mdl", "Johanna Dahl", "läkare", "Intyg", "2024-02-01 13:50", [
      ("Läkarintyg", "Diagnos: Fraktur på tibiaskaftet vänster (S82.2), opererad med märgspik 2024-01-18. Funktionsnedsättning: får inte belasta fullt under sex veckor. Aktivitetsbegränsning: kan inte utföra sitt arbete som undersköterska med förflyttningar och långvarigt stående. Sjukskrivning 100 % t.o.m. 2024-03-10."),
  ]),
  must_not=["NL102"])

C("orto-remissfraga-rotatorcuff-besvarad",
  "referral question 'Rotatorcuffruptur?' answered by ultrasound and told to the patient",
  "1966-01-08", "m",
  N("s_orto_hbg", "Viktor Sandell", "läkare", "Mottagningsanteckning", "2024-06-04 11:15", [
      ("Remiss", "Från vårdcentral: Rotatorcuffruptur? Svaghet vid abduktion efter fall."),
      ("Undersökning", "Ultraljud vid besöket visar fullständig ruptur av supraspinatussenan med 1,5 cm retraktion."),
      ("Bedömning", "Traumatisk rotatorcuffruptur höger, remissfrågan besvarad. Diagnosen och behandlingsalternativen genomgångna med pat."),
      ("Planering", "Operation med senrekonstruktion, anmäld."),
  ]),
  must_not=["NL102", "NL101"])

C("orto-oro-cancer-lumbago",
  "patient fears cancer (brother's confirmed cancer); clinician finds plain lumbago, no red flags",
  "1975-02-17", "m",
  N("s_orto_mal", "Selma Axelsson", "läkare", "Mottagningsanteckning", "2024-09-10 15:00", [
      ("Anamnes", "Ländryggsvärk sedan sex veckor efter en flytt. Pat orolig att det kan vara cancer eftersom brodern hade prostatacancer med skelettmetastaser."),
      ("Röda flaggor", "Ingen viktnedgång, ingen nattsmärta i vila, ingen feber. Inga neurologiska bortfall."),
      ("Bedömning", "Akut lumbago utan tecken på malign sjukdom. Lugnande besked."),
      ("Planering", "Fysioterapi, fortsatt fysisk aktivitet. Åter vid förändrade symtom."),
  ]),
  must_not=["NL102"])

C("orto-osteoporosrisk-dxa-efter-radiusfraktur",
  "risk statement 'ökad risk för osteoporos' with a DXA referral; the fracture is confirmed",
  "1956-04-29", "f",
  N("v_orto_bas", "Anton Wikander", "läkare", "Mottagningsanteckning", "2024-01-18 09:50", [
      ("Aktuellt", "Kontroll fem veckor efter gipsbehandlad distal radiusfraktur vänster efter fall i samma plan."),
      ("Röntgen", "Läkt fraktur i godtagbart läge."),
      ("Bedömning", "Lågenergifraktur hos en 67-årig kvinna innebär ökad risk för osteoporos och nya frakturer."),
      ("Planering", "Remiss för bentäthetsmätning (DXA). Kalcium och D-vitamin påbörjas."),
  ]),
  must_not=["NL102"])

C("orto-protesinfektion-kan-inte-uteslutas",
  "'Protesinfektion kan inte uteslutas' after a known knee replacement",
  "1950-10-10", "m",
  N("v_orto_mdl", "Rasmus Göransson", "läkare", "Mottagningsanteckning", "2024-04-09 13:05", [
      ("Aktuellt", "Knäprotes höger insatt 2022. Smärta och svullnad sedan en månad, ingen feber."),
      ("Lab", "CRP 34, SR 48."),
      ("Bedömning", "Protesinfektion kan inte uteslutas. Ledpunktion för odling och cellräkning."),
  ], signed=None),
  must=["NL102"])

C("orto-fysio-patellofemoralt-smartsyndrom",
  "physiotherapist restates a diagnosis set by the orthopaedist; no hedge",
  "2004-11-03", "f",
  N("s_fysio_hbg", "Mikael Andersson", "fysioterapeut", "Fysioterapeutanteckning", "2024-03-26 08:15", [
      ("Remissorsak", "Patellofemoralt smärtsyndrom bilateralt, diagnos ställd av ortoped."),
      ("Anamnes", "Smärta framtill i knäna vid trappgång och långvarigt sittande. Spelar handboll fyra gånger i veckan."),
      ("Status", "Dynamisk knävalgus vid enbensknäböj. Svag höftabduktion bilateralt."),
      ("Åtgärd", "Träningsprogram för höft och knä, belastningsråd. Uppföljning om fyra veckor."),
  ]),
  must_not=["NL102"])

C("orto-ingen-misstanke-cauda-equina",
  "'Ingen misstanke om cauda equina-syndrom' beside a confirmed sciatica",
  "1979-08-31", "f",
  N("v_orto_bas", "Dragan Petrović", "läkare", "Akutanteckning", "2024-10-21 22:10", [
      ("Anamnes", "Ryggsmärta med utstrålning till vänster ben nedom knät sedan fem dagar."),
      ("Status", "Lasègue positivt vänster vid 40 grader. Nedsatt känsel över vänster fotrygg. Normal sfinkterfunktion."),
      ("Bedömning", "Lumbal ischias vänster, L5-rot. Ingen misstanke om cauda equina-syndrom: ingen ridbyxeanestesi, ingen urinretention."),
      ("Planering", "Smärtlindring, MR ländrygg elektivt. Information om varningssymtom given."),
  ], setting="akutmottagning"),
  must_not=["NL102"])

C("orto-misstankt-kompartmentsyndrom",
  "'Misstänkt kompartmentsyndrom' the day after a confirmed, operated tibial fracture",
  "2000-07-14", "m",
  N("s_ortoavd_mal", "Lina Hermansson", "läkare", "Daganteckning", "2024-06-15 02:35", [
      ("Aktuellt", "Opererad i går med märgspik för tibiafraktur höger. Tilltagande smärta trots morfin."),
      ("Status", "Spänd underbensmuskulatur, smärta vid passiv extension av tårna."),
      ("Bedömning", "Misstänkt kompartmentsyndrom hö underben. Tryckmätning och akut kontakt med bakjouren."),
  ], signed=None, setting="slutenvård"),
  must=["NL102"])

C("orto-gonartros-ev-artroskopi",
  "'Ev. artroskopi' and 'Möjligen ... kortisoninjektion' hedge treatments, gonarthrosis is confirmed",
  "1961-05-25", "m",
  N("s_orto_hlm", "Karl Bengtsson", "läkare", "Mottagningsanteckning", "2024-11-19 10:45", [
      ("Bedömning", "Känd gonartros vänster, Kellgren–Lawrence grad 2. Ev. artroskopi diskuterades men bedöms inte vara indicerad vid artros."),
      ("Planering", "Fortsatt träning via fysioterapeut. Möjligen aktuellt med kortisoninjektion vid nästa besök om smärtan tilltar."),
  ]),
  must_not=["NL102"])

C("orto-epikris-hoftfraktur-lang",
  "long orthopaedic discharge summary: confirmed fracture, comorbidities, indications, a ruled-out DVT",
  "1938-12-06", "f",
  N("s_ortoavd_hlm", "Albin Fors", "läkare", "Epikris", "2024-07-26 13:00", [
      ("Orsak till vård", "85-årig kvinna som snubblade på mattkanten hemma och inkom med smärta i vänster höft och utåtroterat, förkortat ben."),
      ("Tidigare sjukdomar", "Hypertoni. Förmaksflimmer sedan 2018. Hypotyreos. Lindrig kognitiv svikt utredd på minnesmottagning 2022 utan demensdiagnos. Opererad för katarakt bilateralt."),
      ("Vårdförlopp", "Röntgen visade en dislocerad lårbenshalsfraktur vänster. Operation med cementerad hemiprotes dag 1 efter att Eliquis pausats. Postoperativt lätt förvirrad första natten, klarnade efter smärtlindring och nattsömn. Dag 4 svullnad i vänster vad; ultraljud av benets vener utan trombos, djup ventrombos därmed utesluten. Hb sjönk till 96, ingen transfusion. Mobiliserad med gåbord och sedan rollator av fysioterapeut, klarar förflyttningar med handräckning."),
      ("Sociala förhållanden", "Änka sedan 2015, bor ensam i villa i Hässleholm med sovrum på bottenvåningen. Hemtjänst två gånger i veckan före fallet. Dottern bor i närheten och handlar åt henne."),
      ("Omvårdnad", "Äter och dricker tillräckligt, vikt 58 kg. Ingen trycksårsrodnad vid utskrivningen. Urinkatetern avvecklades dag 2 med spontan miktion därefter."),
      ("Diagnoser", "Lårbenshalsfraktur vänster (S72.0), opererad med hemiprotes. Postoperativ anemi."),
      ("Läkemedel vid utskrivning", "Eliquis 5 mg x 2 mot förmaksflimmer, återinsatt dag 2 och ersätter trombosprofylax. Levaxin 100 mikrog mot hypotyreos. Amlodipin 5 mg mot hypertoni. Alvedon 1 g x 3 i två veckor. Calcichew-D3 och Alendronat 70 mg en gång i veckan som frakturförebyggande behandling."),
      ("Status vid utskrivning", "Såret torrt och läker fint. Går med rollator korta sträckor på avdelningen."),
      ("Uppföljning", "Agraffer tas på vårdcentralen dag 14. Röntgen och läkarbesök på ortopedmottagningen om tre månader. Fortsatt träning i hemmet via kommunens rehabilitering. Hemtjänst utökad med tillsyn morgon och kväll."),
  ], setting="slutenvård"),
  must_not=["NL102"])

C("orto-septisk-artrit-fragetecken-ra",
  "'Septisk artrit?' in a patient with confirmed rheumatoid arthritis",
  "1959-02-08", "f",
  N("s_orto_mal", "Gustav Lindqvist", "läkare", "Akutanteckning", "2024-12-09 18:55", [
      ("Anamnes", "Reumatoid artrit sedan 2010 på metotrexat och abatacept. Svullet, varmt höger knä sedan två dagar, feber 38,3."),
      ("Status", "Ledutgjutning höger knä, uttalad smärta vid passiv rörelse."),
      ("Bedömning", "Septisk artrit? RA-skov är differentialdiagnos."),
      ("Åtgärd", "Ledpunktion för odling, cellräkning och kristaller. Blododlingar. Kloxacillin efter punktionen."),
  ], setting="akutmottagning"),
  must=["NL102"])

C("orto-misstankt-recidivdiskbrack",
  "'Misstänkt recidivdiskbråck' after a previously operated disc herniation (past, confirmed)",
  "1982-09-12", "m",
  N("v_orto_bas", "Anton Wikander", "läkare", "Mottagningsanteckning", "2024-05-14 14:40", [
      ("Anamnes", "Opererad för diskbråck L5–S1 höger 2019 med god effekt. Sedan tre veckor åter smärta i höger ben ned till foten."),
      ("Status", "Lasègue positivt höger vid 45 grader, nedsatt akillesreflex höger."),
      ("Bedömning", "Misstänkt recidivdiskbråck L5–S1 hö."),
      ("Planering", "MR ländrygg med kontrast. Pregabalin prövas i väntan på undersökningen."),
  ]),
  must=["NL102"])
# =====================================================================
# Gynaecology / obstetrics
# =====================================================================
C("gyn-endometrios-histologiskt-verifierad",
  "endometriosis verified histologically and treated: confirmed, no hedge",
  "1992-08-03", "f",
  N("s_gyn_mal", "Alexandra Nilsson", "läkare", "Mottagningsanteckning", "2024-03-12 09:20", [
      ("Aktuellt", "Uppföljning efter diagnostisk laparoskopi i januari."),
      ("PAD", "Endometrioshärdar i fossa ovarica bilateralt och på sacrouterinligamenten, histologiskt verifierade."),
      ("Bedömning", "Endometrios stadium II. Dysmenorrén har minskat på kontinuerlig behandling med desogestrel."),
      ("Planering", "Fortsätter desogestrel utan uppehåll. Återbesök om sex månader."),
  ]),
  must_not=["NL102"])

C("gyn-misstankt-pcos",
  "'Misstänkt polycystiskt ovarialsyndrom' in a VGR gynaecology note",
  "2000-01-26", "f",
  N("v_gyn_nal", "Ebba Lindahl", "läkare", "Mottagningsanteckning", "2024-04-17 10:05", [
      ("Anamnes", "Oregelbundna menstruationer med två till fyra månaders intervall sedan menarche. Ökad behåring på hakan."),
      ("Status", "BMI 29. Lätt hirsutism."),
      ("Ultraljud", "Multipla små folliklar i båda ovarierna."),
      ("Bedömning", "Misstänkt polycystiskt ovarialsyndrom. Hormonstatus och glukosbelastning beställda."),
  ]),
  must=["NL102"])

C("gyn-kontroll-efter-konisation-screening",
  "treated CIN 3 and a negative HPV test returning to the cervical screening programme",
  "1984-06-30", "f",
  N("v_gyn_sks", "Malin Ekström", "läkare", "Mottagningsanteckning", "2024-02-22 13:35", [
      ("Aktuellt", "Kontroll ett halvår efter konisation för CIN 3 i augusti 2023."),
      ("Provsvar", "HPV-test negativt och cytologi normal."),
      ("Bedömning", "Radikalt behandlad höggradig cellförändring. Tillbaka i ordinarie screeningprogram för livmoderhalscancer."),
  ]),
  must_not=["NL102"])

C("gyn-trolig-extrauterin-graviditet",
  "'Trolig extrauterin graviditet' in an emergency gynaecology note",
  "1995-03-08", "f",
  N("s_gyn_kri", "Sanna Holmberg", "läkare", "Akutanteckning", "2024-05-19 21:15", [
      ("Anamnes", "Senaste mens för sju veckor sedan. Vänstersidig buksmärta och lätt blödning sedan i går."),
      ("Undersökning", "hCG 1900. Vaginalt ultraljud: tom uterus, 2 cm oklar resistens intill vänster ovarium, lite fri vätska i fossa Douglasi."),
      ("Bedömning", "Trolig extrauterin graviditet vänster."),
      ("Åtgärd", "Inläggning, laparoskopi planeras i kväll. Pat informerad om fynden och operationen."),
  ], setting="akutmottagning"),
  must=["NL102"], must_not=["NL101"])

C("gyn-oro-ovarialcancer-utesluten",
  "patient worried about ovarian cancer (mother's confirmed cancer); nothing suggests malignancy (typo)",
  "1979-01-14", "f",
  N("v_gyn_sks", "Malin Ekström", "läkare", "Mottagningsanteckning", "2024-06-25 11:40", [
      ("Aktuellt", "Pat orolig för äggstockscancer, hennes mor insjuknade i ovarialcancer vid 52 års ålder. Diffus uppkördhet sedan en månad."),
      ("Undersökning", "Vaginalt ultraljud: normalstora ovarier utan cystor eller solida förändringar. CA-125 12."),
      ("Bedömning", "Inget som talar för ovarialcacner. BRCA-testning gjord 2019 med negativt resultat."),
      ("Planering", "Lugnande besked, åter vid kvarstående besvär. Ingen rutinmässig kontroll."),
  ]),
  must_not=["NL102"])

C("gyn-endometriecancer-ej-informerad-nl101",
  "confirmed endometrial cancer in Bedömning while the note says the patient has not been told the PAD result",
  "1962-02-09", "f",
  N("s_gyn_kri", "Fredrika Möller", "läkare", "Mottagningsanteckning", "2024-05-27 15:10", [
      ("PAD", "Endometriebiopsi: endometrioid adenocarcinom, grad 1."),
      ("Bedömning", "Endometriecancer. Remiss till gynonkologin skickad, DT thorax–buk beställd."),
      ("Information", "Patienten är inte informerad om PAD-svaret ännu. Hon kallas till besök 3/6 där besked ges av undertecknad med kontaktsjuksköterska närvarande."),
  ]),
  must=["NL101"])

C("gyn-okad-risk-preeklampsi-asa",
  "'ökad risk för preeklampsi' is a risk statement; previous preeclampsia is past history",
  "1990-10-17", "f",
  N("v_smvc_nal", "Lovisa Berg", "läkare", "Mottagningsanteckning", "2024-01-24 10:30", [
      ("Anamnes", "Omföderska, preeklampsi i förra graviditeten med förlossning i vecka 34. Nu graviditetsvecka 11+3."),
      ("Bedömning", "Ökad risk för preeklampsi. Graviditeten i övrigt normal, ultraljud visar ett levande foster."),
      ("Åtgärd", "Acetylsalicylsyra 150 mg till natten från nu till vecka 36. Tätare blodtryckskontroller och tillväxtultraljud i vecka 28 och 32."),
  ]),
  must_not=["NL102"])

C("gyn-myom-planerad-hysterektomi",
  "confirmed uterine fibroids with anaemia and a planned operation",
  "1977-04-04", "f",
  N("s_gyn_mal", "Tilda Wester", "läkare", "Mottagningsanteckning", "2024-03-28 14:25", [
      ("Bedömning", "Symtomgivande uterus myomatosus med blödningsanemi, Hb 98 trots järnbehandling."),
      ("Planering", "Laparoskopisk hysterektomi i maj, operationsanmälan skickad. Järntablett fortsätter fram till operationen."),
  ], signed=None),
  must_not=["NL102"])

C("gyn-dd-adnextorsion",
  "'DD adnextorsion, blödande corpus luteum-cysta' before emergency laparoscopy",
  "2004-05-15", "f",
  N("v_gyn_sks", "Johan Fredriksson", "läkare", "Akutanteckning", "2024-09-01 02:50", [
      ("Anamnes", "Plötslig debut av högersidig nedre buksmärta med kräkning för fyra timmar sedan."),
      ("Ultraljud", "7 cm cysta på höger ovarium, flödet svårbedömt."),
      ("Bedömning", "DD adnextorsion, blödande corpus luteum-cysta."),
      ("Åtgärd", "Akut laparoskopi, anestesin kontaktad."),
  ], signed=None, setting="akutmottagning"),
  must=["NL102"])

C("gyn-mht-indikation-klimakteriebesvar",
  "menopausal hormone therapy with stated indications and a normal screening mammography",
  "1971-07-22", "f",
  N("s_gyn_mal", "Alexandra Nilsson", "läkare", "Mottagningsanteckning", "2024-10-29 08:55", [
      ("Läkemedel", "Estradot 50 mikrog depotplåster mot vasomotoriska klimakteriebesvär, Utrogestan 100 mg som endometrieskydd."),
      ("Bedömning", "Klimakteriebesvären väl kontrollerade. Ingen blödning. Mammografi inom screeningprogrammet i februari utan anmärkning."),
      ("Planering", "Fortsatt behandling, omprövning om ett år."),
  ]),
  must_not=["NL102"])

C("gyn-misstankt-graviditetsdiabetes-kand-hypotyreos",
  "'Misstänkt graviditetsdiabetes' beside a known, substituted hypothyroidism",
  "1989-12-28", "f",
  N("v_smvc_nal", "Sara Kling", "barnmorska", "Barnmorskeanteckning", "2024-07-09 09:10", [
      ("Anamnes", "Graviditetsvecka 30+2. Känd hypotyreos på Levaxin, TSH i mål."),
      ("Lab", "Kapillärt glukos 2 timmar efter 75 g glukos 8,4 mmol/L. Venöst prov skickat för bekräftelse."),
      ("Bedömning", "Misstänkt graviditetsdiabetes."),
      ("Planering", "Kontakt med diabetesbarnmorska för egenmätning, kostråd."),
  ]),
  must=["NL102"])

C("gyn-recidiv-cervixcancer-kan-ej-uteslutas",
  "'recidiv kan ej uteslutas' after a confirmed, treated cervical cancer",
  "1970-09-04", "f",
  N("s_gyn_kri", "Fredrika Möller", "läkare", "Mottagningsanteckning", "2024-08-27 13:45", [
      ("Bakgrund", "Cervixcancer stadium IIB, behandlad med kemoradioterapi 2020. Kontroller utan anmärkning fram till i år."),
      ("Undersökning", "Ny 2 cm förhårdnad i vaginaltoppen vid palpation."),
      ("Bedömning", "Lokalt recidiv kan ej uteslutas. Biopsi tagen, MR bäcken beställd."),
  ]),
  must=["NL102"])

C("gyn-lang-misstankt-adenomyos",
  "long gynaecology note with many confirmed or ruled-out diagnoses and one 'misstänkt adenomyos'",
  "1983-03-16", "f",
  N("v_gyn_nal", "Ebba Lindahl", "läkare", "Mottagningsanteckning", "2024-11-26 10:00", [
      ("Kontaktorsak", "Remiss från vårdcentral pga rikliga och smärtsamma menstruationer sedan två år, förvärrade det senaste halvåret."),
      ("Anamnes", "41-årig trebarnsmor, samtliga förlossningar vaginala. Sterilisering 2020. Tidigare frisk förutom migrän utan aura, som behandlas med sumatriptan vid behov och inte har förändrats. Pat har själv läst om endometrios och undrar om det kan förklara besvären. Menstruationerna varar sju dagar, hon byter skydd varannan timme de två första dagarna. Ingen blödning mellan menstruationerna, ingen blödning efter samlag."),
      ("Sociala förhållanden", "Arbetar som förskollärare på heltid och har varit sjukskriven tre dagar de senaste två månaderna på grund av smärtan. Bor med sambo och barnen i villa i Trollhättan. Röker inte, dricker alkohol sparsamt."),
      ("Läkemedel", "Sumatriptan 50 mg vid migränanfall. Järntabletter en gång dagligen sedan augusti. Ibuprofen 400 mg vid mensvärk, med otillräcklig effekt. Inga kända läkemedelsallergier."),
      ("Tidigare utredning", "Järnbristanemi konstaterad på vårdcentralen i augusti, Hb 104 och ferritin 6, behandlas med järntabletter. Cellprov inom screeningprogrammet i april: HPV negativt. Klamydia negativt i samband med det."),
      ("Status", "Blodtryck 122/78, puls 72. Buken mjuk och oöm ovanför bäckenet. Uterus förstorad motsvarande en graviditet i vecka 8, jämnt rundad och öm vid palpation. Adnexa utan resistenser. Vaginalt ultraljud: diffust förtjockat myometrium med asymmetrisk bakvägg och små cystiska hålrum, inga avgränsade myom. Endometriet 8 mm, regelbundet. Ovarierna normala utan endometriom."),
      ("Bedömning", "Misstänkt adenomyos. Inga tecken på endometriom och ingen misstanke om malignitet. Järnbristanemin är under behandling."),
      ("Information", "Pat informerad om fynden och om att adenomyos kan bekräftas med MR. Hon fick även svar på sin fråga om endometrios: ultraljudet visar inga endometriom, men ytliga härdar kan inte ses med ultraljud."),
      ("Önskemål", "Pat vill i första hand undvika operation och är positiv till hormonspiral. Hon har inga planer på fler barn och vill kunna arbeta fullt igen."),
      ("Planering", "MR lilla bäckenet. Hormonspiral (Mirena) erbjuds som första behandling och läggs in vid nästa besök. Tranexamsyra vid behov under tiden. Nytt Hb om tre månader på vårdcentralen."),
  ]),
  must=["NL102"], must_not=["NL101"])

# =====================================================================
# Oncology
# =====================================================================
C("onk-misstankt-levermetastas-pat-informerad",
  "'Misstänkt levermetastas' told to the patient: NL102 still fires, NL101 must not",
  "1959-10-01", "m",
  N("s_onk_lund", "Erik Lindholm", "läkare", "Mottagningsanteckning", "2024-02-19 14:00", [
      ("Aktuellt", "Koloncancer i sigmoideum, opererad 2023 (pT3N1), avslutade adjuvant cytostatikabehandling i december."),
      ("DT", "Ny 14 mm hypodens lesion i leverns segment 6, inte synlig vid förra undersökningen."),
      ("Bedömning", "Misstänkt levermetastas. Pat informerad om fyndet och om att det behöver utredas vidare med MR lever och PET-DT."),
      ("Planering", "Tas upp på MDK nästa vecka."),
  ]),
  must=["NL102"], must_not=["NL101"])

C("onk-brostcancer-adjuvant-letrozol",
  "confirmed breast cancer, adjuvant treatment with its indication, monitoring plan",
  "1966-11-20", "f",
  N("v_onk_jk", "Åsa Lindström", "sjuksköterska", "Sjuksköterskeanteckning", "2024-04-11 10:25", [
      ("Aktuellt", "Bröstcancer vänster, opererad med sektorresektion och portvaktskörtel i juni 2023, pT1cN0, hormonreceptorpositiv. Strålbehandlingen avslutad."),
      ("Läkemedel", "Letrozol 2,5 mg dagligen som adjuvant behandling, planerad i fem år."),
      ("Samtal", "Ledstelhet på morgonen, tolerabel. Vallningarna har minskat."),
      ("Planering", "Bentäthetsmätning pga aromatashämmare, mammografi årligen."),
  ]),
  must_not=["NL102"])

C("onk-progress-ej-informerad-nl101",
  "confirmed progression of kidney cancer written while the patient has not been told the CT result",
  "1955-03-13", "m",
  N("s_onk_hbg", "Maria Håkansson", "läkare", "Journalanteckning", "2024-10-14 16:05", [
      ("Röntgen", "DT thorax–buk 12/10: nytillkomna multipla lungmetastaser, levern oförändrad."),
      ("Bedömning", "Progress av metastaserad njurcancer på pågående kabozantinib."),
      ("Planering", "Pat ej informerad om DT-svaret än; besked på mottagningen 22/10 med kontaktsjuksköterska. Behandlingsbyte diskuteras då."),
  ]),
  must=["NL101"])

C("onk-barnen-ej-informerade-pat-informerad",
  "the patient was told about relapse; only her children are not yet informed",
  "1953-06-21", "f",
  N("v_onk_bas", "Carl Blomqvist", "läkare", "Mottagningsanteckning", "2024-06-18 11:20", [
      ("Samtal", "Besked om återfall av diffust storcelligt B-cellslymfom lämnat till pat i dag. Hon tog emot beskedet lugnt och ställde frågor om behandlingen."),
      ("Närstående", "Pat vill själv berätta för sina barn, som ännu inte har informerats. Sonen bor i Norge."),
      ("Planering", "Start av andra linjens behandling, kontaktsjuksköterskan ringer inom en vecka."),
  ]),
  must_not=["NL101"])

C("onk-ev-perifer-neuropati-oxaliplatin",
  "'Ev. perifer neuropati' (side effect diagnosis hedged) among a confirmed rectal cancer; 'utesluts' is about a drug",
  "1964-01-31", "f",
  N("s_onk_lund", "Jakob Ahlström", "läkare", "Mottagningsanteckning", "2024-05-08 09:35", [
      ("Aktuellt", "Cykel 6 av FOLFOX för rektalcancer."),
      ("Biverkningar", "Stickningar i fingrar och fötter som kvarstår mellan cyklerna, svårt att knäppa knappar."),
      ("Bedömning", "Ev. perifer neuropati orsakad av oxaliplatin, CTCAE grad 2."),
      ("Planering", "Oxaliplatin utesluts ur kommande cykler, fortsätter med 5-FU."),
  ]),
  must=["NL102"])

C("onk-tidiga-hypoteser-mall-skane",
  "Skåne Melior template Tidiga hypoteser holds the hedge and the not-informed statement: hidden",
  "1966-08-08", "m",
  N("s_onk_lund", "Erik Lindholm", "läkare", "Tidiga hypoteser", "2024-09-02 15:30", [
      ("Tidiga hypoteser", "DT-fynd talar för möjlig peritoneal karcinos. Pat ej informerad då fyndet är osäkert och han befinner sig i svår psykisk kris; besked när PET-DT är klar."),
  ]),
  must_not=["NL101", "NL102", "NL104"])

C("onk-mdk-recidiv-fraga-inget-recidiv",
  "conference question 'Recidiv i lilla bäckenet?' answered: no recurrence",
  "1958-12-12", "m",
  N("v_onk_jk", "Helena Rydberg", "läkare", "Konferensanteckning", "2024-03-07 16:40", [
      ("Frågeställning", "Recidiv i lilla bäckenet? Förändring presakralt på kontroll-MR efter rektalcancer."),
      ("Konferens", "Genomgång vid kolorektal MDK med radiolog, kirurg och onkolog. PET-DT utan upptag."),
      ("Beslut", "Postoperativa fibrotiska förändringar, inget recidiv. Fortsatt uppföljning enligt vårdprogrammet."),
  ], signed=None),
  must_not=["NL102"])

C("onk-lynch-syndrom-riskreducering",
  "confirmed Lynch syndrome with risk statements and surveillance plans",
  "1985-05-05", "f",
  N("s_onkgen_lund", "Cecilia Borg", "läkare", "Mottagningsanteckning", "2024-01-16 13:15", [
      ("Bakgrund", "Bärare av patogen variant i MLH1, Lynch syndrom, konstaterat vid kaskadtestning 2021."),
      ("Bedömning", "Ökad risk för kolorektal cancer och endometriecancer. Senaste koloskopin 2023 utan polyper."),
      ("Planering", "Koloskopi vartannat år. Profylaktisk hysterektomi med salpingooforektomi diskuterad efter avslutat barnafödande. Acetylsalicylsyra erbjuds som riskreducerande behandling."),
  ]),
  must_not=["NL102"])

C("onk-hjarnmetastasering-kan-ej-uteslutas",
  "'Hjärnmetastasering kan ej uteslutas' in a confirmed stage IV lung cancer",
  "1969-02-27", "m",
  N("v_onk_bas", "Carl Blomqvist", "läkare", "Telefonanteckning", "2024-08-12 10:50", [
      ("Aktuellt", "Icke-småcellig lungcancer stadium IV under immunterapi. Huvudvärk och ordletningssvårigheter sedan en vecka enligt hustrun."),
      ("Bedömning", "Hjärnmetastasering kan ej uteslutas. Akut MR hjärna, Betapred 8 mg påbörjas."),
  ]),
  must=["NL102"])

C("onk-palliativ-prognos-ej-diskuterad",
  "patient knows his diagnosis and declines prognosis talk: no uncommunicated diagnosis",
  "1946-10-30", "m",
  N("s_asih_kri", "Birgitta Olsson", "läkare", "Inskrivningsanteckning", "2024-04-29 14:45", [
      ("Samtal", "Pat känner väl till sin diagnos metastaserad pankreascancer sedan beskedet i februari. Han önskar inte diskutera förväntad överlevnad och har därför inte fått någon prognos i månader, vilket respekteras."),
      ("Symtom", "Ökande smärta i övre delen av buken, morfin depå 30 mg x 2 med god effekt."),
      ("Planering", "Inskriven i ASIH, brytpunktssamtal planerat med hustrun närvarande."),
  ], setting="hemsjukvård"),
  must_not=["NL101"])

C("onk-sannolikt-stralpneumonit",
  "'Sannolikt strålpneumonit' after confirmed, irradiated lung cancer",
  "1952-04-16", "f",
  N("v_onk_jk", "Helena Rydberg", "läkare", "Mottagningsanteckning", "2024-07-23 15:00", [
      ("Aktuellt", "Stereotaktisk strålbehandling mot adenocarcinom i vänster ovanlob avslutad för sex veckor sedan. Nu torrhosta och lätt feber."),
      ("Bedömning", "Sannolikt strålpneumonit. DT thorax beställd, prednisolon 40 mg startas."),
  ]),
  must=["NL102"])

C("onk-ev-skelettmetastas-prostatacancer",
  "'ev. skelettmetastas L3' in a known prostate cancer under hormone therapy",
  "1948-03-19", "m",
  N("s_onk_hbg", "Maria Håkansson", "läkare", "Mottagningsanteckning", "2024-09-25 11:10", [
      ("Aktuellt", "Prostatacancer Gleason 4+3, behandlas med GnRH-analog sedan 2022. PSA har stigit från 0,8 till 4,6 på ett halvår."),
      ("Status", "Nytillkommen ländryggssmärta, ömhet vid knackning över L3."),
      ("Bedömning", "Biokemiskt recidiv, ev. skelettmetastas L3."),
      ("Planering", "Skelettscintigrafi och DT buk, återbesök för besked."),
  ]),
  must=["NL102"])

C("onk-myelom-ev-kakbensosteonekros",
  "'ev. osteonekros i käken' in a stable, confirmed myeloma",
  "1951-11-09", "m",
  N("v_hem_su", "Jonatan Ek", "läkare", "Mottagningsanteckning", "2024-10-30 13:30", [
      ("Aktuellt", "Multipelt myelom i stabil partiell remission på lenalidomid underhåll. Zoledronsyra var fjärde vecka sedan 2021."),
      ("Status", "Blottat ben 5 mm i underkäken vänster efter tandutdragning för två månader sedan."),
      ("Bedömning", "Myelomet stabilt. Ev. läkemedelsrelaterad osteonekros i käken."),
      ("Planering", "Zoledronsyra pausas, remiss till käkkirurgen."),
  ]),
  must=["NL102"])

C("onk-lang-nytt-fynd-ej-informerad",
  "long oncology visit: many confirmed diagnoses, one new confirmed finding the patient has not been told",
  "1961-07-07", "f",
  N("s_onk_lund", "Jakob Ahlström", "läkare", "Mottagningsanteckning", "2024-11-18 10:20", [
      ("Aktuellt", "63-årig kvinna med hormonreceptorpositiv bröstcancer höger, opererad med mastektomi och axillutrymning 2019, därefter cytostatika, strålbehandling och tamoxifen. Skelettmetastaser i bäckenet och bröstryggen konstaterade 2022, behandlas sedan dess med letrozol och palbociklib samt denosumab. Kommer i dag till planerat besök med sin man."),
      ("Övriga sjukdomar", "Hypotyreos efter strålbehandling mot halsen, substituerad. Lätt lymfödem i höger arm, använder kompressionsärm. Djup ventrombos i vänster ben 2020, behandlad och utläkt."),
      ("Mående", "Pigg, arbetar halvtid. Lätt trötthet dagarna efter palbociklibstarten varje cykel. Ingen ny smärta. Aptiten god och vikten stabil."),
      ("Biverkningar", "Lätt håravfall och torra slemhinnor, som hon hanterar med receptfria medel. Inget illamående. Inga infektioner under den senaste cykeln och inga besvär från lymfödemet det senaste halvåret."),
      ("Läkemedel", "Letrozol 2,5 mg dagligen. Palbociklib 125 mg dag 1–21 i 28-dagarscykler. Denosumab 120 mg subkutant var fjärde vecka. Levaxin 75 mikrog. Kalcium och D-vitamin."),
      ("Sociala förhållanden", "Gift, två vuxna barn. Arbetar halvtid som bibliotekarie och vill fortsätta med det så länge som möjligt. Maken följer med till de flesta besöken."),
      ("Symtomkontroll", "Paracetamol vid behov mot lätt värk i bäckenet efter långa promenader; hon behöver sällan något annat och använder ingen opioid. Sömnen är god och hon promenerar dagligen med en väninna."),
      ("Status", "ECOG 0. Allmäntillstånd gott. Inga förstorade lymfkörtlar. Lungor och hjärta utan anmärkning. Ingen ömhet över kotpålarna."),
      ("Lab", "Neutrofila 1,2, i övrigt normalt blodstatus. ALAT 1,9, lätt stigande jämfört med förra månaden. Kalcium normalt."),
      ("Radiologi", "DT thorax–buk från 14/11 är nu eftersvarad av radiolog: skelettmetastaserna oförändrade, men två nya leverlesioner om 9 och 12 mm som har typiskt metastasutseende. Levermetastaser är därmed fastställda."),
      ("Bedömning", "Progress med nytillkomna levermetastaser av bröstcancern. Skelettsjukdomen stabil. Neutropenin är väntad av palbociklib."),
      ("Information", "Slutsvaret på DT kom in efter besöket och pat är inte informerad om levermetastaserna ännu. Hon har lämnat mottagningen; kontaktsjuksköterskan bokar ett nytt besök på torsdag där besked ges av undertecknad."),
      ("Planering", "Byte av behandlingslinje diskuteras på bröst-MDK på onsdag. Levertester om en vecka. Denosumab fortsätter oförändrat."),
  ]),
  must=["NL101"], must_not=["NL102"])
# =====================================================================
# Geriatrics
# =====================================================================
C("ger-alzheimer-besked-ej-lamnat-nl101",
  "confirmed Alzheimer's disease while the note says the diagnosis has not yet been given to the patient",
  "1944-09-14", "f",
  N("v_minne_fro", "Gunilla Sjödin", "läkare", "Mottagningsanteckning", "2024-05-14 13:20", [
      ("Sammanfattning", "Utredningen klar. MMSE 21/30, DT hjärna med uttalad hippocampusatrofi, likvor med sänkt beta-amyloid och förhöjt tau."),
      ("Bedömning", "Alzheimers sjukdom med symtomdebut för tre år sedan."),
      ("Planering", "Diagnosbeskedet har ännu inte lämnats till patienten; det ges vid återbesök 28/5 tillsammans med dottern eftersom pat vill ha med en anhörig. Donepezil diskuteras då."),
  ]),
  must=["NL101"])

C("ger-misstankt-lewykroppsdemens",
  "'Misstänkt Lewykroppsdemens' in a memory clinic note (typo)",
  "1947-12-03", "m",
  N("s_minne_ang", "Henrik Malmberg", "läkare", "Mottagningsanteckning", "2024-03-21 10:40", [
      ("Anamnes", "Hustrun beskriver synhallucinationer av barn i rummet, fluktuerande vakenhet och att han slåss i sömnen."),
      ("Status", "Lätt rigiditet och bradykinesi. MMSE 24/30 med nedsatt figurkopiering."),
      ("Bedömning", "Misstänt Lewykroppsdemens. DAT-scan beställd. Neuroleptika ska undvikas."),
  ]),
  must=["NL102"])

C("ger-riskbedomningar-osteoporos-behandlad",
  "risk assessments (fall, pressure ulcer, malnutrition) and a treated osteoporosis",
  "1939-07-19", "f",
  N("s_geravd_mal", "Anneli Persson", "sjuksköterska", "Omvårdnadsanteckning", "2024-02-08 14:00", [
      ("Riskbedömning", "Hög fallrisk enligt Downton (4 p). Låg risk för trycksår enligt Norton. Risk för undernäring, MNA 22 p."),
      ("Diagnoser", "Osteoporos med två kotkompressioner, behandlas med alendronat. Hypertoni."),
      ("Åtgärd", "Höftskyddsbyxor, larmmatta vid sängen, fysioterapeut kopplas in för gångträning."),
  ], signed=None, setting="slutenvård"),
  must_not=["NL102"])

C("ger-troligt-delirium-urinretention",
  "'Troligt delirium' in a geriatric admission with a known mild cognitive impairment",
  "1937-01-29", "m",
  N("v_geravd_mdl", "Sebastian Holmgren", "läkare", "Inskrivningsanteckning", "2024-06-06 17:30", [
      ("Aktuellt", "Inkommer med akut förvirring sedan två dygn, växlande över dygnet. Lindrig kognitiv svikt sedan tidigare enligt sonen."),
      ("Status", "Desorienterad till tid och rum, plockig. Suprapubiskt öm, blåsskanning 650 ml."),
      ("Bedömning", "Troligt delirium utlöst av urinretention och urinvägsinfektion."),
      ("Åtgärd", "KAD, urinodling. Oxybutynin sätts ut."),
  ], setting="slutenvård"),
  must=["NL102"])

C("ger-utreds-for-yrsel",
  "'Utreds för yrsel' is a symptom under investigation; orthostatic hypotension ruled out",
  "1941-10-05", "f",
  N("s_ger_mal", "Lisa Tornberg", "läkare", "Mottagningsanteckning", "2024-04-25 09:00", [
      ("Kontaktorsak", "Utreds för yrsel och ostadighet som lett till tre fall det senaste halvåret."),
      ("Undersökning", "Blodtryck 148/82 liggande och 142/80 efter tre minuters stående. Dix–Hallpike negativt bilateralt. Romberg utan anmärkning."),
      ("Bedömning", "Multifaktoriell yrsel; katarakt och nedsatt muskelstyrka bidrar. Ingen ortostatisk hypotension."),
      ("Planering", "Remiss till ögonmottagningen för kataraktoperation, fysioterapeut för balansträning."),
  ]),
  must_not=["NL102"])

C("ger-lakemedelsgenomgang-indikationer",
  "medication review listing indications for six confirmed diagnoses",
  "1938-03-27", "f",
  N("v_ger_mdl", "Katarina Wall", "läkare", "Läkemedelsgenomgång", "2024-09-12 11:15", [
      ("Läkemedel", "Donepezil 10 mg – Alzheimers sjukdom. Furosemid 40 mg – hjärtsvikt med bevarad ejektionsfraktion. Levaxin 75 mikrog – hypotyreos. Eliquis 2,5 mg x 2 – permanent förmaksflimmer. Sertralin 50 mg – depression, insatt 2021. Alvedon 1 g x 3 – gonartros."),
      ("Bedömning", "Samtliga preparat har kvarstående indikation. Sertralin har enligt dottern haft god effekt och nedstämdheten har inte återkommit."),
      ("Åtgärd", "Zopiklon sätts ut pga fallrisk. Läkemedelslistan uppdaterad och skickad till hemtjänsten."),
  ]),
  must_not=["NL102"])

C("ger-dotter-oro-demens-normal-kognition",
  "daughter's worry about dementia answered: nothing suggests dementia or MCI",
  "1949-11-22", "m",
  N("s_minne_ang", "Henrik Malmberg", "läkare", "Mottagningsanteckning", "2024-10-03 14:15", [
      ("Kontaktorsak", "Dottern orolig för att pappa har demens sedan han glömt en tandläkartid."),
      ("Undersökning", "MMSE 29/30, klocktest normalt, RUDAS 28/30. Sköter ekonomi och bilkörning utan anmärkning."),
      ("Bedömning", "Inget som talar för demenssjukdom eller lindrig kognitiv störning. Åldersadekvat minne."),
      ("Planering", "Ingen vidare utredning. Pat och dotter informerade om resultatet."),
  ]),
  must_not=["NL102"])

C("ger-ortogeriatrik-ev-hemgang-trol-korttids",
  "hedges about discharge and short-term placement only; operated hip fracture is confirmed",
  "1936-05-08", "f",
  N("v_ortoger_mdl", "Ronja Eklund", "sjuksköterska", "Omvårdnadsanteckning", "2024-01-11 13:40", [
      ("Omvårdnad", "Dag 4 efter hemiprotes för höftfraktur vänster. Mobiliseras med rollator och klarar toalettbesök med tillsyn."),
      ("Planering", "Ev. hemgång på fredag om hemtjänsten hinner starta, trol. behov av korttidsplats annars. Sannolikt klarar hon trappan hemma med stöd."),
  ], setting="slutenvård"),
  must_not=["NL102"])

C("ger-utskrivning-lang-misstankt-hyponatremi-orsak",
  "long geriatric discharge: many confirmed diagnoses and one 'trolig SIADH'",
  "1940-02-12", "f",
  N("s_geravd_mal", "Lisa Tornberg", "läkare", "Epikris", "2024-08-30 12:10", [
      ("Orsak till vård", "84-årig kvinna, bor ensam med hemtjänst, inkom efter två fall på en vecka och tilltagande trötthet."),
      ("Tidigare sjukdomar", "Hypertoni. KOL, tidigare rökare. Depression sedan 2020, behandlas med citalopram. Osteoporos med kotkompression Th12 2021. Katarakt opererad på höger öga. Pacemaker sedan 2017 pga sjuk sinusknuta."),
      ("Vårdförlopp", "Natrium 121 vid ankomsten, i övrigt normala elektrolyter och njurfunktion. Kliniskt normovolem. Urinosmolalitet 420 och urin-natrium 52. TSH och kortisol normala. Trolig SIADH utlöst av citalopram. Citalopram sattes ut och vätskeintaget begränsades till 1 liter per dygn; natrium steg till 131 på fem dygn. Fallen bedöms ha orsakats av hyponatremin tillsammans med nedsatt muskelstyrka. Röntgen höft och handled utan fraktur efter fallen. Pneumoni och urinvägsinfektion uteslöts som orsaker till tröttheten."),
      ("Rehabilitering", "Fysioterapeuten har gjort en fallriskbedömning och gett ett hemträningsprogram. Arbetsterapeuten har gjort hembesök och föreslagit att mattorna tas bort och att ett stödhandtag sätts upp i badrummet."),
      ("Sociala förhållanden", "Bor ensam i lägenhet på andra våningen med hiss. Hemtjänst för dusch och inköp en gång i veckan. Sonen bor i Trelleborg och hälsar på varje helg tillsammans med sina två barn. Går inomhus utan hjälpmedel men använder rollator utomhus."),
      ("Diagnoser", "Hyponatremi (E87.1). Upprepade fall. KOL. Depression."),
      ("Läkemedel vid utskrivning", "Mirtazapin 15 mg till natten mot depression, ersätter citalopram. Amlodipin 2,5 mg mot högt blodtryck. Spiriva och Bricanyl vid behov mot KOL. Alendronat 70 mg en gång per vecka mot osteoporos med kalk och D-vitamin."),
      ("Status vid utskrivning", "Klar och orienterad. Går med rollator i korridoren. Blodtryck 138/74 utan ortostatiskt fall. Lungor med förlängt expirium, inga rassel."),
      ("Information", "Pat informerad om att det låga natriumvärdet sannolikt beror på citalopram och varför medicinen byttes. Hon har fått skriftlig information om vätskebegränsningen."),
      ("Uppföljning", "Natrium och kalium på vårdcentralen om en vecka, provsvar till distriktsläkaren. Distriktsläkaren följer upp humöret efter bytet till mirtazapin. Fysioterapi i hemmet via kommunen. Trygghetslarm beställt. Natrium ska också kontrolleras om hon får kräkningar eller diarré. Läkemedelsberättelse överlämnad till pat och skickad till vårdcentralen."),
  ], setting="slutenvård"),
  must=["NL102"], must_not=["NL101"])

C("ger-tidiga-hypoteser-sokord-vgr",
  "VGR: the hypothesis and 'ej informerad' sit under sökord Tidiga hypoteser; visible sections hold only confirmed diagnoses",
  "1950-06-15", "m",
  N("v_ger_mdl", "Katarina Wall", "läkare", "Mottagningsanteckning", "2024-07-04 10:30", [
      ("Aktuellt", "Uppföljning av hypertoni och diabetes typ 2, båda välkontrollerade på nuvarande behandling."),
      ("Tidiga hypoteser", "Personlighetsförändring och omdömeslöshet enligt hustrun, talar för möjlig frontotemporal demens. Pat ej informerad pga bristande insikt och risk för konflikt i hemmet; tas upp efter neuropsykologisk bedömning."),
      ("Planering", "Neuropsykologisk testning och MR hjärna. Återbesök efter undersökningarna."),
  ]),
  must_not=["NL101", "NL102", "NL104"])

C("ger-misstankt-normaltryckshydrocefalus",
  "'Misstänkt normaltryckshydrocefalus' among a known Parkinson's disease",
  "1945-04-03", "m",
  N("v_ger_mdl", "Niklas Forsberg", "läkare", "Mottagningsanteckning", "2024-03-06 09:45", [
      ("Anamnes", "Parkinsons sjukdom sedan 2018 på levodopa. Hypertoni. Senaste halvåret småstegad, bredspårig gång, trängningar och tilltagande glömska."),
      ("DT hjärna", "Vidgade ventriklar som inte förklaras av den måttliga kortikala atrofin."),
      ("Bedömning", "Misstänkt normaltryckshydrocefalus. Parkinsonsjukdomen i övrigt stabil."),
      ("Planering", "Remiss till neurokirurgen för tap-test."),
  ]),
  must=["NL102"])

C("ger-trolig-lakemedelsutlost-hyponatremi-typo",
  "'Trolgien läkemedelsutlöst hyponatremi' with a typo in the hedge, among known COPD and hypothyroidism (typo)",
  "1942-08-21", "f",
  N("s_ger_mal", "Lisa Tornberg", "läkare", "Mottagningsanteckning", "2024-11-14 13:55", [
      ("Aktuellt", "KOL och hypotyreos, båda stabila. Natrium 126 vid kontroll på vårdcentralen, insatt på hydroklortiazid i september."),
      ("Bedömning", "Trolgien läkemedelsutlöst hyponatremi av tiaziden."),
      ("Åtgärd", "Hydroklortiazid sätts ut, amlodipin i stället. Nytt natrium om en vecka."),
  ], signed=None),
  must=["NL102"])

C("ger-misstankt-jattecellsarterit-informerad",
  "'Misstänkt jättecellsarterit' told to the patient: hedge visible (NL102) but nothing withheld (no NL101)",
  "1948-01-17", "f",
  N("v_geravd_mdl", "Sebastian Holmgren", "läkare", "Daganteckning", "2024-02-28 11:25", [
      ("Aktuellt", "Tinningshuvudvärk höger och tuggclaudicatio sedan två veckor. SR 88, CRP 64."),
      ("Bedömning", "Misstänkt jättecellsarterit. Pat informerad om misstanken och om att prednisolon startas före biopsin för att skydda synen."),
      ("Åtgärd", "Prednisolon 50 mg. Temporalisbiopsi och ultraljud av temporalisartärerna bokade."),
  ], setting="slutenvård"),
  must=["NL102"], must_not=["NL101"])

C("ger-parkinson-diagnosbesked-ej-givet-nl101",
  "confirmed Parkinson's disease while the patient 'har ännu inte fått diagnosbeskedet'",
  "1951-12-24", "m",
  N("v_ger_mdl", "Niklas Forsberg", "läkare", "Journalanteckning", "2024-12-10 15:40", [
      ("DAT-scan", "Kraftigt nedsatt upptag i putamen vänster mer än höger."),
      ("Bedömning", "Parkinsons sjukdom, höger kroppshalva mest drabbad."),
      ("Planering", "Pat har ännu inte fått diagnosbeskedet; det ges vid besöket 17/12 då även levodopa startas."),
  ]),
  must=["NL101"])

# =====================================================================
# Psychiatry (adult: Skåne and VGR; BUP: Skåne only)
# =====================================================================
C("psyk-sannolikt-bipolar-typ-ii",
  "'Sannolikt bipolär sjukdom typ II' beside a confirmed current depressive episode",
  "1995-11-08", "f",
  N("v_psyk_aff", "Emelie Hjalmarsson", "läkare", "Mottagningsanteckning", "2024-02-14 13:10", [
      ("Anamnes", "Återkommande depressiva episoder sedan 18 års ålder. Perioder på fyra till fem dagar med minskat sömnbehov, ökad energi och köpimpulser."),
      ("Bedömning", "Sannolikt bipolär sjukdom typ II. Pågående depressiv episod av måttlig grad."),
      ("Planering", "Strukturerad diagnostisk intervju (SCID) och livsdiagram. Avvaktar med antidepressiva."),
  ]),
  must=["NL102"])

C("psyk-depression-sertralin-suicidrisk-lag",
  "confirmed depression in partial remission; 'suicidrisk bedöms som låg' is a risk statement",
  "1979-04-02", "m",
  N("s_psyk_hbg", "Nora Lindell", "läkare", "Mottagningsanteckning", "2024-04-04 10:00", [
      ("Aktuellt", "Uppföljning av egentlig depression, medelsvår, diagnostiserad i februari. Sertralin 100 mg sedan åtta veckor."),
      ("Psykiskt status", "Bättre kontakt, ler emellanåt. Sover sex till sju timmar. Förnekar dödstankar."),
      ("Bedömning", "Depressionen i partiell remission, MADRS 14. Suicidrisken bedöms som låg; inga tidigare försök, skyddande faktorer i familj och arbete."),
      ("Planering", "Oförändrad dos. KBT-grupp påbörjas i maj."),
  ]),
  must_not=["NL102"])

C("psyk-adhd-utredning-aterkopplad",
  "completed ADHD assessment, diagnosis given back to the patient at the visit",
  "2000-10-13", "m",
  N("v_psyk_udd", "Isak Mårtensson", "psykolog", "Psykologanteckning", "2024-03-13 14:30", [
      ("Sammanfattning", "Neuropsykiatrisk utredning genomförd med DIVA, WAIS-IV och skattningar från pat och mor."),
      ("Resultat", "Kriterierna för ADHD, kombinerad form, är uppfyllda. Ingen intellektuell funktionsnedsättning."),
      ("Återkoppling", "Utredningsresultatet och diagnosen återkopplades vid dagens besök. Pat kände igen sig och fick en skriftlig sammanfattning."),
  ]),
  must_not=["NL102", "NL101"])

C("psyk-pat-undrar-autism-ingen-misstanke",
  "the patient asks about autism; clinician: 'Ingen misstanke om autismspektrumtillstånd', social anxiety confirmed (typo)",
  "1990-02-20", "f",
  N("s_psyk_lund", "Daniel Forsman", "läkare", "Nybesöksanteckning", "2024-05-22 09:30", [
      ("Kontaktorsak", "Pat undrar om hon har autism efter att ha sett en dokumentär, känner sig annorlunda i sociala sammanhang."),
      ("Anamnes", "Normal språklig och social utveckling enligt modern. Har vänner sedan barndomen och fungerar väl i arbetet som lärare."),
      ("Bedömning", "Ingen misstanke om autismspektrumtilstånd. Social ångest av lindrig grad."),
      ("Planering", "Erbjuds internetbaserad KBT mot social ångest."),
  ]),
  must_not=["NL102"])

C("psyk-schizofreni-ej-meddelad-nl101",
  "confirmed schizophrenia in an inpatient note that says the diagnosis has not been told to the patient",
  "1999-07-16", "m",
  N("s_psykavd_lund", "Tove Ahlgren", "läkare", "Daganteckning", "2024-09-19 11:50", [
      ("Bedömning", "Schizofreni, paranoid form. Sex månaders psykotiska symtom med funktionsnedsättning; organisk genes utesluten med MR och lab."),
      ("Information", "Diagnosen har inte meddelats pat ännu pga bristande sjukdomsinsikt och misstänksamhet mot personalen. Tas upp när han stabiliserats på olanzapin."),
  ], setting="psykiatrisk heldygnsvård"),
  must=["NL101"], must_not=["NL102"])

C("psyk-misstanke-om-tvangssyndrom",
  "'Misstanke om tvångssyndrom' in a psychologist's note, with psychosis plainly negated",
  "1993-05-27", "m",
  N("v_psyk_udd", "Isak Mårtensson", "psykolog", "Psykologanteckning", "2024-06-05 15:15", [
      ("Samtal", "Beskriver påträngande tankar om att skada sin bebis och utför kontrollritualer med knivar och spis flera timmar per dag."),
      ("Bedömning", "Misstanke om tvångssyndrom. Tankarna upplevs som främmande och ångestskapande, inget som talar för psykos."),
      ("Planering", "Y-BOCS och strukturerad intervju vid nästa besök."),
  ]),
  must=["NL102"])

C("psyk-audit-screening-inget-riskbruk",
  "screening scores and 'Inget riskbruk' beside a confirmed generalised anxiety disorder",
  "1985-01-09", "f",
  N("s_psyk_hbg", "Jessica Nord", "sjuksköterska", "Sjuksköterskeanteckning", "2024-01-25 10:45", [
      ("Screening", "AUDIT 3 p, DUDIT 0 p vid nybesöket. Inget riskbruk av alkohol och inget narkotikabruk."),
      ("Bakgrund", "Generaliserat ångestsyndrom sedan flera år, behandlas med pregabalin via vårdcentralen."),
  ]),
  must_not=["NL102"])

C("psyk-bup-adhd-kriterier-ej-uppfyllda",
  "school asks about ADHD (referral question); criteria not met and dyslexia confirmed; Skåne BUP",
  "2015-03-11", "m",
  N("s_bup_mal", "Klara Sundin", "psykolog", "Psykologanteckning", "2024-04-18 13:00", [
      ("Frågeställning", "Skolan undrar om ADHD pga koncentrationssvårigheter i klassrummet."),
      ("Utredning", "Skattningar från föräldrar och lärare under gränsvärdena. Den kognitiva profilen visar specifika läs- och skrivsvårigheter."),
      ("Bedömning", "Kriterierna för ADHD är inte uppfyllda. Dyslexi stöds av testresultaten och har bekräftats av specialpedagog."),
      ("Återkoppling", "Föräldrarna informerade, skolan får ett utlåtande efter samtycke."),
  ]),
  must_not=["NL102"])

C("psyk-bup-misstankt-autism",
  "'Misstänkt autismspektrumtillstånd' in a Skåne BUP note for a 6-year-old",
  "2017-09-29", "f",
  N("s_bup_hbg", "Anders Kjellberg", "läkare", "Nybesöksanteckning", "2024-02-07 09:40", [
      ("Anamnes", "Föräldrarna beskriver sen språkutveckling, att hon radar upp leksaker och reagerar starkt på ljud. Förskolan bekräftar svårigheter i samspel med andra barn."),
      ("Observation", "Begränsad ögonkontakt, pekar inte för att dela uppmärksamhet."),
      ("Bedömning", "Misstänkt autismspektrumtillstånd. Tas upp för neuropsykiatrisk utredning med ADOS-2."),
  ]),
  must=["NL102"])

C("psyk-litiumkontroll-indikation",
  "lithium with its indication, stable bipolar I, normal labs",
  "1972-06-24", "m",
  N("v_psyk_aff", "Malin Eriksson", "sjuksköterska", "Sjuksköterskeanteckning", "2024-08-08 08:30", [
      ("Litiumkontroll", "Lithionit 42 mg x 2 pga bipolär sjukdom typ I, stabil sedan 2019. S-litium 0,7 mmol/L, TSH och kreatinin normala. Ingen tremor, inga biverkningar."),
  ], signed=None),
  must_not=["NL102"])

C("psyk-kurator-troligen-fortsatta-samtal",
  "'Troligen' and 'möjligen' about counselling and work training; recurrent depression is confirmed",
  "1976-12-30", "f",
  N("s_psyk_hbg", "Rut Pettersson", "kurator", "Kuratorsanteckning", "2024-03-01 14:00", [
      ("Samtal", "Stödsamtal. Pat med recidiverande depression är sjukskriven sedan januari. Arbetsgivaren har kallat till rehabiliteringsmöte."),
      ("Planering", "Troligen behov av fortsatta samtal under våren; möjligen kan arbetsträning starta i april."),
  ]),
  must_not=["NL102"])

C("psyk-missankt-atstorning-typo",
  "'Missänkt ätstörning' with a typo in the hedge (typo)",
  "2004-07-02", "f",
  N("v_psyk_sks", "Sofie Granlund", "läkare", "Nybesöksanteckning", "2024-10-16 10:20", [
      ("Anamnes", "Viktnedgång 9 kg på ett halvår, räknar kalorier och tränar två gånger om dagen. Amenorré sedan fyra månader."),
      ("Status", "BMI 16,2. Puls 48, lanugobehåring på armarna."),
      ("Bedömning", "Missänkt ätstörning av restriktiv typ."),
      ("Planering", "Remiss till ätstörningsenheten, somatisk kontroll via vårdcentralen."),
  ]),
  must=["NL102"])

C("psyk-personlighetsstorning-ej-aterkopplad-nl101",
  "confirmed personality disorder 'inte återkopplad till pat än'",
  "1997-02-03", "f",
  N("v_psyk_sks", "Sofie Granlund", "läkare", "Journalanteckning", "2024-11-06 16:15", [
      ("Bedömning", "Emotionellt instabil personlighetsstörning föreligger efter SCID-5-PD och genomgång av journal och anamnes."),
      ("Planering", "Diagnosen är inte återkopplad till pat än; psykologen tar upp den vid nästa samtal och erbjuder DBT."),
  ]),
  must=["NL101"])

C("psyk-hypomani-kan-ej-uteslutas-adhd",
  "'Hypomani kan ej uteslutas' in a patient with confirmed ADHD on stimulants",
  "1998-08-18", "m",
  N("s_psyk_lund", "Daniel Forsman", "läkare", "Mottagningsanteckning", "2024-06-12 11:05", [
      ("Aktuellt", "ADHD diagnostiserad 2021, behandlas med metylfenidat 54 mg. Senaste veckan sovit tre till fyra timmar per natt, pratar fort och har startat tre företag."),
      ("Bedömning", "Hypomani kan ej uteslutas, differentialdiagnos stimulantiautlöst överaktivering."),
      ("Planering", "Metylfenidat pausas, återbesök om en vecka med anhörig."),
  ]),
  must=["NL102"])

C("psyk-mojlig-samsjuklig-paniksyndrom",
  "'Möjligt samsjukligt paniksyndrom' beside a confirmed GAD",
  "1988-03-06", "f",
  N("v_psyk_aff", "Emelie Hjalmarsson", "läkare", "Mottagningsanteckning", "2024-09-27 13:50", [
      ("Aktuellt", "Generaliserat ångestsyndrom sedan 2019, behandlas med escitalopram. Senaste två månaderna plötsliga attacker med hjärtklappning och dödsskräck."),
      ("Bedömning", "Möjligt samsjukligt paniksyndrom. Hjärtat utrett på vårdcentralen med normalt EKG och Holter."),
      ("Planering", "Panikdagbok, psykologkontakt för KBT."),
  ]),
  must=["NL102"])

C("psyk-nybesok-lang-dd",
  "long psychiatric intake: confirmed history and treatments, one explicit differential diagnosis",
  "1987-10-25", "m",
  N("s_psyk_lund", "Tove Ahlgren", "läkare", "Nybesöksanteckning", "2024-01-31 10:00", [
      ("Kontaktorsak", "Remiss från vårdcentral pga nedstämdhet och irritabilitet sedan ett år som inte svarat på två SSRI-preparat."),
      ("Tidigare", "Behandlad på BUP som tonåring för social fobi med gott resultat. Alkoholberoende 2014–2016, nykter sedan 2016 och går på AA-möten. Astma sedan barndomen. Hypotyreos upptäckt 2022, substituerad."),
      ("Hereditet", "Mor har bipolär sjukdom typ I. Morbror tog sitt liv i 40-årsåldern."),
      ("Aktuellt", "Pat beskriver att han sedan ett år känner sig nedstämd de flesta dagar, men att han också haft perioder på en vecka då han varit mycket irritabel, sovit lite och lagt ut stora summor pengar. Han har vid två tillfällen hamnat i gräl på jobbet. Sertralin gav viss effekt första månaderna, escitalopram ingen. Pat oroar sig för att han ska ha ärvt moderns sjukdom."),
      ("Sociala förhållanden", "Gift, två barn i lågstadieåldern. Arbetar som säljare på ett bilföretag och var sjukskriven två veckor i höstas. Ekonomin är ansträngd efter de senaste månadernas inköp och hustrun har tagit över räkningarna. Inget vapeninnehav."),
      ("Somatiskt", "Astman välkontrollerad med inhalationssteroid. Senaste TSH i december normalt på Levaxin 100 mikrog. Utöver detta tar han escitalopram 20 mg; sertralin avslutades i somras. Ingen användning av anabola steroider eller kosttillskott."),
      ("Psykiskt status", "Vaken och orienterad. Adekvat kontakt, något otålig. Stämningsläget sänkt, affekten lättväckt. Inga psykotiska symtom. Förnekar aktuella suicidtankar, har inte gjort några försök."),
      ("Skattningar", "MADRS-S 24. AUDIT 0 p. MDQ positivt."),
      ("Bedömning", "Pågående depressiv episod, medelsvår. DD bipolär sjukdom typ II, blandtillstånd. Alkoholberoendet i långvarig remission. Suicidrisken bedöms som måttlig med tanke på hereditet och impulsivitet, men skyddande faktorer finns i familj och nykterhetsnätverk."),
      ("Förväntningar", "Pat önskar framför allt bli av med irritabiliteten för familjens skull. Han är positiv till fortsatt utredning och vill gärna att hustrun medverkar. Han kör bil i arbetet och har fått rådet att inte köra vid uttalad sömnbrist."),
      ("Planering", "Strukturerad diagnostisk intervju och livsdiagram hos psykolog. Escitalopram trappas ut. Anhörigintervju med hustrun efter pats samtycke. Återbesök om två veckor. Krisplan genomgången, pat vet hur han söker akut."),
  ]),
  must=["NL102"])
# =====================================================================
# Paediatrics (children under 13: guardians read the journal)
# =====================================================================
C("barn-astma-valkontrollerad-pollenallergi",
  "confirmed, well-controlled asthma and pollen allergy in a child",
  "2015-10-02", "m",
  N("s_barn_ystad", "Jenny Wallén", "sjuksköterska", "Sjuksköterskeanteckning", "2024-03-04 14:20", [
      ("Astmakontroll", "Astma, välkontrollerad på Flutide 125 mikrog 1x2 och Airomir vid behov. ACT 24 p. Spirometri normal, reversibilitet 4 %."),
      ("Allergi", "Björkpollenallergi, tar Aerius under säsongen."),
  ]),
  must_not=["NL102"])

C("barn-susp-invagination",
  "'Susp. invagination' in a 2-year-old at a VGR children's emergency",
  "2022-01-19", "m",
  N("v_barnakut_dsbus", "Moa Lundqvist", "läkare", "Akutanteckning", "2024-04-14 09:35", [
      ("Anamnes", "Attackvisa skrikperioder sedan i morse med kräkning, blek och slö mellan attackerna."),
      ("Status", "Korvformad resistens i höger övre kvadrant."),
      ("Bedömning", "Susp. invagination. Akut ultraljud buk, barnkirurgjouren kontaktad."),
  ], setting="akutmottagning"),
  must=["NL102"])

C("barn-foraldrar-oro-leukemi-normalt-blodstatus",
  "parents' worry about leukaemia answered: nothing suggests leukaemia or bleeding disorder",
  "2019-02-15", "f",
  N("s_barn_ystad", "Oscar Lilja", "läkare", "Mottagningsanteckning", "2024-05-16 10:10", [
      ("Kontaktorsak", "Föräldrarna oroliga för leukemi efter att ha sett flera blåmärken på benen."),
      ("Status", "Pigg flicka. Blåmärken av olika ålder på underbenens framsida, inga petekier. Ingen lymfkörtelförstoring, ingen hepatosplenomegali."),
      ("Lab", "Blodstatus med differentialräkning normalt, trombocyter 289."),
      ("Bedömning", "Inget som talar för leukemi eller blödningsrubbning. Blåmärken på skenbenen är vanliga hos lekande barn i den här åldern."),
  ]),
  must_not=["NL102"])

C("barn-remissfraga-celiaki-fastslagen",
  "referral question 'Celiaki?' answered positive in the same note and told to the parents",
  "2017-11-27", "m",
  N("v_barn_sks", "Ingrid Falk", "läkare", "Mottagningsanteckning", "2024-06-20 13:00", [
      ("Remiss", "Från vårdcentral: Celiaki? Dålig viktuppgång och lös avföring."),
      ("Utredning", "Transglutaminasantikroppar över tio gånger övre referensgränsen, positiva endomysieantikroppar i separat prov, HLA-DQ2 positiv."),
      ("Bedömning", "Celiaki fastställd enligt ESPGHAN-kriterierna utan biopsi. Diagnosen meddelad föräldrarna vid besöket."),
      ("Planering", "Glutenfri kost, dietistkontakt, kontroll av antikroppar om sex månader."),
  ]),
  must_not=["NL102"])

C("barn-trolig-pyelonefrit-treaaring",
  "'Bed: Trolig pyelonefrit' in a telegraphic children's emergency note",
  "2021-03-09", "f",
  N("s_barnakut_lund", "Per Sundqvist", "läkare", "Akutanteckning", "2024-02-25 19:50", [
      ("Bedömning", "Feber 39,8 i två dygn utan luftvägssymtom. U-sticka: nitrit pos, leukocyter 3+. CRP 96. Bed: Trolig pyelonefrit."),
      ("Åtgärd", "Urinodling via kateter, ceftibuten. Kontroll på barnmottagningen om två dagar."),
  ], setting="akutmottagning"),
  must=["NL102"])

C("barn-enkel-feberkramp-epilepsi-ej-aktuellt",
  "confirmed simple febrile seizure and otitis; epilepsy explicitly not relevant",
  "2022-08-12", "m",
  N("v_barnakut_dsbus", "Moa Lundqvist", "läkare", "Akutanteckning", "2024-04-21 23:15", [
      ("Anamnes", "Generaliserad kramp i ca två minuter i samband med feber 39,5, första episoden. Vaken och adekvat efter 30 minuter."),
      ("Bedömning", "Enkel feberkramp, otitis media höger. Epilepsi är inte aktuellt vid en enkel feberkramp och EEG behövs inte."),
      ("Åtgärd", "Föräldrarna informerade om hur de ska agera vid en ny kramp. Amoxicillin mot öroninflammationen."),
  ], setting="akutmottagning"),
  must_not=["NL102"])

C("barn-ev-komjolksproteinallergi",
  "'Ev. komjölksproteinallergi' in an infant",
  "2024-01-04", "m",
  N("s_barn_ystad", "Oscar Lilja", "läkare", "Mottagningsanteckning", "2024-04-02 11:30", [
      ("Aktuellt", "Blod i avföringen och eksem sedan tre veckor, helammad pojke."),
      ("Bedömning", "Ev. komjölksproteinallergi. Eksemet behandlas med mjukgörande."),
      ("Planering", "Mamman utesluter mjölkprotein ur sin kost i fyra veckor, därefter återintroduktion."),
  ], signed=None),
  must=["NL102"])

C("barn-vaccinationsstatus-nefrotiskt-syndrom",
  "vaccination statement names diseases; nephrotic syndrome is confirmed",
  "2013-09-30", "f",
  N("v_barn_nal", "Stina Axelsson", "sjuksköterska", "Sjuksköterskeanteckning", "2024-05-29 09:20", [
      ("Aktuellt", "Steroidberoende nefrotiskt syndrom sedan 2021, följs på barnmottagningen. Inför behandling med rituximab."),
      ("Vaccinationer", "Vaccinerad mot mässling, påssjuka, röda hund, difteri, stelkramp, kikhosta och polio enligt programmet. Pneumokockvaccin ges före immunsuppressionen."),
  ]),
  must_not=["NL102"])

C("barn-misstank-absensepilepsi-typo",
  "'Misstänk absensepilepsi' with a dropped letter in the hedge (typo)",
  "2016-12-07", "f",
  N("v_barnneuro_dsbus", "Jesper Strömberg", "läkare", "Mottagningsanteckning", "2024-09-09 14:05", [
      ("Anamnes", "Korta stirrattacker flera gånger dagligen enligt läraren."),
      ("Status", "Hyperventilationsprov på mottagningen utlöser en åtta sekunder lång episod med ögonlocksfladder."),
      ("Bedömning", "Misstänk absensepilepsi. EEG bokat."),
  ]),
  must=["NL102"])

C("barn-diabetes-arskontroll-lang",
  "long paediatric diabetes annual review: confirmed disease, screening results, risks, indications",
  "2013-06-06", "m",
  N("s_barndiab_lund", "Elsa Hultgren", "läkare", "Mottagningsanteckning", "2024-10-22 13:30", [
      ("Kontaktorsak", "Årskontroll diabetes typ 1, pojken kommer med sin mamma."),
      ("Bakgrund", "Diabetes typ 1 sedan 2019 då han insjuknade med ketoacidos. Insulinpump med sensor sedan 2021. Celiaki diagnostiserad via screening 2020, äter glutenfritt. Ingen annan sjukdom. Storasystern har också diabetes typ 1 och följs på samma mottagning sedan fyra år."),
      ("Aktuellt", "Spelar fotboll tre gånger i veckan, har lärt sig att sänka basaldosen inför träning. Två lindriga hypoglykemier i månaden, ingen svår hypoglykemi och ingen ketoacidos sedan debuten. Mamman frågar om sonen kan få glaukom som morfar; vi förklarar att det inte har med diabetes att göra och att ögonbottenkontrollerna gäller diabetesretinopati."),
      ("Sociala förhållanden", "Bor med mamma, pappa och storasyster i Lund. Går i femte klass; skolsköterskan har fått utbildning i pumpen. Pojken sköter själv det mesta av insulindoseringen inför måltiderna."),
      ("Psykosocialt", "Trivs i skolan och har många kompisar. Ingen oro kring ätande eller vikt. Mamman berättar att familjen ibland är trött av nattlarmen från sensorn."),
      ("Status", "Längd och vikt följer kurvan, BMI-SDS 0,3. Pubertetsstadium Tanner 2. Inga lipohypertrofier vid injektionsställena. BT 108/64."),
      ("Teknik", "Pumpen och sensorn fungerar väl. Nedladdade data visar bäst värden under skoldagarna och högre värden på helger efter sena middagar. Kolhydraträkningen är säker och mamman justerar kvoterna själv vid behov. Infusionssetet byts var tredje dag utan problem, inga hudreaktioner av plåstren."),
      ("Lab och screening", "HbA1c 52 mmol/mol, tid i målområdet 68 %. TSH och fritt T4 normala, ingen tyreoideasjukdom. Transglutaminasantikroppar negativa på glutenfri kost. Lipider normala. Albumin i urinen normalt. Ögonbottenfotografering utan retinopati."),
      ("Bedömning", "Diabetes typ 1 med god metabol kontroll. Celiakin välbehandlad. Ingen sen komplikation. Risken för hypoglykemi vid idrott hanteras väl av familjen."),
      ("Läkemedel", "NovoRapid i pump. Glukagon nässpray för svår hypoglykemi. Inga andra läkemedel."),
      ("Planering", "Fortsatt kontroll var tredje månad hos diabetessköterska. Dietisten träffar familjen inför tonåren. Nästa årskontroll med screening om ett år. Diabetesintyg till skolan förnyat. Larmgränserna för natten ses över tillsammans med diabetessköterskan, och kurator erbjuds vid behov."),
  ]),
  must_not=["NL102"])

C("barn-kawasaki-kan-inte-uteslutas",
  "'Kawasakis sjukdom kan inte uteslutas' in a febrile child",
  "2020-05-21", "m",
  N("v_barn_sks", "Ingrid Falk", "läkare", "Inskrivningsanteckning", "2024-08-18 16:45", [
      ("Anamnes", "Feber i fem dygn trots antibiotika mot halsfluss, som inte bekräftades på strep A-test."),
      ("Status", "Bilateral icke-varig konjunktivit, jordgubbstunga, rodnade handflator."),
      ("Bedömning", "Kawasakis sjukdom kan inte uteslutas. Ekokardiografi i morgon bitti."),
  ], setting="slutenvård"),
  must=["NL102"])

C("barn-dd-frammande-kropp-kand-astma",
  "'DD: främmande kropp i luftvägarna, pneumoni' in a child with known asthma",
  "2020-12-14", "f",
  N("s_barnakut_lund", "Per Sundqvist", "läkare", "Akutanteckning", "2024-07-06 12:20", [
      ("Anamnes", "Känd astma på Flixotide. Plötslig hosta under lek med lego i går, sedan dess pipande andning."),
      ("Status", "Nedsatt andningsljud höger basalt, ingen feber."),
      ("Bedömning", "DD: främmande kropp i luftvägarna, pneumoni. Astmaexacerbation mindre trolig med ensidiga fynd."),
      ("Åtgärd", "Lungröntgen i in- och utandning, öron–näsa–hals-jouren kontaktad för ev. bronkoskopi."),
  ], setting="akutmottagning"),
  must=["NL102"])

C("barn-mojlig-appendicit-diabetes-typ1",
  "'Möjlig appendicit' in a child with confirmed type 1 diabetes",
  "2014-04-28", "m",
  N("v_barnakut_dsbus", "Olle Widell", "läkare", "Akutanteckning", "2024-11-02 20:05", [
      ("Anamnes", "Diabetes typ 1 sedan 2020 på pump. Buksmärta sedan i morse som flyttat till höger fossa, illamående."),
      ("Lab", "Blodsocker 11,2, ketoner 0,4. CRP 48, LPK 14."),
      ("Bedömning", "Möjlig appendicit. Ingen ketoacidos."),
      ("Åtgärd", "Ultraljud buk, barnkirurgen tillfrågad."),
  ], setting="akutmottagning"),
  must=["NL102"])
# =====================================================================
# NL101: told / not told, and near misses
# =====================================================================
C("nl101-koloncancer-besked-dagen-efter",
  "record: n1 confirmed colon cancer not yet told (NL101); n2 the next day documents that it was told",
  "1957-02-05", "m",
  [N("s_kir_ystad", "Hans Gyllenberg", "läkare", "Journalanteckning", "2024-03-25 16:40", [
      ("PAD", "Biopsier från koloskopin: adenocarcinom i colon ascendens."),
      ("Planering", "Pat ej informerad, nås först i morgon då han är bortrest. DT thorax–buk beställd och anmälan till kolorektal MDK gjord."),
   ]),
   N("s_kir_ystad", "Hans Gyllenberg", "läkare", "Telefonanteckning", "2024-03-26 09:15", [
      ("Kontakt", "Ringt pat och lämnat besked om koloncancern. Han informerades om fortsatt utredning med DT och om att fallet tas upp på MDK nästa vecka."),
      ("Planering", "Kontaktsjuksköterskan ringer honom i eftermiddag."),
   ], nid="n2")],
  must=[("NL101", "n1")], must_not=[("NL101", "n2")])

C("nl101-sonen-ber-om-tystnad-pat-informerad",
  "son asks that the father not be told; the patient was told anyway: no NL101",
  "1942-04-11", "m",
  N("v_medavd_udd", "Kristian Lind", "läkare", "Daganteckning", "2024-04-17 14:30", [
      ("Samtal", "Sonen ber att fadern inte ska få veta något om lungcancerdiagnosen. Förklarat för sonen att pat har rätt till information om sin diagnos."),
      ("Information", "Pat informerad av undertecknad i dag i lugn miljö med sonen närvarande. Han hade själv anat att något var allvarligt."),
  ], setting="slutenvård"),
  must_not=["NL101"])

C("nl101-dottern-vill-ej-pat-ej-informerad",
  "confirmed breast cancer; the daughter asks for silence and the patient has not yet been told: NL101",
  "1933-12-19", "f",
  N("s_geravd_mal", "Axel Nordqvist", "läkare", "Daganteckning", "2024-05-09 15:25", [
      ("Bedömning", "Bröstcancer vänster, nydiagnostiserad via mammografi och mellannålsbiopsi."),
      ("Närstående", "Dottern önskar att mamma inte ska informeras om cancerdiagnosen. Pat har därför ännu inte informerats; frågan tas upp med ansvarig överläkare i morgon."),
  ], setting="slutenvård"),
  must=["NL101"])

C("nl101-hepatit-c-tolk-uteblev",
  "confirmed hepatitis C not told because the interpreter did not come (typo)",
  "1973-09-01", "f",
  N("v_inf_ostra", "Ylva Sandberg", "läkare", "Mottagningsanteckning", "2024-02-29 10:35", [
      ("Provsvar", "HCV-RNA positivt, genotyp 3a. Leverelastografi 6,2 kPa."),
      ("Bedömning", "Kronisk hepatit C utan tecken på cirros."),
      ("Planering", "Pat ej informerad om diagnsoen då arabisktolken uteblev. Ny tid med tolk på plats 6/3, då behandling med glekaprevir/pibrentasvir planeras."),
  ], signed=None),
  must=["NL101"], must_not=["NL102"])

C("nl101-prostatacancer-far-ej-meddelas-fore-mdk",
  "confirmed prostate cancer that 'får ej meddelas pat före MDK'",
  "1957-11-15", "m",
  N("s_uro_lund", "Elias Brandt", "läkare", "Journalanteckning", "2024-06-24 13:10", [
      ("Undersökning", "MR prostata PI-RADS 5. Riktade biopsier: prostatacancer Gleason 4+4 i fem av sex biopsier."),
      ("Planering", "Besked får inte meddelas pat före MDK på torsdag enligt överenskommelse med ansvarig urolog; därefter ringer kontaktsjuksköterskan in honom."),
  ]),
  must=["NL101"])

C("nl101-aortastenos-ej-infomerad-typo",
  "confirmed severe aortic stenosis with 'ej infomerad' (typo in the not-told cue)",
  "1944-05-26", "m",
  N("v_kard_bas", "Elin Carlsson", "läkare", "Telefonanteckning", "2024-07-16 15:55", [
      ("Ekokardiografi", "Uttalad aortastenos, medelgradient 52 mmHg, klaffarea 0,7 cm2. EF 55 %."),
      ("Planering", "Pat ej infomerad om fyndet ännu, ringer honom i morgon. Anmäld till hjärtteamskonferens för TAVI-bedömning."),
  ]),
  must=["NL101"])

C("nl101-ej-informerad-om-operationsdatum",
  "'ännu inte informerad' concerns the operation date, not a diagnosis",
  "1958-08-07", "f",
  N("s_orto_mal", "Selma Axelsson", "läkare", "Mottagningsanteckning", "2024-04-30 11:20", [
      ("Bedömning", "Gonartros höger med bentill-ben-kontakt medialt. Pat önskar operation efter genomgång av risker och förväntat resultat."),
      ("Planering", "Anmäld för total knäprotes höger. Pat är ännu inte informerad om operationsdatum, kallelsen skickas från planeringsenheten."),
  ]),
  must_not=["NL101"])

C("nl101-informerad-ingen-cancer-i-biopsier",
  "patient told that prostate cancer could NOT be shown: a negated diagnosis and an informed patient",
  "1962-03-03", "m",
  N("v_uro_udd", "Henrik Stål", "läkare", "Telefonanteckning", "2024-08-22 10:05", [
      ("Provsvar", "Systematiska prostatabiopsier utan cancer, lätt kronisk inflammation."),
      ("Kontakt", "Pat informerad per telefon om att prostatacancer inte kunde påvisas. Fortsatt PSA-kontroll via vårdcentralen om sex månader."),
  ], signed=None),
  must_not=["NL101", "NL102"])

C("nl101-normala-provsvar-ej-meddelade-kand-celiaki",
  "not-yet-told results are normal; the known coeliac disease is long communicated",
  "1980-07-13", "f",
  N("s_med_tbg", "Oskar Hedlund", "läkare", "Journalanteckning", "2024-09-05 15:40", [
      ("Provsvar", "TSH, blodstatus och ferritin normala. Transglutaminasantikroppar negativa."),
      ("Bedömning", "Känd celiaki sedan 2012, följsam till glutenfri kost. Tröttheten förklaras inte av proverna."),
      ("Planering", "Svaren ej meddelade pat ännu, sekreteraren skickar brev i dag."),
  ]),
  must_not=["NL101"])

C("nl101-vgr-sokord-tidiga-hypoteser-ej-informerad",
  "VGR: 'ej informerad' and the hedged diagnosis are under sökord Tidiga hypoteser; the visible sections only describe symptoms",
  "1968-01-22", "f",
  N("v_med_ali", "Björn Lundgren", "läkare", "Mottagningsanteckning", "2024-10-09 14:50", [
      ("Aktuellt", "Viktnedgång 6 kg och nattliga svettningar sedan tre månader. Ingen hosta."),
      ("Tidiga hypoteser", "Förstorade körtlar på halsen och i armhålan väcker misstanke om lymfom. Pat ej informerad om misstanken pga svår hälsoångest; besked när biopsisvaret finns."),
      ("Planering", "Ultraljudsledd körtelbiopsi och DT hals–thorax–buk."),
  ]),
  must_not=["NL101", "NL102", "NL104"])

C("nl101-hcm-informerad-sedan-2022",
  "'informerad om diagnosen 2022': the diagnosis was communicated earlier",
  "1976-02-26", "m",
  N("s_kard_hbg", "Per Sjöberg", "läkare", "Mottagningsanteckning", "2024-02-20 09:10", [
      ("Aktuellt", "Känd hypertrofisk kardiomyopati, pat informerad om diagnosen 2022 och om ärftligheten. Bägge barnen är undersökta utan fynd."),
      ("Bedömning", "Stabil, ingen obstruktion, inga arytmier på Holter."),
  ]),
  must_not=["NL101", "NL102"])

C("nl101-remiss-avvisad-ej-informerad",
  "patient not yet told that a referral was declined; the fibromyalgia diagnosis itself is old and known",
  "1971-10-18", "f",
  N("s_med_tbg", "Amanda Kvist", "läkare", "Journalanteckning", "2024-11-21 16:20", [
      ("Bakgrund", "Fibromyalgi sedan 2018, behandlas med amitriptylin och träning."),
      ("Remissvar", "Remissen till smärtrehabiliteringen avvisad med hänvisning till primärvårdens multimodala team."),
      ("Planering", "Pat ej informerad om avvisningen ännu; brev skickas och ny remiss går till vårdcentralens team."),
  ]),
  must_not=["NL101"])

C("nl101-vt-kand-korkortsregler-ej-informerad",
  "patient knows the ventricular tachycardia; only the driving-licence rules are not yet told",
  "1963-06-09", "m",
  N("v_arytmi_su", "Anders Wikström", "läkare", "Daganteckning", "2024-05-02 11:00", [
      ("Aktuellt", "Ventrikeltakykardi med svimning i april, ICD inopererad i går utan komplikationer."),
      ("Information", "Pat känner till att han haft ventrikeltakykardi men har ännu inte fått information om körkortsreglerna efter ICD-implantation; det tas upp vid kontrollen om en vecka."),
  ], setting="slutenvård"),
  must_not=["NL101"])

C("nl101-osteosarkom-17-ar-ej-informerad",
  "confirmed osteosarcoma in a 17-year-old (reads own journal) who has not yet been told",
  "2006-10-24", "m",
  N("s_orto_mal", "Viktor Sandell", "läkare", "Journalanteckning", "2024-03-18 17:05", [
      ("PAD", "Biopsi från distala femur vänster: höggradigt osteosarkom."),
      ("Planering", "Pat ej informerad; besked ges tillsammans med föräldrarna av sarkomteamet i Lund på måndag. Remiss till sarkomcentrum skickad i dag."),
  ]),
  must=["NL101"])

C("nl101-maken-ej-informerad-pat-informerad",
  "the patient herself was told; only the husband is not informed, by her wish",
  "1974-04-19", "f",
  N("v_gyn_sks", "Johan Fredriksson", "läkare", "Mottagningsanteckning", "2024-10-01 13:40", [
      ("Samtal", "Besked om ovarialcancer stadium IIIC givet till pat, som tog det sakligt och ville veta allt om behandlingen."),
      ("Närstående", "Maken ej informerad enligt pats önskan, hon vill berätta själv i helgen."),
      ("Planering", "Neoadjuvant cytostatika, start om två veckor på onkologen."),
  ]),
  must_not=["NL101"])

C("nl101-trolig-glioblastom-ej-informerad",
  "hedged diagnosis written while the note says the patient is not informed: both NL101 and NL102",
  "1960-11-30", "m",
  N("s_akut_lund", "Jenny Falk", "läkare", "Akutanteckning", "2024-06-29 23:40", [
      ("Röntgen", "DT hjärna: 5 cm ringladdande process i vänster frontallob med omgivande ödem och 6 mm medellinjeförskjutning."),
      ("Bedömning", "Troligt glioblastom."),
      ("Planering", "Pat ej informerad i kväll pga sänkt medvetandegrad; besked i morgon av neurokirurgen. Betapred 8 mg x 2, inläggning på neurokirurgen."),
  ], setting="akutmottagning"),
  must=["NL101", "NL102"])

C("nl101-tidigare-informerad-besked-distriktslakare",
  "diagnosis given by the GP yesterday; 'välinformerad' — no NL101",
  "1954-09-27", "f",
  N("s_kard_hbg", "Ola Ljungberg", "läkare", "Mottagningsanteckning", "2024-08-07 10:30", [
      ("Aktuellt", "Remiss från vårdcentral med nyupptäckt förmaksflimmer. Besked om diagnosen lämnades av distriktsläkaren i går och pat är välinformerad."),
      ("Bedömning", "Persisterande förmaksflimmer, CHA2DS2-VASc 3. Antikoagulation insatt."),
  ]),
  must_not=["NL101"])

C("nl101-hepatit-b-provsvar-inte-klara",
  "'informeras när svaret kommit' is about pending tests in a known hepatitis B",
  "1982-05-31", "m",
  N("s_inf_lund", "Jonas Mattsson", "läkare", "Mottagningsanteckning", "2024-12-12 10:40", [
      ("Aktuellt", "Kronisk hepatit B, HBeAg-negativ, följs årligen. Inga symtom."),
      ("Planering", "Virusmängd och leverprover tagna i dag; pat informeras när svaret kommit. Ultraljud lever om ett år."),
  ]),
  must_not=["NL101"])

# =====================================================================
# NL104: Tidiga hypoteser entries
# =====================================================================
C("nl104-tidiga-hypoteser-mall-utan-hypotes",
  "Skåne Tidiga hypoteser template with only booking/admin text: no hypothesis at all",
  "1983-07-08", "f",
  N("s_psyk_lund", "Daniel Forsman", "läkare", "Tidiga hypoteser", "2024-05-15 16:00", [
      ("Tidiga hypoteser", "Pat önskar telefontider på förmiddagar. Återbesök bokat 12/6 kl 10.00."),
  ]),
  must=["NL104"], must_not=["NL101", "NL102"])

C("nl104-sokord-th-faststalld-och-meddelad",
  "VGR sökord Tidiga hypoteser holds a settled diagnosis already told to the patient",
  "1945-03-02", "m",
  N("v_minne_fro", "Gunilla Sjödin", "läkare", "Mottagningsanteckning", "2024-06-13 14:10", [
      ("Aktuellt", "Uppföljning efter diagnosbesked, pat och dotter närvarande."),
      ("Tidiga hypoteser", "Alzheimers sjukdom fastställd efter utredning. Diagnosen meddelad pat och dotter vid besök 3/6."),
      ("Planering", "Donepezil startas, kontroll om tre månader."),
  ]),
  must=["NL104"], must_not=["NL101"])

C("nl104-th-mall-mojlig-huntington",
  "Skåne Tidiga hypoteser template with a real, untold hypothesis: correct use",
  "1979-09-19", "m",
  N("s_psyk_hbg", "Nora Lindell", "läkare", "Tidiga hypoteser", "2024-08-28 15:30", [
      ("Tidiga hypoteser", "Ofrivilliga rörelser och tilltagande impulsivitet, fadern dog ung med okänd neurologisk sjukdom. Möjlig Huntingtons sjukdom; genetisk testning inte gjord och pat ej informerad om misstanken innan neurolog bedömt honom."),
  ]),
  must_not=["NL104", "NL102", "NL101"])

C("nl104-record-th-sedan-bekraftad-och-meddelad",
  "record: n1 hypothesis under VGR sökord Tidiga hypoteser; n2 visible note with the confirmed, told diagnosis",
  "1956-01-06", "m",
  [N("v_onk_jk", "Helena Rydberg", "läkare", "Mottagningsanteckning", "2024-01-09 15:15", [
      ("Aktuellt", "Ikterus och klåda sedan två veckor."),
      ("Tidiga hypoteser", "DT visar 3 cm förändring i pankreashuvudet, möjlig pankreascancer. Pat ej informerad innan EUS-biopsi är gjord."),
      ("Planering", "EUS med biopsi och stent nästa vecka."),
   ]),
   N("v_onk_jk", "Helena Rydberg", "läkare", "Mottagningsanteckning", "2024-01-23 10:45", [
      ("Provsvar", "EUS-biopsi: adenocarcinom i pankreas."),
      ("Samtal", "Pat informerad om diagnosen pankreascancer och om att den bedöms som resektabel."),
      ("Planering", "Remiss till pankreaskirurgen för Whipples operation."),
   ], nid="n2")],
  must_not=[("NL101", "n1"), ("NL101", "n2"), ("NL102", "n1"), ("NL102", "n2")])
# =====================================================================
# Mixed near misses, multi-note records, typos
# =====================================================================
C("record-pmo-misstankt-dvt-sedan-melior",
  "record: PMO note n1 'Misstänkt DVT' (hidden) and Melior emergency note n2 'DVT kan inte uteslutas' (visible)",
  "1967-03-24", "f",
  [N("p_vc_hoor", "Eva Strand", "läkare", "Läkaranteckning", "2024-09-30 10:15", [
      ("Aktuellt", "Svullen, öm vänster vad sedan tre dagar efter flygresa från Thailand. Tar p-piller."),
      ("Bedömning", "Misstänkt djup ventrombos vänster ben."),
      ("Åtgärd", "Remiss akut till akutmottagningen för D-dimer och ultraljud."),
   ]),
   N("s_akut_lund", "Lukas Eriksson", "läkare", "Akutanteckning", "2024-09-30 14:30", [
      ("Status", "Vänster vad 3 cm större i omkrets än höger, ömhet längs djupa vener. Wells 2 p."),
      ("Lab", "D-dimer 1,9."),
      ("Bedömning", "DVT kan inte uteslutas kliniskt. Ultraljud vener bokat i morgon bitti."),
      ("Åtgärd", "Fragmin 15 000 E i väntan på ultraljudet. P-pillren pausas."),
   ], nid="n2", setting="akutmottagning")],
  must=[("NL102", "n2")], must_not=[("NL102", "n1")])

C("record-misstankt-gikt-sedan-bekraftad",
  "record: n1 'Misstänkt giktartrit' (NL102), n2 crystals confirm gout (no hedge left)",
  "1961-08-14", "m",
  [N("v_akut_sks", "Emma Rosén", "läkare", "Akutanteckning", "2024-03-10 20:50", [
      ("Anamnes", "Plötsligt rött, svullet och mycket ömt höger fotled sedan i natt. Behandlas med hydroklortiazid mot hypertoni."),
      ("Bedömning", "Misstänkt giktartrit. Septisk artrit bedöms mindre sannolik utan feber, men ledvätska skickas för odling."),
      ("Åtgärd", "Ledpunktion, prednisolon 30 mg i fem dagar."),
   ], setting="akutmottagning"),
   N("v_med_ali", "Björn Lundgren", "läkare", "Telefonanteckning", "2024-03-13 11:30", [
      ("Provsvar", "Urinsyrakristaller i ledvätskan, odlingen utan växt."),
      ("Bedömning", "Gikt i höger fotled, bekräftad. Tiaziden bidrar."),
      ("Planering", "Hydroklortiazid byts mot losartan. Allopurinol övervägs vid nya attacker. Pat informerad per telefon."),
   ], nid="n2")],
  must=[("NL102", "n1")], must_not=[("NL102", "n2")])

C("akut-subaraknoidalbldoning-kan-inte-uteslutas-typo",
  "known migraine, but 'subaraknoidalbldöning kan inte uteslutas' (hedge with a typo in the diagnosis) (typo)",
  "1981-06-03", "f",
  N("s_akut_hbg", "Mattias Grönlund", "läkare", "Akutanteckning", "2024-05-25 01:10", [
      ("Anamnes", "Känd migrän med aura sedan tonåren. I kväll plötslig åskknallshuvudvärk under träning, den värsta hon haft."),
      ("Status", "Vaken, lätt nackstel. Inga fokala neurologiska bortfall."),
      ("Bedömning", "Subaraknoidalbldöning kan inte uteslutas trots känd migrän."),
      ("Åtgärd", "DT hjärna och DT-angiografi akut, lumbalpunktion vid normal DT."),
  ], signed=None, setting="akutmottagning"),
  must=["NL102"])

C("familj-mor-misstankt-als-pat-hypertoni",
  "the hedged diagnosis belongs to the mother (family history); the patient's own diagnoses are confirmed",
  "1972-12-01", "f",
  N("v_med_ali", "Amanda Nylén", "läkare", "Mottagningsanteckning", "2024-06-19 14:35", [
      ("Aktuellt", "Hypertoni sedan 2020, välbehandlad med losartan. Sover dåligt sedan modern börjat utredas för misstänkt ALS på neurologen i Göteborg."),
      ("Bedömning", "Hypertonin i mål, 128/80. Sömnstörning i samband med anhörigoro."),
      ("Planering", "Sömnskola via vårdcentralens sjuksköterska. Blodtryckskontroll om ett år."),
  ]),
  must_not=["NL102"])

C("tidigare-misstankt-ms-utesluten-2015",
  "past suspicion of MS that was ruled out in 2015; current depression confirmed",
  "1986-05-17", "f",
  N("s_psyk_lund", "Hanna Vik", "läkare", "Nybesöksanteckning", "2024-02-15 13:20", [
      ("Tidigare", "Utreddes 2015 för misstänkt MS efter synnervsinflammation; MR och likvor normala och MS uteslöts. Inga nya neurologiska symtom sedan dess."),
      ("Bedömning", "Egentlig depression, lindrig. Inga tecken på bipolaritet."),
      ("Planering", "Internetbaserad KBT, uppföljning om sex veckor."),
  ]),
  must_not=["NL102"])

C("akut-differentialdiagnoser-har-uteslutits",
  "'Differentialdiagnoserna ... har uteslutits med DT': the DD cue is already settled",
  "1990-09-08", "m",
  N("v_akut_kung", "Fredrik Olausson", "läkare", "Akutanteckning", "2024-10-26 04:20", [
      ("Anamnes", "Hugg i höger sida av bröstkorgen vid djupandning sedan i går kväll. Frisk, ingen resa."),
      ("Undersökningar", "DT thorax med kontrast: ingen lungemboli, ingen pneumothorax, inga infiltrat."),
      ("Bedömning", "Differentialdiagnoserna lungemboli och pneumothorax har uteslutits med DT. Interkostal muskelsträckning efter hosta."),
      ("Åtgärd", "NSAID i fem dagar, hem."),
  ], setting="akutmottagning"),
  must_not=["NL102"])

C("akut-fraktur-kan-uteslutas",
  "'Fraktur kan uteslutas' (positive ruling out) beside a confirmed ankle sprain",
  "1999-01-28", "f",
  N("s_akut_hbg", "Mattias Grönlund", "läkare", "Akutanteckning", "2024-08-10 15:35", [
      ("Anamnes", "Vrickade vänster fot i en trappa, kunde gå fyra steg direkt efter."),
      ("Status", "Svullnad och ömhet framför laterala malleolen. Ingen ömhet över malleolernas bakkant eller femte metatarsalbasen."),
      ("Bedömning", "Enligt Ottawa-reglerna kan fraktur uteslutas utan röntgen. Distorsion av laterala ledbanden vänster fotled."),
      ("Åtgärd", "Tejpning, belastning efter förmåga, ROIS-råd."),
  ], setting="akutmottagning"),
  must_not=["NL102"])

C("gyn-fragetecken-om-aterbesoktid",
  "the only '?' asks when to book the next visit; the diagnosis (lichen sclerosus) is confirmed",
  "1955-03-31", "f",
  N("s_gyn_mal", "Tilda Wester", "läkare", "Mottagningsanteckning", "2024-06-13 15:05", [
      ("Bedömning", "Lichen sclerosus vulvae, biopsiverifierad 2022. Väl kontrollerad med klobetasol två gånger i veckan."),
      ("Planering", "Kontroll efter sommaren eller först till jul? Pat hör av sig via 1177 när hon vet sina resplaner."),
  ]),
  must_not=["NL102"])

C("med-migran-trolig-utlosande-faktor",
  "'trolig utlösande faktor' hedges a trigger, the migraine itself is confirmed",
  "1993-11-16", "f",
  N("s_med_tbg", "Amanda Kvist", "läkare", "Mottagningsanteckning", "2024-04-11 13:25", [
      ("Bedömning", "Migrän utan aura, ökande frekvens till sex anfall i månaden. Trolig utlösande faktor är sömnbrist efter byte till skiftarbete."),
      ("Planering", "Profylax med propranolol 40 mg x 2. Huvudvärksdagbok. Sumatriptan vid anfall som tidigare."),
  ]),
  must_not=["NL102"])

C("med-sannolikt-dalig-foljsamhet-hypertoni",
  "'Sannolikt dålig följsamhet' is about adherence; hypertension and diabetes are confirmed",
  "1966-07-04", "m",
  N("v_med_ali", "Amanda Nylén", "läkare", "Mottagningsanteckning", "2024-11-07 10:55", [
      ("Aktuellt", "Hypertoni och diabetes typ 2. Blodtryck 168/96 trots tre preparat enligt listan."),
      ("Bedömning", "Sannolikt dålig följsamhet till blodtrycksbehandlingen; apoteksuttagen visar att amlodipin inte hämtats ut sedan i maj. Ingen sekundär hypertoni enligt tidigare utredning."),
      ("Planering", "Dosett via apoteket. Hemblodtrycksmätning i en vecka."),
  ]),
  must_not=["NL102"])

C("remissvar-dvt-fraga-ultraljud-utan-trombos",
  "referral question 'DVT?' answered in the same reply: no thrombosis",
  "1952-02-18", "m",
  N("s_fys_mal", "Hanna Persson", "läkare", "Remissvar", "2024-07-31 09:25", [
      ("Frågeställning", "DVT? Svullet höger ben sedan en vecka."),
      ("Undersökning", "Kompressionsultraljud av höger bens djupa vener från ljumske till vad: fullt komprimerbara, normalt flöde."),
      ("Svar", "Ingen djup ventrombos i höger ben. Bakercysta 4 cm i knävecket."),
  ]),
  must_not=["NL102"])

C("psyk-intyg-utmattning-prognos-sannolikt",
  "certificate: confirmed exhaustion disorder; 'sannolikt' hedges the prognosis, not the diagnosis",
  "1981-04-25", "f",
  N("s_psyk_hbg", "Jessica Nord", "läkare", "Intyg", "2024-03-20 15:15", [
      ("Läkarintyg", "Diagnos: Utmattningssyndrom (F43.8A). Funktionsnedsättning: nedsatt koncentration och minne, uttalad uttröttbarhet. Aktivitetsbegränsning: klarar inte arbetsuppgifter som projektledare med många parallella kontakter. Prognos: sannolikt återgång i arbete på deltid i juni."),
  ]),
  must_not=["NL102"])

C("orto-pseudartors-kan-inte-uteslutas-reoperation-typo",
  "'det kan inte uteslutas att ... operation behövs' is about treatment; the non-union is confirmed (typo 'pseudartors')",
  "1994-10-10", "m",
  N("v_orto_mdl", "Hedvig Ström", "läkare", "Mottagningsanteckning", "2024-09-18 10:30", [
      ("Aktuellt", "Pseudartors i scafoideum höger efter fraktur 2023, opererad med skruv och bentransplantat i april."),
      ("Röntgen", "Begynnande överbryggning, skruven i gott läge."),
      ("Bedömning", "Läkningen går långsamt. Det kan inte uteslutas att ytterligare en operation behövs längre fram."),
      ("Planering", "Ny DT om tre månader."),
  ]),
  must_not=["NL102"])

C("barn-remissfraga-celiaki-obesvarad",
  "referral question 'Celiaki?' left open (tests pending) in a visible note: the hypothesis is still uncertain",
  "2018-04-10", "f",
  N("v_barn_nal", "Hilda Johansson", "läkare", "Mottagningsanteckning", "2024-08-29 10:40", [
      ("Remiss", "Från BVC: Celiaki? Buksmärtor och viktkurva som planat ut sedan ett år."),
      ("Status", "Tunn flicka, utspänd buk, i övrigt ua. Vikten har gått från +0,5 till -1 SD."),
      ("Bedömning", "Celiaki? Transglutaminasantikroppar och totalt IgA tagna, svar om en vecka."),
      ("Planering", "Fortsatt glutenhaltig kost tills svaret finns."),
  ]),
  must=["NL102"])

C("onk-ingen-misstnake-om-recidiv-typo",
  "typo in the negation 'Ingen misstnake om recidiv' still negates; treated breast cancer (typo)",
  "1958-05-09", "f",
  N("v_onk_bas", "Linnea Åström", "läkare", "Mottagningsanteckning", "2024-02-06 11:50", [
      ("Aktuellt", "Femårskontroll efter bröstcancer höger, opererad 2019 och behandlad med tamoxifen som avslutades i januari."),
      ("Status", "Ärret utan anmärkning, inga palpabla knölar i bröst eller axiller."),
      ("Bedömning", "Ingen misstnake om recidiv. Mammografin i januari normal."),
      ("Planering", "Avslutas från onkologen, fortsatt mammografi inom screeningprogrammet."),
  ]),
  must_not=["NL102"])

C("akut-lungemboli-utseluten-typo",
  "typo in 'utseluten' (ruled out) for pulmonary embolism; pneumonia confirmed (typo)",
  "1949-07-28", "m",
  N("s_akut_hbg", "Ingela Sahlin", "läkare", "Akutanteckning", "2024-01-04 18:15", [
      ("Anamnes", "Andfåddhet och feber sedan tre dagar. Opererad för prostatacancer 2017."),
      ("Undersökningar", "DT lungartärer: ingen embolus, infiltrat i vänster underlob."),
      ("Bedömning", "Lungemboli utseluten. Pneumoni i vänster underlob, CRB-65 1."),
      ("Åtgärd", "Bensylpenicillin, inläggning på medicinavdelningen."),
  ], setting="akutmottagning"),
  must_not=["NL102"])

C("diagnosfalt-pnuemoni-fragetecken-typo",
  "hedge inside a Diagnos section: 'Pnuemoni? (J18.9)' with a typo in the diagnosis (typo)",
  "1950-10-19", "f",
  N("v_medavd_ali", "Hampus Åberg", "läkare", "Inskrivningsanteckning", "2024-12-01 22:30", [
      ("Anamnes", "KOL GOLD 3, hemsyrgas 1 liter. Ökad andfåddhet och missfärgade upphostningar sedan tre dagar."),
      ("Diagnos", "KOL med akut exacerbation (J44.1). Pnuemoni? (J18.9)"),
      ("Planering", "Lungröntgen i morgon, prednisolon och doxycyklin."),
  ], setting="slutenvård"),
  must=["NL102"])

C("med-m-chron-fragetecken-latin-typo",
  "Latin eponym with a common misspelling and a question mark: 'M. Chron?' (typo)",
  "2002-02-13", "m",
  N("s_med_tbg", "Oskar Hedlund", "läkare", "Mottagningsanteckning", "2024-05-23 09:45", [
      ("Anamnes", "Diarréer med blod sedan två månader, viktnedgång 5 kg, perianal fistel. Laktosintolerans sedan barndomen."),
      ("Lab", "Calprotectin 850. CRP 28. Hb 118."),
      ("Bedömning", "M. Chron? Laktosintoleransen förklarar inte blodet."),
      ("Planering", "Ileokoloskopi med biopsier, MR tunntarm."),
  ]),
  must=["NL102"])

C("orto-dupuytren-handterapi-efter-fasciektomi",
  "occupational therapist: eponym diagnosis confirmed and operated, recurrence risk told",
  "1950-12-12", "m",
  N("s_orto_hbg", "Paula Engström", "arbetsterapeut", "Arbetsterapeutanteckning", "2024-10-24 14:50", [
      ("Bakgrund", "Morbus Dupuytren höger lillfinger, opererad med fasciektomi för tio dagar sedan. Kontrakturen i grundleden var 45 grader före operationen."),
      ("Åtgärd", "Handterapi: nattlig extensionsortos tillverkad, sträckövningar fem gånger dagligen. Ärret läker fint. Pat vet att kontrakturen kan komma tillbaka och ska höra av sig om fingret börjar böjas igen."),
  ]),
  must_not=["NL102"])

C("psyk-diffrentialdiagnos-ptsd-typo",
  "misspelt cue 'Diffrentialdiagnos' before PTSD, beside a confirmed depression (typo)",
  "1991-08-30", "m",
  N("v_psyk_sks", "Anna-Karin Thell", "läkare", "Mottagningsanteckning", "2024-07-11 13:10", [
      ("Aktuellt", "Egentlig depression sedan i våras, behandlas med sertralin. Arbetar som ambulanssjukvårdare och var med vid en allvarlig olycka i februari; återkommande mardrömmar och påträngande minnesbilder sedan dess."),
      ("Bedömning", "Depressionen delvis förbättrad. Diffrentialdiagnos: posttraumatiskt stressyndrom."),
      ("Planering", "PCL-5 och strukturerad intervju hos psykolog."),
  ]),
  must=["NL102"])

C("inf-spondylodiskit-kan-ej-utelsutas-typo",
  "'Spondylodiskit kan ej utelsutas' (misspelt hedge) after a confirmed, treated E. coli bacteraemia (typo)",
  "1954-02-24", "m",
  N("s_infavd_lund", "Rebecka Holm", "läkare", "Daganteckning", "2024-04-26 10:30", [
      ("Aktuellt", "E. coli-bakteriemi med urinvägsfokus, behandlad med cefotaxim sedan fem dygn. Nytillkommen ländryggssmärta, knackömhet över L2–L3."),
      ("Bedömning", "Spondylodiskit kan ej utelsutas."),
      ("Planering", "MR ländrygg med kontrast i dag. Antibiotika fortsätter intravenöst."),
  ], setting="slutenvård"),
  must=["NL102"])

C("dietist-misstankt-undernaring-esofaguscancer",
  "dietitian: 'Misstänkt undernäring' beside a confirmed oesophageal cancer under radiotherapy",
  "1951-09-03", "m",
  N("s_onk_lund", "Elin Sjöholm", "dietist", "Dietistanteckning", "2024-10-17 11:30", [
      ("Bakgrund", "Esofaguscancer under kurativt syftande kemoradioterapi, vecka 3 av 5. Sväljsvårigheter och sveda vid sväljning sedan en vecka."),
      ("Nutritionsstatus", "Vikt 64 kg, 71 kg i augusti, viktnedgång 10 % på två månader. MNA-SF 6 p. Äter halva portioner, mest soppa och yoghurt."),
      ("Bedömning", "Misstänkt undernäring enligt GLIM; muskelmassan behöver mätas för att bekräfta."),
      ("Åtgärd", "Energirika näringsdrycker 2 x 200 ml per dag, konsistensanpassad kost. Viktkontroll varje vecka, läkare informerad om ev. behov av nasogastrisk sond."),
  ]),
  must=["NL102"])
C("hem-trol-mds-kand-b12-brist",
  "'Trol. myelodysplastiskt syndrom' beside a confirmed, substituted B12 deficiency",
  "1946-02-03", "m",
  N("v_hem_su", "Jonatan Ek", "läkare", "Mottagningsanteckning", "2024-05-30 10:15", [
      ("Aktuellt", "Remiss pga makrocytär anemi, Hb 96, MCV 109. Känd B12-brist efter ventrikelresektion, får injektioner var tredje månad och har normalt B12."),
      ("Lab", "Trombocyter 92, neutrofila 1,1. Folat och TSH normala. Retikulocyter låga."),
      ("Bedömning", "Trol. myelodysplastiskt syndrom. B12-bristen väl substituerad och förklarar inte bilden."),
      ("Planering", "Benmärgsprov med cytogenetik nästa vecka."),
  ]),
  must=["NL102"])

C("inf-misstankt-neuroborrelios-facialispares",
  "'Misstänkt neuroborrelios' with facial palsy after tick bite (contrast to the worry-only case)",
  "1970-06-26", "m",
  N("s_inf_lund", "Camilla Rask", "läkare", "Mottagningsanteckning", "2024-08-27 14:05", [
      ("Anamnes", "Fästingbett i juli, rodnad ring på låret som försvann av sig själv. Sedan tre dagar hängande höger mungipa och svårt att blunda med höger öga."),
      ("Status", "Perifer facialispares höger, i övrigt normalt neurologstatus."),
      ("Bedömning", "Misstänkt neuroborrelios. Bells pares är differentialdiagnos."),
      ("Åtgärd", "Lumbalpunktion med borreliaantikroppar i likvor och serum. Doxycyklin startas i dag."),
  ], signed=None),
  must=["NL102"])

C("orto-misstankt-patologisk-fraktur-kand-brostcancer",
  "'Misstänkt patologisk fraktur' after a low-energy fall in a patient with treated breast cancer",
  "1953-11-14", "f",
  N("s_orto_hbg", "Viktor Sandell", "läkare", "Akutanteckning", "2024-12-06 17:40", [
      ("Anamnes", "Föll från stående och tog emot sig med höger arm. Bröstcancer vänster 2016, opererad och strålbehandlad, inga kända metastaser."),
      ("Röntgen", "Tvärgående fraktur i höger humerusskaft genom ett oskarpt avgränsat urkalkat område."),
      ("Bedömning", "Misstänkt patologisk fraktur. Ortos i väntan på DT och skelettscintigrafi."),
  ], setting="akutmottagning"),
  must=["NL102"])

# =====================================================================
# Build and validate
# =====================================================================
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102", "NL104"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def build():
    out = []
    for k, c in enumerate(CASES):
        notes = []
        latest = None
        for n in c["_notes"]:
            n = {key: n[key] for key in ["id", "system", "template", "unit", "author", "time",
                                          "signed", "setting", "refs", "sections"]}
            notes.append(n)
            for ts in (n["time"], n["signed"]):
                if ts:
                    t = datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S")
                    latest = t if latest is None or t > latest else latest
        as_of = (latest + timedelta(days=1)).replace(hour=0, minute=0, second=0)
        rec = {
            "patient": {"id": pnr(c["_born"], c["_sex"], k), "birth_date": c["_born"],
                        "protected_identity": False},
            "as_of": as_of.strftime("%Y-%m-%dT%H:%M:%S"),
            "notes": notes, "access_events": [], "conversations": [], "treatments": [],
        }
        out.append({"case": c["_name"], "ruleset": c["_region"], "record": rec,
                    "must": c["_must"], "must_not": c["_must_not"], "why": c["_why"]})
    return out


def _luhn_ok(pid):
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", pid)
    if not m:
        return False
    digits = pid[2:8] + pid[9:13]
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def _age(born, at):
    b = date.fromisoformat(born)
    return at.year - b.year - ((at.month, at.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    for c in cases:
        nm = c.get("case")
        if list(c.keys()) != CASE_KEYS:
            errs.append("%s: keys %s" % (nm, list(c.keys())))
        if nm in names:
            errs.append("duplicate case name %s" % nm)
        names.add(nm)
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", nm or ""):
            errs.append("%s: case name not kebab ascii" % nm)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset %s" % (nm, c["ruleset"]))
        if not c["why"] or "\n" in c["why"]:
            errs.append("%s: why must be one line" % nm)
        r = c["record"]
        if set(r.keys()) != RECORD_KEYS:
            errs.append("%s: record keys %s" % (nm, sorted(r.keys())))
        p = r["patient"]
        if set(p.keys()) != PATIENT_KEYS:
            errs.append("%s: patient keys" % nm)
        pid, bd = p["id"], p["birth_date"]
        if not _luhn_ok(pid):
            errs.append("%s: personnummer %s fails Luhn/format" % (nm, pid))
        if pid[:8] != bd.replace("-", ""):
            errs.append("%s: personnummer %s does not match birth_date %s" % (nm, pid, bd))
        if not r["as_of"].startswith("2024-"):
            errs.append("%s: as_of not in 2024" % nm)
        ids = set()
        for n in r["notes"]:
            if set(n.keys()) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (nm, sorted(n.keys())))
            if n["id"] in ids:
                errs.append("%s: duplicate note id" % nm)
            ids.add(n["id"])
            for fld in ("time", "signed"):
                v = n[fld]
                if v is None and fld == "signed":
                    continue
                if not re.fullmatch(r"2024-\d\d-\d\dT\d\d:\d\d:\d\d", v):
                    errs.append("%s: %s %s not a 2024 timestamp" % (nm, fld, v))
            if n["signed"] and n["signed"] < n["time"]:
                errs.append("%s: signed before time" % nm)
            if n["time"] > r["as_of"]:
                errs.append("%s: note after as_of" % nm)
            t = datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S")
            age = _age(bd, t)
            if 13 <= age <= 15 or age < 0:
                errs.append("%s: patient aged %d" % (nm, age))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR note must be Melior" % nm)
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s: system %s" % (nm, n["system"]))
            if "bup" in n["unit"]["name"].lower() and c["ruleset"] != "skane":
                errs.append("%s: BUP only in Skåne" % nm)
            for s in n["sections"]:
                if set(s.keys()) != {"keyword", "text"} or not s["text"].strip():
                    errs.append("%s: bad section" % nm)
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != (nm, n["id"], s["keyword"]):
                            errs.append("%s: sentence repeated (also in %s): %s" % (nm, seen_sent[sent][0], sent))
                        seen_sent.setdefault(sent, (nm, n["id"], s["keyword"]))
        systems = {n["id"]: n["system"] for n in r["notes"]}
        pairs = []
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if not (isinstance(item, list) and len(item) == 2):
                    errs.append("%s: bad %s entry %r" % (nm, lst, item))
                    continue
                code, tid = item
                if code not in CODES:
                    errs.append("%s: unexpected code %s" % (nm, code))
                if tid not in ids:
                    errs.append("%s: target %s does not exist" % (nm, tid))
                    continue
                if tid in systems and systems[tid] == "PMO":
                    if code == "NL101":
                        errs.append("%s: NL101 asserted on a PMO note" % nm)
                    if code == "NL102" and lst == "must":
                        errs.append("%s: NL102 must on a PMO note" % nm)
                if (code, tid) in pairs:
                    errs.append("%s: %s/%s asserted twice" % (nm, code, tid))
                pairs.append((code, tid))
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % nm)
    return errs


def main():
    cases = build()
    errs = validate(cases)
    path = os.path.join(HERE, NAME + ".jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s)" % len(errs), file=sys.stderr)
        return 1
    counts = {}
    for c in cases:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts.setdefault(code, {"must": 0, "must_not": 0})[lst] += 1
    print("%s: %d cases written to %s" % (NAME, len(cases), path))
    for code in sorted(counts):
        print("  %s must=%d must_not=%d" % (code, counts[code]["must"], counts[code]["must_not"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
