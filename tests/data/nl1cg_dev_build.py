#!/usr/bin/env python3
"""Gold cases for notelint NL1/NL2: geriatrics, palliative care, home care, municipal nursing.

Writer: nl1cg_dev_cases (independent).  Dependency-free, deterministic.
`python3 build.py` writes nl1cg_dev_cases.jsonl beside this file and validates it
(exit status 1 on any problem).
"""
import datetime as _dt
import json
import os
import re
import sys

NAME = "nl1cg_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

# --------------------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (hospitals)
    "SG_LUND": ("Geriatriska kliniken, avdelning 4, Skånes universitetssjukhus Lund", "SE2321000255-GR41"),
    "SG_MALMO": ("Akutgeriatrisk avdelning, Skånes universitetssjukhus Malmö", "SE2321000255-AG12"),
    "MINNE_MALMO": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-MM07"),
    "HBG_GER": ("Geriatrisk avdelning 2, Helsingborgs lasarett", "SE2321000255-HG02"),
    "KRS_PALL": ("Palliativ vårdavdelning, Centralsjukhuset Kristianstad", "SE2321000255-PV31"),
    "YST_MED": ("Medicinavdelning 6, Lasarettet Ystad", "SE2321000255-YM06"),
    "LND_ORTO": ("Ortopedavdelning höftfraktur, Skånes universitetssjukhus Lund", "SE2321000255-OH15"),
    "HLM_MINNE": ("Minnesmottagningen, Hässleholms sjukhus", "SE2321000255-MH44"),
    "TRE_GER": ("Geriatrisk dagrehabilitering, Trelleborgs lasarett", "SE2321000255-TD09"),
    "LAND_MED": ("Medicinkliniken avdelning 1, Landskrona lasarett", "SE2321000255-LM01"),
    "ANG_STROKE": ("Strokeavdelningen, Ängelholms sjukhus", "SE2321000255-AS03"),
    # Region Skåne, PMO (primary care, hemsjukvård, ASIH)
    "VC_HOOR_HSV": ("Hemsjukvården, Vårdcentralen Höör", "SE2321000255-VH18"),
    "VC_LIMHAMN": ("Vårdcentralen Limhamn", "SE2321000255-VL22"),
    "VC_TOMELILLA": ("Hälsocentralen Tomelilla", "SE2321000255-HT05"),
    "ASIH_LUND": ("ASIH Lund", "SE2321000255-AL30"),
    "VC_KAVLINGE_HSV": ("Hemsjukvård, Vårdcentralen Kävlinge", "SE2321000255-VK11"),
    "VC_OSBY": ("Vårdcentralen Osby", "SE2321000255-VO14"),
    "REHAB_ESLOV": ("Rehabenheten, Vårdcentralen Eslöv", "SE2321000255-RE08"),
    "VC_SIMRISHAMN": ("Vårdcentralen Simrishamn", "SE2321000255-VS27"),
    # Västra Götaland, Melior
    "SU_GER": ("Geriatrik, avdelning 36, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-S36G"),
    "SU_MINNE": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-SMM1"),
    "NU_GER": ("Geriatriska kliniken, NU-sjukvården Uddevalla sjukhus", "SE2321000131-NUG4"),
    "SAS_GER": ("Geriatrisk vårdavdelning, Södra Älvsborgs Sjukhus Borås", "SE2321000131-SAG2"),
    "SKAS_PALL": ("Palliativ enhet, Skaraborgs Sjukhus Skövde", "SE2321000131-SKP1"),
    "ALI_MNSV": ("Mobil närsjukvård, Alingsås lasarett", "SE2321000131-ALM3"),
    "KUN_MED": ("Medicinavdelning 3, Kungälvs sjukhus", "SE2321000131-KUM3"),
    "SU_ASIH": ("ASIH Nordost, Sahlgrenska Universitetssjukhuset", "SE2321000131-ASN2"),
    "SU_ORTO": ("Ortogeriatrisk avdelning, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-OGM5"),
    "NU_REHAB": ("Geriatrisk rehabilitering, NU-sjukvården Uddevalla", "SE2321000131-NUR7"),
    "SAS_MINNE": ("Minnesmottagning, Södra Älvsborgs Sjukhus Skene", "SE2321000131-SSM9"),
    "SKAS_GER": ("Geriatrik, Skaraborgs Sjukhus Lidköping", "SE2321000131-SLG6"),
    "FSS_ASIH": ("Avancerad sjukvård i hemmet, Frölunda specialistsjukhus", "SE2321000131-FAH4"),
    "SU_PSYGER": ("Äldrepsykiatriska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-AEP2"),
}


def _luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def pnr(birth, serial):
    """Personnummer YYYYMMDD-NNNC for a birth date and a three-digit serial."""
    ymd = birth.replace("-", "")
    return "%s-%s%d" % (ymd, serial, _luhn_digit(ymd[2:] + serial))


def N(nid, system, template, unit, author, role, time, signed=45, setting="slutenvård", secs=(), refs=()):
    """One note. `signed` is minutes after `time`, or None for an unsigned draft."""
    t = _dt.datetime.strptime(time, "%Y-%m-%dT%H:%M")
    s = None if signed is None else (t + _dt.timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S")
    name, hsa = UNITS[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:%S"), "signed": s,
        "setting": setting, "refs": list(refs),
        "sections": [{"keyword": k, "text": x} for k, x in secs],
    }


CASES = []


def C(name, ruleset, birth, serial, notes, must=(), must_not=(), why=""):
    last = max(_dt.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S") for n in notes)
    as_of = (last + _dt.timedelta(days=9)).replace(hour=0, minute=0, second=0)
    if as_of.year != 2024:
        as_of = _dt.datetime(2024, 12, 31)
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of.strftime("%Y-%m-%dT%H:%M:%S"),
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })

# =========================================================================== A
# NL102 positives: hedged diagnoses in visible sections of Melior notes.

C("ger-delirium-trol-uvi-dd-tramadol", "skane", "1936-04-17", "482",
  [N("n1", "Melior", "Läkaranteckning", "SG_LUND", "Jonas Ekberg", "läkare", "2024-02-06T10:20", 40, "slutenvård", [
      ("Aktuellt", "Kvinna inkommen från eget boende med hemtjänst. Personalen beskriver att hon sedan två dagar är oklar, plockig och vaken nätterna."),
      ("Bedömning", "Akut förvirringstillstånd, trol. utlöst av UVI. DD läkemedelsbiverkan då tramadol sattes in förra veckan."),
      ("Planering", "Sätter ut tramadol. Urinodling, CRP, elstatus. Nitrofurantoin i väntan på odlingssvar.")])],
  must=[("NL102", "n1")], must_not=[("NL101", "n1")],
  why="'trol.' UVI and 'DD' drug reaction as cause of delirium in a visible Melior Bedömning.")

C("ssk-natt-misstankt-uvi-kateter", "vgr", "1931-09-02", "164",
  [N("n1", "Melior", "Omvårdnadsanteckning", "SU_GER", "Emma Lindqvist", "sjuksköterska", "2024-03-03T02:40", 30, "slutenvård", [
      ("Omvårdnadsstatus", "Temp 38,4 kl 02. Illaluktande urin i påsen, ökad oro och förvirring sedan kvällen, drar i kateterslangen."),
      ("Bedömning", "Misstänkt urinvägsinfektion. Urinodling tagen via kateter, jourhavande läkare informerad per telefon."),
      ("Åtgärd", "Paracetamol 1 g givet kl 02.15. Extra vätska, extravak vid behov.")])],
  must=[("NL102", "n1")],
  why="A night nurse's 'Misstänkt urinvägsinfektion' in a visible Melior nursing note.")

C("minne-mojlig-alzheimer-blandform", "vgr", "1947-11-23", "226",
  [N("n1", "Melior", "Mottagningsanteckning", "SU_MINNE", "Karin Holmgren", "läkare", "2024-04-15T09:30", 120, "öppenvård", [
      ("Anamnes", "Tilltagande minnessvikt sedan tre år enligt maken, tappar bort saker och har slutat laga mat. Hypertoni och typ 2-diabetes sedan länge."),
      ("Status", "MMSE-SR 22/30, klocktest 3/6. Neurologiskt utan fokala bortfall."),
      ("Bedömning", "Sammantaget en bild av möjlig Alzheimers sjukdom med vaskulär komponent, blandform. MR hjärna och lumbalpunktion planeras innan ställningstagande."),
      ("Planering", "Återbesök efter MR, då genomgång med pat och make.")])],
  must=[("NL102", "n1")], must_not=[("NL101", "n1")],
  why="'möjlig Alzheimers sjukdom' at a memory clinic before the work-up is done, visible in Melior.")

C("minne-lewy-body-fragetecken", "skane", "1944-06-30", "351",
  [N("n1", "Melior", "Läkaranteckning", "MINNE_MALMO", "Per Nordström", "läkare", "2024-05-08T13:10", 25, "öppenvård", [
      ("Bedömning", "Fluktuerande kognition, visuella hallucinationer (ser barn i trädgården), REM-sömnstörning enl maka. Lewy body-demens? Avstår neuroleptika."),
      ("Planering", "DaTSCAN. Ortostatiskt blodtryck vid återbesöket.")])],
  must=[("NL102", "n1")],
  why="Bare question mark after 'Lewy body-demens' in a telegraphic visible Melior note.")

C("fall-apixaban-kan-ej-utesluta-sdh", "vgr", "1933-01-14", "097",
  [N("n1", "Melior", "Daganteckning", "NU_GER", "Ali Rahimi", "läkare", "2024-01-19T08:45", 20, "slutenvård", [
      ("Aktuellt", "Fallit i natt på väg till toaletten och slog huvudet i nattduksbordet. Står på apixaban. Tröttare än igår enligt personalen."),
      ("Bedömning", "Kan ej utesluta subduralhematom. DT hjärna beställd akut, neurologkontroller varannan timme till dess.")])],
  must=[("NL102", "n1")],
  why="'Kan ej utesluta subduralhematom' after a fall on anticoagulation, visible Melior day note.")

C("fysio-misstanker-parkinsonism", "skane", "1940-08-08", "618",
  [N("n1", "Melior", "Fysioterapeutanteckning", "TRE_GER", "Lina Bengtsson", "fysioterapeut", "2024-02-27T11:00", 60, "öppenvård", [
      ("Funktionsstatus", "Går med rollator 10 m på 24 s. Småstegad gång, nedsatt armpendling höger, svårt att vända."),
      ("Bedömning", "Misstänker parkinsonism. Meddelar ansvarig läkare inför teamträffen."),
      ("Planering", "Gångträning med visuella cues två gånger i veckan under dagrehabiliteringen.")])],
  must=[("NL102", "n1")],
  why="A physiotherapist's 'Misstänker parkinsonism' in a visible Melior note.")

C("at-kaffekokning-kan-tala-for-demens", "vgr", "1942-03-19", "735",
  [N("n1", "Melior", "Arbetsterapeutanteckning", "NU_REHAB", "Sofia Ahlberg", "arbetsterapeut", "2024-03-21T14:15", 50, "slutenvård", [
      ("ADL", "Bedömning med AMPS i träningsköket. Pat tappar ordningsföljden vid kaffekokning, häller vatten i kaffeburken och behöver verbal ledning i varje moment."),
      ("Bedömning", "Svårigheterna med planering och genomförande kan tala för en begynnande demenssjukdom; fynden beskrivs för ansvarig läkare."),
      ("Åtgärd", "Spisvakt rekommenderas inför hemgång, ansökan skickas.")])],
  must=[("NL102", "n1")],
  why="An OT's 'kan tala för en begynnande demenssjukdom' — hedged dementia in a visible Melior note.")

C("dietist-sannolik-undernaring", "vgr", "1938-12-05", "412",
  [N("n1", "Melior", "Dietistanteckning", "SAS_GER", "Maria Sjöberg", "dietist", "2024-04-02T10:40", 35, "slutenvård", [
      ("Nutrition", "Vikt 46,2 kg, i januari 54 kg. BMI 18,1. Äter halva portioner och dricker lite."),
      ("Bedömning", "Sannolik undernäring, MNA-SF 5 p. Energibehov beräknat till ca 1500 kcal/dygn."),
      ("Åtgärd", "Energiberikad kost, två näringsdrycker dagligen, vägning varje måndag.")])],
  must=[("NL102", "n1")],
  why="A dietitian's 'Sannolik undernäring' in a visible Melior note.")

C("sannolikt-hjartsvikt-odem", "skane", "1935-10-11", "563",
  [N("n1", "Melior", "Läkaranteckning", "HBG_GER", "Anders Wikström", "läkare", "2024-06-04T09:55", None, "slutenvård", [
      ("Status", "Pittingödem till knäna bilateralt. Krepitationer basalt. SpO2 93 % på luft."),
      ("Bedömning", "Sannolikt hjärtsvikt som förklaring till trötthet och ödem. NT-proBNP skickat, ekokardiografi beställd."),
      ("Åtgärd", "Furosemid 40 mg x 1 po, daglig vikt.")])],
  must=[("NL102", "n1")],
  why="'Sannolikt hjärtsvikt' pending work-up in a visible Melior note. (unsigned draft)")

C("pneumoni-fragetecken-telegrafisk", "vgr", "1929-05-27", "280",
  [N("n1", "Melior", "Läkaranteckning", "KUN_MED", "Johan Berg", "läkare", "2024-01-08T16:30", 15, "slutenvård", [
      ("Aktuellt", "Hosta 4 d, feber 38,6, AF 24, CRP 142."),
      ("Bedömning", "Pneumoni? Rtg pulm beställd. Startar bensylpenicillin iv i avvaktan.")])],
  must=[("NL102", "n1")], must_not=[("NL101", "n1")],
  why="'Pneumoni?' with a question mark in a short visible Melior note.")

C("typo-missankt-hoftfraktur", "vgr", "1932-07-16", "839",
  [N("n1", "Melior", "Inskrivningsanteckning", "SU_ORTO", "Elin Strand", "läkare", "2024-02-12T07:50", 70, "slutenvård", [
      ("Aktuellt", "Hittad på golvet i lägenheten av hemtjänsten i morse, kan inte belasta vänster ben."),
      ("Status", "Vänster ben förkortat och utåtroterat, smärta vid rotation i höften."),
      ("Bedömning", "Missänkt höftfraktur vänster. Rtg bäcken och höft, fasta inför eventuell operation.")])],
  must=[("NL102", "n1")],
  why="Typo 'Missänkt' (misstänkt) hip fracture in a visible Melior admission note.")

C("dd-depression-vs-ftd", "skane", "1951-02-03", "147",
  [N("n1", "Melior", "Läkaranteckning", "MINNE_MALMO", "Per Nordström", "läkare", "2024-03-12T14:20", 45, "öppenvård", [
      ("Bedömning", "Nedstämdhet, initiativlöshet och koncentrationssvårigheter sedan makens död i höstas. DD: depression med kognitiv påverkan vs begynnande frontotemporal demens."),
      ("Planering", "Sertralin 25 mg, uppföljning om 6 veckor med förnyad kognitiv testning.")])],
  must=[("NL102", "n1")],
  why="'DD ... vs begynnande frontotemporal demens' in a visible Melior note.")

C("pall-trolig-lungemboli", "vgr", "1945-04-09", "306",
  [N("n1", "Melior", "Läkaranteckning", "SKAS_PALL", "Helena Dahl", "läkare", "2024-05-17T15:05", 40, "slutenvård", [
      ("Aktuellt", "Känd ventrikelcancer med peritoneal spridning. Tilltagande andfåddhet sedan två dygn och smärta i höger thoraxhalva vid inandning."),
      ("Bedömning", "Trolig lungemboli; pleuravätska är också tänkbart. Efter samtal med patienten avstår vi DT-angiografi."),
      ("Planering", "Dalteparin i behandlingsdos. Morfin sc vid behov mot andnöd.")])],
  must=[("NL102", "n1")],
  why="'Trolig lungemboli' in a palliative ward note (Melior), hedge about a new diagnosis.")

C("misstankt-lakemedelsutlost-hyponatremi", "vgr", "1939-08-21", "574",
  [N("n1", "Melior", "Daganteckning", "KUN_MED", "Johan Berg", "läkare", "2024-06-11T10:10", 20, "slutenvård", [
      ("Lab", "Na 121, var 136 i mars. Krea 74."),
      ("Bedömning", "Misstänkt läkemedelsutlöst hyponatremi, citalopram insatt för fem veckor sedan."),
      ("Åtgärd", "Citalopram sätts ut. Vätskerestriktion 1 liter, nytt natrium i morgon.")])],
  must=[("NL102", "n1")],
  why="'Misstänkt läkemedelsutlöst hyponatremi' in a visible Melior note.")

C("ortostatism-trol-orsak-fall", "skane", "1937-12-29", "258",
  [N("n1", "Melior", "Läkaranteckning", "YST_MED", "Sara Mattsson", "läkare", "2024-04-24T11:35", 30, "slutenvård", [
      ("Aktuellt", "Tredje fallet på en månad, blir yr när hon reser sig ur sängen."),
      ("Status", "BT liggande 152/84, efter tre minuter stående 118/70 med yrsel."),
      ("Bedömning", "Ortostatisk hypotension trol. orsak till fallen. Minskar doxazosin och ger råd om att resa sig i etapper.")])],
  must=[("NL102", "n1")],
  why="'Ortostatisk hypotension trol. orsak' — hedged diagnosis behind falls, visible Melior.")

C("ev-normaltryckshydrocefalus", "vgr", "1943-02-17", "691",
  [N("n1", "Melior", "Läkaranteckning", "NU_GER", "Ali Rahimi", "läkare", "2024-07-02T13:40", 25, "slutenvård", [
      ("Bedömning", "Bredspårig magnetisk gång, urininkontinens och psykomotorisk förlångsamning – ev. normaltryckshydrocefalus. DT visar vidgade ventriklar."),
      ("Planering", "Remiss till neurologen för tap-test.")])],
  must=[("NL102", "n1")],
  why="'ev. normaltryckshydrocefalus' in a visible Melior note.")

C("bilden-talar-for-delirium-multifaktoriellt", "skane", "1934-03-06", "823",
  [N("n1", "Melior", "Läkaranteckning", "SG_MALMO", "Fredrik Lund", "läkare", "2024-08-13T09:25", 35, "slutenvård", [
      ("Aktuellt", "Sedan inläggningen växlande vakenhet, plockig, svarar osammanhängande på frågor."),
      ("Bedömning", "Bilden talar för delirium, sannolikt multifaktoriellt med förstoppning, urinretention och antikolinerga läkemedel som bidragande."),
      ("Åtgärd", "KAD, laxering, sätter ut tolterodin och hydroxizin.")])],
  must=[("NL102", "n1")],
  why="'Bilden talar för delirium, sannolikt multifaktoriellt' — hedged delirium in visible Melior text.")

C("ssk-susp-erysipelas-underben", "vgr", "1936-11-12", "945",
  [N("n1", "Melior", "Omvårdnadsanteckning", "SAS_GER", "Ida Karlsson", "sjuksköterska", "2024-09-03T21:15", 20, "slutenvård", [
      ("Hud", "Höger underben rodnat från fotleden upp mot knät, varmt och svullet, temp 37,9. Rodnadens gräns markerad med penna."),
      ("Bedömning", "Susp. erysipleas. Läkare bedömer på morgonronden.")])],
  must=[("NL102", "n1")],
  why="Nurse's 'Susp.' with typo 'erysipleas' (erysipelas) in a visible Melior nursing note.")

C("svar-demens-appendicit-kan-inte-uteslutas", "skane", "1930-06-19", "372",
  [N("n1", "Melior", "Läkaranteckning", "SG_LUND", "Jonas Ekberg", "läkare", "2024-10-07T17:50", 25, "slutenvård", [
      ("Aktuellt", "Svår demens, kan inte själv beskriva besvären. Personalen har sett att hon grimaserar vid förflyttning och håller sig om magen, temp 38,2."),
      ("Bedömning", "Buken ömmar i höger fossa, appendicit kan inte uteslutas och divertikulit är möjlig. DT buk i kväll.")])],
  must=[("NL102", "n1")],
  why="'appendicit kan inte uteslutas' in a patient who cannot report symptoms, visible Melior.")

C("nytt-formaksflimmer-fragetecken", "vgr", "1941-01-25", "119",
  [N("n1", "Melior", "Daganteckning", "SU_GER", "Nils Eriksson", "läkare", "2024-02-20T10:05", 15, "slutenvård", [
      ("Bedömning", "Oregelbunden puls 110. Nytillkommet förmaksflimmer? EKG svårtolkat pga rörelseartefakter, telemetri över natten.")])],
  must=[("NL102", "n1")],
  why="'Nytillkommet förmaksflimmer?' with a question mark, visible Melior.")

C("mojlig-kotkompression-osteoporos-trolig", "skane", "1938-09-14", "457",
  [N("n1", "Melior", "Läkaranteckning", "LND_ORTO", "Malin Persson", "läkare", "2024-03-28T12:00", 40, "slutenvård", [
      ("Aktuellt", "Ländryggssmärta efter fall i hemmet i förrgår, går inte att mobilisera på grund av smärtan."),
      ("Bedömning", "Möjlig kotkompressionsfraktur L1 på slätröntgen, osteoporos trolig. DXA efter utskrivning.")])],
  must=[("NL102", "n1")],
  why="'Möjlig kotkompressionsfraktur' and 'osteoporos trolig' in a visible Melior note.")

C("misstanke-om-aspirationspneumoni-parkinson", "vgr", "1944-10-03", "628",
  [N("n1", "Melior", "Läkaranteckning", "KUN_MED", "Johan Berg", "läkare", "2024-11-05T14:30", None, "slutenvård", [
      ("Aktuellt", "Parkinsons sjukdom sedan tolv år. Sätter i halsen vid måltider, nu feber och rassel höger basalt."),
      ("Bedömning", "Misstanke om aspirationspneumoni. Piperacillin/tazobaktam, sväljbedömning av logoped innan peroral kost.")])],
  must=[("NL102", "n1")],
  why="'Misstanke om aspirationspneumoni' (positive, not negated) in visible Melior text. (unsigned draft)")

C("prerenal-njursvikt-dehydrering-fraga", "skane", "1932-08-01", "736",
  [N("n1", "Melior", "Läkaranteckning", "HBG_GER", "Anders Wikström", "läkare", "2024-07-16T10:45", 30, "slutenvård", [
      ("Lab", "Krea 142 (89 för en månad sedan), urea 18."),
      ("Bedömning", "Prerenal njursvikt pga dehydrering? Har druckit dåligt i värmen och tagit furosemid som vanligt."),
      ("Åtgärd", "Pausar furosemid och enalapril. Ringer-acetat 1 liter iv.")])],
  must=[("NL102", "n1")],
  why="Diagnosis ending in '?' in the Bedömning of a visible Melior note.")

C("epikris-misstankt-alzheimer-vc-utredning", "vgr", "1934-12-22", "850",
  [N("n1", "Melior", "Epikris", "SU_ORTO", "Elin Strand", "läkare", "2024-02-23T13:00", 90, "slutenvård", [
      ("Diagnoser", "Trokantär femurfraktur höger, opererad med märgspik. Postoperativt delirium, i regress. Misstänkt Alzheimers sjukdom, utredning föreslås via vårdcentralen."),
      ("Sammanfattning", "Inlagd efter fall i hemmet, opererad dagen efter ankomst. Postoperativt oklar och orolig i fyra dygn, därefter successivt klarare. Mobiliseras med gåbord.")])],
  must=[("NL102", "n1")],
  why="A hedged diagnosis in the diagnosis list of a visible Melior discharge summary.")

C("typo-trolgen-cdiff", "skane", "1937-05-10", "194",
  [N("n1", "Melior", "Läkaranteckning", "SG_MALMO", "Fredrik Lund", "läkare", "2024-09-24T08:40", 20, "slutenvård", [
      ("Aktuellt", "Tio lösa avföringar senaste dygnet. Avslutade klindamycin för en vecka sedan."),
      ("Bedömning", "Trolgen Clostridioides difficile-infektion. F-toxin skickat, enkelrum och kontaktsmitta.")])],
  must=[("NL102", "n1")],
  why="Typo 'Trolgen' (troligen) before a C. difficile infection, visible Melior.")

C("psykolog-mojlig-amnestisk-mci", "skane", "1949-07-07", "263",
  [N("n1", "Melior", "Psykologanteckning", "MINNE_MALMO", "Hanna Öberg", "psykolog", "2024-04-30T15:30", 180, "öppenvård", [
      ("Testresultat", "RBANS: nedsatt fördröjt minne (index 68), övriga index inom normalvariation. Trail Making B inom normalgräns."),
      ("Bedömning", "Testprofilen med isolerat nedsatt episodiskt minne och bevarade exekutiva funktioner är förenlig med möjlig amnestisk MCI.")])],
  must=[("NL102", "n1")],
  why="A psychologist's 'möjlig amnestisk MCI' after neuropsychological testing, visible Melior.")

C("troligen-vaskular-demens-mr-aterstar", "vgr", "1940-02-28", "547",
  [N("n1", "Melior", "Mottagningsanteckning", "SAS_MINNE", "Gustav Lindgren", "läkare", "2024-05-22T10:15", 60, "öppenvård", [
      ("Bedömning", "Troligen vaskulär demens med stegvis försämring efter två kliniska strokeepisoder. MR återstår innan diagnos sätts.")])],
  must=[("NL102", "n1")],
  why="'Troligen vaskulär demens' with MR still pending, visible Melior.")

C("asih-ssk-ev-hyperkalcemi-myelom", "vgr", "1946-09-09", "382",
  [N("n1", "Melior", "Hembesök", "FSS_ASIH", "Therese Nyberg", "sjuksköterska", "2024-06-25T11:20", 40, "avancerad sjukvård i hemmet", [
      ("Aktuellt", "Hembesök. Känt myelom. Ökad trötthet, förstoppning och förvirring sedan helgen enligt maken."),
      ("Bedömning", "Ev. hyperkalcemi. Tar Ca och albumin, svar till ASIH-läkaren i eftermiddag.")])],
  must=[("NL102", "n1")],
  why="An ASIH nurse's 'Ev. hyperkalcemi' in a home visit note in Melior.")

C("parkinson-kan-ej-uteslutas-vs-haloperidol", "vgr", "1939-04-14", "705",
  [N("n1", "Melior", "Läkaranteckning", "SAS_GER", "Karl Johansson", "läkare", "2024-08-06T14:50", 30, "slutenvård", [
      ("Status", "Vilotremor vänster hand, kugghjulsrigiditet vänster arm, hypomimi."),
      ("Bedömning", "Parkinsons sjukdom kan inte uteslutas, men läkemedelsinducerad parkinsonism av haloperidol är också tänkbar."),
      ("Planering", "Sätter ut haloperidol och utvärderar om fyra veckor.")])],
  must=[("NL102", "n1")],
  why="'kan inte uteslutas' / 'tänkbar' about Parkinson in a visible Melior note.")

C("kol-sannol-exacerbation", "skane", "1945-12-01", "936",
  [N("n1", "Melior", "Läkaranteckning", "LAND_MED", "Ingrid Falk", "läkare", "2024-01-30T10:30", 25, "slutenvård", [
      ("Bedömning", "Känd KOL GOLD 3. Nu ökad dyspné och purulenta upphostningar, sannol. exacerbation utlöst av virusinfektion."),
      ("Åtgärd", "Prednisolon 30 mg i fem dagar, inhalationer via nebulisator.")])],
  must=[("NL102", "n1")],
  why="Abbreviated 'sannol. exacerbation' on top of a known KOL, visible Melior.")

C("hypotyreos-fragetecken-kort", "vgr", "1948-06-16", "271",
  [N("n1", "Melior", "Läkaranteckning", "KUN_MED", "Amira Haddad", "läkare", "2024-10-15T09:10", 10, "slutenvård", [
      ("Bedömning", "Trötthet, frusenhet, viktuppgång. Hypotyreos? TSH och T4 skickat.")])],
  must=[("NL102", "n1")],
  why="One-line 'Hypotyreos?' in visible Melior text.")

C("sannolikt-b12-brist-kognition", "skane", "1942-11-18", "489",
  [N("n1", "Melior", "Läkaranteckning", "HLM_MINNE", "Olof Sandberg", "läkare", "2024-06-18T13:25", 40, "öppenvård", [
      ("Lab", "B12 118 pmol/l, folat och TSH normala."),
      ("Bedömning", "Sannolikt B12-brist som delförklaring till kognitiva besvär och parestesier i fötterna."),
      ("Åtgärd", "Cyanokobalamin 1 mg x 2 po, kontroll om tre månader.")])],
  must=[("NL102", "n1")],
  why="'Sannolikt B12-brist' during a memory work-up, visible Melior.")

C("urosepsis-kan-ej-uteslutas-kad", "vgr", "1933-03-31", "618",
  [N("n1", "Melior", "Läkaranteckning", "SU_GER", "Nils Eriksson", "läkare", "2024-12-02T22:40", 15, "slutenvård", [
      ("Bedömning", "KAD-bärare sedan ett år. Frossa, temp 39,1, BT 95/55. Urosepsis kan ej uteslutas, blododling x 2 och urinodling tagna."),
      ("Åtgärd", "Cefotaxim 1 g x 3 iv efter odlingar.")])],
  must=[("NL102", "n1")],
  why="'Urosepsis kan ej uteslutas' on call at night, visible Melior.")

C("saebo-afasi-ev-tia", "skane", "1936-02-11", "174",
  [N("n1", "Melior", "Läkaranteckning", "ANG_STROKE", "Tobias Ek", "läkare", "2024-03-19T12:15", 30, "slutenvård", [
      ("Aktuellt", "Enl. personal på SÄBO övergående talsvårigheter ca 20 min i morse, hittade inte orden. Nu helt återställd."),
      ("Bedömning", "Ev. TIA. Duplex halskärl, EKG och långtids-EKG för att leta förmaksflimmer.")])],
  must=[("NL102", "n1")],
  why="'Ev. TIA' after symptoms reported by nursing-home staff, visible Melior.")

C("trolig-alkoholrelaterad-kognitiv-storning", "vgr", "1952-09-26", "063",
  [N("n1", "Melior", "Läkaranteckning", "NU_GER", "Ali Rahimi", "läkare", "2024-04-10T15:00", 40, "slutenvård", [
      ("Bedömning", "Trolig alkoholrelaterad kognitiv störning; AUDIT 19 p och makrocytos. Tiamin iv i tre dagar.")])],
  must=[("NL102", "n1")],
  why="'Trolig alkoholrelaterad kognitiv störning' in visible Melior text.")

C("mojlig-depression-gds", "skane", "1939-01-05", "325",
  [N("n1", "Melior", "Läkaranteckning", "HBG_GER", "Camilla Roos", "läkare", "2024-05-14T14:05", 30, "slutenvård", [
      ("Aktuellt", "Ledsen och orolig kvällstid, äter sämre, säger att hon inte vill vara till besvär."),
      ("Bedömning", "Möjlig depression, GDS-15 9 poäng. Behandling diskuteras med pat vid nästa rond.")])],
  must=[("NL102", "n1")],
  why="'Möjlig depression' in an old patient, visible Melior.")

C("kliniskt-misstankt-herpes-zoster", "vgr", "1937-07-29", "442",
  [N("n1", "Melior", "Läkaranteckning", "KUN_MED", "Amira Haddad", "läkare", "2024-07-23T11:45", 20, "slutenvård", [
      ("Bedömning", "Brännande smärta och blåsor i ett bälte på höger thoraxhalva. Kliniskt misstänkt herpes zoster, valaciklovir insatt.")])],
  must=[("NL102", "n1")],
  why="'Kliniskt misstänkt herpes zoster' in visible Melior text.")

C("bensar-osteomyelit-fraga", "skane", "1941-10-21", "598",
  [N("n1", "Melior", "Läkaranteckning", "YST_MED", "Sara Mattsson", "läkare", "2024-11-12T10:20", 25, "slutenvård", [
      ("Bedömning", "Bensår vänster fotrygg sedan sex veckor, nu kontakt med ben vid sondering. Osteomyelit? MR fot beställd.")])],
  must=[("NL102", "n1")],
  why="'Osteomyelit?' in a visible Melior note.")

C("pall-trolig-progress-informerad", "vgr", "1947-05-02", "719",
  [N("n1", "Melior", "Läkaranteckning", "SKAS_PALL", "Helena Dahl", "läkare", "2024-09-10T13:30", 50, "slutenvård", [
      ("Bedömning", "Trolig tumörprogress med levermetastaser enligt ultraljud, inte bekräftat med DT."),
      ("Samtal", "Pat och maka informerade om att vi misstänker spridning till levern och att det påverkar prognosen. Pat önskar ingen fortsatt utredning.")])],
  must=[("NL102", "n1")], must_not=[("NL101", "n1")],
  why="Hedged liver metastases told to the patient: NL102 still fires on the visible hedge, NL101 does not.")

C("sannolik-bradykardi-donepezil", "skane", "1943-03-13", "287",
  [N("n1", "Melior", "Läkaranteckning", "MINNE_MALMO", "Per Nordström", "läkare", "2024-10-22T09:40", 20, "öppenvård", [
      ("Bedömning", "Puls 46 vid kontrollen. Sannolik läkemedelsbiverkan med bradykardi av donepezil; dosen halveras och EKG tas om två veckor.")])],
  must=[("NL102", "n1")],
  why="'Sannolik läkemedelsbiverkan' (adverse drug reaction) in visible Melior text.")

C("anemi-trol-jarnbrist-ev-gi-blodning", "vgr", "1938-02-06", "830",
  [N("n1", "Melior", "Läkaranteckning", "SAS_GER", "Karl Johansson", "läkare", "2024-03-05T11:10", 30, "slutenvård", [
      ("Lab", "Hb 88, MCV 72, ferritin 6."),
      ("Bedömning", "Anemi, trol. järnbrist, ev. ockult blödning från mag-tarmkanalen. F-Hb x 3 och remiss gastroskopi.")])],
  must=[("NL102", "n1")],
  why="Confirmed anaemia with 'ev. ockult blödning' as a hedged diagnosis, visible Melior.")

C("typo-susp-pnemoni", "vgr", "1935-08-24", "156",
  [N("n1", "Melior", "Läkaranteckning", "SU_GER", "Nils Eriksson", "läkare", "2024-11-19T15:35", 15, "slutenvård", [
      ("Bedömning", "Susp pnemoni höger basalt, CRP 180. Doxycyklin po då hon sväljer bra.")])],
  must=[("NL102", "n1")],
  why="Typo 'pnemoni' (pneumoni) after 'Susp', visible Melior.")

C("urinretention-misstankt-bph", "skane", "1934-11-30", "395",
  [N("n1", "Melior", "Läkaranteckning", "LAND_MED", "Ingrid Falk", "läkare", "2024-08-27T16:00", 20, "slutenvård", [
      ("Bedömning", "Akut urinretention, 1200 ml vid tappning. Misstänkt prostatahyperplasi som orsak, PSA tas efter fyra veckor."),
      ("Åtgärd", "KAD tills vidare, tamsulosin insatt.")])],
  must=[("NL102", "n1")],
  why="Confirmed retention with a hedged cause 'Misstänkt prostatahyperplasi', visible Melior.")

C("mobil-narsjukvard-gikt-vs-cellulit", "vgr", "1940-12-12", "524",
  [N("n1", "Melior", "Hembesök", "ALI_MNSV", "Petra Wallin", "läkare", "2024-06-07T13:50", 60, "mobil närsjukvård i hemmet", [
      ("Aktuellt", "Hembesök på uppdrag av kommunens sjuksköterska. Höger fotled svullen, röd och öm sedan igår."),
      ("Bedömning", "Gikt vs. cellulit; urat och CRP tas, colchicin provas i tre dagar.")])],
  must=[("NL102", "n1")],
  why="Differential written as 'X vs. Y' in a mobile team home-visit note in Melior.")

C("ssk-dysfagi-fragetecken-logopedremiss", "skane", "1931-04-04", "617",
  [N("n1", "Melior", "Omvårdnadsanteckning", "SG_MALMO", "Rebecka Åkesson", "sjuksköterska", "2024-02-14T18:25", 30, "slutenvård", [
      ("Nutrition", "Pat hostar vid måltider och vid intag av tunn vätska. Dysfagi? Remiss till logoped, förtjockad dryck tills vidare.")])],
  must=[("NL102", "n1")],
  why="Nurse's 'Dysfagi?' in a visible Melior nursing note.")

C("logoped-trolig-orofaryngeal-dysfagi", "vgr", "1936-06-23", "248",
  [N("n1", "Melior", "Logopedanteckning", "KUN_MED", "Sanna Hedlund", "logoped", "2024-11-07T10:00", 40, "slutenvård", [
      ("Sväljbedömning", "Fördröjd sväljreflex och hosta efter 10 ml vatten, klarar purékonsistens utan tecken på aspiration."),
      ("Bedömning", "Trolig orofaryngeal dysfagi; rekommenderar dryck enligt IDDSI nivå 2.")])],
  must=[("NL102", "n1")],
  why="A speech therapist's 'Trolig orofaryngeal dysfagi', visible Melior.")

C("ssk-misstankt-stroke-larm", "vgr", "1942-08-18", "903",
  [N("n1", "Melior", "Omvårdnadsanteckning", "NU_GER", "Jenny Olofsson", "sjuksköterska", "2024-01-27T14:20", 10, "slutenvård", [
      ("Aktuellt", "Sedan kl 14 plötsligt ökad förvirring, sluddrigt tal och hängande mungipa höger."),
      ("Bedömning", "Misstänkt stroke. Jourläkare tillkallad, strokelarm enligt rutin.")])],
  must=[("NL102", "n1")],
  why="A nurse's 'Misstänkt stroke' on the ward, visible Melior.")

C("at-trolig-neglekt-vanster", "skane", "1944-01-20", "372",
  [N("n1", "Melior", "Arbetsterapeutanteckning", "ANG_STROKE", "Malin Kjellberg", "arbetsterapeut", "2024-09-17T10:30", 45, "slutenvård", [
      ("ADL", "Vid frukostträning missar pat konsekvent föremål på vänster sida av brickan och rakar bara höger kind."),
      ("Bedömning", "Trolig neglekt vänster sida; rapporterat till ansvarig läkare, testas vidare med BIT.")])],
  must=[("NL102", "n1")],
  why="An OT's 'Trolig neglekt' after stroke, visible Melior.")

C("fysio-postop-dvt-fraga", "vgr", "1939-11-08", "165",
  [N("n1", "Melior", "Fysioterapeutanteckning", "SU_ORTO", "Oskar Lindahl", "fysioterapeut", "2024-04-18T09:15", 30, "slutenvård", [
      ("Mobilisering", "Dag 5 postop. Vadsmärta och svullnad höger underben, ömhet vid palpation av vaden."),
      ("Bedömning", "DVT? Meddelat ansvarig sjuksköterska, avvaktar mobilisering tills läkare bedömt.")])],
  must=[("NL102", "n1")],
  why="A physiotherapist's 'DVT?' postoperatively, visible Melior.")

C("utkast-trol-lakemedelsbiverkan-yrsel", "skane", "1940-05-15", "810",
  [N("n1", "Melior", "Läkaranteckning", "YST_MED", "Sara Mattsson", "läkare", "2024-12-09T15:10", None, "slutenvård", [
      ("Aktuellt", "Yrsel och ostadighet sedan pregabalin höjdes till 150 mg x 2."),
      ("Bedömning", "Trolig läkemedelsbiverkan av pregabalin, trappas ned till 75 mg x 2.")])],
  must=[("NL102", "n1")],
  why="Unsigned draft (pre-signing) with 'Trolig läkemedelsbiverkan' in a Melior note.")

C("utkast-ssk-misstankt-kateterinfektion", "vgr", "1937-10-30", "452",
  [N("n1", "Melior", "Omvårdnadsanteckning", "SKAS_GER", "Lovisa Berglund", "sjuksköterska", "2024-08-20T03:05", None, "slutenvård", [
      ("Omvårdnadsstatus", "Rodnad och varig sekretion vid PVK-instickstället i höger armveck, temp 38,1."),
      ("Bedömning", "Misstänkt tromboflebit/infektion kring PVK; infarten avlägsnad och spetsen skickad för odling.")])],
  must=[("NL102", "n1")],
  why="Unsigned nurse draft with 'Misstänkt tromboflebit/infektion', Melior.")
# =========================================================================== B
# NL102 near misses in Melior: confirmed, negated, non-diagnostic hedges,
# family history, dismissed past suspicion, risk assessments, prognosis.

C("minne-alzheimer-faststalld-meddelad", "vgr", "1946-03-08", "231",
  [N("n1", "Melior", "Mottagningsanteckning", "SU_MINNE", "Karin Holmgren", "läkare", "2024-05-29T10:00", 90, "öppenvård", [
      ("Diagnos", "Alzheimers sjukdom med sen debut (G30.1)."),
      ("Bedömning", "Diagnosen grundas på typisk anamnes, MR med hippocampusatrofi och likvorprofil med lågt beta-amyloid och förhöjt tau."),
      ("Information", "Diagnosen meddelad pat och dotter vid dagens besök, skriftlig information om sjukdomen och anhörigstöd lämnad.")])],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="Settled Alzheimer diagnosis given to patient and daughter: no hedge, no uncommunicated diagnosis.")

C("cam-negativ-inga-tecken-delirium", "skane", "1938-07-22", "604",
  [N("n1", "Melior", "Läkaranteckning", "SG_MALMO", "Fredrik Lund", "läkare", "2024-04-03T09:50", 20, "slutenvård", [
      ("Bedömning", "CAM negativ, pat orienterad till tid och rum och följer samtalet väl. Inga tecken på delirium.")])],
  must_not=[("NL102", "n1")],
  why="'Inga tecken på delirium' is negated and must not fire.")

C("ingen-misstanke-om-fraktur-efter-fall", "vgr", "1941-06-06", "177",
  [N("n1", "Melior", "Läkaranteckning", "KUN_MED", "Amira Haddad", "läkare", "2024-02-09T11:25", 15, "slutenvård", [
      ("Aktuellt", "Gled ur rullstolen i går kväll, landade på sätet."),
      ("Bedömning", "Ingen missanke om fraktur efter fallet; går obehindrat med rollator och har full rörlighet i höfterna.")])],
  must_not=[("NL102", "n1")],
  why="Typo 'missanke' in the negation 'Ingen missanke om fraktur'; still negated.")

C("lunginflammation-uteslutes", "skane", "1933-10-17", "289",
  [N("n1", "Melior", "Läkaranteckning", "HBG_GER", "Camilla Roos", "läkare", "2024-12-03T13:35", None, "slutenvård", [
      ("Bedömning", "Lunginflamation uteslutes, rtg pulm utan infiltrat och CRP 8. Hostan bedöms som efterdyning av förkylning.")])],
  must_not=[("NL102", "n1")],
  why="Typo 'Lunginflamation'; 'uteslutes' negates the diagnosis. (unsigned draft)")

C("trol-hem-till-helgen-bakenfraktur", "vgr", "1936-01-31", "356",
  [N("n1", "Melior", "Daganteckning", "SAS_GER", "Karl Johansson", "läkare", "2024-03-14T10:35", 20, "slutenvård", [
      ("Diagnos", "Bäckenfraktur (ramus pubis) vänster, konservativ behandling."),
      ("Planering", "Trol. hem till helgen om mobiliseringen fortsätter gå framåt; hemtjänsten utökas med kvällsbesök.")])],
  must_not=[("NL102", "n1")],
  why="'Trol.' hedges the discharge date, not a diagnosis; the fracture is confirmed.")

C("ev-korttidsplats-kurator", "skane", "1930-09-09", "412",
  [N("n1", "Melior", "Kuratorsanteckning", "YST_MED", "Annika Bergström", "kurator", "2024-05-06T14:40", 30, "slutenvård", [
      ("Samtal", "Samtal med pat och sonen om situationen efter utskrivning. Pat vill helst hem men är rädd för att falla igen."),
      ("Planering", "Ev. behov av korttidsplats efter utskrivning, biståndshandläggaren i Ystads kommun kontaktad.")])],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="'Ev.' about a short-term care place is not a diagnosis.")

C("hereditet-mor-troligen-demens", "vgr", "1955-04-12", "085",
  [N("n1", "Melior", "Mottagningsanteckning", "SU_MINNE", "Karin Holmgren", "läkare", "2024-06-12T09:20", 60, "öppenvård", [
      ("Hereditet", "Modern hade troligen demens, blev glömsk i 70-årsåldern och dog på ålderdomshem. En bror med möjlig Parkinsons sjukdom, ej utredd."),
      ("Bedömning", "Normal kognitiv testning, MoCA 28. Subjektiv kognitiv svikt utan objektivt stöd för kognitiv sjukdom.")])],
  must_not=[("NL102", "n1")],
  why="Hedged diagnoses of the mother and brother are family history, not the patient's.")

C("tidigare-misstankt-tia-avskrevs", "skane", "1944-12-19", "737",
  [N("n1", "Melior", "Läkaranteckning", "HLM_MINNE", "Olof Sandberg", "läkare", "2024-02-15T13:05", 35, "öppenvård", [
      ("Tidigare sjukdomar", "Hypertoni. Utreddes 2019 för misstänkt TIA, vilket avskrevs efter neurologbedömning. Gråstarrsoperation bilateralt."),
      ("Bedömning", "Lindrig kognitiv störning (MCI), stabil sedan förra året.")])],
  must_not=[("NL102", "n1")],
  why="A past suspicion that was explicitly dismissed ('avskrevs') is not a current hypothesis.")

C("norton-hog-risk-trycksar", "vgr", "1929-02-22", "463",
  [N("n1", "Melior", "Omvårdnadsanteckning", "NU_GER", "Jenny Olofsson", "sjuksköterska", "2024-07-09T20:10", 20, "slutenvård", [
      ("Hud", "Hög risk för trycksår enligt modifierad Norton (17 p). Hel hud över sacrum och hälar."),
      ("Åtgärd", "Tryckavlastande madrass och lägesändring var tredje timme, hälarna avlastas med kudde.")])],
  must_not=[("NL102", "n1")],
  why="A risk score ('Hög risk för trycksår') is prevention, not an uncertain diagnosis.")

C("dt-hjarna-utan-blodning", "skane", "1935-05-25", "520",
  [N("n1", "Melior", "Läkaranteckning", "SG_LUND", "Jonas Ekberg", "läkare", "2024-01-22T17:15", 20, "slutenvård", [
      ("Röntgen", "DT hjärna: Inga tecken på blödning eller färsk infarkt. Måttlig central och kortikal atrofi."),
      ("Bedömning", "Fallet utan skallskada. Fortsatt mobilisering.")])],
  must_not=[("NL102", "n1")],
  why="A normal CT reported with 'Inga tecken på blödning' must not fire.")

C("misstanker-horapparat-avslagen", "vgr", "1932-11-03", "698",
  [N("n1", "Melior", "Hembesök", "ALI_MNSV", "Mikaela Falk", "sjuksköterska", "2024-10-01T10:45", 25, "mobil närsjukvård i hemmet", [
      ("Aktuellt", "Uppföljande hembesök efter behandlad pneumoni, pat feberfri och äter bättre."),
      ("Observation", "Misstänker att hörapparaten inte är påslagen, pat hör dåligt under samtalet; dottern byter batteri.")])],
  must_not=[("NL102", "n1")],
  why="'Misstänker' about a hearing aid being switched off, not a diagnosis.")

C("ev-ny-mr-mci-faststalld", "skane", "1950-03-27", "146",
  [N("n1", "Melior", "Läkaranteckning", "MINNE_MALMO", "Lejla Hodžić", "läkare", "2024-09-05T11:00", 30, "öppenvård", [
      ("Bedömning", "Lindrig kognitiv störning (MCI), stabil testprofil jämfört med i fjol. Pat informerad och nöjd med planen."),
      ("Planering", "Ev. ny MR om sex månader beroende på förloppet.")])],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="'Ev.' hedges a planned MR, the MCI diagnosis itself is settled and told.")

C("kurator-osakert-om-maken-orkar", "vgr", "1938-06-14", "278",
  [N("n1", "Melior", "Kuratorsanteckning", "SAS_GER", "Emelie Strömberg", "kurator", "2024-04-25T15:20", 40, "slutenvård", [
      ("Samtal", "Osäkert om maken orkar vårda henne hemma; han är själv nyopererad i knät och sover dåligt."),
      ("Planering", "Samordnad individuell plan bokas med kommunen nästa vecka.")])],
  must_not=[("NL102", "n1")],
  why="Uncertainty about the husband's capacity as carer is not a diagnostic hedge.")

C("at-rollator-levererad-fragetecken", "skane", "1937-09-18", "830",
  [N("n1", "Melior", "Arbetsterapeutanteckning", "TRE_GER", "Ebba Lundgren", "arbetsterapeut", "2024-11-14T13:00", 20, "öppenvård", [
      ("Hjälpmedel", "Rollator levererad? Kontrollerar med hjälpmedelscentralen innan hemgång. Toalettförhöjning och duschpall finns sedan tidigare.")])],
  must_not=[("NL102", "n1")],
  why="A question mark about an aid delivery is not a diagnostic hedge.")

C("kand-vaskular-demens-kvallsoro", "vgr", "1934-04-04", "951",
  [N("n1", "Melior", "Läkaranteckning", "NU_GER", "Ali Rahimi", "läkare", "2024-08-29T10:55", 25, "slutenvård", [
      ("Bedömning", "Känd vaskulär demens sedan 2021. Nu ökad oro kvällstid utan somatisk förklaring, urinsticka och CRP utan anmärkning."),
      ("Åtgärd", "Bemötandeplan tas fram med personalen, BPSD-registrering.")])],
  must_not=[("NL102", "n1")],
  why="A known, established dementia diagnosis without hedge.")

C("delirium-i-regress", "skane", "1931-12-07", "384",
  [N("n1", "Melior", "Daganteckning", "SG_MALMO", "Fredrik Lund", "läkare", "2024-08-16T09:30", 15, "slutenvård", [
      ("Bedömning", "Delirium, nu i regress. Sover bättre nätterna och är orienterad till person och plats.")])],
  must_not=[("NL102", "n1")],
  why="Confirmed delirium improving; no hedge.")

C("at-sannolikt-hemtjanst-dusch", "vgr", "1939-10-25", "515",
  [N("n1", "Melior", "Arbetsterapeutanteckning", "KUN_MED", "Hampus Nyström", "arbetsterapeut", "2024-05-31T14:10", None, "slutenvård", [
      ("ADL", "Klarar på- och avklädning med viss tid, behöver hjälp med strumpor och vid dusch."),
      ("Bedömning", "Sannolikt kommer hon att behöva hemtjänst med dusch en gång i veckan.")])],
  must_not=[("NL102", "n1")],
  why="'Sannolikt' about a need for home help, not a diagnosis. (unsigned draft)")

C("inget-talar-for-stroke", "skane", "1946-02-02", "642",
  [N("n1", "Melior", "Läkaranteckning", "ANG_STROKE", "Tobias Ek", "läkare", "2024-06-20T16:05", 20, "slutenvård", [
      ("Bedömning", "Inget talar för stroke; neurologstatus utan anmärkning och yrseln gick över på sekunder vid huvudvridning.")])],
  must_not=[("NL102", "n1")],
  why="'Inget talar för stroke' negates the diagnosis.")

C("risk-for-postop-delirium-forebyggande", "vgr", "1930-07-11", "226",
  [N("n1", "Melior", "Omvårdnadsanteckning", "SU_ORTO", "Josefin Holm", "sjuksköterska", "2024-03-26T08:20", 25, "slutenvård", [
      ("Omvårdnadsplan", "Förhöjd risk för postoperativt delirium pga hög ålder och hörselnedsättning; förebyggande åtgärder enligt vårdprogram, glasögon och hörapparat på.")])],
  must_not=[("NL102", "n1")],
  why="'risk för postoperativt delirium' is a risk, not a suspected current diagnosis.")

C("pall-overlevnad-troligen-dagar", "skane", "1942-04-26", "175",
  [N("n1", "Melior", "Läkaranteckning", "KRS_PALL", "Maria Hansson", "läkare", "2024-10-29T12:40", 30, "slutenvård", [
      ("Diagnos", "Metastaserad pankreascancer, känd sedan i våras."),
      ("Bedömning", "Förväntad överlevnad troligen dagar till någon vecka. Pat och döttrarna vet att tiden är kort.")])],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="'troligen' about prognosis, not a diagnosis; known cancer that the family has been told.")

C("sonen-kommer-ev-torsdag", "vgr", "1933-05-19", "847",
  [N("n1", "Melior", "Omvårdnadsanteckning", "SKAS_GER", "Lovisa Berglund", "sjuksköterska", "2024-09-12T13:45", 15, "slutenvård", [
      ("Närstående", "Sonen ringde, kommer ev. på torsdag och vill då prata med läkare om planeringen.")])],
  must_not=[("NL102", "n1")],
  why="'ev.' about a relative's visit, not a diagnosis.")

C("fysio-mojligt-trana-forflyttning", "skane", "1935-03-03", "468",
  [N("n1", "Melior", "Fysioterapeutanteckning", "TRE_GER", "Lina Bengtsson", "fysioterapeut", "2024-07-25T10:25", 40, "öppenvård", [
      ("Funktionsstatus", "Stående balans med stöd i 30 sekunder, reser sig med armstöd."),
      ("Bedömning", "Möjligt att träna förflyttning säng–stol med stöd av en person.")])],
  must_not=[("NL102", "n1")],
  why="'Möjligt att träna' is about a training goal, not a diagnosis.")

C("collumfraktur-opererad-bekraftad", "vgr", "1934-08-15", "362",
  [N("n1", "Melior", "Daganteckning", "SU_ORTO", "Elin Strand", "läkare", "2024-03-13T09:05", 10, "slutenvård", [
      ("Bedömning", "Collumfraktur höger, opererad med hemiartroplastik 12/3. Såret fint, full belastning tillåten.")])],
  must_not=[("NL102", "n1")],
  why="A confirmed and operated fracture.")

C("misstanke-om-uvi-avskrivs", "skane", "1937-02-08", "053",
  [N("n1", "Melior", "Läkaranteckning", "LAND_MED", "Ingrid Falk", "läkare", "2024-04-16T11:15", 20, "slutenvård", [
      ("Bedömning", "Misstanken om UVI avskrivs, urinodlingen utan växt. Förvirringen bättre efter vätskebehandling.")])],
  must_not=[("NL102", "n1")],
  why="A suspicion that is explicitly dismissed ('avskrivs') must not fire.")

C("kand-parkinson-ev-dosjustering", "vgr", "1941-09-04", "719",
  [N("n1", "Melior", "Läkaranteckning", "SAS_GER", "Karl Johansson", "läkare", "2024-10-10T14:30", 25, "slutenvård", [
      ("Bedömning", "Känd Parkinsons sjukdom sedan 2016 med tilltagande end-of-dose-fenomen. Ev. dosjustering av levodopa efter kontakt med neurologmottagningen.")])],
  must_not=[("NL102", "n1")],
  why="The diagnosis is established; 'Ev.' hedges a dose change.")

C("typo-alzhiemer-kvarstar", "skane", "1936-11-27", "681",
  [N("n1", "Melior", "Läkaranteckning", "HLM_MINNE", "Olof Sandberg", "läkare", "2024-11-26T10:50", 30, "öppenvård", [
      ("Bedömning", "Demensdiagnosen (Alzhiemers sjukdom) kvarstår, progress till måttlig grad med MMSE 17. Fortsatt donepezil.")])],
  must_not=[("NL102", "n1")],
  why="Typo 'Alzhiemers'; a settled diagnosis with no hedge.")

C("fall-trol-snubblat-badrumsmatta", "skane", "1939-06-12", "327",
  [N("n1", "Melior", "Läkaranteckning", "YST_MED", "Erik Holm", "läkare", "2024-05-27T15:45", 20, "slutenvård", [
      ("Bedömning", "Fallet trol. orsakat av att hon snubblade på badrumsmattan; inga prodromer och ingen medvetandeförlust. Arbetsterapeut gör hembesök.")])],
  must_not=[("NL102", "n1")],
  why="'trol.' about the fall mechanism (a rug), not a diagnosis.")

C("lungemboli-utesluten-dt", "vgr", "1943-12-30", "874",
  [N("n1", "Melior", "Läkaranteckning", "KUN_MED", "Johan Berg", "läkare", "2024-12-05T12:20", 20, "slutenvård", [
      ("Bedömning", "Lungemboli utesluten med DT-angiografi. Andfåddheten förklaras av anemi och avtar efter transfusion.")])],
  must_not=[("NL102", "n1")],
  why="'utesluten' negates the diagnosis.")

C("misstankt-stold-smycken", "skane", "1928-10-13", "596",
  [N("n1", "Melior", "Omvårdnadsanteckning", "HBG_GER", "Therese Månsson", "sjuksköterska", "2024-06-27T19:30", 25, "slutenvård", [
      ("Övrigt", "Misstänkt stöld av pat:s ring från sängbordet, avvikelse skriven och avdelningschefen informerad. Dottern tar hem övriga smycken.")])],
  must_not=[("NL102", "n1")],
  why="'Misstänkt stöld' is a suspected event, not a diagnosis.")
# =========================================================================== C
# PMO (Skåne primary care, hemsjukvård, ASIH): diagnoses are never shown, so hedged
# diagnoses are must_not NL102. NL101 is not asserted on PMO.

C("pmo-hsv-susp-uvi-urinsticka", "skane", "1932-02-19", "745",
  [N("n1", "PMO", "Hembesök", "VC_HOOR_HSV", "Birgitta Nilsson", "distriktssköterska", "2024-03-07T10:30", 60, "hemsjukvård", [
      ("Aktuellt", "Hemtjänsten ringde i morse: pat mer förvirrad, kissar ofta och har ont när hon kissar."),
      ("Bedömning", "Susp. UVI. Urinsticka nitrit pos, leukocyter 3+. Ringer jourhavande läkare på VC för ordination.")])],
  must_not=[("NL102", "n1")],
  why="PMO home-care nurse's 'Susp. UVI': PMO never shows diagnoses.")

C("pmo-hembesok-trolig-pneumoni", "skane", "1929-08-13", "260",
  [N("n1", "PMO", "Hembesök", "VC_LIMHAMN", "Henrik Åström", "läkare", "2024-01-16T14:00", 45, "hemsjukvård", [
      ("Status", "AF 22, SpO2 92 %, dämpning och rassel vänster basalt. CRP 96."),
      ("Bedömning", "Trolig pneumoni. Startar fenoximetylpenicillin 1 g x 3, CRP-kontroll om tre dagar.")])],
  must_not=[("NL102", "n1")],
  why="'Trolig pneumoni' in a PMO home visit: not shown, must not fire.")

C("pmo-misstankt-demens-basal-utredning", "skane", "1943-05-05", "918",
  [N("n1", "PMO", "Besöksanteckning", "VC_TOMELILLA", "Sanna Lilja", "läkare", "2024-02-21T09:40", 40, "öppenvård", [
      ("Bedömning", "Misstänkt demens. MMSE-SR 21, klocktest patologiskt. Basal demensutredning påbörjad enligt regionalt vårdprogram."),
      ("Planering", "Blodprover och DT hjärna beställda, arbetsterapeut gör hembesök för ADL-bedömning.")])],
  must_not=[("NL102", "n1")],
  why="Dementia work-up start in primary care with 'Misstänkt demens' (PMO).")

C("pmo-typo-missankt-delirum", "skane", "1935-12-16", "437",
  [N("n1", "PMO", "Telefonanteckning", "VC_KAVLINGE_HSV", "Lena Thörn", "sjuksköterska", "2024-04-22T15:25", 30, "hemsjukvård", [
      ("Kontaktorsak", "Dottern ringer, mamma orolig och plockig sedan igår."),
      ("Bedömning", "Missänkt delirum efter byte av sömnmedel i fredags. Läkare kontaktad, zopiklon sätts ut.")])],
  must_not=[("NL102", "n1")],
  why="Typos 'Missänkt delirum' in a PMO telephone note; PMO is never shown.")

C("pmo-mojlig-depression-gds", "skane", "1940-10-28", "553",
  [N("n1", "PMO", "Besöksanteckning", "VC_OSBY", "Mats Ivarsson", "läkare", "2024-09-19T10:15", 30, "öppenvård", [
      ("Bedömning", "Möjlig depression, GDS 8 p. Sover dåligt sedan hustruns död. Erbjuder mirtazapin 15 mg till natten.")])],
  must_not=[("NL102", "n1")],
  why="'Möjlig depression' in a PMO note.")

C("pmo-asih-trol-opioidobstipation", "skane", "1948-01-09", "302",
  [N("n1", "PMO", "Hembesök", "ASIH_LUND", "Eva Rosén", "sjuksköterska", "2024-07-03T11:00", 35, "avancerad sjukvård i hemmet", [
      ("Elimination", "Ingen avföring på fem dagar, uppblåst och illamående. Oxikodon höjt i förra veckan."),
      ("Bedömning", "Trol. opioidorsakad obstipation. Klysma givet med resultat, Movicol 2 x 2 ordinerat av ASIH-läkare.")])],
  must_not=[("NL102", "n1")],
  why="ASIH nurse's 'Trol. opioidorsakad obstipation' in PMO.")

C("pmo-hsv-erysipelas-fragetecken", "skane", "1934-06-01", "671",
  [N("n1", "PMO", "Hembesök", "VC_HOOR_HSV", "Birgitta Nilsson", "distriktssköterska", "2024-08-08T09:20", 20, "hemsjukvård", [
      ("Bedömning", "Erysipelas? Rodnad och värme vänster vad sedan i går. Ringer VC-läkaren som kommer i eftermiddag.")])],
  must_not=[("NL102", "n1")],
  why="'Erysipelas?' with a question mark in PMO.")

C("pmo-fysio-misstankt-bppv", "skane", "1945-09-21", "549",
  [N("n1", "PMO", "Besöksanteckning", "REHAB_ESLOV", "David Svensson", "fysioterapeut", "2024-10-08T13:30", None, "öppenvård", [
      ("Undersökning", "Yrsel vid vändning i sängen. Dix-Hallpike positiv höger med torsionell nystagmus."),
      ("Bedömning", "Misstänkt BPPV bakre båggången höger; Epleys manöver utförd, hemövningar instruerade.")])],
  must_not=[("NL102", "n1")],
  why="A physiotherapist's 'Misstänkt BPPV' in PMO. (unsigned draft)")

C("pmo-dd-hjartsvikt-amlodipin", "skane", "1938-04-30", "164",
  [N("n1", "PMO", "Besöksanteckning", "VC_LIMHAMN", "Henrik Åström", "läkare", "2024-05-16T11:45", 25, "öppenvård", [
      ("Bedömning", "Bensvullnad sedan amlodipin sattes in. DD hjärtsvikt, NT-proBNP skickat innan amlodipin byts.")])],
  must_not=[("NL102", "n1")],
  why="'DD hjärtsvikt' in PMO.")

C("pmo-misstankt-cancer-ej-informerad", "skane", "1941-03-24", "826",
  [N("n1", "PMO", "Besöksanteckning", "VC_TOMELILLA", "Sanna Lilja", "läkare", "2024-06-05T16:10", 30, "öppenvård", [
      ("Bedömning", "Misstänkt ventrikelcancer efter gastroskopin, PAD väntas nästa vecka. Pat ännu ej informerad om misstanken, dottern vill vara med vid beskedet.")])],
  must_not=[("NL102", "n1")],
  why="PMO note: hedged cancer is not shown (NL102 silent); NL101 not asserted on PMO.")

C("pmo-hsv-sannolikt-dehydrerad", "skane", "1927-11-11", "355",
  [N("n1", "PMO", "Hembesök", "VC_KAVLINGE_HSV", "Lena Thörn", "sjuksköterska", "2024-07-30T13:15", 25, "hemsjukvård", [
      ("Aktuellt", "Värmebölja. Torra slemhinnor, mörk urin, trött och yr vid uppresning."),
      ("Bedömning", "Sanolikt dehydrerad. Vätskelista, hemtjänsten påminner om dryck varje besök, läkare informerad.")])],
  must_not=[("NL102", "n1")],
  why="Typo 'Sanolikt dehydrerad' in a PMO home-care note; PMO never shows diagnoses.")

C("pmo-utkast-ev-polymyalgi", "skane", "1947-02-14", "083",
  [N("n1", "PMO", "Besöksanteckning", "VC_SIMRISHAMN", "Jakob Engström", "läkare", "2024-11-21T10:05", None, "öppenvård", [
      ("Aktuellt", "Stelhet och värk i skuldror och höfter, värst på morgonen, SR 62."),
      ("Bedömning", "Ev. polymyalgia reumatika; prednisolon 15 mg provas med kontroll om en vecka.")])],
  must_not=[("NL102", "n1")],
  why="Unsigned PMO draft with 'Ev. polymyalgia reumatika' — PMO never shows diagnoses.")
# =========================================================================== D
# Tidiga hypoteser: Skåne protects by template, VGR by sökord.

C("th-skane-misstankt-ftd-dold", "skane", "1953-08-19", "348",
  [N("n1", "Melior", "Tidiga hypoteser", "MINNE_MALMO", "Lejla Hodžić", "läkare", "2024-03-06T16:20", 30, "öppenvård", [
      ("Bedömning", "Misstänkt frontotemporal demens utifrån personlighetsförändring, hämningslöshet och ändrade matvanor enligt hustrun. Avvaktar neuropsykologisk utredning innan detta tas upp med pat, som i dag inte upplever några problem.")])],
  must_not=[("NL102", "n1"), ("NL104", "n1"), ("NL101", "n1")],
  why="A hypothesis not yet told, correctly placed in the Skåne template Tidiga hypoteser.")

C("th-vgr-sokord-alkohol-dold-ovrigt-neutralt", "vgr", "1949-01-28", "592",
  [N("n1", "Melior", "Läkaranteckning", "NU_GER", "Ali Rahimi", "läkare", "2024-05-02T11:40", 35, "slutenvård", [
      ("Aktuellt", "Inlagd efter tre fall på två veckor. Bor ensam, hemtjänst för inköp."),
      ("Bedömning", "Fallen bedöms multifaktoriella: nedsatt syn, sömnmedel och svag muskulatur. Fysioterapeut och arbetsterapeut kopplas in."),
      ("Tidiga hypoteser", "Möjligt alkoholberoende som bidragande orsak till fallen; grannen har sett många tomflaskor och GT är förhöjt. Behöver verifieras innan det tas upp med pat.")])],
  must_not=[("NL102", "n1"), ("NL104", "n1")],
  why="VGR: the hedge sits only under sökord Tidiga hypoteser; the visible sections carry no hedge.")

C("th-vgr-hypotes-upprepad-i-bedomning", "vgr", "1944-02-09", "473",
  [N("n1", "Melior", "Läkaranteckning", "SAS_GER", "Karl Johansson", "läkare", "2024-06-14T10:50", 30, "slutenvård", [
      ("Tidiga hypoteser", "Misstänkt Lewy body-demens: fluktuationer, synhallucinationer och parkinsonism efter låg dos risperidon."),
      ("Bedömning", "Fluktuerande vakenhet och synhallucinationer, misstänkt Lewy body-demens. Risperidon sätts ut.")])],
  must=[("NL102", "n1")], must_not=[("NL104", "n1")],
  why="VGR: the hypothesis is in Tidiga hypoteser but also repeated in the visible Bedömning.")

C("th-skane-ingen-hypotes-hemtjanst", "skane", "1931-07-04", "716",
  [N("n1", "Melior", "Tidiga hypoteser", "SG_LUND", "Jonas Ekberg", "läkare", "2024-02-28T13:20", None, "slutenvård", [
      ("Social anamnes", "Hemtjänst tre gånger dagligen, trygghetslarm finns. Dottern sköter ekonomin och har fullmakt.")])],
  must=[("NL104", "n1")],
  why="A Tidiga hypoteser entry holding only social facts, no diagnostic hypothesis. (unsigned draft)")

C("th-vgr-faststalld-och-meddelad-alzheimer", "vgr", "1942-12-14", "635",
  [N("n1", "Melior", "Mottagningsanteckning", "SAS_MINNE", "Gustav Lindgren", "läkare", "2024-04-11T14:00", 45, "öppenvård", [
      ("Bedömning", "Utredningen avslutad, se utlåtande från neuropsykolog."),
      ("Tidiga hypoteser", "Alzheimers sjukdom fastställd efter MR och likvoranalys. Pat och make informerade om diagnosen vid dagens besök.")])],
  must=[("NL104", "n1")],
  why="VGR: a settled diagnosis already told to the patient is kept under Tidiga hypoteser.")

C("th-skane-aterbesok-endast", "skane", "1946-05-13", "197",
  [N("n1", "Melior", "Tidiga hypoteser", "HLM_MINNE", "Olof Sandberg", "läkare", "2024-09-26T15:35", 10, "öppenvård", [
      ("Planering", "Återbesök till minnesmottagningen om sex månader, kallelse skickas per brev.")])],
  must=[("NL104", "n1")],
  why="A Tidiga hypoteser entry used for a booking, no hypothesis at all.")

C("th-pmo-trol-begynnande-demens", "skane", "1945-10-06", "822",
  [N("n1", "PMO", "Tidiga hypoteser", "VC_OSBY", "Mats Ivarsson", "läkare", "2024-03-27T12:30", 25, "öppenvård", [
      ("Bedömning", "Trol. begynnande demens; hon är mycket rädd för sjukdomen efter makens långa demensförlopp och vill inte utredas just nu. Tas upp igen vid nästa besök.")])],
  must_not=[("NL102", "n1"), ("NL104", "n1")],
  why="A hypothesis held back in the PMO template Tidiga hypoteser.")

C("th-vgr-ev-pankreascancer-ej-informerad", "vgr", "1947-07-21", "406",
  [N("n1", "Melior", "Läkaranteckning", "KUN_MED", "Amira Haddad", "läkare", "2024-10-17T16:45", None, "slutenvård", [
      ("Aktuellt", "Viktnedgång och ikterus. DT buk genomförd i dag."),
      ("Tidiga hypoteser", "Ev. pankreascancer, DT visar en oklar förändring i pankreashuvudet. Pat och dotter ännu inte informerade om misstanken, besked efter multidisciplinär konferens."),
      ("Planering", "Svar på DT gås igenom med pat efter konferensen på tisdag.")])],
  must_not=[("NL101", "n1"), ("NL102", "n1"), ("NL104", "n1")],
  why="VGR: hedged cancer not yet told, written only under sökord Tidiga hypoteser. (unsigned draft)")

C("th-skane-typo-misstakt-lewy", "skane", "1941-04-17", "239",
  [N("n1", "Melior", "Tidiga hypoteser", "MINNE_MALMO", "Per Nordström", "läkare", "2024-07-11T13:55", 30, "öppenvård", [
      ("Bedömning", "Misstäkt lewy body demens, hallucinationer och kraftiga fluktuationer enligt maken. Tas upp med pat efter DaTSCAN.")])],
  must_not=[("NL104", "n1"), ("NL102", "n1")],
  why="Typo 'Misstäkt' in a proper hypothesis inside the Skåne template Tidiga hypoteser.")

C("th-skane-flernotat-sedan-meddelad", "skane", "1948-09-30", "514",
  [N("n1", "Melior", "Tidiga hypoteser", "MINNE_MALMO", "Lejla Hodžić", "läkare", "2024-01-24T14:15", 20, "öppenvård", [
      ("Bedömning", "Trolig Alzheimers sjukdom. Pat har svårt med insikt och vill avvakta besked tills likvorsvaret finns.")]),
   N("n2", "Melior", "Läkaranteckning", "MINNE_MALMO", "Lejla Hodžić", "läkare", "2024-03-05T10:30", 30, "öppenvård", [
      ("Bedömning", "Likvor med typisk Alzheimerprofil. Diagnos: Alzheimers sjukdom."),
      ("Information", "Diagnosen meddelad pat och sonen i dag; pat tar det lugnt och vill börja med donepezil.")])],
  must_not=[("NL104", "n1"), ("NL102", "n2"), ("NL101", "n2")],
  why="Record: hypothesis in Tidiga hypoteser (n1), later settled and told in a visible note (n2).")

C("th-vgr-dotterns-onskemal-ingen-hypotes", "vgr", "1930-03-12", "658",
  [N("n1", "Melior", "Omvårdnadsanteckning", "SKAS_GER", "Lovisa Berglund", "sjuksköterska", "2024-08-22T15:10", 20, "slutenvård", [
      ("Omvårdnadsstatus", "Äter självständigt, behöver hjälp av en person vid förflyttning."),
      ("Tidiga hypoteser", "Dottern önskar att pat får plats på särskilt boende och vill delta i vårdplaneringen.")])],
  must=[("NL104", "n1")],
  why="VGR: a relative's wish, no diagnostic hypothesis, under sökord Tidiga hypoteser.")

C("th-skane-vaskular-demens-meddelad", "skane", "1938-10-02", "460",
  [N("n1", "Melior", "Tidiga hypoteser", "HBG_GER", "Camilla Roos", "läkare", "2024-05-23T11:05", 30, "slutenvård", [
      ("Bedömning", "Diagnos: Vaskulär demens, fastställd efter MR och neuropsykologisk testning. Informerat pat och sonen om diagnosen i dag.")])],
  must=[("NL104", "n1")],
  why="A settled and communicated diagnosis kept in the Skåne template Tidiga hypoteser.")

C("th-skane-metastaser-ej-informerad-dold", "skane", "1950-06-08", "771",
  [N("n1", "Melior", "Tidiga hypoteser", "KRS_PALL", "Maria Hansson", "läkare", "2024-09-03T17:00", 25, "slutenvård", [
      ("Bedömning", "DT visar levermetastaser, primärtumör oklar. Pat ännu ej informerad, beskedet ges vid samtal med pat och make på torsdag.")])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="Uncommunicated diagnosis hidden in Tidiga hypoteser is not visible, so no NL101.")

C("th-skane-hanvisning-endast", "skane", "1935-01-19", "393",
  [N("n1", "Melior", "Tidiga hypoteser", "SG_MALMO", "Fredrik Lund", "läkare", "2024-04-09T08:55", 5, "slutenvård", [
      ("Bedömning", "Se daganteckning 3/4.")])],
  must=[("NL104", "n1")],
  why="A Tidiga hypoteser entry that only refers to another note — no hypothesis.")

C("th-vgr-normalt-mr-ingen-hypotes", "vgr", "1951-11-15", "247",
  [N("n1", "Melior", "Mottagningsanteckning", "SU_MINNE", "Karin Holmgren", "läkare", "2024-11-28T09:45", 25, "öppenvård", [
      ("Bedömning", "Kognitiv testning inom normalgräns."),
      ("Tidiga hypoteser", "MR hjärna utan anmärkning, normala blodprover.")])],
  must=[("NL104", "n1")],
  why="VGR: normal results, no hypothesis, under sökord Tidiga hypoteser.")

C("th-vgr-sokord-ev-depression-suicidtankar", "vgr", "1944-06-03", "816",
  [N("n1", "Melior", "Mottagningsanteckning", "SU_PSYGER", "Linnea Westberg", "läkare", "2024-02-01T13:30", 40, "öppenvård", [
      ("Aktuellt", "Remitterad från vårdcentralen för minnesbesvär och sömnstörning."),
      ("Status", "Orienterad, något långsam i tanken, affekt dämpad."),
      ("Tidiga hypoteser", "Ev. depression med kognitiv påverkan; hustrun berättar om uttalade dödstankar som pat inte själv vill tala om. Utreds vidare innan det tas upp med pat.")])],
  must_not=[("NL102", "n1"), ("NL104", "n1")],
  why="VGR geriatric psychiatry: hedged depression only under sökord Tidiga hypoteser.")
# =========================================================================== E
# NL101: a diagnosis in a visible section while the text says the patient is not
# (yet) told; and near misses: relative / god man not told, patient told but forgets,
# not told about something that is not a diagnosis.

C("nl101-alzheimer-dottern-vill-narvara", "vgr", "1939-05-06", "428",
  [N("n1", "Melior", "Mottagningsanteckning", "SU_MINNE", "Karin Holmgren", "läkare", "2024-03-20T11:10", 40, "öppenvård", [
      ("Bedömning", "Alzheimers sjukdom, måttlig grad, MMSE 18. Pat ej informerad om diagnosen ännu; dottern önskar närvara vid beskedet som ges på återbesöket.")])],
  must=[("NL101", "n1")], must_not=[("NL102", "n1")],
  why="Settled Alzheimer diagnosis visible while the patient is explicitly not yet told.")

C("nl101-skelettmetastaser-maken-vill-vanta", "skane", "1946-12-23", "563",
  [N("n1", "Melior", "Läkaranteckning", "KRS_PALL", "Maria Hansson", "läkare", "2024-02-13T15:50", 35, "slutenvård", [
      ("Röntgen", "Skelettscintigrafi visar utbredda skelettmetastaser i bäcken och ländrygg."),
      ("Bedömning", "Skelettmetastaserad bröstcancer. Pat ännu inte informerad, maken önskar att beskedet väntar tills barnen är på plats.")])],
  must=[("NL101", "n1")],
  why="Visible metastatic cancer diagnosis while the patient has not been told.")

C("nl101-lungcancer-besked-av-onkolog", "vgr", "1944-03-15", "251",
  [N("n1", "Melior", "Läkaranteckning", "KUN_MED", "Johan Berg", "läkare", "2024-05-09T14:25", 30, "slutenvård", [
      ("Diagnos", "Icke-småcellig lungcancer höger överlob, PAD adenokarcinom."),
      ("Information", "Beskedet ges till pat av onkologen på fredag, ej meddelat ännu.")])],
  must=[("NL101", "n1")],
  why="Confirmed lung cancer in a visible note with 'ej meddelat ännu'.")

C("nl101-vaskular-demens-vanta-pa-sonen", "skane", "1937-08-09", "674",
  [N("n1", "Melior", "Läkaranteckning", "HBG_GER", "Camilla Roos", "läkare", "2024-06-19T10:20", None, "slutenvård", [
      ("Bedömning", "Vaskulär demens. Diagnosen ska inte tas upp med pat förrän sonen kommit hem från utlandsresan i nästa vecka.")])],
  must=[("NL101", "n1")],
  why="'ska inte tas upp med pat förrän…' — a visible diagnosis the patient must not be told yet. (unsigned draft)")

C("nl101-ssk-melanom-lakare-informerar-imorgon", "vgr", "1941-10-07", "185",
  [N("n1", "Melior", "Omvårdnadsanteckning", "SKAS_GER", "Lovisa Berglund", "sjuksköterska", "2024-07-18T19:40", 20, "slutenvård", [
      ("Närstående", "Dottern ringde och frågade om provsvaret från hudläkaren."),
      ("Information", "Pat vet ännu inte om att biopsin visade malignt melanom – ansvarig läkare informerar henne i morgon förmiddag. Dottern hänvisad till samma samtal.")])],
  must=[("NL101", "n1")],
  why="A nurse writes a confirmed melanoma in a visible note before the patient is told.")

C("nl101-typo-ej-infomerad-pankreascancer", "skane", "1943-01-26", "367",
  [N("n1", "Melior", "Läkaranteckning", "LAND_MED", "Ingrid Falk", "läkare", "2024-10-24T16:15", 30, "slutenvård", [
      ("Bedömning", "PAD från EUS-biopsi: adenokarcinom, pankreascancer. Pat ej infomerad om diagnosen, samtal bokat med kontaktsjuksköterska på måndag.")])],
  must=[("NL101", "n1")],
  why="Typo 'infomerad'; visible pancreatic cancer diagnosis not yet told to the patient.")

C("nl101-utkast-parkinson-ej-meddelat", "vgr", "1948-04-22", "509",
  [N("n1", "Melior", "Läkaranteckning", "SAS_GER", "Karl Johansson", "läkare", "2024-08-30T13:05", None, "slutenvård", [
      ("Bedömning", "Parkinsons sjukdom, DaTSCAN med typiskt reducerat upptag. Ej meddelat pat, tas vid ronden i morgon.")])],
  must=[("NL101", "n1")],
  why="Unsigned draft: confirmed Parkinson written in the visible Bedömning, not yet told.")

C("nl101-ftd-kan-ej-ta-till-sig-maken-informerad", "vgr", "1954-09-13", "632",
  [N("n1", "Melior", "Mottagningsanteckning", "SU_MINNE", "Hussein Karimi", "läkare", "2024-09-11T10:00", 60, "öppenvård", [
      ("Bedömning", "Frontotemporal demens, beteendevariant, enligt konsensuskriterier."),
      ("Information", "Pat har inte informerats om diagnosen då hon i nuläget inte bedöms kunna ta till sig informationen; maken informerad i enskilt samtal.")])],
  must=[("NL101", "n1")],
  why="Visible diagnosis while the text states the patient has not been told (only the husband).")

C("nl101-flernotat-sedan-informerad", "skane", "1940-11-04", "218",
  [N("n1", "Melior", "Läkaranteckning", "YST_MED", "Erik Holm", "läkare", "2024-04-29T15:30", 30, "slutenvård", [
      ("Bedömning", "Koloncancer i sigmoideum enligt koloskopi och PAD. Pat ej informerad ännu, väntar på att dottern ska kunna delta.")]),
   N("n2", "Melior", "Läkaranteckning", "YST_MED", "Erik Holm", "läkare", "2024-05-02T11:00", 30, "slutenvård", [
      ("Information", "Brytpunktsnära samtal med pat och dottern: informerat om koloncancern och att kirurgi diskuteras på tumörkonferens.")])],
  must=[("NL101", "n1")], must_not=[("NL101", "n2")],
  why="Record: n1 says not told (fires), n2 documents that the patient was told (silent).")

C("nl101-narmiss-sonen-ej-informerad", "skane", "1936-03-29", "744",
  [N("n1", "Melior", "Läkaranteckning", "MINNE_MALMO", "Per Nordström", "läkare", "2024-02-07T09:35", 30, "öppenvård", [
      ("Bedömning", "Alzheimers sjukdom, lindrig grad. Pat informerad om diagnosen och tar det sansat."),
      ("Närstående", "Sonen ej informerad, pat vill berätta själv vid helgbesöket.")])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="The patient was told; only the son was not — no NL101.")

C("nl101-narmiss-god-man-ej-underrattad", "vgr", "1934-07-31", "577",
  [N("n1", "Melior", "Läkaranteckning", "NU_GER", "Ali Rahimi", "läkare", "2024-01-11T13:40", None, "slutenvård", [
      ("Bedömning", "Pneumoni vänster underlob, svarar på bensylpenicillin. Pat informerad om diagnosen och behandlingen."),
      ("Närstående", "God man ej underrättad om inläggningen, kurator kontaktar god man i morgon angående räkningar.")])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="The god man (legal representative for finances) was not told, the patient was. (unsigned draft)")

C("nl101-narmiss-ej-informerad-om-hemgang", "skane", "1932-09-25", "481",
  [N("n1", "Melior", "Daganteckning", "LND_ORTO", "Malin Persson", "läkare", "2024-03-22T10:45", 15, "slutenvård", [
      ("Bedömning", "Höftfraktur vänster, opererad med hemiprotes, sårläkning utan anmärkning."),
      ("Planering", "Pat ej informerad om att hemgången skjuts upp till måndag, tas vid eftermiddagsronden.")])],
  must_not=[("NL101", "n1")],
  why="'ej informerad' about a postponed discharge, not about the diagnosis.")

C("nl101-narmiss-informerad-men-glommer", "vgr", "1933-12-18", "694",
  [N("n1", "Melior", "Läkaranteckning", "SAS_MINNE", "Gustav Lindgren", "läkare", "2024-06-26T14:45", 40, "öppenvård", [
      ("Bedömning", "Vaskulär demens, medelsvår grad."),
      ("Information", "Informerat pat om diagnosen; hon har svårt att ta in informationen och frågar upprepade gånger vad som sagts. Dottern närvarande och får skriftlig sammanfattning.")])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="The patient was told even though she cannot retain it — not an uncommunicated diagnosis.")

C("nl101-narmiss-provsvar-ej-inkommit", "skane", "1945-02-12", "236",
  [N("n1", "Melior", "Telefonanteckning", "HLM_MINNE", "Anneli Borg", "sjuksköterska", "2024-08-15T09:10", 10, "öppenvård", [
      ("Kontaktorsak", "Pat ringer och undrar över proverna från förra veckan."),
      ("Åtgärd", "Pat ej informerad om provsvaren då de inte har inkommit ännu, ringer upp på fredag.")])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="Not informed about results that are not back yet — no diagnosis in the note.")

C("nl101-pall-vill-inte-veta-prognos-men-informerad", "skane", "1939-09-06", "852",
  [N("n1", "Melior", "Läkaranteckning", "KRS_PALL", "Johanna Kvist", "läkare", "2024-11-06T14:20", 35, "slutenvård", [
      ("Bedömning", "Metastaserad prostatacancer med progress trots behandling."),
      ("Samtal", "Pat är informerad om diagnosen och vet att sjukdomen inte går att bota. Han vill inte veta detaljer om förväntad tid, vilket respekteras.")])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="The patient declines prognosis details but has been told the diagnosis.")

C("nl101-tolk-bokas-ej-informerad", "vgr", "1947-06-11", "391",
  [N("n1", "Melior", "Läkaranteckning", "KUN_MED", "Amira Haddad", "läkare", "2024-04-23T12:35", 30, "slutenvård", [
      ("Bedömning", "Hjärtsvkit med nedsatt ejektionsfraktion (EF 30 %) enligt ekokardiografi."),
      ("Information", "Pat ej informerad om diagnosen pga språksvårigheter, arabisktalande tolk bokad till i morgon kl 10.")])],
  must=[("NL101", "n1")],
  why="Typo 'Hjärtsvkit'; visible heart failure diagnosis, patient not told yet (interpreter not available).")

C("nl101-nydiagnos-alzheimer-under-delirium", "skane", "1935-10-20", "429",
  [N("n1", "Melior", "Läkaranteckning", "SG_MALMO", "Fredrik Lund", "läkare", "2024-07-08T10:15", 30, "slutenvård", [
      ("Bedömning", "Alzheimers sjukdom enligt likvor och MR från utredningen i våras, svaren har kommit under vårdtiden."),
      ("Information", "Pat informeras om diagnosen när deliriet klingat av; i nuläget är hon inte informerad.")])],
  must=[("NL101", "n1")],
  why="Diagnosis visible while the patient, delirious now, has not been informed.")

C("nl101-narmiss-pat-och-god-man-informerade", "vgr", "1938-01-16", "745",
  [N("n1", "Melior", "Mottagningsanteckning", "SU_MINNE", "Hussein Karimi", "läkare", "2024-12-04T10:40", 30, "öppenvård", [
      ("Bedömning", "Lindrig Alzheimers sjukdom."),
      ("Information", "Information om diagnosen given till pat och till god man, som var med på pats begäran.")])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="Patient and god man both informed.")

C("nl101-familjen-vill-att-han-inte-far-veta", "skane", "1943-05-28", "806",
  [N("n1", "Melior", "Läkaranteckning", "YST_MED", "Erik Holm", "läkare", "2024-12-10T15:55", 40, "slutenvård", [
      ("Bedömning", "Hepatocellulär cancer, multifokal, ej kurativt behandlingsbar."),
      ("Närstående", "Familjen har bett att han inte ska få veta något om cancern förrän efter helgen; pat är själv ovetande om diagnosen.")])],
  must=[("NL101", "n1")],
  why="The family asks that the patient is not told; visible cancer diagnosis.")
# =========================================================================== F
# NL2 in elder care: violence by spouse/children, third-person information,
# a grandchild the patient has custody of, single-blind trials, sökord not filtered in Skåne.

C("vinr-maken-slagit-henne-synlig", "skane", "1940-04-23", "452",
  [N("n1", "Melior", "Läkaranteckning", "SG_LUND", "Jonas Ekberg", "läkare", "2024-03-11T14:10", None, "slutenvård", [
      ("Anamnes", "Pat berättar i enrum att maken slagit henne upprepade gånger det senaste året, senast i söndags när hon inte hittade nycklarna."),
      ("Status", "Gulgröna hematom på vänster överarm och höft.")])],
  must=[("NL201", "n1")],
  why="Violence by the husband documented in a visible Melior note (Skåne). (unsigned draft)")

C("vinr-mall-skane-maken-slagit", "skane", "1942-08-30", "317",
  [N("n1", "Melior", "Våld i nära relationer", "SG_LUND", "Jonas Ekberg", "läkare", "2024-03-11T15:00", 30, "slutenvård", [
      ("Anamnes", "Berättar att maken sedan han blev sjuk slår och nyper henne när hon hjälper honom, senast i förra veckan. Hon vill inte polisanmäla."),
      ("Åtgärd", "Kurator kontaktad, information om kvinnojour och kommunens äldrestöd lämnad.")])],
  must_not=[("NL201", "n1"), ("NL206", "n1")],
  why="Violence documented in the Skåne template Våld i nära relationer is hidden.")

C("vinr-sonen-knuffat-och-tagit-pengar", "vgr", "1935-11-19", "604",
  [N("n1", "Melior", "Läkaranteckning", "SU_GER", "Nils Eriksson", "läkare", "2024-05-15T11:30", 35, "slutenvård", [
      ("Aktuellt", "Sonen, som bor hos pat sedan i vintras, har enligt pat knuffat omkull henne i hallen och tar hennes pension."),
      ("Bedömning", "Kontusion höger höft, rtg utan fraktur.")])],
  must=[("NL201", "n1")],
  why="Physical and financial abuse by the son in a visible VGR section.")

C("vinr-vgr-sokord-sonen-knuffat", "vgr", "1937-02-26", "738",
  [N("n1", "Melior", "Läkaranteckning", "SU_GER", "Nils Eriksson", "läkare", "2024-05-16T09:20", 30, "slutenvård", [
      ("Bedömning", "Kontusion vänster höft och hematom på båda underarmarna, smärtlindring med paracetamol."),
      ("Våldsutsatthet i nära relationer", "Pat uppger att sonen, som är beroende av henne för boende och pengar, har knuffat henne mot en dörrkarm och hotat att sätta henne på hem om hon berättar.")])],
  must_not=[("NL201", "n1")],
  why="VGR: the son's violence sits under sökord Våldsutsatthet i nära relationer.")

C("vinr-pmo-dottern-tar-hart", "skane", "1930-12-03", "286",
  [N("n1", "PMO", "Hembesök", "VC_HOOR_HSV", "Birgitta Nilsson", "distriktssköterska", "2024-06-13T10:05", 40, "hemsjukvård", [
      ("Observation", "Blåmärken på båda överarmarna i form av fingeravtryck. Pat säger tyst att dottern tar hårt och slår till henne när hon blir arg.")])],
  must=[("NL201", "n1")],
  why="Violence by the daughter in an ordinary PMO home-care note (NL201 applies in PMO too).")

C("vinr-screening-fornekar", "vgr", "1948-07-15", "539",
  [N("n1", "Melior", "Mottagningsanteckning", "SAS_MINNE", "Gustav Lindgren", "läkare", "2024-04-04T13:30", 25, "öppenvård", [
      ("Social anamnes", "Bor med maken i villa, två vuxna barn i närheten. Frågat rutinmässigt om våld i nära relation, pat förnekar.")])],
  must_not=[("NL201", "n1")],
  why="Routine violence screening answered 'no'.")

C("bpsd-slog-underskoterska", "skane", "1929-04-19", "607",
  [N("n1", "Melior", "Omvårdnadsanteckning", "HBG_GER", "Therese Månsson", "sjuksköterska", "2024-07-22T08:45", 25, "slutenvård", [
      ("Psykiskt status", "Pat slog en undersköterska i ansiktet i samband med morgonomvårdnaden, mycket rädd och skrikig. Lugnade sig när dottern kom."),
      ("Åtgärd", "Omvårdnad i par, låg röst och en instruktion i taget enligt bemötandeplan.")])],
  must_not=[("NL201", "n1")],
  why="Aggression by a patient with dementia toward staff is not violence in a close relationship.")

C("hematom-forklaras-av-fall-och-waran", "vgr", "1931-08-05", "158",
  [N("n1", "Melior", "Läkaranteckning", "NU_GER", "Ali Rahimi", "läkare", "2024-09-25T10:30", 25, "slutenvård", [
      ("Status", "Multipla hematom i olika stadier på armar och ben, förklaras av upprepade fall i hemmet och warfarinbehandling, PK 3,8."),
      ("Bedömning", "Warfarin pausas, fallriskbedömning av fysioterapeut.")])],
  must_not=[("NL201", "n1")],
  why="Bruises explained by falls and warfarin, no violence.")

C("tredje-person-hustrun-radd-synlig", "vgr", "1939-12-27", "423",
  [N("n1", "Melior", "Läkaranteckning", "SU_PSYGER", "Linnea Westberg", "läkare", "2024-10-09T15:40", 45, "öppenvård", [
      ("Aktuellt", "Pat med Alzheimers sjukdom, tilltagande kvällsoro."),
      ("Närstående", "Hustrun berättar i enrum att han vid två tillfällen slagit henne i samband med kvällsoron och att hon är rädd för honom. Hon vill inte att han får veta att hon berättat.")])],
  must=[("NL204", "n1")],
  why="VGR: the wife's account of the patient's violence, which may harm her, in a visible section.")

C("tredje-person-hustrun-radd-skyddad", "vgr", "1938-05-11", "214",
  [N("n1", "Melior", "Läkaranteckning", "SU_PSYGER", "Linnea Westberg", "läkare", "2024-10-30T14:50", 45, "öppenvård", [
      ("Aktuellt", "Alzheimers sjukdom, uppföljning av kvällsoro efter insatt mirtazapin."),
      ("Tredje person", "Hustrun berättar att han knuffat henne två gånger i kvällsoron och hotat henne med käppen; hon är rädd att han blir arg om han får veta att hon berättat.")])],
  must_not=[("NL204", "n1"), ("NL206", "n1")],
  why="VGR: the same kind of information under sökord Tredje person is hidden.")

C("nl206-skane-tredje-person-sokord", "skane", "1936-07-08", "381",
  [N("n1", "Melior", "Läkaranteckning", "SG_MALMO", "Fredrik Lund", "läkare", "2024-02-19T13:15", 30, "slutenvård", [
      ("Bedömning", "Alzheimers sjukdom, ökad oro och aggressivitet i hemmet."),
      ("Tredje person", "Hustrun berättar att pat hotat henne med kniv i köket och att hon sover med låst dörr.")])],
  must=[("NL206", "n1")],
  why="Skåne does not filter sökord Tredje person, so the content is visible.")

C("nl206-skane-pmo-tredje-person", "skane", "1941-09-29", "765",
  [N("n1", "PMO", "Hembesök", "VC_KAVLINGE_HSV", "Lena Thörn", "sjuksköterska", "2024-05-28T14:35", 30, "hemsjukvård", [
      ("Omvårdnad", "Såromläggning höger underben, sår i läkning."),
      ("Tredje person", "Grannen ringde tidigare och berättade att pats brorson hämtar ut hennes mediciner och säljer dem.")])],
  must=[("NL206", "n1")],
  why="A PMO note using sökord Tredje person, which Skåne does not filter.")

C("nl206-skane-enkelblind-sokord", "skane", "1947-03-01", "925",
  [N("n1", "Melior", "Läkaranteckning", "MINNE_MALMO", "Per Nordström", "läkare", "2024-06-06T10:45", 30, "öppenvård", [
      ("Bedömning", "Lindrig Alzheimers sjukdom, ingår i läkemedelsprövning sedan februari."),
      ("Enkelblind prövning", "Randomiserad till aktiv behandling, pat ovetande om armen. Ingen biverkan rapporterad.")])],
  must=[("NL206", "n1")],
  why="Skåne note using sökord Enkelblind prövning, which Skåne does not filter.")

C("nl205-vgr-enkelblind-skyddad", "vgr", "1949-10-17", "348",
  [N("n1", "Melior", "Mottagningsanteckning", "SU_MINNE", "Hussein Karimi", "läkare", "2024-07-04T09:30", 30, "öppenvård", [
      ("Bedömning", "Lindrig Alzheimers sjukdom, stabil. Fortsatt deltagande i prövningen."),
      ("Enkelblind prövning", "Pat randomiserad till placeboarmen, kodlista förvaras hos prövningssköterskan.")])],
  must_not=[("NL205", "n1"), ("NL206", "n1")],
  why="VGR: single-blind allocation under the filtered sökord Enkelblind prövning.")

C("nl205-vgr-lottad-aktiv-arm-synlig", "vgr", "1950-02-24", "572",
  [N("n1", "Melior", "Mottagningsanteckning", "SU_MINNE", "Hussein Karimi", "läkare", "2024-08-01T10:00", 30, "öppenvård", [
      ("Bedömning", "Lindrig kognitiv störning på basen av Alzheimers sjukdom, ingår i studie."),
      ("Planering", "Pat lottad till aktiv substans i den enkelblinda prövningen; infusion var fjärde vecka på prövningsenheten.")])],
  must=[("NL205", "n1")],
  why="VGR: single-blind allocation written in a visible section.")

C("nl205-narmiss-avbojde-studie", "vgr", "1946-05-20", "187",
  [N("n1", "Melior", "Mottagningsanteckning", "SAS_MINNE", "Gustav Lindgren", "läkare", "2024-09-18T11:20", 20, "öppenvård", [
      ("Planering", "Pat tillfrågad om deltagande i läkemedelsprövning men avböjde, vill inte åka till Göteborg varje månad.")])],
  must_not=[("NL205", "n1")],
  why="Declined trial participation, no allocation.")

C("tredje-person-grannen-kniv-synlig", "vgr", "1943-11-09", "266",
  [N("n1", "Melior", "Hembesök", "ALI_MNSV", "Petra Wallin", "läkare", "2024-11-13T13:20", None, "mobil närsjukvård i hemmet", [
      ("Aktuellt", "Hembesök pga ökad förvirring enligt hemtjänsten."),
      ("Övrigt", "Grannen har ringt hemtjänsten och berättat att pat hotat henne med kniv i trapphuset. Grannen vill vara anonym och är rädd för pat.")])],
  must=[("NL204", "n1")],
  why="VGR: a neighbour's report of threats, may harm the neighbour, in a visible section. (unsigned draft)")

C("tredje-person-narmiss-dottern-ater-samre", "vgr", "1932-06-28", "491",
  [N("n1", "Melior", "Omvårdnadsanteckning", "SKAS_GER", "Lovisa Berglund", "sjuksköterska", "2024-06-17T16:30", 15, "slutenvård", [
      ("Närstående", "Dottern berättar att pat ätit sämre och sovit mer på dagtid de senaste veckorna hemma.")])],
  must_not=[("NL204", "n1")],
  why="Harmless information from a relative is not protected third-person information.")

C("vinr-sambo-last-in-utkast", "vgr", "1947-01-13", "654",
  [N("n1", "Melior", "Omvårdnadsanteckning", "KUN_MED", "Sara Björk", "sjuksköterska", "2024-03-29T22:10", None, "slutenvård", [
      ("Psykosocialt", "Pat uppger att sambon låser in henne i sovrummet nätterna och hotar att slå henne om hon berättar något för hemtjänsten.")])],
  must=[("NL201", "n1")],
  why="Unsigned nurse draft: threats and confinement by the partner in a visible section.")

C("vinr-pmo-mall-skane", "skane", "1933-03-17", "842",
  [N("n1", "PMO", "Våld i nära relationer", "VC_HOOR_HSV", "Birgitta Nilsson", "distriktssköterska", "2024-06-13T11:00", 40, "hemsjukvård", [
      ("Samtal", "Berättar att dottern slår henne på armarna och kallar henne värdelös när hon inte hinner till toaletten. Vill inte att dottern ska få veta att hon berättat."),
      ("Åtgärd", "Kontakt med kommunens våldsstödjare, läkare informerad.")])],
  must_not=[("NL201", "n1"), ("NL206", "n1")],
  why="PMO template Våld i nära relationer is hidden in Skåne.")

C("vinr-hemtjanst-sett-maken-dra-henne", "vgr", "1936-10-31", "303",
  [N("n1", "Melior", "Telefonanteckning", "ALI_MNSV", "Mikaela Falk", "sjuksköterska", "2024-08-14T15:05", 20, "mobil närsjukvård i hemmet", [
      ("Kontaktorsak", "Kommunsjuksköterskan ringer: hemtjänstpersonal har sett maken dra pat hårt i armen och skrika åt henne, och hon har nya blåmärken på handlederna.")])],
  must=[("NL201", "n1")],
  why="Violence by the husband toward the patient, reported by home-care staff, in a visible section.")

C("vinr-narmiss-grannar-brakar", "skane", "1939-02-07", "570",
  [N("n1", "Melior", "Kuratorsanteckning", "YST_MED", "Annika Bergström", "kurator", "2024-04-17T13:50", 30, "slutenvård", [
      ("Samtal", "Pat sover dåligt hemma eftersom grannarna i lägenheten ovanför bråkar högljutt nätterna; hon vill byta lägenhet.")])],
  must_not=[("NL201", "n1")],
  why="Noise from neighbours' quarrels is not violence in the patient's close relationship.")

C("oro-barn-barnbarn-vardnad-synlig", "skane", "1958-05-09", "128",
  [N("n1", "PMO", "Hembesök", "VC_SIMRISHAMN", "Karolina Sandell", "distriktssköterska", "2024-10-03T10:40", 40, "hemsjukvård", [
      ("Social anamnes", "Pat har vårdnaden om barnbarnet, 9 år."),
      ("Observation", "Vid hembesöket är pojken ensam hemma under förmiddagen, smutsig och hungrig, och säger att mormor sovit sedan i går. Orosanmälan till socialtjänsten gjord.")])],
  must=[("NL202", "n1")],
  why="Concern for a child the patient is guardian of, and a report to social services, in a visible note.")

C("oro-barn-vgr-sokord-skyddad", "vgr", "1960-01-30", "475",
  [N("n1", "Melior", "Hembesök", "SU_ASIH", "Anna Lindberg", "sjuksköterska", "2024-10-21T14:00", 40, "avancerad sjukvård i hemmet", [
      ("Aktuellt", "Hembesök, smärtpump kontrollerad, fungerar."),
      ("Orosanmälan gällande barn", "Pat är vårdnadshavare för barnbarnet, 7 år, som enligt skolan kommer utan mat och med blåmärken. Orosanmälan gjord till socialtjänsten i samråd med ASIH-läkaren.")])],
  must_not=[("NL202", "n1")],
  why="VGR: child concern under the filtered sökord Orosanmälan gällande barn.")

C("oro-barn-narmiss-barnbarn-helger", "vgr", "1945-08-12", "583",
  [N("n1", "Melior", "Kuratorsanteckning", "NU_REHAB", "Maja Hellström", "kurator", "2024-02-05T13:25", 30, "slutenvård", [
      ("Social anamnes", "Barnbarnen hälsar på varje helg och hjälper till i trädgården, vilket pat uppskattar mycket.")])],
  must_not=[("NL202", "n1"), ("NL201", "n1")],
  why="Grandchildren visiting, no concern for any child.")

C("tredje-person-dottern-hotad-av-brodern-god-man", "vgr", "1934-09-17", "238",
  [N("n1", "Melior", "Kuratorsanteckning", "SAS_GER", "Emelie Strömberg", "kurator", "2024-09-27T10:35", 30, "slutenvård", [
      ("Samtal", "Samtal med dottern inför ansökan om god man för pat, som inte längre klarar sin ekonomi."),
      ("Närstående", "Dottern berättar att hennes bror har hotat henne till livet om hon ansöker om god man, eftersom han själv använder mammans bankkort. Hon ber att brodern inte får veta vad hon sagt.")])],
  must=[("NL204", "n1")],
  why="VGR: a daughter's account of threats from her brother, harmful if read, in a visible section.")

C("oro-barn-tidig-alzheimer-ensamstaende-synlig", "vgr", "1966-02-08", "427",
  [N("n1", "Melior", "Mottagningsanteckning", "SU_MINNE", "Karin Holmgren", "läkare", "2024-10-23T13:45", 40, "öppenvård", [
      ("Bedömning", "Tidigt debuterande Alzheimers sjukdom, diagnosen satt och meddelad i våras. Tydlig försämring sedan dess."),
      ("Social anamnes", "Ensamstående med dottern, 11 år. Skolan har hört av sig om att flickan ofta kommer utan mat och rena kläder och berättar att hon lagar all mat hemma och tar hand om mamman. Orosanmälan till socialtjänsten gjord i dag.")])],
  must=[("NL202", "n1")], must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="VGR: concern for the patient's 11-year-old daughter and a report to social services in a visible section.")
# =========================================================================== G
# Long multi-section notes (300+ words): one sentence decides, or none.

C("lang-inskrivning-vgr-bekraftat-inga-hedges", "vgr", "1930-10-08", "236",
  [N("n1", "Melior", "Inskrivningsanteckning", "SU_GER", "Nils Eriksson", "läkare", "2024-01-29T15:20", 80, "slutenvård", [
      ("Kontaktorsak", "Remitterad från akuten efter fall i hemmet med efterföljande smärta i vänster axel och svårigheter att klara sig hemma."),
      ("Tidigare sjukdomar", "Förmaksflimmer sedan 2015, antikoagulerad med apixaban. Hypertoni. Typ 2-diabetes, kostbehandlad. Alzheimers sjukdom diagnostiserad på minnesmottagningen 2022, MMSE då 23. Gråstarrsoperation 2019. Hörselnedsättning, hörapparat höger."),
      ("Social anamnes", "Änka sedan sex år, bor ensam i hyreslägenhet på andra våningen med hiss. Hemtjänst morgon och kväll för medicin och måltider, matlåda levereras. Dottern bor i Kungsbacka och hälsar på varje vecka, sonen bor i Stockholm. Trygghetslarm finns men används sällan."),
      ("Läkemedel", "Apixaban 2,5 mg x 2, amlodipin 5 mg x 1, donepezil 10 mg x 1, paracetamol 1 g vid behov, zopiklon 5 mg till natten sedan i höstas."),
      ("Aktuellt", "Ramlade i går kväll på väg till toaletten, låg på golvet ca två timmar innan hon larmade. Slog i vänster axel, inte i huvudet enligt egen uppgift. Ingen yrsel eller bröstsmärta före fallet. Äter och dricker som vanligt enligt hemtjänsten."),
      ("Status", "AT: Opåverkad, vaken, orienterad till person men inte till datum. Cor: Oregelbunden rytm, frekvens 78, inga blåsljud. Pulm: Normala andningsljud. Buk: Mjuk, oöm. Vänster axel: Hematom lateralt, aktiv abduktion till 60 grader, passivt fri. Neurologiskt: Inga fokala bortfall. BT 146/82, temp 36,8, SpO2 96 %."),
      ("Lab", "Hb 121, CRP 6, krea 88, Na 138, K 4,1, glukos 7,4. CK 412, tolkas som följd av liggtiden."),
      ("Röntgen", "Rtg vänster axel: Ingen fraktur, ingen luxation."),
      ("Bedömning", "Kontusion vänster axel efter fall i hemmet. Lätt förhöjt CK efter två timmars liggtid, ingen njurpåverkan. Alzheimers sjukdom med sannolikt svårigheter att klara sig hemma med nuvarande insatser. Zopiklon ökar fallrisken och sätts ut."),
      ("Planering", "Smärtlindring med paracetamol, fysioterapeut och arbetsterapeut bedömer förflyttning och hemsituation. Trol. hemgång i slutet av veckan med utökad hemtjänst, ev. korttidsplats om hemmet inte fungerar. Dottern informerad per telefon med pats samtycke, vill delta i vårdplaneringen."),
      ("Funktion", "Före fallet gick hon med rollator inomhus och klarade själv toalettbesök och enklare måltider. Duschade med hjälp av hemtjänsten en gång i veckan. Har enligt dottern blivit långsammare och osäkrare i trappan sedan i somras.")])],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="Long admission note: diagnoses are settled; 'trol.', 'ev.', 'sannolikt' hedge discharge and capacity, not a diagnosis.")

C("lang-inskrivning-skane-en-hedgad-mening", "skane", "1933-06-27", "905",
  [N("n1", "Melior", "Inskrivningsanteckning", "SG_LUND", "Sofie Carlsson", "läkare", "2024-04-08T16:40", 90, "slutenvård", [
      ("Kontaktorsak", "Inkommer med ambulans från särskilt boende pga förvirring och fall i natt."),
      ("Tidigare sjukdomar", "Parkinsons sjukdom sedan 2012. Ortostatisk hypotension. Kronisk njursvikt stadium 3b. Depression, välbehandlad med sertralin. Osteoporos med kotkompressioner Th12 och L2."),
      ("Social anamnes", "Bor på demensboende sedan ett år. Maken avliden. Två döttrar, den ena är god man och sköter ekonomin. Går med rollator inomhus med tillsyn, rullstol utomhus."),
      ("Läkemedel", "Levodopa/karbidopa 100/25 mg x 4, sertralin 50 mg x 1, alendronat 70 mg en gång i veckan, kalcium/D-vitamin. Oxybutynin 5 mg x 2 insattes för tre veckor sedan pga trängningar."),
      ("Aktuellt", "Personalen beskriver att hon sedan en vecka varit mer förvirrad, vaken nätterna, ser djur i rummet och har svårt att äta själv. I natt hittad sittande på golvet bredvid sängen. Ingen feber. Urinsticka på boendet negativ."),
      ("Status", "AT: Trött men väckbar, desorienterad till tid och plats, uppmärksamhetsstörning, plockar i täcket. CAM positiv. Cor: Regelbunden rytm 72. Pulm: Ua. Buk: Mjuk, palpabel blåsa, bladder scan 450 ml. Neurologi: Rigiditet och tremor som tidigare, inga nya bortfall. Hud: Skrapsår vänster knä. BT liggande 138/76, stående ej möjligt."),
      ("Lab", "Hb 118, CRP 11, krea 142 (tidigare 128), Na 136, K 4,6."),
      ("Bedömning", "Akut förvirring hos kvinna med Parkinsons sjukdom. Troligt läkemedelsutlöst delirium med oxybutynin som huvudmisstänkt, urinretention som bidragande. Skrapsår efter fallet, i övrigt inga skador."),
      ("Planering", "Oxybutynin sätts ut, KAD tills vidare. Levodopa ges enligt ordinarie tider. Lugn miljö, nattljus, dottern välkommen att vara med. Ny bedömning av kognition när deliriet klingat av. Dottern, som också är god man, informerad per telefon."),
      ("Funktion", "Före försämringen åt hon själv med anpassade bestick, gick med rollator till matsalen och deltog i boendets sittgympa. Behövde hjälp av en person vid dusch och påklädning. Personalen beskriver henne i vanliga fall som social och skämtsam."),
      ("Närstående", "Yngsta dottern ringde under eftermiddagen och berättade att mamman varit ovanligt trött redan vid besöket i söndags. Hon önskar bli kontaktad om tillståndet försämras och kan komma in med kort varsel.")])],
  must=[("NL102", "n1")],
  why="Long admission note where one sentence ('Troligt läkemedelsutlöst delirium') is a hedged diagnosis.")

C("lang-brytpunktssamtal-vgr-syster-ej-informerad", "vgr", "1944-12-11", "347",
  [N("n1", "Melior", "Läkaranteckning", "SKAS_PALL", "Helena Dahl", "läkare", "2024-06-03T14:30", 70, "slutenvård", [
      ("Kontaktorsak", "Brytpunktssamtal inför övergång till palliativ vård i livets slutskede."),
      ("Närvarande", "Pat, maken, sonen, kontaktsjuksköterska Malin Ek och undertecknad."),
      ("Bakgrund", "Ovarialcancer diagnostiserad 2022, opererad och behandlad med cytostatika i två omgångar. Progress med ascites och tarmpåverkan sedan i våras. Onkologen har bedömt att ytterligare tumörbehandling inte är meningsfull, vilket pat informerades om på onkologmottagningen i maj."),
      ("Samtal", "Vi går igenom att sjukdomen har spridit sig i buken och att den inte går att bota eller bromsa längre. Pat säger att hon förstått detta sedan en tid och att hon nu framför allt vill slippa ont och illamående. Maken är ledsen men säger att de pratat mycket hemma. Sonen undrar hur lång tid det rör sig om; jag svarar att det är svårt att säga men att det handlar om veckor snarare än månader. Pat vill vara hemma så länge det går och sedan dö på den palliativa enheten. Hon vill inte ha återupplivning och det har vi dokumenterat som ett ställningstagande. Vätska och näring ges efter hennes önskan men inte intravenöst i livets slutskede."),
      ("Närstående", "Pat vill inte att hennes syster i Norrköping informeras om prognosen i nuläget; hon vill själv välja när. Detta respekteras och personalen är informerad."),
      ("Bedömning", "Metastaserad ovarialcancer i sent palliativt skede. Pat och familj välinformerade och överens om fortsatt symtomlindrande vård."),
      ("Planering", "Inskrivning i ASIH för hemsjukvård, vid behovsläkemedel mot smärta, illamående, ångest, andnöd och rosslighet ordineras. Förnyad kontakt om en vecka eller tidigare vid behov."),
      ("Symtom", "Skattar smärtan till 3 av 10 med nuvarande oxikodon, illamåendet är värst på morgonen. Sover bra med stöd av oxazepam. Ascitesdränage senast för tio dagar sedan, ny tappning sannolikt aktuell inom en vecka. Aptiten är liten men hon tycker om glass och soppa."),
      ("Läkemedel", "Oxikodon depot 20 mg x 2, oxikodon 5 mg vid behov, metoklopramid 10 mg x 3, oxazepam 10 mg till natten, laktulos. Blodtryckstabletterna sätts ut då de inte längre gör nytta.")])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="Long palliative talk: patient fully told; only the sister is not to be told, by the patient's wish.")

C("lang-pall-skane-en-mening-ej-informerad", "skane", "1941-02-18", "564",
  [N("n1", "Melior", "Läkaranteckning", "KRS_PALL", "Johanna Kvist", "läkare", "2024-08-19T13:40", 60, "slutenvård", [
      ("Kontaktorsak", "Inskriven för symtomlindring efter försämring i hemmet med buksmärta, illamående och trötthet."),
      ("Bakgrund", "Koloncancer opererad 2021, levermetastaser 2023 som behandlats med cytostatika. Hjärtsvikt med bevarad ejektionsfraktion. Bor med hustrun i radhus i Åhus, hemtjänst en gång om dagen."),
      ("Aktuellt", "Sedan två veckor tilltagande smärta under höger arcus och illamående. Äter bara några skedar per måltid. Sover mycket, klar i tanken när han är vaken. Ingen feber."),
      ("Social anamnes", "Pensionerad lantbrukare, gift i 55 år. Dottern bor i Malmö och sonen i Kristianstad, båda har varit delaktiga under sjukdomstiden. Pat har tidigare sagt till kontaktsjuksköterskan att han vill veta hur det står till men att han helst får besked med hustrun bredvid sig."),
      ("Status", "AT: Tärd, ikterisk. Buk: Förstorad, knölig lever, ömmar under höger arcus. Lätt ascites. Ödem på underbenen till mitten av vaden. Puls 96, BT 104/62, SpO2 95 %."),
      ("Lab", "Bilirubin 88, ALP 12, ALAT 2,4, albumin 24, krea 104, Hb 102, CRP 46."),
      ("Röntgen", "DT buk i går: Kraftig progress av levermetastaserna, nytillkomna metastaser i lungbaserna och peritoneum."),
      ("Bedömning", "Progredierande metastaserad koloncancer med lever-, lung- och peritonealspridning och tilltagande leversvikt. Pat har ännu inte informerats om DT-fynden och progressen; hustrun har bett att vi väntar tills dottern kommit från Malmö i helgen. Prognosen bedöms nu vara kort."),
      ("Åtgärd", "Oxikodon i fast dos och vid behov, haloperidol mot illamående, vid behovsläkemedel i livets slutskede ordinerade. Kontaktsjuksköterska bokar samtal med pat och familjen på söndag."),
      ("Omvårdnad", "Behöver hjälp av en person vid förflyttning till toaletten, sover i höj- och sänkbar säng med tryckavlastande madrass. Munvård och små måltider efter önskemål. Hustrun är med på dagtid och vill gärna sova över på enheten de kommande nätterna, vilket ordnas med extrasäng."),
      ("Ställningstagande", "Hjärt-lungräddning ska inte utföras, då den inte bedöms kunna vara till nytta. Inga ytterligare blodprover eller röntgenundersökningar planeras. Fokus på symtomlindring, trygghet och närståendes möjlighet att vara med."),
      ("Planering", "Daglig bedömning av symtom enligt ESAS. Kurator erbjuder stödsamtal till hustrun och dottern. Diakon kontaktas om pat önskar det.")])],
  must=[("NL101", "n1")], must_not=[("NL102", "n1")],
  why="Long palliative note where one sentence says the patient has not been told about the progress.")

C("lang-at-hembesok-inga-diagnoshedges", "vgr", "1936-04-05", "472",
  [N("n1", "Melior", "Arbetsterapeutanteckning", "NU_REHAB", "Sofia Ahlberg", "arbetsterapeut", "2024-09-09T13:00", 120, "slutenvård", [
      ("Bakgrund", "Inlagd för rehabilitering efter höftfraktur höger, opererad med hemiprotes. Känd lindrig vaskulär demens. Bor med maken i villa i Ljungskile."),
      ("Hembesök", "Hembesök tillsammans med pat, maken och fysioterapeut inför utskrivning. Entré med tre trappsteg utan räcke. Hall och kök på entréplan, sovrum och badrum en trappa upp. Trösklar mellan hall, kök och vardagsrum. Lösa mattor i hallen och vid sängen. Badrum med badkar och duschdraperi, låg toalettstol utan armstöd."),
      ("Aktivitet", "Pat förflyttar sig med rollator på plan mark med tillsyn. Klarar trappan till övervåningen med stöd i ledstången och en persons tillsyn, men blir andfådd och behöver vila på halvplanet. Kliver inte över badkarskanten säkert. Reser sig från toalettstolen med stor ansträngning. Vid kaffekokning behöver hon påminnelse om att stänga av plattan, vilket maken säger att han brukar hjälpa till med."),
      ("Bedömning", "Bostaden är möjlig att återvända till med anpassningar och hjälpmedel. Fallrisken i hemmet bedöms hög, främst vid trappor, mattor och i badrummet. Maken är ett gott stöd men har själv nedsatt ork, och det är osäkert hur länge han klarar allt på egen hand."),
      ("Åtgärd", "Förskrivit toalettförhöjning med armstöd, badkarsbräda och duschpall, griptång och extra rollator till övervåningen. Räcke vid entrétrappan och ev. ramp söks via bostadsanpassning. Lösa mattor tas bort av maken redan i helgen. Spisvakt installeras av kommunen. Information om trygghetslarm lämnad."),
      ("Planering", "Uppföljande hembesök av kommunens arbetsterapeut två veckor efter hemgång. Pat och make informerade och nöjda med planen."),
      ("Pats mål", "Pat säger att hennes viktigaste mål är att kunna sova i sin egen säng på övervåningen, laga frukost själv och gå ut till brevlådan. Hon vill inte ha fler personer i hemmet än nödvändigt men accepterar hemtjänst för dusch en gång i veckan."),
      ("Makens situation", "Maken är 84 år, har hjärtsvikt och blir trött vid ansträngning. Han kör fortfarande bil och sköter inköpen. Han uttrycker oro för nätterna, då pat ibland går upp flera gånger och är osäker på var hon är.")])],
  must_not=[("NL102", "n1")],
  why="Long OT home visit: hedges only about the home, aids and the husband's capacity.")

C("lang-pmo-hemsjukvard-vardplanering-hedges", "skane", "1931-01-23", "317",
  [N("n1", "PMO", "Vårdplanering", "VC_HOOR_HSV", "Birgitta Nilsson", "distriktssköterska", "2024-11-18T13:10", None, "hemsjukvård", [
      ("Deltagare", "Pat, sonen, biståndshandläggare, hemtjänstens gruppledare, arbetsterapeut från kommunen och undertecknad."),
      ("Bakgrund", "Inskriven i hemsjukvården sedan 2022 för såromläggningar och läkemedelshantering. Hjärtsvikt, förmaksflimmer och typ 2-diabetes. Sedan i somras tilltagande glömska enligt sonen, MMSE 20 vid senaste kontroll på vårdcentralen."),
      ("Social anamnes", "Änka sedan 2019, bor ensam i bostadsrätt i centrala Höör. Sonen bor i Eslöv och kommer två gånger i veckan, dottern bor i Umeå och hörs på telefon. Hemtjänst fyra gånger om dagen sedan augusti, matlåda till lunch."),
      ("Aktuellt", "Har fallit två gånger senaste månaden, ingen skada. Hemtjänsten rapporterar att dosetten ofta är orörd på kvällen och att pat blivit misstänksam mot personalen. Sonen upplever att hon äter sämre och har tappat i vikt."),
      ("Omvårdnad", "Vikt 52 kg, i maj 57 kg. Bensår vänster underben i god läkning. Urinläckage nattetid, använder inkontinensskydd. Sover oroligt enligt hemtjänsten."),
      ("Bedömning", "Misstänkt demens, utredning pågår på vårdcentralen. Trol. undernäring, ev. depression som bidrar till aptitlösheten. Fallen kan bero på ortostatism, BT-mätning liggande och stående vid nästa besök. Sannolikt behov av mer stöd i vardagen."),
      ("Åtgärd", "Läkemedelsgenomgång bokad med VC-läkaren. Hemtjänsten ger läkemedel vid varje besök i stället för dosett. Nutritionsbedömning av dietist, vägning varannan vecka. Arbetsterapeuten testar spisvakt och tidshjälpmedel. Trygghetslarm med fallarmband beställs."),
      ("Planering", "Ny vårdplanering om sex veckor. Sonen kontaktperson, får ringa hemsjukvården direkt vid förändring."),
      ("Läkemedel", "Apixaban 5 mg x 2, bisoprolol 2,5 mg x 1, furosemid 40 mg x 1, metformin 500 mg x 2, paracetamol 1 g x 3. Zopiklon vid behov förskrivet av tidigare läkare, används enligt hemtjänsten nästan varje natt."),
      ("Pats synpunkter", "Pat säger att hon klarar sig bra och inte vill flytta, men att hon gärna tar emot hjälp med maten. Hon tycker inte om att personalen tittar i hennes skåp och vill att samma personer kommer så långt det går. Sonen respekterar att hon vill bo kvar men är orolig för nätterna och för spisen."),
      ("Bostad", "Lägenhet på bottenplan med dusch, inga trösklar. Spisen har ingen spisvakt. Lösa mattor i vardagsrummet som pat inte vill ta bort.")])],
  must_not=[("NL102", "n1")],
  why="Long PMO care-planning note full of hedged diagnoses: PMO never shows diagnoses. (unsigned draft)")

# =========================================================================== validation
CODES = {"NL101", "NL102", "NL103", "NL104", "NL105", "NL201", "NL202", "NL203", "NL204", "NL205", "NL206"}
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def _luhn_ok(pn):
    m = re.fullmatch(r"(\d{8})-(\d{4})", pn)
    if not m:
        return False
    ten = m.group(1)[2:] + m.group(2)
    return _luhn_digit(ten[:9]) == int(ten[9])


def validate(cases):
    errs = []
    names = set()
    seen = {}
    for c in cases:
        n = c.get("case")
        if list(c.keys()) != CASE_KEYS:
            errs.append("%s: keys %s" % (n, list(c.keys())))
        if n in names:
            errs.append("%s: duplicate case name" % n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset %s" % (n, c["ruleset"]))
        if not c["why"] or "\n" in c["why"]:
            errs.append("%s: why must be one line" % n)
        rec = c["record"]
        if set(rec.keys()) != RECORD_KEYS:
            errs.append("%s: record keys %s" % (n, sorted(rec.keys())))
        pat = rec["patient"]
        if set(pat.keys()) != {"id", "birth_date", "protected_identity"}:
            errs.append("%s: patient keys" % n)
        if not _luhn_ok(pat["id"]):
            errs.append("%s: personnummer %s fails Luhn" % (n, pat["id"]))
        if pat["id"][:8] != pat["birth_date"].replace("-", ""):
            errs.append("%s: personnummer does not match birth_date" % n)
        age = 2024 - int(pat["birth_date"][:4])
        if 13 <= age <= 16:
            errs.append("%s: patient aged 13-15" % n)
        if not rec["as_of"].startswith("2024-"):
            errs.append("%s: as_of not in 2024" % n)
        ids = set()
        systems = {}
        for note in rec["notes"]:
            if set(note.keys()) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (n, sorted(note.keys())))
            if note["id"] in ids:
                errs.append("%s: duplicate note id" % n)
            ids.add(note["id"])
            systems[note["id"]] = note["system"]
            if not note["time"].startswith("2024-"):
                errs.append("%s: note time not in 2024" % n)
            if note["signed"] is not None and not note["signed"].startswith("2024-"):
                errs.append("%s: signed not in 2024" % n)
            if note["signed"] is not None and note["signed"] < note["time"]:
                errs.append("%s: signed before time" % n)
            if note["time"] > rec["as_of"]:
                errs.append("%s: note after as_of" % n)
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s: VGR cases are Melior" % n)
            if note["system"] not in ("Melior", "PMO"):
                errs.append("%s: system %s" % (n, note["system"]))
            hsa = note["unit"]["hsa_id"]
            want = "SE2321000255-" if c["ruleset"] == "skane" else "SE2321000131-"
            if not hsa.startswith(want):
                errs.append("%s: HSA id %s does not fit region" % (n, hsa))
            for sec in note["sections"]:
                if set(sec.keys()) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append("%s: bad section" % n)
                for s in _SENT_SPLIT.split(sec["text"]):
                    s = s.strip()
                    if len(s) >= 25:
                        if s in seen:
                            errs.append("%s: sentence also in %s: %r" % (n, seen[s], s))
                        seen.setdefault(s, n)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: no assertion" % n)
        pairs = set()
        for kind in ("must", "must_not"):
            for item in c[kind]:
                if len(item) != 2 or item[0] not in CODES:
                    errs.append("%s: bad %s entry %r" % (n, kind, item))
                    continue
                code, tid = item
                if tid not in ids:
                    errs.append("%s: target %s does not exist" % (n, tid))
                    continue
                if (code, tid) in pairs:
                    errs.append("%s: %s on %s both asserted twice or must and must_not" % (n, code, tid))
                pairs.add((code, tid))
                pmo = systems[tid] == "PMO"
                if code == "NL101" and pmo:
                    errs.append("%s: NL101 is never asserted on PMO" % n)
                if code == "NL102" and pmo and kind == "must":
                    errs.append("%s: NL102 must on a PMO note" % n)
                if code in ("NL204", "NL205") and kind == "must" and c["ruleset"] != "vgr":
                    errs.append("%s: %s positives are VGR only" % (n, code))
                if code == "NL206" and kind == "must" and c["ruleset"] != "skane":
                    errs.append("%s: NL206 positives are Skåne only" % n)
    return errs


def main():
    lines = [json.dumps(c, ensure_ascii=False, sort_keys=False) for c in CASES]
    errs = validate(CASES)
    # round-trip check of what is written
    for line in lines:
        if json.loads(line)["record"] is None:
            errs.append("empty record")
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s); %s not written" % (len(errs), os.path.basename(OUT)), file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts.setdefault(code, [0, 0])[0 if kind == "must" else 1] += 1
    print("%d cases written to %s" % (len(CASES), OUT))
    for code in sorted(counts):
        print("  %s  must %3d  must_not %3d" % (code, counts[code][0], counts[code][1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
