#!/usr/bin/env python3
"""nl1i_dev_cases: 130 NL1 cases, mostly "stay silent" (false-alarm measurement).

Independent gold set written from the regional routines (seeds) and the NL1 catalog
only. Dependency-free and deterministic: `python3 build.py` writes nl1i_dev_cases.jsonl
beside this file and validates it; it exits with status 1 on any problem.
"""
import json
import re
import sys
import zlib
from collections import Counter
from datetime import date, datetime
from pathlib import Path

NAME = "nl1i_dev_cases"
HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- units
SKANE_UNITS = [
    "Hjärtmottagningen, Skånes universitetssjukhus Lund",
    "Onkologimottagningen, Skånes universitetssjukhus Lund",
    "Reumatologimottagningen, Skånes universitetssjukhus Lund",
    "Hudmottagningen, Skånes universitetssjukhus Lund",
    "Hematologimottagningen, Skånes universitetssjukhus Lund",
    "Lungavdelningen, Skånes universitetssjukhus Lund",
    "Barnreumatologiska mottagningen, Skånes universitetssjukhus Lund",
    "Akutmottagningen, Skånes universitetssjukhus Malmö",
    "Endokrinologimottagningen, Skånes universitetssjukhus Malmö",
    "Urologiska mottagningen, Skånes universitetssjukhus Malmö",
    "Ögonmottagningen, Skånes universitetssjukhus Malmö",
    "Mag-tarmmottagningen, Skånes universitetssjukhus Malmö",
    "Kärlkirurgiska mottagningen, Skånes universitetssjukhus Malmö",
    "Infektionsmottagningen, Skånes universitetssjukhus Malmö",
    "Neurologimottagningen, Skånes universitetssjukhus Malmö",
    "Njurmedicinska mottagningen, Skånes universitetssjukhus Malmö",
    "Allmänpsykiatrisk mottagning Malmö Öster",
    "Neurologimottagningen, Helsingborgs lasarett",
    "Medicinavdelning 62, Helsingborgs lasarett",
    "Kardiologiavdelningen, Helsingborgs lasarett",
    "Kardiologiska mottagningen, Helsingborgs lasarett",
    "Öron-näsa-halsmottagningen, Helsingborgs lasarett",
    "BUP-mottagningen Helsingborg",
    "Kirurgmottagningen, Centralsjukhuset Kristianstad",
    "Kirurgavdelning 5, Centralsjukhuset Kristianstad",
    "Ortopedmottagningen, Hässleholms sjukhus",
    "Kvinnokliniken, Ystads lasarett",
    "Kirurgavdelning 3, Ystads lasarett",
    "Medicinmottagningen, Ystads lasarett",
    "Geriatriska mottagningen, Trelleborgs lasarett",
    "Minnesmottagningen, Trelleborgs lasarett",
    "Medicinavdelning 2, Landskrona lasarett",
    "Medicinmottagningen, Ängelholms sjukhus",
    # PMO (primary care)
    "Vårdcentralen Eslöv",
    "BVC Höör",
    "Ungdomsmottagningen Kristianstad",
    "Hemsjukvården, Vårdcentralen Bjuv",
]
VGR_UNITS = [
    "Medicinmottagningen, Alingsås lasarett",
    "Neurologmottagningen, Sahlgrenska Universitetssjukhuset",
    "Urologmottagningen, Sahlgrenska Universitetssjukhuset",
    "Hudmottagningen, Sahlgrenska Universitetssjukhuset",
    "Öron-näsa-halsmottagningen, Sahlgrenska Universitetssjukhuset",
    "Hematologimottagningen, Sahlgrenska Universitetssjukhuset",
    "Hematologavdelningen, Sahlgrenska Universitetssjukhuset",
    "Kardiologimottagningen, Sahlgrenska Universitetssjukhuset",
    "Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset",
    "Jubileumskliniken, Sahlgrenska Universitetssjukhuset",
    "Medicinmottagningen, NÄL Trollhättan",
    "Medicinavdelning 24, NÄL Trollhättan",
    "Akutmottagningen, NÄL Trollhättan",
    "Hjärtmottagningen, NÄL Trollhättan",
    "Barn- och ungdomsmedicinska mottagningen, NÄL Trollhättan",
    "Reumatologmottagningen, Skaraborgs Sjukhus Skövde",
    "Strokeenheten, Skaraborgs Sjukhus Skövde",
    "Neurologmottagningen, Skaraborgs Sjukhus Skövde",
    "Urologmottagningen, Skaraborgs Sjukhus Skövde",
    "Kirurgavdelning 10, Skaraborgs Sjukhus Skövde",
    "Medicinmottagningen, Skaraborgs Sjukhus Lidköping",
    "Kirurgmottagningen, Uddevalla sjukhus",
    "Ortopedmottagningen, Mölndals sjukhus",
    "Ögonmottagningen, Mölndals sjukhus",
    "Geriatrisk mottagning, Mölndals sjukhus",
    "Medicinmottagningen, Kungälvs sjukhus",
    "Infektionsmottagningen, Östra sjukhuset",
    "Infektionsavdelning 3, Östra sjukhuset",
    "Akutmottagningen, Östra sjukhuset",
    "Gastroenterologmottagningen, Östra sjukhuset",
    "Kvinnokliniken, Södra Älvsborgs Sjukhus Borås",
    "Gynekologavdelningen, Södra Älvsborgs Sjukhus Borås",
    "Infektionskliniken, Södra Älvsborgs Sjukhus Borås",
    "Neurologmottagningen, Södra Älvsborgs Sjukhus Borås",
    "Barnmedicinmottagningen, Drottning Silvias barnsjukhus",
    "Barnavdelning 323, Drottning Silvias barnsjukhus",
    "Barnmedicinavdelningen, Drottning Silvias barnsjukhus",
]
PMO_UNITS = set(SKANE_UNITS[-4:])


def hsa(unit, region):
    n = zlib.crc32(unit.encode("utf-8"))
    if region == "skane":
        return "SE2321000255-%04d" % (n % 9000 + 1000)
    return "SE2321000131-E0000000%05d" % (n % 90000 + 10000)


AUTHORS = [
    "Karin Öberg", "Mats Lindgren", "Sara Haddad", "Jonas Ek", "Eva Bergström",
    "Ahmed Al-Rawi", "Lena Sjöholm", "Per Nilsson", "Maria Johansson", "Erik Wallin",
    "Ingrid Holm", "Fredrik Åkesson", "Nadia Karimi", "Olof Strand", "Helena Persson",
    "Johan Lundqvist", "Anna Magnusson", "Björn Sandberg", "Sofia Andersson", "Mikael Berg",
    "Tove Ekström", "Daniel Forsberg", "Elin Rask", "Goran Petrović", "Hanna Lindahl",
]

CASES = []


def C(name, rs, unit, template, birth, sex, time, signed, sections, must=(), must_not=(),
      why="", system="Melior", setting="öppenvård", role="läkare"):
    CASES.append(dict(name=name, rs=rs, unit=unit, template=template, birth=birth, sex=sex,
                      time=time, signed=signed, sections=sections, must=list(must),
                      must_not=list(must_not), why=why, system=system, setting=setting,
                      role=role))


N1 = ["NL101"]
N2 = ["NL102"]

# =====================================================================================
# A. NL102 must_not (45)
# =====================================================================================
C("kard-hjartsvikt-fmf-kanda-utan-hedge", "skane",
  "Hjärtmottagningen, Skånes universitetssjukhus Lund", "Mottagningsanteckning",
  "1948-02-11", "M", "2024-02-06 10:40", "14:05", [
      ("Anamnes", "76-årig man med permanent förmaksflimmer sedan 2016 och hjärtsvikt med nedsatt ejektionsfraktion, EF 35 % vid eko i januari. Hypertoni. Typ 2-diabetes, metformin."),
      ("Status", "Cor: oregelbunden rytm, inga blåsljud. Pulm: vesikulärt bilat. Lätta ankelödem bilat. BT 128/76, puls 72, vikt 84 kg (oförändrad)."),
      ("Bedömning", "Stabil hjärtsvikt NYHA II under optimerad behandling med sakubitril/valsartan, bisoprolol, spironolakton och dapagliflozin. Välkontrollerad kammarfrekvens. Fortsatt apixaban 5 mg x 2."),
      ("Planering", "Nytt eko om ett år. Ssk-kontroll med lab (krea, K, NT-proBNP) om 3 mån."),
      ("Läkemedel", "Entresto 97/103 mg x 2, Bisoprolol 7,5 mg x 1, Spironolakton 25 mg x 1, Forxiga 10 mg x 1, Eliquis 5 mg x 2, Metformin 500 mg x 2, Furosemid 40 mg vid behov vid viktuppgång > 2 kg."),
      ("Socialt", "Bor med hustrun i villa i Dalby. Promenerar 30 min dagligen, slutade röka 1998. Har körkort."),
  ], must_not=N2, why="known affirmed diagnoses (FF, HFrEF, hypertoni, T2DM) with no hedge anywhere")

C("endo-dm1-arskontroll-celiaki-hypotyreos", "vgr",
  "Medicinmottagningen, Alingsås lasarett", "Mottagningsanteckning",
  "1995-07-23", "F", "2024-04-17 09:15", "11:30", [
      ("Aktuellt", "Årskontroll. Diabetes mellitus typ 1 sedan 12 års ålder, insulinpump med CGM. Celiaki, glutenfri kost sedan 2008. Hypotyreos på Levaxin 75 mikrog."),
      ("Lab", "HbA1c 52 mmol/mol (föreg 56). TSH 2,1. U-albumin/kreatinin 1,2."),
      ("Bedömning", "Förbättrad glukoskontroll, tid i målområdet 68 %. Senaste ögonbottenfoto utan retinopati. Fötter ua, monofilament känns bilat."),
      ("Planering", "Oförändrade pumpinställningar. Åter om 6 mån till diabetessköterska, läkarbesök om ett år."),
  ], must_not=N2, why="annual diabetes check listing affirmed known diagnoses, no hedge")

C("reuma-ra-remission-mtx-utkast", "skane",
  "Reumatologimottagningen, Skånes universitetssjukhus Lund", "Läkaranteckning",
  "1962-10-04", "F", "2024-05-13 13:20", None, [
      ("Diagnos", "Seropositiv reumatoid artrit, debut 2011. Sekundärt Sjögrens syndrom."),
      ("Aktuellt", "Mår bra, morgonstelhet ca 15 min. Tar metotrexat 20 mg en gång i veckan samt Folacin. Inga infektioner sedan förra besöket."),
      ("Status", "0 svullna och 1 öm led (MCP 2 hö). DAS28-CRP 2,1."),
      ("Bedömning", "RA i remission på metotrexat, leverprover och blodstatus ua. Fortsätter oförändrat. Lab var 3:e mån på VC, nytt besök hos oss om 6 mån."),
  ], must_not=N2, why="draft; affirmed RA and Sjögren under a Diagnos heading, no hedge")

C("neuro-ms-skovvis-stabil-ocrelizumab", "vgr",
  "Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "Mottagningsanteckning",
  "1983-01-29", "M", "2024-03-08 14:00", "16:45", [
      ("Anamnes", "Skovvis förlöpande multipel skleros, diagnostiserad 2015 efter optikusneurit hö. Behandlas med ocrelizumab sedan 2020, senaste infusion i januari. Depression i remission, sertralin 50 mg."),
      ("Status", "Gång ua, Romberg ua. Lätt nedsatt vibrationssinne vä fot. EDSS 2,0."),
      ("Bedömning", "Stabil MS utan skov på tre år. MR hjärna från februari utan nya T2-lesioner eller laddning. Fortsatt ocrelizumab var 6:e månad."),
      ("Planering", "Nästa infusion i juli, IgG kontrolleras före. Ny MR om ett år."),
      ("Lab", "IgG 7,9 g/L. B-celler ej mätbara, som förväntat under behandlingen. Hb 141, LPK 5,6."),
      ("Socialt", "Gift, två barn. Arbetar heltid som gymnasielärare utan sjukfrånvaro senaste året. Ingen nikotin."),
  ], must_not=N2, why="established MS and depression stated as facts")

C("pmo-um-trolig-klamydia", "skane",
  "Ungdomsmottagningen Kristianstad", "Besöksanteckning",
  "2006-09-14", "M", "2024-06-11 15:30", "16:10", [
      ("Kontaktorsak", "Sveda vid miktion sedan en vecka, lite flytning från urinröret. Tidigare partner hörde av sig i helgen och har testat positivt för klamydia."),
      ("Bedömning", "Trolig klamydiainfektion (uretrit). Urinprov för klamydia/gonorré-PCR taget."),
      ("Åtgärd", "Doxycyklin 100 mg 1x2 i 7 dagar enligt rutin, avstå sex under behandlingen. Smittspårning påbörjad av kurator."),
  ], must_not=N2, system="PMO", why="PMO (ungdomsmottagning): hedged diagnosis, PMO never shows diagnoses")

C("kard-hfpef-ev-empagliflozin-dos", "vgr",
  "Medicinmottagningen, NÄL Trollhättan", "Mottagningsanteckning",
  "1957-05-02", "F", "2024-09-19 10:00", "12:20", [
      ("Anamnes", "Hjärtsvikt med bevarad ejektionsfraktion och förmaksfladder, ablerad 2022. Fortsatt lätt ansträngningsdyspné, inga ortopnébesvär. Vikt 71 kg, ned 2 kg sedan maj."),
      ("Status", "BT 134/80, puls 64 regelbunden. Inga ödem. Lungor rena."),
      ("Bedömning", "Stabil. Ev. tillägg av empagliflozin vid nästa besök om eGFR håller sig över 30. Möjligen kan furosemid minskas till 20 mg om vikten ligger stilla."),
      ("Planering", "Krea och kalium om 4 v. Telefonkontakt därefter."),
  ], must_not=N2, why="hedges (ev., möjligen) concern drugs and doses, not a diagnosis")

C("endo-hashimoto-hoja-levaxin-typo", "skane",
  "Endokrinologimottagningen, Skånes universitetssjukhus Malmö", "Mottagningsanteckning",
  "1979-12-08", "F", "2024-02-27 08:45", "10:10", [
      ("Aktuellt", "Hashimotos tyeroidit sedan 2019. Trött sedan jul, frusen, viktuppgång 3 kg. Tar Levaxin 75 mikrog på morgonen tillsammans med kaffe och kalktablett."),
      ("Lab", "TSH 6,8, fritt T4 11."),
      ("Bedömning", "Underbehandlad hypotyreos. Troligen räcker det att ta tabletten fastande och skilt från kalk, annars höjs dosen till 100 mikrog. Pat instruerad."),
      ("Planering", "Nytt TSH om 6–8 veckor via 1177-provtagning."),
  ], must_not=N2, why="hedge on intake/dose only, diagnosis affirmed; typo 'tyeroidit'")

C("reuma-psa-eventuellt-byte-il17", "vgr",
  "Reumatologmottagningen, Skaraborgs Sjukhus Skövde", "Läkaranteckning",
  "1974-03-17", "M", "2024-10-02 11:10", "15:00", [
      ("Aktuellt", "Psoriasisartrit sedan 2018, adalimumab sedan 2022. Fortsatt svullnad i hö knä och DIP-leder, huden bättre."),
      ("Status", "Synovit hö knä med lätt hydrops. Daktylit dig 3 vä fot. PASI 2."),
      ("Bedömning", "Otillräckligt svar i lederna. Eventuellt byte till IL-17-hämmare om ingen förbättring vid nästa kontroll. Sannolikt behövs även kortisoninjektion i hö knä."),
      ("Åtgärd", "Knäpunktion hö, 30 ml klar ledvätska, 40 mg Depo-Medrol intraartikulärt. Åter om 8 v."),
  ], must_not=N2, why="treatment hedges (eventuellt byte, sannolikt injektion) with affirmed PsA")

C("kir-kolecystektomi-trol-hemgang", "skane",
  "Kirurgavdelning 3, Ystads lasarett", "Daganteckning",
  "1969-06-21", "M", "2024-08-14 09:30", "10:00", [
      ("Aktuellt", "Dag 1 efter laparoskopisk kolecystektomi pga akut kolecystit med gallsten. Mår bra, smärtfri på Alvedon. Äter och dricker, har gått på toaletten."),
      ("Status", "Afebril. Buken mjuk, sårkanterna ua. CRP 64 (igår 92)."),
      ("Bedömning", "Okomplicerat postoperativt förlopp. Trol. hemgång imorgon förmiddag, ev. redan ikväll om pat önskar. Sjukskrivning 2 veckor, intyg skrivet."),
      ("Läkemedel", "Alvedon 1 g x 4, Fragmin 5000 E x 1 sc i 7 dagar, Movicol vid behov. Ordinarie Enalapril 10 mg återinsatt."),
      ("PAD", "Gallblåsa med akut och kronisk kolecystit, multipla kolesterolstenar. Ingen dysplasi."),
  ], setting="slutenvård", must_not=N2, why="logistic hedges (trol. hemgång, ev. ikväll)")

C("ort-barn-radiusfraktur-ev-aterbesok", "vgr",
  "Ortopedmottagningen, Mölndals sjukhus", "Mottagningsanteckning",
  "2015-11-30", "F", "2024-05-21 13:40", "14:15", [
      ("Aktuellt", "8-årig flicka som ramlade från studsmatta för 10 dagar sedan. Grönkvistsfraktur distala radius vä, gipsad på akuten. Kommer med mamma."),
      ("Röntgen", "Oförändrat läge, ingen sekundär felställning."),
      ("Bedömning", "Läker som förväntat."),
      ("Planering", "Gipset tas om 3 veckor, ev. på närmaste vårdcentral i stället för här. Möjligen räcker ett telefonsamtal därefter om hon är besvärsfri."),
  ], must_not=N2, why="child; hedges about where/how follow-up happens")

C("onk-brostcancer-sannolikt-god-prognos", "vgr",
  "Kirurgmottagningen, Uddevalla sjukhus", "Mottagningsanteckning",
  "1966-08-09", "F", "2024-03-26 10:30", "13:00", [
      ("Aktuellt", "Postoperativt besök efter sektorresektion och portvaktskörtel vä bröst 4/3. Sårläkning ua."),
      ("PAD", "Invasiv duktal bröstcancer 11 mm, grad 1, ER+/PR+, HER2-negativ. 0/2 portvaktskörtlar. Fria marginaler."),
      ("Bedömning", "Pat informerad om PAD-svaret idag tillsammans med kontaktsjuksköterska. Sannolikt mycket god prognos. Planeras för postoperativ strålbehandling och endokrin behandling med letrozol."),
      ("Planering", "Remiss onkologen. Kontaktsjuksköterskan ringer om en vecka."),
  ], must_not=N2, why="hedge about prognosis, cancer itself is PAD-verified")

C("ort-weber-b-trolig-fullgod-lakning", "skane",
  "Ortopedmottagningen, Hässleholms sjukhus", "Läkaranteckning",
  "1990-04-13", "M", "2024-07-03 09:00", None, [
      ("Aktuellt", "Återbesök 2 v efter ORIF av Weber B-fraktur hö fotled. Går med kryckor, partiell belastning. Suturerna tas idag."),
      ("Röntgen", "Platta och skruvar i gott läge, oförändrad position."),
      ("Bedömning", "Normalt förlopp. Troligen fullgod frakturläkning inom 8–10 veckor, och återgång till fotboll sannolikt möjlig till hösten."),
      ("Planering", "Ortos, full belastning efter smärta. Fysioterapi. Ny röntgen om 4 v."),
  ], must_not=N2, why="draft; hedges about healing and return to sport (prognosis)")

C("lung-astma-trol-dalig-foljsamhet", "vgr",
  "Medicinmottagningen, Kungälvs sjukhus", "Mottagningsanteckning",
  "2002-02-18", "F", "2024-01-24 14:20", "16:00", [
      ("Anamnes", "Astma sedan barndomen, tre exacerbationer med kortisonkur i vinter. Ordinerad budesonid/formoterol 160/4,5 två inhalationer morgon och kväll."),
      ("Bedömning", "Okontrollerad astma, ACT 14. Troligen beror det delvis på att hon inte tar underhållsbehandlingen regelbundet – hon säger själv att hon ofta glömmer kvällsdosen. Möjligen även bristande inhalationsteknik, som gås igenom med astmasköterska idag."),
      ("Planering", "Påminnelse i mobilen. Ny ACT och spirometri om 3 mån."),
  ], must_not=N2, why="hedges about adherence and inhaler technique, asthma affirmed")

C("psyk-bipolar-litium-sannolikt-missade-doser", "skane",
  "Allmänpsykiatrisk mottagning Malmö Öster", "Läkaranteckning",
  "1985-09-05", "M", "2024-04-09 11:00", "13:45", [
      ("Aktuellt", "Bipolär sjukdom typ I, litium sedan 2019. Lätt förhöjd stämning senaste veckan enligt sambon, sover 5 tim per natt."),
      ("Lab", "S-litium 0,3 mmol/L (målvärde 0,6–0,8)."),
      ("Bedömning", "Lågt litiumvärde, sannolikt har pat hoppat över doser de senaste veckorna, vilket han medger. Möjligen hjälper dosett och påminnelse i mobilen. Oförändrad dos, inga tecken på mani idag."),
      ("Planering", "Nytt litiumvärde om 1 v. Återbesök 2 v."),
  ], must_not=N2, why="hedge about missed doses (cooperation); mania negated")

C("inf-pneumokockpneumoni-hosta-sannolikt-kvar", "vgr",
  "Infektionsmottagningen, Östra sjukhuset", "Mottagningsanteckning",
  "1977-06-30", "M", "2024-02-14 10:15", "11:20", [
      ("Aktuellt", "Vårdades 5 dygn för pneumokockpneumoni med bakteriemi, utskriven för 10 dagar sedan. Avslutat antibiotika. Fortsatt hosta och trötthet, ingen feber."),
      ("Status", "AT gott. Saturation 97 %. Enstaka rassel hö basalt. CRP 8."),
      ("Bedömning", "Förbättrad. Hostan kommer sannolikt att finnas kvar några veckor till och tröttheten är troligen övergående. Ingen ny antibiotika."),
      ("Planering", "Pneumokockvaccination om 4 v på VC. Lungröntgen om 6 v för att se regress."),
  ], must_not=N2, why="hedges about the course of symptoms after a confirmed pneumonia")

C("neuro-vestibularisneurit-yrsel-trolgen-avta-typo", "skane",
  "Neurologimottagningen, Helsingborgs lasarett", "Läkaranteckning",
  "1958-01-19", "F", "2024-10-22 15:00", "16:30", [
      ("Aktuellt", "Akut debut av rotatorisk yrsel för två veckor sedan med illamående, ingen hörselpåverkan. Bättre nu men ostadig vid snabba huvudrörelser."),
      ("Status", "Positivt head impulse test åt vä. Spontannystagmus åt hö som hämmas vid fixation. Ingen skew, övrig neurologi ua."),
      ("Bedömning", "Vestibularisneurit vä. Yrseln kommer trolgen att avta successivt under de närmaste veckorna, möjligen kvarstår lätt ostadighet vid snabba rörelser en tid."),
      ("Planering", "Remiss vestibulär rehabilitering hos fysioterapeut. Åter vb."),
  ], must_not=N2, why="symptom course hedged ('trolgen' typo), diagnosis affirmed")

C("med-ckd4-kalium-hemolyserat-prov", "skane",
  "Medicinavdelning 62, Helsingborgs lasarett", "Daganteckning",
  "1940-03-03", "F", "2024-11-05 11:45", "12:30", [
      ("Aktuellt", "Inlagd för dehydrering efter gastroenterit. Kronisk njursjukdom stadium 4 pga nefroskleros."),
      ("Lab", "Kalium 6,1 i morgonens prov, labbet noterar kraftig hemolys. Krea 245 (inkomst 310)."),
      ("Bedömning", "Kaliumvärdet är sannolikt falskt förhöjt pga hemolys, EKG utan T-vågsförändringar. Tas om venöst direkt. Njurfunktionen förbättras med vätska."),
      ("Planering", "Fortsatt iv vätska idag. Ev. hemgång i morgon."),
  ], setting="slutenvård", must_not=N2, why="hedge on test quality (hemolysed sample)")

C("akut-brostsmarta-ekg-artefakt", "vgr",
  "Akutmottagningen, Östra sjukhuset", "Akutanteckning",
  "1960-12-12", "M", "2024-06-02 02:20", "04:10", [
      ("Kontaktorsak", "Stickande smärta vä bröstkorg sedan igår kväll efter flytt av tunga möbler, värre vid djupandning och rörelse."),
      ("Status", "Palpationsöm över 4:e revbenet vä parasternalt. Cor: regelbunden rytm. Pulm ua."),
      ("EKG", "Första EKG med ST-höjning V1–V2 men kraftig baslinjevandring, sannolikt rörelseartefakt. Nytt EKG i vila: sinusrytm, inga ST-förändringar."),
      ("Bedömning", "Troponin T 8 respektive 9 ng/L. Muskuloskeletal bröstsmärta. Inget som talar för hjärtinfarkt. Hem med NSAID."),
  ], must_not=N2, why="hedge on ECG quality (artefakt); infarction negated")

C("kard-ortostatism-trol-biverkan-doxazosin", "skane",
  "Medicinmottagningen, Ängelholms sjukhus", "Mottagningsanteckning",
  "1945-07-07", "M", "2024-09-10 10:00", "11:15", [
      ("Anamnes", "Hypertoni och benign prostatahyperplasi. Doxazosin insatt av urolog i augusti. Sedan dess yrsel vid uppresning, en svimning i badrummet."),
      ("Status", "BT liggande 142/84, stående efter 3 min 110/70, puls 76 → 88. Neurologiskt ua."),
      ("Bedömning", "Ortostatisk hypotension. Yrseln är trol. en biverkan av doxazosin. Sätter ut preparatet och meddelar urologen."),
      ("Planering", "Nytt ortostatiskt prov om 3 v hos ssk."),
  ], must_not=N2, why="hedged drug side effect, diagnoses affirmed")

C("endo-t2dm-metformin-illamaende-biverkan", "vgr",
  "Medicinmottagningen, Skaraborgs Sjukhus Lidköping", "Telefonanteckning",
  "1972-11-25", "F", "2024-01-16 13:05", "13:20", [
      ("Kontaktorsak", "Ringer pga illamående och lös avföring sedan metformin höjdes till 1 g x 2 för 2 veckor sedan."),
      ("Bedömning", "Typ 2-diabetes sedan 2023. Magbesvären är sannolikt en läkemedelsbiverkan av metformin, inga larmsymtom."),
      ("Åtgärd", "Byter till metformin depottablett 500 mg, 2 tabletter till kvällsmålet. Recept skickat. Pat återkommer om besvären kvarstår efter 2 veckor."),
  ], must_not=N2, why="hedged side effect of metformin")

C("akut-ingen-misstanke-lungemboli-wells", "vgr",
  "Akutmottagningen, NÄL Trollhättan", "Akutanteckning",
  "1988-05-09", "F", "2024-04-28 22:10", "23:55", [
      ("Kontaktorsak", "Ont i vä sidan av bröstkorgen sedan 3 dagar, efter en veckas kraftig hosta. Ingen andnöd i vila."),
      ("Status", "Saturation 99 %, puls 78, afebril. Reproducerbar palpationsömhet vä laterala thoraxvägg."),
      ("Bedömning", "Ingen misstanke om lungemboli, Wells 0 och D-dimer < 0,27. Lungröntgen utan infiltrat. Interkostal muskelsmärta efter hosta."),
      ("Åtgärd", "Receptfria analgetika. Åter vid andnöd eller feber."),
  ], must_not=N2, why="negation 'ingen misstanke om'")

C("akut-dvt-utesluten-bakercysta", "skane",
  "Akutmottagningen, Skånes universitetssjukhus Malmö", "Akutanteckning",
  "1954-03-22", "M", "2024-07-19 16:40", "18:05", [
      ("Kontaktorsak", "Svullen och öm vä vad sedan igår, smärtdebut när han böjde sig ned i trädgården. Känd gonartros bilat."),
      ("Status", "Vä vad 3 cm större omfång än hö, ömhet i knävecket och proximala vaden. Ingen rodnad."),
      ("Ultraljud", "Proximal och distal DVT utesluten. Rupturerad Bakercysta vä med vätska ned i vaden."),
      ("Bedömning", "Rupturerad Bakercysta. Kompression, högläge, NSAID-gel. Åter vid försämring."),
  ], must_not=N2, why="ruled-out DVT ('utesluten')")

C("neuro-inga-tecken-pa-stroke-migranaura", "vgr",
  "Strokeenheten, Skaraborgs Sjukhus Skövde", "Läkaranteckning",
  "1993-08-16", "F", "2024-03-02 19:30", "21:10", [
      ("Aktuellt", "Flimmerskotom följt av domningar som vandrat från vä hand upp i ansiktet under 30 min, därefter pulserande huvudvärk. Liknande episod för två år sedan."),
      ("Röntgen", "DT hjärna och DT-angiografi: inga tecken på blödning eller ischemi. Inga kärlocklusioner."),
      ("Bedömning", "Symtomen i fullständig regress. Migrän med aura. Inga hållpunkter för TIA. Hem efter observation."),
      ("Planering", "Uppföljning på vårdcentral, ev. triptan vid nästa attack."),
  ], setting="slutenvård", must_not=N2, why="negations 'inga tecken på', 'inga hållpunkter för'")

C("gastro-talar-emot-celiaki-ibs", "skane",
  "Mag-tarmmottagningen, Skånes universitetssjukhus Malmö", "Mottagningsanteckning",
  "1998-02-02", "F", "2024-05-06 08:30", "12:00", [
      ("Aktuellt", "Återbesök efter gastroskopi. Uppblåsthet och växlande avföring sedan flera år, ingen viktnedgång, inget blod."),
      ("Utredning", "Transglutaminas-IgA negativt med normalt totalt IgA. Duodenalbiopsier utan zottatrofi eller intraepitelial lymfocytos. F-kalprotektin 18."),
      ("Bedömning", "Fynden talar emot celiaki och är ej förenliga med inflammatorisk tarmsjukdom. Colon irritabile (IBS) med blandad avföringsform."),
      ("Planering", "Low-FODMAP via dietist. Åter vb."),
  ], must_not=N2, why="negations 'talar emot', 'ej förenliga med'")

C("hud-pad-nevus-ej-melanom", "vgr",
  "Hudmottagningen, Sahlgrenska Universitetssjukhuset", "Läkaranteckning",
  "1981-10-10", "M", "2024-06-18 14:00", "14:35", [
      ("PAD", "Excision av pigmenterad lesion övre ryggen 4/6: compound nevus utan atypi, ej malignt melanom. Radikalt exciderad."),
      ("Bedömning", "Benign förändring, ingen vidare åtgärd. Pat har många nevi och uppmanas själv kontrollera huden och söka vid förändring."),
      ("Information", "Pat har fått svaret via brev och 1177 i förra veckan."),
  ], must_not=N2, why="negation 'ej malignt melanom' in PAD")

C("uro-misstanken-prostatacancer-avskrivs", "skane",
  "Urologiska mottagningen, Skånes universitetssjukhus Malmö", "Mottagningsanteckning",
  "1959-04-28", "M", "2024-02-20 10:00", "11:50", [
      ("Aktuellt", "Remiss från VC pga PSA 6,2 (fritt/totalt 0,24). Nattlig miktion x 2, svagare stråle."),
      ("Utredning", "MR prostata: PI-RADS 2, prostatavolym 68 ml. PSA-densitet 0,09."),
      ("Bedömning", "Misstanken om prostatacancer avskrivs, ingen biopsi. Godartad prostataförstoring med lätta LUTS."),
      ("Planering", "Nytt PSA om ett år på VC. Pat har fått en broschyr med miktionsråd."),
  ], must_not=N2, why="'misstanken ... avskrivs': suspicion word but ruled out")

C("inf-utan-hallpunkt-neuroborrelios-bells", "vgr",
  "Infektionskliniken, Södra Älvsborgs Sjukhus Borås", "Läkaranteckning",
  "1964-09-01", "M", "2024-08-27 15:20", "16:40", [
      ("Aktuellt", "Perifer facialispares hö sedan igår morse, fästingbett i juli. Ingen huvudvärk eller radikulär smärta."),
      ("Lumbalpunktion", "Likvor: 2 mononukleära celler, normalt protein. Borrelia-ak i likvor och serum negativa."),
      ("Bedömning", "Utan hållpunkt för neuroborrelios. Idiopatisk facialispares (Bells pares)."),
      ("Åtgärd", "Prednisolon 50 mg x 1 i 10 dagar. Ögonskydd nattetid, ögondroppar. Åter om 3 mån."),
  ], must_not=N2, why="negation 'utan hållpunkt för'")

C("reuma-jattecellsarterit-utesluten-pmr-typo", "skane",
  "Medicinmottagningen, Ystads lasarett", "Mottagningsanteckning",
  "1947-01-26", "F", "2024-10-14 13:00", "15:30", [
      ("Aktuellt", "Polymyalgia reumatika sedan augusti, god effekt av prednisolon. Vid förra besöket huvudvärk vä tinning varför temporalisbiopsi gjordes."),
      ("Utredning", "Temporalisbiopsi utan arterit. Ultraljud av temporalartärer och axillarartärer utan halo."),
      ("Bedömning", "Jättecellsarterit kan därmed utelsutas. Polymyalgia reumatika kvarstår som diagnos. Huvudvärken har avklingat."),
      ("Planering", "Prednisolon 15 mg, nedtrappning 2,5 mg var 4:e vecka till 10 mg. Kalk, D-vitamin och alendronat."),
  ], must_not=N2, why="'kan därmed uteslutas' (not 'kan ej'), typo 'utelsutas'")

C("gyn-inget-talar-for-extrauterin", "vgr",
  "Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", "Läkaranteckning",
  "1996-06-06", "F", "2024-09-03 11:30", "12:15", [
      ("Kontaktorsak", "Graviditet, SM ger v 7+4. Lätt blödning sedan i morse, ingen smärta."),
      ("Ultraljud", "Vaginalt ultraljud: intrauterin graviditet med hjärtaktivitet, CRL motsvarande v 7+2. Adnexa ua, ingen fri vätska."),
      ("Bedömning", "Blödning i tidig graviditet med viabel intrauterin graviditet. Inget som talar för extrauterin graviditet."),
      ("Planering", "Ingen ytterligare åtgärd. Pat informerad om blödningsråd, inskrivning på MVC som planerat."),
  ], must_not=N2, why="negation 'inget som talar för'")

C("hereditet-mor-trol-alzheimer-pat-scd", "skane",
  "Geriatriska mottagningen, Trelleborgs lasarett", "Mottagningsanteckning",
  "1953-05-15", "M", "2024-04-23 09:00", "11:00", [
      ("Anamnes", "Upplever sämre namnminne sedan ett år, klarar allt själv, kör bil. Hustrun ser ingen förändring."),
      ("Hereditet", "Modern hade trol. Alzheimers sjukdom, insjuknade efter 80. En morbror möjligen Parkinson."),
      ("Status", "MMSE 29/30, klocktest ua. Neurologiskt ua."),
      ("Bedömning", "Subjektiv kognitiv störning utan objektiv nedsättning. Ingen vidare demensutredning nu."),
      ("Planering", "Ny kognitiv screening om ett år på VC."),
  ], must_not=N2, why="hedged diagnoses belong to mother and uncle (Hereditet)")

C("hereditet-far-mojligen-hemokromatos", "vgr",
  "Gastroenterologmottagningen, Östra sjukhuset", "Mottagningsanteckning",
  "1976-12-19", "M", "2024-11-12 10:30", None, [
      ("Anamnes", "Remiss pga ferritin 620. Dricker ca 15 standardglas i veckan, BMI 32."),
      ("Hereditet", "Pappan ska ha haft för mycket järn i blodet, möjligen hemokromatos, aldrig närmare utrett."),
      ("Utredning", "HFE-gentest: ej homozygot för C282Y, heterozygot H63D. Transferrinmättnad 38 %. Ultraljud: fettlever."),
      ("Bedömning", "Ferritinstegring sekundär till metabolt associerad fettleversjukdom och alkohol. Ingen järnöverbelastning. Livsstilsråd, ALAT och ferritin om 6 mån."),
  ], must_not=N2, why="draft; father's possible hemochromatosis, patient's own diagnosis affirmed")

C("onk-make-misstankt-covid", "skane",
  "Onkologimottagningen, Skånes universitetssjukhus Lund", "Telefonanteckning",
  "1970-02-21", "F", "2024-01-09 08:20", "08:50", [
      ("Kontaktorsak", "Pat ringer inför kur 3 av EC. Maken har sedan igår feber och misstänkt covid-19, han testar sig idag."),
      ("Bedömning", "Bröstcancer vä under adjuvant cytostatikabehandling. Pat själv afebril och symtomfri."),
      ("Åtgärd", "Kur 3 ges enligt plan på torsdag om hon fortsatt är symtomfri. Hon tar ett antigentest på morgonen innan och ringer dagvården om det är positivt."),
  ], must_not=N2, why="spouse's suspected covid-19, not the patient's")

C("ogon-syster-utreds-misstankt-ms", "vgr",
  "Ögonmottagningen, Mölndals sjukhus", "Läkaranteckning",
  "1991-03-11", "F", "2024-05-29 13:30", "14:50", [
      ("Anamnes", "Sicksackformade synfenomen i 20 min följt av huvudvärk, tre gånger i vår. Känd migrän med aura sedan tonåren. Syster utreds f.n. för misstänkt MS, varför pat är orolig."),
      ("Status", "Visus 1,0 bilat. Pupiller ua, ingen RAPD. Ögonbottnar: vitala papiller, skarpt avgränsade. Synfält ua."),
      ("Bedömning", "Normalt ögonstatus. Synfenomenen är typisk migränaura."),
      ("Planering", "Åter vb. Pat lugnad."),
  ], must_not=N2, why="sister's suspected MS mentioned in the patient's anamnesis")

C("tidigare-misstankt-tia-avskriven-bppv", "skane",
  "Hjärtmottagningen, Skånes universitetssjukhus Lund", "Mottagningsanteckning",
  "1950-10-30", "F", "2024-06-25 10:00", "12:30", [
      ("Tidigare sjukdomar", "Hypertoni sedan 2010. År 2019 inlagd för misstänkt TIA; carotis-ultraljud och MR utan fynd, misstanken avskrevs och yrseln bedömdes som BPPV."),
      ("Aktuellt", "Hjärtklappning i korta episoder. Långtids-EKG 48 tim: sinusrytm, enstaka supraventrikulära extraslag, inget förmaksflimmer."),
      ("Bedömning", "Godartade supraventrikulära extraslag. Lugnande besked, ingen behandling."),
      ("Planering", "Åter vid ändrade symtom."),
  ], must_not=N2, why="old suspicion (TIA 2019) that was written off")

C("barn-tidigare-susp-celiaki-avfardad", "vgr",
  "Barnmedicinmottagningen, Drottning Silvias barnsjukhus", "Mottagningsanteckning",
  "2014-08-08", "M", "2024-02-12 14:00", "15:30", [
      ("Tidigare sjukdomar", "Susp. celiaki vid 3 års ålder pga dålig viktuppgång, men normala transglutaminas-ak och normal tunntarmsbiopsi, avfärdades. Följer sin viktkurva sedan dess."),
      ("Aktuellt", "Astmakontroll. Astma sedan förskoleåldern, Flutide 125 mikrog x 2 och Airomir vb. Ansträngningsutlöst hosta vid fotboll."),
      ("Bedömning", "Delvis kontrollerad astma. Airomir före träning. Oförändrad underhållsbehandling."),
      ("Status", "Vikt 31 kg, längd 136 cm, följer sina kurvor. Lungor utan ronki. PEF 280 l/min."),
      ("Planering", "Spirometri med reversibilitet om 6 mån."),
  ], must_not=N2, why="child; old 'susp. celiaki' resolved negative")

C("tidigare-fragestallning-ms-normal-mr-typo", "skane",
  "Ögonmottagningen, Skånes universitetssjukhus Malmö", "Mottagningsanteckning",
  "1968-07-14", "F", "2024-11-19 08:30", "10:00", [
      ("Tidigare sjukdomar", "Utreddes 2021 på neurologen med frågeställnig MS pga domningar i benen. MR hjärna och ryggmärg samt likvor normala, inga nya symtom sedan dess."),
      ("Aktuellt", "Gradvis dimsyn bilat, bländning vid bilkörning i mörker."),
      ("Status", "Visus hö 0,5, vä 0,6. Kärnkatarakt grad 2–3 bilat. Fundus ua."),
      ("Bedömning", "Katarakt bilat med synnedsättning. Pat önskar operation, sätts upp på väntelista, hö öga först."),
  ], must_not=N2, why="old MS question with normal work-up; typo 'frågeställnig'")

C("remissvar-lungemboli-nej-hjartsvikt", "vgr",
  "Medicinavdelning 24, NÄL Trollhättan", "Daganteckning",
  "1942-09-09", "M", "2024-03-14 13:10", "14:00", [
      ("Röntgen", "DT thorax med kontrast. Frågeställning: Lungemboli? Svar: Inga embolier i lungartärerna. Små bilaterala pleuravätskor, förstorat hjärta."),
      ("Bedömning", "Dyspnén förklaras av dekompenserad hjärtsvikt. NT-proBNP 6400. Ökar furosemid till 40 mg x 2 iv."),
      ("Planering", "Vikt dagligen, vätskelista. Eko under vårdtiden."),
  ], setting="slutenvård", must_not=N2, why="referral question 'Lungemboli?' answered no")

C("remissvar-dvt-nej-ytlig-tromboflebit", "skane",
  "Kärlkirurgiska mottagningen, Skånes universitetssjukhus Malmö", "Mottagningsanteckning",
  "1975-04-04", "F", "2024-08-07 09:40", "11:00", [
      ("Remissfråga", "Från vårdcentral: Rodnad, ömmande streck medialt vä underben. DVT vä ben?"),
      ("Ultraljud", "Duplex: inga tromber i djupa vener från ljumske till vad. Trombos i v. saphena magna på underbenet, 8 cm från krossen."),
      ("Bedömning", "Ytlig tromboflebit vä underben, ej DVT. Kompressionsstrumpa och NSAID-gel. Ingen antikoagulation då avståndet till krossen är > 3 cm."),
      ("Svar till remittent", "Besvaras enligt ovan."),
  ], must_not=N2, why="remissfråga 'DVT?' answered by duplex, DVT negated")

C("th-skane-misstankt-huntington", "skane",
  "Neurologimottagningen, Helsingborgs lasarett", "Tidiga hypoteser",
  "1979-02-14", "M", "2024-09-24 16:00", "16:40", [
      ("Bedömning", "Ofrivilliga, ryckiga rörelser i ansikte och fingrar sedan ett år, personlighetsförändring enligt hustrun. Fadern dog vid 52 års ålder i oklar neurologisk sjukdom. Misstänkt Huntingtons sjukdom. Gentest tas först efter genetisk vägledning och samtal med pat."),
      ("Planering", "Remiss klinisk genetik. MR hjärna bokad."),
  ], must_not=N2, why="Skåne Tidiga hypoteser template protects the hedged diagnosis")

C("th-skane-sannolik-schizofreni-prodrom", "skane",
  "Allmänpsykiatrisk mottagning Malmö Öster", "Tidiga hypoteser",
  "2004-05-27", "M", "2024-07-08 15:10", None, [
      ("Tidiga hypoteser", "Socialt tillbakadragande sedan ett år, avbrutit studierna, udda idéer om att grannarna läser hans tankar men kan ifrågasätta dem. Sannolikt prodromalfas av schizofreni, DD cannabisutlöst psykotiskt syndrom. Avvaktar med synlig dokumentation tills bilden klarnat och kan diskuteras med pat."),
  ], must_not=N2, why="draft; Skåne Tidiga hypoteser template, hedged psychosis hypothesis")

C("th-vgr-sokord-misstankt-myelom", "vgr",
  "Medicinmottagningen, NÄL Trollhättan", "Läkaranteckning",
  "1952-12-01", "M", "2024-10-08 11:20", "15:45", [
      ("Aktuellt", "Ryggsmärta och trötthet sedan 2 mån. Provtagning utförd idag, inväntar svar. Smärtlindring med paracetamol."),
      ("Tidiga hypoteser", "Hb 98, kalcium 2,86 och högt totalprotein. Misstänkt multipelt myelom. Elektrofores, fria lätta kedjor och skelett-DT beställda."),
      ("Planering", "Telefontid nästa vecka när svaren kommit."),
  ], must_not=N2, why="VGR sökord Tidiga hypoteser holds the hedge; visible sections clean")

C("th-vgr-sokord-mojlig-als", "vgr",
  "Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "Mottagningsanteckning",
  "1961-04-19", "F", "2024-04-04 10:00", "12:10", [
      ("Status", "Kraft 4/5 i vä handens små muskler med atrofi i första interosseus. Fascikulationer vä överarm. Livliga reflexer i armarna, Babinski neg bilat. Sensorik ua."),
      ("Tidiga hypoteser", "Möjlig ALS, DD multifokal motorisk neuropati eller cervikal myelopati."),
      ("Planering", "ENeG och MR halsrygg bokade. Återbesök efter undersökningarna."),
  ], must_not=N2, why="VGR sökord Tidiga hypoteser with 'möjlig' + DD; visible sections only findings")

C("pmo-vc-misstankt-pneumoni-typo", "skane",
  "Vårdcentralen Eslöv", "Läkarbesök",
  "1966-11-11", "M", "2024-01-30 11:00", "11:40", [
      ("Aktuellt", "Feber 39 och hosta med missfärgade upphostningar i 4 dagar. Ont hö sida vid djupandning."),
      ("Status", "AT lätt påverkat. Sat 94 %, AF 20. Krepitationer hö basalt. CRP 112."),
      ("Bedömning", "Misstänt samhällsförvärvad pneumoni hö."),
      ("Åtgärd", "PcV 1 g x 3 i 7 dagar. Åter vid försämring. Telefonkontakt om 2 dagar."),
  ], must_not=N2, system="PMO", why="PMO vårdcentral: hedged pneumonia (typo 'Misstänt')")

C("pmo-bvc-ev-hoftledsdysplasi", "skane",
  "BVC Höör", "BVC-besök",
  "2024-02-10", "F", "2024-06-12 09:30", "10:30", [
      ("Besök", "4-månaderskontroll. Mamma och pappa med. Äter bra, följer viktkurvan."),
      ("Status", "Asymmetriska lårveck, lätt begränsad abduktion i vä höft. Övrigt status ua."),
      ("Bedömning", "Ev. höftledsdysplasi vä."),
      ("Åtgärd", "Remiss barnortopedmottagningen för ultraljud av höfterna. Föräldrarna informerade om varför."),
  ], must_not=N2, system="PMO", why="PMO BVC: hedged hip dysplasia in an infant")

C("pmo-hemsjukvard-sannolikt-uvi", "skane",
  "Hemsjukvården, Vårdcentralen Bjuv", "Hembesök",
  "1931-06-30", "F", "2024-03-19 13:30", "14:20", [
      ("Aktuellt", "Hembesök pga att hemtjänsten noterat ökad förvirring och illaluktande urin sedan två dagar. Feber 38,2."),
      ("Bedömning", "Sannolikt urinvägsinfektion. Urinsticka: nitrit positiv, leukocyter 3+. Urinodling skickad."),
      ("Åtgärd", "Kontakt med dr Hansson på VC som ordinerar pivmecillinam 400 mg x 3 i 5 dagar. Ökat vätskeintag, hemtjänsten informerad. Nytt besök om 2 dagar."),
  ], must_not=N2, system="PMO", role="distriktssköterska",
  why="PMO hemsjukvård: hedged UTI")

# =====================================================================================
# B. NL102 must (20)
# =====================================================================================
C("kard-misstankt-endokardit-mekanisk-klaff", "skane",
  "Kardiologiavdelningen, Helsingborgs lasarett", "Inskrivningsanteckning",
  "1955-08-18", "M", "2024-02-09 20:15", "22:00", [
      ("Aktuellt", "Feber upp till 39 i två veckor, frossa, viktnedgång. Mekanisk aortaklaff sedan 2017, Waran. Tandextraktion i januari."),
      ("Status", "Nytt systoliskt blåsljud 3/6 över aortaområdet utöver klaffklicket. Splinterblödningar på två naglar."),
      ("Bedömning", "Misstänkt endokardit på mekanisk aortaklaff. Blododlingar x 3 tagna, TEE bokad imorgon bitti. Inväntar odling innan antibiotika om stabil."),
  ], setting="slutenvård", must=N2, why="'Misstänkt endokardit' in visible Bedömning")

C("neuro-trolig-parkinson-provbehandling", "vgr",
  "Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "Mottagningsanteckning",
  "1949-03-28", "M", "2024-06-05 09:30", "11:00", [
      ("Anamnes", "Skakning i hö hand i vila sedan ett år, hustrun tycker att han blivit stel och långsam. Luktsinnet sämre sedan flera år. Förstoppning."),
      ("Status", "Vilotremor hö hand, kugghjulsrigiditet hö arm, bradykinesi vid fingertapping hö > vä. Hypomimi. Gång med minskad armpendling hö."),
      ("Bedömning", "Trolig idiopatisk Parkinsons sjukdom. Provbehandling med levodopa/benserazid 50/12,5 mg x 3, upptrappning enligt schema."),
      ("Planering", "Parkinsonsjuksköterska ringer om 4 v. Återbesök 3 mån."),
      ("Läkemedel", "Enalapril 5 mg x 1, Simvastatin 20 mg x 1, Laktulos vid behov."),
      ("Socialt", "Pensionerad elektriker, bor med hustrun i lägenhet med hiss. Kör inte bil längre."),
  ], must=N2, why="'Trolig' Parkinson in visible note")

C("kir-dt-levermetastas-fragetecken", "skane",
  "Kirurgmottagningen, Centralsjukhuset Kristianstad", "Mottagningsanteckning",
  "1958-10-02", "F", "2024-05-15 14:10", "16:20", [
      ("Aktuellt", "Opererad för koloncancer i sigmoideum 2022, pT3N0. Uppföljande DT enligt vårdprogram."),
      ("Röntgen", "DT thorax-buk: ny 2 cm hypodens förändring i leversegment 6, inga lungförändringar."),
      ("Bedömning", "Levermetastas? Kompletterar med MR lever med leverspecifikt kontrastmedel. CEA 6,1 (tidigare 2,0). Tas upp på MDK nästa vecka."),
  ], must=N2, why="question mark after diagnosis ('Levermetastas?')")

C("akut-buksmarta-dd-lista", "vgr",
  "Akutmottagningen, Östra sjukhuset", "Akutanteckning",
  "2000-01-27", "F", "2024-07-27 03:05", "04:30", [
      ("Kontaktorsak", "Tilltagande smärta i hö fossa sedan igår kväll, kräkts två gånger. SM för 2 veckor sedan."),
      ("Status", "Temp 38,0. Ömhet och släppömhet hö fossa, lätt defense. Gyn-us: ömhet hö adnex."),
      ("Lab", "CRP 46, LPK 13,4. U-hCG negativt."),
      ("Bedömning", "DD: appendicit, ovarialtorsion hö, ovarialcystruptur. Akut gyn-ultraljud, därefter kirurgbedömning. Fastande, iv vätska."),
  ], must=N2, why="DD list of diagnoses")

C("gyn-sannolikt-endometrios-typo", "skane",
  "Kvinnokliniken, Ystads lasarett", "Mottagningsanteckning",
  "1995-12-20", "F", "2024-03-05 10:20", "11:30", [
      ("Anamnes", "Svår mensvärk sedan tonåren, sjukskriver sig 1–2 dagar varje mens. Djup smärta vid samlag. Ingen graviditetsönskan just nu."),
      ("Status", "Ömhet i fossa Douglasi och vä sakrouterinligament, ingen palpabel resistens. VUL: ovarier ua, inga endometriom."),
      ("Bedömning", "Sannolikt endometrois. Startar kontinuerlig behandling med kombinerade p-piller utan uppehåll."),
      ("Planering", "Uppföljning om 3 mån, ställningstagande till laparoskopi om otillräcklig effekt."),
  ], must=N2, why="'Sannolikt' + typo in diagnosis 'endometrois'")

C("reuma-sle-kan-ej-uteslutas", "vgr",
  "Reumatologmottagningen, Skaraborgs Sjukhus Skövde", "Mottagningsanteckning",
  "1990-06-15", "F", "2024-04-11 13:00", "15:20", [
      ("Aktuellt", "Ledvärk i händer och knän sedan hösten, utslag i ansiktet efter solexponering i påskas, munsår."),
      ("Lab", "ANA positivt 1:640, anti-dsDNA svagt positivt, C3 lätt sänkt. LPK 3,2."),
      ("Bedömning", "SLE kan ej uteslutas. Kompletterar med urinsticka, U-albumin/krea och antifosfolipidantikroppar."),
      ("Planering", "Hydroxiklorokin 200 mg x 1 insätts efter ögonbottenundersökning. Åter om 4 v."),
  ], must=N2, why="'kan ej uteslutas' is a hedge, not a negation")

C("hud-susp-basaliom-stansbiopsi", "skane",
  "Hudmottagningen, Skånes universitetssjukhus Lund", "Läkaranteckning",
  "1944-02-08", "M", "2024-09-17 11:00", "11:25", [
      ("Status", "Pärlemorglänsande papel 6 mm på hö näsvinge med teleangiektasier och central krusta. Dermatoskopi: arborisierande kärl."),
      ("Bedömning", "Susp. basaliom hö näsvinge."),
      ("Åtgärd", "Stansbiopsi 3 mm tagen i lokalbedövning, suturerad med ett stygn. Svar inom 3 veckor, därefter ställningstagande till Mohs-kirurgi."),
  ], must=N2, why="abbreviated hedge 'Susp.'")

C("uro-missankt-blascancer-typo", "vgr",
  "Urologmottagningen, Sahlgrenska Universitetssjukhuset", "Mottagningsanteckning",
  "1951-11-03", "M", "2024-01-22 10:00", "10:55", [
      ("Aktuellt", "Makroskopisk hematuri utan smärta, rökare sedan 40 år. DT-urografi utan fynd i övre urinvägarna."),
      ("Cystoskopi", "Papillär tumör ca 2 cm på blåsans bakre vägg, i övrigt normal slemhinna."),
      ("Bedömning", "Missänkt urinblåsecancer. TURB planeras, anmäld till operation inom 2 veckor enligt SVF. Rökstopp rekommenderat."),
  ], must=N2, why="typo in hedge cue 'Missänkt'")

C("psyk-mojlig-adhd-dd-utkast", "skane",
  "Allmänpsykiatrisk mottagning Malmö Öster", "Läkaranteckning",
  "1999-10-21", "M", "2024-08-20 14:00", None, [
      ("Anamnes", "Svårt att fokusera sedan skolåren, påbörjat tre utbildningar utan att slutföra. Impulsiv, glömmer tider. Inget missbruk."),
      ("Bedömning", "Möjlig ADHD av kombinerad form, differentialdiagnos emotionellt instabil personlighetsstörning. Neuropsykiatrisk utredning behövs."),
      ("Planering", "ASRS och DIVA-intervju bokas, psykolog kontaktar pat. Pat tar med skolbetyg, intervju med modern planeras."),
  ], must=N2, why="draft (pre-signing); 'Möjlig' + differentialdiagnos")

C("inf-ev-lungtuberkulos-isolering", "vgr",
  "Infektionsavdelning 3, Östra sjukhuset", "Inskrivningsanteckning",
  "1987-04-24", "M", "2024-10-30 17:45", "19:30", [
      ("Aktuellt", "Nattliga svettningar, viktnedgång 6 kg och hosta sedan 2 månader. Kom till Sverige från Somalia 2023."),
      ("Röntgen", "Lungröntgen: kavitet i hö ovanlob med omgivande infiltrat."),
      ("Bedömning", "Ev. lungtuberkulos. Luftburen isolering. Sputum för direktmikroskopi, odling och PCR x 3. HIV-test."),
      ("Planering", "Tolk till imorgon (somaliska) för fördjupad anamnes."),
  ], setting="slutenvård", must=N2, why="'Ev.' before a diagnosis")

C("ogon-trolig-glaukom-typo", "skane",
  "Ögonmottagningen, Skånes universitetssjukhus Malmö", "Mottagningsanteckning",
  "1956-07-31", "F", "2024-02-29 09:10", "10:30", [
      ("Aktuellt", "Remiss från optiker pga högt ögontryck. Inga symtom."),
      ("Status", "IOP 27 hö, 29 vä. Öppna kammarvinklar. Excavation 0,7 bilat med notch nedtill vä. Synfält: nasalt steg vä."),
      ("Bedömning", "Trolig primärt öppenvinkelglakom bilat, vä > hö."),
      ("Åtgärd", "Latanoprost 1 droppe till natten i båda ögonen. OCT och nytt synfält om 6 v."),
  ], must=N2, why="'Trolig' + typo in diagnosis 'öppenvinkelglakom'")

C("onh-misstanke-vestibularisschwannom", "vgr",
  "Öron-näsa-halsmottagningen, Sahlgrenska Universitetssjukhuset", "Mottagningsanteckning",
  "1972-05-05", "M", "2024-11-26 13:00", "14:45", [
      ("Anamnes", "Successivt sämre hörsel vä öra sedan ett år och högfrekvent tinnitus vä. Ingen yrsel."),
      ("Hörsel", "Audiogram: sensorineural nedsättning vä 35–50 dB i diskanten, hö normal. Taluppfattning vä 72 %."),
      ("Bedömning", "Asymmetrisk sensorineural hörselnedsättning. Misstanke om vestibularisschwannom vä, MR inre hörselgångar beställd."),
      ("Planering", "Hörselvården för ställningstagande till hörapparat. Återbesök efter MR."),
  ], must=N2, why="'Misstanke om' (not negated)")

C("geri-sannol-lewy-body-demens", "skane",
  "Geriatriska mottagningen, Trelleborgs lasarett", "Mottagningsanteckning",
  "1941-12-09", "M", "2024-05-08 10:00", None, [
      ("Anamnes", "Minnesutredning. Hustrun berättar om perioder av förvirring omväxlande med klara dagar, och att han ser barn i trädgården. Orolig sömn, pratar och slåss i sömnen."),
      ("Status", "MMSE 22/30, svårt med klocktest och kubritning. Lätt rigiditet bilat, hypomimi."),
      ("Bedömning", "Sannol. Lewy body-demens. Undvik neuroleptika. DAT-scan beställd."),
      ("Planering", "Demenssjuksköterska kontaktar hustrun. Åter efter DAT-scan."),
  ], must=N2, why="draft; abbreviated hedge 'Sannol.'")

C("barn-misstankt-kawasaki", "vgr",
  "Barnavdelning 323, Drottning Silvias barnsjukhus", "Inskrivningsanteckning",
  "2021-03-16", "M", "2024-04-06 21:00", "23:10", [
      ("Aktuellt", "3-årig pojke med feber sedan 6 dagar trots antibiotika för halsfluss på VC. Röda ögon sedan i går, hudutslag på bålen."),
      ("Status", "Bilateral konjunktival injektion utan sekret, jordgubbstunga, spruckna läppar. Ödem på hand- och fotryggar. Ensidig halslymfkörtel 2 cm."),
      ("Bedömning", "Misstänkt Kawasakis sjukdom. Eko hjärta imorgon, IVIG och ASA efter samråd med bakjour."),
      ("Information", "Föräldrarna har fått information om planen."),
  ], setting="slutenvård", must=N2, why="child (guardians read): 'Misstänkt' Kawasaki")

C("endo-cushing-inte-osannolikt", "vgr",
  "Medicinmottagningen, Alingsås lasarett", "Mottagningsanteckning",
  "1980-09-26", "F", "2024-08-22 14:30", "16:00", [
      ("Aktuellt", "Viktuppgång 14 kg på ett år, mest på bålen, blåmärken, svårinställt blodtryck och nydebuterad diabetes."),
      ("Status", "Månansikte, breda röda striae på buken, tunn hud. BT 162/98."),
      ("Bedömning", "Cushings syndrom är inte osannolikt. Dexametasonhämningstest och dygnsurin för kortisol beställda, samt salivkortisol sent på kvällen."),
      ("Planering", "Telefonsvar om 2 veckor."),
  ], must=N2, why="double negative 'inte osannolikt' is a hedge, not a negation")

C("kir-hedge-i-parentes-pankreatit", "skane",
  "Kirurgavdelning 3, Ystads lasarett", "Inskrivningsanteckning",
  "1963-01-11", "F", "2024-06-22 23:30", "2024-06-23 01:10", [
      ("Aktuellt", "Kraftig epigastriesmärta som strålar mot ryggen sedan i eftermiddags, kräkningar. Känd gallstenssjukdom, väntar på kolecystektomi."),
      ("Lab", "Lipas 2400, ALAT 3,1, bilirubin 38, CRP 12."),
      ("Bedömning", "Buksmärta och kräkningar (trol. gallstenspankreatit). Iv vätska, smärtlindring, fasta. Ultraljud lever-gallvägar imorgon."),
  ], setting="slutenvård", must=N2, why="hedged diagnosis inside parentheses")

C("vgr-th-plus-mojligt-mds-i-bedomning", "vgr",
  "Hematologimottagningen, Sahlgrenska Universitetssjukhuset", "Mottagningsanteckning",
  "1946-06-02", "M", "2024-09-12 10:30", "13:00", [
      ("Lab", "Hb 94, MCV 108, trombocyter 98, neutrofila 1,2. B12 och folat normala."),
      ("Tidiga hypoteser", "Misstänkt myelodysplastiskt syndrom, ev. med ökad blastandel."),
      ("Bedömning", "Makrocytär anemi och lätt trombocytopeni. Möjligt MDS, benmärgsprov planeras om 2 veckor."),
      ("Planering", "Ny provtagning inför benmärgsprovet."),
  ], must=N2, why="VGR: hypothesis in Tidiga hypoteser but repeated hedged in visible Bedömning")

C("lung-epikris-differentialdiagnostiskt-lymfom", "skane",
  "Lungavdelningen, Skånes universitetssjukhus Lund", "Epikris",
  "1984-11-07", "M", "2024-03-20 15:00", "16:10", [
      ("Sammanfattning", "Inlagd för utredning av feber, erythema nodosum och bilaterala förstorade hiluskörtlar på DT thorax. Fotledsartrit bilat. ACE förhöjt, kalcium normalt."),
      ("Bedömning", "Löfgrens syndrom, differentialdiagnostiskt lymfom. Bronkoskopi med EBUS-ledd punktion av lymfkörtlar bokad polikliniskt."),
      ("Planering", "NSAID mot ledbesvären. Återbesök lungmottagningen efter bronkoskopin."),
  ], setting="slutenvård", must=N2, why="'differentialdiagnostiskt lymfom' in an epikris")

C("akut-ingen-pneumoni-men-misstankt-lungemboli", "vgr",
  "Akutmottagningen, NÄL Trollhättan", "Akutanteckning",
  "1979-07-29", "F", "2024-11-08 15:50", "17:20", [
      ("Kontaktorsak", "Plötslig andfåddhet och hjärtklappning sedan i morse. Flög hem från Thailand i förrgår. P-piller."),
      ("Status", "Puls 118, saturation 91 % på luft, AF 24. Lungor auskultatoriskt ua. Vä vad lätt svullen."),
      ("Bedömning", "Ingen pneumoni på lungröntgen. Misstänkt lungemboli, DT-angiografi beställd. Fragmin i behandlingsdos ges i väntan på DT."),
  ], must=N2, why="negated pneumonia next to a hedged PE: the hedge must still fire")

C("kard-sannolkit-hcm-typo", "skane",
  "Kardiologiska mottagningen, Helsingborgs lasarett", "Mottagningsanteckning",
  "1997-02-04", "M", "2024-10-16 08:00", "09:45", [
      ("Aktuellt", "Remitterad efter avvikande EKG vid idrottsmedicinsk undersökning. Ibland yrsel vid maxansträngning, ingen synkope. Ingen känd plötslig död i släkten."),
      ("Eko", "Asymmetrisk septumhypertrofi 19 mm, normal EF, ingen vänsterkammarobstruktion i vila."),
      ("Bedömning", "Sannolkit hypertrofisk kardiomyopati. Avrådes från tävlingsidrott tills vidare. MR hjärta och arbetsprov beställda."),
      ("Planering", "Ställningstagande till gentest vid återbesök."),
  ], must=N2, why="typo in hedge cue 'Sannolkit'")

# =====================================================================================
# C. NL101 must_not (45)
# =====================================================================================
C("onk-pankreascancer-infomerad-typo", "skane",
  "Onkologimottagningen, Skånes universitetssjukhus Lund", "Läkaranteckning",
  "1955-05-30", "M", "2024-02-15 13:00", "15:10", [
      ("Aktuellt", "Nybesök. PAD från EUS-ledd biopsi: adenocarcinom i pankreashuvudet. DT: lokalt avancerad tumör med kärlengagemang, inga fjärrmetastaser."),
      ("Bedömning", "Lokalt avancerad, icke-resektabel pankreascancer. Pat i gott allmäntillstånd, WHO 1."),
      ("Information", "Pat infomerad om diagnosen och om att behandlingen syftar till att bromsa sjukdomen. Hustrun närvarande. Kontaktsjuksköterska utsedd."),
      ("Planering", "Start med FOLFIRINOX om 1 v."),
  ], must_not=N1, why="patient informed ('infomerad' typo)")

C("uro-prostatacancer-informeras-idag", "vgr",
  "Urologmottagningen, Sahlgrenska Universitetssjukhuset", "Mottagningsanteckning",
  "1957-09-16", "M", "2024-03-12 09:00", "11:15", [
      ("Aktuellt", "Återbesök för biopsisvar."),
      ("PAD", "Prostatacancer Gleason 4+3=7 (ISUP 3) i 5 av 12 biopsier, hö lob. MR: ingen extraprostatisk växt."),
      ("Status", "Palpation: fast hö lob utan överväxt. Residualurin 40 ml."),
      ("Socialt", "Pensionerad ingenjör, gift. Hustrun följer med vid besöket."),
      ("Bedömning", "Lokaliserad prostatacancer, intermediär risk. Pat informeras idag om cancerdiagnosen och om alternativen robotassisterad prostatektomi respektive strålbehandling. Kontaktsjuksköterskan deltar."),
      ("Planering", "Pat tar ställning hemma. Ny tid om 2 v."),
  ], must_not=N1, why="'informeras idag' = told at this visit")

C("neuro-als-har-fatt-besked", "skane",
  "Neurologimottagningen, Helsingborgs lasarett", "Mottagningsanteckning",
  "1960-12-01", "F", "2024-04-16 14:30", "16:00", [
      ("Diagnos", "Amyotrofisk lateralskleros med bulbär debut."),
      ("Aktuellt", "Pat har fått besked om diagnosen av undertecknad vid förra besöket 2/4 och har sedan dess träffat kurator. Sväljer sämre, tappat 3 kg."),
      ("Bedömning", "Progredierande dysfagi. Remiss logoped och dietist, diskuterar PEG inom kort. Riluzol insatt."),
      ("Planering", "ALS-teamet träffas 30/4."),
  ], must_not=N1, why="'har fått besked om diagnosen'")

C("hemat-kll-inforstadd-watch-wait", "vgr",
  "Hematologimottagningen, Sahlgrenska Universitetssjukhuset", "Mottagningsanteckning",
  "1950-02-17", "M", "2024-05-23 10:00", "11:00", [
      ("Aktuellt", "Kronisk lymfatisk leukemi, Binet A, upptäckt på rutinprover 2023. Inga B-symtom. Lymfocyter 18 (föreg 16)."),
      ("Status", "Små oömma körtlar på halsen bilat, ingen hepatosplenomegali."),
      ("Bedömning", "Stabil KLL utan behandlingsindikation. Pat är införstådd med diagnosen och med att vi avvaktar med behandling så länge sjukdomen är lugn."),
      ("Planering", "Blodstatus om 6 mån via VC. Återbesök om ett år."),
  ], must_not=N1, why="'är införstådd med diagnosen'; the only 'avvaktar' concerns treatment")

C("geri-alzheimer-vet-om-diagnos-utkast", "skane",
  "Geriatriska mottagningen, Trelleborgs lasarett", "Mottagningsanteckning",
  "1939-08-24", "F", "2024-06-10 10:30", None, [
      ("Diagnos", "Alzheimers sjukdom, ställd i mars efter basal demensutredning."),
      ("Aktuellt", "Uppföljning efter insättning av donepezil. Inga biverkningar. Bor kvar hemma med hemtjänst två gånger dagligen."),
      ("Bedömning", "Pat vet om sin diagnos, minns samtalet från i våras och säger att hon vill ha saker sagda rakt ut. MMSE 23 (24)."),
      ("Planering", "Höjer donepezil till 10 mg. Återbesök om 6 mån."),
  ], must_not=N1, why="draft; 'vet om sin diagnos'")

C("gyn-cervixcancer-skriftlig-information", "vgr",
  "Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", "Mottagningsanteckning",
  "1982-04-12", "F", "2024-02-01 14:00", "16:30", [
      ("PAD", "Konisering: skivepitelcancer, invasionsdjup 6 mm, ej radikal. MR lilla bäckenet: ingen spridning."),
      ("Bedömning", "Cervixcancer stadium IB1. Pat har fått skriftlig information om diagnosen och planerad radikal hysterektomi med lymfkörtelutrymning, utöver muntlig genomgång idag."),
      ("Planering", "Anmäld till operation enligt SVF. Kontaktsjuksköterskan ringer i morgon."),
  ], must_not=N1, why="'fått skriftlig information om diagnosen'")

C("inf-hiv-informerad-via-tolk", "skane",
  "Infektionsmottagningen, Skånes universitetssjukhus Malmö", "Mottagningsanteckning",
  "1990-01-05", "F", "2024-07-25 13:00", "15:40", [
      ("Aktuellt", "Positivt HIV-test vid screening på MVC, graviditet v 14."),
      ("Lab", "HIV-1 konfirmerad. CD4 410, virusmängd 28 000 kopior/ml. Hepatit B och C negativa."),
      ("Bedömning", "Nydiagnostiserad HIV-1-infektion hos gravid kvinna. Pat informerad via telefontolk på tigrinja om diagnosen, smittvägar, att behandling skyddar barnet och om förhållningsregler enligt smittskyddslagen."),
      ("Planering", "Antiretroviral behandling startas idag. Kurator och barnmorska på MVC kontaktas."),
      ("Socialt", "Kom från Eritrea 2019, bor med maken och en dotter på 3 år. Maken testas på mottagningen nästa vecka och dottern via BVC."),
  ], must_not=N1, why="'informerad via telefontolk'")

C("kard-hocm-informerades-av-kollega", "vgr",
  "Kardiologimottagningen, Sahlgrenska Universitetssjukhuset", "Mottagningsanteckning",
  "1971-10-28", "M", "2024-08-29 11:00", "13:20", [
      ("Aktuellt", "Återbesök efter vårdtillfälle för synkope. Hypertrofisk obstruktiv kardiomyopati diagnostiserad på avdelningen, ICD-utredning pågår."),
      ("Information", "Pat informerades om diagnosen av kollega dr Lindqvist på avdelningen i förra veckan. Vi repeterar idag vad diagnosen innebär samt ärftligheten."),
      ("Planering", "Betablockerare upptitreras. Remiss till klinisk genetik för kaskadtestning av barnen."),
  ], must_not=N1, why="'informerades ... av kollega'")

C("hud-melanom-meddelat-per-telefon", "skane",
  "Hudmottagningen, Skånes universitetssjukhus Lund", "Läkaranteckning",
  "1976-03-08", "F", "2024-03-13 15:30", "15:45", [
      ("PAD", "Excision vä skuldra: ytligt spridande malignt melanom, Breslow 0,8 mm, utan ulceration. Ej radikalt lateralt."),
      ("Åtgärd", "Meddelade pat svaret per telefon 12/3. Utvidgad excision med 1 cm marginal bokad 2/4 på hudkirurgin."),
      ("Planering", "Uppföljning enligt vårdprogram, kontrollerna sköts av hudmottagningen."),
  ], must_not=N1, why="'Meddelade pat svaret per telefon'")

C("lung-skivepitelcancer-genomgang-pad", "vgr",
  "Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "Mottagningsanteckning",
  "1952-07-13", "M", "2024-10-24 09:30", "12:00", [
      ("Aktuellt", "Kommer med dottern för svar på bronkoskopin."),
      ("Status", "AT gott, WHO 1. Saturation 95 %. Inga palpabla körtlar supraklavikulärt. Nedsatt andningsljud över hö ovanlob."),
      ("Socialt", "Pensionerad busschaufför, änkeman, dottern bor nära. Röker 10 cigaretter om dagen, ca 50 paketår."),
      ("Bedömning", "Vi går igenom PAD-svaret tillsammans: icke-småcellig lungcancer av skivepiteltyp, hö ovanlob, med spridning till mediastinala lymfkörtlar, stadium IIIA. PET-DT utan fjärrmetastaser. Pat och dottern ställer relevanta frågor."),
      ("Planering", "Remiss onkologen för kurativt syftande kemoradioterapi. Rökavvänjning."),
  ], must_not=N1, why="result reviewed together with the patient ('vi går igenom PAD-svaret tillsammans')")

C("psyk-schizoaffektivt-kanner-till", "skane",
  "Allmänpsykiatrisk mottagning Malmö Öster", "Läkaranteckning",
  "1979-03-21", "M", "2024-09-04 13:00", "14:50", [
      ("Aktuellt", "Schizoaffektivt syndrom sedan 2017. Depotinjektion paliperidon var 4:e vecka, senaste igår. Bor i eget boende med boendestöd."),
      ("Bedömning", "Stabil, inga psykotiska symtom. Pat känner till och accepterar diagnosen numera, vilket han inte gjorde för några år sedan."),
      ("Planering", "Oförändrad behandling. Metabol kontroll om 3 mån."),
  ], must_not=N1, why="'känner till ... diagnosen'; the negation concerns past acceptance")

C("ogon-vat-amd-underattad-typo", "vgr",
  "Ögonmottagningen, Mölndals sjukhus", "Mottagningsanteckning",
  "1938-05-19", "F", "2024-01-11 10:00", "11:30", [
      ("Aktuellt", "Raka linjer ser krokiga ut med hö öga sedan 3 veckor."),
      ("Status", "Visus hö 0,4, vä 0,8. OCT hö: subretinal vätska och neovaskulärt membran. Vä: drusen."),
      ("Bedömning", "Våt åldersrelaterad makuladegeneration hö öga, torr form vä. Pat underättad om diagnosen och om att det behövs upprepade injektioner i ögat."),
      ("Planering", "Start med aflibercept hö, 3 injektioner med 4 veckors intervall."),
  ], must_not=N1, why="'underrättad' (typo 'underättad')")

C("onh-larynxcancer-tidigare-ej-men-nu", "skane",
  "Öron-näsa-halsmottagningen, Helsingborgs lasarett", "Mottagningsanteckning",
  "1949-11-26", "M", "2024-07-16 10:00", "12:40", [
      ("PAD", "Biopsi vä stämband: högt differentierad skivepitelcancer."),
      ("Bedömning", "Glottisk larynxcancer vä, T1a N0. Svaret har inte tidigare kunnat meddelas pat då han varit bortrest, men beskedet lämnas vid dagens besök. Han tar det sansat och har frågor om rösten."),
      ("Planering", "Extern strålbehandling, remiss onkologen. Rökstopp."),
  ], must_not=N1, why="not told earlier, but told at this visit")

C("barn-dm1-foraldrar-och-barn-informerade", "vgr",
  "Barnmedicinavdelningen, Drottning Silvias barnsjukhus", "Inskrivningsanteckning",
  "2017-10-03", "M", "2024-11-20 18:00", "20:00", [
      ("Aktuellt", "6-årig pojke med törst, mycket kiss och viktnedgång i tre veckor. P-glukos 24, ketoner 2,8, pH 7,32."),
      ("Bedömning", "Nydebuterad diabetes typ 1 med lätt ketoacidos. Insulininfusion enligt PM."),
      ("Information", "Föräldrarna och pojken informerade om diagnosen tillsammans med diabetessköterska. Föräldrarna förstår att det är livslångt och ställer många frågor."),
      ("Planering", "Diabetesteamet ansvarar för undervisning kommande dagar."),
  ], setting="slutenvård", must_not=N1, why="child: guardians (the readers) and child informed")

C("endo-phpt-upplyst-om-diagnos", "skane",
  "Endokrinologimottagningen, Skånes universitetssjukhus Malmö", "Mottagningsanteckning",
  "1961-06-09", "F", "2024-09-26 10:40", "12:05", [
      ("Lab", "Joniserat kalcium 1,48, PTH 11,2, D-vitamin 64. Osteoporos i ländrygg på bentäthetsmätning."),
      ("Bedömning", "Primär hyperparatyreoidism med osteoporos, operationsindikation föreligger. Pat upplyst om diagnosen och om att operation rekommenderas. Hon önskar operation."),
      ("Planering", "Paratyreoideascintigrafi och ultraljud hals. Remiss endokrinkirurgen."),
  ], must_not=N1, why="'upplyst om diagnosen'")

C("onk-ovarialcancer-maken-ej-informerad", "vgr",
  "Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "Mottagningsanteckning",
  "1964-01-20", "F", "2024-04-03 14:00", "16:25", [
      ("Aktuellt", "Postoperativt besök efter debulkingoperation."),
      ("PAD", "Höggradig serös ovarialcancer, stadium IIIC. Makroskopiskt radikalt opererad."),
      ("Bedömning", "Pat informerad om diagnosen och behandlingsplanen idag. Hon vill själv berätta för maken, som ännu inte är informerad, och tar med honom nästa gång."),
      ("Planering", "Adjuvant karboplatin/paklitaxel, start om 3 veckor. BRCA-analys skickad."),
  ], must_not=N1, why="husband not informed; patient is")

C("neuro-epilepsi-arbetsgivaren-ej-informerad", "skane",
  "Neurologimottagningen, Skånes universitetssjukhus Malmö", "Mottagningsanteckning",
  "1986-08-01", "M", "2024-05-02 11:00", None, [
      ("Aktuellt", "Fokal epilepsi med bilateral spridning sedan 2022, anfallsfri på lamotrigin 200 mg x 2 sedan 14 månader."),
      ("Socialt", "Arbetar som ekonom. Arbetsgivaren är inte informerad om diagnosen och pat vill inte att de får veta; inget i arbetet kräver anpassning."),
      ("Bedömning", "Välkontrollerad epilepsi. Inget medicinskt hinder för körkort längre."),
      ("Planering", "Oförändrad dos. Återbesök om ett år."),
  ], must_not=N1, why="draft; employer not informed")

C("neuro-epilepsi-transportstyrelsen-ej-underrattad", "vgr",
  "Neurologmottagningen, Skaraborgs Sjukhus Skövde", "Mottagningsanteckning",
  "1994-02-25", "F", "2024-06-19 13:00", "15:00", [
      ("Aktuellt", "Två generaliserade tonisk-kloniska anfall med 3 månaders mellanrum. EEG med generaliserad spike-wave, MR hjärna ua."),
      ("Bedömning", "Genetisk generaliserad epilepsi. Pat informerad om diagnosen, om levetiracetam och om körförbud tills hon varit anfallsfri i ett år."),
      ("Körkort", "Transportstyrelsen ännu inte underrättad. Anmälan görs om pat inte själv lämnar in körkortet inom 2 veckor, vilket hon är medveten om."),
      ("Planering", "Återbesök om 3 mån."),
  ], must_not=N1, why="authority (Transportstyrelsen) not notified; patient informed")

C("bup-depression-pappan-ej-informerad", "skane",
  "BUP-mottagningen Helsingborg", "Läkaranteckning",
  "2007-09-02", "F", "2024-10-09 15:00", "16:20", [
      ("Aktuellt", "17-årig tjej, uppföljning. Nedstämdhet, sömnproblem och skolfrånvaro sedan i våras. Inga suicidtankar idag."),
      ("Bedömning", "Depression, medelsvår episod. Pat informerad om diagnosen och om behandling med KBT och ev. SSRI. Mamma är informerad och deltar idag, men pat har ännu inte berättat om diagnosen för sin pappa och vill göra det själv."),
      ("Planering", "KBT hos psykolog varannan vecka. Återbesök läkare om 4 v."),
  ], must_not=N1, why="BUP Skåne, 17 y: father not told, patient informed")

C("inf-syfilis-partner-ej-informerad", "vgr",
  "Infektionskliniken, Södra Älvsborgs Sjukhus Borås", "Mottagningsanteckning",
  "1983-12-14", "M", "2024-03-27 10:15", "11:45", [
      ("Aktuellt", "Utslag på bål och handflator sedan 2 veckor. Syfilisserologi positiv, RPR 1:64."),
      ("Bedömning", "Sekundär syfilis. Pat informerad om diagnosen och behandlad med bensatinpenicillin 2,4 milj E im idag."),
      ("Smittspårning", "Nuvarande partner är ännu inte informerad. Smittspårning sköts av kurator, pat lämnar kontaktuppgifter."),
      ("Planering", "RPR-kontroll om 3, 6 och 12 mån."),
  ], must_not=N1, why="sexual partner not informed (contact tracing)")

C("gastro-crohn-vc-ej-informerad", "skane",
  "Mag-tarmmottagningen, Skånes universitetssjukhus Malmö", "Mottagningsanteckning",
  "2001-05-22", "M", "2024-04-30 10:00", "11:40", [
      ("Utredning", "Koloskopi: aftösa sår och stenos i terminala ileum. PAD: kronisk inflammation med granulom."),
      ("Anamnes", "Diarréer 4–5 gånger dagligen, buksmärtor i hö fossa och viktnedgång 6 kg sedan i höstas. Ingen blödning. Farmor hade ulcerös kolit."),
      ("Bedömning", "Crohns sjukdom ileocekalt. Pat informerad om diagnosen och om behandling med budesonid 9 mg, nedtrappning efter 8 v."),
      ("Övrigt", "Remitterande vårdcentral är ännu inte informerad om diagnosen, epikris skickas idag."),
      ("Planering", "Återbesök IBD-sjuksköterska om 4 v. Ställningstagande till tiopurin."),
  ], must_not=N1, why="referring primary care not informed about the diagnosis")

C("geri-lewy-hemtjansten-ej-informerad", "vgr",
  "Geriatrisk mottagning, Mölndals sjukhus", "Mottagningsanteckning",
  "1936-04-07", "M", "2024-02-22 13:00", "15:30", [
      ("Bedömning", "Lewy body-demens, diagnos ställd efter DAT-scan och minnesutredning. Pat och dottern informerade om diagnosen, och om att vissa lugnande mediciner bör undvikas."),
      ("Socialt", "Bor ensam, hemtjänst morgon och kväll. Hemtjänsten är inte informerad om diagnosen ännu; dottern kontaktar biståndshandläggaren."),
      ("Planering", "Rivastigmin plåster 4,6 mg, höjs efter 4 v. Demenssjuksköterskan ringer dottern."),
  ], must_not=N1, why="home-care service not informed; patient and daughter are")

C("hemat-mds-vuxna-barnen-vet-inte", "skane",
  "Hematologimottagningen, Skånes universitetssjukhus Lund", "Mottagningsanteckning",
  "1944-09-29", "M", "2024-11-28 09:30", "11:15", [
      ("Aktuellt", "Återbesök. Myelodysplastiskt syndrom med låg risk (IPSS-R 2,5), diagnostiserat i oktober. Pat känner till diagnosen sedan förra besöket."),
      ("Lab", "Hb 101, trombocyter 140, neutrofila 1,8."),
      ("Bedömning", "Stabilt, ingen transfusion behövs. Pat har inte berättat för sina vuxna barn ännu och vill vänta till efter jul."),
      ("Planering", "Blodstatus varannan månad. Återbesök 3 mån."),
  ], must_not=N1, why="adult children not told by the patient")

C("kard-stemi-forsakringskassan-ej-informerad", "vgr",
  "Hjärtmottagningen, NÄL Trollhättan", "Mottagningsanteckning",
  "1965-09-17", "M", "2024-07-09 09:00", "10:10", [
      ("Aktuellt", "Återbesök 6 v efter STEMI inferiort, PCI mot RCA. Inga bröstsmärtor, går 5 km om dagen."),
      ("Bedömning", "Okomplicerat förlopp efter hjärtinfarkt. EF 55 %. Fortsatt sekundärprevention."),
      ("Sjukskrivning", "Arbetar som lastbilschaufför. Försäkringskassan ej informerad om förlängd sjukskrivning ännu, nytt läkarintyg skrivs idag t.o.m. 31/7."),
      ("Planering", "Ticagrelor t.o.m. april 2025. Hjärtrehab fortsätter."),
  ], must_not=N1, why="Försäkringskassan not informed (about sick leave)")

C("reuma-jia-skolskoterskan-ej-informerad", "skane",
  "Barnreumatologiska mottagningen, Skånes universitetssjukhus Lund", "Mottagningsanteckning",
  "2007-01-31", "F", "2024-03-04 14:00", "15:30", [
      ("Aktuellt", "Juvenil idiopatisk artrit, polyartikulär form sedan 9 års ålder. Etanercept och metotrexat. Svullen hö handled senaste månaden."),
      ("Status", "Synovit hö handled, övriga leder ua."),
      ("Bedömning", "Lätt skov i hö handled, intraartikulär kortisoninjektion ges idag."),
      ("Socialt", "Går andra året på gymnasiet. Skolsköterskan är inte informerad om hennes sjukdom, pat vill själv bestämma om hon ska berätta."),
  ], must_not=N1, why="17 y: school nurse not informed")

C("kir-koloncancer-remittenten-ej-besked", "vgr",
  "Kirurgmottagningen, Uddevalla sjukhus", "Mottagningsanteckning",
  "1953-10-15", "F", "2024-05-14 11:00", None, [
      ("Aktuellt", "Svar på koloskopi och DT. PAD: adenocarcinom i sigmoideum. DT: inga metastaser."),
      ("Bedömning", "Koloncancer i sigmoideum, T3N0M0 radiologiskt. Pat har fått diagnosbeskedet idag och är positiv till operation."),
      ("Övrigt", "Remitterande distriktsläkare har inte fått besked ännu, kopia av anteckningen skickas."),
      ("Planering", "Robotassisterad sigmoideumresektion, anmäld till MDK."),
  ], must_not=N1, why="draft; referring GP has no answer yet, patient told today")

C("endo-osteoporos-tandlakaren-ej-informerad", "skane",
  "Medicinmottagningen, Ystads lasarett", "Mottagningsanteckning",
  "1950-06-23", "F", "2024-01-18 11:00", "12:10", [
      ("Aktuellt", "Osteoporos med kotkompressionsfraktur Th12. Zoledronsyra en gång per år sedan 2023, andra infusionen given idag."),
      ("Bedömning", "Väl tolererat. Tandläkaren är inte informerad om zoledronsyrabehandlingen – pat uppmanas att berätta det vid nästa besök, inför eventuell tandextraktion."),
      ("Planering", "Nästa infusion om ett år, kalk och D-vitamin dagligen."),
  ], must_not=N1, why="dentist not informed about a treatment")

C("kir-ljumskbrack-optid-ej-meddelad", "skane",
  "Kirurgmottagningen, Centralsjukhuset Kristianstad", "Mottagningsanteckning",
  "1971-02-06", "M", "2024-09-05 10:00", "11:00", [
      ("Aktuellt", "Tilltagande smärta i hö ljumske vid lyft. Arbetar som snickare."),
      ("Status", "Reponibelt ljumskbråck hö, ca 4 cm. Vä ljumske ua."),
      ("Bedömning", "Symtomgivande ljumskbråck hö. Pat önskar operation, anmäld för laparoskopisk TEP-plastik."),
      ("Planering", "Pat ej informerad om operationsdatum än, planeringssköterskan ringer när tid finns."),
  ], must_not=N1, why="not informed about the operation date, not a diagnosis")

C("med-hypotyreos-normala-prover-ej-meddelade", "vgr",
  "Medicinmottagningen, Skaraborgs Sjukhus Lidköping", "Mottagningsanteckning",
  "1967-08-18", "F", "2024-04-25 15:00", "15:40", [
      ("Aktuellt", "Hypotyreos efter radiojodbehandling 2020, Levaxin 100 mikrog. Mår bra."),
      ("Lab", "Kontrollprover tagna idag: TSH 1,8, fritt T4 16 – normala."),
      ("Information", "Pat har ännu inte fått provsvaren då de kom efter besöket; de skickas per brev."),
      ("Planering", "Oförändrad dos. Ny kontroll om ett år på VC."),
  ], must_not=N1, why="normal lab results not yet told; the diagnosis is long known")

C("njur-ckd-kallelse-njurskola-ej-skickad", "skane",
  "Njurmedicinska mottagningen, Skånes universitetssjukhus Malmö", "Mottagningsanteckning",
  "1956-12-30", "M", "2024-06-04 13:00", None, [
      ("Aktuellt", "Kronisk njursjukdom stadium 4 pga diabetesnefropati, eGFR 18 (21 i januari). Typ 2-diabetes sedan 25 år."),
      ("Bedömning", "Långsam progress. Vi har pratat om framtida dialys och pat vill gärna gå i njurskola."),
      ("Planering", "Kallelsen till njurskolan är inte skickad än, så pat är ännu inte informerad om datumet. Återbesök 3 mån."),
  ], must_not=N1, why="draft; letter not sent, patient not informed about a date")

C("ort-gonatros-remiss-ej-informerad-typo", "vgr",
  "Ortopedmottagningen, Mölndals sjukhus", "Mottagningsanteckning",
  "1958-03-03", "F", "2024-10-01 08:30", "09:50", [
      ("Aktuellt", "Smärta i hö knä vid gång sedan 2 år, värre i trappor."),
      ("Röntgen", "Medial ledspaltsminskning grad 3 enligt Ahlbäck hö."),
      ("Bedömning", "Gonatros hö knä. I första hand fortsatt artrosskola och viktnedgång, ej aktuellt med protes nu."),
      ("Planering", "Remiss skickad till fysioterapeut på hemorten. Pat ej informerad om att remissen gått iväg, sekreteraren ringer henne."),
  ], must_not=N1, why="not informed that a referral was sent; typo 'Gonatros'")

C("ort-kuffruptur-intyg-ej-klart", "skane",
  "Ortopedmottagningen, Hässleholms sjukhus", "Mottagningsanteckning",
  "1964-07-27", "M", "2024-02-13 14:00", "16:20", [
      ("Aktuellt", "Fall på isen i december, sedan dess svaghet vid abduktion vä axel."),
      ("Utredning", "MR: fullständig ruptur av supraspinatussenan vä, retraktion 2 cm."),
      ("Bedömning", "Traumatisk rotatorkuffruptur vä axel, artroskopisk suturering planeras."),
      ("Övrigt", "Pat ej informerad om att intyget till Försäkringskassan inte hunnits med idag – skrivs imorgon och skickas digitalt."),
  ], must_not=N1, why="not informed about a delayed certificate")

C("onh-otoskleros-egenavgift", "vgr",
  "Öron-näsa-halsmottagningen, Sahlgrenska Universitetssjukhuset", "Mottagningsanteckning",
  "1985-11-18", "F", "2024-08-13 09:00", "10:30", [
      ("Aktuellt", "Känd otoskleros bilat, opererad med stapedotomi hö 2019. Nu sämre hörsel vä."),
      ("Hörsel", "Ledningshinder vä 30 dB, hö stabilt."),
      ("Bedömning", "Progress av otoskleros vä. Pat önskar hörapparat snarare än ny operation."),
      ("Planering", "Remiss hörselvården. Pat har inte fått information om egenavgiften för hörhjälpmedel, hänvisas dit för besked."),
  ], must_not=N1, why="not informed about a cost")

C("ogon-katarakt-vantetid-typo", "skane",
  "Ögonmottagningen, Skånes universitetssjukhus Malmö", "Mottagningsanteckning",
  "1946-02-25", "M", "2024-05-28 13:00", "14:00", [
      ("Aktuellt", "Bländas vid bilkörning och har svårt att läsa textremsor på tv."),
      ("Status", "Visus hö 0,4, vä 0,7. Kortikal och kärnkatarakt hö > vä."),
      ("Bedömning", "Katarkt bilat, mest uttalat hö. Uppsatt för operation hö öga."),
      ("Planering", "Pat ännu ej informerad om väntetiden till operation, som f.n. är ca 5 månader. Brev skickas."),
  ], must_not=N1, why="not informed about waiting time; typo 'Katarkt'")

C("neuro-meningeom-mr-tid-ej-besked", "vgr",
  "Neurologmottagningen, Södra Älvsborgs Sjukhus Borås", "Mottagningsanteckning",
  "1962-05-10", "F", "2024-09-09 10:00", "11:45", [
      ("Aktuellt", "Migrän utan aura sedan ungdomen, få attacker. Litet meningeom vä frontalt upptäckt 2021, oförändrat vid kontroll 2022."),
      ("Bedömning", "Stabil migrän. Meningeomet följs med MR vartannat år enligt neurokirurgens rekommendation."),
      ("Planering", "MR hjärna beställd. Pat har inte fått besked om tid för MR ännu, kallelse kommer."),
  ], must_not=N1, why="'inte fått besked' about an appointment time, known diagnoses")

C("med-kranskarl-ldl-ej-underrattad", "skane",
  "Medicinmottagningen, Ängelholms sjukhus", "Mottagningsanteckning",
  "1949-10-10", "M", "2024-11-14 09:00", "09:30", [
      ("Aktuellt", "Kranskärlssjukdom, PCI mot LAD 2021. Fri från angina. Atorvastatin 80 mg."),
      ("Lab", "LDL 1,6 mmol/L – inom målvärdet."),
      ("Information", "Pat ej underrättad om resultatet ännu, besked skickas via 1177."),
      ("Planering", "Oförändrad behandling. Årskontroll hos ssk."),
  ], must_not=N1, why="normal LDL result not yet told")

C("kir-divertikulit-fasta-ej-meddelad", "vgr",
  "Kirurgavdelning 10, Skaraborgs Sjukhus Skövde", "Daganteckning",
  "1970-01-19", "F", "2024-08-02 16:00", "16:30", [
      ("Aktuellt", "Divertikulit i sigmoideum med 4 cm abscess, perkutant dränerad i tisdags. Mindre ont, afebril."),
      ("Lab", "CRP 88 (212 vid inkomst)."),
      ("Bedömning", "God förbättring. Dränet dras imorgon efter kontroll-DT."),
      ("Planering", "Pat ännu inte informerad om att fastan hävs efter DT imorgon bitti, nattsköterskan meddelar."),
  ], setting="slutenvård", must_not=N1, why="not informed about fasting logistics")

C("gastro-leverbiopsi-ingen-malignitet-ej-natt", "vgr",
  "Gastroenterologmottagningen, Östra sjukhuset", "Telefonanteckning",
  "1969-04-02", "F", "2024-06-27 14:20", "14:40", [
      ("Aktuellt", "Utreds för förhöjda leverprover, ALAT 2,8."),
      ("PAD", "Leverbiopsi: ingen malignitet, ingen fibros, ingen steatos av betydelse. Inga tecken på autoimmun hepatit."),
      ("Åtgärd", "Försökt nå pat per telefon utan svar, hon har alltså ännu inte fått svaret. Nytt försök imorgon, annars brev."),
  ], must_not=N1, why="only negated diagnoses; the untold result is normal")

C("gyn-efter-konisering-hpv-neg-ej-informerad", "skane",
  "Kvinnokliniken, Ystads lasarett", "Läkaranteckning",
  "1988-09-13", "F", "2024-07-30 11:00", "11:20", [
      ("Aktuellt", "Kontroll efter konisering i januari pga CIN 3."),
      ("Lab", "Cytologi normal, HPV-test negativt. Ingen kvarvarande dysplasi."),
      ("Bedömning", "Återgår till ordinarie screeningprogram efter ytterligare en normal kontroll om ett år."),
      ("Information", "Pat ej informerad om svaret ännu, brev skickas idag."),
  ], must_not=N1, why="untold result is normal (no residual dysplasia)")

C("lung-rundhard-ingen-misstake-typo", "vgr",
  "Medicinmottagningen, Kungälvs sjukhus", "Läkaranteckning",
  "1957-12-05", "M", "2024-02-08 13:00", "14:00", [
      ("Röntgen", "DT thorax, kontroll av 6 mm rundhärd i vä underlob: oförändrad sedan 2 år."),
      ("Bedömning", "Ingen misstake om malignitet, ingen ytterligare uppföljning behövs enligt riktlinjerna."),
      ("Information", "Pat har ännu inte fått svaret, det meddelas per brev."),
  ], must_not=N1, why="untold result is benign; typo in negation 'misstake'")

C("th-skane-pankreascancer-ej-informerad", "skane",
  "Kirurgmottagningen, Centralsjukhuset Kristianstad", "Tidiga hypoteser",
  "1951-03-30", "M", "2024-03-21 16:00", "16:30", [
      ("Bedömning", "DT buk: 3 cm lågattenuerande tumör i pankreashuvudet med dilaterad gallgång, misstänkt pankreascancer. Pat ej informerad ännu, besked efter MDK på tisdag tillsammans med kontaktsjuksköterska."),
      ("Planering", "ERCP med stent om bilirubin stiger. Tumörmarkörer tagna, CA 19-9 inväntas."),
  ], must_not=N1, why="Skåne Tidiga hypoteser template: not-informed statement is protected")

C("th-skane-ftd-pat-och-hustru-ej-informerade", "skane",
  "Minnesmottagningen, Trelleborgs lasarett", "Tidiga hypoteser",
  "1956-06-17", "M", "2024-10-03 11:00", "11:50", [
      ("Tidiga hypoteser", "Personlighetsförändring, bristande omdöme och hämningslöshet sedan två år, relativt bevarat minne. Trolig beteendevariant av frontotemporal demens. Pat och hustru är inte informerade om denna misstanke, neuropsykologisk testning och FDG-PET först."),
  ], must_not=N1, why="Skåne Tidiga hypoteser template")

C("th-skane-lymfom-utkast", "skane",
  "Hematologimottagningen, Skånes universitetssjukhus Lund", "Tidiga hypoteser",
  "1973-11-09", "F", "2024-01-25 15:00", None, [
      ("Tidiga hypoteser", "Förstorade körtlar på hals, i axiller och ljumskar sedan 2 månader, nattsvettningar och viktnedgång 4 kg. LD 480, SR 60. Troligt lymfom, DD sarkoidos. Pat vet ännu inte om misstanken; exstirpation av halskörtel bokad nästa vecka och DT hals-thorax-buk beställd."),
  ], must_not=N1, why="draft in Skåne Tidiga hypoteser template")

C("th-vgr-glioblastom-recidiv-ej-informerad", "vgr",
  "Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "Mottagningsanteckning",
  "1966-02-28", "M", "2024-05-16 14:00", "16:10", [
      ("Aktuellt", "Kontroll-MR efter avslutad strålbehandling och temozolomid. Pat mår bra, arbetar halvtid."),
      ("Tidiga hypoteser", "MR visar ny laddning vid resektionskaviteten, sannolikt recidiv av glioblastom, DD strålnekros. Pat har inte informerats om fyndet, tas upp på neurokirurgisk konferens först."),
      ("Planering", "Nytt besök om 1 v."),
  ], must_not=N1, why="VGR sökord Tidiga hypoteser; visible sections hold no not-informed statement")

C("th-vgr-prostatacancer-skelettmetastaser", "vgr",
  "Urologmottagningen, Skaraborgs Sjukhus Skövde", "Läkaranteckning",
  "1947-07-21", "M", "2024-11-06 10:00", "12:00", [
      ("Aktuellt", "Remiss pga PSA 48 och ryggvärk. Palpation: hård, knölig prostata."),
      ("Tidiga hypoteser", "Skelettscint med multipla upptag i bäcken och kotor – sannolikt skelettmetastaserad prostatacancer. Pat ej informerad, väntar på biopsi för att ge beskedet samlat."),
      ("Planering", "Prostatabiopsi bokad 14/11. Återbesök med anhörig 21/11."),
  ], must_not=N1, why="VGR sökord Tidiga hypoteser protects the not-informed statement")

# =====================================================================================
# D. NL101 must (20)
# =====================================================================================
C("onk-smacellig-lungcancer-ej-informerad", "skane",
  "Onkologimottagningen, Skånes universitetssjukhus Lund", "Läkaranteckning",
  "1954-04-18", "F", "2024-02-02 15:00", "16:00", [
      ("PAD", "Bronkoskopisk biopsi: småcellig lungcancer."),
      ("Bedömning", "Småcellig lungcancer, begränsad sjukdom enligt PET-DT. Pat ej informerad ännu, besked ges av ansvarig onkolog på måndag tillsammans med kontaktsjuksköterskan."),
      ("Planering", "Kemoradioterapi planeras. MR hjärna före start."),
  ], must=N1, why="confirmed cancer, 'Pat ej informerad ännu'")

C("neuro-als-pat-vet-annu-inte", "vgr",
  "Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "Läkaranteckning",
  "1958-09-07", "M", "2024-07-11 16:00", "16:45", [
      ("Utredning", "ENeG: aktiv och kronisk denervation i tre regioner. MR hals och hjärna utan förklarande fynd."),
      ("Bedömning", "Diagnos: ALS. Pat vet ännu inte om diagnosen, bokas till läkarbesök tillsammans med hustrun nästa vecka."),
      ("Planering", "ALS-teamet informeras."),
  ], must=N1, why="'vet ännu inte om diagnosen'")

C("geri-alzheimer-ej-informerad-sonens-begaran", "skane",
  "Geriatriska mottagningen, Trelleborgs lasarett", "Mottagningsanteckning",
  "1935-01-14", "F", "2024-08-08 10:00", "12:10", [
      ("Utredning", "MMSE 19/30, DT hjärna: mediotemporal atrofi. Likvor: sänkt amyloid, förhöjt tau."),
      ("Bedömning", "Alzheimers sjukdom med sen debut. Pat har inte informerats om diagnosen på begäran av sonen, som befarar att hon blir nedstämd. Tas upp på teamkonferens."),
      ("Planering", "Donepezil diskuteras efter konferensen."),
  ], must=N1, why="'har inte informerats om diagnosen' (relative's request)")

C("uro-tur-b-ej-underrattad", "vgr",
  "Urologmottagningen, Skaraborgs Sjukhus Skövde", "Läkaranteckning",
  "1949-05-25", "M", "2024-04-18 13:30", "14:00", [
      ("Aktuellt", "TUR-B utförd 4/4 efter makroskopisk hematuri och tumör vid cystoskopi."),
      ("PAD", "TUR-B: höggradig urotelial cancer med invasion i detrusormuskulaturen (T2)."),
      ("Bedömning", "Muskelinvasiv urinblåsecancer. Pat ännu ej underrättad om PAD-svaret; tid bokas hos urolog med kontaktsjuksköterska."),
      ("Planering", "DT thorax-buk för stadieindelning, MDK."),
  ], must=N1, why="'ännu ej underrättad om PAD-svaret'")

C("hud-melanom-besked-ej-lamnat-semester", "skane",
  "Hudmottagningen, Skånes universitetssjukhus Lund", "Läkaranteckning",
  "1969-06-01", "M", "2024-07-04 11:00", "11:30", [
      ("PAD", "Nodulärt malignt melanom hö vad, Breslow 2,1 mm, ulcererat, pT3b."),
      ("Bedömning", "Beskedet om melanomet har inte lämnats till pat, som är utomlands och nås först efter semestern 22/7. Utvidgad excision och portvaktskörtelbiopsi planeras därefter."),
  ], must=N1, why="'Beskedet ... har inte lämnats till pat'")

C("inf-hiv-positivt-ej-fatt-veta", "vgr",
  "Infektionsmottagningen, Östra sjukhuset", "Läkaranteckning",
  "1993-10-31", "M", "2024-09-30 14:00", "14:20", [
      ("Aktuellt", "Testade sig på eget initiativ efter oskyddat samlag i våras, inga symtom."),
      ("Lab", "HIV-test positivt, konfirmerat med immunoblot. CD4 och virusmängd skickade."),
      ("Bedömning", "HIV-1-infektion. Pat har ännu inte fått veta provsvaret; kallas till mottagningen imorgon för personligt besked med kurator."),
      ("Planering", "Smittspårning efter beskedet."),
  ], must=N1, why="'har ännu inte fått veta'")

C("psyk-schizofreni-ej-meddelad-pat", "skane",
  "Allmänpsykiatrisk mottagning Malmö Öster", "Läkaranteckning",
  "1996-12-22", "M", "2024-11-21 15:00", "16:40", [
      ("Aktuellt", "Uppföljning efter vårdtillfälle. Fortsatt hörselhallucinationer men mindre plågad. Tar aripiprazol."),
      ("Bedömning", "Diagnos schizofreni ställd efter 8 månaders förlopp med psykotiska symtom och funktionsfall. Diagnosen har inte meddelats pat, som f.n. saknar sjukdomsinsikt; tas upp när han stabiliserats."),
      ("Planering", "Depåinjektion diskuteras. Återbesök 2 v."),
      ("Socialt", "Bor hos föräldrarna sedan utskrivningen, avbröt sin lärlingsplats i våras. Inget pågående missbruk, U-tox negativ."),
  ], must=N1, why="adult psychiatry: 'Diagnosen har inte meddelats pat'")

C("gyn-ovarialcancer-avvaktar-info", "vgr",
  "Gynekologavdelningen, Södra Älvsborgs Sjukhus Borås", "Daganteckning",
  "1959-02-09", "F", "2024-10-17 12:00", "13:15", [
      ("Aktuellt", "Inlagd för ascites och buksvullnad, 4 liter tappade igår. Mår bättre efter tappningen."),
      ("PAD", "Ascitescytologi: adenocarcinom av müllerskt ursprung."),
      ("Bedömning", "Ovarialcancer med peritoneal spridning. Avvaktar med att informera pat tills gynonkolog finns på plats imorgon."),
      ("Planering", "DT thorax, CA-125 taget."),
  ], setting="slutenvård", must=N1, why="'Avvaktar med att informera pat'")

C("kir-pankreascancer-ovetande-utkast", "skane",
  "Kirurgavdelning 5, Centralsjukhuset Kristianstad", "Daganteckning",
  "1948-03-15", "F", "2024-05-24 14:00", None, [
      ("Aktuellt", "Inlagd för ikterus. ERCP med stent igår, bilirubin sjunker."),
      ("Röntgen", "DT: tumör i pankreashuvudet med flera levermetastaser."),
      ("Bedömning", "Metastaserad pankreascancer. Pat är ovetande om diagnosen – informeras efter MDK på onsdag, då även palliativ plan läggs."),
  ], setting="slutenvård", must=N1, why="draft (pre-signing); 'ovetande om diagnosen'")

C("hemat-aml-ska-informeras-ej-fatt-veta", "vgr",
  "Hematologavdelningen, Sahlgrenska Universitetssjukhuset", "Daganteckning",
  "1968-08-30", "F", "2024-03-06 11:00", None, [
      ("Lab", "Benmärg: 40 % myeloiska blaster, flödescytometri förenlig med AML. Cytogenetik pågår."),
      ("Bedömning", "Akut myeloisk leukemi. Pat ska informeras om diagnosen vid eftermiddagens samtal med maken närvarande och har ännu inte fått veta något."),
      ("Planering", "CVK, induktionsbehandling planeras från måndag."),
  ], setting="slutenvård", must=N1, why="draft; 'ska informeras' (future) + 'ännu inte fått veta'")

C("kard-lqts-gentestsvar-ej-besked", "skane",
  "Hjärtmottagningen, Skånes universitetssjukhus Lund", "Läkaranteckning",
  "2000-06-20", "F", "2024-06-13 12:00", "12:30", [
      ("Utredning", "Gentest: patogen variant i KCNQ1. QTc 480 ms i vila, förlängd QT vid arbetsprov."),
      ("Bedömning", "Långt QT-syndrom typ 1. Pat har inte fått besked om gentestsvaret, telefontid nästa vecka."),
      ("Planering", "Betablockerare diskuteras vid besöket. Kaskadtestning av familjen."),
  ], must=N1, why="'inte fått besked om gentestsvaret' that gives the diagnosis")

C("onh-tonsillcancer-ej-infromerad-typo", "vgr",
  "Öron-näsa-halsmottagningen, Sahlgrenska Universitetssjukhuset", "Läkaranteckning",
  "1964-11-22", "M", "2024-02-26 14:00", "14:30", [
      ("Aktuellt", "Knöl på halsen hö sedan 2 månader. Biopsi från hö tonsill togs i narkos förra veckan."),
      ("PAD", "Biopsi hö tonsill: skivepitelcancer, p16-positiv."),
      ("Bedömning", "HPV-associerad tonsillcancer hö. Pat ej infromerad om PAD, kallas till besked torsdag med kontaktsjuksköterska."),
      ("Planering", "PET-DT beställd. Anmäld till huvud-halsonkologisk MDK."),
  ], must=N1, why="typo in cue 'infromerad'")

C("onk-levermetastaser-maken-informerad-pat-ej", "skane",
  "Medicinavdelning 2, Landskrona lasarett", "Daganteckning",
  "1946-12-12", "F", "2024-09-13 13:00", "14:30", [
      ("Röntgen", "DT buk: multipla levermetastaser, primärtumör i colon ascendens."),
      ("Bedömning", "Metastaserad koloncancer. Maken är informerad per telefon men pat själv har ännu inte fått beskedet, hon var för trött vid ronden. Nytt försök i eftermiddag."),
      ("Planering", "Onkologkonsult."),
  ], setting="slutenvård", must=N1, why="husband informed but the patient herself not")

C("endo-papillar-tyreoideacancer-ej-informerad", "vgr",
  "Medicinmottagningen, Alingsås lasarett", "Läkaranteckning",
  "1977-05-03", "F", "2024-10-29 16:30", "16:50", [
      ("Cytologi", "Finnålspunktion av 2 cm knöl hö tyreoidealob: papillär tyreoideacancer, Bethesda VI."),
      ("Bedömning", "Papillär tyreoideacancer. Pat ej informerad – svaret kom efter att hon gått hem. Ringer imorgon och bokar besök."),
      ("Planering", "Remiss endokrinkirurg."),
  ], must=N1, why="'Pat ej informerad' with dash-separated reason")

C("reuma-systemisk-skleros-ej-informerad-an", "skane",
  "Reumatologimottagningen, Skånes universitetssjukhus Lund", "Läkaranteckning",
  "1971-07-08", "F", "2024-04-02 16:00", None, [
      ("Lab", "Anti-Scl-70 starkt positiv. HRCT: lätt basal fibros."),
      ("Bedömning", "Diffus systemisk skleros med interstitiell lungsjukdom. Pat har inte informerats om diagnosen än; återbesök nästa vecka för genomgång med sjuksköterska."),
      ("Planering", "Lungfunktion med diffusionskapacitet, eko hjärta."),
  ], must=N1, why="draft; 'har inte informerats om diagnosen än'")

C("ogon-retinitis-pigmentosa-vet-inte", "vgr",
  "Ögonmottagningen, Mölndals sjukhus", "Läkaranteckning",
  "1989-01-27", "M", "2024-03-19 15:00", "15:30", [
      ("Aktuellt", "Nattblindhet sedan tonåren och allt smalare synfält, krockar med saker i skymning."),
      ("Utredning", "ERG: kraftigt nedsatta stavsvar och lätt nedsatta tappsvar bilat. Synfält: ringskotom."),
      ("Bedömning", "Retinitis pigmentosa. Pat vet inte om detta än; informeras vid återbesök tillsammans med genetisk vägledare."),
      ("Planering", "Remiss klinisk genetik."),
  ], must=N1, why="'Pat vet inte om detta än'")

C("akut-hjarnmetastaser-ej-informerad-om-fyndet", "skane",
  "Akutmottagningen, Skånes universitetssjukhus Malmö", "Akutanteckning",
  "1957-10-04", "M", "2024-01-06 20:00", "22:15", [
      ("Kontaktorsak", "Tilltagande huvudvärk och ostadighet sedan en vecka. Känd lungcancer, behandlas på onkologen."),
      ("Röntgen", "DT hjärna: multipla ringladdande förändringar med ödem, hjärnmetastaser."),
      ("Bedömning", "Hjärnmetastaser från lungcancern. Pat ej informerad om fyndet på akuten, inläggande avdelning informerar imorgon. Betapred 8 mg x 2 insatt."),
  ], must=N1, why="new finding (brain metastases) not told at the ED")

C("lung-vgr-th-och-synlig-ej-informerad", "vgr",
  "Medicinmottagningen, Kungälvs sjukhus", "Läkaranteckning",
  "1950-04-11", "M", "2024-05-07 15:00", "15:50", [
      ("Tidiga hypoteser", "Pleuraförtjockning hö, tidigare asbestexponering som plåtslagare – möjligt mesoteliom i tillägg."),
      ("Bedömning", "Bronkoskopi: adenocarcinom i lunga hö ovanlob. Pat ej informerad om PAD, kallas till besked med anhörig."),
      ("Planering", "PET-DT och MDK."),
  ], must=N1, why="VGR: Tidiga hypoteser used, but the not-informed cancer sits in visible Bedömning")

C("njur-iga-nefropati-ej-besked-typo", "skane",
  "Njurmedicinska mottagningen, Skånes universitetssjukhus Malmö", "Läkaranteckning",
  "1992-08-14", "M", "2024-09-18 11:00", "11:30", [
      ("Utredning", "Njurbiopsi: mesangial proliferation med IgA-depositioner, ingen halvmånebildning. U-albumin/krea 85."),
      ("Bedömning", "IgA-nefropai. Pat har ännu inte fått besked om biopsisvaret och ska inte informeras per telefon, besök bokas."),
      ("Planering", "ACE-hämmare insätts vid besöket."),
  ], must=N1, why="typo in diagnosis 'IgA-nefropai'; not told yet")

C("barn-17-klinefelter-ej-informerad", "vgr",
  "Barn- och ungdomsmedicinska mottagningen, NÄL Trollhättan", "Läkaranteckning",
  "2007-02-19", "M", "2024-04-22 13:00", "13:40", [
      ("Utredning", "Kromosomanalys pga sen pubertet och små testiklar: 47,XXY."),
      ("Bedömning", "Klinefelters syndrom. Pat är ännu inte informerad om diagnosen; föräldrarna önskar vara med när han får beskedet, gemensamt besök bokas."),
      ("Planering", "Remiss endokrinolog för testosteronbehandling. Fertilitetsrådgivning."),
  ], must=N1, why="17 y (reads own journal): patient not yet informed")


# --------------------------------------------------------------------------- build
def luhn_check(digits9):
    total = 0
    for i, ch in enumerate(digits9):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def pnr(birth, sex, idx):
    y, m, d = birth.split("-")
    nn = 10 + (idx * 37) % 89
    g = (idx % 5) * 2 + (1 if sex == "M" else 0)
    serial = "%02d%d" % (nn, g)
    core = y[2:] + m + d + serial
    return "%s%s%s-%s%d" % (y, m, d, serial, luhn_check(core))


def iso(t):
    return t.replace(" ", "T") + ":00"


def next_month(dt):
    if dt.month == 12:
        return datetime(dt.year, 12, 31)
    return datetime(dt.year, dt.month + 1, 1)


def build():
    rows = []
    for idx, c in enumerate(CASES):
        region_units = SKANE_UNITS if c["rs"] == "skane" else VGR_UNITS
        time = iso(c["time"])
        if c["signed"] is None:
            signed = None
        elif len(c["signed"]) == 5:
            signed = iso(c["time"][:10] + " " + c["signed"])
        else:
            signed = iso(c["signed"])
        as_of = next_month(datetime.fromisoformat(time)).isoformat()
        note = {
            "id": "n1", "system": c["system"], "template": c["template"],
            "unit": {"name": c["unit"], "hsa_id": hsa(c["unit"], c["rs"])},
            "author": {"name": AUTHORS[(idx * 7) % len(AUTHORS)], "role": c["role"]},
            "time": time, "signed": signed, "setting": c["setting"], "refs": [],
            "sections": [{"keyword": k, "text": t} for k, t in c["sections"]],
        }
        assert c["unit"] in region_units, (c["name"], c["unit"])
        record = {
            "patient": {"id": pnr(c["birth"], c["sex"], idx), "birth_date": c["birth"],
                        "protected_identity": False},
            "as_of": as_of, "notes": [note],
            "access_events": [], "conversations": [], "treatments": [],
        }
        rows.append({
            "case": c["name"], "ruleset": c["rs"], "record": record,
            "must": [[code, "n1"] for code in c["must"]],
            "must_not": [[code, "n1"] for code in c["must_not"]],
            "why": c["why"],
        })
    return rows


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_at(birth, when):
    b = date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(rows):
    problems = []
    names = Counter(r["case"] for r in rows)
    for n, k in names.items():
        if k > 1:
            problems.append("duplicate case name %s" % n)
    seen = {}
    for r in rows:
        name = r["case"]
        if list(r) != ["case", "ruleset", "record", "must", "must_not", "why"]:
            problems.append("%s: keys %s" % (name, list(r)))
        rec = r["record"]
        if list(rec) != ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]:
            problems.append("%s: record keys" % name)
        if r["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset" % name)
        if not r["why"] or "\n" in r["why"]:
            problems.append("%s: why must be one line" % name)
        pid = rec["patient"]["id"]
        bd = rec["patient"]["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m or m.group(1) != bd.replace("-", ""):
            problems.append("%s: pnr %s does not match %s" % (name, pid, bd))
        else:
            digits = m.group(1)[2:] + m.group(2)
            if luhn_check(digits[:9]) != int(digits[9]):
                problems.append("%s: pnr not Luhn-valid" % name)
        as_of = datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            problems.append("%s: as_of not 2024" % name)
        note_ids = {n["id"] for n in rec["notes"]}
        for code, target in r["must"] + r["must_not"]:
            if target not in note_ids:
                problems.append("%s: target %s missing" % (name, target))
            if not re.fullmatch(r"NL1\d\d", code):
                problems.append("%s: code %s" % (name, code))
        if {c for c, _ in r["must"]} & {c for c, _ in r["must_not"]}:
            problems.append("%s: code both must and must_not" % name)
        if len(r["must"]) + len(r["must_not"]) != 1:
            problems.append("%s: expected exactly one assertion" % name)
        for n in rec["notes"]:
            t = datetime.fromisoformat(n["time"])
            if t.year != 2024 or t > as_of:
                problems.append("%s: note time %s" % (name, n["time"]))
            if n["signed"] is not None:
                s = datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t or s > as_of:
                    problems.append("%s: signed %s" % (name, n["signed"]))
            age = age_at(bd, t)
            if 13 <= age <= 15:
                problems.append("%s: patient aged %d (13-15 not allowed)" % (name, age))
            if r["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR note must be Melior" % name)
            if n["system"] == "PMO":
                if r["ruleset"] != "skane" or n["unit"]["name"] not in PMO_UNITS:
                    problems.append("%s: PMO only for Skåne primary care" % name)
                if any(c == "NL101" for c, _ in r["must"] + r["must_not"]):
                    problems.append("%s: NL101 not asserted on PMO" % name)
                if any(c == "NL102" for c, _ in r["must"]):
                    problems.append("%s: NL102 must not be asserted as must on PMO" % name)
            elif n["unit"]["name"] in PMO_UNITS:
                problems.append("%s: primary-care unit should be PMO" % name)
            if "BUP" in n["unit"]["name"] and r["ruleset"] != "skane":
                problems.append("%s: BUP only Skåne" % name)
            words = sum(len(s["text"].split()) for s in n["sections"])
            if not 30 <= words <= 200:
                problems.append("%s: %d words (30-200)" % (name, words))
            for s in n["sections"]:
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != name:
                            problems.append("%s: sentence reused from %s: %s" % (name, seen[sent], sent))
                        elif sent in seen:
                            problems.append("%s: sentence repeated: %s" % (name, sent))
                        seen[sent] = name
    return problems


def main():
    rows = build()
    problems = validate(rows)
    out = HERE / (NAME + ".jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = Counter()
    for r in rows:
        for code, _ in r["must"]:
            counts[(code, "must")] += 1
        for code, _ in r["must_not"]:
            counts[(code, "must_not")] += 1
    print("%d cases -> %s" % (len(rows), out.name))
    for key in sorted(counts):
        print("  %s %-8s %d" % (key[0], key[1], counts[key]))
    regions = Counter(r["ruleset"] for r in rows)
    systems = Counter(r["record"]["notes"][0]["system"] for r in rows)
    drafts = sum(1 for r in rows if r["record"]["notes"][0]["signed"] is None)
    typos = sum(1 for r in rows if "typo" in r["case"] or "typo" in r["why"])
    print("  regions %s systems %s drafts %d typos %d" % (dict(regions), dict(systems), drafts, typos))
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
