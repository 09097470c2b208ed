#!/usr/bin/env python3
"""dev63: orthopaedics, trauma, hand surgery and sports medicine (NL101, NL102).

Hand-written Swedish journal notes with what a documentation linter must and must
not report. Standard library only, deterministic. Writes cases.jsonl next to this
file and exits 1 on any validation problem.
"""
import datetime as dt
import json
import os
import re
import sys

# ---------------------------------------------------------------- units
# key: (name, hsa_id, system, default setting)
UNITS = {
    # Region Skåne, Melior (sjukhus)
    "S_AKUT_LUND": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1A2K", "Melior", "öppenvård"),
    "S_AKUT_MAL": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1B7M", "Melior", "öppenvård"),
    "S_ORTMOTT_MAL": ("Ortopedmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4OM3", "Melior", "öppenvård"),
    "S_ORTAVD_LUND": ("Ortopedavdelning 5, Skånes universitetssjukhus Lund", "SE2321000255-4OL5", "Melior", "slutenvård"),
    "S_ORTAVD_MAL": ("Ortopedavdelning 2, Skånes universitetssjukhus Malmö", "SE2321000255-4OM2", "Melior", "slutenvård"),
    "S_HAND_MAL": ("Handkirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5HK1", "Melior", "öppenvård"),
    "S_ORT_HBG": ("Ortopedmottagningen, Helsingborgs lasarett", "SE2321000255-6OH4", "Melior", "öppenvård"),
    "S_AKUT_HBG": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-6AH1", "Melior", "öppenvård"),
    "S_ORTAVD_HBG": ("Ortopedavdelning 38, Helsingborgs lasarett", "SE2321000255-6OA8", "Melior", "slutenvård"),
    "S_ORTMOTT_CSK": ("Ortopedmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-7OK2", "Melior", "öppenvård"),
    "S_ORTAVD_CSK": ("Ortopedavdelning 21, Centralsjukhuset Kristianstad", "SE2321000255-7OA1", "Melior", "slutenvård"),
    "S_ORT_HLM": ("Ortopedkliniken, Hässleholms sjukhus", "SE2321000255-7HS3", "Melior", "öppenvård"),
    "S_AKUT_YSTAD": ("Akutmottagningen, Ystads lasarett", "SE2321000255-8AY1", "Melior", "öppenvård"),
    "S_ORT_TBG": ("Ortopedmottagningen, Trelleborgs lasarett", "SE2321000255-8OT2", "Melior", "öppenvård"),
    "S_ORT_AHM": ("Ortopedmottagningen, Ängelholms sjukhus", "SE2321000255-6OA4", "Melior", "öppenvård"),
    "S_BARNAKUT_LUND": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-2BA6", "Melior", "öppenvård"),
    "S_BARNORT_LUND": ("Barnortopedmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2BO3", "Melior", "öppenvård"),
    "S_BARNAKUT_HBG": ("Barnakuten, Helsingborgs lasarett", "SE2321000255-6BA2", "Melior", "öppenvård"),
    "S_IDROTT_MAL": ("Idrottsmedicinska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4IM9", "Melior", "öppenvård"),
    "S_FYS_LKR": ("Fysioterapin, Lasarettet i Landskrona", "SE2321000255-9FL2", "Melior", "öppenvård"),
    "S_ONK_LUND": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3ON7", "Melior", "öppenvård"),
    "S_INF_MAL": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3IM4", "Melior", "slutenvård"),
    "S_OSTEO_MAL": ("Osteoporosenheten, Skånes universitetssjukhus Malmö", "SE2321000255-4OS8", "Melior", "öppenvård"),
    "S_RYGG_LUND": ("Ryggmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4RL2", "Melior", "öppenvård"),
    # Region Skåne, PMO (primärvård)
    "S_VC_HOOR": ("Vårdcentralen Höör", "SE2321000255-P1H7", "PMO", "öppenvård"),
    "S_VC_SJOBO": ("Vårdcentralen Sjöbo", "SE2321000255-P2S4", "PMO", "öppenvård"),
    "S_VC_LINDEBORG": ("Vårdcentralen Lindeborg, Malmö", "SE2321000255-P3L1", "PMO", "öppenvård"),
    "S_VC_NASBY": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-P4N6", "PMO", "öppenvård"),
    "S_HSV_SIMR": ("Hemsjukvården Simrishamn", "SE2321000255-P5H2", "PMO", "öppenvård"),
    "S_REHAB_ESLOV": ("Rehabenheten, Vårdcentralen Eslöv", "SE2321000255-P6R8", "PMO", "öppenvård"),
    # Västra Götalandsregionen, Melior
    "V_AKUT_MOL": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000011A2", "Melior", "öppenvård"),
    "V_ORTMOTT_MOL": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000012O4", "Melior", "öppenvård"),
    "V_ORTAVD_MOL": ("Ortopedavdelning 208, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000013O8", "Melior", "slutenvård"),
    "V_HAND_SU": ("Handkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000021H1", "Melior", "öppenvård"),
    "V_BARNORT_DSBUS": ("Barnortopedmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000031B5", "Melior", "öppenvård"),
    "V_BARNAKUT_DSBUS": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000032B9", "Melior", "öppenvård"),
    "V_ORT_UDD": ("Ortopedkliniken, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E000000041O3", "Melior", "öppenvård"),
    "V_ORT_NAL": ("Ortopedmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000042O6", "Melior", "öppenvård"),
    "V_ORT_SKO": ("Ortopedmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000051O2", "Melior", "öppenvård"),
    "V_ORTAVD_SKO": ("Ortopedavdelning 12, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000052O7", "Melior", "slutenvård"),
    "V_ORT_BOR": ("Ortopedmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000061O1", "Melior", "öppenvård"),
    "V_AKUT_BOR": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000062A5", "Melior", "öppenvård"),
    "V_ORTAVD_BOR": ("Ortopedavdelning M6, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000063O9", "Melior", "slutenvård"),
    "V_ORT_ALI": ("Ortopedmottagningen, Alingsås lasarett", "SE2321000131-E000000071O4", "Melior", "öppenvård"),
    "V_AKUT_KUN": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E000000081A3", "Melior", "öppenvård"),
    "V_IDROTT_FRO": ("Idrottsmedicinska mottagningen, Frölunda specialistsjukhus", "SE2321000131-E000000091I7", "Melior", "öppenvård"),
    "V_ORT_LID": ("Ortopedmottagningen, Lidköpings sjukhus", "SE2321000131-E000000101O2", "Melior", "öppenvård"),
    "V_ONK_SU": ("Onkologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000111O6", "Melior", "öppenvård"),
    "V_SARKOM_SU": ("Sarkomcentrum, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000112S1", "Melior", "öppenvård"),
    "V_FYS_FAL": ("Fysioterapin, Skaraborgs Sjukhus Falköping", "SE2321000131-E000000121F8", "Melior", "öppenvård"),
    "V_INF_OSTRA": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000131I2", "Melior", "slutenvård"),
    "V_RYGG_SU": ("Ryggmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000141R5", "Melior", "öppenvård"),
}

CASES = []
_serial = [0]


def P(birth, sex):
    """Patient: birth date 'YYYY-MM-DD', sex 'M' or 'F'."""
    _serial[0] += 1
    k = _serial[0]
    base = 10 + (k * 37) % 89          # two digits 10..98
    last = (k * 3) % 5
    sexdigit = (2 * last + 1) if sex == "M" else (2 * last)
    nnn = "%02d%d" % (base, sexdigit)
    yymmdd = birth[2:4] + birth[5:7] + birth[8:10]
    digits = yymmdd + nnn
    check = luhn_check(digits)
    pnr = birth[0:4] + birth[5:7] + birth[8:10] + "-" + nnn + str(check)
    return {"id": pnr, "birth_date": birth, "protected_identity": False}


def luhn_check(nine):
    s = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return (10 - s % 10) % 10


def N(unit, template, author, time, sections, nid="n1", signed=40, setting=None):
    """One note. time 'YYYY-MM-DDTHH:MM'; signed = minutes after time, or None (draft)."""
    name, hsa, system, default_setting = UNITS[unit]
    t = dt.datetime.strptime(time, "%Y-%m-%dT%H:%M")
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": t.strftime("%Y-%m-%dT%H:%M:%S"),
        "signed": None if signed is None else (t + dt.timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S"),
        "setting": setting or default_setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for (k, v) in sections],
    }


def C(name, ruleset, patient, notes, must=(), must_not=(), why=""):
    last = max(dt.datetime.strptime(n["signed"] or n["time"], "%Y-%m-%dT%H:%M:%S") for n in notes)
    as_of = (last + dt.timedelta(days=3)).replace(hour=0, minute=0, second=0)
    if as_of.year > 2024:
        as_of = dt.datetime(2024, 12, 31)
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": patient,
            "as_of": as_of.strftime("%Y-%m-%dT%H:%M:%S"),
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


M102 = ("NL102", "n1")
M101 = ("NL101", "n1")

# ======================================================================
# NL102 positives: hedged diagnosis of the patient in a visible Melior section
# ======================================================================
C("d63-skane-scafoid-klinisk-misstanke-trots-neg-rtg", "skane", P("1999-11-03", "M"),
  [N("S_AKUT_LUND", "Akutanteckning", ("Johan Berglund", "läkare"), "2024-02-11T21:40", [
      ("Anamnes", "Föll på utsträckt hand från longboard i går kväll. Högerhänt student. Ont radialt i hö handled sedan dess, värre vid grepp."),
      ("Status", "Hö handled: lätt svullnad dorsoradialt. Palpöm i fossa tabatière och över tuberculum ossis scaphoidei. Axial kompression av tummen smärtar. Perifert status u.a."),
      ("Röntgen", "Hö handled inkl. scaphoideumserie: ingen säker fraktur."),
      ("Bedömning", "Trots negativ röntgen kvarstår klinisk misstanke om scaphoidfraktur. Handläggs som fraktur tills vidare."),
      ("Åtgärd", "Dorsal gipsskena med tuminneslutning. Ny rtg alt. MR om 10–14 dagar, remiss till ortopedmottagningen skickad."),
  ])],
  must=[M102],
  why="'klinisk misstanke om scaphoidfraktur' despite negative x-ray, in visible Bedömning of a Melior note")

C("d63-vgr-trolig-ockult-collumfraktur", "vgr", P("1940-05-17", "F"),
  [N("V_AKUT_BOR", "Akutanteckning", ("Sara Nyström", "läkare"), "2024-01-08T10:15", [
      ("Anamnes", "84-årig kvinna med hemtjänst två gånger dagligen. Halkade i badrummet i morse och landade på vänster höft. Kan inte belasta sedan dess. Waran pga förmaksflimmer."),
      ("Status", "Vä ben ej förkortat, ej utåtroterat. Ömhet över trochanter major, smärta vid passiv inåtrotation och vid axial stöt mot hälen. Distalt status ua."),
      ("Röntgen", "Bäcken och vä höft: ingen säker frakturlinje, uttalad osteopeni."),
      ("Bedömning", "Trolig odislocerad collum femoris-fraktur vänster, ockult på slätröntgen."),
      ("Planering", "MR vä höft i dag. Fastande från midnatt. PK-INR kontrolleras, Waran pausas. Smärtlindring enligt ordination, fascia iliaca-blockad lagd."),
  ])],
  must=[M102],
  why="'Trolig ... collum femoris-fraktur' with inconclusive x-ray in a visible VGR section")

C("d63-skane-susp-weber-b-innan-rtg", "skane", P("1978-08-22", "F"),
  [N("S_AKUT_YSTAD", "Akutanteckning", ("Ahmed Karimi", "läkare"), "2024-03-02T14:05", [
      ("Aktuellt", "Vrickade hö fotled i inversion på isig trottoar, hörde ett knäck. Kunde inte gå fyra steg efteråt."),
      ("Status", "Svullnad och hematom lateralt hö fotled. Palpöm över bakre kanten av laterala malleolen, Ottawa positiv. Mediala malleolen palpfri. Dorsalis pedis-puls palp."),
      ("Bedömning", "Susp. distal fibulafraktur hö, Weber B. Rtg beställd."),
  ])],
  must=[M102],
  why="'Susp.' abbreviation before a fracture diagnosis while awaiting imaging")

C("d63-vgr-menisklesion-fragetecken", "vgr", P("1993-04-09", "M"),
  [N("V_IDROTT_FRO", "Mottagningsanteckning", ("Erik Hallberg", "läkare"), "2024-04-16T09:30", [
      ("Anamnes", "Korpenfotboll, vred hö knä med fixerad fot för tre veckor sedan. Svullnad dagen efter, nu smärta medialt vid djup böj. Ingen upplevd instabilitet, inga låsningar."),
      ("Status", "Lätt hydrops. Ledspaltsömhet medialt. McMurray positiv med smärta medialt, Lachman stabil, ant/post draglåda u.a. Kollateralligament stabila."),
      ("Bedömning", "Menisklesion mediala hö knä? Ingen indikation för akut MR."),
      ("Planering", "Rehabprogram via fysioterapeut. Återbesök om 8 veckor, MR om kvarstående mekaniska besvär."),
  ])],
  must=[M102],
  why="a bare question mark after the diagnosis makes it a hedged hypothesis")

C("d63-skane-korsband-kan-ej-uteslutas", "skane", P("2005-01-27", "F"),
  [N("S_ORT_HBG", "Mottagningsanteckning", ("Lina Håkansson", "läkare"), "2024-02-20T11:00", [
      ("Anamnes", "Handbollsspelare, division 1. Landade snett efter skottfint i match i lördags, kände något poppa i vä knä. Fick bäras av planen."),
      ("Status", "Kraftig svullnad, hemartros. Lachman svårbedömd p.g.a. smärta och muskelspänning. Pivot shift ej genomförbar."),
      ("Bedömning", "Främre korsbandsskada kan ej uteslutas."),
      ("Åtgärd", "Ledpunktion 40 ml blod. Kryckor, kyla, högläge. MR vä knä beställd, nytt besök efter svar."),
  ])],
  must=[M102],
  why="'kan ej uteslutas' after an ACL injury is a hedged diagnosis in a visible note")

C("d63-vgr-inger-misstanke-kompartment-underben", "vgr", P("1986-12-01", "M"),
  [N("V_ORTAVD_MOL", "Daganteckning", ("Maja Ekström", "läkare"), "2024-05-04T03:20", [
      ("Aktuellt", "Tillkallad av ssk. Opererad i går med märgspik för tibiaskaftfraktur vä. Tilltagande smärta sedan midnatt trots två doser oxikodon."),
      ("Status", "Spänd, öm främre och laterala loge vä underben. Kraftig smärta vid passiv plantarflexion av tårna. Nedsatt känsel dorsalt mellan dig I och II. Puls a. dorsalis pedis palp."),
      ("Bedömning", "Inger misstanke om begynnande kompartmentsyndrom i främre logen vä."),
      ("Åtgärd", "Förband kluvet ned till hud. Tryckmätning förbereds. Bakjour informerad och på väg in, op-anmäld för ev. fasciotomi."),
  ], setting="slutenvård")],
  must=[M102],
  why="'Inger misstanke om' kompartmentsyndrom postoperatively, visible Bedömning in VGR")

C("d63-skane-bild-som-vid-osteomyelit-calcaneus", "skane", P("1955-06-30", "M"),
  [N("S_ORTMOTT_CSK", "Mottagningsanteckning", ("Henrik Ohlsson", "läkare"), "2024-06-12T13:10", [
      ("Anamnes", "Typ 2-diabetes med neuropati. Sår under hö häl sedan två månader, sköts av diabetesfotteamet. Ökad sekretion senaste veckan."),
      ("Status", "Sår 2 x 1,5 cm plantart hö häl, sondering ner till ben. Lätt rodnad runtom. Afebril."),
      ("Utredning", "MR hö fot: bild som vid osteomyelit i calcaneus, ingen abscess. CRP 38, SR 70."),
      ("Planering", "Benbiopsi för odling innan antibiotika. Infektionskonsult. Fortsatt avlastning med ortos."),
  ])],
  must=[M102],
  why="'bild som vid osteomyelit' quoted from MR into the visible Utredning section")

C("d63-vgr-lytisk-subtrokantar-metastas-fragetecken", "vgr", P("1949-09-14", "F"),
  [N("V_ORT_UDD", "Akutanteckning", ("Oskar Lindahl", "läkare"), "2024-02-26T17:45", [
      ("Anamnes", "75-årig kvinna, opererad för bröstcancer 2011. Vred sig när hon reste sig ur soffan, kraftig smärta hö lår. Värk i låret redan några veckor innan."),
      ("Röntgen", "Subtrokantär femurfraktur hö med omgivande lytisk förändring i kortex."),
      ("Bedömning", "Lågenergivåld och förändring i benet – misstänkt patologisk fraktur, metastas?"),
      ("Planering", "Inläggning. DT thorax-buk, skelettscint. Kontakt med onkolog i morgon innan val av fixation."),
  ])],
  must=[M102],
  why="suspected pathological fracture and 'metastas?' in a visible section; nothing about informing asserted")

C("d63-skane-trolig-osteoporos-efter-radiusfraktur", "skane", P("1957-03-11", "F"),
  [N("S_ORT_TBG", "Mottagningsanteckning", ("Birgitta Svensson", "läkare"), "2024-03-19T10:40", [
      ("Aktuellt", "Gipskontroll 10 dagar efter distal radiusfraktur vä, fall i samma plan i köket. Läget bibehållet på kontrollröntgen."),
      ("Bedömning", "Lågenergifraktur hos 67-årig kvinna, tidig menopaus, trolig bakomliggande osteoporos."),
      ("Planering", "Remiss DXA samt FRAX. Kalk och D-vitamin insätts redan nu. Gipstid totalt fem veckor."),
  ])],
  must=[M102],
  why="the fracture is confirmed but 'trolig ... osteoporos' is a hedged diagnosis")

C("d63-skane-trol-skidakartumme-stener", "skane", P("1971-02-18", "M"),
  [N("S_HAND_MAL", "Mottagningsanteckning", ("Petra Holm", "läkare"), "2024-02-06T08:50", [
      ("Anamnes", "Föll i slalombacken i Sälen med staven i vä hand. Ont ulnart över tummens grundled."),
      ("Status", "Ömhet och svullnad ulnart MCP I vä. Valgusstress i 30 grader flexion ger ökad uppklaffning jämfört med hö sida, ingen tydlig stopp. Palpabel resistens proximalt om adduktoraponeurosen."),
      ("Bedömning", "Trol. total ruptur av ulnara kollateralligamentet MCP I vä (skidåkartumme), Stener-lesion?"),
      ("Planering", "Ultraljud i veckan. Om Stener-lesion bekräftas: operation inom två veckor."),
  ])],
  must=[M102],
  why="'Trol.' and a trailing '?' on a ligament rupture in the hand-surgery note")

C("d63-vgr-dd-lisfranc-mellanfot", "vgr", P("1990-07-21", "F"),
  [N("V_ORT_SKO", "Mottagningsanteckning", ("Gustav Wikström", "läkare"), "2024-05-14T14:20", [
      ("Anamnes", "Ramlade nedför trappa med hö fot i plantarflexion för fem dagar sedan. Svårt att belasta, blåmärke under fotvalvet."),
      ("Status", "Plantart ekymos mellanfoten. Ömhet över TMT II. Smärta vid pronation/abduktion av framfoten."),
      ("Bedömning", "DD Lisfranc-skada / distorsion av mellanfoten. Belastade rtg-bilder inte tagna."),
      ("Planering", "DT hö fot samt belastad jämförande rtg. Avlastning i walker tills vidare."),
  ], signed=None)],
  must=[M102],
  why="'DD' naming a Lisfranc injury as one alternative is a hedged diagnosis")

C("d63-skane-barn-misstankt-suprakondylar", "skane", P("2017-09-02", "F"),
  [N("S_BARNAKUT_LUND", "Akutanteckning", ("Nils Petersson", "läkare"), "2024-06-22T16:30", [
      ("Anamnes", "6-årig flicka, föll från klätterställning på förskolan, landade på utsträckt hö arm. Mamma med."),
      ("Status", "Svullen hö armbåge, håller armen i flexion. Radialispuls palp, god kapillär återfyllnad. Kan göra tumme upp, OK-tecken och sprida fingrarna."),
      ("Röntgen", "Positivt fettkuddetecken dorsalt, ingen synlig frakturlinje."),
      ("Bedömning", "Misstänkt suprakondylär humerusfraktur hö, Gartland typ I."),
      ("Åtgärd", "Dorsal gipsskena i 90 grader. Kontroll på barnortopedmottagningen om en vecka med ny röntgen."),
  ])],
  must=[M102],
  why="child under 13: guardian reads Journalen; 'Misstänkt' fracture in a visible Melior note")

C("d63-vgr-forenligt-med-stressfraktur-mt2", "vgr", P("2002-11-30", "F"),
  [N("V_ORT_ALI", "Mottagningsanteckning", ("Jonas Engström", "läkare"), "2024-03-27T15:00", [
      ("Anamnes", "Motionslöpare, ökat från 25 till 60 km/vecka inför maraton. Belastningssmärta över vä framfot i en månad."),
      ("Utredning", "Slätröntgen 3 v sedan utan anmärkning. MR vä fot i går: benmärgsödem i metatarsale II, förenligt med stressfraktur."),
      ("Bedömning", "Sannolik stressfraktur MT II vä."),
      ("Planering", "Löpvila 6 veckor, cykel och simning tillåtet. Kostanamnes och menstruationsanamnes inför ev. RED-S-utredning."),
  ])],
  must=[M102],
  why="'förenligt med' and 'Sannolik' stress fracture in visible sections")

C("d63-skane-talar-for-partiell-akillesruptur", "skane", P("1968-04-04", "M"),
  [N("S_ORT_HLM", "Mottagningsanteckning", ("Karin Lindqvist", "läkare"), "2024-04-02T09:10", [
      ("Anamnes", "Padel i söndags, kände ett slag mot hö vad vid utfallssteg. Haltar sedan dess."),
      ("Status", "Palpabel ömhet 4 cm ovan calcaneus, ingen tydlig grop. Thompsons test: nedsatt men inte upphävd plantarflexion. Kan gå på tå med svårighet."),
      ("Bedömning", "Status talar för partiell ruptur av akillessenan hö."),
      ("Planering", "Ultraljud akillessena inom tre dagar. Ortos med hälkilar till dess."),
  ], signed=None)],
  must=[M102],
  why="'talar för' before a diagnosis is a hedge")

C("d63-vgr-kan-rora-sig-om-septisk-artrit", "vgr", P("1951-08-08", "M"),
  [N("V_AKUT_MOL", "Akutanteckning", ("Emma Söderlund", "läkare"), "2024-07-03T23:10", [
      ("Anamnes", "Knäprotes hö 2019. Tilltagande svullnad och värk i hö knä sedan två dagar, frossa i kväll."),
      ("Status", "Temp 38,9. Varmt, svullet hö knä med rodnad, kraftigt smärtsam passiv rörlighet."),
      ("Lab", "CRP 212, LPK 15,8."),
      ("Bedömning", "Kan röra sig om en septisk artrit i protesleden. DD kristallartrit."),
      ("Åtgärd", "Ledpunktion under sterila förhållanden, odling och kristaller. Blododlingar x2. Antibiotika avvaktas till efter punktion, ortopedjour informerad."),
  ])],
  must=[M102],
  why="'Kan röra sig om' plus 'DD' about the patient's septic arthritis, visible")

C("d63-skane-typo-missankt-radiushuvudfraktur", "skane", P("1987-05-25", "F"),
  [N("S_AKUT_HBG", "Akutanteckning", ("Viktor Sandberg", "läkare"), "2024-01-19T12:35", [
      ("Anamnes", "Halkade på cykelbanan, tog emot sig med vä hand. Ont lateralt i armbågen."),
      ("Status", "Palpöm över caput radii. Inskränkt pro- och supination p.g.a. smärta. Extension saknar 20 grader."),
      ("Bedömning", "Missänkt radiushuvudfraktur vä trots normal rtg (fettkudde positiv)."),
      ("Åtgärd", "Mitella, tidig rörelseträning. Ny bedömning på ortopedmottagningen om 7–10 dagar."),
  ])],
  must=[M102],
  why="typo 'Missänkt' for misstänkt is still a hedge on a fracture diagnosis")

C("d63-vgr-typo-sannolkit-meniskskada", "vgr", P("1979-12-12", "M"),
  [N("V_ORT_NAL", "Mottagningsanteckning", ("Anders Fredriksson", "läkare"), "2024-09-10T10:05", [
      ("Anamnes", "Snickare. Hö knä har låst sig två gånger senaste månaden när han reser sig från knästående."),
      ("Status", "Ingen hydrops. Ömhet i mediala ledspalten bakre hornet. Thessaly-test positivt."),
      ("Bedömning", "Sannolkit degenerativ meniskskada med mekaniska symtom."),
      ("Planering", "MR hö knä. Vid korgshandtagsruptur diskuteras artroskopi."),
  ])],
  must=[M102],
  why="typo 'Sannolkit' (sannolikt) hedging a meniscal injury in VGR")

C("d63-skane-fragestallning-ockult-hoftfraktur", "skane", P("1939-10-29", "M"),
  [N("S_ORTAVD_CSK", "Inskrivningsanteckning", ("Fredrik Åström", "läkare"), "2024-10-07T18:20", [
      ("Inkomstorsak", "Fall i hemmet, kan ej gå. Bor ensam, dotter fann honom på golvet."),
      ("Status", "Smärta vid rörelse i hö höft, ingen felställning. Lätt förvirrad, oklart hur länge han legat."),
      ("Utredning", "Slätröntgen hö höft utan fraktur. Frågeställning: ockult höftfraktur hö, MR i morgon bitti."),
      ("Ordination", "CK, elektrolyter, krea. Dropp. Trycksårsförebyggande madrass."),
  ], setting="slutenvård")],
  must=[M102],
  why="'Frågeställning:' naming an occult hip fracture is a hedged diagnosis of the patient")

C("d63-vgr-oklart-om-fraktur-triquetrum", "vgr", P("1996-02-14", "M"),
  [N("V_HAND_SU", "Mottagningsanteckning", ("Hanna Lundberg", "läkare"), "2024-08-21T13:45", [
      ("Anamnes", "Föll från skateboard för 9 dagar sedan, ont dorsoulnart i vä handled."),
      ("Status", "Punktöm dorsalt över os triquetrum. Nedsatt dorsalflexion."),
      ("Röntgen", "Eventuell liten dorsal flisa, ses bara i lateralprojektionen."),
      ("Bedömning", "Oklart om det föreligger en dorsal fraktur på os triquetrum."),
      ("Planering", "DT vä handled. Ortos tills vidare, åter efter svar."),
  ], signed=None)],
  must=[M102],
  why="'Oklart om det föreligger en ... fraktur' hedges a fracture diagnosis")

C("d63-skane-inger-mistanke-maisonneuve-typo", "skane", P("1975-07-16", "M"),
  [N("S_ORT_AHM", "Mottagningsanteckning", ("Sofia Mårtensson", "läkare"), "2024-05-07T11:25", [
      ("Anamnes", "Remiss från akuten: fotledsdistorsion hö, rtg fotled visade endast vidgad medial ledspringa."),
      ("Status", "Ömhet över deltoideusligamentet. Smärta proximalt på fibula vid kompression av underbenet (squeeze test positivt)."),
      ("Bedömning", "Klinisk bild inger mistanke om Maisonneuve-skada med syndesmosruptur hö."),
      ("Planering", "Rtg hela underbenet i dag och belastad fotled. Om instabil syndesmos: operation."),
  ])],
  must=[M102],
  why="'inger mistanke om' (typo) a Maisonneuve injury in a visible section")

C("d63-vgr-epikris-misstankt-kotkompression", "vgr", P("1944-01-23", "F"),
  [N("V_ORTAVD_BOR", "Epikris", ("Lars Bengtsson", "läkare"), "2024-11-15T14:00", [
      ("Diagnos", "Ryggsmärta efter lyftrörelse. Misstänkt osteoporotisk kompressionsfraktur L1."),
      ("Epikris", "80-årig kvinna inlagd för smärtlindring efter akut insättande ländryggssmärta. Rtg visar lätt höjdreduktion av L1, ålder oklar. Smärtan har svarat på paracetamol och låg dos opioid, mobiliserad med rollator."),
      ("Uppföljning", "MR ländrygg planeras polikliniskt. DXA via osteoporosmottagningen."),
  ], setting="slutenvård")],
  must=[M102],
  why="hedged diagnosis in the Diagnos section of a visible Epikris")

C("d63-vgr-ev-fdp-skada-dig4", "vgr", P("1991-03-03", "M"),
  [N("V_HAND_SU", "Akutanteckning", ("Ida Holmgren", "läkare"), "2024-06-08T20:40", [
      ("Anamnes", "Skar sig med brödkniv i vä ringfinger volart för två timmar sedan."),
      ("Status", "1,5 cm sårskada volart över mellanfalangen dig IV. Aktiv flexion i DIP svag och smärtsam men möjlig. Sensibilitet 2PD 5 mm radialt och ulnart."),
      ("Bedömning", "Ev. partiell skada på flexor digitorum profundus dig IV vä."),
      ("Åtgärd", "Exploration i lokalbedövning på handkirurgen i kväll, operationsanmäld."),
  ])],
  must=[M102],
  why="'Ev.' preceding a tendon-injury diagnosis (not a plan) is a hedge")

C("d63-skane-fysioterapeut-misstanker-frusen-skuldra", "skane", P("1966-12-19", "F"),
  [N("S_FYS_LKR", "Fysioterapeutanteckning", ("Malin Dahl", "fysioterapeut"), "2024-03-05T13:00", [
      ("Anamnes", "Remitterad för skuldersmärta vä sedan 3 mån utan trauma. Nattvärk, kan inte ta på sig BH."),
      ("Status", "Passiv utåtrotation vä 10 grader jmf 70 hö. Abduktion 80 grader med skulderbladskompensation. Kapselmönster."),
      ("Fysioterapeutisk bedömning", "Misstänker adhesiv kapsulit (frusen skuldra) vänster, tidig smärtsam fas."),
      ("Åtgärd", "Smärtlindrande rörelseövningar, värme. Kontaktar ortoped för ställningstagande till kortisoninjektion."),
  ])],
  must=[M102],
  why="a physiotherapist's 'Misstänker' about a diagnosis in a visible Melior note")

C("d63-vgr-mojlig-hill-sachs", "vgr", P("1998-06-06", "M"),
  [N("V_ORT_UDD", "Mottagningsanteckning", ("Rebecka Isaksson", "läkare"), "2024-10-02T09:00", [
      ("Anamnes", "Tredje främre luxationen i hö axel på ett år, senast på gymmet vid bänkpress. Reponerad på akuten."),
      ("Röntgen", "Reponerat läge. Möjlig Hill-Sachs-lesion posterolateralt på humerushuvudet."),
      ("Bedömning", "Recidiverande främre axelinstabilitet hö."),
      ("Planering", "DT hö axel för glenoid bone loss. Diskuterar stabiliserande operation."),
  ])],
  must=[M102],
  why="'Möjlig' before a bony lesion diagnosis in a visible Röntgen section")

C("d63-skane-ssk-telefon-misstanks-djup-ventrombos", "skane", P("1984-02-29", "M"),
  [N("S_ORTMOTT_CSK", "Telefonanteckning", ("Annika Persson", "sjuksköterska"), "2024-08-13T08:25", [
      ("Telefonkontakt", "Pat ringer, gipsad vä underben sedan tre veckor för Weber A-fraktur. Ökad svullnad ovanför gipset och vadvärk sedan i går."),
      ("Åtgärd", "Enligt dr Ohlssons bedömning misstänks djup ventrombos i vä vad. Pat kallas in för D-dimer och ultraljud i dag kl 11."),
  ])],
  must=[M102],
  why="nurse's phone note relays a suspected DVT diagnosis in a visible section")

C("d63-vgr-kliniskt-misstankt-karpaltunnel-typo", "vgr", P("1973-09-09", "F"),
  [N("V_ORT_LID", "Mottagningsanteckning", ("Mikael Strand", "läkare"), "2024-02-01T14:30", [
      ("Anamnes", "Nattliga domningar i hö tumme till långfinger sedan ett halvår, skakar handen för att få tillbaka känseln."),
      ("Status", "Phalens test positivt efter 30 s. Tinel positivt över karpaltunneln. Ingen thenaratrofi."),
      ("Bedömning", "Kliniskt misstänkt karpaltunelsyndrom hö."),
      ("Planering", "Neurografi. Nattlig handledsortos under väntetiden."),
  ])],
  must=[M102],
  why="typo in the diagnosis word 'karpaltunelsyndrom'; still a suspected diagnosis")

C("d63-vgr-barn-troligen-perthes", "vgr", P("2017-02-08", "M"),
  [N("V_BARNORT_DSBUS", "Mottagningsanteckning", ("Cecilia Åberg", "läkare"), "2024-05-29T09:40", [
      ("Anamnes", "7-årig pojke, haltat i två månader, ibland ont i hö knä. Ingen feber. Pappa med vid besöket."),
      ("Status", "Nedsatt inåtrotation och abduktion i hö höft. Trendelenburg positivt hö."),
      ("Röntgen", "Lätt tillplattning och sklerosering av hö caput femoris epifys."),
      ("Bedömning", "Troligen Legg-Calvé-Perthes sjukdom hö."),
      ("Planering", "MR höfter för att bekräfta och stadieindela. Fysioterapeut för rörlighet."),
  ])],
  must=[M102],
  why="child's note read by the guardian; 'Troligen' Perthes disease visible")

C("d63-skane-barn-kan-inte-utesluta-toddlers", "skane", P("2022-01-15", "M"),
  [N("S_BARNAKUT_HBG", "Akutanteckning", ("Amir Haddad", "läkare"), "2024-02-17T10:55", [
      ("Anamnes", "2-årig pojke som vägrat stödja på vä ben sedan han snubblade på lekplatsen i går. Afebril, äter och leker."),
      ("Status", "Lätt ömhet distala tibia vid palpation, ingen svullnad. Höft och knä ua."),
      ("Röntgen", "Vä underben: ingen fraktur."),
      ("Bedömning", "Kan inte utesluta toddler's fracture i vä tibia trots normal röntgen."),
      ("Planering", "Underbensgips i 2 veckor, kontroll barnortopeden. Föräldrar informerade om att söka vid feber."),
  ])],
  must=[M102],
  why="'Kan inte utesluta' (not ruled out) keeps a fracture as hypothesis in a child's visible note")

C("d63-vgr-barn-misstanke-epifysiolys", "vgr", P("2012-08-30", "M"),
  [N("V_BARNAKUT_DSBUS", "Akutanteckning", ("Fredrika Lind", "läkare"), "2024-03-08T18:00", [
      ("Anamnes", "11-årig pojke, BMI över 30, ont i vä knä och ljumske sedan tre veckor, haltar. Ingen trauma."),
      ("Status", "Obligat utåtrotation vid flexion av vä höft (Drehmanns tecken). Knäleden ua."),
      ("Bedömning", "Misstanke om epifysiolys vä höft."),
      ("Åtgärd", "Strikt avlastning, rullstol. Rtg höfter AP + Lauenstein akut, barnortoped jour kontaktad."),
  ])],
  must=[M102],
  why="'Misstanke om' (without negation) in front of slipped capital femoral epiphysis")

C("d63-skane-trol-ockult-basis-mt5-typo", "skane", P("1962-05-05", "F"),
  [N("S_AKUT_YSTAD", "Akutanteckning", ("Oliver Ek", "läkare"), "2024-11-02T13:30", [
      ("Anamnes", "Snubblade på trottoarkant, inversion vä fot."),
      ("Status", "Punktöm över basis metatarsale V, svullnad lateralt mellanfot."),
      ("Röntgen", "Ingen säker fraktur."),
      ("Bedömning", "Trol. ockult frakur basis metatarsale V vä."),
      ("Åtgärd", "Stödsko, belastning efter förmåga. Ny rtg om 10 dagar om fortsatt ömhet."),
  ])],
  must=[M102],
  why="'rtg utan säker fraktur' with 'Trol.' fracture; typo 'frakur' in the diagnosis word")

C("d63-vgr-lytisk-humerus-dd-myelom-metastas", "vgr", P("1953-12-24", "M"),
  [N("V_ORT_SKO", "Akutanteckning", ("Sanna Björk", "läkare"), "2024-07-19T11:20", [
      ("Anamnes", "Lyfte en vattenkanna och kände ett knäck i hö överarm. Viktnedgång 6 kg senaste halvåret, ryggvärk."),
      ("Röntgen", "Fraktur proximala humerusdiafysen genom en välavgränsad lytisk förändring."),
      ("Bedömning", "Patologisk fraktur hö humerus. DD myelom, skelettmetastas."),
      ("Planering", "Elfores, fria lätta kedjor, Ca, ALP, PSA. DT thorax-buk. Ortos tills vidare."),
  ])],
  must=[M102],
  why="confirmed pathological fracture but 'DD myelom, skelettmetastas' is a hedged cause")

C("d63-skane-lang-avd-postop-pneumoni", "skane", P("1936-04-21", "F"),
  [N("S_ORTAVD_LUND", "Daganteckning", ("David Lindgren", "läkare"), "2024-12-03T11:15", [
      ("Aktuellt", "Postop dag 3 efter hemiartroplastik hö för dislocerad collum femoris-fraktur. Ssk rapporterar feber sedan natten och ökad andningsfrekvens. Äter dåligt, har druckit knappt en liter senaste dygnet. Mobiliserad till stol en gång i går med två personal, orkade inte gå till toaletten."),
      ("Tidigare sjukdomar", "Förmaksflimmer, hjärtsvikt med bevarad EF, KOL stadium 2, lätt kognitiv svikt. Bor på särskilt boende i Staffanstorp."),
      ("Läkemedel", "Apixaban (uppehåll periop, återinsatt i går), furosemid 40 mg, bisoprolol 2,5 mg, inhalation Spiolto. Postop: paracetamol 1 g x 4, oxikodon vb."),
      ("Status", "AT: blek, trött men kontaktbar, orienterad till person. Temp 38,6. AF 24, sat 91 % på luft. BT 118/64, puls 104 oregelbunden. Cor: inga blåsljud. Pulm: rassel basalt hö, nedsatta andningsljud. Buk: mjuk, ej öm, tarmljud finns. Op-såret torrt, ingen rodnad. Vader mjuka, inga ödem utöver vanliga fotödem."),
      ("Lab", "CRP 145 (i går 96), LPK 13,2, Hb 98, krea 102 (inskrivning 81), Na 134, K 3,6. U-sticka: nitrit neg, leukocyter 1+."),
      ("Bedömning", "Misstänkt postoperativ pneumoni hö basalt, DD urinvägsinfektion. Inga tecken på sårinfektion. Lätt prerenal påverkan p.g.a. dåligt vätskeintag."),
      ("Ordination", "Lungröntgen på avdelningen. Blododling x2, urinodling. Inj bensylpenicillin 3 g x 3. Syrgas mål 92–96 %. Andningsgymnastik med PEP-flaska varje vaken timme. Furosemid pausas i dag, Ringer-Acetat 1000 ml över 8 timmar. Vätskelista."),
      ("Planering", "Ny bedömning i eftermiddag med svar på röntgen. Fysioterapeut ombedd att fortsätta mobilisering trots feber. Dottern önskar bli uppringd, pat samtycker."),
  ], setting="slutenvård")],
  must=[M102],
  why="long inpatient chart: one suspected diagnosis among many confirmed findings and a negation")

C("d63-vgr-oneliner-skafoidfraktur-ej-uteslutas", "vgr", P("1989-10-17", "F"),
  [N("V_AKUT_KUN", "Akutanteckning", ("Tomas Hedlund", "läkare"), "2024-12-09T09:05", [
      ("Bedömning", "Skafoidfraktur vä kan ej uteslutas, skena och ny rtg om 2 v."),
  ])],
  must=[M102],
  why="one-line note; 'kan ej uteslutas' after the diagnosis")

C("d63-skane-typo-trolgi-mcl-skada", "skane", P("1985-03-14", "M"),
  [N("S_ORT_TBG", "Mottagningsanteckning", ("Ulrika Axelsson", "läkare"), "2024-01-24T13:20", [
      ("Anamnes", "Slalomfall i Österrike för en vecka sedan, valgusvåld hö knä."),
      ("Status", "Ömhet över mediala kollateralligamentets femorala fäste. Valgusstress i 30 grader: ökad uppklaffning med fast stopp, i extension stabil."),
      ("Bedömning", "Trolgi partiell MCL-skada grad II hö knä."),
      ("Planering", "Gångjärnsortos 6 veckor, fri belastning."),
  ])],
  must=[M102],
  why="typo 'Trolgi' (trolig) still hedges a ligament injury")

C("d63-skane-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", P("1950-02-02", "M"),
  [N("S_ORTMOTT_MAL", "Läkaranteckning", ("Charlotte Wallin", "läkare"), "2024-05-20T14:10", [
      ("Aktuellt", "Åter efter DT för kvarstående smärta i bäckenet efter fall för sex veckor sedan."),
      ("Tidiga hypoteser", "Sklerotiska förändringar i os ilium och sakrum, misstänkt skelettmetastasering från prostata."),
      ("Planering", "PSA, skelettscintigrafi. Remiss urolog."),
  ])],
  must=[M102],
  why="Skåne protects by template only; a section merely named 'Tidiga hypoteser' in a Läkaranteckning is visible")

C("d63-vgr-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", P("1957-10-20", "F"),
  [N("V_ORT_BOR", "Tidiga hypoteser", ("Magnus Holm", "läkare"), "2024-06-18T16:00", [
      ("Bedömning", "Multipla kotkompressioner Th10–L2 på kort tid hos 66-åring, misstänkt myelom snarare än osteoporos."),
  ])],
  must=[M102],
  why="VGR protects by sökord; a note template called Tidiga hypoteser with sökord Bedömning is visible")

C("d63-vgr-skyddat-sokord-men-lacka-i-bedomning", "vgr", P("1945-03-25", "M"),
  [N("V_ORTAVD_SKO", "Daganteckning", ("Johanna Lund", "läkare"), "2024-09-03T10:30", [
      ("Aktuellt", "Sårläkningsproblem efter amputation vä dig II för gangrän."),
      ("Tidiga hypoteser", "Kvarstående destruktion i metatarsalhuvudet – ev. osteomyelit, kan även vara Charcot."),
      ("Bedömning", "Fortsatt sekretion. Ev. osteomyelit i MT II, MR beställd."),
      ("Planering", "Flukloxacillin per os i väntan på MR. Kärlkirurgisk bedömning av vä ben."),
  ], setting="slutenvård")],
  must=[M102],
  why="the hypothesis is in the protected sökord but is also repeated in the visible Bedömning")

C("d63-skane-rotatorkuff-trolig-efterstallt", "skane", P("1959-06-13", "M"),
  [N("S_ORT_HBG", "Mottagningsanteckning", ("Rasmus Eklund", "läkare"), "2024-10-15T09:45", [
      ("Anamnes", "Föll från stege och tog emot sig med hö arm för fyra veckor sedan. Kan inte lyfta armen över axelhöjd."),
      ("Status", "Pseudoparalys: aktiv elevation 60 grader, passiv full. Drop arm-test positivt. Svag utåtrotation."),
      ("Bedömning", "Akut rotatorkuffruptur hö, supraspinatus och infraspinatus, bedöms trolig."),
      ("Planering", "Ultraljud skyndsamt, vid fullvägg ruptur operation inom 3 mån."),
  ])],
  must=[M102],
  why="hedge word placed after the diagnosis ('bedöms trolig')")

C("d63-vgr-susp-crps", "vgr", P("1976-11-27", "F"),
  [N("V_HAND_SU", "Mottagningsanteckning", ("Linnea Sundqvist", "läkare"), "2024-04-10T11:10", [
      ("Anamnes", "Distal radiusfraktur hö opererad med platta för 7 veckor sedan. Brännande smärta, svullnad och stelhet i hela handen."),
      ("Status", "Glansig, rodnad hud hö hand, temperaturskillnad mot vä. Allodyni dorsalt. Nedsatt knytnävsgrepp."),
      ("Bedömning", "Susp CRPS typ 1 hö hand."),
      ("Åtgärd", "Intensifierad handterapi, spegelterapi. Remiss smärtmottagningen."),
  ])],
  must=[M102],
  why="'Susp' without dot on complex regional pain syndrome")

C("d63-skane-utkast-misstankt-peroneusluxation-typo", "skane", P("2000-09-18", "M"),
  [N("S_IDROTT_MAL", "Mottagningsanteckning", ("Tobias Nordin", "läkare"), "2024-06-04T16:20", [
      ("Anamnes", "Basketspelare, kraftig dorsalflexion hö fotled vid landning. Snäppande bakom laterala malleolen sedan dess."),
      ("Status", "Peroneussenorna kan provoceras att glida anteriort över malleolen vid eversion mot motstånd."),
      ("Bedömning", "Misstänt luxation av peroneussenorna hö."),
  ], signed=None)],
  must=[M102],
  why="unsigned draft (pre-signing check) with typo 'Misstänt'; hedged diagnosis visible")

C("d63-vgr-dd-tre-alternativ-olekranon", "vgr", P("1964-01-31", "M"),
  [N("V_ORT_ALI", "Mottagningsanteckning", ("Isak Berg", "läkare"), "2024-11-26T10:20", [
      ("Anamnes", "Golvläggare. Svullnad över vä armbåge i tre dagar, ömmande. Ingen feber."),
      ("Status", "Fluktuerande svullnad 4 x 5 cm över olekranon, måttlig värmeökning. Liten hudavskrapning."),
      ("Bedömning", "Olekranonbursit vä. DD: septisk bursit – gikt – pseudogikt."),
      ("Åtgärd", "Punktion, 8 ml grumligt. Odling och kristaller skickas."),
  ])],
  must=[M102],
  why="the bursitis is confirmed but a DD list with septic bursitis/gout keeps hypotheses visible")

C("d63-vgr-ingen-fraktur-men-misstankt-ligamentruptur", "vgr", P("1994-05-01", "F"),
  [N("V_AKUT_MOL", "Akutanteckning", ("Viktor Palm", "läkare"), "2024-07-27T21:30", [
      ("Anamnes", "Trampade snett på en sten under orientering, inversionsvåld hö fotled."),
      ("Röntgen", "Ingen fraktur."),
      ("Bedömning", "Ingen fraktur. Misstänkt ruptur av ligamentum talofibulare anterius hö."),
      ("Åtgärd", "Kompressionsbandage, fotledsortos. Fysioterapeut för balansträning."),
  ])],
  must=[M102],
  why="a negation (ingen fraktur) sits next to a real hedged diagnosis, which still fires")

C("d63-skane-stressfraktur-ej-utesluten", "skane", P("1998-12-08", "F"),
  [N("S_ORT_HLM", "Mottagningsanteckning", ("Karin Lindqvist", "läkare"), "2024-08-06T10:00", [
      ("Anamnes", "Orienterare. Smärta medialt på vä skenben vid löpning i 6 veckor, numera även i vila."),
      ("Status", "Fokal ömhet mediala tibiakanten mellersta tredjedelen, hoppa på ett ben smärtar."),
      ("Bedömning", "Medial tibial stress syndrome, stressfraktur i tibia ej utesluten."),
      ("Planering", "MR vä underben. Löpuppehåll tills svar."),
  ])],
  must=[M102],
  why="'ej utesluten' is the same hedge as 'kan ej uteslutas', not a negation")

# ======================================================================
# NL102 negatives: negated, ruled out, relative, non-diagnostic hedge,
# conditional, confirmed, protected place, PMO
# ======================================================================
N102 = ("NL102", "n1")

C("d63-skane-ingen-misstanke-om-fraktur-distorsion", "skane", P("1988-06-27", "F"),
  [N("S_AKUT_YSTAD", "Akutanteckning", ("Ahmed Karimi", "läkare"), "2024-05-11T12:40", [
      ("Anamnes", "Stukade vä fot i inversion när hon klev av bussen i morse. Kunde gå därifrån."),
      ("Status", "Svullnad anterolateralt vä fotled. Ottawa ankle rules negativa, ingen ömhet över malleolerna eller basis MT V."),
      ("Bedömning", "Ingen misstanke om fraktur. Lateral fotledsdistorsion vä."),
      ("Åtgärd", "Kompression, högläge, belastning efter förmåga. Fotledsortos utlämnad."),
  ])],
  must_not=[N102],
  why="'Ingen misstanke om fraktur' is a negated diagnosis; the distortion is confirmed")

C("d63-vgr-tidigare-misstankt-scafoid-uteslutes-mr", "vgr", P("1997-01-09", "M"),
  [N("V_ORT_NAL", "Mottagningsanteckning", ("Anders Fredriksson", "läkare"), "2024-02-13T10:20", [
      ("Aktuellt", "Återbesök efter två veckor i skena. Lindrig kvarstående ömhet radialt i hö handled."),
      ("Utredning", "MR hö handled: inget benmärgsödem, ingen frakturlinje i os scaphoideum."),
      ("Bedömning", "Den tidigare misstänkta scaphoidfrakturen uteslutes. Handledsdistorsion."),
      ("Åtgärd", "Skenan tas bort. Rörelseträning, åter vid behov."),
  ])],
  must_not=[N102],
  why="follow-up: the earlier suspicion is explicitly ruled out ('uteslutes') after MRI")

C("d63-skane-ssk-inga-tecken-kompartment", "skane", P("1979-04-30", "M"),
  [N("S_ORTAVD_CSK", "Omvårdnadsanteckning", ("Jessica Nilsson", "sjuksköterska"), "2024-04-14T02:10", [
      ("Omvårdnad", "Logkontroller varannan timme efter gipsning av tibiakondylfraktur hö. Mjuka loger, tårna varma och rörliga, känsel ua. Smärta VAS 3 efter Oxynorm 5 mg kl 00.30."),
      ("Bedömning", "Inga tecken på kompartmentsyndrom i nuläget."),
  ], setting="slutenvård")],
  must_not=[N102],
  why="'Inga tecken på kompartmentsyndrom' in a nursing note is negated")

C("d63-vgr-talar-emot-septisk-artrit", "vgr", P("2003-02-21", "M"),
  [N("V_AKUT_BOR", "Akutanteckning", ("Ronja Falk", "läkare"), "2024-10-19T14:55", [
      ("Anamnes", "Fotbollsspelare, fick en spark mot hö knä i går. Svullnad över natten."),
      ("Status", "Afebril. Måttlig hydrops, kan böja till 100 grader. Ingen rodnad."),
      ("Lab", "CRP 4, LPK 7,1."),
      ("Bedömning", "Traumatisk knäsynovit hö. Allmäntillstånd och labprover talar emot septisk artrit."),
      ("Åtgärd", "Kompression, avlastning med kryckor 2–3 dagar, NSAID."),
  ], signed=None)],
  must_not=[N102],
  why="'talar emot' rules the infection down; confirmed traumatic synovitis")

C("d63-skane-hereditet-trolig-osteoporos-mormor", "skane", P("1969-08-15", "F"),
  [N("S_OSTEO_MAL", "Mottagningsanteckning", ("Ingrid Carlsson", "läkare"), "2024-03-21T13:40", [
      ("Hereditet", "Mamma fick höftfraktur vid 72 års ålder och behandlades för osteoporos. Trol. även mormor – hon blev kraftigt kutryggig."),
      ("Utredning", "DXA: T-score ländrygg –0,6, höft –0,9. FRAX 9 % för major osteoporotisk fraktur."),
      ("Bedömning", "Normal bentäthet. Ingen behandlingsindikation."),
      ("Planering", "Råd om kalkintag, D-vitamin och styrketräning. Ny DXA om 5 år."),
  ])],
  must_not=[N102],
  why="the hedged osteoporosis belongs to the grandmother; the patient has normal bone density")

C("d63-vgr-ev-remiss-fysioterapeut-radiusfraktur", "vgr", P("1961-05-13", "F"),
  [N("V_ORT_LID", "Mottagningsanteckning", ("Mikael Strand", "läkare"), "2024-04-09T10:30", [
      ("Aktuellt", "Gipsborttagning fem veckor efter odislocerad distal radiusfraktur vä."),
      ("Röntgen", "Läkt fraktur i oförändrat läge."),
      ("Bedömning", "Läkt distal radiusfraktur vä. Stel handled efter gipstiden."),
      ("Planering", "Egenträning enligt program. Ev. remiss till fysioterapeut om inte bättre på fyra veckor."),
  ])],
  must_not=[N102],
  why="'Ev.' hedges a referral (a plan), not a diagnosis")

C("d63-skane-trolig-utskrivning-imorgon-collum", "skane", P("1943-11-19", "M"),
  [N("S_ORTAVD_MAL", "Daganteckning", ("Emil Sjöberg", "läkare"), "2024-05-25T10:05", [
      ("Aktuellt", "Dag 4 efter totalprotes hö höft för dislocerad collum femoris-fraktur. Går med rollator i korridoren, smärtan under kontroll."),
      ("Status", "Förbandet torrt. Hb 112."),
      ("Planering", "Trolig utskrivning till korttidsboende i morgon förmiddag. Suturtagning dag 14 på vårdcentralen."),
  ], setting="slutenvård")],
  must_not=[N102],
  why="'Trolig' hedges the discharge, the fracture is confirmed and operated")

C("d63-vgr-om-ny-luxation-hypotetiskt", "vgr", P("2004-09-27", "M"),
  [N("V_ORTMOTT_MOL", "Mottagningsanteckning", ("Per Gunnarsson", "läkare"), "2024-06-11T14:40", [
      ("Aktuellt", "Kontroll tre veckor efter första främre axelluxationen vä, reponerad på akuten."),
      ("Status", "Full rörlighet. Apprehension lätt positivt. Axillarisnerven ua."),
      ("Bedömning", "Primär främre axelluxation vä, nu stabil."),
      ("Planering", "Stabilitetsträning hos fysioterapeut. Om ny luxation skulle inträffa – kontakta oss för ställningstagande till MR och operation."),
  ])],
  must_not=[N102],
  why="a new luxation is named only in a conditional ('Om ... skulle inträffa')")

C("d63-skane-om-pinninfektion-kan-det-rora-sig", "skane", P("1990-03-31", "F"),
  [N("S_HAND_MAL", "Operationsanteckning", ("Petra Holm", "läkare"), "2024-03-15T12:30", [
      ("Operation", "Sluten reposition och perkutan stiftning med två K-trådar av basfraktur på metacarpale V vä."),
      ("Postoperativ ordination", "Gipsskena 4 veckor. Pinnarna tas bort på mottagningen efter 4 veckor."),
      ("Information till patient", "Vid feber, rodnad eller var kring pinnarna ska du höra av dig till mottagningen, då kan det röra sig om en pinninfektion."),
  ])],
  must_not=[N102],
  why="'kan röra sig om' only inside a conditional instruction, not a hypothesis about the patient now")

C("d63-skane-mr-bekraftar-korsbandsruptur-informerad", "skane", P("1999-07-02", "M"),
  [N("S_ORT_HBG", "Mottagningsanteckning", ("Lina Håkansson", "läkare"), "2024-03-06T13:15", [
      ("Aktuellt", "Återbesök för MR-svar efter knävridning i innebandy."),
      ("Utredning", "MR hö knä: total ruptur av främre korsbandet. Menisker hela."),
      ("Bedömning", "Främre korsbandsruptur hö knä."),
      ("Information", "Pat informerad om MR-fyndet och om valet mellan rehab och rekonstruktion."),
      ("Planering", "Strukturerad rehab 3 mån, därefter ny bedömning."),
  ])],
  must_not=[N102, M101],
  why="confirmed diagnosis, no hedge, and the patient has been told")

C("d63-skane-tidiga-hypoteser-mall-skelettmetastas", "skane", P("1952-12-15", "M"),
  [N("S_ORTMOTT_MAL", "Tidiga hypoteser", ("Charlotte Wallin", "läkare"), "2024-08-27T15:30", [
      ("Bedömning", "Lytiska förändringar i Th11 och vä os ilium. Misstänkt skelettmetastasering, primärtumör okänd. Vill inte oroa pat innan DT-svaret finns."),
  ])],
  must_not=[N102, M101],
  why="Skåne template Tidiga hypoteser is protected; the hedge and the untold finding are hidden")

C("d63-vgr-sokord-tidiga-hypoteser-patologisk-fraktur", "vgr", P("1946-04-08", "F"),
  [N("V_ORT_UDD", "Läkaranteckning", ("Oskar Lindahl", "läkare"), "2024-04-17T11:50", [
      ("Aktuellt", "Inlagd för kotkompression L3 efter att ha böjt sig fram för att plocka upp tidningen."),
      ("Status", "Palpöm över L3. Neurologiskt intakt i benen."),
      ("Tidiga hypoteser", "Ingen typisk osteoporoshistorik, nytillkommen anemi. Patologisk fraktur? Metastas eller myelom övervägs."),
      ("Planering", "Smärtlindring, mobilisering med fysioterapeut. Korsett utprovas."),
  ], setting="slutenvård")],
  must_not=[N102],
  why="in VGR the hypothesis sits only under the protected sökord Tidiga hypoteser")

C("d63-skane-pmo-vc-misstankt-scafoid", "skane", P("1983-10-21", "M"),
  [N("S_VC_HOOR", "Läkarbesök", ("Mats Andersson", "läkare"), "2024-01-11T09:40", [
      ("Kontaktorsak", "Ont i hö handled efter fall på cykel i förrgår."),
      ("Status", "Ömhet i fossa tabatière. Rörlighet nedsatt."),
      ("Bedömning", "Misstänkt scaphoidfraktur hö."),
      ("Åtgärd", "Skena. Remiss rtg till Lasarettet i Lund akut i dag."),
  ])],
  must_not=[N102],
  why="PMO never shows diagnoses; a hedged diagnosis in PMO is not NL102")

C("d63-skane-pmo-vc-trolig-osteoporos", "skane", P("1951-01-29", "F"),
  [N("S_VC_NASBY", "Läkarbesök", ("Helena Björklund", "läkare"), "2024-09-17T14:20", [
      ("Aktuellt", "Kontroll efter kotkompression Th12 som diagnostiserades på akuten för 3 v sedan. Mindre ont."),
      ("Bedömning", "Lågenergifraktur i kota – trolig osteoporos. Kortisonbehandlad för PMR i två år."),
      ("Åtgärd", "DXA beställd. Kalcium/D-vitamin. Alendronat övervägs efter tandstatus."),
  ], signed=None)],
  must_not=[N102],
  why="hedged osteoporosis in a PMO note (primary care) is never NL102")

C("d63-skane-pmo-hemsjukvard-susp-hoftfraktur", "skane", P("1931-06-06", "F"),
  [N("S_HSV_SIMR", "Hembesök", ("Agneta Roos", "sjuksköterska"), "2024-12-14T07:50", [
      ("Aktuellt", "Larm från trygghetslarm kl 07.10. Pat hittad på golvet bredvid sängen, klarar inte att resa sig."),
      ("Status", "Hö ben förkortat och utåtroterat, smärta vid minsta rörelse. Vaken, orienterad."),
      ("Bedömning", "Susp. höftfraktur hö."),
      ("Åtgärd", "Ambulans beställd, prio 2. Anhörig (son) underrättad per telefon."),
  ])],
  must_not=[N102],
  why="home nursing in PMO; the suspected fracture is not shown to patients")

C("d63-vgr-ev-nedsatt-sensibilitet-symptom", "vgr", P("1992-12-30", "F"),
  [N("V_HAND_SU", "Mottagningsanteckning", ("Ida Holmgren", "läkare"), "2024-10-24T16:15", [
      ("Aktuellt", "Suturerad skärskada volart vä pekfinger för 10 dagar sedan. Suturtagning."),
      ("Status", "Läkt sår. Ev. lätt nedsatt sensibilitet ulnart på fingertoppen, 2PD 6 mm jmf 4 mm radialt. Full flexion och extension."),
      ("Bedömning", "Läkt skärskada dig II vä, ingen senskada."),
      ("Planering", "Ny sensibilitetstest om tre månader."),
  ])],
  must_not=[N102],
  why="'Ev.' hedges a sensory finding, not a diagnosis")

C("d63-skane-fragestallning-lakning-kontrollrtg", "skane", P("1980-05-04", "F"),
  [N("S_ORTMOTT_CSK", "Mottagningsanteckning", ("Henrik Ohlsson", "läkare"), "2024-02-27T11:40", [
      ("Aktuellt", "Två veckor efter konservativt behandlad fraktur på proximala humerus hö, två fragment."),
      ("Status", "Smärtan avtagande, pendelövningar påbörjade."),
      ("Planering", "Kontrollrtg om fyra veckor, frågeställning: läkning och läge?"),
  ])],
  must_not=[N102],
  why="'frågeställning' and '?' concern healing and position, not a diagnosis")

C("d63-vgr-dd-septisk-artrit-avskrivs-gikt", "vgr", P("1956-08-12", "M"),
  [N("V_AKUT_MOL", "Akutanteckning", ("Emma Söderlund", "läkare"), "2024-09-29T04:10", [
      ("Anamnes", "Akut insättande smärta och svullnad i hö knä i natt. Tiazidbehandlad."),
      ("Utredning", "Ledpunktat: rikligt med uratkristaller i polarisationsmikroskop. Grampreparat utan bakterier."),
      ("Diagnos", "Akut giktartrit hö knä."),
      ("Bedömning", "DD septisk artrit avskrivs efter punktat och kliniskt förlopp."),
      ("Åtgärd", "Prednisolon 30 mg x 1 i fem dagar. Urat om fyra veckor på vårdcentralen."),
  ])],
  must_not=[N102],
  why="the 'DD' is written off ('avskrivs'); the remaining diagnosis is confirmed")

C("d63-skane-oneliner-ej-fraktur-ej-luxation-typo", "skane", P("1967-09-23", "M"),
  [N("S_AKUT_HBG", "Akutanteckning", ("Viktor Sandberg", "läkare"), "2024-06-29T22:50", [
      ("Bedömning", "Rtg vä axel: ej frakur, ej luxation. Kontusion."),
  ])],
  must_not=[N102],
  why="terse negations with typo 'frakur'; confirmed contusion")

C("d63-vgr-misstanke-om-fraktur-foreligger-ej", "vgr", P("1985-11-02", "F"),
  [N("V_AKUT_KUN", "Akutanteckning", ("Klara Wennberg", "läkare"), "2024-03-16T13:30", [
      ("Anamnes", "Klämde hö tumme i bildörren."),
      ("Status", "Subungualt hematom under halva nageln. Intakt nagelbädd, stabil IP-led, ingen ömhet proximalt."),
      ("Bedömning", "Misstanke om fraktur föreligger ej. Subungualt hematom."),
      ("Åtgärd", "Trepanation av nageln med glödande gem, god lättnad."),
  ])],
  must_not=[N102],
  why="'Misstanke om fraktur föreligger ej' starts like a hedge but is negated at the end")

C("d63-skane-fraktur-kunde-uteslutas-dt", "skane", P("1958-04-17", "F"),
  [N("S_ORTAVD_HBG", "Daganteckning", ("Sebastian Roslund", "läkare"), "2024-11-08T09:35", [
      ("Aktuellt", "Inlagd i natt för höftsmärta efter fall, kunde inte gå."),
      ("Utredning", "DT bäcken: fraktur kunde uteslutas. Hematom i vä gluteus medius."),
      ("Bedömning", "Muskelhematom efter fall. Mobiliseras."),
      ("Planering", "Hemgång när hon klarar trappan med fysioterapeut."),
  ], setting="slutenvård")],
  must_not=[N102],
  why="'kunde uteslutas' (ruled out), not 'kan ej uteslutas'")

C("d63-vgr-osteomyelit-osannolik-normal-mr", "vgr", P("1960-10-06", "M"),
  [N("V_INF_OSTRA", "Konsultationsanteckning", ("Sofie Hammar", "läkare"), "2024-01-30T15:25", [
      ("Frågeställning från ortopeden", "Infektionskonsult angående svullnad och rodnad vä fotrygg hos diabetiker."),
      ("Status", "Rodnad som avgränsas väl, värmeökning. Inget sår, inga portar. Sondering ej aktuell."),
      ("Utredning", "MR vä fot utan benmärgsödem."),
      ("Bedömning", "Erysipelas vä fot. Osteomyelit bedöms som osannolik med normal MR."),
      ("Rekommendation", "PcV 1 g x 3 i tio dagar. Högläge."),
  ], setting="slutenvård")],
  must_not=[N102],
  why="'osannolik' with normal MRI rules osteomyelitis out; erysipelas is confirmed")

C("d63-vgr-hereditet-pappa-misstankt-bechterew", "vgr", P("2005-03-19", "M"),
  [N("V_RYGG_SU", "Mottagningsanteckning", ("Andreas Ljung", "läkare"), "2024-05-22T13:00", [
      ("Hereditet", "Pappan utreddes för misstänkt Bechterews sjukdom men fick aldrig någon diagnos."),
      ("Anamnes", "19-årig man med ländryggssmärta efter marklyft, ingen morgonstelhet, inga nattliga smärtor."),
      ("Status", "Ömhet paravertebralt L4–L5. Rörlighet lätt nedsatt. Neurologiskt ua. SI-leder palpfria."),
      ("Bedömning", "Akut mekanisk lumbago. Inga röda flaggor."),
  ])],
  must_not=[N102],
  why="the suspected disease belongs to the father, not to the patient")

C("d63-vgr-ingen-klinsk-misstanke-akillesruptur-typo", "vgr", P("1972-12-04", "M"),
  [N("V_ORT_BOR", "Mottagningsanteckning", ("Magnus Holm", "läkare"), "2024-06-05T08:45", [
      ("Anamnes", "Tennis, smärta i hö vad efter ett ryck, inget knäpp."),
      ("Status", "Ömhet mediala gastrocnemiusbuken. Akillessenan palperas intakt, Thompsons test negativt, Matles test ua."),
      ("Bedömning", "Ingen klinsk misstanke om akillesruptur. Muskelbristning mediala gastrocnemius (tennis leg)."),
  ])],
  must_not=[N102],
  why="typo 'klinsk' in a negated suspicion; confirmed muscle strain")

C("d63-skane-kand-osteoporos-ev-byte-zoledronsyra", "skane", P("1948-07-26", "F"),
  [N("S_OSTEO_MAL", "Mottagningsanteckning", ("Ingrid Carlsson", "läkare"), "2024-10-01T10:10", [
      ("Aktuellt", "Känd osteoporos sedan 2019 med två kotkompressioner. Alendronat sedan fem år, sväljningsbesvär senaste tiden."),
      ("Utredning", "DXA: T-score ländrygg –2,9, oförändrat."),
      ("Bedömning", "Manifest osteoporos, stabil bentäthet på behandling."),
      ("Planering", "Ev. byte till zoledronsyra iv en gång per år, diskuteras vid nästa besök."),
  ])],
  must_not=[N102],
  why="confirmed osteoporosis; 'Ev.' hedges a treatment change")

C("d63-vgr-inget-som-talar-for-kompartment", "vgr", P("2000-01-22", "M"),
  [N("V_ORTAVD_MOL", "Daganteckning", ("Maja Ekström", "läkare"), "2024-08-17T07:50", [
      ("Aktuellt", "Morgonrond efter ordinarie märgspikning av femurskaftfraktur hö i går."),
      ("Status", "Låret svullet men mjukt, underbenets loger mjuka. Ingen smärta vid passiv töjning."),
      ("Bedömning", "Inget som talar för kompartmentsyndrom. Postoperativt förlopp utan anmärkning."),
  ], setting="slutenvård")],
  must_not=[N102],
  why="'Inget som talar för' is a negation of the diagnosis")

C("d63-skane-luxation-kan-uteslutas", "skane", P("1970-10-13", "F"),
  [N("S_AKUT_LUND", "Akutanteckning", ("Johan Berglund", "läkare"), "2024-09-06T18:25", [
      ("Anamnes", "Föll på hö axel från häst. Svårt att lyfta armen."),
      ("Röntgen", "Hö axel i tre projektioner inkl. axial: kongruent led."),
      ("Bedömning", "Luxation kan uteslutas. Kontusion hö axel."),
      ("Åtgärd", "Mitella några dagar, sedan rörelseträning."),
  ], signed=None)],
  must_not=[N102],
  why="'kan uteslutas' without negation means ruled out (hard negative to 'kan ej uteslutas')")

C("d63-vgr-ingen-missanke-om-fraktur-typo", "vgr", P("1997-08-28", "F"),
  [N("V_ORT_ALI", "Mottagningsanteckning", ("Jonas Engström", "läkare"), "2024-01-16T15:30", [
      ("Aktuellt", "Ont i vä handled efter volt i gymnastiken för en vecka sedan."),
      ("Status", "Ingen lokal ömhet över scaphoideum eller distala radius. Full rörlighet, smärta i ytterläge."),
      ("Bedömning", "Ingen missanke om fraktur. Handledsdistorsion vä."),
  ])],
  must_not=[N102],
  why="typo 'missanke' in a negated suspicion")

C("d63-skane-inga-teckn-pa-infektion-typo", "skane", P("1963-03-27", "M"),
  [N("S_ORT_HLM", "Sjuksköterskeanteckning", ("Lena Holmberg", "sjuksköterska"), "2024-06-20T13:05", [
      ("Sårkontroll", "Två veckor efter knäprotes hö. Agrafferna avlägsnade. Såret läkt, torrt, inga teckn på infektion. Temp 36,8."),
      ("Information", "Pat instruerad att fortsätta träningsprogrammet."),
  ])],
  must_not=[N102],
  why="typo 'teckn' in a negated infection; nothing hedged")

C("d63-vgr-fragetecken-pa-aterbesokstid", "vgr", P("1981-07-09", "M"),
  [N("V_ORT_LID", "Mottagningsanteckning", ("Isak Berg", "läkare"), "2024-04-25T13:50", [
      ("Aktuellt", "Kontroll 6 v efter odislocerad fraktur på caput radii hö."),
      ("Bedömning", "Läkt radiushuvudfraktur, extension saknar 5 grader."),
      ("Planering", "Fortsatt träning. Återbesök v. 24? Pat ringer och bokar själv om han inte är nöjd."),
  ])],
  must_not=[N102],
  why="the question mark is on a revisit week, not on a diagnosis")

C("d63-skane-pmo-fysio-dd-artros-menisk", "skane", P("1954-11-14", "M"),
  [N("S_REHAB_ESLOV", "Fysioterapeutbesök", ("Karl Sjögren", "fysioterapeut"), "2024-02-08T10:00", [
      ("Anamnes", "Belastningsrelaterad värk medialt i vä knä i ett år, ibland hugg."),
      ("Status", "Krepitationer, lätt extensionsdefekt. Medial ledspaltsömhet."),
      ("Bedömning", "DD: medial knäartros vs degenerativ meniskskada."),
      ("Åtgärd", "Artrosskola (BOA) erbjuden. Hemövningar."),
  ])],
  must_not=[N102],
  why="PMO physiotherapy note; DD never asserted as NL102 in PMO")

C("d63-vgr-epikris-icd-bekraftad", "vgr", P("1939-02-16", "F"),
  [N("V_ORTAVD_SKO", "Epikris", ("Johanna Lund", "läkare"), "2024-03-30T12:00", [
      ("Diagnos", "S72.1 Pertrokantär fraktur hö. W01 Fall i samma plan."),
      ("Åtgärd", "NFJ49 Osteosyntes med glidskruv och platta 2024-03-25."),
      ("Epikris", "Opererad dagen efter ankomst, okomplicerat förlopp. Mobiliserad med gåbord, full belastning tillåten. Hb lägst 95, ej transfunderad."),
      ("Uppföljning", "Ingen rutinkontroll. Osteoporosbehandling initierad, fortsätter via vårdcentralen."),
  ], setting="slutenvård")],
  must_not=[N102],
  why="discharge summary with coded, confirmed diagnoses and no hedge")

C("d63-skane-misstankt-att-gipset-sitter-hart", "skane", P("2001-06-19", "F"),
  [N("S_ORT_AHM", "Telefonanteckning", ("Camilla Berggren", "sjuksköterska"), "2024-07-11T09:15", [
      ("Telefonkontakt", "Gipsad i går för fraktur i vä handled. Tycker att fingrarna är svullna och stramar. Misstänkt att gipset sitter för hårt."),
      ("Åtgärd", "Kommer in kl 10.30 för att klyva gipset. Högläge till dess."),
  ])],
  must_not=[N102],
  why="'Misstänkt' about a tight cast, which is no diagnosis")

C("d63-skane-trolig-atergang-arbete", "skane", P("1976-08-03", "M"),
  [N("S_ORT_TBG", "Mottagningsanteckning", ("Birgitta Svensson", "läkare"), "2024-10-29T14:45", [
      ("Aktuellt", "Betongarbetare, opererad med två skruvar för fraktur på mediala malleolen hö för 6 veckor sedan."),
      ("Bedömning", "Läkt medial malleolfraktur. Rörelseinskränkning i dorsalflexion."),
      ("Sjukskrivning", "Förlängs 100 % fyra veckor. Trolig återgång i arbete på halvtid därefter."),
  ])],
  must_not=[N102],
  why="'Trolig' hedges the return to work, not a diagnosis")

C("d63-vgr-ingen-misstanke-patologisk-fraktur", "vgr", P("1950-06-23", "M"),
  [N("V_ORT_BOR", "Mottagningsanteckning", ("Lars Bengtsson", "läkare"), "2024-08-08T10:40", [
      ("Anamnes", "Känd prostatacancer utan spridning, hormonbehandlad. Fall från stol, ont i hö höft."),
      ("Röntgen", "Odislocerad fraktur på ramus pubis hö. Normal benstruktur, inga lytiska eller sklerotiska förändringar."),
      ("Bedömning", "Fraktur ramus pubis hö efter fall. Ingen misstanke om patologisk fraktur."),
      ("Planering", "Full belastning med rollator. Osteoporosutredning p.g.a. hormonbehandling."),
  ])],
  must_not=[N102],
  why="known cancer makes it look risky, but the pathological fracture is negated")

C("d63-skane-tvanot-tidiga-hypoteser-plus-vanlig", "skane", P("1944-05-30", "M"),
  [N("S_ORTAVD_MAL", "Tidiga hypoteser", ("Emil Sjöberg", "läkare"), "2024-06-26T15:00", [
      ("Bedömning", "Hyperkalcemi och förhöjt totalprotein, trol. myelom bakom den nya kotfrakturen. Avvaktar elfores innan något diskuteras med pat."),
  ], setting="slutenvård"),
   N("S_ORTAVD_MAL", "Daganteckning", ("Emil Sjöberg", "läkare"), "2024-06-26T15:20", [
      ("Aktuellt", "Kompressionsfraktur Th9 efter lindrigt trauma. Smärtlindrad i vila, ont vid förflyttning."),
      ("Planering", "Korsett, fysioterapeut. Fler prover tagna i dag, svar i morgon."),
  ], nid="n2", setting="slutenvård")],
  must_not=[N102, ("NL102", "n2")],
  why="hypothesis only in the Tidiga hypoteser note; the same-day visible note holds confirmed facts")

C("d63-vgr-lang-anteckning-tidiga-hypoteser-sokord", "vgr", P("1967-01-12", "F"),
  [N("V_ORTMOTT_MOL", "Mottagningsanteckning", ("Per Gunnarsson", "läkare"), "2024-11-05T10:00", [
      ("Social anamnes", "Gift, två vuxna barn. Arbetar som lärare på mellanstadiet, sjukskriven 50 % sedan operationen. Icke-rökare, alkohol sparsamt."),
      ("Anamnes", "57-årig kvinna, tidigare frisk, inga läkemedel. Opererades för tre månader sedan med märgspik för en diafysär femurfraktur hö efter fall från cykel i låg fart. Kontakt nu p.g.a. fortsatt värk i låret och trötthet. Har också märkt ökad törst och förstoppning senaste månaden, nattsvettas inte. Ingen feber."),
      ("Status", "AT gott. Går utan hjälpmedel, lätt hälta. Ärr läkta. Ömhet lateralt mitt på låret. Knä och höft med full rörlighet. Inga palpabla lymfkörtlar på hals, i axiller eller ljumskar. Brösten palperas utan resistenser. Neurologiskt ua i benen."),
      ("Röntgen", "Spiken i gott läge, sparsam kallus vid frakturen."),
      ("Lab", "Hb 109, Ca 2,71, ALP 190."),
      ("Tidiga hypoteser", "Låg energi, långsam läkning, hyperkalcemi – malign genes kan ej uteslutas. Metastas från okänd primärtumör eller myelom? Inget sagt till pat än."),
      ("Bedömning", "Försenad frakturläkning hö femur."),
      ("Planering", "Provtagning inkl. elfores, PTH och fria lätta kedjor. DT thorax-buk. Återbesök om två veckor."),
  ])],
  must_not=[N102, M101],
  why="long VGR note: the hedge and the untold hypothesis appear only under sökord Tidiga hypoteser")

C("d63-vgr-inga-hallpunkter-ligamentskada", "vgr", P("2006-02-25", "F"),
  [N("V_IDROTT_FRO", "Mottagningsanteckning", ("Erik Hallberg", "läkare"), "2024-02-28T11:20", [
      ("Anamnes", "Fotbollsspelare, 18 år. Tackling mot utsidan av hö knä för en vecka sedan."),
      ("Status", "Stabil vid valgus- och varusstress, negativ Lachman och pivot shift. Lätt ömhet pes anserinus."),
      ("Bedömning", "Inga hållpunkter för ligamentskada. Kontusion medialt hö knä."),
      ("Planering", "Återgång till träning stegvis under två veckor."),
  ])],
  must_not=[N102],
  why="'Inga hållpunkter för' negates the ligament injury")

C("d63-skane-misstanken-om-kompartment-avskrevs", "skane", P("1989-07-14", "M"),
  [N("S_ORTAVD_HBG", "Daganteckning", ("Sebastian Roslund", "läkare"), "2024-07-21T12:10", [
      ("Aktuellt", "Inkom i går efter krosskada vä underarm på bygget."),
      ("Utredning", "Tryckmätning i volara logen i natt 12 mmHg, diastoliskt tryck 78."),
      ("Bedömning", "Misstanken om kompartmentsyndrom avskrevs efter tryckmätningen. Fortsatt avtagande svullnad."),
      ("Planering", "Avslutar logkontroller kl 18 om oförändrat."),
  ], setting="slutenvård")],
  must_not=[N102],
  why="'Misstanken om ... avskrevs' is a withdrawn suspicion")

C("d63-vgr-troligen-uppkommen-vid-fallet", "vgr", P("1955-09-01", "M"),
  [N("V_AKUT_BOR", "Akutanteckning", ("Sara Nyström", "läkare"), "2024-10-12T15:20", [
      ("Anamnes", "Föll från stege, ca 2,5 meter, landade på fötterna. Ont i hö häl."),
      ("Röntgen", "Intraartikulär calcaneusfraktur hö, Böhlers vinkel 10 grader."),
      ("Bedömning", "Calcaneusfraktur hö. Skadan uppkom troligen när han landade med foten i kanten på trappsteget."),
      ("Åtgärd", "Högläge, kyla, DT hö fot för op-planering. Ländrygg röntgad p.g.a. skademekanismen, ingen fraktur."),
  ])],
  must_not=[N102],
  why="'troligen' hedges the injury mechanism; the fracture is confirmed")

C("d63-skane-barn-greenstick-trolig-gipstid", "skane", P("2016-03-08", "M"),
  [N("S_BARNAKUT_LUND", "Akutanteckning", ("Nils Petersson", "läkare"), "2024-04-06T11:45", [
      ("Anamnes", "8-årig pojke ramlade av studsmattan, ont i vä underarm. Pappa med."),
      ("Röntgen", "Greenstickfraktur distala radius vä med 10 graders vinkling."),
      ("Bedömning", "Greenstickfraktur distala radius vä, acceptabelt läge."),
      ("Åtgärd", "Underarmsgips. Trolig gipstid 3–4 veckor. Pappa informerad om gipsvård."),
  ])],
  must_not=[N102],
  why="child; 'Trolig' hedges cast duration, the fracture is confirmed")

C("d63-skane-puls-fragetecken-fynd", "skane", P("1993-09-29", "M"),
  [N("S_AKUT_MAL", "Akutanteckning", ("Jenny Blom", "läkare"), "2024-08-24T02:20", [
      ("Anamnes", "MC-olycka i låg fart, vä underben i kläm mot trottoarkanten."),
      ("Status", "Felställning mitt på vä underben, sluten skada. Känsel och motorik i foten ua. Puls a. dorsalis pedis ?, a. tibialis posterior palp. Foten varm."),
      ("Röntgen", "Sned tibiaskaftfraktur vä med fibulafraktur på samma nivå."),
      ("Bedömning", "Sluten tibiaskaftfraktur vä."),
      ("Åtgärd", "Reposition och gipsskena. Ortopedjouren tar över, op i morgon."),
  ])],
  must_not=[N102],
  why="the '?' marks an unclear pulse (a finding), the fracture is confirmed")


# ======================================================================
# NL101 positives: diagnosis visible while the note says the patient is not told
# ======================================================================
C("d63-skane-skelettmetastaser-ej-informerad-besked-imorgon", "skane", P("1949-03-03", "M"),
  [N("S_ORTAVD_MAL", "Daganteckning", ("Alexander Nyberg", "läkare"), "2024-04-11T16:40", [
      ("Aktuellt", "75-årig man inlagd efter fall i trappan hemma med pertrokantär fraktur vä, opererad i går med märgspik. Rökare, ca 50 paketår. Har enligt hustrun gått ned i vikt och hostat hela vintern. Smärta i ländryggen sedan jul som han själv tolkat som ryggskott."),
      ("Status", "Vaken, orienterad, lätt andfådd vid samtal. Sat 94 % på luft. Op-förband torrt, distalt status ua. Palpationsöm över L2 och hö höftkam."),
      ("Lab", "Hb 104, Ca 2,78 (korr), ALP 320, CRP 31, krea 88."),
      ("Utredning", "Preop lungröntgen visade en rundhärd i vä överlob. DT thorax-buk-bäcken i dag: 4 cm tumör i vä överlob med mediastinala lymfkörtlar och multipla skelettmetastaser i bäcken, L2, Th9 och vä femur. Frakturen utgår genom en metastas i trokanterregionen."),
      ("Bedömning", "Lungcancer med skelettmetastaser, frakturen är patologisk. Hyperkalcemi."),
      ("Ordination", "Zoledronsyra 4 mg iv efter vätska, Ringer-Acetat 2 liter i dag. Kalcium kontrolleras i morgon."),
      ("Information", "Patienten är ännu inte informerad om DT-fyndet. Besked ges i morgon tillsammans med dottern och kontaktsjuksköterska från lungkliniken."),
      ("Planering", "Remiss lungmedicin för bronkoskopi och PAD. Onkolog kontaktad angående strålbehandling mot L2. Mobilisering med full belastning, märgspiken skyddar hela femur."),
  ], setting="slutenvård")],
  must=[M101],
  why="long chart: metastatic lung cancer in a visible note that says the patient has not yet been told")

C("d63-vgr-osteosarkom-ej-informerade-samtal-bokat", "vgr", P("2006-12-28", "M"),
  [N("V_SARKOM_SU", "Läkaranteckning", ("Karolina Dahlberg", "läkare"), "2024-06-13T15:10", [
      ("Utredning", "PAD från mellannålsbiopsi distala femur vä: högmaligt konventionellt osteosarkom."),
      ("Bedömning", "Osteosarkom distala femur vä hos 17-årig pojke."),
      ("Planering", "Patienten och föräldrarna har inte informerats ännu. Samtal bokat i morgon kl 10 med barnonkolog och kontaktsjuksköterska. DT thorax för stadieindelning beställd."),
  ])],
  must=[M101],
  why="17-year-old reads his journal; the sarcoma diagnosis is visible before the planned talk")

C("d63-skane-myelom-patologisk-humerus-ej-besked", "skane", P("1947-07-18", "F"),
  [N("S_ORTMOTT_MAL", "Läkaranteckning", ("Hampus Forsberg", "läkare"), "2024-09-09T13:25", [
      ("Aktuellt", "Konservativt behandlad patologisk fraktur hö humerus. Hematologen har sett svaren."),
      ("Utredning", "Benmärgsbiopsi: 40 % klonala plasmaceller. M-komponent IgG 38 g/l."),
      ("Bedömning", "Multipelt myelom med patologisk humerusfraktur."),
      ("Planering", "Patienten har inte fått besked om myelomdiagnosen, hematolog tar över och ger beskedet på tisdag."),
  ])],
  must=[M101],
  why="confirmed myeloma visible while the note says the patient has not got the news")

C("d63-vgr-mr-scafoidfraktur-pat-ej-nadd", "vgr", P("2000-04-22", "F"),
  [N("V_ORT_NAL", "Telefonanteckning", ("Anders Fredriksson", "läkare"), "2024-02-21T11:30", [
      ("Utredning", "MR vä handled: odislocerad midjefraktur i os scaphoideum."),
      ("Telefonkontakt", "Söker pat två gånger utan svar. Pat ännu inte informerad om frakturen, ny uppringning i eftermiddag. Skenan ska sitta kvar."),
  ])],
  must=[M101],
  why="mundane case: confirmed scaphoid fracture visible, patient not reached and not informed")

C("d63-skane-pseudartros-ej-meddelad", "skane", P("1990-11-25", "M"),
  [N("S_HAND_MAL", "Läkaranteckning", ("Petra Holm", "läkare"), "2024-05-02T14:50", [
      ("Utredning", "DT hö handled, 4 mån efter scaphoidfraktur: ingen överbryggning, sklerotiska frakturytor."),
      ("Bedömning", "Pseudartros os scaphoideum hö."),
      ("Planering", "Pat är inte meddelad ännu. Får kallelse till mottagningen för att diskutera operation med bentransplantat."),
  ], signed=None)],
  must=[M101],
  why="non-union diagnosis visible, 'inte meddelad ännu'")

C("d63-vgr-dxa-osteoporos-svar-ej-meddelat", "vgr", P("1955-05-09", "F"),
  [N("V_ORT_SKO", "Läkaranteckning", ("Sanna Björk", "läkare"), "2024-11-20T09:50", [
      ("Utredning", "DXA efter distal radiusfraktur: T-score lårbenshals –2,8, ländrygg –3,1."),
      ("Diagnos", "Osteoporos med lågenergifraktur."),
      ("Planering", "Svaret är ännu inte meddelat pat. Brev skickas inte, hon kallas till osteoporossköterska för information och start av zoledronsyra."),
  ])],
  must=[M101],
  why="osteoporosis diagnosis recorded while 'inte meddelat pat'")

C("d63-skane-osteomyelit-bekraftad-informeras-vid-rond", "skane", P("1961-01-06", "M"),
  [N("S_INF_MAL", "Daganteckning", ("Maria Wiklund", "läkare"), "2024-03-26T17:15", [
      ("Aktuellt", "Diabetiker med sår vä stortå, inlagd för iv antibiotika."),
      ("Utredning", "Benbiopsi: växt av S. aureus. MR: osteomyelit i proximala falangen dig I vä."),
      ("Bedömning", "Osteomyelit dig I vä, S. aureus."),
      ("Planering", "Pat inte informerad ännu om biopsisvaret, tas upp på ronden i morgon. Kloxacillin fortsätter, ortopedkonsult angående amputation."),
  ], setting="slutenvård")],
  must=[M101],
  why="confirmed osteomyelitis visible; patient told only at tomorrow's round")

C("d63-vgr-ssk-dr-onskar-ej-informera-fore-mdk-typo", "vgr", P("1952-08-16", "M"),
  [N("V_ORTAVD_MOL", "Omvårdnadsanteckning", ("Therese Olofsson", "sjuksköterska"), "2024-05-15T20:30", [
      ("Omvårdnad", "Smärtlindrad på Oxycontin, mobiliserad till toalett. Frågar vad röntgen visade."),
      ("Information", "Dr Ekström önskar att pat inte infromeras om skelettmetastaserna i bäckenet förrän efter MDK på torsdag. Pat fick svaret att läkaren går igenom röntgen med honom."),
  ], setting="slutenvård")],
  must=[M101],
  why="nurse documents skeletal metastases and that the patient must not be told yet (typo 'infromeras')")

C("d63-skane-charcotfot-beskedet-ej-lamnat", "skane", P("1964-10-30", "F"),
  [N("S_ORTMOTT_CSK", "Läkaranteckning", ("Henrik Ohlsson", "läkare"), "2024-07-04T15:45", [
      ("Utredning", "MR hö fot: uttalat benmärgsödem och fragmentering i Lisfranclederna."),
      ("Bedömning", "Akut Charcotfot hö, fas 1."),
      ("Planering", "Beskedet har inte lämnats till patienten, som har gått hem. Ringer henne i morgon och bokar gipsning med total contact cast."),
  ])],
  must=[M101],
  why="Charcot foot confirmed and visible; 'Beskedet har inte lämnats till patienten'")

C("d63-vgr-anhoriga-vill-ej-att-pat-far-veta", "vgr", P("1935-12-02", "F"),
  [N("V_ORTAVD_BOR", "Daganteckning", ("Lars Bengtsson", "läkare"), "2024-01-25T13:30", [
      ("Aktuellt", "Opererad för patologisk subtrokantär fraktur hö, PAD från op: metastas från bröstcancer."),
      ("Samtal med anhöriga", "Sönerna önskar att mamma inte ska få veta att frakturen beror på spridd bröstcancer. Pat är ännu ej informerad, nytt samtal med pat och söner planeras med kurator."),
  ], setting="slutenvård")],
  must=[M101],
  why="metastatic breast cancer visible; relatives want it withheld and the patient is not informed")

C("d63-skane-typo-ej-informerd-metastas-l3", "skane", P("1958-02-23", "M"),
  [N("S_RYGG_LUND", "Läkaranteckning", ("Elin Jakobsson", "läkare"), "2024-10-03T12:05", [
      ("Utredning", "MR hela ryggen: metastas i L3 med kollaps av kotkroppen, ingen spinal kompression. DT thorax visar primärtumör i hö lunga."),
      ("Bedömning", "Skelettmetastas L3 från lungcancer."),
      ("Planering", "Pat ej informerd om fyndet ännu. Besked vid besök i morgon med onkologisk sjuksköterska närvarande."),
  ])],
  must=[M101],
  why="typo 'informerd' in the not-told statement; metastasis visible")

C("d63-skane-pat-vet-annu-inte-protesinfektion", "skane", P("1946-09-19", "M"),
  [N("S_ORT_HLM", "Läkaranteckning", ("Karin Lindqvist", "läkare"), "2024-11-12T16:30", [
      ("Utredning", "Ledpunktat hö knäprotes: 48 000 LPK, 92 % neutrofiler. Odling växer Staphylococcus epidermidis i 3/3 flaskor."),
      ("Bedömning", "Periprotetisk infektion hö knä."),
      ("Planering", "Pat vet ännu inte om att det rör sig om en protesinfektion, nås inte i dag. Tas upp på revisionskonferens fredag."),
  ])],
  must=[M101],
  why="'vet ännu inte om' = not told, confirmed prosthetic joint infection visible")

C("d63-vgr-aseptisk-lossning-inte-meddelat", "vgr", P("1944-06-01", "F"),
  [N("V_ORTMOTT_MOL", "Läkaranteckning", ("Per Gunnarsson", "läkare"), "2024-08-28T14:15", [
      ("Utredning", "Rtg vä höftprotes jämfört med 2021: radiolucent zon runt hela cementmanteln, sjunkit 6 mm."),
      ("Bedömning", "Aseptisk lossning av femurkomponenten vä höft."),
      ("Planering", "Detta är inte meddelat patienten, röntgen granskades efter besöket. Kallas åter för information och revisionsplanering."),
  ], signed=None)],
  must=[M101],
  why="implant loosening confirmed after the visit, not yet told to the patient")

C("d63-skane-epikris-osteoporos-ej-information-vc", "skane", P("1941-04-14", "F"),
  [N("S_ORTAVD_LUND", "Epikris", ("David Lindgren", "läkare"), "2024-12-11T11:00", [
      ("Diagnos", "Kotkompressionsfraktur Th12. Osteoporos."),
      ("Epikris", "83-årig kvinna inlagd för smärtlindring efter fall. DXA under vårdtiden T-score –3,4."),
      ("Uppföljning", "Pat har inte fått information om osteoporosdiagnosen, då hon var sövd av opioider och trött. Vårdcentralen ombeds informera och starta behandling."),
  ], setting="slutenvård")],
  must=[M101],
  why="discharge summary with osteoporosis diagnosis that the patient has not been informed about")

C("d63-skane-telefon-korsbandsruptur-ej-svar", "skane", P("2002-08-07", "F"),
  [N("S_ORT_AHM", "Telefonanteckning", ("Sofia Mårtensson", "läkare"), "2024-04-18T13:10", [
      ("Telefonkontakt", "Ringde pat om svar på MR vä knä som visar total ruptur av främre korsbandet och lesion i laterala menisken. Inget svar, pat ej informerad. Nytt försök i morgon förmiddag."),
  ])],
  must=[M101],
  why="single-section phone note: diagnosis stated and 'pat ej informerad' because she did not answer")

C("d63-vgr-metastas-femur-konfus-informeras-ej-idag", "vgr", P("1938-10-11", "F"),
  [N("V_ORTAVD_SKO", "Daganteckning", ("Johanna Lund", "läkare"), "2024-02-14T10:45", [
      ("Aktuellt", "Postop dag 2 efter märgspikning av patologisk femurfraktur vä."),
      ("Utredning", "PAD från brotschmaterial: metastas från bröstcancer, ER-positiv."),
      ("Bedömning", "Skelettmetastas från bröstcancer, recidiv efter 15 år."),
      ("Planering", "Pat är postoperativt konfusorisk och informeras inte om PAD-svaret i dag. Onkologremiss skickad."),
  ], setting="slutenvård")],
  must=[M101],
  why="metastasis confirmed on PAD; patient deliberately not informed today")

C("d63-skane-fasciotomi-kompartment-ej-informerad", "skane", P("1996-05-21", "M"),
  [N("S_ORTAVD_HBG", "Daganteckning", ("Sebastian Roslund", "läkare"), "2024-09-14T06:30", [
      ("Aktuellt", "Akut fasciotomi av alla fyra loger hö underben i natt, sövd i samband med beslutet."),
      ("Bedömning", "Kompartmentsyndrom hö underben efter tibiakondylfraktur."),
      ("Planering", "Pat ej informerad om kompartmentsyndromet och fasciotomin ännu, sover efter narkosen. Informeras på förmiddagsronden. Second look om 48 h."),
  ], setting="slutenvård")],
  must=[M101],
  why="diagnosis written while the patient was asleep and not yet informed")

C("d63-skane-crps-informeras-inte-annu-smartteam", "skane", P("1970-06-28", "F"),
  [N("S_HAND_MAL", "Läkaranteckning", ("Linus Åkesson", "läkare"), "2024-06-25T14:40", [
      ("Aktuellt", "Multidisciplinär konferens med smärtteamet efter handledsfrakturen."),
      ("Bedömning", "CRPS typ 1 hö hand enligt Budapestkriterierna."),
      ("Planering", "Pat informeras inte om CRPS-diagnosen ännu enligt överenskommelse med smärtteamet, som tar beskedet vid sitt första besök."),
  ], signed=None)],
  must=[M101],
  why="'informeras inte ... ännu' on a confirmed CRPS diagnosis in visible text")

C("d63-vgr-osteonekros-ej-kommunicerat", "vgr", P("1977-03-30", "M"),
  [N("V_ORT_UDD", "Läkaranteckning", ("Rebecka Isaksson", "läkare"), "2024-03-07T12:20", [
      ("Utredning", "MR höfter: osteonekros i hö caput femoris, Ficat stadium II, ingen kollaps."),
      ("Bedömning", "Avaskulär nekros hö caput femoris, högdos kortison 2023 sannolik orsak."),
      ("Planering", "Ej kommunicerat med pat. Planeras core decompression, diskuteras vid besök nästa vecka."),
  ])],
  must=[M101],
  why="osteonecrosis visible with 'Ej kommunicerat med pat'")

C("d63-vgr-typo-inte-infomerad-kotkompression", "vgr", P("1939-09-07", "F"),
  [N("V_ORT_BOR", "Läkaranteckning", ("Magnus Holm", "läkare"), "2024-10-16T15:05", [
      ("Utredning", "Rtg bröstrygg: ny kompressionsfraktur Th8 med 40 % höjdreduktion."),
      ("Bedömning", "Osteoporotisk kotkompression Th8."),
      ("Planering", "Pat inte infomerad ännu, dottern vill vara med när beskedet ges. Korsett utprovas."),
  ])],
  must=[M101],
  why="typo 'infomerad' in the not-told statement; fracture diagnosis visible")

C("d63-skane-tvanot-undanhaller-sedan-informerar", "skane", P("1954-01-17", "M"),
  [N("S_ONK_LUND", "Läkaranteckning", ("Louise Ström", "läkare"), "2024-07-08T16:00", [
      ("Bedömning", "Prostatacancer med nytillkomna skelettmetastaser i Th6 och vä femur på scintigrafi."),
      ("Planering", "Pat har ännu inte informerats om spridningen, väntar på ortopedisk bedömning av frakturrisken i femur."),
  ]),
   N("S_ONK_LUND", "Läkaranteckning", ("Louise Ström", "läkare"), "2024-07-10T11:30", [
      ("Aktuellt", "Besök tillsammans med hustrun."),
      ("Bedömning", "Skelettmetastaserad prostatacancer. Ortopeden bedömer låg frakturrisk, profylaktisk fixation ej aktuell."),
      ("Information", "Pat informerad i dag om skelettmetastaserna och om planerad strålbehandling mot Th6."),
  ], nid="n2")],
  must=[M101],
  must_not=[("NL101", "n2")],
  why="first note withholds the metastases (fires), the later note tells the patient (no NL101 on n2)")

C("d63-vgr-misstankt-metastas-ej-informerad-hedge", "vgr", P("1956-07-04", "M"),
  [N("V_ORT_ALI", "Läkaranteckning", ("Jonas Engström", "läkare"), "2024-09-25T14:35", [
      ("Röntgen", "Lytisk förändring i vä acetabulum."),
      ("Bedömning", "Misstänkt skelettmetastas vä acetabulum, primärtumör okänd."),
      ("Planering", "Pat inte informerad om misstanken. DT thorax-buk i morgon."),
  ])],
  must=[M102],
  why="hedged metastasis in a visible section is NL102 whatever is said about telling")

# ======================================================================
# NL101 negatives: told, untold thing is no diagnosis, protected place,
# relative not told, nothing said about telling
# ======================================================================
C("d63-skane-pat-informerad-om-scafoidfraktur-typo", "skane", P("1986-09-15", "M"),
  [N("S_ORTMOTT_MAL", "Mottagningsanteckning", ("Hampus Forsberg", "läkare"), "2024-01-31T10:25", [
      ("Utredning", "MR vä handled: fraktur i proximala polen av os scaphoideum, odislocerad."),
      ("Bedömning", "Scaphoidfraktur proximala polen vä."),
      ("Information", "Pat informrad om frakturen, den förhöjda risken för utebliven läkning och alternativet skruvfixation. Han väljer operation."),
      ("Planering", "Op-anmäld för perkutan skruv, prioritet inom två veckor."),
  ])],
  must_not=[M101],
  why="the patient has been told about the diagnosis (typo 'informrad')")

C("d63-vgr-ej-informerad-om-opdatum", "vgr", P("1937-11-08", "M"),
  [N("V_ORTAVD_BOR", "Daganteckning", ("Sara Nyström", "läkare"), "2024-06-01T09:10", [
      ("Aktuellt", "Inkom i natt med dislocerad collum femoris-fraktur hö. Pat vet om frakturen och att den ska opereras med protes."),
      ("Planering", "Pat ej informerad om operationsdatum ännu, beror på Eliquis-uppehållet och op-kön. Fastande från midnatt."),
  ], setting="slutenvård")],
  must_not=[M101],
  why="what is not yet told is the date of surgery, not a diagnosis")

C("d63-skane-remiss-skickad-ej-informerad-om-det", "skane", P("1979-02-12", "F"),
  [N("S_ORT_TBG", "Läkaranteckning", ("Ulrika Axelsson", "läkare"), "2024-08-15T12:35", [
      ("Aktuellt", "Pat sågs på mottagningen 1/8, röntgenbilderna och fynden gicks igenom med henne då."),
      ("Bedömning", "Artros i tummens basled vä, Eaton stadium III."),
      ("Planering", "Remiss till handkirurgen i Malmö skickad. Pat är inte informerad om att remissen gått iväg, brev skickas i dag."),
  ], signed=None)],
  must_not=[M101],
  why="the untold item is that a referral was sent")

C("d63-vgr-normalt-dxa-ej-meddelat", "vgr", P("1962-04-26", "F"),
  [N("V_ORT_LID", "Läkaranteckning", ("Isak Berg", "läkare"), "2024-05-08T15:50", [
      ("Utredning", "DXA efter handledsfraktur: T-score –0,8 höft och –1,1 ländrygg. Ingen osteoporos."),
      ("Planering", "Det normala svaret är inte meddelat pat ännu, brev skickas. Ingen behandling behövs."),
  ], signed=None)],
  must_not=[M101],
  why="a normal result is untold; no diagnosis is withheld")

C("d63-skane-tidiga-hypoteser-mall-myelom-ej-informerad", "skane", P("1945-10-09", "F"),
  [N("S_ORT_HBG", "Tidiga hypoteser", ("Rasmus Eklund", "läkare"), "2024-02-09T16:20", [
      ("Bedömning", "Lytiska förändringar i skallen och humerus på rtg, trol. myelom. Pat ej informerad, avvaktar elfores och benmärg."),
  ])],
  must_not=[M101, N102],
  why="untold hypothesis kept only in the Skåne Tidiga hypoteser template")

C("d63-vgr-sokord-tidiga-hypoteser-ej-informerad", "vgr", P("1959-12-31", "M"),
  [N("V_ORT_SKO", "Läkaranteckning", ("Gustav Wikström", "läkare"), "2024-12-04T13:40", [
      ("Aktuellt", "Återbesök för smärta i vä skuldra sedan fall i oktober."),
      ("Status", "Nedsatt aktiv och passiv rörlighet, ömhet över proximala humerus."),
      ("Tidiga hypoteser", "Rtg: destruktiv förändring i proximala humerus, misstänkt kondrosarkom. Ej informerat pat innan remiss sarkomcentrum besvarats."),
      ("Planering", "MR vä skuldra. Återbesök efter svar."),
  ])],
  must_not=[M101, N102],
  why="VGR: untold suspected sarcoma sits only under the protected sökord")

C("d63-skane-pat-informerad-dottern-ej", "skane", P("1940-08-20", "M"),
  [N("S_ORTAVD_CSK", "Daganteckning", ("Fredrik Åström", "läkare"), "2024-03-13T14:20", [
      ("Bedömning", "Patologisk fraktur i hö humerus orsakad av metastas från njurcancer."),
      ("Information", "Pat informerad om metastasfyndet och frakturen i dag. Han önskar att dottern inte informeras ännu, vill berätta själv i helgen."),
  ], setting="slutenvård")],
  must_not=[M101],
  why="the patient is told; only a relative is not yet told")

C("d63-vgr-trimalleolar-inget-om-information", "vgr", P("1968-05-16", "F"),
  [N("V_AKUT_MOL", "Akutanteckning", ("Viktor Palm", "läkare"), "2024-02-03T19:05", [
      ("Anamnes", "Halkade på is, vridvåld vä fotled. Kraftig felställning vid ankomst."),
      ("Röntgen", "Trimalleolär fotledsfraktur vä med posterior subluxation av talus."),
      ("Diagnos", "Trimalleolär fotledsfraktur vä."),
      ("Åtgärd", "Reposition i sedering, gipsskena. Kontrollrtg bra läge. Inlägges för operation."),
  ])],
  must_not=[M101, N102],
  why="a confirmed diagnosis and nothing said about telling: neither code")

C("d63-vgr-tvanot-th-sedan-informerad-synlig", "vgr", P("1951-02-07", "F"),
  [N("V_ORT_UDD", "Läkaranteckning", ("Oskar Lindahl", "läkare"), "2024-10-08T11:00", [
      ("Tidiga hypoteser", "Kotkollaps Th7 med mjukdelskomponent, misstänkt lymfom eller metastas. Pat ej informerad innan biopsin."),
  ]),
   N("V_ORT_UDD", "Läkaranteckning", ("Oskar Lindahl", "läkare"), "2024-10-22T10:15", [
      ("Utredning", "Biopsi Th7: diffust storcelligt B-cellslymfom."),
      ("Bedömning", "Patologisk kotfraktur Th7 orsakad av lymfom."),
      ("Information", "Pat informerad i dag om biopsisvaret och diagnosen tillsammans med maken. Remiss hematologen, de kontaktar henne inom en vecka."),
  ], nid="n2")],
  must_not=[("NL101", "n2"), ("NL102", "n2"), M101],
  why="hypothesis kept in Tidiga hypoteser, later moved to a visible note once told; nothing fires")

C("d63-skane-ej-informerad-om-vantetid", "skane", P("1956-03-02", "M"),
  [N("S_ORT_HLM", "Läkaranteckning", ("Karin Lindqvist", "läkare"), "2024-04-30T15:10", [
      ("Bedömning", "Primär knäartros hö med skelettkontakt medialt, uttömd konservativ behandling. Indikationen för protes är genomgången med pat vid dagens besök."),
      ("Planering", "Uppsatt på väntelista för totalprotes. Pat ej informerad om att väntetiden just nu är sju månader, koordinator ringer honom."),
  ])],
  must_not=[M101],
  why="the waiting time is untold; the diagnosis itself was discussed")

C("d63-vgr-redan-informerad-av-jourlakaren", "vgr", P("1984-07-31", "M"),
  [N("V_ORT_ALI", "Mottagningsanteckning", ("Jonas Engström", "läkare"), "2024-07-16T09:35", [
      ("Aktuellt", "Remitterad från akuten i Borås. Pat redan informerad av jourläkaren om att det rör sig om en fraktur på tibiaplatån."),
      ("Bedömning", "Schatzker II-fraktur laterala tibiaplatån vä, 4 mm impression."),
      ("Planering", "Operation med platta, pat samtycker."),
  ])],
  must_not=[M101],
  why="the patient was told earlier by another doctor")

C("d63-vgr-informerad-arbetsgivaren-ej", "vgr", P("1991-10-12", "M"),
  [N("V_IDROTT_FRO", "Mottagningsanteckning", ("Erik Hallberg", "läkare"), "2024-03-19T13:55", [
      ("Utredning", "MR hö knä: ruptur av främre korsbandet och korgshandtagsruptur av mediala menisken."),
      ("Information", "Pat informerad om MR-svaret och att menisken bör sys snarast. Han har ännu inte berättat för sin arbetsgivare, intyg skrivs."),
      ("Planering", "Op-anmäld för meniskrefixation och korsbandsrekonstruktion i samma seans."),
  ])],
  must_not=[M101],
  why="patient told; the uninformed party is his employer")

C("d63-vgr-har-ej-natt-pat-om-ny-tid", "vgr", P("1973-06-03", "F"),
  [N("V_HAND_SU", "Telefonanteckning", ("Linnea Sundqvist", "läkare"), "2024-11-28T10:45", [
      ("Telefonkontakt", "Har ej nått pat angående ny operationstid för karpaltunnelklyvning vä, den planerade tiden ställs in. Diagnosen och indikationen är genomgångna vid förra besöket."),
  ])],
  must_not=[M101],
  why="unreached patient about a new time; the diagnosis was already discussed")

C("d63-skane-informerad-per-telefon-meniskskada", "skane", P("1981-12-09", "M"),
  [N("S_ORT_AHM", "Telefonanteckning", ("Sofia Mårtensson", "läkare"), "2024-05-23T14:25", [
      ("Telefonkontakt", "Pat informerad per telefon om att MR hö knä visar en horisontell ruptur i mediala meniskens bakhorn utan låsningsrisk. Förstår och vill fortsätta träna med fysioterapeut."),
  ])],
  must_not=[M101],
  why="told by phone, no untold diagnosis")

C("d63-vgr-osteosarkom-besked-givet-med-foraldrar", "vgr", P("2007-02-19", "F"),
  [N("V_SARKOM_SU", "Läkaranteckning", ("Karolina Dahlberg", "läkare"), "2024-08-29T11:40", [
      ("Aktuellt", "Informationssamtal med 17-årig flicka och båda föräldrarna, kontaktsjuksköterska närvarande."),
      ("Bedömning", "Osteosarkom proximala tibia hö, ingen spridning på DT thorax."),
      ("Information", "Patienten och föräldrarna har fått beskedet om osteosarkom och behandlingsplanen med neoadjuvant cytostatika och därefter operation. Många frågor, ny kontakt på fredag."),
  ])],
  must_not=[M101],
  why="diagnosis told to the 17-year-old and her parents")

C("d63-skane-anhoriga-ej-pat-vill-beratta-sjalv", "skane", P("1963-07-10", "M"),
  [N("S_ORTMOTT_MAL", "Läkaranteckning", ("Charlotte Wallin", "läkare"), "2024-10-17T15:55", [
      ("Bedömning", "Myelom med patologisk kotfraktur L2, hematolog har ställt diagnosen."),
      ("Information", "Har gått igenom diagnosen med pat. Anhöriga ej informerade, pat vill själv berätta för sin fru och sina barn."),
  ])],
  must_not=[M101],
  why="relatives are not told; the patient is")

C("d63-vgr-var-ej-informerad-sedan-tidigare-nu-informerad", "vgr", P("1948-01-28", "F"),
  [N("V_ORT_NAL", "Mottagningsanteckning", ("Anders Fredriksson", "läkare"), "2024-06-19T13:20", [
      ("Aktuellt", "Kontroll efter distal radiusfraktur. Vid genomgång av journal framgår osteoporos på DXA 2019 från vårdcentralen, som pat aldrig fått kännedom om."),
      ("Bedömning", "Osteoporos med ny lågenergifraktur."),
      ("Information", "Pat var ej informerad om osteoporosen sedan tidigare. Informerad i dag, behandling med alendronat diskuterad och startas."),
  ])],
  must_not=[M101],
  why="hard negative: past 'ej informerad' but informed today")

C("d63-skane-ej-informerad-om-att-rtg-var-normalt", "skane", P("1995-04-06", "F"),
  [N("S_AKUT_MAL", "Telefonanteckning", ("Jenny Blom", "läkare"), "2024-11-18T17:40", [
      ("Aktuellt", "Granskning av eftergranskad röntgen från i går: ingen fraktur i vä fot, inga tecken på Lisfranc-skada."),
      ("Telefonkontakt", "Pat ännu inte informerad om det normala röntgensvaret, svarar ej. Sms skickat om att ringa akutmottagningen."),
  ])],
  must_not=[M101],
  why="an untold normal x-ray with only negated diagnoses")



# ======================================================================
# validation and output
# ======================================================================
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    d = when.date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def validate(cases):
    errors = []
    names = set()
    sentences = {}
    for c in cases:
        name = c["case"]
        if set(c) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errors.append("%s: wrong keys" % name)
        if not name.startswith("d63-"):
            errors.append("%s: name prefix" % name)
        if name in names:
            errors.append("%s: duplicate case name" % name)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            errors.append("%s: ruleset" % name)
        if not c["why"].strip():
            errors.append("%s: empty why" % name)
        rec = c["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errors.append("%s: record keys" % name)
        pat = rec["patient"]
        pnr, birth = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pnr):
            errors.append("%s: pnr format" % name)
        else:
            if pnr[:8] != birth.replace("-", ""):
                errors.append("%s: pnr/birth mismatch" % name)
            if luhn_check(pnr[2:8] + pnr[9:12]) != int(pnr[12]):
                errors.append("%s: Luhn" % name)
        as_of = dt.datetime.strptime(rec["as_of"], "%Y-%m-%dT%H:%M:%S")
        stamps = [as_of]
        note_ids = {}
        for n in rec["notes"]:
            if n["id"] in note_ids:
                errors.append("%s: duplicate note id" % name)
            note_ids[n["id"]] = n
            t = dt.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S")
            stamps.append(t)
            if n["signed"] is not None:
                sg = dt.datetime.strptime(n["signed"], "%Y-%m-%dT%H:%M:%S")
                stamps.append(sg)
                if sg < t:
                    errors.append("%s: signed before time" % name)
            if n["system"] not in ("Melior", "PMO"):
                errors.append("%s: system" % name)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errors.append("%s: VGR note not Melior" % name)
            if c["ruleset"] == "vgr" and not n["unit"]["hsa_id"].startswith("SE2321000131-"):
                errors.append("%s: VGR unit hsa" % name)
            if c["ruleset"] == "skane" and not n["unit"]["hsa_id"].startswith("SE2321000255-"):
                errors.append("%s: Skåne unit hsa" % name)
            if n["setting"] not in ("öppenvård", "slutenvård"):
                errors.append("%s: setting" % name)
            if not n["sections"]:
                errors.append("%s: note without sections" % name)
            for sec in n["sections"]:
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences:
                            errors.append("%s: sentence repeated (also in %s): %r" % (name, sentences[sent], sent))
                        else:
                            sentences[sent] = name
        for st in stamps:
            if st.year != 2024:
                errors.append("%s: date outside 2024: %s" % (name, st))
            a = age_at(birth, st)
            if 13 <= a <= 15 or a < 0:
                errors.append("%s: patient age %d" % (name, a))
        if as_of < max(stamps):
            errors.append("%s: as_of before a note" % name)
        seen = set()
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in CODES:
                    errors.append("%s: unexpected code %s" % (name, code))
                if target not in note_ids:
                    errors.append("%s: target %s missing" % (name, target))
                    continue
                if (code, target) in seen:
                    errors.append("%s: %s/%s asserted twice" % (name, code, target))
                seen.add((code, target))
                sysname = note_ids[target]["system"]
                if code == "NL102" and sysname != "Melior" and lst == "must":
                    errors.append("%s: NL102 must on non-Melior" % name)
                if code == "NL102" and sysname == "PMO" and lst == "must_not":
                    pass  # PMO never shows diagnoses: must_not is the convention
                if code == "NL101" and sysname == "PMO":
                    errors.append("%s: NL101 asserted on PMO" % name)
        if not c["must"] and not c["must_not"]:
            errors.append("%s: nothing asserted" % name)
    return errors


def main():
    errors = validate(CASES)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev63_cases.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), out))
    for code in sorted(CODES):
        print("%s must=%d must_not=%d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
