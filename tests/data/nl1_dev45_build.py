#!/usr/bin/env python3
"""dev45: replies from radiology, clinical physiology, pathology, microbiology and
consultants, pasted into or summarised in clinicians' notes (NL101, NL102).

Standard library only, deterministic. Writes nl1_dev45_cases.jsonl next to this file and exits 1
on any validation problem."""
import json
import os
import re
import sys
from datetime import datetime, timedelta, date

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev45_cases.jsonl")

SK = "SE2321000255-"
VG = "SE2321000131-"
UNITS = {
    # Skåne, Melior (sjukhus)
    "sk_lung": ("Lungmedicinska mottagningen, Skånes universitetssjukhus Lund", SK + "7H21"),
    "sk_lung_hbg": ("Lungmottagningen, Helsingborgs lasarett", SK + "5K40"),
    "sk_kir_hbg": ("Kirurgiska kliniken, Helsingborgs lasarett", SK + "5C13"),
    "sk_kir_lund": ("Kirurgiska kliniken, Skånes universitetssjukhus Lund", SK + "7C88"),
    "sk_kir_ystad": ("Kirurgiska kliniken, Lasarettet i Ystad", SK + "3D07"),
    "sk_kirava_kri": ("Kirurgavdelning 6, Centralsjukhuset Kristianstad", SK + "4A62"),
    "sk_med_kri": ("Medicinkliniken, Centralsjukhuset Kristianstad", SK + "4M11"),
    "sk_med_lkr": ("Medicinkliniken, Landskrona lasarett", SK + "6M05"),
    "sk_med_ang": ("Medicinmottagningen, Ängelholms sjukhus", SK + "5M77"),
    "sk_uro_mal": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", SK + "8U30"),
    "sk_ort_ystad": ("Ortopedmottagningen, Lasarettet i Ystad", SK + "3O19"),
    "sk_ort_mal": ("Ortopedavdelning 2, Skånes universitetssjukhus Malmö", SK + "8O44"),
    "sk_ort_tumor": ("Ortopedmottagningen, tumörsektionen, Skånes universitetssjukhus Lund", SK + "7O52"),
    "sk_akut_mal": ("Akutmottagningen, Skånes universitetssjukhus Malmö", SK + "8A01"),
    "sk_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", SK + "7A01"),
    "sk_akut_kri": ("Akutmottagningen, Centralsjukhuset Kristianstad", SK + "4A01"),
    "sk_brost": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", SK + "8B26"),
    "sk_hud": ("Hudmottagningen, Skånes universitetssjukhus Lund", SK + "7D33"),
    "sk_barn_hbg": ("Barn- och ungdomsmedicinska kliniken, Helsingborgs lasarett", SK + "5B08"),
    "sk_barn_ystad": ("Barnmottagningen, Lasarettet i Ystad", SK + "3B15"),
    "sk_barnonk": ("Barnonkologiska avdelningen, Skånes universitetssjukhus Lund", SK + "7B61"),
    "sk_neuro": ("Neurologiska mottagningen, Skånes universitetssjukhus Lund", SK + "7N19"),
    "sk_nkir": ("Neurokirurgiska kliniken, Skånes universitetssjukhus Lund", SK + "7N40"),
    "sk_gyn": ("Gynekologiska mottagningen, Hässleholms sjukhus", SK + "2G10"),
    "sk_gyn_lund": ("Gynekologiska kliniken, Skånes universitetssjukhus Lund", SK + "7G02"),
    "sk_inf": ("Infektionskliniken, Skånes universitetssjukhus Malmö", SK + "8I17"),
    "sk_onh": ("Öron-, näs- och halsmottagningen, Helsingborgs lasarett", SK + "5O23"),
    "sk_ger": ("Geriatriska kliniken, Trelleborgs lasarett", SK + "1G45"),
    "sk_kard": ("Kardiologiska mottagningen, Skånes universitetssjukhus Lund", SK + "7K12"),
    "sk_hjart_hlm": ("Hjärtmottagningen, Hässleholms sjukhus", SK + "2K03"),
    "sk_endo": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "8E09"),
    "sk_hem": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", SK + "7H70"),
    "sk_onk": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", SK + "7O90"),
    "sk_endosk": ("Endoskopienheten, Skånes universitetssjukhus Malmö", SK + "8E55"),
    "sk_gastro_hbg": ("Medicinmottagningen, gastroenheten, Helsingborgs lasarett", SK + "5G31"),
    "sk_stroke": ("Strokeenheten, Helsingborgs lasarett", SK + "5S02"),
    "sk_reuma": ("Reumatologiska mottagningen, Skånes universitetssjukhus Lund", SK + "7R14"),
    "sk_handkir": ("Handkirurgiska mottagningen, Skånes universitetssjukhus Malmö", SK + "8H66"),
    "sk_karl": ("Kärlkirurgiska mottagningen, Skånes universitetssjukhus Malmö", SK + "8K71"),
    # Skåne, PMO (primärvård)
    "sk_vc_linero": ("Vårdcentralen Linero, Lund", SK + "P104"),
    "sk_vc_karnan": ("Vårdcentralen Kärnan, Helsingborg", SK + "P211"),
    "sk_vc_rosen": ("Vårdcentralen Rosengård, Malmö", SK + "P318"),
    "sk_vc_horby": ("Vårdcentralen Hörby", SK + "P422"),
    "sk_vc_tomelilla": ("Vårdcentralen Tomelilla", SK + "P530"),
    "sk_vc_eslov": ("Vårdcentralen Eslöv", SK + "P617"),
    "sk_bvc": ("BVC Näsby, Kristianstad", SK + "P709"),
    "sk_um": ("Ungdomsmottagningen Ystad", SK + "P815"),
    "sk_hsjv": ("Hemsjukvården, Vårdcentralen Höör", SK + "P926"),
    # VGR, Melior
    "vg_lung": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "1L20"),
    "vg_kir_ostra": ("Kirurgmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "1K33"),
    "vg_kir_bor": ("Kirurgkliniken avd 41, Södra Älvsborgs Sjukhus Borås", VG + "4K07"),
    "vg_ort_mdl": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "1O15"),
    "vg_med_nal": ("Medicinkliniken, NÄL Trollhättan", VG + "3M28"),
    "vg_med_kung": ("Medicinavdelning 2, Kungälvs sjukhus", VG + "2M04"),
    "vg_med_ali": ("Medicinkliniken, Alingsås lasarett", VG + "2M41"),
    "vg_med_sko": ("Medicinmottagningen, Skaraborgs Sjukhus Skövde", VG + "5M19"),
    "vg_uro_sko": ("Urologimottagningen, Skaraborgs Sjukhus Skövde", VG + "5U02"),
    "vg_uro_sahl": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "1U45"),
    "vg_gyn_bor": ("Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", VG + "4G11"),
    "vg_kvinno_oss": ("Specialistmödravården, Sahlgrenska Universitetssjukhuset/Östra", VG + "1G62"),
    "vg_barn": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", VG + "1B01"),
    "vg_barnmed": ("Barnmedicinmottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "1B17"),
    "vg_barnonk": ("Barnonkologen, Drottning Silvias barn- och ungdomssjukhus", VG + "1B39"),
    "vg_onh_udd": ("Öron-näsa-halsmottagningen, NU-sjukvården Uddevalla", VG + "3O08"),
    "vg_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "1N24"),
    "vg_endo": ("Endokrinmottagningen, Sahlgrenska Universitetssjukhuset", VG + "1E13"),
    "vg_pat": ("Klinisk patologi, Sahlgrenska Universitetssjukhuset", VG + "1P01"),
    "vg_kard": ("Hjärtmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "1H22"),
    "vg_gastro": ("Gastromottagningen, Sahlgrenska Universitetssjukhuset", VG + "1G30"),
    "vg_onk": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", VG + "1J05"),
    "vg_inf": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "1I16"),
    "vg_ger": ("Geriatriska avdelningen, Skaraborgs Sjukhus Lidköping", VG + "5G44"),
    "vg_hem": ("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", VG + "1H51"),
    "vg_reuma": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "1R09"),
    "vg_akut_sko": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", VG + "5A01"),
    "vg_akut_sahl": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", VG + "1A01"),
    "vg_hud": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", VG + "1D18"),
    "vg_brost": ("Bröstmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "4B06"),
    "vg_stroke": ("Strokeenheten, NU-sjukvården Uddevalla", VG + "3S11"),
}
PMO_UNITS = {k for k in UNITS if k.startswith("sk_vc_") or k in ("sk_bvc", "sk_um", "sk_hsjv")}

CASES = []


def N(nid, system, template, unit, author, time, sections, signed="auto", setting="öppenvård"):
    name, hsa = UNITS[unit]
    t = datetime.strptime(time, "%Y-%m-%dT%H:%M")
    if signed == "auto":
        s = (t + timedelta(minutes=35 + (len(sections) * 7) % 50)).strftime("%Y-%m-%dT%H:%M:%S")
    elif signed is None:
        s = None
    else:
        s = datetime.strptime(signed, "%Y-%m-%dT%H:%M").strftime("%Y-%m-%dT%H:%M:%S")
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": t.strftime("%Y-%m-%dT%H:%M:%S"), "signed": s, "setting": setting,
        "refs": [], "sections": [{"keyword": k, "text": v} for k, v in sections],
        "_unit_key": unit,
    }


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def pnr(birth, serial):
    y, m, d = birth.split("-")
    nnn = "%03d" % serial
    core = y[2:] + m + d + nnn
    return "%s%s%s-%s%d" % (y, m, d, nnn, luhn_digit(core))


def C(name, ruleset, birth, notes, must, must_not, why):
    CASES.append({"case": name, "ruleset": ruleset, "birth": birth, "notes": notes,
                  "must": must, "must_not": must_not, "why": why})


def A(*pairs):
    out = []
    for p in pairs:
        code, nid = p.split(":")
        out.append([code, nid])
    return out

# ---------------------------------------------------------------------------
# NL102 must: a hedged diagnosis from a reply stands in a visible Melior section
# ---------------------------------------------------------------------------
M = "Melior"
P = "PMO"

C("d45-dt-thorax-kan-representera-lungcancer", "skane", "1951-04-17", [
    N("n1", M, "Mottagningsanteckning", "sk_lung", ("Henrik Sjöberg", "läkare"), "2024-02-12T10:40", [
        ("Aktuellt", "72-årig tidigare storrökare, ca 40 paketår, remitterad från VC pga hemoptys i 3 v. Återbesök för DT-svar."),
        ("Svar DT", "DT thorax med iv kontrast 6/2: Spikulerad 19 mm förändring i hö överlob, apikala segmentet, med pleuraindragning. Kan representera primär lungcancer. Förstorad lymfkörtel station 4R, 12 mm i kortaxel. Ingen pleuravätska. Lever och binjurar utan anmärkning."),
        ("Bedömning", "Förändringen kräver vidare utredning. PET-DT och bronkoskopi med EBUS bokas, pat följer med i resonemanget."),
    ])], A("NL102:n1"), [],
  "radiologist's 'kan representera primär lungcancer' pasted into a visible Melior note is a hedged diagnosis; no telling is asserted")

C("d45-mr-hjarna-inte-otankbart-ms", "vgr", "1993-08-02", [
    N("n1", M, "Läkaranteckning", "vg_neuro", ("Sara Holmgren", "läkare"), "2024-03-14T13:05", [
        ("Aktuellt", "Kvinna 30 år med domningar i vä ben sedan januari, nu i regress. Tidigare frisk, inga läkemedel."),
        ("Röntgensvar", "MR hjärna 11/3: Fem ovala T2/FLAIR-hyperintensiteter periventrikulärt, varav en juxtakortikalt hö frontalt. Ingen kontrastladdning. Demyeliniserande sjukdom såsom MS inte otänkbart, korrelera kliniskt och med likvor."),
        ("Planering", "LP med oligoklonala band och VEP. Återbesök om 4 veckor."),
    ])], A("NL102:n1"), [],
  "'MS inte otänkbart' in the pasted MR reply is a hedged diagnosis in a visible VGR section")

C("d45-ul-i-forsta-hand-kolecystit", "skane", "1968-11-23", [
    N("n1", M, "Akutanteckning", "sk_akut_mal", ("Amir Haddad", "läkare"), "2024-05-03T21:15", [
        ("Anamnes", "Smärta under hö arcus sedan igår kväll efter fet middag, kräkts x2. Temp 38,2 hemma."),
        ("Status", "Buk: palpöm i hö hypokondrium, Murphys tecken positivt. Ej peritonitisk."),
        ("Svar UL", "UL lever/gallvägar: Gallblåsan utspänd med flera konkrement, varav ett inkilat i halsen. Väggen förtjockad till 5 mm med perikolecystisk vätska. I första hand akut kolecystit. Gallgångar ej vidgade."),
        ("Åtgärd", "Inläggning kir, Tazocin 4 g x3, fasta, ställningstagande till tidig kolecystektomi."),
    ])], A("NL102:n1"), [],
  "'i första hand akut kolecystit' is the radiologist's leading but unconfirmed diagnosis")

C("d45-rtg-pulm-ffa-pneumoni", "vgr", "1939-02-09", [
    N("n1", M, "Daganteckning", "vg_med_kung", ("Elin Åberg", "läkare"), "2024-01-23T11:20", [
        ("Aktuellt", "Inneliggande för hjärtsviktsdekompensation, sedan igår feber 38,6 och produktiv hosta. CRP stigit från 18 till 142."),
        ("Rtg-svar", "Lungröntgen 22/1: Nytillkommen inhomogen förtätning basalt hö, ffa pneumoni. Ringa pleuravätska bilat, oförändrad."),
        ("Åtgärd", "Bensylpenicillin 3 g x3 insatt efter odlingar. Behåller nuvarande furosemiddos."),
    ])], A("NL102:n1"), [],
  "'ffa pneumoni' (främst) is an abbreviated radiology hedge on a diagnosis", )

C("d45-pad-hud-forenligt-med-bcc", "skane", "1958-06-30", [
    N("n1", M, "Telefonanteckning", "sk_hud", ("Magnus Dahl", "läkare"), "2024-04-09T14:50", [
        ("PAD", "Stansbiopsi nästipp: Förenligt med basalcellscancer, nodulär och mikronodulär växt. Djupa resektionsranden svårbedömd i materialet."),
        ("Åtgärd", "Mohs-kirurgi aktuellt med tanke på lokalisationen, remiss skrivs till Mohs-enheten. Pat ringd och vet att remiss går i väg."),
    ], signed=None)], A("NL102:n1"), [],
  "pathologist's 'förenligt med basalcellscancer' counts as a hedge; unsigned draft")

C("d45-mr-kna-kan-motsvara-meniskruptur", "vgr", "1979-05-14", [
    N("n1", M, "Mottagningsanteckning", "vg_ort_mdl", ("Johan Lundberg", "läkare"), "2024-02-20T09:30", [
        ("Anamnes", "Vred vä knä vid innebandy i november, återkommande låsningar och svullnad efter träning."),
        ("Svar MR", "MR vä knä: Lineär signalförhöjning i mediala meniskens bakhorn som når ledytan, kan motsvara horisontell ruptur. Främre korsbandet intakt. Lätt ökad ledvätska."),
        ("Bedömning", "Klinik med låsningar och positivt McMurray medialt. Anmäls för artroskopi."),
    ])], A("NL102:n1"), [],
  "'kan motsvara horisontell ruptur' of the meniscus is a hedged injury diagnosis")

C("d45-dt-ter-sig-som-divertikulit", "skane", "1962-09-05", [
    N("n1", M, "Inskrivningsanteckning", "sk_kir_ystad", ("Lena Friberg", "läkare"), "2024-06-11T16:45", [
        ("Aktuellt", "Smärta i vä fossa sedan 2 dygn, lös avföring, temp 37,9. CRP 96, LPK 13,1."),
        ("Svar DT buk", "Väggförtjockning i sigmoideum med omgivande fettvävsinfiltrat och multipla divertiklar. Ter sig som okomplicerad sigmoideumdivertikulit. Ingen fri gas, ingen abscess."),
        ("Planering", "Läggs in för observation, flytande kost, Alvedon. Antibiotika ej indicerat enl rutin vid okomplicerad bild."),
    ], setting="slutenvård")], A("NL102:n1"), [],
  "'ter sig som' is a radiology hedge on divertikulit; the negated abscess/free gas does not cancel it")

C("d45-mammografi-misstankt-for-malignitet", "vgr", "1966-01-19", [
    N("n1", M, "Mottagningsanteckning", "vg_brost", ("Karin Ek", "läkare"), "2024-03-06T10:10", [
        ("Röntgensvar", "Mammografi + UL hö bröst: 14 mm oregelbunden hypoekogen förändring kl 10, 4 cm från mamillen, misstänkt för malignitet (BI-RADS 4c). Axillen utan förstorade körtlar."),
        ("Åtgärd", "Mellannålsbiopsi x3 under UL-ledning idag, skickas för PAD. Kontaktsjuksköterskan ringer pat när svaret kommit."),
    ])], A("NL102:n1"), [],
  "'misstänkt för malignitet' on the breast lesion names a suspected cancer in a visible note")

C("d45-typo-inger-missanke-levermetastaser", "skane", "1955-12-02", [
    N("n1", M, "Läkaranteckning", "sk_onk", ("Per-Olof Nyman", "läkare"), "2024-03-01T15:00", [
        ("Aktuellt", "Opererad för rektalcancer 2022, pT3N1, adjuvant kapecitabin avslutad. Rutinmässig kontroll-DT."),
        ("DT-svar", "Två nytillkomna hypodensa lesioner i hö leverlob, 11 och 17 mm, inger missanke om levermetastaser. Lungor utan noduli."),
        ("Planering", "MR lever för kartläggning, tas upp på MDK kolorektal 14/3."),
    ])], A("NL102:n1"), [],
  "typo 'inger missanke om' (misstanke) still hedges levermetastaser in a visible note")

C("d45-mr-kan-ej-sarskiljas-spondylodiscit", "vgr", "1957-07-28", [
    N("n1", M, "Läkaranteckning", "vg_inf", ("Ola Persson", "läkare"), "2024-01-17T12:25", [
        ("Frågeställning", "Ryggsmärta och subfebrilitet efter E. coli-urosepsis i december."),
        ("Svar MR", "MR ländrygg: Ödem i ändplattorna L3–L4 med diskhöjdsreduktion och diskvätska. Fynden kan ej särskiljas från tidig spondylodiscit; erosiv osteokondros är alternativet. Ingen epidural abscess."),
        ("Bedömning", "Med tanke på nyligen genomgången bakteriemi och CRP 74 behandlas som spondylodiscit i väntan på biopsi. Remiss DT-ledd biopsi."),
    ])], A("NL102:n1"), [],
  "'kan ej särskiljas från tidig spondylodiscit' leaves the diagnosis open")

C("d45-mr-hjarna-differentialdiagnostiskt-gliom-metastas", "skane", "1960-03-21", [
    N("n1", M, "Läkaranteckning", "sk_nkir", ("Fredrik Alm", "läkare"), "2024-04-22T18:30", [
        ("Svar MR hjärna", "Ringladdande expansivitet 3,4 cm vä temporalt med omgivande ödem och lätt midlinjeöverskjutning. Differentialdiagnostiskt högmalignt gliom eller solitär metastas; abscess mindre sannolikt."),
        ("Bedömning", "DT thorax/buk för att leta primärtumör. Betapred 8 mg x1. Tas upp på neuroonkologisk konferens."),
    ], setting="slutenvård")], A("NL102:n1"), [],
  "'differentialdiagnostiskt gliom eller metastas' lists unresolved diagnoses")

C("d45-eko-talar-for-hcm", "vgr", "1988-10-11", [
    N("n1", M, "Läkaranteckning", "vg_kard", ("Anders Wikström", "läkare"), "2024-05-15T08:50", [
        ("Aktuellt", "Remitterad pga blåsljud och svimning under löpning."),
        ("Utlåtande klinisk fysiologi", "Ekokardiografi: Asymmetrisk septumhypertrofi 21 mm, systolisk främre rörelse av mitralisklaffen med LVOT-gradient 48 mmHg i vila. Fynden talar för hypertrof obstruktiv kardiomyopati."),
        ("Planering", "Långtids-EKG, MR hjärta, genetisk utredning. Avstår från tävlingsidrott tills vidare."),
    ])], A("NL102:n1"), [],
  "clinical physiology's 'talar för hypertrof obstruktiv kardiomyopati' is a hedged diagnosis")

C("d45-rtg-handled-skafoidfraktur-kan-ej-uteslutas", "skane", "2005-06-09", [
    N("n1", M, "Akutanteckning", "sk_akut_lund", ("Jonas Kvist", "läkare"), "2024-02-03T19:40", [
        ("Anamnes", "Föll på utsträckt hand från skateboard igår. Ont radialt i hö handled."),
        ("Status", "Palpöm i fossa tabatière, smärta vid axial kompression av tummen."),
        ("Rtg hö handled", "Ingen säker fraktur. Fraktur i os scaphoideum kan ej uteslutas, ny rtg om 10–14 dagar alt MR rekommenderas."),
        ("Åtgärd", "Gipsad med tumgips. Remiss MR skafoideum."),
    ], signed=None)], A("NL102:n1"), [],
  "'kan ej uteslutas' keeps a scaphoid fracture open; draft note of an 18-year-old")

C("d45-dt-njure-differentiera-rcc-onkocytom", "vgr", "1949-08-30", [
    N("n1", M, "Mottagningsanteckning", "vg_uro_sko", ("Gunnar Ström", "läkare"), "2024-04-04T11:00", [
        ("Svar DT", "DT urografi: 4 cm heterogent laddande expansivitet i hö njures nedre pol med central stjärnformad ärrbildning. Rekommenderas kompletterande kontrast-UL för att differentiera mellan njurcellscancer och onkocytom."),
        ("Bedömning", "Anmäls till uro-MDK nästa vecka."),
    ])], A("NL102:n1"), [],
  "a recommended extra examination 'för att differentiera mellan' two tumour diagnoses is a differential diagnosis")

C("d45-barn-ul-susp-appendicit", "vgr", "2016-02-14", [
    N("n1", M, "Akutanteckning", "vg_barn", ("Maria Sundén", "läkare"), "2024-03-09T17:05", [
        ("Anamnes", "8-årig flicka, magsmärta som började runt naveln igår och nu sitter i hö fossa. Kräkts en gång. Mamma med."),
        ("Status", "Ont vid hopp, ömhet över McBurneys punkt, släppömhet."),
        ("UL-svar", "Appendix ej säkert visualiserad. Liten mängd fri vätska i hö fossa och lokal ömhet vid kompression. Susp appendicit."),
        ("Planering", "Fasta, dropp. Barnkirurg kontaktad och bedömer inom en timme."),
    ])], A("NL102:n1"), [],
  "'Susp appendicit' in a child's note (guardian reads it) is a hedged diagnosis")

C("d45-fraga-lungemboli-svar-invantas", "skane", "1984-04-04", [
    N("n1", M, "Akutanteckning", "sk_akut_mal", ("Sofia Berglund", "läkare"), "2024-07-19T02:10", [
        ("Aktuellt", "Dyspné och hö-sidig andningskorrelerad bröstsmärta sedan 2 dagar. P-piller, flög hem från Thailand förra veckan."),
        ("Status", "AF 24, sat 93 % på luft, puls 112. Ingen bensvullnad."),
        ("Utredning", "D-dimer 2,1. DT lungartärer beställd, fråga lungemboli? Svar inväntas."),
        ("Åtgärd", "Fragmin 200 E/kg given i väntan på svar."),
    ])], A("NL102:n1"), [],
  "an open referral question 'lungemboli?' whose answer is still pending is a hedged diagnosis")

C("d45-typo-konsult-trolig-perikradit", "vgr", "1990-12-12", [
    N("n1", M, "Daganteckning", "vg_med_nal", ("Hanna Lind", "läkare"), "2024-02-27T13:40", [
        ("Konsultationssvar", "Kardiologjouren har sett pat och EKG: diffusa konkava ST-höjningar, PR-sänkning i II. Trolig perikradit, ej STEMI. Eko utan perikardvätska, normal EF."),
        ("Åtgärd", "Ipren 600 mg x3 och kolkicin 0,5 mg x2 enl kardiolog. Hem i morgon om smärtfri."),
    ], setting="slutenvård")], A("NL102:n1"), [],
  "consultant's 'Trolig perikradit' (typo in the diagnosis word) is still a hedged diagnosis")

C("d45-remissvar-sannolik-neuroborrelios", "skane", "1971-07-07", [
    N("n1", M, "Läkaranteckning", "sk_med_kri", ("Eva Norén", "läkare"), "2024-09-10T10:15", [
        ("Aktuellt", "Hö-sidig perifer facialispares sedan 5 dagar, fästingbett i augusti."),
        ("Remissvar", "Svar från infektionskonsult: Sannolik neuroborrelios givet säsong och exposition. LP rekommenderas före start av doxycyklin."),
        ("Åtgärd", "LP utförd, likvor till celler, protein och borreliaserologi med index."),
    ])], A("NL102:n1"), [],
  "'Sannolik neuroborrelios' in a summarised consultant reply")

C("d45-typo-blododling-bakteriemi-kan-ej-utslutas", "vgr", "1946-03-03", [
    N("n1", M, "Daganteckning", "vg_med_ali", ("Viktor Hedlund", "läkare"), "2024-10-02T15:30", [
        ("Provsvar", "Blododling: Växt av Staphylococcus aureus i 1 av 2 flaskor efter 14 h. Kan representera kontamination men S. aureus-bakteriemi kan ej utslutas enl mikrobiolog, nya odlingar rekommenderas."),
        ("Åtgärd", "Nya blododlingar x2 tagna. Startar kloxacillin 2 g x3 i väntan på svar, infektionskonsult kontaktas."),
    ], setting="slutenvård")], A("NL102:n1"), [],
  "typo 'kan ej utslutas' keeps S. aureus bacteraemia open")

C("d45-barn-pcr-fragetecken-kikhosta", "skane", "2018-09-25", [
    N("n1", M, "Telefonanteckning", "sk_barn_hbg", ("Ida Carlsson", "läkare"), "2024-11-05T09:25", [
        ("Telefonkontakt", "Ringt mamma angående nasofarynxprovet: svagt positiv PCR för Bordetella pertussis med högt Ct-värde. ? kikhosta, tolkas med försiktighet enl mikrobiolog. Mamma förstår."),
        ("Åtgärd", "Erytromycin ordinerat, recept på apoteket. Smittskyddsanmälan görs vid bekräftad diagnos."),
    ])], A("NL102:n1"), [],
  "a question mark before the diagnosis ('? kikhosta') in a child's visible note")

C("d45-myokardskint-talar-for-ischemisk-hjartsjukdom", "skane", "1956-02-27", [
    N("n1", M, "Mottagningsanteckning", "sk_kard", ("Lars Mattsson", "läkare"), "2024-05-28T14:05", [
        ("Klinisk fysiologi", "Myokardskintigrafi stress/vila: Reversibel perfusionsdefekt inferolateralt av måttlig utbredning. Talar för ischemisk hjärtsjukdom inom RCA/Cx-området. EF 58 %."),
        ("Bedömning", "Ansträngningsutlöst tryck över bröstet, nu med objektivt stöd. Anmäls för koronarangiografi."),
    ])], A("NL102:n1"), [],
  "'talar för ischemisk hjärtsjukdom' in a scintigraphy reply")

C("d45-spirometri-forenligt-med-kol", "skane", "1959-10-10", [
    N("n1", M, "Mottagningsanteckning", "sk_med_lkr", ("Ulrika Bengtsson", "läkare"), "2024-08-21T10:30", [
        ("Spirometri", "Dynamisk spirometri med reversibilitet (klin fys): FEV1 61 % av förväntat, FEV1/FVC 0,58 efter bronkdilatation, ingen signifikant reversibilitet. Förenligt med KOL, GOLD 2."),
        ("Planering", "Rökstopp diskuterat, pat vill ha stöd. Start Spiolto, rökavvänjning via ssk."),
    ])], A("NL102:n1"), [],
  "'förenligt med KOL' is a hedge even when the numbers look diagnostic")

C("d45-pad-lever-inger-misstanke-autoimmun-hepatit", "vgr", "1978-04-16", [
    N("n1", M, "Läkaranteckning", "vg_gastro", ("Emma Fransson", "läkare"), "2024-06-04T13:20", [
        ("PAD", "Mellannålsbiopsi lever: Interface-hepatit med plasmacellsrika infiltrat och rosettbildning. Bilden inger misstanke om autoimmun hepatit, korrelera med IgG och autoantikroppar."),
        ("Bedömning", "IgG 24 g/L och SMA positiv. Prednisolon 40 mg insätts, leverprover om 2 v."),
    ])], A("NL102:n1"), [],
  "pathologist's 'inger misstanke om autoimmun hepatit' is pasted unchanged into the visible note")

C("d45-cytologi-follikular-cancer-kan-ej-uteslutas", "skane", "1983-05-29", [
    N("n1", M, "Mottagningsanteckning", "sk_onh", ("Nils Ekberg", "läkare"), "2024-02-15T11:45", [
        ("Cytologisvar", "Finnålspunktion thyreoidea vä lob: Follikulär neoplasi, Bethesda IV. Follikulär cancer kan ej uteslutas cytologiskt."),
        ("Planering", "Diagnostisk hemityreoidektomi vä planeras, pat får skriftlig information om ingreppet."),
    ])], A("NL102:n1"), [],
  "'follikulär cancer kan ej uteslutas' is an open malignancy question")

C("d45-dt-bihalor-svampsinuit-differentialdiagnos", "vgr", "1970-01-31", [
    N("n1", M, "Mottagningsanteckning", "vg_onh_udd", ("Tobias Nordin", "läkare"), "2024-10-16T09:15", [
        ("Svar DT bihålor", "Total opacifiering av vä sinus maxillaris med centrala hyperdensa förkalkningar. Kan motsvara kronisk sinuit; svampsinuit (aspergillom) differentialdiagnos."),
        ("Bedömning", "Ensidiga besvär sedan 1 år med illaluktande sekret. Planeras för FESS med provtagning."),
    ])], A("NL102:n1"), [],
  "'kan motsvara' plus 'differentialdiagnos' in a sinus CT reply")

C("d45-dt-hjarna-ingen-blodning-mojlig-infarkt", "skane", "1944-11-08", [
    N("n1", M, "Inskrivningsanteckning", "sk_stroke", ("Oskar Blom", "läkare"), "2024-03-18T08:05", [
        ("Aktuellt", "Vaknade kl 06 med svaghet i hö arm och talsvårigheter, sågs frisk kl 23. Utanför trombolysfönster."),
        ("Anamnes", "Hypertoni och typ 2-diabetes, inget känt förmaksflimmer. Bor med maken i villa, helt självständig före insjuknandet och kör bil. Röker ej, alkohol sparsamt."),
        ("Läkemedel", "Metformin 1 g x2, amlodipin 5 mg x1, atorvastatin 20 mg x1."),
        ("Status", "AT: vaken, motorisk afasi, förstår enkla uppmaningar. Cor: regelbunden rytm, inga blåsljud, fq 78. Pulm: ua. BT 168/92. Neuro: central facialispares hö, hö arm 3/5 proximalt och distalt, hö ben 4/5, sensibilitet svårbedömd, ingen neglekt. NIHSS 7."),
        ("Labb", "Hb 138, LPK 8,9, CRP <5, P-glukos 11,2, krea 71, PK-INR 1,0, TPK 244."),
        ("EKG", "Sinusrytm 76/min, normal axel, inga akuta ST-förändringar."),
        ("Svar DT hjärna", "Ingen blödning. Möjlig tidig infarkt i vä MCA-området med diskret utsuddad gråvit gräns i insula. DT-angio: ingen storkärlsocklusion."),
        ("Planering", "Trombyl 320 mg laddning, därefter 75 mg x1. Sväljtest innan något ges peroralt. MR hjärna i morgon, telemetri 48 h, UL halskärl, blodsocker 4-punkt. Maken har ringts och vet att hon ligger på strokeenheten."),
    ], signed=None, setting="slutenvård")], A("NL102:n1"), [],
  "a negated bleed followed by 'möjlig tidig infarkt': the hedged infarct must still be caught")

C("d45-barn-eeg-kan-tala-for-fokal-epilepsi", "vgr", "2014-07-19", [
    N("n1", M, "Mottagningsanteckning", "vg_barnmed", ("Lovisa Hedberg", "läkare"), "2024-04-25T10:40", [
        ("Aktuellt", "9-årig pojke med korta episoder av stirrande och smackningar, 3–4 ggr/vecka enl pappa."),
        ("EEG-svar", "Neurofysiologi: Interiktala skarpa vågor vä temporalt under sömn. Kan tala för fokal epilepsi, men fyndet är inte diagnostiskt i sig."),
        ("Planering", "MR hjärna i narkos. Föräldrarna filmar episoderna hemma. Återbesök 6 v."),
    ])], A("NL102:n1"), [],
  "neurophysiology's 'kan tala för fokal epilepsi' in a child's visible note")

C("d45-eneg-kan-motsvara-karpaltunnelsyndrom", "skane", "1975-03-13", [
    N("n1", M, "Mottagningsanteckning", "sk_handkir", ("Helena Wallin", "läkare"), "2024-09-24T13:55", [
        ("Svar neurofysiologi", "ENeG hö arm: Förlängd distal latens och sänkt sensorisk ledningshastighet för n. medianus över handleden. Kan motsvara måttligt karpaltunnelsyndrom. N. ulnaris normal."),
        ("Åtgärd", "Uppsatt för karpaltunnelklyvning hö i lokalbedövning. Nattlig skena tills dess."),
    ])], A("NL102:n1"), [],
  "'kan motsvara karpaltunnelsyndrom' from a neurography reply")

C("d45-typo-forenlgit-med-sarkoidos", "vgr", "1987-06-06", [
    N("n1", M, "Läkaranteckning", "vg_lung", ("Kristoffer Berg", "läkare"), "2024-01-30T14:15", [
        ("Röntgensvar", "DT thorax: Symmetriskt förstorade hilus- och mediastinala lymfkörtlar, perilymfatiska noduli i överloberna. Förenlgit med sarkoidos."),
        ("Planering", "Bronkoskopi med EBUS-TBNA för PAD, ACE och kalcium tas."),
    ])], A("NL102:n1"), [],
  "typo 'Förenlgit med sarkoidos' is still a hedged diagnosis")

C("d45-typo-misstant-uretarsten", "skane", "1992-02-20", [
    N("n1", M, "Akutanteckning", "sk_uro_mal", ("Daniel Ohlsson", "läkare"), "2024-08-02T23:30", [
        ("Anamnes", "Akut insättande kolikartad smärta i vä flank med utstrålning mot ljumsken, illamående."),
        ("Svar DT", "DT urinvägar utan kontrast: Lätt vidgat vä njurbäcken. Misstänt 4 mm uretärsten i prevesikala delen av vä uretär."),
        ("Åtgärd", "Voltaren 50 mg supp med god effekt. Hem med tamsulosin och urinsil, kontroll-DT om 4 v."),
    ])], A("NL102:n1"), [],
  "typo 'Misstänt' (misstänkt) before uretärsten")

C("d45-typo-kan-repsentera-reumatoid-artrit", "skane", "1980-12-01", [
    N("n1", M, "Mottagningsanteckning", "sk_reuma", ("Cecilia Hallberg", "läkare"), "2024-10-08T15:10", [
        ("Röntgensvar", "Rtg händer och fötter: Marginella erosioner i MCP 2–3 bilat och MTP 5 hö, periartikulär osteopeni. Kan repsentera reumatoid artrit."),
        ("Bedömning", "Ledsvullnad i 6 leder idag, anti-CCP inväntas. Metotrexat diskuteras vid nästa besök."),
    ])], A("NL102:n1"), [],
  "typo 'kan repsentera' hedging reumatoid artrit in a radiology reply")

C("d45-skane-sokord-tidiga-hypoteser-ej-skyddat", "skane", "1995-09-14", [
    N("n1", M, "Läkaranteckning", "sk_neuro", ("Anna Rosén", "läkare"), "2024-03-12T11:30", [
        ("Aktuellt", "Uppföljning efter synnedsättning vä öga i februari, synen nästan återställd."),
        ("Tidiga hypoteser", "MR-svaret med flera periventrikulära lesioner talar för MS, avvaktar likvorsvar."),
        ("Planering", "LP bokad 18/3."),
    ])], A("NL102:n1"), [],
  "Skåne protects by template, not sökord: a 'Tidiga hypoteser' sökord in an ordinary Läkaranteckning is shown")

C("d45-vgr-mall-tidiga-hypoteser-vanligt-sokord", "vgr", "1974-05-06", [
    N("n1", M, "Tidiga hypoteser", "vg_endo", ("Petra Lundqvist", "läkare"), "2024-05-22T10:00", [
        ("Bedömning", "DT buk visar 2,8 cm binjureförändring vä med högt attenueringsvärde, kan motsvara feokromocytom. Metoxykatekolaminer i plasma beställda."),
    ])], A("NL102:n1"), [],
  "VGR filters by sökord: a note whose template is named Tidiga hypoteser but whose section is Bedömning is visible")

C("d45-vgr-th-och-bedomning-upprepar-myelom", "vgr", "1951-09-29", [
    N("n1", M, "Läkaranteckning", "vg_hem", ("Björn Axelsson", "läkare"), "2024-02-08T13:35", [
        ("Tidiga hypoteser", "Lågdos-DT skelett med multipla osteolytiska lesioner och M-komponent 38 g/L, misstänkt myelom."),
        ("Bedömning", "Misstänkt myelom enl ovan, benmärgsbiopsi bokas till fredag."),
    ])], A("NL102:n1"), [],
  "the suspicion is put in Tidiga hypoteser but repeated in the visible Bedömning")

C("d45-epikris-lang-bifynd-mojlig-ipmn", "skane", "1950-05-05", [
    N("n1", M, "Epikris", "sk_kirava_kri", ("Mats Hellström", "läkare"), "2024-04-15T14:00", [
        ("Orsak till vård", "73-årig man inkom 9/4 med akut insättande epigastriesmärta med utstrålning mot ryggen, kräkningar. P-amylas 28 µkat/L."),
        ("Förlopp", "Behandlad med vätska, smärtlindring och tidig peroral nutrition. Smärtan avklingade dag 3, amylas normaliserat vid utskrivning. Inga tecken till organsvikt under vårdtiden. Mobiliserad utan problem."),
        ("Undersökningar", "UL gallvägar 9/4: Multipla gallstenar, gallgångar ej vidgade. DT buk 11/4: Ödematös pankreas utan nekros eller vätskesamlingar. Som bifynd möjlig IPMN, 14 mm, i pankreaskroppen. Lever utan fokala förändringar."),
        ("Status vid inskrivning", "AT: påverkad av smärta, afebril. Puls 102, BT 145/88, AF 20, sat 96 %. Cor: rr, inga blåsljud. Pulm: ua. Buk: mjuk men palpöm i epigastriet, ingen défense, tarmljud sparsamma. Ikterus saknas."),
        ("Labb", "CRP max 188 dag 2, vid utskrivning 41. Leverstatus normaliserat. Krea 78. Hb 131."),
        ("Socialt", "Gift, bor i radhus i Åhus. Pensionerad lärare. Alkohol 2–3 glas vin i veckan, aldrig rökt."),
        ("Läkemedel vid utskrivning", "Oförändrat enalapril 10 mg x1. Alvedon 1 g vid behov. Inga nya läkemedel."),
        ("Diagnoser", "Akut gallstenspankreatit, mild."),
        ("Information", "Pat informerad om bifyndet i pankreas och om planerad MR-uppföljning."),
        ("Uppföljning", "Anmäld för laparoskopisk kolecystektomi inom 6 veckor. MRCP om 3 månader, kallelse skickas. Sjukskriven t.o.m. 28/4."),
    ], setting="slutenvård")], A("NL102:n1"), A("NL101:n1"),
  "long discharge summary with settled diagnoses and one hedged incidental 'möjlig IPMN', which the patient has been told about")

C("d45-bedomning-egen-misstanke-tbc-typo-sokord", "vgr", "1996-11-30", [
    N("n1", M, "Mottagningsanteckning", "vg_inf", ("Farah Ali", "läkare"), "2024-02-13T09:45", [
        ("Röntgensvr", "Rtg pulm: Fläckiga förtätningar apikalt bilat, ospecifika. Jämförelse saknas."),
        ("Bedömning", "Pat från Somalia sedan 2 år, nattsvett och viktnedgång 6 kg. Misstänker lungtuberkulos trots okaraktäristisk bild. Sputum x3 för direktmikroskopi, odling och PCR, andningsskydd vid besök."),
    ])], A("NL102:n1"), [],
  "radiology reply is non-diagnostic but the clinician's own Bedömning hedges lungtuberkulos (sökord misspelt 'Röntgensvr')")

C("d45-bedomning-dd-pmr-jattecellsarterit", "skane", "1947-01-26", [
    N("n1", M, "Läkaranteckning", "sk_med_kri", ("Johanna Sandberg", "läkare"), "2024-11-19T11:05", [
        ("Aktuellt", "Stelhet i skuldror och höfter sedan 6 v, SR 78, CRP 54."),
        ("Labsvar", "Hb 112, trombocyter 455, ALP normalt. Temporalisbiopsi ej gjord."),
        ("Bedömning", "DD polymyalgia reumatika, jättecellsarterit eller paramalign bild. Ingen huvudvärk eller synpåverkan."),
        ("Åtgärd", "DT thorax/buk beställd. Prednisolon 15 mg startas."),
    ])], A("NL102:n1"), [],
  "a 'DD' list of open diagnoses in the clinician's reading of the lab replies")

C("d45-hematologkonsult-kan-rora-sig-om-mgus", "vgr", "1953-02-11", [
    N("n1", M, "Läkaranteckning", "vg_med_ali", ("Sanna Öberg", "läkare"), "2024-06-26T14:20", [
        ("Konsultationssvar", "Hematologkonsult per telefon: Kan röra sig om MGUS, men myelom behöver uteslutas med benmärgsprov och lågdos-DT skelett. M-komponent IgG kappa 21 g/L."),
        ("Planering", "Remiss hematologen skickad. Kontroll av kreatinin och kalcium om 2 v."),
    ])], A("NL102:n1"), [],
  "'kan röra sig om MGUS' with myeloma still to be excluded")

C("d45-mr-si-leder-bild-som-vid-sakroiliit", "vgr", "1997-04-03", [
    N("n1", M, "Mottagningsanteckning", "vg_reuma", ("Erik Johansson", "läkare"), "2024-09-03T10:25", [
        ("Svar MR", "MR SI-leder: Benmärgsödem subkondralt på båda sidor om vä SI-led, bild som vid aktiv sakroiliit."),
        ("Bedömning", "Inflammatorisk ryggsmärta, HLA-B27 positiv. Fynden talar för axial spondylartrit. Fulldos NSAID, utvärdering om 6 veckor."),
    ])], A("NL102:n1"), [],
  "'bild som vid' and the clinician's 'talar för axial spondylartrit'")

C("d45-utkast-ul-halskarl-forenlig-med-stenos", "skane", "1948-08-19", [
    N("n1", M, "Mottagningsanteckning", "sk_karl", ("Robert Lindgren", "läkare"), "2024-07-09T15:45", [
        ("Svar UL halskärl", "Duplex halskärl: Hypoekogent plack i hö a. carotis interna med maximal systolisk hastighet 2,9 m/s, förenlig med 70–79 % karotisstenos. Vänster sida utan signifikant stenos."),
        ("Bedömning", "Amaurosis fugax hö öga för 9 dagar sedan. Anmäls till karotiskonferensen på torsdag."),
    ], signed=None)], A("NL102:n1"), [],
  "unsigned draft: 'förenlig med 70–79 % karotisstenos' from clinical physiology")

C("d45-barn-mr-misstanke-astrocytom-foraldrar-informerade", "vgr", "2015-10-10", [
    N("n1", M, "Läkaranteckning", "vg_barnonk", ("Ingrid Malm", "läkare"), "2024-08-14T16:30", [
        ("MR-svar", "MR hjärna: 3,5 cm cystisk-solid förändring i vä cerebellarhemisfären med laddande muralknuta. Inger misstanke om pilocytärt astrocytom. Lätt hydrocefalus."),
        ("Information", "Föräldrarna informerade av mig och kontaktssk om att en tumör påvisats och att vävnadsprov behövs för att säkert avgöra typen. De ställde många frågor."),
        ("Planering", "Neurokirurgisk operation planeras nästa vecka."),
    ], setting="slutenvård")], A("NL102:n1"), A("NL101:n1"),
  "hedged tumour type in a child's visible note; the guardians have been told, so no NL101")

C("d45-gastroskopi-ev-malignt-ulcus", "skane", "1945-06-12", [
    N("n1", M, "Gastroskopi", "sk_endosk", ("Tomas Fors", "läkare"), "2024-12-03T10:10", [
        ("Fynd", "Gastroskopi: 2 cm ulceration i angulus med upphöjda oregelbundna kanter. Ev. malignt ulcus, 8 biopsier tagna. Bulben utan anmärkning."),
        ("Åtgärd", "PPI dubbeldos. Besked om PAD via remittent."),
    ])], A("NL102:n1"), [],
  "'Ev. malignt ulcus' in an endoscopy reply note")
# ---------------------------------------------------------------------------
# NL102 must_not: ruled out, settled, findings without a disease, plans,
# relatives, conditionals, protected places, PMO
# ---------------------------------------------------------------------------
C("d45-fragestallning-lungemboli-besvarad-negativt", "skane", "1979-09-09", [
    N("n1", M, "Akutanteckning", "sk_akut_lund", ("Malin Söderberg", "läkare"), "2024-01-11T20:50", [
        ("Kontaktorsak", "Hö-sidig bröstsmärta sedan 2 dygn."),
        ("Anamnes", "44-årig man, tidigare frisk, ingen medicinering. Smärtan debuterade efter flyttstädning och förvärras vid djupandning och vridning av bålen. Ingen feber, ingen hosta. Flög hem från Kanarieöarna för 5 dagar sedan. Ingen tidigare ventrombos, ingen hereditet för trombos."),
        ("Status", "AT: opåverkad, talar hela meningar. AF 16, sat 98 %, puls 88, BT 134/82, temp 36,9. Cor: rr, inga blåsljud. Pulm: vesikulärt bilat, inga rassel. Thorax: palpationsöm över 4:e–5:e costochondralleden hö, vilket reproducerar smärtan. Ben: ingen svullnad, mjuka vader."),
        ("Labb", "Hb 151, CRP 4, hs-troponin T 6 och 5 ng/L (0 och 1 h), D-dimer 0,7."),
        ("EKG", "Sinusrytm 84/min, normal axel, inga ST-T-förändringar."),
        ("Utredning", "Frågeställning på remissen: lungemboli? Svar DT lungartärer: Inga hållpunkter för lungemboli. Lungparenkym utan anmärkning."),
        ("Bedömning", "Bröstsmärtan bedöms muskuloskeletal, palpationsöm över costochondrallederna. Hem med NSAID."),
    ])], [], A("NL102:n1"),
  "the referral question 'lungemboli?' is answered by 'inga hållpunkter för lungemboli'")

C("d45-mr-inget-pavisbart-diskbrack", "vgr", "1985-02-18", [
    N("n1", M, "Mottagningsanteckning", "vg_ort_mdl", ("Simon Eklund", "läkare"), "2024-04-17T14:30", [
        ("Anamnes", "Ländryggsvärk med utstrålning till hö lår sedan 3 mån."),
        ("Svar MR", "MR ländrygg: Lätta degenerativa förändringar L4–S1. Inget påvisbart diskbråck, ingen rotkompression och ingen spinal stenos."),
        ("Bedömning", "Svaret genomgånget med pat. Fortsatt sjukgymnastik, ingen kirurgisk åtgärd aktuell."),
    ])], [], A("NL102:n1"),
  "'inget påvisbart diskbråck' rules the diagnosis out")

C("d45-pad-endometrium-ingen-malignitet", "skane", "1961-03-08", [
    N("n1", M, "Telefonanteckning", "sk_gyn", ("Agneta Fält", "läkare"), "2024-02-22T13:10", [
        ("Telefonkontakt", "Ringt pat angående PAD efter postmenopausal blödning. Endometriebiopsi: Atrofiskt endometrium, ingen malignitet, ingen atypi. Pat lättad."),
        ("Planering", "Ingen ytterligare åtgärd, åter vid ny blödning."),
    ])], [], A("NL102:n1"),
  "pathology reply 'ingen malignitet, ingen atypi' is a ruled-out diagnosis")

C("d45-nodulus-mojligen-ytterligare-utan-sjukdomsnamn", "skane", "1963-07-01", [
    N("n1", M, "Läkaranteckning", "sk_lung", ("Henrik Sjöberg", "läkare"), "2024-06-18T09:20", [
        ("Svar DT", "DT thorax: 6 mm solid nodulus i vä underlob, ospecifik. Möjligen ytterligare en 3 mm nodulus i lingula. Inga förstorade lymfkörtlar."),
        ("Planering", "Kontroll-DT om 12 månader enligt Fleischner-kriterierna. Pat informerad om att sådana fynd är vanliga och oftast ofarliga."),
    ])], [], A("NL102:n1"),
  "the hedge 'möjligen' is on a nodule, a finding without any disease name")

C("d45-eventuell-skugga-sannolikt-karlsummation", "vgr", "1972-10-22", [
    N("n1", M, "Läkaranteckning", "vg_med_nal", ("Hanna Lind", "läkare"), "2024-03-20T11:10", [
        ("Röntgensvar", "Lungröntgen: Eventuell diskret skugga i hö hilus, sannolikt kärlsummation. Inga infiltrat, ingen pleuravätska."),
        ("Bedömning", "Hostan efter förkylningen i januari är postinfektiös. Ingen ny röntgen behövs."),
    ])], [], A("NL102:n1"),
  "'eventuell skugga, sannolikt kärlsummation' hedges a shadow, not a disease")

C("d45-hypodens-leverforandring-for-liten-att-karakterisera", "skane", "1969-04-24", [
    N("n1", M, "Mottagningsanteckning", "sk_kir_hbg", ("Andreas Ljung", "läkare"), "2024-05-07T10:35", [
        ("Svar DT buk", "Liten hypodens förändring i leversegment 4, 5 mm, för liten för att karakterisera och troligen utan betydelse. I övrigt inga patologiska fynd i buken."),
        ("Bedömning", "Ljumskbråcket hö opereras som planerat. Leverfyndet föranleder ingen åtgärd enl radiolog."),
    ])], [], A("NL102:n1"),
  "'troligen utan betydelse' about an uncharacterised liver lesion is no diagnosis")

C("d45-barn-rtg-underarm-utan-tecken-till-fraktur", "vgr", "2017-03-30", [
    N("n1", M, "Akutanteckning", "vg_barn", ("Jenny Wahlström", "läkare"), "2024-05-26T15:50", [
        ("Anamnes", "Ramlade från klätterställning på förskolan, tog emot sig med vä arm. Pappa med."),
        ("Röntgensvar", "Frågeställning: fraktur distala underarmen? Rtg vä underarm: Utan tecken till fraktur. Normala epifysplattor."),
        ("Bedömning", "Kontusion. Mitella några dagar, Alvedon vid behov, ny bedömning om smärtan kvarstår efter en vecka."),
    ])], [], A("NL102:n1"),
  "a child's fracture question answered 'utan tecken till fraktur'")

C("d45-pad-urotelial-cancer-verifierad-och-informerad", "vgr", "1952-12-17", [
    N("n1", M, "Mottagningsanteckning", "vg_uro_sko", ("Gunnar Ström", "läkare"), "2024-03-26T13:15", [
        ("PAD", "TUR-B: Papillär urotelial cancer, höggradig, pTa. Muskel representerad och fri från tumör."),
        ("Bedömning", "Diagnosen verifierad. Pat informerad vid dagens besök om PAD och om kontrollprogrammet med cystoskopier."),
    ])], [], A("NL102:n1", "NL101:n1"),
  "a settled, verified cancer that the patient was told about today")

C("d45-barn-duodenalbiopsi-diagnostisk-for-celiaki", "skane", "2013-01-05", [
    N("n1", M, "Mottagningsanteckning", "sk_barn_hbg", ("Ida Carlsson", "läkare"), "2024-04-10T14:00", [
        ("PAD", "Duodenalbiopsier: Total villusatrofi med kryptihyperplasi och ökat antal intraepiteliala lymfocyter, Marsh 3c."),
        ("Bedömning", "Tillsammans med transglutaminas-IgA över 10 ggr övre referens är fynden diagnostiska för celiaki. Genomgått med pojken och mamma, glutenfri kost, remiss dietist."),
    ])], [], A("NL102:n1"),
  "'diagnostiska för celiaki' settles the diagnosis")

C("d45-mr-bekraftar-lakunar-infarkt", "vgr", "1958-01-14", [
    N("n1", M, "Daganteckning", "vg_stroke", ("Peter Holm", "läkare"), "2024-07-03T10:45", [
        ("Svar MR", "MR hjärna: Diffusionsrestriktion i vä capsula interna, bakre skänkeln. Bekräftar akut lakunär infarkt."),
        ("Bedömning", "Lakunär hjärninfarkt vä. Trombyl och klopidogrel i 3 v, regelbunden rytm på telemetri."),
    ], setting="slutenvård")], [], A("NL102:n1"),
  "'bekräftar akut lakunär infarkt' is a confirmed diagnosis")

C("d45-ev-mr-ar-plan-inte-diagnos", "skane", "1964-06-16", [
    N("n1", M, "Mottagningsanteckning", "sk_ort_ystad", ("Karl Persson", "läkare"), "2024-09-17T09:10", [
        ("Röntgensvar", "Rtg hö knä belastad: Medial ledspaltsminskning och osteofyter, gonartros grad 2 enl Ahlbäck."),
        ("Bedömning", "Medial gonartros hö. Artrosskola via fysioterapeut. Ev. MR om låsningar tillkommer, eventuellt ställningstagande till protes om ett år."),
    ])], [], A("NL102:n1"),
  "the hedges 'ev. MR' and 'eventuellt ställningstagande' are about plans; the gonarthrosis is settled")

C("d45-trolig-hemgang-efter-dt-utan-abscess", "vgr", "1989-08-08", [
    N("n1", M, "Daganteckning", "vg_kir_bor", ("Linnea Björk", "läkare"), "2024-06-29T12:00", [
        ("Aktuellt", "Dag 3 efter laparoskopisk appendektomi för perforerad appendicit. Lätt feber igår kväll."),
        ("Svar DT buk", "Ingen abscess, ingen fri gas utöver förväntat postoperativt. Lätt paralytisk tarm."),
        ("Planering", "Trolig hemgång i morgon om feberfri, peroral antibiotika till dag 7."),
    ], signed=None, setting="slutenvård")], [], A("NL102:n1"),
  "'trolig hemgång' is a hedge on discharge, not on a diagnosis; draft")

C("d45-mamma-troligen-brca-mammografi-ua", "skane", "1982-02-02", [
    N("n1", M, "Mottagningsanteckning", "sk_brost", ("Therese Nyberg", "läkare"), "2024-02-28T08:40", [
        ("Anamnes", "Mamma fick bröstcancer vid 42 års ålder, mormor äggstockscancer. Mamma troligen BRCA1-bärare men aldrig testad."),
        ("Röntgensvar", "Mammografi bilat: Täta bröst, inga misstänkta förändringar. Kompletterande UL utan anmärkning."),
        ("Planering", "Remiss onkogenetiska mottagningen för ställningstagande till genetisk testning av pat."),
    ])], [], A("NL102:n1"),
  "the only hedged diagnosis is the mother's; the patient's imaging is normal")

C("d45-om-pad-visar-cancer-hemikolektomi", "vgr", "1955-04-09", [
    N("n1", M, "Koloskopi", "vg_kir_ostra", ("Jakob Engström", "läkare"), "2024-10-22T11:30", [
        ("Åtgärd", "Endoskopisk mukosaresektion av 25 mm polyp i colon ascendens, tagen i en bit. Klips x3."),
        ("Planering", "Om PAD visar invasiv cancer med riskfaktorer planeras hemikolektomi hö, annars koloskopikontroll om 6 mån."),
    ])], [], A("NL102:n1"),
  "'om PAD visar invasiv cancer' is a conditional, not a suspected diagnosis")

C("d45-normal-dt-talar-emot-lungemboli", "skane", "1977-11-04", [
    N("n1", M, "Daganteckning", "sk_med_lkr", ("Ulrika Bengtsson", "läkare"), "2024-12-10T09:55", [
        ("Bedömning", "Normal DT lungartärer och sjunkande D-dimer talar emot lungemboli. Andfåddheten beror på känd astma som försämrats efter förkylning."),
        ("Åtgärd", "Prednisolon 30 mg i 5 dagar, Bricanyl vid behov."),
    ], setting="slutenvård")], [], A("NL102:n1"),
  "'talar emot lungemboli' is a ruling-out hedge")

C("d45-typo-missanken-avskrivs-temporalisbiopsi", "vgr", "1942-05-21", [
    N("n1", M, "Läkaranteckning", "vg_med_ali", ("Viktor Hedlund", "läkare"), "2024-02-06T15:20", [
        ("PAD", "Temporalisbiopsi hö, 2,2 cm: Artär utan inflammation, inga jätteceller."),
        ("Bedömning", "Med negativ biopsi, normalt UL av temporalartärerna och snabbt sjunkande SR avskrivs missanken om jättecellsarterit. Prednisolon trappas ut enligt schema."),
    ])], [], A("NL102:n1"),
  "typo 'missanken ... avskrivs': a written-off suspicion does not fire")

C("d45-skane-mall-tidiga-hypoteser-skyddar-svaret", "skane", "1991-03-17", [
    N("n1", M, "Tidiga hypoteser", "sk_neuro", ("Anna Rosén", "läkare"), "2024-06-05T14:10", [
        ("Bedömning", "MR-bilden med juxtakortikala och infratentoriella lesioner talar för MS. Pat ännu ej informerad, besked när likvorsvaret finns."),
    ])], [], A("NL102:n1", "NL101:n1"),
  "in Skåne the Tidiga hypoteser template hides the whole note, hedge and untold diagnosis included")

C("d45-vgr-sokord-tidiga-hypoteser-skyddar-svaret", "vgr", "1962-08-25", [
    N("n1", M, "Läkaranteckning", "vg_lung", ("Kristoffer Berg", "läkare"), "2024-03-08T10:05", [
        ("Aktuellt", "DT thorax utförd 4/3, svaret har inkommit och diskuteras på lungkonferens."),
        ("Tidiga hypoteser", "Matt glasförändring 14 mm i hö överlob, misstänkt adenokarcinom in situ eller minimalt invasivt. Ej diskuterat med pat ännu."),
        ("Planering", "Nytt besök bokas efter konferensen."),
    ])], [], A("NL102:n1", "NL101:n1"),
  "VGR: the hedged and untold adenocarcinoma stands only under the sökord Tidiga hypoteser")

# --- PMO primary care receiving replies: never NL102 ---
C("d45-pmo-rtg-kan-motsvara-pneumoni", "skane", "1957-09-19", [
    N("n1", P, "Besöksanteckning", "sk_vc_linero", ("Sara Ivarsson", "läkare"), "2024-01-24T16:20", [
        ("Röntgensvar", "Rtg pulm: Förtätning i hö mellanlob som kan motsvara pneumoni. Kontroll efter behandling rekommenderas hos rökare."),
        ("Åtgärd", "Pat informerad per telefon. Doxycyklin 200 mg dag 1, därefter 100 mg x1 i 9 dagar. Ny rtg om 6 v."),
    ])], [], A("NL102:n1"),
  "PMO never shows diagnoses: a hedged pneumonia from a radiology reply at a vårdcentral")

C("d45-pmo-ul-i-forsta-hand-kronisk-kolecystit", "skane", "1974-08-13", [
    N("n1", P, "Journalanteckning", "sk_vc_karnan", ("Mikael Törnqvist", "läkare"), "2024-03-27T12:10", [
        ("Provsvar", "UL buk: Multipla gallstenar, gallblåseväggen lätt förtjockad. I första hand kronisk kolecystit, ingen gallvägsdilatation."),
        ("Bedömning", "Remiss kirurgen för ställningstagande till kolecystektomi."),
    ])], [], A("NL102:n1"),
  "PMO primary care note with 'i första hand kronisk kolecystit'")

C("d45-pmo-dt-hjarna-nph-inte-otankbart", "skane", "1940-12-29", [
    N("n1", P, "Besöksanteckning", "sk_vc_horby", ("Birgitta Olander", "läkare"), "2024-10-29T10:40", [
        ("Röntgensvar", "DT hjärna: Vidgade ventriklar oproportionerligt mot sulci, normaltryckshydrocefalus inte otänkbart. Måttliga småkärlsförändringar."),
        ("Planering", "Gångsvårighet och urininkontinens senaste halvåret. Remiss neurologen för tap-test."),
    ])], [], A("NL102:n1"),
  "PMO: 'normaltryckshydrocefalus inte otänkbart' is not shown to the patient")

C("d45-pmo-pad-misstankt-melanom-in-situ", "skane", "1986-07-07", [
    N("n1", P, "Provsvar", "sk_vc_eslov", ("Jens Rydberg", "läkare"), "2024-05-14T08:30", [
        ("PAD-svar", "Excision naevus vä skuldra: Atypisk melanocytär proliferation, misstänkt för melanom in situ. Exciderad med 2 mm marginal."),
        ("Åtgärd", "Remiss hudkliniken för utvidgad excision och bedömning. Pat kallas till mottagningsbesök för besked."),
    ])], [], A("NL102:n1"),
  "PMO: a suspected melanoma in situ from pathology at a vårdcentral")

C("d45-pmo-bvc-hoftledsdysplasi-kan-ej-uteslutas", "skane", "2023-11-03", [
    N("n1", P, "BVC-anteckning", "sk_bvc", ("Annika Strand", "sjuksköterska"), "2024-01-16T10:00", [
        ("Remissvar", "Svar från barnortopeden: UL höfter vä Graf typ IIa, höftledsdysplasi kan ej uteslutas. Ny UL om 6 veckor."),
        ("Information", "Föräldrarna har fått svaret och ny tid hos barnortopeden. Vikt och längd följer kurvan."),
    ])], [], A("NL102:n1"),
  "PMO child health centre: hedged hip dysplasia in a referral reply")

C("d45-pmo-remissvar-trol-frusen-skuldra", "skane", "1966-09-27", [
    N("n1", P, "Besöksanteckning", "sk_vc_tomelilla", ("Ahmed Karimi", "läkare"), "2024-11-12T14:15", [
        ("Remissvar", "Svar ortopedkonsult: Trol. frusen skuldra vä i smärtsam fas. Rtg utan artros. Föreslår kortisoninjektion och sjukgymnastik."),
        ("Åtgärd", "Depo-Medrol 40 mg + Carbocain i vä glenohumeralled, bakre ingång. Remiss fysioterapeut."),
    ], signed=None)], [], A("NL102:n1"),
  "PMO: 'Trol. frusen skuldra' from an orthopaedic reply; unsigned draft")

C("d45-pmo-hemsjukvard-misstankt-collumfraktur", "skane", "1933-10-15", [
    N("n1", P, "Hemsjukvårdsanteckning", "sk_hsjv", ("Camilla Hjort", "sjuksköterska"), "2024-08-27T09:35", [
        ("Aktuellt", "Hittad på golvet av hemtjänsten i morse, kan inte belasta hö ben."),
        ("Röntgensvar", "Rtg hö höft via mobil röntgen: Misstänkt icke-dislocerad collumfraktur, DT rekommenderas."),
        ("Åtgärd", "Kontakt med jourläkare, ambulans beställd till akuten i Lund. Dottern underrättad."),
    ])], [], A("NL102:n1"),
  "PMO home care: a suspected hip fracture from a mobile X-ray reply")

C("d45-pmo-typo-forneligt-med-koxartros", "skane", "1956-05-09", [
    N("n1", P, "Besöksanteckning", "sk_vc_rosen", ("Nadia Haddad", "läkare"), "2024-04-02T13:25", [
        ("Röntgensvar", "Rtg vä höft: Ledspaltsminskning superolateralt och subkondral skleros, förneligt med måttlig koxartros."),
        ("Bedömning", "Läkemedelsgenomgång, Alvedon 1 g x3, artrosskola. Gånghjälpmedel vid behov."),
    ])], [], A("NL102:n1"),
  "PMO with a typo 'förneligt med': never NL102 in PMO")

C("d45-pmo-um-misstankt-gonorre", "skane", "2006-08-16", [
    N("n1", P, "Provsvar", "sk_um", ("Josefin Lilja", "barnmorska"), "2024-09-12T15:05", [
        ("Provsvar", "Odling urethra: Växt misstänkt för Neisseria gonorrhoeae, bekräftande PCR inväntas. Klamydia-PCR negativ."),
        ("Åtgärd", "Kallad till mottagningen i morgon. Remiss venereologmottagningen för behandling och smittspårning."),
    ])], [], A("NL102:n1"),
  "PMO youth clinic (patient 18): a suspected gonorrhoea culture reply")

C("d45-fragestallning-appendicit-besvarad-bekraftad", "vgr", "2000-12-24", [
    N("n1", M, "Akutanteckning", "vg_akut_sko", ("Rasmus Falk", "läkare"), "2024-04-13T19:10", [
        ("Utredning", "Remiss DT buk med frågeställning appendicit? Svar: Akut appendicit med 12 mm vidgad appendix och periappendikulär fettvävsinfiltration. Ingen perforation."),
        ("Bedömning", "Akut appendicit. Anmäld för laparoskopisk appendektomi i kväll, fastar."),
    ])], [], A("NL102:n1"),
  "the referral question 'appendicit?' is answered with a confirmed diagnosis")

C("d45-barn-cytologi-reaktiv-lymfadenit-inga-maligna-celler", "vgr", "2012-05-30", [
    N("n1", M, "Mottagningsanteckning", "vg_barnmed", ("Lovisa Hedberg", "läkare"), "2024-02-01T13:30", [
        ("Cytologisvar", "Finnålspunktion halslymfkörtel hö: Reaktiv lymfadenit med blandad lymfocytpopulation, inga maligna celler."),
        ("Bedömning", "Körteln har redan krympt efter halsflussen. Föräldrarna lugnade, ingen uppföljning behövs."),
    ])], [], A("NL102:n1"),
  "cytology settles a reactive node and rules out malignancy in a child")

C("d45-skelettscint-utan-tecken-till-metastaser", "skane", "1950-03-19", [
    N("n1", M, "Mottagningsanteckning", "sk_uro_mal", ("Daniel Ohlsson", "läkare"), "2024-05-21T10:20", [
        ("Anamnes", "Prostatacancer Gleason 4+3, PSA 14, stadieindelning pågår."),
        ("Svar skelettscint", "Skelettscintigrafi: Utan tecken till skelettmetastaser. Degenerativt upptag i båda knäna."),
        ("Bedömning", "Lokaliserad prostatacancer, intermediär risk. Diskuteras vid MDK för val mellan robotassisterad prostatektomi och strålbehandling."),
    ], signed=None)], [], A("NL102:n1"),
  "a known cancer is settled and metastases are ruled out by the scintigraphy reply")

C("d45-ev-fri-vatska-forenligt-med-normal-cykel", "vgr", "1999-04-04", [
    N("n1", M, "Mottagningsanteckning", "vg_gyn_bor", ("Matilda Svensson", "läkare"), "2024-07-24T09:05", [
        ("Svar UL", "Vaginalt UL: Normalstor uterus, endometrium 9 mm. Ovarier utan förändringar. Ev. liten mängd fri vätska i fossa Douglasi."),
        ("Bedömning", "Fynden förenliga med normal cykel, ingen cysta. Smärtan mitt i cykeln är ovulationssmärta."),
    ])], [], A("NL102:n1"),
  "'ev.' on a little free fluid and 'förenliga med normal cykel' hedge no disease")

C("d45-blododlingar-negativa-inga-hallpunkter-endokardit", "vgr", "1968-02-15", [
    N("n1", M, "Daganteckning", "vg_inf", ("Ola Persson", "läkare"), "2024-08-08T14:25", [
        ("Provsvar", "Blododlingar x3: Ingen växt efter 5 dygn."),
        ("Svar TEE", "Transesofagealt eko: Inga vegetationer, inga hållpunkter för endokardit. Normala klaffar."),
        ("Bedömning", "Ingen endokardit. Antibiotika avslutas dag 10."),
    ], setting="slutenvård")], [], A("NL102:n1"),
  "microbiology and TEE replies rule endocarditis out")

C("d45-typo-inga-halpunkter-for-dissektion", "skane", "1965-10-30", [
    N("n1", M, "Akutanteckning", "sk_akut_mal", ("Sofia Berglund", "läkare"), "2024-09-29T04:40", [
        ("Utredning", "Frågeställning aortadissektion? DT aorta: Inga hålpunkter för dissektion, aorta normalvid."),
        ("Bedömning", "Smärtan släppte på nitro, troponiner negativa x2. Hem, remiss för arbetsprov."),
    ])], [], A("NL102:n1"),
  "typo 'Inga hålpunkter för' still answers the dissection question negatively")

C("d45-koloskopi-ingen-misstanke-om-malignitet-adenom", "skane", "1958-12-11", [
    N("n1", M, "Koloskopi", "sk_gastro_hbg", ("Tomas Fors", "läkare"), "2024-11-27T13:45", [
        ("Koloskopi", "Koloskopi till cekum. 8 mm polyp i sigmoideum, kall snara. Ingen misstanke om malignitet makroskopiskt."),
        ("PAD", "Tubulärt adenom med låggradig dysplasi, radikalt avlägsnat."),
        ("Planering", "Ny koloskopi om 5 år enligt nationellt vårdprogram."),
    ])], [], A("NL102:n1"),
  "'ingen misstanke om malignitet' and a settled adenoma")

C("d45-typo-neurolog-ingen-missanke-om-ms", "vgr", "1984-09-09", [
    N("n1", M, "Läkaranteckning", "vg_neuro", ("Sara Holmgren", "läkare"), "2024-10-10T11:15", [
        ("Röntgensvar", "MR hjärna: Tre små punktformiga T2-hyperintensiteter subkortikalt frontalt, ospecifika."),
        ("Konsultationssvar", "Neurologkonsult: Ingen missanke om MS. Fynden bedöms som ospecifika vitsubstansförändringar, vanliga vid migrän."),
        ("Bedömning", "Migrän utan aura. Profylax med propranolol diskuteras."),
    ])], [], A("NL102:n1"),
  "typo 'Ingen missanke om MS' is a negated suspicion")

C("d45-arbetsprov-fragestallning-kranskarlssjukdom-besvarad", "skane", "1960-06-18", [
    N("n1", M, "Mottagningsanteckning", "sk_hjart_hlm", ("Lars Mattsson", "läkare"), "2024-06-12T15:30", [
        ("Remissvar", "Frågeställning: kranskärlssjukdom? Arbetsprov klinisk fysiologi: Maxbelastning 190 W (108 % av referens), inga ischemiska ST-förändringar och ingen bröstsmärta. Inga tecken på ansträngningsutlöst ischemi."),
        ("Bedömning", "Avslutas från hjärtmottagningen, åter till vårdcentralen."),
    ])], [], A("NL102:n1"),
  "the 'kranskärlssjukdom?' question is answered negatively by the exercise test")

C("d45-differentialdiagnoserna-uteslutna", "vgr", "1994-03-27", [
    N("n1", M, "Akutanteckning", "vg_akut_sahl", ("Oliver Sjögren", "läkare"), "2024-01-06T22:35", [
        ("Bedömning", "Differentialdiagnoserna lungemboli och pneumothorax är uteslutna med DT. Andningskorrelerad smärta efter förkylning, pleurodyni."),
    ])], [], A("NL102:n1"),
  "'differentialdiagnoserna ... är uteslutna' contains the DD word but rules them out")

C("d45-ul-ben-ingen-dvt-bakercysta", "skane", "1973-07-23", [
    N("n1", M, "Akutanteckning", "sk_akut_kri", ("Maja Engdahl", "läkare"), "2024-07-31T17:20", [
        ("Svar UL", "UL vä ben, frågeställning DVT: Kompressibla vener från ljumske till knäveck, ingen DVT påvisas. Bakercysta 3 cm i knävecket."),
        ("Bedömning", "Vadsvullnaden förklaras av Bakercystan. Ingen antikoagulation."),
    ])], [], A("NL102:n1"),
  "a DVT question answered 'ingen DVT påvisas' with a settled Baker cyst")

C("d45-pad-kommer-troligen-om-tva-veckor", "skane", "1970-11-11", [
    N("n1", M, "Telefonanteckning", "sk_brost", ("Linnea Wik", "sjuksköterska"), "2024-03-04T10:50", [
        ("Telefonkontakt", "Pat ringer dag 4 efter sektorresektion för bröstcancer hö. Såret fint, lite blåmärke. Undrar över PAD; svaret kommer troligen inom två veckor och ges vid återbesöket."),
    ])], [], A("NL102:n1"),
  "'troligen inom två veckor' hedges a date; the breast cancer itself is known")

C("d45-kompressionsfraktur-kan-darmed-uteslutas", "vgr", "1938-07-07", [
    N("n1", M, "Daganteckning", "vg_ger", ("Elisabeth Gran", "läkare"), "2024-12-17T11:40", [
        ("Röntgensvar", "MR bröstrygg: Normal signal i samtliga kotkroppar. Färsk kompressionsfraktur kan därmed uteslutas."),
        ("Bedömning", "Ryggsmärtan är muskulär. Fortsatt mobilisering med sjukgymnast."),
    ], setting="slutenvård")], [], A("NL102:n1"),
  "'kan ... uteslutas' (without ej) rules the fracture out")

C("d45-tidigare-misstankt-sarkoidos-nu-verifierad", "skane", "1976-05-25", [
    N("n1", M, "Läkaranteckning", "sk_lung", ("Henrik Sjöberg", "läkare"), "2024-08-29T13:00", [
        ("PAD", "EBUS-TBNA station 7: Icke-nekrotiserande epiteloidcellsgranulom, ingen malignitet. Odling för mykobakterier negativ."),
        ("Bedömning", "Den tidigare misstänkta sarkoidosen är nu verifierad. Stadium 1, ingen behandling, kontroll spirometri och lungrtg om 6 mån."),
    ])], [], A("NL102:n1"),
  "an earlier suspicion is now verified by pathology: the diagnosis is settled")
# ---------------------------------------------------------------------------
# NL101 must: a diagnosis from a reply stands visibly while the patient is untold
# ---------------------------------------------------------------------------
C("d45-pad-koloncancer-ej-informerad", "skane", "1954-01-30", [
    N("n1", M, "Läkaranteckning", "sk_kir_hbg", ("Andreas Ljung", "läkare"), "2024-03-07T16:05", [
        ("PAD", "Biopsier från tumör i colon transversum: Adenokarcinom, måttligt differentierat."),
        ("Planering", "Pat ej informerad om PAD, kallas till läkarbesök med kontaktsjuksköterska tisdag 12/3. DT thorax/buk för stadieindelning beställd."),
    ])], A("NL101:n1"), A("NL102:n1"),
  "settled colon cancer from PAD in a visible note while 'pat ej informerad om PAD'")

C("d45-typo-bifynd-bukaortaaneurysm-ej-informead", "vgr", "1947-06-03", [
    N("n1", M, "Läkaranteckning", "vg_uro_sko", ("Gunnar Ström", "läkare"), "2024-02-14T11:25", [
        ("Svar DT", "DT urografi pga makroskopisk hematuri: Ingen tumör i övre urinvägarna. Bifynd: infrarenalt bukaortaaneurysm, 4,6 cm i diameter."),
        ("Bedömning", "Cystoskopi planeras. Pat ej informead om bifyndet ännu, tas upp vid cystoskopin. Remiss kärlkirurgen skickad."),
    ])], A("NL101:n1"), [],
  "incidental aortic aneurysm not yet told to the patient (typo 'informead')")

C("d45-pad-lymfom-svaret-ej-delgivet", "skane", "1981-02-28", [
    N("n1", M, "Läkaranteckning", "sk_hem", ("Katarina Ahl", "läkare"), "2024-03-28T13:50", [
        ("PAD", "Exstirperad lymfkörtel vä axill: Diffust storcelligt B-cellslymfom, germinal center-typ. Ki-67 80 %."),
        ("Planering", "Svaret ej delgivet pat ännu, besök med mig och kontaktssk 4/4. PET-DT och benmärgsprov bokas inför besöket."),
    ])], A("NL101:n1"), [],
  "'svaret ej delgivet pat ännu' with a lymphoma diagnosis in the visible PAD section")

C("d45-bifynd-binjureadenom-ej-namnt-for-pat", "skane", "1962-04-14", [
    N("n1", M, "Mottagningsanteckning", "sk_med_ang", ("Fredrik Dahlin", "läkare"), "2024-05-16T09:40", [
        ("Röntgensvar", "DT thorax, frågeställning kvarstående infiltrat: Infiltratet i vä underlob har gått i regress. Bifynd: vä binjureadenom 2,3 cm, 8 HU, typisk bild."),
        ("Bedömning", "Pneumonin utläkt. Binjureadenomet ej nämnt för pat idag; hormonutredning beställd och resultatet tas upp vid återbesök."),
    ])], A("NL101:n1"), [],
  "an incidental adrenal adenoma 'ej nämnt för pat' is an untold diagnosis")

C("d45-levermetastaser-ej-forran-mdk", "vgr", "1959-08-21", [
    N("n1", M, "Läkaranteckning", "vg_onk", ("Cecilia Strömberg", "läkare"), "2024-09-18T15:15", [
        ("Aktuellt", "65-årig kvinna med koloncancer i sigmoideum och lungmetastaser sedan 2023, väl känt för pat. Pågående FOLFOX och bevacizumab, nu efter cykel 8. Tröttare senaste veckorna, aptiten något sämre."),
        ("Status", "ECOG 1. Vikt 64 kg (-2 kg). Buk mjuk, lever ej palpabel. Inga perifera ödem. Lätt perifer neuropati i fingertopparna, grad 1."),
        ("Labb", "Hb 118, neutrofila 2,1, TPK 190, ALP 3,4 (stigande), bilirubin 12, krea 64, CEA 48 (från 12 i maj)."),
        ("Svar DT", "Lungmetastaserna oförändrade i storlek. Nytillkomna multipla levermetastaser, största 3 cm i segment 7. Skelett utan metastaser."),
        ("Behandling", "Cykel 9 skjuts upp en vecka i väntan på konferensen."),
        ("Bedömning", "Progress i levern under pågående behandling. Pat ska inte informeras om levermetastaserna förrän MDK tagit ställning till behandlingsalternativ på torsdag; ringer pat efter konferensen."),
    ])], A("NL101:n1"), [],
  "'ska inte informeras ... förrän MDK' about settled liver metastases")

C("d45-dottern-vet-pat-sjalv-ej-informerad", "vgr", "1936-03-15", [
    N("n1", M, "Daganteckning", "vg_ger", ("Elisabeth Gran", "läkare"), "2024-04-03T14:45", [
        ("DT-svar", "DT och MR hjärna: 4 cm hjärntumör i hö frontallob med omgivande ödem och lätt masseffekt."),
        ("Information", "Dottern informerad per telefon om tumören i hjärnan. Pat själv ännu inte informerad; på dotterns begäran väntar vi tills hon kan vara med i morgon."),
    ], setting="slutenvård")], A("NL101:n1"), [],
  "the relative knows but the patient has not been told about the brain tumour")

C("d45-mr-forenligt-med-ms-ej-underrattad", "skane", "1998-12-05", [
    N("n1", M, "Läkaranteckning", "sk_neuro", ("Anna Rosén", "läkare"), "2024-10-24T12:20", [
        ("Svar MR", "MR hjärna och halsrygg: Multipla periventrikulära och juxtakortikala lesioner samt en lesion i C3-nivå, förenligt med MS."),
        ("Bedömning", "Pat ännu inte underrättad om MR-fynden, besök bokas nästa vecka då även LP-svaret finns."),
    ])], A("NL101:n1", "NL102:n1"), [],
  "a hedged MS diagnosis stands visibly and the patient is 'ännu inte underrättad': both rules")

C("d45-typo-ej-informerd-njurcellscancer", "vgr", "1961-11-19", [
    N("n1", M, "Läkaranteckning", "vg_uro_sahl", ("Mattias Krantz", "läkare"), "2024-06-20T10:30", [
        ("Svar DT", "Solid kontrastladdande tumör i vä njures övre pol, 5 cm, njurvenen fri. Bedömd som njurcellscancer T1b vid röntgenronden."),
        ("Bedömning", "Pat ej informerd om fyndet, kallas till besök hos mig på fredag."),
    ])], A("NL101:n1"), [],
  "typo 'ej informerd' about a renal cell cancer")

C("d45-barn-all-foraldrar-ej-informerade", "skane", "2019-05-11", [
    N("n1", M, "Läkaranteckning", "sk_barnonk", ("Jessica Ekman", "läkare"), "2024-01-29T12:40", [
        ("Benmärgssvar", "Benmärgsaspiration: 85 % lymfoblaster, flödescytometri visar prekursor-B-ALL."),
        ("Planering", "Föräldrarna ännu ej informerade om diagnosen; samtal med överläkare och kontaktssk kl 15 i samtalsrummet. CVK-inläggning planeras i morgon."),
    ], signed=None, setting="slutenvård")], A("NL101:n1"), [],
  "a 4-year-old's leukaemia is in the visible note (guardians read it) before the parents are told; draft")

C("d45-telefon-ej-nadd-esofaguscancer", "skane", "1949-09-02", [
    N("n1", M, "Telefonanteckning", "sk_kir_lund", ("Marcus Widell", "läkare"), "2024-11-14T15:55", [
        ("Telefonkontakt", "Sökt pat två gånger idag för att meddela PAD från gastroskopin: skivepitelcancer i mellersta esofagus. Ej nådd, inget meddelande lämnat. Nytt försök i morgon förmiddag."),
    ])], A("NL101:n1"), [],
  "the doctor failed to reach the patient: the cancer stands visibly and is still untold")

C("d45-bifynd-lungemboli-ej-informerad-annu", "vgr", "1964-12-03", [
    N("n1", M, "Läkaranteckning", "vg_onk", ("Cecilia Strömberg", "läkare"), "2024-05-08T11:50", [
        ("Svar DT", "Stationär sjukdom i pankreas. Bifynd: subsegmentell lungemboli i hö underlob."),
        ("Planering", "Pat ej informerad om lungembolin ännu; ringer henne efter ronden och ordinerar Innohep."),
    ])], A("NL101:n1"), [],
  "incidental pulmonary embolism on a staging CT, patient not yet informed")

C("d45-tva-anteckningar-forsta-undanholler", "skane", "1957-02-14", [
    N("n1", M, "Läkaranteckning", "sk_gyn_lund", ("Agneta Fält", "läkare"), "2024-02-13T14:30", [
        ("PAD", "Omentbiopsi: Höggradigt seröst karcinom, ovarialt ursprung enligt immunprofilen."),
        ("Planering", "Pat ej informerad om PAD, besked vid besök 19/2 tillsammans med kontaktsjuksköterska."),
    ]),
    N("n2", M, "Mottagningsanteckning", "sk_gyn_lund", ("Agneta Fält", "läkare"), "2024-02-19T10:15", [
        ("Information", "Pat och maken informerade om PAD-svaret och att det rör sig om äggstockscancer. Genomgång av fortsatt plan med cytostatika före kirurgi."),
    ]),
], A("NL101:n1"), [],
  "the earlier note withheld the cancer: it fires on n1 even though n2 later tells the patient")

C("d45-utkast-melanom-ej-meddelad", "vgr", "1973-04-29", [
    N("n1", M, "Läkaranteckning", "vg_hud", ("Sebastian Lund", "läkare"), "2024-07-16T09:10", [
        ("PAD", "Excision vä vad: Malignt melanom, ytligt spridande typ, Breslow 1,8 mm, utan ulceration. Radikalt."),
        ("Planering", "Pat ej meddelad än. Bokas till läkarbesök för besked och planering av utvidgad excision med portvaktskörtel."),
    ], signed=None)], A("NL101:n1"), [],
  "unsigned draft: melanoma in the PAD section, 'pat ej meddelad än'")

C("d45-epikris-lang-bifynd-njurtumor-ej-informerad", "skane", "1937-01-09", [
    N("n1", M, "Epikris", "sk_ort_mal", ("Erik Norling", "läkare"), "2024-10-07T13:20", [
        ("Orsak till vård", "87-årig kvinna inkom 28/9 efter fall i hemmet med smärta i hö höft och buken."),
        ("Förlopp", "Rtg visade pertrokantär femurfraktur hö som opererades med märgspik 29/9 utan komplikationer. DT buk gjordes pga buksmärta och Hb-fall till 94; ingen intraabdominell blödning. Postoperativt konfusion dag 2–5, behandlad med reorientering och utsättning av tramadol. Mobiliserad med rollator."),
        ("Undersökningar", "DT buk 30/9: Ingen blödning, ingen fri gas. Bifynd: 3 cm solid kontrastladdande njurtumör i hö njures mellanparti."),
        ("Status vid utskrivning", "Orienterad till person och plats, osäker på datum. Cirkulatoriskt stabil, BT 132/70. Operationssåret torrt och läker fint. Går 20 meter med rollator och en person till stöd."),
        ("Socialt", "Änka, bor ensam i lägenhet med hiss i Limhamn. Hemtjänst 2 ggr/dag sedan tidigare, dottern bor nära. Utskrivs till korttidsboende."),
        ("Läkemedel", "Nyinsatt Alvedon 1 g x3, Fragmin 5000 E x1 i 4 veckor, kalcium/D-vitamin och alendronat. Tramadol utsatt."),
        ("Diagnoser", "Pertrokantär femurfraktur hö. Postoperativ konfusion. Njurtumör hö, bifynd."),
        ("Information", "Pat ej informerad om bifyndet i njuren p.g.a. konfusionen; vårdcentralen ombeds ta upp fyndet när hon klarnat och remittera till urolog."),
        ("Uppföljning", "Suturtagning dag 14 på vårdcentralen. Återbesök ortopedmottagningen med rtg om 8 veckor."),
    ], setting="slutenvård")], A("NL101:n1"), [],
  "long discharge summary: incidental kidney tumour in visible sections while the patient is not informed")

C("d45-ssk-bröstcancer-besked-ges-ej-per-telefon", "vgr", "1975-09-30", [
    N("n1", M, "Telefonanteckning", "vg_brost", ("Linnéa Ask", "sjuksköterska"), "2024-04-18T13:05", [
        ("Telefonkontakt", "Pat ringer och undrar över svaret på biopsin. PAD visar invasiv duktal bröstcancer grad 2. Pat har inte fått veta diagnosen än; besked ges inte per telefon enligt rutin och hon bokas till läkarbesök i morgon kl 10 med kontaktsjuksköterska."),
    ])], A("NL101:n1"), [],
  "a nurse documents the cancer from PAD and that the patient has not yet been told")

C("d45-svar-aortastenos-inte-informerad-annu", "skane", "1941-10-21", [
    N("n1", M, "Läkaranteckning", "sk_kard", ("Lars Mattsson", "läkare"), "2024-04-24T16:10", [
        ("Utlåtande klinisk fysiologi", "Ekokardiografi: Kraftigt förkalkad aortaklaff, medelgradient 52 mmHg, AVA 0,7 cm². Svår aortastenos. EF 55 %."),
        ("Bedömning", "Pat inte informerad ännu om ekosvaret, tas vid mottagningsbesöket 2/5 med ställningstagande till TAVI-utredning."),
    ], signed=None)], A("NL101:n1"), [],
  "severe aortic stenosis stated in a physiology reply, patient not yet informed; draft")

C("d45-hiv-konfirmerat-ej-informerad", "vgr", "1990-06-26", [
    N("n1", M, "Läkaranteckning", "vg_inf", ("Farah Ali", "läkare"), "2024-03-15T15:40", [
        ("Provsvar", "HIV-1 antikropp/antigen positiv, konfirmerad med immunoblot. HIV-RNA 85 000 kopior/mL."),
        ("Åtgärd", "Pat ej informerad. Kallas per telefon till infektionsmottagningen för personligt besked i morgon, kurator bokad."),
    ])], A("NL101:n1"), [],
  "a confirmed HIV result in the visible Provsvar section before the patient is told")

C("d45-typo-svaret-ej-delgivit-liposarkom", "skane", "1967-08-12", [
    N("n1", M, "Läkaranteckning", "sk_ort_tumor", ("Pontus Wendel", "läkare"), "2024-06-03T11:00", [
        ("PAD", "Mellannålsbiopsi mjukdelstumör vä lår: Myxoid liposarkom."),
        ("Planering", "Svaret ej delgivit pat ännu. Sarkomkonferens onsdag, därefter besök."),
    ])], A("NL101:n1"), [],
  "typo 'ej delgivit' about a sarcoma diagnosis")

C("d45-konsultationssvar-skivepitelcancer-lapp-ej-informerad", "vgr", "1946-05-02", [
    N("n1", M, "Mottagningsanteckning", "vg_onh_udd", ("Tobias Nordin", "läkare"), "2024-11-06T14:35", [
        ("Konsultationssvar", "Svar från hudkliniken angående förändringen på underläppen: PAD visar högt differentierad skivepitelcancer, ej radikalt exciderad."),
        ("Bedömning", "Pat ännu ej informerad om diagnosen. Remiss för reexcision och anmälan till MDK huvud-hals."),
    ])], A("NL101:n1"), [],
  "a consultant's reply with lip cancer, 'ännu ej informerad om diagnosen'")

C("d45-missed-abortion-pat-ej-informerad", "vgr", "1993-01-22", [
    N("n1", M, "Ultraljudsanteckning", "vg_kvinno_oss", ("Moa Hellberg", "barnmorska"), "2024-08-20T10:25", [
        ("Ultraljud", "Vaginalt UL i graviditetsvecka 10+2 enl SM: Fosterekot 18 mm motsvarande v 8+4, ingen hjärtaktivitet. Missed abortion."),
        ("Åtgärd", "Pat ännu ej informerad, läkare tillkallad för att ge beskedet tillsammans med mig."),
    ])], A("NL101:n1"), [],
  "a midwife's ultrasound note with missed abortion before the patient is told")

C("d45-inger-misstanke-pankreascancer-ej-informerad", "skane", "1952-07-31", [
    N("n1", M, "Läkaranteckning", "sk_kir_ystad", ("Lena Friberg", "läkare"), "2024-12-12T12:15", [
        ("Svar DT", "3 cm hypodens expansivitet i pankreashuvudet med dubbelgångstecken, inger misstanke om pankreascancer."),
        ("Bedömning", "Pat ej informerad om misstanken ännu, besked när EUS med biopsi gjorts."),
    ])], A("NL101:n1", "NL102:n1"), [],
  "a suspected pancreatic cancer is both hedged and withheld from the patient")
# ---------------------------------------------------------------------------
# NL101 must_not: told, only a relative untold, untold thing is no diagnosis,
# protected place, nothing said about telling
# ---------------------------------------------------------------------------
C("d45-prostatacancer-informerad-vid-dagens-besok", "skane", "1955-03-05", [
    N("n1", M, "Mottagningsanteckning", "sk_uro_mal", ("Daniel Ohlsson", "läkare"), "2024-02-09T10:40", [
        ("PAD", "Prostatabiopsier: Acinärt adenokarcinom Gleason 3+4=7 i 4 av 12 biopsier."),
        ("Information", "Pat informerad om PAD vid dagens besök, hustrun med. Fick skriftlig information och kontaktssjuksköterskans telefonnummer."),
    ])], [], A("NL101:n1"),
  "the patient was told the cancer diagnosis at today's visit")

C("d45-kanner-till-diagnosen-sedan-tidigare", "vgr", "1950-10-13", [
    N("n1", M, "Mottagningsanteckning", "vg_lung", ("Kristoffer Berg", "läkare"), "2024-07-02T13:25", [
        ("Aktuellt", "Känt adenokarcinom i vä lunga, stadium IV med EGFR-mutation. Pat känner till diagnosen sedan besöket 3/5."),
        ("Svar DT", "Partiell respons, primärtumören har minskat från 42 till 25 mm."),
        ("Bedömning", "Fortsätter osimertinib oförändrat."),
    ])], [], A("NL101:n1"),
  "the patient has known the diagnosis since an earlier visit")

C("d45-ej-informerad-om-operationsdatum", "skane", "1960-04-30", [
    N("n1", M, "Läkaranteckning", "sk_kir_lund", ("Marcus Widell", "läkare"), "2024-03-19T09:15", [
        ("Aktuellt", "Rektalcancer; informerad om diagnos och behandlingsplan vid besöket 12/2. MR bäcken efter strålbehandling visar god regress."),
        ("Planering", "Pat ej informerad om operationsdatum ännu, operationsplaneringen ringer nästa vecka."),
    ])], [], A("NL101:n1"),
  "what is not yet told is an operation date; the diagnosis was told earlier")

C("d45-normalt-dt-svar-ej-informerad-annu", "vgr", "1988-09-17", [
    N("n1", M, "Telefonanteckning", "vg_uro_sahl", ("Mattias Krantz", "läkare"), "2024-05-29T11:35", [
        ("Utredning", "Frågeställning njursten? DT urinvägar: Inga konkrement, inget avflödeshinder, normala njurar."),
        ("Planering", "Pat ej informerad om svaret ännu, ringer henne i eftermiddag."),
    ], signed=None)], [], A("NL101:n1"),
  "the untold result is normal and the question is answered negatively; draft")

C("d45-informerad-om-aneurysm-ej-om-forturremiss", "vgr", "1944-01-26", [
    N("n1", M, "Mottagningsanteckning", "vg_med_nal", ("Jonas Rehn", "läkare"), "2024-09-05T14:50", [
        ("Röntgensvar", "UL aorta: Infrarenalt bukaortaaneurysm 5,2 cm."),
        ("Bedömning", "Pat informerad om aneurysmet vid besöket och om att det behöver bedömas av kärlkirurg. Ej informerad om att remissen skickats som förtur, meddelas per brev."),
    ])], [], A("NL101:n1"),
  "the patient knows the aneurysm; only the referral's priority is untold")

C("d45-skane-th-mall-plus-synlig-anteckning-utan-diagnos", "skane", "1945-11-11", [
    N("n1", M, "Tidiga hypoteser", "sk_hem", ("Katarina Ahl", "läkare"), "2024-04-05T15:00", [
        ("Bedömning", "Benmärgen förenlig med myelodysplastiskt syndrom, låg risk enl IPSS-R. Pat ej informerad."),
    ]),
    N("n2", M, "Läkaranteckning", "sk_hem", ("Katarina Ahl", "läkare"), "2024-04-05T15:20", [
        ("Aktuellt", "Benmärgsprov taget 2/4, svaret har kommit."),
        ("Planering", "Pat ej informerad om svaret ännu, besök bokas 16/4."),
    ]),
], [], A("NL101:n1", "NL101:n2"),
  "the untold diagnosis is in a Skåne Tidiga hypoteser note; the visible note says 'ej informerad' but names no diagnosis")

C("d45-pat-informerad-sonen-ska-inte-veta-an", "skane", "1953-06-08", [
    N("n1", M, "Mottagningsanteckning", "sk_lung", ("Henrik Sjöberg", "läkare"), "2024-01-25T14:20", [
        ("PAD", "Bronkoskopiska biopsier: Småcellig lungcancer."),
        ("Information", "Pat informerad om PAD-svaret. Hon vill inte att sonen får veta ännu, vilket respekteras; sonen ej informerad."),
    ])], [], A("NL101:n1"),
  "the patient is told; only a relative is not")

C("d45-patologutlatande-inget-om-information", "vgr", "1969-12-20", [
    N("n1", M, "PAD-utlåtande", "vg_pat", ("Helene Brandt", "läkare"), "2024-10-14T08:55", [
        ("Utlåtande", "Hudexcision hö kind: Basalcellscancer av nodulär typ, radikalt exciderad med minsta marginal 2 mm lateralt."),
    ])], [], A("NL101:n1", "NL102:n1"),
  "a pathologist's own settled reply; nothing is said about telling the patient")

C("d45-barn-negativ-urinodling-foraldrar-ej-informerade", "skane", "2021-08-08", [
    N("n1", M, "Telefonanteckning", "sk_barn_ystad", ("Sanna Holm", "läkare"), "2024-03-08T11:10", [
        ("Provsvar", "Urinodling (kateterprov) från 6/3: Ingen växt. Frågeställningen urinvägsinfektion besvarad."),
        ("Planering", "Föräldrarna ännu ej informerade om den negativa odlingen; ringer dem efter lunch och antibiotikan avslutas."),
    ])], [], A("NL101:n1"),
  "the untold result in a child's note is a negative culture, no diagnosis")

C("d45-tva-anteckningar-senare-berattat", "vgr", "1956-04-18", [
    N("n1", M, "Läkaranteckning", "vg_gastro", ("Emma Fransson", "läkare"), "2024-05-31T15:30", [
        ("PAD", "Gastroskopibiopsier: Tubulärt adenokarcinom i ventrikeln, intestinal typ."),
        ("Planering", "Pat ej informerad, besked vid besök 5/6."),
    ]),
    N("n2", M, "Mottagningsanteckning", "vg_gastro", ("Emma Fransson", "läkare"), "2024-06-05T10:00", [
        ("Information", "Pat och hennes man informerade om ventrikelcancern och planen med DT och MDK. Hon tog beskedet sansat."),
        ("Planering", "DT thorax/buk bokad, MDK övre GI 12/6."),
    ]),
], [], A("NL101:n2"),
  "the later note documents that the patient has now been told")

C("d45-informerad-om-frakturen-ej-om-flyttad-op", "vgr", "1946-09-01", [
    N("n1", M, "Daganteckning", "vg_ort_mdl", ("Simon Eklund", "läkare"), "2024-11-21T12:30", [
        ("Röntgensvar", "Rtg hö höft: Dislocerad lateral collumfraktur, Garden 4."),
        ("Planering", "Pat informerad om frakturen och om att hon ska opereras med halvprotes. Ej informerad om att operationen flyttats till fredag pga brist på operationstid, ssk meddelar i eftermiddag."),
    ], signed=None, setting="slutenvård")], [], A("NL101:n1"),
  "the diagnosis is told; only the moved operation day is untold; draft")

C("d45-hpv-normalt-ej-delgivet", "skane", "1972-05-15", [
    N("n1", M, "Provsvar", "sk_gyn", ("Agneta Fält", "läkare"), "2024-06-25T08:45", [
        ("Provsvar", "Cervixprov: HPV negativt, cytologi utan atypi."),
        ("Planering", "Provsvaret ännu ej delgivet pat, brev skickas i dag."),
    ])], [], A("NL101:n1"),
  "a normal screening result not yet sent to the patient is no diagnosis")

C("d45-svar-meddelat-via-1177", "vgr", "1983-03-03", [
    N("n1", M, "Läkaranteckning", "vg_endo", ("Petra Lundqvist", "läkare"), "2024-02-19T14:05", [
        ("Provsvar", "Ultraljud thyreoidea: Multinodös struma, största knutan 18 mm, TI-RADS 3."),
        ("Åtgärd", "Svaret meddelat pat via 1177 idag med förklaringen att knutorna ser godartade ut och följs med UL om ett år."),
    ])], [], A("NL101:n1"),
  "the reply was communicated to the patient through a 1177 message")

C("d45-bröstcancer-meddelad-av-kirurgen-tidigare", "skane", "1965-07-19", [
    N("n1", M, "Läkaranteckning", "sk_onk", ("Per-Olof Nyman", "läkare"), "2024-03-13T13:40", [
        ("Aktuellt", "Diagnosen bröstcancer vä meddelades av kirurgen 2/2, pat väl införstådd. Nu första onkologbesök inför adjuvant behandling."),
        ("PAD", "Invasiv lobulär cancer 22 mm, ER 95 %, PR 60 %, HER2 negativ, Ki-67 15 %, makrometastas i 1 av 3 portvaktskörtlar."),
        ("Planering", "Adjuvant endokrin behandling och strålbehandling, cytostatika diskuteras."),
    ])], [], A("NL101:n1"),
  "another unit told the patient the diagnosis earlier")

C("d45-typo-pat-infomerad-om-kll", "vgr", "1949-01-07", [
    N("n1", M, "Mottagningsanteckning", "vg_hem", ("Björn Axelsson", "läkare"), "2024-08-06T10:55", [
        ("PAD", "Benmärgsbiopsi: KLL-infiltration 60 %, flödescytometri med CD5+/CD23+ B-celler."),
        ("Bedömning", "Pat infomerad om KLL-diagnosen idag, förklarat att ingen behandling behövs nu. Kontroll blodstatus var tredje månad."),
    ])], [], A("NL101:n1"),
  "typo 'infomerad' still says the patient was told")

C("d45-dcis-pat-har-inte-berattat-for-maken", "skane", "1968-10-02", [
    N("n1", M, "Mottagningsanteckning", "sk_brost", ("Therese Nyberg", "läkare"), "2024-05-02T15:25", [
        ("PAD", "Mellannålsbiopsi hö bröst: Duktal cancer in situ, höggradig."),
        ("Information", "Pat informerad om PAD-beskedet idag. Hon har ännu inte berättat för sin man och vill själv välja tillfälle."),
    ])], [], A("NL101:n1"),
  "the patient is told; she has not told her husband, which is no NL101")

C("d45-ej-informerad-om-mr-tid", "skane", "2001-02-09", [
    N("n1", M, "Mottagningsanteckning", "sk_ort_ystad", ("Karl Persson", "läkare"), "2024-10-01T11:20", [
        ("Bedömning", "Främre korsbandsruptur vä knä, diskuterat med pat som förstår skadan. Rehab hos fysioterapeut."),
        ("Planering", "MR knä beställd; pat ej informerad om MR-tiden, kallelse skickas från röntgen."),
    ])], [], A("NL101:n1"),
  "the untold item is an appointment time, the diagnosis is discussed")

C("d45-informerad-via-telefontolk-hodgkin", "vgr", "1995-05-05", [
    N("n1", M, "Mottagningsanteckning", "vg_med_sko", ("Nora Bergkvist", "läkare"), "2024-12-05T13:15", [
        ("PAD", "Halslymfkörtel vä: Klassiskt Hodgkins lymfom, nodulär skleros."),
        ("Information", "Pat informerad via telefontolk på arabiska om PAD och om att behandlingen ges vid hematologen i Göteborg."),
    ])], [], A("NL101:n1"),
  "the patient was told through an interpreter")

C("d45-bifynd-gallsten-informerad", "skane", "1958-08-28", [
    N("n1", M, "Läkaranteckning", "sk_lung_hbg", ("Maria Roos", "läkare"), "2024-01-18T16:35", [
        ("Svar DT", "DT thorax och övre buk: Inga lungembolier. Bifynd: 2 cm gallsten i gallblåsan, ingen kolecystit."),
        ("Bedömning", "Pat informerad om bifyndet gallsten; symtomfri, ingen åtgärd."),
    ])], [], A("NL101:n1"),
  "an incidental finding that has been told to the patient")

C("d45-mr-talar-for-ms-forklarat-idag", "vgr", "1992-07-12", [
    N("n1", M, "Mottagningsanteckning", "vg_neuro", ("Sara Holmgren", "läkare"), "2024-11-28T14:00", [
        ("Svar MR", "Nya T2-lesioner periventrikulärt och i corpus callosum jämfört med 2022, talar för MS."),
        ("Information", "Detta har idag förklarats för pat, som fick tid att ställa frågor. Hon vill tänka över bromsmedicin."),
    ])], A("NL102:n1"), A("NL101:n1"),
  "hedged MS is visible (NL102) but the patient was told today (no NL101)")

C("d45-barn-svettest-cystisk-fibros-foraldrar-fatt-besked", "vgr", "2023-12-01", [
    N("n1", M, "Läkaranteckning", "vg_barnmed", ("Lovisa Hedberg", "läkare"), "2024-01-09T12:10", [
        ("Provsvar", "Svettest: klorid 92 mmol/L vid två mätningar, diagnostiskt för cystisk fibros. Genotyp F508del homozygot."),
        ("Information", "Föräldrarna har fått beskedet av mig i samtal idag, CF-sjuksköterskan deltog."),
    ])], [], A("NL101:n1"),
  "an infant's settled CF diagnosis; the guardians were told today")

SEX = {
    "d45-mr-hjarna-inte-otankbart-ms": "F",
    "d45-barn-ul-susp-appendicit": "F",
    "d45-mammografi-misstankt-for-malignitet": "F",
    "d45-mamma-troligen-brca-mammografi-ua": "F",
    "d45-dcis-pat-har-inte-berattat-for-maken": "F",
    "d45-ssk-bröstcancer-besked-ges-ej-per-telefon": "F",
    "d45-bröstcancer-meddelad-av-kirurgen-tidigare": "F",
    "d45-pad-kommer-troligen-om-tva-veckor": "F",
    "d45-pad-endometrium-ingen-malignitet": "F",
    "d45-hpv-normalt-ej-delgivet": "F",
    "d45-ev-fri-vatska-forenligt-med-normal-cykel": "F",
    "d45-missed-abortion-pat-ej-informerad": "F",
    "d45-tva-anteckningar-forsta-undanholler": "F",
    "d45-dottern-vet-pat-sjalv-ej-informerad": "F",
    "d45-bifynd-lungemboli-ej-informerad-annu": "F",
    "d45-normalt-dt-svar-ej-informerad-annu": "F",
    "d45-informerad-om-frakturen-ej-om-flyttad-op": "F",
    "d45-pat-informerad-sonen-ska-inte-veta-an": "F",
    "d45-tva-anteckningar-senare-berattat": "F",
    "d45-mr-talar-for-ms-forklarat-idag": "F",
    "d45-epikris-lang-bifynd-njurtumor-ej-informerad": "F",
    "d45-dt-hjarna-ingen-blodning-mojlig-infarkt": "F",
    "d45-levermetastaser-ej-forran-mdk": "F",
    "d45-fragestallning-lungemboli-besvarad-negativt": "M",
    "d45-barn-eeg-kan-tala-for-fokal-epilepsi": "M",
    "d45-barn-duodenalbiopsi-diagnostisk-for-celiaki": "M",
    "d45-epikris-lang-bifynd-mojlig-ipmn": "M",
    "d45-prostatacancer-informerad-vid-dagens-besok": "M",
    "d45-skelettscint-utan-tecken-till-metastaser": "M",
}

# ---------------------------------------------------------------------------
# build and validate
# ---------------------------------------------------------------------------
PROTECTED_SK_TEMPLATES = {"Tidiga hypoteser"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_on(birth, day):
    b = date.fromisoformat(birth)
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def build():
    problems = []
    out = []
    names = set()
    sentences = {}
    for idx, c in enumerate(CASES):
        name = c["case"]
        if name in names:
            problems.append("duplicate case name %s" % name)
        names.add(name)
        if not name.startswith("d45-"):
            problems.append("%s: name must start with d45-" % name)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: bad ruleset" % name)
        serial = (idx * 53 + 211) % 900 + 100
        sex = SEX.get(name)
        if sex == "F" and serial % 2 == 1:
            serial += 1
        elif sex == "M" and serial % 2 == 0:
            serial += 1
        if serial > 999:
            serial -= 2
        pid = pnr(c["birth"], serial)
        notes = []
        last = None
        for n in c["notes"]:
            unit_key = n["_unit_key"]
            n = {k: v for k, v in n.items() if k != "_unit_key"}
            t = datetime.fromisoformat(n["time"])
            if t.year != 2024:
                problems.append("%s/%s: note time not in 2024" % (name, n["id"]))
            if n["signed"] is not None:
                s = datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    problems.append("%s/%s: bad signed time" % (name, n["id"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR note not Melior" % name)
            if (unit_key in PMO_UNITS) != (n["system"] == "PMO"):
                problems.append("%s/%s: PMO unit/system mismatch" % (name, n["id"]))
            if n["system"] == "PMO" and c["ruleset"] != "skane":
                problems.append("%s: PMO outside Skåne" % name)
            if (unit_key.startswith("vg_")) != (c["ruleset"] == "vgr"):
                problems.append("%s: unit region mismatch" % name)
            if not n["sections"]:
                problems.append("%s/%s: no sections" % (name, n["id"]))
            for sec in n["sections"]:
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences:
                            problems.append("sentence reused in %s and %s: %r" % (sentences[sent], name, sent))
                        else:
                            sentences[sent] = name
            notes.append(n)
            last = t if last is None or t > last else last
        as_of_day = (last + timedelta(days=2)).date()
        if as_of_day.year != 2024:
            as_of_day = date(2024, 12, 31)
        as_of = as_of_day.isoformat() + "T00:00:00"
        for n in notes:
            if n["signed"] and datetime.fromisoformat(n["signed"]) > datetime.fromisoformat(as_of):
                problems.append("%s: signed after as_of" % name)
        for day in [as_of_day] + [datetime.fromisoformat(n["time"]).date() for n in notes]:
            a = age_on(c["birth"], day)
            if 13 <= a <= 15 or a < 0:
                problems.append("%s: patient age %d not allowed" % (name, a))
        # personnummer checks
        digits = pid.replace("-", "")
        if pid[:8] != c["birth"].replace("-", ""):
            problems.append("%s: pnr does not match birth date" % name)
        if luhn_digit(digits[2:11]) != int(digits[11]):
            problems.append("%s: Luhn fails" % name)
        if sex and (int(digits[10]) % 2 == 1) != (sex == "M"):
            problems.append("%s: sex digit does not match" % name)
        ids = {n["id"]: n for n in notes}
        if len(ids) != len(notes):
            problems.append("%s: duplicate note ids" % name)
        seen = set()
        for lst, kind in ((c["must"], "must"), (c["must_not"], "must_not")):
            for code, nid in lst:
                if code not in ("NL101", "NL102"):
                    problems.append("%s: unexpected code %s" % (name, code))
                if nid not in ids:
                    problems.append("%s: target %s missing" % (name, nid))
                    continue
                if (code, nid) in seen:
                    problems.append("%s: %s on %s asserted twice" % (name, code, nid))
                seen.add((code, nid))
                sysname = ids[nid]["system"]
                if code == "NL102" and kind == "must" and sysname != "Melior":
                    problems.append("%s: must NL102 on non-Melior" % name)
                if code == "NL101" and sysname == "PMO":
                    problems.append("%s: NL101 asserted on PMO" % name)
        if not c["must"] and not c["must_not"]:
            problems.append("%s: asserts nothing" % name)
        if not c["why"].strip():
            problems.append("%s: empty why" % name)
        record = {
            "patient": {"id": pid, "birth_date": c["birth"], "protected_identity": False},
            "as_of": as_of,
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        }
        out.append({"case": name, "ruleset": c["ruleset"], "record": record,
                    "must": c["must"], "must_not": c["must_not"], "why": c["why"]})
    return out, problems


def main():
    out, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = {}
    for row in out:
        for kind in ("must", "must_not"):
            for code, _ in row[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print("wrote %d cases to %s" % (len(out), OUT))
    for (code, kind) in sorted(counts):
        print("  %s %-8s %d" % (code, kind, counts[(code, kind)]))


if __name__ == "__main__":
    main()
