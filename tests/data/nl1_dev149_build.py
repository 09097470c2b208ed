#!/usr/bin/env python3
"""Independent test set (adult psychiatry) for notelint NL101/NL102.

Standard library only, deterministic. Running it writes cases.jsonl next to this
file in the devset format and validates every case; it exits 1 on any problem.
All texts were written by hand for this set from the regional routines and the
NL1 rule definitions only.
"""
import datetime
import json
import os
import re
import sys

# ---------------------------------------------------------------- units
# key: (name, hsa_id, system)
UNITS = {
    # Region Skåne, hospital psychiatry (Melior)
    "SK_AP_LUND": ("Allmänpsykiatrisk mottagning Lund, Psykiatri Skåne", "SE2321000255-4411", "Melior"),
    "SK_AKUT_MALMO": ("Psykiatrisk akutmottagning, Skånes universitetssjukhus Malmö", "SE2321000255-4520", "Melior"),
    "SK_AVD_HBG": ("Psykiatrisk vårdavdelning 31, Helsingborgs lasarett", "SE2321000255-4633", "Melior"),
    "SK_ECT_LUND": ("ECT-enheten, Psykiatri Skåne Lund", "SE2321000255-4702", "Melior"),
    "SK_AFF_MALMO": ("Affektiva mottagningen Malmö, Psykiatri Skåne", "SE2321000255-4815", "Melior"),
    "SK_NP_KRIST": ("Neuropsykiatriska utredningsteamet vuxen, Kristianstad", "SE2321000255-4926", "Melior"),
    "SK_PSYKOS_LSK": ("Psykosmottagningen Landskrona, Psykiatri Skåne", "SE2321000255-5037", "Melior"),
    "SK_BEROENDE": ("Beroendecentrum Malmö, avdelning för abstinensvård", "SE2321000255-5148", "Melior"),
    "SK_AVD_LUND": ("Avdelning 5 allmänpsykiatri, Psykiatri Skåne Lund", "SE2321000255-5259", "Melior"),
    "SK_YSTAD": ("Psykiatrimottagningen Ystad", "SE2321000255-5360", "Melior"),
    "SK_AFF_HBG": ("Affektiva teamet Helsingborg, litiumuppföljning", "SE2321000255-5471", "Melior"),
    # Region Skåne, primary care (PMO)
    "SK_VC_LINDANGEN": ("Vårdcentralen Lindängen, Malmö", "SE2321000255-8112", "PMO"),
    "SK_VC_SIMRISHAMN": ("Vårdcentralen Simrishamn", "SE2321000255-8223", "PMO"),
    "SK_VC_HORBY": ("Vårdcentralen Hörby, psykosocialt team", "SE2321000255-8334", "PMO"),
    "SK_VC_ESLOV": ("Vårdcentralen Eslöv", "SE2321000255-8445", "PMO"),
    # Västra Götalandsregionen (Melior)
    "VG_AFF_OSTRA": ("Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000011021", "Melior"),
    "VG_AKUT_OSTRA": ("Psykiatrisk akutmottagning, SU/Östra", "SE2321000131-E000000011138", "Melior"),
    "VG_NU_TH": ("Psykiatrimottagning Trollhättan, NU-sjukvården", "SE2321000131-E000000012245", "Melior"),
    "VG_SAS_MOTT": ("Psykiatrimottagning, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000013352", "Melior"),
    "VG_SAS_AVD": ("Psykiatrisk vårdavdelning 83, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000013469", "Melior"),
    "VG_SKAS": ("Psykiatrisk vårdavdelning 5, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000014576", "Melior"),
    "VG_NP_MOLNDAL": ("Neuropsykiatriska mottagningen vuxen, SU/Mölndal", "SE2321000131-E000000011683", "Melior"),
    "VG_ECT_MOLNDAL": ("ECT-mottagningen, SU/Mölndal", "SE2321000131-E000000011790", "Melior"),
    "VG_ALINGSAS": ("Psykiatrimottagningen, Alingsås lasarett", "SE2321000131-E000000015807", "Melior"),
    "VG_KUNGALV": ("Psykiatrimottagning Kungälvs sjukhus", "SE2321000131-E000000016914", "Melior"),
    "VG_PSYKOS_GBG": ("Psykosvård Göteborg, öppenvårdsteam Högsbo", "SE2321000131-E000000011925", "Melior"),
    "VG_BEROENDE": ("Beroendekliniken avdelning 4, SU/Sahlgrenska", "SE2321000131-E000000011032", "Melior"),
    "VG_UDDEVALLA": ("Psykiatrisk vårdavdelning 21, NU-sjukvården Uddevalla", "SE2321000131-E000000012149", "Melior"),
}

CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return str((10 - total % 10) % 10)


def P(birth, serial):
    """Patient from birth date YYYY-MM-DD and a 3-digit birth number."""
    y, m, d = birth.split("-")
    check = luhn_digit(y[2:] + m + d + serial)
    return {"id": "%s%s%s-%s%s" % (y, m, d, serial, check),
            "birth_date": birth, "protected_identity": False}


def _ts(t):
    return t if len(t) == 19 else t + ":00"


def N(nid, unit, author, time, secs, tpl="Läkaranteckning", signed="auto",
      setting="öppenvård", refs=()):
    name, hsa, system = UNITS[unit]
    t = _ts(time)
    if signed == "auto":
        dt = datetime.datetime.strptime(t, "%Y-%m-%dT%H:%M:%S") + datetime.timedelta(minutes=37)
        s = dt.strftime("%Y-%m-%dT%H:%M:%S")
    elif signed is None:
        s = None
    else:
        s = _ts(signed)
    return {"id": nid, "system": system, "template": tpl,
            "unit": {"name": name, "hsa_id": hsa},
            "author": {"name": author[0], "role": author[1]},
            "time": t, "signed": s, "setting": setting, "refs": list(refs),
            "sections": [{"keyword": k, "text": v} for k, v in secs]}


def C(name, ruleset, patient, notes, must=(), must_not=(), why="", as_of=None):
    if as_of is None:
        last = max(n["time"] for n in notes)
        d = datetime.datetime.strptime(last[:10], "%Y-%m-%d") + datetime.timedelta(days=9)
        if d.year > 2024:
            d = datetime.datetime(2024, 12, 31)
        as_of = d.strftime("%Y-%m-%dT00:00:00")
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {"patient": patient, "as_of": as_of, "notes": notes,
                   "access_events": [], "conversations": [], "treatments": []},
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why})


M1 = ("NL101", "n1")
M2 = ("NL102", "n1")

# =====================================================================
# NL102 positives: hedged diagnosis of the patient in a visible section
# =====================================================================
C("psy-misstankt-bipolar-ii-nybesok", "skane", P("1991-03-08", "284"),
  [N("n1", "SK_AFF_MALMO", ("Jonas Berglund", "läkare"), "2024-02-07T10:15", tpl="Nybesök läkare", secs=[
      ("Aktuellt", "Remitterad från vårdcentralen pga återkommande depressioner sedan 20-årsåldern. "
                   "Beskriver därutöver perioder om 4–5 dagar med minskat sömnbehov, ökad energi och impulsköp, senast i december."),
      ("Bedömning", "Misstänkt bipolär sjukdom typ II. Fortsatt utredning med livsdiagram och MDQ, anhörigintervju med sambon bokas.")])],
  must=[M2], must_not=[M1],
  why="'Misstänkt bipolär sjukdom typ II' in a visible Bedömning of a Skåne Melior note; nothing is said about telling")

C("psy-susp-psykos-akuten-polis", "vgr", P("2000-11-23", "495"),
  [N("n1", "VG_AKUT_OSTRA", ("Sara Lindqvist", "läkare"), "2024-05-18T02:40", tpl="Akutanteckning", secs=[
      ("Anamnes", "23-årig man som inkommer med polis efter att ha stått på Götaplatsen och ropat åt förbipasserande. "
                  "Sover inte sedan fyra dygn och uppger att grannarna sänder strålar genom väggen."),
      ("Status", "Vaken, orienterad till person men ej till tid. Ångestfylld, tangentiellt tal, lyssnande hållning. Förnekar suicidtankar."),
      ("Bedömning", "Susp. akut psykos, debut. Tox-screening tagen. Inläggning enligt HSL, pat accepterar.")])],
  must=[M2],
  why="abbreviated hedge 'Susp.' on psychosis at the psychiatric emergency service (VGR, visible Bedömning)")

C("psy-trol-eips-psykolog", "skane", P("1997-06-30", "162"),
  [N("n1", "SK_AP_LUND", ("Elin Forsberg", "psykolog"), "2024-03-12T13:00", tpl="Psykologanteckning", secs=[
      ("Samtal", "Fjärde bedömningssamtalet. Pat beskriver instabila relationer, tomhetskänslor och självskada i form av skärande sedan tonåren, senast för två veckor sedan."),
      ("Bedömning", "Trol. emotionellt instabil personlighetsstörning enligt SCID-5-PD, kompletterande skattning med ZAN-BPD görs."),
      ("Planering", "DBT-grupp diskuteras på behandlingskonferens 19/3.")])],
  must=[M2],
  why="psychologist writes 'Trol.' + personality disorder in a visible section")

C("psy-sannolik-adhd-diva", "vgr", P("1993-09-04", "578"),
  [N("n1", "VG_NP_MOLNDAL", ("Ahmed Yousef", "läkare"), "2024-04-03T09:30", secs=[
      ("Utredning", "Sannolik ADHD, huvudsakligen ouppmärksam form, utifrån ASRS, DIVA 2.0 och moderns uppgifter om skolåren. "
                    "Neuropsykologisk testning bokad hos psykolog.")])],
  must=[M2],
  why="'Sannolik ADHD' mid-assessment in the visible sökord Utredning (VGR)")

C("psy-mojligt-autism-ados-utkast", "skane", P("1985-12-19", "241"),
  [N("n1", "SK_NP_KRIST", ("Hanna Nyström", "psykolog"), "2024-01-24T14:10", tpl="Utredningsanteckning", signed=None, secs=[
      ("Observation", "Sparsam ögonkontakt, bokstavlig tolkning av frågor, inget ömsesidigt småprat. "
                      "Beskriver starka rutinbehov och att oväntade förändringar ger kaos."),
      ("Bedömning", "Möjligt autismspektrumtillstånd. ADOS-2 modul 4 samt anhörigintervju med systern planeras.")])],
  must=[M2],
  why="unsigned draft (pre-signing): 'Möjligt autismspektrumtillstånd' in a visible section")

C("psy-fragetecken-schizofreni", "vgr", P("2002-02-11", "317"),
  [N("n1", "VG_PSYKOS_GBG", ("Niklas Ek", "läkare"), "2024-06-11T11:00", secs=[
      ("Aktuellt", "Sedan ett år tilltagande social tillbakadragenhet, har slutat på gymnasiet och sitter mest på rummet. Familjen beskriver affektiv avflackning."),
      ("Bedömning", "Schizofreni? Negativa symtom dominerar, inga säkra positiva symtom framkommer idag. PANSS och anhöriganamnes nästa vecka.")])],
  must=[M2],
  why="a bare question mark after the diagnosis ('Schizofreni?') is a hedge in a visible section")

C("psy-dd-schizoaffektivt-skov", "skane", P("1979-08-27", "735"),
  [N("n1", "SK_PSYKOS_LSK", ("Mikael Håkansson", "läkare"), "2024-02-20T15:20", secs=[
      ("Bedömning", "Psykotiskt skov hos pat med känd schizofreni sedan 2005. DD schizoaffektivt syndrom, depressiv typ, "
                    "då stämningsläget varit påtagligt sänkt även mellan skoven."),
      ("Åtgärd", "Olanzapin höjs till 15 mg tn. Återbesök om två veckor.")])],
  must=[M2],
  why="'DD schizoaffektivt syndrom' next to a confirmed schizophrenia: the DD is an open hypothesis, visible")

C("psy-differentialdiagnos-ftd", "vgr", P("1965-11-02", "853"),
  [N("n1", "VG_ALINGSAS", ("Karin Holm", "läkare"), "2024-09-05T10:40", secs=[
      ("Anamnes", "58-årig man, tidigare psykiskt frisk. Hustrun beskriver sedan ett år ändrad personlighet: taktlös, hetsäter sötsaker, har köpt två båtar."),
      ("Bedömning", "Differentialdiagnos frontotemporal demens. Remiss till minnesmottagningen och MR hjärna.")])],
  must=[M2],
  why="'Differentialdiagnos frontotemporal demens' written out in full in a visible Bedömning")

C("psy-kan-ej-uteslutas-alzheimer-efter-ect", "skane", P("1951-05-14", "628"),
  [N("n1", "SK_ECT_LUND", ("Per Sjöberg", "läkare"), "2024-10-08T09:00", tpl="Mottagningsanteckning", secs=[
      ("Aktuellt", "Uppföljning tre månader efter avslutad ECT-serie om 10 behandlingar. Stämningsläget stabilt, MADRS 8. "
                   "Pat och maken upplever kvarstående minnessvårigheter."),
      ("Status", "MMT 23/30, tappar på fördröjd återgivning och orientering i tid."),
      ("Bedömning", "Kognitiv nedsättning kvarstår längre än förväntat. Begynnande Alzheimers sjukdom kan ej uteslutas, remiss till minnesmottagningen.")])],
  must=[M2],
  why="'kan ej uteslutas' keeps Alzheimer's disease open in a visible ECT follow-up note")

C("psy-talar-for-ptsd-psykolog", "vgr", P("1988-07-21", "462"),
  [N("n1", "VG_NU_TH", ("Leila Rahimi", "psykolog"), "2024-03-27T13:30", tpl="Psykologanteckning", secs=[
      ("Bedömning", "Mardrömmar, återupplevanden och undvikande av centrum sedan rånet i oktober 2022. "
                    "Symtombilden och PCL-5 på 52 poäng talar för posttraumatiskt stressyndrom."),
      ("Planering", "Traumafokuserad KBT, 12 sessioner, start efter påsk.")])],
  must=[M2],
  why="'talar för posttraumatiskt stressyndrom' is a hedged diagnosis (VGR psychologist, visible)")

C("psy-forenligt-med-litiumintoxikation", "skane", P("1958-10-03", "286"),
  [N("n1", "SK_AKUT_MALMO", ("Tomasz Nowak", "läkare"), "2024-07-14T21:15", tpl="Akutanteckning", secs=[
      ("Anamnes", "Bipolär sjukdom typ I, litium sedan 2009. Magsjuk med diarré sedan tre dygn, har fortsatt ta full dos."),
      ("Status", "Grov tremor, ataxi, dysartri. Lätt somnolent men väckbar."),
      ("Lab", "S-Li 2,1 mmol/l, kreatinin 142."),
      ("Bedömning", "Förenligt med litiumintoxikation. Litium utsatt, inläggning medicinakuten för vätskebehandling och kontroll av S-Li var sjätte timme.")])],
  must=[M2],
  why="'Förenligt med litiumintoxikation' hedges the acute diagnosis; the known bipolar disorder is confirmed")

C("psy-inger-misstanke-anorexi", "vgr", P("2004-01-15", "824"),
  [N("n1", "VG_SAS_MOTT", ("Linda Hansson", "läkare"), "2024-04-04T13:20", secs=[
      ("Aktuellt", "20-årig kvinna, remiss från studenthälsan. Viktnedgång 11 kg på ett halvår, amenorré sedan i höstas, "
                   "tränar två gånger om dagen och räknar kalorier."),
      ("Status", "BMI 16,1. Puls 48, blodtryck 95/60. Lanugo på underarmarna."),
      ("Bedömning", "Bilden inger misstanke om anorexia nervosa. Remiss till ätstörningsenheten, lab inkl fosfat och elektrolyter.")])],
  must=[M2],
  why="'inger misstanke om anorexia nervosa' in a visible Bedömning (VGR)")

C("psy-kan-rora-sig-om-maniskt-skov-ssk", "skane", P("1982-12-09", "354"),
  [N("n1", "SK_AVD_HBG", ("Linnea Ahlgren", "sjuksköterska"), "2024-04-22T06:30", tpl="Omvårdnadsanteckning", setting="slutenvård", signed=None, secs=[
      ("Omvårdnad", "Pat har inte sovit i natt, vandrat i korridoren och pratat forcerat med personalen om sina affärsidéer. "
                    "Svår att avbryta, skrattar högt och är gränslös mot medpatienter."),
      ("Bedömning", "Kan röra sig om ett maniskt skov. Jourhavande läkare underrättad, vb-medicinering given enl ordination.")])],
  must=[M2],
  why="a nurse's 'Kan röra sig om ett maniskt skov' in an inpatient note is still a visible hedged diagnosis (unsigned draft)")

C("psy-bild-som-vid-katatoni", "vgr", P("1996-03-29", "513"),
  [N("n1", "VG_SKAS", ("Johan Lundgren", "läkare"), "2024-11-02T10:05", setting="slutenvård", secs=[
      ("Status", "Stel, mutistisk, fixerad blick. Behåller passivt inställd armställning i flera minuter. Äter och dricker inte sedan igår."),
      ("Bedömning", "Bild som vid katatoni. Lorazepam 2 mg iv som test, därefter ställningstagande till ECT.")])],
  must=[M2],
  why="'Bild som vid katatoni' is a hedged diagnosis in a visible section")

C("psy-kan-inte-utesluta-serotonergt-syndrom", "skane", P("1974-02-26", "448"),
  [N("n1", "SK_AKUT_MALMO", ("Emma Strand", "läkare"), "2024-08-30T23:50", tpl="Akutanteckning", secs=[
      ("Anamnes", "Har på eget initiativ dubblerat sertralin till 200 mg samtidigt som hon fått tramadol för ryggvärk av vårdcentralen."),
      ("Status", "Temp 38,1, svettig, hyperreflexi i underbenen, inducerbar klonus bilat."),
      ("Bedömning", "Kan inte utesluta serotonergt syndrom. Sertralin och tramadol utsätts, observation på akutvårdsavdelningen över natten.")])],
  must=[M2],
  why="'Kan inte utesluta serotonergt syndrom' keeps a diagnosis open (Skåne Melior, visible)")

C("psy-fragestallning-adhd-kungalv", "vgr", P("1992-10-17", "639"),
  [N("n1", "VG_KUNGALV", ("Fredrik Olsson", "läkare"), "2024-02-14T08:45", tpl="Bedömningssamtal", secs=[
      ("Aktuellt", "Frågeställning ADHD hos 31-årig man med långvariga koncentrationssvårigheter, tre avbrutna utbildningar och kaotisk ekonomi."),
      ("Planering", "Anmäls till NP-teamets väntelista. Skattningsformulär skickas hem.")])],
  must=[M2],
  why="'Frågeställning ADHD' states an open diagnostic question in a visible section")

C("psy-oklart-om-depression-eller-utmattning", "skane", P("1981-05-05", "723"),
  [N("n1", "SK_YSTAD", ("Anders Möller", "läkare"), "2024-03-05T11:20", secs=[
      ("Aktuellt", "Sjukskriven sedan januari efter långvarig arbetsbelastning som enhetschef. Sover dåligt, orkar inte läsa, gråter lätt. MADRS-S 24."),
      ("Bedömning", "Oklart om det rör sig om en egentlig depression eller ett utmattningssyndrom. Kompletterar med KEDS och lab (TSH, B12, Hb).")])],
  must=[M2],
  why="'Oklart om' between two diagnoses of the patient: both are uncertain and visible")

C("psy-misstankt-litiuminducerad-hypotyreos", "vgr", P("1969-09-12", "266"),
  [N("n1", "VG_AFF_OSTRA", ("Maria Johansson", "läkare"), "2024-05-06T14:00", tpl="Litiumuppföljning", secs=[
      ("Lab", "S-Li 0,72. TSH 8,9, fritt T4 12 (lågt normalt). Kreatinin oförändrat."),
      ("Bedömning", "Misstänkt litiuminducerad hypotyreos. Ny kontroll av TSH och TPO-antikroppar om 4 veckor innan ställningstagande till levotyroxin.")])],
  must=[M2], must_not=[M1],
  why="lithium follow-up: suspected somatic diagnosis (hypotyreos) is visible; nothing said about telling")

C("psy-trolig-nefrogen-diabetes-insipidus", "skane", P("1960-01-28", "185"),
  [N("n1", "SK_AFF_HBG", ("Ingrid Wallin", "läkare"), "2024-06-18T10:30", secs=[
      ("Aktuellt", "Litium sedan 15 år. Dricker 5–6 liter per dygn och går upp tre gånger per natt för att kissa."),
      ("Bedömning", "Trolig nefrogen diabetes insipidus orsakad av litium. U-osmolalitet och S-natrium beställda, samråd med njurmedicin.")])],
  must=[M2],
  why="'Trolig nefrogen diabetes insipidus' in a visible lithium follow-up note")

C("psy-misstankt-malignt-neuroleptikasyndrom", "vgr", P("1987-04-19", "747"),
  [N("n1", "VG_UDDEVALLA", ("Oskar Bergström", "läkare"), "2024-08-09T16:25", setting="slutenvård", secs=[
      ("Aktuellt", "Tre dagar efter första injektionen haloperidoldekanoat: feber 39,2, muskelrigiditet och svängande blodtryck."),
      ("Lab", "CK 4800, LPK 14,2, kreatinin 118."),
      ("Bedömning", "Misstänkt malignt neuroleptikasyndrom. Antipsykotika sätts ut, kontakt med IVA-jour för överflyttning.")])],
  must=[M2],
  why="'Misstänkt malignt neuroleptikasyndrom' on an inpatient ward (VGR, visible)")

C("psy-sannolikt-uppfyller-gad", "skane", P("1976-11-30", "562"),
  [N("n1", "SK_AP_LUND", ("Sofia Engström", "läkare"), "2024-01-17T09:15", secs=[
      ("Bedömning", "Pat uppfyller sannolikt kriterierna för generaliserat ångestsyndrom; oroar sig för det mesta sedan flera år, "
                    "har muskelspänningar och sömnsvårigheter."),
      ("Åtgärd", "Info om KBT via internet. Sertralin 25 mg, upptitrering till 50 mg efter en vecka.")])],
  must=[M2],
  why="adverb hedge 'uppfyller sannolikt kriterierna för' + GAD in a visible section")

C("psy-mojligen-bipolar-depression", "vgr", P("1999-07-07", "159"),
  [N("n1", "VG_ALINGSAS", ("Erik Sandberg", "läkare"), "2024-04-16T15:40", secs=[
      ("Anamnes", "Första depressionen vid 15 års ålder, nu tredje episoden. Pappan behandlas med litium."),
      ("Bedömning", "Möjligen rör det sig om en bipolär depression, med tanke på tidig debut och hereditet. "
                    "Avvaktar med SSRI-höjning, lamotrigin diskuteras.")])],
  must=[M2],
  why="'Möjligen rör det sig om en bipolär depression' is the patient's hedged diagnosis (the father's treatment is only context)")

C("psy-wernicke-kan-ej-uteslutas", "skane", P("1963-03-16", "419"),
  [N("n1", "SK_BEROENDE", ("Ali Hassan", "läkare"), "2024-12-03T03:10", tpl="Inskrivningsanteckning", setting="slutenvård", secs=[
      ("Anamnes", "Alkoholberoende sedan många år, druckit ca en flaska vodka om dagen senaste månaden. Inlagd för abstinensbehandling."),
      ("Status", "Horisontell nystagmus, bredspårig ostadig gång. Osäker på var han befinner sig."),
      ("Bedömning", "Wernickes encefalopati kan ej uteslutas. Tiamin 500 mg iv x 3 i tre dygn, därefter 250 mg.")])],
  must=[M2],
  why="eponym diagnosis left open with 'kan ej uteslutas' on an addiction ward (visible)")

C("psy-ev-dissociativ-identitetsstorning", "vgr", P("1990-08-25", "826"),
  [N("n1", "VG_NU_TH", ("Jenny Karlsson", "psykolog"), "2024-10-22T10:00", tpl="Psykologanteckning", secs=[
      ("Samtal", "Beskriver minnesluckor på flera timmar, att hitta kläder hon inte minns att hon köpt och att vänner kallar henne vid ett annat namn."),
      ("Bedömning", "Ev. dissociativ identitetsstörning. Strukturerad intervju med SCID-D vid nästa besök.")])],
  must=[M2],
  why="'Ev.' directly before a diagnosis (not a plan) in a visible psychologist note")

C("psy-susp-postpartumpsykos", "skane", P("1994-06-12", "240"),
  [N("n1", "SK_AKUT_MALMO", ("Rasmus Lind", "läkare"), "2024-09-19T01:35", tpl="Akutanteckning", secs=[
      ("Anamnes", "Förlöst med kejsarsnitt för tio dagar sedan. Maken berättar att hon inte sovit på tre nätter, tror att barnet är utbytt och vägrar amma."),
      ("Bedömning", "Susp. postpartumpsykos. Inläggning på psykiatrisk avdelning, barnet tas om hand av maken och mormor.")])],
  must=[M2],
  why="'Susp. postpartumpsykos' at the psychiatric emergency service (Skåne Melior, visible)")

C("psy-typo-misstank-bensodiazepinberoende", "vgr", P("1971-12-01", "634"),
  [N("n1", "VG_BEROENDE", ("Annika Strömberg", "läkare"), "2024-02-28T13:50", setting="slutenvård", secs=[
      ("Aktuellt", "Enligt NPÖ och receptregistret har pat hämtat ut alprazolam från tre olika förskrivare senaste halvåret."),
      ("Bedömning", "Misstänk beroende av bensodiazepiner. Nedtrappningsplan föreslås, pat vill fundera.")])],
  must=[M2],
  why="typo 'Misstänk' (for misstänkt) before a dependence diagnosis, visible")

C("psy-trolig-tardiv-dyskinesi-depa", "skane", P("1968-05-23", "353"),
  [N("n1", "SK_PSYKOS_LSK", ("Birgitta Olofsson", "sjuksköterska"), "2024-03-14T09:40", tpl="Sjuksköterskeanteckning", secs=[
      ("Depåmottagning", "Zuklopentixoldekanoat 200 mg im givet i vä glutealt. Ofrivilliga tugg- och tungrörelser som pat själv inte verkar märka, AIMS 9."),
      ("Bedömning", "Trolig tardiv dyskinesi. Ansvarig läkare informerad, tas upp på teamkonferensen på torsdag.")])],
  must=[M2],
  why="depot nurse writes 'Trolig tardiv dyskinesi' in a visible section")

C("psy-susp-delirium-avd", "vgr", P("1944-10-10", "277"),
  [N("n1", "VG_SKAS", ("Hassan Al-Amin", "läkare"), "2024-07-03T17:20", setting="slutenvård", signed=None, secs=[
      ("Aktuellt", "Inlagd för svår depression. Enligt personalen sedan igår kväll fluktuerande vakenhet, plockig och desorienterad till tid och plats."),
      ("Bedömning", "Susp. delirium, bakomliggande UVI? U-sticka, CRP, elektrolyter. Antikolinerga läkemedel ses över.")])],
  must=[M2],
  why="suspected delirium (and 'UVI?') in an elderly inpatient's visible note (unsigned draft)")

C("psy-typo-misstanke-tourets", "skane", P("1998-02-03", "812"),
  [N("n1", "SK_NP_KRIST", ("Malin Fransson", "läkare"), "2024-05-29T10:10", secs=[
      ("Anamnes", "Motoriska tics i ansikte och axlar sedan lågstadiet, harklingar och enstaka utrop. Aldrig utrett."),
      ("Bedömning", "Misstanke om Tourets syndrom. YGTSS vid nästa besök, information om ticsskola.")])],
  must=[M2],
  why="typo in the eponym ('Tourets' for Tourettes) after 'Misstanke om', visible")

C("psy-trol-postiktalt-delirium-ect", "vgr", P("1957-07-26", "436"),
  [N("n1", "VG_ECT_MOLNDAL", ("Gustav Nilsson", "läkare"), "2024-11-19T09:55", tpl="ECT-anteckning", signed=None, secs=[
      ("Behandling", "Behandling nr 6, bitemporal, 50 % laddning. Krampduration EEG 42 s. Propofol 80 mg, succinylkolin 60 mg."),
      ("Bedömning", "Förlängd förvirring och agitation 40 min efter väckning. Trol. postiktalt delirium, nästa behandling skjuts fram "
                    "och övergång till unilateral elektrodplacering diskuteras.")])],
  must=[M2],
  why="'Trol. postiktalt delirium' in an ECT treatment note (VGR, visible) (unsigned draft)")

C("psy-telefon-misstankt-hypomant-skov", "vgr", P("1985-05-15", "150"),
  [N("n1", "VG_AFF_OSTRA", ("Camilla Berg", "sjuksköterska"), "2024-06-24T15:05", tpl="Telefonanteckning", secs=[
      ("Telefonkontakt", "Pat ringer, sover 3 timmar per natt sedan en vecka, har sagt upp sig på jobbet och köpt en bil på impuls."),
      ("Bedömning", "Misstänkt hypomant skov. Tid hos dr i morgon kl 08.30, pat lovar att komma.")])],
  must=[M2],
  why="telephone note by a nurse: 'Misstänkt hypomant skov' visible")

C("psy-typo-missankt-social-fobi", "skane", P("2001-04-27", "552"),
  [N("n1", "SK_YSTAD", ("Amanda Ek", "läkare"), "2024-02-01T13:25", secs=[
      ("Aktuellt", "Undviker föreläsningar och att äta inför andra, rodnar och får hjärtklappning när hon ska prata i grupp."),
      ("Bedömning", "Missänkt social fobi. Remiss till psykolog för KBT-bedömning.")])],
  must=[M2],
  why="typo 'Missänkt' for misstänkt before social fobi, visible")

C("psy-typo-sannolkit-tvangssyndrom", "vgr", P("1995-11-08", "383"),
  [N("n1", "VG_KUNGALV", ("Lars Wikström", "läkare"), "2024-09-12T14:35", secs=[
      ("Bedömning", "Sannolkit tvångssyndrom, tvättar händerna upp till 60 gånger per dag och kontrollerar spisen i timmar. Y-BOCS 28.")])],
  must=[M2],
  why="one-line note with typo 'Sannolkit' before tvångssyndrom (VGR, visible)")

C("psy-typo-diffrentialdiagnos-hypertyreos", "skane", P("1983-07-04", "674"),
  [N("n1", "SK_AFF_MALMO", ("Helena Roos", "läkare"), "2024-04-09T10:00", secs=[
      ("Aktuellt", "Ökad energi, irritabilitet och viktnedgång 6 kg på två månader. Hjärtklappning även i vila."),
      ("Bedömning", "Diffrentialdiagnos: organiskt förstämningssyndrom sekundärt till hypertyreos. "
                    "TSH och fT4 tas akut, lägger inte till stämningsstabiliserare i nuläget.")])],
  must=[M2],
  why="typo 'Diffrentialdiagnos' still marks an open diagnosis, visible")

C("psy-typo-trolgi-schizotyp", "vgr", P("1990-01-30", "717"),
  [N("n1", "VG_PSYKOS_GBG", ("Sanna Åberg", "läkare"), "2024-12-10T11:15", secs=[
      ("Bedömning", "Excentrisk, magiskt tänkande kring nummer och tecken, inga säkra hallucinationer. Trolgi schizotyp störning.")])],
  must=[M2],
  why="typo 'Trolgi' (trolig) before schizotyp störning, visible")

C("psy-typo-kan-ej-utelsutas-bipolar", "skane", P("1989-10-21", "296"),
  [N("n1", "SK_AP_LUND", ("Viktor Paulsson", "läkare"), "2024-10-15T15:30", secs=[
      ("Bedömning", "Depression utan effekt av två SSRI. Dygnsvariationer, perioder av rastlöshet och minskat sömnbehov. "
                    "Bipolär sjukdom kan ej utelsutas.")])],
  must=[M2],
  why="typo 'utelsutas' in 'kan ej uteslutas' after bipolär sjukdom, visible")

C("psy-vgr-th-sokord-plus-synlig-trolig-social-fobi", "vgr", P("1986-06-06", "538"),
  [N("n1", "VG_NU_TH", ("Karl Mattsson", "läkare"), "2024-03-19T09:00", secs=[
      ("Aktuellt", "Undvikande av sociala situationer sedan skoltiden. Arbetar natt för att slippa kollegor."),
      ("Tidiga hypoteser", "Misstänkt schizotyp personlighetsstörning, bygger hittills på ett enda samtal."),
      ("Bedömning", "Trolig social fobi. Remiss KBT-grupp.")])],
  must=[M2],
  why="VGR: the Tidiga hypoteser sökord hides its own hypothesis, but 'Trolig social fobi' stands in the visible Bedömning")

C("psy-skane-th-mall-upprepas-i-lakaranteckning", "skane", P("1978-09-09", "651"),
  [N("n1", "SK_AP_LUND", ("Sofia Engström", "läkare"), "2024-04-02T10:00", tpl="Tidiga hypoteser", secs=[
      ("Tidiga hypoteser", "Misstänkt bipolär sjukdom typ II utifrån sambons beskrivning av korta uppvarvade perioder.")]),
   N("n2", "SK_AP_LUND", ("Sofia Engström", "läkare"), "2024-04-23T10:30", secs=[
      ("Bedömning", "Som framgått tidigare misstänks bipolär sjukdom typ II. Lamotrigin övervägs efter livsdiagram.")])],
  must=[("NL102", "n2")], must_not=[("NL102", "n1")],
  why="Skåne: the hypothesis is protected in the Tidiga hypoteser note n1 but repeated with 'misstänks' in the ordinary note n2")

C("psy-diagnos-sokord-med-fragetecken", "skane", P("1993-01-19", "428"),
  [N("n1", "SK_AFF_MALMO", ("Nils Ohlsson", "läkare"), "2024-08-28T14:05", secs=[
      ("Diagnos", "Bipolär sjukdom typ II? (F31.8)"),
      ("Åtgärd", "Lamotrigin 25 mg x 1 i två veckor, därefter 50 mg. Info om hudutslag given muntligt och skriftligt.")])],
  must=[M2],
  why="the sökord Diagnos itself holds a code with a question mark: the diagnosis is uncertain and visible")

C("psy-planering-utredning-misstankt-adhd", "vgr", P("1980-02-22", "761"),
  [N("n1", "VG_NP_MOLNDAL", ("Ulrika Hedlund", "sjuksköterska"), "2024-01-29T11:25", tpl="Sjuksköterskeanteckning", secs=[
      ("Telefonkontakt", "Bekräftar tid för testning 12/2 och går igenom vad dagen innebär."),
      ("Planering", "Utredningen avseende misstänkt ADHD fortsätter enligt plan med anhörigintervju via telefon med pat:s bror.")])],
  must=[M2],
  why="the hedged diagnosis hides in a Planering sentence of a nurse's note (VGR, visible)")

# ---- long notes with one hedged diagnosis
C("psy-lang-inskrivning-alkoholutlost-psykos", "vgr", P("1976-09-14", "517"),
  [N("n1", "VG_UDDEVALLA", ("Tove Engberg", "läkare"), "2024-03-09T19:45", tpl="Inskrivningsanteckning", setting="slutenvård", signed=None, secs=[
      ("Anamnes", "47-årig man, ensamstående, lastbilschaufför men sjukskriven sedan februari. Känt alkoholberoende sedan 15 år, "
                  "två tidigare vårdtillfällen för abstinens på beroendekliniken. Ingen tidigare psykiatrisk slutenvård. "
                  "Senaste veckan druckit kraftigt, därefter abrupt stopp för tre dygn sedan. Sedan igår hör han röster som "
                  "kommenterar och hotar honom, ser småkryp på väggarna i lägenheten."),
      ("Socialt", "Bor i hyresrätt i Uddevalla. Har en vuxen dotter med sporadisk kontakt. Körkortet indraget sedan i höstas."),
      ("Tidigare sjukdomar", "Hypertoni, obehandlad sedan han slutade gå på kontroller. Akut pankreatit 2019. "
                             "Fraktur vä handled 2021 efter fall i berusat tillstånd."),
      ("Hereditet", "Fadern alkoholberoende, avled i levercirros. Inga kända psykossjukdomar i släkten."),
      ("Läkemedel", "Inga stående läkemedel. Tagit oxazepam från en kompis senaste dygnet, oklart hur mycket."),
      ("Status", "Vaken, orienterad till person och plats, osäker på datum. Svettig, finvågig tremor i händerna. "
                 "Puls 104, BT 158/96, temp 37,6. Ångestfylld men samarbetar. Formella tankestörningar saknas. "
                 "Förnekar suicidtankar och suicidplaner."),
      ("Somatiskt status", "AT: opåverkat men svettig. Cor: RR, inga blåsljud. Pulm: vesikulärt bilat. "
                           "Buk: mjuk, oöm, levern palperas 2 cm under arcus. Neuro: inga fokala bortfall, ingen nystagmus, gång lätt bredspårig."),
      ("Lab", "Etanol 0,0 promille. ASAT 2,3, ALAT 1,8, GT 4,6. Hb 138, Na 133, K 3,4. CDT förhöjt."),
      ("Riskbedömning", "Samarbetar kring behandlingen, ingen rymningsbenägenhet. Inga tidigare självskadehandlingar eller suicidförsök."),
      ("Bedömning", "Sannolikt alkoholutlöst psykotiskt syndrom i samband med abstinens. Somatiskt stabil. "
                    "Suicidrisken bedöms som låg, skyddande faktor är kontakten med dottern."),
      ("Planering", "Oxazepam enligt CIWA-Ar-schema, tiamin 200 mg im x 3. Kaliumtillägg. Tillsyn var 15:e minut första dygnet. "
                    "Kontakt med beroendekliniken inför utskrivning för fortsatt öppenvård. Vårdplanering med kommunen v.b.")])],
  must=[M2],
  why="long admission chart; a single hedged diagnosis ('Sannolikt alkoholutlöst psykotiskt syndrom') among plans and status lines (unsigned draft)")

C("psy-lang-epikris-talar-for-adhd", "skane", P("1989-05-31", "386"),
  [N("n1", "SK_AVD_LUND", ("Karolina Svensson", "läkare"), "2024-02-02T13:10", tpl="Epikris", setting="slutenvård", secs=[
      ("Vårdtid", "Inskriven 2024-01-08, utskriven 2024-02-02, frivillig vård enligt HSL hela vårdtiden."),
      ("Diagnoser", "Svår depressiv episod utan psykotiska symtom F32.2. Hypertoni I10."),
      ("Orsak till inläggning", "34-årig ekonom som remitterades från allmänpsykiatrisk mottagning efter två månaders tilltagande nedstämdhet, "
                                "viktnedgång 7 kg och uttalade dödstankar utan konkreta planer. Ingen effekt av sertralin 150 mg under åtta veckor."),
      ("Förlopp", "Sertralin byttes mot venlafaxin med upptitrering till 225 mg, mirtazapin 15 mg lades till natten. "
                  "Stämningsläget vände efter tredje veckan, MADRS från 36 vid inskrivning till 15 vid utskrivning. "
                  "Pat deltog i samtalsgrupp och arbetsterapi med god behållning. "
                  "Under vårdtiden beskrev pat livslånga problem med att hålla fokus, impulsivitet och en kaotisk skolgång; "
                  "anamnesen talar för ADHD och utredning får ske via öppenvården när depressionen är i remission. "
                  "Blodtrycket välkontrollerat på oförändrad behandling."),
      ("Läkemedel vid utskrivning", "Venlafaxin 225 mg x 1, mirtazapin 15 mg tn, amlodipin 5 mg x 1."),
      ("Uppföljning", "Återbesök hos ansvarig läkare på allmänpsykiatrisk mottagning Lund om två veckor. "
                      "Sjukskriven 100 % t.o.m. 2024-03-01, därefter ny bedömning.")])],
  must=[M2],
  why="long discharge summary with confirmed diagnoses; 'anamnesen talar för ADHD' in Förlopp is a visible hedged diagnosis")

# =====================================================================
# NL102 negatives: negated, relatives, non-diagnostic hedges, conditionals,
# confirmed diagnoses, protected place, PMO
# =====================================================================
C("psy-ingen-misstanke-om-psykos-tentamen", "skane", P("1999-12-12", "233"),
  [N("n1", "SK_AKUT_MALMO", ("Johanna Lilja", "läkare"), "2024-03-02T22:10", tpl="Akutanteckning", secs=[
      ("Anamnes", "Söker efter tre nätter med dålig sömn inför tentamen. Upplever att tankarna rusar men inga perceptionsstörningar."),
      ("Status", "Lugn, god kontakt, adekvat affekt. Realitetsprövning intakt."),
      ("Bedömning", "Ingen misstanke om psykos eller mani. Stressreaktion i samband med studier. "
                    "Propiomazin 25 mg till natten i tre nätter, åter till studenthälsan.")])],
  must_not=[M2],
  why="'Ingen misstanke om psykos eller mani' is negated; the stress reaction is stated without hedge")

C("psy-bipolar-uteslutes-efter-livsdiagram", "vgr", P("1984-03-22", "478"),
  [N("n1", "VG_AFF_OSTRA", ("Maria Johansson", "läkare"), "2024-10-01T13:10", secs=[
      ("Bedömning", "Efter livsdiagram och samtal med maken uteslutes bipolär sjukdom; de beskrivna uppvarvade perioderna är kortvariga och situationsbundna. "
                    "Diagnos: Recidiverande depression, nu medelsvår episod F33.1."),
      ("Åtgärd", "Escitalopram höjs till 20 mg. Remiss tillbaka till vårdcentralen när stabil.")])],
  must_not=[M2],
  why="'uteslutes bipolär sjukdom' rules the diagnosis out; the remaining diagnosis is confirmed")

C("psy-inga-tecken-pa-mani-efter-ect", "skane", P("1949-08-08", "288"),
  [N("n1", "SK_ECT_LUND", ("Gunnel Axelsson", "sjuksköterska"), "2024-05-21T08:50", tpl="ECT-anteckning", secs=[
      ("Behandling", "ECT nr 4 av planerade 8, höger unilateral. Motorisk anfallsduration 38 s, EEG-kramp 51 s. Vaknar utan incidenter."),
      ("Observation", "Inga tecken på mani eller hypomani efter behandlingen, sover 7 timmar per natt enligt avdelningen.")])],
  must_not=[M2],
  why="'Inga tecken på mani eller hypomani' is a negated finding, nothing hedged")

C("psy-talar-emot-demenssjukdom", "vgr", P("1950-02-17", "654"),
  [N("n1", "VG_ALINGSAS", ("Erik Sandberg", "läkare"), "2024-11-12T10:20", signed=None, secs=[
      ("Bedömning", "Normal MR hjärna, RBANS inom normalvariationen och tydlig förbättring i takt med att depressionen lättat talar emot demenssjukdom. "
                    "De kognitiva besvären förklaras av den depressiva episoden.")])],
  must_not=[M2],
  why="'talar emot demenssjukdom' argues against the diagnosis (negation, not hedge) (unsigned draft)")

C("psy-adhd-avskrivs-efter-utredning", "skane", P("1996-04-04", "713"),
  [N("n1", "SK_NP_KRIST", ("Hanna Nyström", "psykolog"), "2024-06-05T14:00", tpl="Psykologanteckning", secs=[
      ("Sammanfattning", "ADHD avskrivs efter genomförd utredning. Koncentrationssvårigheterna debuterade i vuxen ålder och förklaras bättre av pat:s kända generaliserade ångestsyndrom."),
      ("Planering", "Återgivningssamtal genomfört idag, pat fick skriftlig sammanfattning. Åter till behandlande läkare.")])],
  must_not=[M2, M1],
  why="ADHD 'avskrivs' (ruled out), the remaining diagnosis is known and the result was given to the patient today")

C("psy-inga-hallpunkter-for-psykos-cannabis", "vgr", P("2003-05-30", "359"),
  [N("n1", "VG_AKUT_OSTRA", ("Daniel Persson", "läkare"), "2024-07-27T04:15", tpl="Akutanteckning", secs=[
      ("Bedömning", "Inga hållpunkter för psykos; de röster pat beskriver är egna tankar som han känner igen som sina. "
                    "Ångestgenombrott efter cannabisbruk. Hemgång med sambo, uppföljning på beroendemottagningen.")])],
  must_not=[M2],
  why="'Inga hållpunkter för psykos' is a negation; nothing else is hedged")

C("psy-organisk-genes-utesluten", "skane", P("1972-10-10", "441"),
  [N("n1", "SK_AVD_LUND", ("Karolina Svensson", "läkare"), "2024-02-12T11:30", setting="slutenvård", secs=[
      ("Bedömning", "Organisk genes utesluten: normal DT hjärna, EEG u.a., lab inkl TSH, B12, syfilis- och HIV-serologi utan anmärkning. "
                    "Förstagångspsykos, fortsatt behandling med aripiprazol 10 mg.")])],
  must_not=[M2],
  why="organic cause 'utesluten' after work-up; the first-episode psychosis is stated, not hedged")

C("psy-delirium-kan-uteslutas-konsult", "vgr", P("1939-06-14", "164"),
  [N("n1", "VG_SKAS", ("Hassan Al-Amin", "läkare"), "2024-04-11T14:25", tpl="Konsultationsanteckning", setting="slutenvård", secs=[
      ("Konsultation", "Tillsyn på medicinavdelning 12 pga oro. Pat klar och orienterad, följer samtalet väl, uppmärksamheten intakt vid CAM-test."),
      ("Bedömning", "Delirium kan uteslutas. Ångest i samband med sjukhusvistelsen, oxazepam 5 mg v.b. max 3 per dygn.")])],
  must_not=[M2],
  why="'kan uteslutas' (without ej) rules delirium out; hard negative next to 'kan ej uteslutas'")

C("psy-mor-trolig-bipolar-hereditet", "skane", P("1990-12-24", "167"),
  [N("n1", "SK_AFF_MALMO", ("Helena Roos", "läkare"), "2024-05-14T09:10", secs=[
      ("Hereditet", "Modern hade trolig bipolär sjukdom, aldrig utredd, tog sitt liv 1998. Morfar alkoholberoende."),
      ("Bedömning", "Recidiverande depressiv sjukdom, lindrig episod. Fortsatt sertralin 100 mg.")])],
  must_not=[M2],
  why="the hedged bipolar disorder belongs to the mother (Hereditet); the patient's diagnosis is confirmed")

C("psy-morbror-misstankt-schizofren", "vgr", P("2001-09-19", "573"),
  [N("n1", "VG_PSYKOS_GBG", ("Niklas Ek", "läkare"), "2024-02-19T13:15", secs=[
      ("Anamnes", "Morbror var enligt familjen misstänkt schizofren och vårdades på Lillhagen på 80-talet. I övrigt ingen känd psykiatrisk hereditet."),
      ("Bedömning", "Förstagångspsykos, schizofreniformt syndrom enligt DSM-5. Fortsatt risperidon 2 mg.")])],
  must_not=[M2],
  why="'misstänkt schizofren' describes the maternal uncle, not the patient")

C("psy-bror-mojligen-adhd", "skane", P("1994-07-08", "629"),
  [N("n1", "SK_NP_KRIST", ("Malin Fransson", "läkare"), "2024-08-20T10:45", secs=[
      ("Hereditet", "Bror har möjligen ADHD, aldrig utredd men haft stora svårigheter i skolan. Pappa dyslexi."),
      ("Bedömning", "Pat uppfyller kriterierna för ADHD, kombinerad form, F90.0. Diagnosen återgiven vid dagens besök och pat är positiv till läkemedelsbehandling.")])],
  must_not=[M2, M1],
  why="brother's hedged ADHD is a relative's; the patient's own ADHD is confirmed and told today")

C("psy-ev-remiss-psykolog-efter-sommaren", "vgr", P("1980-03-03", "842"),
  [N("n1", "VG_KUNGALV", ("Fredrik Olsson", "läkare"), "2024-06-26T11:30", signed=None, secs=[
      ("Diagnos", "Medelsvår depressiv episod F32.1."),
      ("Planering", "Ev. remiss till psykolog för KBT efter sommaren om pat fortfarande önskar. Fortsatt sjukskrivning 50 % t.o.m. 31/8.")])],
  must_not=[M2],
  why="'Ev.' hedges a referral (a plan), the diagnosis itself is confirmed (unsigned draft)")

C("psy-trolig-utskrivning-fredag", "skane", P("1966-06-16", "528"),
  [N("n1", "SK_AVD_HBG", ("Maja Lundin", "sjuksköterska"), "2024-09-11T14:10", tpl="Omvårdnadsanteckning", setting="slutenvård", secs=[
      ("Omvårdnad", "Permission i helgen gick bra enligt pat och dottern. Sover utan sömnmedel, äter alla mål."),
      ("Planering", "Trolig utskrivning på fredag efter rond. Hemsjukvården kontaktad angående dosett.")])],
  must_not=[M2],
  why="'Trolig utskrivning' hedges a discharge date, no diagnosis is hedged")

C("psy-eventuellt-mr-minnesbesvar", "vgr", P("1955-01-09", "248"),
  [N("n1", "VG_ECT_MOLNDAL", ("Gustav Nilsson", "läkare"), "2024-03-07T10:15", secs=[
      ("Bedömning", "Svår depression i remission efter nio ECT. Pat upplever minnesluckor för tiden kring behandlingarna."),
      ("Planering", "Eventuellt MR hjärna om minnesbesvären inte avtagit vid återbesöket i juni.")])],
  must_not=[M2],
  why="'Eventuellt MR hjärna' hedges an examination; memory complaints are a symptom")

C("psy-mojlig-start-av-litium", "skane", P("1986-02-02", "317"),
  [N("n1", "SK_AFF_HBG", ("Ingrid Wallin", "läkare"), "2024-01-30T13:40", secs=[
      ("Bedömning", "Bipolär sjukdom typ I, två maniska skov senaste året trots quetiapin."),
      ("Planering", "Möjlig start av litium efter njurfunktion, TSH, kalcium och EKG. Information om litium och graviditet given.")])],
  must_not=[M2],
  why="'Möjlig start av litium' hedges a treatment plan; the bipolar disorder is confirmed")

C("psy-sannolikt-behov-fler-ect", "vgr", P("1947-11-27", "369"),
  [N("n1", "VG_ECT_MOLNDAL", ("Anna Wendel", "läkare"), "2024-12-12T09:20", tpl="ECT-anteckning", secs=[
      ("Bedömning", "Tydlig förbättring efter sex behandlingar, MADRS från 38 till 19. Sannolikt behov av ytterligare 3–4 behandlingar innan remission.")])],
  must_not=[M2],
  why="'Sannolikt behov av ytterligare behandlingar' hedges the treatment course, not a diagnosis")

C("psy-oklart-om-klozapinintag", "skane", P("1977-04-12", "456"),
  [N("n1", "SK_PSYKOS_LSK", ("Mikael Håkansson", "läkare"), "2024-07-09T14:20", secs=[
      ("Aktuellt", "Oklart om pat tagit sin klozapin senaste veckan; dosetten från apoteket var orörd när boendestödet kom i fredags."),
      ("Åtgärd", "S-klozapin tas idag. Boendestödet övervakar intag morgon och kväll framöver.")])],
  must_not=[M2],
  why="'Oklart om' concerns medication intake, not a diagnosis")

C("psy-trolig-orsak-illamaende-litium", "vgr", P("1973-08-18", "573"),
  [N("n1", "VG_AFF_OSTRA", ("Camilla Berg", "sjuksköterska"), "2024-08-27T10:30", tpl="Sjuksköterskeanteckning", secs=[
      ("Litiumkontroll", "S-Li 0,81, kreatinin och TSH normala. Pat besväras av illamående på morgonen."),
      ("Bedömning", "Trolig orsak till illamåendet är att tabletterna tas på fastande mage. Råd att ta litium i samband med frukost.")])],
  must_not=[M2],
  why="'Trolig orsak' hedges the cause of a symptom (nausea), no diagnosis")

C("psy-fragestallning-lamplighet-for-ect", "skane", P("1952-12-06", "682"),
  [N("n1", "SK_AVD_LUND", ("Jesper Holmqvist", "läkare"), "2024-06-03T12:00", tpl="Remissanteckning", setting="slutenvård", secs=[
      ("Remiss", "Till ECT-enheten. Frågeställning: lämplighet för ECT? Svår depressiv episod med psykotiska symtom F32.3, nutritionen sviktar.")])],
  must_not=[M2],
  why="'Frågeställning … ?' asks about suitability for a treatment; the diagnosis is confirmed")

C("psy-litium-sannolikt-fel-provtid", "vgr", P("1964-10-29", "795"),
  [N("n1", "VG_NU_TH", ("Karl Mattsson", "läkare"), "2024-04-25T11:00", tpl="Telefonanteckning", secs=[
      ("Telefonkontakt", "Ringer pat angående S-Li 1,3. Provet togs sex timmar efter kvällsdosen och är alltså sannolikt taget för tidigt. "
                         "Ny provtagning 12 timmar efter dos på måndag.")])],
  must_not=[M2],
  why="'sannolikt' hedges the sampling time of a lithium level, no diagnosis")

C("psy-ev-horselhallucinationer-symtom", "skane", P("1998-09-01", "814"),
  [N("n1", "SK_PSYKOS_LSK", ("Birgitta Olofsson", "sjuksköterska"), "2024-11-05T13:00", tpl="Sjuksköterskeanteckning", secs=[
      ("Samtal", "Pat stannar upp mitt i meningar och tittar mot fönstret. Ev. hörselhallucinationer, förnekar röster vid direkt fråga."),
      ("Planering", "Rapporteras till ansvarig läkare, PANSS vid läkarbesöket 12/11.")])],
  must_not=[M2],
  why="'Ev.' hedges a symptom (hallucinations), not a diagnosis")

C("psy-vid-misstanke-om-litiumforgiftning-info", "vgr", P("1991-05-17", "928"),
  [N("n1", "VG_ALINGSAS", ("Petra Lind", "sjuksköterska"), "2024-02-06T10:50", tpl="Sjuksköterskeanteckning", secs=[
      ("Information", "Pat har fått muntlig och skriftlig information inför litiumstart. Vid misstanke om litiumförgiftning, t.ex. diarré, "
                      "kräkningar, grov darrning eller ostadighet, ska hon söka akut och inte ta nästa dos.")])],
  must_not=[M2],
  why="'Vid misstanke om litiumförgiftning' is a conditional instruction, not a hypothesis about the patient now")

C("psy-om-tecken-pa-mani-kontakta", "skane", P("1989-03-13", "135"),
  [N("n1", "SK_AFF_MALMO", ("Jonas Berglund", "läkare"), "2024-11-26T15:10", secs=[
      ("Diagnos", "Bipolär sjukdom typ I, i remission."),
      ("Planering", "Om tecken på mani återkommer, med minskat sömnbehov mer än två nätter, kontakta mottagningen samma dag. "
                    "Krisplanen uppdaterad tillsammans med pat och sambon.")])],
  must_not=[M2],
  why="hypothetical 'Om tecken på mani återkommer' in a crisis plan; the diagnosis is confirmed")

C("psy-bekraftad-paranoid-schizofreni-depa", "vgr", P("1975-07-30", "246"),
  [N("n1", "VG_PSYKOS_GBG", ("Sanna Åberg", "läkare"), "2024-05-02T09:00", secs=[
      ("Diagnos", "Paranoid schizofreni F20.0, fastställd 2016."),
      ("Aktuellt", "Stabil på paliperidon depå var fjärde vecka. Arbetstränar 20 timmar i veckan på ett kafé.")])],
  must_not=[M2],
  why="a confirmed, long-known diagnosis without any hedge")

C("psy-th-mall-skane-misstankt-eips", "skane", P("2000-10-14", "367"),
  [N("n1", "SK_AP_LUND", ("Rebecka Holmberg", "psykolog"), "2024-03-26T16:00", tpl="Tidiga hypoteser", secs=[
      ("Tidiga hypoteser", "Misstänkt emotionellt instabil personlighetsstörning; bedömningen bygger hittills på två samtal och uppgifter från mamman.")])],
  must_not=[M2],
  why="Skåne: the hedged diagnosis stands in a note whose template is Tidiga hypoteser (protected)")

C("psy-th-sokord-vgr-paranoid", "vgr", P("1968-01-20", "479"),
  [N("n1", "VG_NU_TH", ("Jenny Karlsson", "psykolog"), "2024-09-24T14:30", tpl="Psykologanteckning", signed=None, secs=[
      ("Aktuellt", "Tredje samtalet. Pat upplever att kollegorna konspirerar mot honom och har spelat in möten på mobilen."),
      ("Tidiga hypoteser", "Trolig paranoid personlighetsstörning, ev. vanföreställningssyndrom."),
      ("Planering", "Fortsatta samtal varannan vecka.")])],
  must_not=[M2],
  why="VGR: both hedged diagnoses sit only under the sökord Tidiga hypoteser (unsigned draft)")

C("psy-pmo-misstankt-depression-vc", "skane", P("1983-04-05", "589"),
  [N("n1", "SK_VC_LINDANGEN", ("Fatima Omar", "läkare"), "2024-01-11T10:00", tpl="Besöksanteckning", secs=[
      ("Aktuellt", "Nedstämd sedan skilsmässan i höstas, sömnproblem, har slutat träffa vänner. PHQ-9 17."),
      ("Bedömning", "Misstänkt medelsvår depression. Sertralin 50 mg, återbesök 4 v, ev. remiss till psykiatrin vid utebliven effekt.")])],
  must_not=[M2],
  why="PMO (vårdcentral): diagnoses are never shown, so the hedged depression is not NL102")

C("psy-pmo-trolig-adhd-remiss", "skane", P("1997-08-11", "691"),
  [N("n1", "SK_VC_SIMRISHAMN", ("Olle Bengtsson", "läkare"), "2024-08-14T14:20", tpl="Besöksanteckning", secs=[
      ("Bedömning", "Trolig ADHD, ASRS del A 6/6. Remiss till vuxenpsykiatrin för neuropsykiatrisk utredning.")])],
  must_not=[M2],
  why="PMO primary care note with 'Trolig ADHD': PMO never shows diagnoses")

C("psy-pmo-dd-bipolar-kurator", "skane", P("1988-11-29", "702"),
  [N("n1", "SK_VC_HORBY", ("Eva Mårtensson", "kurator"), "2024-04-17T09:30", tpl="Samtalsanteckning", secs=[
      ("Samtal", "Pat beskriver perioder då hon knappt sover och startar nya projekt, varvat med veckor i sängen. "
                 "DD bipolär sjukdom, diskuteras med ansvarig läkare.")])],
  must_not=[M2],
  why="DD in a PMO kurator note: not visible as a diagnosis in Skåne primary care")

C("psy-pmo-susp-postpartumdepression-telefon", "skane", P("1995-03-17", "824"),
  [N("n1", "SK_VC_ESLOV", ("Jenny Sjöström", "sjuksköterska"), "2024-10-03T11:40", tpl="Telefonkontakt", signed=None, secs=[
      ("Telefonkontakt", "Ringer fyra månader efter förlossningen, gråter dagligen och känner inget för bebisen. EPDS 16. "
                         "Susp. postpartumdepression, tid hos dr i morgon.")])],
  must_not=[M2],
  why="unsigned PMO telephone draft: a hedged diagnosis in PMO is never NL102")

C("psy-tidigare-misstanke-avskrevs", "vgr", P("1987-12-28", "813"),
  [N("n1", "VG_KUNGALV", ("Lars Wikström", "läkare"), "2024-01-23T13:00", secs=[
      ("Anamnes", "Misstanke om bipolär sjukdom 2019 avskrevs efter utredning på affektiva mottagningen. Två depressiva episoder, senast 2021."),
      ("Bedömning", "Recidiverande depression, nu lindrig episod. Återinsätter sertralin 50 mg.")])],
  must_not=[M2],
  why="an old suspicion that was 'avskrevs' (ruled out); current diagnosis confirmed")

C("psy-talar-inte-for-schizofreni", "skane", P("2002-08-16", "924"),
  [N("n1", "SK_AP_LUND", ("Viktor Paulsson", "läkare"), "2024-09-03T11:45", secs=[
      ("Bedömning", "Förloppet med snabb och fullständig återhämtning inom två veckor talar inte för schizofreni. "
                    "Kortvarig psykos F23, utlöst av sömnbrist och cannabis.")])],
  must_not=[M2],
  why="'talar inte för' negates the hedge cue 'talar för'; the short psychosis is stated")

C("psy-ingen-anledning-att-misstanka-autism", "vgr", P("1997-02-09", "135"),
  [N("n1", "VG_NP_MOLNDAL", ("Ahmed Yousef", "läkare"), "2024-11-28T10:30", secs=[
      ("Bedömning", "God ömsesidighet i samtal, flexibel och beskriver nära vänskapsrelationer sedan barndomen. "
                    "Ingen anledning att misstänka autism. Remitteras tillbaka till allmänpsykiatrin.")])],
  must_not=[M2],
  why="'Ingen anledning att misstänka autism' is a negated suspicion")

C("psy-typo-ingen-missanke-bipolar", "skane", P("1979-06-23", "246"),
  [N("n1", "SK_AFF_HBG", ("Nils Ohlsson", "läkare"), "2024-03-21T14:50", secs=[
      ("Bedömning", "Ingen missanke om bipolär sjukdom; hypomana perioder har inte förekommit enligt pat eller maken. "
                    "Recidiverande depression, fortsatt venlafaxin.")])],
  must_not=[M2],
  why="typo 'missanke' inside a negation ('Ingen missanke om'), still ruled out")

C("psy-typo-inga-tecen-pa-psykos", "vgr", P("1992-12-02", "357"),
  [N("n1", "VG_AKUT_OSTRA", ("Daniel Persson", "läkare"), "2024-10-05T03:25", tpl="Akutanteckning", secs=[
      ("Status", "Vaken, orienterad. Gråtmild, god kontakt. Inga tecen på psykos, förnekar hallucinationer."),
      ("Bedömning", "Krisreaktion efter separation. Suicidrisken bedöms som låg, skyddsfaktorer i form av barn och arbete. "
                    "Hemgång med uppföljning på psykiatrimottagningen inom en vecka.")])],
  must_not=[M2],
  why="typo 'tecen' in the negation 'Inga tecken på psykos'")

C("psy-typo-demens-utseluts", "skane", P("1954-09-30", "468"),
  [N("n1", "SK_YSTAD", ("Anders Möller", "läkare"), "2024-12-17T10:40", secs=[
      ("Bedömning", "Demens utseluts efter neuropsykologisk testning och normal DT hjärna. Minnessvårigheterna bedöms vara en del av depressionen.")])],
  must_not=[M2],
  why="typo 'utseluts' for utesluts: the dementia is ruled out")

C("psy-typo-trolgi-utskrivning-mandag", "vgr", P("1961-04-18", "579"),
  [N("n1", "VG_SKAS", ("Johan Lundgren", "läkare"), "2024-05-23T13:35", setting="slutenvård", secs=[
      ("Rond", "Stämningsläget stigit, MADRS 14. Äter och sköter hygienen själv."),
      ("Planering", "Trolgi utskrivning måndag, uppföljning på psykiatrimottagningen Skövde inom en vecka.")])],
  must_not=[M2],
  why="typo 'Trolgi' hedges a discharge date, not a diagnosis")

C("psy-sonen-utreds-for-misstankt-autism", "skane", P("1986-10-07", "680"),
  [N("n1", "SK_AP_LUND", ("Petter Jönsson", "läkare"), "2024-02-27T09:50", secs=[
      ("Socialt", "Ensamstående med två barn. Sonen, 7 år, utreds på BUP för misstänkt autism, vilket tar mycket kraft."),
      ("Bedömning", "Utmattningssyndrom F43.8A. Sjukskrivning 75 % fyra veckor, samtalskontakt med kurator.")])],
  must_not=[M2],
  why="the suspected autism belongs to the patient's son; the patient's own diagnosis is confirmed")

C("psy-ect-glesa-ut-fragetecken", "vgr", P("1958-01-25", "791"),
  [N("n1", "VG_ECT_MOLNDAL", ("Anna Wendel", "läkare"), "2024-07-16T09:05", tpl="ECT-anteckning", secs=[
      ("Behandling", "ECT nr 12, underhållsbehandling var tredje vecka. Adekvat kramp, inga komplikationer."),
      ("Planering", "Glesa ut till var fjärde vecka? Tas upp på ECT-ronden i augusti.")])],
  must_not=[M2],
  why="the question mark hangs on a treatment interval, not on a diagnosis")

C("psy-misstankt-att-pat-inte-tar-litium", "skane", P("1970-05-26", "803"),
  [N("n1", "SK_AFF_HBG", ("Maja Lundin", "sjuksköterska"), "2024-10-24T11:10", tpl="Sjuksköterskeanteckning", secs=[
      ("Litiumkontroll", "S-Li 0,21 trots oförändrad ordination 1 200 mg. Misstänkt att pat inte tar tabletterna regelbundet, vilket han delvis medger."),
      ("Åtgärd", "Motiverande samtal. Dosett via apoteket, nytt prov om två veckor.")])],
  must_not=[M2],
  why="'Misstänkt att pat inte tar tabletterna' is a suspicion about adherence, no diagnosis")

C("psy-dd-hypertyreos-utesluten", "vgr", P("1985-09-16", "913"),
  [N("n1", "VG_SAS_MOTT", ("Linda Hansson", "läkare"), "2024-03-13T15:00", secs=[
      ("Bedömning", "Generaliserat ångestsyndrom F41.1. DD hypertyreos utesluten med normalt TSH och fT4. Start med escitalopram 5 mg.")])],
  must_not=[M2],
  why="'DD … utesluten': the differential is already excluded; the main diagnosis is confirmed")

C("psy-inte-forenligt-med-psykos-tvang", "skane", P("1993-06-21", "136"),
  [N("n1", "SK_AP_LUND", ("Rebecka Holmberg", "psykolog"), "2024-05-08T13:45", tpl="Psykologanteckning", secs=[
      ("Bedömning", "Pat:s påträngande tankar om att smitta andra med bakterier upplevs av henne själv som orimliga och ångestskapande, "
                    "vilket inte är förenligt med psykos. Tvångssyndrom med huvudsakligen tvångstankar F42.0, ERP-behandling startar.")])],
  must_not=[M2],
  why="'inte är förenligt med psykos' negates the cue 'förenligt med'; the OCD diagnosis is confirmed")

# ---- long notes without a visible hedged diagnosis
C("psy-lang-inskrivning-mani-utan-hypotes", "skane", P("1982-07-19", "359"),
  [N("n1", "SK_AVD_HBG", ("Nils Ohlsson", "läkare"), "2024-06-07T17:30", tpl="Inskrivningsanteckning", setting="slutenvård", secs=[
      ("Inskrivningsorsak", "Remitterad från psykiatrisk akutmottagning i Helsingborg. 41-årig man med känd bipolär sjukdom typ I sedan 2011, "
                            "senaste skovet 2019. Slutade med litium i januari på eget initiativ då han kände sig platt."),
      ("Aktuellt", "Sedan tre veckor sover han 2–3 timmar per natt, har startat två företag, tagit ett lån på 300 000 kr "
                   "och skrivit långa mejl till kommunledningen. Hustrun beskriver att hon inte känner igen honom."),
      ("Hereditet", "Farmor vårdades för nervsjukdom på S:t Lars sjukhus på 60-talet, i övrigt inget känt."),
      ("Status", "Vaken, orienterad. Forcerat tal, tankeflykt, svår att avbryta. Upprymd och periodvis irritabel. "
                 "Inga hallucinationer, inga vanföreställningar framkommer. Förnekar suicidtankar. "
                 "Ingen misstanke om intox, tox-screen negativ."),
      ("Somatiskt", "BT 142/88, puls 92. Kreatinin 84, TSH 1,9. EKG sinusrytm u.a."),
      ("Riskbedömning", "Ingen suicidal avsikt. Risken för ekonomisk skada bedöms som hög."),
      ("Bedömning", "Bipolär sjukdom typ I, maniskt skov utan psykotiska symtom F31.1. Bristande sjukdomsinsikt men accepterar frivillig vård. "
                    "Trolig vårdtid 2–3 veckor."),
      ("Planering", "Återinsätter litium 600 mg x 1 med S-Li om fem dagar, olanzapin 10 mg tn. "
                    "Eventuellt gemensamt samtal med hustrun efter pat:s medgivande. "
                    "Ev. bedömning enligt LPT om pat vill lämna avdelningen i nuvarande tillstånd. "
                    "Kontakt med budget- och skuldrådgivning diskuteras när pat är mer stabil.")])],
  must_not=[M2],
  why="long admission note: the mania is confirmed; hedges only on length of stay, plans and a negated intox")

C("psy-lang-bedomningssamtal-th-sokord-och-negationer", "vgr", P("1996-12-03", "572"),
  [N("n1", "VG_NU_TH", ("Leila Rahimi", "psykolog"), "2024-04-02T14:00", tpl="Bedömningssamtal", secs=[
      ("Bakgrund", "27-årig kvinna, egen vårdbegäran via 1177 pga ångest och svårigheter i nära relationer. "
                   "Växte upp i Vänersborg som äldst av tre syskon. Arbetar heltid som undersköterska på ett äldreboende."),
      ("Aktuellt", "Återkommande panikattacker sedan ett år, främst på bussen och i affärer. Undviker numera att handla ensam. "
                   "Sover 6–7 timmar, normal aptit. Dricker alkohol sparsamt, inga droger."),
      ("Tidigare kontakter", "Kuratorskontakt på ungdomsmottagningen vid 17 års ålder pga nedstämdhet, i övrigt ingen psykiatrisk kontakt. "
                             "Ingen tidigare läkemedelsbehandling."),
      ("Somatiskt", "Frisk, inga läkemedel utom p-piller. Hjärtklappningen under attackerna är utredd på vårdcentralen med normalt EKG och normala prover."),
      ("Status", "Välvårdad, god kontakt, något spänd. Neutralt stämningsläge, adekvat affekt. Inga tecken på psykos. "
                 "Ingen misstanke om ätstörning. Förnekar suicidtankar, aldrig gjort något suicidförsök."),
      ("Skattningar", "PDSS-SR 16, MADRS-S 12, AUDIT 3."),
      ("Tidiga hypoteser", "Mönstret av intensiva, snabbt växlande relationer och tomhetskänsla som framkom i slutet av samtalet "
                           "inger misstanke om emotionellt instabil personlighetsstörning. Behöver fler samtal och kompletterande intervju."),
      ("Bedömning", "Paniksyndrom med agorafobi F40.01. Depression uteslutes utifrån anamnes och skattning."),
      ("Planering", "Internetbaserad KBT för paniksyndrom via Stöd och behandling på 1177, start v. 16. Uppföljande samtal efter fyra veckor.")])],
  must_not=[M2],
  why="long VGR note: the only hedged diagnosis is under the sökord Tidiga hypoteser; visible sections hold negations and a confirmed diagnosis")

# =====================================================================
# NL101 positives: a visible diagnosis the patient has not been told
# =====================================================================
C("psy-adhd-resultat-ej-aterkopplat", "vgr", P("1994-02-17", "684"),
  [N("n1", "VG_NP_MOLNDAL", ("Therese Lund", "psykolog"), "2024-05-07T15:30", tpl="Psykologanteckning", secs=[
      ("Sammanfattning", "Sammanvägd bedömning efter intervjuer, skattningar och testning: kriterierna för ADHD, kombinerad form, är uppfyllda. "
                         "Pat har ännu inte fått ta del av resultatet, återgivningssamtal bokat 14/5.")])],
  must=[M1], must_not=[M2],
  why="settled ADHD in a visible section while the patient has not yet been given the result (no hedge, so no NL102)")

C("psy-autism-fastslas-ej-informerad-annu", "skane", P("1990-04-30", "795"),
  [N("n1", "SK_NP_KRIST", ("Malin Fransson", "läkare"), "2024-09-17T11:00", secs=[
      ("Diagnos", "Autismspektrumtillstånd utan intellektuell funktionsnedsättning F84.5 fastställs efter teamkonferens."),
      ("Information", "Pat ej informerad ännu; beskedet ges tillsammans med psykolog Nyström nästa vecka.")])],
  must=[M1],
  why="visible Diagnos sökord plus 'Pat ej informerad ännu' about that diagnosis (Skåne Melior)")

C("psy-schizofreni-informeras-ej-forran-stabil", "vgr", P("1998-08-08", "807"),
  [N("n1", "VG_UDDEVALLA", ("Oskar Bergström", "läkare"), "2024-08-13T10:25", setting="slutenvård", secs=[
      ("Bedömning", "Kriterierna för schizofreni bedöms nu uppfyllda efter sex månaders förlopp med hallucinationer och negativa symtom."),
      ("Information", "Pat ska inte informeras om diagnosen förrän han är mer stabiliserad; tas upp på nästa vårdplaneringsmöte.")])],
  must=[M1],
  why="'ska inte informeras om diagnosen förrän…' next to a visible schizophrenia diagnosis")

C("psy-litium-njursjukdom-ej-meddelad", "skane", P("1956-11-11", "917"),
  [N("n1", "SK_AFF_HBG", ("Ingrid Wallin", "läkare"), "2024-04-08T16:00", secs=[
      ("Lab", "eGFR 48, 46 och 49 vid tre mätningar under sex månader. Albumin/kreatinin-kvot lätt förhöjd."),
      ("Bedömning", "Kronisk njursjukdom stadium 3a hos pat med 20 års litiumbehandling. Pat har inte informerats om detta, "
                    "tas vid besöket 22/4 tillsammans med ställningstagande till fortsatt litium.")])],
  must=[M1],
  why="somatic diagnosis found at lithium follow-up is visible while 'Pat har inte informerats om detta'")

C("psy-alzheimer-besked-ej-lamnat", "vgr", P("1946-03-03", "028"),
  [N("n1", "VG_ALINGSAS", ("Karin Holm", "läkare"), "2024-10-29T14:15", secs=[
      ("Utredning", "MR hjärna: uttalad hippocampusatrofi bilat. Likvor: lågt amyloid-beta 42, förhöjt tau och fosfo-tau."),
      ("Bedömning", "Alzheimers sjukdom med sen debut. Besked ej lämnat till pat ännu, hon vill att dottern ska vara med vid det samtalet.")])],
  must=[M1],
  why="'Besked ej lämnat till pat ännu' about a visible Alzheimer diagnosis")

C("psy-tardiv-dyskinesi-ej-taget-upp", "skane", P("1966-12-15", "139"),
  [N("n1", "SK_PSYKOS_LSK", ("Amir Sadeghi", "läkare"), "2024-06-20T13:30", secs=[
      ("Status", "Koreoatetoida rörelser i tunga och läppar, AIMS 14."),
      ("Bedömning", "Tardiv dyskinesi. Har inte tagit upp detta med pat ännu, vill först diskutera byte till klozapin med teamet.")])],
  must=[M1],
  why="'Har inte tagit upp detta med pat ännu' refers to the visible diagnosis tardiv dyskinesi")

C("psy-telefon-hypotyreos-pat-ej-nadd", "vgr", P("1962-07-01", "240"),
  [N("n1", "VG_AFF_OSTRA", ("Camilla Berg", "sjuksköterska"), "2024-09-09T13:40", tpl="Telefonanteckning", secs=[
      ("Provsvar", "TSH 14,2, fritt T4 8. Dr Johansson bedömer hypotyreos och ordinerar levotyroxin 50 mikrogram."),
      ("Telefonkontakt", "Söker pat två gånger utan svar, lämnar meddelande om att ringa tillbaka. Pat har alltså ännu inte fått besked.")])],
  must=[M1],
  why="nurse's telephone note: the diagnosis is written down but the patient could not be reached and has not been told")

C("psy-epikris-diabetes-ej-meddelad", "skane", P("1979-01-26", "351"),
  [N("n1", "SK_AVD_LUND", ("Jesper Holmqvist", "läkare"), "2024-11-14T15:00", tpl="Epikris", setting="slutenvård", secs=[
      ("Sammanfattning", "Inlagd tre veckor för psykotiskt skov vid känd schizofreni, förbättrad på olanzapin."),
      ("Somatik", "Under vårdtiden konstaterades diabetes mellitus typ 2, HbA1c 71 och 74. "
                  "Pat har av förbiseende inte informerats om detta före utskrivning, vårdcentralen tar över.")])],
  must=[M1],
  why="discharge summary: a new diabetes diagnosis is visible and explicitly not told to the patient")

C("psy-antisocial-ps-vantar-med-aterkoppling", "vgr", P("1989-09-27", "462"),
  [N("n1", "VG_NU_TH", ("Leila Rahimi", "psykolog"), "2024-12-04T10:30", tpl="Psykologanteckning", secs=[
      ("Bedömning", "SCID-5-PD och PCL-R: antisocial personlighetsstörning föreligger."),
      ("Planering", "Väntar med att återge detta för pat tills behandlingsalliansen är mer etablerad.")])],
  must=[M1],
  why="the psychologist withholds a visible personality-disorder diagnosis ('väntar med att återge')")

C("psy-typo-ej-infomerad-bipolar-i", "skane", P("1987-03-09", "574"),
  [N("n1", "SK_AFF_MALMO", ("Helena Roos", "läkare"), "2024-07-02T11:35", secs=[
      ("Bedömning", "Bipolär sjukdom typ I fastställd efter vårens maniska skov och anamnes på depressioner sedan 2018."),
      ("Information", "Pat ej infomerad om diagnosen, avvaktar med beskedet tills hon är helt ur manin.")])],
  must=[M1],
  why="typo 'infomerad' in 'Pat ej informerad om diagnosen' next to a visible diagnosis")

C("psy-utkast-tvangssyndrom-inte-fatt-veta", "vgr", P("1991-10-05", "684"),
  [N("n1", "VG_KUNGALV", ("Lars Wikström", "läkare"), "2024-03-28T16:10", signed=None, secs=[
      ("Bedömning", "Tvångssyndrom, blandade tvångstankar och tvångshandlingar F42.2. Y-BOCS 31."),
      ("Information", "Pat har inte fått veta diagnosen än, återbesök 4/4.")])],
  must=[M1],
  why="unsigned draft: 'har inte fått veta diagnosen än' with the diagnosis in a visible section")

C("psy-flera-anteckningar-adhd-ej-informerad-forst", "skane", P("1995-05-22", "796"),
  [N("n1", "SK_NP_KRIST", ("Malin Fransson", "läkare"), "2024-02-15T10:20", secs=[
      ("Bedömning", "Kriterierna för ADHD, huvudsakligen ouppmärksam form, är uppfyllda efter utredningen. "
                    "Pat har ännu inte informerats, återgivning om två veckor.")]),
   N("n2", "SK_NP_KRIST", ("Hanna Nyström", "psykolog"), "2024-02-29T13:00", tpl="Psykologanteckning", secs=[
      ("Återgivning", "Resultatet återgivet för pat och hennes sambo, skriftlig sammanfattning lämnad. Pat vill träffa läkare om medicinering.")])],
  must=[("NL101", "n1")], must_not=[("NL101", "n2")],
  why="two notes: n1 writes the diagnosis visibly while saying the patient is not informed; the later n2 tells her and names no untold diagnosis")

C("psy-hepatit-c-ej-informerad-beroende", "vgr", P("1984-06-14", "806"),
  [N("n1", "VG_BEROENDE", ("Annika Strömberg", "läkare"), "2024-06-04T11:50", setting="slutenvård", secs=[
      ("Lab", "Anti-HCV positiv, HCV-RNA 2,4 miljoner IE/ml, genotyp 3."),
      ("Bedömning", "Kronisk hepatit C. Pat ännu ej informerd; infektionsläkare kontaktad för gemensamt besked och behandlingsstart.")])],
  must=[M1],
  why="typo 'informerd': chronic hepatitis C is visible and the patient is not yet informed")

C("psy-langt-qt-ej-informerad-infor-ect", "skane", P("1972-02-08", "917"),
  [N("n1", "SK_ECT_LUND", ("Per Sjöberg", "läkare"), "2024-08-22T14:40", signed=None, secs=[
      ("Inför ECT", "EKG visade QTc 512 ms. Kardiologkonsult bekräftar medfött långt QT-syndrom."),
      ("Planering", "Pat har inte informerats ännu, kardiolog lämnar besked på mottagningen i morgon. ECT skjuts upp.")])],
  must=[M1],
  why="cardiac diagnosis found before ECT is visible; the patient has not been told (unsigned draft)")

C("psy-vanforestallningssyndrom-informeras-inte", "vgr", P("1959-04-24", "029"),
  [N("n1", "VG_PSYKOS_GBG", ("Niklas Ek", "läkare"), "2024-01-16T10:20", secs=[
      ("Bedömning", "Vanföreställningssyndrom F22.0, övertygad sedan två år om att grannen förgiftar hans vatten."),
      ("Information", "Pat informeras inte om diagnosen i nuläget, då det bedöms förstärka misstänksamheten mot vården och riskera kontakten.")])],
  must=[M1],
  why="deliberate decision not to tell the patient a diagnosis that is written in a visible section")

C("psy-ssk-meningiom-far-inte-veta-annu", "skane", P("1953-08-31", "139"),
  [N("n1", "SK_AVD_HBG", ("Linnea Ahlgren", "sjuksköterska"), "2024-10-30T20:15", tpl="Omvårdnadsanteckning", setting="slutenvård", secs=[
      ("Omvårdnad", "Lugn kväll, åt middag med medpatienterna. Frågade om resultatet av datortomografin."),
      ("Information", "DT visade meningiom vänster frontalt. Enligt överenskommelse med dr Ohlsson får pat inte veta detta ännu, "
                      "besked ges av neurokirurg på måndag.")])],
  must=[M1],
  why="nurse documents a tumour diagnosis visibly while writing that the patient must not be told yet")

C("psy-lang-inskrivning-anorexi-ej-underrattad", "vgr", P("2003-11-12", "240"),
  [N("n1", "VG_SAS_AVD", ("Linda Hansson", "läkare"), "2024-01-19T15:40", tpl="Inskrivningsanteckning", setting="slutenvård", secs=[
      ("Inskrivningsorsak", "Överflyttad från medicinavdelning 12 efter korrektion av hypokalemi, K 2,6 vid ankomst till akuten. "
                            "Remitterande läkare beskriver uttalad viktnedgång och att pat i hemlighet slängt mat under vårdtiden."),
      ("Anamnes", "20-årig kvinna som studerar till förskollärare. Viktnedgång från 62 till 44 kg sedan i våras. "
                  "Springer varje dag även när hon känner sig yr. Amenorré sedan sex månader. "
                  "Ingen tidigare psykiatrisk kontakt. Föräldrarna har varit oroliga sedan sommaren."),
      ("Status", "Längd 168 cm, vikt 44,2 kg, BMI 15,7. Puls 46, BT 92/58, temp 35,9. Kalla händer, lanugo. "
                 "Vaken, orienterad, artig men reserverad. Förnekar att vikten är ett problem. Inga psykotiska symtom. "
                 "Förnekar aktuella suicidtankar."),
      ("Lab", "K 3,5 efter substitution, fosfat 0,78, Mg 0,71. Hb 112. EKG sinusbradykardi, QTc 438 ms."),
      ("Bedömning", "Anorexia nervosa, restriktiv typ F50.0, med somatiska komplikationer. "
                    "Pat är ännu inte underrättad om diagnosen; den tas vid inskrivningssamtalet med ansvarig överläkare och kontaktperson i morgon."),
      ("Planering", "Refeedingprotokoll med dietist, fosfat- och kaliumkontroller dagligen första veckan. "
                    "Sängläge utom toalettbesök tills puls över 50. Tillsyn vid måltider och en timme efter.")])],
  must=[M1],
  why="long admission note: the anorexia diagnosis is in Bedömning and the text says the patient is not yet told")

# =====================================================================
# NL101 negatives: told, untold thing is no diagnosis, protected place,
# relative not told, nothing said about telling
# =====================================================================
C("psy-adhd-meddelad-vid-dagens-atergivning", "skane", P("2000-01-04", "351"),
  [N("n1", "SK_AP_LUND", ("Petter Jönsson", "läkare"), "2024-05-15T10:30", secs=[
      ("Återgivning", "ADHD, kombinerad form F90.0. Diagnosen meddelad pat vid dagens återgivningssamtal, pat känner lättnad och vill läsa på.")])],
  must_not=[M1],
  why="the diagnosis was told to the patient today")

C("psy-informerad-vid-besoket-i-januari", "vgr", P("1983-10-13", "462"),
  [N("n1", "VG_AFF_OSTRA", ("Maria Johansson", "läkare"), "2024-02-22T14:20", secs=[
      ("Diagnos", "Bipolär sjukdom typ I."),
      ("Aktuellt", "Pat informerades om diagnosen vid besöket i januari och har sedan dess läst på och gått i psykopedagogisk grupp.")])],
  must_not=[M1],
  why="the patient was told at an earlier visit")

C("psy-ej-informerad-om-ect-startdatum", "skane", P("1962-05-28", "574"),
  [N("n1", "SK_ECT_LUND", ("Gunnel Axelsson", "sjuksköterska"), "2024-04-03T09:15", tpl="Sjuksköterskeanteckning", secs=[
      ("Aktuellt", "Sedan mars svår depressiv episod utan psykotiska symtom, F32.2. Godkänd för ECT efter narkosbedömning."),
      ("Planering", "Pat ej informerad om startdatum ännu, koordinatorn ringer henne i eftermiddag.")])],
  must_not=[M1],
  why="what is not yet told is a start date, not the visible diagnosis")

C("psy-remiss-till-np-team-ej-informerad", "vgr", P("1977-12-19", "684"),
  [N("n1", "VG_KUNGALV", ("Fredrik Olsson", "läkare"), "2024-10-10T13:05", signed=None, secs=[
      ("Bedömning", "Recidiverande depression, medelsvår episod. Fortsatt sertralin 150 mg."),
      ("Administration", "Pat har ännu inte informerats om att remissen till NP-teamet är skickad, brev går ut i veckan.")])],
  must_not=[M1],
  why="the patient is not yet told that a referral was sent; that is no diagnosis (unsigned draft)")

C("psy-normalt-eeg-svar-ej-meddelat", "skane", P("1985-08-02", "795"),
  [N("n1", "SK_PSYKOS_LSK", ("Amir Sadeghi", "läkare"), "2024-03-18T15:45", secs=[
      ("Diagnos", "Schizofreni F20.0, känd sedan 2012."),
      ("Provsvar", "EEG utan epileptiform aktivitet, normalt fynd. Svaret ej meddelat pat ännu.")])],
  must_not=[M1],
  why="the untold item is a normal EEG; the long-known diagnosis is not what is withheld")

C("psy-th-mall-skane-ej-informerad", "skane", P("1992-06-26", "806"),
  [N("n1", "SK_AFF_MALMO", ("Jonas Berglund", "läkare"), "2024-06-12T10:00", tpl="Tidiga hypoteser", secs=[
      ("Tidiga hypoteser", "Trolig bipolär sjukdom typ II. Pat ej informerad, vill först träffa sambon för anhöriganamnes.")])],
  must_not=[M1, M2],
  why="Skåne: the untold hypothesis is kept in a Tidiga hypoteser template note, i.e. the protected place")

C("psy-th-sokord-vgr-autism-ej-informerad", "vgr", P("1999-03-15", "917"),
  [N("n1", "VG_NP_MOLNDAL", ("Therese Lund", "psykolog"), "2024-11-06T13:20", tpl="Psykologanteckning", secs=[
      ("Aktuellt", "Tredje testtillfället, WAIS-IV genomförd. Pat trött men motiverad."),
      ("Tidiga hypoteser", "Autism bedöms sannolik utifrån observationer och testprofil. Pat ej informerad, slutbedömning efter ADOS."),
      ("Planering", "ADOS-2 bokas inom tre veckor.")])],
  must_not=[M1, M2],
  why="VGR: the untold hypothesis sits only under the sökord Tidiga hypoteser; visible sections hold no diagnosis")

C("psy-pat-informerad-foraldrar-ej", "vgr", P("2001-07-18", "028"),
  [N("n1", "VG_PSYKOS_GBG", ("Sanna Åberg", "läkare"), "2024-04-24T11:40", secs=[
      ("Information", "Pat informerad om diagnosen schizofreni och tog beskedet lugnt. "
                      "Önskar att föräldrarna inte informeras ännu, vilket respekteras.")])],
  must_not=[M1],
  why="the patient is told; only the parents are not")

C("psy-paniksyndrom-inget-om-information", "skane", P("1994-09-09", "139"),
  [N("n1", "SK_YSTAD", ("Anders Möller", "läkare"), "2024-08-06T09:25", secs=[
      ("Diagnos", "Paniksyndrom F41.0."),
      ("Åtgärd", "KBT-program via 1177 Stöd och behandling, escitalopram 10 mg.")])],
  must_not=[M1, M2],
  why="a plain confirmed diagnosis with nothing said about telling (and nothing hedged)")

C("psy-flera-anteckningar-besked-efter-th", "skane", P("1986-01-31", "240"),
  [N("n1", "SK_NP_KRIST", ("Hanna Nyström", "psykolog"), "2024-03-04T14:30", tpl="Tidiga hypoteser", secs=[
      ("Tidiga hypoteser", "Autismspektrumtillstånd troligt efter ADOS-2, pat ännu inte informerad.")]),
   N("n2", "SK_NP_KRIST", ("Malin Fransson", "läkare"), "2024-03-25T09:45", secs=[
      ("Återgivning", "Autismspektrumtillstånd F84.5 fastställt. Pat informerad om diagnosen vid dagens besök, "
                      "fick broschyr och information om anhörigutbildning.")])],
  must_not=[("NL101", "n2"), ("NL102", "n1")],
  why="the later visible note n2 tells the patient what the protected n1 withheld")

C("psy-maken-far-inte-veta-alkohol", "skane", P("1968-02-14", "352"),
  [N("n1", "SK_BEROENDE", ("Ali Hassan", "läkare"), "2024-05-27T10:10", setting="slutenvård", secs=[
      ("Bedömning", "Alkoholberoende F10.2, pat väl informerad och införstådd med diagnosen."),
      ("Socialt", "Vill inte att maken ska få veta om vårdtillfället eller diagnosen, och vi har lovat att inte kontakta honom.")])],
  must_not=[M1],
  why="the patient knows; it is the husband who must not be told")

C("psy-ej-informerad-om-sankt-litiumdos", "vgr", P("1980-11-21", "462"),
  [N("n1", "VG_NU_TH", ("Sofie Almqvist", "sjuksköterska"), "2024-07-23T10:20", tpl="Sjuksköterskeanteckning", secs=[
      ("Litiumkontroll", "Bipolär sjukdom typ II, litium sedan 2020. S-Li 1,05, över målvärdet."),
      ("Åtgärd", "Dr ordinerar sänkning till 900 mg. Pat ännu ej informerad om dosändringen, ringer henne efter lunch.")])],
  must_not=[M1],
  why="the untold item is a dose change (a plan), not the diagnosis")

C("psy-ingen-diabetes-provsvar-ej-meddelade", "skane", P("1975-04-03", "573"),
  [N("n1", "SK_PSYKOS_LSK", ("Birgitta Olofsson", "sjuksköterska"), "2024-12-09T13:15", tpl="Sjuksköterskeanteckning", secs=[
      ("Metabol kontroll", "Årlig kontroll under klozapinbehandling. HbA1c 39, lipider normala, vikt oförändrad. Ingen diabetes."),
      ("Information", "Pat ej informerad om provsvaren ännu, tas vid depåbesöket på fredag.")])],
  must_not=[M1],
  why="normal results and a negated diabetes are not told yet: no diagnosis is withheld")

C("psy-telefon-meddelat-hypotyreos", "vgr", P("1967-06-06", "684"),
  [N("n1", "VG_AFF_OSTRA", ("Camilla Berg", "sjuksköterska"), "2024-09-12T10:05", tpl="Telefonanteckning", secs=[
      ("Telefonkontakt", "Når pat och meddelar att provsvaren visar hypotyreos. Hon förstår informationen och hämtar ut levotyroxin i dag.")])],
  must_not=[M1],
  why="telephone note: the diagnosis is told to the patient in the call")

C("psy-dbt-vantelista-ej-informerad", "skane", P("2002-10-30", "796"),
  [N("n1", "SK_AP_LUND", ("Rebecka Holmberg", "psykolog"), "2024-01-31T15:20", tpl="Administrativ anteckning", secs=[
      ("Administration", "Pat ej informerad om att hon står på väntelista till DBT-programmet, besked skickas när plats finns.")])],
  must_not=[M1],
  why="'ej informerad' but about a waiting list; no diagnosis in the note")

C("psy-uppfoljning-efter-tidigare-besked", "vgr", P("1990-12-12", "806"),
  [N("n1", "VG_NU_TH", ("Karl Mattsson", "läkare"), "2024-02-08T09:30", secs=[
      ("Bedömning", "Bipolär sjukdom typ II fastställd. Pat informerad och har fått skriftlig information om sjukdomen.")]),
   N("n2", "VG_NU_TH", ("Karl Mattsson", "läkare"), "2024-03-07T09:30", secs=[
      ("Aktuellt", "Stabil sedan förra besöket, tolererar lamotrigin 200 mg utan utslag. Bipolär sjukdom typ II, eutym.")])],
  must_not=[("NL101", "n2")],
  why="follow-up note repeats a diagnosis told in the earlier note; nothing says it is untold")

C("psy-typo-ej-infomerad-om-traumaterapi", "vgr", P("1987-08-17", "917"),
  [N("n1", "VG_SAS_MOTT", ("Linda Hansson", "läkare"), "2024-06-18T14:45", secs=[
      ("Diagnos", "Posttraumatiskt stressyndrom F43.1."),
      ("Planering", "Pat ännu ej infomerad om tiden för traumaterapin, psykologen skickar kallelse.")])],
  must_not=[M1],
  why="typo 'infomerad'; the untold item is an appointment time, not the diagnosis")

C("psy-lang-epikris-diagnoser-meddelade", "vgr", P("1971-03-27", "029"),
  [N("n1", "VG_SKAS", ("Johan Lundgren", "läkare"), "2024-09-27T14:20", tpl="Epikris", setting="slutenvård", secs=[
      ("Vårdtid", "2024-09-02 – 2024-09-27, psykiatrisk vårdavdelning 5. Vårdad enligt LPT 2024-09-02 – 2024-09-10, därefter frivilligt enligt HSL."),
      ("Diagnoser", "Svår depressiv episod med psykotiska symtom F32.3. Hypotyreos E03.9, nyupptäckt."),
      ("Orsak till inläggning", "53-årig busschaufför som fördes till akuten av sin bror efter att ha slutat äta och uttryckt att han var skyldig "
                                "till en olycka på jobbet för flera år sedan och förtjänade att dö. Skuldvanföreställningar och uttalad psykomotorisk hämning."),
      ("Förlopp", "Behandlades med ECT, sammanlagt åtta bilaterala behandlingar, med successiv förbättring efter fjärde behandlingen. "
                  "Skuldtankarna bleknade och han började äta och delta i avdelningens aktiviteter. "
                  "Vid inkomstproverna sågs TSH 11,4 och lågt fritt T4, levotyroxin insattes i samråd med medicinkonsult. "
                  "Sertralin upptitrerat till 150 mg, kvetiapin 100 mg till natten som antipsykotiskt skydd. MADRS 41 vid inskrivning, 9 vid utskrivning."),
      ("Information", "Pat informerad om båda diagnoserna under vårdtiden och återigen vid utskrivningssamtalet, där även brodern deltog på pat:s önskan. "
                      "Skriftlig information om hypotyreos och om depression lämnad."),
      ("Status vid utskrivning", "Vaken, klar, orienterad. God kontakt, adekvat affekt, stämningsläget lätt sänkt. "
                                 "Inga kvarvarande vanföreställningar. Förnekar dödstankar. Vikt 78 kg, upp 4 kg under vårdtiden."),
      ("Sociala insatser", "Kurator har haft kontakt med arbetsgivaren inför gradvis återgång i arbete. "
                           "Brodern bor nära och stöttar med inköp den första tiden."),
      ("Läkemedel vid utskrivning", "Sertralin 150 mg x 1, kvetiapin 100 mg tn, levotyroxin 50 mikrogram x 1."),
      ("Uppföljning", "Psykiatrimottagningen Skövde om en vecka. TSH kontrolleras om sex veckor på vårdcentralen. "
                      "Sjukskriven 100 % fyra veckor.")])],
  must_not=[M1],
  why="long discharge summary: both diagnoses visible and the text says the patient was informed")

# =====================================================================
# validation and output
# =====================================================================
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
CODES = {"NL101", "NL102"}
TS_RE = re.compile(r"^2024-\d\d-\d\dT\d\d:\d\d:\d\d$")
PNR_RE = re.compile(r"^(\d{8})-(\d{4})$")
SENT_SPLIT = re.compile(r"(?<=[.!?;:])\s+|\n+")


def _age(birth, when):
    b = datetime.date.fromisoformat(birth)
    w = datetime.date.fromisoformat(when[:10])
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def _luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return total % 10 == 0


def validate(cases):
    errors = []
    names = set()
    sentences = {}
    for c in cases:
        name = c.get("case", "?")
        err = lambda msg: errors.append("%s: %s" % (name, msg))
        if list(c.keys()) != CASE_KEYS:
            err("case keys %r" % list(c.keys()))
        if name in names:
            err("duplicate case name")
        names.add(name)
        if not name.startswith("psy-") or not re.match(r"^[a-z0-9-]+$", name):
            err("bad case name")
        if c["ruleset"] not in ("skane", "vgr"):
            err("bad ruleset")
        if not c["why"].strip():
            err("empty why")
        rec = c["record"]
        if list(rec.keys()) != RECORD_KEYS:
            err("record keys %r" % list(rec.keys()))
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                err("%s not empty" % k)
        pat = rec["patient"]
        if sorted(pat.keys()) != ["birth_date", "id", "protected_identity"]:
            err("patient keys")
        m = PNR_RE.match(pat["id"])
        if not m:
            err("personnummer format")
        else:
            if m.group(1) != pat["birth_date"].replace("-", ""):
                err("personnummer does not match birth_date")
            try:
                datetime.date.fromisoformat(pat["birth_date"])
            except ValueError:
                err("birth_date invalid")
            if not _luhn_ok(m.group(1)[2:] + m.group(2)):
                err("personnummer fails Luhn")
        if not TS_RE.match(rec["as_of"]):
            err("as_of not a 2024 timestamp")
        age = _age(pat["birth_date"], rec["as_of"])
        if 13 <= age <= 15:
            err("patient aged 13-15 at as_of")
        notes = {}
        for n in rec["notes"]:
            if list(n.keys()) != NOTE_KEYS:
                err("note keys %r" % list(n.keys()))
            if n["id"] in notes:
                err("duplicate note id %s" % n["id"])
            notes[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                err("bad system")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                err("VGR note that is not Melior")
            if not TS_RE.match(n["time"]):
                err("note time not in 2024")
            if n["signed"] is not None:
                if not TS_RE.match(n["signed"]):
                    err("signed not in 2024")
                elif n["signed"] < n["time"]:
                    err("signed before time")
                if n["signed"] > rec["as_of"]:
                    err("signed after as_of")
            if n["time"] > rec["as_of"]:
                err("note after as_of")
            a = _age(pat["birth_date"], n["time"])
            if 13 <= a <= 15 or a < 0:
                err("patient aged %d at note time" % a)
            if sorted(n["unit"].keys()) != ["hsa_id", "name"] or sorted(n["author"].keys()) != ["name", "role"]:
                err("unit/author keys")
            if n["setting"] not in ("öppenvård", "slutenvård"):
                err("bad setting")
            if not n["sections"]:
                err("note without sections")
            for s in n["sections"]:
                if sorted(s.keys()) != ["keyword", "text"] or not s["keyword"].strip() or not s["text"].strip():
                    err("bad section")
                    continue
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = " ".join(sent.split())
                    if len(sent) >= 25:
                        key = sent.lower()
                        if key in sentences and sentences[key] != name:
                            err("sentence also in %s: %r" % (sentences[key], sent))
                        elif key in sentences:
                            err("sentence repeated within case: %r" % sent)
                        sentences[key] = name
        if not c["must"] and not c["must_not"]:
            err("no assertion")
        seen = set()
        for lst, kind in ((c["must"], "must"), (c["must_not"], "must_not")):
            for item in lst:
                if not (isinstance(item, list) and len(item) == 2):
                    err("bad assertion %r" % (item,))
                    continue
                code, target = item
                if code not in CODES:
                    err("unexpected code %s" % code)
                if target not in notes:
                    err("target %s does not exist" % target)
                    continue
                if (code, target) in seen:
                    err("%s on %s asserted twice" % (code, target))
                seen.add((code, target))
                system = notes[target]["system"]
                if code == "NL102" and kind == "must" and system != "Melior":
                    err("must NL102 on a non-Melior note")
                if code == "NL101" and system == "PMO":
                    err("NL101 asserted on a PMO note")
    return errors


def main():
    errors = validate(CASES)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        return 1
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev149_cases.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _t in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print("%d cases written to %s" % (len(CASES), out))
    for code in sorted(CODES):
        print("%s must %d must_not %d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
