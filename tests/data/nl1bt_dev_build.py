#!/usr/bin/env python3
"""Gold cases for notelint NL1: suspicions that evolve over time.

NAME: nl1bt_dev_cases.  Records of 2-4 notes where a suspected diagnosis is later
confirmed, refuted (lab, imaging, PAD), replaced, revised after arrival or refined to a
subtype, plus single notes that report an earlier suspicion already settled in the same
note.  Each note carries what the regional routines imply for that note: an open
suspicion in a visible Melior section breaks the routine (NL102); a note that only
reports a settled outcome does not.

Dependency-free and deterministic: `python3 build.py` writes nl1bt_dev_cases.jsonl
beside this file and validates it (exit 1 on any problem).
"""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

NAME = "nl1bt_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))

SK = "SE2321000255-"
VG = "SE2321000131-"

# unit key -> (name, hsa_id)
U = {
    # Region Skåne, Melior (hospitals)
    "neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", SK + "4101"),
    "akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", SK + "4102"),
    "akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", SK + "4103"),
    "kir_malmo": ("Kirurgiska kliniken, Skånes universitetssjukhus Malmö", SK + "4104"),
    "brost_malmo": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", SK + "4105"),
    "onk_lund": ("Onkologimottagningen, Skånes universitetssjukhus Lund", SK + "4106"),
    "hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", SK + "4107"),
    "lung_lund": ("Lungmottagningen, Skånes universitetssjukhus Lund", SK + "4108"),
    "gastro_malmo": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "4109"),
    "hem_lund": ("Hematologimottagningen, Skånes universitetssjukhus Lund", SK + "4110"),
    "reuma_lund": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", SK + "4111"),
    "inf_malmo": ("Infektionskliniken, Skånes universitetssjukhus Malmö", SK + "4112"),
    "barn_malmo": ("Barn- och ungdomsmedicinska kliniken, Skånes universitetssjukhus Malmö", SK + "4113"),
    "barnakut_lund": ("Barnakuten, Skånes universitetssjukhus Lund", SK + "4114"),
    "med_hbg": ("Medicinkliniken, Helsingborgs lasarett", SK + "4115"),
    "kard_hbg": ("Kardiologiska kliniken, Helsingborgs lasarett", SK + "4116"),
    "kir_krist": ("Kirurgiska kliniken, Centralsjukhuset Kristianstad", SK + "4117"),
    "med_krist": ("Medicinkliniken, Centralsjukhuset Kristianstad", SK + "4118"),
    "med_ystad": ("Medicinmottagningen, Ystads lasarett", SK + "4119"),
    "ort_hlm": ("Ortopedmottagningen, Hässleholms sjukhus", SK + "4120"),
    "uro_malmo": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", SK + "4121"),
    "kvinno_lund": ("Kvinnokliniken, Skånes universitetssjukhus Lund", SK + "4122"),
    "onh_lund": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Lund", SK + "4123"),
    "kard_lund": ("Hjärtmottagningen, Skånes universitetssjukhus Lund", SK + "4124"),
    "psyk_lund": ("Allmänpsykiatriska mottagningen Lund, Psykiatri Skåne", SK + "4125"),
    "bup_malmo": ("BUP-mottagningen Malmö, Barn- och ungdomspsykiatri Skåne", SK + "4126"),
    "ger_landskrona": ("Geriatriska kliniken, Landskrona lasarett", SK + "4127"),
    "med_trelleborg": ("Medicinmottagningen, Trelleborgs lasarett", SK + "4128"),
    "endo_malmo": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "4129"),
    "barnort_lund": ("Barnortopedmottagningen, Skånes universitetssjukhus Lund", SK + "4130"),
    "ogon_lund": ("Ögonmottagningen, Skånes universitetssjukhus Lund", SK + "4131"),
    "fysio_lund": ("Fysioterapimottagningen, Skånes universitetssjukhus Lund", SK + "4132"),
    "logo_hbg": ("Logopedmottagningen, Helsingborgs lasarett", SK + "4133"),
    "stroke_lund": ("Strokeenheten, Skånes universitetssjukhus Lund", SK + "4134"),
    "mava_lund": ("Medicinsk akutvårdsavdelning, Skånes universitetssjukhus Lund", SK + "4135"),
    "ort_angel": ("Ortopedmottagningen, Ängelholms sjukhus", SK + "4136"),
    "kir_lund": ("Kirurgiska kliniken, Skånes universitetssjukhus Lund", SK + "4137"),
    "diet_malmo": ("Dietistmottagningen, Skånes universitetssjukhus Malmö", SK + "4138"),
    "psyk_hbg": ("Psykiatriska öppenvårdsmottagningen Helsingborg, Psykiatri Skåne", SK + "4139"),
    "hjartavd_krist": ("Hjärtintensiven, Centralsjukhuset Kristianstad", SK + "4140"),
    "sar_hbg": ("Medicinavdelning 6, Helsingborgs lasarett", SK + "4141"),
    # Region Skåne, PMO (primary care)
    "vc_tabelund": ("Vårdcentralen Tåbelund, Eslöv", SK + "5201"),
    "vc_nasby": ("Vårdcentralen Näsby, Kristianstad", SK + "5202"),
    "vc_lindeborg": ("Vårdcentralen Lindeborg, Malmö", SK + "5203"),
    "vc_sodervarn": ("Vårdcentralen Södervärn, Malmö", SK + "5204"),
    "vc_larod": ("Vårdcentralen Laröd, Helsingborg", SK + "5205"),
    "vc_sjobo": ("Vårdcentralen Sjöbo", SK + "5206"),
    "bvc_hoor": ("Barnavårdscentralen Höör", SK + "5207"),
    "um_lund": ("Ungdomsmottagningen Lund", SK + "5208"),
    "hsj_simrishamn": ("Hemsjukvårdsteamet, Vårdcentralen Simrishamn", SK + "5209"),
    "vc_ystad": ("Vårdcentralen Ystad", SK + "5210"),
    "vc_bastad": ("Vårdcentralen Båstad", SK + "5211"),
    "vc_hassleholm": ("Vårdcentralen Hässleholm", SK + "5212"),
    "bvc_trelleborg": ("Barnavårdscentralen Trelleborg", SK + "5213"),
    # Västra Götalandsregionen, Melior
    "su_akut": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG + "6101"),
    "su_lung": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "6102"),
    "su_hem": ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", VG + "6103"),
    "su_endo": ("Endokrinologimottagningen, Sahlgrenska Universitetssjukhuset", VG + "6104"),
    "su_hud": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", VG + "6105"),
    "su_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "6106"),
    "su_inf": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", VG + "6107"),
    "su_ostra_kir": ("Kirurgimottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "6108"),
    "su_kvinno": ("Kvinnokliniken, Sahlgrenska Universitetssjukhuset/Östra", VG + "6109"),
    "su_ort": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "6110"),
    "su_barnakut": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", VG + "6111"),
    "su_barnmed": ("Barnmedicinska mottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "6112"),
    "su_uro": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG + "6113"),
    "su_reuma": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG + "6114"),
    "su_onk": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", VG + "6115"),
    "su_ger": ("Geriatriska kliniken, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "6116"),
    "su_psyk": ("Psykiatriska öppenvårdsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "6117"),
    "su_kard": ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG + "6118"),
    "su_onh": ("Öron-näs-halsmottagningen, Sahlgrenska Universitetssjukhuset", VG + "6119"),
    "su_gastro": ("Mag-tarmmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "6120"),
    "su_diet": ("Dietistenheten, Sahlgrenska Universitetssjukhuset", VG + "6121"),
    "su_ogon": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "6122"),
    "su_logo": ("Logopedmottagningen, Sahlgrenska Universitetssjukhuset", VG + "6123"),
    "su_avd_med": ("Medicinavdelning 135, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG + "6124"),
    "nal_med": ("Medicinkliniken, NU-sjukvården NÄL Trollhättan", VG + "6201"),
    "nal_akut": ("Akutmottagningen, NU-sjukvården NÄL Trollhättan", VG + "6202"),
    "udd_kir": ("Kirurgkliniken, NU-sjukvården Uddevalla sjukhus", VG + "6203"),
    "nal_fysio": ("Fysioterapin, NU-sjukvården NÄL Trollhättan", VG + "6204"),
    "nal_barn": ("Barn- och ungdomsmedicin, NU-sjukvården NÄL Trollhättan", VG + "6205"),
    "skas_med": ("Medicinkliniken, Skaraborgs Sjukhus Skövde", VG + "6301"),
    "skas_lid": ("Medicinkliniken, Skaraborgs Sjukhus Lidköping", VG + "6302"),
    "skas_psyk": ("Vuxenpsykiatriska mottagningen, Skaraborgs Sjukhus Skövde", VG + "6303"),
    "sas_akut": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "6401"),
    "sas_neuro": ("Neurologmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "6402"),
    "sas_ort": ("Ortopedkliniken, Södra Älvsborgs Sjukhus Borås", VG + "6403"),
    "sas_kvinno": ("Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", VG + "6404"),
    "alingsas_med": ("Medicinkliniken, Alingsås lasarett", VG + "6501"),
    "kungalv_med": ("Medicinkliniken, Kungälvs sjukhus", VG + "6502"),
    "frolunda_onh": ("Öron-näs-halsmottagningen, Frölunda Specialistsjukhus", VG + "6503"),
}

SKANE_UNITS = {k for k, v in U.items() if v[1].startswith(SK)}


def N(nid, system, template, unit, author, role, time, signed, setting, sections, refs=()):
    """One note.  time 'YYYY-MM-DD HH:MM'; signed: minutes after time, None (draft)
    or an explicit 'YYYY-MM-DD HH:MM'."""
    t = datetime.strptime(time, "%Y-%m-%d %H:%M")
    if signed is None:
        s = None
    elif isinstance(signed, int):
        s = (t + timedelta(minutes=signed)).isoformat()
    else:
        s = datetime.strptime(signed, "%Y-%m-%d %H:%M").isoformat()
    name, hsa = U[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(), "signed": s, "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


CASES = []


def C(name, ruleset, pnr, notes, must, must_not, why):
    CASES.append({"name": name, "ruleset": ruleset, "pnr": pnr, "notes": notes,
                  "must": must, "must_not": must_not, "why": why})

# ---------------------------------------------------------------------------
# A. Suspected, later confirmed
# ---------------------------------------------------------------------------

C("ms-misstanke-optikusneurit-sedan-faststalld", "skane", "19910504-2429", [
    N("n1", "Melior", "Läkaranteckning", "neuro_lund", "Johanna Berglöf", "läkare",
      "2024-02-12 10:30", 55, "öppenvård", [
          ("Aktuellt", "Remitterad från ögonkliniken efter optikusneurit i vänster öga för tre veckor sedan. Synen nu nästan återställd. Berättar om en period med stickningar i höger ben för ett år sedan som gick över spontant."),
          ("Status", "Lätt hyperreflexi höger ben, i övrigt normalt neurologstatus. Visus vä 0,8."),
          ("Bedömning", "Misstänkt debut av multipel skleros med två kliniska episoder. MR hjärna och ryggmärg samt lumbalpunktion beställda."),
          ("Planering", "Återbesök när undersökningarna är klara, om cirka fyra veckor."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "neuro_lund", "Johanna Berglöf", "läkare",
      "2024-03-14 13:00", 40, "öppenvård", [
          ("Aktuellt", "Återbesök för genomgång av utredningen."),
          ("Resultat", "MR visar multipla periventrikulära och juxtakortikala lesioner samt en lesion i halsryggmärgen, varav en kontrastladdar. Oligoklonala band i likvor."),
          ("Bedömning", "McDonald-kriterierna uppfyllda. Diagnosen skovvis förlöpande MS är därmed fastställd."),
          ("Information", "Patienten fick beskedet vid dagens besök tillsammans med sin sambo. Vi gick igenom behandlingsalternativ och hon återkommer om val av sjukdomsmodifierande läkemedel."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"], ["NL101", "n2"]],
  "MS suspected after optic neuritis (open hedge in Bedömning), then confirmed and told: only n1 breaks the routine")

C("lungcancer-misstanke-bronkoskopi-bekraftar", "vgr", "19560918-1531", [
    N("n1", "Melior", "Läkaranteckning", "su_lung", "Per-Olof Widén", "läkare",
      "2024-03-04 09:15", 70, "öppenvård", [
          ("Anamnes", "Rökare, ca 45 paketår. Blodtillblandade upphostningar sedan tre veckor, viktnedgång 4 kg."),
          ("Röntgen", "DT thorax: 3 cm spikulerad förändring i höger överlob, förstorad körtel station 4R."),
          ("Bedömning", "Misstänkt lungcancer. Bronkoskopi med EBUS bokas vecka 11."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "su_lung", "Per-Olof Widén", "läkare",
      "2024-03-20 14:40", 35, "öppenvård", [
          ("PAD", "EBUS-punktion 4R och biopsi från överlobsbronken: skivepitelcancer."),
          ("Bedömning", "Skivepitelcancer i höger lunga med körtelspridning i mediastinum. Pat informerad vid dagens besök, hustrun var med."),
          ("Planering", "PET-DT för stadieindelning, diskuteras på lungcancerkonferensen nästa tisdag. Kontaktsjuksköterska Lena kontaktar pat."),
      ]),
    N("n3", "Melior", "Omvårdnadsanteckning", "su_lung", "Lena Åkesson", "sjuksköterska",
      "2024-03-21 10:05", None, "öppenvård", [
          ("Omvårdnad", "Telefonsamtal med patienten dagen efter cancerbeskedet. Har sovit dåligt men känner sig omhändertagen. Fått mitt direktnummer och information om Min vårdplan."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"], ["NL101", "n2"], ["NL102", "n3"]],
  "lung cancer suspected on CT (open), then PAD-verified and told; the nurse's follow-up carries no hedge")

C("brostcancer-vc-pmo-till-melior-bekraftad", "skane", "19680227-3182", [
    N("n1", "PMO", "Besöksanteckning", "vc_lindeborg", "Karim Haddad", "läkare",
      "2024-04-02 11:20", 30, "öppenvård", [
          ("Kontaktorsak", "Känt en knöl i höger bröst sedan två veckor."),
          ("Status", "Ca 2 cm fast, oöm resistens i övre yttre kvadranten höger bröst. Ingen palpabel axillkörtel."),
          ("Bedömning", "Misstänkt malignitet i höger bröst. SVF-remiss bröstcancer skickad idag, pat informerad om vad välgrundad misstanke innebär."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "brost_malmo", "Ingrid Fält", "läkare",
      "2024-04-09 08:50", 60, "öppenvård", [
          ("Utredning", "Mammografi och ultraljud: 14 mm oregelbunden förändring kl 10 höger bröst. Mellannålsbiopsi tagen."),
          ("Bedömning", "Förändringen är malignitetssuspekt, sannolikt bröstcancer. Svar på biopsin om cirka en vecka."),
      ]),
    N("n3", "Melior", "Läkaranteckning", "brost_malmo", "Ingrid Fält", "läkare",
      "2024-04-17 15:10", 25, "öppenvård", [
          ("PAD", "Invasiv bröstcancer av ospecificerad typ (NST), ER-positiv, HER2-negativ, Ki67 12 %."),
          ("Information", "Beskedet lämnat av undertecknad vid besök, patienten hade med sig sin syster."),
          ("Planering", "Sektorresektion och portvaktskörtel planeras, kallelse skickas."),
      ]),
], [["NL102", "n2"]], [["NL102", "n1"], ["NL102", "n3"], ["NL101", "n3"]],
  "breast cancer suspected in primary care (PMO, hidden) then at the breast clinic (Melior, open), then PAD-confirmed and told")

C("lungemboli-misstanke-dt-bekraftar", "vgr", "19790611-2649", [
    N("n1", "Melior", "Akutjournal", "nal_akut", "Mikael Strand", "läkare",
      "2024-01-18 22:40", 50, "akut", [
          ("Aktuellt", "Plötslig andfåddhet sedan i eftermiddags. P-piller. Långflygning från Bangkok för fyra dagar sedan."),
          ("Status", "Puls 112, AF 24, saturation 93 % på luft. Lungor: vesikulärt bilat."),
          ("Bedömning", "Misstänkt lungemboli, D-dimer förhöjt. Innohep i behandlingsdos givet i väntan på DT-angio."),
      ]),
    N("n2", "Melior", "Daganteckning", "nal_med", "Sofia Ekdahl", "läkare",
      "2024-01-19 10:15", 45, "slutenvård", [
          ("Resultat", "DT-angio: bilaterala centrala lungembolier, ingen högerkammarbelastning."),
          ("Bedömning", "Lungembolier bilateralt, provocerade av östrogen och immobilisering. P-pillren sätts ut."),
          ("Åtgärd", "Övergång till apixaban, behandlingstid minst tre månader. Patienten informerad om fyndet och om varför p-piller inte bör användas framöver."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"], ["NL101", "n2"]],
  "pulmonary embolism suspected at the ED, confirmed by CT the next morning")

C("kawasaki-barn-misstanke-sedan-kriterier", "skane", "20190823-4873", [
    N("n1", "Melior", "Inskrivningsanteckning", "barn_malmo", "Amir Sultani", "läkare",
      "2024-05-06 16:30", 45, "slutenvård", [
          ("Aktuellt", "Feber sedan sex dagar trots penicillin från vårdcentralen. Röda ögon, spruckna läppar."),
          ("Status", "Bilateral konjunktivit utan sekretion, jordgubbstunga, svullna händer och fötter, 2 cm körtel hö hals."),
          ("Bedömning", "Misstänkt Kawasakis sjukdom. Ekokardiografi och lab inkl. albumin och transaminaser."),
      ]),
    N("n2", "Melior", "Daganteckning", "barn_malmo", "Amir Sultani", "läkare",
      "2024-05-07 11:00", None, "slutenvård", [
          ("Bedömning", "Uppfyller kriterierna för komplett Kawasakis sjukdom. Ekokardiografi visar normala kranskärl."),
          ("Åtgärd", "IVIG 2 g/kg samt ASA insatt. Föräldrarna har fått information om sjukdomen och behandlingen."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "child (guardian reads): Kawasaki suspected on admission, criteria met next day")

C("cushing-fragetecken-sedan-verifierat", "vgr", "19820130-3263", [
    N("n1", "Melior", "Läkaranteckning", "su_endo", "Elin Rosengren", "läkare",
      "2024-02-05 13:20", 40, "öppenvård", [
          ("Aktuellt", "Viktuppgång 15 kg på ett år, breda lila striae på buken, nydebuterad hypertoni."),
          ("Bedömning", "Cushings syndrom? Dexametasonhämningstest och dygnsurin för kortisol beställda."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "su_endo", "Elin Rosengren", "läkare",
      "2024-03-11 14:00", 40, "öppenvård", [
          ("Lab", "Ingen hämning efter 1 mg dexametason, förhöjt kortisol i saliv kl 23 och i dygnsurin x 2. ACTH lågt."),
          ("Röntgen", "DT binjurar: 3 cm adenom vänster binjure."),
          ("Bedömning", "ACTH-oberoende Cushings syndrom orsakat av binjureadenom vänster sida. Patienten informerad, remiss till endokrinkirurgen."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "Cushing's with a bare question mark (open), then biochemically and radiologically verified")

C("malaria-kan-ej-uteslutas-sedan-tjock-droppe", "skane", "19870914-2114", [
    N("n1", "Melior", "Akutjournal", "inf_malmo", "Hampus Lindqvist", "läkare",
      "2024-02-20 03:10", 35, "akut", [
          ("Aktuellt", "Hemkom från Uganda för nio dagar sedan, tog ingen malariaprofylax. Feber 39,8 och frossa sedan igår."),
          ("Bedömning", "Malaria kan ej uteslutas. Snabbtest och tjock droppe skickade akut."),
      ]),
    N("n2", "Melior", "Daganteckning", "inf_malmo", "Hampus Lindqvist", "läkare",
      "2024-02-20 07:45", 30, "slutenvård", [
          ("Lab", "Tjock och tunn droppe: Plasmodium falciparum, parasitemi 1,2 %."),
          ("Bedömning", "Okomplicerad falciparummalaria. Riamet peroralt, ny parasitemi imorgon. Pat informerad om diagnosen."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "'kan ej uteslutas' at night (open), verified by smear four hours later")

C("melanom-dermatoskopi-sedan-pad-telefon", "vgr", "19750302-4577", [
    N("n1", "Melior", "Läkaranteckning", "su_hud", "Nora Bengtsson", "läkare",
      "2024-05-13 09:40", 20, "öppenvård", [
          ("Status", "Pigmenterad lesion 9 mm på ryggen, asymmetrisk med ojämn färg och atypiskt nätverk i dermatoskopet."),
          ("Bedömning", "Dermatoskopiskt misstänkt melanom. Diagnostisk excision med 2 mm marginal utförd idag."),
      ]),
    N("n2", "Melior", "Telefonanteckning", "su_hud", "Nora Bengtsson", "läkare",
      "2024-05-29 12:15", 10, "öppenvård", [
          ("PAD", "Ytligt spridande malignt melanom, Breslow 0,6 mm, ingen ulceration, radikalt exciderat."),
          ("Åtgärd", "Pat underrättad per telefon om melanomdiagnosen. Kallas för utvidgad excision med 1 cm marginal."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"], ["NL101", "n2"]],
  "melanoma suspected clinically, PAD-verified and told by phone")

C("ra-sannolikt-sedan-seropositiv", "skane", "19700815-2824", [
    N("n1", "Melior", "Läkaranteckning", "reuma_lund", "Viktor Hammar", "läkare",
      "2024-03-06 10:00", 60, "öppenvård", [
          ("Status", "Synoviter MCP II–III bilateralt och i höger handled. Morgonstelhet cirka två timmar."),
          ("Bedömning", "Sannolkit tidig reumatoid artrit. Anti-CCP och RF skickade, röntgen händer och fötter."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "reuma_lund", "Viktor Hammar", "läkare",
      "2024-03-20 10:30", 45, "öppenvård", [
          ("Lab", "Anti-CCP starkt positivt, RF positivt, SR 38."),
          ("Bedömning", "Uppfyller ACR/EULAR-kriterierna: seropositiv reumatoid artrit."),
          ("Åtgärd", "Metotrexat 15 mg/vecka och folsyra insätts efter genomgång med patienten."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "typo 'Sannolkit' (still a hedge) for early RA, then classified seropositive RA")

C("parkinson-datscan-bekraftar", "vgr", "19490527-1955", [
    N("n1", "Melior", "Läkaranteckning", "sas_neuro", "Gunnar Alm", "läkare",
      "2024-04-15 13:30", 90, "öppenvård", [
          ("Aktuellt", "Darrning i höger hand i vila sedan ett halvår, tycker att han gått långsammare."),
          ("Status", "Vilotremor hö hand, kugghjulsrigiditet hö arm, bradykinesi vid fingertapping."),
          ("Bedömning", "Misstänkt idiopatisk Parkinsons sjukdom. DaTSCAN beställd."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "sas_neuro", "Gunnar Alm", "läkare",
      "2024-06-03 14:00", 60, "öppenvård", [
          ("Resultat", "DaTSCAN: patologiskt nedsatt upptag i putamen bilateralt, mest uttalat vänster."),
          ("Bedömning", "Parkinsons sjukdom bekräftad. Diagnosen diskuterad med patienten och hans dotter."),
          ("Ordination", "Madopark 50/12,5 mg x 3, upptitrering enligt skriftligt schema."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "Parkinson suspected clinically, DaTSCAN confirms")

C("hypotyreos-pmo-misstanke-och-konstaterad", "skane", "19640312-3067", [
    N("n1", "PMO", "Besöksanteckning", "vc_tabelund", "Maria Olofsson", "läkare",
      "2024-01-22 08:40", 30, "öppenvård", [
          ("Kontaktorsak", "Trötthet, frusenhet och viktuppgång sedan hösten."),
          ("Bedömning", "Misstänkt hypotyreos. TSH och fritt T4 tas."),
      ]),
    N("n2", "PMO", "Telefonanteckning", "vc_tabelund", "Maria Olofsson", "läkare",
      "2024-01-25 13:05", 10, "öppenvård", [
          ("Bedömning", "TSH 18, fritt T4 lågt. Hypotyreos konstaterad."),
          ("Åtgärd", "Levaxin 50 mikrogram insatt. Pat informerad per telefon, ny TSH om sex veckor."),
      ]),
], [], [["NL102", "n1"], ["NL102", "n2"]],
  "PMO only: hedged hypothyroidism in n1 is never shown in PMO, so no NL102 on either note")

C("extrauterin-graviditet-misstanke-sedan-op", "vgr", "19960409-2685", [
    N("n1", "Melior", "Läkaranteckning", "su_kvinno", "Hanna Lundmark", "läkare",
      "2024-06-10 18:20", 40, "akut", [
          ("Aktuellt", "Positivt graviditetstest, senaste mens för sju veckor sedan. Smärta i vänster fossa sedan igår."),
          ("Status", "Vaginalt ultraljud: ingen intrauterin graviditet, 2 cm resistens intill vänster ovarium, lite fri vätska."),
          ("Bedömning", "Misstänkt extrauterin graviditet vänster sida. Nytt hCG om 48 timmar, åter direkt vid ökad smärta."),
      ]),
    N("n2", "Melior", "Operationsanteckning", "su_kvinno", "Hanna Lundmark", "läkare",
      "2024-06-12 21:00", 60, "slutenvård", [
          ("Operation", "Laparoskopi: tubargraviditet i vänster äggledare, salpingektomi vänster utan komplikationer."),
          ("PAD", "Tubargraviditet bekräftad histologiskt."),
          ("Information", "Pat informerad efter operationen, partnern närvarande."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "ectopic pregnancy suspected on ultrasound, then operated and confirmed")

C("appendicit-trolig-sedan-pad", "skane", "20010718-1737", [
    N("n1", "Melior", "Akutjournal", "kir_krist", "Jonas Nyström", "läkare",
      "2024-07-04 19:10", 30, "akut", [
          ("Status", "Ömhet och släppömhet över McBurneys punkt, CRP 62, LPK 14,8."),
          ("Bedömning", "Trolig appendicit, Alvarado 8. Anmäld för laparoskopi ikväll."),
      ]),
    N("n2", "Melior", "Operationsanteckning", "kir_krist", "Jonas Nyström", "läkare",
      "2024-07-04 23:30", 30, "slutenvård", [
          ("Operation", "Flegmonös appendix utan perforation. Laparoskopisk appendektomi."),
      ]),
    N("n3", "Melior", "Epikris", "kir_krist", "Frida Sjögren", "läkare",
      "2024-07-12 09:00", 120, "slutenvård", [
          ("Diagnos", "Akut appendicit, opererad."),
          ("Sammanfattning", "PAD bekräftar akut flegmonös appendicit utan tecken på malignitet. Inga komplikationer, hem dag två."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"], ["NL102", "n3"]],
  "'Trolig appendicit' pre-op (open), confirmed at surgery and PAD")

C("celiaki-serologi-sedan-biopsi-dietist", "skane", "19990128-4423", [
    N("n1", "Melior", "Läkaranteckning", "med_ystad", "Karin Sjöholm", "läkare",
      "2024-02-14 09:30", 45, "öppenvård", [
          ("Aktuellt", "Järnbrist trots peroralt järn, lös avföring och uppblåsthet."),
          ("Lab", "Transglutaminas-IgA 120 U/mL (ref <7)."),
          ("Bedömning", "Misstänkt celiaki. Gastroskopi med duodenalbiopsier; fortsätt äta gluten tills dess."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "med_ystad", "Karin Sjöholm", "läkare",
      "2024-03-19 11:00", 30, "öppenvård", [
          ("PAD", "Duodenalbiopsier: totalatrofi, Marsh 3c."),
          ("Bedömning", "Celiaki fastställd. Informerat patienten, remiss till dietist."),
      ]),
    N("n3", "Melior", "Dietistanteckning", "med_ystad", "Therese Wallin", "dietist",
      "2024-04-02 10:00", 60, "öppenvård", [
          ("Nutrition", "Nydiagnostiserad celiaki. Genomgång av glutenfri kost, dolda glutenkällor och märkning."),
          ("Mål", "Helt glutenfri kost, uppföljning om tre månader."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"], ["NL102", "n3"]],
  "coeliac disease suspected on serology, biopsy-confirmed; the dietitian writes the settled diagnosis")

C("diabetes-typ1-barn-trolig-sedan-antikroppar", "vgr", "20160305-2380", [
    N("n1", "Melior", "Inskrivningsanteckning", "su_barnmed", "Ola Fredriksson", "läkare",
      "2024-09-09 15:00", 40, "slutenvård", [
          ("Aktuellt", "Kissar mycket och är jämt törstig sedan tre veckor, gått ner 2 kg."),
          ("Lab", "P-glukos 24, blodgas utan acidos, B-ketoner 1,1."),
          ("Bedömning", "Trolig nydebuterad typ 1-diabetes. GAD- och IA2-antikroppar skickade, subkutant insulin startas."),
      ]),
    N("n2", "Melior", "Daganteckning", "su_barnmed", "Ola Fredriksson", "läkare",
      "2024-09-13 10:20", 30, "slutenvård", [
          ("Lab", "GAD-antikroppar och IA2-antikroppar positiva."),
          ("Bedömning", "Typ 1-diabetes bekräftad. Föräldrarna har fått information och diabetesskolan fortsätter."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "child: type 1 diabetes 'trolig' on admission, antibody-confirmed")

C("angina-pmo-remiss-sedan-melior-verifierad", "skane", "19580420-3171", [
    N("n1", "PMO", "Besöksanteckning", "vc_larod", "Anders Hedin", "läkare",
      "2024-03-12 14:10", 40, "öppenvård", [
          ("Kontaktorsak", "Tryck över bröstet i uppförsbackar sedan en månad, går över i vila."),
          ("Bedömning", "Misstänkt stabil angina pectoris. Remiss arbetsprov, ASA och nitro insatt."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "kard_hbg", "Elisabet Norén", "läkare",
      "2024-04-23 10:00", 60, "öppenvård", [
          ("Utredning", "Arbetsprov: typisk bröstsmärta och ST-sänkningar vid 125 W. Kranskärlsröntgen: 85 % stenos i LAD, PCI med stent."),
          ("Bedömning", "Stabil angina pectoris orsakad av enkärlssjukdom, behandlad med PCI."),
      ]),
], [], [["NL102", "n1"], ["NL102", "n2"]],
  "angina hedged in PMO (never shown) and verified in Melior (no hedge): no NL102 anywhere")

C("temporalisarteriit-biopsi-bekraftar", "vgr", "19510203-2413", [
    N("n1", "Melior", "Akutjournal", "skas_med", "Stina Karlberg", "läkare",
      "2024-10-01 16:45", 40, "akut", [
          ("Aktuellt", "Nytillkommen huvudvärk vid tinningarna, smärta i käken vid tuggning. SR 85, CRP 48."),
          ("Bedömning", "Misstänkt temporalisarteriit. Prednisolon 40 mg insatt idag, temporalisbiopsi bokad."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "skas_med", "Stina Karlberg", "läkare",
      "2024-10-15 09:15", 30, "öppenvård", [
          ("PAD", "Temporalisbiopsi: granulomatös inflammation med jätteceller."),
          ("Bedömning", "Jättecellsarterit bekräftad. Fortsatt prednisolon enligt nedtrappningsschema, kalk och D-vitamin."),
          ("Information", "Patienten informerad om diagnosen och om synsymtom som ska föranleda akut kontakt."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "giant cell arteritis suspected and treated, then biopsy-confirmed")

C("peritonsillit-typo-missankt-sedan-punktion", "skane", "19980617-3697", [
    N("n1", "Melior", "Akutjournal", "onh_lund", "David Persson", "läkare",
      "2024-11-03 20:30", 25, "akut", [
          ("Status", "Gapförmåga två fingrar, vänster tonsill framputande, uvula deviation åt höger."),
          ("Bedömning", "Missänkt peritonsillit vänster sida. Provpunktion i lokalbedövning."),
      ]),
    N("n2", "Melior", "Akutjournal", "onh_lund", "David Persson", "läkare",
      "2024-11-03 21:10", 20, "akut", [
          ("Åtgärd", "Punktion gav 4 ml pus, incision och spolning. Peritonsillit vänster bekräftad."),
          ("Planering", "PcV tio dagar, åter vid försämrad sväljning."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "typo 'Missänkt' peritonsillitis (still an open hedge), confirmed by puncture")

C("gallsten-fragetecken-ultraljud-kolecystit", "vgr", "19770923-3063", [
    N("n1", "Melior", "Akutjournal", "udd_kir", "Rasmus Eklund", "läkare",
      "2024-08-14 01:20", None, "akut", [
          ("Aktuellt", "Smärta under höger arcus sedan kvällsmaten, feber 38,4."),
          ("Bedömning", "Gallstensanfall? Kolecysitit? Ultraljud buk imorgon bitti, inläggning, fasta."),
      ]),
    N("n2", "Melior", "Daganteckning", "udd_kir", "Lovisa Hagberg", "läkare",
      "2024-08-14 11:00", 30, "slutenvård", [
          ("Röntgen", "Ultraljud: multipla gallstenar, förtjockad gallblåsevägg 6 mm, positivt ultraljuds-Murphy."),
          ("Bedömning", "Akut kalkylös kolecystit. Antibiotika och akut kolecystektomi inom en vecka."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "two question-marked diagnoses at night (typo 'Kolecysitit?'), ultrasound settles acute cholecystitis")

C("kolangit-psc-misstanke-mrcp-bekraftar", "skane", "19850416-2184", [
    N("n1", "Melior", "Läkaranteckning", "gastro_malmo", "Tobias Wendel", "läkare",
      "2024-05-22 10:40", 50, "öppenvård", [
          ("Aktuellt", "Känd ulcerös kolit sedan 2015. Stigande ALP senaste året, klåda."),
          ("Bedömning", "Misstänkt primär skleroserande kolangit. MRCP beställd."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "gastro_malmo", "Tobias Wendel", "läkare",
      "2024-06-19 10:40", 40, "öppenvård", [
          ("Röntgen", "MRCP: multipla strikturer och dilatationer i intra- och extrahepatiska gallgångar."),
          ("Bedömning", "Primär skleroserande kolangit (PSC) i anslutning till känd ulcerös kolit. Patienten informerad om diagnosen och om årlig koloskopi framöver."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "PSC suspected on rising ALP in known UC, MRCP confirms")

C("trycksar-ssk-misstanke-sedan-sarssk", "skane", "19360811-1245", [
    N("n1", "Melior", "Omvårdnadsanteckning", "sar_hbg", "Linnea Mårtensson", "sjuksköterska",
      "2024-02-08 06:30", 15, "slutenvård", [
          ("Hud", "Rodnad som inte bleknar vid tryck över sakrum, 3 x 4 cm, liten blåsa i mitten."),
          ("Bedömning", "Misstänkt trycksår kategori 2 sakrum. Tryckavlastande madrass beställd, vändschema var annan timme."),
      ]),
    N("n2", "Melior", "Omvårdnadsanteckning", "sar_hbg", "Birgitta Holm", "sjuksköterska",
      "2024-02-08 14:00", None, "slutenvård", [
          ("Hud", "Bedömt tillsammans med sårsjuksköterska: trycksår kategori 2 sakrum, ytlig delhudsskada."),
          ("Omvårdnad", "Skumförband, byts var tredje dag. Avvikelse skriven."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "nurse's hedged pressure-ulcer diagnosis (open) confirmed by wound nurse the same day")

C("diskbrack-fysio-misstanke-sedan-mr", "vgr", "19830730-4199", [
    N("n1", "Melior", "Fysioterapeutanteckning", "nal_fysio", "Erik Sandell", "fysioterapeut",
      "2024-03-05 13:00", 30, "öppenvård", [
          ("Aktuellt", "Ländryggssmärta med utstrålning ned i höger ben till stortån sedan fyra veckor."),
          ("Status", "Positiv SLR höger vid 40 grader, nedsatt kraft i stortåns extension höger, sensorik nedsatt över fotryggen."),
          ("Bedömning", "Misstänkt lumbalt diskbråck med rotpåverkan L5 höger. Kontaktar läkare för ställningstagande till MR."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "nal_fysio", "Anneli Berg", "läkare",
      "2024-03-18 09:00", 20, "öppenvård", [
          ("Röntgen", "MR ländrygg: diskbråck L4–L5 åt höger med kompression av L5-roten."),
          ("Bedömning", "Diskbråck L4–L5 med L5-rizopati höger. Fortsatt fysioterapi, ingen pares som kräver akut kirurgi."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "physiotherapist hedges a disc herniation (open), MR settles it")

C("undernaring-dietist-risk-sedan-glim", "vgr", "19420119-3424", [
    N("n1", "Melior", "Dietistanteckning", "su_diet", "Malin Öberg", "dietist",
      "2024-10-21 11:00", 40, "slutenvård", [
          ("Nutrition", "Ofrivillig viktnedgång 7 kg på tre månader, äter hälften av portionerna."),
          ("Bedömning", "Trolig undernäring. Kompletterar med kroppssammansättning och kostregistrering innan bedömning enligt GLIM."),
      ]),
    N("n2", "Melior", "Dietistanteckning", "su_diet", "Malin Öberg", "dietist",
      "2024-10-24 10:30", 30, "slutenvård", [
          ("Nutrition", "Kostregistrering: cirka 60 % av beräknat energibehov. Fettfri massa under referens."),
          ("Bedömning", "Undernäring enligt GLIM, måttlig grad. Berikad kost och näringsdryck två gånger dagligen, patienten informerad."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "dietitian: malnutrition 'trolig' pending measurements, then diagnosed by GLIM")

C("dysfagi-logoped-misstanke-sedan-videofluoroskopi", "skane", "19440605-1567", [
    N("n1", "Melior", "Logopedanteckning", "logo_hbg", "Annika Strid", "logoped",
      "2024-04-11 10:00", 60, "slutenvård", [
          ("Aktuellt", "Dag tre efter vänstersidig hjärninfarkt. Hostar vid måltider enligt personalen."),
          ("Bedömning", "Misstänkt orofaryngeal dysfagi. Konsistensanpassad kost tills videofluoroskopi är gjord."),
      ]),
    N("n2", "Melior", "Logopedanteckning", "logo_hbg", "Annika Strid", "logoped",
      "2024-04-15 14:00", 60, "slutenvård", [
          ("Resultat", "Videofluoroskopi: fördröjd sväljreflex och tyst aspiration av tunn vätska."),
          ("Bedömning", "Orofaryngeal dysfagi med aspiration av tunna vätskor. Förtjockad dryck, sväljträning tre gånger i veckan."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "speech therapist: dysphagia suspected after stroke, confirmed on videofluoroscopy")

# ---------------------------------------------------------------------------
# B. Suspected, later refuted (lab, imaging, PAD)
# ---------------------------------------------------------------------------

C("aortadissektion-misstanke-dt-utesluter", "skane", "19620108-1939", [
    N("n1", "Melior", "Akutjournal", "akut_lund", "Sebastian Krook", "läkare",
      "2024-03-02 23:05", 30, "akut", [
          ("Aktuellt", "Plötslig rivande smärta mellan skulderbladen under tunga lyft i trädgården."),
          ("Status", "BT hö arm 165/95, vä arm 150/90. Pulsar palpabla i ljumskarna."),
          ("Bedömning", "Misstänkt aortadissektion. DT-angio aorta akut, Labetalol vid behov."),
      ]),
    N("n2", "Melior", "Akutjournal", "akut_lund", "Sebastian Krook", "läkare",
      "2024-03-03 00:40", 25, "akut", [
          ("Röntgen", "DT-angio aorta: normalvid aorta utan dissektion eller intramuralt hematom."),
          ("Bedömning", "Aortadisektion utesluten. Smärtan är muskulär efter lyftet, palperbar i m. rhomboideus."),
          ("Planering", "Hem med paracetamol, åter vid förnyad smärta."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "aortic dissection suspected then excluded by CT; n2 (typo 'Aortadisektion') only reports the settled outcome")

C("scafoideumfraktur-misstanke-mr-utesluter", "vgr", "20040212-3756", [
    N("n1", "Melior", "Akutjournal", "su_ort", "Alva Nordin", "läkare",
      "2024-01-27 15:30", 20, "akut", [
          ("Aktuellt", "Föll på handen på isen. Smärta radialt i höger handled."),
          ("Status", "Ömhet i fossa tabatière, ingen felställning."),
          ("Bedömning", "Misstänkt scafoideumfraktur trots normal slätröntgen. Gips, MR handled inom en vecka."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "su_ort", "Alva Nordin", "läkare",
      "2024-02-02 10:10", 15, "öppenvård", [
          ("Röntgen", "MR höger handled: ingen fraktur, lätt benmärgsödem i radius distalt."),
          ("Bedömning", "Ingen scafoideumfraktur. Kontusion i handleden, gipset tas bort idag."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "scaphoid fracture suspected despite normal X-ray, MR excludes it")

C("ms-kan-ej-uteslutas-sedan-avskriven", "skane", "19950720-2860", [
    N("n1", "Melior", "Läkaranteckning", "neuro_lund", "Hedvig Carlsson", "läkare",
      "2024-04-08 09:00", 50, "öppenvård", [
          ("Aktuellt", "Domningar i vänster ben och bål sedan tio dagar, successivt bättre."),
          ("Bedömning", "MS kan inte uteslutas. MR hjärna och halsrygg samt likvorundersökning."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "neuro_lund", "Hedvig Carlsson", "läkare",
      "2024-05-06 09:00", 40, "öppenvård", [
          ("Resultat", "MR hjärna och ryggmärg utan demyeliniserande förändringar, likvor normal utan oligoklonala band."),
          ("Bedömning", "MS avskrivs. Symtomen har gått i regress och bedöms som övergående sensoriska besvär utan säker orsak; ingen fortsatt uppföljning."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "MS 'kan inte uteslutas' (open), then written off after MR and CSF")

C("tuberkulos-pcr-negativ-misstanke-kvar-sedan-odling", "vgr", "19900101-4373", [
    N("n1", "Melior", "Inskrivningsanteckning", "su_inf", "Johan Rydberg", "läkare",
      "2024-01-09 14:30", 60, "slutenvård", [
          ("Aktuellt", "Hosta i två månader, nattsvettningar, viktnedgång 6 kg. Kom till Sverige från Somalia 2021."),
          ("Röntgen", "Lungröntgen: infiltrat i höger ovanlob utan kavitet."),
          ("Bedömning", "Misstänkt lungtuberkulos. Luftburen isolering, sputum för mikroskopi, PCR och odling x 3."),
      ]),
    N("n2", "Melior", "Daganteckning", "su_inf", "Johan Rydberg", "läkare",
      "2024-01-12 11:00", 30, "slutenvård", [
          ("Lab", "Sputum x 3 mikroskopi- och PCR-negativa."),
          ("Bedömning", "Isoleringen hävs. Misstanken om tuberkulos kvarstår tills odlingarna är klara."),
      ]),
    N("n3", "Melior", "Läkaranteckning", "su_inf", "Johan Rydberg", "läkare",
      "2024-03-08 13:00", 20, "öppenvård", [
          ("Lab", "Odlingar negativa efter åtta veckor, ny lungröntgen med regress av infiltratet."),
          ("Bedömning", "Tuberkulos kan avskrivas. Slutdiagnos pneumoni i höger ovanlob, nu utläkt."),
      ]),
], [["NL102", "n1"], ["NL102", "n2"]], [["NL102", "n3"]],
  "TB suspected, PCR negative but 'misstanken kvarstår' (still open in n2); cultures settle it in n3")

C("dvt-misstanke-ultraljud-bakercysta", "skane", "19571104-2647", [
    N("n1", "Melior", "Akutjournal", "med_hbg", "Oskar Lindahl", "läkare",
      "2024-06-17 18:40", None, "akut", [
          ("Status", "Vänster vad 3 cm större i omfång än höger, ömmar i knävecket."),
          ("Bedömning", "Misstänkt djup ventrombos vänster ben, Wells 2 poäng och förhöjd D-dimer. Fragmin given, ultraljud imorgon."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "med_hbg", "Oskar Lindahl", "läkare",
      "2024-06-18 11:30", 20, "öppenvård", [
          ("Röntgen", "Ultraljud vänster ben: ingen trombos, rupturerad Bakercysta."),
          ("Bedömning", "DVT utesluten. Rupturerad Bakercysta, Fragmin sätts ut."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "DVT suspected, ultrasound shows ruptured Baker's cyst instead")

C("pneumoni-fragetecken-rtg-normal-virusinfektion", "vgr", "19881212-3811", [
    N("n1", "Melior", "Akutjournal", "kungalv_med", "Filip Ahlström", "läkare",
      "2024-12-02 10:00", 25, "akut", [
          ("Aktuellt", "Feber och hosta i fem dagar, CRP 45."),
          ("Bedömning", "Pneumoni? Lungröntgen innan beslut om antibiotika."),
      ]),
    N("n2", "Melior", "Akutjournal", "kungalv_med", "Filip Ahlström", "läkare",
      "2024-12-02 12:20", 20, "akut", [
          ("Röntgen", "Lungröntgen utan infiltrat eller vätska."),
          ("Bedömning", "Ingen pnemoni. Virusorsakad nedre luftvägsinfektion, ingen antibiotika."),
          ("Planering", "Egenvårdsråd, åter om feber kvarstår efter en vecka."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "'Pneumoni?' at triage, X-ray normal; n2 negates it with a typo ('Ingen pnemoni')")

C("koloncancer-svf-koloskopi-adenom", "skane", "19520317-1581", [
    N("n1", "Melior", "Läkaranteckning", "kir_malmo", "Cecilia Bruhn", "läkare",
      "2024-02-26 13:30", 60, "öppenvård", [
          ("Aktuellt", "Remiss enligt standardiserat vårdförlopp: järnbristanemi Hb 98 och positivt F-Hb."),
          ("Bedömning", "Misstänkt kolorektal cancer. Koloskopi inom SVF-tid."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "kir_malmo", "Cecilia Bruhn", "läkare",
      "2024-03-14 14:00", 30, "öppenvård", [
          ("Resultat", "Koloskopi: tre polyper 5–8 mm i sigmoideum, avlägsnade. PAD: tubulära adenom med låggradig dysplasi."),
          ("Bedömning", "Ingen cancer. Pat informerad, kontrollkoloskopi om tre år. Järnbristen utreds vidare med gastroskopi."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"], ["NL101", "n2"]],
  "colorectal cancer suspected under SVF, colonoscopy and PAD refute it")

C("brostknol-misstanke-biopsi-fibroadenom", "vgr", "19940822-4625", [
    N("n1", "Melior", "Läkaranteckning", "su_ostra_kir", "Kristina Malm", "läkare",
      "2024-05-02 08:30", 40, "öppenvård", [
          ("Status", "2 cm rörlig knöl i vänster bröst kl 2. Ultraljud: välavgränsad solid förändring."),
          ("Bedömning", "Malignitet kan inte uteslutas. Mellannålsbiopsi tagen."),
      ]),
    N("n2", "Melior", "Telefonanteckning", "su_ostra_kir", "Kristina Malm", "läkare",
      "2024-05-08 16:00", 5, "öppenvård", [
          ("PAD", "Fibroadenom, ingen malignitet."),
          ("Åtgärd", "Meddelat patienten per telefon. Ingen ytterligare kontroll behövs."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "breast lump 'malignitet kan inte uteslutas', biopsy shows fibroadenoma")

C("hoftledsluxation-bvc-pmo-ultraljud-normal", "skane", "20240115-4899", [
    N("n1", "PMO", "BVC-anteckning", "bvc_hoor", "Emma Lilja", "sjuksköterska",
      "2024-02-19 10:00", 20, "öppenvård", [
          ("Aktuellt", "Fyraveckorsbesök. Vid läkarundersökningen klickande vänster höft vid Ortolanis test."),
          ("Åtgärd", "Misstänkt höftledsluxation, remiss till barnortopeden enligt läkarens bedömning."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "barnort_lund", "Magnus Wiik", "läkare",
      "2024-03-04 09:30", 30, "öppenvård", [
          ("Röntgen", "Ultraljud höfter: Graf typ 1a bilateralt."),
          ("Bedömning", "Normala höftleder, ingen höftledsdysplasi. Ingen uppföljning behövs, föräldrarna informerade."),
      ]),
], [], [["NL102", "n1"], ["NL102", "n2"]],
  "infant: hip dislocation suspected at BVC (PMO, hidden), refuted by ultrasound in Melior")

C("invagination-barn-ultraljud-gastroenterit", "vgr", "20220706-1546", [
    N("n1", "Melior", "Akutjournal", "su_barnakut", "Karolina Ström", "läkare",
      "2024-03-29 20:15", 30, "akut", [
          ("Aktuellt", "Perioder med intensiv gråt och uppdragna ben, kräkts fyra gånger."),
          ("Bedömning", "Invaginaton? Akut ultraljud buk."),
      ]),
    N("n2", "Melior", "Akutjournal", "su_barnakut", "Karolina Ström", "läkare",
      "2024-03-29 22:00", 20, "akut", [
          ("Röntgen", "Ultraljud utan tecken på invagination, lätt ökad peristaltik."),
          ("Bedömning", "Gastroenterit. Dricker bra på akuten, hem med vätskeschema. Föräldrarna informerade om varningstecken."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "toddler: typo 'Invaginaton?' (open), ultrasound normal, gastroenteritis")

C("lymfom-kan-ej-uteslutas-pad-reaktiv", "skane", "19930519-3311", [
    N("n1", "Melior", "Läkaranteckning", "hem_lund", "Fredrik Almqvist", "läkare",
      "2024-08-20 13:00", 45, "öppenvård", [
          ("Aktuellt", "Förstorad körtel höger hals, 3 cm, sedan sex veckor. Nattsvettningar."),
          ("Bedömning", "Lymfom kan ej utelsutas. Körtelexstirpation bokad via ÖNH."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "hem_lund", "Fredrik Almqvist", "läkare",
      "2024-09-10 13:00", 30, "öppenvård", [
          ("PAD", "Reaktiv follikulär hyperplasi, inga hållpunkter för lymfom."),
          ("Bedömning", "Lymfom har inte påvisats. Informerat patienten; kontroll av halsen om tre månader."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "typo 'kan ej utelsutas' (still a hedge) for lymphoma, node biopsy reactive")

C("nstemi-misstanke-troponin-utan-dynamik", "vgr", "19670125-2568", [
    N("n1", "Melior", "Akutjournal", "nal_akut", "Ahmed Rahimi", "läkare",
      "2024-04-06 07:10", 30, "akut", [
          ("Aktuellt", "Tryck över bröstet två timmar i morse. EKG utan ischemi."),
          ("Bedömning", "Misstänkt NSTEMI, troponinserie."),
      ]),
    N("n2", "Melior", "Akutjournal", "nal_akut", "Ahmed Rahimi", "läkare",
      "2024-04-06 10:30", 20, "akut", [
          ("Lab", "Troponin T 6 och 7 ng/L, ingen dynamik."),
          ("Bedömning", "Hjärtinfarkt utesluten. Arbetsprov polikliniskt."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "NSTEMI suspected, troponin series rules it out")

C("prostatacancer-psa-mr-biopsi-benign", "skane", "19590909-2131", [
    N("n1", "Melior", "Läkaranteckning", "uro_malmo", "Lars Hägg", "läkare",
      "2024-09-16 10:00", 60, "öppenvård", [
          ("Aktuellt", "PSA 7,8 vid hälsokontroll, stigande från 4,1 för två år sedan. Palpatoriskt mjuk prostata."),
          ("Bedömning", "Misstänkt prostatacancer. MR prostata och vid behov riktade biopsier."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "uro_malmo", "Lars Hägg", "läkare",
      "2024-10-28 10:00", 60, "öppenvård", [
          ("Resultat", "MR prostata PI-RADS 2. Systematiska biopsier benigna."),
          ("Bedömning", "Prostatacancer har inte påvisats. PSA-kontroll om ett år via vårdcentralen."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "prostate cancer suspected on PSA, MR and biopsies benign")

C("sah-misstanke-ct-lp-negativ", "vgr", "19860303-2288", [
    N("n1", "Melior", "Akutjournal", "su_akut", "Julia Wennberg", "läkare",
      "2024-07-21 02:00", 30, "akut", [
          ("Aktuellt", "Åskknallshuvudvärk under träning, maximal på några sekunder."),
          ("Bedömning", "SAH? CT hjärna akut, lumbalpunktion om CT är normal."),
      ]),
    N("n2", "Melior", "Akutjournal", "su_akut", "Julia Wennberg", "läkare",
      "2024-07-21 15:30", None, "akut", [
          ("Resultat", "CT utan blödning. Lumbalpunktion tolv timmar efter debut: inga erytrocyter, ingen xantokromi."),
          ("Bedömning", "Subaraknoidalblödning utesluten. Ansträngningsutlöst huvudvärk."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "subarachnoid haemorrhage with '?', CT and LP exclude it")

C("hjartsvikt-fragetecken-ntprobnp-normal", "skane", "19480630-3626", [
    N("n1", "Melior", "Läkaranteckning", "med_trelleborg", "Axel Holmberg", "läkare",
      "2024-05-14 09:20", 40, "öppenvård", [
          ("Aktuellt", "Svullna underben sedan två månader, något andfådd i trappor."),
          ("Bedömning", "Hjärtsvikt? NT-proBNP och ekokardiografi."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "med_trelleborg", "Axel Holmberg", "läkare",
      "2024-06-04 09:20", 30, "öppenvård", [
          ("Resultat", "NT-proBNP 90 ng/L. Ekokardiografi: normal systolisk och diastolisk funktion."),
          ("Bedömning", "Hjärtsvikt utesluten. Ödemen förklaras av amlodipin, byts till losartan."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "heart failure with '?', normal NT-proBNP and echo; oedema explained by amlodipine")

C("endometriecancer-postmenopausal-blodning-atrofi", "vgr", "19550214-3844", [
    N("n1", "Melior", "Läkaranteckning", "sas_kvinno", "Lisa Dahlgren", "läkare",
      "2024-02-12 11:00", 50, "öppenvård", [
          ("Aktuellt", "Blödning fem år efter menopaus. Vaginalt ultraljud: endometrium 9 mm."),
          ("Bedömning", "Endometriecancer kan inte uteslutas. Hysteroskopi med biopsi."),
      ]),
    N("n2", "Melior", "Telefonanteckning", "sas_kvinno", "Lisa Dahlgren", "läkare",
      "2024-03-05 13:40", 10, "öppenvård", [
          ("PAD", "Atrofiskt endometrium, ingen hyperplasi eller malignitet."),
          ("Åtgärd", "Svaret lämnat till patienten per telefon. Lokalt östrogen, ny kontakt vid ny blödning."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "postmenopausal bleeding: endometrial cancer not excluded, biopsy benign")

C("basaliom-pad-seborroisk-keratos", "skane", "19470928-1796", [
    N("n1", "Melior", "Läkaranteckning", "hud_lund", "Sara Ohlin", "läkare",
      "2024-09-02 14:00", 30, "öppenvård", [
          ("Status", "Pärlemorglänsande papel 6 mm på näsvingen vänster."),
          ("Bedömning", "Trol. basaliom, stansbiopsi tagen."),
      ]),
    N("n2", "Melior", "Telefonanteckning", "hud_lund", "Sara Ohlin", "läkare",
      "2024-09-16 09:00", 5, "öppenvård", [
          ("PAD", "Irriterad seborroisk keratos, ingen malignitet."),
          ("Åtgärd", "Meddelat patienten. Kryobehandling vid önskemål av kosmetiska skäl."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "abbreviated hedge 'Trol. basaliom' (open), PAD shows seborrhoeic keratosis")

C("uvi-pmo-misstanke-odling-negativ", "skane", "19810612-4483", [
    N("n1", "PMO", "Telefonanteckning", "vc_sodervarn", "Jenny Kraft", "sjuksköterska",
      "2024-06-03 09:10", 10, "öppenvård", [
          ("Kontaktorsak", "Sveda vid vattenkastning sedan två dagar."),
          ("Åtgärd", "Misstänkt UVI, urinodling lämnas idag, läkare ringer vid svar."),
      ]),
    N("n2", "PMO", "Telefonanteckning", "vc_sodervarn", "Omid Karimi", "läkare",
      "2024-06-05 15:00", None, "öppenvård", [
          ("Bedömning", "Urinodlingen växer inte. Ingen UVI."),
          ("Åtgärd", "Pat informerad, symtomen har gått över spontant."),
      ]),
], [], [["NL102", "n1"], ["NL102", "n2"]],
  "PMO only: suspected UTI refuted by culture; PMO is never NL102")

C("lungemboli-typo-utsluten-dt", "vgr", "19730505-2875", [
    N("n1", "Melior", "Akutjournal", "alingsas_med", "Jakob Frisk", "läkare",
      "2024-11-11 13:00", 30, "akut", [
          ("Aktuellt", "Stickande smärta höger sida av bröstkorgen vid djupa andetag efter förkylning."),
          ("Bedömning", "Lungemboli utsluten med DT lungartärer. Smärtan muskuloskeletal, NSAID i fem dagar."),
      ]),
], [], [["NL102", "n1"]],
  "typo 'utsluten' for utesluten: the pulmonary embolism is still ruled out, no hedge left")

C("hjartinfarkt-ambulansmisstanke-avfardad-single", "skane", "19720808-1914", [
    N("n1", "Melior", "Akutjournal", "akut_malmo", "Pontus Grahn", "läkare",
      "2024-08-08 16:20", 30, "akut", [
          ("Aktuellt", "Inkom med ambulans under misstanke om hjärtinfarkt efter bröstsmärta på jobbet."),
          ("Lab", "Troponin T 5 ng/L vid ankomst och 5 ng/L efter tre timmar."),
          ("Bedömning", "Hjärtinfarkt föreligger inte. Bröstsmärtan bedöms som reflux, PPI i fyra veckor."),
      ]),
], [], [["NL102", "n1"]],
  "single note: the ambulance's infarction suspicion is reported and ruled out in the same note")

# ---------------------------------------------------------------------------
# C. Suspected, then replaced by another diagnosis
# ---------------------------------------------------------------------------

C("stroke-misstanke-blev-migran-med-aura", "vgr", "19970211-3425", [
    N("n1", "Melior", "Akutjournal", "su_akut", "Oscar Lindgren", "läkare",
      "2024-02-16 08:50", 30, "akut", [
          ("Aktuellt", "Strokelarm: ordfinnandesvårigheter och svaghet i höger arm sedan 40 minuter."),
          ("Bedömning", "Misstänkt akut ischemisk stroke, NIHSS 4. Trombolysbedömning efter CT/CTA."),
      ]),
    N("n2", "Melior", "Daganteckning", "su_neuro", "Maja Wikström", "läkare",
      "2024-02-17 10:00", 40, "slutenvård", [
          ("Resultat", "CT/CTA utan ocklusion. MR hjärna utan diffusionsinskränkning."),
          ("Bedömning", "Symtomen gick helt i regress efter tre timmar och följdes av pulserande huvudvärk med illamående, som vid tidigare episoder i tonåren. Slutdiagnos migrän med aura; stroke avskrivs."),
          ("Planering", "Hem idag, triptan vid behov, inga östrogeninnehållande preventivmedel."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "stroke suspected at the alarm, replaced by migraine with aura after MR")

C("appendicit-misstanke-blev-mesenteriell-lymfadenit", "skane", "20070315-2967", [
    N("n1", "Melior", "Akutjournal", "akut_lund", "Erik Möller", "läkare",
      "2024-04-18 17:00", 30, "akut", [
          ("Aktuellt", "17-årig kvinna med smärta i höger fossa sedan ett dygn, lätt feber."),
          ("Bedömning", "Misstänkt appendicit, DT buk eftersom kliniken är oklar."),
      ]),
    N("n2", "Melior", "Akutjournal", "akut_lund", "Erik Möller", "läkare",
      "2024-04-18 21:30", 20, "akut", [
          ("Röntgen", "DT buk: normal appendix, flera förstorade mesenteriella lymfkörtlar i höger fossa."),
          ("Bedömning", "Appendicit avfärdad. Mesenteriell lymfadenit, hem med smärtlindring."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "17-year-old: appendicitis suspected, CT gives mesenteric lymphadenitis")

C("urosepsis-misstanke-blev-pneumoni", "vgr", "19380419-1751", [
    N("n1", "Melior", "Inskrivningsanteckning", "skas_lid", "Vera Åström", "läkare",
      "2024-01-30 21:15", 60, "slutenvård", [
          ("Aktuellt", "Feber 39,5, förvirrad, BT 88/50. KAD sedan prostataoperation."),
          ("Bedömning", "Misstänkt urosepsis. Blod- och urinodlingar, cefotaxim, vätska."),
      ]),
    N("n2", "Melior", "Daganteckning", "skas_lid", "Vera Åström", "läkare",
      "2024-02-01 11:00", None, "slutenvård", [
          ("Lab", "Blododlingar och urinodling utan växt. DT thorax: konsolidering i vänster underlob."),
          ("Bedömning", "Urosepsis avskriven, fokus är pneumoni i vänster underlob. Fortsatt cefotaxim, klinisk förbättring."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "urosepsis suspected, cultures negative, replaced by pneumonia on CT")

C("uretarsten-trolig-blev-bukaortaaneurysm", "skane", "19540201-3956", [
    N("n1", "Melior", "Akutjournal", "akut_malmo", "Leo Björk", "läkare",
      "2024-10-06 04:10", 20, "akut", [
          ("Aktuellt", "Flanksmärta vänster sedan igår kväll, tidigare frisk rökare."),
          ("Bedömning", "Trol. uretärsten vänster. DT urinvägar, Voltaren."),
      ]),
    N("n2", "Melior", "Akutjournal", "akut_malmo", "Leo Björk", "läkare",
      "2024-10-06 06:00", 15, "akut", [
          ("Röntgen", "DT: inga konkrement i urinvägarna. Infrarenalt bukaortaaneurysm 6,2 cm utan tecken på ruptur."),
          ("Bedömning", "Bukaortaaneurysm 6,2 cm, ej uretärsten. Kärlkirurgjouren kontaktad, inläggning för planerad åtgärd. Patienten informerad."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "kidney stone 'trol.', CT shows abdominal aortic aneurysm instead")

C("gastroenterit-trolig-blev-ketoacidos", "vgr", "19981108-2172", [
    N("n1", "Melior", "Akutjournal", "sas_akut", "Tove Lund", "läkare",
      "2024-06-22 11:40", None, "akut", [
          ("Aktuellt", "Kräkningar och ont i magen sedan igår, kompisen har haft magsjuka."),
          ("Bedömning", "Trolig gastroenterit. Blodgas och glukos innan hemgång då han är påtagligt trött."),
      ]),
    N("n2", "Melior", "Akutjournal", "sas_akut", "Tove Lund", "läkare",
      "2024-06-22 12:30", 30, "akut", [
          ("Lab", "pH 7,12, B-ketoner 5,8, P-glukos 31."),
          ("Bedömning", "Nydebuterad diabetes med ketoacidos, inte gastroenterit. Insulininfusion enligt PM, inläggning på medicinsk intermediärvårdsavdelning. Patienten och hans mamma informerade."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "gastroenteritis 'trolig', blood gas shows diabetic ketoacidosis")

C("ra-misstanke-reviderad-till-psoriasisartrit", "skane", "19800224-3494", [
    N("n1", "Melior", "Läkaranteckning", "reuma_lund", "Ebba Sundin", "läkare",
      "2024-01-15 13:00", 50, "öppenvård", [
          ("Status", "Svullna DIP-leder höger hand och en korvsvullen tå."),
          ("Bedömning", "Möjlig reumatoid artrit, DD psoriasisartrit. Serologi och röntgen."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "reuma_lund", "Ebba Sundin", "läkare",
      "2024-02-12 13:00", 40, "öppenvård", [
          ("Resultat", "Anti-CCP och RF negativa. Nagelgropar och psoriasis i hårbotten vid förnyat status."),
          ("Bedömning", "Diagnosen ändras från misstänkt RA till psoriasisartrit. Informerat patienten, metotrexat insätts."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "'möjlig RA, DD PsA' (open); n2 names the old suspicion only to revise it")

C("depression-trolig-reviderad-bipolar", "vgr", "19920917-2635", [
    N("n1", "Melior", "Läkaranteckning", "su_psyk", "Anders Wahlberg", "läkare",
      "2024-03-07 14:00", 60, "öppenvård", [
          ("Aktuellt", "Nedstämdhet, sömnsvårigheter och koncentrationssvårigheter sedan tre månader."),
          ("Bedömning", "Trolig egentlig depression, medelsvår. Sertralin 50 mg insätts, återbesök om fyra veckor."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "su_psyk", "Anders Wahlberg", "läkare",
      "2024-05-02 14:00", None, "öppenvård", [
          ("Aktuellt", "Under sertralinbehandling en vecka med minskat sömnbehov, många projekt och köpt en bil impulsivt. Vid fördjupad anamnes har liknande perioder förekommit tidigare."),
          ("Bedömning", "Diagnosen revideras till bipolär sjukdom typ II. Sertralin trappas ut och lamotrigin insätts. Patienten informerad och vill ha skriftlig information om sjukdomen."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "adult psychiatry (visible in VGR): depression 'trolig', revised to bipolar II")

C("adhd-misstanke-utredning-visar-autism-bup", "skane", "20150410-3910", [
    N("n1", "Melior", "Psykologanteckning", "bup_malmo", "Linda Forsberg", "psykolog",
      "2024-02-06 09:00", 60, "öppenvård", [
          ("Aktuellt", "Åttaårig pojke med koncentrationssvårigheter, utbrott och svårt med kamratrelationer enligt skolan."),
          ("Bedömning", "ADHD misstänks, neuropsykiatrisk utredning startas. Föräldrarna och skolan fyller i skattningsskalor."),
      ]),
    N("n2", "Melior", "Psykologanteckning", "bup_malmo", "Linda Forsberg", "psykolog",
      "2024-05-14 13:00", 90, "öppenvård", [
          ("Resultat", "Utredningen klar. Kriterierna för ADHD är inte uppfyllda. Kriterierna för autism är uppfyllda."),
          ("Åtgärd", "Återkoppling given till föräldrarna vid gemensamt möte, skriftligt utlåtande skickas hem."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "child BUP Skåne (guardian reads): ADHD suspected, assessment gives autism instead")

C("alzheimer-trolig-reviderad-lewykroppsdemens", "vgr", "19440722-2860", [
    N("n1", "Melior", "Läkaranteckning", "su_ger", "Peter Olsson", "läkare",
      "2024-03-18 10:00", 60, "öppenvård", [
          ("Aktuellt", "Minnessvikt sedan två år, MMT 22/30."),
          ("Bedömning", "Trolig Alzheimers sjukdom. DT hjärna, likvor och neuropsykologisk testning."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "su_ger", "Peter Olsson", "läkare",
      "2024-06-10 10:00", 60, "öppenvård", [
          ("Resultat", "Likvor utan Alzheimerprofil. DaTSCAN patologisk. Anhöriga beskriver fluktuerande vakenhet och att hon ser barn i rummet."),
          ("Bedömning", "Lewykroppsdemens, inte Alzheimers sjukdom. Informerat patienten och maken; antipsykotika ska undvikas."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "Alzheimer's 'trolig', revised to dementia with Lewy bodies")

C("lumbago-pmo-blev-spondylodiskit-melior", "skane", "19610919-1574", [
    N("n1", "PMO", "Besöksanteckning", "vc_nasby", "Göran Ek", "läkare",
      "2024-11-05 10:30", 20, "öppenvård", [
          ("Kontaktorsak", "Ont i ländryggen i två veckor, inget trauma."),
          ("Bedömning", "Trolig lumbago. Naproxen, fysioterapi."),
      ]),
    N("n2", "Melior", "Inskrivningsanteckning", "med_krist", "Rebecka Falk", "läkare",
      "2024-11-19 22:00", 40, "slutenvård", [
          ("Aktuellt", "Tilltagande ryggsmärta, nu feber 38,9 och CRP 180."),
          ("Röntgen", "MR: spondylodiskit L3–L4 utan epiduralabscess."),
          ("Bedömning", "Spondylodiskit, blododlingar växer Staphylococcus aureus. Kloxacillin iv och ekokardiografi enligt PM vid Staphylococcus aureus-bakteriemi."),
      ]),
], [], [["NL102", "n1"], ["NL102", "n2"]],
  "lumbago hedged in PMO (hidden), replaced by verified spondylodiscitis in Melior")

C("pneumoni-trolig-blev-lungemboli", "vgr", "19850506-4462", [
    N("n1", "Melior", "Akutjournal", "nal_akut", "Simon Bergkvist", "läkare",
      "2024-09-03 13:20", 30, "akut", [
          ("Aktuellt", "Hosta, feber 38,2 och smärta i höger sida vid andning. CRP 60."),
          ("Bedömning", "Pneumoni trolig, lungröntgen innan antibiotika."),
      ]),
    N("n2", "Melior", "Akutjournal", "nal_akut", "Simon Bergkvist", "läkare",
      "2024-09-03 18:50", 30, "akut", [
          ("Röntgen", "Lungröntgen utan infiltrat. DT-angio: segmentell lungemboli höger underlob."),
          ("Bedömning", "Lungemboli höger underlob; pneumonimisstanken avskriven. Apixaban, uppföljning via medicinmottagningen."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "pneumonia 'trolig', replaced by segmental pulmonary embolism")

C("acs-st-hojning-blev-takotsubo", "skane", "19560627-3885", [
    N("n1", "Melior", "Akutjournal", "hjartavd_krist", "Hugo Danielsson", "läkare",
      "2024-12-01 06:20", 30, "akut", [
          ("Aktuellt", "Bröstsmärta efter beskedet att maken avlidit. ST-höjningar V2–V4."),
          ("Bedömning", "Akut hjärtinfarkt? PCI-larm."),
      ]),
    N("n2", "Melior", "Daganteckning", "hjartavd_krist", "Hugo Danielsson", "läkare",
      "2024-12-02 10:00", None, "slutenvård", [
          ("Resultat", "Kranskärlsröntgen utan stenoser, ventrikulografi med apikal ballongering."),
          ("Bedömning", "Takotsubokardiomyopati. Det rör sig inte om en hjärtinfarkt. Ny ekokardiografi om sex veckor, patienten informerad."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "infarction with '?' at PCI alarm, replaced by takotsubo")

C("kontakteksem-misstanke-blev-tinea", "vgr", "19780904-3123", [
    N("n1", "Melior", "Läkaranteckning", "su_hud", "Ida Sjöberg", "läkare",
      "2024-06-24 10:00", 30, "öppenvård", [
          ("Status", "Rodnat, fjällande utslag på höger underarm med skarp kant."),
          ("Bedömning", "Möjligt kontakteksem. Lapptest och svampodling, grupp III-steroid i väntan."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "su_hud", "Ida Sjöberg", "läkare",
      "2024-07-08 10:00", 20, "öppenvård", [
          ("Resultat", "Lapptest negativt. Svampodling: Trichophyton rubrum."),
          ("Bedömning", "Tinea corporis, inget kontakteksem. Steroidkrämen sätts ut, terbinafin i två veckor."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "'möjligt kontakteksem', culture shows tinea")

C("vasovagal-synkope-trolig-blev-av-block", "skane", "19410318-1345", [
    N("n1", "Melior", "Inskrivningsanteckning", "med_hbg", "Cornelia Westin", "läkare",
      "2024-05-20 14:30", 40, "slutenvård", [
          ("Aktuellt", "Svimmade i kön på ICA, vaknade direkt. Inga kramper."),
          ("Bedömning", "Trolig vasovagal synkope. Telemetri över natten med tanke på åldern."),
      ]),
    N("n2", "Melior", "Daganteckning", "med_hbg", "Cornelia Westin", "läkare",
      "2024-05-21 09:30", 30, "slutenvård", [
          ("Resultat", "Telemetri: intermittent AV-block III med pauser upp till 5 sekunder."),
          ("Bedömning", "Synkopen orsakad av AV-block III. Pacemaker inopereras imorgon, patienten informerad."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "vasovagal syncope 'trolig', telemetry shows AV block III")

C("erysipelas-trolig-blev-dvt", "vgr", "19640111-3631", [
    N("n1", "Melior", "Akutjournal", "udd_kir", "Petra Hultin", "läkare",
      "2024-07-29 15:00", 30, "akut", [
          ("Status", "Rodnad och värmeökning vänster underben, ingen skarp gräns, feber 37,9."),
          ("Bedömning", "Trol. erysipelas. PcV, ny bedömning om tre dagar."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "udd_kir", "Petra Hultin", "läkare",
      "2024-08-01 10:00", 20, "öppenvård", [
          ("Röntgen", "Ultraljud: trombos i vena poplitea vänster."),
          ("Bedömning", "DVT vänster ben. Erysipelasdiagnosen dras tillbaka, PcV sätts ut, apixaban insätts."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "erysipelas 'Trol.', replaced by DVT on ultrasound")

C("astma-fragetecken-blev-eilo", "skane", "20030205-2675", [
    N("n1", "Melior", "Läkaranteckning", "lung_lund", "Moa Ljung", "läkare",
      "2024-03-11 09:00", 50, "öppenvård", [
          ("Aktuellt", "Elitlöpare med attacker av andnöd och ljud vid inandning under intervallträning."),
          ("Bedömning", "Astma? Spirometri med reversibilitet och metakolintest."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "lung_lund", "Moa Ljung", "läkare",
      "2024-04-22 09:00", 50, "öppenvård", [
          ("Resultat", "Spirometri och metakolintest normala. Kontinuerlig laryngoskopi under löpning: paradoxal inåtrörelse av stämbanden."),
          ("Bedömning", "Ansträngningsutlöst larynxobstruktion (EILO), inte astma. Remiss logoped för andningsteknik."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "asthma with '?', replaced by EILO after laryngoscopy")

C("giktattack-trolig-blev-septisk-artrit", "vgr", "19530728-3993", [
    N("n1", "Melior", "Akutjournal", "sas_akut", "Magnus Borg", "läkare",
      "2024-04-27 19:40", 30, "akut", [
          ("Aktuellt", "Svullet, rött höger knä sedan två dagar. Haft gikt i stortån tidigare."),
          ("Bedömning", "Giktattack trolig. Ledpunktion för kristaller och odling."),
      ]),
    N("n2", "Melior", "Inskrivningsanteckning", "sas_ort", "Magnus Borg", "läkare",
      "2024-04-27 23:00", 40, "slutenvård", [
          ("Lab", "Ledvätska: 85 000 leukocyter, inga uratkristaller, grampositiva kocker i direktmikroskopi."),
          ("Bedömning", "Septisk artrit höger knä, inte gikt. Artroskopisk spolning i natt, kloxacillin iv."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "gout 'trolig', joint fluid shows septic arthritis")

C("allergisk-rinit-pmo-blev-sinuit-pmo", "skane", "19870503-2046", [
    N("n1", "PMO", "Besöksanteckning", "vc_bastad", "Sofie Hallberg", "läkare",
      "2024-05-08 14:20", 20, "öppenvård", [
          ("Kontaktorsak", "Nästäppa och nysningar i tre veckor."),
          ("Bedömning", "Sannolikt allergisk rinit, prövar nasal steroid."),
      ]),
    N("n2", "PMO", "Besöksanteckning", "vc_bastad", "Sofie Hallberg", "läkare",
      "2024-05-29 09:40", 20, "öppenvård", [
          ("Bedömning", "Nu ensidig värk över vänster kindben och varig snuva, CRP 52. Akut bakteriell sinuit vänster, ej allergi."),
          ("Åtgärd", "PcV i tio dagar."),
      ]),
], [], [["NL102", "n1"], ["NL102", "n2"]],
  "PMO only: 'sannolikt allergisk rinit' then sinusitis; PMO never NL102")

C("alkoholabstinens-trolig-blev-hyponatremi", "vgr", "19600214-1353", [
    N("n1", "Melior", "Akutjournal", "alingsas_med", "Cajsa Nordqvist", "läkare",
      "2024-10-12 02:30", None, "akut", [
          ("Aktuellt", "Förvirrad och darrig, dricker cirka tio starköl om dagen enligt sambon."),
          ("Bedömning", "Trol. alkoholabstinens. Oxascand enligt CIWA, B-vitamin iv."),
      ]),
    N("n2", "Melior", "Daganteckning", "alingsas_med", "Cajsa Nordqvist", "läkare",
      "2024-10-12 10:00", 30, "slutenvård", [
          ("Lab", "P-Na 118, S-osmolalitet lågt, U-osmolalitet 80."),
          ("Bedömning", "Förvirringen orsakad av svår hyponatremi vid stort ölintag och lågt saltintag. Abstinens avskrivet, inga abstinenstecken senaste dygnet. Långsam korrektion med NaCl, Na-kontroll var fjärde timme."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "alcohol withdrawal 'Trol.', replaced by hyponatraemia")

# ---------------------------------------------------------------------------
# D. Working diagnosis at arrival, later revised
# ---------------------------------------------------------------------------

C("arbetsdiagnos-sepsis-oklart-fokus-blev-pyelonefrit-epikris", "vgr", "19580903-4225", [
    N("n1", "Melior", "Akutjournal", "su_akut", "Rikard Nyberg", "läkare",
      "2024-03-25 19:00", 40, "akut", [
          ("Aktuellt", "Frossa och feber 40,1 sedan i morse, allmänpåverkad. Inga luftvägssymtom."),
          ("Status", "BT 95/60, puls 118, AF 22. Lätt dunkömhet vänster njurloge."),
          ("Bedömning", "Arbetsdiagnos vid ankomst: misstänkt sepsis med oklart fokus. Odlingar, piperacillin-tazobaktam, vätska."),
      ]),
    N("n2", "Melior", "Inskrivningsanteckning", "su_avd_med", "Therese Lantz", "läkare",
      "2024-03-26 09:30", 40, "slutenvård", [
          ("Lab", "Urinodling och blododling: E. coli, känslig för cefotaxim."),
          ("Bedömning", "Arbetsdiagnosen revideras: akut pyelonefrit vänster med bakteriemi. Byte till cefotaxim."),
      ]),
    N("n3", "Melior", "Epikris", "su_avd_med", "Therese Lantz", "läkare",
      "2024-03-30 11:00", None, "slutenvård", [
          ("Diagnos", "Akut pyelonefrit med E. coli-bakteriemi."),
          ("Sammanfattning", "Inkom med arbetsdiagnos sepsis av oklart fokus; fokus visade sig vara vänster njure. Snabb förbättring på antibiotika, hem med ciprofloxacin totalt tio dagar."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"], ["NL102", "n3"]],
  "arrival working diagnosis 'misstänkt sepsis med oklart fokus' revised to pyelonephritis; epicrisis reports it settled")

C("obstruktiv-bronkit-trolig-blev-frammande-kropp", "vgr", "20220114-3639", [
    N("n1", "Melior", "Akutjournal", "nal_barn", "Emil Granath", "läkare",
      "2024-02-11 18:00", 30, "akut", [
          ("Aktuellt", "Tvååring som plötsligt började hosta vid middagen, nu pip i bröstet."),
          ("Status", "Nedsatta andningsljud höger sida, ingen feber."),
          ("Bedömning", "Trolig obstruktiv bronkit, men aspiration av främmande kropp kan inte uteslutas. Inhalation och lungröntgen."),
      ]),
    N("n2", "Melior", "Operationsanteckning", "nal_barn", "Karin Rask", "läkare",
      "2024-02-12 09:00", 40, "slutenvård", [
          ("Operation", "Rigid bronkoskopi i narkos: jordnötsbit i höger huvudbronk, avlägsnad i sin helhet."),
          ("Bedömning", "Aspirerad främmande kropp, ej obstruktiv bronkit. Föräldrarna informerade om att undvika nötter till barn under fyra år."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "toddler: 'trolig obstruktiv bronkit' with foreign body not excluded, bronchoscopy settles it")

C("inskrivning-hjartsvikt-epikris-pneumoni", "skane", "19400419-2086", [
    N("n1", "Melior", "Inskrivningsanteckning", "mava_lund", "Alexander Roos", "läkare",
      "2024-01-03 23:15", 45, "slutenvård", [
          ("Aktuellt", "Tilltagande andfåddhet, bilaterala ödem, rassel basalt."),
          ("Bedömning", "Misstänkt hjärtsviktsdekompensation, möjligen utlöst av infektion. Furosemid iv, NT-proBNP, lungröntgen."),
      ]),
    N("n2", "Melior", "Epikris", "mava_lund", "Alexander Roos", "läkare",
      "2024-01-08 13:00", 60, "slutenvård", [
          ("Diagnos", "Pneumoni i höger underlob."),
          ("Sammanfattning", "Inkom under misstanke om hjärtsvikt, som avfärdades då NT-proBNP var normalt och ekokardiografi utan anmärkning. Lungröntgen visade infiltrat i höger underlob. Förbättrad på bensylpenicillin, hem med PcV."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "admitted as suspected heart failure; the epicrisis reports the suspicion dismissed and pneumonia confirmed")

C("distorsion-trolig-blev-maisonneuve", "skane", "19911127-3356", [
    N("n1", "Melior", "Akutjournal", "ort_hlm", "Robin Claesson", "läkare",
      "2024-02-24 14:00", 20, "akut", [
          ("Aktuellt", "Vrickade höger fot i fotbollsmatch."),
          ("Bedömning", "Trolig fotledsdistorsion. Rtg fotled enligt Ottawa-reglerna."),
      ]),
    N("n2", "Melior", "Akutjournal", "ort_hlm", "Robin Claesson", "läkare",
      "2024-02-24 16:10", 20, "akut", [
          ("Röntgen", "Fotled: vidgad medial ledspringa. Underben i helhet: proximal fibulafraktur."),
          ("Bedömning", "Maisonneuve-fraktur med syndesmosskada höger. Inläggning för operation imorgon."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "ankle sprain 'trolig' at arrival, X-ray shows Maisonneuve fracture")

C("acs-arbetsdiagnos-blev-perikardit", "vgr", "19900718-1911", [
    N("n1", "Melior", "Akutjournal", "skas_med", "Nils Pettersson", "läkare",
      "2024-05-09 03:00", 30, "akut", [
          ("Aktuellt", "Bröstsmärta sedan kvällen, värre liggande. Förkyld förra veckan."),
          ("Bedömning", "Arbetsdiagnos: akut koronart syndrom, trol. NSTEMI med lätt förhöjt troponin. Inläggning för observation."),
      ]),
    N("n2", "Melior", "Epikris", "skas_med", "Nils Pettersson", "läkare",
      "2024-05-11 12:00", 30, "slutenvård", [
          ("Diagnos", "Akut perikardit."),
          ("Sammanfattning", "Troponin stabilt lätt förhöjt, diffusa konkava ST-höjningar och liten perikardvätska på ekokardiografi. ACS avskrivet. Ibuprofen och kolkicin i tre månader."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "ACS/NSTEMI as working diagnosis revised to pericarditis")

C("meningit-kan-ej-uteslutas-blev-influensa-barn", "skane", "20170930-2689", [
    N("n1", "Melior", "Akutjournal", "barnakut_lund", "Tilda Axelsson", "läkare",
      "2024-01-16 21:40", 30, "akut", [
          ("Aktuellt", "Sexårig flicka med feber 40, huvudvärk och kräkning."),
          ("Status", "Trött men kontaktbar, lätt nackstel vid flexion."),
          ("Bedömning", "Meningit kan ej uteslutas. Lumbalpunktion, blododling, ceftriaxon efter LP."),
      ]),
    N("n2", "Melior", "Daganteckning", "barnakut_lund", "Tilda Axelsson", "läkare",
      "2024-01-17 10:00", 30, "slutenvård", [
          ("Lab", "Likvor: normalt cellantal, glukos och protein. Influensa A-PCR positiv i nasofarynx."),
          ("Bedömning", "Meningit utesluten; influensa A. Ceftriaxon sätts ut. Föräldrarna informerade, hem idag."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "child: meningitis not excluded on arrival, CSF normal, influenza A")

C("hoftfraktur-misstanke-blev-ramusfraktur", "vgr", "19330606-2088", [
    N("n1", "Melior", "Akutjournal", "su_ort", "Henrik Lagerqvist", "läkare",
      "2024-12-14 10:00", 30, "akut", [
          ("Aktuellt", "Föll hemma, kan inte belasta vänster ben."),
          ("Bedömning", "Misstänkt höftfraktur vänster, rtg höft och bäcken."),
      ]),
    N("n2", "Melior", "Akutjournal", "su_ort", "Henrik Lagerqvist", "läkare",
      "2024-12-14 13:30", None, "akut", [
          ("Röntgen", "Ingen höftfraktur. DT bäcken: odislocerad fraktur i vänster ramus superior och inferior ossis pubis."),
          ("Bedömning", "Ramusfraktur vänster, behandlas icke-operativt med full belastning. Inläggning på geriatrisk avdelning för mobilisering."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "hip fracture suspected on arrival, CT shows pubic rami fracture instead")

C("njurstensanfall-ankomst-blev-divertikulit-epikris-single", "skane", "19660115-3494", [
    N("n1", "Melior", "Epikris", "kir_malmo", "Agnes Berglund", "läkare",
      "2024-09-20 10:00", None, "slutenvård", [
          ("Diagnos", "Okomplicerad divertikulit i sigmoideum."),
          ("Sammanfattning", "Inkom med misstänkt njurstensanfall vänster. DT visade inga konkrement men inflammation kring en divertikel i sigmoideum. Behandlad utan antibiotika med smärtlindring och flytande kost, mår bra vid utskrivning."),
          ("Uppföljning", "Ingen rutinmässig koloskopi. Kontakt vid feber eller tilltagande smärta."),
      ]),
], [], [["NL102", "n1"]],
  "single epicrisis: arrival suspicion of renal colic reported and replaced by CT-verified diverticulitis")

C("ankomst-strokelarm-hypoglykemi-single", "vgr", "19480217-1761", [
    N("n1", "Melior", "Akutjournal", "sas_akut", "Kajsa Nylund", "läkare",
      "2024-08-30 07:45", 20, "akut", [
          ("Aktuellt", "Prehospitalt strokelarm: sluddrigt tal och svag höger arm. Insulinbehandlad diabetes."),
          ("Lab", "P-glukos 1,8 vid ankomst."),
          ("Bedömning", "Symtomfri efter glukos iv. Hypoglykemi orsakade symtomen; stroke är inte aktuellt. Långverkande insulin minskas med 20 %."),
      ]),
], [], [["NL102", "n1"]],
  "single note: stroke alarm at arrival, settled as hypoglycaemia in the same note")

C("ankomst-ileus-blev-forstoppning-single-typo", "skane", "19390422-1284", [
    N("n1", "Melior", "Akutjournal", "kir_lund", "Max Holmgren", "läkare",
      "2024-06-07 16:00", 20, "akut", [
          ("Aktuellt", "Inkom med frågeställning ileus, uppspänd buk och ingen avföring på sex dagar."),
          ("Röntgen", "DT buk: stora mängder feces i kolon, inga dilaterade tunntarmsslyngor, ingen övergångszon."),
          ("Bedömning", "Ileus utesluten. Förstopning, lavemang med god effekt. Opioiddosen ses över av hemsjukvården."),
      ]),
], [], [["NL102", "n1"]],
  "typo 'Förstopning': arrival question of ileus excluded by CT in the same note")

# ---------------------------------------------------------------------------
# E. Suspicion refined to a subtype
# ---------------------------------------------------------------------------

C("aml-trolig-npm1-sedan-genetik", "vgr", "19710809-3878", [
    N("n1", "Melior", "Läkaranteckning", "su_hem", "Lina Ekstrand", "läkare",
      "2024-04-03 15:00", None, "slutenvård", [
          ("Resultat", "Benmärg: 68 % myeloiska blaster. Flödescytometri förenlig med AML."),
          ("Bedömning", "Akut myeloisk leukemi. Trolig AML med NPM1-mutation utifrån morfologi och immunfenotyp, genetik inväntas. Patienten och maken informerade om leukemidiagnosen."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "su_hem", "Lina Ekstrand", "läkare",
      "2024-04-10 15:00", 45, "slutenvård", [
          ("Resultat", "Genetik: NPM1-mutation påvisad, FLT3-ITD negativ, normal karyotyp."),
          ("Bedömning", "AML med muterad NPM1, gynnsam riskgrupp enligt ELN. Patienten informerad; fortsatt induktion enligt plan."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "AML settled but the subtype 'trolig' (open) until genetics; n2 settled")

C("lymfom-subtyp-sannolikt-dlbcl-sedan-ihc", "skane", "19630115-1913", [
    N("n1", "Melior", "Läkaranteckning", "hem_lund", "Jesper Lindström", "läkare",
      "2024-02-21 11:00", 60, "öppenvård", [
          ("PAD", "Preliminärt svar från körtelbiopsi: högmalignt B-cellslymfom, immunhistokemi pågår."),
          ("Bedömning", "Sannolikt diffust storcelligt B-cellslymfom. PET-DT beställd, patienten informerad om lymfomdiagnosen."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "hem_lund", "Jesper Lindström", "läkare",
      "2024-02-28 11:00", 60, "öppenvård", [
          ("PAD", "Slutligt svar: diffust storcelligt B-cellslymfom, non-GCB-typ, ingen MYC-rearrangering."),
          ("Bedömning", "DLBCL stadium II enligt PET-DT. R-CHOP sex cykler planeras."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "lymphoma subtype 'sannolikt DLBCL' refined by immunohistochemistry")

C("lungcancer-sannolikt-adenokarcinom-sedan-egfr", "vgr", "19520810-2243", [
    N("n1", "Melior", "Läkaranteckning", "su_lung", "Helena Roth", "läkare",
      "2024-10-07 13:00", 45, "öppenvård", [
          ("PAD", "Bronkoskopisk biopsi: icke-småcellig lungcancer, färgningar pågår."),
          ("Bedömning", "Icke-småcellig lungcancer, sannolikt adenokarcinom. Beskedet om cancer lämnat idag."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "su_lung", "Helena Roth", "läkare",
      "2024-10-21 13:00", 45, "öppenvård", [
          ("PAD", "TTF-1 positivt: adenokarcinom. Molekylärpatologi: EGFR exon 19-deletion."),
          ("Bedömning", "EGFR-muterat adenokarcinom i lunga. Osimertinib startas, patienten informerad."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "NSCLC told, histological subtype 'sannolikt' refined to EGFR-mutated adenocarcinoma")

C("epilepsi-typo-fokal-trolig-temporallob-sedan-mr", "skane", "19940603-1733", [
    N("n1", "Melior", "Läkaranteckning", "neuro_lund", "Alice Sandberg", "läkare",
      "2024-05-27 10:00", 30, "öppenvård", [
          ("Aktuellt", "Andra anfallet på tre månader, föregås av déjà vu och obehag i magen."),
          ("Bedömning", "Epelepsi, trol. fokal med ursprung i tinningloben. EEG och MR med epilepsiprotokoll."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "neuro_lund", "Alice Sandberg", "läkare",
      "2024-07-01 10:00", 30, "öppenvård", [
          ("Resultat", "MR: hippocampusskleros vänster. EEG: epileptiform aktivitet vänster temporalt."),
          ("Bedömning", "Fokal temporallobsepilepsi vänster orsakad av hippocampusskleros. Lamotrigin upptitreras, ej bilkörning förrän anfallsfri."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "typo 'Epelepsi': epilepsy settled, focal temporal origin 'trol.' until MR and EEG")

C("diabetes-mojlig-lada-gad-positiv", "vgr", "19760131-2585", [
    N("n1", "Melior", "Läkaranteckning", "su_endo", "Felix Söderberg", "läkare",
      "2024-08-12 13:00", 40, "öppenvård", [
          ("Aktuellt", "Diabetes diagnostiserad i våras, normalvikt, dålig effekt av metformin."),
          ("Bedömning", "Diabetes, möjlig LADA. GAD-antikroppar och C-peptid."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "su_endo", "Felix Söderberg", "läkare",
      "2024-09-02 13:00", 40, "öppenvård", [
          ("Lab", "GAD-antikroppar kraftigt förhöjda, C-peptid lågt normalt."),
          ("Bedömning", "LADA. Basinsulin startas, patienten informerad om att insulinbehovet sannolikt ökar med tiden."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "diabetes type 'möjlig LADA' refined by GAD antibodies; n2's 'sannolikt ökar' is a prognosis hedge, not a diagnosis")

C("ibd-dd-crohn-uc-sedan-crohn", "skane", "20000924-4534", [
    N("n1", "Melior", "Läkaranteckning", "gastro_malmo", "Wilma Hed", "läkare",
      "2024-03-04 14:00", 50, "öppenvård", [
          ("Aktuellt", "Diarré och viktnedgång, calprotectin 900."),
          ("Bedömning", "Inflammatorisk tarmsjukdom, DD Crohns sjukdom och ulcerös kolit. Ileokoloskopi och MR tunntarm."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "gastro_malmo", "Wilma Hed", "läkare",
      "2024-04-02 14:00", 50, "öppenvård", [
          ("Resultat", "Ileokoloskopi: aftösa sår och stenos i terminala ileum, kolon normalt. PAD: granulom. MR: 15 cm inflammerad ileum."),
          ("Bedömning", "Crohns sjukdom i terminala ileum. Budesonid, patienten informerad och remitterad till IBD-sjuksköterska."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "IBD with 'DD Crohn/UC' (open), refined to Crohn's disease")

C("vaskulit-trolig-anca-sedan-gpa", "vgr", "19670308-3185", [
    N("n1", "Melior", "Läkaranteckning", "su_reuma", "Jonatan Löf", "läkare",
      "2024-01-22 10:00", 60, "slutenvård", [
          ("Aktuellt", "Blodig snuva, hosta och stigande kreatinin. Urinsticka med blod och protein."),
          ("Bedömning", "Systemisk vaskulit, trol. ANCA-associerad. ANCA, njurbiopsi."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "su_reuma", "Jonatan Löf", "läkare",
      "2024-01-29 10:00", None, "slutenvård", [
          ("Resultat", "PR3-ANCA starkt positiv. Njurbiopsi: pauciimmun nekrotiserande glomerulonefrit."),
          ("Bedömning", "Granulomatös polyangit med njurengagemang. Kortison och rituximab, patienten informerad om diagnosen."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "vasculitis 'trol. ANCA-associerad' refined to granulomatosis with polyangiitis")

C("kardiomyopati-amyloidos-fragetecken-sedan-attr", "skane", "19460112-2734", [
    N("n1", "Melior", "Läkaranteckning", "kard_lund", "Samuel Rehn", "läkare",
      "2024-06-12 09:00", 60, "öppenvård", [
          ("Resultat", "Ekokardiografi: koncentrisk väggförtjockning 17 mm, låg voltage på EKG."),
          ("Bedömning", "Hypertrofisk kardiomyopati eller infiltrativ sjukdom, amyloidos? Hjärt-MR och DPD-skintigrafi."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "kard_lund", "Samuel Rehn", "läkare",
      "2024-07-24 09:00", 60, "öppenvård", [
          ("Resultat", "DPD-skintigrafi: grad 3-upptag i myokardiet. Ingen monoklonal komponent. Gentest: vildtyp."),
          ("Bedömning", "Transtyretinamyloidos av vildtyp (ATTRwt) med hjärtengagemang. Tafamidis ansöks, patienten informerad."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "cardiomyopathy with 'amyloidos?' refined to wild-type ATTR amyloidosis")

C("hemolytisk-anemi-barn-trolig-sedan-sfarocytos", "vgr", "20140222-2317", [
    N("n1", "Melior", "Läkaranteckning", "su_barnmed", "Ylva Kronberg", "läkare",
      "2024-03-13 13:00", 40, "öppenvård", [
          ("Aktuellt", "Tioårig pojke med återkommande gulsot vid infektioner. Pappan har gjort splenektomi."),
          ("Bedömning", "Anemi, trolig hereditär hemolytisk anemi. EMA-test och flödescytometri."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "su_barnmed", "Ylva Kronberg", "läkare",
      "2024-04-10 13:00", 40, "öppenvård", [
          ("Lab", "EMA-bindning nedsatt, sfärocyter i utstryk."),
          ("Bedömning", "Hereditär sfärocytos, mild form. Folsyra, föräldrarna informerade och årlig kontroll."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "child: 'trolig hereditär hemolytisk anemi' refined to hereditary spherocytosis")

C("bullos-dermatos-misstankt-pemfigoid-sedan-if", "skane", "19380830-1620", [
    N("n1", "Melior", "Läkaranteckning", "hud_lund", "Klara Ström", "läkare",
      "2024-11-04 10:00", 40, "öppenvård", [
          ("Status", "Spända blåsor på bålen och låren, klåda i flera månader."),
          ("Bedömning", "Blåsbildande dermatos, misstänkt bullös pemfigoid. Biopsier för rutinhistologi och direkt immunfluorescens."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "hud_lund", "Klara Ström", "läkare",
      "2024-11-18 10:00", 40, "öppenvård", [
          ("PAD", "Subepidermal blåsa, linjär IgG och C3 längs basalmembranet. BP180-antikroppar positiva."),
          ("Bedömning", "Bullös pemfigoid. Potent lokal steroid och doxycyklin, patienten informerad."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "blistering disease refined from suspected to immunofluorescence-verified bullous pemphigoid")

C("demens-trolig-ftd-sedan-pet-bvftd", "vgr", "19570425-2542", [
    N("n1", "Melior", "Läkaranteckning", "su_neuro", "Daniel Kjellberg", "läkare",
      "2024-02-26 13:00", 60, "öppenvård", [
          ("Aktuellt", "Personlighetsförändring sedan två år, hämningslös och har slutat bry sig om familjen enligt maken."),
          ("Bedömning", "Demenssjukdom, trol. frontotemporal typ. FDG-PET, likvor och neuropsykologisk bedömning."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "su_neuro", "Daniel Kjellberg", "läkare",
      "2024-05-06 13:00", 60, "öppenvård", [
          ("Resultat", "FDG-PET: nedsatt metabolism frontalt och i främre temporalloberna bilateralt. Normala amyloid- och taunivåer i likvor."),
          ("Bedömning", "Frontotemporal demens, beteendevariant. Diagnosen meddelad patienten och maken, kontakt med demenssjuksköterska."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "dementia subtype 'trol. frontotemporal' refined to behavioural-variant FTD")

C("ovarialcancer-trolig-hoggradig-seros-sedan-pad", "skane", "19600707-4260", [
    N("n1", "Melior", "Läkaranteckning", "kvinno_lund", "Marie Ståhl", "läkare",
      "2024-09-23 11:00", 60, "öppenvård", [
          ("Resultat", "DT: bilaterala adnexresistenser, ascites och peritoneala förändringar. CA-125 1400."),
          ("Bedömning", "Avancerad ovarialcancer, trolig höggradig serös typ. Diagnostisk laparoskopi med biopsi, beskedet om cancer lämnat idag."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "kvinno_lund", "Marie Ståhl", "läkare",
      "2024-10-07 11:00", 60, "öppenvård", [
          ("PAD", "Höggradig serös karcinom med ursprung i äggledaren. Somatisk BRCA1-mutation."),
          ("Bedömning", "Höggradig serös ovarialcancer stadium IIIC. Neoadjuvant cytostatika, patienten informerad om PAD och genetisk vägledning."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "ovarian cancer told, subtype 'trolig höggradig serös' refined by PAD")

# ---------------------------------------------------------------------------
# F. Tidiga hypoteser along the way
# ---------------------------------------------------------------------------

C("als-tidiga-hypoteser-sedan-faststalld-synligt", "skane", "19570203-3175", [
    N("n1", "Melior", "Tidiga hypoteser", "neuro_lund", "Rune Axelsson", "läkare",
      "2024-01-24 11:00", None, "öppenvård", [
          ("Bedömning", "Misstänkt ALS med fascikulationer och atrofi i båda händernas småmuskler. Inte kommunicerat med patienten, som vill vänta på ENeG innan vi diskuterar orsaker."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "neuro_lund", "Rune Axelsson", "läkare",
      "2024-01-24 11:05", 30, "öppenvård", [
          ("Aktuellt", "Svaghet i händerna sedan ett halvår, tappar saker."),
          ("Planering", "ENeG bokad, återbesök med svar om tre veckor."),
      ]),
    N("n3", "Melior", "Läkaranteckning", "neuro_lund", "Rune Axelsson", "läkare",
      "2024-02-21 13:00", 45, "öppenvård", [
          ("Resultat", "ENeG: utbredd denervation och reinnervation i tre regioner, normala sensoriska svar."),
          ("Bedömning", "ALS fastställd enligt Gold Coast-kriterierna. Diagnosen meddelad patienten och hans dotter vid dagens besök; kontakt med ALS-teamet förmedlad."),
      ]),
], [], [["NL102", "n1"], ["NL104", "n1"], ["NL102", "n2"], ["NL102", "n3"], ["NL101", "n3"]],
  "Skåne: ALS hypothesis kept in the Tidiga hypoteser template, visible note neutral, then settled and told in a visible note")

C("pankreascancer-vgr-sokord-tidiga-hypoteser-sedan-dt", "vgr", "19500110-2374", [
    N("n1", "Melior", "Läkaranteckning", "su_gastro", "Björn Thorsell", "läkare",
      "2024-02-01 10:00", 40, "öppenvård", [
          ("Aktuellt", "Gulsot sedan en vecka, viktnedgång 8 kg, ljus avföring."),
          ("Status", "Ikterisk, palpabel oöm gallblåsa."),
          ("Tidiga hypoteser", "Misstänkt pankreascancer enligt Courvoisiers tecken. Inte diskuterat med patienten ännu."),
          ("Planering", "DT buk med pankreasprotokoll nästa vecka, återbesök med svar."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "su_gastro", "Björn Thorsell", "läkare",
      "2024-02-12 10:00", 40, "öppenvård", [
          ("Röntgen", "DT: 4 cm tumör i pankreashuvudet med levermetastaser."),
          ("Bedömning", "Pankreascancer med levermetastaser. Patienten informerad idag, hustrun närvarande."),
          ("Planering", "Stentning av gallvägen, remiss onkolog för palliativ cytostatika."),
      ]),
], [], [["NL102", "n1"], ["NL104", "n1"], ["NL102", "n2"], ["NL101", "n2"]],
  "VGR: suspicion only under sökord Tidiga hypoteser, later settled and told visibly: no finding")

C("brostcancerrecidiv-th-korrekt-sedan-th-efter-besked", "skane", "19650919-2644", [
    N("n1", "Melior", "Tidiga hypoteser", "brost_malmo", "Louise Cronholm", "läkare",
      "2024-06-05 14:00", 20, "öppenvård", [
          ("Hypotes", "Misstänkt lokalrecidiv av bröstcancer, ny fast förändring i ärret vänster bröst. Ej diskuterat med patienten innan biopsisvar."),
      ]),
    N("n2", "Melior", "Tidiga hypoteser", "brost_malmo", "Louise Cronholm", "läkare",
      "2024-06-14 15:00", 20, "öppenvård", [
          ("Hypotes", "PAD bekräftar lokalrecidiv av bröstcancer. Patienten informerad vid dagens besök."),
      ]),
], [["NL104", "n2"]], [["NL104", "n1"], ["NL102", "n1"], ["NL102", "n2"]],
  "Tidiga hypoteser used correctly for the suspicion (n1) but then for a diagnosis settled and told (n2): NL104 on n2")

C("huntington-th-sokord-sedan-th-efter-besked", "vgr", "19880602-4132", [
    N("n1", "Melior", "Läkaranteckning", "su_neuro", "Sara Nilsson", "läkare",
      "2024-04-02 10:00", 40, "öppenvård", [
          ("Aktuellt", "Ofrivilliga rörelser i ansiktet och händerna sedan ett år, humörsvängningar."),
          ("Tidiga hypoteser", "Trolig Huntingtons sjukdom, fadern dog ung med oklar neurologisk sjukdom. Gentest först efter genetisk vägledning."),
          ("Planering", "Remiss till klinisk genetik."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "su_neuro", "Sara Nilsson", "läkare",
      "2024-06-18 10:00", None, "öppenvård", [
          ("Tidiga hypoteser", "Gentest: 42 CAG-repetitioner, Huntingtons sjukdom fastställd. Resultatet lämnat till patienten hos genetikern idag."),
          ("Planering", "Återbesök om tre månader."),
      ]),
], [["NL104", "n2"]], [["NL102", "n1"], ["NL104", "n1"], ["NL102", "n2"]],
  "VGR sökord Tidiga hypoteser: hypothesis fine in n1, settled and communicated diagnosis left under it in n2 (NL104)")

C("myelom-th-sedan-synligt-ej-informerad-sedan-besked", "skane", "19540514-1713", [
    N("n1", "Melior", "Tidiga hypoteser", "hem_lund", "Katarina Brink", "läkare",
      "2024-03-05 10:00", 30, "öppenvård", [
          ("Hypotes", "Misstänkt multipelt myelom: M-komponent IgG 35 g/L, lätt anemi. Benmärgsprov bokat, ej kommunicerat."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "hem_lund", "Katarina Brink", "läkare",
      "2024-03-19 16:00", 30, "öppenvård", [
          ("Resultat", "Benmärg: 30 % klonala plasmaceller. Helkropps-DT med två osteolyser."),
          ("Bedömning", "Multipelt myelom. Patienten är ännu inte informerad; besked ges vid besöket på fredag."),
      ]),
    N("n3", "Melior", "Läkaranteckning", "hem_lund", "Katarina Brink", "läkare",
      "2024-03-22 10:00", 30, "öppenvård", [
          ("Bedömning", "Myelomdiagnosen meddelad patienten idag, frugan med. Behandling med daratumumab-baserad kombination planeras."),
      ]),
], [["NL101", "n2"]], [["NL102", "n1"], ["NL104", "n1"], ["NL102", "n2"], ["NL101", "n3"], ["NL102", "n3"]],
  "myeloma: hypothesis in Tidiga hypoteser, then settled in a visible note before the patient is told (NL101), then told")

C("demens-pmo-th-sedan-minnesutredning", "skane", "19420906-2845", [
    N("n1", "PMO", "Tidiga hypoteser", "vc_sjobo", "Bengt Wallén", "läkare",
      "2024-01-10 14:00", 20, "öppenvård", [
          ("Hypotes", "Misstänkt demenssjukdom, dottern beskriver att hon gått vilse två gånger. Ej diskuterat med patienten som är orolig."),
      ]),
    N("n2", "PMO", "Besöksanteckning", "vc_sjobo", "Bengt Wallén", "läkare",
      "2024-03-13 14:00", 30, "öppenvård", [
          ("Bedömning", "Basal minnesutredning klar: MMT 19, DT hjärna med temporal atrofi. Alzheimers sjukdom."),
          ("Åtgärd", "Diagnosen meddelad patienten och dottern. Donepezil insätts, demenssjuksköterskan kontaktar."),
      ]),
], [], [["NL104", "n1"], ["NL102", "n1"], ["NL102", "n2"]],
  "PMO: dementia hypothesis in the Tidiga hypoteser template, settled later: no NL104, no NL102")

C("th-sokord-misstanke-avskriven-och-meddelad", "vgr", "19830415-2948", [
    N("n1", "Melior", "Läkaranteckning", "su_onk", "Anna Bergström", "läkare",
      "2024-09-04 11:00", 30, "öppenvård", [
          ("Aktuellt", "Uppföljning efter koloncancer 2021. Ny förändring i levern på kontroll-DT."),
          ("Tidiga hypoteser", "Misstänkt levermetastas, MR lever beställd."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "su_onk", "Anna Bergström", "läkare",
      "2024-09-20 11:00", 30, "öppenvård", [
          ("Tidiga hypoteser", "MR lever: hemangiom, ingen metastas. Misstanken är avskriven och patienten har fått beskedet per telefon."),
      ]),
], [["NL104", "n2"]], [["NL104", "n1"], ["NL102", "n1"], ["NL102", "n2"]],
  "VGR: a refuted and communicated suspicion left under Tidiga hypoteser is a settled entry (NL104)")

C("synlig-misstanke-sedan-flyttad-till-th", "skane", "19600811-1970", [
    N("n1", "Melior", "Läkaranteckning", "lung_lund", "Gustav Rydén", "läkare",
      "2024-08-05 09:30", 30, "öppenvård", [
          ("Röntgen", "DT thorax: 2 cm rundhärd i vänster underlob, ny sedan 2022."),
          ("Bedömning", "Misstanke om primär lungcancer. PET-DT och transtorakal punktion."),
      ]),
    N("n2", "Melior", "Tidiga hypoteser", "lung_lund", "Gustav Rydén", "läkare",
      "2024-08-05 10:15", 10, "öppenvård", [
          ("Hypotes", "Misstanke om primär lungcancer, DD metastas från tidigare njurcancer. PET-DT inväntas innan diskussion med patienten."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"], ["NL104", "n2"]],
  "the same suspicion written visibly (NL102 on n1) and then correctly in Tidiga hypoteser (n2)")

C("schizofreni-vgr-th-sedan-diagnos-meddelad", "vgr", "19990302-1922", [
    N("n1", "Melior", "Läkaranteckning", "skas_psyk", "Mats Engström", "läkare",
      "2024-02-20 13:00", 60, "öppenvård", [
          ("Aktuellt", "Social isolering, avbrutna studier, hör röster som kommenterar det han gör."),
          ("Tidiga hypoteser", "Misstänkt schizofreni i tidigt skede. Diskuteras inte med patienten förrän utredningen är klar, hög misstänksamhet mot vården."),
          ("Planering", "Återbesök om två veckor, kontaktperson utsedd."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "skas_psyk", "Mats Engström", "läkare",
      "2024-05-14 13:00", 60, "öppenvård", [
          ("Bedömning", "Utredningen klar, kriterierna för schizofreni är uppfyllda. Diagnosen meddelad patienten i lugn miljö med hans mamma närvarande."),
          ("Åtgärd", "Aripiprazol fortsätter, psykopedagogisk utbildning erbjuds."),
      ]),
], [], [["NL102", "n1"], ["NL104", "n1"], ["NL102", "n2"], ["NL101", "n2"]],
  "VGR adult psychiatry: schizophrenia hypothesis under Tidiga hypoteser, then settled and told visibly")

C("melanom-th-settled-ej-meddelat-bara-nl102", "skane", "19840908-3659", [
    N("n1", "Melior", "Tidiga hypoteser", "hud_lund", "Nina Törnqvist", "läkare",
      "2024-07-10 16:00", 20, "öppenvård", [
          ("Hypotes", "Tidigare misstänkt melanom på vaden. PAD idag: malignt melanom, Breslow 1,4 mm. Ej meddelat patienten, som kallas till besök måndag."),
      ]),
], [], [["NL102", "n1"]],
  "settled but not yet told diagnosis in the Tidiga hypoteser template: hidden, so no NL102 (NL104 unasserted per convention)")

C("th-och-synlig-sektion-hedge-laker", "vgr", "19700127-2686", [
    N("n1", "Melior", "Läkaranteckning", "su_hem", "Pär Lindell", "läkare",
      "2024-11-12 14:00", 30, "öppenvård", [
          ("Tidiga hypoteser", "Misstänkt myelodysplastiskt syndrom. Benmärg planerad."),
          ("Bedömning", "Makrocytär anemi och trombocytopeni, trol. MDS. Benmärgsundersökning nästa vecka."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "su_hem", "Pär Lindell", "läkare",
      "2024-11-26 14:00", 30, "öppenvård", [
          ("Resultat", "Benmärg: dysplasi i tre linjer, 3 % blaster, del(5q)."),
          ("Bedömning", "Myelodysplastiskt syndrom med isolerad del(5q). Patienten informerad, lenalidomid diskuteras."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"], ["NL104", "n1"]],
  "hypothesis under Tidiga hypoteser but repeated as 'trol. MDS' in Bedömning (visible): n1 still breaks; n2 settled")

C("pmo-th-efter-besked-misuse", "skane", "19760624-2282", [
    N("n1", "PMO", "Tidiga hypoteser", "vc_hassleholm", "Ulrika Sten", "läkare",
      "2024-04-16 11:00", 15, "öppenvård", [
          ("Hypotes", "Misstänkt hemokromatos, ferritin 1100 och transferrinmättnad 78 %. Gentest skickat."),
      ]),
    N("n2", "PMO", "Tidiga hypoteser", "vc_hassleholm", "Ulrika Sten", "läkare",
      "2024-05-07 11:00", 15, "öppenvård", [
          ("Hypotes", "Gentest: homozygot C282Y. Hemokromatos bekräftad och meddelad patienten vid besöket, remiss för venesectio."),
      ]),
], [["NL104", "n2"]], [["NL104", "n1"], ["NL102", "n1"], ["NL102", "n2"]],
  "PMO Tidiga hypoteser: correct hypothesis in n1, confirmed and told diagnosis left in the template in n2 (NL104)")

C("duchenne-barn-th-sedan-foraldrar-informerade", "skane", "20200418-2735", [
    N("n1", "Melior", "Tidiga hypoteser", "barn_malmo", "Jens Kullberg", "läkare",
      "2024-03-26 15:00", 30, "öppenvård", [
          ("Hypotes", "Misstänkt Duchennes muskeldystrofi: CK 15 000, Gowers tecken, stora vader. Föräldrarna ännu inte informerade om misstanken, genetisk analys skickad."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "barn_malmo", "Jens Kullberg", "läkare",
      "2024-03-26 15:10", 20, "öppenvård", [
          ("Aktuellt", "Treåring som föräldrarna tycker är klumpig och trillar ofta."),
          ("Planering", "Blodprover tagna, föräldrarna kallas till samtal när svaren finns."),
      ]),
    N("n3", "Melior", "Läkaranteckning", "barn_malmo", "Jens Kullberg", "läkare",
      "2024-04-30 13:00", 45, "öppenvård", [
          ("Resultat", "Genetisk analys: deletion av exon 45–50 i dystrofingenen."),
          ("Bedömning", "Duchennes muskeldystrofi. Föräldrarna informerade vid samtal med kurator närvarande, remiss till neuromuskulärt team."),
      ]),
], [], [["NL102", "n1"], ["NL104", "n1"], ["NL102", "n2"], ["NL102", "n3"], ["NL101", "n3"]],
  "child: Duchenne hypothesis hidden from guardians in the template, settled and told to the parents visibly")

# ---------------------------------------------------------------------------
# G. Confirmed but not yet told (NL101), then told
# ---------------------------------------------------------------------------

C("prostatacancer-biopsi-ej-besked-sedan-besked", "vgr", "19530330-3571", [
    N("n1", "Melior", "Läkaranteckning", "su_uro", "Karl-Johan Berg", "läkare",
      "2024-04-04 15:20", 15, "öppenvård", [
          ("PAD", "Prostatabiopsier: adenokarcinom Gleason 4+3 i fyra av tolv biopsier."),
          ("Bedömning", "Prostatacancer, intermediär risk. Patienten har ännu inte fått beskedet och informeras vid återbesöket 12/4."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "su_uro", "Karl-Johan Berg", "läkare",
      "2024-04-12 10:00", 30, "öppenvård", [
          ("Bedömning", "Beskedet om prostatacancer lämnat idag, patienten tog det med fattning. Vi diskuterade operation och strålbehandling."),
      ]),
], [["NL101", "n1"]], [["NL101", "n2"], ["NL102", "n1"], ["NL102", "n2"]],
  "confirmed prostate cancer written visibly before the patient is told (NL101), then told")

C("progress-levermetastaser-ej-informerad", "skane", "19611211-2328", [
    N("n1", "Melior", "Läkaranteckning", "onk_lund", "Therese Palm", "läkare",
      "2024-10-15 16:40", None, "öppenvård", [
          ("Röntgen", "Utvärderings-DT: nytillkomna levermetastaser, tre stycken upp till 2 cm."),
          ("Bedömning", "Progress av koloncancer med levermetastaser. Patienten är inte informerad ännu och vill ha maken med vid beskedet, tid bokad på torsdag."),
      ]),
], [["NL101", "n1"]], [["NL102", "n1"]],
  "progression settled on CT but the patient not yet told, in a visible note")

C("lymfom-anhoriga-ej-informerade-pat-informerad", "vgr", "19860222-2864", [
    N("n1", "Melior", "Läkaranteckning", "su_hem", "Rebecca Hallin", "läkare",
      "2024-03-01 11:00", 30, "öppenvård", [
          ("Bedömning", "PAD visar Hodgkins lymfom, nodulär skleros. Patienten informerad om diagnosen och behandlingsplanen idag."),
          ("Socialt", "Föräldrarna är inte informerade, på patientens egen begäran."),
      ]),
], [], [["NL101", "n1"], ["NL102", "n1"]],
  "near miss: relatives not told, but the patient was told")

C("provsvar-normala-ej-meddelade-hemokromatos-avskriven", "skane", "19770718-3187", [
    N("n1", "Melior", "Läkaranteckning", "endo_malmo", "Måns Ekberg", "läkare",
      "2024-07-18 09:00", 20, "öppenvård", [
          ("Lab", "Transferrinmättnad 32 %, ferritin 210, HFE-gentest utan mutationer."),
          ("Bedömning", "Misstanken om hemokromatos är avskriven. Patienten har ännu inte fått provsvaren, brev skickas idag."),
      ]),
], [], [["NL101", "n1"], ["NL102", "n1"]],
  "near miss: the patient not yet told, but what is untold is a refuted suspicion, not a diagnosis")

C("ventrikelcancer-ej-besked-sedan-besked", "vgr", "19491031-1739", [
    N("n1", "Melior", "Läkaranteckning", "skas_med", "Sven Ahlin", "läkare",
      "2024-05-15 17:00", 15, "öppenvård", [
          ("PAD", "Gastroskopiska biopsier från ventrikelsåret: adenokarcinom av diffus typ."),
          ("Bedömning", "Misstanken från gastroskopin är bekräftad: ventrikelcancer. Patienten vet ännu inte om detta; kallas till besök med anhörig."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "skas_med", "Sven Ahlin", "läkare",
      "2024-05-17 10:00", 30, "öppenvård", [
          ("Bedömning", "Ventrikelcancer meddelad patienten och sonen. DT thorax-buk beställd för stadieindelning."),
      ]),
], [["NL101", "n1"]], [["NL101", "n2"], ["NL102", "n1"], ["NL102", "n2"]],
  "gastroscopy suspicion confirmed by PAD while the patient 'vet ännu inte' (NL101), then told")

C("mesoteliom-misstanke-synlig-ej-informerad", "skane", "19480513-2554", [
    N("n1", "Melior", "Läkaranteckning", "lung_lund", "Ove Nordlund", "läkare",
      "2024-06-26 14:00", None, "slutenvård", [
          ("Anamnes", "Arbetade som rörmokare med asbest på 1970-talet."),
          ("Röntgen", "DT: pleuraförtjockning och pleuravätska höger."),
          ("Bedömning", "Misstänkt malignt mesoteliom. Patienten inte informerad om misstanken, besked när thorakoskopisk biopsi är klar."),
      ]),
], [["NL101", "n1"], ["NL102", "n1"]], [],
  "open suspicion in a visible note plus 'not informed about it': should have been in Tidiga hypoteser")

C("glioblastom-pad-besked-ej-lamnat-typo", "vgr", "19690917-2113", [
    N("n1", "Melior", "Läkaranteckning", "su_neuro", "Lisa Engdahl", "läkare",
      "2024-08-21 16:30", 15, "slutenvård", [
          ("PAD", "Glioblastom, IDH-vildtyp, MGMT-metylerad."),
          ("Bedömning", "Glioblastom bekräfatd. Beskedet har ännu inte lämnats till patienten, samtal med neurokirurg imorgon."),
      ]),
], [["NL101", "n1"]], [["NL102", "n1"]],
  "typo 'bekräfatd': confirmed glioblastoma, not yet told, visible note")

C("diagnos-meddelad-optid-ej-klar-near-miss", "skane", "19720303-4421", [
    N("n1", "Melior", "Läkaranteckning", "kir_lund", "Helena Bäck", "läkare",
      "2024-11-20 11:00", 20, "öppenvård", [
          ("Bedömning", "Rektalcancer enligt PAD, MR utan spridning. Patienten fick beskedet vid besöket."),
          ("Planering", "Patienten är ännu inte informerad om operationsdatum, koordinatorn ringer."),
      ]),
], [], [["NL101", "n1"], ["NL102", "n1"]],
  "near miss: 'ännu inte informerad' is about the operation date; the diagnosis was told")

# ---------------------------------------------------------------------------
# H. Single notes: an earlier suspicion reported and settled in the same note,
#    or settled with a new suspicion opened
# ---------------------------------------------------------------------------

C("celiaki-remiss-utesluten-ibs-single", "vgr", "19950608-3428", [
    N("n1", "Melior", "Läkaranteckning", "su_gastro", "Hannes Lövgren", "läkare",
      "2024-02-07 10:00", 30, "öppenvård", [
          ("Aktuellt", "Remitterad från vårdcentralen pga misstänkt celiaki vid långvarig uppblåsthet."),
          ("Resultat", "Duodenalbiopsier normala, transglutaminas-IgA negativt på glutenhaltig kost."),
          ("Bedömning", "Celiaki utesluten. Besvären uppfyller Rom IV-kriterierna för IBS, FODMAP-råd och åter till vårdcentralen."),
      ]),
], [], [["NL102", "n1"]],
  "single note: referral suspicion of coeliac disease reported and excluded")

C("fragestallning-lungemboli-dt-negativ-telegrafisk", "skane", "19880113-2674", [
    N("n1", "Melior", "Akutjournal", "akut_malmo", "Isak Wendt", "läkare",
      "2024-01-14 04:20", 10, "akut", [
          ("Bedömning", "Frågeställning lungemboli? DT lungartärer: ingen lungemboli. Ua. Hem."),
      ]),
], [], [["NL102", "n1"]],
  "telegraphic: the question mark is the request's question, answered negative in the same line")

C("hjartsvikt-tidigare-misstanke-bekraftad-eko", "vgr", "19520415-3349", [
    N("n1", "Melior", "Läkaranteckning", "kungalv_med", "Louise Fahlén", "läkare",
      "2024-04-15 13:30", 40, "öppenvård", [
          ("Bedömning", "Den tidigare misstanken om hjärtsvikt har bekräftats med ekokardiografi, EF 35 %. Hjärtsvikt med nedsatt ejektionsfraktion av ischemisk genes efter infarkten 2019."),
          ("Åtgärd", "Sacubitril/valsartan och dapagliflozin insätts, bisoprolol upptitreras."),
      ]),
], [], [["NL102", "n1"]],
  "earlier suspicion of heart failure reported as confirmed by echo in the same note")

C("malignitet-avskriven-pet-binjureadenom", "skane", "19630909-4271", [
    N("n1", "Melior", "Läkaranteckning", "endo_malmo", "Fanny Kjellén", "läkare",
      "2024-10-02 09:00", 20, "öppenvård", [
          ("Bedömning", "Misstanke om malignitet avskriven efter PET-DT, förändringen i vänster binjure är ett benignt adenom. Hormonellt inaktivt."),
          ("Planering", "Ingen ytterligare uppföljning."),
      ]),
], [], [["NL102", "n1"]],
  "incidentaloma: suspicion of malignancy reported as dismissed")

C("neuroborrelios-misstanke-kvarstar-trots-negativ-serologi", "vgr", "19710505-1598", [
    N("n1", "Melior", "Läkaranteckning", "su_inf", "Axel Bohman", "läkare",
      "2024-08-26 14:00", 30, "öppenvård", [
          ("Aktuellt", "Fästingbett i juni, nu perifer facialispares höger och nattlig rotsmärta."),
          ("Bedömning", "Misstanken om neuroborellios kvarstår trots negativ serologi i blod. Lumbalpunktion imorgon."),
      ]),
], [["NL102", "n1"]], [],
  "typo 'neuroborellios': a negative test reported but 'misstanken kvarstår', still open")

C("lungemboli-utesluten-trol-pleurit", "skane", "19890722-1868", [
    N("n1", "Melior", "Akutjournal", "akut_lund", "Filippa Rosén", "läkare",
      "2024-07-22 23:00", None, "akut", [
          ("Bedömning", "Lungemboli utesluten med DT. Trol. pleurit efter genomgången luftvägsinfektion, NSAID i en vecka."),
      ]),
], [["NL102", "n1"]], [],
  "first suspicion settled but a new hedged diagnosis ('Trol. pleurit') opened in the same note")

C("sarkoidos-utredd-2022-avskriven-nu-knaskada", "vgr", "19820110-2798", [
    N("n1", "Melior", "Akutjournal", "su_ort", "Tobias Ring", "läkare",
      "2024-03-09 12:00", 20, "akut", [
          ("Tidigare sjukdomar", "Utreddes 2022 för misstänkt sarkoidos, som avskrevs efter EBUS. Hypertoni."),
          ("Aktuellt", "Vred vänster knä i innebandy, svullnade direkt."),
          ("Bedömning", "Hemartros vänster knä, främre korsbandsruptur sannolik. MR knä och fysioterapi."),
      ]),
], [["NL102", "n1"]], [],
  "past suspicion (sarcoidosis) settled in history, but a new 'sannolik' ACL rupture is open")

C("fysio-menisk-fragestallning-mr-pfss", "skane", "19970318-2841", [
    N("n1", "Melior", "Fysioterapeutanteckning", "fysio_lund", "Hugo Engberg", "fysioterapeut",
      "2024-05-13 08:00", 30, "öppenvård", [
          ("Aktuellt", "Remitterad med frågeställning menisskada vänster knä. MR visar ingen menisskada."),
          ("Bedömning", "Patellofemoralt smärtsyndrom."),
          ("Åtgärd", "Träningsprogram för höft- och lårmuskulatur, uppföljning om sex veckor."),
      ]),
], [], [["NL102", "n1"]],
  "physiotherapist reports the referral question and its negative MR answer")

C("dietist-laktosintolerans-utesluten-gentest", "vgr", "20010201-4289", [
    N("n1", "Melior", "Dietistanteckning", "su_diet", "Ebba Lindholm", "dietist",
      "2024-02-01 13:00", 30, "öppenvård", [
          ("Nutrition", "Misstänkt laktosintolerans har uteslutits med gentest, pat har genotypen som ger kvarstående laktasaktivitet."),
          ("Åtgärd", "Ingen anledning till laktosfri kost. Kostdagbok för att hitta andra orsaker till besvären."),
      ]),
], [], [["NL102", "n1"]],
  "dietitian: lactose intolerance reported as excluded")

C("psykolog-autism-ej-bekraftad-gad", "skane", "19960812-3460", [
    N("n1", "Melior", "Psykologanteckning", "psyk_lund", "Elsa Grönlund", "psykolog",
      "2024-09-12 15:00", 60, "öppenvård", [
          ("Resultat", "Neuropsykiatrisk utredning avslutad. Misstanken om autism har inte bekräftats; kriterierna är inte uppfyllda."),
          ("Bedömning", "Kriterierna för generaliserat ångestsyndrom är uppfyllda."),
          ("Åtgärd", "Återkoppling given till patienten. Remiss till KBT-mottagningen."),
      ]),
], [], [["NL102", "n1"]],
  "psychologist: autism not confirmed, GAD affirmed")

C("ssk-telefon-uvi-avskriven", "vgr", "19930704-4066", [
    N("n1", "Melior", "Telefonanteckning", "su_uro", "Karin Eriksson", "sjuksköterska",
      "2024-07-05 10:00", 5, "öppenvård", [
          ("Åtgärd", "Ringt patienten och meddelat att urinodlingen var negativ, den misstänkta urinvägsinfektionen är därmed avskriven."),
      ]),
], [], [["NL102", "n1"]],
  "nurse's phone note: suspected UTI reported as written off")

C("diabetes-insipidus-typo-missanke-kvarstar", "skane", "19900921-2979", [
    N("n1", "Melior", "Läkaranteckning", "endo_malmo", "Ludvig Sandin", "läkare",
      "2024-09-23 11:00", 30, "öppenvård", [
          ("Resultat", "Törstprov med oklart utfall, U-osmolalitet steg endast till 480."),
          ("Bedömning", "Missanke om partiell diabetes insipidus kvarstår. Kopeptin efter infusion av hyperton koksaltlösning planeras."),
      ]),
], [["NL102", "n1"]], [],
  "typo 'Missanke': an inconclusive test leaves the suspicion open")

C("lymfom-avskrivet-trol-sarkoidos", "vgr", "19860504-3515", [
    N("n1", "Melior", "Läkaranteckning", "su_lung", "Anton Broberg", "läkare",
      "2024-05-06 14:00", 30, "öppenvård", [
          ("PAD", "EBUS-punktion från mediastinala körtlar: icke-nekrotiserande granulom, inga maligna celler."),
          ("Bedömning", "Lymfom avskrivet. Däremot trol. sarkoidos, ACE och ögonundersökning innan diagnosen fastställs."),
      ]),
], [["NL102", "n1"]], [],
  "one suspicion settled (lymphoma), another ('trol. sarkoidos') opened in the same note")

C("appendicit-misstankt-bekraftad-intraop-single", "vgr", "20050920-2115", [
    N("n1", "Melior", "Operationsanteckning", "udd_kir", "Jakob Fors", "läkare",
      "2024-04-02 23:50", 20, "slutenvård", [
          ("Indikation", "Misstänkt appendicit, opereras akut."),
          ("Operation", "Gangränös appendix med lokal peritonit, appendektomi. Appendicit därmed bekräftad intraoperativt."),
      ]),
], [], [["NL102", "n1"]],
  "operation note: the indication line repeats the suspicion, the same note confirms it")

C("astma-tidigare-misstanke-nu-kol", "skane", "19550809-1732", [
    N("n1", "Melior", "Läkaranteckning", "lung_lund", "Birger Palmqvist", "läkare",
      "2024-08-19 09:30", 20, "öppenvård", [
          ("Bedömning", "Tidigare misstänkt astma. Spirometri visar nu kvarstående obstruktion efter bronkdilatation, FEV1/FVC 0,58, och diagnosen är KOL GOLD 2."),
          ("Åtgärd", "LAMA/LABA, rökavvänjning."),
      ]),
], [], [["NL102", "n1"]],
  "earlier asthma suspicion replaced by spirometry-verified COPD in the same note")

C("tia-avfardad-bells-pares", "vgr", "19670920-2466", [
    N("n1", "Melior", "Akutjournal", "nal_akut", "Mira Holmström", "läkare",
      "2024-09-20 18:00", None, "akut", [
          ("Bedömning", "Misstänkt TIA avfärdad: även pannan är paretisk och övrigt neurologstatus normalt. Perifer facialispares vänster (Bells pares), prednisolon tio dagar och ögonskydd."),
      ]),
], [], [["NL102", "n1"]],
  "TIA suspicion dismissed in the same note, Bell's palsy affirmed")

C("korsbandsruptur-misstankt-bekraftad-mr", "skane", "19990114-3728", [
    N("n1", "Melior", "Läkaranteckning", "ort_angel", "Oliver Nyman", "läkare",
      "2024-01-29 10:40", 15, "öppenvård", [
          ("Röntgen", "MR bekräftar den misstänkta främre korsbandsrupturen i höger knä, menisker hela."),
          ("Planering", "Rehabilitering hos fysioterapeut, ställningstagande till rekonstruktion om tre månader."),
      ]),
], [], [["NL102", "n1"]],
  "'den misstänkta' used attributively for a rupture that MR confirms")

C("baltros-pmo-bekraftad-single", "skane", "19510927-2640", [
    N("n1", "PMO", "Besöksanteckning", "vc_ystad", "Eva Sjöstrand", "läkare",
      "2024-09-30 10:00", 10, "öppenvård", [
          ("Bedömning", "Den misstänkta bältrosen från telefonrådgivningen bekräftades vid besöket med bandformat blåsutslag i dermatom Th5 höger."),
          ("Åtgärd", "Valaciklovir sju dagar, smärtlindring."),
      ]),
], [], [["NL102", "n1"]],
  "PMO single note: phone suspicion confirmed at the visit; PMO never NL102")

C("dili-misstankt-bekraftad-efter-utsattning", "vgr", "19580306-1497", [
    N("n1", "Melior", "Läkaranteckning", "skas_lid", "Gustaf Mellberg", "läkare",
      "2024-06-14 09:00", 30, "öppenvård", [
          ("Aktuellt", "Återbesök efter ikterus i maj under behandling med amoxicillin-klavulansyra."),
          ("Bedömning", "Leverproverna har normaliserats efter utsättningen och övrig utredning är negativ, vilket bekräftar läkemedelsutlöst leverskada. Amoxicillin-klavulansyra förs in som överkänslighet i läkemedelslistan."),
      ]),
], [], [["NL102", "n1"]],
  "drug-induced liver injury confirmed by dechallenge; reported as settled")

C("crohn-remissfraga-besvarad-nekande", "skane", "19980226-4219", [
    N("n1", "Melior", "Läkaranteckning", "gastro_malmo", "Anja Wikman", "läkare",
      "2024-02-26 14:00", 20, "öppenvård", [
          ("Bedömning", "Remissens frågeställning om Crohns sjukdom besvaras nekande: ileokoloskopi och kapselendoskopi är normala, calprotectin 30."),
          ("Planering", "Åter till remittenten."),
      ]),
], [], [["NL102", "n1"]],
  "the referral's question answered negatively in the same note")

C("bakteriell-meningit-initialt-blev-viral-typo", "vgr", "19940413-2186", [
    N("n1", "Melior", "Epikris", "su_inf", "Elias Norrman", "läkare",
      "2024-06-21 11:00", 60, "slutenvård", [
          ("Diagnos", "Enteroviral meningit."),
          ("Sammanfattning", "Initialt misstänktes bakteriell menigit och behandling med ceftriaxon och betapred startades. Likvor visade lymfocytär pleocytos och enterovirus-PCR var positiv, varför antibiotika avslutades efter två dygn. Snabb förbättring."),
      ]),
], [], [["NL102", "n1"]],
  "typo 'menigit': epicrisis reports the initial bacterial suspicion, replaced by viral meningitis")

C("mammografi-misstankt-forandring-tomosyntes-ua", "skane", "19740511-4641", [
    N("n1", "Melior", "Läkaranteckning", "brost_malmo", "Annelie Strand", "läkare",
      "2024-05-13 11:10", 10, "öppenvård", [
          ("Bedömning", "Screeningmammografin visade en misstänkt förändring i vänster bröst. Kompletterande tomosyntes och ultraljud visar överlagrad körtelvävnad och ingen tumör."),
          ("Planering", "Åter i screeningprogrammet, besked lämnat vid besöket."),
      ]),
], [], [["NL102", "n1"]],
  "screening finding called 'misstänkt' and resolved in the same note")

C("dermatofibrom-pad-misstankt-hudforandring", "vgr", "19850119-3620", [
    N("n1", "Melior", "Telefonanteckning", "su_hud", "Maja Lindberg", "sjuksköterska",
      "2024-01-30 10:00", 5, "öppenvård", [
          ("Åtgärd", "PAD på den misstänkta hudförändringen på låret: dermatofibrom, benignt. Meddelat patienten enligt läkarens ordination, ingen ytterligare åtgärd."),
      ]),
], [], [["NL102", "n1"]],
  "nurse passes on a benign PAD for 'the suspected lesion'")

C("skoldkortel-misstanke-cancer-finnal-benign", "skane", "19790202-3485", [
    N("n1", "Melior", "Läkaranteckning", "onh_lund", "Kristoffer Berg", "läkare",
      "2024-03-25 13:00", 25, "öppenvård", [
          ("Aktuellt", "Remitterad med misstanke om sköldkörtelcancer efter palpabel knuta."),
          ("Resultat", "Ultraljudsledd finnålspunktion: Bethesda II, benign kolloid knuta."),
          ("Bedömning", "Ingen cancer. Ny ultraljudskontroll om ett år."),
      ]),
], [], [["NL102", "n1"]],
  "referral suspicion of thyroid cancer answered by benign cytology")

C("appendicit-avskriven-ev-aterbesok-icke-diagnos-hedge", "vgr", "20060508-2536", [
    N("n1", "Melior", "Akutjournal", "sas_akut", "Ellen Ahlberg", "läkare",
      "2024-05-18 19:00", 20, "akut", [
          ("Bedömning", "Misstanken om blindtarmsinflammation avskriven, ultraljud och CRP normala. Ev. återbesök vid försämring, trolig hemgång ikväll efter ny bukpalpation."),
      ]),
], [], [["NL102", "n1"]],
  "near miss: settled suspicion plus hedges about a return visit and discharge, not diagnoses")

C("misstanke-om-foljsamhet-hypertoni-bekraftad", "skane", "19660604-2551", [
    N("n1", "Melior", "Läkaranteckning", "med_krist", "Annika Vall", "läkare",
      "2024-06-10 11:00", 20, "öppenvård", [
          ("Bedömning", "Hypertoni bekräftad med 24-timmarsmätning, medel 152/94. Vi misstänker att patienten inte tar sina blodtrycksmediciner regelbundet, dosett och apotekets påminnelsetjänst föreslås."),
      ]),
], [], [["NL102", "n1"]],
  "near miss: 'misstänker' is about adherence, the diagnosis is confirmed")

C("pat-sjalv-misstankte-ms-normal-mr", "vgr", "19990806-3861", [
    N("n1", "Melior", "Läkaranteckning", "sas_neuro", "Gabriel Nordström", "läkare",
      "2024-08-06 13:00", 20, "öppenvård", [
          ("Aktuellt", "Patienten har själv misstänkt MS efter att ha läst på nätet om sina pirrningar."),
          ("Bedömning", "Normalt neurologstatus och normal MR hjärna. Inga tecken på MS. Lugnande besked."),
      ]),
], [], [["NL102", "n1"]],
  "the patient's own suspicion reported and negated by the clinician")

C("crohn-typo-misstanen-starkt-kapsel", "skane", "20020617-1514", [
    N("n1", "Melior", "Läkaranteckning", "gastro_malmo", "Wilhelm Tuvesson", "läkare",
      "2024-06-20 10:00", 30, "öppenvård", [
          ("Bedömning", "Misstanen om Crohns sjukdom har stärkts av kapselendoskopin med multipla sår i jejunum, men biopsier saknas ännu. Enteroskopi bokas."),
      ]),
], [["NL102", "n1"]], [],
  "typo 'Misstanen': a strengthened suspicion is still open")

C("celiaki-kan-inte-langre-uteslutas", "vgr", "19870406-2200", [
    N("n1", "Melior", "Läkaranteckning", "nal_med", "Tuva Berglund", "läkare",
      "2024-04-08 09:00", 20, "öppenvård", [
          ("Lab", "Transglutaminas-IgA stigande från 9 till 34 på ett år."),
          ("Bedömning", "Celiaki kan inte längre uteslutas. Gastroskopi med biopsier."),
      ]),
], [["NL102", "n1"]], [],
  "earlier negative workup reversed: 'kan inte längre uteslutas' is an open hedge")

C("glaukom-misstanke-optiker-okular-hypertension", "skane", "19720916-2283", [
    N("n1", "Melior", "Läkaranteckning", "ogon_lund", "Sofia Lindh", "läkare",
      "2024-09-16 14:00", 20, "öppenvård", [
          ("Aktuellt", "Remiss från optiker med misstänkt glaukom, tryck 26 bilateralt."),
          ("Bedömning", "Synfält, OCT och papillbedömning normala. Inget glaukom; okulär hypertension. Kontroll om ett år."),
      ]),
], [], [["NL102", "n1"]],
  "optician's glaucoma suspicion settled as ocular hypertension")

C("akustikusneurinom-remiss-mr-utan-tumor", "vgr", "19610412-3358", [
    N("n1", "Melior", "Läkaranteckning", "frolunda_onh", "Ivar Sjögren", "läkare",
      "2024-04-22 09:30", 20, "öppenvård", [
          ("Aktuellt", "Remiss pga misstänkt akustikusneurinom vid ensidig hörselnedsättning höger."),
          ("Bedömning", "MR inre hörselgångar utan tumör. Asymmetrisk sensorineural hörselnedsättning av oklar genes, utprovning av hörapparat."),
      ]),
], [], [["NL102", "n1"]],
  "acoustic neuroma suspicion excluded; 'oklar genes' is not a hedged diagnosis")

C("lymfomrecidiv-fraga-pet-besvarad", "skane", "19780723-1712", [
    N("n1", "Melior", "Läkaranteckning", "hem_lund", "Elis Mattsson", "läkare",
      "2024-07-23 11:00", 30, "öppenvård", [
          ("Bedömning", "PET-DT utan tecken på recidiv, frågan om återfall av Hodgkins lymfom är därmed besvarad. Fortsatt remission."),
      ]),
], [], [["NL102", "n1"]],
  "question of relapse answered by PET: remission")

C("misstankt-psykos-amfetamin-avklingat", "vgr", "20010830-2779", [
    N("n1", "Melior", "Läkaranteckning", "su_psyk", "Nadia Karlsson", "läkare",
      "2024-09-05 13:00", None, "öppenvård", [
          ("Aktuellt", "Uppföljning efter akutbesök med misstänkt psykos för en vecka sedan."),
          ("Bedömning", "Urinprov positivt för amfetamin, de psykotiska symtomen klingade av inom fem dagar utan antipsykotika. Amfetaminutlöst psykotiskt syndrom."),
          ("Åtgärd", "Remiss till beroendemottagningen, patienten samtycker."),
      ]),
], [], [["NL102", "n1"]],
  "earlier psychosis suspicion settled as substance-induced psychotic disorder")

C("itp-trolig-efter-uteslutning", "skane", "19920128-4248", [
    N("n1", "Melior", "Läkaranteckning", "hem_lund", "Cecilia Hansson", "läkare",
      "2024-01-29 14:00", None, "öppenvård", [
          ("Bedömning", "Trombocyter 22. Pseudotrombocytopeni, läkemedel, HIV och hepatit uteslutna. ITP kvarstår som trolig förklaring, benmärg om utebliven effekt av prednisolon."),
      ]),
], [["NL102", "n1"]], [],
  "several causes excluded, but 'ITP ... trolig förklaring' is still open")

C("hepatit-c-screening-hcv-rna-negativ", "vgr", "19750617-2530", [
    N("n1", "Melior", "Läkaranteckning", "su_inf", "Ronja Andersson", "läkare",
      "2024-06-17 11:00", 20, "öppenvård", [
          ("Bedömning", "Remitterad med misstänkt hepatit C efter positiv antikropp vid screening. HCV-RNA negativt vid två tillfällen: utläkt infektion, ingen behandling behövs."),
      ]),
], [], [["NL102", "n1"]],
  "positive screening, suspicion of active hepatitis C settled as cleared infection")

C("protesinfektion-avfardad-aseptisk-lossning", "skane", "19470301-2957", [
    N("n1", "Melior", "Läkaranteckning", "ort_hlm", "Mikael Bengtsson", "läkare",
      "2024-03-04 10:30", 30, "öppenvård", [
          ("Bedömning", "Misstänkt protesinfektion höger knä avfärdad: ledvätskan steril efter 14 dagars odling och CRP normalt. Aseptisk lossning av tibiakomponenten."),
          ("Planering", "Revision planeras, patienten uppsatt på väntelista."),
      ]),
], [], [["NL102", "n1"]],
  "prosthetic joint infection suspicion dismissed, aseptic loosening")

C("hemsjukvard-pmo-trycksar-blev-skoskav", "skane", "19320514-2288", [
    N("n1", "PMO", "Omvårdnadsanteckning", "hsj_simrishamn", "Anette Roslund", "sjuksköterska",
      "2024-05-14 15:00", None, "hemsjukvård", [
          ("Hud", "Misstänkt trycksår på vänster häl, som visade sig vara en torr blåsa efter skoskav. Ingen trycksårsskada."),
          ("Åtgärd", "Skyddande förband, nya skor rekommenderade."),
      ]),
], [], [["NL102", "n1"]],
  "PMO home care nurse: suspected pressure ulcer turns out to be a blister")

C("ungdomsmottagning-klamydia-misstankt-bekraftad", "skane", "20050611-2424", [
    N("n1", "PMO", "Besöksanteckning", "um_lund", "Petra Lindkvist", "barnmorska",
      "2024-03-21 15:30", 15, "öppenvård", [
          ("Bedömning", "Klamydia-PCR positiv, den misstänkta infektionen är bekräftad."),
          ("Åtgärd", "Doxycyklin sju dagar, smittspårning påbörjad tillsammans med patienten."),
      ]),
], [], [["NL102", "n1"]],
  "PMO youth clinic (18-year-old): suspected chlamydia confirmed")

C("bvc-komjolksproteinallergi-utesluten", "skane", "20231105-2845", [
    N("n1", "PMO", "BVC-anteckning", "bvc_trelleborg", "Hanna Ekelund", "läkare",
      "2024-04-08 10:00", 20, "öppenvård", [
          ("Bedömning", "Misstänkt komjölksproteinallergi. Efter fyra veckors mjölkfri kost för mamman och återintroduktion utan symtom föreligger ingen komjölksproteinallergi."),
          ("Åtgärd", "Mamman återgår till vanlig kost."),
      ]),
], [], [["NL102", "n1"]],
  "PMO BVC infant: cow's milk protein allergy excluded by reintroduction")

# ---------------------------------------------------------------------------
# I. Longer trajectories, long notes, drafts, more PMO
# ---------------------------------------------------------------------------

C("pneumoni-hilus-tumor-fyra-anteckningar", "vgr", "19590315-1990", [
    N("n1", "Melior", "Akutjournal", "nal_akut", "Jonas Wester", "läkare",
      "2024-01-05 20:00", 30, "akut", [
          ("Aktuellt", "Feber och hosta i en vecka, tidigare rökare."),
          ("Bedömning", "Misstänkt pneumoni vänster. Lungröntgen, blododlingar."),
      ]),
    N("n2", "Melior", "Inskrivningsanteckning", "nal_med", "Sanna Öhman", "läkare",
      "2024-01-06 09:00", 45, "slutenvård", [
          ("Röntgen", "Lungröntgen: infiltrat i vänster underlob och förstorad vänster hilus."),
          ("Bedömning", "Pneumoni i vänster underlob. Tumör i hilus kan inte uteslutas, DT thorax efter utläkning."),
      ]),
    N("n3", "Melior", "Epikris", "nal_med", "Sanna Öhman", "läkare",
      "2024-01-10 11:00", 60, "slutenvård", [
          ("Diagnos", "Vänstersidig underlobspneumoni."),
          ("Sammanfattning", "God effekt av bensylpenicillin, hem med PcV. Förstorad vänster hilus där malignitet ej kan uteslutas, DT thorax om sex veckor är bokad."),
      ]),
    N("n4", "Melior", "Läkaranteckning", "nal_med", "Sanna Öhman", "läkare",
      "2024-02-22 14:00", 20, "öppenvård", [
          ("Röntgen", "DT thorax: infiltratet helt gånget i regress, normalstor hilus, inga förstorade körtlar."),
          ("Bedömning", "Ingen tumör. Hilusförstoringen var reaktiv i samband med pneumonin. Besked lämnat per telefon, ingen ytterligare kontroll."),
      ]),
], [["NL102", "n1"], ["NL102", "n2"], ["NL102", "n3"]], [["NL102", "n4"]],
  "pneumonia confirmed but a new tumour suspicion carried through admission and epicrisis (open), settled by follow-up CT")

C("epikris-lang-misstankt-endokardit-avskriven-skane", "skane", "19530112-3989", [
    N("n1", "Melior", "Epikris", "inf_malmo", "Henrik Gyllensten", "läkare",
      "2024-03-15 10:00", 90, "slutenvård", [
          ("Diagnos", "Staphylococcus aureus-bakteriemi med utgångspunkt från infekterad perifer venkateter. Tromboflebit vänster underarm."),
          ("Kontaktorsak", "Frossa och feber nio dagar efter utskrivning från ortopeden."),
          ("Anamnes", "Sjuttioettårig man med typ 2-diabetes, hypertoni och förmaksflimmer på apixaban. Vårdad på ortopeden för höftfraktur i februari och hade då perifer venkateter i vänster armveck i fem dygn. Bor med hustrun i villa i Staffanstorp och klarar sig själv sedan höftoperationen med visst stöd."),
          ("Röntgen", "Lungröntgen vid ankomst utan infiltrat. DT ländrygg dag sex utan tecken på spondylodiskit, gjord på grund av lätt ländryggsvärk som sedan försvann."),
          ("Vårdförlopp", "Inkom med frossa, feber 39,6 och rodnad längs venen i vänster underarm. Blododlingar x 2 växte Staphylococcus aureus känslig för kloxacillin. Med tanke på bakteriemin misstänktes initialt endokardit och behandling med kloxacillin 2 g x 4 startades. Transtorakalt eko var svårbedömt, varför transesofagealt eko gjordes dag fyra: inga vegetationer, normala klaffar, ingen abscess. Endokardit avskrevs därmed. Feberfri från dag tre, negativa kontrollodlingar dag tre och fem. CRP sjönk från 220 till 18. Ultraljud av vänster arm visade tromboflebit i vena cephalica utan utbredning till djupa vener."),
          ("Status vid utskrivning", "Allmäntillstånd gott, feberfri sedan elva dagar. Vänster underarm med kvarstående lätt induration längs venen men ingen rodnad. Inga nytillkomna blåsljud på hjärtat och inga embolitecken i huden eller under naglarna. Ryggen oöm vid palpation. Går med rollator i korridoren utan hjälp."),
          ("Provtagning", "Vid utskrivning CRP 18, LPK 7,4, Hb 118 och kreatinin 92."),
          ("Omvårdnad", "Har klarat personlig hygien själv sedan dag sex. Nutritionen har varit god och vikten stabil. Sårsjuksköterska har bedömt insticksstället, som läkt utan åtgärd."),
          ("Läkemedel", "Kloxacillin intravenöst i totalt fjorton dagar räknat från första negativa blododling, därefter ingen peroral fortsättning. Apixaban oförändrat."),
          ("Information", "Patienten och hans fru informerade om diagnosen, att endokardit är utesluten och om varningstecken: ny feber, ryggsmärta eller ledvärk ska föranleda kontakt med infektionskliniken."),
          ("Uppföljning", "Återbesök på infektionsmottagningen om fyra veckor med CRP. Avvikelse skriven angående venkatetern. Hemsjukvården kontaktad för fortsatt insulinhjälp. Läkemedelsberättelse given och läkemedelslistan uppdaterad."),
      ]),
], [], [["NL102", "n1"], ["NL101", "n1"]],
  "long epicrisis (300 words): endocarditis suspected initially and excluded by TEE, everything settled")

C("inskrivning-lang-oppen-misstanke-vgr", "vgr", "19460905-2628", [
    N("n1", "Melior", "Inskrivningsanteckning", "su_avd_med", "Karl Sjöquist", "läkare",
      "2024-05-27 21:30", None, "slutenvård", [
          ("Kontaktorsak", "Viktnedgång, trötthet och buksmärta."),
          ("Tidigare sjukdomar", "Hypertoni, hypotyreos, gallstensoperation 1998. Utreddes för anemi 2020 där gastroskopi och koloskopi var normala."),
          ("Hereditet", "Modern hade diabetes, en bror dog i koloncancer vid 70 års ålder. Inga kända ärftliga cancersyndrom i släkten."),
          ("Allergi", "Penicillinallergi sedan barndomen, fick utslag."),
          ("Läkemedelsgenomgång", "Inga läkemedel som förklarar ikterus och inga nya preparat senaste halvåret. Tar inga naturläkemedel."),
          ("Socialt", "Änka, bor ensam i lägenhet med hiss. Två döttrar i Göteborg. Klarar sig själv, ingen hemtjänst. Röker inte sedan 1990 och dricker ingen alkohol."),
          ("Läkemedel", "Amlodipin 5 mg, levotyroxin 75 mikrogram, paracetamol vid behov."),
          ("Aktuellt", "Har gått ned 9 kg sedan jul utan att försöka. Aptiten är dålig och hon blir mätt efter några tuggor. Molande smärta i övre delen av buken, värre efter mat, och ibland ryggsmärta nattetid. Ingen blodig eller svart avföring. Klåda sedan en månad och dottern tycker att hon ser gul ut. Hon har inte haft feber eller frossa. Urinen har varit mörk i två veckor och avföringen ljus, nästan vit."),
          ("Status", "Vikt 54 kg, längd 165 cm. BT 135/80, puls 84, temp 37,1. AT: Trött, avmagrad, lätt ikterisk. Cor: RR, inga blåsljud. Pulm: normala andningsljud. Buk: mjuk, lätt öm i epigastriet, ingen palpabel resistens. Lever ej palpabel. Inga förstorade lymfkörtlar på halsen eller supraklavikulärt. Inga spider naevi, inga tecken på ascites."),
          ("EKG", "Sinusrytm 84/min, normal PQ-tid och QRS, inga ST-förändringar."),
          ("Lab", "Hb 112, bilirubin 68, ALP 9,8, ALAT 2,1, lipas normalt, CRP 12, albumin 31, PK 1,1, kreatinin 64, glukos 7,8."),
          ("Bedömning", "Ikterus av obstruktiv typ med viktnedgång. Misstänkt malignitet i pankreashuvudet eller gallvägarna, DD gallvägssten. DT buk med pankreasprotokoll i morgon, därefter ställningstagande till ERCP."),
          ("Planering", "Nutritionsbedömning av dietist, vikt varje måndag, trombosprofylax, klådan behandlas med kolestyramin. Yngsta dottern hålls underrättad med patientens medgivande."),
          ("Kontakt", "Välorienterad, förstår planeringen och vill själv vara med när svaren gås igenom."),
          ("Omvårdnad", "Behöver stöd vid dusch på grund av tröttheten. Nutritionsscreening visar hög risk, mellanmål och näringsdryck beställda."),
      ]),
], [["NL102", "n1"]], [],
  "long admission note (300 words) with one open malignancy suspicion and DD in Bedömning")

C("vc-pmo-lang-flera-misstankar", "skane", "19690402-1711", [
    N("n1", "PMO", "Besöksanteckning", "vc_larod", "Jacob Lindfors", "läkare",
      "2024-04-03 13:00", 40, "öppenvård", [
          ("Kontaktorsak", "Trötthet, hjärtklappning och viktnedgång."),
          ("Anamnes", "Femtiofemårig man, arbetar som lärare. Tidigare frisk. Ingen hereditet för sköldkörtelsjukdom, pappan hade diabetes typ 2. Röker inte, dricker ett par glas vin i veckan."),
          ("Socialt", "Gift, två tonårsbarn. Arbetar heltid, mycket stress på jobbet senaste halvåret med omorganisation. Tränar sällan numera."),
          ("Läkemedel", "Inga stående läkemedel. Tar ibuprofen någon gång mot huvudvärk, inga naturläkemedel."),
          ("Aktuellt", "Sedan en dryg månad hjärtklappning i vila, svettas mer än vanligt och har gått ner 5 kg trots god aptit. Sover dåligt, känner sig rastlös. Frun tycker att han blivit lättirriterad. Lös avföring två gånger om dagen. Inga bröstsmärtor, ingen andnöd. Har märkt att han inte tål värme, sover med öppet fönster fast frun fryser. Inga ögonbesvär, ingen dubbelsyn, ingen halsont eller ömhet över halsen."),
          ("Status", "Vikt 71 kg, tidigare 76 kg. Längd 180 cm. Puls 108 regelbunden, BT 145/80. Lätt finvågig tremor i utsträckta händer. Varm fuktig hud. Tyreoidea: diffust förstorad, mjuk, oöm, inga knölar. Ögon: ingen exoftalmus, lätt lidretraktion. Cor och pulm ua."),
          ("Bedömning", "Trolig hypertyreos, i första hand Graves sjukdom med tanke på diffus struma. DD toxisk thyreoidit. Ev. också förmaksflimmer paroxysmalt, EKG idag visar sinustakykardi."),
          ("Patientlab", "Hb 142, CRP under 5, P-glukos 5,9 på mottagningen."),
          ("EKG", "Sinustakykardi 106/min, normala intervall, inga ST-förändringar och inget förmaksflimmer under registreringen."),
          ("Sjukskrivning", "Arbetsförmågan nedsatt på grund av trötthet, hjärtklappning och koncentrationssvårigheter; undervisning i helklass fungerar inte i nuläget. Sjukintyg utfärdat."),
          ("Information", "Patienten informerad om att proverna behövs för att fastställa orsaken och att behandlingen väljs när svaren finns. Han har fått länk till 1177 om överfunktion i sköldkörteln."),
          ("Åtgärd", "TSH, fritt T4, fritt T3, TRAK, blodstatus, leverprover. Propranolol 10 mg x 3 för symtomlindring. Sjukskriven 50 % i två veckor."),
          ("Planering", "Telefontid när proverna är klara. Remiss till endokrinmottagningen om TRAK är positivt. Han ska höra av sig tidigare vid bröstsmärta, svimning eller tilltagande andfåddhet, och vi har pratat om att undvika koffein tills vidare. Uppföljande besök hos mig om tre veckor för blodtryck och puls."),
      ]),
], [], [["NL102", "n1"]],
  "long PMO note with several hedged diagnoses: PMO never shows diagnoses, so no NL102")

C("epikris-lang-vgr-settled-med-icke-diagnos-hedges", "vgr", "19380708-1579", [
    N("n1", "Melior", "Epikris", "skas_med", "Ingela Rask", "läkare",
      "2024-11-08 12:00", 90, "slutenvård", [
          ("Diagnos", "Hjärtsvikt med bevarad ejektionsfraktion, dekompenserad. Förmaksflimmer, nyupptäckt."),
          ("Kontaktorsak", "Andfåddhet och bensvullnad."),
          ("Tidigare sjukdomar", "Hypertoni sedan tjugo år, typ 2-diabetes på metformin, prostataförstoring. Opererad för ljumskbråck 2011."),
          ("Socialt", "Änkling sedan 2020, bor i radhus i Skövde. Sonen bor nära och hjälper med inköp. Hemtjänst två gånger dagligen sedan tidigare."),
          ("Vårdförlopp", "Åttiosexårig man som inkom med tilltagande andfåddhet och bensvullnad sedan två veckor. På akuten väcktes misstanke om lungemboli då han var takypnoisk och D-dimer förhöjt, men DT lungartärer var normal och lungemboli kunde avskrivas. Lungröntgen visade stas och bilaterala pleuravätskor. EKG visade förmaksflimmer med kammarfrekvens 120. Ekokardiografi: EF 55 %, vidgade förmak, förhöjda fyllnadstryck. Diuretika intravenöst gav 6 kg viktminskning och bättre andning. Frekvensreglerad med metoprolol. CHA2DS2-VASc 4, apixaban insatt efter riskbedömning av blödning."),
          ("Status vid utskrivning", "Vikt 74 kg mot 80 kg vid inskrivningen. Lätta ankelödem, fina rassel basalt bilateralt. Puls 78 oregelbunden, BT 128/72, saturation 95 % på luft."),
          ("Lab vid utskrivning", "NT-proBNP 2400 från 6800, kreatinin 118, kalium 4,1, natrium 137."),
          ("Röntgen", "Kontrollröntgen inför hemgång: regress av stas och pleuravätskor."),
          ("Omvårdnad", "Vätskerestriktion 1,5 liter per dygn har fungerat. Daglig vägning har introducerats och patienten har fått en våg utlånad. Huden hel, inga trycksår."),
          ("Vaccinationer", "Erbjuden pneumokock- och influensavaccin, tackar ja via vårdcentralen."),
          ("Funktion", "Går med rollator och klarar trappor med vila. Arbetsterapeut har gjort hembesök och ordinerat duschpall. Fysioterapeut har gett ett enkelt gångprogram att fortsätta med hemma."),
          ("Läkemedel", "Nyinsatt: furosemid 40 mg x 1, metoprolol 50 mg x 1, apixaban 5 mg x 2, dapagliflozin 10 mg x 1. Utsatt: felodipin, som kan ge ödem."),
          ("Information", "Patienten och hans son informerade om diagnoserna och om daglig vägning. Han har fått skriftlig information om blodförtunnande behandling."),
          ("Uppföljning", "Möjligen kan furosemiddosen minskas när vikten stabiliserats, vilket hjärtsviktssjuksköterskan tar ställning till vid telefonkontakt om en vecka. Trolig hemgång med hemtjänst förstärkt till tre besök dagligen. Eventuell elkonvertering diskuteras vid återbesök på kardiologmottagningen om tre månader. Kreatinin och kalium på vårdcentralen om tio dagar."),
      ]),
], [], [["NL102", "n1"], ["NL101", "n1"]],
  "long epicrisis: PE suspicion written off; remaining 'möjligen', 'trolig', 'eventuell' hedge doses, discharge and treatment, not diagnoses")

C("onkologi-lang-skane-recidivmisstanke-bekraftad-meddelad", "skane", "19640229-3028", [
    N("n1", "Melior", "Läkaranteckning", "onk_lund", "Malin Ek", "läkare",
      "2024-09-09 13:00", None, "öppenvård", [
          ("Kontaktorsak", "Återbesök för svar på utredning av misstänkt recidiv."),
          ("Tidigare sjukdomar", "Bröstcancer vänster 2019, opererad med mastektomi och axillutrymning, därefter cytostatika, strålbehandling och endokrin behandling med tamoxifen som pågår."),
          ("Socialt", "Gift, två vuxna barn. Arbetar som förskollärare, sjukskriven sedan augusti."),
          ("Läkemedel", "Tamoxifen 20 mg, paracetamol 1 g x 3, oxikodon 5 mg vid behov, cirka två doser per dag."),
          ("Smärta", "Ländryggssmärtan skattas till 5 av 10 i vila och 7 vid rörelse, sover dåligt på grund av värken. Ingen inkontinens, ingen domning i ljumskarna."),
          ("Aktuellt", "Sökte i augusti för smärta i ländryggen sedan två månader och ökande trötthet. Skelettskintigrafi och DT visade upptag i L3 och i två revben, varför recidiv misstänktes och biopsi togs från L3."),
          ("Status", "Allmäntillstånd gott, ECOG 1. Palpationsöm över L3, ingen neurologisk påverkan i benen och normala reflexer. Operationsärret på vänster bröstkorg utan förändringar, inga förstorade lymfkörtlar."),
          ("Lab", "Hb 121, kalcium 2,45, ALP 3,2, kreatinin 68, leverprover normala."),
          ("Röntgen", "Skelettskintigrafi: upptag i L3 och i revben 6 och 7 höger, inga andra upptag."),
          ("Resultat", "PAD från L3: metastas från bröstcancer, ER-positiv, HER2-negativ, samma typ som primärtumören. DT thorax-buk utan metastaser i lever eller lungor."),
          ("Bedömning", "Skelettmetastaserad bröstcancer. Recidivet är därmed bekräftat och sjukdomen är inte längre botbar, men väntas kunna hållas tillbaka länge med behandling."),
          ("Information", "Beskedet lämnat vid dagens besök till patienten och hennes man. Vi pratade om vad behandlingen syftar till, om smärtlindring och om att hon kan höra av sig till kontaktsjuksköterskan när som helst. Hon fick tid att ställa frågor och bad om skriftlig sammanfattning, som skickas hem. Kontaktsjuksköterska Ulrika var med under samtalet. Vi kom också överens om en fast kontakt på onkologiska dagvården."),
          ("Planering", "Tamoxifen sätts ut. Start med letrozol och palbociklib, samt denosumab var fjärde vecka. Strålbehandling mot L3 mot smärtan, remiss skickad. Blodprover inför start, nytt besök om fyra veckor. Kontaktsjuksköterskan bokar samtal om sjukskrivning och ekonomi. Remiss till fysioterapeut om träning vid skelettmetastaser."),
      ]),
], [], [["NL102", "n1"], ["NL101", "n1"]],
  "long oncology note: the recurrence suspicion is reported, PAD-confirmed and told in the same note")

C("anemi-pmo-melior-ulcus-pmo-uppfoljning", "skane", "19710411-2748", [
    N("n1", "PMO", "Besöksanteckning", "vc_nasby", "Hussein Ali", "läkare",
      "2024-02-05 09:00", 20, "öppenvård", [
          ("Bedömning", "Järnbristanemi Hb 92, misstänkt blödning från magtarmkanalen då hon tar ibuprofen dagligen mot ryggvärk. Remiss gastroskopi."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "gastro_malmo", "Karin Dahl", "läkare",
      "2024-02-20 11:00", 30, "öppenvård", [
          ("Resultat", "Gastroskopi: 12 mm ulcus i bulbus duodeni utan pågående blödning. Helicobacter pylori-snabbtest positivt."),
          ("Bedömning", "Duodenalsår orsakat av Helicobacter pylori och NSAID. Eradikeringsbehandling, NSAID sätts ut. Åter till vårdcentralen."),
      ]),
    N("n3", "PMO", "Telefonanteckning", "vc_nasby", "Hussein Ali", "läkare",
      "2024-04-15 14:00", 10, "öppenvård", [
          ("Bedömning", "Hb 131, utandningstest för Helicobacter negativt efter eradikering. Anemin är hävd."),
      ]),
], [], [["NL102", "n1"], ["NL102", "n2"], ["NL102", "n3"]],
  "PMO suspicion of GI bleeding, Melior verifies an ulcer, PMO follow-up: no hedge in Melior, PMO never NL102")

C("dress-fragetecken-regiscar-bekraftar", "vgr", "19840709-4450", [
    N("n1", "Melior", "Läkaranteckning", "su_hud", "Emelie Wall", "läkare",
      "2024-07-09 15:00", 30, "slutenvård", [
          ("Aktuellt", "Feber och utbrett exantem tre veckor efter insättning av lamotrigin. Ansiktsödem."),
          ("Bedömning", "Läkemedelsutlöst exantem, DRESS? Lamotrigin utsatt, blodstatus med differentialräkning och leverprover."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "su_hud", "Emelie Wall", "läkare",
      "2024-07-11 10:00", 30, "slutenvård", [
          ("Lab", "Eosinofiler 2,1, ALAT 4,8, atypiska lymfocyter."),
          ("Bedömning", "DRESS orsakad av lamotrigin, RegiSCAR 6 poäng. Systemisk kortison, lamotrigin förs in som allvarlig överkänslighet. Patienten informerad."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "'DRESS?' after a new drug, confirmed by RegiSCAR score")

C("pylorusstenos-bvc-pmo-barnakut-ultraljud", "skane", "20240121-3513", [
    N("n1", "PMO", "BVC-anteckning", "bvc_hoor", "Malin Nord", "sjuksköterska",
      "2024-02-23 09:30", 15, "öppenvård", [
          ("Aktuellt", "Kaskadkräkningar efter varje mål sedan tre dagar, viktnedgång 150 g."),
          ("Åtgärd", "Misstänkt pylorusstenos, föräldrarna åker direkt till barnakuten efter samråd med BVC-läkaren."),
      ]),
    N("n2", "Melior", "Akutjournal", "barnakut_lund", "Petter Hallberg", "läkare",
      "2024-02-23 11:30", 30, "akut", [
          ("Status", "Lätt uttorkad, olivformad resistens palperas i epigastriet efter matning."),
          ("Bedömning", "Pylorusstenos? Ultraljud buk, blodgas och elektrolyter."),
      ]),
    N("n3", "Melior", "Akutjournal", "barnakut_lund", "Petter Hallberg", "läkare",
      "2024-02-23 14:00", 20, "akut", [
          ("Röntgen", "Ultraljud: pylorusmuskeln 5 mm tjock och 19 mm lång."),
          ("Bedömning", "Hypertrofisk pylorusstenos. Vätskekorrigering och pyloromyotomi imorgon, föräldrarna informerade."),
      ]),
], [["NL102", "n2"]], [["NL102", "n1"], ["NL102", "n3"]],
  "infant: BVC suspicion (PMO) -> '?' at the paediatric ED (open) -> ultrasound-confirmed pyloric stenosis")

C("natthinneavlossning-misstanke-glaskroppsavlossning", "vgr", "19650321-3560", [
    N("n1", "Melior", "Telefonanteckning", "su_ogon", "Stefan Kvist", "sjuksköterska",
      "2024-03-21 08:20", 10, "akut", [
          ("Kontaktorsak", "Ljusblixtar och nytillkomna flytande prickar i höger öga sedan igår kväll."),
          ("Åtgärd", "Misstänkt näthinneavlossning, akut tid hos ögonläkare kl 10 idag."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "su_ogon", "Helena Wijk", "läkare",
      "2024-03-21 10:40", 20, "akut", [
          ("Status", "Vidgade pupiller: bakre glaskroppsavlossning höger, inga hål eller avlossning i periferin."),
          ("Bedömning", "Bakre glaskroppsavlossning utan näthinneskada. Näthinneavlossning föreligger inte; åter akut vid skuggbildning."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "nurse's phone triage hedges retinal detachment (open), doctor settles posterior vitreous detachment")

C("endokardit-mojlig-duke-sedan-definitiv", "skane", "19790905-1935", [
    N("n1", "Melior", "Inskrivningsanteckning", "inf_malmo", "Niklas Hjort", "läkare",
      "2024-09-05 22:00", 45, "slutenvård", [
          ("Aktuellt", "Injicerar heroin. Feber i en vecka, blododlingar från akuten växer Staphylococcus aureus i alla flaskor."),
          ("Bedömning", "Möjlig endokardit enligt Duke-kriterierna. Transesofagealt eko imorgon, kloxacillin högdos."),
      ]),
    N("n2", "Melior", "Daganteckning", "inf_malmo", "Niklas Hjort", "läkare",
      "2024-09-06 15:00", None, "slutenvård", [
          ("Resultat", "TEE: 14 mm vegetation på trikuspidalisklaffen, måttligt läckage."),
          ("Bedömning", "Definitiv högersidig endokardit med Staphylococcus aureus. Kloxacillin fyra veckor, thoraxkirurg informerad för bedömning. Patienten informerad om diagnosen."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "'Möjlig endokardit' by Duke (open), TEE makes it definite")

C("uvi-spadbarn-misstanke-odling-pyelonefrit", "vgr", "20240304-1680", [
    N("n1", "Melior", "Akutjournal", "su_barnakut", "Sara Holmén", "läkare",
      "2024-05-28 23:00", 30, "akut", [
          ("Aktuellt", "Tolv veckor gammal, feber 39,2 sedan i eftermiddags, äter sämre."),
          ("Bedömning", "Feber utan fokus hos spädbarn. Misstänkt urinvägsinfektion, blåspunktion och blododling, cefotaxim."),
      ]),
    N("n2", "Melior", "Daganteckning", "su_barnakut", "Sara Holmén", "läkare",
      "2024-05-30 10:00", 20, "slutenvård", [
          ("Lab", "Blåspunktionsurin: E. coli > 10^5/mL. Blododling negativ."),
          ("Bedömning", "Akut pyelonefrit med E. coli. Byte till peroralt ceftibuten, ultraljud njurar om sex veckor. Föräldrarna informerade."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "infant (guardian reads): suspected UTI on admission, culture-confirmed pyelonephritis")

C("sarkoidos-utkast-misstanke-sedan-signerad-bekraftad", "skane", "19810117-2453", [
    N("n1", "Melior", "Läkaranteckning", "lung_lund", "Ebba Lindström", "läkare",
      "2024-01-17 10:00", None, "öppenvård", [
          ("Röntgen", "DT: bilateral hilär lymfkörtelförstoring, små noduli perilymfatiskt."),
          ("Bedömning", "Misstänkt sarkoidos. EBUS bokas."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "lung_lund", "Ebba Lindström", "läkare",
      "2024-02-07 10:00", 30, "öppenvård", [
          ("PAD", "EBUS: icke-nekrotiserande granulom, odling negativ för mykobakterier."),
          ("Bedömning", "Sarkoidos stadium II. Ingen behandling i nuläget då lungfunktionen är normal. Patienten informerad."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "unsigned draft with an open suspicion (pre-signing case), later signed note settles it")

C("kll-trolig-sedan-flodescytometri", "vgr", "19500604-3136", [
    N("n1", "Melior", "Läkaranteckning", "alingsas_med", "Olle Hjelm", "läkare",
      "2024-06-04 10:00", 30, "öppenvård", [
          ("Lab", "LPK 28, lymfocyter 22, Hb och trombocyter normala. Utstryk med små mogna lymfocyter och gumprechtska skuggor."),
          ("Bedömning", "Leukemi, trolig KLL. Immunfenotypning av perifert blod."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "alingsas_med", "Olle Hjelm", "läkare",
      "2024-06-25 10:00", 30, "öppenvård", [
          ("Lab", "Flödescytometri: monoklonala B-celler CD5+ CD23+, Matutes-poäng 5."),
          ("Bedömning", "Kronisk lymfatisk leukemi, Binet A. Ingen behandlingsindikation, kontroller var sjätte månad. Informerat patienten och hustrun."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "leukaemia 'trolig KLL' refined by flow cytometry")

C("stroke-trolig-kardioembolisk-sedan-langtids-ekg", "skane", "19490408-2312", [
    N("n1", "Melior", "Daganteckning", "stroke_lund", "Anders Kroon", "läkare",
      "2024-04-09 11:00", 40, "slutenvård", [
          ("Resultat", "MR: färska infarkter i två kärlterritorier."),
          ("Bedömning", "Ischemisk stroke, trolig kardioembolisk genes, paroxysmalt förmaksflimmer? Långtids-EKG i sju dagar."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "stroke_lund", "Anders Kroon", "läkare",
      "2024-04-24 13:00", 30, "öppenvård", [
          ("Resultat", "Långtids-EKG: paroxysmalt förmaksflimmer, längsta episod fyra timmar."),
          ("Bedömning", "Kardioembolisk stroke orsakad av paroxysmalt förmaksflimmer. Apixaban insätts, patienten informerad."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "stroke settled, cause hedged and AF with '?', refined by Holter")

C("bowen-pmo-misstanke-melior-pad", "skane", "19440918-1288", [
    N("n1", "PMO", "Besöksanteckning", "vc_sjobo", "Lena Fors", "läkare",
      "2024-09-18 11:00", 15, "öppenvård", [
          ("Bedömning", "Fjällande rodnad plack på vänster underben, misstänkt skivepitelcancer in situ. Remiss hudkliniken."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "hud_lund", "Jonna Ek", "läkare",
      "2024-10-14 13:00", 20, "öppenvård", [
          ("PAD", "Skivepitelcancer in situ (Bowens sjukdom)."),
          ("Åtgärd", "Behandlad med kryoterapi, patienten informerad. Kontroll om tre månader."),
      ]),
], [], [["NL102", "n1"], ["NL102", "n2"]],
  "PMO suspicion (hidden) verified by PAD in Melior (no hedge)")

C("preeklampsi-barnmorska-misstanke-lakare-bekraftar", "vgr", "19950915-2287", [
    N("n1", "Melior", "Barnmorskeanteckning", "sas_kvinno", "Cecilia Lund", "barnmorska",
      "2024-06-03 10:00", 15, "öppenvård", [
          ("Aktuellt", "Graviditetsvecka 34+2. Huvudvärk och svullna händer sedan två dagar."),
          ("Bedömning", "BT 152/102, proteinuri 2+ på sticka. Misstänkt preeklampsi, läkare kontaktad och patienten skickas till förlossningen."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "sas_kvinno", "Patrik Edman", "läkare",
      "2024-06-03 13:00", 30, "slutenvård", [
          ("Lab", "U-albumin/kreatininkvot förhöjd, trombocyter 160, leverprover normala."),
          ("Bedömning", "Preeklampsi utan svåra symtom. Inläggning, labetalol, betametason för lungmognad. Patienten och hennes partner informerade."),
      ]),
], [["NL102", "n1"]], [["NL102", "n2"]],
  "midwife hedges pre-eclampsia (open), doctor confirms the same day")

C("pmr-th-sedan-th-utan-hypotes", "skane", "19520730-4261", [
    N("n1", "Melior", "Tidiga hypoteser", "reuma_lund", "Tove Hedlund", "läkare",
      "2024-10-08 10:00", 20, "öppenvård", [
          ("Hypotes", "Misstänkt paramalign polymyalgi, DD polymyalgia reumatika. Vill utesluta malignitet innan detta tas upp med patienten."),
      ]),
    N("n2", "Melior", "Tidiga hypoteser", "reuma_lund", "Tove Hedlund", "läkare",
      "2024-10-22 10:00", 20, "öppenvård", [
          ("Hypotes", "Återbesök om två veckor, nya blodprover tas veckan innan."),
      ]),
], [["NL104", "n2"]], [["NL104", "n1"], ["NL102", "n1"], ["NL102", "n2"]],
  "a Tidiga hypoteser entry holding a real hypothesis (n1) and a later one holding only a plan, no hypothesis (NL104 on n2)")

C("celiaki-vgr-th-sokord-efter-besked", "vgr", "19910913-3620", [
    N("n1", "Melior", "Läkaranteckning", "nal_med", "Isabella Frost", "läkare",
      "2024-10-14 13:00", 20, "öppenvård", [
          ("Tidiga hypoteser", "Celiaki bekräftad med duodenalbiopsier, Marsh 3b. Patienten informerad om diagnosen vid dagens besök."),
          ("Planering", "Remiss dietist, ny transglutaminas om ett år."),
      ]),
], [["NL104", "n1"]], [["NL102", "n1"]],
  "VGR: a biopsy-confirmed and communicated diagnosis written under sökord Tidiga hypoteser (NL104)")

C("njurcancer-misstanke-pad-ej-besked-sedan-telefon", "vgr", "19580121-1987", [
    N("n1", "Melior", "Läkaranteckning", "su_uro", "Viktor Eng", "läkare",
      "2024-01-22 09:00", 30, "öppenvård", [
          ("Röntgen", "DT buk som gjordes för gallbesvär: 4 cm solid förändring i vänster njure."),
          ("Bedömning", "Misstänkt njurcancer vänster, trolig klarcellig typ. Perkutan biopsi."),
      ]),
    N("n2", "Melior", "Läkaranteckning", "su_uro", "Viktor Eng", "läkare",
      "2024-02-05 16:30", 15, "öppenvård", [
          ("PAD", "Klarcellig njurcancer, ISUP grad 2."),
          ("Bedömning", "Njurcancer vänster, T1a. Patienten är inte underrättad ännu, jag ringer honom imorgon förmiddag."),
      ]),
    N("n3", "Melior", "Telefonanteckning", "su_uro", "Viktor Eng", "läkare",
      "2024-02-06 10:15", 10, "öppenvård", [
          ("Åtgärd", "Ringt patienten och lämnat beskedet om njurcancer. Han vill gärna ha partiell nefrektomi, tid hos operatören bokas."),
      ]),
], [["NL102", "n1"], ["NL101", "n2"]], [["NL102", "n2"], ["NL102", "n3"], ["NL101", "n3"]],
  "kidney cancer: open suspicion (n1), PAD-settled before the patient is told (NL101 on n2), told by phone (n3)")

C("familjen-ber-att-pat-inte-far-veta", "skane", "19390909-2136", [
    N("n1", "Melior", "Läkaranteckning", "med_krist", "Sofie Lundell", "läkare",
      "2024-11-27 14:30", None, "slutenvård", [
          ("Röntgen", "DT buk: multipla levermetastaser, primärtumör i colon ascendens."),
          ("Bedömning", "Metastaserad koloncancer. Sönerna har bett att patienten inte ska få veta om cancern, och han är ännu inte informerad. Jag pratar med patienten själv imorgon om vad han vill veta."),
      ]),
], [["NL101", "n1"]], [["NL102", "n1"]],
  "relatives ask that the patient not be told; the settled diagnosis is in a visible note and he is not informed")

C("th-sokord-pad-ej-meddelat-synligt-utan-diagnos", "vgr", "19820626-2449", [
    N("n1", "Melior", "Läkaranteckning", "su_hud", "Julia Sandström", "läkare",
      "2024-06-27 15:40", 15, "öppenvård", [
          ("Tidiga hypoteser", "PAD från excisionen på skuldran: malignt melanom, Breslow 1,1 mm."),
          ("Planering", "Patienten är inte informerad om PAD-svaret ännu, besök bokat på fredag."),
      ]),
], [], [["NL101", "n1"], ["NL102", "n1"]],
  "near miss: 'not informed' in a visible section, but the diagnosis itself is only under Tidiga hypoteser")

# ---------------------------------------------------------------------------
# Build and validate
# ---------------------------------------------------------------------------

CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"}
PROTECTED_TEMPLATES_SKANE = {"Tidiga hypoteser"}
PNR_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})-(\d{3})(\d)$")
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(pnr):
    m = PNR_RE.match(pnr)
    if not m:
        return False
    digits = pnr[2:8] + pnr[9:12]
    total = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10 == int(pnr[-1])


def build_case(c):
    pnr = c["pnr"]
    birth = "%s-%s-%s" % (pnr[0:4], pnr[4:6], pnr[6:8])
    last = max(datetime.fromisoformat(n["time"]) for n in c["notes"])
    for n in c["notes"]:
        if n["signed"]:
            last = max(last, datetime.fromisoformat(n["signed"]))
    as_of = datetime.combine(last.date() + timedelta(days=7), datetime.min.time())
    if as_of.year != 2024:
        as_of = datetime(2024, 12, 31)
    record = {
        "patient": {"id": pnr, "birth_date": birth, "protected_identity": False},
        "as_of": as_of.isoformat(),
        "notes": c["notes"],
        "access_events": [], "conversations": [], "treatments": [],
    }
    return {"case": c["name"], "ruleset": c["ruleset"], "record": record,
            "must": c["must"], "must_not": c["must_not"], "why": c["why"]}


def age_on(birth, when):
    b = date.fromisoformat(birth)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def validate(cases):
    errors = []
    names = set()
    sentences = {}
    for case in cases:
        cn = case.get("case")
        where = "case %r" % cn
        if list(case.keys()) != CASE_KEYS:
            errors.append("%s: keys %s" % (where, list(case.keys())))
        if cn in names:
            errors.append("%s: duplicate case name" % where)
        names.add(cn)
        if not re.match(r"^[a-z0-9-]+$", cn or ""):
            errors.append("%s: case name not a plain slug" % where)
        if case["ruleset"] not in ("skane", "vgr"):
            errors.append("%s: ruleset %r" % (where, case["ruleset"]))
        if not case["why"] or "\n" in case["why"]:
            errors.append("%s: why must be one line" % where)
        rec = case["record"]
        if set(rec.keys()) != RECORD_KEYS:
            errors.append("%s: record keys %s" % (where, sorted(rec.keys())))
        pat = rec["patient"]
        if set(pat.keys()) != PATIENT_KEYS:
            errors.append("%s: patient keys" % where)
        pnr = pat["id"]
        if not luhn_ok(pnr):
            errors.append("%s: personnummer %s not Luhn-valid" % (where, pnr))
        else:
            if pat["birth_date"] != "%s-%s-%s" % (pnr[0:4], pnr[4:6], pnr[6:8]):
                errors.append("%s: birth_date does not match personnummer" % where)
            try:
                date.fromisoformat(pat["birth_date"])
            except ValueError:
                errors.append("%s: invalid birth date" % where)
        as_of = datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            errors.append("%s: as_of not in 2024" % where)
        ids = set()
        systems = {}
        for n in rec["notes"]:
            if set(n.keys()) != NOTE_KEYS:
                errors.append("%s: note keys %s" % (where, sorted(n.keys())))
            if n["id"] in ids:
                errors.append("%s: duplicate note id %s" % (where, n["id"]))
            ids.add(n["id"])
            systems[n["id"]] = n["system"]
            if n["system"] not in ("Melior", "PMO"):
                errors.append("%s: system %s" % (where, n["system"]))
            if case["ruleset"] == "vgr" and n["system"] != "Melior":
                errors.append("%s: VGR notes must be Melior" % where)
            hsa = n["unit"]["hsa_id"]
            if (case["ruleset"] == "skane") != hsa.startswith(SK):
                errors.append("%s: unit %s not in region" % (where, n["unit"]["name"]))
            if n["system"] == "PMO" and not hsa.startswith(SK):
                errors.append("%s: PMO outside Skåne" % where)
            if set(n["unit"].keys()) != {"name", "hsa_id"} or set(n["author"].keys()) != {"name", "role"}:
                errors.append("%s: unit/author keys" % where)
            t = datetime.fromisoformat(n["time"])
            if t.year != 2024:
                errors.append("%s: note %s time not in 2024" % (where, n["id"]))
            if t > as_of:
                errors.append("%s: note %s after as_of" % (where, n["id"]))
            if n["signed"] is not None:
                s = datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    errors.append("%s: note %s signed time bad" % (where, n["id"]))
            age = age_on(pat["birth_date"], t)
            if age < 0 or 13 <= age <= 15:
                errors.append("%s: patient aged %d at note %s" % (where, age, n["id"]))
            if not n["sections"]:
                errors.append("%s: note %s has no sections" % (where, n["id"]))
            for sec in n["sections"]:
                if set(sec.keys()) != {"keyword", "text"} or not sec["text"].strip():
                    errors.append("%s: bad section in %s" % (where, n["id"]))
                for snt in SENT_SPLIT.split(sec["text"]):
                    snt = snt.strip()
                    if len(snt) >= 25:
                        if snt in sentences and sentences[snt] != (cn, n["id"], sec["keyword"]):
                            errors.append("%s: sentence repeated (also in %s): %r" % (where, sentences[snt][0], snt))
                        sentences.setdefault(snt, (cn, n["id"], sec["keyword"]))
        seen = set()
        for key in ("must", "must_not"):
            lst = case[key]
            if not isinstance(lst, list):
                errors.append("%s: %s not a list" % (where, key))
                continue
            for item in lst:
                if not (isinstance(item, list) and len(item) == 2):
                    errors.append("%s: bad %s item %r" % (where, key, item))
                    continue
                code, target = item
                if not re.match(r"^NL[12]\d\d$", code):
                    errors.append("%s: code %s" % (where, code))
                if target not in ids:
                    errors.append("%s: target %s does not exist" % (where, target))
                    continue
                if (code, target) in seen:
                    errors.append("%s: %s on %s asserted twice" % (where, code, target))
                seen.add((code, target))
                if code == "NL101" and systems[target] == "PMO":
                    errors.append("%s: NL101 asserted on PMO note %s" % (where, target))
                if code == "NL102" and key == "must" and systems[target] == "PMO":
                    errors.append("%s: NL102 must on PMO note %s" % (where, target))
        if not case["must"] and not case["must_not"]:
            errors.append("%s: asserts nothing" % where)
    return errors


def main():
    cases = [build_case(c) for c in CASES]
    errors = validate(cases)
    out = os.path.join(HERE, NAME + ".jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for case in cases:
            fh.write(json.dumps(case, ensure_ascii=False) + "\n")
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s); %s written but invalid" % (len(errors), out), file=sys.stderr)
        return 1
    counts = {}
    for case in cases:
        for key in ("must", "must_not"):
            for code, _ in case[key]:
                counts.setdefault(code, [0, 0])[0 if key == "must" else 1] += 1
    print("%d cases written to %s" % (len(cases), out))
    for code in sorted(counts):
        print("  %s must %d  must_not %d" % (code, counts[code][0], counts[code][1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
