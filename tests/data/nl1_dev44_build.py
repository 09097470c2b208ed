#!/usr/bin/env python3
"""dev44: NL101/NL102 on text as it really arrives (dictation, non-native Swedish,
Finland-Swedish, caps/lower case, lists, pasted lab and radiology replies, typos).

Standard library only, deterministic. Writes nl1_dev44_cases.jsonl next to this file and
exits 1 on any validation problem.
"""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (hospitals)
    "kri_med": ("Medicinkliniken avd 6, Centralsjukhuset Kristianstad", "SE2321000255-4471"),
    "kri_hud": ("Hudmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4493"),
    "kri_ortakut": ("Ortopedakuten, Centralsjukhuset Kristianstad", "SE2321000255-4512"),
    "hbg_akut": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-3108"),
    "hbg_kir": ("Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-3154"),
    "hbg_inf": ("Infektionsmottagningen, Helsingborgs lasarett", "SE2321000255-3177"),
    "hbg_onh": ("Öron-näsa-halsmottagningen, Helsingborgs lasarett", "SE2321000255-3190"),
    "hbg_ak": ("Antikoagulationsmottagningen, Helsingborgs lasarett", "SE2321000255-3126"),
    "hbg_bröst": ("Bröstmottagningen, Helsingborgs lasarett", "SE2321000255-3139"),
    "hbg_uro": ("Urologiska mottagningen, Helsingborgs lasarett", "SE2321000255-3145"),
    "hbg_psyk": ("Allmänpsykiatrisk mottagning, Psykiatri Skåne Helsingborg", "SE2321000255-3208"),
    "mal_akut": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2204"),
    "mal_geri": ("Geriatriska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5823"),
    "mal_inf": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-2916"),
    "mal_kir": ("Kirurgmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2251"),
    "mal_endo": ("Endokrinmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2278"),
    "mal_neuro": ("Neurologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2283"),
    "mal_uro": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-2297"),
    "mal_bröst": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2305"),
    "mal_psykos": ("Psykosmottagningen, Psykiatri Skåne Malmö", "SE2321000255-2330"),
    "lund_lung": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1657"),
    "lund_onk": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-1702"),
    "lund_hem": ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1719"),
    "lund_reum": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1733"),
    "lund_gastro": ("Gastroenterologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1748"),
    "lund_orto": ("Ortopediska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-1764"),
    "lund_barn": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-1781"),
    "lund_psyk": ("Psykiatrisk akutmottagning, Psykiatri Skåne Lund", "SE2321000255-1796"),
    "ang_med": ("Medicinmottagningen, Ängelholms sjukhus", "SE2321000255-8342"),
    "tre_kir": ("Kirurgiska kliniken, Trelleborgs lasarett", "SE2321000255-9034"),
    "tre_med": ("Medicinmottagningen, Trelleborgs lasarett", "SE2321000255-9051"),
    "hlm_med": ("Medicinavdelning 3, Hässleholms sjukhus", "SE2321000255-4786"),
    "hlm_orto": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-4799"),
    "ys_med": ("Medicinmottagningen, Ystads lasarett", "SE2321000255-6218"),
    "ys_orto": ("Ortopedmottagningen, Ystads lasarett", "SE2321000255-6240"),
    "ys_kir": ("Kirurgmottagningen, Ystads lasarett", "SE2321000255-6257"),
    "ys_pall": ("Palliativa enheten, Ystads lasarett", "SE2321000255-6263"),
    "lsk_geri": ("Geriatrisk rehabilitering, Landskrona lasarett", "SE2321000255-7402"),
    # Region Skåne, PMO (primary care)
    "vc_nasby": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-A118"),
    "vc_lindeborg": ("Vårdcentralen Lindeborg, Malmö", "SE2321000255-A245"),
    "vc_tabelund": ("Vårdcentralen Tåbelund, Eslöv", "SE2321000255-A372"),
    "vc_simrishamn": ("Vårdcentralen Simrishamn", "SE2321000255-A409"),
    "vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-A536"),
    # Västra Götalandsregionen, Melior
    "su_ostra": ("Medicinmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-3311"),
    "su_lung": ("Lungmedicinska kliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-3327"),
    "su_hud": ("Hudkliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-3342"),
    "su_reum": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-3358"),
    "su_hem": ("Hematologisektionen, Sahlgrenska Universitetssjukhuset", "SE2321000131-3363"),
    "su_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-3379"),
    "su_psyk": ("Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset", "SE2321000131-3385"),
    "su_geri": ("Geriatriska kliniken, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-3394"),
    "su_minne": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-3401"),
    "dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-3416"),
    "nal_akut": ("Akutmottagningen, NÄL Trollhättan", "SE2321000131-5120"),
    "nal_neuro": ("Neurologimottagningen, NÄL Trollhättan", "SE2321000131-5136"),
    "nal_avd12": ("Vårdavdelning 12 medicin, NÄL Trollhättan", "SE2321000131-5141"),
    "nal_diab": ("Diabetesmottagningen, NÄL Trollhättan", "SE2321000131-5157"),
    "nal_gyn": ("Gynekologmottagningen, NÄL Trollhättan", "SE2321000131-5162"),
    "nal_hem": ("Hematologimottagningen, NÄL Trollhättan", "SE2321000131-5178"),
    "nal_psyk": ("Psykiatrisk mottagning, NÄL Trollhättan", "SE2321000131-5183"),
    "sas_med": ("Medicinkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-6204"),
    "sas_inf": ("Infektionskliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-6219"),
    "sas_bröst": ("Bröstmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-6225"),
    "sas_gyn": ("Gynekologiska kliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-6230"),
    "sas_gastro": ("Mag-tarmmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-6246"),
    "sks_orto": ("Ortopedkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-7011"),
    "sks_med": ("Medicinkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-7027"),
    "sks_uro": ("Urologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-7032"),
    "sks_ogon": ("Ögonkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-7048"),
    "kung_med": ("Medicinkliniken, Kungälvs sjukhus", "SE2321000131-8105"),
    "kung_psyk": ("Psykiatriska kliniken, Kungälvs sjukhus", "SE2321000131-8111"),
    "kung_akut": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-8126"),
    "kung_kir": ("Kirurgmottagningen, Kungälvs sjukhus", "SE2321000131-8132"),
    "ali_med": ("Medicinavdelning 4, Alingsås lasarett", "SE2321000131-8407"),
    "ali_mott": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-8412"),
    "ali_orto": ("Ortopedmottagningen, Alingsås lasarett", "SE2321000131-8428"),
    "udd_kir": ("Kirurgmottagningen, Uddevalla sjukhus", "SE2321000131-9013"),
    "udd_akut": ("Medicinakuten, Uddevalla sjukhus", "SE2321000131-9029"),
    "udd_orto": ("Ortopedmottagningen, Uddevalla sjukhus", "SE2321000131-9034"),
    "udd_uro": ("Urologmottagningen, Uddevalla sjukhus", "SE2321000131-9045"),
    "lid_med": ("Medicinmottagningen, Lidköpings sjukhus", "SE2321000131-9518"),
    "fss_med": ("Medicinmottagningen, Frölunda specialistsjukhus", "SE2321000131-9623"),
    "sas_onk": ("Onkologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-6251"),
}
SKANE_PMO = {"vc_nasby", "vc_lindeborg", "vc_tabelund", "vc_simrishamn", "vc_sjobo"}

# ---------------------------------------------------------------- helpers
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pt(birth, serial):
    """birth 'YYYY-MM-DD', serial three digits -> patient dict."""
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    pnr = "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(nine))
    return {"id": pnr, "birth_date": birth, "protected_identity": False}


def N(nid, system, template, unit, author, role, time, signed_after, setting, sections):
    """signed_after: minutes after time, or None for an unsigned draft."""
    t = datetime.strptime(time, "%Y-%m-%dT%H:%M")
    signed = None
    if signed_after is not None:
        signed = (t + timedelta(minutes=signed_after)).strftime("%Y-%m-%dT%H:%M:%S")
    name, hsa = UNITS[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:%S"), "signed": signed,
        "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


CASES = []


def C(name, ruleset, patient, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S") for n in notes)
        as_of = (last + timedelta(days=9)).strftime("%Y-%m-%dT00:00:00")
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {"patient": patient, "as_of": as_of, "notes": notes,
                   "access_events": [], "conversations": [], "treatments": []},
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why,
    })


M, P = "Melior", "PMO"
L, SSK = "läkare", "sjuksköterska"
OV, SV = "öppenvård", "slutenvård"

# =====================================================================
# NL102 must: hedged diagnosis of the patient in a visible Melior section
# =====================================================================

# --- dictation / speech recognition -----------------------------------
C("d44-dikt-punkt-trolig-pneumoni", "skane", pt("1952-03-11", "273"),
  [N("n1", M, "Inskrivningsanteckning", "kri_med", "Maria Lundgren", L,
     "2024-01-14T21:40", 95, SV, [
      ("Aktuellt", "sjuttiotvåårig man som söker på grund av hosta och feber sedan fem dagar punkt "
                   "har även känt sig andfådd vid ansträngning punkt hustrun har noterat att han "
                   "varit tröttare än vanligt och ätit dåligt"),
      ("Status", "temp trettioåtta komma nio punkt andningsfrekvens tjugotvå saturation "
                 "nittiofyra procent på luft punkt krepitationer höger basalt punkt hjärta regelbunden rytm inga blåsljud"),
      ("Bedömning", "trolig pneumoni höger basalt punkt CRP hundrafyrtio punkt inlägges för "
                    "intravenös antibiotika punkt bensylpenicillin en gram gånger tre"),
  ])],
  [("NL102", "n1")], [],
  "dictated run-on text with 'punkt' left in and numbers as words; 'trolig pneumoni' in Bedömning")

C("d44-dikt-fragetecken-som-ord", "vgr", pt("1987-09-02", "426"),
  [N("n1", M, "Akutanteckning", "ali_med", "Johan Eriksson", L,
     "2024-02-06T03:15", 240, SV, [
      ("Bedömning", "feber och frossa sedan igår kväll sveda vid miktion och ont i vänster flank "
                    "pyelonefrit frågetecken urinodling tagen startar ciprofloxacin i väntan på odlingssvar"),
  ])],
  [("NL102", "n1")], [],
  "speech recognition wrote the dictated '?' as the word 'frågetecken' after the diagnosis")

C("d44-dikt-kolon-som-skiljetecken", "skane", pt("1969-05-23", "148"),
  [N("n1", M, "Akutanteckning", "tre_kir", "Karin Sjöberg", L,
     "2024-03-02T19:05", 60, OV, [
      ("Aktuellt", "krampartad smärta under höger revbensbåge efter middagen strålar mot skulderbladet"),
      ("Bedömning", "bedömning kolon sannolik gallstenskolik kommatecken smärtfri efter en dos "
                    "ketorolak punkt ultraljud övre buk bokas polikliniskt"),
  ])],
  [("NL102", "n1")], [],
  "dictated punctuation words 'kolon' and 'kommatecken' left in text; 'sannolik gallstenskolik' is hedged")

C("d44-dikt-siffror-lungemboli", "vgr", pt("1966-04-19", "562"),
  [N("n1", M, "Akutanteckning", "nal_akut", "Sara Lindahl", L,
     "2024-02-19T14:22", 50, OV, [
      ("Aktuellt", "patienten är en femtioåttaårig kvinna som flög hem från Thailand för tre dagar "
                   "sedan och nu har plötslig andfåddhet och hugg i höger sida när hon andas in "
                   "saturation nittiotvå procent puls hundrafem andningsfrekvens tjugofyra lungemboli "
                   "kan inte uteslutas vi tar D-dimer och gör DT lungartärer"),
  ])],
  [("NL102", "n1")], [],
  "unpunctuated dictation with numbers as words; 'lungemboli kan inte uteslutas' buried mid-sentence")

C("d44-sr-homofon-dvd", "skane", pt("1958-12-07", "315"),
  [N("n1", M, "Akutanteckning", "hbg_akut", "Per Nilsson", L,
     "2024-04-11T22:10", 35, OV, [
      ("Aktuellt", "Svullet vänster underben sedan fyra dagar, efter en lång bussresa från Polen."),
      ("Status", "Vä vad 3 cm större omkrets än hö, lätt ödem till knäled, ingen rodnad."),
      ("Bedömning", "Misstänkt DVD vänster underben. D-dimer 1,8. Ultraljud ven beställt till i "
                    "morgon förmiddag, Innohep ges i kväll i väntan på undersökningen."),
  ])],
  [("NL102", "n1")], [],
  "speech-recognition homophone slip 'DVD' for DVT after 'Misstänkt'; context (D-dimer, UL ven) makes it a suspected DVT")

C("d44-sr-isarskrivning-erysipelas", "vgr", pt("1949-07-30", "237"),
  [N("n1", M, "Läkaranteckning", "sas_inf", "Lena Carlsson", L,
     "2024-05-03T10:45", 30, SV, [
      ("Status", "rodnad och värmeökning framsida höger underben skarpt avgränsad temp trettioåtta komma ett"),
      ("Bedömning", "misstänkt eri sipelas höger underben med ingångsport mellan tårna fyra och fem "
                    "bensylpenicillin intravenöst och högläge"),
  ])],
  [("NL102", "n1")], [],
  "speech recognition split the diagnosis ('eri sipelas'); still a suspected erysipelas")

# --- non-native Swedish ------------------------------------------------
C("d44-nn-likely-pneumoni", "skane", pt("1975-10-14", "459"),
  [N("n1", M, "Akutanteckning", "mal_akut", "Dmitri Volkov", L,
     "2024-01-28T16:30", 70, OV, [
      ("Bedömning", "Pat har hosta sedan en vecka, CRP 96, krepitationer vä basalt. Likely pneumoni "
                    "vänster sida, jag startar PcV och pat får gå hem med f/u på VC om en vecka."),
  ])],
  [("NL102", "n1")], [],
  "English hedge 'Likely' in a non-native physician's Swedish note")

C("d44-nn-ddx-engelsk-lista", "vgr", pt("1991-06-25", "604"),
  [N("n1", M, "Mottagningsanteckning", "su_ostra", "Rajesh Iyer", L,
     "2024-03-18T11:05", 45, OV, [
      ("Aktuellt", "Buksmärta hö flank sedan 2 dagar + feber 38,4, illamående."),
      ("Bedömning", "ddx: pyelonefrit, kolecystit, basal pneumoni hö\n"
                    "Plan: U-sticka, odling, UL buk, rtg pulm"),
  ])],
  [("NL102", "n1")], [],
  "lower-case English abbreviation 'ddx' heading a list of differential diagnoses")

C("d44-nn-susp-appendicit", "skane", pt("2001-02-08", "390"),
  [N("n1", M, "Akutanteckning", "tre_kir", "Ahmad Karimi", L,
     "2024-06-09T23:50", 25, OV, [
      ("Bedömning", "Smärta vandrat från navel till hö fossa sedan igår, släppömhet McBurney. Susp "
                    "appendicit. Kir bakjour kontaktad, fastande, DT buk i kväll."),
  ])],
  [("NL102", "n1")], [],
  "abbreviated English hedge 'Susp' before the diagnosis")

C("d44-nn-ordfoljd-gikt", "vgr", pt("1955-11-19", "551"),
  [N("n1", M, "Mottagningsanteckning", "lid_med", "Olena Kovalenko", L,
     "2024-07-02T09:40", 80, OV, [
      ("Bedömning", "Troligen patienten har en gikt i höger stortå, leden är röd, varm och mycket öm. "
                    "Urat tas. Jag ger Prednisolon fem dagar istället NSAID pga njurfunktion."),
  ])],
  [("NL102", "n1")], [],
  "non-native word order ('Troligen patienten har en gikt') still hedges a diagnosis")

C("d44-nn-genus-bestamd-form", "skane", pt("1947-08-03", "171"),
  [N("n1", M, "Daganteckning", "hlm_med", "Stefan Popescu", L,
     "2024-02-22T13:10", 55, SV, [
      ("Bedömning", "Misstänkt en pneumonin i vänstra lunga, röntgenet visar förtätning men inte "
                    "helt säker. Patienten mår bättre efter syrgasen, fortsätter cefotaxim."),
  ])],
  [("NL102", "n1")], [],
  "wrong definite forms ('en pneumonin', 'vänstra lunga') around a suspected pneumonia")

C("d44-nn-r-o-nstemi", "vgr", pt("1961-01-27", "333"),
  [N("n1", M, "Akutanteckning", "sas_med", "Tomasz Nowak", L,
     "2024-04-21T07:55", 40, SV, [
      ("Aktuellt", "Tryck i bröstet 2 h igår kväll, nu smärtfri. EKG: ST-sänkning V4-V6 0,5 mm."),
      ("Bedömning", "r/o NSTEMI – TnT x2 pågår, andra provet ej klart. Trombyl laddning given. "
                    "Telemetriövervakning på HIA."),
  ])],
  [("NL102", "n1")], [],
  "English 'r/o' (rule out) names NSTEMI as a diagnosis still being worked up, tests pending")

C("d44-nn-possible-erythema-migrans", "skane", pt("1983-05-16", "286"),
  [N("n1", M, "Mottagningsanteckning", "kri_hud", "Ana Ribeiro", L,
     "2024-08-13T14:20", 35, OV, [
      ("Status", "Rodnad 7 cm vä lår med central avblekning, fästingbett för tre veckor sedan."),
      ("Bedömning", "Possible erythema migrans, ger Doxycyklin 10 dgr. Ingen serologi behövs."),
  ])],
  [("NL102", "n1")], [],
  "English 'Possible' hedge before a diagnosis in a Swedish note")

C("d44-nn-talar-for-pmr", "vgr", pt("1950-09-09", "428"),
  [N("n1", M, "Mottagningsanteckning", "sas_med", "Elif Yilmaz", L,
     "2024-09-05T10:30", 60, OV, [
      ("Bedömning", "Stelhet i axlar och höfter på morgonen mer än en timme, SR 68. Det talar för en "
                    "polymyalgia reumatika, vi provar Prednisolon 15 mg och se svar efter en vecka."),
  ])],
  [("NL102", "n1")], [],
  "'talar för' with mixed Latin/Swedish spelling of the diagnosis")

# --- Finland-Swedish ------------------------------------------------------
C("d44-fs-torde-neuroborrelios", "skane", pt("1972-06-30", "417"),
  [N("n1", M, "Läkaranteckning", "mal_inf", "Henrik Holmström", L,
     "2024-09-16T15:00", 45, SV, [
      ("Bedömning", "Patienten har sedan tre veckor huvudvärk och ansiktsförlamning på höger sida, "
                    "fästingbett i somras på Åland. Det torde röra sig om en neuroborrelios. "
                    "Lumbalpunktion utförs i morgon förmiddag."),
  ])],
  [("NL102", "n1")], [],
  "Finland-Swedish hedge 'torde röra sig om'")

C("d44-fs-skal-att-misstanka", "vgr", pt("1944-12-12", "365"),
  [N("n1", M, "Inskrivningsanteckning", "ali_med", "Camilla Nyberg", L,
     "2024-10-22T18:35", None, SV, [
      ("Anamnes", "Hostat i två veckor, nu feber och andnöd. Bor ensam, sköter sig själv."),
      ("Bedömning", "Vid auskultation rassel till vänster. Det finns skäl att misstänka "
                    "lunginflammation, lungröntgen och laboratorieprov tas. Sjukskötaren tar CRP."),
  ])],
  [("NL102", "n1")], [],
  "Finland-Swedish 'skäl att misstänka' with lay word 'lunginflammation'")

C("d44-fs-antagligen-gallstensattack", "skane", pt("1978-03-04", "520"),
  [N("n1", M, "Akutanteckning", "ys_med", "Anna-Maria Sjöblom", L,
     "2024-05-27T20:25", 40, OV, [
      ("Bedömning", "Smärtan sitter under högra revbensbågen och kom efter en fet måltid, antagligen "
                    "fråga om en gallstensattack. Ultraljud av buken remitteras."),
  ])],
  [("NL102", "n1")], [],
  "Finland-Swedish 'antagligen fråga om'")

C("d44-fs-sannolikt-magsar", "vgr", pt("1959-10-21", "339"),
  [N("n1", M, "Akutanteckning", "udd_kir", "Mikael Lindqvist", L,
     "2024-06-01T01:40", 120, SV, [
      ("Bedömning", "Svart avföring sedan i förrgår, tar Ibumetin dagligen för ryggont. Hb 98. "
                    "Sannolikt magsår, gastroskopi ordineras brådskande."),
  ])],
  [("NL102", "n1")], [],
  "lay diagnosis 'magsår' hedged with 'Sannolikt'")

# --- capitals / lower case ---------------------------------------------
C("d44-versaler-misstankt-urosepsis", "skane", pt("1935-04-02", "264"),
  [N("n1", M, "Akutanteckning", "mal_akut", "Erik Holm", L,
     "2024-03-08T02:20", 65, SV, [
      ("Bedömning", "88-ÅRIG KVINNA FRÅN SÄBO, KONFUS SEDAN IGÅR, FEBER 39,2, BT 95/50. MISSTÄNKT "
                    "UROSEPSIS. BLODODLING X2, U-ODLING, PIP/TAZ GES PÅ AKUTEN."),
  ])],
  [("NL102", "n1")], [],
  "whole note in capitals; 'MISSTÄNKT UROSEPSIS'")

C("d44-gemener-trol-pyelonefrit", "vgr", pt("1990-08-28", "142"),
  [N("n1", M, "Akutanteckning", "udd_akut", "Frida Ahlström", L,
     "2024-08-19T17:50", 30, SV, [
      ("Bedömning", "33-årig kvinna, frossa, ont hö flank, dunkömhet hö njurloge. u-sticka nitrit "
                    "pos, lpk 3+. crp 178. trol pyleonefrit hö sida. ceftriaxon iv, inlägges avd 21."),
  ])],
  [("NL102", "n1")], [],
  "all lower case with 'trol' abbreviation and a typo in the diagnosis ('pyleonefrit')")

C("d44-versaler-dd-perikardit", "skane", pt("1996-01-13", "377"),
  [N("n1", M, "Läkaranteckning", "ang_med", "Gustav Berg", L,
     "2024-02-14T12:15", None, OV, [
      ("Bedömning", "BRÖSTSMÄRTA SOM LINDRAS FRAMÅTLUTAD, NYLIGEN FÖRKYLD. EKG: UTBREDDA "
                    "ST-HÖJNINGAR, PR-SÄNKNING. DD PERIKARDIT. EKO BOKAS."),
  ])],
  [("NL102", "n1")], [],
  "capitals, 'DD' before the diagnosis; unsigned draft")

# --- lists ---------------------------------------------------------------
C("d44-lista-bullets-kol", "vgr", pt("1948-02-24", "191"),
  [N("n1", M, "Läkaranteckning", "lid_med", "Anders Wikström", L,
     "2024-01-09T10:10", 90, SV, [
      ("Bedömning", "• Trolig KOL-exacerbation, ökad mängd gult sputum\n"
                    "• Hypokalemi 3,1 – substitueras peroralt\n"
                    "• Diabetes typ 2, välreglerad"),
  ])],
  [("NL102", "n1")], [],
  "bullet list where one bullet holds a hedged diagnosis among confirmed ones")

C("d44-lista-numrerad-hypertyreos", "skane", pt("1963-07-07", "448"),
  [N("n1", M, "Inskrivningsanteckning", "hlm_med", "Sofia Mattsson", L,
     "2024-04-02T16:45", 75, SV, [
      ("Diagnos", "1. Förmaksflimmer, nydebuterat, kammarfrekvens 130\n"
                  "2. ? Hypertyreos – TSH och fritt T4 tas\n"
                  "3. Hypertoni sedan tidigare"),
  ])],
  [("NL102", "n1")], [],
  "numbered list with a leading '?' on one item")

# --- pasted radiology / lab --------------------------------------------
C("d44-rtg-forenligt-divertikulit", "skane", pt("1957-09-18", "213"),
  [N("n1", M, "Akutanteckning", "ys_kir", "Jonas Persson", L,
     "2024-05-14T18:30", 55, OV, [
      ("Aktuellt", "Ont i vänster fossa sedan tre dagar, feber 38,0. Ingen blödning per rectum."),
      ("Utredning", "Svar DT buk med iv kontrast 2024-05-14:\n"
                    "Frågeställning: Divertikulit?\n"
                    "Fynd: Väggförtjockning i sigmoideum med omgivande fettvävsreaktion. Ingen fri gas. Ingen abscess.\n"
                    "Bedömning: Förenligt med okomplicerad divertikulit i sigmoideum."),
      ("Bedömning", "Sannolikt okomplicerad divertikulit enligt DT. Peroral smärtlindring hemma, "
                    "ingen antibiotika. Åter vid försämring."),
  ])],
  [("NL102", "n1")], [],
  "pasted CT reply ('Förenligt med ... divertikulit') and the physician's own 'Sannolikt'")

C("d44-rtg-bild-som-vid-pneumoni", "vgr", pt("1970-11-03", "185"),
  [N("n1", M, "Akutanteckning", "nal_akut", "Hanna Bergström", L,
     "2024-02-03T15:40", 40, OV, [
      ("Utredning", "Lungröntgen 2024-02-03, svar: Bild som vid pneumoni i vänster underlob. "
                    "Ingen pleuravätska. Normal hjärtstorlek."),
      ("Bedömning", "Pat mår bra, sat 97 %. Amoxicillin per os, åter om försämring."),
  ])],
  [("NL102", "n1")], [],
  "pasted chest X-ray reply with 'Bild som vid pneumoni'")

C("d44-lab-block-misstankt-jarnbrist", "skane", pt("1986-04-26", "642"),
  [N("n1", M, "Mottagningsanteckning", "ys_med", "Ida Magnusson", L,
     "2024-10-08T09:15", 100, OV, [
      ("Lab", "Hb 94 g/L (117-153) L\nMCV 71 fL (82-98) L\nFerritin 6 µg/L (13-150) L\nCRP <1\nTSH 1,9 mIE/L"),
      ("Bedömning", "Trötthet och yrsel, mikrocytär anemi. Misstänkt järnbristanemi sekundärt till "
                    "riklig mens, ingen GI-blödning anamnestiskt. Järn per os, kontroll Hb om 6 v."),
  ])],
  [("NL102", "n1")], [],
  "copy-pasted lab block followed by 'Misstänkt järnbristanemi'")

C("d44-mr-inger-misstanke-spondylodiskit", "vgr", pt("1954-03-29", "311"),
  [N("n1", M, "Läkaranteckning", "sks_orto", "Peter Sandberg", L,
     "2024-11-04T13:00", 60, SV, [
      ("Utredning", "MR ländrygg, utlåtande: Signalförändring i diskutrymmet L3-L4 med "
                    "kontrastuppladdning i angränsande kotkroppar. Fynden inger misstanke om spondylodiskit."),
      ("Planering", "Blododlingar x2, CT-ledd biopsi planeras, avvaktar antibiotika tills biopsi är tagen."),
  ])],
  [("NL102", "n1")], [],
  "pasted MR reply 'inger misstanke om spondylodiskit' in an orthopaedic note")

C("d44-ul-kolecystit-kan-ej-uteslutas", "skane", pt("1946-06-15", "452"),
  [N("n1", M, "Inskrivningsanteckning", "hbg_kir", "Mats Olofsson", L,
     "2024-07-20T21:30", 45, SV, [
      ("Utredning", "Ultraljud buk: Gallblåsa med multipla konkrement, väggen 4 mm. Akut kolecystit "
                    "kan ej uteslutas. Ej vidgade gallvägar."),
      ("Bedömning", "Ger Tazocin, fasta, kir-rond i morgon."),
  ])],
  [("NL102", "n1")], [],
  "pasted ultrasound reply with 'kan ej uteslutas'")

C("d44-orto-misstankt-scaphoideum", "skane", pt("1999-12-01", "237"),
  [N("n1", M, "Mottagningsanteckning", "ys_orto", "Viktor Åkesson", L,
     "2024-01-22T11:20", 30, OV, [
      ("Aktuellt", "Ramlade på utsträckt hand igår på isen, ont radialt i hö handled."),
      ("Status", "Palpöm i tabatière anatomique, smärta vid axial kompression av tummen."),
      ("Utredning", "Rtg hö handled + scaphoideumserie: Ingen säker fraktur."),
      ("Bedömning", "Kliniskt misstänkt scaphoideumfraktur trots negativ rtg. Gipsas med tumme, "
                    "ny rtg om 10–14 dagar."),
  ])],
  [("NL102", "n1")], [],
  "negative X-ray ('Ingen säker fraktur') but a clinically suspected scaphoid fracture")

# --- typos in hedge or diagnosis -------------------------------------------
C("d44-typo-missankt-pnemoni", "vgr", pt("1940-05-05", "294"),
  [N("n1", M, "Inskrivningsanteckning", "kung_med", "Nils Forsberg", L,
     "2024-12-02T19:00", 70, SV, [
      ("Bedömning", "Missänkt pnemoni hö sida, CRP 88, sat 93 %. Inlägges för iv antibiotika."),
  ])],
  [("NL102", "n1")], [],
  "typos in both hedge and diagnosis: 'Missänkt pnemoni'")

C("d44-typo-trolgi-diabetis", "skane", pt("1968-02-17", "385"),
  [N("n1", M, "Mottagningsanteckning", "tre_med", "Linnea Ek", L,
     "2024-03-26T14:50", None, OV, [
      ("Bedömning", "fP-glukos 7,4 vid ett tillfälle, BMI 33. Trolgi diabetis typ 2, HbA1c tas och dietistkontakt."),
  ])],
  [("NL102", "n1")], [],
  "typos 'Trolgi diabetis' in an unsigned draft")

C("d44-typo-sannolkit-gonartros", "vgr", pt("1953-10-10", "466"),
  [N("n1", M, "Mottagningsanteckning", "sks_orto", "Karl Gunnarsson", L,
     "2024-10-15T08:50", 40, OV, [
      ("Bedömning", "Belastningsvärk medialt vä knä sedan ett år, krepitationer. Sannolkit gonartros "
                    "medialt, rtg med belastning beställd."),
  ])],
  [("NL102", "n1")], [],
  "typo in hedge 'Sannolkit'")

C("d44-typo-kan-ej-utelsutas", "skane", pt("1980-08-08", "258"),
  [N("n1", M, "Akutanteckning", "hbg_akut", "Amira Haddad", L,
     "2024-09-28T04:30", 35, OV, [
      ("Bedömning", "Andfådd sedan igår, p-piller, takykard 112. Lungemboli kan ej utelsutas, DT bokad."),
  ])],
  [("NL102", "n1")], [],
  "typo in hedge 'kan ej utelsutas'")

C("d44-typo-diffdignos-sarkoidos", "vgr", pt("1989-04-04", "532"),
  [N("n1", M, "Mottagningsanteckning", "fss_med", "Oskar Dahl", L,
     "2024-05-20T10:00", 90, OV, [
      ("Bedömning", "Torrhosta, erythema nodosum på benen och bilaterala hilusförstoringar på rtg. "
                    "Diffdignos sarkoidos (Löfgrens syndrom) – ACE och bronkoskopi planeras."),
  ])],
  [("NL102", "n1")], [],
  "typo 'Diffdignos' for differentialdiagnos")

# --- geriatrics ------------------------------------------------------------
C("d44-geri-trolig-alzheimer-lang", "skane", pt("1939-09-25", "175"),
  [N("n1", M, "Läkaranteckning", "mal_geri", "Birgitta Hansson", L,
     "2024-04-17T13:30", 140, OV, [
      ("Anamnes", "Minnesproblem som smygande ökat under två år. Enligt dottern har han glömt "
                  "spisen på flera gånger och hittar inte hem från affären. Ingen stroke tidigare."),
      ("Status", "Orienterad till person, ej till tid. MMSE 21/30, klocktest patologiskt. "
                 "Neurologstatus u.a. BT 148/82."),
      ("Utredning", "DT hjärna: Generell atrofi, uttalad hippocampusatrofi bilat. Inga infarkter."),
      ("Bedömning", "Trolig Alzheimers sjukdom, blandform kan ej uteslutas. Ingen B12-brist."),
      ("Planering", "Donepezil startas efter EKG. Biståndshandläggare kontaktas av kurator."),
  ])],
  [("NL102", "n1")], [],
  "long geriatric note with 'Trolig Alzheimers sjukdom' in Bedömning")

C("d44-geri-bild-som-vid-delirium-ev-uvi", "vgr", pt("1934-01-18", "240"),
  [N("n1", M, "Daganteckning", "su_geri", "Ulrika Strand", L,
     "2024-06-12T11:45", 60, SV, [
      ("Bedömning", "Akut förvirrad sedan två dagar, plockig, vänd dygnsrytm. U-sticka nitrit pos. "
                    "Bild som vid delirium, ev. utlöst av UVI. Urinodling, avvaktar antibiotika "
                    "till svar då pat är afebril."),
  ])],
  [("NL102", "n1")], [],
  "geriatric note with 'Bild som vid delirium' and 'ev. utlöst av UVI'")

C("d44-geri-mojlig-parkinsonism", "skane", pt("1941-11-11", "319"),
  [N("n1", M, "Läkaranteckning", "lsk_geri", "Leif Johansson", L,
     "2024-08-27T14:05", None, SV, [
      ("Status", "Vilotremor hö hand, minskad armsving, små trippande steg, rigiditet hö arm."),
      ("Bedömning", "Möjlig parkinsonism, läkemedelsutlöst genes (Haldol sedan en månad) får "
                    "övervägas. Haldol sätts ut, remiss neurolog."),
  ])],
  [("NL102", "n1")], [],
  "'Möjlig parkinsonism' in a geriatric rehabilitation note")

# --- psychiatry ----------------------------------------------------------
C("d44-psyk-misstankt-bipolar", "vgr", pt("1994-03-09", "624"),
  [N("n1", M, "Mottagningsanteckning", "su_psyk", "Emma Sundqvist", L,
     "2024-02-27T15:30", 80, OV, [
      ("Anamnes", "Perioder med minskat sömnbehov, ökad energi och impulsivt bilköp, varvat med djupa depressioner."),
      ("Bedömning", "Misstänkt bipolär sjukdom typ II. Utredning startas med livsdiagram och "
                    "strukturerad intervju; sertralin trappas inte upp i väntan på detta."),
  ])],
  [("NL102", "n1")], [],
  "psychiatric note with 'Misstänkt bipolär sjukdom typ II'")

C("d44-psyk-fragestallning-adhd", "skane", pt("1998-07-14", "357"),
  [N("n1", M, "Mottagningsanteckning", "hbg_psyk", "Jakob Lind", L,
     "2024-09-10T13:15", None, OV, [
      ("Anamnes", "Koncentrationssvårigheter sedan skolåren, tappar bort saker, avbrutit två utbildningar."),
      ("Planering", "Remiss för neuropsykiatrisk utredning skickad med frågeställning ADHD."),
  ])],
  [("NL102", "n1")], [],
  "'frågeställning ADHD' in a referral plan")

C("d44-psyk-kan-rora-sig-om-psykos", "vgr", pt("2003-05-21", "179"),
  [N("n1", M, "Akutanteckning", "kung_psyk", "Sebastian Holmgren", L,
     "2024-11-17T22:40", 60, OV, [
      ("Bedömning", "Hör röster som kommenterar honom sedan tre veckor, slutat gå till jobbet, "
                    "cannabis i helgerna. Kan röra sig om en debuterande psykos, drogutlöst "
                    "genes får övervägas. Frivillig inläggning accepteras."),
  ])],
  [("NL102", "n1")], [],
  "'Kan röra sig om en debuterande psykos'")

# --- protection-related positives ------------------------------------------
C("d44-skane-sokord-tidiga-hypoteser-skyddar-ej", "skane", pt("1951-02-02", "236"),
  [N("n1", M, "Läkaranteckning", "lund_lung", "Martin Svensson", L,
     "2024-03-13T10:25", 30, OV, [
      ("Anamnes", "Rökare 40 paketår, hosta och viktnedgång fem kilo sedan jul."),
      ("Tidiga hypoteser", "Misstänkt lungcancer vä överlob efter rtg, DT thorax bokad."),
      ("Planering", "Återbesök efter DT. Spirometri samma dag."),
  ])],
  [("NL102", "n1")], [],
  "Skåne protects by template only: a section named Tidiga hypoteser in an ordinary Läkaranteckning is visible")

C("d44-vgr-tidhyp-plus-synlig-bedomning", "vgr", pt("1965-08-12", "397"),
  [N("n1", M, "Mottagningsanteckning", "sks_med", "Therese Björk", L,
     "2024-04-24T14:00", 55, OV, [
      ("Aktuellt", "Remiss från VC för förhöjda levervärden, ALAT 2,4, GT 3,8."),
      ("Tidiga hypoteser", "Ferritin 1450, transferrinmättnad 78 %. Misstänkt hemokromatos, genetik skickad."),
      ("Bedömning", "Trolig fettlever, UL lever bokat. Alkoholkonsumtion ca 10 standardglas/v."),
  ])],
  [("NL102", "n1")], [],
  "VGR: one hypothesis is protected under sökord Tidiga hypoteser but another hedged diagnosis stands in Bedömning")

C("d44-multinote-hypotes-lacker-till-synlig", "skane", pt("1949-10-30", "153"),
  [N("n1", M, "Tidiga hypoteser", "lund_hem", "Eva Rydberg", L,
     "2024-05-06T09:30", 20, OV, [
      ("Bedömning", "M-komponent IgG 28 g/L, Hb 104, kreatinin stigande. Misstänkt myelom, "
                    "benmärgsprov planeras innan pat informeras."),
   ]),
   N("n2", M, "Läkaranteckning", "lund_hem", "Eva Rydberg", L,
     "2024-05-13T10:15", 25, OV, [
      ("Åtgärd", "Benmärgsprov utfört från bakre höftbenskam, väl tolererat."),
      ("Bedömning", "Misstänkt myelom enligt tidigare bedömning, svar om en vecka."),
   ])],
  [("NL102", "n2")], [("NL102", "n1")],
  "hypothesis protected in Skåne template Tidiga hypoteser (n1) is copied into a later ordinary note (n2)")

C("d44-oklart-om-reaktiv-artrit", "vgr", pt("1992-12-19", "415"),
  [N("n1", M, "Mottagningsanteckning", "su_reum", "Lina Holmberg", L,
     "2024-07-09T11:30", 70, OV, [
      ("Bedömning", "Svullet hö knä och vä fotled två veckor efter en gastroenterit. Oklart om det "
                    "rör sig om en reaktiv artrit eller debut av spondylartrit. Ledpunktion: grumlig, odling tagen."),
  ])],
  [("NL102", "n1")], [],
  "'Oklart om det rör sig om' with two candidate diagnoses")

C("d44-negerad-plus-trolig-bronkit", "skane", pt("1977-01-05", "318"),
  [N("n1", M, "Mottagningsanteckning", "tre_med", "Hampus Wallin", L,
     "2024-12-09T15:10", 35, OV, [
      ("Bedömning", "Rtg pulm utan tecken på pneumoni. Trolig akut bronkit, ingen antibiotika."),
  ])],
  [("NL102", "n1")], [],
  "a negated diagnosis next to a hedged one in the same assessment")

C("d44-relativ-och-patient-fibroadenom", "vgr", pt("1985-06-06", "586"),
  [N("n1", M, "Mottagningsanteckning", "sas_bröst", "Helena Öberg", L,
     "2024-03-21T13:45", 50, OV, [
      ("Anamnes", "Mamma opererad för bröstcancer vid 52 års ålder. Pat har känt en rörlig knöl "
                  "i hö bröst sedan en månad."),
      ("Bedömning", "Mammografi + UL: välavgränsad 12 mm förändring, misstänkt fibroadenom. "
                    "Mellannålsbiopsi tas idag."),
  ])],
  [("NL102", "n1")], [],
  "a relative's disease next to the patient's own suspected diagnosis")

C("d44-barn-misstankt-mykoplasma", "skane", pt("2016-02-11", "284"),
  [N("n1", M, "Akutanteckning", "lund_barn", "Malin Rosén", L,
     "2024-10-30T18:20", 40, OV, [
      ("Bedömning", "8-årig flicka med hosta i tre veckor, subfebril, trött. Fläckvisa rassel bilat. "
                    "Misstänkt mykoplasmapneumoni, ger Erytromycin i tio dagar."),
  ])],
  [("NL102", "n1")], [],
  "child under 13 (guardian reads the journal): 'Misstänkt mykoplasmapneumoni'")

# =====================================================================
# NL102 must_not: hard negatives
# =====================================================================

# --- negated / ruled out -------------------------------------------------
C("d44-neg-dikt-ingen-misstanke-lungemboli", "vgr", pt("1973-03-15", "271"),
  [N("n1", M, "Akutanteckning", "nal_akut", "Sara Lindahl", L,
     "2024-03-03T12:10", 45, OV, [
      ("Bedömning", "patienten har haft hugg i bröstet vid djupandning sedan igår efter att ha "
                    "flyttat möbler punkt saturation nittioåtta procent puls sjuttiotvå punkt ömhet "
                    "vid palpation över revbenen på höger sida punkt wells låg och D-dimer under "
                    "gränsvärdet ingen misstanke om lungemboli punkt muskuloskeletal smärta punkt "
                    "alvedon och ipren vid behov"),
  ])],
  [], [("NL102", "n1")],
  "dictated run-on text; the only diagnosis named is negated ('ingen misstanke om lungemboli')")

C("d44-neg-typo-ingen-missanke-appendicit", "skane", pt("1995-09-27", "430"),
  [N("n1", M, "Akutanteckning", "tre_kir", "Ahmad Karimi", L,
     "2024-04-06T20:40", 30, OV, [
      ("Bedömning", "Diffus buksmärta, mjuk och oöm buk, ingen släppömhet, CRP 4. Ingen missanke "
                    "om appendicit. Hem med råd."),
  ])],
  [], [("NL102", "n1")],
  "typo inside the negation ('Ingen missanke om appendicit') is still a negation")

C("d44-neg-ct-neg-for-le", "vgr", pt("1956-07-04", "183"),
  [N("n1", M, "Daganteckning", "sas_med", "Tomasz Nowak", L,
     "2024-05-08T09:20", 40, SV, [
      ("Bedömning", "CT pulmonalis neg för LE, D-dimer falskt förhöjt efter operationen. Pat "
                    "mobiliseras, hem i morgon."),
  ])],
  [], [("NL102", "n1")],
  "non-native abbreviation 'neg för LE' = negative for pulmonary embolism")

C("d44-neg-acs-ruled-out", "skane", pt("1964-10-02", "219"),
  [N("n1", M, "Akutanteckning", "hbg_akut", "Yasmin Haddad", L,
     "2024-06-15T06:05", 55, OV, [
      ("Bedömning", "ACS ruled out – TnT 5 → 6, EKG utan ischemi. Bröstsmärtan bedöms som "
                    "muskuloskeletal, hem med NSAID."),
  ])],
  [], [("NL102", "n1")],
  "English 'ruled out' negates ACS")

C("d44-neg-talar-emot-kolecystit", "vgr", pt("1982-02-20", "644"),
  [N("n1", M, "Mottagningsanteckning", "udd_kir", "Mikael Lindqvist", L,
     "2024-07-11T10:50", 45, OV, [
      ("Bedömning", "Lab och UL talar emot kolecystit, gallblåsan tunnväggig utan konkrement. "
                    "Dyspepsi, PPI-behandling provas fyra veckor."),
  ])],
  [], [("NL102", "n1")],
  "'talar emot kolecystit' negates the diagnosis")

C("d44-neg-versaler-fraktur-uteslutes", "skane", pt("2000-11-26", "253"),
  [N("n1", M, "Akutanteckning", "kri_ortakut", "Oliver Strömberg", L,
     "2024-09-01T16:35", 20, OV, [
      ("Bedömning", "VRICKADE VÄ FOTLED I FOTBOLL. SVULLNAD LATERALT, KAN GÅ 4 STEG. RTG: FRAKTUR "
                    "UTESLUTES. DISTORSION, ELEVATION OCH LINDNING."),
  ])],
  [], [("NL102", "n1")],
  "capitals; 'FRAKTUR UTESLUTES' is a ruled-out diagnosis, distorsion is confirmed")

C("d44-neg-rtg-inga-tecken-pneumoni", "vgr", pt("1979-12-30", "176"),
  [N("n1", M, "Mottagningsanteckning", "lid_med", "Anders Wikström", L,
     "2024-01-31T14:25", 30, OV, [
      ("Utredning", "Svar rtg pulm: Inga tecken på pneumoni. Normal hjärtstorlek. Inga pleuraexsudat."),
      ("Bedömning", "Virusorsakad luftvägsinfektion, symtomatisk behandling."),
  ])],
  [], [("NL102", "n1")],
  "pasted X-ray reply negates pneumonia; the assessment is confirmed")

C("d44-neg-misstanken-avskrivs", "skane", pt("1945-08-19", "322"),
  [N("n1", M, "Mottagningsanteckning", "lund_reum", "Kristina Alm", L,
     "2024-02-08T13:40", None, OV, [
      ("Bedömning", "Misstanken om temporalisarterit avskrivs – SR 12, CRP <1 och temporalisbiopsi "
                    "utan arterit. Prednisolon trappas ut på två veckor."),
  ])],
  [], [("NL102", "n1")],
  "'Misstanken om ... avskrivs': the word misstanke appears but the diagnosis is dismissed")

C("d44-fs-inget-skal-att-misstanka", "vgr", pt("1967-06-08", "584"),
  [N("n1", M, "Mottagningsanteckning", "ali_mott", "Camilla Nyberg", L,
     "2024-06-20T09:55", 35, OV, [
      ("Bedömning", "Fästingbett för en vecka sedan, ingen rodnad kring bettet. Inget skäl att "
                    "misstänka borrelios i detta skede. Patienten kontaktar hälsocentralen ifall "
                    "det uppstår ett utslag."),
  ])],
  [], [("NL102", "n1")],
  "Finland-Swedish negation 'Inget skäl att misstänka' plus a conditional with 'ifall'")

C("d44-dikt-kolon-neg-koloncancer", "skane", pt("1960-04-13", "237"),
  [N("n1", M, "Läkaranteckning", "mal_kir", "Jonas Persson", L,
     "2024-08-06T12:05", 90, OV, [
      ("Åtgärd", "koloskopi utförd normal slemhinna upp till caecum punkt inga polyper punkt "
                 "bedömning kolon ingen misstanke om koloncancer punkt hemorrojder grad två"),
  ])],
  [], [("NL102", "n1")],
  "dictation with 'kolon' as punctuation word next to a negated 'koloncancer'")

C("d44-lista-negerade-diagnoser", "vgr", pt("1958-01-23", "426"),
  [N("n1", M, "Mottagningsanteckning", "sas_med", "Elif Yilmaz", L,
     "2024-10-03T11:10", 50, OV, [
      ("Bedömning", "- Ej DVT (UL ven ua)\n- Ej erysipleas, afebril och ingen rodnad\n"
                    "- Lymfödem vä ben efter lymfkörtelutrymning, remiss lymfterapeut"),
  ])],
  [], [("NL102", "n1")],
  "bullet list of negated diagnoses ('Ej DVT', 'Ej erysipleas' with a typo) and one confirmed")

# --- relative's disease ----------------------------------------------------
C("d44-relativ-mor-trolig-alzheimer", "skane", pt("1966-11-09", "348"),
  [N("n1", M, "Mottagningsanteckning", "hbg_psyk", "Jakob Lind", L,
     "2024-03-27T14:10", 40, OV, [
      ("Anamnes", "Pat är anhörigvårdare åt sin mamma, som enligt pat har trolig Alzhiemer och "
                  "bor kvar hemma. Pat sover dåligt och gråter lätt."),
      ("Bedömning", "Akut stressreaktion utlöst av anhörigsituationen, sjukskrivs 50 % två veckor."),
  ])],
  [], [("NL102", "n1")],
  "the hedged diagnosis ('trolig Alzhiemer', typo) belongs to the patient's mother")

C("d44-nn-relativ-bror-susp-ms", "vgr", pt("1988-08-17", "562"),
  [N("n1", M, "Mottagningsanteckning", "nal_neuro", "Katarzyna Wiśniewska", L,
     "2024-04-30T10:35", 60, OV, [
      ("Anamnes", "Pat berättar att hennes bror har susp MS, han utreds i Göteborg. Pat själv har "
                  "domningar dig I-III hö hand nattetid."),
      ("Bedömning", "Neurostatus is normal. ENeG: karpaltunnelsyndrom hö. Remiss handkirurg."),
  ])],
  [], [("NL102", "n1")],
  "non-native note; 'susp MS' is the brother's, the patient's diagnosis is confirmed")

C("d44-hereditet-lista-med-fragetecken", "skane", pt("1976-05-28", "135"),
  [N("n1", M, "Mottagningsanteckning", "ang_med", "Gustav Berg", L,
     "2024-11-12T09:30", 45, OV, [
      ("Anamnes", "Hereditet:\n- Far ? hjärtinfarkt vid 55 års ålder\n- Farbror ev. kardiomyopati\n"
                  "- Syster frisk\nHjärtklappning vid ansträngning sedan i våras."),
      ("Bedömning", "Holter: enstaka VES, i övrigt sinusrytm. Eko ua. Benigna ventrikulära extraslag, ingen åtgärd."),
  ])],
  [], [("NL102", "n1")],
  "hereditary list with '?' and 'ev.' on relatives' diseases only")

# --- hedge on something that is no diagnosis --------------------------------
C("d44-plan-ev-remiss-gonartros", "vgr", pt("1950-02-14", "179"),
  [N("n1", M, "Mottagningsanteckning", "ali_orto", "Karl Gunnarsson", L,
     "2024-02-12T13:20", None, OV, [
      ("Bedömning", "Rtg hö knä med belastning: medial ledspaltsförsmalning och osteofyter. Gonartros "
                    "hö knä. Artrosskola via fysioterapeut, ev. remiss för protesbedömning om otillräcklig effekt."),
  ])],
  [], [("NL102", "n1")],
  "'ev.' hedges a referral; the diagnosis is confirmed")

C("d44-plan-trolig-utskrivning", "skane", pt("1938-03-06", "212"),
  [N("n1", M, "Daganteckning", "hlm_med", "Sofia Mattsson", L,
     "2024-01-18T12:30", 45, SV, [
      ("Bedömning", "Pneumonin i regress, CRP från 210 till 45. Afebril sedan två dygn. Trolig "
                    "utskrivning i morgon om fortsatt stabil, PcV per os totalt 10 dagar."),
  ])],
  [], [("NL102", "n1")],
  "'Trolig utskrivning' hedges a plan, the pneumonia is established")

C("d44-symptom-eventuellt-feber-dikt", "vgr", pt("1997-10-18", "644"),
  [N("n1", M, "Läkaranteckning", "nal_avd12", "Hanna Bergström", L,
     "2024-11-25T10:05", 25, OV, [
      ("Bedömning", "pat uppger att hon eventuellt hade lite feber i förrgår men har inte mätt punkt "
                    "i övrigt hosta och snuva sedan en vecka punkt lungor auskultatoriskt rena punkt "
                    "förkylning ingen åtgärd"),
  ])],
  [], [("NL102", "n1")],
  "dictated; 'eventuellt' hedges a symptom (fever), not a diagnosis")

C("d44-lab-ev-hemolyserat-prov", "skane", pt("1955-12-22", "391"),
  [N("n1", M, "Daganteckning", "kri_med", "Maria Lundgren", L,
     "2024-02-26T11:00", 35, SV, [
      ("Lab", "Na 139\nK 6,2 H  *Hemolys, ev. falskt förhöjt värde*\nKrea 78\nCRP 3"),
      ("Bedömning", "Omtag av kalium venöst utan stas: 4,1. Normokalemi, ingen åtgärd."),
  ])],
  [], [("NL102", "n1")],
  "pasted lab block with a hedged laboratory remark ('ev. falskt förhöjt'), no hedged diagnosis")

C("d44-rtg-rorelseartefakter", "vgr", pt("1936-09-12", "157"),
  [N("n1", M, "Akutanteckning", "kung_akut", "Nils Forsberg", L,
     "2024-07-27T01:50", 90, SV, [
      ("Utredning", "Svar DT hjärna utan kontrast: Ingen blödning. Inga tecken till infarkt. "
                    "Bedömningen försvåras av rörelseartefakter."),
      ("Bedömning", "Commotio efter fall i hemmet, observation 24 h på avdelningen."),
  ])],
  [], [("NL102", "n1")],
  "pasted CT reply: negated bleeding/infarct and a technical limitation, no hedged diagnosis")

C("d44-symptom-yrsel-oklar-genes", "skane", pt("1962-06-03", "463"),
  [N("n1", M, "Mottagningsanteckning", "ys_med", "Ida Magnusson", L,
     "2024-04-23T15:20", 40, OV, [
      ("Bedömning", "Yrsel av oklar genes sedan tre veckor. Ortostatiskt prov ua, EKG sinusrytm. "
                    "Fortsatt utredning med 48 h Holter."),
  ])],
  [], [("NL102", "n1")],
  "uncertainty about a symptom's cause ('oklar genes') without any named diagnosis")

C("d44-fs-eventuellt-rontgen-ifall", "vgr", pt("1971-01-29", "212"),
  [N("n1", M, "Mottagningsanteckning", "udd_orto", "Henrik Holmström", L,
     "2024-03-05T08:40", 50, OV, [
      ("Bedömning", "Ryggsmärta efter lyft, inga neurologiska bortfall. Lumbago. Eventuellt röntgen "
                    "ifall besvären inte lindras inom fyra veckor. Fysioterapeut kontaktas."),
  ])],
  [], [("NL102", "n1")],
  "Finland-Swedish 'Eventuellt röntgen ifall ...': hedged investigation, confirmed lumbago")

C("d44-plan-trol-dosjustering-waran", "skane", pt("1943-07-21", "336"),
  [N("n1", M, "Telefonanteckning", "hbg_ak", "Gunilla Åberg", SSK,
     "2024-05-29T10:15", 10, OV, [
      ("Telefonkontakt", "PK 3,6. Trol. behov av dosjustering av Waran, ansvarig läkare tillfrågas "
                         "och pat återkommer i eftermiddag. Förmaksflimmer sedan 2019."),
  ])],
  [], [("NL102", "n1")],
  "nurse's phone note: 'Trol.' hedges a dose change, atrial fibrillation is established")

C("d44-psyk-mojligen-angest-symptom", "vgr", pt("1984-02-02", "419"),
  [N("n1", M, "Daganteckning", "kung_psyk", "Sebastian Holmgren", L,
     "2024-08-23T13:35", 30, SV, [
      ("Bedömning", "Möjligen något ökad oro inför helgpermissionen, sover sämre. Recidiverande "
                    "depression, nu i remission, fortsatt sertralin 100 mg."),
  ])],
  [], [("NL102", "n1")],
  "psychiatry: 'Möjligen' hedges a symptom (worry); the depression is an established diagnosis")

# --- conditional -----------------------------------------------------------
C("d44-villkor-om-feber-sok-akut", "skane", pt("1959-05-12", "288"),
  [N("n1", M, "Mottagningsanteckning", "hbg_inf", "Petra Lindström", L,
     "2024-06-26T11:25", 35, OV, [
      ("Bedömning", "Erysipelas vä underben, förbättrad på PcV. Om feber eller spridning av rodnaden, sök akut."),
  ])],
  [], [("NL102", "n1")],
  "confirmed diagnosis plus a conditional instruction")

C("d44-villkor-fs-ifall-blodpropp", "vgr", pt("1981-09-03", "532"),
  [N("n1", M, "Mottagningsanteckning", "sks_orto", "Peter Sandberg", L,
     "2024-12-04T14:45", 40, OV, [
      ("Bedömning", "Gipsad vä underben efter bimalleolär fotledsfraktur, Fragmin 5000 E under "
                    "gipstiden. Ifall vaden svullnar eller blir öm ska patienten genast kontakta "
                    "mottagningen, då måste blodpropp uteslutas."),
  ])],
  [], [("NL102", "n1")],
  "Finland-Swedish conditional ('Ifall ... då måste blodpropp uteslutas'); the fracture is confirmed")

# --- confirmed -------------------------------------------------------------
C("d44-bekraftad-radiusfraktur", "skane", pt("1942-04-09", "248"),
  [N("n1", M, "Akutanteckning", "ys_orto", "Viktor Åkesson", L,
     "2024-02-17T15:55", 30, OV, [
      ("Utredning", "Rtg vä handled: distal radiusfraktur med dorsal felställning 20°."),
      ("Åtgärd", "Reponeras i hematomblockad, dorsal gipsskena. Kontroll-rtg om en vecka."),
  ])],
  [], [("NL102", "n1")],
  "pasted X-ray reply with a confirmed fracture")

C("d44-bekraftad-pad-basalcellscancer", "vgr", pt("1948-06-27", "381"),
  [N("n1", M, "Läkaranteckning", "su_hud", "Lina Holmberg", L,
     "2024-03-14T09:10", 20, OV, [
      ("Bedömning", "PAD: nodulär basalcellscancer, radikalt exciderad. Pat informerad per brev, "
                    "ingen ytterligare åtgärd."),
  ])],
  [], [("NL102", "n1")],
  "confirmed diagnosis from a pathology reply")

C("d44-bekraftad-dikt-diabetes-siffror", "skane", pt("1959-01-31", "426"),
  [N("n1", M, "Mottagningsanteckning", "mal_endo", "Erik Holm", L,
     "2024-09-19T10:40", 180, OV, [
      ("Bedömning", "sextiofemårig kvinna med känd diabetes typ två sedan tjugo år tillbaka punkt "
                    "HbA1c sextioåtta punkt ökar metformin till ettusen milligram två gånger dagligen"),
  ])],
  [], [("NL102", "n1")],
  "dictated numbers as words; 'känd diabetes typ två' is confirmed")

C("d44-bekraftad-typo-diabetis-typ1", "vgr", pt("1999-04-15", "624"),
  [N("n1", M, "Läkaranteckning", "nal_diab", "Oskar Dahl", L,
     "2024-04-09T08:30", 45, SV, [
      ("Bedömning", "Diabetis typ 1 sedan barndomen, insulinpump. Ketoacidosen nu hävd, pH 7,38."),
  ])],
  [], [("NL102", "n1")],
  "typo 'Diabetis' in a confirmed, long-standing diagnosis")

# --- protected place -------------------------------------------------------
C("d44-skydd-skane-mall-tidhyp-dikt", "skane", pt("1952-08-22", "159"),
  [N("n1", M, "Tidiga hypoteser", "ys_med", "Anna-Maria Sjöblom", L,
     "2024-10-01T16:10", 30, OV, [
      ("Bedömning", "viktnedgång åtta kilo på tre månader och nydebuterad diabetes punkt CA 19-9 "
                    "förhöjt punkt misstänkt pankreascancer punkt DT buk bokad innan något sägs till patienten"),
  ])],
  [], [("NL102", "n1")],
  "dictated hedged diagnosis kept in the Skåne template Tidiga hypoteser")

C("d44-skydd-vgr-sokord-tidhyp", "vgr", pt("1957-03-17", "447"),
  [N("n1", M, "Mottagningsanteckning", "lid_med", "Anders Wikström", L,
     "2024-08-15T13:05", 40, OV, [
      ("Aktuellt", "Återbesök för uppföljning av hypertoni. Blodtryck 138/84 på nuvarande behandling."),
      ("Tidiga hypoteser", "Kalcium 2,78 upprepat, PTH i övre normalområdet. Möjlig primär "
                           "hyperparatyreoidism, ev. även malign orsak – DT thorax/buk planeras."),
      ("Planering", "Nya prover om två veckor. Fortsatt Enalapril 10 mg."),
  ])],
  [], [("NL102", "n1")],
  "VGR: hedged diagnoses only under the sökord Tidiga hypoteser; visible sections hold none")

C("d44-skydd-skane-mall-versaler", "skane", pt("1990-12-04", "268"),
  [N("n1", M, "Tidiga hypoteser", "mal_neuro", "Karin Sjöberg", L,
     "2024-05-23T15:30", None, OV, [
      ("Bedömning", "MR HJÄRNA: MULTIPLA PERIVENTRIKULÄRA LESIONER. MISSTÄNKT MS. LP OCH VEP INNAN BESKED TILL PAT."),
  ])],
  [], [("NL102", "n1")],
  "capitals in the Skåne template Tidiga hypoteser (unsigned draft)")

C("d44-skydd-vgr-tidhyp-nn-myelom", "vgr", pt("1954-11-28", "193"),
  [N("n1", M, "Mottagningsanteckning", "su_hem", "Rajesh Iyer", L,
     "2024-09-24T11:40", 50, OV, [
      ("Status", "Pat feels tired, Hb 102, ingen lymfadenopati, ingen hepatosplenomegali."),
      ("Tidiga hypoteser", "susp myelom pga M-komponent IgA 22 g/L och kreatinin stigande, bm-prov next week"),
      ("Planering", "Återbesök 2 v. Prover: Hb, krea, Ca."),
  ])],
  [], [("NL102", "n1")],
  "non-native English-mixed hypothesis kept under VGR sökord Tidiga hypoteser")

# --- PMO (primary care, Skåne): diagnoses never shown --------------------
C("d44-pmo-misstankt-cystit", "skane", pt("1993-08-11", "486"),
  [N("n1", P, "Besöksanteckning", "vc_nasby", "Johanna Friberg", L,
     "2024-01-25T10:20", 15, OV, [
      ("Bedömning", "Sveda och täta trängningar två dagar, ingen feber. U-sticka nitrit pos. "
                    "Misstänkt okomplicerad cystit, Selexid 3 dagar."),
  ])],
  [], [("NL102", "n1")],
  "PMO vårdcentral note: hedged diagnosis is never shown")

C("d44-pmo-dikt-trolig-pneumoni", "skane", pt("1951-12-16", "217"),
  [N("n1", P, "Läkaranteckning", "vc_lindeborg", "Samir Haddad", L,
     "2024-03-11T15:35", 120, OV, [
      ("Bedömning", "hostar sedan tio dagar har nu fått feber trettioåtta komma fem och ont vid "
                    "djupandning på vänster sida krepitationer vänster basalt CRP åttiofem trolig "
                    "pneumoni vänster sida kåvepenin en gram gånger tre i sju dagar"),
  ])],
  [], [("NL102", "n1")],
  "dictated hedged diagnosis in a PMO note")

C("d44-pmo-ddx-lista", "skane", pt("1974-04-25", "354"),
  [N("n1", P, "Besöksanteckning", "vc_tabelund", "Dmitri Volkov", L,
     "2024-07-16T13:10", 40, OV, [
      ("Bedömning", "Buksmärta epigastriet tre veckor.\nddx:\n- gastrit\n- ulcus\n- gallsten\n"
                    "Plan: Hp-test, lab, UL buk via remiss."),
  ])],
  [], [("NL102", "n1")],
  "non-native 'ddx' list in a PMO note")

C("d44-pmo-typo-missankt-borrelia", "skane", pt("1964-08-30", "266"),
  [N("n1", P, "Sjuksköterskeanteckning", "vc_simrishamn", "Maja Ekström", SSK,
     "2024-08-08T09:00", 10, OV, [
      ("Telefonkontakt", "Ringformat utslag hö vad sedan en vecka efter fästingbett. Missänkt "
                         "borrelia, tid till dr i morgon kl 9.20."),
  ])],
  [], [("NL102", "n1")],
  "typo 'Missänkt' in a PMO nurse note")

C("d44-pmo-versaler-fragetecken-diabetes", "skane", pt("1969-10-06", "431"),
  [N("n1", P, "Besöksanteckning", "vc_sjobo", "Bengt Lundin", L,
     "2024-10-17T08:45", None, OV, [
      ("Bedömning", "HÄLSOKONTROLL. FP-GLUKOS 7,6. ? DIABETES TYP 2. NYTT FASTEPROV + HBA1C OM 2 V."),
  ])],
  [], [("NL102", "n1")],
  "capitals with '?' in a PMO note (unsigned draft)")

# --- past history / other hard negatives ---------------------------------
C("d44-tidigare-misstankt-ra-avskriven", "vgr", pt("1972-09-14", "584"),
  [N("n1", M, "Akutanteckning", "udd_akut", "Frida Ahlström", L,
     "2024-05-15T19:25", 35, OV, [
      ("Anamnes", "Tidigare: 2019 misstänkt RA pga ledvärk, utredd på reumatologen och avskrevs "
                  "(anti-CCP neg, ingen synovit)."),
      ("Bedömning", "Akut lumbago efter lyft, inga neurologiska bortfall. Smärtlindring och rörelse."),
  ])],
  [], [("NL102", "n1")],
  "an old suspicion that was dismissed years ago, current diagnosis confirmed")

C("d44-patient-oro-cancer-ej-misstanke", "skane", pt("1970-02-25", "319"),
  [N("n1", M, "Mottagningsanteckning", "hbg_onh", "Mats Olofsson", L,
     "2024-11-06T14:15", 45, OV, [
      ("Anamnes", "Pat orolig för halscancer sedan en kollega drabbats. Hes två veckor efter en förkylning."),
      ("Bedömning", "Laryngoskopi: normala stämband, lätt rodnad. Inget som inger misstanke om "
                    "malignitet. Viral laryngit, röstvila."),
  ])],
  [], [("NL102", "n1")],
  "the patient's own worry about cancer, dismissed by the physician")

C("d44-nn-lab-bekraftad-anemi-w-u", "vgr", pt("1947-05-02", "138"),
  [N("n1", M, "Läkaranteckning", "ali_med", "Mohammed Al-Sayed", L,
     "2024-06-04T11:55", 60, SV, [
      ("Lab", "Hb 88 L\nMCV 69 L\nFerritin 4 L\nCRP 2"),
      ("Bedömning", "Järnbristanemi. w/u: gastroskopi + koloskopi, järninfusion idag."),
  ])],
  [], [("NL102", "n1")],
  "pasted lab block, a confirmed anaemia and an English 'w/u' (workup) plan")

C("d44-barn-ingen-misstanke-meningit", "vgr", pt("2020-03-19", "295"),
  [N("n1", M, "Akutanteckning", "dsbus", "Malin Ekberg", L,
     "2024-12-11T20:05", 30, OV, [
      ("Bedömning", "4-årig pojke med feber 39,5 sedan i morse. Pigg mellan febertopparna, ej "
                    "nackstel, inga petekier. Ingen misstanke om meningit. Otit vä, ger Kåvepenin."),
  ])],
  [], [("NL102", "n1")],
  "child under 13: negated meningitis, confirmed otitis")

# =====================================================================
# NL101 must: diagnosis visible, patient not (yet) told
# =====================================================================

C("d44-101-dikt-rektumcancer-ej-informerad", "skane", pt("1953-06-19", "371"),
  [N("n1", M, "Läkaranteckning", "mal_kir", "Jonas Persson", L,
     "2024-02-15T13:20", 240, OV, [
      ("Bedömning", "koloskopi idag visade en tumör i rektum tio centimeter från anus punkt PAD från "
                    "förra veckans biopsi visar adenokarcinom punkt patienten är ännu inte informerad "
                    "om cancerbeskedet punkt ringer in honom till mottagningen på torsdag tillsammans "
                    "med kontaktsjuksköterska"),
  ])],
  [("NL101", "n1")], [],
  "dictated run-on text: rectal adenocarcinoma stated, patient 'ännu inte informerad'")

C("d44-101-nn-not-informed-yet", "vgr", pt("1950-10-08", "253"),
  [N("n1", M, "Läkaranteckning", "su_lung", "Rajesh Iyer", L,
     "2024-03-07T15:45", 50, OV, [
      ("Bedömning", "Bronkoskopi biopsi: skivepitelcancer vä huvudbronk. Pat not informed yet, "
                    "familjesamtal planned on Thursday med dotter."),
  ])],
  [("NL101", "n1")], [],
  "non-native English mix 'Pat not informed yet' after a stated lung cancer")

C("d44-101-versaler-melanom", "skane", pt("1967-01-21", "148"),
  [N("n1", M, "Läkaranteckning", "kri_hud", "Ana Ribeiro", L,
     "2024-04-03T11:05", 25, OV, [
      ("Bedömning", "PAD: MALIGNT MELANOM, TJOCKLEK 1,4 MM. PAT EJ INFORMERAD – BESKED PÅ "
                    "MOTTAGNINGEN 12/4, KALLELSE SKICKAD."),
  ])],
  [("NL101", "n1")], [],
  "capitals: melanoma stated and 'PAT EJ INFORMERAD'")

C("d44-101-gemener-ms-ej-info", "vgr", pt("1993-07-26", "428"),
  [N("n1", M, "Läkaranteckning", "nal_neuro", "Katarzyna Wiśniewska", L,
     "2024-05-16T16:10", 60, OV, [
      ("Bedömning", "mr med fler än nio t2-lesioner samt lp med oligoklonala band. diagnos ms "
                    "ställd på neurorond idag. pat ej info ännu, får besked av ansvarig neurolog vid återbesök."),
  ])],
  [("NL101", "n1")], [],
  "all lower case, abbreviated 'pat ej info ännu' after a settled MS diagnosis")

C("d44-101-fs-underrattats-myelom", "skane", pt("1946-03-03", "216"),
  [N("n1", M, "Läkaranteckning", "lund_hem", "Henrik Holmström", L,
     "2024-06-05T14:30", None, OV, [
      ("Bedömning", "Benmärgsprovet visar 34 % plasmaceller, diagnosen multipelt myelom är därmed "
                    "fastställd. Patienten har ännu inte underrättats om diagnosen; samtal ordnas på "
                    "mottagningen nästa vecka."),
  ])],
  [("NL101", "n1")], [],
  "Finland-Swedish 'har ännu inte underrättats om diagnosen'")

C("d44-101-anhorig-vill-avvakta-levermetastaser", "vgr", pt("1937-12-05", "302"),
  [N("n1", M, "Daganteckning", "su_geri", "Ulrika Strand", L,
     "2024-07-04T13:50", 40, SV, [
      ("Bedömning", "DT buk: multipla levermetastaser, primärtumör ej säkert identifierad. Dottern "
                    "har bett att mamma inte ska få veta något förrän hon själv kan vara med. Vi "
                    "avvaktar därför med att informera pat till på måndag."),
  ])],
  [("NL101", "n1")], [],
  "geriatric ward: at the daughter's wish the patient is not told yet about liver metastases")

C("d44-101-informeras-i-morgon-pankreascancer", "skane", pt("1955-05-09", "337"),
  [N("n1", M, "Läkaranteckning", "hbg_kir", "Mats Olofsson", L,
     "2024-08-20T17:15", 30, SV, [
      ("Bedömning", "EUS-biopsi bekräftar adenokarcinom i pankreashuvudet. Pat informeras om "
                    "diagnosen i morgon av ansvarig överläkare, kurator bokad."),
  ])],
  [("NL101", "n1")], [],
  "the patient is to be told tomorrow, so not told when the note is written")

C("d44-101-lab-block-prostatacancer", "vgr", pt("1949-11-14", "279"),
  [N("n1", M, "Läkaranteckning", "sks_uro", "Peter Sandberg", L,
     "2024-04-05T10:25", 35, OV, [
      ("Lab", "PSA 86 µg/L H\nALP 4,2 µkat/L H\nKreatinin 92 µmol/L"),
      ("Utredning", "Biopsi: adenokarcinom prostata, Gleason 4+4.\nSkelettscint: multipla skelettmetastaser."),
      ("Planering", "Pat ej informerad om fynden ännu, tid hos urolog 3/5 tillsammans med hustrun."),
  ])],
  [("NL101", "n1")], [],
  "pasted lab and pathology block with a stated cancer; planning says patient not yet informed")

C("d44-101-psyk-schizofreni-ej-kommunicerad", "skane", pt("1996-09-29", "155"),
  [N("n1", M, "Mottagningsanteckning", "mal_psykos", "Jakob Lind", L,
     "2024-09-12T14:00", 75, OV, [
      ("Bedömning", "Utredningen är klar och kriterierna för schizofreni är uppfyllda. Diagnosen har "
                    "ännu inte kommunicerats med pat, som är misstänksam mot vården; samtal med pat "
                    "och kontaktperson om två veckor."),
  ])],
  [("NL101", "n1")], [],
  "psychiatry: schizophrenia diagnosis 'ännu inte kommunicerats med pat'")

C("d44-101-geri-alzheimer-ej-informerad", "vgr", pt("1942-08-01", "366"),
  [N("n1", M, "Mottagningsanteckning", "su_minne", "Birgitta Holm", L,
     "2024-05-02T15:20", 90, OV, [
      ("Bedömning", "Teamkonferens: Alzheimers sjukdom, lindrig demensgrad. Pat ej informerd om "
                    "diagnosen, återbesök med maken 14/5 då beskedet lämnas."),
  ])],
  [("NL101", "n1")], [],
  "memory clinic: dementia diagnosis set at team conference, typo 'ej informerd'")

C("d44-101-orto-kondrosarkom-ej-besked", "skane", pt("1979-02-16", "392"),
  [N("n1", M, "Läkaranteckning", "lund_orto", "Viktor Åkesson", L,
     "2024-10-24T12:40", None, OV, [
      ("Bedömning", "Biopsisvar: kondrosarkom grad II i proximala femur. Pat har inte fått besked än, "
                    "beskedet lämnas personligen vid mottagningsbesök på fredag, inte per telefon."),
  ])],
  [("NL101", "n1")], [],
  "orthopaedic tumour note (unsigned draft): 'Pat har inte fått besked än'")

C("d44-101-typo-ej-infromerad", "vgr", pt("1958-04-30", "424"),
  [N("n1", M, "Läkaranteckning", "nal_gyn", "Sofia Lundberg", L,
     "2024-02-29T09:35", 20, OV, [
      ("Bedömning", "PAD endometriebiopsi: endometrioid adenocarcinom grad 1. Pat ej infromerad, "
                    "ssk ringer och bokar tid för besked."),
  ])],
  [("NL101", "n1")], [],
  "typo 'ej infromerad' after a stated endometrial cancer")

C("d44-101-dikt-lymfom-inte-fatt-besked", "skane", pt("1962-12-27", "283"),
  [N("n1", M, "Läkaranteckning", "ys_med", "Ida Magnusson", L,
     "2024-03-19T16:00", 300, OV, [
      ("Bedömning", "lymfkörtelbiopsi från vänster axill visar diffust storcelligt b-cellslymfom "
                    "punkt patienten har inte fått beskedet om lymfomet än punkt remiss till "
                    "hematologen skickas idag"),
  ])],
  [("NL101", "n1")], [],
  "dictated: lymphoma stated and 'har inte fått beskedet om lymfomet än'")

C("d44-101-bullets-ventrikelcancer", "vgr", pt("1944-06-13", "177"),
  [N("n1", M, "Mottagningsanteckning", "kung_kir", "Lars Björklund", L,
     "2024-08-14T10:30", 50, OV, [
      ("Bedömning", "Ventrikelcancer enl PAD från gastroskopin 6/8."),
      ("Planering", "• Pat ej informerad idag – kom ensam, önskar ha med sonen\n"
                    "• Besked och MDK-info vid nytt besök 22/8\n"
                    "• DT thorax/buk för stadieindelning"),
  ])],
  [("NL101", "n1")], [],
  "bullet plan says the patient was not informed today; diagnosis stated in Bedömning")

C("d44-101-ssk-telefon-brostcancer", "skane", pt("1971-10-10", "446"),
  [N("n1", M, "Telefonanteckning", "mal_bröst", "Lotta Engström", SSK,
     "2024-06-18T13:40", 15, OV, [
      ("Telefonkontakt", "Pat ringer och frågar efter svar på biopsin. PAD visar invasiv duktal "
                         "bröstcancer. Enligt ansvarig läkare lämnas besked ej per telefon, pat ej "
                         "informerad om cancern. Tid bokad hos dr Ek i morgon kl 10."),
  ])],
  [("NL101", "n1")], [],
  "nurse's phone note states the cancer while saying the patient was not told")

C("d44-101-hiv-ej-nadd", "vgr", pt("1990-01-07", "315"),
  [N("n1", M, "Läkaranteckning", "sas_inf", "Lena Carlsson", L,
     "2024-11-08T11:15", 30, OV, [
      ("Bedömning", "HIV-1-infektion, konfirmerad med immunoblot. Pat ej nådd ännu och därmed inte "
                    "informerad; kallas till personligt besök, smittspårning efter beskedet."),
  ])],
  [("NL101", "n1")], [],
  "confirmed HIV infection documented before the patient has been reached and told")

C("d44-101-multinote-senare-besked", "skane", pt("1956-02-28", "251"),
  [N("n1", M, "Läkaranteckning", "mal_uro", "Erik Holm", L,
     "2024-06-10T14:05", 40, OV, [
      ("Utredning", "DT urografi: 5 cm kontrastladdande tumör i vä njure, njurcellscancer, inga metastaser."),
      ("Planering", "Pat ej informerad, besked vid återbesök 17/6 tillsammans med hustrun."),
   ]),
   N("n2", M, "Mottagningsanteckning", "mal_uro", "Erik Holm", L,
     "2024-06-17T10:30", 35, OV, [
      ("Bedömning", "Pat och hustru informerade om njurcancern idag. Laparoskopisk nefrektomi planeras."),
   ])],
  [("NL101", "n1")], [("NL101", "n2")],
  "the first note withholds a kidney cancer while visible; the later note records that the patient was told")

C("d44-101-misstankt-als-ej-informerad", "vgr", pt("1960-07-18", "232"),
  [N("n1", M, "Läkaranteckning", "nal_neuro", "Katarzyna Wiśniewska", L,
     "2024-09-03T15:00", 55, OV, [
      ("Bedömning", "ENeG: utbredd denervation i tre regioner. Misstänkt ALS. Pat ej informerad om "
                    "misstanken, vi vill först ha second opinion från SU."),
  ])],
  [("NL101", "n1"), ("NL102", "n1")], [],
  "a suspected diagnosis that the patient has not been told: both visible hypothesis and untold diagnosis")

C("d44-101-epikris-levermetastaser-konfusorisk", "skane", pt("1950-05-05", "359"),
  [N("n1", M, "Epikris", "hlm_med", "Stefan Popescu", L,
     "2024-10-11T12:00", 120, SV, [
      ("Epikris", "74-årig man inlagd för ikterus. DT visade multipla levermetastaser, primärtumör ej "
                  "identifierad. Pat är ej informerad om DT-fynden då han varit konfusorisk under "
                  "vårdtiden; informeras på onkologmottagningen."),
  ])],
  [("NL101", "n1")], [],
  "discharge summary by a non-native physician: metastases stated, patient not informed")

C("d44-101-dikt-blascancer-trott-idag", "vgr", pt("1945-09-01", "191"),
  [N("n1", M, "Läkaranteckning", "udd_uro", "Mikael Lindqvist", L,
     "2024-12-05T15:30", 200, OV, [
      ("Bedömning", "cystoskopi med resektion av papillär tumör i blåsan punkt PAD visar höggradig "
                    "urotelial cancer punkt eftersom patienten var mycket trött idag har vi inte "
                    "berättat om diagnosen punkt nytt besök på måndag"),
  ])],
  [("NL101", "n1")], [],
  "dictated: 'har vi inte berättat om diagnosen' after a stated bladder cancer")

# =====================================================================
# NL101 must_not
# =====================================================================

C("d44-101-neg-informerad-idag-koloncancer", "skane", pt("1952-11-02", "317"),
  [N("n1", M, "Mottagningsanteckning", "ys_kir", "Jonas Persson", L,
     "2024-01-17T14:30", 45, OV, [
      ("Bedömning", "Besked idag: koloncancer i colon ascendens enligt PAD. Pat informerad "
                    "tillsammans med hustrun, kontaktsjuksköterska närvarade."),
  ])],
  [], [("NL101", "n1")],
  "the patient was informed today")

C("d44-101-neg-opdatum-ej-informerad", "vgr", pt("1951-03-23", "288"),
  [N("n1", M, "Mottagningsanteckning", "sks_orto", "Karl Gunnarsson", L,
     "2024-02-20T09:45", 30, OV, [
      ("Bedömning", "Coxartros hö, röntgenverifierad, uttalade besvär. Anmäld för höftprotes. Pat ej "
                    "informerad om operationsdatum ännu, planeringen skickar kallelse."),
  ])],
  [], [("NL101", "n1")],
  "what the patient has not been told is the operation date, not the diagnosis")

C("d44-101-neg-remiss-ej-informerad", "skane", pt("1966-07-12", "236"),
  [N("n1", M, "Läkaranteckning", "hlm_orto", "Oliver Strömberg", L,
     "2024-03-28T11:50", 60, OV, [
      ("Utredning", "MR hö axel: fullständig ruptur av supraspinatussenan."),
      ("Planering", "Remiss till axelkirurg i Trelleborg skickad, pat ej informerad om att remissen gått iväg."),
  ])],
  [], [("NL101", "n1")],
  "what is untold is that a referral was sent")

C("d44-101-neg-normalt-dt-ej-meddelad", "vgr", pt("1985-10-31", "574"),
  [N("n1", M, "Akutanteckning", "kung_akut", "Nils Forsberg", L,
     "2024-04-14T23:10", 40, OV, [
      ("Utredning", "DT hjärna utan kontrast: ingen blödning, ingen expansivitet."),
      ("Bedömning", "Spänningshuvudvärk. Pat ej meddelad DT-svaret ännu, ringer i morgon förmiddag."),
  ])],
  [], [("NL101", "n1")],
  "what is untold is a normal CT result, not the diagnosis")

C("d44-101-neg-tidhyp-mall-skane", "skane", pt("1963-04-20", "417"),
  [N("n1", M, "Tidiga hypoteser", "lund_gastro", "Kristina Alm", L,
     "2024-05-21T13:10", 30, OV, [
      ("Bedömning", "Koloskopi: ulcererande tumör i sigmoideum, PAD visar adenokarcinom. Pat ej "
                    "informerad ännu, besked vid återbesök med kontaktsjuksköterska."),
  ])],
  [], [("NL101", "n1")],
  "the untold diagnosis is kept only in the Skåne template Tidiga hypoteser")

C("d44-101-neg-tidhyp-sokord-vgr", "vgr", pt("1957-08-08", "562"),
  [N("n1", M, "Mottagningsanteckning", "sas_gyn", "Helena Öberg", L,
     "2024-07-23T10:05", 45, OV, [
      ("Aktuellt", "Postmenopausal blödning, vaginalt ultraljud: endometrium 14 mm. Biopsi tagen."),
      ("Tidiga hypoteser", "Preliminärt endometriecancer enligt patolog per telefon. Pat ej informerad, inväntar slutligt PAD."),
      ("Planering", "Återbesök om två veckor."),
  ])],
  [], [("NL101", "n1")],
  "VGR: the untold diagnosis stands only under sökord Tidiga hypoteser")

C("d44-101-neg-pat-informerad-maken-ej", "skane", pt("1959-02-09", "428"),
  [N("n1", M, "Mottagningsanteckning", "lund_onk", "Eva Rydberg", L,
     "2024-09-09T15:40", 50, OV, [
      ("Bedömning", "Pat informerad om progress av lungcancern med nya hjärnmetastaser. Pat önskar "
                    "att maken inte informeras ännu, hon vill själv berätta i helgen."),
  ])],
  [], [("NL101", "n1")],
  "the patient is told; only the husband is not")

C("d44-101-neg-ingenting-om-information", "vgr", pt("1948-12-18", "297"),
  [N("n1", M, "Mottagningsanteckning", "ali_mott", "Therese Björk", L,
     "2024-10-29T13:25", 40, OV, [
      ("Bedömning", "Hjärtsvikt med nedsatt EF 30 %, NYHA II. Insätter Entresto, uppföljning hos "
                    "hjärtsviktssjuksköterska om tre veckor."),
  ])],
  [], [("NL101", "n1")],
  "a visible diagnosis with nothing said about telling the patient")

C("d44-101-neg-informerad-vid-forra-besoket", "skane", pt("1968-05-24", "380"),
  [N("n1", M, "Mottagningsanteckning", "hbg_bröst", "Petra Lindström", L,
     "2024-03-12T10:00", 30, OV, [
      ("Bedömning", "Pat informerades om bröstcancern redan vid förra besöket 3/3 och har nu läst "
                    "på. Idag genomgång av operationsmetod och sentinel node."),
  ])],
  [], [("NL101", "n1")],
  "the patient was told at an earlier visit")

C("d44-101-neg-fs-delgivits", "vgr", pt("1953-09-05", "174"),
  [N("n1", M, "Mottagningsanteckning", "nal_hem", "Camilla Nyberg", L,
     "2024-06-27T14:10", 40, OV, [
      ("Bedömning", "Diagnosen kronisk lymfatisk leukemi har delgivits patienten vid dagens besök. "
                    "Ingen behandling behövs i detta skede, blodprov var tredje månad."),
  ])],
  [], [("NL101", "n1")],
  "Finland-Swedish 'har delgivits patienten': told")

C("d44-101-neg-nn-pt-informed", "skane", pt("1958-08-26", "331"),
  [N("n1", M, "Mottagningsanteckning", "lund_lung", "Dmitri Volkov", L,
     "2024-07-30T11:20", 35, OV, [
      ("Bedömning", "Pt informed today about diagnos adenocarcinoma vä lunga, förstår informationen "
                    "och vill ha behandling. Kontaktssk present."),
  ])],
  [], [("NL101", "n1")],
  "non-native English mix 'Pt informed today': told")

C("d44-101-neg-typo-informrad-parkinson", "vgr", pt("1947-01-11", "155"),
  [N("n1", M, "Mottagningsanteckning", "su_neuro", "Oskar Dahl", L,
     "2024-11-20T09:50", 25, OV, [
      ("Bedömning", "pat informrad om parkinsondiagnosen idag, fick skriftlig information. start Madopark."),
  ])],
  [], [("NL101", "n1")],
  "typo 'informrad' still says the patient was told")

C("d44-101-neg-versaler-pat-och-dotter-informerade", "skane", pt("1940-04-14", "253"),
  [N("n1", M, "Mottagningsanteckning", "hbg_uro", "Gustav Berg", L,
     "2024-05-07T13:30", None, OV, [
      ("Bedömning", "PAT OCH DOTTER INFORMERADE OM PROSTATACANCERN. ÖNSKAR AKTIV MONITORERING."),
  ])],
  [], [("NL101", "n1")],
  "capitals, unsigned draft: patient and daughter informed")

C("d44-101-neg-vantetid-katarakt", "vgr", pt("1946-10-27", "440"),
  [N("n1", M, "Mottagningsanteckning", "sks_ogon", "Therese Sjödin", L,
     "2024-09-18T10:40", None, OV, [
      ("Bedömning", "Katarakt bilat, mest uttalad hö. Anmäld för op hö öga. Pat ej informerad om "
                    "väntetiden, ca 4 mån enligt planeringen."),
  ])],
  [], [("NL101", "n1")],
  "what is untold is the waiting time")

C("d44-101-neg-lab-normalt-ej-meddelat", "skane", pt("1977-12-03", "526"),
  [N("n1", M, "Mottagningsanteckning", "mal_endo", "Linnea Ek", L,
     "2024-02-01T15:15", 60, OV, [
      ("Lab", "TSH 2,1 mIE/L\nfritt T4 15 pmol/L\nKalcium 2,38 mmol/L"),
      ("Bedömning", "Hypotyreos, välbehandlad på Levaxin 100 µg. Pat ej informerad om dagens "
                    "provsvar, ringer pat i morgon."),
  ])],
  [], [("NL101", "n1")],
  "pasted normal lab block; what is untold is the normal results")

C("d44-101-neg-intyg-skickat", "vgr", pt("1983-06-29", "648"),
  [N("n1", M, "Mottagningsanteckning", "su_psyk", "Emma Sundqvist", L,
     "2024-04-16T14:35", 30, OV, [
      ("Bedömning", "Utmattningssyndrom, sjukskrivning förlängs åtta veckor. Pat ej informerad om "
                    "att läkarintyget redan skickats till FK, meddelas via 1177."),
  ])],
  [], [("NL101", "n1")],
  "what is untold is that a certificate was sent")

C("d44-101-neg-prognos-ej-onskad", "skane", pt("1944-02-18", "215"),
  [N("n1", M, "Läkaranteckning", "ys_pall", "Anna-Maria Sjöblom", L,
     "2024-08-29T11:00", 45, SV, [
      ("Bedömning", "Pat väl informerad om sin pankreascancer sedan tidigare. Önskar inte detaljerad "
                    "information om förväntad överlevnad, vilket respekteras."),
  ])],
  [], [("NL101", "n1")],
  "the diagnosis is known to the patient; only detailed prognosis is declined")

C("d44-101-neg-psyk-informerad-personlighet", "vgr", pt("1997-05-06", "482"),
  [N("n1", M, "Mottagningsanteckning", "nal_psyk", "Sebastian Holmgren", L,
     "2024-12-10T13:00", 50, OV, [
      ("Bedömning", "Informerat pat om diagnosen emotionellt instabil personlighetsstörning. Pat tar "
                    "emot beskedet lugnt och vill börja DBT."),
  ])],
  [], [("NL101", "n1")],
  "psychiatry: the patient was informed of the diagnosis")

C("d44-101-neg-benignt-svar-ej-informerad", "skane", pt("1975-08-15", "367"),
  [N("n1", M, "Läkaranteckning", "tre_kir", "Hampus Wallin", L,
     "2024-11-14T12:10", 30, OV, [
      ("Bedömning", "PAD från exciderad lymfkörtel i ljumsken: benign, inga tecken på lymfom eller "
                    "annan malignitet. Pat ej informerad om svaret ännu, brev skickas idag."),
  ])],
  [], [("NL101", "n1")],
  "what is untold is a benign result; lymphoma is explicitly negated")

C("d44-101-neg-multinote-tidhyp-sedan-besked", "vgr", pt("1961-03-30", "219"),
  [N("n1", M, "Mottagningsanteckning", "sas_gastro", "Elif Yilmaz", L,
     "2024-01-10T10:15", 40, OV, [
      ("Aktuellt", "Ikterus och klåda, ALP 9,8. MRCP utförd."),
      ("Tidiga hypoteser", "MRCP: striktur i hilus, kolangiokarcinom ej uteslutet. Pat ej informerad om misstanken."),
   ]),
   N("n2", M, "Mottagningsanteckning", "sas_gastro", "Elif Yilmaz", L,
     "2024-01-24T14:00", 35, OV, [
      ("Bedömning", "Borstcytologi visar adenokarcinom, kolangiokarcinom i hilus. Informerat pat och "
                    "sambo om diagnosen idag, remiss till MDK lever."),
   ])],
  [], [("NL101", "n2")],
  "earlier VGR note kept the hypothesis under Tidiga hypoteser; the visible follow-up records that the patient was told")

C("d44-101-neg-telefon-informerat-celiaki", "skane", pt("1994-11-22", "604"),
  [N("n1", M, "Telefonanteckning", "lund_gastro", "Kristina Alm", L,
     "2024-10-14T16:05", 10, OV, [
      ("Telefonkontakt", "Ringt pat och informerat om att tunntarmsbiopsin visar celiaki. Glutenfri "
                         "kost, remiss dietist."),
  ])],
  [], [("NL101", "n1")],
  "the patient was told by telephone")


# =====================================================================
# validation and output
# =====================================================================
SENT_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+")


def age_at(birth, when):
    b = date.fromisoformat(birth)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    seen_why = set()
    for c in cases:
        name = c["case"]
        where = "case %s: " % name
        if set(c) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errs.append(where + "wrong top-level keys")
        if not name.startswith("d44-"):
            errs.append(where + "name must start with d44-")
        if name in names:
            errs.append(where + "duplicate case name")
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(where + "bad ruleset")
        if not c["why"].strip():
            errs.append(where + "empty why")
        if c["why"] in seen_why:
            errs.append(where + "duplicate why")
        seen_why.add(c["why"])
        rec = c["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errs.append(where + "wrong record keys")
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errs.append(where + "non-empty access_events/conversations/treatments")
        p = rec["patient"]
        if set(p) != {"id", "birth_date", "protected_identity"}:
            errs.append(where + "wrong patient keys")
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", p["id"])
        if not m:
            errs.append(where + "bad personnummer format")
        else:
            if "%s-%s-%s" % m.group(1, 2, 3) != p["birth_date"]:
                errs.append(where + "personnummer does not match birth_date")
            nine = p["id"][2:8] + m.group(4)
            if luhn_digit(nine) != m.group(5):
                errs.append(where + "personnummer fails Luhn")
        try:
            date.fromisoformat(p["birth_date"])
        except ValueError:
            errs.append(where + "invalid birth_date")
            continue
        as_of = datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            errs.append(where + "as_of not in 2024")
        ages = [age_at(p["birth_date"], as_of)]
        note_ids = {}
        for n in rec["notes"]:
            if set(n) != {"id", "system", "template", "unit", "author", "time", "signed",
                          "setting", "refs", "sections"}:
                errs.append(where + "wrong note keys in " + n.get("id", "?"))
            if n["id"] in note_ids:
                errs.append(where + "duplicate note id")
            note_ids[n["id"]] = n
            t = datetime.fromisoformat(n["time"])
            if t.year != 2024:
                errs.append(where + "note time not in 2024")
            if t > as_of:
                errs.append(where + "note after as_of")
            if n["signed"] is not None:
                s = datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t or s > as_of:
                    errs.append(where + "bad signed time")
            ages.append(age_at(p["birth_date"], t))
            if n["system"] not in ("Melior", "PMO"):
                errs.append(where + "unknown system")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append(where + "VGR note not Melior")
            prefix = "SE2321000255-" if c["ruleset"] == "skane" else "SE2321000131-"
            if not n["unit"]["hsa_id"].startswith(prefix):
                errs.append(where + "unit HSA id does not match region")
            unit_key = [k for k, v in UNITS.items() if v[1] == n["unit"]["hsa_id"]]
            is_pmo_unit = bool(unit_key) and unit_key[0] in SKANE_PMO
            if (n["system"] == "PMO") != is_pmo_unit:
                errs.append(where + "PMO system/unit mismatch")
            if n["setting"] not in ("öppenvård", "slutenvård"):
                errs.append(where + "unexpected setting")
            if not n["sections"]:
                errs.append(where + "note without sections")
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append(where + "bad section")
                for sent in SENT_SPLIT.split(sec["text"]):
                    s = sent.strip().lstrip("-•* ").strip()
                    if len(s) >= 25:
                        key = s
                        if key in seen_sent and seen_sent[key] != (name, n["id"], sec["keyword"]):
                            errs.append(where + "sentence repeated (also in %s): %r"
                                        % (seen_sent[key][0], s))
                        elif key in seen_sent:
                            errs.append(where + "sentence repeated within note: %r" % s)
                        seen_sent[key] = (name, n["id"], sec["keyword"])
        for a in ages:
            if 13 <= a <= 15:
                errs.append(where + "patient aged 13-15")
        pairs = []
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2:
                    errs.append(where + "bad assertion")
                    continue
                code, target = item
                if code not in ("NL101", "NL102"):
                    errs.append(where + "unexpected code " + code)
                if target not in note_ids:
                    errs.append(where + "target %s missing" % target)
                    continue
                sysname = note_ids[target]["system"]
                if code == "NL102" and sysname != "Melior":
                    if lst == "must":
                        errs.append(where + "NL102 must on non-Melior note")
                if code == "NL101" and sysname == "PMO":
                    errs.append(where + "NL101 asserted on PMO")
                pairs.append((code, target))
        if len(pairs) != len(set(pairs)):
            errs.append(where + "same code/target asserted twice or in both lists")
        if not pairs:
            errs.append(where + "no assertions")
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    out = os.path.join(HERE, "nl1_dev44_cases.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts.setdefault(code, {"must": 0, "must_not": 0})[lst] += 1
    by_rs = {}
    for c in CASES:
        by_rs[c["ruleset"]] = by_rs.get(c["ruleset"], 0) + 1
    print("wrote %d cases to %s" % (len(CASES), out))
    for code in sorted(counts):
        print("  %s must=%d must_not=%d" % (code, counts[code]["must"], counts[code]["must_not"]))
    print("  rulesets:", by_rs)


if __name__ == "__main__":
    main()
