#!/usr/bin/env python3
"""Independent urology test set for notelint (NL101, NL102).

Standard library only and deterministic: `python3 build.py` writes cases.jsonl next to
this file and exits 1 on any validation problem.

Setting: urology in Region Skåne and Västra Götalandsregionen -- the prostate cancer
pathway (PSA, MR, biopsies), kidney stones, bladder tumours and cystoscopy,
urotherapists and continence nurses, the urology ward and day surgery.
All texts were written for this set from the regional routines and the rule definitions.
"""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev159_cases.jsonl")

SK = "SE2321000255-"  # Region Skåne
VG = "SE2321000131-"  # Västra Götalandsregionen

# key -> (unit name, hsa id, system)
UNITS = {
    # --- Region Skåne, Melior (hospitals)
    "sus-uromott": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "U1M7", "Melior"),
    "sus-uroavd": ("Urologavdelning 5, Skånes universitetssjukhus Malmö", SK + "U5AV", "Melior"),
    "sus-backen": ("Bäckencancermottagningen, kontaktsjuksköterskor, Skånes universitetssjukhus Malmö", SK + "BCK2", "Melior"),
    "sus-akut-lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", SK + "AK41", "Melior"),
    "sus-rtg": ("Bild och funktion, Skånes universitetssjukhus Lund", SK + "BF09", "Melior"),
    "hbg-uro": ("Urologmottagningen, Helsingborgs lasarett", SK + "H3U8", "Melior"),
    "hbg-barnakut": ("Barnakuten, Helsingborgs lasarett", SK + "HBA2", "Melior"),
    "cks-uro": ("Urologmottagningen, Centralsjukhuset Kristianstad", SK + "KR6U", "Melior"),
    "cks-avd": ("Kirurg- och urologavdelning 9, Centralsjukhuset Kristianstad", SK + "KR9A", "Melior"),
    "tbg-dagkir": ("Dagkirurgiska enheten, Trelleborgs lasarett", SK + "TD14", "Melior"),
    "bus-uroterapi": ("Uroterapimottagningen, Barn- och ungdomssjukhuset Lund", SK + "BUT3", "Melior"),
    "bus-barnkir": ("Barnkirurgiska mottagningen, Barn- och ungdomssjukhuset Lund", SK + "BBK6", "Melior"),
    "ystad-kontinens": ("Kontinensmottagningen, Ystads lasarett", SK + "YK27", "Melior"),
    "angelholm-uro": ("Urologmottagningen, Ängelholms sjukhus", SK + "AN5U", "Melior"),
    "hlm-uroterapi": ("Uroterapeutmottagningen, Hässleholms sjukhus", SK + "HU61", "Melior"),
    "landskrona-dagkir": ("Dagkirurgin, Lasarettet i Landskrona", SK + "LD38", "Melior"),
    # --- Region Skåne, PMO (primary care)
    "vc-linero": ("Vårdcentralen Linero, Lund", SK + "VL22", "PMO"),
    "vc-simrishamn": ("Vårdcentralen Simrishamn", SK + "VS81", "PMO"),
    "vc-bergsgatan": ("Vårdcentralen Bergsgatan, Malmö", SK + "VB47", "PMO"),
    "vc-hoor": ("Vårdcentralen Höör", SK + "VH19", "PMO"),
    "ungdom-landskrona": ("Ungdomsmottagningen Landskrona", SK + "UM05", "PMO"),
    "hemsjv-eslov": ("Hemsjukvården Eslöv", SK + "HE72", "PMO"),
    # --- Västra Götalandsregionen, Melior
    "su-uromott": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "SU1U", "Melior"),
    "su-avd112": ("Avdelning 112 Urologi, Sahlgrenska Universitetssjukhuset", VG + "A112", "Melior"),
    "su-backen": ("Bäckencancercentrum, kontaktsjuksköterskor, Sahlgrenska Universitetssjukhuset", VG + "BCC4", "Melior"),
    "su-akut-ostra": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "AKO3", "Melior"),
    "su-mdk": ("Urologisk cancer MDK, Sahlgrenska Universitetssjukhuset", VG + "MDK7", "Melior"),
    "nal-uro": ("Urologmottagningen, NU-sjukvården NÄL Trollhättan", VG + "NAL2", "Melior"),
    "uddevalla-kontinens": ("Kontinensmottagningen, NU-sjukvården Uddevalla sjukhus", VG + "UDK5", "Melior"),
    "sks-uro": ("Urologmottagningen, Skaraborgs Sjukhus Skövde", VG + "SKU9", "Melior"),
    "sks-avd": ("Urologavdelning 11, Skaraborgs Sjukhus Skövde", VG + "SK11", "Melior"),
    "sas-uro": ("Urologmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "SAU6", "Melior"),
    "dsbus-uroterapi": ("Uroterapeutmottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "DSU8", "Melior"),
    "dsbus-barnkir": ("Barnkirurgiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "DSK1", "Melior"),
    "alingsas-dagkir": ("Dagkirurgiska enheten, Alingsås lasarett", VG + "ALD4", "Melior"),
    "kungalv-uro": ("Urologmottagningen, Kungälvs sjukhus", VG + "KUU3", "Melior"),
    "sas-avd": ("Kirurgavdelning 43 (urologi), Södra Älvsborgs Sjukhus Borås", VG + "SA43", "Melior"),
}

CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    """birth 'YYYY-MM-DD', serial three digits -> 'YYYYMMDD-NNNC' (Luhn-valid)."""
    ymd = birth.replace("-", "")
    return "%s-%s%s" % (ymd, serial, luhn_digit(ymd[2:] + serial))


def N(nid, unit, template, author, role, time, signed, setting, sections, refs=()):
    """One note. signed: minutes after `time` (int) or None for an unsigned draft."""
    uname, hsa, system = UNITS[unit]
    t = datetime.strptime(time, "%Y-%m-%d %H:%M")
    s = None if signed is None else (t + timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S")
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:%S"),
        "signed": s,
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def C(name, ruleset, patient, notes, must, must_not, why, as_of=None):
    """patient = (birth_date, serial, sex 'M'/'F')."""
    birth, serial, sex = patient
    if as_of is None:
        last = max(datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S") for n in notes)
        d = min(last.date() + timedelta(days=3), date(2024, 12, 31))
        as_of = d.strftime("%Y-%m-%dT00:00:00")
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
        "_sex": sex,
    })


# ---------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------
# ---- Part 1: prostate cancer pathway, Region Skåne -------------------------

C("uro-pirads5-misstankt-prostatacancer", "skane", ("1956-07-03", "417", "M"),
  [N("n1", "sus-uromott", "Läkaranteckning", "Henrik Bengtsson", "läkare", "2024-02-13 10:20", 45, "öppenvård", [
      ("Anamnes", "67-årig man remitterad från VC pga PSA 11 vid två mätningar. Nykturi x2, i övrigt inga vattenkastningsbesvär. Ingen hereditet för urologisk cancer."),
      ("Status", "PR: prostata ca 40 ml, fast knöl i vänster lob apikalt, ej fixerad."),
      ("Bedömning", "MR prostata visar PI-RADS 5-lesion i vänster perifera zon. Misstänkt prostatacancer, kliniskt T2a. Riktade transperineala biopsier bokas."),
  ])],
  [("NL102", "n1")], [("NL101", "n1")],
  "'Misstänkt prostatacancer' in the visible Bedömning of a Melior note; nothing about telling")

C("uro-dd-prostatit-kontra-cancer", "skane", ("1962-11-20", "533", "M"),
  [N("n1", "hbg-uro", "Mottagningsanteckning", "Sofia Ekdahl", "läkare", "2024-01-18 14:05", 30, "öppenvård", [
      ("Aktuellt", "Remiss avseende PSA 9,4. Hade febril UVI med frossa i december, behandlad med ciprofloxacin i två veckor."),
      ("Bedömning", "PSA-stegringen kan förklaras av den genomgångna infektionen. DD prostatit kontra prostatacancer. Ny PSA om 6 veckor innan ställningstagande till MR."),
  ])],
  [("NL102", "n1")], [],
  "'DD prostatit kontra prostatacancer' is a differential diagnosis in a visible section")

C("uro-palpation-malignitet-kan-ej-uteslutas", "skane", ("1949-03-28", "275", "M"),
  [N("n1", "cks-uro", "Läkaranteckning", "Johan Mårtensson", "läkare", "2024-03-05 09:40", 60, "öppenvård", [
      ("Status", "Prostata asymmetrisk, hård bädd i höger lob, gränserna palpabla. Bukstatus ua."),
      ("Bedömning", "PSA bara 5,2 men palpationsfyndet är suspekt och malignitet kan ej uteslutas. MR prostata inom SVF."),
  ])],
  [("NL102", "n1")], [("NL101", "n1")],
  "'malignitet kan ej uteslutas' hedges a cancer diagnosis in a visible Bedömning")

C("uro-malignitet-kan-uteslutas-efter-turp", "skane", ("1944-09-14", "351", "M"),
  [N("n1", "angelholm-uro", "Mottagningsanteckning", "Anders Nilsson", "läkare", "2024-04-09 11:15", 25, "öppenvård", [
      ("Aktuellt", "Återbesök sex veckor efter TURP. Bra stråle, IPSS sjunkit från 24 till 7. Ingen inkontinens."),
      ("Bedömning", "PAD från resektatet visar benign prostatahyperplasi utan cancer. Malignitet kan därmed uteslutas. Avslutas hos oss, PSA följs ej rutinmässigt."),
  ])],
  [], [("NL102", "n1")],
  "hard negative: 'malignitet kan därmed uteslutas' rules cancer out; BPH is confirmed by PAD")

C("uro-pad-adenocarcinom-besked-givet", "skane", ("1958-05-02", "659", "M"),
  [N("n1", "sus-uromott", "Läkaranteckning", "Maria Holm", "läkare", "2024-03-19 13:30", 50, "öppenvård", [
      ("Aktuellt", "Besök för besked om biopsisvar. Hustrun med."),
      ("Bedömning", "PAD: adenocarcinom Gleason 3+4=7 (ISUP 2) i 4 av 12 biopsier, höger lob. Intermediär risk, cT2a. Diagnosen meddelad pat och hustru vid dagens besök, kontaktssk närvarande."),
      ("Planering", "Skelettscint ej indicerat. Diskussion RALP kontra extern strålbehandling på återbesök om två veckor."),
  ])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "confirmed prostate cancer that the patient was told today: neither rule")

C("uro-pad-hogrisk-ej-informerad", "skane", ("1953-12-09", "497", "M"),
  [N("n1", "cks-uro", "Läkaranteckning", "Johan Mårtensson", "läkare", "2024-03-06 16:10", None, "öppenvård", [
      ("Provsvar", "PAD från biopsier 2024-03-01: adenocarcinom Gleason 4+4=8 (ISUP 4) i 8 av 12 kolvar, perineural växt."),
      ("Bedömning", "Högriskprostatacancer. Pat är ännu inte informerad om svaret, besked ges vid besök 14/3 tillsammans med kontaktsjuksköterska. PSMA-PET beställs."),
  ])],
  [("NL101", "n1")], [],
  "unsigned draft: confirmed high-risk cancer in visible Bedömning while the text says the patient is not yet informed")

C("uro-biopsi-forberedelse-ev-trombyluppehall", "skane", ("1960-08-17", "213", "M"),
  [N("n1", "sus-uromott", "Sjuksköterskeanteckning", "Camilla Persson", "sjuksköterska", "2024-03-11 08:50", 15, "öppenvård", [
      ("Telefonkontakt", "Ringt pat inför transperineal prostatabiopsi 21/3. Står på Trombyl 75 mg, ev. uppehåll fem dagar innan – stämmer av med ordinerande läkare och återkommer. Trol. räcker lokalbedövning. Informerat om att lämna urinsticka på morgonen."),
  ])],
  [], [("NL102", "n1")],
  "the only hedges ('ev. uppehåll', 'trol. räcker lokalbedövning') are plans, not diagnoses")

C("uro-pmo-vc-misstankt-prostatacancer-remiss", "skane", ("1955-01-30", "779", "M"),
  [N("n1", "vc-linero", "Besöksanteckning", "Erik Sandberg", "läkare", "2024-02-02 10:00", 40, "öppenvård", [
      ("Anamnes", "Söker för trög stråle och ökad nattlig vattenkastning sedan ett halvår."),
      ("Status", "PR: förstorad prostata med hård oöm knöl höger lob."),
      ("Bedömning", "PSA 14. Misstänkt prostatacancer. Remiss urologen enligt SVF, pat har fått skriftlig info om vårdförloppet."),
  ])],
  [], [("NL102", "n1")],
  "PMO never shows diagnoses: hedged prostate cancer on a vårdcentral note is not NL102")

C("uro-hereditet-far-och-bror", "skane", ("1972-04-22", "191", "M"),
  [N("n1", "hbg-uro", "Mottagningsanteckning", "Sofia Ekdahl", "läkare", "2024-05-14 15:20", 20, "öppenvård", [
      ("Anamnes", "Hereditet: far avled i prostatacancer 72 år gammal, bror misstänkt prostatacancer och utreds just nu i Halmstad. Önskar därför kontroll."),
      ("Status", "PR: ca 25 ml, slät, elastisk, inga knölar."),
      ("Bedömning", "PSA 1,3, kvot fritt/totalt 0,28. Normala fynd. Ny PSA om två år via vårdcentralen."),
  ])],
  [], [("NL102", "n1")],
  "the hedged prostate cancer is the brother's, not the patient's")

C("uro-skane-sokord-tidiga-hypoteser-syns", "skane", ("1946-10-05", "859", "M"),
  [N("n1", "sus-uromott", "Läkaranteckning", "Per Åkesson", "läkare", "2024-04-23 12:10", 35, "öppenvård", [
      ("Aktuellt", "Ryggsmärta sedan två månader, nattlig värk. PSA 86."),
      ("Tidiga hypoteser", "Trolig skelettmetastasering av prostatacancer. Skelettscint beställd, MR ländrygg om scint positiv."),
  ])],
  [("NL102", "n1")], [],
  "Skåne protects by template only: a sökord 'Tidiga hypoteser' inside a Läkaranteckning is still visible")

C("uro-skane-mall-tidiga-hypoteser-skelettspridning", "skane", ("1941-02-27", "335", "M"),
  [N("n1", "sus-uromott", "Tidiga hypoteser", "Per Åkesson", "läkare", "2024-05-07 09:25", 20, "öppenvård", [
      ("Bedömning", "PSA 410 och nytillkommen smärta i bäckenet. Starkt misstänkt skelettspridd prostatacancer. Pat ej informerad om misstanken, besked när skelettscint är klar."),
  ])],
  [], [("NL102", "n1"), ("NL101", "n1")],
  "hedged and untold diagnosis sits only in the Skåne template Tidiga hypoteser, which is filtered")

C("uro-ej-informerad-om-mr-tid", "skane", ("1950-06-11", "457", "M"),
  [N("n1", "angelholm-uro", "Sjuksköterskeanteckning", "Ulrika Lund", "sjuksköterska", "2024-06-03 10:45", 10, "öppenvård", [
      ("Åtgärd", "Känd BPH, står på tamsulosin och finasterid. MR prostata beställd pga stigande PSA. Pat har ännu inte fått veta tiden för MR, kallelse skickas från röntgen."),
  ])],
  [], [("NL101", "n1")],
  "what the patient has not been told is an appointment time, not a diagnosis")

C("uro-misstanke-bekraftad-av-biopsier", "skane", ("1964-09-23", "371", "M"),
  [N("n1", "sus-uromott", "Läkaranteckning", "Maria Holm", "läkare", "2024-06-18 14:40", 30, "öppenvård", [
      ("Bedömning", "Den misstanke om prostatacancer som förelåg efter MR har nu bekräftats av de riktade biopsierna: Gleason 3+3 i två kolvar från lesionen. Lågrisk. Aktiv monitorering föreslås och accepteras av pat."),
  ])],
  [], [("NL102", "n1")],
  "hard negative: the word 'misstanke' appears, but the cancer is confirmed by biopsy")

C("uro-behandlingsval-med-fragetecken", "skane", ("1961-03-15", "639", "M"),
  [N("n1", "cks-uro", "Mottagningsanteckning", "Lars Jeppsson", "läkare", "2024-07-02 11:05", 55, "öppenvård", [
      ("Bedömning", "Prostatacancer intermediär risk, ISUP 3, cT2b N0 M0. Operation eller strålbehandling? Pat vill fundera, läser skriftlig info och hör av sig till kontaktsjuksköterskan."),
  ])],
  [], [("NL102", "n1")],
  "the question mark is about the treatment choice; the cancer itself is confirmed")

C("uro-pirads4-typo-misstant", "skane", ("1959-07-19", "093", "M"),
  [N("n1", "hbg-uro", "Läkaranteckning", "Karl Wendt", "läkare", "2024-04-04 13:15", 25, "öppenvård", [
      ("Utredning", "MR prostata 2024-04-02: 11 mm PI-RADS 4-förändring i transitionszonen anteriort."),
      ("Bedömning", "Misstänt signifikant prostatacancer. Målstyrd biopsi med fusionsteknik."),
  ])],
  [("NL102", "n1")], [],
  "typo 'Misstänt' (misstänkt) still hedges prostate cancer in a visible section")

# ---- Part 2: prostate cancer pathway, Västra Götaland ----------------------

C("uro-vgr-kontaktssk-besked-lagrisk-telefon", "vgr", ("1957-02-11", "815", "M"),
  [N("n1", "su-backen", "Kontaktsjuksköterskeanteckning", "Annika Berg", "sjuksköterska", "2024-05-15 09:10", 20, "öppenvård", [
      ("Telefonkontakt", "Ringt pat enligt överenskommelse med dr Olausson. Informerat om att biopsierna visade prostatacancer med låg risk, Gleason 3+3. Pat tog beskedet lugnt och hade få frågor. Aktiv monitorering tas upp vid läkarbesöket 28/5."),
  ])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "contact nurse told the patient the confirmed diagnosis by phone")

C("uro-vgr-mdk-pet-svar-ej-meddelat", "vgr", ("1951-08-29", "273", "M"),
  [N("n1", "su-mdk", "MDK-anteckning", "Gustav Olausson", "läkare", "2024-04-09 15:30", 90, "öppenvård", [
      ("Diagnos", "Prostatacancer ISUP 5, cT3a. PSMA-PET 2024-04-05 utan fjärrmetastaser men med två upptagande iliakala lymfkörtlar, cN1."),
      ("Bedömning", "Rek: strålbehandling mot prostata och bäckenlymfkörtlar kombinerat med ADT i 2–3 år. Patienten har inte fått PET-svaret än, det meddelas av ansvarig urolog på torsdag."),
  ])],
  [("NL101", "n1")], [],
  "lymph node spread stated in a visible MDK note while the patient has not yet been given the PET result")

C("uro-vgr-psma-trol-lymfkortelmetastas", "vgr", ("1954-10-02", "559", "M"),
  [N("n1", "su-uromott", "Läkaranteckning", "Ingrid Sjöberg", "läkare", "2024-04-11 10:50", 30, "öppenvård", [
      ("Utredning", "PSMA-PET: intensivt upptag i 8 mm lymfkörtel vid vänster a. iliaca externa, trol. lymfkörtelmetasats. Inga skelettförändringar."),
      ("Planering", "Tas upp på MDK 16/4."),
  ])],
  [("NL102", "n1")], [],
  "'trol. lymfkörtelmetastas' under sökord Utredning is visible in VGR (typo 'lymfkörtelmetasats')")

C("uro-vgr-aktiv-monitorering-ev-ny-mr", "vgr", ("1963-12-30", "095", "M"),
  [N("n1", "sas-uro", "Mottagningsanteckning", "Robert Lindh", "läkare", "2024-02-27 08:35", 40, "öppenvård", [
      ("Aktuellt", "Lågrisk prostatacancer Gleason 3+3 sedan 2021, på aktiv monitorering. Inga nya besvär från urinvägarna."),
      ("Bedömning", "PSA stabilt 4,1 (4,3 för ett år sedan). Fortsatt aktiv monitorering, ev. ny MR prostata till hösten om PSA-densiteten stiger."),
  ])],
  [], [("NL102", "n1")],
  "known, confirmed cancer; the only hedge is a planned examination")

C("uro-vgr-inga-tecken-pa-recidiv", "vgr", ("1948-04-16", "617", "M"),
  [N("n1", "sks-uro", "Läkaranteckning", "Fredrik Almqvist", "läkare", "2024-08-20 13:00", 25, "öppenvård", [
      ("Bedömning", "Strålbehandlad prostatacancer 2022, ADT avslutad i våras. PSA omätbart. Inga tekcen på recidiv och ingen misstanke om skelettmetastaser trots ryggvärken, som får anses muskulär."),
  ])],
  [], [("NL102", "n1")],
  "recurrence and metastases are negated ('inga tecken på', 'ingen misstanke om') (typo 'tekcen')")

C("uro-vgr-epikris-ralp-planerade-eventualiteter", "vgr", ("1962-06-06", "739", "M"),
  [N("n1", "su-avd112", "Epikris", "Oskar Hedlund", "läkare", "2024-03-14 11:20", 60, "slutenvård", [
      ("Epikris", "Inkom planerat för robotassisterad radikal prostatektomi (RALP) med bilateral nervsparande teknik pga prostatacancer ISUP 2. Okomplicerat förlopp, mobiliserad dag 0, dränet draget dag 1. Hemgång dag 2 med KAD som dras på mottagningen efter sju dagar. PAD väntas om ca tre veckor och meddelas då per telefon. Eventuellt bäckenbottenträning med fysioterapeut efter kateterdragningen."),
  ])],
  [], [("NL102", "n1")],
  "discharge summary whose only hedge ('Eventuellt bäckenbottenträning') is a plan")

C("uro-vgr-sannolikt-lymfocele-efter-ralp", "vgr", ("1956-01-23", "897", "M"),
  [N("n1", "su-avd112", "Läkaranteckning", "Oskar Hedlund", "läkare", "2024-04-02 09:05", 35, "slutenvård", [
      ("Aktuellt", "Dag 9 efter RALP med lymfkörtelutrymning. Ökande smärta och svullnad i vänster ljumske, subfebril 37,9."),
      ("Status", "Fyllnad ovan vänster ljumskband, ömmande. Vänster ben lätt svullet."),
      ("Bedömning", "UL visar 6 cm vätskeansamling i vänster fossa iliaca, sannolikt lymfocele. Perkutant dränage via IR i morgon."),
  ])],
  [("NL102", "n1")], [("NL101", "n1")],
  "'sannolikt lymfocele' is a hedged postoperative diagnosis on a ward note")

C("uro-vgr-fragestallning-prostatacancer", "vgr", ("1966-05-08", "437", "M"),
  [N("n1", "nal-uro", "Läkaranteckning", "Emma Kjellberg", "läkare", "2024-01-22 14:25", 15, "öppenvård", [
      ("Anamnes", "Remiss från VC Trollhättan: PSA 7,8 och 8,1, kvot fritt/totalt 0,09."),
      ("Utredning", "Frågeställning: prostatacancer? Remiss MR prostata skickad, bedömning när svaret finns inom SVF."),
  ])],
  [("NL102", "n1")], [],
  "'Frågeställning: prostatacancer?' is an open diagnostic question in a visible section")

C("uro-vgr-pat-informerad-hustru-ej", "vgr", ("1945-11-04", "235", "M"),
  [N("n1", "su-uromott", "Läkaranteckning", "Ingrid Sjöberg", "läkare", "2024-06-12 15:45", 45, "öppenvård", [
      ("Bedömning", "Skelettscint visar multipla metastaser i bäcken och bröstkotor. Pat informerad om att prostatacancern har spridit sig till skelettet. Han vill själv berätta för hustrun och önskar att vi inte nämner det om hon ringer."),
      ("Planering", "ADT startas, bikalutamid 50 mg första fyra veckorna. Remiss onkologen."),
  ])],
  [], [("NL101", "n1")],
  "the patient is told; only his wife is not, at his own wish")

C("uro-vgr-ska-ej-informeras-fore-mdk", "vgr", ("1940-07-27", "411", "M"),
  [N("n1", "sas-uro", "Läkaranteckning", "Robert Lindh", "läkare", "2024-04-24 16:00", 30, "öppenvård", [
      ("Provsvar", "PAD TURP-spån: adenocarcinom ISUP 5 i 40 % av materialet, oväntat fynd."),
      ("Bedömning", "Pat ska inte informeras om cancerfyndet förrän MDK har tagit ställning 30/4, så att besked och behandlingsförslag kan ges samtidigt."),
  ])],
  [("NL101", "n1")], [("NL102", "n1")],
  "confirmed incidental cancer stated visibly while the text says the patient must not be told yet")

C("uro-vgr-psa-omatbart-svar-ej-skickat", "vgr", ("1952-03-03", "513", "M"),
  [N("n1", "kungalv-uro", "Sjuksköterskeanteckning", "Helena Strand", "sjuksköterska", "2024-09-04 10:15", 10, "öppenvård", [
      ("Provsvar", "Opererad för prostatacancer 2020 (RALP), årlig kontroll. PSA < 0,1, alltså fortsatt omätbart. Pat har inte fått svaret ännu, brev skickas idag."),
  ])],
  [], [("NL101", "n1")],
  "the untold item is a normal PSA result, not a diagnosis")

C("uro-vgr-pirads2-ingen-misstanke", "vgr", ("1967-09-12", "879", "M"),
  [N("n1", "sks-uro", "Läkaranteckning", "Fredrik Almqvist", "läkare", "2024-05-28 11:30", 20, "öppenvård", [
      ("Bedömning", "MR prostata PI-RADS 2 i hela körteln, PSA-densitet 0,08. Ingen misstake om kliniskt signifikant cancer, biopsi avstås. Åter till VC för PSA om ett år."),
  ])],
  [], [("NL102", "n1")],
  "'Ingen misstanke om ... cancer' is negated (typo 'misstake')")

C("uro-vgr-bild-som-vid-akut-prostatit", "vgr", ("1970-02-14", "297", "M"),
  [N("n1", "su-akut-ostra", "Akutanteckning", "Nils Grahn", "läkare", "2024-10-05 02:40", 70, "öppenvård", [
      ("Anamnes", "Frossa, feber och svårt att kasta vatten sedan igår. Sveda och täta trängningar."),
      ("Status", "Temp 38,9, puls 108. PR: svullen, mycket öm prostata, ingen fluktuation."),
      ("Bedömning", "Bild som vid akut bakteriell prostatit. Blododling x2 och urinodling, därefter iv cefotaxim. Resturin 150 ml, ingen KAD."),
  ])],
  [("NL102", "n1")], [],
  "'Bild som vid akut bakteriell prostatit' is a hedged diagnosis")

C("uro-vgr-villkor-feber-efter-biopsi", "vgr", ("1965-10-19", "751", "M"),
  [N("n1", "sas-uro", "Sjuksköterskeanteckning", "Malin Öberg", "sjuksköterska", "2024-03-21 13:50", 15, "öppenvård", [
      ("Information", "Transperineal biopsi utförd utan komplikationer. Muntlig och skriftlig information given: vid feber eller frossa de närmaste dagarna kan det röra sig om infektion och pat ska då söka akuten direkt. Lite blod i urin och sperma är normalt i några veckor."),
  ])],
  [], [("NL102", "n1")],
  "'kan det röra sig om infektion' sits inside a conditional safety-net instruction")

C("uro-vgr-typo-sannolkt-lokalt-avancerad", "vgr", ("1943-05-21", "153", "M"),
  [N("n1", "nal-uro", "Mottagningsanteckning", "Emma Kjellberg", "läkare", "2024-07-16 09:20", 25, "öppenvård", [
      ("Status", "Palpatoriskt stenhård prostata med överväxt mot vänster sädesblåsa."),
      ("Bedömning", "PSA 48. Sannolkt lokalt avancerad prostatacancer, cT3b. Biopsi och PSMA-PET."),
  ])],
  [("NL102", "n1")], [],
  "typo 'Sannolkt' (sannolikt) still hedges prostate cancer")

# ---- Part 3: kidney and ureteral stones ------------------------------------

C("uro-akut-trol-uretarsten-vanster", "skane", ("1988-09-02", "482", "F"),
  [N("n1", "sus-akut-lund", "Akutanteckning", "Lina Forsberg", "läkare", "2024-02-08 06:15", 50, "öppenvård", [
      ("Anamnes", "Plötslig kolikartad smärta i vänster flank sedan 04-tiden, strålar mot ljumsken. Illamående, en kräkning. Ingen feber."),
      ("Status", "Rastlös, dunköm vänster. Buken mjuk. U-sticka: blod 3+, nitrit neg."),
      ("Bedömning", "Trol. uretärsten vänster. Voltaren 50 mg supp med god effekt. DT urinvägar utan kontrast beställd."),
  ])],
  [("NL102", "n1")], [("NL101", "n1")],
  "'Trol. uretärsten' in the visible Bedömning of an emergency note")

C("uro-dt-verifierad-uretarsten", "skane", ("1979-12-12", "655", "M"),
  [N("n1", "cks-uro", "Läkaranteckning", "Lars Jeppsson", "läkare", "2024-02-20 10:10", 20, "öppenvård", [
      ("Utredning", "DT urinvägar: 5 mm konkrement i distala högra uretären, 2 cm ovan ostiet, med lätt hydronefros. Verifierad uretärsten höger."),
      ("Planering", "Stenutdrivande behandling med tamsulosin 0,4 mg i fyra veckor, därefter ny lågdos-DT."),
  ])],
  [], [("NL102", "n1")],
  "the stone is verified on CT: a confirmed diagnosis, no hedge")

C("uro-susp-njursten-sedan-uteslutet", "skane", ("1993-01-26", "224", "F"),
  [N("n1", "sus-akut-lund", "Akutanteckning", "Viktor Hansson", "läkare", "2024-05-03 22:10", 40, "öppenvård", [
      ("Bedömning", "Högersidig flanksmärta och mikroskopisk hematuri. Susp. njursten höger, DT i morgon bitti. Oxynorm 5 mg po, stannar över natten på AVA."),
  ]),
   N("n2", "sus-akut-lund", "Läkaranteckning", "Lina Forsberg", "läkare", "2024-05-04 10:30", 25, "öppenvård", [
      ("Bedömning", "DT urinvägar utan konkrement, ingen hydronefros. Njursten uteslutes. Smärtan har släppt, hemgång, kontakt med VC vid behov."),
  ])],
  [("NL102", "n1")], [("NL102", "n2")],
  "two notes: 'Susp. njursten' on the evening note fires; the next morning's 'Njursten uteslutes' does not")

C("uro-vgr-infekterad-avstangd-njure", "vgr", ("1975-06-30", "593", "M"),
  [N("n1", "su-akut-ostra", "Akutanteckning", "Nils Grahn", "läkare", "2024-06-21 19:55", 45, "öppenvård", [
      ("Bedömning", "Känd 7 mm uretärsten vänster, nu feber 39,1 och CRP 187 med hydronefros på UL. Infekterad avstängd njure kan inte uteslutas – akut avlastning med nefrostomi, IR kontaktad. Pip-taz iv efter odlingar."),
  ])],
  [("NL102", "n1")], [],
  "'kan inte uteslutas' hedges an infected obstructed kidney")

C("uro-vgr-typo-trolig-urearsten", "vgr", ("1985-03-17", "506", "F"),
  [N("n1", "su-akut-ostra", "Akutanteckning", "Sara Wikström", "läkare", "2024-08-11 16:20", 30, "öppenvård", [
      ("Bedömning", "Trolig ureärsten höger. Smärtfri efter Toradol, går hem med smärtlindring och sil. Uppföljande DT om tre veckor."),
  ])],
  [("NL102", "n1")], [],
  "typo 'ureärsten' (uretärsten) with the hedge 'Trolig'")

C("uro-talar-emot-uretarsten", "skane", ("1982-07-07", "317", "M"),
  [N("n1", "sus-akut-lund", "Akutanteckning", "Viktor Hansson", "läkare", "2024-09-13 13:35", 25, "öppenvård", [
      ("Anamnes", "Smärta i vänster flank sedan två dagar efter flytt av tunga möbler."),
      ("Bedömning", "Smärtan är lägesberoende och provoceras vid rotation, ingen hematuri – talr emot uretärsten. Paracetamol och Ipren, VC vid kvarstående besvär."),
  ])],
  [], [("NL102", "n1")],
  "'talar emot uretärsten' is a ruled-out diagnosis (typo 'talr')")

C("uro-pmo-vc-trol-njurstensanfall", "skane", ("1977-11-11", "975", "M"),
  [N("n1", "vc-bergsgatan", "Besöksanteckning", "Amira Haddad", "läkare", "2024-03-26 09:45", 20, "öppenvård", [
      ("Bedömning", "Typisk kolik med blod i urinen. Trol. njurstensanfall. Voltaren 50 mg x3 i fem dagar, akuten om feber eller om smärtan inte släpper."),
  ])],
  [], [("NL102", "n1")],
  "hedged stone diagnosis on a PMO note is never visible")

C("uro-eswl-ev-ny-behandling", "skane", ("1971-08-08", "264", "F"),
  [N("n1", "landskrona-dagkir", "Dagkirurgisk anteckning", "Mattias Olofsson", "läkare", "2024-04-17 12:00", 30, "öppenvård", [
      ("Åtgärd", "ESWL mot 8 mm konkrement i höger nedre kalyx, 3000 stötar, god fragmentering på genomlysning."),
      ("Planering", "Ev. ny behandling om restfragment på rtg om fyra veckor. Rikligt med dryck."),
  ])],
  [], [("NL102", "n1")],
  "the stone is known; 'Ev. ny behandling' is a plan")

C("uro-vgr-ureteroskopi-operationsberattelse", "vgr", ("1969-04-04", "159", "M"),
  [N("n1", "alingsas-dagkir", "Operationsberättelse", "Peter Lindgren", "läkare", "2024-05-22 10:40", 35, "öppenvård", [
      ("Operation", "Semirigid ureteroskopi vänster. 6 mm konkrement i proximala uretären, laserlitotripsi med holmiumlaser, fragmenten extraheras med korg. JJ-kateter 6 Ch/26 cm lämnas."),
      ("Planering", "JJ extraheras på mottagningen om två veckor, ev. med flexibelt cystoskop i lokalbedövning."),
  ])],
  [], [("NL102", "n1")],
  "operation note with a confirmed stone; 'ev.' refers to the method of stent removal")

C("uro-vgr-misstankt-cystinuri", "vgr", ("1999-10-10", "731", "M"),
  [N("n1", "sks-uro", "Läkaranteckning", "Fredrik Almqvist", "läkare", "2024-10-08 14:15", 20, "öppenvård", [
      ("Provsvar", "Stenanalys: ren cystinsten."),
      ("Bedömning", "24-årig man med tredje stenepisoden på två år. Misstänkt cystinuri, remiss njurmedicin för tU-cystin och genetisk utredning."),
  ])],
  [("NL102", "n1")], [],
  "'Misstänkt cystinuri' hedges a metabolic diagnosis of the patient")

C("uro-hereditet-mor-sten-morbror-ev-hpt", "skane", ("1990-02-19", "142", "F"),
  [N("n1", "angelholm-uro", "Mottagningsanteckning", "Anders Nilsson", "läkare", "2024-06-25 10:30", 40, "öppenvård", [
      ("Anamnes", "Hereditet: mor opererad för njursten flera gånger, morbror eventuellt hyperparatyreoidism."),
      ("Bedömning", "Första stenepisoden, 4 mm sten passerad spontant och inlämnad. Metabol utredning ej indicerad nu."),
  ])],
  [], [("NL102", "n1")],
  "the hedged hyperparathyroidism belongs to an uncle")

C("uro-vgr-hpt-kan-vara-orsaken", "vgr", ("1958-12-01", "368", "F"),
  [N("n1", "su-uromott", "Läkaranteckning", "Ingrid Sjöberg", "läkare", "2024-11-05 13:10", 30, "öppenvård", [
      ("Bedömning", "Recidiverande kalciumoxalatstenar bilat. S-Ca 2,78 med PTH i övre normalområdet. Primär hyperparatyreoidism kan vara orsaken, remiss endokrinkirurgen."),
  ])],
  [("NL102", "n1")], [],
  "'kan vara orsaken' hedges primary hyperparathyroidism")

C("uro-vgr-gravid-hydronefros-eller-sten", "vgr", ("1994-07-07", "486", "F"),
  [N("n1", "sas-uro", "Konsultationsanteckning", "Robert Lindh", "läkare", "2024-07-30 15:05", 25, "slutenvård", [
      ("Aktuellt", "Konsult från förlossningen: gravid v 28+3 med högersidig flanksmärta sedan igår."),
      ("Bedömning", "UL: måttlig hydronefros höger. Fysiologisk graviditetshydronefros eller uretärsten? Ingen feber, CRP 12. Avvaktar, smärtlindring, nytt UL om tre dagar."),
  ])],
  [("NL102", "n1")], [],
  "'... eller uretärsten?' is an open differential diagnosis in a visible section")

C("uro-inskrivning-pcnl-lang-utan-hypotes", "skane", ("1961-09-09", "577", "M"),
  [N("n1", "cks-avd", "Inskrivningsanteckning", "Hanna Åström", "läkare", "2024-10-14 15:40", 55, "slutenvård", [
      ("Inskrivningsorsak", "Planerad PCNL höger pga 24 mm njurbäckensten, inkommer dagen före op."),
      ("Anamnes", "Tidigare frisk frånsett hypertoni och typ 2-diabetes. Första stenepisoden 2021 med spontanavgång. Sedan hösten återkommande molvärk i höger flank, en UVI i januari behandlad med pivmecillinam. Röker ej, alkohol måttligt. Bor med sambo i villa i Åhus, arbetar som busschaufför."),
      ("Läkemedel", "Metformin 1 g x2, amlodipin 5 mg x1, atorvastatin 20 mg tn. Inga antikoagulantia."),
      ("Status", "AT: opåverkad. Cor: RR, inga blåsljud. Pulm: vesikulärt bilat. BT 142/86, puls 72. Buk: mjuk, oöm. Dunkömhet: ua bilat. Temp 36,8."),
      ("Lab", "Hb 148, CRP < 5, krea 82, K 4,1. U-odling 2024-10-01 utan växt. Blodgruppering och BAS-test klart."),
      ("Bedömning", "Ingen aktuell infektion, odlingen negativ och inga tecken på urosepsis. Op-tid i morgon 08.00. Ev. nefrostomi lämnas postop beroende på stenbörda och blödning, trolig vårdtid 2–3 dygn."),
      ("Åtgärd", "Fastande från midnatt. Antibiotikaprofylax cefuroxim 1,5 g iv vid induktion. Metformin pausas op-dagen. Trombosprofylax enligt PM."),
  ])],
  [], [("NL102", "n1")],
  "long admission chart: infection negated, hedges only on plans ('Ev. nefrostomi', 'trolig vårdtid')")

# ---- Part 4: bladder tumours, cystoscopy, haematuria -----------------------

C("uro-cystoskopi-misstankt-blastumor", "skane", ("1947-08-15", "539", "M"),
  [N("n1", "hbg-uro", "Undersökningsanteckning", "Karl Wendt", "läkare", "2024-01-16 09:30", 20, "öppenvård", [
      ("Cystoskopi", "Flexibel cystoskopi: 2 cm papillär förändring vid vänster uretärmynning, i övrigt normal slemhinna. Misstänkt blåstumör, TURB bokas inom SVF."),
  ])],
  [("NL102", "n1")], [("NL101", "n1")],
  "'Misstänkt blåstumör' under a visible cystoscopy sökord")

C("uro-vgr-kontrollcystoskopi-utan-recidiv", "vgr", ("1950-01-07", "915", "M"),
  [N("n1", "sks-uro", "Undersökningsanteckning", "Maja Rydén", "sjuksköterska", "2024-02-29 11:00", 15, "öppenvård", [
      ("Cystoskopi", "Kontrollcystoskopi ett år efter TURB för Ta låggradig tumör. Normal slemhinna, inga tecken på recidiv. Nästa kontroll om ett år."),
  ])],
  [], [("NL102", "n1")],
  "nurse cystoscopist: recurrence negated with 'inga tecken på'")

C("uro-turb-pad-pt2-ej-besked", "skane", ("1949-05-25", "353", "M"),
  [N("n1", "sus-uromott", "Läkaranteckning", "Maria Holm", "läkare", "2024-02-14 15:10", 30, "öppenvård", [
      ("Provsvar", "PAD TURB: urotelial cancer high grade med växt i detrusormuskeln, pT2."),
      ("Planering", "Pat har inte fått besked om PAD, ringer honom inte – besked vid besöket nästa onsdag med kontaktssk. DT thorax-buk beställd."),
  ])],
  [("NL101", "n1")], [],
  "confirmed muscle-invasive bladder cancer in visible sections; the patient has not had the result")

C("uro-vgr-cis-kan-inte-uteslutas", "vgr", ("1955-03-09", "402", "F"),
  [N("n1", "nal-uro", "Undersökningsanteckning", "Emma Kjellberg", "läkare", "2024-03-12 10:05", 20, "öppenvård", [
      ("Cystoskopi", "Sammetsröd slemhinna i blåstaket och bakväggen, CIS kan inte utslutas. Px tagna, cytologi skickad."),
  ])],
  [("NL102", "n1")], [],
  "'CIS kan inte uteslutas' hedges carcinoma in situ (typo 'utslutas')")

C("uro-vgr-talar-for-stralcystit", "vgr", ("1960-12-22", "028", "F"),
  [N("n1", "sas-uro", "Läkaranteckning", "Malin Öberg", "läkare", "2024-04-03 13:40", 35, "öppenvård", [
      ("Anamnes", "Strålbehandlad för cervixcancer 2015. Nu återkommande makroskopisk hematuri sedan två månader."),
      ("Bedömning", "Cystoskopiskt telangiektasier och skör slemhinna som talar för strålcystit. Px för att utesluta tumör."),
  ])],
  [("NL102", "n1")], [],
  "'talar för strålcystit' is a hedged diagnosis of the patient")

C("uro-hematuri-svf-ev-cytologi", "skane", ("1956-06-19", "193", "M"),
  [N("n1", "angelholm-uro", "Mottagningsanteckning", "Anders Nilsson", "läkare", "2024-03-04 14:20", 20, "öppenvård", [
      ("Aktuellt", "Makroskopisk hematuri vid ett tillfälle för två veckor sedan. Rökare, ca 30 paketår."),
      ("Planering", "Utredning enligt SVF med DT urografi och cystoskopi. Ev. urincytologi om cystoskopin är normal."),
  ])],
  [], [("NL102", "n1")],
  "a symptom and a planned test; no hedged diagnosis is written")

C("uro-bcg-instillation-cis-bekraftad", "skane", ("1944-02-12", "179", "M"),
  [N("n1", "cks-uro", "Sjuksköterskeanteckning", "Birgitta Olsson", "sjuksköterska", "2024-05-08 09:15", 10, "öppenvård", [
      ("Åtgärd", "BCG-instillation 4 av 6 i induktionsserien för CIS i urinblåsan. Tömde blåsan efter två timmar, inga besvär efter förra instillationen."),
  ])],
  [], [("NL102", "n1")],
  "confirmed CIS under treatment; no hedge")

C("uro-vgr-trol-bcg-cystit-telefon", "vgr", ("1953-09-01", "311", "M"),
  [N("n1", "kungalv-uro", "Telefonanteckning", "Helena Strand", "sjuksköterska", "2024-05-30 10:40", 15, "öppenvård", [
      ("Telefonkontakt", "Pat ringer dag 2 efter femte BCG-instillationen: sveda och täta trängningar, ingen feber. Trol. BCG-cystit, rådgör med dr Ek som ordinerar Ipren och skjuter nästa instillation en vecka. U-odling lämnas i morgon."),
  ])],
  [("NL102", "n1")], [],
  "a nurse's phone note with 'Trol. BCG-cystit' is visible in VGR")

C("uro-vgr-oklart-om-recidiv-ovre-urinvagar", "vgr", ("1948-11-30", "397", "M"),
  [N("n1", "su-uromott", "Läkaranteckning", "Gustav Olausson", "läkare", "2024-06-26 11:25", 25, "öppenvård", [
      ("Provsvar", "Urincytologi med atypiska uroteliala celler."),
      ("Bedömning", "Oklart om det rör sig om recidiv av urotelial cancer i övre urinvägarna, DT urografi beställd."),
  ])],
  [("NL102", "n1")], [],
  "'Oklart om det rör sig om recidiv' hedges cancer recurrence")

C("uro-cytologi-och-dt-utan-malignitet", "skane", ("1966-04-28", "288", "F"),
  [N("n1", "hbg-uro", "Läkaranteckning", "Sofia Ekdahl", "läkare", "2024-07-09 10:55", 20, "öppenvård", [
      ("Bedömning", "Urincytologi utan maligna celler och inga hållpunkter för malignitet i övre urinvägarna på DT urografi. Mikroskopisk hematuri utan påvisbar orsak, avslutas här."),
  ])],
  [], [("NL102", "n1")],
  "malignancy is ruled out ('utan maligna celler', 'inga hållpunkter för')")

C("uro-pmo-vc-ev-okomplicerad-uvi", "skane", ("1979-06-06", "540", "F"),
  [N("n1", "vc-hoor", "Telefonkontakt", "Jenny Paulsson", "sjuksköterska", "2024-02-19 08:10", 10, "öppenvård", [
      ("Telefonkontakt", "Sveda och täta trängningar sedan två dagar, ingen feber. Ev. okomplicerad UVI, urinsticka lämnas på lab, dr Lind ordinerar pivmecillinam om nitrit är positiv."),
  ])],
  [], [("NL102", "n1")],
  "PMO phone note with 'Ev. okomplicerad UVI': PMO never shows diagnoses")

C("uro-vgr-blascancer-besked-tidigare", "vgr", ("1957-04-14", "651", "M"),
  [N("n1", "su-uromott", "Läkaranteckning", "Gustav Olausson", "läkare", "2024-04-16 14:00", 40, "öppenvård", [
      ("Aktuellt", "Återbesök inför radikal cystektomi. Pat informerades om diagnosen muskelinvasiv blåscancer vid besöket 12/2 och har träffat stomiterapeut."),
      ("Bedömning", "Neoadjuvant cytostatika avslutad. Op planeras vecka 20 med Brickerblåsa."),
  ])],
  [], [("NL101", "n1")],
  "the patient was told the diagnosis at an earlier visit")

C("uro-utkast-misstankt-recidiv-t1", "skane", ("1951-01-19", "435", "M"),
  [N("n1", "cks-uro", "Läkaranteckning", "Johan Mårtensson", "läkare", "2024-08-27 11:45", None, "öppenvård", [
      ("Cystoskopi", "Kontroll sex månader efter TURB för T1 high grade. Nytt 5 mm papillärt fynd vid höger ostium, misstänkt recidiv."),
  ])],
  [("NL102", "n1")], [],
  "unsigned draft with 'misstänkt recidiv' of bladder cancer in a visible section")

C("uro-turb-pad-lagriskbesked-telefon", "skane", ("1962-07-25", "366", "F"),
  [N("n1", "sus-backen", "Kontaktsjuksköterskeanteckning", "Camilla Persson", "sjuksköterska", "2024-03-27 13:20", 15, "öppenvård", [
      ("Telefonkontakt", "Enligt dr Holm ringt pat och meddelat PAD från TURB: icke-muskelinvasiv blåscancer Ta låggradig, radikalt resecerad. Pat lättad. Kontrollcystoskopi om tre månader, kallelse kommer."),
  ])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "the contact nurse gave the confirmed PAD result to the patient by phone")

C("uro-vgr-inger-misstanke-om-njurbackentumor", "vgr", ("1946-03-03", "215", "M"),
  [N("n1", "nal-uro", "Läkaranteckning", "Tobias Hägg", "läkare", "2024-09-17 15:15", 30, "öppenvård", [
      ("Utredning", "DT urografi: fyllnadsdefekt i vänster njurbäcken som inger misstanke om urotelial tumör i övre urinvägarna. Ureteroskopi med px planeras."),
  ])],
  [("NL102", "n1")], [],
  "'inger misstanke om urotelial tumör' in a visible Utredning section")

# ---- Part 5: children, urotherapists, continence ---------------------------

C("uro-barn-monosymptomatisk-enures", "skane", ("2016-09-12", "219", "M"),
  [N("n1", "bus-uroterapi", "Uroterapeutanteckning", "Eva Lindblad", "uroterapeut", "2024-03-07 13:00", 30, "öppenvård", [
      ("Anamnes", "7-årig pojke som kissar i sängen 5–6 nätter/vecka och aldrig varit torr längre perioder. Inga dagsymtom, normal avföring."),
      ("Bedömning", "Primär monosymptomatisk enuresis nocturna. Larmbehandling startas, föräldrarna instruerade i hur larmet används."),
  ])],
  [], [("NL102", "n1")],
  "child's confirmed enuresis diagnosis, no hedge")

C("uro-vgr-barn-overaktiv-blasa-fragetecken", "vgr", ("2015-11-03", "624", "F"),
  [N("n1", "dsbus-uroterapi", "Uroterapeutanteckning", "Karin Dahl", "uroterapeut", "2024-04-10 10:15", 25, "öppenvård", [
      ("Aktuellt", "Dagläckage flera gånger i veckan, skjuter upp blåstömningen och sitter på hälen för att hålla emot."),
      ("Bedömning", "Överaktiv blåsa? Blåsdagbok 48 h och flödesmätning med resturin vid nästa besök."),
  ])],
  [("NL102", "n1")], [],
  "a diagnosis followed by '?' in a visible section of a child's note (guardians read it)")

C("uro-barn-fragestallning-vur-efter-febril-uvi", "skane", ("2021-12-24", "586", "F"),
  [N("n1", "hbg-barnakut", "Akutanteckning", "Tove Nyström", "läkare", "2024-02-24 18:45", 40, "öppenvård", [
      ("Bedömning", "Andra febrila UVI:n på ett halvår hos 2-årig flicka, opåverkad efter antipyretika. Frågeställning vesikoureteral reflux, MUCG bokas efter avslutad antibiotikakur."),
  ])],
  [("NL102", "n1")], [],
  "'Frågeställning vesikoureteral reflux' is an open diagnostic question")

C("uro-vgr-barn-ev-ny-flodesmatning", "vgr", ("2014-05-05", "619", "M"),
  [N("n1", "dsbus-uroterapi", "Uroterapeutanteckning", "Karin Dahl", "uroterapeut", "2024-09-18 14:30", 20, "öppenvård", [
      ("Uppföljning", "Känd dysfunktionell blåstömning, torr dagtid sedan sommaren med schemalagda toalettbesök. Ev. ny flödesmätning om tre månader om läckaget kommer tillbaka."),
  ])],
  [], [("NL102", "n1")],
  "'Ev. ny flödesmätning' hedges a test, the diagnosis is known")

C("uro-vgr-barn-trol-retentio-testis", "vgr", ("2023-02-10", "437", "M"),
  [N("n1", "dsbus-barnkir", "Läkaranteckning", "Jonas Ahlberg", "läkare", "2024-03-19 11:10", 35, "öppenvård", [
      ("Status", "Höger testikel ej palpabel i skrotum eller ljumske, vänster normalt descenderad."),
      ("Bedömning", "Trol. retentio tesits höger, intraabdominellt läge. Diagnostisk laparoskopi och orkidopexi planeras."),
  ])],
  [("NL102", "n1")], [],
  "'Trol. retentio testis' on a toddler's visible note (typo 'tesits')")

C("uro-barn-misstankt-puj-stenos", "skane", ("2024-01-15", "139", "M"),
  [N("n1", "bus-barnkir", "Läkaranteckning", "Ebba Carlsson", "läkare", "2024-03-01 09:50", 30, "öppenvård", [
      ("Aktuellt", "Prenatalt upptäckt hydronefros vänster. Postnatalt UL vid sex veckors ålder: bäckenvidgning 18 mm med kalyxdilatation."),
      ("Bedömning", "Misstänkt pyeloureteral övergångsstenos (PUJ-stenos). MAG3-renografi bokas."),
  ])],
  [("NL102", "n1")], [],
  "'Misstänkt pyeloureteral övergångsstenos' in an infant's visible note")

C("uro-vgr-barn-ingen-misstanke-om-vur", "vgr", ("2019-06-30", "268", "F"),
  [N("n1", "dsbus-barnkir", "Läkaranteckning", "Jonas Ahlberg", "läkare", "2024-05-06 13:25", 20, "öppenvård", [
      ("Bedömning", "MUCG utan reflux. Ingen misstanke om VUR längre, UVI-profylaxen sätts ut."),
  ])],
  [], [("NL102", "n1")],
  "reflux is negated ('utan reflux', 'Ingen misstanke om VUR')")

C("uro-barn-cirkumcision-fimos", "skane", ("2015-04-02", "913", "M"),
  [N("n1", "tbg-dagkir", "Dagkirurgisk anteckning", "Mattias Olofsson", "läkare", "2024-10-23 12:35", 25, "öppenvård", [
      ("Åtgärd", "Cirkumcision pga sekundär fimos med återkommande balanit hos 9-årig pojke. Okomplicerat ingrepp i narkos."),
      ("Planering", "Ev. kontroll på VC om svullnaden inte har lagt sig efter en vecka."),
  ])],
  [], [("NL102", "n1")],
  "confirmed phimosis; 'Ev. kontroll' is a plan")

C("uro-kontinens-trolig-blandinkontinens", "skane", ("1952-05-17", "082", "F"),
  [N("n1", "ystad-kontinens", "Kontinensanteckning", "Gunilla Ek", "sjuksköterska", "2024-02-06 10:00", 20, "öppenvård", [
      ("Aktuellt", "Läckage både vid hosta och vid plötsliga trängningar, 3–4 skydd/dygn. Miktionslistan visar små volymer dagtid."),
      ("Bedömning", "Trolig blandinkontinsens."),
      ("Åtgärd", "Bäckenbottenträning, blåsträning och remiss till gynekolog."),
  ])],
  [("NL102", "n1")], [],
  "continence nurse writes 'Trolig blandinkontinens' in a visible Bedömning (typo 'blandinkontinsens')")

C("uro-vgr-kontinens-ren-anstrangningsinkontinens", "vgr", ("1971-01-12", "546", "F"),
  [N("n1", "uddevalla-kontinens", "Kontinensanteckning", "Lena Hallberg", "sjuksköterska", "2024-06-13 09:35", 15, "öppenvård", [
      ("Bedömning", "Ren ansträngningsinkontinens, bekräftad med positivt hostprov och normal miktionslista. Fortsätter bäckenbottenträning tre månader, därefter ställningstagande till TVT."),
  ])],
  [], [("NL102", "n1")],
  "confirmed stress incontinence, no hedge")

C("uro-vgr-kontinens-dotter-trolig-ic", "vgr", ("1949-08-19", "120", "F"),
  [N("n1", "uddevalla-kontinens", "Läkaranteckning", "Petra Sundin", "läkare", "2024-08-08 11:50", 30, "öppenvård", [
      ("Anamnes", "Trängningar och obehag över blåsan vid fyllnad. Dottern har en trolig interstitiell cystit och pat undrar om det kan vara ärftligt."),
      ("Bedömning", "Urinodling neg, ingen hematuri. Överaktiv blåsa. Start med mirabegron 50 mg, uppföljning om sex veckor."),
  ])],
  [], [("NL102", "n1")],
  "the hedged interstitial cystitis is the daughter's; the patient's own diagnosis is stated")

C("uro-pmo-hemsjv-trolig-kateter-uvi", "skane", ("1936-03-08", "295", "M"),
  [N("n1", "hemsjv-eslov", "Hemsjukvårdsanteckning", "Sanna Blom", "sjuksköterska", "2024-07-12 14:10", 20, "öppenvård", [
      ("Omvårdnad", "KAD-byte hos 88-årig man med känd prostataförstoring. Urinen grumlig och illaluktande, temp 37,4. Trolig kateterassocierad UVI, läkare på VC kontaktad för bedömning."),
  ])],
  [], [("NL102", "n1")],
  "home-care note in PMO: a hedged infection diagnosis is not shown")

C("uro-vgr-fysio-ev-remiss-slynga", "vgr", ("1960-10-10", "477", "M"),
  [N("n1", "su-uromott", "Fysioterapianteckning", "Daniel Mattsson", "fysioterapeut", "2024-07-04 08:45", 20, "öppenvård", [
      ("Aktuellt", "Tre månader efter RALP, läcker två skydd per dag vid ansträngning."),
      ("Åtgärd", "Bäckenbottenträning med biofeedback, hemprogram genomgånget. Ev. remiss för bedömning av slyngoperation om förbättringen uteblir vid tolv månader."),
  ])],
  [], [("NL102", "n1")],
  "physiotherapist's 'Ev. remiss' is a plan, no diagnosis is hedged")

C("uro-barn-enures-mojlig-somnapne", "skane", ("2017-02-28", "355", "M"),
  [N("n1", "hlm-uroterapi", "Uroterapeutanteckning", "Marie Svensson", "uroterapeut", "2024-05-21 15:00", 25, "öppenvård", [
      ("Anamnes", "Fortsatt våta nätter trots larm i tre månader. Föräldrarna berättar att han snarkar högt och har andningsuppehåll."),
      ("Bedömning", "Möjlig obstruktiv sömnapné som bidrar till enuresen, remiss ÖNH via barnläkare."),
  ])],
  [("NL102", "n1")], [],
  "'Möjlig obstruktiv sömnapné' is a hedged diagnosis of the child")

C("uro-kontinens-ingen-prolaps", "skane", ("1968-09-27", "362", "F"),
  [N("n1", "ystad-kontinens", "Läkaranteckning", "Olof Berglund", "läkare", "2024-11-12 10:40", 30, "öppenvård", [
      ("Status", "Ingen descensus vid krystning, inga tecken på prolaps. Positivt hostprov i gynstol."),
      ("Bedömning", "Ansträngningsinkontinens. Remiss för TVT-operation."),
  ])],
  [], [("NL102", "n1")],
  "prolapse is negated; incontinence is a stated diagnosis")

# ---- Part 6: urology ward and day surgery ----------------------------------

C("uro-avd-ssk-trol-kateterrelaterad-uvi", "skane", ("1950-09-21", "573", "M"),
  [N("n1", "sus-uroavd", "Sjuksköterskeanteckning", "Frida Lindqvist", "sjuksköterska", "2024-01-29 05:40", 30, "slutenvård", [
      ("Omvårdnad", "Feber 38,6 i natt med frossa, urinen grumlig i påsen. Trol. kateterrelaterad urinvägsinfektion, jour kontaktad som ordinerar odlingar och cefotaxim."),
  ])],
  [("NL102", "n1")], [],
  "ward nurse's 'Trol. kateterrelaterad urinvägsinfektion' on a visible Melior note")

C("uro-vgr-avd-trolig-hemgang-efter-turp", "vgr", ("1946-07-14", "319", "M"),
  [N("n1", "su-avd112", "Sjuksköterskeanteckning", "Johanna Ek", "sjuksköterska", "2024-02-13 14:20", 15, "slutenvård", [
      ("Omvårdnad", "Dag 1 efter TURP. Spoldroppet avslutat, urinen ljust rosa. Mobiliserad, äter och dricker. Trolig hemgång i morgon efter kateterdragning och miktionskontroll."),
  ])],
  [], [("NL102", "n1")],
  "'Trolig hemgång' hedges a discharge, not a diagnosis")

C("uro-avd-ev-postoperativt-delirium", "skane", ("1941-12-01", "399", "M"),
  [N("n1", "cks-avd", "Läkaranteckning", "Hanna Åström", "läkare", "2024-03-13 08:30", 40, "slutenvård", [
      ("Aktuellt", "Dag 2 efter cystektomi. Nattpersonalen rapporterar att pat varit förvirrad, plockig och försökt dra ut CVK:n."),
      ("Bedömning", "Ev. postoperativt delirium, inga infektionstecken på lab. Ser över opioiderna, Haldol vid behov, anhörig får sitta med."),
  ])],
  [("NL102", "n1")], [],
  "'Ev. postoperativt delirium' hedges a diagnosis (not a plan)")

C("uro-dagkir-turp-bph-trol-hemgang-kad", "skane", ("1947-03-30", "111", "M"),
  [N("n1", "tbg-dagkir", "Operationsberättelse", "Mattias Olofsson", "läkare", "2024-04-25 10:15", 45, "öppenvård", [
      ("Operation", "Bipolär TURP pga BPH med upprepade urinretentioner. Resektion av ca 30 g, god hemostas."),
      ("Planering", "Trol. hemgång med KAD i morgon, katetern dras på VC efter fem dagar."),
  ])],
  [], [("NL102", "n1")],
  "BPH is the confirmed indication; 'Trol. hemgång' is a plan")

C("uro-vgr-avd-dvt-kan-inte-uteslutas", "vgr", ("1952-10-08", "735", "M"),
  [N("n1", "sks-avd", "Läkaranteckning", "Fredrik Almqvist", "läkare", "2024-05-15 09:45", 30, "slutenvård", [
      ("Status", "Vänster underben svullet och ömt över vaden, dag 3 efter radikal cystektomi."),
      ("Bedömning", "DVT kan inte uteslutas, UL benvener beställt. Dalteparin höjs till behandlingsdos i väntan på svar."),
  ])],
  [("NL102", "n1")], [],
  "'DVT kan inte uteslutas' on a ward note")

C("uro-vgr-dagkir-misstanke-tur-syndrom", "vgr", ("1939-11-17", "953", "M"),
  [N("n1", "alingsas-dagkir", "Operationsberättelse", "Peter Lindgren", "läkare", "2024-06-05 13:05", 50, "öppenvård", [
      ("Operation", "Monopolär TURP med glycin som spolvätska. Efter ca 60 minuters resektion blev pat orolig, förvirrad och illamående."),
      ("Bedömning", "S-Na 124 direkt postop, vilket inger misstanke om TUR-syndrom. Resektionen avbröts, pat överflyttas till IVA för observation och natriumkorrektion."),
  ])],
  [("NL102", "n1")], [],
  "'inger misstanke om TUR-syndrom' is a hedged complication diagnosis")

C("uro-avd-ingen-misstanke-om-lungemboli", "skane", ("1958-02-02", "240", "F"),
  [N("n1", "sus-uroavd", "Läkaranteckning", "Per Åkesson", "läkare", "2024-06-19 11:30", 25, "slutenvård", [
      ("Bedömning", "Lätt andfådd dag 4 efter nefrektomi, saturation 95 %, ingen takykardi. DT lungartärer utan embolier, så ingen misstanke om lungemboli längre. Andningsträning med fysioterapeut."),
  ])],
  [], [("NL102", "n1")],
  "pulmonary embolism is ruled out on CT and negated")

C("uro-vgr-epikris-urosepsis-ecoli", "vgr", ("1963-06-17", "462", "F"),
  [N("n1", "sas-avd", "Epikris", "Malin Öberg", "läkare", "2024-07-22 15:10", 60, "slutenvård", [
      ("Epikris", "Inkom med urosepsis utgången från avstängd vänster njure pga 9 mm uretärsten. E. coli i blod- och urinodling. Akut nefrostomi, därefter iv cefotaxim och sedan peroralt ciprofloxacin, totalt 14 dagar. Ureteroskopi planeras om 4–6 veckor, kallelse skickas."),
  ])],
  [], [("NL102", "n1")],
  "discharge summary where every diagnosis is confirmed")

C("uro-vgr-avd-forenlig-med-pyelonefrit", "vgr", ("1987-04-12", "088", "F"),
  [N("n1", "sks-avd", "Inskrivningsanteckning", "Linnea Åberg", "läkare", "2024-09-02 21:15", 45, "slutenvård", [
      ("Bedömning", "Feber, frossa och dunkömhet höger, CRP 210, leukocyturi. Bilden är förenlig med akut pyelonefrit, DT för att utesluta avflödeshinder."),
  ])],
  [("NL102", "n1")], [],
  "'förenlig med akut pyelonefrit' is a hedged diagnosis")

C("uro-avd-trolig-paralytisk-ileus", "skane", ("1955-08-30", "384", "F"),
  [N("n1", "cks-avd", "Läkaranteckning", "Hanna Åström", "läkare", "2024-10-03 10:25", 35, "slutenvård", [
      ("Aktuellt", "Dag 5 efter cystektomi, uppspänd buk, inga gaser, kräkts två gånger i natt."),
      ("Bedömning", "Trolig paralytisk ielus. Ventrikelsond, DT buk för att utesluta mekaniskt hinder."),
  ])],
  [("NL102", "n1")], [],
  "'Trolig paralytisk ileus' is a hedged postoperative diagnosis (typo 'ielus')")

C("uro-vgr-dagkir-illamaende-ev-av-anestesin", "vgr", ("1977-02-22", "526", "F"),
  [N("n1", "alingsas-dagkir", "Sjuksköterskeanteckning", "Ida Nordin", "sjuksköterska", "2024-10-16 12:50", 10, "öppenvård", [
      ("Postop", "Vaken och smärtfri efter cystoskopi med stentextraktion. Lite illamående, ev. av anestesin, fått ondansetron med effekt. Kissat 250 ml utan sveda. Hemgång med sambon."),
  ])],
  [], [("NL102", "n1")],
  "the hedge explains a symptom (nausea), it is not a diagnosis")

C("uro-vgr-epikris-cystektomi-lang-trolig-njurskada", "vgr", ("1954-12-12", "991", "M"),
  [N("n1", "su-avd112", "Epikris", "Oskar Hedlund", "läkare", "2024-05-20 14:30", 75, "slutenvård", [
      ("Epikris", "69-årig man inkom 2024-05-06 för planerad radikal cystektomi med ileal conduit (Brickerblåsa) pga muskelinvasiv urotelial blåscancer cT2N0M0 efter tre cykler neoadjuvant cisplatin/gemcitabin. Op 2024-05-07 enligt plan, blödning 600 ml, ingen transfusion."),
      ("Postoperativt förlopp", "Dag 1–2 epiduralanalgesi med god effekt, uppe i stol dag 1. Flytande kost dag 3, tarmfunktionen igång dag 4 och normal kost dag 5. Uretärstentarna drogs dag 10. Stomin rosa och välfungerande, stomiterapeut har instruerat pat och hustru i påsbyte vid tre tillfällen."),
      ("Status vid utskrivning", "AT: gott. Temp 36,9. BT 128/78, puls 80. Buk: mjuk, lätt öm kring såret. Sår: läker fint, agrafferna kvar. Stomi: ua, diures ca 1,8 l/dygn."),
      ("Lab", "Hb 112, CRP 38 och sjunkande, krea 131 (preop 92), K 4,6, standardbikarbonat 21."),
      ("Bedömning", "Vid utskrivning kvarstår lätt förhöjt krea, trolig akut njurskada av prerenal genes efter sparsamt vätskeintag de senaste dagarna. Uppmanas dricka minst två liter per dygn."),
      ("Planering", "Agrafferna tas på VC dag 14. Krea och elektrolyter på VC om en vecka. Återbesök urologmottagningen om sex veckor med PAD-genomgång. Dalteparin 5000 E x1 sc totalt fyra veckor postop. Hemsjukvården hjälper till med påsbyte första veckan."),
  ])],
  [("NL102", "n1")], [],
  "long discharge summary: one buried sentence hedges an acute kidney injury ('trolig akut njurskada')")

C("uro-avd-utkast-sannolik-sarinfektion", "skane", ("1949-07-07", "375", "M"),
  [N("n1", "sus-uroavd", "Läkaranteckning", "Viktor Hansson", "läkare", "2024-11-19 16:05", None, "slutenvård", [
      ("Status", "Rodnad och värmeökning kring nedre delen av laparotomisåret, sparsam grumlig sekretion."),
      ("Bedömning", "Sannolik ytlig sårinfektion. Odling, flukloxacillin 1 g x3 po."),
  ])],
  [("NL102", "n1")], [],
  "unsigned draft (pre-signing) with 'Sannolik ytlig sårinfektion'")

# ---- Part 7: telling the patient (NL101) -----------------------------------

C("uro-njurcellscancer-besked-personligen", "skane", ("1964-01-31", "424", "F"),
  [N("n1", "sus-uromott", "Läkaranteckning", "Maria Holm", "läkare", "2024-02-21 12:40", 30, "öppenvård", [
      ("Utredning", "DT buk med kontrast: 4 cm solid tumör i vänster njures nedre pol, ingen spridning."),
      ("Bedömning", "Njurcellscancer vänster, cT1a. Pat är inte informerad än – jag vill ge beskedet personligen på mottagningen på fredag."),
  ])],
  [("NL101", "n1")], [],
  "renal cancer stated in Bedömning while the patient is explicitly not yet informed")

C("uro-vgr-njurcellscancer-genomgangen-med-pat", "vgr", ("1957-06-09", "415", "M"),
  [N("n1", "kungalv-uro", "Läkaranteckning", "Anton Ek", "läkare", "2024-03-28 10:10", 35, "öppenvård", [
      ("Bedömning", "Njurcellscancer höger, 6 cm, cT1b. Diagnosen och behandlingsalternativen genomgångna med pat och sonen idag, pat önskar partiell nefrektomi om det är tekniskt möjligt."),
  ])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "the diagnosis was gone through with the patient today")

C("uro-pad-ej-informerad-sedan-besked", "skane", ("1955-11-25", "591", "M"),
  [N("n1", "hbg-uro", "Läkaranteckning", "Karl Wendt", "läkare", "2024-06-11 15:30", 20, "öppenvård", [
      ("Provsvar", "PAD: adenocarcinom ISUP 3 i 5 av 10 biopsier, vänster lob."),
      ("Planering", "Pat ej informerad, bokas för besked 19/6 med kontaktsjuksköterska."),
  ]),
   N("n2", "hbg-uro", "Läkaranteckning", "Karl Wendt", "läkare", "2024-06-19 10:00", 40, "öppenvård", [
      ("Bedömning", "Pat informerad idag om prostatacancer med intermediär risk, hustrun närvarande. Önskar strålbehandling, remiss onkologen."),
  ])],
  [("NL101", "n1")], [("NL101", "n2")],
  "two notes: the result note withholds the diagnosis (fires); the later note records that he was told (silent)")

C("uro-tidiga-hypoteser-sedan-besked-i-vanlig-anteckning", "skane", ("1969-03-14", "502", "F"),
  [N("n1", "cks-uro", "Tidiga hypoteser", "Lars Jeppsson", "läkare", "2024-04-02 11:20", 15, "öppenvård", [
      ("Bedömning", "Misstänkt njurcellscancer höger på UL, 3 cm. DT beställd. Pat ej informerad om misstanken."),
  ]),
   N("n2", "cks-uro", "Läkaranteckning", "Lars Jeppsson", "läkare", "2024-04-16 13:45", 30, "öppenvård", [
      ("Bedömning", "DT bekräftar 3 cm njurcellscancer höger utan spridning. Pat informerad om diagnosen idag och önskar operation."),
  ])],
  [], [("NL102", "n1"), ("NL101", "n2")],
  "hypothesis kept in the Skåne Tidiga hypoteser template, then moved to a visible note once told")

C("uro-vgr-sokord-tidiga-hypoteser-ej-informerad", "vgr", ("1953-08-15", "677", "M"),
  [N("n1", "sks-uro", "Läkaranteckning", "Sofie Lind", "läkare", "2024-08-22 09:30", 25, "öppenvård", [
      ("Aktuellt", "Besök för uppföljning av PSA-stegring, nu 16."),
      ("Tidiga hypoteser", "MR visar PI-RADS 5 med överväxt mot blåsbotten; misstänkt lokalt avancerad prostatacancer. Pat ej informerad ännu, väntar på biopsin."),
      ("Planering", "Biopsi 3/9, återbesök när svaret finns."),
  ])],
  [], [("NL102", "n1"), ("NL101", "n1")],
  "VGR: the hedged, untold diagnosis is only under sökord Tidiga hypoteser; the visible sections hold none")

C("uro-vgr-remiss-skickad-ej-underrattad", "vgr", ("1942-04-04", "699", "M"),
  [N("n1", "sas-uro", "Läkaranteckning", "Robert Lindh", "läkare", "2024-05-07 16:20", 20, "öppenvård", [
      ("Bedömning", "Prostatacancer med skelettmetastaser, nu kastrationsresistent. Remiss onkologen för ställningstagande till docetaxel skickad idag, pat ännu inte underrättad om att remissen gått iväg."),
  ])],
  [], [("NL101", "n1")],
  "what the patient has not been told is that a referral was sent; he knows his diagnosis")

C("uro-typo-ej-infomerad-njurbackencancer", "skane", ("1947-09-09", "560", "F"),
  [N("n1", "cks-uro", "Läkaranteckning", "Johan Mårtensson", "läkare", "2024-09-10 14:50", 25, "öppenvård", [
      ("Provsvar", "PAD från ureteroskopisk px: höggradig urotelial cancer i höger njurbäcken."),
      ("Bedömning", "Pat ej infomerad om PAD ännu. Tas upp på MDK tisdag, besked efter konferensen."),
  ])],
  [("NL101", "n1")], [],
  "typo 'infomerad': confirmed upper-tract cancer while the patient is not informed")

C("uro-vgr-seminom-annu-inte-fatt-beskedet", "vgr", ("1998-02-14", "551", "M"),
  [N("n1", "nal-uro", "Läkaranteckning", "Tobias Hägg", "läkare", "2024-03-15 11:35", 20, "öppenvård", [
      ("Bedömning", "Testikelcancer vänster, seminom enligt PAD efter orkiektomi, markörerna normaliserade. Patienten har ännu inte fått beskedet om PAD, tid bokad hos mig på måndag."),
  ])],
  [("NL101", "n1")], [],
  "confirmed seminoma in a visible note; the patient has not received the result")

C("uro-vgr-kontaktssk-inte-berattat-levermetastaser", "vgr", ("1944-12-30", "413", "M"),
  [N("n1", "su-backen", "Kontaktsjuksköterskeanteckning", "Annika Berg", "sjuksköterska", "2024-07-10 13:15", 20, "öppenvård", [
      ("Telefonkontakt", "Sonen ringer och frågar om PET-svaret. PET visar levermetastaser från prostatacancern. Vi har inte berättat detta för patienten ännu och lämnar inga besked till sonen heller; dr Olausson ringer pat i morgon."),
  ])],
  [("NL101", "n1")], [],
  "liver metastases written in a visible phone note that says the patient has not been told")

C("uro-skelettmetastaser-pat-vet-annu-inte", "skane", ("1950-04-18", "839", "M"),
  [N("n1", "sus-uromott", "Läkaranteckning", "Henrik Bengtsson", "läkare", "2024-05-29 15:55", 30, "öppenvård", [
      ("Bedömning", "Skelettscint: metastaser i höger höftben och L3, dvs metastaserad prostatacancer M1b. Pat vet änu inte om spridningen, besked vid besöket på torsdag."),
  ])],
  [("NL101", "n1")], [],
  "metastatic cancer stated visibly; 'Pat vet ännu inte' says he has not been told (typo 'änu')")

C("uro-vgr-opdatum-ej-informerad-diagnos-kand", "vgr", ("1959-01-01", "753", "M"),
  [N("n1", "su-uromott", "Sjuksköterskeanteckning", "Johanna Ek", "sjuksköterska", "2024-04-19 09:40", 10, "öppenvård", [
      ("Åtgärd", "Pat med blåscancer, informerad om diagnosen av dr Olausson 3/4. Op-datum för cystektomi ännu inte bestämt och pat därför ej informerad om datum."),
  ])],
  [], [("NL101", "n1")],
  "the diagnosis was told earlier; what is untold is a surgery date")

C("uro-besked-lamnat-telefon-papillar-rcc", "skane", ("1961-10-05", "326", "F"),
  [N("n1", "hbg-uro", "Telefonanteckning", "Sofia Ekdahl", "läkare", "2024-08-06 12:15", 10, "öppenvård", [
      ("Telefonkontakt", "Ringt pat enligt överenskommelse. Besked lämnat: PAD visar papillär njurcellscancer, radikalt opererad. Ingen ytterligare behandling, kontroller enligt vårdprogram."),
  ])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "result given to the patient by phone ('Besked lämnat')")

C("uro-dottern-ej-informerad-pats-begaran", "skane", ("1940-03-23", "404", "F"),
  [N("n1", "cks-uro", "Läkaranteckning", "Lars Jeppsson", "läkare", "2024-10-09 10:30", 25, "öppenvård", [
      ("Bedömning", "Pat informerad om att blåstumören är muskelinvasiv. Dottern är ej informerad på pats uttryckliga begäran, noteras inför telefonkontakter."),
  ])],
  [], [("NL101", "n1")],
  "patient told; only the daughter is not, at the patient's request")

C("uro-vgr-diagnos-utan-ord-om-information", "vgr", ("1963-05-25", "597", "M"),
  [N("n1", "sks-uro", "Mottagningsanteckning", "Sofie Lind", "läkare", "2024-09-26 14:05", 20, "öppenvård", [
      ("Bedömning", "Prostatacancer ISUP 2, PSA 6,2, cT1c. Behandlingsalternativen tas upp på återbesöket om två veckor."),
  ])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "confirmed diagnosis with nothing said about telling: neither rule")

C("uro-vgr-beskedet-ska-inte-lamnas-per-telefon", "vgr", ("1958-08-28", "695", "M"),
  [N("n1", "sas-uro", "Telefonanteckning", "Malin Öberg", "sjuksköterska", "2024-11-14 08:55", 10, "öppenvård", [
      ("Telefonkontakt", "Pat ringer och vill ha biopsisvaret. PAD visar prostatacancer ISUP 4. Enligt dr Lindh ska beskedet inte lämnas per telefon, pat erbjuden tid i morgon 10.30 utan att svaret nämnts."),
  ])],
  [("NL101", "n1")], [],
  "the diagnosis must not be given by phone and was not given: it stands in a visible note untold")

# ---- Part 8: more NL101, mixed regions --------------------------------------

C("uro-vgr-misstankt-testikelcancer-ej-informerad", "vgr", ("1995-09-19", "675", "M"),
  [N("n1", "nal-uro", "Läkaranteckning", "Emma Kjellberg", "läkare", "2024-02-05 16:40", 25, "öppenvård", [
      ("Utredning", "UL skrotum: 2 cm hypoekogen förändring i höger testikel, misstänkt testikelcancer."),
      ("Planering", "Han är inte informerad om misstanken. Tumörmarkörer tas idag och besked ges vid besöket på onsdag."),
  ])],
  [("NL102", "n1"), ("NL101", "n1")], [],
  "a suspected cancer in visible sections, and the text says he has not been told of it: both rules")

C("uro-utkast-pad-nefroureterektomi-inte-fatt-veta", "skane", ("1952-01-08", "171", "M"),
  [N("n1", "angelholm-uro", "Läkaranteckning", "Anders Nilsson", "läkare", "2024-04-30 15:25", None, "öppenvård", [
      ("Provsvar", "PAD nefroureterektomi: urotelial cancer pT3 med lymfkärlsinväxt."),
      ("Bedömning", "Högrisksjukdom, adjuvant behandling aktuell. Pat har inte fått veta PAD-svaret, kontaktssk bokar gemensamt besök med onkolog och urolog."),
  ])],
  [("NL101", "n1")], [],
  "unsigned draft: confirmed pT3 cancer visible while 'Pat har inte fått veta'")

C("uro-vgr-urodynamik-obstruktion-ej-informerad", "vgr", ("1956-02-20", "279", "M"),
  [N("n1", "sks-uro", "Urodynamikanteckning", "Maja Rydén", "sjuksköterska", "2024-10-29 10:50", 20, "öppenvård", [
      ("Utredning", "Tryckflödesmätning: högt detrusortryck och lågt maxflöde, dvs blåsutloppsobstruktion orsakad av prostataförstoringen. Pat ej informerad om resultatet, det gås igenom vid läkarbesöket 12/11."),
  ])],
  [("NL101", "n1")], [],
  "urodynamic diagnosis (bladder outlet obstruction) written visibly; patient not told of it yet")

C("uro-kontaktssk-typo-inte-informerd", "skane", ("1965-12-12", "428", "F"),
  [N("n1", "sus-backen", "Kontaktsjuksköterskeanteckning", "Camilla Persson", "sjuksköterska", "2024-06-27 14:30", 15, "öppenvård", [
      ("Åtgärd", "Förberett inför besked på fredag. PAD visar blåscancer T1 high grade med CIS. Pat inte informerd ännu, vill ha med sig sin sambo."),
  ])],
  [("NL101", "n1")], [],
  "typo 'informerd': confirmed bladder cancer in a visible note while the patient is not informed")

C("uro-vgr-ska-inte-fa-veta-forran-dottern", "vgr", ("1948-06-06", "455", "M"),
  [N("n1", "su-uromott", "Läkaranteckning", "Ingrid Sjöberg", "läkare", "2024-08-14 11:05", 35, "öppenvård", [
      ("Bedömning", "DT visar lokalt avancerad njurcellscancer vänster med tumörtromb i vena renalis. Pat ska inte få veta förrän dottern kommit hem från utlandet, i enlighet med hans tidigare uttryckta önskan att ha henne med vid besked."),
  ])],
  [("NL101", "n1")], [],
  "'ska inte få veta förrän' withholds a stated cancer diagnosis in a visible note")

C("uro-akut-bifynd-njurtumor-ej-meddelat", "skane", ("1972-10-31", "488", "F"),
  [N("n1", "sus-akut-lund", "Akutanteckning", "Lina Forsberg", "läkare", "2024-11-26 23:10", 40, "öppenvård", [
      ("Bedömning", "Smärtan förklaras av 3 mm uretärsten höger. DT visar dessutom som bifynd en 3 cm tumör i vänster njure, njurcellscancer enligt radiolog. Bifyndet är inte meddelat pat, remiss urologen där pat informeras."),
  ])],
  [("NL101", "n1")], [],
  "incidental renal cancer in a visible emergency note; the text says it is not communicated")

C("uro-vgr-levermetastaser-blascancer-ej-informerad", "vgr", ("1951-12-19", "515", "M"),
  [N("n1", "sas-uro", "Läkaranteckning", "Robert Lindh", "läkare", "2024-09-24 13:30", 25, "öppenvård", [
      ("Utredning", "DT thorax-buk efter cystektomi: multipla nytillkomna levermetastaser från blåscancern."),
      ("Bedömning", "Pat ej informerad om levermetastaserna, besked vid besök tillsammans med anhörig nästa vecka. Remiss onkologen för palliativ cytostatika."),
  ])],
  [("NL101", "n1")], [],
  "progression to liver metastases written visibly; the patient is not informed yet")

C("uro-vgr-normalt-kontroll-dt-ej-meddelat", "vgr", ("1983-07-07", "440", "F"),
  [N("n1", "kungalv-uro", "Läkaranteckning", "Anton Ek", "läkare", "2024-07-25 15:15", 15, "öppenvård", [
      ("Provsvar", "Känd njursten vänster. Kontroll-DT visar att stenen har passerat, ingen hydronefros kvar. Pat har inte fått svaret än, ringer henne i morgon."),
  ])],
  [], [("NL101", "n1")],
  "the untold item is a reassuring control result; the stone diagnosis is already known to her")

C("uro-vgr-fragor-efter-gardagens-besked", "vgr", ("1966-01-21", "793", "M"),
  [N("n1", "nal-uro", "Telefonanteckning", "Lisa Palm", "sjuksköterska", "2024-12-10 09:05", 10, "öppenvård", [
      ("Telefonkontakt", "Pat ringer med frågor efter gårdagens besked om blåscancer från dr Hägg. Svarat på frågor om TURB-förberedelser och sjukskrivning, intyg skrivs av läkare."),
  ])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "the patient was told yesterday; this note documents his follow-up questions")

# ---- Part 9: more hedge forms and protected places --------------------------

C("uro-vgr-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", ("1970-08-30", "466", "F"),
  [N("n1", "kungalv-uro", "Tidiga hypoteser", "Anton Ek", "läkare", "2024-09-03 10:20", 20, "öppenvård", [
      ("Bedömning", "Möjlig njurcellscancer höger enligt UL, 2,5 cm solid förändring i övre polen. DT med kontrast beställd."),
  ])],
  [("NL102", "n1")], [],
  "VGR filters by sökord: a note template named Tidiga hypoteser does not hide a Bedömning section")

C("uro-vgr-sokord-tidiga-hypoteser-blascancer-ct4", "vgr", ("1945-05-05", "337", "M"),
  [N("n1", "sks-uro", "Läkaranteckning", "Sofie Lind", "läkare", "2024-02-26 14:45", 30, "öppenvård", [
      ("Status", "Bimanuell palpation i narkos: fixerad resistens i blåsbotten mot höger."),
      ("Tidiga hypoteser", "Trolig högmalign blåscancer med överväxt på bäckenväggen, cT4b?"),
      ("Planering", "DT thorax-buk och TURB 5/3."),
  ])],
  [], [("NL102", "n1")],
  "VGR: the hedged cancer stands only under sökord Tidiga hypoteser; Status and Planering hold no diagnosis")

C("uro-vgr-kan-rora-sig-om-epididymit", "vgr", ("2004-03-03", "253", "M"),
  [N("n1", "su-akut-ostra", "Akutanteckning", "Sara Wikström", "läkare", "2024-04-13 20:30", 35, "öppenvård", [
      ("Anamnes", "Svullen och öm vänster bitestikel sedan tre dagar, gradvis debut, feber 38,0."),
      ("Bedömning", "Kan röra sig om epididymit, men testistorsion är svår att helt utesluta – akut UL doppler innan antibiotika."),
  ])],
  [("NL102", "n1")], [],
  "'Kan röra sig om epididymit' and a torsion that cannot be excluded: hedged diagnoses")

C("uro-pmo-ungdom-trolig-epididymit", "skane", ("2006-01-15", "473", "M"),
  [N("n1", "ungdom-landskrona", "Besöksanteckning", "Nora Bergström", "läkare", "2024-10-01 15:40", 20, "öppenvård", [
      ("Bedömning", "Trolig epididymit höger hos 18-åring, klamydiaprov taget, doxycyklin insatt i väntan på svar."),
  ])],
  [], [("NL102", "n1")],
  "youth clinic in PMO: a hedged diagnosis is never shown")

C("uro-differentialdiagnoser-blassmarta", "skane", ("1976-11-08", "380", "F"),
  [N("n1", "hbg-uro", "Läkaranteckning", "Sofia Ekdahl", "läkare", "2024-11-07 13:00", 25, "öppenvård", [
      ("Bedömning", "Blåssmärta och miktionsfrekvens med steril urin. Differentialdiagnoser: interstitiell cystit/blåssmärtsyndrom eller överaktiv blåsa. Cystoskopi med hydrodistension i narkos planeras."),
  ])],
  [("NL102", "n1")], [],
  "'Differentialdiagnoser: interstitiell cystit ... eller överaktiv blåsa' in a visible section")

C("uro-misstanken-om-blascancer-avskrivs", "skane", ("1960-02-29", "813", "M"),
  [N("n1", "cks-uro", "Läkaranteckning", "Johan Mårtensson", "läkare", "2024-05-02 09:10", 20, "öppenvård", [
      ("Bedömning", "Förändringen vid cystoskopin i mars var inflammatorisk enligt PAD och misstanken om blåscancer avskrivs. Ingen ny kontrollcystoskopi behövs."),
  ])],
  [], [("NL102", "n1")],
  "hard negative: 'misstanken om blåscancer avskrivs' is a ruled-out diagnosis")

C("uro-vgr-i-forsta-hand-pyelonefrit-dd-kolecystit", "vgr", ("1991-05-14", "026", "F"),
  [N("n1", "su-akut-ostra", "Akutanteckning", "Nils Grahn", "läkare", "2024-12-14 01:25", 50, "öppenvård", [
      ("Bedömning", "Högersidig flank- och övre buksmärta med feber 38,7. I första hand pyelonefrit, DD kolecystit. UL buk och urinodling."),
  ])],
  [("NL102", "n1")], [],
  "'I första hand pyelonefrit, DD kolecystit' is a working diagnosis with a differential")

C("uro-typo-sannolik-prostatahyperplsi", "skane", ("1962-09-09", "459", "M"),
  [N("n1", "angelholm-uro", "Mottagningsanteckning", "Ulf Bremer", "läkare", "2024-08-13 11:40", 30, "öppenvård", [
      ("Aktuellt", "IPSS 19, maxflöde 8 ml/s, resturin 90 ml. PSA 2,1 och mjuk prostata."),
      ("Bedömning", "Sannolik prostatahyperplsi med avflödeshinder. Start tamsulosin, åter om tre månader."),
  ])],
  [("NL102", "n1")], [],
  "typo 'prostatahyperplsi' in the diagnosis hedged with 'Sannolik'")

C("uro-vgr-susp-cystisk-njurcellscancer", "vgr", ("1959-09-29", "420", "F"),
  [N("n1", "kungalv-uro", "Läkaranteckning", "Anton Ek", "läkare", "2024-09-19 15:50", 20, "öppenvård", [
      ("Utredning", "DT: 4 cm Bosniak IV-cysta i vänster njure med förtjockade septa och kontrastuppladdning, susp. cystisk njurcellscancer."),
      ("Planering", "MDK 2/10."),
  ])],
  [("NL102", "n1")], [],
  "'susp. cystisk njurcellscancer' abbreviates a suspected cancer")

C("uro-remiss-fragestallning-njursten-i-anamnes", "skane", ("1981-06-16", "304", "F"),
  [N("n1", "cks-uro", "Mottagningsanteckning", "Lars Jeppsson", "läkare", "2024-03-20 10:35", 15, "öppenvård", [
      ("Anamnes", "Remiss från VC Tollarp med frågeställning njursten? efter två episoder av högersidig flanksmärta."),
      ("Bedömning", "Smärtfri idag, u-sticka ua. Lågdos-DT beställd."),
  ])],
  [("NL102", "n1")], [],
  "the referral question 'njursten?' is quoted in the visible Anamnes")


# ---------------------------------------------------------------------------
# Validation and output
# ---------------------------------------------------------------------------
CODES = {"NL101", "NL102"}
SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_on(birth, when):
    b = date.fromisoformat(birth)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def validate(cases):
    errors = []
    names = set()
    sentences = {}
    for c in cases:
        name = c["case"]
        if not name.startswith("uro-"):
            errors.append("%s: name must start with uro-" % name)
        if name in names:
            errors.append("duplicate case name %s" % name)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            errors.append("%s: bad ruleset" % name)
        if not c["why"].strip():
            errors.append("%s: empty why" % name)
        rec = c["record"]
        pat = rec["patient"]
        pid, birth = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m:
            errors.append("%s: bad personnummer format %s" % (name, pid))
        else:
            if m.group(1) != birth.replace("-", ""):
                errors.append("%s: personnummer does not match birth_date" % name)
            ten = m.group(1)[2:] + m.group(2)
            if luhn_digit(ten[:9]) != ten[9]:
                errors.append("%s: personnummer fails Luhn" % name)
            odd = int(ten[8]) % 2 == 1
            if odd != (c["_sex"] == "M"):
                errors.append("%s: sex digit does not match" % name)
        try:
            date.fromisoformat(birth)
        except ValueError:
            errors.append("%s: bad birth_date" % name)
            continue
        as_of = datetime.strptime(rec["as_of"], "%Y-%m-%dT%H:%M:%S")
        stamps = [as_of]
        ids = set()
        for n in rec["notes"]:
            if n["id"] in ids:
                errors.append("%s: duplicate note id %s" % (name, n["id"]))
            ids.add(n["id"])
            t = datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S")
            stamps.append(t)
            if n["signed"] is not None:
                stamps.append(datetime.strptime(n["signed"], "%Y-%m-%dT%H:%M:%S"))
            if t > as_of:
                errors.append("%s: note %s after as_of" % (name, n["id"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errors.append("%s: VGR note %s is not Melior" % (name, n["id"]))
            if not n["sections"]:
                errors.append("%s: note %s has no sections" % (name, n["id"]))
            for sec in n["sections"]:
                if not sec["keyword"].strip() or not sec["text"].strip():
                    errors.append("%s: empty section in %s" % (name, n["id"]))
                for s in SPLIT.split(sec["text"]):
                    s = s.strip()
                    if len(s) >= 25:
                        if s in sentences and sentences[s] != (name, n["id"], sec["keyword"]):
                            errors.append("%s: sentence repeated (first in %s): %s" % (name, sentences[s][0], s))
                        elif s in sentences:
                            errors.append("%s: sentence repeated in the same section: %s" % (name, s))
                        else:
                            sentences[s] = (name, n["id"], sec["keyword"])
        for st in stamps:
            if st.year != 2024:
                errors.append("%s: date outside 2024: %s" % (name, st))
        for st in stamps:
            a = age_on(birth, st.date())
            if a < 0 or 13 <= a <= 15:
                errors.append("%s: patient age %d not allowed" % (name, a))
                break
        notes = {n["id"]: n for n in rec["notes"]}
        pairs = set()
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in CODES:
                    errors.append("%s: unexpected code %s" % (name, code))
                if target not in notes:
                    errors.append("%s: target %s missing" % (name, target))
                    continue
                if (code, target) in pairs:
                    errors.append("%s: %s on %s asserted twice" % (name, code, target))
                pairs.add((code, target))
                system = notes[target]["system"]
                if code == "NL102" and lst == "must" and system != "Melior":
                    errors.append("%s: NL102 must on non-Melior note" % name)
                if code == "NL101" and system == "PMO":
                    errors.append("%s: NL101 asserted on a PMO note" % name)
        if not c["must"] and not c["must_not"]:
            errors.append("%s: asserts nothing" % name)
        if set(rec.keys()) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errors.append("%s: record keys" % name)
    return errors


def main():
    errors = validate(CASES)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(errors), file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            out = {k: c[k] for k in ("case", "ruleset", "record", "must", "must_not", "why")}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for code in sorted(CODES):
        print("  %s must=%d must_not=%d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
