#!/usr/bin/env python3
"""Gold cases nl1_heldout24_cases: quality review of one hospital (Helsingborg, Skåne;
paired with Skaraborgs sjukhus, VGR) and surrounding primary care, Q2 2024. NL1 only."""
import json, re, sys, os
from datetime import datetime, timedelta

NAME = "nl1_heldout24_cases"

U = {  # key: (name, hsa, system, setting)
 "akm": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-H101", "Melior", "akutmottagning"),
 "med": ("Medicinavdelning 61, Helsingborgs lasarett", "SE2321000255-H161", "Melior", "slutenvård"),
 "kard": ("Kardiologmottagningen, Helsingborgs lasarett", "SE2321000255-H120", "Melior", "öppenvård"),
 "kir": ("Kirurgavdelning 12, Helsingborgs lasarett", "SE2321000255-H212", "Melior", "slutenvård"),
 "kirm": ("Kirurgmottagningen, Helsingborgs lasarett", "SE2321000255-H210", "Melior", "öppenvård"),
 "ort": ("Ortopedmottagningen, Helsingborgs lasarett", "SE2321000255-H310", "Melior", "öppenvård"),
 "neuro": ("Neurologimottagningen, Helsingborgs lasarett", "SE2321000255-H410", "Melior", "öppenvård"),
 "onk": ("Onkologimottagningen, Helsingborgs lasarett", "SE2321000255-H510", "Melior", "öppenvård"),
 "hem": ("Hematologiavdelningen, Helsingborgs lasarett", "SE2321000255-H520", "Melior", "slutenvård"),
 "kk": ("Gynekologmottagningen, Helsingborgs lasarett", "SE2321000255-H610", "Melior", "öppenvård"),
 "bum": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-H710", "Melior", "öppenvård"),
 "barnavd": ("Barnavdelning 71, Helsingborgs lasarett", "SE2321000255-H771", "Melior", "slutenvård"),
 "psyk": ("Allmänpsykiatrisk mottagning Helsingborg", "SE2321000255-H810", "Melior", "psykiatrisk öppenvård"),
 "psykavd": ("Psykiatrisk avdelning 82, Helsingborg", "SE2321000255-H882", "Melior", "psykiatrisk heldygnsvård"),
 "bup": ("BUP-mottagning Helsingborg", "SE2321000255-H850", "Melior", "psykiatrisk öppenvård"),
 "geri": ("Geriatriska avdelningen, Helsingborgs lasarett", "SE2321000255-H910", "Melior", "slutenvård"),
 "lung": ("Lungmottagningen, Helsingborgs lasarett", "SE2321000255-H130", "Melior", "öppenvård"),
 "hud": ("Hudmottagningen, Helsingborgs lasarett", "SE2321000255-H140", "Melior", "öppenvård"),
 "uro": ("Urologmottagningen, Helsingborgs lasarett", "SE2321000255-H220", "Melior", "öppenvård"),
 "ogon": ("Ögonmottagningen, Helsingborgs lasarett", "SE2321000255-H150", "Melior", "öppenvård"),
 "fys": ("Fysioterapin, Helsingborgs lasarett", "SE2321000255-H160", "Melior", "öppenvård"),
 "diet": ("Dietistmottagningen, Helsingborgs lasarett", "SE2321000255-H170", "Melior", "öppenvård"),
 "inf": ("Infektionsmottagningen, Helsingborgs lasarett", "SE2321000255-H180", "Melior", "öppenvård"),
 "endo": ("Endokrinmottagningen, Helsingborgs lasarett", "SE2321000255-H190", "Melior", "öppenvård"),
 "vc1": ("Vårdcentralen Drottninghög", "SE2321000255-P101", "PMO", "primärvård"),
 "vc2": ("Vårdcentralen Olympia, Helsingborg", "SE2321000255-P102", "PMO", "primärvård"),
 "vc3": ("Vårdcentralen Höganäs", "SE2321000255-P103", "PMO", "primärvård"),
 "vc4": ("Vårdcentralen Bjuv", "SE2321000255-P104", "PMO", "primärvård"),
 "bvc": ("BVC Råå-Ramlösa", "SE2321000255-P201", "PMO", "barnhälsovård"),
 "umo": ("Ungdomsmottagningen Helsingborg", "SE2321000255-P301", "PMO", "öppenvård"),
 "hsv": ("Hemsjukvården Ängelholm", "SE2321000255-P401", "PMO", "hemsjukvård"),
 "v_akm": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-S101", "Melior", "akutmottagning"),
 "v_med": ("Medicinavdelning 5, Skaraborgs Sjukhus Skövde", "SE2321000131-S105", "Melior", "slutenvård"),
 "v_kard": ("Hjärtmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-S120", "Melior", "öppenvård"),
 "v_kir": ("Kirurgavdelning 32, Skaraborgs Sjukhus Skövde", "SE2321000131-S232", "Melior", "slutenvård"),
 "v_neuro": ("Neurologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-S410", "Melior", "öppenvård"),
 "v_onk": ("Onkologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-S510", "Melior", "öppenvård"),
 "v_inf": ("Infektionskliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-S180", "Melior", "slutenvård"),
 "v_reum": ("Reumatologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-S190", "Melior", "öppenvård"),
 "v_barn": ("Barnmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-S710", "Melior", "öppenvård"),
 "v_psyk": ("Psykiatriska mottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-S810", "Melior", "psykiatrisk öppenvård"),
 "v_kk": ("Kvinnokliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-S610", "Melior", "öppenvård"),
 "v_ort": ("Ortopedmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-S310", "Melior", "öppenvård"),
 "v_geri": ("Geriatriken, Skaraborgs Sjukhus Skövde", "SE2321000131-S910", "Melior", "slutenvård"),
 "v_lung": ("Lungmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-S130", "Melior", "öppenvård"),
 "v_uro": ("Urologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-S220", "Melior", "öppenvård"),
 "v_hud": ("Hudmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-S140", "Melior", "öppenvård"),
 "v_fys": ("Rehabmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-S160", "Melior", "öppenvård"),
}

A = {  # key: (name, role)
 "L1": ("Johan Persson", "läkare"), "L2": ("Sara Nilsson", "läkare"), "L3": ("Ahmed Haddad", "läkare"),
 "L4": ("Karin Öberg", "läkare"), "L5": ("Mikael Lindqvist", "läkare"), "L6": ("Elin Håkansson", "läkare"),
 "L7": ("Tomasz Nowak", "läkare"), "L8": ("Ingrid Bergström", "läkare"), "L9": ("Petra Sjöberg", "läkare"),
 "AT": ("Oskar Ek", "AT-läkare"), "ST": ("Leila Karimi", "ST-läkare"),
 "S1": ("Maria Jönsson", "sjuksköterska"), "S2": ("Fredrik Holm", "sjuksköterska"),
 "S3": ("Anneli Svensson", "sjuksköterska"), "DS": ("Birgitta Olsson", "distriktssköterska"),
 "BM": ("Hanna Axelsson", "barnmorska"), "US": ("Jenny Mattsson", "undersköterska"),
 "PS": ("Ulrika Falk", "psykolog"), "FT": ("Daniel Strand", "fysioterapeut"),
 "DI": ("Lotta Berg", "dietist"), "AR": ("Camilla Wikström", "arbetsterapeut"),
 "KU": ("Nils Ahlgren", "kurator"), "LOG": ("Sofia Lund", "logoped"),
}

DEFAULT_TEMPLATE = {"läkare": "Läkaranteckning", "AT-läkare": "Läkaranteckning", "ST-läkare": "Läkaranteckning",
    "sjuksköterska": "Omvårdnadsanteckning", "distriktssköterska": "Omvårdnadsanteckning",
    "barnmorska": "Barnmorskeanteckning", "undersköterska": "Omvårdnadsanteckning",
    "psykolog": "Psykologanteckning", "fysioterapeut": "Fysioterapeutanteckning",
    "dietist": "Dietistanteckning", "arbetsterapeut": "Arbetsterapeutanteckning",
    "kurator": "Kuratorsanteckning", "logoped": "Logopedanteckning"}

def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(s):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        tot += d // 10 + d % 10
    return str((10 - tot % 10) % 10)

def pnr(birth, serial):
    y, m, d = birth.split("-")
    body = y[2:] + m + d + "%03d" % serial
    return "%s%s%s-%03d%s" % (y, m, d, serial, luhn_digit(body))

def N(nid, unit, author, when, sections, template=None, signed=40, refs=None):
    un, hsa, system, setting = U[unit]
    an, role = A[author]
    t = datetime.strptime(when, "%Y-%m-%d %H:%M")
    return {"id": nid, "system": system,
            "template": template or DEFAULT_TEMPLATE[role],
            "unit": {"name": un, "hsa_id": hsa},
            "author": {"name": an, "role": role},
            "time": t.isoformat(),
            "signed": None if signed is None else (t + timedelta(minutes=signed)).isoformat(),
            "setting": setting, "refs": refs or [],
            "sections": [{"keyword": k, "text": v} for k, v in sections]}

TH = "Tidiga hypoteser"
CASES = []

def C(name, rs, birth, notes, must, must_not, why):
    CASES.append((name, rs, birth, notes, must, must_not, why))

# ---------------------------------------------------------------- NL102 positives, Skåne Melior
C("akm-susp-lungemboli", "skane", "1961-03-14", [N("n1", "akm", "L1", "2024-04-02 02:40", [
  ("Aktuellt", "Akut debuterad andfåddhet sedan igår kväll, stickande smärta vä thorax vid djupandning. Flög hem från Thailand för fyra dagar sedan."),
  ("Status", "AT: påverkad, takypné 26/min. SpO2 91 % på luft. Puls 118 reg. Vä vad ua."),
  ("Bedömning", "Misstänkt lungemboli, Wells 6. DT-angio beställd, fragmin ges i väntan på svar.")])],
  [["NL102", "n1"]], [], "misstänkt + diagnosis in Bedömning of an akut Melior note")
C("med-trol-pneumoni-inskrivning", "skane", "1938-11-02", [N("n1", "med", "AT", "2024-04-03 16:10", [
  ("Inskrivningsorsak", "Feber och förvirring sedan två dygn, inkommer med ambulans från särskilt boende."),
  ("Bedömning", "Trol. pneumoni hö basalt med lätt dehydrering. Startar bensylpc 3 g x 3 iv samt vätska.")], template="Inskrivningsanteckning")],
  [["NL102", "n1"]], [], "abbreviated 'Trol.' before pneumoni in an admission note")
C("kard-ev-perikardit", "skane", "1989-07-21", [N("n1", "kard", "L2", "2024-04-04 10:20", [
  ("Anamnes", "Förkyld för två veckor sedan, nu bröstsmärta som lindras när han sitter framåtlutad."),
  ("Bedömning", "Ev. perikardit. EKG med diffusa ST-höjningar, ingen troponinstegring. Ekokardiografi bokas inom en vecka, ibuprofen ordineras.")])],
  [["NL102", "n1"]], [], "'Ev.' hedging a perikardit diagnosis in a cardiology outpatient note")
C("kir-appendicit-kan-ej-uteslutas", "skane", "2001-05-30", [N("n1", "akm", "ST", "2024-04-05 21:15", [
  ("Status", "Buk: ömhet i hö fossa, släppömhet ua, ingen défense. CRP 34, LPK 12,1."),
  ("Bedömning", "Appendicit kan ej uteslutas. Inläggs på kirurgen för observation, fastande, ny bukpalpation i morgon bitti.")])],
  [["NL102", "n1"]], [], "'kan ej uteslutas' about appendicit")
C("neuro-dd-ms-neuroborrelios", "skane", "1994-09-09", [N("n1", "neuro", "L4", "2024-04-08 13:00", [
  ("Bedömning", "Känselbortfall vä ben sedan 3 v, ingen feber. DD multipel skleros vs neuroborrelios. LP och MR hjärna/rygg planeras.")])],
  [["NL102", "n1"]], [], "DD listing two diagnoses in a visible Melior note")
C("onk-misstankt-spridning-informerad", "skane", "1956-01-17", [N("n1", "onk", "L5", "2024-04-09 11:30", [
  ("Aktuellt", "Uppföljning efter opererad koloncancer 2022. DT thorax-buk i förra veckan."),
  ("Bedömning", "Två nytillkomna förändringar i levern, misstänkt levermetastasering. Pat informerad om fyndet och att vi behöver gå vidare med MR lever och MDK-diskussion.")])],
  [["NL102", "n1"]], [["NL101", "n1"]], "hedged metastasis told to the patient: still a visible hypothesis, but no NL101")
C("kk-susp-x-graviditet", "skane", "1996-12-04", [N("n1", "kk", "L6", "2024-04-10 19:45", [
  ("Aktuellt", "Vecka 6+2 enligt SM, nu blödning och ensidig smärta höger."),
  ("Bedömning", "Susp. extrauterin graviditet, ingen säker intrauterin hinna på VUL. hCG taget, nytt om 48 h.")])],
  [["NL102", "n1"]], [], "'Susp.' extrauterin graviditet at the gynecology clinic")
C("ort-trolig-scaphoideumfraktur", "skane", "2003-02-26", [N("n1", "ort", "L7", "2024-04-11 09:05", [
  ("Bedömning", "Ömhet i fossa tabatière trots negativ slätröntgen. Trolig scafoideumfraktur, gipsas med tumme i 2 veckor och MR bokas.")])],
  [["NL102", "n1"]], [], "'Trolig' fracture, typo 'scafoideum'")
C("geri-sannolikt-lewy-body", "skane", "1937-06-13", [N("n1", "geri", "L8", "2024-04-12 14:20", [
  ("Sammanfattning", "Fluktuerande kognition, synhallucinationer nattetid och parkinsonism. Sannolikt Lewy body-demens; undviker haloperidol.")])],
  [["NL102", "n1"]], [], "'Sannolikt' with an eponym dementia diagnosis")
C("lung-sarkoidos-fragetecken", "skane", "1979-10-08", [N("n1", "lung", "L3", "2024-04-15 10:40", [
  ("Bedömning", "Bilaterala hilusförstoringar, erythema nodosum på underbenen. Sarkoidos? Bronkoskopi med EBUS remitteras.")])],
  [["NL102", "n1"]], [], "a diagnosis followed by a question mark")
C("uro-misstanke-prostatacancer", "skane", "1952-08-19", [N("n1", "uro", "L5", "2024-04-16 08:50", [
  ("Bedömning", "PSA 14, hård knöl vä lob vid palpation. Misstanke om prostatacancer, MR prostata och därefter riktad biopsi.")])],
  [["NL102", "n1"]], [], "'Misstanke om' prostate cancer")
C("hud-mojligt-melanom", "skane", "1968-04-01", [N("n1", "hud", "L9", "2024-04-16 15:00", [
  ("Status", "Asymmetrisk pigmenterad lesion 8 mm vä skuldra, oregelbunden kant."),
  ("Bedömning", "Dermatoskopiskt möjligt melanom in situ. Excision med 2 mm marginal bokas.")])],
  [["NL102", "n1"]], [], "'möjligt melanom' at the dermatology clinic")
C("psyk-trol-bipolar-typ2", "skane", "1990-02-11", [N("n1", "psyk", "L2", "2024-04-17 13:30", [
  ("Bedömning", "Återkommande depressioner samt perioder med minskat sömnbehov och ökad energi utan psykotiska inslag. Trol. bipolär sjukdom typ II, utreds vidare med livstidskarta.")])],
  [["NL102", "n1"]], [], "'Trol.' bipolar disorder in adult psychiatry")
C("bum-misstankt-celiaki", "skane", "2016-05-22", [N("n1", "bum", "L6", "2024-04-18 10:00", [
  ("Aktuellt", "Viktstillestånd och lös avföring sedan ett halvår, mamma med vid besöket."),
  ("Bedömning", "Misstänkt celiaki, transglutaminas-ak kraftigt förhöjda. Gastroskopi med biopsi planeras, fortsatt glutenhaltig kost tills dess.")])],
  [["NL102", "n1"]], [], "hedged diagnosis in a child's note (guardian reads it)")
C("ogon-ev-jattecellsarterit", "skane", "1948-12-30", [N("n1", "ogon", "L7", "2024-04-19 11:10", [
  ("Bedömning", "Plötslig synnedsättning hö öga, blek svullen papill, SR 78. Ev. jättecellsarterit, Prednisolon 60 mg startas i dag och temporalisbiopsi begärs.")])],
  [["NL102", "n1"]], [], "'Ev.' giant cell arteritis at the eye clinic")
C("akm-typo-missankt-njursten", "skane", "1983-03-03", [N("n1", "akm", "AT", "2024-04-20 04:25", [
  ("Bedömning", "Kolikartad flanksmärta hö med strålning mot ljumsken, mikroskopisk hematuri. Missänkt njursten, DT urinvägar beställd.")])],
  [["NL102", "n1"]], [], "typo 'Missänkt' for misstänkt njursten")
C("med-typo-sannolkt-hjartsvikt", "skane", "1944-07-07", [N("n1", "med", "L1", "2024-04-22 09:45", [
  ("Bedömning", "Ökande ödem och nattlig dyspné, NT-proBNP 4800. Sannolkt hjärtsvikt med bevarad ejektionsfraktion, furosemid iv och UCG.")])],
  [["NL102", "n1"]], [], "typo 'Sannolkt' hedging hjärtsvikt")
C("sjukskoterska-misstankt-uvi", "skane", "1932-01-25", [N("n1", "med", "S1", "2024-04-22 22:30", [
  ("Omvårdnad", "Pat orolig under kvällen, kissar ofta små mängder. Enligt jourläkaren misstänkt urinvägsinfektion, urinodling tagen och skickad.")])],
  [["NL102", "n1"]], [], "nurse note repeats the doctor's hedged diagnosis in a visible section")
C("fysio-mojlig-rotatorkuffruptur", "skane", "1965-11-11", [N("n1", "fys", "FT", "2024-04-23 14:00", [
  ("Undersökning", "Nedsatt aktiv abduktion hö axel, positivt drop arm-test, passiv rörlighet bevarad."),
  ("Bedömning", "Fynden talar för möjlig rotatorkuffruptur. Remiss till ortoped för ultraljud, hemövningar tills vidare.")])],
  [["NL102", "n1"]], [], "physiotherapist hedges a diagnosis ('möjlig')")
C("dietist-ev-pankreasinsufficiens", "skane", "1958-09-16", [N("n1", "diet", "DI", "2024-04-24 10:30", [
  ("Nutritionsbedömning", "Viktnedgång 7 kg på tre månader, fettiga avföringar efter pankreatitepisoder. Ev. exokrin pankreasinsufficiens, läkare kontaktad om elastas i feces."),
  ("Åtgärd", "Energiberikad kost, mellanmål två gånger dagligen.")])],
  [["NL102", "n1"]], [], "dietitian writes 'Ev.' before a diagnosis")
C("psykolog-fragestallning-adhd", "skane", "1999-06-06", [N("n1", "psyk", "PS", "2024-04-25 09:00", [
  ("Bakgrund", "Svårt att slutföra studier, glömmer tider, impulsiva köp."),
  ("Bedömning", "Misstänkt ADHD av kombinerad typ. Neuropsykiatrisk utredning påbörjas med WAIS-IV och DIVA.")])],
  [["NL102", "n1"]], [], "psychologist's suspected ADHD in a visible section")
C("telefon-misstankt-baltros", "skane", "1947-02-14", [N("n1", "hud", "S2", "2024-04-25 11:20", [
  ("Kontaktorsak", "Ringer om blåsor i ett bälte runt vä sida av bröstkorgen sedan igår, brännande smärta."),
  ("Bedömning", "Misstänkt bältros utifrån beskrivningen."),
  ("Åtgärd", "Tid till läkare i eftermiddag för ställningstagande till antiviral behandling.")], template="Telefonkontakt")],
  [["NL102", "n1"]], [], "telephone contact note with a suspected diagnosis")
C("kirm-susp-morbus-crohn", "skane", "2000-10-10", [N("n1", "kirm", "L3", "2024-04-26 13:15", [
  ("Bedömning", "Perianal fistel och diarréer, calprotectin 900. Susp. morbus Crohn, koloskopi och MR tunntarm.")])],
  [["NL102", "n1"]], [], "'Susp.' with a Latin diagnosis")
C("neuro-misstankt-guillain-barre", "skane", "1972-03-28", [N("n1", "neuro", "L4", "2024-04-27 17:40", [
  ("Bedömning", "Stigande svaghet i benen sedan 5 dagar, areflexi. Misstänkt Guillain-Barrés syndrom, LP och ENeG, inläggs med vitalkapacitet x 4.")])],
  [["NL102", "n1"]], [], "suspected eponym syndrome in a neurology note")
C("akm-kan-inte-utesluta-tia", "skane", "1950-05-05", [N("n1", "akm", "L2", "2024-04-28 12:00", [
  ("Bedömning", "Övergående talsvårighet i 20 min, nu helt återställd. Kan inte utesluta TIA, ABCD2 4. Inläggs för telemetri och karotisdoppler.")])],
  [["NL102", "n1"]], [], "'Kan inte utesluta' a TIA")
C("med-preliminar-sepsis", "skane", "1941-04-04", [N("n1", "med", "L1", "2024-05-02 03:10", [
  ("Bedömning", "Frossa, BT 85/50, laktat 4,2. Preliminärt sepsis med trol. urinvägsfokus. Blododlingar x 2, pip-taz och vätskebolus.")])],
  [["NL102", "n1"]], [], "'trol. urinvägsfokus' qualifying sepsis")
C("neuro-oklart-epilepsi-eller-synkope", "skane", "2005-01-19", [N("n1", "neuro", "L4", "2024-05-03 10:00", [
  ("Bedömning", "Två medvetandeförluster med kortvariga ryckningar. Oklart om det rör sig om epilepsi eller konvulsiv synkope; DD kardiell arytmi. EEG och långtids-EKG.")])],
  [["NL102", "n1"]], [], "open differential between epilepsi and synkope")
C("hem-fragetecken-lymfom", "skane", "1963-07-27", [N("n1", "hem", "L8", "2024-05-06 11:45", [
  ("Bedömning", "Nattsvettningar, viktnedgång och förstorade lymfkörtlar på halsen. Frågetecken för lymfom, körtelexstirpation bokad via ÖNH.")])],
  [["NL102", "n1"]], [], "'Frågetecken för' a diagnosis")
C("kir-lang-inskrivning-divertikulit", "skane", "1955-10-22", [N("n1", "kir", "ST", "2024-05-08 20:30", [
  ("Inskrivningsorsak", "Buksmärta vä fossa sedan 3 dygn, feber 38,6."),
  ("Tidigare sjukdomar", "Hypertoni, hyperlipidemi. Kolecystektomi 2010. Inga kända allergier."),
  ("Aktuella läkemedel", "Enalapril 10 mg x 1, atorvastatin 40 mg x 1."),
  ("Socialt", "Gift, bor i villa i Påarp, arbetar som busschaufför. Röker ej, alkohol måttligt."),
  ("Status", "AT: opåverkad men smärtpåverkad. Cor: RR, inga blåsljud. Pulm: ua. Buk: mjuk, palpömhet och lokal défense vä fossa, inga resistenser. PR ua."),
  ("Lab", "CRP 168, LPK 14,3, Hb 141, krea 88."),
  ("Bedömning", "Misstänkt divertikulit i sigmoideum, ingen fri gas på översikt. DT buk med kontrast i kväll."),
  ("Planering", "Fastande tills DT, dropp, Zinacef och Flagyl iv. Ny bedömning efter DT-svar.")], template="Inskrivningsanteckning")],
  [["NL102", "n1"]], [], "long admission note with one hedged diagnosis in Bedömning")
C("med-epikris-trolig-hyponatremi-orsak", "skane", "1936-02-09", [N("n1", "med", "L1", "2024-05-10 15:00", [
  ("Epikris", "Inkom med förvirring och S-Na 118. Korrigerades långsamt med koksalt och vätskerestriktion. Sannolikt SIADH utlöst av sertralin, som är utsatt."),
  ("Uppföljning", "Natriumkontroll på vårdcentralen om en vecka.")], template="Epikris")],
  [["NL102", "n1"]], [], "discharge summary with a 'Sannolikt' diagnosis")

# ---------------------------------------------------------------- NL102 positives, VGR Melior
C("vgr-akm-misstankt-stroke", "vgr", "1949-11-19", [N("n1", "v_akm", "L3", "2024-04-03 07:55", [
  ("Bedömning", "Vakna med hö-sidig hemipares och afasi, sist sedd frisk 23.00. Misstäkt ischemisk stroke, DT-perfusion och trombektomilarm till SU.")])],
  [["NL102", "n1"]], [], "VGR akut: typo 'Misstäkt' stroke")
C("vgr-inf-trolig-borrelia-artrit", "vgr", "1977-05-14", [N("n1", "v_inf", "L6", "2024-04-05 10:10", [
  ("Bedömning", "Återkommande svullnad vä knä, borreliaserologi IgG positiv, fästingbett förra sommaren. Trolig borreliaartrit, doxycyklin i fyra veckor.")])],
  [["NL102", "n1"]], [], "VGR 'Trolig' with an infection diagnosis")
C("vgr-reum-fragetecken-ra", "vgr", "1970-01-31", [N("n1", "v_reum", "L9", "2024-04-09 13:20", [
  ("Bedömning", "Symmetriska synoviter i MCP II–III bilat, morgonstelhet 2 h. ?RA – anti-CCP och RF skickade, röntgen händer och fötter.")])],
  [["NL102", "n1"]], [], "leading question mark '?RA'")
C("vgr-barn-susp-kawasaki", "vgr", "2021-08-08", [N("n1", "v_barn", "L6", "2024-04-11 16:30", [
  ("Bedömning", "Feber i 5 dygn, konjunktivit utan sekret, jordgubbstunga och svullna händer. Susp. Kawasakis sjukdom, UCG och IVIG-diskussion med bakjour.")])],
  [["NL102", "n1"]], [], "VGR child note with 'Susp.' Kawasaki")
C("vgr-kard-sannolikt-takotsubo", "vgr", "1959-06-24", [N("n1", "v_kard", "L2", "2024-04-17 12:00", [
  ("Bedömning", "Apikal ballongering på eko, normala kranskärl vid angio, insjuknade efter makens död. Sannolikt takotsubokardiomyopati, ny eko om 6 veckor.")])],
  [["NL102", "n1"]], [], "VGR 'Sannolikt' with an eponym cardiomyopathy")
C("vgr-neuro-typo-epelepsi", "vgr", "2002-12-17", [N("n1", "v_neuro", "L4", "2024-04-19 09:40", [
  ("Bedömning", "Myoklona ryck på morgonen och ett generaliserat anfall efter sömnbrist. Misstänkt juvenil myoklon epelepsi, EEG efter sömndeprivation.")])],
  [["NL102", "n1"]], [], "typo 'epelepsi' in a hedged diagnosis")
C("vgr-psyk-misstankt-anorexi", "vgr", "2006-09-29", [N("n1", "v_psyk", "L2", "2024-04-22 14:45", [
  ("Bedömning", "BMI 15,8, amenorré sedan 5 mån, uttalad viktfobi. Misstänkt anorexia nervosa, remiss ätstörningsenheten.")])],
  [["NL102", "n1"]], [], "VGR psychiatry, 17-year-old, suspected eating disorder")
C("vgr-onk-mojligt-recidiv", "vgr", "1966-02-02", [N("n1", "v_onk", "L5", "2024-04-24 10:15", [
  ("Bedömning", "Ny förtjockning i operationsärret vä bröst. Möjligt lokalrecidiv av bröstcancer, mammografi och mellannålsbiopsi beställt.")])],
  [["NL102", "n1"]], [], "VGR 'Möjligt' recurrence")
C("vgr-geri-nph-fragetecken", "vgr", "1940-10-05", [N("n1", "v_geri", "L8", "2024-04-26 11:00", [
  ("Bedömning", "Magnetisk gång, urininkontinens och kognitiv svikt. NPH? DT hjärna visar vidgade ventriklar, tap-test planeras.")])],
  [["NL102", "n1"]], [], "abbreviated diagnosis with '?'")
C("vgr-lung-kan-ej-utesluta-tbc", "vgr", "1985-11-27", [N("n1", "v_lung", "L3", "2024-05-06 13:00", [
  ("Bedömning", "Hosta i 3 mån, nattsvett, kavitet i hö ovanlob. Kan ej utesluta lungtuberkulos, isoleras och sputum för direktmikroskopi x 3.")])],
  [["NL102", "n1"]], [], "VGR 'Kan ej utesluta' tuberkulos")
C("vgr-med-sjukskoterska-trol-lunginflammation", "vgr", "1934-12-01", [N("n1", "v_med", "S3", "2024-05-09 06:15", [
  ("Omvårdnad", "Feber 38,9 under natten och rosslig andning. Jourläkaren bedömer trol. aspirationspneumoni, ordinerat antibiotika och höjd huvudända.")])],
  [["NL102", "n1"]], [], "VGR nursing night note with 'trol.' pneumonia")
C("vgr-uro-typo-misstankt-blasscancer", "vgr", "1951-01-08", [N("n1", "v_uro", "L5", "2024-05-13 09:30", [
  ("Bedömning", "Makroskopisk hematuri, rökare 40 paketår. Misstänk blåscancer, cystoskopi och DT-urografi.")])],
  [["NL102", "n1"]], [], "typo 'Misstänk' before blåscancer")
C("vgr-draft-hud-ev-psoriasisartrit", "vgr", "1982-03-16", [N("n1", "v_hud", "L9", "2024-05-15 16:00", [
  ("Bedömning", "Känd plackpsoriasis, nu svullna DIP-leder och nagelgropar. Ev. psoriasisartrit, remiss reumatolog.")], signed=None)],
  [["NL102", "n1"]], [], "unsigned draft (pre-signing) with 'Ev.' psoriasisartrit")
C("draft-akm-misstankt-kolecystit", "skane", "1971-06-02", [N("n1", "akm", "AT", "2024-05-16 01:20", [
  ("Bedömning", "Smärta under hö arcus efter fet måltid, positivt Murphys tecken, feber. Misstänkt akut kolecystit, ultraljud lever/gallvägar i morgon.")], signed=None)],
  [["NL102", "n1"]], [], "unsigned draft with a suspected cholecystitis")

# ---------------------------------------------------------------- NL102 near misses: negation
C("neg-ingen-misstanke-malignitet", "skane", "1964-08-08", [N("n1", "kirm", "L3", "2024-04-04 14:00", [
  ("Bedömning", "Koloskopi utan anmärkning upp till caekum. Ingen misstanke om malignitet, besvären tolkas som IBS och pat får kostråd.")])],
  [], [["NL102", "n1"]], "'Ingen misstanke om malignitet' is negated")
C("neg-lungemboli-uteslutes", "skane", "1987-02-20", [N("n1", "akm", "L1", "2024-04-06 05:30", [
  ("Bedömning", "DT-angio utan embolier. Lungemboli uteslutes, bröstsmärtan bedöms muskuloskeletal. Hem med NSAID.")])],
  [], [["NL102", "n1"]], "diagnosis followed by 'uteslutes'")
C("neg-inga-tecken-pa-infektion", "skane", "1939-09-14", [N("n1", "geri", "S1", "2024-04-08 20:00", [
  ("Omvårdnad", "Temp 37,1, CRP 6 på kvällsprovet. Inga tekcen på infektion i operationssåret, förband byts i morgon.")])],
  [], [["NL102", "n1"]], "typo 'tekcen' in 'Inga tecken på infektion', still negated")
C("neg-misstanke-dvt-avskrivs", "skane", "1978-12-03", [N("n1", "akm", "ST", "2024-04-10 11:50", [
  ("Bedömning", "Ultraljud vä ben visar komprimerbara vener hela vägen. Misstanken om DVT avskrivs, besvären trol. från en bakercysta.")])],
  [], [], "not asserted: hedge moves from a dismissed DVT to a bakercysta")
C("neg-typo-ingen-missanke-stroke", "skane", "1957-04-29", [N("n1", "akm", "L2", "2024-04-13 15:35", [
  ("Bedömning", "Yrsel vid huvudvridning, normalt neurostatus och negativt HINTS. Ingen missanke om stroke, benign lägesyrsel behandlad med Epleys manöver.")])],
  [], [["NL102", "n1"]], "typo 'missanke' inside a negation")
C("vgr-neg-ingen-misstanke-sepsis", "vgr", "1998-07-15", [N("n1", "v_akm", "L3", "2024-04-16 22:10", [
  ("Bedömning", "Feber och halsont, opåverkad, NEWS 1. Ingen misstanke om sepsis. Halsfluss med positivt strep A, PcV 1,6 g x 3 i 10 dagar.")])],
  [], [["NL102", "n1"]], "VGR negation of sepsis alongside a confirmed diagnosis")
C("vgr-neg-infarkt-kunde-uteslutas", "vgr", "1962-10-30", [N("n1", "v_kard", "L2", "2024-04-18 08:45", [
  ("Bedömning", "Hjärtinfarkt kunde uteslutas med upprepade troponiner utan dynamik. Arbetsprov bokas polikliniskt.")])],
  [], [["NL102", "n1"]], "VGR 'kunde uteslutas' negation")
C("neg-inget-talar-for-meningit", "skane", "2019-03-07", [N("n1", "barnavd", "L6", "2024-04-21 13:00", [
  ("Bedömning", "Febril men pigg, leker på rummet, ingen nackstyvhet. Inget talar för meningit, trol. virusinfektion och hem med febernedsättande.")])],
  [], [], "not asserted: negated meningit but a 'trol.' virusinfektion is left in the same note")
C("neg-utan-hallpunkt-for-fraktur", "skane", "1997-05-19", [N("n1", "ort", "L7", "2024-04-23 10:30", [
  ("Bedömning", "Slätröntgen hö fotled utan hållpunkt för fraktur. Distorsion av laterala ligamenten, tejpning och belastning efter förmåga.")])],
  [], [["NL102", "n1"]], "negated fracture plus a settled sprain")
C("vgr-neg-ej-tecken-pa-recidiv", "vgr", "1960-06-06", [N("n1", "v_onk", "L5", "2024-04-25 11:15", [
  ("Bedömning", "Årskontroll 5 år efter bröstcancer. Mammografi och klinisk undersökning utan tecken på recidiv. Avslutas från onkologen, fortsatt screening.")])],
  [], [["NL102", "n1"]], "VGR no sign of recurrence")
C("neg-celiaki-kan-avskrivas", "skane", "2014-11-21", [N("n1", "bum", "L6", "2024-04-26 09:20", [
  ("Bedömning", "Normala transglutaminasantikroppar med normalt totalt IgA. Celiaki kan därmed avskrivas; magsmärtan tolkas som funktionell.")])],
  [], [["NL102", "n1"]], "ruled-out celiaki in a child's note")

# ---------------------------------------------------------------- NL102 near misses: confirmed
C("conf-pneumoni-verifierad", "skane", "1945-12-13", [N("n1", "med", "L1", "2024-04-07 10:00", [
  ("Diagnos", "Pneumoni hö underlob, verifierad på lungröntgen."),
  ("Bedömning", "Förbättras på bensylpc, afebril sedan i går. Övergår till peroral behandling.")])],
  [], [["NL102", "n1"]], "verified pneumonia, no hedge")
C("conf-barn-typ1-diabetes", "skane", "2017-01-04", [N("n1", "barnavd", "L6", "2024-04-09 17:00", [
  ("Bedömning", "Nydebuterad typ 1-diabetes med lätt ketoacidos, pH 7,28. Insulinpump planeras, diabetessjuksköterska träffar familjen i morgon.")])],
  [], [["NL102", "n1"]], "settled diabetes in a child")
C("vgr-conf-formaksflimmer", "vgr", "1954-02-25", [N("n1", "v_kard", "L2", "2024-04-12 09:10", [
  ("Diagnos", "Paroxysmalt förmaksflimmer"),
  ("Bedömning", "CHA2DS2-VASc 3. Apixaban 5 mg x 2 insätts efter samtal om blödningsrisk, metoprolol behålls.")])],
  [], [["NL102", "n1"]], "VGR confirmed atrial fibrillation")
C("conf-covid-pcr-positiv", "skane", "1950-09-01", [N("n1", "med", "S2", "2024-04-14 08:00", [
  ("Omvårdnad", "PCR positiv för SARS-CoV-2, covid-19 bekräftad. Pat flyttad till enkelrum med droppsmitta enligt rutin.")])],
  [], [["NL102", "n1"]], "nurse documents a confirmed infection")
C("vgr-conf-gikt-kristaller", "vgr", "1967-08-23", [N("n1", "v_reum", "L9", "2024-04-20 10:00", [
  ("Bedömning", "Uratkristaller i ledvätskan från hö stortå. Gikt, kolkicin nu och allopurinol efter attacken.")])],
  [], [["NL102", "n1"]], "crystal-proven gout, no hedge")

# ---------------------------------------------------------------- NL102 near misses: hedges not about a diagnosis
C("nd-trol-hemgang-imorgon", "skane", "1942-03-19", [N("n1", "med", "L1", "2024-04-11 12:30", [
  ("Rond", "Pneumonin i regress, äter och går själv i korridoren. Trol. hemgång i morgon efter att hemtjänsten bekräftat insatserna.")], template="Rondanteckning")],
  [], [["NL102", "n1"]], "'Trol.' about the discharge date")
C("nd-ev-telefonkontakt-provsvar", "skane", "1984-07-02", [N("n1", "endo", "L9", "2024-04-15 15:40", [
  ("Planering", "Tyreoideaprover tas på vårdcentralen om sex veckor. Ev. telefonkontakt när svaren kommit, annars återbesök i höst.")])],
  [], [["NL102", "n1"]], "'Ev.' about a phone call")
C("nd-mojligen-hemtjanst", "skane", "1933-05-11", [N("n1", "geri", "AR", "2024-04-17 10:45", [
  ("Bedömning", "Klarar förflyttningar med rollator men blir trött vid dusch. Möjligen behov av hemtjänst för hygien första tiden efter utskrivning."),
  ("Åtgärd", "Duschpall och toalettförhöjning förskrivna.")])],
  [], [["NL102", "n1"]], "occupational therapist hedges a care need, not a diagnosis")
C("nd-ev-forlangd-sjukskrivning", "skane", "1976-10-17", [N("n1", "ort", "L7", "2024-04-19 14:15", [
  ("Planering", "Sjukskriven 100 % i två veckor efter menisksuturen. Kan ev. behöva förlängning om svullnaden består, bedöms vid återbesöket.")])],
  [], [["NL102", "n1"]], "'ev.' about sick leave")
C("vgr-nd-sannolikt-battre-grupptraning", "vgr", "1973-01-22", [N("n1", "v_fys", "FT", "2024-04-23 09:00", [
  ("Bedömning", "Känd artros i båda knäna sedan 2019. Sannolikt bättre effekt av grupptäning i bassäng än hemövningar, pat själv positiv.")])],
  [], [["NL102", "n1"]], "VGR physio: 'Sannolikt' about a training form; typo 'grupptäning'")
C("nd-osaker-kvallsdos", "skane", "1929-08-30", [N("n1", "hsv", "DS", "2024-04-24 19:20", [
  ("Omvårdnad", "Osäker på om pat tagit kvällsdosen av Eliquis, dosetten var delvis tom. Kontaktat dottern som delar ut i morgon.")])],
  [], [["NL102", "n1"]], "PMO nurse uncertain about a dose, no diagnosis")
C("nd-fragetecken-forstatt-ordination", "skane", "1946-06-27", [N("n1", "kard", "S1", "2024-04-26 11:00", [
  ("Omvårdnad", "Genomgång av nya vätskedrivande. Frågetecken kring om pat förstått doseringen, skriftlig instruktion given och uppföljande samtal om tre dagar.")])],
  [], [["NL102", "n1"]], "'Frågetecken' about understanding, not a diagnosis")
C("nd-trol-tillbaka-i-arbete", "skane", "1981-11-05", [N("n1", "fys", "FT", "2024-04-29 13:45", [
  ("Bedömning", "Efter korsbandsrekonstruktion: full extension, flexion 125 grader, god kontroll i knäböj. Patienten trol. tillbaka i lagerarbetet i juni.")])],
  [], [["NL102", "n1"]], "'trol.' about return to work")
C("vgr-nd-eventuellt-tolk", "vgr", "1964-02-13", [N("n1", "v_med", "S3", "2024-05-01 09:30", [
  ("Planering", "Eventuellt behövs tolk på arabiska till utskrivningssamtalet, frågar sonen i eftermiddag.")])],
  [], [["NL102", "n1"]], "VGR 'Eventuellt' about an interpreter")
C("nd-kan-ej-uteslutas-forsening", "skane", "1990-04-12", [N("n1", "kirm", "S2", "2024-05-03 10:10", [
  ("Åtgärd", "Operationstid bokad till 27/5. Att operationen flyttas på grund av akutläget kan ej uteslutas, pat informerad om detta.")], template="Administrativ anteckning")],
  [], [["NL102", "n1"]], "'kan ej uteslutas' about scheduling")

# ---------------------------------------------------------------- NL102 near misses: family and past history
C("fam-mor-trol-brostcancer", "skane", "1988-01-28", [N("n1", "kk", "BM", "2024-04-05 09:50", [
  ("Hereditet", "Modern trol. bröstcancer i 50-årsåldern, mormor okänt."),
  ("Aktuellt", "Kommer för cellprovtagning, inga besvär.")])],
  [], [["NL102", "n1"]], "hedged diagnosis about the mother in family history")
C("vgr-fam-far-misstankt-als", "vgr", "1975-09-12", [N("n1", "v_neuro", "L4", "2024-04-08 14:30", [
  ("Hereditet", "Fadern hade misstänkt ALS men avled innan utredningen blev klar."),
  ("Bedömning", "Fascikulationer i vaderna efter träning, normal kraft och reflexer, normalt ENeG. Benigna fascikulationer, ingen uppföljning.")])],
  [], [["NL102", "n1"]], "VGR suspected ALS in the father")
C("fam-bror-ev-celiaki-barn", "skane", "2018-06-03", [N("n1", "bum", "S1", "2024-04-12 10:30", [
  ("Anamnes", "Storebror ev. celiaki, utreds på annat sjukhus. Själv växer han fint längs sin kurva."),
  ("Åtgärd", "Vägning och längdmätning, inga prover i dag.")])],
  [], [["NL102", "n1"]], "hedged diagnosis about a sibling in a child's note")
C("past-tidigare-misstankt-ms-friad", "skane", "1985-03-21", [N("n1", "neuro", "L4", "2024-04-16 11:30", [
  ("Tidigare", "Utreddes 2015 för misstänkt MS efter synpåverkan, MR och LP då normala och utredningen avslutades."),
  ("Aktuellt", "Spänningshuvudvärk senaste månaden, normalt neurostatus. Råd om avslappning och fysisk aktivitet.")])],
  [], [], "not asserted: old suspicion of MS in past history, since dismissed")
C("past-2019-misstankt-tia-utan-fynd", "skane", "1949-10-14", [N("n1", "kard", "L2", "2024-04-19 09:20", [
  ("Anamnes", "Övergående synbortfall 2019 som utreddes som misstänkt TIA utan fynd. Nu palpitationer vid ansträngning."),
  ("Bedömning", "Långtids-EKG visar enstaka VES, inget förmaksflimmer. Ingen åtgärd.")])],
  [], [], "not asserted: a dismissed TIA suspicion kept in history")
C("vgr-fam-hereditet-ev-lynch", "vgr", "1980-07-25", [N("n1", "v_onk", "S3", "2024-04-30 13:00", [
  ("Hereditet", "Flera fall av tarmcancer på mammas sida, morbror ev. Lynchs syndrom enligt pat."),
  ("Åtgärd", "Informerat om onkogenetisk mottagning, pat vill fundera innan remiss skrivs.")])],
  [], [["NL102", "n1"]], "VGR 'ev.' eponym syndrome about an uncle")

# ---------------------------------------------------------------- PMO hedged diagnoses (never NL102, NL101 not asserted)
C("pmo-vc-misstankt-hypotyreos", "skane", "1966-05-09", [N("n1", "vc1", "L3", "2024-04-04 10:00", [
  ("Bedömning", "Trötthet, frusenhet och viktuppgång. Misstänkt hypotyreos, TSH och T4 tas i dag.")])],
  [], [["NL102", "n1"]], "PMO: hedged diagnosis never shown")
C("pmo-vc-trol-depression", "skane", "1992-08-14", [N("n1", "vc2", "L9", "2024-04-08 15:30", [
  ("Bedömning", "Nedstämdhet och sömnproblem sedan separation i vintras, MADRS-S 24, ingen suicidalitet. Trol. medelsvår depression, sertralin 50 mg och remiss till psykolog på vårdcentralen.")])],
  [], [["NL102", "n1"]], "PMO 'Trol.' depression")
C("pmo-vc-fragetecken-borrelia", "skane", "1958-07-31", [N("n1", "vc3", "DS", "2024-04-12 09:15", [
  ("Kontaktorsak", "Rodnad ring på låret efter fästingbett i trädgården."),
  ("Bedömning", "?borrelia, erythema migrans enligt bild, tid till läkare samma dag.")], template="Telefonkontakt")],
  [], [["NL102", "n1"]], "PMO telephone note '?borrelia'")
C("pmo-bvc-ev-atopiskt-eksem", "skane", "2023-09-17", [N("n1", "bvc", "DS", "2024-04-15 10:40", [
  ("Aktuellt", "8-månaderskontroll. Torra rodnade fläckar i armvecken som kliar."),
  ("Bedömning", "Ev. atopiskt eksem. Mjukgörande kräm två gånger dagligen, läkarbesök om det inte blir bättre på tre veckor.")])],
  [], [["NL102", "n1"]], "PMO BVC infant with an 'Ev.' eczema")
C("pmo-umo-misstankt-klamydia", "skane", "2005-11-23", [N("n1", "umo", "BM", "2024-04-18 16:00", [
  ("Bedömning", "Sveda vid miktion och flytningar sedan en vecka, ny partner. Misstänkt klamydia, prov taget och doxycyklin ges i väntan på svar.")])],
  [], [["NL102", "n1"]], "PMO youth clinic, 18-year-old, suspected STI")
C("pmo-hsv-trol-trycksar", "skane", "1930-04-16", [N("n1", "hsv", "S2", "2024-04-20 11:00", [
  ("Omvårdnad", "Rodnad som inte bleknar vid tryck över sacrum. Trol. trycksår kategori 1, vändschema och tryckavlastande madrass beställd.")])],
  [], [["NL102", "n1"]], "PMO home care 'Trol.' pressure ulcer")
C("pmo-vc-sannolikt-gikt", "skane", "1961-12-09", [N("n1", "vc4", "L7", "2024-04-23 14:30", [
  ("Bedömning", "Akut svullen rodnad stortåled efter helgens fest, urat 520. Sannolikt giktattack, naproxen i fem dagar.")])],
  [], [["NL102", "n1"]], "PMO 'Sannolikt' gout")
C("pmo-vc-dd-forstoppning-uvi-barn", "skane", "2020-02-29", [N("n1", "vc2", "L9", "2024-04-26 10:20", [
  ("Bedömning", "Buksmärtor och nattlig enures sedan två veckor. DD förstoppning eller UVI, urinsticka och odling, Movicol på prov.")])],
  [], [["NL102", "n1"]], "PMO child with a differential diagnosis")
C("pmo-vc-typo-misstänkt-kol", "skane", "1955-03-06", [N("n1", "vc1", "DS", "2024-05-02 13:10", [
  ("Bedömning", "Rökare sedan 40 år, andfådd i trappor. Spirometri visar obstruktivitet, missänkt KOL – läkarbesök för ställningstagande till behandling.")])],
  [], [["NL102", "n1"]], "PMO typo 'missänkt' KOL")
C("pmo-vc-susp-pneumoni-draft", "skane", "1940-01-10", [N("n1", "vc3", "L3", "2024-05-06 16:45", [
  ("Bedömning", "Hosta och feber 5 dagar, krepitationer vä basalt, CRP 95. Susp. pneumoni, amoxicillin.")], signed=None)],
  [], [["NL102", "n1"]], "PMO unsigned draft with 'Susp.' pneumonia")

# ---------------------------------------------------------------- hedges inside Tidiga hypoteser (not visible)
C("th-skane-misstankt-huntington", "skane", "1976-04-07", [N("n1", "neuro", "L4", "2024-04-10 15:30", [
  ("Hypotes", "Misstänkt Huntingtons sjukdom utifrån choreatiska rörelser och ärftlighet på faderns sida. Gentest ej diskuterat med patienten, som först vill få besked om sin yrsel.")], template=TH)],
  [], [["NL102", "n1"], ["NL104", "n1"], ["NL101", "n1"]], "Skåne: real hypothesis in the Tidiga hypoteser template")
C("th-vgr-misstankt-alzheimer", "vgr", "1944-11-28", [N("n1", "v_geri", "L8", "2024-04-13 10:30", [
  ("Aktuellt", "Minnesutredning pågår, MMSE 23. Bor ensam, sonen hjälper till med räkningar."),
  (TH, "Misstänkt Alzheimers sjukdom, inväntar likvor och MR innan det tas upp med pat.")])],
  [], [["NL102", "n1"], ["NL104", "n1"], ["NL101", "n1"]], "VGR: hypothesis only under the Tidiga hypoteser sökord")
C("th-skane-trol-personlighetssyndrom", "skane", "1995-10-31", [N("n1", "psyk", "L2", "2024-04-17 16:20", [
  ("Hypotes", "Trol. emotionellt instabil personlighetsstörning; för tidigt att framföra med tanke på pågående kris och risk för avbrott i behandlingen.")], template=TH)],
  [], [["NL102", "n1"], ["NL104", "n1"]], "Skåne psychiatry hypothesis kept in Tidiga hypoteser")
C("th-vgr-misstankt-somatisering", "vgr", "1983-06-19", [N("n1", "v_neuro", "L4", "2024-04-22 11:45", [
  ("Bedömning", "Normalt neurostatus och normal MR. Fortsatt uppföljning hos fysioterapeut för balansträning."),
  (TH, "Hypotes om funktionellt neurologiskt tillstånd; diskuteras inte med patienten förrän utredningen är klar.")])],
  [], [["NL102", "n1"], ["NL104", "n1"]], "VGR hypothesis in the sökord, visible part has no diagnosis hedge")
C("th-skane-brca-avvaktar", "skane", "1987-12-22", [N("n1", "onk", "L5", "2024-04-25 14:10", [
  ("Hypotes", "Misstänkt ärftlig bröst- och äggstockscancer (BRCA?) utifrån släktträdet. Avvaktar genetisk vägledning innan pat informeras.")], template=TH)],
  [], [["NL104", "n1"], ["NL102", "n1"], ["NL101", "n1"]], "Skåne TH with a hedged hypothesis, patient not told: correct use")
C("th-vgr-alkohol-peth", "vgr", "1969-05-26", [N("n1", "v_med", "L1", "2024-04-30 10:00", [
  ("Bedömning", "Förhöjda levervärden, GT 3 ggr normalt. Ultraljud lever beställt."),
  (TH, "Misstänkt alkoholbrukssyndrom, PEth 1,2. Ej diskuterat med pat ännu, tas upp vid återbesöket när ultraljudet är gjort.")])],
  [], [["NL104", "n1"], ["NL101", "n1"]], "VGR: the unspoken hypothesis is under Tidiga hypoteser, not in the visible Bedömning")
C("th-skane-trol-frontotemporal", "skane", "1958-02-17", [N("n1", "geri", "L8", "2024-05-03 13:30", [
  ("Hypotes", "Trol. tidig frontotemporal demens utifrån personlighetsförändring som maken beskriver. Ej framfört till pat, som saknar sjukdomsinsikt.")], template=TH)],
  [], [["NL104", "n1"], ["NL102", "n1"]], "Skåne TH hypothesis with info from the husband")
C("th-vgr-overvager-ast", "vgr", "2001-08-02", [N("n1", "v_psyk", "PS", "2024-05-07 15:00", [
  ("Samtal", "Fortsatt samtalskontakt kring sociala svårigheter på arbetsplatsen."),
  (TH, "Överväger autismspektrumtillstånd, men underlaget är för tunt för att kommunicera ännu.")])],
  [], [["NL104", "n1"]], "VGR psychologist: considered diagnosis in the sökord")

# ---------------------------------------------------------------- NL101 positives (Melior)
C("nl101-onk-pankreascancer-ej-informerad", "skane", "1953-09-27", [N("n1", "onk", "L5", "2024-04-05 12:15", [
  ("Bedömning", "Histologin visar adenocarcinom i pankreas, lokalt avancerat. Patienten ännu ej informerad, besked vid återbesök på fredag med maken närvarande.")])],
  [["NL101", "n1"]], [["NL102", "n1"]], "settled cancer diagnosis, patient explicitly not yet told")
C("nl101-neuro-als-ej-informerad", "skane", "1960-12-05", [N("n1", "neuro", "L4", "2024-04-09 16:00", [
  ("Diagnos", "Amyotrofisk lateralskleros"),
  ("Kommentar", "ENeG bekräftar spridd denervation. Pat inte informerad om diagnosen än, tid för besked bokas med kurator.")])],
  [["NL101", "n1"]], [["NL102", "n1"]], "ALS in a Diagnos section while the patient is not informed")
C("vgr-nl101-ms-ej-besked", "vgr", "1992-03-09", [N("n1", "v_neuro", "L4", "2024-04-12 10:50", [
  ("Bedömning", "MR visar spridning i tid och rum och oligoklonala band i likvor, multipel skleros enligt McDonald-kriterierna. Pat har ej fått besked ännu.")])],
  [["NL101", "n1"]], [["NL102", "n1"]], "VGR: settled MS, no besked given yet")
C("nl101-kk-cervixcancer-ej-meddelas", "skane", "1982-10-20", [N("n1", "kk", "L6", "2024-04-15 13:30", [
  ("PAD-svar", "Skivepitelcancer i cervix, stadium kan inte anges förrän MR är gjord."),
  ("Planering", "Svaret ska inte meddelas patienten per telefon. Hon är ännu inte underrättad, läkarbesök 14/5 med kontaktsjuksköterska.")])],
  [["NL101", "n1"]], [], "PAD result in a visible section, patient 'ännu inte underrättad'")
C("vgr-nl101-prostatacancer-lakarsamtal", "vgr", "1948-06-14", [N("n1", "v_uro", "L5", "2024-04-17 09:00", [
  ("Bedömning", "Biopsisvar: prostatacancer Gleason 4+4, högrisk. Pat ej informerad – läkarsamtal bokas nästa vecka, skelettscint innan dess.")])],
  [["NL101", "n1"]], [], "VGR 'Pat ej informerad' with a settled cancer")
C("nl101-psyk-schizofreni-ej-kommunicerad", "skane", "1998-01-16", [N("n1", "psyk", "L2", "2024-04-19 14:00", [
  ("Bedömning", "Efter fyra månaders observation uppfylls kriterierna för schizofreni. Diagnosen har inte kommunicerats med patienten, som i nuläget är för misstänksam för att ta emot den.")])],
  [["NL101", "n1"]], [], "psychiatric diagnosis written visibly while deliberately withheld")
C("vgr-nl101-alzheimer-dotter-vill-vara-med", "vgr", "1939-04-23", [N("n1", "v_geri", "L8", "2024-04-24 11:20", [
  ("Sammanfattning", "Minnesutredningen klar: Alzheimers sjukdom, lindrig grad. Pat ej informerad om diagnosen, dottern önskar vara med vid beskedet som planeras 6/5.")])],
  [["NL101", "n1"]], [], "VGR: dementia diagnosis visible before besked")
C("nl101-hem-aml-typo-infomerad", "skane", "1962-07-08", [N("n1", "hem", "L8", "2024-04-26 18:30", [
  ("Bedömning", "Benmärgen visar akut myeloisk leukemi. Pat ej infomerad ännu, besked i morgon bitti tillsammans med kontaktsjuksköterska.")])],
  [["NL101", "n1"]], [], "typo 'infomerad' in the not-informed statement")
C("nl101-lung-nsclc-besked-ej-lamnat", "skane", "1951-11-30", [N("n1", "lung", "L3", "2024-04-29 15:10", [
  ("Bedömning", "EBUS-cytologin bekräftar icke-småcellig lungcancer, adenocarcinom. Besked ej lämant, patienten kallas till mottagningen på torsdag.")])],
  [["NL101", "n1"]], [], "typo 'lämant' in 'Besked ej lämnat' for a confirmed lung cancer")
C("nl101-kir-koloncancer-vet-inte", "skane", "1947-08-04", [N("n1", "kir", "L7", "2024-05-02 11:00", [
  ("Rond", "Koloskopin i går visade en tumör i sigmoideum och biopsin bekräftar koloncancer. Patienten vet ännu inte om fyndet, informeras när maken kommer i eftermiddag.")], template="Rondanteckning")],
  [["NL101", "n1"]], [], "ward-round note with an unmentioned cancer")
C("vgr-nl101-melanom-ej-meddelad", "vgr", "1974-10-12", [N("n1", "v_hud", "L9", "2024-05-06 08:40", [
  ("PAD", "Malignt melanom, Breslow 2,1 mm, ulcererat."),
  ("Planering", "Patienten ej meddelad ännu. Ringer in för besök i veckan, utvidgad excision och portvaktskörtel planeras.")])],
  [["NL101", "n1"]], [], "VGR melanoma PAD before the patient is told")
C("nl101-draft-parkinson-inget-besked", "skane", "1956-03-25", [N("n1", "neuro", "L4", "2024-05-08 14:20", [
  ("Bedömning", "DaTSCAN visar nedsatt upptag i putamen bilat, stämmer med Parkinsons sjukdom. Inget besked till patienten ännu, tas på återbesöket.")], signed=None)],
  [["NL101", "n1"]], [], "unsigned draft: diagnosis visible while besked is still pending")
C("vgr-nl101-metastaserad-brostcancer-mdk", "vgr", "1963-12-18", [N("n1", "v_onk", "L5", "2024-05-10 16:05", [
  ("Bedömning", "Skelettscintigrafin visar multipla metastaser, metastaserad bröstcancer. Har inte informerat patienten, väntar in MDK på tisdag innan besked.")])],
  [["NL101", "n1"]], [], "VGR: 'Har inte informerat patienten' with a metastatic cancer")
C("nl101-inf-hiv-ej-fatt-svar", "skane", "1986-05-03", [N("n1", "inf", "L6", "2024-05-13 10:30", [
  ("Provsvar", "HIV-1 konfirmerad positiv, virusmängd 85 000."),
  ("Planering", "Patienten har ännu inte fått provsvaret. Kallas till personligt besök i morgon, smittspårning därefter.")])],
  [["NL101", "n1"]], [], "confirmed HIV visible before the patient got the result")
C("nl101-endo-binjurebarkscancer-avvaktar", "skane", "1970-09-19", [N("n1", "endo", "L9", "2024-05-15 13:40", [
  ("Bedömning", "Binjuretumören är enligt PAD en binjurebarkscancer. Patienten är inte informerad än och ska inte heller få besked per telefon.")])],
  [["NL101", "n1"]], [], "settled adrenal cancer; not informed, not by phone")

# ---------------------------------------------------------------- NL101 near misses
C("nl101-not-informerad-med-make", "skane", "1955-02-08", [N("n1", "onk", "L5", "2024-04-06 10:30", [
  ("Samtal", "Informerat om diagnosen pankreascancer vid dagens besök, maken närvarande. Pat ställde frågor om prognos som besvarades ärligt.")])],
  [], [["NL101", "n1"], ["NL102", "n1"]], "patient told the diagnosis today")
C("nl101-not-maken-ej-informerad", "skane", "1959-06-30", [N("n1", "kk", "L6", "2024-04-10 11:00", [
  ("Samtal", "Besked om endometriecancer givet, pat tog det lugnt. Maken ej informerad på patientens egen begäran, hon vill berätta själv i helgen.")])],
  [], [["NL101", "n1"]], "relative not informed while the patient was")
C("vgr-nl101-not-barnen-vet-inte", "vgr", "1950-01-13", [N("n1", "v_lung", "L3", "2024-04-14 15:40", [
  ("Samtal", "Pat informerad om lungcancer med spridning till binjure. Barnen vet inte ännu, pat vill vänta till efter dotterns bröllop.")])],
  [], [["NL101", "n1"]], "VGR: the children are not told, the patient is")
C("nl101-not-provsvar-normala", "skane", "1973-04-02", [N("n1", "endo", "S1", "2024-04-18 09:30", [
  ("Åtgärd", "Pat ej informerad om provsvaren ännu, samtliga inom referensområdet. Brev skickas i dag.")], template="Administrativ anteckning")],
  [], [["NL101", "n1"]], "not informed about normal results: no diagnosis")
C("nl101-not-aterbesokstid", "skane", "1988-09-25", [N("n1", "ort", "US", "2024-04-21 13:00", [
  ("Åtgärd", "Ej informerad om tid för gipsbyte ännu, kallelse skickas med post.")], template="Administrativ anteckning")],
  [], [["NL101", "n1"], ["NL102", "n1"]], "not informed about an appointment")
C("vgr-nl101-not-informerat-hjartinfarkt", "vgr", "1958-10-03", [N("n1", "v_kard", "L2", "2024-04-25 17:15", [
  ("Bedömning", "Troponin 1400 med dynamik, angio visar ockluderad RCX som stentas. Informerat patienten om att det rör sig om en hjärtinfarkt och om sekundärprevention.")])],
  [], [["NL101", "n1"], ["NL102", "n1"]], "VGR: infarction told to the patient")
C("nl101-not-vill-ej-ta-del-detaljer", "skane", "1941-07-18", [N("n1", "onk", "L5", "2024-04-30 10:00", [
  ("Samtal", "Pat är informerad om att myelomet har progredierat men har inte velat ta del av detaljer kring prognos. Respekteras, dottern får mer information med pat tillstånd.")])],
  [], [["NL101", "n1"]], "patient informed but declines details")
C("nl101-not-ssk-hanvisad-lakare-redan-informerat", "skane", "1967-11-14", [N("n1", "neuro", "S2", "2024-05-04 09:45", [
  ("Kontaktorsak", "Ringer med frågor om sin epilepsidiagnos och bilkörning."),
  ("Åtgärd", "Läkaren informerade om diagnosen vid besöket i går. Hänvisad till läkarens telefontid om körkortsfrågan på måndag.")], template="Telefonkontakt")],
  [], [["NL101", "n1"]], "nurse phone note: the doctor already told the patient")
C("vgr-nl101-not-kostrad-diabetes", "vgr", "1972-02-29", [N("n1", "v_med", "S3", "2024-05-09 14:00", [
  ("Omvårdnad", "Pat informerad om diagnosen typ 2-diabetes av läkare under ronden. Fått kostråd och broschyr, glukosmätare utlämnad.")])],
  [], [["NL101", "n1"], ["NL102", "n1"]], "VGR nurse: patient told about diabetes")
C("nl101-not-forbereds-pa-samtal", "skane", "1949-03-01", [N("n1", "uro", "S1", "2024-05-14 11:30", [
  ("Åtgärd", "Pat informerad om att svaret på biopsin kommit och att läkaren går igenom det vid besöket på onsdag.")], template="Telefonkontakt")],
  [], [["NL101", "n1"]], "result awaiting, no diagnosis written in the note")

# ---------------------------------------------------------------- NL104 positives (Tidiga hypoteser misuse)
C("nl104-skane-th-aterbesok", "skane", "1968-08-11", [N("n1", "kard", "L2", "2024-04-08 10:30", [
  ("Planering", "Återbesök om tre månader med lipidstatus och njurfunktion före besöket.")], template=TH)],
  [["NL104", "n1"]], [], "Skåne TH template with only a follow-up plan")
C("nl104-vgr-th-ej-kontakt-1177", "vgr", "1979-12-08", [N("n1", "v_med", "S3", "2024-04-11 15:00", [
  ("Omvårdnad", "Pat mår bättre, mobiliseras."),
  (TH, "Pat önskar inte bli kontaktad via 1177, vill ha brev hem.")])],
  [["NL104", "n1"]], [], "VGR TH sökord used for a contact preference")
C("nl104-skane-th-brostcancer-informerad", "skane", "1957-05-15", [N("n1", "onk", "L5", "2024-04-16 13:00", [
  ("Diagnos", "Bröstcancer vä, fastställd med mellannålsbiopsi. Patienten informerad vid besöket 3/4 och har träffat kontaktsjuksköterska.")], template=TH)],
  [["NL104", "n1"]], [], "settled and communicated diagnosis left in TH")
C("nl104-vgr-th-typ2-diabetes-informerad", "vgr", "1961-10-27", [N("n1", "v_med", "L1", "2024-04-20 11:15", [
  ("Bedömning", "Metformin insatt, uppföljning på vårdcentral."),
  (TH, "Typ 2-diabetes, HbA1c 62. Informerad om diagnosen och har fått kostråd av dietist.")])],
  [["NL104", "n1"]], [], "VGR: told diabetes diagnosis under the Tidiga hypoteser sökord")
C("nl104-skane-th-tackat-nej-vaccin", "skane", "1935-01-29", [N("n1", "geri", "S1", "2024-04-24 09:00", [
  ("Anteckning", "Patienten har tackat nej till pneumokockvaccin efter information.")], template=TH)],
  [["NL104", "n1"]], [], "Skåne TH with a vaccine refusal, no hypothesis")
C("nl104-vgr-th-parkinson-meddelat", "vgr", "1946-09-06", [N("n1", "v_neuro", "L4", "2024-04-27 14:40", [
  ("Aktuellt", "Bättre gångförmåga på levodopa."),
  (TH, "Diagnos fastställd: Parkinsons sjukdom. Meddelat patient och maka vid förra besöket.")])],
  [["NL104", "n1"]], [], "VGR: settled and told Parkinson left in TH")
C("nl104-skane-th-typo-informerd-kol", "skane", "1952-12-21", [N("n1", "lung", "L3", "2024-05-02 10:20", [
  ("Diagnos", "KOL stadium 2, verifierad med spirometri. Pat informerd om diagnosen och rökstopp diskuterat.")], template=TH)],
  [["NL104", "n1"]], [], "typo 'informerd': settled told KOL in TH")
C("nl104-skane-th-kontaktperson", "skane", "1990-06-12", [N("n1", "psyk", "S2", "2024-05-06 12:00", [
  ("Anteckning", "Kontaktperson på mottagningen är sjuksköterska Lina, nås via växeln vardagar.")], template=TH)],
  [["NL104", "n1"]], [], "Skåne TH holding only contact details")
C("nl104-vgr-th-sjukskrivning", "vgr", "1977-03-04", [N("n1", "v_ort", "L7", "2024-05-10 15:30", [
  ("Bedömning", "Läker som förväntat efter fotledsfrakturen."),
  (TH, "Sjukskriven 50 % t.o.m. 31/5, intyg skickat till Försäkringskassan.")])],
  [["NL104", "n1"]], [], "VGR TH with a sick-leave entry")
C("nl104-skane-th-gallsten-opererad", "skane", "1984-02-05", [N("n1", "kirm", "L3", "2024-05-14 10:00", [
  ("Sammanfattning", "Opererad för symtomgivande gallsten 12/4, PAD kronisk kolecystit. Patienten informerad per telefon om PAD och mår bra.")], template=TH)],
  [["NL104", "n1"]], [], "settled, told, operated diagnosis in TH")

# ---------------------------------------------------------------- multi-note records (admission -> discharge -> follow-up)
C("multi-njursten-akut-avd-telefon", "skane", "1980-10-26", [
  N("n1", "akm", "AT", "2024-04-02 23:10", [("Bedömning", "Hö-sidig flanksmärta, mikrohematuri. Susp. uretärsten hö, DT i natt.")]),
  N("n2", "kir", "L7", "2024-04-03 09:30", [("Rond", "DT verifierar 5 mm konkrement i distala hö uretären utan avflödeshinder. Pat informerad om uretärstenen, får alfablockerare och smärtlindring.")], template="Rondanteckning"),
  N("n3", "kirm", "S2", "2024-04-17 10:00", [("Kontaktorsak", "Planerad telefonuppföljning."), ("Åtgärd", "Stenen avgången för en vecka sedan, smärtfri. Avslutas.")], template="Telefonkontakt")],
  [["NL102", "n1"]], [["NL102", "n2"], ["NL101", "n2"], ["NL102", "n3"]],
  "admission hedge, then settled and told on the ward, then follow-up")
C("vgr-multi-pankreatit-inskrivning-epikris", "vgr", "1969-07-01", [
  N("n1", "v_akm", "L3", "2024-04-05 20:00", [("Bedömning", "Bältesformad epigastriesmärta efter alkoholintag. Trol. akut pankreatit, amylas skickat.")]),
  N("n2", "v_kir", "L7", "2024-04-09 14:00", [("Epikris", "Akut pankreatit av alkoholgenes, amylas 12 ggr normalt och typisk DT-bild. Konservativ behandling med god effekt. Informerad om alkoholens betydelse och erbjuden kontakt med beroendemottagning.")], template="Epikris")],
  [["NL102", "n1"]], [["NL102", "n2"], ["NL101", "n2"]], "VGR hedge on admission, settled diagnosis in the discharge summary")
C("vgr-multi-th-sedan-besked-ms", "vgr", "1990-05-20", [
  N("n1", "v_neuro", "L4", "2024-04-08 10:00", [("Bedömning", "Optikusneurit hö, kortison insatt."), (TH, "Misstänkt MS, vita substansförändringar på MR. Avvaktar LP innan det tas upp.")]),
  N("n2", "v_neuro", "L4", "2024-05-06 13:30", [("Samtal", "Besked givet: diagnosen är multipel skleros, skovvis förlöpande. Pat och sambo informerade, behandling med ofatumumab diskuterad.")])],
  [], [["NL104", "n1"], ["NL102", "n1"], ["NL101", "n2"], ["NL102", "n2"]],
  "VGR: hypothesis in TH, later moved to visible documentation after besked")
C("multi-ej-informerad-sedan-besked", "skane", "1954-11-09", [
  N("n1", "lung", "L3", "2024-04-22 16:00", [("Bedömning", "PAD från bronkoskopin: småcellig lungcancer. Pat ej informerad ännu, besök i morgon.")]),
  N("n2", "lung", "L3", "2024-04-23 11:00", [("Samtal", "Besked om småcellig lungcancer lämnat till pat och dotter. Cytostatika startar nästa vecka, kontaktsjuksköterska utsedd.")])],
  [["NL101", "n1"]], [["NL101", "n2"], ["NL102", "n2"]], "n1 breaks the routine, n2 after besked keeps it")
C("multi-pmo-remiss-melior-svar", "skane", "1959-01-24", [
  N("n1", "vc4", "L7", "2024-04-10 09:00", [("Bedömning", "Järnbristanemi Hb 98 utan känd blödningskälla, F-Hb positivt. Misstänkt koloncancer, remiss koloskopi.")]),
  N("n2", "kirm", "L3", "2024-04-24 13:00", [("Bedömning", "Koloskopi: polypoid förändring i caekum, trol. adenom med höggradig dysplasi. Avvaktar PAD.")])],
  [["NL102", "n2"]], [["NL102", "n1"]], "same hedge in PMO (hidden) and then in Melior (visible)")
C("skane-multi-th-sedan-vanlig-anteckning", "skane", "1964-03-30", [
  N("n1", "neuro", "L4", "2024-04-15 11:00", [("Hypotes", "Trol. motorneuronsjukdom, inväntar ENeG innan något framförs.")], template=TH),
  N("n2", "neuro", "L4", "2024-05-13 14:30", [("Samtal", "ENeG normal. Besked till pat att det inte finns tecken på motorneuronsjukdom; kramperna tolkas som benigna.")])],
  [], [["NL104", "n1"], ["NL102", "n1"], ["NL102", "n2"], ["NL101", "n2"]], "TH hypothesis later rejected and written visibly as a negation")
C("multi-barn-inskrivning-utskrivning", "skane", "2015-09-14", [
  N("n1", "barnavd", "L6", "2024-05-04 19:00", [("Bedömning", "Feber, halta och vägrar belasta hö ben. Misstänkt osteomyelit i hö tibia, MR i morgon och kloxacillin iv.")], template="Inskrivningsanteckning"),
  N("n2", "barnavd", "L6", "2024-05-10 11:00", [("Epikris", "MR bekräftade osteomyelit i proximala tibia. God effekt av antibiotika, övergår till peroralt i totalt fyra veckor. Föräldrarna informerade om diagnos och uppföljning.")], template="Epikris")],
  [["NL102", "n1"]], [["NL102", "n2"], ["NL101", "n2"]], "child: hedged admission, confirmed and told at discharge")
C("vgr-multi-nattsjukskoterska-och-lakare", "vgr", "1937-07-09", [
  N("n1", "v_med", "S3", "2024-05-12 03:00", [("Omvårdnad", "Orolig, plockar i sängkläderna. Kontaktat jour som bedömer att det ev. är ett delirium, ordination om extra tillsyn.")]),
  N("n2", "v_med", "L1", "2024-05-12 10:30", [("Rond", "Förvirringen klingar av. Delirium utlöst av urinretention, kateter satt. Dottern och pat informerade.")], template="Rondanteckning")],
  [["NL102", "n1"]], [["NL102", "n2"], ["NL101", "n2"]], "VGR nursing note with 'ev.' delirium, settled next morning")

# ---------------------------------------------------------------- long mixed notes
C("long-med-inskrivning-utan-brott", "skane", "1943-04-11", [N("n1", "med", "L1", "2024-04-18 21:30", [
  ("Inskrivningsorsak", "Andfåddhet och ökade bensvullnader i en vecka."),
  ("Tidigare sjukdomar", "Hjärtsvikt med nedsatt EF sedan 2020, förmaksflimmer, typ 2-diabetes. Höftplastik hö 2016."),
  ("Läkemedel", "Apixaban 5 mg x 2, bisoprolol 5 mg, furosemid 40 mg, metformin 500 mg x 2, dapagliflozin 10 mg."),
  ("Socialt", "Änka, bor i lägenhet med hiss i Helsingborg. Hemtjänst en gång i veckan för städning. Röker ej."),
  ("Status", "AT: lätt dyspné i vila. Cor: oregelbunden rytm, frekvens 96. Pulm: krepitationer basalt bilat. Buk: mjuk. Ben: pittingödem till knäna."),
  ("Lab", "NT-proBNP 6200 (tidigare 2100), Hb 128, krea 112, K 4,4, CRP 8."),
  ("Bedömning", "Dekompenserad hjärtsvikt vid känt förmaksflimmer. Inga tecken på infektion som utlösande faktor, ingen misstanke om ischemi då EKG är oförändrat jämfört med i januari."),
  ("Planering", "Furosemid 40 mg x 2 iv, daglig vikt, vätskelista. Eko bokas under vårdtiden."),
  ("Information", "Pat informerad om bedömningen och planen, samtycker till inläggning. Dottern ringer i kväll.")], template="Inskrivningsanteckning")],
  [], [["NL102", "n1"], ["NL101", "n1"]], "long admission note: settled diagnoses, negations only, patient informed")
C("long-vgr-epikris-en-hedge", "vgr", "1950-08-28", [N("n1", "v_med", "L1", "2024-04-23 13:15", [
  ("Vårdtid", "2024-04-15 – 2024-04-23 på medicinavdelning 5."),
  ("Orsak till inläggning", "Feber, frossa och smärta hö flank."),
  ("Förlopp", "Blododlingar växte E. coli, urinodling likaså. Akut pyelonefrit med bakteriemi, behandlad med cefotaxim iv i fyra dygn och därefter ciprofloxacin peroralt. Snabb klinisk förbättring. Ultraljud njurar visade lätt dilatation av hö njurbäcken som inte förklaras helt av infektionen, misstänkt uretärstriktur – urolog kontaktad."),
  ("Läkemedelsförändringar", "Ciprofloxacin 500 mg x 2 t.o.m. 2024-04-29. Metformin återinsatt efter normaliserat krea."),
  ("Information", "Pat informerad om förloppet och behovet av urologisk uppföljning."),
  ("Uppföljning", "Remiss urologmottagningen för DT-urografi. Kontroll av krea på vårdcentralen om två veckor.")], template="Epikris")],
  [["NL102", "n1"]], [["NL101", "n1"]], "VGR long discharge summary with one hedged finding in Förlopp")
C("long-psyk-nybesok-planering-hedges", "skane", "1997-11-03", [N("n1", "psyk", "L2", "2024-04-24 10:00", [
  ("Kontaktorsak", "Remiss från vårdcentralen för fortsatt bedömning av långvarig nedstämdhet."),
  ("Anamnes", "Nedstämd sedan gymnasiet med perioder av bättre mående. Ingen tidigare psykiatrisk vård. Sömnen är splittrad, aptiten nedsatt. Har sjukskrivit sig från sitt jobb på lager sedan mars."),
  ("Hereditet", "Mamma behandlad för depression. Morfar trol. alkoholberoende enligt pat."),
  ("Missbruk", "Alkohol 2–3 glas i helgerna, inga droger."),
  ("Suicidriskbedömning", "Passiva dödstankar utan planer eller tidigare försök. Skyddande faktorer: sambo och katt. Låg akut risk."),
  ("Status", "Vaken, orienterad, god kontakt. Sänkt grundstämning, ingen psykotisk symtomatologi."),
  ("Bedömning", "Egentlig depression, medelsvår, recidiverande. Uppfyller inte kriterier för bipolaritet. Trol. god effekt av KBT i kombination med fortsatt SSRI."),
  ("Planering", "Höjer sertralin till 100 mg. Remiss KBT-mottagningen. Möjligen aktuellt med arbetsträning efter sommaren. Ny kontakt om fyra veckor."),
  ("Information", "Pat informerad om diagnos och plan, instämmer.")])],
  [], [["NL102", "n1"], ["NL101", "n1"]], "long psychiatric note: settled diagnosis, hedges only on family history, effect and planning")
C("long-vgr-barn-astma-utan-brott", "vgr", "2016-02-12", [N("n1", "v_barn", "L6", "2024-05-07 14:00", [
  ("Kontaktorsak", "Uppföljning av astma efter akutbesök i mars."),
  ("Anamnes", "Pojke 8 år, nattlig hosta och pip vid förkylningar. Använder Airomir ca två gånger i veckan. Inga nattliga uppvaknanden senaste månaden. Pollenallergi mot björk."),
  ("Status", "Allmäntillstånd gott, lungor: vesikulära andningsljud utan ronki. PEF 250 (85 % av förväntat)."),
  ("Spirometri", "FEV1 92 % av förväntat, signifikant reversibilitet 14 % efter bronkdilatation."),
  ("Bedömning", "Astma, delvis kontrollerad. Ingen misstanke om annan lungsjukdom; normal tillväxt och inga infektionstecken."),
  ("Åtgärd", "Insätter budesonid 200 µg x 2 via spacer. Inhalationsteknik genomgången av sjuksköterska, mamma fick skriftlig astmaplan."),
  ("Planering", "Återbesök om tre månader med spirometri. Ev. allergitest inför pollensäsongen nästa år."),
  ("Information", "Pojken och mamma informerade om astmadiagnosen och behandlingen.")])],
  [], [["NL102", "n1"], ["NL101", "n1"]], "VGR long child note: confirmed asthma, negation and an 'Ev.' about a test")
C("long-onk-behandlingsbeslut-ett-brott", "skane", "1957-12-01", [N("n1", "onk", "L5", "2024-05-09 15:30", [
  ("Bakgrund", "Opererad för rektalcancer 2021, adjuvant cytostatika avslutad 2022. Regelbundna kontroller utan anmärkning fram till nu."),
  ("Aktuellt", "DT thorax-buk 2/5 visar tre nytillkomna lungnoduler, största 14 mm. Biopsi från den största har nu besvarats."),
  ("PAD", "Adenocarcinom förenligt med metastas från känd rektalcancer."),
  ("MDK", "Diskuterad på MDK 8/5: ej operabel, rekommenderas palliativ cytostatika med FOLFOX."),
  ("Bedömning", "Metastaserad rektalcancer med lungmetastaser. Allmäntillstånd gott, ECOG 0."),
  ("Information", "Patienten har inte informerats om PAD-svaret än. Besked ges vid besök 13/5 tillsammans med kontaktsjuksköterska, hustrun vill vara med."),
  ("Planering", "Portakateter bokas. Start FOLFOX efter beskedet om pat samtycker.")])],
  [["NL101", "n1"]], [["NL102", "n1"]], "long oncology note: one line says the patient has not been told")
C("long-geri-utskrivning-hedges-utanfor-diagnos", "skane", "1931-10-19", [N("n1", "geri", "L8", "2024-05-17 11:00", [
  ("Vårdförlopp", "Inlagd efter fall i hemmet med kotkompression L1, smärtlindrad med paracetamol och låg dos oxikodon. Mobiliserad med rollator av fysioterapeut."),
  ("Diagnoser", "Osteoporotisk kotkompression L1. Ortostatisk hypotension. Lätt kognitiv svikt sedan tidigare."),
  ("Läkemedel", "Doxazosin utsatt pga ortostatism. Alendronat och kalk/D-vitamin insatt."),
  ("Planering", "Trol. behov av korttidsboende två veckor, biståndshandläggare kontaktad. Kan ev. återgå till eget boende med utökad hemtjänst."),
  ("Information", "Pat och sonen informerade om diagnoserna och planen vid utskrivningssamtalet.")], template="Epikris")],
  [], [["NL102", "n1"], ["NL101", "n1"]], "long discharge: hedges only about placement")
C("long-vgr-kir-operation-th", "vgr", "1961-06-08", [N("n1", "v_kir", "L7", "2024-05-20 16:40", [
  ("Operationsberättelse", "Laparoskopisk kolecystektomi utan komplikationer. Gallblåsan skickad för PAD."),
  ("Postoperativt", "Vaken, smärtlindrad, mobiliseras i kväll. Fri kost från i morgon."),
  ("Information", "Informerad om operationsförloppet och att PAD-svar kommer per brev."),
  (TH, "Peroperativt noterades en 1 cm stor förändring i levern, misstänkt metastas. MR lever beställd; tas inte upp förrän svaret finns.")])],
  [], [["NL102", "n1"], ["NL101", "n1"], ["NL104", "n1"]], "VGR long op note: the unspoken suspicion is correctly under TH")

# ---------------------------------------------------------------- more NL102 positives, varied styles
C("akm-ua-utom-trol-commotio", "skane", "2007-03-22", [N("n1", "akm", "ST", "2024-05-18 22:45", [
  ("Bedömning", "Tackling i fotboll, kort amnesi. Neurostatus ua. Trol. commotio cerebri, hem med vakväckning och muntlig samt skriftlig info.")])],
  [["NL102", "n1"]], [], "17-year-old: 'Trol.' commotio, Latin")
C("vgr-telefon-ssk-misstankt-streptokocker", "vgr", "1994-12-15", [N("n1", "v_inf", "S2", "2024-05-20 08:30", [
  ("Kontaktorsak", "Feber och kraftig halsont sedan igår, svårt att svälja."),
  ("Bedömning", "Misstänkt halsböld enligt symtomen, sväljer saliv med svårighet."),
  ("Åtgärd", "Hänvisad till ÖNH-jouren inom en timme.")], template="Telefonkontakt")],
  [["NL102", "n1"]], [], "VGR nurse telephone note with a suspected peritonsillit (halsböld)")
C("kard-lagt-ej-exkludera-amyloidos", "skane", "1946-01-05", [N("n1", "kard", "L2", "2024-05-21 10:00", [
  ("Bedömning", "Uttalad septumhypertrofi utan hypertoni, lågvoltage på EKG. Hjärtamyloidos går inte att exkludera, DPD-scint beställd.")])],
  [["NL102", "n1"]], [], "'går inte att exkludera' as a hedge form")
C("bum-telegrafisk-susp-invagination", "skane", "2022-06-18", [N("n1", "bum", "L6", "2024-05-24 03:30", [
  ("Bedömning", "Intermittent skrik, blek i attackerna, hallongeléavföring x1. Susp invagination – UL buk akut, barnkir informerad.")])],
  [["NL102", "n1"]], [], "telegraphic 'Susp' without a dot for a toddler")
C("lung-sannol-astma-kol-overlapp", "skane", "1964-09-13", [N("n1", "lung", "L3", "2024-05-27 09:30", [
  ("Bedömning", "Sannol. astma-KOL-överlapp med partiell reversibilitet och eosinofili. Trippelinhalator och ny spirometri om tre månader.")])],
  [["NL102", "n1"]], [], "abbreviation 'Sannol.'")
C("vgr-ort-dd-stressfraktur", "vgr", "2004-05-11", [N("n1", "v_ort", "L7", "2024-05-28 14:00", [
  ("Bedömning", "Löparen med belastningssmärta i mellanfoten, normal röntgen. Diffrentialdiagnos stressfraktur i metatarsale II, MR beställd och avlastning.")])],
  [["NL102", "n1"]], [], "VGR 'Diffrentialdiagnos' spelled out, with a typo")
C("vgr-psyk-typo-sannolkit-ptsd", "vgr", "1984-01-30", [N("n1", "v_psyk", "PS", "2024-05-30 13:00", [
  ("Bedömning", "Mardrömmar, återupplevanden och undvikande sedan trafikolyckan i höstas. Sannolkit posttraumatiskt stressyndrom, PCL-5 planeras.")])],
  [["NL102", "n1"]], [], "typo 'Sannolkit' in a VGR psychologist note")

# ---------------------------------------------------------------- further near misses and positives
C("vgr-nd-risk-for-trycksar", "vgr", "1936-08-16", [N("n1", "v_geri", "US", "2024-06-03 07:30", [
  ("Omvårdnad", "Risk för trycksår enligt Norton 18, vänds var tredje timme. Huden hel och utan rodnad.")])],
  [], [["NL102", "n1"]], "VGR 'Risk för' with intact skin: no hedged diagnosis")
C("nd-screening-ingen-diabetes", "skane", "1979-05-07", [N("n1", "kk", "BM", "2024-06-04 10:00", [
  ("Aktuellt", "Graviditetsvecka 28. Glukosbelastning normal, ingen graviditetsdiabetes. Fosterrörelser som vanligt.")])],
  [], [["NL102", "n1"]], "midwife: normal glucose test, negated diabetes")
C("vgr-kontroll-forhojt-blodtryck-utan-diagnos", "vgr", "1970-11-24", [N("n1", "v_kard", "S1", "2024-06-05 13:20", [
  ("Omvårdnad", "Blodtryck 152/94 vid dagens kontroll, pat stressad efter bilköer. Ny mätning med 24-timmarsmätare bokad innan ställning tas.")])],
  [], [["NL102", "n1"]], "VGR single raised pressure, no diagnosis written")
C("logoped-mojlig-afasi-forbattring", "skane", "1945-02-19", [N("n1", "geri", "LOG", "2024-06-06 11:00", [
  ("Bedömning", "Känd afasi efter vänstersidig stroke i februari. Benämning förbättrad sedan förra bedömningen, möjligen kan hon klara telefonsamtal med stöd av skrivtavla.")])],
  [], [["NL102", "n1"]], "speech therapist: settled aphasia, hedge about ability")
C("kurator-ej-informerat-arbetsgivare", "skane", "1983-08-29", [N("n1", "onk", "KU", "2024-06-07 14:00", [
  ("Samtal", "Stödsamtal efter beskedet om lymfom som pat fick förra veckan. Har ännu inte informerat arbetsgivaren och vill ha hjälp med hur det ska formuleras.")])],
  [], [["NL101", "n1"], ["NL102", "n1"]], "counsellor: the employer is not informed, the patient is")
C("vgr-ssk-ej-informerad-om-biverkan-men-diagnos-kand", "vgr", "1952-04-14", [N("n1", "v_onk", "S3", "2024-06-10 09:40", [
  ("Omvårdnad", "Känd prostatacancer sedan 2022, informerad sedan länge. Inför nya hormonbehandlingen har pat ännu inte fått information om värmevallningar – ges vid besöket i morgon.")])],
  [], [["NL101", "n1"]], "VGR: not yet informed about side effects, the diagnosis is known")
C("akm-telegrafisk-ua-inga-fynd", "skane", "1993-10-06", [N("n1", "akm", "AT", "2024-06-11 02:15", [
  ("Bedömning", "Bröstsmärta sedan 2 h. EKG ua, trop x2 neg. Ingen misstanke om ACS el. lungemboli. Hem, åter vid försämring.")])],
  [], [["NL102", "n1"]], "telegraphic negation of two diagnoses joined by 'el.'")
C("vgr-neuro-ssk-susp-migran-aura", "vgr", "2000-06-01", [N("n1", "v_neuro", "S2", "2024-06-12 10:30", [
  ("Kontaktorsak", "Flimmer i synfältet följt av ensidig huvudvärk, tredje gången i vår."),
  ("Bedömning", "Susp. migrän med aura, inga neurologiska bortfall kvar enligt pat."),
  ("Åtgärd", "Läkartid bokad, huvudvärksdagbok skickas hem.")], template="Telefonkontakt")],
  [["NL102", "n1"]], [], "VGR nurse phone note with 'Susp.' migraine")
C("uro-ev-ej-behov-cystoskopi", "skane", "1966-07-23", [N("n1", "uro", "L5", "2024-06-13 15:00", [
  ("Bedömning", "Mikrohematuri vid en enstaka sticka, DT-urografi och cytologi utan anmärkning. Ingen malignitet. Ev. kontroll av urinsticka på vårdcentral om ett år, ingen ytterligare utredning.")])],
  [], [["NL102", "n1"]], "'Ev.' about a control, malignancy negated")
C("psykavd-trol-psykos-inlaggning", "skane", "1996-05-16", [N("n1", "psykavd", "L2", "2024-06-14 23:00", [
  ("Bedömning", "Hörselhallucinationer och förföljelseidéer sedan två veckor, sover inte. Trol. akut polymorf psykos, DD drogutlöst psykos i väntan på urintox.")], template="Inskrivningsanteckning")],
  [["NL102", "n1"]], [], "psychiatric inpatient admission with 'Trol.' and DD")
C("vgr-th-tom-hypotes-ej-relevant", "vgr", "1988-03-17", [N("n1", "v_kk", "BM", "2024-06-17 11:40", [
  ("Omvårdnad", "Amningen fungerar bättre efter justering av tag."),
  (TH, "Pat vill inte att svärmor ska få veta något om förlossningen.")])],
  [["NL104", "n1"]], [], "VGR TH used for a wish about a relative, no hypothesis")
C("hem-ssk-trol-neutropen-feber", "skane", "1955-11-08", [N("n1", "hem", "S1", "2024-06-18 20:50", [
  ("Omvårdnad", "Temp 38,7, frossa. Dag 10 efter cytostatika, läkare bedömer trol. neutropen feber. Odlingar tagna och Tazocin startat inom 30 min.")])],
  [["NL102", "n1"]], [], "hematology nurse note with 'trol.' neutropenic fever")
C("vgr-epikris-bekraftad-lungemboli-informerad", "vgr", "1975-02-03", [N("n1", "v_med", "L1", "2024-06-19 12:00", [
  ("Epikris", "Bilateral lungemboli verifierad med DT. Ingen högerkammarbelastning. Apixaban i minst sex månader, informerad om diagnosen och om blödningsrisken.")], template="Epikris")],
  [], [["NL102", "n1"], ["NL101", "n1"]], "VGR settled and told diagnosis in a discharge summary")
C("pmo-vc-ej-informerad-inte-asserterat", "skane", "1950-12-27", [N("n1", "vc1", "L3", "2024-06-20 10:30", [
  ("Bedömning", "Provsvar visar kronisk lymfatisk leukemi enligt flödescytometri. Patienten ej informerad än, ringer i morgon och bokar besök.")])],
  [], [["NL102", "n1"]], "PMO: diagnosis not told; NL101 not asserted on PMO, no hedge")
C("bup-susp-tourette", "skane", "2012-10-02", [N("n1", "bup", "L2", "2024-06-24 13:15", [
  ("Bedömning", "Motoriska tics sedan två år och vokala tics senaste halvåret. Susp. Tourettes syndrom, föräldrar och barn informerade om fortsatt utredning.")])],
  [["NL102", "n1"]], [], "BUP (Skåne), 11-year-old: suspected Tourette in visible note")
C("vgr-fys-inga-tecken-pa-nervpaverkan", "vgr", "1962-09-09", [N("n1", "v_fys", "FT", "2024-06-25 09:30", [
  ("Bedömning", "Ländryggssmärta utan utstrålning. Inga tecken på nervrotspåverkan, lasègue negativ bilat. Ospecifik ländryggssmärta, aktivitetsråd och träningsprogram.")])],
  [], [["NL102", "n1"]], "VGR physiotherapist: negated radiculopathy")

# ================================================================ build + validate
KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
CODES = {"NL101", "NL102", "NL103", "NL104", "NL105"}

def build():
    out, errs = [], []
    for i, (name, rs, birth, notes, must, must_not, why) in enumerate(CASES):
        pid = pnr(birth, 100 + (i * 37) % 900)
        last = max(n["time"] for n in notes)
        as_of = (datetime.fromisoformat(last) + timedelta(days=7)).date().isoformat() + "T00:00:00"
        rec = {"patient": {"id": pid, "birth_date": birth, "protected_identity": False},
               "as_of": as_of, "notes": notes, "access_events": [], "conversations": [], "treatments": []}
        out.append({"case": name, "ruleset": rs, "record": rec, "must": must, "must_not": must_not, "why": why})
    return out

def sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = part.strip()
        if len(part) >= 25:
            yield part

def validate(cases):
    errs, names, seen = [], set(), {}
    for c in cases:
        n = c["case"]
        if list(c.keys()) != KEYS: errs.append(f"{n}: keys {list(c.keys())}")
        if n in names: errs.append(f"{n}: duplicate case name")
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"): errs.append(f"{n}: ruleset")
        r = c["record"]; p = r["patient"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", p["id"])
        if not m: errs.append(f"{n}: pnr format")
        else:
            if "%s-%s-%s" % m.group(1, 2, 3) != p["birth_date"]: errs.append(f"{n}: pnr/birth mismatch")
            if luhn_digit(p["id"][2:8] + m.group(4)) != m.group(5): errs.append(f"{n}: Luhn")
        if not r["as_of"].startswith("2024-"): errs.append(f"{n}: as_of not 2024")
        ids = set()
        bd = datetime.fromisoformat(p["birth_date"])
        for note in r["notes"]:
            ids.add(note["id"])
            for k in ("time", "signed"):
                if note[k] is not None and not note[k].startswith("2024-"): errs.append(f"{n}: {k} not 2024")
            t = datetime.fromisoformat(note["time"])
            age = t.year - bd.year - ((t.month, t.day) < (bd.month, bd.day))
            if 13 <= age <= 15: errs.append(f"{n}: patient aged {age}")
            if c["ruleset"] == "vgr" and note["system"] != "Melior": errs.append(f"{n}: VGR non-Melior")
            if note["template"] == TH and c["ruleset"] == "vgr": errs.append(f"{n}: VGR uses sökord, not template")
            for s in note["sections"]:
                for sent in sentences(s["text"]):
                    if sent in seen and seen[sent] != (n, note["id"], s["keyword"]):
                        errs.append(f"{n}: repeated sentence (also in {seen[sent][0]}): {sent}")
                    seen.setdefault(sent, (n, note["id"], s["keyword"]))
        notes_by_id = {x["id"]: x for x in r["notes"]}
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in CODES: errs.append(f"{n}: code {code}")
                if target not in ids: errs.append(f"{n}: target {target} missing")
                elif notes_by_id[target]["system"] == "PMO":
                    if code == "NL101": errs.append(f"{n}: NL101 asserted on PMO")
                    if code == "NL102" and lst == "must": errs.append(f"{n}: NL102 must on PMO")
        both = {tuple(x) for x in c["must"]} & {tuple(x) for x in c["must_not"]}
        if both: errs.append(f"{n}: in must and must_not {both}")
        if not c["why"] or "\n" in c["why"]: errs.append(f"{n}: why")
        if not c["must"] and not c["must_not"] and "not asserted" not in c["why"]: errs.append(f"{n}: nothing asserted")
    return errs

def main():
    cases = build()
    errs = validate(cases)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    if errs:
        for e in errs: print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    from collections import Counter
    cnt = Counter()
    for c in cases:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]: cnt[(code, lst)] += 1
    print(f"{len(cases)} cases written to {path}")
    for code in sorted({k[0] for k in cnt}):
        print(code, "must", cnt[(code, "must")], "must_not", cnt[(code, "must_not")])

if __name__ == "__main__":
    main()
