#!/usr/bin/env python3
"""dev38: NL1 (mainly NL102) cases from primary care, district nursing, geriatrics and
internal-medicine wards. Everyday diagnoses hedged in the many ways staff write them,
plus near misses that must stay silent. Standard library only, deterministic.

Writes nl1_dev38_cases.jsonl next to this file, validates it, exits 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev38_cases.jsonl")

# --------------------------------------------------------------------------- units
UNITS = {
    # Västra Götaland (always Melior in this set)
    "vc_lerum": ("Närhälsan Lerum vårdcentral", "SE2321000131-E000000011402"),
    "vc_kungalv": ("Närhälsan Kungälv vårdcentral", "SE2321000131-E000000011518"),
    "vc_majorna": ("Närhälsan Majorna vårdcentral", "SE2321000131-E000000011623"),
    "vc_tidaholm": ("Närhälsan Tidaholm vårdcentral", "SE2321000131-E000000011749"),
    "vc_sjuntorp": ("Närhälsan Sjuntorp vårdcentral", "SE2321000131-E000000011856"),
    "dsk_molndal": ("Närhälsan Mölndal vårdcentral, distriktssköterskemottagning", "SE2321000131-E000000011961"),
    "dsk_ale": ("Närhälsan Ale vårdcentral Nödinge, distriktssköterskemottagning", "SE2321000131-E000000012077"),
    "fys_lerum": ("Närhälsan Lerum rehabmottagning", "SE2321000131-E000000012184"),
    "med_ostra": ("Medicinkliniken avd 32, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000003317"),
    "akut_molndal": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000003425"),
    "ger_molndal": ("Geriatrik avd 203, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000003538"),
    "minne_molndal": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000003642"),
    "hud_sahl": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000003759"),
    "onk_sahl": ("Jubileumskliniken, onkologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000003863"),
    "barn_dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000003971"),
    "med_nal": ("Medicinavdelning 51, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000005214"),
    "onh_nal": ("Öron-näsa-halsmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000005327"),
    "barn_nal": ("Barn- och ungdomsmedicinska kliniken, NU-sjukvården NÄL", "SE2321000131-E000000005436"),
    "med_skovde": ("Medicinsk akutvårdsavdelning, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000006148"),
    "ogon_lidkoping": ("Ögonmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000006252"),
    "med_boras": ("Internmedicin avd 12, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000007065"),
    "uro_sas": ("Urologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000007173"),
    "kir_alingsas": ("Kirurgavdelningen, Alingsås lasarett", "SE2321000131-E000000007781"),
    "akut_kungalv": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E000000007894"),
    # Skåne, Melior (hospitals)
    "med_krist": ("Medicinkliniken avd 4, Centralsjukhuset Kristianstad", "SE2321000255-4411"),
    "akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-5120"),
    "kard_hbg": ("Kardiologiska kliniken, Helsingborgs lasarett", "SE2321000255-5134"),
    "lung_hbg": ("Lungmottagningen, Helsingborgs lasarett", "SE2321000255-5147"),
    "ger_malmo": ("Geriatriska kliniken avd 1, Skånes universitetssjukhus Malmö", "SE2321000255-6203"),
    "inf_malmo": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-6218"),
    "endo_malmo": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6226"),
    "endosk_malmo": ("Endoskopienheten, Skånes universitetssjukhus Malmö", "SE2321000255-6239"),
    "minne_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6244"),
    "med_ystad": ("Internmedicinska avdelningen, Ystads lasarett", "SE2321000255-7031"),
    "med_trelleborg": ("Medicinavdelning 2, Trelleborgs lasarett", "SE2321000255-7145"),
    "med_angelholm": ("Medicinavdelningen, Ängelholms sjukhus", "SE2321000255-7252"),
    "kir_hassleholm": ("Kirurgiska kliniken, Hässleholms sjukhus", "SE2321000255-7368"),
    "ort_lund": ("Ortopediska kliniken avd 11, Skånes universitetssjukhus Lund", "SE2321000255-7604"),
    "hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7611"),
    "lung_lund": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7627"),
    "akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7633"),
    "njur_lund": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7648"),
    "psyk_landskrona": ("Allmänpsykiatrisk mottagning, Landskrona lasarett", "SE2321000255-8052"),
    # Skåne, PMO (primary care, BVC, hemsjukvård)
    "vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-2117"),
    "vc_hoor": ("Vårdcentralen Höör", "SE2321000255-2230"),
    "vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-2346"),
    "vc_tomelilla": ("Vårdcentralen Tomelilla", "SE2321000255-2458"),
    "bvc_simrishamn": ("BVC Simrishamn", "SE2321000255-2563"),
    "hsv_ystad": ("Hemsjukvården Ystad", "SE2321000255-2679"),
}

M102 = [["NL102", "n1"]]
M101 = [["NL101", "n1"]]
N101 = [["NL101", "n1"]]
N102 = [["NL102", "n1"]]
N_BOTH = [["NL101", "n1"], ["NL102", "n1"]]


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def make_pnr(birth, two, sex):
    """birth YYYY-MM-DD, two digits of birth number, sex 'K' or 'M'."""
    g = (int(two) % 5) * 2 + (1 if sex == "M" else 0)
    ymd = birth.replace("-", "")
    nine = ymd[2:] + two + str(g)
    return ymd + "-" + two + str(g) + luhn_digit(nine)


def N(system, template, unit, author, role, time, signed_after, setting, sections):
    t = dt.datetime.fromisoformat(time)
    signed = None
    if signed_after is not None:
        signed = (t + dt.timedelta(minutes=signed_after)).isoformat(timespec="seconds")
    name, hsa = UNITS[unit]
    return {
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(timespec="seconds"),
        "signed": signed,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


CASES = []


def C(name, ruleset, pat, notes, must, must_not, why):
    birth, two, sex = pat
    out_notes = []
    for i, n in enumerate(notes, 1):
        d = {"id": "n%d" % i}
        d.update(n)
        out_notes.append(d)
    last = max(dt.datetime.fromisoformat(n["time"]) for n in out_notes)
    as_of = (last + dt.timedelta(days=7)).replace(hour=0, minute=0, second=0)
    record = {
        "patient": {"id": make_pnr(birth, two, sex), "birth_date": birth, "protected_identity": False},
        "as_of": as_of.isoformat(timespec="seconds"),
        "notes": out_notes,
        "access_events": [],
        "conversations": [],
        "treatments": [],
    }
    CASES.append({"case": name, "ruleset": ruleset, "record": record,
                  "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
                  "why": why})


ML, PM = "Melior", "PMO"
LAK, SSK, DSK, FYS = "läkare", "sjuksköterska", "distriktssköterska", "fysioterapeut"
OV, SV, HSV = "öppenvård", "slutenvård", "hemsjukvård"

# =========================================================================== infections
C("vc-fragetecken-prefix-pneumoni", "vgr", ("1947-09-03", "23", "M"),
  [N(ML, "Läkaranteckning", "vc_lerum", "Johan Lindqvist", LAK, "2024-01-15T10:20", 35, OV, [
      ("Kontaktorsak", "Hosta och feber sedan fem dagar, sämre sista dygnet enligt hustrun."),
      ("Status", "AT: opåverkad, talar hela meningar. Temp 38,6. Andningsfrekvens 20. Lungor: krepitationer hö basalt. SpO2 94 %. CRP 112."),
      ("Bedömning", "?pneumoni hö basalt, CRB-65 1 p pga ålder. Klarar behandling i hemmet."),
      ("Åtgärd", "Kåvepenin 1 g x 3 i sju dagar. Ny kontakt vid andfåddhet eller sjunkande saturation."),
  ])], M102, N101, "GP note: '?pneumoni' with the question mark glued in front of the diagnosis is a visible hypothesis")

C("medicin-rond-aspirationspneumoni-fragetecken-suffix", "skane", ("1935-11-22", "46", "K"),
  [N(ML, "Daganteckning", "med_ystad", "Sara Holmgren", LAK, "2024-02-06T11:05", 50, SV, [
      ("Aktuellt", "Rond. 88-årig kvinna inlagd efter fall i hemmet med kontusion hö höft, ingen fraktur. Feberstegring till 38,9 i natt, desaturerade till 89 % och fick 2 l syrgas."),
      ("Status", "Rassel vä basalt. Något slö men väckbar. CRP 45 → 138."),
      ("Bedömning", "Aspirationspneumoni? Sväljsvårigheter noterade av omvårdnadspersonalen vid frukosten."),
      ("Planering", "Lungröntgen idag, blododlingar x2, start Tazocin 4 g x 3. Sväljbedömning av logoped."),
  ])], M102, N101, "ward round: 'Aspirationspneumoni?' with the question mark glued after the diagnosis")

C("medicin-fragestallning-pneumoni-verifierad-rontgen", "vgr", ("1951-06-12", "13", "M"),
  [N(ML, "Inskrivningsanteckning", "med_boras", "Anders Fägerström", LAK, "2024-02-19T21:40", 60, SV, [
      ("Kontaktorsak", "Inkommer med ambulans med frågeställning pneumoni efter tre dagars feber och frossa."),
      ("Status", "Temp 39,1, AF 24, SpO2 91 % utan syrgas. Nedsatt andningsljud hö basalt."),
      ("Röntgen", "Lungröntgen: infiltrat i hö underlob, ingen pleuravätska."),
      ("Bedömning", "Samhällsförvärvad pneumoni hö underlob, verifierad på röntgen. CRB-65 1 p."),
      ("Planering", "Bensylpenicillin 3 g x 3 iv, syrgas till saturation 92–96 %."),
  ])], [], N_BOTH, "the question (frågeställning pneumoni) is answered in the same note by the X-ray; nothing else is hedged")

C("akut-pneumoni-avskrivs-akut-bronkit", "skane", ("1969-03-30", "52", "K"),
  [N(ML, "Akutanteckning", "akut_hbg", "Mikael Persson", LAK, "2024-03-04T02:15", 25, OV, [
      ("Kontaktorsak", "Hosta i tio dagar, nu feber och smärta i bröstet vid hosta."),
      ("Status", "Temp 38,0, SpO2 97 %. Enstaka ronki bilat, inga krepitationer. CRP 34."),
      ("Röntgen", "Lungröntgen utan infiltrat, normala sinus."),
      ("Bedömning", "Frågeställningen pneumoni är besvarad: pneumoni avskrivs. Akut bronkit."),
      ("Åtgärd", "Ingen antibiotika. Paracetamol vid behov och receptfri hostmedicin."),
  ])], [], N_BOTH, "pneumonia ruled out ('avskrivs') in the same note; the remaining diagnosis is certain")

C("dsk-hembesok-uvi-fragetecken", "vgr", ("1932-08-09", "60", "K"),
  [N(ML, "Hembesök", "dsk_ale", "Lena Ekström", DSK, "2024-03-11T13:30", 90, HSV, [
      ("Aktuellt", "Hembesök efter samtal från hemtjänsten: brukaren har varit orolig och mer förvirrad sedan i förrgår, kissar ofta små mängder."),
      ("Status", "Temp 37,9. Urinsticka: nitrit pos, leukocyter 3+. Dricker dåligt enligt personalen."),
      ("Bedömning", "UVI? Kontaktar dr Sandberg på vårdcentralen för ordination."),
      ("Åtgärd", "Urinodling tagen och skickad. Vätskelista startas, hemtjänsten erbjuder dryck varje timme."),
  ])], M102, N101, "district nurse home visit: abbreviation with glued question mark 'UVI?'")

C("pmo-vc-misstankt-uvi", "skane", ("1958-05-14", "44", "K"),
  [N(PM, "Läkaranteckning", "vc_linero", "Hanna Bengtsson", LAK, "2024-03-18T09:10", 20, OV, [
      ("Kontaktorsak", "Sveda vid vattenkastning och täta trängningar i två dagar."),
      ("Bedömning", "Misstänkt okomplicerad UVI, ingen feber eller flanksmärta."),
      ("Åtgärd", "Pivmecillinam 400 mg x 3 i fem dagar."),
  ])], [], N102, "PMO never shows diagnoses: a hedged UVI in a Skåne PMO note is silent")

C("geriatrik-bild-som-vid-delirium", "skane", ("1938-01-27", "15", "M"),
  [N(ML, "Daganteckning", "ger_malmo", "Eva Nordström", LAK, "2024-03-21T10:40", None, SV, [
      ("Aktuellt", "Personalen rapporterar att patienten sedan i går kväll plockar i lakanet, är svårväckt på förmiddagen och orolig på kvällen. Ingen avföring på fyra dagar."),
      ("Status", "Desorienterad till tid och rum, varierande uppmärksamhet. Buken något spänd, fyllda tarmar. Bladderscan 420 ml."),
      ("Bedömning", "Bild som vid delirium, tänkbara utlösande faktorer förstoppning och urinblåsa som inte töms."),
      ("Planering", "KAD, laxantia, se över läkemedel med antikolinerg effekt."),
  ])], M102, N101, "unsigned geriatric draft: 'Bild som vid delirium' is a hedge")

C("akut-erysipelas-dd-dvt", "vgr", ("1956-10-05", "28", "K"),
  [N(ML, "Läkaranteckning", "akut_molndal", "Petra Lund", LAK, "2024-04-02T16:25", 40, OV, [
      ("Anamnes", "Svullet, rött och varmt hö underben sedan två dagar. Frossa igår. Kom hem från lång bussresa från Kroatien i förra veckan."),
      ("Status", "Rodnad med diffus avgränsning från fotled till knä, ömmande. Temp 38,4. Vadomfång hö 3 cm större än vä."),
      ("Bedömning", "Erysipelas hö underben, DD DVT."),
      ("Åtgärd", "Ultraljud ven bokat imorgon bitti. Start Heracillin 1 g x 3 och Fragmin 200 E/kg i väntan på undersökningen."),
  ])], M102, N101, "'DD DVT' after a stated diagnosis: the differential diagnosis is an open hypothesis")

C("vc-erysipelas-ingen-misstanke-om-dvt", "vgr", ("1962-02-17", "31", "M"),
  [N(ML, "Läkaranteckning", "vc_kungalv", "Karin Wallin", LAK, "2024-04-08T14:00", 30, OV, [
      ("Kontaktorsak", "Rodnad vä underben sedan i lördags."),
      ("Status", "Skarpt avgränsad rodnad på vä underbenets framsida, värmeökning. Fotsvamp mellan tårna. Vaderna lika stora och inte ömma."),
      ("Bedömning", "Erysipelas vä underben med tinea pedis som inkörsport. Ingen misstanke om DVT."),
      ("Åtgärd", "Heracillin 1 g x 3 i tio dagar, Daktarin kräm mellan tårna, högläge."),
  ])], [], N_BOTH, "erysipelas stated as certain, DVT negated with 'Ingen misstanke om'")

C("infektion-misstankt-erysepelas-typo", "skane", ("1944-06-19", "72", "K"),
  [N(ML, "Läkaranteckning", "inf_malmo", "Oskar Hedlund", LAK, "2024-04-15T09:50", 55, SV, [
      ("Aktuellt", "Remitterad från vårdcentralen med rodnad och svullnad på hö arm. Lymfkörtelutrymning i hö axill vid bröstcanceroperation 2015, sedan dess lymfödem."),
      ("Status", "Fläckvis rodnad från handled till armbåge, lätt värmeökning. Temp 37,8. CRP 64."),
      ("Bedömning", "Misstänkt erysepelas i lymfödematös arm."),
      ("Planering", "Bensylpenicillin 1 g x 3 iv, markera rodnadens utbredning, ny bedömning imorgon."),
  ])], M102, N101, "typo in the diagnosis ('erysepelas') after 'Misstänkt'")

C("vc-ser-ut-som-baltros", "vgr", ("1950-12-11", "36", "K"),
  [N(ML, "Läkaranteckning", "vc_majorna", "Ahmed Karimi", LAK, "2024-04-22T11:15", 25, OV, [
      ("Kontaktorsak", "Brännande smärta under vä bröst sedan fyra dagar, nu blåsor."),
      ("Status", "Grupperade blåsor på rodnad botten i bälte från ryggen mot bröstbenet vä, respekterar medellinjen."),
      ("Bedömning", "Ser ut som bältros i dermatom Th5 vä."),
      ("Åtgärd", "Valaciklovir 1 g x 3 i sju dagar. Paracetamol och vid behov Citodon till natten."),
  ])], M102, N101, "lay word with 'Ser ut som': hedged shingles")

C("vc-zoster-blasorna-ser-ut-som-vid-forra-besoket", "vgr", ("1943-03-08", "49", "M"),
  [N(ML, "Läkaranteckning", "vc_tidaholm", "Ingrid Sjöberg", LAK, "2024-05-02T13:40", 20, OV, [
      ("Kontaktorsak", "Uppföljning av herpes zoster Th8 hö, diagnostiserad för tio dagar sedan."),
      ("Status", "Blåsorna ser ut som vid förra besöket men har nu torkat in till krustor. Ingen sekundärinfektion."),
      ("Bedömning", "Herpes zoster under läkning med kvarstående nervsmärta."),
      ("Åtgärd", "Amitriptylin 10 mg till natten, kan trappas upp till 25 mg."),
  ])], [], N_BOTH, "'ser ut som' describes the wound's appearance, not a diagnosis; zoster is settled")

C("medicin-urosepsis-kan-inte-uteslutas", "skane", ("1940-09-14", "57", "M"),
  [N(ML, "Inskrivningsanteckning", "med_krist", "Lisa Bergkvist", LAK, "2024-05-06T23:10", 70, SV, [
      ("Kontaktorsak", "Feber 39,4, frossa och sänkt allmäntillstånd sedan i eftermiddags. KAD sedan tre månader pga prostataförstoring."),
      ("Status", "BT 95/55, puls 112, AF 22. Grumlig urin i påsen. Laktat 3,1. CRP 210."),
      ("Bedömning", "Urosepsis kan inte uteslutas. Inget annat fokus hittat."),
      ("Planering", "Blododlingar x2 och urinodling innan antibiotika. Byte av KAD. Cefotaxim 2 g x 3 iv, Ringer-acetat 1 000 ml."),
  ])], M102, N101, "'kan inte uteslutas' after the diagnosis")

C("vc-tidig-borreliainfektion-ej-utesluten", "vgr", ("1972-07-21", "50", "K"),
  [N(ML, "Läkaranteckning", "vc_sjuntorp", "Mattias Rydberg", LAK, "2024-06-10T10:00", 30, OV, [
      ("Kontaktorsak", "Fästingbett på vä lår för tre veckor sedan, nu rodnad kring bettet."),
      ("Status", "Jämnt rodnad fläck 4 x 3 cm kring bettstället, ingen värmeökning. Inga ledsvullnader."),
      ("Bedömning", "Rodnaden är mindre än 5 cm men har vuxit sedan i helgen, tidig borreliainfektion ej utesluten."),
      ("Åtgärd", "Fotograferad. Ny bedömning om en vecka, hör av sig tidigare om rodnaden breder ut sig."),
  ])], M102, N101, "'ej utesluten' (not ruled out) is a hedge, the mirror of 'utesluten'")

C("medicin-dvt-uteslutet-med-ultraljud", "vgr", ("1985-04-26", "64", "K"),
  [N(ML, "Läkaranteckning", "med_skovde", "Jonas Axelsson", LAK, "2024-06-13T15:30", 35, OV, [
      ("Anamnes", "Smärta och svullnad hö vad efter flygresa från Thailand. Använder p-piller."),
      ("Status", "Lätt ömhet i vaden, omfång 1 cm större än vä. D-dimer 0,7."),
      ("Ultraljud", "Kompressionsultraljud av hö ben: komprimerbara vener från ljumske till vad."),
      ("Bedömning", "DVT uteslutet med ultraljud. Vadsmärtan har redan minskat sedan morgonen."),
      ("Åtgärd", "Ingen antikoagulation. Ny kontakt vid nya besvär."),
  ])], [], N_BOTH, "'DVT uteslutet' (ruled out), the mirror of 'ej uteslutet'")

C("dsk-verkar-vara-trycksar-sacrum", "vgr", ("1934-11-30", "81", "M"),
  [N(ML, "Hembesök", "dsk_molndal", "Maria Håkansson", DSK, "2024-06-17T09:45", None, HSV, [
      ("Aktuellt", "Sängliggande sedan fallet i maj. Hemtjänsten har sett en röd fläck på rumpan."),
      ("Status", "Rodnad 3 x 4 cm över sacrum som inte bleknar vid tryck, huden hel. Har ätit hälften av portionerna senaste veckan."),
      ("Bedömning", "Verkar vara trycksår kategori 1 över sacrum."),
      ("Åtgärd", "Tryckavlastande madrass beställd, lägesändring varannan timme enligt schema till hemtjänsten. Näringsdryck x 2."),
  ])], M102, N101, "district nurse draft: 'Verkar vara trycksår' is a hedged diagnosis")

C("infektion-fragestallning-covid-besvarad-influensa", "skane", ("1947-12-01", "28", "K"),
  [N(ML, "Inskrivningsanteckning", "inf_malmo", "Daniel Ek", LAK, "2024-01-09T19:20", 40, SV, [
      ("Kontaktorsak", "Hög feber, muskelvärk och torrhosta sedan två dygn, maken har samma symtom."),
      ("Lab", "Luftvägspanel PCR: SARS-CoV-2 negativ, influensa A positiv. CRP 38."),
      ("Bedömning", "Frågeställningen covid-19 vid ankomsten är besvarad av PCR. Influensa A med dehydrering."),
      ("Planering", "Oseltamivir 75 mg x 2 i fem dagar, iv vätska, isolering för droppsmitta."),
  ])], [], N_BOTH, "question about covid-19 answered by PCR in the same note; influenza is confirmed")

C("barn-trol-mediaotit", "vgr", ("2019-10-08", "38", "M"),
  [N(ML, "Läkaranteckning", "barn_dsbus", "Sofia Lindberg", LAK, "2024-02-24T20:10", 30, OV, [
      ("Kontaktorsak", "Fyraåring med feber sedan igår och ont i hö öra enligt pappa, sov dåligt i natt."),
      ("Status", "Pigg i rummet. Temp 38,7. Otoskopi: hö trumhinna röd och buktande, vä normal. Halsen lätt rodnad."),
      ("Bedömning", "Trol. akut mediaotit hö."),
      ("Åtgärd", "Kåvepenin mixtur 25 mg/kg x 3 i fem dagar. Ibuprofen vid behov."),
  ])], M102, N101, "child under 13 (guardians read): abbreviated hedge 'Trol.'")

C("pmo-bvc-trolig-oroninflammation", "skane", ("2022-07-12", "62", "K"),
  [N(PM, "Sjuksköterskeanteckning", "bvc_simrishamn", "Annika Svensson", SSK, "2024-03-05T10:30", 15, OV, [
      ("Kontaktorsak", "Mamma ringer: dottern har haft feber i två dagar och drar sig i vä örat, gnällig på natten."),
      ("Bedömning", "Trolig öroninflammation, allmäntillståndet gott."),
      ("Åtgärd", "Tid bokad hos läkare på vårdcentralen i eftermiddag. Råd om febernedsättande."),
  ])], [], N102, "BVC note in PMO: lay-word hedge is silent because PMO shows no diagnoses")

C("medicin-c-difficile-misstanks", "skane", ("1946-08-16", "73", "M"),
  [N(ML, "Daganteckning", "med_trelleborg", "Malin Åberg", LAK, "2024-07-01T11:20", 45, SV, [
      ("Aktuellt", "Vårdad för pyelonefrit, behandlad med cefotaxim i fem dagar. Sedan i natt sex vattentunna avföringar."),
      ("Status", "Buken mjuk, diffust öm. Temp 38,1. LPK 17."),
      ("Bedömning", "C. difficile-infektion misstänks efter antibiotikakuren."),
      ("Planering", "Faecesprov för C. difficile toxin, kontaktisolering, cefotaxim sätts ut."),
  ])], M102, N101, "'misstänks' placed after the diagnosis")

C("medicin-misstanks-ej-ta-diuretika-hjartsvikt", "skane", ("1939-04-04", "40", "K"),
  [N(ML, "Daganteckning", "med_angelholm", "Fredrik Olsson", LAK, "2024-07-04T10:15", 30, SV, [
      ("Aktuellt", "Hjärtsvikt med nedsatt ejektionsfraktion, EF 30 % på ekokardiografi i mars. Inlagd med ödem och viktuppgång 4 kg."),
      ("Bedömning", "Hjärtsvikt i dekompensation. Det misstänks att hon inte tagit sina diuretika hemma sedan maken flyttade till särskilt boende."),
      ("Planering", "Furosemid 40 mg x 2 iv, daglig vägning. Dosett och läkemedelsgenomgång före hemgång."),
  ])], [], N_BOTH, "'misstänks' hedges adherence, not a diagnosis; heart failure is confirmed")

C("vc-telefon-bihaleinflamation-typo", "vgr", ("1979-01-13", "54", "K"),
  [N(ML, "Telefonkontakt", "vc_kungalv", "Elin Magnusson", DSK, "2024-01-22T08:45", 15, OV, [
      ("Kontaktorsak", "Täppt i näsan i tre veckor, nu ont över vä kind när hon böjer sig framåt."),
      ("Bedömning", "Bihåleinflamation? Ingen feber, inga ögonbesvär."),
      ("Åtgärd", "Råd om nässköljning och avsvällande nässpray i högst tio dagar. Läkartid bokad om besvären kvarstår."),
  ])], M102, N101, "typo in a lay diagnosis ('Bihåleinflamation?') with a glued question mark")

C("akut-sannolik-pyelonefirt-typo", "skane", ("1990-02-28", "68", "K"),
  [N(ML, "Akutanteckning", "akut_lund", "Viktor Nyström", LAK, "2024-08-02T03:10", 30, OV, [
      ("Anamnes", "Sveda vid miktion i fyra dagar, nu feber 39,2 och ont i hö flank. Graviditetstest negativt."),
      ("Status", "Dunkömhet över hö njurloge. CRP 156, LPK 15,2. Urinsticka nitrit pos."),
      ("Bedömning", "Sannolik pyelonefirt hö, opåverkad cirkulation."),
      ("Åtgärd", "Urinodling. Ceftibuten 400 mg x 1 i tio dagar, hemgång."),
  ])], M102, N101, "typo in the diagnosis ('pyelonefirt') after 'Sannolik'")

C("medicin-bilden-inger-misstanke-om-sepsis", "vgr", ("1949-05-23", "91", "M"),
  [N(ML, "Inskrivningsanteckning", "med_nal", "Helena Strand", LAK, "2024-08-12T22:30", 55, SV, [
      ("Kontaktorsak", "Hämtad av ambulans efter att hustrun funnit honom förvirrad och varm."),
      ("Status", "Temp 39,6, BT 88/50, puls 124, AF 26, SpO2 93 %. Marmorerad hud på knäna. Laktat 4,2."),
      ("Bedömning", "Bilden inger misstanke om sepsis, fokus oklart. NEWS 11."),
      ("Planering", "Blododlingar x2, piperacillin/tazobaktam 4 g, 30 ml/kg kristalloid. IVA-konsult tillkallad."),
  ])], M102, N101, "'inger misstanke om' hedge")

# =========================================================================== cardiovascular
C("medicin-rond-odem-talar-for-hjartsvikt", "vgr", ("1936-07-07", "80", "K"),
  [N(ML, "Daganteckning", "med_ostra", "Gustav Berg", LAK, "2024-09-03T11:00", None, SV, [
      ("Aktuellt", "Rond. Inlagd för förmaksflimmer med snabb kammarfrekvens, nu frekvenskontrollerad med metoprolol."),
      ("Status", "Bilaterala underbensödem upp till knäna, halsvenstas. Basala rassel bilat. NT-proBNP 4 500."),
      ("Bedömning", "Ödemen och det höga NT-proBNP talar för hjärtsvikt."),
      ("Planering", "Ekokardiografi under vårdtiden. Furosemid 40 mg iv, vikt dagligen."),
  ])], M102, N101, "unsigned round note: 'talar för hjärtsvikt' (the flimmer is confirmed, the failure is hedged)")

C("medicin-talar-for-god-antibiotikaeffekt", "vgr", ("1944-10-29", "15", "M"),
  [N(ML, "Daganteckning", "med_boras", "Emma Johansson", LAK, "2024-09-09T10:20", 35, SV, [
      ("Aktuellt", "Dag 4 av behandling för pneumoni i vä underlob, röntgenverifierad vid inskrivningen."),
      ("Status", "Afebril sedan igår. SpO2 95 % utan syrgas. CRP 186 → 64."),
      ("Bedömning", "CRP-fallet och feberfriheten talar för god effekt av antibiotikan."),
      ("Planering", "Byte till peroral amoxicillin idag, total behandlingstid sju dagar."),
  ])], [], N_BOTH, "'talar för' hedges the drug effect only; pneumonia is X-ray verified")

C("akut-misst-le-forkortningar", "skane", ("1966-02-02", "24", "K"),
  [N(ML, "Akutanteckning", "akut_lund", "Niklas Forsberg", LAK, "2024-09-16T14:35", 30, OV, [
      ("Anamnes", "Plötslig andfåddhet och hugg i hö sida vid inandning sedan i morse. Gipsad för fotledsfraktur sedan tre veckor."),
      ("Status", "Puls 108, AF 24, SpO2 92 %. Lungor: normala andningsljud. Wells 6."),
      ("Bedömning", "Misst. LE, hög klinisk sannolikhet."),
      ("Planering", "DT lungangiografi akut. Fragmin 200 E/kg ges direkt i väntan på undersökningen."),
  ])], M102, N101, "abbreviated hedge and diagnosis: 'Misst. LE' (lungemboli)")

C("akut-lungemboli-avskrivs-efter-dt", "skane", ("1958-11-18", "07", "M"),
  [N(ML, "Akutanteckning", "akut_hbg", "Camilla Fransson", LAK, "2024-09-20T18:05", 25, OV, [
      ("Anamnes", "Andfåddhet vid ansträngning i en vecka och tryck i bröstet. Röker 20 cigaretter per dag."),
      ("Status", "Puls 92, SpO2 95 %. Förlängt expirium, spridda ronki. D-dimer 1,2."),
      ("DT", "DT lungangiografi: inga lungembolier. Emfysematösa förändringar i båda överloberna."),
      ("Bedömning", "Misstänkt lungemboli vid ankomsten, avskrivs efter DT. Besvären förklaras av luftvägsobstruktion."),
      ("Åtgärd", "Ventoline vid behov. Remiss till vårdcentralen för spirometri och rökavvänjning."),
  ])], [], N_BOTH, "suspected pulmonary embolism dismissed ('avskrivs') later in the same note")

C("kardiologi-fragetecken-ff-eller-sves", "skane", ("1955-03-17", "31", "M"),
  [N(ML, "Läkaranteckning", "kard_hbg", "Johanna Lindström", LAK, "2024-10-01T09:30", 40, OV, [
      ("Kontaktorsak", "Remitterad för hjärtklappningsattacker, senast i lördags under två timmar."),
      ("EKG", "Sinusrytm 64/min i vila. Långtids-EKG från vårdcentralen: korta episoder med oregelbunden rytm, dålig kvalitet på registreringen."),
      ("Bedömning", "?FF – oklart om det rör sig om paroxysmalt förmaksflimmer eller täta supraventrikulära extraslag."),
      ("Planering", "Event-recorder i två veckor. Ekokardiografi."),
  ])], M102, N101, "'?FF' abbreviation plus 'oklart om det rör sig om … eller …'")

C("vc-kant-ff-ev-insattning-eliquis", "vgr", ("1941-02-09", "58", "K"),
  [N(ML, "Läkaranteckning", "vc_lerum", "Sven Åkesson", LAK, "2024-10-07T13:10", 20, OV, [
      ("Kontaktorsak", "Årskontroll. Permanent förmaksflimmer sedan 2019, hittills enbart ASA då hon tidigare avböjt antikoagulantia."),
      ("Status", "Oregelbunden rytm 78/min. BT 142/84."),
      ("Bedömning", "Förmaksflimmer, CHA2DS2-VASc 5. Ev. insättning av Eliquis diskuterades, hon vill fundera till nästa besök."),
      ("Åtgärd", "Blodstatus och kreatinin tas idag."),
  ])], [], N_BOTH, "only the plan is hedged ('Ev. insättning av Eliquis'); atrial fibrillation is known")

C("vc-trolig-tia", "vgr", ("1950-08-25", "13", "M"),
  [N(ML, "Läkaranteckning", "vc_majorna", "Lovisa Falk", LAK, "2024-10-14T08:40", 25, OV, [
      ("Kontaktorsak", "Kunde inte hitta orden och tappade kaffekoppen ur hö hand i ca 20 minuter igår eftermiddag, helt återställd efter det."),
      ("Status", "Neurologiskt status utan anmärkning idag. Regelbunden puls 72. BT 168/92."),
      ("Bedömning", "Trolig TIA, ABCD2 5 p."),
      ("Åtgärd", "Akut remiss till strokeenheten på Östra, patienten åker dit direkt med sonen."),
  ])], M102, N101, "'Trolig TIA' in a GP note")

C("vc-mamma-stroke-hereditet", "vgr", ("1968-09-09", "32", "K"),
  [N(ML, "Läkaranteckning", "vc_sjuntorp", "Mattias Rydberg", LAK, "2024-10-21T15:05", 30, OV, [
      ("Kontaktorsak", "Hälsokontroll på egen begäran, orolig för hjärt-kärlsjukdom."),
      ("Anamnes", "Mamma fick stroke vid 62 års ålder och morfar hade hjärtinfarkt. Icke-rökare, motionerar tre gånger i veckan."),
      ("Status", "BT 128/78, BMI 24. Hjärta och lungor utan anmärkning."),
      ("Bedömning", "Frisk kvinna med hereditet för kardiovaskulär sjukdom. Blodfetter och HbA1c tas."),
  ])], [], N_BOTH, "diagnoses belong to the family (mother, grandfather); nothing hedged about the patient")

C("kardiologi-hjartinfarkt-2016-sekundarprevention", "skane", ("1952-12-03", "45", "M"),
  [N(ML, "Läkaranteckning", "kard_hbg", "Per-Olof Nilsson", LAK, "2024-11-05T10:10", 30, OV, [
      ("Anamnes", "Hjärtinfarkt 2016 behandlad med PCI mot LAD. Sedan dess inga bröstsmärtor."),
      ("Aktuellt", "Återbesök för genomgång av sekundärprevention. Mår bra, går fem kilometer om dagen."),
      ("Bedömning", "Ischemisk hjärtsjukdom, stabil utan angina. LDL 1,6 på atorvastatin 80 mg."),
      ("Planering", "Oförändrad medicinering, nästa kontroll via vårdcentralen."),
  ])], [], N_BOTH, "past settled history (infarction 2016), nothing hedged")

C("medicin-trolig-hjartsvik-typo", "vgr", ("1937-05-15", "72", "K"),
  [N(ML, "Inskrivningsanteckning", "med_skovde", "Jonas Axelsson", LAK, "2024-01-29T17:45", 45, SV, [
      ("Kontaktorsak", "Tilltagande andfåddhet i två veckor, sover sittande i fåtöljen sedan några nätter."),
      ("Status", "SpO2 90 %, krepitationer bilat basalt, pittingödem till mitten av underbenen. EKG: sinusrytm, vänstergrenblock."),
      ("Bedömning", "Trolig hjärtsvik, nydebuterad."),
      ("Planering", "Furosemid 40 mg iv, NT-proBNP, ekokardiografi, vätskerestriktion 1,5 l."),
  ])], M102, N101, "typo in the diagnosis ('hjärtsvik') after 'Trolig'")

C("vc-hypertoni-mojligen-trottare-symtom", "vgr", ("1957-06-30", "23", "M"),
  [N(ML, "Läkaranteckning", "vc_tidaholm", "Ingrid Sjöberg", LAK, "2024-02-12T09:20", 20, OV, [
      ("Kontaktorsak", "Blodtryckskontroll tre månader efter insättning av amlodipin."),
      ("Anamnes", "Möjligen något tröttare på eftermiddagarna, i övrigt mår han bra."),
      ("Status", "BT 134/82, puls 68. Inga ankelödem."),
      ("Bedömning", "Hypertoni, välreglerad på amlodipin 5 mg."),
  ])], [], N_BOTH, "hedge on a symptom only ('Möjligen något tröttare'); hypertension certain")

C("medicin-fynden-kan-vara-forenliga-med-aortastenos", "skane", ("1940-01-06", "64", "K"),
  [N(ML, "Läkaranteckning", "med_krist", "Lisa Bergkvist", LAK, "2024-02-26T14:20", 35, OV, [
      ("Kontaktorsak", "Remiss från vårdcentralen pga nytillkommet blåsljud och yrsel vid ansträngning."),
      ("Status", "Systoliskt blåsljud 3/6 med max i 2:a intercostalrummet hö, fortleds till halsen. Svag andra ton."),
      ("Bedömning", "Fynden kan vara förenliga med aortastenos."),
      ("Planering", "Ekokardiografi bokas inom två veckor. Avråds från tung fysisk ansträngning tills vidare."),
  ])], M102, N101, "'kan vara förenliga med' used as a hedge")

C("vc-misstakt-angina-typo", "vgr", ("1959-04-11", "41", "M"),
  [N(ML, "Läkaranteckning", "vc_lerum", "Johan Lindqvist", LAK, "2024-03-07T11:30", 30, OV, [
      ("Kontaktorsak", "Tryck över bröstet när han går uppför backen till jobbet, försvinner efter några minuters vila."),
      ("Status", "BT 152/90. Hjärta: regelbunden rytm, inga blåsljud. Vilo-EKG normalt."),
      ("Bedömning", "Misstäkt stabil angina pectoris."),
      ("Åtgärd", "Nitroglycerin sublingualt vid behov, ASA 75 mg. Remiss arbetsprov."),
  ])], M102, N101, "typo in the hedge ('Misstäkt')")

# =========================================================================== diabetes
C("vc-diabetesfotsar-misstankt-osteomyelit", "vgr", ("1948-03-22", "57", "M"),
  [N(ML, "Läkaranteckning", "vc_sjuntorp", "Karin Wallin", LAK, "2024-03-14T10:50", 40, OV, [
      ("Kontaktorsak", "Diabetes typ 2 sedan 20 år. Sår under hö stortåns grundled sedan sex veckor, sköts av distriktssköterska."),
      ("Status", "Sår 1,5 cm med sondering ner till ben. Rodnad runt tån. Monofilament ej kännbart."),
      ("Bedömning", "Diabetesfotsår hö stortå, misstänkt osteomyelit."),
      ("Åtgärd", "Slätröntgen fot, CRP och SR. Remiss till multidisciplinära fotteamet på Sahlgrenska."),
  ])], M102, N101, "diabetes complication: foot ulcer certain, osteomyelitis hedged")

C("endokrin-sannolikt-diabetesneuropati", "skane", ("1953-09-12", "68", "K"),
  [N(ML, "Läkaranteckning", "endo_malmo", "Sanna Wikström", LAK, "2024-03-27T13:00", None, OV, [
      ("Anamnes", "Diabetes typ 2 med HbA1c kring 70 i många år. Domningar och brännande känsla i båda fötterna på natten."),
      ("Status", "Nedsatt vibrationssinne vid båda medialmalleolerna, monofilament kännbart på 2 av 8 punkter bilat. Achillesreflexer utsläckta."),
      ("Bedömning", "Sannolikt diabetesneuropati."),
      ("Planering", "B12 och TSH som del av utredningen. Fotvårdsremiss, amitriptylin till natten."),
  ])], M102, N101, "unsigned draft: 'Sannolikt diabetesneuropati'")

C("ogon-kand-diabetesretinopati-laserbehandlad", "vgr", ("1955-08-02", "60", "K"),
  [N(ML, "Läkaranteckning", "ogon_lidkoping", "Henrik Palm", LAK, "2024-04-04T09:00", 25, OV, [
      ("Anamnes", "Diabetes typ 1 sedan 1975. Proliferativ diabetesretinopati bilat, panretinal laserbehandling 2019."),
      ("Status", "Visus hö 0,8, vä 0,7. Fundus: laserärr, inga nya kärlnybildningar, ingen blödning."),
      ("Bedömning", "Diabetesretinopati, stabil efter tidigare laser."),
      ("Planering", "Ny fundusfotografering om ett år."),
  ])], [], N_BOTH, "settled known retinopathy, no hedge")

C("akut-ketoacidos-kan-ej-utelsutas-typo", "vgr", ("1998-12-19", "05", "M"),
  [N(ML, "Läkaranteckning", "akut_molndal", "Petra Lund", LAK, "2024-04-11T01:50", 30, OV, [
      ("Kontaktorsak", "Diabetes typ 1. Magsjuk sedan igår, kräks, har hoppat över sitt långverkande insulin."),
      ("Status", "Torra slemhinnor, acetondoft. P-glukos 24. Ketoner i blod 2,8."),
      ("Bedömning", "Ketoacidos kan ej utelsutas, blodgas inväntas."),
      ("Planering", "Venös blodgas, elstatus. Start NaCl 1 000 ml på en timme."),
  ])], M102, N101, "typo in the hedge ('kan ej utelsutas')")

C("medicin-hypoglykemi-orsakad-av-insulindos", "skane", ("1933-10-10", "13", "M"),
  [N(ML, "Inskrivningsanteckning", "med_trelleborg", "Malin Åberg", LAK, "2024-04-18T07:15", 40, SV, [
      ("Kontaktorsak", "Hittad medvetandesänkt av hemtjänsten i morse. Ambulansen uppmätte P-glukos 1,9, vaknade efter glukos iv."),
      ("Anamnes", "Diabetes typ 2 på Insulatard 30 E till kvällen. Har ätit dåligt sedan en förkylning, hemtjänsten har ändå gett full dos."),
      ("Bedömning", "Hypoglykemi orsakad av oförändrad insulindos vid minskat födointag."),
      ("Planering", "Insulatard halveras, glukoskontroller x 6. Dosändringen överlämnas till kommunens hemsjukvård."),
  ])], [], N_BOTH, "confirmed diabetes complication with a stated cause, no hedge")

C("njur-dd-diabetesnefropati-nefroskleros", "skane", ("1947-06-06", "39", "M"),
  [N(ML, "Läkaranteckning", "njur_lund", "Erik Sandell", LAK, "2024-05-13T10:40", 50, OV, [
      ("Aktuellt", "Diabetes typ 2 och hypertoni sedan 15 år. eGFR sjunkit från 58 till 41 på två år, U-albumin/kreatinin 68."),
      ("Bedömning", "Kronisk njursjukdom stadium 3b. DD diabetesnefropati / hypertensiv nefroskleros."),
      ("Planering", "Ultraljud njurar. Dapagliflozin 10 mg insätts, BT-mål under 130/80."),
  ])], M102, N101, "'DD' list of two diagnoses after a certain one")

C("vc-diabetessjukskoterska-ev-dosokning-metformin", "vgr", ("1964-11-24", "54", "K"),
  [N(ML, "Sjuksköterskeanteckning", "vc_majorna", "Therese Lundgren", SSK, "2024-05-20T13:30", 20, OV, [
      ("Kontaktorsak", "Årskontroll på diabetesmottagningen, diabetes typ 2 sedan 2018."),
      ("Status", "HbA1c 58, vikt 84 kg (+2 kg). Fötter: inga sår, normal känsel."),
      ("Bedömning", "Diabetes typ 2 med något högt HbA1c. Ev. dosökning av Metformin tas upp med läkaren."),
      ("Åtgärd", "Kostråd, stegräknare. Ny provtagning om tre månader."),
  ])], [], N_BOTH, "hedge on the plan ('Ev. dosökning'), diabetes certain")

# =========================================================================== lung
C("vc-fragetecken-kol-exa", "vgr", ("1945-01-31", "45", "M"),
  [N(ML, "Läkaranteckning", "vc_tidaholm", "Björn Hellström", LAK, "2024-06-03T10:05", 25, OV, [
      ("Kontaktorsak", "KOL GOLD 3, hemmasyrgas nattetid. Ökad andfåddhet i fem dagar och gröna upphostningar."),
      ("Status", "SpO2 88 % (vanligen 91 %). Pipande expirium bilat. Temp 37,6. CRP 48."),
      ("Bedömning", "? KOL-exa, infektionsutlöst."),
      ("Åtgärd", "Prednisolon 25 mg i fem dagar, amoxicillin 750 mg x 3. Telefonkontakt igen imorgon."),
  ])], M102, N101, "'? KOL-exa': COPD known, the exacerbation abbreviated and questioned")

C("lung-inger-stark-misstanke-om-lungcancer", "skane", ("1953-04-29", "21", "M"),
  [N(ML, "Läkaranteckning", "lung_lund", "Anna Grönberg", LAK, "2024-06-11T14:15", 45, OV, [
      ("Kontaktorsak", "Remiss från Ystad: långvarig hosta och blodtingerade upphostningar hos tidigare storrökare."),
      ("DT", "DT thorax: 34 mm spikulerad förändring i hö överlob, förstorade mediastinala körtlar."),
      ("Bedömning", "Förändringen inger stark misstanke om lungcancer."),
      ("Planering", "PET-DT och bronkoskopi med EBUS inom en vecka. Multidisciplinär konferens därefter."),
  ])], M102, N101, "'inger stark misstanke om lungcancer'")

C("lung-adenokarcinom-pad-informerad", "skane", ("1949-10-17", "56", "K"),
  [N(ML, "Läkaranteckning", "lung_lund", "Anna Grönberg", LAK, "2024-06-27T13:20", 40, OV, [
      ("Aktuellt", "Återbesök efter bronkoskopi. PAD: adenokarcinom, EGFR-mutation påvisad. Stadium IVA efter PET-DT."),
      ("Bedömning", "Icke-småcellig lungcancer, adenokarcinom stadium IVA. Patienten informerad om diagnosen vid dagens besök tillsammans med sin dotter."),
      ("Planering", "Osimertinib startas nästa vecka. Kontaktsjuksköterska kopplad."),
  ])], [], N_BOTH, "confirmed cancer, patient told: neither NL101 nor NL102")

C("medicin-parapneumonisk-pleuravatska-ev-empyem", "vgr", ("1960-03-03", "23", "M"),
  [N(ML, "Daganteckning", "med_ostra", "Gustav Berg", LAK, "2024-07-08T10:45", None, SV, [
      ("Aktuellt", "Pneumoni vä behandlad sedan en vecka, fortsatt feber och CRP stiger igen, nu 240."),
      ("Ultraljud", "Bedside-ultraljud: septerad pleuravätska vä, ca 1 liter."),
      ("Bedömning", "Parapneumonisk pleuravätska, ev. empyem."),
      ("Planering", "Pleuratappning med dränage idag, pH och odling på vätskan."),
  ])], M102, N101, "unsigned ward note: 'ev. empyem'")

C("akut-revbensfraktur-inga-tecken-pa-pneumothorax", "vgr", ("1944-02-14", "72", "K"),
  [N(ML, "Läkaranteckning", "akut_molndal", "Hampus Ljung", LAK, "2024-07-15T19:30", 20, OV, [
      ("Anamnes", "Föll mot badkarskanten i morse, ont i vä sida vid andning."),
      ("Röntgen", "DT thorax: fraktur på costa 8 och 9 vä, inga tecken på pneumothorax eller hemothorax."),
      ("Bedömning", "Revbensfrakturer costa 8–9 vä utan lungskada."),
      ("Åtgärd", "Oxynorm och paracetamol, andningsgymnastik. Hemgång med dottern."),
  ])], [], N_BOTH, "'inga tecken på pneumothorax' negation; fracture certain")

C("medicin-trol-pnemoni-typo", "skane", ("1932-05-05", "34", "K"),
  [N(ML, "Daganteckning", "med_angelholm", "Fredrik Olsson", LAK, "2024-07-22T11:40", 30, SV, [
      ("Aktuellt", "Inlagd för hyponatremi som korrigerats. Nytillkommen hosta och temp 38,3 sedan i går kväll."),
      ("Status", "Krepitationer vä basalt, SpO2 93 %."),
      ("Bedömning", "Trol. pnemoni vä, sjukhusförvärvad."),
      ("Planering", "Lungröntgen, odlingar, start piperacillin/tazobaktam."),
  ])], M102, N101, "typo in the diagnosis ('pnemoni') after 'Trol.'")

# =========================================================================== musculoskeletal
C("akut-sabo-fall-fragetecken-collumfraktur", "vgr", ("1931-04-18", "88", "K"),
  [N(ML, "Läkaranteckning", "akut_kungalv", "Rebecka Holm", LAK, "2024-08-05T16:50", 30, OV, [
      ("Anamnes", "Föll i hallen på särskilt boende, kan inte stödja på hö ben."),
      ("Status", "Hö ben förkortat och utåtroterat, ömmar i ljumsken. Distalstatus ua."),
      ("Bedömning", "?collumfraktur hö."),
      ("Planering", "Röntgen hö höft och bäcken. Femoralisblockad som smärtlindring, fasta från nu."),
  ])], M102, N101, "'?collumfraktur' before the X-ray answer")

C("akut-fragetecken-fraktur-besvarad-distorsion", "vgr", ("2004-03-27", "25", "M"),
  [N(ML, "Läkaranteckning", "akut_kungalv", "Rebecka Holm", LAK, "2024-08-09T21:15", 20, OV, [
      ("Anamnes", "Föll på handen under fotbollsmatch, ont i hö handled."),
      ("Status", "Svullnad dorsalt, ömhet över radius distalt. Ingen ömhet i fossa tabatière."),
      ("Röntgen", "Remiss med frågeställningen ?fraktur hö handled. Svar: ingen fraktur, normala ledytor."),
      ("Bedömning", "Distorsion hö handled."),
      ("Åtgärd", "Handledsortos i en vecka, ibuprofen vid behov."),
  ])], [], N_BOTH, "'?fraktur' answered by the X-ray in the same note; nothing else hedged")

C("geriatrik-kotkompresion-fragetecken-typo", "skane", ("1936-09-21", "66", "K"),
  [N(ML, "Daganteckning", "ger_malmo", "Eva Nordström", LAK, "2024-08-19T10:30", 40, SV, [
      ("Aktuellt", "Känd osteoporos, behandlas med alendronat. Plötslig smärta mitt i ryggen när hon lyfte en vattenkanna i förrgår."),
      ("Status", "Bankömhet över Th12–L1. Neurologi i benen ua."),
      ("Bedömning", "Kotkompresion? Osteoporos."),
      ("Planering", "Röntgen bröst- och ländrygg. Paracetamol fast, Oxynorm vid behov, fysioterapeut för mobilisering."),
  ])], M102, N101, "typo in the diagnosis ('Kotkompresion?'); osteoporosis is certain")

C("vc-bild-forenlig-med-pmr", "vgr", ("1949-07-08", "42", "K"),
  [N(ML, "Läkaranteckning", "vc_kungalv", "Lars Ottosson", LAK, "2024-09-02T09:15", 25, OV, [
      ("Kontaktorsak", "Värk och morgonstelhet i skuldror och höfter i fyra veckor, svårt att ta på sig jackan."),
      ("Status", "Smärtsam abduktion i båda axlarna, i övrigt fria leder. Inga synrubbningar, ingen tinningsömhet."),
      ("Lab", "SR 68, CRP 42."),
      ("Bedömning", "Bild förenlig med polymyalgia reumatica."),
      ("Åtgärd", "Prednisolon 15 mg dagligen på prov, telefonkontakt om en vecka för att värdera effekten."),
  ])], M102, N101, "'Bild förenlig med' used as a hedge before a treatment trial")

C("rehab-talar-mest-for-frozen-shoulder", "vgr", ("1962-10-02", "48", "K"),
  [N(ML, "Fysioterapeutanteckning", "fys_lerum", "Jenny Kvist", FYS, "2024-09-10T14:00", 60, OV, [
      ("Aktuellt", "Smärta i vä axel sedan tre månader, allt stelare, svårt att sova på vä sida."),
      ("Status", "Passiv utåtrotation vä 15° mot hö 70°, även abduktionen passivt inskränkt. Styrkan i rotatorkuffen normal."),
      ("Bedömning", "Symtombilden talar mest för frozen shoulder i frysande fas."),
      ("Åtgärd", "Hemövningsprogram för rörlighet på smärtfri nivå. Återbesök om tre veckor."),
  ])], M102, N101, "physiotherapist: 'talar mest för' + English lay name of a diagnosis")

C("ortopedi-hoftfraktur-opererad-ev-mobilisering", "skane", ("1937-02-11", "27", "M"),
  [N(ML, "Daganteckning", "ort_lund", "Tobias Engström", LAK, "2024-09-17T09:00", 30, SV, [
      ("Aktuellt", "Dag 1 efter operation med DHS för lateral höftfraktur hö."),
      ("Status", "Förbandet torrt. Hb 104. Smärtan NRS 4 i vila."),
      ("Bedömning", "Opererad lateral höftfraktur hö, okomplicerat postoperativt förlopp."),
      ("Planering", "Ev. mobilisering till stående med fysioterapeut i eftermiddag om blodtrycket tillåter. Fragmin i fyra veckor."),
  ])], [], N_BOTH, "hedge on mobilisation plan only; the fracture is operated and certain")

# =========================================================================== skin
C("hud-susp-malignt-melanom", "vgr", ("1961-05-16", "47", "M"),
  [N(ML, "Läkaranteckning", "hud_sahl", "Cecilia Ahlgren", LAK, "2024-10-03T11:10", 35, OV, [
      ("Kontaktorsak", "Remiss från vårdcentralen: pigmenterat födelsemärke på ryggen som ändrat sig senaste halvåret."),
      ("Status", "8 mm asymmetrisk pigmenterad förändring hö skulderblad med oregelbunden kant och flera färgnyanser. Dermatoskopi: atypiskt pigmentnätverk, regressionszoner."),
      ("Bedömning", "Susp. malignt melanom."),
      ("Åtgärd", "Diagnostisk excision med 2 mm marginal idag, PAD med prioritet."),
  ])], M102, N101, "'Susp.' abbreviation before a cancer diagnosis")

C("hud-basaliom-pad-radikalt-exciderat", "skane", ("1942-11-04", "56", "K"),
  [N(ML, "Läkaranteckning", "hud_lund", "Jesper Malm", LAK, "2024-10-10T13:45", 30, OV, [
      ("Aktuellt", "Kontroll efter excision hö kind för tre veckor sedan."),
      ("PAD", "Nodulärt basaliom, radikalt exciderat med 3 mm marginal."),
      ("Bedömning", "Basalcellscancer hö kind, färdigbehandlad. Välläkt ärr."),
      ("Planering", "Egenkontroll av huden, solskydd. Ingen ytterligare uppföljning."),
  ])], [], N_BOTH, "PAD-confirmed and treated skin cancer, no hedge")

C("sabo-rond-skabb-kan-ej-uteslutas", "vgr", ("1929-12-28", "50", "K"),
  [N(ML, "Hembesök", "vc_lerum", "Sven Åkesson", LAK, "2024-10-16T13:20", None, HSV, [
      ("Aktuellt", "Säborond. Intensiv klåda sedan tre veckor, värre nattetid. Två andra boende på avdelningen kliar också enligt personalen."),
      ("Status", "Rivmärken på bålen, papler i armhålor och runt naveln. Inga säkra gångar ses mellan fingrarna."),
      ("Bedömning", "Skabb kan ej uteslutas med tanke på att flera boende på enheten har klåda."),
      ("Åtgärd", "Hudkonsult för dermatoskopi. Vårdhygien kontaktad om smittspårning på enheten."),
  ])], M102, N101, "nursing-home round draft: 'kan ej uteslutas'")

C("vc-asteatotiskt-eksem-inget-som-tyder-pa-skabb", "vgr", ("1936-06-25", "59", "M"),
  [N(ML, "Läkaranteckning", "vc_tidaholm", "Björn Hellström", LAK, "2024-10-24T10:40", 25, OV, [
      ("Kontaktorsak", "Klåda på benen och ryggen i två månader, hustrun är orolig för smitta."),
      ("Status", "Torr, fjällande hud på underbenen med sprickbildning. Inga gångar, inga papler i händer eller genitalt."),
      ("Bedömning", "Asteatotiskt eksem. Inget som tyder på skabb."),
      ("Åtgärd", "Mjukgörande kräm två gånger dagligen, mildare tvål, hydrokortison 1 % på de mest kliande partierna i en vecka."),
  ])], [], N_BOTH, "'Inget som tyder på skabb' negation; eczema certain")

C("hud-dd-psoriasis-nummulart-eksem", "skane", ("1975-08-13", "11", "M"),
  [N(ML, "Läkaranteckning", "hud_lund", "Jesper Malm", LAK, "2024-11-04T09:30", 30, OV, [
      ("Kontaktorsak", "Fjällande fläckar på armbågar och underben sedan våren, kliar måttligt."),
      ("Status", "Välavgränsade rundade plack 2–4 cm med silvriga fjäll på armbågarnas sträcksidor och underbenen. Naglar utan gropar."),
      ("Bedömning", "DD psoriasis / nummulärt eksem."),
      ("Åtgärd", "Stansbiopsi från vä underben. Betametason kräm i väntan på svaret."),
  ])], M102, N101, "'DD' list with no certain diagnosis")

# =========================================================================== mental health
C("vc-verkar-vara-medelsvar-depression", "vgr", ("1986-01-19", "22", "K"),
  [N(ML, "Läkaranteckning", "vc_majorna", "Lovisa Falk", LAK, "2024-11-11T14:30", 30, OV, [
      ("Kontaktorsak", "Nedstämd och utan ork sedan separationen i somras, sover dåligt."),
      ("Anamnes", "Har slutat träffa vänner, klarar jobbet med stor möda. Inga suicidtankar, vill leva för barnens skull."),
      ("Bedömning", "PHQ-9 19 p. Verkar vara en medelsvår depression."),
      ("Åtgärd", "Sertralin 50 mg, remiss till psykolog på vårdcentralen för KBT. Uppföljning om två veckor."),
  ])], M102, N101, "'Verkar vara' hedge on depression")

C("vc-depression-remission-ev-utsattning", "vgr", ("1978-07-03", "31", "M"),
  [N(ML, "Läkaranteckning", "vc_sjuntorp", "Mattias Rydberg", LAK, "2024-01-18T10:15", 25, OV, [
      ("Anamnes", "Medelsvår depressiv episod diagnostiserad 2022, behandlad med escitalopram 10 mg."),
      ("Aktuellt", "Mår bra sedan ett år, arbetar heltid och har börjat träna igen."),
      ("Bedömning", "Depression i full remission. Ev. utsättning av läkemedlet till hösten när arbetsbelastningen är lägre."),
  ])], [], N_BOTH, "settled depression; only the withdrawal plan is hedged")

C("psykiatri-dd-bipolar-typ-ii", "skane", ("1993-03-09", "48", "K"),
  [N(ML, "Läkaranteckning", "psyk_landskrona", "Karl Emanuelsson", LAK, "2024-01-25T13:00", 60, OV, [
      ("Anamnes", "Återkommande depressioner sedan tonåren. Beskriver perioder på några dagar med minskat sömnbehov, mycket energi och impulsiva köp."),
      ("Bedömning", "Aktuellt lindrig depressiv episod. DD bipolär sjukdom typ II."),
      ("Planering", "Strukturerad intervju (MINI) och livsdiagram vid nästa besök. Avvaktar med antidepressiva."),
  ])], M102, N101, "psychiatry: 'DD bipolär sjukdom typ II'")

C("vc-orolig-for-minnet-ingen-misstanke-kognitiv-sjukdom", "vgr", ("1954-12-07", "43", "M"),
  [N(ML, "Läkaranteckning", "vc_kungalv", "Lars Ottosson", LAK, "2024-02-01T09:40", 25, OV, [
      ("Kontaktorsak", "Orolig för sitt minne eftersom pappa hade Alzheimers sjukdom."),
      ("Anamnes", "Glömmer ibland var han lagt nycklarna, sköter ekonomi och arbete som vanligt."),
      ("Status", "MMSE 29/30, klocktest normalt."),
      ("Bedömning", "Ingen misstanke om kognitiv sjukdom. Normal åldersrelaterad glömska."),
  ])], [], N_BOTH, "father's dementia (family) and a negated suspicion for the patient")

C("medicin-misstake-om-alkoholberoende-typo", "skane", ("1971-09-27", "15", "M"),
  [N(ML, "Daganteckning", "med_trelleborg", "Ola Sundqvist", LAK, "2024-02-08T15:20", 35, SV, [
      ("Aktuellt", "Inlagd för akut pankreatit, nu smärtfri och äter. Dricker enligt egen uppgift några öl till maten."),
      ("Lab", "PEth 2,1 µmol/l, GT 4,8, MCV 104."),
      ("Bedömning", "Labbilden ger misstake om alkoholberoende."),
      ("Planering", "AUDIT och samtal om alkohol före utskrivning. Tiamin 100 mg x 3."),
  ])], M102, N101, "typo in the hedge ('misstake om')")

C("psykiatri-gad-ev-effekt-escitalopram", "skane", ("1982-05-11", "62", "K"),
  [N(ML, "Läkaranteckning", "psyk_landskrona", "Karl Emanuelsson", LAK, "2024-02-15T10:30", 40, OV, [
      ("Aktuellt", "Generaliserat ångestsyndrom, diagnos ställd efter SCID i höstas. Escitalopram 10 mg insattes för två veckor sedan."),
      ("Bedömning", "Generaliserat ångestsyndrom. Ev. effekt av escitalopram ses först om ytterligare ett par veckor; illamåendet i början har gått över."),
      ("Planering", "Oförändrad dos, telefonuppföljning om tre veckor."),
  ])], [], N_BOTH, "hedge on a drug's effect only; anxiety disorder is established")

C("geriatrik-mojlig-depresion-typo", "vgr", ("1934-04-16", "66", "K"),
  [N(ML, "Läkaranteckning", "ger_molndal", "Maja Holmberg", LAK, "2024-02-22T11:25", 45, SV, [
      ("Aktuellt", "Inlagd efter fall. Personalen noterar att hon ligger mycket i sängen, äter lite och säger att det inte är någon idé längre sedan maken dog i januari."),
      ("Status", "Sänkt stämningsläge, långsam i tal. GDS-15 11 p."),
      ("Bedömning", "Möjlig depresion hos äldre, sorgereaktion i bakgrunden."),
      ("Planering", "Samtal med kurator. Mirtazapin 15 mg till natten övervägs efter ny bedömning på fredag."),
  ])], M102, N101, "typo in the diagnosis ('depresion') after 'Möjlig'")

C("geriatrik-ser-ut-som-hyperaktivt-delirium", "skane", ("1941-10-20", "31", "M"),
  [N(ML, "Daganteckning", "ger_malmo", "Hugo Lindh", LAK, "2024-03-12T08:50", 30, SV, [
      ("Aktuellt", "Opererad för ljumskbråck i förrgår. I natt rastlös, ville gå hem, drog ut PVK, såg djur i rummet."),
      ("Status", "Orienterad till person, inte till tid. Fluktuerande uppmärksamhet, 4AT 8 p."),
      ("Bedömning", "Ser ut som ett hyperaktivt delirium postoperativt."),
      ("Planering", "Ta bort KAD, mobilisering, glasögon och hörapparat. Haloperidol 0,5 mg vid svår oro."),
  ])], M102, N101, "'Ser ut som ett … delirium' on a geriatric ward")

# =========================================================================== dementia
C("vc-basal-demensutredning-misstankt-alzheimer", "vgr", ("1942-08-14", "34", "K"),
  [N(ML, "Läkaranteckning", "vc_lerum", "Sven Åkesson", LAK, "2024-03-19T13:40", 40, OV, [
      ("Kontaktorsak", "Basal demensutredning, dottern med."),
      ("Anamnes", "Smygande minnessvikt i två år. Har missat räkningar, gått vilse med bilen i grannkommunen."),
      ("Status", "MMSE 22/30, klocktest avvikande. Neurologiskt status ua."),
      ("Bedömning", "Misstänkt Alzheimers sjukdom."),
      ("Planering", "DT hjärna, demensblodprover. Arbetsterapeut för ADL-bedömning i hemmet."),
  ])], M102, N101, "'Misstänkt Alzheimers sjukdom' during the basic dementia work-up")

C("minne-kan-rora-sig-om-lewy-body-demens", "vgr", ("1945-11-09", "49", "M"),
  [N(ML, "Läkaranteckning", "minne_molndal", "Fredrika Åström", LAK, "2024-04-09T10:00", 50, OV, [
      ("Anamnes", "Hustrun berättar om synhallucinationer med barn i trädgården, stora dygnsvariationer i vakenhet och att han slår omkring sig i sömnen."),
      ("Status", "Lätt rigiditet i vä arm, hypomimi. MoCA 19/30 med tydligast svikt i visuospatiala uppgifter."),
      ("Bedömning", "Kan röra sig om Lewy body-demens."),
      ("Planering", "DaTSCAN. Undvik neuroleptika. Ny läkarkontroll om sex veckor."),
  ])], M102, N101, "'Kan röra sig om' hedge")

C("vc-hembesok-kand-alzheimer-ev-flytt-sabo", "vgr", ("1935-03-29", "38", "K"),
  [N(ML, "Läkaranteckning", "vc_majorna", "Ahmed Karimi", LAK, "2024-04-16T14:10", 25, HSV, [
      ("Aktuellt", "Hembesök. Alzheimers sjukdom, diagnos ställd på minnesmottagningen 2021, donepezil 10 mg."),
      ("Anamnes", "Sonen berättar att hon gått ut på natten två gånger senaste månaden. Hemtjänst fyra gånger dagligen."),
      ("Bedömning", "Progredierande Alzheimers sjukdom. Ev. flytt till särskilt boende diskuterades med sonen."),
      ("Åtgärd", "Intyg till biståndshandläggare skrivs. Trygghetslarm och nattillsyn begärs under tiden."),
  ])], [], N_BOTH, "known dementia; the hedge is on moving to a care home")

C("vc-alzheimer-ej-informerad-besked-vid-aterbesok", "vgr", ("1940-06-01", "15", "M"),
  [N(ML, "Läkaranteckning", "vc_kungalv", "Lars Ottosson", LAK, "2024-04-23T16:00", 30, OV, [
      ("Aktuellt", "Genomgång av demensutredning: MMSE 21, DT hjärna med temporal atrofi, normala blodprover."),
      ("Bedömning", "Alzheimers sjukdom, lindrig demensgrad."),
      ("Planering", "Patienten ej informerad om diagnosen ännu; diagnosbesked ges vid gemensamt återbesök med hustrun om en vecka. Donepezil påbörjas efter det."),
  ])], M101, N102, "settled dementia diagnosis in a visible section, patient not yet told: NL101, not NL102")

C("dsk-telefon-obs-demes-typo", "vgr", ("1930-02-20", "70", "K"),
  [N(ML, "Telefonkontakt", "dsk_ale", "Lena Ekström", DSK, "2024-05-07T10:20", 20, HSV, [
      ("Kontaktorsak", "Hemtjänstens gruppledare ringer: brukaren har glömt att äta flera dagar och tagit dubbla doser från dosetten."),
      ("Bedömning", "Obs demes? Tidigare inga kända minnesproblem."),
      ("Åtgärd", "Läkemedelsrobot beställs, läkartid bokad för minnesbedömning nästa vecka."),
  ])], M102, N101, "'Obs … ?' as a question, with a typo in the diagnosis ('demes')")

C("minne-demens-utesluten-depression", "skane", ("1956-01-08", "52", "K"),
  [N(ML, "Läkaranteckning", "minne_malmo", "Peter Widén", LAK, "2024-05-15T13:15", 45, OV, [
      ("Aktuellt", "Återbesök efter utredning för minnesbesvär: neuropsykologisk testning, MR hjärna och likvor."),
      ("Resultat", "Normala likvormarkörer, MR utan atrofi. Testningen visar nedsatt uppmärksamhet men normalt episodiskt minne."),
      ("Bedömning", "Demens utesluten. De kognitiva besvären förklaras av den depression som nu behandlas på vårdcentralen."),
      ("Planering", "Ingen ytterligare utredning här, återremiss till vårdcentralen."),
  ])], [], N_BOTH, "dementia ruled out ('utesluten'); depression settled")

# =========================================================================== urinary
C("uro-stark-misstanke-om-prostatacancer", "vgr", ("1951-02-05", "47", "M"),
  [N(ML, "Läkaranteckning", "uro_sas", "Magnus Eklund", LAK, "2024-05-23T09:40", 30, OV, [
      ("Kontaktorsak", "Remiss från vårdcentralen pga PSA 14."),
      ("Status", "PR: förstorad prostata med hård oregelbunden knöl i vä lob."),
      ("Bedömning", "Stark misstanke om prostatacancer."),
      ("Planering", "MR prostata och därefter riktade biopsier. Standardiserat vårdförlopp startat."),
  ])], M102, N101, "'Stark misstanke om' is still a hypothesis")

C("uro-prostatacancer-informerad-om-diagnosen", "vgr", ("1946-04-22", "21", "M"),
  [N(ML, "Läkaranteckning", "uro_sas", "Magnus Eklund", LAK, "2024-06-04T10:30", 35, OV, [
      ("Aktuellt", "Återbesök efter biopsier. PAD: adenokarcinom Gleason 3+4=7 i fyra av tolv biopsier. Skelettskintigrafi utan metastaser."),
      ("Bedömning", "Prostatacancer, intermediär risk. Informerad om diagnosen idag med hustrun närvarande, fick skriftlig information."),
      ("Planering", "Diskuteras på MDK nästa tisdag inför val mellan strålbehandling och operation."),
  ])], [], N_BOTH, "confirmed and communicated cancer")

C("medicin-akut-njurskada-fragetecken", "skane", ("1938-07-19", "40", "K"),
  [N(ML, "Daganteckning", "med_ystad", "Sara Holmgren", LAK, "2024-06-12T10:15", None, SV, [
      ("Aktuellt", "Inlagd med gastroenterit, har kräkts och druckit lite i tre dagar. Står på ramipril och furosemid."),
      ("Lab", "Kreatinin 214 (habituellt 92). Kalium 5,6."),
      ("Bedömning", "Akut njurskada? Prerenal genes vid dehydrering."),
      ("Planering", "Ramipril och furosemid pausas, Ringer-acetat 2 000 ml, timdiures."),
  ])], M102, N101, "unsigned ward note: 'Akut njurskada?'")

C("dsk-misstanker-urinretention", "vgr", ("1937-10-31", "61", "M"),
  [N(ML, "Hembesök", "dsk_molndal", "Maria Håkansson", DSK, "2024-06-19T15:40", 60, HSV, [
      ("Aktuellt", "Hustrun ringde: maken har inte kissat sedan i morse trots att han har ont och är kissnödig."),
      ("Status", "Spänd och öm nedre buk, palpabel blåsa upp mot naveln. Nyligen insatt oxikodon efter ryggskott."),
      ("Bedömning", "Misstänker urinretention."),
      ("Åtgärd", "Ringer jourläkaren som ordinerar KAD-sättning vid förnyat hembesök ikväll."),
  ])], M102, N101, "district nurse: verb form 'Misstänker urinretention'")

C("vc-urinsticka-negativ-ingen-uvi", "vgr", ("1995-09-16", "64", "K"),
  [N(ML, "Sjuksköterskeanteckning", "vc_sjuntorp", "Julia Berglund", SSK, "2024-06-25T08:30", 10, OV, [
      ("Kontaktorsak", "Trycker över blåsan sedan igår, lämnar urinprov på morgonen."),
      ("Status", "Urinsticka: nitrit neg, leukocyter neg, erytrocyter neg."),
      ("Bedömning", "Urinstickan negativ, ingen UVI."),
      ("Åtgärd", "Råd om att dricka mer i värmen. Ny kontakt om feber eller blod i urinen."),
  ])], [], N_BOTH, "abbreviated diagnosis negated ('ingen UVI')")

C("vc-telefon-trolign-cystit-typo", "vgr", ("1974-12-12", "58", "K"),
  [N(ML, "Telefonkontakt", "vc_tidaholm", "Amanda Fors", DSK, "2024-07-02T09:05", 15, OV, [
      ("Kontaktorsak", "Sveda och täta trängningar sedan igår, ingen feber, inte gravid."),
      ("Bedömning", "Trolign cystit, okomplicerad."),
      ("Åtgärd", "Nitrofurantoin 50 mg x 3 i fem dagar enligt ordinationsunderlag. Hör av sig om feber eller ryggsmärta."),
  ])], M102, N101, "typo in the hedge ('Trolign')")

# =========================================================================== gastro
C("kirurgi-misstankt-kolecysit-typo", "vgr", ("1970-06-28", "66", "K"),
  [N(ML, "Läkaranteckning", "kir_alingsas", "Patrik Nord", LAK, "2024-07-09T20:30", 35, OV, [
      ("Anamnes", "Ont under hö revbensbåge sedan i morse efter en fet middag, kräkts två gånger. Liknande men kortare attacker tidigare i år."),
      ("Status", "Temp 38,2. Murphys tecken positivt. CRP 88, LPK 13."),
      ("Bedömning", "Misstänkt kolecysit."),
      ("Planering", "Ultraljud lever och gallvägar i morgon bitti, fasta, iv vätska och Tazocin. Inläggning avd 14."),
  ])], M102, N101, "typo in the diagnosis ('kolecysit') after 'Misstänkt'")

C("kirurgi-dd-diverikulit-ischemisk-kolit-typo", "skane", ("1957-11-15", "47", "M"),
  [N(ML, "Läkaranteckning", "kir_hassleholm", "Ida Lindahl", LAK, "2024-07-16T17:10", 30, OV, [
      ("Anamnes", "Smärta i vä fossa sedan två dagar, feber 38,4, lös avföring. Inget blod."),
      ("Status", "Lokal peritonit vä fossa, i övrigt mjuk buk. CRP 142."),
      ("Bedömning", "DD diverikulit / ischemisk kolit."),
      ("Planering", "DT buk med iv kontrast ikväll. Inläggning, fasta, vätska."),
  ])], M102, N101, "DD list with a typo in one diagnosis ('diverikulit')")

C("kirurgi-appendicit-bekraftad-peroperativt", "skane", ("1999-08-04", "17", "M"),
  [N(ML, "Daganteckning", "kir_hassleholm", "Ida Lindahl", LAK, "2024-07-23T10:00", 30, SV, [
      ("Aktuellt", "Inkom igår kväll med misstänkt appendicit, vilket bekräftades peroperativt: flegmonös appendix utan perforation."),
      ("Status", "Opererad laparoskopiskt i natt. Afebril, äter, smärta NRS 3."),
      ("Bedömning", "Akut appendicit, appendektomerad utan komplikationer."),
      ("Planering", "Hemgång idag, suturtagning på vårdcentralen om tio dagar."),
  ])], [], N_BOTH, "suspicion confirmed at operation in the same note; nothing else hedged")

C("medicin-melena-trol-ulcusblodning", "vgr", ("1943-09-06", "39", "M"),
  [N(ML, "Inskrivningsanteckning", "med_boras", "Anders Fägerström", LAK, "2024-07-30T23:45", None, SV, [
      ("Kontaktorsak", "Svart avföring sedan två dagar och yrsel. Tar Trombyl och ibuprofen för knäsmärtor."),
      ("Status", "Blek, puls 104, BT 110/65. PR: melena. Hb 82 (140 i maj)."),
      ("Bedömning", "Trol. ulcusblödning, NSAID-relaterad."),
      ("Planering", "Pantoprazol infusion, blodgruppering och två enheter erytrocyter. Gastroskopi imorgon förmiddag. Ibuprofen sätts ut."),
  ])], M102, N101, "unsigned admission: 'Trol. ulcusblödning'")

C("vc-ibs-inget-som-tallar-for-ibd-typo", "vgr", ("1990-04-09", "52", "K"),
  [N(ML, "Läkaranteckning", "vc_majorna", "Lovisa Falk", LAK, "2024-08-06T13:20", 25, OV, [
      ("Anamnes", "IBS sedan tonåren med växlande avföring och uppblåsthet, oförändrat mönster. Ingen viktnedgång, inget blod."),
      ("Lab", "Hb 132, CRP < 1, F-kalprotektin 18."),
      ("Bedömning", "IBS. Inget som tallar för inflammatorisk tarmsjukdom."),
      ("Åtgärd", "Låg-FODMAP via dietist, psylliumfrö."),
  ])], [], N_BOTH, "negation with a typo ('Inget som tallar för'); IBS certain")

C("vc-remiss-ultraljud-fs-gallsten", "vgr", ("1967-05-24", "44", "K"),
  [N(ML, "Läkaranteckning", "vc_tidaholm", "Björn Hellström", LAK, "2024-08-13T10:30", 20, OV, [
      ("Kontaktorsak", "Återkommande smärtattacker under hö revbensbåge på kvällen, varar någon timme."),
      ("Status", "Opåverkad, lätt ömhet i hö arcus. Leverprover normala."),
      ("Åtgärd", "Remiss ultraljud övre buk, f.s. gallsten. Buscopan vid attack."),
  ])], M102, N101, "'f.s.' (frågeställning) turns the diagnosis into a question")

C("vc-sannolikt-jarnbristanemi", "vgr", ("1952-12-22", "64", "K"),
  [N(ML, "Läkaranteckning", "vc_kungalv", "Nora Sandberg", LAK, "2024-08-20T14:40", 30, OV, [
      ("Kontaktorsak", "Trött och andfådd i trappor sedan några månader."),
      ("Lab", "Hb 98, MCV 72, ferritin 6. F-Hb x3 och transglutaminasantikroppar beställda."),
      ("Bedömning", "Sannolikt järnbristanemi, källa oklar."),
      ("Åtgärd", "Järntabletter varannan dag. Gastroskopi och koloskopi om F-Hb är positivt."),
  ])], M102, N101, "'Sannolikt järnbristanemi'")

C("endokrin-ev-subklinisk-hypotyreos", "skane", ("1977-03-15", "58", "K"),
  [N(ML, "Läkaranteckning", "endo_malmo", "Sanna Wikström", LAK, "2024-08-28T09:10", 30, OV, [
      ("Kontaktorsak", "Trötthet och viktuppgång, remiss från vårdcentralen för tolkning av sköldkörtelprover."),
      ("Lab", "TSH 8,4, fritt T4 13 (normalt), TPO-antikroppar förhöjda."),
      ("Bedömning", "Ev. subklinisk hypotyreos av autoimmun genes."),
      ("Planering", "Nya prover om åtta veckor innan ställningstagande till levaxin."),
  ])], M102, N101, "'Ev.' before the diagnosis")

C("medicin-erysipelas-verkar-vara-pa-battringsvagen", "skane", ("1939-11-13", "25", "M"),
  [N(ML, "Daganteckning", "med_krist", "Ola Sundqvist", LAK, "2024-09-04T10:50", 35, SV, [
      ("Aktuellt", "Dag 3 för erysipelas hö underben. Rodnaden har dragit sig tillbaka innanför markeringen."),
      ("Status", "Afebril. CRP 190 → 72."),
      ("Bedömning", "Erysipelas hö underben. Patienten verkar vara på bättringsvägen."),
      ("Planering", "Byte till peroralt penicillin V idag, planerad hemgång i morgon."),
  ])], [], N_BOTH, "'verkar vara' about recovery, not a diagnosis")

# =========================================================================== more hedge forms
C("vc-oklart-ra-eller-reaktiv-artit-typo", "vgr", ("1983-08-18", "21", "M"),
  [N(ML, "Läkaranteckning", "vc_lerum", "Johan Lindqvist", LAK, "2024-09-12T11:00", 30, OV, [
      ("Kontaktorsak", "Svullet hö knä och vä fotled sedan en vecka. Hade magsjuka för tre veckor sedan."),
      ("Status", "Hydrops hö knä, svullen och varm vä fotled. Inga hudutslag."),
      ("Bedömning", "Oklart om det rör sig om reumatoid artrit eller reaktiv artit efter gastroenteriten."),
      ("Åtgärd", "Reumatoid faktor, anti-CCP, HLA-B27, SR. Naproxen 500 mg x 2."),
  ])], M102, N101, "'Oklart om det rör sig om … eller …' with a typo in one alternative ('artit')")

C("medicin-inte-osannolikt-lunginflammation", "skane", ("1945-07-26", "42", "K"),
  [N(ML, "Daganteckning", "med_trelleborg", "Malin Åberg", LAK, "2024-09-25T16:20", 20, SV, [
      ("Aktuellt", "Inneliggande för förmaksflimmer som konverterat spontant. Under eftermiddagen frossa och hosta, temp 38,5."),
      ("Status", "Lätt takypné, dämpning och rassel hö bas."),
      ("Bedömning", "Inte osannolikt att det är en lunginflammation."),
      ("Planering", "Lungröntgen, CRP och odlingar, ställningstagande till antibiotika efter svar."),
  ])], M102, N101, "double negative hedge 'Inte osannolikt' with a lay word")

C("onh-tolkas-som-trolig-lagesyrsel", "vgr", ("1958-02-12", "68", "K"),
  [N(ML, "Läkaranteckning", "onh_nal", "Tomas Vikström", LAK, "2024-10-02T10:10", 30, OV, [
      ("Kontaktorsak", "Kortvarig rotatorisk yrsel när hon vänder sig i sängen eller tittar upp, i tre veckor."),
      ("Status", "Dix-Hallpike hö: geotrop torsionsnystagmus efter några sekunders latens, avklingar inom 30 sekunder. Hörsel normal."),
      ("Bedömning", "Tolkas som trolig benign paroxysmal lägesyrsel i hö bakre båggång."),
      ("Åtgärd", "Epleys manöver utförd. Instruerad i Brandt-Daroff-övningar hemma."),
  ])], M102, N101, "'Tolkas som trolig' hedge")

C("geriatrik-skulle-kunna-vara-temporalisarterit", "skane", ("1939-05-30", "66", "K"),
  [N(ML, "Läkaranteckning", "ger_malmo", "Hugo Lindh", LAK, "2024-10-09T14:30", 25, SV, [
      ("Aktuellt", "Nytillkommen huvudvärk i tinningarna, ont att tugga och en episod av dimsyn på vä öga igår."),
      ("Status", "Ömmande, förtjockad temporalisartär vä. SR 84, CRP 56."),
      ("Bedömning", "Skulle kunna vara en temporalisarterit."),
      ("Planering", "Prednisolon 60 mg startas idag. Ultraljud temporalisartärer och ögonkonsult akut."),
  ])], M102, N101, "'Skulle kunna vara' hedge")

C("vc-fragetecken-for-kol", "vgr", ("1958-10-23", "60", "K"),
  [N(ML, "Läkaranteckning", "vc_sjuntorp", "Mattias Rydberg", LAK, "2024-10-15T09:15", 25, OV, [
      ("Kontaktorsak", "Hosta varje morgon i flera vintrar, andfådd vid raska promenader. Röker 15 cigaretter om dagen sedan 40 år."),
      ("Status", "Förlängt expirium, inga rassel. SpO2 96 %."),
      ("Bedömning", "Frågetecken för KOL."),
      ("Åtgärd", "Spirometri med reversibilitetstest bokad. Rökavvänjning erbjuden, tackar ja."),
  ])], M102, N101, "'Frågetecken för KOL' written out in words")

C("epikris-bidiagnos-misstankt-kognitiv-storning", "vgr", ("1941-03-02", "49", "M"),
  [N(ML, "Epikris", "med_nal", "Helena Strand", LAK, "2024-10-22T14:00", 90, SV, [
      ("Diagnos", "Huvuddiagnos: Pneumoni vä underlob. Bidiagnos: Misstänkt lindrig kognitiv störning."),
      ("Epikris", "83-årig man inlagd 15/10 med feber och hosta. Pneumoni vä underlob, behandlad med bensylpenicillin och sedan amoxicillin med god effekt. Under vårdtiden noterades minnessvårigheter även efter feberfrihet, MMSE 25."),
      ("Uppföljning", "Vårdcentralen ombeds göra basal kognitiv utredning när infektionen läkt ut. Amoxicillin t.o.m. 25/10."),
  ])], M102, N101, "discharge summary: a hedged secondary diagnosis next to a certain main diagnosis")

C("vc-i-forsta-hand-lumbago-i-andra-hand-kotkompression", "vgr", ("1947-01-04", "56", "K"),
  [N(ML, "Läkaranteckning", "vc_majorna", "Ahmed Karimi", LAK, "2024-11-06T10:00", 30, OV, [
      ("Kontaktorsak", "Ländryggsmärta sedan hon lyfte barnbarnet i förrgår. Periodvis kortisonbehandlad för astma."),
      ("Status", "Ömhet paravertebralt L3–L5, ingen bankömhet över processi spinosi. Lasègue neg bilat."),
      ("Bedömning", "I första hand lumbago, i andra hand osteoporotisk kotkompression."),
      ("Åtgärd", "Paracetamol och fortsatt aktivitet. Röntgen ländrygg om inte bättre inom två veckor, DXA beställs."),
  ])], M102, N101, "ranked differential ('i första hand … i andra hand …')")

C("akut-fraktur-avskriven-men-trol-hjarnskakning", "vgr", ("1942-04-07", "46", "K"),
  [N(ML, "Läkaranteckning", "akut_kungalv", "David Sjögren", LAK, "2024-11-12T19:40", 30, OV, [
      ("Anamnes", "Halkade i trappan, slog hö handled och huvudet. Minns inte själva fallet, har kräkts en gång."),
      ("Röntgen", "Frågeställning fraktur hö handled: ingen fraktur. DT hjärna utan blödning."),
      ("Bedömning", "Ingen fraktur. Trol. hjärnskakning."),
      ("Åtgärd", "Observation med vakenhetskontroller på akutvårdsavdelningen över natten."),
  ])], M102, N101, "one question answered (no fracture) but another hypothesis stays open (concussion)")

# =========================================================================== hidden places
C("vgr-sokord-tidiga-hypoteser-alkohol", "vgr", ("1966-06-14", "37", "M"),
  [N(ML, "Läkaranteckning", "vc_lerum", "Sven Åkesson", LAK, "2024-01-10T15:30", 25, OV, [
      ("Kontaktorsak", "Uppföljning av förhöjda leverprover från hälsokontrollen."),
      ("Lab", "ALAT 2,1, GT 3,9, MCV 101. Hepatitserologi negativ."),
      ("Bedömning", "Förhöjda leverenzymer, fortsatt utredning med ultraljud lever."),
      ("Tidiga hypoteser", "Misstänkt alkoholberoende; hustrun har i telefon uttryckt oro för hans drickande."),
  ])], [], N_BOTH, "VGR: the hypothesis is only under the hidden sökord Tidiga hypoteser")

C("vgr-sokord-tidiga-hypoteser-frontotemporal-demens", "vgr", ("1957-09-05", "40", "K"),
  [N(ML, "Läkaranteckning", "minne_molndal", "Fredrika Åström", LAK, "2024-01-30T10:30", None, OV, [
      ("Anamnes", "Maken beskriver förändrad personlighet senaste året: hämningslös, äter sötsaker i stora mängder, har slutat bry sig om barnbarnen."),
      ("Status", "MoCA 26/30. Neurologiskt status utan fokala bortfall."),
      ("Planering", "MR hjärna, neuropsykologisk bedömning och FDG-PET."),
      ("Tidiga hypoteser", "Trolig beteendevariant av frontotemporal demens."),
  ])], [], N_BOTH, "unsigned VGR memory-clinic note; the hypothesis is only under sökord Tidiga hypoteser")

C("skane-mall-tidiga-hypoteser-lungcancer-ej-informerad", "skane", ("1950-10-25", "39", "M"),
  [N(ML, "Tidiga hypoteser", "lung_hbg", "Mats Hansson", LAK, "2024-02-13T12:00", 30, OV, [
      ("Bedömning", "Misstänkt lungcancer utifrån DT, avvaktar bronkoskopi. Patienten ej informerad om malignitetsmisstanken i avvaktan på PAD."),
  ])], [], N_BOTH, "Skåne: hypothesis and 'not informed' both only in the hidden template Tidiga hypoteser")

C("skane-mall-tidiga-hypoteser-parkinson", "skane", ("1948-08-08", "23", "M"),
  [N(ML, "Tidiga hypoteser", "ger_malmo", "Eva Nordström", LAK, "2024-02-20T15:10", 20, SV, [
      ("Bedömning", "Trol. Parkinsons sjukdom med tanke på vilotremor hö hand, bradykinesi och framåtböjd hållning. Remiss neurolog efter utskrivning."),
  ])], [], N_BOTH, "Skåne geriatric ward: hedged diagnosis written in the hidden template")

C("vgr-tidiga-hypoteser-men-myelom-ocksa-i-bedomning", "vgr", ("1946-11-28", "42", "K"),
  [N(ML, "Läkaranteckning", "med_ostra", "Gustav Berg", LAK, "2024-03-01T11:30", 40, SV, [
      ("Aktuellt", "Inlagd för hyperkalcemi, kalcium 3,1. Ryggvärk sedan två månader."),
      ("Lab", "M-komponent IgG 28 g/l i serum, Hb 96, kreatinin 140."),
      ("Bedömning", "Hyperkalcemi, misstänkt myelom."),
      ("Tidiga hypoteser", "Misstänkt multipelt myelom, benmärgsprov planeras."),
  ])], M102, N101, "VGR: the hypothesis is in Tidiga hypoteser but also leaks into the visible Bedömning")

C("skane-tva-anteckningar-hidden-mall-och-synlig-pankreascancer", "skane", ("1944-12-09", "17", "M"),
  [N(ML, "Tidiga hypoteser", "kir_hassleholm", "Rasmus Krantz", LAK, "2024-03-25T09:00", 20, SV, [
      ("Bedömning", "Misstänkt pankreascancer: smärtfri ikterus, dilaterad koledokus och 2 cm lesion i pankreashuvudet på ultraljud."),
   ]),
   N(ML, "Daganteckning", "kir_hassleholm", "Rasmus Krantz", LAK, "2024-03-25T09:40", 25, SV, [
      ("Aktuellt", "Ikterus sedan en vecka, klåda, ljus avföring."),
      ("Bedömning", "Smärtfri ikterus, ?pankreascancer."),
      ("Planering", "DT pankreasprotokoll och ERCP med stent."),
   ])], [["NL102", "n2"]], [["NL102", "n1"]],
  "same hypothesis hidden in the Skåne template (n1) and repeated in a visible daily note (n2)")

# =========================================================================== NL101
C("lung-smacellig-besked-ges-vid-aterbesok", "skane", ("1955-06-03", "64", "K"),
  [N(ML, "Läkaranteckning", "lung_hbg", "Mats Hansson", LAK, "2024-04-03T16:30", 20, OV, [
      ("Aktuellt", "PAD från bronkoskopin har inkommit: småcellig lungcancer."),
      ("Bedömning", "Småcellig lungcancer, begränsad sjukdom enligt PET-DT."),
      ("Planering", "Patienten vet ännu inte om svaret, besked ges vid återbesök på fredag med kontaktsjuksköterska närvarande."),
  ])], M101, N102, "confirmed cancer visible while the patient has not been told")

C("onkologi-levermetastaser-ej-informerad", "vgr", ("1958-01-21", "09", "M"),
  [N(ML, "Läkaranteckning", "onk_sahl", "Susanne Ahl", LAK, "2024-04-19T13:50", 30, OV, [
      ("Aktuellt", "Koloncancer opererad 2023, adjuvant cytostatika avslutad i januari. Kontroll-DT idag."),
      ("DT", "DT thorax-buk: tre nytillkomna levermetastaser, största 3 cm."),
      ("Bedömning", "Levermetastaser från koloncancer. Patienten är ännu inte informerad; han kommer på samtal med sin fru nästa onsdag."),
  ])], M101, N102, "recurrence stated as certain, patient not yet informed")

C("medicin-hjartsvikt-diagnosbesked-givet", "vgr", ("1947-03-18", "74", "K"),
  [N(ML, "Läkaranteckning", "med_skovde", "Jonas Axelsson", LAK, "2024-05-08T14:00", 30, OV, [
      ("Aktuellt", "Återbesök efter ekokardiografi: EF 35 %, vänsterkammardilatation."),
      ("Bedömning", "Hjärtsvikt med nedsatt ejektionsfraktion. Diagnosbesked givet idag, patienten fick skriftlig information om hjärtsvikt och egenvård."),
      ("Planering", "Sakubitril/valsartan, bisoprolol och dapagliflozin enligt titreringsschema. Hjärtsviktssköterska om två veckor."),
  ])], [], N_BOTH, "diagnosis communicated ('Diagnosbesked givet idag')")

C("ortopedi-ej-informerad-om-operationsdatum", "skane", ("1952-07-10", "42", "K"),
  [N(ML, "Läkaranteckning", "ort_lund", "Tobias Engström", LAK, "2024-05-21T10:20", 25, OV, [
      ("Aktuellt", "Höftartros vä med vilovärk, röntgen visar upphävd ledspringa."),
      ("Bedömning", "Primär höftartros vä, uppsatt för total höftprotes."),
      ("Planering", "Operationsdatum inte bestämt ännu; patienten ej informerad om datum förrän operationsplaneringen är klar."),
  ])], [], N_BOTH, "what the patient has not been told is a date, not a diagnosis")

C("barn-diabetes-typ1-vardnadshavare-ej-informerade", "vgr", ("2016-05-03", "32", "K"),
  [N(ML, "Läkaranteckning", "barn_nal", "Linnea Strömberg", LAK, "2024-06-07T18:30", 40, SV, [
      ("Aktuellt", "Åttaårig flicka inlagd från vårdcentralen med törst, viktnedgång och P-glukos 27. Mamma med på avdelningen, pappa på väg hem från arbetsresa."),
      ("Lab", "HbA1c 98, ketoner 1,2, GAD-antikroppar positiva. Ingen acidos."),
      ("Bedömning", "Diabetes typ 1, nydebuterad."),
      ("Planering", "Vårdnadshavarna har ännu inte fått diagnosbeskedet; det ges ikväll när båda föräldrarna är på plats. Subkutant insulin startas efter samtalet."),
  ])], M101, N102, "child under 13: guardians not yet told of a confirmed diagnosis")

# =========================================================================== other near misses
C("medicin-trol-hemolyserat-prov", "skane", ("1950-03-24", "13", "M"),
  [N(ML, "Daganteckning", "med_ystad", "Sara Holmgren", LAK, "2024-06-14T09:30", None, SV, [
      ("Aktuellt", "Vårdas för KOL-exacerbation dag 2, bättre andning, syrgas uttrappad."),
      ("Lab", "Kalium 6,1 men provet var svårtaget och trol. hemolyserat."),
      ("Bedömning", "KOL-exacerbation i förbättring. Kaliumvärdet bedöms som falskt förhöjt."),
      ("Planering", "Nytt kalium med fri stas idag. Fortsatt prednisolon."),
  ])], [], N_BOTH, "unsigned: 'trol.' hedges a lab sample (haemolysis), not a diagnosis")

C("geriatrik-korttidsplats-fragetecken", "vgr", ("1933-08-30", "38", "K"),
  [N(ML, "Daganteckning", "ger_molndal", "Maja Holmberg", LAK, "2024-06-20T13:15", 30, SV, [
      ("Aktuellt", "Opererad för höftfraktur vä för en vecka sedan. Går med rollator med stöd av en person."),
      ("Bedömning", "I rehabiliteringsfas efter höftfrakturoperationen. Hemgång till eget boende är ännu inte möjlig."),
      ("Planering", "Korttidsplats? Vårdplanering via SAMSA med kommunen på måndag."),
  ])], [], N_BOTH, "a question mark on a plan ('Korttidsplats?'), not on a diagnosis")

C("dsk-bensar-kan-inte-uteslutas-mer-hemtjanst", "vgr", ("1931-07-17", "44", "K"),
  [N(ML, "Hembesök", "dsk_ale", "Lena Ekström", DSK, "2024-07-03T10:30", 60, HSV, [
      ("Aktuellt", "Såromläggning av venöst bensår vä underben, två gånger i veckan sedan april."),
      ("Status", "Såret 3 x 2 cm, rosa granulationsvävnad, lite sekretion, ingen lukt."),
      ("Bedömning", "Venöst bensår i läkning. Att hon behöver mer hjälp från hemtjänsten framöver kan inte uteslutas, hon orkar allt mindre själv."),
      ("Åtgärd", "Kompressionslinda fortsatt. Kontaktar biståndshandläggaren."),
  ])], [], N_BOTH, "'kan inte uteslutas' about the need for home help, not a diagnosis")

C("medicin-det-mesta-talar-for-hemgang", "skane", ("1934-10-15", "54", "K"),
  [N(ML, "Daganteckning", "med_angelholm", "Karin Persson", LAK, "2024-07-11T11:00", 30, SV, [
      ("Aktuellt", "Inlagd för pyelonefrit med konfusion, nu klar i huvudet och mobiliserad."),
      ("Bedömning", "Pyelonefrit, färdigbehandlad med ceftibuten. Det mesta talar för att hon klarar hemgång med utökad hemtjänst."),
      ("Planering", "Vårdplanering med kommunen idag, hemgång imorgon."),
  ])], [], N_BOTH, "'talar för' about discharge, not a diagnosis")

C("dsk-hembesok-samma-bild-som-vid-forra-besoket", "vgr", ("1938-05-09", "35", "M"),
  [N(ML, "Hembesök", "dsk_molndal", "Maria Håkansson", DSK, "2024-07-18T14:20", None, HSV, [
      ("Aktuellt", "Arteriellt sår på hö häl hos patient med perifer kärlsjukdom; kärlkirurg har bedömt att revaskularisering inte är aktuell."),
      ("Status", "Samma bild som vid förra besöket: torr svart nekros 1 x 1 cm, ingen rodnad runt om."),
      ("Bedömning", "Torr hälnekros, stabil."),
      ("Åtgärd", "Torrhålls, avlastning med hälskydd i sängen. Nästa hembesök om en vecka."),
  ])], [], N_BOTH, "unsigned: 'Samma bild som vid förra besöket' compares visits, no hedge")

C("akut-obs-penicillinallergi-streptokocktonsillit", "skane", ("1961-12-30", "48", "K"),
  [N(ML, "Akutanteckning", "akut_lund", "Niklas Forsberg", LAK, "2024-07-25T13:40", 25, OV, [
      ("Anamnes", "Obs! Penicillinallergi (urtikaria och svullna läppar 2010). Nu feber och halsont sedan tre dagar."),
      ("Status", "Beläggningar på tonsillerna bilat, ömma käkvinkelkörtlar. Centor 4, strep A positiv."),
      ("Bedömning", "Streptokocktonsillit."),
      ("Åtgärd", "Klindamycin 300 mg x 3 i tio dagar."),
  ])], [], N_BOTH, "'Obs!' is an alert, not a question; all diagnoses certain")

C("minne-telefon-kan-rora-sig-om-vantetid", "vgr", ("1944-09-19", "60", "K"),
  [N(ML, "Telefonkontakt", "minne_molndal", "Karolina Berg", SSK, "2024-08-01T09:20", 15, OV, [
      ("Kontaktorsak", "Dottern ringer och undrar när mamman får tid för uppföljning av sin Alzheimers sjukdom."),
      ("Bedömning", "Alzheimers sjukdom sedan 2022, stabil enligt dottern."),
      ("Åtgärd", "Förklarar att det kan röra sig om några veckors väntetid, hon står på kölistan för september."),
  ])], [], N_BOTH, "'kan röra sig om' about waiting time, not a diagnosis")

C("vc-utreddes-2019-for-tia-blev-migran", "vgr", ("1972-11-02", "66", "K"),
  [N(ML, "Läkaranteckning", "vc_kungalv", "Nora Sandberg", LAK, "2024-08-08T10:00", 25, OV, [
      ("Kontaktorsak", "Önskar förnyelse av triptaner."),
      ("Anamnes", "Utreddes 2019 för misstänkt TIA efter synstörning och domning i hö hand; utredningen visade migrän med aura och inga kärlförändringar."),
      ("Bedömning", "Migrän med aura, välkontrollerad, 2–3 attacker per månad."),
      ("Åtgärd", "Sumatriptan förnyas. Fortsatt undvika östrogeninnehållande p-piller."),
  ])], [], N_BOTH, "past hedge that was settled years ago (TIA work-up ended as migraine)")

C("endoskopi-ingen-missanke-om-malignitet-typo", "skane", ("1960-04-13", "54", "K"),
  [N(ML, "Läkaranteckning", "endosk_malmo", "Amir Haddad", LAK, "2024-08-15T11:30", 30, OV, [
      ("Aktuellt", "Gastroskopi på grund av sväljningsbesvär och halsbränna."),
      ("Fynd", "Esofagit LA grad B distalt, liten hiatushernia. Inga strikturer, ingen tumör."),
      ("Bedömning", "Refluxesofagit grad B. Ingen missanke om malignitet."),
      ("Åtgärd", "Omeprazol 40 mg i åtta veckor, sedan 20 mg vid behov."),
  ])], [], N_BOTH, "negation with a typo ('Ingen missanke om')")

C("dsk-diabetesfotsar-inga-tcken-pa-infektion-typo", "vgr", ("1945-03-31", "52", "K"),
  [N(ML, "Sjuksköterskeanteckning", "dsk_ale", "Sara Nyberg", DSK, "2024-08-22T13:10", 30, OV, [
      ("Aktuellt", "Omläggning av diabetesfotsår under vä fotsula, känt sedan maj."),
      ("Status", "Sår 1 x 1 cm, rent, rosa sårbotten. Inga tcken på infektion, ingen rodnad eller svullnad."),
      ("Bedömning", "Diabetesfotsår vä fot i läkning."),
      ("Åtgärd", "Avlastande skosula, omläggning med hydrofiber två gånger i veckan."),
  ])], [], N_BOTH, "negation with a typo ('Inga tcken på'); ulcer certain")

C("medicin-misstankt-dvt-avskrives-typo", "skane", ("1963-02-25", "43", "M"),
  [N(ML, "Läkaranteckning", "med_krist", "Henrik Mårtensson", LAK, "2024-08-29T15:30", 20, OV, [
      ("Anamnes", "Svullen vä vad efter knäartroskopi för två veckor sedan."),
      ("Ultraljud", "Kompressionsultraljud vä ben: normala flöden, ingen trombos."),
      ("Bedömning", "Misstänkt DVT vä ben, avskrives efter normalt ultraljud. Postoperativ svullnad."),
      ("Åtgärd", "Kompressionsstrumpa och högläge."),
  ])], [], N_BOTH, "suspicion dismissed in the same note; typo in the dismissal verb ('avskrives')")

C("vc-bror-utreds-for-prostatacancer", "vgr", ("1960-08-12", "33", "M"),
  [N(ML, "Läkaranteckning", "vc_tidaholm", "Oskar Dahl", LAK, "2024-09-05T09:20", 25, OV, [
      ("Kontaktorsak", "Vill ta PSA eftersom brodern utreds för misstänkt prostatacancer."),
      ("Anamnes", "Inga vattenkastningsbesvär, normal stråle, ingen nattlig miktion."),
      ("Status", "PR: liten, slät, välavgränsad prostata."),
      ("Bedömning", "Symtomfri man med ärftlighet. PSA tas efter genomgång av för- och nackdelar."),
  ])], [], N_BOTH, "the hedged diagnosis is the brother's, not the patient's")

C("medicin-kol-ev-feber-i-natt", "skane", ("1947-11-06", "68", "K"),
  [N(ML, "Daganteckning", "med_krist", "Henrik Mårtensson", LAK, "2024-09-18T10:30", 30, SV, [
      ("Aktuellt", "KOL stadium 3, inlagd för exacerbation, dag 3. Ev. feber i natt enligt nattpersonalen, hon själv frös lite."),
      ("Status", "Temp 37,2 nu. SpO2 92 % på 1 l syrgas. Mindre obstruktiv."),
      ("Bedömning", "KOL-exacerbation, gradvis bättre sedan inläggningen."),
      ("Planering", "Fortsatt prednisolon och inhalationer. Temp morgon och kväll."),
  ])], [], N_BOTH, "'Ev.' hedges a symptom (fever), diagnoses certain")

# =========================================================================== PMO (Skåne primary care)
C("pmo-hemsjukvard-fragetecken-erysipelas", "skane", ("1936-12-16", "20", "K"),
  [N(PM, "Sjuksköterskeanteckning", "hsv_ystad", "Agneta Larsson", SSK, "2024-09-24T11:10", 30, HSV, [
      ("Aktuellt", "Hembesök: rodnad och värme på hö underben sedan igår, temp 38,0."),
      ("Bedömning", "?erysipelas hö underben."),
      ("Åtgärd", "Kontakt med jourläkare på vårdcentralen, ordination av penicillin inhämtad. Rodnaden markerad med penna."),
  ])], [], N102, "PMO home-care note with '?erysipelas': PMO shows no diagnoses")

C("pmo-vc-dd-handartros-ra", "skane", ("1963-05-07", "52", "K"),
  [N(PM, "Läkaranteckning", "vc_hoor", "Nils Bergman", LAK, "2024-10-08T14:15", 20, OV, [
      ("Kontaktorsak", "Stela och ömma fingerleder på båda händerna, värst på morgonen."),
      ("Status", "Lätt svullnad över MCP 2–3 bilat, Heberdens noduler."),
      ("Bedömning", "DD handartros / reumatoid artrit."),
      ("Åtgärd", "Anti-CCP, RF, SR. Röntgen händer."),
  ])], [], N102, "PMO: DD list is silent")

C("pmo-vc-bild-som-vid-zoster-ophthalmicus", "skane", ("1952-02-22", "59", "M"),
  [N(PM, "Läkaranteckning", "vc_eslov", "Marcus Blom", LAK, "2024-10-17T10:40", 25, OV, [
      ("Kontaktorsak", "Blåsor på hö sida av pannan sedan igår, stickande smärta i tre dagar innan."),
      ("Status", "Grupperade blåsor inom hö V1, näsroten fri. Ögat vitt."),
      ("Bedömning", "Bild som vid herpes zoster ophthalmicus utan ögonengagemang."),
      ("Åtgärd", "Valaciklovir 1 g tre gånger dagligen i en vecka. Kontakt med ögonjour vid röda ögon eller synpåverkan."),
  ])], [], N102, "PMO: 'Bild som vid' is silent")

C("pmo-vc-missankt-demens-typo", "skane", ("1938-03-13", "64", "K"),
  [N(PM, "Läkaranteckning", "vc_tomelilla", "Per Jönsson", LAK, "2024-10-29T13:00", 30, OV, [
      ("Kontaktorsak", "Sonen har märkt att mamma upprepar sig och glömmer avtalade tider."),
      ("Status", "MMSE 23/30, klocktest med felplacerade visare."),
      ("Bedömning", "Missänkt demens, basal utredning påbörjas."),
      ("Åtgärd", "Demensblodprover, DT hjärna."),
  ])], [], N102, "PMO with a typo in the hedge ('Missänkt'): silent")

C("pmo-vc-pneumoni-kan-ej-uteslutas", "skane", ("1956-09-08", "11", "M"),
  [N(PM, "Läkaranteckning", "vc_linero", "Hanna Bengtsson", LAK, "2024-11-13T16:10", 20, OV, [
      ("Kontaktorsak", "Feber och hosta i en vecka, ont i bröstet vid djupa andetag."),
      ("Status", "Temp 38,4, SpO2 95 %. Dämpning och rassel vä bas. CRP 96."),
      ("Bedömning", "Pneumoni kan ej uteslutas."),
      ("Åtgärd", "Amoxicillin 750 mg x 3 i sju dagar. Lungröntgen om sex veckor."),
  ])], [], N102, "PMO: 'kan ej uteslutas' is silent")


# =========================================================================== validation
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
PNR = re.compile(r"^(\d{8})-(\d{4})$")
TOP_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
REC_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def in_2024(s):
    try:
        t = dt.datetime.fromisoformat(s)
    except (TypeError, ValueError):
        return None
    return t if t.year == 2024 else None


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    d = when.date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    for c in cases:
        name = c.get("case")
        if list(c.keys()) != TOP_KEYS:
            errs.append("%s: keys %s" % (name, list(c.keys())))
        if name in names:
            errs.append("duplicate case name %s" % name)
        names.add(name)
        if c["ruleset"] not in ("vgr", "skane"):
            errs.append("%s: ruleset %s" % (name, c["ruleset"]))
        rec = c["record"]
        if set(rec.keys()) != REC_KEYS:
            errs.append("%s: record keys" % name)
        pat = rec["patient"]
        if set(pat.keys()) != {"id", "birth_date", "protected_identity"}:
            errs.append("%s: patient keys" % name)
        m = PNR.match(pat["id"])
        if not m:
            errs.append("%s: personnummer format %s" % (name, pat["id"]))
        else:
            if m.group(1) != pat["birth_date"].replace("-", ""):
                errs.append("%s: personnummer does not match birth_date" % name)
            if not luhn_ok(m.group(1)[2:] + m.group(2)):
                errs.append("%s: personnummer fails Luhn" % name)
        if not in_2024(rec["as_of"]):
            errs.append("%s: as_of not in 2024" % name)
        notes = {}
        for n in rec["notes"]:
            if set(n.keys()) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (name, sorted(n.keys())))
            if n["id"] in notes:
                errs.append("%s: duplicate note id" % name)
            notes[n["id"]] = n
            t = in_2024(n["time"])
            if not t:
                errs.append("%s: note time not in 2024" % name)
                continue
            if n["signed"] is not None:
                s = in_2024(n["signed"])
                if not s or s < t:
                    errs.append("%s: signed not in 2024 or before time" % name)
            if dt.datetime.fromisoformat(rec["as_of"]) < t:
                errs.append("%s: as_of before note" % name)
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s: system %s" % (name, n["system"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % name)
            a = age_at(pat["birth_date"], t)
            if 13 <= a <= 15 or a < 0:
                errs.append("%s: patient age %d not allowed" % (name, a))
            for sec in n["sections"]:
                if set(sec.keys()) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append("%s: bad section" % name)
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        key = sent.lower()
                        if key in seen_sent and seen_sent[key] != name:
                            errs.append("%s: sentence repeated from %s: %r" % (name, seen_sent[key], sent))
                        elif key in seen_sent:
                            errs.append("%s: sentence repeated within case: %r" % (name, sent))
                        seen_sent[key] = name
        pairs = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if not (isinstance(item, list) and len(item) == 2):
                    errs.append("%s: bad %s item %r" % (name, lst, item))
                    continue
                code, target = item
                if target not in notes:
                    errs.append("%s: target %s missing" % (name, target))
                    continue
                if (code, target) in pairs:
                    errs.append("%s: %s on %s asserted twice" % (name, code, target))
                pairs.add((code, target))
                sysname = notes[target]["system"]
                if code == "NL102" and sysname != "Melior" and lst == "must":
                    errs.append("%s: NL102 must on PMO" % name)
                if code == "NL102" and sysname != "Melior" and lst == "must_not":
                    pass  # PMO must_not NL102 is the convention
                if code == "NL101" and sysname != "Melior":
                    errs.append("%s: NL101 asserted on PMO" % name)
                if code not in ("NL101", "NL102"):
                    errs.append("%s: unexpected code %s" % (name, code))
        # NL102 'only on Melior notes' for must; PMO only as must_not by convention
        if not c["why"].strip():
            errs.append("%s: empty why" % name)
    ids = {}
    for c in cases:
        pid = c["record"]["patient"]["id"]
        if pid in ids:
            errs.append("%s: personnummer reused from %s" % (c["case"], ids[pid]))
        ids[pid] = c["case"]
    return errs


def main():
    errs = validate(CASES)
    # NL102 on PMO must never be positive; also no NL102 must/must_not on a note of another system
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    # re-read to validate what was written
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    if back != CASES:
        errs.append("written file differs from data")
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    stats = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                stats[(code, lst)] = stats.get((code, lst), 0) + 1
    typos = sum(1 for c in CASES if "typo" in c["why"].lower())
    print("%d cases written to %s" % (len(CASES), OUT))
    for k in sorted(stats):
        print("  %s %s: %d" % (k[0], k[1], stats[k]))
    print("  typo cases: %d" % typos)
    print("  vgr %d, skane %d" % (sum(c["ruleset"] == "vgr" for c in CASES),
                                   sum(c["ruleset"] == "skane" for c in CASES)))


if __name__ == "__main__":
    main()
