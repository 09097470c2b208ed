#!/usr/bin/env python3
"""Independent test set: adult emergency department, one week in November 2024.

NL101 (uncommunicated-diagnosis-visible) and NL102 (hypothesis-in-visible-note).
Written from the regional routines and the NL1 rule catalog only.

Standard library only, deterministic.  `python3 build.py` writes cases.jsonl next to
this file and exits 1 on any validation problem.
"""
import datetime
import json
import os
import re
import sys

# ---------------------------------------------------------------------------
# Units (name, HSA-id, journal system)
# ---------------------------------------------------------------------------
UNITS = {
    # Region Skåne, Melior (hospitals)
    "lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-A1L7", "Melior"),
    "malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-A2M3", "Melior"),
    "hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-B4H9", "Melior"),
    "csk": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-C7K2", "Melior"),
    "ystad": ("Akutmottagningen, Lasarettet i Ystad", "SE2321000255-D3Y5", "Melior"),
    "trbg": ("Akutmottagningen, Lasarettet Trelleborg", "SE2321000255-D8T1", "Melior"),
    "lund-ava": ("Medicinsk akutvårdsavdelning, Skånes universitetssjukhus Lund", "SE2321000255-E2A6", "Melior"),
    "hbg-ava": ("Akutvårdsavdelningen, Helsingborgs lasarett", "SE2321000255-E5A0", "Melior"),
    "malmo-kir": ("Kirurgiska kliniken, akutkirurgi, Skånes universitetssjukhus Malmö", "SE2321000255-F1K8", "Melior"),
    "lund-ort": ("Ortopedakuten, Skånes universitetssjukhus Lund", "SE2321000255-F6O4", "Melior"),
    "malmo-med": ("Medicinkliniken avd 4, Skånes universitetssjukhus Malmö", "SE2321000255-G2M1", "Melior"),
    # Region Skåne, PMO (primary care on-call)
    "pmo-landskrona": ("Närakuten Landskrona", "SE2321000255-P1N3", "PMO"),
    "pmo-angelholm": ("Närakuten Ängelholm", "SE2321000255-P2N7", "PMO"),
    "pmo-hassleholm": ("Jourmottagningen Hässleholm, primärvård", "SE2321000255-P3J2", "PMO"),
    "pmo-sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-P4V9", "PMO"),
    "pmo-eslov": ("Vårdcentralen Eslöv, jourmottagning", "SE2321000255-P5V4", "PMO"),
    # Västra Götalandsregionen, Melior
    "sahl": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset, Sahlgrenska", "SE2321000131-S1A4", "Melior"),
    "ostra": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset, Östra", "SE2321000131-S2O8", "Melior"),
    "molndal": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset, Mölndal", "SE2321000131-S3M2", "Melior"),
    "nal": ("Akutmottagningen, NU-sjukvården, NÄL Trollhättan", "SE2321000131-N1A6", "Melior"),
    "sas": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-B1A3", "Melior"),
    "skas": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-K1A9", "Melior"),
    "alingsas": ("Akutmottagningen, Alingsås lasarett", "SE2321000131-L1A5", "Melior"),
    "kungalv": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-G1A7", "Melior"),
    "ostra-mava": ("Medicinsk akutvårdsavdelning 352, Sahlgrenska Universitetssjukhuset, Östra", "SE2321000131-S4V1", "Melior"),
    "skas-ava": ("Akutvårdsavdelning, Skaraborgs Sjukhus Skövde", "SE2321000131-K2V4", "Melior"),
    "sahl-kir": ("Kirurgjouren, Sahlgrenska Universitetssjukhuset, Sahlgrenska", "SE2321000131-S5K3", "Melior"),
    "nal-med": ("Medicinavdelning 21, NU-sjukvården, NÄL Trollhättan", "SE2321000131-N2M8", "Melior"),
}

REGION_OF_HSA = {"SE2321000255": "skane", "SE2321000131": "vgr"}

CASES = []


def N(nid, unit, template, author, role, time, signed, sections, setting="öppenvård"):
    """One note. sections: list of (keyword, text). time/signed: 'YYYY-MM-DD HH:MM' or None."""
    name, hsa, system = UNITS[unit]

    def iso(t):
        return None if t is None else t.replace(" ", "T") + ":00"

    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": iso(time),
        "signed": iso(signed),
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def C(case, ruleset, pnr, birth_date, notes, must, must_not, why, as_of="2024-11-20"):
    CASES.append({
        "case": case,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr, "birth_date": birth_date, "protected_identity": False},
            "as_of": as_of + "T00:00:00",
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


# ===========================================================================
# CASES
# ===========================================================================
# ---------------------------------------------------------------------------
# Part 1: NL102 positives, one hedge form per case
# ---------------------------------------------------------------------------
C("ed-misstankt-lungemboli-efter-langflygning", "skane", "19670422-2469", "1967-04-22",
  [N("n1", "lund", "Akutanteckning läkare", "Johanna Ek", "läkare", "2024-11-11 09:40", "2024-11-11 10:55", [
      ("Aktuellt", "Inkommer med ambulans pga andfåddhet sedan tre dagar, tilltar vid minsta ansträngning. Flög hem från Bangkok i fredags. Ingen feber, ingen hosta."),
      ("Status", "AT: Opåverkad i vila, lätt takypné. Sat 93 % utan syrgas, AF 22, puls 104 reg, BT 138/84. Cor: Takykard regelbunden rytm, inga biljud. Pulm: Vesikulära andningsljud bilat utan rassel. Ben: Vänster vad 2 cm grövre än höger."),
      ("Bedömning", "Misstänkt lungemboli efter långflygning, Wells 6. DT lungartärer beställd. Fragmin 200 E/kg ges i väntan på svar."),
  ])],
  [("NL102", "n1")], [],
  "'Misstänkt lungemboli' in visible Bedömning of a Skåne Melior ED note")

C("ed-susp-appendicit-kirurgjour-tar-over", "vgr", "19980703-4153", "1998-07-03",
  [N("n1", "ostra", "Läkaranteckning akutmottagningen", "Erik Sandberg", "läkare", "2024-11-11 14:05", None, [
      ("Anamnes", "Buksmärta sedan igår eftermiddag, började runt naveln och har nu flyttat ner mot höger fossa. Illamående, kräkts x2. Aptitlös sedan igår."),
      ("Status", "Buk: Mjuk men palpöm i hö fossa, släppöm. Rovsing positiv. Temp 38,1."),
      ("Lab", "CRP 46, LPK 13,8, Hb 151."),
      ("Bedömning", "Susp. appendicit. Kirurgjouren kontaktad och tar över. Fastande, Ringer-Acetat 1000 ml."),
  ])],
  [("NL102", "n1")], [],
  "abbreviated hedge 'Susp. appendicit' in visible Bedömning, VGR Melior")

C("ed-trolig-pyelonefrit-hem-med-antibiotika", "skane", "19850214-3186", "1985-02-14",
  [N("n1", "malmo", "Akutanteckning läkare", "Amir Haddad", "läkare", "2024-11-11 22:15", "2024-11-11 23:40", [
      ("Aktuellt", "Sveda vid miktion i fyra dagar, sedan igår frossa och värk i höger flank."),
      ("Status", "Temp 38,9. Dunköm över hö njurloge. Buken mjuk och oöm, inga peritonitiska tecken."),
      ("Lab", "U-sticka: nitrit pos, leukocyter 3+. CRP 112, krea 71, laktat 1,4."),
      ("Bedömning", "Trolig pyelonefrit på höger sida. Cirkulatoriskt stabil, dricker bra. Hem med Ciproxin 500 mg 1x2 i 7 dagar, urinodling skickad, svar via 1177."),
  ])],
  [("NL102", "n1")], [],
  "'Trolig pyelonefrit' in visible Bedömning of a patient sent home")

C("ed-pneumoni-fragetecken-kol-exacerbation", "vgr", "19411130-2776", "1941-11-30",
  [N("n1", "nal", "Akutjournal läkare", "Sofia Nyberg", "läkare", "2024-11-12 03:20", None, [
      ("Aktuellt", "82-årig man med KOL GOLD 3, hosta med gulgrönt slem och ökad dyspné sedan 5 dagar. Bor med hustrun, klarar sig själv i vanliga fall."),
      ("Status", "Sat 88 % på luft, 94 % på 2 l O2. Pulm: Krepitationer vä basalt, förlängt exspirium bilat. Temp 38,0 rektalt."),
      ("Bedömning", "KOL-exacerbation. Pneumoni vä? Rtg pulm beställd, Doxyferm och Prednisolon 30 mg insatt i väntan på svar."),
  ])],
  [("NL102", "n1")], [],
  "question mark after the diagnosis ('Pneumoni vä?') in visible Bedömning")

C("ed-njurstensanfall-dd-bukaortaaneurysm", "skane", "19560819-1531", "1956-08-19",
  [N("n1", "csk", "Läkaranteckning", "Henrik Lundgren", "läkare", "2024-11-12 05:10", "2024-11-12 07:45", [
      ("Anamnes", "Plötslig debut av vänstersidig flanksmärta kl 04 i natt som strålar mot ljumsken. Rökare sedan tonåren, ca 40 paketår. Hypertoni."),
      ("Status", "Orolig, byter ställning hela tiden. BT 165/95, puls 90. Buk: Ingen palpabel pulserande resistens men kraftig bukvägg."),
      ("Bedömning", "Njurstensanfall mest sannolikt. DD symtomgivande bukaortaaneurysm hos rökande man över 65 år, därför DT buk med kontrast akut."),
  ])],
  [("NL102", "n1")], [],
  "'DD' followed by a diagnosis (bukaortaaneurysm) in visible Bedömning")

C("ed-sab-kan-ej-uteslutas-lp-planeras", "vgr", "19790109-4024", "1979-01-09",
  [N("n1", "sahl", "Akutjournal läkare", "Maria Holm", "läkare", "2024-11-12 10:25", "2024-11-12 12:00", [
      ("Anamnes", "Åskknallshuvudvärk igår kl 22 under träningspass, maximal intensitet inom en minut. Kräkts en gång. Sökte inte förrän i morse."),
      ("Status", "GCS 15. Pupiller lika stora och ljusreagerar. Inga fokala bortfall, ingen säker nackstelhet."),
      ("Utredning", "DT hjärna utan kontrast kl 09.50 utan synlig blödning."),
      ("Bedömning", "SAB kan ej uteslutas då DT är gjord mer än 6 tim efter debut. LP utförs under eftermiddagen."),
  ])],
  [("NL102", "n1")], [],
  "'kan ej uteslutas' on subaraknoidalblödning in visible Bedömning")

C("ed-talar-for-erysipelas-fotsvamp", "skane", "19500527-2645", "1950-05-27",
  [N("n1", "ystad", "Journalanteckning", "Per-Olof Nilsson", "läkare", "2024-11-12 16:30", "2024-11-12 17:05", [
      ("Aktuellt", "Rodnad och svullnad i vä underben sedan igår, feber 39 i morse. Diabetes typ 2 på Metformin."),
      ("Status", "Skarpt avgränsad varm rodnad från fotleden upp mot mitten av vaden, markerad med penna. Ingen blåsbildning. Fotsvamp mellan tårna."),
      ("Bedömning", "Bilden talar för erysipelas i vä underben med fotsvampen som ingångsport. Kåvepenin 1 g x 3 i tio dagar, högläge. Kontroll hos distriktssköterskan om två dygn."),
  ])],
  [("NL102", "n1")], [],
  "'talar för' + erysipelas in visible Bedömning")

C("ed-ekg-forenligt-med-perikardit", "vgr", "20010915-3312", "2001-09-15",
  [N("n1", "sas", "Besöksanteckning akut", "Jonas Alm", "läkare", "2024-11-12 20:40", "2024-11-12 22:15", [
      ("Anamnes", "Bröstsmärta sedan 2 dygn, värre i liggande och vid djupandning, lindras när han lutar sig framåt. Snuva och halsont för tio dagar sedan."),
      ("Status", "Gott allmäntillstånd. Cor: Möjligen gnidningsljud vid vänster sternalkant, i övrigt regelbunden rytm."),
      ("EKG", "Sinusrytm 92/min. Utbredda konkava ST-höjningar och PR-sänkningar, förenligt med perikardit."),
      ("Bedömning", "Bedside-eko utan utgjutning. Troponin T 9. Hem med Ipren och Colchicin, återbesök hjärtmottagningen om två veckor."),
  ])],
  [("NL102", "n1")], [],
  "'förenligt med perikardit' in a visible EKG section")

C("ed-bild-som-vid-gallstensanfall", "skane", "19721203-1822", "1972-12-03",
  [N("n1", "hbg", "Akutanteckning läkare", "Lina Forsberg", "läkare", "2024-11-13 01:15", "2024-11-13 02:30", [
      ("Aktuellt", "Krampaktig smärta under höger arcus sedan middagen, strålar mot skulderbladet. Liknande episod i somras som gick över av sig själv."),
      ("Status", "Palpöm under hö arcus, Murphys tecken negativt. Temp 37,2. Ej ikterisk."),
      ("Lab", "CRP 8, LPK 7,9, ALP, bilirubin och lipas inom ref."),
      ("Bedömning", "Klinisk bild som vid okomplicerat gallstensanfall. Smärtfri efter Toradol. Remiss UL lever/gallvägar, hem med Diklofenak v.b."),
  ])],
  [("NL102", "n1")], [],
  "'bild som vid' gallstensanfall in visible Bedömning")

C("ed-kan-rora-sig-om-tia-glomt-eliquis", "vgr", "19490611-1572", "1949-06-11",
  [N("n1", "skas", "Läkaranteckning akutmottagningen", "Gustav Eriksson", "läkare", "2024-11-13 08:50", "2024-11-13 10:20", [
      ("Aktuellt", "Plötslig svaghet i höger hand och sluddrigt tal i cirka 20 min vid frukosten, nu helt återställd. Förmaksflimmer, står på Eliquis men har glömt flera doser senaste veckan."),
      ("Status", "NIHSS 0. Oregelbunden rytm 78/min. Inga carotisblåsljud."),
      ("Bedömning", "Kan röra sig om en TIA i vänster hemisfär. DT hjärna och DT-angio halskärl utan hållpunkt för stenos. Inläggning strokeenheten för övervakning."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "'Kan röra sig om en TIA' in visible Bedömning")

C("ed-sannolik-kolecystit-kirurgkonsult", "skane", "19600318-2083", "1960-03-18",
  [N("n1", "malmo-kir", "Konsultationsanteckning", "Oskar Wallin", "läkare", "2024-11-13 11:40", "2024-11-13 12:25", [
      ("Anamnes", "Konsult från akuten. Konstant smärta i hö övre kvadranten i två dygn, feber 38,4 hemma."),
      ("Status", "Positivt Murphys tecken. Lokal défense under hö arcus, i övrigt mjuk buk."),
      ("Ultraljud", "Bedside-UL: gallblåsevägg 6 mm, konkrement i halsen och lite perivesikal vätska."),
      ("Bedömning", "Sannolik akut kolecystit. Läggs in på kirurgen, Tazocin iv, planeras för tidig laparoskopisk kolecystektomi."),
  ])],
  [("NL102", "n1")], [],
  "'Sannolik akut kolecystit' in a surgical consult note written on the ED")

C("ed-mojlig-septisk-artrit-knapunktion", "vgr", "19631002-2196", "1963-10-02",
  [N("n1", "molndal", "Akutjournal läkare", "Karin Dahl", "läkare", "2024-11-13 13:10", None, [
      ("Anamnes", "Svullet varmt hö knä sedan 2 dygn, kan inte belasta. Gikt i stortån 2019. Inget trauma."),
      ("Status", "Hö knä: Uttalad hydrops, värmeökning, smärtsam passiv rörlighet redan vid 20 graders flexion. Temp 38,6."),
      ("Åtgärd", "Knäledspunktion: 40 ml grumlig ledvätska, skickad för odling, kristaller och celler."),
      ("Bedömning", "Möjlig septisk artrit, differentialdiagnos giktartrit. Inläggning ortopeden, Cloxacillin efter odlingar."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "'Möjlig septisk artrit' plus a differentialdiagnos in visible Bedömning")

C("ed-ev-commotio-triage-cykelolycka", "skane", "19940721-4486", "1994-07-21",
  [N("n1", "trbg", "Triageanteckning", "Malin Persson", "sjuksköterska", "2024-11-13 15:45", "2024-11-13 15:58", [
      ("Kontaktorsak", "Fallit av cykel utan hjälm ca kl 15, slog huvudet i asfalten. Minns inte själva fallet."),
      ("Triage", "RETTS orange, ESS 46. GCS 15, AF 16, sat 99 %, puls 82, BT 128/76."),
      ("Bedömning", "Ev. commotio. Läkarbedömning prioriterad, kalla omslag på bakhuvudet."),
  ])],
  [("NL102", "n1")], [],
  "triage nurse writes 'Ev. commotio' (a diagnosis) in a visible section")

C("ed-inger-misstanke-om-djup-ventrombos", "vgr", "19880405-3265", "1988-04-05",
  [N("n1", "alingsas", "Akutbesök läkare", "Ebba Lindahl", "läkare", "2024-11-13 18:20", "2024-11-13 19:35", [
      ("Anamnes", "Värk och svullnad i vänster vad sedan 4 dagar. Tar p-piller. Körde bil från Luleå i helgen."),
      ("Status", "Vä vad 3 cm större omfång än hö, ömhet längs djupa vener. Ingen rodnad."),
      ("Bedömning", "Anamnes och status inger misstanke om djup ventrombos. D-dimer 1,9. Innohep given, UL-doppler bokat imorgon kl 09."),
  ])],
  [("NL102", "n1")], [],
  "'inger misstanke om' djup ventrombos in visible Bedömning")

C("ed-oklart-om-migran-med-aura-eller-tia", "skane", "20000812-5080", "2000-08-12",
  [N("n1", "lund", "Akutanteckning läkare", "Ida Berg", "läkare", "2024-11-13 21:05", "2024-11-13 23:10", [
      ("Aktuellt", "Flimmer i synfältet följt av domningar i vä hand och munvinkel i en halvtimme, därefter bultande huvudvärk. Första gången. Mamman har migrän."),
      ("Status", "Neurologiskt status utan anmärkning. BT 118/72."),
      ("Bedömning", "Oklart om migrän med aura eller TIA, låg sannolikhet för det senare i hennes ålder men det är första episoden. DT hjärna utan patologi. Diskuterat med neurojouren, hem med återbesök neurologmottagningen."),
  ])],
  [("NL102", "n1")], [],
  "'Oklart om' migrän med aura eller TIA in visible Bedömning")

# ---------------------------------------------------------------------------
# Part 2: NL102 positives, more hedge forms, long notes, handover, epikris
# ---------------------------------------------------------------------------
C("ed-fragestallning-aortadissektion-dt-angio", "vgr", "19560204-1377", "1956-02-04",
  [N("n1", "kungalv", "Akutjournal läkare", "Anders Bergqvist", "läkare", "2024-11-14 06:35", "2024-11-14 08:05", [
      ("Anamnes", "Plötslig rivande smärta mellan skulderbladen kl 06, 68-årig man med dåligt inställd hypertoni."),
      ("Status", "BT hö arm 186/100, vä arm 150/90. Pulsar palpabla i båda ljumskarna. Blek och kallsvettig."),
      ("Utredning", "DT-angio thorax och buk akut, frågeställning aortadissektion. Thoraxkirurgjouren på SU förvarnad."),
      ("Åtgärd", "Labetalol iv mot systoliskt BT 110-120, Morfin 5 mg iv."),
  ])],
  [("NL102", "n1")], [],
  "'frågeställning aortadissektion' (the question on a DT referral) in a visible Utredning section")

C("ed-kan-inte-utesluta-bakteriell-meningit", "skane", "19661127-1856", "1966-11-27",
  [N("n1", "lund", "Akutanteckning läkare", "Fredrik Sjöberg", "läkare", "2024-11-14 02:10", "2024-11-14 04:45", [
      ("Aktuellt", "Huvudvärk, feber 39,7 och förvirring sedan i eftermiddags enl sambon. Inga hudutslag."),
      ("Status", "GCS 13 (E3V4M6). Nackstel, Kernigs tecken positivt. Cor och pulm u.a."),
      ("Bedömning", "Kan inte utesluta bakteriell meningit. Blododlingar x2, därefter Betapred, Cefotaxim och Doktacillin inom 30 min. LP efter DT hjärna."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "'Kan inte utesluta' bakteriell meningit in visible Bedömning")

C("ed-differentialdiagnoser-divertikulit-kolit", "vgr", "19580721-3623", "1958-07-21",
  [N("n1", "ostra", "Läkaranteckning akutmottagningen", "Nora Strand", "läkare", "2024-11-14 17:20", "2024-11-14 18:50", [
      ("Anamnes", "Smärta i vänster fossa sedan tre dagar, lösa avföringar men ingen synlig blödning. Liknande besvär för ett år sedan, aldrig utredd."),
      ("Status", "Ömhet och lätt défense i vä fossa. Temp 37,9. Rektalpalpation utan blod på handsken."),
      ("Bedömning", "Differentialdiagnoser: divertikulit i sigmoideum, kolit. DT buk imorgon bitti, tills vidare fastande och iv vätska."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "'Differentialdiagnoser:' list of two diagnoses in visible Bedömning")

C("ed-trol-giktartrit-stortan", "skane", "19711009-4799", "1971-10-09",
  [N("n1", "hbg", "Läkaranteckning", "Viktor Håkansson", "läkare", "2024-11-14 07:30", "2024-11-14 08:15", [
      ("Aktuellt", "Vaknade i natt av intensiv smärta i höger stortå, kan inte ha strumpa på sig. Står på Furix. Kräftskiva med öl i helgen."),
      ("Status", "Hö MTP I rodnad, svullen och extremt ömmande vid lätt beröring. Temp 37,4."),
      ("Bedömning", "Trol. giktartrit hö MTP I, urat 520. Hem med Prednisolon 25 mg i fem dagar, kontakt med vårdcentralen för uppföljning om en månad."),
  ])],
  [("NL102", "n1")], [],
  "abbreviated hedge 'Trol.' before giktartrit in visible Bedömning")

C("ed-ssk-misstankt-collumfraktur-hemtjanst", "skane", "19380517-0366", "1938-05-17",
  [N("n1", "csk", "Omvårdnadsanteckning akut", "Therese Olsson", "sjuksköterska", "2024-11-14 09:05", "2024-11-14 09:40", [
      ("Kontaktorsak", "86-årig kvinna som ramlat i badrummet i natt, hittad av hemtjänsten i morse. Kan inte stå på höger ben."),
      ("Omvårdnad", "Höger ben förkortat och utåtroterat. Smärtlindrad med Fentanyl 50 µg av ambulansen. Trycksårsmadrass, KAD ej satt."),
      ("Bedömning", "Misstänkt collumfraktur hö. Rtg höft beställt enligt höftfrakturspåret, ortopedjouren meddelad."),
  ])],
  [("NL102", "n1")], [],
  "nurse note: 'Misstänkt collumfraktur' in a visible section")

C("ed-inte-osannolikt-mononukleos", "vgr", "20050312-5734", "2005-03-12",
  [N("n1", "sas", "Akutjournal läkare", "Rasmus Ek", "läkare", "2024-11-14 19:45", "2024-11-14 20:30", [
      ("Anamnes", "19-årig man med halsont, feber och trötthet i en vecka, svårt att svälja. Pc-V från VC i fyra dagar utan effekt."),
      ("Status", "Förstorade tonsiller med gråvita beläggningar bilat, ingen peritonsillär buktning. Ömmande lymfkörtlar på halsen bilat, mjälten ej palpabel."),
      ("Bedömning", "Inte osannolikt att det rör sig om mononukleos. Monospot skickad. Dricker tillräckligt och går hem, bör undvika kontaktsport i fyra veckor."),
  ])],
  [("NL102", "n1")], [],
  "litotes hedge 'Inte osannolikt att det rör sig om' mononukleos in visible Bedömning")

C("ed-misstanke-om-debuterande-epilepsi", "vgr", "19910126-6154", "1991-01-26",
  [N("n1", "nal", "Akutjournal läkare", "Elin Wikström", "läkare", "2024-11-15 07:55", "2024-11-15 09:30", [
      ("Aktuellt", "Sambon såg honom krampa i hela kroppen i ca 2 min i sängen i morse, bet sig i tungan, urinavgång. Sömnbrist senaste veckan pga nyfött barn."),
      ("Status", "Vaken, orienterad, lateralt tungbett. Neurologiskt utan fokalitet."),
      ("Bedömning", "Första generaliserade krampanfallet, misstanke om debuterande epilepsi. DT hjärna u.a. Remiss neurologen för EEG och MR. Körförbud har meddelats muntligt och skriftligt."),
  ])],
  [("NL102", "n1")], [],
  "'misstanke om debuterande epilepsi' in visible Bedömning")

C("ed-forefaller-vara-viral-gastroenterit", "skane", "19960630-7248", "1996-06-30",
  [N("n1", "ystad", "Akutanteckning läkare", "Hanna Mårtensson", "läkare", "2024-11-15 12:20", "2024-11-15 14:00", [
      ("Aktuellt", "Kräkningar och vattentunna diarréer sedan igår kväll. Flera kollegor på förskolan har samma symtom."),
      ("Status", "Torra slemhinnor, kapillär återfyllnad 2 s. Buk mjuk, lätt diffust öm, livliga tarmljud."),
      ("Bedömning", "Förefaller vara en viral gastroentrit. Vätska iv 1 liter, därefter dricker hon bra. Hem med råd om vätskeersättning och handhygien."),
  ])],
  [("NL102", "n1")], [],
  "'Förefaller vara' viral gastroenterit (diagnosis misspelt 'gastroentrit'): a hedge word outside the usual list")

C("ed-susp-nstemi-ava-inskrivning", "skane", "19520308-2952", "1952-03-08",
  [N("n1", "lund-ava", "Inskrivningsanteckning", "Sanna Jeppsson", "läkare", "2024-11-15 13:30", "2024-11-15 15:10", [
      ("Inkomstorsak", "Tryck över bröstet i 40 min i vila i morse, nu smärtfri."),
      ("EKG", "SR 72, ST-sänkningar 1 mm i V4-V6, ingen ST-höjning."),
      ("Lab", "TnT 38 -> 61 ng/l efter 3 tim. Krea 98, Hb 139."),
      ("Bedömning", "Susp NSTEMI. Trombyl, Brilique och Arixtra insatt, koronarangiografi planeras inom ett dygn."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "'Susp NSTEMI' without the period in an AVA admission note")

C("ed-misstankt-adherensileus", "vgr", "19440823-1464", "1944-08-23",
  [N("n1", "sahl-kir", "Konsultanteckning", "David Olofsson", "läkare", "2024-11-15 22:40", "2024-11-16 00:05", [
      ("Anamnes", "Opererad för perforerad appendicit 1990 och hysterektomi 2005. Krampande buksmärtor sedan igår, kräks galla, ingen gasavgång sedan i morse."),
      ("Status", "Uppblåst buk, diffust öm, klingande tarmljud. Ärr efter nedre medellinjesnitt."),
      ("Bedömning", "Misstänkt adherensileus i tunntarmen. V-sond, fastande, DT buk med peroral kontrast. Inläggning på kirurgen."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "surgeon on call: 'Misstänkt adherensileus' in visible Bedömning")

C("ed-lang-akutjournal-trolig-urosepsis-konfusion", "skane", "19350902-0826", "1935-09-02",
  [N("n1", "malmo", "Akutanteckning läkare", "Caroline Holmberg", "läkare", "2024-11-15 18:10", "2024-11-15 21:25", [
      ("Kontaktorsak", "Förvirring och fall i hemmet, inskickad av hemtjänsten."),
      ("Anamnes", "89-årig kvinna, änka, bor ensam i lägenhet med hemtjänst 3 ggr/dag. Tidigare alert och självständig i ADL enligt dottern som kommit in med henne. Sedan igår tilltagande förvirrad, pratar osammanhängande och har ramlat två gånger under natten utan att slå huvudet. Hemtjänsten noterade illaluktande urin och att hon inte druckit. Ingen hosta, ingen diarré. Tidigare: hypertoni, hypotyreos, gonartros bilat, katarakt opererad bilat."),
      ("Läkemedel", "Levaxin 75 µg, Amlodipin 5 mg, Alvedon 1 g x 3, Movicol v.b. Ingen antikoagulantia."),
      ("Status", "AT: Något påverkad, blek, orolig och pillande. Temp 38,4, puls 108 oregelbunden?, BT 104/58, AF 24, sat 95 %. Cor: Takykard, inga biljud. Pulm: Basala krepitationer bilat, ingen dämpning. Buk: Mjuk, suprapubiskt öm, resurs saknas. Neuro: Desorienterad till tid och rum, rör alla fyra extremiteterna, inga facialispareser. Hud: Torr, nedsatt turgor. Inga blåmärken efter fallen."),
      ("EKG", "Sinustakykardi 106/min med enstaka VES, inga ischemitecken."),
      ("Lab", "CRP 187, LPK 17,2, laktat 2,6, Na 131, K 3,6, krea 142 (tidigare 85). U-sticka nitrit och leukocyter positiva."),
      ("Bedömning", "Akut konfusion hos äldre kvinna med feber, takykardi och påverkad njurfunktion. Trolig urosepsis. Fallen bedöms sekundära till infektion och dehydrering."),
      ("Planering", "Blododlingar x2 och urinodling tagna före antibiotika. Cefotaxim 1 g x 3 iv, Ringer-Acetat 1500 ml. Amlodipin pausas. Inläggning medicin. Dottern är informerad om planen och stannar över kvällen."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "long multi-section admission chart; the only hedged diagnosis is 'Trolig urosepsis' in Bedömning")

C("ed-overrapportering-nattjour-susp-urosepsis", "vgr", "19470115-5931", "1947-01-15",
  [N("n1", "sahl", "Daganteckning", "Leila Karimi", "läkare", "2024-11-15 21:35", "2024-11-15 21:50", [
      ("Överrapportering", "Överrapporterar till nattjour Ahmed Ali kl 21.30. Feber och hypotension, susp. urosepsis hos pat med KAD. Fått 2 l Ringer och Cefotaxim. IVA-konsult om MAP under 65 trots vätska."),
  ])],
  [("NL102", "n1")], [],
  "one-paragraph handover note from day to night doctor with 'susp. urosepsis'")

C("ed-epikris-ava-bidiagnos-trolig-hjartsvikt", "skane", "19431211-3196", "1943-12-11",
  [N("n1", "hbg-ava", "Epikris", "Magnus Olsson", "läkare", "2024-11-16 10:15", "2024-11-16 11:00", [
      ("Diagnos", "Huvuddiagnos: Pneumoni hö underlob. Bidiagnos: Trolig hjärtsvikt, ej färdigutredd."),
      ("Vårdförlopp", "Inlagd på AVA i tre dygn med Bensylpenicillin iv, bytt till Kåvepenin per os igår. Afebril sedan 36 timmar. Under vårdtiden bensvullnad och NT-proBNP 2400, svarat bra på Furix."),
      ("Uppföljning", "Remiss för ekokardiografi skickad. Kontroll av vikt och elektrolyter på VC om en vecka."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "AVA discharge summary: 'Trolig hjärtsvikt' as bidiagnos in the visible Diagnos section")

C("ed-diagnos-sokord-uretarsten-fragetecken", "vgr", "19820416-4373", "1982-04-16",
  [N("n1", "skas", "Akutjournal läkare", "Tobias Lind", "läkare", "2024-11-16 03:00", "2024-11-16 04:10", [
      ("Anamnes", "Kolikartad smärta i hö flank sedan midnatt, mikroskopisk hematuri på sticka."),
      ("Status", "Dunköm hö, buken mjuk. Temp 36,9."),
      ("Diagnos", "Uretärsten hö? (N20.1)"),
      ("Planering", "Smärtfri efter Voltaren supp. DT urinvägar polikliniskt inom en vecka, hem med Diklofenak."),
  ])],
  [("NL102", "n1")], [],
  "question-marked diagnosis with ICD code under the visible sökord Diagnos")

C("ed-labbild-passar-med-ketoacidos", "skane", "19990724-8166", "1999-07-24",
  [N("n1", "trbg", "Akutanteckning läkare", "Emil Andersson", "läkare", "2024-11-16 14:50", "2024-11-16 16:30", [
      ("Aktuellt", "Typ 1-diabetiker sedan barndomen. Magsjuk sedan två dygn, har minskat insulindoserna för att han inte ätit."),
      ("Status", "Kussmaulandning, acetondoft. Torr, puls 118."),
      ("Lab", "Venös blodgas pH 7,12, BE -19, glukos 28,4, B-ketoner 5,8."),
      ("Bedömning", "Labbilden passar med diabetisk ketoacidos. Startar DKA-protokollet, insulininfusion och vätska. Inläggning medicin, IVA-konsult tillfrågad."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "'passar med' diabetisk ketoacidos: a clinician's hedge not on the list")

# ---------------------------------------------------------------------------
# Part 3: NL102 positives - protection by the wrong means, typos, draft, odd sections
# ---------------------------------------------------------------------------
C("ed-vgr-mallnamn-tidiga-hypoteser-men-sokord-bedomning", "vgr", "19510619-2841", "1951-06-19",
  [N("n1", "ostra-mava", "Tidiga hypoteser", "Patrik Jansson", "läkare", "2024-11-11 15:20", "2024-11-11 16:00", [
      ("Bedömning", "Hyperkalcemi 3,1, Hb 96 och kompressionsfraktur Th12 utan trauma. Misstänkt myelom, elfores och fria lätta kedjor skickade."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "VGR filters by sökord, not by template name: a note titled Tidiga hypoteser but written under sökord Bedömning is visible")

C("ed-skane-sokord-tidiga-hypoteser-i-akutanteckning", "skane", "19490328-3176", "1949-03-28",
  [N("n1", "malmo", "Akutanteckning läkare", "Jakob Persson", "läkare", "2024-11-11 11:05", "2024-11-11 12:20", [
      ("Aktuellt", "Smygande ikterus senaste två veckorna, klåda, ljus avföring och mörk urin. Gått ner 6 kg sedan sommaren."),
      ("Status", "Ikterisk i sklera och hud. Buk: Oöm, palpabel gallblåsa?"),
      ("Tidiga hypoteser", "Courvoisiers tecken. Misstänkt pankreascancer, DT pankreasprotokoll beställd."),
      ("Planering", "Inläggning kirurgen för utredning av ikterus."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "Skåne protects by template only: a section keyed 'Tidiga hypoteser' inside an ordinary Akutanteckning is visible")

C("ed-vgr-tidiga-hypoteser-upprepas-i-bedomning", "vgr", "19550110-4557", "1955-01-10",
  [N("n1", "skas", "Akutjournal läkare", "Sara Löfgren", "läkare", "2024-11-11 19:30", "2024-11-11 21:05", [
      ("Anamnes", "Hosta i tre månader, blodstrimmigt slem senaste veckan. Rökt 30 år, slutade 2015."),
      ("Status", "Pulm: Nedsatta andningsljud hö ovanfält. Sat 95 %."),
      ("Tidiga hypoteser", "Rtg: 4 cm rundad förändring hö ovanlob med hilusförstoring. Misstänkt lungcancer, behöver DT thorax/buk och bronkoskopi."),
      ("Bedömning", "Förändring i hö ovanlob, misstänkt malign. Remiss lungmottagningen för snabb utredning enligt SVF."),
  ])],
  [("NL102", "n1")], [],
  "hypothesis placed under protected sökord Tidiga hypoteser but repeated as 'misstänkt malign' in visible Bedömning")

C("ed-skane-th-anteckning-skyddar-inte-akutanteckningen", "skane", "19500905-4320", "1950-09-05",
  [N("n1", "ystad", "Tidiga hypoteser", "Mikael Strömberg", "läkare", "2024-11-12 10:40", "2024-11-12 10:55", [
      ("Bedömning", "Viktnedgång, anemi och järnbrist hos 74-åring. Misstänkt koloncancer, ej diskuterat med pat ännu."),
   ]),
   N("n2", "ystad", "Akutanteckning läkare", "Mikael Strömberg", "läkare", "2024-11-12 10:20", "2024-11-12 11:05", [
      ("Aktuellt", "Trötthet och andfåddhet vid promenad i en månad. Ingen synlig blödning."),
      ("Lab", "Hb 84, MCV 71, ferritin 6."),
      ("Bedömning", "Trolig järnbristanemi. Monofer 1000 mg iv på dagvårdsenheten, remiss gastroskopi och koloskopi."),
   ])],
  [("NL102", "n2")], [("NL102", "n1")],
  "a Skåne Tidiga hypoteser note (n1) is protected, but the ordinary ED note (n2) still states 'Trolig järnbristanemi'")

C("ed-typo-missankt-njurstensanfall", "skane", "19770213-5919", "1977-02-13",
  [N("n1", "trbg", "Akutanteckning läkare", "Alexander Roos", "läkare", "2024-11-12 23:30", "2024-11-13 00:45", [
      ("Aktuellt", "Akut insättande smärta vä flank som strålar mot pungen, kräkts. Haft njursten 2016."),
      ("Status", "Dunköm vä, ingen feber. Testiklar u.a."),
      ("Bedömning", "Missänkt njurstensanfall vä. Smärtlindrad med Toradol och Morfin. Remiss DT urinvägar."),
  ])],
  [("NL102", "n1")], [],
  "typo 'Missänkt' for misstänkt, njurstensanfall in visible Bedömning")

C("ed-typo-sannolkit-pneumoni", "vgr", "19870529-5080", "1987-05-29",
  [N("n1", "alingsas", "Akutjournal läkare", "Louise Berntsson", "läkare", "2024-11-13 16:15", "2024-11-13 17:00", [
      ("Anamnes", "Feber 39,5 och hosta sedan 4 dagar, hugg i hö sida vid djupandning."),
      ("Status", "AF 20, sat 96 %. Pulm: Bronkiell andning och rassel hö basalt. Temp 39,1."),
      ("Bedömning", "Sannolkit pneumoni hö underlob, CRB-65 = 0. Hem med Kåvepenin 1,6 g x 3 i sju dagar."),
  ])],
  [("NL102", "n1")], [],
  "typo 'Sannolkit' for sannolikt before pneumoni")

C("ed-typo-trolgit-diskbrack-l4-l5", "skane", "19840117-7756", "1984-01-17",
  [N("n1", "csk", "Akutanteckning läkare", "Nils Åkesson", "läkare", "2024-11-13 20:30", "2024-11-13 21:10", [
      ("Aktuellt", "Lyfte en tvättmaskin i förrgår, sedan dess ryggsmärta som strålar ned i vä ben till stortån. Inga blåsrubbningar."),
      ("Status", "Lasègue positivt vä vid 30 grader. Nedsatt kraft i stortåns dorsalflexion vä. Ridbyxeanestesi saknas, normal analtonus."),
      ("Bedömning", "Trolgit diskbråck L4-L5 vä med L5-påverkan. Inga tecken på cauda equina. Smärtlindring, remiss MR ländrygg och fysioterapeut."),
  ])],
  [("NL102", "n1")], [],
  "typo 'Trolgit' for troligt before diskbråck; the cauda equina mention is negated")

C("ed-typo-kan-ej-utselutas-nstemi", "vgr", "19620930-6114", "1962-09-30",
  [N("n1", "kungalv", "Akutjournal läkare", "Mattias Grahn", "läkare", "2024-11-14 10:10", "2024-11-14 12:35", [
      ("Anamnes", "Bröstsmärta vid promenad i morse som gick över efter 10 min vila. Diabetes, hyperlipidemi, far dog i hjärtinfarkt vid 58."),
      ("EKG", "SR 66, normal överledning, inga ST-förändringar."),
      ("Lab", "TnT 14 -> 22 på 3 timmar."),
      ("Bedömning", "NSTEMI kan ej utselutas med stigande troponin. Läggs in på hjärtavdelningen för fortsatt provtagning och kranskärlsröntgen."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "typo 'utselutas' in 'kan ej uteslutas' after NSTEMI; the father's infarction is family history")

C("ed-typo-differntialdiagnos-pankreatit", "skane", "19690402-0937", "1969-04-02",
  [N("n1", "hbg", "Akutanteckning läkare", "Rebecka Lind", "läkare", "2024-11-14 23:55", None, [
      ("Aktuellt", "Epigastriell smärta som strålar ut i ryggen sedan kvällen, kräkts flera gånger. Dricker en flaska vin om dagen enligt egen uppgift."),
      ("Status", "Öm i epigastriet utan défense. Temp 37,6, puls 102."),
      ("Lab", "P-Lipas 1,9 µkat/l, CRP 22, ASAT 64, ALAT 58."),
      ("Bedömning", "Gastrit? Differntialdiagnos pankreatit, lipas bara marginellt förhöjt. Ny lipas i morgon bitti, fastande över natten på AVA."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "typo 'Differntialdiagnos' before pankreatit, plus 'Gastrit?'")

C("ed-typo-fornelig-med-pneumoni-rtg-svar", "vgr", "19340711-2246", "1934-07-11",
  [N("n1", "nal", "Akutjournal läkare", "Anna-Karin Svensson", "läkare", "2024-11-15 02:40", "2024-11-15 05:00", [
      ("Aktuellt", "90-årig kvinna från särskilt boende med sänkt allmäntillstånd och feber sedan igår."),
      ("Röntgen", "Rtg pulm: Ny konsolidering i vä underlob, förnelig med pneumoni. Ingen pleuravätska."),
      ("Planering", "Bensylpenicillin 3 g x 3 iv. Inläggning geriatrik. Brytpunktssamtal med sonen imorgon."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "typo 'förnelig' for förenlig in a radiology answer quoted under visible sökord Röntgen")

C("ed-utkast-osignerat-misstankt-temporalisarterit", "skane", "19470803-1267", "1947-08-03",
  [N("n1", "lund", "Akutanteckning läkare", "Tove Ahlström", "läkare", "2024-11-15 16:40", None, [
      ("Aktuellt", "Nytillkommen tinninghuvudvärk hö sedan 2 veckor, käkklaudikation när hon tuggar, i morse dimsyn på höger öga i några minuter."),
      ("Status", "Förtjockad, ömmande a. temporalis hö med svag puls. Visus 1,0 bilat."),
      ("Bedömning", "Misstänkt temporalisarterit med amaurosis fugax. SR 78, CRP 64. Prednisolon 60 mg insatt direkt, ögonjour och reumatolog kontaktas."),
  ])],
  [("NL102", "n1")], [],
  "unsigned draft (pre-signing check): 'Misstänkt temporalisarterit' in Bedömning")

C("ed-mr-svar-talar-i-forsta-hand-for-spondylodiskit", "vgr", "19590118-3557", "1959-01-18",
  [N("n1", "sahl", "Akutjournal läkare", "Johan Kjellberg", "läkare", "2024-11-16 13:05", "2024-11-16 16:40", [
      ("Anamnes", "Dialyspatient med tilltagande ländryggssmärta i tre veckor, feber senaste dagarna."),
      ("Röntgen", "MR ländrygg: signalförändringar i diskutrymmet L3-L4 och angränsande kotkroppar, talar i första hand för spondylodiskit."),
      ("Bedömning", "Blododlingar x3, avvaktar antibiotika till biopsi om cirkulatoriskt stabil. Infektionskonsult imorgon."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "'talar i första hand för' spondylodiskit in a quoted MR answer under visible sökord Röntgen")

C("ed-hedge-i-status-ev-aortastenos", "skane", "19420621-2153", "1942-06-21",
  [N("n1", "hbg", "Akutanteckning läkare", "Kristoffer Ahl", "läkare", "2024-11-16 09:25", "2024-11-16 10:35", [
      ("Aktuellt", "Svimmade när han gick uppför trappan till tvättstugan. Var borta några sekunder, inga kramper."),
      ("Status", "Cor: Systoliskt ejektionsblåsljud 3/6 med max över aortaområdet, fortleds till halsen, ev. aortastenos. BT 122/70."),
      ("Planering", "Telemetri, eko imorgon, inläggning kardiologen."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "the hedged diagnosis ('ev. aortastenos') stands in the visible Status, not in Bedömning")

C("ed-telefonkontakt-mojlig-orbital-cellulit", "vgr", "19930304-1280", "1993-03-04",
  [N("n1", "molndal", "Telefonkontakt", "Cecilia Ström", "läkare", "2024-11-16 18:20", "2024-11-16 18:30", [
      ("Telefonkontakt", "Pat ringer tillbaka dagen efter besöket för bihåleinflammation. Nu tilltagande svullnad och rodnad runt vä öga, ont att röra ögat, dubbelseende. Möjlig orbital cellulit, uppmanas komma in direkt till ögonakuten."),
  ])],
  [("NL102", "n1")], [],
  "Telefonkontakt note, single sökord: 'Möjlig orbital cellulit'")

C("ed-en-rad-trolig-bppv", "vgr", "19610822-0861", "1961-08-22",
  [N("n1", "molndal", "Akutjournal läkare", "Hugo Ljung", "läkare", "2024-11-17 11:45", "2024-11-17 11:50", [
      ("Bedömning", "Trolig BPPV bakre båggången hö, Epleys manöver med god effekt, hem."),
  ])],
  [("NL102", "n1")], [],
  "one-line note: 'Trolig BPPV' in Bedömning")

# ---------------------------------------------------------------------------
# Part 4: NL102 negatives - negation, family history, non-diagnostic hedges
# ---------------------------------------------------------------------------
C("ed-ottawa-negativ-ingen-misstanke-om-fraktur", "skane", "19971104-5428", "1997-11-04",
  [N("n1", "lund-ort", "Akutanteckning läkare", "Linnea Dahlberg", "läkare", "2024-11-11 12:40", None, [
      ("Aktuellt", "Vrickade vä fotled på innebandyträningen igår kväll, inversionsvåld. Kunde gå till bilen."),
      ("Status", "Svullnad och ömhet framför laterala malleolen. Ej öm över malleolspetsar, os naviculare eller basen av MT V. Går fyra steg."),
      ("Bedömning", "Ottawa-reglerna negativa, ingen misstanke om fraktur. Distorsion vä fotled. Stödförband, avlastning med kryckor några dagar."),
  ])],
  [], [("NL102", "n1")],
  "'ingen misstanke om fraktur' is negated; the remaining diagnosis (distorsion) is confirmed")

C("ed-dt-utan-embolier-lungemboli-uteslutes", "vgr", "19830807-2662", "1983-08-07",
  [N("n1", "sahl", "Besöksanteckning akut", "Oscar Blom", "läkare", "2024-11-11 17:30", "2024-11-11 20:45", [
      ("Anamnes", "Stickande bröstsmärta hö sida sedan igår, värre vid rörelse och djupandning. Opererad för menisk för tre veckor sedan."),
      ("Status", "Palpationsöm över revbensbrosk 4-5 hö. Sat 99 %, puls 74."),
      ("Utredning", "D-dimer 0,9. DT lungartärer utan embolier."),
      ("Bedömning", "Lungemboli uteslutes. Bröstsmärtan bedöms som muskuloskeletal, Tietzes syndrom. Ipren v.b., hem."),
  ])],
  [], [("NL102", "n1")],
  "'Lungemboli uteslutes' after a normal DT; the final diagnosis is stated without hedge")

C("ed-yrsel-inga-tecken-pa-stroke", "skane", "19640229-3804", "1964-02-29",
  [N("n1", "csk", "Akutbesök", "Axel Bengtsson", "läkare", "2024-11-11 20:50", "2024-11-11 23:30", [
      ("Aktuellt", "Kraftig rotatorisk yrsel sedan i morse, kräks vid huvudrörelser. Förkyld förra veckan."),
      ("Status", "Horisontell nystagmus åt vänster, positivt head impulse test åt höger, ingen skew deviation. Går med stöd. Övrigt neurologstatus u.a."),
      ("Bedömning", "HINTS perifert mönster, inga tecken på stroke. Vestibularisneurit hö. Postafen, tidig mobilisering, hem med sambo."),
  ])],
  [], [("NL102", "n1")],
  "'inga tecken på stroke' is negated; vestibularisneurit is stated as settled")

C("ed-normalt-crp-talar-emot-appendicit", "vgr", "20030119-2423", "2003-01-19",
  [N("n1", "ostra", "Akutjournal läkare", "Julia Engström", "läkare", "2024-11-12 09:15", None, [
      ("Anamnes", "21-årig kvinna med diffus buksmärta i två dagar. Ingen avföring på fem dagar. Senaste mens för två veckor sedan, U-hCG negativt."),
      ("Status", "Buk mjuk, lätt öm i vä fossa, ingen släppömhet, ej öm i hö fossa. Afebril."),
      ("Bedömning", "Mjuk buk och CRP under 5 talar emot appendicit. Förstoppning. Movicol, hem, åter om det inte släpper."),
  ])],
  [], [("NL102", "n1")],
  "'talar emot appendicit' is a negation, not a hedge; förstoppning is affirmed")

C("ed-sab-avskrivs-efter-normal-lumbalpunktion", "skane", "19750912-4082", "1975-09-12",
  [N("n1", "lund", "Akutanteckning läkare", "Erika Lundqvist", "läkare", "2024-11-12 14:55", "2024-11-12 16:20", [
      ("Aktuellt", "Plötslig svår huvudvärk vid samlag igår kväll, nu bättre. DT hjärna i natt utan blödning."),
      ("Utredning", "LP kl 13: klar likvor, 0 erytrocyter, bilirubin i likvor negativt, öppningstryck 16 cm H2O."),
      ("Bedömning", "SAB avskrivs. Primär sexuell huvudvärk. Information om att den kan återkomma, Naproxen före samlag kan prövas."),
  ])],
  [], [("NL102", "n1")],
  "'SAB avskrivs' after normal lumbalpunktion; the settled diagnosis carries no hedge")

C("ed-influensa-ingen-hallpunkt-for-sepsis", "vgr", "19720305-3090", "1972-03-05",
  [N("n1", "sas", "Akutjournal läkare", "Peter Holmqvist", "läkare", "2024-11-12 21:10", "2024-11-12 22:05", [
      ("Kontaktorsak", "Feber och muskelvärk, hänvisad av 1177 pga andfåddhet."),
      ("Anamnes", "52-årig man, lastbilschaufför, gift och har två vuxna barn. Röker inte, alkohol måttligt. Tidigare frisk förutom välbehandlad hypertoni och en knäartroskopi 2015. Insjuknade plötsligt igår eftermiddag med frossa, feber upp till 40,1, uttalad muskelvärk i rygg och lår samt torrhosta. Frun hade samma symtom förra veckan och är nu på bättringsvägen. Idag känt sig andfådd när han gick uppför trappan, vilket oroade honom. Inga bröstsmärtor, ingen hemoptys, inga buksymtom. Har druckit ordentligt och kissat som vanligt. Inte vaccinerad mot säsongsinfluensa i år."),
      ("Läkemedel", "Enalapril 10 mg 1x1. Tog Alvedon 1 g senast kl 14."),
      ("Status", "AT: Febervarm, trött men lättväckt och adekvat. Temp 39,4, puls 96, BT 130/80, AF 18, sat 97 % på luft. Mun/svalg: Lätt rodnad, inga beläggningar. Lnn: Inga förstorade på halsen. Cor: Regelbunden rytm, inga blåsljud, HF 96. Pulm: Vesikulära andningsljud bilat utan rassel eller dämpning. Buk: Mjuk och oöm. Hud: Inga utslag. Neuro: Ingen nackstelhet."),
      ("Lab", "Influensa A PCR positiv. CRP 24, LPK 6,1, Hb 148, Na 138, K 4,0, krea 88, laktat 1,1."),
      ("Röntgen", "Rtg pulm: Inga infiltrat, ingen pleuravätska."),
      ("Bedömning", "Influensa A med hög feber hos en i övrigt frisk man. Andfåddheten förklaras av feber och myalgi, normal saturation och ingen andningspåverkan i vila. Ingen hållpunkt för sepsis eller bakteriell pneumoni. Tamiflu ej indicerat då han inte tillhör någon riskgrupp."),
      ("Planering", "Hem med febernedsättande, vila och rikligt med dryck. Sjukskriven en vecka och ska inte köra lastbil med feber. Åter vid andningsbesvär, bröstsmärta eller om febern inte släpper inom fem dagar."),
  ])],
  [], [("NL102", "n1")],
  "long chart: confirmed influensa; 'Ingen hållpunkt för sepsis eller bakteriell pneumoni' is the only near-hedge and it is negated")

C("ed-hereditet-mor-trolig-alzheimer", "skane", "19540126-4865", "1954-01-26",
  [N("n1", "ystad", "Akutanteckning läkare", "Gunnar Pålsson", "läkare", "2024-11-12 11:30", "2024-11-12 12:45", [
      ("Aktuellt", "Svimmade i kön på Systembolaget efter att ha stått länge i värmen inne i butiken. Kände yrsel och illamående före, återhämtade sig direkt."),
      ("Hereditet", "Mor hade trolig Alzheimer i 80-årsåldern, morbror Parkinsons sjukdom."),
      ("Status", "Ortostatiskt BT utan fall. EKG SR 64, normalt QTc."),
      ("Bedömning", "Vasovagal synkope. Ingen ytterligare utredning, hem."),
  ])],
  [], [("NL102", "n1")],
  "hedged diagnosis belongs to the mother (Hereditet: 'trolig Alzheimer'), not to the patient")

C("ed-far-misstankt-rupturerat-aneurysm-lumbago", "vgr", "19660707-1336", "1966-07-07",
  [N("n1", "skas", "Akutjournal läkare", "Lars Wennberg", "läkare", "2024-11-13 09:40", "2024-11-13 10:25", [
      ("Anamnes", "Akut ländryggsvärk när han lyfte en säck cement i morse. Ingen utstrålning. Oroar sig eftersom pappan dog plötsligt vid 64 års ålder av misstänkt rupturerat bukaortaaneurysm."),
      ("Status", "Paravertebral muskelömhet L3-L5 bilat. Lasègue neg. Bedside-UL aorta 1,9 cm."),
      ("Bedömning", "Lumbago. Normalvid aorta på UL. Rörelse, Alvedon och Ipren, sjukskriven en vecka."),
  ])],
  [], [("NL102", "n1")],
  "'misstänkt rupturerat bukaortaaneurysm' is the father's cause of death, not the patient's diagnosis")

C("ed-ev-remiss-handkirurg-plan", "skane", "19900518-5971", "1990-05-18",
  [N("n1", "hbg", "Journalanteckning", "Martin Ekström", "läkare", "2024-11-13 14:20", "2024-11-13 14:50", [
      ("Aktuellt", "Föll i slalombacken i Kullaberg med stavremmen runt tummen i söndags."),
      ("Status", "Svullnad och ömhet ulnart över vä tummes MCP-led, stabil vid valgusstress i 30 graders flexion."),
      ("Röntgen", "Rtg vä tumme utan fraktur eller avulsion."),
      ("Bedömning", "Distorsion av vä tummes ulnara kollateralligament. Tumskena i tre veckor. Ev. remiss till handkirurg vid kvarstående instabilitet vid återbesök."),
  ])],
  [], [("NL102", "n1")],
  "'Ev. remiss' hedges a plan, not a diagnosis")

C("ed-ava-trolig-hemgang-imorgon", "vgr", "19570513-4715", "1957-05-13",
  [N("n1", "skas-ava", "Daganteckning", "Simon Ljungberg", "läkare", "2024-11-13 16:00", "2024-11-13 16:20", [
      ("Aktuellt", "Blödande duodenalsår som åtgärdades endoskopiskt i går med klips och adrenalin. Ingen ny melena, Hb 102 -> 104."),
      ("Planering", "Nexium iv byts till tabletter. Trolig hemgång imorgon förmiddag om Hb är stabilt, sedan gastroskopikontroll om åtta veckor."),
  ], setting="slutenvård")],
  [], [("NL102", "n1")],
  "'Trolig hemgång imorgon' hedges a discharge plan; the ulcer itself is confirmed")

C("ed-kontusion-kna-eventuellt-rontgen-senare", "skane", "19860930-6603", "1986-09-30",
  [N("n1", "trbg", "Akutanteckning läkare", "Sofie Jönsson", "läkare", "2024-11-13 19:05", "2024-11-13 19:30", [
      ("Aktuellt", "Slog hö knä mot en bordskant på jobbet. Går utan problem men det är ömt."),
      ("Status", "Lokal ömhet och liten svullnad framför patella, full ROM, ligamentärt stabil, ingen hydrops."),
      ("Bedömning", "Kontusion hö knä. Eventuellt rtg knä om inte bättre om en vecka, kontakt då med VC."),
  ])],
  [], [("NL102", "n1")],
  "'Eventuellt rtg' hedges an examination; kontusion is affirmed")

C("ed-tonsillit-eventuellt-feber-i-forrgar", "vgr", "19951221-3845", "1995-12-21",
  [N("n1", "alingsas", "Akutbesök läkare", "Moa Edlund", "läkare", "2024-11-14 10:50", "2024-11-14 11:20", [
      ("Anamnes", "Halsont sedan tre dagar. Eventuellt lite feber i förrgår, har inte mätt. Ingen hosta."),
      ("Status", "Beläggningar på båda tonsillerna, ömmande käkvinkelkörtlar. Temp 38,2. Ingen trismus."),
      ("Bedömning", "Strep A positiv tonsillit, Centor 4. Kåvepenin 1 g x 3 i tio dagar."),
  ])],
  [], [("NL102", "n1")],
  "'Eventuellt lite feber' hedges a symptom; tonsillit is confirmed by a positive test")

C("ed-reflux-mojligen-lat-omhet-epigastriet", "skane", "19810811-5588", "1981-08-11",
  [N("n1", "malmo", "Läkaranteckning", "Daniel Cohen", "läkare", "2024-11-14 00:35", "2024-11-14 04:05", [
      ("Aktuellt", "Sveda bakom bröstbenet efter sen middag, sur smak i munnen, värre i liggande."),
      ("Status", "Möjligen lätt ömhet i epigastriet, i övrigt mjuk buk. Cor: RR utan blåsljud, HF 70."),
      ("Lab", "TnT <5 ng/l x2 med tre timmars mellanrum. EKG normalt."),
      ("Bedömning", "Refluxbesvär. Omeprazol 20 mg i fyra veckor, höjd huvudända."),
  ])],
  [], [("NL102", "n1")],
  "'Möjligen lätt ömhet' hedges a status finding, not a diagnosis")

C("ed-sarkontroll-vid-feber-sok-igen", "vgr", "19680424-1930", "1968-04-24",
  [N("n1", "nal", "Läkaranteckning akutmottagningen", "Fatima Yusuf", "läkare", "2024-11-14 13:20", "2024-11-14 13:45", [
      ("Anamnes", "Opererad för ljumskbråck hö i förra veckan, orolig för att såret blivit rött."),
      ("Status", "Väl läkt operationssår, lätt rodnad kring en stygnkanal utan värmeökning, ingen vätskning eller fluktuation."),
      ("Bedömning", "Normal sårläkning. Vid feber över 38,5, frossa eller tilltagande rodnad, sök akut igen."),
  ])],
  [], [("NL102", "n1")],
  "conditional safety-net advice ('Vid feber ... sök akut igen') names no hedged diagnosis")

C("ed-buksmarta-om-vandrar-maste-appendicit-overvagas", "skane", "20020814-4287", "2002-08-14",
  [N("n1", "lund", "Akutanteckning läkare", "Isak Holmgren", "läkare", "2024-11-14 22:20", "2024-11-14 23:50", [
      ("Aktuellt", "Periumbilikal buksmärta i sex timmar, ingen feber, inget illamående. Åt kebab till lunch."),
      ("Status", "Buk mjuk, diffust lätt öm periumbilikalt, ingen släppömhet, ej öm i hö fossa."),
      ("Lab", "CRP 3, LPK 7,1."),
      ("Bedömning", "Ospecifik buksmärta med normala prover. Hem. Informerad om att om smärtan vandrar ned mot höger fossa måste appendicit övervägas och han ska då söka igen direkt."),
  ])],
  [], [("NL102", "n1")],
  "appendicit is mentioned only in a conditional safety-net instruction, not as a current hypothesis")

# ---------------------------------------------------------------------------
# Part 5: NL102 negatives - confirmed diagnoses, PMO, protected places, look-alikes
# ---------------------------------------------------------------------------
C("ed-bekraftad-distal-radiusfraktur-reposition", "vgr", "19460328-5026", "1946-03-28",
  [N("n1", "molndal", "Akutjournal läkare", "Viktoria Sundin", "läkare", "2024-11-14 11:10", "2024-11-14 13:15", [
      ("Anamnes", "Halkade på våta löv och tog emot sig med vänster hand."),
      ("Röntgen", "Distal radiusfraktur vä med dorsal felställning 20 grader, ulnara styloiden avulserad."),
      ("Åtgärd", "Reposition i hematomblockad, dorsal gipsskena. Kontrollröntgen efter reposition godtagbar."),
      ("Planering", "Ny rtg om en vecka på ortopedmottagningen, Alvedon och Ipren v.b."),
  ])],
  [], [("NL102", "n1")],
  "radiologically confirmed fracture, no hedge anywhere in the note")

C("ed-bekraftad-inferior-stemi-pci-larm", "skane", "19580913-6137", "1958-09-13",
  [N("n1", "lund", "Akutanteckning läkare", "Robert Mattsson", "läkare", "2024-11-15 03:05", "2024-11-15 04:00", [
      ("Aktuellt", "Central bröstsmärta med utstrålning mot käken sedan kl 02, kallsvettig. Rökare."),
      ("EKG", "ST-höjningar i II, III och aVF med reciproka sänkningar i I och aVL."),
      ("Bedömning", "Inferior STEMI. PCI-larm kl 03.12, laddad med Trombyl och Brilique, direkt till PCI-lab."),
  ], setting="slutenvård")],
  [], [("NL102", "n1")],
  "confirmed STEMI sent to PCI: affirmed diagnosis, not a hypothesis")

C("ed-pmo-narakut-misstankt-borrelia", "skane", "19730608-2467", "1973-06-08",
  [N("n1", "pmo-landskrona", "Jourbesök", "Stina Wahlgren", "läkare", "2024-11-11 18:40", "2024-11-11 19:00", [
      ("Aktuellt", "Fästingbett på vä lår i oktober, nu en växande rodnad runt bettstället."),
      ("Status", "Ringformad rodnad 8 cm med central blekhet, inga allmänsymtom."),
      ("Bedömning", "Misstänkt erythema migrans. Doxycyklin 100 mg 1x2 i tio dagar."),
  ])],
  [], [("NL102", "n1")],
  "PMO (Närakuten Landskrona) never shows diagnoses: 'Misstänkt erythema migrans' does not fire")

C("ed-pmo-trolig-cystit-jourmottagning", "skane", "19920721-4843", "1992-07-21",
  [N("n1", "pmo-eslov", "Telefonrådgivning", "Anneli Hansson", "sjuksköterska", "2024-11-12 08:20", "2024-11-12 08:30", [
      ("Telefonkontakt", "Sveda och täta trängningar sedan igår, ingen feber eller flanksmärta, inte gravid. Trolig okomplicerad cystit enligt ordination från jourläkaren, Selexid 200 mg 1x3 i tre dagar skickat till apoteket."),
  ])],
  [], [("NL102", "n1")],
  "PMO nurse telephone note with 'Trolig okomplicerad cystit': PMO never shows diagnoses")

C("ed-pmo-dvt-kan-ej-uteslutas-remitteras-akuten", "skane", "19790804-5243", "1979-08-04",
  [N("n1", "pmo-sjobo", "Läkarbesök", "Björn Hedlund", "läkare", "2024-11-12 15:15", "2024-11-12 15:40", [
      ("Aktuellt", "Svullnad hö underben i tre dagar efter gipsbehandling av fotledsfraktur."),
      ("Status", "Hö vad 2,5 cm grövre, pittingödem."),
      ("Bedömning", "DVT kan ej uteslutas. D-dimer ej möjligt här ikväll, remitteras till akutmottagningen i Ystad för UL."),
  ])],
  [], [("NL102", "n1")],
  "vårdcentral (PMO) referral to the ED with 'DVT kan ej uteslutas': PMO never shows diagnoses")

C("ed-pmo-angelholm-susp-pneumoni-hem", "skane", "19600130-3897", "1960-01-30",
  [N("n1", "pmo-angelholm", "Jourbesök", "Karl Wester", "läkare", "2024-11-16 12:30", "2024-11-16 13:05", [
      ("Aktuellt", "Hosta och feber i fem dagar, tungt att andas i trappor."),
      ("Status", "Temp 38,3, sat 95 %, AF 18. Rassel vä basalt."),
      ("Bedömning", "Susp pneumoni vä. CRP 89. Doxyferm, telefonkontakt på fredag."),
  ])],
  [], [("NL102", "n1")],
  "PMO närakut note with 'Susp pneumoni': PMO diagnoses are never shown")

C("ed-pmo-typo-dd-njurstensanfal", "skane", "19850625-9178", "1985-06-25",
  [N("n1", "pmo-hassleholm", "Jourbesök", "Elsa Norén", "läkare", "2024-11-17 10:10", "2024-11-17 10:35", [
      ("Aktuellt", "Hugg i vä flank sedan i morse, strålar ned mot ljumsken. Blod på urinsticka."),
      ("Bedömning", "Njurkolik, DD njurstensanfal vs pyelonefrit utan feber. Voltaren 50 mg, hänvisas till akuten i Kristianstad om smärtan inte släpper."),
  ])],
  [], [("NL102", "n1")],
  "PMO note with 'DD' and a typo ('njurstensanfal'): PMO never shows diagnoses")

C("ed-skane-th-mall-misstankt-demens", "skane", "19410505-2262", "1941-05-05",
  [N("n1", "hbg-ava", "Tidiga hypoteser", "Åsa Lindström", "läkare", "2024-11-13 11:20", "2024-11-13 11:35", [
      ("Bedömning", "Under vårdtiden påtagliga minnesluckor och svårt att klara läkemedelshantering. Misstänkt begynnande demens, bör utredas på minnesmottagningen när det akuta har lagt sig."),
  ], setting="slutenvård")],
  [], [("NL102", "n1")],
  "Skåne: hypothesis written in the protected template Tidiga hypoteser")

C("ed-vgr-th-sokord-resten-bekraftat", "vgr", "19530216-0592", "1953-02-16",
  [N("n1", "sas", "Akutjournal läkare", "Henrik Sjöstrand", "läkare", "2024-11-13 22:05", "2024-11-14 00:10", [
      ("Anamnes", "Feber och frossa sedan igår, sveda vid miktion."),
      ("Lab", "CRP 160, PSA 48, u-sticka nitrit pos."),
      ("Tidiga hypoteser", "PSA 48 kan bero på infektionen men prostatacancer kan ej uteslutas. Nytt PSA efter utläkning."),
      ("Bedömning", "Febril UVI hos man. Ciprofloxacin i två veckor, ny PSA-kontroll på VC om tre månader."),
  ])],
  [], [("NL102", "n1")],
  "VGR: the hedged cancer question sits only under sökord Tidiga hypoteser; the visible diagnosis (febril UVI) is affirmed")

C("ed-typo-ingen-missanke-om-dvt", "skane", "19890915-3424", "1989-09-15",
  [N("n1", "trbg", "Akutanteckning läkare", "Adam Nordin", "läkare", "2024-11-14 15:40", "2024-11-14 16:05", [
      ("Aktuellt", "Ont i hö vad sedan löprundan i söndags, kände ett knäpp."),
      ("Status", "Lokaliserad ömhet i mediala gastrocnemius, ingen svullnad, samma vadomfång bilat."),
      ("Bedömning", "Partiell bristning i mediala gastrocnemius. Ingen missanke om DVT. Kompression, avlastning, succesiv återgång till löpning."),
  ])],
  [], [("NL102", "n1")],
  "typo in a negation ('Ingen missanke om DVT'): still negated")

C("ed-ul-inte-forenlig-med-kolecystit", "vgr", "19780828-1047", "1978-08-28",
  [N("n1", "kungalv", "Akutjournal läkare", "Ylva Magnusson", "läkare", "2024-11-15 10:05", "2024-11-15 12:15", [
      ("Anamnes", "Smärta under hö arcus efter fet måltid igår, nu nästan borta. Kända gallstenar."),
      ("Ultraljud", "Multipla konkrement, tunn gallblåsevägg, ingen perivesikal vätska. Bilden är inte förenlig med kolecystit."),
      ("Bedömning", "Gallstensanfall som gått över. Står redan på väntelista för kolecystektomi."),
  ])],
  [], [("NL102", "n1")],
  "'inte förenlig med kolecystit' negates the hedge phrase; gallsten is known")

C("ed-troponin-normalt-x2-nstemi-kan-uteslutas", "skane", "19700122-6716", "1970-01-22",
  [N("n1", "malmo", "Akutbesök", "Omar Said", "läkare", "2024-11-15 19:20", "2024-11-15 22:55", [
      ("Aktuellt", "Tryck i bröstet under ett gräl på jobbet, varade 15 min."),
      ("Lab", "TnT 6 och 7 ng/l med 3 timmars intervall."),
      ("Bedömning", "Med normalt troponin x2 kan NSTEMI uteslutas. Låg risk enligt HEART-score 2. Hem, arbets-EKG via VC om besvären återkommer."),
  ])],
  [], [("NL102", "n1")],
  "'kan uteslutas' (without 'ej') rules NSTEMI out")

C("ed-fragetecken-pa-debut-herpes-zoster", "vgr", "19480410-3408", "1948-04-10",
  [N("n1", "alingsas", "Akutjournal läkare", "Pontus Ahlberg", "läkare", "2024-11-16 08:45", "2024-11-16 09:10", [
      ("Anamnes", "Brännande smärta runt vä bröstkorgshalva, blåsor sedan igår. Smärtdebut i förrgår? Pat osäker."),
      ("Status", "Grupperade vesiklar på rodnad botten i dermatom Th6 vä, respekterar medellinjen."),
      ("Bedömning", "Herpes zoster Th6 vä. Valaciklovir 1 g x 3 i sju dagar, Alvedon."),
  ])],
  [], [("NL102", "n1")],
  "the '?' marks an uncertain onset date, not a diagnosis; herpes zoster is affirmed")

# ---------------------------------------------------------------------------
# Part 6: NL102 look-alike negatives; NL101 positives begin
# ---------------------------------------------------------------------------
C("ed-trolig-orsak-halkade-pa-isen", "skane", "19390214-0601", "1939-02-14",
  [N("n1", "ystad", "Akutanteckning läkare", "Elisabet Kronqvist", "läkare", "2024-11-16 10:40", "2024-11-16 12:50", [
      ("Aktuellt", "Föll på trottoaren utanför porten i morse och tog emot sig med hö arm. Trolig orsak till fallet är att hon halkade på isen, ingen föregående yrsel eller bröstsmärta."),
      ("Röntgen", "Okomplicerad fraktur i hö collum chirurgicum humeri utan felställning."),
      ("Bedömning", "Proximal humerusfraktur hö. Collar'n'cuff, återbesök ortopedmottagningen om tio dagar."),
  ])],
  [], [("NL102", "n1")],
  "'Trolig orsak' hedges the fall mechanism, not a diagnosis; the fracture is confirmed")

C("ed-fragestallning-fran-pat-flyga-sinuit", "vgr", "19871102-1884", "1987-11-02",
  [N("n1", "kungalv", "Besöksanteckning akut", "Linda Persson", "läkare", "2024-11-16 15:30", "2024-11-16 15:55", [
      ("Anamnes", "Tre veckors förkylning, nu ensidig värk över vä kind och varig snuva. Frågeställning från pat: kan hon flyga till Kanarieöarna på lördag?"),
      ("Status", "Ömhet över vä maxillarsinus, purulent sekret i näsan. Temp 38,0."),
      ("Bedömning", "Akut bakteriell sinuit vä. Amoxicillin i tio dagar, nässpray med avsvällande. Flyget går bra med avsvällande före start och landning."),
  ])],
  [], [("NL102", "n1")],
  "'Frågeställning' here is the patient's question about flying, not a diagnostic question")

C("ed-hypoglykemi-oklart-om-tagit-morgontabletter", "skane", "19440730-3041", "1944-07-30",
  [N("n1", "csk", "Akutanteckning läkare", "Johan Thorsson", "läkare", "2024-11-16 11:50", "2024-11-16 13:15", [
      ("Aktuellt", "Hittad omtöcknad av grannen, ambulansen mätte glukos 2,1. Insulinbehandlad typ 2-diabetiker som även tar Glimepirid. Oklart om han tagit sina morgontabletter två gånger, dosetten är tom."),
      ("Status", "Vaken och adekvat efter glukos iv. Glukos nu 8,4."),
      ("Bedömning", "Hypoglykemi hos sulfonylureabehandlad diabetiker. Observation över natten med glukoskontroller varje timme. Glimepirid sätts ut."),
  ], setting="slutenvård")],
  [], [("NL102", "n1")],
  "'Oklart om' hedges whether the tablets were taken, not a diagnosis; hypoglykemi is affirmed")

C("ed-utredd-for-misstankt-ms-avskrevs", "vgr", "19920923-3064", "1992-09-23",
  [N("n1", "sahl", "Akutjournal läkare", "Filippa Rydén", "läkare", "2024-11-17 09:20", "2024-11-17 10:30", [
      ("Anamnes", "Pulserande halvsidig huvudvärk sedan igår med ljuskänslighet och illamående, som hennes vanliga migränattacker fast längre. Utreddes 2021 på neurologen för misstänkt MS, avskrevs efter normal MR och likvor."),
      ("Status", "Neurologiskt utan fokala fynd, inga meningitiska tecken."),
      ("Bedömning", "Migrän utan aura, långdragen attack. Inj. Sumatriptan och Primperan iv med god effekt."),
  ])],
  [], [("NL102", "n1")],
  "past hypothesis ('misstänkt MS') was ruled out ('avskrevs'); current migraine is affirmed")

C("ed-dissektion-och-lungemboli-overvagda-avskrivna", "skane", "19650517-7151", "1965-05-17",
  [N("n1", "lund", "Akutanteckning läkare", "Marcus Lindh", "läkare", "2024-11-17 01:45", "2024-11-17 05:10", [
      ("Aktuellt", "Kraftig bröstsmärta som strålar mot ryggen efter att ha burit ved hela eftermiddagen."),
      ("Utredning", "DT-angio aorta och lungartärer utan dissektion eller embolier. TnT 8."),
      ("Bedömning", "Lungemboli och aortadissektion har övervägts men avskrivits efter normal DT-angio. Muskulär bröstsmärta, hem med NSAID."),
  ])],
  [], [("NL102", "n1")],
  "considered diagnoses explicitly dismissed ('övervägts men avskrivits') do not count as open hypotheses")

C("ed-syster-misstankt-celiaki-gastroenterit", "vgr", "19990315-5027", "1999-03-15",
  [N("n1", "ostra", "Akutjournal läkare", "Kevin Nilsson", "läkare", "2024-11-17 14:10", "2024-11-17 15:00", [
      ("Anamnes", "Kräkningar och diarré sedan igår efter personalfest där flera blev sjuka. Hereditet: syster utreds för misstänkt celiaki."),
      ("Status", "Lätt dehydrerad, buk mjuk."),
      ("Lab", "Calicivirus påvisat i feces-PCR."),
      ("Bedömning", "Akut gastroenterit orsakad av calicivirus. Vätska per os, hem."),
  ])],
  [], [("NL102", "n1")],
  "the sister's suspected celiaki is family history; the patient's gastroenteritis is confirmed")

C("ed-dt-levermetastaser-pat-ej-informerad", "skane", "19520427-3386", "1952-04-27",
  [N("n1", "lund", "Läkaranteckning", "Victor Engdahl", "läkare", "2024-11-11 16:20", "2024-11-11 19:40", [
      ("Kontaktorsak", "Tryck under höger arcus och viktnedgång, remitterad från vårdcentralen."),
      ("Anamnes", "72-årig man, pensionerad snickare, bor med frun i villa utanför Lund. Tidigare hypertoni och en TIA 2019, i övrigt frisk. Sedan en månad molande tryck under höger revbensbåge utan relation till måltider. Gått ner 8 kg sedan i somras utan att ha försökt. Nedsatt aptit och tröttare än vanligt. Avföringsvanor oförändrade, ingen synlig blödning. Ingen feber, inga nattsvettningar. Vårdcentralen fann stegrade leverprover förra veckan och skickade en remiss hit."),
      ("Läkemedel", "Trombyl 75 mg, Enalapril 20 mg, Atorvastatin 40 mg."),
      ("Status", "AT: Gott men något avmagrad. Ej ikterisk. Temp 36,8, puls 76, BT 142/86, sat 98 %. Cor: Regelbunden rytm utan blåsljud. Pulm: Vesikulärt bilat. Buk: Leverkant palpabel tre fingerbredder under hö arcus, knölig och lätt öm, ingen ascites. Lnn: Ingen palpabel supraklavikulär körtel."),
      ("Lab", "Hb 118, CRP 31, ALP 6,8, GT 4,2, bilirubin 19, ALAT 0,9, albumin 31, PK-INR 1,1, CEA 48."),
      ("Röntgen", "DT thorax-buk: multipla levermetastaser i båda leverloberna, största 6 cm i segment 7. Primärtumör ej säkert identifierad. Inga lungmetastaser."),
      ("Bedömning", "Levermetastaser med okänd primärtumör. Pat ej informerad om DT-fyndet ännu, besked ges av kirurgen på vårdavdelningen imorgon. Inläggning kirurgen."),
      ("Planering", "Koloskopi och gastroskopi under vårdtiden, fallet tas upp på levermötet. Frun kommer in imorgon förmiddag."),
  ], setting="slutenvård")],
  [("NL101", "n1")], [],
  "long admission chart: confirmed metastases in visible Bedömning while 'Pat ej informerad om DT-fyndet ännu'")

C("ed-lungtumor-anhoriga-informerade-pat-sjalv-ej", "vgr", "19410918-1950", "1941-09-18",
  [N("n1", "sahl", "Läkaranteckning akutmottagningen", "Rebecca Falk", "läkare", "2024-11-11 23:10", "2024-11-12 01:30", [
      ("Anamnes", "83-årig man med hosta, viktnedgång och nu hemoptys."),
      ("Röntgen", "DT thorax: 6 cm tumör centralt i hö lunga med överväxt på mediastinum och multipla levermetastaser."),
      ("Bedömning", "Avancerad lungcancer. Sonen och dottern är informerade på deras begäran, pat själv ännu ej – han var för trött i kväll. Inläggning lungmedicin."),
  ], setting="slutenvård")],
  [("NL101", "n1")], [],
  "relatives told, the patient himself not yet: the diagnosis is still uncommunicated to the patient")

C("ed-far-ej-informeras-fore-mdk", "vgr", "19690630-4263", "1969-06-30",
  [N("n1", "nal", "Akutjournal läkare", "Mohammed Rahimi", "läkare", "2024-11-12 12:50", "2024-11-12 14:30", [
      ("Anamnes", "Dysfagi för fast föda i två månader."),
      ("Utredning", "Akut gastroskopi: cirkulär tumör i distala esofagus, biopsier tagna."),
      ("Bedömning", "Esofaguscancer. Enligt överenskommelse med kirurgen får pat inte informeras om diagnosen förrän efter MDK på torsdag, då kontaktsjuksköterskan är med."),
  ])],
  [("NL101", "n1")], [],
  "the text says the patient must not be told before the MDK, while the cancer is written in visible Bedömning")

# ---------------------------------------------------------------------------
# Part 7: NL101 positives
# ---------------------------------------------------------------------------
C("ed-hiv-konfirmerat-pat-ej-informerad", "skane", "19940109-3555", "1994-01-09",
  [N("n1", "malmo", "Akutanteckning läkare", "Sebastian Kraft", "läkare", "2024-11-12 17:30", None, [
      ("Aktuellt", "Feber, hudutslag och halsont i en vecka, svullna körtlar på halsen. Tidigare frisk."),
      ("Lab", "HIV Ag/Ak-test positivt, konfirmerat av mikrobiologen kl 16. CD4 och virusmängd skickade."),
      ("Bedömning", "Primär HIV-infektion. Pat är inte informerad om provsvaret ännu, infektionsjouren kommer ned och ger beskedet ikväll."),
  ])],
  [("NL101", "n1")], [],
  "confirmed HIV infection in visible Bedömning; 'Pat är inte informerad om provsvaret ännu'")

C("ed-stor-hjarnblodning-pat-afatisk-ej-informerad", "skane", "19480612-2869", "1948-06-12",
  [N("n1", "hbg", "Inskrivningsanteckning", "Anton Westin", "läkare", "2024-11-13 07:40", "2024-11-13 09:20", [
      ("Aktuellt", "Hittad på golvet av maken kl 07 med högersidig förlamning och oförmåga att tala. Waran pga mekanisk aortaklaff."),
      ("Röntgen", "DT hjärna: 45 ml intracerebral blödning i vä basala ganglier med genombrott till ventrikelsystemet."),
      ("Bedömning", "Stor Waranrelaterad hjärnblödning vä. Ocplex och Konakion givna. Pat är afatisk och har inte kunnat informeras, maken informerad om allvaret. Strokeenheten, ej aktuell för neurokirurgi enligt bakjouren."),
  ], setting="slutenvård")],
  [("NL101", "n1")], [],
  "aphasic patient 'har inte kunnat informeras' (husband told) while the bleed stands in visible Bedömning")

C("ed-typo-ej-inforemrad-hjarnmetastaser", "vgr", "19630504-0245", "1963-05-04",
  [N("n1", "skas", "Akutjournal läkare", "Ellinor Vik", "läkare", "2024-11-13 20:15", "2024-11-13 22:45", [
      ("Anamnes", "Bröstcanceropererad 2020. Tilltagande huvudvärk och ostadighet i två veckor."),
      ("Röntgen", "DT hjärna med kontrast: tre kontrastladdande förändringar, största 2 cm i lillhjärnan, med omgivande ödem."),
      ("Bedömning", "Hjärnmetastaser från bröstcancern. Betapred 8 mg x 2. Pat ej inforemrad om fynden, onkologjouren ger besked imorgon förmiddag."),
  ], setting="slutenvård")],
  [("NL101", "n1")], [],
  "typo 'inforemrad' for informerad: metastases in visible Bedömning, patient not told")

C("ed-avvaktar-besked-misstankt-glioblastom", "vgr", "19600211-8138", "1960-02-11",
  [N("n1", "ostra", "Akutjournal läkare", "Christian Hellström", "läkare", "2024-11-14 12:25", None, [
      ("Anamnes", "Personlighetsförändring och nytillkommen huvudvärk senaste månaden enligt frun, i dag ett generaliserat krampanfall."),
      ("Röntgen", "DT hjärna: 5 cm ringladdande process i hö frontallob med massivt ödem och mittlinjeöverskjutning 7 mm."),
      ("Bedömning", "Misstänkt glioblastom. Avvaktar med besked till pat tills neurokirurgen bedömt bilderna, han är ännu ovetande. Betapred och Keppra insatt."),
  ], setting="slutenvård")],
  [("NL101", "n1"), ("NL102", "n1")], [],
  "hedged tumour diagnosis visible and 'Avvaktar med besked till pat ... ännu ovetande': both rules")

C("ed-nydebuterad-diabetes-hann-inte-informera", "skane", "20000405-8392", "2000-04-05",
  [N("n1", "csk", "Akutanteckning läkare", "Jesper Friberg", "läkare", "2024-11-14 16:50", "2024-11-14 19:30", [
      ("Aktuellt", "Törst, stora urinmängder och viktnedgång 7 kg på en månad."),
      ("Lab", "P-glukos 24,6, HbA1c 104, B-ketoner 0,9, venöst pH 7,36."),
      ("Bedömning", "Nydebuterad diabetes mellitus utan ketoacidos. Hann inte informera pat om diabetesdiagnosen innan han flyttades upp, det görs av avdelningsläkaren tillsammans med diabetessköterskan."),
  ], setting="slutenvård")],
  [("NL101", "n1")], [],
  "'Hann inte informera pat om diabetesdiagnosen' while the diagnosis is written in visible Bedömning")

C("ed-misstankt-lymfom-pat-inte-informerad-om-misstanken", "skane", "19780722-2919", "1978-07-22",
  [N("n1", "ystad", "Akutanteckning läkare", "Ulrika Sandell", "läkare", "2024-11-14 21:30", "2024-11-14 23:00", [
      ("Aktuellt", "Nattsvettningar, feber och knölar på halsen sedan två månader."),
      ("Status", "Multipla 2-3 cm fasta, oömma lymfkörtlar på halsen och i axillerna bilat. Mjälten palpabel två fingerbredder."),
      ("Bedömning", "Misstänkt lymfom. Pat inte informerad om misstanken, vill först ha svar på DT och biopsi. Remiss hematologen enligt SVF."),
  ])],
  [("NL101", "n1"), ("NL102", "n1")], [],
  "hedged lymphoma in visible Bedömning and the patient explicitly not told about it")

C("ed-overrapportering-pat-vet-ej-om-pankreastumoren", "vgr", "19530819-1443", "1953-08-19",
  [N("n1", "kungalv", "Daganteckning", "Josefin Kvist", "läkare", "2024-11-14 21:40", "2024-11-14 21:55", [
      ("Överrapportering", "Rapport till nattjouren: 71-årig kvinna inlagd för ikterus. DT visar 3 cm tumör i pankreashuvudet med leverengagemang. OBS! Pat vet ännu inte om pankreastumören, avdelningsläkaren tar samtalet imorgon med dottern närvarande. ERCP planerad på fredag."),
  ], setting="slutenvård")],
  [("NL101", "n1")], [],
  "handover note: 'Pat vet ännu inte om pankreastumören' with the tumour written in the same visible section")

C("ed-ssk-pat-har-ej-fatt-besked-om-leukemin", "skane", "19560101-1603", "1956-01-01",
  [N("n1", "lund-ava", "Omvårdnadsanteckning", "Jenny Åberg", "sjuksköterska", "2024-11-15 05:10", "2024-11-15 05:25", [
      ("Omvårdnad", "Trött och frusen, fått två enheter blod under natten. Frågar upprepade gånger om provsvaren."),
      ("Information", "Hematologjouren har bedömt blodutstryket som akut myeloisk leukemi. Pat har ännu inte fått besked om leukemin, dr Ek informerar efter morgonronden. Nattjouren underrättad om pats oro."),
  ], setting="slutenvård")],
  [("NL101", "n1")], [],
  "nurse note under visible sökord Information: leukemia named, 'Pat har ännu inte fått besked'")

C("ed-tidigare-informerad-om-kol-ny-tumor-ej-informerad", "vgr", "19510302-3395", "1951-03-02",
  [N("n1", "nal", "Akutjournal läkare", "Karl-Johan Berg", "läkare", "2024-09-03 10:10", "2024-09-03 11:00", [
      ("Bedömning", "KOL-exacerbation, spirometri från VC i våras bekräftar KOL. Pat informerad om KOL-diagnosen och vikten av rökstopp."),
   ]),
   N("n2", "nal-med", "Daganteckning", "Pernilla Rask", "läkare", "2024-11-13 14:30", "2024-11-13 15:10", [
      ("Röntgen", "DT thorax: 3 cm spikulerad tumör vä underlob med förstorade mediastinala lymfkörtlar."),
      ("Bedömning", "Radiologiskt lungcancer vä underlob, stadieindelning pågår. Pat ännu ej informerad om tumören, samtal bokat med lungläkare på fredag."),
   ], setting="slutenvård")],
  [("NL101", "n2")], [],
  "an earlier note told the patient about KOL; the later note (n2) withholds the new lung tumour")

C("ed-incidentellt-aortaaneurysm-pat-sov", "skane", "19490117-1514", "1949-01-17",
  [N("n1", "trbg", "Akutanteckning läkare", "Niklas Bergman", "läkare", "2024-11-15 02:20", "2024-11-15 05:50", [
      ("Aktuellt", "Inkom med vänstersidig flanksmärta sedan kvällen."),
      ("Röntgen", "DT urinvägar: 4 mm uretärsten vä i nivå med L4. Som bifynd infrarenalt bukaortaaneurysm 5,8 cm."),
      ("Bedömning", "Uretärsten vä, smärtfri nu. Bukaortaaneurysm 5,8 cm, remiss kärlkirurgen. Pat sov när svaret kom och är inte informerad om aneurysmet, dagjouren tar det imorgon."),
  ], setting="slutenvård")],
  [("NL101", "n1")], [],
  "incidental aneurysm written in visible Bedömning; patient 'inte informerad om aneurysmet'")

C("ed-onkolog-vill-informera-sjalv-skelettmetastaser", "vgr", "19461123-0956", "1946-11-23",
  [N("n1", "sas", "Akutjournal läkare", "Anneli Falk", "läkare", "2024-11-15 13:45", "2024-11-15 16:00", [
      ("Anamnes", "Prostatacancer på hormonbehandling. Ökande ryggvärk senaste veckorna, ingen svaghet i benen, normal blåsfunktion."),
      ("Röntgen", "DT bröst- och ländrygg: nya osteoblastiska metastaser i Th10, L2 och bäckenet, ingen medullakompression."),
      ("Bedömning", "Progress med nya skelettmetastaser. Behandlande onkolog vill informera pat själv på mottagningen på måndag, pat ska inte få veta något ännu. Oxynorm v.b., hem."),
  ])],
  [("NL101", "n1")], [],
  "'pat ska inte få veta något ännu' (oncologist will tell) with the metastases in visible text")

C("ed-telefonanteckning-njurtumor-pat-redan-hemgangen", "skane", "19670819-4136", "1967-08-19",
  [N("n1", "malmo", "Telefonanteckning", "Tilda Rosén", "läkare", "2024-11-16 09:15", "2024-11-16 09:30", [
      ("Telefonkontakt", "Röntgenjouren ringer angående nattens DT buk, gjord för buksmärta: 4 cm solid tumör i vä njure, bild som vid njurcancer. Pat gick hem i natt och är ännu inte informerad. Remiss urologen skickad, pat kallas via kontaktsjuksköterska."),
  ])],
  [("NL101", "n1"), ("NL102", "n1")], [],
  "telephone note: 'bild som vid njurcancer' and the patient, already gone home, not informed")

C("ed-skane-sokord-th-i-akutanteckning-ej-informerad", "skane", "19620527-6048", "1962-05-27",
  [N("n1", "lund", "Akutanteckning läkare", "Klara Wendt", "läkare", "2024-11-16 14:20", "2024-11-16 17:40", [
      ("Aktuellt", "Ökat bukomfång och mättnadskänsla i två månader."),
      ("Status", "Utspänd buk med flankdämpning, ingen peritonit."),
      ("Tidiga hypoteser", "UL visar ascites och solid förändring vid vä ovarium, CA-125 680. Misstänkt ovarialcancer, pat ej informerad."),
      ("Planering", "Remiss gynekologen, tappning av ascites på dagvården."),
  ])],
  [("NL101", "n1"), ("NL102", "n1")], [],
  "Skåne: a 'Tidiga hypoteser' sökord inside an ordinary Akutanteckning is not protected, so the untold hypothesis is visible")

C("ed-vgr-mallnamn-th-sokord-bedomning-ms-ej-informerad", "vgr", "19950607-1084", "1995-06-07",
  [N("n1", "sahl", "Tidiga hypoteser", "Jonatan Ferm", "läkare", "2024-11-17 13:10", "2024-11-17 13:40", [
      ("Bedömning", "Optikusneurit hö förra veckan. MR hjärna och halsrygg: multipla periventrikulära och juxtakortikala lesioner, några kontrastladdande. MS. Pat ej informerad, neurolog tar samtalet på mottagningen."),
  ])],
  [("NL101", "n1")], [],
  "VGR filters by sökord, so a note titled Tidiga hypoteser written under Bedömning shows the untold MS diagnosis")

C("ed-typo-ej-meddealt-pat-levercirros", "vgr", "19640915-5766", "1964-09-15",
  [N("n1", "alingsas", "Akutjournal läkare", "Mikaela Granath", "läkare", "2024-11-17 19:20", "2024-11-17 21:45", [
      ("Anamnes", "Inkom med hematemes. Alkoholöverkonsumtion sedan många år."),
      ("Utredning", "Akut gastroskopi: esofagusvaricer grad 3, ligerade. UL: knottrig lever och ascites."),
      ("Bedömning", "Alkoholrelaterad levercirros Child-Pugh B med varicerblödning. Ej meddealt pat. diagnosen ännu då han varit konfusorisk i abstinens, tas upp när han är klar i huvudet."),
  ], setting="slutenvård")],
  [("NL101", "n1")], [],
  "typo 'meddealt' for meddelat: the cirrhosis diagnosis is visible and not yet told")

# ---------------------------------------------------------------------------
# Part 8: NL101 negatives - told, told earlier, untold thing is no diagnosis,
#         protected place, relative not told, later note tells
# ---------------------------------------------------------------------------
C("ed-lungcancer-pat-informerad-i-lugn-miljo", "vgr", "19450620-2326", "1945-06-20",
  [N("n1", "sahl", "Akutjournal läkare", "Hanna Öberg", "läkare", "2024-11-11 13:30", "2024-11-11 17:10", [
      ("Anamnes", "Rökande kvinna med heshet och viktnedgång sedan i somras, nu andfåddhet."),
      ("Röntgen", "DT thorax: 7 cm tumör i vä ovanlob med pleuravätska och binjuremetastas vä."),
      ("Bedömning", "Lungcancer med spridning. Pat informerad om fyndet i lugn miljö med sjuksköterska närvarande, maken med via telefon. Pleuratappning imorgon, remiss lungkliniken."),
  ])],
  [], [("NL101", "n1")],
  "diagnosis visible and the patient has been told today")

C("ed-kand-prostatacancer-valinformerad-urinretention", "skane", "19400716-1138", "1940-07-16",
  [N("n1", "malmo", "Akutanteckning läkare", "Gabriel Ohlsson", "läkare", "2024-11-12 02:30", "2024-11-12 03:15", [
      ("Aktuellt", "Kan inte kasta vatten sedan kvällen, ont över blåsan. Känd prostatacancer med skelettmetastaser sedan 2021, pat välinformerad om sin sjukdom och följs på onkologen."),
      ("Åtgärd", "Bladderscan 950 ml. KAD ch 14 sätts utan problem, 900 ml klar urin."),
      ("Bedömning", "Urinretention. Hem med KAD, uroterapeut om en vecka för urinkateterträning."),
  ])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "known cancer the patient was told about years ago; nothing hedged")

C("ed-spinal-stenos-ej-informerad-om-tid-for-mr", "vgr", "19500108-3913", "1950-01-08",
  [N("n1", "molndal", "Akutbesök läkare", "Staffan Roos", "läkare", "2024-11-12 11:15", "2024-11-12 12:20", [
      ("Anamnes", "Smärta och domningar i båda benen vid promenad, måste stanna efter 100 meter. Bättre när han böjer sig framåt."),
      ("Röntgen", "DT ländrygg: uttalad central spinal stenos L4-L5."),
      ("Bedömning", "Lumbal spinal stenos. Remiss MR och ryggmottagning. Pat ej informerad om tid för MR ännu, kallelse kommer per post."),
  ])],
  [], [("NL101", "n1")],
  "what is not yet told is the MR appointment time, not a diagnosis")

C("ed-gallsten-remissen-ej-meddelad", "skane", "19830322-5224", "1983-03-22",
  [N("n1", "hbg", "Akutanteckning läkare", "Camilla Bergh", "läkare", "2024-11-12 18:05", None, [
      ("Aktuellt", "Återkommande smärta under hö arcus efter måltider."),
      ("Ultraljud", "Multipla gallstenar, normal gallblåsevägg, vida gallvägar saknas."),
      ("Bedömning", "Gallsten utan tecken till kolecystit. Remiss till kirurgmottagningen för ställningstagande till operation skickad efter att pat gått hem, hon är ej informerad om remissen ännu."),
  ])],
  [], [("NL101", "n1")],
  "the untold item is that a referral was sent, not the diagnosis")

C("ed-commotio-normal-dt-svaret-ej-meddelat", "vgr", "19981006-2266", "1998-10-06",
  [N("n1", "nal", "Akutjournal läkare", "Tim Lindberg", "läkare", "2024-11-13 02:05", "2024-11-13 04:30", [
      ("Anamnes", "Fick en hockeypuck i pannan på träningen, medvetslös några sekunder, kräkts två gånger."),
      ("Röntgen", "DT hjärna utan blödning eller fraktur."),
      ("Bedömning", "Commotio cerebri. Observation över natten på akutvårdsavdelningen med neurokontroller. Pat sov när DT-svaret kom och har inte fått svaret ännu, det meddelas vid morgonronden."),
  ], setting="slutenvård")],
  [], [("NL101", "n1")],
  "the untold item is a normal DT result; the diagnosis itself is not said to be withheld")

C("ed-skane-th-mall-misstankt-als-ej-informerad", "skane", "19590201-0171", "1959-02-01",
  [N("n1", "csk", "Tidiga hypoteser", "Pia Gunnarsson", "läkare", "2024-11-13 12:40", "2024-11-13 12:55", [
      ("Bedömning", "Sökte för fall men har fascikulationer i båda överarmarna och atrofi i handmuskulaturen, talet lätt sluddrigt. Misstänkt ALS. Pat ej informerad om misstanken, remiss neurologen."),
  ])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "Skåne: the untold hypothesis is kept in the protected template Tidiga hypoteser")

C("ed-vgr-th-sokord-synlig-planering-utan-diagnos", "vgr", "19570611-2181", "1957-06-11",
  [N("n1", "skas", "Akutjournal läkare", "Göran Alvarsson", "läkare", "2024-11-13 15:20", "2024-11-13 17:45", [
      ("Anamnes", "Trötthet, tidig mättnadskänsla och viktnedgång 5 kg på två månader."),
      ("Tidiga hypoteser", "DT buk: väggförtjockning i ventrikelns antrum och förstorade lymfkörtlar längs curvatura minor, misstänkt ventrikelcancer."),
      ("Planering", "Gastroskopi bokad på tisdag. Pat ej informerad om DT-fyndet, se separat sökord."),
  ])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "VGR: the untold diagnosis sits only under sökord Tidiga hypoteser; the visible Planering names no diagnosis")

C("ed-x-graviditet-pat-informerad-pojkvannen-ej", "skane", "19970424-6447", "1997-04-24",
  [N("n1", "lund", "Akutanteckning läkare", "Sara Bjurström", "läkare", "2024-11-13 23:40", "2024-11-14 01:20", [
      ("Aktuellt", "Ensidig smärta i vä fossa och lätt blödning. Positivt graviditetstest hemma, sista mens för sju veckor sedan."),
      ("Ultraljud", "Tom uterus, 3 cm adnexresistens vä med fri vätska i fossa Douglasi. S-hCG 2900."),
      ("Bedömning", "Extrauterin graviditet vä. Pat informerad om diagnosen och om att laparoskopi behövs i natt. Hon vill inte att pojkvännen informeras, vilket respekteras."),
  ], setting="slutenvård")],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "the patient is told; only her partner is not to be informed")

C("ed-sigmoideumtumor-informerad-dagen-efter", "vgr", "19480925-5138", "1948-09-25",
  [N("n1", "ostra", "Akutjournal läkare", "Philip Wahl", "läkare", "2024-11-14 01:30", "2024-11-14 04:00", [
      ("Röntgen", "DT buk: stenoserande tumör i sigmoideum med prestenotisk dilatation av kolon."),
      ("Bedömning", "Kolonileus orsakad av sigmoideumtumör, koloncancer. Pat ej informerad om tumören i natt pga morfinpåverkan."),
   ], setting="slutenvård"),
   N("n2", "ostra-mava", "Daganteckning", "Philip Wahl", "läkare", "2024-11-14 10:15", "2024-11-14 10:40", [
      ("Information", "Pat informerad av mig om tumören i tjocktarmen och att den behöver opereras, sonen närvarande. Tog beskedet sansat och fick ställa frågor."),
      ("Planering", "Avlastande stomi eller stent diskuteras med kolorektalkirurgen under dagen."),
   ], setting="slutenvård")],
  [], [("NL101", "n2")],
  "the night note withheld the cancer; the day note (n2) documents that the patient has now been told")

C("ed-misstankt-sarkoidos-pat-informerad-om-misstanken", "skane", "19860413-1675", "1986-04-13",
  [N("n1", "hbg", "Akutanteckning läkare", "Erik Malmberg", "läkare", "2024-11-14 14:30", "2024-11-14 16:50", [
      ("Aktuellt", "Ömmande röda knölar på underbenen och svullna fotleder sedan två veckor, lätt feber."),
      ("Röntgen", "Rtg pulm: bilateral hilusförstoring."),
      ("Bedömning", "Misstänkt sarkoidos, Löfgrens syndrom. Pat informerad om misstanken och om fortsatt utredning via lungmottagningen. NSAID under tiden."),
  ])],
  [], [("NL101", "n1")],
  "the hypothesis has been communicated ('informerad om misstanken'); NL102 deliberately not asserted because a communicated hypothesis may be shown")

C("ed-erysipelas-ej-informerad-om-planerad-inlaggning", "vgr", "19520807-3725", "1952-08-07",
  [N("n1", "sas", "Akutjournal läkare", "Marie Lundell", "läkare", "2024-11-14 18:50", None, [
      ("Status", "Rodnad hela vä underbenet, temp 39,6, puls 112, BT 98/60."),
      ("Bedömning", "Erysipelas vä ben med sepsis. Bensylpenicillin 3 g iv givet. Pat ännu ej informerad om att inläggning planeras, väntar på platsbesked från infektion."),
  ])],
  [], [("NL101", "n1")],
  "the untold item is the planned admission, a plan and not a diagnosis")

C("ed-urinodling-utan-vaxt-ej-meddelad", "skane", "19910612-8045", "1991-06-12",
  [N("n1", "trbg", "Telefonanteckning", "Emma Paulsson", "sjuksköterska", "2024-11-15 10:20", "2024-11-15 10:25", [
      ("Provsvar", "Urinodling från akutbesöket i tisdags, då hon behandlades för cystit med Selexid: ingen växt. Pat ej meddelad ännu, ringer upp imorgon förmiddag."),
  ])],
  [], [("NL101", "n1")],
  "the untold item is a culture without growth (a normal result)")

C("ed-typo-fatt-beksed-om-scaphoideumfrakturen", "vgr", "20040228-3998", "2004-02-28",
  [N("n1", "molndal", "Akutjournal läkare", "Albin Cederholm", "läkare", "2024-11-15 15:10", "2024-11-15 16:35", [
      ("Anamnes", "Föll på skateboard och tog emot sig med hö hand. Öm i fossa tabatière."),
      ("Röntgen", "DT hö handled: odislocerad midjefraktur i os scaphoideum."),
      ("Bedömning", "Scaphoideumfraktur hö. Pat har fått beksed om frakturen och om gipsbehandling i sex veckor, gips anlagt."),
  ])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "typo 'beksed' for besked: the patient has been told about the confirmed fracture")

C("ed-collumfraktur-pat-informerad-anhoriga-ej-nadda", "skane", "19360322-1601", "1936-03-22",
  [N("n1", "ystad", "Akutanteckning läkare", "Olle Sjödin", "läkare", "2024-11-15 20:30", "2024-11-15 22:00", [
      ("Röntgen", "Dislocerad cervikal collumfraktur vä."),
      ("Bedömning", "Collumfraktur vä, anmäld för hemiprotes imorgon. Pat informerad om frakturen och operationen. Anhöriga ej nådda, försöker igen imorgon bitti."),
  ], setting="slutenvård")],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "the patient is told; only the relatives could not be reached")

C("ed-telefonkontakt-blododling-e-coli-informerat", "vgr", "19590721-5916", "1959-07-21",
  [N("n1", "nal", "Telefonkontakt", "Helena Björk", "läkare", "2024-11-16 11:00", "2024-11-16 11:10", [
      ("Telefonkontakt", "Ringt pat och informerat om att blododlingen från onsdagens besök visar E. coli, alltså bakteriemi utgången från urinvägarna. Mår bra på Ciprofloxacin, fullföljer kuren i 14 dagar."),
  ])],
  [], [("NL101", "n1")],
  "telephone note: the doctor has just told the patient the new diagnosis")

C("ed-adenocarcinom-besked-lamnat-av-lungjouren", "skane", "19440502-3559", "1944-05-02",
  [N("n1", "lund-ava", "Daganteckning", "Ingrid Nyström", "läkare", "2024-11-16 15:30", "2024-11-16 16:00", [
      ("Aktuellt", "Inlagd i tisdags för pleuravätska hö, tappad 1,4 liter."),
      ("Provsvar", "Cytologi från pleuratappningen visar adenocarcinom, sannolikt lungprimär."),
      ("Information", "Pat fick beskedet om cancern av lungjouren kl 14, dottern närvarande. Remiss lungonkologen."),
  ], setting="slutenvård")],
  [], [("NL101", "n1")],
  "the cancer has been told by a colleague earlier the same day")

C("ed-nydebuterat-formaksflimmer-inget-om-information", "vgr", "19610429-1791", "1961-04-29",
  [N("n1", "kungalv", "Akutjournal läkare", "Evelina Hägg", "läkare", "2024-11-16 22:15", "2024-11-16 23:55", [
      ("Anamnes", "Hjärtklappning sedan fyra timmar, oregelbunden puls på klockan."),
      ("EKG", "Förmaksflimmer med kammarfrekvens 132, inga ST-förändringar."),
      ("Bedömning", "Nydebuterat förmaksflimmer, duration under 12 timmar, CHA2DS2-VASc 1. Elkonvertering under sedering till sinusrytm. Hem med Metoprolol."),
  ])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "confirmed diagnosis and nothing at all said about telling the patient")

C("ed-appendicit-ej-informerad-om-fastetider", "skane", "20010901-3573", "2001-09-01",
  [N("n1", "malmo-kir", "Konsultationsanteckning", "Tobias Ström", "läkare", "2024-11-17 16:40", "2024-11-17 17:10", [
      ("Röntgen", "DT buk: förtjockad appendix 11 mm med periappendikulär fettinfiltration, ingen perforation."),
      ("Bedömning", "Akut appendicit, anmäld för laparoskopisk appendektomi ikväll. Pat ej informerad om fastetider ännu, avdelningssköterskan går igenom det."),
  ])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "the untold item is the fasting instruction, not the diagnosis")

# ---------------------------------------------------------------------------
# Part 9: more NL102 look-alike negatives
# ---------------------------------------------------------------------------
C("ed-allergier-fragetecken-sarskada", "skane", "19750103-9338", "1975-01-03",
  [N("n1", "ystad", "Journalanteckning", "Lukas Håkansson", "läkare", "2024-11-11 08:10", "2024-11-11 08:45", [
      ("Aktuellt", "Skar sig i hö handflata på en glasskärva när han diskade."),
      ("Allergier", "? - pat minns inte, inget registrerat i journalen."),
      ("Status", "3 cm skärsår i thenar, intakt sensibilitet och böj- och sträckfunktion i alla fingrar."),
      ("Åtgärd", "Sårskada hö handflata. Rengjort och suturerat med 4 stygn Ethilon 4-0. Stygntagning på VC om tio dagar."),
  ])],
  [], [("NL102", "n1")],
  "a lone '?' stands for unknown allergies, not for a diagnosis")

C("ed-hypertoni-evetuellt-statin-plan", "vgr", "19630708-3573", "1963-07-08",
  [N("n1", "skas", "Akutjournal läkare", "Ronja Blomqvist", "läkare", "2024-11-12 13:35", "2024-11-12 14:20", [
      ("Anamnes", "Mätte blodtrycket på apoteket, 192/108. Lätt huvudvärk, inga bröstsmärtor eller synrubbningar."),
      ("Status", "BT 184/104 bilat. Neurologiskt u.a. EKG: vänsterkammarhypertrofi. Krea och U-albumin normala."),
      ("Bedömning", "Obehandlad hypertoni utan akut organpåverkan. Amlodipin 5 mg insatt. Evetuellt insättning av statin diskuteras vid uppföljning på VC om två veckor."),
  ])],
  [], [("NL102", "n1")],
  "typo 'Evetuellt' in a hedge on a medication plan; the hypertension is affirmed")

C("ed-rabdomyolys-sannolit-legat-pa-golvet", "skane", "19370916-3020", "1937-09-16",
  [N("n1", "hbg", "Akutanteckning läkare", "Ebba Sörensen", "läkare", "2024-11-14 08:30", "2024-11-14 10:40", [
      ("Aktuellt", "Hittad på köksgolvet av hemtjänsten i morse. Sannolit har hon legat där sedan igår kväll, trygghetslarmet låg på nattduksbordet."),
      ("Lab", "CK 24 000, krea 168, K 5,4, myoglobin i urinen."),
      ("Bedömning", "Rabdomyolys efter långlie med prerenal njursvikt. Rikligt med iv vätska, timdiures, inläggning medicin."),
  ], setting="slutenvård")],
  [], [("NL102", "n1")],
  "typo 'Sannolit' in a hedge on how long she lay on the floor; rabdomyolys is affirmed")

C("ed-rupturerad-bakercysta-dvt-avfards", "vgr", "19550527-2442", "1955-05-27",
  [N("n1", "alingsas", "Akutjournal läkare", "Agnes Wiklund", "läkare", "2024-11-15 09:50", "2024-11-15 11:15", [
      ("Anamnes", "Plötslig smärta och svullnad i hö vad när hon satte sig på huk i trädgården. Artros i hö knä."),
      ("Utredning", "UL-doppler utan trombos, men vätska längs mediala gastrocnemius från en rupturerad bakercysta."),
      ("Bedömning", "DVT avfärdas. Rupturerad bakercysta hö. Högläge, NSAID, kontroll hos VC vid kvarstående besvär."),
  ])],
  [], [("NL102", "n1")],
  "'DVT avfärdas' after a normal doppler; the settled diagnosis is stated")


# ===========================================================================
# Validation and output
# ===========================================================================
CODES = {"NL101", "NL102"}
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return total % 10 == 0


def parse_dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")


def age_on(birth, day):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def validate(cases):
    errors = []
    names = set()
    whys = set()
    sentences = {}
    for c in cases:
        name = c["case"]
        where = "case %s" % name
        if list(c.keys()) != CASE_KEYS:
            errors.append("%s: keys %s" % (where, list(c.keys())))
        if not name.startswith("ed-") or not re.fullmatch(r"[a-z0-9-]+", name):
            errors.append("%s: bad case name" % where)
        if name in names:
            errors.append("%s: duplicate case name" % where)
        names.add(name)
        if c["why"] in whys or not c["why"].strip():
            errors.append("%s: empty or duplicate why" % where)
        whys.add(c["why"])
        rs = c["ruleset"]
        if rs not in ("skane", "vgr"):
            errors.append("%s: ruleset %r" % (where, rs))
        rec = c["record"]
        if list(rec.keys()) != RECORD_KEYS:
            errors.append("%s: record keys" % where)
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                errors.append("%s: %s must be empty" % (where, k))
        pat = rec["patient"]
        if list(pat.keys()) != ["id", "birth_date", "protected_identity"]:
            errors.append("%s: patient keys" % where)
        pnr, bd = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", pnr)
        if not m:
            errors.append("%s: personnummer format %r" % (where, pnr))
        else:
            if "%s-%s-%s" % m.group(1, 2, 3) != bd:
                errors.append("%s: personnummer %s does not match birth_date %s" % (where, pnr, bd))
            if not luhn_ok(pnr[2:8] + pnr[9:]):
                errors.append("%s: personnummer %s fails Luhn" % (where, pnr))
        try:
            birth = datetime.date.fromisoformat(bd)
        except ValueError:
            errors.append("%s: birth_date %r" % (where, bd))
            continue
        try:
            as_of = parse_dt(rec["as_of"])
        except ValueError:
            errors.append("%s: as_of %r" % (where, rec["as_of"]))
            continue
        if as_of.year != 2024:
            errors.append("%s: as_of not in 2024" % where)
        note_ids = {}
        for n in rec["notes"]:
            nw = "%s note %s" % (where, n.get("id"))
            if list(n.keys()) != NOTE_KEYS:
                errors.append("%s: note keys %s" % (nw, list(n.keys())))
                continue
            if n["id"] in note_ids:
                errors.append("%s: duplicate note id" % nw)
            note_ids[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                errors.append("%s: system %r" % (nw, n["system"]))
            if rs == "vgr" and n["system"] != "Melior":
                errors.append("%s: VGR note must be Melior" % nw)
            region = REGION_OF_HSA.get(n["unit"]["hsa_id"].split("-")[0])
            if region != rs:
                errors.append("%s: unit HSA-id region %s != ruleset %s" % (nw, region, rs))
            if list(n["unit"].keys()) != ["name", "hsa_id"] or list(n["author"].keys()) != ["name", "role"]:
                errors.append("%s: unit/author keys" % nw)
            if n["setting"] not in ("öppenvård", "slutenvård"):
                errors.append("%s: setting %r" % (nw, n["setting"]))
            try:
                t = parse_dt(n["time"])
            except (TypeError, ValueError):
                errors.append("%s: time %r" % (nw, n["time"]))
                continue
            if t.year != 2024 or t > as_of:
                errors.append("%s: time %s not in 2024 or after as_of" % (nw, n["time"]))
            if n["signed"] is not None:
                try:
                    sg = parse_dt(n["signed"])
                except ValueError:
                    errors.append("%s: signed %r" % (nw, n["signed"]))
                    sg = t
                if sg.year != 2024 or sg < t or sg > as_of:
                    errors.append("%s: signed %s out of range" % (nw, n["signed"]))
            age = age_on(birth, t.date())
            if 13 <= age <= 15:
                errors.append("%s: patient aged %d (13-15 not allowed)" % (nw, age))
            if not n["sections"]:
                errors.append("%s: no sections" % nw)
            for s in n["sections"]:
                if list(s.keys()) != ["keyword", "text"] or not s["keyword"].strip() or not s["text"].strip():
                    errors.append("%s: bad section %r" % (nw, s))
                    continue
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != nw:
                            errors.append("%s: sentence also in %s: %r" % (nw, sentences[sent], sent))
                        elif sent in sentences:
                            errors.append("%s: sentence repeated within note: %r" % (nw, sent))
                        sentences[sent] = nw
        age_now = age_on(birth, as_of.date())
        if 13 <= age_now <= 15:
            errors.append("%s: patient aged %d at as_of" % (where, age_now))
        seen = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2 or item[0] not in CODES:
                    errors.append("%s: bad %s item %r" % (where, lst, item))
                    continue
                code, target = item
                if (code, target) in seen:
                    errors.append("%s: %s/%s asserted twice" % (where, code, target))
                seen.add((code, target))
                if target not in note_ids:
                    errors.append("%s: target %s missing" % (where, target))
                    continue
                system = note_ids[target]["system"]
                if code == "NL102" and lst == "must" and system != "Melior":
                    errors.append("%s: NL102 must on a non-Melior note" % where)
                if code == "NL101" and system == "PMO":
                    errors.append("%s: NL101 asserted on a PMO note" % where)
        if not c["must"] and not c["must_not"]:
            errors.append("%s: nothing asserted" % where)
    return errors


def main():
    errors = validate(CASES)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(errors), file=sys.stderr)
        sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev156_cases.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    rs = {}
    for c in CASES:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
    print("wrote %s: %d cases (%s)" % (out, len(CASES), ", ".join("%s %d" % kv for kv in sorted(rs.items()))))
    for code in sorted(CODES):
        print("  %s must %d, must_not %d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
