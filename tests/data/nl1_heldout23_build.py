#!/usr/bin/env python3
"""Gold cases nl1_heldout23_cases: a quality auditor's random draw from one month
(October 2024) of journal notes across a whole region -- hospital wards and clinics of
every specialty, primary care, emergency, psychiatry, maternity and child health, home
care -- by every kind of author. About half the cases are near misses that keep the
routine. Written from the regional routines (seeds) and the rule catalog only.

python3 build.py  ->  writes nl1_heldout23_cases.jsonl beside itself and validates it.
Dependency-free, deterministic; exits 1 on any problem.
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

NAME = "nl1_heldout23_cases"
HERE = Path(__file__).resolve().parent
AS_OF = "2024-11-01T00:00:00"

SK = "SE2321000255-"
VG = "SE2321000131-"
UNITS = {
    # ---- Region Skåne, Melior (hospitals) ----
    "sk_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", SK + "4410"),
    "sk_akut_mal": ("Akutmottagningen, Skånes universitetssjukhus Malmö", SK + "4417"),
    "sk_med_hbg": ("Medicinavdelning 3, Helsingborgs lasarett", SK + "5120"),
    "sk_kard_mal": ("Kardiologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "3306"),
    "sk_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", SK + "2871"),
    "sk_kir_ystad": ("Kirurgavdelningen, Ystads lasarett", SK + "6034"),
    "sk_ort_hlm": ("Ortopedmottagningen, Hässleholms sjukhus", SK + "6712"),
    "sk_neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", SK + "7619"),
    "sk_geri_mal": ("Geriatriska kliniken, Skånes universitetssjukhus Malmö", SK + "3950"),
    "sk_kvinno_kri": ("Kvinnokliniken, Centralsjukhuset Kristianstad", SK + "5588"),
    "sk_forl_mal": ("Förlossningen, Skånes universitetssjukhus Malmö", SK + "3412"),
    "sk_barn_lund": ("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Lund", SK + "2230"),
    "sk_bup_hbg": ("BUP-mottagningen Helsingborg", SK + "8140"),
    "sk_psyk_mal": ("Allmänpsykiatrisk mottagning Malmö Norr", SK + "8802"),
    "sk_psyk_avd": ("Psykiatrisk heldygnsvård avd 62, Lund", SK + "8815"),
    "sk_beroende": ("Beroendecentrum Malmö", SK + "8870"),
    "sk_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", SK + "2644"),
    "sk_uro_tbg": ("Urologiska mottagningen, Trelleborgs lasarett", SK + "6290"),
    "sk_inf_mal": ("Infektionskliniken, Skånes universitetssjukhus Malmö", SK + "3577"),
    "sk_gastro_lund": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Lund", SK + "2519"),
    "sk_ogon_lund": ("Ögonmottagningen, Skånes universitetssjukhus Lund", SK + "2705"),
    "sk_asih_lund": ("ASIH Lund", SK + "2990"),
    "sk_reuma_lund": ("Reumatologiska mottagningen, Skånes universitetssjukhus Lund", SK + "2388"),
    "sk_lung_lund": ("Lungmottagningen, Skånes universitetssjukhus Lund", SK + "2462"),
    "sk_hemat_lund": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", SK + "2915"),
    "sk_onh_hbg": ("Öron-, näs- och halsmottagningen, Helsingborgs lasarett", SK + "5243"),
    # ---- Region Skåne, PMO (primary care) ----
    "sk_vc_linero": ("Vårdcentralen Linero", SK + "9104"),
    "sk_vc_bjuv": ("Vårdcentralen Bjuv", SK + "9231"),
    "sk_vc_osterlen": ("Vårdcentralen Österlen, Simrishamn", SK + "9377"),
    "sk_vc_eslov": ("Vårdcentralen Eslöv", SK + "9418"),
    "sk_bvc_rosengard": ("BVC Rosengård", SK + "9502"),
    "sk_bvc_staffanstorp": ("BVC Staffanstorp", SK + "9516"),
    "sk_um_lund": ("Ungdomsmottagningen Lund", SK + "9640"),
    "sk_hsv_sjobo": ("Hemsjukvården Sjöbo", SK + "9733"),
    "sk_bmm_hoganas": ("Barnmorskemottagningen Höganäs", SK + "9851"),
    # ---- Västra Götalandsregionen, Melior ----
    "vg_akut_su": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", VG + "1102"),
    "vg_akut_sas": ("Akutmottagningen, Södra Älvsborgs sjukhus Borås", VG + "3307"),
    "vg_med_nu": ("Medicinmottagningen, NU-sjukvården Uddevalla", VG + "4410"),
    "vg_medavd_nu": ("Medicinavdelning 21, NU-sjukvården Uddevalla", VG + "4433"),
    "vg_kard_sks": ("Kardiologiska kliniken, Skaraborgs sjukhus Skövde", VG + "5218"),
    "vg_kard_su": ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "1350"),
    "vg_hjsv_nu": ("Hjärtsviktsmottagningen, NU-sjukvården Trollhättan", VG + "4471"),
    "vg_lung_su": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "1290"),
    "vg_lungavd_su": ("Lungmedicinsk vårdavdelning, Sahlgrenska Universitetssjukhuset", VG + "1295"),
    "vg_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "1418"),
    "vg_kvinno_sas": ("Kvinnokliniken, Södra Älvsborgs sjukhus Borås", VG + "3360"),
    "vg_smv_sas": ("Specialistmödravården, Södra Älvsborgs sjukhus Borås", VG + "3366"),
    "vg_barnakut": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", VG + "1620"),
    "vg_barn_ali": ("Barn- och ungdomsmottagningen, Alingsås lasarett", VG + "6122"),
    "vg_psyk_boras": ("Vuxenpsykiatrimottagning Borås", VG + "3480"),
    "vg_psyk_su": ("Psykiatri Psykos, Sahlgrenska Universitetssjukhuset", VG + "1705"),
    "vg_psyk_ostra": ("Psykiatrisk öppenvård Östra, Sahlgrenska Universitetssjukhuset", VG + "1712"),
    "vg_beroende": ("Beroendemottagningen, Sahlgrenska Universitetssjukhuset Mölndal", VG + "1733"),
    "vg_onk_su": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", VG + "1811"),
    "vg_ort_kung": ("Ortopedmottagningen, Kungälvs sjukhus", VG + "7205"),
    "vg_fysio_kung": ("Fysioterapimottagningen, Kungälvs sjukhus", VG + "7230"),
    "vg_geri_mol": ("Geriatriska kliniken, Sahlgrenska Universitetssjukhuset Mölndal", VG + "1902"),
    "vg_hud_su": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", VG + "1933"),
    "vg_uro_lid": ("Urologmottagningen, Skaraborgs sjukhus Lidköping", VG + "5390"),
    "vg_inf_ostra": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset Östra", VG + "1960"),
    "vg_endo_ali": ("Endokrinmottagningen, Alingsås lasarett", VG + "6140"),
    "vg_med_ali": ("Medicinmottagningen, Alingsås lasarett", VG + "6105"),
    "vg_reuma_mol": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", VG + "1977"),
    "vg_hemat_su": ("Sektionen för hematologi, Sahlgrenska Universitetssjukhuset", VG + "1822"),
    "vg_kir_frol": ("Kirurgmottagningen, Frölunda specialistsjukhus", VG + "2044"),
    "vg_onh_nal": ("Öron-näsa-halsmottagningen, NÄL Trollhättan", VG + "4520"),
    "vg_smarta_sks": ("Smärtmottagningen, Skaraborgs sjukhus Skövde", VG + "5456"),
    "vg_njur_su": ("Njurmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "1388"),
    "vg_gen_su": ("Cancergenetiska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "1860"),
    "vg_logo_su": ("Logopedmottagningen, Sahlgrenska Universitetssjukhuset", VG + "1449"),
    "vg_palli_nu": ("Palliativa teamet, NU-sjukvården", VG + "4490"),
}

PMO_UNITS = {k for k in UNITS if k.startswith(("sk_vc_", "sk_bvc_", "sk_um_", "sk_hsv_", "sk_bmm_"))}

CASES = []
_serial = [0]


def luhn_digit(digits):
    tot = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        tot += d - 9 if d > 9 else d
    return str((10 - tot % 10) % 10)


def pnr(birth, sex):
    _serial[0] += 1
    n = _serial[0]
    two = 10 + (n * 37) % 89
    third = (n % 5) * 2 + (1 if sex == "m" else 0)
    s3 = f"{two:02d}{third}"
    ymd = birth.replace("-", "")
    return f"{ymd}-{s3}{luhn_digit(ymd[2:] + s3)}"


def N(unit, template, who, when, secs, signed=40, setting="öppenvård", nid="n1", refs=()):
    """One note. who = (name, role); when = 'YYYY-MM-DD HH:MM'; signed = minutes after
    the note time, or None for an unsigned draft. System follows from the unit."""
    t = dt.datetime.strptime(when, "%Y-%m-%d %H:%M")
    return {
        "id": nid,
        "system": "PMO" if unit in PMO_UNITS else "Melior",
        "template": template,
        "unit": {"name": UNITS[unit][0], "hsa_id": UNITS[unit][1]},
        "author": {"name": who[0], "role": who[1]},
        "time": t.isoformat(),
        "signed": None if signed is None else (t + dt.timedelta(minutes=signed)).isoformat(),
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": v} for k, v in secs],
    }


def K(name, ruleset, born, sex, notes, must, must_not, why):
    if isinstance(notes, dict):
        notes = [notes]

    def tgt(x):
        return [x, "n1"] if isinstance(x, str) else [x[0], x[1]]

    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(born, sex), "birth_date": born, "protected_identity": False},
            "as_of": AS_OF,
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [tgt(x) for x in must],
        "must_not": [tgt(x) for x in must_not],
        "why": why,
    })

# =====================================================================================
# A. Hedged diagnoses in visible Melior text (NL102 must)
# =====================================================================================

K("akut-lund-misstankt-appendicit", "skane", "1998-03-14", "m",
  N("sk_akut_lund", "Akutanteckning", ("Jonas Pålsson", "läkare"), "2024-10-03 22:14", [
      ("Anamnes", "Sedan i går kväll tilltagande smärta som började kring naveln och nu sitter i höger fossa. Illamående, kräkts en gång. Ingen diarré."),
      ("Status", "Temp 38,1. Buken: distinkt ömhet och släppömhet över McBurneys punkt, Rovsings tecken positivt."),
      ("Lab", "CRP 48, LPK 13,2."),
      ("Bedömning", "Misstänkt appendicit. Kirurgkonsult tillkallad, fastande, dropp."),
  ], setting="akutmottagning"),
  ["NL102"], ["NL101"], "suspected appendicitis in the Bedömning of an emergency Melior note")

K("lung-trolig-sarkoidos-lofgren", "vgr", "1971-08-02", "f",
  N("vg_lung_su", "Mottagningsanteckning", ("Karin Ekholm", "läkare"), "2024-10-08 10:30", [
      ("Aktuellt", "Remitterad från vårdcentral pga torrhosta och trötthet sedan i våras. Lungröntgen visade bilaterala hilusförstoringar."),
      ("Status", "Opåverkad. Erythema nodosum-liknande förändringar på underbenen, nu i regress."),
      ("Bedömning", "Trolig sarkoidos, där Löfgrens syndrom är en möjlighet med tanke på hudbilden. Bronkoskopi med EBUS bokas för att få PAD."),
  ]),
  ["NL102"], [], "probable sarcoidosis (trolig) in a visible lung clinic note, VGR")

K("neuro-mojlig-ms-dd-borrelia", "vgr", "1990-11-20", "f",
  N("vg_neuro_su", "Läkaranteckning", ("Mikael Strand", "läkare"), "2024-10-09 14:05", [
      ("Anamnes", "Domningar i vänster ben i tre veckor. Tidigare episod med dimsyn på höger öga för två år sedan som gick över spontant."),
      ("Bedömning", "MR visar periventrikulära lesioner. Möjlig MS, DD neuroborrelios eller vaskulit. Lumbalpunktion bokad nästa vecka."),
  ], signed=None),
  ["NL102"], [], "possible MS with DD in an unsigned draft neurology note")

K("kard-misstankt-hcm-diagnosfalt", "skane", "1985-05-09", "m",
  N("sk_kard_mal", "Mottagningsanteckning", ("Leila Haddad", "läkare"), "2024-10-02 09:40", [
      ("Ekokardiografi", "Septumtjocklek 17 mm, SAM-fenomen, gradient i utflödet 45 mmHg i vila."),
      ("Diagnos", "Misstänkt hypertrofisk kardiomyopati, I42.1"),
      ("Planering", "Hjärt-MR och genetisk utredning. Avstår från tävlingsidrott tills vidare."),
  ]),
  ["NL102"], [], "suspected diagnosis written in the Diagnos section of a Melior note")

K("geri-sannolikt-blanddemens", "skane", "1939-02-27", "f",
  N("sk_geri_mal", "Läkaranteckning", ("Birgitta Olsson", "läkare"), "2024-10-10 13:20", [
      ("Aktuellt", "Kognitiv svikt sedan två år enligt maken, glömmer spisen och hittar inte i affären. MMT 21/30."),
      ("Bedömning", "Sannolikt blandform av Alzheimers sjukdom och vaskulär demens; DT hjärna visar uttalade småkärlsförändringar. Utredningen fortsätter med neuropsykologisk testning."),
  ]),
  ["NL102"], [], "probable mixed dementia (sannolikt) in a geriatric visible note")

K("endo-kan-ej-utesluta-feokromocytom", "vgr", "1967-07-30", "m",
  N("vg_endo_ali", "Läkaranteckning", ("Sofia Lindqvist", "läkare"), "2024-10-14 11:00", [
      ("Anamnes", "Paroxysmala attacker med hjärtklappning, svettningar och huvudvärk några gånger per månad."),
      ("Status", "BT 182/110 vid besöket, puls 96."),
      ("Bedömning", "Kan ej utesluta feokromocytom. Plasmametoxikatekolaminer och DT binjurar beställs."),
  ]),
  ["NL102"], [], "'kan ej utesluta' hedge on a diagnosis, endocrine clinic VGR")

K("hud-susp-melanom-typo", "skane", "1956-12-03", "m",
  N("sk_hud_lund", "Mottagningsanteckning", ("Ulf Kjellberg", "läkare"), "2024-10-15 08:50", [
      ("Status", "Pigmenterad lesion mellan skulderbladen, 9 mm, asymmetrisk med ojämn färg. Dermatoskopi: atypiskt nätverk, blåvit slöja."),
      ("Bedömning", "Susp. malignt melamom. Excision i dag med 2 mm marginal, PAD inväntas."),
  ]),
  ["NL102"], [], "telegraphic 'susp.' before a diagnosis with a typo (melamom) in a skin clinic note")

K("gyn-endometriom-dd-cystadenom", "vgr", "1993-04-18", "f",
  N("vg_kvinno_sas", "Läkaranteckning", ("Emma Björk", "läkare"), "2024-10-16 15:10", [
      ("Undersökning", "Vaginalt ultraljud: 6 cm cystisk förändring i vänster ovarium med grumligt, homogent innehåll."),
      ("Bedömning", "Misstanke om endometriom, DD mucinöst cystadenom. CA-125 tas, nytt ultraljud om 6 veckor."),
  ]),
  ["NL102"], [], "misstanke om + DD in a gynaecology note")

K("inf-malaria-ej-uteslutet", "skane", "1988-01-22", "m",
  N("sk_inf_mal", "Inskrivningsanteckning", ("Amir Rostami", "läkare"), "2024-10-05 03:25", [
      ("Anamnes", "Hemkommen från Tanzania för fem dagar sedan. Feber 39,8 och frossa sedan i går. Har inte tagit malariaprofylax."),
      ("Bedömning", "Malaria ej uteslutet – snabbtestet negativt men tjock droppe upprepas x3. Blododlingar tagna, inläggning på isoleringsrum."),
  ], setting="slutenvård"),
  ["NL102"], [], "'ej uteslutet' keeps malaria an open hypothesis in an admission note")

K("gastro-crohn-fragetecken", "skane", "2001-06-06", "f",
  N("sk_gastro_lund", "Läkaranteckning", ("Henrik Mårtensson", "läkare"), "2024-10-17 10:45", [
      ("Koloskopi", "Aftösa sår och longitudinella fissurer i terminala ileum, normal kolonslemhinna."),
      ("Bedömning", "Förenligt med Crohns sjukdom? Biopsier tagna, svar om ca två veckor."),
  ]),
  ["NL102"], [], "diagnosis followed by a question mark in a gastro note")

K("ort-ockult-skafoideumfraktur", "vgr", "2003-02-11", "m",
  N("vg_ort_kung", "Mottagningsanteckning", ("Olle Fransson", "läkare"), "2024-10-07 16:20", [
      ("Anamnes", "Föll på utsträckt hand på fotbollsträning i lördags."),
      ("Status", "Palpationsöm i fossa tabatière, lätt svullnad radialt."),
      ("Bedömning", "Röntgen utan säker fraktur. Misstänkt ockult skafoideumfraktur, gipsas med tummen inkluderad och ny röntgen om tio dagar."),
  ]),
  ["NL102"], [], "suspected occult fracture in an orthopaedic note")

K("barn-trolig-celiaki-guardian-reads", "skane", "2016-08-19", "f",
  N("sk_barn_lund", "Läkaranteckning", ("Maria Sandberg", "läkare"), "2024-10-21 13:00", [
      ("Aktuellt", "Magont och dålig viktuppgång senaste året, har tappat en percentil. Mamma med på besöket."),
      ("Lab", "Transglutaminasantikroppar över tio gånger referensvärdet."),
      ("Bedömning", "Trolig celiaki. Planerar gastroskopi med biopsier; fortsatt glutenhaltig kost tills dess."),
  ]),
  ["NL102"], ["NL101"], "probable coeliac disease in a child's Melior note read by guardians")

K("akut-nstemi-fragetecken-telegrafisk", "vgr", "1957-10-01", "m",
  N("vg_akut_su", "Akutanteckning", ("Farid Nasser", "läkare"), "2024-10-12 06:15", [
      ("Anamnes", "67-årig man. Tryck i bröstet sedan kl 04, strålar mot vä arm. Rökare."),
      ("Undersökning", "EKG: ST-sänkn V4–V6. Trop T 38→52."),
      ("Bedömning", "NSTEMI? Inl. hjärtavd, ASA + Brilique, angio i morgon."),
  ], setting="akutmottagning"),
  ["NL102"], [], "telegraphic 'NSTEMI?' in an emergency note")

K("psyk-mojlig-bipolar-ii-dd-eips", "skane", "1996-03-03", "f",
  N("sk_psyk_mal", "Läkaranteckning", ("Johan Wester", "läkare"), "2024-10-22 11:15", [
      ("Samtal", "Beskriver återkommande perioder med sänkt sömnbehov, ökad energi och impulsiva köp, varvat med djupa depressioner."),
      ("Bedömning", "Bilden är förenlig med möjlig bipolär sjukdom typ II, men differentialdiagnostiskt behöver emotionellt instabil personlighetsstörning övervägas."),
      ("Planering", "Stämningsdagbok i fyra veckor, därefter nytt läkarbesök."),
  ], setting="psykiatrisk öppenvård"),
  ["NL102"], [], "possible bipolar II plus a differential diagnosis in adult psychiatry")

K("psyk-hypotes-autism-psykolog", "vgr", "2000-05-25", "m",
  N("vg_psyk_boras", "Psykologanteckning", ("Hanna Wallin", "psykolog"), "2024-10-23 09:30", [
      ("Samtal", "Svårigheter i sociala sammanhang sedan barndomen, starka rutiner och sensoriska känsligheter för ljud."),
      ("Bedömning", "Hypotes om autismspektrumtillstånd. NPF-utredning påbörjas med ADOS och utvecklingsanamnes från mamman."),
  ], setting="psykiatrisk öppenvård"),
  ["NL102"], [], "a psychologist's 'hypotes om' a diagnosis in a visible note")

K("uro-misstankt-prostatacancer-draft", "skane", "1952-03-12", "m",
  N("sk_uro_tbg", "Läkaranteckning", ("Per-Anders Holm", "läkare"), "2024-10-24 14:40", [
      ("Aktuellt", "PSA 14,2, tidigare 6,1 för ett år sedan."),
      ("Status", "Palpatoriskt hård och knölig vänster lob."),
      ("Bedömning", "Misstänkt prostatacancer. MR prostata beställd, därefter riktade biopsier."),
  ], signed=None),
  ["NL102"], [], "suspected prostate cancer in an unsigned urology draft")

K("onh-akustikusneurinom-bor-uteslutas", "vgr", "1975-12-15", "f",
  N("vg_onh_nal", "Läkaranteckning", ("Tobias Ek", "läkare"), "2024-10-18 10:00", [
      ("Anamnes", "Tilltagande hörselnedsättning på vänster öra med tinnitus sedan ett år."),
      ("Undersökning", "Audiogram visar ensidig sensorineural nedsättning vänster, diskrimination 68 %."),
      ("Bedömning", "Akustikusneurinom bör uteslutas – MR inneröra beställd."),
  ]),
  ["NL102"], [], "'bör uteslutas' marks a diagnosis that is still being considered, ENT note")

K("neuro-parkinson-typo-missankt", "skane", "1951-10-10", "m",
  N("sk_neuro_lund", "Läkaranteckning", ("Ingrid Nyström", "läkare"), "2024-10-11 09:15", [
      ("Status", "Vilotremor höger hand, kugghjulsrigiditet och nedsatt armpendling höger."),
      ("Bedömning", "Missänkt Parkinsons sjukdom. DaTSCAN beställd, provbehandling med levodopa diskuteras vid återbesöket."),
  ]),
  ["NL102"], [], "typo in the hedge (Missänkt) before Parkinson's disease")

K("njur-trolig-iga-nefropati", "vgr", "1982-07-07", "m",
  N("vg_njur_su", "Mottagningsanteckning", ("Anneli Grahn", "läkare"), "2024-10-28 13:45", [
      ("Aktuellt", "Mikroskopisk hematuri och proteinuri 0,8 g/dygn, eGFR 68. Har haft episoder med rödfärgad urin i samband med förkylning."),
      ("Bedömning", "Trolig IgA-nefropati; njurbiopsi planeras i november."),
  ]),
  ["NL102"], [], "probable IgA nephropathy in a renal clinic note")

K("ogon-misstankt-glaukom", "skane", "1948-04-04", "f",
  N("sk_ogon_lund", "Läkaranteckning", ("Cecilia Berg", "läkare"), "2024-10-29 08:30", [
      ("Undersökning", "Tryck 28/26 mmHg. Synfält: nasalt språng höger öga. OCT visar förtunnat nervfiberlager."),
      ("Bedömning", "Misstänkt glaukom, startar Xalatan till natten bilateralt. Kontroll om sex veckor."),
  ]),
  ["NL102"], [], "suspected glaucoma in an eye clinic note")

K("reuma-sanolik-ra-typo", "vgr", "1977-09-09", "f",
  N("vg_reuma_mol", "Läkaranteckning", ("Lars Hedin", "läkare"), "2024-10-30 15:00", [
      ("Anamnes", "Symmetrisk polyartrit i MCP- och PIP-leder sedan tre månader, morgonstelhet två timmar."),
      ("Lab", "RF neg, anti-CCP pos, SR 42."),
      ("Bedömning", "Sanolik reumatoid artrit. Metotrexat planeras, lungröntgen och hepatitserologi före start."),
  ]),
  ["NL102"], [], "typo in the hedge (Sanolik) before rheumatoid arthritis")

K("omv-ev-lunginflammation-ssk", "skane", "1944-06-16", "m",
  N("sk_med_hbg", "Omvårdnadsanteckning", ("Annika Persson", "sjuksköterska"), "2024-10-06 19:50", [
      ("Omvårdnad", "Pat hostar upp gulgrönt slem, temp 38,9, saturation 91 % på luft. Jourläkaren bedömer ev. lunginflammation, odlingar tagna och lungröntgen beställd."),
      ("Åtgärd", "Höjd huvudända, andningsgymnastik med PEP-flaska, syrgas 1 l/min."),
  ], setting="slutenvård"),
  ["NL102"], [], "a nurse's note carries the physician's 'ev.' diagnosis into visible text")

K("fysio-misstankt-meniskskada", "vgr", "1986-01-30", "m",
  N("vg_fysio_kung", "Fysioterapeutanteckning", ("Elin Sjöberg", "fysioterapeut"), "2024-10-09 11:40", [
      ("Anamnes", "Vridvåld mot vänster knä vid padel för två veckor sedan. Svullnad och låsningskänsla."),
      ("Status", "Ömhet över mediala ledspringan, McMurray positivt, full extension saknas."),
      ("Bedömning", "Misstänkt medial meniskskada. Föreslår remiss till ortoped för MR-bedömning."),
  ]),
  ["NL102"], [], "a physiotherapist's suspected diagnosis in a visible note")

K("dietist-misstankt-pankreasinsufficiens", "skane", "1962-11-11", "m",
  N("sk_gastro_lund", "Dietistanteckning", ("Petra Lund", "dietist"), "2024-10-14 13:30", [
      ("Aktuellt", "Ofrivillig viktnedgång 8 kg på fyra månader och fettig lös avföring."),
      ("Bedömning", "Misstänkt exokrin pankreasinsufficiens enligt ansvarig gastroläkare, Creon ordinerat. Kostanamnes: äter tre mål men undviker fett."),
      ("Åtgärd", "Råd om att ta Creon till varje måltid och mellanmål."),
  ]),
  ["NL102"], [], "a dietitian restates the physician's suspected diagnosis")

K("inf-trolig-borreliameningit-draft", "vgr", "1979-08-08", "f",
  N("vg_inf_ostra", "Läkaranteckning", ("Ali Karimi", "läkare"), "2024-10-04 17:30", [
      ("Anamnes", "Huvudvärk och nackstelhet i en vecka, i går facialispares höger. Fästingbett i juli."),
      ("Bedömning", "LP visar mononukleär pleocytos. Trolig borreliameningit, startar doxycyklin."),
  ], signed=None, setting="slutenvård"),
  ["NL102"], [], "probable neuroborreliosis in an unsigned infectious diseases draft")

K("kir-misstanke-pankreastumor", "skane", "1946-09-21", "m",
  N("sk_kir_ystad", "Inskrivningsanteckning", ("Gunnar Hallberg", "läkare"), "2024-10-19 20:10", [
      ("Anamnes", "Smärtfri ikterus i en vecka, mörk urin och ljus avföring. Gått ner 5 kg."),
      ("Undersökning", "Ultraljud: vidgade intrahepatiska gallvägar och vidgad ductus choledochus."),
      ("Bedömning", "Misstanke om tumör i pankreashuvudet; DT buk enligt pankreasprotokoll i morgon."),
  ], setting="slutenvård"),
  ["NL102"], [], "suspected pancreatic tumour in a surgical admission note")

K("kard-tel-misstankt-formaksflimmer-ssk", "vgr", "1959-02-14", "f",
  N("vg_kard_sks", "Telefonanteckning", ("Malin Gustafsson", "sjuksköterska"), "2024-10-25 10:05", [
      ("Kontaktorsak", "Uppföljning av 72-timmars EKG."),
      ("Åtgärd", "Registreringen granskad av dr Berg: misstänkt förmaksflimmer med korta episoder. Kallelse till läkarbesök vecka 44 skickas."),
  ]),
  ["NL102"], [], "a nurse's note relays a suspected arrhythmia diagnosis read from a long-term ECG")

K("bup-misstanks-adhd-barn", "skane", "2014-03-30", "m",
  N("sk_bup_hbg", "Psykologanteckning", ("Nora Ahlström", "psykolog"), "2024-10-16 14:00", [
      ("Bakgrund", "Remiss från elevhälsan pga koncentrationssvårigheter och konflikter på rasterna."),
      ("Bedömning", "Utifrån skattningar från skola och föräldrar samt observation i klassrummet misstänks ADHD av kombinerad form. Kognitiv testning genomförs vid nästa besök."),
  ], setting="barn- och ungdomspsykiatrisk öppenvård"),
  ["NL102"], [], "suspected ADHD in a child psychiatry Melior note (guardians read it)")

K("forl-misstankt-preeklampsi-bm", "skane", "1991-07-19", "f",
  N("sk_forl_mal", "Barnmorskeanteckning", ("Sara Nilsson", "barnmorska"), "2024-10-20 07:45", [
      ("Aktuellt", "Gravid v 36+2, huvudvärk och flimmer för ögonen sedan morgonen."),
      ("Status", "BT 158/104, proteinuri 2+, livliga reflexer."),
      ("Bedömning", "Misstänkt preeklampsi, läkare tillkallad och inläggning på BB-avdelning förbereds."),
  ], setting="slutenvård"),
  ["NL102"], [], "a midwife's suspected pre-eclampsia in a visible obstetric note")

K("smv-mojlig-hjartmissbildning-foster", "vgr", "1995-02-02", "f",
  N("vg_smv_sas", "Läkaranteckning", ("Jenny Axelsson", "läkare"), "2024-10-22 13:10", [
      ("Undersökning", "RUL v 19+3: fyrkammarbilden går inte att få fram tydligt, övrig anatomi utan anmärkning."),
      ("Bedömning", "Möjlig hjärtmissbildning hos fostret. Remiss till fostermedicin för fetal ekokardiografi."),
  ]),
  ["NL102"], [], "a possible fetal malformation in the mother's visible note")

K("smarta-trolig-fibromyalgi", "skane", "1980-10-10", "f",
  N("sk_reuma_lund", "Läkaranteckning", ("Anders Roos", "läkare"), "2024-10-08 15:30", [
      ("Anamnes", "Långvarig utbredd smärta i alla fyra kvadranter sedan mer än ett år, sömnstörning och kognitiv trötthet."),
      ("Bedömning", "Inga inflammatoriska markörer. Trolig fibromyalgi; multimodal rehabilitering föreslås."),
  ]),
  ["NL102"], [], "probable fibromyalgia in a rheumatology note")

K("lung-sannolkt-kol-typo", "skane", "1958-05-05", "m",
  N("sk_lung_lund", "Läkaranteckning", ("Eva Dahl", "läkare"), "2024-10-03 10:20", [
      ("Anamnes", "Rökt 40 paketår, ansträngningsdyspné och morgonhosta sedan flera vintrar."),
      ("Bedömning", "Sannolkt KOL; spirometri med reversibilitet bokas om fyra veckor efter rökstoppsstöd."),
  ]),
  ["NL102"], [], "typo in the hedge (Sannolkt) before COPD")

K("akut-sab-kan-inte-uteslutas", "vgr", "1984-12-12", "f",
  N("vg_akut_su", "Akutanteckning", ("Niklas Berglund", "läkare"), "2024-10-13 21:40", [
      ("Anamnes", "Plötslig, mycket kraftig huvudvärk under styrketräning, den värsta hon haft."),
      ("Bedömning", "DT hjärna utan blödning sju timmar efter debut. Subaraknoidalblödning kan inte uteslutas – LP för spektrofotometri."),
  ], setting="akutmottagning"),
  ["NL102"], [], "'kan inte uteslutas' on subarachnoid haemorrhage in the emergency department")

K("asih-hyperkalcemi-fragetecken", "skane", "1941-01-09", "m",
  N("sk_asih_lund", "Omvårdnadsanteckning", ("Linda Holmgren", "sjuksköterska"), "2024-10-26 11:30", [
      ("Hembesök", "Pat med känd lungcancer, tilltagande förvirring och törst senaste dygnen. Dricker mycket men kissar lite."),
      ("Bedömning", "Hyperkalcemi? Prover tagna i hemmet, läkare kontaktad angående eventuell inläggning."),
  ], setting="hemsjukvård"),
  ["NL102"], [], "a question-marked diagnosis in an ASIH home visit note")

K("beroende-misstankt-alkoholbrukssyndrom", "skane", "1970-04-21", "m",
  N("sk_beroende", "Läkaranteckning", ("Kristina Falk", "läkare"), "2024-10-15 10:50", [
      ("Aktuellt", "Remiss från vårdcentral pga förhöjda leverprover. GT 4,2, CDT 2,8 %."),
      ("Bedömning", "Misstänkt alkoholbrukssyndrom, pat förnekar högkonsumtion och vill inte ha Antabus. Ny provtagning om en månad."),
  ]),
  ["NL102"], [], "suspected alcohol use disorder in an addiction clinic note")

K("akut-trolgi-pyelonefrit-typo", "vgr", "1987-06-01", "f",
  N("vg_akut_sas", "Akutanteckning", ("Viktor Lindgren", "läkare"), "2024-10-27 02:35", [
      ("Anamnes", "Feber 39,4, frossa och dunkande smärta i vänster flank sedan i går."),
      ("Status", "Dunkömhet vänster njurloge. U-sticka nitrit pos."),
      ("Bedömning", "Trolgi pyelonefrit, inläggning för iv cefotaxim."),
  ], setting="akutmottagning"),
  ["NL102"], [], "typo in the hedge (Trolgi) before pyelonephritis")

# =====================================================================================
# B. NL102 near misses: negation, family and past history, confirmation, hedges that are
#    not about a diagnosis, PMO, Tidiga hypoteser, normal results
# =====================================================================================

K("akut-ingen-misstanke-acs", "skane", "1966-02-22", "m",
  N("sk_akut_lund", "Akutanteckning", ("Jonas Pålsson", "läkare"), "2024-10-04 23:05", [
      ("Anamnes", "Bröstsmärta i vila i tjugo minuter, nu smärtfri. Smärtan går att reproducera vid tryck på bröstkorgen."),
      ("Undersökning", "EKG sinusrytm utan ischemitecken. Troponin T 6 och 7 ng/l med tre timmars intervall."),
      ("Bedömning", "Ingen misstanke om akut koronart syndrom. Hem med råd om att söka igen vid nya besvär."),
  ], setting="akutmottagning"),
  [], ["NL102", "NL101"], "negated suspicion (ingen misstanke om) of a coronary syndrome")

K("lung-lungemboli-uteslutes", "vgr", "1953-09-09", "f",
  N("vg_lungavd_su", "Läkaranteckning", ("Karin Ekholm", "läkare"), "2024-10-06 12:10", [
      ("Undersökning", "DT lungangiografi utan fyllnadsdefekter."),
      ("Bedömning", "Lungemboli uteslutes. Dyspnén bedöms orsakad av känd KOL i exacerbation, behandlas med prednisolon och inhalationer."),
  ], setting="slutenvård"),
  [], ["NL102"], "'uteslutes' rules out pulmonary embolism; the remaining diagnosis is known")

K("neuro-inga-tecken-demyelinisering-typo", "skane", "1994-01-15", "f",
  N("sk_neuro_lund", "Läkaranteckning", ("Ingrid Nyström", "läkare"), "2024-10-18 10:40", [
      ("Anamnes", "Övergående stickningar i båda händerna under några dagar i september."),
      ("Bedömning", "MR hjärna och halsrygg utan anmärkning, inga tecken på demyliniserande sjukdom. Neurologstatus normalt. Ingen ytterligare utredning, åter vid nya symtom."),
  ]),
  [], ["NL102"], "negated finding (inga tecken på) with a typo (demyliniserande)")

K("kir-appendicit-avskrivs-draft", "vgr", "2005-05-05", "m",
  N("vg_kir_frol", "Läkaranteckning", ("Sanna Öberg", "läkare"), "2024-10-11 18:25", [
      ("Anamnes", "Diffus buksmärta sedan i morse, nu avklingande. Flera i korridoren på studentboendet har haft magsjuka."),
      ("Status", "Buken mjuk, inga peritoneala tecken. CRP under 5."),
      ("Bedömning", "Appendicit avskrivs. Hem med vätskeråd."),
  ], signed=None),
  [], ["NL102"], "appendicitis written off (avskrivs) in an unsigned surgical draft")

K("ort-ingen-fraktur-hoft", "skane", "1938-07-07", "f",
  N("sk_ort_hlm", "Läkaranteckning", ("Jakob Winther", "läkare"), "2024-10-09 15:15", [
      ("Anamnes", "Föll i hemmet i går, smärta i vänster höft. Går med rollator sedan tidigare."),
      ("Bedömning", "Röntgen höft och bäcken visar ingen fraktur. Kontusion vänster höft, paracetamol och fysioterapeut för gångträning."),
  ]),
  [], ["NL102"], "an X-ray shows no fracture; a confirmed contusion only")

K("kard-hereditet-far-misstankt-infarkt", "skane", "1979-03-27", "m",
  N("sk_kard_mal", "Mottagningsanteckning", ("Leila Haddad", "läkare"), "2024-10-10 08:45", [
      ("Hereditet", "Far dog plötsligt 52 år gammal, misstänkt hjärtinfarkt. Bror har trolig familjär hyperkolesterolemi och utreds i Lund."),
      ("Bedömning", "Pat har behandlad hypertoni, LDL 3,1. Låg risk enligt SCORE2, men med hänsyn till hereditet görs arbetsprov."),
  ]),
  [], ["NL102"], "hedged diagnoses belong to the father and brother (family history)")

K("genetik-mormor-moster-brostcancer", "vgr", "1985-08-14", "f",
  N("vg_gen_su", "Mottagningsanteckning", ("Helena Forsberg", "genetisk vägledare"), "2024-10-15 13:00", [
      ("Hereditet", "Mormor och moster insjuknade i bröstcancer före 50 års ålder. En kusin hade möjligen äggstockscancer men uppgiften är osäker."),
      ("Bedömning", "Pat själv frisk. Uppfyller kriterier för genetisk testning av BRCA1/2, blodprov taget efter samtal om vad ett positivt besked innebär."),
  ]),
  [], ["NL102"], "a cousin's possible cancer in the family history of a healthy patient")

K("neuro-mor-trolig-alzheimer-migran", "skane", "1963-06-18", "f",
  N("sk_neuro_lund", "Läkaranteckning", ("Olof Persson", "läkare"), "2024-10-23 09:00", [
      ("Hereditet", "Mor hade trolig Alzheimer från 70-årsåldern."),
      ("Bedömning", "Pat har välkänd migrän utan aura sedan tonåren, nu tätare attacker i klimakteriet. Förskriver sumatriptan och lägger till propranolol som profylax."),
  ]),
  [], ["NL102"], "the mother's probable dementia is family history; the patient's migraine is known")

K("med-tidigare-sarkoidos-avskriven", "vgr", "1970-10-02", "m",
  N("vg_med_nu", "Mottagningsanteckning", ("Johanna Lundin", "läkare"), "2024-10-17 11:20", [
      ("Tidigare sjukdomar", "2015 utreddes misstänkt sarkoidos, avskrevs efter bronkoskopi. Hypertoni sedan 2018."),
      ("Aktuellt", "Kontroll av blodtryck, hemmamätningar i snitt 132/84."),
      ("Bedömning", "Välbehandlad hypertoni, oförändrad medicinering."),
  ]),
  [], ["NL102"], "an old suspicion (2015) that was investigated and written off")

K("gastro-celiaki-2021-biopsi-normal-ibs", "skane", "1990-02-17", "f",
  N("sk_gastro_lund", "Läkaranteckning", ("Henrik Mårtensson", "läkare"), "2024-10-24 09:20", [
      ("Anamnes", "Misstanke om celiaki 2021 men tunntarmsbiopsin var då normal. Nu växlande avföring och uppblåsthet som lindras efter tarmtömning."),
      ("Bedömning", "IBS enligt Rom IV-kriterierna. Remiss till dietist för low FODMAP."),
  ]),
  [], ["NL102"], "past suspicion disproved by biopsy; current diagnosis stated plainly")

K("lung-misstankt-pneumoni-bekraftas", "vgr", "1942-12-24", "m",
  N("vg_lungavd_su", "Läkaranteckning", ("Per Ström", "läkare"), "2024-10-07 09:50", [
      ("Bedömning", "Den misstänkta pneumonin bekräftas på lungröntgen med infiltrat i höger underlob. Fortsätter bensylpenicillin iv, feberfri sedan i går."),
  ], setting="slutenvård"),
  [], ["NL102"], "an earlier suspicion is now confirmed by imaging")

K("hud-tel-pad-basalcell-meddelat", "skane", "1950-04-29", "f",
  N("sk_hud_lund", "Telefonanteckning", ("Camilla Törnqvist", "sjuksköterska"), "2024-10-21 14:10", [
      ("Åtgärd", "Ringt pat och meddelat PAD-svar: basalcellscancer, radikalt exciderad. Ingen ytterligare behandling, suturtagning på vårdcentralen om en vecka."),
  ]),
  [], ["NL102", "NL101"], "a confirmed result already given to the patient by phone")

K("neuro-ms-faststalld-informerad", "vgr", "1992-11-08", "f",
  N("vg_neuro_su", "Läkaranteckning", ("Mikael Strand", "läkare"), "2024-10-29 15:30", [
      ("Bedömning", "Diagnosen MS fastställs enligt McDonald-kriterierna efter LP med oligoklonala band."),
      ("Information", "Pat informerad vid dagens besök tillsammans med sin sambo. Vi diskuterade bromsmediciner och hon lutar åt ofatumumab."),
  ]),
  [], ["NL102", "NL101"], "settled diagnosis that the patient has been told")

K("arbter-trolig-hemgang-kol", "skane", "1947-08-30", "m",
  N("sk_med_hbg", "Arbetsterapeutanteckning", ("Mona Svensson", "arbetsterapeut"), "2024-10-08 14:30", [
      ("Aktuellt", "Pat inlagd för KOL-exacerbation, nu förbättrad."),
      ("Bedömning", "ADL-bedömning inför hemgång: klarar påklädning och toalettbesök självständigt, behöver duschpall. Trolig hemgång i morgon om fortsatt stabil enligt ansvarig läkare."),
      ("Åtgärd", "Duschpall förskriven, hemtjänst informerad."),
  ], setting="slutenvård"),
  [], ["NL102"], "the hedge is about the discharge date, not about a diagnosis")

K("psyk-mojligen-hoja-sertralin", "skane", "1983-09-12", "m",
  N("sk_psyk_mal", "Läkaranteckning", ("Johan Wester", "läkare"), "2024-10-25 10:30", [
      ("Bedömning", "Måttlig depressiv episod, något bättre på sertralin 50 mg. Sover bättre men är fortfarande orkeslös."),
      ("Planering", "Möjligen kan dosen ökas till 100 mg vid nästa besök om effekten planar ut."),
  ], signed=None, setting="psykiatrisk öppenvård"),
  [], ["NL102"], "'möjligen' hedges a dose change; the depression diagnosis is affirmed")

K("fysio-eventuellt-bassangtraning", "vgr", "1955-05-15", "f",
  N("vg_fysio_kung", "Fysioterapeutanteckning", ("Elin Sjöberg", "fysioterapeut"), "2024-10-16 09:10", [
      ("Aktuellt", "Höftprotes höger för sex veckor sedan. Går utan hjälpmedel inomhus, kryckkäpp ute."),
      ("Planering", "Pat eventuellt intresserad av bassängträning, information om gruppen på onsdagar given."),
  ]),
  [], ["NL102"], "'eventuellt' hedges an activity, not a diagnosis")

K("dietist-sannolikt-naringsdryck", "skane", "1964-06-20", "m",
  N("sk_onk_lund", "Dietistanteckning", ("Petra Lund", "dietist"), "2024-10-22 10:15", [
      ("Aktuellt", "Pat med tonsillcancer, vecka tre av strålbehandlingen. Sväljsmärta och har gått ner 3 kg."),
      ("Åtgärd", "Sannolikt behöver pat näringsdryck under resten av behandlingen; två flaskor dagligen förskrivna."),
  ]),
  [], ["NL102"], "'sannolikt' hedges a nutritional need; the cancer diagnosis is known")

K("uro-aterbesok-fragetecken", "vgr", "1949-12-01", "m",
  N("vg_uro_lid", "Mottagningsanteckning", ("Stefan Öhman", "läkare"), "2024-10-10 13:40", [
      ("Bedömning", "Benign prostataförstoring, nöjd med tamsulosin. Residualurin 40 ml."),
      ("Planering", "Återbesök om sex månader eller redan v. 46? Pat återkommer om vilket som passar."),
  ]),
  [], ["NL102"], "a question mark about an appointment week, not about a diagnosis")

K("reuma-symtom-borjade-troligen-augusti", "skane", "1972-02-29", "f",
  N("sk_reuma_lund", "Läkaranteckning", ("Anders Roos", "läkare"), "2024-10-30 11:10", [
      ("Anamnes", "Känd psoriasisartrit. Svullnad i höger knä, symtomen började troligen i slutet av augusti efter en längre vandring."),
      ("Åtgärd", "Ledpunktion 40 ml klar vätska, kortisoninjektion given."),
  ]),
  [], ["NL102"], "'troligen' hedges when symptoms began; the diagnosis is known")

K("logoped-afasi-ev-grupptraning", "vgr", "1952-08-05", "m",
  N("vg_logo_su", "Logopedanteckning", ("Ida Carlsson", "logoped"), "2024-10-24 13:20", [
      ("Aktuellt", "Afasi efter vänstersidig stroke i augusti."),
      ("Bedömning", "Förstår enkla instruktioner, benämningsförmågan klart förbättrad sedan förra testningen. Ev. gruppträning i vår."),
  ]),
  [], ["NL102"], "a speech therapist's 'ev.' is about group training; aphasia is confirmed")

# ---- PMO: diagnoses are never shown, hedged ones keep the routine ----

K("pmo-vc-misstankt-uvi", "skane", "1978-11-23", "f",
  N("sk_vc_linero", "Besöksanteckning", ("Daniel Ek", "läkare"), "2024-10-02 10:10", [
      ("Anamnes", "Sveda vid miktion och täta trängningar sedan tre dagar. Afebril."),
      ("Bedömning", "U-sticka nitrit pos, leukocyter 3+. Misstänkt nedre UVI, odling skickad."),
      ("Åtgärd", "Selexid 200 mg x3 i fem dagar."),
  ], setting="primärvård"),
  [], ["NL102"], "hedged diagnosis in a PMO primary care note: PMO never shows diagnoses")

K("pmo-vc-susp-formaksflimmer", "skane", "1950-06-26", "m",
  N("sk_vc_bjuv", "Besöksanteckning", ("Rebecka Holm", "distriktssköterska"), "2024-10-07 09:25", [
      ("Aktuellt", "Oregelbunden puls vid BT-kontroll."),
      ("Bedömning", "Susp. förmaksflimmer, EKG bokat i morgon bitti. Pat uppmanad att söka akut vid bröstsmärta eller andfåddhet."),
  ], setting="primärvård"),
  [], ["NL102"], "telegraphic 'susp.' in a PMO district nurse note")

K("pmo-um-misstankt-klamydia", "skane", "2005-09-17", "m",
  N("sk_um_lund", "Besöksanteckning", ("Alva Bengtsson", "barnmorska"), "2024-10-09 15:40", [
      ("Kontaktorsak", "Partnern har testat positivt för klamydia. Inga egna symtom."),
      ("Bedömning", "Misstänkt klamydiainfektion; urinprov taget och behandling med doxycyklin enligt smittskyddsrutin. Smittspårning påbörjad."),
  ], setting="primärvård"),
  [], ["NL102"], "suspected chlamydia at a PMO youth clinic")

K("pmo-bvc-hoft-fragetecken", "skane", "2024-07-20", "f",
  N("sk_bvc_staffanstorp", "BVC-besök", ("Tomas Åkesson", "läkare"), "2024-10-01 13:30", [
      ("Undersökning", "Åttaveckorskontroll. Asymmetriska lårveck och klick vid Ortolanis test vänster."),
      ("Bedömning", "Höftledsinstabilitet? Remiss till barnortoped för ultraljud."),
  ], signed=None, setting="primärvård"),
  [], ["NL102"], "question-marked diagnosis in an unsigned PMO child health draft")

K("pmo-hsv-trolig-candida", "skane", "1932-03-17", "f",
  N("sk_hsv_sjobo", "Hembesök", ("Ewa Jönsson", "sjuksköterska"), "2024-10-12 10:50", [
      ("Omvårdnad", "Rodnad, fuktig hud i ljumskarna med satellitlesioner. Trolig candidainfektion, Daktacort två gånger dagligen i en vecka enligt läkarordination."),
      ("Åtgärd", "Undersköterskorna instruerade om torr hudvård och luftning."),
  ], setting="hemsjukvård"),
  [], ["NL102"], "probable candida in a PMO home care note")

K("pmo-bmm-misstankt-graviditetsdiabetes", "skane", "1992-01-08", "f",
  N("sk_bmm_hoganas", "Besöksanteckning", ("Josefin Hallin", "barnmorska"), "2024-10-14 08:40", [
      ("Aktuellt", "Gravid v 26, fastande glukos 5,6."),
      ("Bedömning", "Misstänkt graviditetsdiabetes, OGTT bokas till nästa vecka. Kostråd givna."),
  ], setting="primärvård"),
  [], ["NL102"], "suspected gestational diabetes at a PMO antenatal clinic")

K("pmo-dsk-misstankt-arteriell-insufficiens", "skane", "1940-10-20", "m",
  N("sk_vc_osterlen", "Besöksanteckning", ("Ingela Sjöstrand", "distriktssköterska"), "2024-10-17 14:20", [
      ("Aktuellt", "Svårläkt sår lateralt på höger underben sedan två månader, kall fot och svaga pulsar."),
      ("Bedömning", "Misstänkt arteriell insufficiens, ABI uppmätt till 0,6. Läkare informerad, remiss till kärlkirurg skrivs."),
  ], setting="primärvård"),
  [], ["NL102"], "a district nurse's suspected diagnosis in PMO")

# ---- Tidiga hypoteser (protected): hedges are where they belong ----

K("th-skane-misstanke-huntington", "skane", "1981-04-13", "m",
  N("sk_neuro_lund", "Tidiga hypoteser", ("Olof Persson", "läkare"), "2024-10-03 16:00", [
      ("Bedömning", "Ofrivilliga ryckningar i ansikte och händer. Fadern avled i 50-årsåldern i oklar neurologisk sjukdom. Misstanke om Huntingtons sjukdom. Ej framfört till pat i dag – genetisk vägledning planeras innan eventuell testning."),
  ]),
  [], ["NL102", "NL101", "NL104", "NL206"], "an untold hypothesis correctly kept in the Skåne Tidiga hypoteser template")

K("th-vgr-sokord-mojligt-lymfom", "vgr", "1976-05-28", "m",
  N("vg_med_ali", "Läkaranteckning", ("Anna Rydén", "läkare"), "2024-10-15 09:30", [
      ("Aktuellt", "Återbesök för uppföljning av viktnedgång och trötthet."),
      ("Status", "Flera förstorade, oömma körtlar på vänster halssida."),
      ("Tidiga hypoteser", "Lymfadenopati och nattliga svettningar – möjligt lymfom. Ej diskuterat med pat innan biopsisvar."),
      ("Planering", "Ultraljudsledd finnålspunktion av körtel på halsen bokad."),
  ]),
  [], ["NL102", "NL101", "NL104", "NL206"], "VGR: the hypothesis sits under the Tidiga hypoteser sökord; visible sections are neutral")

K("th-vgr-prodromal-schizofreni", "vgr", "2001-09-03", "m",
  N("vg_psyk_ostra", "Läkaranteckning", ("Sara Moberg", "läkare"), "2024-10-18 13:50", [
      ("Samtal", "Sover dåligt, har slutat på gymmet och träffar sällan vänner."),
      ("Tidiga hypoteser", "Tilltagande social tillbakadragenhet, misstänksamhet mot grannar och udda tankeinnehåll – misstänkt prodromalfas av schizofreni. Inte diskuterat med pat."),
      ("Bedömning", "Fortsatta stödsamtal varannan vecka, sömnen följs upp med sömndagbok."),
  ], setting="psykiatrisk öppenvård"),
  [], ["NL102", "NL104"], "psychiatric hypothesis under the VGR Tidiga hypoteser sökord")

# ---- worries ruled out, normal results ----

K("akut-rad-for-blodpropp-ingen-dvt", "vgr", "1977-07-17", "f",
  N("vg_akut_sas", "Akutanteckning", ("Viktor Lindgren", "läkare"), "2024-10-19 16:45", [
      ("Anamnes", "Orolig för blodpropp efter flygresa från Thailand, ont i vänster vad."),
      ("Bedömning", "D-dimer lätt förhöjt, ultraljud av vänster ben utan trombos. Ingen DVT. Muskulär smärta, råd om rörelse och värme."),
  ], setting="akutmottagning"),
  [], ["NL102"], "the patient's worry is examined and ruled out")

K("onk-oro-recidiv-utan-hallpunkt", "skane", "1968-03-08", "f",
  N("sk_onk_lund", "Läkaranteckning", ("Malin Rask", "läkare"), "2024-10-28 10:20", [
      ("Aktuellt", "Pat orolig för återfall av sin bröstcancer pga smärta i bröstkorgen sedan en månad."),
      ("Bedömning", "Mammografi, ultraljud och skelettskintigrafi utan hållpunkt för recidiv. Smärtan bedöms komma från revbensbrosket."),
  ]),
  [], ["NL102"], "fear of recurrence with no evidence of recurrence")

K("inf-malaria-avskriven-tre-droppar", "skane", "1975-11-05", "m",
  N("sk_inf_mal", "Läkaranteckning", ("Amir Rostami", "läkare"), "2024-10-23 08:35", [
      ("Bedömning", "Malaria kunde avskrivas efter tre negativa tjocka droppar. Febern har lagt sig och CRP sjunker. Utskrivs i morgon."),
  ], setting="slutenvård"),
  [], ["NL102"], "a diagnosis written off after testing")

K("barnakut-meningit-foreligger-ej", "vgr", "2021-03-15", "m",
  N("vg_barnakut", "Akutanteckning", ("Lina Johansson", "läkare"), "2024-10-05 20:30", [
      ("Anamnes", "Feber 39 i två dagar, pigg mellan febertopparna. Pappa med."),
      ("Status", "Ingen nackstelhet, inga petekier. Vänster trumhinna röd och buktande."),
      ("Bedömning", "Meningit bedöms inte föreligga. Akut mediaotit vänster, Kåvepenin i fem dagar."),
  ], setting="akutmottagning"),
  [], ["NL102"], "meningitis judged not present in a child's emergency note")

K("kir-divertikulit-perforation-avskriven", "skane", "1961-01-19", "f",
  N("sk_kir_ystad", "Läkaranteckning", ("Gunnar Hallberg", "läkare"), "2024-10-12 11:05", [
      ("Bedömning", "DT buk visar okomplicerad divertikulit i sigmoideum. Den tidigare misstanken om perforation avskriven, inga fria gaser. Peroral antibiotika och hemgång."),
  ], setting="slutenvård"),
  [], ["NL102"], "an earlier suspicion of perforation written off; the main diagnosis is confirmed")

K("onk-tumor-sannolikt-svarat", "vgr", "1958-08-18", "m",
  N("vg_onk_su", "Läkaranteckning", ("Erik Sandell", "läkare"), "2024-10-14 14:00", [
      ("Aktuellt", "Känd koloncancer med levermetastaser, efter sex cykler FOLFOX."),
      ("Bedömning", "DT visar att levermetastaserna minskat; tumören har sannolikt svarat väl på behandlingen. Fortsätter enligt plan."),
  ]),
  [], ["NL102"], "'sannolikt' hedges treatment response, not a diagnosis")

K("psykavd-suicidrisk-hog-kand-depression", "skane", "1990-06-14", "f",
  N("sk_psyk_avd", "Läkaranteckning", ("Fredrik Åberg", "läkare"), "2024-10-02 09:15", [
      ("Aktuellt", "Känd recidiverande depression, inlagd efter suicidförsök med tabletter i söndags."),
      ("Bedömning", "Suicidrisken bedöms fortfarande som hög, extra tillsyn var 15:e minut."),
  ], setting="psykiatrisk heldygnsvård"),
  [], ["NL102"], "a risk assessment, not a hedged diagnosis, on a psychiatric ward")

K("kard-ingen-missanke-endokardit-typo", "skane", "1955-09-02", "m",
  N("sk_kard_mal", "Läkaranteckning", ("Leila Haddad", "läkare"), "2024-10-26 13:25", [
      ("Bedömning", "Ingen missanke om endokardit: blododlingar x3 negativa och TEE utan vegetationer. Febern förklaras av känd pneumoni."),
  ]),
  [], ["NL102"], "negated suspicion with a typo (missanke)")

# =====================================================================================
# C. NL101: the note says the patient is not told (yet), the diagnosis is visible
# =====================================================================================

K("onk-levermetastaser-ej-informerad", "skane", "1955-01-27", "m",
  N("sk_onk_lund", "Läkaranteckning", ("Malin Rask", "läkare"), "2024-10-09 16:10", [
      ("Bedömning", "PAD från leverbiopsi visar metastaser från adenokarcinom, trolig pankreasprimär. Pat ännu ej informerad – informationssamtal med onkolog på fredag med dottern närvarande."),
  ]),
  ["NL101", "NL102"], [], "metastatic cancer with a probable primary, patient not yet informed")

K("neuro-als-ej-meddelad", "vgr", "1960-04-23", "m",
  N("vg_neuro_su", "Läkaranteckning", ("Mikael Strand", "läkare"), "2024-10-21 15:45", [
      ("Undersökning", "EMG visar utbredd denervation i tre regioner, kliniskt både övre och nedre motorneuronpåverkan."),
      ("Diagnos", "ALS."),
      ("Planering", "Diagnosen har ännu inte meddelats pat; besked ges vid återbesök nästa vecka med anhörig."),
  ]),
  ["NL101"], ["NL102"], "a settled ALS diagnosis written visibly before the patient is told")

K("hemat-aml-besked-i-morgon", "skane", "1973-05-31", "f",
  N("sk_hemat_lund", "Läkaranteckning", ("Viktor Håkansson", "läkare"), "2024-10-10 18:30", [
      ("Lab", "Benmärgsutstryk: 62 % blaster, flödescytometri visar akut myeloisk leukemi."),
      ("Planering", "Pat ska inte få besked förrän ansvarig hematolog träffar henne i morgon bitti."),
  ], setting="slutenvård"),
  ["NL101"], [], "AML written visibly; the patient must not be told before tomorrow")

K("kir-karcinos-avvaktar-info", "skane", "1949-03-03", "f",
  N("sk_kir_ystad", "Läkaranteckning", ("Karl Lindblad", "läkare"), "2024-10-15 12:40", [
      ("Röntgen", "DT buk visar peritoneal karcinos och ascites."),
      ("Bedömning", "Avvaktar med information till pat tills kirurg och onkolog konfererat på MDK på torsdag."),
  ], setting="slutenvård"),
  ["NL101"], [], "carcinosis written visibly while information is withheld until a conference")

K("gyn-endometriecancer-ej-besked", "vgr", "1958-12-19", "f",
  N("vg_kvinno_sas", "Läkaranteckning", ("Emma Björk", "läkare"), "2024-10-24 11:55", [
      ("Provsvar", "PAD endometriebiopsi: endometrioid endometriecancer grad 1."),
      ("Planering", "Pat har inte fått besked ännu och kallas till mottagningen på tisdag för samtal."),
  ]),
  ["NL101"], ["NL102"], "endometrial cancer in visible text before the patient has been told")

K("uro-prostatacancer-ej-infomerad-typo", "skane", "1947-01-16", "m",
  N("sk_uro_tbg", "Läkaranteckning", ("Per-Anders Holm", "läkare"), "2024-10-25 09:10", [
      ("Provsvar", "PAD: prostatacancer Gleason 4+4, samtliga biopsier från vänster lob."),
      ("Planering", "Pat ej infomerad ännu, telefontid bokad 28/10."),
  ]),
  ["NL101"], [], "not-yet-informed statement with a typo (infomerad)")

K("psyk-schizofreni-ska-ej-tas-upp", "vgr", "1997-08-23", "m",
  N("vg_psyk_su", "Läkaranteckning", ("Sara Moberg", "läkare"), "2024-10-11 10:30", [
      ("Diagnos", "Schizofreni, paranoid form."),
      ("Bedömning", "Diagnosen ska inte tas upp med pat ännu pga bristande sjukdomsinsikt och hög risk för behandlingsavbrott. Tas upp när samarbetet stabiliserats."),
  ], setting="psykiatrisk öppenvård"),
  ["NL101"], [], "a psychiatric diagnosis deliberately not yet told, written in ordinary sections")

K("geri-alzheimer-dottern-vill-vanta", "skane", "1936-09-06", "f",
  N("sk_geri_mal", "Läkaranteckning", ("Birgitta Olsson", "läkare"), "2024-10-28 14:15", [
      ("Bedömning", "Utredningen visar Alzheimers sjukdom av lindrig grad."),
      ("Planering", "Enligt dotterns önskan avvaktar vi med att berätta diagnosen för pat själv. Nytt samtal med dottern om två veckor."),
  ]),
  ["NL101"], [], "diagnosis withheld from the patient at a relative's request, in visible text")

K("lung-smacellig-ej-informerad-draft", "vgr", "1952-02-21", "m",
  N("vg_lungavd_su", "Läkaranteckning", ("Per Ström", "läkare"), "2024-10-30 17:20", [
      ("Bedömning", "Bronkoskopi PAD: småcellig lungcancer. Pat ännu ej informerad, läkarsamtal i morgon kl 10 med hustrun."),
  ], signed=None, setting="slutenvård"),
  ["NL101"], [], "unsigned draft: lung cancer written before the patient is told")

K("inf-hiv-ej-underrattad-ssk", "skane", "1989-10-15", "m",
  N("sk_inf_mal", "Telefonanteckning", ("Hanna Lindberg", "sjuksköterska"), "2024-10-16 11:35", [
      ("Kontaktorsak", "Provsvar från vårdcentralen."),
      ("Åtgärd", "Konfirmerat positivt HIV-test. Pat är ännu inte underrättad, infektionsläkare ringer pat i eftermiddag för att boka besök samma vecka."),
  ]),
  ["NL101"], [], "a nurse documents a positive HIV test before the patient is told")

K("hud-melanom-tva-anteckningar", "skane", "1944-07-11", "m", [
    N("sk_hud_lund", "Läkaranteckning", ("Ulf Kjellberg", "läkare"), "2024-10-08 15:00", [
        ("Provsvar", "PAD: malignt melanom, Breslow 1,8 mm, ulcererat."),
        ("Planering", "Pat ej informerad ännu, kallas till besök på torsdag."),
    ], nid="n1"),
    N("sk_hud_lund", "Mottagningsanteckning", ("Ulf Kjellberg", "läkare"), "2024-10-10 10:30", [
        ("Information", "Pat informerad om diagnosen malignt melanom och om behovet av utvidgad excision samt portvaktskörtelbiopsi."),
        ("Planering", "Remiss till plastikkirurgen skickad."),
    ], nid="n2"),
  ],
  [("NL101", "n1")], [("NL101", "n2"), ("NL102", "n2")],
  "two notes: the first writes the melanoma before telling, the second documents the telling")

# =====================================================================================
# D. NL101 near misses: patient told, relatives not told, other things not told
# =====================================================================================

K("onk-informerad-barnen-vantar", "vgr", "1951-06-09", "m",
  N("vg_onk_su", "Läkaranteckning", ("Erik Sandell", "läkare"), "2024-10-04 13:30", [
      ("Information", "Pat informerad om diagnosen koloncancer och planerad operation. Han önskar att barnen inte informeras förrän efter jul."),
  ]),
  [], ["NL101", "NL102"], "the patient knows; only his children are not informed")

K("neuro-parkinssons-maken-ej-informerad-typo", "skane", "1954-03-25", "f",
  N("sk_neuro_lund", "Läkaranteckning", ("Olof Persson", "läkare"), "2024-10-30 10:00", [
      ("Bedömning", "Pat har fått besked om Parkinssons sjukdom och tog det sansat. Maken har ännu inte informerats, på pat:s egen begäran."),
  ]),
  [], ["NL101", "NL102"], "patient told, husband not told at her wish; typo in the diagnosis (Parkinssons)")

K("med-hjartsvikt-ej-informerad-om-tid", "skane", "1945-02-18", "m",
  N("sk_med_hbg", "Utskrivningsanteckning", ("Andreas Malm", "läkare"), "2024-10-13 14:50", [
      ("Bedömning", "Hjärtsvikt med bevarad ejektionsfraktion, pat informerad om diagnos och behandling."),
      ("Planering", "Pat ej informerad om tid för ekokardiografi ännu, kallelse skickas hem."),
  ], signed=None, setting="slutenvård"),
  [], ["NL101"], "'ej informerad' is about an appointment time, the diagnosis was told")

K("med-cirros-vill-ej-diskutera-prognos", "vgr", "1962-04-16", "m",
  N("vg_med_nu", "Läkaranteckning", ("Johanna Lundin", "läkare"), "2024-10-22 15:20", [
      ("Bedömning", "Pat känner till diagnosen alkoholorsakad levercirros men vill inte diskutera prognosen i dag, vilket respekteras."),
  ]),
  [], ["NL101"], "the patient knows the diagnosis and declines talk of prognosis")

K("akut-collumfraktur-hustrun-ej-naadd", "vgr", "1939-05-19", "m",
  N("vg_akut_su", "Akutanteckning", ("Farid Nasser", "läkare"), "2024-10-20 19:05", [
      ("Bedömning", "Röntgen visar fraktur på höger collum femoris. Pat informerad om frakturen och operation i morgon."),
      ("Planering", "Hustrun ej nåbar per telefon, nytt försök i kväll via avdelningen."),
  ], setting="akutmottagning"),
  [], ["NL101"], "patient informed; only the wife could not be reached")

K("asih-medveten-om-cancer", "skane", "1948-11-14", "f",
  N("sk_asih_lund", "Läkaranteckning", ("Karin Wahlström", "läkare"), "2024-10-17 12:00", [
      ("Aktuellt", "Pat väl medveten om sin cancerdiagnos och om att den onkologiska behandlingen avslutas."),
      ("Planering", "Önskar vårdas hemma till slutet; brytpunktssamtal genomfört med pat och make."),
  ], setting="hemsjukvård"),
  [], ["NL101"], "palliative note stating the patient is aware of the diagnosis")

K("neuro-informerat-om-misstanke-myasteni", "vgr", "1988-02-09", "f",
  N("vg_neuro_su", "Läkaranteckning", ("Linnea Hagberg", "läkare"), "2024-10-12 09:40", [
      ("Anamnes", "Dubbelseende och hängande ögonlock som förvärras under dagen."),
      ("Information", "Informerat pat om misstanken om myasteni och om att antikroppsprov samt EMG behövs för att bekräfta."),
  ]),
  [], ["NL101"], "the suspicion itself was told to the patient (NL102 not asserted)")

K("psyk-bipolar-i-informerad", "skane", "1994-12-28", "m",
  N("sk_psyk_mal", "Läkaranteckning", ("Johan Wester", "läkare"), "2024-10-31 13:00", [
      ("Information", "Pat informerades i dag om diagnosen bipolär sjukdom typ I och fick skriftlig information om litiumbehandling."),
  ], setting="psykiatrisk öppenvård"),
  [], ["NL101", "NL102"], "a psychiatric diagnosis documented as told")

K("th-skane-recidiv-ovarialcancer-ej-informerad", "skane", "1957-07-22", "f",
  N("sk_onk_lund", "Tidiga hypoteser", ("Malin Rask", "läkare"), "2024-10-11 15:25", [
      ("Bedömning", "Stark misstanke om recidiv av ovarialcancer med stigande CA-125 och nytillkommen ascites. Pat ännu ej informerad i väntan på DT."),
  ]),
  [], ["NL101", "NL102", "NL104"], "'ej informerad' inside the protected Tidiga hypoteser template keeps the routine")

# =====================================================================================
# E. NL104: Tidiga hypoteser with no hypothesis, or with a settled and told diagnosis
# =====================================================================================

K("th-skane-tolk-och-telefontid", "skane", "1986-05-05", "f",
  N("sk_kvinno_kri", "Tidiga hypoteser", ("Lotta Mattsson", "sjuksköterska"), "2024-10-07 11:00", [
      ("Övrigt", "Pat önskar inte bli uppringd före kl 10. Tolk på arabiska behövs vid alla besök."),
  ]),
  ["NL104"], ["NL102", "NL101"], "Tidiga hypoteser used for practical notes with no hypothesis")

K("th-vgr-celiaki-verifierad-meddelad", "vgr", "1998-07-13", "f",
  N("vg_med_ali", "Läkaranteckning", ("Anna Rydén", "läkare"), "2024-10-09 14:20", [
      ("Aktuellt", "Återbesök efter gastroskopi."),
      ("Tidiga hypoteser", "Diagnosen celiaki är nu verifierad med biopsi och meddelades pat vid dagens besök."),
      ("Planering", "Remiss dietist för glutenfri kost."),
  ]),
  ["NL104"], [], "VGR: a verified diagnosis already told, left under the Tidiga hypoteser sökord")

K("th-skane-brostcancer-bekraftad-informerad", "skane", "1969-08-28", "f",
  N("sk_kir_ystad", "Tidiga hypoteser", ("Karl Lindblad", "läkare"), "2024-10-16 16:30", [
      ("Bedömning", "Bröstcancer bekräftad med PAD. Pat informerad i dag av kirurg och kontaktsjuksköterska, operation planeras v. 45."),
  ]),
  ["NL104"], [], "Skåne Tidiga hypoteser template holding a confirmed, communicated cancer")

K("th-vgr-aterbesok-och-blodprov", "vgr", "1950-09-19", "m",
  N("vg_med_nu", "Läkaranteckning", ("Johanna Lundin", "läkare"), "2024-10-23 10:40", [
      ("Aktuellt", "Kontroll av diabetes typ 2, HbA1c 52."),
      ("Tidiga hypoteser", "Återbesök om tre månader med nytt blodprov."),
  ], signed=None),
  ["NL104"], ["NL102"], "VGR Tidiga hypoteser sökord holding only a follow-up plan (unsigned draft)")

K("th-skane-psyk-ny-adress", "skane", "1991-04-02", "f",
  N("sk_psyk_mal", "Tidiga hypoteser", ("Elisabet Holm", "sjuksköterska"), "2024-10-18 15:05", [
      ("Övrigt", "Pat har flyttat till ny adress och vill bara nås via mobilen."),
  ], setting="psykiatrisk öppenvård"),
  ["NL104"], [], "an administrative detail placed in Tidiga hypoteser")

K("th-vgr-papillar-tyreoideacancer-besked", "vgr", "1964-11-21", "f",
  N("vg_endo_ali", "Läkaranteckning", ("Sofia Lindqvist", "läkare"), "2024-10-29 09:00", [
      ("Tidiga hypoteser", "Papillär sköldkörtelcancer enligt PAD. Besked lämnat till pat och maken vid dagens besök."),
      ("Planering", "Tyreoidektomi planeras, remiss till ÖNH-kirurg."),
  ]),
  ["NL104"], [], "a confirmed and communicated diagnosis under the VGR Tidiga hypoteser sökord")

K("th-skane-hypotyros-typo-konstaterad", "skane", "1973-12-07", "f",
  N("sk_med_hbg", "Tidiga hypoteser", ("Andreas Malm", "läkare"), "2024-10-24 13:35", [
      ("Bedömning", "Hypotyros konstaterad med TSH 24, pat informerad och Levaxin insatt."),
  ]),
  ["NL104"], [], "settled and told diagnosis in Tidiga hypoteser, with a typo (Hypotyros)")

K("th-vgr-paramalign-dermatomyosit", "vgr", "1959-04-26", "f",
  N("vg_reuma_mol", "Läkaranteckning", ("Lars Hedin", "läkare"), "2024-10-04 14:45", [
      ("Status", "Proximal muskelsvaghet och heliotropt utslag kring ögonen. CK 4800."),
      ("Bedömning", "Dermatomyosit, startar prednisolon. DT thorax-buk bokad."),
      ("Tidiga hypoteser", "Möjlig paramalign genes – malignitetsscreening pågår, inte framfört till pat."),
  ]),
  [], ["NL104", "NL102"], "a genuine untold hypothesis under Tidiga hypoteser; the visible diagnosis is settled")

# =====================================================================================
# F. NL201: violence in a close relationship (and near misses)
# =====================================================================================

K("akut-strypvald-sambo", "skane", "1990-09-03", "f",
  N("sk_akut_lund", "Akutanteckning", ("Sofie Ljung", "läkare"), "2024-10-05 04:20", [
      ("Anamnes", "Pat uppger att sambon tog stryptag på henne i natt efter ett gräl. Hon tappade inte medvetandet. Sväljsmärta och heshet."),
      ("Status", "Petekier ovanför en rodnad strimma på halsens framsida."),
      ("Bedömning", "DT-angio halskärl för att utesluta kärlskada."),
  ], setting="akutmottagning"),
  ["NL201"], [], "strangulation by a partner in the Anamnes of an emergency note")

K("akut-slagen-av-make-orbitafraktur", "vgr", "1989-01-30", "f",
  N("vg_akut_su", "Akutanteckning", ("Niklas Berglund", "läkare"), "2024-10-12 23:50", [
      ("Anamnes", "Slagen i ansiktet av sin make med knuten hand i går kväll."),
      ("Bedömning", "DT ansiktsskelett: orbitabottenfraktur vänster. Remiss till käkkirurg."),
  ], setting="akutmottagning"),
  ["NL201"], [], "a husband's assault documented in an ordinary VGR emergency note")

K("pmo-vc-exman-hotar-doda", "skane", "1984-06-11", "f",
  N("sk_vc_eslov", "Besöksanteckning", ("Daniel Ek", "läkare"), "2024-10-08 10:40", [
      ("Kontaktorsak", "Sömnproblem."),
      ("Anamnes", "Berättar att exmannen fortsätter att hota att döda henne och att han slog henne vid överlämningen av barnen i söndags. Har kontakt med kvinnojouren."),
      ("Åtgärd", "Propiomazin till natten i två veckor, återbesök."),
  ], signed=None, setting="primärvård"),
  ["NL201"], [], "threats and violence from an ex-husband in an unsigned PMO primary care note")

K("smv-pojkvan-sparkat-magen", "vgr", "1999-03-22", "f",
  N("vg_smv_sas", "Barnmorskeanteckning", ("Therese Hult", "barnmorska"), "2024-10-15 10:25", [
      ("Samtal", "Vid rutinfrågan om våld berättar pat att pojkvännen sparkat henne i magen två gånger under graviditeten."),
      ("Planering", "Ny tid om en vecka, kurator tillfrågad."),
  ]),
  ["NL201"], [], "violence in pregnancy disclosed at routine screening, in a visible section")

K("pmo-hsv-sonen-tar-hart", "skane", "1936-12-12", "f",
  N("sk_hsv_sjobo", "Hembesök", ("Ewa Jönsson", "sjuksköterska"), "2024-10-21 13:10", [
      ("Omvårdnad", "Blåmärken på båda överarmarna. Pat säger att sonen, som bor hos henne sedan i somras, tar hårt i henne när han druckit."),
      ("Åtgärd", "Läkare och biståndshandläggare kontaktas."),
  ], setting="hemsjukvård"),
  ["NL201"], [], "an elderly woman harmed by her son, in a visible PMO home care note")

K("psyk-kurator-kontroll-och-knivhot", "vgr", "1981-10-09", "f",
  N("vg_psyk_boras", "Kuratorsanteckning", ("Jessica Olausson", "kurator"), "2024-10-17 13:30", [
      ("Samtal", "Maken kontrollerar hennes ekonomi, tar hennes telefon och har hotat henne med kniv när hon pratat om skilsmässa."),
      ("Planering", "Nytt samtal nästa vecka; information om skyddat boende given."),
  ], setting="psykiatrisk öppenvård"),
  ["NL201"], [], "controlling behaviour and knife threats from a husband in a social worker's note")

K("pmo-um-tvingad-till-sex", "skane", "2006-04-27", "f",
  N("sk_um_lund", "Kuratorsanteckning", ("Moa Rydberg", "kurator"), "2024-10-10 15:15", [
      ("Samtal", "Pojkvännen tvingar henne till sex när hon inte vill och har slagit henne när hon sagt nej."),
      ("Planering", "Stödsamtal varje vecka."),
  ], setting="primärvård"),
  ["NL201"], [], "sexual and physical violence by a boyfriend at a PMO youth clinic")

K("akut-man-slagen-med-stekpanna", "skane", "1975-05-03", "m",
  N("sk_akut_mal", "Akutanteckning", ("Emil Norén", "läkare"), "2024-10-19 01:40", [
      ("Anamnes", "Pat uppger att hans fru slog honom med en stekpanna under ett bråk i kväll."),
      ("Åtgärd", "Sår i hårbotten 3 cm, sutureras med fyra stygn."),
  ], setting="akutmottagning"),
  ["NL201"], [], "a man injured by his wife: violence in a close relationship in visible text")

K("onh-orfil-sambo-trumhinna", "vgr", "1992-08-16", "f",
  N("vg_onh_nal", "Läkaranteckning", ("Tobias Ek", "läkare"), "2024-10-22 09:45", [
      ("Anamnes", "Trumhinneperforation höger efter en örfil från sambon i lördags."),
      ("Bedömning", "Central perforation, hörseln lätt nedsatt. Ingen yrsel. Torrlägges, kontroll om sex veckor."),
  ]),
  ["NL201"], [], "a slap from a partner named as the cause of an ENT injury")

K("psyk-flickvan-hotar-nakenbilder", "skane", "2003-11-01", "f",
  N("sk_psyk_mal", "Psykologanteckning", ("Nora Ahlström", "psykolog"), "2024-10-14 15:00", [
      ("Samtal", "Berättar om psykisk misshandel från flickvännen, som kallar henne värdelös och hotar att sprida nakenbilder om hon gör slut."),
  ], setting="psykiatrisk öppenvård"),
  ["NL201"], [], "psychological violence by a same-sex partner in a psychologist's visible note")

K("akut-misshandlad-sambo-draft", "skane", "1995-12-24", "f",
  N("sk_akut_mal", "Akutanteckning", ("Emil Norén", "läkare"), "2024-10-26 03:15", [
      ("Anamnes", "Pat har blivit misshandlad av sin sambo i natt med slag mot huvudet och sparkar mot revbenen."),
      ("Bedömning", "Lungröntgen utan revbensfraktur. Hjärnskakning utan medvetandeförlust."),
  ], signed=None, setting="akutmottagning"),
  ["NL201"], [], "unsigned emergency draft naming abuse by a cohabitant")

K("akut-fru-knuffade-i-trappan", "vgr", "1980-02-06", "f",
  N("vg_akut_sas", "Akutanteckning", ("Marcus Ivarsson", "läkare"), "2024-10-11 22:30", [
      ("Anamnes", "Sökte för fall i trappa. Vid enskilt samtal berättar pat att hennes fru knuffade henne nerför trappan."),
      ("Bedömning", "Distorsion höger fotled, ingen fraktur."),
  ], setting="akutmottagning"),
  ["NL201"], [], "violence by a wife disclosed in private, documented visibly")

K("kvinno-kurator-slag-och-hot-i-aratal", "skane", "1978-06-30", "f",
  N("sk_kvinno_kri", "Kuratorsanteckning", ("Jenny Lövgren", "kurator"), "2024-10-23 10:10", [
      ("Samtal", "Samtal om situationen hemma, där pat sedan flera år utsätts för slag och hot av sin man. Pat vill inte polisanmäla i nuläget."),
  ]),
  ["NL201"], [], "long-standing partner violence in a hospital social worker's Melior note")

K("mall-vnr-skane-detaljerad", "skane", "1993-10-18", "f",
  N("sk_akut_lund", "Våld i nära relationer", ("Sofie Ljung", "läkare"), "2024-10-13 02:55", [
      ("Anamnes", "Pat berättar att pojkvännen slagit henne i ansiktet och dunkat hennes huvud i golvet. Han har tidigare hotat henne till livet."),
      ("Status", "Hematom vänster kind 4 x 3 cm, svullnad över nässpetsen, ömhet i bakhuvudet."),
      ("Åtgärd", "Fotodokumentation enligt vårdprogrammet. Kontakt med kvinnojour förmedlad."),
  ], setting="akutmottagning"),
  [], ["NL201", "NL206"], "detailed violence correctly documented in the Skåne template Våld i nära relationer")

K("vgr-sokord-valdsutsatthet-parry", "vgr", "1994-02-12", "f",
  N("vg_akut_su", "Akutanteckning", ("Niklas Berglund", "läkare"), "2024-10-28 20:20", [
      ("Anamnes", "Smärta i vänster underarm sedan i går."),
      ("Status", "Svullnad och ömhet mitt på ulna."),
      ("Våldsutsatthet i nära relationer", "Pat berättar att sambon slog henne med ett tillhygge när hon försökte skydda ansiktet. Pat har fått telefonnummer till kvinnojouren."),
      ("Bedömning", "Ulnaskaftfraktur, gips och remiss till ortoped."),
  ], setting="akutmottagning"),
  [], ["NL201", "NL206"], "VGR: violence only under the sökord Våldsutsatthet i nära relationer")

K("pmo-mall-vnr-vc", "skane", "1987-07-25", "f",
  N("sk_vc_bjuv", "Våld i nära relationer", ("Rebecka Holm", "distriktssköterska"), "2024-10-17 11:45", [
      ("Samtal", "Berättar att maken slår henne när han druckit och att hon inte vågar åka hem. Barnen är hos mormor."),
      ("Åtgärd", "Kontakt med socialjouren, hon erbjuds skyddat boende i kväll."),
  ], setting="primärvård"),
  [], ["NL201"], "PMO: violence documented in the Våld i nära relationer template")

K("akut-okanda-man-krog", "skane", "2000-08-19", "m",
  N("sk_akut_mal", "Akutanteckning", ("Emil Norén", "läkare"), "2024-10-06 03:50", [
      ("Anamnes", "Misshandlad av två okända män utanför en nattklubb, slag och sparkar mot huvudet. Polisanmälan gjord av pat."),
      ("Bedömning", "DT hjärna utan blödning. Hem med anhörig och information om hjärnskakning."),
  ], signed=None, setting="akutmottagning"),
  [], ["NL201"], "assault by strangers is not violence in a close relationship")

K("pmo-vc-rutinfraga-vald-forneker", "skane", "1971-02-13", "f",
  N("sk_vc_linero", "Besöksanteckning", ("Sanna Widell", "läkare"), "2024-10-15 14:00", [
      ("Anamnes", "Trötthet och värk. Frågat rutinmässigt om våld i nära relationer, pat förnekar."),
      ("Åtgärd", "Blodprover inklusive TSH och ferritin."),
  ], setting="primärvård"),
  [], ["NL201"], "a negative routine question about violence")

K("kvinno-screening-vald-nekande", "vgr", "1996-06-24", "f",
  N("vg_kvinno_sas", "Barnmorskeanteckning", ("Therese Hult", "barnmorska"), "2024-10-25 09:15", [
      ("Samtal", "Screeningfrågor om våld besvaras nekande, pat känner sig trygg hemma."),
      ("Planering", "Inskrivning för abort med läkemedel nästa vecka."),
  ]),
  [], ["NL201"], "violence screening answered no")

K("geri-pat-slar-personal", "skane", "1930-05-11", "m",
  N("sk_geri_mal", "Omvårdnadsanteckning", ("Yasmin Ali", "sjuksköterska"), "2024-10-20 14:40", [
      ("Omvårdnad", "Pat har slagit personal vid morgonomvårdnaden två gånger senaste veckan. Lugnare sedan smärtlindring ges en halvtimme före duschen."),
  ], setting="slutenvård"),
  [], ["NL201"], "a patient hitting ward staff is not violence in a close relationship")

K("pmo-hsv-blamarke-fall-sangkant", "skane", "1929-08-08", "f",
  N("sk_hsv_sjobo", "Hembesök", ("Linnea Persson", "undersköterska"), "2024-10-27 08:30", [
      ("Omvårdnad", "Blåmärke på höger lår efter fall mot sängkanten i natt, hemtjänsten fanns på plats och hjälpte upp henne."),
  ], setting="hemsjukvård"),
  [], ["NL201"], "a bruise from a witnessed fall, written by an assistant nurse")

K("pmo-vc-gral-om-pengar-inget-vald", "skane", "1983-04-15", "m",
  N("sk_vc_eslov", "Besöksanteckning", ("Sanna Widell", "läkare"), "2024-10-29 09:40", [
      ("Anamnes", "Stressad, sover dåligt. Grälar ofta med sambon om pengar, men inget våld förekommer enligt pat."),
      ("Bedömning", "Stressreaktion. Samtalskontakt med psykosocial resurs på vårdcentralen."),
  ], setting="primärvård"),
  [], ["NL201"], "relationship conflict with violence explicitly denied")

# =====================================================================================
# G. NL202: concern that a child is harmed (and near misses)
# =====================================================================================

K("pmo-bvc-pappan-skakade", "skane", "2024-05-03", "f",
  N("sk_bvc_rosengard", "BVC-besök", ("Gunilla Strand", "sjuksköterska"), "2024-10-03 10:15", [
      ("Samtal", "Mamma berättar att pappan skakade Elsa när hon skrek i natt. Orosanmälan till socialtjänsten görs i dag."),
      ("Undersökning", "Vikt och längd följer kurvan, inga synliga skador."),
  ], setting="primärvård"),
  ["NL202"], [], "shaking of an infant and a report to social services in an ordinary BVC note")

K("barnakut-blamarken-olika-stadier", "vgr", "2022-06-15", "m",
  N("vg_barnakut", "Akutanteckning", ("Lina Johansson", "läkare"), "2024-10-09 19:20", [
      ("Status", "Blåmärken i olika läkningsstadier på rygg, öron och överarmar."),
      ("Bedömning", "Ingen rimlig förklaring till skadorna. Misstanke om fysisk misshandel, barnskyddsteamet kontaktat och skelettröntgen beställd."),
  ], setting="akutmottagning"),
  ["NL202"], [], "suspected physical abuse of a toddler in a visible VGR note")

K("barn-styvpappa-ror-henne", "skane", "2015-02-10", "f",
  N("sk_barn_lund", "Omvårdnadsanteckning", ("Therese Möller", "sjuksköterska"), "2024-10-14 16:40", [
      ("Samtal", "Flickan berättar för sjuksköterskan att styvpappan rör henne på ett sätt hon inte vill när mamma arbetar natt."),
      ("Åtgärd", "Ansvarig läkare informerad."),
  ], setting="slutenvård"),
  ["NL202"], [], "a child's disclosure of sexual abuse in an ordinary nursing note")

K("psyk-ensam-vardnadshavare-psykotisk", "vgr", "1989-12-03", "f",
  N("vg_psyk_su", "Läkaranteckning", ("Sara Moberg", "läkare"), "2024-10-19 12:10", [
      ("Bedömning", "Pat psykotisk och ensam vårdnadshavare till 3-årig dotter. Orosanmälan till socialtjänsten skickad i dag."),
  ], setting="psykiatrisk heldygnsvård"),
  ["NL202"], [], "a report about the patient's young child in the parent's visible note")

K("bup-pappa-slar-med-balte", "skane", "2013-09-21", "m",
  N("sk_bup_hbg", "Läkaranteckning", ("Tove Lindahl", "läkare"), "2024-10-22 14:25", [
      ("Samtal", "Pojken uppger att pappa slår honom med bälte när han får dåliga resultat i skolan."),
      ("Planering", "Samråd med enhetschef om anmälan."),
  ], setting="barn- och ungdomspsykiatrisk öppenvård"),
  ["NL202"], [], "physical abuse of an 11-year-old in an ordinary BUP note")

K("pmo-vc-sexaring-ensam-hemma", "skane", "1990-07-07", "f",
  N("sk_vc_osterlen", "Besöksanteckning", ("Tomas Åkesson", "läkare"), "2024-10-24 15:35", [
      ("Samtal", "Pat berättar att hennes 6-åring ofta är ensam hemma kvällstid medan hon arbetar."),
      ("Bedömning", "Oro för barnets situation, anmälan till socialtjänsten görs."),
  ], signed=None, setting="primärvård"),
  ["NL202"], [], "concern for a patient's child in an unsigned PMO note")

K("barn-omsorgssvikt-uteblivna-besok", "vgr", "2020-01-19", "m",
  N("vg_barn_ali", "Läkaranteckning", ("Johan Fagerberg", "läkare"), "2024-10-10 11:20", [
      ("Status", "Kraftig karies i överkäkens framtänder och undervikt, -2,5 SD."),
      ("Bedömning", "Föräldrarna har uteblivit från sex inbokade besök. Vi gör orosanmälan om omsorgssvikt."),
  ]),
  ["NL202"], [], "neglect and a report to social services in a paediatric clinic note")

K("forl-mamman-alkoholpaverkad", "skane", "1998-11-27", "f",
  N("sk_forl_mal", "Barnmorskeanteckning", ("Sara Nilsson", "barnmorska"), "2024-10-25 23:30", [
      ("Aktuellt", "Mamman alkoholpåverkad vid ankomst till förlossningen, utandningsprov 0,6 promille."),
      ("Åtgärd", "Socialtjänsten kontaktad på grund av oro för det nyfödda barnet."),
  ], setting="slutenvård"),
  ["NL202"], [], "concern for a newborn written in the mother's visible delivery note")

K("barnakut-sexuellt-overgrepp-draft", "vgr", "2018-04-04", "f",
  N("vg_barnakut", "Akutanteckning", ("Maja Wikström", "läkare"), "2024-10-30 18:05", [
      ("Anamnes", "Flickan berättar på akuten att en vuxen i hemmet tvingat henne att ta i hans kön."),
      ("Åtgärd", "Barnskyddsteamet kontaktat, anmälan till socialtjänsten och polis."),
  ], signed=None, setting="akutmottagning"),
  ["NL202"], [], "unsigned draft with a child's disclosure of sexual abuse")

K("mall-oro-barn-skane-barnmed", "skane", "2019-10-10", "m",
  N("sk_barn_lund", "Oro för att barn far illa", ("Maria Sandberg", "läkare"), "2024-10-06 13:50", [
      ("Anamnes", "Förskolan har sett blåmärken på pojkens kinder vid två tillfällen. Pappan ger motstridiga förklaringar."),
      ("Åtgärd", "Orosanmälan till socialtjänsten skickad via Anmälningsblankett barn som far illa."),
  ]),
  [], ["NL202", "NL206"], "child concern correctly in the Skåne template Oro för att barn far illa")

K("vgr-sokord-orosanmalan-barn", "vgr", "2021-07-01", "f",
  N("vg_barnakut", "Akutanteckning", ("Lina Johansson", "läkare"), "2024-10-18 21:15", [
      ("Anamnes", "Fallit från soffan, bula i pannan. Pigg och vaken."),
      ("Orosanmälan gällande barn", "Pappan luktade alkohol och var osammanhängande, barnet smutsigt och i blöt blöja sedan länge. Orosanmälan skickad till socialtjänsten."),
      ("Bedömning", "Okomplicerad skallkontusion, hem med skriftlig information."),
  ], setting="akutmottagning"),
  [], ["NL202", "NL206"], "VGR: the concern is under the sökord Orosanmälan gällande barn only")

K("pmo-bvc-mall-oro-barn", "skane", "2023-02-14", "m",
  N("sk_bvc_staffanstorp", "Oro för att barn far illa", ("Gunilla Strand", "sjuksköterska"), "2024-10-11 09:40", [
      ("Samtal", "Mamma berättar att hon och barnet sover hos en väninna efter att pappan kastat saker omkring sig i lägenheten."),
      ("Åtgärd", "Orosanmälan till socialtjänsten."),
  ], setting="primärvård"),
  [], ["NL202"], "PMO BVC: concern documented in the protected template")

K("pmo-bvc-ater-daligt-foljer-kurvan", "skane", "2023-11-30", "m",
  N("sk_bvc_rosengard", "BVC-besök", ("Gunilla Strand", "sjuksköterska"), "2024-10-16 10:30", [
      ("Samtal", "Föräldrarna är oroliga för att Noah äter dåligt, men vikten följer sin kurva."),
      ("Åtgärd", "Råd om att erbjuda mat utan tvång, ny vägning om en månad."),
  ], setting="primärvård"),
  [], ["NL202"], "parents worried about eating: 'oro' that is not about harm")

K("barnakut-fall-klatterstallning", "vgr", "2019-05-05", "m",
  N("vg_barnakut", "Akutanteckning", ("Maja Wikström", "läkare"), "2024-10-21 14:50", [
      ("Anamnes", "Föll från klätterställning på förskolan, bevittnat av personalen."),
      ("Bedömning", "Skadebilden stämmer med förloppet. Distal underarmsfraktur, gips i fyra veckor."),
  ], setting="akutmottagning"),
  [], ["NL202"], "a witnessed accident that fits the injury")

K("pmo-bvc-inga-tecken-far-illa", "skane", "2022-09-09", "f",
  N("sk_bvc_staffanstorp", "BVC-besök", ("Mirja Lund", "sjuksköterska"), "2024-10-23 13:15", [
      ("Bedömning", "Tvåårsbesök. Inga tecken på att barnet far illa; trygg anknytning och lyhörda föräldrar."),
  ], setting="primärvård"),
  [], ["NL202"], "negated child concern at a BVC visit")

K("pmo-vc-oro-for-sonens-skola", "skane", "1978-01-31", "f",
  N("sk_vc_linero", "Besöksanteckning", ("Sanna Widell", "läkare"), "2024-10-30 10:20", [
      ("Anamnes", "Huvudvärk och nackspänning. Oroar sig för sonen som har det svårt i skolan och väntar på NPF-utredning."),
      ("Bedömning", "Spänningshuvudvärk, sjukgymnastkontakt."),
  ], setting="primärvård"),
  [], ["NL202"], "a parent's ordinary worry about a child's schooling")

# =====================================================================================
# H. NL203: health examination at the social board's request (Skåne)
# =====================================================================================

K("hubs-barnmed-vanlig-mall", "skane", "2016-01-25", "m",
  N("sk_barn_lund", "Läkaranteckning", ("Maria Sandberg", "läkare"), "2024-10-04 10:00", [
      ("Aktuellt", "Hälsoundersökning på begäran av socialnämnden inför placering i familjehem."),
      ("Bedömning", "Journalgenomgång från BVC och elevhälsa. Tillväxt följer kurvan, vaccinationer enligt programmet, remiss till tandvården."),
  ]),
  ["NL203"], ["NL206"], "HUBS documented in an ordinary physician template")

K("hubs-bvc-pmo-besoksanteckning", "skane", "2021-11-11", "f",
  N("sk_bvc_rosengard", "Besöksanteckning", ("Tomas Åkesson", "läkare"), "2024-10-08 13:40", [
      ("Kontaktorsak", "HUBS inför placering, socialsekreterare närvarande."),
      ("Undersökning", "Kroppsundersökning utan anmärkning. Språkutvecklingen något försenad."),
  ], signed=None, setting="primärvård"),
  ["NL203"], [], "HUBS in an ordinary unsigned PMO visit note")

K("hubs-bup-psykisk-halsa", "skane", "2014-05-15", "f",
  N("sk_bup_hbg", "Psykologanteckning", ("Nora Ahlström", "psykolog"), "2024-10-18 09:30", [
      ("Bedömning", "Bedömning av psykisk hälsa som del av hälsoundersökningen som socialnämnden begärt inför placering. Flickan beskriver sömnsvårigheter och mardrömmar."),
  ], setting="barn- och ungdomspsykiatrisk öppenvård"),
  ["NL203"], [], "the psychological part of a HUBS examination in an ordinary BUP note")

K("hubs-ratt-mall", "skane", "2017-03-03", "f",
  N("sk_barn_lund", "Hälsoundersökning på begäran av socialnämnd (HUBS)", ("Maria Sandberg", "läkare"), "2024-10-11 10:30", [
      ("Undersökning", "Journalgenomgång, kroppsundersökning, bedömning av psykisk hälsa och tandhälsa inför placering. Karies i fyra tänder."),
  ]),
  [], ["NL203", "NL206"], "HUBS in the HUBS template")

K("hubs-mall-seedens-namn", "skane", "2020-06-06", "m",
  N("sk_bvc_staffanstorp", "Hälsoundersökning på begäran om socialnämnd", ("Tomas Åkesson", "läkare"), "2024-10-22 11:00", [
      ("Undersökning", "Sammanställning inför placering: tidigare och aktuellt hälsotillstånd, tillväxt, syn och hörsel."),
  ], setting="primärvård"),
  [], ["NL203"], "HUBS template named as the seed spells it (på begäran om socialnämnd)")

K("pmo-bvc-fyraarsbesok-halsoundersokning", "skane", "2020-04-14", "f",
  N("sk_bvc_rosengard", "BVC-besök", ("Mirja Lund", "sjuksköterska"), "2024-10-28 09:10", [
      ("Undersökning", "Fyraårsbesök med hälsoundersökning: syn 0,8 bilateralt, hörsel utan anmärkning, språket åldersadekvat."),
  ], setting="primärvård"),
  [], ["NL203"], "a routine child health examination is not HUBS")

K("pmo-vc-korkortsintyg", "skane", "1968-09-26", "m",
  N("sk_vc_eslov", "Besöksanteckning", ("Daniel Ek", "läkare"), "2024-10-31 14:30", [
      ("Kontaktorsak", "Hälsoundersökning inför körkort grupp D."),
      ("Undersökning", "Synskärpa 1,0 bilateralt, synfält utan anmärkning, BT 134/82."),
  ], setting="primärvård"),
  [], ["NL203"], "an adult driving licence health check is not HUBS")

K("barnmed-familjehemsplacerad-astma", "skane", "2015-10-05", "m",
  N("sk_barn_lund", "Mottagningsanteckning", ("Erik Bengtsson", "läkare"), "2024-10-15 15:15", [
      ("Aktuellt", "Familjehemsplacerad sedan 2022; familjehemsmamman med vid astmakontrollen."),
      ("Bedömning", "Välkontrollerad astma, fortsätter Flutide och Airomir vid behov."),
  ]),
  [], ["NL203"], "an ordinary visit by a placed child is not a HUBS examination")

# =====================================================================================
# I. NL204: third-party information that may cause harm (VGR)
# =====================================================================================

K("psyk-grannen-knivhot-anonym", "vgr", "1972-07-14", "m",
  N("vg_psyk_ostra", "Telefonanteckning", ("Karolina Bergh", "sjuksköterska"), "2024-10-07 14:15", [
      ("Kontaktorsak", "Grannen ringde mottagningen och berättade att pat hotat honom med kniv i trapphuset."),
      ("Åtgärd", "Grannen vill inte att pat får veta att han hört av sig. Ansvarig psykiater underrättad."),
  ], signed=None, setting="psykiatrisk öppenvård"),
  ["NL204"], ["NL206"], "an informant's report of threats written visibly (unsigned draft)")

K("geri-dottern-sambon-domd-misshandel", "vgr", "1940-03-31", "f",
  N("vg_geri_mol", "Läkaranteckning", ("Gustav Hellström", "läkare"), "2024-10-16 11:40", [
      ("Anamnes", "Dottern uppger i förtroende att pat:s sambo tidigare dömts för grov misshandel och att hon själv är rädd för honom."),
      ("Bedömning", "Kognitiv svikt, utreds vidare."),
  ]),
  ["NL204"], [], "a daughter's confidential, risky information about a third person in visible text")

K("beroende-brodern-hot-repressalier", "vgr", "1994-05-09", "m",
  N("vg_beroende", "Läkaranteckning", ("Rasmus Holmberg", "läkare"), "2024-10-24 16:00", [
      ("Anamnes", "Enligt pat:s bror säljer pat narkotika och har hotat familjen. Brodern är rädd för repressalier om pat får reda på samtalet."),
  ]),
  ["NL204"], [], "a brother's information that could expose him to reprisals")

K("med-hemtjanst-sonen-hotat", "vgr", "1938-10-28", "f",
  N("vg_medavd_nu", "Omvårdnadsanteckning", ("Lena Sandgren", "sjuksköterska"), "2024-10-29 15:20", [
      ("Omvårdnad", "Hemtjänstpersonal rapporterar att pat:s son hotat dem och sagt att han vet var de bor. Planeras för utskrivning på fredag."),
  ], setting="slutenvård"),
  ["NL204"], [], "threats by the patient's son reported by care staff, written visibly")

K("vgr-sokord-tredje-person-modern", "vgr", "1986-11-17", "m",
  N("vg_psyk_boras", "Läkaranteckning", ("Hampus Ek", "läkare"), "2024-10-03 13:00", [
      ("Aktuellt", "Pat uteblev från två samtal i september, nås nu per telefon."),
      ("Tredje person", "Pat:s mor berättar att pat hotat att skada henne om hon kontaktar vården igen; hon vill vara anonym."),
      ("Planering", "Nytt besök inbokat, pat bekräftar tiden."),
  ], setting="psykiatrisk öppenvård"),
  [], ["NL204", "NL206"], "VGR: the risky information is under the Tredje person sökord")

K("med-maken-sovit-daligt", "vgr", "1950-02-25", "f",
  N("vg_med_nu", "Läkaranteckning", ("Johanna Lundin", "läkare"), "2024-10-30 14:00", [
      ("Anamnes", "Maken berättar att pat sovit dåligt och ätit mindre den senaste veckan."),
      ("Bedömning", "Viktnedgång 2 kg, prover tagna, åter om två veckor."),
  ]),
  [], ["NL204"], "harmless information from a spouse")

K("psyk-mamman-beskriver-forandring", "vgr", "2002-10-22", "m",
  N("vg_psyk_ostra", "Psykologanteckning", ("Hanna Wallin", "psykolog"), "2024-10-31 10:15", [
      ("Samtal", "Mamman, som följde med, beskriver att pat var en glad pojke som förändrats sedan i våras och nu mest sitter på rummet."),
  ], setting="psykiatrisk öppenvård"),
  [], ["NL204"], "a mother's ordinary observations are not harmful third-party information")

# =====================================================================================
# J. NL205: single-blind trial allocation (VGR)
# =====================================================================================

K("kard-enkelblind-aktiv-substans", "vgr", "1956-01-03", "m",
  N("vg_kard_su", "Läkaranteckning", ("Johan Rehn", "läkare"), "2024-10-02 11:10", [
      ("Planering", "Pat randomiserad i enkelblind studie och får aktiv substans; pat ska inte känna till behandlingsarmen."),
  ]),
  ["NL205"], ["NL206"], "single-blind allocation written in a visible section")

K("reuma-enkelblind-placebo-lakemedel", "vgr", "1969-04-12", "f",
  N("vg_reuma_mol", "Läkaranteckning", ("Lars Hedin", "läkare"), "2024-10-14 10:00", [
      ("Läkemedel", "Enligt randomiseringslistan tilldelad placebo i den enkelblinda prövningen."),
  ], signed=None),
  ["NL205"], [], "placebo allocation in a single-blind trial in the Läkemedel section (draft)")

K("smarta-enkelblind-koksalt", "vgr", "1974-08-30", "m",
  N("vg_smarta_sks", "Läkaranteckning", ("Maria Kling", "läkare"), "2024-10-21 13:30", [
      ("Åtgärd", "Ingår i enkelblind studie av ultraljudsledd nervblockad; fick koksaltlösning som kontrollinjektion."),
  ]),
  ["NL205"], [], "the control arm of a single-blind study revealed visibly")

K("vgr-sokord-enkelblind", "vgr", "1961-09-15", "f",
  N("vg_kard_su", "Läkaranteckning", ("Johan Rehn", "läkare"), "2024-10-17 09:20", [
      ("Aktuellt", "Studiebesök vecka 12, mår bra, inga biverkningar."),
      ("Enkelblind prövning", "Randomiserad till aktiv arm, 10 mg dagligen."),
  ]),
  [], ["NL205", "NL206"], "VGR: allocation under the sökord Enkelblind prövning")

K("onk-avboar-studie", "vgr", "1957-12-08", "m",
  N("vg_onk_su", "Läkaranteckning", ("Erik Sandell", "läkare"), "2024-10-25 14:30", [
      ("Planering", "Tillfrågad om deltagande i klinisk studie, avböjer efter betänketid. Standardbehandling startar nästa vecka."),
  ]),
  [], ["NL205"], "a declined study offer reveals no allocation")

# =====================================================================================
# K. NL206: a protection sökord that Skåne does not filter
# =====================================================================================

K("skane-sokord-tredje-person-melior", "skane", "1987-02-02", "m",
  N("sk_psyk_mal", "Läkaranteckning", ("Johan Wester", "läkare"), "2024-10-09 11:50", [
      ("Aktuellt", "Återbesök, mår stabilt på aripiprazol."),
      ("Tredje person", "Modern har i telefon berättat att pat hotat henne och att hon inte vågar vara ensam med honom."),
  ], setting="psykiatrisk öppenvård"),
  ["NL206"], [], "Skåne Melior note uses the VGR sökord Tredje person, which Skåne does not filter")

K("skane-sokord-tredje-person-pmo", "skane", "1959-03-23", "f",
  N("sk_vc_osterlen", "Besöksanteckning", ("Ingela Sjöstrand", "distriktssköterska"), "2024-10-20 10:35", [
      ("Aktuellt", "Blodtryckskontroll, 138/86."),
      ("Tredje person", "Dottern berättar att pat:s make dricker mycket och har hotat grannarna."),
  ], setting="primärvård"),
  ["NL206"], [], "Skåne PMO note uses the sökord Tredje person")

K("skane-sokord-enkelblind-kard", "skane", "1953-10-10", "m",
  N("sk_kard_mal", "Läkaranteckning", ("Leila Haddad", "läkare"), "2024-10-13 15:40", [
      ("Aktuellt", "Studiebesök, inga nya symtom."),
      ("Enkelblind prövning", "Randomiserad till aktiv behandlingsarm enligt studiens randomiseringslista."),
  ]),
  ["NL206"], [], "Skåne note uses the sökord Enkelblind prövning, not filtered in Skåne")

K("skane-sokord-enkelblind-onk", "skane", "1966-12-30", "f",
  N("sk_onk_lund", "Läkaranteckning", ("Malin Rask", "läkare"), "2024-10-27 12:20", [
      ("Behandling", "Cykel 3 given utan komplikationer."),
      ("Enkelblind prövning", "Tillägg av prövningsläkemedel, ej placebo."),
  ], signed=None),
  ["NL206"], [], "unsigned Skåne draft with the sökord Enkelblind prövning")

# =====================================================================================
# L. Long notes with several sections: one sentence that breaks the routine, or none
# =====================================================================================

K("lang-med-inskrivning-hjartsvikt-mojlig-ischemi", "vgr", "1949-04-08", "m",
  N("vg_medavd_nu", "Inskrivningsanteckning", ("Oskar Lindholm", "läkare"), "2024-10-05 21:40", [
      ("Kontaktorsak", "Inkommer med ambulans pga tilltagande andfåddhet och bensvullnad sedan en vecka."),
      ("Anamnes", "Tidigare sjukdomar: hypertoni sedan 2005, diabetes typ 2 sedan 2012 på metformin, förmaksflimmer sedan 2019 på apixaban. Opererad för ljumskbråck 1998. Rökte 20 cigaretter om dagen fram till 2010. Bor med hustrun i villa, klarar sig själv och kör bil. Senaste veckan har han behövt sova med tre kuddar och vaknat av andnöd två nätter. Har ökat 4 kg i vikt. Ingen bröstsmärta, ingen feber, lite torrhosta nattetid. Slutade på eget initiativ med furosemid i somras eftersom han behövde kissa så ofta på golfbanan."),
      ("Läkemedel", "Apixaban 5 mg x2, metformin 1 g x2, enalapril 10 mg x1, metoprolol 50 mg x1, atorvastatin 40 mg till natten. Furosemid 40 mg på morgonen står kvar i listan men har inte tagits sedan juli."),
      ("Sociala förhållanden", "Pensionerad lastbilschaufför. Två vuxna barn i Göteborg. Inga hemtjänstinsatser. Dricker ett glas vin till helgerna."),
      ("Status", "AT: opåverkad i vila men dyspné vid samtal. Cor: oregelbunden rytm, frekvens 110, blåsljud 2/6 över apex. Pulm: krepitationer basalt bilateralt upp till skulderbladsvinklarna. Buk: mjuk, oöm. Ben: pittingödem upp till knäna. BT 164/92, saturation 90 % på luft, AF 24, temp 36,9."),
      ("Lab", "Hb 128, CRP 11, kreatinin 118, kalium 4,1, NT-proBNP 6400. Troponin T 24 och 25 med två timmars intervall."),
      ("EKG", "Förmaksflimmer med snabb kammarfrekvens, inga akuta ST-förändringar."),
      ("Röntgen", "Lungröntgen: hjärtförstoring, bilaterala pleuravätskor och stasbild."),
      ("Bedömning", "Akut dekompenserad hjärtsvikt efter utsatt diuretika, förvärrad av förmaksflimmer med snabb kammarfrekvens. Möjlig underliggande ischemisk kardiomyopati med tanke på riskfaktorerna; ekokardiografi får visa."),
      ("Åtgärd", "Furosemid 40 mg iv två gånger, syrgas på grimma till saturation 92–96 %, metoprolol höjs till 100 mg. Vätskelista och daglig vikt. Uppehåll med metformin så länge njurfunktionen följs, kreatinin och kalium kontrolleras i morgon bitti."),
      ("Planering", "Ställningstagande till SGLT2-hämmare när han är stabil. Ekokardiografi under vårdtiden. Hjärtsviktsskola med sjuksköterska före hemgång. Pat ringer själv till hustrun i kväll."),
  ], setting="slutenvård"),
  ["NL102"], [], "long admission note where one Bedömning sentence holds a possible diagnosis")

K("lang-geri-epikris-allt-faststallt", "vgr", "1934-06-21", "f",
  N("vg_geri_mol", "Epikris", ("Gustav Hellström", "läkare"), "2024-10-11 15:20", [
      ("Vårdtid", "2024-10-02 – 2024-10-11, geriatrisk vårdavdelning."),
      ("Orsak till vård", "Inkom efter fall i hemmet med nedsatt allmäntillstånd och förvirring."),
      ("Tidigare sjukdomar", "Hypertoni, hypotyreos, artros i knäna. Opererad för grå starr bilateralt 2019."),
      ("Hereditet", "En syster hade möjligen Parkinsons sjukdom, uppgiften är osäker."),
      ("Förlopp", "Vid ankomst desorienterad till tid och rum. Urinodlingen visade E. coli som behandlades med pivmecillinam i fem dagar, varefter förvirringen klingade av. DT hjärna utan tecken på blödning eller infarkt. Ingen fraktur på röntgen av höft och handled. Natrium var 126 vid ankomst och normaliserades efter utsättning av hydroklortiazid. Fysioterapeut har tränat gång med rollator och pat går nu säkert på avdelningen. Arbetsterapeut har gjort hembesök tillsammans med pat och dottern; badrumsmattan tas bort och stödhandtag monteras. Pat äter bra efter att ha fått sällskap vid måltiderna. MMT 26/30 dagen före utskrivning, inga tecken på demens, men testet upprepas om sex månader på vårdcentralen."),
      ("Diagnoser", "Delirium orsakat av urinvägsinfektion. Hyponatremi, läkemedelsutlöst. Fall utan fraktur."),
      ("Läkemedel", "Hydroklortiazid utsatt och ersatt med amlodipin 5 mg. Levaxin oförändrat."),
      ("Information", "Pat och dottern har fått information om förloppet och diagnoserna vid utskrivningssamtalet, liksom läkemedelslista och epikris."),
      ("Uppföljning", "Natriumkontroll på vårdcentralen om en vecka. Hemtjänst morgon och kväll från och med utskrivningsdagen."),
  ], setting="slutenvård"),
  [], ["NL102", "NL101"], "long discharge summary: settled diagnoses, negations and an uncertain family history only")

K("lang-ort-tibiaplata-inga-brott", "vgr", "1962-09-12", "m",
  N("vg_ort_kung", "Läkaranteckning", ("Olle Fransson", "läkare"), "2024-10-19 12:30", [
      ("Anamnes", "62-årig man som föll cirka 1,5 meter från en stege vid fönstertvätt i morse och landade på höger ben. Hustrun skjutsade honom till akuten. Frisk sedan tidigare, inga mediciner, ej rökare. Arbetar som lärare. Slog inte i huvudet, ingen medvetandeförlust, minns hela förloppet. Inga andra smärtor, kan röra nacke och rygg fritt. Hade ett meniskingrepp i samma knä 2011 och fick då en blodpropp i vaden efteråt."),
      ("Läkemedel", "Inga stående läkemedel. Ingen känd läkemedelsallergi. Tetanusskydd förnyat 2020."),
      ("Sociala förhållanden", "Bor i radhus med hustrun, sovrummet ligger en trappa upp. Hustrun arbetar deltid och kan hjälpa till de första veckorna. Pat är orolig för att inte hinna tillbaka till jobbet före jullovet."),
      ("Status", "Opåverkad. Höger knä: kraftig svullnad och hemartros, palpationsöm lateralt över tibiaplatån. Kan inte belasta. Distalt: palpabla pulsar i a. dorsalis pedis och a. tibialis posterior, normal sensibilitet och motorik i foten. Underbenets muskelloger mjuka. Höger höft och fotled utan anmärkning. Huden över knät hel, inga skrubbsår. Inga tecken på kompartmentsyndrom."),
      ("Röntgen", "Slätröntgen och DT höger knä: tvåfragmentsfraktur i laterala tibiaplatån med 4 mm impression, ingen fraktur i fibula."),
      ("Bedömning", "Tibiaplatåfraktur Schatzker II höger. Operationsindikation med tanke på impressionen. Operation med platta sannolikt på tisdag, beroende på hur svullnaden utvecklas."),
      ("Åtgärd", "Ortos i extension, högläge, is. Dalteparin 5000 E en gång dagligen som trombosprofylax. Paracetamol och oxikodon vid behov. Fastande från midnatt inför eventuell operation."),
      ("Information", "Pat informerad om frakturen, operationen och förväntad rehabilitering på tre till fyra månader, liksom om avlastning i åtta veckor och sjukskrivning. Vi har gått igenom riskerna med infektion, blodpropp och stelhet i knät. Han har inga frågor just nu och hustrun är med under samtalet."),
      ("Planering", "Inläggning på ortopedavdelningen. Distalstatus kontrolleras var fjärde timme under natten. Fysioterapeut i morgon för instruktion i gång med kryckor utan belastning. Sjukskrivning skrivs av operatören efter ingreppet. Återbesök med röntgen två veckor postoperativt, suturtagning på vårdcentralen."),
  ], setting="slutenvård"),
  [], ["NL102", "NL201"], "long trauma note: fall from a ladder, hedge only about the operation day")

K("lang-pmo-vc-yrsel-dd", "skane", "1958-02-03", "f",
  N("sk_vc_osterlen", "Besöksanteckning", ("Sanna Widell", "läkare"), "2024-10-22 09:50", [
      ("Kontaktorsak", "Yrsel sedan tre veckor."),
      ("Anamnes", "Tidigare frisk förutom hypertoni, behandlad med enalapril. Yrseln beskrivs som att rummet snurrar när hon vänder sig i sängen eller tittar upp mot skåpen i köket, varar under en minut. Illamående men inga kräkningar. Ingen hörselnedsättning, ingen tinnitus, ingen huvudvärk. Inga dubbelbilder, inga talsvårigheter, ingen svaghet i armar eller ben. Föll inte. Har inte märkt någon koppling till måltider eller ansträngning, och yrseln kommer inte när hon sitter still och läser. Har varit förkyld i september. Arbetar som undersköterska på ett särskilt boende och har varit sjukskriven i tre dagar."),
      ("Läkemedel", "Enalapril 10 mg på morgonen, inga receptfria preparat. Har provat meklozin från apoteket utan effekt."),
      ("Sociala förhållanden", "Bor ensam i lägenhet på tredje våningen med hiss. En dotter i Ystad handlar åt henne den här veckan. Kör inte bil så länge yrseln sitter i."),
      ("Status", "AT: gott. BT 142/88 sittande, 138/86 stående efter tre minuter. Puls 72 regelbunden. Neurologstatus: pupiller lika, följerörelser utan nystagmus i neutralläge, finger-näsa och knä-häl utan dysmetri, Romberg stabil. Dix-Hallpike höger ger rotatorisk nystagmus efter några sekunders latens, uttröttbar. Öron: trumhinnor utan anmärkning. Viskprov normalt bilateralt. Head impulse-test normalt åt båda hållen."),
      ("Bedömning", "Misstänkt benign paroxysmal positionell yrsel från höger bakre båggång. DD vestibularisneurit, men hörseln och det intermittenta förloppet talar emot. Central orsak bedöms osannolik med normalt neurologstatus. Blodtrycket något högt i dag, sannolikt påverkat av obehaget, och kontrolleras av distriktssköterska."),
      ("Åtgärd", "Epleys manöver utförd på mottagningen, pat något yr efteråt men mår bra när hon går. Instruerad i Brandt-Daroffs övningar att göra hemma tre gånger dagligen och fick skriftlig instruktion med bilder; hon visade själv övningen på britsen. Sjukskriven ytterligare fyra dagar. Råd att sova med huvudet något högre de närmaste nätterna."),
      ("Planering", "Om övningarna inte hjälper inom två veckor remitteras hon till öronmottagningen i Ystad för vestibulär bedömning. Telefonkontakt med distriktssköterska om en vecka. Söker akut vid nytillkommen huvudvärk, talsvårigheter, svaghet eller gångsvårigheter."),
  ], setting="primärvård"),
  [], ["NL102"], "long PMO primary care note with a suspected diagnosis and a DD: PMO never shows diagnoses")

K("lang-barn-diabetes-arskontroll", "vgr", "2016-03-18", "m",
  N("vg_barn_ali", "Mottagningsanteckning", ("Johan Fagerberg", "läkare"), "2024-10-08 14:10", [
      ("Aktuellt", "Årskontroll av typ 1-diabetes, debut 2021. Kommer med mamma och lillasyster. Går i tredje klass, trivs i skolan och spelar innebandy två gånger i veckan. Använder sensor och insulinpennor."),
      ("Anamnes", "Två lindriga hypoglykemier i samband med innebandyn senaste månaden, inga allvarliga. Ingen ketoacidos sedan debuten. Mamma upplever att det fungerar bättre i skolan sedan elevassistenten lärt sig läsa sensorn."),
      ("Status", "Längd 137 cm och vikt 31 kg, följer sina kurvor. BT 104/62. Injektionsställen på magen utan lipohypertrofi. Fötter utan anmärkning. Pubertetsstadium Tanner 1."),
      ("Lab", "HbA1c 51 mmol/mol, tid i målområdet 68 %. TSH och fritt T4 normala. Transglutaminasantikroppar negativa. Urinalbumin normalt."),
      ("Bedömning", "God metabol kontroll. Ingen celiaki eller tyreoideasjukdom enligt årets screening. Hypoglykemierna hänger ihop med träningen. Familjen har god kontroll över behandlingen och ingen oro finns kring hemsituationen."),
      ("Åtgärd", "Sänker måltidsinsulinet med två enheter före träning och lägger in ett extra mellanmål. Diabetessköterskan går igenom justeringen med mamma efter besöket."),
      ("Planering", "Möjligen byte till insulinpump under våren, familjen funderar och återkommer. Ögonbottenfotografering i december. Nästa läkarbesök om tre månader, sköterskebesök däremellan."),
  ]),
  [], ["NL102", "NL202"], "long paediatric diabetes review: negative screening, hedge only about a pump")

K("lang-psykavd-inskrivning-vald-i-sociala", "vgr", "1979-01-14", "f",
  N("vg_psyk_su", "Inskrivningsanteckning", ("Hampus Ek", "läkare"), "2024-10-26 22:05", [
      ("Kontaktorsak", "Förd till psykiatrisk akutmottagning av polis efter att ha hittats på en bro, uppgav att hon tänkt hoppa. Polisen hade fått larm från en förbipasserande bilist."),
      ("Anamnes", "Känd recidiverande depression sedan 2015, två tidigare vårdtillfällen. Behandlas med escitalopram 20 mg som hon enligt egen uppgift slutat ta för en månad sedan. Sover tre till fyra timmar per natt, har gått ner 6 kg sedan sommaren och har inte ätit lagad mat på en vecka. Hon beskriver att allt känns grått och att hon inte längre bryr sig om sådant som tidigare gav glädje, som att sy och träffa systern. Ingen tidigare suicidförsök, men upprepade suicidtankar de senaste veckorna."),
      ("Läkemedel", "Escitalopram 20 mg, ej taget på en månad. Inga andra läkemedel, ingen känd allergi."),
      ("Missbruk", "Dricker enstaka glas vin, inget narkotikabruk. AUDIT 4 poäng."),
      ("Hereditet", "Mamman har haft depressioner och behandlades med ECT på 1990-talet."),
      ("Sociala förhållanden", "Bor med sambon och dennes son i lägenhet. Arbetar som kassapersonal, sjukskriven sedan augusti. Sambon har slagit henne flera gånger i höst och hon är rädd att åka hem. Har en syster i Borås som hon har god kontakt med."),
      ("Psykiskt status", "Vaken, orienterad. Nedstämd, gråter under samtalet, psykomotoriskt hämmad. Svarar med låg röst och långa pauser, ögonkontakten sparsam. Tankeinnehåll präglat av hopplöshet och skuld. Inga hallucinationer, inga vanföreställningar. Tar avstånd från suicidplaner här och nu men kan inte garantera sin säkerhet vid hemgång."),
      ("Bedömning", "Svår depressiv episod utan psykotiska symtom, recidiv. Hög suicidrisk. Frivillig inläggning accepteras. Vårdbehovet kan tillgodoses frivilligt, inga skäl för tvångsvård i nuläget."),
      ("Åtgärd", "Inläggning avd 4, kontinuerlig tillsyn första natten. Escitalopram återinsätts med 10 mg, mirtazapin 15 mg till natten. Blodprover inklusive TSH och B12. Pat har lämnat ifrån sig skosnören och bälte efter samtal om säkerheten på avdelningen."),
      ("Planering", "Systern i Borås kontaktas på pat:s begäran; pat vill inte att sambon kontaktas. Kurator kopplas in i morgon. Ny bedömning av tillsynsgrad vid morgonronden."),
  ], setting="psykiatrisk heldygnsvård"),
  ["NL201"], ["NL102"], "long psychiatric admission note with one sentence on partner violence in Sociala förhållanden")


# =====================================================================================
# Validation and output
# =====================================================================================

CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
REC_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PAT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
PROTECTED_SKANE_TEMPLATES = {
    "Tidiga hypoteser", "Våld i nära relationer", "Oro för att barn far illa",
    "Hälsoundersökning på begäran av socialnämnd (HUBS)",
    "Hälsoundersökning på begäran om socialnämnd",
}
CODE_RE = re.compile(r"^NL\d{3}$")
SPLIT_RE = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(pn):
    digits = pn[2:8] + pn[9:]
    return len(digits) == 10 and luhn_digit(digits[:9]) == digits[9]


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    d = dt.date.fromisoformat(when[:10])
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    for c in cases:
        nm = c.get("case")
        where = f"case {nm!r}"
        if list(c.keys()) != CASE_KEYS:
            errs.append(f"{where}: keys {list(c.keys())}")
            continue
        if nm in names:
            errs.append(f"{where}: duplicate case name")
        names.add(nm)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{where}: bad ruleset")
        if not c["why"] or "\n" in c["why"]:
            errs.append(f"{where}: why must be one line")
        r = c["record"]
        if set(r) != REC_KEYS:
            errs.append(f"{where}: record keys {sorted(r)}")
            continue
        p = r["patient"]
        if set(p) != PAT_KEYS:
            errs.append(f"{where}: patient keys")
        pn = p["id"]
        if not re.fullmatch(r"\d{8}-\d{4}", pn) or not luhn_ok(pn):
            errs.append(f"{where}: personnummer {pn} not Luhn-valid")
        if pn[:8] != p["birth_date"].replace("-", ""):
            errs.append(f"{where}: personnummer does not match birth_date")
        if not r["as_of"].startswith("2024-"):
            errs.append(f"{where}: as_of not in 2024")
        ids = set()
        systems = {}
        for n in r["notes"]:
            if set(n) != NOTE_KEYS:
                errs.append(f"{where}: note keys {sorted(n)}")
                continue
            if n["id"] in ids:
                errs.append(f"{where}: duplicate note id")
            ids.add(n["id"])
            systems[n["id"]] = n
            for key in ("time", "signed"):
                if n[key] is not None and not n[key].startswith("2024-"):
                    errs.append(f"{where}: {key} not in 2024")
            if n["signed"] is not None and n["signed"] < n["time"]:
                errs.append(f"{where}: signed before time")
            if n["time"] > r["as_of"]:
                errs.append(f"{where}: note after as_of")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append(f"{where}: VGR notes are Melior")
            a = age_at(p["birth_date"], n["time"])
            if a < 0 or 13 <= a < 16:
                errs.append(f"{where}: patient age {a} at note time")
            if not n["sections"]:
                errs.append(f"{where}: note without sections")
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    errs.append(f"{where}: bad section")
                    continue
                for sent in SPLIT_RE.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != nm:
                            errs.append(f"{where}: sentence also in {seen_sent[sent]!r}: {sent!r}")
                        elif sent in seen_sent:
                            errs.append(f"{where}: sentence repeated within case: {sent!r}")
                        seen_sent[sent] = nm
        pairs = set()
        for kind in ("must", "must_not"):
            for t in c[kind]:
                if not (isinstance(t, list) and len(t) == 2 and CODE_RE.match(t[0])):
                    errs.append(f"{where}: bad target {t}")
                    continue
                if t[1] not in ids:
                    errs.append(f"{where}: target note {t[1]} does not exist")
                    continue
                if (t[0], t[1]) in pairs:
                    errs.append(f"{where}: {t} asserted twice or both ways")
                pairs.add((t[0], t[1]))
                note = systems[t[1]]
                if kind == "must":
                    if t[0] == "NL102" and note["system"] != "Melior":
                        errs.append(f"{where}: NL102 must only on Melior")
                    if t[0] in ("NL204", "NL205") and c["ruleset"] != "vgr":
                        errs.append(f"{where}: {t[0]} positives are VGR only")
                    if t[0] == "NL206" and c["ruleset"] != "skane":
                        errs.append(f"{where}: NL206 positives are Skåne only")
                    if t[0] == "NL203" and c["ruleset"] != "skane":
                        errs.append(f"{where}: NL203 is Skåne only")
                if t[0] == "NL101" and note["system"] == "PMO":
                    errs.append(f"{where}: NL101 never asserted on PMO")
                if t[0] == "NL102" and kind == "must" and c["ruleset"] == "skane" \
                        and note["template"] in PROTECTED_SKANE_TEMPLATES:
                    errs.append(f"{where}: NL102 must on a protected Skåne template")
        if not c["must"] and not c["must_not"]:
            errs.append(f"{where}: asserts nothing")
    return errs


def main():
    out = HERE / f"{NAME}.jsonl"
    lines = [json.dumps(c, ensure_ascii=False, sort_keys=False) for c in CASES]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # re-read what was written and validate that
    cases = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines() if l.strip()]
    errs = validate(cases)
    if errs:
        for e in errs:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errs)} problem(s) in {len(cases)} cases", file=sys.stderr)
        sys.exit(1)
    print(f"wrote {out.name}: {len(cases)} cases, all checks passed")


if __name__ == "__main__":
    main()
