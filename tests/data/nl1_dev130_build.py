#!/usr/bin/env python3
"""dev130: migration health and interpreter-mediated care (NL101, NL102).

Standard library only, deterministic. Writes cases.jsonl next to this file and
validates it; exits 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev130_cases.jsonl")

# --------------------------------------------------------------------------- units
# key: (name, hsa_id, region, system)
UNITS = {
    # Region Skåne, Melior (hospital care)
    "infMa": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4127", "skane", "Melior"),
    "infLu": ("Infektionsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4133", "skane", "Melior"),
    "infKr": ("Infektionsmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-8120", "skane", "Melior"),
    "lungLu": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5208", "skane", "Melior"),
    "barnHbg": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-6612", "skane", "Melior"),
    "barnMa": ("Barn- och ungdomsmedicin, Skånes universitetssjukhus Malmö", "SE2321000255-6034", "skane", "Melior"),
    "barnLu": ("Barn- och ungdomssjukhuset, Skånes universitetssjukhus Lund", "SE2321000255-6101", "skane", "Melior"),
    "hemLu": ("Hematologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3390", "skane", "Melior"),
    "kvMa": ("Kvinnokliniken, Skånes universitetssjukhus Malmö", "SE2321000255-2871", "skane", "Melior"),
    "kvHbg": ("Kvinnosjukvården, Helsingborgs lasarett", "SE2321000255-2904", "skane", "Melior"),
    "hudLu": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7045", "skane", "Melior"),
    "gastMa": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3916", "skane", "Melior"),
    "neuroLu": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7623", "skane", "Melior"),
    "medYs": ("Medicinmottagningen, Lasarettet Ystad", "SE2321000255-5530", "skane", "Melior"),
    "medTb": ("Medicinmottagningen, Lasarettet Trelleborg", "SE2321000255-5574", "skane", "Melior"),
    # Region Skåne, PMO (primary care)
    "vcRos": ("Vårdcentralen Rosengård, Malmö", "SE2321000255-1142", "skane", "PMO"),
    "vcHbg": ("Hälsoundersökningsteamet för asylsökande, Helsingborg", "SE2321000255-1457", "skane", "PMO"),
    "vcMig": ("Migrationshälsan Malmö", "SE2321000255-1519", "skane", "PMO"),
    "bvcLk": ("BVC Landskrona", "SE2321000255-1376", "skane", "PMO"),
    # Västra Götalandsregionen, Melior
    "migSU": ("Migrationsmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011402", "vgr", "Melior"),
    "migNAL": ("Hälsoundersökning asylsökande, NU-sjukvården Uddevalla", "SE2321000131-E000000013388", "vgr", "Melior"),
    "infOs": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000010788", "vgr", "Melior"),
    "infNAL": ("Infektionsmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000013350", "vgr", "Melior"),
    "infSAS": ("Infektionskliniken, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000014126", "vgr", "Melior"),
    "infSkas": ("Infektionsmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000015433", "vgr", "Melior"),
    "lungSU": ("Lungmedicinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010915", "vgr", "Melior"),
    "barnDS": ("Barnmedicinmottagningen, Drottning Silvias barnsjukhus", "SE2321000131-E000000012077", "vgr", "Melior"),
    "barnNAL": ("Barn- och ungdomsmedicin, NU-sjukvården NÄL", "SE2321000131-E000000014480", "vgr", "Melior"),
    "medSkas": ("Medicinmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000015489", "vgr", "Melior"),
    "psyOs": ("Psykiatrisk öppenvårdsmottagning för traumatiserade flyktingar, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000016230", "vgr", "Melior"),
    "psySkas": ("Allmänpsykiatriska mottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000016318", "vgr", "Melior"),
    "psykos": ("Psykosmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000016402", "vgr", "Melior"),
    "kvSU": ("Kvinnokliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011653", "vgr", "Melior"),
    "hemSU": ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012948", "vgr", "Melior"),
    "hepSU": ("Levermottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013017", "vgr", "Melior"),
    "kardSU": ("Hjärtmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013104", "vgr", "Melior"),
    "kirSAS": ("Kirurgmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000014602", "vgr", "Melior"),
}

CASES = []


def luhn_digit(s9):
    total = 0
    for i, ch in enumerate(s9):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    ymd = birth.replace("-", "")
    s9 = ymd[2:] + serial
    return ymd + "-" + serial + luhn_digit(s9)


def N(nid, unit, template, author, role, time, secs, signed=40, setting="öppenvård"):
    """One note. signed: minutes after time, or None for an unsigned draft."""
    name, hsa, region, system = UNITS[unit]
    t = dt.datetime.fromisoformat(time)
    sg = None if signed is None else (t + dt.timedelta(minutes=signed)).isoformat()
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(),
        "signed": sg,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in secs],
        "_region": region,
    }


def C(name, ruleset, birth, serial, as_of, notes, must, must_not, why):
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "birth": birth,
        "serial": serial,
        "as_of": as_of,
        "notes": notes,
        "must": must,
        "must_not": must_not,
        "why": why,
    })


# =========================================================================
# NL102 — hedged diagnosis of the patient in a visible Melior section: MUST
# =========================================================================

C("d130-hu-misstankt-latent-tbc-efter-igra", "vgr", "1994-05-17", "173", "2024-02-29T00:00:00",
  [N("n1", "migSU", "Hälsoundersökning asylsökande", "Karin Lindqvist", "läkare", "2024-02-14T09:20:00", [
      ("Anamnes", "Hälsoundersökning, pat asylsökande från Afghanistan sedan 7 mån. Kontakttolk på dari närvarande under hela besöket. Inga kända sjukdomar, inga mediciner. Förnekar hosta, feber och nattsvettningar."),
      ("Status", "AT gott. Cor: RR, inga blåsljud. Pulm: vesikulärt bilat. Buk mjuk, oöm. Lgl: ua."),
      ("Utredning", "IGRA (QuantiFERON) positivt. Lungröntgen utan infiltrat eller kaviteter."),
      ("Bedömning", "Misstänkt latent tuberkulos. Remiss till infektionsmottagningen för ställningstagande till förebyggande behandling."),
  ])],
  [["NL102", "n1"]], [],
  "hedged latent TB ('Misstänkt') after a positive IGRA in the visible Bedömning of an asylum health examination")

C("d130-lung-trol-aktiv-lungtbc-sputum", "skane", "1987-11-02", "246", "2024-03-20T00:00:00",
  [N("n1", "lungLu", "Läkaranteckning", "Johan Bergström", "läkare", "2024-03-11T13:05:00", [
      ("Aktuellt", "Remitterad från hälsoundersökningsteamet pga hosta i 6 v och viktnedgång 5 kg. Telefontolk på somaliska, pat förstod frågorna väl."),
      ("Status", "Subfebril 37,9. SaO2 96 %. Pulm: krepitationer över höger ovanfält, f.ö. ua."),
      ("Utredning", "Lungröntgen: infiltrat med kavitet i höger ovanlob."),
      ("Bedömning", "Trol. aktiv lungtuberkulos. Luftburen isolering, sputum x3 för direktmikroskopi, PCR och odling. Smittspårning förbereds med smittskyddsenheten."),
  ])],
  [["NL102", "n1"]], [],
  "'Trol.' before active pulmonary TB in a visible Bedömning, Skåne Melior hospital note")

C("d130-inf-sannolik-kronisk-hepatit-b", "vgr", "1993-01-24", "382", "2024-04-30T00:00:00",
  [N("n1", "infOs", "Mottagningsanteckning", "Ahmed Rahimi", "läkare", "2024-04-16T10:40:00", [
      ("Aktuellt", "Remiss från migrationshälsan: HBsAg positivt vid hälsoundersökning. Pat från Eritrea, 31 år. Tolk på tigrinja via telefon."),
      ("Lab", "HBsAg pos, anti-HBc pos, HBeAg neg, anti-HBe pos. ALAT 0,42. HBV-DNA ej klart."),
      ("Bedömning", "Sannolik kronisk hepatit B i inaktiv fas. Besked om HBV-DNA och elastografi inom 4 v."),
  ])],
  [["NL102", "n1"]], [],
  "'Sannolik kronisk hepatit B' in a visible Bedömning after screening at the migration health unit")

C("d130-inf-dd-schistosomiasis-eosinofili", "skane", "1996-07-08", "417", "2024-05-17T00:00:00",
  [N("n1", "infMa", "Läkaranteckning", "Sofia Engdahl", "läkare", "2024-05-06T14:15:00", [
      ("Bedömning", "Eosinofili 1,8 och mikroskopisk hematuri hos pat som badat i Nilen enligt egen uppgift. DD schistosomiasis. Schistosoma-serologi och middagsurin för ägg beställt."),
  ])],
  [["NL102", "n1"]], [],
  "'DD schistosomiasis' (differential diagnosis) in a one-section visible note")

C("d130-barn-bild-som-vid-rakit", "vgr", "2020-02-11", "228", "2024-06-20T00:00:00",
  [N("n1", "barnDS", "Läkaranteckning", "Maria Holmgren", "läkare", "2024-06-04T09:00:00", [
      ("Anamnes", "4-årig flicka, familjen kom från Afghanistan för 3 mån sedan. Pappan tolkar delvis, kontakttolk på pashto bokad till nästa besök. Sen gångdebut enligt mamman, har alltid varit inomhus mycket."),
      ("Status", "Längd -2,1 SD. Uttalade O-ben, förtjockade handleder, radband på revbenen."),
      ("Utredning", "Rtg handled: skålformade, fransiga metafyser. ALP 1100, 25-OH-D 12 nmol/L, Ca lågt normalt."),
      ("Bedömning", "Bild som vid nutritionell rakit. Start D-vitamin och kalk, dietistkontakt."),
  ])],
  [["NL102", "n1"]], [],
  "'Bild som vid' rickets in a child's visible Bedömning (guardians read it)")

C("d130-barn-susp-strongyloides", "skane", "2016-09-03", "659", "2024-07-10T00:00:00",
  [N("n1", "barnHbg", "Läkaranteckning", "Elin Nordström", "läkare", "2024-07-01T11:30:00", [
      ("Aktuellt", "8-årig pojke från Syrien via Libanon. Klåda och utslag på bålen som kommer och går, ont i magen. Mamman berättar via telefontolk på arabiska."),
      ("Lab", "B-eosinofiler 2,4. F-parasiter x1 negativt."),
      ("Bedömning", "Susp. strongyloidesinfektion. Serologi skickas och nya F-prover x2, ivermektin övervägs efter svar."),
  ])],
  [["NL102", "n1"]], [],
  "'Susp.' strongyloides infection in a child's visible Bedömning")

C("d130-psyk-forenligt-med-ptsd-darfur", "vgr", "1998-03-19", "514", "2024-02-20T00:00:00",
  [N("n1", "psyOs", "Nybesök", "Lars Åkesson", "läkare", "2024-02-08T13:00:00", [
      ("Anamnes", "Pat från Darfur, flydde via Libyen 2021. Beskriver mardrömmar nästan varje natt, påträngande minnen av beskjutningen av byn, undviker folksamlingar och busstationer. Besöket genomfört med kontakttolk på arabiska, pat önskade manlig tolk."),
      ("Psykiskt status", "Vaken, orienterad. Spänd, vaksam, följer ljud utanför dörren. Ej psykotisk. Förnekar aktuella suicidtankar."),
      ("Bedömning", "Symtombilden är förenlig med PTSD. Strukturerad bedömning med PCL-5 och CAPS-5 via tolk planeras."),
  ])],
  [["NL102", "n1"]], [],
  "'förenlig med PTSD' after war trauma in a visible Bedömning")

C("d130-hem-talar-for-betatalassemi-minor", "skane", "1990-12-30", "338", "2024-03-15T00:00:00",
  [N("n1", "hemLu", "Nybesök", "Anders Wikström", "läkare", "2024-03-05T10:10:00", [
      ("Aktuellt", "Remiss från vårdcentral: mikrocytos MCV 64 fl, Hb 118, ferritin 140. Bifynd vid hälsoundersökning. Pat från Irak, talar sorani; telefontolk."),
      ("Bedömning", "Mikrocytos med normalt ferritin och högt erytrocytantal talar för betatalassemi minor. Hb-elfores med HbA2 beställd."),
  ])],
  [["NL102", "n1"]], [],
  "'talar för betatalassemi minor' (chance finding) in a visible Bedömning")

C("d130-kvinno-trolig-konsstympning-typ-okand", "vgr", "1999-08-05", "402", "2024-04-12T00:00:00",
  [N("n1", "kvSU", "Mottagningsanteckning", "Hanna Sjöberg", "läkare", "2024-04-02T08:45:00", [
      ("Anamnes", "Gravid v 16, förstföderska. Kvinnlig kontakttolk på somaliska. Pat berättar att hon blev 'omskuren' som liten i Mogadishu men vet inte vad som gjordes."),
      ("Status", "Pat avböjer gynekologisk undersökning idag, vill komma tillbaka med sin syster."),
      ("Bedömning", "Trolig kvinnlig könsstympning, typ okänd. Ny tid om 2 v hos gynekolog för undersökning och samtal om eventuell defibulation."),
  ])],
  [["NL102", "n1"]], [],
  "'Trolig' female genital mutilation in a visible Bedömning (examination declined)")

C("d130-inf-hiv-kan-ej-uteslutas-utkast", "skane", "1984-06-21", "195", "2024-05-31T00:00:00",
  [N("n1", "infLu", "Läkaranteckning", "Petra Malmberg", "läkare", "2024-05-22T15:40:00", [
      ("Bedömning", "HIV-infektion kan ej uteslutas: kombotest reaktivt vid hälsoundersökningen, konfirmerande immunoblot och HIV-RNA pågår på Klinisk mikrobiologi."),
      ("Åtgärd", "Ny tid om 1 v med kontakttolk på swahili."),
  ], signed=None)],
  [["NL102", "n1"]], [],
  "'kan ej uteslutas' HIV in an unsigned draft (pre-signing check)")

C("d130-nal-malaria-fragetecken-feber", "vgr", "1979-10-13", "276", "2024-01-25T00:00:00",
  [N("n1", "infNAL", "Inskrivningsanteckning", "Oskar Falk", "läkare", "2024-01-18T22:10:00", [
      ("Aktuellt", "Feber 39,2 sedan igår, frossa och huvudvärk. Kom från Kampala för 10 d sedan efter besök hos släkten, ingen malariaprofylax."),
      ("Bedömning", "Malaria? Snabbtest och tjock/tunn droppe skickade akut, svar inom 1 h."),
  ], setting="slutenvård")],
  [["NL102", "n1"]], [],
  "question-mark hedge 'Malaria?' in a visible inpatient Bedömning")

C("d130-barn-inger-misstanke-kwashiorkor", "skane", "2022-04-21", "883", "2024-08-09T00:00:00",
  [N("n1", "barnMa", "Inskrivningsanteckning", "Nils Ekberg", "läkare", "2024-08-01T16:20:00", [
      ("Status", "Slö men kontaktbar. Symmetriska pittingödem på underben och fotryggar, glest ljust hår, flagnande hud i ljumskarna."),
      ("Lab", "Albumin 19, Hb 89, CRP 14."),
      ("Bedömning", "Bilden inger misstanke om kwashiorkor. Försiktig nutritionsstart enligt refeedingprotokoll, dietist och tolk på tigrinja i morgon."),
  ], setting="slutenvård")],
  [["NL102", "n1"]], [],
  "'inger misstanke om kwashiorkor' in a malnourished child's visible Bedömning")

C("d130-med-mojlg-hepatit-c-typo", "vgr", "1972-02-28", "553", "2024-09-19T00:00:00",
  [N("n1", "medSkas", "Mottagningsanteckning", "Gunilla Ståhl", "läkare", "2024-09-10T09:35:00", [
      ("Bedömning", "Möjlg hepatit C-infektion, anti-HCV positivt vid hälsoundersökningen. HCV-RNA tas idag."),
  ])],
  [["NL102", "n1"]], [],
  "typo in the hedge ('Möjlg' for möjlig) before hepatitis C in a visible section")

C("d130-hud-kutan-leishmaniasis-fragetecken", "skane", "1985-05-04", "129", "2024-10-18T00:00:00",
  [N("n1", "hudLu", "Läkaranteckning", "Ida Rosén", "läkare", "2024-10-08T10:50:00", [
      ("Anamnes", "Sår på vänster kind sedan 4 mån, debuterade i Aleppo. Smärtfritt, långsamt växande. Tolk på arabiska via telefon."),
      ("Status", "2 x 3 cm ulcererat sår med upphöjd, infiltrerad kant. Ingen lymfadenopati."),
      ("Bedömning", "Kutan leishmaniasis? Stansbiopsi för PAD och PCR tagen."),
  ])],
  [["NL102", "n1"]], [],
  "'Kutan leishmaniasis?' as the visible Bedömning in a dermatology note")

C("d130-inf-kan-rora-sig-om-latent-tbc-borderline", "vgr", "1988-09-15", "640", "2024-03-28T00:00:00",
  [N("n1", "infSAS", "Mottagningsanteckning", "Emma Lundgren", "läkare", "2024-03-18T11:00:00", [
      ("Bedömning", "IGRA i gråzonen (0,38 IU/ml). Kan röra sig om latent tbc men även falskt positivt resultat. Nytt IGRA om 6 v innan ställningstagande till behandling."),
  ])],
  [["NL102", "n1"]], [],
  "'Kan röra sig om latent tbc' after a borderline IGRA in a visible Bedömning")

C("d130-tel-missankt-lungtbc-typo", "skane", "1992-04-10", "307", "2024-11-15T00:00:00",
  [N("n1", "infKr", "Telefonanteckning", "Mats Hedlund", "läkare", "2024-11-05T16:45:00", [
      ("Telefonkontakt", "Samtal med röntgenläkare: förändring i vänster ovanlob. Missänkt lungtuberkulos. Pat kallas till morgondagen med tolk på tigrinja för sputumprov."),
  ])],
  [["NL102", "n1"]], [],
  "typo in the hedge ('Missänkt') before pulmonary TB in a visible telephone note")

C("d130-mig-sannolkit-skabb-typo", "vgr", "2001-12-01", "488", "2024-02-16T00:00:00",
  [N("n1", "migNAL", "Sjuksköterskeanteckning", "Linnea Karlsson", "sjuksköterska", "2024-02-06T13:25:00", [
      ("Aktuellt", "Kliar intensivt nattetid sedan 3 v, flera på samma boende har samma besvär."),
      ("Status", "Gångar mellan fingrarna och papler på handleder och kring naveln."),
      ("Bedömning", "Sannolkit skabb enligt dr Wallin som tittat på pat. Permetrin enligt instruktion, skriftlig info på dari. Kläder och sängkläder tvättas i 60 grader."),
  ])],
  [["NL102", "n1"]], [],
  "typo in the hedge ('Sannolkit') before scabies in a nurse's visible note")

C("d130-lever-fragestallning-cirros-hbv", "vgr", "1966-07-22", "731", "2024-06-14T00:00:00",
  [N("n1", "hepSU", "Mottagningsanteckning", "Peter Gustavsson", "läkare", "2024-06-03T10:00:00", [
      ("Utredning", "Frågeställning levercirros sekundärt till kronisk hepatit B. Trombocyter 98, INR 1,3, albumin 33. Fibroscan och ultraljud lever bokade."),
  ])],
  [["NL102", "n1"]], [],
  "'Frågeställning levercirros' in a visible Utredning section")

C("d130-barn-anemi-sannolikt-hakmask", "skane", "2014-01-27", "962", "2024-04-25T00:00:00",
  [N("n1", "barnLu", "Läkaranteckning", "Karl Sandberg", "läkare", "2024-04-15T14:00:00", [
      ("Bedömning", "Järnbristanemi, Hb 94. Sannolikt hakmaskinfektion som orsak med tanke på eosinofili och barfotagång i lägret i Cox's Bazar. F-ova/parasiter x3 ordinerat."),
  ])],
  [["NL102", "n1"]], [],
  "confirmed anaemia but 'Sannolikt hakmaskinfektion' as its cause, visible, in a child")

C("d130-psyk-dd-depresiv-episod-typo", "vgr", "2005-03-08", "260", "2024-10-24T00:00:00",
  [N("n1", "psySkas", "Mottagningsanteckning", "Sara Öberg", "läkare", "2024-10-14T15:30:00", [
      ("Anamnes", "Kom som ensamkommande 2021, nu 19 år. Sover dåligt, har slutat gå till SFI, skuldkänslor över att familjen blev kvar i Iran. Tolk ej önskad, samtalet fördes på svenska."),
      ("Bedömning", "DD: depresiv episod, komplicerad sorgereaktion. MADRS 27. Återbesök 2 v."),
  ])],
  [["NL102", "n1"]], [],
  "'DD:' with a typo in the diagnosis ('depresiv') in a visible Bedömning")

C("d130-neuro-oklart-om-epilepsi-eller-pnes-utkast", "skane", "1983-11-17", "444", "2024-12-12T00:00:00",
  [N("n1", "neuroLu", "Nybesök", "Viktor Holm", "läkare", "2024-12-03T09:15:00", [
      ("Aktuellt", "Anfall med medvetslöshet och ryckningar x4 senaste månaden. Splitterskada mot huvudet 2015 enl. pat. Tolk på ukrainska via telefon."),
      ("Bedömning", "Oklart om anfallen är epileptiska eller psykogena icke-epileptiska anfall (PNES). EEG och MR hjärna, ev. långtids-EEG."),
  ], signed=None)],
  [["NL102", "n1"]], [],
  "'Oklart om' epileptic vs PNES seizures in an unsigned visible draft")

C("d130-kard-bild-som-vid-reumatisk-hjartsjukdom", "vgr", "1980-01-09", "321", "2024-07-19T00:00:00",
  [N("n1", "kardSU", "Mottagningsanteckning", "Jonas Berg", "läkare", "2024-07-09T11:45:00", [
      ("Utredning", "UCG: förtjockade mitralisklaffar med begränsad öppning, MVA 1,6 cm2, lätt MI. Vänster förmak dilaterat."),
      ("Bedömning", "Bild som vid reumatisk hjärtsjukdom med måttlig mitralisstenos. Penicillinprofylax diskuteras, kontroll om 6 mån."),
  ])],
  [["NL102", "n1"]], [],
  "'Bild som vid reumatisk hjärtsjukdom' in a visible cardiology Bedömning")

C("d130-tel-trol-giardiasis-systerdotter-tolkar", "skane", "1958-05-26", "176", "2024-09-13T00:00:00",
  [N("n1", "infKr", "Telefonanteckning", "Annika Persson", "sjuksköterska", "2024-09-04T10:05:00", [
      ("Telefonkontakt", "Pat ringer med hjälp av sin systerdotter som tolkar. Fortsatt lös avföring och gasig mage sedan ankomsten till Sverige. Enligt dr Holm trol. giardiasis, recept på metronidazol skickat till apoteket."),
  ])],
  [["NL102", "n1"]], [],
  "'trol. giardiasis' in a nurse's telephone note where a relative interprets")

C("d130-barn-talar-for-sicklecellsjukdom", "vgr", "2021-06-14", "795", "2024-05-09T00:00:00",
  [N("n1", "barnNAL", "Läkaranteckning", "Fredrik Dahl", "läkare", "2024-04-29T13:20:00", [
      ("Utredning", "HPLC visar dominerande HbS och ingen HbA, HbF 14 %."),
      ("Bedömning", "Talar för sicklecellsjukdom snarare än anlagsbärarskap, DNA-analys skickad. Penicillinprofylax övervägs."),
  ])],
  [["NL102", "n1"]], [],
  "'Talar för sicklecellsjukdom' in a young child's visible Bedömning")

C("d130-kvinno-sannolikt-kroniskt-hbv-gravid", "skane", "1995-10-30", "562", "2024-08-23T00:00:00",
  [N("n1", "kvMa", "Mottagningsanteckning", "Lena Axelsson", "barnmorska", "2024-08-13T09:50:00", [
      ("Aktuellt", "Gravid v 24. HBsAg positivt i MVC-screeningen, pat från Vietnam. Informerad via telefontolk om provsvaret och att läkare ska bedöma."),
      ("Bedömning", "Enligt dr Ek sannolikt kroniskt hepatit B-bärarskap. Remiss hepatolog; barnet ska ha vaccin och immunglobulin vid födseln."),
  ])],
  [["NL102", "n1"]], [],
  "'sannolikt kroniskt hepatit B-bärarskap' in a midwife's visible note during pregnancy")

C("d130-psyk-trolg-ptsd-typo", "vgr", "1976-04-02", "139", "2024-11-21T00:00:00",
  [N("n1", "psySkas", "Mottagningsanteckning", "Erik Norén", "läkare", "2024-11-11T14:10:00", [
      ("Bedömning", "Trolg PTSD efter fängelsevistelse och tortyr i Iran. Remiss till Röda Korsets behandlingscenter övervägs."),
  ])],
  [["NL102", "n1"]], [],
  "typo in the hedge ('Trolg') before PTSD after torture, visible Bedömning")

C("d130-barn-ev-askarisinfketion-typo", "skane", "2021-10-02", "613", "2024-03-07T00:00:00",
  [N("n1", "barnHbg", "Läkaranteckning", "Tove Blom", "läkare", "2024-02-26T10:30:00", [
      ("Aktuellt", "Mamman har sett en lång vit mask i blöjan, berättar via kontakttolk på dari. Pojken äter bra, ingen diarré."),
      ("Bedömning", "Ev askarisinfketion (spolmask). F-ova/parasiter, behandling när svaret finns."),
  ])],
  [["NL102", "n1"]], [],
  "'Ev' (no dot) plus a typo in the diagnosis ('askarisinfketion') in a child's visible note")

C("d130-lung-lang-aktiv-tbc-kan-inte-uteslutas", "vgr", "1976-02-14", "357", "2024-09-30T00:00:00",
  [N("n1", "lungSU", "Nybesök", "Cecilia Hammar", "läkare", "2024-09-17T08:30:00", [
      ("Anamnes", "48-årig man från Somalia, i Sverige sedan 2 år. Remitterad från migrationshälsan sedan lungröntgen vid hälsoundersökningen visat förändringar. Uppger via telefontolk att han behandlades för 'lungsjukdom' med tabletter i flera månader 2012 i Mogadishu, vet ej namnet på medicinen. Röker ej. Ingen känd tbc-exposition i Sverige. Bor med fru och fyra barn i trerumslägenhet i Angered."),
      ("Aktuellt", "Lätt hosta på morgonen, ingen feber. Vikten stabil, 71 kg. Förnekar blodig upphostning."),
      ("Status", "AT gott. Temp 37,1. SaO2 97 %. Cor: RR 76, inga blåsljud. Pulm: nedsatta andningsljud apikalt höger, inga rassel. Lgl: inga palpabla på halsen."),
      ("Utredning", "DT thorax: fibros och förkalkningar i höger ovanlob, volymminskning, enstaka små noduli i anslutning. IGRA positivt. Inducerat sputum x3 taget idag."),
      ("Bedömning", "Förändringarna kan motsvara läkt tidigare tuberkulos. Aktiv lungtuberkulos kan inte uteslutas innan odlingssvar, pat därför hemisolerad tills direktmikroskopi är klar."),
      ("Planering", "Svar på direktmikroskopi inom 2 d, vi ringer pat via tolk. Återbesök med kontakttolk på somaliska om 3 v."),
  ])],
  [["NL102", "n1"]], [],
  "long multi-section chart; 'kan inte uteslutas' active TB buried in the visible Bedömning")

C("d130-vgr-th-sokord-skyddar-inte-annan-sektion", "vgr", "1982-08-19", "926", "2024-12-19T00:00:00",
  [N("n1", "migSU", "Läkaranteckning", "Karin Lindqvist", "läkare", "2024-12-09T10:20:00", [
      ("Tidiga hypoteser", "Misstänkt HIV-infektion med tanke på återkommande bältros och trombocytopeni."),
      ("Bedömning", "Trol. latent tuberkulos med positivt IGRA och normal lungröntgen. Remiss infektion."),
  ])],
  [["NL102", "n1"]], [],
  "VGR: the Tidiga hypoteser sökord protects only its own section; 'Trol. latent tuberkulos' in Bedömning is visible")

# =========================================================================
# NL102 — MUST_NOT
# =========================================================================

C("d130-skane-th-mall-misstankt-hiv", "skane", "1986-03-12", "418", "2024-02-23T00:00:00",
  [N("n1", "infMa", "Tidiga hypoteser", "Sofia Engdahl", "läkare", "2024-02-13T11:10:00", [
      ("Bedömning", "Misstänkt HIV-infektion med tanke på oral candida, generell lymfadenopati och viktnedgång. Pat ska erbjudas HIV-test vid nästa besök med tolk."),
  ])],
  [], [["NL102", "n1"]],
  "Skåne: hedged HIV written in the protected template Tidiga hypoteser")

C("d130-vgr-th-sokord-trolig-ptsd", "vgr", "1997-06-27", "245", "2024-03-29T00:00:00",
  [N("n1", "psyOs", "Mottagningsanteckning", "Lars Åkesson", "läkare", "2024-03-19T13:30:00", [
      ("Anamnes", "Pat från Eritrea, kom via Libyen där hon satt i förvar i 8 mån. Samtal via kontakttolk på tigrinja. Sover 3-4 h per natt och har svårt att äta."),
      ("Tidiga hypoteser", "Trolig PTSD med dissociativa inslag; bör prövas vidare innan något kommuniceras."),
  ])],
  [], [["NL102", "n1"]],
  "VGR: the only hedged diagnosis is under the protected sökord Tidiga hypoteser")

C("d130-hu-ingen-misstanke-om-tbc", "vgr", "1991-09-03", "312", "2024-04-19T00:00:00",
  [N("n1", "migNAL", "Hälsoundersökning asylsökande", "Jenny Wallin", "läkare", "2024-04-09T09:10:00", [
      ("Utredning", "Lungröntgen utan hållpunkt för aktiv eller genomgången tuberkulos. IGRA negativt."),
      ("Bedömning", "Ingen misstanke om tuberkulos. Inga ytterligare åtgärder från tbc-synpunkt."),
  ])],
  [], [["NL102", "n1"]],
  "negated TB ('Ingen misstanke om', 'utan hållpunkt för') in a health examination")

C("d130-inf-malaria-uteslutes", "skane", "1989-02-17", "559", "2024-06-06T00:00:00",
  [N("n1", "infLu", "Daganteckning", "Petra Malmberg", "läkare", "2024-05-28T12:40:00", [
      ("Bedömning", "Malaria uteslutes efter tre negativa tjocka droppar och negativt snabbtest. Febern har gått i regress utan antibiotika, pat mår bättre och äter."),
  ], setting="slutenvård")],
  [], [["NL102", "n1"]],
  "malaria ruled out ('uteslutes') in an inpatient visible note")

C("d130-relativ-make-trolig-tbc", "vgr", "1990-11-11", "463", "2024-07-25T00:00:00",
  [N("n1", "infOs", "Mottagningsanteckning", "Ahmed Rahimi", "läkare", "2024-07-15T10:00:00", [
      ("Anamnes", "Maken har enligt pat trolig tuberkulos och utreds just nu på lungkliniken. Pat och maken delar sovrum i lägenheten i Biskopsgården."),
      ("Utredning", "IGRA negativt, lungröntgen ua. Nytt IGRA om 8 v pga nära kontakt."),
  ])],
  [], [["NL102", "n1"]],
  "the hedged TB belongs to the husband, not the patient")

C("d130-barn-mamman-misstanks-ha-hepatit-b", "skane", "2023-05-08", "817", "2024-10-03T00:00:00",
  [N("n1", "barnMa", "Läkaranteckning", "Nils Ekberg", "läkare", "2024-09-23T14:20:00", [
      ("Anamnes", "Mamman misstänks ha hepatit B enligt provsvar från Grekland som familjen visar upp. Pojken vaccinerad enligt BVC-schema."),
      ("Lab", "HBsAg och anti-HBc negativa hos barnet, anti-HBs skyddande."),
      ("Bedömning", "Barnet har inte smittats. Ingen vidare uppföljning här."),
  ])],
  [], [["NL102", "n1"]],
  "hedged hepatitis B is the mother's; the child's screening is negative")

C("d130-icke-dx-hedge-ev-remiss-trolig-flytt-utkast", "vgr", "1985-12-21", "538", "2024-05-24T00:00:00",
  [N("n1", "infSAS", "Mottagningsanteckning", "Emma Lundgren", "läkare", "2024-05-14T09:40:00", [
      ("Diagnos", "Latent tuberkulos."),
      ("Planering", "Rifampicin i 4 mån, start idag. Ev. remiss till tandvården för akut tandvärk. Trolig flytt till annan kommun nästa månad enligt Migrationsverket, då överförs uppföljningen."),
  ], signed=None)],
  [], [["NL102", "n1"]],
  "hedges only on plans ('Ev. remiss', 'Trolig flytt'); the diagnosis is stated firmly")

C("d130-symtomhedge-ev-viktnedgang", "skane", "1978-08-08", "221", "2024-02-08T00:00:00",
  [N("n1", "medYs", "Mottagningsanteckning", "Birgitta Lund", "läkare", "2024-01-30T10:30:00", [
      ("Anamnes", "Ev. viktnedgång senaste halvåret, pat osäker då hon inte vägt sig sedan flykten. Förnekar nattsvettningar och hosta."),
      ("Status", "Vikt 54 kg, BMI 20. Pulm ua. Buk ua."),
  ])],
  [], [["NL102", "n1"]],
  "the hedge is on a symptom (weight loss), not a diagnosis")

C("d130-villkor-om-hosta-sok-for-tbc", "vgr", "1995-04-29", "684", "2024-08-30T00:00:00",
  [N("n1", "migSU", "Hälsoundersökning asylsökande", "Malin Ek", "sjuksköterska", "2024-08-20T11:15:00", [
      ("Åtgärd", "Om hosta kvarstår mer än tre veckor, feber eller blodig upphostning tillkommer ska pat kontakta mottagningen för provtagning avseende tuberkulos. Informerat via tolk på somaliska och lämnat skriftlig information."),
  ])],
  [], [["NL102", "n1"]],
  "conditional safety-netting ('Om hosta kvarstår ...') is no diagnosis of the patient")

C("d130-bekraftad-odlingsverifierad-lungtbc", "skane", "1993-07-31", "195", "2024-11-08T00:00:00",
  [N("n1", "infKr", "Inskrivningsanteckning", "Mats Hedlund", "läkare", "2024-10-29T17:05:00", [
      ("Diagnos", "Lungtuberkulos, odlingsverifierad, känslig för isoniazid och rifampicin."),
      ("Åtgärd", "Start rifampicin, isoniazid, pyrazinamid och etambutol. DOT via sjuksköterska. Smittspårning påbörjad tillsammans med smittskyddsläkaren."),
  ], setting="slutenvård")],
  [], [["NL102", "n1"]],
  "confirmed, culture-verified TB with no hedge")

C("d130-pmo-misstankt-latent-tbc", "skane", "1992-10-16", "734", "2024-03-22T00:00:00",
  [N("n1", "vcMig", "Hälsoundersökning", "Lina Haddad", "läkare", "2024-03-12T13:50:00", [
      ("Bedömning", "Misstänkt latent tbc: IGRA pos, lungröntgen ua. Remiss till infektionsmottagningen i Malmö."),
  ])],
  [], [["NL102", "n1"]],
  "PMO never shows diagnoses: hedged latent TB in a primary-care health examination")

C("d130-pmo-trol-skabb-ssk", "skane", "2000-01-05", "259", "2024-12-06T00:00:00",
  [N("n1", "vcRos", "Sjuksköterskeanteckning", "Amira Saleh", "sjuksköterska", "2024-11-26T08:55:00", [
      ("Aktuellt", "Klåda sedan 2 v, gångar i fingervecken. Trol. skabb. Permetrinkräm enligt ordination av dr Yilmaz, information via telefontolk på arabiska."),
  ])],
  [], [["NL102", "n1"]],
  "PMO nurse note with 'Trol. skabb' is never shown")

C("d130-pmo-bvc-ev-jarnbristanemi", "skane", "2023-02-19", "475", "2024-03-14T00:00:00",
  [N("n1", "bvcLk", "BVC-besök", "Marie Olausson", "sjuksköterska", "2024-03-04T10:00:00", [
      ("Aktuellt", "Hb 98 vid 12-månaderskontrollen. Ev. järnbristanemi, dricker mycket välling och komjölk. Kostråd via tolk på somaliska, ny Hb-kontroll om 6 v."),
  ])],
  [], [["NL102", "n1"]],
  "PMO child health centre note with 'Ev. järnbristanemi'")

C("d130-talar-emot-betatalasemi-typo", "vgr", "1994-12-12", "286", "2024-04-04T00:00:00",
  [N("n1", "hemSU", "Mottagningsanteckning", "Per Lindahl", "läkare", "2024-03-25T10:30:00", [
      ("Bedömning", "Normalt HbA2 och normal Hb-elfores talar emot betatalasemi. Mikrocytosen förklaras av järnbrist, ferritin 6. Järntabletter i 3 mån."),
  ])],
  [], [["NL102", "n1"]],
  "'talar emot' rules out thalassaemia; typo in the diagnosis word ('betatalasemi')")

C("d130-hcv-misstanken-avskrivs", "vgr", "1981-06-30", "137", "2024-10-11T00:00:00",
  [N("n1", "infNAL", "Mottagningsanteckning", "Oskar Falk", "läkare", "2024-10-01T14:35:00", [
      ("Bedömning", "Misstanken om aktiv hepatit C avskrivs då HCV-RNA är negativt vid två tillfällen. Positivt anti-HCV speglar utläkt infektion."),
  ])],
  [], [["NL102", "n1"]],
  "the suspicion is explicitly dropped ('avskrivs'); look-alike of a positive")

C("d130-barn-inga-tecken-pa-undernaring", "skane", "2018-03-30", "391", "2024-06-27T00:00:00",
  [N("n1", "barnLu", "Läkaranteckning", "Karl Sandberg", "läkare", "2024-06-17T09:20:00", [
      ("Status", "Vikt och längd följer +1 SD sedan ankomsten. Inga tecken på undernäring eller rakit. Flera kariesangrepp i mjölktänderna."),
      ("Åtgärd", "Remiss till folktandvården."),
  ])],
  [], [["NL102", "n1"]],
  "'Inga tecken på undernäring eller rakit' negates both diagnoses")

C("d130-icke-dx-eventuellt-kontakttolk", "vgr", "1955-09-09", "418", "2024-07-04T00:00:00",
  [N("n1", "medSkas", "Mottagningsanteckning", "Gunilla Ståhl", "läkare", "2024-06-24T11:00:00", [
      ("Aktuellt", "Känd diabetes typ 2 sedan 2015, HbA1c 61. Eventuellt behövs kontakttolk i stället för telefontolk nästa gång då pat hör dåligt i luren."),
  ])],
  [], [["NL102", "n1"]],
  "'Eventuellt' concerns the interpreter arrangement, the diabetes is known")

C("d130-ej-forenliga-med-aktiv-tbc", "skane", "1987-05-13", "582", "2024-09-06T00:00:00",
  [N("n1", "lungLu", "Läkaranteckning", "Johan Bergström", "läkare", "2024-08-27T13:15:00", [
      ("Bedömning", "Lungröntgen och DT ej förenliga med aktiv tuberkulos; små förkalkningar i vänster hilus. IGRA positivt."),
      ("Diagnos", "Latent tuberkulos."),
  ])],
  [], [["NL102", "n1"]],
  "'ej förenliga med' negates active TB; the remaining diagnosis is stated firmly")

C("d130-trolig-hemolys-i-provet-utkast", "vgr", "1999-02-02", "624", "2024-01-19T00:00:00",
  [N("n1", "migNAL", "Sjuksköterskeanteckning", "Linnea Karlsson", "sjuksköterska", "2024-01-10T14:00:00", [
      ("Provtagning", "Kalium 6,1 men trolig hemolys i provet, röret var svårtaget. Nytt prov tas imorgon."),
  ], signed=None)],
  [], [["NL102", "n1"]],
  "'trolig hemolys i provet' is a pre-analytical sample problem, not a diagnosis")

C("d130-osaker-vaccination-och-journalkopior", "skane", "1991-03-25", "447", "2024-05-03T00:00:00",
  [N("n1", "infMa", "Mottagningsanteckning", "Hassan Jaber", "läkare", "2024-04-23T10:10:00", [
      ("Anamnes", "Pat osäker på om hon vaccinerats mot hepatit B i hemlandet, vaccinationskort saknas. Trol. kommer journalkopior från Migrationsverket inom några veckor."),
      ("Åtgärd", "Anti-HBs kontrolleras, vaccination vid behov."),
  ])],
  [], [["NL102", "n1"]],
  "uncertainty about vaccination status and papers, no hedged diagnosis")

C("d130-genomgangen-tbc-inga-tecken-pa-recidiv", "vgr", "1986-10-06", "305", "2024-08-16T00:00:00",
  [N("n1", "lungSU", "Mottagningsanteckning", "Cecilia Hammar", "läkare", "2024-08-06T09:45:00", [
      ("Anamnes", "Behandlad för lungtuberkulos i Herat 2016, fullföljde 6 mån behandling enligt pat och medhavt intyg."),
      ("Bedömning", "Inga tecken på recidiv, lungröntgen oförändrad jämfört med bilden från i våras."),
  ])],
  [], [["NL102", "n1"]],
  "past treated TB stated plainly and recurrence negated")

C("d130-kan-ej-uteslutas-flytt-annan-kommun", "skane", "2017-07-11", "852", "2024-11-28T00:00:00",
  [N("n1", "barnHbg", "Läkaranteckning", "Elin Nordström", "läkare", "2024-11-18T15:00:00", [
      ("Bedömning", "Pojken har känd astma, välkontrollerad på budesonid. Det kan inte uteslutas att familjen flyttas till annan kommun innan nästa besök, därför skickas en sammanfattning med familjen."),
  ])],
  [], [["NL102", "n1"]],
  "'kan inte uteslutas' applied to a family move, not to a diagnosis")

C("d130-differentialdiagnoser-uteslutna-influensa", "vgr", "1990-04-18", "176", "2024-02-02T00:00:00",
  [N("n1", "infOs", "Epikris", "Johanna Vik", "läkare", "2024-01-24T15:50:00", [
      ("Epikris", "34-årig man från Nigeria, inkom med feber efter hemresa från Lagos. Differentialdiagnoser som malaria, denguefeber och tyfoidfeber har uteslutits. Slutlig diagnos influensa A, PCR-verifierad. Afebril sedan 2 d, utskriven till hemmet."),
  ], setting="slutenvård")],
  [], [["NL102", "n1"]],
  "'Differentialdiagnoser ... har uteslutits' with a confirmed final diagnosis")

C("d130-syster-sicklecell-foraldrar-sannolikt-barare", "skane", "2002-01-21", "368", "2024-12-20T00:00:00",
  [N("n1", "hemLu", "Mottagningsanteckning", "Anders Wikström", "läkare", "2024-12-10T10:40:00", [
      ("Anamnes", "Pats syster har sicklecellsjukdom och föräldrarna är sannolikt anlagsbärare. Pats egen Hb-elfores normal, inget HbS påvisat."),
  ])],
  [], [["NL102", "n1"]],
  "hedged carrier status belongs to the parents, the patient is tested normal")

C("d130-ingen-missanke-om-tbc-typo", "vgr", "1983-07-07", "517", "2024-06-07T00:00:00",
  [N("n1", "migSU", "Hälsoundersökning asylsökande", "Malin Ek", "sjuksköterska", "2024-05-28T13:20:00", [
      ("Bedömning", "Hälsoundersökning genomförd med tolk på ukrainska. Ingen missanke om tbc, inga riskfaktorer utöver ursprungsland."),
  ])],
  [], [["NL102", "n1"]],
  "typo in the negation ('Ingen missanke om tbc') still negates")

C("d130-fragestallning-bcg-ej-diagnos", "vgr", "2024-01-20", "931", "2024-04-26T00:00:00",
  [N("n1", "barnDS", "Remiss", "Maria Holmgren", "läkare", "2024-04-16T10:00:00", [
      ("Frågeställning", "Lämplig tidpunkt för BCG-vaccination? Familjen från Eritrea, riskgrupp enligt nationella rekommendationer. Barnet friskt med normal tillväxt."),
  ], signed=None)],
  [], [["NL102", "n1"]],
  "'Frågeställning' and '?' about a vaccination, no diagnosis of the infant")

C("d130-pmo-dd-ptsd-depression", "skane", "1988-12-03", "646", "2024-07-12T00:00:00",
  [N("n1", "vcHbg", "Besöksanteckning", "Yasmin Karimi", "läkare", "2024-07-02T14:40:00", [
      ("Aktuellt", "Sömnsvårigheter och mardrömmar sedan flykten från Gaza. Samtal via kontakttolk på arabiska."),
      ("Bedömning", "DD: PTSD, depression. Remiss till traumamottagningen."),
  ])],
  [], [["NL102", "n1"]],
  "PMO never shows diagnoses: 'DD: PTSD, depression' in a primary-care note")

C("d130-vgr-th-mojlig-mdr-synlig-bekraftad", "vgr", "1975-11-25", "264", "2024-03-08T00:00:00",
  [N("n1", "infOs", "Läkaranteckning", "Johanna Vik", "läkare", "2024-02-27T11:25:00", [
      ("Diagnos", "Lungtuberkulos, PCR- och odlingsverifierad."),
      ("Tidiga hypoteser", "Möjlig MDR-tbc med tanke på avbruten behandling i Moldavien 2019; fenotypisk resistensbestämning inväntas."),
  ])],
  [], [["NL102", "n1"]],
  "VGR: visible section holds only the confirmed diagnosis; the hedge sits under Tidiga hypoteser")

C("d130-trolig-utskrivning-malaria-bekraftad", "vgr", "1968-05-15", "480", "2024-10-31T00:00:00",
  [N("n1", "infSAS", "Daganteckning", "David Sundqvist", "läkare", "2024-10-22T12:00:00", [
      ("Aktuellt", "Malaria tropica (P. falciparum), parasitemi 2 % vid ankomst, nu 0,1 %. Artesunat iv x3, övergår till Riamet. Trolig utskrivning på fredag om fortsatt afebril."),
  ], setting="slutenvård")],
  [], [["NL102", "n1"]],
  "'Trolig utskrivning' hedges discharge; the malaria is confirmed")

# =========================================================================
# NL101 — diagnosis visible while the patient is not told: MUST
# =========================================================================

C("d130-hiv-ej-informerad-tolk-bokad", "vgr", "1992-02-09", "418", "2024-02-22T00:00:00",
  [N("n1", "infOs", "Läkaranteckning", "Ahmed Rahimi", "läkare", "2024-02-12T16:00:00", [
      ("Aktuellt", "Konfirmerad HIV-1-infektion: immunoblot positiv, HIV-RNA 86 000 kopior/ml."),
      ("Planering", "Pat har ännu inte informerats om resultatet. Kontakttolk på tigrinja bokad till torsdag, kurator deltar."),
  ])],
  [["NL101", "n1"]], [],
  "confirmed HIV visible while the patient is not yet informed (interpreter booked)")

C("d130-hbv-brev-i-retur-ej-infromerad-typo", "skane", "1989-08-27", "330", "2024-03-29T00:00:00",
  [N("n1", "infMa", "Administrativ anteckning", "Eva Nilsson", "sjuksköterska", "2024-03-19T13:10:00", [
      ("Diagnos", "Kronisk hepatit B, HBeAg-negativ."),
      ("Åtgärd", "Kallelsebrevet har kommit i retur, pat har flyttat från anläggningsboendet i Kristianstad. Pat är därmed inte infromerad om diagnosen. Kontaktar Migrationsverket för ny adress."),
  ])],
  [["NL101", "n1"]], [],
  "letter returned, the message did not reach the patient; typo 'infromerad'")

C("d130-tel-telefontolk-inget-svar-latent-tbc", "vgr", "1997-10-19", "283", "2024-05-16T00:00:00",
  [N("n1", "migNAL", "Telefonanteckning", "Jenny Wallin", "sjuksköterska", "2024-05-06T15:30:00", [
      ("Telefonkontakt", "Försökt nå pat via telefontolk på arabiska vid tre tillfällen idag utan svar. Besked om latent tuberkulos har därför inte lämnats. Skickar brev med ny tid."),
  ])],
  [["NL101", "n1"]], [],
  "three failed telephone-interpreter calls; latent TB stated while not told")

C("d130-lung-aktiv-tbc-ej-per-telefon", "skane", "1994-12-28", "199", "2024-06-13T00:00:00",
  [N("n1", "lungLu", "Läkaranteckning", "Johan Bergström", "läkare", "2024-06-03T17:20:00", [
      ("Bedömning", "Lungtuberkulos, direktmikroskopi positiv i 2 av 3 sputum."),
      ("Planering", "Pat får inte beskedet per telefon. Informeras vid besök med kontakttolk på somaliska i morgon kl 9, smittskyddssköterska deltar."),
  ])],
  [["NL101", "n1"]], [],
  "TB in Bedömning; the patient is not to be told until tomorrow's visit")

C("d130-barn-sicklecellanlag-foraldrar-ej-informerade", "vgr", "2018-01-15", "744", "2024-07-18T00:00:00",
  [N("n1", "barnNAL", "Läkaranteckning", "Fredrik Dahl", "läkare", "2024-07-08T11:10:00", [
      ("Utredning", "Vid utredning av lätt anemi påvisas som bifynd sicklecellanlag (HbAS, HbS 38 %)."),
      ("Planering", "Föräldrarna ännu ej informerade. Tolk på somaliska bokas och genetisk vägledning erbjuds."),
  ])],
  [["NL101", "n1"]], [],
  "child under 13: sickle cell trait visible to guardians who have not been told")

C("d130-kvinno-fgm-maken-tolkade-ej-informerad", "skane", "1996-04-14", "526", "2024-08-15T00:00:00",
  [N("n1", "kvMa", "Mottagningsanteckning", "Hanna Ivarsson", "läkare", "2024-08-05T10:30:00", [
      ("Status", "Vid undersökningen ses könsstympning typ III (infibulation) med liten kvarvarande öppning."),
      ("Bedömning", "Pat har inte informerats om fyndet ännu. Maken tolkade och vi valde att vänta tills kvinnlig kontakttolk på somaliska finns, ny tid om 3 d."),
  ])],
  [["NL101", "n1"]], [],
  "FGM type III stated; husband interpreted so the woman has not been informed")

C("d130-hem-talassemi-1177-meddelande-olast", "vgr", "1990-06-03", "152", "2024-09-12T00:00:00",
  [N("n1", "hemSU", "Telefonanteckning", "Per Lindahl", "läkare", "2024-09-02T09:00:00", [
      ("Diagnos", "Betatalassemi minor."),
      ("Telefonkontakt", "Svaret skickades som meddelande via 1177 men är oläst, pat saknar BankID. Informationen har alltså inte nått patienten. Ny kontakt via telefontolk på dari planeras."),
  ])],
  [["NL101", "n1"]], [],
  "a 1177 message that never reached the patient; diagnosis visible")

C("d130-hcv-dottern-ringde-pat-ej-underrattad", "skane", "1961-01-18", "465", "2024-10-17T00:00:00",
  [N("n1", "infLu", "Telefonanteckning", "Petra Malmberg", "läkare", "2024-10-07T14:00:00", [
      ("Lab", "HCV-RNA 1,2 milj IU/ml, genotyp 3a. Diagnos kronisk hepatit C."),
      ("Telefonkontakt", "Dottern ringde och ville ha svaret åt sin pappa. Pat själv ännu ej underrättad; vi lämnar inte ut svaret via anhörig. Återbesök med tolk bokas."),
  ])],
  [["NL101", "n1"]], [],
  "relative asks for the result; the patient himself is not yet told")

C("d130-psyk-ptsd-ej-kommunicerad-utkast", "vgr", "1993-09-21", "318", "2024-11-14T00:00:00",
  [N("n1", "psyOs", "Mottagningsanteckning", "Lars Åkesson", "läkare", "2024-11-04T15:00:00", [
      ("Bedömning", "Uppfyller kriterierna för PTSD enligt DSM-5, CAPS-5 genomförd via tolk."),
      ("Planering", "Diagnosen har inte kommunicerats med pat ännu, jag vill först etablera allians och ge psykoedukation. Traumafokuserad KBT planeras."),
  ], signed=None)],
  [["NL101", "n1"]], [],
  "unsigned draft: PTSD diagnosis not yet communicated")

C("d130-lung-mdr-tb-ej-informerad", "vgr", "1984-03-03", "573", "2024-12-12T00:00:00",
  [N("n1", "lungSU", "Läkaranteckning", "Cecilia Hammar", "läkare", "2024-12-02T13:40:00", [
      ("Utredning", "Resistensbestämning från Folkhälsomyndigheten: resistens mot rifampicin och isoniazid, alltså multiresistent tuberkulos (MDR-TB). Pat inte informerad ännu, överläkare och tolk på rumänska tar samtalet på måndag."),
  ])],
  [["NL101", "n1"]], [],
  "MDR-TB in Utredning and 'Pat inte informerad ännu'")

C("d130-schistosoma-telefontolk-brot-samtalet", "skane", "2004-04-02", "281", "2024-04-11T00:00:00",
  [N("n1", "infKr", "Telefonanteckning", "Annika Persson", "sjuksköterska", "2024-04-01T11:35:00", [
      ("Utredning", "Ägg av Schistosoma haematobium i urinen. Diagnos urinvägsbilharzia."),
      ("Telefonkontakt", "Ringde pat via telefontolk på tigrinja men samtalet bröts innan vi hann ge beskedet. Pat har alltså inte fått besked, nytt försök i eftermiddag."),
  ])],
  [["NL101", "n1"]], [],
  "telephone-interpreter call broke off before the diagnosis was given")

C("d130-hiv2-ej-infomerad-typo", "vgr", "1987-07-12", "604", "2024-01-26T00:00:00",
  [N("n1", "infNAL", "Läkaranteckning", "Oskar Falk", "läkare", "2024-01-16T10:20:00", [
      ("Bedömning", "HIV-2-infektion verifierad. Pat ej infomerad om diagnosen, tolk på portugisiska bokas."),
  ])],
  [["NL101", "n1"]], [],
  "typo in the not-told phrase ('ej infomerad') with verified HIV-2")

C("d130-strongyloides-svaret-ej-meddelat", "skane", "1970-09-24", "147", "2024-02-15T00:00:00",
  [N("n1", "infKr", "Läkaranteckning", "Mats Hedlund", "läkare", "2024-02-05T09:15:00", [
      ("Bedömning", "Strongyloides stercoralis påvisat med både serologi och larver i feces. Svaret är ännu inte meddelat patienten. Ivermektin förskrivs när pat nåtts."),
  ])],
  [["NL101", "n1"]], [],
  "confirmed strongyloidiasis and 'ännu inte meddelat patienten'")

C("d130-tva-anteckningar-tolken-uteblev", "vgr", "1995-05-30", "467", "2024-03-21T00:00:00",
  [N("n1", "infOs", "Sjuksköterskeanteckning", "Malin Sköld", "sjuksköterska", "2024-03-08T10:00:00", [
      ("Aktuellt", "Latent tuberkulos konstaterad efter positivt IGRA och normal lungröntgen. Pat har inte fått beskedet än eftersom tolken uteblev. Ny tid bokad på fredag."),
  ]),
   N("n2", "infOs", "Läkaranteckning", "Johanna Vik", "läkare", "2024-03-15T10:30:00", [
      ("Bedömning", "Besök med kontakttolk på dari. Pat informerad om latent tuberkulos och om förebyggande behandling med rifampicin i 4 mån. Pat vill starta."),
  ])],
  [["NL101", "n1"]], [],
  "the earlier visible note withheld the diagnosis (interpreter no-show); asserted on that note")

C("d130-neurocysticerkos-neurologen-tar-samtalet", "skane", "1981-12-08", "392", "2024-05-23T00:00:00",
  [N("n1", "neuroLu", "Läkaranteckning", "Viktor Holm", "läkare", "2024-05-13T13:00:00", [
      ("Utredning", "MR hjärna: flera cystor med scolex, några med ringformig uppladdning. Neurocysticerkos."),
      ("Planering", "Pat har inte informerats om diagnosen, neurologen tar samtalet med tolk på spanska nästa vecka."),
  ])],
  [["NL101", "n1"]], [],
  "neurocysticercosis on MRI, patient not informed")

C("d130-barn-stunting-vh-ej-informerade-utkast", "vgr", "2021-03-09", "258", "2024-06-28T00:00:00",
  [N("n1", "barnDS", "Läkaranteckning", "Maria Holmgren", "läkare", "2024-06-18T14:30:00", [
      ("Status", "Längd 85 cm (-3,1 SD), vikt 11 kg. Smal, i övrigt ua."),
      ("Bedömning", "Kronisk undernäring (stunting). Vårdnadshavarna har ännu inte fått information om bedömningen, samtal med tolk på pashto och dietist nästa vecka."),
  ], signed=None)],
  [["NL101", "n1"]], [],
  "child under 13, unsigned draft: chronic malnutrition visible to guardians not yet told")

C("d130-syfilis-ska-inte-informeras-forran", "skane", "1998-01-29", "506", "2024-07-26T00:00:00",
  [N("n1", "kvHbg", "Mottagningsanteckning", "Lena Axelsson", "barnmorska", "2024-07-16T11:20:00", [
      ("Bedömning", "Sen latent syfilis enligt dr Friberg, TPPA och RPR positiva. Pat ska inte informeras förrän infektionsläkaren träffat henne på torsdag."),
  ])],
  [["NL101", "n1"]], [],
  "latent syphilis stated with 'ska inte informeras förrän ...'")

C("d130-kir-ventrikelcancer-sonen-tolkar", "vgr", "1953-10-20", "381", "2024-08-22T00:00:00",
  [N("n1", "kirSAS", "Mottagningsanteckning", "Henrik Lindblom", "läkare", "2024-08-12T10:15:00", [
      ("Anamnes", "Sonen tolkar och begär att pappan inte ska få veta diagnosen, vilket enligt sonen är vanligt i familjens kultur."),
      ("Bedömning", "Ventrikelcancer, PAD-verifierat adenokarcinom i antrum."),
      ("Planering", "Pat har ännu inte informerats. Vi bokar professionell tolk på persiska och frågar pat själv hur mycket han vill veta."),
  ])],
  [["NL101", "n1"]], [],
  "relative interpreting asks to withhold cancer diagnosis; patient not informed")

C("d130-lever-cirros-ej-bivit-informerad-typo", "skane", "1963-02-11", "298", "2024-09-26T00:00:00",
  [N("n1", "gastMa", "Mottagningsanteckning", "Robert Åström", "läkare", "2024-09-16T09:30:00", [
      ("Bedömning", "Levercirros Child-Pugh B sekundärt till kronisk hepatit B. Pat har inte bivit informerad om cirrosen ännu; får besked vid återbesök med tolk på vietnamesiska."),
  ])],
  [["NL101", "n1"]], [],
  "cirrhosis stated while not told; typo 'bivit' in the not-told phrase")

C("d130-g6pd-pat-ovetande-fel-nummer", "vgr", "2000-07-14", "342", "2024-10-10T00:00:00",
  [N("n1", "migSU", "Telefonanteckning", "Malin Ek", "sjuksköterska", "2024-09-30T13:45:00", [
      ("Telefonkontakt", "G6PD-brist påvisad som bifynd. Pat ovetande om diagnosen; telefonnumret i journalen går till en annan person. Skickar brev på pashto med ny tid."),
  ])],
  [["NL101", "n1"]], [],
  "'Pat ovetande om diagnosen' after a chance G6PD finding; the call reached a wrong number")

C("d130-barn-blyforgiftining-familjen-ej-informerad", "skane", "2019-08-22", "637", "2024-11-07T00:00:00",
  [N("n1", "barnMa", "Läkaranteckning", "Nils Ekberg", "läkare", "2024-10-28T15:10:00", [
      ("Bedömning", "B-bly 480 µg/L, blyförgiftining, trol. från kohl (surma) som används på barnets ögon. Familjen ej informerad än, tolk på dari saknades idag. Kontakt med Giftinformationscentralen tagen."),
  ])],
  [["NL101", "n1"]], [],
  "child under 13: lead poisoning (typo 'blyförgiftining') visible while family not informed")

C("d130-hiv-utkast-informeras-ej-forran-mandag", "vgr", "1986-11-04", "159", "2024-12-06T00:00:00",
  [N("n1", "infSAS", "Läkaranteckning", "Emma Lundgren", "läkare", "2024-11-26T16:40:00", [
      ("Bedömning", "HIV-1-infektion, CD4 180, HIV-RNA 240 000. Pat informeras ej förrän på måndag då kurator och tolk kan närvara."),
  ], signed=None)],
  [["NL101", "n1"]], [],
  "unsigned draft: HIV stated, patient to be told only on Monday")

C("d130-lang-tbc-lymfadenit-ej-informerad", "skane", "1997-01-10", "224", "2024-03-13T00:00:00",
  [N("n1", "infMa", "Nybesök", "Hassan Jaber", "läkare", "2024-03-06T13:30:00", [
      ("Anamnes", "27-årig kvinna från Etiopien, i Sverige sedan 8 mån. Remitterad av hälsoundersökningsteamet för knöl på vänster halssida sedan 3 mån. Kontakttolk på amhariska. Ingen hosta, lätt nattsvett ibland. Tidigare frisk, inga mediciner, ingen känd tbc-kontakt men en kusin hade 'lungsjukdom'."),
      ("Status", "AT gott. Temp 37,4. Vänster hals: 3 cm fast, lätt öm lymfkörtel, ingen fluktuation, huden ua. Pulm: ua. Buk: ua, ingen hepatosplenomegali."),
      ("Utredning", "Finnålspunktion 4/3: granulom med central nekros. PCR för M. tuberculosis positiv. Lungröntgen utan infiltrat. HIV neg."),
      ("Bedömning", "Tuberkulös lymfadenit (halslymfkörtel), PCR-verifierad."),
      ("Planering", "Pat är ännu inte informerad om svaret. Återbesök med kontakttolk 12/3, då start av fyrdubbel tbc-behandling. Anmälan enligt smittskyddslagen görs."),
  ])],
  [["NL101", "n1"]], [],
  "long multi-section chart: TB lymphadenitis stated, patient not yet informed")

C("d130-psykos-schizofreni-teamets-beslut", "vgr", "1995-08-16", "493", "2024-04-18T00:00:00",
  [N("n1", "psykos", "Mottagningsanteckning", "Annelie Fors", "läkare", "2024-04-08T14:20:00", [
      ("Bedömning", "Schizofreni, paranoid form (F20.0). Pat ska inte få veta om diagnosen ännu enligt teamets beslut, då han är misstänksam mot både tolken och vården."),
  ])],
  [["NL101", "n1"]], [],
  "schizophrenia stated with 'ska inte få veta ännu'")

C("d130-hbh-sjukdom-ingen-tolk-kurmanji", "vgr", "2001-05-22", "318", "2024-05-30T00:00:00",
  [N("n1", "hemSU", "Mottagningsanteckning", "Per Lindahl", "läkare", "2024-05-20T10:45:00", [
      ("Bedömning", "Hb-elfores och DNA-analys visar HbH-sjukdom (alfatalassemi). Informationen har inte lämnats till pat då hon bara talar kurmanji och ingen tolk fanns att få idag."),
  ])],
  [["NL101", "n1"]], [],
  "HbH disease stated; no interpreter, information not given")

C("d130-hud-lepra-ej-informerad-stigma", "skane", "1979-06-05", "412", "2024-06-20T00:00:00",
  [N("n1", "hudLu", "Läkaranteckning", "Ida Rosén", "läkare", "2024-06-10T11:00:00", [
      ("Bedömning", "Borderline tuberkuloid lepra, PAD och PCR verifierad. Pat ej informerad; sjukdomen är starkt stigmatiserad i hemlandet och samtalet planeras med kurator och kontakttolk."),
  ])],
  [["NL101", "n1"]], [],
  "leprosy verified, patient not informed because of stigma planning")

C("d130-latent-tuberkolos-typo-ej-besked", "vgr", "1999-11-27", "275", "2024-07-11T00:00:00",
  [N("n1", "infSkas", "Sjuksköterskeanteckning", "Sanna Holm", "sjuksköterska", "2024-07-01T09:25:00", [
      ("Aktuellt", "Latent tuberkolos. Pat har ej fått besked, kallas med tolk på tigrinja."),
  ])],
  [["NL101", "n1"]], [],
  "typo in the diagnosis ('tuberkolos') with 'har ej fått besked'")

C("d130-hbv-maken-informerad-pat-ej", "vgr", "1991-01-31", "386", "2024-08-08T00:00:00",
  [N("n1", "infNAL", "Mottagningsanteckning", "Tobias Nyman", "läkare", "2024-07-29T13:55:00", [
      ("Bedömning", "Kronisk hepatit B hos pat, HBeAg-positiv. Maken, som följde med och tolkade, har fått beskedet men pat själv har ännu inte informerats då hon inte var i rummet."),
  ])],
  [["NL101", "n1"]], [],
  "only the husband (interpreting) got the message; the patient herself is not informed")

# =========================================================================
# NL101 — MUST_NOT
# =========================================================================

C("d130-hiv-informerad-via-kontakttolk", "vgr", "1988-04-25", "514", "2024-02-09T00:00:00",
  [N("n1", "infOs", "Läkaranteckning", "Johanna Vik", "läkare", "2024-01-30T10:40:00", [
      ("Bedömning", "HIV-1-infektion. Pat informerad via kontakttolk på amhariska idag, reagerade med gråt men förstod innebörden. Kurator träffar pat direkt efter."),
  ])],
  [], [["NL101", "n1"]],
  "the patient was told today through a face-to-face interpreter")

C("d130-latent-tbc-informerad-datum-ej", "skane", "1993-06-14", "233", "2024-03-01T00:00:00",
  [N("n1", "infLu", "Telefonanteckning", "Eva Nilsson", "sjuksköterska", "2024-02-20T14:25:00", [
      ("Telefonkontakt", "Latent tbc, informerad via telefontolk om diagnosen och om behandlingen. Ej informerad om datum för första besöket hos tbc-sjuksköterskan, kallelse skickas."),
  ])],
  [], [["NL101", "n1"]],
  "what is not yet told is a date; the diagnosis was told")

C("d130-sicklecellanlag-remiss-ej-meddelad-utkast", "vgr", "1996-09-09", "427", "2024-04-05T00:00:00",
  [N("n1", "migSU", "Läkaranteckning", "Karin Lindqvist", "läkare", "2024-03-26T11:50:00", [
      ("Bedömning", "Sicklecellanlag, pat informerad vid förra besöket med tolk. Remissen till genetisk vägledning är skickad, men pat är inte informerad om det ännu."),
  ], signed=None)],
  [], [["NL101", "n1"]],
  "what is untold is that the referral was sent; the diagnosis was told earlier")

C("d130-normala-prover-ej-meddelade-hypertoni", "skane", "1967-03-18", "361", "2024-05-10T00:00:00",
  [N("n1", "medYs", "Mottagningsanteckning", "Birgitta Lund", "läkare", "2024-04-30T15:10:00", [
      ("Aktuellt", "Känd hypertoni, välbehandlad med amlodipin. Hb, ferritin och B12 normala; pat har inte fått svaren ännu, de skickas per brev på arabiska."),
  ])],
  [], [["NL101", "n1"]],
  "only normal lab results are untold; the known hypertension is no news")

C("d130-vgr-th-sokord-hiv-ej-informerad", "vgr", "1985-10-01", "148", "2024-06-14T00:00:00",
  [N("n1", "migSU", "Hälsoundersökning asylsökande", "Karin Lindqvist", "läkare", "2024-06-04T09:30:00", [
      ("Anamnes", "Trött sedan ankomsten, gått ner i vikt. Tolk på swahili via telefon."),
      ("Tidiga hypoteser", "Misstänkt HIV-infektion med tanke på oral candida. Pat ej informerad om misstanken, test erbjuds vid nästa besök."),
  ])],
  [], [["NL101", "n1"]],
  "VGR: the untold diagnosis sits only under the protected sökord Tidiga hypoteser")

C("d130-skane-th-mall-hbv-ej-informerad", "skane", "1982-12-17", "579", "2024-07-05T00:00:00",
  [N("n1", "infMa", "Tidiga hypoteser", "Sofia Engdahl", "läkare", "2024-06-25T10:05:00", [
      ("Bedömning", "Hepatit B påvisad, HBsAg pos. Pat ej informerad ännu; återbesök med tolk på mandarin."),
  ])],
  [], [["NL101", "n1"]],
  "Skåne: the untold diagnosis is in the protected template Tidiga hypoteser")

C("d130-hiv-pat-informerad-maken-ej", "vgr", "1994-02-20", "365", "2024-08-02T00:00:00",
  [N("n1", "infNAL", "Mottagningsanteckning", "Tobias Nyman", "läkare", "2024-07-23T11:30:00", [
      ("Bedömning", "Pat informerad om HIV-diagnosen via kvinnlig kontakttolk. Hon vill inte att maken informeras ännu, vilket respekteras; smittspårning diskuteras vid nästa besök."),
  ])],
  [], [["NL101", "n1"]],
  "patient told; only the husband is not")

C("d130-hbv-inget-sagt-om-information", "skane", "1977-08-29", "402", "2024-09-20T00:00:00",
  [N("n1", "gastMa", "Mottagningsanteckning", "Robert Åström", "läkare", "2024-09-10T13:35:00", [
      ("Bedömning", "Kronisk hepatit B utan e-antigen. HBV-DNA 2 000 IU/ml, ALAT normalt. Fibroscan 5,1 kPa. Ingen behandlingsindikation, kontroll om 6 mån."),
  ])],
  [], [["NL101", "n1"]],
  "diagnosis stated with nothing said about telling")

C("d130-kand-hiv-sedan-nairobi", "vgr", "1983-05-06", "217", "2024-10-25T00:00:00",
  [N("n1", "infOs", "Mottagningsanteckning", "Ahmed Rahimi", "läkare", "2024-10-15T09:10:00", [
      ("Anamnes", "Känd HIV-infektion sedan 2018, diagnostiserad i Nairobi. Välinformerad, står på Biktarvy sedan 2020 med omätbar virusnivå. Läkemedelslistan överförd."),
  ])],
  [], [["NL101", "n1"]],
  "diagnosis known and told years ago")

C("d130-latent-tbc-informerad-brodern-vet-inget", "skane", "1999-07-02", "541", "2024-11-22T00:00:00",
  [N("n1", "infKr", "Läkaranteckning", "Mats Hedlund", "läkare", "2024-11-12T10:50:00", [
      ("Bedömning", "Pat informerad om latent tbc och start av rifampicin. Brodern som bor på samma boende vet ännu inget och pat vill själv berätta."),
  ])],
  [], [["NL101", "n1"]],
  "patient told; a brother is the one who does not know")

C("d130-ptsd-informerad-terapeut-ej-klart", "vgr", "1989-03-11", "626", "2024-12-13T00:00:00",
  [N("n1", "psyOs", "Mottagningsanteckning", "Lars Åkesson", "läkare", "2024-12-03T14:00:00", [
      ("Bedömning", "PTSD, diagnosen förklarad via tolk förra veckan och pat kände igen sig. Pat har ännu inte fått veta vilken terapeut hon får, beslut på teamkonferens."),
  ], signed=None)],
  [], [["NL101", "n1"]],
  "untold is which therapist (a plan); the PTSD was explained last week")

C("d130-negativa-screeningprov-ej-meddelade", "skane", "2003-10-08", "185", "2024-01-31T00:00:00",
  [N("n1", "infLu", "Sjuksköterskeanteckning", "Eva Nilsson", "sjuksköterska", "2024-01-22T09:45:00", [
      ("Provsvar", "Pat ännu ej informerad om provsvaren från hälsoundersökningen. Samtliga prover – HIV, hepatit B, hepatit C och syfilis – är negativa."),
  ])],
  [], [["NL101", "n1"]],
  "untold results are all negative; disease words appear only as test names")

C("d130-senare-anteckning-informerar-om-tbc", "vgr", "1990-08-13", "349", "2024-02-29T00:00:00",
  [N("n1", "lungSU", "Läkaranteckning", "Cecilia Hammar", "läkare", "2024-02-15T16:10:00", [
      ("Utredning", "Sputumodling positiv för M. tuberculosis. Lungtuberkulos."),
  ]),
   N("n2", "lungSU", "Mottagningsanteckning", "Ulrika Boman", "sjuksköterska", "2024-02-19T10:00:00", [
      ("Aktuellt", "Pat informerad idag via kontakttolk om tuberkulosdiagnosen, som inte hunnit meddelas tidigare. Fick skriftlig information på tigrinja."),
  ])],
  [], [["NL101", "n2"]],
  "a later note tells the patient what had not been told before; asserted on the telling note")

C("d130-malaria-informerad-redan-pa-akuten", "skane", "1972-12-05", "293", "2024-04-12T00:00:00",
  [N("n1", "infMa", "Inskrivningsanteckning", "Hassan Jaber", "läkare", "2024-04-02T23:15:00", [
      ("Bedömning", "Malaria tropica, parasitemi 3 %. Pat informerades redan på akuten av jourläkaren om diagnosen. Artesunat iv enligt PM."),
  ], setting="slutenvård")],
  [], [["NL101", "n1"]],
  "the patient was told earlier the same day in the emergency department")

C("d130-schistosomiasis-besked-via-telefontolk", "vgr", "1998-06-18", "132", "2024-05-17T00:00:00",
  [N("n1", "infNAL", "Telefonanteckning", "Oskar Falk", "läkare", "2024-05-07T11:20:00", [
      ("Telefonkontakt", "Besked om schistosomiasis lämnat via telefontolk på tigrinja. Pat förstod och frågade om sjukdomen smittar familjen; förklarat att den inte smittar mellan människor. Praziquantel utskrivet."),
  ])],
  [], [["NL101", "n1"]],
  "the diagnosis was given through a telephone interpreter")

C("d130-hcv-informerad-terapikonferens-ej", "vgr", "1969-04-04", "458", "2024-06-21T00:00:00",
  [N("n1", "hepSU", "Mottagningsanteckning", "Peter Gustavsson", "läkare", "2024-06-11T10:25:00", [
      ("Bedömning", "Kronisk hepatit C, genotyp 1a, informerad vid förra besöket. Behandlingsstart tas upp på terapikonferens; pat är ännu inte informerad om att ärendet tas upp där."),
  ])],
  [], [["NL101", "n1"]],
  "untold is a process step (therapy conference), not the diagnosis")

C("d130-dottern-tolkade-pat-informerad-diabetes", "skane", "1957-11-14", "670", "2024-07-19T00:00:00",
  [N("n1", "medTb", "Mottagningsanteckning", "Maja Friberg", "läkare", "2024-07-09T13:40:00", [
      ("Bedömning", "Dottern tolkade på pats uttryckliga begäran. Pat informerad om diabetes typ 2 och fick skriftlig information på arabiska."),
  ])],
  [], [["NL101", "n1"]],
  "a relative interpreted, but the patient was informed")

C("d130-brostcancer-informerad-barnen-ej", "vgr", "1971-02-26", "213", "2024-08-29T00:00:00",
  [N("n1", "kirSAS", "Mottagningsanteckning", "Henrik Lindblom", "läkare", "2024-08-19T09:50:00", [
      ("Bedömning", "Bröstcancer vänster sida, PAD-verifierad. Pat informerad via kontakttolk på arabiska. Hon vill inte att barnen får veta ännu."),
  ])],
  [], [["NL101", "n1"]],
  "patient told; only her children are not")

C("d130-hiv-informerd-typo", "skane", "1992-09-29", "384", "2024-09-27T00:00:00",
  [N("n1", "infLu", "Läkaranteckning", "Petra Malmberg", "läkare", "2024-09-17T15:00:00", [
      ("Bedömning", "HIV-1-infektion, CD4 420. Pat informerd via tolk om HIV-infektionen och om behandlingen, start av ART nästa vecka."),
  ])],
  [], [["NL101", "n1"]],
  "told, with a typo ('informerd'); no not-told statement")

C("d130-fgm-informerad-datum-ej-meddelat-utkast", "vgr", "1997-12-23", "452", "2024-10-04T00:00:00",
  [N("n1", "kvSU", "Mottagningsanteckning", "Hanna Sjöberg", "läkare", "2024-09-24T10:10:00", [
      ("Bedömning", "Könsstympning typ III. Pat informerad om fyndet och om defibulation före förlossningen via kvinnlig tolk. Datum för ingreppet ännu inte meddelat pat."),
  ], signed=None)],
  [], [["NL101", "n1"]],
  "FGM told; only the date of the procedure is untold")

C("d130-vgr-synlig-informerad-th-ej-informerad", "vgr", "1984-07-30", "566", "2024-11-01T00:00:00",
  [N("n1", "migSU", "Läkaranteckning", "Karin Lindqvist", "läkare", "2024-10-22T11:40:00", [
      ("Bedömning", "Latent tuberkulos, pat informerad och startar behandling."),
      ("Tidiga hypoteser", "Trolig HIV-infektion med tanke på trombocytopeni och bältros; pat ej informerad om misstanken."),
  ])],
  [], [["NL101", "n1"]],
  "VGR: visible diagnosis was told; the untold one is only under Tidiga hypoteser")

C("d130-hypotyrios-teach-back-typo", "vgr", "1960-10-10", "339", "2024-12-05T00:00:00",
  [N("n1", "medSkas", "Mottagningsanteckning", "Gunilla Ståhl", "läkare", "2024-11-25T14:15:00", [
      ("Bedömning", "Hypotyrios, TSH 38. Informationen gavs via tolk på somaliska och pat kunde återberätta med egna ord (teach-back)."),
  ])],
  [], [["NL101", "n1"]],
  "told with teach-back via interpreter; typo in the diagnosis ('Hypotyrios')")

C("d130-1177-meddelande-last-och-besvarat", "skane", "1995-03-07", "491", "2024-12-18T00:00:00",
  [N("n1", "infKr", "Sjuksköterskeanteckning", "Annika Persson", "sjuksköterska", "2024-12-09T09:05:00", [
      ("Åtgärd", "Latent tbc. Meddelande via 1177 skickat på engelska, pat har svarat och bekräftat att hon läst och förstått."),
  ])],
  [], [["NL101", "n1"]],
  "the 1177 message did reach the patient (she replied)")

C("d130-rontgen-normal-ej-meddelad", "vgr", "2002-04-16", "154", "2024-01-12T00:00:00",
  [N("n1", "migNAL", "Sjuksköterskeanteckning", "Jenny Wallin", "sjuksköterska", "2024-01-03T13:00:00", [
      ("Provsvar", "Lungröntgen utan anmärkning. Pat ej informerad om röntgensvaret än, meddelas vid besöket på tisdag."),
  ])],
  [], [["NL101", "n1"]],
  "untold is a normal X-ray; no diagnosis at all")

C("d130-villkor-om-hiv-testet-blir-positivt", "skane", "1990-05-19", "228", "2024-02-02T00:00:00",
  [N("n1", "infMa", "Läkaranteckning", "Sofia Engdahl", "läkare", "2024-01-23T14:50:00", [
      ("Planering", "HIV-test taget idag efter riskexponering i hemlandet. Om testet blir positivt ska pat inte informeras per telefon utan kallas till besök med tolk."),
  ])],
  [], [["NL101", "n1"]],
  "conditional instruction about a pending test; no diagnosis stands")

C("d130-talassemi-kant-sedan-barndomen-basra", "vgr", "1986-01-27", "407", "2024-03-15T00:00:00",
  [N("n1", "hemSU", "Mottagningsanteckning", "Per Lindahl", "läkare", "2024-03-05T09:40:00", [
      ("Anamnes", "Talassemi minor, känt sedan barndomen enligt pat som fått information av läkare i Basra. Ingen åtgärd behövs."),
  ])],
  [], [["NL101", "n1"]],
  "diagnosis told long ago abroad")

C("d130-lang-hu-allt-kommunicerat-vantetid-ej", "skane", "1996-11-21", "512", "2024-04-26T00:00:00",
  [N("n1", "infLu", "Mottagningsanteckning", "Maryam Nouri", "läkare", "2024-04-16T08:40:00", [
      ("Anamnes", "24-årig man från Syrien, kom via Turkiet och Grekland för 5 mån sedan. Remitterad efter hälsoundersökning. Kontakttolk på arabiska hela besöket. Tidigare frisk, inga mediciner, vaccinationskort saknas. Beskriver sömnproblem och mardrömmar sedan han satt fängslad i Damaskus 2019."),
      ("Status", "AT gott, BT 128/76, puls 72. Cor: RR, ua. Pulm: ua. Buk: mjuk, oöm. Hud: ärr efter brännskador på båda underarmarna. Lgl: ua."),
      ("Utredning", "IGRA positivt, lungröntgen ua. Anti-HBs positivt, HBsAg och anti-HBc neg, anti-HCV neg, HIV neg. Hb 151."),
      ("Bedömning", "Latent tuberkulos. Immun mot hepatit B efter vaccination. Posttraumatiskt stressyndrom, PCL-5 58."),
      ("Information", "Pat informerad via tolk om latent tuberkulos och om PTSD-diagnosen, frågade mycket om smitta och om behandlingens längd. Pat har ännu inte fått veta väntetiden till traumamottagningen."),
      ("Planering", "Rifampicin 4 mån, tbc-sköterska följer upp. Remiss traumamottagningen skickad. Återbesök om 4 v med kontakttolk."),
  ])],
  [], [["NL101", "n1"]],
  "long multi-section chart: all diagnoses told; only a waiting time is untold")


# ============================================================== build + validate

SENT_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+")


def age_on(birth, when):
    b = dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def build():
    problems = []
    names = set()
    seen_sent = {}
    lines = []
    for c in CASES:
        name = c["case"]
        if not name.startswith("d130-"):
            problems.append(f"{name}: bad prefix")
        if name in names:
            problems.append(f"{name}: duplicate case name")
        names.add(name)
        rs = c["ruleset"]
        if rs not in ("skane", "vgr"):
            problems.append(f"{name}: bad ruleset")
        pid = pnr(c["birth"], c["serial"])
        # Luhn and birth date check (re-derived)
        ymd, tail = pid.split("-")
        if ymd != c["birth"].replace("-", "") or luhn_digit(ymd[2:] + tail[:3]) != tail[3]:
            problems.append(f"{name}: personnummer mismatch")
        as_of = dt.datetime.fromisoformat(c["as_of"])
        if as_of.year != 2024:
            problems.append(f"{name}: as_of not 2024")
        age = age_on(c["birth"], as_of)
        if 13 <= age <= 15 or age < 0:
            problems.append(f"{name}: patient age {age} not allowed")
        notes = []
        ids = set()
        for n in c["notes"]:
            n = dict(n)
            region = n.pop("_region")
            if region != rs:
                problems.append(f"{name}: unit {n['unit']['name']} not in {rs}")
            if rs == "vgr" and n["system"] != "Melior":
                problems.append(f"{name}: VGR note not Melior")
            t = dt.datetime.fromisoformat(n["time"])
            if t.year != 2024 or t > as_of:
                problems.append(f"{name}: note time bad")
            if n["signed"] is not None:
                s = dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t or s > as_of:
                    problems.append(f"{name}: signed time bad")
            if n["id"] in ids:
                problems.append(f"{name}: duplicate note id")
            ids.add(n["id"])
            for sec in n["sections"]:
                if not sec["keyword"] or not sec["text"].strip():
                    problems.append(f"{name}: empty section")
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent:
                            problems.append(f"{name}: sentence repeated (also in {seen_sent[sent][0]}): {sent!r}")
                        seen_sent.setdefault(sent, (name, n["id"], sec["keyword"]))
            notes.append(n)
        by_id = {n["id"]: n for n in notes}
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in ("NL101", "NL102"):
                    problems.append(f"{name}: unexpected code {code}")
                if target not in by_id:
                    problems.append(f"{name}: target {target} missing")
                    continue
                sysname = by_id[target]["system"]
                if code == "NL102" and lst == "must" and sysname != "Melior":
                    problems.append(f"{name}: NL102 must asserted on non-Melior")
                if code == "NL101" and sysname == "PMO":
                    problems.append(f"{name}: NL101 asserted on PMO")
        both = {tuple(x) for x in c["must"]} & {tuple(x) for x in c["must_not"]}
        if both:
            problems.append(f"{name}: same assertion in must and must_not")
        if not c["must"] and not c["must_not"]:
            problems.append(f"{name}: nothing asserted")
        if not c["why"].strip():
            problems.append(f"{name}: empty why")
        record = {
            "patient": {"id": pid, "birth_date": c["birth"], "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        }
        obj = {"case": name, "ruleset": rs, "record": record,
               "must": c["must"], "must_not": c["must_not"], "why": c["why"]}
        if list(obj.keys()) != ["case", "ruleset", "record", "must", "must_not", "why"]:
            problems.append(f"{name}: keys")
        lines.append(json.dumps(obj, ensure_ascii=False))
    return lines, problems


def main():
    lines, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print(f"wrote {len(lines)} cases to {OUT}")
    for k in sorted(counts):
        print(k[0], k[1], counts[k])


if __name__ == "__main__":
    main()
