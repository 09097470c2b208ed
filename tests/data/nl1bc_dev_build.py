#!/usr/bin/env python3
"""Gold cases nl1bc_dev_cases: long Melior notes (Skåne, VGR) where one buried
sentence breaks the routine (NL101 / NL102), plus equally long near misses.

Dependency-free and deterministic: `python3 build.py` writes nl1bc_dev_cases.jsonl
beside this file and validates it; exits 1 on any problem.
"""
import json
import os
import re
import sys
from datetime import datetime, timedelta

NAME = "nl1bc_dev_cases"

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (hospitals)
    "sk_onk_lund": ("Onkologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4410", "skane"),
    "sk_kir_malmo": ("Kirurgmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3702", "skane"),
    "sk_med_hbg": ("Medicinkliniken avd 47, Helsingborgs lasarett", "SE2321000255-5128", "skane"),
    "sk_neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7624", "skane"),
    "sk_uro_malmo": ("Urologmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3815", "skane"),
    "sk_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6031", "skane"),
    "sk_kard_ksd": ("Kardiologmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-2207", "skane"),
    "sk_lung_lund": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4522", "skane"),
    "sk_gyn_hbg": ("Kvinnokliniken, Helsingborgs lasarett", "SE2321000255-5340", "skane"),
    "sk_minne_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3391", "skane"),
    "sk_ort_hlm": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-2611", "skane"),
    "sk_med_ystad": ("Medicinmottagningen, Lasarettet i Ystad", "SE2321000255-1804", "skane"),
    "sk_hemat_lund": ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4470", "skane"),
    "sk_endo_malmo": ("Endokrinologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3530", "skane"),
    "sk_ogon_lund": ("Ögonmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6212", "skane"),
    "sk_onh_malmo": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3960", "skane"),
    "sk_gastro_ksd": ("Mag-tarmmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-2344", "skane"),
    "sk_infek_malmo": ("Infektionsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3188", "skane"),
    "sk_reuma_lund": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4905", "skane"),
    "sk_ger_trbg": ("Geriatriska kliniken avd 3, Trelleborgs lasarett", "SE2321000255-1460", "skane"),
    "sk_njur_lund": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4688", "skane"),
    "sk_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-5001", "skane"),
    "sk_med_landskr": ("Medicinavdelning 2, Landskrona lasarett", "SE2321000255-1722", "skane"),
    "sk_kir_ystad": ("Kirurgavdelningen, Lasarettet i Ystad", "SE2321000255-1830", "skane"),
    "sk_neurokir_lund": ("Neurokirurgiska kliniken avd 13, Skånes universitetssjukhus Lund", "SE2321000255-7702", "skane"),
    "sk_brost_malmo": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3620", "skane"),
    "sk_genetik_lund": ("Klinisk genetik, Skånes universitetssjukhus Lund", "SE2321000255-7840", "skane"),
    "sk_rehab_ang": ("Rehabiliteringsmottagningen, Ängelholms sjukhus", "SE2321000255-1915", "skane"),
    "sk_hjart_lund": ("Hjärtsviktsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4215", "skane"),
    "sk_palliativ_malmo": ("Palliativa enheten, Skånes universitetssjukhus Malmö", "SE2321000255-3444", "skane"),
    "sk_med_ksd": ("Medicinkliniken avd 9, Centralsjukhuset Kristianstad", "SE2321000255-2290", "skane"),
    "sk_kir_hbg": ("Kirurgkliniken avd 12, Helsingborgs lasarett", "SE2321000255-5216", "skane"),
    # Västra Götalandsregionen, Melior
    "vg_onk_sahl": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011820", "vgr"),
    "vg_kir_ostra": ("Kirurgmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012214", "vgr"),
    "vg_med_nal": ("Medicinkliniken avd 51, NÄL Trollhättan", "SE2321000131-E000000007351", "vgr"),
    "vg_neuro_sahl": ("Neurologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011477", "vgr"),
    "vg_uro_sas": ("Urologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000006122", "vgr"),
    "vg_hud_sahl": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011903", "vgr"),
    "vg_kard_skovde": ("Kardiologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000005318", "vgr"),
    "vg_lung_sahl": ("Lungmedicinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011562", "vgr"),
    "vg_gyn_sas": ("Kvinnosjukvården, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000006240", "vgr"),
    "vg_minne_molndal": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000012630", "vgr"),
    "vg_ort_molndal": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000012655", "vgr"),
    "vg_med_alings": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000004417", "vgr"),
    "vg_hemat_sahl": ("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011740", "vgr"),
    "vg_endo_nal": ("Endokrinmottagningen, NÄL Trollhättan", "SE2321000131-E000000007420", "vgr"),
    "vg_ogon_molndal": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000012701", "vgr"),
    "vg_onh_sahl": ("Öron-näs-halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011688", "vgr"),
    "vg_gastro_skovde": ("Mag-tarmmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000005390", "vgr"),
    "vg_infek_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012288", "vgr"),
    "vg_reuma_sahl": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011811", "vgr"),
    "vg_ger_molndal": ("Geriatriken avd 203, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000012744", "vgr"),
    "vg_med_kungalv": ("Medicinavdelning 3, Kungälvs sjukhus", "SE2321000131-E000000004802", "vgr"),
    "vg_akut_sas": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000006003", "vgr"),
    "vg_kir_udd": ("Kirurgavdelning 22, Uddevalla sjukhus", "SE2321000131-E000000008215", "vgr"),
    "vg_med_frolunda": ("Medicinmottagningen, Frölunda Specialistsjukhus", "SE2321000131-E000000009130", "vgr"),
    "vg_neurokir_sahl": ("Neurokirurgen avd 143, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011455", "vgr"),
    "vg_genetik_sahl": ("Klinisk genetik, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011992", "vgr"),
    "vg_rehab_sahl": ("Rehabiliteringsmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011605", "vgr"),
    "vg_njur_skovde": ("Njurmedicinska mottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000005455", "vgr"),
    "vg_brost_sahl": ("Bröstmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011870", "vgr"),
    "vg_hjart_nal": ("Hjärtmottagningen, NÄL Trollhättan", "SE2321000131-E000000007388", "vgr"),
    "vg_palliativ_sas": ("Palliativt centrum, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000006315", "vgr"),
    "vg_kir_skovde": ("Kirurgavdelning 7, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000005207", "vgr"),
    "vg_med_udd": ("Medicinavdelning 14, Uddevalla sjukhus", "SE2321000131-E000000008190", "vgr"),
}


# ---------------------------------------------------------------- helpers
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(ymd, serial):
    """ymd 'YYYYMMDD', serial three digits (third odd = man, even = woman)."""
    return "%s-%s%s" % (ymd, serial, luhn_digit(ymd[2:] + serial))


def iso(t):
    return None if t is None else t.replace(" ", "T") + ":00"


def N(nid, unit, author, template, time, signed, setting, sections, refs=()):
    """author: (name, role). time/signed: 'YYYY-MM-DD HH:MM' (signed may be None)."""
    name, hsa, _region = UNITS[unit]
    return {
        "id": nid,
        "system": "Melior",
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": iso(time),
        "signed": iso(signed),
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


CASES = []


def C(name, region, pid, notes, must, must_not, why):
    last = max(datetime.fromisoformat(n["signed"] or n["time"]) for n in notes)
    as_of = (last + timedelta(days=3)).strftime("%Y-%m-%dT00:00:00")
    ymd, serial = pid
    CASES.append({
        "case": name,
        "ruleset": region,
        "record": {
            "patient": {"id": pnr(ymd, serial),
                        "birth_date": "%s-%s-%s" % (ymd[:4], ymd[4:6], ymd[6:]),
                        "protected_identity": False},
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


# ---------------------------------------------------------------- cases
# ================================================================ NL101 positives (A)

C("a01-prostata-pad-ej-informerad-i-planering", "skane", ("19560214", "373"), [
    N("n1", "sk_uro_malmo", ("Henrik Sjöberg", "läkare"), "Journalanteckning",
      "2024-03-11 13:40", "2024-03-11 14:25", "öppenvård", [
        ("Aktuellt", "Journalgenomgång utan patient närvarande. PAD efter MR-riktade och systematiska biopsier 2024-03-04 har inkommit och granskas inför anmälan till MDK."),
        ("Anamnes", "68-årig man, remitterad från vårdcentralen i Lomma i december pga PSA-stegring från 6,1 till 9,8 på ett halvår. Hypertoni sedan 2010, behandlad med amlodipin 5 mg. Typ 2-diabetes sedan 2016 på metformin, senaste HbA1c 52. Operation för ljumskbråck hö 2015. Nattlig miktion 2–3 ggr, något svagare stråle, ingen makroskopisk hematuri, inga skelettsmärtor. IPSS 14 vid förra besöket. Tamsulosin sedan hösten med viss effekt. Ej rökare, snusar dagligen."),
        ("Läkemedel", "Amlodipin 5 mg, metformin 1 g x 2, tamsulosin 0,4 mg till kvällen, atorvastatin 20 mg. Inga blodförtunnande, vilket underlättade biopsin."),
        ("Socialt", "Gift sedan 40 år, hustrun har en lätt hjärtsvikt och följer med på de flesta besök. Pensionerad lokförare, sköter en kolonilott i Lomma och reser gärna med husbil på somrarna. Har en son i Stockholm."),
        ("Status", "Från besöket 2024-02-26: AT gott. Buk mjuk och oöm. PR: prostata ca 40 g, vänster lob fast med nodulär resistens apikalt, höger lob mjuk och välavgränsad. Inga förstorade lymfkörtlar i ljumskarna."),
        ("Lab/PAD", "PSA 9,8 µg/l, PSA-densitet 0,25. Krea 88, eGFR 74. MR prostata 2024-02-20: PI-RADS 5-lesion 14 mm i vänster perifera zon, ingen extraprostatisk växt, inga förstorade lymfkörtlar i bäckenet. PAD: Acinärt adenokarcinom, Gleason 4+3=7 (ISUP grad 3) i 4 av 12 biopsier, max tumörlängd 9 mm, perineural växt saknas."),
        ("Tidigare provsvar", "PSA 2021: 3,2. PSA 2022: 4,0. PSA augusti 2023: 6,1. Urinodling i januari negativ. Residualurin efter miktion 40 ml på bladderscan vid förra besöket. Flödesmätning maxflöde 11 ml/s med 280 ml."),
        ("Bedömning", "Prostatacancer, kliniskt stadium T2a N0, mellanrisk enligt NPCR. Skelettscintigrafi behövs inte enligt vårdprogrammet i denna riskgrupp. Förutsättningar finns för både radikal prostatektomi och strålbehandling. Hypertoni och diabetes är välbehandlade och hindrar inte kurativ behandling."),
        ("Planering", "Anmäls till MDK urologi/onkologi 2024-03-19. Kontaktsjuksköterskan ombesörjer kallelse. Pat är inte informerad om PAD-svaret ännu – besked ges vid läkarbesöket 2024-03-21 då hustrun kan följa med. Recept på tamsulosin förnyat."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "PAD-verified prostate cancer in visible Lab/PAD and Bedömning; the not-told sentence is buried mid-Planering")

C("a02-lunga-ssk-telefon-ej-fatt-besked", "vgr", ("19490907", "286"), [
    N("n1", "vg_lung_sahl", ("Maria Lindqvist", "sjuksköterska"), "Telefonanteckning",
      "2024-03-14 10:20", "2024-03-14 10:55", "öppenvård", [
        ("Kontaktorsak", "Pat ringer och undrar över kallelsen till PET-DT som kommit med posten, hon är osäker på om hon ska vara fastande och om hon kan ta sina ordinarie mediciner på morgonen."),
        ("Aktuellt", "75-årig kvinna med KOL (GOLD 2) och paroxysmalt förmaksflimmer som utreds på mottagningen efter fynd av en 3 cm stor förändring i hö överlob på DT thorax i februari. EBUS med punktion av lymfkörtelstation 4R och 7 utfördes 2024-03-07. PAD inkom 2024-03-13: icke-småcellig lungcancer av typen adenokarcinom, TTF-1 positiv, metastas i station 4R men inte i station 7. Molekylärpatologisk analys (EGFR, ALK, PD-L1) pågår."),
        ("Åtgärd", "Informerat om att hon ska vara fastande 6 timmar före PET-DT, vatten går bra. Ordinarie läkemedel tas som vanligt med lite vatten, Eliquis ska inte sättas ut inför undersökningen. Hon frågar om svaret från undersökningen i förra veckan och jag har svarat att läkaren går igenom alla svar vid besöket. Pat har inte fått besked om cancerdiagnosen ännu, beskedet ges av dr Hallberg vid besöket 2024-03-22 med kontaktsjuksköterska närvarande."),
        ("Planering", "PET-DT 2024-03-19 kl 08.30. Läkarbesök tillsammans med kontaktsjuksköterska 2024-03-22 kl 13.00, sonen följer med enligt pat. Hon har fått direktnumret till kontaktsjuksköterskorna och ringer vid frågor."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "nurse phone note about fasting before PET; the settled lung cancer sits in Aktuellt and the not-told sentence is buried in Åtgärd")

C("a03-als-diagnossamtal-ej-informerad", "skane", ("19610530", "157"), [
    N("n1", "sk_neuro_lund", ("Johan Bergkvist", "läkare"), "Journalanteckning",
      "2024-04-02 15:10", "2024-04-03 08:15", "öppenvård", [
        ("Aktuellt", "Svar på ENMG och kompletterande prover har inkommit, anteckning utan pat närvarande."),
        ("Anamnes", "62-årig man, tidigare frisk sånär som på behandlad hyperlipidemi och en menisk-op 2008. Remitterad från ortopeden efter ett års progredierande svaghet i vä hand, sedan i höstas även vä fot och ökande muskelryckningar i båda överarmarna. Senaste månaderna lätt sluddrigt tal vid trötthet enligt hustrun. Viktnedgång 6 kg. Inga sensoriska symtom, ingen smärta, blåsa och tarm fungerar. Fadern dog av hjärtinfarkt vid 70 års ålder, ingen känd neurologisk sjukdom i släkten."),
        ("Tidigare utredning", "Ortopeden gjorde i höstas röntgen av halsryggen och en ENMG av vänster arm som visade denervation i C8–Th1-innerverade muskler, varför han remitterades hit. Handkirurgisk åtgärd bedömdes inte aktuell."),
        ("Socialt", "Gift, två vuxna döttrar. Arbetar som byggnadsingenjör på ett konsultföretag i Malmö men har gått ner till halvtid sedan jul pga svagheten i handen. Villa i Dalby med trappa. Hustrun är sjuksköterska."),
        ("Läkemedel", "Atorvastatin 20 mg. Inga andra läkemedel. Har provat B-vitamin på eget initiativ utan effekt."),
        ("Status", "Vid besöket 2024-03-12: Atrofi av vä thenar och interossei, fascikulationer i båda deltoidei och vä vad. Kraft vä hand 3/5, dorsalflexion vä fot 4-/5. Livliga reflexer i armarna, klonus vä fot, Babinski positiv vä. Sensibilitet ua. Tungan med lätta fascikulationer utan atrofi."),
        ("Utredning", "MR hjärna och halsrygg ua, ingen myelopati. ENMG 2024-03-28: utbredd pågående och kronisk denervation i tre regioner (cervikalt, thorakalt, lumbosakralt), normala sensoriska svar, inga ledningsblock. CK 410. TSH, B12, elfores och anti-GM1 normala."),
        ("Bedömning", "Amyotrofisk lateralskleros (ALS) enligt Gold Coast-kriterierna, med både övre och nedre motorneuronpåverkan i flera regioner. Spinal debut med begynnande bulbär påverkan."),
        ("Planering", "Diagnossamtal 2024-04-09 kl 10 med mig och ALS-teamets sjuksköterska. Pat är ännu inte informerad om diagnosen; hustrun har bett att få vara med när beskedet lämnas och pat har själv sagt att han vill ha alla svar samtidigt. Remiss till dietist och logoped skickas redan nu. Riluzol tas upp vid samtalet."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "ALS settled by ENMG in Bedömning; Planering says the patient is not yet informed of the diagnosis")

C("a04-aml-avdelning-information-bara-om-provet", "vgr", ("19580719", "448"), [
    N("n1", "vg_med_nal", ("Sofia Ekström", "läkare"), "Daganteckning",
      "2024-02-15 14:30", "2024-02-15 16:05", "slutenvård", [
        ("Aktuellt", "Dag 3 på avdelningen för pancytopeni, feber och trötthet. Feberfri sedan igår eftermiddag på pip-tazo, CRP sjunker från 148 till 96. Mår subjektivt något bättre och äter hälften av portionerna. Har fått 2 E erytrocytkoncentrat igår."),
        ("Anamnes", "65-årig kvinna med hypotyreos på Levaxin och knäartros, i övrigt tidigare frisk. Systern har haft bröstcancer."),
        ("Läkemedel", "Piperacillin/tazobaktam 4 g x 4 iv, Levaxin 100 µg, paracetamol vid behov. Fragmin är utsatt pga trombocytopenin. Allopurinol 300 mg insatt som skydd mot tumörlyssyndrom."),
        ("Status", "AT: trött men opåverkad. Hud: blek, petekier på underbenen, inga nya hematom. Munhåla: ingen mukosit, inga blödningar. Cor: regelbunden rytm, systoliskt blåsljud 2/6 över apex. Pulm: ua. Buk: mjuk, mjälten inte palpabel. Inga förstorade lymfkörtlar."),
        ("Omvårdnad", "Enligt sjuksköterskan har hon sovit bättre i natt och klarar hygienen själv vid handfatet. Skyddsisolering på enkelrum enligt neutropenirutin. Munvård med klorhexidin fyra gånger per dygn. Vikt 64 kg, oförändrad sedan ankomsten."),
        ("Lab", "Hb 92, LPK 1,9, neutrofila 0,4, TPK 21. Blododlingar från ankomsten negativa. Benmärgsaspiration och biopsi 2024-02-14: 62 % myeloiska blaster. Flödescytometri: CD34+, CD117+, MPO+ blastpopulation. Hematologen har bekräftat diagnosen per telefon: akut myeloisk leukemi (AML). Cytogenetik och NPM1/FLT3 besvaras inom en vecka."),
        ("Bedömning", "1. Akut myeloisk leukemi. 2. Neutropen feber, svarar på antibiotika. 3. Transfusionskrävande anemi och trombocytopeni. 4. Hypotyreos, stabil."),
        ("Planering", "Överflyttning till hematologen på Sahlgrenska diskuterad med jouren där, plats beräknas till måndag. Fortsatt pip-tazo, trombocyttransfusion vid TPK under 10 eller blödning. Dr Ek från hematologen kommer hit i morgon förmiddag för att ge beskedet."),
        ("Information", "Pat informerad om att benmärgsprovet är analyserat och att hematolog kommer i morgon för att gå igenom svaret. Själva diagnosen har inte meddelats henne ännu. Maken ringer dagligen och är informerad om att hon mår bättre och är feberfri."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "AML settled in Lab and Bedömning; Information says she was told the sample is analysed but not the diagnosis itself")

C("a05-alzheimer-aterivningssamtal", "skane", ("19480203", "524"), [
    N("n1", "sk_minne_malmo", ("Eva Thorsell", "läkare"), "Journalanteckning",
      "2024-04-18 16:00", "2024-04-19 09:30", "öppenvård", [
        ("Aktuellt", "Sammanfattning av basal demensutredning inför återgivningssamtal. Pat inte närvarande."),
        ("Anamnes", "76-årig kvinna, före detta lärare, bor med maken i villa i Limhamn. Remitterad från VC pga två års tilltagande minnessvikt, glömmer avtalade tider och har kört vilse två gånger med bilen. Maken har tagit över ekonomin sedan i höstas. Hypertoni och hypotyreos, båda välbehandlade. Ingen alkoholöverkonsumtion. Ingen depression enligt GDS-15 (2 poäng)."),
        ("Socialt", "Bor i tvåplansvilla med sovrummet på övervåningen. Maken är 79 år och frisk, han lagar maten och sköter inköpen. Två barn, en dotter i Malmö och en son i Göteborg. Pat har slutat gå i sin bokcirkel eftersom hon inte kan följa med i handlingen."),
        ("Läkemedel", "Enalapril 10 mg, Levaxin 75 µg, Alvedon vid behov. Ingen antikolinerg medicinering."),
        ("Utredning", "MMSE-SR 22/30, klocktest 3/6, tappar främst på närminne och orientering. Arbetsterapeut: nedsatt planering och genomförande vid matlagning. Psykolog: påtagligt nedsatt episodiskt minne, relativt bevarad uppmärksamhet och språkförmåga. DT hjärna 2024-03-05: bilateral hippocampusatrofi, lätta vitsubstansförändringar, inga infarkter. Likvor: låg amyloidkvot 42/40, förhöjt fosfo-tau och total-tau. B12, folat, TSH och kalcium ua."),
        ("Funktionsbedömning", "Enligt maken klarar hon personlig hygien och påklädning själv men behöver påminnelser om att byta kläder. Lagar inte längre mat på egen hand efter att ha glömt spisen påslagen två gånger. Har slutat köra bil sedan i vintras efter överenskommelse med familjen."),
        ("Bedömning", "Alzheimers sjukdom med sen debut, mild till måttlig demensgrad. Ingen blandbild med vaskulär demens. Körkortet bör dras in och läkarintyg skickas till Transportstyrelsen."),
        ("Planering", "Återgivningssamtal 2024-05-02 med pat och maken. Pat är inte informerad om diagnosen ännu och ska få beskedet vid det samtalet, inte per telefon. Start av donepezil 5 mg diskuteras då. Kontakt med biståndshandläggare och demenssjuksköterska i Malmö stad erbjuds."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "Alzheimer's disease settled in Bedömning of a long work-up summary; Planering says she is not yet informed")

C("a06-ovarialcancer-postop-pad-ej-lamnat", "vgr", ("19630411", "264"), [
    N("n1", "vg_gyn_sas", ("Anders Wikström", "läkare"), "Daganteckning",
      "2024-05-06 11:15", "2024-05-06 12:40", "slutenvård", [
        ("Aktuellt", "Postop dag 4 efter laparotomi med bilateral salpingooforektomi, hysterektomi och omentresektion 2024-05-02 pga stor vänstersidig adnexresistens. Mobiliseras bra, går i korridoren med rollator. Smärtlindrad på paracetamol och oxynorm vb, EDA avvecklad igår. Äter och dricker, har haft gasavgång men ingen avföring ännu."),
        ("Tidigare sjukdomar", "Typ 1-diabetes sedan tonåren med insulinpump, HbA1c 58. Hypotyreos. Migrän utan aura."),
        ("Socialt", "Gift, två vuxna söner. Arbetar som lärare på en högstadieskola i Borås. Maken har varit på avdelningen varje dag."),
        ("Status", "Temp 37,2, BT 128/76, puls 80. Buk: mjuk, lätt öm kring såret, inga peritonitiska tecken. Såret torrt och fint utan rodnad. Underben utan svullnad."),
        ("Lab/PAD", "Hb 104 (108), CRP 62 (118), P-glukos 6–11. Inget fryssnitt togs peroperativt. Slutligt PAD inkom i dag: höggradig serös cancer utgången från vänster äggledare/ovarium, FIGO IIIA1 med mikroskopisk spridning till en retroperitoneal lymfkörtel, omentet fritt."),
        ("Bedömning", "Ovarialcancer av höggradig serös typ, FIGO IIIA1. Okomplicerat postoperativt förlopp. Något högre blodsocker postop, pumpinställningen justerad av diabetessköterska."),
        ("Planering", "Hemgång planeras 2024-05-07 om fortsatt fint förlopp. Agrafferna tas på VC dag 12. Fragmin 10 000 E i 28 dagar. Anmäls till regional MDK för ställningstagande till cytostatika. PAD-beskedet har inte lämnats till pat ännu; jag tar det i eftermiddag tillsammans med kontaktsjuksköterskan när maken är på plats."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "postoperative ward note: ovarian cancer in Lab/PAD and Bedömning, last Planering sentence says the PAD news has not been given yet")

C("a07-melanom-pad-ringer-torsdag", "skane", ("19710825", "091"), [
    N("n1", "sk_hud_lund", ("Cecilia Blom", "läkare"), "Journalanteckning",
      "2024-03-27 12:05", "2024-03-27 12:30", "öppenvård", [
        ("Aktuellt", "Provsvar efter excision av pigmenterad förändring på hö skulderblad 2024-03-15. Pat har bett om telefonbesked och ringer själv in torsdag 28/3 på sin telefontid."),
        ("Anamnes", "52-årig man, lastbilschaufför, ljus hudtyp II med många solbrännor i ungdomen. Sökte pga en förändring som vuxit och kliat sedan jul, dermatoskopiskt asymmetri och atypiskt nätverk. Ingen tidigare hudcancer. Modern opererad för basaliom. Tablettbehandlad hypertoni, i övrigt frisk."),
        ("Läkemedel", "Enalapril 10 mg. Inga blodförtunnande."),
        ("Socialt", "Sambo, två barn 12 och 15 år. Kör fjärrtrafik och är ofta borta flera dagar i sträck, därav önskan om telefonbesked."),
        ("Status", "Vid excisionen: Rikligt med seborroiska keratoser på bålen och ett par aktiniska keratoser på skalpen. Förändringen hö skulderblad 9x7 mm med oregelbunden pigmentering. Inga palpabla lymfkörtlar i axiller eller på halsen."),
        ("PAD", "Malignt melanom av ytligt spridande typ, Breslow 1,4 mm, ulceration saknas, mitoser 2/mm². Radikalt exciderat med 2 mm marginal."),
        ("Bedömning", "Malignt melanom pT2a på hö skulderblad. Utvidgad excision med 1 cm marginal krävs och sentinel node-biopsi erbjuds enligt vårdprogrammet. Aktiniska keratoser på skalpen behandlas med kryo vid samma tillfälle. De seborroiska keratoserna är benigna och kräver ingen åtgärd."),
        ("Planering", "Remiss till plastikkirurgen för vidgad excision och sentinel node. Pat är inte informerad om PAD ännu – han får beskedet när han ringer på torsdag, då även tid till plastikkirurg och kontaktsjuksköterska ges."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "melanoma PAD with benign side findings; Planering states the patient is not yet told the PAD result")

C("a08-myelom-fraktur-informerad-myelom-inte", "vgr", ("19540112", "630"), [
    N("n1", "vg_ort_molndal", ("Peter Almqvist", "läkare"), "Mottagningsanteckning",
      "2024-06-10 09:40", "2024-06-10 10:30", "öppenvård", [
        ("Aktuellt", "Återbesök 2 veckor efter märgspikning av patologisk fraktur i hö femurdiafys 2024-05-27. Går med rollator, full belastning tillåten. Smärtan i låret avtar, tar Alvedon 1 g x 3 och sällan Oxycodone till natten."),
        ("Anamnes", "70-årig kvinna med förmaksflimmer på Eliquis, hypertoni och lätt njursvikt. Under vårdtiden noterades anemi, högt kalcium och en M-komponent. Utredning via hematologen som gjorde benmärgsprov 2024-05-30."),
        ("Läkemedel", "Eliquis 5 mg x 2, enalapril 5 mg, Alvedon 1 g x 3, Oxycodone 5 mg till natten vid behov, Movicol. Zoledronsyra gavs på avdelningen 2024-05-31."),
        ("Socialt", "Änka sedan 2019, bor i lägenhet med hiss i Mölndal. Sonen bor i samma hus och hjälper till med inköp. Hemtjänst två gånger dagligen sedan utskrivningen för dusch och städning."),
        ("Status", "Såren läkta, agrafferna tas idag. Ingen rodnad eller sekretion. Höften flekteras till 100 grader, knät 0–110. Distalstatus ua."),
        ("Röntgen/Lab", "Rtg hö femur idag: spiken i gott läge, begynnande kallusbildning. Helkropps-DT 2024-05-29 visade multipla osteolyser i skalle, kotor och bäcken. Benmärg (svar 2024-06-05): 34 % klonala plasmaceller. Kalcium nu 2,55 efter zoledronsyra. Krea 118."),
        ("Bedömning", "1. Patologisk femurfraktur hö, opererad, läker planenligt. 2. Multipelt myelom med skelettengagemang, hematologen tar över behandlingen. 3. Förmaksflimmer, Eliquis återinsatt."),
        ("Information", "Pat informerad om röntgensvaret, att frakturen läker bra och att hon får belasta fullt."),
        ("Planering", "Fysioterapi via primärvårdsrehab. Rtg-kontroll och återbesök om 6 veckor. Om myelomdiagnosen har pat ännu inte fått besked – hematologen (dr Nyström) har tid med henne 2024-06-13 och vill själv lämna beskedet."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "told about the fracture in Information, not about the myeloma (stated in Planering); three settled diagnoses")

C("a09-sigmoideumcancer-ska-inte-informeras-fore-mdk", "skane", ("19670304", "713"), [
    N("n1", "sk_kir_malmo", ("Lars Hedin", "läkare"), "Journalanteckning",
      "2024-02-20 15:45", "2024-02-20 16:10", "öppenvård", [
        ("Aktuellt", "Genomgång av utredning inför kolorektal MDK på torsdag. Remiss från hälsocentralen i Oxie efter positivt F-Hb och järnbristanemi."),
        ("Anamnes", "56-årig man med ankyloserande spondylit på TNF-hämmare sedan 2012 och välreglerad astma. Senaste halvåret trötthet, viss viktnedgång (4 kg) och växlande avföringsvanor. Ingen synlig blödning. Ingen hereditet för tjocktarmscancer; en bror har polyper som tas regelbundet."),
        ("Koloskopi", "Koloskopi 2024-02-08: cirkumferent, stenoserande tumör i sigmoideum 25–30 cm från anus, skopet passerar med svårighet. Två små polyper i transversum avlägsnade. PAD 2024-02-15: Adenokarcinom, måttligt differentierat, MMR-proteiner bevarade. Polyperna var tubulära adenom med låggradig dysplasi."),
        ("DT", "DT thorax-buk 2024-02-13: väggförtjockning i sigmoideum motsvarande tumören, två förstorade lokala lymfkörtlar, inga levermetastaser, inga lungnoduli."),
        ("Bedömning", "Sigmoideumcancer cT3 N1 M0. Tubulära adenom i transversum, radikalt borttagna. Järnbristanemi sekundär till tumören."),
        ("Planering", "Diskuteras på MDK 2024-02-22. Järninfusion Ferinject 1000 mg bokad på dagvården. Pat ska inte informeras om cancerdiagnosen innan MDK har tagit ställning till behandlingsupplägget, enligt överenskommelse vid koloskopin om att få allt samlat vid ett besök. Besök hos mig och kontaktsjuksköterska 2024-02-26. Paus av TNF-hämmaren tas upp med reumatolog inför eventuell operation."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "'ska inte informeras om cancerdiagnosen innan MDK' (must not be told yet) with the cancer in visible Koloskopi/Bedömning; 'eventuell operation' is no hedged diagnosis")

C("a10-ms-mcdonald-ej-informerats", "vgr", ("19941120", "482"), [
    N("n1", "vg_neuro_sahl", ("Karin Dahlgren", "läkare"), "Läkaranteckning",
      "2024-04-04 14:00", "2024-04-04 15:30", "öppenvård", [
        ("Aktuellt", "Journalgenomgång efter kompletterande utredning. Pat har återbesök hos MS-sjuksköterska och mig 2024-04-11."),
        ("Anamnes", "29-årig kvinna, förskollärare. Insjuknade i december med synnedsättning och smärta vid ögonrörelser vä öga, av ögonkliniken diagnostiserad som optikusneurit vä och behandlad med högdos kortison med god effekt. Berättar i efterhand om en period av domningar i benen 2021 som gick över på några veckor. Astma i barndomen, ingen medicinering sedan länge. Ingen känd neurologisk sjukdom i släkten."),
        ("Socialt", "Bor med sambo i lägenhet i Majorna. Arbetar heltid på en förskola, var sjukskriven två veckor i december. Tränar yoga två gånger i veckan. Har tankar på att skaffa barn inom ett par år."),
        ("Läkemedel", "Kombinerade p-piller. Inga andra läkemedel."),
        ("Status", "2024-03-14: Visus vä 0,8, hö 1,0. RAPD vä. Kranialnerver i övrigt ua. Kraft och koordination ua. Lätt nedsatt vibrationssinne distalt i benen. Livliga men symmetriska reflexer, plantarreflexer nedåtvända."),
        ("Utredning", "MR hjärna och halsmärg 2024-03-20: sju periventrikulära och juxtakortikala T2-lesioner samt en lesion i halsmärgen på C3-nivå, två av lesionerna laddar kontrast. Likvor 2024-03-27: oligoklonala band i likvor men inte i serum, IgG-index 0,92, normal cellräkning. AQP4- och MOG-antikroppar negativa."),
        ("Lab", "Blodstatus, CRP, B12, folat, TSH, ANA och borreliaserologi normala. Vitamin D 48 nmol/l. JC-virusantikroppar tagna inför behandlingsval."),
        ("Bedömning", "Skovvis förlöpande multipel skleros. McDonald 2017-kriterierna för spridning i tid och rum är uppfyllda. NMOSD och MOGAD avskrivna genom negativa antikroppar."),
        ("Planering", "Pat har ännu inte infomerats om att diagnosen MS nu är fastställd; det görs vid besöket 11/4 då vi även går igenom val av sjukdomsmodifierande behandling. Graviditetsönskemål efterfrågas före behandlingsval. Registrering i Svenska MS-registret efter besöket."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "MS fulfilled by McDonald criteria, stated as settled; Planering opens with the not-informed sentence (typo 'infomerats'); alternatives are negated")

C("a11-huntington-prediktiv-test-protokoll", "skane", ("19890616", "335"), [
    N("n1", "sk_genetik_lund", ("Ingrid Lövgren", "läkare"), "Läkaranteckning",
      "2024-09-05 11:20", "2024-09-05 13:00", "öppenvård", [
        ("Aktuellt", "Svar på prediktiv testning för Huntingtons sjukdom har inkommit från laboratoriet. Anteckning utan pat närvarande."),
        ("Bakgrund", "35-årig man vars mor har Huntingtons sjukdom (genetiskt bekräftad 2019, 44 CAG-upprepningar) och bor på särskilt boende. Morfar avled i 60-årsåldern med liknande symtom. Pat har genomgått två samtal enligt det internationella protokollet för presymtomatisk testning med betänketid emellan, och psykologbedömningen visade inga hinder. Han är sambo, har inga barn och arbetar som IT-konsult."),
        ("Status", "Vid senaste besöket 2024-08-22 neurologiskt helt utan anmärkning, inga koreatiska rörelser, normal ögonmotorik och finmotorik. Stämningsläge neutralt."),
        ("Provsvar", "DNA-analys av HTT-genen: en allel med 17 CAG-upprepningar och en allel med 42 CAG-upprepningar. Resultatet innebär att pat bär anlag för Huntingtons sjukdom med full penetrans."),
        ("Bedömning", "Presymtomatisk anlagsbärare för Huntingtons sjukdom. Inga kliniska tecken på sjukdomsdebut i dag."),
        ("Planering", "Enligt protokollet ska pat inte få resultatet per telefon eller brev. Han är inte informerad ännu och får besked vid det bokade svarssamtalet 2024-09-12 tillsammans med sambon, med psykolog tillgänglig efteråt. Uppföljningssamtal efter två veckor bokas. Kontakt med patientförening erbjuds."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "genetic result (Huntington carrier) visible in Provsvar/Bedömning; protocol note that he is not yet informed")

C("a12-hiv-konfirmerat-kallas-till-besked", "vgr", ("19870923", "157"), [
    N("n1", "vg_infek_ostra", ("Mikael Forsberg", "läkare"), "Läkaranteckning",
      "2024-07-08 10:50", None, "öppenvård", [
        ("Aktuellt", "Remiss från vårdcentralen i Angered efter reaktiv HIV-screening som led i utredning av långdragen feber och lymfkörtelförstoring i maj. Konfirmerande analyser utförda på vårt laboratorium."),
        ("Anamnes", "36-årig man, bussförare. Hade halsont, feber och utslag i tre veckor i slutet av april som gick över utan behandling. Sedan dess kvarstående trötthet och svullna körtlar på halsen. Hepatit B-vaccinerad. Inga kända tidigare sjukdomar, inga läkemedel. Talar flytande svenska, tolk behövs inte."),
        ("Status", "Enligt remissen ömmande lymfkörtlar på halsen bilateralt, i övrigt utan anmärkning."),
        ("Lab", "HIV-1/2 antigen/antikropp kombinationstest reaktivt, konfirmerat med linjeblot (HIV-1 positivt). HIV-RNA 86 000 kopior/ml, CD4 410. Syfilisserologi samt hepatit B och C negativa. Leverprover och krea normala."),
        ("Bedömning", "Nyupptäckt HIV-1-infektion i tidig fas efter genomgången primärinfektion våren 2024. Ingen AIDS-definierande sjukdom."),
        ("Planering", "Pat är inte informerad om provsvaret ännu. Han kallas per telefon till besök hos mig och infektionssjuksköterska 2024-07-10 där beskedet ges personligen, med information om smittskydd och smittspårning enligt smittskyddslagen. Antiretroviral behandling planeras att starta snarast efter besöket. Remittenten informerad om att vi tar över."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "confirmed HIV infection in visible Lab/Bedömning; Planering: patient not informed of the result yet (remittent informed does not help)")

C("a13-hcm-flimmer-informerad-om-flimret-bara", "skane", ("19750208", "826"), [
    N("n1", "sk_kard_ksd", ("Olof Nordin", "läkare"), "Mottagningsanteckning",
      "2024-05-14 13:30", "2024-05-14 15:10", "öppenvård", [
        ("Aktuellt", "Nybesök efter remiss från akuten, där pat sökte 2024-04-22 för hjärtklappning och fick diagnosen förmaksflimmer. Spontan konvertering på akuten. Sedan dess två korta episoder hemma."),
        ("Anamnes", "49-årig kvinna, undersköterska. Hypotyreos på Levaxin 100 µg. Ingen tidigare hjärtsjukdom. En morbror dog plötsligt i 40-årsåldern."),
        ("Socialt", "Gift, två döttrar 19 och 23 år. Arbetar heltid på ett äldreboende i Kristianstad. Springer motionslopp och undrar om hon får fortsätta träna."),
        ("Status", "BT 132/84, puls 68 regelbunden. Cor: systoliskt ejektionsblåsljud 3/6 vid vänster sternalrand som ökar vid Valsalva. Pulm: ua. Inga ödem."),
        ("EKG/Eko", "EKG: sinusrytm 66/min, vänsterkammarhypertrofi med repolarisationsförändringar lateralt. UKG 2024-05-14: asymmetrisk septumhypertrofi 21 mm, LVOT-gradient 18 mmHg i vila och 52 mmHg vid Valsalva, EF 65 %, vänster förmak 46 mm. Holter 2024-05-02: två episoder av förmaksflimmer, den längsta 3 timmar."),
        ("Bedömning", "1. Paroxysmalt förmaksflimmer; vid samtidig HCM ges antikoagulation oavsett CHA2DS2-VASc. 2. Hypertrofisk obstruktiv kardiomyopati. 3. Hypotyreos."),
        ("Information", "Pat informerad om förmaksflimmer, att det kan komma tillbaka och om varför hon behöver blodförtunnande. Fick skriftlig information om Eliquis."),
        ("Planering", "Eliquis 5 mg x 2 och bisoprolol 2,5 mg insatt. Diagnosen hypertrofisk kardiomyopati har hon däremot inte fått veta ännu; det samtalet tar jag när MR hjärta är gjord och genetiker är kopplad, eftersom det berör hennes två döttrar. MR hjärta beställd. Återbesök om 4 veckor."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "two settled diagnoses; Information covers atrial fibrillation, Planering says she has not been told about HCM")

C("a14-papillar-tyreoideacancer-kallad", "vgr", ("19820430", "742"), [
    N("n1", "vg_endo_nal", ("Helena Strand", "läkare"), "Journalanteckning",
      "2024-10-03 10:10", "2024-10-03 10:45", "öppenvård", [
        ("Aktuellt", "PAD efter hemityreoidektomi vä 2024-09-19 har kommit och granskas inför endokrin MDK."),
        ("Anamnes", "42-årig kvinna med knöl på vänster halssida sedan i vintras, utredd med ultraljud och finnålspunktion som gav Bethesda III. Hemityreoidektomi på diagnostisk indikation. Celiaki sedan 2010 på glutenfri kost, i övrigt frisk. Två barn, 8 och 11 år. Arbetar som tandhygienist."),
        ("Läkemedel", "Inga stående läkemedel. Tar D-vitamin under vinterhalvåret och järntabletter i perioder."),
        ("Status", "Postop 2024-09-20: fint sår utan hematom. Normal röst, indirekt laryngoskopi med normal stämbandsrörlighet bilateralt. Kalcium normalt."),
        ("PAD", "Papillär tyreoideacancer, klassisk variant, 23 mm, unifokal, radikalt exciderad, ingen kärlinväxt och ingen extratyreoidal växt. Tre centrala lymfkörtlar utan metastaser. pT2 N0."),
        ("Bedömning", "Papillär tyreoideacancer pT2 N0, låg risk enligt ATA. Celiaki stabil. Välmående postoperativt."),
        ("Planering", "Tas upp på MDK 2024-10-08 för ställningstagande till komplettering med tyreoidektomi och radiojod. Pat har inte fått PAD-besked ännu och är kallad till besök hos mig 2024-10-10 dit hon tar med maken. Kontaktsjuksköterskan närvarar. Levaxin behövs inte i nuläget, TSH kontrolleras inför besöket."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "papillary thyroid cancer in PAD/Bedömning; 'har inte fått PAD-besked ännu' buried in Planering")

C("a15-dlbcl-remissbedomning-vet-annu-inte", "skane", ("19520822", "515"), [
    N("n1", "sk_hemat_lund", ("Tomas Persson", "läkare"), "Remissbedömning",
      "2024-01-23 09:05", "2024-01-23 09:50", "öppenvård", [
        ("Aktuellt", "Remiss från ÖNH-kliniken SUS Lund efter exstirpation av lymfkörtel på höger halssida 2024-01-15."),
        ("Anamnes", "Enligt remissen 71-årig man med tre månaders snabbt växande knöl på halsen, nattsvettningar och 7 kg viktnedgång. TURP 2018 för godartad prostataförstoring. KOL grad 1, före detta rökare. Bor med hustrun i Höör, fullt aktiv och cyklar dagligen."),
        ("Läkemedel", "Spiriva inhalation dagligen, Ventoline vid behov, Simvastatin 20 mg till natten. Inga blodförtunnande."),
        ("Socialt", "Pensionerad lantbrukare. Två vuxna döttrar i Lund respektive Kävlinge som han har tät kontakt med. Kör bil själv till sjukhuset."),
        ("PAD", "Diffust storcelligt B-cellslymfom av non-GCB-typ enligt Hans algoritm, Ki-67 80 %. MYC-omlagring saknas enligt FISH."),
        ("Lab", "LD 380, Hb 121, LPK 7,2, TPK 311. Krea 95. Hepatit- och HIV-serologi negativa. PET-DT är beställd via ÖNH och utförs 2024-01-26."),
        ("Bedömning", "Diffust storcelligt B-cellslymfom. Stadieindelning görs efter PET-DT. Behandling med R-CHOP förväntas. God performance status, ECOG 0–1."),
        ("Planering", "Nybesök på hematologen 2024-01-30 hos dr Persson och kontaktsjuksköterska. Pat vet ännu inte om diagnosen – ÖNH-läkaren har bett oss lämna beskedet eftersom behandlingen ges här. UKG beställt inför antracyklinbehandling. Benmärgsbiopsi tas vid besöket."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "referral assessment: lymphoma in PAD/Bedömning, 'Pat vet ännu inte om diagnosen' in Planering")

C("a16-pankreascancer-kontaktssk-ej-per-telefon", "vgr", ("19570101", "679"), [
    N("n1", "vg_kir_ostra", ("Annika Berg", "sjuksköterska"), "Kontaktsjuksköterskeanteckning",
      "2024-03-01 14:20", "2024-03-01 14:50", "öppenvård", [
        ("Kontaktorsak", "Hustrun ringer å pat:s vägnar med frågor om gulsot, klåda och svar på undersökningen."),
        ("Aktuellt", "66-årig man som utreds för ikterus sedan februari. ERCP med stentinläggning i gallgången 2024-02-21, klådan bättre sedan dess. EUS med finnålspunktion av 3 cm tumör i pankreashuvudet 2024-02-26. PAD inkom i går: Duktalt adenokarcinom i pankreas. DT thorax-buk utan fjärrmetastaser, tumören har kontakt med vena mesenterica superior under 180 grader."),
        ("Åtgärd", "Hustrun undrar om svaret har kommit. Jag har bekräftat att svaret finns och att dr Olsson går igenom det vid besöket på tisdag. Pat ska inte informeras om PAD per telefon och vet ännu inte att det är cancer; beslutet från MDK 2024-02-29 om neoadjuvant cytostatika och därefter ställningstagande till Whipple-operation presenteras vid besöket. Gett råd om fettrik kost och Creon till maten enligt dietistens ordination."),
        ("Planering", "Besök 2024-03-05 kl 09.30 hos dr Olsson och kontaktsjuksköterska. Blodprover (bilirubin, ALP, CA 19-9, blodstatus) tas på morgonen samma dag, remiss skickad. Hustrun hör av sig vid feber eller frossa med tanke på risken för stentocklusion."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "contact-nurse note: pancreatic cancer in Aktuellt, 'vet ännu inte att det är cancer' buried in Åtgärd")

C("a17-cervixcancer-konisering-typo", "skane", ("19880310", "184"), [
    N("n1", "sk_gyn_hbg", ("Linnea Åkesson", "läkare"), "Läkaranteckning",
      "2024-06-19 08:40", "2024-06-19 09:20", "öppenvård", [
        ("Aktuellt", "PAD efter slyngkonisering 2024-06-05 granskat. Pat har telefontid med mig på fredag."),
        ("Anamnes", "36-årig kvinna, två barn, steriliserad 2021. Kallad via screening med HPV 16-positivt prov och HSIL i cytologin. Kolposkopin visade acetovitt område med grova kärl kl 12–3. Tidigare frisk, röker 5 cigaretter per dag. Inga blödningsrubbningar."),
        ("Socialt", "Arbetar som busschaufför i Helsingborg. Bor med sambo och barnen som är 6 och 9 år. Sambon brukar följa med på besök."),
        ("Status", "Vid koniseringen: portio med acetovit zon kl 12–3, ingen synlig exofytisk tumör. Vagina ua. Palpatoriskt normalstor uterus, mjuka parametrier bilateralt."),
        ("PAD", "Invasiv skivepitelcacner i cervix, invasionsdjup 4 mm, bredd 9 mm, ingen lymfovaskulär invasion. Inte radikalt avlägsnad i endocervikala kanten. I övrigt CIN 3."),
        ("Bedömning", "Cervixcancer FIGO IB1. Rökare."),
        ("Planering", "Remiss till MR bäcken och regional MDK gyncancer i Lund. Pat är ännu inte underrättad om PAD-svaret. Jag ringer henne på fredag och bokar ett besök nästa vecka för att ge beskedet på plats och inte i telefon. Rökavvänjning erbjuds."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "cervical cancer (typo 'skivepitelcacner' in PAD, correct in Bedömning); 'ännu inte underrättad om PAD-svaret'")

C("a18-retinitis-pigmentosa-korkort-forst", "vgr", ("19780727", "551"), [
    N("n1", "vg_ogon_molndal", ("Erik Sandberg", "läkare"), "Mottagningsanteckning",
      "2024-02-08 15:20", "2024-02-08 16:40", "öppenvård", [
        ("Aktuellt", "Återbesök efter ERG och synfältsundersökning. Pat besväras av bländning och dåligt mörkerseende, särskilt vid bilkörning på kvällen."),
        ("Anamnes", "45-årig man, elektriker. Mörkerseendet har försämrats i flera år. Ingen känd ögonsjukdom i släkten, föräldrarna är kusiner. Tidigare frisk, inga läkemedel."),
        ("Status", "Visus med egen korrektion hö 0,6, vä 0,5. Tryck 15/16. Främre segment: bakre subkapsulär katarakt bilateralt, mer uttalad vä. Fundus i mydriasis: vaxgula papiller, smala kärl och benkroppsliknande pigmentansamlingar i mellanperiferin bilateralt. Makula utan ödem."),
        ("Undersökningar", "Goldmannperimetri: koncentriskt insnävade synfält till cirka 20 grader bilateralt. Fullfälts-ERG 2024-01-30: kraftigt reducerade stav- och tappsvar, stavsvaren nästan utsläckta. OCT: förtunning av yttre retina utanför makula."),
        ("Bedömning", "1. Retinitis pigmentosa (stav-tappdystrofi), ERG-verifierad. 2. Bakre subkapsulär katarakt bilateralt. 3. Synfältsinskränkning som inte uppfyller körkortskraven."),
        ("Information", "Pat informerad om grå starr och att operation kan förbättra synskärpan något. Han har också fått veta att synfältet inte räcker för körkort och att han inte får köra bil; anmälan till Transportstyrelsen gjord."),
        ("Planering", "Remiss för kataraktoperation vä. Själva diagnosen retinitis pigmentosa har jag inte tagit upp med pat ännu, eftersom han redan fick ett tungt besked om körkortet idag. Besked ges vid återbesöket om 3 veckor tillsammans med synpedagog, och då erbjuds remiss till klinisk genetik."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "informed about cataract and driving licence, not about retinitis pigmentosa — the not-told sentence is in Planering")

C("a19-glioblastom-utkast-familjesamtal", "skane", ("19660915", "377"), [
    N("n1", "sk_neurokir_lund", ("Viktor Lind", "läkare"), "Daganteckning",
      "2024-08-14 13:10", None, "slutenvård", [
        ("Aktuellt", "Postop dag 6 efter kraniotomi och resektion av tumör i vänster temporallob 2024-08-08. Afasin förbättras gradvis, han kan nu föra enkla samtal men hittar inte alltid orden. Inga nya kramper sedan Keppra höjdes."),
        ("Tidigare", "58-årig man, snickare. Behandlad hypertoni. Debuterade med ett generaliserat krampanfall på arbetet i juli, och MR visade en kontrastladdande expansivitet vänster temporalt med omgivande ödem."),
        ("Status", "Vaken, orienterad till person och plats, osäker på datum. Lätt nominell afasi. Ingen pares, ansiktet symmetriskt. Operationssåret torrt, agrafferna sitter. Afebril."),
        ("Lab/Röntgen", "Postop MR 2024-08-09: nästan total resektion, liten kvarvarande kontrastladdning mot ventrikeln. PAD inkom idag: Glioblastom, IDH-vildtyp, CNS WHO grad 4, MGMT-promotorn metylerad."),
        ("Bedömning", "Glioblastom vänster temporallob, IDH-vildtyp, radikalt opererad så när som på en liten rest. Symtomatisk epilepsi, kontrollerad. Läker fint postoperativt."),
        ("Planering", "Dexametason trappas ned enligt schema. Remiss till onkologen för strålbehandling med temozolomid. Pat ännu ej informerad om PAD; med tanke på afasin vill vi ge beskedet vid familjesamtal med hustrun och den vuxna dottern 2024-08-16, där kurator deltar. Hemgång planeras till helgen med stöd av hemsjukvård."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "unsigned draft: glioblastoma PAD in Lab/Röntgen and Bedömning, 'Pat ännu ej informerad om PAD' in Planering")

C("a20-brostcancer-vill-inte-ha-per-telefon", "vgr", ("19690502", "128"), [
    N("n1", "vg_brost_sahl", ("Jenny Holmgren", "läkare"), "Journalanteckning",
      "2024-11-12 16:20", "2024-11-12 16:45", "öppenvård", [
        ("Aktuellt", "Svar på mellannålsbiopsi från screeningfynd i hö bröst. Pat kallad till besked."),
        ("Anamnes", "55-årig kvinna, kallad från mammografiscreening med ny stjärnformig förändring i hö bröst, övre yttre kvadranten. Inga egna symtom. Menopaus vid 51, ingen hormonbehandling. Hysterektomi för myom 2015, hypertoni på losartan. Moster hade bröstcancer vid 62 års ålder."),
        ("Status", "Vid biopsin: palpabel, ca 1,5 cm fast resistens kl 10 i hö bröst, 4 cm från mamillen. Hö axill utan palpabla körtlar. Vä bröst och axill ua."),
        ("Bilddiagnostik/PAD", "Mammografi och ultraljud: 14 mm spikulerad förändring i hö bröst, axillen ultraljudsmässigt normal. PAD mellannål: Invasiv bröstcancer av NST-typ, histologisk grad 2, ER 95 %, PR 60 %, HER2 negativ (IHC 1+), Ki-67 18 %."),
        ("Bedömning", "Bröstcancer hö, cT1c N0, luminal A-lik. Lämplig för primär bröstbevarande kirurgi med sentinel node-biopsi."),
        ("Planering", "MDK bröst 2024-11-14. Besök hos mig och bröstsjuksköterska 2024-11-18. Pat ej informerad om biopsisvaret ännu – hon vet att hon får svar vid besöket och vill inte ha det per telefon. Preoperativa blodprover remitterade."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "breast cancer PAD; patient not informed of the biopsy result yet, by her own wish")
# ================================================================ NL101 positives (B): copy-forward and non-cancer

C("b01-blascancer-copy-forward-efter-telefonbesked", "vgr", ("19510609", "292"), [
    N("n1", "vg_uro_sas", ("Fredrik Olausson", "läkare"), "Telefonanteckning",
      "2024-04-08 11:05", "2024-04-08 11:20", "öppenvård", [
        ("Kontaktorsak", "Planerat telefonsamtal för PAD-besked efter TURB 2024-03-26."),
        ("Åtgärd", "Ringt pat enligt överenskommelse. Informerat om att PAD visar muskelinvasiv urotelial blåscancer och att DT inte visat någon spridning. Pat tog beskedet lugnt, hustrun lyssnade via högtalaren. Berättat att MDK rekommenderar cytostatika före cystektomi och att han kallas till onkolog och urolog."),
        ("Planering", "Besök hos urolog 2024-04-22 inför cystektomi, onkologbesök bokas separat. Kontaktsjuksköterskan ringer upp i morgon."),
    ]),
    N("n2", "vg_uro_sas", ("Maja Rydén", "läkare"), "Mottagningsanteckning",
      "2024-04-22 14:00", "2024-04-22 15:00", "öppenvård", [
        ("Aktuellt", "Besök inför radikal cystektomi, pat kommer med hustrun. 72-årig man som utreddes för makroskopisk hematuri i februari. TURB 2024-03-26 av 4 cm stor tumör på bakväggen. PAD: Urotelial cancer, höggradig, med växt in i detrusormuskeln (pT2). DT thorax-buk-urografi utan tecken till spridning. Pat ännu ej informerad om PAD-svaret, besked per telefon planerat."),
        ("Anamnes", "Hypertoni, typ 2-diabetes på metformin och Jardiance. Före detta storrökare, slutade 2015, 40 paketår. Höftplastik hö 2019. Bor i villa i Sandared, fullt självständig och kör bil. Hustrun frisk."),
        ("Status", "AT gott, BMI 29. Cor: regelbunden rytm utan blåsljud. Pulm: vesikulärt andningsljud bilateralt, inga rassel. Buk: mjuk, inget bråck. Yttre genitalia ua. PR: prostata slät, ca 30 g, ingen fixering av blåsbotten."),
        ("Lab", "Krea 96, eGFR 68, Hb 128, HbA1c 54. Urinodling negativ."),
        ("Bedömning", "Muskelinvasiv blåscancer cT2 N0 M0. Lämplig för neoadjuvant cisplatinbaserad cytostatika följt av radikal cystektomi med Brickerblåsa. Njurfunktionen räcker för cisplatin. Diabetes bör optimeras inför operationen."),
        ("Planering", "Onkologbesök 2024-04-25, start av ddMVAC planeras under maj. Utprovning av stomiläge hos uroterapeut. Cystektomi preliminärt bokad vecka 33. Jardiance sätts ut 3 dagar före operation."),
    ])], [("NL101", "n2")], [("NL101", "n1"), ("NL102", "n2")],
    "copy-forward: today's note repeats an old 'ännu ej informerad om PAD' although the phone note two weeks earlier gave the news")

C("b02-brostcancerrecidiv-tre-anteckningar-copy-forward", "skane", ("19600318", "468"), [
    N("n1", "sk_onk_lund", ("Sara Lindahl", "läkare"), "Journalanteckning",
      "2024-01-10 15:30", "2024-01-10 16:00", "öppenvård", [
        ("Aktuellt", "Svar på DT thorax-buk och skelettscintigrafi som gjordes pga ryggsmärta och stigande tumörmarkör. Pat inte närvarande vid genomgången."),
        ("Anamnes", "63-årig kvinna opererad 2019 för vänstersidig bröstcancer (pT2 N1, ER+, HER2-), därefter cytostatika, strålbehandling och letrozol som hon fortfarande tar. Sedan november tilltagande värk i ländryggen. Välbehandlad hypertoni."),
        ("Undersökningar", "DT 2024-01-08: tre levermetastaser, den största 25 mm i segment 6, inga lungmetastaser. Skelettscintigrafi: patologiskt upptag i L3 och höger os ilium, motsvarande skelettmetastaser på DT. CA 15-3 har stigit från 22 till 88. Leverbiopsi 2024-01-09 med snabbsvar: metastas av bröstcancer, ER-positiv."),
        ("Bedömning", "Recidiv av bröstcancer med lever- och skelettmetastaser, endokrint resistent under pågående letrozol."),
        ("Planering", "Pat ej informerad om recidivet ännu. Besök hos mig med kontaktsjuksköterska 2024-01-12 där beskedet ges; byte till fulvestrant och CDK4/6-hämmare föreslås. Remiss för strålbehandling mot L3 i smärtlindrande syfte. Denosumab startas."),
    ]),
    N("n2", "sk_onk_lund", ("Sara Lindahl", "läkare"), "Mottagningsanteckning",
      "2024-01-12 10:00", "2024-01-12 11:15", "öppenvård", [
        ("Aktuellt", "Besök tillsammans med maken för besked om undersökningsresultaten."),
        ("Information", "Pat och make informerade om att bröstcancern har kommit tillbaka med dottertumörer i levern och skelettet. Hon var förberedd och sa att hon anat det sedan i höstas. Vi har gått igenom att sjukdomen inte längre går att bota men att behandling kan hålla den i schack under lång tid."),
        ("Planering", "Fulvestrant och ribociklib startas nästa vecka. Strålbehandling mot L3 med 5 Gy x 4 bokad. Kontaktsjuksköterskan ringer om tre dagar."),
    ]),
    N("n3", "sk_onk_lund", ("Daniel Ohlsson", "läkare"), "Mottagningsanteckning",
      "2024-02-07 09:15", "2024-02-07 12:00", "öppenvård", [
        ("Aktuellt", "Uppföljning efter en månads behandling med fulvestrant och ribociklib. Ryggvärken är klart mindre efter strålbehandlingen och hon tar numera bara Alvedon. Lite trött men ingen feber. Aptiten är bra."),
        ("Bakgrund", "63-årig kvinna opererad 2019 för vänstersidig bröstcancer, pT2 N1, ER+, HER2-. Därefter cytostatika, strålbehandling och letrozol. I januari 2024 recidiv med lever- och skelettmetastaser på DT och skelettscint, leverbiopsin visade metastas av ER-positiv bröstcancer. Pat ännu ej informerad om recidivet, besked ges vid läkarbesök."),
        ("Läkemedel", "Fulvestrant 500 mg im var fjärde vecka, ribociklib 600 mg dag 1–21, denosumab 120 mg var fjärde vecka, kalcium och D-vitamin, amlodipin 5 mg, Alvedon vid behov."),
        ("Socialt", "Gift, två vuxna barn. Arbetar halvtid som ekonomiassistent och vill fortsätta så länge hon orkar. Maken följer med på behandlingarna."),
        ("Status", "AT gott, ECOG 1. Ingen ikterus. Levern inte palpabel. Lindrig ömhet över L3. Huden utan utslag."),
        ("Lab", "Neutrofila 1,2 (dag 28), Hb 118, TPK 160. ALAT 0,9, bilirubin 12. QTc på EKG 432 ms."),
        ("Bedömning", "Metastaserad bröstcancer, första linjens behandling med fulvestrant och ribociklib. Neutropeni grad 2, förväntad. God smärtlindring efter strålningen."),
        ("Planering", "Fortsätter ribociklib 600 mg 21 dagar av 28 utan dosreduktion. Nästa fulvestrant 2024-02-12. Blodprover inför varje cykel. Utvärderande DT om 3 månader. Denosumab fortsätter var fjärde vecka, tandläkarkontroll är genomförd."),
    ])], [("NL101", "n1"), ("NL101", "n3")], [("NL101", "n2"), ("NL102", "n3")],
    "three notes: not told (n1), told at the visit (n2), and a month later the old not-told sentence is copied into Bakgrund (n3)")

C("b03-levermetastaser-avdelning-kopierad-bedomning", "vgr", ("19450214", "526"), [
    N("n1", "vg_med_kungalv", ("Ahmed Karimi", "läkare"), "Daganteckning",
      "2024-09-03 15:40", "2024-09-03 16:30", "slutenvård", [
        ("Aktuellt", "Informationssamtal på eftermiddagen med pat, dottern och avdelningens sjuksköterska."),
        ("Information", "Pat informerad om att leverbiopsin visar metastaser från en tumör i tjocktarmen och att sjukdomen inte kan opereras bort. Hon ställde frågor om prognosen och fick raka svar. Dottern fick samma information. Pat önskar hemgång så snart smärtan är under kontroll."),
        ("Planering", "Remiss till onkologen för ställningstagande till palliativ cytostatika. Kontakt med ASIH inför hemgång."),
    ]),
    N("n2", "vg_med_kungalv", ("Lisa Hermansson", "läkare"), "Daganteckning",
      "2024-09-04 11:20", "2024-09-04 13:05", "slutenvård", [
        ("Aktuellt", "Dag 5. Smärtan bättre på Oxycontin 10 mg x 2, Oxynorm 5 mg vb har behövts två gånger senaste dygnet. Äter dåligt men dricker bra. Ingen feber. Sover mycket men är lättväckt och adekvat."),
        ("Anamnes", "79-årig kvinna inlagd 2024-08-31 med högersidig buksmärta, viktnedgång och ikterus. Tidigare hypertoni och glaukom. Änka sedan 2020, bor ensam i lägenhet i Kungälv med hemtjänst en gång i veckan."),
        ("Läkemedel", "Oxycontin 10 mg x 2, Oxynorm 5 mg vid behov, Movicol, Primperan vid behov, Xalatan ögondroppar. Enalapril pausad pga lågt blodtryck."),
        ("Omvårdnad", "Enligt sjuksköterskan sover hon större delen av dagen men är vaken vid måltiderna. Behöver hjälp vid dusch. Huden hel, inga trycksår."),
        ("Status", "Lätt ikterisk. Buk: förstorad, ojämn lever fyra fingerbredder nedom arcus, palpationsöm. Inga tecken på ascites. Lätta ödem på underbenen. Cor och pulm ua."),
        ("Lab", "Bilirubin 68 (74), ALP 9,2, ALAT 1,4, albumin 28, CRP 35. Hb 109. Krea 71."),
        ("Bedömning", "Multipla levermetastaser; PAD från leverbiopsi 2024-09-02 visar adenokarcinom av kolorektalt ursprung, primärtumör i colon ascendens på DT. Pat ännu ej informerad om biopsisvaret, informationssamtal med dottern närvarande planeras. Cancersmärta, nu bättre kontrollerad."),
        ("Planering", "Fortsatt opioid enligt ovan, Movicol 1 x 2. Näringsdryck två gånger dagligen. ASIH-remiss skickad, inskrivningssamtal planeras på fredag. Droppet avvecklas."),
    ])], [("NL101", "n2")], [("NL101", "n1"), ("NL102", "n2")],
    "ward copy-forward: the day after the family meeting another doctor carries over 'ännu ej informerad om biopsisvaret' into Bedömning")

C("b04-kll-epikris-kopierat-fran-inskrivning", "skane", ("19440925", "856"), [
    N("n1", "sk_med_hbg", ("Gustav Nilsson", "läkare"), "Daganteckning",
      "2024-10-15 13:00", "2024-10-15 14:10", "slutenvård", [
        ("Aktuellt", "Dag 4 för pneumoni i vänster underlob. Feberfri sedan två dygn, CRP 48 från 210. Bytt till peroral amoxicillin idag."),
        ("Lab", "Flödescytometrin från inkomsten är besvarad: klonala B-celler med CD5+/CD23+, 14 × 10^9/l. LPK totalt 19."),
        ("Bedömning", "Pneumoni vä underlob i regress. Kronisk lymfatisk leukemi, Binet A, utan behandlingsindikation."),
        ("Information", "Pat informerad om att blodproverna visar kronisk lymfatisk leukemi, att sjukdomen är långsam och att den i dagsläget bara behöver följas med prover. Han tog det bra och ville att sonen skulle få veta, vilket han ordnar själv."),
        ("Planering", "Hemgång i morgon. Remiss till hematologmottagningen för uppföljning."),
    ]),
    N("n2", "sk_med_hbg", ("Hanna Olsson", "läkare"), "Epikris",
      "2024-10-16 10:30", "2024-10-18 09:00", "slutenvård", [
        ("Inskrivningsorsak", "79-årig man inlagd 2024-10-12 via akuten med feber, hosta och andfåddhet sedan fem dagar."),
        ("Tidigare sjukdomar", "Hypertoni, typ 2-diabetes på metformin, prostatahyperplasi på finasterid. Inga tidigare lunginflammationer."),
        ("Vårdförlopp", "Lungröntgen visade infiltrat i vänster underlob, CRP 210 och saturation 89 % på luft. Behandlad med bensylpenicillin iv med snabb förbättring, syrgasen kunde avvecklas dag 2. Vid inkomsten noterades lymfocytos på 14 och flödescytometri visar kronisk lymfatisk leukemi, Binet A. Pat är ännu inte informerad om KLL-diagnosen, detta tas av avdelningsläkaren innan hemgång. Blodsockret steg något under infektionen men krävde inget insulin."),
        ("Diagnoser", "1. Pneumoni vänster underlob, kliniskt läkt. 2. Kronisk lymfatisk leukemi, Binet A. 3. Typ 2-diabetes."),
        ("Status vid utskrivning", "Opåverkad, afebril, saturation 96 % på luft. Spridda ronki vänster bas, i övrigt normalt andningsljud. Förstorade men oömma lymfkörtlar på halsen och i axillerna, mjälten inte palpabel. Går själv i korridoren utan hjälpmedel."),
        ("Läkemedel", "Amoxicillin 750 mg x 3 t.o.m. 2024-10-19. Övriga läkemedel oförändrade: enalapril 10 mg, metformin 500 mg x 2, finasterid 5 mg."),
        ("Uppföljning", "Lungröntgen om 6 veckor via VC. Hematologmottagningen kallar inom 3 månader. Influensa- och pneumokockvaccin rekommenderas när han är återställd."),
    ])], [("NL101", "n2")], [("NL101", "n1"), ("NL102", "n2")],
    "epicrisis copies the admission text 'ännu inte informerad om KLL-diagnosen' although the day note shows he was told")

C("b05-parkinson-fysioterapeut-kopierar-remisstext", "vgr", ("19530204", "173"), [
    N("n1", "vg_neuro_sahl", ("Jonas Ek", "läkare"), "Mottagningsanteckning",
      "2024-05-15 10:00", "2024-05-15 11:30", "öppenvård", [
        ("Aktuellt", "Återbesök för svar på DaTSCAN och diagnosbesked. Kommer med hustrun."),
        ("Undersökningar", "DaTSCAN 2024-05-06: asymmetriskt nedsatt upptag i putamen, mest uttalat vänster, typiskt för nigrostriatal degeneration."),
        ("Bedömning", "Parkinsons sjukdom med högersidig debut, Hoehn & Yahr 1,5."),
        ("Information", "Pat och hustru informerade om diagnosen Parkinsons sjukdom, dess förlopp och behandlingsmöjligheter. Fick skriftlig information och kontaktuppgifter till Parkinsonsjuksköterskan."),
        ("Planering", "Start av Sinemet enligt upptrappningsschema. Remiss till fysioterapeut för bedömning av gång och balans. Återbesök om 3 månader."),
    ]),
    N("n2", "vg_rehab_sahl", ("Malin Öberg", "fysioterapeut"), "Fysioterapeutanteckning",
      "2024-05-29 13:00", "2024-05-29 14:00", "öppenvård", [
        ("Bakgrund", "70-årig man, pensionerad tandläkare, remitterad från neurologmottagningen. Utreds sedan i vintras för stelhet och skakningar i höger hand samt kortare steg. DaTSCAN 2024-05-06 visade asymmetriskt nedsatt upptag i putamen och neurolog har ställt diagnosen Parkinsons sjukdom. Pat ännu ej informerad om diagnosen, besked planeras vid återbesök hos neurolog."),
        ("Aktuellt", "Upplever att han släpar höger fot när han blir trött och har snubblat två gånger på trottoarkanter. Inga fall. Cyklar inte längre. Vill fortsätta spela golf."),
        ("Status", "Gång: minskad armpendling hö, kortare steglängd, vändning på fyra steg. TUG 11,2 s. Mini-BESTest 22/28. 30 s uppresningstest 12 gånger. Lätt rigiditet i hö arm vid passiv rörelse. Vilotremor i hö hand."),
        ("Bedömning", "Lätt nedsatt balans och gångförmåga, ingen förhöjd fallrisk enligt testerna. God motivation."),
        ("Åtgärd", "Genomgång av hemträningsprogram med stora rörelser och tempoväxling, instruerad i strategier för vändning. Information om gruppträning."),
        ("Planering", "Erbjuds plats i Parkinsongrupp två gånger i veckan under tio veckor med start i augusti. Uppföljning med samma tester efter perioden."),
    ])], [("NL101", "n2")], [("NL101", "n1"), ("NL102", "n2")],
    "physiotherapist copies the referral text 'ännu ej informerad om diagnosen' two weeks after the neurologist told the patient")

C("b06-celiaki-biopsi-telefontid", "skane", ("19910712", "562"), [
    N("n1", "sk_gastro_ksd", ("Malin Roos", "läkare"), "Journalanteckning",
      "2024-06-04 14:10", "2024-06-04 14:40", "öppenvård", [
        ("Aktuellt", "PAD från gastroskopi 2024-05-23 har besvarats och granskas, pat är inte på plats."),
        ("Anamnes", "32-årig kvinna remitterad från VC i Åhus pga långvarig järnbristanemi trots peroralt järn, uppblåsthet och lös avföring sedan ungefär två år. Hypotyreos sedan 2018, välbehandlad. Modern har typ 1-diabetes. Ammade fram till i höstas, yngsta barnet är 18 månader. Äter blandkost. Ingen viktnedgång."),
        ("Lab", "Hb 108, ferritin 6, transglutaminas-IgA 128 U/ml (ref <7), total-IgA normal. Folat lågt, B12 normalt. Albumin 36."),
        ("Gastroskopi", "Normal esofagus och ventrikel. I duodenum lätt fjällig slemhinna med fårade veck. Sex biopsier från bulben och pars descendens. PAD: total villusatrofi, kryptohyperplasi, intraepiteliala lymfocyter 60/100 epitelceller, Marsh 3c."),
        ("Bedömning", "Celiaki, serologiskt och histologiskt verifierad. Järnbristanemi och folatbrist sekundärt till malabsorption. Hypotyreos."),
        ("Planering", "Glutenfri kost och remiss till dietist. Järninfusion Monofer 1000 mg. Folsyra 5 mg dagligen i 3 månader. DXA. Pat ej informerad om biopsisvaret än – telefontid med mig 2024-06-07, dietisttid bokas först efter det. Återbesök med transglutaminas om ett år."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "low-stakes settled diagnosis (coeliac disease) visible while the patient has not been told the biopsy result")

C("b07-njursvikt-stadium-5-dialyssamtal", "vgr", ("19460301", "235"), [
    N("n1", "vg_njur_skovde", ("Per-Olof Sandin", "läkare"), "Mottagningsanteckning",
      "2024-02-27 09:30", "2024-02-27 11:00", "öppenvård", [
        ("Aktuellt", "Ordinarie kontroll. Tröttare senaste månaderna, sämre aptit och klåda nattetid. Vikt 74 kg (77). Inga andningsbesvär, kissar som vanligt."),
        ("Anamnes", "77-årig man med diabetesnefropati och hypertoni sedan 25 år, följs här sedan 2017. Typ 2-diabetes på insulin. Ischemisk hjärtsjukdom med PCI 2016. Gift, bor i villa utanför Skövde, hustrun är frisk."),
        ("Socialt", "Pensionerad lantbrukare som fortfarande sköter skogen med hjälp av sonen. Han har tidigare sagt att han inte vill bli beroende av sjukhuset tre dagar i veckan."),
        ("Läkemedel", "Insulatard 24 E till natten, Novorapid till maten, amlodipin 10 mg, furosemid 80 mg, bisoprolol 5 mg, atorvastatin 40 mg, sevelamer 800 mg x 3, Aranesp 40 µg varannan vecka."),
        ("Status", "BT 148/86, puls 64. Lätt blek. Cor: regelbunden rytm, ingen gnidning. Pulm: sparsamma basala rassel bilateralt. Pittingödem till mitten av skenbenen."),
        ("Lab", "Krea 512 (431), eGFR 9 ml/min, urea 31, kalium 5,6, standardbikarbonat 17, fosfat 2,1, PTH 38, Hb 102, albumin 33. U-albumin/krea 180."),
        ("Bedömning", "Kronisk njursvikt stadium 5 (eGFR 9) med begynnande uremiska symtom, hyperkalemi och metabol acidos. Diabetesnefropati. Lätt övervätskning."),
        ("Planering", "Furosemid höjs till 120 mg. Natriumbikarbonat 1 g x 3 och Lokelma 5 g dagligen insätts. Pat har ännu inte fått veta att njurfunktionen nu är nere i stadium 5; samtalet om dialys kontra konservativ vård tar jag vid ett längre besök med hustrun och dialyssjuksköterskan 2024-03-12. Nya prover om en vecka."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "progression to CKD stage 5 written as settled in Bedömning; patient not yet told (buried in Planering)")

C("b08-idiopatisk-lungfibros-efter-konferens", "skane", ("19500815", "597"), [
    N("n1", "sk_lung_lund", ("Annika Ström", "läkare"), "Journalanteckning",
      "2024-03-20 16:00", "2024-03-21 08:30", "öppenvård", [
        ("Aktuellt", "Pat diskuterad på multidisciplinär ILD-konferens 2024-03-20. Anteckning efter konferensen."),
        ("Anamnes", "73-årig man, före detta byggnadsarbetare och rökare med 30 paketår, slutade 2005. Sedan två år tilltagande ansträngningsdyspné och torrhosta. Inga ledbesvär eller hudutslag, ingen exponering för fåglar eller mögel hemma. Reflux på omeprazol. Förmaksflimmer på Eliquis."),
        ("Undersökningar", "HRCT 2024-02-14: basalt och subpleuralt dominerande retikulära förändringar med honeycombing och traktionsbronkiektasier, UIP-mönster. Spirometri: FVC 68 % av förväntat, DLCO 51 %. Sex minuters gångtest 390 m med desaturation till 86 %. Reumatologisk serologi och myositantikroppar negativa."),
        ("Socialt", "Gift, bor i villa i Staffanstorp med trädgård han sköter själv. Promenerar dagligen med hunden men måste stanna i uppförsbackar. Hustrun har följt med på alla besök."),
        ("Konferens", "Deltagare: lungläkare, thoraxradiolog och reumatolog. Konsensus att kriterierna för diagnos är uppfyllda utan biopsi."),
        ("Bedömning", "Idiopatisk lungfibos (IPF) med måttligt nedsatt lungfunktion. Ansträngningsutlöst hypoxi. Gastroesofageal reflux. Förmaksflimmer."),
        ("Planering", "Antifibrotisk behandling med nintedanib föreslås. Pat är inte informerad om diagnosen ännu; det görs vid besöket 2024-03-27 där även syrgasbehovet vid ansträngning utreds. Influensa- och pneumokockvaccination kontrolleras. Remiss till fysioterapi för lungrehabilitering."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "conference-settled IPF (typo 'lungfibos' in Bedömning); the sentence that he is not informed sits between treatment and vaccination lines")

C("b09-attr-amyloidos-dottern-vill-vara-med", "vgr", ("19450522", "413"), [
    N("n1", "vg_hjart_nal", ("Björn Axelsson", "läkare"), "Journalanteckning",
      "2024-11-05 13:20", None, "öppenvård", [
        ("Aktuellt", "Svar på DPD-scintigrafi och kompletterande prover. Journalgenomgång."),
        ("Anamnes", "79-årig man med hjärtsvikt sedan 2022, bevarad ejektionsfraktion. Opererad för karpaltunnelsyndrom bilateralt 2015 och 2017. Lumbal spinal stenos. Förmaksflimmer sedan 2023 på Eliquis. Tilltagande andfåddhet, orkar gå ungefär 300 meter."),
        ("Socialt", "Änkling sedan 2021, bor kvar i villan i Vänersborg. Dottern bor i närheten och hjälper till med inköp. Kör fortfarande bil kortare sträckor."),
        ("Läkemedel", "Eliquis 5 mg x 2, furosemid 20 mg, spironolakton 25 mg, Forxiga 10 mg, Alvedon vid behov."),
        ("Undersökningar", "UKG 2024-09-30: koncentrisk vänsterkammarhypertrofi 17 mm, granulerat myokard, apikalt sparad longitudinell strain, EF 50 %. EKG: lågvolterade extremitetsavledningar. NT-proBNP 3 400, troponin T 42 stabilt. DPD-scintigrafi 2024-10-28: Perugini grad 3-upptag i myokardiet. Fria lätta kedjor och elfores utan M-komponent. Genetisk analys utan patogen variant i TTR-genen."),
        ("Bedömning", "Transtyretinamyloidos av vildtyp (ATTRwt) med hjärtengagemang. Hjärtsvikt NYHA II–III. Förmaksflimmer."),
        ("Planering", "Tafamidis ansöks enligt regional rutin. Furosemid höjs till 40 mg. Pat har ännu inte fått veta diagnosen, besked ges vid mottagningsbesöket 2024-11-19 med hjärtsviktssjuksköterskan. Dottern har bett att få vara med."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "cardiac amyloidosis settled by scintigraphy; Planering: has not yet been told the diagnosis")

C("b10-akromegali-inga-svar-via-1177", "skane", ("19780113", "667"), [
    N("n1", "sk_endo_malmo", ("Amanda Fredriksson", "läkare"), "Journalanteckning",
      "2024-05-22 15:00", "2024-05-22 15:40", "öppenvård", [
        ("Aktuellt", "Svar på glukosbelastning med GH-mätning och MR hypofys."),
        ("Anamnes", "46-årig man remitterad från tandläkare via VC pga tilltagande underbett och glesare tänder. Har också bytt skostorlek från 43 till 45 på fem år och besväras av svettningar och karpaltunnelsymtom bilateralt. Snarkning och dagtrötthet. Hypertoni sedan 2021. Inga synfältsbesvär."),
        ("Status", "Grova ansiktsdrag med prominent underkäke och förstorad tunga. Stora händer och fötter. BT 152/94. Synfält med fingerperimetri ua."),
        ("Lab", "IGF-1 78 nmol/l (4,2 gånger övre referensgränsen). GH under glukosbelastning med nadir 4,8 µg/l (normalt under 0,4). Prolaktin, kortisol och TSH/T4 normala. HbA1c 47."),
        ("MR", "MR hypofys 2024-05-16: makroadenom 16 mm med suprasellär växt, ingen kompression av chiasma och ingen invasion i sinus cavernosus."),
        ("Bedömning", "Akromegali orsakad av GH-producerande hypofysmakroadenom. Sekundär hypertoni och prediabetes. Karpaltunnelsyndrom bilateralt."),
        ("Planering", "Remiss till neurokirurgen i Lund för transsfenoidal operation. Synfältsundersökning på ögonkliniken. Sömnapnéutredning. Pat är ännu inte informerad om diagnosen — besked vid besök hos mig 2024-05-30, och han har uttryckligen bett att inte få några svar via 1177 innan dess."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "acromegaly settled by lab and MRI; the patient is not informed and asked for no answers via 1177")

C("b11-hemokromatos-gentest-syskon", "vgr", ("19700930", "238"), [
    N("n1", "vg_med_alings", ("Lena Wallin", "läkare"), "Journalanteckning",
      "2024-08-20 10:15", "2024-08-20 10:50", "öppenvård", [
        ("Aktuellt", "Svar på gentest för hemokromatos har inkommit. Pat har tid för återbesök 2024-09-03."),
        ("Anamnes", "53-årig man, lantbrukare, remitterad från VC pga förhöjt ferritin och transaminaser vid en hälsokontroll. Värk i händernas grundleder sedan några år. Trötthet. Alkohol 4–6 standardglas per vecka. Ingen känd leversjukdom i släkten; en bror har typ 2-diabetes."),
        ("Status", "BMI 27. Lätt brunaktig hudton. Levern palperas en fingerbredd nedom arcus, mjuk. Ömhet över MCP 2–3 bilateralt utan synovit."),
        ("Lab", "Ferritin 1 850 µg/l, transferrinmättnad 86 %. ALAT 1,6, ASAT 1,1, GT 1,2. Hb 158. HbA1c 44. Leverelastografi 8,9 kPa. HFE-genotypning: homozygot för C282Y."),
        ("Bedömning", "Hereditär hemokromatos (HFE C282Y-homozygot) med järninlagring och lätt leverpåverkan. Artropati i MCP-lederna som del av hemokromatosen. Måttlig fibrosgrad på elastografin."),
        ("Planering", "Venesektioner 450 ml varje vecka till ferritin under 50, start efter återbesöket. Pat har ännu inte informerats om gentestet och ska få beskedet vid återbesöket, eftersom det också gäller hans syskon och barn som bör erbjudas testning. Råd om alkoholrestriktion och om att undvika C-vitamintillskott ges då."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "hereditary haemochromatosis settled by genotyping; patient not yet informed of the gene test")

C("b12-systemisk-skleros-telefontid", "skane", ("19830618", "786"), [
    N("n1", "sk_reuma_lund", ("Sofie Magnusson", "läkare"), "Journalanteckning",
      "2024-04-24 13:30", "2024-04-24 14:15", "öppenvård", [
        ("Aktuellt", "Provsvar inkomna efter nybesöket 2024-04-10: antikroppar, kapillärmikroskopi och lungfunktion."),
        ("Anamnes", "40-årig kvinna, sjuksköterska, med uttalat Raynaudfenomen sedan två år, svullna fingrar på morgonen och halsbränna. Hade ett litet sår på vänster pekfingertopp i vintras. Ingen andfåddhet. Tidigare frisk. P-stav."),
        ("Status", "Vid nybesöket: svullna fingrar bilateralt, sklerodaktyli distalt om PIP-lederna, pittingärr på två fingertoppar, inga aktiva digitala sår. Teleangiektasier i ansiktet. Modifierad Rodnan hudscore 6. Cor och pulm ua."),
        ("Lab", "ANA positiv 1:1280 med centromermönster, anti-centromer (CENP-B) kraftigt positiv, anti-Scl-70 negativ. Krea, urinsticka och blodstatus normala. NT-proBNP normalt."),
        ("Undersökningar", "Kapillärmikroskopi: aktivt sklerodermimönster med megakapillärer och blödningar. Spirometri och DLCO normala. UKG bokat."),
        ("Bedömning", "Systemisk skleros, begränsad kutan form (ACR/EULAR 2013, 14 poäng). Raynaudfenomen med digitala ärr. Gastroesofageal reflux."),
        ("Planering", "Nifedipin 10 mg x 2 insätts mot Raynaud, PPI i dubbel dos. UKG och HRCT inom en månad. Pat är inte informerad om att diagnosen systemisk skleros är fastställd; jag har bokat telefontid 2024-04-29 och erbjuder då också ett extra besök. Remiss till arbetsterapeut för handskydd och ortoser."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "systemic sclerosis settled by classification criteria; Planering: not informed that the diagnosis is established")

C("b13-lewykroppsdemens-sonen-ber-att-mamma-inte-far-veta", "vgr", ("19380404", "820"), [
    N("n1", "vg_ger_molndal", ("Niklas Hjort", "läkare"), "Daganteckning",
      "2024-03-06 11:00", "2024-03-06 12:20", "slutenvård", [
        ("Aktuellt", "Dag 7. Inlagd för fall och förvirring. Lugnare nätter sedan quetiapin sattes ut. Synhallucinationer av barn i rummet kvarstår men oroar henne mindre. Äter med stöd."),
        ("Anamnes", "86-årig kvinna, änka, bor i eget hem i Mölndal med hemtjänst tre gånger dagligen. Hypertoni, osteoporos med kotkompressioner. Enligt sonen kognitiv svikt sedan två år med växlande vakenhet och upprepade fall."),
        ("Läkemedel", "Enalapril 5 mg, alendronat 70 mg en gång per vecka, kalcium och D-vitamin, paracetamol 1 g x 3. Quetiapin 25 mg utsatt dag 3. Furosemid utsatt pga ortostatism."),
        ("Socialt", "Sonen bor i Kållered och besöker henne dagligen. Dottern bor i Stockholm och hålls informerad av brodern. Pat var aktiv i kyrkokören fram till förra året."),
        ("Status", "Vaken, växlande uppmärksamhet. Orienterad till person. Lätt rigiditet i armarna, hypomimi, framåtlutad gång med kort steglängd. Ortostatiskt blodtrycksfall från 146/82 till 112/70 efter tre minuter."),
        ("Utredning", "MMSE 18/30 med tydligt nedsatt visuospatial förmåga. DT hjärna: måttlig generell atrofi, inga infarkter. DaTSCAN 2024-03-04: bilateralt nedsatt upptag i striatum."),
        ("Lab", "Hb 118, natrium 138, kalium 4,0, krea 74, TSH 2,2, B12 och folat normala. Urinodling utan växt. EKG: sinusrytm 68/min, normala intervall."),
        ("Bedömning", "Lewykroppsdemens med parkinsonism, synhallucinationer och ortostatism. Fallbenägenhet. Osteoporos."),
        ("Information", "Sonen informerad om diagnosen vid samtal igår. Han har bett att pat inte ska få veta diagnosen Lewykroppsdemens, eftersom hon blev mycket orolig när hennes syster fick en demensdiagnos; vi har tills vidare inte informerat henne och tar upp frågan igen vid vårdplaneringen."),
        ("Planering", "Rivastigminplåster 4,6 mg insätts. Neuroleptika undviks. Blodtryck liggande/stående dagligen. Fysioterapeut bedömer gånghjälpmedel. SIP med hemtjänst och biståndshandläggare planeras vecka 11."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "the son asks that the patient not be told; Information says she has not been informed of the settled dementia diagnosis")

C("b14-palliativ-skelettmetastaser-inte-besked", "skane", ("19410228", "459"), [
    N("n1", "sk_palliativ_malmo", ("Elin Bergström", "läkare"), "Inskrivningsanteckning",
      "2024-07-02 14:00", "2024-07-02 16:30", "slutenvård", [
        ("Aktuellt", "Inskrivning från lungmedicin för smärtlindring och symtomkontroll. Känd småcellig lungcancer sedan mars 2024, har fått fyra cykler karboplatin/etoposid med initial respons."),
        ("Anamnes", "83-årig man, gift, bor i lägenhet i Malmö. KOL, hjärtinfarkt 2010, typ 2-diabetes. Senaste veckorna tilltagande smärta i bröstryggen och höger höft, sämre aptit och ökad trötthet."),
        ("Läkemedel", "Oxycontin 10 mg x 2, Oxynorm 5 mg vid behov, Spiriva, metformin 500 mg x 2, Movicol, omeprazol 20 mg."),
        ("Socialt", "Gift sedan 60 år, hustrun är pigg och vill vara med så mycket som möjligt. En son i Lund som kommer på besök i helgen. Pat har sagt att han helst vill dö hemma om det går."),
        ("Symtomskattning", "ESAS: smärta 7, trötthet 8, illamående 2, andfåddhet 5, aptit 7, välbefinnande 6. Han säger själv att värken i ryggen besvärar mest och att han vill kunna sitta uppe och äta med hustrun."),
        ("Status", "Kakektisk, ECOG 3. Saturation 93 % på 1 l syrgas. Pulm: nedsatt andningsljud hö bas. Knackömhet över Th8. Höger höft rörelseinskränkt av smärta. Inga neurologiska bortfall i benen."),
        ("Omvårdnad", "Sjuksköterskan noterar rodnad över sacrum utan sår. Tryckavlastande madrass ordnad. Behöver hjälp vid förflyttning mellan säng och rullstol. Äter en tredjedel av portionerna."),
        ("Lab/Röntgen", "Skelettscintigrafi 2024-06-28: multipla skelettmetastaser i kotpelaren, revben och höger acetabulum. MR rygg: metastas i Th8 utan spinal kompression. Kalcium 2,48. Natrium 131."),
        ("Bedömning", "1. Småcellig lungcancer med progress efter första linjen. 2. Multipla skelettmetastaser med smärta. 3. KOL. 4. Lätt hyponatremi."),
        ("Information", "Pat och hustru är väl informerade om lungcancern och om att cytostatikan inte längre hjälper. Inriktningen är palliativ och det accepterar de. Om skelettmetastaserna har pat däremot inte fått besked ännu; lungläkaren har bett oss ta det, vilket görs i samband med strålningsplaneringen i morgon."),
        ("Planering", "Strålbehandling 8 Gy i en fraktion mot Th8 och höger höft. Oxycontin höjs till 20 mg x 2, Oxynorm 10 mg vb. Dexametason 4 mg mot aptitlöshet. Brytpunktssamtal dokumenteras separat."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "palliative admission: informed about the lung cancer, not about the skeletal metastases — both settled and visible")

C("b15-larynxcancer-glottisk-ej-underrattad", "vgr", ("19590807", "535"), [
    N("n1", "vg_onh_sahl", ("Gunnar Lundqvist", "läkare"), "Journalanteckning",
      "2024-10-23 12:40", "2024-10-23 13:20", "öppenvård", [
        ("Aktuellt", "PAD efter mikrolaryngoskopi med biopsi 2024-10-16 har besvarats."),
        ("Anamnes", "65-årig man, före detta svetsare, hes sedan i våras utan förbättring. Har rökt 20 cigaretter per dag i 45 år och röker fortfarande. Måttlig alkoholkonsumtion. KOL som behandlas med Anoro. Opererad för ljumskbråck."),
        ("Socialt", "Gift, bor i radhus i Partille. Två vuxna barn. Pensionerad sedan två år, spelar dragspel i en förening och är mån om rösten."),
        ("Läkemedel", "Anoro Ellipta en inhalation dagligen, Ventoline vid behov, omeprazol 20 mg och Alvedon vid behov."),
        ("Status", "Vid mikrolaryngoskopin: exofytisk tumör på vänster stämband som når främre kommissuren, stämbandet rörligt. Inga palpabla lymfkörtlar på halsen."),
        ("Röntgen", "DT hals-thorax 2024-10-18: ingen broskdestruktion, inga patologiska lymfkörtlar, inga lungmetastaser. Emfysem."),
        ("PAD", "Högt differentierad invasiv skivepitelcancer. p16 negativ."),
        ("Bedömning", "Glottisk larynxcancer T1b N0 M0. KOL med emfysem. Nikotinberoende."),
        ("Planering", "Anmäls till huvud-halsonkologisk MDK 2024-10-29. Strålbehandling är förstahandsalternativet. Tandstatus inför strålning bokas. Pat är inte underrättad om PAD ännu, han har tid hos mig 2024-10-31 tillsammans med kontaktsjuksköterska. Rökstopp tas upp vid besöket."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "laryngeal cancer in PAD/Bedömning; 'inte underrättad om PAD ännu' in Planering")

C("b16-dietist-ventrikelcancer-enligt-lakare-ej-informerad", "skane", ("19480827", "771"), [
    N("n1", "sk_med_landskr", ("Moa Jönsson", "dietist"), "Dietistanteckning",
      "2024-02-13 10:30", "2024-02-13 11:45", "slutenvård", [
        ("Bakgrund", "75-årig man inlagd sedan 2024-02-08 för sväljningssvårigheter, viktnedgång och anemi. Gastroskopin visade en tumör i övre magsäcken och PAD har bekräftat ventrikelcancer (adenokarcinom i kardia). Enligt ansvarig läkare är pat ej informerad om diagnosen ännu, läkarsamtal sker i morgon. Remiss för nutritionsbedömning."),
        ("Aktuellt", "Pat berättar att han ätit allt mindre sedan jul, det fastnar särskilt med bröd och kött. Dricker den näringsdryck som avdelningen erbjuder, ungefär en flaska per dag. Lätt illamående efter måltid. Aptiten i sig är okej."),
        ("Antropometri", "Längd 178 cm, vikt 61 kg. Habituell vikt 72 kg i november, dvs 15 % viktnedgång på tre månader. BMI 19,3. Nedsatt handgripsstyrka."),
        ("Kostanamnes", "Frukost: en halv portion filmjölk. Lunch och middag: några skedar konsistensanpassad mat. Inga mellanmål. Beräknat intag cirka 900 kcal och 35 g protein per dag."),
        ("Bedömning", "Undernäring enligt GLIM-kriterierna. Energibehov cirka 2 100 kcal och 90 g protein per dag. Risk för refeeding vid snabb upptrappning."),
        ("Åtgärd", "Konsistensanpassad kost (timbal) med berikning, energi- och proteinrik näringsdryck tre gånger dagligen och mellanmål kvällstid. Tiamin ordinerat av läkare före upptrappning. Fosfat följs."),
        ("Planering", "Ny bedömning om tre dagar. Vid fortsatt otillräckligt intag diskuteras nasogastrisk sond med ansvarig läkare. Vikt två gånger i veckan."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "dietitian note: the background repeats the gastric cancer diagnosis and that the patient is not yet informed")

C("b17-hepatit-c-laro-skoterska-med", "vgr", ("19850119", "393"), [
    N("n1", "vg_infek_ostra", ("Sara Nyqvist", "läkare"), "Journalanteckning",
      "2024-12-03 09:40", "2024-12-03 10:25", "öppenvård", [
        ("Aktuellt", "Remiss från beroendemottagningen efter positiv hepatit C-antikropp vid provtagning inför LARO-behandling."),
        ("Anamnes", "39-årig man med tidigare intravenöst amfetaminbruk, drogfri sedan 2022 och nu i LARO med buprenorfin. Depression som behandlas med sertralin. Inga kända leversjukdomar."),
        ("Socialt", "Bor med sambo i lägenhet i Bergsjön. Arbetstränar på en second hand-butik tre dagar i veckan. Har god kontakt med sin mamma."),
        ("Status", "Enligt beroendemottagningens anteckning opåverkad, inga stigmata för leversjukdom, inga färska injektionsmärken. Vikt 81 kg."),
        ("Läkemedel", "Buprenorfin 16 mg dagligen under övervakning, sertralin 100 mg, melatonin 2 mg till natten."),
        ("Lab", "Anti-HCV positiv, HCV-RNA 2,1 miljoner IE/ml, genotyp 3a. ALAT 2,4, bilirubin och albumin normala, TPK 198. HIV och hepatit B negativa, anti-HBs positiv efter vaccination. Elastografi 6,1 kPa, ingen signifikant fibros."),
        ("Bedömning", "Kroniks hepatit C, genotyp 3a, utan signifikant leverfibros. Behandlingsindikation föreligger."),
        ("Planering", "Behandling med sofosbuvir/velpatasvir i 12 veckor förbereds. Interaktionskontroll med buprenorfin och sertralin gjord utan hinder. Pat har inte fått veta om provsvaret ännu; han kommer på besök 2024-12-10 och vill att LARO-sjuksköterskan följer med. Smittskyddsanmälan gjord."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "chronic hepatitis C in Lab/Bedömning (typo 'Kroniks'); Planering: 'har inte fått veta om provsvaret ännu'")

C("b18-psykolog-vaskular-demens-inte-per-brev", "skane", ("19570305", "624"), [
    N("n1", "sk_rehab_ang", ("Jakob Wennerström", "psykolog"), "Psykologanteckning",
      "2024-09-18 14:00", "2024-09-19 10:10", "öppenvård", [
        ("Bakgrund", "67-årig kvinna som fick en ischemisk stroke i höger hemisfär i maj 2024 och remitterats till rehabiliteringsmottagningen. Anhöriga och arbetsterapeut har beskrivit glömska, svårigheter att planera och minskad initiativförmåga sedan insjuknandet. Hypertoni, förmaksflimmer på Eliquis."),
        ("Utredning", "Neuropsykologisk utredning vid tre tillfällen (2024-08-28, 2024-09-04 och 2024-09-11). RBANS totalindex 68. Påtagligt nedsatt uppmärksamhet, psykomotoriskt tempo och exekutiva funktioner (TMT B avbrutet, Tower-testet under referens). Nedsatt fritt återgivande men relativt bevarat igenkännande. Språkfunktioner intakta. Neglekten för vänster sida vid tidigare bedömning har gått i regress."),
        ("Skattningar", "MADRS-S 14, lätta depressiva symtom. Anhörigskattning med IQCODE 4,1 (maken)."),
        ("Bedömning", "Vaskulär demens av lindrig grad (multipla subkortikala infarkter samt stroke i maj 2024). Testresultaten stämmer med MR-fynden och anhörigas beskrivning."),
        ("Planering", "Återgivningssamtal bokat 2024-09-25 med pat och maken, läkare deltar. Pat har inte informerats om utredningens resultat eller om demensdiagnosen ännu och ska inte få det per brev. Skriftligt utlåtande skickas till remitterande läkare. Rekommendation om kognitiva hjälpmedel och anpassat arbetsterapeutiskt stöd."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "psychologist's assessment note: vascular dementia in Bedömning, the patient not yet informed of the diagnosis")

C("b19-aortastenos-tas-pa-ronden", "vgr", ("19390903", "151"), [
    N("n1", "vg_med_udd", ("Camilla Jakobsson", "läkare"), "Daganteckning",
      "2024-01-17 13:30", None, "slutenvård", [
        ("Aktuellt", "Inlagd igår för synkope i hemmet. Inga nya svimningar, inga arytmier på telemetrin. Bröstsmärta vid promenad i korridoren."),
        ("Anamnes", "84-årig man, änkling, bor i eget hus i Uddevalla. Hypertoni, lätt njursvikt, prostatacancer strålbehandlad 2014 utan recidiv. Senaste halvåret andfådd i trappor."),
        ("Läkemedel", "Amlodipin 5 mg, enalapril 10 mg, Trombyl 75 mg, simvastatin 20 mg. Inga diuretika."),
        ("Status", "BT 118/70, puls 72 regelbunden. Cor: hårt systoliskt blåsljud 4/6 med fortledning till halskärlen, försvagad andra ton. Pulm: ua. Inga ödem."),
        ("Lab/UKG", "Troponin T 18 → 19. NT-proBNP 2 100. Krea 121. UKG 2024-01-17: grav aortastenos med medelgradient 52 mmHg, Vmax 4,6 m/s, AVA 0,7 cm², EF 55 %, hypertrofisk vänsterkammare."),
        ("Bedömning", "Grav symtomatisk aortastenos med synkope och ansträngningsangina. Hypertoni. Kronisk njursvikt stadium 3a."),
        ("Planering", "Konferens med thoraxkirurg och TAVI-teamet på Sahlgrenska begärd. Ingen nitroglycerin. Kraftig blodtryckssänkning undviks och amlodipin pausas. Pat ännu inte informerad om UKG-svaret och aortastenosen; tas upp på ronden i morgon när dottern är på plats. Telemetri ytterligare ett dygn."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "severe aortic stenosis settled by echo; not yet told, buried among practical orders in Planering")

C("b20-omvardnad-levermetastaser-fryssnitt", "skane", ("19620131", "826"), [
    N("n1", "sk_kir_hbg", ("Ida Larsson", "sjuksköterska"), "Omvårdnadsanteckning",
      "2024-11-26 07:50", "2024-11-26 08:20", "slutenvård", [
        ("Aktuellt", "Postop dag 2 efter laparoskopisk högersidig hemikolektomi för koloncancer. Lugn natt, smärtskattning NRS 3 i vila och 5 vid mobilisering."),
        ("Kommunikation", "Pat är orolig för PAD-svaret och frågade vid morgonrapporten om man hittat något mer. Enligt läkarens anteckning 2024-11-25 sågs peroperativt två levermetastaser som biopserades, och fryssnittet visade metastaser av adenokarcinom. Pat är inte informerad om levermetastaserna ännu, läkarsamtal planeras när maken kommer i eftermiddag. Har svarat pat att läkaren går igenom operationen med henne i eftermiddag."),
        ("Elimination", "KAD avvecklad kl 06, har kissat spontant 300 ml. Gasavgång men ingen avföring."),
        ("Nutrition", "Dricker bra, har ätit flytande kost till frukost och provar lätt kost till lunch. Inget illamående."),
        ("Aktivitet", "Har gått i korridoren två gånger med stöd av undersköterska. Sitter uppe i stol vid måltiderna."),
        ("Hud", "Portsåren torra, förbanden utan genomslag. Ingen rodnad."),
        ("Smärta", "Paracetamol 1 g x 4 och Oxynorm 5 mg vid behov, en dos i natt."),
        ("Planering", "Fortsatt mobilisering. Fragmin kl 20. Läkarsamtal med pat och make kl 15."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "nursing note (VIPS-style sections): she knows about her colon cancer but is not informed about the liver metastases")
# ================================================================ NL101 near misses (A)

C("c01-njurcancer-informerad-om-pad", "skane", ("19580909", "553"), [
    N("n1", "sk_uro_malmo", ("Karl Bengtsson", "läkare"), "Mottagningsanteckning",
      "2024-05-07 10:30", "2024-05-07 11:45", "öppenvård", [
        ("Aktuellt", "Postoperativt återbesök sex veckor efter laparoskopisk nefrektomi vänster 2024-03-26 för en 6 cm stor tumör i nedre polen, upptäckt som bifynd vid DT buk för gallstensbesvär. Kommer med sin fru. Har återhämtat sig bra och är tillbaka i arbete som lärare på halvtid sedan två veckor."),
        ("Anamnes", "65-årig man med hypertoni på losartan, kolecystektomerad 2023. Före detta rökare, slutade 2001. Ingen hematuri och ingen flanksmärta efter operationen. Aptit och vikt stabila."),
        ("Läkemedel", "Losartan 50 mg, Alvedon vid behov. Ingen NSAID efter operationen."),
        ("Socialt", "Gift, tre vuxna barn. Undervisar i matematik på en gymnasieskola i Malmö. Spelar tennis varje vecka och vill veta när han kan börja igen."),
        ("Status", "AT gott. Portsåren väl läkta, inget bråck i extraktionssnittet. Buk mjuk och oöm. BT 138/86."),
        ("Tidigare utredning", "Ultraljud buk i februari 2023 pga gallstensbesvär beskrev inte njurarna i detalj. DT buk i januari 2024 visade tumören. Ingen biopsi preoperativt enligt rutin."),
        ("Lab/PAD", "Krea 112 (preop 84), eGFR 58. Hb 138. PAD: klarcellig njurcancer, ISUP grad 2, 58 mm, pT1b, radikalt opererad med fria marginaler, ingen kärlinväxt, binjuren fri. DT thorax preoperativt utan metastaser."),
        ("Bedömning", "Klarcellig njurcancer vänster pT1b N0 M0, radikalt opererad, låg risk enligt Leibovich (2 poäng). Lätt sänkt njurfunktion efter nefrektomin, som förväntat. Välbehandlad hypertoni."),
        ("Information", "Pat och hustru informerade om PAD-svaret: att det var en klarcellig njurcancer, att den är bortopererad med god marginal och att risken för återfall bedöms som låg. De fick skriftlig information om uppföljningsprogrammet och kontaktsjuksköterskans nummer. Frågor om idrott och tunga lyft besvarade."),
        ("Planering", "Uppföljning enligt nationellt vårdprogram med DT thorax-buk om 6 och 24 månader. Krea kontrolleras via VC om tre månader och NSAID ska undvikas. Ingen adjuvant behandling. Sjukskrivningen avslutas enligt plan."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: same shape as a PAD-besked note, but the patient and spouse were told the cancer diagnosis")

C("c02-her2-brostcancer-barnen-ej-informerade", "vgr", ("19760405", "264"), [
    N("n1", "vg_brost_sahl", ("Elisabeth Krantz", "läkare"), "Mottagningsanteckning",
      "2024-09-10 13:00", "2024-09-10 14:20", "öppenvård", [
        ("Aktuellt", "Besök för PAD-besked efter mellannålsbiopsi av resistens i vänster bröst. Kommer ensam, maken väntar i bilen med yngsta barnet."),
        ("Anamnes", "48-årig kvinna, sjuksköterska på en vårdcentral. Kände själv en knöl i vänster bröst i augusti. Inga tidigare bröstsjukdomar. Hypotyreos på Levaxin. Tre barn, 9, 14 och 17 år. Mormodern hade bröstcancer i 70-årsåldern, ingen annan känd ärftlighet."),
        ("Läkemedel", "Levaxin 100 µg. Inga andra läkemedel."),
        ("Socialt", "Gift, bor i radhus på Hisingen. Arbetar heltid som distriktssköterska. Hennes syster är läkare och har erbjudit sig att följa med till onkologen."),
        ("Status", "Vänster bröst: 2 cm fast, oöm resistens kl 2, 3 cm från mamillen, inte fixerad mot underlaget. Ingen hudindragning. Vänster axill: en lätt förstorad, mjuk körtel. Höger bröst och axill ua."),
        ("Tidigare", "Mammografi via screening 2022 utan anmärkning. Inga tidigare biopsier. Menstruerar regelbundet, använder kopparspiral."),
        ("PAD/Radiologi", "Mammografi och ultraljud: 19 mm förändring med oregelbunden kontur kl 2 vänster och en axillkörtel med förtjockad cortex. PAD mellannål från bröstet: invasiv bröstcancer NST, grad 3, ER 10 %, PR 0 %, HER2 positiv (IHC 3+), Ki-67 45 %. Finnålspunktion från axillkörteln: metastas av bröstcancer."),
        ("Bedömning", "HER2-positiv bröstcancer vänster, cT1c N1. Indikation för neoadjuvant cytostatika med HER2-riktad behandling före operation."),
        ("Information", "Pat informerad om diagnosen HER2-positiv bröstcancer med spridning till en lymfkörtel i armhålan och om planen med förbehandling före operation. Hon tog beskedet sakligt och ställde många frågor. Hon vill själv berätta för barnen när behandlingen är planerad; barnen är därför ännu inte informerade, och maken vet om att hon vill vänta."),
        ("Planering", "Onkologbesök inom sju dagar, UKG och DT thorax-buk beställda. Inläggning av subkutan venport bokas. Kontaktsjuksköterskan ringer i morgon. Remiss till onkogenetisk mottagning pga ung ålder och hereditet."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: the patient is told; it is her children who are 'ännu inte informerade'")

C("c03-hoftartros-ej-informerad-om-operationsdatum", "skane", ("19520311", "138"), [
    N("n1", "sk_ort_hlm", ("Martin Åberg", "läkare"), "Mottagningsanteckning",
      "2024-03-05 09:15", "2024-03-05 10:30", "öppenvård", [
        ("Aktuellt", "Nybesök på remiss från VC i Osby pga tilltagande smärta i höger höft sedan två år. Använder käpp utomhus, går högst 500 meter och vaknar av värk flera nätter i veckan. Har gått artrosskola med fysioterapeut och tar Alvedon regelbundet utan tillräcklig effekt."),
        ("Anamnes", "72-årig man, pensionerad skogsarbetare. Hypertoni och förmaksflimmer på Eliquis. TURP 2017. Inga tidigare höftbesvär eller höftoperationer. Röker inte. Bor i villa i Osby med frun, trappa upp till sovrummet."),
        ("Läkemedel", "Eliquis 5 mg x 2, metoprolol 50 mg, amlodipin 5 mg, Alvedon 1 g x 3. Har provat Ipren men fick magbesvär."),
        ("Status", "Går med lätt hälta på höger sida. Hö höft: flexion 80 grader, inåtrotation 0, utåtrotation 20, smärta i ljumsken vid rotation. Vä höft: flexion 110, inåtrotation 20. Lika benlängd. Distalstatus ua. BMI 28."),
        ("Röntgen", "Rtg bäcken och hö höft 2024-02-20: kraftig ledspaltsminskning i höger höft med subkondral skleros och osteofyter, Kellgren-Lawrence grad 4. Lätta förändringar i vänster höft."),
        ("Bedömning", "Primär höftledsartros höger, grad 4, med uttalade besvär trots adekvat basbehandling. Indikation för total höftledsplastik. Förmaksflimmer på NOAK."),
        ("Information", "Pat informerad om diagnosen, om operationen med cementfri protes, om risker som infektion, luxation och blodpropp samt om rehabiliteringen efteråt. Han vill opereras och har fått skriftlig information."),
        ("Planering", "Uppsatt på väntelista för total höftplastik höger. Pat ej informerad om operationsdatum ännu, planeringsenheten kallar när datum finns (beräknad väntetid 3–4 månader). Preoperativ bedömning av narkosläkare med ställningstagande till utsättning av Eliquis. Fysioterapeut preoperativt."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: 'ej informerad om operationsdatum' — what is not told is a date, not the (told) diagnosis")

C("c04-reumatoid-artrit-remittent-ej-informerad", "vgr", ("19680722", "042"), [
    N("n1", "vg_reuma_sahl", ("Hanna Bergman", "läkare"), "Mottagningsanteckning",
      "2024-02-14 10:00", "2024-02-14 11:50", "öppenvård", [
        ("Aktuellt", "Nybesök. Remitterad från vårdcentralen i Mölnlycke med ledvärk och morgonstelhet i händer och fötter sedan fyra månader. Har tagit Ipren med viss lindring. Arbetar som frisör och har svårt att hålla saxen på morgonen."),
        ("Anamnes", "55-årig kvinna, tidigare frisk så när som på migrän. Röker 10 cigaretter per dag. Ingen psoriasis, inga tarmbesvär, inga ögoninflammationer. En moster har reumatoid artrit."),
        ("Socialt", "Sambo, en vuxen dotter. Driver egen frisersalong i Mölnlycke och är orolig för att inte kunna arbeta."),
        ("Status", "Synovit i MCP 2–3 bilateralt, PIP 3 höger och båda handlederna. Kompressionsömhet över MTP-lederna bilateralt. 28-ledsindex: 8 svullna och 10 ömma leder. Patientens globala skattning 62 mm. Hud och naglar utan psoriasisförändringar."),
        ("Lab/Röntgen", "SR 42, CRP 18. RF positiv 160, anti-CCP över 340. Blodstatus, leverprover och krea normala. Hepatitserologi negativ. Rtg händer och fötter: periartikulär osteopeni, inga erosioner. Lungröntgen ua."),
        ("Bedömning", "Seropositiv reumatoid artrit med hög sjukdomsaktivitet, DAS28-SR 5,9. Inga erosioner ännu. Rökningen ökar risken för ett svårare förlopp."),
        ("Information", "Pat informerad om diagnosen reumatoid artrit, om vikten av tidig behandling och om metotrexat inklusive biverkningar och alkoholbegränsning. Hon fick skriftlig information och erbjudande om kontakt med reumatologsjuksköterska. Rökstopp rekommenderat."),
        ("Planering", "Metotrexat 15 mg/vecka med upptrappning till 25 mg, Folacin 5 mg dagen efter. Prednisolon 10 mg i nedtrappning över åtta veckor. Provtagning varannan vecka under upptrappningen. Remitterande VC-läkare är ännu inte informerad om diagnosen; kopia av anteckningen skickas. Återbesök sjuksköterska om fyra veckor, läkare om tre månader."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: the referring GP is 'ännu inte informerad om diagnosen'; the patient was told")

C("c05-insulin-hemsjukvarden-ej-informerad", "skane", ("19410716", "760"), [
    N("n1", "sk_med_ystad", ("Ulf Håkansson", "läkare"), "Mottagningsanteckning",
      "2024-11-19 14:00", "2024-11-19 15:05", "öppenvård", [
        ("Aktuellt", "Diabeteskontroll, dottern följer med. Hemsjukvården ger insulin morgon och kväll sedan i höstas. Flera låga blodsocker på förmiddagen, lägsta 2,9 med svettning och darrighet efter en dålig frukost."),
        ("Anamnes", "83-årig kvinna med typ 2-diabetes sedan 1998, insulinbehandlad sedan 2015. Hjärtsvikt med bevarad EF, förmaksflimmer på Eliquis, lätt kognitiv svikt. Bor kvar i lägenhet i Ystad med hemtjänst och hemsjukvård."),
        ("Socialt", "Änka sedan 2016. Dottern bor i Ystad och hjälper till med inköp och läkemedelsuttag. Hemtjänst tre gånger dagligen och hemsjukvård för insulin morgon och kväll."),
        ("Läkemedel", "Humalog Mix25 20 E morgon och 14 E kväll. Eliquis 2,5 mg x 2, furosemid 40 mg, Forxiga 10 mg, metoprolol 50 mg."),
        ("Status", "BT 128/70, puls 78 oregelbunden. Vikt 58 kg (63 i fjol). Fötter: torr hud, inga sår, monofilament kännbart på höger fot men nedsatt på vänster."),
        ("Lab", "HbA1c 46 (58), krea 96, eGFR 47, kalium 4,3. U-albumin/krea 4."),
        ("Blodsockerkurva", "Hemsjukvårdens mätningar senaste två veckorna: fastevärden 4,8–7,2, förmiddag 2,9–5,1, före kvällsinsulin 8–12. Inga värden över 15."),
        ("Bedömning", "Typ 2-diabetes med för tajt reglering och upprepade hypoglykemier hos en skör äldre patient. Målet bör vara HbA1c 60–70. Perifer neuropati vänster fot. Viktnedgång som ska följas."),
        ("Information", "Pat och dotter informerade om hypoglykemierna och om att insulindosen sänks. Dottern fick ordinationen skriftligt."),
        ("Planering", "Humalog Mix25 sänks till 14 E morgon och 10 E kväll; kvällsdosen hoppas över om P-glukos före sänggåendet är under 8. Hemsjukvården är ännu inte informerad om den nya dosen – diabetessjuksköterskan ringer dit i eftermiddag och skickar ny ordination. Forxiga sätts ut pga viktnedgången. Remiss till fotvården. Återbesök om tre månader."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: home care is not yet informed about a dose change; nothing about the patient not knowing a diagnosis")

C("c06-rektalcancer-tidigare-ej-informerad-nu-informerad", "vgr", ("19640128", "398"), [
    N("n1", "vg_gastro_skovde", ("Emil Sundqvist", "läkare"), "Mottagningsanteckning",
      "2024-04-02 08:45", "2024-04-02 10:10", "öppenvård", [
        ("Aktuellt", "Uppföljning efter avslutad strålbehandling 5 x 5 Gy. Rektalcancern diagnostiserades vid koloskopi 2024-02-27. Vid besöket 2024-03-04 var pat ännu inte informerad om PAD-svaret; han fick beskedet per telefon av undertecknad 2024-03-06 (se telefonanteckning). Strålbehandlingen avslutades 2024-03-22. Lätta diarréer och sveda vid avföring under sista veckan, nu nästan borta. Ingen blödning. Äter normalt och vikten är stabil."),
        ("Anamnes", "60-årig man, elektriker. Typ 2-diabetes på metformin, hyperlipidemi. Ingen ärftlighet för kolorektal cancer. Gift, två vuxna barn."),
        ("Läkemedel", "Metformin 1 g x 2, atorvastatin 20 mg. Tog loperamid ett par gånger under strålbehandlingen."),
        ("Socialt", "Bor med hustrun i villa i Lidköping. Två vuxna barn, dottern är sjuksköterska. Har egen elfirma med en anställd som sköter jobben under sjukskrivningen."),
        ("Status", "AT gott. Buk mjuk, oöm. PR: tumören palperas 7 cm upp på bakväggen, mindre uttalad än vid förra undersökningen och inte fixerad."),
        ("Lab/Röntgen", "MR bäcken 2024-02-29: tumör 6–9 cm från anal verge, mrT3b, EMVI negativ, MRF fri. DT thorax-buk utan fjärrmetastaser. CEA 4,1. Hb 134."),
        ("Bedömning", "Rektalcancer cT3b N1 M0 efter kortkurs strålbehandling enligt plan. Lindriga stråltarmsbesvär i regress. Stabil diabetes."),
        ("Planering", "Låg främre resektion med avlastande loopileostomi bokad 2024-05-06 enligt MDK. Stomiterapeut preoperativt för markering. Metformin pausas två dagar före operationen. Pat och hustru har fått skriftlig information om operationen."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: copy-forward done right — the earlier not-told is stated in the past together with when he was told")

C("c07-epilepsi-normal-mr-ej-meddelad", "skane", ("19950503", "286"), [
    N("n1", "sk_neuro_lund", ("Fatima Rahimi", "läkare"), "Journalanteckning",
      "2024-04-25 15:30", None, "öppenvård", [
        ("Aktuellt", "Svar på MR hjärna som gjordes inför ställningstagande till byte av antiepileptikum. Anteckning utan besök."),
        ("Anamnes", "29-årig kvinna med juvenil myoklon epilepsi sedan 15 års ålder, välkontrollerad på valproat fram till 2022 då hon bytte till levetiracetam inför planerad graviditet. Senaste året två generaliserade anfall i samband med sömnbrist, senast i februari. Migrän utan aura 2–3 gånger per månad. Arbetar som kock med oregelbundna arbetstider. Inte gravid nu men önskar barn inom ett par år."),
        ("Status", "Vid senaste besöket neurologiskt ua. Inga biverkningar av levetiracetam utöver viss irritabilitet som hon själv tycker är hanterbar."),
        ("Undersökningar", "MR hjärna 2024-04-22 med epilepsiprotokoll: normala fynd, inga strukturella förändringar, ingen hippocampusskleros. EEG 2024-03-11: generaliserade spike-wave-urladdningar vid fotostimulering, i övrigt normal bakgrundsaktivitet. Levetiracetamkoncentration 28 µmol/l."),
        ("Bedömning", "Juvenil myoklon epilepsi med genombrottsanfall kopplade till sömnbrist. Normal MR, vilket stämmer med en idiopatisk generaliserad epilepsi. Migrän utan aura."),
        ("Planering", "Levetiracetam höjs till 1 500 mg x 2. Lamotrigin som tillägg tas upp om nya anfall kommer. Pat ännu inte informerad om att MR var normal – jag skickar ett meddelande via 1177 i morgon, och hon har återbesök 2024-06-10. Körkort: anfallsfri tid räknas från februari."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: what has not been told is a normal MRI; the epilepsy diagnosis has been known for years")

C("c08-lungcancer-informerad-ej-om-pdl1", "vgr", ("19550617", "339"), [
    N("n1", "vg_lung_sahl", ("Oskar Lindberg", "läkare"), "Mottagningsanteckning",
      "2024-02-26 13:00", "2024-02-26 14:30", "öppenvård", [
        ("Aktuellt", "Besök för diagnosbesked efter bronkoskopi. Pat kommer med sin sambo och dotter."),
        ("Anamnes", "69-årig man, före detta rörmokare, har rökt 35 paketår och slutade för fem år sedan. KOL GOLD 2, hypertoni. Sökte VC i januari för hosta och blodstrimmiga upphostningar, och lungröntgen visade en förtätning i vänster överlob."),
        ("Status", "AT gott, ECOG 1. Saturation 95 %. Pulm: lätt förlängt expirium, inga rassel. Inga palpabla supraklavikulära körtlar."),
        ("Undersökningar", "DT thorax-buk och PET-DT: 4 cm tumör i vänster överlob, förstorade hilära lymfkörtlar vänster, inga fjärrmetastaser. Bronkoskopi 2024-02-15 med biopsier: skivepitelcancer."),
        ("Bedömning", "Skivepitelcancer i vänster lunga, cT2b N1 M0, stadium IIB. Operabel enligt lungfunktion och kondition, ergospirometri för slutlig bedömning. KOL."),
        ("Information", "Pat, sambo och dotter informerade om diagnosen lungcancer, om stadieindelningen och om att operation är förstahandsalternativet. Han var förberedd och tog det lugnt. Pat ej informerad om resultaten av PD-L1- och mutationsanalyserna, eftersom de ännu inte är klara; de får betydelse om tilläggsbehandling blir aktuell."),
        ("Planering", "Thoraxkirurgisk MDK 2024-03-05. Ergospirometri bokas. Fortsatt rökfrihet uppmuntras. Kontaktsjuksköterskan ringer nästa vecka."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: diagnosis told; 'ej informerad om resultaten' refers to molecular analyses that are not ready")

C("c09-sjogren-diagnosen-nu-kommunicerad", "skane", ("19710304", "668"), [
    N("n1", "sk_reuma_lund", ("Karolina Wik", "läkare"), "Mottagningsanteckning",
      "2024-04-17 10:30", "2024-04-17 11:40", "öppenvård", [
        ("Aktuellt", "Återbesök för svar på läppspottkörtelbiopsi och genomgång av behandling. Besvärande ögontorrhet, använder tårsubstitut 6–8 gånger dagligen. Muntorrhet som väcker henne på natten. Periodvis ledvärk i händerna."),
        ("Anamnes", "53-årig kvinna, bibliotekarie. Hypotyreos sedan 2012. Utreds här sedan januari för torra slemhinnor och trötthet. Inga tidigare körtelsvullnader."),
        ("Läkemedel", "Levaxin 75 µg, tårsubstitut, saliversättningsmedel vid behov."),
        ("Socialt", "Gift, bor i villa i Lund. Arbetar som bibliotekarie och upplever att torra ögon gör skärmarbete ansträngande."),
        ("Status", "Torra munslemhinnor, ingen svullnad av öron- eller käkspottkörtlar. Inga synoviter. Huden utan purpura. Lymfkörtlar ua."),
        ("Lab/Undersökningar", "Anti-SSA (Ro52 och Ro60) och anti-SSB positiva, ANA 1:640 med prickigt mönster. IgG 19. C3 och C4 normala. Schirmer 3 mm/5 min bilateralt. Ostimulerad salivsekretion 0,05 ml/min. Läppspottkörtelbiopsi 2024-04-02: fokal lymfocytär sialoadenit, fokusscore 2."),
        ("Bedömning", "Primärt Sjögrens syndrom enligt ACR/EULAR 2016, glandulär form utan systemengagemang. Hypotyreos."),
        ("Information", "Diagnosen Sjögrens syndrom är nu kommunicerad med pat, som fick muntlig och skriftlig information om sjukdomen, om torrhetsbehandling och om vilka symtom hon ska höra av sig för (körtelsvullnad, hudutslag, domningar). Hon hade själv läst om sjukdomen och kände igen sig."),
        ("Planering", "Pilokarpin 5 mg x 3 provas. Remiss till tandhygienist för fluorprofylax och till ögonmottagningen. Hydroxiklorokin avvaktas tills vidare. Blodstatus, IgG och komplement kontrolleras en gång om året. Återbesök om sex månader."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: 'diagnosen är nu kommunicerad med pat' — an explicit informed statement")

C("c10-mds-bara-i-tidiga-hypoteser-sokord", "vgr", ("19490121", "717"), [
    N("n1", "vg_med_frolunda", ("Robert Hallin", "läkare"), "Mottagningsanteckning",
      "2024-06-12 09:00", "2024-06-12 10:15", "öppenvård", [
        ("Aktuellt", "Remiss från VC Högsbo pga makrocytär anemi sedan ett år, Hb har sjunkit från 128 till 104. Pat känner sig tröttare och blir andfådd i trappor men klarar sina promenader. Inga blödningar, normal avföring, ingen viktnedgång."),
        ("Anamnes", "75-årig man, pensionerad ingenjör. Hypertoni, hyperlipidemi, basalcellscancer opererad 2019. Alkohol 1–2 glas vin i veckan. Inga nya läkemedel de senaste åren."),
        ("Status", "AT gott, blek. Inga petekier eller hematom. Lymfkörtlar utan förstoring. Buk: mjälte och lever inte palpabla. Cor: RR, inga blåsljud. Pulm ua."),
        ("Lab", "Hb 104, MCV 108, LPK 3,1 med neutrofila 1,4, TPK 118. Låga retikulocyter. B12, folat, TSH, leverprover och krea normala. Ingen hemolys. Blodutstryk: enstaka dysplastiska neutrofiler."),
        ("Bedömning", "Makrocytär anemi med lätt leuko- och trombocytopeni. Ingen brist på B12 eller folat, ingen blödning och ingen hemolys."),
        ("Tidiga hypoteser", "Blodbilden talar för myelodysplastiskt syndrom; läkemedelspåverkan bedöms osannolik. Pat är inte informerad om misstanken, jag vill ha benmärgssvaret innan vi diskuterar diagnoser."),
        ("Planering", "Remiss till hematologen för benmärgsprov. Nya blodprover om en månad. Pat informerad om att blodvärdet ska utredas vidare med benmärgsprov och att han kallas dit."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss (VGR): the suspected diagnosis and the not-told sentence are only under the filtered sökord Tidiga hypoteser")

C("c11-ascites-cytologi-i-tidiga-hypoteser-mall", "skane", ("19660808", "121"), [
    N("n1", "sk_med_ksd", ("Jesper Wallén", "läkare"), "Daganteckning",
      "2024-10-09 11:30", "2024-10-09 13:00", "slutenvård", [
        ("Aktuellt", "Dag 2. Inkom med tilltagande bukomfång och tyngdkänsla sedan tre veckor, viktuppgång 5 kg trots sämre aptit. Ultraljudsledd laparocentes igår med tappning av 4 liter halmgul vätska. Känner sig lättare och andas bättre idag."),
        ("Anamnes", "58-årig man, lastbilschaufför. Typ 2-diabetes sedan 2019 på metformin. Alkohol enstaka öl i helgerna. Inga tidigare leversjukdomar. Fadern dog av hjärtinfarkt."),
        ("Status", "AT: opåverkad. Inte ikterisk. Buk: måttligt utspänd, dämpning i flankerna, lätt öm i epigastriet. Ingen palpabel resistens. Inga ödem."),
        ("Lab", "Albumin 31, bilirubin 14, ALP 3,4, ALAT 0,6, PK 1,0. Ascitesvätska: SAAG 0,8, protein 38 g/l, LPK 320. Odling pågår. CA 19-9 870."),
        ("Bedömning", "Ascites med lågt serum-ascites-albumingradient, inte portal hypertension. Typ 2-diabetes."),
        ("Planering", "DT thorax-buk med kontrast i morgon. Cytologisvar och DT diskuteras vid ronden. Ny tappning vid behov, ultraljud före varje tappning. Spironolakton sätts inte in i nuläget."),
        ("Information", "Pat informerad om att vätskan skickats för analys och att DT görs i morgon. Frun informerad per telefon med pat:s medgivande."),
    ]),
    N("n2", "sk_med_ksd", ("Jesper Wallén", "läkare"), "Tidiga hypoteser",
      "2024-10-09 16:40", "2024-10-09 16:45", "slutenvård", [
        ("Tidiga hypoteser", "Cytologi från ascitesvätskan visar maligna celler av adenokarcinomtyp. Tillsammans med högt CA 19-9 misstänkt pankreascancer med peritoneal carcinomatos. Pat är inte informerad om cytologisvaret; vi väntar in DT innan diagnosen diskuteras med honom och dokumenteras i ordinarie anteckning."),
    ])], [], [("NL101", "n1"), ("NL101", "n2"), ("NL102", "n1"), ("NL102", "n2")],
    "near miss (Skåne): the untold suspected cancer is in a separate Tidiga hypoteser template note; the visible note names only ascites")

C("c12-hjartsvikt-tog-inte-in-sonen-ej-informerad", "vgr", ("19430912", "485"), [
    N("n1", "vg_kard_skovde", ("Anna-Karin Torstensson", "läkare"), "Mottagningsanteckning",
      "2024-03-19 13:15", "2024-03-19 14:40", "öppenvård", [
        ("Aktuellt", "Återbesök efter UKG. Kommer ensam. Andfådd vid promenad i lätt uppförsbacke sedan i höstas, sover med två kuddar. Svullna anklar på kvällen. Ingen bröstsmärta."),
        ("Anamnes", "80-årig kvinna, änka, bor ensam i lägenhet i Skövde. Hypertoni sedan 30 år, typ 2-diabetes på kost. Hjärtinfarkt 2014 med PCI mot LAD. Lätt hörselnedsättning, hörapparat höger."),
        ("Läkemedel", "Före besöket: bisoprolol 2,5 mg, enalapril 10 mg, Trombyl 75 mg, atorvastatin 40 mg. Alvedon vid behov."),
        ("Status", "BT 152/90, puls 88 regelbunden. Halsvenstas 4 cm. Cor: galopprytm, inga blåsljud. Pulm: basala krepitationer bilateralt. Pittingödem till mitten av underbenen. Vikt 71 kg."),
        ("Lab/UKG", "NT-proBNP 4 800, krea 104, eGFR 44, kalium 4,6, Hb 121. UKG 2024-03-12: dilaterad vänster kammare, hypokinesi anteriort och apikalt, EF 30 %, måttlig mitralisinsufficiens."),
        ("Bedömning", "Hjärtsvikt med nedsatt ejektionsfraktion (HFrEF, EF 30 %) efter tidigare framväggsinfarkt, NYHA III. Hypertoni. Kronisk njursvikt stadium 3b."),
        ("Information", "Pat informerad om att hjärtat pumpar sämre än normalt, att diagnosen är hjärtsvikt och varför flera nya läkemedel behövs. Hon verkade inte ta in allt och bad att sonen ska vara med nästa gång så att vi går igenom det igen; sonen är ännu inte informerad."),
        ("Planering", "Furosemid 40 mg, Entresto 24/26 mg x 2 och Jardiance 10 mg insätts. Bisoprolol höjs till 5 mg. Daglig vägning och kontakt vid viktuppgång över 2 kg på tre dagar. Hjärtsviktssjuksköterska ringer om en vecka, återbesök med sonen om tre veckor. Krea och kalium om tio dagar."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: informed (though she needs it repeated); the one not informed is the son")

C("c13-melanom-stadium-iii-ej-info-om-biverkningar", "skane", ("19600220", "193"), [
    N("n1", "sk_onk_lund", ("Ebba Lundin", "läkare"), "Mottagningsanteckning",
      "2024-03-11 10:00", "2024-03-11 11:35", "öppenvård", [
        ("Aktuellt", "Besök för ställningstagande till adjuvant behandling efter lymfkörtelutrymning i höger axill. Pat kommer med sin bror. Operationsärret har läkt, lätt svullnad i armen."),
        ("Anamnes", "64-årig man, fotograf. Opererad i januari för malignt melanom på höger skuldra, Breslow 2,8 mm, ulcererat. Sentinel node-biopsin visade mikrometastas och utrymningen i mars ytterligare en positiv körtel av 14. Typ 2-diabetes på metformin, i övrigt frisk."),
        ("Socialt", "Ogift, bor ensam i lägenhet i Lund. Brodern bor i närheten och har följt med på alla besök sedan operationen. Frilansar som fotograf och oroar sig för inkomsten under behandlingsåret."),
        ("Status", "AT gott, ECOG 0. Ärren på höger skuldra och i höger axill väl läkta. Lätt lymfödem i höger överarm. Inga palpabla körtlar på halsen eller i vänster axill. Huden utan nya pigmentförändringar."),
        ("Lab/Röntgen", "DT thorax-buk och MR hjärna utan spridning. LD normalt. TSH, kortisol, leverprover och blodsocker normala som utgångsvärden."),
        ("Bedömning", "Malignt melanom stadium IIIC (pT3b N2a M0), radikalt opererat. Indikation för adjuvant immunterapi med nivolumab i ett år. Lymfödem i höger arm."),
        ("Information", "Pat och bror informerade om stadieindelningen, om återfallsrisken och om nyttan med ett års adjuvant behandling, och pat vill få behandlingen. Han är ännu inte imformerad om immunterapins biverkningar i detalj; det gör kontaktsjuksköterskan vid första behandlingstillfället med skriftligt material."),
        ("Planering", "Nivolumab 480 mg var fjärde vecka i 12 månader, start 2024-03-18. Provtagning inför varje behandling. DT var tredje månad första året. Remiss till lymfterapeut för kompression av armen."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss with typo ('imformerad'): not yet informed about side effects of a treatment; the melanoma diagnosis is known to him")

C("c14-seminom-foraldrarna-ej-informerade", "vgr", ("19990814", "075"), [
    N("n1", "vg_uro_sas", ("Linus Hammar", "läkare"), "Mottagningsanteckning",
      "2024-02-06 14:00", "2024-02-06 15:10", "öppenvård", [
        ("Aktuellt", "Återbesök en vecka efter orkiektomi höger för en hård resistens i testikeln som pat själv känt i två månader. Kommer ensam. Ont i ljumsken de första dagarna, nu bara lätt ömhet. Ingen feber."),
        ("Anamnes", "24-årig man som studerar till ingenjör i Borås. Tidigare frisk, opererad för retentio testis höger vid två års ålder. Inga läkemedel. Spelar innebandy."),
        ("Status", "Operationssåret i ljumsken väl läkt. Vänster testikel normal i storlek och konsistens. Inga förstorade lymfkörtlar på halsen eller i fossa supraclavicularis. Buk mjuk utan palpabel resistens."),
        ("Lab/PAD", "Preop AFP 4, hCG 31, LD 3,9. Postop hCG 6. PAD: seminom, 28 mm, ingen kärlinväxt, rete testis fritt, pT1. DT thorax-buk 2024-01-30: inga förstorade retroperitoneala lymfkörtlar, inga lungmetastaser."),
        ("Bedömning", "Seminom höger testikel, kliniskt stadium I, pT1 N0 M0 med normaliserade markörer. Låg återfallsrisk. Status efter orkiektomi, läkt."),
        ("Information", "Pat informerad om PAD-svaret, att det rör sig om ett seminom i stadium I och att operationen i de allra flesta fall är botande. Vi har gått igenom alternativen aktiv uppföljning och en dos karboplatin. Han vill inte att föräldrarna informeras ännu och berättar själv för dem efter tentaperioden; vi har noterat detta."),
        ("Planering", "Remiss till onkologen för behandlingsbeslut enligt SWENOTECA. Spermier är redan nedfrysta. Uppföljning med markörer och DT enligt program. Sjukintyg behövs inte."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: a young adult who was told; it is the parents who are not to be informed yet")

C("c15-epilepsi-kavernom-arbetsgivaren-ej-informerad", "skane", ("19870127", "556"), [
    N("n1", "sk_neuro_lund", ("Elsa Rydberg", "läkare"), "Mottagningsanteckning",
      "2024-06-05 09:30", "2024-06-05 11:00", "öppenvård", [
        ("Aktuellt", "Återbesök efter andra generaliserade krampanfallet på fyra månader. Senaste anfallet 2024-05-19 hemma i sängen på morgonen; sambon såg att han var stel och ryckte i ungefär två minuter, därefter förvirrad en halvtimme. Tungbett, ingen urinavgång. Inga aurasymtom."),
        ("Anamnes", "37-årig man, truckförare på ett lager i Malmö. Tidigare frisk. Första anfallet i januari efter en natt med lite sömn. Alkohol någon gång i helgerna, inga droger. En farbror har epilepsi."),
        ("Socialt", "Sambo, en dotter på fyra år. Bor i lägenhet i Malmö. Cyklar till arbetet men har kört truck på lagret åtta timmar per dag. Sambon var med vid besöket."),
        ("Status", "Neurologiskt utan anmärkning. Läkt tungbett på vänster sida."),
        ("Undersökningar", "EEG 2024-06-03: fokala skarpa vågor vänster temporalt. MR hjärna 2024-02-10: litet kavernom i vänster temporallob, oförändrat vid kontroll, ingen blödning."),
        ("Bedömning", "Fokal epilepsi med bilateralt tonisk-kloniska anfall, strukturell genes (kavernom vänster temporallob). Behandlingsindikation efter två oprovocerade anfall."),
        ("Information", "Pat informerad om diagnosen epilepsi, om behandlingen och om körkortsreglerna: han får inte köra bil eller truck förrän efter ett års anfallsfrihet, och läkarintyg skickas till Transportstyrelsen. Arbetsgivaren är ännu inte informerad; pat vill själv prata med sin chef om omplacering innan vi skriver något intyg."),
        ("Planering", "Lamotrigin med långsam upptrappning till 100 mg x 2 enligt schema. Sjukskrivning 50 % i två veckor medan omplacering ordnas. Neurokirurgisk bedömning av kavernomet. Återbesök om tre månader, telefonkontakt med epilepsisjuksköterska om en månad."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: the employer is not informed; the patient was told about the epilepsy")

C("c16-glaukom-ej-informerad-om-vantetid", "vgr", ("19510130", "448"), [
    N("n1", "vg_ogon_molndal", ("Tove Lindgren", "läkare"), "Mottagningsanteckning",
      "2024-05-21 10:40", None, "öppenvård", [
        ("Aktuellt", "Återbesök efter synfältsundersökning och OCT. Inga egna besvär och märker ingen synnedsättning. Droppar Xalatan till natten sedan nybesöket i januari."),
        ("Anamnes", "73-årig kvinna, pensionerad kontorist. Hypertoni, hypotyreos. Modern var blind på äldre dagar. Glasögon för läsning."),
        ("Status", "Visus hö 0,9, vä 0,8. Tryck 19/21 mmHg (28/31 före behandling). Främre segment: öppna kammarvinklar, lätt katarakt. Papiller: hö C/D 0,7 med inferior kantförtunning, vä C/D 0,8 med notch superiort."),
        ("Undersökningar", "Humphrey 24-2: hö begynnande nasalt språng, vä superiort bågformigt skotom, MD -6,2 dB. OCT: förtunning av nervfiberlagret inferotemporalt hö och superotemporalt vä, progress sedan januari."),
        ("Bedömning", "Primärt öppenvinkelglaukom bilateralt, måttligt avancerat vänster, med otillräcklig trycksänkning på Xalatan. Lätt katarakt."),
        ("Information", "Pat informerad om diagnosen glaukom, att synfältsskadorna inte går tillbaka och att målet är att bromsa förloppet. Hon vet att hon ska fortsätta med dropparna varje kväll. Hon är ännu inte informerad om väntetiden till laserbehandlingen, eftersom operationsplaneringen inte har gett besked."),
        ("Planering", "Tillägg av Cosopt x 2. SLT-laser bilateralt, remiss till laserenheten. Nytt tryck om sex veckor, synfält och OCT om fyra månader."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: 'ännu inte informerad om väntetiden' — a waiting time, not a diagnosis")

C("c17-brca1-syskon-ej-informerade", "skane", ("19810911", "344"), [
    N("n1", "sk_genetik_lund", ("Per Håkansson", "läkare"), "Mottagningsanteckning",
      "2024-10-22 13:00", "2024-10-22 14:15", "öppenvård", [
        ("Aktuellt", "Svarssamtal efter genetisk utredning. Pat kom tillsammans med sin make."),
        ("Bakgrund", "43-årig kvinna behandlad 2023 för trippelnegativ bröstcancer med cytostatika, operation och strålning. Modern avled i ovarialcancer 58 år gammal och mormodern hade bröstcancer. Testades på grund av ung ålder och släkthistoria."),
        ("Provsvar", "Patogen variant i BRCA1 (c.5266dupC), heterozygot."),
        ("Bedömning", "Ärftlig bröst- och äggstockscancer, BRCA1-bärare. Förhöjd risk för ny bröstcancer och för ovarialcancer."),
        ("Information", "Pat informerad om provsvaret och om vad anlagsbärarskapet innebär: riskreducerande salpingooforektomi rekommenderas efter 40 års ålder, och riskreducerande mastektomi av kvarvarande bröst kan övervägas. Döttrarna är 8 och 12 år och testas inte förrän i vuxen ålder. Pat har en syster och en bror som ännu inte är informerade; hon vill själv kontakta dem och får ett släktbrev att lämna vidare."),
        ("Planering", "Remiss till gynekolog för profylaktisk salpingooforektomi. Remiss till bröstkirurg för samtal om mastektomi. MR bröst årligen tills vidare. Uppföljande telefonsamtal om fyra veckor."),
        ("Socialt", "Gift, arbetar som controller på ett byggföretag i Lund. Har berättat att hon vill ha allt skriftligt eftersom hon lätt glömmer detaljer vid jobbiga besked."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: carrier status told to the patient; her siblings are the ones not yet informed")

C("c18-basaliom-brevet-kom-inte-informerad-under-besoket", "vgr", ("19450618", "583"), [
    N("n1", "vg_hud_sahl", ("Ulrika Persson", "läkare"), "Mottagningsanteckning",
      "2024-02-19 11:00", "2024-02-19 11:50", "öppenvård", [
        ("Aktuellt", "Planerat återbesök för suturtagning efter excision av hudförändring på vänster kind 2024-02-05. PAD-brevet hade inte nått pat, och hon var därför inte informerad om svaret när hon kom; hon informerades under besöket."),
        ("Anamnes", "78-årig kvinna, pensionerad lantbrukare med mycket sol genom åren. Hypertoni och förmaksflimmer, står på Eliquis. Tidigare kryobehandlad för aktiniska keratoser i pannan."),
        ("Status", "Suturerna tagna, såret väl läkt med fin ärrbildning. I pannan tre nya aktiniska keratoser och på hjässan en 6 mm fjällande förändring med förhårdnad. Flera seborroiska keratoser på vänster underarm. Inga palpabla lymfkörtlar."),
        ("PAD", "Basalcellscancer av nodulär typ, 7 mm, radikalt exciderad med minsta marginal 2 mm."),
        ("Bedömning", "Basalcellscancer vänster kind, radikalt opererad. Aktiniska keratoser i pannan. Fjällande förändring med förhårdnad på hjässan som ska biopseras. Seborroiska keratoser."),
        ("Information", "Pat informerad om PAD-svaret: basalcellscancer, en långsamväxande hudcancer som inte sprider sig, och att den nu är helt bortopererad. Informerad om solskydd och om att själv hålla utkik efter sår som inte läker. Dottern fick samma information per telefon med pat:s medgivande."),
        ("Planering", "Stansbiopsi från hjässan tagen idag, svar inom tre veckor via brev och 1177. Kryobehandling av keratoserna i pannan gjord idag. Ny hudkontroll om 12 månader."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: 'var därför inte informerad om svaret när hon kom' is resolved in the same sentence — she was told during the visit")

C("c19-endometriecancer-last-pad-pa-1177", "skane", ("19560422", "640"), [
    N("n1", "sk_gyn_hbg", ("Maria Falk", "läkare"), "Mottagningsanteckning",
      "2024-03-12 13:30", "2024-03-12 14:40", "öppenvård", [
        ("Aktuellt", "Besök för PAD-besked efter hysteroskopi med abrasio pga postmenopausal blödning. Pat kommer med sin dotter. Hon hade redan läst PAD-svaret i Journalen på 1177 före besöket och var alltså informerad om att det var cancer, men hade många frågor."),
        ("Anamnes", "68-årig kvinna med typ 2-diabetes, hypertoni och fetma (BMI 36). Menopaus vid 52, ingen hormonbehandling. Två förlossningar. Inga tidigare gynekologiska operationer."),
        ("Status", "Yttre genitalia och vagina ua. Portio slät. Uterus lätt förstorad och rörlig, mjuka parametrier. Inga palpabla ljumskkörtlar."),
        ("PAD/Röntgen", "PAD abrasio: endometrioid adenokarcinom grad 1, MMR-proteiner bevarade, p53 vildtypsmönster. Vaginalt ultraljud: endometrium 18 mm. MR bäcken 2024-03-07: tumören invaderar mindre än halva myometriet, inga förstorade lymfkörtlar. DT thorax ua."),
        ("Bedömning", "Endometriecancer, endometrioid typ grad 1, preoperativt stadium IA, lågrisk. Diabetes och fetma ökar den operativa risken måttligt."),
        ("Information", "Vi har gått igenom PAD-svaret och vad det innebär, och pat och dotter har fått svar på sina frågor. Informerad om laparoskopisk hysterektomi med borttagande av äggstockar och äggledare och om att prognosen vid detta stadium är mycket god."),
        ("Planering", "Operation bokas inom fyra veckor. Preoperativ bedömning av narkosläkare pga BMI och diabetes. Diabetesjustering via VC inför operationen. Kontaktsjuksköterskan ringer henne nästa vecka."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: the patient had already read the PAD in 1177 and was informed; the note says so")
# ================================================================ NL101 near misses (B)

C("d01-lipider-normala-pat-ej-natt-per-telefon", "vgr", ("19590411", "271"), [
    N("n1", "vg_med_alings", ("Jonna Ekberg", "läkare"), "Journalanteckning",
      "2024-09-24 15:20", "2024-09-24 15:50", "öppenvård", [
        ("Aktuellt", "Provsvar efter insättning av rosuvastatin och ändrad diabetesbehandling vid besöket i juni. Sökt pat per telefon två gånger idag utan svar."),
        ("Anamnes", "65-årig man, busschaufför, med typ 2-diabetes sedan 2015, hypertoni och familjär hyperkolesterolemi. Hjärtinfarkt 2021 med PCI mot RCA. Slutade röka efter infarkten. Bor med hustrun i Alingsås."),
        ("Läkemedel", "Metformin 1 g x 2, Ozempic 1 mg en gång i veckan, rosuvastatin 20 mg, ezetimib 10 mg, ramipril 10 mg, metoprolol 50 mg, Trombyl 75 mg."),
        ("Socialt", "Gift, tre vuxna barn. Kör linjebuss i Alingsås. Promenerar med hustrun varje kväll sedan infarkten."),
        ("Lab", "LDL 1,3 mmol/l (3,1 i juni), HbA1c 49 (61), krea 84, eGFR 82, ALAT 0,5, CK normalt. U-albumin/krea 2."),
        ("Bedömning", "Familjär hyperkolesterolemi nu med LDL under målvärdet 1,4 efter tillägg av ezetimib. Typ 2-diabetes med förbättrad glukoskontroll på semaglutid. Ischemisk hjärtsjukdom utan angina. Hypertoni, välbehandlad."),
        ("Planering", "Oförändrad behandling. Pat inte informerad om de förbättrade provsvaren eftersom han inte svarade i telefon; jag skickar ett meddelande via 1177 med värdena och en hälsning om att fortsätta som nu. Årskontroll hos diabetessjuksköterska i december, läkarbesök om ett år. Ny lipidkontroll om sex månader."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: not informed about improved (normal) lab results because he did not answer; the diagnoses are long known")

C("d02-polycytemia-vera-besked-av-kollega-tidigare", "skane", ("19630929", "415"), [
    N("n1", "sk_hemat_lund", ("Nora Blomqvist", "läkare"), "Mottagningsanteckning",
      "2024-06-18 09:00", "2024-06-18 10:20", "öppenvård", [
        ("Aktuellt", "Uppföljning efter start av venesektioner. Pat fick diagnosbesked av dr Mirza vid besöket 2024-05-02 (se anteckning) och har läst på själv. Klådan efter dusch är besvärande, annars mår han bra. Har genomgått fem venesektioner utan problem."),
        ("Anamnes", "60-årig man, lärare på gymnasiet. Hypertoni sedan 2018 på amlodipin. Upptäcktes med Hb 192 vid provtagning inför en knäoperation. Ingen trombos tidigare. Röker inte. Inga kända blodsjukdomar i släkten."),
        ("Läkemedel", "Amlodipin 5 mg, Trombyl 75 mg, cetirizin 10 mg vid behov."),
        ("Socialt", "Gift, två tonårsbarn. Undervisar i historia. Cyklar till jobbet och planerar en cykelsemester i Danmark i sommar."),
        ("Status", "Röd i ansiktet. Mjälten palperas en fingerbredd nedom arcus. Inga ödem eller varicer. BT 142/84."),
        ("Lab", "Hb 158, EVF 0,47 (0,58 vid diagnos), TPK 520, LPK 11,2. JAK2 V617F positiv med allelbörda 34 %. Ferritin 9. EPO lågt. Benmärgsbiopsi i maj med trilinjär hyperplasi."),
        ("Bedömning", "Polycytemia vera, lågrisk (under 60 vid diagnos, ingen trombos). EVF närmar sig målet under 0,45. Järnbrist efter venesektionerna, som väntat. Akvagen klåda."),
        ("Information", "Pat påmind om tecken på blodpropp och om att höra av sig vid bröstsmärta, bensvullnad eller neurologiska symtom. Fått information om att klådan kan lindras med ljummare duschar och antihistamin."),
        ("Planering", "Fortsatta venesektioner var fjärde vecka tills EVF är under 0,45. Trombyl 75 mg dagligen. Cetirizin 10 mg vid behov. Blodprover inför varje venesektion, läkarbesök om sex månader."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: the note points to the earlier visit where a colleague gave the diagnosis")

C("d03-stroke-kommunen-ej-informerad", "vgr", ("19370615", "354"), [
    N("n1", "vg_ger_molndal", ("Axel Borg", "läkare"), "Daganteckning",
      "2024-04-22 10:40", "2024-04-22 12:00", "slutenvård", [
        ("Aktuellt", "Dag 9 på geriatriken efter överflyttning från strokeenheten. Går nu med rollator med tillsyn, klarar toalettbesök med lätt stöd. Talet förbättras successivt, kvarstående ordletningssvårigheter. Äter själv med specialbestick."),
        ("Anamnes", "86-årig man, änkling, bor ensam i lägenhet på tredje våningen med hiss i Mölndal. Förmaksflimmer utan antikoagulation före insjuknandet pga tidigare magblödning. Hypertoni, benign prostatahyperplasi. Insjuknade 2024-04-10 med högersidig svaghet och afasi."),
        ("Läkemedel", "Omeprazol 20 mg, amlodipin 5 mg, finasterid 5 mg, atorvastatin 40 mg insatt på strokeenheten, Alvedon vid behov."),
        ("Status", "Vaken, samarbetar. Lätt motorisk afasi. Kraft höger arm 4/5, höger ben 4+/5. Sitter stabilt, står med stöd. BT 136/78, oregelbunden puls 74."),
        ("Lab/Röntgen", "DT hjärna dag 3: infarkt i vänster arteria cerebri media-område utan blödning. Hb 132, krea 98. Gastroskopi 2023 visade läkt ulcus."),
        ("Bedömning", "Ischemisk stroke i vänster hemisfär med högersidig hemipares och afasi, kardioembolisk genes vid förmaksflimmer. Förbättras stadigt. Hög fallrisk."),
        ("Information", "Pat och dotter har fått information om strokediagnosen av strokeenheten och vi har idag gått igenom orsaken, att blodförtunnande nu startas och riskerna med det. Pat förstår och vill ha behandlingen."),
        ("Planering", "Eliquis 5 mg x 2 startas idag med PPI-skydd. Fortsatt träning med fysioterapeut och arbetsterapeut. Hemgång med hemrehab planeras till nästa vecka. Kommunen är ännu inte informerad om det utökade hjälpbehovet; kurator skickar inskrivningsmeddelande och kallar till SIP."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: the municipality is not yet informed about care needs; the patient knows his stroke diagnosis")

C("d04-vestibularisschwannom-forst-ej-sen-informerad", "skane", ("19700105", "582"), [
    N("n1", "sk_onh_malmo", ("Sven Olander", "läkare"), "Journalanteckning",
      "2024-01-29 16:10", "2024-01-29 16:35", "öppenvård", [
        ("Aktuellt", "Svar på MR hjärna med inneröregångar, beställd pga ensidig hörselnedsättning och tinnitus vänster."),
        ("Anamnes", "54-årig kvinna, förskolerektor. Sedan ett år gradvis sämre hörsel på vänster öra och ett högfrekvent tjut. Lätt ostadighet i mörker. Ingen yrselattack. Tidigare frisk förutom astma."),
        ("Undersökningar", "Tonaudiogram: sensorineural hörselnedsättning vänster, 45 dB i diskantregistret, taluppfattning 72 %. Höger normal. MR 2024-01-25: 14 mm kontrastladdande tumör i vänster inre hörselgång med 6 mm växt ut i pontocerebellära vinkeln, ingen kompression av hjärnstammen. Fyndet motsvarar ett schwannom utgånget från balansnerven."),
        ("Bedömning", "Vestibularisschwannom vänster, Koos grad 2. Asymmetrisk sensorineural hörselnedsättning."),
        ("Planering", "Pat ej informerad om MR-svaret ännu; hon kallas till besök 2024-02-08 för besked och diskussion om aktiv uppföljning respektive strålkniv. Remiss till audionom för hörapparatutprovning."),
    ]),
    N("n2", "sk_onh_malmo", ("Sven Olander", "läkare"), "Mottagningsanteckning",
      "2024-02-08 10:00", "2024-02-08 11:10", "öppenvård", [
        ("Aktuellt", "Besök för genomgång av MR-svaret. Pat kommer med sin man. Oförändrade besvär med hörsel och tinnitus. Ostadigheten märks mest när hon går ut med hunden på kvällen."),
        ("Status", "Otoskopi ua bilateralt. Weber lateraliserar till höger. Spontannystagmus saknas. Ansiktsnerven intakt bilateralt. Romberg ua, lätt ostadig i tandemgång."),
        ("Anamnes", "Astma sedan barndomen, använder Symbicort vid behov. Arbetar heltid som förskolerektor och upplever att tinnitusen gör det svårt att följa samtal i stora grupper. Sover bra. Maken har läst på om hörselnedsättning och har flera frågor."),
        ("Bedömning", "Vestibularisschwannom vänster, Koos grad 2, med måttlig hörselpåverkan. Ingen akut behandlingsindikation."),
        ("Information", "Pat och make informerade om MR-fyndet, att det rör sig om en godartad tumör på balansnerven och att den växer långsamt. Vi har gått igenom alternativen aktiv uppföljning med MR, strålkniv och operation. Hon väljer aktiv uppföljning och vet vilka symtom som ska föranleda tidigare kontakt."),
        ("Planering", "Ny MR om sex månader, därefter årligen om tumören är stabil. Hörapparatutprovning enligt remiss. Balansträning via fysioterapeut. Återbesök efter MR."),
    ])], [("NL101", "n1")], [("NL101", "n2"), ("NL102", "n1"), ("NL102", "n2")],
    "two notes: the result note says not yet informed (breach); the visit note ten days later documents the news given")

C("d05-koloncancer-besked-direkt-minns-2019", "vgr", ("19620726", "600"), [
    N("n1", "vg_kir_ostra", ("Johanna Stenberg", "läkare"), "Mottagningsanteckning",
      "2024-08-27 13:30", "2024-08-27 14:50", "öppenvård", [
        ("Aktuellt", "Besök för PAD-besked efter koloskopi. Pat kommer med sin syster. Hon berättar att hon 2019 fick sitt bröstcancerbesked först efter en MDK, en väntan hon upplevde som mycket jobbig, och bad därför att få beskedet direkt när svaret kommit. Svaret kom i fredags och vi tog besöket så snart det gick."),
        ("Anamnes", "62-årig kvinna, behandlad 2019 för höger bröstcancer med operation, strålning och tamoxifen under fem år. Hypotyreos. Sedan i våras järnbristanemi och omväxlande diarré och förstoppning. Ingen ärftlighet för tjocktarmscancer."),
        ("Status", "AT gott. Buk mjuk, ingen palpabel resistens, ingen leverförstoring. Inga förstorade lymfkörtlar på halsen eller i axillerna. Ärret efter bröstoperationen utan anmärkning."),
        ("Koloskopi/PAD", "Koloskopi 2024-08-15: ulcererad tumör i colon transversum, 5 cm stor, passerbar. PAD: adenokarcinom, lågt differentierat, MMR-brist (MLH1/PMS2 saknas), BRAF-mutation påvisad. DT thorax-buk 2024-08-20: inga fjärrmetastaser, några förstorade mesenteriella lymfkörtlar."),
        ("Bedömning", "Koloncancer i transversum cT3 N1 M0, MMR-brist orsakad av MLH1-hypermetylering med BRAF-mutation, inte Lynchsyndrom. Tidigare bröstcancer utan recidiv. Järnbristanemi."),
        ("Information", "Pat och syster informerade om diagnosen koloncancer, att den inte har spridit sig till andra organ och att behandlingen i första hand är operation. Vi har också pratat om att svaret inte tyder på ärftlighet. Pat var tacksam för att få beskedet direkt."),
        ("Planering", "Anmäls till kolorektal MDK 2024-09-03. Operation med utvidgad högersidig hemikolektomi planeras. Järninfusion före operationen. Kontaktsjuksköterskan ringer efter MDK."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: the waiting for a diagnosis is past history from 2019; today she was told at once")

C("d06-alzheimer-informeras-inte-om-flyttdatum", "skane", ("19350302", "186"), [
    N("n1", "sk_ger_trbg", ("Karin Lundberg", "läkare"), "Daganteckning",
      "2024-05-13 11:00", "2024-05-13 12:15", "slutenvård", [
        ("Aktuellt", "Dag 12. Inlagd efter fall i hemmet med kontusion av höger höft, ingen fraktur. Går nu med rollator och personal. Orolig på kvällarna och vill gå hem till sin mamma. Sover bättre efter att kvällsrutinerna setts över."),
        ("Anamnes", "89-årig kvinna med Alzheimers sjukdom sedan 2020, nu måttlig till svår demens. Hypertoni, osteoporos, hypotyreos. Bott ensam i lägenhet i Trelleborg med hemtjänst fyra gånger dagligen. Dottern har framtidsfullmakt."),
        ("Läkemedel", "Donepezil 10 mg, Levaxin 50 µg, amlodipin 5 mg, alendronat 70 mg en gång per vecka, kalcium och D-vitamin, melatonin 2 mg till natten, Alvedon 1 g x 3."),
        ("Status", "Vaken, orienterad till person men inte till tid och plats. Sittande BT 132/74. Hematomet över höger trokanter har bleknat. Går med rollator och handledning, ostadig vid vändning."),
        ("Bedömning", "Alzheimers sjukdom med måttlig till svår demens och BPSD kvällstid. Kontusion höger höft, läker. Hög fallrisk. Kan inte återgå till eget boende."),
        ("Information", "Pat känner till att hon har en minnessjukdom sedan diagnosen 2020, men minns det inte alltid. Enligt överenskommelse med dottern informeras pat inte om datumet för flytten till korttidsboendet förrän samma dag, eftersom hon tidigare blivit mycket orolig i flera dagar inför förändringar."),
        ("Planering", "Utskrivning till korttidsboende i Trelleborg när plats finns, sannolikt nästa vecka. Donepezil 10 mg oförändrat. Melatonin 2 mg till natten fortsätter. Fallprevention med höftskyddsbyxor och sensorlarm."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: 'informeras inte om datumet för flytten' is a must-not-be-told about a date; 'sannolikt nästa vecka' hedges a move, not a diagnosis")

C("d07-pankreascancer-avboejer-prognos", "vgr", ("19500708", "335"), [
    N("n1", "vg_palliativ_sas", ("Marie Claesson", "läkare"), "Inskrivningsanteckning",
      "2024-07-15 13:00", "2024-07-15 15:30", "slutenvård", [
        ("Aktuellt", "Inskrivning på palliativa slutenvårdsavdelningen från hemmet pga tilltagande buksmärta och illamående. Känd pankreascancer med levermetastaser sedan januari 2024, har avslutat cytostatika efter progress i juni."),
        ("Anamnes", "74-årig man, gift, bor i villa i Borås. Tidigare typ 2-diabetes, hypertoni. Senaste två veckorna äter han nästan ingenting, kräks dagligen och har ökande värk i ryggen trots Oxycontin."),
        ("Läkemedel", "Oxycontin 30 mg x 2, Oxynorm 10 mg vid behov, Primperan 10 mg x 3, Creon till måltid, Lantus 10 E, Movicol."),
        ("Socialt", "Gift sedan 50 år, två döttrar som turas om att vara hos föräldrarna. Pat har varit snickare och byggt huset själv."),
        ("Status", "Kakektisk, ikterisk. ECOG 3. Buk: spänd i epigastriet, förstorad lever, ingen ascites. Sacrum utan trycksår. Munhåla med soor."),
        ("Omvårdnad", "Pat önskar sitta uppe i fåtölj när hustrun är på besök. Munvård morgon, middag, kväll och natt. Har bett om att få ha fönstret öppet på natten."),
        ("Lab", "Bilirubin 142, CRP 61, krea 88, natrium 132, glukos 14."),
        ("Bedömning", "Pankreascancer med levermetastaser i sent palliativt skede. Illamående med sannolikt duodenalt avflödeshinder som bidragande orsak. Otillräcklig smärtlindring. Munsoor."),
        ("Information", "Pat och hustru vet att sjukdomen inte går att bota och att vården nu inriktas på symtomlindring. Pat avböjer information om förväntad återstående tid och vill inte att vi tar upp prognosen med honom; hustrun vill däremot ha den informationen och får ett eget samtal med mig i morgon."),
        ("Planering", "Subkutan pump med morfin och haloperidol. Nasogastrisk sond för avlastning diskuteras om kräkningarna fortsätter. Flukonazol mot soor. Glukoskontroller glesas ut, insulin ges endast vid värden över 20. Kurator kontaktas för stöd till hustrun."),
    ])], [], [("NL101", "n1")],
    "near miss for NL101: he knows his diagnosis and declines prognosis talk (NL102 left open: 'sannolikt duodenalt avflödeshinder' is a hedged cause)")

C("d08-ssk-typ1-diabetes-fick-besked-igar", "skane", ("19960920", "321"), [
    N("n1", "sk_endo_malmo", ("Linda Sjögren", "sjuksköterska"), "Sjuksköterskeanteckning",
      "2024-01-24 10:00", "2024-01-24 12:10", "öppenvård", [
        ("Kontaktorsak", "Första diabetesundervisning efter nyupptäckt diabetes. Pat fick diagnosbesked av dr Holm igår, se läkaranteckning 2024-01-23."),
        ("Aktuellt", "27-årig man som sökte VC för törst, täta urinträngningar och 8 kg viktnedgång på två månader. P-glukos 24, ketoner 2,1. Skickades in akut och startade insulin på akuten. GAD-antikroppar positiva och C-peptid lågt, vilket bekräftar typ 1-diabetes. Han mår mycket bättre sedan igår och är mest fundersam över hur han ska få ihop insulinet med sitt skiftarbete."),
        ("Undervisning", "Genomgång av pennteknik, injektionsställen och rotation. Pat tog själv dosen till lunch med handledning. Genomgång av sensor (Freestyle Libre 3) som sattes på överarmen och kopplades till telefonen. Information om hypoglykemi: symtom, behandling med druvsocker och att alltid bära snabba kolhydrater. Information om bilkörning och att kontrollera glukos före körning."),
        ("Bedömning", "Pat tar till sig informationen väl och känner till sin diagnos typ 1-diabetes. Behöver stöd kring kolhydraträkning och skiftarbete."),
        ("Åtgärd", "Ordination enligt läkare: Tresiba 14 E på morgonen, Fiasp 1 E per 10 g kolhydrater. Utlämnat startpaket och skriftlig information. Recept på glukagon nässpray."),
        ("Planering", "Telefonkontakt i morgon och på fredag för dosjustering. Dietistbesök nästa vecka. Nytt besök hos mig om två veckor, läkarbesök om sex veckor."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: nurse note that refers to yesterday's diagnosis talk and says he knows his diagnosis")

C("d09-hashimoto-besked-via-1177-meddelande", "vgr", ("19900213", "844"), [
    N("n1", "vg_endo_nal", ("Fredrika Alm", "läkare"), "Journalanteckning",
      "2024-06-05 14:40", None, "öppenvård", [
        ("Aktuellt", "Uppföljning av provsvar efter remiss från mödrahälsovården, där pat sökt för trötthet och önskan om graviditet. Provsvar och diagnos meddelade pat via 1177-meddelande 2024-06-03, och hon har svarat att hon läst och förstått och gärna vill börja med behandling."),
        ("Anamnes", "34-årig kvinna, apotekare. Tidigare frisk. Trött i ett halvår, frusen, torr hud och något tyngre. Mens regelbunden. Försöker bli gravid sedan fyra månader. Modern har hypotyreos."),
        ("Lab", "TSH 11,8 mU/l, fritt T4 10 pmol/l (låg-normalt). Anti-TPO 640 kIE/l. Blodstatus, ferritin och B12 normala."),
        ("Status", "Enligt mödrahälsovårdens anteckning: BMI 24, puls 62, diffust lätt förstorad sköldkörtel utan knölar."),
        ("Bedömning", "Hypotyreos pga autoimmun tyreoidit (Hashimoto). Behandlingsindikation, särskilt med tanke på graviditetsönskan."),
        ("Åtgärd", "Levaxin 50 µg dagligen insatt, recept skickat. Informerat via 1177-meddelandet om att ta tabletten på fastande mage och inte samtidigt som järn eller kalk. Målvärde för TSH under 2,5 inför och under graviditet."),
        ("Planering", "TSH och fritt T4 om sex veckor med dosjustering per meddelande. Vid positivt graviditetstest ska hon höja dosen med två tabletter i veckan och kontakta mottagningen samma vecka. Återbesök på mottagningen behövs inte om värdena blir bra."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: the diagnosis was communicated by a 1177 message and the patient confirmed she read it")

C("d10-mrsa-nattpersonalen-ej-informerad", "skane", ("19460518", "279"), [
    N("n1", "sk_med_landskr", ("Rebecka Nyman", "sjuksköterska"), "Omvårdnadsanteckning",
      "2024-12-09 08:30", "2024-12-09 09:15", "slutenvård", [
        ("Aktuellt", "Dag 3 för erysipelas på vänster underben. Screeningodlingen från inskrivningen visar MRSA i näsa och ljumske. Pat informerad om MRSA-bärarskapet av läkare igår kväll och har fått skriftlig information om hygienrutiner och vad det innebär för honom hemma."),
        ("Läkemedel", "Klindamycin 300 mg x 3, metformin 500 mg x 2, Lantus 14 E, amlodipin 5 mg, paracetamol 1 g x 4."),
        ("Hygien/smitta", "Pat flyttad till enkelrum med egen toalett. Basala hygienrutiner och förkläde vid all nära vård. Nattpersonalen var inte informerad om smittskyddsåtgärderna vid skiftbytet i natt, vilket uppmärksammades av undersköterska kl 02; åtgärdat och avvikelse skriven. Vårdhygien kontaktad per mejl."),
        ("Hud", "Rodnaden på vänster underben har minskat och ligger inom markeringen från i förrgår. Inga blåsor. Bensår på utsidan av fotleden täckt med skumförband, byts varannan dag."),
        ("Smärta", "NRS 3 i vila, 5 vid gång. Paracetamol 1 g x 4 ger tillräcklig lindring."),
        ("Aktivitet", "Går till toaletten med rollator. Benet högläge i sängen."),
        ("Nutrition", "Äter halva portioner, dricker bra. Diabeteskost."),
        ("Bedömning", "Erysipelas i regress. MRSA-bärare, pat informerad och samarbetar kring hygienen. Nattpersonalens rutin åtgärdad."),
        ("Planering", "Ändrat antibiotika enligt infektionskonsult till klindamycin. Hemtjänsten informeras om MRSA-bärarskapet vid utskrivning."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: the night staff were not informed about hygiene routines; the patient was informed about MRSA carriage")

C("d11-ms-avskriven-lugnande-svar-ej-meddelat", "vgr", ("19880107", "368"), [
    N("n1", "vg_neuro_sahl", ("Theo Malmberg", "läkare"), "Journalanteckning",
      "2024-03-26 15:45", "2024-03-26 16:20", "öppenvård", [
        ("Aktuellt", "Svar på kompletterande utredning efter nybesöket 2024-03-05. Journalgenomgång, pat inte på plats."),
        ("Anamnes", "36-årig kvinna, projektledare, som remitterades från VC för domningar i vänster hand och fot som kommit och gått under en månad i januari. Helt symtomfri sedan februari. Migrän med aura sedan tonåren, 1–2 anfall per månad, behandlas med sumatriptan. Inga synstörningar utöver migränauran. Mycket stress på jobbet i vinter."),
        ("Status", "Vid nybesöket helt normalt neurologiskt status inklusive vibrationssinne, reflexer och koordination. Ögonbotten ua."),
        ("Undersökningar", "MR hjärna och halsmärg 2024-03-18: inga demyeliniserande förändringar, några få punktformiga vitsubstansförändringar subkortikalt frontalt, vanliga vid migrän. Likvor 2024-03-21: normalt celltal och protein, inga oligoklonala band. B12 och folat normala."),
        ("Bedömning", "Ingen MS, misstanken om demyeliniserande sjukdom har kunnat avskrivas. Övergående sensoriska symtom utan påvisbar strukturell orsak. Migrän med aura."),
        ("Planering", "Pat ej informerad om de lugnande svaren ännu, jag ringer henne på torsdag när hon har sin telefontid. Ingen uppföljning på neurologen behövs. Åter till VC för migränbehandling, profylax kan övervägas där. Kontakt igen vid nya neurologiska symtom."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss for both: the suspicion of MS is written off, and what she has not been told is the reassuring result")

C("d12-ftd-forst-tidiga-hypoteser-sedan-informerad", "skane", ("19590808", "291"), [
    N("n1", "sk_minne_malmo", ("Kristoffer Dahl", "läkare"), "Tidiga hypoteser",
      "2024-02-05 16:00", "2024-02-05 16:10", "öppenvård", [
        ("Tidiga hypoteser", "Personlighetsförändring, hämningslöshet och sötsug hos en tidigare strukturerad man, frontal atrofi på MR. Misstänkt beteendevariant av frontotemporal demens. Pat ej informerad om misstanken; avvaktar neuropsykologisk bedömning och FDG-PET."),
    ]),
    N("n2", "sk_minne_malmo", ("Kristoffer Dahl", "läkare"), "Mottagningsanteckning",
      "2024-03-12 13:00", "2024-03-12 14:40", "öppenvård", [
        ("Aktuellt", "Återgivningssamtal efter avslutad utredning. Pat kommer med hustrun. Hustrun beskriver fortsatt att han handlar impulsivt, har svårt att se hur andra uppfattar honom och äter stora mängder godis. Pat själv upplever sig inte ha förändrats."),
        ("Anamnes", "64-årig man, tidigare ekonomichef, sjukskriven sedan i höstas efter konflikter på arbetet. Hypertoni. Fadern fick en demenssjukdom i 60-årsåldern."),
        ("Utredning", "MR hjärna: frontal och främre temporal atrofi, mer uttalad höger. FDG-PET 2024-02-27: nedsatt metabolism frontalt och i främre temporalloberna. Neuropsykologisk bedömning: nedsatta exekutiva funktioner och social kognition, bevarat minne. Likvor: normala amyloid- och taumarkörer. Genetisk analys av C9orf72, MAPT och GRN pågår."),
        ("Bedömning", "Beteendevariant av frontotemporal demens (bvFTD) enligt Rascovsky-kriterierna, med stöd av MR och FDG-PET. Hypertoni."),
        ("Information", "Diagnosen har idag meddelats pat och hustru; den angavs tidigare under Tidiga hypoteser under pågående utredning. Pat tog emot beskedet utan större reaktion, hustrun var ledsen men lättad över att få en förklaring. Informerade om sjukdomsförloppet, om stöd för anhöriga och om att körkortet måste dras in."),
        ("Planering", "Anmälan till Transportstyrelsen. Kontakt med demenssjuksköterska och kurator. Genetiskt svar tas upp vid återbesök om tre månader. SSRI kan prövas mot impulsiviteten om det blir besvärande."),
    ])], [], [("NL101", "n1"), ("NL101", "n2"), ("NL102", "n1"), ("NL102", "n2")],
    "near miss: the suspicion and not-told were kept in a Tidiga hypoteser template; the later visible note says the diagnosis was given")

C("d13-dialys-ej-informerad-om-1177-journalen", "vgr", ("19520404", "454"), [
    N("n1", "vg_njur_skovde", ("Gabriella Moberg", "sjuksköterska"), "Sjuksköterskeanteckning",
      "2024-10-01 11:30", "2024-10-01 12:05", "öppenvård", [
        ("Aktuellt", "Hemodialys nummer 6 via AV-fistel vänster underarm. Pat har kronisk njursvikt stadium 5 pga polycystisk njursjukdom och startade dialys förra veckan efter flera samtal med njurläkaren om diagnosen och valet av behandling. Mår bättre, mindre klåda och bättre aptit."),
        ("Dialys", "Vikt före 79,4 kg, torrvikt 77,5 kg. Ultrafiltration 2,0 liter på fyra timmar. BT före 158/88, efter 134/76. Inga kramper, inget blodtrycksfall. Blodflöde 300 ml/min. Fisteln fungerar fint, god surr."),
        ("Lab", "Före dialys: kalium 5,4, fosfat 1,9, Hb 104. Efter: kalium 3,8."),
        ("Information", "Pat berättade att han inte var informerad om att provsvaren syns i Journalen på 1177 och frågade hur han kan följa sina kaliumvärden; vi visade honom hur han loggar in och var provsvaren finns. Han fick också skriftlig information om vätskeintag och kaliumsnål kost inför mellandagarna."),
        ("Bedömning", "Dialysen fungerar väl. Behöver fortsatt stöd med vätskerestriktion, övervätskad med 1,9 kg mellan passen."),
        ("Planering", "Dialys måndag, onsdag och fredag. Dietist bokad nästa vecka. Utvärdering av torrvikt vid läkarronden på fredag. Fortsatt Renvela till måltiderna."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: 'inte var informerad om att provsvaren syns i Journalen' — about 1177 access, not a diagnosis")

C("d14-dietist-tonsillcancer-kanner-till-sin-diagnos", "skane", ("19681102", "195"), [
    N("n1", "sk_onh_malmo", ("Hedvig Sallander", "dietist"), "Dietistanteckning",
      "2024-04-09 13:00", "2024-04-09 14:00", "öppenvård", [
        ("Bakgrund", "55-årig man med tonsillcancer höger, p16-positiv, T2 N1, som ska genomgå strålbehandling med samtidig cisplatin med start 2024-04-22. Pat känner till sin diagnos och behandlingsplanen sedan läkarbesöket förra veckan. Remiss för nutritionsbedömning före behandlingsstart."),
        ("Aktuellt", "Äter normalt men lite långsammare, ont vid sväljning på höger sida. Har gått ner 3 kg sedan januari. Dricker 3–4 koppar kaffe och en öl per dag. Ingen illamående."),
        ("Antropometri", "Längd 182 cm, vikt 88 kg, habituell vikt 91 kg. BMI 26,6. Viktnedgång 3,3 % på tre månader."),
        ("Kostanamnes", "Äter tre huvudmål och ett par mellanmål. Beräknat intag ungefär 2 300 kcal och 95 g protein per dag, vilket täcker nuvarande behov."),
        ("Bedömning", "Ingen undernäring i nuläget men hög risk för viktnedgång under strålbehandlingen pga sväljningssmärta och munsår. Energibehov 2 600 kcal under behandlingen."),
        ("Åtgärd", "Information om energi- och proteinrik kost och om konsistensanpassning när sväljningen blir svårare. Provsmakning av näringsdrycker, han föredrog den neutrala sorten. Diskuterat PEG innan behandlingsstart, vilket han vill avvakta med och i stället följa vikten tätt."),
        ("Planering", "Vägning varje vecka under strålbehandlingen på onkologen. Ny dietisttid vecka 2 av behandlingen. Vid viktnedgång över 5 % tas PEG upp igen med ansvarig läkare."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: dietitian note whose background states the patient knows his diagnosis")

C("d15-psykolog-mci-aterivning-genomford", "vgr", ("19561010", "526"), [
    N("n1", "vg_minne_molndal", ("Simon Karlberg", "psykolog"), "Psykologanteckning",
      "2024-11-14 10:00", "2024-11-14 15:30", "öppenvård", [
        ("Bakgrund", "68-årig kvinna, pensionerad sjuksköterska, remitterad från VC för upplevd minnesförsämring sedan två år. Hon glömmer namn och tappar tråden i samtal, men klarar ekonomi, bilkörning och hushåll. Välbehandlad hypertoni och hypotyreos. Sover dåligt sedan maken dog för ett år sedan."),
        ("Socialt", "Änka sedan hösten 2023. Bor kvar i villan i Mölndal. Dottern bor i närheten och följde med till återgivningssamtalet. Har en väninnegrupp som hon träffar varje vecka."),
        ("Utredning", "Neuropsykologisk testning 2024-10-24 och 2024-10-31. RAVLT: nedsatt inlärning och fördröjd återgivning (-1,6 SD), igenkänning inom normalvariationen. Exekutiva funktioner, uppmärksamhet och språk inom normalvariationen. MoCA 25/30. GDS-15: 6 poäng. Anhörigintervju med dottern bekräftar lätta förändringar utan funktionspåverkan i vardagen."),
        ("Bedömning", "Lindrig kognitiv störning (MCI) av amnestisk typ. Lätta depressiva symtom i samband med sorg bedöms bidra till besvären. Ingen demens."),
        ("Återgivning", "Återgivningssamtal genomfört idag med pat och dottern, tillsammans med ansvarig läkare. Pat informerades om utredningsresultatet och om diagnosen lindrig kognitiv störning, om vad den innebär och att en stor del av personer med MCI inte försämras. Hon tog informationen lugnt och ställde relevanta frågor."),
        ("Planering", "Uppföljande testning om 12–18 månader. Råd om fysisk aktivitet, sömn och social stimulans. Remiss till kurator för sorgbearbetning. Läkaren tar ställning till likvorprov vid nästa besök."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: psychologist's feedback note states that the patient was informed of the MCI diagnosis")

C("d16-kolecystit-infromerad-typo", "skane", ("19770223", "864"), [
    N("n1", "sk_kir_malmo", ("Yusuf Demir", "läkare"), "Inskrivningsanteckning",
      "2024-08-03 02:15", "2024-08-03 03:40", "slutenvård", [
        ("Aktuellt", "Inkommer via akuten med smärta under höger arcus sedan igår kväll efter en fet middag, illamående och en kräkning. Feber 38,6 hemma. Liknande men kortare smärtattacker två gånger i våras."),
        ("Anamnes", "47-årig kvinna, frisör. Gallstenar påvisade på ultraljud i maj, väntar på planerad kolecystektomi. Fetma BMI 33. Hypotyreos på Levaxin. Två kejsarsnitt. Inga allergier."),
        ("Status", "AT: påverkad av smärta, inte toxisk. Temp 38,4, puls 96, BT 142/88. Buk: ömhet och défense under höger arcus, Murphys tecken positivt, ingen peritonit i övrigt. Ikterus saknas."),
        ("Lab/Röntgen", "CRP 148, LPK 15,2, bilirubin 18, ALP 1,8, ALAT 0,7, amylas normalt. Ultraljud buk: förtjockad gallblåsevägg 6 mm med perikolecystisk vätska, inkarcererad sten i halsen, gallgångar inte vidgade."),
        ("Bedömning", "Akut kolecystit orsakad av gallsten. Ingen koledokussten eller pankreatit."),
        ("Information", "Pat infromerad om diagnosen akut gallblåseinflammation och om att akut laparoskopisk operation planeras under vårdtiden. Hon har fått information om risker, inklusive skada på gallvägarna, och samtycker."),
        ("Planering", "Fastande från midnatt. Dropp, piperacillin/tazobaktam 4 g x 3 iv. Smärtlindring med paracetamol och oxikodon. Planeras för akut laparoskopisk kolecystektomi inom 72 timmar, anmäld till operationskön. Fragmin 5000 E till kvällen."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss with typo ('infromerad'): the patient was informed of acute cholecystitis")

C("d17-akut-radiusfraktur-anhoriga-ej-natts", "vgr", ("19440330", "608"), [
    N("n1", "vg_akut_sas", ("Petra Holm", "läkare"), "Akutanteckning",
      "2024-12-14 18:20", "2024-12-14 19:45", "akutmottagning", [
        ("Kontaktorsak", "Fall på isig trottoar utanför mataffären vid 16-tiden, tog emot sig med vänster hand. Ambulans tillkallad av förbipasserande."),
        ("Anamnes", "80-årig kvinna, änka, bor ensam i lägenhet i Borås med trygghetslarm. Osteoporos på alendronat, hypertoni, lätt kognitiv svikt enligt journalen. Slog inte i huvudet, ingen medvetandeförlust. Inga blodförtunnande."),
        ("Socialt", "Har två söner, den ena i Borås och den andra i Kalmar. Klarar sig själv med inköp och städning och går till affären varje dag."),
        ("Status", "AT: opåverkad, orienterad. Vänster handled: bajonettfelställning, svullen och öm över distala radius. Distalstatus: god kapillär återfyllnad, normal sensibilitet i medianus-, ulnaris- och radialisområdet. Inga andra skador vid sekundär undersökning. Höfterna ua."),
        ("Röntgen", "Rtg vänster handled: dorsalt felställd distal radiusfraktur med 25 graders dorsalvinkling, ulnar styloidfraktur. Efter reposition: godtagbart läge."),
        ("Bedömning", "Distal radiusfraktur vänster, extraartikulär, dorsalt felställd, reponerad. Lågenergifraktur hos kvinna med känd osteoporos."),
        ("Åtgärd", "Hematomblockad, sluten reposition och dorsal gipsskena. Information till pat om diagnosen och gipsvård, med skriftliga råd om högläge och att höra av sig vid domningar eller tilltagande smärta. Pat orolig för hur hon ska klara sig hemma."),
        ("Planering", "Inläggning på ortopeden över natten för smärtlindring och bedömning av hemsituationen, eftersom hon bor ensam. Anhöriga har inte kunnat nås och är därför ännu inte informerade om att hon är inlagd; avdelningen försöker igen i kväll. Rtg-kontroll om en vecka på gipsmottagningen."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: relatives could not be reached and are 'ännu inte informerade'; the patient was informed of the fracture")

C("d18-ssk-pneumoni-hemgang-skjuts-upp", "skane", ("19420817", "478"), [
    N("n1", "sk_med_ksd", ("Emma Carlsson", "sjuksköterska"), "Omvårdnadsanteckning",
      "2024-02-02 14:10", "2024-02-02 14:55", "slutenvård", [
        ("Aktuellt", "Dag 4 för pneumoni i höger underlob hos 81-årig kvinna med KOL. Pat känner till diagnosen lunginflammation och att hon får antibiotika i dropp."),
        ("Andning", "Saturation 91–93 % på 1 liter syrgas, sjunker till 86 % när syrgasen tas bort vid mobilisering. Andningsfrekvens 22. Hostar upp gult slem. Inhalationer enligt ordination, behöver påminnelse om PEP-flaskan."),
        ("Cirkulation", "BT 134/72, puls 88 regelbunden. Temp 37,6 på morgonen."),
        ("Nutrition", "Äter ungefär hälften av portionerna, dricker två näringsdrycker per dag. Vikt 54 kg."),
        ("Aktivitet", "Går till toaletten med rollator och en personal. Sitter i stol en timme efter lunch. Tröttnar snabbt."),
        ("Psykosocialt", "Pat ser fram emot att komma hem till helgen och har sagt det till sin granne. Enligt dagens rond skjuts hemgången troligen till måndag pga syrgasbehovet. Pat ännu inte informerad om att hemgången skjuts upp, läkaren pratar med henne i eftermiddag."),
        ("Planering", "Fortsatt syrgas med målsaturation 88–92 %. Fysioterapeut i morgon för andningsgymnastik. Hemtjänsten kontaktas när utskrivningsdatum är bestämt."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss for both: not told that discharge is postponed, and 'troligen' hedges the date, not a diagnosis")

C("d19-fysio-diskbrack-remiss-avslagen-ej-informerad", "vgr", ("19800614", "292"), [
    N("n1", "vg_rehab_sahl", ("Viktor Palm", "fysioterapeut"), "Fysioterapeutanteckning",
      "2024-05-08 08:30", "2024-05-08 09:40", "öppenvård", [
        ("Bakgrund", "43-årig man, snickare, med lumbalt diskbråck L5–S1 vänster påvisat på MR i mars och informerad om diagnosen av läkare. Ischias i vänster ben sedan januari. Behandlas med träning här sedan april."),
        ("Aktuellt", "Bensmärtan har minskat från 7 till 4 på NRS, ryggsmärtan ligger kring 3. Domningar på utsidan av vänster fot kvarstår. Kan sitta 30 minuter i bil. Sover bättre. Går 3 km promenader."),
        ("Status", "Lasègue vänster positivt vid 60 grader (40 vid förra besöket). Kraft i plantarflexion vänster 5-/5, tåhävning 15 gånger vänster och 25 höger. Achillesreflexen vänster nedsatt. Sensibilitet nedsatt lateralt på foten."),
        ("Bedömning", "Tydlig förbättring av radikulära symtom. Kvarstående lätt S1-påverkan."),
        ("Åtgärd", "Progression av hemträningen med stabilitets- och vadövningar, instruktion i lyftteknik inför arbetsåtergång. Bedömning av arbetsförmåga."),
        ("Planering", "Arbetsträning 50 % från nästa vecka i samråd med läkare. Enligt läkarens anteckning är remissen till ryggkirurg avslagen eftersom förbättringen går åt rätt håll; pat är ännu inte informerad om avslaget, läkaren kontaktar honom. Nytt besök om två veckor."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "near miss: physiotherapist notes the patient is not informed of a declined referral; he was told the disc herniation diagnosis")
# ================================================================ NL102 positives (A): one hedged diagnosis among settled ones

C("e01-pneumoni-kol-ev-b12-brist-i-listan", "skane", ("19460211", "713"), [
    N("n1", "sk_med_hbg", ("Amir Haddad", "läkare"), "Daganteckning",
      "2024-01-16 10:20", "2024-01-16 11:40", "slutenvård", [
        ("Aktuellt", "Dag 3. Feberfri sedan i går kväll, hostar mindre och slemmet har ljusnat. Saturation 94 % på 1 liter syrgas, 90 % utan. Äter lite bättre. Har sovit gott i natt."),
        ("Anamnes", "77-årig man med KOL GOLD 3, typ 2-diabetes och hypertoni. Inlagd 2024-01-13 med feber, andfåddhet och produktiv hosta. Bor med hustrun i villa i Höganäs, klarar sig själv."),
        ("Läkemedel", "Spiriva, Symbicort 320/9 x 2, metformin 1 g x 2, amlodipin 10 mg, Trombyl 75 mg. Prednisolon 30 mg sedan inskrivningen."),
        ("Status", "AT: trött men opåverkad. Andningsfrekvens 20. Pulm: rassel hö bas, förlängt expirium, sparsamma ronki. Cor: RR 84, inga blåsljud. Inga ödem. Tungan lätt slät och röd."),
        ("Lab", "CRP 86 (212), LPK 9,8. Hb 112, MCV 104. Krea 92. P-glukos 7–13. Blododlingar utan växt. Pneumokockantigen i urin positivt."),
        ("Bedömning", "1. Pneumokockpneumoni höger underlob, god respons. 2. KOL-exacerbation, förbättras. 3. Typ 2-diabetes, stressförhöjda glukosvärden. 4. Lätt makrocytär anemi, ev. B12-brist. 5. Hypertoni."),
        ("Planering", "Byte till peroralt amoxicillin i dag, totalt sju dagars behandling. Prednisolon 30 mg, dag 4 av 5. Syrgas trappas ut. B12, folat och retikulocyter tas i morgon. Fysioterapeut för andningsträning. Hemgång planeras om ett till två dygn."),
        ("Information", "Pat informerad om byte till tabletter och om planen för hemgång. Hustrun ringde på förmiddagen och fick samma information med pat:s medgivande."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "'ev. B12-brist' is item 4 in an otherwise settled diagnosis list")

C("e02-forkamsflimmer-ukg-inger-misstanke-om-amyloidos", "vgr", ("19440614", "394"), [
    N("n1", "vg_kard_skovde", ("Lars-Erik Holmberg", "läkare"), "Mottagningsanteckning",
      "2024-04-09 14:00", "2024-04-09 15:20", "öppenvård", [
        ("Aktuellt", "Återbesök efter elkonvertering i februari. Förmaksflimret kom tillbaka efter tre veckor. Upplever nu inte hjärtklappning men blir andfådd när han går uppför trappor och har fått svullnare ben."),
        ("Anamnes", "79-årig man med persisterande förmaksflimmer sedan 2022, hypertoni och lätt njursvikt. Karpaltunneloperation bilateralt för tio år sedan. Bor i radhus i Skövde med hustrun, spelar boule två gånger i veckan."),
        ("Socialt", "Hustrun har Parkinsons sjukdom och han är hennes huvudsakliga stöd i vardagen. Två döttrar i Stockholm. Har slutat köra bil långa sträckor."),
        ("Läkemedel", "Eliquis 5 mg x 2, bisoprolol 5 mg, amlodipin 5 mg, furosemid 20 mg."),
        ("Status", "BT 122/74, puls 86 oregelbunden. Cor: oregelbunden rytm, inga blåsljud. Pulm: basala rassel bilateralt. Pittingödem upp till knäna. Vikt 82 kg (79)."),
        ("EKG/UKG", "EKG: förmaksflimmer 84/min, låg voltage i extremitetsavledningarna. UKG 2024-04-09: koncentrisk vänsterkammarhypertrofi 16 mm trots välreglerat blodtryck, förtjockade klaffar, EF 48 %, bilden inger misstanke om hjärtamyloidos. NT-proBNP 3 900."),
        ("Bedömning", "Persisterande förmaksflimmer, frekvenskontrollerat. Hjärtsvikt med lätt nedsatt EF och övervätskning. Hypertoni. Njursvikt, kronisk, stadium 3a."),
        ("Planering", "Furosemid höjs till 40 mg x 2 i en vecka, därefter 40 mg x 1. Amlodipin sätts ut. DPD-scintigrafi och fria lätta kedjor beställda. Ny rytmkontroll avvaktas. Återbesök hos hjärtsviktssjuksköterska om två veckor med vikt och krea."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "'inger misstanke om hjärtamyloidos' is buried in the echo report, while Bedömning lists only settled diagnoses")

C("e03-migran-epilepsi-dd-lakemedelsoveranvandning", "skane", ("19860904", "224"), [
    N("n1", "sk_neuro_lund", ("Hampus Lindell", "läkare"), "Mottagningsanteckning",
      "2024-09-17 10:15", "2024-09-17 11:30", "öppenvård", [
        ("Aktuellt", "Återbesök för huvudvärk. Sedan i våras daglig huvudvärk, tryckande och bilateral, med 6–8 migränattacker per månad ovanpå. Tar triptan eller Ipren nästan varje dag. Anfallsfri från sin epilepsi sedan 2019."),
        ("Anamnes", "38-årig kvinna, tandläkare. Migrän utan aura sedan tonåren. Fokal epilepsi efter skallskada 2015, välkontrollerad på lamotrigin. Två barn, sover dåligt sedan det yngsta föddes. Dricker 5–6 koppar kaffe per dag."),
        ("Socialt", "Gift, barnen är 2 och 5 år. Arbetar 80 % på en folktandvårdsklinik i Lund. Maken arbetar skift, så hon sköter ofta nätterna med barnen själv."),
        ("Huvudvärksdagbok", "Enligt dagboken från augusti: huvudvärk 27 av 31 dagar, varav 7 dagar med migränkaraktär. Triptan 9 dagar, ibuprofen 20 dagar. Inga anfall av epileptisk typ."),
        ("Läkemedel", "Lamotrigin 150 mg x 2, sumatriptan 50 mg vid behov (cirka 18 tabletter per månad), ibuprofen 400 mg vid behov nästan dagligen, p-piller utan östrogen."),
        ("Status", "Neurologiskt helt normalt. Ögonbotten med skarpa papillgränser. BT 118/76. Ömhet i nack- och tinningmuskulaturen."),
        ("Lab", "Blodstatus, CRP, TSH och leverprover normala. Lamotriginkoncentration inom terapeutiskt intervall."),
        ("Bedömning", "Kronisk migrän utan aura. DD läkemedelsöverforbrukningshuvudvärk med tanke på triptan- och NSAID-intaget. Fokal epilepsi, anfallsfri."),
        ("Information", "Pat informerad om att daglig användning av värkmediciner kan underhålla huvudvärken och om planen att göra ett uppehåll. Hon fick en huvudvärksdagbok och skriftliga råd om sömn och koffein."),
        ("Planering", "Utsättning av ibuprofen och max åtta triptandagar per månad. Profylax med kandesartan 8 mg, upptrappning till 16 mg. Ingen interaktion med lamotrigin. Återbesök om tre månader med dagboken, därefter ställningstagande till CGRP-hämmare."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "differential diagnosis ('DD läkemedelsöverforbrukningshuvudvärk', typo for -överförbrukning-) beside settled migraine and epilepsy")

C("e04-crohn-susp-psc", "vgr", ("19930706", "173"), [
    N("n1", "vg_gastro_skovde", ("Ellinor Sjöstedt", "läkare"), "Mottagningsanteckning",
      "2024-02-20 13:00", None, "öppenvård", [
        ("Aktuellt", "Halvårskontroll av Crohns sjukdom. Mår bra, två formade avföringar per dag utan blod. Ingen buksmärta. Har fått infusion med infliximab var åttonde vecka sedan 2022 utan problem. Trött på eftermiddagarna men jobbar heltid."),
        ("Anamnes", "30-årig man, ingenjör. Crohns sjukdom i ileum och colon sedan 2020, ileocekalresektion 2021. Inga extraintestinala manifestationer tidigare. Röker inte."),
        ("Status", "AT gott. BMI 23. Buk: mjuk, ärret efter resektionen fint, ingen resistens. Perianalt ua. Ingen ikterus."),
        ("Lab", "Hb 141, CRP 3, albumin 41, F-kalprotektin 48. ALP 4,8 (2,1 för ett år sedan), GT 3,2, ALAT 1,1, bilirubin 12. Infliximab dalvärde 6,2."),
        ("Bedömning", "Crohns sjukdom i klinisk och biokemisk remission på infliximab. Stigande kolestasprover, susp. primär skleroserande kolangit. Status efter ileocekalresektion."),
        ("Planering", "MRCP beställd. Leverstatus med autoantikroppar, IgG4 och hepatitserologi tas i dag. Fortsatt infliximab i oförändrad dos. Koloskopi enligt övervakningsprogram nästa år. Telefonkontakt när MRCP är besvarad, återbesök om sex månader."),
        ("Information", "Pat informerad om att Crohns sjukdom är lugn och att leverproverna ska följas upp med en magnetkameraundersökning."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "'susp. primär skleroserande kolangit' sits between the remission statement and the resection in Bedömning")

C("e05-gonartros-menisklesion-kan-ej-uteslutas", "skane", ("19650324", "319"), [
    N("n1", "sk_ort_hlm", ("Rasmus Kjellberg", "läkare"), "Mottagningsanteckning",
      "2024-10-08 08:30", "2024-10-08 09:35", "öppenvård", [
        ("Aktuellt", "Remiss från VC Hässleholm pga smärta i höger knä sedan ett halvår, värre sedan en vridning i trädgården i augusti. Upplever att knät ibland låser sig och viker sig i trappor. Svullnar efter långa promenader."),
        ("Anamnes", "59-årig man, brevbärare. Hypertoni, hyperlipidemi. Opererad med artroskopi vänster knä 2010. BMI 31. Har gått artrosskola via VC utan större effekt."),
        ("Läkemedel", "Enalapril 10 mg, simvastatin 20 mg, Alvedon 1 g vid behov, Ipren vid behov några gånger i veckan."),
        ("Socialt", "Gift, bor i villa i Vittsjö. Går eller cyklar ungefär 12 km per dag i tjänsten. Jagar älg på hösten."),
        ("Status", "Går utan hälta. Höger knä: lätt hydrops, ömhet över mediala ledspringan, McMurray positiv medialt med klick. Extension 0, flexion 120. Stabilt i sidled och sagittalt. Vänster knä: krepitationer, ingen hydrops."),
        ("Röntgen", "Belastad rtg båda knäna 2024-09-30: medial ledspaltsminskning höger, osteofyter, Ahlbäck grad 1. Vänster knä Ahlbäck grad 1."),
        ("Bedömning", "Medial gonartros bilateralt, Ahlbäck 1. Mekaniska besvär i höger knä efter vridvåld, en degenerativ menisklesion kan ej uteslutas men påverkar inte handläggningen i första hand. Fetma. Hypertoni."),
        ("Planering", "Fortsatt fysioterapi med individuellt träningsprogram i tolv veckor. Viktnedgång rekommenderas, remiss till VC:s livsstilsmottagning. MR knä görs bara om låsningarna tilltar. Återbesök vid behov via VC."),
        ("Information", "Pat informerad om artrosen, om att träning är förstahandsbehandling och om att operation inte förbättrar artrosbesvär."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "'en degenerativ menisklesion kan ej uteslutas' inside a long Bedömning with settled gonarthrosis")

C("e06-psoriasis-mojlig-psoriasisartrit", "vgr", ("19790828", "462"), [
    N("n1", "vg_hud_sahl", ("Daniel Wahlström", "läkare"), "Mottagningsanteckning",
      "2024-03-13 09:00", "2024-03-13 10:05", "öppenvård", [
        ("Aktuellt", "Uppföljning av psoriasis på metotrexat sedan ett år. Huden mycket bättre, några plack kvar på armbågarna och i hårbotten. Berättar nu om värk och morgonstelhet i fingrarna sedan jul, särskilt ytterlederna, och att ett finger svullnat upp som en korv i februari."),
        ("Anamnes", "45-årig kvinna, kock. Plackpsoriasis sedan 20 års ålder. Hypertoni på enalapril. Alkohol sällan. Fadern hade psoriasis."),
        ("Tidigare behandling", "Ljusbehandling (UVB) tre omgångar 2015–2019 med övergående effekt. Lokala steroider och kalcipotriol sedan många år. Metotrexat sedan mars 2023."),
        ("Socialt", "Sambo, en son på 16 år. Arbetar heltid som kock på en restaurang i Göteborg och står mycket. Röker inte."),
        ("Läkemedel", "Metotrexat 15 mg en gång per vecka, folsyra 5 mg dagen efter, Dovobet gel vid behov, enalapril 10 mg."),
        ("Status", "PASI 3,2 (12,4 före metotrexat). Plack på båda armbågarna och i hårbotten. Naglar: gropbildning och onykolys på flera fingrar. Svullnad och ömhet över DIP-lederna dig 2–3 höger hand. Daktylit har gått tillbaka."),
        ("Lab", "Normalt blodstatus, normala leverprover och normalt krea. CRP 9."),
        ("Bedömning", "Plackpsoriasis med god effekt av metotrexat. Nagelpsoriasis. Möjlig psoriasisartrit i höger hands DIP-leder."),
        ("Planering", "Fortsatt metotrexat 15 mg. Remiss till reumatologen för bedömning av lederna, rtg händer och fötter beställt. Provtagning var tredje månad. Läkarbesök igen om ett halvår."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "'Möjlig psoriasisartrit' is the third line of Bedömning, after two settled skin diagnoses")

C("e07-diabetes-hypotyreos-sannolikt-primar-aldosteronism", "skane", ("19720119", "587"), [
    N("n1", "sk_endo_malmo", ("Lovisa Engström", "läkare"), "Mottagningsanteckning",
      "2024-05-28 13:30", "2024-05-28 14:45", "öppenvård", [
        ("Aktuellt", "Remiss från VC pga svårbehandlad hypertoni och upprepat lågt kalium. Pat har tre blodtrycksmediciner och ligger ändå kring 165/100 hemma. Muskelkramper i vaderna på natten."),
        ("Anamnes", "52-årig man, lastbilschaufför. Typ 2-diabetes sedan 2019 på metformin, hypotyreos sedan 2016. Hypertoni sedan 35 års ålder. Snusar, röker inte. Fadern fick stroke vid 55 års ålder."),
        ("Socialt", "Gift, tre barn i tonåren. Kör fjärrtrafik och äter ofta på vägkrogar. Snusar en dosa per dag sedan 30 år."),
        ("Läkemedel", "Metformin 1 g x 2, Levaxin 100 µg, amlodipin 10 mg, losartan 100 mg, hydroklortiazid 25 mg, kaliumklorid 750 mg x 2."),
        ("Status", "BT 172/104 höger, 168/100 vänster. Puls 72. BMI 29. Cor: RR, inga blåsljud. Inga ödem. Fundus enligt ögonkliniken: lätt hypertensiv retinopati."),
        ("Lab", "Kalium 3,1 trots tillskott, natrium 144. Aldosteron 720 pmol/l, renin under detektionsgränsen, kvot kraftigt förhöjd. Krea 78. HbA1c 51. TSH 1,8. U-albumin/krea 9."),
        ("Bedömning", "Terapiresistent hypertoni med hypokalemi, sannolikt primär aldosteronism. Typ 2-diabetes, hyggligt reglerad. Hypotyreos, välbehandlad. Hypertensiv retinopati."),
        ("Planering", "Hydroklortiazid byts mot doxazosin inför konfirmerande saltbelastning. Spironolakton avvaktas tills utredningen är klar. DT binjurar och saltbelastningstest bokas. Återbesök efter testerna. Blodtrycksmätning hemma morgon och kväll."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "'sannolikt primär aldosteronism' leads a Bedömning whose other items are settled")

C("e08-bph-fragetecken-prostatit", "vgr", ("19700312", "437"), [
    N("n1", "vg_uro_sas", ("Jimmy Strömberg", "läkare"), "Mottagningsanteckning",
      "2024-06-11 10:00", "2024-06-11 11:10", "öppenvård", [
        ("Aktuellt", "Återbesök för vattenkastningsbesvär. Tamsulosin sedan i vintras har hjälpt mot den svaga strålen. Sedan tre veckor sveda vid vattenkastning, ont i mellangården vid cykling och lätt feberkänsla. Inga synliga blodtillblandningar i urinen."),
        ("Anamnes", "54-årig man, gymnastiklärare. Tidigare frisk förutom godartad prostataförstoring som diagnostiserades i december. Njursten 2015. Inga läkemedel utöver tamsulosin."),
        ("Status", "AT gott, temp 37,6. Buk mjuk, ingen blåsa palpabel, dunkömhet saknas. Yttre genitalia ua, epididymis oöm bilateralt. PR: prostata förstorad ca 45 g, påtagligt öm, lätt svullen, ingen fluktuation."),
        ("Lab", "U-sticka: leukocyter 2+, nitrit positiv. CRP 38. PSA 6,4 (2,1 i december). Krea 82. Urinodling skickad."),
        ("Bedömning", "Benign prostatahyperplasi, behandlad med tamsulosin med god effekt. Akut bakteriell prostatit? Förhöjt PSA tolkas mot bakgrund av infektionen. Status efter njursten."),
        ("Planering", "Ciprofloxacin 500 mg x 2 i 14 dagar, justeras efter odlingssvar. Ny PSA om tre månader när infektionen har läkt ut. Fortsatt tamsulosin. Rikligt med dryck, undvika cykling tills vidare. Kontakt vid hög feber eller urinstämma."),
        ("Information", "Pat informerad om antibiotikabehandlingen och om att PSA behöver tas om senare. Han fick en skriftlig instruktion om vad han ska hålla utkik efter."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "question-mark hedge ('Akut bakteriell prostatit?') in the middle of Bedömning")

C("e09-astma-trol-samtidig-kol", "skane", ("19630516", "246"), [
    N("n1", "sk_lung_lund", ("Viveka Rosén", "läkare"), "Mottagningsanteckning",
      "2024-11-06 09:00", "2024-11-06 10:10", "öppenvård", [
        ("Aktuellt", "Remiss från VC för svårkontrollerad astma. Pat har två exacerbationer med kortisonkur senaste året och blir andfådd i uppförsbackar. Morgonhosta med vitt slem. Nattliga symtom någon gång i veckan."),
        ("Anamnes", "61-årig kvinna, frisör. Astma sedan barndomen, allergisk mot katt och björk. Rökte 20 cigaretter per dag mellan 18 och 50 års ålder, cirka 30 paketår. Hypertoni. Gastroesofageal reflux."),
        ("Socialt", "Bor med maken i lägenhet i Eslöv. Har egen frisersalong och exponeras för hårsprej och färgämnen dagligen. Har två katter trots allergin."),
        ("Läkemedel", "Symbicort 320/9 en inhalation x 2, Airomir vid behov 3–4 gånger per vecka, Aerius under pollensäsong, omeprazol 20 mg, enalapril 10 mg."),
        ("Status", "Saturation 95 %. Pulm: förlängt expirium med spridda ronki bilateralt. Cor: RR. Inhalationsteknik kontrollerad: god med Turbuhaler."),
        ("Undersökningar", "Spirometri: FEV1 58 % av förväntat, FEV1/FVC 0,58. Efter bronkdilatation FEV1 ökning 9 %, kvoten fortsatt 0,61. DLCO 64 %. FeNO 38 ppb. Eosinofiler 0,4."),
        ("Bedömning", "Astma med eosinofil inflammation, otillräckligt kontrollerad. Trol. samtidig KOL med tanke på rökhistoria och kvarstående obstruktion och sänkt DLCO. Allergisk rinit. Gastroesofageal reflux."),
        ("Planering", "Tillägg av Spiriva Respimat. DT thorax lågdos för att kartlägga emfysem. Ny spirometri om tre månader. Årlig influensavaccination och pneumokockvaccin ges idag. Remiss till fysioterapeut för konditionsträning."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "'Trol. samtidig KOL' among settled asthma, rhinitis and reflux")

C("e10-ra-interstitiell-lungsjukdom-kan-inte-uteslutas-i-rontgen", "vgr", ("19580219", "286"), [
    N("n1", "vg_reuma_sahl", ("Malin Gustavsson", "läkare"), "Mottagningsanteckning",
      "2024-08-15 13:00", "2024-08-15 14:20", "öppenvård", [
        ("Aktuellt", "Återbesök för reumatoid artrit. Lederna är lugna sedan bytet till abatacept i vintras. Ny torrhosta sedan våren och mer andfådd när hon går till bussen. Ingen feber."),
        ("Anamnes", "66-årig kvinna, pensionerad undersköterska. Seropositiv reumatoid artrit sedan 2009, tidigare behandlad med metotrexat och adalimumab. Osteoporos på alendronat. Före detta rökare."),
        ("Tidigare behandling", "Metotrexat 2009–2016, avslutat pga förhöjda levervärden. Adalimumab 2016–2023 med avtagande effekt. Abatacept sedan januari 2024."),
        ("Socialt", "Gift, bor i lägenhet i Partille. Pensionerad sedan 2022. Har två barnbarn som hon passar en dag i veckan och tycker om att promenera, vilket hon nu har svårare för."),
        ("Läkemedel", "Abatacept 125 mg subkutant en gång i veckan, alendronat 70 mg en gång i veckan, kalcium och D-vitamin, Alvedon vid behov."),
        ("Status", "Inga synoviter, 28-ledsindex 0 svullna och 1 öm. Pulm: fina basala krepitationer bilateralt. Saturation 94 %. Inga klubbfingrar."),
        ("Lab/Röntgen", "SR 18, CRP 4. Lungröntgen 2024-08-01: lätt ökad retikulär teckning basalt bilateralt; interstitiell lungsjukdom kan inte uteslutas och HRCT rekommenderas. Spirometri: FVC 82 %, DLCO 61 %."),
        ("Bedömning", "Reumatoid artrit i remission på abatacept, DAS28-CRP 1,9. Osteoporos, behandlad. Nytillkommen hosta och andfåddhet samt sänkt DLCO som utreds vidare."),
        ("Planering", "HRCT thorax beställd. Remiss till lungmottagningen. Fortsatt abatacept. Bentäthetsmätning nästa år. Återbesök om tre månader eller tidigare efter HRCT."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "the hedged diagnosis ('interstitiell lungsjukdom kan inte uteslutas') sits only in the Lab/Röntgen section")

C("e11-myom-anemi-misstankt-endometrios", "skane", ("19890724", "460"), [
    N("n1", "sk_gyn_hbg", ("Julia Hedberg", "läkare"), "Mottagningsanteckning",
      "2024-02-27 14:00", "2024-02-27 15:10", "öppenvård", [
        ("Aktuellt", "Remiss från VC pga rikliga menstruationer och svår mensvärk. Pat behöver byta skydd varje timme de två första dagarna och stannar hemma från jobbet en dag varje månad. Ont vid samlag djupt in och smärta vid tarmtömning under mens. Försökt bli gravid i ett år."),
        ("Anamnes", "34-årig kvinna, förskollärare. Tidigare frisk. Ingen graviditet. Cykel 27 dagar, blöder sju dagar. Modern hysterektomerades för myom."),
        ("Läkemedel", "Inga stående läkemedel. Tar Naproxen under mensens första dagar och järntabletter som hon har svårt att tolerera."),
        ("Socialt", "Gift, bor i villa i Ängelholm. Arbetar heltid på en förskola. Maken har tidigare utretts med normalt spermaprov."),
        ("Status", "Yttre genitalia ua. Portio ua. Bimanuell palpation: uterus något förstorad, fast, öm vid rörelse. Ömhet och förhårdnad bakom livmodern. Adnexa svårpalperade."),
        ("Ultraljud/Lab", "Vaginalt ultraljud: 35 mm intramuralt myom i fundus och ett 12 mm submuköst myom. Ovarier normala bilateralt, ingen cysta. Hb 98, ferritin 5."),
        ("Bedömning", "Uterus myomatosus med ett submuköst myom. Menorragi med järnbristanemi. Misstänkt endometrios med tanke på dysmenorré, djup dyspareuni och ömhet bakom uterus. Ofrivillig barnlöshet i ett år."),
        ("Planering", "Järninfusion med Monofer 1000 mg på dagvården. Hysteroskopisk resektion av det submukösa myomet, anmäld till operation. MR bäcken beställd. Remiss till fertilitetsenheten. Tranexamsyra vid kraftig blödning i väntan på operationen."),
        ("Information", "Pat informerad om myomen, om järnbristen och om operationen, och fick skriftlig information om hysteroskopi."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "'Misstänkt endometrios' is the third of four points in Bedömning; the rest are ultrasound- or lab-verified")

C("e12-polyposis-susp-somnapne-i-planering", "vgr", ("19750407", "512"), [
    N("n1", "vg_onh_sahl", ("Klara Wennberg", "läkare"), "Mottagningsanteckning",
      "2024-04-24 10:30", None, "öppenvård", [
        ("Aktuellt", "Återbesök efter tre månader med nasal steroid. Nästäppan är något bättre men luktsinnet har inte kommit tillbaka. Hustrun klagar på kraftig snarkning och har sett andningsuppehåll. Pat är trött på dagen och har somnat vid rödljus en gång."),
        ("Anamnes", "49-årig man, säljare, kör mycket bil i tjänsten. Astma sedan 30 års ålder, ASA-intolerans. Hypertoni. BMI 33."),
        ("Status", "Nasal endoskopi: bilaterala polyper grad 2 som når nedanför mellersta näsmusslan. Svalg: stora tonsiller grad 2, lång uvula, Mallampati 3. Halsomfång 45 cm."),
        ("Röntgen", "DT bihålor 2024-03-28: utbredd slemhinnesvullnad i samtliga bihålor bilateralt, Lund-Mackay 18."),
        ("Bedömning", "Kronisk rinosinuit med näspolyper, otillräcklig effekt av nasal steroid. Astma med ASA-intolerans. Hypertoni. Fetma."),
        ("Planering", "Prednisolonkur 25 mg i sju dagar. Anmäls till endoskopisk sinuskirurgi. Remiss för sömnregistrering pga susp. obstruktiv sömnapné. Bilkörning avrådes tills utredningen är klar. Fortsatt Nasonex 2 x 2."),
        ("Information", "Pat informerad om operationen och om att han inte bör köra bil när han är trött. Skriftlig information om sinuskirurgi."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "the only hedged diagnosis ('susp. obstruktiv sömnapné') is in Planering, as the reason for a referral")

C("e13-kll-fragetecken-aiha", "skane", ("19500227", "378"), [
    N("n1", "sk_hemat_lund", ("Oscar Nordqvist", "läkare"), "Mottagningsanteckning",
      "2024-07-09 08:30", "2024-07-09 09:50", "öppenvård", [
        ("Aktuellt", "Extra besök pga tilltagande trötthet och andfåddhet i tre veckor. Har märkt mörk urin på morgnarna. Ingen feber, inga infektioner, ingen blödning. Följs för KLL sedan 2019 utan behandling."),
        ("Anamnes", "74-årig man, pensionerad präst. Kronisk lymfatisk leukemi Binet A sedan 2019. Typ 2-diabetes. Hypertoni. Bor med hustrun i Lund."),
        ("Läkemedel", "Metformin 1 g x 2, losartan 50 mg. Inga nya läkemedel senaste halvåret."),
        ("Status", "Blek, lätt gulaktiga sclerae. Puls 104 regelbunden, BT 126/70. Cor: systoliskt flödesblåsljud. Små oömma lymfkörtlar på halsen och i axillerna, oförändrade. Mjälten palperas två fingerbredder nedom arcus."),
        ("Lab", "Hb 78 (128 i mars), retikulocyter 240, LD 780, haptoglobin omätbart lågt, bilirubin 42. LPK 38 med lymfocyter 34. TPK 164. Krea 91."),
        ("Bedömning", "Kronisk lymfatisk leukemi, nu med ny anemi. Autoimmun hemolytisk anemi? Splenomegali. Typ 2-diabetes."),
        ("Planering", "DAT (direkt antiglobulintest), köldagglutininer och blodutstryk i dag. Prednisolon 1 mg/kg startas om DAT är positivt, jag ringer pat i eftermiddag med svaret. Blodgrupp och BAS-test. Ny provtagning om tre dagar. Vid försämring ska han söka akut."),
        ("Information", "Pat och hustru informerade om att blodvärdet har sjunkit kraftigt och att vi tar fler prover i dag. Han har fått telefonnummer direkt till mottagningen."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "question-mark hedge on a new diagnosis ('Autoimmun hemolytisk anemi?') in a KLL follow-up")

C("e14-geriatrik-fall-troligen-ortostatisk-hypotension", "vgr", ("19360818", "168"), [
    N("n1", "vg_ger_molndal", ("Sebastian Kroon", "läkare"), "Daganteckning",
      "2024-06-03 11:10", "2024-06-03 12:40", "slutenvård", [
        ("Aktuellt", "Dag 4 efter inläggning för upprepade fall i hemmet, tre fall senaste månaden, alla när han reser sig från sängen eller soffan. Inga skador denna gång. Mår bra i sängen men blir yr när han reser sig."),
        ("Anamnes", "87-årig man, bor med hustrun i lägenhet i Mölndal. Parkinsons sjukdom sedan 2015, typ 2-diabetes, hypertoni, benign prostatahyperplasi. Hörselnedsättning bilateralt."),
        ("Socialt", "Hustrun är 84 år och klarar sig själv men kan inte hjälpa honom upp om han faller. Hemtjänst en gång i veckan för städning. Sonen bor i Lerum."),
        ("Läkemedel", "Madopark 100/25 x 4, metformin 500 mg x 2, amlodipin 10 mg, enalapril 20 mg, tamsulosin 0,4 mg, furosemid 40 mg."),
        ("Status", "Vaken, orienterad. BT liggande 154/82, efter tre minuters stående 112/64 med yrsel, puls 76 → 80. Lätt rigiditet och bradykinesi. Går med rollator, kort steglängd. Inga neurologiska fokala bortfall."),
        ("Lab", "Hb 128, natrium 136, kalium 4,1, krea 102, glukos 8,2. EKG: sinusrytm, AV-block I."),
        ("Bedömning", "Upprepade fall, trolien orsakade av ortostatisk hypotension med bidrag av blodtryckssänkande läkemedel. Parkinsons sjukdom. Typ 2-diabetes. Benign prostatahyperplasi."),
        ("Planering", "Amlodipin och furosemid sätts ut, enalapril sänks till 10 mg. Tamsulosin tas till natten. Ortostatiskt blodtryck dagligen. Stödstrumpor. Fysioterapeut för förflyttningsträning. Arbetsterapeut gör hembesök inför hemgång."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "typo 'trolien orsakade av ortostatisk hypotension' still hedges the cause of falls among settled chronic diagnoses")

C("e15-erythema-migrans-kan-vara-lymeartrit", "skane", ("19681120", "393"), [
    N("n1", "sk_infek_malmo", ("Matilda Åström", "läkare"), "Mottagningsanteckning",
      "2024-09-03 13:15", "2024-09-03 14:20", "öppenvård", [
        ("Aktuellt", "Remiss från VC Bjärred. Fästingbett på vänster vad i juni, därefter en växande rodnad som behandlades med penicillin V i tio dagar och försvann. Sedan fyra veckor svullnad och värk i höger knä som kommer och går, utan trauma. Ingen feber."),
        ("Anamnes", "55-årig man, trädgårdsmästare. Hypertoni, i övrigt frisk. Ingen tidigare ledsjukdom. Ingen psoriasis, inga tarmbesvär, inga urinvägssymtom."),
        ("Läkemedel", "Enalapril 10 mg. Tog penicillin V i tio dagar i juni. Inga allergier."),
        ("Socialt", "Gift, bor i hus med stor trädgård i Bjärred. Arbetar på en handelsträdgård och är ute mycket i buskage och högt gräs. Har hund."),
        ("Status", "Höger knä: måttlig hydrops, lätt värmeökning, rörlighet 0–110 grader. Övriga leder ua. Huden utan utslag, ärr efter fästingbettet syns inte. Neurologiskt ua, ansiktsnerven intakt."),
        ("Lab", "CRP 22, SR 30. Borrelia-IgG positiv, IgM negativ. RF och anti-CCP negativa. Urat 320. Ledvätska: 18 000 leukocyter, inga kristaller, odling negativ."),
        ("Bedömning", "Erythema migrans i juni, adekvat behandlat. Artriten i höger knä kan vara Lymeartrit mot bakgrund av positiv IgG-serologi och förloppet. Hypertoni."),
        ("Planering", "Doxycyklin 100 mg x 2 i 28 dagar. PCR för borrelia i ledvätskan skickad. Återbesök om sex veckor, ledpunktion vid behov. Solskydd under doxycyklinbehandlingen."),
        ("Information", "Pat informerad om antibiotikabehandlingen, om solskydd och om att knät kan vara svullet en tid även efter behandlingen."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "'kan vara Lymeartrit' is a modal hedge on a diagnosis in Bedömning")

C("e16-amd-misstankt-glaukom-hoger", "vgr", ("19430105", "666"), [
    N("n1", "vg_ogon_molndal", ("Hugo Ekelund", "läkare"), "Mottagningsanteckning",
      "2024-01-23 13:40", "2024-01-23 14:30", "öppenvård", [
        ("Aktuellt", "Injektion nummer 14 med aflibercept i vänster öga och kontroll av höger öga. Pat tycker att synen på vänster öga är stabil. Läser med förstoringsglas."),
        ("Anamnes", "81-årig kvinna med våt åldersförändring i gula fläcken vänster sedan 2021 och torr form höger. Hypertoni och förmaksflimmer (Eliquis). Kataraktopererad bilateralt 2018."),
        ("Status", "Visus hö 0,5, vä 0,3. Tryck hö 26, vä 17 mmHg. Främre segment: pseudofaki bilateralt. Fundus: vä makula med ärrbildning och små blödningar, hö drusen utan blödning. Papill hö C/D 0,7 med förtunnad kant inferiort, vä C/D 0,4."),
        ("OCT", "Vä: minskad subretinal vätska jämfört med förra gången. Hö: ingen vätska i makula, nervfiberlagret tunnare inferiort än vänster."),
        ("Bedömning", "Våt AMD vänster, stabil under behandling. Torr AMD höger utan tecken på aktivitet. Misstänk glaukom höger med förhöjt tryck och asymmetrisk papill. Pseudofaki bilateralt."),
        ("Åtgärd", "Intravitreal injektion med aflibercept vänster öga utan komplikationer."),
        ("Planering", "Nästa injektion om tio veckor (treat-and-extend). Synfält och OCT av nervfiberlagret bokas före nästa besök. Tryckmätning upprepas då."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "typo 'Misstänk glaukom höger' among settled AMD and pseudophakia in a routine injection note")

C("e17-ckd-hematuri-iga-nefropati-misstanks", "skane", ("19840309", "553"), [
    N("n1", "sk_njur_lund", ("Isak Berglund", "läkare"), "Mottagningsanteckning",
      "2024-03-19 10:00", "2024-03-19 11:15", "öppenvård", [
        ("Aktuellt", "Nybesök på remiss från VC för sjunkande njurfunktion och mikroskopisk hematuri. Berättar om två episoder av colafärgad urin i samband med halsfluss, senast i januari. Inga ödem, inga ledbesvär, inga hudutslag."),
        ("Anamnes", "40-årig man, byggarbetare. Hypertoni sedan 2020 på amlodipin. Hyperlipidemi. Inga njursjukdomar i släkten. Snusar."),
        ("Läkemedel", "Amlodipin 10 mg, atorvastatin 10 mg. Tar Ipren några gånger i månaden mot ryggvärk."),
        ("Socialt", "Sambo, två barn i förskoleåldern. Arbetar på bygge i Malmö. Snusar en dosa i veckan."),
        ("Status", "BT 148/94. Inga ödem. Hud och leder ua. Cor/pulm ua."),
        ("Lab", "Krea 142, eGFR 52 (68 för två år sedan). U-albumin/krea 110 mg/mmol. U-sediment: dysmorfa erytrocyter och enstaka erytrocytcylindrar. C3, C4, ANCA, anti-GBM och ANA normala/negativa. Serologi för hepatit och HIV negativ. IgA i serum lätt förhöjt."),
        ("Ultraljud", "Njurar normalstora, 11 cm bilateralt, normal parenkymtjocklek, inga stenar eller cystor."),
        ("Bedömning", "Kronisk njursjukdom stadium 3a med albuminuri och glomerulär hematuri. IgA-nefropati misstänks med tanke på makroskopisk hematuri vid halsinfektion. Hypertoni, otillräckligt behandlad. Hyperlipidemi."),
        ("Planering", "Njurbiopsi bokas om fyra veckor. Amlodipin byts mot losartan 50 mg med upptitrering, kalium och krea om två veckor. Dapagliflozin 10 mg insätts. Rökfrihet och snusstopp rekommenderas. Återbesök efter biopsisvar."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "passive 'misstänks' hedge ('IgA-nefropati misstänks') among settled CKD, hypertension and hyperlipidaemia")

C("e18-hjartsvikt-sannolikt-ischemisk-kardiomyopati", "vgr", ("19550930", "214"), [
    N("n1", "vg_hjart_nal", ("Petter Nyberg", "läkare"), "Mottagningsanteckning",
      "2024-10-15 09:15", "2024-10-15 10:40", "öppenvård", [
        ("Aktuellt", "Nybesök efter vårdtillfälle på medicin i september för nydebuterad hjärtsvikt. Sover nu plant, andfådd efter två trappor. Vikten har gått ner 5 kg med diuretika. Ingen bröstsmärta i vila, lätt tryck över bröstet vid snabb promenad i kyla."),
        ("Anamnes", "69-årig man, före detta verkstadsarbetare. Typ 2-diabetes sedan 2010, hypertoni, hyperlipidemi. Rökte 40 paketår, slutade 2015. Bror har haft hjärtinfarkt vid 58 års ålder."),
        ("Socialt", "Gift, pensionerad sedan ett år. Bor i villa i Vänersborg och är aktiv i en motorklubb. Dricker ett glas vin till helgen."),
        ("Läkemedel", "Furosemid 40 mg, Entresto 49/51 mg x 2, bisoprolol 2,5 mg, spironolakton 25 mg, Jardiance 10 mg, metformin 1 g x 2, atorvastatin 40 mg."),
        ("Status", "BT 118/72, puls 68 regelbunden. Inga halsvenstas. Cor: RR, mjukt systoliskt blåsljud vid apex. Pulm: ua. Inga ödem."),
        ("UKG/Lab", "UKG 2024-09-20: dilaterad vänster kammare, akinesi i framväggen och septum, EF 32 %. NT-proBNP 1 400 (5 600). Krea 96, kalium 4,8. LDL 2,4."),
        ("Bedömning", "Hjärtsvikt med nedsatt ejektionsfraktion, NYHA II, sannolikt ischemisk kardiomyopati med regional akinesi och angina. Typ 2-diabetes. Hypertoni. Hyperlipidemi, ej i mål."),
        ("Planering", "Koronarangiografi beställd. Bisoprololdosen höjs till 5 mg. Atorvastatin höjs till 80 mg, tillägg av ezetimib vid behov. Nitroglycerin vid behov. Hjärtsviktssjuksköterska ringer om två veckor, ny UKG om tre månader."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "the cause of heart failure is hedged ('sannolikt ischemisk kardiomyopati'); the other diagnoses are settled")

C("e19-appendektomi-misstanke-om-sarinfektion", "skane", ("19910412", "638"), [
    N("n1", "sk_kir_ystad", ("Alexander Fors", "läkare"), "Daganteckning",
      "2024-07-24 09:40", "2024-07-24 10:30", "slutenvård", [
        ("Aktuellt", "Postop dag 3 efter laparoskopisk appendektomi för perforerad appendicit 2024-07-21. Feber 38,4 i natt och mer ont kring naveln där extraktionssnittet är. Äter och dricker, har haft avföring i går."),
        ("Anamnes", "33-årig kvinna, sjuksköterska. Tidigare frisk. Inga läkemedel utöver p-piller. Inga allergier."),
        ("Status", "AT: opåverkad. Temp 38,1, puls 92, BT 124/78. Buk: mjuk, öm kring navelsnittet men inte i övrigt, inga peritonitiska tecken. Navelsnittet rodnat cirka 3 cm runt om, lätt förhårdnat, lite grumligt sekret vid tryck. Övriga portsår fina."),
        ("Lab", "CRP 128 (176), LPK 11,8. Sekret från såret odlat."),
        ("Bedömning", "Perforerad appendicit, opererad, förloppet i övrigt som förväntat. Misstanke om sårinfektion i navelsnittet. Ingen klinisk misstanke om intraabdominell abscess i nuläget."),
        ("Planering", "Två suturer tas bort och såret öppnas för dränage, ompläggning två gånger dagligen. Fortsatt piperacillin/tazobaktam i ytterligare två dygn enligt plan. Ultraljud buk om febern inte lägger sig på 48 timmar. Hemgång tidigast fredag."),
        ("Information", "Pat informerad om att såret öppnas för att tömma ut sekret och om att antibiotikan fortsätter. Hon vet att hon ska säga till om buksmärtan tilltar."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "'Misstanke om sårinfektion' is hedged; the next sentence negates abscess ('Ingen klinisk misstanke'), which alone would not fire")

C("e20-metastaserad-brostcancer-levermetastas-kan-inte-uteslutas", "vgr", ("19620808", "464"), [
    N("n1", "vg_onk_sahl", ("Cornelia Edvardsson", "läkare"), "Mottagningsanteckning",
      "2024-05-14 13:00", "2024-05-14 14:30", "öppenvård", [
        ("Aktuellt", "Utvärdering efter tre månader med letrozol och palbociklib. Skelettsmärtorna i bröstryggen har minskat och hon tar inga opioider längre. Trött någon dag efter varje cykelstart. Aptit och vikt stabila."),
        ("Anamnes", "62-årig kvinna med ER-positiv, HER2-negativ bröstcancer med skelettmetastaser sedan januari 2024. Hypertoni, hypotyreos. Bor med maken i Kungsbacka, arbetar 50 % som redovisningskonsult."),
        ("Läkemedel", "Letrozol 2,5 mg, palbociklib 125 mg dag 1–21, denosumab 120 mg var fjärde vecka, Levaxin 100 µg, enalapril 10 mg, kalcium och D-vitamin."),
        ("Status", "AT gott, ECOG 1. Ingen knackömhet över kotpelaren. Vänster bröst med ärr efter tidigare biopsi, ingen palpabel resistens. Axiller ua. Lever inte palpabel."),
        ("Lab/Röntgen", "Neutrofila 1,1, Hb 121, TPK 180. ALAT 0,6, ALP 2,1. CA 15-3 sjunkit från 120 till 48. DT thorax-buk 2024-05-08: skelettmetastaserna i Th6–Th9 och bäckenet är skleroserade, inga nya skelettlesioner. Ny 9 mm hypodens förändring i leversegment 4, för liten för att karaktärisera; metastas kan inte uteslutas."),
        ("Bedömning", "Metastaserad bröstcancer med skelettmetastaser i god respons på första linjens behandling. Neutropeni grad 2. Hypotyreos och hypertoni välbehandlade."),
        ("Planering", "Fortsatt letrozol och palbociklib i oförändrad dos. MR lever för att karaktärisera förändringen i segment 4. Denosumab fortsätter. Nästa utvärdering om tre månader."),
        ("Information", "Pat informerad om att skelettmetastaserna svarar bra och att behandlingen fortsätter. Hon vet att en magnetkameraundersökning av levern är bokad."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "hedged new liver metastasis ('metastas kan inte uteslutas') in the CT report, while Bedömning speaks of good response")

C("e21-hoftfraktur-demens-trol-delirium-uvi", "skane", ("19330429", "248"), [
    N("n1", "sk_ger_trbg", ("Sanna Westerlund", "läkare"), "Daganteckning",
      "2024-11-12 10:30", "2024-11-12 11:50", "slutenvård", [
        ("Aktuellt", "Postop dag 5 efter halvprotes höger höft för collumfraktur. Sedan i går eftermiddag mer orolig, plockig, sover dåligt och är svår att nå i samtal. Enligt nattpersonalen har hon varit uppe och vandrat och rivit av sig förbandet."),
        ("Anamnes", "91-årig kvinna med Alzheimers sjukdom, måttlig demens, bor på särskilt boende i Trelleborg. Hypertoni, osteoporos, förstoppning. Föll på boendet 2024-11-06."),
        ("Läkemedel", "Donepezil 5 mg, amlodipin 5 mg, alendronat 70 mg en gång per vecka, kalcium och D-vitamin, Movicol, paracetamol 1 g x 4, oxikodon 5 mg x 2 sedan operationen, Fragmin 5000 E."),
        ("Omvårdnad", "Har inte kissat spontant sedan i går förmiddag enligt vätskelistan. Äter knappt, dricker med uppmaning. Senaste avföring för fyra dagar sedan."),
        ("Status", "Vaken men fluktuerande uppmärksamhet, desorienterad till tid och plats. Temp 37,9. BT 142/76, puls 96. Operationssåret torrt. Buk: mjuk, palpabel blåsa. Inga fokala neurologiska fynd."),
        ("Tidigare förlopp", "Opererades 2024-11-07 i spinalbedövning utan komplikationer. Var enligt personalen lugn och samarbetade under de första fyra dygnen, gick med gåbord och personal."),
        ("Lab", "CRP 94 (62), LPK 12,4. Natrium 133. U-sticka: leukocyter 3+, nitrit positiv. Bladderscan 620 ml urinretention."),
        ("Bedömning", "Akut konfusion, trol. delirium utlöst av urinvägsinfektion och urinretention. Collumfraktur höger, opererad med halvprotes. Alzheimers sjukdom. Förstoppning."),
        ("Planering", "KAD sätts. Urinodling, därefter pivmecillinam 400 mg x 3 i sju dagar. Oxikodon sänks till vid behov. Laxantia. Lugn miljö, samma personal i möjligaste mån, anhöriga välkomna. Haloperidol 0,5 mg endast vid svår oro."),
        ("Information", "Dottern informerad per telefon om försämringen och om planen med kateter och antibiotika."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "'trol. delirium' hedges the new diagnosis in Bedömning of an elderly ward patient")
# ================================================================ NL102 positives (B)

C("f01-akut-brostsmarta-trol-muskuloskeletal", "vgr", ("19810519", "357"), [
    N("n1", "vg_akut_sas", ("Nils Hagström", "läkare"), "Akutanteckning",
      "2024-03-02 21:10", "2024-03-02 23:55", "akutmottagning", [
        ("Kontaktorsak", "Bröstsmärta sedan i morse."),
        ("Anamnes", "42-årig man, snickare. Astma och hypertoni. Vaknade med stickande smärta vänster om bröstbenet som förvärras vid djupa andetag, när han vrider överkroppen och när han ligger på vänster sida. Bar tunga gipsskivor i går. Ingen andfåddhet, ingen feber, ingen nyligen genomgången förkylning. Inga långa resor eller immobilisering. Röker inte."),
        ("Läkemedel", "Symbicort vid behov, amlodipin 5 mg."),
        ("Status", "AT: opåverkad, talar i hela meningar. Saturation 99 %, andningsfrekvens 14, BT 148/92, puls 74. Cor: RR, inga blåsljud, ingen gnidning. Pulm: vesikulärt bilateralt. Palpationsömhet över tredje och fjärde revbensbrosket vänster som återger smärtan. Vader mjuka och lika."),
        ("EKG/Lab", "EKG: sinusrytm 72, inga ST-förändringar, ingen PR-sänkning. Troponin T 4 och 5 med tre timmars mellanrum. CRP under 1. D-dimer 0,2."),
        ("Bedömning", "Bröstsmärta, trol. muskuloskeletal genes efter tunga lyft. Akut koronart syndrom uteslutet med normala troponiner och EKG. Lungemboli uteslutes med låg klinisk sannolikhet och normal D-dimer. Astma och hypertoni."),
        ("Åtgärd", "Ipren 400 mg given med god effekt."),
        ("Planering", "Hem. Ipren 400 mg x 3 i högst en vecka, avlastning från tunga lyft. Uppföljning av blodtryck på VC. Åter vid andfåddhet, feber eller förändrad smärtkaraktär."),
        ("Information", "Pat informerad om att hjärtat och lungorna ser bra ut och om när han ska söka igen."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "emergency note: 'trol. muskuloskeletal genes' is the one hedge; ACS and pulmonary embolism are explicitly ruled out")

C("f02-palliativ-trolig-candidaesofagit", "skane", ("19490902", "132"), [
    N("n1", "sk_palliativ_malmo", ("Fredrik Mattsson", "läkare"), "Daganteckning",
      "2024-04-16 10:30", "2024-04-16 11:30", "slutenvård", [
        ("Aktuellt", "Dag 6 på palliativa avdelningen. Smärtan är nu väl kontrollerad med pumpen. Nytt sedan i går: ont bakom bröstbenet vid sväljning, äter därför bara glass och dricker lite. Ingen feber."),
        ("Anamnes", "74-årig man med esofaguscancer i distala esofagus sedan 2023, behandlad med strålning och cytostatika, nu progress med levermetastaser. Tidigare hypertoni och KOL. Stent i esofagus sedan januari. Har fått kortison i höga doser de senaste veckorna."),
        ("Läkemedel", "Subkutan pump med morfin 40 mg/dygn och midazolam 5 mg/dygn, extradoser morfin 5 mg sc vid behov. Dexametason 8 mg, omeprazol 40 mg, Movicol. Insulin enligt glukosschema."),
        ("Status", "ECOG 3. Munhåla: vita beläggningar på tungan och gomseglet som går att skrapa bort. Torra slemhinnor. Buk: förstorad lever, lätt öm. Inga trycksår."),
        ("Lab", "CRP 41, Hb 98, albumin 24, glukos 11."),
        ("Bedömning", "Esofaguscancer med levermetastaser i palliativt skede. Muncandida. Sväljningssmärta, trolig candidaesofagit. KOL. Steroidinducerad hyperglykemi."),
        ("Planering", "Flukonazol 200 mg första dagen, därefter 100 mg dagligen i 14 dagar, ges i lösning. Munvård fyra gånger dagligen. Dexametason trappas ned till 4 mg. Lidokain viskös före måltid. Glukos morgon och kväll."),
        ("Information", "Pat och hustru informerade om svampinfektionen i munnen och om behandlingen. Hustrun vill sova över på avdelningen ett par nätter, vilket ordnas."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "palliative ward note: 'trolig candidaesofagit' among settled cancer, thrush and COPD")

C("f03-parkinson-hallucinationer-mojligen-lakemedelsutlosta", "vgr", ("19480516", "417"), [
    N("n1", "vg_neuro_sahl", ("Rebecca Sjölund", "läkare"), "Mottagningsanteckning",
      "2024-07-02 13:00", "2024-07-02 14:20", "öppenvård", [
        ("Aktuellt", "Ordinarie kontroll av Parkinsons sjukdom. Hustrun berättar att han sedan en månad ser katter och små barn i hemmet på kvällarna. Han vet att de inte finns och är inte rädd. Rörligheten är bra på dagen, lite stel på morgonen innan första dosen. Sover oroligt."),
        ("Anamnes", "76-årig man, pensionerad mäklare. Parkinsons sjukdom sedan 2016. Pramipexol höjdes i april pga wearing-off. Hypertoni. Bor med hustrun i villa i Lerum."),
        ("Socialt", "Hustrun är 72 år och frisk. Två vuxna barn. Pat spelar bridge två gånger i veckan och kör fortfarande bil dagtid."),
        ("Skattningar", "MDS-UPDRS del III 28 i on-fas. Ingen fluktuation i kognitionen enligt hustrun. Sömnen avbruten av vaknande två till tre gånger per natt."),
        ("Läkemedel", "Madopark 125 mg x 4, pramipexol depot 1,57 mg, rasagilin 1 mg, amlodipin 5 mg."),
        ("Status", "Vaken, orienterad. MoCA 26/30. Lätt hypomimi, rigiditet i höger arm, vilotremor höger hand. Gång med lätt framåtlutning, god armpendling vänster, minskad höger. Inga dyskinesier. Ortostatiskt BT ua."),
        ("Bedömning", "Parkinsons sjukdom, Hoehn & Yahr 2,5, med lindrig wearing-off. Synhallucinationer med bevarad insikt, möjligen läkemedelsutlösta av pramipexoldoshöjningen. Hypertoni, välbehandlad."),
        ("Planering", "Pramipexol sänks till 1,05 mg. Madopark Depot 125 mg läggs till natten. Telefonkontakt med Parkinsonsjuksköterska om tre veckor. Återbesök om fyra månader."),
        ("Information", "Pat och hustru informerade om dosändringen och om att höra av sig om synupplevelserna blir obehagliga eller om rörligheten försämras."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "'möjligen läkemedelsutlösta' hedges an adverse drug reaction diagnosis among settled Parkinson's disease and hypertension")

C("f04-flimmer-kardiomyopati-fragetecken", "skane", ("19700106", "273"), [
    N("n1", "sk_kard_ksd", ("Emelie Lund", "läkare"), "Mottagningsanteckning",
      "2024-08-20 10:00", "2024-08-20 11:20", "öppenvård", [
        ("Aktuellt", "Nybesök efter remiss från medicinakuten, där han sökt för andfåddhet och fått diagnosen förmaksflimmer med snabb kammarfrekvens. Konverterades inte spontant. Nu frekvensreglerad och mindre andfådd, orkar gå en halvmil."),
        ("Anamnes", "54-årig man, lastbilschaufför. Hypertoni sedan tio år. Dricker 3–4 öl per dag, mer på helgerna. Snarkar. Har aldrig haft hjärtbesvär tidigare. Fadern dog i hjärtsvikt vid 62 års ålder."),
        ("Läkemedel", "Eliquis 5 mg x 2, metoprolol 100 mg, ramipril 5 mg."),
        ("Status", "BT 134/86, puls 82 oregelbunden. Cor: arytmisk, inga blåsljud. Pulm: ua. Lätta ankelödem. BMI 31."),
        ("UKG/Lab", "UKG 2024-08-12: vänster kammare lätt dilaterad 62 mm, globalt nedsatt funktion, EF 38 % under förmaksflimmer. Inga klaffel. NT-proBNP 1 900. GT 2,8, CDT förhöjt. TSH normalt."),
        ("Bedömning", "Persisterande förmaksflimmer, CHA2DS2-VASc 2. Nedsatt vänsterkammarfunktion. Kardiomyopati? Differentialdiagnoser är takykardiinducerad och alkoholrelaterad kardiomyopati. Hypertoni. Alkoholöverkonsumtion."),
        ("Planering", "Elkonvertering om tre veckor. Ny UKG tre månader efter återställd sinusrytm. MR hjärta beställd. Sömnapnéregistrering. Alkoholstopp rekommenderas starkt, erbjuden kontakt med alkoholmottagning. Återbesök efter konverteringen."),
        ("Information", "Pat informerad om förmaksflimmer, om blodförtunnande behandling och om elkonverteringen. Vi har pratat om alkoholens betydelse för hjärtat."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "'Kardiomyopati?' with a differential list, in a Bedömning otherwise made of settled diagnoses")

C("f05-fysioterapeut-trolig-rotatorcuffruptur", "vgr", ("19620403", "578"), [
    N("n1", "vg_rehab_sahl", ("Johanna Nordlund", "fysioterapeut"), "Fysioterapeutanteckning",
      "2024-02-07 14:00", "2024-02-07 15:00", "öppenvård", [
        ("Bakgrund", "61-årig man, elektriker, remitterad från ortopedakuten efter fall från stege 2024-01-20 med smärta i höger axel. Röntgen visade ingen fraktur och ingen luxation. Typ 2-diabetes och hypertoni, i övrigt frisk."),
        ("Socialt", "Gift, bor i villa i Kungsbacka. Egen elfirma med två anställda, arbetar mycket med armarna över huvudet. Högerhänt. Spelar golf på sommaren."),
        ("Mål", "Kunna sova hela natten utan att vakna av värk och kunna arbeta med armen över axelhöjd igen."),
        ("Aktuellt", "Värk i höger axel, värst på natten när han ligger på sidan. Kan inte lyfta armen över axelhöjd. Arbetar inte sedan olyckan. NRS 6 i aktivitet, 3 i vila."),
        ("Status", "Aktiv flexion 90 grader, abduktion 70 grader, passivt full rörlighet. Positivt drop arm-test, svag och smärtsam utåtrotation mot motstånd (3/5), Jobe positivt. Ingen atrofi ännu. Halsryggen ua."),
        ("Bedömning", "Trolig partiell rotatorcuffruptur i supraspinatus efter trauma, med kraftnedsättning i utåtrotation och abduktion. Typ 2-diabetes kan fördröja läkningen."),
        ("Åtgärd", "Information om belastning. Hemprogram med pendelövningar, aktivt assisterad flexion och isometrisk utåtrotation. Instruktion i sovställning med kudde."),
        ("Planering", "Kontakt med remitterande ortoped om ultraljud eller MR axel inom två veckor, enligt rutin vid misstanke om traumatisk ruptur hos person under 65. Nytt besök om en vecka. Sjukskrivning fortsätter via läkare."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "physiotherapist's assessment 'Trolig partiell rotatorcuffruptur' (and 'vid misstanke om traumatisk ruptur' in Planering)")

C("f06-diabetesssk-fotsar-missankt-osteomyelit-typo", "skane", ("19520909", "536"), [
    N("n1", "sk_endo_malmo", ("Anette Wiklund", "sjuksköterska"), "Sjuksköterskeanteckning",
      "2024-03-05 09:00", "2024-03-05 10:10", "öppenvård", [
        ("Kontaktorsak", "Planerat besök på diabetesfotmottagningen för omläggning och kontroll av sår på vänster stortå."),
        ("Aktuellt", "72-årig man med typ 2-diabetes sedan 25 år, insulinbehandlad, med neuropati och perifer kärlsjukdom. Såret på vänster stortå har funnits sedan november och läker inte trots avlastning. Enligt läkarens bedömning förra veckan missänkt osteomyelit i distala falangen, MR fot är beställd."),
        ("Sårstatus", "Sår på plantarsidan av vänster stortå 12 x 9 mm, djup 4 mm, probe-to-bone positivt. Sårbädd med gult fibrin, rodnad 1 cm runt såret, ingen lukt. Ingen svullnad av foten. Fotpulsar svagt palpabla."),
        ("Åtgärd", "Sårrengöring med koksaltlösning, mekanisk debridering av fibrin. Silverförband och avlastande skumförband. Avlastningsskon kontrollerad och sitter bra. Foto taget och skannat till journalen."),
        ("Blodsocker", "HbA1c 64. Pat har haft svårt att hålla insulintiderna sedan hustrun blev sjuk."),
        ("Bedömning", "Diabetesfotsår Wagner grad 2–3, oförändrad storlek sedan förra veckan. Sensorisk neuropati bilateralt. Behöver stöd med insulinhanteringen."),
        ("Planering", "Omläggning tre gånger i veckan via hemsjukvården. MR fot 2024-03-08. Läkarbesök hos diabetolog och ortoped på fotteamet 2024-03-12. Kontakt med diabetessjuksköterska på VC om insulinstöd."),
        ("Information", "Pat informerad om omläggningen och om att alltid använda avlastningsskon, även inomhus."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "nurse note repeating the doctor's hedge with a typo ('missänkt osteomyelit')")

C("f07-dietist-ibs-trol-laktosintolerans", "vgr", ("19980123", "188"), [
    N("n1", "vg_gastro_skovde", ("Sara Fält", "dietist"), "Dietistanteckning",
      "2024-05-15 13:00", "2024-05-15 14:00", "öppenvård", [
        ("Bakgrund", "26-årig kvinna med IBS av blandtyp, diagnostiserad av gastroenterolog i mars efter normal utredning med kalprotektin, celiakiserologi och blodprover. Remiss för kostbehandling."),
        ("Läkemedel", "Inga stående läkemedel. Tar Imodium inför långa resor och magnesium vid förstoppning."),
        ("Mål", "Pat vill kunna äta lunch med kollegerna utan att behöva tänka på toaletten och slippa uppblåstheten på kvällarna."),
        ("Aktuellt", "Uppblåsthet och växlande avföring, värst efter frukost och på kvällen. Mår bättre på semestrar. Arbetar som lärare och äter ofta lunch snabbt och oregelbundet. Har själv märkt att hon får ont efter latte och glass. Dricker mycket kaffe och kolsyrat vatten."),
        ("Kostanamnes", "Frukost: yoghurt med müsli och en stor latte. Lunch: sallad eller matlåda med pasta. Mellanmål: frukt och proteinbar. Middag: varierad, ofta lök och vitlök. Sötningsmedel i tuggummi dagligen."),
        ("Antropometri", "Längd 166 cm, vikt 61 kg, stabil. BMI 22."),
        ("Bedömning", "IBS med tydlig koppling till måltider. Trol. laktosintolerans med tanke på symtom efter mjölkprodukter. Högt intag av fermenterbara kolhydrater och sötningsmedel."),
        ("Åtgärd", "Genomgång av första linjens kostråd vid IBS: regelbundna måltider, mindre kaffe och kolsyra, ta det lugnt vid måltiderna. Provperiod med laktosfria mejeriprodukter i fyra veckor. Sötningsmedel med sorbitol undviks."),
        ("Planering", "Symtomdagbok i fyra veckor. Återbesök om sex veckor för utvärdering och ställningstagande till låg-FODMAP med återintroduktion. Pat har fått skriftliga råd."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "dietitian note: 'Trol. laktosintolerans' next to settled IBS")

C("f08-postcovid-mojlig-pots", "skane", ("19870615", "462"), [
    N("n1", "sk_rehab_ang", ("Gabriel Sandell", "läkare"), "Mottagningsanteckning",
      "2024-06-25 10:00", "2024-06-25 11:30", "öppenvård", [
        ("Aktuellt", "Nybesök på remiss från VC för kvarstående besvär efter covid-19 i januari 2023. Orkar arbeta 25 % som projektledare. Får hjärtklappning och blir yr när hon står i kö eller duschar, tröttheten slår till dagen efter ansträngning. Hjärntrötthet, svårt att läsa längre texter."),
        ("Anamnes", "37-årig kvinna, tidigare frisk och vältränad, sprang halvmaraton. Genomgick covid-19 i januari 2023 utan sjukhusvård. Utredd på VC med normalt blodstatus, TSH, ferritin, EKG och lungröntgen."),
        ("Läkemedel", "Inga stående läkemedel. Har provat magnesium och B-vitamin utan effekt."),
        ("Socialt", "Sambo, inga barn. Arbetade heltid som projektledare på ett teknikföretag i Helsingborg innan insjuknandet. Har slutat träna helt eftersom hon blir sämre i flera dagar efteråt."),
        ("Status", "BT liggande 112/70, puls 66. Efter tio minuters stående BT 108/72, puls 114, med yrsel och rödflammig hud på benen. Cor/pulm ua. Neurologiskt ua."),
        ("Skattningar", "FSS 6,1. DSQ-PEM positiv. MFI-20 förhöjt i samtliga domäner. HADS ångest 7, depression 5."),
        ("Bedömning", "Postcovid-tillstånd (U09.9) med ansträngningsutlöst försämring och kognitiv trötthet. Ortostatisk intolerans med pulsstegring över 30 slag, möjlig POTS."),
        ("Planering", "Remiss för tilt-test på klinisk fysiologi. Råd om vätska 2–3 liter och saltintag, kompressionsstrumpor. Aktivitetsbalans med arbetsterapeut. Sjukskrivning 75 % i två månader. Teamträff om sex veckor."),
        ("Information", "Pat informerad om postcovid-tillståndet, om aktivitetsbalans och om varför vi gör ett tilt-test."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "'möjlig POTS' appended to a settled post-covid diagnosis")

C("f09-binjureincidentalom-trol-benignt-adenom", "vgr", ("19640912", "220"), [
    N("n1", "vg_endo_nal", ("Mikaela Roth", "läkare"), "Mottagningsanteckning",
      "2024-09-10 09:30", None, "öppenvård", [
        ("Aktuellt", "Remiss från kirurgen. Vid DT buk pga njurstensanfall i juli sågs en förändring i vänster binjure. Pat mår bra och stenen har passerat."),
        ("Anamnes", "60-årig kvinna, administratör. Hypertoni sedan 2015, typ 2-diabetes sedan 2020, båda tablettbehandlade. Inga episoder av hjärtklappning, svettningar eller huvudvärk. Ingen viktuppgång, inga blåmärken."),
        ("Status", "BT 138/84, puls 70. BMI 29. Inga cushingoida drag. Ingen muskelsvaghet."),
        ("Röntgen", "DT buk utan kontrast 2024-07-08: 22 mm välavgränsad, homogen förändring i vänster binjure med attenuering 5 HU, trol. benignt adenom. Höger binjure normal. Konkrement i vänster uretär, 4 mm."),
        ("Lab", "Dexametasonhämningstest: kortisol 38 nmol/l. P-metoxikatekolaminer normala. Aldosteron/renin-kvot normal. Kalium 4,2."),
        ("Bedömning", "Binjureincidentalom vänster utan hormonell överproduktion. Hypertoni och typ 2-diabetes, välbehandlade. Status efter uretärsten vänster."),
        ("Planering", "Ingen ytterligare radiologisk uppföljning behövs vid dessa fynd enligt riktlinjer. Åter till VC för fortsatt hypertoni- och diabetesbehandling. Remissvar skickas till kirurgen."),
        ("Information", "Pat informerad om att förändringen i binjuren inte bildar några hormoner och inte behöver följas."),
        ("Läkemedel", "Losartan 50 mg, hydroklortiazid 12,5 mg, metformin 1 g x 2, atorvastatin 20 mg. Inga nya läkemedel sedan DT-undersökningen."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "the radiology line 'trol. benignt adenom' is the single hedge; Bedömning states the incidentaloma without hedging")

C("f10-njursten-cysta-bosniak-malignitet-kan-ej-helt-uteslutas", "skane", ("19580127", "397"), [
    N("n1", "sk_uro_malmo", ("Jens Åkerlund", "läkare"), "Mottagningsanteckning",
      "2024-12-03 13:00", "2024-12-03 14:10", "öppenvård", [
        ("Aktuellt", "Uppföljning efter akutbesök i oktober för njurstensanfall vänster. Stenen avgick spontant efter två veckor och analysen visade kalciumoxalat. Inga nya smärtattacker. Dricker mer nu, cirka två liter per dag."),
        ("Anamnes", "66-årig man, pensionerad polis. Njursten tidigare 2012 och 2018. Hypertoni, gikt med senaste attack 2022. Bor i Malmö med sambo."),
        ("Läkemedel", "Losartan 100 mg, allopurinol 200 mg, Alvedon vid behov."),
        ("Status", "AT gott. Ingen dunkömhet över njurlogerna. BT 142/88."),
        ("Lab", "Krea 91, kalcium 2,38, urat 460, PTH normalt. Dygnsurin: lätt förhöjt oxalat, lågt citrat, volym 1,6 liter."),
        ("Röntgen", "DT urinvägar 2024-10-14: inga kvarvarande konkrement. Bifynd: 28 mm cysta i höger njures övre pol med en tunn förkalkad septa och lätt förtjockad vägg, Bosniak IIF; malignitet kan ej helt uteslutas och uppföljning rekommenderas."),
        ("Bedömning", "Recidiverande kalciumoxalatsten, nu stenfri. Hypocitraturi och lätt hyperoxaluri. Gikt, lugn. Hypertoni."),
        ("Planering", "Kaliumcitrat 1 g x 3. Dryck minst 2,5 liter per dag, kostråd om oxalat och salt. DT njurar om sex månader för cystan i höger njure. Ny dygnsurin om tre månader. Återbesök efter DT."),
        ("Information", "Pat informerad om stenanalysen, om behandlingen med kaliumcitrat och om kostråden. Han vet att en ny DT är bokad."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "incidental cyst report with 'malignitet kan ej helt uteslutas' buried in Röntgen; Bedömning covers only stones, gout, hypertension")

C("f11-graviditet-preeklampsi-kan-inte-uteslutas", "vgr", ("19930228", "582"), [
    N("n1", "vg_gyn_sas", ("Ylva Hedlund", "läkare"), "Mottagningsanteckning",
      "2024-08-06 10:00", "2024-08-06 11:25", "öppenvård", [
        ("Aktuellt", "Remiss från barnmorskemottagningen i gravididetsvecka 31+2 pga blodtryck 148/96 vid två mätningar. Lätt huvudvärk de senaste dagarna, inga synrubbningar, ingen smärta under revbenen. Svullna fötter på kvällen. Känner fosterrörelser som vanligt."),
        ("Anamnes", "31-årig kvinna, förstföderska. Hypotyreos sedan 2018 på Levaxin. BMI före graviditeten 29. Tidigare frisk i övrigt. Graviditeten okomplicerad fram till nu."),
        ("Status", "BT 150/98 sittande vid upprepade mätningar, puls 88. Underbenen lätt ödematösa. Reflexer normala, ingen klonus. Symfys-fundusmått 30 cm, följer kurvan."),
        ("Lab/Ultraljud", "U-albumin/krea 24 mg/mmol. TPK 198, ALAT 0,4, krea 58, urat 360. sFlt-1/PlGF-kvot 52. Ultraljud: tillväxt enligt kurvan, normalt fostervattenindex, normala flöden i navelsträngen."),
        ("Bedömning", "Graviditetshypertoni i vecka 31. Begynnande preeklampsi kan inte uteslutas med tanke på albuminurin och förhöjd sFlt-1/PlGF-kvot. Välbehandlad hypotyreos. Normal fostertillväxt."),
        ("Planering", "Labetalol 100 mg x 3. Blodtryckskontroll två gånger i veckan på specialistmödravården, blodprover och urin varje vecka. Ny tillväxtkontroll med ultraljud om två veckor. Trombyl fortsätter till vecka 36."),
        ("Information", "Pat informerad om blodtrycksbehandlingen och om att söka direkt till förlossningen vid kraftig huvudvärk, synstörningar, smärta under revbenen eller minskade fosterrörelser."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "antenatal note (typo 'gravididetsvecka' in Aktuellt): 'Begynnande preeklampsi kan inte uteslutas' beside settled gestational hypertension")

C("f12-sarkoidos-i-forsta-hand-dd-lymfom", "skane", ("19850318", "231"), [
    N("n1", "sk_lung_lund", ("Filip Mårtensson", "läkare"), "Mottagningsanteckning",
      "2024-02-13 13:15", "2024-02-13 14:35", "öppenvård", [
        ("Aktuellt", "Nybesök på remiss från VC efter lungröntgen med förstorade lymfkörtlar i lungrötterna. Torrhosta sedan tre månader, ömmande röda knölar på underbenen i december som har gått över. Lätt trötthet. Ingen viktnedgång, inga nattsvettningar."),
        ("Anamnes", "38-årig man, lärare. Tidigare frisk. Aldrig rökt. Ingen yrkesexponering för damm. Fadern har typ 2-diabetes."),
        ("Socialt", "Sambo, två barn i lågstadieåldern. Undervisar i idrott och hälsa på en högstadieskola i Lund och tycker att hostan stör undervisningen."),
        ("Status", "AT gott. Saturation 98 %. Pulm: normala andningsljud. Hud: inga aktuella utslag, inga ärr med infiltrat. Inga palpabla perifera lymfkörtlar. Ögon: ingen rodnad."),
        ("Undersökningar", "DT thorax 2024-02-02: symmetriskt förstorade hilära och mediastinala lymfkörtlar upp till 22 mm, små perilymfatiska noduli i överloberna. Normal spirometri och DLCO. ACE 92, kalcium 2,52. Blodstatus normalt. Quantiferon negativt."),
        ("Bedömning", "Bilateral hilär lymfadenopati med perilymfatiska noduli; sarkiodos i första hand, DD lymfom. Normal lungfunktion."),
        ("Planering", "EBUS med punktion av lymfkörtlar bokad. Ögonundersökning och EKG före nästa besök. Undvika kalciumtillskott och mycket sol tills vidare. Återbesök efter EBUS."),
        ("Information", "Pat informerad om att lymfkörtlarna behöver provtas med ett ultraljudsinstrument via luftrören och om hur undersökningen går till."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "'sarkiodos i första hand, DD lymfom' (typo) — the only diagnosis in Bedömning is hedged")

C("f13-jarnbrist-misstankt-celiaki-som-orsak", "vgr", ("20000711", "284"), [
    N("n1", "vg_hemat_sahl", ("Amra Husić", "läkare"), "Mottagningsanteckning",
      "2024-01-30 10:30", "2024-01-30 11:30", "öppenvård", [
        ("Aktuellt", "Remiss från ungdomsmottagningen via VC pga järnbristanemi som inte svarar på tabletter. Trött, orkar inte träna fotboll som förut. Mens normal i mängd. Magen lös till och från sedan flera år."),
        ("Anamnes", "23-årig kvinna, studerar till sjuksköterska. Typ 1-diabetes sedan tolv års ålder, insulinpump. Vegetarian sedan två år. Inga blödningar i övrigt."),
        ("Läkemedel", "Insulinpump med Novorapid, järntabletter 100 mg dagligen sedan ett halvår, p-piller."),
        ("Socialt", "Bor i studentkorridor i Göteborg. Spelar fotboll i division 3 och har fått vila från träningen. Föräldrarna bor i Borås."),
        ("Status", "AT gott, blek. BMI 19. Munhåla: kantig cheilit. Buk mjuk. Inga lymfkörtelförstoringar. Hud: några kliande blåsor på armbågarna."),
        ("Lab", "Hb 96, MCV 72, ferritin 4, transferrinmättnad 6 %. Folat lågt, B12 normalt. HbA1c 55. Transglutaminas-IgA skickat."),
        ("Bedömning", "Järnbristanemi med otillräcklig effekt av peroralt järn. Misstänkt celiaki som orsak med tanke på typ 1-diabetes, lös mage, folatbrist och hudutslaget. Typ 1-diabetes, hyggligt reglerad."),
        ("Planering", "Järninfusion med Ferinject 1000 mg bokad. Folsyra 1 mg dagligen. Remiss till gastroenterolog för gastroskopi med biopsier om serologin är positiv; pat ska fortsätta äta gluten tills dess. Ny Hb och ferritin om åtta veckor."),
        ("Information", "Pat informerad om järninfusionen och om att inte sluta äta gluten före utredningen."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "'Misstänkt celiaki som orsak' between settled iron deficiency anaemia and type 1 diabetes")

C("f14-ibs-susp-gallsyramalabsorption", "skane", ("19760730", "615"), [
    N("n1", "sk_gastro_ksd", ("Vilhelm Holst", "läkare"), "Mottagningsanteckning",
      "2024-10-29 09:00", None, "öppenvård", [
        ("Aktuellt", "Återbesök. Diarréerna har blivit värre sedan sommaren, 4–6 vattniga avföringar per dag, ofta brådskande på morgonen. Ingen blödning, ingen nattlig diarré. Buksmärtan som tidigare dominerade är mindre."),
        ("Anamnes", "48-årig kvinna, lärare. IBS diagnostiserad 2019 efter normal koloskopi. Kolecystektomerad 2022. Hypotyreos. Inga antibiotikakurer senaste halvåret."),
        ("Läkemedel", "Levaxin 75 µg, Loperamid vid behov, Buscopan vid behov."),
        ("Socialt", "Gift, två tonårsbarn. Undervisar i svenska och SO på en högstadieskola i Kristianstad och har fått byta schema för att slippa första lektionen. Motionerar med stavgång tre gånger i veckan."),
        ("Status", "AT gott. Buk mjuk, lätt öm i nedre delen, inga resistenser. Vikt 68 kg (70)."),
        ("Lab", "F-kalprotektin 22. Transglutaminas negativt. Hb, CRP, albumin och TSH normala. Fecesodling och parasiter negativa."),
        ("Bedömning", "IBS med diarré som dominerande symtom. Susp. gallsyramalabsorption efter kolecystektomin, med tanke på tidsförlopp och morgondiarré. Hypotyreos."),
        ("Planering", "SeHCAT-undersökning beställd. I väntan på svaret provas kolestyramin 4 g x 1 i två veckor. Fortsatt loperamid vid behov. Telefonuppföljning med svaret, återbesök om tre månader."),
        ("Information", "Pat informerad om undersökningen och om hur kolestyramin ska tas i förhållande till Levaxin."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "'Susp. gallsyramalabsorption' between settled IBS and hypothyroidism")

C("f15-feber-efter-resa-trolig-denguefeber", "vgr", ("19950616", "437"), [
    N("n1", "vg_infek_ostra", ("Henrik Thulin", "läkare"), "Inskrivningsanteckning",
      "2024-02-18 16:30", "2024-02-18 18:10", "slutenvård", [
        ("Kontaktorsak", "Feber efter hemkomst från Thailand."),
        ("Anamnes", "28-årig man, IT-tekniker. Hemkom 2024-02-13 efter tre veckor i Thailand och Kambodja, mycket myggbett. Feber upp till 39,8 sedan fyra dagar, kraftig huvudvärk bakom ögonen, muskelvärk och utslag på bålen sedan i går. Ingen diarré, ingen hosta. Tidigare frisk, astma i barndomen. Inga läkemedel."),
        ("Status", "AT: trött, inte toxisk. Temp 38,9, BT 118/72, puls 96. Hud: fläckigt rodnat utslag på bål och armar med små öar av normal hud. Konjunktivala injektioner. Inga petekier. Cor/pulm ua. Buk: mjuk, lätt öm under höger arcus. Lever och mjälte ej förstorade. Nackstel ej."),
        ("Lab", "Snabbtest och mikroskopi för malaria negativa, upprepas. LPK 2,4, TPK 88, Hb 152, EVF 0,45. ALAT 2,8, CRP 18. Blododlingar tagna. Dengue NS1 och serologi skickade."),
        ("Bedömning", "Feber efter vistelse i Sydostasien med leukopeni och trombocytopeni, trolig denguefeber. Malaria negativt i första omgången. Inga varningstecken för svår dengue i nuläget."),
        ("Planering", "Ny malariaprovtagning i kväll och i morgon bitti. Dropp 1 liter Ringer. Paracetamol, inga NSAID. TPK och EVF två gånger dagligen. Vätskelista."),
        ("Information", "Pat informerad om att proverna tas om, om att undvika Ipren och Treo och om att säga till vid buksmärta, blödning eller om han känner sig sämre."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "inpatient infection note: 'trolig denguefeber' is the working diagnosis; malaria is stated negative")

C("f16-yrsel-trolig-vestibularisneurit", "skane", ("19680811", "343"), [
    N("n1", "sk_onh_malmo", ("Teodor Sahlin", "läkare"), "Mottagningsanteckning",
      "2024-12-17 08:30", "2024-12-17 09:40", "öppenvård", [
        ("Aktuellt", "Remiss från akuten, där pat sökte 2024-12-14 för plötslig kraftig rotatorisk yrsel med kräkningar. DT hjärna på akuten var normal. Yrseln är nu mindre men han blir snurrig vid snabba huvudrörelser och går ostadigt i mörker. Ingen hörselnedsättning, inget öronsus."),
        ("Anamnes", "56-årig man, busschaufför. Hypertoni och hyperlipidemi. Förkyld veckan före insjuknandet. Ingen tidigare yrsel. Inga neurologiska symtom som dubbelseende, talsvårigheter eller svaghet."),
        ("Läkemedel", "Enalapril 10 mg, simvastatin 20 mg. Fick Postafen på akuten, har inte tagit det sedan i söndags."),
        ("Socialt", "Gift, två vuxna barn. Kör linjebuss i Malmö sedan 20 år. Spelar fotboll i en korpenliga."),
        ("Status", "Spontannystagmus åt vänster i Frenzelglasögon, ökar vid blick åt vänster. Head impulse-test patologiskt åt höger. Ingen skev deviation. Romberg faller åt höger. Otoskopi ua. Kranialnerver i övrigt ua, ingen ataxi i extremiteterna."),
        ("Undersökningar", "Tonaudiogram normalt bilateralt. vHIT: nedsatt förstärkning i höger horisontella båggång."),
        ("Bedömning", "Akut vestibulärt syndrom, trolig vestibularisneurit höger. Hypertoni. Hyperlipidemi."),
        ("Planering", "Vestibulär rehabilitering hos fysioterapeut, hemövningar instruerade. Betahistin behövs inte. Sjukskriven från arbetet som busschaufför i två veckor, körförbud tills yrseln har gått över. Återbesök om sex veckor med ny vHIT."),
        ("Information", "Pat informerad om balansträningen och om att inte köra buss eller bil så länge han är yr."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "'trolig vestibularisneurit' in a Bedömning with settled hypertension and hyperlipidaemia")

C("f17-ortopedakut-skafoidfraktur-kan-inte-uteslutas", "vgr", ("20011116", "152"), [
    N("n1", "vg_ort_molndal", ("Adam Linnér", "läkare"), "Mottagningsanteckning",
      "2024-01-08 15:00", "2024-01-08 15:50", "öppenvård", [
        ("Aktuellt", "Kommer på ortopedens jourmottagning efter fall på snowboard i går, tog emot sig med utsträckt höger hand. Ont i handleden på tumsidan, svårt att greppa. Ingen domning."),
        ("Anamnes", "22-årig man, studerar till civilingenjör. Tidigare frisk. Bröt vänster underarm som barn. Högerhänt."),
        ("Läkemedel", "Inga läkemedel. Tog Ipren i går kväll."),
        ("Socialt", "Bor i studentlägenhet i Göteborg. Extraknäcker som bartender på helgerna och undrar om han kan arbeta med gipset."),
        ("Status", "Höger handled: lätt svullnad radialt, ömhet i fossa tabatière och över tuberculum ossis scaphoidei, smärta vid axial kompression av tummen. Rörlighet begränsad av smärta. Distalstatus ua. Ingen felställning. Armbåge och fingrar ua."),
        ("Röntgen", "Rtg höger handled med navikulareserie: ingen säker frakturlinje, ingen felställning, distala radius och ulna ua."),
        ("Bedömning", "Distorsion höger handled. Skafoidfraktur kan inte uteslutas trots negativ röntgen, med tanke på den kliniska bilden."),
        ("Åtgärd", "Skafoidgips (tumme inkluderad) anlagd. Information om gipsvård, högläge och att höra av sig vid domningar eller ökad smärta i gipset."),
        ("Planering", "MR handled inom en vecka eller ny röntgen om tio dagar beroende på tillgång. Återbesök på gipsmottagningen efter undersökningen. Idrottsuppehåll tills vidare. Alvedon och Ipren vid behov."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "'Skafoidfraktur kan inte uteslutas' after a negative X-ray; the only settled diagnosis is a sprain")

C("f18-neurokirurgi-hypotes-normaltryckshydrocefalus", "skane", ("19470922", "176"), [
    N("n1", "sk_neurokir_lund", ("Lennart Rask", "läkare"), "Mottagningsanteckning",
      "2024-05-07 10:00", "2024-05-07 11:20", "öppenvård", [
        ("Aktuellt", "Remiss från neurologen för bedömning av gångsvårigheter och vidgade ventriklar. Sedan två år går pat allt kortare steg och snubblar, har fallit fyra gånger i år. Urinträngningar och inkontinens senaste halvåret. Hustrun tycker att han har blivit långsammare i tanken."),
        ("Anamnes", "76-årig man, pensionerad lantmätare. Hypertoni, typ 2-diabetes, förmaksflimmer på Eliquis. Prostatacancer strålbehandlad 2017, PSA omätbart. Inga tidigare skallskador eller hjärnblödningar."),
        ("Status", "Gång: bredspårig, korta släpande steg, vändning på sju steg, magnetisk gång. TUG 21 s. Ingen rigiditet, ingen tremor. MMSE 25/30 med nedsatt uppmärksamhet och tempo. Kranialnerver ua."),
        ("Röntgen", "MR hjärna 2024-03-21: vidgade laterala ventriklar och tredje ventrikeln, Evans index 0,36, trånga sulci högt upp över konvexiteten och vidgade sylviska fåror, callosalvinkel 72 grader. Måttliga vitsubstansförändringar."),
        ("Bedömning", "Gångstörning, urininkontinens och lätt kognitiv påverkan. Hypotes: idiopatisk normaltryckshydrocefalus, med typisk MR-bild. Hypertoni. Typ 2-diabetes. Förmaksflimmer."),
        ("Planering", "Inläggning för lumbalt tappningstest (tap test) med gång- och kognitiva tester före och efter. Eliquis sätts ut två dygn innan. Ställningstagande till shuntoperation efter testet."),
        ("Information", "Pat och hustru informerade om tappningstestet, om hur det går till och om att vi därefter avgör om en operation kan hjälpa."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "'Hypotes: idiopatisk normaltryckshydrocefalus' — an explicit hypothesis label amid settled chronic diagnoses")

C("f19-hyponatremi-sannolkit-siadh-typo", "vgr", ("19410320", "441"), [
    N("n1", "vg_med_udd", ("Oliver Brandt", "läkare"), "Daganteckning",
      "2024-10-22 10:15", "2024-10-22 11:30", "slutenvård", [
        ("Aktuellt", "Dag 2. Inlagd för förvirring och ostadighet sedan några dagar. Klarare i dag, vet var hon är. Illamående har släppt. Dricker enligt vätskelista."),
        ("Anamnes", "83-årig kvinna, änka, bor i eget hus i Uddevalla med hemtjänst två gånger dagligen. Depression där sertralin insattes i september. Hypertoni på losartan. Hypotyreos. Opererad för bröstcancer 2008 utan recidiv."),
        ("Status", "Vaken, orienterad till person och plats. Euvolem, inga ödem, normal hudturgor, fuktiga slemhinnor. BT 138/76 utan ortostatisk reaktion. Neurologiskt inga fokala bortfall."),
        ("Lab", "Natrium 121 (118 vid ankomst), kalium 4,2. S-osmolalitet 254, U-osmolalitet 480, U-natrium 62. TSH och kortisol normala. Krea 64. Glukos 6,1."),
        ("Bedömning", "Hyponatremi med lindriga symtom, sannolkit SIADH utlöst av sertralin. Depression. Hypertoni. Hypotyreos på Levaxin."),
        ("Planering", "Sertralin sätts ut, kontakt med VC om alternativ behandling av depressionen. Vätskerestriktion 1 liter per dygn. Natrium två gånger dagligen, höjning högst 8 mmol/l per dygn. Mobilisering med fysioterapeut."),
        ("Information", "Pat informerad om att saltvärdet är lågt, att ett läkemedel sätts ut och att hon ska dricka mindre. Sonen informerad per telefon."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "typo 'sannolkit SIADH' — a misspelt hedge on a diagnosis")

C("f20-hudkontroll-dermatoskopiskt-suspekt-melanom", "skane", ("19730612", "788"), [
    N("n1", "sk_hud_lund", ("Agnes Holmqvist", "läkare"), "Mottagningsanteckning",
      "2024-06-12 14:00", "2024-06-12 15:05", "öppenvård", [
        ("Aktuellt", "Remiss från VC för helkroppsundersökning av hud. Pat har många födelsemärken och har märkt att ett på ryggen blivit mörkare och större sedan i vintras. Kliar ibland. Ingen blödning."),
        ("Anamnes", "51-årig kvinna, ekonom. Hypotyreos. Hudtyp I, brände sig ofta som barn, solade solarium i 20-årsåldern. Fadern behandlad för malignt melanom vid 60 års ålder."),
        ("Läkemedel", "Levaxin 100 µg. Inga blodförtunnande."),
        ("Socialt", "Gift, två vuxna barn. Arbetar som ekonom på en bank i Lund. Semestrar gärna i Spanien och använder numera solskydd."),
        ("Status", "Fler än 100 nevi, flera atypiska. Mitt på ryggen en 8 mm asymmetrisk förändring med två brunsvarta nyanser och oskarp kant. Övriga nevi symmetriska med regelbundet nätverk. Seborroiska keratoser på bålen. Lymfkörtlar i axiller och ljumskar ua."),
        ("Dermatoskopi", "Förändringen på ryggen: atypiskt pigmentnätverk, blåvit slöja och oregelbundna prickar, dermatoskopiskt suspekt melanom. Övriga undersökta nevi benigna dermatoskopiskt."),
        ("Bedömning", "Dysplastiskt nevussyndrom med mer än 100 nevi. Seborroiska keratoser. Hereditet för melanom."),
        ("Åtgärd", "Förändringen på ryggen excideras idag med 2 mm marginal i lokalbedövning, suturerad med tre stygn. Skickad för PAD."),
        ("Planering", "PAD-svar inom tre veckor, pat får svaret via telefon. Suturtagning på VC om tolv dagar. Fotodokumentation av övriga nevi och årlig hudkontroll. Solskyddsråd givna."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "'dermatoskopiskt suspekt melanom' hidden in the Dermatoskopi section of a long skin-check note")

C("f21-stroke-rehab-mojlig-central-smarta", "vgr", ("19590104", "265"), [
    N("n1", "vg_rehab_sahl", ("Cecilia Rehn", "läkare"), "Mottagningsanteckning",
      "2024-11-19 10:00", "2024-11-19 11:30", "öppenvård", [
        ("Aktuellt", "Teamuppföljning fem månader efter stroke. Går nu utan hjälpmedel inomhus, käpp ute. Höger hand fortfarande klumpig. Sedan en månad brännande smärta och köldkänsla i hela höger sida av kroppen, värst på kvällen, som inte svarar på Alvedon."),
        ("Anamnes", "65-årig kvinna, tidigare förskollärare. Thalamusinfarkt vänster i juni 2024. Hypertoni, hyperlipidemi, typ 2-diabetes. Bor med maken i lägenhet med hiss."),
        ("Status", "Lätt hemipares höger, kraft 4+/5. Nedsatt ytsensibilitet och allodyni i höger arm och ben, smärta vid beröring av kläder. Lätt ataxi i höger hand. Gång med lätt cirkumduktion. Stämningsläge något nedstämt."),
        ("Skattningar", "NRS smärta 7. PHQ-9 11. Barthel index 95."),
        ("Bedömning", "Status efter thalamusinfarkt vänster med lätt kvarstående hemipares och ataxi. Möjlig central post-stroke-smärta. Lätt depression. Hypertoni, hyperlipidemi och typ 2-diabetes, behandlade."),
        ("Planering", "Amitriptylin 10 mg till natten, upptrappning till 25 mg. Fortsatt arbetsterapi för höger hand. Kurator och psykologkontakt erbjuds. Uppföljning om sex veckor."),
        ("Information", "Pat och make informerade om smärtbehandlingen, om att det kan ta några veckor innan effekten kommer och om biverkningar som muntorrhet och trötthet."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "'Möjlig central post-stroke-smärta' as one line of a multi-item Bedömning")
# ================================================================ NL102 near misses (A): long notes that break nothing

C("g01-akut-brostsmarta-lungemboli-och-pneumoni-uteslutna", "skane", ("19790214", "523"), [
    N("n1", "sk_akut_hbg", ("Sebastian Mohammadi", "läkare"), "Akutanteckning",
      "2024-01-27 14:05", "2024-01-27 17:40", "akutmottagning", [
        ("Kontaktorsak", "Högersidig bröstsmärta och andfåddhet sedan två dagar."),
        ("Anamnes", "44-årig man, IT-konsult. Astma sedan barndomen, i övrigt frisk. Flög hem från Thailand för en vecka sedan, elva timmar. Hostade kraftigt under en förkylning förra veckan. Smärtan sitter lateralt på höger sida, förvärras vid djupa andetag, hosta och när han vrider sig. Ingen feber, inga frossbrytningar, inget blod i upphostningarna. Ingen bensvullnad. Röker inte. Ingen hereditet för blodpropp."),
        ("Läkemedel", "Symbicort 160/4,5 en inhalation x 2, Aerius vid behov."),
        ("Status", "AT: opåverkad. Temp 36,8, andningsfrekvens 16, saturation 98 % på luft, BT 132/84, puls 76. Cor: RR, inga blåsljud. Pulm: vesikulärt andningsljud bilateralt utan rassel. Palpationsöm över sjätte och sjunde revbenet höger lateralt, där smärtan återskapas. Ben: inga ödem, vader mjuka och oömma, lika omfång."),
        ("Socialt", "Gift, två barn i skolåldern. Arbetar hemifrån tre dagar i veckan. Tränar på gym men har vilat sedan förkylningen."),
        ("EKG/Lab", "EKG: sinusrytm 74/min, normal axel, inga ST-T-förändringar. Troponin T under 5. CRP 4. LPK 6,8. D-dimer 0,9 (åldersjusterat gränsvärde 0,5)."),
        ("Röntgen", "DT lungartärer: inga embolier. Inga infiltrat, ingen pleuravätska, ingen pneumothorax. Inga revbensfrakturer."),
        ("Bedömning", "Interkostal muskelsträckning efter kraftig hosta. Ingen lungemboli på DT trots förhöjd D-dimer. Inga tecken på pneumoni eller pneumothorax. Akut koronart syndrom uteslutet. Astma, stabil."),
        ("Åtgärd", "Alvedon 1 g och Ipren 400 mg givet med god effekt."),
        ("Planering", "Hem. Alvedon och Ipren regelbundet i en vecka, därefter vid behov. Åter vid feber, ökad andfåddhet eller blodiga upphostningar. Ingen uppföljning behövs."),
        ("Information", "Pat informerad om att DT inte visat någon blodpropp och att smärtan kommer från bröstkorgens muskulatur."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: an emergency note full of excluded diagnoses (negated lungemboli, pneumoni, ACS) and one settled diagnosis")

C("g02-minne-familjeanamnes-med-trolig-alzheimer", "vgr", ("19660925", "242"), [
    N("n1", "vg_minne_molndal", ("Elin Wärn", "läkare"), "Mottagningsanteckning",
      "2024-10-09 13:00", "2024-10-09 14:40", "öppenvård", [
        ("Aktuellt", "Nybesök på egen begäran via VC. Pat är orolig för sitt minne sedan hon i våras glömde en viktig tid på jobbet och har svårt att komma ihåg namn. Hon har tagit hand om sin mamma som var dement och rädd att det är samma sak."),
        ("Familjeanamnes", "Modern fick vid 78 års ålder diagnosen trol. Alzheimers sjukdom på en vårdcentral och dog 2022. Morbror hade en misstänkt frontallobsdemens men blev aldrig utredd. Fadern lever, 84 år, med hjärtsvikt."),
        ("Anamnes", "58-årig kvinna, HR-chef. Hypotyreos på Levaxin, i övrigt frisk. Sover 5–6 timmar per natt, vaknar tidigt med tankar på jobbet. Alkohol 3–4 glas vin i veckan. Inga fall, inga nya läkemedel. Klarar arbete, ekonomi och hushåll utan problem."),
        ("Socialt", "Separerad, två vuxna barn. Bor i lägenhet i Mölndal. Har haft en tung period på arbetet med omorganisation och uppsägningar som hon själv ansvarat för."),
        ("Status", "Vaken, välorienterad, adekvat och engagerad. Talar flytande utan ordletningsproblem. Neurologiskt ua. BT 128/80."),
        ("Kognitiva test", "MoCA 29/30 (missade ett ord vid fördröjd återgivning). Klocktest normalt. TMT A och B inom normalvariationen för åldern. GAD-7 12, PHQ-9 7."),
        ("Lab", "B12, folat, TSH, kalcium, glukos och blodstatus normala."),
        ("Bedömning", "Subjektiv kognitiv störning utan objektiv kognitiv svikt. Inga tecken på demenssjukdom. Ångestsymtom och sömnbrist i samband med hög arbetsbelastning bedöms förklara besvären. Hypotyreos med normalt TSH."),
        ("Planering", "Ingen vidare demensutredning. Remiss till VC för stöd kring stress och sömn, KBT-i via 1177 rekommenderas. Ny kontakt vid tydlig försämring. Pat fick skriftlig information om ärftlighet vid Alzheimers sjukdom."),
        ("Information", "Pat informerad om att testresultaten är normala och att minnesproblem vid stress och sömnbrist är vanliga. Hon kände sig lättad."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: hedged diagnoses only in family history (mother 'trol. Alzheimer', uncle 'misstänkt frontallobsdemens'); the patient's own are settled or negated")

C("g03-avdelning-icke-diagnostiska-hedges", "skane", ("19430605", "741"), [
    N("n1", "sk_med_landskr", ("Tove Hellström", "läkare"), "Daganteckning",
      "2024-03-21 10:30", "2024-03-21 11:40", "slutenvård", [
        ("Aktuellt", "Dag 5 för hjärtsviktsdekompensation. Har kissat ut 6 kg sedan ankomsten och sover nu plant med en kudde. Mobiliseras med rollator i korridoren. Lite yr när han reser sig snabbt. Äter bra."),
        ("Anamnes", "80-årig man, änkling, bor ensam i lägenhet på andra våningen utan hiss i Landskrona. Hjärtsvikt med nedsatt EF sedan 2020, förmaksflimmer på Eliquis, typ 2-diabetes och kronisk njursvikt stadium 3b."),
        ("Läkemedel", "Furosemid 40 mg x 2 iv, Entresto 24/26 mg x 2, bisoprolol 5 mg, spironolakton 25 mg, Eliquis 2,5 mg x 2, metformin 500 mg x 2."),
        ("Socialt", "Sonen bor i Malmö och kommer varje helg. Pat har klarat sig utan hjälp hittills men handlar numera bara i affären på gatan nedanför."),
        ("Status", "AT: opåverkad. BT 112/68 liggande, 104/64 stående utan symtom. Puls 78 oregelbunden. Pulm: rena andningsljud, inga rassel. Inga ödem. Vikt 74,2 kg (80,4 vid ankomst)."),
        ("Omvårdnad", "Vätskelista: intag 1,2 liter, diures 2,1 liter senaste dygnet. Sover i säng med höjd huvudända. Klarar toalettbesök med rollator. Hud hel."),
        ("Lab", "Krea 142 (126), kalium 4,1, natrium 136. NT-proBNP 2 300 (7 800). Hb 124."),
        ("Bedömning", "Hjärtsviktsdekompensation, nu välbehandlad och nära torrvikt. Förmaksflimmer, frekvenskontrollerat. Lätt kreatininstegring under diuretikabehandlingen, acceptabel. Typ 2-diabetes."),
        ("Planering", "Furosemid iv byts till peroralt 40 mg x 2. Trol. hemgång i morgon om vikten och kreatinin är stabila. Ev. behöver han hemtjänst för inköp de första veckorna; möjligen behöver han också en rollator hemma, arbetsterapeut bedömer i eftermiddag. Vikt dagligen hemma, ska kontakta hjärtsviktsmottagningen vid uppgång över 2 kg. Dosen av Entresto kan sannolikt höjas vid nästa besök."),
        ("Information", "Pat informerad om planen och om vikten av daglig vägning. Sonen ringde och fick samma information med pat:s medgivande."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: Planering is full of hedges (trol. hemgång, ev. hemtjänst, möjligen rollator, sannolikt dosökning) but none is about a diagnosis")

C("g04-astma-tidigare-misstankt-sarkoidos-avskriven", "vgr", ("19740301", "366"), [
    N("n1", "vg_lung_sahl", ("Ingemar Forsell", "läkare"), "Mottagningsanteckning",
      "2024-05-07 09:00", "2024-05-07 10:00", "öppenvård", [
        ("Aktuellt", "Årskontroll av astma. Har haft en bra vinter utan exacerbationer, använder Airomir ungefär en gång i veckan vid ansträngning i kyla. Inga nattliga symtom. Springer igen, 5 km tre gånger i veckan."),
        ("Anamnes", "50-årig man, ingenjör. Allergisk astma sedan tonåren, pollen- och kvalsterallergi. Utreddes 2019 för misstänkt sarkoidos pga förstorade lymfkörtlar i lungrötterna, men EBUS visade reaktiva körtlar utan granulom och diagnosen avskrevs; kontroll-DT 2020 var normal. Hypertoni sedan 2021."),
        ("Socialt", "Gift, två tonåringar. Har katt trots allergin och tar Aerius när han borstar den. Arbetar som processingenjör på ett läkemedelsföretag i Mölndal."),
        ("Läkemedel", "Flutiform 125/5 två inhalationer x 2, Airomir vid behov, Aerius under pollensäsong, Nasonex under pollensäsong, enalapril 10 mg."),
        ("Status", "Saturation 98 %. Pulm: vesikulärt, inga ronki. Cor: RR. Inhalationsteknik med spacer god."),
        ("Undersökningar", "Spirometri: FEV1 94 % av förväntat, FEV1/FVC 0,76, ingen signifikant reversibilitet. FeNO 18 ppb. ACT 23."),
        ("Bedömning", "Allergisk astma, välkontrollerad (ACT 23, normal spirometri). Allergisk rinokonjunktivit. Hypertoni."),
        ("Planering", "Nedtrappning av Flutiform till en inhalation x 2. Ny spirometri och ACT om ett år, vid försämring tidigare. Årlig influensavaccination. Fortsatt fysisk aktivitet uppmuntras."),
        ("Information", "Pat informerad om nedtrappningen och om att öka igen vid förkylning eller ökat behov av Airomir."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: 'misstänkt sarkoidos' belongs to past history and is explicitly written off ('diagnosen avskrevs')")

C("g05-gikt-misstanken-bekraftades", "skane", ("19600812", "719"), [
    N("n1", "sk_reuma_lund", ("Wilhelm Ek", "läkare"), "Mottagningsanteckning",
      "2024-02-06 13:30", "2024-02-06 14:45", "öppenvård", [
        ("Aktuellt", "Återbesök efter ledpunktion av vänster knä vid akutbesöket i januari. Knät lugnt sedan prednisolonkuren. Har haft tre attacker i stortån senaste två åren som gått över på Ipren. Ingen smärta nu."),
        ("Anamnes", "63-årig man, restaurangägare. Hypertoni på hydroklortiazid och losartan. Typ 2-diabetes på metformin. Dricker 2–3 öl per dag. BMI 32. Fadern hade gikt."),
        ("Läkemedel", "Hydroklortiazid 25 mg, losartan 100 mg, metformin 1 g x 2, Ipren vid attacker."),
        ("Socialt", "Gift, två vuxna barn. Driver en restaurang i Lund och arbetar ofta kvällar. Har försökt dra ner på ölen men har svårt när han jobbar."),
        ("Status", "Inga synoviter. Vänster knä utan hydrops, full rörlighet. Ingen tofus på öronen eller över armbågarna. MTP 1 bilateralt ua."),
        ("Lab", "Ledvätska vänster knä (januari): 22 000 leukocyter, intracellulära nålformade negativt dubbelbrytande kristaller, odling negativ. Urat 560 µmol/l. Krea 88, eGFR 82. HbA1c 54. ALAT 1,1."),
        ("Bedömning", "Misstanken om gikt bekräftades med uratkristaller i ledvätskan; recidiverande giktartrit i knä och stortå. Hyperurikemi. Hypertoni, behandlad med tiazid som höjer urat. Typ 2-diabetes. Fetma och hög alkoholkonsumtion."),
        ("Planering", "Allopurinol 100 mg med upptrappning var fjärde vecka mot urat under 360. Kolkicin 0,5 mg x 1 som attackskydd i sex månader. Hydroklortiazid byts mot amlodipin. Urat och krea var fjärde vecka under upptrappningen. Läkarbesök om ett halvår."),
        ("Information", "Pat informerad om gikt, om att behandlingen är livslång och om att öl och fruktsocker ökar risken för attacker. Skriftlig information om allopurinol och kolkicin."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: 'Misstanken om gikt bekräftades' — the suspicion is stated as confirmed by crystals")

C("g06-optikusneurit-misstankt-ms-under-tidiga-hypoteser", "vgr", ("19960507", "226"), [
    N("n1", "vg_neuro_sahl", ("Annie Forslund", "läkare"), "Mottagningsanteckning",
      "2024-01-16 13:00", "2024-01-16 14:30", "öppenvård", [
        ("Aktuellt", "Nybesök på remiss från ögonkliniken efter synnedsättning i höger öga sedan två veckor, med smärta vid ögonrörelser. Behandlad med kortison i tre dagar, synen återkommer successivt. Inga andra neurologiska symtom nu eller tidigare enligt pat."),
        ("Anamnes", "27-årig kvinna, sjuksköterskestudent. Tidigare frisk, enda läkemedlet är p-piller. Röker inte. Ingen i släkten har haft neurologiska sjukdomar."),
        ("Status", "Visus hö 0,6, vä 1,0. RAPD höger. Färgseende nedsatt höger. Övriga kranialnerver intakta. Kraft, sensibilitet och koordination ua. Reflexer symmetriska, plantarreflexer nedåtvända. Gång ua."),
        ("Lab", "Blodstatus, CRP, B12 och TSH normala."),
        ("Bedömning", "Optikusneurit höger, i förbättring efter kortison. Neurologiskt status i övrigt normalt."),
        ("Tidiga hypoteser", "Ung kvinna med optikusneurit, missänkt debut av multipel skleros. Avvaktar MR och likvor innan hypotesen diskuteras med pat."),
        ("Planering", "MR hjärna och halsmärg med kontrast. Lumbalpunktion bokas. AQP4- och MOG-antikroppar tas. Återbesök när svaren finns, cirka fyra veckor. Kontakt vid nya symtom som domningar, svaghet eller dubbelseende."),
        ("Information", "Pat informerad om att synnerven har varit inflammerad och att vi gör undersökningar för att ta reda på orsaken."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss (VGR): the hedged MS hypothesis (typo 'missänkt') is only under the filtered sökord Tidiga hypoteser; visible sections hold settled optic neuritis")

C("g07-prostata-mall-tidiga-hypoteser-separat", "skane", ("19590317", "117"), [
    N("n1", "sk_uro_malmo", ("Mattias Berglöf", "läkare"), "Mottagningsanteckning",
      "2024-04-23 10:30", "2024-04-23 11:45", "öppenvård", [
        ("Aktuellt", "Nybesök på remiss från VC pga PSA 8,9 vid provtagning inför en hälsokontroll. Inga vattenkastningsbesvär utöver att han går upp en gång per natt. Ingen hematuri. Inga skelettsmärtor."),
        ("Anamnes", "65-årig man, tandläkare. Behandlad hypertoni och hyperlipidemi. Opererad för ljumskbråck vänster 2010. Ingen hereditet för prostatacancer. Tar inga blodförtunnande."),
        ("Status", "AT gott. Buk mjuk. Yttre genitalia ua. PR: prostata ca 35 g, jämn och elastisk höger lob, vänster lob med en fastare partikel apikalt, ej fixerad."),
        ("Läkemedel", "Candesartan 16 mg, atorvastatin 20 mg, Alvedon vid behov mot knävärk."),
        ("Socialt", "Gift, arbetar fortfarande deltid på egen klinik i Lund. Cyklar till jobbet. Hustrun var med vid besöket och hade skrivit ner frågor."),
        ("Lab", "PSA 8,9 (5,2 för två år sedan), kvot fritt/totalt 0,09. Krea 80. U-sticka ua."),
        ("Bedömning", "Förhöjt PSA med stigande värde. Palpationsfynd i vänster lob. Hypertoni. Hyperlipidemi."),
        ("Planering", "MR prostata beställd, därefter ställningstagande till riktade biopsier. Återbesök efter MR. Tamsulosin behövs inte."),
        ("Information", "Pat informerad om att PSA är förhöjt och att vi går vidare med en magnetkameraundersökning innan vi avgör om vävnadsprover behövs. Han har fått skriftlig information om MR och biopsi."),
    ]),
    N("n2", "sk_uro_malmo", ("Mattias Berglöf", "läkare"), "Tidiga hypoteser",
      "2024-04-23 11:50", "2024-04-23 11:55", "öppenvård", [
        ("Tidiga hypoteser", "Låg fritt/totalt-kvot och en palpabel fast partikel i vänster lob; misstänkt prostatacancer. Ska inte diskuteras som diagnos förrän MR och ev. biopsier är gjorda."),
    ])], [], [("NL102", "n1"), ("NL102", "n2"), ("NL101", "n1"), ("NL101", "n2")],
    "near miss (Skåne): the hedged cancer suspicion is in a separate Tidiga hypoteser template note; the visible note describes findings only")

C("g08-hud-orolig-for-cancer-ingen-misstanke-om-malignitet", "vgr", ("19710909", "628"), [
    N("n1", "vg_hud_sahl", ("Rut Vikström", "läkare"), "Mottagningsanteckning",
      "2024-07-10 09:00", "2024-07-10 09:55", "öppenvård", [
        ("Aktuellt", "Remiss från VC. Pat har en mörk förändring på vänster vad som hon tycker har förändrats senaste året. Hon är mycket orolig för hudcancer eftersom en väninna nyligen fick malignt melanom. Ingen klåda, ingen blödning."),
        ("Anamnes", "52-årig kvinna, frisör. Hudtyp II. Hypotyreos. Har solat mycket som ung. Ingen tidigare hudcancer, ingen hereditet för melanom."),
        ("Status", "På vänster vad en 7 mm brunsvart, välavgränsad, lätt upphöjd förändring med vårtig yta. Dermatoskopi: milierade cystor, komedoliknande öppningar och hjärnliknande mönster, typiskt för seborroisk keratos. Ytterligare ett tiotal seborroiska keratoser på bålen. Ett tjugotal nevi, samtliga symmetriska med regelbundet nätverk."),
        ("Bedömning", "Seborroisk keratos vänster vad. Ingen misstanke om malignitet i den undersökta förändringen eller i övriga nevi. Multipla seborroiska keratoser på bålen. Benigna nevi."),
        ("Åtgärd", "Kryobehandling av förändringen på vaden efter pat:s önskemål av kosmetiska skäl."),
        ("Planering", "Ingen uppföljning på hudmottagningen. Pat instruerad i självundersökning av huden och fick en broschyr. Åter via VC vid nya eller förändrade förändringar."),
        ("Information", "Pat informerad om att förändringen är en ofarlig åldersvårta och inte cancer. Hon var lättad och fick visa bilder från dermatoskopet."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: the patient's fear of cancer is answered with 'Ingen misstanke om malignitet' (negated)")

C("g09-ortoped-smartan-kommer-sannolikt-att-klinga-av", "skane", ("19830122", "875"), [
    N("n1", "sk_ort_hlm", ("Eskil Norberg", "läkare"), "Mottagningsanteckning",
      "2024-09-24 14:00", "2024-09-24 14:50", "öppenvård", [
        ("Aktuellt", "Återbesök sex veckor efter operation med platta av distal fibulafraktur höger (Weber B) efter fall på cykel. Går med full belastning i ortos sedan två veckor. Ont mot slutet av dagen och lätt svullnad. Arbetar som lärare, tillbaka på halvtid."),
        ("Anamnes", "41-årig kvinna, tidigare frisk. Inga läkemedel utöver Alvedon vid behov. Röker inte."),
        ("Socialt", "Bor med maken och två barn i radhus i Hässleholm. Undervisar på mellanstadiet. Vill börja cykla till jobbet igen."),
        ("Status", "Operationssåret läkt, inga tecken på infektion. Lätt svullnad lateralt, ingen rodnad. Rörlighet i fotleden: dorsalflexion 10, plantarflexion 35. Stabil syndesmos. Distalstatus ua."),
        ("Röntgen", "Rtg höger fotled: frakturen läkt med kallus, plattan och skruvarna i gott läge, kongruent fotledsgaffel."),
        ("Bedömning", "Läkt distal fibulafraktur höger efter osteosyntes. Stelhet och svullnad efter immobilisering."),
        ("Planering", "Ortosen kan tas bort. Remiss till fysioterapeut för rörlighets- och balansträning. Smärtan och svullnaden kommer sannolikt att klinga av under de närmaste två månaderna. Plattan tas bara bort vid besvär. Sjukskrivning 50 % i ytterligare två veckor, därefter heltid. Ingen ytterligare kontroll på ortopeden."),
        ("Information", "Pat informerad om att frakturen är läkt och om att det är normalt med svullnad en tid efter operationen."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: 'kommer sannolikt att klinga av' hedges the course of symptoms, not a diagnosis")

C("g10-diabetes-sannolikt-inte-tagit-tabletterna", "vgr", ("19660318", "190"), [
    N("n1", "vg_med_alings", ("Ludvig Öhman", "läkare"), "Mottagningsanteckning",
      "2024-11-26 13:30", None, "öppenvård", [
        ("Aktuellt", "Kontroll efter att HbA1c stigit från 54 till 82 på ett halvår. Pat berättar att han haft en tung höst efter att ha blivit uppsagd och inte orkat bry sig om maten. Tabletterna tar han när han kommer ihåg. Törstig och kissar mer än vanligt. Inga infektioner."),
        ("Anamnes", "58-årig man, tidigare lagerarbetare. Typ 2-diabetes sedan 2012, hypertoni, hyperlipidemi. Ingen hjärt-kärlsjukdom. Bor ensam i lägenhet i Alingsås, träffar dottern varje helg."),
        ("Läkemedel", "Metformin 1 g x 2, Jardiance 25 mg, Januvia 100 mg, ramipril 5 mg, atorvastatin 20 mg."),
        ("Status", "BT 152/94. Vikt 96 kg (92). Fötter: palpabla pulsar, normal monofilamentkänsel, inga sår."),
        ("Lab", "HbA1c 82, P-glukos 16,4, krea 74, U-albumin/krea 5. LDL 3,4. Apoteksuttag: metformin och Jardiance har inte hämtats ut sedan augusti."),
        ("Bedömning", "Typ 2-diabetes med kraftigt försämrad glukoskontroll. Pat har sannolikt inte tagit tabletterna regelbundet sedan sensommaren, vilket apoteksuttagen också visar. Hypertoni och hyperlipidemi, inte i mål. Nedstämdhet efter uppsägning, PHQ-9 8."),
        ("Planering", "Dosett och påminnelse i mobilen. Januvia byts mot Ozempic en gång i veckan för att minska antalet tabletter. Diabetessjuksköterska följer upp med telefonsamtal varannan vecka. Remiss till VC-kurator. Nytt HbA1c om tre månader."),
        ("Information", "Pat informerad om riskerna med högt blodsocker och om den nya veckosprutan. Han fick prova att ta sprutan själv med sjuksköterskan."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: 'sannolikt inte tagit tabletterna' hedges adherence, not a diagnosis")

C("g11-reaktiv-och-septisk-artrit-uteslutna", "skane", ("19920226", "279"), [
    N("n1", "sk_reuma_lund", ("Hanna Isaksson", "läkare"), "Mottagningsanteckning",
      "2024-08-27 09:00", "2024-08-27 10:20", "öppenvård", [
        ("Aktuellt", "Akut insatt besök pga svullet höger knä sedan fem dagar. Ingen skada. Har haft ont i ländryggen på morgnarna i flera år som lättar när han rör sig. Ingen feber, inga urinvägsbesvär, ingen diarré senaste månaderna."),
        ("Anamnes", "32-årig man, fysioterapeut. Främre uveit i vänster öga 2022. Mormodern hade Bechterews sjukdom. Inga läkemedel."),
        ("Status", "Höger knä: måttlig hydrops, lätt värmeökning, rörlighet 0–100. Övriga perifera leder ua. Schober 3 cm. Ömhet över båda sakroiliakalederna. Hud och naglar ua. Ögon ua."),
        ("Lab", "CRP 28, SR 35. HLA-B27 positiv. Negativa RF och anti-CCP. Ledvätska: 12 000 leukocyter, inga kristaller, odling och PCR negativa. Klamydia-PCR i urin negativ. Fecesodling negativ."),
        ("Röntgen", "MR sakroiliakaleder 2024-08-20: benmärgsödem bilateralt och erosioner vänster."),
        ("Bedömning", "Axial spondylartrit med sakroiliit på MR, nu med perifer artrit i höger knä. Differentialdiagnoserna reaktiv artrit och septisk artrit har uteslutis med negativa odlingar och PCR. Tidigare främre uveit."),
        ("Planering", "Intraartikulär kortisoninjektion i höger knä ges idag. NSAID (naproxen 500 mg x 2) i full dos i fyra veckor. Fysioterapi med rörlighetsträning. Ställningstagande till TNF-hämmare vid återbesök om tre månader."),
        ("Information", "Pat informerad om diagnosen, om att sjukdomen ofta går att behandla bra och om att söka ögonakut vid röda och ömmande ögon."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss with typo: the differential diagnoses are named only as excluded ('har uteslutis')")

C("g12-koloncancer-prognosen-sannolikt-god", "vgr", ("19570615", "451"), [
    N("n1", "vg_kir_skovde", ("Alva Ringdahl", "läkare"), "Mottagningsanteckning",
      "2024-06-25 10:00", "2024-06-25 11:00", "öppenvård", [
        ("Aktuellt", "Återbesök fyra veckor efter laparoskopisk sigmoideumresektion för sigmoideumcancer. Mår bra, äter normalt, avföring en till två gånger per dag. Ingen feber. Portsåren har läkt. Har börjat gå långa promenader."),
        ("Anamnes", "67-årig man, pensionerad bussförare. Hypertoni. Diagnostiserades i april efter blod i avföringen vid screening. Han och hustrun fick PAD-beskedet vid förra besöket."),
        ("Status", "AT gott. Buk mjuk och oöm, inget bråck vid portsåren. Vikt stabil."),
        ("Läkemedel", "Amlodipin 10 mg, Alvedon vid behov. Fragminbehandlingen efter operationen är avslutad."),
        ("Socialt", "Gift, bor i villa i Tibro. Tre barnbarn som han hämtar från förskolan två dagar i veckan. Vill kunna spela golf igen under sommaren."),
        ("PAD", "Adenokarcinom i sigmoideum, pT2 N0 (0/18 lymfkörtlar), radikalt opererad med fria marginaler, ingen kärl- eller perineural växt, MMR-proteiner bevarade."),
        ("Bedömning", "Sigmoideumcancer pT2 N0 M0, stadium I, radikalt opererad. Ingen indikation för adjuvant cytostatika. Prognosen är sannolikt god med denna stadieindelning. Hypertoni."),
        ("Planering", "Uppföljning enligt nationellt vårdprogram: CEA och DT thorax-buk om 12 och 36 månader, koloskopi om tre år. Kontaktsjuksköterskan kallar. Ingen sjukskrivning."),
        ("Information", "Pat och hustru informerade om att tumören är helt bortopererad och inte har spridit sig, och om uppföljningsprogrammet."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: 'Prognosen är sannolikt god' hedges a prognosis; the cancer diagnosis is settled and told")

C("g13-ssk-risk-for-fall-och-trycksar", "skane", ("19310513", "328"), [
    N("n1", "sk_ger_trbg", ("Louise Sörensen", "sjuksköterska"), "Omvårdnadsanteckning",
      "2024-07-18 13:40", "2024-07-18 14:30", "slutenvård", [
        ("Aktuellt", "93-årig kvinna inskriven i går för urinvägsinfektion med feber och förvirring, bor på särskilt boende. Känd Alzheimers sjukdom, förmaksflimmer och osteoporos. Feberfri sedan i morse. Sover mycket men går att väcka och svarar adekvat på enkla frågor."),
        ("Riskbedömning", "Downton fallriskindex 5: hög risk för fall. Norton 13: risk för trycksår. MNA-SF 7: risk för undernäring. Munhälsa enligt ROAG: torr munslemhinna, i övrigt ua."),
        ("Hud", "Rodnad över sacrum som bleknar vid tryck, intakt hud. Torr hud på underbenen. Inga sår."),
        ("Nutrition", "Äter en fjärdedel av portionerna, dricker 800 ml per dag med uppmaning. Näringsdryck erbjuds två gånger dagligen."),
        ("Elimination", "Urininkontinens, inkontinensskydd. Senaste avföring i förrgår."),
        ("Aktivitet", "Förflyttning säng–stol med en personal. Går inte själv."),
        ("Åtgärder", "Tryckavlastande madrass, vändschema var tredje timme dagtid. Hudvård med barriärkräm. Sänkt säng och sensorlarm vid sängen. Vätske- och matlista. Munvård morgon och kväll."),
        ("Smärta", "Visar inga tecken på smärta enligt Abbey-skalan (poäng 2). Alvedon 1 g x 3 enligt ordination."),
        ("Psykosocialt", "Sonen besökte henne på förmiddagen och satt med vid lunchen, vilket gjorde att hon åt mer. Han vill bli uppringd om något förändras."),
        ("Planering", "Återbedömning av riskerna om tre dagar. Kontakt med boendets sjuksköterska inför återgång, planerad till måndag."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: nursing risk assessments ('hög risk för fall', 'risk för trycksår') are not hedged diagnoses")

C("g14-lumbago-ev-mr-om-besvaren-kvarstar", "vgr", ("19850808", "376"), [
    N("n1", "vg_ort_molndal", ("Tobias Westman", "läkare"), "Mottagningsanteckning",
      "2024-03-26 15:00", None, "öppenvård", [
        ("Aktuellt", "Remiss från VC. Ländryggssmärta sedan sex veckor efter ett tungt lyft på jobbet. Smärtan sitter lågt i ryggen och strålar inte ut i benen. Värre på morgonen och efter långt sittande, bättre när han rör sig. Ingen feber, ingen viktnedgång, inga problem med blåsa eller tarm."),
        ("Anamnes", "38-årig man, lagerarbetare. Tidigare frisk, inga läkemedel utöver Ipren. Ingen tidigare ryggoperation. Röker inte."),
        ("Status", "Går utan hälta, tå- och hälgång ua. Ländryggens rörlighet nedsatt i flexion, palpationsöm paravertebralt L4–S1. Lasègue negativt bilateralt. Kraft, sensibilitet och reflexer i benen ua. Ingen sadelanestesi."),
        ("Bedömning", "Lumbago utan nervrotspåverkan. Inga tecken på allvarlig bakomliggande orsak (inga röda flaggor)."),
        ("Planering", "Aktiv hållning, fortsatt arbete med anpassade arbetsuppgifter i två veckor. Remiss till fysioterapeut. Naproxen 500 mg x 2 i högst två veckor. Ev. MR ländrygg om besvären kvarstår efter ytterligare sex veckors träning. Ingen uppföljning på ortopeden i nuläget."),
        ("Information", "Pat informerad om att ryggsmärta av denna typ oftast går över och att rörelse hjälper. Han fick en broschyr om ryggövningar."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: 'Ev. MR ländrygg' hedges an investigation; 'Inga tecken på allvarlig bakomliggande orsak' is negated")

C("g15-avdelning-hemgang-fredag-fragetecken", "skane", ("19520404", "155"), [
    N("n1", "sk_kir_ystad", ("Kajsa Lindholm", "läkare"), "Daganteckning",
      "2024-05-15 09:30", "2024-05-15 10:15", "slutenvård", [
        ("Aktuellt", "Postop dag 2 efter öppen operation av inklämt ljumskbråck höger med tunntarmsresektion 10 cm. Lite ont i såret, gasavgång, ingen avföring ännu. Dricker och har ätit flytande kost i dag. Mobiliserad runt sängen."),
        ("Anamnes", "72-årig man, pensionerad snickare. KOL grad 2, hypertoni. Har haft bråcket i flera år men inte velat opereras."),
        ("Status", "Temp 37,3, puls 78, BT 138/82. Buk: mjuk, lätt uppblåst, normala tarmljud. Såret torrt utan rodnad. Pulm: lätt förlängt expirium."),
        ("Läkemedel", "Spiriva och Bricanyl vid behov, enalapril 10 mg, paracetamol 1 g x 4, oxikodon 5 mg vid behov (en dos senaste dygnet), Fragmin 5000 E."),
        ("Socialt", "Bor med hustrun i ett hus i Skurup med trappa till övervåningen. Hustrun har själv nedsatt rörlighet efter en stroke."),
        ("Lab", "CRP 96 (112), Hb 128, krea 88, kalium 3,9."),
        ("Bedömning", "Postoperativt förlopp enligt plan efter bråckoperation med tarmresektion. KOL, stabil. Hypertoni."),
        ("Planering", "Lätt kost från i kväll. Andningsgymnastik med PEP. Fragmin 5000 E fortsätter. Kateter avvecklas i dag. Hemgång fredag? Beror på att tarmfunktionen kommer igång och att han klarar trappan hemma; fysioterapeut testar trappgång i morgon."),
        ("Information", "Pat informerad om förloppet och om att tarmen behöver några dagar på sig."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: the question mark ('Hemgång fredag?') hedges a discharge date, not a diagnosis")

C("g16-pneumoni-lungemboli-misstanktes-men-uteslots", "vgr", ("19480110", "582"), [
    N("n1", "vg_med_kungalv", ("Sixten Lindahl", "läkare"), "Daganteckning",
      "2024-02-08 11:00", "2024-02-08 12:30", "slutenvård", [
        ("Aktuellt", "Dag 2. Inkom i går med andfåddhet, feber och takykardi. Vid ankomsten misstänktes lungemboli med tanke på nyligen genomgången knäplastik, men DT lungartärer visade inga embolier och i stället ett infiltrat i vänster underlob. Nu feberfri, mindre andfådd."),
        ("Anamnes", "76-årig kvinna. Knäplastik höger 2024-01-18. Hypertoni, hypotyreos. Bor med maken i villa i Ytterby."),
        ("Läkemedel", "Levaxin 75 µg, losartan 50 mg, Fragmin 5000 E sedan knäoperationen, Alvedon 1 g x 3."),
        ("Status", "AT: trött men opåverkad. Temp 37,4, andningsfrekvens 18, saturation 95 % på 1 liter. Pulm: rassel vänster bas. Cor: RR 88. Höger knä: välläkt ärr, lätt svullnad, vaden mjuk."),
        ("Lab/Röntgen", "CRP 168 (212), LPK 13,4. Krea 72. DT lungartärer 2024-02-07: inga embolier, konsolidering i vänster underlob. Ultraljud höger ben: ingen djup ventrombos."),
        ("Bedömning", "Pneumoni i vänster underlob. Lungemboli och djup ventrombos uteslutna. Status efter knäplastik höger. Hypertoni och hypotyreos."),
        ("Planering", "Bensylpenicillin 3 g x 3 iv, byte till peroralt när hon är feberfri i ett dygn. Syrgas trappas ned. Trombosprofylax med Fragmin 5000 E fortsätter. Fysioterapeut för andning och knäträning."),
        ("Information", "Pat och make informerade om att det rör sig om lunginflammation och inte blodpropp."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: 'misstänktes lungemboli' is an admission suspicion refuted in the same sentence and in Bedömning")

C("g17-fall-fraktur-kan-uteslutas-pa-dt", "skane", ("19380905", "869"), [
    N("n1", "sk_akut_hbg", ("Leo Franzén", "läkare"), "Akutanteckning",
      "2024-11-02 19:30", "2024-11-02 22:10", "akutmottagning", [
        ("Kontaktorsak", "Fall i hemmet, smärta i vänster höft."),
        ("Anamnes", "86-årig kvinna som halkade på badrumsgolvet i eftermiddags och landade på vänster sida. Kom upp själv men har ont vid gång. Slog inte i huvudet. Bor ensam i lägenhet i Helsingborg, hemtjänst en gång dagligen. Osteoporos på Prolia, hypertoni, lätt kognitiv svikt. Inga blodförtunnande."),
        ("Status", "AT: opåverkad och orienterad till tid och rum. BT 156/84, puls 80. Vänster höft: hematom lateralt, ömhet över trokantern, ingen förkortning eller utåtrotation, smärta vid belastning men kan gå några steg med stöd. Ljumsken oöm. Bäckenkompression oöm. Distalstatus ua. Inga andra skador."),
        ("Röntgen", "Slätröntgen bäcken och vänster höft: ingen säker fraktur. DT vänster höft och bäcken: fraktur kan uteslutas, mjukdelshematom lateralt om trokantern."),
        ("Bedömning", "Kontusion av vänster höft med hematom. Osteoporos. Fallet bedöms mekaniskt efter halka på vått golv."),
        ("Åtgärd", "Alvedon 1 g och Oxynorm 5 mg givet. Gångprov med rollator: klarar att gå 20 meter."),
        ("Planering", "Hem med utökad hemtjänst i en vecka, beställt via kommunens sjuksköterska. Rollator lånas ut. Alvedon regelbundet. Fallförebyggande hembesök av arbetsterapeut via kommunen."),
        ("Information", "Pat informerad om att det inte finns någon fraktur och om att smärtan kan sitta i några veckor. Dottern informerad per telefon med pat:s medgivande."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: 'fraktur kan uteslutas' — the affirmative of the 'kan ej uteslutas' pattern")

C("g18-misstankt-forvaxling-av-dosett", "vgr", ("19400228", "264"), [
    N("n1", "vg_med_udd", ("Josefin Sandberg", "sjuksköterska"), "Omvårdnadsanteckning",
      "2024-09-12 15:20", "2024-09-12 16:00", "slutenvård", [
        ("Aktuellt", "84-årig kvinna inlagd för hypoglykemi i hemmet, P-glukos 1,9 när ambulansen kom. Typ 2-diabetes med glimepirid och insulin, hypertoni, hjärtsvikt. Stabilt blodsocker på avdelningen utan glimepirid."),
        ("Läkemedelshantering", "Dottern hade med sig dosetten från hemmet. Vid genomgång innehöll kvällsfacken glimepirid som enligt ordination ska tas på morgonen, och två dagars fack saknade furosemid. Misstänkt förväxling vid iordningställandet av dosetten, avvikelse skriven och kontakt tagen med hemsjukvårdens sjuksköterska."),
        ("Nutrition", "Äter hela portioner, dricker bra. Har fått diabeteskost med mellanmål kl 15 och 21."),
        ("Elimination", "Blåsa och tarm fungerar utan anmärkning."),
        ("Blodsocker", "P-glukos före måltider 6,8–9,9, kl 03 7,2. Insulin Insulatard 12 E till kvällen enligt ordination, ingen extra dos behövts."),
        ("Aktivitet", "Går själv med rollator på avdelningen. Är orolig för att åka hem och vill att dottern är med vid hemgången."),
        ("Cirkulation", "BT 132/76, puls 70. Vikt 62 kg."),
        ("Bedömning", "Blodsockret stabilt 6–10 utan sulfonylurea. Hypoglykemin kopplas till felaktigt iordningställd dosett."),
        ("Planering", "Läkaren har satt ut glimepirid permanent. Övergång till maskinell dosdispensering inför hemgång. Dottern och hemsjukvården får ny läkemedelslista."),
        ("Information", "Pat och dotter informerade om läkemedelsändringen och om dosdispenseringen."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: 'Misstänkt förväxling' hedges a medication-handling event, not a diagnosis")
# ================================================================ NL102 near misses (B)

C("h01-navelbrack-tveksam-operationsindikation", "skane", ("19640719", "133"), [
    N("n1", "sk_kir_malmo", ("Ronja Alfredsson", "läkare"), "Mottagningsanteckning",
      "2024-04-16 13:00", "2024-04-16 13:55", "öppenvård", [
        ("Aktuellt", "Remiss från VC för bedömning av en knöl vid naveln som pat upptäckte i vintras. Den syns mest när han hostar eller lyfter. Inga smärtor, ingen rodnad, har aldrig fastnat. Han undrar om den måste opereras innan semesterresan i augusti."),
        ("Anamnes", "59-årig man, förrådsarbetare. Typ 2-diabetes på metformin, HbA1c 56. Hypertoni. BMI 34. Röker ett halvt paket om dagen. Ingen tidigare bukkirurgi."),
        ("Läkemedel", "Metformin 1 g x 2, losartan 50 mg, atorvastatin 20 mg."),
        ("Socialt", "Gift, bor i lägenhet i Malmö. Arbetar på ett förråd med lättare lyft. Hustrun har opererats för gallsten och tycker att han också borde opereras."),
        ("Status", "Buk: välvd, mjuk och oöm. Vid naveln ett 1,5 cm stort bråck som är helt reponibelt, bråckporten ca 1 cm. Ingen diastas av rektusmuskulaturen. Ljumskar utan bråck."),
        ("Bedömning", "Asymtomatiskt navelbråck med liten bråckport. Tveksam operationsindikation i nuläget med tanke på avsaknad av besvär, fetma, rökning och diabetes som ökar risken för komplikationer och återfall. Typ 2-diabetes. Hypertoni."),
        ("Planering", "Ingen operation nu. Pat rekommenderas rökstopp och viktnedgång, remiss till VC:s levnadsvanemottagning. Ny bedömning om bråcket ger besvär. Resan i augusti är inget hinder."),
        ("Information", "Pat informerad om bråcket, om att det är ovanligt att ett så litet bråck kläms in och om att söka akut vid smärta, rodnad eller om bråcket inte går att trycka tillbaka."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: 'Tveksam operationsindikation' hedges an indication for surgery; the hernia itself is certain")

C("h02-arbetsterapeut-troligen-svart-med-trappan", "vgr", ("19400830", "220"), [
    N("n1", "vg_ger_molndal", ("Maja Thorén", "arbetsterapeut"), "Arbetsterapeutanteckning",
      "2024-12-04 10:00", "2024-12-04 11:20", "slutenvård", [
        ("Bakgrund", "84-årig kvinna inlagd efter höftfraktur vänster som opererats med spikning 2024-11-27. Känd hjärtsvikt och lätt kognitiv svikt. Bor ensam i ett tvåvåningshus i Lindome med badrum på övervåningen. Hemtjänst saknas sedan tidigare, dottern hjälper till med inköp."),
        ("Aktivitetsbedömning", "ADL-taxonomin: klarar att äta och sköta munhygien självständigt, behöver hjälp med nedre påklädning och strumpor. Toalettbesök med rollator och tillsyn. Duschar sittande med hjälp. Vid köksaktivitet på avdelningen tappade hon bort sig i ordningsföljden vid kaffekokning men kunde fullfölja med påminnelser."),
        ("Förflyttning", "Reser sig från stol med armstöd själv. Går 30 meter med rollator. Trappgång har inte provats ännu enligt fysioterapeuten."),
        ("Bedömning", "Pat har troligen svårt att klara trappan hemma de närmaste veckorna och bör inte vara ensam i hemmet direkt efter utskrivningen. Behöver hjälpmedel i badrummet och stöd vid påklädning. Kognitiv svikt påverkar förmågan att planera vardagen."),
        ("Åtgärder", "Förskrivning av strumppådragare och griptång, provade med gott resultat. Rollator för inomhusbruk beställd."),
        ("Planering", "Hembesök tillsammans med fysioterapeut 2024-12-06 för bedömning av bostaden, särskilt trappan och badrummet. Underlag till SIP med hemtjänst och biståndshandläggare. Förslag om korttidsvistelse om hemmet inte kan anpassas snabbt."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: occupational therapist's 'troligen svårt att klara trappan' hedges a functional judgement")

C("h03-ra-mojligt-att-dosen-kan-sankas", "skane", ("19690208", "426"), [
    N("n1", "sk_reuma_lund", ("Tilda Magnusson", "läkare"), "Mottagningsanteckning",
      "2024-06-04 10:30", None, "öppenvård", [
        ("Aktuellt", "Halvårskontroll. Lederna lugna sedan tillägget av etanercept för två år sedan. Ingen morgonstelhet. Arbetar heltid som kontorist. Har varit förkyld två gånger i vinter men inget som krävt antibiotika. Hon frågar om hon verkligen behöver så mycket medicin."),
        ("Anamnes", "55-årig kvinna med seropositiv reumatoid artrit sedan 2012. Osteoporos efter tidigare kortisonbehandling, behandlas med zoledronsyra. Hypotyreos."),
        ("Läkemedel", "Metotrexat 20 mg en gång per vecka, folsyra 5 mg, etanercept 50 mg en gång per vecka, Levaxin 100 µg, kalcium och D-vitamin."),
        ("Status", "28-ledsindex: inga svullna eller ömma leder. Inga reumatiska noduli. Inga deformiteter."),
        ("Lab", "SR 8, CRP 1. Normalt blodstatus, leverstatus och krea. TSH 2,1."),
        ("Bedömning", "Reumatoid artrit i stabil remission sedan två år, DAS28-CRP 1,6. Osteoporos, behandlad. Hypotyreos."),
        ("Planering", "Det är möjligt att metotrexatdosen kan sänkas, och vi gör ett försök med 15 mg per vecka. Etanercept oförändrat. Om remissionen håller i ett år kan glesare dosering av etanercept övervägas. Blodprover kvartalsvis. Bentäthetsmätning i höst."),
        ("Information", "Pat informerad om nedtrappningen och om att höra av sig vid tecken på skov som svullna eller stela leder."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: 'Det är möjligt att metotrexatdosen kan sänkas' hedges a dose change, not a diagnosis")

C("h04-dyspepsi-inga-hallpunkter-for-malignitet", "vgr", ("19730504", "359"), [
    N("n1", "vg_gastro_skovde", ("Erik Lagerqvist", "läkare"), "Mottagningsanteckning",
      "2024-04-30 14:00", "2024-04-30 15:10", "öppenvård", [
        ("Aktuellt", "Återbesök efter gastroskopi. Pat har haft brännande smärta i övre delen av magen i ett halvår, värre på fastande mage och på natten. Ingen viktnedgång, inga sväljningssvårigheter, inga kräkningar, ingen svart avföring. Har tagit Ipren mot ryggvärk i perioder."),
        ("Anamnes", "50-årig man, målare. Ländryggsbesvär sedan många år. Röker 15 cigaretter per dag. Alkohol på helgerna."),
        ("Socialt", "Bor med sambon i Tidaholm. Har eget måleriföretag med två anställda. Röker mest när han jobbar."),
        ("Gastroskopi", "Gastroskopi 2024-04-18: normal esofagus. Antrum med rodnad och små erosioner. Ett 6 mm ytligt ulcus i bulbus duodeni utan tecken till blödning. Biopsier från antrum och corpus. PAD: kronisk aktiv gastrit med Helicobacter pylori, ingen intestinal metaplasi, ingen dysplasi. Inga hållpunkter för malignitet."),
        ("Lab", "Hb 142, ferritin 64. Krea 78."),
        ("Bedömning", "Duodenalsår orsakat av Helicobacter pylori och NSAID. Kronisk aktiv Helicobacter pylori-gastrit. Nikotinberoende."),
        ("Planering", "Eradikeringsbehandling med omeprazol, amoxicillin och klaritromycin i sju dagar, därefter omeprazol 20 mg i fyra veckor. Ipren ska inte användas, Alvedon i stället. Utandningstest för Helicobacter tidigast fyra veckor efter avslutad behandling. Rökstopp rekommenderas."),
        ("Information", "Pat informerad om magsåret, om att bakterien är orsaken tillsammans med Ipren och om hur behandlingen ska tas."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: 'Inga hållpunkter för malignitet' is negated; the ulcer and gastritis are biopsy-verified")

C("h05-influensa-talar-inte-for-bakteriell-infektion", "skane", ("19550110", "612"), [
    N("n1", "sk_infek_malmo", ("Julius Sandström", "läkare"), "Inskrivningsanteckning",
      "2024-01-09 15:00", "2024-01-09 16:50", "slutenvård", [
        ("Kontaktorsak", "Hög feber, hosta och andfåddhet sedan tre dagar."),
        ("Anamnes", "69-årig kvinna med KOL grad 2 och typ 2-diabetes. Insjuknade hastigt med feber 39,5, muskelvärk och torrhosta. Maken har haft samma symtom. Ej vaccinerad mot influensa i år. Röker fortfarande, cirka tio cigaretter dagligen."),
        ("Läkemedel", "Spiriva, Bricanyl vid behov, metformin 1 g x 2, ramipril 5 mg."),
        ("Socialt", "Gift, bor i radhus i Malmö. Maken är också sjuk med feber och hosta sedan fem dagar. Pensionerad undersköterska."),
        ("Status", "AT: trött, lätt påverkad. Temp 38,8, andningsfrekvens 24, saturation 90 % på luft, 94 % på 2 liter. BT 128/72, puls 104. Pulm: förlängt expirium, spridda ronki, inga lokaliserade rassel. Cor: takykard, regelbunden."),
        ("Lab/Röntgen", "Influensa A-PCR positiv. CRP 38, LPK 5,1, prokalcitonin 0,08. P-glukos 14. Krea 74. Lungröntgen: ingen konsolidering, lätt hyperinflation."),
        ("Bedömning", "Influensa A med KOL-exacerbation och syrgasbehov. Bilden talar inte för bakteriell pneumoni med tanke på röntgen, lågt CRP och prokalcitonin. Typ 2-diabetes med stresshyperglykemi."),
        ("Planering", "Oseltamivir 75 mg x 2 i fem dagar. Prednisolon 30 mg i fem dagar. Inhalationer med Combivent. Syrgas med mål 88–92 %. Ingen antibiotika. Droppskydd och enkelrum. Glukos fyra gånger dagligen med insulin enligt schema."),
        ("Information", "Pat informerad om influensan och om att antibiotika inte hjälper mot virus. Maken uppmanad att kontakta VC om han blir sämre."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: 'Bilden talar inte för bakteriell pneumoni' is negated; influenza A is PCR-verified")

C("h06-angina-far-dog-plotsligt-misstankt-infarkt", "vgr", ("19680227", "693"), [
    N("n1", "vg_kard_skovde", ("Marcus Eklöf", "läkare"), "Mottagningsanteckning",
      "2024-02-29 09:00", "2024-02-29 10:15", "öppenvård", [
        ("Aktuellt", "Uppföljning efter arbetsprov och DT kranskärl. Pat får tryck över bröstet när han går snabbt uppför backen till jobbet och när det är kallt, det går över inom två minuter i vila. Inga besvär i vila eller på natten."),
        ("Anamnes", "56-årig man, mekaniker. Hypertoni och hyperlipidemi sedan 2018. Före detta rökare, slutade 2020. Fadern dog plötsligt vid 52 års ålder, misstänkt hjärtinfarkt, obducerades inte. En bror har haft bypassoperation."),
        ("Läkemedel", "Amlodipin 5 mg, atorvastatin 20 mg."),
        ("Status", "BT 142/88, puls 72. Cor: RR, inga blåsljud. Pulm: ua. Inga ödem. BMI 28."),
        ("Undersökningar", "Arbetsprov: ST-sänkning 2 mm i V4–V6 vid 150 W med typisk bröstsmärta, återgång inom tre minuter i vila. DT kranskärl: 70-procentig stenos i proximala LAD, i övrigt lätta plack. LDL 3,1."),
        ("Bedömning", "Stabil angina pectoris med signifikant stenos i proximala LAD. Hypertoni. Hyperlipidemi, inte i mål. Stark hereditet för kranskärlssjukdom."),
        ("Planering", "Koronarangiografi med ställningstagande till PCI bokas. Trombyl 75 mg och metoprolol 50 mg insätts. Atorvastatin höjs till 80 mg. Nitroglycerin sublingualt vid behov. LDL-mål under 1,4."),
        ("Information", "Pat informerad om kärlkrampen, om hur nitroglycerinet tas och om att ringa 112 vid bröstsmärta som inte släpper efter två doser."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: the only hedged diagnosis ('misstänkt hjärtinfarkt') is the father's cause of death")

C("h07-handledsfraktur-sannolikt-atergang-i-arbete", "skane", ("19790918", "540"), [
    N("n1", "sk_ort_hlm", ("Amelie Berntsson", "läkare"), "Mottagningsanteckning",
      "2024-03-13 10:20", "2024-03-13 11:00", "öppenvård", [
        ("Aktuellt", "Återbesök två veckor efter operation med volar platta för distal radiusfraktur höger efter fall på is. Smärtan avtar, tar Alvedon kvällstid. Fingrarna rör sig bra. Arbetar som undersköterska inom hemtjänsten och undrar när hon kan börja jobba."),
        ("Anamnes", "44-årig kvinna, tidigare frisk. Astma i barndomen. Röker inte. Högerhänt."),
        ("Status", "Suturerna tas. Såret läkt fint. Lätt svullnad över handleden. Full rörlighet i fingrarna, kan knyta handen. Handledens rörlighet: extension 30, flexion 30. Sensibilitet i medianusområdet normal."),
        ("Röntgen", "Kontrollröntgen: plattan i gott läge, frakturen anatomiskt reponerad."),
        ("Bedömning", "Distal radiusfraktur höger, opererad med volar platta, läker planenligt. Ingen påverkan på medianusnerven."),
        ("Planering", "Avtagbar ortos vid behov. Remiss till arbetsterapeut för handträning. Pat kan sannolikt återgå i arbete om ungefär sex veckor, men tunga förflyttningar av brukare bör undvikas i ytterligare en månad. Sjukintyg utfärdat på 100 % i fyra veckor. Ny kontroll om fyra veckor med röntgen."),
        ("Information", "Pat informerad om läkningen, träningen och om att inte bära tungt med höger hand de närmaste veckorna."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: 'kan sannolikt återgå i arbete' hedges a return-to-work date")

C("h08-preop-blasljud-utan-misstanke-om-klaffel", "vgr", ("19580603", "171"), [
    N("n1", "vg_kir_udd", ("Stina Backman", "läkare"), "Preoperativ bedömning",
      "2024-10-10 13:30", "2024-10-10 14:40", "öppenvård", [
        ("Aktuellt", "Preoperativ bedömning inför elektiv laparoskopisk kolecystektomi för symtomgivande gallsten. Tre gallstensanfall senaste året, senast i augusti. Mår bra nu."),
        ("Anamnes", "66-årig man, pensionerad elektriker. Hypertoni och typ 2-diabetes. Ingen känd hjärtsjukdom. Går 5 km promenader utan andfåddhet eller bröstsmärta, klarar två trappor utan att stanna. Ingen tidigare narkos utöver en knäartroskopi 2015 utan komplikationer. Snarkar men inga andningsuppehåll enligt hustrun."),
        ("Läkemedel", "Metformin 500 mg x 2, ramipril 5 mg, simvastatin 20 mg."),
        ("Socialt", "Gift, bor i villa i Uddevalla. Hustrun kör honom till och från operationen och kan vara hemma med honom första dygnet."),
        ("Status", "BT 136/82, puls 64 regelbunden. Cor: mjukt systoliskt blåsljud 1/6 över basen utan fortledning, utan misstanke om klaffel. Pulm: vesikulärt. Munöppning och nackrörlighet god, Mallampati 2. BMI 28."),
        ("Lab/EKG", "Hb 148, krea 82, kalium 4,2, HbA1c 48. EKG: sinusrytm 62/min, normalt."),
        ("Bedömning", "Symtomgivande gallstenssjukdom. Välbehandlad hypertoni och typ 2-diabetes. Funktionellt blåsljud. ASA 2, god funktionell kapacitet."),
        ("Planering", "Godkänd för operation i generell anestesi. Metformin uteblir operationsdagen. Ramipril tas inte på operationsdagens morgon. Fasta enligt rutin. Operation planeras vecka 44."),
        ("Information", "Pat informerad om operationen, fasteregler och läkemedelshantering inför ingreppet."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: 'utan misstanke om klaffel' negates the hedge; all diagnoses are settled")

C("h09-migran-tidigare-misstankt-epilepsi-avskriven", "skane", ("19970813", "483"), [
    N("n1", "sk_neuro_lund", ("Lukas Håkansson", "läkare"), "Mottagningsanteckning",
      "2024-08-13 13:00", "2024-08-13 14:00", "öppenvård", [
        ("Aktuellt", "Remiss från VC för svårbehandlad migrän. 8–10 attacker per månad med pulserande ensidig huvudvärk, ljus- och ljudkänslighet och illamående, ibland föregångna av flimmer i synfältet. Missar jobb två dagar i månaden. Triptaner hjälper men räcker inte till alla attacker."),
        ("Anamnes", "27-årig kvinna, sjuksköterska med treskift. Utreddes 2015 för misstänkt epilepsi efter en svimning med ryckningar, men EEG och MR var normala och diagnosen avskrevs; svimningen bedömdes då som vasovagal. Inga liknande episoder sedan dess. P-stav."),
        ("Läkemedel", "Sumatriptan 50 mg vid behov (cirka 8 dagar per månad), Alvedon vid behov."),
        ("Status", "Normalt neurologiskt status. Ögonbotten ua. BT 116/72."),
        ("Bedömning", "Migrän med och utan aura, högfrekvent episodisk. Skiftarbete och oregelbunden sömn bidrar. Ingen läkemedelsöverforbrukning."),
        ("Planering", "Profylax med propranolol 40 mg x 2, upptrappning till 80 mg x 2. Huvudvärksdagbok. Råd om sömnrutiner. Vid otillräcklig effekt efter tre månader övervägs CGRP-antikropp. Nytt besök efter sommaren."),
        ("Information", "Pat informerad om migränprofylax, om att effekten kommer efter några veckor och om biverkningar som trötthet och kalla händer."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: 'misstänkt epilepsi' is from 2015 and was written off ('diagnosen avskrevs')")

C("h10-kol-sannolikt-behov-av-hemsjukvard", "vgr", ("19420115", "315"), [
    N("n1", "vg_med_nal", ("Greta Nilsson", "läkare"), "Daganteckning",
      "2024-01-25 11:00", "2024-01-25 12:10", "slutenvård", [
        ("Aktuellt", "Dag 6 för KOL-exacerbation. Andas lättare, klarar att gå till toaletten utan att stanna. Saturation 90–92 % på 1 liter syrgas, 86 % utan syrgas i vila. Hostar mindre, slemmet har ljusnat."),
        ("Anamnes", "82-årig man, änkling, bor ensam i lägenhet i Trollhättan. KOL GOLD 4 med två inläggningar i höstas, hjärtsvikt med bevarad EF, förmaksflimmer. Slutade röka 2010."),
        ("Status", "AT: trött men opåverkad. Andningsfrekvens 20, talar i hela meningar. Pulm: försvagat andningsljud, förlängt expirium, inga rassel. Inga ödem."),
        ("Lab", "Artärblodgas på 1 liter: pO2 8,1, pCO2 6,4, pH 7,41. CRP 22 (88). Krea 96."),
        ("Bedömning", "KOL-exacerbation i regress. Kronisk respiratorisk insufficiens med behov av syrgas i vila. Hjärtsvikt, kompenserad. Förmaksflimmer."),
        ("Planering", "Utredning för långtidssyrgasbehandling (LTOT) med ny blodgas om en vecka. Prednisolon avslutas i morgon. Pat kommer sannolikt att behöva hemsjukvård och utökad hemtjänst efter hemgången; SIP planeras med kommunen. Fysioterapeut för andningsövningar och gångträning."),
        ("Information", "Pat informerad om att han kan behöva syrgas hemma och om vad det innebär, bland annat att han inte får röka eller ha öppen eld nära syrgasen."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: 'sannolikt att behöva hemsjukvård' hedges care needs; the diagnoses are settled")

C("h11-rs-virus-ingen-misstanke-om-superinfektion", "skane", ("19450421", "860"), [
    N("n1", "sk_med_ksd", ("Per Fogelberg", "läkare"), "Daganteckning",
      "2024-12-19 09:40", "2024-12-19 10:50", "slutenvård", [
        ("Aktuellt", "Dag 3 för RS-virusinfektion med andningspåverkan. Febern har lagt sig, hostar fortfarande mycket men mindre andfådd. Sover bättre. Barnbarnet hade samma förkylning veckan före insjuknandet."),
        ("Anamnes", "79-årig kvinna med hjärtsvikt med bevarad EF, förmaksflimmer på Eliquis och astma. Bor med maken i villa i Åhus."),
        ("Läkemedel", "Eliquis 5 mg x 2, furosemid 20 mg, bisoprolol 2,5 mg, Symbicort 160/4,5 x 2, Ventoline vid behov."),
        ("Status", "AT: opåverkad. Temp 37,1, saturation 94 % på luft, andningsfrekvens 18. Pulm: spridda ronki, inga lokaliserade rassel. Cor: oregelbunden rytm, frekvens 82. Lätta ankelödem."),
        ("Lab/Röntgen", "RS-virus PCR positiv, influensa och covid-19 negativa. CRP 31 (44), LPK 7,2. Lungröntgen: ingen konsolidering. NT-proBNP 1 100."),
        ("Bedömning", "RS-virusinfektion med astmaförsämring. Ingen misstanke om bakteriell superinfektion med sjunkande CRP och normal lungröntgen. Hjärtsvikt, lätt övervätskad. Förmaksflimmer."),
        ("Planering", "Inhalationer med Ventoline och Atrovent fyra gånger dagligen, därefter vid behov. Furosemid höjs tillfälligt till 40 mg i tre dagar. Syrgas avvecklad. Hemgång i morgon om fortsatt stabil."),
        ("Information", "Pat informerad om att det är ett virus och att hostan kan sitta i några veckor. Maken informerad om planerad hemgång."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: 'Ingen misstanke om bakteriell superinfektion' is negated; RS virus is PCR-verified")

C("h12-ibs-celiaki-uteslots", "vgr", ("19940320", "742"), [
    N("n1", "vg_gastro_skovde", ("Lina Backlund", "läkare"), "Mottagningsanteckning",
      "2024-09-03 10:00", None, "öppenvård", [
        ("Aktuellt", "Återbesök efter utredning av magbesvär. Pat har haft uppblåsthet, buksmärta som lättar efter tarmtömning och omväxlande lös och hård avföring i två år. Värre vid stress och efter vissa måltider. Ingen blödning, ingen viktnedgång, inga nattliga besvär."),
        ("Anamnes", "30-årig kvinna, socionom. Tidigare frisk. Ingen hereditet för inflammatorisk tarmsjukdom eller tjocktarmscancer. Mormor hade celiaki."),
        ("Lab", "Hb 134, ferritin 42, CRP under 1, albumin 43. Transglutaminas-IgA negativ med normalt total-IgA. F-kalprotektin 18. TSH normalt."),
        ("Bedömning", "Colon irritabile (IBS) av blandtyp enligt Rom IV-kriterierna. Celiaki uteslöts med negativ serologi. Inga tecken på inflammatorisk tarmsjukdom med normalt kalprotektin och CRP. Inga larmsymtom."),
        ("Planering", "Remiss till dietist för kostrådgivning enligt första linjen. Psyllium som fiberkomplement. Vid kvarstående besvär efter tre månader kan låg-FODMAP eller internetbaserad KBT för IBS via 1177 prövas. Åter till VC för fortsatt uppföljning."),
        ("Information", "Pat informerad om att IBS är vanligt och ofarligt, om att besvären kan komma och gå och om vilka symtom som ska få henne att söka igen (blod i avföringen, viktnedgång, nattliga besvär)."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: 'Celiaki uteslöts' and 'Inga tecken på inflammatorisk tarmsjukdom' are negated; IBS is settled")

C("h13-dietist-risk-for-undernaring-ev-naringsdryck", "skane", ("19380221", "184"), [
    N("n1", "sk_med_ystad", ("Elsa Kroon", "dietist"), "Dietistanteckning",
      "2024-05-29 13:00", "2024-05-29 14:00", "öppenvård", [
        ("Bakgrund", "86-årig kvinna med KOL och hjärtsvikt, remitterad från medicinmottagningen för ofrivillig viktnedgång. Bor ensam i lägenhet i Ystad, hemtjänst tre gånger dagligen med matleverans till lunch."),
        ("Aktuellt", "Äter dåligt sedan vintern, orkar inte laga mat och tycker att matlådorna är för stora. Blir andfådd när hon äter. Dricker kaffe med mjölk och saft. Inga sväljningsbesvär, tänderna fungerar."),
        ("Antropometri", "Vikt 49 kg, i december 54 kg, dvs drygt 9 % viktnedgång på fem månader. Längd 160 cm, BMI 19,1. Handgripsstyrka nedsatt."),
        ("Kostanamnes", "Frukost: en skiva bröd och kaffe. Lunch: hälften av matlådan. Middag: fil eller en smörgås. Beräknat intag ca 1 000 kcal och 35 g protein per dag."),
        ("Bedömning", "Undernäring enligt GLIM-kriterierna, måttlig grad. Energibehov ca 1 600 kcal och 65 g protein per dag. Risk för ytterligare viktnedgång vid nästa KOL-försämring."),
        ("Åtgärd", "Råd om små, täta och energitäta måltider, berikning av gröt och soppor med grädde och smör. Mindre portioner från matleveransen beställs med mellanmål. Ev. näringsdryck två gånger dagligen om intaget inte ökar, provsmakning gjord."),
        ("Planering", "Uppföljning per telefon om tre veckor och besök om två månader med vägning. Information till hemtjänsten om mellanmål och vägning varannan vecka."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: dietitian note with 'risk för' and 'Ev. näringsdryck' — neither is a hedged diagnosis")

C("h14-erysipelas-ingen-missanke-om-dvt-typo", "vgr", ("19510912", "512"), [
    N("n1", "vg_akut_sas", ("Tim Lindqvist", "läkare"), "Akutanteckning",
      "2024-07-21 11:30", "2024-07-21 13:20", "akutmottagning", [
        ("Kontaktorsak", "Rodnad och svullnad på vänster underben sedan två dagar, feber i natt."),
        ("Anamnes", "72-årig man, pensionerad lärare. Typ 2-diabetes, hypertoni. Fotsvamp mellan tårna vänster fot sedan länge. Ingen tidigare blodpropp, ingen nyligen genomgången operation eller immobilisering. Inga blodförtunnande."),
        ("Status", "AT: opåverkad. Temp 38,4, BT 142/84, puls 92. Vänster underben: skarpt avgränsad, varm och öm rodnad från fotleden till mitten av skenbenet, lätt svullnad. Interdigital svamp med fissurer mellan fjärde och femte tån. Vaden mjuk, omfång 1 cm större än höger. Inga blåsor, ingen krepitation. Ljumskkörtlar lätt förstorade vänster."),
        ("Lab", "CRP 118, LPK 13,2. P-glukos 11,2. Krea 84."),
        ("Bedömning", "Erysipelas vänster underben med ingångsport via fotsvamp. Ingen missanke om DVT med tanke på kliniken och Wells score 0. Typ 2-diabetes."),
        ("Åtgärd", "Rodnadens utbredning markerad med penna. Första dosen Kåvepenin given på akuten."),
        ("Planering", "Hem med Kåvepenin 1,6 g x 3 i tio dagar. Högläge av benet. Pevaryl kräm mellan tårna. Åter vid hög feber, snabb spridning eller allmänpåverkan. Kontroll på VC om tre dagar."),
        ("Information", "Pat informerad om behandlingen och om att rodnaden kan öka det första dygnet innan den vänder."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss with typo: 'Ingen missanke om DVT' is a negated mention despite the misspelling")

C("h15-den-misstankta-pneumonin-bekraftades", "skane", ("19500305", "791"), [
    N("n1", "sk_med_hbg", ("Sigrid Alexandersson", "läkare"), "Daganteckning",
      "2024-11-05 10:00", "2024-11-05 11:15", "slutenvård", [
        ("Aktuellt", "Dag 2. Inkom i går kväll via akuten med feber, hosta och förvirring. Klarare i dag, vet var han är. Feber 38,2 i morse, har hostat upp rostfärgat slem."),
        ("Anamnes", "74-årig man med KOL grad 3, typ 2-diabetes och lätt kognitiv svikt. Bor med hustrun i radhus i Helsingborg."),
        ("Status", "AT: lätt påverkad. Temp 38,0, saturation 92 % på 2 liter, andningsfrekvens 22, BT 118/64, puls 96. Pulm: bronkiellt andningsljud och rassel höger bas. Cor: RR, inga blåsljud. Inga ödem."),
        ("Lab/Röntgen", "CRP 242, LPK 17,8, krea 118 (94), laktat 1,8. Blododlingar två flaskor, svar väntas. Den misstänkta pneumonin bekräftades på lungröntgen i morse med lobär konsolidering i höger underlob. Urinantigen för pneumokocker positivt."),
        ("Bedömning", "Pneumokockpneumoni i höger underlob, CRB-65 2. Akut konfusion, i regress. Lätt prerenal njurpåverkan. KOL grad 3. Typ 2-diabetes."),
        ("Planering", "Bensylpenicillin 3 g x 3 iv. Dropp 1,5 liter per dygn. Syrgas med mål 88–92 %. Krea och CRP i morgon. Glukos fyra gånger dagligen. Fysioterapeut för andningsgymnastik och mobilisering."),
        ("Information", "Pat och hustru informerade om lunginflammationen och om behandlingen med antibiotika i dropp."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: 'Den misstänkta pneumonin bekräftades på lungröntgen' — a suspicion reported as confirmed")

C("h16-pyelonefrit-ingen-klinisk-misstanke-om-sepsis", "vgr", ("19890501", "366"), [
    N("n1", "vg_med_frolunda", ("Majken Holgersson", "läkare"), "Mottagningsanteckning",
      "2024-04-12 15:00", "2024-04-12 16:00", "öppenvård", [
        ("Aktuellt", "Akut besök på medicinmottagningen via sjukvårdsrådgivningen. Sveda vid vattenkastning i fyra dagar, sedan i går feber 38,9 och ont i höger flank. Illamående men kan dricka. Ingen kräkning."),
        ("Anamnes", "34-årig kvinna, personlig assistent. Tidigare två blåskatarrer. Inte gravid, p-piller. Inga andra sjukdomar."),
        ("Status", "AT: lätt påverkad av feber men pigg i samtal. Temp 38,6, BT 118/74, puls 98, andningsfrekvens 16, saturation 99 %. Dunkömhet över höger njurloge. Buk mjuk, lätt öm suprapubiskt. Cor/pulm ua."),
        ("Lab", "U-sticka: leukocyter 3+, nitrit positiv, blod 1+. CRP 96, LPK 14,1, krea 68, laktat 1,2. Graviditetstest negativt. Urinodling och blododling tagna."),
        ("Bedömning", "Akut pyelonefrit höger. Ingen klinisk mistanke om sepsis, NEWS 3 och normalt laktat. Kan behandlas i öppen vård."),
        ("Åtgärd", "Ceftriaxon 1 g iv givet på mottagningen."),
        ("Planering", "Ciprofloxacin 500 mg x 2 i sju dagar från i morgon, justeras efter odlingssvar. Alvedon mot feber. Riklig dryck. Telefonkontakt i morgon eftermiddag med sjuksköterska. Ska söka akut vid försämring, frossa eller kräkningar."),
        ("Information", "Pat informerad om njurbäckeninflammationen, om behandlingen och om varningstecknen."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss with typo: 'Ingen klinisk mistanke om sepsis' is negated; pyelonephritis is stated plainly")

C("h17-geriatrik-mojligen-korttidsboende", "skane", ("19340929", "140"), [
    N("n1", "sk_ger_trbg", ("Tobias Engdahl", "läkare"), "Daganteckning",
      "2024-02-21 10:40", "2024-02-21 12:05", "slutenvård", [
        ("Aktuellt", "Dag 8. Inlagd för försämrat allmäntillstånd och fall efter en urinvägsinfektion. Infektionen är behandlad och hon är feberfri. Går nu med rollator och en personal, men orkar bara korta sträckor. Äter bättre sedan hon fick hjälp vid måltiderna."),
        ("Anamnes", "89-årig kvinna, änka, bor ensam i lägenhet i Trelleborg med hemtjänst två gånger dagligen. Hjärtsvikt med bevarad EF, förmaksflimmer på Eliquis, osteoporos, lätt kognitiv svikt. Två fall i hemmet senaste månaden."),
        ("Status", "Vaken och orienterad till person och plats. BT 128/72 utan ortostatiskt fall. Puls 76 oregelbunden. Pulm: ua. Lätta ankelödem. Går med rollator och stöd, ostadig vid vändning."),
        ("Lab", "CRP 12 (86), Hb 118, krea 92, natrium 137. Urinodling efter behandlingen: ingen växt."),
        ("Bedömning", "Nedsatt funktion och ökad fallrisk efter behandlad urinvägsinfektion. Hjärtsvikt, kompenserad. Förmaksflimmer. Osteoporos. Lätt kognitiv svikt."),
        ("Planering", "Fortsatt träning med fysioterapeut dagligen. Pat bedöms möjligen kunna skrivas ut till korttidsboende för fortsatt rehabilitering snarare än direkt hem; biståndshandläggare kontaktas i dag. D-vitamin och kalcium fortsätter, Prolia nästa dos i april. Läkemedelsgenomgång gjord, inga ändringar."),
        ("Information", "Pat och dotter informerade om att hon behöver mer träning innan hon kan bo ensam igen och om möjligheten till korttidsboende."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: 'möjligen kunna skrivas ut till korttidsboende' hedges where she is discharged to")

C("h18-diabetes-arskontroll-bara-fastslagna-diagnoser", "vgr", ("19610706", "378"), [
    N("n1", "vg_med_alings", ("Anton Sjöqvist", "läkare"), "Mottagningsanteckning",
      "2024-03-14 08:30", "2024-03-14 10:00", "öppenvård", [
        ("Aktuellt", "Årskontroll. Pat mår bra och har gått ner 4 kg sedan förra året efter att ha börjat promenera varje dag med sin nya hund. Inga hypoglykemier. Inga bröstsmärtor eller andfåddhet. Lite domningar i tårna på natten sedan i höstas. Ser bra med nya glasögon."),
        ("Anamnes", "62-årig man, pensionerad polis. Typ 2-diabetes sedan 2009, hypertoni sedan 2011, hyperlipidemi. Hjärtinfarkt 2019 med PCI mot LAD, inga anginabesvär sedan dess. Slutade röka 2019. Alkohol 3–4 glas vin per vecka. Gift, bor i villa i Alingsås."),
        ("Socialt", "Hustrun har också typ 2-diabetes och de lagar mat tillsammans enligt kostråden från dietisten. Två vuxna barn och fyra barnbarn. Spelar bowling på torsdagar."),
        ("Läkemedel", "Metformin 1 g x 2, Jardiance 10 mg, Ozempic 1 mg en gång per vecka, ramipril 10 mg, bisoprolol 5 mg, atorvastatin 80 mg, ezetimib 10 mg, Trombyl 75 mg."),
        ("Status", "BT 128/78, puls 62 regelbunden. Vikt 88 kg, BMI 27,8, midjemått 101 cm. Cor: RR, inga blåsljud. Pulm: ua. Fötter: palpabla pulsar i a. dorsalis pedis och tibialis posterior bilateralt, nedsatt monofilament på båda stortårna, nedsatt vibrationssinne distalt, inga sår, inga tryckmärken. Hudkostym normal."),
        ("Lab", "HbA1c 48 (53), LDL 1,2, krea 86, eGFR 84, kalium 4,4, ALAT 0,4. U-albumin/krea 3,8. B12 220 pmol/l."),
        ("Egenmätningar", "Sensorns rapport senaste 14 dagarna: tid i målområde 82 %, tid under 3,9 mmol/l 0 %, medelglukos 7,6. Inga nattliga dippar."),
        ("Ögonbotten", "Ögonbottenfotografering 2024-02-28: lätt icke-proliferativ diabetesretinopati bilateralt, oförändrad jämfört med 2022, ingen makulopati."),
        ("Bedömning", "Typ 2-diabetes, välreglerad. Diabetisk perifer sensorisk polyneuropati, lätt. Lätt icke-proliferativ diabetesretinopati, stabil. Mikroalbuminuri. Ischemisk hjärtsjukdom, anginafri. Hypertoni och hyperlipidemi i mål. Lågt normalt B12 under långvarig metforminbehandling."),
        ("Planering", "Oförändrad behandling. B12-tillskott 1 mg dagligen. Fotvård hos medicinsk fotterapeut, riskgrupp 2. Nästa ögonbottenfoto om två år. Årskontroll hos diabetessjuksköterska om ett år med labb före, läkare vartannat år. Uppmuntrad att fortsätta med promenaderna."),
        ("Information", "Pat informerad om nervpåverkan i fötterna, om att själv titta på fötterna dagligen och att ta kontakt vid sår eller blåsor. Skriftlig information om fotvård och B12 lämnad."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "near miss: a long annual-review note whose many diagnoses are all settled, with no hedge and no not-told statement")


# ---------------------------------------------------------------- validation
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"}
CODES = {"NL101", "NL102"}


def luhn_ok(p):
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", p)
    if not m:
        return False
    digits = p[2:8] + p[9:13]
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = part.strip()
        if part:
            yield part


def words(note):
    return sum(len(s["text"].split()) for s in note["sections"])


def validate(cases):
    problems = []
    names = set()
    seen = {}
    region_of = {v[1]: v[2] for v in UNITS.values()}
    for c in cases:
        cid = c.get("case", "?")
        if set(c) != CASE_KEYS:
            problems.append("%s: keys %s" % (cid, sorted(c)))
            continue
        if cid in names:
            problems.append("%s: duplicate case name" % cid)
        names.add(cid)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset %s" % (cid, c["ruleset"]))
        if not c["why"].strip() or "\n" in c["why"]:
            problems.append("%s: why must be one line" % cid)
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            problems.append("%s: record keys %s" % (cid, sorted(rec)))
            continue
        pat = rec["patient"]
        if set(pat) != {"id", "birth_date", "protected_identity"}:
            problems.append("%s: patient keys" % cid)
        if not luhn_ok(pat["id"]):
            problems.append("%s: personnummer %s not Luhn-valid" % (cid, pat["id"]))
        if pat["id"][:8] != pat["birth_date"].replace("-", ""):
            problems.append("%s: personnummer does not match birth_date" % cid)
        birth = datetime.fromisoformat(pat["birth_date"])
        if not rec["as_of"].startswith("2024-"):
            problems.append("%s: as_of not in 2024" % cid)
        ids = set()
        longest = 0
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                problems.append("%s: note keys %s" % (cid, sorted(n)))
                continue
            if n["id"] in ids:
                problems.append("%s: duplicate note id %s" % (cid, n["id"]))
            ids.add(n["id"])
            if n["system"] != "Melior":
                problems.append("%s: system %s" % (cid, n["system"]))
            if region_of.get(n["unit"]["hsa_id"]) != c["ruleset"]:
                problems.append("%s: unit region differs from ruleset" % cid)
            for key in ("time", "signed"):
                v = n[key]
                if v is None and key == "signed":
                    continue
                if not v.startswith("2024-"):
                    problems.append("%s: %s %s not in 2024" % (cid, key, v))
                datetime.fromisoformat(v)
            if n["signed"] and n["signed"] < n["time"]:
                problems.append("%s: %s signed before written" % (cid, n["id"]))
            t = datetime.fromisoformat(n["time"])
            age = t.year - birth.year - ((t.month, t.day) < (birth.month, birth.day))
            if 13 <= age <= 15:
                problems.append("%s: patient aged %d (13-15 not used)" % (cid, age))
            if n["time"] > rec["as_of"]:
                problems.append("%s: note after as_of" % cid)
            longest = max(longest, words(n))
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    problems.append("%s: bad section" % cid)
                for sent in sentences(s["text"]):
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (cid, n["id"], s["keyword"]):
                            problems.append("%s: sentence repeated (also in %s): %s"
                                            % (cid, seen[sent][0], sent))
                        elif sent in seen:
                            problems.append("%s: sentence repeated in one section: %s"
                                            % (cid, sent))
                        seen[sent] = (cid, n["id"], s["keyword"])
        if not 150 <= longest <= 400:
            problems.append("%s: longest note has %d words (want 150-400)" % (cid, longest))
        pairs = set()
        for kind in ("must", "must_not"):
            for item in c[kind]:
                if not (isinstance(item, list) and len(item) == 2):
                    problems.append("%s: bad %s item %r" % (cid, kind, item))
                    continue
                code, target = item
                if code not in CODES:
                    problems.append("%s: unexpected code %s" % (cid, code))
                if target not in ids:
                    problems.append("%s: target %s does not exist" % (cid, target))
                if (code, target) in pairs:
                    problems.append("%s: %s/%s asserted twice" % (cid, code, target))
                pairs.add((code, target))
        if not c["must"] and not c["must_not"]:
            problems.append("%s: asserts nothing" % cid)
    return problems


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, NAME + ".jsonl")
    problems = validate(CASES)
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _t in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    regions = {}
    for c in CASES:
        regions[c["ruleset"]] = regions.get(c["ruleset"], 0) + 1
    print("%d cases -> %s" % (len(CASES), out))
    print("regions: %s" % regions)
    for code in sorted(CODES):
        print("%s  must %d  must_not %d" % (code, counts.get((code, "must"), 0),
                                           counts.get((code, "must_not"), 0)))
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
