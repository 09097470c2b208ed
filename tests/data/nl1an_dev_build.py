#!/usr/bin/env python3
"""nl1an_dev_cases: independent gold cases for notelint NL101 / NL102.

Long, multi-section Swedish notes (progress notes, discharge-like notes, specialist
outpatient notes, dictated notes, copy-forward text) with the NL101/NL102 questions
embedded among ordinary content. Dependency-free and deterministic:

    python3 build.py        # writes nl1an_dev_cases.jsonl next to this file, exits 1 on any problem
"""
import datetime as dt
import json
import os
import re
import sys

NAME = "nl1an_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")
AS_OF = "2024-12-31T00:00:00"

SK = "skane"
VG = "vgr"
M = "Melior"
P = "PMO"


def luhn_digit(nine: str) -> int:
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def pnr(birth: str, serial: str) -> str:
    y, m, d = birth.split("-")
    return f"{y}{m}{d}-{serial}{luhn_digit(y[2:] + m + d + serial)}"


# Each case: name, ruleset, (birth, serial), system, template, (unit, hsa), (author, role),
# time, signed, setting, sections, must, must_not, why
CASES = []


def case(name, rs, pt, system, template, unit, author, time, signed, setting, sections,
         must=(), must_not=(), why=""):
    CASES.append(dict(name=name, rs=rs, pt=pt, system=system, template=template, unit=unit,
                      author=author, time=time, signed=signed, setting=setting,
                      sections=sections, must=list(must), must_not=list(must_not), why=why))


# ---------------------------------------------------------------------------------------
# A. NL101 positives: diagnosis visible, patient (still) not informed
# ---------------------------------------------------------------------------------------

case("kir-pankreascancer-dt-ej-informerad-daganteckning", SK, ("1956-08-21", "246"), M, "Daganteckning",
     ("Kirurgiska kliniken avd 4, Skånes universitetssjukhus Malmö", "SE2321000255-4410"),
     ("Johan Lindqvist", "läkare"), "2024-03-13T10:40:00", "2024-03-13T14:05:00", "slutenvård", [
    ("Aktuellt", "Vårddag 3. 67-årig kvinna inlagd med smärtfri ikterus och viktnedgång ca 6 kg sedan jul. "
                 "Äter dåligt, mest näringsdrycker. Klåda nattetid, Atarax 25 mg tn med viss effekt. Inga feberepisoder."),
    ("Status", "AT: Opåverkad, tydligt ikterisk i hud och sklerae.\nCor: RR, 76/min, inga blåsljud.\n"
               "Pulm: Vesikulärt andningsljud bilat, inga rassel.\n"
               "Buk: Mjuk, lätt palpationsöm i epigastriet, ingen défense. Gallblåsan ej palpabel.\n"
               "BT 128/74, sat 97 % ua, temp 36,9."),
    ("Lab", "Bilirubin 187, ALP 14,2, ALAT 3,1, Hb 121, CRP 18, Krea 64, CA 19-9 2400."),
    ("Röntgen", "DT buk 12/3: 3,5 cm stor lågattenuerande tumör i pankreashuvudet med kontakt mot v. mesenterica "
                "superior över ca 200 grader. Multipla levermetastaser i båda loberna, största 2 cm i segment 4. "
                "Dilaterade intra- och extrahepatiska gallvägar."),
    ("Bedömning", "Pankreascancer med levermetastaser enligt DT, ej resektabel. Pat ännu ej informerad om DT-svaret. "
                  "Besked planeras imorgon förmiddag tillsammans med dottern, kontaktsjuksköterska Lena deltar."),
    ("Planering", "ERCP med stentinläggning onsdag, ev. borstcytologi i samma seans. Anmäls till pankreas-MDK torsdag. "
                  "Dietist kopplas in. Trol. hemgång i slutet av veckan om bilirubin sjunker."),
], must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Settled pancreatic cancer with metastases in Bedömning, patient not yet told of the CT; only non-diagnostic hedges (ev. borstcytologi, trol. hemgång).")

case("kir-coloncancer-pad-diktat-ej-informerad", SK, ("1951-11-03", "317"), M, "Mottagningsanteckning",
     ("Kirurgmottagningen, Helsingborgs lasarett", "SE2321000255-2231"),
     ("Nils Borg", "läkare"), "2024-04-12T09:10:00", "2024-04-15T08:30:00", "öppenvård", [
    ("Anamnes", "72-årig man, remitterad från Vårdcentralen Påarp pga järnbristanemi och positivt F-Hb x 2. "
                "Tidigare frisk så när som på hypertoni och gikt. Icke-rökare, alkohol måttligt. "
                "Hereditet: en bror opererad för tjocktarmscancer vid 65 års ålder."),
    ("Utredning", "Koloskopi 4/4: exofytisk, halvcirkulär tumör i colon ascendens, ca 5 cm lång, passerbar med skopet. "
                  "Biopsier tagna. En 6 mm polyp i sigmoideum avlägsnad med slynga."),
    ("PAD", "Colon ascendens: adenocarcinom, måttligt differentierat. Sigmoideum: tubulärt adenom med låggradig dysplasi."),
    ("Bedömning", "Coloncancer i colon ascendens. Patienten har ännu inte informerats om PAD-svaret. "
                  "Kallas till mottagningen 23/4 kl 10 för besked, kontaktsjuksköterska Maria deltar. "
                  "DT thorax-buk beställd för stadieindelning, anmäls till kolorektal-MDK."),
    ("Övrigt", "Diktat 2024-04-12 NB / utskr. 2024-04-15 AH, med. sekr."),
], must=[("NL101", "n1")],
    why="Secretary-transcribed outpatient note: colon cancer on PAD in Bedömning, 'har ännu inte informerats om PAD-svaret'.")

case("gyn-endometriecancer-pad-ej-informerad-utkast", SK, ("1959-02-17", "128"), M, "Telefonanteckning",
     ("Kvinnokliniken, gynmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3120"),
     ("Sara Holm", "läkare"), "2024-05-06T15:20:00", None, "öppenvård", [
    ("Kontaktorsak", "PAD från fraktionerad abrasio 2/5 har inkommit."),
    ("Bedömning", "Endometrioid adenocarcinom grad 1 i corpusfraktionen, cervixfraktionen utan tumör. "
                  "Pat ej informerad ännu: försökt ringa två gånger under eftermiddagen utan svar, talat in meddelande "
                  "om att hon ska ringa mottagningen. Olämpligt att lämna besked via meddelande på 1177."),
    ("Planering", "MR bäcken och DT thorax-buk beställs. Remiss gynonkologiska mottagningen när pat fått besked. "
                  "Ny telefonkontakt imorgon förmiddag."),
], must=[("NL101", "n1")],
    why="Unsigned draft (pre-signing): endometrial cancer on PAD written in a visible section, patient could not be reached and is not informed.")

case("neuro-ms-mcdonald-besked-vid-planerat-besok", SK, ("1995-07-09", "442"), M, "Läkaranteckning",
     ("Neurologiska kliniken, MS-mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7620"),
     ("Karin Ekdahl", "läkare"), "2024-03-20T11:00:00", "2024-03-20T14:30:00", "öppenvård", [
    ("Anamnes", "28-årig kvinna. Optikusneurit hö öga i januari, behandlad med högdos steroider. "
                "Sedan februari perioder med domningar i vä ben, varar några dagar i taget. Inga blåsbesvär."),
    ("Status", "Vaken, adekvat. Visus hö 0,8, vä 1,0. RAPD hö. Kranialnerver i övrigt ua. "
               "Kraft och reflexer symmetriska, Babinski neg bilat. Lätt nedsatt vibrationssinne vä stortå. Romberg ua."),
    ("Utredning", "MR hjärna och ryggmärg 8/3: elva T2-lesioner periventrikulärt och juxtakortikalt, två av dem "
                  "kontrastladdande, samt en lesion i höjd med Th4. Likvor: oligoklonala band påvisade, IgG-index 0,9."),
    ("Bedömning", "Multipel skleros, skovvis förlöpande, McDonald-kriterierna 2017 uppfyllda. "
                  "Pat är ännu inte informerad om diagnosen. Vill ge beskedet vid ett inbokat besök med gott om tid, "
                  "MS-sjuksköterska närvarande, inom en vecka."),
    ("Planering", "Tas upp på MS-konferensen om val av sjukdomsmodulerande behandling. "
                  "JCV-ak, hepatitserologi och VZV-status tas inför behandlingsstart."),
], must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="MS diagnosis settled by McDonald criteria in a visible Bedömning while the patient is not yet informed; nothing hedged.")

case("ger-alzheimer-barnen-vill-avvakta-besked", SK, ("1941-05-30", "064"), M, "Läkaranteckning",
     ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5102"),
     ("Per Ahlgren", "läkare"), "2024-06-03T13:15:00", "2024-06-04T09:00:00", "öppenvård", [
    ("Tidigare sjukdomar", "Hypertoni. Förmaksflimmer sedan 2019, Eliquis. Hörselnedsättning, hörapparat bilat. "
                           "Katarakt op bilat 2021."),
    ("Hereditet", "Mor blev trol. dement i hög ålder, aldrig utredd. Inga kända ärftliga sjukdomar i övrigt."),
    ("Utredning", "MMSE 19/30, klocktest 2/3, Trail Making B ej genomförbart. DT hjärna: generell atrofi med betonad "
                  "hippocampusatrofi bilat, inga infarkter. Likvor: sänkt beta-amyloid 42, förhöjt totalt tau och P-tau."),
    ("Bedömning", "Alzheimers sjukdom med sen debut, demens av lindrig till måttlig grad."),
    ("Information", "Dottern och sonen informerade per telefon idag. De önskar att mamma inte får beskedet förrän efter "
                    "makens begravning nästa vecka, vilket jag efter övervägande går med på. Patienten själv är alltså "
                    "ännu inte informerad om diagnosen. Gemensamt besök med pat och barnen bokat 14/6."),
    ("Läkemedel", "Donepezil övervägs vid nästa besök. Eliquis 5 mg x 2 och Amlodipin 5 mg x 1 oförändrat."),
], must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Relatives informed but the patient herself is not told of her Alzheimer diagnosis; the only hedge (mor trol. dement) is family history.")

case("vgr-onk-lungcancer-ej-informerad-om-skelettmetastaser", VG, ("1963-10-12", "526"), M, "Läkaranteckning",
     ("Jubileumskliniken, Onkologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4411"),
     ("Mikael Strand", "läkare"), "2024-04-18T16:05:00", "2024-04-18T16:40:00", "öppenvård", [
    ("Aktuellt", "Känd icke-småcellig lungcancer (adenocarcinom, EGFR exon 19-deletion) sedan nov 2023, på osimertinib. "
                 "Pat informerades om diagnosen och behandlingsplanen vid första besöket. "
                 "Senaste veckorna tilltagande värk i ländryggen och vä höft."),
    ("Röntgen", "Skelettscintigrafi 15/4 med kompletterande DT: skelettmetastaser i L2, L4 och vänster os ilium, "
                "ingen frakturrisk enligt radiolog."),
    ("Bedömning", "Progress med nytillkomna skelettmetastaser. Pat vet att undersökningarna är gjorda men är ännu inte "
                  "informerad om att de visar spridning till skelettet; hon vill ha hustrun med och besked ges fredag 19/4."),
    ("Plan", "Strålbehandling mot L2–L4 diskuteras. Xgeva startas efter tandläkarbedömning. Oxycodon 5 mg vb."),
], must=[("NL101", "n1")],
    why="Patient knows the lung cancer but not the new skeletal metastases, which stand in the visible note.")

case("vgr-uro-prostatacancer-synlig-ej-informerad-under-th", VG, ("1954-09-25", "391"), M, "Läkaranteckning",
     ("Urologmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E2207"),
     ("Anders Wik", "läkare"), "2024-04-22T14:00:00", "2024-04-22T15:10:00", "öppenvård", [
    ("Anamnes", "69-årig man, PSA 14 vid kontroll på VC, tidigare 6,2 för två år sedan. Lätta LUTS, nykturi x 2."),
    ("Undersökning", "Palp prostata: förstorad, fast knöl i vä lob, ca 1 cm."),
    ("Utredning", "MR prostata: PI-RADS 5-lesion vä perifer zon, ingen extraprostatisk växt. "
                  "Riktade och systematiska biopsier 12/4."),
    ("Bedömning", "Prostatacancer Gleason 4+3=7 (ISUP 3) i 6 av 12 biopsier, intermediär till hög risk."),
    ("Tidiga hypoteser", "Patienten har inte fått besked om biopsisvaret ännu. Han ringer själv på torsdag enligt "
                         "överenskommelse och bokas då in för informationsbesök."),
    ("Planering", "PSMA-PET/DT. Tas upp på uro-MDK 30/4."),
], must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Only the not-informed remark is under the hidden sökord; the prostate cancer itself stands in the visible Bedömning.")

case("orto-patologisk-fraktur-metastas-biopsi-ej-informerad", SK, ("1958-12-01", "182"), M, "Daganteckning",
     ("Ortopediska kliniken, avd 12, Centralsjukhuset Kristianstad", "SE2321000255-6031"),
     ("Elin Persson", "läkare"), "2024-02-27T11:30:00", "2024-02-27T13:00:00", "slutenvård", [
    ("Aktuellt", "Postop dag 2 efter märgspikning av subtrokantär fraktur vä femur, uppkommen vid lågenergitrauma "
                 "(klev ur bilen). Peroperativt sågs mjuk, destruerad benvävnad i frakturområdet och biopsi togs."),
    ("Tidigare sjukdomar", "Bröstcancer hö, op med mastektomi och axillutrymning 2019, följd av cytostatika och Letrozol. "
                           "Senaste onkologkontroll okt 2023 utan tecken till återfall. Hypotyreos."),
    ("Status", "Allmäntillstånd gott, smärtlindrad i vila. Sår torrt och rent, lätt svullnad över lårets proximala del. "
               "Distalstatus ua. Hb 104 (postop 98)."),
    ("PAD", "Metastas av bröstcancer, lobulär typ, ER-positiv, i biopsin från frakturområdet."),
    ("Bedömning", "Patologisk fraktur vä femur orsakad av skelettmetastas från tidigare behandlad bröstcancer. "
                  "Pat ännu inte informerad om biopsisvaret; onkologen är kontaktad och dr Svensson kommer till "
                  "avdelningen imorgon för att ge beskedet."),
    ("Planering", "Mobilisering med gåbord, full belastning tillåten. Fragmin 5000 E x 1 i 28 dagar. "
                  "Suturtagning dag 14 på VC. Ev. postoperativ strålbehandling mot frakturområdet beslutas av onkolog. "
                  "Skelettscint beställd."),
], must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Biopsy-proven metastasis causing the fracture is written visibly, patient not yet told; 'Ev. postoperativ strålbehandling' is a treatment hedge.")

case("inf-hiv-konfirmerad-besked-imorgon", SK, ("1988-03-15", "019"), M, "Läkaranteckning",
     ("Infektionsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8810"),
     ("Fredrik Nyman", "läkare"), "2024-05-14T16:45:00", "2024-05-14T17:05:00", "öppenvård", [
    ("Provsvar", "HIV-1/2 antikropp/antigen reaktivt, konfirmerat med immunoblot. HIV-1 RNA 85 000 kopior/ml. "
                 "CD4 310 x10^6/l. Hepatit B- och C-serologi negativ, syfilis negativ."),
    ("Bedömning", "Nydiagnostiserad HIV-1-infektion. Patienten är ännu inte informerad. Besked lämnas personligen på "
                  "mottagningen imorgon kl 10.30 av undertecknad, kurator Eva deltar. Smittspårning påbörjas efter beskedet."),
], must=[("NL101", "n1")],
    why="Confirmed HIV infection written in a visible section the day before the patient is to be told.")

case("vgr-neuro-als-diagnossamtal-planerat-typo", VG, ("1962-08-19", "457"), M, "Läkaranteckning",
     ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1150"),
     ("Ulrika Bergström", "läkare"), "2024-04-11T12:20:00", "2024-04-11T15:45:00", "öppenvård", [
    ("Anamnes", "61-årig man med ett års progredierande svaghet i hö hand och de senaste månaderna sluddrigt tal. "
                "Viktnedgång 5 kg. Muskelryckningar i armar och vader."),
    ("Status", "Atrofier i hö thenar och interossei. Fascikulationer i båda överarmar och vä vad. "
               "Livliga reflexer i alla extremiteter, Babinski pos hö. Tungan atrofisk med fascikulationer."),
    ("Utredning", "ENeG/EMG 10/4: utbredd akut och kronisk denervation i bulbär, cervikal och lumbal region, "
                  "normala sensoriska svar. MR cervikalrygg utan myelopati."),
    ("Bedömning", "ALS (amyotrofisk lateralskleros), Gold Coast-kriterierna uppfyllda. Pat ännu ej informerad om "
                  "diganosen; diagnossamtal 22/5 kl 13 med kurator och ALS-teamets sjuksköterska."),
    ("Plan", "Riluzol tas upp vid samtalet. Spirometri och dietistbedömning bokas."),
], must=[("NL101", "n1")],
    why="ALS diagnosis visible while the patient awaits the diagnosis talk; typo 'diganosen' in the not-informed sentence.")

case("hem-aml-besked-i-eftermiddag", SK, ("1977-06-02", "364"), M, "Daganteckning",
     ("Hematologiska kliniken, avd 22, Skånes universitetssjukhus Lund", "SE2321000255-3345"),
     ("Jonas Falk", "läkare"), "2024-01-16T12:10:00", "2024-01-16T12:50:00", "slutenvård", [
    ("Aktuellt", "46-årig kvinna inlagd via akuten igår pga två veckors trötthet, feber och blåmärken på benen. "
                 "Tidigare frisk, inga läkemedel."),
    ("Status", "AT: Blek, trött men adekvat. Spridda petekier på underbenen, hematom vä lår. Cor: takykard 104, RR. "
               "Pulm ua. Inga förstorade lymfkörtlar, mjälten ej palpabel. Temp 38,6."),
    ("Lab", "Hb 78, LPK 48, TPK 18, blaster 62 % i perifert blod. LD 890, urat 520. PK(INR) 1,3, fibrinogen 2,1."),
    ("Utredning", "Benmärgsaspiration idag: hypercellulär märg med 70 % myeloiska blaster, flödescytometri CD33+, CD117+, "
                  "MPO+. Cytogenetik och NPM1/FLT3 besvaras inom 3–5 dagar."),
    ("Bedömning", "Akut myeloisk leukemi. Pat ej informerad ännu. Besked ges av undertecknad i eftermiddag när maken är "
                  "på plats, kontaktsjuksköterska deltar."),
    ("Plan", "CVK-inläggning imorgon. Allopurinol, rikligt med vätska. Blododlingar tagna, Pip/Tazo 4 g x 4. "
             "Induktionsbehandling planeras med start måndag; ev. tillägg av midostaurin beslutas när genetiken är klar."),
], must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="AML diagnosed on marrow, written in Bedömning before the afternoon talk with the patient; 'ev. tillägg av midostaurin' is a treatment hedge.")

case("plast-melanom-pad-typo-infomerad", SK, ("1972-04-26", "281"), M, "Journalanteckning",
     ("Plastikkirurgiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4877"),
     ("Lina Åberg", "läkare"), "2024-02-08T08:50:00", "2024-02-08T09:05:00", "öppenvård", [
    ("Bedömning", "PAD efter excision av pigmenterad förändring vä skuldra 25/1: Malignt melanom, ytligt spridande typ, "
                  "Breslow 2,1 mm, ej ulcererat, Clark IV. Radikalt exstirperat men med endast 2 mm marginal. "
                  "Pat ej infomerad ännu om svaret. Kallas till mottagningen för besked samt planering av utvidgad "
                  "excision med 2 cm marginal och portvaktskörtelbiopsi."),
], must=[("NL101", "n1")],
    why="Melanoma on PAD visible, patient not told; typo 'infomerad' in the not-informed phrase.")

case("njur-kronisk-njursvikt-tolk-saknades", SK, ("1965-12-08", "493"), M, "Mottagningsanteckning",
     ("Njurmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-2290"),
     ("Ahmad Karimi", "läkare"), "2024-04-24T10:30:00", "2024-04-24T16:00:00", "öppenvård", [
    ("Anamnes", "58-årig man, arabisktalande, ingen svenska. Remitterad från VC pga stigande kreatinin. "
                "Diabetes typ 2 sedan 15 år, hypertoni. Sonen följde med idag."),
    ("Status", "BT 168/96. Lätta underbensödem bilat. Cor/pulm ua."),
    ("Lab", "Krea 612, eGFR 8, K 5,6, Hb 92, albumin/kreatininkvot 180, PTH 34."),
    ("Bedömning", "Kronisk njursvikt stadium 5 till följd av diabetesnefropati, behov av förberedelse för dialys. "
                  "Pat har inte informerats om diagnosen eller dialysbehovet idag eftersom ingen tolk kunde nås. "
                  "Sonen erbjöd sig att tolka men det avböjdes. Telefontolk bokad till nytt besök 3/5."),
    ("Åtgärd", "Lokelma 10 g x 1. Eprex enligt separat ordination. Kostråd om kalium via dietist efter nästa besök."),
], must=[("NL101", "n1")],
    why="End-stage kidney disease written visibly; not told because no interpreter was available.")

case("onk-brostcancer-levermetastaser-kopierad-bakgrund", SK, ("1968-02-14", "540"), M, "Läkaranteckning",
     ("Onkologiska kliniken, bröstmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3812"),
     ("Helena Sjöberg", "läkare"), "2024-04-25T14:40:00", "2024-04-26T08:15:00", "öppenvård", [
    ("Bakgrund", "(Kopierat från ant 2023-11-02) Bröstcancer vä, op med sektorresektion + sentinel node 2021, pT1cN0, "
                 "ER+/HER2-. Adjuvant EC x 3 + docetaxel x 3, postoperativ RT. Tamoxifen sedan jan 2022. "
                 "Pat välinformerad om sin sjukdom och behandling. Socialt: gift, två vuxna barn, arbetar som lärare."),
    ("Aktuellt", "Planerad kontroll. Trött sedan ett par månader, ont under hö revbensbåge sedan tre veckor. "
                 "Aptit något sämre. Vikt 64 kg (67 i nov)."),
    ("Status", "AT gott. Ej ikterisk. Buk: levern palpabel 2 fingerbredder under arcus, lätt öm. "
               "Bröst/axiller: ua, inga palpabla resistenser."),
    ("Lab", "ALP 4,8, ALAT 2,2, GT 3,9, Bil 22, CA 15-3 98 (21 i november)."),
    ("Röntgen", "DT thorax-buk 22/4: flera nytillkomna levermetastaser, den största 3 cm i segment 7. "
                "Lungor och skelett utan metastaser."),
    ("Bedömning", "Progress av bröstcancern med levermetastaser. Pat är ännu inte informerad om DT-fynden – hon kom "
                  "ensam idag och bad själv att få svaret på tisdag, då maken kan följa med."),
    ("Planering", "Återbesök tisdag 30/4 kl 9 tillsammans med make. Anmäls till bröst-MDK. "
                  "Tamoxifen tills vidare i avvaktan på beslut om ny behandlingslinje."),
], must=[("NL101", "n1")],
    why="Copy-forward background says 'välinformerad' about the old cancer, but today's liver metastases are visible and not yet told.")

case("vgr-gyn-ovarialcancer-pad-postop", VG, ("1955-03-30", "620"), M, "Daganteckning",
     ("Kvinnosjukvården, avd 64, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E3361"),
     ("Johanna Lundh", "läkare"), "2024-03-07T10:15:00", "2024-03-07T11:20:00", "slutenvård", [
    ("Aktuellt", "Postop dag 4 efter laparotomi med hysterektomi, bilateral salpingooforektomi och omentektomi. "
                 "Mår bättre, gasar, äter lätt kost. Smärtlindring med Alvedon och Oxynorm vb."),
    ("Status", "Afebril. Sår torrt och rent, agraffer. Buk mjuk, lätt öm kring såret. Diures ua via KAD."),
    ("PAD", "Höggradig serös karcinom i båda äggstockarna med metastaser i omentet. Stadium IIIC."),
    ("Bedömning", "Ovarialcancer stadium IIIC. Pat vet ännu inte om PAD-svaret, det kom idag. "
                  "Informationssamtal imorgon med gynonkolog och kontaktsjuksköterska."),
    ("Plan", "KAD tas bort idag. Fragmin 5000 E x 1 i 4 veckor. Agraffer tas dag 10 på VC. "
             "Remiss gynonkologen för ställningstagande till cytostatika."),
], must=[("NL101", "n1")],
    why="Postoperative progress note with ovarian cancer stage IIIC visible; 'Pat vet ännu inte om PAD-svaret'.")

case("neurokir-glioblastom-konfus-make-informerad", SK, ("1960-07-07", "584"), M, "Daganteckning",
     ("Neurokirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7702"),
     ("Oskar Brandt", "läkare"), "2024-05-21T13:30:00", "2024-05-21T14:00:00", "slutenvård", [
    ("Aktuellt", "Dag 6 efter makroskopiskt radikal resektion av tumör i hö temporallob. Fortsatt växlande konfusion, "
                 "desorienterad till tid och rum, tror att hon är på jobbet. Ingen ny neurologisk bortfallssymtomatik."),
    ("PAD", "Glioblastom, IDH-vildtyp, CNS WHO grad 4, MGMT-promotor metylerad."),
    ("Bedömning", "Glioblastom hö temporallob. På grund av den postoperativa konfusionen är patienten ej informerad om "
                  "PAD-svaret. Maken informerad per telefon av undertecknad idag; han vill vara med när hustrun får "
                  "beskedet. Besked till pat när hon är klarare, senast före utskrivning."),
    ("Plan", "Betapred trappas ned enligt schema. Remiss onkologen för strål- och cytostatikabehandling enligt Stupp. "
             "Arbetsterapeut och sjukgymnast följer."),
], must=[("NL101", "n1")],
    why="The husband is informed but the patient is not: the reverse of the relatives-only near miss, still NL101.")

case("kir-brostcancer-mellannal-besked-ej-lamnat", SK, ("1970-09-18", "762"), M, "Mottagningsanteckning",
     ("Bröstmottagningen, kirurgiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-6120"),
     ("Magnus Håkansson", "läkare"), "2024-05-02T15:00:00", "2024-05-03T07:55:00", "öppenvård", [
    ("Utredning", "Mammografi och UL 24/4: 18 mm spikulerad förändring hö bröst kl 10, 4 cm från mamillen. "
                  "Axill utan patologiska körtlar."),
    ("PAD", "Mellannålsbiopsi: invasiv bröstcancer av ospecificerad typ (NST), grad 2. ER 90 %, PR 70 %, HER2 1+, Ki67 15 %."),
    ("Bedömning", "Bröstcancer hö, kliniskt T1cN0. Besked om biopsisvaret har ännu inte lämnats till patienten. "
                  "Hon är bortrest och kommer hem 8/5; besök bokat 9/5 med kontaktsjuksköterska, då även "
                  "operationsplanering sker."),
], must=[("NL101", "n1")],
    why="Breast cancer on core biopsy visible; 'Besked ... har ännu inte lämnats till patienten' (no word 'informerad').")

case("orto-osteosarkom-17-ar-ej-informerad", SK, ("2006-09-02", "173"), M, "Läkaranteckning",
     ("Ortopediska kliniken, tumörsektionen, Skånes universitetssjukhus Lund", "SE2321000255-7155"),
     ("Viktor Lund", "läkare"), "2024-05-17T08:40:00", "2024-05-17T09:30:00", "öppenvård", [
    ("Anamnes", "17-årig pojke, går på gymnasiet, spelar handboll. Värk i hö knä sedan mars, nattlig värk senaste månaden. "
                "Inget trauma."),
    ("Status", "Lätt svullnad och ömhet över distala lårbenet hö medialt. ROM knä 0–120. Haltar lätt."),
    ("Röntgen", "Rtg och MR hö femur: destruktiv, delvis sklerotisk lesion i distala metafysen med periostal reaktion "
                "(Codmans triangel) och mjukdelskomponent."),
    ("PAD", "Nålbiopsi 13/5: Osteosarkom, höggradigt, konventionell osteoblastisk typ."),
    ("Bedömning", "Osteosarkom distala femur hö. Varken patienten eller föräldrarna är ännu informerade om PAD-svaret. "
                  "Informationssamtal med sarkomteamet fredag 24/5, båda föräldrarna kommer."),
    ("Planering", "DT thorax och skelettscint. Remiss barnonkologen för neoadjuvant cytostatika. "
                  "Spermienedfrysning tas upp vid samtalet."),
], must=[("NL101", "n1")],
    why="17-year-old reads his own journal: osteosarcoma visible while neither he nor his parents are told.")

case("lung-mesoteliom-pad-ej-informerad-utkast", SK, ("1949-11-20", "255"), M, "Läkaranteckning",
     ("Lungmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3490"),
     ("Gunnar Rosén", "läkare"), "2024-04-26T16:10:00", None, "öppenvård", [
    ("Anamnes", "74-årig man, f.d. plåtslagare på varvet i Malmö 1968–1986 med asbestexponering. "
                "Dyspné sedan i höstas, hö-sidig pleuravätska tappad två gånger."),
    ("Utredning", "Torakoskopi 18/4: multipla knottriga förändringar på parietala pleuran hö. Biopsier tagna, "
                  "talkpleurodes utförd."),
    ("PAD", "Malignt mesoteliom, epiteloid typ."),
    ("Bedömning", "Pleuramesoteliom hö. Pat ej informerad om PAD ännu. Besked vid återbesök 3/5 tillsammans med "
                  "lungsjuksköterska, då även arbetsskadeanmälan tas upp."),
], must=[("NL101", "n1")],
    why="Unsigned draft: mesothelioma on PAD written visibly before the patient has been told.")

case("vgr-ger-parkinson-ska-inte-informeras-forran-neurolog", VG, ("1942-10-05", "139"), M, "Läkaranteckning",
     ("Geriatriska mottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E5120"),
     ("Birgitta Nord", "läkare"), "2024-03-14T11:20:00", "2024-03-14T13:05:00", "öppenvård", [
    ("Aktuellt", "81-årig man, remitterad pga gångsvårigheter och fall. Hustrun har märkt att han blivit långsammare, "
                 "har mindre mimik och skakar i hö hand i vila."),
    ("Status", "Hypomimi. Vilotremor hö hand, kugghjulsrigiditet hö arm. Små steg, nedsatt armpendling hö. "
               "Posturala reflexer lätt nedsatta. MMSE 27/30."),
    ("Utredning", "DaTSCAN 12/3: reducerat upptag i putamen bilateralt, vä > hö."),
    ("Bedömning", "Parkinsons sjukdom. Enligt överenskommelse med neurologkliniken, som tar över behandlingsansvaret, "
                  "ska patienten inte informeras om diagnosen förrän han träffat neurolog 28/3."),
    ("Planering", "Fallprevention, sjukgymnast i hemmet. Ingen läkemedelsstart före neurologbesöket."),
], must=[("NL101", "n1")],
    why="'ska patienten inte informeras om diagnosen förrän ...': the must-not-be-told-yet wording with the diagnosis visible.")

case("gyn-mola-hydatidosa-pat-ej-nadd", SK, ("1993-01-27", "806"), M, "Telefonanteckning",
     ("Kvinnokliniken, Helsingborgs lasarett", "SE2321000255-2412"),
     ("Therese Malm", "läkare"), "2024-04-30T14:25:00", "2024-04-30T14:40:00", "öppenvård", [
    ("Bedömning", "PAD från vakuumaspiration 22/4 (missed abortion v 9): komplett mola hydatidosa. "
                  "hCG vid ingreppet 210 000. Pat ej nådd per telefon idag och därmed ej informerad om PAD-svaret. "
                  "Nytt försök imorgon. hCG-uppföljning varje vecka enligt vårdprogram; anmälan till molaregistret "
                  "görs när pat har informerats."),
], must=[("NL101", "n1")],
    why="Complete hydatidiform mole on PAD in a visible section, patient not reached and so not informed.")

case("kard-hocm-eko-ej-informerad", SK, ("1989-08-14", "677"), M, "Daganteckning",
     ("Kardiologiska kliniken, avd 5, Skånes universitetssjukhus Lund", "SE2321000255-3011"),
     ("Erik Dahl", "läkare"), "2024-04-23T15:30:00", "2024-04-23T16:10:00", "slutenvård", [
    ("Aktuellt", "34-årig man inlagd efter synkope under fotbollsträning. Helt återställd. Inga bröstsmärtor. "
                 "Telemetri utan arytmier första dygnet."),
    ("Status", "Cor: systoliskt blåsljud 3/6 längs vä sternalrand, ökar vid Valsalva. BT 124/78."),
    ("Undersökningar", "EKG: sinusrytm, vänsterkammarhypertrofi med djupa T-negativiseringar i V4–V6. "
                       "Eko 23/4: asymmetrisk septumhypertrofi 22 mm, SAM av mitralisklaffen, LVOT-gradient 64 mmHg i vila."),
    ("Hereditet", "Fadern dog plötsligt vid 52 års ålder, obducerades inte."),
    ("Bedömning", "Hypertrofisk obstruktiv kardiomyopati. Patienten är ännu inte informerad om ekofynden. "
                  "Besked ges imorgon vid ronden när sambon är på plats, och då diskuteras även idrottsuppehåll."),
    ("Plan", "Metoprolol 50 mg x 1. Holter 48 h. Remiss klinisk genetik, ev. MR hjärta för vävnadskarakterisering."),
], must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="HOCM on echo written as settled, patient not informed of the echo findings; 'ev. MR hjärta' is an investigation hedge.")

# ---------------------------------------------------------------------------------------
# B. NL101 near misses: informed patient, relatives only, non-diagnoses, protected text
# ---------------------------------------------------------------------------------------

case("onk-pankreascancer-pat-informerad-dotter-ej", SK, ("1952-09-09", "208"), M, "Läkaranteckning",
     ("Onkologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5540"),
     ("Anna Wennerberg", "läkare"), "2024-03-19T11:30:00", "2024-03-19T12:15:00", "öppenvård", [
    ("Aktuellt", "Nybesök efter pankreas-MDK. 71-årig kvinna med lokalt avancerad pankreascancer, ej resektabel pga "
                 "kärlinväxt. Stent i gallvägarna sedan 8/3, bilirubin nu normaliserat."),
    ("Information", "Pat informerad idag om diagnosen och om att operation inte är möjlig, kontaktsjuksköterska närvarande. "
                    "Hon tog beskedet sakligt och ställde många frågor. Hon önskar att dottern inte informeras ännu, "
                    "eftersom dottern är höggravid och beräknad om två veckor."),
    ("Plan", "Start av FOLFIRINOX 26/3 efter PICC-line. Kontakt med dietist. Hemsjukvård behövs inte i nuläget."),
], must_not=[("NL101", "n1")],
    why="The patient is informed; only the daughter is not told, at the patient's wish.")

case("kir-rektalcancer-ny-optid-ej-informerad", SK, ("1957-04-04", "435"), M, "Läkaranteckning",
     ("Kirurgiska kliniken, Ystads lasarett", "SE2321000255-1520"),
     ("Mats Fredén", "läkare"), "2024-04-29T09:20:00", "2024-04-29T09:35:00", "öppenvård", [
    ("Aktuellt", "Rektalcancer 8 cm från anus, cT3N1, pat informerad om diagnos och behandlingsplan vid besök 2/4. "
                 "Avslutade kortidsstrålbehandling 5 x 5 Gy 26/4."),
    ("Planering", "Operationen (låg främre resektion) flyttas från 7/5 till 14/5 eftersom intervallet efter strålningen "
                  "behöver förlängas. Pat ej informerad om den nya operationstiden ännu, koordinatorn ringer honom imorgon. "
                  "Inskrivningssamtal 13/5 oförändrat."),
], must_not=[("NL101", "n1")],
    why="The not-informed statement concerns a rescheduled operation date; the rectal cancer is already told.")

case("med-diabetes-typ1-dosokning-ej-informerad", SK, ("1990-11-11", "582"), M, "Omvårdnadsanteckning",
     ("Diabetesmottagningen, medicinkliniken, Trelleborgs lasarett", "SE2321000255-1712"),
     ("Sofia Berg", "sjuksköterska"), "2024-02-14T15:50:00", "2024-02-14T16:00:00", "öppenvård", [
    ("Aktuellt", "Typ 1-diabetes sedan 9 års ålder, CGM Libre 3. Genomgång av glukosdata senaste 14 d: tid i målområdet "
                 "48 %, höga värden framförallt nattetid. HbA1c 72."),
    ("Åtgärd", "Efter samråd med dr Öberg ökas Tresiba från 18 till 20 E x 1. Pat ej informerad om dosändringen ännu, "
               "nådde henne inte per telefon. Ringer imorgon fm, alternativt 1177-meddelande."),
], must_not=[("NL101", "n1")],
    why="Nurse note: the patient is not yet informed of an insulin dose change, not of a diagnosis.")

case("med-trotthet-normala-prover-ej-informerad", SK, ("1967-10-21", "420"), M, "Läkaranteckning",
     ("Medicinmottagningen, Landskrona lasarett", "SE2321000255-1904"),
     ("Henrik Paulsson", "läkare"), "2024-05-08T13:40:00", "2024-05-08T14:10:00", "öppenvård", [
    ("Anamnes", "56-årig kvinna med känd hypertoni och hyperlipidemi, remitterad pga trötthet sedan i höstas. "
                "Sover dåligt, arbetar heltid som undersköterska."),
    ("Lab", "Prover 2/5: Hb 138, MCV 89, TSH 1,9, T4 fritt 15, B12 410, folat 14, ferritin 89, Krea 78, Ca 2,38, "
            "glukos 5,4. Samtliga inom referensintervall."),
    ("Bedömning", "Inga avvikande provsvar. Pat ej informerad om svaren ännu, skickar 1177-meddelande idag. "
                  "Hypertonin välbehandlad, BT 132/84."),
    ("Planering", "Sömndagbok. Återbesök om 6 veckor."),
], must_not=[("NL101", "n1")],
    why="Not informed of normal lab results; the diagnoses in the note (hypertoni, hyperlipidemi) are long known.")

case("th-mall-misstankt-pankreascancer-ej-informerad", SK, ("1961-06-16", "313"), M, "Tidiga hypoteser",
     ("Kirurgiska kliniken, övre GI-sektionen, Skånes universitetssjukhus Lund", "SE2321000255-3202"),
     ("Camilla Ivarsson", "läkare"), "2024-02-20T16:30:00", "2024-02-20T16:45:00", "öppenvård", [
    ("Bedömning", "DT buk 19/2: 2,5 cm lågattenuerande förändring i pankreasstjärten. Misstänkt pankreascancer, "
                  "DD neuroendokrin tumör. Pat ej informerad om misstanken. Besked efter EUS med finnålsbiopsi, "
                  "som är bokad 28/2."),
], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="Skåne note in the protected template Tidiga hypoteser: hedged, uncommunicated diagnosis is exactly where it belongs.")

case("vgr-th-sokord-misstankt-als-synligt-utan-diagnos", VG, ("1968-09-30", "166"), M, "Läkaranteckning",
     ("Neurologmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E7710"),
     ("Per-Olof Strid", "läkare"), "2024-05-15T10:00:00", "2024-05-15T11:35:00", "öppenvård", [
    ("Anamnes", "55-årig kvinna med ett halvårs svaghet i vä hand, tappar saker. Muskelryckningar i armarna som hon märker "
                "på kvällarna. Ingen smärta, inga känselbortfall."),
    ("Status", "Atrofi i vä thenar och första interosseus. Kraft vä hand 4/5. Reflexer livliga och symmetriska. "
               "Sensibilitet ua."),
    ("Tidiga hypoteser", "Misstänkt ALS med tanke på kombinationen av atrofier, fascikulationer och livliga reflexer. "
                         "Pat ej informerad om misstanken; tas när EMG är gjort."),
    ("Planering", "ENeG/EMG bokat 29/5. Återbesök efter EMG, ca 2 veckor."),
], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="VGR: the suspected diagnosis and the not-informed remark are both under the hidden sökord; visible sections hold only symptoms and plan.")

case("ger-alzheimer-pat-informerad-make-ej-typo", SK, ("1946-12-12", "702"), M, "Läkaranteckning",
     ("Minnesmottagningen, Helsingborgs lasarett", "SE2321000255-2611"),
     ("Kerstin Olofsson", "läkare"), "2024-03-26T10:45:00", "2024-03-26T11:30:00", "öppenvård", [
    ("Bedömning", "Alzheimers sjukdom, lindrig demens (MMSE 23/30, tydlig hippocampusatrofi på MR, likvor med typisk "
                  "biomarkörsprofil)."),
    ("Information", "Patienten informerad om diagonsen vid dagens besök. Hon förstod och kunde återberätta innehållet med "
                    "egna ord. Hon vill själv berätta för maken ikväll och därför har han inte informerats av oss."),
    ("Planering", "Donepezil 5 mg x 1, ökas till 10 mg efter 4 v. Demenssjuksköterska ringer om 2 v. "
                  "Körkort: pat avstår frivilligt från bilkörning."),
], must_not=[("NL101", "n1")],
    why="Patient told of her Alzheimer diagnosis (typo 'diagonsen'); only the husband is not informed.")

case("vgr-onk-rektalcancer-besked-lamnat-av-kirurg", VG, ("1959-07-21", "278"), M, "Läkaranteckning",
     ("Onkologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E5301"),
     ("Nina Carlsson", "läkare"), "2024-03-21T09:30:00", "2024-03-21T10:00:00", "öppenvård", [
    ("Aktuellt", "Nybesök inför preoperativ strålbehandling. Rektalcancer 6 cm från anus, cT3bN2M0. "
                 "Pat fick diagnosbeskedet av kirurg 12/3 och är välinformerad, har läst på och har med sig frågor."),
    ("Bedömning", "Indikation för kortidsstrålbehandling följt av cytostatika (TNT) enligt MDK. Pat accepterar."),
    ("Planering", "Dosplanerings-DT 25/3. Start strålning v 14."),
], must_not=[("NL101", "n1")],
    why="Diagnosis visible but the patient received the diagnosis from the surgeon earlier.")

case("kir-kopierad-ej-informerad-nu-informerad-idag", SK, ("1950-02-28", "542"), M, "Daganteckning",
     ("Kirurgiska kliniken, avd 6, Skånes universitetssjukhus Malmö", "SE2321000255-4415"),
     ("Josefin Eriksson", "läkare"), "2024-05-03T14:20:00", "2024-05-03T15:00:00", "slutenvård", [
    ("Aktuellt", "Kopierat från daganteckning 2/5: DT buk 2/5 visar 4 cm tumör i pankreaskroppen med inväxt i truncus "
                 "coeliacus. Pat ej informerad om DT-svaret, ska ske tillsammans med dottern som kommer imorgon."),
    ("Information", "Informationssamtal idag kl 13 med pat och dotter. Pat informerad om att DT visar pankreascancer som "
                    "växer in i ett stort blodkärl och att en operation därför troligen inte blir aktuell. "
                    "Pat tog beskedet lugnt och hade många frågor, som besvarades. Dottern stöttande."),
    ("Planering", "EUS-biopsi 7/5. Anmäls till pankreas-MDK. Hemgång lördag om pat önskar."),
], must_not=[("NL101", "n1")],
    why="Copy-forward text from yesterday says not informed, but today's note records the information talk with the patient.")

case("gyn-pmb-normalt-pad-ej-informerad", SK, ("1962-05-05", "880"), M, "Läkaranteckning",
     ("Gynekologiska mottagningen, Ystads lasarett", "SE2321000255-1633"),
     ("Ingrid Lantz", "läkare"), "2024-06-10T11:05:00", "2024-06-10T11:20:00", "öppenvård", [
    ("Aktuellt", "Postmenopausal blödning vid ett tillfälle i april. Vaginalt UL 28/5: endometrium 5 mm, jämnt. "
                 "Endometriebiopsi tagen."),
    ("PAD", "Atrofiskt endometrium, ingen hyperplasi, ingen atypi eller malignitet."),
    ("Bedömning", "Benignt fynd, ingen ytterligare utredning behövs. Pat ännu ej informerad om PAD-svaret, brev skickas "
                  "idag. Hon uppmanas höra av sig om ny blödning."),
], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="Not yet informed of a benign biopsy without malignancy; the malignancy is negated, nothing hedged.")

case("orto-rotatorkuff-sjukskrivning-forlangd-ej-informerad", SK, ("1975-08-08", "315"), M, "Läkaranteckning",
     ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-6611"),
     ("Robert Nilsson", "läkare"), "2024-04-04T12:30:00", "2024-04-04T12:55:00", "öppenvård", [
    ("Aktuellt", "Opererad 12/2 med artroskopisk sutur av rotatorkuffruptur hö axel (supraspinatus). Följs av "
                 "fysioterapeut, rörligheten ökar men lyft över axelhöjd är fortfarande smärtsamt."),
    ("Status", "Aktiv flexion 120°, abduktion 100°. Utåtrotation 40°. Ärr läkta."),
    ("Åtgärd", "Sjukskrivning förlängd 50 % t.o.m. 31/5, intyg skickat elektroniskt till Försäkringskassan. "
               "Pat ej informerad om förlängningen ännu, meddelas via brev. Fortsatt träning enligt program."),
], must_not=[("NL101", "n1")],
    why="The not-informed statement concerns an extended sick leave, not the (known) rotator cuff diagnosis.")

case("hem-dlbcl-pat-informerad-anhoriga-ej", SK, ("1979-01-19", "651"), M, "Läkaranteckning",
     ("Hematologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5230"),
     ("Mattias Löfgren", "läkare"), "2024-06-05T14:00:00", "2024-06-05T15:20:00", "öppenvård", [
    ("Bedömning", "Diffust storcelligt B-cellslymfom, stadium II, IPI 1. Pat själv fullt informerad om diagnosen och om "
                  "planen med R-CHOP x 6. Anhöriga är ännu inte informerade, pat vill vänta till efter midsommar."),
    ("Plan", "PICC-line 10/6, start R-CHOP 12/6. Ekokardiografi före start. Hepatit B-serologi tagen."),
], must_not=[("NL101", "n1")],
    why="'Anhöriga är ännu inte informerade' while the patient is fully informed of the lymphoma.")

case("vgr-med-waran-utsattning-ej-informerad", VG, ("1949-03-03", "797"), M, "Läkaranteckning",
     ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-E6022"),
     ("Oskar Hedlund", "läkare"), "2024-05-10T13:10:00", "2024-05-10T13:25:00", "öppenvård", [
    ("Aktuellt", "Permanent förmaksflimmer, Waran sedan 2016. Inför planerad höftplastik vä 22/5."),
    ("Planering", "Waran sätts ut 17/5, bryggning med Fragmin enligt AK-mottagningens schema. Pat ej informerad om "
                  "utsättningen ännu, AK-sjuksköterskan ringer honom på måndag och skickar skriftlig instruktion."),
], must_not=[("NL101", "n1")],
    why="The patient is not yet told of a medication pause; the atrial fibrillation is long known.")

case("kir-koloskopi-adenom-informerad-per-telefon", SK, ("1966-06-26", "904"), M, "Telefonanteckning",
     ("Endoskopienheten, kirurgiska kliniken, Trelleborgs lasarett", "SE2321000255-1740"),
     ("Eva Sandberg", "sjuksköterska"), "2024-03-20T10:15:00", "2024-03-20T10:30:00", "öppenvård", [
    ("Kontaktorsak", "Besked om PAD efter koloskopi 5/3."),
    ("Åtgärd", "Pat informerad per telefon om PAD: tre tubulära adenom med låggradig dysplasi, samtliga radikalt "
               "borttagna. Enligt dr Sjögren ny koloskopi om 3 år, pat införstådd. Remiss till kallelsesystemet skickad."),
], must_not=[("NL101", "n1")],
    why="PAD diagnosis written together with the record that the patient was told it by phone.")

case("med-viktnedgang-utredning-utan-fynd-ej-informerad", SK, ("1959-08-27", "333"), M, "Läkaranteckning",
     ("Medicinkliniken, Ängelholms sjukhus", "SE2321000255-2850"),
     ("Linnea Grahn", "läkare"), "2024-05-13T15:30:00", "2024-05-14T08:10:00", "öppenvård", [
    ("Anamnes", "64-årig man, ofrivillig viktnedgång 7 kg på ett halvår. Ingen feber, inga nattliga svettningar. "
                "Aptiten något sämre sedan hustrun dog i höstas."),
    ("Utredning", "DT thorax-buk 30/4 utan patologiska fynd. Gastroskopi och koloskopi 7/5 ua. Lab inkl. SR, CRP, "
                  "elfores, TSH, HbA1c och leverstatus utan anmärkning."),
    ("Bedömning", "Utredningen har inte påvisat någon organisk förklaring, ingen misstanke om malignitet. "
                  "Pat ej informerad om svaren ännu. Besked vid återbesök 20/5, då även nedstämdheten efter hustruns "
                  "bortgång tas upp."),
], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="Negative work-up: nothing diagnostic to be uninformed of, and malignancy is explicitly negated.")

case("vgr-th-sokord-ventrikelcancer-synligt-endast-ej-informerad", VG, ("1957-12-19", "951"), M, "Läkaranteckning",
     ("Kirurgmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1420"),
     ("Daniel Åkesson", "läkare"), "2024-02-12T11:40:00", "2024-02-12T12:00:00", "öppenvård", [
    ("Aktuellt", "Gastroskopi 1/2 pga långvariga besvär från övre buken, biopsier tagna från antrum."),
    ("Tidiga hypoteser", "PAD: adenocarcinom av intestinal typ i antrum. DT thorax-buk beställd."),
    ("Bedömning", "PAD-svar inkommet, se särskild anteckning. Pat ännu ej informerad om PAD-svaret; besök bokat 16/2 med "
                  "kontaktsjuksköterska."),
    ("Planering", "Omeprazol fortsätter. Återbesök 16/2."),
], must_not=[("NL101", "n1")],
    why="VGR: the visible text says the PAD answer is not yet told, but the cancer itself is only under the hidden sökord.")

case("gyn-cellprov-efter-konisering-normalt-ej-informerad", SK, ("1985-04-14", "226"), M, "Läkaranteckning",
     ("Gynekologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5730"),
     ("Maria Törnqvist", "läkare"), "2024-01-24T09:00:00", "2024-01-24T09:15:00", "öppenvård", [
    ("Tidigare", "Konisering 2023-03 pga CIN 3, radikalt exciderad."),
    ("Provsvar", "Cytologi 10/1: normala skivepitelceller. HPV negativ."),
    ("Bedömning", "Läkningskontroll utan anmärkning. Pat ännu ej informerad om svaret; meddelas per brev. "
                  "Åter i screeningprogrammet, nästa prov om 3 år."),
], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="Not-informed concerns a normal cytology; the only diagnosis (CIN 3) is past history, settled and treated.")

case("onk-prostatacancer-asih-ej-informerad", SK, ("1944-02-02", "455"), M, "Läkaranteckning",
     ("Onkologiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-6410"),
     ("Stefan Ek", "läkare"), "2024-06-12T10:20:00", "2024-06-12T11:00:00", "öppenvård", [
    ("Aktuellt", "Kastrationsresistent prostatacancer med skelettmetastaser, känd sedan 2022 och pat väl insatt i "
                 "sjukdomens förlopp. Nu ökad smärta i bäckenet, Oxycontin ökat förra veckan med god effekt. "
                 "Äter och sover ok."),
    ("Lab", "PSA 84 (61), ALP 6,2, Hb 109, Krea 91."),
    ("Bedömning", "Långsam biokemisk progress på enzalutamid. Pat ej informerad om möjligheten till ASIH-inskrivning "
                  "ännu, tas upp vid nästa besök då dottern är med."),
    ("Plan", "Lutetium-PSMA diskuteras på MDK 18/6. Återbesök 25/6."),
], must_not=[("NL101", "n1")],
    why="Not yet told about advanced home care (ASIH), a service; the metastatic cancer is well known to the patient.")

case("med-celiaki-meddelad-per-telefon", SK, ("1998-10-10", "062"), M, "Telefonanteckning",
     ("Medicinmottagningen, Ystads lasarett", "SE2321000255-1588"),
     ("Jenny Ohlsson", "läkare"), "2024-02-29T13:05:00", "2024-02-29T13:15:00", "öppenvård", [
    ("Kontaktorsak", "Provsvar efter gastroskopi."),
    ("Bedömning", "Celiaki. Transglutaminas-ak 128, PAD duodenum Marsh 3a med total villusatrofi."),
    ("Åtgärd", "Pat meddelad per telefon om diagnosen och om att behandlingen är livslång glutenfri kost. "
               "Remiss dietist skickad. Kontroll av transglutaminas-ak om ett år."),
], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="Settled coeliac disease told to the patient by phone ('meddelad'); nothing hedged.")

case("kir-kolangiokarcinom-informationssamtal-utkast", SK, ("1963-03-23", "760"), M, "Läkaranteckning",
     ("Kirurgiska kliniken, övre GI, Helsingborgs lasarett", "SE2321000255-2240"),
     ("Petra Wallin", "läkare"), "2024-06-18T15:40:00", None, "öppenvård", [
    ("Information", "Informationssamtal med pat och maken, kontaktsjuksköterska Ulla närvarande. Pat och make "
                    "informerade om att leverbiopsin visar kolangiokarcinom och att tumören kan opereras, men att det är "
                    "en stor operation. Pat grät mycket men ville höra allt, många frågor besvarades."),
    ("Planering", "Leverresektion planeras v 27. Preoperativ bedömning av anestesi. Kurator kontaktad enligt pat önskemål."),
], must_not=[("NL101", "n1")],
    why="Unsigned draft documenting the information talk: the patient has been told of the cholangiocarcinoma.")

case("uro-njurcellscancer-informerd-typo", SK, ("1971-07-17", "519"), M, "Läkaranteckning",
     ("Urologiska kliniken, Helsingborgs lasarett", "SE2321000255-2303"),
     ("Kristoffer Lindahl", "läkare"), "2024-03-12T10:50:00", "2024-03-12T11:25:00", "öppenvård", [
    ("Bedömning", "Njurcellscancer hö njure, 4 cm, cT1aN0M0 enligt DT. Pat informerd om fyndet idag samt om att vi "
                  "rekommenderar robotassisterad partiell nefrektomi."),
    ("Planering", "Anmäld för operation, beräknad väntetid 4–6 v. Njurscint före op pga krea 118."),
], must_not=[("NL101", "n1")],
    why="Patient informed of the renal cancer; typo 'informerd' must not be read as not informed.")

case("hem-misstankt-lymfom-pat-informerad-om-misstanken", SK, ("1971-11-29", "899"), M, "Läkaranteckning",
     ("Hematologimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-6290"),
     ("Tobias Hjalmarsson", "läkare"), "2024-04-09T14:30:00", "2024-04-09T15:00:00", "öppenvård", [
    ("Anamnes", "52-årig man med förstorade körtlar på halsen sedan 2 mån, nattsvettningar och viktnedgång 4 kg."),
    ("Status", "Multipla förstorade, oömma lymfkörtlar på halsen bilat och i vä axill, största 3 cm. Mjälten ej palpabel."),
    ("Bedömning", "Misstänkt lymfom. Pat informerad om misstanken och om att körtelexstirpation behövs för att ställa "
                  "diagnos. Han har förstått att svaret kan innebära cancer."),
    ("Planering", "Körtelexstirpation hö hals bokad 16/4. DT hals-thorax-buk. LD, urat, elfores."),
], must_not=[("NL101", "n1")],
    why="The suspicion is visible but has been communicated to the patient, so no uncommunicated diagnosis (NL102 not asserted).")

# ---------------------------------------------------------------------------------------
# C. NL102 positives: uncertain diagnosis in a visible section of a Melior note
# ---------------------------------------------------------------------------------------

case("kir-akut-buk-susp-appendicit-dd-torsion", SK, ("1999-10-03", "164"), M, "Inskrivningsanteckning",
     ("Akutkirurgen, Skånes universitetssjukhus Malmö", "SE2321000255-4120"),
     ("Amir Haddad", "läkare"), "2024-03-02T02:15:00", "2024-03-02T03:00:00", "slutenvård", [
    ("Kontaktorsak", "Buksmärta sedan 20 h."),
    ("Anamnes", "24-årig kvinna, tidigare frisk. Smärtan började runt naveln igår eftermiddag och har vandrat ned mot hö "
                "fossa. Illamående, kräkts x 2. Ingen diarré. SM för 2 v sedan, regelbunden. Ingen flytning. P-piller."),
    ("Status", "AT: Påverkad av smärta, ligger still. Temp 38,2.\n"
               "Buk: Ömhet och défense i hö fossa, släppömhet, Rovsings tecken pos. Tarmljud sparsamma.\n"
               "Gyn: Ej undersökt på akuten."),
    ("Lab", "CRP 64, LPK 14,8, U-hCG neg, U-sticka ua."),
    ("Bedömning", "Susp. appendicit, DD hö-sidig ovarialtorsion. Akut UL beställt."),
    ("Åtgärd", "Fastande, dropp Ringer-Acetat 1000 ml. Morfin 2,5 mg iv vb. Gynkonsult om UL visar adnexpatologi. "
               "Operationsanmäld för laparoskopi."),
], must=[("NL102", "n1")],
    why="Night admission note with 'Susp. appendicit, DD ... ovarialtorsion' in the visible Bedömning.")

case("med-trol-pneumoni-daganteckning-status", SK, ("1936-05-18", "048"), M, "Daganteckning",
     ("Medicinkliniken, avd 8, Centralsjukhuset Kristianstad", "SE2321000255-6220"),
     ("Hanna Wiklund", "läkare"), "2024-01-09T11:45:00", "2024-01-09T12:30:00", "slutenvård", [
    ("Aktuellt", "87-årig kvinna inlagd igår via akuten pga förvirring och fall i hemmet. Hostar sedan några dagar, "
                 "lite gulaktiga upphostningar enl ssk. Natten lugn."),
    ("Status", "AT: Trött men väckbar, orienterad till person.\nCor: oregelbunden rytm, 92/min.\n"
               "Pulm: Krepitationer hö basalt, nedsatt andningsljud hö bas.\nAF 22, sat 91 % på luft, 95 % på 2 l O2.\n"
               "Temp 38,1. BT 108/64."),
    ("Lab", "CRP 148 (igår 96), LPK 13,2, Krea 104, Na 131."),
    ("Röntgen", "Lungrtg 8/1: infiltrat hö underlob, ingen pleuravätska."),
    ("Bedömning", "Trol. pneumoni hö underlob med sekundär förvirring. Känt förmaksflimmer, frekvenskontrollerat."),
    ("Planering", "Bensylpenicillin 3 g x 3 iv. Odlingar tagna. Syrgas till sat >92 %. Vätska 1000 ml/d. "
                  "Eliquis dosjusteras efter krea. Ev. hemgång med hemsjukvård mot slutet av veckan."),
], must=[("NL102", "n1")],
    why="'Trol. pneumoni' in Bedömning of an inpatient progress note, among status lines and lab values.")

case("akut-dd-lungemboli-utkast", SK, ("1978-06-06", "517"), M, "Läkaranteckning",
     ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-2005"),
     ("Simon Rydberg", "läkare"), "2024-02-03T22:10:00", None, "akutmottagning", [
    ("Anamnes", "45-årig man, flög hem från Thailand för 3 d sedan. Sedan igår andfåddhet vid ansträngning och stickande "
                "smärta i vä thorax vid djupa andetag. Svullnad i vä vad? Pat osäker."),
    ("Status", "Puls 108, AF 24, sat 93 %. Pulm ua auskultatoriskt. Vä vad 2 cm större än hö i omkrets, ingen rodnad."),
    ("Lab", "D-dimer 2,8, Trop T 9, CRP 12."),
    ("Bedömning", "Andfåddhet och pleuritsmärta efter långflygning. DD lungemboli, DT-angio beställd. Wells 6."),
    ("Åtgärd", "Innohep 175 E/kg sc i väntan på DT."),
], must=[("NL102", "n1")],
    why="Unsigned ED draft: 'DD lungemboli' is an uncertain diagnosis in a visible section.")

case("neuro-missankt-tia-typo-inskrivning", SK, ("1950-09-14", "371"), M, "Inskrivningsanteckning",
     ("Strokeenheten, medicinkliniken, Ystads lasarett", "SE2321000255-1560"),
     ("Karl Sundin", "läkare"), "2024-04-15T18:20:00", "2024-04-15T19:05:00", "slutenvård", [
    ("Anamnes", "73-årig man med hypertoni och typ 2-diabetes. Vid middagen idag plötsligt oförmögen att hitta orden och "
                "tappade gaffeln ur hö hand. Besvären gick över helt på ca 20 minuter. Inga tidigare liknande episoder."),
    ("Status", "NIHSS 0. Talar flytande, benämner ua. Kraft hö arm 5/5. Cor: RR, inga blåsljud. Halskärl: inga bruit."),
    ("Undersökningar", "DT hjärna + DT-angio: inga blödningar, inga infarkter, ingen signifikant karotisstenos. "
                       "EKG: sinusrytm 68."),
    ("Bedömning", "Missänkt TIA i vä hemisfären, ABCD2 5 p. Läggs in för telemetri och fortsatt utredning."),
    ("Planering", "Trombyl 320 mg idag, därefter 75 mg + Plavix 75 mg x 1 i 21 d. Atorvastatin 80 mg. MR hjärna imorgon. "
                  "Karotisdoppler."),
], must=[("NL102", "n1")],
    why="Typo 'Missänkt TIA' in Bedömning; the negated imaging findings elsewhere do not cancel the hedge.")

case("ger-parkinsonism-fragetecken-haloperidol", SK, ("1939-07-22", "220"), M, "Daganteckning",
     ("Geriatriska kliniken, avd 17, Skånes universitetssjukhus Malmö", "SE2321000255-5150"),
     ("Lars-Erik Dahlström", "läkare"), "2024-02-19T10:10:00", "2024-02-19T11:50:00", "slutenvård", [
    ("Aktuellt", "Dag 5. 84-årig kvinna inkom pga fall och förvirring. Fick Haldol 1 mg x 2 under vårdtillfälle på "
                 "ortopeden i januari pga oro, fortsatt insatt vid hemgång."),
    ("Status", "Stel i båda armarna, kugghjulsfenomen bilat. Ingen vilotremor. Gång: framåtlutad, små steg, behöver "
               "rollator och stöd av en person."),
    ("Bedömning", "Parkinsonism? Trol. läkemedelsutlöst av haloperidol. Haldol utsatt idag."),
    ("Planering", "Ny bedömning om 2–3 v. Sjukgymnast för gångträning. Oro behandlas i första hand med omvårdnadsåtgärder."),
], must=[("NL102", "n1")],
    why="Question-marked diagnosis 'Parkinsonism?' plus 'Trol. läkemedelsutlöst' in a visible geriatric note.")

case("orto-kan-ej-utesluta-scaphoideumfraktur", SK, ("2004-08-30", "395"), M, "Läkaranteckning",
     ("Ortopedakuten, Skånes universitetssjukhus Lund", "SE2321000255-7010"),
     ("Julia Karlsson", "läkare"), "2024-01-28T15:30:00", "2024-01-28T15:50:00", "akutmottagning", [
    ("Anamnes", "19-årig man föll på snowboard igår med utsträckt hö hand. Smärta på radialsidan av handleden."),
    ("Status", "Ömhet i fossa tabatière, smärta vid axial kompression av tummen. Ingen felställning. Distalstatus ua."),
    ("Röntgen", "Rtg hö handled inkl. scaphoideumserie: ingen synlig fraktur."),
    ("Bedömning", "Kan ej utesluta scaphoideumfraktur trots normal röntgen."),
    ("Åtgärd", "Dorsal gipsskena med tuminneslutning. Ny röntgen om 10–14 dagar, alternativt MR vid kvarstående oklarhet. "
               "Alvedon och Ipren vb."),
], must=[("NL102", "n1")],
    why="'Kan ej utesluta scaphoideumfraktur' is an uncertain diagnosis even though the X-ray line is negative.")

case("onk-sannolikt-lokalrecidiv-diktat", SK, ("1957-10-10", "613"), M, "Läkaranteckning",
     ("Onkologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5545"),
     ("Ola Granath", "läkare"), "2024-03-05T09:00:00", "2024-03-07T16:40:00", "öppenvård", [
    ("Anamnes", "Diktat. 66-årig man, opererad med abdominoperineal rektumamputation 2022 för rektalcancer pT3N0 efter "
                "preoperativ strålbehandling. Därefter kontroller utan anmärkning fram till nu. Sedan jul tilltagande "
                "smärta i perineum och bakre delen av hö lår."),
    ("Röntgen", "MR bäcken 28/2: 3 cm oregelbunden, kontrastladdande förändring presakralt hö med kontakt mot plexus "
                "sacralis. PET-DT 1/3: kraftigt FDG-upptag i förändringen, inga fjärrmetastaser."),
    ("Bedömning", "Sannolikt lokalrecidiv presakralt. Biopsi under DT-ledning behövs för att bekräfta. "
                  "Anmäls till kolorektal-MDK 12/3."),
    ("Övrigt", "Dikterat av ÖL Granath 5/3, utskrivet av med. sekr. KJ 7/3."),
], must=[("NL102", "n1")],
    why="Dictated oncology note: 'Sannolikt lokalrecidiv' awaiting biopsy, in a visible section.")

case("gyn-x-graviditet-kan-ej-uteslutas", SK, ("1992-12-01", "744"), M, "Läkaranteckning",
     ("Gynakuten, Skånes universitetssjukhus Lund", "SE2321000255-3150"),
     ("Emma Rask", "läkare"), "2024-05-25T21:40:00", "2024-05-25T22:30:00", "akutmottagning", [
    ("Anamnes", "31-årig kvinna, SM 6 v 3 d sedan. Positivt graviditetstest hemma. Sedan två dagar sparsam mörk blödning "
                "och molande smärta i vä fossa. Genomgången salpingit 2019."),
    ("Status", "Opåverkad, BT 118/72, puls 82. Buk mjuk, lätt öm vä fossa, ingen défense. Gyn: sparsamt mörkt blod i "
               "vagina, ömhet vä adnex vid palpation, ingen portioflyttningsömhet."),
    ("UL", "Vaginalt UL: tom uterus, endometrium 9 mm. Ingen säker adnexresistens, ingen fri vätska."),
    ("Lab", "S-hCG 1 800, Hb 131."),
    ("Bedömning", "Extrauterin graviditet kan ej uteslutas, DD tidigt missfall eller tidig intrauterin graviditet."),
    ("Planering", "Nytt hCG om 48 h på gynmottagningen. Pat informerad om att söka direkt vid ökad smärta, yrsel eller "
                  "kraftig blödning."),
], must=[("NL102", "n1")],
    why="'Extrauterin graviditet kan ej uteslutas' with a differential list in a visible gynecology ED note.")

case("vgr-med-trolig-hjartsvikt-inskrivning", VG, ("1945-04-01", "452"), M, "Inskrivningsanteckning",
     ("Medicinkliniken, avd 5, Alingsås lasarett", "SE2321000131-E8102"),
     ("Marcus Svärd", "läkare"), "2024-02-11T20:10:00", "2024-02-11T21:00:00", "slutenvård", [
    ("Kontaktorsak", "Tilltagande andfåddhet och bensvullnad."),
    ("Anamnes", "78-årig man, hypertoni, typ 2-diabetes och hjärtinfarkt 2015 (PCI LAD). Tre veckors tilltagande "
                "andfåddhet, sover nu med tre kuddar. Ökat 4 kg i vikt."),
    ("Status", "AT: Lätt dyspnoisk i vila. Halsvenstas. Cor: oregelbunden rytm 96/min, blåsljud 2/6 över apex. "
               "Pulm: Krepitationer basalt bilat. Pittingödem upp till knäna."),
    ("Lab", "NT-proBNP 3 400, Trop T 28 (stabilt), Krea 132, K 4,3, Hb 128."),
    ("Röntgen", "Lungrtg: hjärtförstoring, stasbild, små pleuravätskor bilat."),
    ("Bedömning", "Trolig hjärtsvikt, nydebuterad. Nyupptäckt förmaksflimmer med snabbt kammarsvar."),
    ("Ordination", "Furix 40 mg iv x 2. Metoprolol 25 mg x 2. Eliquis 5 mg x 2, CHA2DS2-VASc 5. Vikt dagligen, "
                   "vätskelista. Eko beställt."),
], must=[("NL102", "n1")],
    why="VGR admission note: 'Trolig hjärtsvikt' visible next to an established atrial fibrillation.")

case("vgr-neuro-mojlig-fokal-epelepsi-typo", VG, ("1990-06-20", "526"), M, "Läkaranteckning",
     ("Neurologmottagningen, Norra Älvsborgs länssjukhus Trollhättan", "SE2321000131-E7301"),
     ("Sanna Holmgren", "läkare"), "2024-03-28T13:00:00", "2024-03-28T16:20:00", "öppenvård", [
    ("Anamnes", "33-årig kvinna med tre episoder senaste halvåret: plötslig obehaglig känsla som stiger upp från magen, "
                "följt av stirrande blick och smackningar i ca en minut enligt sambon. Efteråt trött och förvirrad en "
                "stund. Inga generaliserade kramper. Ingen känd hjärnskada."),
    ("Status", "Neurologiskt status ua."),
    ("Utredning", "EEG 20/3: normal vakenregistrering, sömn uppnåddes ej."),
    ("Bedömning", "Möjlig fokal epelepsi med ursprung i temporalloben. MR hjärna med epilepsiprotokoll och "
                  "sömndeprivations-EEG beställda."),
    ("Planering", "Informerad om bilkörningsregler i avvaktan på utredning. Återbesök efter undersökningarna."),
], must=[("NL102", "n1")],
    why="'Möjlig fokal epelepsi' (typo for epilepsi) as a visible hypothesis in a VGR outpatient note.")

case("vgr-kir-kolecystit-fragetecken-natt", VG, ("1971-09-09", "646"), M, "Läkaranteckning",
     ("Kirurgakuten, Södra Älvsborgs sjukhus Borås", "SE2321000131-E2101"),
     ("Hampus Ljung", "läkare"), "2024-06-08T03:20:00", "2024-06-08T04:00:00", "akutmottagning", [
    ("Anamnes", "52-årig kvinna. Smärta under hö arcus sedan igår kväll efter middagen, strålar mot hö skulderblad. "
                "Kräkts x 3. Tidigare liknande attacker som gått över på några timmar. Gallsten enligt UL 2022."),
    ("Status", "T 38,0. Murphys tecken pos. Ej ikterisk. Buk i övrigt mjuk."),
    ("Lab", "CRP 88, LPK 13,1, bil 18, ALP 1,9, amylas 0,4."),
    ("Bedömning", "Kolecystit? Gallstensanfall med feber och CRP-stegring."),
    ("Åtgärd", "UL buk imorgon bitti. Inläggning, fastande efter midnatt, Zinacef 1,5 g x 3 + Flagyl. Voltaren supp vb."),
], must=[("NL102", "n1")],
    why="Question-marked diagnosis 'Kolecystit?' in the visible Bedömning of a VGR night note.")

case("hem-misstankt-mds-makrocytos", SK, ("1947-08-15", "159"), M, "Läkaranteckning",
     ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3360"),
     ("Cecilia Borg", "läkare"), "2024-05-07T10:45:00", "2024-05-07T11:30:00", "öppenvård", [
    ("Anamnes", "76-årig man remitterad från VC pga makrocytär anemi och lätt trombocytopeni sedan ett år. "
                "Trött, i övrigt inga symtom. Inga B-symtom."),
    ("Lab", "Hb 96, MCV 108, LPK 3,1, neutrofila 1,2, TPK 98. B12 och folat normala. Retikulocyter låga. Ferritin 410."),
    ("Bedömning", "Misstänkt myelodysplastiskt syndrom. Benmärgsundersökning med cytogenetik planeras."),
    ("Planering", "Benmärg 14/5. Transfusionsgräns Hb 80. Återbesök med svar om 3 veckor."),
], must=[("NL102", "n1")],
    why="'Misstänkt myelodysplastiskt syndrom' in a visible hematology outpatient note.")

case("inf-sannolkit-erysipelas-typo", SK, ("1962-01-25", "271"), M, "Inskrivningsanteckning",
     ("Infektionskliniken, Helsingborgs lasarett", "SE2321000255-2520"),
     ("Malin Forsberg", "läkare"), "2024-07-14T17:50:00", "2024-07-14T18:30:00", "slutenvård", [
    ("Anamnes", "62-årig man med diabetes typ 2 och fotsvamp. Sedan igår frossa och feber 39,4 samt rodnad och värme "
                "som spridit sig från vä fotrygg upp över underbenet."),
    ("Status", "Skarpt avgränsad, varm rodnad vä underben upp till knät. Fissurer mellan tårna vä fot. Ingen fluktuation, "
               "ingen krepitation. Puls 102, BT 132/80."),
    ("Lab", "CRP 156, LPK 16,4, glukos 14,2."),
    ("Bedömning", "Sannolkit erysipelas vä underben med ingångsport via tinea pedis."),
    ("Planering", "Bensyl-PC 3 g x 3 iv. Högläge. Pevaryl på tårna. Rodnadens utbredning markerad med penna."),
], must=[("NL102", "n1")],
    why="Typo 'Sannolkit erysipelas' still hedges a diagnosis in a visible admission note.")

case("ger-epikris-misstankt-lewy-body-demens", SK, ("1940-03-08", "357"), M, "Epikris",
     ("Geriatriska kliniken, avd 32, Skånes universitetssjukhus Lund", "SE2321000255-3601"),
     ("Annika Hedberg", "läkare"), "2024-03-15T14:00:00", "2024-03-18T09:40:00", "slutenvård", [
    ("Vårdtid", "2024-03-04 – 2024-03-15, avd 32 geriatrik."),
    ("Orsak till inläggning", "Fall i hemmet, fluktuerande förvirring och synhallucinationer sedan ett par månader."),
    ("Tidigare sjukdomar", "Hypertoni. Prostatahyperplasi. Depression 2010, välbehandlad. "
                           "Hereditet: bror hade Parkinsons sjukdom."),
    ("Vårdförlopp", "Vid ankomst växlande vakenhet och uppmärksamhet. Berättar om små barn och djur i rummet, som han "
                    "själv ibland inser inte finns där. Lätt rigiditet bilat utan tremor. Blodtrycksfall vid uppresning "
                    "från 142/80 till 104/62, med yrsel. DT hjärna visade lätt central atrofi utan infarkter. "
                    "Lab utan förklaring till förvirringen (Na, Ca, B12, TSH normala, ingen infektion). "
                    "MMSE 22/30 under goda dagar."),
    ("Bedömning", "Misstänkt Lewy body-demens med ortostatism. DaTSCAN planeras polikliniskt. Neuroleptika ska undvikas."),
    ("Läkemedel vid utskrivning", "Amlodipin utsatt pga ortostatism. Sertralin 50 mg x 1 oförändrat. Alvedon 1 g x 3."),
    ("Uppföljning", "Minnesmottagningen kallar för DaTSCAN och återbesök. Hemtjänst utökad till fyra besök/dag."),
], must=[("NL102", "n1")],
    why="Discharge summary (Epikris) with 'Misstänkt Lewy body-demens' in its visible Bedömning.")

case("orto-misstanke-protesinfektion-utkast", SK, ("1951-05-14", "486"), M, "Läkaranteckning",
     ("Ortopediska kliniken, Trelleborgs lasarett", "SE2321000255-1790"),
     ("Gustav Ekman", "läkare"), "2024-06-20T12:15:00", None, "öppenvård", [
    ("Aktuellt", "Knäprotes vä insatt 8/4. Nu ökande smärta och svullnad sedan 10 dagar, dränage från distala delen av "
                 "ärret sedan i förrgår. Ingen feber."),
    ("Status", "Knät varmt och svullet, rodnad kring distala ärrändan med serös sekretion. ROM 5–80°."),
    ("Lab", "CRP 74, SR 58, LPK 9,8."),
    ("Bedömning", "Misstanke om tidig protesinfektion vä knä. Ledpunktion idag, odling och celltal."),
    ("Planering", "Ingen antibiotika före odling. Anmäls för DAIR (debridement, antibiotika, behållet implantat) om "
                  "punktionen bekräftar. Tar kontakt med infektionskonsult."),
], must=[("NL102", "n1")],
    why="Unsigned orthopedic draft: 'Misstanke om tidig protesinfektion' in a visible section.")

case("gyn-endometrios-fragetecken-dyspareuni", SK, ("1996-11-02", "208"), M, "Läkaranteckning",
     ("Kvinnokliniken, Centralsjukhuset Kristianstad", "SE2321000255-6050"),
     ("Frida Nordin", "läkare"), "2024-02-06T10:30:00", "2024-02-06T11:10:00", "öppenvård", [
    ("Anamnes", "27-årig kvinna, nullipara. Svåra menssmärtor sedan tonåren, nu även djup dyspareuni och smärta vid "
                "tarmtömning under mens. Missar 2–3 arbetsdagar per månad. Ipren ger otillräcklig effekt."),
    ("Status", "Gyn: ömhet i bakre fornix, ingen palpabel resistens. Vaginalt UL: normalstor uterus, ovarier utan cystor."),
    ("Bedömning", "Endometrios? Klinisk bild med djup dyspareuni och dyschezi under mens."),
    ("Planering", "Provar kontinuerlig gestagenbehandling (Visanne 2 mg x 1). MR bäcken. Återbesök 3 mån, "
                  "ställningstagande till laparoskopi vid utebliven effekt."),
], must=[("NL102", "n1")],
    why="'Endometrios?' as an unconfirmed working diagnosis in a visible gynecology note.")

case("vgr-gyn-trol-myom-dd-adenomyos", VG, ("1978-02-22", "568"), M, "Läkaranteckning",
     ("Kvinnokliniken, Södra Älvsborgs sjukhus Borås", "SE2321000131-E2330"),
     ("Lisa Bengtsson", "läkare"), "2024-04-16T09:40:00", "2024-04-16T10:05:00", "öppenvård", [
    ("Bedömning", "Rikliga menstruationer sedan ett år, Hb 104. Vag UL: förstorad uterus med en 4 cm välavgränsad "
                  "intramural förändring i bakväggen. Trol. myom, DD adenomyos. MR bäcken beställt."),
    ("Planering", "Järntabletter. Cyklokapron under mens. Återbesök efter MR."),
], must=[("NL102", "n1")],
    why="Short VGR note with 'Trol. myom, DD adenomyos' in a visible section.")

case("neuro-polyneuropati-fragetecken-diabetes", SK, ("1955-12-12", "733"), M, "Läkaranteckning",
     ("Neurologmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-6702"),
     ("Jakob Mårtensson", "läkare"), "2024-05-29T14:10:00", "2024-05-29T14:55:00", "öppenvård", [
    ("Anamnes", "68-årig man, diabetes typ 2 sedan 12 år, Metformin och Jardiance. Stickningar och brännande känsla i "
                "båda fötterna sedan ett år, nu upp till vristerna. Ostadig i mörker."),
    ("Status", "Nedsatt vibrationssinne till knäna bilat, nedsatt stick- och temperatursinne strumpformigt till mitten av "
               "underbenen. Akillesreflexer utsläckta bilat. Romberg positiv. Kraft ua."),
    ("Bedömning", "Polyneuropati? Sannolikt diabetesrelaterad, men B12-brist och alkohol ska uteslutas."),
    ("Planering", "ENeG. Lab: B12, folat, elfores, TSH, PEth. Återbesök med svar."),
], must=[("NL102", "n1")],
    why="'Polyneuropati?' and 'Sannolikt diabetesrelaterad' in a visible neurology note.")

case("kir-tunntarmsileus-trol-adherenser", SK, ("1953-06-30", "582"), M, "Daganteckning",
     ("Kirurgiska kliniken, avd 52, Helsingborgs lasarett", "SE2321000255-2260"),
     ("Rebecka Strömberg", "läkare"), "2024-01-22T09:50:00", "2024-01-22T10:40:00", "slutenvård", [
    ("Aktuellt", "Vårddag 2. 70-årig kvinna inlagd med kräkningar och uppspänd buk. Opererad med hysterektomi 1998 och "
                 "öppen appendektomi som barn. Nasogastrisk sond: 900 ml gallfärgat senaste dygnet. Ingen avföring på "
                 "3 dagar, gasar ej."),
    ("Status", "Buk: Uppspänd, diffust lätt öm, ingen peritonit. Klingande tarmljud. Ärr ua, inga bråck palpabla."),
    ("Lab", "CRP 22, LPK 10,1, Krea 98, K 3,4, laktat 1,1."),
    ("Röntgen", "DT buk 21/1: dilaterade tunntarmsslyngor med kaliberväxling i nedre buken, ingen fri gas, "
                "ingen strangulation."),
    ("Bedömning", "Tunntarmsileus, trol. adherensileus."),
    ("Planering", "Gastrografin per sond idag, buköversikt om 8 h. Kaliumtillägg i dropp. Operation om ingen passage "
                  "inom 48 h."),
], must=[("NL102", "n1")],
    why="Established small-bowel obstruction with a hedged cause 'trol. adherensileus' in the visible Bedömning.")

case("vgr-ger-delirium-trol-uvi", VG, ("1934-11-11", "044"), M, "Daganteckning",
     ("Geriatriska kliniken, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E1903"),
     ("Emil Forsman", "läkare"), "2024-06-14T10:30:00", "2024-06-14T13:15:00", "slutenvård", [
    ("Aktuellt", "89-årig kvinna från säbo, inkom igår med akut förvirring och oro. Känd lätt kognitiv svikt. "
                 "Nattpersonalen rapporterar att hon plockat med lakanen och ropat, somnade vid tretiden."),
    ("Status", "Vaken, ouppmärksam, följer inte instruktioner konsekvent. 4AT 9. Ingen dunkömhet över njurlogerna. "
               "Blåsscan: residualurin 420 ml. T 37,9."),
    ("Lab", "CRP 76, LPK 12,0, Na 134, Krea 88. U-sticka: nitrit pos, leukocyter 3+. Urinodling tagen."),
    ("Bedömning", "Delirium, trol. utlöst av UVI och urinretention."),
    ("Planering", "KAD. Pivmecillinam 400 mg x 3 i 7 d, ändras efter odling. Undvik lugnande, extravak nattetid vid behov. "
                  "Sonen uppdaterad per telefon."),
], must=[("NL102", "n1")],
    why="VGR geriatric progress note: delirium with a probable cause 'trol. utlöst av UVI' visible.")

case("onk-misstankt-hjarnmetastas-utkast", SK, ("1956-04-04", "620"), M, "Läkaranteckning",
     ("Onkologiska dagvården, Helsingborgs lasarett", "SE2321000255-2680"),
     ("Alva Strand", "läkare"), "2024-06-25T16:00:00", None, "öppenvård", [
    ("Aktuellt", "Småcellig lungcancer, begränsad sjukdom, avslutade cytostatika och torakal RT i maj. Kommer på planerad "
                 "kontroll. Senaste veckan huvudvärk på morgnarna och två episoder av ostadighet, ramlade nästan i duschen."),
    ("Status", "Lätt dysdiadokokinesi hö. Ostadig i Romberg. Pupiller ua. I övrigt ua."),
    ("Bedömning", "Misstänkt hjärnmetastas i lillhjärnan. Akut MR hjärna beställd."),
    ("Åtgärd", "Betapred 4 mg x 2 i avvaktan på MR. Den planerade profylaktiska hjärnbestrålningen omprövas efter MR-svar."),
], must=[("NL102", "n1")],
    why="Unsigned oncology draft: 'Misstänkt hjärnmetastas' in a visible section.")

case("med-epikris-synkope-sannolikt-vasovagal-dd-arytmi", SK, ("1961-09-01", "848"), M, "Epikris",
     ("Medicinkliniken, avd 3, Hässleholms sjukhus", "SE2321000255-6680"),
     ("Olle Ström", "läkare"), "2024-04-05T11:00:00", "2024-04-08T10:20:00", "slutenvård", [
    ("Orsak", "Svimning i kyrkan under en begravning."),
    ("Vårdförlopp", "62-årig kvinna utan tidigare hjärtsjukdom. Kände sig varm och illamående innan hon svimmade, vaknade "
                    "inom en minut, ingen kramp eller tungbett. Telemetri 36 h utan arytmier. EKG: sinusrytm, normalt PQ "
                    "och QTc. Eko utan anmärkning. Ortostatiskt prov normalt. Hb 134, elektrolyter ua."),
    ("Diagnoser", "Synkope, sannolikt vasovagal. DD arytmi, varför långtids-EKG görs polikliniskt."),
    ("Läkemedel", "Inga ändringar. Fortsätter Levaxin 75 mikrog."),
    ("Uppföljning", "Event-recorder 14 dagar. Återbesök på medicinmottagningen efter registreringen."),
], must=[("NL102", "n1")],
    why="Discharge summary lists 'sannolikt vasovagal' and 'DD arytmi' under Diagnoser, a visible section.")

# ---------------------------------------------------------------------------------------
# D. NL102 near misses: negation, family/past history, plan hedges, protected, PMO
# ---------------------------------------------------------------------------------------

case("kir-ingen-misstanke-appendicit-trol-hem-ikvall", SK, ("2005-03-13", "113"), M, "Läkaranteckning",
     ("Kirurgakuten, Ystads lasarett", "SE2321000255-1501"),
     ("Fanny Lindgren", "läkare"), "2024-08-17T19:15:00", "2024-08-17T19:40:00", "akutmottagning", [
    ("Anamnes", "19-årig man, buksmärta kring naveln sedan i morse, en kräkning. Åt räkor på en fest igår kväll, "
                "kompisen har också ont i magen. Lös avföring x 3."),
    ("Status", "Opåverkad, afebril. Buk mjuk, diffust lätt öm, ingen défense eller släppömhet, ingen punktömhet i hö fossa. "
               "Livliga tarmljud."),
    ("Lab", "CRP 6, LPK 8,9."),
    ("Bedömning", "Gastroenterit. Ingen misstanke om appendicit med tanke på status och lab."),
    ("Planering", "Vätskeersättning per os. Trol. hem ikväll efter att ha druckit och kissat. Ev. återbesök på akuten om "
                  "smärtan flyttar sig till hö sida eller feber tillkommer."),
], must_not=[("NL102", "n1")],
    why="Negated appendicitis ('Ingen misstanke om') plus plan hedges (trol. hem, ev. återbesök); the diagnosis given is certain.")

case("akut-ingen-missanke-dvt-typo", SK, ("1975-05-25", "468"), M, "Läkaranteckning",
     ("Akutmottagningen, Trelleborgs lasarett", "SE2321000255-1701"),
     ("Rasmus Kjell", "läkare"), "2024-02-22T13:30:00", "2024-02-22T13:55:00", "akutmottagning", [
    ("Anamnes", "48-årig kvinna med smärta i hö vad sedan 4 dagar efter lång promenad. P-piller. Ingen andfåddhet."),
    ("Status", "Ömhet i m. gastrocnemius medialt, ingen svullnad, omkrets lika bilat. Wells 0."),
    ("Lab", "D-dimer <0,27."),
    ("Bedömning", "Ingen missanke om DVT, normal D-dimer och låg klinisk sannolikhet. "
                  "Muskelsträckning i mediala gastrocnemius."),
    ("Råd", "Alvedon vb, avlastning några dagar, därefter gradvis ökad aktivitet."),
], must_not=[("NL102", "n1")],
    why="Negated DVT with the typo 'missanke'; 'låg klinisk sannolikhet' is not a hedged diagnosis.")

case("onkogenetik-hereditet-trol-brostcancer-misstankt-ovarial", SK, ("1986-02-10", "582"), M, "Läkaranteckning",
     ("Onkogenetiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3950"),
     ("Johanna Wiberg", "läkare"), "2024-09-03T10:00:00", "2024-09-03T11:15:00", "öppenvård", [
    ("Kontaktorsak", "Egen förfrågan om ärftlighetsutredning för bröst- och äggstockscancer."),
    ("Hereditet", "Mor: trol. bröstcancer i 50-årsåldern, behandlades i Polen, journaler saknas. Mormor: dog i "
                  "40-årsåldern, enligt släkten misstänkt äggstockscancer. Morbror: koloncancer vid 70 år, verifierad. "
                  "Far och farföräldrar utan kända cancersjukdomar."),
    ("Anamnes", "38-årig kvinna, frisk, två barn. Mammografi ua 2023."),
    ("Bedömning", "Familjehistorien uppfyller kriterier för genetisk testning när indexperson saknas. Pat själv frisk. "
                  "Erbjuds BRCA1/2-testning med bred genpanel."),
    ("Planering", "Blodprov för genpanel idag. Svar inom 8 v, ges vid besök. Pat informerad om vad ett positivt "
                  "respektive negativt svar innebär."),
], must_not=[("NL102", "n1")],
    why="All hedged diagnoses (trol. bröstcancer, misstänkt äggstockscancer) belong to relatives in the family history.")

case("neuro-tidigare-misstankt-tia-avskriven-migran", SK, ("1979-07-30", "224"), M, "Läkaranteckning",
     ("Neurologmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5820"),
     ("Elsa Norén", "läkare"), "2024-03-11T09:30:00", "2024-03-11T10:20:00", "öppenvård", [
    ("Tidigare sjukdomar", "Utreddes 2017 på strokeenheten för misstänkt TIA efter övergående synbortfall; utredningen "
                           "visade ingen kärlsjukdom och misstanken avskrevs. Hypotyreos."),
    ("Anamnes", "44-årig kvinna med migrän med aura sedan tonåren. Attackfrekvensen har ökat till 6–8 per månad senaste "
                "halvåret, triptaner hjälper men hon tar dem ofta."),
    ("Status", "Neurologiskt status utan anmärkning. BT 126/80."),
    ("Bedömning", "Migrän med aura, ökad attackfrekvens. Inga tecken på läkemedelsöverförbrukningshuvudvärk."),
    ("Planering", "Profylax med kandesartan 8 mg, ökas till 16 mg efter 2 v. Huvudvärksdagbok. Återbesök 3 mån."),
], must_not=[("NL102", "n1")],
    why="The only hedge is a past, dismissed suspicion of TIA in the history; current diagnosis is certain.")

case("th-mall-misstankt-ovarialcancer-rmi", SK, ("1964-01-15", "702"), M, "Tidiga hypoteser",
     ("Kvinnokliniken, Skånes universitetssjukhus Lund", "SE2321000255-3121"),
     ("Marie Lindblad", "läkare"), "2024-04-03T12:40:00", "2024-04-03T12:50:00", "öppenvård", [
    ("Bedömning", "Vaginalt UL: 9 cm multilokulär cystisk-solid resistens hö adnex med papillära utskott och rikligt flöde. "
                  "CA-125 412, RMI 1236. Misstänkt ovarialcancer, DD borderlinetumör. Remiss till gynonkologisk kirurgi."),
], must_not=[("NL102", "n1")],
    why="Skåne note in the protected template Tidiga hypoteser holds the suspicion: hidden, so no NL102.")

case("vgr-th-sokord-misstankt-myelom-utkast", VG, ("1951-10-18", "346"), M, "Läkaranteckning",
     ("Medicinmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E7120"),
     ("Jesper Alm", "läkare"), "2024-05-21T15:10:00", None, "öppenvård", [
    ("Anamnes", "72-årig kvinna, ryggvärk sedan 3 månader, trött. Remitterad pga anemi och högt SR."),
    ("Lab", "Hb 98, SR 84, Ca 2,71, krea 121, totalprotein 92, albumin 32."),
    ("Tidiga hypoteser", "Misstänkt myelom med tanke på anemi, hyperkalcemi och njurpåverkan. "
                         "DD annan malignitet med skelettengagemang."),
    ("Planering", "Elfores och fria lätta kedjor i serum och urin. Lågdos-DT helkropp. Återbesök om 2 v."),
], must_not=[("NL102", "n1")],
    why="Unsigned VGR draft: the hedged myeloma lives only under the hidden sökord Tidiga hypoteser.")

case("pmo-vc-trol-pneumoni-kol", SK, ("1957-06-02", "319"), P, "Läkaranteckning",
     ("Vårdcentralen Sjöbo", "SE2321000255-9120"),
     ("Torbjörn Åkerman", "läkare"), "2024-01-17T10:20:00", "2024-01-17T10:45:00", "öppenvård", [
    ("Anamnes", "Hosta och feber sedan 5 dagar, nu andfådd vid trappgång. 66 år, röker 20 cig/d, KOL GOLD 2."),
    ("Status", "Temp 38,4, AF 20, sat 94 %. Pulm: rassel hö bas, nedsatt andningsljud basalt hö. Cor ua."),
    ("Lab", "CRP 112."),
    ("Bedömning", "Trol. pneumoni hö basalt hos pat med KOL. Ej tecken till sepsis, CRB-65 1 p."),
    ("Åtgärd", "Kåvepenin 1 g x 3 i 7 d. Ny kontakt vid försämring. Kontrollröntgen av lungorna om 6 v."),
], must_not=[("NL102", "n1")],
    why="PMO primary-care note: diagnoses are never shown in PMO, so 'Trol. pneumoni' is not NL102.")

case("pmo-hemsjukvard-misstankt-uvi-ssk", SK, ("1932-08-08", "086"), P, "Omvårdnadsanteckning",
     ("Hemsjukvården Eslöv", "SE2321000255-9401"),
     ("Lena Persson", "sjuksköterska"), "2024-03-08T14:00:00", "2024-03-08T14:20:00", "hemsjukvård", [
    ("Hembesök", "Hembesök pga att hemtjänsten rapporterat att brukaren varit mer förvirrad än vanligt sedan igår och "
                 "luktat starkt urin. 91-årig kvinna med demens, bor i ordinärt boende med hemtjänst 4 ggr/dag."),
    ("Observation", "Temp 37,8, puls 88, BT 134/76. Något oklar, känner igen ssk. Dricker dåligt enligt hemtjänsten. "
                    "U-sticka: nitrit pos, leukocyter 2+."),
    ("Bedömning", "Misstänkt UVI med förvirring."),
    ("Åtgärd", "Kontakt med dr Alm på VC som ordinerar Selexid 200 mg x 3 i 5 d efter urinodling. Vätskelista via "
               "hemtjänsten. Ny kontroll imorgon eftermiddag."),
], must_not=[("NL102", "n1")],
    why="PMO home-care nurse note: a hedged diagnosis in PMO is never NL102.")

case("pmo-vc-barn-trol-mediaotit", SK, ("2022-04-11", "284"), P, "Läkaranteckning",
     ("Vårdcentralen Höllviken", "SE2321000255-9550"),
     ("Amanda Roos", "läkare"), "2024-10-21T09:40:00", "2024-10-21T10:05:00", "öppenvård", [
    ("Kontaktorsak", "Feber och öronvärk sedan i natt."),
    ("Anamnes", "2,5-årig flicka, förkyld sedan 4 dagar. Vaknade i natt skrikande och tog sig om hö öra. Feber 39,1 hemma. "
                "Dricker bra. Går på förskola. Mamma med vid besöket."),
    ("Status", "Pigg mellan febertopparna. Hö trumhinna: röd och buktande, ljusreflex saknas. Vä trumhinna: lätt injicerad "
               "men normal position. Svalg rodnat. Lungor ua."),
    ("Bedömning", "Trol. akut mediaotit hö, DD viral otit i samband med förkylningen."),
    ("Åtgärd", "Exspektans 2–3 dagar med smärtlindring (Alvedon och Ipren). Recept på Kåvepenin mixtur att hämta ut om "
               "inte bättre inom 48 h. Mamma informerad om varningstecken."),
], must_not=[("NL102", "n1")],
    why="PMO note for a child under 13 (guardian reads): hedged otitis in PMO is never NL102.")

case("med-kol-exacerbation-hem-imorgon-fragetecken", SK, ("1948-09-19", "753"), M, "Daganteckning",
     ("Medicinkliniken, avd 21, Landskrona lasarett", "SE2321000255-1950"),
     ("Viktoria Holm", "läkare"), "2024-09-12T11:15:00", "2024-09-12T11:40:00", "slutenvård", [
    ("Aktuellt", "Vårddag 4 pga KOL-exacerbation. Bättre, klarar toalettbesök utan syrgas. Sover bättre. "
                 "Prednisolon dag 4 av 5."),
    ("Status", "AF 18, sat 92 % på luft i vila. Pulm: förlängt expirium, enstaka ronki, inga krepitationer."),
    ("Lab", "CRP 31 (88), LPK 10,2, glukos 9,8 (steroidpåverkan)."),
    ("Bedömning", "KOL med akut exacerbation, förbättrad. Inga tecken till pneumoni på lungröntgen 9/9. "
                  "Hem imorgon? Avvaktar saturationen under natten."),
    ("Planering", "Trol. utskrivning imorgon fm. Ev. återbesök på lungmottagningen om 6–8 v för spirometri, annars via VC. "
                  "Ev. behov av hemtjänst utreds av arbetsterapeut. Alvedon vid ev. smärta."),
], must_not=[("NL102", "n1")],
    why="Question mark and hedges all concern discharge, follow-up and home help; pneumonia is negated, KOL is certain.")


# ---------------------------------------------------------------------------------------
# build + validate
# ---------------------------------------------------------------------------------------

PROBLEMS = []


def problem(msg):
    PROBLEMS.append(msg)


def parse_time(s, what):
    try:
        t = dt.datetime.fromisoformat(s)
    except (TypeError, ValueError):
        problem(f"{what}: not an ISO time: {s!r}")
        return None
    if t.year != 2024:
        problem(f"{what}: not in 2024: {s}")
    return t


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    d = when.date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


PROTECTED_TEMPLATES_SKANE = {"tidiga hypoteser", "våld i nära relationer", "oro för att barn far illa",
                             "hälsoundersökning på begäran av socialnämnd (hubs)"}
PROTECTED_KEYWORDS_VGR = {"tidiga hypoteser", "våldsutsatthet i nära relationer", "orosanmälan gällande barn",
                          "tredje person", "enkelblind prövning"}


def build():
    out = []
    names = set()
    sentences = {}
    for c in CASES:
        n = c["name"]
        if n in names:
            problem(f"duplicate case name {n}")
        names.add(n)
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", n):
            problem(f"{n}: case name not kebab-case")
        if c["rs"] not in (SK, VG):
            problem(f"{n}: bad ruleset")
        if c["system"] not in (M, P):
            problem(f"{n}: bad system")
        if c["rs"] == VG and c["system"] != M:
            problem(f"{n}: VGR cases are Melior only")
        birth, serial = c["pt"]
        pid = pnr(birth, serial)
        # validate personnummer independently
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", pid)
        if not m or f"{m.group(1)}-{m.group(2)}-{m.group(3)}" != birth:
            problem(f"{n}: personnummer does not match birth_date")
        elif luhn_digit(pid[2:8] + pid[9:12]) != int(pid[-1]):
            problem(f"{n}: personnummer check digit")
        try:
            dt.date.fromisoformat(birth)
        except ValueError:
            problem(f"{n}: bad birth date")
        t = parse_time(c["time"], f"{n}.time")
        s = parse_time(c["signed"], f"{n}.signed") if c["signed"] is not None else None
        if t and s and s < t:
            problem(f"{n}: signed before time")
        if t:
            a = age_at(birth, t)
            if 13 <= a <= 15:
                problem(f"{n}: patient aged {a} (13-15 not allowed)")
            for sec_kw, txt in c["sections"]:
                for mm in re.finditer(r"(?<![\d,])(\d{1,3})-årig", txt):
                    if int(mm.group(1)) != a:
                        problem(f"{n}: text says {mm.group(0)} but patient is {a}")
        if not re.fullmatch(r"SE\d{10}-[A-Z0-9]{4,6}", c["unit"][1]):
            problem(f"{n}: bad HSA id {c['unit'][1]}")
        if not c["sections"]:
            problem(f"{n}: no sections")
        for kw, txt in c["sections"]:
            if not kw or not txt.strip():
                problem(f"{n}: empty section")
            for sent in re.split(r"(?<=[.!?])\s+|\n+", txt):
                sent = sent.strip()
                if len(sent) >= 25:
                    if sent in sentences and sentences[sent] != n:
                        problem(f"{n}: sentence also in {sentences[sent]}: {sent!r}")
                    elif sent in sentences:
                        problem(f"{n}: sentence repeated within case: {sent!r}")
                    sentences[sent] = n
        must = [list(x) for x in c["must"]]
        must_not = [list(x) for x in c["must_not"]]
        if not must and not must_not:
            problem(f"{n}: asserts nothing")
        for code, target in must + must_not:
            if code not in ("NL101", "NL102"):
                problem(f"{n}: unexpected code {code}")
            if target != "n1":
                problem(f"{n}: target {target} does not exist")
        if {x[0] for x in must} & {x[0] for x in must_not}:
            problem(f"{n}: code both in must and must_not")
        if len({tuple(x) for x in must + must_not}) != len(must + must_not):
            problem(f"{n}: duplicate assertion")
        if c["system"] == P:
            if any(code == "NL101" for code, _ in must + must_not):
                problem(f"{n}: NL101 is not asserted on PMO notes")
            if any(code == "NL102" for code, _ in must):
                problem(f"{n}: NL102 cannot be positive on PMO")
        protected = (c["rs"] == SK and c["template"].lower() in PROTECTED_TEMPLATES_SKANE)
        if protected and must:
            problem(f"{n}: positive assertion on a protected template")
        if not c["why"] or "\n" in c["why"]:
            problem(f"{n}: why must be one line")
        note = {
            "id": "n1", "system": c["system"], "template": c["template"],
            "unit": {"name": c["unit"][0], "hsa_id": c["unit"][1]},
            "author": {"name": c["author"][0], "role": c["author"][1]},
            "time": c["time"], "signed": c["signed"], "setting": c["setting"],
            "refs": [],
            "sections": [{"keyword": kw, "text": txt} for kw, txt in c["sections"]],
        }
        record = {
            "patient": {"id": pid, "birth_date": birth, "protected_identity": False},
            "as_of": AS_OF,
            "notes": [note],
            "access_events": [], "conversations": [], "treatments": [],
        }
        out.append({"case": n, "ruleset": c["rs"], "record": record,
                    "must": must, "must_not": must_not, "why": c["why"]})
    # exact keys
    for o in out:
        if list(o) != ["case", "ruleset", "record", "must", "must_not", "why"]:
            problem(f"{o['case']}: wrong case keys")
        r = o["record"]
        if set(r) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            problem(f"{o['case']}: wrong record keys")
        for note in r["notes"]:
            if set(note) != {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs",
                             "sections"}:
                problem(f"{o['case']}: wrong note keys")
    return out


def main():
    out = build()
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    counts = {}
    for o in out:
        for kind in ("must", "must_not"):
            for code, _ in o[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    drafts = sum(1 for o in out if o["record"]["notes"][0]["signed"] is None)
    print(f"wrote {OUT}: {len(out)} cases, {drafts} drafts")
    for code in sorted({k[0] for k in counts}):
        print(f"  {code}: must {counts.get((code, 'must'), 0)}, must_not {counts.get((code, 'must_not'), 0)}")
    print(f"  total: must {sum(v for k, v in counts.items() if k[1] == 'must')}, "
          f"must_not {sum(v for k, v in counts.items() if k[1] == 'must_not')}")


if __name__ == "__main__":
    main()
