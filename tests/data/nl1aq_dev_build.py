#!/usr/bin/env python3
"""Gold cases for notelint NL101 / NL102: clinics and authors that linters rarely see.

Radiology and pathology replies pasted into notes, genetics, palliative care / ASIH,
infectious disease and STI clinics, occupational medicine, rehabilitation, maternity and
neonatal care, forensic psychiatry and addiction care, elderly care homes, emergency
triage; written by physicians, residents, nurses, midwives, psychologists, counsellors,
physiotherapists and genetic counsellors.

Dependency-free and deterministic: `python3 build.py` writes nl1aq_dev_cases.jsonl
beside this file and validates it. Exit status 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

NAME = "nl1aq_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

UNITS = {
    # Region Skåne
    "S_MED_YSTAD": ("Medicinavdelning 3, Lasarettet Ystad", "SE2321000255-4412"),
    "S_MED_TRELL": ("Medicinmottagningen, Lasarettet Trelleborg", "SE2321000255-4530"),
    "S_ONKOGEN": ("Onkogenetiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6021"),
    "S_KLINGEN": ("Klinisk genetik, Skånes universitetssjukhus Lund", "SE2321000255-6038"),
    "S_ASIH_LUND": ("ASIH Lund Nordost", "SE2321000255-7702"),
    "S_ASIH_MALMO": ("ASIH Malmö", "SE2321000255-7715"),
    "S_NEO_LUND": ("Neonatalavdelning 68, Skånes universitetssjukhus Lund", "SE2321000255-3384"),
    "S_INF_MALMO": ("Infektionsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2210"),
    "S_VEN_MALMO": ("Venereologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2247"),
    "S_AMM": ("Arbets- och miljömedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5106"),
    "S_REHAB": ("Rehabiliteringsmedicinska kliniken, Orups rehabcentrum Höör", "SE2321000255-8843"),
    "S_HAND_FYS": ("Fysioterapin, Handkirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-8871"),
    "S_SMVC": ("Specialistmödravården, Centralsjukhuset Kristianstad", "SE2321000255-1189"),
    "S_FORL_HBG": ("Förlossningsavdelningen, Helsingborgs lasarett", "SE2321000255-1302"),
    "S_GYN_MALMO": ("Gynekologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1344"),
    "S_RPK": ("Rättspsykiatriska öppenvårdsmottagningen, Trelleborg", "SE2321000255-9410"),
    "S_BEROENDE": ("Beroendecentrum Malmö, Psykiatri Skåne", "SE2321000255-9377"),
    "S_PSYK_LUND": ("Allmänpsykiatrisk mottagning Lund, Psykiatri Skåne", "SE2321000255-9302"),
    "S_AKUT_HBG": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-0815"),
    "S_GERIATRIK": ("Geriatriska mottagningen, Hässleholms sjukhus", "SE2321000255-4701"),
    "S_BARN_LUND": ("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3321"),
    "S_LUNG": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5540"),
    "S_KIR_TRELL": ("Kirurgmottagningen, Lasarettet Trelleborg", "SE2321000255-4577"),
    "S_KIR_HBG": ("Kirurgmottagningen, Helsingborgs lasarett", "SE2321000255-0862"),
    "S_URO_HBG": ("Urologiska mottagningen, Helsingborgs lasarett", "SE2321000255-0874"),
    "S_DERM": ("Hudmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2391"),
    "S_ONK_MALMO": ("Onkologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-2604"),
    "S_BROST": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2652"),
    "S_ORTO_HLM": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-4733"),
    # PMO units (primary care, Skåne)
    "P_HSV": ("Hemsjukvårdsteamet, Vårdcentralen Kävlinge", "SE2321000255-F118"),
    "P_BVC": ("Barnavårdscentralen Eslöv", "SE2321000255-F245"),
    "P_UM": ("Ungdomsmottagningen Landskrona", "SE2321000255-F377"),
    # Västra Götalandsregionen
    "V_ONH_SU": ("Öron-näsa-halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E41077"),
    "V_INF_OSTRA": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E22901"),
    "V_STI": ("Mottagningen för sexuell hälsa (STI), Sahlgrenska Universitetssjukhuset", "SE2321000131-E22945"),
    "V_BARNONK": ("Barncancercentrum, Drottning Silvias barnsjukhus", "SE2321000131-E30112"),
    "V_NEO": ("Neonatalavdelning 325, Drottning Silvias barnsjukhus", "SE2321000131-E30187"),
    "V_BEROENDE": ("Beroendemottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E51203"),
    "V_NJUR_SKOVDE": ("Njurmedicinska mottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E60418"),
    "V_MED_SKOVDE": ("Medicinavdelning 5, Skaraborgs Sjukhus Skövde", "SE2321000131-E60455"),
    "V_PALL": ("Palliativt centrum, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E22633"),
    "V_ASIH_NU": ("Sjukhusansluten hemsjukvård, NU-sjukvården Uddevalla", "SE2321000131-E70219"),
    "V_GEN": ("Klinisk genetik, Sahlgrenska Universitetssjukhuset", "SE2321000131-E41502"),
    "V_AMM": ("Arbets- och miljömedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E41588"),
    "V_REHAB": ("Rehabiliteringsmedicin, Sahlgrenska Universitetssjukhuset/Högsbo", "SE2321000131-E43310"),
    "V_NPF": ("Neuropsykiatriska utredningsenheten, Sahlgrenska Universitetssjukhuset", "SE2321000131-E52077"),
    "V_KK_BORAS": ("Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E80144"),
    "V_SMVC_BORAS": ("Specialistmödravården, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E80160"),
    "V_KURATOR_SAS": ("Kuratorsenheten, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E80199"),
    "V_RPK": ("Rättspsykiatriska regionkliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E52310"),
    "V_AKUT_SKOVDE": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E60102"),
    "V_GER_MOLNDAL": ("Geriatrik och akutmedicin, Mölndals sjukhus", "SE2321000131-E24415"),
    "V_MOBNV": ("Mobil närvård, Alingsås lasarett", "SE2321000131-E90322"),
    "V_BARN_NAL": ("Barn- och ungdomsmedicin, NÄL Trollhättan", "SE2321000131-E70488"),
    "V_NEURO": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E41190"),
    "V_LUNG_SU": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E41233"),
    "V_KIR_NAL": ("Kirurgmottagningen, NÄL Trollhättan", "SE2321000131-E70533"),
    "V_MAG_SU": ("Mag- och tarmmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E41266"),
}

CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(born, serial):
    ymd = born.replace("-", "")
    return "%s-%s%s" % (ymd, serial, luhn_digit(ymd[2:] + serial))


def iso(t):
    return None if t is None else t.replace(" ", "T") + ":00"


def C(name, rs, unit, tmpl, author, role, t, signed, setting, born, serial,
      sections, must, must_not, why, system="Melior"):
    uname, hsa = UNITS[unit]
    day = dt.date.fromisoformat(t[:10])
    as_of = min(day + dt.timedelta(days=10), dt.date(2024, 12, 31))
    note = {
        "id": "n1", "system": system, "template": tmpl,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": iso(t), "signed": iso(signed), "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }
    rec = {
        "patient": {"id": pnr(born, serial), "birth_date": born, "protected_identity": False},
        "as_of": as_of.isoformat() + "T00:00:00",
        "notes": [note], "access_events": [], "conversations": [], "treatments": [],
    }
    CASES.append({
        "case": name, "ruleset": rs, "record": rec,
        "must": [[c, "n1"] for c in must],
        "must_not": [[c, "n1"] for c in must_not],
        "why": why,
    })


A, B = "NL101", "NL102"

# ---------------------------------------------------------------------------
# NL101 positives: a diagnosis (or diagnosis-bearing finding) in visible text while
# the patient (or, for a child under 13, the guardians) has not yet been told.
# ---------------------------------------------------------------------------

C("rtg-dt-levermetastaser-inklistrat-ej-informerad", "skane", "S_MED_YSTAD", "Läkaranteckning",
  "Jonas Nyberg", "läkare", "2024-02-13 16:40", "2024-02-13 17:05", "slutenvård", "1945-08-19", "457",
  [("Aktuellt", "Inlagd sedan 10/2 pga viktnedgång ca 8 kg på 3 mån, inappetens och trötthet. "
                "Ikterisk sedan igår enl dottern."),
   ("Röntgensvar", "DT thorax-buk 2024-02-12 (inklistrat): Ca 4 cm stor lågattenuerande tumör i "
                   "pankreashuvudet med dilaterade intra- och extrahepatiska gallvägar. Multipla "
                   "levermetastaser, största 3 cm i segment 7. Inga lungmetastaser. Konklusion: "
                   "Pankreascancer med levermetastasering."),
   ("Bedömning", "Pat ännu ej informerad om DT-fyndet. Dottern vill närvara, samtal bokat imorgon "
                 "kl 10 med ansvarig öl. ERCP-konferens i morgon bitti.")],
  [A], [B], "pasted CT report with metastatic cancer, patient not yet told of the CT finding")

C("genetik-lynch-pat-ej-nadd-per-telefon", "skane", "S_ONKOGEN", "Telefonanteckning",
  "Maria Holm", "genetisk vägledare", "2024-05-20 09:15", "2024-05-20 09:20", "öppenvård",
  "1979-03-30", "526",
  [("Kontaktorsak", "Svar på anlagsbärartest efter känd familjevariant (mors sida)."),
   ("Provsvar", "Klinisk genetik Lund: patogen variant i MLH1 c.1852_1854del påvisad. Pat har "
                "alltså Lynchs syndrom."),
   ("Åtgärd", "Sökt pat på mobil kl 9.05, ej svar, inget röstmeddelande lämnat. Pat har ännu inte "
              "fått svaret – ringer igen efter lunch, annars brev med telefontid.")],
  [A], [], "genetic counsellor: Lynch syndrome confirmed, patient not reached so not yet told")

C("inf-hiv-positiv-ej-underrattad-besked-vid-besok", "vgr", "V_INF_OSTRA", "Omvårdnadsanteckning",
  "Emma Berg", "sjuksköterska", "2024-06-03 14:02", "2024-06-03 14:10", "öppenvård", "1990-07-23", "413",
  [("Lab", "HIV-1/2 ag/ak (kombitest): reaktivt. Konfirmerande immunoblot: HIV-1 positiv. "
           "HIV-1 RNA 84 000 kopior/ml."),
   ("Planering", "Pat ännu ej underrättad om det positiva hiv-svaret. Enl mottagningens rutin "
                 "lämnas besked endast vid personligt besök – tid ordnad mån 10/6 kl 13 hos "
                 "inf.läk. Kallad via telefon utan att svaret nämndes.")],
  [A], [], "nurse note: confirmed HIV result visible, patient 'ej underrättad' yet")

C("sti-klamydia-pos-pat-ej-nadd-sms", "skane", "S_VEN_MALMO", "Telefonanteckning",
  "Linnéa Ek", "sjuksköterska", "2024-01-18 15:25", "2024-01-18 15:31", "öppenvård", "2001-07-11", "237",
  [("Provsvar", "Chlamydia trachomatis PCR (urin): POSITIV. N. gonorrhoeae PCR: neg."),
   ("Åtgärd", "Pat ej nådd m svaret. Sms skickat kl 15:20 ”ring mottagningen”. Smittspårning o "
              "behandling när pat hör av sig.")],
  [A], [], "positive chlamydia PCR, patient not yet reached with the result (ej nådd)")

C("asih-hjarnmetastaser-dotter-ber-oss-vanta", "skane", "S_ASIH_LUND", "Läkaranteckning",
  "Per Åkesson", "läkare", "2024-03-07 13:20", "2024-03-07 15:45", "specialiserad hemsjukvård",
  "1938-12-24", "168",
  [("Aktuellt", "Hembesök tillsammans med ssk Malin. Känd lungcancer (adenocarcinom) sedan 2023, "
                "palliativ fas, avslutad onkologisk behandling i januari. Sedan en vecka huvudvärk "
                "på morgnarna, ostadighet och två fall i badrummet enligt hemtjänsten."),
   ("Status", "Vaken, orienterad. Lätt vä-sidig pronatordrift. Går med rollator, breddökad gång. "
              "AT nedsatt men opåverkad, sat 94 %."),
   ("Undersökningsresultat", "MR hjärna 5/3: tre hjärnmetastaser, den största 22 mm frontalt hö "
                             "med perifokalt ödem. Ingen inklämning."),
   ("Bedömning", "Pat har inte informerats om hjärnmetastaserna. Dottern har bett att vi väntar "
                 "tills hon kan vara med på fredag, vilket vi respekterar, men pat har rätt till "
                 "informationen om hon själv frågar. Insätter Betapred 4 mg x1 och följer effekten."),
   ("Planering", "Nytt hembesök fredag fm med dottern. Fallrisk: larmknapp finns, arbetsterapeut "
                 "kontaktas för toalettförhöjning.")],
  [A], [], "ASIH home visit: brain metastases on MR, patient not informed because the daughter asked to wait")

C("neo-trisomi18-foraldrar-ej-informerade", "skane", "S_NEO_LUND", "Läkaranteckning",
  "Hanna Sjöberg", "läkare", "2024-03-05 11:45", "2024-03-05 12:30", "slutenvård", "2024-03-02", "284",
  [("Aktuellt", "Dag 3. Född v 37+2, PV 2140 g. Ökande matningssvårigheter, sonderas sedan igår."),
   ("Provsvar", "QF-PCR (snabbsvar, klin genetik): trisomi 18. Karyotyp följer."),
   ("Planering", "Föräldrarna ännu ej informerade om kromosomsvaret. Samtal kl 14 i samtalsrummet "
                 "med undertecknad, avd.ssk och kurator. Fortsatt sondmatning.")],
  [A], [], "newborn: trisomy 18 result visible to the guardians before they have been told")

C("barnonk-all-vardnadshavare-ej-fatt-besked", "vgr", "V_BARNONK", "Läkaranteckning",
  "Oskar Falk", "läkare", "2024-02-22 13:10", "2024-02-22 13:40", "slutenvård", "2018-05-14", "379",
  [("Provsvar", "Benmärgsaspirat 22/2: 86 % blaster. Flödescytometri: prekursor-B-ALL."),
   ("Bedömning", "Akut lymfatisk leukemi. Vårdnadshavarna har inte fått besked än – "
                 "informationssamtal kl 16 idag med båda föräldrarna och tolk (arabiska). Start av "
                 "induktion enl ALLTogether imorgon om samtycke.")],
  [A], [B], "child of 5: leukaemia confirmed in visible text, guardians not yet told")

C("smvc-amniocentes-trisomi21-utkast-ej-meddelat", "skane", "S_SMVC", "Barnmorskeanteckning",
  "Ida Persson", "barnmorska", "2024-08-14 10:30", None, "öppenvård", "1986-09-09", "642",
  [("Provsvar", "Fostervattenprov 9/8, QF-PCR: trisomi 21 hos fostret (pojke)."),
   ("Planering", "Har inte hunnit meddela pat, väntar på att ansvarig läkare (dr Andersson) ringer "
                 "henne i eftermiddag. Erbjuds samtal med kurator och fostermedicin efter beskedet.")],
  [A], [], "unsigned midwife draft: fetal trisomy 21 on amniocentesis, mother not yet told")

C("akut-dt-subduralhematom-ssk-ej-informerad", "skane", "S_AKUT_HBG", "Omvårdnadsanteckning",
  "Kristoffer Nilsson", "sjuksköterska", "2024-11-02 03:40", "2024-11-02 03:55", "akutmottagning",
  "1939-02-02", "311",
  [("Triage", "RETTS gul, ESS 40 fall/huvudskada. Waranbehandlad, INR 2,8. GCS 15."),
   ("Undersökningsresultat", "DT hjärna: akut subduralhematom hö, 9 mm, ingen "
                             "midlinjeöverflyttning."),
   ("Omvårdnad", "Pat ej informerad om DT-svaret, väntar på bedömning av neurokirurgjouren i Lund. "
                 "Neurokontroller var 30:e min, ingen försämring hittills.")],
  [A], [], "triage nurse: subdural haematoma on CT, patient not informed while awaiting neurosurgery")

C("rattspsyk-oppenvard-hepatit-c-ej-delgivet", "skane", "S_RPK", "Omvårdnadsanteckning",
  "Nadia Rahimi", "sjuksköterska", "2024-09-11 10:05", "2024-09-11 10:40", "öppenvård", "1990-04-17", "553",
  [("Lab", "HCV-RNA positivt, genotyp 3a, ALAT 2,1. Anti-HCV pos sedan tidigare."),
   ("Omvårdnad", "Kronisk hepatit C, behandlingsbar. Ej delgivet pat ännu – han var mkt "
                 "ångestfylld vid dagens depåinjektion och läkaren vill ta det vid besöket 18/9. "
                 "Remiss till infektion skrivs efter beskedet.")],
  [A], [], "forensic outpatient nurse: chronic hepatitis C 'ej delgivet pat ännu'")

C("beroende-levercirros-pat-uteblev-ej-informerad", "vgr", "V_BEROENDE", "Läkaranteckning",
  "Johan Wikström", "läkare", "2024-10-03 14:30", "2024-10-03 16:00", "öppenvård", "1971-01-29", "194",
  [("Undersökningsresultat", "UL buk 25/9: nodulär leverkontur, grov ekostruktur, splenomegali "
                             "15 cm, lite ascites. Fibroscan 41 kPa."),
   ("Bedömning", "Alkoholrelaterad levercirros, Child-Pugh B. Pat uteblev från dagens besök och är "
                 "därmed ännu inte informerad om cirrosen. Ny tid skickas, kontaktar även pats "
                 "boendestödjare.")],
  [A], [], "addiction clinic: liver cirrhosis, patient did not show up and is therefore not yet informed")

C("njur-sabo-njursvikt-pat-sjalv-ej-informerad", "vgr", "V_NJUR_SKOVDE", "Telefonanteckning",
  "Anneli Johansson", "sjuksköterska", "2024-04-25 09:40", "2024-04-25 09:52", "öppenvård",
  "1931-06-30", "668",
  [("Kontaktorsak", "Samtal från ssk på SÄBO Björkhagen ang pats provsvar."),
   ("Provsvar", "Kreatinin 389, eGFR 9, kalium 5,9."),
   ("Bedömning", "Kronisk njursvikt stadium 5 enl. njurläkare dr Ali. Pat själv är inte informerad "
                 "än; dr Ali ringer upp dottern och gör hembesök på boendet tisdag för samtal med "
                 "pat om fortsatt vård (konservativ vs dialys).")],
  [A], [], "care-home resident: end-stage kidney failure documented, the patient herself not yet informed")

C("amm-asbestos-svaret-kom-efter-besoket", "skane", "S_AMM", "Läkaranteckning",
  "Gunilla Brandt", "läkare", "2024-06-26 11:10", "2024-06-26 12:15", "öppenvård", "1952-10-07", "475",
  [("Anamnes", "Plåtslagare på varv 1970–1988, isolerade rör med asbest utan andningsskydd. "
               "Rökfri sedan -95."),
   ("Undersökningsresultat", "HRCT thorax 20/6: bilaterala förkalkade pleuraplack, subpleural "
                             "retikulär fibros basalt bilat."),
   ("Bedömning", "Asbestos med pleuraplack, yrkesorsakad. HRCT-svaret kom efter pats besök; pat ej "
                 "informerad ännu om diagnosen. Skriver brev och ringer pat nästa vecka, "
                 "arbetsskadeanmälan fylls i tillsammans med pat.")],
  [A], [], "occupational medicine: asbestosis diagnosed after the visit, patient not informed yet")

C("fysio-ms-diagnosbesked-ej-givet-av-neurolog", "vgr", "V_REHAB", "Fysioterapeutanteckning",
  "Elin Karlsson", "fysioterapeut", "2024-03-18 10:00", "2024-03-18 10:50", "öppenvård", "1994-08-22", "840",
  [("Aktuellt", "Besök 2 av 6, balans och gång efter skov med vä-sidig svaghet i januari."),
   ("Bakgrund", "Enl neurologens anteckning 14/3 har MR och likvor bekräftat MS (skovvis "
                "förlöpande). Pat har ännu inte fått diagnosbeskedet av neurolog, tid bokad 21/3, "
                "därför har vi inte pratat om diagnos idag."),
   ("Åtgärd", "Balansträning i parallellbarr, tandemgång, trappa med stöd av ledstång. "
              "Hemövningar genomgångna, får programmet utskrivet.")],
  [A], [], "physiotherapist repeats a confirmed MS diagnosis the patient has not yet been given")

C("psykolog-autism-aterkoppling-ej-gjord", "vgr", "V_NPF", "Psykologanteckning",
  "Fredrik Holmberg", "psykolog", "2024-05-29 15:00", "2024-05-29 16:20", "öppenvård", "1999-02-12", "919",
  [("Sammanfattning", "Utredningen (ADOS-2, ADI-R med mor, WAIS-IV) visar att kriterierna för "
                      "autism enl DSM-5 är uppfyllda, nivå 1. Ingen intellektuell "
                      "funktionsnedsättning."),
   ("Planering", "Återkoppling till pat ej gjord ännu. Återgivningssamtal 4/6 tillsammans med "
                 "läkare, pat vill ha med sin sambo.")],
  [A], [], "psychologist: autism criteria met, feedback to the patient not yet given")

C("kurator-vet-inte-om-skelettmetastaser", "skane", "S_ONK_MALMO", "Kuratorsanteckning",
  "Lena Mårtensson", "kurator", "2024-07-02 14:15", "2024-07-02 15:05", "slutenvård", "1962-07-04", "726",
  [("Samtal", "Stödsamtal på avd, pat pratar mycket om barnbarnen och om att hon vill hinna till "
              "sommarstugan i Skillinge."),
   ("Bedömning", "Pat vet ännu inte att bröstcancern har spridit sig till skelettet (skelettscint "
                 "1/7 visar multipla metastaser i kotpelare och bäcken). Läkarsamtal imorgon kl 11, "
                 "kurator deltar på pats önskan.")],
  [A], [], "counsellor: skeletal metastases written while 'pat vet ännu inte'")

C("at-lakare-melanom-utkast-ej-info-an", "skane", "S_DERM", "Läkaranteckning",
  "Amir Haddad", "läkare", "2024-10-21 17:55", None, "öppenvård", "1983-12-01", "288",
  [("PAD", "Excision rygg: Malignt melanom, ytligt spridande typ, Breslow 1,2 mm, ulceration "
           "saknas, radikalt exciderat."),
   ("Planering", "OBS ej info till pat än!! Ring pat imorgon fm + remiss utvidgad excision + "
                 "portvaktskörtel. Kolla m bakjour om MDK.")],
  [A], [], "hurried resident draft: melanoma in PAD, 'ej info till pat än'")

C("inf-lungtuberkulos-odling-typo-infomerad", "vgr", "V_INF_OSTRA", "Läkaranteckning",
  "Karin Strand", "läkare", "2024-02-08 13:30", "2024-02-08 14:05", "öppenvård", "1988-05-05", "935",
  [("Provsvar", "Sputumodling 2/2: växt av Mycobacterium tuberculosis, ingen rifampicinresistens "
                "enl GeneXpert."),
   ("Bedömning", "Lungtuberkulos, odlingsverifierad. Pat ej infomerad ännu, tolk (tigrinja) bokas "
                 "till imorgon. Smittskyddsanmälan gjord, smittspårning startas efter besked.")],
  [A], [], "typo 'infomerad': culture-confirmed tuberculosis, patient not yet informed")

C("mvc-graviditetsdiabetes-typo-medela", "vgr", "V_SMVC_BORAS", "Barnmorskeanteckning",
  "Jenny Olsson", "barnmorska", "2024-09-05 16:10", "2024-09-05 16:20", "öppenvård", "1993-03-15", "564",
  [("Provsvar", "OGTT v 28+1: fP-glukos 5,4, 2-h 12,6 mmol/L."),
   ("Bedömning", "Graviditetsdiabetes. Har ej hunnit medela pat, hon har inte svarat i telefon "
                 "idag. Försöker igen imorgon och bokar tid hos diabetesbarnmorska + dietist.")],
  [A], [], "typo 'medela': midwife, gestational diabetes not yet communicated")

C("pall-lungcancer-pat-ovetande-hustrun-ber", "vgr", "V_PALL", "Läkaranteckning",
  "Magnus Ek", "läkare", "2024-08-20 11:00", "2024-08-20 12:10", "slutenvård", "1949-09-13", "013",
  [("Aktuellt", "Inskriven i palliativt centrum för symtomlindring, dyspné och smärta i hö thorax."),
   ("Bedömning", "Icke-småcellig lungcancer stadium IV (PAD 16/8). Pat är fortfarande ovetande om "
                 "diagnosen – hustrun har bett oss vänta tills sonen kommit hem från Australien på "
                 "torsdag. Vi har förklarat att pat kommer att informeras om han själv frågar.")],
  [A], [B], "palliative care: patient 'ovetande om diagnosen' at the wife's request")

C("barn-celiaki-foraldrar-ej-delgetts-svaret", "skane", "S_BARN_LUND", "Läkaranteckning",
  "Sofie Lind", "läkare", "2024-01-30 15:40", "2024-01-30 16:05", "öppenvård", "2015-04-19", "597",
  [("PAD", "Duodenalbiopsier: totalvillusatrofi, ökat antal intraepiteliala lymfocyter, Marsh 3c."),
   ("Bedömning", "Celiaki. Föräldrarna har ännu inte delgetts svaret; undertecknad ringer mamma i "
                 "morgon förmiddag och remiss skickas till dietist.")],
  [A], [], "child of 8: coeliac disease in PAD, parents not yet told")

C("genetik-huntington-besked-endast-vid-besok", "vgr", "V_GEN", "Läkaranteckning",
  "Eva Sandberg", "läkare", "2024-11-12 08:45", "2024-11-12 09:30", "öppenvård", "1990-10-10", "848",
  [("Provsvar", "HTT CAG-repetitioner: 17 resp 44. Resultatet innebär att pat är anlagsbärare för "
                "Huntingtons sjukdom."),
   ("Planering", "Enl protokoll för presymtomatisk testning lämnas beskedet endast vid personligt "
                 "besök 19/11 med stödperson. Pat är inte informerad om resultatet och ska inte "
                 "kontaktas per telefon innan dess.")],
  [A], [], "predictive genetic test positive for Huntington's, result not to be given before the visit")

C("uro-prostatacancer-besked-forst-vid-aterbesok", "skane", "S_URO_HBG", "Läkaranteckning",
  "Bengt Olofsson", "läkare", "2024-05-06 12:20", "2024-05-06 12:40", "öppenvård", "1955-02-28", "396",
  [("PAD", "Prostatabiopsier (12 st): adenokarcinom Gleason 3+4=7 (ISUP 2) i 4/12 biopsier, hö "
           "sida."),
   ("Planering", "Svaret meddelas pat först vid återbesöket 14/5, inte per telefon, enligt pats "
                 "egen önskan vid biopsitillfället. Skelettscint ej indicerad.")],
  [A], [], "prostate cancer in PAD, result to be given to the patient only at the return visit")

C("kir-ventrikelcancer-informeras-ej-fore-mdk-utkast", "vgr", "V_KIR_NAL", "Läkaranteckning",
  "Tobias Hägg", "läkare", "2024-04-11 16:50", None, "öppenvård", "1958-06-03", "116",
  [("PAD", "PAD ventrikel (antrum): adenokarcinom, diffus typ enl Laurén."),
   ("Bedömning", "Ventrikelcancer. Pat ska inte informeras förrän efter MDK tisdag då staging-DT "
                 "är klar, så att vi kan ge en samlad plan. Ringer pat onsdag.")],
  [A], [], "unsigned draft: gastric cancer, patient deliberately not to be told until after MDK")

# ---------------------------------------------------------------------------
# NL101 near misses
# ---------------------------------------------------------------------------

C("brost-pad-informerad-med-kontaktssk", "skane", "S_BROST", "Läkaranteckning",
  "Cecilia Wahlgren", "läkare", "2024-03-12 10:30", "2024-03-12 11:45", "öppenvård", "1970-05-25", "806",
  [("PAD", "Mellannålsbiopsi hö bröst: invasiv duktal cancer NST, ER 90 %, PR 60 %, HER2 neg, "
           "Ki67 15 %."),
   ("Information", "Pat informerad om PAD-svaret idag i närvaro av kontaktsjuksköterska och make. "
                   "Tog beskedet sakligt, många frågor om operationen. Skriftlig info om "
                   "bröstcancer given.")],
  [], [A, B], "breast cancer PAD given to the patient the same day: informed, nothing to flag")

C("neuro-als-meddelad-barnen-ej-informerade", "vgr", "V_NEURO", "Läkaranteckning",
  "Anders Lundgren", "läkare", "2024-06-17 14:00", "2024-06-17 15:10", "öppenvård", "1961-03-03", "331",
  [("Bedömning", "ALS med spinal debut enl El Escorial-kriterier, ENeG typisk. Diagnosen meddelad "
                 "pat idag i lugn miljö. Pat önskar att de vuxna barnen inte informeras ännu, han "
                 "vill berätta själv efter midsommar.")],
  [], [A], "patient told of ALS; only his adult children are not informed")

C("lung-kol-ej-informerad-om-flyttad-tid", "skane", "S_LUNG", "Telefonanteckning",
  "Pia Nordin", "sjuksköterska", "2024-02-01 13:15", "2024-02-01 13:22", "öppenvård", "1950-04-14", "513",
  [("Aktuellt", "Känd KOL GOLD 3, LTOT 1 l/min. Telefonsamtal med hemtjänsten ang "
                "syrgasleveransen."),
   ("Planering", "Pat ej informerad om den flyttade tiden för spirometri (nu 12/2 kl 8.30) – "
                 "kallelse skickas per post, hemtjänsten meddelar också.")],
  [], [A], "not informed about a moved appointment, not about a diagnosis")

C("med-byte-waran-eliquis-ej-informerad", "skane", "S_MED_TRELL", "Läkaranteckning",
  "Rasmus Kraft", "läkare", "2024-07-08 11:50", "2024-07-08 12:10", "öppenvård", "1941-09-26", "262",
  [("Bedömning", "Förmaksflimmer sedan 2019, välkänt för pat. Svängande INR senaste halvåret. "
                 "Beslutat byte Waran → Eliquis 5 mg x2. Pat ej informerad om läkemedelsbytet "
                 "ännu, ssk ringer imorgon och går igenom övergången.")],
  [], [A], "not informed about a medication change; the diagnosis itself is well known to her")

C("kir-tidiga-hypoteser-mall-malign-polyp", "skane", "S_KIR_TRELL", "Tidiga hypoteser",
  "Viktor Sand", "läkare", "2024-05-15 15:00", "2024-05-15 15:20", "öppenvård", "1966-12-12", "159",
  [("Bedömning", "Misstänkt malign polyp i sigmoideum, makroskopiskt ulcererad, PAD inväntas. "
                 "Pat ej informerad om misstanken, tas när PAD finns.")],
  [], [A, B], "Skåne Tidiga hypoteser template: hidden, so neither NL101 nor NL102")

C("ger-tidiga-hypoteser-sokord-ftd-vgr", "vgr", "V_GER_MOLNDAL", "Läkaranteckning",
  "Helena Björk", "läkare", "2024-09-24 10:00", "2024-09-24 11:30", "öppenvård", "1957-07-19", "442",
  [("Aktuellt", "Remiss från VC pga personlighetsförändring sedan ett år, enl maken tilltagande "
                "impulsivitet och förändrade matvanor."),
   ("Status", "MMSE 27/30. Dysexekutiv profil på klocktest, FAB 11/18."),
   ("Tidiga hypoteser", "Misstänkt beteendevariant av frontotemporal demens. Ej diskuterat med "
                        "pat, som saknar sjukdomsinsikt; avvaktar MR och neuropsykologisk "
                        "utredning."),
   ("Planering", "MR hjärna, neuropsykologtest, återbesök om 6 v.")],
  [], [A, B], "VGR: the hypothesis and the not-informed remark are only under the Tidiga hypoteser sökord")

C("inf-hiv-informerad-vid-tidigare-besok", "skane", "S_INF_MALMO", "Läkaranteckning",
  "Daniel Sjögren", "läkare", "2024-06-11 09:30", "2024-06-11 10:20", "öppenvård", "1985-01-22", "693",
  [("Aktuellt", "Nybesök efter nydiagnostiserad hiv-1-infektion. Pat informerades om hiv-svaret "
                "vid besök 4/6 hos ssk och läkare; idag uppföljning med sambo."),
   ("Bedömning", "HIV-1, CD4 410, VL 62 000. Start Biktarvy idag. Pat ej informerad om "
                 "resistensbestämningen eftersom svaret inte har kommit.")],
  [], [A], "HIV told at an earlier visit; the not-informed remark concerns a pending test")

C("barn-cf-foraldrar-informerade-farforaldrar-ej", "vgr", "V_BARN_NAL", "Läkaranteckning",
  "Maja Engström", "läkare", "2024-02-15 14:20", "2024-02-15 15:00", "öppenvård", "2023-10-02", "260",
  [("Provsvar", "Svettest: klorid 98 resp 102 mmol/L. CFTR: F508del homozygot."),
   ("Information", "Föräldrarna informerade idag om diagnosen cystisk fibros tillsammans med "
                   "CF-ssk. De vill att farföräldrarna inte informeras ännu, det respekteras.")],
  [], [A], "infant: guardians told of cystic fibrosis; only grandparents are not informed")

C("sti-17ar-informerad-foraldrar-far-ej-veta", "skane", "S_VEN_MALMO", "Telefonanteckning",
  "Josefin Ahl", "sjuksköterska", "2024-03-26 11:05", "2024-03-26 11:15", "öppenvård", "2006-11-20", "428",
  [("Provsvar", "Klamydia PCR (vaginalt självtest) positiv."),
   ("Åtgärd", "Pat informerad om klamydiasvaret per telefon, recept Doxycyklin. Hon vill absolut "
              "inte att föräldrarna får veta, vi har förklarat sekretessen. Smittspårning: 2 "
              "partner uppgivna.")],
  [], [A], "17-year-old told of chlamydia; she wants her parents not informed")

C("sti-gonorre-behandlad-partner-ej-informerad", "vgr", "V_STI", "Omvårdnadsanteckning",
  "Simon Ljung", "sjuksköterska", "2024-07-30 16:00", "2024-07-30 16:12", "öppenvård", "1996-08-08", "174",
  [("Bedömning", "Gonorré i urethra, odling pos. Pat fått besked och behandlats med inj "
                 "Ceftriaxon 1 g idag. Pats fasta partner ej informerad ännu – pat vill berätta "
                 "själv innan fredag, annars kontaktar smittspåraren henne.")],
  [], [A], "gonorrhoea told and treated; only the partner is not informed yet")

C("amm-epoxieksem-arbetsgivaren-ej-informerad", "skane", "S_AMM", "Läkaranteckning",
  "Gunilla Brandt", "läkare", "2024-04-04 13:00", "2024-04-04 14:10", "öppenvård", "1980-02-17", "308",
  [("Undersökningsresultat", "Lapptest: ++ epoxiharts, + bisfenol A-diglycidyleter."),
   ("Bedömning", "Allergiskt kontakteksem orsakat av epoxi i arbetet (vindkraftsblad). Informerat "
                 "pat om resultatet och vad det innebär; pat vill inte att arbetsgivaren "
                 "informeras förrän hon talat med facket. Intyg skrivs på begäran.")],
  [], [A], "occupational eczema explained to the patient; it is the employer who is not told")

C("akut-dt-ingen-blodning-ej-informerad-utkast", "vgr", "V_AKUT_SKOVDE", "Omvårdnadsanteckning",
  "Sanna Frid", "sjuksköterska", "2024-12-14 21:35", None, "akutmottagning", "1929-03-12", "560",
  [("Triage", "Fall i hemmet, slog i bakhuvudet, Eliquis. RETTS gul."),
   ("Omvårdnad", "Pat ej informerad om DT-svaret ännu (ingen intrakraniell blödning, ingen "
                 "fraktur) – läkaren går in om en stund. Pat vill hem i kväll.")],
  [], [A], "unsigned: the result the patient has not heard yet is a normal CT")

C("asih-nattpatrull-ej-informerad-kand-prostatacancer", "skane", "S_ASIH_MALMO", "Omvårdnadsanteckning",
  "Therese Wallin", "sjuksköterska", "2024-02-26 14:40", "2024-02-26 15:00", "specialiserad hemsjukvård",
  "1944-06-06", "591",
  [("Aktuellt", "Känd prostatacancer med skelettmetastaser, pat väl insatt i sin sjukdom och i att "
                "vården nu är palliativ."),
   ("Planering", "Pat ej informerad om att kommunens nattpatrull kommer att börja titta in från "
                 "v 10 – tas upp vid hembesöket på torsdag tillsammans med hustrun.")],
  [], [A], "ASIH: not informed about a home-care arrangement, the cancer is known to him")

C("lung-scc-ej-informerad-vid-ronden-sedan-informerad", "vgr", "V_LUNG_SU", "Läkaranteckning",
  "Niklas Grahn", "läkare", "2024-03-21 15:30", "2024-03-21 16:15", "slutenvård", "1959-05-18", "277",
  [("Bedömning", "Småcellig lungcancer, begränsad sjukdom. Vid ronden i förmiddags var pat ännu "
                 "inte informerad om PAD-svaret; undertecknad informerade honom kl 15 i närvaro av "
                 "hans dotter och kontaktssk."),
   ("Planering", "Cisplatin-etoposid + thoraxstrålning, start nästa vecka. Kurator kontaktad.")],
  [], [A], "the not-informed statement is in the past; he was told later the same day")

C("neo-foraldrar-ej-informerade-om-overflyttning", "skane", "S_NEO_LUND", "Omvårdnadsanteckning",
  "Jessica Malm", "sjuksköterska", "2024-06-04 13:25", "2024-06-04 13:40", "slutenvård", "2024-05-28", "417",
  [("Omvårdnad", "Prematur född v 33+4. Neonatal gulsot, ljusbehandling avslutad igår. Äter 8 "
                 "ggr/dygn via napp och sond."),
   ("Planering", "Föräldrarna ej informerade om att flytt till Neo Helsingborg (närmare hemmet) "
                 "planeras nästa vecka, tas med dem på eftermiddagen.")],
  [], [A], "neonatal: parents not yet told about a planned transfer, not about a diagnosis")

C("beroende-utox-negativ-ej-informerad", "skane", "S_BEROENDE", "Omvårdnadsanteckning",
  "Elias Wiberg", "sjuksköterska", "2024-08-08 09:10", "2024-08-08 09:25", "öppenvård", "1982-09-30", "655",
  [("Omvårdnad", "LARO-pat, opioidberoende, buprenorfin depå. U-tox från 1/8: negativ för samtliga "
                 "analyserade substanser. Pat ej informerad om provsvaret än, tas vid nästa besök.")],
  [], [A], "addiction care: the withheld result is a negative urine drug screen")

C("rattspsyk-ej-informerad-om-permissionsbeslut", "vgr", "V_RPK", "Omvårdnadsanteckning",
  "Ali Yousef", "sjuksköterska", "2024-10-28 19:40", "2024-10-28 20:00", "slutenvård", "1987-02-19", "735",
  [("Omvårdnad", "Schizofreni, paranoid form, stabil på Leponex. Lugn kväll, deltog i "
                 "kvällsfikat. Pat ej informerad om förvaltningsrättens beslut om utökade "
                 "permissioner, chefsöverläkaren meddelar honom på måndag.")],
  [], [A], "forensic ward: not informed about a court decision on leave, not about a diagnosis")

C("lung-fysio-besked-givet-av-lungkollega", "skane", "S_LUNG", "Fysioterapeutanteckning",
  "Karl Rydén", "fysioterapeut", "2024-04-15 10:30", "2024-04-15 11:00", "öppenvård", "1946-10-31", "175",
  [("Aktuellt", "Pat har fått beskedet om lungcancer av lungläkaren 10/4 enl dennes ant, och "
                "pratar öppet om det."),
   ("Åtgärd", "Genomgång av PEP-flaska och avslappnande andningsteknik vid dyspné. Följs upp om "
              "2 v.")],
  [], [A], "physiotherapist notes the patient was already told of lung cancer by the lung physician")

C("mobnv-aneurysm-informerad-tar-ej-in", "vgr", "V_MOBNV", "Läkaranteckning",
  "Ylva Hedlund", "läkare", "2024-05-07 13:00", "2024-05-07 14:20", "hemsjukvård", "1934-04-04", "286",
  [("Aktuellt", "Hembesök på SÄBO Solrosen. Alzheimers sjukdom sedan 2021 (minnesmottagningen)."),
   ("Bedömning", "DT buk 2/5: 6 cm bukaortaaneurysm. Pat informerad om aneurysmet idag, men verkar "
                 "inte ta in informationen; får den igen i morgon tillsammans med dottern. Ingen "
                 "kirurgi enl tidigare ställningstagande.")],
  [], [A], "care-home resident with dementia was told of the aneurysm; repetition planned")

C("barn-allergiprover-negativa-foraldrar-ej-informerade", "skane", "S_BARN_LUND", "Omvårdnadsanteckning",
  "Madeleine Ohlsson", "sjuksköterska", "2024-04-23 14:50", "2024-04-23 15:00", "öppenvård",
  "2019-02-07", "202",
  [("Omvårdnad", "Känd astma, Flutide 50 µg 1x2. Allergiprover (IgE-panel: pälsdjur, pollen, "
                 "kvalster) samtliga negativa. Föräldrarna ej informerade om provsvaren, brev "
                 "skickas.")],
  [], [A], "child: parents not informed of normal allergy tests; the asthma is known")

C("kir-lipom-informerad-inte-cancer", "vgr", "V_KIR_NAL", "Telefonanteckning",
  "Lovisa Strömberg", "läkare", "2024-07-18 11:20", "2024-07-18 11:30", "öppenvård", "1972-08-15", "440",
  [("PAD", "Excision knöl hö axill: lipom, ingen malignitet."),
   ("Åtgärd", "Pat informerad per telefon om att det inte är cancer, mkt lättad. Ingen "
              "uppföljning.")],
  [], [A, B], "benign PAD told on the phone: informed and nothing hedged")

C("rehab-stroke-typo-infomrerad-om-diagnos", "skane", "S_REHAB", "Omvårdnadsanteckning",
  "Anna-Karin Dahl", "sjuksköterska", "2024-01-22 20:10", "2024-01-22 20:30", "slutenvård", "1956-11-09", "368",
  [("Omvårdnad", "Stroke i hö hemisfär 28/12, vä hemipares och neglekt. Pat infomrerad om diagnos "
                 "och prognos av avd-läk vid inskrivningen, frågar mycket om bilkörning. "
                 "Förflyttning säng–rullstol med hjälp av en.")],
  [], [A], "typo 'infomrerad': the patient has been informed of the stroke")

# ---------------------------------------------------------------------------
# NL102 positives: hedged diagnosis in a visible section of a Melior note.
# ---------------------------------------------------------------------------

C("akut-triage-typo-mistankt-sepsis", "skane", "S_AKUT_HBG", "Triageanteckning",
  "Sofia Lindberg", "sjuksköterska", "2024-01-09 18:20", "2024-01-09 18:45", "akutmottagning",
  "1951-03-05", "622",
  [("Kontaktorsak", "Feber 39,4, frossa, nedsatt AT sedan igår. Hemtjänsten larmade."),
   ("Triage", "RETTS orange (AF 26, sat 92 %, puls 118). ESS 47 feber."),
   ("Bedömning", "Mistänkt sepsis, fokus oklart, urinvägar? Odlingar tagna, läkare tillkallad.")],
  [B], [], "triage nurse with typo 'Mistänkt': suspected sepsis in a visible section")

C("rtg-misstankt-segmentell-lungemboli-inklistrat", "vgr", "V_MED_SKOVDE", "Läkaranteckning",
  "Hugo Palm", "läkare", "2024-02-19 17:10", "2024-02-19 17:35", "slutenvård", "1967-09-17", "826",
  [("Röntgensvar", "DT lungartärer: Misstänkt liten segmentell embolus i hö underlob, "
                   "undersökningen begränsad av andningsartefakter. I övrigt ua."),
   ("Bedömning", "Ingen hypoxi, opåverkad. Startar Innohep i behandlingsdos i väntan på "
                 "eftergranskning av röntgen imorgon.")],
  [B], [], "pasted CT report: 'misstänkt ... embolus' stays visible")

C("pad-endometrium-karcinom-kan-ej-uteslutas", "skane", "S_GYN_MALMO", "Läkaranteckning",
  "Elisabet Roos", "läkare", "2024-06-05 12:00", "2024-06-05 12:40", "öppenvård", "1958-11-03", "468",
  [("PAD", "Endometriebiopsi: atypisk hyperplasi; i materialet kan högt differentierat "
           "endometrioid adenokarcinom ej uteslutas."),
   ("Planering", "Hysteroskopi med riktad biopsi inom 2 v, kallelse skickas.")],
  [B], [], "pathology reply: carcinoma 'kan ej uteslutas' in a visible note")

C("genetik-vus-mojlig-hcm-idrottshjarta-dd", "vgr", "V_GEN", "Läkaranteckning",
  "Eva Sandberg", "läkare", "2024-03-13 13:15", "2024-03-13 14:00", "öppenvård", "1984-04-27", "917",
  [("Provsvar", "Panel kardiomyopati: heterozygot variant i MYH7 c.2389G>A, klassad som VUS "
                "(klass 3)."),
   ("Bedömning", "Ekon visar septum 14 mm. Möjlig hypertrofisk kardiomyopati, men gränsfall och "
                 "pat är vältränad (idrottshjärta DD). Segregationsanalys i familjen erbjuds.")],
  [B], [], "genetics clinic: 'möjlig hypertrofisk kardiomyopati' with an athlete's-heart DD")

C("inf-malaria-fragetecken-utkast", "skane", "S_INF_MALMO", "Läkaranteckning",
  "Nils Forsberg", "läkare", "2024-08-29 22:40", None, "akutmottagning", "1992-12-06", "854",
  [("Aktuellt", "Hemkommen från Ghana (VFR-resa) för 9 d sedan, ingen malariaprofylax. Feber 40 "
                "sedan 2 d, huvudvärk, muskelvärk."),
   ("Bedömning", "Malaria? Snabbtest + tjock droppe akut, DD denguefeber, tyfoidfeber. Blododl x2.")],
  [B], [], "unsigned ID note: 'Malaria?' and a differential diagnosis list")

C("sti-genitalt-sar-dd-syfilis-herpes", "vgr", "V_STI", "Läkaranteckning",
  "Ola Berglund", "läkare", "2024-05-02 10:20", "2024-05-02 10:55", "öppenvård", "1979-10-15", "396",
  [("Status", "Ca 8 mm oömt, välavgränsat sår i sulcus coronarius. Lätt förstorade "
              "ljumsklymfkörtlar bilat."),
   ("Bedömning", "DD primär syfilis, herpes genitalis. Syfilisserologi + HSV-PCR tagna, pat "
                 "avvaktar sexuella kontakter tills svar finns.")],
  [B], [], "STI clinic: 'DD primär syfilis, herpes genitalis' in the assessment")

C("amm-trol-yrkesastma-isocyanater", "vgr", "V_AMM", "Läkaranteckning",
  "Peter Ahlström", "läkare", "2024-11-19 09:00", "2024-11-19 10:30", "öppenvård", "1977-01-24", "570",
  [("Anamnes", "Billackerare sedan 2015. Andningsbesvär som förbättras på semester, försämring "
               "på måndagar."),
   ("Undersökningsresultat", "PEF-kurva 4 v med arbetsrelaterat mönster, metakolintest positivt."),
   ("Bedömning", "Trol. yrkesastma orsakad av isocyanater. Specifik provokation diskuteras, "
                 "tills vidare friskluftsmask i arbetet.")],
  [B], [], "occupational medicine: 'Trol. yrkesastma'")

C("fysio-misstankt-crps-efter-radiusfraktur", "skane", "S_HAND_FYS", "Fysioterapeutanteckning",
  "Matilda Hansson", "fysioterapeut", "2024-03-04 08:30", "2024-03-04 09:20", "öppenvård", "1969-05-09", "784",
  [("Aktuellt", "8 v efter distal radiusfraktur hö, gips borttaget för 3 v sedan."),
   ("Status", "Svullnad, glansig hud, temperaturskillnad mot vä hand, allodyni vid lätt beröring, "
              "kraftigt nedsatt rörlighet i handled och fingrar."),
   ("Bedömning", "Misstänkt CRPS typ 1. Kontakt med handkirurg för läkarbedömning, pausar passiv "
                 "töjning tills vidare.")],
  [B], [], "physiotherapist writes 'Misstänkt CRPS typ 1' in a visible note")

C("forl-bm-susp-preeklampsi-utkast", "skane", "S_FORL_HBG", "Barnmorskeanteckning",
  "Rebecka Holmqvist", "barnmorska", "2024-09-28 06:50", None, "slutenvård", "1991-07-07", "806",
  [("Status", "v 36+3. BT 152/98 och 148/96 med 15 min mellanrum. Albustix 2+. Huvudvärk sedan "
              "morgonen, inga synrubbningar."),
   ("Bedömning", "Susp preeklampsi, jourläkare underrättad och på väg. CTG startat, reaktivt.")],
  [B], [], "unsigned midwife note: 'Susp preeklampsi'")

C("neo-misstankt-tidig-neonatal-sepsis", "vgr", "V_NEO", "Läkaranteckning",
  "Ebba Nyström", "läkare", "2024-10-12 04:10", "2024-10-12 05:00", "slutenvård", "2024-10-11", "198",
  [("Aktuellt", "Dygn 1, född v 39, maternell feber intrapartum och GBS-kolonisation."),
   ("Status", "Grunting, AF 68, sat 93 %. CRP 34."),
   ("Bedömning", "Misstänkt tidig neonatal sepsis. Blododling, start bensylpenicillin + "
                 "gentamicin. Föräldrarna informerade om behandlingen.")],
  [B], [], "neonatal: 'Misstänkt tidig neonatal sepsis' visible to the guardians")

C("rattspsyk-sannolikt-schizofreni-snarare-an", "skane", "S_RPK", "Läkaranteckning",
  "Jan Ottosson", "läkare", "2024-04-02 14:00", "2024-04-02 15:15", "öppenvård", "1998-06-16", "390",
  [("Aktuellt", "Dömd till rättspsykiatrisk vård 2022, nu i öppen rättspsykiatrisk vård med "
                "särskild utskrivningsprövning."),
   ("Bedömning", "Ökande misstänksamhet och hörselhallucinationer sista månaden. Sannolikt "
                 "schizofreni snarare än den tidigare antagna drogutlösta psykosen, U-tox neg x3. "
                 "Höjer Abilify till 20 mg.")],
  [B], [], "forensic psychiatry: 'Sannolikt schizofreni' in the assessment")

C("asih-recidiverande-pleuravatska-fragetecken", "vgr", "V_ASIH_NU", "Läkaranteckning",
  "Stina Lagerqvist", "läkare", "2024-11-07 12:30", "2024-11-07 13:40", "specialiserad hemsjukvård",
  "1947-02-14", "739",
  [("Aktuellt", "Hembesök. Känt mesoteliom hö, palliativ fas. Tilltagande andfåddhet sedan i "
                "helgen."),
   ("Status", "Dämpning och nedsatta andningsljud hö basalt upp till skulderbladets mitt."),
   ("Bedömning", "Recidiverande pleuravätska? UL i hemmet imorgon, ev. tappning samtidigt. Morfin "
                 "2,5 mg sc vb vid dyspné.")],
  [B], [], "palliative home care: 'pleuravätska?' as a hedged finding")

C("psykolog-talar-for-adhd-kan-ej-utesluta-depression", "skane", "S_PSYK_LUND", "Psykologanteckning",
  "Tove Eriksson", "psykolog", "2024-02-27 13:00", None, "öppenvård", "2002-01-31", "464",
  [("Bedömning", "Testresultat och skattningar talar för ADHD, kombinerad form, men utredningen är "
                 "inte klar. Kan inte utesluta att koncentrationssvårigheterna helt eller delvis "
                 "förklaras av en depressiv episod (MADRS-S 27).")],
  [B], [], "unsigned psychologist draft: 'talar för ADHD', depression that 'kan inte uteslutas'")

C("kurator-uppfyller-sannolikt-ptsd", "vgr", "V_KURATOR_SAS", "Kuratorsanteckning",
  "Marie Åberg", "kurator", "2024-07-11 10:00", "2024-07-11 11:00", "öppenvård", "1989-09-03", "513",
  [("Samtal", "Tredje samtalet efter trafikolyckan i maj. Mardrömmar nästan varje natt, undviker "
              "att köra bil, lättskrämd."),
   ("Bedömning", "Uppfyller sannolikt kriterierna för PTSD. Remiss till psykiatrin för diagnostisk "
                 "bedömning och ställningstagande till traumafokuserad KBT.")],
  [B], [], "counsellor: 'uppfyller sannolikt kriterierna för PTSD'")

C("akut-st-fragetecken-acs-utkast", "skane", "S_AKUT_HBG", "Läkaranteckning",
  "Filip Ståhl", "läkare", "2024-03-30 02:15", None, "akutmottagning", "1963-10-20", "133",
  [("Bedömning", "60 år, bröstsmärta sedan kl 23, tryckande, strålar mot vä arm. EKG: SR, inga "
                 "ST-förändr. Trop 18 → 34. ?ACS (NSTEMI). ASA + Brilique givet. Till HIA.")],
  [B], [], "hurried ST resident draft: '?ACS' at the start of a token")

C("akut-typo-misstakt-pneumoni", "vgr", "V_AKUT_SKOVDE", "Omvårdnadsanteckning",
  "Lars Dahlberg", "sjuksköterska", "2024-12-27 11:05", "2024-12-27 11:20", "akutmottagning",
  "1940-11-23", "611",
  [("Triage", "Hosta, feber 38,8, sat 89 % på luft. RETTS orange."),
   ("Bedömning", "Misstäkt pneumoni, rtg pulm beställd. 2 l O2 på grimma.")],
  [B], [], "typo 'Misstäkt': suspected pneumonia in a triage note")

C("inf-typo-sanolikt-neuroborrelios", "skane", "S_INF_MALMO", "Läkaranteckning",
  "Karolina Bengtsson", "läkare", "2024-08-06 15:00", "2024-08-06 15:40", "öppenvård", "1973-06-21", "842",
  [("Bedömning", "Fästingbett i juni. Nu facialispares vä sedan 3 d. Likvor: 54 mononukl celler. "
                 "Sanolikt neuroborrelios, inväntar borrelia-AI. Start doxycyklin 200 mg x1 i 14 d.")],
  [B], [], "typo 'Sanolikt': probable neuroborreliosis")

C("neuro-tidiga-hypoteser-sokord-men-bedomning-upprepar", "vgr", "V_NEURO", "Läkaranteckning",
  "Anders Lundgren", "läkare", "2024-04-16 11:00", "2024-04-16 12:15", "öppenvård", "1985-03-26", "628",
  [("Aktuellt", "Synnedsättning vä öga sedan 1 v, smärta vid ögonrörelser."),
   ("Tidiga hypoteser", "Misstänkt MS-debut. Ej framfört till pat."),
   ("Bedömning", "Vä optikusneurit. Kan vara debut av MS, MR hjärna och likvor planeras.")],
  [B], [], "VGR: hypothesis under the Tidiga hypoteser sökord, but the visible Bedömning repeats it hedged")

C("lung-inte-osannolikt-sarkoidos", "vgr", "V_LUNG_SU", "Läkaranteckning",
  "Ingela Moberg", "läkare", "2024-02-14 10:40", "2024-02-14 11:25", "öppenvård", "1981-09-19", "368",
  [("Bedömning", "Bilaterala hilusförstoringar, erythema nodosum och ledvärk i fotlederna. Inte "
                 "osannolikt att det rör sig om sarkoidos (Löfgrens syndrom), bronkoskopi med EBUS "
                 "bokas.")],
  [B], [], "double negation 'inte osannolikt' = probable sarcoidosis")

C("gyn-misstanke-om-ektopisk-graviditet", "vgr", "V_KK_BORAS", "Läkaranteckning",
  "Amanda Kvist", "läkare", "2024-01-05 01:30", "2024-01-05 02:10", "akutmottagning", "1999-11-30", "606",
  [("Status", "hCG 1800. VUL: ingen intrauterin graviditet, fri vätska i fossa Douglasi, ca 2 cm "
              "resistens vid vä adnex."),
   ("Bedömning", "Misstanke om vä-sidig ektopisk graviditet. Opereras akut med laparoskopi.")],
  [B], [], "'Misstanke om' ectopic pregnancy in a visible note")

C("orto-mr-talar-for-total-korsbandsruptur", "skane", "S_ORTO_HLM", "Läkaranteckning",
  "Erik Malmberg", "läkare", "2024-09-17 14:10", "2024-09-17 14:35", "öppenvård", "2004-02-29", "193",
  [("Röntgensvar", "MR hö knä: Signalförändring och diskontinuitet i främre korsbandet, talar för "
                   "total ruptur. Benmärgsödem i laterala femurkondylen."),
   ("Bedömning", "Positivt Lachman, instabilitetskänsla vid pivotering. Rehab hos fysioterapeut, "
                 "ställningstagande till rekonstruktion om 3 mån.")],
  [B], [], "pasted MR report: 'talar för total ruptur' is a hedged diagnosis")

C("mobnv-sabo-hoftfraktur-fragetecken", "vgr", "V_MOBNV", "Läkaranteckning",
  "Ylva Hedlund", "läkare", "2024-06-30 16:20", "2024-06-30 16:45", "hemsjukvård", "1930-08-05", "446",
  [("Aktuellt", "Larm från SÄBO Ekbacken: fallit i korridoren, smärta i hö ljumske."),
   ("Status", "Hö ben förkortat och utåtroterat, kan ej belasta."),
   ("Bedömning", "Höftfraktur hö? Ambulans till akuten i Alingsås, ringt in till ortopedjouren.")],
  [B], [], "care-home visit: 'Höftfraktur hö?'")

C("rehab-trol-central-smarta-ej-informerad-om-forlangning", "vgr", "V_REHAB", "Läkaranteckning",
  "Olof Wennberg", "läkare", "2024-05-13 13:00", "2024-05-13 14:45", "slutenvård", "1963-01-17", "352",
  [("Aktuellt", "Vecka 4 på rehabavdelningen efter thalamusblödning vä i mars. Teamträff idag med "
                "fysioterapeut, arbetsterapeut, logoped och ssk."),
   ("Status", "Hö-sidig hemipares, går 30 m med rollator och stöd av en. Brännande smärta och "
              "beröringsöverkänslighet i hö arm och ben, NRS 6–7, värst på kvällen."),
   ("Teamets bedömning", "Fysioterapeut: förbättrad balans (Berg 38 → 44). Arbetsterapeut: klarar "
                         "påklädning överkropp själv. Logoped: lätt dysartri, förståelig i "
                         "samtal."),
   ("Bedömning", "Trol. central smärta efter thalamusblödningen. Provar Lyrica 25 mg x2 med "
                 "upptrappning. Pat ej informerad om att rehabperioden förlängs 2 v, tas upp vid "
                 "veckosamtalet torsdag."),
   ("Planering", "Fortsatt gångträning, hemmabesök med arbetsterapeut v 22.")],
  [B], [A], "long rehab team note: 'Trol. central smärta' is hedged; the not-informed remark is about the stay")

# ---------------------------------------------------------------------------
# NL102 near misses
# ---------------------------------------------------------------------------

C("akut-triage-typo-ingen-misstnake-om-sepsis", "skane", "S_AKUT_HBG", "Triageanteckning",
  "Sofia Lindberg", "sjuksköterska", "2024-05-11 14:05", "2024-05-11 14:20", "akutmottagning",
  "1975-10-02", "248",
  [("Triage", "Feber 38,2 sedan i morse, opåverkad, normala vitalparametrar. RETTS grön."),
   ("Bedömning", "Ingen misstnake om sepsis. Hänvisas till vårdcentral imorgon, åter vid "
                 "försämring.")],
  [], [B], "typo in a negated suspicion ('Ingen misstnake om sepsis')")

C("ger-rtg-inga-tecken-pa-pneumoni", "vgr", "V_GER_MOLNDAL", "Läkaranteckning",
  "Helena Björk", "läkare", "2024-03-02 11:10", "2024-03-02 11:40", "slutenvård", "1937-05-26", "284",
  [("Röntgensvar", "Lungröntgen: Inga tecken på pneumoni eller stas. Normalstor hjärtskugga."),
   ("Bedömning", "Hostan bedöms virusutlöst. Symtomatisk behandling, mobilisering.")],
  [], [B], "pasted chest X-ray with 'inga tecken på pneumoni'")

C("smvc-gravid-dvt-utesluten", "skane", "S_SMVC", "Läkaranteckning",
  "Marcus Lindahl", "läkare", "2024-04-18 10:15", "2024-04-18 10:45", "öppenvård", "1995-02-08", "220",
  [("Aktuellt", "Gravid v 24+2, svullnad och ömhet vä vad sedan 3 d."),
   ("Bedömning", "Kompressions-UL: DVT utesluten. Kompressionsstrumpa klass 1, åter vid nya "
                 "symtom.")],
  [], [B], "maternity: 'DVT utesluten'")

C("inf-misstanke-om-tbc-har-avskrivits", "vgr", "V_INF_OSTRA", "Läkaranteckning",
  "Karin Strand", "läkare", "2024-09-09 12:00", "2024-09-09 12:30", "slutenvård", "1968-12-20", "511",
  [("Bedömning", "Misstanken om lungtuberkulos har kunnat avskrivas – tre negativa sputumprov "
                 "(mikroskopi och PCR) och odling utan växt efter 6 v. Isoleringen hävs idag.")],
  [], [B], "a suspicion that has been ruled out ('har kunnat avskrivas')")

C("klingen-hereditet-morfar-ev-als", "skane", "S_KLINGEN", "Läkaranteckning",
  "Sara Åström", "läkare", "2024-10-15 09:30", "2024-10-15 10:40", "öppenvård", "1992-04-03", "863",
  [("Hereditet", "Morfar ev. ALS, aldrig utrett, dog 1987. Moster med trolig demens i "
                 "60-årsåldern."),
   ("Bedömning", "Pat frisk, önskar information om ärftlighet. Ingen indikation för testning av "
                 "pat i nuläget, erbjuds återkontakt om släktingar utreds.")],
  [], [B], "hedged diagnoses only in the family history")

C("amm-tidigare-misstankt-epilepsi-avskrevs", "vgr", "V_AMM", "Läkaranteckning",
  "Peter Ahlström", "läkare", "2024-08-27 14:00", "2024-08-27 14:50", "öppenvård", "1986-06-14", "797",
  [("Tidigare sjukdomar", "I tonåren utreddes misstänkt epilepsi efter en svimning, EEG normalt och "
                          "frågan avskrevs."),
   ("Aktuellt", "Remiss från företagshälsovården ang vibrationsskada, arbetar med "
                "bergborrning sedan 12 år."),
   ("Bedömning", "Vita fingrar i kyla, Stockholm workshop-skala 2V. Hand-armvibrationsskada, "
                 "anmäls som arbetsskada.")],
  [], [B], "an old suspicion in past history that was dismissed; the current diagnosis is established")

C("ger-skane-tidiga-hypoteser-mall-lewy-body", "skane", "S_GERIATRIK", "Tidiga hypoteser",
  "Ulla Kjellberg", "läkare", "2024-12-03 10:30", "2024-12-03 11:10", "öppenvård", "1946-01-08", "362",
  [("Bedömning", "Misstänkt Lewy body-demens (fluktuationer, synhallucinationer, lätt "
                 "parkinsonism). Pat och dotter ej informerade om misstanken, DaTSCAN beställd.")],
  [], [B, A], "Skåne Tidiga hypoteser template hides both the hypothesis and the not-informed remark")

C("pmo-hemsjukvard-trol-uvi", "skane", "P_HSV", "Hembesök",
  "Camilla Thörn", "sjuksköterska", "2024-02-07 10:20", "2024-02-07 10:35", "hemsjukvård", "1935-09-17", "420",
  [("Aktuellt", "Hembesök. Pat trött, luktande urin, temp 37,9. Trol. UVI, U-sticka nitrit +, "
                "odling skickad, ringer vc-läkaren.")],
  [], [B], "PMO home care note: diagnoses never shown, so no NL102", system="PMO")

C("pmo-bvc-fragetecken-komjolksproteinallergi", "skane", "P_BVC", "BVC-besök",
  "Hedvig Larsson", "sjuksköterska", "2024-06-18 09:00", "2024-06-18 09:40", "öppenvård", "2024-02-12", "604",
  [("Aktuellt", "4 mån. Kräks efter varje mål, blodstrimmor i avföringen enl mamma. "
                "?komjölksproteinallergi – tid hos vc-läkare på torsdag.")],
  [], [B], "PMO child health centre note with '?komjölksproteinallergi'", system="PMO")

C("pmo-ungdomsmottagning-misstankt-klamydia", "skane", "P_UM", "Barnmorskebesök",
  "Frida Svensson", "barnmorska", "2024-08-21 15:30", "2024-08-21 15:50", "öppenvård", "2007-05-14", "385",
  [("Aktuellt", "Flytningar och sveda sedan en vecka. Misstänkt klamydia, självtest taget. "
                "Kondområdgivning.")],
  [], [B], "PMO youth clinic note: suspected chlamydia never shown", system="PMO")

C("mag-misstanken-om-celiaki-bekraftad", "vgr", "V_MAG_SU", "Läkaranteckning",
  "Rikard Holm", "läkare", "2024-10-30 13:20", "2024-10-30 13:50", "öppenvård", "1991-08-31", "227",
  [("Bedömning", "Misstanken om celiaki bekräftad: PAD duodenum Marsh 3a, tTG-IgA >128. Pat "
                 "informerad, remiss dietist.")],
  [], [B, A], "'misstanken ... bekräftad' is a settled diagnosis, already told to the patient")

C("kir-pat-orolig-for-cancer-ljumskbrack", "skane", "S_KIR_TRELL", "Läkaranteckning",
  "Viktor Sand", "läkare", "2024-11-25 10:00", "2024-11-25 10:25", "öppenvård", "1964-03-19", "137",
  [("Aktuellt", "Pat orolig att knölen i hö ljumske är cancer."),
   ("Bedömning", "Mjuk, reponibel resistens med hostimpuls. Ljumskbråck hö, inget som talar för "
                 "tumör. Planeras för laparoskopisk plastik.")],
  [], [B], "the patient's own fear of cancer, and a clinician finding that speaks against tumour")

C("pall-ev-byte-till-morfin-sc", "vgr", "V_PALL", "Omvårdnadsanteckning",
  "Agnes Lund", "sjuksköterska", "2024-04-29 21:15", "2024-04-29 21:30", "slutenvård", "1952-11-22", "661",
  [("Omvårdnad", "Känd pankreascancer. Smärta NRS 6 trots Oxynorm. Ev. byte till morfin sc via "
                 "pump, tas med läkare imorgon. Munvård x4.")],
  [], [B], "palliative nurse: the hedge 'ev.' is about a drug switch, not a diagnosis")

C("rehab-fysio-trol-klar-for-utskrivning", "vgr", "V_REHAB", "Fysioterapeutanteckning",
  "Elin Karlsson", "fysioterapeut", "2024-05-24 11:00", "2024-05-24 11:30", "slutenvård", "1948-07-29", "531",
  [("Aktuellt", "Status efter hö-sidig hjärninfarkt med vä hemipares."),
   ("Resultat", "Går med rollator 40 m, TUG 24 s. Trol. klar för utskrivning v 22 med "
                "hemrehabilitering, ev. hjälpmedel i badrummet.")],
  [], [B], "physiotherapist: 'trol.' and 'ev.' about discharge and aids")

C("kir-dt-inga-halltpunkter-typo", "skane", "S_KIR_HBG", "Läkaranteckning",
  "Bengt Olofsson", "läkare", "2024-07-23 13:40", "2024-07-23 14:00", "öppenvård", "1953-05-11", "476",
  [("Röntgensvar", "DT buk: Inga hålltpunkter för malignitet. Divertiklar i sigmoideum utan tecken "
                   "på inflammation."),
   ("Bedömning", "Åter till VC, fiberrik kost.")],
  [], [B], "typo 'hålltpunkter' inside a negated malignancy statement")

C("gyn-ektopisk-utesluten-intrauterin-v7", "skane", "S_GYN_MALMO", "Läkaranteckning",
  "Elisabet Roos", "läkare", "2024-03-16 09:20", "2024-03-16 09:45", "akutmottagning", "1994-12-04", "542",
  [("Bedömning", "Ektopisk graviditet utesluten: intrauterin graviditet v 7+1 med hjärtaktivitet. "
                 "Blödningen bedöms som hotande missfall, ingen åtgärd.")],
  [], [B], "ectopic pregnancy excluded; 'hotande missfall' is a diagnosis name, not a hedge")

C("asih-smartlindring-tillracklig-fragetecken", "skane", "S_ASIH_MALMO", "Omvårdnadsanteckning",
  "Therese Wallin", "sjuksköterska", "2024-10-17 08:40", "2024-10-17 09:00", "specialiserad hemsjukvård",
  "1950-01-27", "826",
  [("Aktuellt", "Känd ovarialcancer med peritoneal carcinos."),
   ("Omvårdnad", "Smärtlindring tillräcklig? Pat skattar NRS 3 i vila, 6 vid förflyttning. Extra "
                 "dos inför morgonhygienen?")],
  [], [B], "question marks about pain relief, not about a diagnosis")

C("mobnv-sabo-misstankt-fel-i-dosett", "vgr", "V_MOBNV", "Omvårdnadsanteckning",
  "Greta Sundin", "sjuksköterska", "2024-08-12 15:10", "2024-08-12 15:25", "hemsjukvård", "1928-10-14", "225",
  [("Omvårdnad", "Misstänkt felaktigt iordningställd dosett på boendet, pat har fått Alvedon 2 ggr "
                 "för mycket igår. Ingen påverkan, avvikelse skriven och apoteket kontaktat.")],
  [], [B], "care home: 'misstänkt' refers to a dosing error, not a diagnosis")


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------

def problems():
    errs = []
    names = set()
    sentences = {}
    top_keys = {"case", "ruleset", "record", "must", "must_not", "why"}
    rec_keys = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
    note_keys = {"id", "system", "template", "unit", "author", "time", "signed", "setting",
                 "refs", "sections"}
    protected_skane = {"Tidiga hypoteser"}
    for c in CASES:
        n = c["case"]
        if set(c) != top_keys:
            errs.append("%s: keys %s" % (n, sorted(c)))
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", n):
            errs.append("%s: bad case name" % n)
        if n in names:
            errs.append("%s: duplicate case name" % n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % n)
        if not c["why"] or "\n" in c["why"]:
            errs.append("%s: why must be one line" % n)
        rec = c["record"]
        if set(rec) != rec_keys:
            errs.append("%s: record keys" % n)
        p = rec["patient"]
        pid, born = p["id"], p["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m or m.group(1) != born.replace("-", ""):
            errs.append("%s: personnummer does not match birth date" % n)
        elif luhn_digit(pid[2:8] + pid[9:12]) != pid[12]:
            errs.append("%s: personnummer check digit" % n)
        try:
            bdate = dt.date.fromisoformat(born)
        except ValueError:
            errs.append("%s: birth_date" % n)
            continue
        as_of = dt.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            errs.append("%s: as_of not in 2024" % n)
        ids = set()
        for note in rec["notes"]:
            if set(note) != note_keys:
                errs.append("%s: note keys" % n)
            ids.add(note["id"])
            t = dt.datetime.fromisoformat(note["time"])
            if t.year != 2024:
                errs.append("%s: note time not in 2024" % n)
            if note["signed"] is not None:
                s = dt.datetime.fromisoformat(note["signed"])
                if s < t or s > as_of:
                    errs.append("%s: signed outside [time, as_of]" % n)
            if t > as_of:
                errs.append("%s: note after as_of" % n)
            d = t.date()
            age = d.year - bdate.year - ((d.month, d.day) < (bdate.month, bdate.day))
            if bdate > d:
                errs.append("%s: patient born after the note" % n)
            if 13 <= age <= 15:
                errs.append("%s: patient aged 13-15" % n)
            if note["system"] not in ("Melior", "PMO"):
                errs.append("%s: system" % n)
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s: VGR cases are Melior" % n)
            if not note["sections"]:
                errs.append("%s: no sections" % n)
            for sec in note["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append("%s: bad section" % n)
                for sent in re.split(r"(?<=[.!?])\s+|\n", sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != n:
                            errs.append("%s: sentence also in %s: %r" % (n, sentences[sent], sent))
                        sentences.setdefault(sent, n)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % n)
        seen = set()
        for kind in ("must", "must_not"):
            for code, target in c[kind]:
                if code not in ("NL101", "NL102"):
                    errs.append("%s: unexpected code %s" % (n, code))
                if target not in ids:
                    errs.append("%s: target %s missing" % (n, target))
                if (code, target) in seen:
                    errs.append("%s: %s asserted twice" % (n, code))
                seen.add((code, target))
        note = rec["notes"][0]
        musts = {code for code, _ in c["must"]}
        if note["system"] == "PMO":
            if musts or any(code == "NL101" for code, _ in c["must_not"]):
                errs.append("%s: PMO notes only take must_not NL102" % n)
        if c["ruleset"] == "skane" and note["template"] in protected_skane and musts:
            errs.append("%s: positive assertion on a protected Skåne template" % n)
    return errs


def main():
    errs = problems()
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    stats = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                stats[(code, kind)] = stats.get((code, kind), 0) + 1
    print("%d cases -> %s" % (len(CASES), OUT))
    for code in ("NL101", "NL102"):
        print("  %s must %d must_not %d" % (code, stats.get((code, "must"), 0),
                                             stats.get((code, "must_not"), 0)))
    drafts = sum(1 for c in CASES if c["record"]["notes"][0]["signed"] is None)
    regions = {}
    for c in CASES:
        regions[c["ruleset"]] = regions.get(c["ruleset"], 0) + 1
    print("  drafts %d, regions %s" % (drafts, regions))
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
