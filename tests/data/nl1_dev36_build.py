#!/usr/bin/env python3
"""nl1_dev36: hand-written NL101/NL102 cases for notelint.

Theme: NL101 (uncommunicated-diagnosis-visible) above all - has the patient
(or, for a child under 13, the guardians) been told the diagnosis that stands in
a visible note? The rest are NL102 (hypothesis-in-visible-note) cases.

Standard library only, deterministic. Writes nl1_dev36_cases.jsonl next to this
file and validates the set; exits with status 1 on any problem.

    python3 nl1_dev36_build.py
"""
import calendar
import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "nl1_dev36_cases.jsonl"

# --------------------------------------------------------------------------
# Units (name, HSA-id). Skåne: SE2321000255-..., VGR: SE2321000131-...
# --------------------------------------------------------------------------
U = {
    # Region Skåne, Melior
    "onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4K7Q"),
    "lung_lund": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3RM2"),
    "lung_hbg": ("Lungmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-8TB4"),
    "hem_lund": ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5HX9"),
    "kir_malmo": ("Kirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-2CW6"),
    "kir_ksd": ("Kirurgiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-7KD1"),
    "med_ksd": ("Medicinkliniken, Centralsjukhuset Kristianstad", "SE2321000255-7MA3"),
    "med_tbg": ("Medicinmottagningen, Lasarettet Trelleborg", "SE2321000255-9TR5"),
    "neuro_hbg": ("Neurologimottagningen, Helsingborgs lasarett", "SE2321000255-8NE7"),
    "neuro_lund": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4NL8"),
    "nkir_lund": ("Neurokirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4NK2"),
    "uro_malmo": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-2UR4"),
    "uro_hbg": ("Urologiska kliniken, Helsingborgs lasarett", "SE2321000255-8UH6"),
    "gyn_lund": ("Kvinnokliniken, Skånes universitetssjukhus Lund", "SE2321000255-4KV5"),
    "derm_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4HD3"),
    "barn_lund": ("Barn- och ungdomsmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4BU1"),
    "barn_hbg": ("Barnkliniken, Helsingborgs lasarett", "SE2321000255-8BK9"),
    "gastro_lund": ("Mag- och tarmmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4GT6"),
    "endo_malmo": ("Endokrinmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2EN8"),
    "inf_malmo": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-2IF2"),
    "minne_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2MM7"),
    "ortop_hbg": ("Ortopedkliniken, Helsingborgs lasarett", "SE2321000255-8OR3"),
    "ortop_hlm": ("Ortopedkliniken, Hässleholms sjukhus", "SE2321000255-6OH4"),
    "brost_malmo": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2BR5"),
    "kard_lund": ("Kardiologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4KA9"),
    "reuma_lund": ("Reumatologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4RE1"),
    "smarta_lund": ("Smärtmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4SM4"),
    "onh_lund": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4ON7"),
    # Region Skåne, PMO (primary care)
    "vc_sorgenfri": ("Vårdcentralen Sorgenfri, Malmö", "SE2321000255-1VS3"),
    "vc_hoor": ("Vårdcentralen Höör", "SE2321000255-1VH8"),
    "vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-1VE5"),
    "bvc_bunkeflo": ("BVC Bunkeflostrand", "SE2321000255-1BB2"),
    "um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-1UL6"),
    # Västra Götalandsregionen, Melior
    "lung_sahl": ("Lungmedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4LM"),
    "lung_kungalv": ("Lungmottagningen, Kungälvs sjukhus", "SE2321000131-K2LU"),
    "uro_sahl": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E7UR"),
    "onk_sahl": ("Jubileumskliniken, onkologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1JK"),
    "onk_sas": ("Onkologimottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-S5ON"),
    "kir_sahl": ("Kirurgmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E3KI"),
    "kir_nal": ("Kirurgkliniken, NU-sjukvården NÄL Trollhättan", "SE2321000131-N8KK"),
    "kir_ostra": ("Kolorektalkirurgiska mottagningen, Östra sjukhuset", "SE2321000131-O2KR"),
    "neuro_sahl": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E9NE"),
    "gen_sahl": ("Klinisk genetik, Sahlgrenska Universitetssjukhuset", "SE2321000131-E6KG"),
    "hem_sahl": ("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", "SE2321000131-E2HE"),
    "med_skas": ("Medicinkliniken, Skaraborgs sjukhus Skövde", "SE2321000131-S1ME"),
    "med_sas": ("Medicinkliniken, Södra Älvsborgs sjukhus Borås", "SE2321000131-S5ME"),
    "med_kungalv": ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-K2ME"),
    "gyn_sas": ("Kvinnokliniken, Södra Älvsborgs sjukhus Borås", "SE2321000131-S5KV"),
    "barn_dsbus": ("Drottning Silvias barn- och ungdomssjukhus, barnmedicin", "SE2321000131-D1BM"),
    "endo_sahl": ("Endokrinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E5EN"),
    "inf_ostra": ("Infektionsmottagningen, Östra sjukhuset", "SE2321000131-O4IN"),
    "endo_skas": ("Endoskopienheten, Skaraborgs sjukhus Skövde", "SE2321000131-S1EK"),
    "diab_nal": ("Diabetesmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-N8DI"),
    "brost_skas": ("Bröstmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-S1BR"),
    "reuma_sahl": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E8RE"),
    "gastro_ostra": ("Medicinsk gastroenterologi, Östra sjukhuset", "SE2321000131-O6GA"),
}

PMO_UNITS = {"vc_sorgenfri", "vc_hoor", "vc_eslov", "bvc_bunkeflo", "um_lund"}

CASES = []


def _ts(day, hm):
    return f"{day}T{hm}:00"


def case(name, rs, pid, bd, unit, author, tmpl, time, signed, sections,
         must=(), must_not=(), why="", setting="öppenvård"):
    """Add one case. time = 'YYYY-MM-DD HH:MM'; signed = 'HH:MM' (same day) or None."""
    day, hm = time.split()
    y, m, _ = (int(x) for x in day.split("-"))
    last = calendar.monthrange(y, m)[1]
    system = "PMO" if unit in PMO_UNITS else "Melior"
    uname, hsa = U[unit]
    aname, role = author
    note = {
        "id": "n1",
        "system": system,
        "template": tmpl,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": aname, "role": role},
        "time": _ts(day, hm),
        "signed": None if signed is None else _ts(day, signed),
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }
    CASES.append({
        "case": name,
        "ruleset": rs,
        "record": {
            "patient": {"id": pid, "birth_date": bd, "protected_identity": False},
            "as_of": f"{y:04d}-{m:02d}-{last:02d}T23:59:00",
            "notes": [note],
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [[c, "n1"] for c in must],
        "must_not": [[c, "n1"] for c in must_not],
        "why": why,
    })


SV = "slutenvård"

# ==========================================================================
# NL101 must: a diagnosis stands in a visible Melior note and the text says
# the patient (or the guardians of a child under 13) has not been told.
# ==========================================================================

case("onk-brostcancer-informerad-om-tumoren-ej-om-levermetastaser", "skane",
     "19610417-3288", "1961-04-17", "onk_lund", ("Ingrid Malmsten", "läkare"),
     "Läkaranteckning", "2024-03-05 13:40", "15:10", [
         ("Aktuellt", "Nybesök efter remiss från bröstmottagningen. Patienten opererades i februari för en knöl i vänster bröst och kommer för att diskutera fortsatt behandling. Hon har mått bra efter operationen och såret är läkt."),
         ("Provsvar", "PAD från operationen: invasiv duktal bröstcancer, 24 mm, ER-positiv, HER2-negativ, två av tre sentinel nodes med metastas. DT thorax-buk från 29/2: multipla levermetastaser, största 18 mm i segment 7."),
         ("Bedömning", "Metastaserad bröstcancer med spridning till levern. Patienten informerad i dag om PAD-svaret och om att cancern spridit sig till lymfkörtlarna i armhålan. Levermetastaserna har hon ännu inte fått veta om, eftersom maken inte kunde närvara och hon bad att få ta resten av beskedet tillsammans med honom."),
         ("Planering", "Nytt samtal med patient och make på fredag, då besked om leverfynden ges. Därefter start av endokrin behandling i kombination med CDK4/6-hämmare. Kontaktsjuksköterska ringer i morgon."),
     ], must=["NL101"],
     why="partial disclosure: told of the breast cancer and axillary spread but not of the liver metastases written in the note")

case("lunga-adenokarcinom-pat-ej-info-telegrafisk", "vgr",
     "19490902-5175", "1949-09-02", "lung_sahl", ("Per Wahlgren", "läkare"),
     "Läkaranteckning", "2024-02-13 16:05", "16:30", [
         ("Kontaktorsak", "Provsvarsgenomgång, ingen patientkontakt."),
         ("Provsvar", "Bronkoskopi 7/2, px hö ovanlob: adenokarcinom, TTF-1 pos. EGFR/ALK-analys pågår."),
         ("Bedömning", "Icke-småcellig lungcancer, adenokarcinom hö ovanlob. Pat ej info. Tid på mottagningen fre 16/2 kl 10 med kontaktssk, besked då."),
         ("Planering", "PET-DT beställd. Anmäls till lung-MDK v. 8."),
     ], must=["NL101"],
     why="telegraphic 'Pat ej info' next to a confirmed lung cancer in Bedömning")

case("hem-aml-anhoriga-informerade-ej-patienten", "skane",
     "19561123-4310", "1956-11-23", "hem_lund", ("Johan Ekberg", "läkare"),
     "Inskrivningsanteckning", "2024-01-18 11:30", "13:05", [
         ("Anamnes", "Inkommer via akuten med två veckors trötthet, blåmärken och feber. Tidigare frisk, inga mediciner."),
         ("Status", "Blek, petekier på underbenen. Cor och pulm ua. Ingen palpabel lymfadenopati, mjälten ej palpabel."),
         ("Provsvar", "Hb 71, TPK 18, LPK 46 med 80 % blaster i perifert blod. Flödescytometri bekräftar myeloisk linje."),
         ("Bedömning", "Akut myeloisk leukemi. Hustru och dotter har informerats om diagnosen i korridoren på deras begäran. Patienten själv har ännu inte fått besked; han är febril och påverkad och samtalet skjuts till i morgon förmiddag."),
         ("Planering", "Benmärgsprov i morgon. CVK-inläggning. Blododling och start av bredspektrumantibiotika."),
     ], must=["NL101"], setting=SV,
     why="relatives told, the adult patient not: diagnosis uncommunicated to the reader of the journal")

case("uro-prostatacancer-far-besked-pa-torsdag", "vgr",
     "19520630-2738", "1952-06-30", "uro_sahl", ("Lars-Göran Ahl", "läkare"),
     "Läkaranteckning", "2024-04-09 14:20", "14:55", [
         ("Provsvar", "Biopsisvar: acinärt adenokarcinom i 6 av 12 biopsier, Gleason 4+4=8. PSA 34."),
         ("Bedömning", "Högrisk prostatacancer. Patienten får besked på torsdag vid inbokat läkarbesök tillsammans med sin sambo; han har ännu inte informerats."),
         ("Planering", "Skelettscint och DT buk beställda före torsdagens besök. Kontaktsjuksköterska förbereder skriftlig information om behandlingsalternativ."),
     ], must=["NL101"],
     why="'får besked på torsdag': diagnosis to be given at a booked visit, not yet told")

case("uro-njurcellscancer-lamnas-vid-aterbesok", "skane",
     "19680214-2460", "1968-02-14", "uro_malmo", ("Fredrik Sjöholm", "läkare"),
     "Läkaranteckning", "2024-05-21 10:10", "11:00", [
         ("Aktuellt", "Kontroll efter DT urografi som gjordes på grund av makroskopisk hematuri i april."),
         ("Röntgen", "DT visar en 5 cm solid tumör i vänster njures nedre pol, radiologiskt typisk för njurcellscancer, ingen spridning."),
         ("Bedömning", "Njurcellscancer vänster njure, T1b N0 M0. Diagnosen lämnas vid återbesök 28/5 då patienten ändå ska komma för kontroll; hon har inte informerats per telefon eftersom hon önskat besked på plats."),
         ("Planering", "Anmäls till uro-MDK. Preliminärt partiell nefrektomi."),
     ], must=["NL101"],
     why="'lämnas vid återbesök': diagnosis deferred to a later visit")

case("kir-pankreascancer-besked-efter-mdk-utkast", "vgr",
     "19590808-3552", "1959-08-08", "kir_sahl", ("Annika Rydén", "läkare"),
     "Läkaranteckning", "2024-06-11 15:30", None, [
         ("Aktuellt", "Återbesök efter utredning för ikterus. ERCP med stent 3/6, mår nu bättre och klådan har minskat."),
         ("Provsvar", "Borstcytologi från gallgången: adenokarcinom. DT pankreas: 3 cm tumör i caput med kontakt med vena mesenterica superior."),
         ("Bedömning", "Pankreascancer i caput, borderline resektabel. Besked till patienten lämnas först efter MDK på tisdag, så att vi samtidigt kan ge ett behandlingsbesked. Pat tror fortfarande att gulsoten berodde på gallsten."),
         ("Planering", "MDK 18/6. Tid för samtal med patient och hustru 19/6."),
     ], must=["NL101"],
     why="unsigned draft: waiting for the MDK before the patient is told the pancreatic cancer")

case("neuro-als-ej-fatt-beskedet-vill-ha-hustrun-med", "skane",
     "19630327-1974", "1963-03-27", "neuro_hbg", ("Sara Lindell", "läkare"),
     "Läkaranteckning", "2024-02-27 09:45", "12:30", [
         ("Anamnes", "Följs sedan hösten för tilltagande svaghet i höger hand och fascikulationer i båda armarna. Senaste halvåret även talsvårigheter."),
         ("Status", "Atrofi av första interosseus hö, livliga reflexer i alla extremiteter, positiv Babinski hö. Tungfascikulationer."),
         ("Provsvar", "ENeG: utbredd akut och kronisk denervation i tre regioner. MR hals- och bröstrygg utan kompression."),
         ("Bedömning", "Amyotrofisk lateralskleros, kriterierna uppfyllda. Patienten har ännu inte fått beskedet. Han vill att hustrun ska vara med och hon är bortrest till söndag."),
         ("Planering", "Inbokad 5/3 kl 13 för diagnosbesked, avsätter en timme. ALS-teamet förvarnat."),
     ], must=["NL101"],
     why="'har ännu inte fått beskedet' with ALS stated in Bedömning")

case("kir-koloncancer-pat-ej-nadd-per-telefon", "vgr",
     "19471205-4289", "1947-12-05", "kir_nal", ("Mikael Forsberg", "läkare"),
     "Telefonanteckning", "2024-03-19 11:25", "11:40", [
         ("Kontaktorsak", "Försök att lämna PAD-svar efter koloskopi 11/3."),
         ("Provsvar", "PAD från tumör i sigmoideum: adenokarcinom, måttligt differentierat."),
         ("Åtgärd", "Har sökt patienten på mobilen kl 09.10 och kl 11.15 utan svar. Hemtelefon saknas. Meddelande lämnat om att hon ska ringa mottagningen. Besked om koloncancern ej lämnat."),
         ("Planering", "Kontaktsjuksköterskan försöker igen i eftermiddag. DT thorax-buk är beställd."),
     ], must=["NL101"],
     why="patient could not be reached by phone; colon cancer in the note, no disclosure")

case("gyn-ovarialcancer-har-inte-hunnit-informera", "skane",
     "19550719-3026", "1955-07-19", "gyn_lund", ("Helena Bååth", "läkare"),
     "Daganteckning", "2024-04-03 17:20", "17:45", [
         ("Aktuellt", "Dag 2 efter explorativ laparotomi med tumörreduktion. Stabil cirkulation, smärtlindrad via EDA. Mobiliserad till stol."),
         ("Provsvar", "Fryssnitt under operationen och preliminärt PAD: höggradig serös ovarialcancer, karcinos i lilla bäckenet."),
         ("Bedömning", "Höggradig serös ovarialcancer stadium IIIC. Har inte hunnit informera patienten om PAD i dag på grund av akutoperation; hon vet bara att en tumör togs bort. Samtalet tas på ronden i morgon."),
         ("Planering", "Fortsatt EDA ett dygn. Tromboprofylax. Gynonkologisk konferens nästa vecka."),
     ], must=["NL101"], setting=SV,
     why="'har inte hunnit informera' about the ovarian cancer")

case("neuro-ms-faststalld-ej-informerad-annu", "vgr",
     "19911008-2626", "1991-10-08", "neuro_sahl", ("Elin Hedqvist", "läkare"),
     "Läkaranteckning", "2024-09-10 13:15", "14:00", [
         ("Provsvar", "MR hjärna och halsrygg 3/9: fler än nio T2-lesioner periventrikulärt, juxtakortikalt och i halsryggmärgen, varav två laddar kontrast. Likvor med oligoklonala band."),
         ("Bedömning", "Skovvis förlöpande multipel skleros enligt McDonald-kriterierna. Patienten ej informerad ännu; hon har nybesök hos MS-sjuksköterska och läkare 17/9 där diagnosen ska meddelas."),
         ("Planering", "JCV-serologi och hepatitserologi tas inför behandlingsstart."),
     ], must=["NL101"],
     why="'ej informerad ännu' with a settled MS diagnosis")

case("hud-melanom-ej-underattad-typo", "skane",
     "19770129-3511", "1977-01-29", "derm_lund", ("Nils Arvidsson", "läkare"),
     "Läkaranteckning", "2024-08-14 10:45", "11:05", [
         ("Provsvar", "PAD efter excision av pigmenterad förändring på ryggen: ytligt spridande malignt melanom, Breslow 1,4 mm, ingen ulceration, radikalt exciderat."),
         ("Bedömning", "Malignt melanom pT2a. Pat ej underättad om PAD-svaret, har semester till 26/8 enligt egen uppgift vid excisionen."),
         ("Planering", "Kallas till hudmottagningen 27/8 för besked och planering av utvidgad excision samt sentinel node-biopsi."),
     ], must=["NL101"],
     why="typo 'underättad' (underrättad) in 'ej underättad' about a melanoma")

case("hem-myelom-ej-inforstadd-tolk-bokas", "vgr",
     "19500512-4390", "1950-05-12", "hem_sahl", ("Kristoffer Lund", "läkare"),
     "Läkaranteckning", "2024-10-02 14:30", "15:40", [
         ("Aktuellt", "Remitterad från vårdcentral för anemi och förhöjt totalprotein. Talar persiska, begränsad svenska. Sonen var med och tolkade vid dagens besök."),
         ("Provsvar", "M-komponent IgG kappa 42 g/l. Benmärg: 30 % klonala plasmaceller. Helkropps-DT: multipla osteolyser i bäcken och kotpelare."),
         ("Bedömning", "Multipelt myelom. Patienten är inte införstådd med diagnosen; vi har medvetet inte lämnat beskedet via sonen. Ny tid med auktoriserad tolk bokas inom en vecka."),
         ("Planering", "Start av bisfosfonat efter tandstatus. Behandlingsplan diskuteras på hematologikonferens."),
     ], must=["NL101"],
     why="'inte införstådd med diagnosen': disclosure awaits an interpreter")

case("lunga-mesoteliom-patienten-avboejer-att-fa-veta", "skane",
     "19440206-1552", "1944-02-06", "lung_lund", ("Gunilla Thorsén", "läkare"),
     "Läkaranteckning", "2024-11-12 11:00", "12:10", [
         ("Anamnes", "Tidigare varvsarbetare i Malmö med asbestexponering under många år. Utreds för pleuravätska höger."),
         ("Provsvar", "Pleurabiopsi via torakoskopi: malignt pleuramesoteliom, epiteloid typ."),
         ("Samtal", "Patienten säger tydligt att han inte vill veta vad proverna visat och att han litar på att vi gör det som behövs. Diagnosen har därför inte meddelats honom. Dottern, som är närvarande, respekterar detta."),
         ("Bedömning", "Malignt pleuramesoteliom. Palliativ inriktning, pleurakateter för vätskan."),
     ], must=["NL101"],
     why="patient declined to be told; the mesothelioma still stands in visible text")

case("barn-all-vardnadshavare-ej-informerade-annu-utkast", "skane",
     "20160322-0649", "2016-03-22", "barn_lund", ("Amira Haddad", "läkare"),
     "Inskrivningsanteckning", "2024-05-07 22:40", None, [
         ("Anamnes", "Åttaårig flicka som remitteras från barnakuten i Helsingborg med feber i tio dagar, blekhet och bensmärta. Tidigare frisk."),
         ("Status", "Blek, trött, petekier på bålen. Palpabel lever 3 cm under arcus. Förstorade lymfkörtlar på halsen bilateralt."),
         ("Provsvar", "Hb 68, TPK 22, LPK 38 med lymfoblaster i utstryk. Flödescytometri: B-prekursor."),
         ("Bedömning", "Akut lymfatisk leukemi. Föräldrarna är ännu inte informerade om diagnosen, de vet att blodproverna är avvikande. Samtal med båda vårdnadshavarna bokat kl 08.30 i morgon med ansvarig barnonkolog och kurator."),
         ("Planering", "Benmärgsprov och lumbalpunktion i narkos i morgon."),
     ], must=["NL101"], setting=SV,
     why="child under 13: the guardians, who read the journal, have not been told the leukaemia (unsigned draft)")

case("barn-wilms-vardnadshavare-ej-delgivna-pad", "vgr",
     "20200314-0171", "2020-03-14", "barn_dsbus", ("Jesper Almqvist", "läkare"),
     "Läkaranteckning", "2024-07-04 16:50", "17:30", [
         ("Aktuellt", "Fyraårig pojke opererad 27/6 med nefrektomi vänster på grund av njurtumör. Postoperativt okomplicerat."),
         ("Provsvar", "PAD: nefroblastom (Wilms tumör), intermediär risk, radikalt opererad."),
         ("Bedömning", "Wilms tumör vänster njure. Vårdnadshavarna är inte delgivna PAD-svaret ännu. Mamma ringde i dag men önskade vänta tills pappan kommer hem från en arbetsresa."),
         ("Planering", "Samtal med båda föräldrarna 8/7. Postoperativ cytostatika enligt protokoll diskuteras på barnonkologisk rond."),
     ], must=["NL101"],
     why="child under 13: 'vårdnadshavarna är inte delgivna' the Wilms tumour")

case("kir-ventrikelcancer-tillagg-pat-ej-nadd", "skane",
     "19661201-2796", "1966-12-01", "kir_malmo", ("Olof Brandt", "läkare"),
     "Läkaranteckning", "2024-02-20 10:15", "17:05", [
         ("Provsvar", "PAD från gastroskopi 12/2: adenokarcinom i ventrikelns corpus, diffus typ."),
         ("Bedömning", "Ventrikelcancer. Ringer patienten med besked i eftermiddag."),
         ("Tillägg", "Kl 14.40 och 16.20 sökt patienten på mobil utan svar. Besked om cancern är alltså inte lämnat. Nytt försök i morgon förmiddag, annars kallas han med brev."),
     ], must=["NL101"],
     why="Tillägg the same day says the patient was not reached: still uncommunicated")

case("med-levercirros-informerad-endast-om-levervarden", "vgr",
     "19700409-3311", "1970-04-09", "med_skas", ("Tobias Engström", "läkare"),
     "Läkaranteckning", "2024-03-26 13:00", "13:50", [
         ("Aktuellt", "Uppföljning efter remiss för förhöjda levervärden. Alkoholkonsumtion uppgiven till 4–5 öl per dag i många år."),
         ("Provsvar", "Ultraljud lever: nodulär leverkontur, splenomegali 15 cm. Fibroscan 28 kPa. Albumin 31, PK 1,4."),
         ("Bedömning", "Levercirros, Child-Pugh B, etylorsakad. Patienten har i dag bara informerats om att levervärdena är förhöjda och att alkoholen belastar levern. Ordet cirros har inte använts och diagnosen är inte meddelad; han var ångestfylld och jag vill ta det i lugn och ro vid nästa besök."),
         ("Planering", "Återbesök om två veckor, gastroskopi för varicescreening."),
     ], must=["NL101"],
     why="told only about raised liver values, not the cirrhosis written in Bedömning")

case("kir-gallblasecancer-besekd-ej-givet-typo", "skane",
     "19580930-4842", "1958-09-30", "kir_ksd", ("Malin Ottosson", "läkare"),
     "Daganteckning", "2024-06-25 15:15", "15:40", [
         ("Aktuellt", "Dag 3 efter laparoskopisk kolecystektomi. Mår bra, äter, smärtfri på paracetamol."),
         ("PAD", "Oväntat fynd i gallblåsan: adenokarcinom pT2, resektionsrand fri."),
         ("Bedömning", "Gallblåsecancer, incidentellt fynd. Besekd ej givet. Pat skrivs ut i dag och kallas till kirurgmottagningen 2/7 där PAD gås igenom."),
         ("Planering", "Anmäls till övre GI-MDK. Utskrivning till hemmet."),
     ], must=["NL101"], setting=SV,
     why="typo 'Besekd ej givet' (besked) after an incidental gallbladder cancer")

case("gyn-cervixcancer-vill-ej-ha-brev-ej-informerad", "vgr",
     "19840111-2084", "1984-01-11", "gyn_sas", ("Camilla Nordin", "läkare"),
     "Läkaranteckning", "2024-04-16 09:30", "10:20", [
         ("Provsvar", "Konbiopsi: skivepitelcancer i cervix, invasionsdjup 6 mm."),
         ("Bedömning", "Cervixcancer minst stadium IB1. Patienten ej informerad ännu. Hon har bett att inte få besked per brev, så inget brev skickas; vi ringer och bokar ett besök."),
         ("Planering", "MR lilla bäckenet. Remiss till gynonkologen Sahlgrenska."),
     ], must=["NL101"],
     why="no letter, no call yet: cervical cancer not yet told")

case("nkir-glioblastom-hustrun-informerad-inte-patienten", "skane",
     "19570603-3916", "1957-06-03", "nkir_lund", ("Viktor Hallberg", "läkare"),
     "Daganteckning", "2024-10-21 14:10", "15:30", [
         ("Aktuellt", "Dag 4 efter resektion av tumör i vänster temporallob. Lätta ordfinnandessvårigheter som förbättras dag för dag."),
         ("PAD", "Glioblastom, IDH-vildtyp, MGMT-promotor metylerad."),
         ("Bedömning", "Glioblastom vänster temporallob. Hustrun har på eget initiativ ringt och fått besked av ansvarig neurokirurg. Patienten själv känner inte till diagnosen ännu; samtal planeras när han är mindre trött, senast på torsdag."),
         ("Planering", "Remiss till onkologen för strålbehandling med temozolomid."),
     ], must=["NL101"], setting=SV,
     why="'känner inte till diagnosen': spouse told, the patient not")

case("onk-skelettrecidiv-pat-vet-annu-inte-om", "vgr",
     "19620825-4265", "1962-08-25", "onk_sahl", ("Marie Kjellberg", "läkare"),
     "Läkaranteckning", "2024-09-24 11:40", "12:30", [
         ("Anamnes", "Opererad för bröstcancer 2019, adjuvant cytostatika och strålning, därefter tamoxifen. Remitterad nu för ländryggsmärta sedan två månader."),
         ("Röntgen", "Skelettscintigrafi och MR: metastaser i L2, L4 och vänster bäckenhalva, ingen kompression av ryggmärgen."),
         ("Bedömning", "Recidiv av bröstcancer med skelettmetastaser. Patienten vet ännu inte om recidivet; hon tror att smärtan är muskulär. Hon är kallad till samtal i morgon kl 09."),
         ("Planering", "Biopsi från bäckenet för receptorstatus. Smärtlindring förstärkt med oxikodon."),
     ], must=["NL101"],
     why="'vet ännu inte om recidivet': a new relapse not yet told")

case("uro-blascancer-pat-ej-info-om-pad-utkast", "skane",
     "19480313-1152", "1948-03-13", "uro_malmo", ("Anders Welander", "läkare"),
     "Läkaranteckning", "2024-01-30 16:00", None, [
         ("Provsvar", "TURB 22/1: höggradig urotelial cancer, muskelinvasiv (pT2)."),
         ("Bedömning", "Muskelinvasiv blåscancer. Pat ej info om PAD. Besked ej givet, tel-tid bokad 2/2."),
         ("Planering", "DT thorax-buk. Anmäls till MDK för ställningstagande till cystektomi efter neoadjuvant behandling."),
     ], must=["NL101"],
     why="telegraphic 'ej info' and 'besked ej givet' in an unsigned draft")

case("lunga-kol-kand-tumoren-ej-meddelad", "vgr",
     "19531019-4534", "1953-10-19", "lung_kungalv", ("Rasmus Öberg", "läkare"),
     "Läkaranteckning", "2024-05-14 10:30", "11:15", [
         ("Aktuellt", "Känd KOL stadium 3 som följs här sedan 2018. Kommer på ordinarie kontroll och rapporterar mer hosta och viktnedgång 5 kg."),
         ("Röntgen", "DT thorax från förra veckan: 4 cm spikulerad tumör i vänster underlob med förstorade mediastinala körtlar. Bronkoskopi med EBUS 8/5: skivepitelcancer."),
         ("Bedömning", "Skivepitelcancer vänster underlob, stadieindelning pågår. Patienten känner väl till sin KOL men har inte informerats om tumören. Han kom ensam i dag och vill ha med sin fru till beskedet."),
         ("Planering", "Ny tid 17/5 tillsammans med hustrun. PET-DT och spirometri med diffusionskapacitet inför MDK."),
     ], must=["NL101"],
     why="knows the old COPD but not the new lung cancer: the known diagnosis must not hide the untold one")

case("hem-kll-meddelas-vid-nybesok", "skane",
     "19501216-2243", "1950-12-16", "hem_lund", ("Cecilia Strand", "läkare"),
     "Läkaranteckning", "2024-04-22 13:25", "13:40", [
         ("Kontaktorsak", "Remiss från Vårdcentralen Sjöbo för lymfocytos."),
         ("Provsvar", "Flödescytometri perifert blod: monoklonala B-celler, CD5+ CD23+, 18 x 10^9/l. Hb och TPK normala."),
         ("Bedömning", "Kronisk lymfatisk leukemi, Binet A. Diagnosen meddelas vid nybesök på hematologimottagningen 2/5; patienten ej informerad i dag och remittenten har fått brev om att vi tar över beskedet."),
         ("Planering", "Nybesök 2/5. Ingen behandlingsindikation i nuläget."),
     ], must=["NL101"],
     why="diagnosis to be told at the first visit; a letter to the referring doctor is not telling the patient")

case("kir-rektalcancer-inormeras-efter-mdk-typo", "vgr",
     "19650505-1976", "1965-05-05", "kir_ostra", ("Hanna Grahn", "läkare"),
     "Läkaranteckning", "2024-11-05 15:00", "15:45", [
         ("Provsvar", "Rektoskopi med biopsi: adenokarcinom 8 cm ovan analöppningen. MR bäcken: cT3 N1, hotad MRF."),
         ("Bedömning", "Lokalt avancerad rektalcancer. Inväntar MDK 12/11 innan patienten inormeras, så att diagnos och behandlingsförslag kan ges vid samma samtal. Han vet att prover tagits och har inte frågat efter svar."),
         ("Planering", "Anmäld till MDK. Kontaktsjuksköterska Lena bokar tid direkt efter konferensen."),
     ], must=["NL101"],
     why="typo 'inormeras' (informeras): waiting for the MDK before telling the rectal cancer")

case("onk-levermetastasprogress-ej-infomerad-typo-utkast", "skane",
     "19600707-3130", "1960-07-07", "onk_lund", ("Petra Gyllensten", "läkare"),
     "Läkaranteckning", "2024-12-03 16:15", None, [
         ("Anamnes", "Koloncancer med levermetastaser, behandlas med FOLFOX och bevacizumab sedan maj, nu efter 12 cykler."),
         ("Röntgen", "DT-utvärdering 29/11: tydlig progress av levermetastaserna, flera nya lesioner och nytillkommen peritoneal karcinos."),
         ("Bedömning", "Progress av levermetastaserna och peritoneal karcinos på första linjens behandling. Pat ännu ej infomerad om progressen; svaret kom efter dagens besök."),
         ("Planering", "Ringer pat i morgon och bokar besök för att diskutera andra linjen. Nästa kur ställs in."),
     ], must=["NL101"],
     why="typo 'infomerad' (informerad): new peritoneal carcinosis not yet told; unsigned draft")

case("genetik-huntington-provsvar-ej-lamnat", "vgr",
     "19880202-2486", "1988-02-02", "gen_sahl", ("Sofia Blom", "läkare"),
     "Läkaranteckning", "2024-08-20 10:00", "10:30", [
         ("Aktuellt", "Presymtomatisk testning för Huntingtons sjukdom, mamma insjuknade vid 45 års ålder. Genomgått två förberedande samtal enligt protokoll."),
         ("Provsvar", "HTT-genen: 43 CAG-repetitioner på ena allelen, fullt penetrant anlag för Huntingtons sjukdom."),
         ("Bedömning", "Anlagsbärare för Huntingtons sjukdom. Provsvaret har inte lämnats till patienten; enligt protokollet ges det personligt vid det bokade svarsbesöket 27/8 med stödperson närvarande."),
     ], must=["NL101"],
     why="genetic diagnosis in visible text while 'provsvaret har inte lämnats'")

case("minne-alzheimer-sonen-informerad-pat-ej-delgiven", "skane",
     "19410430-1629", "1941-04-30", "minne_malmo", ("Bertil Lönn", "läkare"),
     "Läkaranteckning", "2024-03-12 14:45", "15:20", [
         ("Anamnes", "Utreds för minnesstörning sedan ett år, sonen beskriver att hon tappar bort sig i kända miljöer och har slutat betala räkningar."),
         ("Provsvar", "MMSE 21/30. DT hjärna: generell atrofi med betoning på mediala temporalloberna. Likvor: sänkt beta-amyloid, förhöjt tau."),
         ("Bedömning", "Alzheimers sjukdom, lindrig demens. Diagnosen har diskuterats med sonen, som har fullmakt. Patienten själv är inte delgiven diagnosen ännu; sonen vill vara med när vi berättar och det sker vid besöket 26/3."),
         ("Planering", "Start av donepezil efter EKG. Biståndshandläggare kontaktas."),
     ], must=["NL101"],
     why="'inte delgiven diagnosen': son with power of attorney told, the patient not")

case("med-mds-for-trott-besked-i-morgon", "vgr",
     "19451111-3427", "1945-11-11", "med_sas", ("Jonas Wikström", "läkare"),
     "Daganteckning", "2024-02-07 15:55", "16:30", [
         ("Aktuellt", "Vårdas för pneumoni och transfusionskrävande anemi. Feberfri sedan i går på piperacillin-tazobaktam."),
         ("Provsvar", "Benmärgsundersökning: myelodysplastiskt syndrom med ringsideroblaster, 3 % blaster."),
         ("Bedömning", "Myelodysplastiskt syndrom. Patienten var för trött för ett längre samtal i dag och har därför inte fått besked om benmärgssvaret. Besked lämnas i morgon förmiddag av undertecknad."),
     ], must=["NL101"], setting=SV,
     why="too tired for the conversation: MDS told tomorrow, not today")

case("gastro-crohn-ej-meddelad-ringer-efter-helgen", "skane",
     "19990618-0758", "1999-06-18", "gastro_lund", ("Emma Kronqvist", "läkare"),
     "Läkaranteckning", "2024-09-13 15:40", "16:00", [
         ("Aktuellt", "25-årig man med diarréer och buksmärtor i fyra månader, viktnedgång 6 kg. Koloskopi gjordes 4/9."),
         ("Provsvar", "PAD från terminala ileum och högerkolon: kronisk aktiv inflammation med epiteloidcellsgranulom. Kalprotektin 1200."),
         ("Bedömning", "Crohns sjukdom i ileum och högerkolon. Ej meddelad patienten ännu, han har inte svarat i telefon i dag. Ringer efter helgen."),
         ("Planering", "Kortisonbehandling och remiss till IBD-sjuksköterska efter besked. MR tunntarm beställd."),
     ], must=["NL101"],
     why="a non-cancer diagnosis (Crohn) 'ej meddelad' is just as uncommunicated")

case("endokrin-prolaktinom-har-inte-fatt-beskedet-utkast", "vgr",
     "19790303-4069", "1979-03-03", "endo_sahl", ("Karl Berglöf", "läkare"),
     "Läkaranteckning", "2024-06-04 11:10", None, [
         ("Anamnes", "Utreds för oregelbundna menstruationer, galaktorré och huvudvärk."),
         ("Provsvar", "Prolaktin 3400 mU/l. MR hypofys 30/5: makroadenom 14 mm som når synnervskorsningen."),
         ("Bedömning", "Prolaktinom, makroadenom. Patienten har inte fått beskedet om MR-fyndet än; hon kommer till mottagningen 6/6 för genomgång och synfältsundersökning."),
         ("Planering", "Start av kabergolin efter besöket. Remiss till ögonkliniken för perimetri."),
     ], must=["NL101"],
     why="'har inte fått beskedet' about a pituitary tumour; unsigned draft")

case("inf-hiv-ej-nadd-kallas-med-brev", "skane",
     "19861010-3155", "1986-10-10", "inf_malmo", ("Leila Karimi", "läkare"),
     "Telefonanteckning", "2024-07-16 13:30", "13:45", [
         ("Kontaktorsak", "Konfirmerat provsvar från laboratoriet."),
         ("Provsvar", "HIV-1 antikropp/antigen positiv, bekräftad med immunoblot. HIV-RNA 85 000 kopior/ml, CD4 410."),
         ("Bedömning", "Nyupptäckt HIV-1-infektion, asymtomatisk."),
         ("Åtgärd", "Patienten har inte kunnat nås för besked på det nummer som finns registrerat; provsvaret lämnas inte på telefonsvarare. Kallelse till infektionsmottagningen skickas med brev, smittspårare kontaktad."),
     ], must=["NL101"],
     why="not reached; the letter is only a summons, not the result")

case("inf-hepatit-c-ej-informerd-typo", "vgr",
     "19750728-2882", "1975-07-28", "inf_ostra", ("Ulrika Sandell", "läkare"),
     "Läkaranteckning", "2024-10-15 09:20", "09:50", [
         ("Kontaktorsak", "Provsvar efter screening på beroendemottagning."),
         ("Provsvar", "Anti-HCV positiv, HCV-RNA 2,1 miljoner IU/ml, genotyp 3a. ALAT 1,8."),
         ("Bedömning", "Kronisk hepatit C, genotyp 3a. Pat ej informerd om provsvaret; beroendemottagningen har lovat att hon får följa med sin kontaktperson till oss 22/10."),
         ("Planering", "Fibroscan vid besöket. Behandling med sofosbuvir/velpatasvir planeras."),
     ], must=["NL101"],
     why="typo 'informerd' in 'ej informerd' about chronic hepatitis C")

case("ortop-patologisk-fraktur-metastas-ej-meddelad", "skane",
     "19510121-2370", "1951-01-21", "ortop_hbg", ("Daniel Rosengren", "läkare"),
     "Daganteckning", "2024-08-29 13:00", "14:20", [
         ("Aktuellt", "Opererad med märgspik i höger femur efter fraktur vid lågenergitrauma i hemmet. Dag 3 postoperativt."),
         ("PAD", "Borrmaterial från frakturområdet: metastas av adenokarcinom, PSA-positiv i immunfärgning."),
         ("Bedömning", "Patologisk fraktur orsakad av skelettmetastas från prostatacancer. Patienten känner till frakturen och operationen men är inte informerad om att den orsakats av en metastas. Urolog kontaktad och kommer i morgon för att ta samtalet tillsammans med oss."),
     ], must=["NL101"], setting=SV,
     why="partial: told of the fracture, not of the metastatic prostate cancer behind it")

case("barn-cf-vardnadshavare-ej-fatt-bsked-typo", "vgr",
     "20181112-0268", "2018-11-12", "barn_dsbus", ("Lovisa Fransson", "läkare"),
     "Läkaranteckning", "2024-02-28 14:00", "14:35", [
         ("Anamnes", "Femårig flicka med återkommande lunginflammationer, dålig viktuppgång och feta avföringar. Neonatal screening gjordes inte då familjen flyttat hit från utlandet."),
         ("Provsvar", "Svettest: klorid 98 mmol/l vid två tillfällen. Genetisk analys: homozygot F508del."),
         ("Bedömning", "Cystisk fibros. Vårdnadshavarna har ännu inte fått bsked; de vet att provsvaren är klara och kommer på fredag till samtal med CF-teamet, där tolk på dari är bokad."),
     ], must=["NL101"],
     why="child under 13, typo 'bsked' (besked): guardians not yet told the cystic fibrosis")

case("lunga-tolk-uteblev-besked-kunde-ej-ges", "skane",
     "19580525-2938", "1958-05-25", "lung_lund", ("Mattias Holmgren", "läkare"),
     "Läkaranteckning", "2024-03-07 10:50", "11:30", [
         ("Aktuellt", "Bokat för besked efter bronkoskopi. Patienten talar arabiska och har svårt att förstå svenska."),
         ("Provsvar", "Px från vänster huvudbronk: småcellig lungcancer."),
         ("Bedömning", "Småcellig lungcancer, begränsad sjukdom enligt DT. Tolken uteblev och telefontolk gick inte att få tag på inom rimlig tid. Besked om lungcancern kunde därför inte ges i dag, vilket förklarades för patienten med hjälp av hans granne så långt det gick."),
         ("Planering", "Ny tid i morgon kl 13 med kontakttolk på plats. Cytostatikastart planeras nästa vecka."),
     ], must=["NL101"],
     why="interpreter did not come, so the diagnosis could not be given")

case("kir-esofaguscancer-lamnas-nar-pet-svar-finns", "vgr",
     "19550217-0599", "1955-02-17", "kir_sahl", ("Axel Nygren", "läkare"),
     "Läkaranteckning", "2024-05-28 13:35", "14:10", [
         ("Provsvar", "Gastroskopi 21/5 med px från distala esofagus: adenokarcinom. DT: förtjockad esofagusvägg utan säker spridning."),
         ("Bedömning", "Adenokarcinom i distala esofagus. Diagnosen lämnas vid återbesöket när PET-svaret finns, beräknat om tio dagar; patienten ringde i dag och fick veta att utredningen pågår."),
         ("Planering", "PET-DT beställd med förtur. Dietist kontaktas på grund av dysfagi."),
     ], must=["NL101"],
     why="told only 'utredningen pågår'; the esophageal cancer is held for the return visit")

case("uro-seminom-ej-infromerad-ringer-mandag-typo", "skane",
     "19960909-1393", "1996-09-09", "uro_hbg", ("Henrik Palm", "läkare"),
     "Läkaranteckning", "2024-11-22 15:20", "15:35", [
         ("Provsvar", "PAD efter orkiektomi höger 15/11: klassiskt seminom, 3 cm, ingen kärlinväxt. Tumörmarkörer normaliserade."),
         ("Bedömning", "Seminom höger testikel, stadium I enligt preliminär DT. Pat ännu ej infromerad om PAD, ringer honom på måndag då han bett om besked per telefon."),
         ("Planering", "Remiss till onkologen för ställningstagande till adjuvant behandling."),
     ], must=["NL101"],
     why="typo 'infromerad' in 'ej infromerad' about a seminoma")

# ==========================================================================
# NL101 must_not: told (phone, letter, interpreter, earlier, addendum, typos),
# guardians of a child told, and hard negatives: someone else not told,
# something else not told, normal/benign result not yet given, ruled out,
# diagnosis only in a protected section/template.
# ==========================================================================

case("brost-brostcancer-informerad-per-telefon", "skane",
     "19720606-3849", "1972-06-06", "brost_malmo", ("Anna Kastberg", "läkare"),
     "Telefonanteckning", "2024-01-16 09:40", "10:05", [
         ("Kontaktorsak", "Planerat telefonsamtal för PAD-svar efter mellannålsbiopsi."),
         ("Provsvar", "Invasiv duktal bröstcancer, 15 mm, ER och PR positiva, HER2 negativ, Ki67 låg."),
         ("Åtgärd", "Patienten informerad per telefon om att det rör sig om bröstcancer. Hon var förberedd och ställde relevanta frågor om operation. Kontaktsjuksköterska ringer upp i eftermiddag."),
         ("Planering", "Preoperativt besök 23/1. Sentinel node-biopsi och sektorresektion planeras."),
     ], must_not=["NL101"],
     why="told by phone: the diagnosis is communicated")

case("med-follikulart-lymfom-besked-per-brev-enligt-onskemal", "vgr",
     "19810330-4716", "1981-03-30", "med_skas", ("Petter Lagerlöf", "läkare"),
     "Läkaranteckning", "2024-02-22 14:15", "14:50", [
         ("Provsvar", "Körtelexstirpation från vänster axill: follikulärt lymfom grad 1–2."),
         ("Bedömning", "Follikulärt lymfom. Patienten har fått besked per brev i dag enligt sitt uttryckliga önskemål vid förra besöket, då han ville läsa svaret i lugn och ro hemma. Brevet innehåller diagnosen och ett telefonnummer till kontaktsjuksköterskan."),
         ("Planering", "PET-DT och benmärgsprov. Återbesök om tre veckor."),
     ], must_not=["NL101"],
     why="told by letter at the patient's own request")

case("lunga-besked-via-tolk-somaliska", "skane",
     "19691001-4023", "1969-10-01", "lung_hbg", ("Yusuf Abdi", "läkare"),
     "Läkaranteckning", "2024-04-25 11:20", "12:00", [
         ("Aktuellt", "Besök för bronkoskopisvar. Kontakttolk på somaliska närvarande under hela besöket, även dottern."),
         ("Provsvar", "EBUS-biopsi från subkarinal lymfkörtel: adenokarcinom, EGFR-mutation exon 19."),
         ("Bedömning", "Lungcancer, adenokarcinom med EGFR-mutation, stadium IV med pleuraspridning. Besked om diagnosen lämnat via tolk; patienten återberättade med egna ord att det är cancer i lungan och att den inte går att operera."),
         ("Planering", "Start av osimertinib. Kontaktsjuksköterska ger skriftlig information översatt till somaliska."),
     ], must_not=["NL101"],
     why="told via interpreter, with teach-back")

case("gyn-ovarialcancer-tillagg-informerad-samma-eftermiddag", "vgr",
     "19601224-1664", "1960-12-24", "gyn_sas", ("Therese Ljung", "läkare"),
     "Läkaranteckning", "2024-06-18 08:50", "15:45", [
         ("Aktuellt", "Ronden. Dag 1 efter laparoskopi med biopsier från peritoneum och ovarier."),
         ("PAD", "Fryssnitt och snabbsvar: höggradig serös cancer i höger ovarium med peritoneal spridning."),
         ("Bedömning", "Ovarialcancer med peritoneal karcinos. Patienten ska informeras i eftermiddag när maken är på plats."),
         ("Tillägg", "Kl 14.30 samtal med patienten och maken tillsammans med kontaktsjuksköterska. Informerad om ovarialcancern och spridningen i buken samt om att cytostatika är första steget. Hon tog det lugnt och fick med sig skriftlig information."),
     ], must_not=["NL101"], setting=SV,
     why="the Tillägg before signing records that the patient was told the same afternoon")

case("neuro-myastenia-meddelades-vid-tidigare-besok", "skane",
     "19741102-3596", "1974-11-02", "neuro_hbg", ("Lina Söderberg", "läkare"),
     "Läkaranteckning", "2024-07-09 10:40", "11:20", [
         ("Aktuellt", "Uppföljning av myastenia gravis. Diagnosen meddelades vid besöket 14/5 och patienten har sedan dess gått på pyridostigmin."),
         ("Status", "Ingen ptos efter uthållighetstest, normal kraft i proximala muskler. Rösten utan nasal klang."),
         ("Bedömning", "Myastenia gravis, okulär och lätt generaliserad form, god effekt av pyridostigmin. DT thorax utan tymom."),
         ("Planering", "Fortsatt behandling. Återbesök i oktober."),
     ], must_not=["NL101"],
     why="diagnosis told at an earlier visit")

case("onk-pat-vet-om-att-det-ar-spridd-cancer", "vgr",
     "19640128-0752", "1964-01-28", "onk_sahl", ("Gustav Hägg", "läkare"),
     "Läkaranteckning", "2024-08-06 13:30", "14:15", [
         ("Aktuellt", "Inför start av palliativ cytostatika. Patienten vet om att det är spridd cancer och har accepterat förslaget om behandling."),
         ("Anamnes", "Koloncancer med lungmetastaser diagnostiserad i juli, ingen tidigare behandling. ECOG 1."),
         ("Bedömning", "Metastaserad koloncancer, RAS-vildtyp. Start av FOLFIRI med cetuximab på torsdag."),
         ("Planering", "Port-a-cath läggs in på onsdag. Kontaktsjuksköterska går igenom biverkningar."),
     ], must_not=["NL101"],
     why="'vet om att det är spridd cancer'")

case("endokrin-addison-kanner-till-sedan-2009", "skane",
     "19700815-1461", "1970-08-15", "endo_malmo", ("Mona Ekelund", "läkare"),
     "Läkaranteckning", "2024-10-08 09:10", "09:45", [
         ("Aktuellt", "Årskontroll av Addisons sjukdom som patienten känner till sedan 2009. Inga binjurekriser senaste året."),
         ("Status", "BT 118/74 liggande, 112/70 stående. Normal hudfärg."),
         ("Bedömning", "Addisons sjukdom, välbehandlad på hydrokortison och fludrokortison."),
         ("Planering", "Oförändrad dosering. Nytt krisintyg skrivet och stresschema repeterat."),
     ], must_not=["NL101"],
     why="'känner till' a long-known diagnosis")

case("hem-myelom-inforstadd-med-diagnos-och-plan", "vgr",
     "19560404-2134", "1956-04-04", "hem_sahl", ("Stina Holmberg", "läkare"),
     "Läkaranteckning", "2024-03-14 15:05", "15:30", [
         ("Aktuellt", "Genomgång inför autolog stamcellstransplantation."),
         ("Bedömning", "Multipelt myelom i mycket god partiell remission efter induktion. Patienten är införstådd med diagnos, behandlingsplan och risker och vill gå vidare med transplantationen."),
         ("Planering", "Stamcellsskörd v. 13. Inskrivning på avdelning 53 planeras i april."),
     ], must_not=["NL101"],
     why="'är införstådd med diagnos'")

case("neuro-als-har-fatt-beskedet-med-maken", "skane",
     "19590919-2287", "1959-09-19", "neuro_lund", ("Oskar Bergqvist", "läkare"),
     "Läkaranteckning", "2024-04-11 14:00", "15:10", [
         ("Samtal", "Diagnosbesked i dag. Patienten har fått beskedet om ALS tillsammans med sin make och sin syster. Vi pratade om vad sjukdomen innebär, om riluzol och om att ALS-teamet kommer att följa henne."),
         ("Bedömning", "Amyotrofisk lateralskleros med bulbär debut."),
         ("Planering", "Riluzol insätts. Logoped och dietist kopplas in. Återbesök om sex veckor."),
     ], must_not=["NL101"],
     why="'har fått beskedet' together with the family")

case("uro-prostatacancer-underrattad-vid-dagens-besok", "vgr",
     "19580831-3554", "1958-08-31", "uro_sahl", ("Björn Carlsson", "läkare"),
     "Läkaranteckning", "2024-12-10 10:25", "11:00", [
         ("Provsvar", "PAD efter TURP: adenokarcinom i 15 % av materialet, Gleason 3+4."),
         ("Bedömning", "Prostatacancer, lågintermediär risk, incidentellt fynd. Patienten underrättad om PAD-svaret vid dagens besök och fick skriftlig information om aktiv monitorering."),
         ("Planering", "PSA var tredje månad, MR prostata om ett halvår."),
     ], must_not=["NL101"],
     why="'underrättad om PAD-svaret'")

case("gyn-endometriecancer-delgiven-muntligt-och-skriftligt", "skane",
     "19660509-2441", "1966-05-09", "gyn_lund", ("Karolina Wendt", "läkare"),
     "Läkaranteckning", "2024-05-30 16:20", "16:45", [
         ("Provsvar", "Endometriebiopsi: endometrioid endometriecancer grad 1."),
         ("Bedömning", "Endometriecancer, preliminärt stadium I. Patienten delgiven diagnosen muntligt och skriftligt vid besöket och fick kontaktsjuksköterskans direktnummer."),
         ("Planering", "Laparoskopisk hysterektomi med bilateral salpingooforektomi, operationsanmälan skickad."),
     ], must_not=["NL101"],
     why="'delgiven diagnosen'")

case("kir-koloncancer-info-given-telegrafisk", "vgr",
     "19490219-1792", "1949-02-19", "kir_nal", ("Jens Mårtensson", "läkare"),
     "Daganteckning", "2024-09-04 11:50", "12:05", [
         ("Aktuellt", "Dag 5 e. hemikolektomi hö. Afebril, äter, gasar. Sår ua."),
         ("PAD", "Adenokarcinom caecum pT3 N0 (0/24), R0."),
         ("Bedömning", "Koloncancer caecum stadium II, radikalt op. Info given. Pat nöjd, inga frågor."),
         ("Planering", "Hem i morgon. Kontroll enl. vårdprogram, onk-remiss ej aktuell."),
     ], must_not=["NL101"], setting=SV,
     why="telegraphic 'Info given'")

case("barn-ulceros-kolit-foraldrarna-informerade", "skane",
     "20151130-0756", "2015-11-30", "barn_lund", ("Rebecka Falk", "läkare"),
     "Läkaranteckning", "2024-03-20 13:30", "14:10", [
         ("Aktuellt", "Åttaårig pojke med buksmärtor och blod i avföringen sedan i vintras. Koloskopi gjordes 13/3."),
         ("Provsvar", "PAD: kronisk aktiv kolit utan granulom, utbredning till mitten av transversum."),
         ("Bedömning", "Ulcerös kolit. Mamma och pappa informerade om diagnosen i dag. Pojken fick höra att tarmen är inflammerad; mer information anpassad efter hans ålder ges av IBD-sjuksköterskan vid nästa besök."),
         ("Planering", "Start av mesalazin. Återbesök om fyra veckor med kalprotektin."),
     ], must_not=["NL101"],
     why="child under 13: the guardians are told; the child's fuller age-adapted talk later does not matter")

case("lunga-informerad-vill-inte-att-barnen-far-veta", "vgr",
     "19520714-4642", "1952-07-14", "lung_kungalv", ("Åsa Lindblad", "läkare"),
     "Läkaranteckning", "2024-10-29 13:20", "14:00", [
         ("Bedömning", "Småcellig lungcancer, utbredd sjukdom. Patienten informerad om diagnosen och om att behandlingen syftar till att bromsa sjukdomen. Hon vill inte att barnen får veta något ännu och har bett oss att inte lämna upplysningar till dem om de ringer."),
         ("Planering", "Karboplatin, etoposid och atezolizumab startar 4/11. Sekretess mot barnen noterad."),
     ], must_not=["NL101"],
     why="someone else (the adult children) is not told; the patient is")

case("kir-cardiacancer-operationsdatum-ej-meddelat", "skane",
     "19621012-4175", "1962-10-12", "kir_malmo", ("Erik Nyström", "läkare"),
     "Läkaranteckning", "2024-02-15 11:30", "12:15", [
         ("Aktuellt", "Återbesök för planering efter utredning av sväljningssvårigheter."),
         ("Bedömning", "Adenokarcinom i gastroesofageala övergången, cT2 N0. Patienten informerad om diagnosen och om att operation rekommenderas efter preoperativ cytostatika. Operationsdatum är ännu inte meddelat patienten eftersom det inte är fastställt."),
         ("Planering", "Remiss onkologen för FLOT. Operationsplanering efter tre kurer; kallelse skickas per brev."),
     ], must_not=["NL101"],
     why="something else not told: the operation date, not the diagnosis")

case("med-formaksflimmer-waran-dos-ej-meddelad", "vgr",
     "19460622-3206", "1946-06-22", "med_kungalv", ("Maria Svensson", "sjuksköterska"),
     "Sjuksköterskeanteckning", "2024-01-24 10:05", "10:20", [
         ("Kontaktorsak", "PK-kontroll hos patient med förmaksflimmer."),
         ("Provsvar", "PK(INR) 3,6."),
         ("Åtgärd", "Ny Waran-dos beräknad: 2,5 tabletter måndag–fredag och 2 tabletter lördag–söndag. Den nya dosen är ännu inte meddelad patienten, som inte svarade; ringer igen kl 13."),
         ("Planering", "Ny PK-kontroll om en vecka."),
     ], must_not=["NL101"],
     why="something else not told: a dose change, next to a known diagnosis")

case("med-hypertoni-normalt-ukg-svar-ej-lamnat", "skane",
     "19551212-3919", "1955-12-12", "med_tbg", ("Ola Persson", "läkare"),
     "Läkaranteckning", "2024-05-08 14:40", "15:05", [
         ("Aktuellt", "Känd hypertoni sedan 2015. Utreds för ansträngningsdyspné."),
         ("Provsvar", "Ekokardiografi 6/5: normal vänsterkammarfunktion, EF 60 %, inga klaffel. NT-proBNP 95."),
         ("Bedömning", "Hypertoni, välkontrollerad. Ingen hjärtsvikt. Svaret på ultraljudet är ännu inte lämnat till patienten; han får ett brev denna vecka."),
         ("Planering", "Spirometri beställd. Återbesök efter den."),
     ], must_not=["NL101"],
     why="a normal result is not yet given; the known hypertension is not uncommunicated")

case("endokrin-benign-tyreoideacytologi-ej-meddelad", "vgr",
     "19830905-4263", "1983-09-05", "endo_sahl", ("Fatima Rahimi", "läkare"),
     "Läkaranteckning", "2024-11-19 09:55", "10:15", [
         ("Aktuellt", "Utredning av palpabel knöl i höger tyreoidealob, upptäckt av patienten själv i somras."),
         ("Provsvar", "Finnålspunktion: benign cytologi, Bethesda II. TSH normalt."),
         ("Bedömning", "Godartad knöl i sköldkörteln utan tecken på malignitet. Patienten är ännu inte informerad om det lugnande svaret, brev skickas i dag."),
         ("Planering", "Ultraljudskontroll om ett år."),
     ], must_not=["NL101"],
     why="a benign result not yet given is not an uncommunicated diagnosis")

case("neuro-ms-avskriven-pat-ej-underrattad", "skane",
     "19950210-3048", "1995-02-10", "neuro_hbg", ("Simon Wallin", "läkare"),
     "Läkaranteckning", "2024-06-20 15:10", "15:50", [
         ("Aktuellt", "Utreds efter en episod med domningar i vänster ben som gick över på tre veckor."),
         ("Provsvar", "MR hjärna och ryggmärg 17/6 utan patologiska fynd. Likvor utan oligoklonala band."),
         ("Bedömning", "Inga tecken på MS, misstanken kan avskrivas. Patienten ej underrättad ännu, hon ringer själv på måndag enligt överenskommelse."),
         ("Planering", "Ingen ytterligare utredning. Åter vid nya symtom."),
     ], must_not=["NL101"],
     why="ruled-out suspicion not yet told: no diagnosis stands")

case("endoskopi-normal-koloskopi-besked-ej-lamnat-utkast", "vgr",
     "19710702-2399", "1971-07-02", "endo_skas", ("Robert Ivarsson", "läkare"),
     "Läkaranteckning", "2024-03-28 13:10", None, [
         ("Kontaktorsak", "Koloskopi på grund av positivt F-Hb i screeningprogrammet."),
         ("Åtgärd", "Koloskopi till caecum, god tarmrening. Normal slemhinna i hela kolon, inga polyper, ingen tumör."),
         ("Bedömning", "Normal koloskopi, ingen koloncancer. Besked ej lämnat, patienten var sederad och sov; skriftligt svar skickas hem."),
     ], must_not=["NL101"],
     why="'besked ej lämnat' about a normal colonoscopy (unsigned draft)")

case("hud-skivepitelcancer-pat-infomerad-typo", "skane",
     "19380404-2020", "1938-04-04", "derm_lund", ("Lena Frisk", "läkare"),
     "Läkaranteckning", "2024-07-23 10:00", "10:30", [
         ("Aktuellt", "Kontroll efter excision av sår på vänster kind."),
         ("Provsvar", "PAD: högt differentierad skivepitelcancer, radikalt exciderad med 4 mm marginal."),
         ("Bedömning", "Skivepitelcancer i huden, radikalt behandlad. Pat infomerad om PAD och om att ingen ytterligare behandling behövs."),
         ("Planering", "Hudkontroll om sex månader."),
     ], must_not=["NL101"],
     why="typo 'infomerad' (informerad): the patient is told")

case("med-myelom-fatt-bekedet-typo", "vgr",
     "19470817-1170", "1947-08-17", "med_sas", ("Hampus Lindgren", "läkare"),
     "Läkaranteckning", "2024-04-30 14:30", "15:00", [
         ("Aktuellt", "Återbesök två veckor efter benmärgsundersökning."),
         ("Bedömning", "Multipelt myelom, ISS stadium II. Patienten har fått bekedet om myelomet vid telefonsamtal förra veckan och kommer i dag med frun för att prata behandling."),
         ("Planering", "Start av daratumumab, lenalidomid och dexametason. Aciklovirprofylax."),
     ], must_not=["NL101"],
     why="typo 'bekedet' (beskedet): told by phone last week")

case("kard-hjartsvikt-inforstad-typo", "skane",
     "19680301-2555", "1968-03-01", "kard_lund", ("Magnus Tell", "läkare"),
     "Läkaranteckning", "2024-09-17 11:15", "11:45", [
         ("Aktuellt", "Uppföljning efter hjärtinfarkt i augusti. Smärtfri, promenerar 3 km dagligen."),
         ("Provsvar", "UKG: EF 40 %, hypokinesi anteriort. MR hjärta: ärr i framväggen, ingen viabilitet i apex."),
         ("Bedömning", "Ischemisk hjärtsvikt med nedsatt ejektionsfraktion efter framväggsinfarkt. Pat är införståd med diagnosen och vikten av att trappa upp läkemedlen."),
         ("Planering", "Sakubitril/valsartan ersätter ramipril. Hjärtsviktssjuksköterska följer."),
     ], must_not=["NL101"],
     why="typo 'införståd' (införstådd): the patient understands the diagnosis")

case("diabetes-typ1-ej-kallad-till-nasta-kontroll", "vgr",
     "19901127-2805", "1990-11-27", "diab_nal", ("Ida Petrén", "läkare"),
     "Läkaranteckning", "2024-02-06 10:45", "11:10", [
         ("Aktuellt", "Typ 1-diabetes sedan barndomen, insulinpump. HbA1c 58, något högre än förra året."),
         ("Bedömning", "Diabetes mellitus typ 1 med acceptabel kontroll. Justerat basaldosen nattetid."),
         ("Planering", "Pat ej kallad till nästa kontroll ännu, kallelse skickas i höst. Ögonbottenfotografering beställd."),
     ], must_not=["NL101"],
     why="only the next appointment is not yet communicated")

case("uro-blascancer-hustrun-ej-informerad-pat-vill-beratta", "skane",
     "19540417-4954", "1954-04-17", "uro_malmo", ("Christer Dahl", "läkare"),
     "Läkaranteckning", "2024-10-24 13:40", "14:20", [
         ("Provsvar", "TURB: höggradig urotelial cancer pT1, muskel finns i preparatet utan invasion."),
         ("Bedömning", "Blåscancer, icke-muskelinvasiv högrisk. Patienten informerad om PAD och om BCG-behandling. Hustrun är inte informerad; han vill själv berätta för henne i helgen."),
         ("Planering", "BCG-instillationer startar om tre veckor. Cystoskopikontroll om tre månader."),
     ], must_not=["NL101"],
     why="the spouse is not informed, the patient is")

case("brost-besked-av-radiolog-direkt-efter-biopsi", "vgr",
     "19760119-3621", "1976-01-19", "brost_skas", ("Johanna Ek", "läkare"),
     "Läkaranteckning", "2024-01-31 14:00", "14:30", [
         ("Kontaktorsak", "Nybesök inom standardiserat vårdförlopp för bröstcancer."),
         ("Anamnes", "Mammografi och ultraljud visade en 2 cm knöl i höger bröst. Beskedet om bröstcancer lämnades av bröstradiologen direkt efter biopsin den 22/1, vilket patienten bekräftar."),
         ("Bedömning", "Bröstcancer höger, cT1c N0. Operation först."),
         ("Planering", "Sektorresektion och sentinel node planeras v. 7."),
     ], must_not=["NL101"],
     why="told earlier by another clinician (the radiologist)")

case("kurator-har-inte-hunnit-beratta-for-barnen", "skane",
     "19751003-1847", "1975-10-03", "onk_lund", ("Eva Lindahl", "kurator"),
     "Kuratorsanteckning", "2024-11-07 10:30", "11:30", [
         ("Samtal", "Stödsamtal efter diagnosbeskedet förra veckan om spridd livmoderhalscancer. Patienten har förstått beskedet men har inte hunnit berätta för sina barn, 9 och 12 år, och vill ha hjälp att hitta ord."),
         ("Bedömning", "Stark oro inför barnens reaktion, inga tecken på kris som kräver akut insats."),
         ("Planering", "Nytt samtal om en vecka. Broschyr om att prata med barn om cancer överlämnad."),
     ], must_not=["NL101"],
     why="'har inte hunnit berätta' refers to the patient telling her children; she has been told")

case("neuro-stroke-far-besked-pa-torsdag-om-rehab", "vgr",
     "19800515-3716", "1980-05-15", "neuro_sahl", ("Alexander Wiik", "läkare"),
     "Läkaranteckning", "2024-04-18 09:30", "10:00", [
         ("Aktuellt", "Återbesök efter stroke i januari med kvarstående svaghet i höger arm. Diagnosen och orsaken, en vänstersidig karotisstenos som nu är opererad, är genomgången med patienten flera gånger."),
         ("Bedömning", "Ischemisk stroke vänster hemisfär, opererad karotisstenos. Pat får besked på torsdag om remissen till neurorehab i Högsbo har beviljats."),
         ("Planering", "Sekundärprevention oförändrad."),
     ], must_not=["NL101"],
     why="'får besked på torsdag' is about a rehab referral, not the diagnosis")

case("ortop-artros-intyg-lamnas-vid-aterbesok", "skane",
     "19630628-1269", "1963-06-28", "ortop_hlm", ("Peter Jönsson", "läkare"),
     "Läkaranteckning", "2024-08-08 11:00", "11:20", [
         ("Aktuellt", "Sex veckor efter total höftplastik vänster på grund av artros. Går med en krycka."),
         ("Status", "Fint läkt ärr, flexion 95 grader, ingen smärta vid rotation."),
         ("Bedömning", "Höftledsartros, opererad med gott resultat. Intyg om förlängd sjukskrivning lämnas vid återbesök, patienten ej informerad om exakt period ännu."),
         ("Planering", "Sjukgymnastik fortsätter."),
     ], must_not=["NL101"],
     why="'lämnas vid återbesök' and 'ej informerad' concern a sick-leave certificate")

case("kir-rektalcancer-informerad-behandlingsforslag-efter-mdk", "vgr",
     "19670308-2443", "1967-03-08", "kir_ostra", ("Nora Eliasson", "läkare"),
     "Läkaranteckning", "2024-06-27 14:20", "15:00", [
         ("Provsvar", "MR bäcken: rektaltumör 10 cm upp, cT2 N0."),
         ("Bedömning", "Rektalcancer, tidigt stadium. Patienten informerad om diagnosen i dag. Behandlingsförslaget meddelas henne efter MDK nästa vecka; hon vet att operation är det mest sannolika."),
     ], must_not=["NL101"],
     why="told the diagnosis; only the treatment proposal waits for the MDK")

case("med-pleuraempyem-pat-ifno-om-dx-typo", "skane",
     "19500914-2778", "1950-09-14", "med_ksd", ("Tomas Ahlin", "läkare"),
     "Daganteckning", "2024-12-12 13:05", "13:20", [
         ("Aktuellt", "Dag 3. Feberfri, CRP 88 från 240. Pleuradränage ut 200 ml senaste dygnet."),
         ("Bedömning", "Pleuraempyem hö, bättre. Pat ifno om dx och plan, frågor besvarade."),
         ("Planering", "Dränaget kvar till i morgon. Byte till peroral antibiotika efter det."),
     ], must_not=["NL101"], setting=SV,
     why="telegraphic typo 'Pat ifno om dx' (info): told")

case("onk-sarkom-lungmetastaser-tog-beskedet-med-fattning", "vgr",
     "19571230-4483", "1957-12-30", "onk_sahl", ("Ebba Forsell", "läkare"),
     "Läkaranteckning", "2024-07-02 15:30", "16:10", [
         ("Provsvar", "DT thorax-buk: nytillkomna lungmetastaser bilateralt, största 14 mm."),
         ("Samtal", "Patienten var väl förberedd och tog beskedet om lungmetastaserna med fattning. Hon frågade hur lång tid hon har kvar; vi pratade om att det är svårt att säga men att behandling finns."),
         ("Bedömning", "Lungmetastaser från leiomyosarkom, tidigare opererat i låret 2022."),
         ("Planering", "Doxorubicin diskuteras på sarkomkonferens."),
     ], must_not=["NL101"],
     why="'tog beskedet med fattning' implies the patient was told")

case("barn-diabetes-foraldrar-och-son-fatt-beskedet", "skane",
     "20140609-1734", "2014-06-09", "barn_hbg", ("Moa Lindkvist", "läkare"),
     "Läkaranteckning", "2024-10-01 14:40", "15:15", [
         ("Aktuellt", "Tioårig pojke med törst, täta urinträngningar och viktnedgång sedan tre veckor."),
         ("Provsvar", "P-glukos 24, ketoner 2,1, pH 7,33. GAD-antikroppar positiva."),
         ("Bedömning", "Typ 1-diabetes med lätt ketoacidos. Mamma och pappa har fått beskedet tillsammans med sonen vid ankomsten till avdelningen."),
         ("Planering", "Subkutant insulin, diabetesskola för familjen under vårdtiden."),
     ], must_not=["NL101"], setting=SV,
     why="child under 13: guardians and child told together")

case("onk-pankreascancer-vet-men-vill-ej-diskutera-prognos", "vgr",
     "19460321-3192", "1946-03-21", "onk_sas", ("Jakob Stenberg", "läkare"),
     "Läkaranteckning", "2024-09-03 11:05", "11:40", [
         ("Bedömning", "Pankreascancer med levermetastaser. Patienten vet att det är cancer som inte går att bota men vill inte diskutera prognos i siffror, vilket respekteras."),
         ("Planering", "Gemcitabin och nab-paklitaxel startar nästa vecka. Kontakt med ASIH för inskrivning."),
     ], must_not=["NL101"],
     why="declines prognosis figures, not the diagnosis: told")

case("lunga-sonen-i-tyskland-ej-nadd-utkast", "skane",
     "19490608-2609", "1949-06-08", "lung_hbg", ("Karin Lindqvist", "läkare"),
     "Daganteckning", "2024-02-29 16:00", None, [
         ("Aktuellt", "Andningen bättre efter pleuratappning 1,4 liter i går."),
         ("Bedömning", "Lungcancer stadium IV med malign pleuravätska. Patienten informerad om cytologisvaret av undertecknad i eftermiddag. Sonen i Tyskland har inte kunnat nås, patienten ringer honom själv i kväll."),
         ("Planering", "Pleurakateter diskuteras på ronden."),
     ], must_not=["NL101"], setting=SV,
     why="a relative could not be reached; the patient is told (unsigned draft)")

case("kir-divertikulit-informerad-av-jouren-i-natt", "vgr",
     "19850422-2244", "1985-04-22", "kir_nal", ("Mohammed Al-Hassan", "läkare"),
     "Daganteckning", "2024-08-17 09:15", "09:40", [
         ("Aktuellt", "Inkom i natt med buksmärtor och feber. DT visade perforerad divertikulit med liten abscess."),
         ("Bedömning", "Perforerad sigmoideumdivertikulit, Hinchey II. Patienten redan informerad av jourhavande kirurg i natt om diagnosen och om att vi försöker med antibiotika först."),
         ("Planering", "Fortsatt intravenöst antibiotika, DT-ledd dränering om abscessen växer."),
     ], must_not=["NL101"], setting=SV,
     why="told earlier the same night by the on-call surgeon")

case("uro-prostatacancer-beksed-lamnat-typo", "skane",
     "19421126-1575", "1942-11-26", "uro_hbg", ("Stefan Berggren", "läkare"),
     "Telefonanteckning", "2024-05-16 13:40", "13:55", [
         ("Kontaktorsak", "Telefontid för provsvar."),
         ("Provsvar", "PSA 48. MR prostata: PI-RADS 5. Biopsi: adenokarcinom Gleason 4+5."),
         ("Åtgärd", "Högrisk prostatacancer. Beksed lämnat per telefon enligt patientens önskan, han förstår att skelettscint behövs. Remiss skickad."),
     ], must_not=["NL101"],
     why="typo 'Beksed lämnat' (besked): told by phone")

case("vgr-tidiga-hypoteser-sokord-synlig-del-utan-diagnos", "vgr",
     "19580104-2861", "1958-01-04", "med_skas", ("Agnes Wennberg", "läkare"),
     "Läkaranteckning", "2024-05-02 10:00", "10:40", [
         ("Aktuellt", "Kommer för uppföljning av viktnedgång och trötthet. Blodprover från vårdcentralen bifogade i remissen."),
         ("Bedömning", "Utredningen fortsätter med DT buk och gastroskopi. Patienten ej informerad om våra funderingar kring orsaken i dag; hon var mycket orolig och vill ta en sak i taget."),
         ("Tidiga hypoteser", "Bilden med viktnedgång, järnbrist och förhöjt CA 19-9 inger misstanke om pankreascancer. Ej kommunicerat med patienten."),
     ], must_not=["NL101"],
     why="VGR: the untold diagnosis sits only under the filtered sökord Tidiga hypoteser; visible text names none")

case("skane-tidiga-hypoteser-mall-ftd-ej-informerad", "skane",
     "19600229-3170", "1960-02-29", "neuro_lund", ("Rikard Sandberg", "läkare"),
     "Tidiga hypoteser", "2024-03-19 16:10", "16:25", [
         ("Bedömning", "Kognitiv svikt och personlighetsförändring hos tidigare högfungerande man, MR visar frontotemporal atrofi. Misstänkt frontotemporal demens. Patienten ej informerad om misstanken, sjukdomsinsikten bedöms bristande."),
         ("Planering", "Neuropsykologisk utredning och likvorprov innan hypotesen kommuniceras."),
     ], must_not=["NL101", "NL102"],
     why="Skåne: the whole note is in the Tidiga hypoteser template, so nothing is visible")

case("brost-godartad-forandring-ej-underrattad", "skane",
     "19780812-4486", "1978-08-12", "brost_malmo", ("Sanna Holst", "läkare"),
     "Läkaranteckning", "2024-06-05 13:50", "14:00", [
         ("Kontaktorsak", "Utredning av knöl i vänster bröst hos 45-årig kvinna."),
         ("Provsvar", "Mammografi och ultraljud: 12 mm välavgränsad godartad förändring. Mellannålsbiopsi utan tecken på malignitet."),
         ("Bedömning", "Benign förändring i vänster bröst. Inga tecken på bröstcancer. Patienten ej underrättad ännu, svarsbrev skickas i dag och hon kan ringa vid frågor."),
     ], must_not=["NL101"],
     why="benign result, cancer negated: 'ej underrättad' has no uncommunicated diagnosis to attach to")

case("lunga-rundhard-misstanke-avskriven-besked-torsdag", "vgr",
     "19670927-3939", "1967-09-27", "lung_sahl", ("Filip Norén", "läkare"),
     "Läkaranteckning", "2024-12-17 10:30", "11:10", [
         ("Aktuellt", "Utreds för en 11 mm rundhärd i höger överlob som sågs på DT vid trauma i november."),
         ("Provsvar", "PET-DT utan upptag i härden. Jämförelse med gammal DT från 2019 visar att härden var lika stor då."),
         ("Bedömning", "Stationär härd sedan fem år, benign. Misstanken om lungcancer kan avskrivas. Patienten får besked på torsdag vid telefontid."),
     ], must_not=["NL101"],
     why="a ruled-out suspicion to be told on Thursday")

# ==========================================================================
# NL102: hedged diagnoses in visible Melior text (also when the patient knows
# of the suspicion), and negatives: PMO, protected template/sökord, negated or
# ruled out, settled, non-diagnostic hedges.
# ==========================================================================

case("neuro-misstankt-ms-pat-informerad-om-misstanken", "skane",
     "19930523-2465", "1993-05-23", "neuro_lund", ("Julia Strömberg", "läkare"),
     "Läkaranteckning", "2024-01-11 14:15", "15:00", [
         ("Anamnes", "Tre veckors stickningar från bröstnivå och nedåt, nu i regress. Tidigare frisk."),
         ("Status", "Nedsatt vibrationssinne i fötterna, i övrigt normalt neurologstatus."),
         ("Bedömning", "Misstänkt multipel skleros, myelit på bröstnivå. Patienten informerad om misstanken och om att MR behövs för att bekräfta eller avfärda den."),
         ("Planering", "MR hjärna och hela ryggmärgen, lumbalpunktion."),
     ], must=["NL102"],
     why="hedged MS in a visible Melior note, even though the patient knows of the suspicion")

case("reuma-trolig-ra-pat-kanner-till-osakerheten", "vgr",
     "19720209-3840", "1972-02-09", "reuma_sahl", ("Hedda Blomqvist", "läkare"),
     "Läkaranteckning", "2024-02-14 10:10", "10:50", [
         ("Anamnes", "Morgonstelhet i två timmar och svullna fingerleder bilateralt sedan tre månader."),
         ("Provsvar", "CRP 18, SR 34. RF negativ, anti-CCP inväntas."),
         ("Bedömning", "Trolig reumatoid artrit. Patienten känner till att diagnosen inte är säker förrän anti-CCP och röntgen är klara."),
         ("Planering", "Prednisolon 10 mg i väntan på svar. Återbesök om tre veckor."),
     ], must=["NL102"],
     why="'Trolig' RA in visible text")

case("lunga-sarkoidos-fragetecken-info-given", "skane",
     "19881202-1999", "1988-12-02", "lung_lund", ("Martin Ekström", "läkare"),
     "Läkaranteckning", "2024-02-21 13:00", "13:30", [
         ("Aktuellt", "Remiss för förstorade lymfkörtlar i lunghilus, upptäckta på lungröntgen vid långvarig hosta."),
         ("Status", "Ömmande röda knölar på båda underbenen. Lungor: normala andningsljud."),
         ("Bedömning", "Sarkoidos? Bilden med erythema nodosum och bilateral hiluslymfadenopati påminner om Löfgrens syndrom. Info given om planerad bronkoskopi."),
         ("Planering", "Bronkoskopi med BAL, ACE och kalcium."),
     ], must=["NL102"],
     why="question-marked diagnosis 'Sarkoidos?'")

case("hem-differentialdiagnos-hodgkin-reaktiv-utkast", "vgr",
     "20010707-3173", "2001-07-07", "hem_sahl", ("Vera Magnusson", "läkare"),
     "Läkaranteckning", "2024-03-06 15:00", None, [
         ("Anamnes", "Förstorade lymfkörtlar på halsen sedan sex veckor, nattliga svettningar och klåda."),
         ("Status", "Multipla, fasta, oömma körtlar på höger halssida, största 3 cm."),
         ("Bedömning", "Differentialdiagnos Hodgkins lymfom och reaktiv lymfadenopati efter virusinfektion. Pat informerad om att vi behöver ta bort en körtel för säker diagnos."),
         ("Planering", "Remiss för körtelexstirpation med förtur. DT hals-thorax."),
     ], must=["NL102"],
     why="'Differentialdiagnos' in visible text (unsigned draft)")

case("neuro-kan-ej-utsluta-parkinson-typo", "skane",
     "19510814-2919", "1951-08-14", "neuro_hbg", ("Gunnar Ohlsson", "läkare"),
     "Läkaranteckning", "2024-05-13 10:20", "11:00", [
         ("Aktuellt", "Vänstersidig vilotremor sedan ett halvår, hustrun har märkt att han går med små steg."),
         ("Status", "Lätt rigiditet vänster arm, nedsatt medrörelse vänster. Ingen ortostatism."),
         ("Bedömning", "Kan ej utsluta tidig Parkinsons sjukdom. Patienten är informerad om att symtomen kan passa med Parkinson och att vi följer förloppet."),
         ("Planering", "DaTSCAN beställd. Återbesök om tre månader."),
     ], must=["NL102"],
     why="typo 'utsluta' in 'kan ej utsluta' (utesluta): still a hedge, not a negation")

case("gastro-mojlig-celiaki-informerad-om-gastroskopi", "vgr",
     "19970414-2067", "1997-04-14", "gastro_ostra", ("Tova Sjöberg", "läkare"),
     "Läkaranteckning", "2024-04-02 09:40", "10:05", [
         ("Aktuellt", "Uppblåsthet, lös avföring och järnbrist sedan ett år."),
         ("Provsvar", "Transglutaminasantikroppar 85 (ref <7). Ferritin 6."),
         ("Bedömning", "Möjlig celiaki. Patienten informerad om att gastroskopi med tunntarmsbiopsier krävs och att hon ska äta gluten fram till dess."),
     ], must=["NL102"],
     why="'Möjlig' celiac disease in visible text")

case("med-ev-lungemboli-inskrivning-natt", "skane",
     "19660918-3204", "1966-09-18", "med_ksd", ("Isak Lundqvist", "läkare"),
     "Inskrivningsanteckning", "2024-06-29 02:15", "03:00", [
         ("Anamnes", "Plötslig andfåddhet och hjärtklappning i kväll. Långflygning från Thailand för fyra dagar sedan."),
         ("Status", "Sat 91 % på luft, puls 112, BT 128/80. Vänster vad svullen."),
         ("Bedömning", "Ev. lungemboli, Wells 6. DT lungartärer beställd men görs först i morgon bitti. Pat informerad om att hon får blodförtunnande i väntan på svaret."),
         ("Planering", "Innohep i behandlingsdos. Telemetri."),
     ], must=["NL102"], setting=SV,
     why="'Ev.' pulmonary embolism in a visible admission note")

case("gyn-missankt-endometrios-typo", "vgr",
     "19940630-2647", "1994-06-30", "gyn_sas", ("Linnea Åkesson", "läkare"),
     "Läkaranteckning", "2024-07-10 14:00", "14:40", [
         ("Anamnes", "Svåra menssmärtor sedan tonåren, nu även smärta vid samlag och tarmtömning."),
         ("Status", "Öm i bakre fornix, nodulär känsla vid sakrouterinligamenten."),
         ("Bedömning", "Missänkt endometrios med djup infiltration. Informerad om misstanken och om behandling med gestagen."),
         ("Planering", "MR lilla bäckenet. Återbesök efter svar."),
     ], must=["NL102"],
     why="typo 'Missänkt' (misstänkt) endometriosis")

case("med-sannolikt-gikt-akut-stortaled", "skane",
     "19601030-3599", "1960-10-30", "med_tbg", ("Ahmad Noori", "läkare"),
     "Läkaranteckning", "2024-08-27 12:30", "12:50", [
         ("Anamnes", "Akut insjuknande i natt med svår smärta och svullnad i vänster stortåled."),
         ("Status", "Rodnad, varm, mycket öm MTP I vänster. Afebril."),
         ("Bedömning", "Sannolikt gikt. Pat informerad om att urat behöver kontrolleras när anfallet lagt sig."),
         ("Planering", "Kolkicin i tre dagar. Urat om fyra veckor."),
     ], must=["NL102"],
     why="'Sannolikt' gout")

case("med-kan-rora-sig-om-polymyalgia", "vgr",
     "19490501-2425", "1949-05-01", "med_sas", ("Elsa Berntsson", "läkare"),
     "Läkaranteckning", "2024-09-12 11:20", "12:00", [
         ("Anamnes", "Sex veckors värk och stelhet i skuldror och höfter, svårt att ta sig upp ur sängen."),
         ("Provsvar", "SR 68, CRP 42. CK normalt."),
         ("Bedömning", "Kan röra sig om polymyalgia reumatika. Patienten informerad om att prednisolon prövas och att snabb effekt stärker diagnosen."),
     ], must=["NL102"],
     why="'Kan röra sig om' as an uncertainty cue")

case("reuma-misstankt-temporalisarterit-utkast", "skane",
     "19461212-1246", "1946-12-12", "reuma_lund", ("Ronja Pettersson", "läkare"),
     "Läkaranteckning", "2024-10-17 16:30", None, [
         ("Anamnes", "Nytillkommen huvudvärk vid tinningarna, käkklaudikation och övergående dimsyn på höger öga."),
         ("Status", "Ömmande, förtjockad temporalisartär höger med nedsatt puls."),
         ("Bedömning", "Misstänkt temporalisarterit. Patienten informerad om att kortison startas redan i dag för att skydda synen."),
         ("Planering", "Ultraljud av temporalisartärerna i morgon, därefter ställningstagande till biopsi."),
     ], must=["NL102"],
     why="'Misstänkt' giant cell arteritis in an unsigned draft")

case("neuro-oklart-om-epilepsi-eller-synkope", "vgr",
     "20040119-1358", "2004-01-19", "neuro_sahl", ("Albin Granath", "läkare"),
     "Läkaranteckning", "2024-11-26 13:45", "14:20", [
         ("Anamnes", "Två episoder med medvetslöshet senaste månaden, ena gången med ryckningar enligt en kamrat."),
         ("Provsvar", "EEG med sömndeprivation utan epileptiform aktivitet. EKG normalt."),
         ("Bedömning", "Oklart om epilepsi eller konvulsiv synkope. Patienten informerad om att han inte får köra bil i väntan på klarhet."),
     ], must=["NL102"],
     why="'Oklart om epilepsi eller ...' is an open diagnostic question")

case("reuma-talar-for-axial-spondylartrit-ej-saker", "skane",
     "19920316-2533", "1992-03-16", "reuma_lund", ("Ludvig Hammar", "läkare"),
     "Läkaranteckning", "2024-04-16 09:00", "09:35", [
         ("Anamnes", "Inflammatorisk ländryggsvärk sedan två år, bättre av aktivitet, nattlig värk."),
         ("Provsvar", "HLA-B27 positiv. MR SI-leder: benmärgsödem höger."),
         ("Bedömning", "Bilden talar för axial spondylartrit men är inte säker. Patienten informerad om detta och om att svaret på NSAID ger vägledning."),
     ], must=["NL102"],
     why="'talar för ... men är inte säker' hedges the diagnosis")

case("barn-misstankt-celiaki-foraldrarna-informerade", "vgr",
     "20171005-1044", "2017-10-05", "barn_dsbus", ("Klara Hult", "läkare"),
     "Läkaranteckning", "2024-05-22 10:30", "11:10", [
         ("Aktuellt", "Sexårig flicka med dålig tillväxt och magont. Mamma och pappa med vid besöket."),
         ("Provsvar", "Transglutaminas-IgA 140, mer än tio gånger referensvärdet."),
         ("Bedömning", "Misstänkt celiaki. Föräldrarna informerade om att diagnosen bekräftas med ett nytt antikroppsprov och att hon ska fortsätta äta gluten tills dess."),
     ], must=["NL102"],
     why="child under 13: hedged diagnosis in visible text, guardians aware of the suspicion")

case("smarta-arbetshypotes-fibromyalgi", "skane",
     "19800721-2262", "1980-07-21", "smarta_lund", ("Irene Backman", "läkare"),
     "Läkaranteckning", "2024-03-04 14:00", "14:45", [
         ("Anamnes", "Generell värk i muskler och leder i fem år, sömnproblem och trötthet."),
         ("Status", "Ömhet över flertalet muskelfästen, inga ledsvullnader."),
         ("Bedömning", "Arbetshypotes fibromyalgi, men hypotyreos och inflammatorisk sjukdom ska först uteslutas med prover. Pat informerad om tankegången."),
         ("Planering", "TSH, CRP, CK och ANA."),
     ], must=["NL102"],
     why="'Arbetshypotes' in an ordinary visible section")

case("med-trolgi-pneumoni-typo", "vgr",
     "19390211-1552", "1939-02-11", "med_kungalv", ("Sebastian Holm", "läkare"),
     "Inskrivningsanteckning", "2024-01-07 21:30", "22:10", [
         ("Anamnes", "Tre dagars feber, hosta med gulgrönt slem och tilltagande förvirring enligt hemtjänsten."),
         ("Status", "Temp 38,9, AF 26, saturation 89 %. Rassel basalt höger."),
         ("Bedömning", "Trolgi pneumoni hö basalt. Dottern och pat informerade om inläggning."),
         ("Planering", "Bensylpenicillin iv, lungröntgen, odlingar."),
     ], must=["NL102"], setting=SV,
     why="typo 'Trolgi' (trolig) pneumonia")

# --- NL102 must_not: PMO (diagnoses never shown) ---

case("pmo-misstankt-pneumoni-vardcentral", "skane",
     "19750319-4396", "1975-03-19", "vc_sorgenfri", ("Jenny Borg", "läkare"),
     "Läkarbesök", "2024-02-08 10:15", "10:40", [
         ("Kontaktorsak", "Hosta och feber i fem dagar."),
         ("Status", "Temp 38,4. Krepitationer vänster basalt. CRP 96."),
         ("Bedömning", "Misstänkt pneumoni vänster. Pat informerad om förväntat förlopp och att höra av sig vid försämring."),
         ("Åtgärd", "Pc V 1 g x 3 i 7 dagar."),
     ], must_not=["NL102"],
     why="PMO never shows diagnoses: hedged pneumonia does not fire")

case("pmo-trolig-uvi-telefonradgivning", "skane",
     "19891108-2686", "1989-11-08", "vc_hoor", ("Birgitta Nilsson", "sjuksköterska"),
     "Telefonkontakt", "2024-03-22 08:35", "08:50", [
         ("Kontaktorsak", "Sveda vid vattenkastning och täta trängningar sedan två dagar."),
         ("Bedömning", "Trolig okomplicerad UVI. Ingen feber eller flanksmärta."),
         ("Åtgärd", "Enligt ordination från dr Lind: pivmecillinam 400 mg x 3 i 3 dagar. Pat informerad om att höra av sig om ingen förbättring."),
     ], must_not=["NL102"],
     why="PMO: 'Trolig' UTI does not fire")

case("pmo-ev-borrelia-erythema-migrans", "skane",
     "19680725-1795", "1968-07-25", "vc_eslov", ("Henrik Mattsson", "läkare"),
     "Läkarbesök", "2024-07-30 14:20", "14:45", [
         ("Kontaktorsak", "Rodnad på låret efter fästingbett för två veckor sedan."),
         ("Status", "8 cm rodnad med central uppklarning, ej värmeökad."),
         ("Bedömning", "Ev. borrelia, erythema migrans. Behandlas på klinisk bild."),
         ("Åtgärd", "Doxycyklin 100 mg x 2 i 10 dagar."),
     ], must_not=["NL102"],
     why="PMO: 'Ev.' borreliosis does not fire")

case("pmo-herpes-zoster-fragetecken-utkast", "skane",
     "19430405-2667", "1943-04-05", "vc_sorgenfri", ("Amanda Sjögren", "läkare"),
     "Läkarbesök", "2024-09-05 11:10", None, [
         ("Kontaktorsak", "Brännande smärta och blåsor på vänster sida av bröstkorgen."),
         ("Status", "Grupperade blåsor på rodnad botten i ett band T5 vänster."),
         ("Bedömning", "?Herpes zoster. Patienten informerad om smittsamhet mot ovaccinerade och gravida."),
         ("Åtgärd", "Valaciklovir 1 g x 3 i 7 dagar."),
     ], must_not=["NL102"],
     why="PMO: question-marked shingles in an unsigned draft does not fire")

case("pmo-bvc-mojlig-komjolksproteinallergi", "skane",
     "20231220-0591", "2023-12-20", "bvc_bunkeflo", ("Ylva Gren", "sjuksköterska"),
     "BVC-besök", "2024-04-11 09:30", "10:00", [
         ("Kontaktorsak", "Föräldrarna oroliga för att sonen kräks mycket och har eksem."),
         ("Status", "Vikt följer kurvan. Torr hud på kinder och i armvecken."),
         ("Bedömning", "Möjlig komjölksproteinallergi enligt BVC-läkare. Föräldrarna informerade om mjölkfri kost för mamma som ammar under två veckor."),
     ], must_not=["NL102"],
     why="PMO (BVC): 'Möjlig' cow's milk allergy does not fire")

case("pmo-ungdomsmottagning-dd-klamydia-vaginos", "skane",
     "20060217-2264", "2006-02-17", "um_lund", ("Maja Lindström", "barnmorska"),
     "Mottagningsbesök", "2024-11-14 15:00", "15:30", [
         ("Kontaktorsak", "Flytningar och lätt buksmärta sedan en vecka."),
         ("Åtgärd", "Klamydiaprov och gonorréprov tagna."),
         ("Bedömning", "DD klamydia eller bakteriell vaginos. Pat informerad om att hon får svar via 1177 inom en vecka."),
     ], must_not=["NL102"],
     why="PMO (ungdomsmottagning): 'DD' differential does not fire")

# --- NL102 must_not: protected template / sökord ---

case("skane-tidiga-hypoteser-mall-trolig-alzheimer", "skane",
     "19520930-1950", "1952-09-30", "minne_malmo", ("Tor Axelsson", "läkare"),
     "Tidiga hypoteser", "2024-06-13 14:10", "14:30", [
         ("Bedömning", "Trolig Alzheimers sjukdom i tidigt skede utifrån testresultat och anhörigas beskrivning. Patientens bristande insikt gör att hypotesen inte diskuterats med honom ännu."),
         ("Planering", "Likvorprov och ny kognitiv testning innan diagnosen kan ställas."),
     ], must_not=["NL102"],
     why="Skåne Tidiga hypoteser template: the hedge is filtered out")

case("vgr-tidiga-hypoteser-sokord-misstankt-lymfom", "vgr",
     "19650126-1629", "1965-01-26", "med_sas", ("Ingela Rönn", "läkare"),
     "Läkaranteckning", "2024-08-22 10:30", "11:15", [
         ("Aktuellt", "Nattsvettningar och viktnedgång, förstorad mjälte på ultraljud."),
         ("Planering", "Benmärgsprov och PET-DT bokas. Återbesök när svaren finns."),
         ("Tidiga hypoteser", "Misstänkt lymfom, differentialdiagnos myeloproliferativ sjukdom. Kommuniceras när PET-svaret finns."),
     ], must_not=["NL102"],
     why="VGR: the hedged diagnosis is only under the filtered sökord Tidiga hypoteser")

# --- NL102 must_not: negated / ruled out / settled / non-diagnostic hedges ---

case("onh-ingen-misstnake-om-malignitet-typo", "skane",
     "19700601-3770", "1970-06-01", "onh_lund", ("Viktoria Dahlberg", "läkare"),
     "Läkaranteckning", "2024-05-06 13:30", "13:55", [
         ("Aktuellt", "Heshet i sex veckor hos rökare."),
         ("Status", "Laryngoskopi: lätt rodnade stämband, ingen tumör, normal rörlighet."),
         ("Bedömning", "Ingen misstnake om malignitet. Heshet efter luftvägsinfektion och rökning. Pat informerad och uppmanad att sluta röka."),
     ], must_not=["NL102"],
     why="typo 'misstnake' in 'Ingen misstanke om': negated, never fires")

case("med-inga-tecken-pa-hjartsvikt-amlodipinodem", "vgr",
     "19541010-3427", "1954-10-10", "med_skas", ("Sven Lilja", "läkare"),
     "Läkaranteckning", "2024-04-24 15:20", "15:45", [
         ("Aktuellt", "Svullna underben senaste månaden, började med amlodipin i februari."),
         ("Provsvar", "NT-proBNP 110. UKG: normal systolisk och diastolisk funktion."),
         ("Bedömning", "Inga tecken på hjärtsvikt. Ödemen förklaras av amlodipin, som byts mot losartan."),
     ], must_not=["NL102"],
     why="'Inga tecken på' negation")

case("endokrin-diabetes-uteslutes-normalt-hba1c", "skane",
     "19870427-2247", "1987-04-27", "endo_malmo", ("Oliver Rask", "läkare"),
     "Läkaranteckning", "2024-01-23 09:30", None, [
         ("Aktuellt", "Remiss för törst och trötthet, fastande glukos 6,8 på vårdcentralen en gång."),
         ("Provsvar", "HbA1c 36, upprepat fastande glukos 5,4. OGTT normal."),
         ("Bedömning", "Diabetes uteslutes. Törsten bedöms bero på högt intag av salt mat och koffein. Pat informerad."),
     ], must_not=["NL102"],
     why="'uteslutes' negation (unsigned draft)")

case("med-erysipelas-icke-diagnostiska-hedgar", "vgr",
     "19611115-2937", "1961-11-15", "med_kungalv", ("Ebbe Sundin", "läkare"),
     "Daganteckning", "2024-10-09 11:45", "12:10", [
         ("Aktuellt", "Dag 4 med erysipelas vänster underben. Rodnaden har gått tillbaka tydligt och han är feberfri sedan två dygn."),
         ("Bedömning", "Erysipelas i regress. Trolig utskrivning i morgon om fortsatt feberfri."),
         ("Planering", "Byte till peroral flukloxacillin. Ev. återbesök på mottagningen om två veckor."),
     ], must_not=["NL102"], setting=SV,
     why="'Trolig' and 'Ev.' hedge discharge and follow-up, not a diagnosis")

case("ortop-radiusfraktur-fragetecken-efter-rontgentid", "skane",
     "19830108-1843", "1983-01-08", "ortop_hbg", ("Patrik Öhman", "läkare"),
     "Läkaranteckning", "2024-04-04 10:50", "11:10", [
         ("Aktuellt", "Gipskontroll efter distal radiusfraktur höger för fyra veckor sedan."),
         ("Röntgen", "Fin läkning i oförändrat läge."),
         ("Bedömning", "Läkande distal radiusfraktur. Gipset tas bort och patienten informerad om övningar."),
         ("Planering", "Sjukgymnastik. Ny röntgen om 3 veckor?"),
     ], must_not=["NL102"],
     why="the only '?' is on a planned x-ray, not a diagnosis")

case("lunga-sarkoidos-nu-faststalld", "vgr",
     "19790829-2134", "1979-08-29", "lung_sahl", ("Pontus Wahl", "läkare"),
     "Läkaranteckning", "2024-03-13 14:10", "14:40", [
         ("Provsvar", "EBUS-biopsi: icke-nekrotiserande granulom, odlingar negativa för mykobakterier."),
         ("Bedömning", "Diagnosen nu fastställd: sarkoidos stadium II. Patienten informerad om att sjukdomen ofta läker ut spontant."),
         ("Planering", "Ingen behandling nu. Spirometri och lungröntgen om sex månader."),
     ], must_not=["NL102"],
     why="settled diagnosis, no hedge")

case("hem-misstanke-om-lymfom-avskriven", "skane",
     "19981219-2269", "1998-12-19", "hem_lund", ("Alva Nordström", "läkare"),
     "Läkaranteckning", "2024-07-18 13:00", "13:30", [
         ("Provsvar", "Körtelexstirpation: reaktiv lymfadenit, inga tecken på lymfom."),
         ("Bedömning", "Misstanken om lymfom är nu avskriven. Körtelförstoringen förklaras av genomgången toxoplasmainfektion. Patienten informerad per telefon."),
     ], must_not=["NL102"],
     why="a suspicion that is written off is negated")

case("med-lungemboli-kunde-utelsutas-typo", "vgr",
     "19780228-3510", "1978-02-28", "med_sas", ("Noah Bergström", "läkare"),
     "Läkaranteckning", "2024-05-24 18:30", "19:00", [
         ("Aktuellt", "Bröstsmärta vid inandning efter förkylning."),
         ("Provsvar", "DT lungartärer: inga emboler. D-dimer 0,7."),
         ("Bedömning", "Lungemboli kunde utelsutas. Pleuritsmärta efter virusinfektion. Pat informerad, hem med NSAID."),
     ], must_not=["NL102"],
     why="typo 'utelsutas' (uteslutas): ruled out, not hedged")

case("onk-inga-teckan-pa-recidiv-typo", "skane",
     "19690322-3847", "1969-03-22", "onk_lund", ("Hillevi Åström", "läkare"),
     "Läkaranteckning", "2024-02-02 11:30", "12:00", [
         ("Aktuellt", "Årskontroll fem år efter behandlad bröstcancer."),
         ("Status", "Inga knölar i brösten eller axillerna. Ärren ua."),
         ("Provsvar", "Mammografi utan anmärkning."),
         ("Bedömning", "Inga teckan på recidiv. Patienten informerad om att uppföljningen nu avslutas och att hon går tillbaka till screening."),
     ], must_not=["NL102"],
     why="typo 'teckan' in 'Inga tecken på recidiv': negated")


# ==========================================================================
# Validation
# ==========================================================================

KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed",
             "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}
WORD_AGES = {"ettårig": 1, "tvåårig": 2, "treårig": 3, "fyraårig": 4, "femårig": 5,
             "sexårig": 6, "sjuårig": 7, "åttaårig": 8, "nioårig": 9, "tioårig": 10,
             "elvaårig": 11, "tolvårig": 12}
PROTECTED_TEMPLATES = {"Tidiga hypoteser"}


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def age_at(birth, when):
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


def sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = part.strip()
        if len(part) >= 25:
            yield part


def validate(cases):
    problems = []
    names = set()
    seen = {}
    for c in cases:
        n = c.get("case", "?")
        p = lambda msg: problems.append(f"{n}: {msg}")  # noqa: E731
        if list(c.keys()) != KEYS:
            p(f"keys {list(c.keys())}")
        if n in names:
            p("duplicate case name")
        names.add(n)
        if not re.fullmatch(r"[a-z0-9-]+", n):
            p("case name not kebab-case")
        if c["ruleset"] not in ("skane", "vgr"):
            p("ruleset")
        if not c["why"] or "\n" in c["why"]:
            p("why must be one line")
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            p("record keys")
        pat = rec["patient"]
        pid, bd = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", pid)
        if not m:
            p(f"bad personnummer {pid}")
            continue
        if f"{m.group(1)}-{m.group(2)}-{m.group(3)}" != bd:
            p("personnummer does not match birth_date")
        if not luhn_ok(pid[2:8] + pid[9:13]):
            p(f"Luhn check fails for {pid}")
        birth = date.fromisoformat(bd)
        as_of = datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            p("as_of not in 2024")
        note_ids = set()
        for note in rec["notes"]:
            if set(note) != NOTE_KEYS:
                p("note keys")
            note_ids.add(note["id"])
            t = datetime.fromisoformat(note["time"])
            if t.year != 2024:
                p("note time not in 2024")
            if note["signed"] is not None:
                s = datetime.fromisoformat(note["signed"])
                if s.year != 2024 or s < t:
                    p("signed not in 2024 or before time")
                if s > as_of:
                    p("signed after as_of")
            if t > as_of:
                p("time after as_of")
            for when in (t, as_of):
                if 13 <= age_at(birth, when.date()) <= 15:
                    p("patient aged 13-15")
            secs = note["sections"]
            if not 2 <= len(secs) <= 5:
                p(f"{len(secs)} sections (want 2-5)")
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                p("VGR case not Melior")
            if note["system"] == "PMO":
                asserted = [a[0] for a in c["must"] + c["must_not"]]
                if "NL101" in asserted:
                    p("NL101 asserted on PMO note")
                if ["NL102", note["id"]] not in c["must_not"]:
                    p("PMO note must be must_not NL102")
            if note["template"] in PROTECTED_TEMPLATES and c["must"]:
                p("must on a protected template note")
            text_all = " ".join(s["text"] for s in secs)
            for a in (int(x) for x in re.findall(r"(\d+)-årig", text_all)):
                if a != age_at(birth, t.date()):
                    p(f"text says {a}-årig, age is {age_at(birth, t.date())}")
            for w, a in WORD_AGES.items():
                if re.search(rf"\b{w}\b", text_all, re.I) and a != age_at(birth, t.date()):
                    p(f"text says {w}, age is {age_at(birth, t.date())}")
            for s in secs:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    p("bad section")
                for sent in sentences(s["text"]):
                    if sent in seen and seen[sent] != n:
                        p(f"sentence also in {seen[sent]}: {sent!r}")
                    elif sent in seen:
                        p(f"sentence repeated within case: {sent!r}")
                    seen[sent] = n
        if not (c["must"] or c["must_not"]):
            p("asserts nothing")
        pairs = [tuple(a) for a in c["must"] + c["must_not"]]
        if len(pairs) != len(set(pairs)):
            p("duplicate or contradictory assertion")
        for a in pairs:
            if len(a) != 2 or a[0] not in CODES:
                p(f"bad assertion {a}")
            elif a[1] not in note_ids:
                p(f"target {a[1]} does not exist")
        for code, _ in c["must"]:
            if code == "NL102":
                sysm = {nt["id"]: nt["system"] for nt in rec["notes"]}
                if sysm.get(_) != "Melior":
                    p("NL102 must on a non-Melior note")
    return problems


def main():
    lines = [json.dumps(c, ensure_ascii=False, sort_keys=False) for c in CASES]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # validate what was written, as it will be read
    reread = [json.loads(x) for x in OUT.read_text(encoding="utf-8").splitlines()]
    problems = validate(reread)
    counts = {}
    for c in reread:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print(f"{len(reread)} cases -> {OUT}")
    for code in sorted(CODES):
        print(f"  {code}: must {counts.get((code, 'must'), 0)}, must_not {counts.get((code, 'must_not'), 0)}")
    if problems:
        print(f"{len(problems)} problem(s):", file=sys.stderr)
        for pr in problems:
            print("  " + pr, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
