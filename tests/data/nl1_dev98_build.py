#!/usr/bin/env python3
"""dev98: adult psychiatry outpatient and neuropsychiatric assessments (NL101, NL102).

Standard library only, deterministic. Writes cases.jsonl next to this file and
validates it; exits 1 on any problem.
"""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

# ---------------------------------------------------------------- units
def U(name, hsa, system, region):
    return {"name": name, "hsa_id": hsa, "system": system, "region": region}

# Skåne, Melior (vuxenpsykiatri)
SK_NPF_MAL = U("NPF-mottagningen, Vuxenpsykiatri Malmö", "SE2321000255-4417", "Melior", "skane")
SK_NPF_LUND = U("Neuropsykiatriska utredningsenheten, Vuxenpsykiatri Lund", "SE2321000255-4462", "Melior", "skane")
SK_AFF_LUND = U("Affektiva mottagningen, Vuxenpsykiatri Lund", "SE2321000255-3890", "Melior", "skane")
SK_PSYKOS_MAL = U("Psykosmottagningen, Vuxenpsykiatri Malmö", "SE2321000255-5127", "Melior", "skane")
SK_ALLM_HBG = U("Allmänpsykiatrisk mottagning, Vuxenpsykiatri Helsingborg", "SE2321000255-6034", "Melior", "skane")
SK_ATST_LUND = U("Ätstörningsenheten, Vuxenpsykiatri Lund", "SE2321000255-3956", "Melior", "skane")
SK_BEROENDE_MAL = U("Beroendemottagningen, Vuxenpsykiatri Malmö", "SE2321000255-5311", "Melior", "skane")
SK_BEROENDE_HBG = U("Beroendemottagningen, Vuxenpsykiatri Helsingborg", "SE2321000255-6071", "Melior", "skane")
SK_KRIST = U("Vuxenpsykiatrimottagning Kristianstad", "SE2321000255-7248", "Melior", "skane")
SK_TRAUMA_MAL = U("Traumamottagningen, Vuxenpsykiatri Malmö", "SE2321000255-5189", "Melior", "skane")
SK_YSTAD = U("Psykiatrimottagning Ystad", "SE2321000255-8103", "Melior", "skane")
SK_ANGEST_LUND = U("Ångest- och tvångsmottagningen, Vuxenpsykiatri Lund", "SE2321000255-3921", "Melior", "skane")
SK_LANDSKRONA = U("Vuxenpsykiatrimottagning Landskrona", "SE2321000255-6588", "Melior", "skane")
# Skåne, PMO (primärvård)
VC_LINERO = U("Vårdcentralen Linero, Lund", "SE2321000255-1A2F", "PMO", "skane")
VC_KARNAN = U("Vårdcentralen Kärnan, Helsingborg", "SE2321000255-1C77", "PMO", "skane")
VC_ROSENGARD = U("Vårdcentralen Rosengård, Malmö", "SE2321000255-1B04", "PMO", "skane")
VC_HOOR = U("Vårdcentralen Höör", "SE2321000255-1D39", "PMO", "skane")
VC_TRELLEBORG = U("Vårdcentralen Trelleborg Söder", "SE2321000255-1E58", "PMO", "skane")
VC_ESLOV = U("Vårdcentralen Eslöv, psykosocialt team", "SE2321000255-1F12", "PMO", "skane")
# VGR, Melior
VGR_NPF_SU = U("Neuropsykiatriska mottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E88214", "Melior", "vgr")
VGR_NPF_SKOVDE = U("Neuropsykiatriska mottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E60412", "Melior", "vgr")
VGR_AFF_SU = U("Affektiva mottagningen, Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset", "SE2321000131-E88307", "Melior", "vgr")
VGR_PSYKOS_NO = U("Psykosmottagning Nordost, Sahlgrenska Universitetssjukhuset", "SE2321000131-E88451", "Melior", "vgr")
VGR_PSYKOS_BORAS = U("Psykosmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E70233", "Melior", "vgr")
VGR_ALLM_NU = U("Allmänpsykiatrisk öppenvård, NU-sjukvården Trollhättan", "SE2321000131-E51190", "Melior", "vgr")
VGR_ALLM_SKOVDE = U("Psykiatrisk öppenvårdsmottagning, Skaraborgs Sjukhus Skövde", "SE2321000131-E60478", "Melior", "vgr")
VGR_BEROENDE_GBG = U("Beroendekliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E88532", "Melior", "vgr")
VGR_ATST_SU = U("Anorexi- och bulimienheten, Sahlgrenska Universitetssjukhuset", "SE2321000131-E88619", "Melior", "vgr")
VGR_TRAUMA_SU = U("Traumamottagningen, Psykiatri Psykos och Trauma, Sahlgrenska", "SE2321000131-E88670", "Melior", "vgr")
VGR_ALINGSAS = U("Psykiatriska mottagningen Alingsås lasarett", "SE2321000131-E40125", "Melior", "vgr")
VGR_BORAS = U("Allmänpsykiatriska mottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E70290", "Melior", "vgr")
VGR_OCD_SU = U("Ångest- och tvångsmottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E88745", "Melior", "vgr")
VGR_UDDEVALLA = U("Vuxenpsykiatriska mottagningen, Uddevalla sjukhus", "SE2321000131-E51266", "Melior", "vgr")

# ---------------------------------------------------------------- authors
def A(name, role):
    return {"name": name, "role": role}

# Skåne
L_HOLM = A("Anna Holm", "läkare")
L_PERSSON = A("Johan Persson", "läkare")
L_KOVAC = A("Mirela Kovač", "läkare")
L_SANDBERG = A("Erik Sandberg", "läkare")
L_AHMADI = A("Leila Ahmadi", "läkare")
L_NILSSON = A("Henrik Nilsson", "läkare")
L_LINDGREN = A("Sofia Lindgren", "läkare")
L_NOWAK = A("Tomasz Nowak", "läkare")
P_ABERG = A("Karin Åberg", "psykolog")
P_EK = A("Jonas Ek", "psykolog")
P_BERGSTROM = A("Elin Bergström", "psykolog")
P_HADDAD = A("Amir Haddad", "psykolog")
S_LJUNG = A("Maria Ljung", "sjuksköterska")
S_OLSSON = A("Peter Olsson", "sjuksköterska")
S_RAHIMI = A("Fatima Rahimi", "sjuksköterska")
K_MARTENSSON = A("Lena Mårtensson", "kurator")
AT_WENNBERG = A("Sara Wennberg", "arbetsterapeut")
# VGR
L_BERG = A("Magnus Berg", "läkare")
L_LINDQVIST = A("Ingrid Lindqvist", "läkare")
L_YUSUF = A("Ahmed Yusuf", "läkare")
L_FORSBERG = A("Cecilia Forsberg", "läkare")
L_DAHL = A("Oskar Dahl", "läkare")
L_KOWALSKA = A("Ewa Kowalska", "läkare")
P_SJOBERG = A("Hanna Sjöberg", "psykolog")
P_KARLSSON = A("David Karlsson", "psykolog")
P_ERIKSSON = A("Nora Eriksson", "psykolog")
P_STRAND = A("Linnea Strand", "psykolog")
S_ANDERSSON = A("Therese Andersson", "sjuksköterska")
S_JOHANSSON = A("Mikael Johansson", "sjuksköterska")
S_HULT = A("Rebecka Hult", "sjuksköterska")
K_BENGTSSON = A("Gunilla Bengtsson", "kurator")
# PMO (Skåne primärvård)
L_HAKANSSON = A("Per Håkansson", "läkare")
L_SALEH = A("Yasmin Saleh", "läkare")
P_NORD = A("Ulrika Nord", "psykolog")
K_SVENSSON = A("Birgitta Svensson", "kurator")
S_JONSSON = A("Kent Jönsson", "sjuksköterska")

# ---------------------------------------------------------------- helpers
def n(unit, author, when, sections, template="Läkaranteckning", nid="n1", signed=35):
    """One note. when = 'YYYY-MM-DD HH:MM'; signed = minutes after, or None (draft)."""
    t = datetime.strptime(when, "%Y-%m-%d %H:%M")
    return {
        "_unit": unit,
        "id": nid,
        "system": unit["system"],
        "template": template,
        "unit": {"name": unit["name"], "hsa_id": unit["hsa_id"]},
        "author": dict(author),
        "time": t.isoformat(),
        "signed": None if signed is None else (t + timedelta(minutes=signed)).isoformat(),
        "setting": "öppenvård",
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d - 9 if d > 9 else d
    return str((10 - s % 10) % 10)


CASES = []


def case(name, ruleset, birth, sex, notes, must=(), must_not=(), why="", as_of=None):
    CASES.append({"name": name, "ruleset": ruleset, "birth": birth, "sex": sex,
                  "notes": notes, "must": list(must), "must_not": list(must_not),
                  "why": why, "as_of": as_of})

# ================================================================ NL102 positives
# hedged diagnosis of the patient in a visible section of a Melior note

case("adhd-misstankt-nybesok-remiss-npf", "skane", "1992-02-11", "f", [
    n(SK_ALLM_HBG, L_PERSSON, "2024-01-16 09:30", [
        ("Aktuellt", "32-årig kvinna som söker pga koncentrationssvårigheter sedan skolåren. Tappar bort saker, glömmer möten och har svårt att slutföra uppgifter på jobbet som ekonomiassistent."),
        ("Bedömning", "Misstänkt ADHD, övervägande ouppmärksam bild. Ingen pågående depressiv episod. Remiss till NPF-teamet för utredning."),
    ], template="Nybesök")],
    must=["NL102"], must_not=["NL101"],
    why="'Misstänkt ADHD' in visible Bedömning of a Skåne Melior nybesök; nothing said about telling")

case("asd-fragestallning-psykolog-utredningsstart", "vgr", "1998-07-23", "m", [
    n(VGR_NPF_SU, P_SJOBERG, "2024-02-06 13:00", [
        ("Utredning", "Frågeställning: autismspektrumtillstånd. Pat har sedan barndomen haft svårt i sociala sammanhang och reagerar starkt på ändrade rutiner. Planerar ADOS-2, WAIS-IV och ADI-R med modern."),
    ], template="Psykologanteckning")],
    must=["NL102"],
    why="'Frågeställning: autismspektrumtillstånd' is a hedged diagnosis in a visible VGR sökord Utredning")

case("bipolar-dd-mot-recidiverande-depression", "skane", "1985-11-02", "f", [
    n(SK_AFF_LUND, L_HOLM, "2024-02-13 10:45", [
        ("Anamnes", "Tre depressiva episoder sedan 2017. Beskriver perioder om 4–5 dygn med minskat sömnbehov, ökad energi och impulsiva köp."),
        ("Bedömning", "DD bipolär sjukdom typ II vs recidiverande depression. Stämningsdagbok i åtta veckor, anhörigintervju med sambon."),
    ], template="Återbesök")],
    must=["NL102"],
    why="'DD bipolär sjukdom typ II' (differential diagnosis) in visible Bedömning")

case("eips-bild-som-vid", "vgr", "2001-04-30", "f", [
    n(VGR_ALLM_NU, L_DAHL, "2024-03-05 14:10", [
        ("Bedömning", "Långvarig affektiv instabilitet, impulsivitet, stark rädsla för att bli övergiven och upprepade självskador sedan tonåren. Bild som vid emotionellt instabil personlighetsstörning. Erbjuds DBT-förberedande samtal hos psykolog."),
    ])],
    must=["NL102"],
    why="'Bild som vid emotionellt instabil personlighetsstörning' in visible Bedömning")

case("ptsd-trol-efter-ran", "skane", "1979-08-19", "m", [
    n(SK_TRAUMA_MAL, P_BERGSTROM, "2024-01-24 11:00", [
        ("Bedömning", "Återupplevanden, mardrömmar och undvikande av kollektivtrafik sedan rånet i november 2022. PCL-5 52 p. Trol. PTSD. Erbjuds traumafokuserad KBT, 12 sessioner."),
    ], template="Psykologanteckning")],
    must=["NL102"],
    why="abbreviated hedge 'Trol. PTSD' in visible psychologist note")

case("psykosdebut-ev-schizofreniform-typo", "vgr", "1999-12-08", "m", [
    n(VGR_PSYKOS_NO, L_YUSUF, "2024-03-11 10:00", [
        ("Aktuellt", "24-årig man, remitterad från akutpsykiatrin. Sedan ca tre veckor upplevelse av att grannarna avlyssnar honom, hör röster som kommenterar vad han gör. Har slutat gå till jobbet."),
        ("Status", "Vaken, orienterad. Misstänksam, sparsam ögonkontakt. Tankestopp vid två tillfällen under samtalet. Förnekar suicidtankar."),
        ("Bedömning", "Psykotiskt insjuknande. Ev. shizofreniform psykos, DD substansutlöst – pat uppger cannabisrökning i somras. Drogscreening tas idag."),
    ], template="Nybesök")],
    must=["NL102"],
    why="typo 'shizofreniform' after 'Ev.' plus a DD; hedged psychosis diagnosis in visible Bedömning")

case("ocd-forenlig-med-tvangssyndrom", "skane", "1995-05-14", "f", [
    n(SK_ANGEST_LUND, P_EK, "2024-02-20 15:00", [
        ("Bedömning", "Påträngande tankar om smitta och tvättritualer upp till tre timmar om dagen, Y-BOCS 27. Symtombilden är förenlig med tvångssyndrom. Erbjuds KBT med exponering och responsprevention."),
    ], template="Psykologanteckning")],
    must=["NL102"],
    why="'förenlig med tvångssyndrom' is a hedged diagnosis in visible Bedömning")

case("anorexi-kan-ej-uteslutas", "vgr", "2004-01-27", "f", [
    n(VGR_ATST_SU, L_FORSBERG, "2024-04-03 09:15", [
        ("Status", "Vikt 44,8 kg, längd 168 cm, BMI 15,9. Puls 48 regelbunden. Lanugo på underarmarna. Kalla händer."),
        ("Bedömning", "Anorexia nervosa kan ej uteslutas, pat förnekar dock viktfobi. Lab inkl. elstatus, fosfat och Hb. Åter om en vecka med vägning."),
    ])],
    must=["NL102"],
    why="'kan ej uteslutas' keeps anorexia nervosa open: hedged diagnosis in visible Bedömning")

case("alkohol-sannolikt-beroende", "skane", "1968-03-09", "m", [
    n(SK_BEROENDE_MAL, L_NOWAK, "2024-01-30 13:30", [
        ("Bedömning", "AUDIT 24 p, PEth 1,8 µmol/l. Dricker en flaska vin dagligen, morgonsupar förekommer. Sannolikt alkoholberoende. Erbjuds akamprosat och fortsatt kontakt hos ssk."),
    ])],
    must=["NL102"],
    why="'Sannolikt alkoholberoende' in visible Bedömning at a beroendemottagning")

case("bulimi-inger-misstanke-ssk", "vgr", "2000-10-17", "f", [
    n(VGR_ALLM_SKOVDE, S_HULT, "2024-02-22 10:30", [
        ("Aktuellt", "Pat berättar om hetsätning 3–4 ggr/v följt av självframkallade kräkningar. Tandläkaren har påpekat erosionsskador. Detta inger misstanke om bulimia nervosa, dr informeras och pat får tid för läkarbedömning."),
    ], template="Sjuksköterskeanteckning")],
    must=["NL102"],
    why="nurse writes 'inger misstanke om bulimia nervosa' in visible Aktuellt")

case("adhd-fragetecken-kortanteckning", "skane", "1990-06-21", "m", [
    n(SK_KRIST, L_SANDBERG, "2024-03-18 16:05", [
        ("Bedömning", "ADHD? Skickar ASRS och WURS hem till pat."),
    ], template="Telefonanteckning")],
    must=["NL102"],
    why="one-line note: 'ADHD?' (question mark hedge) in visible Bedömning")

case("hypomani-kan-inte-uteslutas-ssri", "vgr", "1987-09-05", "f", [
    n(VGR_AFF_SU, L_BERG, "2024-04-09 11:20", [
        ("Aktuellt", "Sambon ringde i går och beskrev att pat sovit tre timmar per natt i en vecka och köpt en bil impulsivt."),
        ("Bedömning", "Pratsam, antydan till tankeflykt. Kan inte utesluta hypomani under pågående sertralinbehandling. Sertralin sätts ut, kontroll om fem dagar."),
    ], signed=None)],
    must=["NL102"],
    why="'Kan inte utesluta hypomani' — hedged affective episode in visible Bedömning")

case("asd-talar-for-infor-konsensus", "skane", "1996-02-29", "m", [
    n(SK_NPF_MAL, P_ABERG, "2024-04-16 14:00", [
        ("Utredning", "ADOS-2 modul 4: sammanlagt 11 p. WAIS-IV: ojämn profil med VIT 118 och BHI 79. Testresultaten talar för autismspektrumtillstånd, slutlig bedömning vid konsensus med läkare v. 18."),
    ], template="Utredningsanteckning")],
    must=["NL102"],
    why="'talar för autismspektrumtillstånd' before consensus, in visible Utredning")

case("prodromalfas-kan-rora-sig-om", "vgr", "2003-06-12", "m", [
    n(VGR_PSYKOS_NO, P_KARLSSON, "2024-05-07 09:00", [
        ("Bedömning", "Funktionsfall senaste halvåret, social isolering och udda idéer om att tankar kan överföras via wifi, vilka dock kan ifrågasättas. Kan röra sig om prodromalfas till schizofreni. CAARMS genomförs vid nästa besök."),
    ], template="Psykologanteckning")],
    must=["NL102"],
    why="'Kan röra sig om prodromalfas till schizofreni' in visible Bedömning")

case("oklart-om-bipolar-eller-adhd", "skane", "1993-10-25", "f", [
    n(SK_LANDSKRONA, L_KOVAC, "2024-02-27 13:15", [
        ("Bedömning", "Stämningssvängningar som varar timmar snarare än dagar. Oklart om det rör sig om bipolär sjukdom eller om svängningarna hör till en ADHD-problematik. Bör utredas vidare."),
    ])],
    must=["NL102"],
    why="'Oklart om det rör sig om bipolär sjukdom' — open diagnostic question in visible text")

case("mojligt-generaliserat-angestsyndrom", "vgr", "1976-12-03", "f", [
    n(VGR_ALINGSAS, L_KOWALSKA, "2024-01-18 10:40", [
        ("Bedömning", "Oro för allt mellan himmel och jord sedan minst ett år, muskelspänningar och insomningssvårigheter. GAD-7 17 p. Möjligt generaliserat ångestsyndrom. Startar escitalopram 5 mg."),
    ])],
    must=["NL102"],
    why="'Möjligt generaliserat ångestsyndrom' in visible Bedömning; no statement about informing")

case("misstanke-om-opioidberoende", "skane", "1981-07-07", "f", [
    n(SK_BEROENDE_HBG, L_AHMADI, "2024-03-06 09:45", [
        ("Aktuellt", "Fick oxikodon förskrivet efter diskbråcksoperation 2022. Söker nu själv då hon tar mer än ordinerat och köper tabletter via nätet."),
        ("Bedömning", "Misstanke om opioidberoende. U-tox tas, kontakt med smärtmottagningen. LARO diskuteras som alternativ."),
    ], template="Nybesök")],
    must=["NL102"],
    why="'Misstanke om opioidberoende' stands in visible Bedömning")

case("typo-missankt-adhd-ssk-telefon", "vgr", "1994-03-30", "m", [
    n(VGR_NPF_SU, S_ANDERSSON, "2024-05-14 08:50", [
        ("Telefonkontakt", "Pat ringer och undrar över väntetiden. Missänkt ADHD enl remiss från VC Majorna, står på väntelistan för utredning med beräknad start i september."),
    ], template="Telefonanteckning")],
    must=["NL102"],
    why="typo 'Missänkt' for 'Misstänkt' — hedged ADHD in a visible telephone note")

case("typo-sannolkit-autism", "skane", "1997-09-14", "m", [
    n(SK_NPF_LUND, L_LINDGREN, "2024-05-21 15:30", [
        ("Bedömning", "Sannolkit autismspektrumtillstånd utan intellektuell funktionsnedsättning, konsensus med psykolog återstår."),
    ])],
    must=["NL102"],
    why="typo 'Sannolkit' — still a hedged autism diagnosis in visible Bedömning")

case("typo-differentialdiagons-bipolar", "vgr", "1983-02-16", "f", [
    n(VGR_AFF_SU, L_LINDQVIST, "2024-06-04 10:10", [
        ("Bedömning", "Recidiverande depression, nu medelsvår episod. Differentialdiagons: bipolär sjukdom typ II, pat beskriver kortare perioder med uppvarvning och lite sömn."),
    ])],
    must=["NL102"],
    why="typo 'Differentialdiagons' — bipolär typ II as DD in visible text")

case("skane-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", "1989-05-03", "m", [
    n(SK_PSYKOS_MAL, L_NILSSON, "2024-02-08 11:30", [
        ("Aktuellt", "Återbesök efter två veckor på olanzapin 10 mg. Sover bättre, fortsatt nedstämd."),
        ("Tidiga hypoteser", "Misstänkt schizoaffektivt syndrom, stämningssymtom parallellt med vanföreställningar sedan i höstas."),
    ], template="Läkaranteckning")],
    must=["NL102"],
    why="Skåne protects by template only: a sökord named Tidiga hypoteser inside an ordinary Läkaranteckning is visible")

case("vgr-hypotes-upprepad-i-bedomning", "vgr", "1991-11-11", "m", [
    n(VGR_NPF_SU, L_YUSUF, "2024-03-19 14:20", [
        ("Tidiga hypoteser", "Trolig ADHD kombinerad form samt möjligt autismspektrumtillstånd."),
        ("Bedömning", "Trolig ADHD, utredningen fortsätter med neuropsykologisk testning hos psykolog."),
    ])],
    must=["NL102"],
    why="VGR: the hypothesis is in the protected sökord but repeated ('Trolig ADHD') under visible Bedömning")

case("lang-npf-nybesok-adhd-och-ev-asd", "skane", "1996-08-08", "m", [
    n(SK_NPF_MAL, L_KOVAC, "2024-01-10 09:00", [
        ("Anamnes", "27-årig man, remiss från VC Limhamn. Växte upp i Trelleborg med två yngre syskon. Beskrivs av mor som ett vilt barn som inte kunde sitta still i skolan, men utreddes aldrig under barndomen. Gymnasiet natur, avbrutet i åk 3. Arbetar nu på lager och har bytt jobb sju gånger på fem år. Bor ensam, räkningar hamnar ofta hos inkasso."),
        ("Hereditet", "Mor behandlad för depression. Morbror har diagnosen ADHD sedan vuxen ålder. Inga kända psykossjukdomar i släkten."),
        ("Missbruk", "Alkohol 6–8 standardglas per helg, AUDIT 9. Cannabis några ggr i tonåren, inget senaste fem åren. Snusar dagligen."),
        ("Status", "Vaken, klar, orienterad x3. Rastlös, byter ställning ofta och avbryter. Stämningsläge neutralt, affekt adekvat. Inga psykotiska symtom. Förnekar dödstankar och suicidplaner."),
        ("Bedömning", "Frågeställning ADHD, kombinerad form. Även ev. autismspektrumtillstånd då pat beskriver stora svårigheter med oväntade förändringar och att tolka sociala koder. Komorbid riskbruk av alkohol."),
        ("Planering", "NPF-utredning startas: ASRS, WURS, DIVA-5, anhörigintervju med mor och WAIS-IV. Ssk följer upp alkoholvanorna om tre månader."),
    ], template="Nybesök", signed=95)],
    must=["NL102"], must_not=["NL101"],
    why="long multi-section nybesök; hedges 'Frågeställning ADHD' and 'ev. autismspektrumtillstånd' in visible Bedömning")

case("lang-psykosmottagning-trolig-schizofreni", "vgr", "1997-01-19", "m", [
    n(VGR_PSYKOS_BORAS, L_DAHL, "2024-04-22 10:00", [
        ("Anamnes", "Uppvuxen i Borås, ensambarn. Klarade grundskolan med godkända betyg, hoppade av gymnasiet. Har inte arbetat sedan 2021, bor hos föräldrarna. Inget känt missbruk, drogtester negativa vid två tillfällen."),
        ("Aktuellt", "Föräldrarna beskriver tilltagande isolering i över ett år. Sitter på rummet, har tejpat för ventilationen och säger att myndigheterna skickar signaler genom den. Äter dåligt, tappat ca 6 kg."),
        ("Status", "Orakad, ovårdad klädsel. Undvikande blick, lång latenstid i svaren. Tankeinnehåll präglat av förföljelseidéer, hallucinerar auditivt enligt egen uppgift. Affekt avflackad. Ingen sjukdomsinsikt. Förnekar suicidtankar, inga hot mot andra."),
        ("Lab", "Hb 148, CRP <1, TSH 1,9, B12 och folat normala. U-tox negativ."),
        ("Bedömning", "Trolig schizofreni, paranoid form, symtomduration mer än sex månader enligt föräldrarna. Ingen indikation för LPT i nuläget då pat accepterar behandling."),
        ("Planering", "Aripiprazol 5 mg 1x1, höjs till 10 mg efter en vecka. Kontaktperson ssk Hult. SIP med socialtjänsten inom en månad."),
    ], template="Nybesök", signed=120)],
    must=["NL102"],
    why="long psychosis nybesök with status and lab; 'Trolig schizofreni' in visible Bedömning")

case("ssk-telefon-later-som-trolig-mani", "skane", "1977-04-12", "f", [
    n(SK_AFF_LUND, S_LJUNG, "2024-05-28 08:20", [
        ("Telefonkontakt", "Maken ringer: pat har inte sovit på tre nätter, pratar oavbrutet och har sagt upp sig från jobbet. Låter som trolig manisk episod. Dr Holm kontaktad, pat erbjuds akut tid kl 14 idag."),
    ], template="Telefonanteckning")],
    must=["NL102"],
    why="psychiatric nurse: 'trolig manisk episod' in visible Telefonkontakt")

case("ev-komplex-ptsd-psykolog", "vgr", "1988-10-01", "f", [
    n(VGR_TRAUMA_SU, P_ERIKSSON, "2024-02-14 13:00", [
        ("Bedömning", "Upprepade traumatiseringar under uppväxten, stora svårigheter med affektreglering och genomgående negativ självbild utöver återupplevandesymtomen. Ev. komplex PTSD. Vi börjar med en stabiliseringsfas."),
    ], template="Psykologanteckning", signed=None)],
    must=["NL102"],
    why="'Ev. komplex PTSD' in visible psychologist Bedömning")

case("ssk-misstankt-cannabisutlost-psykos", "vgr", "1995-12-24", "m", [
    n(VGR_BEROENDE_GBG, S_JOHANSSON, "2024-03-26 09:40", [
        ("Aktuellt", "Kom på planerat besök men var orolig och pratade om att polisen följer efter honom. Röker cannabis dagligen sedan två år. Misstänkt cannabisutlöst psykos, dr Lindqvist bedömer pat direkt efter besöket."),
    ], template="Sjuksköterskeanteckning")],
    must=["NL102"],
    why="nurse note: 'Misstänkt cannabisutlöst psykos' in visible Aktuellt")

case("diagnos-sokord-kod-med-fragetecken", "skane", "1986-01-29", "f", [
    n(SK_KRIST, L_SANDBERG, "2024-04-24 10:15", [
        ("Diagnos", "F31.8? Bipolär sjukdom typ II – preliminärt, stämningsdagboken pågår."),
        ("Åtgärd", "Lamotrigin upptitreras enligt schema, 25 mg i två veckor."),
    ])],
    must=["NL102"],
    why="ICD code with '?' and 'preliminärt' under the visible Diagnos sökord")

case("atstorning-uns-fragetecken", "vgr", "2002-05-05", "f", [
    n(VGR_ATST_SU, P_STRAND, "2024-05-16 15:15", [
        ("Bedömning", "Restriktivt ätande och överdriven träning, vikten stabil kring BMI 19. Ätstörning UNS? EDE-Q skickas hem, ny tid om två veckor."),
    ], template="Psykologanteckning")],
    must=["NL102"],
    why="'Ätstörning UNS?' — question-mark hedge on an eating disorder, visible")

case("typo-forenglit-med-social-fobi", "skane", "1999-09-09", "m", [
    n(SK_ALLM_HBG, P_HADDAD, "2024-03-13 13:45", [
        ("Bedömning", "Intensiv rädsla för att bli granskad, undviker att äta inför andra och att tala på möten. LSAS 88. Förenglit med social fobi, KBT i grupp erbjuds."),
    ], template="Psykologanteckning")],
    must=["NL102"],
    why="typo 'Förenglit' for 'Förenligt' — hedged social fobi in visible Bedömning")

case("susp-asd-kort-lakare", "vgr", "1992-07-31", "m", [
    n(VGR_ALLM_NU, L_KOWALSKA, "2024-06-18 14:30", [
        ("Bedömning", "Susp. ASD, remitteras till neuropsykiatriska teamet i Trollhättan."),
    ])],
    must=["NL102"],
    why="abbreviated hedge 'Susp. ASD' in visible Bedömning")

case("remissfragestallning-i-aktuellt-ssk", "skane", "1993-12-14", "f", [
    n(SK_NPF_LUND, S_RAHIMI, "2024-02-01 10:00", [
        ("Aktuellt", "Remitterad från VC Södra Sandby med misstänkt ADHD. Första besöket hos ssk för screening och genomgång av hur utredningen går till."),
        ("Åtgärd", "ASRS och AUDIT ifyllda på plats. BT 118/74."),
    ], template="Besöksanteckning")],
    must=["NL102"], must_not=["NL101"],
    why="the referrer's hypothesis 'misstänkt ADHD' repeated in visible Aktuellt is still a hedged diagnosis")

case("sannolik-eips-kliniskt-intryck", "vgr", "1998-02-02", "f", [
    n(VGR_ALLM_SKOVDE, L_FORSBERG, "2024-04-11 09:30", [
        ("Bedömning", "Kliniskt intryck av sannolik emotionellt instabil personlighetsstörning; SCID-5-PD planeras innan diagnos sätts."),
    ])],
    must=["NL102"],
    why="'sannolik emotionellt instabil personlighetsstörning' in visible text, explicitly not yet set")

case("utkast-trolig-bipolar-typ-1", "skane", "1980-06-06", "m", [
    n(SK_AFF_LUND, L_HOLM, "2024-05-02 15:50", [
        ("Bedömning", "Trolig bipolär sjukdom typ I med manisk episod 2021 och nu depressiv episod. Litium diskuteras, pat vill fundera."),
    ], signed=None)],
    must=["NL102"],
    why="unsigned draft (pre-signing): 'Trolig bipolär sjukdom typ I' in visible Bedömning")

case("typo-trolgi-ptsd-trafikolycka", "vgr", "1974-11-21", "m", [
    n(VGR_BORAS, P_KARLSSON, "2024-01-23 11:15", [
        ("Bedömning", "Trolgi PTSD efter trafikolyckan på riksväg 40 i mars, mardrömmar och undvikande av bilkörning."),
    ], template="Psykologanteckning")],
    must=["NL102"],
    why="typo 'Trolgi' for 'Trolig' — hedged PTSD in a visible psychologist note")

case("typo-misstant-hetsatningsstorning", "skane", "1984-04-04", "f", [
    n(SK_ATST_LUND, P_ABERG, "2024-06-13 10:20", [
        ("Bedömning", "Misstänt hetsätningsstörning, hetsätningsepisoder 2–3 ggr/v utan kompensatoriskt beteende. BMI 34."),
    ], template="Psykologanteckning")],
    must=["NL102"],
    why="typo 'Misstänt' — hedged binge-eating disorder in visible Bedömning")

case("oklart-autism-eller-social-fobi", "vgr", "2001-08-15", "m", [
    n(VGR_NPF_SKOVDE, P_STRAND, "2024-09-03 13:30", [
        ("Bedömning", "Oklart om de sociala svårigheterna bäst förklaras av autism eller av social fobi; enligt mor har svårigheterna funnits sedan förskolan."),
    ], template="Psykologanteckning")],
    must=["NL102"],
    why="'Oklart om ... autism eller social fobi' — two open diagnoses in visible text")

case("ssk-info-utredningsgang-misstankt-adhd", "vgr", "1990-01-08", "f", [
    n(VGR_NPF_SKOVDE, S_HULT, "2024-08-27 09:00", [
        ("Åtgärd", "Pat, som remitterats hit för misstänkt ADHD, har fått information om utredningsgången samt skriftligt material och skattningsformulär att ta med till nästa besök."),
    ], template="Sjuksköterskeanteckning")],
    must=["NL102"], must_not=["NL101"],
    why="hedged 'misstänkt ADHD' is visible (NL102) but the patient is informed, so no NL101")

case("kokainbrukssyndrom-fragetecken", "skane", "1991-10-30", "m", [
    n(SK_BEROENDE_MAL, L_NOWAK, "2024-09-10 14:00", [
        ("Bedömning", "Kokainbrukssyndrom? Pat förnekar bruk men u-tox positiv för bensoylekgonin vid två tillfällen."),
    ])],
    must=["NL102"],
    why="'Kokainbrukssyndrom?' with question mark in visible Bedömning")

case("misstankt-adhd-hos-kand-bipolar", "vgr", "1986-06-26", "m", [
    n(VGR_AFF_SU, L_BERG, "2024-10-08 10:30", [
        ("Bedömning", "Känd bipolär sjukdom typ I, stabil på litium sedan 2019. Misstänkt ADHD som förklaring till kvarstående koncentrationsproblem i eutymt läge, remiss till NPF-mottagningen."),
    ])],
    must=["NL102"],
    why="confirmed bipolar plus hedged 'Misstänkt ADHD' in the same visible section: positive")

case("dysmorfofobi-uppfyller-sannolikt", "skane", "2002-12-12", "f", [
    n(SK_ANGEST_LUND, L_LINDGREN, "2024-10-15 11:45", [
        ("Bedömning", "Upptagen flera timmar dagligen av att näsan skulle vara missformad, kontrollerar i spegeln och undviker fotografering. Uppfyller sannolikt kriterierna för dysmorfofobi."),
    ])],
    must=["NL102"],
    why="'Uppfyller sannolikt kriterierna för dysmorfofobi' in visible Bedömning")

# ================================================================ NL102 negatives
# negations / ruled out
case("ssk-inga-tecken-pa-psykos-eller-mani", "skane", "1982-07-17", "m", [
    n(SK_PSYKOS_MAL, S_OLSSON, "2024-01-12 08:30", [
        ("Åtgärd", "Depåinjektion given i vä glutealmuskel enligt ordination, inga lokala reaktioner."),
        ("Bedömning", "Lugn och sover gott. Inga tecken på psykos eller mani vid dagens besök. Nästa injektion om fyra veckor."),
    ], template="Sjuksköterskeanteckning")],
    must_not=["NL102"],
    why="'Inga tecken på psykos eller mani' is negated: no hedged diagnosis")

case("adhd-uteslutes-efter-utredning", "vgr", "1994-09-28", "f", [
    n(VGR_NPF_SU, L_YUSUF, "2024-02-15 13:00", [
        ("Sammanfattning", "Genomförd NPF-utredning ger inte stöd för ADHD varken i barndomen eller nu. ADHD uteslutes. Koncentrationssvårigheterna förklaras bättre av långvarig ångest och dålig nattsömn. Resultatet återgavs till pat idag."),
    ], template="Återgivning")],
    must_not=["NL102", "NL101"],
    why="ADHD ruled out ('uteslutes') and result given to the patient")

case("talar-emot-autism", "skane", "1990-04-19", "m", [
    n(SK_NPF_MAL, P_HADDAD, "2024-03-07 15:00", [
        ("Utredning", "ADOS-2 under gränsvärdet och anhörigintervjun beskriver typisk social utveckling, vilket talar emot autismspektrumtillstånd."),
    ], template="Utredningsanteckning", signed=None)],
    must_not=["NL102"],
    why="'talar emot autismspektrumtillstånd' is a negation, not a hypothesis")

case("bipolar-kriterier-ej-uppfyllda", "vgr", "1979-01-31", "m", [
    n(VGR_AFF_SU, L_LINDQVIST, "2024-03-21 10:00", [
        ("Bedömning", "Kriterierna för bipolär sjukdom är inte uppfyllda; de beskrivna uppvarvade perioderna varar högst några timmar och hänger ihop med alkoholintag."),
    ])],
    must_not=["NL102"],
    why="criteria for bipolar disorder not met: negated diagnosis")

case("bulimi-misstanken-avskrivs", "skane", "1997-06-02", "f", [
    n(SK_ATST_LUND, L_AHMADI, "2024-04-02 09:30", [
        ("Bedömning", "Kräkningarna är inte självframkallade utan kopplade till gastrit enligt gastroskopin. Misstanken om bulimi avskrivs, remitteras tillbaka till VC."),
    ])],
    must_not=["NL102"],
    why="hard negative: 'Misstanken om bulimi avskrivs' contains a hedge word but the diagnosis is dropped")

case("typo-ingen-missanke-om-atstorning", "vgr", "2003-03-14", "f", [
    n(VGR_ALLM_NU, S_JOHANSSON, "2024-04-18 14:00", [
        ("Aktuellt", "Vikt 62 kg, stabil sedan förra besöket. Äter regelbundet tre mål om dagen. Ingen missanke om ätstörning."),
    ], template="Sjuksköterskeanteckning")],
    must_not=["NL102"],
    why="typo 'missanke' inside a negation 'Ingen missanke om ätstörning'")

case("inget-som-talar-for-ptsd", "skane", "1965-10-10", "f", [
    n(SK_TRAUMA_MAL, P_BERGSTROM, "2024-05-06 10:00", [
        ("Bedömning", "Var med om en trafikolycka i januari. Enstaka obehagliga minnesbilder men inga mardrömmar, inget undvikande. Inget som talar för PTSD, avslutas efter tre samtal."),
    ], template="Psykologanteckning")],
    must_not=["NL102"],
    why="'Inget som talar för PTSD' is negated")

case("ej-forenligt-med-tvangssyndrom", "vgr", "1988-08-22", "m", [
    n(VGR_OCD_SU, P_SJOBERG, "2024-05-13 11:00", [
        ("Bedömning", "Tankarna om att ha glömt spisen på upplevs inte som främmande och leder inte till ritualer. Ej förenligt med tvångssyndrom, snarare normal kontrollbenägenhet vid stress."),
    ], template="Psykologanteckning")],
    must_not=["NL102"],
    why="'Ej förenligt med tvångssyndrom' negates the hedge phrase")

case("dd-hypotyreos-utesluten", "vgr", "1972-05-27", "f", [
    n(VGR_AFF_SU, L_BERG, "2024-06-10 09:00", [
        ("Bedömning", "Depressiv episod av medelsvår grad. Hypotyreos som differentialdiagnos är utesluten, TSH och fritt T4 normala. Fortsatt sertralin 100 mg."),
    ])],
    must_not=["NL102"],
    why="hard negative: the word 'differentialdiagnos' appears but the DD is ruled out; the depression is confirmed")

case("tidigare-misstankt-adhd-avskrevs", "vgr", "1999-03-18", "m", [
    n(VGR_ALLM_NU, L_DAHL, "2024-07-02 10:30", [
        ("Anamnes", "Utreddes 2017 på BUP för misstänkt ADHD, vilket avskrevs."),
        ("Bedömning", "Nu medelsvår depressiv episod, MADRS-S 28. Startar sertralin 50 mg."),
    ])],
    must_not=["NL102"],
    why="past suspicion of ADHD that was dropped ('avskrevs'); current diagnosis confirmed")

case("mor-trolig-bipolar-aldrig-utredd", "skane", "1991-12-20", "f", [
    n(SK_AFF_LUND, L_HOLM, "2024-01-25 10:30", [
        ("Hereditet", "Mor med trolig bipolär sjukdom, aldrig utredd; perioder av extrem aktivitet och skuldsättning under pats uppväxt."),
        ("Bedömning", "Recidiverande depression, nu lätt episod. Sertralin 100 mg oförändrat."),
    ])],
    must_not=["NL102"],
    why="the hedged bipolar disorder belongs to the mother, not the patient")

case("bror-misstankt-autism-bup", "vgr", "2004-06-30", "m", [
    n(VGR_NPF_SKOVDE, P_STRAND, "2024-02-12 13:30", [
        ("Anamnes", "Yngre bror 11 år under utredning för misstänkt autism på BUP Skövde."),
        ("Bedömning", "Pat själv söker för stresskänslighet och sömnbesvär inför studenten. Erbjuds stresshanteringsgrupp."),
    ], template="Psykologanteckning")],
    must_not=["NL102"],
    why="'misstänkt autism' is the brother's; the patient has no hedged diagnosis")

case("morfar-sannolikt-schizofreni-st-lars", "skane", "1987-02-25", "m", [
    n(SK_ALLM_HBG, L_PERSSON, "2024-02-19 11:10", [
        ("Hereditet", "Morfar sannolikt schizofreni, vårdades långa perioder på S:t Lars i Lund. I övrigt inga kända psykiatriska sjukdomar i släkten."),
        ("Bedömning", "Paniksyndrom. Internetbaserad KBT via 1177 Stöd och behandling."),
    ])],
    must_not=["NL102"],
    why="'sannolikt schizofreni' describes the grandfather; patient's diagnosis is confirmed")

case("typo-far-missankt-alkoholberoende", "vgr", "1993-11-06", "f", [
    n(VGR_UDDEVALLA, K_BENGTSSON, "2024-03-04 14:00", [
        ("Anamnes", "Uppvuxen med far med missänkt alkoholberoende, ofta berusad på helgerna. Modern höll ihop familjen."),
        ("Åtgärd", "Samtal om pats egen oro för relationer. Nytt samtal om tre veckor."),
    ], template="Kuratorsanteckning")],
    must_not=["NL102"],
    why="typo 'missänkt'; the hedged alcohol dependence is the father's")

case("lang-hereditet-flera-hedgade-slaktingar", "vgr", "1983-04-08", "m", [
    n(VGR_AFF_SU, L_LINDQVIST, "2024-04-25 10:00", [
        ("Anamnes", "Bipolär sjukdom typ II, fastställd 2020 på denna mottagning. Två hypomana episoder och fyra depressioner sedan 2012. Lamotrigin 200 mg sedan 2021 med god effekt. Arbetar heltid som gymnasielärare, gift, två barn."),
        ("Hereditet", "Moster ?bipolär, fick litium på 80-talet. Kusin på fars sida trolig autism. Farfar tog sitt liv 1979. Mor och far friska."),
        ("Aktuellt", "Årskontroll. Stabil stämning sedan förra besöket, sover 7 h. Har inte behövt extra kontakter."),
        ("Status", "Välvårdad, god kontakt. Stämningsläget neutralt och affekten följsam. Inga psykotiska symtom. Förnekar suicidtankar."),
        ("Bedömning", "Bipolär sjukdom typ II, eutym. Oförändrad behandling."),
        ("Planering", "Nästa kontroll om ett år, ssk ringer i oktober. Krisplan oförändrad."),
    ], template="Årskontroll", signed=60)],
    must_not=["NL102"],
    why="long note: '?bipolär' and 'trolig autism' concern the aunt and a cousin; patient's bipolar II is settled")

case("pojkvan-trolig-psykossjukdom", "vgr", "2000-02-09", "f", [
    n(VGR_ALINGSAS, K_BENGTSSON, "2024-05-20 10:00", [
        ("Aktuellt", "Pojkvännen har trolig psykossjukdom och vägrar söka vård. Pat känner stort ansvar och sover dåligt."),
        ("Åtgärd", "Stödsamtal, info om anhörigstöd i kommunen."),
    ], template="Kuratorsanteckning")],
    must_not=["NL102"],
    why="hedged psychosis of the boyfriend, not of the patient")

case("trolig-start-lisdexamfetamin-efter-ekg", "vgr", "1996-05-09", "m", [
    n(VGR_NPF_SU, L_YUSUF, "2024-04-16 11:00", [
        ("Bedömning", "ADHD kombinerad form, fastställd vid återgivningen 2/4."),
        ("Planering", "Trolig start med lisdexamfetamin i maj efter EKG och blodtrycksmätning."),
    ])],
    must_not=["NL102"],
    why="'Trolig start med lisdexamfetamin' hedges a plan; the ADHD diagnosis is settled")

case("eventuellt-ekg-fore-metylfenidat", "skane", "1989-03-21", "m", [
    n(SK_NPF_MAL, S_RAHIMI, "2024-06-19 10:00", [
        ("Åtgärd", "BT 128/82, puls 76, vikt 71 kg. Eventuellt EKG före start av metylfenidat, dr avgör."),
    ], template="Sjuksköterskeanteckning")],
    must_not=["NL102"],
    why="'Eventuellt EKG' is a hedged examination, not a diagnosis")

case("oklart-om-roster-eller-tankar", "skane", "2002-09-30", "f", [
    n(SK_PSYKOS_MAL, P_EK, "2024-08-20 14:00", [
        ("Aktuellt", "Oklart om pat hör röster eller beskriver mycket påträngande egna tankar; hon säger att det pratar inne i huvudet. Följs upp vid nästa samtal."),
    ], template="Psykologanteckning")],
    must_not=["NL102"],
    why="'Oklart om pat hör röster' hedges a symptom, not a diagnosis")

case("ev-latt-tremor-status", "vgr", "1960-04-16", "f", [
    n(VGR_BORAS, L_KOWALSKA, "2024-09-05 10:00", [
        ("Status", "Ev. lätt finvågig tremor vid utsträckta armar, i övrigt ua neurologiskt. Ingen ataxi."),
        ("Bedömning", "Bipolär sjukdom typ I på litium, s-litium 0,8. Fortsatt samma dos."),
    ])],
    must_not=["NL102"],
    why="hedge on a clinical finding (tremor), not a diagnosis; bipolar I confirmed")

case("forenligt-med-god-behandlingseffekt", "skane", "1994-01-22", "m", [
    n(SK_ANGEST_LUND, P_EK, "2024-09-12 15:00", [
        ("Bedömning", "Y-BOCS har sjunkit från 27 till 12, förenligt med god effekt av ERP. Avslut planeras efter två boostersessioner."),
    ], template="Psykologanteckning")],
    must_not=["NL102"],
    why="hard negative: 'förenligt med' qualifies treatment effect, not a diagnosis")

case("talar-for-god-foljsamhet-klozapin", "vgr", "1985-05-19", "m", [
    n(VGR_PSYKOS_BORAS, S_JOHANSSON, "2024-09-17 09:30", [
        ("Aktuellt", "Plasmakoncentration av klozapin inom referensintervallet, talar för god följsamhet. Neutrofila 3,4."),
    ], template="Sjuksköterskeanteckning")],
    must_not=["NL102"],
    why="hard negative: 'talar för' qualifies adherence, not a disease")

case("fragestallning-till-arbetsterapeut", "skane", "1997-03-11", "f", [
    n(SK_NPF_MAL, AT_WENNBERG, "2024-09-24 13:00", [
        ("Utredning", "Diagnostiserad ADHD sedan i våras. Frågeställning från läkare: aktivitetsförmåga och behov av kognitiva hjälpmedel i vardagen. AWP genomförd idag."),
    ], template="Arbetsterapeutanteckning")],
    must_not=["NL102"],
    why="'Frågeställning' here concerns activity ability, not a diagnosis; ADHD is settled")

case("om-maniska-symtom-kontakta-mottagningen", "vgr", "1990-07-04", "f", [
    n(VGR_BORAS, L_DAHL, "2024-10-03 14:00", [
        ("Bedömning", "Medelsvår depressiv episod, förbättrad på bupropion."),
        ("Planering", "Om maniska symtom tillkommer, t.ex. minskat sömnbehov eller ökad pratsamhet, ska pat eller sambon kontakta mottagningen samma dag."),
    ])],
    must_not=["NL102"],
    why="conditional safety advice ('Om maniska symtom tillkommer') is no hypothesis")

case("adhd-faststalld-diagnoskod", "skane", "1992-08-27", "m", [
    n(SK_NPF_MAL, L_KOVAC, "2024-10-17 11:00", [
        ("Diagnos", "F90.0 ADHD, kombinerad form."),
        ("Bedömning", "Diagnosen är fastställd efter NPF-utredning; kriterierna uppfylls både i barndomen och i vuxen ålder."),
    ])],
    must_not=["NL102", "NL101"],
    why="confirmed ADHD with code; nothing said about telling the patient")

case("kand-schizofreni-paliperidon", "skane", "1990-03-25", "m", [
    n(SK_PSYKOS_MAL, L_NILSSON, "2024-10-29 09:30", [
        ("Bedömning", "Känd schizofreni sedan 2015, välbehandlad med paliperidon depå. Positiva symtom i remission, kvarstående negativsymtom med låg drivkraft."),
    ])],
    must_not=["NL102", "NL101"],
    why="known schizophrenia, no hedge and no statement about informing")

case("tidiga-hypoteser-mall-schizotyp", "skane", "1995-04-01", "m", [
    n(SK_PSYKOS_MAL, L_NILSSON, "2024-11-07 15:00", [
        ("Bedömning", "Misstänkt schizotyp störning: magiskt tänkande och excentriskt beteende, ej psykotisk. Tas inte upp med pat förrän bedömningen är klar."),
    ], template="Tidiga hypoteser")],
    must_not=["NL102", "NL101"],
    why="Skåne template Tidiga hypoteser protects both the hedge and the untold diagnosis")

case("typo-tidiga-hypoteser-sokord-mojlg-bipolar", "vgr", "1982-08-05", "f", [
    n(VGR_AFF_SU, L_LINDQVIST, "2024-11-12 10:00", [
        ("Aktuellt", "Kommer med sambon. Nedstämd sedan en månad, sover fem timmar per natt."),
        ("Tidiga hypoteser", "Möjlg bipolär sjukdom typ II; sambon beskriver en period i våras med extremt hög energi."),
        ("Planering", "Återbesök om tre veckor, stämningsskattning före."),
    ])],
    must_not=["NL102"],
    why="VGR: hedged bipolar (typo 'Möjlg') only under sökord Tidiga hypoteser; visible sections neutral")

case("tidiga-hypoteser-mall-lang-npf", "skane", "1993-06-18", "f", [
    n(SK_NPF_LUND, P_ABERG, "2024-11-14 16:00", [
        ("Utredning", "Hypoteser efter första testtillfället: trolig ADHD, ouppmärksam form. Autismspektrumtillstånd kan inte uteslutas med tanke på stel social stil och starka specialintressen. DD: social ångest, komplex traumatisering. Anhörigintervju och ADOS-2 återstår innan något kommuniceras."),
    ], template="Tidiga hypoteser")],
    must_not=["NL102"],
    why="several hedges, all inside a Skåne Tidiga hypoteser template")

case("tidiga-hypoteser-eips-synliga-delar-neutrala", "vgr", "1999-10-09", "f", [
    n(VGR_ALLM_SKOVDE, P_KARLSSON, "2024-11-19 10:00", [
        ("Aktuellt", "Samtal 3 av 5 i bedömningsfasen. Pat beskriver sina relationer som stormiga."),
        ("Tidiga hypoteser", "Emotionellt instabil personlighetsstörning? Ev. komorbid ADHD."),
        ("Planering", "Två bedömningssamtal till, därefter återkoppling till pat."),
    ], template="Psykologanteckning", signed=None)],
    must_not=["NL102"],
    why="VGR: hedges only under the Tidiga hypoteser sökord")

case("pmo-vc-psykolog-misstankt-adhd", "skane", "1997-05-22", "m", [
    n(VC_LINERO, P_NORD, "2024-01-17 14:00", [
        ("Bedömning", "Misstänkt ADHD, hög poäng på ASRS. Remiss skickas till vuxenpsykiatrins NPF-mottagning."),
    ], template="Besöksanteckning")],
    must_not=["NL102"],
    why="PMO never shows diagnoses: hedged ADHD in a vårdcentral note is no NL102")

case("pmo-distriktslakare-trolig-bipolar-ii", "skane", "1983-07-29", "f", [
    n(VC_KARNAN, L_HAKANSSON, "2024-03-14 10:20", [
        ("Bedömning", "Trolig bipolär sjukdom typ II. Remiss till psykiatrin för bedömning, avvaktar med SSRI tills vidare."),
    ], template="Läkarbesök")],
    must_not=["NL102"],
    why="PMO note: hedged bipolar II is not shown")

case("pmo-kurator-sannolikt-ptsd-tolk", "skane", "1980-12-30", "m", [
    n(VC_ROSENGARD, K_SVENSSON, "2024-05-08 09:00", [
        ("Bedömning", "Sannolikt PTSD efter flykten, samtal via tolk på arabiska. Remiss till Röda Korsets behandlingscenter diskuteras."),
    ], template="Kuratorsanteckning")],
    must_not=["NL102"],
    why="PMO kurator note with hedged PTSD: PMO hides diagnoses")

case("pmo-ssk-misstankt-alkoholberoende", "skane", "1962-06-15", "m", [
    n(VC_HOOR, S_JONSSON, "2024-07-11 08:40", [
        ("Bedömning", "AUDIT 19, dricker dagligen. Misstänkt alkoholberoende, tid bokad hos distriktsläkare."),
    ], template="Sjuksköterskebesök")],
    must_not=["NL102"],
    why="PMO nurse note: hedged alcohol dependence not shown")

case("pmo-anhorig-ringer-misstanks-psykotisk", "skane", "1996-09-04", "m", [
    n(VC_ESLOV, L_HAKANSSON, "2024-11-26 11:50", [
        ("Telefonkontakt", "Mamman ringer, pat misstänks vara psykotisk efter en veckas sömnlöshet. Hänvisas till akutpsykiatrin i Lund."),
    ], template="Telefon")],
    must_not=["NL102"],
    why="PMO telephone note with suspected psychosis: PMO never shows diagnoses")

# ================================================================ NL101 positives
# diagnosis visible while the text says the patient has not been told

case("asd-faststalld-aterigivning-ej-gjord", "skane", "1995-03-16", "f", [
    n(SK_NPF_MAL, P_ABERG, "2024-04-30 14:30", [
        ("Sammanfattning", "Sammanvägd bedömning efter konsensus med ansvarig läkare: kriterierna för autismspektrumtillstånd (F84.5) är uppfyllda. Resultatet är ännu inte återgivet till pat; återgivningssamtal bokat 14/5 tillsammans med läkare."),
    ], template="Utredningsanteckning")],
    must=["NL101"], must_not=["NL102"],
    why="settled autism diagnosis written visibly before the feedback session ('ännu inte återgivet')")

case("bipolar-ii-diagnossokord-planering-ej-informerad", "vgr", "1988-01-13", "f", [
    n(VGR_AFF_SU, L_LINDQVIST, "2024-02-20 11:00", [
        ("Diagnos", "Bipolär sjukdom typ II (F31.8)."),
        ("Planering", "Pat ej informerad om diagnosen idag då hon var mycket ångestfylld; tas upp vid besöket om två veckor."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="diagnosis under visible sökord Diagnos, 'ej informerad om diagnosen' under Planering")

case("schizofreni-utan-sjukdomsinsikt-ej-informerad", "skane", "1994-10-06", "m", [
    n(SK_PSYKOS_MAL, L_NILSSON, "2024-03-12 13:30", [
        ("Bedömning", "Uppfyller nu kriterierna för schizofreni. Pat saknar sjukdomsinsikt och har inte informerats om diagnosen, bedöms i nuläget inte kunna ta till sig beskedet."),
    ])],
    must=["NL101"],
    why="schizophrenia stated in visible Bedömning; patient explicitly not informed")

case("eips-ska-ej-meddelas-fore-dbt", "vgr", "2000-06-23", "f", [
    n(VGR_ALLM_SKOVDE, L_FORSBERG, "2024-05-15 10:00", [
        ("Bedömning", "Emotionellt instabil personlighetsstörning, fastställd efter SCID-5-PD. Diagnosen ska inte meddelas pat förrän DBT-teamet träffat henne, då det finns risk för impulsiva handlingar."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="'ska inte meddelas pat' about a settled personality-disorder diagnosis in visible text")

case("ssk-telefon-alkoholberoende-besked-vid-besok", "skane", "1973-05-30", "m", [
    n(SK_BEROENDE_MAL, S_OLSSON, "2024-02-07 09:10", [
        ("Telefonkontakt", "Pat ringer om provsvaren. Dr Nowak har bedömt att kriterierna för alkoholberoende är uppfyllda men vill ge beskedet själv vid besöket på fredag; pat är ännu inte informerad."),
    ], template="Telefonanteckning")],
    must=["NL101"],
    why="nurse documents the doctor's diagnosis visibly and that the patient is not yet informed")

case("typo-ej-infomerad-adhd-teamkonferens", "vgr", "1991-04-26", "m", [
    n(VGR_NPF_SU, L_YUSUF, "2024-03-14 16:00", [
        ("Bedömning", "ADHD, ouppmärksam form, fastställd vid teamkonferensen idag. Pat ej infomerad, återgivning 22/3."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="typo 'infomerad': ADHD set in visible text before the patient is told")

case("anorexi-vantar-till-familjesamtal", "skane", "2005-08-11", "f", [
    n(SK_ATST_LUND, L_AHMADI, "2024-01-31 15:20", [
        ("Bedömning", "Anorexia nervosa, restriktiv typ. Pat har ännu inte fått veta diagnosen; pga hög ångestnivå väntar vi till familjesamtalet nästa vecka."),
    ])],
    must=["NL101"],
    why="anorexia diagnosis visible, 'har ännu inte fått veta diagnosen'")

case("tvangssyndrom-ej-underrattad", "vgr", "1993-02-08", "m", [
    n(VGR_OCD_SU, P_SJOBERG, "2024-04-04 10:30", [
        ("Bedömning", "Tvångssyndrom med huvudsakligen tvångstankar av aggressivt innehåll. Pat är ännu inte underrättad om diagnosen, vi vill först bygga allians."),
    ], template="Psykologanteckning", signed=None)],
    must=["NL101"],
    why="OCD stated visibly, 'ännu inte underrättad om diagnosen'")

case("ptsd-teamet-vantar-med-att-beratta", "skane", "1990-11-19", "f", [
    n(SK_TRAUMA_MAL, L_LINDGREN, "2024-06-06 11:00", [
        ("Diagnos", "PTSD (F43.1)."),
        ("Bedömning", "Vi har kommit överens i teamet om att inte berätta om PTSD-diagnosen för pat förrän hon är stabiliserad."),
    ])],
    must=["NL101"],
    why="team agrees not to tell the patient yet, diagnosis under visible Diagnos")

case("utkast-asd-aterigivning-har-inte-skett", "vgr", "1999-05-25", "m", [
    n(VGR_NPF_SKOVDE, P_STRAND, "2024-06-12 15:40", [
        ("Utredning", "Autismspektrumtillstånd utan intellektuell funktionsnedsättning. Återgivning till pat har inte skett."),
    ], template="Psykologanteckning", signed=None)],
    must=["NL101"],
    why="unsigned draft: autism diagnosis visible before feedback to the patient")

case("misstankt-asperger-ej-informerad-bada-koder", "skane", "1987-07-01", "m", [
    n(SK_NPF_LUND, L_LINDGREN, "2024-07-04 10:30", [
        ("Bedömning", "Misstänkt Aspergers syndrom. Pat inte informerad om misstanken, tas upp efter ADOS."),
    ])],
    must=["NL101", "NL102"],
    why="hedged diagnosis in visible text (NL102) that the patient has not been told about (NL101)")

case("flernot-n1-undanhaller-vanforestallningssyndrom", "vgr", "1966-09-17", "f", [
    n(VGR_PSYKOS_NO, L_YUSUF, "2024-02-05 10:00", [
        ("Bedömning", "Vanföreställningssyndrom med svartsjukeinnehåll. Pat inte informerad om diagnosen ännu, risk för avbrott i kontakten."),
    ], nid="n1"),
    n(VGR_PSYKOS_NO, L_YUSUF, "2024-03-04 10:00", [
        ("Bedömning", "Diagnosen vanföreställningssyndrom gicks idag igenom med pat, som tog det lugnare än väntat."),
    ], nid="n2")],
    must=[("NL101", "n1")],
    why="a later note tells the patient, but the first note still showed the untold diagnosis")

case("intellektuell-funktionsnedsattning-anhoriga-informerade", "skane", "2004-12-05", "m", [
    n(SK_NPF_MAL, P_HADDAD, "2024-08-15 13:00", [
        ("Sammanfattning", "Lindrig intellektuell funktionsnedsättning (F70). God man och mor informerades vid nätverksmötet. Pat själv har inte fått återgivning ännu, planeras med bildstöd."),
    ], template="Utredningsanteckning")],
    must=["NL101"],
    why="relatives are told but the patient is not: the diagnosis is visible before he is informed")

case("kokainberoende-ej-kommunicerat", "skane", "1989-02-18", "m", [
    n(SK_BEROENDE_HBG, L_AHMADI, "2024-08-29 14:10", [
        ("Bedömning", "Kokainberoende enligt DSM-5, u-tox positiv vid fyra av fem tillfällen. Diagnosen har inte kommunicerats med pat än, görs vid nästa besök tillsammans med kontaktpersonen."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="'Diagnosen har inte kommunicerats med pat' with a settled substance diagnosis visible")

case("typo-autimsspektrumtillstand-ej-informerad", "vgr", "1997-12-28", "f", [
    n(VGR_NPF_SU, P_ERIKSSON, "2024-09-10 11:30", [
        ("Utredning", "Autimsspektrumtillstånd, nivå 1. Pat ännu inte informerad om utfallet, återgivning med läkare i oktober."),
    ], template="Psykologanteckning")],
    must=["NL101"],
    why="typo in the diagnosis 'Autimsspektrumtillstånd'; patient not yet informed")

case("hetsatning-ej-fatt-besked", "skane", "1979-03-27", "f", [
    n(SK_ATST_LUND, P_ABERG, "2024-10-02 10:00", [
        ("Bedömning", "Hetsätningsstörning bekräftad med EDE-Q och klinisk intervju. Pat har inte fått något besked om diagnosen ännu."),
    ], template="Psykologanteckning")],
    must=["NL101"], must_not=["NL102"],
    why="confirmed binge-eating disorder, 'inte fått något besked om diagnosen'")

case("ssk-telefon-adhd-pat-ovetande", "vgr", "1985-10-14", "f", [
    n(VGR_NPF_SKOVDE, S_HULT, "2024-10-24 09:20", [
        ("Telefonkontakt", "Pat ringer och frågar om resultatet. Teamet har fastställt ADHD men pat vet inte om det ännu; jag hänvisar till återgivningen med psykolog 3/11."),
    ], template="Telefonanteckning")],
    must=["NL101"],
    why="nurse phone note: ADHD settled by team, 'pat vet inte om det ännu'")

# ================================================================ NL101 negatives
case("typo-adhd-meddeldes-idag", "skane", "1994-12-22", "m", [
    n(SK_NPF_MAL, L_KOVAC, "2024-05-29 14:00", [
        ("Bedömning", "ADHD kombinerad form. Diagnosen meddeldes pat idag, som tog emot beskedet med lättnad och många frågor."),
    ], template="Återgivning")],
    must_not=["NL101", "NL102"],
    why="typo 'meddeldes': diagnosis told to the patient today")

case("asd-informerad-vid-aterigivning", "vgr", "1998-09-03", "m", [
    n(VGR_NPF_SU, P_SJOBERG, "2024-04-10 10:00", [
        ("Utredning", "Autismspektrumtillstånd fastställt. Pat informerades vid återgivningen 3/4 och har fått det skriftliga utlåtandet hemskickat."),
    ], template="Psykologanteckning")],
    must_not=["NL101"],
    why="patient informed at an earlier feedback session")

case("ej-informerad-om-datum-litiumstart", "skane", "1984-06-10", "f", [
    n(SK_AFF_LUND, S_LJUNG, "2024-03-20 13:30", [
        ("Aktuellt", "Bipolär sjukdom typ I. Pat ännu ej informerad om datum för litiumstart, dr återkommer efter njurfunktionsproverna."),
    ], template="Sjuksköterskeanteckning")],
    must_not=["NL101"],
    why="what is not yet told is a start date, not a diagnosis")

case("ej-informerad-om-skickad-remiss", "vgr", "2002-01-16", "f", [
    n(VGR_ALLM_NU, L_DAHL, "2024-05-02 10:15", [
        ("Bedömning", "Anorexia nervosa med fortsatt viktnedgång. Pat har inte fått veta att remissen till ätstörningsenheten är skickad, ssk ringer henne i morgon."),
    ])],
    must_not=["NL101"],
    why="the untold item is that a referral was sent; the diagnosis itself is not said to be untold")

case("mr-normal-ej-meddelad-forsta-psykosepisod", "skane", "2001-07-28", "m", [
    n(SK_PSYKOS_MAL, L_NILSSON, "2024-06-17 10:30", [
        ("Bedömning", "Första psykosepisod, behandlas med aripiprazol 10 mg. MR hjärna utan anmärkning; pat ännu inte meddelad om röntgensvaret."),
    ])],
    must_not=["NL101"],
    why="hard negative: the untold thing is a normal MR result, not the diagnosis")

case("untold-endast-i-tidiga-hypoteser-sokord", "vgr", "1996-04-03", "f", [
    n(VGR_NPF_SU, P_ERIKSSON, "2024-04-23 14:00", [
        ("Tidiga hypoteser", "Testprofilen talar starkt för autism, ej återgivet till pat."),
        ("Planering", "Återgivningssamtal bokat 2/5, pat har fått tiden per brev."),
    ], template="Psykologanteckning")],
    must_not=["NL101", "NL102"],
    why="VGR: the untold hypothesis sits only under sökord Tidiga hypoteser")

case("tidiga-hypoteser-mall-untold-bipolar", "skane", "1977-11-08", "m", [
    n(SK_AFF_LUND, L_HOLM, "2024-07-16 11:00", [
        ("Bedömning", "Trolig bipolär sjukdom typ I. Pat ej informerad, anhörigintervju med hustrun först."),
    ], template="Tidiga hypoteser")],
    must_not=["NL101", "NL102"],
    why="Skåne: untold hedged diagnosis kept in the Tidiga hypoteser template")

case("informerad-vill-ej-att-foraldrar-vet", "vgr", "1998-03-29", "m", [
    n(VGR_PSYKOS_BORAS, L_DAHL, "2024-07-23 13:00", [
        ("Bedömning", "Schizofreni. Pat informerad om diagnosen och vill inte att föräldrarna får veta något i nuläget, vilket respekteras."),
    ])],
    must_not=["NL101"],
    why="patient told; only the parents are not informed")

case("ptsd-kod-inget-om-information", "skane", "1983-08-31", "f", [
    n(SK_TRAUMA_MAL, P_BERGSTROM, "2024-08-07 09:00", [
        ("Diagnos", "F43.1 PTSD"),
        ("Åtgärd", "Session 4 av prolonged exposure, imaginär exponering 45 min. SUD sjönk från 85 till 40."),
    ], template="Psykologanteckning")],
    must_not=["NL101", "NL102"],
    why="confirmed diagnosis with nothing said about telling")

case("flernot-n2-diagnos-genomgangen", "vgr", "1980-01-24", "f", [
    n(VGR_AFF_SU, L_BERG, "2024-08-06 10:00", [
        ("Bedömning", "Bipolär sjukdom typ I med psykotiska inslag. Pat inte informerad om diagnosen, vi väntar tills hon är mindre manisk."),
    ], nid="n1"),
    n(VGR_AFF_SU, L_BERG, "2024-08-27 10:00", [
        ("Bedömning", "Eutym sedan en vecka. Diagnosen bipolär sjukdom typ I gicks igenom med pat i lugn miljö, hon ställde frågor om ärftlighet."),
    ], nid="n2")],
    must=[("NL101", "n1")], must_not=[("NL101", "n2")],
    why="n1 withholds the diagnosis; the later note n2 tells the patient and is clean")

case("asd-ej-pavisad-ej-informerad", "skane", "2000-10-12", "m", [
    n(SK_NPF_MAL, P_ABERG, "2024-08-28 15:00", [
        ("Sammanfattning", "Utredningen ger inte stöd för autismspektrumtillstånd. Pat ännu inte informerad om utfallet, återgivning 12/9."),
    ], template="Utredningsanteckning")],
    must_not=["NL101", "NL102"],
    why="the untold result is negative (no autism): no diagnosis stands")

case("ej-besked-om-sjukskrivningens-langd", "vgr", "1971-06-08", "m", [
    n(VGR_ALINGSAS, L_KOWALSKA, "2024-09-11 11:00", [
        ("Bedömning", "Medelsvår depressiv episod. Pat har ännu inte fått besked om hur länge sjukskrivningen förlängs, avvaktar kontakt med arbetsgivaren."),
    ])],
    must_not=["NL101"],
    why="what is untold is the length of sick leave, not the diagnosis")

case("informerad-per-telefon-adhd", "skane", "1990-09-15", "f", [
    n(SK_KRIST, L_SANDBERG, "2024-09-26 15:30", [
        ("Telefonkontakt", "Ringer upp pat och meddelar att utredningen visar ADHD ouppmärksam form. Pat nöjd, bokas för läkemedelsgenomgång."),
    ], template="Telefonanteckning", signed=None)],
    must_not=["NL101"],
    why="diagnosis told to the patient by phone in the same note")

case("tidigare-fatt-veta-av-annan-lakare-eips", "skane", "1996-01-07", "f", [
    n(SK_ALLM_HBG, L_PERSSON, "2024-10-23 13:00", [
        ("Anamnes", "Pat fick veta diagnosen emotionellt instabil personlighetsstörning av dr Ek 2022 och har läst på om den."),
        ("Bedömning", "Fortsatt DBT-färdighetsträning, inga självskador senaste två månaderna."),
    ])],
    must_not=["NL101"],
    why="patient was told the diagnosis earlier")

# ================================================================ longer mixed notes
case("lang-aterigivning-adhd-asd-informerad", "vgr", "1994-07-09", "f", [
    n(VGR_NPF_SU, L_YUSUF, "2024-06-20 13:00", [
        ("Aktuellt", "Återgivningssamtal efter avslutad NPF-utredning. Pat kommer med sin sambo. Utredningen har omfattat DIVA-5, ADOS-2, WAIS-IV, anhörigintervju med mor samt skolbetyg från grundskolan."),
        ("Utredning", "WAIS-IV: HIK 104 med låg AMI. DIVA-5: 8/9 ouppmärksamhetskriterier i vuxen ålder och 7/9 i barndomen. ADOS-2 under gränsvärdet, anhörigintervjun beskriver ingen avvikande social utveckling."),
        ("Bedömning", "ADHD, huvudsakligen ouppmärksam form (F90.0). Autismspektrumtillstånd är inte aktuellt. Resultatet gicks igenom muntligt med pat och sambon, som fick tid att ställa frågor."),
        ("Åtgärd", "Skriftligt utlåtande överlämnat. Info om läkemedelsbehandling och psykopedagogisk grupp. Intyg till arbetsgivaren på pats begäran."),
        ("Planering", "Läkemedelsbesök hos dr om fyra veckor, EKG och BT före start. Anmäls till ADHD-skola i höst."),
    ], template="Återgivning", signed=90)],
    must_not=["NL101", "NL102"],
    why="long feedback visit: ADHD settled and told, autism explicitly not present")

case("lang-psykos-ej-informerad-om-diagnos", "skane", "1998-04-14", "m", [
    n(SK_PSYKOS_MAL, L_NOWAK, "2024-07-01 10:00", [
        ("Anamnes", "Insjuknade hösten 2023 med förföljelseidéer och röster, vårdad på avd 52 i Malmö under fyra veckor. Har sedan dess haft kontakt med psykosmottagningen. Inget missbruk, u-tox negativ vid upprepade tillfällen."),
        ("Aktuellt", "Kvarstående röster dagligen trots olanzapin 15 mg. Har inte kunnat återgå till studierna. Bor hos föräldrarna i Limhamn."),
        ("Status", "Vårdad, god kontakt men långsam i svaren. Tankeinnehåll med referensidéer kring tv. Affekt något avflackad. Förnekar suicidtankar och avsikter att skada andra."),
        ("Bedömning", "Symtomduration nu över sex månader och kriterierna för schizofreni är uppfyllda. Pat är inte informerad om den ändrade diagnosen; föräldrarna vill vara med när det sker och tid finns först om tre veckor."),
        ("Planering", "Klozapin diskuteras vid nästa besök. Ssk Olsson ringer pat om en vecka."),
    ], signed=75)],
    must=["NL101"], must_not=["NL102"],
    why="long psychosis follow-up: schizophrenia criteria met, patient explicitly not yet informed")

case("vgr-diagnos-bade-i-tidiga-hypoteser-och-sammanfattning", "vgr", "1992-05-31", "m", [
    n(VGR_NPF_SKOVDE, P_KARLSSON, "2024-07-10 14:00", [
        ("Tidiga hypoteser", "Kriterierna för autismspektrumtillstånd uppfylls, pat ännu ej informerad."),
        ("Sammanfattning", "Autismspektrumtillstånd nivå 1 fastställt vid konsensus. Återgivning till pat är inte gjord."),
    ], template="Psykologanteckning")],
    must=["NL101"],
    why="VGR: the untold diagnosis is protected once but repeated under visible sökord Sammanfattning")

case("pmo-vc-adhd-pat-ej-informerad-ej-assert-nl101", "skane", "1988-08-16", "f", [
    n(VC_LINERO, L_SALEH, "2024-08-01 11:20", [
        ("Bedömning", "Epikris från NPF-mottagningen inkommen: ADHD, sannolikt även dyslexi. Pat har ännu inte haft återgivningen, tas upp vid läkarbesöket i september."),
    ], template="Journalanteckning")],
    must_not=["NL102"],
    why="PMO: hedged dyslexia not shown and NL101 not asserted on PMO")

case("ocd-tvangssyndrom-informerad-behandlingsstart", "vgr", "1990-12-27", "f", [
    n(VGR_OCD_SU, P_SJOBERG, "2024-09-25 10:00", [
        ("Bedömning", "Tvångssyndrom (F42.2), Y-BOCS 24. Diagnosen förklarad för pat som känner igen sig i psykoedukationsmaterialet."),
        ("Planering", "KBT med ERP 16 sessioner, start v. 41."),
    ], template="Psykologanteckning")],
    must_not=["NL101", "NL102"],
    why="confirmed OCD explained to the patient")

case("substansutlost-psykos-kan-ej-avgora", "vgr", "1993-09-22", "m", [
    n(VGR_BEROENDE_GBG, L_LINDQVIST, "2024-03-27 11:30", [
        ("Bedömning", "Paranoid och hörselhallucinerad efter amfetaminbruk. Går ej att avgöra om det är en substansutlöst psykos eller debut av primär psykossjukdom; omvärdering efter fyra veckors drogfrihet."),
    ])],
    must=["NL102"],
    why="'Går ej att avgöra om det är en substansutlöst psykos' — open diagnostic question in visible text")

case("skane-ssk-kort-ev-ptsd-aterbesok", "skane", "1985-02-06", "m", [
    n(SK_YSTAD, S_LJUNG, "2024-12-03 08:15", [
        ("Aktuellt", "Ev. PTSD enl dr, pat önskar samtalskontakt. Bokas till psykolog."),
    ], template="Sjuksköterskeanteckning")],
    must=["NL102"],
    why="short nurse note with 'Ev. PTSD' in visible Aktuellt")

case("vgr-ingen-misstanke-om-bipolaritet-efter-stamningsdagbok", "vgr", "1989-06-04", "f", [
    n(VGR_UDDEVALLA, L_KOWALSKA, "2024-12-05 10:00", [
        ("Bedömning", "Stämningsdagboken under åtta veckor visar inga uppvarvade perioder. Ingen misstanke om bipolaritet längre. Diagnosen recidiverande depression kvarstår."),
    ])],
    must_not=["NL102"],
    why="'Ingen misstanke om bipolaritet' negates the earlier question; depression confirmed")

# ================================================================ build + validate
def pnr(birth, sex, i):
    y, m, d = birth.split("-")
    serial = "%02d" % ((i * 47 + 13) % 100)
    g = (i * 3) % 5 * 2 + (1 if sex == "m" else 0)
    nine = y[2:] + m + d + serial + str(g)
    return "%s%s%s-%s%s%s" % (y, m, d, serial, g, luhn_digit(nine))


def targets(lst):
    out = []
    for x in lst:
        out.append([x, "n1"] if isinstance(x, str) else [x[0], x[1]])
    return out


def build():
    rows = []
    for i, c in enumerate(CASES):
        notes = []
        for nt in c["notes"]:
            nt = dict(nt)
            nt.pop("_unit")
            notes.append(nt)
        last = max(datetime.fromisoformat(nt["time"]) for nt in notes)
        as_of = c["as_of"] or min(last.date() + timedelta(days=10), date(2024, 12, 31)).isoformat() + "T00:00:00"
        rows.append({
            "case": c["name"],
            "ruleset": c["ruleset"],
            "record": {
                "patient": {"id": pnr(c["birth"], c["sex"], i), "birth_date": c["birth"], "protected_identity": False},
                "as_of": as_of,
                "notes": notes,
                "access_events": [], "conversations": [], "treatments": [],
            },
            "must": targets(c["must"]),
            "must_not": targets(c["must_not"]),
            "why": c["why"],
        })
    return rows


SENT_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+")


def luhn_ok(p):
    digits = p[2:8] + p[9:]
    return luhn_digit(digits[:9]) == digits[9]


def validate(rows):
    errs = []
    names = set()
    seen = {}
    for ci, (r, c) in enumerate(zip(rows, CASES)):
        name = r["case"]
        if name in names:
            errs.append("duplicate case name " + name)
        names.add(name)
        if set(r) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errs.append(name + ": keys")
        if r["ruleset"] not in ("skane", "vgr"):
            errs.append(name + ": ruleset")
        if not r["why"]:
            errs.append(name + ": empty why")
        rec = r["record"]
        p = rec["patient"]
        if not re.fullmatch(r"\d{8}-\d{4}", p["id"]) or not luhn_ok(p["id"]):
            errs.append(name + ": luhn " + p["id"])
        if p["id"][:8] != p["birth_date"].replace("-", ""):
            errs.append(name + ": pnr/birth mismatch")
        bd = date.fromisoformat(p["birth_date"])
        asof = datetime.fromisoformat(rec["as_of"])
        if asof.year != 2024:
            errs.append(name + ": as_of not 2024")
        age = asof.year - bd.year - ((asof.month, asof.day) < (bd.month, bd.day))
        if 13 <= age <= 15:
            errs.append(name + ": age 13-15")
        ids = set()
        systems = {}
        for nt, raw in zip(rec["notes"], c["notes"]):
            if set(nt) != {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}:
                errs.append(name + ": note keys")
            if nt["id"] in ids:
                errs.append(name + ": dup note id")
            ids.add(nt["id"])
            systems[nt["id"]] = nt["system"]
            if raw["_unit"]["region"] != r["ruleset"]:
                errs.append(name + ": unit region mismatch")
            if nt["system"] not in ("Melior", "PMO"):
                errs.append(name + ": system")
            if r["ruleset"] == "vgr" and nt["system"] != "Melior":
                errs.append(name + ": VGR note not Melior")
            t = datetime.fromisoformat(nt["time"])
            if t.year != 2024 or t > asof:
                errs.append(name + ": note time")
            if nt["signed"] is not None:
                s = datetime.fromisoformat(nt["signed"])
                if s.year != 2024 or s < t:
                    errs.append(name + ": signed")
            if not nt["sections"]:
                errs.append(name + ": no sections")
            for sec in nt["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append(name + ": section")
                for s in SENT_SPLIT.split(sec["text"]):
                    s = s.strip()
                    if len(s) >= 25:
                        if s in seen and seen[s] != (name, nt["id"], sec["keyword"]):
                            errs.append("repeated sentence in %s and %s: %r" % (seen[s][0], name, s))
                        seen.setdefault(s, (name, nt["id"], sec["keyword"]))
        if not r["must"] and not r["must_not"]:
            errs.append(name + ": asserts nothing")
        pairs = [tuple(x) for x in r["must"]] + [tuple(x) for x in r["must_not"]]
        if len(pairs) != len(set(pairs)):
            errs.append(name + ": code both in must and must_not (or twice)")
        for code, target in pairs:
            if code not in ("NL101", "NL102"):
                errs.append(name + ": unexpected code " + code)
            if target not in ids:
                errs.append(name + ": missing target " + target)
                continue
            if code == "NL102" and systems[target] != "Melior" and [code, target] in r["must"]:
                errs.append(name + ": NL102 must on non-Melior")
            if code == "NL101" and systems[target] == "PMO":
                errs.append(name + ": NL101 on PMO")
    # NL102 on PMO only as must_not; write that check explicitly
    for r in rows:
        sysmap = {nt["id"]: nt["system"] for nt in r["record"]["notes"]}
        for code, target in r["must"] + r["must_not"]:
            if code == "NL102" and sysmap.get(target) == "PMO" and [code, target] not in r["must_not"]:
                errs.append(r["case"] + ": NL102 on PMO must be must_not")
    return errs


def main():
    rows = build()
    errs = validate(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev98_cases.jsonl")
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        return 1
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    stats = {}
    for r in rows:
        for k in ("must", "must_not"):
            for code, _ in r[k]:
                stats.setdefault(code, {"must": 0, "must_not": 0})[k] += 1
    print("%d cases -> %s" % (len(rows), out))
    for code in sorted(stats):
        print("  %s must=%d must_not=%d" % (code, stats[code]["must"], stats[code]["must_not"]))
    rs = {}
    for r in rows:
        rs[r["ruleset"]] = rs.get(r["ruleset"], 0) + 1
    sy = {}
    for r in rows:
        for nt in r["record"]["notes"]:
            sy[nt["system"]] = sy.get(nt["system"], 0) + 1
    print("  rulesets", rs, "note systems", sy)
    return 0


if __name__ == "__main__":
    sys.exit(main())
