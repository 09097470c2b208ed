#!/usr/bin/env python3
"""Gold cases nl1ax_dev_cases: NL101/NL102 where the diagnosis is a result or finding.

Radiology, PAD/cytology, lab, endoscopy and ultrasound findings quoted in Melior notes
(Skåne, VGR), with another section or sentence saying the patient has not been told,
is to be told at a booked visit, or has been told; plus near misses.

Dependency-free and deterministic: `python3 build.py` writes nl1ax_dev_cases.jsonl
beside this file and validates it (exit 1 on any problem).
"""
import json
import os
import re
import sys
from datetime import datetime, timedelta

NAME = "nl1ax_dev_cases"

# unit key -> (name, hsa_id, region, setting)
U = {
    # --- Skåne, Melior (hospitals)
    "lung_lund": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4A11", "skane", "öppenvård"),
    "lung_avd_lund": ("Lungmedicinska avdelningen, Skånes universitetssjukhus Lund", "SE2321000255-4A12", "skane", "slutenvård"),
    "kir_malmo": ("Kirurgiska kliniken, avd 3, Skånes universitetssjukhus Malmö", "SE2321000255-5B20", "skane", "slutenvård"),
    "kirmott_malmo": ("Kirurgmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5B21", "skane", "öppenvård"),
    "endo_malmo": ("Endoskopienheten, Skånes universitetssjukhus Malmö", "SE2321000255-5C31", "skane", "öppenvård"),
    "uro_malmo": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5D42", "skane", "öppenvård"),
    "brost_lund": ("Bröstmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4E53", "skane", "öppenvård"),
    "hema_lund": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4F64", "skane", "slutenvård"),
    "hemamott_lund": ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4F65", "skane", "öppenvård"),
    "onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4G75", "skane", "öppenvård"),
    "med_hbg": ("Medicinkliniken, avd 52, Helsingborgs lasarett", "SE2321000255-7H86", "skane", "slutenvård"),
    "kir_hbg": ("Kirurgmottagningen, Helsingborgs lasarett", "SE2321000255-7H87", "skane", "öppenvård"),
    "gyn_ksd": ("Kvinnokliniken, Centralsjukhuset Kristianstad", "SE2321000255-8J97", "skane", "öppenvård"),
    "med_ystad": ("Medicinavdelning 2, Lasarettet i Ystad", "SE2321000255-9K08", "skane", "slutenvård"),
    "onh_lund": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4L19", "skane", "öppenvård"),
    "hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4M20", "skane", "öppenvård"),
    "neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4N31", "skane", "öppenvård"),
    "ortop_hlm": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-6P42", "skane", "öppenvård"),
    "geri_tbg": ("Geriatriska kliniken, avd 4, Trelleborgs lasarett", "SE2321000255-9Q53", "skane", "slutenvård"),
    "minne_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5Q54", "skane", "öppenvård"),
    "med_lkr": ("Medicinmottagningen, Landskrona lasarett", "SE2321000255-7R64", "skane", "öppenvård"),
    "njur_lund": ("Njurmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4S75", "skane", "öppenvård"),
    "inf_malmo": ("Infektionsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5T86", "skane", "öppenvård"),
    "kvinno_malmo": ("Specialistmödravården, Skånes universitetssjukhus Malmö", "SE2321000255-5U97", "skane", "öppenvård"),
    "barn_lund": ("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4V08", "skane", "öppenvård"),
    "akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-7W19", "skane", "akutmottagning"),
    "kard_lund": ("Hjärtmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4X20", "skane", "öppenvård"),
    "fysio_malmo": ("Fysioterapi, Skånes universitetssjukhus Malmö", "SE2321000255-5Y31", "skane", "slutenvård"),
    # --- Skåne, PMO (primary care)
    "vc_sodervarn": ("Vårdcentralen Södervärn, Malmö", "SE2321000255-P001", "skane", "öppenvård"),
    "vc_kavlinge": ("Vårdcentralen Kävlinge", "SE2321000255-P002", "skane", "öppenvård"),
    "bvc_hoor": ("BVC, Vårdcentralen Höör", "SE2321000255-P003", "skane", "öppenvård"),
    "um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-P004", "skane", "öppenvård"),
    "hsj_eslov": ("Hemsjukvården, Vårdcentralen Eslöv", "SE2321000255-P005", "skane", "hemsjukvård"),
    # --- VGR, Melior
    "lung_su": ("Lungmedicinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E101", "vgr", "öppenvård"),
    "kir_ostra": ("Kirurgkliniken, avd 95, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E102", "vgr", "slutenvård"),
    "endo_sas": ("Endoskopienheten, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E203", "vgr", "öppenvård"),
    "uro_su": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E104", "vgr", "öppenvård"),
    "brost_sas": ("Bröstmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E205", "vgr", "öppenvård"),
    "hema_su": ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E106", "vgr", "öppenvård"),
    "onk_jk": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E107", "vgr", "öppenvård"),
    "med_nal": ("Medicinkliniken, avd 11, NU-sjukvården NÄL Trollhättan", "SE2321000131-E308", "vgr", "slutenvård"),
    "kir_skovde": ("Kirurgmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E409", "vgr", "öppenvård"),
    "gyn_skovde": ("Kvinnosjukvården, Skaraborgs Sjukhus Skövde", "SE2321000131-E410", "vgr", "öppenvård"),
    "onh_su": ("Öron-näsa-hals-mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E111", "vgr", "öppenvård"),
    "hud_sas": ("Hudmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E212", "vgr", "öppenvård"),
    "neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E113", "vgr", "öppenvård"),
    "med_alingsas": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E514", "vgr", "öppenvård"),
    "med_kungalv": ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-E615", "vgr", "öppenvård"),
    "barn_dsbus": ("Barnmedicinmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E116", "vgr", "öppenvård"),
    "ortop_molndal": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E117", "vgr", "öppenvård"),
    "geri_molndal": ("Geriatriken, avd 206, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E118", "vgr", "slutenvård"),
    "minne_molndal": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E119", "vgr", "öppenvård"),
    "palliativ_nal": ("Palliativa teamet, NU-sjukvården NÄL", "SE2321000131-E320", "vgr", "hemsjukvård"),
    "njur_su": ("Njurmedicinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E121", "vgr", "öppenvård"),
    "lung_skovde": ("Lungmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E422", "vgr", "öppenvård"),
    "med_skovde": ("Medicinavdelning 6, Skaraborgs Sjukhus Skövde", "SE2321000131-E423", "vgr", "slutenvård"),
    "akut_sas": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E224", "vgr", "akutmottagning"),
    "kard_su": ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E125", "vgr", "öppenvård"),
    "kvinno_nal": ("Specialistmödravården, NU-sjukvården NÄL", "SE2321000131-E326", "vgr", "öppenvård"),
    "fysio_sas": ("Fysioterapin, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E227", "vgr", "slutenvård"),
    "dietist_su": ("Dietistenheten, Sahlgrenska Universitetssjukhuset", "SE2321000131-E128", "vgr", "öppenvård"),
    "inf_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E129", "vgr", "öppenvård"),
    "endo_kungalv": ("Endoskopimottagningen, Kungälvs sjukhus", "SE2321000131-E630", "vgr", "öppenvård"),
}

PMO_UNITS = {"vc_sodervarn", "vc_kavlinge", "bvc_hoor", "um_lund", "hsj_eslov"}


def N(nid, unit, template, author, role, when, sections, signed=55, system=None):
    """One note. when: 'YYYY-MM-DD HH:MM'; signed: minutes after `when`, or None (draft)."""
    name, hsa, _region, setting = U[unit]
    t = datetime.strptime(when, "%Y-%m-%d %H:%M")
    if system is None:
        system = "PMO" if unit in PMO_UNITS else "Melior"
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:%S"),
        "signed": None if signed is None else (t + timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S"),
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
        "_unit": unit,
    }


def luhn(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10


def pnr(born, salt):
    y, m, d = born.split("-")
    serial = 100 + (sum(ord(c) * (i + 1) for i, c in enumerate(salt)) % 880)
    nine = y[2:] + m + d + "%03d" % serial
    return "%s%s%s-%03d%d" % (y, m, d, serial, luhn(nine))


CASES = []


def C(name, region, born, notes, must=(), must_not=(), why=""):
    if isinstance(notes, dict):
        notes = [notes]

    def tgt(x):
        return [x, "n1"] if isinstance(x, str) else list(x)

    CASES.append({
        "name": name, "region": region, "born": born, "notes": notes,
        "must": [tgt(x) for x in must], "must_not": [tgt(x) for x in must_not], "why": why,
    })


# ===========================================================================
# A. NL101 must: a settled diagnosis in a result (PAD, cytology, lab, imaging,
#    endoscopy) while the note says the patient has not been told yet.

C("pad-skivepitelcancer-besked-aterbesok", "skane", "1955-08-14",
  N("n1", "lung_lund", "Läkaranteckning", "Johan Lindqvist", "läkare", "2024-03-07 13:20", [
      ("Aktuellt", "68-årig man, f.d. rökare ca 40 paketår, utreds för hosta och viktnedgång sedan januari."),
      ("PAD", "Bronkoskopi 4/3 med biopsi från höger huvudbronk: skivepitelcancer, lågt differentierad."),
      ("Planering", "Pat ej informerad om PAD-svaret. Besked ges på bokat återbesök 15/3 tillsammans med kontaktsjuksköterska."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="settled squamous cell carcinoma in a PAD section; Planering says the patient is told at a booked visit")

C("gastroskopi-ventrikeltumor-sederad-ej-informerad", "vgr", "1947-02-03",
  N("n1", "endo_sas", "Endoskopianteckning", "Karin Dahlgren", "läkare", "2024-02-12 10:40", [
      ("Undersökning", "Gastroskopi i lätt sedering."),
      ("Fynd", "Ulcererande exofytisk tumör i antrum ca 4 cm, kontaktblöder. Biopsier x 6. Pylorus passabel."),
      ("Bedömning", "Makroskopiskt ventrikelcancer."),
      ("Information", "Pat sederad, ej informerad om fynden. Besked av ansvarig läkare på mottagningen när PAD finns."),
  ], signed=None),
  must=["NL101"],
  why="endoscopic finding named as gastric cancer; patient sedated and not told [unsigned draft]")

C("blodstatus-aml-besked-imorgon-med-make", "skane", "1961-11-22",
  N("n1", "hema_lund", "Daganteckning", "Sara Holm", "läkare", "2024-04-18 16:10", [
      ("Lab", "Hb 82, LPK 56, TPK 31. Blodutstryk med rikligt blaster, flödescytometri visar myeloiska blaster 64 %."),
      ("Bedömning", "Akut myeloisk leukemi."),
      ("Planering", "Pat ligger på avd 12 och är ännu inte informerad om diagnosen. Ansvarig hematolog ger besked imorgon förmiddag när maken är på plats."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="lab-based AML diagnosis written while the patient is to be told tomorrow")

C("prostatabiopsi-gleason-beskedsamtal-inbokat", "vgr", "1952-06-30",
  N("n1", "uro_su", "Läkaranteckning", "Per Ekström", "läkare", "2024-04-09 11:05", [
      ("Remissvar", "MR prostata PI-RADS 5 vänster perifera zon. Riktade och systematiska biopsier: prostatacancer Gleason 4+4=8 i 5 av 12 biopsier."),
      ("Planering", "Svaret har inte meddelats pat ännu, beskedsamtal inbokat 22/4 kl 10. Skelettscint beställd."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="biopsy-proven prostate cancer in Remissvar; answer not yet given, talk booked")

C("kontaktssk-bokning-pad-brostcancer", "skane", "1966-01-19",
  N("n1", "brost_lund", "Telefonanteckning", "Eva Bengtsson", "kontaktsjuksköterska", "2024-05-06 09:15", [
      ("PAD", "Mellannålsbiopsi vä bröst kl 2: invasiv duktal cancer, NHG 2, ER 90 %, PgR 40 %, HER2 negativ."),
      ("Telefonkontakt", "Ringde pat för att boka besök hos bröstkirurg. Pat frågade om svaret men fick veta att läkaren går igenom det på besöket 8/5, så hon vet ännu inte vad biopsin visade."),
  ]),
  must=["NL101"],
  why="nurse booking call: breast cancer in PAD section, patient explicitly not told, told at visit")

C("fnac-halskortel-metastas-hustru-tisdag", "vgr", "1958-09-09",
  N("n1", "onh_su", "Läkaranteckning", "Anders Wikström", "läkare", "2024-01-25 14:30", [
      ("Cytologi", "FNAC från förstorad lymfkörtel regio II höger: metastas av skivepitelcancer."),
      ("Planering", "Inte informerad. Kommer på återbesök tisdag tillsammans med sin fru, då besked. PET-DT beställd."),
  ], signed=None),
  must=["NL101"],
  why="cytology answer (metastasis) written while patient is told next Tuesday [unsigned draft]")

C("melanom-breslow-kallas-ej-brev", "skane", "1972-04-27",
  N("n1", "hud_lund", "Mottagningsanteckning", "Lina Åberg", "läkare", "2024-06-03 08:50", [
      ("PAD", "Excision rygg: malignt melanom, superficiellt spridande typ, Breslow 1,8 mm, utan ulceration. Fria marginaler."),
      ("Åtgärd", "Pat har ej fått besked än. Svaret ska inte skickas med brev utan pat kallas till mottagningen för utvidgad excision och information."),
  ]),
  must=["NL101"],
  why="melanoma in PAD section; patient not told, called in rather than sent a letter")

C("cervix-cancer-ej-underattad-typo", "vgr", "1980-12-02",
  N("n1", "gyn_skovde", "Läkaranteckning", "Maria Sandberg", "läkare", "2024-03-19 15:45", [
      ("PAD", "Px från cervix kl 12 och 3: skivepitelcancer, invasiv."),
      ("Planering", "Pat ej underätad om svaret. Informeras av gynonkolog vid besök 27/3. MR lilla bäckenet beställt."),
  ]),
  must=["NL101"],
  why="cervical cancer in PAD; typo 'underätad' (underrättad) in the not-told sentence")

C("pankreascancer-dotter-ber-vanta-lang", "skane", "1939-07-11",
  N("n1", "kir_malmo", "Inskrivningsanteckning", "Henrik Berglund", "läkare", "2024-02-14 19:30", [
      ("Kontaktorsak", "Inläggs för smärtlindring och utredning av ikterus."),
      ("Anamnes", "84-årig kvinna, tidigare frisk bortsett från hypertoni och lätt hörselnedsättning. Bor ensam i lägenhet i Limhamn, klarar sig själv med visst stöd av dottern som handlar åt henne en gång i veckan. Sedan ca sex veckor tilltagande trötthet, aptitlöshet och ryggsmärta mellan skulderbladen, värst nattetid. Gått ner 7 kg. Sedan en vecka gul i ögonen, mörk urin och ljus avföring. Klåda. Ingen feber, inga frossbrytningar. Remitterad från vårdcentralen efter provtagning, DT gjord polikliniskt 12/2."),
      ("Läkemedel", "Enalapril 10 mg x 1, Alvedon vid behov. Inga kända allergier."),
      ("Status", "AT: Påverkad av smärta men vaken och klar, orienterad till tid och rum. Ikterisk i sclerae och hud, rivmärken på underarmarna. Cor: regelbunden rytm, inga blåsljud. Pulm: vesikulärt andningsljud bilateralt. Buk: mjuk, ömmar i epigastriet, ingen palpabel resistens, ingen ascites. Inga ödem. BT 145/80, puls 88, temp 36,9."),
      ("Lab", "Bilirubin 186, ALP 14,2, ALAT 3,1, CRP 18, Hb 112, krea 71, albumin 29. PK(INR) 1,2. CA 19-9 2400."),
      ("Röntgen", "DT buk 12/2: 5 cm tumör i pankreashuvudet med inväxt i vena mesenterica superior, multipla levermetastaser. Efter MDK 13/2: pankreascancer stadium IV, ej resektabel."),
      ("Bedömning", "Icke resektabel pankreascancer med levermetastaser och stasikterus. Palliativ situation. Pat har god kognition och bör själv få ta ställning till fortsatt behandling."),
      ("Åtgärd", "ERCP med stent imorgon, fasta från midnatt. Oxynorm 5 mg vid behov, Oxycontin 10 mg x 2, laxantia. Klådan behandlas med kylande kräm tills avflödet förbättrats."),
      ("Planering", "Pat vet ännu inte om DT-svaret. Dottern har frågat om vi kan vänta med beskedet till torsdag då hon kommer hem från utlandet, vilket pat själv gått med på utan att veta vad det gäller. Besked torsdag förmiddag med dottern närvarande, kurator kontaktad. Kontakt med palliativa teamet efter beskedet, brytpunktssamtal planeras i samband med det."),
  ]),
  must=["NL101"],
  why="long admission note: pancreatic cancer in Röntgen/Bedömning; patient untold until the daughter arrives")

C("benmarg-dlbcl-lakarbesked-ej-givet", "vgr", "1968-10-05",
  N("n1", "hema_su", "Läkaranteckning", "Sofia Lund", "läkare", "2024-05-14 12:00", [
      ("PAD", "Benmärgsbiopsi och körtelexstirpation vä axill: diffust storcelligt B-cellslymfom (DLBCL), non-GCB."),
      ("Planering", "Läkarbesked ej givet. Pat kallas till mottagningen 17/5 för besked och planering av R-CHOP."),
  ]),
  must=["NL101"],
  why="lymphoma in PAD; 'läkarbesked ej givet' — patient called in for the news")

C("mr-ms-mcdonald-ej-informerad", "skane", "1991-03-16",
  N("n1", "neuro_lund", "Läkaranteckning", "Oskar Nyberg", "läkare", "2024-09-10 10:25", [
      ("Undersökningar", "MR hjärna och halsrygg: multipla T2-hyperintensa lesioner periventrikulärt, juxtakortikalt och infratentoriellt samt en gadoliniumuppladdande lesion. Oligoklonala band i likvor."),
      ("Bedömning", "McDonald-kriterierna uppfyllda, diagnosen multipel skleros är därmed ställd."),
      ("Planering", "Pat har ej informerats om MR-svaret och likvoranalysen, planeras till läkarbesök nästa vecka där diagnosen tas upp."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="MS diagnosis settled from MR + CSF in Bedömning; patient not yet told")

C("njurbiopsi-iga-nefropati-tas-per-telefon", "vgr", "1985-07-21",
  N("n1", "njur_su", "Läkaranteckning", "Elin Hagström", "läkare", "2024-03-13 16:40", [
      ("PAD", "Njurbiopsi: IgA-nefropati med måttlig interstitiell fibros och tubulär atrofi (MEST-C M1 E0 S1 T1 C0)."),
      ("Planering", "Pat ännu ej informerad – PAD-svaret kom efter att pat gått hem. Tas upp vid planerat telefonsamtal 14/3."),
  ], signed=None),
  must=["NL101"],
  why="kidney biopsy diagnosis written, patient to be told in a planned phone call [unsigned draft]")

C("eko-aortastenos-ronden-tar-det", "skane", "1936-12-01",
  N("n1", "med_hbg", "Daganteckning", "Ahmad Karimi", "läkare", "2024-10-22 15:10", [
      ("Undersökningar", "Ekokardiografi idag: svår aortastenos, AVA 0,7 cm², medelgradient 52 mmHg, EF 50 %."),
      ("Bedömning", "Svår aortastenos förklarar pats ansträngningsdyspné och synkope."),
      ("Planering", "Pat ej informerad om ekosvaret ännu, ronden tar det imorgon. Remiss TAVI-konferens."),
  ]),
  must=["NL101"],
  why="echo result named as severe aortic stenosis; ward round will tell the patient tomorrow")

C("ebus-adenocarcinom-kontaktssk-besok", "vgr", "1957-05-08",
  N("n1", "lung_skovde", "Läkaranteckning", "Gunilla Ek", "läkare", "2024-04-11 13:35", [
      ("Cytologi", "EBUS-TBNA station 4R och 7: adenocarcinom, TTF-1 positivt. Molekylärpatologi (EGFR, ALK, PD-L1) pågår."),
      ("Planering", "Pat informeras om svaret vid besök med kontaktsjuksköterska och läkare 18/4. Ej informerad ännu."),
  ]),
  must=["NL101"],
  why="EBUS cytology adenocarcinoma; 'ej informerad ännu' after the booked visit sentence")

C("koloskopi-sigmoideum-pat-ovetande", "skane", "1950-09-25",
  N("n1", "endo_malmo", "Endoskopianteckning", "Mikael Strand", "läkare", "2024-01-30 11:15", [
      ("Fynd", "Cirkulär stenoserande tumör i sigmoideum 25 cm ab ano, ej passabel med vanligt skop. Tuschmarkering distalt om tumören."),
      ("PAD", "Svar 2/2: adenocarcinom, måttligt differentierat."),
      ("Planering", "Pat ovetande om PAD-svaret. Kallas till kirurgmottagningen för besked. DT thorax-buk beställd."),
  ]),
  must=["NL101"],
  why="colon cancer in PAD after colonoscopy; 'pat ovetande om PAD-svaret'")

C("leverbiopsi-pbc-ej-per-telefon", "vgr", "1963-02-17",
  N("n1", "med_kungalv", "Läkaranteckning", "Jonas Falk", "läkare", "2024-09-20 10:00", [
      ("PAD", "Leverbiopsi: primär biliär kolangit, Ludwig stadium 2. AMA M2 positiv."),
      ("Planering", "Enligt pats önskemål lämnas inga svar per telefon. Besked på mottagningsbesök 2/10 – pat har alltså inte fått svaret ännu. Ursodeoxicholsyra tas upp då."),
  ]),
  must=["NL101"],
  why="PBC in PAD; patient has not got the answer, told at a visit by own wish")

C("skelettscint-metastaser-besok-fredag", "skane", "1949-03-04",
  N("n1", "onk_lund", "Läkaranteckning", "Ingrid Hammar", "läkare", "2024-08-27 14:50", [
      ("Röntgen", "Skelettscintigrafi: utbredda skelettmetastser i columna thoracalis och lumbalis, bäcken och flera costae."),
      ("Planering", "Pat har inte fått veta att cancern spridit sig till skelettet. Läkare informerar på besök fredag, zoledronsyra diskuteras då."),
  ]),
  must=["NL101"],
  why="skeletal metastases on scintigraphy; patient not told, visit Friday (typo 'skelettmetastser')")

C("minnesutredning-alzheimer-diagnossamtal", "vgr", "1946-11-30",
  N("n1", "minne_molndal", "Läkaranteckning", "Birgitta Olsson", "läkare", "2024-11-05 11:30", [
      ("Utredning", "MMSE 22/30, klocktest avvikande. Neuropsykologisk testning: episodisk minnesstörning. Likvor: sänkt Aβ42, förhöjt p-tau. MR: hippocampusatrofi MTA 3."),
      ("Bedömning", "Alzheimers sjukdom, tidig fas."),
      ("Planering", "Diagnosbesked har ej lämnats. Pat och make kallas till diagnossamtal 12/11 med läkare och arbetsterapeut."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="Alzheimer diagnosis settled after work-up; diagnosis talk booked, not yet given")

C("femurtumor-osteosarkom-sarkomteam", "vgr", "2004-04-14",
  N("n1", "ortop_molndal", "Läkaranteckning", "Fredrik Nord", "läkare", "2024-06-12 09:10", [
      ("Röntgen", "MR vä femur: destruktiv tumör i distala metafysen med mjukdelskomponent och periostreaktion."),
      ("PAD", "Mellannålsbiopsi: konventionellt osteosarkom, höggradigt."),
      ("Planering", "Pat (20 år) ej informerad om biopsisvaret. Sarkomteamet tar beskedsamtalet onsdag, föräldrarna får vara med om pat vill."),
  ]),
  must=["NL101"],
  why="osteosarcoma in PAD for a 20-year-old; not informed, sarcoma team talk booked")

C("turb-urotelial-cancer-aterbesok", "skane", "1944-10-12",
  N("n1", "uro_malmo", "Mottagningsanteckning", "Lars Persson", "läkare", "2024-08-29 13:05", [
      ("Cystoskopi", "Papillär tumör ca 3 cm vid vänster uretärmynning."),
      ("PAD", "TURB: urotelial cancer, höggradig, pT1. Muskel finns i preparatet utan tumörväxt."),
      ("Planering", "Besked till pat ges vid återbesök 5/9, ej givet än. Re-TURB planeras."),
  ], signed=None),
  must=["NL101"],
  why="bladder cancer in PAD; 'besked ... ej givet än' [unsigned draft]")

C("telefon-ssk-gallblasecancer-doktorn-ringer", "vgr", "1960-01-28",
  N("n1", "kir_skovde", "Telefonanteckning", "Annika Hedlund", "sjuksköterska", "2024-07-02 10:20", [
      ("Kontaktorsak", "Pat ringer och frågar efter PAD-svaret efter gallblåseoperationen 14/6."),
      ("PAD", "Gallblåsa: adenocarcinom pT2, resektionsrand i cysticus fri."),
      ("Åtgärd", "Sa till pat att kirurgen ringer upp imorgon. Pat har således inte fått svaret. Meddelat dr Sjögren."),
  ]),
  must=["NL101"],
  why="nurse phone note: incidental gallbladder cancer in PAD; patient not given the answer")

C("hiv-konfirmerat-kallas-kurator", "skane", "1993-08-08",
  N("n1", "inf_malmo", "Läkaranteckning", "Nina Rask", "läkare", "2024-02-22 15:30", [
      ("Provsvar", "HIV-1/2 antigen/antikropp reaktivt, konfirmerat med immunoblot. HIV-RNA 84 000 kopior/ml, CD4 410."),
      ("Planering", "Pat ej informerad. Kallas till mottagningen för besked på måndag, kurator medverkar. Smittspårning efter beskedet."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="confirmed HIV infection in Provsvar; patient called in, not yet told")

C("hba1c-diabetes-tas-pa-ssk-besok", "vgr", "1971-09-14",
  N("n1", "med_alingsas", "Läkaranteckning", "Petra Lindgren", "läkare", "2024-01-22 14:15", [
      ("Lab", "HbA1c 78 mmol/mol. P-glukos fastande 11,4 och 10,9 vid två tillfällen."),
      ("Bedömning", "Diabetes melitus typ 2, nyupptäckt."),
      ("Planering", "Pat inte informerad om labsvaren ännu, tas upp på diabetessjuksköterskebesök 30/1 där metformin startas."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="plain lab diagnosis (type 2 diabetes) written; patient not told until nurse visit (typo 'melitus')")

C("kurator-aterfall-levermetastaser-imorgon", "vgr", "1964-12-20",
  N("n1", "onk_jk", "Kuratorsanteckning", "Helena Borg", "kurator", "2024-05-06 13:00", [
      ("Samtal", "Stödsamtal på pats begäran inför morgondagens läkarbesök. Pat beskriver oro och sömnsvårigheter sedan DT-undersökningen förra veckan."),
      ("Bakgrund", "Pat har ännu inte fått besked om återfallet – DT 2/5 visar nya levermetastaser enligt remissvaret. Läkaren lämnar beskedet imorgon, vilket jag är informerad om."),
      ("Plan", "Ny kontakt efter läkarbesöket. Pat har kuratorns direktnummer."),
  ]),
  must=["NL101"],
  why="social worker's note mentions liver metastases that the patient has not been told")

C("spirometri-kol-ssk-ej-resultat", "skane", "1958-02-11",
  N("n1", "lung_lund", "Sjuksköterskeanteckning", "Malin Friberg", "sjuksköterska", "2024-06-04 09:40", [
      ("Spirometri", "Efter bronkdilatation: FEV1/FVC 0,58, FEV1 52 % av förväntat. Tolkning enligt dr Wallin: KOL, GOLD stadium 2."),
      ("Information", "Pat har inte fått resultatet idag, läkaren går igenom det vid besöket 7/6. Rökavvänjning erbjuden."),
  ]),
  must=["NL101"],
  why="spirometry interpreted as COPD in a nurse note; result not given to the patient")

C("basalcellscancer-nasvinge-ej-underrattad", "vgr", "1941-06-06",
  N("n1", "hud_sas", "Mottagningsanteckning", "Erik Holmberg", "läkare", "2024-10-15 10:50", [
      ("PAD", "Stansbiopsi vänster näsvinge: basalcellscancer, infiltrativ växt."),
      ("Planering", "Pat ännu ej underrättad om svaret. Remiss Mohs-kirurgi skickas efter att pat fått besked på mottagningen 21/10."),
  ]),
  must=["NL101"],
  why="basal cell carcinoma in PAD; patient 'ännu ej underrättad'")

C("fosterek-fallot-paret-ej-informerat", "skane", "1994-05-23",
  N("n1", "kvinno_malmo", "Läkaranteckning", "Camilla Rosén", "läkare", "2024-07-16 14:05", [
      ("Ultraljud", "Rutinultraljud v 19+3 med avvikande hjärtbild. Fosterekokardiografi idag: ventrikelseptumdefekt, överryttande aorta och pulmonalisstenos – Fallots tetrad."),
      ("Planering", "Pat och partnern ännu inte informerade om fostrets diagnos, samtal med barnkardiolog bokat imorgon kl 09. Barnmorska kontaktar pat ikväll för att bekräfta tiden."),
  ]),
  must=["NL101"],
  why="fetal echo diagnosis in the pregnant patient's note; she has not been told")

C("op-peritoneal-karcinos-postop-besked", "vgr", "1955-04-02",
  N("n1", "kir_ostra", "Operationsberättelse", "Magnus Wester", "läkare", "2024-03-05 17:20", [
      ("Operation", "Explorativ laparotomi. Utbredd peritoneal karcinos över tunntarmskrös och diafragma, ascites ca 2 liter. Ej resektabel. Biopsier, fryssnitt: adenocarcinom."),
      ("Postoperativt", "Pat informeras när hon är vaken och smärtlindrad, har alltså ej informerats. Anhörig (make) väntar i dagrummet och har inte heller fått besked."),
  ]),
  must=["NL101"],
  why="operative finding of peritoneal carcinomatosis; patient still under anaesthesia, not informed")

C("dt-lungemboli-pat-sov", "skane", "1978-01-09",
  N("n1", "med_ystad", "Daganteckning", "Viktor Sjöberg", "läkare", "2024-11-27 07:45", [
      ("Röntgen", "DT lungartärer natten: bilaterala segmentella lungembolier, ingen högerkammarbelastning."),
      ("Bedömning", "Lungemboli, låg risk. Fragmin påbörjat i natt."),
      ("Planering", "Pat sov när svaret kom och är inte informerad ännu; dagläkaren informerar på ronden."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="CT shows pulmonary embolism; patient asleep, not yet informed")

C("als-gold-coast-dotter-besok", "vgr", "1953-08-31",
  N("n1", "neuro_su", "Läkaranteckning", "Robert Lindahl", "läkare", "2024-08-15 15:00", [
      ("Neurofysiologi", "EMG: akut och kronisk denervation i tre regioner. Neurografi: normal sensorik."),
      ("Bedömning", "Amyotrofisk lateralskleros enligt Gold Coast-kriterierna."),
      ("Planering", "Beskedet ej lämnat. Pat och dotter kommer på bokat besök 29/8 där diagnosen meddelas, ALS-teamet informerat."),
  ]),
  must=["NL101"],
  why="ALS diagnosis from neurophysiology; 'beskedet ej lämnat', booked visit")

C("egfr-ckd4-ej-kommunicerat", "skane", "1945-05-17",
  N("n1", "njur_lund", "Läkaranteckning", "Annelie Svensson", "läkare", "2024-09-03 11:25", [
      ("Lab", "eGFR 24 ml/min/1,73 m² (stabil sedan mars), U-albumin/kreatinin 180 mg/mmol, Hb 104."),
      ("Bedömning", "Kronisk njursjukdom stadium 4 med albuminuri."),
      ("Övrigt", "Ej kommunicerat med pat, som inte var med vid dagens provtagning. Tas upp på mottagningen i oktober."),
  ]),
  must=["NL101"],
  why="CKD stage 4 concluded from labs; 'ej kommunicerat med pat'")

C("ercp-cytologi-koledokus-vet-ej", "vgr", "1948-03-22",
  N("n1", "endo_sas", "Endoskopianteckning", "Tove Granath", "läkare", "2024-06-24 13:15", [
      ("ERCP", "Distal koledokusstenos ca 2 cm. Borstcytologi. Plaststent 10 Fr inlagd med gott flöde."),
      ("Cytologi", "Svar 26/6: adenocarcinom."),
      ("Information", "Patienten vet ännu inte om cytologisvaret. Kirurgmottagningen kallar."),
  ]),
  must=["NL101"],
  why="brush cytology adenocarcinoma; 'patienten vet ännu inte om cytologisvaret'")

C("tonsill-hpv-skivepitel-kallas", "skane", "1967-10-30",
  N("n1", "onh_lund", "Läkaranteckning", "Daniel Ohlsson", "läkare", "2024-12-02 10:10", [
      ("PAD", "Tonsillektomi vänster: HPV-associerad (p16+) skivepitelcancer, 2,2 cm."),
      ("Planering", "Pat ej informerad, kallas till besök på ÖNH-onkologiska mottagningen 11/12. PET-DT beställd."),
  ]),
  must=["NL101"],
  why="tonsil cancer in PAD; patient not informed, called to a visit")

C("myelom-m-komponent-besked-torsdag", "vgr", "1950-02-14",
  N("n1", "hema_su", "Läkaranteckning", "Jenny Carlsson", "läkare", "2024-10-08 14:20", [
      ("Lab", "Serumelfores: M-komponent IgG kappa 38 g/l. Fria lätta kedjor kappa/lambda 42. Ca 2,71, krea 128."),
      ("Benmärg", "30 % klonala plasmaceller."),
      ("Bedömning", "Multipelt myelom."),
      ("Planering", "Ej informerad om diagnosen, besked ges av hematolog på torsdag. Helkropps-DT lågdos beställd."),
  ]),
  must=["NL101"],
  why="myeloma from lab and marrow; 'ej informerad om diagnosen', told Thursday")

C("kind-skivepitelcancer-typo-infomerad", "skane", "1938-09-18",
  N("n1", "hud_lund", "Mottagningsanteckning", "Lina Åberg", "läkare", "2024-04-02 13:40", [
      ("PAD", "hö kind: skivepitelcancer, högt diff, radikalt exc."),
      ("Plan", "Pat ej infomerad. Tid 4/4 för besked o suturtagning."),
  ]),
  must=["NL101"],
  why="telegraphic: SCC in PAD; typo 'infomerad' in the not-told phrase")

C("endometriecancer-typo-informerd", "vgr", "1957-12-06",
  N("n1", "gyn_skovde", "Läkaranteckning", "Maria Sandberg", "läkare", "2024-09-11 16:00", [
      ("PAD", "Hysteroskopi med abrasio: endometriecancer, endometrioid typ, FIGO grad 1."),
      ("Planering", "Pat ej informerd ännu – besked på mottagningen 19/9, DT thorax-buk beställt inför MDK."),
  ]),
  must=["NL101"],
  why="endometrial cancer in PAD; typo 'informerd' in the not-told sentence")

C("hyperkalcemi-phpt-trott-ronden", "skane", "1942-01-26",
  N("n1", "geri_tbg", "Daganteckning", "Gustav Eklund", "läkare", "2024-03-28 15:35", [
      ("Lab", "S-Ca 3,1 (joniserat 1,62), PTH 14 pmol/l, fosfat lågt."),
      ("Bedömning", "Primär hyperparatyreoidism förklarar förvirring och förstoppning."),
      ("Planering", "Har ej informerat pat om provsvaren ännu, pat mycket trött idag. Tas upp vid ronden imorgon. Rehydrering iv."),
  ]),
  must=["NL101"],
  why="hyperparathyroidism from labs on a geriatric ward; patient too tired, not yet told")

C("ileokoloskopi-crohn-gastro-ger-besked", "vgr", "1999-07-04",
  N("n1", "med_nal", "Daganteckning", "Emma Strömberg", "läkare", "2024-02-08 14:00", [
      ("Endoskopi", "Ileokoloskopi igår: aftösa sår och ulcerationer i terminala ileum, colon utan anmärkning."),
      ("PAD", "Kronisk aktiv ileit med epiteloida granulom: Crohns sjukdom."),
      ("Planering", "Inte informerad ännu, pat var sederad igår och PAD kom idag efter ronden. Gastroenterolog ger besked på mottagningen."),
  ], signed=None),
  must=["NL101"],
  why="Crohn's disease in PAD; patient not informed yet [unsigned draft]")

C("njurcellscancer-nefrektomi-pad-ej-meddelat", "skane", "1959-06-13",
  N("n1", "uro_malmo", "Läkaranteckning", "Lars Persson", "läkare", "2024-11-12 09:30", [
      ("PAD", "Nefrektomi hö: klarcellig njurcellscancer, ISUP grad 3, pT3a, fria marginaler."),
      ("Planering", "PAD ännu inte meddelat pat. Återbesök 19/11 där svaret och uppföljningsprogrammet gås igenom."),
  ]),
  must=["NL101"],
  why="post-nephrectomy PAD with renal cell carcinoma; 'PAD ännu inte meddelat pat'")

C("celiaki-biopsi-brevsvar-ej-skickat", "vgr", "1988-11-03",
  N("n1", "endo_kungalv", "Endoskopianteckning", "Sanna Hjort", "läkare", "2024-05-28 10:35", [
      ("Fynd", "Gastroskopi: fläckvis minskad veckning i duodenum. Biopsier x 4 från bulben och pars descendens."),
      ("PAD", "Totalatrofi av villi, kryptelhyperplasi, ökat antal intraepiteliala lymfocyter (Marsh 3c) – celiaki."),
      ("Information", "Svaret har inte meddelats pat. Ska inte skickas som brev utan tas upp vid dietist- och läkarbesök."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="celiac disease in PAD; answer not communicated")

# ===========================================================================
# B. NL101 must: a described lesion / hedged interpretation of a finding in a
#    visible Melior section while the patient has not been told.

C("dt-spikulerad-expansivitet-misstankt-lungcancer", "skane", "1952-10-08",
  N("n1", "lung_lund", "Läkaranteckning", "Johan Lindqvist", "läkare", "2024-04-03 12:15", [
      ("Röntgen", "DT thorax 2/4: 32 mm spikulerad expansivitet i vänster överlob med förstorade mediastinala lymfkörtlar, misstänkt lungcancer."),
      ("Planering", "Pat ej informerad om DT-svaret, tas vid läkarbesök 9/4. Bronkoskopi och PET-DT bokas."),
  ]),
  must=["NL101", "NL102"],
  why="spiculated mass read as suspected lung cancer; patient told at a later visit")

C("mammografi-birads5-trolig-brostcancer", "vgr", "1961-03-27",
  N("n1", "brost_sas", "Läkaranteckning", "Cecilia Ahl", "läkare", "2024-02-20 11:00", [
      ("Mammografi/UL", "18 mm oregelbunden resistens kl 10 höger bröst, BI-RADS 5, trolig bröstcancer. Mellannålsbiopsi tagen x 3."),
      ("Information", "Pat har ännu inte fått veta vad bilderna visar; läkare ger besked när PAD är klart om ca en vecka."),
  ]),
  must=["NL101", "NL102"],
  why="BI-RADS 5 lump called probable breast cancer; patient not told what the images show")

C("adnexresistens-misstankt-ovarialcancer", "skane", "1956-07-19",
  N("n1", "gyn_ksd", "Läkaranteckning", "Louise Jeppsson", "läkare", "2024-05-15 14:45", [
      ("Ultraljud", "Vaginalt UL: 9 cm multicystisk-solid adnexresistens höger med papillära projektioner, måttlig ascites. IOTA: malign."),
      ("Lab", "CA-125 820."),
      ("Bedömning", "Misstänkt ovarialcancer."),
      ("Planering", "Pat ej informerad om misstanken, remiss till gynonkologen i Lund. Läkare ringer pat imorgon när DT-tid finns."),
  ]),
  must=["NL101", "NL102"],
  why="adnexal mass read as suspected ovarian cancer; suspicion not yet told")

C("ul-lever-sannolikt-metastaser-dt-forst", "vgr", "1949-10-01",
  N("n1", "kir_skovde", "Mottagningsanteckning", "Hans Eriksson", "läkare", "2024-01-17 10:30", [
      ("Ultraljud", "UL buk: multipla hypoekoiska förändringar i båda leverloberna, den största 4 cm, sannolikt metasaser. Primärtumör ej funnen."),
      ("Planering", "Pat inte informerad. Ska göra DT thorax-buk först, därefter besked av kirurg."),
  ]),
  must=["NL101", "NL102"],
  why="liver lesions probably metastases on ultrasound; patient not informed (typo 'metasaser')")

C("lungrtg-fortatning-dd-pneumoni-tumor", "skane", "1944-02-28",
  N("n1", "med_hbg", "Daganteckning", "Ahmad Karimi", "läkare", "2024-01-11 13:25", [
      ("Röntgen", "Lungröntgen: förtätning höger underlob med pleuravätska. DD penumoni, tumör."),
      ("Planering", "Pat ej informerad om röntgensvaret ännu. Kompletterande DT thorax imorgon, antibiotika fortsätter."),
  ]),
  must=["NL101", "NL102"],
  why="opacity with tumour as differential diagnosis; patient not yet told the X-ray answer (typo 'penumoni')")

C("pet-nodulus-malignitetsmisstankt-mdk", "vgr", "1951-06-25",
  N("n1", "lung_su", "Läkaranteckning", "Karl Magnusson", "läkare", "2024-10-09 15:20", [
      ("PET-DT", "FDG-upptag i 2 cm nodulus höger underlob (SUVmax 9) samt i ipsilateral hilus, malignitetsmisstänkt."),
      ("Planering", "Ej informerad. Pat kallas till besked efter MDK 16/10."),
  ], signed=None),
  must=["NL101", "NL102"],
  why="PET-avid nodule 'malignitetsmisstänkt'; patient not informed [unsigned draft]")

C("mr-ringuppladdande-glioblastom-dd-metastas", "skane", "1962-12-12",
  N("n1", "neuro_lund", "Konsultationsanteckning", "Oskar Nyberg", "läkare", "2024-07-08 18:05", [
      ("MR", "3 cm ringuppladdande expansivitet vänster temporallob med omgivande ödem och lätt midlineshift, i första hand gliobastom, DD metastas."),
      ("Planering", "Pat ej informerad om MR-fyndet. Neurokirurg informerar imorgon. Betapred 8 mg x 2 insatt."),
  ]),
  must=["NL101", "NL102"],
  why="brain mass with glioblastoma/metastasis differential; neurosurgeon tells tomorrow (typo 'gliobastom')")

C("dt-urografi-trolig-njurcellscancer", "vgr", "1958-04-04",
  N("n1", "uro_su", "Läkaranteckning", "Per Ekström", "läkare", "2024-04-24 10:45", [
      ("Röntgen", "DT urografi: 6 cm solid kontrastuppladdande expansivitet vänster njure, trolig njurcellscancer. Ingen trombos i njurvenen."),
      ("Planering", "Pat vet ej. Besked på urologmottagningen 2/5."),
  ]),
  must=["NL101", "NL102"],
  why="renal mass 'trolig njurcellscancer'; 'pat vet ej'")

C("barrett-misstankt-hgd-sederad", "skane", "1955-09-03",
  N("n1", "endo_malmo", "Endoskopianteckning", "Mikael Strand", "läkare", "2024-03-21 09:20", [
      ("Fynd", "Barretts esofagus C4M6 med 8 mm nodulär förändring kl 2, misstänkt höggradig dysplasi eller tidig cancer. Riktade biopsier samt Seattle-protokoll."),
      ("Information", "Pat ej informerad om fynden då han var kraftigt sederad. Återkoppling efter PAD."),
  ]),
  must=["NL101", "NL102"],
  why="endoscopic nodule with suspected dysplasia/early cancer; sedated patient not informed")

C("jarnbrist-misstankt-coloncancer-bara-koloskopi", "vgr", "1947-08-16",
  N("n1", "med_alingsas", "Läkaranteckning", "Petra Lindgren", "läkare", "2024-03-04 15:50", [
      ("Lab", "Hb 94, MCV 72, ferritin 4. F-Hb positivt vid tre av tre prover."),
      ("Bedömning", "Järnbristanemi hos 76-årig man med viktnedgång. Misstänkt coloncancer."),
      ("Planering", "Koloskopi remitterad. Pat ännu inte informerad om misstanken, endast om att koloskopi behövs för att hitta orsaken till blodbristen."),
  ]),
  must=["NL101", "NL102"],
  why="patient told about colonoscopy but not about the suspected colon cancer written in Bedömning")

C("dt-lymfadenopati-forenlig-med-lymfom", "skane", "1975-11-11",
  N("n1", "hemamott_lund", "Läkaranteckning", "Sara Holm", "läkare", "2024-06-19 13:10", [
      ("Röntgen", "DT hals-thorax-buk: generell lymfadenopati med konglomerat paraaortalt, splenomegali 16 cm, bild förenlig med lymfom."),
      ("Planering", "Pat ej informerad om DT-svaret. Excisionsbiopsi bokad 24/6, besked först när PAD finns."),
  ]),
  must=["NL101", "NL102"],
  why="CT picture 'förenlig med lymfom'; patient deliberately not told before PAD")

C("tyreoideaknol-bethesda-v-papillar", "vgr", "1983-02-09",
  N("n1", "onh_su", "Läkaranteckning", "Anders Wikström", "läkare", "2024-02-28 11:40", [
      ("Ultraljud", "3,5 cm solid hypoekogen knöl höger tyreoidealob, TI-RADS 5."),
      ("Cytologi", "FNAC: Bethesda V, misstänkt papilär tyreoideacancer."),
      ("Planering", "Pat ej informerad. Kallas till besked 7/3 och planering av hemityreoidektomi."),
  ]),
  must=["NL101", "NL102"],
  why="thyroid cytology Bethesda V 'misstänkt papillär tyreoideacancer'; not informed (typo 'papilär')")

C("humerus-osteolys-misstankt-metastas-dd-myelom", "skane", "1946-05-05",
  N("n1", "ortop_hlm", "Mottagningsanteckning", "Tobias Mårtensson", "läkare", "2024-10-17 10:55", [
      ("Röntgen", "Rtg höger humerus: osteolytisk förändring proximalt med kortikal destruktion, misstänkt metastas, DD myelom."),
      ("Bedömning", "Hög frakturrisk. Armlagd i mitella."),
      ("Planering", "Pat inte informerad om röntgenfyndet, ortoped tar det med pat i morgon efter konferens med onkolog."),
  ]),
  must=["NL101", "NL102"],
  why="lytic bone lesion suspected metastasis/myeloma; patient not told about the X-ray finding")

C("pankreaskropp-trol-cancer-onsdag-anhorig", "vgr", "1943-01-13",
  N("n1", "med_kungalv", "Läkaranteckning", "Jonas Falk", "läkare", "2024-11-18 14:10", [
      ("Röntgen", "DT buk: 4 cm lågattenuerande expansivitet i pankreas kropp, trol. pankreascancer. Dilaterad ductus pancreaticus distalt."),
      ("Planering", "Pat ovetande om fyndet, informeras på mottagningen onsdag med anhörig. Remiss till HPB-konferens Sahlgrenska."),
  ]),
  must=["NL101", "NL102"],
  why="pancreatic mass 'trol. pankreascancer'; 'pat ovetande om fyndet'")

C("axill-ul-metastaer-typo", "skane", "1969-08-21",
  N("n1", "brost_lund", "Läkaranteckning", "Karolina Nilsson", "läkare", "2024-05-22 12:35", [
      ("UL axill", "2 förstorade lymfkörtlar vänster axill med förtjockad cortex, misstänkta metastaer. FNAC tagen."),
      ("Planering", "Pat ej informerad, besked på återbesöket efter cytologin."),
  ]),
  must=["NL101", "NL102"],
  why="axillary nodes with suspected metastases (typo 'metastaer'); not informed")

C("uterus-leiomyosarkom-kan-ej-uteslutas-mdk", "vgr", "1965-10-26",
  N("n1", "gyn_skovde", "Läkaranteckning", "Ulrika Ström", "läkare", "2024-06-05 13:30", [
      ("Ultraljud", "Uterus förstorad av 8 cm heterogen tumör med central nekros och snabb tillväxt sedan i höstas. Leiomyosarkom kan ej uteslutas."),
      ("Planering", "Pat ej informerad om misstanken, som först ska diskuteras på MDK. MR bäcken beställd."),
  ]),
  must=["NL101", "NL102"],
  why="uterine mass where sarcoma 'kan ej uteslutas'; suspicion withheld until MDK")

C("dt-hilus-trol-sarkoidos-ej-dt-svar", "skane", "1987-04-18",
  N("n1", "lung_avd_lund", "Daganteckning", "Filip Åkesson", "läkare", "2024-08-06 15:15", [
      ("Röntgen", "DT thorax: bilaterala förstorade hiluslymfkörtlar och perilymfatiska noduli i överloberna, trol. sarkoidos."),
      ("Planering", "Pat har ännu inte fått DT-svaret. EBUS bokad torsdag."),
  ]),
  must=["NL101", "NL102"],
  why="CT nodes/nodules 'trol. sarkoidos'; patient has not got the answer")

C("datscan-forenligt-parkinson-nasta-besok", "vgr", "1954-03-12",
  N("n1", "neuro_su", "Läkaranteckning", "Robert Lindahl", "läkare", "2024-06-04 11:20", [
      ("Undersökningar", "DaTSCAN: reducerat upptag i putamen bilateralt, vänster mer än höger, förenligt med Parkinsons sjukdom."),
      ("Planering", "Pat ej informerad, besked vid nästa besök 14/6. Levodopa-test övervägs."),
  ]),
  must=["NL101"],
  why="DaTSCAN 'förenligt med Parkinsons sjukdom' untold (NL102 not asserted: mild hedge)")

C("gallblasepolyp-malignitet-kan-ej-uteslutas", "skane", "1960-06-29",
  N("n1", "kir_hbg", "Mottagningsanteckning", "Patrik Hellström", "läkare", "2024-09-24 10:05", [
      ("Ultraljud", "Gallblåsa med fokalt förtjockad vägg och en 2 cm bredbasig polypös förändring, gallblåsecancer kan ej uteslutas."),
      ("Planering", "Pat ej informerad, DT buk bokat, ny tid efter DT."),
  ]),
  must=["NL101", "NL102"],
  why="gallbladder polyp where cancer 'kan ej uteslutas'; patient not informed")

C("dermatoskopi-misstankt-melanom-efter-pad", "vgr", "1979-01-31",
  N("n1", "hud_sas", "Mottagningsanteckning", "Erik Holmberg", "läkare", "2024-07-10 14:30", [
      ("Status", "Rygg: 9 mm asymmetrisk pigmenterad förändring. Dermatoskopi: atypiskt nätverk och regressionsstrukturer, misstänkt melanom."),
      ("Åtgärd", "Excision bokad 15/7. Pat informeras först när PAD är klart, inget sagt om misstanken idag."),
  ]),
  must=["NL101", "NL102"],
  why="dermoscopy suspected melanoma; nothing said to the patient about the suspicion")

C("nipt-hog-risk-trisomi-bm-ringer", "skane", "1990-10-10",
  N("n1", "kvinno_malmo", "Läkaranteckning", "Camilla Rosén", "läkare", "2024-03-14 16:25", [
      ("Provsvar", "NIPT v 11: hög sannolikhet för trisomi 21 hos fostret."),
      ("Planering", "Pat ej informerad. Barnmorska ringer ikväll och bokar samtal och fostervattenprov."),
  ]),
  must=["NL101"],
  why="NIPT high probability of trisomy 21 in the mother's note; she is not yet informed")

C("pleuravatska-misstankt-adenocarcinom", "vgr", "1940-09-06",
  N("n1", "med_skovde", "Daganteckning", "Oscar Sundqvist", "läkare", "2024-12-03 13:45", [
      ("Cytologi", "Pleuravätska höger: rikligt med atypiska celler, misstänkt adenocarcinom. Immuncytokemi pågår."),
      ("Planering", "Inte meddelat pat ännu. Ny pleuratappning vid behov, kontakt med lungläkare."),
  ], signed=None),
  must=["NL101", "NL102"],
  why="pleural fluid cytology 'misstänkt adenocarcinom'; 'inte meddelat pat ännu' [unsigned draft]")

C("pancytopeni-misstankt-leukemi-dd-mds", "skane", "1951-12-24",
  N("n1", "med_ystad", "Inskrivningsanteckning", "Viktor Sjöberg", "läkare", "2024-07-23 20:10", [
      ("Lab", "Hb 68, TPK 21, LPK 1,8, neutrofila 0,4. LD 890."),
      ("Bedömning", "Pancytopeni, misstänkt akut leukemi, DD MDS. Benmärgsprov imorgon, hematologjour konsulterad."),
      ("Information", "Pat ej informerad om misstanken ännu, endast om att proverna är avvikande och att mer utredning behövs."),
  ]),
  must=["NL101", "NL102"],
  why="pancytopenia with suspected leukaemia; patient told only that tests are abnormal")

C("ul-njurar-sannolikt-adpkd", "vgr", "1986-05-30",
  N("n1", "njur_su", "Läkaranteckning", "Elin Hagström", "läkare", "2024-04-16 09:55", [
      ("Ultraljud", "Bilateralt förstorade njurar (hö 16 cm, vä 17 cm) med multipla cystor, sannolikt autosomalt dominant polycystisk njursjukdom."),
      ("Planering", "Pat inte informerad om UL-fyndet. Genetisk vägledning diskuteras vid besöket 25/4."),
  ]),
  must=["NL101", "NL102"],
  why="ultrasound 'sannolikt' polycystic kidney disease; not informed")

C("eeg-trol-absensepilepsi-17-aring", "skane", "2007-02-15",
  N("n1", "neuro_lund", "Läkaranteckning", "Hanna Paulsson", "läkare", "2024-10-01 14:40", [
      ("EEG", "Generaliserade spike-wave-urladdningar 3 Hz provocerade av hyperventilation, trol. absensepilepsi."),
      ("Planering", "Pat (17 år) och mamma ej informerade, svaret tas upp på återbesök 8/10."),
  ]),
  must=["NL101", "NL102"],
  why="EEG 'trol. absensepilepsi' in a 17-year-old; neither patient nor mother told")

C("mr-hippocampus-talar-for-alzheimer-vantar-test", "vgr", "1944-04-22",
  N("n1", "geri_molndal", "Daganteckning", "Anna-Karin Fors", "läkare", "2024-09-17 15:30", [
      ("MR", "Uttalad hippocampusatrofi MTA 3 bilateralt, i övrigt åldersadekvat. Talar för Alzheimers sjukdom."),
      ("Planering", "Diagnosen ej kommunicerad med pat, avvaktar neuropsykologisk testning och likvor innan besked."),
  ]),
  must=["NL101"],
  why="MR 'talar för Alzheimers sjukdom'; diagnosis not communicated (NL102 not asserted)")

C("koloskopi-polyp-misstankt-invasiv-cancer", "skane", "1956-11-15",
  N("n1", "med_lkr", "Endoskopianteckning", "Rasmus Jönsson", "läkare", "2024-02-26 11:25", [
      ("Fynd", "Colon transversum: 15 mm sessil polyp med central depression och oregelbundet ytmönster, JNET 2B, misstänkt invasiv cancer. Ej snarad. Biopsier och tusch."),
      ("Information", "Pat har inte fått information om misstanken, bara att en polyp hittats."),
  ]),
  must=["NL101", "NL102"],
  why="polyp 'misstänkt invasiv cancer'; patient told only about a polyp")

C("nya-lungnoduli-metastaser-fraga-semester", "vgr", "1962-07-07",
  N("n1", "onk_jk", "Läkaranteckning", "Ida Wallin", "läkare", "2024-07-29 10:15", [
      ("Röntgen", "Uppföljande DT: nytillkomna lungnoduli bilateralt, största 9 mm. Metastaser? Jämfört med DT i mars."),
      ("Planering", "Pat ej informerad ännu – har semester till 12/8 och informeras vid hemkomst."),
  ], signed=None),
  must=["NL101", "NL102"],
  why="new lung nodules 'Metastaser?' on follow-up CT; patient informed after holiday [unsigned draft]")

C("psa-hard-prostata-sannolikt-cancer-efter-biopsi", "skane", "1948-06-01",
  N("n1", "uro_malmo", "Mottagningsanteckning", "Jakob Lund", "läkare", "2024-05-08 13:55", [
      ("Status", "PR: hård, knölig prostata, vänster lob med oskarp gräns."),
      ("Lab", "PSA 48."),
      ("Bedömning", "Sannolikt prostatacancer."),
      ("Planering", "Biopsi 15/5. Pat informeras efter biopsisvaret, inget sagt om misstanken än."),
  ]),
  must=["NL101", "NL102"],
  why="'sannolikt prostatacancer' from PSA/PR; nothing said to the patient yet")

C("akut-dt-colon-tumor-fraga-dd-inflammation", "vgr", "1953-02-23",
  N("n1", "kir_ostra", "Daganteckning", "Magnus Wester", "läkare", "2024-11-04 09:50", [
      ("Röntgen", "DT buk akut: segmentell väggförtjockning i colon ascendens 6 cm med omgivande fettinfiltration, tumör? DD inflammation."),
      ("Planering", "Pat inte informerad om tumörmisstanken, bara om att koloskopi ska göras innan hemgång."),
  ]),
  must=["NL101", "NL102"],
  why="'tumör?' with DD inflammation on acute CT; patient not told about the suspicion")

C("ekg-ultraljud-misstankt-hcm-ej-informerad", "vgr", "1996-09-19",
  N("n1", "kard_su", "Läkaranteckning", "Mattias Öberg", "läkare", "2024-03-26 14:35", [
      ("Ekokardiografi", "Asymmetrisk septumhypertrofi 19 mm, SAM och LVOT-gradient 45 mmHg i vila. Misstänkt hypertrofisk kardiomyopati."),
      ("Planering", "Pat ej informerad om ekofyndet, MR hjärta bokas först. Idrottsuppehåll diskuteras vid nästa besök."),
  ]),
  must=["NL101", "NL102"],
  why="echo 'misstänkt hypertrofisk kardiomyopati'; patient not informed about the finding")

C("mammografi-misstankt-dcis-kalk", "skane", "1964-02-04",
  N("n1", "brost_lund", "Läkaranteckning", "Karolina Nilsson", "läkare", "2024-10-23 10:40", [
      ("Mammografi", "Segmentellt utbredda fina pleomorfa mikroförkalkningar vänster bröst, 4 cm, misstänkt DCIS."),
      ("Planering", "Pat ej underrättad, stereotaktisk vakuumbiopsi bokad. Besked när PAD finns."),
  ]),
  must=["NL101", "NL102"],
  why="microcalcifications 'misstänkt DCIS'; patient not yet told")

C("njurbiopsi-trol-amyloidos-mycket-pa-en-gang", "vgr", "1947-12-29",
  N("n1", "njur_su", "Läkaranteckning", "Daniel Hallberg", "läkare", "2024-08-21 16:05", [
      ("PAD", "Preliminärt: Kongorött positiva avlagringar i glomeruli, trol. AL-amyloidos. Typning pågår."),
      ("Planering", "Pat inte informerad än, har fått mycket besked på kort tid och vi inväntar slutligt PAD. Hematolog kontaktas."),
  ]),
  must=["NL101", "NL102"],
  why="preliminary PAD 'trol. AL-amyloidos'; patient deliberately not informed yet")

# ===========================================================================
# C. Multi-note records, long notes, other professions.

C("rektalcancer-ej-informerad-sedan-besked", "vgr", "1957-03-03", [
    N("n1", "kir_skovde", "Läkaranteckning", "Hans Eriksson", "läkare", "2024-03-10 14:00", [
        ("PAD", "Biopsier rektum 8 cm ab ano: adenocarcinom."),
        ("Planering", "Pat ej informerad, besked 14/3. MR lilla bäckenet och DT thorax-buk beställda."),
    ]),
    N("n2", "kir_skovde", "Mottagningsanteckning", "Hans Eriksson", "läkare", "2024-03-14 10:30", [
        ("Information", "Pat informerad om rektalcancer tillsammans med sambon. Reagerade med gråt men ställde relevanta frågor."),
        ("Planering", "Kontaktsjuksköterska Lena Dahl ringer pat på måndag. MDK 20/3."),
    ]),
  ], must=["NL101"], must_not=[("NL101", "n2")],
  why="record: rectal cancer untold in n1 (fires), told in n2 (must not fire)")

C("th-mall-pankreas-sen-vanlig-anteckning-utan-diagnos", "skane", "1950-08-09", [
    N("n1", "kirmott_malmo", "Tidiga hypoteser", "Elsa Rydberg", "läkare", "2024-05-02 11:10", [
        ("Bedömning", "DT buk: 3 cm expansivitet i pankreashuvudet, misstänkt pankreascancer. Pat ej informerad, informeras efter MDK 8/5."),
    ]),
    N("n2", "kirmott_malmo", "Läkaranteckning", "Elsa Rydberg", "läkare", "2024-05-02 11:25", [
        ("Aktuellt", "Pat på besök för genomgång av buksmärtor. DT-svaret diskuteras på multidisciplinär konferens."),
        ("Planering", "Pat ej informerad om DT-svaret ännu. Ny tid 9/5."),
    ]),
  ], must_not=["NL101", "NL102", ("NL101", "n2")],
  why="Skåne: suspicion only in a Tidiga hypoteser note; the visible note names no diagnosis")

C("omvardnad-levermetastaser-hanvisa-fragor-sedan-besked", "vgr", "1952-09-14", [
    N("n1", "med_nal", "Omvårdnadsanteckning", "Jessica Lindh", "sjuksköterska", "2024-06-10 21:30", [
        ("Psykosocialt", "Pat orolig inför svaret på DT. Pat har ännu inte fått besked om DT-svaret (levermetastaser) enligt dr Berg, som vill ta det imorgon. Frågor hänvisas till läkare."),
        ("Sömn", "Sobril 5 mg till natten med effekt."),
    ]),
    N("n2", "med_nal", "Daganteckning", "Tomas Berg", "läkare", "2024-06-11 11:40", [
        ("Information", "Informerat pat och hustru om levermetastaserna och att primärtumören troligen utgår från colon. Pat tog beskedet lugnt."),
        ("Planering", "Koloskopi 13/6. Kontakt med onkolog."),
    ]),
  ], must=["NL101"], must_not=[("NL101", "n2")],
  why="record: nurse note with untold liver metastases fires; doctor's telling note does not")

C("inskrivning-lang-koloncancer-levermetastaser-kirurg-imorgon", "skane", "1946-10-20",
  N("n1", "kir_malmo", "Inskrivningsanteckning", "Julia Bergström", "läkare", "2024-09-02 22:15", [
      ("Kontaktorsak", "Buksmärta, kräkningar och utebliven avföring sedan tre dygn."),
      ("Anamnes", "78-årig man med hypertoni och förmaksflimmer på Eliquis. Opererad för ljumskbråck 2012, i övrigt inga operationer. Sedan ett halvår ändrade avföringsvanor med omväxlande diarré och förstoppning, periodvis blod i avföringen som pat tolkat som hemorrojder och därför inte sökt för. Gått ner 6 kg utan att försöka. Senaste dygnen tilltagande uppspändhet och krampartad buksmärta, kräkts fyra gånger idag, inga gaser sedan igår. Ingen feber."),
      ("Socialt", "Bor med hustru i villa i Oxie, klarar ADL och kör bil. Två vuxna barn i Malmö. Pensionerad snickare, röker ej, alkohol sparsamt."),
      ("Läkemedel", "Eliquis 5 mg x 2 (senaste dos i morse), Amlodipin 5 mg x 1, Metoprolol 50 mg x 1."),
      ("Status", "AT: Opåverkad i vila, torr i munnen, blek. Cor: oregelbunden rytm, frekvens 96, inga blåsljud. Pulm: ua. Buk: uppspänd, tympanitisk, livliga klingande tarmljud, diffust öm utan peritonitretning. Inga bråck. PR: tom ampull, inget blod på handsken. BT 128/76, temp 37,4, saturation 96 %."),
      ("Lab", "Hb 104, LPK 11,2, CRP 46, krea 118, Na 134, K 3,4, albumin 31. Laktat 1,6. PK(INR) 1,1."),
      ("Röntgen", "DT buk akut: stenoserande process i sigmoideum med prestenotisk dilatation av colon, förenligt med coloncancer. Multipla lesioner i levern, sannolikt metastaser. Ingen fri gas."),
      ("Bedömning", "Ileus orsakad av stenoserande coloncancer, sannolikt med levermetastaser. Cirkulatoriskt stabil."),
      ("Åtgärd", "Nasogastrisk sond med 600 ml retention, dropp, kaliumtillägg. Eliquis utsatt, Fragmin enligt ordination. Kirurgbakjour informerad, ställningstagande till stent eller avlastande stomi imorgon. DT thorax beställd."),
      ("Planering", "Pat ej informerad om DT-fynden, endast om att tarmen är stopp. Pat trött och vill sova. Informeras imorgon av ansvarig kirurg med hustrun närvarande."),
  ]),
  must=["NL101", "NL102"],
  why="long admission note: CT colon cancer with probable liver metastases; patient told only about the obstruction")

C("lungmott-lang-informerad-son-ej", "vgr", "1949-01-07",
  N("n1", "lung_su", "Mottagningsanteckning", "Karl Magnusson", "läkare", "2024-03-22 13:00", [
      ("Kontaktorsak", "Besked efter utredning av rundhärd i höger lunga."),
      ("Anamnes", "75-årig kvinna, f.d. rökare ca 30 paketår, slutade 2010. Hypotyreos på Levaxin och artros i knäna. Rundhärden upptäcktes på lungröntgen vid utredning av långdragen hosta i höstas. Hostan har nu nästan gått över. Ingen hemoptys, ingen viktnedgång, orkar promenera 3 km. Bor ensam i lägenhet i Majorna, har en son i Stockholm."),
      ("Status", "AT: Gott, opåverkad. Cor: rR, inga bi- eller blåsljud. Pulm: vesikulärt bilateralt, inga rassel. Inga palpabla lymfkörtlar på halsen eller supraklavikulärt. Saturation 97 %."),
      ("PAD", "Transtorakal nålbiopsi: adenocarcinom, TTF-1 positivt, EGFR-mutation exon 19 påvisad."),
      ("Röntgen", "PET-DT: ingen spridning utanför thorax. Stadium IB enligt MDK 19/3."),
      ("Information", "Pat informerad om diagnosen lungcancer och om att MDK rekommenderar lobektomi. Hon tog beskedet sakligt och ställde frågor om operationen, vårdtiden och återhämtningen. Vi gick också igenom att EGFR-mutationen kan få betydelse för eventuell tilläggsbehandling efter operationen. Sonen ej informerad – pat vill själv berätta i helgen när han är hemma."),
      ("Planering", "Remiss till thoraxkirurgin i Göteborg. Spirometri med diffusionskapacitet och arbetsprov bokas före operationsbedömningen. Kontaktsjuksköterska Anna Persson ringer nästa vecka och är pats fasta kontakt. Skriftlig information om Min vårdplan överlämnad. Pat vet att hon kan läsa anteckningen i Journalen och ringa kontaktsjuksköterskan vid frågor."),
  ]),
  must_not=["NL101"],
  why="long note: lung cancer told to the patient; only the son is not informed")

C("daganteckning-lang-normala-prover-ej-nadd", "skane", "1953-12-16",
  N("n1", "med_hbg", "Daganteckning", "Ebba Lindell", "läkare", "2024-04-25 15:55", [
      ("Aktuellt", "Dag 3 efter inläggning för yrsel och trötthet. Tidigare frisk, inga stadigvarande läkemedel. Mår bättre idag, mobiliseras på avdelningen med rollator och har gått till matsalen två gånger utan att behöva stöd av personal. Ätit frukost och lunch, dricker bra. Ingen huvudvärk, inga synstörningar, inget illamående sedan igår kväll."),
      ("Status", "Vaken, orienterad till tid, rum och person. Cor: regelbunden rytm 72/min, inga blåsljud. Pulm: vesikulärt bilateralt. Buk: mjuk, oöm. BT 138/82 liggande, 132/80 stående efter tre minuter. Neurologiskt: inga fokala bortfall, normal gång, Romberg ua, inget nystagmus, Dix-Hallpike negativt bilateralt. Hörsel grovt normal."),
      ("Lab", "Hb 131, LPK 6,4, TPK 244, CRP 3, Na 139, K 4,1, krea 82, TSH 1,7, B12 och folat normala, glukos 5,6. Leverprover inom referensområdet."),
      ("Undersökningar", "DT hjärna utan tecken till blödning, infarkt eller expansivitet. Långtids-EKG: sinusrytm hela registreringen, inga pauser. Ortostatiskt test utan blodtrycksfall. Ekokardiografi: normal systolisk funktion och normala klaffar."),
      ("Bedömning", "Ingen misstanke om stroke eller arytmi. Yrseln har förbättrats spontant, ingen ytterligare utredning planeras. Trygg att gå hem när mobiliseringen fungerat ett dygn till."),
      ("Omvårdnad", "Fallriskbedömning gjord, larmknapp inom räckhåll. Sjuksköterska följer vätskelista till imorgon."),
      ("Planering", "Pat ej informerad om dagens provsvar och DT-svaret, var på fysioterapi vid ronden. Informeras i eftermiddag av ssk och läkare. Hemgång imorgon om fortsatt stabil, fysioterapeut instruerar i balansövningar före utskrivning. Ingen uppföljning på sjukhuset behövs, åter till vårdcentralen vid nya besvär."),
  ]),
  must_not=["NL101", "NL102"],
  why="long note: patient not yet told results, but all results are normal and no disease is affirmed")

C("fysioterapeut-skelettmetastas-l3-ej-berort", "skane", "1955-07-02",
  N("n1", "fysio_malmo", "Fysioterapeutanteckning", "Linnea Hultgren", "fysioterapeut", "2024-05-13 10:20", [
      ("Bakgrund", "Enligt MR igår skelettmetastas i L3 utan påverkan på spinalkanalen. Pat ej informerad av läkare ännu, läkaren ger besked i eftermiddag, därför inte berört i samtalet."),
      ("Åtgärd", "Försiktig mobilisering, gång med rollator 40 m. Instruerad i skonsam förflyttning i säng."),
      ("Plan", "Fortsatt mobilisering dagligen."),
  ], signed=None),
  must=["NL101"],
  why="physiotherapist note names a bone metastasis the patient has not yet been told [unsigned draft]")

C("dietist-esofaguscancer-lakaren-avvakta", "vgr", "1960-04-11",
  N("n1", "dietist_su", "Dietistanteckning", "Moa Eklund", "dietist", "2024-06-07 09:45", [
      ("Bakgrund", "Remiss från kirurgen pga dysfagi och viktnedgång 9 kg. PAD 5/6 visar esofaguscancer men pat har ännu inte fått besked; läkaren har bett oss avvakta med att nämna diagnosen."),
      ("Kost", "Äter mest flytande och puréad kost. Beräknat energibehov 2100 kcal, intag ca 1200 kcal."),
      ("Åtgärd", "Energi- och proteinberikade näringsdrycker 3 x 1. Konsistensanpassad kost."),
  ]),
  must=["NL101"],
  why="dietitian note writes the untold oesophageal cancer diagnosis in Bakgrund")

C("arbetsterapeut-ftd-anhoriga-informerade-pat-ej", "skane", "1952-02-19",
  N("n1", "minne_malmo", "Arbetsterapeutanteckning", "Sofie Ljung", "arbetsterapeut", "2024-10-14 13:15", [
      ("Bakgrund", "MR och PET visar frontotemporal demens, beteendevariant, enligt läkarens bedömning 7/10. Hustrun och sonen har informerats. Pat själv ej informerad om diagnosen än, läkaren tar det vid nästa besök."),
      ("Aktivitet", "ADL-bedömning i hemmet: klarar personlig hygien, behöver påminnelser vid matlagning."),
  ]),
  must=["NL101"],
  why="inverse near miss: relatives told, patient not told about frontotemporal dementia")

C("psykolog-mci-aterkoppling-ej-genomford", "vgr", "1950-11-26",
  N("n1", "minne_molndal", "Psykologanteckning", "Jakob Reinholdsson", "psykolog", "2024-09-04 15:00", [
      ("Testresultat", "Nedsatt episodiskt verbalt minne och exekutiv funktion, övriga domäner inom normalvariation. Profilen är förenlig med lindrig kognitiv störning."),
      ("Återkoppling", "Återkoppling till pat ej genomförd ännu, sker tillsammans med läkare 12/9."),
  ]),
  must=["NL101"],
  why="psychologist test result 'förenlig med lindrig kognitiv störning'; feedback to patient not yet given")

C("telefon-lymfom-far-ej-lamnas-per-telefon", "skane", "1970-01-24",
  N("n1", "hemamott_lund", "Telefonanteckning", "Therese Wiberg", "sjuksköterska", "2024-10-01 11:30", [
      ("Kontaktorsak", "Pat ringer och vill ha svar på biopsin från halsen."),
      ("PAD", "Klassiskt Hodgkins lymfom, nodulär skleros."),
      ("Åtgärd", "Svaret lämnas inte per telefon enligt överenskommelse med läkaren. Pat informerad om att läkaren går igenom svaret på besöket 3/10."),
  ]),
  must=["NL101"],
  why="'pat informerad' only about the visit; the Hodgkin diagnosis itself is not told")

C("informerad-om-cancer-ej-om-spridning", "vgr", "1958-05-15",
  N("n1", "onk_jk", "Läkaranteckning", "Ida Wallin", "läkare", "2024-02-05 14:20", [
      ("Röntgen", "DT thorax-buk inför behandlingsstart: två levermetastaser i segment 6 och 7, 1,5 och 2 cm."),
      ("Information", "Pat känner till sin bröstcancer sedan operationen i december. Har ännu inte informerats om levermetastaserna, vilket görs på besöket 9/2 med maken."),
  ]),
  must=["NL101"],
  why="patient knows the primary but not the liver metastases written in Röntgen")

C("vgr-th-sokord-men-diagnos-ocksa-i-bedomning", "vgr", "1963-09-27",
  N("n1", "lung_skovde", "Läkaranteckning", "Gunilla Ek", "läkare", "2024-05-20 10:50", [
      ("Aktuellt", "Återbesök efter DT thorax för kvarstående hosta."),
      ("Bedömning", "DT visar 4 cm expansivitet i höger hilus, trolig lungcancer. Bronkoskopi bokad."),
      ("Tidiga hypoteser", "Misstänkt lungcancer, pat ej informerad om DT-fyndet. Besked efter bronkoskopin."),
  ]),
  must=["NL101", "NL102"],
  why="VGR: Tidiga hypoteser used, but the same untold suspicion is also written in visible Bedömning")

C("vgr-th-sokord-diagnos-bara-dold", "vgr", "1961-04-08",
  N("n1", "lung_skovde", "Läkaranteckning", "Gunilla Ek", "läkare", "2024-05-27 11:05", [
      ("Aktuellt", "Återbesök efter DT thorax. Ytterligare utredning behövs, bronkoskopi bokad till 3/6."),
      ("Planering", "Pat ej informerad om DT-svaret, besked efter bronkoskopin."),
      ("Tidiga hypoteser", "DT: 3 cm expansivitet vä överlob, misstänkt lungcancer."),
  ], signed=None),
  must_not=["NL101", "NL102"],
  why="VGR: the untold suspicion is only under the filtered sökord Tidiga hypoteser [unsigned draft]")

C("skane-th-mall-bekraftad-pad-ej-informerad", "skane", "1959-10-02",
  N("n1", "onk_lund", "Tidiga hypoteser", "Ingrid Hammar", "läkare", "2024-03-18 09:35", [
      ("PAD", "Leverbiopsi: metastas av adenocarcinom, IHC talar för pankreasursprung."),
      ("Bedömning", "Pat ej informerad. Besked på mottagningen 21/3 med kontaktsjuksköterska."),
  ]),
  must_not=["NL101", "NL102"],
  why="Skåne: untold liver metastasis written only in a Tidiga hypoteser template note (hidden)")

C("vgr-th-sokord-ms-informerad-om-utredning", "vgr", "1995-06-18",
  N("n1", "neuro_su", "Läkaranteckning", "Robert Lindahl", "läkare", "2024-04-02 13:30", [
      ("Aktuellt", "Uppföljning efter synnervsinflammation i vänster öga i januari, visus återställd."),
      ("Information", "Pat informerad om att MR visar förändringar som behöver utredas vidare och att lumbalpunktion bokas."),
      ("Tidiga hypoteser", "MR: multipla periventrikulära lesioner, talar för MS. Ej informerad om misstanken, väntar på LP."),
  ]),
  must_not=["NL101", "NL102"],
  why="VGR: MS suspicion only under Tidiga hypoteser; visible text names no diagnosis")

C("th-sedan-informerad-vanlig-anteckning", "skane", "1957-01-21", [
    N("n1", "brost_lund", "Tidiga hypoteser", "Karolina Nilsson", "läkare", "2024-08-12 10:00", [
        ("Bedömning", "Mammografi: 22 mm stjärnformad förändring hö bröst, misstänkt bröstcancer. Pat ej informerad, biopsi tas idag."),
    ]),
    N("n2", "brost_lund", "Läkaranteckning", "Karolina Nilsson", "läkare", "2024-08-19 14:15", [
        ("PAD", "Invasiv lobulär cancer, NHG 2."),
        ("Information", "Pat informerad idag om bröstcancerdiagnosen. Operation planeras."),
    ]),
  ], must_not=["NL101", "NL102", ("NL101", "n2"), ("NL102", "n2")],
  why="record: hidden hypothesis in a Skåne TH note, then a visible note after the patient was told")

C("epikris-pad-efter-utskrivning-ej-informerad", "vgr", "1951-03-30",
  N("n1", "kir_ostra", "Epikris", "Sara Lind", "läkare", "2024-10-29 16:30", [
      ("Vårdtid", "21/10–26/10."),
      ("Sammanfattning", "Inlagd för akut kolecystit, laparoskopisk kolecystektomi 22/10 utan komplikationer. Hemgång dag 4."),
      ("PAD", "Svar efter utskrivning: gallblåsa med kronisk kolecystit och ett fokus av adenocarcinom, pT1b."),
      ("Uppföljning", "PAD-svaret inte meddelat pat. Kallas till kirurgmottagningen för besked och ställningstagande till leverresektion."),
  ]),
  must=["NL101"],
  why="discharge summary: incidental gallbladder cancer in PAD after discharge, not communicated")

# ===========================================================================
# D. NL101 near misses: result told, result normal, only relatives untold,
#    result pending without a diagnosis, past/family history, non-diagnostic
#    information not yet given.

# --- the patient has been told
C("pad-smacellig-informerad-med-make", "skane", "1954-04-06",
  N("n1", "lung_lund", "Mottagningsanteckning", "Johan Lindqvist", "läkare", "2024-02-15 14:00", [
      ("PAD", "Bronkoskopi: småcellig lungcancer."),
      ("Information", "Pat inforemrad vid dagens besök tillsammans med maken. Tog beskedet sansat och har fått kontaktsjuksköterskans nummer."),
  ]),
  must_not=["NL101"],
  why="small cell lung cancer in PAD, told to the patient at the visit (typo 'inforemrad')")

C("brostcancer-besked-av-kirurg-kontaktssk-narvarande", "vgr", "1970-08-25",
  N("n1", "brost_sas", "Mottagningsanteckning", "Cecilia Ahl", "läkare", "2024-03-01 10:20", [
      ("PAD", "Mellannålsbiopsi: invasiv lobulär cancer, ER+, HER2-."),
      ("Information", "Pat fick besked om bröstcancer idag av kirurg, kontaktsjuksköterska närvarande. Skriftlig information om Min vårdplan."),
  ]),
  must_not=["NL101"],
  why="breast cancer in PAD; 'pat fick besked' at today's visit")

C("ringt-pat-basalcellscancer-infoerstadd", "skane", "1943-09-12",
  N("n1", "hud_lund", "Telefonanteckning", "Lina Åberg", "läkare", "2024-05-16 12:45", [
      ("PAD", "Curettage hö tinning: basalcellscancer, ytlig typ."),
      ("Telefonkontakt", "Ringde pat och meddelade PAD-svaret. Pat införstådd, ingen ytterligare åtgärd behövs. Kontroll vid behov."),
  ]),
  must_not=["NL101"],
  why="PAD answer given by phone; patient told")

C("misstankt-njurcellscancer-informerad-om-misstanken", "vgr", "1966-12-04",
  N("n1", "uro_su", "Mottagningsanteckning", "Per Ekström", "läkare", "2024-06-18 13:25", [
      ("Röntgen", "DT: 4 cm solid förändring vänster njure, misstänkt njurcellscancer."),
      ("Information", "Pat informerad om misstanken och om att nefronsparande kirurgi är aktuellt. Frågor besvarade."),
  ]),
  must_not=["NL101"],
  why="suspected RCC written and the suspicion was told (NL102 not asserted: communicated hypothesis)")

C("mr-forenlig-ms-informerat-om-fyndet", "skane", "1989-06-07",
  N("n1", "neuro_lund", "Läkaranteckning", "Hanna Paulsson", "läkare", "2024-02-27 11:10", [
      ("MR", "Periventrikulära och juxtakortikala lesioner, bild förenlig med MS."),
      ("Information", "Informerat pat om fyndet och att lumbalpunktion behövs för att säkerställa diagnosen. LP bokad 5/3."),
  ]),
  must_not=["NL101"],
  why="MR suggestive of MS; the patient has been told about the finding")

C("levermetastaser-informerad-tidigare-dr-nilsson", "vgr", "1955-02-10",
  N("n1", "onk_jk", "Läkaranteckning", "Ida Wallin", "läkare", "2024-04-23 15:05", [
      ("Aktuellt", "Pat informerades tidigare av dr Nilsson om levermetastaserna från coloncancern. Idag genomgång av behandlingsalternativ."),
      ("Planering", "FOLFOX-bevacizumab start 2/5. Pat och dottern vill ha betänketid till fredag."),
  ]),
  must_not=["NL101"],
  why="liver metastases already told by another doctor; no untold diagnosis")

C("diagnosbesked-alzheimer-lamnat-skriftlig-info", "skane", "1941-07-29",
  N("n1", "minne_malmo", "Läkaranteckning", "Margareta Ek", "läkare", "2024-11-21 10:30", [
      ("Utredning", "MR: hippocampusatrofi. Likvor: biomarkörer förenliga med Alzheimerpatologi. MMSE 21."),
      ("Information", "Diagnosbesked lämnat: Alzheimers sjukdom. Pat och hustru fick skriftlig information och kontakt med demenssjuksköterska."),
  ]),
  must_not=["NL101"],
  why="dementia diagnosis told at a diagnosis talk")

C("adenom-informerad-igar-per-telefon", "vgr", "1962-10-13",
  N("n1", "endo_kungalv", "Endoskopianteckning", "Sanna Hjort", "läkare", "2024-08-08 09:15", [
      ("PAD", "Polypektomi colon sigmoideum: tubulärt adenom med låggradig dysplasi, radikalt avlägsnat."),
      ("Information", "Pat informerades igår per telefon om PAD-svaret. Ny koloskopi om 5 år enligt riktlinje."),
  ]),
  must_not=["NL101"],
  why="adenoma in PAD, patient informed by phone yesterday")

C("cancerbesked-med-tolk-arabiska", "skane", "1959-11-01",
  N("n1", "kirmott_malmo", "Mottagningsanteckning", "Henrik Berglund", "läkare", "2024-03-04 13:40", [
      ("PAD", "Gastroskopi 22/2: ventrikel, adenocarcinom av diffus typ."),
      ("Information", "Cancerbeskedet gavs idag med tolk (arabiska) på plats. Pat förstod informationen och återberättade den med egna ord."),
  ]),
  must_not=["NL101"],
  why="gastric cancer told through an interpreter")

C("lymfom-informerad-behandlingsplan-aterbesok", "vgr", "1973-05-19",
  N("n1", "hema_su", "Mottagningsanteckning", "Sofia Lund", "läkare", "2024-09-24 10:40", [
      ("PAD", "Körtelbiopsi hö ljumske: follikulärt lymfom grad 1–2."),
      ("Information", "Pat informerad om att biopsin visade lymfom, en långsamväxande form. Detaljerad behandlingsplan gås igenom på återbesök 8/10."),
  ], signed=None),
  must_not=["NL101"],
  why="lymphoma told today; only the treatment plan waits for a booked visit [unsigned draft]")

C("last-i-journalen-fibroadenom-forklarat", "skane", "1990-03-09",
  N("n1", "brost_lund", "Telefonanteckning", "Eva Bengtsson", "kontaktsjuksköterska", "2024-07-04 14:10", [
      ("PAD", "Mellannålsbiopsi vä bröst: fibroadenom."),
      ("Telefonkontakt", "Pat hade redan läst svaret i Journalen på 1177. Ringde upp och förklarade att knölen är godartad. Ingen uppföljning behövs."),
  ]),
  must_not=["NL101"],
  why="patient had read the benign PAD herself and it was explained by phone")

C("prostatacancer-medveten-sedan-mars", "vgr", "1947-04-16",
  N("n1", "uro_su", "Mottagningsanteckning", "Per Ekström", "läkare", "2024-06-27 09:30", [
      ("Aktuellt", "Pat medveten om diagnosen prostatacancer sedan besöket i mars. Kommer nu för PSA-kontroll under aktiv monitorering."),
      ("Lab", "PSA 6,1 (5,8 i mars)."),
      ("Planering", "Fortsatt aktiv monitorering, ny MR om ett år."),
  ]),
  must_not=["NL101"],
  why="prostate cancer known to the patient since March")

C("rektalcancer-kand-optid-ej-meddelad", "skane", "1958-12-28",
  N("n1", "kirmott_malmo", "Sjuksköterskeanteckning", "Amanda Cederholm", "sjuksköterska", "2024-04-08 11:55", [
      ("Aktuellt", "Känd rektalcancer, pat informerad av kirurg 2/4. Genomgång av tarmförberedelse och stomiinformation."),
      ("Planering", "Pat ännu ej informerad om operationsdatum, koordinator ringer när tiden är satt."),
  ]),
  must_not=["NL101"],
  why="the untold item is the operation date; the cancer diagnosis is known to the patient")

# --- the result is normal / negative
C("dt-thorax-ingen-expansivitet-ringer-imorgon", "skane", "1965-01-27",
  N("n1", "lung_lund", "Läkaranteckning", "Filip Åkesson", "läkare", "2024-09-12 16:20", [
      ("Röntgen", "DT thorax: ingen expansivitet, inga förstorade lymfkörtlar, ingen pleuravätska. Tidigare noterad förtätning helt regredierad."),
      ("Planering", "Pat ej informerad om svaret ännu, jag ringer imorgon förmiddag."),
  ]),
  must_not=["NL101", "NL102"],
  why="normal CT; patient not yet told, but nothing diagnostic to hide")

C("mammo-birads1-svarsbrev", "vgr", "1975-06-15",
  N("n1", "brost_sas", "Läkaranteckning", "Cecilia Ahl", "läkare", "2024-10-02 08:55", [
      ("Mammografi/UL", "Inga malignitetsmisstänkta förändringar, BI-RADS 1. Den palpabla knölen motsvaras av normal körtelvävnad."),
      ("Planering", "Pat inte informerad än – svarsbrev skickas idag."),
  ], signed=None),
  must_not=["NL101", "NL102"],
  why="normal mammography with negated malignancy; letter not yet sent [unsigned draft]")

C("lab-inom-ref-ej-natt-pat", "skane", "1980-08-30",
  N("n1", "med_lkr", "Telefonanteckning", "Rasmus Jönsson", "läkare", "2024-02-13 15:40", [
      ("Provsvar", "Hb 138, CRP <5, krea 74, TSH 1,9, ferritin 62 – allt inom referensområdet."),
      ("Telefonkontakt", "Har ej nått pat per telefon, två försök. Nytt försök imorgon."),
  ]),
  must_not=["NL101"],
  why="normal labs; patient not reached, no diagnosis written")

C("koloskopi-normal-ingen-mikroskopisk-kolit", "vgr", "1984-11-20",
  N("n1", "endo_sas", "Endoskopianteckning", "Tove Granath", "läkare", "2024-05-02 14:30", [
      ("Fynd", "Koloskopi till terminala ileum: normal slemhinna i hela colon, inga polyper. Slumpbiopsier tagna."),
      ("PAD", "Ingen mikroskopisk kolit, normal slemhinna."),
      ("Information", "Pat ännu ej meddelad om PAD, svar skickas per brev."),
  ]),
  must_not=["NL101", "NL102"],
  why="normal colonoscopy and PAD negating microscopic colitis; not yet told")

C("lymfkortel-reaktiv-ingen-malignitet-brev", "skane", "1992-09-04",
  N("n1", "onh_lund", "Läkaranteckning", "Daniel Ohlsson", "läkare", "2024-06-11 10:25", [
      ("PAD", "Exstirperad lymfkörtel hö hals: reaktiva förändringar, ingen malignitet."),
      ("Planering", "Pat ej informerad, brev skickas idag. Ingen ytterligare uppföljning."),
  ]),
  must_not=["NL101", "NL102"],
  why="benign reactive node, malignancy negated; not yet told")

C("mr-inga-tecken-demyelinisering", "vgr", "1993-02-02",
  N("n1", "neuro_su", "Läkaranteckning", "Lovisa Renberg", "läkare", "2024-01-16 13:50", [
      ("MR", "MR hjärna och halsrygg: inga tecken på demyeliniserande sjukdom. Normalfynd."),
      ("Planering", "Pat ännu ej informerad om MR-svaret, ringer pat i veckan."),
  ]),
  must_not=["NL101", "NL102"],
  why="MR negative for demyelinating disease; the result is untold but not a diagnosis")

C("ul-buk-utan-anmarkning-har-ej-fatt-svaret", "skane", "1977-04-09",
  N("n1", "kir_hbg", "Mottagningsanteckning", "Patrik Hellström", "läkare", "2024-11-06 14:15", [
      ("Ultraljud", "Lever, gallvägar, pankreas, mjälte och njurar utan anmärkning. Inga gallstenar."),
      ("Planering", "Pat har inte fått svaret. Återremiss till vårdcentralen."),
  ]),
  must_not=["NL101"],
  why="normal abdominal ultrasound not yet told")

C("cellprov-normalt-besked-per-brev", "vgr", "1987-07-27",
  N("n1", "gyn_skovde", "Mottagningsanteckning", "Ulrika Ström", "barnmorska", "2024-04-29 11:35", [
      ("Provsvar", "Cellprov cervix: normalt, inga atypier. HPV negativt."),
      ("Planering", "Besked ej givet, skickas per brev. Nytt cellprov enligt screeningprogrammet."),
  ]),
  must_not=["NL101"],
  why="normal cervical smear, 'besked ej givet'")

C("arbetsprov-ingen-ischemi-ej-informerad", "skane", "1963-03-31",
  N("n1", "kard_lund", "Läkaranteckning", "Mattias Kjellberg", "läkare", "2024-08-20 15:00", [
      ("Arbetsprov", "Cykelergometri till 220 W, 105 % av förväntat. Inga ST-förändringar, inga arytmier."),
      ("Bedömning", "Ingen misstanke om kranskärlssjukdom."),
      ("Planering", "Pat ej informerad ännu, besked per telefon fredag."),
  ]),
  must_not=["NL101", "NL102"],
  why="normal exercise test; coronary disease negated; not yet told")

C("skelettscint-inga-metastasmisstankta-upptag", "vgr", "1951-10-22",
  N("n1", "uro_su", "Läkaranteckning", "Amir Haddad", "läkare", "2024-05-07 10:05", [
      ("Röntgen", "Skelettscintigrafi: inga metastasmisstänkta upptag. Degenerativa upptag i knäleder."),
      ("Planering", "Pat ej underrättad om scintsvaret, tas upp vid besöket 14/5."),
  ]),
  must_not=["NL101", "NL102"],
  why="negated 'metastasmisstänkta' on scintigraphy; untold but negative")

C("dt-lungartarer-ingen-lungemboli", "skane", "1985-05-11",
  N("n1", "akut_hbg", "Akutanteckning", "Alva Norén", "läkare", "2024-12-10 03:20", [
      ("Röntgen", "DT lungartärer: ingen lungemboli, inga infiltrat."),
      ("Planering", "Ännu ej informerat pat, som sover på akutvårdsavsnittet. Hemgång under förmiddagen."),
  ]),
  must_not=["NL101", "NL102"],
  why="CT negative for pulmonary embolism; patient asleep, not yet told")

C("pad-brost-normal-vavnad-ej-informerad", "vgr", "1982-01-05",
  N("n1", "brost_sas", "Läkaranteckning", "Josefin Ring", "läkare", "2024-09-09 12:50", [
      ("PAD", "Mellannålsbiopsi hö bröst: normal bröstvävnad, ingen malignitet."),
      ("Planering", "Inte informerad än, kontaktsjuksköterska ringer i eftermiddag."),
  ]),
  must_not=["NL101", "NL102"],
  why="PAD normal breast tissue; not yet told")

C("ekg-holter-normalt-typo-ej-infromerad", "vgr", "1998-12-14",
  N("n1", "kard_su", "Läkaranteckning", "Mattias Öberg", "läkare", "2024-06-26 09:20", [
      ("Långtids-EKG", "48 h: sinusrytm, enstaka SVES, inga pauser eller takyarytmier."),
      ("Planering", "Pat ej infromerad om svaret, sms via 1177 imorgon."),
  ]),
  must_not=["NL101"],
  why="normal Holter; typo 'infromerad' in the not-told sentence, no diagnosis")

# --- only relatives are untold
C("kolangiocarcinom-maken-ej-informerad", "vgr", "1956-06-03",
  N("n1", "kir_ostra", "Daganteckning", "Sara Lind", "läkare", "2024-02-19 13:00", [
      ("PAD", "Borstcytologi och biopsi från hilusstenos: kolangiocarcinom."),
      ("Information", "Pat informrad om PAD-svaret. Maken ej informerad, pat vill berätta själv ikväll."),
  ]),
  must_not=["NL101"],
  why="only the husband is not informed; the patient was told (typo 'informrad')")

C("skelettmetastaser-barnen-efter-helgen", "skane", "1963-08-17",
  N("n1", "onk_lund", "Läkaranteckning", "Ingrid Hammar", "läkare", "2024-06-14 14:30", [
      ("Röntgen", "MR rygg: skelettmetastaser Th10 och L2 utan kotkompression."),
      ("Information", "Pat fick beskedet om skelettmetastaserna idag. Önskar att barnen inte informeras förrän efter helgen."),
  ]),
  must_not=["NL101"],
  why="patient told; only her children are to be told later")

C("lungcancer-dottern-vet-inte-pat-onskar", "vgr", "1945-12-09",
  N("n1", "lung_su", "Läkaranteckning", "Karl Magnusson", "läkare", "2024-11-12 11:45", [
      ("PAD", "Adenocarcinom i lungan, PD-L1 60 %."),
      ("Information", "Pat är informerad om lungcancern. Dottern, som är närmast anhörig, har ännu inte fått veta, vilket pat uttryckligen önskar."),
  ]),
  must_not=["NL101"],
  why="the daughter has not been told at the patient's own wish")

C("als-hustrun-var-inte-med", "skane", "1957-09-23",
  N("n1", "neuro_lund", "Läkaranteckning", "Oskar Nyberg", "läkare", "2024-04-11 15:45", [
      ("Bedömning", "Amyotrofisk lateralskleros, definitiv."),
      ("Information", "Informerat pat om ALS-diagnosen idag. Hustrun var inte med och vet ännu inte; pat vill ha henne med på nästa besök."),
  ]),
  must_not=["NL101"],
  why="ALS told to the patient; the wife does not know yet")

C("myelom-ber-ej-beratta-for-grannen", "vgr", "1944-03-15",
  N("n1", "hema_su", "Telefonanteckning", "Jenny Carlsson", "läkare", "2024-12-05 10:10", [
      ("Kontaktorsak", "En granne ringde och frågade hur pat mår."),
      ("Åtgärd", "Inga uppgifter lämnade. Pat känner till sin diagnos (myelom) sedan oktober och har bett oss att inte berätta något för grannen."),
  ]),
  must_not=["NL101"],
  why="patient knows her myeloma; a neighbour is not told")

C("hiv-partner-ej-informerad-smittsparning", "skane", "1988-02-06",
  N("n1", "inf_malmo", "Läkaranteckning", "Nina Rask", "läkare", "2024-03-05 13:15", [
      ("Aktuellt", "Pat informerad om HIV-diagnosen vid besöket igår. Partnern ej informerad; smittspårning påbörjad via kurator."),
      ("Planering", "ART start efter resistensbestämning."),
  ], signed=None),
  must_not=["NL101"],
  why="HIV told to the patient; only the partner is uninformed [unsigned draft]")

C("pankreascancer-syster-utomlands-inte-underrattad", "vgr", "1952-07-01",
  N("n1", "med_kungalv", "Läkaranteckning", "Jonas Falk", "läkare", "2024-11-25 16:00", [
      ("Aktuellt", "Återbesök efter beskedet om pankreascancer förra veckan, som pat bearbetat med stöd av maken."),
      ("Anhöriga", "Systern bor i Kanada och är inte underrättad; pat vill själv ringa henne."),
  ]),
  must_not=["NL101"],
  why="patient told last week; a sister abroad is not yet informed")

# --- result pending, no diagnosis written
C("mellannal-resistens-pad-invantas", "vgr", "1971-04-25",
  N("n1", "brost_sas", "Läkaranteckning", "Josefin Ring", "läkare", "2024-02-06 10:35", [
      ("Status", "Palpabel resistens vä bröst kl 3, 2 cm, rörlig."),
      ("Åtgärd", "Mellannålsbiopsi tagen. PAD inväntas, pat får svar på återbesök 14/2."),
  ]),
  must_not=["NL101"],
  why="palpable lump with PAD pending; no diagnosis written")

C("dt-svar-ej-klart-informeras-sedan", "skane", "1960-10-15",
  N("n1", "lung_avd_lund", "Daganteckning", "Filip Åkesson", "läkare", "2024-03-11 14:10", [
      ("Aktuellt", "DT thorax-buk gjord idag förmiddag pga viktnedgång."),
      ("Planering", "Svar ej klart, pat informeras när svaret finns. Fortsatt observation."),
  ]),
  must_not=["NL101"],
  why="CT answer not yet available; nothing diagnostic written")

C("munhala-forandring-biopsi-pad-ej-klart", "vgr", "1949-05-28",
  N("n1", "onh_su", "Mottagningsanteckning", "Anders Wikström", "läkare", "2024-08-27 11:20", [
      ("Status", "Vitaktig förändring 1,5 cm på vänster tungkant, lätt förhårdnad."),
      ("Åtgärd", "Biopsi tagen. Pat ej informerad om något svar ännu då PAD inte är klart, ny tid om två veckor."),
  ]),
  must_not=["NL101"],
  why="biopsy of a tongue lesion; PAD pending, no diagnosis written")

C("benmargsprov-svar-om-en-vecka", "skane", "1966-09-30",
  N("n1", "hemamott_lund", "Läkaranteckning", "Sara Holm", "läkare", "2024-05-29 13:20", [
      ("Åtgärd", "Benmärgsaspiration och biopsi från crista, utan komplikationer."),
      ("Planering", "Svar om ca en vecka, besked per telefon. Pat vet att svaret dröjer."),
  ]),
  must_not=["NL101"],
  why="bone marrow sample taken; answer pending")

C("pad-koloskopi-ej-besvarat-vantar", "vgr", "1968-06-12",
  N("n1", "endo_kungalv", "Sjuksköterskeanteckning", "Hampus Ek", "sjuksköterska", "2024-10-18 09:05", [
      ("Kontaktorsak", "Pat ringer och undrar över provsvaret efter koloskopin 9/10."),
      ("Åtgärd", "PAD från koloskopin ännu inte besvarat av patologen. Pat väntar på svar, ej informerad, återkommer när svaret finns."),
  ]),
  must_not=["NL101"],
  why="pathology not yet answered; no diagnosis in the note")

C("tyreoideaknol-cytologi-insand", "skane", "1974-11-08",
  N("n1", "onh_lund", "Läkaranteckning", "Daniel Ohlsson", "läkare", "2024-02-21 10:00", [
      ("Ultraljud", "1,8 cm knöl höger tyreoidealob, FNAC tagen."),
      ("Planering", "Cytologin är insänd. Pat har inte fått något besked eftersom svaret inte kommit."),
  ]),
  must_not=["NL101"],
  why="thyroid nodule with cytology pending; no diagnosis stated")

C("hereditet-brca-svar-ej-klart", "vgr", "1984-03-21",
  N("n1", "onk_jk", "Läkaranteckning", "Helena Ståhl", "läkare", "2024-04-17 14:55", [
      ("Hereditet", "Mor och moster bröstcancer före 50 års ålder, mormor ovarialcancer."),
      ("Planering", "Genetisk analys av BRCA1/2 insänd, svar ej klart. Pat ej informerad om något resultat ännu."),
  ]),
  must_not=["NL101"],
  why="cancers are family history; the genetic result is pending")

C("tidigare-coloncancer-kontroll-dt-ua", "skane", "1955-12-03",
  N("n1", "kirmott_malmo", "Läkaranteckning", "Julia Bergström", "läkare", "2024-10-07 11:00", [
      ("Tidigare", "Opererad för coloncancer 2019 (högersidig hemikolektomi), recidivfri sedan dess."),
      ("Röntgen", "Kontroll-DT thorax-buk: inga tecken på recidiv eller metastaser."),
      ("Planering", "Pat ej informerad om DT-svaret än, brev skickas."),
  ], signed=None),
  must_not=["NL101", "NL102"],
  why="past colon cancer (known) and a negative follow-up CT not yet told [unsigned draft]")

C("far-dog-pankreascancer-lab-normala", "vgr", "1970-02-26",
  N("n1", "med_kungalv", "Telefonanteckning", "Jonas Falk", "läkare", "2024-06-20 12:35", [
      ("Bakgrund", "Far avled i pankreascancer 62 år gammal. Pat orolig och har sökt för diffusa bukbesvär."),
      ("Provsvar", "Leverprover, amylas, Hb och CRP normala."),
      ("Åtgärd", "Ej meddelat pat ännu, ringer imorgon."),
  ]),
  must_not=["NL101"],
  why="pancreatic cancer is the father's; the patient's labs are normal")

C("lymfom-i-barndomen-kontroll-ua", "skane", "1998-08-19",
  N("n1", "hemamott_lund", "Sjuksköterskeanteckning", "Therese Wiberg", "sjuksköterska", "2024-11-15 09:50", [
      ("Bakgrund", "Behandlad för Hodgkins lymfom 2010, sedan dess i långtidsuppföljning för sena komplikationer."),
      ("Provsvar", "TSH, lipider och blodstatus utan anmärkning."),
      ("Åtgärd", "Ej informerad än om svaren, läkaren skickar svar via 1177."),
  ]),
  must_not=["NL101"],
  why="childhood lymphoma is past history; today's untold results are normal")

# --- something other than a diagnosis is untold
C("kand-hypertoni-ny-tid-24h", "vgr", "1962-05-04",
  N("n1", "med_alingsas", "Sjuksköterskeanteckning", "Karin Wahlström", "sjuksköterska", "2024-09-26 10:15", [
      ("Aktuellt", "Känd hypertoni sedan flera år, behandlas med amlodipin."),
      ("Åtgärd", "Pat ej informerad om ny tid för 24-timmars blodtryck, sms skickas."),
  ]),
  must_not=["NL101"],
  why="what is untold is an appointment time, not a diagnosis")

C("gonartros-remiss-avslagen-brev", "skane", "1949-10-27",
  N("n1", "ortop_hlm", "Remissbedömning", "Tobias Mårtensson", "läkare", "2024-05-21 14:25", [
      ("Bedömning", "Gonartros bilateralt, känd för pat sedan länge. Ej operationsindikation i nuläget, fortsatt artrosskola."),
      ("Åtgärd", "Pat ännu inte informerad om att remissen besvaras utan besök, brev skickas."),
  ]),
  must_not=["NL101"],
  why="the untold item is the referral decision; the arthrosis is known to the patient")

C("kol-kand-spirometritid-flyttad", "vgr", "1950-01-18",
  N("n1", "lung_skovde", "Administrativ anteckning", "Pia Åström", "undersköterska", "2024-03-07 08:40", [
      ("Åtgärd", "Känd KOL sedan 2019. Spirometritiden flyttad till 14/3 pga sjukdom i personalgruppen; pat ej informerad ännu, kallelse skickas."),
  ]),
  must_not=["NL101"],
  why="untold appointment change for a patient with known COPD")

# ===========================================================================
# E. NL102: hedged interpretation of a result in a visible Melior section
#    (no statement about telling), PMO notes, non-diagnostic hedges, negations.

C("dt-nodulus-trolig-granulom-kontroll", "vgr", "1967-08-05",
  N("n1", "lung_su", "Läkaranteckning", "Lars Edvardsson", "läkare", "2024-02-14 13:35", [
      ("Röntgen", "DT thorax: 8 mm förkalkad nodulus höger överlob, troligt granulom."),
      ("Planering", "Kontroll-DT om 12 månader enligt Fleischner."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'troligt granulom' on CT; nothing said about informing the patient")

C("ul-gallblasa-sannolikt-akut-kolecystit", "skane", "1970-05-26",
  N("n1", "akut_hbg", "Akutanteckning", "Alva Norén", "läkare", "2024-07-19 22:40", [
      ("Ultraljud", "Förtjockad gallblåsevägg 6 mm, perivesikal vätska, sten i halsen. Sannolikt akut kolecystit."),
      ("Åtgärd", "Inläggs på kirurgen, Tazocin iv."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="ultrasound 'sannolikt akut kolecystit' in an emergency note")

C("eeg-mojlig-temporallobsepilepsi", "skane", "1982-12-30",
  N("n1", "neuro_lund", "Läkaranteckning", "Hanna Paulsson", "läkare", "2024-03-06 10:45", [
      ("EEG", "Intermittenta skarpa vågor vänster temporalt under sömn."),
      ("Bedömning", "Möjlig temporallobsepilepsi. Långtids-EEG och MR beställda."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'möjlig temporallobsepilepsi' after EEG")

C("tsh-lagt-trol-graves-trak-skickat", "vgr", "1991-01-29",
  N("n1", "med_alingsas", "Läkaranteckning", "Petra Lindgren", "läkare", "2024-05-14 11:10", [
      ("Lab", "TSH <0,01, fT4 42, fT3 14."),
      ("Bedömning", "Tyreotoxikos, trol. Graves sjukdom. TRAK skickat, Propranolol insatt."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'trol. Graves sjukdom' from thyroid labs")

C("koloskopi-dd-crohn-uc-pad-invantas", "skane", "2001-09-10",
  N("n1", "endo_malmo", "Endoskopianteckning", "Mikael Strand", "läkare", "2024-06-17 13:05", [
      ("Fynd", "Fläckvis inflammation i colon med aftösa sår, rektum sparat, terminala ileum ej intuberat."),
      ("Bedömning", "IBD, DD Crohns sjukdom/ulcerös kolit. PAD inväntas."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="differential diagnosis Crohn/UC written after colonoscopy")

C("benmarg-hypocellular-mds-kan-ej-uteslutas", "vgr", "1949-04-19",
  N("n1", "hema_su", "Läkaranteckning", "Jenny Carlsson", "läkare", "2024-07-03 14:25", [
      ("Benmärg", "Hypocellulär märg, lätt dyserytropoes. Cytogenetik pågår."),
      ("Bedömning", "MDS kan ej uteslutas. Ny bedömning när cytogenetiken är klar."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'MDS kan ej uteslutas' on marrow result")

C("ul-ljumske-ev-lymfom-fraga", "vgr", "1976-07-22",
  N("n1", "kir_skovde", "Mottagningsanteckning", "Hans Eriksson", "läkare", "2024-09-05 15:15", [
      ("Ultraljud", "3 cm ovoid lymfkörtel vänster ljumske med förlorad hilusstruktur, ev. lymfom?"),
      ("Åtgärd", "Remiss för excisionsbiopsi."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'ev. lymfom?' on groin ultrasound")

C("kolestas-fraga-psc-mrcp", "skane", "1994-11-27",
  N("n1", "med_lkr", "Läkaranteckning", "Rasmus Jönsson", "läkare", "2024-10-09 09:50", [
      ("Lab", "ALP 7,4, GT 6,1, bilirubin 18, ALAT 1,9. Känd ulcerös kolit."),
      ("Bedömning", "Kolestas, ?PSC. MRCP bokad."),
  ], signed=None),
  must=["NL102"], must_not=["NL101"],
  why="'?PSC' after cholestatic labs [unsigned draft]")

C("urinodling-trol-cystit-ssk", "vgr", "1939-06-08",
  N("n1", "geri_molndal", "Omvårdnadsanteckning", "Lena Bäckström", "sjuksköterska", "2024-04-04 19:20", [
      ("Provsvar", "Urinodling: >10^5 E. coli, känslig för nitrofurantoin."),
      ("Bedömning", "Trol. cystit, pat sveder vid miktion. Läkare kontaktad, Furadantin ordinerat."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="nurse note 'trol. cystit' after urine culture")

C("dt-missankt-divertikulit-typo", "skane", "1961-02-01",
  N("n1", "kir_malmo", "Daganteckning", "Julia Bergström", "läkare", "2024-08-14 10:20", [
      ("Röntgen", "DT buk: Missänkt divertikulit i sigmoideum utan abscess eller fri gas."),
      ("Planering", "Peroral antibiotika, hemgång."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="hedged divertikulit with typo 'Missänkt'")

C("anti-ccp-sannolkit-ra-typo", "vgr", "1979-10-16",
  N("n1", "med_kungalv", "Läkaranteckning", "Linda Sjöstrand", "läkare", "2024-01-23 14:50", [
      ("Lab", "Anti-CCP >340, RF positiv, SR 42."),
      ("Bedömning", "Synoviter i MCP 2–3 bilat. Sannolkit reumatoid artrit, remiss reumatolog."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'Sannolkit' (typo) reumatoid artrit after serology")

C("eko-misstankt-endokardit-vegetation", "skane", "1958-03-14",
  N("n1", "kard_lund", "Konsultationsanteckning", "Mattias Kjellberg", "läkare", "2024-12-11 16:35", [
      ("Ekokardiografi", "TEE: 9 mm mobil struktur på mitralisklaffens främre segel."),
      ("Bedömning", "Misstänt infektiös endokardit. Blododlingar x 3 tagna, start cloxacillin enligt infektionskonsult."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="echo structure read as suspected endocarditis (typo 'Misstänt')")

C("barn-lungrtg-trol-pneumoni", "vgr", "2019-05-03",
  N("n1", "barn_dsbus", "Läkaranteckning", "Amelie Grahn", "läkare", "2024-01-30 17:10", [
      ("Röntgen", "Lungröntgen: förtätning höger underlob, trol. pneumoni."),
      ("Åtgärd", "Amoxicillin mixtur, återbesök vid försämring."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="child under 13 (guardian reads): 'trol. pneumoni' on X-ray")

C("barn-ul-buk-misstankt-invagination", "skane", "2022-04-12",
  N("n1", "barn_lund", "Läkaranteckning", "Ellen Fridh", "läkare", "2024-09-18 21:55", [
      ("Ultraljud", "Target-tecken i höger övre kvadrant, misstänkt ileokolisk invagination."),
      ("Åtgärd", "Barnkirurg kontaktad, luftreposition planeras."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="toddler: 'misstänkt ileokolisk invagination' on ultrasound")

C("mr-kna-mojlig-meniskskada", "vgr", "1985-08-13",
  N("n1", "ortop_molndal", "Mottagningsanteckning", "Fredrik Nord", "läkare", "2024-04-30 10:05", [
      ("MR", "Signalförändring i bakre hornet av mediala menisken som når ledytan, möjlig meniskruptur."),
      ("Planering", "Fysioterapi först, ny bedömning om 3 månader."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="MR 'möjlig meniskruptur'")

# --- PMO: hedged diagnoses are never shown, NL102 must not fire
C("pmo-jarnbrist-trolig-blodningskalla", "skane", "1957-11-29",
  N("n1", "vc_sodervarn", "Besöksanteckning", "Mona Axelsson", "läkare", "2024-02-07 10:35", [
      ("Provsvar", "Hb 101, MCV 74, ferritin 6."),
      ("Bedömning", "Trolig järnbristanemi, ?blödningskälla i mag-tarmkanalen. Remiss gastroskopi och koloskopi."),
  ]),
  must_not=["NL102"],
  why="PMO note: hedged diagnosis from labs is never shown")

C("pmo-lungrtg-misstankt-pneumoni-ej-informerad", "skane", "1948-06-20",
  N("n1", "vc_kavlinge", "Telefonanteckning", "Johanna Möller", "läkare", "2024-11-13 15:20", [
      ("Röntgensvar", "Lungröntgen: förtätning höger mellanlob, misstänkt pneumoni, DD atelektas."),
      ("Åtgärd", "Pat ej informerad om röntgensvaret ännu, sökt två gånger. Recept på Kåvepenin förberett."),
  ]),
  must_not=["NL102"],
  why="PMO: hedged X-ray diagnosis and untold result; NL102 must not fire (NL101 not asserted on PMO)")

C("pmo-bvc-hb-misstankt-jarnbrist", "skane", "2022-10-04",
  N("n1", "bvc_hoor", "BVC-anteckning", "Frida Olofsson", "sjuksköterska", "2024-05-08 09:30", [
      ("Provsvar", "Kapillärt Hb 98 vid 18-månaderskontrollen."),
      ("Bedömning", "Misstänkt järnbrist, mycket mjölk i kosten. Kostråd till föräldrarna, läkarbesök bokas."),
  ]),
  must_not=["NL102"],
  why="PMO BVC note: hedged iron deficiency in a toddler")

C("pmo-um-trol-klamydia-svar-invantas", "skane", "2006-03-17",
  N("n1", "um_lund", "Besöksanteckning", "Tilde Nyström", "barnmorska", "2024-06-25 15:45", [
      ("Aktuellt", "Sveda vid miktion och flytning sedan en vecka, ny partner."),
      ("Bedömning", "Trol. klamydia, PCR taget. Svar inväntas, pat får sms."),
  ]),
  must_not=["NL102"],
  why="PMO youth clinic: 'trol. klamydia' is not shown")

C("pmo-hemsjukvard-ul-misstankt-dvt", "skane", "1936-01-09",
  N("n1", "hsj_eslov", "Omvårdnadsanteckning", "Birgit Håkansson", "sjuksköterska", "2024-09-30 11:10", [
      ("Aktuellt", "Svullet och ömt vänster underben sedan två dagar."),
      ("Bedömning", "Misstänkt DVT vänster ben enligt läkare på telefon. Remiss UL, Fragmin ordinerat i väntan."),
  ]),
  must_not=["NL102"],
  why="PMO home care: 'misstänkt DVT' is not shown")

C("pmo-ul-tyreoidea-mojlig-struma-ej-meddelat", "skane", "1968-07-24",
  N("n1", "vc_kavlinge", "Besöksanteckning", "Johanna Möller", "läkare", "2024-03-27 13:30", [
      ("Ultraljud", "Förstorad tyreoidea med flera knölar, möjlig multinodös struma."),
      ("Planering", "Ej meddelat pat ännu, tas vid besök i april."),
  ], signed=None),
  must_not=["NL102"],
  why="PMO: hedged goitre in an untold ultrasound answer; NL102 silent, NL101 not asserted [unsigned draft]")

# --- hedges that are not about a diagnosis
C("trolig-utskrivning-fredag-dt-normal", "vgr", "1947-02-22",
  N("n1", "med_skovde", "Daganteckning", "Oscar Sundqvist", "läkare", "2024-10-24 14:05", [
      ("Röntgen", "DT hjärna: inga tecken till blödning eller infarkt."),
      ("Planering", "Trolig utskrivning på fredag om mobiliseringen går bra. Pat informerad om DT-svaret."),
  ]),
  must_not=["NL102", "NL101"],
  why="hedge concerns the discharge day, not a diagnosis; normal CT told")

C("ev-ny-ul-lipom-informerad", "skane", "1973-10-03",
  N("n1", "kir_hbg", "Mottagningsanteckning", "Patrik Hellström", "läkare", "2024-04-15 09:40", [
      ("Ultraljud", "Subkutant 4 cm lipom på vänster skuldra, välavgränsat."),
      ("Planering", "Pat informerad om att knölen är godartad. Ev. ny UL om den växer, ingen operation nu."),
  ]),
  must_not=["NL102", "NL101"],
  why="'ev.' is about a future ultrasound; lipoma told")

C("mojligen-hemtjanst-efter-utskrivning", "vgr", "1938-12-17",
  N("n1", "geri_molndal", "Arbetsterapeutanteckning", "Sanna Ivarsson", "arbetsterapeut", "2024-07-24 11:00", [
      ("Aktivitet", "Klarar förflyttning med rollator, behöver hjälp vid dusch."),
      ("Planering", "Möjligen behov av hemtjänst efter utskrivning, SIP planeras med kommunen."),
  ]),
  must_not=["NL102", "NL101"],
  why="'möjligen' concerns home help, not a diagnosis")

C("misstanker-att-pat-inte-tar-lakemedel", "skane", "1954-06-28",
  N("n1", "njur_lund", "Läkaranteckning", "Annelie Svensson", "läkare", "2024-06-12 14:45", [
      ("Lab", "Takrolimus-koncentration under målintervallet vid tre kontroller."),
      ("Bedömning", "Misstänker att pat inte tar sina läkemedel regelbundet. Njurfunktionen stabil."),
  ]),
  must_not=["NL102", "NL101"],
  why="suspicion about adherence, not about a diagnosis")

# --- negated hedged diagnoses
C("gastroskopi-ingen-misstanke-malignitet-informerad", "vgr", "1975-09-21",
  N("n1", "endo_sas", "Endoskopianteckning", "Karin Dahlgren", "läkare", "2024-08-22 10:10", [
      ("Fynd", "Normal esofagus och ventrikel, duodenum utan anmärkning."),
      ("Bedömning", "Ingen misstanke om malignitet. Pat informerad direkt efter undersökningen."),
  ]),
  must_not=["NL102", "NL101"],
  why="malignancy negated, normal endoscopy told")

C("dt-inga-tecken-metastaser-lymfom-uteslutes", "skane", "1969-04-30",
  N("n1", "hemamott_lund", "Läkaranteckning", "Sara Holm", "läkare", "2024-09-06 11:40", [
      ("Röntgen", "DT hals-thorax-buk: inga tecken på metastaser, inga förstorade körtlar. Lymfom uteslutes."),
      ("Planering", "Avslutas från hematologen, pat meddelad per telefon."),
  ]),
  must_not=["NL102", "NL101"],
  why="metastases and lymphoma negated on CT")

C("ingen-misstanke-lungcancer-regredierat", "vgr", "1960-12-08",
  N("n1", "lung_skovde", "Läkaranteckning", "Pia Åkerlund", "läkare", "2024-11-20 13:55", [
      ("Röntgen", "Uppföljande DT: förtätningen i vänster underlob har regredierat helt."),
      ("Bedömning", "Ingen misstanke om lungcancer, fyndet var inflammatoriskt. Avslutas."),
  ]),
  must_not=["NL102", "NL101"],
  why="lung cancer negated after a regressed opacity")

# ===========================================================================
# F. More length variation: two long notes and three one-liners.

C("med-lang-hjarnmetastaser-konfusion-son-informerad", "vgr", "1940-05-09",
  N("n1", "med_skovde", "Daganteckning", "Oscar Sundqvist", "läkare", "2024-02-29 16:45", [
      ("Aktuellt", "Dag 2. 83-årig kvinna inlagd via akuten för tilltagande förvirring, ostadighet och två fall i hemmet senaste veckan. Tidigare opererad för bröstcancer 2015, därefter kontroller utan anmärkning och avslutad från onkologen 2020. Bor ensam i radhus i Skövde med hemtjänst morgon och kväll. Sonen bor i närheten och besöker henne dagligen. Under natten orolig, försökte gå ut från avdelningen två gånger, lugnades av nattpersonalen."),
      ("Status", "Vaken men inte orienterad till tid, vet att hon är på sjukhus. Talar osammanhängande ibland. Svag i höger arm och ben, Babinski positiv höger. Pupiller lika, reagerar för ljus. Cor: regelbunden rytm utan blåsljud, frekvens 80. Pulm: ua. Buk: mjuk. Temp 36,8, BT 152/88."),
      ("Lab", "Hb 118, CRP 12, Na 131, Ca 2,45, krea 68, glukos 6,2. Urinsticka negativ."),
      ("Röntgen", "DT hjärna med kontrast igår: tre ringuppladdande expansiviteter, den största 3 cm i vänster parietallob med kraftigt omgivande ödem och lätt överskjutning av medellinjen. Sannolikt metastaser, i första hand från tidigare bröstcancer. DT thorax-buk beställd."),
      ("Bedömning", "Konfusion och högersidig svaghet förklaras av multipla hjärnmetastaser med ödem. Lätt hyponatremi bidrar sannolikt inte nämnvärt."),
      ("Åtgärd", "Betapred 8 mg x 2 insatt igår med viss effekt på vakenheten. Fallprevention: sänggrind nattetid efter samtal med sonen, rörelselarm. Sonen informerad per telefon om DT-fynden igår kväll."),
      ("Planering", "Pat själv ej informerad om DT-svaret, då hon i nuläget inte kan ta till sig informationen. Besked ges när hon är klarare efter kortisonbehandlingen, med sonen närvarande. Kontakt med onkolog om eventuell strålbehandling, palliativa teamet kontaktas. Ny bedömning av orienteringen imorgon."),
  ]),
  must=["NL101", "NL102"],
  why="long ward note: probable brain metastases untold to the confused patient though the son was informed")

C("gastro-lang-trolig-autoimmun-hepatit", "skane", "1978-08-02",
  N("n1", "med_lkr", "Mottagningsanteckning", "Rasmus Jönsson", "läkare", "2024-06-05 10:40", [
      ("Kontaktorsak", "Nybesök, remiss från vårdcentralen pga förhöjda levervärden sedan i vintras."),
      ("Anamnes", "46-årig kvinna, förskollärare, gift, två barn. Tidigare väsentligen frisk, hypotyreos sedan 2016 på Levaxin. Sedan ca fyra månader tilltagande trötthet och värk i lederna, ingen klåda, ingen gulsot. Alkohol: ett par glas vin i månaden. Inga nya läkemedel eller naturläkemedel, har inte rest utomlands senaste året. Ingen känd leversjukdom i släkten."),
      ("Status", "AT: Gott, opåverkad. Ej ikterisk. Inga spider naevi, inget palmarerytem. Buk: mjuk och oöm, lever palperas ej, mjälte ej förstorad. Inga ödem. Leder utan synoviter. BMI 24."),
      ("Lab", "ALAT 6,8, ASAT 4,9, ALP 2,1, bilirubin 19, albumin 36, PK(INR) 1,1. IgG 24 g/l. ANA positiv 1:640, glatt muskel-antikroppar positiva. Hepatit A, B, C och E negativa. Ceruloplasmin och alfa-1-antitrypsin normala. Ferritin 180."),
      ("Ultraljud", "Lever med lätt ojämn ekostruktur, ingen fokal förändring. Gallvägar ej vidgade. Mjälte 11 cm. Portaflöde normalt."),
      ("Bedömning", "Trolig autoimmun hepatit med förhöjt IgG och positiva autoantikroppar, DD läkemedelsinducerad leverskada, dock ingen exponering. Leverbiopsi behövs för att säkerställa diagnosen och gradera inflammationen och fibrosen. Ingen kliniskt avancerad leversjukdom."),
      ("Åtgärd", "Remiss leverbiopsi, ultraljudsledd via röntgen. Fibroscan bokas samma dag. Prover på lipider och HbA1c inför eventuell kortisonbehandling."),
      ("Planering", "Återbesök två veckor efter biopsin för ställningstagande till behandling med prednisolon och azatioprin. Sjukskrivning är inte aktuell i nuläget."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="long outpatient note: 'trolig autoimmun hepatit' with a differential, no statement about informing")

C("oneliner-pad-melanom-in-situ-ej-meddelat", "skane", "1969-01-22",
  N("n1", "hud_lund", "Mottagningsanteckning", "Lina Åberg", "läkare", "2024-06-06 12:05", [
      ("Anteckning", "PAD vä underarm: malignt melanom in situ, radikalt exciderat – ej meddelat pat, tid 12/6."),
  ]),
  must=["NL101"],
  why="one-liner: melanoma in situ from PAD, not yet communicated")

C("oneliner-ul-trol-bakercysta", "vgr", "1961-11-19",
  N("n1", "ortop_molndal", "Mottagningsanteckning", "Fredrik Nord", "läkare", "2024-02-01 09:25", [
      ("Ultraljud", "Trol. Bakercysta i höger knäveck, 3 cm, ingen DVT."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="one-liner: 'trol. Bakercysta' on ultrasound, nothing about informing")

C("oneliner-njursten-meddelat-avgar-sannolikt", "vgr", "1983-04-26",
  N("n1", "akut_sas", "Telefonanteckning", "Elias Björk", "läkare", "2024-08-30 08:15", [
      ("Telefonkontakt", "Meddelat pat att DT visade en 4 mm njursten i vänster uretär som sannolikt avgår spontant."),
  ]),
  must_not=["NL101", "NL102"],
  why="one-liner: kidney stone told; 'sannolikt' is about passing the stone, not the diagnosis")

# ---------------------------------------------------------------------------
# build + validate

CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
PROTECTED_SKANE_TEMPLATES = {"Tidiga hypoteser"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def to_line(c):
    notes = []
    for n in c["notes"]:
        notes.append({k: v for k, v in n.items() if not k.startswith("_")})
    last = max(datetime.fromisoformat(n["time"]) for n in notes)
    as_of = min(last + timedelta(days=7), datetime(2024, 12, 31))
    as_of = as_of.replace(hour=0, minute=0, second=0)
    record = {
        "patient": {"id": pnr(c["born"], c["name"]), "birth_date": c["born"], "protected_identity": False},
        "as_of": as_of.strftime("%Y-%m-%dT%H:%M:%S"),
        "notes": notes,
        "access_events": [],
        "conversations": [],
        "treatments": [],
    }
    return {"case": c["name"], "ruleset": c["region"], "record": record,
            "must": c["must"], "must_not": c["must_not"], "why": c["why"]}


def age_at(born, when):
    b = datetime.strptime(born, "%Y-%m-%d")
    a = when.year - b.year - ((when.month, when.day) < (b.month, b.day))
    return a


def validate(lines, cases):
    errs = []
    names = set()
    sentences = {}
    for c, line in zip(cases, lines):
        nm = line["case"]
        where = "case %s: " % nm
        if set(line) != CASE_KEYS:
            errs.append(where + "keys %s" % sorted(line))
        if nm in names:
            errs.append(where + "duplicate case name")
        names.add(nm)
        if not re.fullmatch(r"[a-z0-9åäö-]+", nm):
            errs.append(where + "bad case name")
        if line["ruleset"] not in ("skane", "vgr"):
            errs.append(where + "bad ruleset")
        if not line["why"] or "\n" in line["why"]:
            errs.append(where + "why must be one line")
        rec = line["record"]
        if set(rec) != RECORD_KEYS:
            errs.append(where + "record keys")
        p = rec["patient"]
        if set(p) != PATIENT_KEYS:
            errs.append(where + "patient keys")
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", p["id"])
        if not m:
            errs.append(where + "personnummer format")
        else:
            if "%s-%s-%s" % m.group(1, 2, 3) != p["birth_date"]:
                errs.append(where + "personnummer does not match birth_date")
            if luhn(p["id"][2:8] + m.group(4)) != int(m.group(5)):
                errs.append(where + "personnummer Luhn")
        try:
            datetime.strptime(p["birth_date"], "%Y-%m-%d")
        except ValueError:
            errs.append(where + "birth_date")
        if not rec["as_of"].startswith("2024-"):
            errs.append(where + "as_of not in 2024")
        ids = set()
        for n, raw in zip(rec["notes"], c["notes"]):
            if set(n) != NOTE_KEYS:
                errs.append(where + "note keys %s" % sorted(n))
            if n["id"] in ids:
                errs.append(where + "duplicate note id")
            ids.add(n["id"])
            for k in ("time", "signed"):
                if n[k] is not None and not n[k].startswith("2024-"):
                    errs.append(where + "%s not in 2024" % k)
            if U[raw["_unit"]][2] != line["ruleset"]:
                errs.append(where + "unit region differs from ruleset")
            t = datetime.fromisoformat(n["time"])
            a = age_at(p["birth_date"], t)
            if 13 <= a <= 15:
                errs.append(where + "patient aged 13-15")
            if line["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append(where + "VGR note must be Melior")
            if not n["sections"]:
                errs.append(where + "note without sections")
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    errs.append(where + "bad section")
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != nm:
                            errs.append(where + "sentence reused from %s: %r" % (sentences[sent], sent))
                        elif sent in sentences:
                            errs.append(where + "sentence repeated inside case: %r" % sent)
                        sentences[sent] = nm
        notes_by_id = {n["id"]: n for n in rec["notes"]}
        seen = set()
        if not line["must"] and not line["must_not"]:
            errs.append(where + "asserts nothing")
        for kind in ("must", "must_not"):
            for t in line[kind]:
                if not (isinstance(t, list) and len(t) == 2):
                    errs.append(where + "bad target")
                    continue
                code, nid = t
                if not re.fullmatch(r"NL1\d\d", code):
                    errs.append(where + "code outside NL1: %s" % code)
                if nid not in notes_by_id:
                    errs.append(where + "target %s does not exist" % nid)
                    continue
                if (code, nid) in seen:
                    errs.append(where + "%s on %s asserted twice" % (code, nid))
                seen.add((code, nid))
                note = notes_by_id[nid]
                if code == "NL101" and note["system"] == "PMO":
                    errs.append(where + "NL101 asserted on a PMO note")
                if code == "NL102" and kind == "must" and note["system"] != "Melior":
                    errs.append(where + "NL102 must on a non-Melior note")
    return errs


def main():
    lines = [to_line(c) for c in CASES]
    errs = validate(lines, CASES)
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, NAME + ".jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    counts = {}
    for line in lines:
        for kind in ("must", "must_not"):
            for code, _ in line[kind]:
                counts.setdefault(code, [0, 0])[0 if kind == "must" else 1] += 1
    print("%d cases -> %s" % (len(lines), out))
    for code in sorted(counts):
        print("  %s must %d must_not %d" % (code, counts[code][0], counts[code][1]))
    if errs:
        for e in errs:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
