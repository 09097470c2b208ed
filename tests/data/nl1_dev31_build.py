#!/usr/bin/env python3
"""NL1 development cases, batch 31: how diagnoses are named when not written by the book.

Holds every case as data, writes ``nl1_dev31_cases.jsonl`` next to this file (one case per
line in the devset case format: case, ruleset, record, must, must_not, why) and validates
it. Standard library only, deterministic. Exits with status 1 on any problem.

Theme: common diagnoses as clinicians and nurses actually type them - inflected and
definite forms, compounds, abbreviations and acronyms, Latin/English forms, eponyms, lay
words, misspellings and several diagnoses in one sentence or list.

* NL102 must: such a diagnosis hedged in a visible section of a Melior note.
* NL102 must_not: the same kinds of names negated, settled, as relatives' history, next
  to a hedge about something that is not a diagnosis, in a PMO note, or only inside a
  protected Tidiga hypoteser template (Skåne) / sökord (VGR).
* NL101 must / must_not: a diagnosis in a visible section while the text says the
  patient has not been told / must not be told yet, versus told (or the not-told text
  sits in Tidiga hypoteser, or concerns someone or something else).

Written from the regional routines (seeds) and the rule catalog (DESIGN.md) only.
"""

import datetime as dt
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().with_name("nl1_dev31_cases.jsonl")

# --------------------------------------------------------------------------- units
# key: (name, hsa_id, system)
UNITS = {
    # Skåne, Melior (hospitals)
    "s_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4410", "Melior"),
    "s_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4418", "Melior"),
    "s_akut_kri": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-5120", "Melior"),
    "s_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-6031", "Melior"),
    "s_akut_ystad": ("Akutmottagningen, Ystads lasarett", "SE2321000255-6712", "Melior"),
    "s_stroke_lund": ("Strokeenheten, Skånes universitetssjukhus Lund", "SE2321000255-4477", "Melior"),
    "s_med_ystad": ("Medicinmottagningen, Ystads lasarett", "SE2321000255-6720", "Melior"),
    "s_medklin_ystad": ("Medicinkliniken, Ystads lasarett", "SE2321000255-6725", "Melior"),
    "s_med_hbg": ("Medicinkliniken, Helsingborgs lasarett", "SE2321000255-6040", "Melior"),
    "s_med35_hbg": ("Medicinkliniken avd 35, Helsingborgs lasarett", "SE2321000255-6044", "Melior"),
    "s_inf_malmo": ("Infektionsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4502", "Melior"),
    "s_inf_lund": ("Infektionskliniken, Skånes universitetssjukhus Lund", "SE2321000255-4506", "Melior"),
    "s_lung_lund": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4523", "Melior"),
    "s_gastro_malmo": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4531", "Melior"),
    "s_neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4540", "Melior"),
    "s_psyk_lund": ("Allmänpsykiatrisk mottagning Lund", "SE2321000255-4902", "Melior"),
    "s_barnakut_malmo": ("Barnakuten, Skånes universitetssjukhus Malmö", "SE2321000255-4611", "Melior"),
    "s_barnakut_lund": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-4615", "Melior"),
    "s_barnakut_hbg": ("Barnakuten, Helsingborgs lasarett", "SE2321000255-6088", "Melior"),
    "s_barnmott_hbg": ("Barn- och ungdomsmottagningen, Helsingborgs lasarett", "SE2321000255-6090", "Melior"),
    "s_barnallergi_lund": ("Barnallergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4622", "Melior"),
    "s_kir_kri": ("Kirurgiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-5144", "Melior"),
    "s_kir_ystad": ("Kirurgmottagningen, Ystads lasarett", "SE2321000255-6733", "Melior"),
    "s_kir_malmo": ("Kirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4650", "Melior"),
    "s_kir_lund": ("Kirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4655", "Melior"),
    "s_ort_hass": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-5301", "Melior"),
    "s_onh_hbg": ("Öron-, näs- och halskliniken, Helsingborgs lasarett", "SE2321000255-6102", "Melior"),
    "s_geri_tre": ("Geriatriska kliniken, Trelleborgs lasarett", "SE2321000255-5410", "Melior"),
    "s_uro_malmo": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4670", "Melior"),
    "s_ak_malmo": ("Antikoagulationsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4681", "Melior"),
    "s_brost_hbg": ("Bröstmottagningen, Helsingborgs lasarett", "SE2321000255-6115", "Melior"),
    # Skåne, PMO (primary care)
    "p_vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-8011", "PMO"),
    "p_vc_mollevangen": ("Vårdcentralen Möllevången, Malmö", "SE2321000255-8023", "PMO"),
    "p_hsv_sjobo": ("Hemsjukvården Sjöbo", "SE2321000255-8140", "PMO"),
    "p_bvc_hoor": ("BVC Höör", "SE2321000255-8152", "PMO"),
    "p_um_ystad": ("Ungdomsmottagningen Ystad", "SE2321000255-8166", "PMO"),
    "p_vc_simrishamn": ("Vårdcentralen Simrishamn", "SE2321000255-8037", "PMO"),
    "p_vc_kvarnby": ("Vårdcentralen Kvarnby, Malmö", "SE2321000255-8049", "PMO"),
    "p_vc_hollviken": ("Vårdcentralen Höllviken", "SE2321000255-8055", "PMO"),
    # Västra Götaland, Melior
    "v_akut_su": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1001", "Melior"),
    "v_akut_ostra": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E1004", "Melior"),
    "v_akut_sas": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E2210", "Melior"),
    "v_akut_skas": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E3105", "Melior"),
    "v_akut_udd": ("Akutmottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E4012", "Melior"),
    "v_akut_alingsas": ("Akutmottagningen, Alingsås lasarett", "SE2321000131-E5003", "Melior"),
    "v_med_nal": ("Medicinkliniken, NU-sjukvården NÄL Trollhättan", "SE2321000131-E4101", "Melior"),
    "v_medmott_nal": ("Medicinmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E4108", "Melior"),
    "v_stroke_nal": ("Strokeenheten, NU-sjukvården NÄL Trollhättan", "SE2321000131-E4115", "Melior"),
    "v_med12_udd": ("Medicinavdelning 12, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E4030", "Melior"),
    "v_diab_udd": ("Diabetesmottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E4034", "Melior"),
    "v_diab_kungalv": ("Diabetesmottagningen, Kungälvs sjukhus", "SE2321000131-E6020", "Melior"),
    "v_med2_kungalv": ("Medicinavdelning 2, Kungälvs sjukhus", "SE2321000131-E6011", "Melior"),
    "v_med3_alingsas": ("Medicinavdelning 3, Alingsås lasarett", "SE2321000131-E5014", "Melior"),
    "v_medmott_alingsas": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E5019", "Melior"),
    "v_uro_sas": ("Urologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E2240", "Melior"),
    "v_uro_udd": ("Urologmottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E4050", "Melior"),
    "v_hjart_skas": ("Hjärtmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E3140", "Melior"),
    "v_kardio_su": ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1120", "Melior"),
    "v_reuma_molndal": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E1310", "Melior"),
    "v_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1140", "Melior"),
    "v_psyk_sas": ("Vuxenpsykiatriska mottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E2301", "Melior"),
    "v_psyk_ostra": ("Vuxenpsykiatriska mottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E1402", "Melior"),
    "v_onh_su": ("Öron-näsa-halsakuten, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1160", "Melior"),
    "v_hud_sas": ("Hudmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E2260", "Melior"),
    "v_inf_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E1410", "Melior"),
    "v_inf5_ostra": ("Infektionsavdelning 5, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E1415", "Melior"),
    "v_geri_molndal": ("Geriatriska mottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E1320", "Melior"),
    "v_gastro_ostra": ("Gastromottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E1420", "Melior"),
    "v_gastro_skas": ("Gastromottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E3160", "Melior"),
    "v_endo_su": ("Endoskopienheten, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1170", "Melior"),
    "v_kir_skas": ("Kirurgkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E3120", "Melior"),
    "v_kirmott_skas": ("Kirurgmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E3125", "Melior"),
    "v_lung_skas": ("Lungmedicinska kliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E3170", "Melior"),
    "v_barnkir_dsbus": ("Barnkirurgiska akuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E1501", "Melior"),
    "v_hemat_su": ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1180", "Melior"),
}

# Protection per region, as the devset README states it.
SKANE_PROTECTED_TEMPLATES = {
    "Tidiga hypoteser",
    "Våld i nära relationer",
    "Oro för att barn far illa",
    "Hälsoundersökning på begäran av socialnämnd (HUBS)",
    "Hälsoundersökning på begäran om socialnämnd",
}
VGR_PROTECTED_KEYWORDS = {
    "Tidiga hypoteser",
    "Våldsutsatthet i nära relationer",
    "Orosanmälan gällande barn",
    "Tredje person",
    "Enkelblind prövning",
}

# --------------------------------------------------------------------------- cases
# Each case: C(name, ruleset, patient id, birth date, unit key, template, (author, role),
#              time, signed (None = unsigned draft), setting, sections, must, must_not, why)


def C(case, ruleset, pid, born, unit, template, author, time, signed, setting,
      sections, must=(), must_not=(), why=""):
    return {
        "case": case, "ruleset": ruleset, "pid": pid, "born": born, "unit": unit,
        "template": template, "author": author, "time": time, "signed": signed,
        "setting": setting, "sections": sections, "must": list(must),
        "must_not": list(must_not), "why": why,
    }


N2 = ("NL102",)
N1 = ("NL101",)

CASES = [
    # ======================================================= NL102 must (hedged, visible)
    C("pneumoni-vanstersidig-trolig-akut", "skane", "19530214-2137", "1953-02-14",
      "s_akut_lund", "Akutanteckning", ("Johan Berglund", "läkare"),
      "2024-01-09T02:40:00", "2024-01-09T03:25:00", "öppenvård",
      [("Aktuellt", "Sökt med hosta och frossa sedan tre dygn, tilltagande andfåddhet sedan i går kväll."),
       ("Status", "AT: påverkad, andningsfrekvens 26, sat 91 % på luft. Cor: RR. Pulm: krepitationer basalt vänster. CRP 148."),
       ("Bedömning", "Trolig vänstersidig pneumoni. Odlingar tagna, bensylpenicillin 3 g x 3 iv och inläggning på infektion.")],
      must=N2, why="compound 'vänstersidig pneumoni' hedged with 'Trolig' in Bedömning of a visible Melior note"),

    C("pneumonin-definit-den-misstankta", "vgr", "19390722-3428", "1939-07-22",
      "v_med_nal", "Daganteckning", ("Sara Lindqvist", "läkare"),
      "2024-01-17T10:15:00", "2024-01-17T11:02:00", "slutenvård",
      [("Aktuellt", "Inlagd för förvirring och fall i hemmet. Nytillkommet syrgasbehov sedan natten, 2 l på grimma."),
       ("Bedömning", "Den misstänkta pneumonin behandlas vidare med cefotaxim i väntan på lungröntgen. Förvirringen tolkas som delirium sekundärt till infektionen.")],
      must=N2, why="definite form 'den misstänkta pneumonin' is still a hedged diagnosis"),

    C("stroken-definit-misstankta-utkast", "skane", "19571103-4610", "1957-11-03",
      "s_stroke_lund", "Läkaranteckning", ("Mikael Håkansson", "läkare"),
      "2024-02-02T08:20:00", None, "slutenvård",
      [("Aktuellt", "Vaknade kl 06 med sluddrigt tal och hängande vänster mungipa, hustrun larmade 112."),
       ("Bedömning", "DT hjärna utan blödning. Den misstänkta stroken utreds vidare med MR hjärna och DT-angiografi av halskärlen i dag.")],
      must=N2, why="definite form 'stroken' with 'misstänkta' in an unsigned draft"),

    C("diabetesen-definit-misstanks-lada", "vgr", "19790530-5020", "1979-05-30",
      "v_diab_kungalv", "Mottagningsanteckning", ("Per Axelsson", "läkare"),
      "2024-02-12T13:30:00", "2024-02-12T14:10:00", "öppenvård",
      [("Aktuellt", "Remiss från vårdcentral för nyupptäckt hyperglykemi, HbA1c 71, BMI 22 och viktnedgång."),
       ("Bedömning", "Diabetesen misstänks vara LADA snarare än typ 2 med tanke på normalvikt och snabb progress. GAD-antikroppar och C-peptid skickade.")],
      must=N2, why="definite 'diabetesen' with a hedged subtype (LADA) via 'misstänks'"),

    C("nydebuterad-formaksflimmer-misstankt-genusfel", "skane", "19510918-3359", "1951-09-18",
      "s_med_ystad", "Läkaranteckning", ("Helena Strand", "läkare"),
      "2024-02-20T16:45:00", "2024-02-20T17:30:00", "öppenvård",
      [("Aktuellt", "Hjärtklappning och trötthet i två dygn. Pulsen oregelbunden vid palpation, EKG från ambulansen har inte följt med."),
       ("Bedömning", "Misstänkt nydebuterad förmaksflimmer. Nytt 12-avlednings-EKG och TSH tas, CHA2DS2-VASc räknas när diagnosen är säkerställd.")],
      must=N2, why="compound 'nydebuterad förmaksflimmer' (typo: wrong gender agreement) hedged by 'Misstänkt'"),

    C("hosidig-njursten-fragetecken", "vgr", "19790311-6874", "1979-03-11",
      "v_akut_sas", "Akutanteckning", ("Erik Sandberg", "läkare"),
      "2024-03-04T21:10:00", "2024-03-04T21:55:00", "öppenvård",
      [("Status", "Orolig, kan inte ligga still. Dunkömhet höger flank, buken mjuk. U-sticka: blod 3+."),
       ("Bedömning", "Hö-sidig njursten? DT urinvägar beställd, Voltaren 50 mg supp som smärtlindring.")],
      must=N2, why="abbreviated side prefix 'hö-sidig njursten' hedged only by a question mark"),

    C("uvi-ev-forkortning", "skane", "19900426-7143", "1990-04-26",
      "s_inf_malmo", "Läkaranteckning", ("Lina Persson", "läkare"),
      "2024-03-08T09:40:00", "2024-03-08T10:20:00", "öppenvård",
      [("Aktuellt", "Sveda och täta trängningar i fyra dagar, i går kväll feber 38,4 och ont i ländryggen."),
       ("Bedömning", "Ev. UVI med övre engagemang. Urinodling skickad innan första dosen ceftibuten.")],
      must=N2, why="acronym UVI hedged with 'Ev.'"),

    C("dvt-kan-ej-uteslutas", "vgr", "19720115-2258", "1972-01-15",
      "v_akut_su", "Akutanteckning", ("Anders Nyström", "läkare"),
      "2024-03-14T15:05:00", "2024-03-14T15:50:00", "öppenvård",
      [("Status", "Vänster vad 3 cm större i omfång än höger, ömmar längs djupa vener. Wells score 2."),
       ("Bedömning", "DVT kan ej uteslutas. D-dimer förhöjt, ultraljud vänster ben bokat i morgon kl 08 och en dos dalteparin ges i kväll.")],
      must=N2, why="acronym DVT with 'kan ej uteslutas', a hedge despite the word 'uteslutas'"),

    C("le-misstankt-akut", "skane", "19630607-1843", "1963-06-07",
      "s_akut_kri", "Akutanteckning", ("Karin Olofsson", "läkare"),
      "2024-03-19T11:25:00", "2024-03-19T12:05:00", "öppenvård",
      [("Aktuellt", "Plötslig andnöd och hugg i höger sida vid djupandning sedan i morse. Flög hem från Thailand för fem dagar sedan."),
       ("Bedömning", "Misstänkt LE. DT thorax med kontrast beställd, tinzaparin ges i väntan på svar.")],
      must=N2, why="two-letter acronym LE (lungemboli) hedged with 'Misstänkt'"),

    C("tia-trolig-neuro", "vgr", "19491202-4132", "1949-12-02",
      "v_neuro_su", "Läkaranteckning", ("Maria Ekström", "läkare"),
      "2024-03-26T10:00:00", "2024-03-26T10:45:00", "öppenvård",
      [("Aktuellt", "Övergående domning i höger hand och svårt att hitta ord i ungefär tjugo minuter i söndags. Nu helt återställd."),
       ("Bedömning", "Trolig TIA, ABCD2 4 poäng. Karotisultraljud och långtids-EKG beställs, Trombyl insätts.")],
      must=N2, why="acronym TIA hedged with 'Trolig'"),

    C("kol-fragetecken-spirometri-utkast", "skane", "19610819-5584", "1961-08-19",
      "s_lung_lund", "Mottagningsanteckning", ("Oskar Lindberg", "läkare"),
      "2024-04-03T14:15:00", None, "öppenvård",
      [("Anamnes", "Rökt 20 cigaretter om dagen i 40 år. Ansträngningsdyspné i trappor och slemhosta varje morgon sedan flera vintrar."),
       ("Bedömning", "KOL? Spirometri med reversibilitetstest bokas, rökavvänjning erbjuds redan nu.")],
      must=N2, why="acronym KOL followed by a bare question mark, unsigned draft"),

    C("gerd-trol-forkortad-hedge", "vgr", "19850228-3917", "1985-02-28",
      "v_gastro_ostra", "Mottagningsanteckning", ("Jonas Hedlund", "läkare"),
      "2024-04-09T09:20:00", "2024-04-09T09:58:00", "öppenvård",
      [("Aktuellt", "Halsbränna nattetid, sur smak i munnen och morgonheshet sedan i höstas. Ingen dysfagi, ingen viktnedgång."),
       ("Bedömning", "Trol. GERD. PPI-behandling i åtta veckor, därefter ställningstagande till gastroskopi.")],
      must=N2, why="English acronym GERD with the abbreviated hedge 'Trol.'"),

    C("ibs-differentialdiagnos-celiaki", "skane", "19961012-2427", "1996-10-12",
      "s_gastro_malmo", "Mottagningsanteckning", ("Amir Haddad", "läkare"),
      "2024-04-15T13:00:00", "2024-04-15T13:35:00", "öppenvård",
      [("Aktuellt", "Uppblåsthet och växlande lös och hård avföring sedan ett år, värre i stressiga perioder."),
       ("Bedömning", "Differentialdiagnos IBS eller celiaki. Transglutaminasantikroppar och F-kalprotektin tas före vidare ställningstagande.")],
      must=N2, why="acronym IBS as a differential diagnosis against celiaki"),

    C("bph-sannolikt-uro", "vgr", "19550704-1274", "1955-07-04",
      "v_uro_sas", "Mottagningsanteckning", ("Fredrik Wallin", "läkare"),
      "2024-04-22T10:40:00", "2024-04-22T11:15:00", "öppenvård",
      [("Status", "Palpation av prostata: förstorad, slät, elastisk. Residualurin 120 ml. PSA 2,1."),
       ("Bedömning", "Sannolikt BPH. Tamsulosin 0,4 mg till natten, ny flödesmätning om tre månader.")],
      must=N2, why="English acronym BPH hedged with 'Sannolikt'"),

    C("af-susp-telefon-sjukskoterska", "vgr", "19460323-2689", "1946-03-23",
      "v_hjart_skas", "Telefonanteckning", ("Eva Gustavsson", "sjuksköterska"),
      "2024-04-25T08:50:00", "2024-04-25T09:05:00", "öppenvård",
      [("Kontaktorsak", "Patienten ringer, hennes blodtrycksmätare har visat oregelbunden puls flera gånger den senaste veckan."),
       ("Bedömning", "Susp AF. Bokas för EKG på mottagningen i morgon förmiddag, läkare informerad.")],
      must=N2, why="nurse phone note: English acronym AF with 'Susp' written without a period"),

    C("nstemi-trolig-akut", "skane", "19600509-3312", "1960-05-09",
      "s_akut_hbg", "Akutanteckning", ("Sofia Nordin", "läkare"),
      "2024-05-02T04:10:00", "2024-05-02T04:55:00", "öppenvård",
      [("Aktuellt", "Tryckande bröstsmärta sedan två timmar med utstrålning mot vänster arm, kallsvettig vid ankomst."),
       ("Status", "EKG: ST-sänkningar V4–V6. TnT 48, efter en timme 61."),
       ("Bedömning", "Trolig NSTEMI. Ticagrelor och fondaparinux givet, kardiologjouren kontaktad för inläggning på HIA.")],
      must=N2, why="acronym NSTEMI hedged with 'Trolig'"),

    C("ra-misstanke-reuma", "vgr", "19760914-4667", "1976-09-14",
      "v_reuma_molndal", "Mottagningsanteckning", ("Lars Jakobsson", "läkare"),
      "2024-05-06T11:10:00", "2024-05-06T11:50:00", "öppenvård",
      [("Status", "Synovit i MCP 2 och 3 bilateralt samt höger handled. Morgonstelhet över en timme."),
       ("Bedömning", "Misstanke om RA. Anti-CCP, RF och SR skickade, röntgen av händer och fötter beställd.")],
      must=N2, why="two-letter acronym RA after 'Misstanke om'"),

    C("ms-mojligen-debut", "skane", "19940121-5083", "1994-01-21",
      "s_neuro_lund", "Läkaranteckning", ("Ingrid Malmberg", "läkare"),
      "2024-05-13T15:30:00", "2024-05-13T16:05:00", "öppenvård",
      [("Aktuellt", "Domningar från bröstkorgen och nedåt som debuterade för två veckor sedan, lindrig förbättring senaste dagarna."),
       ("Bedömning", "Möjligen debut av MS. MR hjärna och halsrygg med kontrast samt lumbalpunktion planeras.")],
      must=N2, why="two-letter acronym MS hedged with 'Möjligen debut av'"),

    C("adhd-fragestallning-psykiatri", "vgr", "19990616-3895", "1999-06-16",
      "v_psyk_sas", "Läkaranteckning", ("Hanna Wikström", "läkare"),
      "2024-05-20T13:15:00", "2024-05-20T14:00:00", "öppenvård",
      [("Anamnes", "Svårt att fokusera sedan lågstadiet, har hoppat av två utbildningar och tappar ofta bort saker."),
       ("Bedömning", "Frågeställning ADHD. Neuropsykiatrisk utredning påbörjas med psykolog, skattningsskalor skickas hem.")],
      must=N2, why="'Frågeställning ADHD': a diagnosis under investigation in a visible psychiatry note"),

    C("ptsd-sannolik-psykiatri", "skane", "19920208-2229", "1992-02-08",
      "s_psyk_lund", "Läkaranteckning", ("Tobias Ek", "läkare"),
      "2024-05-27T10:30:00", "2024-05-27T11:20:00", "öppenvård",
      [("Aktuellt", "Mardrömmar, påträngande minnesbilder och undvikande av bilkörning sedan trafikolyckan i januari."),
       ("Bedömning", "Sannolik PTSD. Traumafokuserad KBT erbjuds, uppföljning om fyra veckor.")],
      must=N2, why="English acronym PTSD hedged with 'Sannolik'"),

    C("uri-troligen-viral-engelsk-akronym", "vgr", "20011127-6432", "2001-11-27",
      "v_onh_su", "Akutanteckning", ("Nils Forsberg", "läkare"),
      "2024-06-03T19:40:00", "2024-06-03T20:10:00", "öppenvård",
      [("Status", "Rodnad svalg utan beläggningar, öron ua, inga förstorade lymfkörtlar."),
       ("Bedömning", "Troligen viral URI. Råd om koksaltsköljning och paracetamol, återkontakt vid feber mer än tre dygn.")],
      must=N2, why="English acronym URI (rather than ÖLI) hedged with 'Troligen'"),

    C("oma-mojlig-barn-3-ar", "skane", "20210315-2944", "2021-03-15",
      "s_barnakut_malmo", "Akutanteckning", ("Elin Sjöberg", "läkare"),
      "2024-06-10T18:05:00", "2024-06-10T18:40:00", "öppenvård",
      [("Aktuellt", "Mamma berättar att flickan haft feber och tagit sig mot höger öra sedan i går."),
       ("Status", "Höger trumhinna rodnad och matt, osäker buktning. Vänster ua."),
       ("Bedömning", "Möjlig OMA hö. Exspektans två till tre dygn, ny kontakt vid försämring eller utebliven förbättring.")],
      must=N2, why="acronym OMA hedged with 'Möjlig' in a 3-year-old's note (guardian reads it)"),

    C("erysipelas-latin-misstankt", "vgr", "19540417-5548", "1954-04-17",
      "v_hud_sas", "Läkaranteckning", ("Cecilia Holm", "läkare"),
      "2024-06-17T09:15:00", "2024-06-17T09:50:00", "öppenvård",
      [("Status", "Skarpt avgränsad rodnad och värmeökning vänster underben, temp 38,6."),
       ("Bedömning", "Misstänkt erysipelas. Kåvepenin 1 g x 4 i tio dagar, rodnadens gräns markerad med penna.")],
      must=N2, why="Latin 'erysipelas' (not rosfeber) hedged with 'Misstänkt'"),

    C("cholecystitis-latinsk-stavning-fragetecken-fore", "skane", "19690802-4323", "1969-08-02",
      "s_kir_kri", "Akutanteckning", ("David Lund", "läkare"),
      "2024-06-21T23:30:00", None, "öppenvård",
      [("Status", "Palpationsömhet under höger arcus, Murphys tecken positivt. CRP 96, LPK 14."),
       ("Bedömning", "? Cholecystitis acuta. Ultraljud lever och gallvägar i morgon bitti, fastande och iv vätska.")],
      must=N2, why="Latin 'Cholecystitis acuta' with the question mark placed before it, unsigned draft"),

    C("herpes-zoster-trolig-infektion", "vgr", "19471010-3153", "1947-10-10",
      "v_inf_ostra", "Mottagningsanteckning", ("Sanna Berg", "läkare"),
      "2024-07-01T10:05:00", "2024-07-01T10:40:00", "öppenvård",
      [("Status", "Grupperade blåsor på rodnad botten i ett bälte på vänster sida av bröstkorgen, följer Th6."),
       ("Bedömning", "Trolig herpes zoster. Valaciklovir 1 g x 3 i sju dagar och smärtlindring enligt ordination.")],
      must=N2, why="Latin two-word name 'herpes zoster' hedged with 'Trolig'"),

    C("pneumonia-engelska-fragetecken", "skane", "19881201-6775", "1988-12-01",
      "s_akut_lund", "Akutanteckning", ("James Carter", "läkare"),
      "2024-07-08T14:20:00", "2024-07-08T15:00:00", "öppenvård",
      [("Status", "Temp 39,4, andningsfrekvens 24, dämpning och bronkiell andning höger bas. CRP 210."),
       ("Bedömning", "Pneumonia? Lungröntgen beställd, antibiotika insätts efter svar om tillståndet tillåter.")],
      must=N2, why="English 'Pneumonia?' written by an English-speaking doctor"),

    C("bells-pares-eponym-trolig", "vgr", "19800129-2369", "1980-01-29",
      "v_akut_udd", "Akutanteckning", ("Karl Öberg", "läkare"),
      "2024-07-15T12:45:00", "2024-07-15T13:20:00", "öppenvård",
      [("Status", "Perifer facialispares höger med engagemang av pannan. Öronen ser normala ut, inga blåsor i hörselgången."),
       ("Bedömning", "Trolig Bells pares. Prednisolon 50 mg i tio dagar och ögonskydd nattetid.")],
      must=N2, why="eponym 'Bells pares' (no apostrophe) hedged with 'Trolig'"),

    C("menieres-eponym-misstankt", "skane", "19670305-1802", "1967-03-05",
      "s_onh_hbg", "Mottagningsanteckning", ("Martin Kjellberg", "läkare"),
      "2024-07-22T09:30:00", "2024-07-22T10:10:00", "öppenvård",
      [("Aktuellt", "Återkommande attacker av rotatorisk yrsel i flera timmar, samtidigt sus och lockkänsla i vänster öra."),
       ("Bedömning", "Misstänkt Menières sjukdom. Audiogram visar lågfrekvent hörselnedsättning vänster, betahistin prövas.")],
      must=N2, why="eponym 'Menières sjukdom' hedged with 'Misstänkt'"),

    C("parkinson-eponym-fragetecken-geriatrik", "vgr", "19450821-4493", "1945-08-21",
      "v_geri_molndal", "Läkaranteckning", ("Ulrika Dahl", "läkare"),
      "2024-07-30T14:00:00", "2024-07-30T14:35:00", "öppenvård",
      [("Status", "Vilotremor i höger hand, bradykinesi vid fingertappning och minskad mimik."),
       ("Bedömning", "Parkinson? Remiss till neurolog för bedömning och ställningstagande till DaTscan.")],
      must=N2, why="bare eponym 'Parkinson?' without 'sjukdom'"),

    C("crohn-eponym-misstankt", "skane", "20000404-5316", "2000-04-04",
      "s_gastro_malmo", "Mottagningsanteckning", ("Rebecka Falk", "läkare"),
      "2024-08-05T10:20:00", "2024-08-05T10:55:00", "öppenvård",
      [("Aktuellt", "Diarréer sex gånger per dygn, viktnedgång 6 kg på två månader och en perianal fistel som opererats på kirurgen."),
       ("Bedömning", "Misstänkt Crohn. Ileokoloskopi med biopsier och MR tunntarm planeras.")],
      must=N2, why="bare eponym 'Crohn' hedged with 'Misstänkt'"),

    C("baltros-lekmannaord-sjukskoterska", "vgr", "19410513-2767", "1941-05-13",
      "v_med12_udd", "Omvårdnadsanteckning", ("Annika Strömberg", "sjuksköterska"),
      "2024-08-09T07:30:00", "2024-08-09T07:45:00", "slutenvård",
      [("Omvårdnadsbedömning", "Patienten har fått smärtsamma blåsor längs revbenen på höger sida under natten, misstänker bältros. Jourläkare kontaktad och kommer och tittar.")],
      must=N2, why="nurse's note with the lay word 'bältros' after 'misstänker'"),

    C("halsfluss-lekmannaord-barn", "skane", "20170909-3718", "2017-09-09",
      "s_barnakut_hbg", "Akutanteckning", ("Petra Söderlund", "läkare"),
      "2024-08-14T17:20:00", "2024-08-14T17:50:00", "öppenvård",
      [("Status", "Feber 39, förstorade tonsiller med vita beläggningar, ömma körtlar på halsen, ingen hosta."),
       ("Bedömning", "Halsfluss? Strep A-test tas, behandling beslutas när svaret kommit.")],
      must=N2, why="lay word 'Halsfluss?' in a 6-year-old's note"),

    C("magsar-lekmannaord-misstanke", "vgr", "19571220-1424", "1957-12-20",
      "v_kir_skas", "Inskrivningsanteckning", ("Gustav Engström", "läkare"),
      "2024-08-19T22:15:00", "2024-08-19T23:00:00", "slutenvård",
      [("Aktuellt", "Svart avföring i två dagar och molande smärta i övre delen av magen. Tar ibuprofen dagligen för knäsmärta."),
       ("Bedömning", "Misstanke om magsår med blödning, Hb 98. Gastroskopi i morgon, pantoprazol iv i natt.")],
      must=N2, why="lay word 'magsår' (not ulcus) after 'Misstanke om'"),

    C("ryggskott-troligen-ortoped-utkast", "skane", "19830625-6234", "1983-06-25",
      "s_ort_hass", "Mottagningsanteckning", ("Jenny Wahlström", "läkare"),
      "2024-08-26T13:40:00", None, "öppenvård",
      [("Status", "Kraftigt nedsatt rörlighet i ländryggen, paravertebral muskelspänning. Normal kraft och reflexer i benen."),
       ("Bedömning", "Troligen ryggskott efter lyftet i går. Smärtlindring och råd att hålla igång, ny kontakt om bensmärta tillkommer.")],
      must=N2, why="lay word 'ryggskott' (lumbago) hedged with 'Troligen', unsigned draft"),

    C("blindtarmsinflammation-lekmannaord-barn", "vgr", "20140211-4555", "2014-02-11",
      "v_barnkir_dsbus", "Akutanteckning", ("Mattias Roos", "läkare"),
      "2024-09-02T16:10:00", "2024-09-02T16:50:00", "öppenvård",
      [("Aktuellt", "Buksmärtan började kring naveln i morse och har flyttat ner till höger. Kräkts en gång."),
       ("Bedömning", "Misstänkt blindtarmsinflammation. Ultraljud buk beställt, fastande, mamma och pojken informerade om upplägget.")],
      must=N2, why="lay word 'blindtarmsinflammation' hedged in a 10-year-old's note"),

    C("lunginflammation-eventuell-sjukskoterska-natt", "skane", "19351130-2683", "1935-11-30",
      "s_geri_tre", "Omvårdnadsanteckning", ("Malin Ahlgren", "sjuksköterska"),
      "2024-09-06T03:20:00", "2024-09-06T03:40:00", "slutenvård",
      [("Andning/cirkulation", "Rosslig andning och andningsfrekvens 28 i natt, temp 38,3."),
       ("Omvårdnadsbedömning", "Eventuell lunginflammation. Jourläkare informerad, CRP och blododling tas enligt ordination.")],
      must=N2, why="nurse's night note with the lay word 'lunginflammation' after 'Eventuell'"),

    C("hjartsvikt-mojlig-medicinavdelning", "vgr", "19400219-3797", "1940-02-19",
      "v_med2_kungalv", "Daganteckning", ("Johanna Nyberg", "läkare"),
      "2024-09-10T11:30:00", "2024-09-10T12:15:00", "slutenvård",
      [("Status", "Pittingödem till knäna bilateralt, halsvenstas, basala rassel."),
       ("Bedömning", "Möjlig hjärtsvikt. NT-proBNP skickat, ultraljud hjärta beställt och furosemid 40 mg iv ges.")],
      must=N2, why="everyday word 'hjärtsvikt' (not kardiell insufficiens) hedged with 'Möjlig'"),

    C("gallsten-fragetecken-kirurgmottagning", "skane", "19770707-5920", "1977-07-07",
      "s_kir_ystad", "Mottagningsanteckning", ("Christer Bengtsson", "läkare"),
      "2024-09-16T09:00:00", "2024-09-16T09:30:00", "öppenvård",
      [("Aktuellt", "Tre attacker av krampartad smärta under höger revbensbåge efter feta måltider i sommar, varje gång några timmar."),
       ("Bedömning", "Gallsten? Ultraljud buk bokat, råd om fettsnål kost tills vidare.")],
      must=N2, why="lay word 'Gallsten?' (not kolelitiasis) with a question mark"),

    C("karlkramp-trolig-kardiologi", "vgr", "19621028-4417", "1962-10-28",
      "v_kardio_su", "Mottagningsanteckning", ("Magnus Lindström", "läkare"),
      "2024-09-23T14:30:00", "2024-09-23T15:10:00", "öppenvård",
      [("Aktuellt", "Tryck över bröstet när han går uppför backen till jobbet, släpper efter ett par minuters vila."),
       ("Bedömning", "Trolig kärlkramp. Arbetsprov bokas, nitroglycerin resoriblett vid behov och Trombyl insätts.")],
      must=N2, why="lay word 'kärlkramp' (not angina pectoris) hedged with 'Trolig'"),

    C("forstoppning-sannolikt-orsak-barn", "skane", "20190518-3081", "2019-05-18",
      "s_barnmott_hbg", "Mottagningsanteckning", ("Ida Mårtensson", "läkare"),
      "2024-09-27T10:45:00", "2024-09-27T11:20:00", "öppenvård",
      [("Aktuellt", "Återkommande magont sedan sommaren, hård avföring var fjärde dag enligt pappa."),
       ("Bedömning", "Buksmärtan är sannolikt orsakad av förstoppning. Makrogol dagligen och toalettrutin efter måltid, återbesök om sex veckor.")],
      must=N2, why="lay word 'förstoppning' as the hedged cause of a symptom ('sannolikt orsakad av')"),

    C("pnemoni-felstavning-misstankt-utkast", "skane", "19440909-2105", "1944-09-09",
      "s_akut_ystad", "Akutanteckning", ("Viktor Lundgren", "läkare"),
      "2024-10-01T20:25:00", None, "öppenvård",
      [("Status", "Sat 92 %, temp 38,8, nedsatta andningsljud höger bas."),
       ("Bedömning", "Misstänkt pnemoni hö basalt. Lungröntgen beställd, amoxicillin påbörjas om bilden stämmer.")],
      must=N2, why="misspelling 'pnemoni' (typo) hedged with 'Misstänkt', unsigned draft"),

    C("diabets-felstavning-trolig", "vgr", "19650103-1980", "1965-01-03",
      "v_medmott_nal", "Läkaranteckning", ("Emil Sundqvist", "läkare"),
      "2024-10-07T09:50:00", "2024-10-07T10:30:00", "öppenvård",
      [("Aktuellt", "Ökad törst, kissar ofta och har gått ner 4 kg sedan augusti. P-glukos 17 på vårdcentralen."),
       ("Bedömning", "Trolig diabets typ 2. HbA1c tas, kostråd och tid hos diabetessköterska bokas.")],
      must=N2, why="misspelling 'diabets' (typo) hedged with 'Trolig'"),

    C("astam-felstavning-barn", "skane", "20161212-6316", "2016-12-12",
      "s_barnallergi_lund", "Mottagningsanteckning", ("Louise Berglöf", "läkare"),
      "2024-10-11T13:10:00", "2024-10-11T13:45:00", "öppenvård",
      [("Aktuellt", "Hostar nattetid och piper i bröstet när han springer på rasterna, mamma har sett det hela hösten."),
       ("Bedömning", "Misstänkt astam. PEF-kurva hemma i två veckor och prov med salbutamol vid besvär.")],
      must=N2, why="misspelling 'astam' (typo) hedged in a 7-year-old's note"),

    C("migrain-felstavning-fragetecken", "vgr", "19910724-2340", "1991-07-24",
      "v_neuro_su", "Mottagningsanteckning", ("Maria Ekström", "läkare"),
      "2024-10-15T10:30:00", "2024-10-15T11:05:00", "öppenvård",
      [("Aktuellt", "Pulserande huvudvärk i vänster tinning två gånger i månaden, ljuskänslig och illamående, måste ligga i mörkt rum."),
       ("Bedömning", "Migrain? Huvudvärksdagbok i tre månader, sumatriptan utskrivet att prova vid nästa anfall.")],
      must=N2, why="misspelling 'Migrain' for migrän (typo) with a question mark"),

    C("appendisit-felstavning-misstankt", "skane", "20040830-7577", "2004-08-30",
      "s_akut_malmo", "Akutanteckning", ("Sara Engdahl", "läkare"),
      "2024-10-21T01:15:00", "2024-10-21T01:50:00", "öppenvård",
      [("Status", "Ömhet över McBurneys punkt med släppömhet, temp 37,9, CRP 45."),
       ("Bedömning", "Misstänkt appendisit. Kirurgjouren kontaktad, fastande och DT buk beställd.")],
      must=N2, why="misspelling 'appendisit' (typo) hedged with 'Misstänkt'"),

    C("erisypelas-felstavning-trolig", "vgr", "19420606-5098", "1942-06-06",
      "v_med3_alingsas", "Daganteckning", ("Lisa Håkansson", "läkare"),
      "2024-10-28T11:40:00", "2024-10-28T12:20:00", "slutenvård",
      [("Status", "Rodnad och svullnad från vänster fotled upp mot knät, varm vid palpation. Sår mellan tårna."),
       ("Bedömning", "Trolig erisypelas vä underben med ingångsport interdigitalt. Bensylpenicillin iv och benet i högläge.")],
      must=N2, why="misspelling 'erisypelas' (typo) hedged with 'Trolig'"),

    C("dd-en-mening-pneumoni-le-hjartsvikt", "skane", "19480401-3623", "1948-04-01",
      "s_akut_hbg", "Akutanteckning", ("Hassan Ali", "läkare"),
      "2024-11-04T08:55:00", "2024-11-04T09:40:00", "öppenvård",
      [("Aktuellt", "Tilltagande andfåddhet sedan tre dagar, torrhosta, inga bröstsmärtor."),
       ("Bedömning", "DD pneumoni, LE eller hjärtsviktsförsämring. DT thorax, NT-proBNP och blododlingar beställda.")],
      must=N2, why="three diagnoses in one 'DD' sentence, one of them an acronym and one a compound"),

    C("differentialdiagnoser-numrerad-lista", "vgr", "19930317-2143", "1993-03-17",
      "v_akut_ostra", "Akutanteckning", ("Olof Bergkvist", "läkare"),
      "2024-11-08T17:30:00", "2024-11-08T18:10:00", "öppenvård",
      [("Aktuellt", "Smärta i höger flank och nedre delen av buken sedan i natt, feber 38,1, illamående."),
       ("Bedömning", "Differentialdiagnoser:\n1. UVI/pyelonefrit\n2. njursten hö\n3. appendicit\nDT buk och urinodling beställda, graviditetstest negativt.")],
      must=N2, why="numbered list of differential diagnoses, one line each, under a heading"),

    C("kand-kol-hjartsvikt-plus-misstankt-pneumoni", "skane", "19430226-4058", "1943-02-26",
      "s_med_hbg", "Inskrivningsanteckning", ("Anna-Karin Roos", "läkare"),
      "2024-11-13T15:20:00", "2024-11-13T16:00:00", "slutenvård",
      [("Anamnes", "Känd KOL och hjärtsvikt, hemsyrgas 2 l. Sökt för ökad andfåddhet och gult slem."),
       ("Bedömning", "Nu även misstänkt pneumoni i höger mellanlob utöver KOL-exacerbationen. Doxycyklin, prednisolon och inhalationer.")],
      must=N2, why="one hedged diagnosis among settled ones (känd KOL, hjärtsvikt, KOL-exacerbationen)"),

    C("ingen-dvt-men-bakercysta-ej-uteslutas", "vgr", "19580903-3466", "1958-09-03",
      "v_akut_skas", "Akutanteckning", ("Kristoffer Holmgren", "läkare"),
      "2024-11-19T13:05:00", "2024-11-19T13:45:00", "öppenvård",
      [("Status", "Ultraljud: ingen trombos i höger bens djupa vener. Svullnad och ömhet i knävecket."),
       ("Bedömning", "Ingen DVT, men en rupturerad Bakercysta kan ej uteslutas. Remiss till ortopedmottagningen och kompressionsstrumpa.")],
      must=N2, why="negation 'Ingen DVT' ends at 'men'; the eponym 'Bakercysta' after it is hedged"),

    C("tidiga-hypoteser-sokord-finns-men-adhd-i-bedomning", "vgr", "19970409-6115", "1997-04-09",
      "v_psyk_ostra", "Läkaranteckning", ("Rasmus Björk", "läkare"),
      "2024-11-25T14:20:00", None, "öppenvård",
      [("Aktuellt", "Kommer på remiss för nedstämdhet och sömnproblem. Berättar om impulsivitet och svårt att slutföra uppgifter sedan barndomen."),
       ("Tidiga hypoteser", "Frågeställning autismspektrumtillstånd, tas inte upp med patienten förrän utredningen kommit längre."),
       ("Bedömning", "Medelsvår depressiv episod. Dessutom ADHD? Screening med ASRS inför neuropsykiatrisk utredning.")],
      must=N2, why="VGR note uses the Tidiga hypoteser sökord for one hypothesis but hedges 'ADHD?' in visible Bedömning"),

    # ======================================================= NL102 must_not: negated
    C("ingen-misstanke-om-pneumoni", "skane", "19701005-4273", "1970-10-05",
      "s_akut_lund", "Akutanteckning", ("Erik Malm", "läkare"),
      "2024-01-12T13:40:00", "2024-01-12T14:20:00", "öppenvård",
      [("Aktuellt", "Hosta i tio dagar efter förkylning, ingen feber, äter och dricker som vanligt."),
       ("Status", "Sat 98 %, andningsfrekvens 14, vesikulära andningsljud bilateralt. CRP 4."),
       ("Bedömning", "Ingen misstanke om pneumoni. Postinfektiös hosta, som oftast går över av sig själv inom några veckor.")],
      must_not=N2, why="'Ingen misstanke om pneumoni': the cue 'misstanke' is negated"),

    C("dvt-kan-uteslutas", "vgr", "19860808-2825", "1986-08-08",
      "v_akut_sas", "Akutanteckning", ("Linnea Vik", "läkare"),
      "2024-01-23T10:10:00", "2024-01-23T10:45:00", "öppenvård",
      [("Status", "Ömhet i vänster vad efter löprunda, ingen svullnad eller omfångsskillnad. Wells 0, D-dimer under gränsvärdet."),
       ("Bedömning", "DVT kan uteslutas. Muskelsträckning i gastrocnemius, vila och successiv återgång till löpning.")],
      must_not=N2, why="'DVT kan uteslutas' is negation, the near miss of 'kan ej uteslutas'"),

    C("le-uteslutet-med-dt", "skane", "19581214-5117", "1958-12-14",
      "s_akut_kri", "Akutanteckning", ("Ahmed Yusuf", "läkare"),
      "2024-02-06T19:15:00", "2024-02-06T20:00:00", "öppenvård",
      [("Bedömning", "LE uteslutet med DT thorax, som i stället visar emfysemförändringar. Bröstsmärtan är muskuloskeletal med tydlig palpationsömhet över revbensbrosket.")],
      must_not=N2, why="acronym LE with 'uteslutet' after it"),

    C("inga-tecken-pa-stroke-eller-tia", "vgr", "19500611-2949", "1950-06-11",
      "v_stroke_nal", "Läkaranteckning", ("Ola Persson", "läkare"),
      "2024-02-14T09:30:00", "2024-02-14T10:15:00", "slutenvård",
      [("Aktuellt", "Förvirrad och talade osammanhängande i morse, blodsocker 2,1 när ambulansen kom. Helt klar efter glukos."),
       ("Bedömning", "Inga tecken på stroke eller TIA. Symtomen förklaras av hypoglykemi och insulindosen ses över tillsammans med diabetessköterskan.")],
      must_not=N2, why="'Inga tecken på' negates two diagnoses joined by 'eller'"),

    C("ingen-hosidig-njursten-pa-dt", "skane", "19750329-6332", "1975-03-29",
      "s_uro_malmo", "Läkaranteckning", ("Henrik Dahl", "läkare"),
      "2024-02-27T14:50:00", "2024-02-27T15:30:00", "öppenvård",
      [("Bedömning", "DT urinvägar utan hö-sidig njursten och utan hydronefros. Flanksmärtan har klingat av och patienten går hem med råd om NSAID vid behov.")],
      must_not=N2, why="'utan hö-sidig njursten' negates the abbreviated compound"),

    C("gastroskopi-utan-hallpunkt-for-magsar", "vgr", "19681119-3777", "1968-11-19",
      "v_endo_su", "Mottagningsanteckning", ("Jonas Hedlund", "läkare"),
      "2024-03-06T11:00:00", "2024-03-06T11:25:00", "öppenvård",
      [("Bedömning", "Gastroskopi utan hållpunkt för magsår, esofagit eller tumör. Helicobacter-test negativt. Dyspepsin behandlas symtomatiskt.")],
      must_not=N2, why="'utan hållpunkt för' negates the lay word magsår and two more"),

    C("ingen-oma-barn-trumhinnor-normala", "skane", "20201002-2214", "2020-10-02",
      "s_barnakut_lund", "Akutanteckning", ("Josefin Ek", "läkare"),
      "2024-03-12T19:30:00", "2024-03-12T20:00:00", "öppenvård",
      [("Status", "Båda trumhinnorna normalt färgade och rörliga, ingen sekretion i hörselgångarna."),
       ("Bedömning", "Ingen OMA. Öronvärken hör till förkylningen, nässpray och paracetamol vid behov.")],
      must_not=N2, why="'Ingen OMA' in a 3-year-old's note: negated acronym"),

    C("inte-forenlig-med-ra", "vgr", "19820505-4847", "1982-05-05",
      "v_reuma_molndal", "Mottagningsanteckning", ("Lars Jakobsson", "läkare"),
      "2024-03-21T13:20:00", "2024-03-21T14:00:00", "öppenvård",
      [("Bedömning", "Anti-CCP och RF negativa, inga synoviter vid undersökningen. Bilden är inte förenlig med RA; handvärken beror på artros i tumbasen.")],
      must_not=N2, why="'inte förenlig med RA': negated acronym"),

    C("appendisit-kan-uteslutas-felstavning", "skane", "20020131-3566", "2002-01-31",
      "s_akut_malmo", "Akutanteckning", ("Sara Engdahl", "läkare"),
      "2024-04-02T22:40:00", "2024-04-02T23:15:00", "öppenvård",
      [("Status", "Mjuk buk, ingen släppömhet. Ultraljud visar normal appendix och lite fri vätska i lilla bäckenet."),
       ("Bedömning", "Appendisit kan uteslutas. Smärtan har avtagit under vistelsen och hon går hem med råd om att söka igen vid försämring.")],
      must_not=N2, why="misspelling 'Appendisit' (typo) with 'kan uteslutas': negated"),

    C("inget-som-talar-for-erysipelas", "vgr", "19490912-1933", "1949-09-12",
      "v_hud_sas", "Läkaranteckning", ("Cecilia Holm", "läkare"),
      "2024-04-10T10:15:00", "2024-04-10T10:50:00", "öppenvård",
      [("Status", "Bilateral brunaktig missfärgning och fjällning på underbenen, ingen värmeökning, afebril."),
       ("Bedömning", "Bilateral stasdermatit. Inget som talar för erysipelas, antibiotika behövs inte; stödstrumpor och mjukgörande.")],
      must_not=N2, why="'Inget som talar för erysipelas': negation of the hedge 'talar för'"),

    C("ingen-kol-normal-spirometri", "skane", "19660222-2488", "1966-02-22",
      "s_lung_lund", "Mottagningsanteckning", ("Oskar Lindberg", "läkare"),
      "2024-04-18T15:00:00", "2024-04-18T15:35:00", "öppenvård",
      [("Bedömning", "Spirometrin är normal med FEV1/FVC 0,78 efter bronkdilatation, alltså ingen KOL. Andfåddheten följs upp med ekokardiografi.")],
      must_not=N2, why="'alltså ingen KOL': negated acronym at the end of a sentence"),

    C("karlkramp-bedoms-utesluten-arbetsprov", "vgr", "19640716-5031", "1964-07-16",
      "v_kardio_su", "Mottagningsanteckning", ("Magnus Lindström", "läkare"),
      "2024-04-24T13:10:00", "2024-04-24T13:40:00", "öppenvård",
      [("Bedömning", "Arbetsprovet nådde 210 W utan ST-sänkningar eller bröstsmärta. Kärlkramp bedöms därmed utesluten och ingen ytterligare hjärtutredning planeras.")],
      must_not=N2, why="'Kärlkramp bedöms därmed utesluten': 'bedöms' does not make a negated diagnosis uncertain"),

    C("negerad-lista-halsfluss-oma-pneumoni-barn-utkast", "skane", "20180626-4782", "2018-06-26",
      "s_barnakut_hbg", "Akutanteckning", ("Petra Söderlund", "läkare"),
      "2024-05-03T18:50:00", None, "öppenvård",
      [("Status", "Tonsiller utan beläggningar, trumhinnor ua, lungor med rena andningsljud. Snorig."),
       ("Bedömning", "Ingen misstanke om halsfluss, OMA eller pneumoni. Viral förkylning, febernedsättande vid behov och mycket att dricka.")],
      must_not=N2, why="one negation covers a list of three diagnosis names, unsigned draft"),

    C("inga-hallpunkter-for-ms-pa-mr", "vgr", "19891030-3349", "1989-10-30",
      "v_neuro_su", "Läkaranteckning", ("Maria Ekström", "läkare"),
      "2024-05-14T14:40:00", "2024-05-14T15:20:00", "öppenvård",
      [("Bedömning", "MR hjärna och ryggmärg utan demyeliniserande lesioner, inga hållpunkter för MS. Neurografi bokas för stickningarna i händerna.")],
      must_not=N2, why="'inga hållpunkter för MS': negated acronym"),

    # ======================================================= NL102 must_not: settled
    C("rontgenverifierad-vanstersidig-pneumoni", "vgr", "19520308-4412", "1952-03-08",
      "v_inf5_ostra", "Daganteckning", ("Sanna Berg", "läkare"),
      "2024-05-21T10:30:00", "2024-05-21T11:10:00", "slutenvård",
      [("Bedömning", "Röntgenverifierad vänstersidig pneumoni, pneumokocker i blododling. Feberfri sedan i går, byter till pc V peroralt.")],
      must_not=N2, why="compound 'vänstersidig pneumoni' settled ('Röntgenverifierad')"),

    C("stroken-definit-avklarad-rehab", "skane", "19480815-2567", "1948-08-15",
      "s_stroke_lund", "Daganteckning", ("Mikael Håkansson", "läkare"),
      "2024-05-29T09:10:00", "2024-05-29T09:45:00", "slutenvård",
      [("Aktuellt", "Dag 6 efter ischemisk stroke i höger hemisfär."),
       ("Bedömning", "Stroken har gett kvarstående vänstersidig armsvaghet. Går med rollator, fortsatt träning med fysioterapeut och arbetsterapeut inför hemgång.")],
      must_not=N2, why="definite 'Stroken' of a settled diagnosis"),

    C("diabetesen-definit-valinstalld", "vgr", "19590124-1652", "1959-01-24",
      "v_diab_udd", "Mottagningsanteckning", ("Camilla Fors", "läkare"),
      "2024-06-04T08:40:00", "2024-06-04T09:15:00", "öppenvård",
      [("Bedömning", "Diabetesen är välinställd på metformin och empagliflozin, HbA1c 49. Fotstatus ua, ögonbottenfoto utan retinopati.")],
      must_not=N2, why="definite 'Diabetesen' of a settled diagnosis"),

    C("epikris-diagnos-formaksflimmer-ekg-verifierat", "skane", "19501111-3270", "1950-11-11",
      "s_medklin_ystad", "Epikris", ("Helena Strand", "läkare"),
      "2024-06-12T14:00:00", "2024-06-12T14:50:00", "slutenvård",
      [("Diagnos", "Förmaksflimmer, nydebuterat, EKG-verifierat (I48.9)."),
       ("Sammanfattning", "Inlagd med hjärtklappning. Konverterade spontant till sinusrytm dag två, apixaban insatt efter CHA2DS2-VASc 3.")],
      must_not=N2, why="'nydebuterat förmaksflimmer' settled in an epikris Diagnos section"),

    C("dt-bekraftar-hosidig-uretarsten", "vgr", "19841205-2980", "1984-12-05",
      "v_uro_sas", "Läkaranteckning", ("Fredrik Wallin", "läkare"),
      "2024-06-19T11:20:00", "2024-06-19T11:55:00", "öppenvård",
      [("Bedömning", "DT bekräftar ett 6 mm konkrement i höger distala uretär, alltså hö-sidig uretärsten. Avvaktar spontan avgång med tamsulosin och smärtlindring.")],
      must_not=N2, why="abbreviated 'hö-sidig uretärsten' settled by DT ('bekräftar')"),

    C("epikris-febril-uvi-odlingsverifierad", "skane", "19380414-1764", "1938-04-14",
      "s_inf_lund", "Epikris", ("Lina Persson", "läkare"),
      "2024-06-26T13:30:00", "2024-06-26T14:15:00", "slutenvård",
      [("Diagnos", "Febril UVI, E. coli i urin- och blododling."),
       ("Sammanfattning", "Vårdad i fyra dygn med cefotaxim, därefter ciprofloxacin peroralt sju dagar till. Opåverkad vid utskrivningen.")],
      must_not=N2, why="acronym UVI settled by culture in an epikris"),

    C("dt-visar-bilaterala-le", "vgr", "19710620-6092", "1971-06-20",
      "v_med2_kungalv", "Daganteckning", ("Johanna Nyberg", "läkare"),
      "2024-07-03T10:50:00", "2024-07-03T11:30:00", "slutenvård",
      [("Bedömning", "DT thorax visar bilaterala LE utan tecken på högerkammarbelastning. Apixaban i sex månader, mobiliseras fritt.")],
      must_not=N2, why="acronym LE settled by DT ('visar bilaterala LE')"),

    C("tidigare-misstankt-cholecystitis-nu-bekraftad", "skane", "19720202-5248", "1972-02-02",
      "s_kir_kri", "Läkaranteckning", ("David Lund", "läkare"),
      "2024-07-10T08:30:00", "2024-07-10T09:10:00", "slutenvård",
      [("Bedömning", "Den på akuten misstänkta cholecystitis är nu bekräftad med ultraljud: förtjockad gallblåsevägg, konkrement och positivt ultraljuds-Murphy. Planeras för akut kolecystektomi i morgon.")],
      must_not=N2, why="a former suspicion ('misstänkta') of Latin 'cholecystitis' is now settled ('bekräftad')"),

    C("kand-crohn-i-remission", "vgr", "19900925-4732", "1990-09-25",
      "v_gastro_ostra", "Mottagningsanteckning", ("Lena Åberg", "läkare"),
      "2024-07-17T13:50:00", "2024-07-17T14:25:00", "öppenvård",
      [("Bedömning", "Känd Crohn sedan 2015, i klinisk och endoskopisk remission på vedolizumab. Fortsatt samma behandling, nästa koloskopi om två år.")],
      must_not=N2, why="bare eponym 'Crohn' settled ('Känd')"),

    C("klinisk-diagnos-bells-pares-forbattras", "skane", "19810419-6855", "1981-04-19",
      "s_onh_hbg", "Mottagningsanteckning", ("Martin Kjellberg", "läkare"),
      "2024-07-24T10:15:00", "2024-07-24T10:45:00", "öppenvård",
      [("Bedömning", "Klinisk diagnos Bells pares höger sedan tre veckor, nu House-Brackmann II. Ögat sluter helt och prednisolonkuren är avslutad.")],
      must_not=N2, why="eponym 'Bells pares' settled as a clinical diagnosis"),

    C("kand-astam-felstavning-settled-utkast", "vgr", "19981218-2062", "1998-12-18",
      "v_akut_alingsas", "Akutanteckning", ("Lisa Håkansson", "läkare"),
      "2024-07-31T21:05:00", None, "öppenvård",
      [("Aktuellt", "Känd astam sedan barndomen, använder Symbicort vid behov. Försämrad efter förkylning."),
       ("Bedömning", "Astmaexacerbation med god effekt av två nebuliseringar. Prednisolon i fem dagar och Symbicort två gånger dagligen som underhåll.")],
      must_not=N2, why="misspelling 'astam' (typo) of a known, settled diagnosis, unsigned draft"),

    C("epikris-diagnoslista-kol-hjartsvikt-af", "skane", "19390527-3953", "1939-05-27",
      "s_med_hbg", "Epikris", ("Anna-Karin Roos", "läkare"),
      "2024-08-06T15:10:00", "2024-08-06T16:00:00", "slutenvård",
      [("Diagnoser", "KOL-exacerbation (J44.1)\nHjärtsvikt NYHA II\nAF, permanent"),
       ("Sammanfattning", "Inlagd för ökad andfåddhet, förbättrad på steroider och antibiotika. Diuretika oförändrat.")],
      must_not=N2, why="settled list of acronyms and lay words, one per line"),

    # ======================================================= NL102 must_not: relatives
    C("hereditet-mamma-ms-morfar-parkinson", "skane", "19950603-2326", "1995-06-03",
      "s_neuro_lund", "Läkaranteckning", ("Ingrid Malmberg", "läkare"),
      "2024-08-13T11:00:00", "2024-08-13T11:40:00", "öppenvård",
      [("Hereditet", "Mamma har MS, morfar hade Parkinson."),
       ("Bedömning", "Spänningshuvudvärk utan neurologiska bortfall. Råd om regelbundna måltider, sömn och avspänning.")],
      must_not=N2, why="MS and Parkinson belong to relatives in a Hereditet section"),

    C("pappa-hjartinfarkt-bror-af", "vgr", "19690831-5275", "1969-08-31",
      "v_kardio_su", "Mottagningsanteckning", ("Magnus Lindström", "läkare"),
      "2024-08-20T09:40:00", "2024-08-20T10:20:00", "öppenvård",
      [("Hereditet", "Pappa dog i hjärtinfarkt 54 år gammal, bror har AF sedan några år."),
       ("Bedömning", "Hjärtklappningen är sinustakykardi vid ansträngning. Holter utan arytmier, inga ytterligare åtgärder.")],
      must_not=N2, why="acronym AF belongs to a brother"),

    C("mormor-troligen-menieres", "skane", "19731020-4065", "1973-10-20",
      "s_onh_hbg", "Mottagningsanteckning", ("Nina Claesson", "läkare"),
      "2024-08-27T13:00:00", "2024-08-27T13:40:00", "öppenvård",
      [("Anamnes", "Enligt patienten hade mormor troligen Menières sjukdom, hon var yr och hörde dåligt i många år."),
       ("Bedömning", "Benign paroxysmal lägesyrsel från höger bakre båggång, reponerad med Epleys manöver.")],
      must_not=N2, why="the hedged eponym ('troligen Menières sjukdom') is the grandmother's"),

    C("syster-utreds-for-misstankt-crohn", "vgr", "19990109-3220", "1999-01-09",
      "v_gastro_skas", "Mottagningsanteckning", ("Gustav Engström", "läkare"),
      "2024-09-03T10:10:00", "2024-09-03T10:50:00", "öppenvård",
      [("Anamnes", "Syster utreds för misstänkt Crohn på annat sjukhus."),
       ("Bedömning", "Laktosintolerans bekräftad med gentest, laktosfri kost och uppföljning vid behov.")],
      must_not=N2, why="'misstänkt Crohn' concerns the patient's sister"),

    C("hereditet-barn-pappa-astma-storebror-adhd", "skane", "20150303-2755", "2015-03-03",
      "s_barnallergi_lund", "Mottagningsanteckning", ("Louise Berglöf", "läkare"),
      "2024-09-11T14:20:00", "2024-09-11T14:55:00", "öppenvård",
      [("Hereditet", "Pappa astma och pollenallergi, storebror har ADHD."),
       ("Bedömning", "Atopiskt eksem i armvecken, välbehandlat med mjukgörande och hydrokortison i perioder.")],
      must_not=N2, why="asthma and ADHD belong to family members in a 9-year-old's note"),

    C("mamma-diabetes-mormor-eventuellt", "vgr", "19871114-6376", "1987-11-14",
      "v_medmott_alingsas", "Läkaranteckning", ("Peter Nord", "läkare"),
      "2024-09-18T08:30:00", "2024-09-18T09:05:00", "öppenvård",
      [("Hereditet", "Mamma har diabetes typ 2, eventuellt även mormor enligt patienten."),
       ("Bedömning", "Normalt fasteglukos och HbA1c 36. Ingen diabetes; livsstilsråd med tanke på hereditet och BMI 31.")],
      must_not=N2, why="the hedge 'eventuellt' concerns the grandmother's diabetes, and the patient's diabetes is negated"),

    C("bror-blindtarmsinflammation-pappa-gallsten", "skane", "19980322-1432", "1998-03-22",
      "s_akut_kri", "Akutanteckning", ("Ahmed Yusuf", "läkare"),
      "2024-09-25T16:30:00", "2024-09-25T17:10:00", "öppenvård",
      [("Anamnes", "Bror opererades för blindtarmsinflammation som tonåring, pappa har gallsten."),
       ("Bedömning", "Gastroenterit med kräkningar och diarré sedan i går, lätt dehydrerad. Vätska peroralt och hem.")],
      must_not=N2, why="lay words 'blindtarmsinflammation' and 'gallsten' belong to relatives"),

    # ======================================================= NL102 must_not: non-diagnostic hedge
    C("kand-hjartsvikt-trolig-utskrivning", "skane", "19360709-2800", "1936-07-09",
      "s_med35_hbg", "Daganteckning", ("Hassan Ali", "läkare"),
      "2024-10-02T11:15:00", "2024-10-02T11:50:00", "slutenvård",
      [("Bedömning", "Känd hjärtsvikt, vikten ned 3 kg sedan inskrivningen. Trolig utskrivning i morgon om vikten fortsätter sjunka och kreatininet står still.")],
      must_not=N2, why="'Trolig' hedges the discharge, not the settled hjärtsvikt"),

    C("pneumonin-regress-eventuellt-peroralt", "vgr", "19570214-3040", "1957-02-14",
      "v_inf5_ostra", "Daganteckning", ("Axel Lindahl", "läkare"),
      "2024-10-08T10:40:00", "2024-10-08T11:15:00", "slutenvård",
      [("Bedömning", "Pneumonin går i regress, CRP 210 → 64. Eventuellt byte till peroral antibiotika redan i morgon.")],
      must_not=N2, why="definite 'Pneumonin' is settled; 'Eventuellt' hedges the switch to oral treatment"),

    C("parkinson-mojligen-tatare-doser", "skane", "19441221-4191", "1944-12-21",
      "s_geri_tre", "Läkaranteckning", ("Göran Wendt", "läkare"),
      "2024-10-14T13:30:00", "2024-10-14T14:10:00", "slutenvård",
      [("Bedömning", "Parkinsons sjukdom sedan 2018 med tilltagande on-off-fenomen. Möjligen behövs tätare levodopadoser, vilket prövas under vårdtiden.")],
      must_not=N2, why="'Möjligen' hedges the dosing, not the settled Parkinsons sjukdom"),

    C("bph-ev-turp", "vgr", "19490429-2812", "1949-04-29",
      "v_uro_sas", "Mottagningsanteckning", ("Fredrik Wallin", "läkare"),
      "2024-10-22T09:10:00", "2024-10-22T09:40:00", "öppenvård",
      [("Bedömning", "BPH med kvarstående besvär trots tamsulosin och finasterid. Ev. TURP till våren, patienten vill fundera.")],
      must_not=N2, why="'Ev.' hedges a planned operation (TURP), not the settled BPH"),

    C("kol-patient-fragar-om-flygresa", "skane", "19520516-3529", "1952-05-16",
      "s_lung_lund", "Telefonanteckning", ("Karolina Nilsson", "sjuksköterska"),
      "2024-10-29T10:05:00", "2024-10-29T10:20:00", "öppenvård",
      [("Kontaktorsak", "Patienten med KOL GOLD 3 och hemsyrgas frågar om hon kan flyga till Malaga i december?"),
       ("Åtgärd", "Hyperoxitest bokas och läkaren skriver intyg om syrgas under flygresan efter testet.")],
      must_not=N2, why="the question mark ends the patient's question about flying, not a diagnosis"),

    C("kand-ms-troligen-heltid", "vgr", "19850906-5622", "1985-09-06",
      "v_neuro_su", "Mottagningsanteckning", ("Robert Asp", "läkare"),
      "2024-11-05T14:15:00", "2024-11-05T14:45:00", "öppenvård",
      [("Bedömning", "Skovvis förlöpande MS, stabil utan nya skov på ocrelizumab. Troligen klarar hon att gå upp till heltid efter årsskiftet.")],
      must_not=N2, why="'Troligen' hedges work capacity, not the settled MS"),

    C("formaksflimmer-waran-mojligen-dubbel-dos", "skane", "19410117-2593", "1941-01-17",
      "s_ak_malmo", "Telefonanteckning", ("Birgitta Holmqvist", "sjuksköterska"),
      "2024-11-12T09:45:00", "2024-11-12T10:05:00", "öppenvård",
      [("Kontaktorsak", "Känt förmaksflimmer på warfarin, PK 4,1 vid dagens kontroll."),
       ("Bedömning", "Möjligen har patienten tagit dubbel dos i helgen, dosetten var felfylld. Hoppar över en dos och ny PK på fredag.")],
      must_not=N2, why="'Möjligen' hedges what the patient did, not the known förmaksflimmer"),

    C("herpes-zoster-smartan-sannolikt-avta-utkast", "vgr", "19500330-4986", "1950-03-30",
      "v_inf_ostra", "Mottagningsanteckning", ("Sanna Berg", "läkare"),
      "2024-11-20T11:00:00", None, "öppenvård",
      [("Bedömning", "Herpes zoster i Th5-dermatomet, blåsorna har torkat in. Smärtan kommer sannolikt att avta under de närmaste veckorna; amitriptylin till natten tills vidare.")],
      must_not=N2, why="'sannolikt' hedges the course of pain in a settled herpes zoster, unsigned draft"),

    # ======================================================= NL102 must_not: PMO
    C("pmo-misstankt-uvi-telefonradgivning", "skane", "19790921-2883", "1979-09-21",
      "p_vc_eslov", "Telefonkontakt", ("Marie Jeppsson", "distriktssköterska"),
      "2024-01-30T08:25:00", "2024-01-30T08:40:00", "öppenvård",
      [("Kontaktorsak", "Ringer för sveda och täta trängningar sedan två dagar, ingen feber."),
       ("Bedömning", "Misstänkt UVI. Lämnar urinprov i morgon bitti, läkare tar ställning till antibiotika.")],
      must_not=N2, why="PMO (vårdcentral) never shows diagnoses: hedged UVI"),

    C("pmo-trolig-pneumoni-vardcentral", "skane", "19560712-1315", "1956-07-12",
      "p_vc_mollevangen", "Besöksanteckning", ("Anders Friberg", "läkare"),
      "2024-02-16T10:30:00", "2024-02-16T11:00:00", "öppenvård",
      [("Status", "Rassel vänster bas, temp 38,5, CRP 89, sat 95 %."),
       ("Bedömning", "Trolig pneumoni vä. Doxycyklin 200 mg första dagen och sedan 100 mg i nio dagar, återkontakt om ej förbättrad efter tre dagar.")],
      must_not=N2, why="PMO vårdcentral note: hedged 'pneumoni vä'"),

    C("pmo-hemsjukvard-ev-erysipelas", "skane", "19311001-2469", "1931-10-01",
      "p_hsv_sjobo", "Hembesök", ("Åsa Mattsson", "sjuksköterska"),
      "2024-03-27T13:15:00", "2024-03-27T13:40:00", "hemsjukvård",
      [("Hud/vävnad", "Ny rodnad och svullnad på höger underben, varmt vid beröring. Temp 38,0."),
       ("Bedömning", "Ev. erysipelas hö underben. Jourhavande läkare på vårdcentralen kontaktad, pc V ordineras per telefon.")],
      must_not=N2, why="PMO home-care note: hedged Latin erysipelas"),

    C("pmo-bvc-mojlig-oma-spadbarn", "skane", "20230701-3389", "2023-07-01",
      "p_bvc_hoor", "Besöksanteckning", ("Jessica Nilsson", "distriktssköterska"),
      "2024-04-05T09:30:00", "2024-04-05T10:00:00", "öppenvård",
      [("Aktuellt", "Föräldrarna berättar att flickan varit gnällig och dragit sig i örat, feber 38,7 i natt."),
       ("Bedömning", "Möjlig OMA. Hänvisas till läkare på vårdcentralen i eftermiddag, tid bokad.")],
      must_not=N2, why="PMO BVC note for a 9-month-old: hedged OMA"),

    C("pmo-ungdomsmottagning-misstankt-migran-med-aura", "skane", "20061108-5440", "2006-11-08",
      "p_um_ystad", "Besöksanteckning", ("Emma Larsson", "barnmorska"),
      "2024-05-15T15:00:00", "2024-05-15T15:40:00", "öppenvård",
      [("Aktuellt", "Vill börja med p-piller. Har ibland huvudvärk med flimmer för ögonen som kommer före värken."),
       ("Bedömning", "Misstänkt migrän med aura, därför avråds från kombinerade p-piller. Gestagenmetod väljs och läkare på vårdcentralen tar ställning till fortsatt utredning av huvudvärken.")],
      must_not=N2, why="PMO youth clinic note (17-year-old): hedged 'migrän med aura'"),

    C("pmo-kol-fragetecken-vardcentral-utkast", "skane", "19540815-4713", "1954-08-15",
      "p_vc_simrishamn", "Besöksanteckning", ("Jakob Ström", "läkare"),
      "2024-06-05T14:00:00", None, "öppenvård",
      [("Anamnes", "Röker ett paket om dagen sedan tonåren, hostar upp slem varje morgon och blir andfådd i trappor."),
       ("Bedömning", "KOL? Spirometri hos astma/KOL-sköterskan om två veckor, rökslutarstöd erbjudet.")],
      must_not=N2, why="PMO draft: 'KOL?' is not shown to the patient"),

    C("pmo-dd-gerd-vs-karlkramp", "skane", "19640404-3926", "1964-04-04",
      "p_vc_kvarnby", "Besöksanteckning", ("Sanna Rydén", "läkare"),
      "2024-08-22T11:30:00", "2024-08-22T12:05:00", "öppenvård",
      [("Aktuellt", "Brännande obehag bakom bröstbenet, mest efter måltid men ibland även vid ansträngning."),
       ("Bedömning", "DD GERD vs kärlkramp. Arbetsprov remitteras och PPI prövas under tiden.")],
      must_not=N2, why="PMO note: differential GERD vs the lay word kärlkramp"),

    C("pmo-trolig-diabets-felstavning", "skane", "19600208-5170", "1960-02-08",
      "p_vc_hollviken", "Besöksanteckning", ("Magdalena Ek", "läkare"),
      "2024-10-16T09:00:00", "2024-10-16T09:35:00", "öppenvård",
      [("Bedömning", "Trolig diabets typ 2, fasteglukos 8,9 vid två tillfällen. HbA1c kompletteras och besök hos diabetessköterska bokas.")],
      must_not=N2, why="PMO note: misspelled 'diabets' (typo) hedged with 'Trolig'"),

    # ======================================================= NL102 must_not: Tidiga hypoteser
    C("skane-mall-tidiga-hypoteser-misstankt-ms", "skane", "19901212-3726", "1990-12-12",
      "s_neuro_lund", "Tidiga hypoteser", ("Ingrid Malmberg", "läkare"),
      "2024-11-27T16:00:00", "2024-11-27T16:20:00", "öppenvård",
      [("Bedömning", "Misstänkt MS efter två episoder med känselbortfall, MR inväntas innan frågan tas upp med patienten.")],
      must_not=N2, why="Skåne: the hedged MS is written in the protected template Tidiga hypoteser"),

    C("vgr-sokord-tidiga-hypoteser-crohn-fragetecken", "vgr", "19940707-2579", "1994-07-07",
      "v_gastro_ostra", "Läkaranteckning", ("Lena Åberg", "läkare"),
      "2024-12-02T10:30:00", "2024-12-02T11:05:00", "öppenvård",
      [("Aktuellt", "Återbesök för buksmärtor och lös avföring, kalprotektin 410."),
       ("Tidiga hypoteser", "Crohn? Ileit på DT, vill invänta koloskopin innan misstanken förs fram."),
       ("Planering", "Koloskopi med biopsier bokas om tre veckor, kostråd under tiden.")],
      must_not=N2, why="VGR: 'Crohn?' only under the protected sökord Tidiga hypoteser; visible sections hold no hedge"),

    C("vgr-sokord-tidiga-hypoteser-dd-lista-utkast", "vgr", "19700314-4941", "1970-03-14",
      "v_reuma_molndal", "Läkaranteckning", ("Lars Jakobsson", "läkare"),
      "2024-12-06T13:00:00", None, "öppenvård",
      [("Aktuellt", "Ledvärk i händer och knän sedan i våras, trötthet och ibland feber."),
       ("Tidiga hypoteser", "DD SLE, RA eller Sjögrens syndrom; ANA och anti-dsDNA inväntas innan något diskuteras."),
       ("Planering", "Provsvar inväntas, återbesök om en månad.")],
      must_not=N2, why="VGR draft: a DD list of acronyms and an eponym only under the Tidiga hypoteser sökord"),

    # ======================================================= NL101 must
    C("nl101-ca-coli-ej-informerad", "skane", "19510630-2697", "1951-06-30",
      "s_kir_malmo", "Läkaranteckning", ("Johan Wennberg", "läkare"),
      "2024-01-25T14:30:00", "2024-01-25T15:10:00", "öppenvård",
      [("Bedömning", "PAD från koloskopin visar adenocarcinom i colon ascendens, ca coli. Patienten är ännu inte informerad; besked lämnas av ansvarig kirurg på måndag med kontaktsjuksköterska närvarande.")],
      must=N1, why="abbreviated 'ca coli' visible while the text says the patient is not yet informed"),

    C("nl101-ms-ej-besked-ej-per-telefon", "vgr", "19930522-3043", "1993-05-22",
      "v_neuro_su", "Läkaranteckning", ("Robert Asp", "läkare"),
      "2024-02-22T11:15:00", "2024-02-22T11:50:00", "öppenvård",
      [("Bedömning", "MR och likvorfynd uppfyller McDonaldkriterierna, diagnosen är MS. Patienten har inte fått besked och ska inte informeras per telefon; tid för beskedet är bokad den 28/2.")],
      must=N1, why="acronym MS visible while the text says the patient has not been told"),

    C("nl101-parkinson-dottern-vill-narvara", "skane", "19460905-1554", "1946-09-05",
      "s_geri_tre", "Läkaranteckning", ("Göran Wendt", "läkare"),
      "2024-03-15T10:45:00", "2024-03-15T11:25:00", "öppenvård",
      [("Bedömning", "Patologisk DaTscan tillsammans med den kliniska bilden ger diagnosen Parkinsons sjukdom. Pat ej underrättad ännu, dottern vill vara med när beskedet ges nästa vecka.")],
      must=N1, why="eponym Parkinsons sjukdom visible with 'Pat ej underrättad ännu'"),

    C("nl101-nsclc-fore-mdk", "vgr", "19551018-2339", "1955-10-18",
      "v_lung_skas", "Läkaranteckning", ("Elisabeth Nord", "läkare"),
      "2024-04-11T15:40:00", "2024-04-11T16:20:00", "öppenvård",
      [("Bedömning", "Bronkoskopi-PAD: NSCLC av adenokarcinomtyp i vänster överlob. Patienten får inte informeras förrän MDK tagit ställning på torsdag.")],
      must=N1, why="English acronym NSCLC visible while the patient must not be told before the MDK"),

    C("nl101-als-ej-fatt-veta-utkast", "skane", "19600108-4828", "1960-01-08",
      "s_neuro_lund", "Läkaranteckning", ("Ingrid Malmberg", "läkare"),
      "2024-05-08T16:10:00", None, "öppenvård",
      [("Bedömning", "EMG visar utbredd denervation i tre regioner och diagnosen ALS är därmed fastställd. Patienten har ännu inte fått veta, samtal planeras tillsammans med maken.")],
      must=N1, why="acronym ALS visible in an unsigned draft while the patient has not been told"),

    C("nl101-rcc-hoger-njure-ej-meddelat", "vgr", "19621229-5619", "1962-12-29",
      "v_uro_udd", "Mottagningsanteckning", ("Tomas Brandt", "läkare"),
      "2024-06-14T09:20:00", "2024-06-14T10:00:00", "öppenvård",
      [("Bedömning", "Biopsin från tumören i höger njure visar klarcellig RCC. Ej meddelat pat ännu, urolog tar beskedet på återbesöket den 20/6.")],
      must=N1, why="acronym RCC visible with the telegraphic 'Ej meddelat pat ännu'"),

    C("nl101-ca-mammae-besked-ej-lamnat", "skane", "19740812-3466", "1974-08-12",
      "s_brost_hbg", "Läkaranteckning", ("Maria Lönn", "läkare"),
      "2024-09-04T13:30:00", "2024-09-04T14:05:00", "öppenvård",
      [("Bedömning", "Mellannålsbiopsi vänster bröst: invasiv duktal cancer, ca mammae. Besked har inte lämnats till patienten, hon kallas till läkarbesök med kontaktsjuksköterska i morgon.")],
      must=N1, why="Latin 'ca mammae' visible while 'Besked har inte lämnats till patienten'"),

    # ======================================================= NL101 must_not
    C("nl101-nm-ms-meddelad-vid-besoket", "vgr", "19880303-4084", "1988-03-03",
      "v_neuro_su", "Läkaranteckning", ("Maria Ekström", "läkare"),
      "2024-03-28T14:00:00", "2024-03-28T14:45:00", "öppenvård",
      [("Bedömning", "Diagnosen MS meddelad patienten vid dagens besök tillsammans med hennes sambo. Hon tog beskedet sansat och vill diskutera behandlingsalternativ på nästa besök.")],
      must_not=N1, why="the MS diagnosis was told to the patient"),

    C("nl101-nm-ca-prostatae-besked-lamnat", "skane", "19501010-2712", "1950-10-10",
      "s_uro_malmo", "Mottagningsanteckning", ("Henrik Dahl", "läkare"),
      "2024-04-23T10:30:00", "2024-04-23T11:15:00", "öppenvård",
      [("Bedömning", "Besked om ca prostatae, Gleason 3+4, har lämnats till patienten och hustrun. Aktiv monitorering och strålbehandling diskuterades, de återkommer med beslut.")],
      must_not=N1, why="Latin 'ca prostatae' visible, and the text says the patient was told"),

    C("nl101-nm-skane-mall-tidiga-hypoteser-huntington", "skane", "19830719-5324", "1983-07-19",
      "s_neuro_lund", "Tidiga hypoteser", ("Ingrid Malmberg", "läkare"),
      "2024-06-24T15:20:00", "2024-06-24T15:45:00", "öppenvård",
      [("Bedömning", "Fynden är förenliga med Huntingtons sjukdom. Patienten är ej informerad; besked planeras tillsammans med genetisk vägledare efter gentestet.")],
      must_not=N1, why="Skåne: the not-yet-told eponym diagnosis is in the protected template Tidiga hypoteser"),

    C("nl101-nm-vgr-sokord-tidiga-hypoteser-dlbcl", "vgr", "19660211-3794", "1966-02-11",
      "v_hemat_su", "Läkaranteckning", ("Sofie Granqvist", "läkare"),
      "2024-08-29T11:00:00", "2024-08-29T11:40:00", "öppenvård",
      [("Aktuellt", "Provsvar från lymfkörtelbiopsin på halsen har kommit."),
       ("Tidiga hypoteser", "PAD visar DLBCL. Pat ej informerad, beskedet ges vid besök med kontaktsjuksköterska den 3/9."),
       ("Planering", "PET-DT och benmärgsbiopsi bokas, patienten kallas till läkarbesök nästa vecka.")],
      must_not=N1, why="VGR: the not-yet-told acronym DLBCL is only under the protected sökord Tidiga hypoteser"),

    C("nl101-nm-patienten-informerad-barnen-inte", "skane", "19520407-6151", "1952-04-07",
      "s_kir_lund", "Läkaranteckning", ("Johan Wennberg", "läkare"),
      "2024-10-09T13:45:00", "2024-10-09T14:30:00", "öppenvård",
      [("Bedömning", "Patienten informerad om att det rör sig om ca pancreatis utan möjlighet till kurativ kirurgi. Han vill själv berätta för barnen, som ännu inte vet något.")],
      must_not=N1, why="the patient was told; only his children do not know yet"),

    C("nl101-nm-gallsten-ej-informerad-om-operationsdatum", "vgr", "19761125-2946", "1976-11-25",
      "v_kirmott_skas", "Mottagningsanteckning", ("Gustav Engström", "läkare"),
      "2024-11-26T09:15:00", "2024-11-26T09:50:00", "öppenvård",
      [("Bedömning", "Symtomgivande gallsten med tre koliker i höst, uppsatt för laparoskopisk kolecystektomi. Patienten ej informerad om operationsdatum ännu, planeringssköterskan ringer när tiden är klar.")],
      must_not=N1, why="'ej informerad' concerns the operation date, not the known lay diagnosis gallsten"),
]

# --------------------------------------------------------------------------- build


def build_record(c):
    name, hsa, system = UNITS[c["unit"]]
    time = dt.datetime.fromisoformat(c["time"])
    as_of = min(time.date() + dt.timedelta(days=7), dt.date(2024, 12, 31))
    note = {
        "id": "n1",
        "system": system,
        "template": c["template"],
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": c["author"][0], "role": c["author"][1]},
        "time": c["time"],
        "signed": c["signed"],
        "setting": c["setting"],
        "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in c["sections"]],
    }
    return {
        "patient": {"id": c["pid"], "birth_date": c["born"], "protected_identity": False},
        "as_of": as_of.isoformat() + "T00:00:00",
        "notes": [note],
        "access_events": [],
        "conversations": [],
        "treatments": [],
    }


def build_case(c):
    return {
        "case": c["case"],
        "ruleset": c["ruleset"],
        "record": build_record(c),
        "must": [[code, "n1"] for code in c["must"]],
        "must_not": [[code, "n1"] for code in c["must_not"]],
        "why": c["why"],
    }


# --------------------------------------------------------------------------- validate

CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
PATIENT_KEYS = ["id", "birth_date", "protected_identity"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def age_on(born, day):
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def in_2024(value, what, problems, where):
    try:
        t = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        problems.append(f"{where}: {what} {value!r} is not ISO 8601")
        return None
    if t.year != 2024:
        problems.append(f"{where}: {what} {value} is not in 2024")
    return t


def validate(cases):
    problems = []
    names = set()
    sentences = {}
    for idx, case in enumerate(cases):
        where = f"case {idx} ({case.get('case')})"
        if list(case) != CASE_KEYS:
            problems.append(f"{where}: keys {list(case)} != {CASE_KEYS}")
            continue
        name = case["case"]
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name):
            problems.append(f"{where}: case name is not kebab-case")
        if name in names:
            problems.append(f"{where}: duplicate case name")
        names.add(name)
        rs = case["ruleset"]
        if rs not in ("skane", "vgr"):
            problems.append(f"{where}: ruleset {rs!r}")
        if not isinstance(case["why"], str) or len(case["why"]) < 15:
            problems.append(f"{where}: why is missing or too short")

        rec = case["record"]
        if list(rec) != RECORD_KEYS:
            problems.append(f"{where}: record keys {list(rec)}")
            continue
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                problems.append(f"{where}: {k} should be empty")
        pat = rec["patient"]
        if list(pat) != PATIENT_KEYS:
            problems.append(f"{where}: patient keys {list(pat)}")
            continue
        if pat["protected_identity"] is not False:
            problems.append(f"{where}: protected_identity must be false")
        m = re.fullmatch(r"(\d{8})-(\d{4})", pat["id"])
        born = None
        if not m:
            problems.append(f"{where}: personnummer {pat['id']!r} has the wrong shape")
        else:
            if m.group(1) != pat["birth_date"].replace("-", ""):
                problems.append(f"{where}: personnummer does not match birth_date")
            if not luhn_ok(m.group(1)[2:] + m.group(2)):
                problems.append(f"{where}: personnummer {pat['id']} fails Luhn")
            try:
                born = dt.date.fromisoformat(pat["birth_date"])
            except ValueError:
                problems.append(f"{where}: birth_date invalid")
        as_of = in_2024(rec["as_of"], "as_of", problems, where)

        notes = rec["notes"]
        ids = [n.get("id") for n in notes]
        if len(ids) != len(set(ids)):
            problems.append(f"{where}: duplicate note ids")
        if len(notes) != 1:
            problems.append(f"{where}: expected exactly one note")
        for note in notes:
            if list(note) != NOTE_KEYS:
                problems.append(f"{where}: note keys {list(note)}")
                continue
            if list(note["unit"]) != ["name", "hsa_id"] or list(note["author"]) != ["name", "role"]:
                problems.append(f"{where}: unit/author keys")
            if not re.fullmatch(r"SE2321000(255|131)-\w+", note["unit"]["hsa_id"]):
                problems.append(f"{where}: hsa_id {note['unit']['hsa_id']}")
            region_hsa = "SE2321000255" if rs == "skane" else "SE2321000131"
            if not note["unit"]["hsa_id"].startswith(region_hsa):
                problems.append(f"{where}: hsa_id from the wrong region")
            if note["system"] not in ("Melior", "PMO"):
                problems.append(f"{where}: system {note['system']!r}")
            if rs == "vgr" and note["system"] != "Melior":
                problems.append(f"{where}: VGR cases must be Melior")
            t = in_2024(note["time"], "time", problems, where)
            if note["signed"] is not None:
                s = in_2024(note["signed"], "signed", problems, where)
                if t and s and s < t:
                    problems.append(f"{where}: signed before time")
            if t and as_of and as_of < t:
                problems.append(f"{where}: as_of before note time")
            if born and t:
                a = age_on(born, t.date())
                if 13 <= a <= 15 or a < 0:
                    problems.append(f"{where}: patient aged {a} at note time")
            if born and as_of:
                a = age_on(born, as_of.date())
                if 13 <= a <= 15:
                    problems.append(f"{where}: patient aged {a} at as_of")
            if note["refs"] != []:
                problems.append(f"{where}: refs should be empty")
            if not note["sections"]:
                problems.append(f"{where}: no sections")
            for sec in note["sections"]:
                if list(sec) != ["keyword", "text"] or not sec["keyword"] or not sec["text"].strip():
                    problems.append(f"{where}: bad section {sec!r}")
                    continue
                for part in SENT_SPLIT.split(sec["text"]):
                    part = part.strip()
                    if len(part) >= 25:
                        if part in sentences:
                            problems.append(f"{where}: sentence repeated from {sentences[part]}: {part!r}")
                        else:
                            sentences[part] = name

        # assertions
        must = case["must"]
        must_not = case["must_not"]
        if not must and not must_not:
            problems.append(f"{where}: asserts nothing")
        seen = set()
        for lst, label in ((must, "must"), (must_not, "must_not")):
            for item in lst:
                if not (isinstance(item, list) and len(item) == 2):
                    problems.append(f"{where}: {label} item {item!r}")
                    continue
                code, target = item
                if code not in CODES:
                    problems.append(f"{where}: {label} code {code} is not NL101/NL102")
                if target != "n1":
                    problems.append(f"{where}: {label} target {target!r} is not n1")
                if target not in ids:
                    problems.append(f"{where}: {label} target {target!r} does not exist")
                if code in seen:
                    problems.append(f"{where}: {code} asserted twice")
                seen.add(code)

        # conventions of the devset README
        note = notes[0] if notes else None
        if note and list(note) == NOTE_KEYS:
            must_codes = {c for c, _ in must}
            must_not_codes = {c for c, _ in must_not}
            keywords = [s["keyword"] for s in note["sections"]]
            if note["system"] == "PMO":
                if "NL102" in must_codes:
                    problems.append(f"{where}: NL102 must on a PMO note")
                if "NL101" in must_codes | must_not_codes:
                    problems.append(f"{where}: NL101 asserted on a PMO note")
                if rs != "skane":
                    problems.append(f"{where}: PMO outside Skåne")
            if must_codes:
                if note["system"] != "Melior":
                    problems.append(f"{where}: positive on a non-Melior note")
                if rs == "skane" and note["template"] in SKANE_PROTECTED_TEMPLATES:
                    problems.append(f"{where}: positive in a protected Skåne template")
                visible = [k for k in keywords if not (rs == "vgr" and k in VGR_PROTECTED_KEYWORDS)]
                if not visible:
                    problems.append(f"{where}: positive but no visible section")
            if rs == "skane" and any(k in VGR_PROTECTED_KEYWORDS for k in keywords):
                problems.append(f"{where}: Skåne note uses a VGR protection sökord (NL206 territory)")
            if rs == "vgr" and note["template"] in SKANE_PROTECTED_TEMPLATES:
                problems.append(f"{where}: VGR note uses a Skåne protection template")

    if not 100 <= len(cases) <= 120:
        problems.append(f"{len(cases)} cases, expected 100-120")
    return problems


def main():
    cases = [build_case(c) for c in CASES]
    lines = [json.dumps(c, ensure_ascii=False) for c in cases]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")

    # validate what was written, read back from disk
    reread = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    problems = validate(reread)

    counts = {}
    for c in reread:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    by_rs = {}
    by_sys = {}
    drafts = 0
    for c in reread:
        by_rs[c["ruleset"]] = by_rs.get(c["ruleset"], 0) + 1
        n = c["record"]["notes"][0]
        by_sys[n["system"]] = by_sys.get(n["system"], 0) + 1
        drafts += n["signed"] is None
    print(f"wrote {OUT.name}: {len(reread)} cases")
    print("rulesets:", ", ".join(f"{k} {v}" for k, v in sorted(by_rs.items())),
          "| systems:", ", ".join(f"{k} {v}" for k, v in sorted(by_sys.items())),
          f"| unsigned drafts: {drafts}")
    for code in sorted(CODES):
        print(f"{code}: must {counts.get((code, 'must'), 0)}, must_not {counts.get((code, 'must_not'), 0)}")
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
