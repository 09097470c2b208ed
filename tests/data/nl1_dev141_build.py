#!/usr/bin/env python3
"""dev141: endoscopy-unit voice (gastro-, kolo-, bronko-, cystoskopi, ERCP/EUS).

Hand-written Swedish journal notes for NL101 / NL102.  Standard library only,
deterministic.  Running it writes cases.jsonl next to this file and exits 1 on any
validation problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev141_cases.jsonl")

SKANE_ORG = "SE2321000255-"
VGR_ORG = "SE2321000131-"

# key -> (name, hsa_id, region)
UNITS = {
    "sus_malmo_endo": ("Endoskopienheten, Skånes universitetssjukhus Malmö", SKANE_ORG + "4H1K", "skane"),
    "sus_lund_endo": ("Endoskopienheten, Skånes universitetssjukhus Lund", SKANE_ORG + "4H2M", "skane"),
    "hbg_endo": ("Endoskopimottagningen, Helsingborgs lasarett", SKANE_ORG + "7C31", "skane"),
    "kristianstad_endo": ("Gastrolab, Centralsjukhuset Kristianstad", SKANE_ORG + "5F08", "skane"),
    "ystad_endo": ("Endoskopienheten, Lasarettet i Ystad", SKANE_ORG + "6A47", "skane"),
    "landskrona_endo": ("Endoskopienheten, Lasarettet i Landskrona", SKANE_ORG + "3B92", "skane"),
    "hassleholm_endo": ("Endoskopienheten, Hässleholms sjukhus", SKANE_ORG + "8D15", "skane"),
    "trelleborg_med": ("Medicinmottagningen, Lasarettet Trelleborg", SKANE_ORG + "2E66", "skane"),
    "sus_lund_lung": ("Lungmottagningen, bronkoskopi, Skånes universitetssjukhus Lund", SKANE_ORG + "9K20", "skane"),
    "sus_malmo_uro": ("Urologiska kliniken, cystoskopimottagningen, Skånes universitetssjukhus Malmö", SKANE_ORG + "1U74", "skane"),
    "sus_lund_barn": ("Barn- och ungdomsmedicin, endoskopi, Skånes universitetssjukhus Lund", SKANE_ORG + "2B58", "skane"),
    "hbg_barn": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", SKANE_ORG + "7C88", "skane"),
    "sus_lund_kir": ("Kirurgiska kliniken, avd 6, Skånes universitetssjukhus Lund", SKANE_ORG + "4K03", "skane"),
    "hbg_gastro": ("Mag- och tarmmottagningen, Helsingborgs lasarett", SKANE_ORG + "7C45", "skane"),
    "kristianstad_kir": ("Kirurgmottagningen, Centralsjukhuset Kristianstad", SKANE_ORG + "5F61", "skane"),
    "sus_malmo_onk": ("Onkologiska kliniken, Skånes universitetssjukhus Malmö", SKANE_ORG + "1N12", "skane"),
    # PMO (primary care, Skåne)
    "vc_eslov": ("Vårdcentralen Tåbelund, Eslöv", SKANE_ORG + "P311", "skane"),
    "vc_skurup": ("Vårdcentralen Skurup", SKANE_ORG + "P472", "skane"),
    "hsv_hoor": ("Hemsjukvården Höör", SKANE_ORG + "P590", "skane"),
    "vc_lomma": ("Vårdcentralen Lomma", SKANE_ORG + "P638", "skane"),
    # VGR
    "su_sahl_endo": ("Endoskopienheten, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VGR_ORG + "1E4S", "vgr"),
    "su_ostra_endo": ("Endoskopienheten, Sahlgrenska Universitetssjukhuset/Östra", VGR_ORG + "1E7O", "vgr"),
    "sas_boras_endo": ("Endoskopienheten, Södra Älvsborgs Sjukhus Borås", VGR_ORG + "3S21", "vgr"),
    "sas_boras_gastro": ("Mag- och tarmmottagningen, Södra Älvsborgs Sjukhus Borås", VGR_ORG + "3S40", "vgr"),
    "skas_endo": ("Gastrolab, Skaraborgs Sjukhus Skövde", VGR_ORG + "5K18", "vgr"),
    "nu_udd_endo": ("Endoskopimottagningen, NU-sjukvården Uddevalla sjukhus", VGR_ORG + "4N09", "vgr"),
    "nu_nal_endo": ("Endoskopienheten, NU-sjukvården NÄL Trollhättan", VGR_ORG + "4N33", "vgr"),
    "nu_nal_lung": ("Lungmottagningen, NU-sjukvården NÄL Trollhättan", VGR_ORG + "4N57", "vgr"),
    "alingsas_endo": ("Endoskopienheten, Alingsås lasarett", VGR_ORG + "6A12", "vgr"),
    "kungalv_endo": ("Endoskopienheten, Kungälvs sjukhus", VGR_ORG + "7K05", "vgr"),
    "kungalv_kir": ("Kirurgmottagningen, Kungälvs sjukhus", VGR_ORG + "7K26", "vgr"),
    "su_sahl_lung": ("Lungmedicin, bronkoskopienheten, Sahlgrenska Universitetssjukhuset", VGR_ORG + "1L62", "vgr"),
    "sas_boras_uro": ("Urologmottagningen, Södra Älvsborgs Sjukhus Borås", VGR_ORG + "3U15", "vgr"),
    "nu_udd_uro": ("Urologmottagningen, NU-sjukvården Uddevalla sjukhus", VGR_ORG + "4U81", "vgr"),
    "dsbus_endo": ("Barnendoskopi, Drottning Silvias barn- och ungdomssjukhus", VGR_ORG + "1B93", "vgr"),
    "su_sahl_gastro": ("Gastroenterologmottagningen, Sahlgrenska Universitetssjukhuset", VGR_ORG + "1G27", "vgr"),
    "skas_med": ("Medicinmottagningen, Skaraborgs Sjukhus Skövde", VGR_ORG + "5M44", "vgr"),
    "su_ostra_kir": ("Kirurgavdelning 306, Sahlgrenska Universitetssjukhuset/Östra", VGR_ORG + "1K71", "vgr"),
    "alingsas_med": ("Medicinavdelning 4, Alingsås lasarett", VGR_ORG + "6M30", "vgr"),
}

CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    """birth 'YYYYMMDD', serial 3 digits -> 'YYYYMMDD-NNNC'."""
    nine = birth[2:] + serial
    return "%s-%s%s" % (birth, serial, luhn_digit(nine))


def N(nid, system, template, unit, author, role, time, signed, setting, sections, refs=None):
    name, hsa, _region = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": time + ":00" if len(time) == 16 else time,
        "signed": (signed + ":00" if signed and len(signed) == 16 else signed),
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
        "_unit_region": _region,
    }


def C(name, ruleset, birth, serial, notes, must, must_not, why, as_of=None):
    CASES.append({
        "name": name, "ruleset": ruleset, "birth": birth, "serial": serial,
        "notes": notes, "must": must, "must_not": must_not, "why": why, "as_of": as_of,
    })


# ---------------------------------------------------------------------------
# NL102 — hedged diagnoses in visible Melior text (positives)
# ---------------------------------------------------------------------------

C("d141-gastro-antrum-makroskopiskt-malignitetsmisstankt", "skane", "19480917", "362", [
    N("n1", "Melior", "Gastroskopi", "sus_malmo_endo", "Johan Ekdahl", "läkare",
      "2024-02-13T09:40", "2024-02-13T10:12", "öppenvård", [
          ("Indikation", "Viktnedgång 6 kg på tre månader, tidig mättnadskänsla. Hb 98."),
          ("Premedicinering", "Midazolam 2 mg iv, Xylocain spray i svalget."),
          ("Fynd", "Esofagus ua, Z-linjen regelbunden vid 39 cm. I antrum mot lilla kurvaturen ett ca 3 cm "
                   "stort exulcererat område med vallartade, upphöjda kanter, makroskopiskt "
                   "malignitetsmisstänkt. Px x 8 från kanten. Pylorus passeras lätt, bulben och pars "
                   "descendens u.a."),
          ("Bedömning", "Exulcererad förändring i antrum som ska utredas skyndsamt enligt SVF."),
      ])],
    [["NL102", "n1"]], [],
    "endoscopist's macroscopic impression 'makroskopiskt malignitetsmisstänkt' is a hedged cancer diagnosis in a visible Melior note")

C("d141-kolo-inger-misstanke-om-crohn", "vgr", "19970304", "226", [
    N("n1", "Melior", "Koloskopi", "su_sahl_endo", "Maria Lindqvist", "läkare",
      "2024-04-08T13:15", "2024-04-08T14:02", "öppenvård", [
          ("Indikation", "Diarré sedan februari, 6–8 tömningar/dygn, F-calprotektin 840."),
          ("Undersökning", "Koloskopi till terminala ileum, Boston 8. Terminala ileum med multipla aftösa sår "
                           "på en sträcka om ca 10 cm. Colon ascendens med fläckvisa ulcerationer, däremellan "
                           "normal kärlteckning. Transversum, descendens, sigmoideum och rektum utan anmärkning."),
          ("Utlåtande", "Segmentell inflammation med skip lesions och ilealt engagemang inger misstanke om "
                        "Mb Crohn. Px tagna separat från varje segment."),
          ("Planering", "Återbesök gastromottagningen när PAD föreligger."),
      ])],
    [["NL102", "n1"]], [],
    "'inger misstanke om Mb Crohn' after colonoscopy, in the visible Utlåtande of a VGR Melior note")

C("d141-kolo-bild-som-vid-ulceros-proktosigmoidit", "skane", "20010722", "548", [
    N("n1", "Melior", "Koloskopi", "hbg_endo", "Ahmed Rashid", "läkare",
      "2024-05-21T10:30", "2024-05-21T11:05", "öppenvård", [
          ("Fynd", "Från anus upp till ca 25 cm kontinuerligt inflammerad slemhinna med utsuddad kärlteckning, "
                   "kontaktblödning och spridda fibrinbeläggningar, Mayo 2. Skarp övergång till normal "
                   "slemhinna ovanför."),
          ("Bedömning", "Bild som vid ulcerös proktosigmoidit, PAD får bekräfta. Startar mesalazin redan nu i "
                        "samråd med pat."),
      ])],
    [["NL102", "n1"]], [],
    "'bild som vid ulcerös proktosigmoidit' pending PAD is a hedged diagnosis in a visible section")

C("d141-gastro-forenligt-med-barrett", "vgr", "19630211", "174", [
    N("n1", "Melior", "Gastroskopi", "sas_boras_endo", "Lena Ahlgren", "läkare",
      "2024-03-05T08:50", "2024-03-05T09:31", "öppenvård", [
          ("Fynd", "Laxrosa cylinderepitel ovan Z-linjen, Prag C2M4, inga noduli eller ulcerationer. "
                   "Hiatusbråck ca 2 cm."),
          ("Bedömning", "Förenligt med Barretts esofagus. Px enligt Seattle-protokollet skickade. "
                        "Fortsätter med omeprazol 40 mg."),
      ])],
    [["NL102", "n1"]], [],
    "'förenligt med Barretts esofagus' before histology is a hedged diagnosis, visible Bedömning")

C("d141-barn-gastro-trol-eosinofil-esofagit", "skane", "20140119", "712", [
    N("n1", "Melior", "Gastroskopi", "sus_lund_barn", "Sofia Berglund", "läkare",
      "2024-06-04T11:20", "2024-06-04T12:40", "öppenvård", [
          ("Aktuellt", "10-årig pojke med återkommande matfastnad, senast en köttbit som fick lösas på "
                       "barnakuten i mars."),
          ("Fynd", "Gastroskopi i narkos. Längsgående fåror och vitaktiga exsudatprickar i hela esofagus, "
                   "ringformad struktur i mellersta delen. Ventrikel och duodenum ua."),
          ("Bedömning", "Trol. eosinofil esofagit. Px tagna proximalt, mitt och distalt."),
      ])],
    [["NL102", "n1"]], [],
    "child under 13 (guardians read): 'trol. eosinofil esofagit' in a visible section of a Melior note")

C("d141-barn-misstankt-celiaki-scalloping", "vgr", "20171102", "046", [
    N("n1", "Melior", "Gastroskopi", "dsbus_endo", "Henrik Sjöberg", "läkare",
      "2024-09-17T09:05", "2024-09-17T09:58", "öppenvård", [
          ("Fynd", "Duodenum med tydlig scalloping och mosaikmönster i pars descendens, i övrigt normal "
                   "gastroskopi."),
          ("Bedömning", "Misstänkt celiaki. Sex px från pars descendens och två från bulben. Barnet ska "
                        "fortsätta äta gluten som vanligt tills svaret kommit."),
      ])],
    [["NL102", "n1"]], [],
    "'misstänkt celiaki' in a child's gastroscopy report, visible to the guardians")

C("d141-ercp-kolangiokarcinom-kan-ej-uteslutas", "skane", "19520630", "913", [
    N("n1", "Melior", "ERCP", "sus_lund_endo", "Erik Nordström", "läkare",
      "2024-01-24T14:10", None, "slutenvård", [
          ("Indikation", "Ikterus, bilirubin 210, MRCP med hilär striktur."),
          ("Åtgärd", "Selektiv kanylering av koledokus efter papillotomi. Kort stram striktur i hilus som "
                     "engagerar båda hepatikusgrenarna. Borstcytologi x 2. Plaststent 10 Fr x 12 cm in i "
                     "vänster sida med gott galldränage."),
          ("Bedömning", "Kolangiokarcinom kan ej uteslutas. Fortsatt handläggning via HPB-konferensen."),
      ])],
    [["NL102", "n1"]], [],
    "ERCP report: 'kolangiokarcinom kan ej uteslutas' is a hedged diagnosis, not a negation")

C("d141-bronk-susp-lungcancer-overlob", "vgr", "19561225", "381", [
    N("n1", "Melior", "Bronkoskopi", "su_sahl_lung", "Anna Karlsson", "läkare",
      "2024-02-27T10:00", "2024-02-27T11:15", "öppenvård", [
          ("Undersökning", "Flexibel bronkoskopi via munnen i lokalbedövning. Trachea och carina skarp. "
                           "Höger överlobsbronk ockluderas av en exofytisk, lättblödande tumör. Vänster sida "
                           "ua. Px x 5 och borstprov."),
          ("Bedömning", "Susp. lungcancer, skivepiteltyp? PAD och DT thorax/buk avvaktas före MDK."),
      ])],
    [["NL102", "n1"]], [],
    "bronchoscopy: 'susp. lungcancer' abbreviated hedge in visible Bedömning")

C("d141-ebus-sannolikt-sarkoidos", "skane", "19890408", "255", [
    N("n1", "Melior", "Bronkoskopi", "sus_lund_lung", "Petra Åkesson", "läkare",
      "2024-10-02T08:30", "2024-10-02T10:05", "öppenvård", [
          ("Undersökning", "EBUS-TBNA från station 7 och 11R, fyra passager vardera. BAL från mellanloben."),
          ("Bedömning", "Sannolikt sarkoidos givet symmetrisk hilusadenopati, erythema nodosum i anamnesen "
                        "och CD4/CD8-kvot 6,2 i BAL. Cytologin avvaktas."),
      ])],
    [["NL102", "n1"]], [],
    "EBUS/BAL note: 'sannolikt sarkoidos' is a hedged diagnosis in visible text")

C("d141-cysto-missankt-urotelial-cancer-typo", "vgr", "19441015", "497", [
    N("n1", "Melior", "Cystoskopi", "sas_boras_uro", "Mikael Strand", "läkare",
      "2024-03-19T13:40", "2024-03-19T14:00", "öppenvård", [
          ("Undersökning", "Flexibel cystoskopi i lokalbedövning. Uretra ua, prostata lätt förstorad. Vid "
                           "vänster uretärmynning en papillär tumör ca 2 cm, i övrigt blank slemhinna."),
          ("Bedömning", "Missänkt urotelial cancer. Anmäld för TURB, pat uppsatt på väntelistan."),
      ])],
    [["NL102", "n1"]], [],
    "typo case: 'Missänkt urotelial cancer' (misspelt hedge) after cystoscopy, still NL102")

C("d141-cysto-dd-cystit-eller-cis", "skane", "19510503", "628", [
    N("n1", "Melior", "Cystoskopi", "sus_malmo_uro", "Kristina Wallin", "läkare",
      "2024-04-23T09:15", "2024-04-23T09:50", "öppenvård", [
          ("Fynd", "Sammetsröd, oskarpt avgränsad slemhinna i blåsbotten och bakväggen. Ingen papillär "
                   "tumör."),
          ("Bedömning", "DD cystit efter BCG-instillationerna eller carcinoma in situ. Urincytologi skickad, "
                        "ny cystoskopi med px i narkos."),
      ])],
    [["NL102", "n1"]], [],
    "'DD ... carcinoma in situ' after cystoscopy: a differential diagnosis is a hedge, visible")

C("d141-kolo-oklart-om-adenom-eller-cancer", "vgr", "19580829", "319", [
    N("n1", "Melior", "Koloskopi", "skas_endo", "Jonas Bergh", "läkare",
      "2024-05-07T10:20", "2024-05-07T11:10", "öppenvård", [
          ("Fynd", "I sigmoideum vid 30 cm en 25 mm stor sessil polyp, Paris 0-Is med central nedsänkning. "
                   "Lyfter inte vid submukös injektion."),
          ("Bedömning", "Oklart om det rör sig om ett avancerat adenom eller en tidig cancer. Tuschmarkerat "
                        "distalt om lesionen, px tagna, ej snarad."),
      ])],
    [["NL102", "n1"]], [],
    "non-lifting polyp: 'oklart om det rör sig om ... tidig cancer' is a hedged diagnosis")

C("d141-gastro-trolgi-typo-helicobactergastrit", "skane", "19760112", "840", [
    N("n1", "Melior", "Gastroskopi", "ystad_endo", "Nils Hansson", "läkare",
      "2024-08-14T09:00", "2024-08-14T09:35", "öppenvård", [
          ("Fynd", "Nodulär, rodnad antrumslemhinna. Ventrikeln i övrigt ua. Bulben med några små "
                   "erosioner."),
          ("Bedömning", "Trolgi Helicobacter pylori-gastrit, ureastest taget och avläses i eftermiddag."),
      ])],
    [["NL102", "n1"]], [],
    "typo case: 'Trolgi Helicobacter pylori-gastrit' (misspelt 'trolig') while the urease test is pending")

C("d141-kolo-fragetecken-mikroskopisk-kolit", "vgr", "19570620", "563", [
    N("n1", "Melior", "Koloskopi", "nu_udd_endo", "Sara Lindholm", "läkare",
      "2024-02-06T12:45", "2024-02-06T13:30", "öppenvård", [
          ("Indikation", "Vattentunn diarré sedan fyra månader. Står på lansoprazol och sertralin."),
          ("Fynd", "Makroskopiskt helt normal koloslemhinna upp i terminala ileum."),
          ("Bedömning", "?Mikroskopisk kolit. Stegvisa px från höger och vänster kolon i separata burkar."),
      ])],
    [["NL102", "n1"]], [],
    "leading question mark '?Mikroskopisk kolit' is a hedge on a diagnosis")

C("d141-kolo-talar-for-ischemisk-kolit", "skane", "19400302", "137", [
    N("n1", "Melior", "Koloskopi", "kristianstad_endo", "Magnus Olofsson", "läkare",
      "2024-11-12T15:05", "2024-11-12T15:48", "slutenvård", [
          ("Fynd", "Skarpt avgränsat segment med ödem, blåaktig slemhinna och longitudinella ulcerationer "
                   "från 40 till 55 cm, rektum helt sparad."),
          ("Bedömning", "Utbredningen kring vänsterflexuren talar för ischemisk kolit. Konservativ behandling, "
                        "kirurgjouren underrättad."),
      ])],
    [["NL102", "n1"]], [],
    "'talar för ischemisk kolit' is an affirmative hedge (not 'talar emot')")

C("d141-kirurg-remiss-eus-fragestallning-pankreascancer", "vgr", "19550914", "472", [
    N("n1", "Melior", "Läkaranteckning", "kungalv_kir", "Ola Persson", "läkare",
      "2024-04-15T14:20", "2024-04-15T15:00", "öppenvård", [
          ("Aktuellt", "DT buk visar 2,5 cm hypodens process i pankreashuvudet, vidgad koledokus 14 mm. "
                       "Lätt ikterisk, i övrigt opåverkad."),
          ("Planering", "Remiss för EUS med finnålspunktion, frågeställning pankreascancer. Tid på "
                        "endoskopin 22/4."),
      ])],
    [["NL102", "n1"]], [],
    "referring surgeon: 'frågeställning pankreascancer' in the visible Planering is a hedged diagnosis")

C("d141-rektoskopi-sannolkt-stralproktit-typo", "skane", "19470708", "205", [
    N("n1", "Melior", "Koloskopi", "sus_malmo_endo", "Göran Thelin", "läkare",
      "2024-01-30T11:00", "2024-01-30T11:45", "öppenvård", [
          ("Anamnes", "Strålbehandlad för prostatacancer 2021. Färskt blod på toapappret sedan jul."),
          ("Fynd", "Rektum med multipla teleangiektasier och skör slemhinna distala 8 cm, kontaktblödning. "
                   "Ovanför ua till cekum."),
          ("Bedömning", "Sannolkt strålningsproktit. APC gjordes inte idag, ny tid för behandling."),
      ])],
    [["NL102", "n1"]], [],
    "typo case: 'Sannolkt strålningsproktit' (misspelt 'sannolikt'), hedged diagnosis visible")

C("d141-gastro-varicer-trol-okand-cirros", "vgr", "19660127", "684", [
    N("n1", "Melior", "Gastroskopi", "alingsas_endo", "Camilla Jonsson", "läkare",
      "2024-06-11T08:40", "2024-06-11T09:25", "öppenvård", [
          ("Fynd", "Esofagusvaricer grad II i distala tredjedelen utan röda tecken. Mosaikmönster i fundus "
                   "och corpus."),
          ("Bedömning", "Varicer och portal hypertensiv gastropati, trol. pga levercirros som inte varit "
                        "känd tidigare. Propranolol insätts, remiss till hepatologen."),
      ])],
    [["NL102", "n1"]], [],
    "varices confirmed, but the cause 'trol. ... levercirros' is a hedged new diagnosis")

C("d141-bronk-kan-rora-sig-om-tuberkulos", "vgr", "19920516", "358", [
    N("n1", "Melior", "Bronkoskopi", "nu_nal_lung", "Farid Haddad", "läkare",
      "2024-07-03T13:00", "2024-07-03T14:10", "slutenvård", [
          ("Fynd", "Rikligt med segt sekret från höger överlob, slemhinnan rodnad men ingen tumör."),
          ("Bedömning", "Med kavitet på DT och nattliga svettningar kan det röra sig om tuberkulos. BAL till "
                        "direktmikroskopi, odling och PCR. Vårdas på isoleringsrum tills vidare."),
      ])],
    [["NL102", "n1"]], [],
    "'kan det röra sig om tuberkulos' after bronchoscopy is a hedged diagnosis in visible text")

C("d141-lang-koloskopi-stenos-malignitetsmisstankt", "skane", "19530418", "726", [
    N("n1", "Melior", "Koloskopi", "hbg_endo", "Elin Forsberg", "läkare",
      "2024-09-24T08:15", "2024-09-24T09:40", "öppenvård", [
          ("Indikation", "SVF tjock- och ändtarmscancer: blod i avföringen sedan sommaren, Hb 104, "
                         "F-Hb positivt x 2, viktnedgång 4 kg."),
          ("Förberedelse", "Moviprep dagen före och undersökningsdagens morgon. Tarmrening Boston 2+3+3, "
                           "dvs godtagbar trots rester i höger kolon."),
          ("Sedering", "Midazolam 2,5 mg och fentanyl 50 mikrog iv. Sat 96–99 % på 2 l O2, puls 70–88, "
                       "BT stabilt kring 135/80. Inga sederingsproblem."),
          ("Undersökning", "Digitalpalpation ua, inga palpabla resistenser. Instrumentet förs under "
                           "god sikt genom rektum som är helt normal med regelbunden kärlteckning. I "
                           "sigmoideum enstaka divertiklar utan inflammation. Vid 22 cm en cirkulär, "
                           "stenoserande process med skör, lättblödande yta, malignitetsmisstänkt. "
                           "Standardkoloskopet passerar inte, byte till pediatriskt koloskop som går "
                           "igenom med visst motstånd. Ovanför stenosen rester av avföring men i övrigt "
                           "normal slemhinna genom descendens, transversum och ascendens. Cekum "
                           "identifieras med appendixostium och ileocekalvalveln. Terminala ileum ua."),
          ("Åtgärd", "Px x 8 från processen. Tuschmarkering distalt om stenosen i tre kvadranter. Två "
                     "små polyper (3 och 4 mm) i transversum avlägsnade med kall slynga."),
          ("Komplikationer", "Inga. Lätt blödning från biopsiställena som upphörde spontant."),
          ("Planering", "DT thorax-buk beställt, MR lilla bäckenet behövs ej då processen sitter i "
                        "sigmoideum. Anmäld till kolorektal MDK v. 41. Kontaktsjuksköterska "
                        "Helena tar kontakt inom två dagar."),
          ("Övrigt", "Hemgång med dottern efter 45 minuter på uppvaket, körförbud till i morgon."),
      ])],
    [["NL102", "n1"]], [],
    "long multi-section colonoscopy report where one telegraphic line calls the stenosis malignitetsmisstänkt")

C("d141-eus-misstank-typo-sidogrens-ipmn", "vgr", "19610905", "149", [
    N("n1", "Melior", "Endoskopi", "su_sahl_endo", "Tobias Wikman", "läkare",
      "2024-10-15T09:30", "2024-10-15T10:25", "öppenvård", [
          ("Undersökning", "EUS från ventrikel och duodenum. 18 mm multicystisk förändring i "
                           "pankreashuvudet med tydlig kommunikation till en sidogren, huvudgången 3 mm. "
                           "Inga murala noduli."),
          ("Bedömning", "Misstänk sidogrens-IPMN utan högriskstigmata. Cystvätska tagen för CEA och "
                        "glukos."),
      ])],
    [["NL102", "n1"]], [],
    "typo case: 'Misstänk sidogrens-IPMN' (dropped t) after EUS is still a hedged diagnosis")

C("d141-ssk-omvardnad-inger-misstanke-esofaguscancer", "vgr", "19501130", "537", [
    N("n1", "Melior", "Omvårdnadsanteckning", "nu_nal_endo", "Jessica Moberg", "sjuksköterska",
      "2024-03-26T11:40", "2024-03-26T12:05", "öppenvård", [
          ("Omvårdnad", "Pat väl sederad, saturation 95–98 % under undersökningen. Dr Holmgren bedömer att "
                        "fynden inger misstanke om cancer i matstrupen och ordnar remiss. Vilar på "
                        "uppvaket, hämtas av sonen kl 14."),
      ])],
    [["NL102", "n1"]], [],
    "endoscopy nurse relays the doctor's 'inger misstanke om cancer i matstrupen' in a visible nursing note")

C("d141-tel-valgrundad-misstanke-tarmcancer-svf", "skane", "19590223", "418", [
    N("n1", "Melior", "Telefonanteckning", "trelleborg_med", "Emma Kjellberg", "läkare",
      "2024-05-02T10:10", "2024-05-02T10:25", "öppenvård", [
          ("Telefonkontakt", "Ringt pat angående positivt FIT och nytillkommen järnbrist. Välgrundad "
                             "misstanke om tjock- och ändtarmscancer enligt SVF, koloskopi bokad inom en vecka. "
                             "Pat har fått instruktioner om tarmförberedelsen."),
      ])],
    [["NL102", "n1"]], [],
    "SVF wording 'välgrundad misstanke om tjock- och ändtarmscancer' in a visible phone note")

C("d141-utkast-gastro-dd-malt-lymfom", "vgr", "19691009", "274", [
    N("n1", "Melior", "Gastroskopi", "skas_endo", "Jonas Bergh", "läkare",
      "2024-08-27T14:00", None, "öppenvård", [
          ("Fynd", "Kraftigt förtjockade, stela veck i corpus och fundus, luftinsufflation vidgar dåligt."),
          ("Bedömning", "DD MALT-lymfom eller diffus ventrikelcancer. Djupa px med jumbotång."),
      ])],
    [["NL102", "n1"]], [],
    "unsigned draft (pre-signing): 'DD MALT-lymfom' hedge in a section that will be visible")

C("d141-epikris-trol-post-ercp-pankreatit", "skane", "19620314", "951", [
    N("n1", "Melior", "Epikris", "sus_lund_kir", "Karl Möller", "läkare",
      "2024-06-10T15:30", "2024-06-10T16:10", "slutenvård", [
          ("Epikris", "62-årig man inlagd för koledokolitiasis. ERCP 5/6 med papillotomi och extraktion av "
                      "två konkrement. Dygnet efter buksmärta och lipas 1350, trol. post-ERCP-pankreatit. "
                      "Förbättrad på vätska och analgetika, hem dag 4."),
      ])],
    [["NL102", "n1"]], [],
    "discharge summary after ERCP: 'trol. post-ERCP-pankreatit' hedged complication diagnosis")

C("d141-kolo-inger-misstake-typo-uc", "vgr", "19990118", "602", [
    N("n1", "Melior", "Koloskopi", "kungalv_endo", "Oskar Fält", "läkare",
      "2024-02-20T09:10", "2024-02-20T09:55", "öppenvård", [
          ("Fynd", "Diffus, kontinuerlig inflammation från rektum till mitten av transversum, granulerad "
                   "slemhinna och försvunnen kärlteckning."),
          ("Bedömning", "Inger misstake om ulcerös kolit med utbredning till transversum. Px x 2 från varje "
                        "segment."),
      ])],
    [["NL102", "n1"]], [],
    "typo case: 'inger misstake om ulcerös kolit' (misspelt 'misstanke'), hedged, visible")

C("d141-efter-ligatur-mojlig-aspirationspneumoni", "skane", "19380806", "423", [
    N("n1", "Melior", "Läkaranteckning", "landskrona_endo", "Linnea Sandberg", "läkare",
      "2024-07-16T16:20", "2024-07-16T16:55", "slutenvård", [
          ("Aktuellt", "Dagen efter gastroskopi med varicesligatur hosta, feber 38,9 och CRP 145. "
                       "Lungröntgen: infiltrat i höger underlob."),
          ("Bedömning", "Möjlig aspirationspneumoni efter sederingen. Insätter piperacillin/tazobaktam iv."),
      ])],
    [["NL102", "n1"]], [],
    "'möjlig aspirationspneumoni' after a sedated procedure is a hedged diagnosis, visible")

C("d141-gastro-kan-inte-utesluta-linitis-plastica", "skane", "19720528", "386", [
    N("n1", "Melior", "Gastroskopi", "kristianstad_endo", "Magnus Olofsson", "läkare",
      "2024-03-12T10:45", "2024-03-12T11:20", "öppenvård", [
          ("Fynd", "Corpus stel och distenderas dåligt trots rikligt med luft, slemhinnan makroskopiskt intakt."),
          ("Bedömning", "Kan inte utesluta linitis plastica. Djupa stegvisa px samt DT buk beställt."),
      ])],
    [["NL102", "n1"]], [],
    "'kan inte utesluta linitis plastica' — the 'cannot exclude' hedge, not a negation")

C("d141-inga-tecken-barrett-men-misstankt-candida", "skane", "19810910", "517", [
    N("n1", "Melior", "Gastroskopi", "hassleholm_endo", "Viktor Holmberg", "läkare",
      "2024-10-22T08:20", "2024-10-22T08:50", "öppenvård", [
          ("Fynd", "Vita, fastsittande plack i hela esofagus. Z-linjen regelbunden vid 40 cm."),
          ("Bedömning", "Inga tecken på Barretts esofagus. Misstänkt candidaesofagit, borstprov till "
                        "svampodling."),
      ])],
    [["NL102", "n1"]], [],
    "a negated diagnosis (Barrett) next to a hedged one (candidaesofagit): the hedged one still fires")

C("d141-vgr-th-sokord-finns-men-trolig-aven-i-bedomning", "vgr", "19540403", "088", [
    N("n1", "Melior", "Gastroskopi", "su_ostra_endo", "Petter Alm", "läkare",
      "2024-04-30T13:30", "2024-04-30T14:20", "öppenvård", [
          ("Fynd", "Ulcererad, upphöjd förändring i cardia ca 2 cm, px x 6."),
          ("Tidiga hypoteser", "Bilden talar starkt för adenocarcinom i cardia, pat ännu ej informerad om "
                               "detta."),
          ("Bedömning", "Trolig cardiacancer. Remiss enligt SVF matstrupe och magsäck skickad."),
      ])],
    [["NL102", "n1"]], [],
    "VGR note uses the Tidiga hypoteser sökord, but the hedge 'trolig cardiacancer' is repeated in visible Bedömning")

C("d141-skane-th-mall-plus-synlig-anteckning-susp-pankreas", "skane", "19570111", "640", [
    N("n1", "Melior", "Tidiga hypoteser", "sus_lund_endo", "Hanna Lundgren", "läkare",
      "2024-09-03T11:00", "2024-09-03T11:10", "öppenvård", [
          ("Bedömning", "Susp. pankreascancer utifrån DT med dubbelgångstecken, pat inte informerad om "
                        "misstanken."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "sus_lund_endo", "Hanna Lundgren", "läkare",
      "2024-09-03T11:15", "2024-09-03T11:30", "öppenvård", [
          ("Planering", "EUS med FNA bokas v. 37 pga susp. pankreascancer. Pat kallas per brev."),
      ])],
    [["NL102", "n2"]], [["NL102", "n1"]],
    "Skåne: hedge in the Tidiga hypoteser template is protected (n1), but the ordinary note n2 repeats it")

C("d141-diagnos-sokord-crohn-fragetecken", "skane", "20020827", "195", [
    N("n1", "Melior", "Läkaranteckning", "hbg_gastro", "Ahmed Rashid", "läkare",
      "2024-05-28T14:40", "2024-05-28T15:05", "öppenvård", [
          ("Diagnos", "Crohns sjukdom i terminala ileum?"),
          ("Planering", "MR tunntarm och återbesök efter PAD."),
      ])],
    [["NL102", "n1"]], [],
    "trailing question mark on a diagnosis in the Diagnos sökord is a hedge")

C("d141-gastro-forenlig-typo-med-celiaki-vuxen", "vgr", "19860619", "723", [
    N("n1", "Melior", "Gastroskopi", "nu_udd_endo", "Sara Lindholm", "läkare",
      "2024-11-05T10:00", "2024-11-05T10:30", "öppenvård", [
          ("Fynd", "Avplanade veck och tydlig scalloping i pars descendens."),
          ("Bedömning", "Makroskopiskt förnlig med celiaki, tTG-IgA 88. Px x 6 för att bekräfta."),
      ])],
    [["NL102", "n1"]], [],
    "typo case: 'förnlig med celiaki' (misspelt 'förenlig') before histology is a hedged diagnosis")

# ---------------------------------------------------------------------------
# NL102 — hard negatives
# ---------------------------------------------------------------------------

C("d141-ulcus-ej-malignitetsmisstankt-forrest-iii", "skane", "19590430", "281", [
    N("n1", "Melior", "Gastroskopi", "hassleholm_endo", "Viktor Holmberg", "läkare",
      "2024-02-01T09:20", "2024-02-01T09:55", "öppenvård", [
          ("Fynd", "Ulcus ventriculi ca 1,5 cm på angulus med rent fibrinbelagd botten, Forrest III. Jämna "
                   "kanter, ej malignitetsmisstänkt. Px från kanten enligt rutin."),
          ("Planering", "PPI dubbeldos i 8 veckor, kontrollgastroskopi därefter."),
      ])],
    [], [["NL102", "n1"]],
    "'ej malignitetsmisstänkt' negates the cancer suspicion; the ulcer itself is a confirmed diagnosis")

C("d141-forrest-iia-bekraftat-ulcus-duodeni", "vgr", "19450213", "367", [
    N("n1", "Melior", "Gastroskopi", "su_sahl_endo", "Tobias Wikman", "läkare",
      "2024-01-14T02:35", "2024-01-14T03:30", "slutenvård", [
          ("Indikation", "Melena och Hb-fall från 128 till 84, inkommen via akuten i natt."),
          ("Åtgärd", "Ulcus duodeni på bulbens bakvägg, 12 mm, Forrest IIa med synligt kärl. Adrenalin "
                     "1:10 000 8 ml runt kärlet och två hemoklips. Ingen pågående blödning vid avslut."),
          ("Ordination", "Pantoprazolinfusion 72 h, fasta till i morgon bitti."),
      ])],
    [], [["NL102", "n1"]],
    "Forrest classification of a seen bleeding ulcer is a confirmed diagnosis, no hedge")

C("d141-pad-tubulart-adenom-bekraftat", "skane", "19680725", "154", [
    N("n1", "Melior", "Provsvarsanteckning", "landskrona_endo", "Anders Wikström", "läkare",
      "2024-03-28T13:10", "2024-03-28T13:20", "öppenvård", [
          ("PAD", "Polyp från colon transversum: tubulärt adenom med låggradig dysplasi, radikalt avlägsnad."),
          ("Planering", "Låg-risk-fynd, ingen ny koloskopi behövs enligt riktlinjerna. Brev till pat."),
      ])],
    [], [["NL102", "n1"]],
    "PAD answer note: histology-confirmed adenoma, nothing hedged")

C("d141-kolo-ingen-misstanke-om-ibd", "vgr", "19940305", "416", [
    N("n1", "Melior", "Koloskopi", "nu_udd_endo", "Elias Norén", "läkare",
      "2024-06-18T12:30", "2024-06-18T13:10", "öppenvård", [
          ("Indikation", "Buksmärtor och växlande avföringsvanor, F-calprotektin 62."),
          ("Utlåtande", "Normal koloskopi till terminala ileum. Ingen misstanke om IBD. Rutinpx tagna från "
                        "ileum och kolon."),
          ("Planering", "Åter till remittenten."),
      ])],
    [], [["NL102", "n1"]],
    "'ingen misstanke om IBD' is a negated diagnosis")

C("d141-barn-pad-celiaki-uteslutes", "skane", "20150208", "938", [
    N("n1", "Melior", "Provsvarsanteckning", "hbg_barn", "Malin Ek", "läkare",
      "2024-04-02T15:00", "2024-04-02T15:15", "öppenvård", [
          ("Bedömning", "Celiaki uteslutes: normala villi i samtliga sex px och transglutaminas-ak under "
                        "gränsvärdet trots normalt glutenintag."),
          ("Planering", "Fortsatt utredning av buksmärtorna via barnmottagningen, föräldrarna får brev."),
      ])],
    [], [["NL102", "n1"]],
    "child's PAD note: 'celiaki uteslutes' rules the diagnosis out")

C("d141-kolo-rektumsparing-talar-emot-uc", "vgr", "19880421", "532", [
    N("n1", "Melior", "Koloskopi", "skas_endo", "Ida Hermansson", "läkare",
      "2024-07-09T09:40", None, "öppenvård", [
          ("Fynd", "Fläckvis lätt rodnad i colon ascendens, helt normal rektum och sigmoideum."),
          ("Bedömning", "Rektumsparingen talar emot ulcerös kolit. Förändringarna är lindriga och "
                        "ospecifika, px tagna för säkerhets skull."),
      ])],
    [], [["NL102", "n1"]],
    "'talar emot ulcerös kolit' is a negating phrase, not the hedge 'talar för'")

C("d141-misstanke-kolangiokarcinom-avskrivs", "skane", "19490611", "879", [
    N("n1", "Melior", "Läkaranteckning", "sus_lund_endo", "Hanna Lundgren", "läkare",
      "2024-08-20T10:30", "2024-08-20T11:00", "öppenvård", [
          ("Bedömning", "Misstanken om kolangiokarcinom avskrivs. Borstcytologin visade endast reaktiva "
                        "förändringar, IgG4 är förhöjt och strikturen har gått i regress på prednisolon. "
                        "Diagnosen IgG4-relaterad kolangit står sig."),
          ("Planering", "Stentbyte om 3 mån, nedtrappning av kortison enligt schema."),
      ])],
    [], [["NL102", "n1"]],
    "'misstanken ... avskrivs' withdraws the suspicion; remaining diagnosis is stated firmly")

C("d141-hereditet-fader-trolig-tarmcancer", "vgr", "19790903", "641", [
    N("n1", "Melior", "Koloskopi", "sas_boras_endo", "Lena Ahlgren", "läkare",
      "2024-10-08T08:00", "2024-10-08T08:45", "öppenvård", [
          ("Anamnes", "Hereditet: fadern opererades för trolig tjocktarmscancer i 50-årsåldern, journaler "
                      "saknas. Farbror misstänkt Lynch syndrom men aldrig testad."),
          ("Utlåtande", "Normal koloskopi till cekum, bra tarmrening. Inga polyper."),
          ("Planering", "Ny koloskopi om 5 år på grund av hereditet."),
      ])],
    [], [["NL102", "n1"]],
    "hedged diagnoses belong to the father and uncle, not the patient")

C("d141-anhorig-pa-uppvaket-dotter-misstankt-celiaki", "skane", "19730114", "308", [
    N("n1", "Melior", "Omvårdnadsanteckning", "ystad_endo", "Therese Nyberg", "sjuksköterska",
      "2024-05-15T11:30", "2024-05-15T11:45", "öppenvård", [
          ("Omvårdnad", "Maken som hämtade pat berättade att deras dotter utreds för misstänkt celiaki på "
                        "barnkliniken. Pat själv pigg efter gastroskopin, druckit kaffe och gått på toa. "
                        "Hemgång 11.40."),
      ])],
    [], [["NL102", "n1"]],
    "relative in the recovery room mentions the daughter's suspected coeliac disease — not the patient's")

C("d141-plan-ev-ny-koloskopi-trolig-hemgang", "vgr", "19650702", "259", [
    N("n1", "Melior", "Koloskopi", "kungalv_endo", "Oskar Fält", "läkare",
      "2024-03-14T10:15", "2024-03-14T10:50", "öppenvård", [
          ("Fynd", "Två små polyper (4 och 6 mm) i sigmoideum, kallsnarade och tillvaratagna."),
          ("Planering", "Ev. ny koloskopi om 3 år beroende på PAD. Trolig hemgång efter en timme på "
                        "uppvaket, körförbud resten av dagen."),
      ])],
    [], [["NL102", "n1"]],
    "hedges attach to plans (ev. ny koloskopi, trolig hemgång), not to a diagnosis")

C("d141-ssk-blodning-trol-fran-biopsistallet", "skane", "19711221", "476", [
    N("n1", "Melior", "Omvårdnadsanteckning", "sus_malmo_endo", "Rebecka Lund", "sjuksköterska",
      "2024-06-25T14:10", "2024-06-25T14:30", "öppenvård", [
          ("Omvårdnad", "Lite färskt blod i första avföringen på uppvaket, trol. från biopsistället. Stabil "
                        "puls och BT, avstannat spontant. Pat vet att hon ska höra av sig om det blöder mer."),
      ])],
    [], [["NL102", "n1"]],
    "'trol. från biopsistället' hedges the source of a small bleed, which is no diagnosis")

C("d141-cekum-ej-nadd-trol-slingrigt-sigmoideum", "vgr", "19600607", "734", [
    N("n1", "Melior", "Koloskopi", "alingsas_endo", "Camilla Jonsson", "läkare",
      "2024-09-10T13:00", "2024-09-10T13:50", "öppenvård", [
          ("Fynd", "Cekum nås ej, trol. p.g.a. slingrigt sigmoideum och kvarvarande avföring. Undersökt till "
                   "hepatiska flexuren utan anmärkning."),
          ("Planering", "DT-kolografi beställd som komplement."),
      ])],
    [], [["NL102", "n1"]],
    "'trol.' explains an incomplete examination (anatomy, bowel prep), no diagnosis hedged")

C("d141-ercp-villkor-kolangit-sok-akut", "skane", "19580131", "562", [
    N("n1", "Melior", "ERCP", "sus_lund_endo", "Erik Nordström", "läkare",
      "2024-04-17T13:20", "2024-04-17T14:05", "öppenvård", [
          ("Åtgärd", "Benign anastomosstriktur efter levertransplantation, planerat byte av plaststent i "
                     "koledokus. Fri passage av galla och kontrast efteråt."),
          ("Information", "Vid feber, frossa eller gulfärgning de närmaste dagarna kan det röra sig om kolangit – "
                          "sök då direkt till akuten. Får äta från i kväll om buken är lugn."),
      ])],
    [], [["NL102", "n1"]],
    "conditional safety-net advice ('vid feber ... kan det röra sig om kolangit') is hypothetical, not a hedged diagnosis")

C("d141-emr-villkor-perforation-kan-uteslutas", "vgr", "19530817", "605", [
    N("n1", "Melior", "Koloskopi", "su_ostra_endo", "Petter Alm", "läkare",
      "2024-05-23T09:00", "2024-05-23T10:35", "öppenvård", [
          ("Åtgärd", "EMR av 30 mm granulärt LST i colon ascendens i två delar, defekten försluts med fem "
                     "klips."),
          ("Information till pat", "Om tilltagande buksmärta, feber eller svart avföring första dygnen – sök "
                                   "akut så att perforation eller efterblödning kan uteslutas."),
      ])],
    [], [["NL102", "n1"]],
    "post-EMR instructions: perforation is mentioned only conditionally")

C("d141-skane-th-mall-misstankt-diffus-ventrikelcancer", "skane", "19610419", "837", [
    N("n1", "Melior", "Tidiga hypoteser", "kristianstad_endo", "Magnus Olofsson", "läkare",
      "2024-02-20T11:40", "2024-02-20T11:50", "öppenvård", [
          ("Bedömning", "Misstänkt diffus ventrikelcancer efter dagens gastroskopi, pat ännu ej informerad. "
                        "Besked när PAD föreligger."),
      ])],
    [], [["NL102", "n1"], ["NL101", "n1"]],
    "Skåne: hedged and untold cancer kept in the Tidiga hypoteser template is protected")

C("d141-vgr-th-sokord-eus-pankreascancer", "vgr", "19520722", "514", [
    N("n1", "Melior", "Endoskopi", "su_sahl_endo", "Tobias Wikman", "läkare",
      "2024-07-02T10:10", "2024-07-02T11:00", "öppenvård", [
          ("Undersökning", "EUS från duodenum och ventrikel. 22 mm hypoekogen, oskarpt avgränsad förändring "
                           "i pankreashuvudet, FNA x 3 passager med 22G-nål."),
          ("Tidiga hypoteser", "Bilden inger stark misstanke om pankreascancer men cytologin avvaktas innan "
                               "pat informeras."),
          ("Planering", "Cytologisvaret väntas inom en vecka och tas upp på HPB-ronden."),
      ])],
    [], [["NL102", "n1"], ["NL101", "n1"]],
    "VGR: hedge and 'not yet informed' sit only under the Tidiga hypoteser sökord")

C("d141-pmo-vc-misstankt-koloncancer-svf", "skane", "19521008", "390", [
    N("n1", "PMO", "Besöksanteckning", "vc_eslov", "Ulrika Berg", "läkare",
      "2024-01-18T10:40", "2024-01-18T11:05", "öppenvård", [
          ("Bedömning", "Järnbristanemi och positivt F-Hb hos 71-åring, misstänkt koloncancer. Remiss "
                        "koloskopi enligt SVF."),
      ])],
    [], [["NL102", "n1"]],
    "referring GP writes the hedged diagnosis in PMO, which never shows diagnoses")

C("d141-pmo-barn-trol-celiaki-remiss-gastroskopi", "skane", "20160526", "667", [
    N("n1", "PMO", "Besöksanteckning", "vc_skurup", "Jakob Lindahl", "läkare",
      "2024-03-07T14:15", "2024-03-07T14:40", "öppenvård", [
          ("Bedömning", "Trol. celiaki med tTG-IgA över 10 ggr övre referensgränsen. Remiss till "
                        "barnmottagningen för ställningstagande till gastroskopi."),
      ])],
    [], [["NL102", "n1"]],
    "child, PMO primary care note: hedged coeliac disease is not shown in PMO")

C("d141-pmo-hemsjukvard-peg-trol-candida", "skane", "19360914", "243", [
    N("n1", "PMO", "Hemsjukvårdsanteckning", "hsv_hoor", "Karin Söderberg", "sjuksköterska",
      "2024-08-08T09:30", "2024-08-08T09:45", "öppenvård", [
          ("Omvårdnad", "Rodnad och fuktig hud runt PEG:en, trol. candidainfektion. Daktacort enligt "
                        "läkarordination, ny kontroll på torsdag."),
      ])],
    [], [["NL102", "n1"]],
    "home-care PMO note with a hedged skin infection around the PEG: PMO, so must_not")

C("d141-diagnos-uc-pankolit-ev-biologiskt", "vgr", "19910227", "358", [
    N("n1", "Melior", "Mottagningsanteckning", "sas_boras_gastro", "Johanna Fredriksson", "läkare",
      "2024-09-19T13:00", "2024-09-19T13:40", "öppenvård", [
          ("Diagnos", "K51.0 Ulcerös pankolit"),
          ("Bedömning", "Skov trots optimerad mesalazin och azatioprin, sigmoideoskopi i förra veckan Mayo 3. "
                        "Ev. biologiskt läkemedel, diskuteras på IBD-konferensen."),
      ])],
    [], [["NL102", "n1"]],
    "confirmed coded diagnosis; 'ev.' hedges a treatment option only")

C("d141-inga-tekcen-typo-pa-varicer-screening", "skane", "19640330", "691", [
    N("n1", "Melior", "Gastroskopi", "landskrona_endo", "Anders Wikström", "läkare",
      "2024-10-29T08:30", "2024-10-29T08:55", "öppenvård", [
          ("Indikation", "Känd alkoholrelaterad levercirros Child-Pugh A, varicesscreening."),
          ("Fynd", "Inga tekcen på esofagusvaricer eller portal hypertensiv gastropati. Z-linjen "
                   "regelbunden."),
          ("Planering", "Ny screening om 2 år."),
      ])],
    [], [["NL102", "n1"]],
    "typo case: 'Inga tekcen på esofagusvaricer' still negates; the cirrhosis is known and confirmed")

C("d141-ingen-missanke-typo-bulbulcus", "vgr", "19830612", "827", [
    N("n1", "Melior", "Gastroskopi", "nu_udd_endo", "Elias Norén", "läkare",
      "2024-04-24T11:00", "2024-04-24T11:25", "öppenvård", [
          ("Fynd", "Litet rent ulcus i bulben, Forrest III. Ingen missanke om malignitet."),
      ])],
    [], [["NL102", "n1"]],
    "typo case: negation 'Ingen missanke om malignitet' (misspelt) still negates")

C("d141-malignitet-kan-med-sakerhet-uteslutas", "skane", "19770504", "115", [
    N("n1", "Melior", "Koloskopi", "hassleholm_endo", "Sanna Göransson", "läkare",
      "2024-06-13T10:00", "2024-06-13T10:40", "öppenvård", [
          ("Fynd", "Polyp i rektum, 4 mm, NICE 1, avlägsnad med kall tång. Resten av kolon ua."),
          ("Bedömning", "Malignitet kan med stor säkerhet uteslutas. Ingen uppföljning behövs."),
      ])],
    [], [["NL102", "n1"]],
    "'kan ... uteslutas' (positive exclusion) is the opposite of 'kan ej uteslutas'")

C("d141-fragetecken-pa-kontrollintervall", "vgr", "19580402", "452", [
    N("n1", "Melior", "Koloskopi", "sas_boras_endo", "Mats Ekström", "läkare",
      "2024-11-19T09:30", "2024-11-19T10:15", "öppenvård", [
          ("Fynd", "Tre polyper 5–8 mm i sigmoideum och descendens, kallsnarade och tillvaratagna."),
          ("Planering", "Uppföljande koloskopi – 3 eller 5 år? Beslutas när PAD kommit."),
      ])],
    [], [["NL102", "n1"]],
    "question mark on the surveillance interval, not on a diagnosis")

C("d141-ssk-bukspand-sannolikt-luft", "skane", "19850317", "234", [
    N("n1", "Melior", "Omvårdnadsanteckning", "trelleborg_med", "Amira Hodzic", "sjuksköterska",
      "2024-02-08T14:50", "2024-02-08T15:05", "öppenvård", [
          ("Omvårdnad", "Bukspänd och obekväm efter koloskopin, sannolikt luft. Fick gå runt i korridoren "
                        "och släppte väder, mår bättre. Hemgång med maken kl 15."),
      ])],
    [], [["NL102", "n1"]],
    "'sannolikt luft' hedges the cause of a symptom, not a diagnosis")

C("d141-lang-koloskopi-negationer-och-planer", "vgr", "19560808", "176", [
    N("n1", "Melior", "Koloskopi", "su_sahl_endo", "Maria Lindqvist", "läkare",
      "2024-08-06T08:10", "2024-08-06T09:20", "öppenvård", [
          ("Indikation", "Ändrade avföringsvanor sedan i våras, lös avföring 3–4 ggr/dag. Hb 132, "
                         "F-calprotektin 110, FIT negativt. Mor med tjocktarmscancer vid 74 års ålder."),
          ("Förberedelse", "Plenvu delad dos. Boston 3+3+3."),
          ("Sedering", "Midazolam 2 mg iv, ingen opioid. Sat 97 % utan syrgas genom hela undersökningen."),
          ("Undersökning", "Digitalpalpation ua. Rektum med normal kärlteckning och blank slemhinna. I "
                           "sigmoideum ett tiotal divertiklar, alla lugna utan tecken till inflammation "
                           "eller blödning. Descendens, transversum och ascendens med normal slemhinna. "
                           "Cekum nås på 6 minuter, appendixostiet och valveln väl visualiserade. "
                           "Terminala ileum intuberas 15 cm, normala villi och inga sår. Utdragningstid "
                           "11 minuter."),
          ("Åtgärd", "Rutinpx från ileum, höger och vänster kolon för att utesluta mikroskopisk orsak."),
          ("Utlåtande", "Divertikulos i sigmoideum. Ingen misstanke om inflammatorisk tarmsjukdom och inga "
                        "tecken på neoplasi. Inga polyper."),
          ("Planering", "Svar på px går till remittenten. Ev. prova fiberpreparat om px är normala. På "
                        "grund av moderns sjukdom efter 74 års ålder behövs ingen särskild "
                        "screeningkoloskopi."),
          ("Uppvak", "Pigg efter 30 min, hemgång med taxi."),
      ])],
    [], [["NL102", "n1"]],
    "long colonoscopy chart with only confirmed, negated, family and plan mentions; nothing hedged about the patient")

C("d141-bronk-ingen-misstake-typo-talar-ej-for-sarkoidos", "skane", "19750926", "483", [
    N("n1", "Melior", "Bronkoskopi", "sus_lund_lung", "Petra Åkesson", "läkare",
      "2024-03-21T09:00", "2024-03-21T09:50", "öppenvård", [
          ("Bronkoskopi", "Normal anatomi ner till subsegmentnivå. Inget endobronkiellt växande."),
          ("Bedömning", "Ingen misstake om tumör i de synliga luftvägarna. BAL-celldifferentieringen talar "
                        "ej för sarkoidos."),
      ])],
    [], [["NL102", "n1"]],
    "typo case: two negated hedges, 'Ingen misstake om tumör' (misspelt) and 'talar ej för sarkoidos'")

C("d141-tidigare-rektalcancer-kontroll-recidivfri", "vgr", "19511204", "728", [
    N("n1", "Melior", "Koloskopi", "skas_endo", "Ida Hermansson", "läkare",
      "2024-12-03T10:30", "2024-12-03T11:10", "öppenvård", [
          ("Anamnes", "Opererad med låg främre resektion för rektalcancer 2019, avslutad onkologisk "
                      "uppföljning."),
          ("Fynd", "Anastomosen vid 8 cm lugn. Inga recidivtecken, inga polyper."),
      ])],
    [], [["NL102", "n1"]],
    "past confirmed rectal cancer and negated recurrence, nothing hedged")

C("d141-differentialdiagnos-crohn-har-avskrivits", "skane", "19960115", "371", [
    N("n1", "Melior", "Mottagningsanteckning", "hbg_gastro", "Elin Forsberg", "läkare",
      "2024-07-23T13:20", "2024-07-23T13:55", "öppenvård", [
          ("Bedömning", "Crohn var tidigare en differentialdiagnos men har avskrivits efter normal "
                        "kapselendoskopi och MR tunntarm. Diagnosen är IBS med diarré."),
          ("Planering", "FODMAP-skola via dietist, återbesök vid behov."),
      ])],
    [], [["NL102", "n1"]],
    "'differentialdiagnos' appears but the same sentence says it has been 'avskrivits'")

C("d141-cysto-inga-misstankta-forandringar", "vgr", "19670320", "936", [
    N("n1", "Melior", "Cystoskopi", "nu_udd_uro", "Per-Olof Dahl", "läkare",
      "2024-05-14T14:00", "2024-05-14T14:20", "öppenvård", [
          ("Undersökning", "Cystoskopi i lokalbedövning pga mikroskopisk hematuri. Uretra och blåshals ua. "
                           "Inga misstänkta förändringar i blåsan, klar urin från båda uretärmynningarna."),
          ("Bedömning", "Normal cystoskopi. DT-urografin var också ua, utredningen avslutas."),
      ])],
    [], [["NL102", "n1"]],
    "'inga misstänkta förändringar' — the word misstänkt under negation, normal cystoscopy")

C("d141-pad-forenligt-med-normal-slemhinna", "skane", "19800719", "504", [
    N("n1", "Melior", "Provsvarsanteckning", "ystad_endo", "Nils Hansson", "läkare",
      "2024-08-29T11:30", "2024-08-29T11:40", "öppenvård", [
          ("PAD", "Antrum och corpus: fynd förenliga med normal ventrikelslemhinna, Helicobacter ej påvisad."),
          ("Planering", "Svarsbrev skickat, ingen ytterligare åtgärd."),
      ])],
    [], [["NL102", "n1"]],
    "'förenliga med normal ventrikelslemhinna' — the hedge word attaches to a normal finding, not a disease")


# ---------------------------------------------------------------------------
# NL101 — diagnosis visible while the patient is not (yet) told (positives)
# ---------------------------------------------------------------------------

C("d141-pad-adenokarcinom-sigmoideum-ej-informerad", "vgr", "19540926", "117", [
    N("n1", "Melior", "Provsvarsanteckning", "skas_endo", "Jonas Bergh", "läkare",
      "2024-05-08T13:30", "2024-05-08T13:45", "öppenvård", [
          ("PAD", "Sigmoideum 30 cm: adenokarcinom, måttligt differentierat, MMR-proteiner bevarade."),
          ("Planering", "Pat ej informerad ännu – besked ges av kolorektalkirurg vid besöket 14/5. DT "
                        "thorax-buk beställd."),
      ])],
    [["NL101", "n1"]], [],
    "PAD answer note with adenocarcinoma in a visible section and 'pat ej informerad ännu'")

C("d141-sederad-ulcus-forrest-ib-ej-informerad", "skane", "19430519", "249", [
    N("n1", "Melior", "Gastroskopi", "sus_malmo_endo", "Göran Thelin", "läkare",
      "2024-03-02T22:40", "2024-03-02T23:30", "slutenvård", [
          ("Fynd", "Ulcus duodeni på framväggen med sipprande blödning, Forrest Ib. Tre hemoklips och "
                   "adrenalininjektion, god hemostas."),
          ("Information", "Pat kraftigt sederad och inte informerad om fynden. Avdelningsläkaren informerar "
                          "under ronden i morgon."),
      ])],
    [["NL101", "n1"]], [],
    "night-time bleeding ulcer: confirmed diagnosis visible, sedated patient explicitly not yet informed")

C("d141-sonen-informerad-pat-sover-smacellig", "vgr", "19471103", "356", [
    N("n1", "Melior", "Bronkoskopi", "su_sahl_lung", "Anna Karlsson", "läkare",
      "2024-01-22T15:10", "2024-01-22T16:00", "slutenvård", [
          ("Bedömning", "Snabbsvar på cytologin från carinabiopsin: småcellig lungcancer."),
          ("Information", "Sonen, som väntade utanför, informerades på pat:s uttryckliga önskan från i morse. "
                          "Pat själv har ännu inte fått beskedet, sov djupt efter sederingen."),
      ])],
    [["NL101", "n1"]], [],
    "relative told but the patient not: small-cell lung cancer visible while the patient is still untold")

C("d141-pad-besked-far-ej-lamnas-fore-onkologbesok", "skane", "19580213", "463", [
    N("n1", "Melior", "Provsvarsanteckning", "sus_malmo_endo", "Johan Ekdahl", "läkare",
      "2024-02-26T10:20", "2024-02-26T10:35", "öppenvård", [
          ("PAD", "Px från esofagus 32 cm: skivepitelcancer, lågt differentierad."),
          ("Kommentar", "Enligt överenskommelse med pat:s onkolog ska pat inte få PAD-besked förrän vid "
                        "ordinarie besök 6/3, där kurator också deltar."),
      ])],
    [["NL101", "n1"]], [],
    "'ska pat inte få PAD-besked förrän ...' — must-not-be-told-yet with the cancer in a visible section")

C("d141-cysto-turb-pad-urotelial-ej-besked", "vgr", "19490805", "572", [
    N("n1", "Melior", "Provsvarsanteckning", "nu_udd_uro", "Per-Olof Dahl", "läkare",
      "2024-06-20T09:40", "2024-06-20T09:55", "öppenvård", [
          ("PAD", "TURB-material: urotelial cancer pTa höggradig, muscularis propria representerad utan "
                  "växt."),
          ("Planering", "Pat har ännu inte fått besked. Ringer pat på fredag när jag har telefontid."),
      ])],
    [["NL101", "n1"]], [],
    "urology PAD note: urothelial cancer visible, 'har ännu inte fått besked'")

C("d141-bronk-skivepitelcancer-ej-underrattad", "skane", "19520118", "681", [
    N("n1", "Melior", "Provsvarsanteckning", "sus_lund_lung", "Petra Åkesson", "läkare",
      "2024-05-06T14:00", "2024-05-06T14:20", "öppenvård", [
          ("PAD", "Biopsi från höger underlobsbronk: skivepitelcancer, PD-L1 60 %."),
          ("Bedömning", "Pat ej underrättad om PAD ännu, tas först på lung-MDK v. 20 så att beskedet kan "
                        "kombineras med en behandlingsplan."),
      ])],
    [["NL101", "n1"]], [],
    "'ej underrättad' is a synonym of not informed; cancer diagnosis visible")

C("d141-typo-ej-infomerad-barrett-lgd", "vgr", "19640607", "794", [
    N("n1", "Melior", "Provsvarsanteckning", "sas_boras_gastro", "Johanna Fredriksson", "läkare",
      "2024-09-04T11:10", "2024-09-04T11:25", "öppenvård", [
          ("PAD", "Barretts esofagus med låggradig dysplasi, bekräftad av två patologer."),
          ("Planering", "Ej infomerad om diagnosen, brev ska inte skickas – tid hos mig 19/9 för "
                        "information och diskussion om ablation."),
      ])],
    [["NL101", "n1"]], [],
    "typo case: 'Ej infomerad om diagnosen' (misspelt), Barrett with dysplasia visible")

C("d141-ssk-uc-konstaterad-pat-sov-pa-uppvaket", "skane", "19980402", "827", [
    N("n1", "Melior", "Omvårdnadsanteckning", "hbg_endo", "Sandra Persson", "sjuksköterska",
      "2024-04-11T12:20", "2024-04-11T12:40", "öppenvård", [
          ("Omvårdnad", "Dr Rashid konstaterade ulcerös kolit vid koloskopin. Pat sov djupt på uppvaket och "
                        "har inte informerats, läkaren ringer pat i eftermiddag. Receptet på mesalazin är "
                        "skickat till apoteket."),
      ])],
    [["NL101", "n1"]], [],
    "endoscopy nurse: diagnosis stated by the doctor, patient asleep and 'har inte informerats'")

C("d141-remittent-pad-malt-lymfom-ej-informerad", "vgr", "19601217", "238", [
    N("n1", "Melior", "Läkaranteckning", "skas_med", "Karin Sundqvist", "läkare",
      "2024-10-10T08:50", "2024-10-10T09:05", "öppenvård", [
          ("Aktuellt", "Svar från endoskopin: PAD visar MALT-lymfom i corpus, Helicobacter positiv."),
          ("Planering", "Pat ej informerad, kallas till mottagningen nästa vecka för besked och "
                        "eradikationsbehandling."),
      ])],
    [["NL101", "n1"]], [],
    "referring doctor receives the PAD: MALT lymphoma visible, patient not informed")

C("d141-tva-anteckningar-n1-undanhaller-n2-berattar", "vgr", "19570330", "645", [
    N("n1", "Melior", "Provsvarsanteckning", "su_ostra_endo", "Petter Alm", "läkare",
      "2024-03-04T15:00", "2024-03-04T15:10", "öppenvård", [
          ("PAD", "Px från cardia: adenokarcinom, intestinal typ."),
          ("Planering", "Pat inte informerad än, tid hos övre GI-kirurg 11/3."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "su_ostra_kir", "Rasmus Eklöf", "läkare",
      "2024-03-11T10:00", "2024-03-11T10:45", "öppenvård", [
          ("Information", "Informerat pat och hustrun om adenokarcinomet i cardia och om fortsatt utredning "
                          "med DT och PET-DT. Pat tog beskedet lugnt och ställde relevanta frågor."),
      ])],
    [["NL101", "n1"]], [["NL101", "n2"]],
    "earlier PAD note withholds the cardia cancer (n1 fires); the surgeon's later note tells it (n2 does not)")

C("d141-vgr-th-sokord-anvant-men-synligt-kolangiokarcinom", "vgr", "19510412", "903", [
    N("n1", "Melior", "ERCP", "su_sahl_endo", "Tobias Wikman", "läkare",
      "2024-02-15T13:45", "2024-02-15T14:10", "slutenvård", [
          ("Tidiga hypoteser", "Kolangiokarcinom, besked inte lämnat."),
          ("Bedömning", "Borstcytologin från hilusstrikturen visar adenokarcinom; pat har inte informerats "
                        "om svaret ännu."),
      ])],
    [["NL101", "n1"]], [],
    "VGR: the note has a Tidiga hypoteser section, yet the untold adenocarcinoma also stands in visible Bedömning")

C("d141-pad-celiaki-bekraftad-ej-meddelad", "skane", "19930709", "156", [
    N("n1", "Melior", "Provsvarsanteckning", "landskrona_endo", "Anders Wikström", "läkare",
      "2024-07-01T10:40", "2024-07-01T10:50", "öppenvård", [
          ("PAD", "Duodenum: totalvillös atrofi, ökat antal IEL, Marsh 3c. Celiaki bekräftad."),
          ("Planering", "Pat ännu ej meddelad. Ssk ringer och bokar tid på mottagningen samt skickar "
                        "dietistremiss."),
      ])],
    [["NL101", "n1"]], [],
    "'ännu ej meddelad' — a confirmed coeliac diagnosis visible before the patient is told")

C("d141-inte-fatt-veta-cancer-i-polyp", "vgr", "19590524", "481", [
    N("n1", "Melior", "Provsvarsanteckning", "kungalv_endo", "Oskar Fält", "läkare",
      "2024-04-04T14:30", "2024-04-04T14:50", "öppenvård", [
          ("PAD", "Den snarade 18 mm polypen från sigmoideum: adenokarcinom i adenom, invasion i submukosa "
                  "Sm1, fri resektionsrand."),
          ("Bedömning", "Pat har inte fått veta att polypen innehöll cancer. Tas på kolorektalkonferensen "
                        "innan besked ges."),
      ])],
    [["NL101", "n1"]], [],
    "'har inte fått veta att polypen innehöll cancer' — malignant polyp visible, patient untold")

C("d141-avvaktar-med-att-informera-kollagen-kolit", "skane", "19550810", "392", [
    N("n1", "Melior", "Provsvarsanteckning", "ystad_endo", "Therese Nyberg", "sjuksköterska",
      "2024-02-22T13:00", "2024-02-22T13:10", "öppenvård", [
          ("PAD", "Kollagen kolit i samtliga px från höger och vänster kolon."),
          ("Planering", "Avvaktar med att informera pat tills gastroläkaren ringer henne på tisdag."),
      ])],
    [["NL101", "n1"]], [],
    "endoscopy nurse: 'avvaktar med att informera pat' about a confirmed collagenous colitis")

C("d141-utkast-net-rektum-ej-informerad", "vgr", "19700316", "527", [
    N("n1", "Melior", "Provsvarsanteckning", "alingsas_endo", "Camilla Jonsson", "läkare",
      "2024-11-26T16:05", None, "öppenvård", [
          ("PAD", "Rektumpolyp 7 mm: neuroendokrin tumör G1, Ki-67 < 2 %, radikaliteten svårbedömd."),
          ("Planering", "Pat ej informerad. Diskuteras med NET-teamet på Sahlgrenska före kontakt."),
      ])],
    [["NL101", "n1"]], [],
    "unsigned draft: rectal NET in the PAD section, 'pat ej informerad'")

C("d141-bronk-tbc-pcr-positiv-ej-informerad-typo", "skane", "19860221", "734", [
    N("n1", "Melior", "Provsvarsanteckning", "sus_lund_lung", "Jakob Fransson", "läkare",
      "2024-08-12T11:15", "2024-08-12T11:40", "slutenvård", [
          ("Provsvar", "BAL: Mycobacterium tuberculosis-komplex påvisat med PCR, direktmikroskopi positiv."),
          ("Bedömning", "Lungtuberkulos. Pat ännu inte inforemrad, smittskyddsläkaren kontaktas först för "
                        "att planera smittspårning och besked."),
      ])],
    [["NL101", "n1"]], [],
    "typo case: 'inte inforemrad' (misspelt) with PCR-confirmed tuberculosis visible")

C("d141-cysto-interstitiell-cystit-ej-informerad", "vgr", "19780130", "264", [
    N("n1", "Melior", "Mottagningsanteckning", "sas_boras_uro", "Mikael Strand", "läkare",
      "2024-09-12T15:20", "2024-09-12T15:40", "öppenvård", [
          ("Bedömning", "Blåsbiopsin visar kronisk inflammation med mastcellsinfiltrat. Tillsammans med "
                        "Hunnerlesionen vid cystoskopin ställs diagnosen interstitiell cystit."),
          ("Planering", "Pat ej informerad om diagnosen ännu, ingen brevkontakt – tas på återbesöket 2/10."),
      ])],
    [["NL101", "n1"]], [],
    "interstitial cystitis established and visible, patient not yet informed")

C("d141-lang-koloskopi-pad-rektalcancer-ej-informerad", "skane", "19500627", "318", [
    N("n1", "Melior", "Koloskopi", "sus_malmo_endo", "Johan Ekdahl", "läkare",
      "2024-10-01T08:00", "2024-10-01T09:25", "öppenvård", [
          ("Indikation", "SVF: färskt blod per rektum i två månader, tenesmer, Hb 118. Ingen tidigare "
                         "koloskopi."),
          ("Sedering", "Midazolam 3 mg och alfentanil 0,5 mg iv. Pat somnolent men väckbar, sat 93–97 % "
                       "på grimma."),
          ("Undersökning", "Palpabel resistens på bakväggen ca 6 cm upp. Endoskopiskt en ulcererad, "
                           "halvcirkulär tumör 6–10 cm från anus, nedre kant 2 cm ovanför linea dentata. "
                           "Passeras utan svårighet. Sigmoideum med några divertiklar. Descendens, "
                           "transversum och ascendens normala. Cekum nås, ileum inte intuberat."),
          ("Åtgärd", "Px x 10 från tumören, tuschmarkering proximalt om tumören. En 5 mm polyp i "
                     "transversum kallsnarad."),
          ("Uppvak", "Pat sov en dryg timme efter undersökningen och var omtöcknad vid hemgång. "
                     "Hämtad av grannen."),
          ("PAD 8/10", "Rektum: adenokarcinom, högt differentierat, MSS. Polypen i transversum: "
                       "tubulärt adenom, låggradig dysplasi."),
          ("Planering 8/10", "MR lilla bäckenet och DT thorax-buk bokade 10/10. Kolorektal MDK 15/10. Pat "
                             "ännu inte informerad om PAD. Kontaktsjuksköterska Lejla ringer in pat till "
                             "läkarbesök 16/10 med anhörig."),
      ])],
    [["NL101", "n1"]], [],
    "long endoscopy chart updated with the PAD: rectal adenocarcinoma visible, one line says not yet informed")

C("d141-maken-vill-vanta-levermetastaser-ej-informerad", "vgr", "19490928", "419", [
    N("n1", "Melior", "Läkaranteckning", "alingsas_med", "Fredrik Wallgren", "läkare",
      "2024-06-27T16:00", "2024-06-27T16:40", "slutenvård", [
          ("Aktuellt", "Inneliggande efter koloskopi med stentning av stenoserande sigmoideumcancer. DT "
                       "buk: multipla levermetastaser."),
          ("Samtal", "Maken har bett oss vänta med att berätta om levermetastaserna tills barnen kommit hem "
                     "från utlandet. Pat har ännu inte informerats om dem."),
      ])],
    [["NL101", "n1"]], [],
    "liver metastases visible; at the husband's request the patient has not been told")

C("d141-diagnos-c187-diagnosbesked-ej-lamant-typo", "skane", "19630104", "586", [
    N("n1", "Melior", "Läkaranteckning", "kristianstad_kir", "Lars Engström", "läkare",
      "2024-01-29T13:15", "2024-01-29T13:30", "öppenvård", [
          ("Diagnos", "C18.7 Malign tumör i colon sigmoideum"),
          ("Planering", "Diagnosbesked ännu ej lämant till pat. Kontaktsjuksköterskan bokar tid tillsammans "
                        "med kirurg."),
      ])],
    [["NL101", "n1"]], [],
    "typo case: coded cancer diagnosis and 'Diagnosbesked ännu ej lämant' (misspelt 'lämnat')")

C("d141-tel-pat-fragar-hgd-lamnas-inte-per-telefon", "vgr", "19610218", "953", [
    N("n1", "Melior", "Telefonanteckning", "sas_boras_gastro", "Linda Axelsson", "sjuksköterska",
      "2024-10-24T10:30", "2024-10-24T10:40", "öppenvård", [
          ("Telefonkontakt", "Pat ringer och frågar efter PAD från gastroskopin. Svaret – höggradig dysplasi i "
                             "Barretts esofagus – lämnas inte per telefon, tid bokad hos dr Fredriksson på "
                             "måndag."),
      ])],
    [["NL101", "n1"]], [],
    "phone note: the patient asks, the diagnosis is written out but deliberately not given yet")

C("d141-psc-faststalld-ej-informerad", "skane", "19950831", "207", [
    N("n1", "Melior", "Mottagningsanteckning", "hbg_gastro", "Elin Forsberg", "läkare",
      "2024-03-18T14:10", "2024-03-18T14:45", "öppenvård", [
          ("Bedömning", "Primär skleroserande kolangit, fastställd efter MRCP och leverbiopsi, i kombination "
                        "med känd ulcerös kolit."),
          ("Planering", "Pat ej informerad om PSC-diagnosen ännu, besked vid återbesöket med ssk närvarande."),
      ])],
    [["NL101", "n1"]], [],
    "PSC after MRCP/ERCP work-up established and visible, 'ej informerad om PSC-diagnosen'")

C("d141-ej-informeard-typo-gist-ventrikel", "vgr", "19680412", "130", [
    N("n1", "Melior", "Provsvarsanteckning", "nu_nal_endo", "Amir Sadeghi", "läkare",
      "2024-07-18T12:00", "2024-07-18T12:15", "öppenvård", [
          ("Cytologi", "EUS-FNA från den 3 cm stora subepiteliala förändringen i fundus: GIST, KIT-positiv."),
          ("Planering", "Pat ej informeard om att EUS-FNA visade GIST i ventrikeln. Remiss till övre GI-kirurgi."),
      ])],
    [["NL101", "n1"]], [],
    "typo case: 'ej informeard' (misspelt) with cytology-proven GIST visible")

C("d141-barn-eoe-bekraftad-varken-pojken-eller-foraldrar", "skane", "20150422", "875", [
    N("n1", "Melior", "Provsvarsanteckning", "sus_lund_barn", "Sofia Berglund", "läkare",
      "2024-06-12T13:40", "2024-06-12T13:55", "öppenvård", [
          ("PAD", "Eosinofil esofagit bekräftad, upp till 45 eosinofiler/hpf proximalt och distalt."),
          ("Planering", "Varken pojken eller föräldrarna är informerade ännu; ringer mamman i morgon som hon "
                        "bett om."),
      ])],
    [["NL101", "n1"]], [],
    "child under 13: confirmed EoE visible while neither the child nor the guardians have been told")

C("d141-kommer-att-informeras-ventrikelcancer", "vgr", "19560103", "284", [
    N("n1", "Melior", "Provsvarsanteckning", "su_sahl_endo", "Maria Lindqvist", "läkare",
      "2024-08-09T09:20", None, "öppenvård", [
          ("PAD", "Px från antrum: adenokarcinom av diffus typ med signetringsceller."),
          ("Planering", "Pat kommer att informeras om diagnosen ventrikelcancer vid återbesöket på kirurgen "
                        "21/8."),
      ])],
    [["NL101", "n1"]], [],
    "'kommer att informeras ... vid återbesöket' means not told yet; gastric cancer visible")

C("d141-ovetande-om-pad-rektumtumor", "skane", "19460915", "621", [
    N("n1", "Melior", "Läkaranteckning", "hassleholm_endo", "Sanna Göransson", "läkare",
      "2024-10-25T15:30", "2024-10-25T15:45", "öppenvård", [
          ("Bedömning", "PAD från rektumtumören visar adenokarcinom. Pat är ännu ovetande om beskedet, "
                        "fastlagd tid hos kirurg 4/11."),
      ])],
    [["NL101", "n1"]], [],
    "'ännu ovetande om beskedet' — lay phrasing of not informed, adenocarcinoma visible")

C("d141-varicer-blodning-ej-informerad-vantar-hustrun", "skane", "19570604", "348", [
    N("n1", "Melior", "Gastroskopi", "kristianstad_endo", "Magnus Olofsson", "läkare",
      "2024-11-30T03:10", "2024-11-30T04:00", "slutenvård", [
          ("Åtgärd", "Esofagusvaricer grad III med röda tecken, sex ligaturer. Sipprande blödning från en "
                     "varix upphörde efter ligatur."),
          ("Information", "Pat ska inte informeras om levercirrosen förrän hustrun är på plats, enligt hans "
                          "egen önskan vid inskrivningen."),
      ])],
    [["NL101", "n1"]], [],
    "'ska inte informeras om levercirrosen förrän ...' — diagnosis visible, telling postponed")

# ---------------------------------------------------------------------------
# NL101 — hard negatives
# ---------------------------------------------------------------------------

C("d141-uppvak-informerad-om-ulcus-duodeni", "vgr", "19720815", "573", [
    N("n1", "Melior", "Gastroskopi", "kungalv_endo", "Oskar Fält", "läkare",
      "2024-01-16T09:50", "2024-01-16T10:30", "öppenvård", [
          ("Fynd", "Ulcus duodeni 8 mm på bulbens framvägg, Forrest III."),
          ("Information", "Pat informerad på uppvaket om såret i tolvfingertarmen och om PPI-kuren, vaken "
                          "och adekvat."),
      ])],
    [], [["NL101", "n1"]],
    "told in the recovery room once awake: no uncommunicated diagnosis")

C("d141-besked-rektalcancer-lamnat-av-kirurg-tidigare", "skane", "19480227", "468", [
    N("n1", "Melior", "Koloskopi", "sus_malmo_endo", "Göran Thelin", "läkare",
      "2024-04-09T13:00", "2024-04-09T13:50", "öppenvård", [
          ("Anamnes", "Pat fick besked om rektalcancern av kirurg 3/4. Nu stentning inför neoadjuvant "
                      "behandling."),
          ("Åtgärd", "Självexpanderande metallstent 22x90 mm genom stenosen vid 12 cm under genomlysning, "
                     "god position."),
      ])],
    [], [["NL101", "n1"]],
    "diagnosis communicated earlier by the surgeon")

C("d141-ej-informerad-om-tid-for-kontrollkoloskopi", "vgr", "19850902", "381", [
    N("n1", "Melior", "Koloskopi", "su_ostra_endo", "Sofie Brandt", "läkare",
      "2024-05-29T11:30", "2024-05-29T12:10", "öppenvård", [
          ("Bedömning", "Känd ulcerös kolit sedan 2015, nu i endoskopisk remission, Mayo 0."),
          ("Planering", "Pat ej informerad om tid för nästa kontrollkoloskopi, kallelse skickas om ett år."),
      ])],
    [], [["NL101", "n1"]],
    "what the patient has not been told is an appointment time, not the (known) diagnosis")

C("d141-remiss-mdk-skickad-pat-ej-informerad-om-remissen", "skane", "19610728", "714", [
    N("n1", "Melior", "Läkaranteckning", "hbg_endo", "Ahmed Rashid", "läkare",
      "2024-09-26T15:45", "2024-09-26T16:00", "öppenvård", [
          ("Aktuellt", "Pat informerades i går av undertecknad om adenokarcinomet i colon ascendens."),
          ("Planering", "Remiss till kolorektal MDK skickad idag, pat ej informerad om detta ännu men får "
                        "brev med kallelse."),
      ])],
    [], [["NL101", "n1"]],
    "untold item is that a referral was sent; the cancer itself was told yesterday")

C("d141-pad-normal-duodenum-pat-ej-informerad", "vgr", "19900113", "297", [
    N("n1", "Melior", "Provsvarsanteckning", "nu_udd_endo", "Sara Lindholm", "läkare",
      "2024-03-13T14:20", None, "öppenvård", [
          ("PAD", "Duodenum: normal villusarkitektur, inga ökade intraepiteliala lymfocyter."),
          ("Planering", "Pat ej informerad ännu, svarsbrev går ut v. 12."),
      ])],
    [], [["NL101", "n1"]],
    "not yet informed about a normal result — no diagnosis is withheld")

C("d141-skane-th-mall-pad-adenokarcinom-descendens", "skane", "19530309", "835", [
    N("n1", "Melior", "Tidiga hypoteser", "ystad_endo", "Nils Hansson", "läkare",
      "2024-03-01T10:15", "2024-03-01T10:25", "öppenvård", [
          ("Bedömning", "PAD: adenokarcinom i colon descendens. Pat ej informerad, besked vid återbesöket "
                        "12/3 tillsammans med kontaktssk."),
      ])],
    [], [["NL101", "n1"]],
    "Skåne: the untold diagnosis is written only in the Tidiga hypoteser template")

C("d141-vgr-th-sokord-pad-skivepitel-bronk", "vgr", "19550421", "186", [
    N("n1", "Melior", "Bronkoskopi", "nu_nal_lung", "Farid Haddad", "läkare",
      "2024-10-17T11:00", "2024-10-17T11:20", "öppenvård", [
          ("Undersökning", "Bronkoskopi 14/10 med px från vänster huvudbronk, ingreppet okomplicerat."),
          ("Tidiga hypoteser", "PAD visar skivepitelcancer. Pat ej informerad, besked på mottagningen 3/11."),
          ("Planering", "Återbesök lungmottagningen 3/11 kl 10.00."),
      ])],
    [], [["NL101", "n1"]],
    "VGR: PAD diagnosis and 'ej informerad' only under the Tidiga hypoteser sökord")

C("d141-pat-informerd-typo-maken-ska-vanta", "skane", "19590115", "929", [
    N("n1", "Melior", "Läkaranteckning", "kristianstad_kir", "Lars Engström", "läkare",
      "2024-05-17T14:00", "2024-05-17T14:30", "öppenvård", [
          ("Information", "Pat informerd om ventrikelcancern idag, tog det sansat. Vill inte att maken "
                          "informeras förrän efter helgen, vilket respekteras."),
      ])],
    [], [["NL101", "n1"]],
    "typo case: patient 'informerd' (told); only the husband is not to be informed yet")

C("d141-bara-diagnos-inget-om-information", "vgr", "19750510", "458", [
    N("n1", "Melior", "Gastroskopi", "sas_boras_endo", "Mats Ekström", "läkare",
      "2024-07-25T09:15", "2024-07-25T09:40", "öppenvård", [
          ("Fynd", "Erosiv esofagit LA grad C. Hiatusbråck 4 cm."),
          ("Ordination", "Esomeprazol 40 mg x 2 i 8 veckor."),
      ])],
    [], [["NL101", "n1"]],
    "confirmed diagnosis with nothing said about telling the patient")

C("d141-sederad-men-informerad-efter-uppvak-polyp", "skane", "19670923", "362", [
    N("n1", "Melior", "Koloskopi", "landskrona_endo", "Linnea Sandberg", "läkare",
      "2024-08-22T10:30", "2024-08-22T11:15", "öppenvård", [
          ("Fynd", "Pedunkulerad 15 mm polyp i sigmoideum, snarad i sin helhet med varm slynga."),
          ("Information", "Pat sederad under undersökningen. Efter uppvak informerad av undertecknad om "
                          "polypen och att PAD besvaras inom tre veckor."),
      ])],
    [], [["NL101", "n1"]],
    "sedation mentioned, but the patient was informed once awake; only the pending PAD is unknown")

C("d141-crohn-ej-informerad-om-provtagning", "vgr", "19970628", "635", [
    N("n1", "Melior", "Läkaranteckning", "alingsas_med", "Fredrik Wallgren", "läkare",
      "2024-02-29T17:20", "2024-02-29T17:40", "slutenvård", [
          ("Bedömning", "Mb Crohn i ileum, känd sedan 2020, nu skov med stenossymtom."),
          ("Planering", "Kontroll av Hb, CRP och albumin i morgon bitti, pat ej informerad om provtagningen "
                        "ännu."),
      ])],
    [], [["NL101", "n1"]],
    "untold item is a blood-test plan; the Crohn diagnosis is long known")

C("d141-pad-ej-klart-kan-ej-informeras", "skane", "19620506", "172", [
    N("n1", "Melior", "Läkaranteckning", "trelleborg_med", "Emma Kjellberg", "läkare",
      "2024-09-09T11:00", "2024-09-09T11:10", "öppenvård", [
          ("Aktuellt", "Koloskopi 2/9 med px från en rodnad fläck i colon descendens."),
          ("Planering", "PAD ännu inte klart, därför har pat inte kunnat informeras. Bevakas."),
      ])],
    [], [["NL101", "n1"]],
    "nothing to tell yet: the PAD is pending and no diagnosis is written")

C("d141-tel-informerat-om-celiaki", "vgr", "19880807", "524", [
    N("n1", "Melior", "Telefonanteckning", "su_sahl_gastro", "Hanna Vik", "läkare",
      "2024-04-26T13:00", "2024-04-26T13:15", "öppenvård", [
          ("Telefonkontakt", "Informerat pat per telefon om PAD-svaret: celiaki. Pat förstår, vill träffa "
                             "dietist. Remiss skickad."),
      ])],
    [], [["NL101", "n1"]],
    "diagnosis given by phone in the same note")

C("d141-besked-via-1177-hyperplastiska-polyper", "skane", "19710302", "846", [
    N("n1", "Melior", "Provsvarsanteckning", "hassleholm_endo", "Viktor Holmberg", "läkare",
      "2024-06-28T09:00", "2024-06-28T09:10", "öppenvård", [
          ("Provsvar", "PAD: två hyperplastiska polyper, ingen dysplasi."),
          ("Åtgärd", "Besked lämnat till pat via 1177-meddelande idag, ingen uppföljning."),
      ])],
    [], [["NL101", "n1"]],
    "PAD result communicated through a 1177 message")

C("d141-pat-vill-inte-att-barnen-vet-lungcancer", "vgr", "19440622", "795", [
    N("n1", "Melior", "Mottagningsanteckning", "su_sahl_lung", "Anna Karlsson", "läkare",
      "2024-03-07T10:30", "2024-03-07T11:15", "öppenvård", [
          ("Samtal", "Pat känner väl till sin lungcancerdiagnos och har fått all information av mig. Vill "
                     "inte att barnen ska veta något ännu; vi lämnar inga uppgifter till dem."),
      ])],
    [], [["NL101", "n1"]],
    "patient fully informed; only the adult children are kept uninformed")

C("d141-typo-infomerad-om-angiodysplasier", "vgr", "19420109", "618", [
    N("n1", "Melior", "Koloskopi", "kungalv_endo", "Ebba Kristiansson", "läkare",
      "2024-12-10T10:00", "2024-12-10T10:50", "öppenvård", [
          ("Fynd", "Angiodysplasier x 3 i cekum, behandlade med APC."),
          ("Information", "Pat infomerad om fynden och om att järntabletterna ska fortsätta."),
      ])],
    [], [["NL101", "n1"]],
    "typo case: 'Pat infomerad om fynden' (misspelt) still means told")

C("d141-ej-informerad-om-ny-koloskopi-om-tre-ar", "skane", "19600131", "257", [
    N("n1", "Melior", "Provsvarsanteckning", "ystad_endo", "Therese Nyberg", "sjuksköterska",
      "2024-11-14T14:00", "2024-11-14T14:10", "öppenvård", [
          ("PAD", "Fem tubulära adenom, största 12 mm, låggradig dysplasi."),
          ("Planering", "Pat har fått PAD-svaret muntligt av dr Hansson. Ej informerad om att ny koloskopi "
                        "behövs om tre år, det står i brevet som skickas idag."),
      ])],
    [], [["NL101", "n1"]],
    "patient knows the PAD; what is untold is the surveillance plan")

C("d141-tolk-informerad-om-ventrikelcancer", "vgr", "19660714", "403", [
    N("n1", "Melior", "Läkaranteckning", "su_ostra_kir", "Rasmus Eklöf", "läkare",
      "2024-08-15T13:30", "2024-08-15T14:20", "öppenvård", [
          ("Information", "Informerad via telefontolk på arabiska om ventrikelcancern och planerad DT. Pat "
                          "ställde frågor om operation som besvarades."),
      ])],
    [], [["NL101", "n1"]],
    "diagnosis told through an interpreter")

C("d141-avbojer-prognos-kanner-diagnosen", "skane", "19510817", "539", [
    N("n1", "Melior", "Mottagningsanteckning", "sus_lund_lung", "Jakob Fransson", "läkare",
      "2024-04-30T09:30", "2024-04-30T10:10", "öppenvård", [
          ("Samtal", "Pat vet att det är lungcancer, fick beskedet förra veckan. Har uttryckligen avböjt "
                     "information om prognos och det respekteras."),
      ])],
    [], [["NL101", "n1"]],
    "diagnosis known; what the patient declines is prognosis information, not the diagnosis")

C("d141-ofullstandig-koloskopi-ej-informerad", "vgr", "19730204", "862", [
    N("n1", "Melior", "Koloskopi", "skas_endo", "Ida Hermansson", "läkare",
      "2024-06-06T14:00", "2024-06-06T14:45", "öppenvård", [
          ("Fynd", "Ingen patologi upp till hepatiska flexuren. Cekum nåddes inte p.g.a. smärta."),
          ("Planering", "Pat ej informerad om att undersökningen blev ofullständig, somnade på uppvaket; ssk "
                        "ringer i morgon om ny tid i narkos."),
      ])],
    [], [["NL101", "n1"]],
    "untold item is an incomplete examination, which is no diagnosis")

C("d141-lang-gastroskopi-informerad-pa-uppvaket", "skane", "19690311", "496", [
    N("n1", "Melior", "Gastroskopi", "hbg_endo", "Elin Forsberg", "läkare",
      "2024-02-14T08:30", "2024-02-14T09:45", "öppenvård", [
          ("Indikation", "Halsbränna i många år, nu sväljningssvårigheter för fast föda sedan 2 mån. "
                         "Ingen viktnedgång. Står på omeprazol 20 mg vid behov."),
          ("Premedicinering", "Xylocain spray. Pat önskade ingen sedering, genomfördes vaken."),
          ("Undersökning", "Övre esofagussfinktern passeras lätt. Esofagus med normal slemhinna ned till "
                           "34 cm. Därifrån laxrosa cylinderepitel upp som tungor, Prag C3M5, utan noduli "
                           "eller sår. Distalt en kort, glatt peptisk striktur vid Z-linjen ca 12 mm "
                           "vid, gastroskopet passerar med lätt motstånd. Hiatusbråck 3 cm. Ventrikeln "
                           "med normal slemhinna i fundus, corpus och antrum, inversion ua. Pylorus rund "
                           "och öppen. Bulben och pars descendens normala."),
          ("Åtgärd", "Ballongdilatation av strikturen till 15 mm med bra effekt, minimal blödning. Px "
                     "enligt Seattle från Barrettsegmentet i fyra kvadranter varannan cm, separata "
                     "burkar."),
          ("Bedömning", "Barretts esofagus C3M5 med peptisk striktur, dilaterad. Omeprazol ska tas "
                        "dagligen och inte vid behov."),
          ("Information", "Eftersom pat var vaken genomgicks fynden direkt på uppvaket: Barrett, "
                          "förträngningen och varför PPI ska tas varje dag. Pat fick broschyren om "
                          "Barretts esofagus. Frågade om risk för cancer, besvarat sakligt."),
          ("Planering", "Omeprazol 40 mg x 1. PAD besvaras inom 3 veckor. Ny gastroskopi med "
                        "Barrettövervakning enligt PAD, troligen om 3 år. Återkomma vid ny dysfagi."),
      ])],
    [], [["NL101", "n1"]],
    "long gastroscopy chart: Barrett and stricture written and explained to the unsedated patient")

C("d141-normal-gastroskopi-for-sederad-for-muntlig-info", "vgr", "19940920", "147", [
    N("n1", "Melior", "Gastroskopi", "nu_udd_endo", "Elias Norén", "läkare",
      "2024-11-21T09:00", "2024-11-21T09:30", "öppenvård", [
          ("Utlåtande", "Normal gastroskopi, px från duodenum tagna."),
          ("Information", "Pat för sederad för muntlig information, skriftligt svar medgavs. Besked om px "
                          "per brev."),
      ])],
    [], [["NL101", "n1"]],
    "sedated patient not informed, but the findings are normal — no diagnosis withheld")

C("d141-n2-nasta-dag-informerad-om-koledokussten", "skane", "19440503", "306", [
    N("n1", "Melior", "ERCP", "sus_lund_endo", "Hanna Lundgren", "läkare",
      "2024-07-08T15:00", "2024-07-08T15:40", "slutenvård", [
          ("Åtgärd", "Papillotomi och extraktion av en 12 mm koledokussten med ballong. Fritt avflöde efteråt."),
          ("Information", "Pat djupt sederad med propofol, inte informerad om fyndet ännu."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "sus_lund_kir", "Karl Möller", "läkare",
      "2024-07-09T09:10", "2024-07-09T09:30", "slutenvård", [
          ("Rond", "Informerat pat om koledokusstenen som togs ut igår och om planerad kolecystektomi inom "
                   "sex veckor. Pat nöjd, äter och har inga smärtor."),
      ])],
    [], [["NL101", "n2"]],
    "the next day's ward-round note tells the patient what the ERCP note had not yet told")

C("d141-dottern-ej-informerad-pat-sjalv-informerad", "vgr", "19480716", "281", [
    N("n1", "Melior", "Omvårdnadsanteckning", "nu_nal_endo", "Jessica Moberg", "sjuksköterska",
      "2024-05-09T13:20", "2024-05-09T13:35", "öppenvård", [
          ("Omvårdnad", "Dottern satt i väntrummet under hela undersökningen men har inte fått någon "
                        "information om fynden, då pat själv vill berätta. Pat är informerad av dr Holmgren "
                        "om magsåret och den avstannade blödningen."),
      ])],
    [], [["NL101", "n1"]],
    "daughter waiting outside is not informed; the patient herself is")

C("d141-informerad-om-hp-gastrit-inga-fragor", "skane", "19820125", "713", [
    N("n1", "Melior", "Telefonanteckning", "ystad_endo", "Nils Hansson", "läkare",
      "2024-09-05T15:10", "2024-09-05T15:20", "öppenvård", [
          ("Telefonkontakt", "Informerad om Helicobacter-gastriten; pat hade inga frågor och ville inte ha "
                             "broschyr. Eradikationsrecept skickat."),
      ])],
    [], [["NL101", "n1"]],
    "negations ('inga frågor', 'ville inte ha broschyr') sit next to a told diagnosis")


# === PART 2 (NL101) is inserted above this line ===


def age_at(birth, as_of):
    b = datetime.date(int(birth[:4]), int(birth[4:6]), int(birth[6:8]))
    a = as_of.date()
    return a.year - b.year - ((a.month, a.day) < (b.month, b.day))


def sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = part.strip()
        if part:
            yield part


def build():
    problems = []
    out = []
    names = set()
    seen = {}
    for c in CASES:
        name = c["name"]
        if not name.startswith("d141-"):
            problems.append("%s: bad prefix" % name)
        if name in names:
            problems.append("%s: duplicate case name" % name)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: bad ruleset" % name)
        birth = c["birth"]
        try:
            datetime.date(int(birth[:4]), int(birth[4:6]), int(birth[6:8]))
        except ValueError:
            problems.append("%s: bad birth date" % name)
            continue
        pid = pnr(birth, c["serial"])
        digits = pid[2:8] + pid[9:]
        if luhn_digit(digits[:9]) != digits[9] or pid[:8] != birth:
            problems.append("%s: personnummer invalid" % name)
        notes = []
        times = []
        ids = set()
        for n in c["notes"]:
            n = dict(n)
            region = n.pop("_unit_region")
            if region != c["ruleset"]:
                problems.append("%s/%s: unit region %s vs ruleset %s" % (name, n["id"], region, c["ruleset"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR note not Melior" % name)
            if n["system"] not in ("Melior", "PMO"):
                problems.append("%s: bad system" % name)
            if n["id"] in ids:
                problems.append("%s: duplicate note id" % name)
            ids.add(n["id"])
            for key in ("time", "signed"):
                v = n[key]
                if v is None:
                    continue
                try:
                    dt = datetime.datetime.fromisoformat(v)
                except ValueError:
                    problems.append("%s: bad %s %s" % (name, key, v))
                    continue
                if dt.year != 2024:
                    problems.append("%s: %s not in 2024" % (name, key))
                times.append(dt)
            if n["signed"] and n["signed"] < n["time"]:
                problems.append("%s/%s: signed before time" % (name, n["id"]))
            if not n["sections"]:
                problems.append("%s/%s: no sections" % (name, n["id"]))
            for s in n["sections"]:
                if not s["keyword"] or not s["text"].strip():
                    problems.append("%s/%s: empty section" % (name, n["id"]))
                for sent in sentences(s["text"]):
                    if len(sent) >= 25:
                        if sent in seen:
                            problems.append("duplicate sentence in %s and %s: %r" % (seen[sent][0], name, sent))
                        seen.setdefault(sent, (name, n["id"], s["keyword"]))
            notes.append(n)
        if c["as_of"]:
            as_of = datetime.datetime.fromisoformat(c["as_of"])
        else:
            last = max(times)
            as_of = datetime.datetime(last.year, last.month, last.day) + datetime.timedelta(days=1)
        if as_of.year != 2024:
            problems.append("%s: as_of not in 2024" % name)
        if times and as_of < max(times):
            problems.append("%s: as_of before a note" % name)
        age = age_at(birth, as_of)
        if 13 <= age <= 15 or age < 0:
            problems.append("%s: patient age %d not allowed" % (name, age))
        by_id = {n["id"]: n for n in notes}
        if not c["must"] and not c["must_not"]:
            problems.append("%s: no assertions" % name)
        pairs = [tuple(x) for x in c["must"] + c["must_not"]]
        if len(pairs) != len(set(pairs)):
            problems.append("%s: code listed twice" % name)
        for code, target in pairs:
            if code not in ("NL101", "NL102"):
                problems.append("%s: unexpected code %s" % (name, code))
            if target not in by_id:
                problems.append("%s: target %s missing" % (name, target))
                continue
            sysname = by_id[target]["system"]
            if code == "NL102" and sysname != "Melior" and [code, target] in c["must"]:
                problems.append("%s: NL102 must on non-Melior" % name)
            if code == "NL102" and sysname != "Melior" and [code, target] in c["must_not"]:
                pass  # PMO negatives are allowed (PMO never shows diagnoses)
            if code == "NL101" and sysname == "PMO":
                problems.append("%s: NL101 asserted on PMO" % name)
        if not c["why"] or len(c["why"]) < 10:
            problems.append("%s: missing why" % name)
        record = {
            "patient": {"id": pid, "birth_date": "%s-%s-%s" % (birth[:4], birth[4:6], birth[6:8]),
                        "protected_identity": False},
            "as_of": as_of.strftime("%Y-%m-%dT%H:%M:%S"),
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
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
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for obj in out:
        for kind in ("must", "must_not"):
            for code, _t in obj[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print("wrote %d cases to %s" % (len(out), OUT))
    for key in sorted(counts):
        print("  %s %s: %d" % (key[0], key[1], counts[key]))
    sys.exit(0)


if __name__ == "__main__":
    main()
