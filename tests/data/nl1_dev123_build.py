#!/usr/bin/env python3
"""d123: independent NL101/NL102 cases from the acute chain.

Ambulance records (RETTS), emergency department triage and physician notes,
telephone advice nursing (1177), out-of-hours clinics (jourcentral/närakut)
and the follow-up call days later when results come back.

Standard library only, deterministic. Writes cases.jsonl next to this file
and exits 1 on any validation problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev123_cases.jsonl")

# ----------------------------------------------------------------- units
U = {
    # Region Skåne, Melior (hospital, ambulance, 1177)
    "amb_hbg": ("Ambulanssjukvården Skåne, station Helsingborg", "SE2321000255-A1H4"),
    "amb_mlm": ("Ambulanssjukvården Skåne, station Malmö Syd", "SE2321000255-A1M2"),
    "amb_krs": ("Ambulanssjukvården Skåne, station Kristianstad", "SE2321000255-A1K7"),
    "amb_ystad": ("Ambulanssjukvården Skåne, station Ystad", "SE2321000255-A1Y3"),
    "akm_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7A10"),
    "akm_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7A20"),
    "akm_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-6B31"),
    "akm_csk": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-5C12"),
    "akm_ystad": ("Akutmottagningen, Lasarettet Ystad", "SE2321000255-4D55"),
    "akm_trelleborg": ("Akutmottagningen, Lasarettet Trelleborg", "SE2321000255-4D71"),
    "barnakut_lund": ("Barn- och ungdomsakuten, Skånes universitetssjukhus Lund", "SE2321000255-8B02"),
    "barnakut_malmo": ("Barnakuten, Skånes universitetssjukhus Malmö", "SE2321000255-8B14"),
    "r1177_skane": ("1177 Vårdguiden på telefon, Region Skåne", "SE2321000255-1177"),
    "narakut_angelholm": ("Närakuten, Ängelholms sjukhus", "SE2321000255-6N40"),
    "kir_hbg": ("Kirurgiska kliniken avd 24, Helsingborgs lasarett", "SE2321000255-6K24"),
    "med_hassleholm": ("Medicinkliniken avd 3, Hässleholms sjukhus", "SE2321000255-5M03"),
    "kar_malmo": ("Kärlkirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7K90"),
    "strokemott_hbg": ("Strokemottagningen, Helsingborgs lasarett", "SE2321000255-6S12"),
    "avd_lund_kir": ("Kirurgavdelning 1, Skånes universitetssjukhus Lund", "SE2321000255-7K01"),
    # Region Skåne, PMO (primary care)
    "vc_kirseberg": ("Vårdcentralen Kirseberg, Malmö", "SE2321000255-P101"),
    "vc_eslov": ("Vårdcentralen Eslöv, jourmottagning", "SE2321000255-P212"),
    "vc_nasby": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-P318"),
    "vc_osterlen": ("Vårdcentralen Österlen, Simrishamn", "SE2321000255-P427"),
    "vc_hoja": ("Vårdcentralen Höja, Ängelholm", "SE2321000255-P533"),
    # Västra Götalandsregionen, Melior
    "amb_su": ("Ambulanssjukvården Sahlgrenska Universitetssjukhuset, station Angered", "SE2321000131-E000000011201"),
    "amb_sas": ("Ambulanssjukvården Södra Älvsborg, station Borås", "SE2321000131-E000000022304"),
    "amb_nu": ("Ambulanssjukvården NU-sjukvården, station Uddevalla", "SE2321000131-E000000033407"),
    "amb_skas": ("Ambulanssjukvården Skaraborg, station Skövde", "SE2321000131-E000000044510"),
    "akm_su_s": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000055611"),
    "akm_su_o": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000055622"),
    "akm_su_m": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000055633"),
    "akm_kungalv": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E000000066701"),
    "akm_nal": ("Akutmottagningen, NÄL Trollhättan", "SE2321000131-E000000077802"),
    "akm_skas": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000088903"),
    "akm_sas": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000099004"),
    "akm_alingsas": ("Akutmottagningen, Alingsås lasarett", "SE2321000131-E000000010105"),
    "barnakut_dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000012106"),
    "r1177_vgr": ("1177 Vårdguiden på telefon, Västra Götaland", "SE2321000131-E000000013207"),
    "narakut_ostra": ("Närakuten, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000014308"),
    "narakut_kungalv": ("Närakuten, Kungälvs sjukhus", "SE2321000131-E000000014419"),
    "jc_uddevalla": ("Jourcentralen, Uddevalla sjukhus", "SE2321000131-E000000015520"),
    "avd_su_akut": ("Akutvårdsavdelningen 331, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000016631"),
    "gyn_sas": ("Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000017742"),
    "kar_su": ("Kärlkirurgen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000018853"),
    "lung_su": ("Lungmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000019964"),
    "inf_su_o": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000020175"),
    "ort_skas": ("Ortopedmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000021286"),
}

# ------------------------------------------------------------ personnummer
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


_serial = [200]


def patient(birth, sex):
    """birth 'YYYY-MM-DD', sex 'F' or 'M' -> interchange patient dict."""
    _serial[0] += 7
    s = _serial[0] % 1000
    if sex == "F" and s % 2 == 1:
        s = (s + 1) % 1000
    if sex == "M" and s % 2 == 0:
        s = (s + 1) % 1000
    ymd = birth.replace("-", "")
    three = "%03d" % s
    chk = luhn_digit(ymd[2:] + three)
    return {"id": "%s-%s%d" % (ymd, three, chk), "birth_date": birth,
            "protected_identity": False}


# ------------------------------------------------------------------ notes
def note(nid, system, template, unit, author, role, time, signed, setting, sections):
    name, hsa = U[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": time,
        "signed": signed,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": t} for (k, t) in sections],
    }


CASES = []


def case(name, ruleset, pat, notes, must, must_not, why):
    last = max(n["time"] for n in notes)
    d = datetime.datetime.fromisoformat(last) + datetime.timedelta(days=2)
    as_of = d.strftime("%Y-%m-%dT00:00:00")
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": pat,
            "as_of": as_of,
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


M, P = "Melior", "PMO"
L, S = "läkare", "sjuksköterska"
OV, SV = "öppenvård", "slutenvård"

# ======================================================================
# NL102 positives: hedged diagnosis of the patient in a visible section
# ======================================================================

case("d123-amb-misstankt-stroke-retts-rod", "skane", patient("1950-02-11", "M"), [
    note("n1", M, "Ambulansjournal", "amb_hbg", "Mikael Persson", S,
         "2024-02-14T07:05:00", "2024-02-14T08:10:00", OV, [
             ("Anamnes", "Larm 06:42 prio 1. 74-årig man hittad av hustrun på köksgolvet 06:25, senast sedd frisk 23:30 igår. Talar sluddrigt, hänger i hö mungipa."),
             ("Status", "A: fri. B: AF 18, SpO2 95% luft. C: BT 186/98, puls 92 oregelb, varm torr hud. D: RLS 2, kraftnedsättning hö arm och ben, NIHSS ca 9. E: temp 36,8, P-glukos 7,4."),
             ("Bedömning", "RETTS röd. Misstänkt stroke vä hemisfär, okänd debuttid, trombektomikandidat enl. larmkriterier. Förvarning till akuten Helsingborg strokelarm 06:58."),
             ("Åtgärd", "Höjd huvudända 30 gr, PVK gul vä armbåge, EKG skickat. Avgång 07:01, ankomst akuten 07:19."),
         ]),
], [("NL102", "n1")], [],
    "ambulance record: 'Misstänkt stroke' in Bedömning of a Skåne Melior note is a visible hedged diagnosis; nothing said about telling")

case("d123-amb-trol-hypoglykemi-typ1", "vgr", patient("1988-09-30", "F"), [
    note("n1", M, "Ambulansanteckning", "amb_sas", "Jonas Wikström", S,
         "2024-03-09T21:30:00", "2024-03-09T22:45:00", OV, [
             ("Anamnes", "Sambon ringde 112, pat svettig och förvirrad, svarar inte adekvat. Känd typ 1-diabetes sedan 20 år, insulinpump. Tränat hårt på gym i kväll."),
             ("Vitalparametrar", "RLS 3, motorisk oro. AF 16, SpO2 98%. BT 142/84, puls 104. Kallsvettig. P-glukos 1,8 mmol/l."),
             ("Bedömning", "Trol. hypoglykemi utlöst av fysisk ansträngning med oförändrad basaldos."),
             ("Åtgärd", "Glukos 300 mg/ml 30 ml iv 21:14. Efter 10 min RLS 1, P-glukos 6,9. Äter smörgås och dricker juice. Kvarstannar hemma med sambo efter samråd med läkare, råd om glukoskontroll varannan timme i natt."),
         ]),
], [("NL102", "n1")], [],
    "ambulance: abbreviated hedge 'Trol. hypoglykemi' in a VGR Melior Bedömning")

case("d123-amb-susp-stemi-hia", "vgr", patient("1961-12-03", "M"), [
    note("n1", M, "Ambulansanteckning", "amb_su", "Elin Fransson", S,
         "2024-01-22T06:05:00", "2024-01-22T07:30:00", OV, [
             ("Anamnes", "Tryckande bröstsmärta sedan 05:10 med utstrålning till vä arm och käke. Illamående och kallsvettig. Rökare, 20 cig/d."),
             ("EKG", "EKG 05:48: ST-höjningar II, III, aVF, reciproka ST-sänkningar I och aVL."),
             ("Bedömning", "Susp. STEMI inferiort. EKG överfört till HIA Sahlgrenska, kardiolog accepterar direktintag till PCI-lab."),
             ("Åtgärd", "ASA 500 mg tuggad, Morfin 5 mg iv, syrgas ej givet då SpO2 96%. Överlämnad på angiolab 06:20."),
         ]),
], [("NL102", "n1")], [],
    "ambulance: 'Susp. STEMI' is a hedged diagnosis in a visible VGR section")

case("d123-akm-triage-fragetecken-acs", "skane", patient("1957-06-19", "F"), [
    note("n1", M, "Triageanteckning", "akm_hbg", "Linnea Ohlsson", S,
         "2024-04-03T14:12:00", "2024-04-03T14:40:00", OV, [
             ("Kontaktorsak", "Ankomst 14:05 med egen bil. Tryck i bröstet sedan 2 h, ESS 11."),
             ("Vitalparametrar", "AF 20, SpO2 97%, puls 88, BT 158/90, temp 36,9."),
             ("Bedömning", "RETTS orange. ? ACS – EKG visat för dr inom 10 min, sinusrytm utan säker ST-påverkan. hs-TnT skickat, placerad på övervakningsrum 4."),
         ]),
], [("NL102", "n1")], [],
    "ED triage: the bare '? ACS' question-mark hedge of a diagnosis stands in a visible section")

case("d123-akm-dd-lungemboli-pneumoni", "vgr", patient("1956-01-27", "F"), [
    note("n1", M, "Akutanteckning läkare", "akm_kungalv", "Ahmed Saleh", L,
         "2024-05-11T18:40:00", "2024-05-11T20:05:00", OV, [
             ("Anamnes", "68-årig kvinna, TKA hö knä för 12 d sedan. Två dygn tilltagande andfåddhet, lite hosta, hugg i hö thoraxhalva vid djupa andetag."),
             ("Status", "AT: andfådd men talar i hela meningar. Cor: reg, takykard 110, inga blåsljud. Pulm: nedsatta andningsljud basalt hö, inga rassel. Hö vad 2 cm större än vä. SpO2 91% luft, AF 24, temp 37,8."),
             ("Bedömning", "DD lungemboli, pneumoni. Wells över 4, d-dimer därför ej meningsfullt. DT lungartärer beställd, Fragmin ges i väntan på undersökningen."),
         ]),
], [("NL102", "n1")], [],
    "ED physician: 'DD lungemboli, pneumoni' lists differential diagnoses in a visible Bedömning")

case("d123-akm-kan-ej-utelsutas-appendicit-typo", "skane", patient("2005-03-08", "M"), [
    note("n1", M, "Akutjournal", "akm_malmo", "Ali Rahimi", L,
         "2024-06-02T23:15:00", "2024-06-03T00:20:00", OV, [
             ("Anamnes", "19-årig man. Diffus smärta kring naveln sedan igår kväll, nu mer i hö fossa. Aptitlös, kräkts en gång."),
             ("Status", "Temp 37,9. Buk: mjuk, palpöm hö fossa, släppöm, Rovsing pos. F.ö. inga peritonitiska tecken."),
             ("Lab", "CRP 34, LPK 13,1, U-sticka neg."),
             ("Bedömning", "Appendicit kan ej utelsutas. Läggs in på kir avd för obs, fasta, ny bedömning och lab kl 06."),
         ]),
], [("NL102", "n1")], [],
    "typo case: 'Appendicit kan ej utelsutas' (uteslutas misspelled) is a hedged (not negated) diagnosis in a visible section")

case("d123-akm-bild-som-vid-njurstensanfall", "vgr", patient("1979-08-14", "M"), [
    note("n1", M, "Akutanteckning läkare", "akm_skas", "Henrik Olsson", L,
         "2024-02-27T03:50:00", "2024-02-27T04:30:00", OV, [
             ("Status", "Orolig, går omkring i rummet. Dunköm vä njurloge. Buk mjuk. Temp 36,7."),
             ("Bedömning", "Bild som vid vänstersidigt njurstensanfall, smärtfri efter Voltaren 50 mg supp. U-sticka blod 3+, krea 78. DT urinvägar utan kontrast beställd polikliniskt inom en vecka."),
         ]),
], [("NL102", "n1")], [],
    "ED: 'Bild som vid njurstensanfall' hedges the diagnosis in a visible VGR note")

case("d123-akm-forenlig-med-erysipelas", "skane", patient("1953-10-02", "F"), [
    note("n1", M, "Akutjournal", "akm_csk", "Nils Cronqvist", L,
         "2024-07-19T16:25:00", "2024-07-19T17:00:00", OV, [
             ("Status", "Vä underben: rodnad och värmeökning, skarpt avgränsad mot frisk hud, ödem. Interdigital fotsvamp mellan tå 4 och 5. Temp 38,6, frossa på em."),
             ("Bedömning", "Klin bild förenlig med erysipelas vä underben. Kåvepenin 1 g x 3 i 10 d, rodnadens gräns markerad med penna."),
         ]),
], [("NL102", "n1")], [],
    "ED: 'förenlig med erysipelas' is a hedge on the patient's diagnosis in a Skåne Melior note")

case("d123-1177-trolig-uvi-hanvisas", "skane", patient("1990-04-21", "F"), [
    note("n1", M, "Telefonrådgivning", "r1177_skane", "Camilla Sjöberg", S,
         "2024-03-18T19:48:00", "2024-03-18T19:58:00", OV, [
             ("Kontaktorsak", "Kvinna 34 år ringer 19:40. Sveda vid miktion och täta trängningar sedan 2 d, ingen feber, ingen flanksmärta, ej gravid."),
             ("Bedömning", "Ssk bedömer trolig okomplicerad nedre urinvägsinfektion. Prio: vård inom ett dygn."),
             ("Åtgärd", "Hänvisad till egen vc imorgon fm enl. rådgivningsstöd. Dricka rikligt. Ringer åter om feber eller ryggsmärta tillkommer."),
         ]),
], [("NL102", "n1")], [],
    "telephone advice nurse: 'trolig ... urinvägsinfektion' is a hedged diagnosis in a visible Melior note")

case("d123-jourcentral-mojlig-otit-bilat-barn", "vgr", patient("2019-11-15", "M"), [
    note("n1", M, "Jouranteckning", "jc_uddevalla", "Sofia Andersson", L,
         "2024-01-06T20:35:00", "2024-01-06T21:05:00", OV, [
             ("Anamnes", "4-åring, förkyld 5 d, vaken i natt och gråtit, tar sig mot öronen. Feber 39,2 hemma, fått Alvedon 16:00."),
             ("Status", "Opåverkad, leker i väntrummet. Otoskopi: hö trumhinna buktande och röd, vä svårbedömd pga vax. Svalg lätt rodnat. Lungor ua."),
             ("Bedömning", "Möjlig akut otitis media bilat, hö säkrast."),
             ("Planering", "Kåvepenin mixt 25 mg/kg x 3 i 5 d. Föräldrar fått råd om smärtlindring. Vc om kvarstående besvär efter avslutad kur."),
         ]),
], [("NL102", "n1")], [],
    "out-of-hours child visit (guardian reads): 'Möjlig akut otitis media' is hedged and visible")

case("d123-akm-inger-misstanke-aortadissektion", "skane", patient("1963-05-28", "M"), [
    note("n1", M, "Akutjournal", "akm_lund", "Karin Håkansson", L,
         "2024-08-05T10:48:00", "2024-08-05T12:10:00", OV, [
             ("Anamnes", "61-årig man med hypertoni. Plötslig rivande smärta mellan skulderbladen 10:15 under bilkörning, maximal från start."),
             ("Status", "BT hö arm 192/104, vä arm 148/86. Puls 96. Svag a. radialis vä. Neurologiskt ua."),
             ("Bedömning", "Anamnes och BT-differens inger misstanke om aortadissektion. DT-angio aorta akut, thoraxkirurgjour förvarnad, labetalol mot systoliskt under 120."),
         ]),
], [("NL102", "n1")], [],
    "ED: 'inger misstanke om aortadissektion' is a hedged diagnosis in a visible section")

case("d123-amb-kan-rora-sig-om-urosepsis", "vgr", patient("1942-03-09", "F"), [
    note("n1", M, "Ambulansanteckning", "amb_nu", "Patrik Lund", S,
         "2024-10-12T13:20:00", None, OV, [
             ("Anamnes", "82-årig kvinna på särskilt boende, personalen larmar pga sänkt AT sedan igår, nu slö. KAD sedan 3 v."),
             ("Vitalparametrar", "AF 26, SpO2 93%, BT 92/54, puls 118, temp 39,4, RLS 2. NEWS2 11."),
             ("Bedömning", "Kan röra sig om urosepsis med KAD som ingångsport. Sepsislarm till akuten NÄL."),
             ("Åtgärd", "Ringer-Acetat 1000 ml iv snabbt, O2 2 l/min grimma. Ankomst NÄL 13:52."),
         ]),
], [("NL102", "n1")], [],
    "ambulance: 'Kan röra sig om urosepsis' hedges a diagnosis in a visible section")

case("d123-akm-talar-for-pyelonefrit", "vgr", patient("1996-07-04", "F"), [
    note("n1", M, "Akutanteckning läkare", "akm_alingsas", "Malin Johansson", L,
         "2024-09-01T02:10:00", "2024-09-01T03:00:00", OV, [
             ("Bedömning", "Feber 39,5, frossa, vä flanksmärta och dunkömhet vä njurloge. U-sticka nitrit pos, leukocyter 3+, CRP 187. Talar för akut pyelonefrit vä. Blod- och urinodling tagna, Ceftriaxon 2 g iv givet. Hem med Ciprofloxacin 500 mg x 2 i 7 d då opåverkad och tål peroralt."),
         ]),
], [("NL102", "n1")], [],
    "ED, one-section note: 'Talar för akut pyelonefrit' is a hedge on the patient's diagnosis")

case("d123-barnakut-sannolik-viral-krupp", "skane", patient("2022-02-19", "F"), [
    note("n1", M, "Läkaranteckning", "barnakut_lund", "Ida Möller", L,
         "2024-11-14T02:40:00", "2024-11-14T05:05:00", OV, [
             ("Anamnes", "2-åring som vaknade 01:30 med skällande hosta och väsande inandning. Förkyld sedan 2 d, inga tidigare liknande episoder."),
             ("Status", "Inspiratorisk stridor i vila, lätta indragningar i jugulum. SpO2 97%, temp 38,1. Opåverkad mellan hostattackerna."),
             ("Bedömning", "Sannolik viral krupp, måttlig (Westley 4)."),
             ("Åtgärd", "Betapred 0,4 mg/kg po och inhalation adrenalin 1 mg, obs 2 h. Stridor därefter endast vid gråt, hem med föräldrarna."),
         ]),
], [("NL102", "n1")], [],
    "children's ED (guardian reads): 'Sannolik viral krupp' is a hedged diagnosis in a visible Bedömning")

case("d123-akm-fragestallning-sab", "skane", patient("1979-03-12", "F"), [
    note("n1", M, "Akutjournal", "akm_ystad", "Oskar Lund", L,
         "2024-05-20T16:55:00", None, OV, [
             ("Anamnes", "45-årig kvinna, åskknallshuvudvärk 16:20 under träning, värsta någonsin, kräkts två gånger."),
             ("Bedömning", "Frågeställning subaraknoidalblödning. DT hjärna utan kontrast beställd akut, vid negativ DT inom 6 h från debut tas ställning till LP enl. lokalt PM."),
         ]),
], [("NL102", "n1")], [],
    "unsigned ED draft: 'Frågeställning subaraknoidalblödning' marks the diagnosis as an open question, visible")

case("d123-akm-oklart-om-tia-eller-migran", "vgr", patient("1995-02-23", "F"), [
    note("n1", M, "Akutanteckning läkare", "akm_su_m", "Tobias Larsson", L,
         "2024-04-16T13:30:00", "2024-04-16T15:10:00", OV, [
             ("Anamnes", "29-årig kvinna, 40 min flimmerskotom följt av stickningar i vä hand som vandrat upp mot ansiktet, därefter pulserande huvudvärk. Nu helt återställd. Använder kombinerade p-piller."),
             ("Bedömning", "Oklart om det rör sig om TIA eller migrän med aura, förloppet passar bäst med det senare. Neurologkonsult per tel: MR hjärna polikliniskt, ingen trombocythämning. Preventivmedel bör ses över på barnmorskemottagningen."),
         ]),
], [("NL102", "n1")], [],
    "ED: 'Oklart om det rör sig om TIA eller migrän' leaves two diagnoses open in a visible section")

case("d123-amb-ev-commotio-cykelolycka", "skane", patient("1984-12-01", "M"), [
    note("n1", M, "Ambulansjournal", "amb_mlm", "Sara Nilsson", S,
         "2024-06-21T17:35:00", "2024-06-21T18:40:00", OV, [
             ("Anamnes", "Cyklist som vält i ca 20 km/h utan hjälm. Vittne uppger kort medvetslöshet under en minut. Pat minns inte själva olyckan."),
             ("Status", "GCS 15, pupiller lika och ljusreaktiva. Skrapsår vä tinning. Nacke utan palpationsömhet, rör sig obehindrat. Illamående."),
             ("Bedömning", "Ev. commotio cerebri. Inga antikoagulantia. Transport till SUS Malmö för DT hjärna enl. skallskadeprotokoll."),
         ]),
], [("NL102", "n1")], [],
    "ambulance: 'Ev. commotio cerebri' — 'ev.' hedges a diagnosis here, not a plan")

case("d123-akm-mistanke-dvt-typo", "skane", patient("1972-08-09", "F"), [
    note("n1", M, "Akutjournal", "akm_hbg", "Farah Haddad", L,
         "2024-02-02T21:20:00", "2024-02-02T22:00:00", OV, [
             ("Bedömning", "Svullen vä vad sedan 4 d efter långflygning från Bangkok. Omfång vä vad 41 cm, hö 37 cm. D-dimer 1,8. Mistanke om DVT vä ben. Ultraljud vener bokat imorgon 08:30, Fragmin 15 000 E sc ikväll."),
         ]),
], [("NL102", "n1")], [],
    "typo case: 'Mistanke om DVT' (misspelled misstanke) is still a hedged diagnosis in a visible section")

case("d123-narakut-pneumoni-fragetecken", "vgr", patient("1969-02-25", "M"), [
    note("n1", M, "Mottagningsanteckning", "narakut_ostra", "Emma Karlsson", L,
         "2024-01-28T11:15:00", "2024-01-28T11:40:00", OV, [
             ("Aktuellt", "Hosta 1 v, feber 38,8 sedan 3 d, rassel basalt hö. CRP 96. Pneumoni? Doxyferm 200 mg dag 1 sedan 100 mg dagligen i 9 d. Rtg pulm ej aktuellt nu."),
         ]),
], [("NL102", "n1")], [],
    "närakut one-liner: 'Pneumoni?' with a trailing question mark is a hedged diagnosis")

case("d123-akm-differentialdiagnos-gallstensanfall", "vgr", patient("1983-06-07", "F"), [
    note("n1", M, "Akutanteckning läkare", "akm_su_o", "Viktor Nyström", L,
         "2024-03-03T22:45:00", "2024-03-03T23:30:00", OV, [
             ("Bedömning", "Epigastriell smärta efter fet måltid, palpöm under hö arcus, Murphy tveksamt positivt. Lever- och pankreasprover ua, CRP 12. Differentialdiagnos gallstensanfall, ulcus. Ultraljud lever och gallvägar polikliniskt inom 2 v, hem med Oxynorm vid behov."),
         ]),
], [("NL102", "n1")], [],
    "ED: 'Differentialdiagnos gallstensanfall, ulcus' written out in full in a visible section")

case("d123-amb-missankt-hoftfraktur-typo", "skane", patient("1936-04-17", "F"), [
    note("n1", M, "Ambulansjournal", "amb_krs", "Emir Hodzic", S,
         "2024-12-03T07:40:00", "2024-12-03T09:00:00", OV, [
             ("Anamnes", "88-årig kvinna, fallit i badrummet i natt, hittad av hemtjänsten 07:10. Hö ben förkortat och utåtroterat, kan ej belasta."),
             ("Vitalparametrar", "AF 18, SpO2 94%, BT 132/70, puls 84, temp 36,1, RLS 1."),
             ("Bedömning", "Missänkt hö höftfraktur. RETTS orange."),
             ("Åtgärd", "Fentanyl 50 mikrog iv x 2, vakuummadrass, värmefilt. Direkt till rtg via akuten CSK enl. höftspåret."),
         ]),
], [("NL102", "n1")], [],
    "typo case: 'Missänkt hö höftfraktur' in an ambulance Bedömning is still a visible hedge")

case("d123-akm-trolgi-gastroenterit-typo", "vgr", patient("2001-12-16", "M"), [
    note("n1", M, "Akutanteckning läkare", "akm_nal", "Reza Moradi", L,
         "2024-02-10T15:05:00", "2024-02-10T16:00:00", OV, [
             ("Aktuellt", "22-årig man med diarré 8–10 ggr/d och kräkningar sedan igår, flera kollegor på lagret sjuka."),
             ("Bedömning", "Lätt torr i munnen, inget ortostatiskt BT-fall. Trolgi viral gastroenterit. Ringer-Acetat 1 l iv, tål dryck efteråt, hem med vätskeersättning."),
         ]),
], [("NL102", "n1")], [],
    "typo case: 'Trolgi viral gastroenterit' (trolig misspelled) is a visible hedged diagnosis")

case("d123-akm-susp-scaphoideumfraktur-neg-rtg", "skane", patient("2001-09-10", "M"), [
    note("n1", M, "Akutjournal", "akm_lund", "Johan Ek", L,
         "2024-04-27T19:10:00", "2024-04-27T20:15:00", OV, [
             ("Anamnes", "Föll på utsträckt vä hand i skateparken, smärta radialt i handleden."),
             ("Status", "Öm i fossa tabatière, axial kompression av tummen smärtsam. Sensorik och cirkulation ua."),
             ("Rtg", "Handled inkl. scaphoideumserie: ingen synlig fraktur."),
             ("Bedömning", "Susp. scaphoideumfraktur trots negativt rtg. Gips med tuminfattning, nytt rtg om 10–14 d på ortopedmottagningen, kallelse skickas."),
         ]),
], [("NL102", "n1")], [],
    "ED: 'Susp. scaphoideumfraktur' despite a normal X-ray is a hedged diagnosis in a visible section")

case("d123-akm-misstankt-anafylaxi-notter", "vgr", patient("1998-11-26", "F"), [
    note("n1", M, "Akutanteckning läkare", "akm_su_s", "Anders Gustafsson", L,
         "2024-07-07T20:05:00", "2024-07-08T01:10:00", OV, [
             ("Anamnes", "Urtikaria över bålen, läppsvullnad och heshet ca 20 min efter cashewnötter på restaurang. Adrenalin 0,5 mg im 19:52 av ambulansen."),
             ("Bedömning", "Misstänkt anafylaxi grad 2–3 efter nötintag. BT 96/60 och puls 120 vid ankomst, stabil efter vätska. Tavegyl och Betapred givet, obs 6 h, remiss allergimottagning."),
         ]),
], [("NL102", "n1")], [],
    "ED: 'Misstänkt anafylaxi' — the classic hedge word — in a visible VGR Bedömning")

case("d123-uppfoljning-blododling-trol-urosepsis", "vgr", patient("1949-03-31", "M"), [
    note("n1", M, "Telefonkontakt", "akm_alingsas", "Maria Lindgren", L,
         "2024-03-15T10:45:00", "2024-03-15T11:00:00", OV, [
             ("Telefonkontakt", "Uppföljning av blododling från akutbesök 12/3: E. coli i 2 av 2 flaskor, känslig för ciprofloxacin. Trol. urosepsis, redan på Ciprofloxacin sedan besöket. Samtal med pat 10:40, mår bättre och feberfri sedan igår. Fortsätter kuren totalt 10 d."),
         ]),
], [("NL102", "n1")], [],
    "follow-up call days later: 'Trol. urosepsis' in a visible Telefonkontakt section")

case("d123-akm-lang-misstankt-mesenterialischemi", "skane", patient("1945-01-23", "F"), [
    note("n1", M, "Akutjournal", "akm_malmo", "Petra Svensson", L,
         "2024-09-24T18:30:00", "2024-09-24T20:45:00", OV, [
             ("Kontaktorsak", "Buksmärta sedan ca 6 h, plötslig debut efter lunch."),
             ("Överrapportering", "Ambulansen larmad 17:40 av maken. RETTS orange pga smärta VAS 9 och takykardi. Fentanyl 50 mikrog iv under transporten med måttlig effekt, 500 ml Ringer-Acetat."),
             ("Socialt", "Pensionerad lärare, röker inte, alkohol sparsamt. ADL-oberoende och kör fortfarande bil."),
             ("Anamnes", "79-årig kvinna, bor med make i villa och klarar sig själv. Tidigare hypertoni, förmaksflimmer och hypotyreos. Waran utsatt av pat själv i våras pga blåmärken. Läkemedel: Levaxin 75 mikrog, Amlodipin 5 mg, Metoprolol 50 mg. Inga kända allergier. Intensiv periumbilikal smärta från ca 12:30, kräkts tre gånger, en lös avföring utan blod. Inga miktionsbesvär."),
             ("Status", "AT: smärtpåverkad, blek, ligger stilla. Temp 37,4, AF 22, SpO2 96% luft, BT 104/62, puls 112 oregelbunden. Cor: oregelbunden rytm, inga blåsljud. Pulm: vesikulära andningsljud bilat. Buk: mjuk, diffust lätt öm, inga peritonitiska tecken – smärtan står i kontrast till de sparsamma fynden. Sparsamma tarmljud. PR: brunfärgad avföring, ingen palpabel resistens."),
             ("Lab", "Hb 141, LPK 18,6, CRP 22, laktat 4,1, krea 102, amylas 0,6, leverstatus ua. Venös blodgas pH 7,29, BE -7."),
             ("EKG", "Förmaksflimmer med kammarfrekvens ca 115, inga akuta ischemitecken."),
             ("Bedömning", "Äldre kvinna med FF utan antikoagulation, plötslig svår buksmärta, högt laktat och diskreta bukfynd. Misstänkt akut mesenterialischemi av embolisk genes."),
             ("Åtgärd", "DT buk med artärfas beställd akut. Kirjour dr Mattsson kontaktad och kommer ned, kärlkirurg förvarnad. Ringer-Acetat 1 l, Morfin 2,5 mg iv x 2, fasta, KAD med timdiures."),
             ("Planering", "Ny laktat och blodgas om en timme. Full behandling inkl. HLR efter diskussion med kirurgjouren. Bakjour medicin underrättad. Maken väntar i anhörigrummet."),
         ]),
], [("NL102", "n1")], [],
    "long multi-section ED chart; the only hedged diagnosis sits in Bedömning and is visible")

case("d123-skane-th-mall-plus-synlig-hedge-myelom", "skane", patient("1958-07-29", "M"), [
    note("n1", M, "Tidiga hypoteser", "akm_csk", "Nils Cronqvist", L,
         "2024-10-02T15:30:00", "2024-10-02T16:00:00", OV, [
             ("Bedömning", "Anemi, hyperkalcemi och ryggsmärta: misstänkt multipelt myelom. Ej diskuterat med pat."),
         ]),
    note("n2", M, "Läkaranteckning", "akm_csk", "Nils Cronqvist", L,
         "2024-10-02T15:45:00", "2024-10-02T16:05:00", OV, [
             ("Bedömning", "Hb 94, Ca 2,91, ländryggssmärta 2 mån. Utredning pågår avseende möjligt myelom, elfores och fria lätta kedjor skickade. Inläggs medicin för rehydrering."),
         ]),
], [("NL102", "n2")], [("NL102", "n1")],
    "Skåne: the hypothesis is correctly in the Tidiga hypoteser template (n1) but also leaks as 'möjligt myelom' into the ordinary note n2")

case("d123-vgr-th-sokord-plus-bedomning-hedge", "vgr", patient("1951-04-05", "M"), [
    note("n1", M, "Akutanteckning läkare", "akm_sas", "Jenny Berg", L,
         "2024-08-18T14:00:00", "2024-08-18T15:20:00", OV, [
             ("Anamnes", "Storrökare, 73 år. Hosta och feber en vecka, hemoptys en gång i morse."),
             ("Status", "Temp 38,4, SpO2 93%, dämpning och nedsatta andningsljud hö ovanfält."),
             ("Tidiga hypoteser", "Rtg pulm: hilusnära förtätning hö med atelektas. Misstänkt centralt lokaliserad lungcancer, remiss lungmott och DT thorax."),
             ("Bedömning", "Trolig postobstruktiv pneumoni hö ovanlob. Bensyl-pc 3 g x 3 iv, inläggning lungavdelningen."),
         ]),
], [("NL102", "n1")], [],
    "VGR: the cancer hypothesis is under the protected sökord, but 'Trolig postobstruktiv pneumoni' in Bedömning is visible")

case("d123-akm-trolig-alkoholabstinens", "skane", patient("1970-11-11", "M"), [
    note("n1", M, "Akutjournal", "akm_hbg", "Ali Rahimi", L,
         "2024-12-27T04:20:00", None, OV, [
             ("Status", "Grovvågig tremor, svettig, puls 112, BT 168/98, orolig men orienterad. Senaste intag för 36 h sedan, dricker dagligen ca en flaska vin och några starköl."),
             ("Bedömning", "Trolig alkoholabstinens utan tecken på delirium. CIWA-Ar 16. Oxascand enl. schema, Tiamin 200 mg im, inläggning medicin."),
         ]),
], [("NL102", "n1")], [],
    "ED: 'Trolig alkoholabstinens' is a hedged diagnosis in a visible section")

case("d123-akm-ej-uteslutet-extrauterin-graviditet", "vgr", patient("1993-12-20", "F"), [
    note("n1", M, "Akutanteckning läkare", "gyn_sas", "Hanna Wallin", L,
         "2024-06-09T09:25:00", "2024-06-09T10:30:00", OV, [
             ("Anamnes", "Amenorré 7 v, positivt graviditetstest hemma. Sedan igår småblödning och vänstersidig buksmärta."),
             ("Utredning", "hCG 1850. VUL: ingen intrauterin graviditet, ingen fri vätska, ovarier ua."),
             ("Bedömning", "Ej uteslutet att det rör sig om extrauterin graviditet. Nytt hCG om 48 h, instruerad att söka direkt vid tilltagande smärta eller yrsel."),
         ]),
], [("NL102", "n1")], [],
    "hard positive: 'Ej uteslutet att det rör sig om extrauterin graviditet' starts with a negation but is a hedge")

case("d123-vgr-mall-th-men-vanligt-sokord", "vgr", patient("1966-02-08", "F"), [
    note("n1", M, "Tidiga hypoteser", "akm_su_s", "Anders Gustafsson", L,
         "2024-11-05T16:10:00", "2024-11-05T16:40:00", OV, [
             ("Bedömning", "Ikterus och viktnedgång, DT: dilaterade gallvägar. Misstänkt kolangiocarcinom, ERCP planeras."),
         ]),
], [("NL102", "n1")], [],
    "VGR protects by sökord, not by template: a Bedömning section in a note named Tidiga hypoteser is still visible")

case("d123-skane-th-sokord-i-vanlig-mall", "skane", patient("1947-09-14", "M"), [
    note("n1", M, "Läkaranteckning", "akm_lund", "Karin Håkansson", L,
         "2024-11-20T12:00:00", "2024-11-20T12:35:00", OV, [
             ("Tidiga hypoteser", "Progredierande gångsvårighet och fall, frontalt beteende. Möjlig normaltryckshydrocefalus, DT hjärna bokad."),
         ]),
], [("NL102", "n1")], [],
    "Skåne protects by template, not sökord: a 'Tidiga hypoteser' keyword inside an ordinary Läkaranteckning is visible")

# ======================================================================
# NL102 negatives: negated, relative, non-diagnostic hedge, conditional,
# confirmed, protected place, PMO
# ======================================================================

case("d123-amb-ingen-misstanke-om-stroke", "vgr", patient("1958-05-13", "F"), [
    note("n1", M, "Ambulansanteckning", "amb_skas", "Lotta Strand", S,
         "2024-04-09T08:50:00", "2024-04-09T10:05:00", OV, [
             ("Anamnes", "Yrsel sedan uppvaknandet, rotatorisk, illamående vid huvudrörelser. Inga synstörningar, ingen huvudvärk."),
             ("Status", "BEFAST utan anmärkning. Horisontell nystagmus vid blick åt hö. Gång stadig med stöd. BT 148/86, puls 76, P-glukos 6,1."),
             ("Bedömning", "Ingen misstanke om stroke enl. ambulanssjuksköterskans bedömning, konfererat med akutläkare Skövde per telefon. RETTS gul, transport för läkarbedömning."),
         ]),
], [], [("NL102", "n1")],
    "ambulance: 'Ingen misstanke om stroke' is a negated diagnosis; no other hedge in the note")

case("d123-akm-lungemboli-uteslutes", "skane", patient("1986-08-22", "M"), [
    note("n1", M, "Akutjournal", "akm_lund", "Oskar Lund", L,
         "2024-03-06T13:40:00", "2024-03-06T15:20:00", OV, [
             ("Utredning", "DT lungartärer utan embolier."),
             ("Bedömning", "Lungemboli uteslutes. Smärtan reproduceras vid palpation av sternokostallederna 3–4 vä: costochondrit. Hem med Ipren 400 mg x 3 i 5 d."),
         ]),
], [], [("NL102", "n1")],
    "ED: 'Lungemboli uteslutes' after DT is ruled out; the final diagnosis costochondrit is stated without hedge")

case("d123-akm-inga-tecken-pa-fraktur-fotled", "vgr", patient("2000-10-03", "M"), [
    note("n1", M, "Akutanteckning läkare", "akm_kungalv", "Ahmed Saleh", L,
         "2024-05-25T19:30:00", "2024-05-25T20:05:00", OV, [
             ("Aktuellt", "Vrickade hö fotled på fotbollsträning, inversionsvåld. Ottawa positiv pga ömhet bakre kant laterala malleolen."),
             ("Bedömning", "Rtg fotled: inga tecken på fraktur. Distorsion hö fotled. Elastisk linda, kryckor och belastning efter förmåga."),
         ]),
], [], [("NL102", "n1")],
    "ED: 'inga tecken på fraktur' is a negated finding; the distortion is confirmed")

case("d123-akm-mor-trol-aortaaneurysm", "skane", patient("1967-02-16", "M"), [
    note("n1", M, "Akutjournal", "akm_ystad", "Oskar Lund", L,
         "2024-01-13T11:05:00", "2024-01-13T11:55:00", OV, [
             ("Anamnes", "Ryggsmärta sedan lyft av flyttkartonger igår, lumbalt utan utstrålning. Hereditet: mor dog 72 år, trol. rupturerat aortaaneurysm."),
             ("Status", "Ömhet paravertebralt L3–L5. Neurologi i benen ua, palpabla fotpulsar, buk mjuk utan pulserande resistens. Bedside-UL: aorta 19 mm."),
             ("Bedömning", "Lumbago. Paracetamol och Ipren, fortsatt aktivitet, vc vid utebliven förbättring om 2–3 v."),
         ]),
], [], [("NL102", "n1")],
    "hard negative: 'trol. rupturerat aortaaneurysm' is the mother's cause of death, not the patient's diagnosis")

case("d123-narakut-ev-rtg-pulm-plan", "vgr", patient("1975-06-30", "F"), [
    note("n1", M, "Mottagningsanteckning", "narakut_kungalv", "Erik Carlsson", L,
         "2024-02-19T10:20:00", None, OV, [
             ("Bedömning", "Hosta 3 v efter förkylning, ingen feber, opåverkad, lungor ua, CRP under 5. Postinfektiös hosta. Ev. rtg pulm om hostan kvarstår efter totalt 6 v, pat bokar då själv på vc."),
         ]),
], [], [("NL102", "n1")],
    "non-diagnostic hedge: 'Ev. rtg pulm' is a plan; the diagnosis postinfektiös hosta is stated plainly")

case("d123-1177-ev-lite-feber-symptom", "skane", patient("2021-03-02", "F"), [
    note("n1", M, "Telefonrådgivning", "r1177_skane", "Camilla Sjöberg", S,
         "2024-10-19T21:05:00", "2024-10-19T21:15:00", OV, [
             ("Kontaktorsak", "Mamma ringer om 3-åring som kräkts två gånger i kväll, ev. lite feber men ej uppmätt. Dricker, kissade för 2 h sedan, pigg mellan kräkningarna."),
             ("Råd", "Vätska i små klunkar, mät temp. Ringer åter om barnet blir slött, slutar kissa eller kräks upp allt."),
         ]),
], [], [("NL102", "n1")],
    "telephone advice: 'ev. lite feber' hedges a symptom, and the return advice is conditional")

case("d123-akm-om-rodnad-eller-feber-sok-igen", "skane", patient("1991-07-07", "M"), [
    note("n1", M, "Akutjournal", "akm_hbg", "Farah Haddad", L,
         "2024-08-30T22:40:00", "2024-08-30T23:10:00", OV, [
             ("Åtgärd", "Skärsår vä handflata av glas, 3 cm, ytligt, senor och nerver intakta. Sutur x 4 Ethilon 4-0, tetanusvaccin givet."),
             ("Planering", "Suturtagning på vc om 12 d. Om rodnad, pus eller feber tillkommer ska pat söka vc eller akuten igen."),
         ]),
], [], [("NL102", "n1")],
    "conditional instruction ('Om rodnad, pus eller feber ...') is no hedged diagnosis")

case("d123-akm-bekraftad-distal-radiusfraktur", "vgr", patient("1954-12-12", "F"), [
    note("n1", M, "Akutanteckning läkare", "akm_alingsas", "Malin Johansson", L,
         "2024-01-31T09:10:00", "2024-01-31T10:30:00", OV, [
             ("Bedömning", "Halkat på isen. Rtg vä handled: distal radiusfraktur med dorsal felställning 15 grader. Reposition i hematomblockad, dorsal gipsskena, kontroll-rtg med godtagbart läge. Ortopedmottagningen om en vecka."),
         ]),
], [], [("NL102", "n1")],
    "confirmed fracture on X-ray, no hedge anywhere")

case("d123-skane-th-mall-pankreas-bifynd", "skane", patient("1955-03-25", "M"), [
    note("n1", M, "Tidiga hypoteser", "akm_trelleborg", "Per Åkesson", L,
         "2024-07-02T17:20:00", "2024-07-02T17:50:00", OV, [
             ("Utredning", "DT buk tagen pga vänstersidig buksmärta: bifynd 3 cm lågattenuerande förändring i pankreashuvudet. Misstänkt pankreascancer. Ej kommunicerat, pat informeras när MR pankreas är gjord. Remiss kirurgkliniken."),
         ]),
], [], [("NL102", "n1"), ("NL101", "n1")],
    "Skåne: hedged and untold diagnosis kept only in a note with the protected Tidiga hypoteser template")

case("d123-vgr-th-sokord-lymfom-ovrigt-rent", "vgr", patient("1984-09-09", "M"), [
    note("n1", M, "Akutanteckning läkare", "akm_nal", "Reza Moradi", L,
         "2024-06-14T15:00:00", "2024-06-14T16:10:00", OV, [
             ("Anamnes", "Viktnedgång 8 kg på 3 mån, nattsvettningar och trötthet. Söker nu för feber sedan 5 d."),
             ("Status", "Oömma förstorade lymfkörtlar på halsen bilat, 2–3 cm. Mjälten palpabel under arcus."),
             ("Bedömning", "Lymfadenopati och splenomegali med B-symtom. Remiss hematologmottagningen med akut prioritet. Blodstatus, diff, LD och urat skickade."),
             ("Tidiga hypoteser", "Misstänkt lymfom, Hodgkin eller NHL. Differentialdiagnos tuberkulos."),
         ]),
], [], [("NL102", "n1")],
    "VGR: the hedged lymphoma sits only under the protected sökord; visible sections state findings only")

case("d123-pmo-vc-misstankt-pneumoni", "skane", patient("1963-01-19", "F"), [
    note("n1", P, "Besöksanteckning", "vc_kirseberg", "Lena Fridh", L,
         "2024-02-07T10:30:00", "2024-02-07T11:00:00", OV, [
             ("Bedömning", "Feber och hosta 5 d, CRP 110, dämpning hö bas. Misstänkt pneumoni hö. PcV 1 g x 3 i 7 d, återbesök om utebliven förbättring efter 3 d."),
         ]),
], [], [("NL102", "n1")],
    "PMO never shows diagnoses: a hedged pneumonia in a Skåne primary care note is must_not")

case("d123-pmo-jourmottagning-trol-otit", "skane", patient("2018-09-06", "M"), [
    note("n1", P, "Jouranteckning", "vc_eslov", "Gustav Olin", L,
         "2024-03-23T12:10:00", "2024-03-23T12:30:00", OV, [
             ("Bedömning", "5-åring, öronvärk vä sedan i natt, feber 38,5. Vä trumhinna rodnad och matt. Trol. otitis media vä. Avvaktar antibiotika, Alvedon och Ipren, ny kontroll om 2–3 d om ej bättre."),
         ]),
], [], [("NL102", "n1")],
    "PMO out-of-hours clinic: 'Trol. otitis media' is not shown to the guardian, so NL102 must not fire")

case("d123-akm-talar-emot-appendicit", "vgr", patient("1999-04-04", "F"), [
    note("n1", M, "Akutanteckning läkare", "akm_su_o", "Viktor Nyström", L,
         "2024-08-11T20:25:00", "2024-08-11T21:00:00", OV, [
             ("Bedömning", "Buksmärta 2 d, mjuk buk utan lokaliserad ömhet, afebril, CRP 4, LPK 7,2. Förloppet och normala prover talar emot appendicit. Obstipation senaste veckan, Movicol, hem."),
         ]),
], [], [("NL102", "n1")],
    "'talar emot appendicit' is a negative hedge; the diagnosis obstipation is stated plainly")

case("d123-akm-misstanken-om-dvt-avskrivs", "skane", patient("1948-10-28", "F"), [
    note("n1", M, "Akutjournal", "akm_csk", "Anna Thulin", L,
         "2024-05-03T09:40:00", "2024-05-03T10:30:00", OV, [
             ("Utredning", "UL vä ben: komprimerbara vener från ljumske till knäveck, inga tromber."),
             ("Bedömning", "Misstanken om DVT avskrivs. Svullnaden förklaras av en rupturerad Bakercysta som ses på UL. Fragmin sätts ut."),
         ]),
], [], [("NL102", "n1")],
    "hard negative: 'Misstanken om DVT avskrivs' contains the hedge noun but the diagnosis is dismissed")

case("d123-avd-trolig-utskrivning-imorgon", "vgr", patient("1940-08-17", "M"), [
    note("n1", M, "Daganteckning", "avd_su_akut", "Tobias Larsson", L,
         "2024-02-22T11:30:00", "2024-02-22T12:00:00", SV, [
             ("Aktuellt", "Pneumoni hö underlob, förbättrad på bensyl-pc, feberfri 36 h, CRP 210 → 64."),
             ("Planering", "Trolig utskrivning imorgon fm med peroral behandling. Eventuellt uppföljande telefonsamtal från avdelningen om 2 d."),
         ]),
], [], [("NL102", "n1")],
    "hedges on plans ('Trolig utskrivning', 'Eventuellt ... telefonsamtal'); the pneumonia itself is confirmed")

case("d123-akm-oklart-om-pat-slog-huvudet", "skane", patient("1939-05-05", "M"), [
    note("n1", M, "Akutjournal", "akm_malmo", "Ali Rahimi", L,
         "2024-09-03T15:15:00", "2024-09-03T16:00:00", OV, [
             ("Anamnes", "Snubblade på trottoarkanten, oklart om pat slog i huvudet. Inga antikoagulantia."),
             ("Status", "Inga yttre skador på skalpen. GCS 15, neurologstatus ua. Skrapsår och svullnad vä knä, stabil led."),
             ("Bedömning", "Kontusion vä knä. Skallskadeprotokollet ger ingen indikation för DT hjärna. Hem med anhörig."),
         ]),
], [], [("NL102", "n1")],
    "'oklart om pat slog i huvudet' hedges an event, not a diagnosis")

case("d123-amb-ingen-misstanek-om-meningit-typo", "vgr", patient("2017-02-27", "F"), [
    note("n1", M, "Ambulansanteckning", "amb_nu", "Patrik Lund", S,
         "2024-11-29T19:10:00", "2024-11-29T20:20:00", OV, [
             ("Anamnes", "7-åring med feber 39,8 och huvudvärk sedan eftermiddagen."),
             ("Bedömning", "Fri nackflexion, inga petekier, pigg och pratar. Ingen misstanek om meningit. Föräldrarna kör själva till jourcentralen efter samråd med läkare."),
         ]),
], [], [("NL102", "n1")],
    "typo case: negated 'Ingen misstanek om meningit' (misspelled) must still not fire")

case("d123-akm-inget-som-tlar-for-sepsis-typo", "skane", patient("1994-12-14", "F"), [
    note("n1", M, "Akutjournal", "akm_ystad", "Maja Lindahl", L,
         "2024-02-15T18:20:00", "2024-02-15T18:55:00", OV, [
             ("Bedömning", "Feber 38,3 sedan igår och ont i halsen, Centor 2, strep A negativ. Stabila vitalparametrar, NEWS2 1. Inget som tlar för sepsis. Viral faryngit, egenvård."),
         ]),
], [], [("NL102", "n1")],
    "typo case: 'Inget som tlar för sepsis' (talar misspelled) negates the 'talar för' hedge")

case("d123-akm-rtg-ej-forenligt-med-fraktur", "vgr", patient("1971-07-21", "M"), [
    note("n1", M, "Akutanteckning läkare", "akm_skas", "Henrik Olsson", L,
         "2024-10-07T14:35:00", "2024-10-07T15:20:00", OV, [
             ("Bedömning", "Fall från stege ca 1,5 m, ont i ländryggen. Rtg ländrygg ej förenligt med kotkompression eller annan fraktur. Kontusion lumbalt, smärtlindring och mobilisering."),
         ]),
], [], [("NL102", "n1")],
    "hard negative: 'ej förenligt med kotkompression' negates the 'förenligt med' hedge")

case("d123-amb-mojlig-kort-medvetsloshet-symtom", "skane", patient("1981-01-30", "F"), [
    note("n1", M, "Ambulansjournal", "amb_hbg", "Lina Bengtsson", S,
         "2024-07-26T12:20:00", "2024-07-26T13:30:00", OV, [
             ("Anamnes", "Svimmade i kön på Ica, möjlig kort medvetslöshet enl. kassapersonalen, återhämtad inom sekunder. Föregicks av värmekänsla, illamående och tunnelseende."),
             ("Status", "EKG sinusrytm 72, normala PQ och QTc. Ortostatiskt BT-fall 25 mmHg systoliskt."),
             ("Bedömning", "Vasovagal synkope. Transport till akuten Helsingborg på pats önskemål."),
         ]),
], [], [("NL102", "n1")],
    "'möjlig kort medvetslöshet' hedges a witnessed symptom; the diagnosis vasovagal synkope is plain")

case("d123-pmo-uppf-hjartsvikt-kan-ej-uteslutas", "skane", patient("1946-04-08", "M"), [
    note("n1", P, "Telefonkontakt", "vc_nasby", "Eva Borg", L,
         "2024-06-10T13:00:00", "2024-06-10T13:15:00", OV, [
             ("Telefonkontakt", "Ringer pat efter akutbesöket 4/6 med andfåddhet och bensvullnad. NT-proBNP 890. Hjärtsvikt kan ej uteslutas, remiss UCG skickad, furosemid 20 mg tills vidare."),
         ]),
], [], [("NL102", "n1")],
    "PMO follow-up call after an ED visit: 'kan ej uteslutas' in PMO is not shown, must_not")

case("d123-akm-kant-ff-ev-kontakt-kardiolog", "vgr", patient("1952-09-19", "F"), [
    note("n1", M, "Akutanteckning läkare", "akm_su_m", "Jenny Berg", L,
         "2024-04-25T07:50:00", "2024-04-25T09:40:00", OV, [
             ("Anamnes", "Känt paroxysmalt förmaksflimmer sedan 2019, Eliquis 5 mg x 2. Hjärtklappning sedan 5 h."),
             ("Bedömning", "FF med kammarfrekvens 140 vid ankomst, spontan konvertering till sinusrytm på akuten efter Metoprolol 5 mg iv. Ev. kontakt med egen kardiolog för justering av betablockad."),
         ]),
], [], [("NL102", "n1")],
    "known atrial fibrillation is confirmed; 'Ev. kontakt med egen kardiolog' is a plan hedge")

case("d123-barnakut-syster-trolig-vattkoppor", "skane", patient("2018-12-03", "M"), [
    note("n1", M, "Läkaranteckning", "barnakut_malmo", "Sanna Ek", L,
         "2024-03-12T17:25:00", "2024-03-12T17:55:00", OV, [
             ("Anamnes", "5-åring med feber och blåsor på bålen sedan igår. Storasyster har trolig vattkoppor sedan två veckor."),
             ("Status", "Papler, vesikler och krustor i olika stadier över bål och hårbotten. Opåverkad, pigg."),
             ("Bedömning", "Varicellae. Klådlindring, Alvedon vid feber, ingen förskola förrän alla blåsor torkat in."),
         ]),
], [], [("NL102", "n1")],
    "child (guardian reads): the only hedge is the sister's 'trolig vattkoppor'; the patient's diagnosis is stated")

case("d123-akm-stroke-avskriven-hypoglykemi", "vgr", patient("1944-06-24", "M"), [
    note("n1", M, "Akutanteckning läkare", "akm_su_s", "Anders Gustafsson", L,
         "2024-09-15T06:40:00", "2024-09-15T08:00:00", OV, [
             ("Anamnes", "Strokelarm från ambulansen pga afasi och hö-sidig svaghet. Insulinbehandlad typ 2-diabetes."),
             ("Bedömning", "P-glukos 2,4 vid ankomst, DT och DT-angio hjärna ua. Symtomen gick helt i regress efter glukos iv. Stroke avskriven. Hypoglykemi orsakad av för hög kvällsdos, Insulatard minskas till 18 E."),
         ]),
], [], [("NL102", "n1")],
    "'Stroke avskriven' dismisses the alert diagnosis; hypoglykemi is confirmed")

case("d123-narakut-mojlig-fraktur-sedan-akut-bekraftad", "vgr", patient("2016-02-18", "F"), [
    note("n1", M, "Mottagningsanteckning", "narakut_ostra", "Emma Karlsson", L,
         "2024-05-06T16:00:00", "2024-05-06T16:20:00", OV, [
             ("Bedömning", "8-åring, fall från studsmatta på vä hand, svullen och öm distalt på underarmen. Möjlig greenstickfraktur, remitteras till barnakuten för rtg."),
         ]),
    note("n2", M, "Akutanteckning läkare", "barnakut_dsbus", "Sara Lindqvist", L,
         "2024-05-06T18:10:00", "2024-05-06T18:45:00", OV, [
             ("Bedömning", "Rtg vä underarm: buckle-fraktur distala radius utan felställning. Gipsskena 3 v, ingen kontroll-rtg behövs."),
         ]),
], [("NL102", "n1")], [("NL102", "n2")],
    "chain: närakut hedges the fracture (n1 must), the ED note confirms it on X-ray (n2 must_not)")

case("d123-1177-vid-misstanke-om-blodforgiftning-rad", "vgr", patient("1953-02-01", "M"), [
    note("n1", M, "Telefonrådgivning", "r1177_vgr", "Karolina Hed", S,
         "2024-06-29T10:05:00", "2024-06-29T10:15:00", OV, [
             ("Kontaktorsak", "71-årig man som skar sig i pekfingret vid trädgårdsarbete igår. Lätt rodnad runt såret, ingen feber, rör fingret fritt."),
             ("Råd", "Egenvård med tvätt och torrt förband. Informerad om att vid misstanke om blodförgiftning – röd strimma upp mot armen, feber eller frossa – söka akut direkt."),
         ]),
], [], [("NL102", "n1"), ("NL101", "n1")],
    "hypothetical: 'vid misstanke om blodförgiftning' is safety-net advice, not a hedged diagnosis of the patient")

case("d123-akm-dd-avforda-efter-dt", "skane", patient("1977-10-15", "M"), [
    note("n1", M, "Akutjournal", "akm_hbg", "Farah Haddad", L,
         "2024-11-08T01:30:00", None, OV, [
             ("Bedömning", "Hugg i vä thorax efter en veckas kraftig hosta. DT lungartärer utan embolier, rtg utan pneumothorax, DD lungemboli och pneumothorax därmed avförda. Muskulär bröstsmärta i interkostalmuskulaturen efter hostattacker."),
         ]),
], [], [("NL102", "n1")],
    "hard negative: 'DD lungemboli och pneumothorax därmed avförda' — differentials listed only to be ruled out")

case("d123-pmo-vc-mojlig-borrelia", "skane", patient("1960-08-02", "F"), [
    note("n1", P, "Telefonkontakt", "vc_osterlen", "Hugo Berglund", S,
         "2024-07-15T09:30:00", "2024-07-15T09:40:00", OV, [
             ("Telefonkontakt", "Pat sökte jourcentralen i helgen för rodnad på låret efter fästingbett. Möjlig borrelia enl. jourläkaren, fick Kåvepenin. Ringer nu om klåda, råd om antihistamin."),
         ]),
], [], [("NL102", "n1")],
    "PMO nurse call: hedged 'Möjlig borrelia' in primary care PMO is not shown")

case("d123-pmo-jour-sannolik-baltros", "skane", patient("1949-12-09", "M"), [
    note("n1", P, "Jouranteckning", "vc_hoja", "Gustav Olin", L,
         "2024-04-13T11:45:00", "2024-04-13T12:05:00", OV, [
             ("Bedömning", "Brännande smärta hö bröstkorg 3 d, nu grupperade blåsor i ett dermatom Th5 hö. Sannolik bältros. Valaciklovir 1 g x 3 i 7 d."),
         ]),
], [], [("NL102", "n1")],
    "PMO out-of-hours note: 'Sannolik bältros' is never shown from PMO")

# ======================================================================
# NL101 positives: a diagnosis in a visible section, patient not told
# ======================================================================

case("d123-uppf-saureus-bakteriemi-ej-nadd", "skane", patient("1959-01-04", "M"), [
    note("n1", M, "Telefonanteckning", "akm_lund", "Karin Håkansson", L,
         "2024-04-12T15:50:00", "2024-04-12T16:05:00", OV, [
             ("Provsvar", "Blododling från akutbesöket 9/4: Staphylococcus aureus i 2 av 2 flaskor. S. aureus-bakteriemi kräver inläggning och iv behandling."),
             ("Telefonkontakt", "Ringt pat 11:05, 13:20 och 15:45 utan svar, ej nådd. Pat är alltså ännu inte informerad. Infektionsjouren underrättad, akutens ssk fortsätter försöka i kväll."),
         ]),
], [("NL101", "n1")], [("NL102", "n1")],
    "follow-up call: confirmed S. aureus bacteremia written visibly while the patient could not be reached and is not informed")

case("d123-uppf-missad-scaphoideumfraktur-ej-nadd", "vgr", patient("1997-06-11", "M"), [
    note("n1", M, "Telefonkontakt", "akm_kungalv", "Ahmed Saleh", L,
         "2024-05-06T09:15:00", None, OV, [
             ("Telefonkontakt", "Eftergranskning av rtg vä handled från akutbesöket 2/5: radiologen beskriver fraktur genom os scaphoideums midja, som inte noterades vid besöket. Sökt pat på mobilen två gånger idag utan svar, han har alltså inte fått beskedet. Brev med kallelse till ortopedmottagningen skickas, nytt försök imorgon."),
         ]),
], [("NL101", "n1")], [],
    "follow-up after radiology review: missed scaphoid fracture documented, patient not reached and not told")

case("d123-akm-dt-lungtumor-ej-informerad", "skane", patient("1952-11-29", "F"), [
    note("n1", M, "Inskrivningsanteckning", "akm_malmo", "Petra Svensson", L,
         "2024-02-20T22:30:00", "2024-02-20T23:45:00", SV, [
             ("Utredning", "DT thorax på indikationen lungemboli: ingen emboli. Däremot 4 cm tumör i hö överlob med förstorade mediastinala lymfkörtlar."),
             ("Planering", "Pat ännu ej informerad om tumörfyndet. Besked ges på avdelningen imorgon i lugn miljö, med dottern närvarande som pat själv önskat ha med vid alla samtal."),
         ]),
], [("NL101", "n1")], [],
    "admission note: a lung tumour found on DT is written in the visible Utredning while 'Pat ännu ej informerad'")

case("d123-akm-pad-adenocarcinom-ej-meddelat", "vgr", patient("1956-03-16", "M"), [
    note("n1", M, "Akutanteckning läkare", "akm_sas", "Jenny Berg", L,
         "2024-05-08T16:40:00", "2024-05-08T17:50:00", OV, [
             ("Anamnes", "Söker för krampaktig buksmärta och gasbesvär. Koloskopi med biopsi gjord förra veckan pga blod i avföringen."),
             ("Bedömning", "PAD från koloskopin (besvarat igår): adenocarcinom i sigmoideum. Har inte berättat om PAD-svaret då ansvarig kirurg ger beskedet vid inbokat besök 15/5. Inga ileustecken, buköversikt ua, hem med Movicol."),
         ]),
], [("NL101", "n1")], [],
    "ED doctor records a colon cancer pathology answer in Bedömning but has deliberately not told the patient")

case("d123-barnakut-diabetesdebut-ej-informerade", "skane", patient("2016-08-25", "M"), [
    note("n1", M, "Läkaranteckning", "barnakut_lund", "Ida Möller", L,
         "2024-09-11T12:30:00", "2024-09-11T13:40:00", OV, [
             ("Anamnes", "8-åring som kommer med ambulans från skolan pga trötthet och kräkning. Törstig och kissat mycket i 3 v, gått ned 3 kg."),
             ("Status", "Torra slemhinnor, Kussmaulandning antydd. P-glukos 24, ketoner 3,1, pH 7,31."),
             ("Diagnos", "Nydebuterad diabetes mellitus typ 1 med lätt ketoacidos."),
             ("Planering", "Vårdnadshavarna ej nådda ännu, på väg in. Varken barnet eller föräldrarna är informerade om diagnosen; barndiabetesteamet informerar vid ankomst till avd 67."),
         ]),
], [("NL101", "n1")], [],
    "child under 13: confirmed diabetes under the visible sökord Diagnos while neither child nor guardians are told")

case("d123-uppf-mrsa-ej-infomerad-typo", "vgr", patient("1975-12-30", "F"), [
    note("n1", M, "Telefonkontakt", "akm_nal", "Reza Moradi", L,
         "2024-08-23T14:20:00", None, OV, [
             ("Provsvar", "Sårodling från abscessen som incidierades på akuten 19/8: MRSA."),
             ("Telefonkontakt", "MRSA-infektion i huden, smittskyddsanmälan gjord. Pat ej infomerad ännu, sökt utan svar; vårdcentralen tar kontakt imorgon."),
         ]),
], [("NL101", "n1")], [],
    "typo case, unsigned draft: 'Pat ej infomerad' (misspelled) next to a confirmed MRSA infection")

case("d123-mr-thalamusinfarkt-ej-fatt-besked", "skane", patient("1951-06-03", "M"), [
    note("n1", M, "Telefonanteckning", "akm_hbg", "Linnea Ohlsson", S,
         "2024-03-06T10:00:00", "2024-03-06T10:10:00", OV, [
             ("Provsvar", "MR hjärna från akutbesöket 3/3: liten färsk infarkt i vä thalamus."),
             ("Åtgärd", "Pat har ännu inte fått besked om MR-svaret. Strokemottagningen bokar besök 12/3 där läkare går igenom resultatet, tid skickas per brev."),
         ]),
], [("NL101", "n1")], [("NL102", "n1")],
    "ED nurse records a confirmed infarct on MR; 'Pat har ännu inte fått besked' about it")

case("d123-uppf-hepatit-c-ej-nadd", "vgr", patient("1985-04-26", "M"), [
    note("n1", M, "Telefonkontakt", "akm_su_s", "Maria Lindgren", L,
         "2024-08-27T11:30:00", "2024-08-27T11:45:00", OV, [
             ("Provsvar", "Serologi från akuten 20/8 (tagen vid ikterus): anti-HCV positiv, HCV-RNA positivt."),
             ("Bedömning", "Kronisk hepatit C. Pat ej nådd på angivet nummer och alltså inte informerad. Smittskyddsanmälan gjord, remiss infektionsmottagningen."),
         ]),
], [("NL101", "n1")], [],
    "follow-up: hepatitis C written in Bedömning while the patient is not reached and not informed")

case("d123-akm-subduralhematom-avvaktar-dotter", "skane", patient("1941-02-13", "M"), [
    note("n1", M, "Akutjournal", "akm_ystad", "Maja Lindahl", L,
         "2024-10-22T19:30:00", "2024-10-22T21:40:00", OV, [
             ("Anamnes", "83-årig man, föll i hallen för två veckor sedan, nu tilltagande förvirring enl. dottern per telefon."),
             ("Bedömning", "DT hjärna: kroniskt subduralhematom hö, 14 mm, mittlinjeförskjutning 5 mm. Pat desorienterad, information till honom avvaktas tills dottern är på plats ca 21. Neurokirurgen Lund kontaktad, överflyttning."),
         ]),
], [("NL101", "n1")], [],
    "ED: subdural haematoma in Bedömning, 'information till honom avvaktas' — the patient has not been told")

case("d123-akm-pankreascancer-meddelas-efter-mdk", "vgr", patient("1954-10-10", "F"), [
    note("n1", M, "Daganteckning", "avd_su_akut", "Tobias Larsson", L,
         "2024-03-27T13:10:00", None, SV, [
             ("Aktuellt", "Inlagd från akuten med smärtfri ikterus."),
             ("Bedömning", "DT buk: 3 cm tumör i pankreashuvudet med multipla levermetastaser, pankreascancer stadium IV enl. radiolog. Diagnosen meddelas pat först efter MDK på tisdag. Hittills informerad enbart om att gallgången är förträngd och att stent ska läggas."),
         ]),
], [("NL101", "n1")], [],
    "the patient is told something else (the stricture), but the cancer diagnosis is withheld until MDK")

case("d123-akm-akut-leukemi-vantar-hematolog", "skane", patient("1968-07-18", "M"), [
    note("n1", M, "Akutjournal", "akm_lund", "Johan Ek", L,
         "2024-06-17T15:10:00", "2024-06-17T17:00:00", OV, [
             ("Anamnes", "Blödande tandkött och blåmärken 2 v, tilltagande trötthet."),
             ("Lab", "Hb 71, TPK 18, LPK 84 med rikligt med blaster i utstryket."),
             ("Bedömning", "Akut leukemi. Hematologbakjouren informerad och tar över. Pat ej informerad i väntan på hematologen, som ger beskedet under kvällen."),
         ]),
], [("NL101", "n1")], [],
    "ED: acute leukaemia stated, 'Pat ej informerad' while waiting for the haematologist")

case("d123-akm-skelettmetastas-ej-delgivet", "vgr", patient("1962-01-09", "F"), [
    note("n1", M, "Akutanteckning läkare", "akm_su_m", "Jenny Berg", L,
         "2024-07-30T10:05:00", "2024-07-30T11:20:00", OV, [
             ("Anamnes", "Opererad för bröstcancer vä 2019, sedan dess kontroller utan återfall. Ont i vä överarm 6 v, nu kraftig smärta efter att ha lyft en kasse."),
             ("Bedömning", "Rtg och DT: patologisk fraktur i proximala humerus genom en lytisk skelettmetastas. Detta är ej delgivet patienten; onkologen tar samtalet imorgon. Mitella, smärtlindring, inläggning ortopeden."),
         ]),
], [("NL101", "n1")], [],
    "a skeletal metastasis is documented visibly and 'ej delgivet patienten'")

case("d123-uppf-lungtuberkulos-pat-ovetande", "vgr", patient("1990-09-28", "M"), [
    note("n1", M, "Telefonkontakt", "inf_su_o", "Elin Fransson", L,
         "2024-01-18T16:00:00", "2024-01-18T16:20:00", OV, [
             ("Provsvar", "Sputum taget på akuten 15/1: Mycobacterium tuberculosis-komplex PCR positiv, mikroskopi positiv."),
             ("Bedömning", "Smittsam lungtuberkulos. Pat ovetande om svaret, ej nådd idag trots tolk via telefon. Smittskyddsläkaren informerad, fortsatta försök imorgon bitti."),
         ]),
], [("NL101", "n1")], [],
    "follow-up of a culture: tuberculosis stated while 'Pat ovetande om svaret'")

case("d123-akm-perforerad-divertikulit-ej-informerad-n1", "skane", patient("1964-04-30", "F"), [
    note("n1", M, "Akutjournal", "akm_hbg", "Ali Rahimi", L,
         "2024-07-04T02:15:00", "2024-07-04T03:30:00", OV, [
             ("Bedömning", "DT buk: perforerad sigmoideumdivertikulit med fri gas och lokal abscess. Pat sov efter morfin när DT-svaret kom och har ännu inte informerats; kirurgjouren tar samtalet inför operation."),
         ]),
    note("n2", M, "Operationsanteckning", "kir_hbg", "Martin Sjögren", L,
         "2024-07-04T09:30:00", "2024-07-04T10:20:00", SV, [
             ("Information", "Informerat pat om perforationen före op och om att stomi kan bli nödvändig. Pat förstår och samtycker."),
         ]),
], [("NL101", "n1")], [("NL101", "n2")],
    "chain: the night ED note withholds the DT diagnosis (n1 must); the morning note tells the patient (n2 must_not)")

case("d123-akm-missed-abortion-har-inte-berattat", "vgr", patient("1992-02-06", "F"), [
    note("n1", M, "Akutanteckning läkare", "akm_sas", "Hanna Wallin", L,
         "2024-04-02T08:30:00", "2024-04-02T09:15:00", OV, [
             ("Bedömning", "Gravid v 11 enl. SM, sparsam blödning sedan igår. Abdominellt UL: missed abortion, fosterlängd motsvarande v 8, ingen hjärtaktivitet. Har inte berättat för pat ännu då gynjouren vill göra eget vaginalt UL först, pat överförs till kvinnokliniken."),
         ]),
], [("NL101", "n1")], [],
    "ED: a missed abortion is written visibly; 'Har inte berättat för pat ännu'")

case("d123-uppf-pneumothorax-ej-underattad-typo", "vgr", patient("1973-05-19", "M"), [
    note("n1", M, "Telefonkontakt", "akm_skas", "Henrik Olsson", L,
         "2024-12-10T13:20:00", "2024-12-10T13:35:00", OV, [
             ("Telefonkontakt", "Eftergranskat rtg thorax från akuten 8/12: revbensfrakturer costa 7 och 8 hö samt en liten apikal pneumothorax som inte sågs vid besöket. Pat ej underättad, ringer upp efter lunch för att kalla in till nytt rtg."),
         ]),
], [("NL101", "n1")], [],
    "typo case: 'Pat ej underättad' (underrättad misspelled) about a pneumothorax missed at the ED visit")

case("d123-uppf-celiaki-ej-informrad-typo", "skane", patient("1999-10-20", "F"), [
    note("n1", M, "Telefonanteckning", "akm_trelleborg", "Per Åkesson", L,
         "2024-11-25T14:10:00", "2024-11-25T14:20:00", OV, [
             ("Provsvar", "Transglutaminasantikroppar från akutbesöket pga järnbristanemi: över 128, celiaki."),
             ("Telefonkontakt", "Ej nådd per telefon två gånger. Pat ännu ej informrad om diagnosen; brev med tid till gastromottagningen har skickats."),
         ]),
], [("NL101", "n1")], [],
    "typo case (informrad): celiac disease written visibly; a letter with an appointment was sent but the patient is 'ännu ej informerad om diagnosen'")

case("d123-akm-njursvikt-nefrolog-informerar", "skane", patient("1947-12-22", "M"), [
    note("n1", M, "Akutjournal", "akm_csk", "Anna Thulin", L,
         "2024-01-25T23:10:00", "2024-01-26T00:30:00", OV, [
             ("Lab", "Krea 612, K 5,9, Hb 92, bikarbonat 16."),
             ("Bedömning", "UL: små njurar bilat med tunn cortex. Kronisk njursvikt stadium 5. Nefrologen vill själv ta samtalet om dialys imorgon; pat har inte informerats om diagnosen i kväll. Kalciumresonium och inläggning medicin."),
         ]),
], [("NL101", "n1")], [],
    "ED at night: end-stage kidney failure stated; 'pat har inte informerats om diagnosen'")

case("d123-uppf-nstemi-efter-hemgang-ej-nadd", "vgr", patient("1959-07-05", "M"), [
    note("n1", M, "Telefonkontakt", "akm_su_o", "Viktor Nyström", L,
         "2024-10-03T21:05:00", "2024-10-03T21:30:00", OV, [
             ("Provsvar", "Andra hs-TnT taget 18:10 innan pat gick hem på eget ansvar 18:30: 84 (första 12)."),
             ("Telefonkontakt", "NSTEMI. Ringt pat fyra gånger utan svar. Dottern nådd och ber pat ringa akuten omgående; hon är inte informerad om innehållet. Pat själv fortfarande ej informerad, ny uppringning 22:00."),
         ]),
], [("NL101", "n1")], [],
    "follow-up after self-discharge: NSTEMI stated, patient still not informed (the daughter only asked him to call)")

case("d123-uppf-neuroborrelios-ej-fatt-veta", "skane", patient("1976-03-03", "F"), [
    note("n1", M, "Telefonanteckning", "akm_lund", "Oskar Lund", L,
         "2024-09-19T12:40:00", None, OV, [
             ("Provsvar", "LP från akuten 13/9: 45 mononukleära celler, borrelia-antikroppsindex positivt."),
             ("Bedömning", "Neuroborrelios med facialispares. Pat har ej fått veta svaret, ej nådd på telefon; ssk försöker igen i em. Doxycyklin 200 mg x 1 i 14 d förskrivet."),
         ]),
], [("NL101", "n1")], [],
    "unsigned draft: neuroborreliosis stated, 'Pat har ej fått veta svaret'")

case("d123-akm-lang-koloncancer-ej-informerad", "vgr", patient("1938-08-08", "F"), [
    note("n1", M, "Akutanteckning läkare", "akm_alingsas", "Malin Johansson", L,
         "2024-11-13T15:20:00", "2024-11-13T18:05:00", OV, [
             ("Kontaktorsak", "Trötthet och andfåddhet vid ansträngning sedan 2 mån, remitterad från vc pga Hb 78."),
             ("Triage", "RETTS gul, ESS 6 andfåddhet. Vitalparametrar stabila vid ankomst 14:55."),
             ("Socialt", "Sonen bor i Borås och besöker henne varje helg. Hemtjänst för städning och inköp."),
             ("Anamnes", "86-årig änka, bor själv i lägenhet med hemtjänst en gång per vecka. Hypertoni och lätt kognitiv svikt. Läkemedel: Enalapril 10 mg, Alvedon vid behov. Inga antikoagulantia. Mörk avföring periodvis, ingen hematemes. Aptiten sämre, tappat ca 4 kg i vikt."),
             ("Status", "AT: blek, lätt andfådd vid tal men opåverkad i vila. Temp 36,6, AF 18, SpO2 97%, BT 128/70, puls 94 reg. Cor: systoliskt blåsljud 2/6 över hela prekordiet. Pulm: ua. Buk: mjuk, oöm, ingen palpabel resistens. PR: ingen resistens, brunt på handsken, F-Hb positivt."),
             ("Lab", "Hb 76, MCV 68, ferritin 5, CRP 9, krea 71, TPK 412."),
             ("Utredning", "DT thorax-buk gjord på akuten: cirkulär väggförtjockning 5 cm i colon ascendens med lokala lymfkörtelmetastaser, koloncancer enl. radiolog, inga levermetastaser."),
             ("Bedömning", "Järnbristanemi orsakad av högersidig koloncancer. Pat ej informerad om DT-svaret. Hon vill att sonen, som kommer imorgon, är med när hon får besked, och besked ges därför på avdelningen tillsammans med kirurg."),
             ("Åtgärd", "Blodtransfusion 2 E, Ferinject 1 g iv, inläggning kirurgavdelningen. Remiss koloskopi och kirurgbedömning."),
             ("Planering", "Kirurgjouren dr Nilsson har bedömt pat på akuten och övertar. Transfusionen ges på avdelningen, Hb-kontroll imorgon bitti. Fasta efter midnatt inför koloskopi i veckan."),
         ]),
], [("NL101", "n1")], [],
    "long multi-section ED chart: the cancer diagnosis is in visible Utredning/Bedömning and the patient is not yet informed")

case("d123-akm-sarkoidos-pat-vet-inte", "skane", patient("1987-05-24", "M"), [
    note("n1", M, "Läkaranteckning", "med_hassleholm", "Linus Dahl", L,
         "2024-05-29T11:00:00", "2024-05-29T11:30:00", SV, [
             ("Utredning", "Bronkoskopi med EBUS igår: PAD icke-nekrotiserande granulom, odlingar negativa. Sarkoidos stadium II."),
             ("Planering", "Pat vet inte om PAD-svaret ännu, han var på promenad vid ronden. Diagnosen gås igenom med pat i em."),
         ]),
], [("NL101", "n1")], [],
    "ward note after ED admission: sarcoidosis stated while 'Pat vet inte om PAD-svaret ännu'")

case("d123-amb-overrapport-pat-ej-informerad-misstankt-stemi", "vgr", patient("1955-11-21", "F"), [
    note("n1", M, "Ambulansanteckning", "amb_sas", "Jonas Wikström", S,
         "2024-02-03T16:30:00", "2024-02-03T17:40:00", OV, [
             ("Bedömning", "Misstänkt STEMI anteriort enl. EKG tolkat av HIA-läkare. Pat mycket ångestfylld, ej informerad om misstanken enl. överenskommelse med kardiologen, som informerar på angiolab."),
             ("Åtgärd", "ASA 500 mg, Brilique 180 mg, Morfin 2,5 mg iv x 2. Direkt till PCI-lab SÄS."),
         ]),
], [("NL101", "n1"), ("NL102", "n1")], [],
    "ambulance: a hedged STEMI in a visible section that the anxious patient has not been told — both rules")

case("d123-akm-trolig-mb-crohn-ej-diskuterat", "skane", patient("2003-06-14", "F"), [
    note("n1", M, "Akutjournal", "akm_lund", "Karin Håkansson", L,
         "2024-08-14T20:00:00", "2024-08-14T21:20:00", OV, [
             ("Bedömning", "Diarré 6 v, viktnedgång, CRP 78, F-calprotectin över 1800. DT: väggförtjockad terminal ileum. Trolig Mb Crohn. Inte diskuterat med pat ikväll, hon informeras av gastroenterolog efter koloskopin på torsdag."),
         ]),
], [("NL101", "n1"), ("NL102", "n1")], [],
    "ED: hedged Crohn's disease, explicitly not discussed with the patient yet — both rules fire")

case("d123-inf-hiv-ej-informerad-partner-narvarande", "vgr", patient("1980-01-31", "M"), [
    note("n1", M, "Läkaranteckning", "inf_su_o", "Elin Fransson", L,
         "2024-06-25T12:40:00", "2024-06-25T14:00:00", SV, [
             ("Anamnes", "Inlagd via akuten med feber, torrhosta och dyspné 3 v. Partner med vid besöket."),
             ("Bedömning", "HIV-test positivt, CD4 80. Pneumocystispneumoni verifierad i BAL. Pat ej informerad om hiv-diagnosen ännu, då partnern hela tiden närvarat och pat ska få beskedet enskilt av infektionsläkare i em."),
         ]),
], [("NL101", "n1")], [],
    "a confirmed HIV diagnosis is visible while the patient himself has not yet been told")

case("d123-akm-kotkompression-osteoporos-ej-informerad", "skane", patient("1944-07-11", "F"), [
    note("n1", M, "Akutjournal", "akm_trelleborg", "Per Åkesson", L,
         "2024-03-19T10:15:00", "2024-03-19T11:00:00", OV, [
             ("Bedömning", "Akut ryggsmärta efter att ha lyft barnbarnet. DT ländrygg: kompressionsfraktur L1 med 30 % höjdreduktion, inga tecken till malignitet. Osteoporotisk kotfraktur. Pat ej informerad om frakturen då hon hann gå hem innan DT-svaret kom; ringer henne ikväll."),
         ]),
], [("NL101", "n1")], [],
    "ED: a fracture is documented while the patient left before the answer and is not informed")

# ======================================================================
# NL101 negatives: told, known, untold thing is no diagnosis, protected
# place, relative not told, nothing said about telling
# ======================================================================

case("d123-uppf-nadd-meddelat-ecoli", "skane", patient("1957-09-27", "F"), [
    note("n1", M, "Telefonanteckning", "akm_lund", "Karin Håkansson", L,
         "2024-02-08T09:30:00", "2024-02-08T09:40:00", OV, [
             ("Telefonkontakt", "Blododling från akutbesöket 5/2: E. coli, känslig för insatt behandling. Nådde pat 09:20 och meddelade svaret samt att Ciprofloxacin-kuren ska fullföljas. Mår bra, feberfri."),
         ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
    "follow-up call reached the patient and told her the culture result")

case("d123-akm-collumfraktur-pat-informerad", "vgr", patient("1939-01-16", "F"), [
    note("n1", M, "Akutanteckning läkare", "akm_su_m", "Tobias Larsson", L,
         "2024-03-01T11:10:00", "2024-03-01T12:00:00", OV, [
             ("Bedömning", "Rtg: dislocerad collum femoris-fraktur hö, Garden IV. Pat informerad om frakturen och planerad hemiprotes, förstår och samtycker. Fasta från midnatt, Fragmin 5000 E ikväll."),
         ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
    "ED: the fracture diagnosis is stated and the patient is informed today")

case("d123-akm-kol-kand-av-pat", "skane", patient("1950-05-09", "M"), [
    note("n1", M, "Akutjournal", "akm_csk", "Nils Cronqvist", L,
         "2024-01-09T14:30:00", "2024-01-09T15:30:00", OV, [
             ("Anamnes", "KOL GOLD 3, diagnos känd av pat sedan 2018. Ökad andfåddhet och grönt sputum sedan 4 d."),
             ("Bedömning", "KOL-exacerbation. Prednisolon 30 mg i 5 d, Doxyferm 7 d, inhalationer via spacer."),
         ]),
], [], [("NL101", "n1")],
    "a diagnosis known to the patient since 2018; nothing withheld")

case("d123-akm-ej-informerad-om-operationstid", "vgr", patient("1989-11-02", "M"), [
    note("n1", M, "Akutanteckning läkare", "ort_skas", "Lars-Åke Nord", L,
         "2024-08-08T17:45:00", "2024-08-08T18:20:00", OV, [
             ("Bedömning", "Instabil fotledsfraktur Weber B hö, operation krävs. Informerad om frakturen och behovet av op. Ej informerad om operationstid ännu då op-planeringen för morgondagen inte är klar."),
         ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
    "hard negative: 'Ej informerad om operationstid' — what is untold is a time, the fracture was told")

case("d123-uppf-remiss-skickad-ej-meddelat", "skane", patient("1982-02-28", "M"), [
    note("n1", M, "Telefonanteckning", "akm_hbg", "Linnea Ohlsson", S,
         "2024-05-15T13:40:00", "2024-05-15T13:45:00", OV, [
             ("Åtgärd", "Uretärsten 6 mm vä enl. DT, besked gavs på akuten. Remiss till urologmottagningen skickad idag. Pat ej informerad om att remissen gått iväg, han får kallelse hem."),
         ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
    "untold thing is that the referral was sent; the stone diagnosis was told at the ED")

case("d123-uppf-normalt-rtg-ej-nadd", "vgr", patient("1993-08-13", "F"), [
    note("n1", M, "Telefonkontakt", "akm_kungalv", "Erik Carlsson", L,
         "2024-06-17T10:30:00", "2024-06-17T10:35:00", OV, [
             ("Telefonkontakt", "Akutbesöket 14/6 gällde exacerbation av känd astma. Eftergranskat rtg thorax: inga infiltrat, ingen pleuravätska, normal hjärtstorlek. Pat ej nådd för besked, men svaret är normalt och föranleder inga åtgärder."),
         ]),
], [], [("NL101", "n1")],
    "the untold result is a normal X-ray; the asthma is known")

case("d123-skane-th-mall-meningeom-ej-informerad", "skane", patient("1961-10-06", "F"), [
    note("n1", M, "Tidiga hypoteser", "akm_malmo", "Petra Svensson", L,
         "2024-04-22T12:15:00", "2024-04-22T12:40:00", OV, [
             ("Utredning", "DT hjärna efter fall i trappa: bifynd 2 cm meningeom frontalt hö utan ödem. Pat ej informerad, neurokirurgen bedömer först om åtgärd behövs; tas upp vid återbesöket."),
         ]),
    note("n2", M, "Akutjournal", "akm_malmo", "Petra Svensson", L,
         "2024-04-22T12:20:00", "2024-04-22T12:45:00", OV, [
             ("Bedömning", "Fall i trappa, skalpsår suturerat, DT hjärna utan blödning eller fraktur. Hem med skriftlig information om skallskada."),
         ]),
], [], [("NL101", "n1"), ("NL101", "n2")],
    "Skåne: the untold meningioma is only in the Tidiga hypoteser template; the visible ED note holds no untold diagnosis")

case("d123-vgr-th-sokord-ms-ej-informerad", "vgr", patient("1994-03-27", "F"), [
    note("n1", M, "Akutanteckning läkare", "akm_su_s", "Maria Lindgren", L,
         "2024-10-16T14:00:00", "2024-10-16T15:30:00", OV, [
             ("Anamnes", "Synnedsättning hö öga 5 d med smärta vid ögonrörelser."),
             ("Bedömning", "Optikusneurit hö enl. ögonjouren. Pat informerad om optikusneuriten och om planen med kortison."),
             ("Tidiga hypoteser", "MR hjärna: multipla periventrikulära demyeliniserande lesioner, bilden är typisk för MS. Pat ej informerad om MR-fynden, neurologen tar samtalet på mottagningen."),
         ]),
], [], [("NL101", "n1")],
    "VGR: the untold MS finding sits only under the protected sökord; the visible optic neuritis was told")

case("d123-akm-pat-informerad-maken-ej", "skane", patient("1960-12-18", "F"), [
    note("n1", M, "Akutjournal", "akm_ystad", "Maja Lindahl", L,
         "2024-06-06T09:00:00", "2024-06-06T10:15:00", OV, [
             ("Bedömning", "NSTEMI med troponinstegring 45 → 210. Pat informerad om hjärtinfarkten och planerad kranskärlsröntgen i Lund. Hon önskar att maken inte informeras förrän hon själv har ringt honom."),
         ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
    "the patient is told; only the husband is not — must_not")

case("d123-akm-peritonsillit-inget-om-information", "vgr", patient("2004-04-19", "M"), [
    note("n1", M, "Akutanteckning läkare", "akm_skas", "Henrik Olsson", L,
         "2024-11-02T19:40:00", "2024-11-02T20:30:00", OV, [
             ("Status", "Trismus, uvula förskjuten åt hö, vä tonsillloge buktande."),
             ("Åtgärd", "Peritonsillit vä, punkterad med 3 ml pus. Bensyl-pc 3 g iv, hem med Kåvepenin 1,6 g x 3 i 10 d."),
         ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
    "a plain diagnosis with nothing said about informing anyone")

case("d123-aortadissektion-ej-informerad-n1-informerad-n2", "skane", patient("1956-06-29", "M"), [
    note("n1", M, "Akutjournal", "akm_malmo", "Ali Rahimi", L,
         "2024-10-30T03:20:00", "2024-10-30T04:00:00", OV, [
             ("Bedömning", "DT-angio: akut aortadissektion typ B från a. subclavia vä till njurartärnivå, ingen malperfusion. Pat ej informerad ännu, kärlkirurgen är på väg ned och informerar."),
         ]),
    note("n2", M, "Läkaranteckning", "kar_malmo", "Sofie Wennberg", L,
         "2024-10-30T04:30:00", "2024-10-30T05:10:00", SV, [
             ("Information", "Informerat pat och hustrun om typ B-dissektionen, konservativ behandling på IVA med BT-mål under 120 systoliskt, förnyad DT om 48 h."),
         ]),
], [("NL101", "n1")], [("NL101", "n2")],
    "chain: the ED note withholds the dissection (n1), the vascular surgeon's note tells the patient (n2 must_not)")

case("d123-akm-ej-informerad-om-kontroll-rtg", "vgr", patient("1972-01-25", "M"), [
    note("n1", M, "Akutanteckning läkare", "akm_nal", "Reza Moradi", L,
         "2024-04-30T12:10:00", "2024-04-30T12:50:00", OV, [
             ("Bedömning", "Pneumoni vä underlob enl. rtg, pat vet om diagnosen och har fått recept på PcV. Ej informerad om tid för kontroll-rtg om 6 v, kallelse skickas hem."),
         ]),
], [], [("NL101", "n1")],
    "untold thing is a follow-up date; the diagnosis is known to the patient")

case("d123-uppf-hb-normalt-ej-informerad", "skane", patient("1978-09-08", "F"), [
    note("n1", M, "Telefonanteckning", "akm_ystad", "Maja Lindahl", L,
         "2024-07-10T08:45:00", None, OV, [
             ("Provsvar", "Kontroll-Hb från akutbesöket: 132, normalt. Pat ej informerad om provsvaret, behövs ej. Hemorrojder med lätt blödning var diagnosen vid besöket, pat fick besked då."),
         ]),
], [], [("NL101", "n1")],
    "untold thing is a normal Hb; the diagnosis was told at the visit")

case("d123-akm-lungcancer-besked-igar", "vgr", patient("1955-07-31", "M"), [
    note("n1", M, "Akutanteckning läkare", "akm_su_s", "Anders Gustafsson", L,
         "2024-09-26T19:30:00", "2024-09-26T20:40:00", OV, [
             ("Anamnes", "Lungcancer vä ovanlob, fick beskedet igår av dr Sandberg på lungmottagningen. Söker nu för hemoptys ca en matsked."),
             ("Bedömning", "Cyklokapron 1 g x 3, Hb 128, stabil. Lungmottagningen kontaktas imorgon."),
         ]),
], [], [("NL101", "n1")],
    "the cancer diagnosis was given to the patient yesterday — told earlier")

case("d123-1177-kand-migran-fatt-diagnos", "skane", patient("1987-03-05", "F"), [
    note("n1", M, "Telefonrådgivning", "r1177_skane", "Anton Wahl", S,
         "2024-05-02T23:10:00", "2024-05-02T23:20:00", OV, [
             ("Kontaktorsak", "Ringer om ett migränanfall sedan 6 h. Migrän utan aura, diagnos satt av egen vc 2021, som pat själv berättar om. Sumatriptan utan effekt denna gång, kräkts."),
             ("Åtgärd", "Hänvisad till närakuten Ängelholm för smärtlindring."),
         ]),
], [], [("NL101", "n1")],
    "telephone advice: the patient knows her migraine diagnosis herself")

case("d123-amb-ej-informerad-om-destination", "vgr", patient("1946-10-01", "M"), [
    note("n1", M, "Ambulansanteckning", "amb_nu", "Karl Hermansson", S,
         "2024-03-14T05:40:00", "2024-03-14T07:00:00", OV, [
             ("Bedömning", "Hypoglykemi, P-glukos 2,1 hos insulinbehandlad diabetiker, glukos iv med god effekt. Pat var förvirrad vid avfärd och är ej informerad om att transporten går till NÄL i stället för Uddevalla pga platsbrist, meddelas vid ankomst."),
         ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
    "hard negative: 'ej informerad om att transporten går till NÄL' — a destination, not a diagnosis")

case("d123-akm-informerd-typo-njurbackenstas", "skane", patient("1983-11-17", "M"), [
    note("n1", M, "Akutjournal", "akm_lund", "Johan Ek", L,
         "2024-03-29T16:30:00", "2024-03-29T17:10:00", OV, [
             ("Bedömning", "DT: 5 mm sten i hö prevesikala uretär med lätt hydronefros. Pat informerd om diagnosen och om att stenen troligen avgår spontant. Alfuzosin 10 mg, smärtlindring, uroakut vid feber."),
         ]),
], [], [("NL101", "n1")],
    "typo case: 'Pat informerd' (informerad misspelled) — the patient is told")

case("d123-akm-anhoriga-ej-informerade-typo", "vgr", patient("1948-02-20", "F"), [
    note("n1", M, "Akutanteckning läkare", "akm_skas", "Lotta Strand", L,
         "2024-07-17T11:50:00", "2024-07-17T13:00:00", OV, [
             ("Bedömning", "Hjärninfarkt vä a. cerebri media-område på DT-perfusion, trombektomi ej aktuellt. Pat inforemrad om hjärninfarkten. Anhöriga ej informerade då pat inte önskar det i dagsläget."),
         ]),
], [], [("NL101", "n1")],
    "typo case (inforemrad): the patient is told about the infarct; only the relatives are not")

case("d123-uppf-campylobacter-1177-meddelande-last", "vgr", patient("2001-12-07", "F"), [
    note("n1", M, "Telefonkontakt", "akm_alingsas", "Maria Lindgren", S,
         "2024-08-02T15:00:00", "2024-08-02T15:05:00", OV, [
             ("Telefonkontakt", "Ej nådd per telefon. Besked om att faecesodlingen från akuten visade Campylobacter-enterit skickat som meddelande via 1177; pat har svarat och bekräftat att hon läst det. Besvären har gått över, ingen antibiotika."),
         ]),
], [], [("NL101", "n1")],
    "not reached by phone but told through a 1177 message she confirmed reading")

case("d123-uppf-vc-har-redan-informerat", "skane", patient("1969-04-12", "M"), [
    note("n1", M, "Telefonanteckning", "akm_csk", "Anna Thulin", L,
         "2024-10-09T10:10:00", "2024-10-09T10:20:00", OV, [
             ("Telefonkontakt", "Urinodling från akuten: Klebsiella, resistent mot pivmecillinam. Ringde vårdcentralen Näsby som redan informerat pat om prostatiten och bytt till Ciprofloxacin igår."),
         ]),
], [], [("NL101", "n1")],
    "the patient was already informed by the health centre")

case("d123-akm-inlaggning-ej-meddelad-pyelonefrit", "skane", patient("1958-12-01", "F"), [
    note("n1", M, "Akutjournal", "akm_hbg", "Farah Haddad", L,
         "2024-12-12T18:25:00", None, OV, [
             ("Bedömning", "Pyelonefrit hö, informerad om diagnosen redan vid första bedömningen. Vätskesvarar dåligt, BT 98/60. Beslut om inläggning medicin ej meddelat pat än, ssk informerar när platsen är klar."),
         ]),
], [], [("NL101", "n1")],
    "hard negative: the untold item is the admission decision; the diagnosis was told")

case("d123-akm-pad-ej-klart-ingen-diagnos-undanhallen", "vgr", patient("1990-05-03", "M"), [
    note("n1", M, "Akutanteckning läkare", "akm_su_o", "Viktor Nyström", L,
         "2024-09-09T13:40:00", "2024-09-09T14:20:00", OV, [
             ("Bedömning", "Akut diarré sedan 3 d med lätt dehydrering, vätska iv. Biopsier togs vid rektoskopin förra veckan; pat har ännu inte fått svar på dem eftersom PAD inte är klart."),
         ]),
], [], [("NL101", "n1")],
    "what the patient has not got is a pending PAD answer, no diagnosis")

case("d123-akm-maken-avliden-ej-informerad", "skane", patient("1962-08-16", "F"), [
    note("n1", M, "Akutjournal", "akm_lund", "Karin Håkansson", L,
         "2024-06-01T16:40:00", "2024-06-01T19:00:00", OV, [
             ("Anamnes", "Förare i frontalkollision ca 70 km/h, bältad, krockkudde utlöst."),
             ("Bedömning", "Sternumfraktur och lungkontusion hö enl. DT, cirkulatoriskt stabil. Pat ej informerad om att passageraren, hennes make, avled på olycksplatsen; kurator och sjukhuspräst tillkallade, polisen lämnar dödsbudet."),
         ]),
], [], [("NL101", "n1")],
    "hard negative: what is withheld is a relative's death, not the patient's diagnosis")

case("d123-amb-trolig-njursten-pat-informerad", "vgr", patient("1981-07-27", "M"), [
    note("n1", M, "Ambulansanteckning", "amb_skas", "Lotta Strand", S,
         "2024-01-19T04:10:00", "2024-01-19T05:20:00", OV, [
             ("Bedömning", "Intensiv hö flanksmärta med utstrålning mot ljumsken, orolig, kräks. Trolig njurstensattack. Pat informerad om misstanken och om transporten till akuten Skövde."),
             ("Åtgärd", "Fentanyl 50 mikrog iv x 2, Primperan 10 mg iv."),
         ]),
], [("NL102", "n1")], [("NL101", "n1")],
    "ambulance: a hedged diagnosis that the patient was told — NL102 fires, NL101 must not")

case("d123-akm-lang-kol-pneumoni-inget-om-besked", "vgr", patient("1943-03-19", "M"), [
    note("n1", M, "Akutanteckning läkare", "akm_su_s", "Maria Lindgren", L,
         "2024-12-18T10:30:00", "2024-12-18T13:20:00", OV, [
             ("Kontaktorsak", "Andfåddhet och feber sedan 3 d, remitterad av hemsjukvården."),
             ("Överrapportering", "Ambulansen hämtade pat 09:40, SpO2 84% i hemmet. Combivent-inhalation x 1 och syrgas 2 l/min gav förbättring till 89%."),
             ("Socialt", "Hustrun är frisk och sköter hushållet. Tidigare rörmokare, slutade röka 2015 efter ca 45 paketår."),
             ("Anamnes", "81-årig man, bor med hustru i radhus, går med rollator. KOL GOLD 3 med hemsyrgas 1 l/min nattetid, typ 2-diabetes på tablettbehandling, hypertoni. Läkemedel: Trimbow 2 inh x 2, Metformin 500 mg x 2, Amlodipin 10 mg. Penicillinallergi med utslag 1990-talet. Tilltagande gulgrönt sputum, frossa i går kväll, äter dåligt."),
             ("Status", "AT: andfådd vid tal, sitter upp. Temp 38,9, AF 28, SpO2 86% luft och 91% på 2 l, BT 138/76, puls 104 reg. Cor: takykard, inga blåsljud. Pulm: rassel basalt vä, förlängt exspirium, ronki bilat. Buk: mjuk och oöm. Ben: inga ödem."),
             ("Lab", "CRP 176, LPK 15,2, Hb 139, krea 95, P-glukos 14,2. Artärblodgas på 2 l: pH 7,36, pCO2 6,8, pO2 7,9."),
             ("Rtg", "Rtg pulm: nytillkommen förtätning vä underlob, hyperinflation."),
             ("Bedömning", "Pneumoni vä underlob med KOL-exacerbation och kompenserad respiratorisk acidos. CRB-65 2."),
             ("Åtgärd", "Cefotaxim 1 g x 3 iv med hänsyn till penicillinallergin, Prednisolon 40 mg, inhalationer Combivent x 4. Syrgas mot saturation 88–92 %. Inläggning lungavdelning, Metformin pausas."),
             ("Planering", "Ny blodgas om 2 h på syrgas, P-glukos x 4 under steroidbehandlingen. Fysioterapeut för andningsgymnastik. Pneumokockvaccination kontrolleras inför hemgång."),
         ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
    "long multi-section ED chart with several confirmed diagnoses, no hedge and no statement about telling")

case("d123-uppf-mr-tid-flyttad-ej-informerad", "skane", patient("1975-02-10", "M"), [
    note("n1", M, "Telefonanteckning", "akm_trelleborg", "Per Åkesson", S,
         "2024-02-26T11:20:00", "2024-02-26T11:25:00", OV, [
             ("Telefonkontakt", "Distorsion vä knä på akuten 22/2, besked om diagnosen gavs då. Ej informerad om att MR-tiden flyttats till 8/3, ny kallelse skickad idag."),
         ]),
], [], [("NL101", "n1")],
    "untold thing is a rescheduled MR time; the diagnosis was told at the ED")

case("d123-akm-gallsten-aldrig-fatt-svar-nu-informerad", "vgr", patient("1966-09-04", "F"), [
    note("n1", M, "Akutanteckning läkare", "akm_sas", "Jenny Berg", L,
         "2024-05-21T15:30:00", "2024-05-21T16:10:00", OV, [
             ("Bedömning", "Gallstenssjukdom sedan UL i mars, pat uppger att hon aldrig fått svaret. Informerat henne idag om gallstenarna och skickat remiss till kirurgmottagningen för ställningstagande till kolecystektomi."),
         ]),
], [], [("NL101", "n1")],
    "hard negative: the note mentions that she was never told before, but she is informed today")

# ======================================================================
# extra typo cases
# ======================================================================

case("d123-akm-njurcellscancer-inte-informarad-typo", "vgr", patient("1957-04-14", "M"), [
    note("n1", M, "Akutanteckning läkare", "akm_kungalv", "Erik Carlsson", L,
         "2024-10-24T14:50:00", "2024-10-24T15:40:00", OV, [
             ("Utredning", "DT buk pga vänstersidig buksmärta: okomplicerad divertikulit i colon descendens. Bifynd 4 cm solid tumör i hö njure, njurcellscancer enl. radiolog."),
             ("Planering", "Pat är inte informarad om njurfyndet, urologen informerar vid besök inom 2 v. Divertikuliten behandlas utan antibiotika, hem."),
         ]),
], [("NL101", "n1")], [],
    "typo case: 'inte informarad' (informerad misspelled) about an incidental renal cancer in a visible section")

case("d123-jc-sannolkit-gikt-typo", "vgr", patient("1964-01-02", "M"), [
    note("n1", M, "Jouranteckning", "jc_uddevalla", "Sofia Andersson", L,
         "2024-07-13T09:30:00", "2024-07-13T09:55:00", OV, [
             ("Bedömning", "Röd, svullen och extremt öm vä MTP I sedan i natt, efter kräftskiva. Sannolkit gikt. Colchicin enl. schema, Naproxen 500 mg x 2 i 5 d, urat om 4 v på vc."),
         ]),
], [("NL102", "n1")], [],
    "typo case: 'Sannolkit gikt' (sannolikt misspelled) is a visible hedged diagnosis")

case("d123-akm-inga-tecke-pa-fraktur-axel-typo", "skane", patient("1985-05-26", "F"), [
    note("n1", M, "Akutjournal", "akm_trelleborg", "Per Åkesson", L,
         "2024-01-04T13:15:00", "2024-01-04T13:45:00", OV, [
             ("Bedömning", "Halkat på isen och landat på hö axel. Rtg hö axel: inga tecke på fraktur eller luxation. Kontusion hö axel, mitella några dagar och sedan rörelseträning."),
         ]),
], [], [("NL102", "n1")],
    "typo case: negated 'inga tecke på fraktur' (tecken misspelled) must not fire")

# ======================================================================
# validation
# ======================================================================

CODES = {"NL101", "NL102"}
TOP_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
REC_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed",
             "setting", "refs", "sections"]


def age_at(birth, when):
    b = datetime.date.fromisoformat(birth)
    w = datetime.datetime.fromisoformat(when).date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def split_sentences(text):
    parts = []
    for line in text.split("\n"):
        parts.extend(re.split(r"(?<=[.!?])\s+", line))
    return [p.strip() for p in parts if p.strip()]


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    for c in cases:
        nm = c.get("case")
        if list(c.keys()) != TOP_KEYS:
            errs.append("%s: top-level keys %s" % (nm, list(c.keys())))
        if not nm or not nm.startswith("d123-"):
            errs.append("%s: bad case name" % nm)
        if nm in names:
            errs.append("%s: duplicate case name" % nm)
        names.add(nm)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: bad ruleset" % nm)
        if not c["why"].strip():
            errs.append("%s: empty why" % nm)
        rec = c["record"]
        if list(rec.keys()) != REC_KEYS:
            errs.append("%s: record keys" % nm)
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errs.append("%s: non-empty lists" % nm)
        p = rec["patient"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", p["id"])
        if not m:
            errs.append("%s: personnummer format" % nm)
        else:
            ymd, last4 = m.group(1), m.group(2)
            if ymd != p["birth_date"].replace("-", ""):
                errs.append("%s: pnr/birth mismatch" % nm)
            if luhn_digit(ymd[2:] + last4[:3]) != int(last4[3]):
                errs.append("%s: Luhn" % nm)
            try:
                datetime.date.fromisoformat(p["birth_date"])
            except ValueError:
                errs.append("%s: birth date invalid" % nm)
        times = [rec["as_of"]]
        ids = set()
        systems = {}
        for n in rec["notes"]:
            if list(n.keys()) != NOTE_KEYS:
                errs.append("%s: note keys" % nm)
            if n["id"] in ids:
                errs.append("%s: duplicate note id" % nm)
            ids.add(n["id"])
            systems[n["id"]] = n["system"]
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s: system" % nm)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % nm)
            times.append(n["time"])
            if n["signed"] is not None:
                times.append(n["signed"])
                if n["signed"] < n["time"]:
                    errs.append("%s: signed before time" % nm)
            if n["time"] > rec["as_of"]:
                errs.append("%s: note after as_of" % nm)
            if not n["sections"]:
                errs.append("%s: note without sections" % nm)
            for s in n["sections"]:
                if list(s.keys()) != ["keyword", "text"] or not s["text"].strip():
                    errs.append("%s: section" % nm)
                for sent in split_sentences(s["text"]):
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != (nm, n["id"], s["keyword"]):
                            errs.append("%s: sentence repeated (also in %s): %r"
                                        % (nm, seen_sent[sent][0], sent))
                        seen_sent.setdefault(sent, (nm, n["id"], s["keyword"]))
        for t in times:
            try:
                d = datetime.datetime.fromisoformat(t)
            except ValueError:
                errs.append("%s: bad time %s" % (nm, t))
                continue
            if d.year != 2024:
                errs.append("%s: date outside 2024: %s" % (nm, t))
            a = age_at(p["birth_date"], t)
            if 13 <= a <= 15 or a < 0:
                errs.append("%s: patient age %d at %s" % (nm, a, t))
        pairs = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2 or item[0] not in CODES:
                    errs.append("%s: bad assertion %r" % (nm, item))
                    continue
                code, target = item
                if target not in ids:
                    errs.append("%s: target %s missing" % (nm, target))
                    continue
                if (code, target) in pairs:
                    errs.append("%s: %s/%s asserted twice" % (nm, code, target))
                pairs.add((code, target))
                if code == "NL102" and lst == "must" and systems[target] != "Melior":
                    errs.append("%s: NL102 must on non-Melior" % nm)
                if code == "NL101" and systems[target] == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % nm)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: no assertions" % nm)
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for code in sorted(CODES):
        print("%s must=%d must_not=%d" % (code, counts.get((code, "must"), 0),
                                          counts.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
