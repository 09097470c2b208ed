#!/usr/bin/env python3
"""Gold cases nl1bu_dev_cases: NL101 (diagnosis visible while the patient is not yet
told) in the many ways clinicians write it, with near misses, plus NL102 where it
clearly applies.  Dependency-free, deterministic.  `python3 build.py` writes
nl1bu_dev_cases.jsonl beside this file and validates it (exit 1 on any problem)."""

import datetime
import json
import os
import re
import sys

NAME = "nl1bu_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------- units
SK = "SE2321000255-"
VG = "SE2321000131-"
UNITS = {
    # Region Skåne, Melior (hospital care)
    "onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", SK + "4471"),
    "kir_hbg": ("Kirurgkliniken, Helsingborgs lasarett", SK + "2290"),
    "uro_malmo": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", SK + "5813"),
    "neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", SK + "7620"),
    "nkir_lund": ("Neurokirurgiska kliniken, Skånes universitetssjukhus Lund", SK + "7702"),
    "hud_lund": ("Hudkliniken, Skånes universitetssjukhus Lund", SK + "3318"),
    "med_krstd": ("Medicinkliniken, Centralsjukhuset Kristianstad", SK + "6104"),
    "med_ystad": ("Medicinmottagningen, Lasarettet i Ystad", SK + "8832"),
    "geri_angel": ("Geriatriska kliniken, Ängelholms sjukhus", SK + "9015"),
    "psyk_malmo": ("Allmänpsykiatrisk mottagning Malmö Söder", SK + "1466"),
    "genetik_lund": ("Klinisk genetik och patologi, Skånes universitetssjukhus Lund", SK + "3901"),
    "infek_malmo": ("Infektionskliniken, Skånes universitetssjukhus Malmö", SK + "2748"),
    "hem_lund": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", SK + "4052"),
    "lung_lund": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", SK + "5527"),
    "gyn_malmo": ("Kvinnokliniken, Skånes universitetssjukhus Malmö", SK + "6690"),
    "ortop_hlm": ("Ortopedkliniken, Hässleholms sjukhus", SK + "7311"),
    "kard_hbg": ("Kardiologiska kliniken, Helsingborgs lasarett", SK + "8147"),
    "mag_malmo": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "9263"),
    "onh_lund": ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", SK + "1184"),
    "med_trbg": ("Medicinavdelning 2, Trelleborgs lasarett", SK + "2375"),
    "npu_lund": ("Neuropsykiatriska utredningsenheten, Psykiatri Skåne Lund", SK + "3486"),
    "pall_krstd": ("Palliativa enheten, Centralsjukhuset Kristianstad", SK + "4597"),
    "minne_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", SK + "5608"),
    "endo_malmo": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "6719"),
    "reuma_lund": ("Reumatologiska mottagningen, Skånes universitetssjukhus Lund", SK + "7820"),
    "iva_hbg": ("Intensivvårdsavdelningen, Helsingborgs lasarett", SK + "8931"),
    "med_landsk": ("Medicinmottagningen, Landskrona lasarett", SK + "9042"),
    "kir_ystad": ("Kirurgmottagningen, Lasarettet i Ystad", SK + "1253"),
    # Region Skåne, PMO (primary care)
    "vc_sjobo": ("Vårdcentralen Sjöbo", SK + "A114"),
    "vc_karnan": ("Vårdcentralen Kärnan, Helsingborg", SK + "A225"),
    "vc_lomma": ("Vårdcentralen Lomma", SK + "A336"),
    "bvc_eslov": ("BVC Eslöv", SK + "A447"),
    "um_malmo": ("Ungdomsmottagningen Malmö Centrum", SK + "A558"),
    "hsv_hoor": ("Hemsjukvården Höör", SK + "A669"),
    "vc_osby": ("Vårdcentralen Osby", SK + "A770"),
    "vc_tomelilla": ("Vårdcentralen Tomelilla", SK + "A881"),
    # Västra Götalandsregionen, Melior
    "lung_su": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "2104"),
    "lungavd_su": ("Lungavdelning 128, Sahlgrenska Universitetssjukhuset", VG + "2115"),
    "onk_su": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", VG + "3326"),
    "neuro_boras": ("Neurologmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "4437"),
    "hem_skovde": ("Hematologimottagningen, Skaraborgs Sjukhus Skövde", VG + "5548"),
    "med_nal": ("Medicinkliniken, NÄL Trollhättan", VG + "6659"),
    "gyn_udd": ("Gynekologmottagningen, Uddevalla sjukhus", VG + "7760"),
    "med_alingsas": ("Medicinavdelning 3, Alingsås lasarett", VG + "8871"),
    "neuro_su": ("Neurologiska kliniken, Sahlgrenska Universitetssjukhuset", VG + "9982"),
    "infek_ostra": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", VG + "1093"),
    "kir_kungalv": ("Kirurgmottagningen, Kungälvs sjukhus", VG + "2204"),
    "psyk_molndal": ("Psykiatrisk öppenvårdsmottagning, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "3315"),
    "geri_molndal": ("Geriatriska kliniken, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "4426"),
    "uro_skovde": ("Urologmottagningen, Skaraborgs Sjukhus Skövde", VG + "5537"),
    "endo_su": ("Endokrinologimottagningen, Sahlgrenska Universitetssjukhuset", VG + "6648"),
    "hud_boras": ("Hudmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "7759"),
    "onh_su": ("ÖNH-mottagningen, Sahlgrenska Universitetssjukhuset", VG + "8860"),
    "kard_ostra": ("Kardiologimottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "9971"),
    "pall_lidk": ("Palliativ enhet, Skaraborgs Sjukhus Lidköping", VG + "1082"),
    "kurator_su": ("Kuratorsenheten, Sahlgrenska Universitetssjukhuset", VG + "2193"),
    "dietist_nal": ("Dietistenheten, NÄL Trollhättan", VG + "3204"),
    "fysio_kungalv": ("Fysioterapin, Kungälvs sjukhus", VG + "4315"),
    "mag_su": ("Gastroenterologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "5426"),
    "gen_su": ("Klinisk genetik, Sahlgrenska Universitetssjukhuset", VG + "6537"),
    "iva_nal": ("Intensivvårdsavdelningen, NÄL Trollhättan", VG + "7648"),
    "medmott_kungalv": ("Medicinmottagningen, Kungälvs sjukhus", VG + "8759"),
    "ovregi_su": ("Övre GI-kirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "9860"),
    "reuma_skovde": ("Reumatologimottagningen, Skaraborgs Sjukhus Skövde", VG + "1971"),
    "bum_boras": ("Barn- och ungdomsmedicinska mottagningen, Södra Älvsborgs Sjukhus Borås", VG + "2082"),
    "ortop_udd": ("Ortopedmottagningen, Uddevalla sjukhus", VG + "3193"),
    "med_skovde": ("Medicinmottagningen, Skaraborgs Sjukhus Skövde", VG + "4204"),
    "kir_boras": ("Kirurgavdelning 41, Södra Älvsborgs Sjukhus Borås", VG + "5315"),
}


# --------------------------------------------------------------------------- helpers
def pnr(birth, two, sex):
    """Luhn-valid personnummer YYYYMMDD-NNNN; third serial digit odd for men."""
    third = (int(two) % 5) * 2 + (1 if sex == "m" else 0)
    nine = birth[2:4] + birth[5:7] + birth[8:10] + two + str(third)
    s = 0
    for i, ch in enumerate(nine):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        s += n // 10 + n % 10
    check = (10 - s % 10) % 10
    return birth.replace("-", "") + "-" + two + str(third) + str(check)


def note(nid, system, template, unit, author, role, when, signed, setting, sections, refs=()):
    """when: 'YYYY-MM-DD HH:MM'; signed: 'HH:MM' (same day), full 'YYYY-MM-DD HH:MM', or None."""
    d, hm = when.split(" ")
    if signed is None:
        s = None
    elif " " in signed:
        s = signed.replace(" ", "T") + ":00"
    else:
        s = d + "T" + signed + ":00"
    name, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": d + "T" + hm + ":00",
        "signed": s,
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


CASES = []


def case(name, ruleset, birth, two, sex, notes, must, must_not, why):
    last = max(n["time"] for n in notes)[:10]
    as_of = datetime.date.fromisoformat(last) + datetime.timedelta(days=3)
    if as_of.year != 2024:
        as_of = datetime.date(2024, 12, 31)
    record = {
        "patient": {"id": pnr(birth, two, sex), "birth_date": birth, "protected_identity": False},
        "as_of": as_of.isoformat() + "T00:00:00",
        "notes": notes,
        "access_events": [],
        "conversations": [],
        "treatments": [],
    }
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": record,
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


def one(name, ruleset, birth, two, sex, system, template, unit, author, role, when, signed,
        setting, sections, must, must_not, why):
    """Single-note case; must / must_not are codes on note n1."""
    n = note("n1", system, template, unit, author, role, when, signed, setting, sections)
    case(name, ruleset, birth, two, sex, [n], [(c, "n1") for c in must],
         [(c, "n1") for c in must_not], why)


M, P = "Melior", "PMO"
OV, SV, PSY = "öppenvård", "slutenvård", "psykiatrisk öppenvård"
L, SSK = "läkare", "sjuksköterska"
A, B = "NL101", "NL102"


# =========================================================================== A
# NL101 positives: a diagnosis is written in a visible section while the note says
# the patient has not been told / must not be told yet.

one("onk-pad-duktal-cancer-besked-vid-aterbesok", "skane", "1961-05-14", "48", "k", M,
    "Läkaranteckning", "onk_lund", "Karin Lindqvist", L, "2024-03-07 10:15", "11:02", OV,
    [("Aktuellt", "Svar på mammabiopsi från höger bröst har inkommit."),
     ("Bedömning", "PAD visar invasiv duktal cancer, NHG 2, ER-positiv och HER2-negativ. Patienten är ännu inte informerad om PAD-svaret."),
     ("Planering", "Besked ges vid inbokat läkarbesök 14/3 tillsammans med kontaktsjuksköterska. MDK-anmälan gjord.")],
    [A], [B], "confirmed breast cancer in Bedömning, patient explicitly not yet informed; besked planned for a later visit")

one("lung-dt-misstankt-lungcancer-ej-informerad", "vgr", "1952-11-02", "31", "m", M,
    "Läkaranteckning", "lung_su", "Per Ekström", L, "2024-03-26 14:40", "15:30", OV,
    [("Kontaktorsak", "Uppföljning efter DT thorax pga långdragen hosta och blodtillblandade upphostningar."),
     ("Bedömning", "DT visar 3 cm spikulerad förändring i höger överlob med förstorade mediastinala körtlar, misstänkt lungcancer. Pat ej informerad om DT-svaret."),
     ("Planering", "Bronkoskopi med EBUS bokas v. 14. Pat kallas till besök för information.")],
    [A, B], [], "hedged lung cancer visible and patient not informed: both NL101 and NL102")

one("neuro-ms-avvaktar-med-att-informera", "vgr", "1993-01-19", "52", "k", M,
    "Läkaranteckning", "neuro_boras", "Johanna Berg", L, "2024-04-11 09:20", "12:05", OV,
    [("Anamnes", "31-årig kvinna med synnedsättning vänster öga för sex veckor sedan, nu domningar i båda benen."),
     ("Bedömning", "MR hjärna och halsrygg visar multipla demyeliniserande lesioner, varav en kontrastladdande. Diagnosen multipel skleros är därmed ställd enligt McDonald-kriterierna."),
     ("Planering", "Vi avvaktar med att informera pat tills hon kommer på återbesök med sin sambo 2/5.")],
    [A], [B], "'vi avvaktar med att informera pat' about a settled MS diagnosis in Bedömning")

one("kir-ventrikelcancer-besked-efter-mdk", "skane", "1948-07-30", "17", "m", M,
    "Läkaranteckning", "kir_hbg", "Anders Nyberg", L, "2024-02-15 13:10", "14:00", OV,
    [("Bedömning", "Gastroskopi med biopsier: ulcererande tumör i corpus ventriculi. PAD: adenocarcinom av intestinal typ."),
     ("Planering", "Pat har inte fått besked ännu och ska informeras av ansvarig kirurg efter MDK på tisdag. DT thorax-buk för stadieindelning beställd.")],
    [A], [B], "'har inte fått besked ännu' with gastric adenocarcinoma; telling deferred to after the MDK")

one("hem-aml-samtal-bokat-imorgon", "vgr", "1957-09-08", "66", "k", M,
    "Daganteckning", "hem_skovde", "Lars-Erik Holm", L, "2024-05-21 16:05", "16:40", SV,
    [("Bedömning", "Benmärgsaspirat med 64 % blaster. Diagnos: akut myeloisk leukemi (AML)."),
     ("Information", "Patienten har ännu inte informerats om diagnosen. Samtal med patient och make bokat imorgon kl 10 med hematolog och kontaktsjuksköterska.")],
    [A], [B], "AML diagnosis with a separate Information section saying the patient is not yet informed")

one("uro-prostatacancer-utkast-kallas-till-besok", "skane", "1955-12-01", "24", "m", M,
    "Mottagningsanteckning", "uro_malmo", "Mikael Sjöberg", L, "2024-04-24 08:50", None, OV,
    [("Aktuellt", "PSA 48. MR prostata: PI-RADS 5-lesion i vänster perifer zon."),
     ("Bedömning", "Biopsi: adenocarcinom Gleason 4+4=8 i 6/12 biopsier. Ej informerad, pat kallas till besök v. 18.")],
    [A], [B], "unsigned draft, telegraphic 'Ej informerad' after a confirmed prostate cancer")

one("med-levercirros-kognitiv-svikt-dottern-informerad", "vgr", "1941-03-22", "73", "m", M,
    "Daganteckning", "med_nal", "Sofia Wallin", L, "2024-06-03 11:30", "13:15", SV,
    [("Bedömning", "Levercirros Child-Pugh B med ascites, alkoholgenes. Tappning 4 liter idag."),
     ("Information", "Pat ej informerad om diagnosen pga uttalad kognitiv svikt och konfusion. Dottern informerad per telefon.")],
    [A], [B], "relative told but patient not: cirrhosis visible, 'Pat ej informerad om diagnosen'")

one("neuro-als-ej-kommunicerad-med-patienten", "skane", "1963-08-27", "39", "m", M,
    "Läkaranteckning", "neuro_lund", "Eva Dahlgren", L, "2024-06-10 15:00", "16:20", OV,
    [("Bedömning", "Progredierande svaghet i händer och tunga, fascikulationer och livliga reflexer. EMG med generaliserad denervation. Diagnos: amyotrofisk lateralskleros (ALS), G12.2."),
     ("Planering", "Diagnosen har ännu inte kommunicerats med patienten. Neurolog och ALS-teamets sjuksköterska träffar pat och familj 19/6.")],
    [A], [B], "'har ännu inte kommunicerats med patienten' about ALS with ICD code")

one("onk-anhoriga-ber-att-pat-inte-far-veta-om-metastaser", "vgr", "1950-10-05", "12", "k", M,
    "Läkaranteckning", "onk_su", "Henrik Ljung", L, "2024-08-14 10:45", "11:50", OV,
    [("Aktuellt", "DT buk efter avslutad adjuvant behandling för koloncancer."),
     ("Bedömning", "Nytillkomna levermetastaser, minst fem, verifierade med MR lever."),
     ("Samtal", "Make och dotter har uttryckligen bett att pat inte ska få veta om metastaserna förrän efter dotterns bröllop på lördag. Pat har inte informerats; frågan tas upp med ansvarig överläkare.")],
    [A], [B], "family asks that the patient must not be told yet; metastases visible")

one("npu-adhd-aterkoppling-har-ej-skett", "skane", "1998-02-13", "85", "m", M,
    "Psykologanteckning", "npu_lund", "Maja Örn", "psykolog", "2024-04-08 13:00", "15:45", PSY,
    [("Sammanfattning", "Neuropsykiatrisk utredning avslutad. Kriterierna för ADHD, kombinerad form (F90.2), är uppfyllda enligt DSM-5."),
     ("Planering", "Pat har ännu inte fått ta del av utredningsresultatet. Återgivningssamtal med psykolog och läkare 22/4.")],
    [A], [B], "psychologist: ADHD diagnosis written before the feedback session ('ännu inte fått ta del av')")

one("gyn-cin3-ej-nadd-per-telefon", "vgr", "1989-06-17", "40", "k", M,
    "Telefonanteckning", "gyn_udd", "Linnea Strand", "barnmorska", "2024-09-04 09:10", "09:25", OV,
    [("Aktuellt", "Svar på kolposkopiriktad biopsi: CIN 3 (HSIL)."),
     ("Åtgärd", "Sökt pat per telefon två gånger utan svar, pat ej underrättad. Nytt försök imorgon förmiddag, därefter brev med uppmaning att kontakta mottagningen.")],
    [A], [B], "midwife could not reach the patient by phone: CIN 3 visible, 'ej underrättad'")

one("med-caecumcancer-typo-underattad", "skane", "1944-01-09", "63", "k", M,
    "Läkaranteckning", "med_krstd", "Olof Persson", L, "2024-01-23 14:20", "15:05", OV,
    [("Anamnes", "Remitterad pga järnbristanemi, Hb 78, MCV 62."),
     ("Bedömning", "Koloskopi: exofytisk tumör i caecum. PAD: adenocarcinom, måttligt differentierat. Pat inte underättad än, besked ges av kirurg.")],
    [A], [B], "typo 'underättad' (underrättad): caecum cancer visible, patient not yet told")

one("med-dm1-ketoacidos-ej-info-annu", "vgr", "2001-04-28", "27", "m", M,
    "Daganteckning", "med_alingsas", "Nora Fransson", L, "2024-02-02 15:50", "16:30", SV,
    [("Bed", "Nydebuterad diabetes typ 1 med ketoacidos, nu hävd. GAD-ak positiva."),
     ("Plan", "Ej info till pat om diagnosen ännu, varit för medtagen. Diabetessköterska + läkare tar samtalet imorgon.")],
    [A], [B], "telegraphic 'Ej info till pat om diagnosen ännu' with new type 1 diabetes")

one("hud-melanom-latin-besked-ej-per-telefon", "skane", "1971-09-30", "58", "m", M,
    "Läkaranteckning", "hud_lund", "Cecilia Roos", L, "2024-07-02 11:00", "11:40", OV,
    [("Bedömning", "PAD: melanoma malignum, superficiellt spridande typ, Breslow 2,1 mm, ingen ulceration, vänster skuldra."),
     ("Planering", "Pat är ej informerad. Besked per telefon bedöms ej lämpligt, tid för besked och planering av utvidgad excision bokas.")],
    [A], [B], "Latin diagnosis melanoma malignum, patient not informed, besked by phone judged unsuitable")

one("neuro-mb-parkinson-besked-i-maj", "vgr", "1956-02-11", "90", "m", M,
    "Läkaranteckning", "neuro_su", "Gustav Almqvist", L, "2024-04-16 10:10", "10:55", OV,
    [("Aktuellt", "DaTSCAN visar nedsatt upptag i putamen bilateralt, vänster mer än höger."),
     ("Bedömning", "Kliniskt och radiologiskt Mb Parkinson."),
     ("Planering", "Pat har ej fått besked om diagnosen Mb Parkinson och kommer att informeras vid neurologbesöket i maj.")],
    [A], [B], "eponym Mb Parkinson visible, besked planned for a later visit")

one("genetik-huntington-prediktiv-besked-personligen", "skane", "1986-11-23", "33", "k", M,
    "Genetisk vägledning", "genetik_lund", "Annika Kvist", "genetisk vägledare", "2024-04-30 13:35", "14:10", OV,
    [("Provsvar", "Prediktiv testning: 44 CAG-repetitioner i HTT-genen. Resultatet innebär att pat bär anlaget för Huntingtons sjukdom."),
     ("Planering", "Enligt protokoll lämnas resultatet personligen vid besök 8/5 med stödperson. Pat är inte informerad om resultatet ännu.")],
    [A], [B], "genetic counsellor writes a positive Huntington result before the protocol besked")

one("kir-misstankt-pankreascancer-ska-ej-informeras-fore-hpb", "vgr", "1949-05-06", "21", "m", M,
    "Läkaranteckning", "kir_kungalv", "Emma Söderberg", L, "2024-10-08 12:25", None, OV,
    [("Bedömning", "DT buk: 4 cm hypodens process i pankreashuvudet med vidgad gallgång, misstänkt pankreascancer."),
     ("Planering", "Pat ska inte informeras om fyndet innan HPB-kirurg på SU bedömt bilderna. Remiss skickad.")],
    [A, B], [], "must-not-be-told-yet wording ('ska inte informeras innan') with a suspected pancreatic cancer")

one("ssk-onk-lungmetastaser-hanvisar-till-lakarsamtal", "vgr", "1959-12-12", "55", "k", M,
    "Telefonanteckning", "onk_su", "Ida Hammar", SSK, "2024-05-13 14:15", "14:30", OV,
    [("Kontaktorsak", "Pat ringer och vill veta svaret på DT från i måndags."),
     ("Åtgärd", "Enligt läkarens anteckning visar DT progress med nya lungmetastaser. Pat ej informerad av mig; hänvisar till läkarsamtalet imorgon kl 13, vilket pat accepterar.")],
    [A], [B], "nurse phone note repeats the new metastases while the patient has not been told")

one("hem-hodgkin-besked-ej-givet", "skane", "2004-03-03", "46", "m", M,
    "Läkaranteckning", "med_ystad", "Fredrik Lund", L, "2024-03-13 09:45", "10:20", OV,
    [("Bedömning", "Lymfkörtelexstirpation vänster axill: klassiskt Hodgkins lymfom, nodulär skleros. PET-DT beställd."),
     ("Planering", "Besked ej givet ännu — pat och mamma kommer på besök fredag.")],
    [A], [B], "'Besked ej givet ännu' for a 20-year-old with Hodgkin lymphoma")

one("hem-myelom-utkast-informeras-pa-onsdag", "vgr", "1947-07-25", "38", "m", M,
    "Läkaranteckning", "hem_skovde", "Karl Nordin", L, "2024-11-18 15:10", None, OV,
    [("Bedömning", "Benmärgsbiopsi med 30 % klonala plasmaceller, M-komponent IgG-kappa 38 g/L, osteolyser i kotpelaren. Diagnos: multipelt myelom."),
     ("Planering", "Pat informeras på onsdag tillsammans med hustrun; ej informerad idag.")],
    [A], [B], "unsigned draft: myeloma confirmed, 'ej informerad idag', told on Wednesday")

one("uro-njurcancer-typo-infomerad", "vgr", "1958-10-14", "19", "m", M,
    "Läkaranteckning", "uro_skovde", "Tobias Engström", L, "2024-09-17 13:30", "14:05", OV,
    [("Bedömning", "Perkutan biopsi av 6 cm tumör i höger njure: klarcellig njurcellscancer."),
     ("Planering", "Pat ej infomerad om diagnosen ännu. Nefrektomi diskuteras på uroonkologisk konferens.")],
    [A], [B], "typo 'infomerad': renal cell carcinoma visible, patient not yet told")

one("nkir-trol-glioblastom-anhoriga-pa-vag", "skane", "1966-06-08", "72", "m", M,
    "Inskrivningsanteckning", "nkir_lund", "Sara Blom", L, "2024-02-27 19:40", "20:30", SV,
    [("Bedömning", "MR hjärna: expansiv, ringladdande process vänster temporalt med omgivande ödem, trol. glioblastom."),
     ("Planering", "Pat ännu ej informerad om MR-fynden; anhöriga på väg in. Betapred insatt, neurokirurgisk bedömning imorgon.")],
    [A, B], [], "'trol. glioblastom' visible while the patient has not been told of the MR findings")

one("lung-mesoteliom-pat-ovetande", "vgr", "1946-01-30", "84", "m", M,
    "Konsultationsanteckning", "lung_su", "Petra Nilsson", L, "2024-06-19 10:30", "11:15", OV,
    [("Bedömning", "Pleurabiopsi: malignt mesoteliom, epiteloid typ. Asbestexponering som varvsarbetare på Eriksberg."),
     ("Information", "Pat ovetande om biopsisvaret. Samtal planeras med pat och son när sonen kan närvara.")],
    [A], [B], "'Pat ovetande om biopsisvaret' with a mesothelioma diagnosis")

one("infek-hiv-besked-vantar-pa-kurator", "skane", "1990-08-16", "57", "m", M,
    "Läkaranteckning", "infek_malmo", "Jonas Eklund", L, "2024-05-02 16:20", "16:55", OV,
    [("Provsvar", "HIV-1 antikropp/antigen positiv, bekräftad med immunoblot. CD4 310."),
     ("Bedömning", "Nydiagnostiserad hivinfektion."),
     ("Planering", "I samråd med kurator har vi valt att inte berätta för pat förrän i morgon, då kurator kan närvara vid beskedet.")],
    [A], [B], "'valt att inte berätta för pat förrän i morgon' with new HIV infection")

one("infek-tb-tolk-uteblev", "vgr", "1979-04-04", "68", "m", M,
    "Läkaranteckning", "infek_ostra", "Helena Forsberg", L, "2024-03-28 11:10", "12:00", SV,
    [("Bedömning", "Odlingsverifierad lungtuberkulos, känslig stam. Luftburen smitta, isolering fortsätter."),
     ("Planering", "Besked kunde ej ges idag då beställd tolk (somaliska) uteblev. Pat ej informerad, ny tid med tolk på plats 3/4.")],
    [A], [B], "interpreter did not come so no besked: tuberculosis visible, patient not informed")

one("infek-hepatit-c-telefontolk-saknades", "skane", "1972-10-29", "15", "k", M,
    "Sjuksköterskeanteckning", "infek_malmo", "Therese Mårtensson", SSK, "2024-10-02 10:40", "11:10", OV,
    [("Aktuellt", "Pat på plats för provsvar. Kronisk hepatit C, genotyp 3, HCV-RNA 2,1 milj IU/ml."),
     ("Åtgärd", "Telefontolk (vietnamesiska) gick ej att få tag på under besöket. Pat därför ej informerad om diagnosen; nytt besök bokat med tolk.")],
    [A], [B], "nurse: no phone interpreter available, hepatitis C visible, patient not informed")

one("lungavd-smacellig-sonen-fick-beskedet", "vgr", "1943-09-19", "29", "m", M,
    "Daganteckning", "lungavd_su", "Viktor Sandberg", L, "2024-07-09 11:25", "12:10", SV,
    [("Bedömning", "PAD från EBUS: småcellig lungcancer."),
     ("Information", "Sonen har fått beskedet per telefon då pat var på undersökning. Pat själv ännu ej informerad, samtal efter lunch med undertecknad.")],
    [A], [B], "the son was told, the patient himself not yet: small-cell lung cancer visible")

one("mag-kolangiocarcinom-forandring-men-ej-cancer", "skane", "1954-04-21", "60", "k", M,
    "Läkaranteckning", "mag_malmo", "Rebecka Ahl", L, "2024-04-03 14:50", "15:35", OV,
    [("Bedömning", "Leverbiopsi: intrahepatiskt kolangiocarcinom."),
     ("Information", "Pat informerad om att vi sett en förändring i levern. Hon är däremot inte informerad om att det rör sig om cancer; det tas vid besöket på fredag med kontaktsjuksköterska.")],
    [A], [B], "partly informed (a 'förändring') but not told it is cancer; the cancer diagnosis is visible")

one("onk-skelettmetastaser-annan-diagnos-ej-kand", "vgr", "1951-06-02", "47", "m", M,
    "Läkaranteckning", "onk_su", "Marie Lundgren", L, "2024-02-20 13:05", "13:50", OV,
    [("Aktuellt", "Pat informerades igår om diagnosen icke-småcellig lungcancer."),
     ("Bedömning", "Skelettscint idag visar multipla skelettmetastaser i bäcken och kotpelare, vilket pat ännu inte känner till."),
     ("Planering", "Informeras vid samtal imorgon, då även palliativ strålbehandling diskuteras.")],
    [A], [B], "one diagnosis told (lung cancer), a different one (skeletal metastases) not yet: NL101 for the second")

one("hem-dlbcl-misstanke-kand-pad-ej", "skane", "1960-12-30", "81", "m", M,
    "Läkaranteckning", "hem_lund", "Daniel Hagström", L, "2024-10-22 15:20", "16:00", OV,
    [("Aktuellt", "Vid förra besöket fick pat veta att körtelförstoringen behöver utredas vidare med biopsi."),
     ("Bedömning", "PAD idag: diffust storcelligt B-cellslymfom (DLBCL)."),
     ("Planering", "Pat ännu ej informerad om PAD-beskedet, ringer för tid imorgon.")],
    [A], [B], "DLBCL on PAD today, patient not yet informed of the PAD besked")

one("psyk-schizofreni-ej-informerad-saknar-insikt", "vgr", "1995-07-07", "76", "m", M,
    "Läkaranteckning", "psyk_molndal", "Amanda Ek", L, "2024-08-27 14:00", "15:10", PSY,
    [("Bedömning", "Diagnos: paranoid schizofreni (F20.0). Pat ej informerad om diagnosen då han i nuläget saknar sjukdomsinsikt och bedöms kunna reagera med ökad misstänksamhet mot vården."),
     ("Planering", "Diagnosen kommuniceras när tillståndet stabiliserats. Fortsatt aripiprazol, återbesök om två veckor.")],
    [A], [B], "psychiatry: schizophrenia written visibly while deliberately not told to the patient")

one("dietist-pankreascancer-ej-berort-i-samtalet", "vgr", "1945-02-18", "36", "k", M,
    "Dietistanteckning", "dietist_nal", "Frida Holmgren", "dietist", "2024-10-15 10:00", "10:45", OV,
    [("Bakgrund", "Remitterad pga viktnedgång 9 kg på tre månader. Enligt läkaranteckning nyupptäckt pankreascancer; pat ej informerad ännu om diagnosen, därför ej berört i samtalet."),
     ("Åtgärd", "Kostråd om energität kost, mellanmål och näringsdryck 2 x 200 ml dagligen.")],
    [A], [B], "dietitian repeats an untold pancreatic cancer diagnosis in the Bakgrund")

one("fysio-skelettmetastas-prostatacancer-ej-informerad", "skane", "1940-11-11", "26", "m", M,
    "Fysioterapeutanteckning", "ortop_hlm", "Erik Jönsson", "fysioterapeut", "2024-03-19 13:20", "14:00", SV,
    [("Bakgrund", "Opererad med märgspik vänster femur efter patologisk fraktur orsakad av skelettmetastas från prostatacancer."),
     ("Information", "Enligt ansvarig läkare har pat ännu inte informerats om metastasen, varför detta inte diskuterades vid dagens träning."),
     ("Åtgärd", "Gångträning med rollator i korridoren, full belastning tillåten.")],
    [A], [B], "physiotherapist: skeletal metastasis visible, patient not yet informed per the doctor")

one("kurator-aggstockscancer-vet-annu-inte", "vgr", "1967-03-26", "64", "k", M,
    "Kuratorsanteckning", "kurator_su", "Lena Axelsson", "kurator", "2024-06-05 09:30", "10:05", OV,
    [("Samtal", "Kuratorskontakt inför besked. Pat vet ännu inte att hon har äggstockscancer; läkarsamtal kl 14 idag där jag deltar."),
     ("Bedömning", "Pat oroad och har sömnsvårigheter, stödsamtal erbjuds efter beskedet.")],
    [A], [B], "social worker, lay word 'äggstockscancer', 'vet ännu inte'")

one("hud-ssk-basalcellscancer-telegrafiskt", "skane", "1939-08-05", "50", "m", M,
    "Telefonanteckning", "hud_lund", "Malin Bengtsson", SSK, "2024-09-25 08:35", "08:50", OV,
    [("Kontaktorsak", "Pat ringer, frågar om PAD."),
     ("Åtgärd", "Ej besked, ssk lämnar ej PAD-svar. Enl. läk ant: basalcellscancer nässpets. Läk ringer upp imorgon.")],
    [A], [B], "telegraphic nurse note: 'Ej besked' and basal cell carcinoma named")

one("neuro-obs-far-inte-veta-als-fore-neurolog", "vgr", "1961-12-20", "58", "k", M,
    "Sjuksköterskeanteckning", "neuro_su", "Josefin Carlsson", SSK, "2024-11-05 15:40", "15:55", SV,
    [("Aktuellt", "Läkaren har efter EMG idag ställt diagnosen ALS."),
     ("Information", "OBS! Pat får inte veta om diagnosen innan neurologen själv träffat henne på torsdag.")],
    [A], [B], "'OBS! Pat får inte veta' (must not be told yet) with ALS in a visible section")

one("geri-alzheimer-invantar-lampligt-tillfalle", "skane", "1958-05-09", "43", "k", M,
    "Läkaranteckning", "geri_angel", "Bertil Wennberg", L, "2024-09-12 13:45", "14:30", OV,
    [("Bedömning", "Utredningen visar Alzheimers sjukdom med tidig debut: MMT 21, typisk PET-bild och patologiska likvormarkörer."),
     ("Planering", "Inväntar lämpligt tillfälle att informera pat tillsammans med maken, som är bortrest till nästa vecka.")],
    [A], [B], "'Inväntar lämpligt tillfälle att informera pat' about early-onset Alzheimer's")

one("uro-gleason-6-meddelas-vid-nasta-besok", "vgr", "1953-04-13", "77", "m", M,
    "Läkaranteckning", "uro_skovde", "Niklas Friberg", L, "2024-05-28 11:15", "11:35", OV,
    [("Bed", "Biopsi prostata: adenocarcinom Gleason 3+3=6, 2/12 biopsier, lågrisk."),
     ("Plan", "Meddelas pat vid nästa besök 5/6. Aktiv monitorering planeras.")],
    [A], [B], "telegraphic 'Meddelas pat vid nästa besök' about a prostate cancer")

one("endo-hypotyreos-trol-hashimoto-ej-tagit-del", "vgr", "1980-09-21", "22", "k", M,
    "Läkaranteckning", "endo_su", "Oskar Lindahl", L, "2024-01-17 14:10", "14:50", OV,
    [("Provsvar", "TSH 48 mIE/L, fritt T4 6 pmol/L, TPO-ak starkt förhöjda."),
     ("Bedömning", "Manifest hypotyreos, trol. Hashimotos tyreoidit."),
     ("Planering", "Pat har inte tagit del av provsvaren ännu och svarar ej i telefon. Levaxin sätts in när pat nåtts.")],
    [A, B], [], "'har inte tagit del av provsvaren' with hypothyroidism and a 'trol.' Hashimoto")

one("lung-misstankt-sarkoidos-ej-informerad-om-misstanken", "skane", "1985-10-10", "45", "m", M,
    "Läkaranteckning", "lung_lund", "Ulrika Falk", L, "2024-08-06 10:50", "11:30", OV,
    [("Bedömning", "Bilaterala hiluskörtlar och erythema nodosum. Misstänkt sarkoidos, DD lymfom."),
     ("Planering", "Pat ej informerad om misstanken ännu. Bronkoskopi med BAL bokas.")],
    [A, B], [], "a hypothesis not yet communicated, written in Bedömning: NL101 and NL102")

one("onh-dd-lymfom-ej-pratat-om-malignitetsmisstanken", "vgr", "1964-02-04", "37", "m", M,
    "Läkaranteckning", "onh_su", "Camilla Östlund", L, "2024-03-05 09:00", "09:40", OV,
    [("Status", "Fast, oöm resistens 3 cm på höger halssida, regio II."),
     ("Bedömning", "DD lymfom / metastas av skivepitelcancer. Vi har ännu inte pratat med pat om malignitetsmisstanken."),
     ("Planering", "Finnålspunktion och DT hals-thorax.")],
    [A, B], [], "'DD lymfom / metastas' with 'ännu inte pratat med pat' about it")

one("med-myelom-fragetecken-ej-informerad", "skane", "1950-06-15", "14", "k", M,
    "Läkaranteckning", "med_trbg", "Göran Isaksson", L, "2024-06-20 10:20", "11:00", OV,
    [("Bed", "Myelom? M-komponent 32 g/L, hyperkalcemi, Hb 98."),
     ("Plan", "Pat ej informerad om myelommisstanken. Benmärgsprov + helkropps-DT, remiss hematologen.")],
    [A, B], [], "question-mark hypothesis 'Myelom?' with the patient not informed")

one("med-lungcancer-kan-ej-uteslutas-vill-ej-oroa", "vgr", "1955-01-27", "80", "m", M,
    "Läkaranteckning", "medmott_kungalv", "Isak Berglund", L, "2024-02-08 13:15", "13:55", OV,
    [("Bedömning", "Rundhärd 14 mm i vänster underlob hos storrökare. Lungcancer kan ej uteslutas."),
     ("Planering", "Pat ej informerad om detta ännu, vi vill inte oroa i onödan innan PET-DT är gjord.")],
    [A, B], [], "'kan ej uteslutas' hypothesis deliberately not told yet")

one("gyn-sannolikt-ovarialcancer-besked-mandag", "skane", "1962-07-18", "59", "k", M,
    "Läkaranteckning", "gyn_malmo", "Hanna Rydberg", L, "2024-10-31 12:40", "13:20", OV,
    [("Bedömning", "Bilaterala komplexa adnexresistenser, ascites och CA-125 1200. Sannolikt ovarialcancer."),
     ("Planering", "Pat ännu ej informerad. Hon kommer med sin syster för besked och planering på måndag.")],
    [A, B], [], "'Sannolikt ovarialcancer' with besked planned on Monday")

one("med-ev-levermetastaser-ultraljud", "vgr", "1949-11-29", "62", "m", M,
    "Läkaranteckning", "med_nal", "Rasmus Wikström", L, "2024-12-03 10:05", "10:40", OV,
    [("Bed", "UL buk: multipla hypoekogena förändringar i levern, ev. levermetasaser. Känd koloncancer opererad 2021."),
     ("Plan", "Pat ej informerad om fyndet, DT thorax-buk bokas skyndsamt.")],
    [A, B], [], "typo 'levermetasaser': 'ev.' liver metastases not yet told to the patient")

one("minne-differentialdiagnos-ftd-ej-tagits-upp", "skane", "1960-03-14", "71", "m", M,
    "Läkaranteckning", "minne_malmo", "Agneta Lilja", L, "2024-02-12 11:20", "12:10", OV,
    [("Bedömning", "Personlighetsförändring, disinhibition och minskad empati under två år. Differentialdiagnos frontotemporal demens."),
     ("Planering", "Detta har ännu inte tagits upp med pat eller hustrun. SPECT och neuropsykologisk testning beställda.")],
    [A, B], [], "'Differentialdiagnos frontotemporal demens' not yet raised with the patient")

one("ovregi-esofaguscancer-ska-ej-informeras-fore-mdk", "vgr", "1952-08-08", "16", "m", M,
    "Läkaranteckning", "ovregi_su", "Mattias Hellström", L, "2024-04-02 15:30", "16:05", OV,
    [("Bedömning", "PAD från gastroskopi: skivepitelcancer i mellersta esofagus."),
     ("Planering", "Pat ska inte informeras om PAD förrän MDK 10/4 fastställt stadium och behandlingsförslag, enligt överenskommelse med remittenten.")],
    [A], [B], "'ska inte informeras om PAD förrän MDK' with esophageal cancer visible")

one("kir-tarmcancer-lekmannasprak-inte-fatt-veta", "skane", "1957-01-03", "28", "k", M,
    "Sjuksköterskeanteckning", "kir_hbg", "Petra Hansson", SSK, "2024-05-16 10:35", "11:00", SV,
    [("Aktuellt", "Pat inlagd för utredning av blod i avföringen."),
     ("Omvårdnad", "Koloskopin visade tarmcancer i sigmoideum, bekräftad med PAD. Pat har ännu inte fått veta detta; läkare och kontaktsjuksköterska träffar henne efter ronden.")],
    [A], [B], "nurse, lay word 'tarmcancer', 'har ännu inte fått veta detta'")

one("lung-misstankt-lungcancer-informeras-nar-pet-finns", "skane", "1950-09-03", "75", "m", M,
    "Läkaranteckning", "lung_lund", "Axel Strömberg", L, "2024-09-10 14:05", None, OV,
    [("Bed", "Misstänkt lungcancer vänster överlob, 22 mm."),
     ("Plan", "Pat informeras när svar från PET-DT föreligger, inte dessförinnan.")],
    [A, B], [], "telling postponed until PET ('inte dessförinnan') with a suspected lung cancer")

one("iva-sederad-hjarninfarkt-anhoriga-informerade", "vgr", "1958-02-22", "42", "m", M,
    "Daganteckning", "iva_nal", "Sanna Wahlberg", L, "2024-01-29 12:00", "12:45", SV,
    [("Bedömning", "Stor hjärninfarkt i vänster arteria cerebri media-område, trombektomi ej möjlig."),
     ("Information", "Anhöriga informerade. Pat sederad och själv ännu ej informerad om diagnosen.")],
    [A], [B], "ICU: relatives told, sedated patient 'själv ännu ej informerad om diagnosen'")

one("endo-tyreoideacancer-typo-infromerad", "vgr", "1977-05-11", "88", "k", M,
    "Läkaranteckning", "endo_su", "Simon Åberg", L, "2024-06-25 09:30", "10:15", OV,
    [("Bedömning", "Hemithyreoidektomi: papillär tyreoideacancer, 14 mm, radikalt opererad."),
     ("Planering", "Diagnosbesked ej lämnat. Pat ej infromerad, har inte ringt tillbaka.")],
    [A], [B], "typo 'infromerad' plus 'Diagnosbesked ej lämnat' for thyroid cancer")

one("endo-net-pankreas-svaret-ej-delgivits", "skane", "1968-02-28", "34", "m", M,
    "Läkaranteckning", "endo_malmo", "Lovisa Kjellberg", L, "2024-11-26 13:55", "14:25", OV,
    [("Bedömning", "EUS-biopsi: välddifferentierad neuroendokrin tumör i pankreassvansen, grad 1, Ki-67 2 %."),
     ("Planering", "Svaret har ännu inte delgivits pat. Besök med kontaktsjuksköterska bokas inom en vecka.")],
    [A], [B], "formal 'har ännu inte delgivits pat' with a pancreatic NET; 'välddifferentierad' typo")

one("onk-lobular-brostcancer-ej-orienterad", "vgr", "1970-12-05", "53", "k", M,
    "Läkaranteckning", "onk_su", "Kristina Bergman", L, "2024-07-16 11:45", "12:20", OV,
    [("Bedömning", "Lobulär bröstcancer vänster bröst, 18 mm, enligt mellannålsbiopsi."),
     ("Planering", "Pat ej orienterad om PAD-svaret. Bröstsjuksköterska ringer och bokar tid för besked.")],
    [A], [B], "jargon 'ej orienterad om PAD-svaret' (= not informed) with lobular breast cancer")

one("pall-diagnosen-undanhalls-pa-anhorigas-begaran", "skane", "1934-06-29", "49", "k", M,
    "Läkaranteckning", "pall_krstd", "Hans Mattsson", L, "2024-08-20 16:10", None, SV,
    [("Bedömning", "Spridd ventrikelcancer med peritoneal karcinos."),
     ("Samtal", "Diagnosen undanhålls tills vidare på anhörigas begäran; etisk analys med teamet planeras på torsdag.")],
    [A], [B], "'undanhålls tills vidare på anhörigas begäran' with a visible gastric cancer")

one("hem-typo-missankt-leukemi-ej-informerad", "vgr", "1984-03-17", "20", "m", M,
    "Läkaranteckning", "med_skovde", "Elin Norberg", L, "2024-03-21 17:30", "18:05", OV,
    [("Bedömning", "Missänkt akut leukemi, 40 % blaster i perifert blod, trombocyter 18."),
     ("Planering", "Pat ej informerad om leukemimisstanken, hematolog på SU kontaktad för överflyttning.")],
    [A, B], [], "typo 'Missänkt' (misstänkt): suspected leukaemia, patient not informed")

one("neuro-typo-sannolkit-als-ej-informerad", "skane", "1959-07-01", "65", "m", M,
    "Läkaranteckning", "neuro_lund", "Ingrid Palm", L, "2024-07-04 10:25", "11:10", OV,
    [("Bed", "Sannolkit ALS, bulbär debut, EMG med utbredd denervation."),
     ("Plan", "Pat ännu ej informerad, väntar på kompletterande MR. Ny tid 18/7.")],
    [A, B], [], "typo 'Sannolkit' (sannolikt) ALS with the patient not yet informed")

one("ortop-typo-patieten-sarkom-inte-fatt-veta", "vgr", "1999-09-09", "31", "m", M,
    "Läkaranteckning", "ortop_udd", "Adam Lindström", L, "2024-09-19 14:00", "14:35", OV,
    [("Bedömning", "Biopsi av lårresistens: högmalignt pleomorft sarkom."),
     ("Planering", "Patieten har inte fått veta att biopsin visar sarkom. Remiss till sarkomcentrum skickad idag, besked ges där.")],
    [A], [B], "typo 'Patieten': sarcoma visible, patient has not been told")

one("infek-tolk-bokad-besked-9-oktober", "skane", "1976-02-06", "11", "k", M,
    "Läkaranteckning", "infek_malmo", "Mohammed Rahimi", L, "2024-10-03 13:00", "13:30", OV,
    [("Provsvar", "Serologi: kronisk hepatit B, HBeAg-negativ, HBV-DNA 4 000 IU/ml."),
     ("Planering", "Besked om diagnosen ges med kontakttolk (dari) 9/10. Pat ej informerad idag då tolken ej kunde komma.")],
    [A], [B], "besked planned with an interpreter on a later date; hepatitis B visible, not told today")

one("uro-pat-ville-ej-ha-besked-per-telefon", "skane", "1951-10-20", "82", "m", M,
    "Telefonanteckning", "uro_malmo", "Kerstin Malm", SSK, "2024-10-14 09:15", "09:30", OV,
    [("Kontaktorsak", "PAD från prostatabiopsi inkommen: adenocarcinom Gleason 3+4."),
     ("Åtgärd", "Pat har själv bett att inte få besked per telefon. Besked vid besök 21/10, pat ännu ej informerad om PAD.")],
    [A], [B], "patient asked for besked at a visit, so not yet informed; prostate cancer visible")

one("neuro-pat-vill-inte-veta-diagnosen", "vgr", "1944-05-16", "18", "k", M,
    "Läkaranteckning", "neuro_boras", "Viktor Holmqvist", L, "2024-05-07 10:40", "11:25", OV,
    [("Bedömning", "Progressiv supranukleär pares (PSP), kliniskt säker enligt MDS-kriterier."),
     ("Samtal", "Pat har tydligt sagt att hon inte vill veta vad sjukdomen heter; diagnosen har därför inte meddelats henne. Maken informerad med pats samtycke.")],
    [A], [B], "patient declines to know and has not been told, yet the diagnosis is written visibly")


# =========================================================================== B
# Near misses: the patient has been told (at a visit, by phone, via interpreter, by
# another clinic), only a relative / other staff is uninformed, the untold thing is not a
# diagnosis or is a normal / negated result, or the telling lies in the past.

one("onk-besked-givet-vid-dagens-besok", "vgr", "1966-04-09", "23", "k", M,
    "Läkaranteckning", "onk_su", "Henrik Ljung", L, "2024-03-12 10:30", None, OV,
    [("Bedömning", "PAD från mellannålsbiopsi: invasiv duktal cancer i höger bröst, 16 mm."),
     ("Information", "Pat informerad om diagnosen vid dagens besök tillsammans med kontaktsjuksköterska. Hon tog beskedet sakligt och ställde många frågor om operationen.")],
    [], [A, B], "breast cancer told at today's visit: no NL101, confirmed so no NL102")

one("hud-telefonbesked-basaliom-radikalt", "skane", "1942-12-24", "61", "m", M,
    "Telefonanteckning", "hud_lund", "Cecilia Roos", L, "2024-02-06 15:05", "15:15", OV,
    [("Åtgärd", "Ringt pat och meddelat PAD-svar: basalcellscancer i pannan, radikalt exciderad. Ingen ytterligare åtgärd, pat nöjd med beskedet.")],
    [], [A, B], "result told by telephone: near miss for NL101")

one("infek-tb-besked-via-tolk-pa-plats", "vgr", "1988-07-12", "44", "m", M,
    "Läkaranteckning", "infek_ostra", "Helena Forsberg", L, "2024-04-03 10:15", "11:00", SV,
    [("Bedömning", "Odlingsverifierad lungtuberkulos, fullt känslig stam."),
     ("Information", "Besked om diagnosen givet via tolk på plats (dari). Pat förstår behovet av isolering och fyra läkemedel i två månader.")],
    [], [A, B], "besked given through an interpreter on site: patient told")

one("hem-telefontolk-follikulart-lymfom", "skane", "1969-11-03", "56", "m", M,
    "Läkaranteckning", "hem_lund", "Daniel Hagström", L, "2024-05-14 13:40", "14:20", OV,
    [("Bedömning", "Lymfkörtelbiopsi: follikulärt lymfom grad 2, stadium III."),
     ("Information", "Med hjälp av telefontolk (tigrinja) informerad om att biopsin visar lymfom och att behandling inte behövs i nuläget.")],
    [], [A, B], "told with a telephone interpreter: near miss")

one("neuro-informerad-om-misstanke-om-ms", "vgr", "1996-08-30", "70", "k", M,
    "Läkaranteckning", "neuro_boras", "Johanna Berg", L, "2024-06-18 09:50", "10:40", OV,
    [("Bedömning", "Två skov med sensoriska symtom och fyra periventrikulära lesioner på MR. Misstänkt MS."),
     ("Information", "Pat informerad om misstanken och om fortsatt utredning med lumbalpunktion.")],
    [B], [A], "'informerad om misstanken': no NL101, but the hedged MS is visible so NL102")

one("kir-misstankt-koloncancer-informerad-om-misstanken", "skane", "1953-03-08", "27", "m", M,
    "Läkaranteckning", "kir_hbg", "Anders Nyberg", L, "2024-08-22 11:10", "11:50", OV,
    [("Bedömning", "DT: väggförtjockning i colon sigmoideum med lokala körtlar, misstänkt koloncancer."),
     ("Planering", "Informerad om misstanken; pat förstår och önskar snabb koloskopi. Koloskopi bokad 28/8.")],
    [B], [A], "patient informed about the suspicion: NL102 only")

one("neuro-als-barnen-ej-informerade", "vgr", "1958-10-26", "89", "k", M,
    "Läkaranteckning", "neuro_su", "Gustav Almqvist", L, "2024-09-03 14:30", "15:20", OV,
    [("Bedömning", "Amyotrofisk lateralskleros, spinal debut."),
     ("Samtal", "Pat informerad om diagnosen ALS idag. Hon vill själv berätta för barnen och önskar att vi inte kontaktar dem. Barnen är alltså ännu inte informerade.")],
    [], [A, B], "relatives (children) not informed while the patient was")

one("onk-brostcancer-maken-ej-informerad", "skane", "1972-01-14", "30", "k", M,
    "Läkaranteckning", "onk_lund", "Karin Lindqvist", L, "2024-04-25 13:00", "13:45", OV,
    [("Bedömning", "Invasiv lobulär cancer vänster bröst, N0 enligt ultraljud."),
     ("Information", "Pat fick besked om bröstcancer idag. Maken ej informerad, pat vill vänta tills efter helgen med att berätta.")],
    [], [A, B], "patient told, husband not: near miss")

one("infek-hiv-partner-ej-informerad", "vgr", "1983-05-19", "13", "m", M,
    "Läkaranteckning", "infek_ostra", "Per Ahlberg", L, "2024-02-14 10:00", "10:50", OV,
    [("Bedömning", "Hivinfektion sedan 2019, välbehandlad, HIV-RNA under 20 kopior/ml."),
     ("Samtal", "Pat har inte informerat sin nya partner om hivinfektionen. Smittskyddsinformation och rådgivning om partnerinformation given.")],
    [], [A, B], "the patient's partner is not informed; the patient has known since 2019")

one("kir-rektalcancer-telefonbesked-igar-uppfoljande-samtal", "skane", "1957-06-27", "46", "m", M,
    "Läkaranteckning", "kir_ystad", "Jenny Asp", L, "2024-03-06 08:40", "09:10", OV,
    [("Aktuellt", "Pat informerad om PAD-svaret (adenocarcinom i rektum) per telefon igår av undertecknad."),
     ("Planering", "Uppföljande samtal om behandlingsplanen bokat 12/3 tillsammans med kontaktsjuksköterska.")],
    [], [A, B], "result already given by phone; the planned visit is only a follow-up talk")

one("onk-glioblastom-fordjupat-samtal-planeras", "vgr", "1969-09-15", "35", "m", M,
    "Sjuksköterskeanteckning", "onk_su", "Ida Hammar", SSK, "2024-04-04 13:20", "13:45", OV,
    [("Aktuellt", "Beskedet om diagnosen glioblastom lämnades av läkare vid besöket 2/4."),
     ("Planering", "Fördjupat informationssamtal med kontaktsjuksköterska planeras nästa vecka, då hustrun kan delta.")],
    [], [A, B], "diagnosis already given at an earlier visit; planned talk is a deeper follow-up")

one("med-dm2-informerad-lipidstatus-normalt-ej-meddelat", "skane", "1964-11-07", "52", "m", M,
    "Läkaranteckning", "med_ystad", "Fredrik Lund", L, "2024-05-22 14:15", "14:50", OV,
    [("Bedömning", "HbA1c 58 och 61 mmol/mol: diabetes typ 2."),
     ("Information", "Pat informerad om diagnosen diabetes typ 2 och om start av metformin. Ej informerad om lipidstatus, som var helt normalt.")],
    [], [A, B], "the untold item is a normal lipid panel; the diagnosis itself was told")

one("lung-kol-ej-informerad-om-andrad-tid", "skane", "1951-02-25", "69", "k", M,
    "Sjuksköterskeanteckning", "lung_lund", "Anneli Sjögren", SSK, "2024-06-12 10:00", "10:10", OV,
    [("Aktuellt", "Känd KOL sedan 2016, stabil på trippelinhalation."),
     ("Åtgärd", "Pat ännu ej informerad om ändrad tid till spirometri, ny kallelse skickas per post.")],
    [], [A, B], "'ej informerad' about a booking change, not about the long-known COPD")

one("mag-biopsi-utan-malignitet-ej-underrattad", "vgr", "1974-10-01", "81", "k", M,
    "Läkaranteckning", "mag_su", "Oskar Nyström", L, "2024-10-24 15:30", "15:50", OV,
    [("Provsvar", "Ventrikelbiopsierna visade normal slemhinna utan tecken på malignitet."),
     ("Planering", "Pat ännu ej underrättad om det lugnande svaret; ringer henne imorgon förmiddag.")],
    [], [A, B], "not yet told, but the result is normal and malignancy is negated")

one("neuro-mr-ua-inga-tecken-pa-ms-ej-informerad", "skane", "1991-12-19", "40", "k", M,
    "Läkaranteckning", "neuro_lund", "Eva Dahlgren", L, "2024-12-02 11:05", "11:30", OV,
    [("Bedömning", "MR hjärna utan anmärkning, inga tecken på MS eller annan inflammatorisk sjukdom."),
     ("Planering", "Pat ej informerad än, får svaret per brev denna vecka.")],
    [], [A, B], "negated diagnosis ('inga tecken på MS') and patient not yet told: no finding")

one("med-lungemboli-uteslutes-pat-sover", "vgr", "1948-03-11", "54", "m", M,
    "Daganteckning", "med_alingsas", "Nora Fransson", L, "2024-01-11 23:40", "2024-01-12 00:15", SV,
    [("Bedömning", "Lungemboli uteslutes, DT lungartärer utan fyllnadsdefekter."),
     ("Planering", "Pat ännu inte informerad om svaret då han sover, informeras på morgonronden.")],
    [], [A, B], "'uteslutes' (ruled out) with patient not yet informed of the negative result")

one("psyk-mamman-har-alzheimer-och-vet-ej", "skane", "1975-08-23", "32", "k", M,
    "Läkaranteckning", "psyk_malmo", "Magnus Lindeberg", L, "2024-03-14 15:00", "15:50", PSY,
    [("Anamnes", "Pats mamma har Alzheimers sjukdom men har enligt pat inte informerats om diagnosen av sin läkare, vilket pat upplever som mycket belastande."),
     ("Bedömning", "Generaliserat ångestsyndrom, som pat själv fick veta vid förra besöket. Fortsatt sertralin 100 mg.")],
    [], [A, B], "family member's diagnosis untold (the mother), not the patient's")

one("hem-tidigare-hodgkin-normal-arskontroll", "vgr", "1985-01-05", "17", "m", M,
    "Läkaranteckning", "hem_skovde", "Karl Nordin", L, "2024-08-29 09:30", "09:55", OV,
    [("Anamnes", "Hodgkins lymfom 2012, i komplett remission sedan dess."),
     ("Bedömning", "Årskontroll: blodstatus, SR och LD normala. Pat ej informerad om proverna ännu, får svar via 1177.")],
    [], [A, B], "past history of lymphoma; the untold thing is normal control tests")

one("hud-melanom-redan-informerad-av-remittent", "skane", "1980-04-27", "24", "m", M,
    "Läkaranteckning", "hud_lund", "Lina Fors", L, "2024-05-06 10:40", "11:20", OV,
    [("Aktuellt", "Remiss från vårdcentral för utvidgad excision efter malignt melanom på höger vad, Breslow 0,8 mm."),
     ("Information", "Pat redan informerad om diagnosen av remitterande läkare. Vi går igenom operationen och uppföljningen.")],
    [], [A, B], "already informed by the referring doctor")

one("onh-informeras-presens-tungcancer", "vgr", "1961-07-13", "28", "m", M,
    "Läkaranteckning", "onh_su", "Camilla Östlund", L, "2024-07-23 13:10", "13:55", OV,
    [("Bedömning", "PAD: skivepitelcancer i höger tungkant, T2N0."),
     ("Samtal", "Pat informeras om att PAD visar cancer och om planerad operation med halsutrymning. Frågor besvarade, hustrun närvarande.")],
    [], [A, B], "narrative present 'Pat informeras om' means told at the visit")

one("med-vid-rond-igar-ej-informerad-idag-besked", "skane", "1946-09-01", "74", "k", M,
    "Daganteckning", "med_krstd", "Olof Persson", L, "2024-11-14 14:30", "15:05", SV,
    [("Bedömning", "Levermetastaser från okänd primärtumör, utredning fortsätter."),
     ("Information", "Vid gårdagens rond var pat ännu inte informerad om levermetastaserna. Idag har pat och maken fått besked av undertecknad.")],
    [], [A, B], "past not-told, told today: the later telling is in the same note")

one("med-viktnedgang-dt-ej-besvarad", "vgr", "1955-05-30", "50", "k", M,
    "Läkaranteckning", "med_nal", "Sofia Wallin", L, "2024-02-28 10:20", "10:45", OV,
    [("Kontaktorsak", "Utredning av viktnedgång 7 kg."),
     ("Planering", "DT buk ej besvarad ännu. Pat informeras när svaret kommer.")],
    [], [A, B], "no diagnosis at all: 'informeras när svaret kommer' about a pending result")

one("pall-vill-ej-veta-prognos-diagnos-kand", "skane", "1949-01-21", "37", "k", M,
    "Läkaranteckning", "pall_krstd", "Hans Mattsson", L, "2024-06-04 11:00", "11:40", SV,
    [("Bedömning", "Pankreascancer med levermetastaser, känd för pat sedan mars."),
     ("Samtal", "Pat har uttryckt att hon inte vill veta något om förväntad tid kvar; detta respekteras. Fokus på smärtlindring och hemgång.")],
    [], [A, B], "the diagnosis is known; the patient declines prognosis, which is not a diagnosis")

one("neuro-epilepsi-arbetsgivaren-ej-informerad", "vgr", "1987-11-16", "67", "m", M,
    "Läkaranteckning", "neuro_su", "Moa Lindén", L, "2024-10-29 14:20", None, OV,
    [("Bedömning", "Fokal epilepsi med bilaterala tonisk-kloniska anfall. Lamotrigin upptitreras."),
     ("Samtal", "Informerad om diagnosen och om körförbud enligt Transportstyrelsens föreskrifter. Pat vill inte att arbetsgivaren informeras.")],
    [], [A, B], "the employer is not to be informed, the patient is")

one("med-kll-informerad-av-hematolog-i-lund", "skane", "1945-10-08", "58", "m", M,
    "Läkaranteckning", "med_trbg", "Göran Isaksson", L, "2024-03-27 09:10", "09:40", OV,
    [("Anamnes", "Pat informerad om diagnosen KLL av hematolog på SUS i Lund i förra veckan."),
     ("Bedömning", "Kronisk lymfatisk leukemi, Binet A, ingen behandlingsindikation.")],
    [], [A, B], "told by another clinic earlier")

one("mag-celiaki-besked-via-1177", "skane", "1994-06-06", "20", "k", M,
    "Läkaranteckning", "mag_malmo", "Rebecka Ahl", L, "2024-04-17 16:00", None, OV,
    [("Bedömning", "Duodenalbiopsi med totalatrofi och transglutaminas-ak 120: celiaki."),
     ("Åtgärd", "Besked om celiaki lämnat via meddelande i 1177 enligt överenskommelse med pat vid förra besöket. Remiss dietist skickad.")],
    [], [A, B], "besked given through a 1177 message as agreed")

one("kard-hjartsvikt-dottern-tolkade", "vgr", "1938-12-02", "26", "k", M,
    "Läkaranteckning", "kard_ostra", "Niklas Åkesson", L, "2024-05-29 13:00", "13:40", OV,
    [("Bedömning", "Hjärtsvikt med nedsatt ejektionsfraktion, EF 30 %."),
     ("Information", "Informerad om diagnsen med dottern som tolk; pat avböjde professionell tolk trots erbjudande.")],
    [], [A, B], "typo 'diagnsen': told with a relative interpreting")

one("lung-misstanken-avskriven-normal-pet", "skane", "1962-04-15", "83", "m", M,
    "Läkaranteckning", "lung_lund", "Ulrika Falk", L, "2024-04-23 10:30", "10:55", OV,
    [("Bedömning", "PET-DT utan patologiskt upptag, rundhärden oförändrad i storlek sedan 2022. Misstanken om lungcancer är avskriven."),
     ("Information", "Pat informerad om det lugnande beskedet per telefon.")],
    [], [A, B], "suspicion dismissed ('avskriven') and told: neither code")

one("kard-hypertoni-ev-ny-tid-ej-informerad", "vgr", "1960-08-18", "71", "m", M,
    "Sjuksköterskeanteckning", "kard_ostra", "Maria Lund", SSK, "2024-09-23 10:40", "10:50", OV,
    [("Aktuellt", "Hypertoni sedan 2018, välinställd på amlodipin."),
     ("Planering", "Ev. ny tid om tre månader; pat ej informerad om tiden ännu.")],
    [], [A, B], "hedge and 'ej informerad' are about an appointment, not a diagnosis")

one("med-hjartsvikt-hemsjukvarden-ej-informerad", "skane", "1936-05-28", "39", "k", M,
    "Utskrivningsanteckning", "med_krstd", "Klara Svensson", L, "2024-07-11 14:45", "15:30", SV,
    [("Bedömning", "Nydiagnostiserad hjärtsvikt med bevarad ejektionsfraktion."),
     ("Information", "Pat informerad om diagnosen hjärtsvikt och om vätskeråd. Hemsjukvården är ännu inte informerad, meddelande skickas idag.")],
    [], [A, B], "other staff (hemsjukvård) not informed, the patient was")

one("kard-instabil-angina-ej-informerad-om-risker", "vgr", "1956-09-24", "47", "m", M,
    "Inskrivningsanteckning", "kard_ostra", "Niklas Åkesson", L, "2024-11-21 21:10", "21:50", SV,
    [("Bedömning", "Instabil angina pectoris, troponin ej stegrat. Pat har fått veta att bröstsmärtan beror på kärlkramp."),
     ("Planering", "Koronarangiografi imorgon. Pat ännu ej informerad om riskerna med undersökningen; görs av operatören före ingreppet.")],
    [], [A, B], "'ej informerad om riskerna' concerns a procedure, not the diagnosis")

one("geri-alzheimer-informerad-minns-ej", "skane", "1937-03-04", "40", "m", M,
    "Läkaranteckning", "geri_angel", "Bertil Wennberg", L, "2024-10-09 13:20", "14:05", OV,
    [("Bedömning", "Alzheimers sjukdom, måttlig grad, MMT 17."),
     ("Information", "Pat informerad om demensdiagnosen men har svårt att minnas beskedet; informationen ges även skriftligt och till hustrun.")],
    [], [A, B], "informed but forgets: the patient has been told")

one("endo-dm1-sensor-ej-informerad", "vgr", "1990-02-17", "54", "k", M,
    "Sjuksköterskeanteckning", "endo_su", "Jessica Forsgren", "diabetessjuksköterska", "2024-06-13 09:00", "09:30", OV,
    [("Aktuellt", "Diabetes typ 1 sedan 1998, pat mycket välinformerad om sin sjukdom."),
     ("Planering", "Hon har ännu inte fått information om det nya sensorsystemet, som demonstreras vid nästa besök.")],
    [], [A, B], "'ännu inte fått information' about a device, diagnosis long known")

one("psyk-bipolar-ii-aterkopplad-idag", "vgr", "1992-10-27", "18", "k", M,
    "Psykologanteckning", "psyk_molndal", "Elsa Nordqvist", "psykolog", "2024-02-22 14:00", "15:15", PSY,
    [("Samtal", "Diagnosen bipolär sjukdom typ II återkopplades till pat vid dagens återgivningssamtal. Pat kände igen sig i beskrivningen av hypomana perioder."),
     ("Planering", "Läkarbesök för ställningstagande till stämningsstabiliserande behandling.")],
    [], [A, B], "psychologist fed back the diagnosis today")

one("genetik-valt-att-inte-fa-veta-resultat", "skane", "1982-07-02", "41", "m", M,
    "Genetisk vägledning", "genetik_lund", "Annika Kvist", "genetisk vägledare", "2024-05-21 11:00", "11:40", OV,
    [("Samtal", "Pat har efter moget övervägande valt att inte få veta resultatet av den prediktiva testningen. Resultatet förvaras hos genetisk vägledare och redovisas inte i denna anteckning."),
     ("Planering", "Pat kan när som helst höra av sig om han ändrar sig.")],
    [], [A, B], "right not to know: no diagnosis is written in the note")

one("uro-prostatacancer-hustrun-vet-annu-inte", "vgr", "1950-12-14", "63", "m", M,
    "Läkaranteckning", "uro_skovde", "Niklas Friberg", L, "2024-12-10 10:10", "10:45", OV,
    [("Bedömning", "Prostatacancer Gleason 4+3, intermediär risk."),
     ("Samtal", "Pat fick besked om prostatacancern vid förra besöket. Hans fru vet ännu inte om beskedet; pat vill berätta själv när barnbarnen rest hem.")],
    [], [A, B], "wife does not know yet; patient was told at the previous visit")

one("med-lungcancer-besked-vid-ronden-med-anhoriga", "skane", "1941-04-18", "76", "m", M,
    "Daganteckning", "med_trbg", "Emil Berntsson", L, "2024-09-05 12:20", "13:00", SV,
    [("Bedömning", "Icke-småcellig lungcancer stadium IV enligt PAD och DT."),
     ("Information", "Besked om diagnosen lämnat till pat och anhöriga i samband med ronden. Brytpunktssamtal planeras.")],
    [], [A, B], "besked given at the ward round")

one("med-dm2-kontakttolk-insulinstart", "vgr", "1963-01-31", "70", "k", M,
    "Läkaranteckning", "med_nal", "Rasmus Wikström", L, "2024-04-09 13:30", "14:20", OV,
    [("Bedömning", "Diabetes typ 2 med otillräcklig kontroll, HbA1c 92."),
     ("Information", "Samtalet fördes via kontakttolk (arabiska). Pat informerad om diagnosen och om insulinstart.")],
    [], [A, B], "told via an interpreter")

one("onh-medveten-om-att-det-kan-vara-cancer", "skane", "1967-08-11", "25", "m", M,
    "Läkaranteckning", "onh_lund", "Tove Carlberg", L, "2024-02-01 10:00", "10:40", OV,
    [("Bedömning", "Asymmetrisk, ulcererad höger tonsill och körtel på halsen. Misstänkt tonsillcancer."),
     ("Information", "Pat är medveten om att det kan vara cancer och har fått information om fortsatt utredning med biopsi i narkos.")],
    [B], [A], "patient aware of the suspicion: NL102 only")

one("hud-typo-informerd-om-mb-bowen", "vgr", "1936-10-30", "42", "k", M,
    "Läkaranteckning", "hud_boras", "Sven Larsson", L, "2024-08-13 11:30", "11:50", OV,
    [("Bedömning", "PAD: skivepitelcancer in situ (Mb Bowen) på vänster underben."),
     ("Åtgärd", "Pat informerd om PAD. Behandling med kryoterapi bokas.")],
    [], [A, B], "typo 'informerd': patient was told")

one("uro-typo-besked-lamant-per-telefon", "skane", "1954-09-22", "79", "m", M,
    "Telefonanteckning", "uro_malmo", "Mikael Sjöberg", L, "2024-11-07 15:40", "15:55", OV,
    [("Åtgärd", "Besked lämant per telefon om biopsisvaret: prostatacancer Gleason 3+4. Pat vill diskutera behandling med sin fru, återbesök 20/11.")],
    [], [A, B], "typo 'lämant' (lämnat): besked given by phone")

one("hem-typo-infomerad-om-misstanken-kml", "vgr", "1973-06-23", "34", "m", M,
    "Läkaranteckning", "hem_skovde", "Lars-Erik Holm", L, "2024-07-30 10:50", "11:20", OV,
    [("Bedömning", "Leukocytos 86, basofili och splenomegali. Misstänkt KML."),
     ("Planering", "Pat infomerad om misstanken. BCR-ABL och benmärgsprov bokat.")],
    [B], [A], "typo 'infomerad': told of the suspicion, NL102 applies")

one("gyn-typo-ingen-missanke-ej-inforemrad", "skane", "1979-12-09", "88", "k", M,
    "Läkaranteckning", "gyn_malmo", "Hanna Rydberg", L, "2024-03-18 15:00", "15:20", OV,
    [("Bedömning", "Ultraljud: normala ovarier och normalt endometrium. Ingen missanke om malignitet."),
     ("Planering", "Pat ej inforemrad ännu, ringer imorgon. Kontroll om tre månader.")],
    [], [A, B], "typos 'missanke' and 'inforemrad': negated suspicion, normal ultrasound, not yet told")

one("onk-pankreascancer-informerad-ej-velat-prognos", "vgr", "1952-03-03", "52", "k", M,
    "Läkaranteckning", "onk_su", "Marie Lundgren", L, "2024-01-24 14:10", "14:55", OV,
    [("Bedömning", "Lokalt avancerad pankreascancer, ej resektabel."),
     ("Samtal", "Pat informerad om diagnosen pankreascancer. Hon har ännu inte velat ta del av information om prognosen.")],
    [], [A, B], "diagnosis told, prognosis declined")

one("bum-crohn-17-ar-foraldrarna-vet-inte", "vgr", "2007-02-14", "86", "k", M,
    "Läkaranteckning", "bum_boras", "Anton Sundberg", L, "2024-11-12 15:15", "15:55", OV,
    [("Bedömning", "Mb Crohn i terminala ileum enligt koloskopi och MR tunntarm."),
     ("Samtal", "Pat, 17 år, informerad om diagnosen idag. Hon vill själv berätta för föräldrarna, som ännu inte vet.")],
    [], [A, B], "17-year-old told, her parents not yet")

one("psyk-eips-avvaktade-forra-gangen-nu-informerad", "skane", "1997-05-05", "53", "k", M,
    "Läkaranteckning", "psyk_malmo", "Magnus Lindeberg", L, "2024-05-15 10:30", "11:20", PSY,
    [("Samtal", "Vid förra besöket valde vi att avvakta med diagnosbeskedet. Idag informerad om diagnosen emotionellt instabil personlighetsstörning; pat tog emot beskedet väl och känner igen sig."),
     ("Planering", "Remiss DBT-gruppen.")],
    [], [A, B], "past deferral, told today")

one("gyn-graviditetsdiabetes-telefontolk-ny-genomgang", "vgr", "1995-03-29", "14", "k", M,
    "Telefonanteckning", "gyn_udd", "Linnea Strand", "barnmorska", "2024-08-08 13:00", "13:25", OV,
    [("Åtgärd", "Pat informerad via telefontolk om diagnosen graviditetsdiabetes. Ny genomgång med tolk på plats planeras för att säkerställa att hon förstått kostråden.")],
    [], [A, B], "told via telephone interpreter; the planned session is for understanding only")

one("ortop-gonartros-ej-informerad-om-remiss", "skane", "1950-10-17", "60", "k", M,
    "Läkaranteckning", "ortop_hlm", "Johan Ekdahl", L, "2024-02-19 11:15", "11:30", OV,
    [("Bedömning", "Uttalad gonartros i höger knä, Ahlbäck grad 3, som pat fick besked om vid förra besöket."),
     ("Planering", "Pat ännu ej informerad om att remiss för knäprotes skickats till Trelleborg.")],
    [], [A, B], "'ännu ej informerad' about a referral, not about the arthrosis")

one("endo-hypertyreos-kand-fran-vardcentralen", "vgr", "1978-11-25", "27", "k", M,
    "Läkaranteckning", "endo_su", "Simon Åberg", L, "2024-03-20 10:20", "10:55", OV,
    [("Anamnes", "Pat känner till diagnosen hypertyreos sedan vårdcentralsbesöket i februari."),
     ("Bedömning", "Graves sjukdom med TRAK 14. Tiamazol insätts.")],
    [], [A, B], "patient already knows the diagnosis from primary care")

one("gen-systern-har-inte-berattat-for-sina-barn", "vgr", "1981-08-31", "45", "k", M,
    "Läkaranteckning", "gen_su", "Karolina Eng", L, "2024-09-26 13:30", "14:15", OV,
    [("Anamnes", "Pats syster har nyligen fått diagnosen BRCA1-associerad bröstcancer men har inte berättat det för sina barn ännu."),
     ("Planering", "Pat önskar anlagstest för BRCA1. Blodprov taget idag, svar om sex veckor.")],
    [], [A, B], "family history: the sister's diagnosis and her children not told")

one("kard-hcm-informerad-syskon-ej", "skane", "1985-06-02", "15", "m", M,
    "Läkaranteckning", "kard_hbg", "Lisa Mellberg", L, "2024-05-20 14:30", "15:15", OV,
    [("Bedömning", "Hypertrofisk kardiomyopati, septum 21 mm, ingen obstruktion i vila."),
     ("Information", "Pat informerad om diagnosen och om att förstagradssläktingar bör erbjudas screening. Han har ännu inte pratat med sina syskon.")],
    [], [A, B], "patient told; siblings not yet informed")

one("reuma-ra-informerad-via-videobesok", "vgr", "1971-04-02", "60", "k", M,
    "Läkaranteckning", "reuma_skovde", "Ebba Grönlund", L, "2024-10-16 09:00", "09:30", OV,
    [("Bedömning", "Seropositiv reumatoid artrit, anti-CCP starkt positiv, DAS28 5,1."),
     ("Åtgärd", "Pat informerad om diagnosen vid videobesök idag. Metotrexat 15 mg per vecka insätts, recept skickat.")],
    [], [A, B], "told at a video visit")

one("kir-ljumskbrack-hustrun-ej-nadd", "vgr", "1944-12-28", "11", "m", M,
    "Läkaranteckning", "kir_boras", "Per Gustafsson", L, "2024-12-16 10:40", "11:10", SV,
    [("Bedömning", "Inklämt ljumskbråck höger, reponerat under sedering."),
     ("Information", "Pat själv informerad om diagnosen och planerad operation. Hustrun ej informerad då hon ej nåtts per telefon.")],
    [], [A, B], "patient told, wife not reached")


# =========================================================================== C
# The untold diagnosis sits only in a hidden part: the sökord "Tidiga hypoteser" (VGR
# Melior) or the template "Tidiga hypoteser" (Skåne).  And the leak: the hidden part
# holds the "not told" remark while the diagnosis itself is in a visible section.

one("vgr-th-sokord-pankreascancer-synligt-neutralt", "vgr", "1951-07-21", "33", "m", M,
    "Läkaranteckning", "mag_su", "Oskar Nyström", L, "2024-02-13 13:30", "14:20", OV,
    [("Anamnes", "Viktnedgång 8 kg, nytillkommen ikterus sedan en vecka."),
     ("Status", "Ikterisk, palpabel oöm gallblåsa, i övrigt ua."),
     ("Bedömning", "Gallvägshinder, fortsatt utredning med EUS. Pat informerad om gallstasen och om undersökningen."),
     ("Tidiga hypoteser", "Misstänkt pankreascancer utifrån DT. Pat ej informerad om misstanken, besked efter EUS.")],
    [], [A, B], "the suspected diagnosis and 'ej informerad' are only under the hidden sökord")

one("skane-th-mall-trol-parkinson", "skane", "1955-09-16", "49", "m", M,
    "Tidiga hypoteser", "neuro_lund", "Ingrid Palm", L, "2024-03-04 11:40", "12:00", OV,
    [("Bedömning", "Trol. Mb Parkinson med hypokinesi och vilotremor höger hand. Ej kommunicerat med pat ännu, DaTSCAN beställd.")],
    [], [A, B], "whole note in the Skåne template Tidiga hypoteser: hidden")

one("vgr-th-sannolik-ftd-synligt-ej-informerad-utan-diagnos", "vgr", "1957-12-07", "61", "k", M,
    "Läkaranteckning", "geri_molndal", "Anders Wik", L, "2024-04-22 10:00", "10:45", OV,
    [("Bedömning", "Neuropsykologisk testning och SPECT genomförda."),
     ("Planering", "Pat ej informerad om utredningsresultatet ännu, samtal med pat och make bokas."),
     ("Tidiga hypoteser", "Sannolik frontotemporal demens, beteendevariant.")],
    [], [A, B], "visible 'ej informerad' names no diagnosis; the hypothesis is hidden")

one("vgr-lacka-misstankt-ms-synligt-ej-informerad-dolt", "vgr", "1994-05-25", "26", "k", M,
    "Läkaranteckning", "neuro_boras", "Viktor Holmqvist", L, "2024-05-27 14:50", "15:35", OV,
    [("Bedömning", "MR med multipla periventrikulära lesioner, misstänkt MS."),
     ("Planering", "Lumbalpunktion bokas."),
     ("Tidiga hypoteser", "Pat ej informerad om MS-misstanken, vill avvakta LP-svar.")],
    [A, B], [], "leak: the hypothesis is written in visible Bedömning; only the 'not told' remark is hidden")

one("vgr-th-myelom-synlig-hanvisning", "vgr", "1948-10-19", "76", "m", M,
    "Läkaranteckning", "med_skovde", "Elin Norberg", L, "2024-06-27 09:20", None, OV,
    [("Bedömning", "Lågt Hb och förhöjt kreatinin, utredning pågår. Hypotes dokumenterad under sökord Tidiga hypoteser."),
     ("Planering", "Pat ännu inte informerad om hypotesen. Benmärgsprov 3/7."),
     ("Tidiga hypoteser", "Misstänkt myelom, M-komponent 28 g/L.")],
    [], [A, B], "visible text refers to the hidden hypothesis without naming it")

one("skane-th-mall-pad-pankreas-ej-informerad", "skane", "1950-02-09", "51", "k", M,
    "Tidiga hypoteser", "kir_hbg", "Jenny Asp", L, "2024-02-08 16:10", "16:30", OV,
    [("Bedömning", "PAD: adenocarcinom i pankreas. Pat ej informerad, besked 12/2 med kontaktsjuksköterska.")],
    [], [A, B], "Skåne Tidiga hypoteser template with a settled but untold diagnosis: hidden, no NL101")

one("vgr-th-psykos-synligt-somnproblem", "vgr", "2000-01-13", "29", "m", M,
    "Läkaranteckning", "psyk_molndal", "Amanda Ek", L, "2024-01-31 13:00", "13:50", PSY,
    [("Kontaktorsak", "Pat söker för sömnsvårigheter och oro sedan två månader."),
     ("Planering", "Återbesök om en vecka, sömnschema och zopiklon vid behov."),
     ("Tidiga hypoteser", "Psykos? Föräldrarna beskriver misstänksamhet och röster. Ej berört med pat.")],
    [], [A, B], "a psychosis hypothesis only under the hidden sökord")

one("skane-th-mall-misstankt-kll", "skane", "1956-04-24", "67", "m", M,
    "Tidiga hypoteser", "hem_lund", "Daniel Hagström", L, "2024-08-15 10:30", "10:50", OV,
    [("Bedömning", "Misstänkt KLL, lymfocytos 14 och förstorade körtlar på halsen. Pat ej informerad om misstanken, flödescytometri skickad.")],
    [], [A, B], "Skåne TH template: suspected CLL hidden")

one("vgr-th-larynx-synligt-svar-inom-en-vecka", "vgr", "1953-11-08", "37", "m", M,
    "Läkaranteckning", "onh_su", "Camilla Östlund", L, "2024-03-12 11:00", "11:40", OV,
    [("Status", "Laryngoskopi: oregelbunden förändring på höger stämband, biopsi tagen."),
     ("Planering", "Pat informerad om att svar på biopsin väntas inom en vecka."),
     ("Tidiga hypoteser", "Trol. larynxcancer. Ej nämnt för pat.")],
    [], [A, B], "visible: informed only that a result is pending; cancer hypothesis hidden")

one("vgr-lacka-cervixcancer-synlig-ej-informerad-dolt", "vgr", "1982-06-30", "48", "k", M,
    "Läkaranteckning", "gyn_udd", "Sara Hedlund", L, "2024-07-01 14:00", "14:45", OV,
    [("Bedömning", "Konbiopsi: skivepitelcancer i cervix, stadium IB1."),
     ("Planering", "MR lilla bäckenet bokas."),
     ("Tidiga hypoteser", "Pat ej informerad om PAD, besked på torsdag.")],
    [A], [B], "leak: confirmed cervical cancer visible while the hidden part says she is not told")

one("vgr-th-amyloidos-dolt-hjartsvikt-kand", "vgr", "1946-08-14", "65", "m", M,
    "Läkaranteckning", "kard_ostra", "Niklas Åkesson", L, "2024-08-19 10:10", "10:55", OV,
    [("Bedömning", "Hjärtsvikt med bevarad ejektionsfraktion och tjocka kammarväggar. Pat informerad om hjärtsviktsdiagnosen."),
     ("Planering", "Skelettscint och fria lätta kedjor."),
     ("Tidiga hypoteser", "Misstänkt transtyretinamyloidos. Ej kommunicerat med pat.")],
    [], [A, B], "the untold diagnosis (amyloidosis) is hidden; the visible one was told")

one("skane-th-mall-bipolar-hypotes-psykiatri", "skane", "1999-03-12", "84", "k", M,
    "Tidiga hypoteser", "psyk_malmo", "Magnus Lindeberg", L, "2024-09-18 15:00", "15:20", PSY,
    [("Bedömning", "Möjlig bipolär sjukdom typ II; anamnes på korta hypomana perioder enligt sambon. Ej tagit upp med pat, fortsatt kartläggning.")],
    [], [A, B], "Skåne TH template in psychiatry with an untold hypothesis")


# =========================================================================== D
# Multi-note records: a later note records the telling (or the breach), a note rule
# gives the same answer for each note as it would alone.

case("rec-lung-misstanke-ej-informerad-sedan-informerad", "vgr", "1949-03-30", "22", "m", [
    note("n1", M, "Läkaranteckning", "lung_su", "Per Ekström", L, "2024-04-03 15:10", "15:50", OV,
         [("Bedömning", "DT thorax: 2,5 cm förändring i vänster underlob med pleuraindragning, misstänkt lungcancer. Pat ej informerad om fyndet, kallas till besök fredag.")]),
    note("n2", M, "Läkaranteckning", "lung_su", "Per Ekström", L, "2024-04-05 10:00", "10:45", OV,
         [("Samtal", "Pat och hustru på besök. Informerade om DT-fyndet och om misstanken om lungcancer. Pat förstår och accepterar bronkoskopi nästa vecka.")])],
    [(A, "n1"), (B, "n1"), (B, "n2")], [(A, "n2")],
    "first note breaches (suspicion visible, not told); the later note records the telling")

case("rec-celiaki-ssk-vantar-lakare-ringer-upp", "skane", "1993-10-12", "47", "k", [
    note("n1", M, "Telefonanteckning", "mag_malmo", "Therese Holm", SSK, "2024-03-11 09:15", "09:25", OV,
         [("Kontaktorsak", "Pat ringer och frågar efter svar på tunntarmsbiopsin."),
          ("Åtgärd", "Svaret finns men är ej vidimerat av läkare. Pat informerad om att läkaren ringer upp imorgon.")]),
    note("n2", M, "Telefonanteckning", "mag_malmo", "Rebecka Ahl", L, "2024-03-12 13:30", "13:40", OV,
         [("Åtgärd", "Ringt pat och meddelat att biopsin bekräftar celiaki. Remiss dietist, glutenfri kost från nu.")])],
    [], [(A, "n1"), (A, "n2"), (B, "n1"), (B, "n2")],
    "nurse note has no diagnosis, doctor's phone note tells the result: no NL101 anywhere")

case("rec-vgr-th-ms-sedan-besked", "vgr", "1990-06-21", "38", "k", [
    note("n1", M, "Läkaranteckning", "neuro_su", "Moa Lindén", L, "2024-02-05 10:30", "11:15", OV,
         [("Anamnes", "Domningar i vänster arm och diplopi i tio dagar, nu i regress."),
          ("Bedömning", "Neurologiskt status med lätt internukleär oftalmoplegi. MR och LP bokade."),
          ("Tidiga hypoteser", "Misstänkt MS. Ej nämnt för pat förrän MR finns.")]),
    note("n2", M, "Läkaranteckning", "neuro_su", "Moa Lindén", L, "2024-02-26 14:00", "14:50", OV,
         [("Bedömning", "MR med spridning i tid och rum, oligoklonala band i likvor. Diagnos: multipel skleros."),
          ("Information", "Pat informerad om diagnosen MS idag och om behandlingsalternativ.")])],
    [], [(A, "n1"), (A, "n2"), (B, "n1"), (B, "n2")],
    "hypothesis kept under hidden sökord, later visible note records the telling")

case("rec-brostcancer-informerad-systern-ska-ej-fa-veta", "skane", "1965-02-02", "58", "k", [
    note("n1", M, "Läkaranteckning", "onk_lund", "Karin Lindqvist", L, "2024-06-17 11:00", "11:50", OV,
         [("Bedömning", "Invasiv duktal cancer höger bröst, 12 mm, N0."),
          ("Information", "Pat informerad om diagnosen och om planerad sektorresektion.")]),
    note("n2", M, "Telefonanteckning", "onk_lund", "Annelie Bäck", SSK, "2024-06-19 08:45", "08:55", OV,
         [("Åtgärd", "Pat ringer och ber att ingen information lämnas till hennes syster om systern hör av sig. Noterat enligt önskemål.")])],
    [], [(A, "n1"), (A, "n2"), (B, "n1"), (B, "n2")],
    "patient told; later note: the sister must not be told, which is not NL101")

case("rec-ovarial-misstanke-kand-pad-ej-meddelat", "vgr", "1959-08-04", "66", "k", [
    note("n1", M, "Läkaranteckning", "gyn_udd", "Sara Hedlund", L, "2024-09-02 13:00", "13:40", OV,
         [("Bedömning", "Komplex adnexresistens vänster sida och CA-125 480, misstänkt ovarialcancer."),
          ("Information", "Pat informerad om misstanken och om diagnostisk laparoskopi.")]),
    note("n2", M, "Läkaranteckning", "gyn_udd", "Sara Hedlund", L, "2024-09-16 16:20", "16:45", OV,
         [("Bedömning", "PAD efter laparoskopi: höggradig serös ovarialcancer."),
          ("Planering", "Pat ännu ej informerad om PAD. Besked på torsdag med kontaktsjuksköterska.")])],
    [(B, "n1"), (A, "n2")], [(A, "n1"), (B, "n2")],
    "suspicion told (n1), confirmed PAD not yet told (n2)")

case("rec-urotelial-ej-informerad-sedan-besked", "skane", "1947-11-15", "71", "m", [
    note("n1", M, "Läkaranteckning", "uro_malmo", "Mikael Sjöberg", L, "2024-09-05 15:00", "15:30", OV,
         [("Bedömning", "TURB: PAD visar muskelinvasiv urotelial cancer, höggradig."),
          ("Planering", "Pat ej informerad, besked ges 12/9. DT thorax-buk beställd.")]),
    note("n2", M, "Läkaranteckning", "uro_malmo", "Mikael Sjöberg", L, "2024-09-12 10:00", "10:50", OV,
         [("Samtal", "Pat och dotter informerade om PAD och om att cystektomi föreslås. Pat vill tänka över till nästa vecka.")])],
    [(A, "n1")], [(A, "n2"), (B, "n1"), (B, "n2")],
    "n1 breaches before the besked; n2 records the telling")

case("rec-kll-tre-anteckningar", "vgr", "1952-05-17", "80", "k", [
    note("n1", M, "Sjuksköterskeanteckning", "hem_skovde", "Eva Ståhl", SSK, "2024-10-01 09:00", "09:10", OV,
         [("Aktuellt", "Pat undrar varför hon blivit remitterad till hematologen, vet ej vad proverna visat. Läkaren går igenom detta vid besöket.")]),
    note("n2", M, "Läkaranteckning", "hem_skovde", "Karl Nordin", L, "2024-10-01 11:30", "12:00", OV,
         [("Bedömning", "Flödescytometri: kronisk lymfatisk leukemi, Binet A."),
          ("Planering", "Pat ej informerad än, tas efter lunch då dottern är på plats.")]),
    note("n3", M, "Läkaranteckning", "hem_skovde", "Karl Nordin", L, "2024-10-01 14:30", "15:00", OV,
         [("Samtal", "Pat och dotter informerade om KLL och om att ingen behandling behövs nu, kontroller var tredje månad.")])],
    [(A, "n2")], [(A, "n1"), (A, "n3"), (B, "n1"), (B, "n2"), (B, "n3")],
    "three notes the same day: no diagnosis, breach, then telling")

case("rec-tb-tolk-uteblev-sedan-tolk-pa-plats", "skane", "1985-12-24", "19", "m", [
    note("n1", M, "Läkaranteckning", "infek_malmo", "Jonas Eklund", L, "2024-11-04 10:00", "10:30", SV,
         [("Bedömning", "Lungtuberkulos med positiv direktmikroskopi."),
          ("Planering", "Pat kan ej informeras idag, tolk på tigrinja saknas. Isolering tills vidare.")]),
    note("n2", M, "Läkaranteckning", "infek_malmo", "Jonas Eklund", L, "2024-11-05 09:30", "10:20", SV,
         [("Samtal", "Med kontakttolk på plats informerad om tuberkolos, smittsamhet och behandlingens längd. Pat ställer relevanta frågor.")])],
    [(A, "n1")], [(A, "n2"), (B, "n1"), (B, "n2")],
    "interpreter missing (breach), next day told via interpreter (typo 'tuberkolos' in n2)")

case("rec-telefonbesked-sedan-aterbesok", "vgr", "1967-07-08", "28", "k", [
    note("n1", M, "Telefonanteckning", "onk_su", "Kristina Bergman", L, "2024-03-04 16:00", "16:15", OV,
         [("Åtgärd", "Meddelat pat per telefon att biopsin visar endometriecancer. Besök bokat 11/3.")]),
    note("n2", M, "Läkaranteckning", "onk_su", "Kristina Bergman", L, "2024-03-11 10:00", "10:40", OV,
         [("Aktuellt", "Endometriecancer, pat informerades per telefon 4/3."),
          ("Planering", "Genomgång av operationen. Pat vill ha skriftlig information att läsa hemma.")])],
    [], [(A, "n1"), (A, "n2"), (B, "n1"), (B, "n2")],
    "telephone besked recorded, later visit refers to it")

case("rec-pmo-vc-misstanke-sedan-urolog-informerar", "skane", "1953-08-26", "34", "m", [
    note("n1", P, "Besöksanteckning", "vc_sjobo", "Birgitta Olsson", L, "2024-01-15 14:00", "14:30", OV,
         [("Bedömning", "PSA 22, hård knöl vid palpation. Misstänkt prostatacancer."),
          ("Planering", "Pat ej informerad om misstanken ännu, remiss urologen.")]),
    note("n2", M, "Läkaranteckning", "uro_malmo", "Kerstin Malm", L, "2024-02-06 10:20", "11:00", OV,
         [("Aktuellt", "Pat hade inte fått veta varför han remitterats; jag informerade honom idag om misstanken."),
          ("Bedömning", "Misstänkt prostatacancer, MR och biopsi bokade.")])],
    [(B, "n2")], [(B, "n1"), (A, "n2")],
    "PMO note with a hedge is never NL102; the Melior note told the suspicion (NL102, not NL101)")

case("rec-adhd-aterkopplad-arbetsgivare-vet-ej", "vgr", "1991-09-04", "75", "m", [
    note("n1", M, "Psykologanteckning", "psyk_molndal", "Elsa Nordqvist", "psykolog", "2024-04-15 13:00", "14:10", PSY,
         [("Samtal", "Återgivning av utredning: diagnosen ADHD, huvudsakligen ouppmärksam form, meddelad pat som tyckte att den förklarade mycket.")]),
    note("n2", M, "Läkaranteckning", "psyk_molndal", "Amanda Ek", L, "2024-04-29 10:00", "10:40", PSY,
         [("Bedömning", "ADHD, start av metylfenidat."),
          ("Samtal", "Pat har inte berättat för arbetsgivaren om diagnosen och vill inte att vi skriver intyg.")])],
    [], [(A, "n1"), (A, "n2"), (B, "n1"), (B, "n2")],
    "diagnosis fed back; employer not told")

case("rec-levercancer-dottern-vill-narvara", "skane", "1939-04-11", "62", "m", [
    note("n1", M, "Inskrivningsanteckning", "med_krstd", "Klara Svensson", L, "2024-05-08 20:00", "20:40", SV,
         [("Bedömning", "Cirrotisk lever med 5 cm artärladdande lesion, misstänkt hepatocellulär cancer."),
          ("Planering", "Pat ej informerad, dottern vill närvara vid beskedet och kommer imorgon.")]),
    note("n2", M, "Daganteckning", "med_krstd", "Klara Svensson", L, "2024-05-09 13:15", "13:50", SV,
         [("Samtal", "Pat och dotter informerade om misstanken om levercancer. Pat önskar utredning med biopsi.")])],
    [(A, "n1"), (B, "n1"), (B, "n2")], [(A, "n2")],
    "breach at admission, told with the daughter the next day")

case("rec-vgr-th-larynx-sedan-telefonbesked", "vgr", "1950-01-16", "41", "m", [
    note("n1", M, "Läkaranteckning", "onh_su", "Camilla Östlund", L, "2024-10-07 10:00", "10:40", OV,
         [("Status", "Heshet i tre månader, förändring på vänster stämband."),
          ("Planering", "Mikrolaryngoskopi med biopsi bokad."),
          ("Tidiga hypoteser", "Misstänkt larynxcancer, storrökare. Ej informerad om misstanken.")]),
    note("n2", M, "Telefonanteckning", "onh_su", "Camilla Östlund", L, "2024-10-21 15:30", "15:45", OV,
         [("Åtgärd", "Pat informerades per telefon om att PAD visar skivepitelcancer i vänster stämband. Besök för behandlingsplan 24/10.")])],
    [], [(A, "n1"), (A, "n2"), (B, "n1"), (B, "n2")],
    "hidden hypothesis, then telephone besked of the confirmed cancer")

case("rec-skane-th-mall-sedan-informerad", "skane", "1962-10-03", "24", "m", [
    note("n1", M, "Tidiga hypoteser", "neuro_lund", "Eva Dahlgren", L, "2024-08-12 14:00", "14:20", OV,
         [("Bedömning", "Misstänkt Mb Parkinson. Ej nämnt för pat, DaTSCAN beställd.")]),
    note("n2", M, "Läkaranteckning", "neuro_lund", "Eva Dahlgren", L, "2024-09-09 11:00", "11:45", OV,
         [("Bedömning", "DaTSCAN patologisk. Mb Parkinson."),
          ("Information", "Pat informerad om diagnosen och om levodopa-behandling idag.")])],
    [], [(A, "n1"), (A, "n2"), (B, "n1"), (B, "n2")],
    "Skåne TH template first, later visible note with the telling")

case("rec-hcm-informeras-vid-aterbesok-sedan-informerad", "vgr", "1978-03-09", "57", "m", [
    note("n1", M, "Läkaranteckning", "kard_ostra", "Niklas Åkesson", L, "2024-05-06 15:00", "15:20", OV,
         [("Bedömning", "Hjärt-MR: hypertrofisk kardiomyopati med septumtjocklek 19 mm."),
          ("Planering", "Pat informeras vid återbesök 20/5, ej informerad om MR-svaret ännu.")]),
    note("n2", M, "Läkaranteckning", "kard_ostra", "Niklas Åkesson", L, "2024-05-20 10:30", "11:15", OV,
         [("Information", "Pat informerad om diagnosen hypertrofisk kardiomyopati. Genetisk utredning och screening av barnen erbjuds; han har inte pratat med barnen ännu.")])],
    [(A, "n1")], [(A, "n2"), (B, "n1"), (B, "n2")],
    "telling planned (n1 breach), done at the visit (n2) where children are not yet told")


# =========================================================================== E
# PMO (Skåne primary care): diagnoses are never shown, so hedged diagnoses are
# must_not NL102, and NL101 is not asserted.

one("pmo-vc-misstankt-dm2-ej-informerad", "skane", "1966-12-16", "35", "m", P,
    "Besöksanteckning", "vc_sjobo", "Birgitta Olsson", L, "2024-02-21 10:30", "11:00", OV,
    [("Bedömning", "Misstänkt diabetes typ 2, fP-glukos 8,1. Pat ännu inte underrättad om misstanken."),
     ("Planering", "Ny fasteprovtagning och HbA1c om en vecka.")],
    [], [B], "PMO: hedged diabetes and not-told remark; no NL102 on PMO")

one("pmo-vc-trol-hypotyreos-telefon", "skane", "1973-07-27", "44", "k", P,
    "Telefonkontakt", "vc_karnan", "Ulla Sandell", SSK, "2024-05-03 13:10", "13:20", OV,
    [("Åtgärd", "Trol. hypotyreos, TSH 11. Pat informerad per telefon om provsvaret, läkaren ordinerar Levaxin 50 mikrogram.")],
    [], [B], "PMO: 'trol. hypotyreos' told by phone")

one("pmo-bvc-misstankt-hoftledsinstabilitet", "skane", "2024-01-08", "21", "m", P,
    "BVC-anteckning", "bvc_eslov", "Sanna Ekberg", "BVC-sjuksköterska", "2024-02-06 09:30", "09:50", OV,
    [("Undersökning", "Misstänkt höftledsinstabilitet vänster vid fyraveckorskontrollen, klick vid Ortolanis test."),
     ("Åtgärd", "Föräldrarna informerade om misstanken. Remiss till barnortopeden.")],
    [], [B], "PMO BVC: parents informed of a suspicion; no NL102 on PMO")

one("pmo-um-misstankt-klamydia", "skane", "2006-05-19", "68", "k", P,
    "Besöksanteckning", "um_malmo", "Nadia Haddad", "barnmorska", "2024-04-12 15:00", "15:30", OV,
    [("Bedömning", "Misstänkt klamydia, partnern nyligen positiv."),
     ("Åtgärd", "Pat informerad om provtagning och smittspårning, prov taget.")],
    [], [B], "PMO youth clinic, 17-year-old: suspicion told")

one("pmo-hsv-susp-trycksar-dottern-informerad", "skane", "1929-10-04", "27", "k", P,
    "Omvårdnadsanteckning", "hsv_hoor", "Gunilla Persson", SSK, "2024-11-19 11:00", "11:15", "hemsjukvård",
    [("Hud", "Susp. trycksår kategori 2 över sacrum, 2 x 3 cm."),
     ("Åtgärd", "Pat ej informerad pga demens, dottern informerad per telefon. Avlastande madrass beställd.")],
    [], [B], "PMO home care: 'susp. trycksår' with a not-told patient; no NL102, NL101 not asserted on PMO")

one("pmo-vc-dd-pmr-ra-avvaktar", "skane", "1952-01-22", "53", "k", P,
    "Besöksanteckning", "vc_lomma", "Erik Wiberg", L, "2024-03-25 08:45", "09:20", OV,
    [("Bedömning", "Stelhet i axlar och höfter på morgonen. DD polymyalgia reumatika / RA."),
     ("Planering", "Pat ej informerad om misstankarna, avvaktar SR, CRP och RF.")],
    [], [B], "PMO: 'DD' hypothesis and not informed")

one("pmo-vc-ev-pneumoni", "skane", "1947-06-10", "70", "m", P,
    "Besöksanteckning", "vc_osby", "Jesper Håkansson", L, "2024-12-04 14:20", "14:40", OV,
    [("Bedömning", "Ev. pneumoni höger basalt, CRP 89, rassel höger bas."),
     ("Åtgärd", "Pat informerad om bedömningen. Amoxicillin i sju dagar, åter vid försämring.")],
    [], [B], "PMO: 'Ev. pneumoni' told; no NL102")

one("pmo-vc-sannolik-alzheimer-anhorigsamtal", "skane", "1941-09-13", "46", "m", P,
    "Besöksanteckning", "vc_karnan", "Maria Törnqvist", L, "2024-06-11 10:00", "10:50", OV,
    [("Bedömning", "Sannolik demenssjukdom av Alzheimertyp, MMT 20, typisk anamnes."),
     ("Planering", "Pat ännu inte informerad om demensmisstanken, anhörigsamtal bokas med sonen.")],
    [], [B], "PMO: 'Sannolik' dementia not yet told")

one("pmo-vc-typo-misstank-forsmaksflimmer", "skane", "1958-02-01", "39", "k", P,
    "Telefonkontakt", "vc_tomelilla", "Karin Ohlsson", SSK, "2024-07-29 09:40", None, OV,
    [("Åtgärd", "Misstänk paroxysmalt förmaksflimmer enligt pulsklocka och EKG. Pat ej informerad ännu, Holter bokat."),
     ("Planering", "Läkare tar ställning till antikoagulation.")],
    [], [B], "PMO draft with typo 'Misstänk' (misstänkt): no NL102 on PMO")


# =========================================================================== L
# Long notes (300+ words, several sections, telegraphic status lines).

one("lang-vgr-inskrivning-pankreascancer-ej-informerad", "vgr", "1947-08-19", "81", "m", M,
    "Inskrivningsanteckning", "med_nal", "Sofia Wallin", L, "2024-03-18 21:15", "22:40", SV,
    [("Kontaktorsak", "Inkommer via akuten med tilltagande gulhet, klåda och mörk urin sedan tio dagar. Remitterad från vårdcentralen i Vänersborg efter provtagning med bilirubin 182."),
     ("Anamnes", "76-årig man, tidigare frisk bortsett från hypertoni och en ljumskbråcksoperation 2009. Bor med hustrun i villa, klarar sig helt själv, kör bil. Har gått ner cirka 8 kg sedan jul utan att ha försökt. Aptiten sämre, lite illamående efter måltid. Inga kräkningar. Avföringen ljus sedan en vecka. Ingen feber, inga frossbrytningar. Röker inte, dricker alkohol måttligt."),
     ("Socialt", "Gift, hustrun 74 år med god hälsa. Två döttrar i Göteborg. Pensionerad lokförare. Promenerar dagligen med hunden, senast i förra veckan tre kilometer utan besvär. Ingen hemtjänst."),
     ("Läkemedel", "Enalapril 10 mg x 1. Inga kända allergier. Tillägg under vårdtiden: hydroxizin 25 mg vid klåda, högst tre per dygn, och tromboprofylax med dalteparin 5000 E från dagen efter ERCP."),
     ("Status", "AT: opåverkad, tydligt ikterisk. Cor: RR, inga blåsljud. Pulm: vesikulärt bilat. Buk: mjuk, palpabel oöm gallblåsa, ingen leverförstoring, inga resistenser i övrigt. Temp 36,9. BT 142/84, puls 78."),
     ("Provsvar", "Bilirubin 186, ALP 14, ALAT 3,2, lipas normalt. CRP 12. Hb 128. CA 19-9 2 400. Kreatinin 82."),
     ("Bedömning", "DT buk från akuten visar en 3,5 cm stor tumör i pankreashuvudet med inväxt i vena mesenterica superior och två levermetastaser i segment 6. Ultraljudsledd biopsi från levern tagen på eftermiddagen, snabbsvar från patologen: adenocarcinom av pankreatobiliär typ. Diagnosen är alltså pankreascancer med levermetastaser. Inga tecken på kolangit."),
     ("Planering", "ERCP med stent imorgon för avlastning. Pat ej informerad om cancerbeskedet ännu; han var mycket trött efter biopsin och hustrun kunde inte komma in ikväll. Ansvarig överläkare och kontaktsjuksköterska tar samtalet med pat och hustru efter ERCP. Onkologremiss skickas efter samtalet."),
     ("Omvårdnad", "Klåda lindras med kyla och mentolkräm. Fri kost, dricka rikligt inför ERCP, fastande från midnatt. Pat önskar att hustrun ringer honom ikväll, telefon finns på rummet. Nattsköterskan är informerad om att han är orolig inför morgondagen och kontaktar jourhavande vid behov.")],
    [A], [B], "long admission note: confirmed pancreatic cancer in Bedömning, 'ej informerad om cancerbeskedet ännu' in Planering")

one("lang-skane-utskrivning-koloncancer-maken-ej-informerad", "skane", "1955-04-26", "36", "k", M,
    "Utskrivningsanteckning", "med_krstd", "Olof Persson", L, "2024-06-14 13:00", "14:10", SV,
    [("Kontaktorsak", "Inlagd 10/6 pga järnbristanemi med Hb 71 och trötthet, remitterad från Vårdcentralen Näsby."),
     ("Anamnes", "69-årig kvinna, tidigare frisk bortsett från hypotyreos sedan 2010. Pensionerad undersköterska, bor med maken i lägenhet i Åhus. Tilltagande trötthet sedan i vintras och andfåddhet i trappor. Ingen synlig blödning, inga avföringsrubbningar, aptit och vikt oförändrade."),
     ("Vårdförlopp", "Transfunderad med två enheter erytrocyter, Hb 96 vid utskrivning. Under vårdtiden uppegående och ätit bra, inga komplikationer efter koloskopin. Gastroskopi normal. Koloskopi 12/6 visade en cirkulär tumör i colon ascendens, PAD adenocarcinom. DT thorax-buk utan tecken på spridning. Diskuterad på kolorektal MDK 13/6 med beslut om laparoskopisk högersidig hemikolektomi."),
     ("Status vid utskrivning", "AT gott, något blek. Cor: RR, inga blåsljud, puls 72. Pulm: vesikulärt. BT 128/76, saturation 98 % på luft. Buk: mjuk, oöm, inga palpabla resistenser, normala tarmljud. Afebril."),
     ("Provsvar", "Hb 96, MCV 71, ferritin 6, CEA 4,2. Kreatinin, elektrolyter, TSH och leverprover normala."),
     ("Bedömning", "Koloncancer i colon ascendens, lokaliserad. Järnbristanemi sekundär till blödning från tumören, korrigerad."),
     ("Information", "Pat informerad om cancerdiagnosen av undertecknad och kontaktsjuksköterska 13/6 och idag igen inför hemgång. Hon har tagit emot beskedet lugnt och ställt frågor om operationen och tiden efter. Maken är ännu inte informerad; pat vill själv berätta för honom i helgen och har bett oss att inte ringa honom. Vi respekterar detta. Vårdcentralen och hemtjänsten har inte fått besked ännu, epikris skickas idag."),
     ("Läkemedel", "Järntabletter 100 mg x 1 i tre månader. Levaxin 100 mikrogram x 1 oförändrat. Inga övriga ändringar i läkemedelslistan."),
     ("Omvårdnad", "Pat har fått skriftlig information om operationen och om kontaktsjuksköterskans telefontider. Hon har inga frågor om hemgången och hämtas av en väninna. Samtal med kurator har erbjudits och pat tar ställning till det efter helgen."),
     ("Planering", "Kallelse till kirurgmottagningen Kristianstad för preoperativt besök inom två veckor. Ev. ny Hb-kontroll på vårdcentralen om två veckor, pat får själv boka. Kontaktsjuksköterska ringer pat på måndag. Åter vid ny blödning, svimning eller tilltagande trötthet.")],
    [], [A, B], "long discharge note: patient told, husband and other units not; 'Ev.' only about a test")

one("lang-vgr-neuro-th-als-synligt-utan-diagnos", "vgr", "1960-01-28", "17", "m", M,
    "Läkaranteckning", "neuro_su", "Gustav Almqvist", L, "2024-10-10 10:00", "11:30", OV,
    [("Kontaktorsak", "Remiss från vårdcentralen Kungsbacka för tilltagande svaghet i höger hand och muskelryckningar i armarna sedan ett halvår. Remissen är skickad som prioriterad och pat kommer tillsammans med hustrun."),
     ("Anamnes", "64-årig högerhänt man, arbetar som snickare. Märkte först att han tappade skruvar och hade svårt att knäppa knappar. Sedan två månader även svaghet i vänster hand och att han snubblar på höger fot. Har känt muskelryckningar i överarmar och vader. Ingen dubbelseende, inga sväljningsbesvär, talet oförändrat enligt hustrun. Ingen smärta, inga känselbortfall. Har gått ner 4 kg. Hereditet: ingen känd neurologisk sjukdom i släkten."),
     ("Tidigare sjukdomar", "Opererad för meniskskada i höger knä 2008. Inga kända hjärt- eller lungproblem. Inga tidigare neurologiska symtom, aldrig haft kramper eller synbortfall."),
     ("Socialt", "Gift, tre vuxna barn. Driver egen snickerifirma och har sedan i somras svårt att hålla i verktyg. Ingen alkohol, slutade röka 1995."),
     ("Läkemedel", "Inga regelbundna läkemedel. Ibuprofen vid behov för ryggvärk, senast för en månad sedan."),
     ("Status", "AT gott. Kranialnerver ua, tungan utan atrofi. Atrofier i thenar och första interosseus bilat, höger mer än vänster. Fascikulationer i deltoideus och quadriceps bilat. Kraft: fingerextension 4/5 höger, 4+/5 vänster, dorsalflexion fot 4/5 höger. Reflexer livliga i armar och ben, Babinski positiv höger. Sensibilitet ua. Koordination och Romberg ua. Nackrörlighet god. Gång: lätt droppfot höger, kan gå på tå men ej på häl höger."),
     ("Bedömning", "Progredierande asymmetrisk svaghet med både perifera och centrala tecken. Fortsatt utredning krävs innan ställningstagande."),
     ("Planering", "EMG och neurografi bokade 17/10. MR halsrygg och hjärna, blodprover inklusive CK, elektrofores och B12. Återbesök med hustrun 24/10. Pat informerad om att utredningen fortsätter och att vi ses när undersökningarna är klara. Han och hustrun fick gott om tid att ställa frågor om undersökningarna. Sjukskrivning 50 % till återbesöket, intyg utfärdat. Remiss till arbetsterapeut för handortos och hjälpmedel i arbetet."),
     ("Tidiga hypoteser", "Misstänkt ALS, DD cervikal myelopati och multifokal motorisk neuropati. Ej nämnt för pat i dag, han är mycket orolig och vill ha svaren samlat.")],
    [], [A, B], "long visible note without any diagnosis; the ALS hypothesis sits under the hidden sökord")

one("lang-skane-onh-sannolikt-malign-parotistumor", "skane", "1957-03-23", "72", "m", M,
    "Läkaranteckning", "onh_lund", "Tove Carlberg", L, "2024-11-25 09:00", None, OV,
    [("Kontaktorsak", "Remitterad från Vårdcentralen Staffanstorp för knöl framför vänster öra sedan tre månader."),
     ("Anamnes", "67-årig man, pensionerad lärare. Noterade en knöl framför vänster öra i augusti som sakta vuxit. Sedan två veckor känner han att vänster mungipa hänger lite när han borstar tänderna och att ögat tåras. Ingen smärta, ingen feber. Har tidigare opererats för basalcellscancer på näsan 2019. Röker inte, snusar. Bor med sambo, två vuxna barn. Läkemedel: atorvastatin och Omeprazol. Knölen har inte minskat efter den antibiotikakur som vårdcentralen gav i september. Inga infektioner i munhåla eller tänder, ingen heshet, inga sväljningsbesvär och ingen viktnedgång."),
     ("Tidigare sjukdomar", "Hyperlipidemi sedan 2015. Inga tidigare operationer i huvud-halsområdet förutom excisionen på näsan. Inga kända allergier."),
     ("Socialt", "Sambo sedan många år, hon arbetar som sjuksköterska på Lasarettet i Ystad. Spelar golf och reser mycket, måttlig alkoholkonsumtion. Kör bil."),
     ("Provsvar", "Blodstatus, CRP, kreatinin och elektrolyter normala."),
     ("Status", "AT gott. Vänster parotisregion: fast, delvis fixerad resistens cirka 3 x 2,5 cm. Facialis: lätt pares i nedre grenen vänster, House-Brackmann II. Munhåla och svalg ua. Halsen: en 1,5 cm körtel i regio II vänster. Öron ua."),
     ("Åtgärd", "Ultraljudsledd finnålspunktion av parotisresistensen och halskörteln utförd, skickat till cytologi. Pat tolererade ingreppet väl, ingen blödning efteråt."),
     ("Bedömning", "Växande parotisresistens med nytillkommen facialispares och halskörtel. Sannolikt malign parotistumör, möjligen med regional spridning."),
     ("Planering", "Pat ej informerad om malignitetsmisstanken idag; han kom ensam och ville ha sambon med vid nästa besök. Han har fått veta att vi tagit prover för att ta reda på vad knölen är. MR hals och DT thorax beställda. Återbesök med sambo 2/12 när cytologin är klar. Anmäls till huvud-halsonkologisk konferens. Pat har fått telefonnummer till mottagningen och uppmanats höra av sig vid tilltagande ansiktsförlamning, smärta eller svårigheter att stänga ögat. Ögondroppar och ögonsalva till natten förskrivna som skydd för hornhinnan."),
     ("Sammanfattning", "Resistens vänster parotis med facialispåverkan och en förstorad halskörtel. Cytologi och bilddiagnostik pågår, besked ges vid återbesöket tillsammans med sambon.")],
    [A, B], [], "long unsigned draft: 'Sannolikt malign parotistumör' visible and suspicion deliberately not told")


# =========================================================================== F
# A few more ways of writing it (and not).

one("onk-pat-har-ej-tagit-emot-besked-vill-vanta", "vgr", "1963-01-08", "49", "k", M,
    "Läkaranteckning", "onk_su", "Henrik Ljung", L, "2024-12-05 11:00", "11:40", OV,
    [("Bedömning", "Återfall av bröstcancer med lungmetastaser enligt DT och biopsi."),
     ("Samtal", "Pat kom ensam och bad att få vänta med besked tills maken kan vara med. Hon vet alltså ännu inte om återfallet; nytt besök på måndag.")],
    [A], [B], "'vet alltså ännu inte om återfallet' with recurrence and lung metastases visible")

one("hem-pat-utomlands-besked-annu-ej-lamnat", "skane", "1974-09-02", "80", "m", M,
    "Läkaranteckning", "hem_lund", "Daniel Hagström", L, "2024-07-15 14:00", "14:20", OV,
    [("Provsvar", "JAK2 V617F positiv, Hb 198, EPO lågt."),
     ("Bedömning", "Polycytemia vera."),
     ("Planering", "Pat befinner sig utomlands och har ännu inte fått beskedet. Venesectio planeras vid hemkomst 22/7, tid bokad.")],
    [A], [B], "patient abroad and 'har ännu inte fått beskedet': polycythaemia vera visible, Latin")

one("reuma-sle-besked-per-telefon-pa-torsdag", "skane", "1986-04-14", "54", "k", M,
    "Läkaranteckning", "reuma_lund", "Ida Malmberg", L, "2024-01-30 10:50", "11:20", OV,
    [("Bedömning", "Systemisk lupus erythematosus (SLE): ANA, anti-dsDNA och lågt komplement, artrit och fotosensitivt utslag."),
     ("Planering", "Pat har ännu inte fått besked om diagnosen. Hon ringer själv in på torsdag efter provsvaren, då beskedet ges.")],
    [A], [B], "SLE confirmed, patient not told yet; besked on the phone on Thursday")

one("med-anemi-ej-informerad-om-bakomliggande-cancer", "vgr", "1942-07-03", "60", "k", M,
    "Daganteckning", "med_alingsas", "Isak Berglund", L, "2024-08-07 11:40", "12:20", SV,
    [("Bedömning", "Järnbristanemi orsakad av blödande ventrikelcancer enligt gastroskopi och PAD."),
     ("Information", "Pat informerad om blodbristen och om transfusion. Att orsaken är cancer har ännu inte sagts till henne, samtal planeras med sonen närvarande.")],
    [A], [B], "told about the anaemia, not about the cancer causing it")

one("neuro-ms-informerad-pa-akuten-av-jour", "skane", "1989-07-19", "59", "k", M,
    "Läkaranteckning", "neuro_lund", "Ingrid Palm", L, "2024-03-25 13:30", "14:10", OV,
    [("Aktuellt", "Pat informerades om MS-diagnosen redan på akuten av neurologjouren i samband med MR."),
     ("Bedömning", "Skovvis förlöpande MS, hög sjukdomsaktivitet."),
     ("Planering", "Start av natalizumab efter JCV-test.")],
    [], [A, B], "told earlier by the on-call neurologist")

one("kir-appendicit-pat-informerad-foraldrar-ej", "skane", "2005-02-11", "22", "m", M,
    "Inskrivningsanteckning", "kir_ystad", "Jenny Asp", L, "2024-04-19 22:30", "23:10", SV,
    [("Bedömning", "Akut appendicit, CRP 64, typisk DT-bild."),
     ("Planering", "Laparoskopisk appendektomi i natt. Pat, 19 år, informerad och samtycker. Föräldrarna ej informerade enligt pats önskan.")],
    [], [A, B], "19-year-old told; parents not informed at his wish")

one("gyn-missfall-pat-informerad-partnern-ej-pa-plats", "vgr", "1992-12-01", "35", "k", M,
    "Läkaranteckning", "gyn_udd", "Sara Hedlund", L, "2024-06-24 09:00", "09:30", OV,
    [("Bedömning", "Missed abortion i vecka 9, ingen hjärtaktivitet, CRL 12 mm."),
     ("Information", "Pat informerad om fyndet och om alternativen. Partnern var ej på plats och är ännu ej informerad; pat ringer honom själv.")],
    [], [A, B], "missed abortion told to the patient; partner not yet informed")

one("med-hjartinfarkt-ej-informerad-om-tiden-till-ekg", "skane", "1949-05-12", "85", "m", M,
    "Sjuksköterskeanteckning", "kard_hbg", "Lisa Mellberg", SSK, "2024-02-26 07:30", "07:45", SV,
    [("Aktuellt", "Dag 2 efter NSTEMI, PCI mot RCA."),
     ("Omvårdnad", "Pat har inte fått veta tiden för arbets-EKG ännu, meddelas av avdelningsläkaren på ronden.")],
    [], [A, B], "'inte fått veta' concerns an exercise test time, not the infarction")

one("pall-brytpunktssamtal-genomfort", "vgr", "1940-03-15", "30", "m", M,
    "Läkaranteckning", "pall_lidk", "Lena Hultgren", L, "2024-11-28 15:00", "15:50", SV,
    [("Bedömning", "Prostatacancer med progress trots all tillgänglig behandling, multipla skelettmetastaser."),
     ("Samtal", "Brytpunktssamtal genomfört med pat, hustru och dotter. Pat känner till sin diagnos sedan 2019 och förstår att behandlingen nu är symtomlindrande.")],
    [], [A, B], "end-of-life talk with a known diagnosis: no untold diagnosis")

one("hud-typo-diagonsen-mycosis-fungoides-utkast", "vgr", "1983-10-22", "41", "m", M,
    "Läkaranteckning", "hud_boras", "Sven Larsson", L, "2024-05-15 10:20", None, OV,
    [("Bedömning", "Stansbiopsi: mycosis fungoides, fläckstadium."),
     ("Planering", "Pat ännu ej informerad om diagonsen. Ny tid med ljusbehandlingsplanering om en vecka, beskedet ges då.")],
    [A], [B], "typo 'diagonsen'; unsigned draft with mycosis fungoides not yet told")

one("endo-binjureinkidentalom-ej-informerad-benignt", "vgr", "1969-01-25", "56", "k", M,
    "Läkaranteckning", "endo_su", "Oskar Lindahl", L, "2024-09-30 13:40", "14:00", OV,
    [("Bedömning", "Binjureförändringen på 2 cm, som pat känner till sedan DT i våras, är lipidrik och utan hormonell överproduktion. Inga tecken på malignitet eller Cushings syndrom."),
     ("Planering", "Pat ej informerad ännu om att utredningen är normal; brev skickas. Ingen vidare uppföljning.")],
    [], [A, B], "not yet told, but what is untold is a normal work-up with negated diagnoses")

one("infek-borrelia-informerad-via-tolk-i-telefon", "skane", "1970-08-08", "43", "m", M,
    "Telefonanteckning", "infek_malmo", "Therese Mårtensson", SSK, "2024-08-26 10:10", "10:20", OV,
    [("Åtgärd", "Med telefontolk (polska) informerat pat om att likvorprovet visar neuroborrelios. Doxycyklin i 14 dagar enligt läkarordination, recept skickat.")],
    [], [A, B], "nurse told the patient via telephone interpreter")

one("geri-vaskular-demens-ej-delgiven-pga-sjukdomsgrad", "skane", "1935-11-30", "73", "k", M,
    "Läkaranteckning", "geri_angel", "Bertil Wennberg", L, "2024-12-11 11:30", "12:10", SV,
    [("Bedömning", "Vaskulär demens, måttlig till svår grad."),
     ("Information", "Diagnosen har ej delgivits pat då hon inte bedöms kunna tillgodogöra sig informationen. Sonen, som har fullmakt, är informerad.")],
    [A], [B], "'har ej delgivits pat' because of dementia severity; vascular dementia visible")


# =========================================================================== build + validate
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
PATIENT_KEYS = ["id", "birth_date", "protected_identity"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"]
CODES = {"NL101", "NL102", "NL103", "NL104", "NL105", "NL201", "NL202", "NL203", "NL204",
         "NL205", "NL206"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(pid):
    m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
    if not m:
        return False
    digits = m.group(1)[2:] + m.group(2)
    s = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        s += n // 10 + n % 10
    return s % 10 == 0


def in_2024(ts):
    try:
        t = datetime.datetime.fromisoformat(ts)
    except (TypeError, ValueError):
        return False
    return t.year == 2024


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        n = c.get("case", "?")
        if list(c.keys()) != CASE_KEYS:
            errs.append(f"{n}: case keys {list(c.keys())}")
            continue
        if n in names:
            errs.append(f"{n}: duplicate case name")
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{n}: ruleset {c['ruleset']}")
        if not c["why"] or "\n" in c["why"]:
            errs.append(f"{n}: why must be one line")
        r = c["record"]
        if list(r.keys()) != RECORD_KEYS:
            errs.append(f"{n}: record keys {list(r.keys())}")
            continue
        p = r["patient"]
        if list(p.keys()) != PATIENT_KEYS:
            errs.append(f"{n}: patient keys")
        if not luhn_ok(p["id"]):
            errs.append(f"{n}: personnummer {p['id']} not Luhn-valid")
        if p["id"][:8] != p["birth_date"].replace("-", ""):
            errs.append(f"{n}: personnummer does not match birth_date")
        if not in_2024(r["as_of"]):
            errs.append(f"{n}: as_of not in 2024")
        ids = {}
        for nt in r["notes"]:
            if list(nt.keys()) != NOTE_KEYS:
                errs.append(f"{n}: note keys {list(nt.keys())}")
                continue
            ids[nt["id"]] = nt
            if not in_2024(nt["time"]):
                errs.append(f"{n}/{nt['id']}: time not in 2024")
            if nt["signed"] is not None:
                if not in_2024(nt["signed"]):
                    errs.append(f"{n}/{nt['id']}: signed not in 2024")
                elif nt["signed"] < nt["time"]:
                    errs.append(f"{n}/{nt['id']}: signed before time")
            if nt["time"] > r["as_of"]:
                errs.append(f"{n}/{nt['id']}: note after as_of")
            if list(nt["unit"].keys()) != ["name", "hsa_id"] or list(nt["author"].keys()) != ["name", "role"]:
                errs.append(f"{n}/{nt['id']}: unit/author keys")
            if nt["system"] not in ("Melior", "PMO"):
                errs.append(f"{n}/{nt['id']}: system {nt['system']}")
            if c["ruleset"] == "vgr" and nt["system"] != "Melior":
                errs.append(f"{n}/{nt['id']}: VGR notes must be Melior")
            for sec in nt["sections"]:
                if list(sec.keys()) != ["keyword", "text"] or not sec["text"].strip():
                    errs.append(f"{n}/{nt['id']}: bad section")
                    continue
                for s in SENT_SPLIT.split(sec["text"]):
                    s = s.strip()
                    if len(s) >= 25:
                        if s in sentences and sentences[s] != n:
                            errs.append(f"{n}: sentence also in {sentences[s]}: {s!r}")
                        elif s in sentences:
                            errs.append(f"{n}: sentence twice in case: {s!r}")
                        sentences[s] = n
        if len(ids) != len(r["notes"]):
            errs.append(f"{n}: duplicate note ids")
        if not c["must"] and not c["must_not"]:
            errs.append(f"{n}: no assertion")
        pairs = set()
        for kind in ("must", "must_not"):
            for a in c[kind]:
                if not (isinstance(a, list) and len(a) == 2):
                    errs.append(f"{n}: bad {kind} entry {a}")
                    continue
                code, tid = a
                if code not in CODES:
                    errs.append(f"{n}: unknown code {code}")
                if tid not in ids:
                    errs.append(f"{n}: {kind} target {tid} does not exist")
                    continue
                if (code, tid) in pairs:
                    errs.append(f"{n}: {code} on {tid} asserted twice")
                pairs.add((code, tid))
                system = ids[tid]["system"]
                if system == "PMO" and code == "NL101":
                    errs.append(f"{n}: NL101 asserted on a PMO note")
                if system == "PMO" and code == "NL102" and kind == "must":
                    errs.append(f"{n}: must NL102 on a PMO note")
    return errs


def main():
    out = os.path.join(HERE, NAME + ".jsonl")
    errs = validate(CASES)
    lines = [json.dumps(c, ensure_ascii=False) for c in CASES]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    # re-read what was written and validate again
    with open(out, encoding="utf-8") as f:
        back = [json.loads(x) for x in f if x.strip()]
    if back != CASES:
        errs.append("written file differs from the case data")
    errs += [] if errs else validate(back)
    if not (140 <= len(CASES) <= 170):
        errs.append(f"case count {len(CASES)} outside 140-170")
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    print(f"{out}: {len(CASES)} cases OK")


if __name__ == "__main__":
    main()
