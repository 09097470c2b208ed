#!/usr/bin/env python3
"""Held-out set h36: one week at a county hospital's medicinklinik (Skåne and VGR).

Standard library only, deterministic.  Running it writes cases.jsonl next to this
file and validates the set; it exits with status 1 on any problem.

Codes annotated: NL102 (hedged diagnosis in a visible Melior section) and NL101
(diagnosis visible while the text says the patient is not yet told).
"""
import datetime
import json
import os
import re
import sys

AS_OF = "2024-11-30T00:00:00"
AUTO = object()

# ---------------------------------------------------------------- units
SK_AVA = ("Akutvårdsavdelningen AVA, Centralsjukhuset Kristianstad", "SE2321000255-7K41")
SK_M5 = ("Medicinavdelning 5, Centralsjukhuset Kristianstad", "SE2321000255-7K45")
SK_M6 = ("Medicinavdelning 6 infektion, Centralsjukhuset Kristianstad", "SE2321000255-7K46")
SK_HIA = ("Hjärtintensivavdelningen, Centralsjukhuset Kristianstad", "SE2321000255-7K30")
SK_MOTT = ("Medicinmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-7K60")
SK_NJUR = ("Njurmedicinska mottagningen, Centralsjukhuset Kristianstad", "SE2321000255-7K63")
SK_DIAB = ("Diabetesmottagningen, Hässleholms sjukhus", "SE2321000255-8H12")
SK_HLM = ("Medicinavdelning 2, Hässleholms sjukhus", "SE2321000255-8H02")
PMO_TOLLARP = ("Vårdcentralen Tollarp", "SE2321000255-4P21")
PMO_BROBY = ("Vårdcentralen Broby, hemsjukvård", "SE2321000255-4P37")
PMO_NASBY = ("Näsby vårdcentral", "SE2321000255-4P44")
PMO_AHUS = ("Vårdcentralen Åhus", "SE2321000255-4P52")

VG_AVA = ("Medicinsk akutvårdsavdelning MAVA, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000011408")
VG_41 = ("Medicinavdelning 41, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000011441")
VG_44 = ("Medicinavdelning 44 lung och infektion, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000011444")
VG_HIA = ("Hjärtintensivavdelningen HIA, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000011430")
VG_MOTT = ("Medicinmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000011460")
VG_NJUR = ("Njurmedicinmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000011463")
VG_DIAB = ("Diabetesmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000011467")
VG_SKENE = ("Medicinavdelning 1, Södra Älvsborgs Sjukhus Skene", "SE2321000131-E000000012201")

# ---------------------------------------------------------------- authors
SK_CH = ("Ingvar Hellström", "läkare")        # överläkare, very terse
SK_ST = ("Sara Nilsson", "läkare")            # ST-läkare
SK_FI = ("Aino Korhonen", "läkare")           # ST-läkare, Finnish first language
SK_LOC = ("Henrik Brandt", "läkare")          # hyrläkare, long prose
SK_N1 = ("Lena Persson", "sjuksköterska")
SK_N2 = ("Mohammed Al-Hassan", "sjuksköterska")
PMO_DR1 = ("Jonas Berg", "läkare")
PMO_DR2 = ("Elin Hagström", "läkare")
PMO_DSK = ("Karin Axelsson", "sjuksköterska")

VG_CH = ("Margareta Wennerberg", "läkare")    # överläkare, very terse
VG_ST = ("Johan Karlsson", "läkare")          # ST-läkare
VG_FI = ("Riikka Mäkelä", "läkare")           # ST-läkare, Finnish first language
VG_LOC = ("Peter Sandberg", "läkare")         # hyrläkare, long prose
VG_N1 = ("Emma Johansson", "sjuksköterska")
VG_N2 = ("Anneli Svensson", "sjuksköterska")

S = "skane"
V = "vgr"
CASES = []
_SERIAL = [100]


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth):
    _SERIAL[0] += 7
    serial = "%03d" % (_SERIAL[0] % 1000)
    y, m, d = birth.split("-")
    return "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(y[2:] + m + d + serial))


def N(nid, unit, author, time, secs, template="Läkaranteckning", system="Melior",
      setting="slutenvård", signed=AUTO):
    if signed is AUTO:
        t = datetime.datetime.fromisoformat(time) + datetime.timedelta(minutes=35)
        signed = t.isoformat()
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": unit[0], "hsa_id": unit[1]},
        "author": {"name": author[0], "role": author[1]},
        "time": time, "signed": signed, "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in secs],
    }


def C(name, ruleset, birth, notes, must, must_not, why):
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth), "birth_date": birth, "protected_identity": False},
            "as_of": AS_OF, "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why,
    })


OPEN = "öppenvård"

# ====================================================================
# NL102 must: a hedged diagnosis of the patient in a visible Melior section
# ====================================================================

C("h36-s-rond-trol-pneumoni-overlakare", S, "1941-03-08",
  [N("n1", SK_M5, SK_CH, "2024-11-11T09:20", [
      ("Aktuellt", "Feber 38,6 i natt. Hosta m. gulgrönt sputum. Sat 91 % utan O2."),
      ("Bedömning", "Trol. pneumoni hö basalt."),
      ("Åtgärd", "Bensyl 3 g x 3. Rtg pulm i dag.")], template="Rondanteckning")],
  [("NL102", "n1")], [],
  "Terse ward round: 'Trol.' hedges pneumonia in the visible Bedömning of a Skåne Melior note.")

C("h36-v-misstankt-lungemboli-efter-hoftop", V, "1953-07-22",
  [N("n1", VG_AVA, VG_ST, "2024-11-11T14:05", [
      ("Inskrivningsorsak", "Akut andfåddhet och högersidig andningskorrelerad bröstsmärta sedan i går kväll."),
      ("Anamnes", "71-årig kvinna som opererades för höftfraktur på ortopeden för tre veckor sedan. "
                  "Fragmin avslutades vid utskrivningen. Tidigare frisk bortsett från behandlad hypertoni."),
      ("Status", "AT: Påverkad av andfåddheten, talar i korta meningar. AF 26/min, sat 89 % på luft. "
                 "Cor: Takykard regelbunden rytm 112/min, inga blåsljud. Pulm: Vesikulärt andningsljud bilat. "
                 "Ben: Vänster vad svullen och palpationsöm, omkrets +3 cm."),
      ("Bedömning", "Misstänkt lungemboli med hög klinisk sannolikhet enligt Wells. DT-angio beställd akut."),
      ("Åtgärd", "Innohep i behandlingsdos ges direkt i väntan på undersökningen. Syrgas 2 l på grimma.")],
     template="Inskrivningsanteckning")],
  [("NL102", "n1")], [],
  "Admission note: 'Misstänkt lungemboli' in the visible Bedömning of a VGR Melior note.")

C("h36-v-fragetecken-nstemi-hia-utkast", V, "1958-01-30",
  [N("n1", VG_HIA, VG_CH, "2024-11-12T07:45", [
      ("Bedömning", "Bröstsmärta 2 h i går kväll, nu smärtfri. TnT 38→61. EKG: ST-sänkn. V4–V6, 1 mm. ?NSTEMI."),
      ("Åtgärd", "ASA, Brilique, Fragmin. Anmäld för koronarangio.")], signed=None)],
  [("NL102", "n1")], [],
  "Unsigned terse HIA note: a leading '?' hedges NSTEMI in a visible section.")

C("h36-s-pyelonefrit-fragetecken-efter-st-finsk", S, "1987-05-14",
  [N("n1", SK_AVA, SK_FI, "2024-11-11T22:40", [
      ("Anamnes", "Patient har sedan igår frossa och ont i höger flank. Hon haft urinvägsinfektion många gånger "
                  "förut men aldrig så här feber. Ingen graviditet, har spiral."),
      ("Status", "Temp 39,1, puls 104, BT 118/72. Dunkömhet över höger njurloge. Buk mjuk och oöm."),
      ("Bedömning", "Pyelonefrit? Tar urinodling och två par blododling innan vi ger antibiotika."),
      ("Åtgärd", "Cefotaxim 1 g x 3 iv, vätska. Kreatinin i morgon.")], template="Inskrivningsanteckning")],
  [("NL102", "n1")], [],
  "A trailing question mark after the diagnosis ('Pyelonefrit?') is a hedge; visible Skåne Melior note.")

C("h36-v-differentialdiagnostiskt-hyrlakare-svikt-kol", V, "1942-09-03",
  [N("n1", VG_41, VG_LOC, "2024-11-12T16:10", [
      ("Anamnes", "Jag träffar i eftermiddag denne 82-årige man som sedan ungefär en vecka upplever en tilltagande "
                  "andfåddhet, numera även vid lättare ansträngning som att ta sig till toaletten, och som de senaste "
                  "nätterna har behövt sova sittande i fåtöljen. Han har sedan tidigare en känd KOL med FEV1 kring 45 % "
                  "av förväntat, förmaksflimmer som behandlas med Eliquis, samt en typ 2-diabetes. Sputummängden har "
                  "enligt hustrun ökat påtagligt och färgen har skiftat mot gulgrönt."),
      ("Status", "AT: Sittande, lätt dyspnoisk i vila. Cor: Oregelbunden rytm, frekvens 96. Pulm: Utbredda ronki "
                 "bilat, basala krepitationer hö. Ben: Pittingödem till knähöjd bilat."),
      ("Bedömning", "Sammantaget rör det sig om en multisjuk man med en dyspné som i nuläget inte helt låter sig "
                    "förklaras av en enda orsak. Differentialdiagnostiskt står jag och väger mellan en dekompenserad "
                    "hjärtsvikt, där ödemen och ett NT-proBNP på 4 800 talar i den riktningen, och en KOL-exacerbation, "
                    "som den ökade sputumproduktionen och de utbredda ronki snarare pekar mot."),
      ("Åtgärd", "Furosemid 40 mg iv x 2, inhalationer med Combivent, Prednisolon 30 mg i fem dagar. "
                 "Vikt dagligen och vätskelista.")], template="Inskrivningsanteckning")],
  [("NL102", "n1")], [],
  "Locum's long prose weighs two diagnoses 'differentialdiagnostiskt' without settling: a visible hedge.")

C("h36-s-endokardit-kan-ej-uteslutas", S, "1966-02-17",
  [N("n1", SK_M6, SK_ST, "2024-11-13T11:30", [
      ("Aktuellt", "S. aureus växer i 2/2 blododlingar från inkomstdagen. Fortsatt feber 38,4 trots Ekvacillin "
                   "sedan två dygn. Inga perifera stigmata."),
      ("Status", "Cor: Regelbunden rytm, svagt systoliskt blåsljud 2/6 över aortaostiet, ej noterat vid inkomst."),
      ("Bedömning", "Endokardit kan ej uteslutas. TEE bokas snarast, nya blododlingar x 2 tas i dag.")],
     template="Daganteckning")],
  [("NL102", "n1")], [],
  "'kan ej uteslutas' keeps endocarditis open as a hypothesis in a visible Bedömning.")

C("h36-v-talar-mest-for-divertikelblodning-st-finsk", V, "1949-11-26",
  [N("n1", VG_41, VG_FI, "2024-11-13T10:15", [
      ("Aktuellt", "Patient har haft färsk blod per rektum tre gånger sedan i natt men ingen ont i magen. "
                   "Koloskopi 2021 visade många divertiklar i sigmoideum. Hb 112 i morse och 114 i går kväll, alltså stabil."),
      ("Bedömning", "Bilden talar mest för en divertikelblödning. Vi fortsätter observera här på avdelning och gör "
                    "koloskopi om blödning inte slutar.")], template="Daganteckning")],
  [("NL102", "n1")], [],
  "'talar mest för' (a graded 'talar för') hedges diverticular bleeding; non-native phrasing.")

C("h36-s-forenlig-med-siadh-hyrlakare", S, "1937-06-02",
  [N("n1", SK_HLM, SK_LOC, "2024-11-12T15:50", [
      ("Aktuellt", "Denna 87-åriga kvinna inkom i går efter att hemtjänsten noterat att hon blivit alltmer trött och "
                   "ostadig och vid ett tillfälle inte hittat hem från affären. Hon har sedan september behandlats med "
                   "sertralin för nedstämdhet efter makens bortgång, och i övrigt står hon på Trombyl och Simvastatin."),
      ("Lab", "Natrium 121 (129 i augusti), s-osmolalitet 254, u-osmolalitet 480, u-natrium 62. TSH och kortisol normala."),
      ("Bedömning", "Hon är kliniskt euvolem, med fuktiga slemhinnor och utan ödem eller ortostatism, och "
                    "laboratoriebilden med låg serumosmolalitet och inadekvat koncentrerad urin är därmed förenlig med "
                    "SIADH, där sertralinet framstår som den mest närliggande utlösande faktorn."),
      ("Åtgärd", "Sertralin sätts ut efter samtal med patienten. Vätskerestriktion 1 liter per dygn och natriumkontroll "
                 "morgon och kväll, med målet att inte höja mer än 8 mmol/l per dygn.")])],
  [("NL102", "n1")], [],
  "Inflected 'förenlig med SIADH' buried in a long locum sentence is still a hedged diagnosis.")

C("h36-v-inger-misstanke-om-myelom-mottagning", V, "1951-04-19",
  [N("n1", VG_MOTT, VG_ST, "2024-11-14T09:40", [
      ("Kontaktorsak", "Remiss från vårdcentralen Dalsjöfors för utredning av anemi och ryggvärk."),
      ("Utredning", "Normocytär anemi med Hb 98, kreatinin 142, kalcium 2,78 och totalprotein 92 g/l. "
                    "Kombinationen inger misstanke om myelom."),
      ("Planering", "Elfores i serum och urin, fria lätta kedjor, DT helkropp lågdos. Återbesök om två veckor med svar.")],
     template="Mottagningsanteckning", setting=OPEN)],
  [("NL102", "n1")], [],
  "'inger misstanke om myelom' in the visible Utredning section of an outpatient note.")

C("h36-s-kan-rora-sig-om-pmr-terse", S, "1952-12-05",
  [N("n1", SK_MOTT, SK_CH, "2024-11-14T13:20", [
      ("Bedömning", "Stelhet axlar o höfter 6 v, värst morgon. SR 68, CRP 31. Ingen huvudvärk, inga synsymtom. "
                    "Kan röra sig om PMR."),
      ("Åtgärd", "Prednisolon 15 mg x 1. Tel-uppf 1 v.")], template="Mottagningsanteckning", setting=OPEN)],
  [("NL102", "n1")], [],
  "Chief's abbreviation 'PMR' hedged by 'Kan röra sig om' in a visible section.")

C("h36-v-bild-som-vid-erysipelas-st-finsk", V, "1960-08-11",
  [N("n1", VG_AVA, VG_FI, "2024-11-15T18:30", [
      ("Status", "Vänster underben är rodnad, varm och skarpt avgränsad från fotled till mitt på smalben. "
                 "En liten sår mellan tårna, svamp mellan tår."),
      ("Bedömning", "Bild som vid erysipelas med ingångsport mellan tårna. Ingen tecken på nekrotiserande infektion."),
      ("Åtgärd", "Kåvepenin 1 g x 3 i tio dagar, Pevaryl till tårna. Högläge.")])],
  [("NL102", "n1")], [],
  "'Bild som vid erysipelas' is a hedged diagnosis; the negated necrotising infection does not cancel it.")

C("h36-s-typo-fragestallning-pernicios-anemi", S, "1958-10-27",
  [N("n1", SK_MOTT, SK_ST, "2024-11-12T10:10", [
      ("Anamnes", "Tilltagande trötthet sedan i somras och stickningar i båda fötterna. Ingen diarré, normal aptit. "
                  "Hypotyreos sedan 2015 på Levaxin."),
      ("Lab", "Hb 94, MCV 118, B12 102 pmol/l, folat normalt."),
      ("Bedömning", "Frågeställning pernicös anemi mot bakgrund av autoimmun tyreoidit."),
      ("Åtgärd", "Parietalcellsantikroppar och IF-antikroppar tas. Inj. Behepan 1 mg startas redan nu enligt schema.")],
     template="Mottagningsanteckning", setting=OPEN)],
  [("NL102", "n1")], [],
  "'Frågeställning' pernicious anaemia, with the typo 'pernicös', in a visible Bedömning.")

C("h36-v-oklart-om-tia-eller-anfall-terse", V, "1946-03-15",
  [N("n1", VG_41, VG_CH, "2024-11-12T09:05", [
      ("Bedömning", "Svaghet hö arm 20 min i går, nu helt återställd. Tungbett? Oklart om TIA el. fokalt anfall. DT hjärna ua."),
      ("Planering", "MR hjärna, EEG, Holter. Trombyl tills vidare.")], template="Rondanteckning")],
  [("NL102", "n1")], [],
  "'Oklart om TIA el. fokalt anfall' leaves two diagnoses open in a visible section.")

C("h36-s-sannolikt-ulcusblodning-nsaid-st-finsk", S, "1955-09-09",
  [N("n1", SK_AVA, SK_FI, "2024-11-13T03:15", [
      ("Anamnes", "Patient har svart avföring sedan två dygn och blev yr i duschen i kväll. Han tar Diklofenak för "
                  "ryggont sedan en månad, köpte själv på apotek. Ingen tidigare magsår han vet om."),
      ("Status", "Blek. Puls 108, BT 102/60. Buk mjuk, lätt ömhet i epigastriet. PR: melena på handsken."),
      ("Lab", "Hb 89 (128 i juni), urea 14,2."),
      ("Bedömning", "Sannolikt ulcusblödning pga NSAID. Glasgow-Blatchford 11."),
      ("Åtgärd", "Nexium 80 mg iv sedan infusion, två enheter erytrocyter, fasta. Gastroskopi beställd idag på förmiddag.")],
     template="Inskrivningsanteckning")],
  [("NL102", "n1")], [],
  "'Sannolikt ulcusblödning' in the visible Bedömning of a night admission note.")


C("h36-s-telefon-ev-ketoacidos-diabetesmott", S, "1999-01-21",
  [N("n1", SK_DIAB, SK_ST, "2024-11-15T16:40", [
      ("Telefonkontakt", "Pat ringer själv. Typ 1-diabetes sedan 12 års ålder, pump. Magsjuk sedan i morse, kräkts tre "
                         "gånger, blodsocker 27 och blodketoner 3,4 trots extra insulin via penna. Ev. begynnande ketoacidos."),
      ("Åtgärd", "Uppmanas åka direkt till akuten i Kristianstad, ska inte köra själv. Akutläkare förvarnad.")],
     template="Telefonanteckning", setting=OPEN)],
  [("NL102", "n1")], [],
  "'Ev.' here hedges a diagnosis (ketoacidosis), not a plan: visible Telefonkontakt section.")

C("h36-v-typo-missankt-sepsis-ssk-natt", V, "1944-12-12",
  [N("n1", VG_41, VG_N1, "2024-11-14T02:35", [
      ("Omvårdnad", "Pat frossar, temp 39,4, AF 28, BT 92/50, NEWS 9. Jourläkare tillkallad kl 02.05. Missänkt sepsis, "
                    "sepsislarm utlöst. Blododlingar x 2 tagna, Pip/Taz 4 g iv start 02.25.")],
     template="Omvårdnadsanteckning")],
  [("NL102", "n1")], [],
  "Nurse's night note with the typo 'Missänkt sepsis': a hedged diagnosis in a visible section.")

C("h36-v-min-misstanke-ar-gallsten-st-finsk", V, "1979-07-07",
  [N("n1", VG_AVA, VG_FI, "2024-11-11T20:50", [
      ("Anamnes", "Patient har ont under höger revbåge sedan efter middagen, strålar till skulderbladet. Samma typ av "
                  "smärta kom två gånger i somras men gick över själv."),
      ("Status", "Öm i höger övre kvadrant, Murphys tecken positivt. Temp 37,9."),
      ("Bedömning", "Min misstanke är att det är gallsten som gör ont, kanske redan kolecystit. Vi tittar med ultraljud "
                    "först innan vi bestämmer.")])],
  [("NL102", "n1")], [],
  "Subtle hedge: 'Min misstanke är att…' and 'kanske' instead of the usual 'misstänkt'.")

C("h36-s-jag-tror-aortastenos-hyrlakare", S, "1939-10-01",
  [N("n1", SK_M5, SK_LOC, "2024-11-13T14:25", [
      ("Anamnes", "Patienten, en 85-årig tidigare aktiv man som fortfarande sköter sin trädgård själv, har under hösten "
                  "vid två tillfällen svimmat i samband med att han burit tunga kassar uppför trappan till sin lägenhet. "
                  "Han har även märkt en tryckande känsla i bröstet när han går i uppförsbacke, som försvinner när han stannar."),
      ("Status", "Cor: Regelbunden rytm, kraftigt systoliskt ejektionsblåsljud grad 4/6 med maximum över aortaostiet "
                 "och utstrålning mot halskärlen, andra tonen svag. BT 118/84."),
      ("Bedömning", "Jag tror själv att vi har att göra med en uttalad aortastenos som förklarar både svimningarna och "
                    "bröstsmärtan vid ansträngning, men det måste naturligtvis bekräftas med ekokardiografi innan vi "
                    "drar några säkra slutsatser."),
      ("Planering", "Ekokardiografi under vårdtiden. Patienten avråds från tunga lyft och från att cykla tills vidare.")])],
  [("NL102", "n1")], [],
  "Subtle hedge in prose: 'Jag tror…' plus 'måste bekräftas' marks aortic stenosis as unconfirmed.")

C("h36-v-lungcancer-kan-inte-helt-uteslutas", V, "1956-02-28",
  [N("n1", VG_MOTT, VG_ST, "2024-11-15T11:00", [
      ("Utredning", "DT thorax: rundhärd 14 mm i höger ovanlob med spikulerad kontur, tidigare ej känd. "
                    "Rökt 40 paketår, slutade 2019."),
      ("Bedömning", "Lungcancer kan inte helt uteslutas utifrån utseendet."),
      ("Planering", "PET-DT och remiss till lungmottagningen SU för ställningstagande till bronkoskopi eller "
                    "transtorakal biopsi.")], template="Mottagningsanteckning", setting=OPEN)],
  [("NL102", "n1")], [],
  "'kan inte helt uteslutas' contains a negation word but is a hedge, not a rule-out.")

C("h36-s-misstanker-tamponad-hia-terse", S, "1948-04-04",
  [N("n1", SK_HIA, SK_CH, "2024-11-16T04:10", [
      ("Bedömning", "Hypoton 78/50, halsvenstas, dämpade hjärtljud. 5 d post-PCI. Misstänker tamponad."),
      ("Åtgärd", "UCG akut. Thoraxkir Lund kontaktad. Vätska.")])],
  [("NL102", "n1")], [],
  "The verb form 'Misstänker tamponad' (no 'misstänkt') in a visible night note.")

C("h36-v-typo-forsta-hand-pankreatitt-st-finsk", V, "1972-06-16",
  [N("n1", VG_AVA, VG_FI, "2024-11-11T01:25", [
      ("Anamnes", "Man 52 år med ont i övre magen som strålar till ryggen sedan i går eftermiddag. Han har druckit "
                  "mycket alkohol under helgen, enligt honom själv ungefär en flaska vodka per dag."),
      ("Lab", "Amylas 6,2 µkat/l, CRP 48, ALAT 1,1, bilirubin 19."),
      ("Bedömning", "I första hand tänker jag pankreatitt, i andra hand kolecystit. Ultraljud av övre buk imorgon bitti."),
      ("Åtgärd", "Fasta, Ringer-Acetat 3 liter per dygn, Morfin vid behov, Heminevrin enligt CIWA.")],
     template="Inskrivningsanteckning")],
  [("NL102", "n1")], [],
  "Ranked differential 'I första hand … i andra hand …' with the typo 'pankreatitt' is a hedge.")

C("h36-s-dubbelt-fragetecken-gi-blodning-utkast", S, "1940-08-19",
  [N("n1", SK_M5, SK_CH, "2024-11-14T08:50", [
      ("Aktuellt", "Hb 102→78 sedan i går. Svart avf. enl ssk i natt. Eliquis pga FF."),
      ("Bedömning", "??GI-blödn."),
      ("Åtgärd", "Eliquis pausas. Pantoloc inf. 2 E erytr. Gastroskopi i morgon.")],
     template="Rondanteckning", signed=None)],
  [("NL102", "n1")], [],
  "Unsigned draft: '??GI-blödn.' with a doubled question mark and abbreviation is a hedge.")

C("h36-v-epikris-misstankt-lakemedelshepatit", V, "1963-11-03",
  [N("n1", VG_41, VG_ST, "2024-11-15T13:40", [
      ("Inskrivningsorsak", "Ikterus och klåda tre veckor efter avslutad kur med Spektramox för sinuit."),
      ("Vårdförlopp", "Bilirubin 142 vid inkomst, ALP 9,8 och ALAT 2,4. Ultraljud lever och gallvägar utan "
                      "gallvägsdilatation eller konkrement. Hepatitserologi och autoimmun screening negativa. "
                      "Bilirubin sjunker spontant, 61 vid utskrivning."),
      ("Diagnoser", "Misstänkt läkemedelsutlöst kolestatisk hepatit (amoxicillin-klavulansyra)."),
      ("Uppföljning", "Leverprover på vårdcentralen om en och tre veckor. Spektramox förs in som varning i "
                      "läkemedelsjournalen.")], template="Epikris")],
  [("NL102", "n1")], [],
  "A discharge summary lists a 'Misstänkt' diagnosis under Diagnoser: visible to the patient.")

C("h36-s-hyrlakare-lang-begynnande-hjartsvikt", S, "1936-01-25",
  [N("n1", SK_HLM, SK_LOC, "2024-11-11T17:30", [
      ("Inskrivningsorsak", "Trötthet, viktuppgång och andfåddhet."),
      ("Anamnes", "88-årig änkeman som bor ensam i villa i Vinslöv med hemtjänst en gång dagligen för inköp och "
                  "städning. Han har sedan tidigare en sedan många år välbehandlad hypertoni, typ 2-diabetes som sköts "
                  "med metformin och kost, samt en hörselnedsättning som gör att samtalet i dag fick föras med hjälp av "
                  "hörselslinga. Sonen, som var med vid inskrivningen och som ringer dagligen, har de senaste tre veckorna "
                  "noterat att fadern blivit allt tröttare, att han slutat gå sin vanliga promenad till kiosken och att han "
                  "klagar över att byxorna blivit trånga i midjan. Patienten själv tonar ned besvären men medger att han "
                  "behövt sova med tre kuddar och att han vaknat ett par gånger per natt med en känsla av att inte få luft, "
                  "vilket går över om han sätter sig upp på sängkanten en stund. Han har inte haft bröstsmärta, feber eller "
                  "hosta och har inte ändrat något i sin medicinering."),
      ("Status", "AT: Gott, lätt andfådd vid avklädning. Vikt 84 kg (78 kg i maj). Cor: Regelbunden rytm 88/min, inga "
                 "blåsljud. Pulm: Basala krepitationer bilat, mest hö. Buk: Mjuk, oöm. Ben: Pittingödem upp till mitten "
                 "av smalbenen bilat. Halsvener: Fyllda vid 45 grader."),
      ("Lab", "NT-proBNP 3 900, kreatinin 118, Hb 131, CRP <5."),
      ("Bedömning", "Sammantaget har vi en äldre man med en successiv utveckling av ansträngningsdyspné, ortopné, "
                    "paroxysmal nattlig dyspné och perifera ödem, vilket tillsammans med det kraftigt förhöjda NT-proBNP "
                    "enligt min bedömning sannolikt speglar en begynnande hjärtsvikt, möjligen på basen av långvarig "
                    "hypertoni. Det finns inget i anamnesen eller statusfyndet som talar för en pågående infektion."),
      ("Åtgärd", "Furosemid 40 mg x 1 po, dagliga vikter, vätskelista. Ekokardiografi beställd. Kaliumkontroll om två "
                 "dagar. Sonen har fått information om planen och vill bli uppringd vid förändring.")],
     template="Inskrivningsanteckning")],
  [("NL102", "n1")], [],
  "Long locum admission chart: one 'sannolikt … hjärtsvikt' buried mid-sentence in Bedömning is enough.")

C("h36-v-tidiga-hypoteser-lacker-till-bedomning", V, "1959-03-13",
  [N("n1", VG_MOTT, VG_CH, "2024-11-13T15:10", [
      ("Tidiga hypoteser", "Misstänkt njurcellscancer vä, 4 cm solid process på ultraljud."),
      ("Bedömning", "Hematuri + solid process vä njure. Misstänkt njurcellscancer. DT urografi."),
      ("Planering", "Remiss urologen Borås, SVF.")], template="Mottagningsanteckning", setting=OPEN)],
  [("NL102", "n1")], [],
  "VGR: the hypothesis is in the protected sökord but is repeated in the visible Bedömning, so it leaks.")

C("h36-s-th-mall-och-daganteckning-samma-dag", S, "1950-06-30",
  [N("n1", SK_M5, SK_ST, "2024-11-12T13:00", [
      ("Bedömning", "Generaliserade lymfkörtlar, splenomegali och nattsvettningar. Misstänkt lymfom, ännu inget PAD.")],
     template="Tidiga hypoteser"),
   N("n2", SK_M5, SK_ST, "2024-11-12T13:20", [
      ("Aktuellt", "Körtlar på halsen och i armhålorna, 2–3 cm, oömma. Mjälten palpabel 3 cm under arcus."),
      ("Bedömning", "Trol. lymfom. Körtelbiopsi via ÖNH bokad till torsdag.")], template="Daganteckning")],
  [("NL102", "n2")], [("NL102", "n1")],
  "Skåne: the Tidiga hypoteser template protects n1, but the same day's ordinary Daganteckning repeats the hedge.")

C("h36-s-sokord-tidiga-hypoteser-i-lakaranteckning", S, "1945-05-17",
  [N("n1", SK_M5, SK_ST, "2024-11-15T10:45", [
      ("Aktuellt", "Viktnedgång 8 kg på tre månader, järnbristanemi Hb 96."),
      ("Tidiga hypoteser", "Misstänkt koloncancer, koloskopi inom SVF bokad.")])],
  [("NL102", "n1")], [],
  "Skåne filters Tidiga hypoteser by template, so as a mere sökord in a Läkaranteckning it stays visible.")

C("h36-v-mall-tidiga-hypoteser-men-sokord-bedomning", V, "1968-08-23",
  [N("n1", VG_MOTT, VG_ST, "2024-11-14T16:00", [
      ("Bedömning", "Misstänkt sarkoidos med bilaterala hilusförstoringar och erythema nodosum; bronkoskopi med "
                    "EBUS planeras.")], template="Tidiga hypoteser", setting=OPEN)],
  [("NL102", "n1")], [],
  "VGR protects by sökord, not template: a 'Tidiga hypoteser' template with sökord Bedömning is visible.")

C("h36-v-osakert-om-demens-hyrlakare-skene", V, "1931-09-14",
  [N("n1", VG_SKENE, VG_LOC, "2024-11-14T14:40", [
      ("Aktuellt", "Patienten är en 93-årig kvinna som vårdas för en E. coli-orsakad urinvägsinfektion med ett "
                   "åtföljande akut förvirringstillstånd, och som nu efter fyra dygns antibiotikabehandling är feberfri "
                   "och betydligt klarare än vid inkomsten. Dottern, som besöker dagligen, berättar dock att modern redan "
                   "före insjuknandet under ett halvår blivit alltmer glömsk och vid flera tillfällen lämnat spisen på."),
      ("Bedömning", "Huruvida det bakom detta finns en begynnande demenssjukdom, och i så fall av vilken typ, är i "
                    "nuläget osäkert och kan inte bedömas förrän förvirringstillståndet har klingat av helt."),
      ("Planering", "MMSE och klocktest om cirka fyra veckor via vårdcentralen, när hon är återställd. "
                    "Dottern informerad om planen.")])],
  [("NL102", "n1")], [],
  "Subtle hedge: 'Huruvida … demenssjukdom … är i nuläget osäkert' keeps dementia open in visible text.")

C("h36-s-ser-ut-som-baltros-st-finsk", S, "1961-12-19",
  [N("n1", SK_M6, SK_FI, "2024-11-16T11:20", [
      ("Aktuellt", "Patient klagar på brännande smärta på vänster sida bröstkorg sedan två dagar och idag kom blåsor där. "
                   "Han får cytostatika för lymfom på onkologen i Lund."),
      ("Status", "Grupperade blåsor på rodnad botten i ett band längs vänster Th5, går inte över mittlinjen."),
      ("Bedömning", "Det ser ut som bältros. Eftersom han är immunsupprimerad ger vi Aciklovir intravenöst.")],
     template="Daganteckning")],
  [("NL102", "n1")], [],
  "Lay hedge 'Det ser ut som bältros' (cf. 'bild som vid'); the lymphoma itself is a known diagnosis.")

C("h36-v-suspekta-for-metastaser-dt-svar", V, "1947-02-08",
  [N("n1", VG_41, VG_ST, "2024-11-13T15:30", [
      ("Aktuellt", "DT buk besvarad: flera lågattenuerande förändringar i levern, största 3 cm i segment 7, suspekta "
                   "för metastaser. Ingen säker primärtumör."),
      ("Planering", "Gastroskopi och koloskopi, CEA och CA 19-9. Diskuteras på leverkonferens.")],
     template="Daganteckning")],
  [("NL102", "n1")], [],
  "Radiology wording 'suspekta för metastaser' copied into a visible Aktuellt section.")


C("h36-v-ssk-enl-dr-trol-uvi-kvall", V, "1938-06-25",
  [N("n1", VG_SKENE, VG_N2, "2024-11-12T21:40", [
      ("Omvårdnad", "Pat oroligare i kväll, plockar med täcket och vill gå hem till sin mamma. Urinen grumlig och "
                    "illaluktande. Enl dr trol UVI, urinodling tagen och skickad. Extra tillsyn var 30:e min under natten.")],
     template="Omvårdnadsanteckning")],
  [("NL102", "n1")], [],
  "A nurse relaying the doctor's 'trol UVI' still puts a hedged diagnosis in a visible Melior note.")

C("h36-s-arbetshypotes-hemokromatos-hyrlakare", S, "1970-10-10",
  [N("n1", SK_MOTT, SK_LOC, "2024-11-13T09:30", [
      ("Anamnes", "Patienten remitteras från Vårdcentralen Tollarp på grund av förhöjda leverprover som upptäcktes vid en "
                  "hälsokontroll. Han är själv i stort sett besvärsfri men har i flera år haft värk i fingrarnas grundleder, "
                  "som han tillskrivit sitt arbete som snickare. Alkoholkonsumtionen uppges vara måttlig, några öl i veckan."),
      ("Lab", "ALAT 1,9, ferritin 1 850, transferrinmättnad 78 %, Hb 162."),
      ("Bedömning", "Min arbetshypotes är hereditär hemokromatos, med tanke på den mycket höga transferrinmättnaden i "
                    "kombination med ledbesvären i MCP-lederna, och HFE-genotypning har därför skickats i dag."),
      ("Planering", "Ultraljud lever. Återbesök när genotypningen besvarats, då ställning tas till venesectio.")],
     template="Mottagningsanteckning", setting=OPEN)],
  [("NL102", "n1")], [],
  "Subtle hedge: 'Min arbetshypotes är hereditär hemokromatos' (a hypothesis, not a hedge adverb).")

C("h36-v-inte-otankbart-hypertyreos-terse", V, "1955-07-29",
  [N("n1", VG_41, VG_CH, "2024-11-15T09:10", [
      ("Bedömning", "Nydebuterat FF, frekvens 140. CHA2DS2-VASc 4. Viktnedgång, svettas. Inte otänkbart att "
                    "hypertyreos ligger bakom."),
      ("Åtgärd", "TSH/fritt T4. Metoprolol 50. Eliquis 5 x 2.")], template="Rondanteckning")],
  [("NL102", "n1")], [],
  "Double negative 'Inte otänkbart att hypertyreos' is a hedge a naive negation check may read as ruled out.")

C("h36-s-kvarstaende-misstanke-spondylodiskit", S, "1957-03-03",
  [N("n1", SK_M6, SK_ST, "2024-11-14T12:35", [
      ("Aktuellt", "Dag 5. Tre blododlingar negativa. CRP 96, fortsatt intensiv ländryggsvärk, nattlig."),
      ("Bedömning", "Kvarstående misstanke om spondylodiskit L3–L4 trots negativa odlingar."),
      ("Planering", "MR ländrygg i morgon, därefter ev. CT-ledd biopsi. Antibiotika avvaktas tills vidare.")],
     template="Daganteckning")],
  [("NL102", "n1")], [],
  "'Kvarstående misstanke' next to negative cultures: the suspicion is not dropped, so it is a hedge.")

C("h36-v-hjartsvikt-ej-sakerstalld-utkast", V, "1944-11-11",
  [N("n1", VG_41, VG_ST, "2024-11-16T10:20", [
      ("Aktuellt", "Mår bättre efter diuretika, vikt ned 3,5 kg. Andas lättare."),
      ("Diagnos", "Hjärtsvikt, ej säkerställd – ekokardiografi inväntas. Förmaksflimmer. Typ 2-diabetes.")],
     signed=None)],
  [("NL102", "n1")], [],
  "Unsigned: 'ej säkerställd' under Diagnos marks heart failure as unconfirmed despite the 'ej'.")

C("h36-s-prel-ra-mottagning-terse", S, "1966-05-05",
  [N("n1", SK_MOTT, SK_CH, "2024-11-12T14:05", [
      ("Bedömning", "Symmetrisk polyartrit MCP/PIP bilat 8 v. RF pos. Prel. RA. CCP inväntas."),
      ("Åtgärd", "Prednisolon 10 mg. Remiss reumatologen Lund.")], template="Mottagningsanteckning", setting=OPEN)],
  [("NL102", "n1")], [],
  "Abbreviated 'Prel. RA' (preliminary diagnosis) is a hedge in a visible section.")

C("h36-v-susp-tb-isolering-st-finsk", V, "1990-02-14",
  [N("n1", VG_44, VG_FI, "2024-11-11T15:20", [
      ("Anamnes", "Patient har hostat sedan tre månader, har nattsvett och har gått ner 6 kg. Han är född i Somalia och "
                  "flyttade till Sverige 2019. Ingen tidigare TB-behandling som han vet."),
      ("Status", "Mager, temp 37,8. Pulm: nedsatt andningsljud höger ovanfält."),
      ("Bedömning", "Susp. TB. Rtg visar kavitet i höger ovanlob."),
      ("Åtgärd", "Patient isoleras på enkelrum med sluss. Sputum för direktmikroskopi och PCR tre dagar i rad, "
                 "HIV-test efter samtycke.")], template="Inskrivningsanteckning")],
  [("NL102", "n1")], [],
  "Abbreviation 'Susp. TB' hedges tuberculosis in the visible Bedömning.")

C("h36-s-mor-brostcancer-pat-misstankt-knol", S, "1978-09-18",
  [N("n1", SK_M5, SK_FI, "2024-11-14T10:50", [
      ("Hereditet", "Mamma fick bröstcancer när hon var 45 år, mormor också bröstcancer."),
      ("Aktuellt", "Patient vårdas för pyelonefrit och mår bättre. Hon berättar idag att hon har hittat en knöl i "
                   "vänster bröst för några veckor sedan."),
      ("Status", "Vänster bröst: en hård och oöm resistens 2 cm i övre yttre kvadrant, fixerad mot underlaget. "
                 "Ingen palpabel körtel i armhålan."),
      ("Bedömning", "Misstänkt bröstcancer hos patient själv. Remiss till bröstmottagningen Kristianstad enligt SVF "
                    "skickad idag.")], template="Daganteckning")],
  [("NL102", "n1")], [],
  "Family history of the same disease does not excuse the patient's own 'Misstänkt bröstcancer'.")

C("h36-v-typo-sannolkt-urosepsis", V, "1941-07-31",
  [N("n1", VG_41, VG_ST, "2024-11-13T13:10", [
      ("Aktuellt", "E. coli i blododling 2/2 och i urinodling >10^5, känslig för cefotaxim. Afebril sedan i går, "
                   "CRP 210→140."),
      ("Bedömning", "Sannolkt urosepsis utgången från den kvarliggande KAD:n."),
      ("Planering", "KAD byts i dag. Övergår till peroral Ciproxin när CRP < 100.")], template="Daganteckning")],
  [("NL102", "n1")], [],
  "Typo 'Sannolkt' still hedges urosepsis in a visible Bedömning.")

C("h36-s-typo-trolgi-kol-exacerbation-terse", S, "1949-04-22",
  [N("n1", SK_M5, SK_CH, "2024-11-12T08:40", [
      ("Bedömning", "Trolgi KOL-exac. Sat 88 % på 1 l. pCO2 6,9."),
      ("Åtgärd", "Prednisolon 30 x 5 d, Atrovent/Ventoline neb, Doxyferm.")], template="Rondanteckning")],
  [("NL102", "n1")], [],
  "Typo 'Trolgi' for 'Trolig' before an abbreviated COPD exacerbation.")

C("h36-v-typo-lungemboli-kan-inte-utseslutas", V, "1983-10-08",
  [N("n1", VG_AVA, VG_ST, "2024-11-16T23:10", [
      ("Aktuellt", "Plötslig andnöd på flyget från Thailand i går, hosta med lite blod i morse. P-piller."),
      ("Bedömning", "Lungemboli kan inte utseslutas. D-dimer 2,1. DT-angio i natt.")])],
  [("NL102", "n1")], [],
  "Typo 'utseslutas' inside the hedge 'kan inte uteslutas'.")

C("h36-s-typo-aspirationspnuemoni-utkast", S, "1932-12-24",
  [N("n1", SK_HLM, SK_ST, "2024-11-17T11:00", [
      ("Aktuellt", "Ny feber 38,3 i natt efter att pat satt i halsen på frukosten i går enl ssk. Rassel hö basalt."),
      ("Bedömning", "Trol. aspirationspnuemoni hö."),
      ("Åtgärd", "Tazocin 4 g x 3, sväljbedömning av logoped när hon är piggare.")],
     template="Daganteckning", signed=None)],
  [("NL102", "n1")], [],
  "Unsigned weekend note: 'Trol.' hedges a misspelt diagnosis ('aspirationspnuemoni').")

C("h36-s-gikt-alt-pseudogikt", S, "1944-01-09",
  [N("n1", SK_M5, SK_ST, "2024-11-13T16:05", [
      ("Aktuellt", "Under natten akut smärtsam svullnad i vänster stortå. Vårdas för hjärtsvikt, Furix höjt i måndags."),
      ("Status", "Vä MTP I rodnad, varm och mycket öm, tål inte täcket."),
      ("Bedömning", "Gikt alt. pseudogikt. Ledpunktion för kristaller i eftermiddag, urat skickat."),
      ("Åtgärd", "Colchicin 0,5 mg x 2 i tre dagar. Kylning.")], template="Daganteckning")],
  [("NL102", "n1")], [],
  "Two alternatives joined by 'alt.' is an unsettled diagnosis, a hedge without any hedge word.")


# ====================================================================
# NL102 must_not: negated, relative, plan/symptom/finding hedges, conditional,
# confirmed, protected place, PMO
# ====================================================================

C("h36-v-typo-ingen-misstanke-om-lungembolli", V, "1985-03-21",
  [N("n1", VG_AVA, VG_ST, "2024-11-12T19:30", [
      ("Anamnes", "Hugg i vänster sida av bröstet sedan i går efter flyttlasset, värre vid vridning av överkroppen. "
                  "Inga riskfaktorer för tromboembolism, inga p-piller."),
      ("Status", "Palpationsöm över vä revbensbrosk 4–5, smärtan reproducerbar. Sat 99 %, puls 72."),
      ("Bedömning", "Wells 0, D-dimer < 0,5. Ingen misstanke om lungembolli. Muskuloskeletal bröstsmärta."),
      ("Åtgärd", "Paracetamol och Ipren vid behov. Hem.")])],
  [], [("NL102", "n1")],
  "Negated suspicion 'Ingen misstanke om' (diagnosis misspelt 'lungembolli'); the real diagnosis is unhedged.")

C("h36-s-pneumoni-uteslutes-terse", S, "1990-07-15",
  [N("n1", SK_AVA, SK_CH, "2024-11-13T12:10", [
      ("Bedömning", "Hosta 10 d, feberfri. CRP 12. Rtg pulm ua. Pneumoni uteslutes. Viral ÖLI."),
      ("Åtgärd", "Hem. Inga ab.")])],
  [], [("NL102", "n1")],
  "'Pneumoni uteslutes' is a rule-out; the viral infection is stated without hedge.")

C("h36-v-typo-inga-tecken-pa-endokadit-tee", V, "1962-11-29",
  [N("n1", VG_44, VG_FI, "2024-11-15T14:30", [
      ("Aktuellt", "TEE är gjort idag. Inga tecken på endokadit, klaffarna ser normala ut och det finns inga vegetationer."),
      ("Diagnos", "Staphylococcus aureus-bakteriemi med källa från perifer venkateter i vänster arm."),
      ("Planering", "Ekvacillin iv totalt 14 dagar från första negativa blododling. Patient får information av mig "
                    "imorgon om hur länge behandling blir.")], template="Daganteckning")],
  [], [("NL102", "n1")],
  "'Inga tecken på' with the typo 'endokadit' negates endocarditis; the bacteraemia is confirmed.")

C("h36-s-talar-emot-hjartsvikt-amlodipin", S, "1951-08-08",
  [N("n1", SK_MOTT, SK_ST, "2024-11-13T13:45", [
      ("Aktuellt", "Remitterad från vårdcentralen för bensvullnad bilateralt sedan två månader. Ingen andfåddhet eller ortopné."),
      ("Bedömning", "NT-proBNP 140 och normalt UCG med EF 60 % talar emot hjärtsvikt. Ödemen förklaras av amlodipin, "
                    "som sattes in i augusti."),
      ("Åtgärd", "Amlodipin byts mot Enalapril 10 mg. Kontroll av kalium och kreatinin om två veckor på vårdcentralen.")],
     template="Mottagningsanteckning", setting=OPEN)],
  [], [("NL102", "n1")],
  "'talar emot hjärtsvikt' is a negation, the mirror of 'talar för'.")

C("h36-v-typo-tb-misstanken-avskrvis", V, "1988-05-30",
  [N("n1", VG_44, VG_ST, "2024-11-16T12:00", [
      ("Aktuellt", "Sputum direktmikroskopi negativt x 3 och PCR för M. tuberculosis negativt. Rtg-förändringen i vänster "
                   "ovanlob har gått i regress på antibiotika."),
      ("Bedömning", "TB-misstanken avskrvis och isoleringen hävs. Kvarstående diagnos samhällsförvärvad pneumoni, i regress.")],
     template="Daganteckning")],
  [], [("NL102", "n1")],
  "The word 'misstanken' appears but the suspicion is dropped ('avskrvis', typo for avskrivs).")

C("h36-s-bror-troligen-hemokromatos-st-finsk", S, "1974-01-29",
  [N("n1", SK_MOTT, SK_FI, "2024-11-15T09:20", [
      ("Hereditet", "Bror har troligen hemokromatos, han utreds i Lund just nu. Pappa dog i levercirros, drack inte "
                    "alkohol enligt patient."),
      ("Aktuellt", "Patient vill kontrollera sig själv eftersom brodern har fått höga järnvärden."),
      ("Bedömning", "Ferritin 112 och transferrinmättnad 31 % hos patient, alltså normala värden. Vi skickar HFE-gen ändå "
                    "för att familjen vill veta.")], template="Mottagningsanteckning", setting=OPEN)],
  [], [("NL102", "n1")],
  "The only hedged diagnosis belongs to the patient's brother (Hereditet).")

C("h36-v-ssk-makan-misstanks-ha-demens", V, "1936-04-09",
  [N("n1", VG_SKENE, VG_N1, "2024-11-14T15:15", [
      ("Social anamnes", "Pat bor med makan i villa i Kinna. Makan misstänks ha en demenssjukdom enligt sonen och klarar "
                         "inte längre att sköta hushållet, hemtjänst saknas. Sonen bor i Göteborg och kommer på helgerna."),
      ("Omvårdnad", "Pat själv klar och orienterad, går med rollator. Vill hem så snart som möjligt för att ta hand om frun."),
      ("Planering", "Kontakt med biståndshandläggare i Marks kommun inför hemgång.")], template="Omvårdnadsanteckning")],
  [], [("NL102", "n1")],
  "Suspected dementia of the patient's wife, not of the patient.")

C("h36-s-ev-gastroskopi-poliklin-terse", S, "1946-09-12",
  [N("n1", SK_M5, SK_CH, "2024-11-15T09:05", [
      ("Bedömning", "Järnbristanemi, Hb 112 stabilt efter 2 E. Ferinject givet."),
      ("Planering", "Hem i dag. Ev. gastroskopi poliklin, kallelse kommer.")], template="Rondanteckning")],
  [], [("NL102", "n1")],
  "'Ev.' hedges a planned gastroscopy; the anaemia is confirmed.")

C("h36-v-trol-hem-fredag-pneumoni-i-regress", V, "1939-02-02",
  [N("n1", VG_41, VG_CH, "2024-11-13T09:30", [
      ("Aktuellt", "Afebril 2 d. CRP 140→34. Äter bra."),
      ("Bedömning", "Pneumoni vä underlob i regress."),
      ("Planering", "Po Amimox fr o m i kväll. Trol. hem fredag.")], template="Rondanteckning")],
  [], [("NL102", "n1")],
  "'Trol.' hedges the discharge day, not the (confirmed) pneumonia.")

C("h36-s-ssk-mojligen-okad-andfaddhet", S, "1943-06-14",
  [N("n1", SK_M5, SK_N2, "2024-11-13T20:40", [
      ("Omvårdnad", "Pat uppger möjligen lite ökad andfåddhet när hon går till toaletten, men vill inte ha syrgas. "
                    "Sat 95 % på luft, AF 18. Vikt i morse 71,2 kg. Dr Nilsson informerad.")],
     template="Omvårdnadsanteckning")],
  [], [("NL102", "n1")],
  "Hedge on a symptom ('möjligen lite ökad andfåddhet'), not on a diagnosis.")

C("h36-v-kalium-trol-hemolyserat-prov", V, "1950-10-20",
  [N("n1", VG_NJUR, VG_ST, "2024-11-12T11:25", [
      ("Telefonkontakt", "Labbet ringer: kalium 6,1 från morgonens kontroll, men provet trol. hemolyserat. Pat ringd och "
                         "kom in för nytt prov utan stas, kalium då 4,3."),
      ("Bedömning", "Normalt kalium. Inga åtgärder, fortsätter Enalapril som tidigare.")],
     template="Telefonanteckning", setting=OPEN)],
  [], [("NL102", "n1")],
  "'trol. hemolyserat' hedges a property of the sample, not a disease of the patient.")

C("h36-s-kns-misstankt-kontamination-utkast", S, "1967-04-26",
  [N("n1", SK_M6, SK_ST, "2024-11-14T15:40", [
      ("Aktuellt", "Svar blododlingar från inkomst: KNS i 1 av 4 flaskor efter 38 timmar, övriga utan växt."),
      ("Bedömning", "Misstänkt kontamination vid provtagningen, ingen behandling. Patient afebril och opåverkad.")],
     template="Daganteckning", signed=None)],
  [], [("NL102", "n1")],
  "Unsigned: 'Misstänkt kontamination' is about the culture bottle, not a diagnosis of the patient.")

C("h36-v-ev-blasljud-i-status-st-finsk", V, "1965-12-03",
  [N("n1", VG_DIAB, VG_FI, "2024-11-14T08:45", [
      ("Aktuellt", "Typ 2-diabetes sedan 2012, HbA1c har stigit till 78 från 61 i våras. Han berättar att han slutat ta "
                   "sin Metformin för att det ger diarré."),
      ("Status", "Cor: regelbunden rytm, ev. svagt systoliskt blåsljud över apex men svårt att höra då patient pratar "
                 "hela tiden. Fötter: pulsar palpabla, sensibilitet med monofilament normal."),
      ("Bedömning", "Dåligt reglerad typ 2-diabetes pga följsamhet. Vi byter till Metformin depottablett och lägger "
                    "till Jardiance.")], template="Mottagningsanteckning", setting=OPEN)],
  [], [("NL102", "n1")],
  "'ev.' hedges an auscultation finding (a murmur), which is not a diagnosis.")

C("h36-s-ssk-telefon-om-feber-hor-av-dig", S, "1956-11-30",
  [N("n1", SK_M6, SK_N1, "2024-11-15T10:30", [
      ("Telefonkontakt", "Uppföljande samtal dagen efter utskrivning, pat behandlas med Selexid för cystit. Mår bättre, "
                         "ingen feber. Tar tabletterna som ordinerat."),
      ("Råd", "Om feber över 38,5, frossa eller ont i sidan, hör av dig till oss eller 1177 direkt.")],
     template="Telefonanteckning", setting=OPEN)],
  [], [("NL102", "n1")],
  "Only a conditional safety-net instruction; the cystitis is confirmed.")

C("h36-v-villkor-kan-tyda-pa-ketoacidos-hyrlakare", V, "2000-06-09",
  [N("n1", VG_DIAB, VG_LOC, "2024-11-13T11:15", [
      ("Aktuellt", "Patienten är en 24-årig kvinna med typ 1-diabetes sedan barndomen som i dag kommer på ett extra besök "
                   "efter två nattliga hypoglykemier under den senaste veckan, båda gångerna efter att hon tränat på "
                   "gymmet på kvällen. Hon använder Omnipod med Dexcom G7 och har god förståelse för sin behandling."),
      ("Bedömning", "Hypoglykemierna förklaras av kvällsträning utan tillräcklig sänkning av basaldosen, och hennes "
                    "övriga glukoskurva ligger väl i målområdet."),
      ("Råd", "Vi har kommit överens om en tillfällig basalsänkning med 30 % under sex timmar efter kvällsträning. "
              "Skulle blodsockret trots detta stiga över 20 och ketoner påvisas i blodet, ska hon söka akut eftersom det "
              "då kan tyda på ketoacidos.")], template="Mottagningsanteckning", setting=OPEN)],
  [], [("NL102", "n1")],
  "'kan tyda på ketoacidos' sits inside a hypothetical 'Skulle … ska hon söka akut': no current hypothesis.")

C("h36-s-nstemi-efter-pci-terse", S, "1952-02-11",
  [N("n1", SK_HIA, SK_CH, "2024-11-12T08:20", [
      ("Bedömning", "NSTEMI. PCI LAD i går via radialis, ett stent. Smärtfri. EF 50 %."),
      ("Planering", "ASA + Brilique 12 mån. Hem i morgon, rehab-ssk kontaktad.")], template="Rondanteckning")],
  [], [("NL102", "n1")],
  "A confirmed, treated NSTEMI with no hedge at all.")

C("h36-v-misstanken-om-pneumoni-bekraftades", V, "1954-08-14",
  [N("n1", VG_41, VG_ST, "2024-11-12T14:20", [
      ("Aktuellt", "Rtg pulm besvarad: konsolidering i höger underlob. Misstanken om pneumoni bekräftades alltså."),
      ("Bedömning", "Pneumoni höger underlob, CRB-65 1."),
      ("Åtgärd", "Fortsätter Bensylpenicillin 1 g x 3 iv.")], template="Daganteckning")],
  [], [("NL102", "n1")],
  "'Misstanken om pneumoni' is mentioned only to say it was confirmed: a settled diagnosis.")

C("h36-s-tidiga-hypoteser-mall-myelom-st-finsk", S, "1948-10-05",
  [N("n1", SK_M5, SK_FI, "2024-11-14T16:30", [
      ("Bedömning", "Misstänkt multipelt myelom: anemi, hyperkalcemi och M-komponent 28 g/l. Benmärgsprov planeras "
                    "nästa vecka.")], template="Tidiga hypoteser")],
  [], [("NL102", "n1")],
  "Skåne: the hypothesis is written in the Tidiga hypoteser template, which is filtered.")

C("h36-v-sokord-tidiga-hypoteser-jarnbrist", V, "1957-12-17",
  [N("n1", VG_MOTT, VG_ST, "2024-11-15T15:45", [
      ("Aktuellt", "Återbesök för järnbristanemi. Hb 104, ferritin 6. Ingen synlig blödning."),
      ("Tidiga hypoteser", "Möjlig celiaki eller malignitet i GI-kanalen som orsak till järnbristen."),
      ("Planering", "Transglutaminas-ak, gastroskopi och koloskopi bokas. Järntabletter fortsätter.")],
     template="Mottagningsanteckning", setting=OPEN)],
  [], [("NL102", "n1")],
  "VGR: the hedged diagnoses stand only under the protected sökord Tidiga hypoteser.")

C("h36-s-pmo-vc-misstankt-hjartsvikt", S, "1940-03-27",
  [N("n1", PMO_TOLLARP, PMO_DR1, "2024-11-14T10:00", [
      ("Aktuellt", "Kontroll efter utskrivning från medicinavdelningen i Kristianstad. Fortfarande svullna ben och "
                   "andfådd i trappor."),
      ("Bedömning", "Misstänkt hjärtsvikt, NT-proBNP 2 100. Remiss för UCG skickad till Kristianstad.")],
     template="Besöksanteckning", system="PMO", setting=OPEN)],
  [], [("NL102", "n1")],
  "PMO never shows diagnoses to the patient: a hedged diagnosis there is not NL102.")

C("h36-s-pmo-hemsjukvard-trol-uvi", S, "1929-08-08",
  [N("n1", PMO_BROBY, PMO_DSK, "2024-11-16T13:30", [
      ("Omvårdnad", "Hembesök. Pat mer förvirrad än vanligt enl hemtjänsten, urinen luktar starkt. Urinsticka: nitrit pos, "
                    "LPK 3+. Trol. UVI, jourläkare på vårdcentralen kontaktad, Selexid ordineras.")],
     template="Hemsjukvårdsanteckning", system="PMO", setting=OPEN)],
  [], [("NL102", "n1")],
  "PMO home-care note after discharge: 'Trol. UVI' is not shown, so no NL102.")

C("h36-s-pmo-fragetecken-pneumoni-efter-utskrivning", S, "1946-01-13",
  [N("n1", PMO_NASBY, PMO_DR2, "2024-11-11T11:40", [
      ("Aktuellt", "Hosta och feber sedan 4 d. Utskriven från CSK för 10 dagar sedan efter hjärtinfarkt."),
      ("Status", "Temp 38,2, sat 94 %. Rassel vä basalt."),
      ("Bedömning", "?Pneumoni vä. CRP 88."),
      ("Åtgärd", "Doxyferm 10 dagar. Återbesök om ej bättre på 3 dagar.")],
     template="Besöksanteckning", system="PMO", setting=OPEN)],
  [], [("NL102", "n1")],
  "PMO primary-care follow-up with '?Pneumoni': PMO hides diagnoses.")

C("h36-s-pmo-dd-makrocytar-anemi", S, "1962-05-24",
  [N("n1", PMO_AHUS, PMO_DR1, "2024-11-15T14:50", [
      ("Bedömning", "Makrocytär anemi Hb 104. DD B12-brist, alkohol, hypotyreos. Prover tagna.")],
     template="Besöksanteckning", system="PMO", setting=OPEN)],
  [], [("NL102", "n1")],
  "A DD list in a PMO note is never shown: must_not NL102.")

C("h36-v-oklart-om-tagit-waran-st-finsk", V, "1944-09-20",
  [N("n1", VG_41, VG_FI, "2024-11-12T12:40", [
      ("Aktuellt", "PK 1,3 idag trots att dosen ska ge 2–3. Oklart om patient har tagit sina Waran-tabletter hemma som "
                   "ordinerat, dosetten var inte tömd enligt dotter."),
      ("Bedömning", "Mekanisk mitralisklaff, underbehandlad antikoagulation."),
      ("Åtgärd", "Fragmin bryggning tills PK över 2. Waran-sjuksköterska kontaktas för ny dosering.")],
     template="Daganteckning")],
  [], [("NL102", "n1")],
  "'Oklart om' hedges whether tablets were taken (adherence), not a diagnosis.")

C("h36-s-ingen-hallpunkt-for-dvt-hyrlakare", S, "1969-02-06",
  [N("n1", SK_AVA, SK_LOC, "2024-11-14T19:45", [
      ("Anamnes", "Patienten är en 55-årig kvinna som sedan fyra dagar besväras av smärta och svullnad i vänster vad, "
                  "som började efter att hon sprungit ett terränglopp i helgen. Hon tar inga hormoner, har inte rest eller "
                  "varit immobiliserad och har ingen tidigare tromboembolisk sjukdom i anamnesen."),
      ("Status", "Vänster vad lätt svullen medialt med ett blåmärke som sträcker sig ned mot hälen, omkrets 1 cm större "
                 "än höger sida, ömhet framför allt över mediala gastrocnemius."),
      ("Bedömning", "Ultraljud av vänster bens vener visar normala kompressionsförhållanden ända ned i vadvenerna, och "
                    "jag finner därmed ingen hållpunkt för djup ventrombos. Besvären förklaras av en partiell bristning "
                    "i mediala gastrocnemius."),
      ("Åtgärd", "Avlastning, Alvedon vid behov, hon får ett informationsblad om muskelbristning.")])],
  [], [("NL102", "n1")],
  "'ingen hållpunkt för djup ventrombos' rules DVT out; the muscle tear is stated plainly.")

C("h36-v-typo-ingen-missanke-om-aortadissektion", V, "1959-05-11",
  [N("n1", VG_AVA, VG_ST, "2024-11-16T02:40", [
      ("Aktuellt", "Plötslig bröstsmärta som strålade till ryggen, nu smärtfri efter morfin. BT lika höger och vänster "
                   "arm, 162/94."),
      ("Bedömning", "DT aorta utan dissektion. Ingen missanke om aortadissektion. TnT 9, EKG utan ischemi."),
      ("Planering", "Observation med telemetri till i morgon, blodtryckssänkning.")])],
  [], [("NL102", "n1")],
  "Typo in the negation 'Ingen missanke om': still a rule-out.")

C("h36-s-ingen-anledning-att-misstanka-myelom", S, "1953-06-18",
  [N("n1", SK_MOTT, SK_ST, "2024-11-15T16:05", [
      ("Aktuellt", "Svar på utredning av ryggvärk och högt SR. Elfores i serum och urin utan M-komponent, fria lätta "
                   "kedjor och kvot normala, DT helkropp utan osteolyser."),
      ("Bedömning", "Ingen anledning att misstänka myelom längre. Ryggvärken bedöms som degenerativ.")],
     template="Mottagningsanteckning", setting=OPEN)],
  [], [("NL102", "n1")],
  "'Ingen anledning att misstänka myelom' negates the suspicion after a normal work-up.")

C("h36-v-pappan-sannolikt-lynch-pat-koloskopi-ua", V, "1980-08-03",
  [N("n1", VG_MOTT, VG_ST, "2024-11-14T13:10", [
      ("Hereditet", "Pappan hade sannolikt Lynchs syndrom, koloncancer i tre generationer på fädernet men aldrig "
                    "genetiskt testat."),
      ("Aktuellt", "Pat själv koloskoperad i mars u.a., inga polyper. Vill ha besked om fortsatt kontrollprogram."),
      ("Planering", "Remiss till klinisk genetik SU för anlagsbärarutredning. Ny koloskopi om två år.")],
     template="Mottagningsanteckning", setting=OPEN)],
  [], [("NL102", "n1")],
  "The hedged Lynch syndrome is the father's; the patient's own findings are normal.")

C("h36-s-ssk-misstanker-pvk-ligger-fel", S, "1975-03-09",
  [N("n1", SK_M6, SK_N1, "2024-11-13T14:55", [
      ("Omvårdnad", "Pat klagar på att det svider vid infarten när antibiotikan går. Misstänker att PVK:n hamnat utanför "
                    "kärlet, svullet runt insticksstället. PVK avvecklad och ny satt i höger armveck, spolar fint.")],
     template="Omvårdnadsanteckning")],
  [], [("NL102", "n1")],
  "'Misstänker' refers to a catheter's position, not to a diagnosis.")

C("h36-v-hemgang-lordag-fragetecken-utkast", V, "1937-11-21",
  [N("n1", VG_SKENE, VG_CH, "2024-11-15T08:55", [
      ("Diagnos", "Erysipelas vä underben."),
      ("Aktuellt", "Rodnaden i regress, afebril. Går m. rollator."),
      ("Planering", "Hemgång lör? Diskuteras m. dottern, hemtjänst behöver utökas.")],
     template="Rondanteckning", signed=None)],
  [], [("NL102", "n1")],
  "Unsigned: the question mark hedges the discharge day; the erysipelas diagnosis is plain.")

C("h36-s-hjartinfarkt-avfardad-st-finsk", S, "1971-10-30",
  [N("n1", SK_AVA, SK_FI, "2024-11-12T17:50", [
      ("Aktuellt", "Patient fick tryck i bröstet när han bar vinterdäck upp från källaren, varade tjugo minuter."),
      ("Bedömning", "Troponin T 12 och sedan 13 med tre timmars mellanrum, och EKG är normal. Hjärtinfarkt har vi "
                    "avfärdat. Arbetsprov polikliniskt inom två veckor, remiss skickad.")])],
  [], [("NL102", "n1")],
  "'Hjärtinfarkt har vi avfärdat' is a rule-out in non-native word order.")

C("h36-v-ssk-trolig-orsak-snubblade", V, "1933-05-15",
  [N("n1", VG_41, VG_N2, "2024-11-11T23:15", [
      ("Omvårdnad", "Pat hittades sittande på golvet bredvid sängen kl 22.50. Trolig orsak är att hon snubblade på sin "
                    "sladd till sänglampan när hon skulle gå på toaletten. Inget slag mot huvudet enligt pat, kan röra "
                    "alla leder utan smärta. Jourläkare informerad, sladd flyttad, larmmatta utlagd.")],
     template="Omvårdnadsanteckning")],
  [], [("NL102", "n1")],
  "'Trolig orsak' hedges the mechanism of a fall, which is no diagnosis; 'kan röra' is about joints.")


C("h36-v-sannolikt-behov-av-dialys", V, "1955-04-01",
  [N("n1", VG_NJUR, VG_ST, "2024-11-13T10:30", [
      ("Aktuellt", "Diabetesnefropati med kronisk njursjukdom stadium 4, eGFR sjunkit från 24 till 19 på ett år."),
      ("Bedömning", "Sannolikt behov av dialys inom ett till två år. Pat vill helst ha hemodialys."),
      ("Planering", "Remiss för AV-fistel-bedömning till kärlkirurgen. Dialysinformation med njurssk i december.")],
     template="Mottagningsanteckning", setting=OPEN)],
  [], [("NL102", "n1")],
  "'Sannolikt' hedges a future treatment need (dialysis), not a diagnosis.")


C("h36-v-influensa-rtg-utan-bild-som-vid-pneumoni", V, "1998-09-25",
  [N("n1", VG_AVA, VG_CH, "2024-11-14T21:05", [
      ("Bedömning", "Feber 3 d, myalgi. Influensa A PCR pos. Rtg pulm utan bild som vid pneumoni."),
      ("Åtgärd", "Tamiflu ej indicerat, >48 h. Hem, sjukskriven resten av veckan.")])],
  [], [("NL102", "n1")],
  "'utan bild som vid pneumoni' negates the hedge phrase; influenza is PCR-confirmed.")

C("h36-s-ev-hojning-ramipril-mikroalbuminuri-utkast", S, "1982-11-14",
  [N("n1", SK_DIAB, SK_ST, "2024-11-14T15:20", [
      ("Aktuellt", "Typ 1-diabetes sedan 1995. U-albumin/kreatininkvot 9,8 vid två av tre mätningar i år. Blodtryck 138/86."),
      ("Bedömning", "Nyupptäckt mikroalbuminuri vid typ 1-diabetes."),
      ("Planering", "Ramipril 2,5 mg insättes, kalium och kreatinin om två veckor. Ev. höjning av dosen vid nästa besök "
                    "i februari.")], template="Mottagningsanteckning", setting=OPEN, signed=None)],
  [], [("NL102", "n1")],
  "Unsigned: 'Ev.' hedges a dose change; the microalbuminuria is confirmed.")

C("h36-v-lungemboli-i-maj-avford-hyrlakare", V, "1961-01-17",
  [N("n1", VG_44, VG_LOC, "2024-11-15T16:30", [
      ("Anamnes", "Patienten är en 63-årig kvinna med känd astma sedan ungdomen som vårdades på vår avdelning i maj på "
                  "grund av andfåddhet, då man initialt misstänkte en lungemboli, men DT-angiografin var helt normal och "
                  "den misstanken är alltså sedan länge avförd. Hon söker nu på nytt med fyra dagars tilltagande pip i "
                  "bröstet och nattlig hosta efter en förkylning som började i förra veckan."),
      ("Status", "Talar hela meningar, AF 22, sat 94 %. Pulm: Generella expiratoriska ronki, förlängt expirium."),
      ("Bedömning", "Akut astmaexacerbation utlöst av en virusinfektion, utan tecken på pneumoni."),
      ("Åtgärd", "Ventoline och Atrovent på nebulisator, Betapred 4 mg i dag och därefter Prednisolon 30 mg i fem dagar.")],
     template="Inskrivningsanteckning")],
  [], [("NL102", "n1")],
  "An old suspicion ('misstänkte en lungemboli') that the same sentence says was ruled out.")



C("h36-s-typo-inga-tekcen-pa-pneumoni-covid", S, "1995-05-27",
  [N("n1", SK_AVA, SK_FI, "2024-11-16T15:10", [
      ("Bedömning", "Patient har feber och hosta sedan tre dagar, sat 98 %. Lungröntgen utan infiltrat, inga tekcen på "
                    "pneumoni. Covid-19 PCR positiv."),
      ("Åtgärd", "Hem med Alvedon, råd om att vila och dricka.")])],
  [], [("NL102", "n1")],
  "Typo in the negation ('inga tekcen på'); covid-19 is confirmed by PCR.")

C("h36-v-mycket-talar-for-hemgang-i-morgon", V, "1950-01-28",
  [N("n1", VG_41, VG_ST, "2024-11-14T13:50", [
      ("Aktuellt", "Pyelonefrit, afebril sedan i går på Cefotaxim. CRP 180→62. Äter och dricker."),
      ("Planering", "Mycket talar för att hon kan gå hem i morgon med peroral Ciproxin, totalt tio dagars behandling.")],
     template="Daganteckning")],
  [], [("NL102", "n1")],
  "Hedge phrase 'talar för' applied to discharge, not to a diagnosis.")

C("h36-s-forenligt-med-normalt-aldrande-hyrlakare", S, "1942-04-16",
  [N("n1", SK_MOTT, SK_LOC, "2024-11-15T11:30", [
      ("Aktuellt", "Patientens dotter har uppmärksammat att hennes 82-åriga mor under det senaste året ibland glömt namn "
                   "på barnbarnen och tappat bort nycklar, och man har därför önskat en kognitiv bedömning i samband med "
                   "hennes ordinarie hjärtsviktskontroll hos oss. Patienten själv bekräftar att minnet inte är vad det "
                   "varit men klarar fortfarande sin ekonomi, sin medicinering och sina inköp helt på egen hand."),
      ("Bedömning", "MMSE 29 av 30 och klocktestet är felfritt, vilket sammantaget är förenligt med normalt åldrande. "
                    "Jag ser inget som talar för demens."),
      ("Planering", "Ingen vidare utredning. Hjärtsvikten är stabil utan behov av ändring i medicineringen, nästa "
                    "kontroll om sex månader.")], template="Mottagningsanteckning", setting=OPEN)],
  [], [("NL102", "n1")],
  "'förenligt med normalt åldrande' hedges no disease, and 'inget som talar för demens' is negated.")

# ====================================================================
# NL101 must: a diagnosis in a visible section while the text says the
# patient has not been told / must not be told yet
# ====================================================================

C("h36-s-levermetastaser-ej-informerad-st", S, "1952-07-08",
  [N("n1", SK_M5, SK_ST, "2024-11-12T15:55", [
      ("Aktuellt", "DT thorax-buk besvarad: multipla levermetastaser, största 5 cm i höger lob, samt förstorade "
                   "lymfkörtlar vid pankreashuvudet."),
      ("Information", "Pat ej informerad om fyndet ännu. Samtal planeras i morgon förmiddag tillsammans med ÖL Hellström "
                      "och kontaktsjuksköterska, dottern vill vara med.")], template="Daganteckning")],
  [("NL101", "n1")], [],
  "Liver metastases in a visible section and 'Pat ej informerad om fyndet ännu'.")

C("h36-v-pad-adenocarcinom-annu-inte-informerats", V, "1945-03-30",
  [N("n1", VG_41, VG_ST, "2024-11-14T11:15", [
      ("Aktuellt", "PAD från koloskopin 8/11: adenocarcinom i colon ascendens, måttligt differentierat. DT thorax-buk "
                   "utan fjärrmetastaser."),
      ("Planering", "Remiss kirurgen enligt SVF. Patienten har ännu inte informerats om PAD-svaret; görs av mig i samband "
                    "med ronden i morgon.")], template="Daganteckning")],
  [("NL101", "n1")], [],
  "Colon cancer PAD is visible while the Planering says the patient has not yet been told.")

C("h36-s-pankreascancer-ej-informerad-terse-utkast", S, "1943-10-22",
  [N("n1", SK_M5, SK_CH, "2024-11-13T10:05", [
      ("Bedömning", "DT: pankreascancer m. levermet. Ej informerad."),
      ("Planering", "Samtal pat + dotter i morgon kl 10. Kontaktssk bokad.")], template="Rondanteckning", signed=None)],
  [("NL101", "n1")], [],
  "Unsigned two-word withholding ('Ej informerad.') right after a visible cancer diagnosis.")

C("h36-v-lungcancer-inte-an-informerat-st-finsk", V, "1948-12-06",
  [N("n1", VG_44, VG_FI, "2024-11-13T14:45", [
      ("Aktuellt", "Bronkoskopi i förrgår, svar från patologen idag: skivepitelcancer i höger huvudbronk."),
      ("Bedömning", "Patient är inte än informerat om att det är lungcancer. Vi väntar tills hennes son kommer från Norge "
                    "på torsdag, hon har själv önskat att han är med vid alla viktiga samtal.")], template="Daganteckning")],
  [("NL101", "n1")], [],
  "Non-native 'inte än informerat om att det är lungcancer' withholds a visible diagnosis.")

C("h36-s-ssk-nyupptackt-diabetes-typ1-ej-fatt-veta", S, "2004-02-19",
  [N("n1", SK_M5, SK_N1, "2024-11-14T19:20", [
      ("Omvårdnad", "Pat inlagd från akuten med törst, viktnedgång och blodsocker 31. Nyupptäckt diabetes typ 1 enl. "
                    "dr Nilsson, GAD-ak pos. Pat har ännu inte fått veta diagnosen, dr Nilsson och diabetessköterskan "
                    "informerar i morgon förmiddag.")], template="Omvårdnadsanteckning")],
  [("NL101", "n1")], [],
  "Nurse's note names new type 1 diabetes and says the patient has not been told yet.")

C("h36-v-aml-ej-meddelat-hyrlakare", V, "1950-05-19",
  [N("n1", VG_41, VG_LOC, "2024-11-15T17:05", [
      ("Aktuellt", "Jag följer idag upp denna 74-åriga kvinna som inkom för fyra dagar sedan med feber, uttalad trötthet "
                   "och blåmärken på båda underbenen, och där det initiala blodstatuset visade en pancytopeni med blaster i "
                   "perifert blod. Benmärgsundersökningen som utfördes i tisdags har nu besvarats av hematopatologen i Göteborg."),
      ("Bedömning", "Benmärgen visar 62 % myeloiska blaster, och diagnosen är därmed akut myeloisk leukemi, vilket jag av "
                    "hänsyn till patientens mycket påverkade allmäntillstånd och hennes pågående feber ännu inte har "
                    "meddelat henne. Jag bedömer att hon i dag inte skulle orka ta emot ett så tungt besked på ett "
                    "meningsfullt sätt."),
      ("Planering", "Hematologjouren på Sahlgrenska är kontaktad och tar ställning till överflyttning. Informationssamtal "
                    "med patienten och hennes make planeras till måndag, eller tidigare om hon blir piggare under helgen.")])],
  [("NL101", "n1")], [],
  "Locum's long sentence buries 'ännu inte har meddelat henne' after the AML diagnosis.")

C("h36-s-typo-informarad-mds-st-finsk", S, "1941-11-09",
  [N("n1", SK_HLM, SK_FI, "2024-11-15T13:05", [
      ("Aktuellt", "Svar på benmärgsprov från i förra veckan: myelodysplastiskt syndrom med ringsideroblaster, låg risk "
                   "enligt IPSS-R."),
      ("Bedömning", "Patient ännu inte informarad om diagnos, hematologen i Lund vill träffa henne först och ta ställning "
                    "till behandling.")], template="Daganteckning")],
  [("NL101", "n1")], [],
  "Typo 'informarad' in the withholding phrase; MDS is visible in Aktuellt.")

C("h36-v-typo-hiv-ej-underattad", V, "1986-08-17",
  [N("n1", VG_44, VG_ST, "2024-11-12T16:25", [
      ("Utredning", "HIV-test taget under vårdtiden för pneumocystispneumoni har konfirmerats positivt, virusmängd "
                    "240 000 kopior/ml, CD4 90."),
      ("Planering", "Besked lämnas inte per telefon. Pat ännu inte underättad, kallas till infektionsmottagningen i morgon "
                    "kl 09.00 där läkare och kurator tar samtalet.")], setting=OPEN)],
  [("NL101", "n1")], [],
  "Confirmed HIV in a visible section while 'ännu inte underättad' (typo) says the patient is not told.")

C("h36-s-skelettmetastaser-avvaktar-hyrlakare", S, "1938-04-28",
  [N("n1", SK_M5, SK_LOC, "2024-11-13T16:15", [
      ("Aktuellt", "Den 86-årige patienten, som sedan 2019 har en hormonbehandlad prostatacancer, inkom för tre dagar "
                   "sedan med tilltagande smärtor i ländryggen och bäckenet samt ett förhöjt kalcium på 2,91."),
      ("Bedömning", "Skelettscintigrafin som besvarades i eftermiddag visar utbredd skelettmetastasering i kotpelaren, "
                    "bäckenet och båda lårbenen, vilket förklarar både smärtorna och hyperkalcemin. Jag har efter samråd "
                    "med överläkaren valt att avvakta med att informera patienten om detta tills hans hustru kan närvara "
                    "vid samtalet, vilket enligt henne tidigast blir på fredag."),
      ("Åtgärd", "Zometa 4 mg iv, Oxynorm depot 10 mg x 2 med Oxynorm 5 mg vid behov, dropp. Kontakt med onkologen i "
                 "Lund angående strålbehandling.")])],
  [("NL101", "n1")], [],
  "'valt att avvakta med att informera patienten' about newly found bone metastases.")

C("h36-v-myelom-besked-vid-aterbesok-terse", V, "1946-10-03",
  [N("n1", VG_MOTT, VG_CH, "2024-11-12T16:50", [
      ("Bedömning", "Bmb: 30 % klonala plasmaceller. Myelom, ISS II. Pat ej informerad — besked vid återbesök 18/11.")],
     template="Mottagningsanteckning", setting=OPEN)],
  [("NL101", "n1")], [],
  "Terse outpatient note: confirmed myeloma, 'Pat ej informerad'.")

C("h36-s-pleuracytologi-ej-informerad-och-ssk-natt", S, "1942-05-21",
  [N("n1", SK_M5, SK_ST, "2024-11-12T14:00", [
      ("Aktuellt", "Cytologi från pleuratappningen i går: maligna celler, adenocarcinom."),
      ("Information", "Pat ännu inte informerad, vill ha sonen med. Samtal på torsdag.")], template="Daganteckning"),
   N("n2", SK_M5, SK_N2, "2024-11-12T21:00", [
      ("Omvårdnad", "Pat har sovit oroligt, smärta i bröstet vid djupandning VAS 5, Oxynorm 5 mg givet med effekt. "
                    "Pleuradränet borttaget i eftermiddags, förbandet torrt.")], template="Omvårdnadsanteckning")],
  [("NL101", "n1")], [("NL101", "n2")],
  "The doctor's note withholds the malignant cytology; the nurse's note says nothing about telling.")

C("h36-v-ssk-ovetande-om-terminal-njursvikt", V, "1940-09-09",
  [N("n1", VG_41, VG_N1, "2024-11-13T11:30", [
      ("Omvårdnad", "Pat fortfarande ovetande om att hon har terminal njursvikt och att dialys diskuteras, dr Karlsson tar "
                    "samtalet efter ronden. Pat frågar mycket om varför hon måste stanna och väga sig varje dag. Vätskelista "
                    "förs, intag 1 200 ml, diures 450 ml.")], template="Omvårdnadsanteckning")],
  [("NL101", "n1")], [],
  "'ovetande om' (unaware of) terminal kidney failure: a less common way to say not informed.")

C("h36-s-ventrikelcancer-undanhalls-pa-sonens-begaran", S, "1934-06-11",
  [N("n1", SK_HLM, SK_LOC, "2024-11-14T15:35", [
      ("Aktuellt", "Gastroskopin i går visade en ulcererande tumör i corpus ventriculi och PAD besvarades i eftermiddag "
                   "som adenocarcinom."),
      ("Bedömning", "Ventrikelcancer hos en 90-årig kvinna med måttlig demens och hjärtsvikt, där kurativ behandling "
                    "knappast är aktuell."),
      ("Information", "Sonen, som är hennes gode man, har bett oss att diagnosen tills vidare undanhålls patienten, "
                      "eftersom han befarar att hon kommer att bli mycket ångestfylld. Jag har förklarat att hon har rätt "
                      "till information om sitt tillstånd och att vi återkommer till frågan vid nästa veckas ronder "
                      "tillsammans med honom.")])],
  [("NL101", "n1")], [],
  "'diagnosen tills vidare undanhålls patienten' at the son's request: the patient is not told.")

C("h36-v-kanner-annu-inte-till-lymfom", V, "1964-01-24",
  [N("n1", VG_MOTT, VG_ST, "2024-11-15T10:25", [
      ("Utredning", "PAD från körtelbiopsi höger ljumske: diffust storcelligt B-cellslymfom."),
      ("Planering", "Pat känner ännu inte till PAD-beskedet; han är bokad till mig på tisdag för besked och därefter "
                    "PET-DT. Remiss till hematologen SU skickad i dag.")], template="Mottagningsanteckning", setting=OPEN)],
  [("NL101", "n1")], [],
  "'känner ännu inte till PAD-beskedet' while the lymphoma diagnosis is visible.")

C("h36-s-mesoteliom-info-far-vanta-terse", S, "1944-02-14",
  [N("n1", SK_M5, SK_CH, "2024-11-13T09:40", [
      ("Bedömning", "PAD pleura: mesoteliom. Info till pat får vänta till torsd, dottern kommer från Sthlm."),
      ("Åtgärd", "Oxynorm vb. Kontakt lungonk Lund.")], template="Rondanteckning")],
  [("NL101", "n1")], [],
  "'Info till pat får vänta' is a telegraphic 'must not be told yet'.")

C("h36-v-celiaki-inte-fatt-besked-telefon-st-finsk", V, "1992-10-12",
  [N("n1", VG_MOTT, VG_FI, "2024-11-14T15:55", [
      ("Telefonkontakt", "Jag ringde två gånger men fick inte tag på patient, så hon har fortfarande inte fått besked om "
                         "att biopsierna visar celiaki. Skickar meddelande i 1177 att hon ska ringa mottagning.")],
     template="Telefonanteckning", setting=OPEN)],
  [("NL101", "n1")], [],
  "Unreached by phone: a non-alarming diagnosis (coeliac disease) is still visible and untold.")

C("h36-s-njurcellscancer-ej-informeras-fore-urolog", S, "1957-08-29",
  [N("n1", SK_M5, SK_ST, "2024-11-15T14:00", [
      ("Aktuellt", "DT buk gjord pga makroskopisk hematuri. Radiolog beskriver en 6 cm solid tumör i vänster njure utan "
                   "spridning, och urologen bedömer det som njurcellscancer."),
      ("Planering", "Enligt överenskommelse med urologen ska patienten inte informeras innan urologen träffat honom på "
                    "måndag. Remiss skickad.")], template="Daganteckning")],
  [("NL101", "n1")], [],
  "'ska patienten inte informeras innan…' is a must-not-tell-yet instruction for a visible diagnosis.")

C("h36-v-hemokromatos-ej-pratat-med-pat-terse", V, "1967-09-24",
  [N("n1", VG_MOTT, VG_CH, "2024-11-13T12:20", [
      ("Utredning", "HFE: homozygot C282Y, dvs hereditär hemokromatos. Ej pratat m pat ännu. Tel-tid bokad fre.")],
     template="Journalanteckning", setting=OPEN)],
  [("NL101", "n1")], [],
  "'Ej pratat m pat ännu' is an abbreviated way to say the diagnosis is not yet told.")

C("h36-s-lungembolier-pat-sov-utkast-st-finsk", S, "1939-03-17",
  [N("n1", SK_M5, SK_FI, "2024-11-14T11:10", [
      ("Aktuellt", "DT-angio gjort i morse visar lungembolier i båda sidor, högerkammare inte belastad."),
      ("Bedömning", "Patient sov när jag kom till rummet och hon är ännu inte informerad om lungembolierna. Jag återkommer "
                    "efter lunch och pratar med henne."),
      ("Åtgärd", "Innohep 175 E/kg startas nu, ssk informerad.")], template="Daganteckning", signed=None)],
  [("NL101", "n1")], [],
  "Unsigned: bilateral pulmonary emboli not yet told (patient asleep); only staff are informed.")

C("h36-v-misstankt-lymfom-ej-informerad-om-misstanken", V, "1955-12-30",
  [N("n1", VG_41, VG_ST, "2024-11-12T15:20", [
      ("Aktuellt", "DT thorax-buk visar förstorade lymfkörtlar i mediastinum och retroperitonealt, mjälten 16 cm."),
      ("Bedömning", "Misstänkt lymfom. Pat är ännu inte informerad om misstanken, avvaktar biopsi.")],
     template="Daganteckning")],
  [("NL101", "n1"), ("NL102", "n1")], [],
  "A suspected lymphoma, visible and explicitly untold: both the hedge and the withholding apply.")

C("h36-s-sokord-tidiga-hypoteser-ej-skydd-ej-informerad", S, "1960-06-21",
  [N("n1", SK_M5, SK_CH, "2024-11-15T12:15", [
      ("Aktuellt", "Mår bättre, smärtfri."),
      ("Tidiga hypoteser", "PAD lever: metastas från ventrikelcancer. Pat ej informerad.")])],
  [("NL101", "n1")], [],
  "Skåne filters by template only: an untold diagnosis under the sökord Tidiga hypoteser in a Läkaranteckning is visible.")

C("h36-v-tidiga-hypoteser-och-bedomning-ej-informerad", V, "1949-05-02",
  [N("n1", VG_41, VG_ST, "2024-11-13T16:40", [
      ("Tidiga hypoteser", "Pankreascancer med levermetastaser enligt DT."),
      ("Bedömning", "Pankreascancer med spridning till levern, inte aktuell för kirurgi."),
      ("Information", "Pat ej informerad om cancerdiagnosen, samtal i morgon tillsammans med makan.")],
     template="Daganteckning")],
  [("NL101", "n1")], [],
  "VGR: the diagnosis is also in the visible Bedömning and the visible Information says not told.")

C("h36-v-diagnos-c34-ej-informerad-st-finsk", V, "1953-09-15",
  [N("n1", VG_44, VG_FI, "2024-11-14T13:35", [
      ("Diagnos", "C34.1 Lungcancer höger ovanlob, adenocarcinom, stadium IIIA."),
      ("Planering", "Patient är ej informerad om diagnos än. Informationssamtal med kontaktsjuksköterska och mig bokas "
                    "på måndag.")], template="Daganteckning")],
  [("NL101", "n1")], [],
  "Diagnosis with ICD code under Diagnos; Planering says the patient is not informed.")

C("h36-s-beskedet-om-cancern-har-inte-lamnats", S, "1966-03-26",
  [N("n1", SK_MOTT, SK_ST, "2024-11-14T16:20", [
      ("Utredning", "Gastroskopi 7/11: PAD visar adenocarcinom i distala esofagus."),
      ("Planering", "Beskedet om cancern har inte lämnats än, patienten kommer på besök på måndag kl 13 tillsammans med "
                    "sin fru. MDK övre GI på onsdag.")], template="Journalanteckning", setting=OPEN)],
  [("NL101", "n1")], [],
  "Passive 'Beskedet … har inte lämnats än' without the word 'informerad'.")

C("h36-v-aortaaneurysm-inte-berattat-hyrlakare", V, "1947-07-27",
  [N("n1", VG_41, VG_LOC, "2024-11-14T16:45", [
      ("Aktuellt", "Patienten, en 77-årig man som vårdas för en pneumoni som nu är i god regress, genomgick i går en DT "
                   "thorax för att utvärdera en kvarstående breddökad mediastinumskugga på lungröntgen."),
      ("Bedömning", "DT visar ett thorakoabdominellt aortaaneurysm med en största diameter på 6,8 cm, vilket vi ännu inte "
                    "har berättat för honom om, eftersom kärlkirurgen på Sahlgrenska först vill titta på bilderna och ta "
                    "ställning till om det finns något realistiskt behandlingsalternativ att erbjuda."),
      ("Planering", "Blodtryckskontroll med mål under 130 systoliskt. Kärlkirurgens svar väntas i morgon, varefter "
                    "informationssamtal.")])],
  [("NL101", "n1")], [],
  "'vilket vi ännu inte har berättat för honom om' attached to a visible aneurysm diagnosis.")

C("h36-v-ssk-inte-namna-alzheimerdiagnosen", V, "1935-10-18",
  [N("n1", VG_SKENE, VG_N2, "2024-11-15T14:10", [
      ("Omvårdnad", "Dr Mäkelä har bett oss att inte nämna något om alzheimerdiagnosen för pat innan anhörigmötet på "
                    "måndag. Pat lugn i dag, åt hela lunchen och gick en promenad i korridoren med stöd.")],
     template="Omvårdnadsanteckning")],
  [("NL101", "n1")], [],
  "Nurse documents an instruction not to mention the Alzheimer diagnosis to the patient yet.")

C("h36-s-typo-ej-infomerad-hcc-terse-utkast", S, "1954-04-13",
  [N("n1", SK_M5, SK_CH, "2024-11-15T09:15", [
      ("Bedömning", "Levercirros, nu HCC 4 cm seg 6 på MR. Ej infomerad ännu."),
      ("Planering", "MDK lever Lund tisd.")], template="Rondanteckning", signed=None)],
  [("NL101", "n1")], [],
  "Unsigned terse note with the typo 'Ej infomerad' after a new HCC diagnosis.")

# ====================================================================
# NL101 must_not: told (now or earlier), untold thing is no diagnosis,
# protected place, only a relative untold, nothing said about telling
# ====================================================================

C("h36-s-informerad-om-levermetastaser-kontaktssk", S, "1951-05-09",
  [N("n1", SK_M5, SK_ST, "2024-11-13T15:05", [
      ("Information", "Pat informerad om att DT visar levermetastaser och att primärtumören ännu inte är hittad. Tog "
                      "beskedet sakligt, ställde frågor om prognos. Kontaktsjuksköterska närvarande, dottern med via telefon.")],
     template="Daganteckning")],
  [], [("NL101", "n1")],
  "The patient has been told today; 'ännu inte' refers to the primary tumour not being found.")

C("h36-v-sedan-tidigare-informerad-kol-terse", V, "1947-06-29",
  [N("n1", VG_44, VG_CH, "2024-11-12T09:10", [
      ("Bedömning", "KOL grad 3, exac. Pat sedan tidigare väl informerad om sin KOL. Röker fortf."),
      ("Planering", "Rökavvänjning erbjuden, avböjd.")], template="Rondanteckning")],
  [], [("NL101", "n1")],
  "Told earlier ('sedan tidigare väl informerad').")

C("h36-s-ssk-ej-informerad-om-datum-angio", S, "1960-12-08",
  [N("n1", SK_HIA, SK_N2, "2024-11-12T13:35", [
      ("Omvårdnad", "NSTEMI, smärtfri sedan i morse. Pat ännu ej informerad om datum för koronarangiografin, koordinatorn "
                    "i Lund ringer tillbaka i eftermiddag. Mobiliserad på rummet.")], template="Omvårdnadsanteckning")],
  [], [("NL101", "n1")],
  "What is not yet told is a date, not the diagnosis.")

C("h36-v-ej-informerad-om-att-remiss-skickats-ra", V, "1958-04-15",
  [N("n1", VG_MOTT, VG_ST, "2024-11-15T16:30", [
      ("Åtgärd", "Remiss till reumatologmottagningen SU för hans seropositiva reumatoida artrit, gällande biologisk "
                 "behandling. Pat ännu ej informerad om att remissen skickats, får brev.")],
     template="Journalanteckning", setting=OPEN)],
  [], [("NL101", "n1")],
  "Untold is only that the referral was sent; the RA diagnosis is long known.")

C("h36-s-negativa-blododlingar-ej-informerad-st-finsk", S, "1970-09-14",
  [N("n1", SK_M6, SK_FI, "2024-11-15T11:50", [
      ("Aktuellt", "Patient utskriven i måndags. Blododlingar från vårdtiden är negativa efter fem dygn. Patient är inte "
                   "informerat om det än, jag ringer henne imorgon på förmiddag."),
      ("Diagnos", "Pneumoni höger underlob.")], template="Journalanteckning", setting=OPEN)],
  [], [("NL101", "n1")],
  "Untold is a normal result (negative cultures), not a diagnosis.")

C("h36-s-tidiga-hypoteser-mall-ej-informerad-pankreas", S, "1947-01-20",
  [N("n1", SK_M5, SK_ST, "2024-11-14T10:30", [
      ("Bedömning", "Misstänkt pankreascancer, 3 cm process i pankreashuvudet på DT, CA 19-9 880. Pat ej informerad om "
                    "misstanken, EUS med biopsi nästa vecka.")], template="Tidiga hypoteser")],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "Skåne: the untold hypothesis is kept in the protected Tidiga hypoteser template.")

C("h36-v-tidiga-hypoteser-sokord-myelom-ej-inf-utkast", V, "1952-03-08",
  [N("n1", VG_MOTT, VG_CH, "2024-11-14T14:20", [
      ("Aktuellt", "Anemi Hb 101, krea 168, Ca 2,71. Ryggvärk."),
      ("Tidiga hypoteser", "Myelom? M-komp 34 g/l. Pat ej inf."),
      ("Planering", "Bmb v 47. Återbesök m svar.")], template="Mottagningsanteckning", setting=OPEN, signed=None)],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "VGR: the untold myeloma hypothesis sits only under the protected sökord; visible text holds findings only.")

C("h36-s-pat-informerad-maken-ej-hyrlakare", S, "1961-08-02",
  [N("n1", SK_MOTT, SK_LOC, "2024-11-14T14:40", [
      ("Information", "Jag har i dag i lugn och ro gått igenom PAD-svaret med patienten, och hon är därmed fullt informerad "
                      "om att det rör sig om en koloncancer i sigmoideum. Hon har uttryckligen bett att maken inte ska "
                      "informeras ännu, eftersom han själv nyligen genomgått en hjärtoperation och hon vill berätta för "
                      "honom på sitt eget sätt efter helgen."),
      ("Planering", "Remiss till kirurgen i Kristianstad enligt SVF, kontaktsjuksköterskan ringer henne under nästa vecka.")],
     template="Mottagningsanteckning", setting=OPEN)],
  [], [("NL101", "n1")],
  "The patient is told; only the husband is not yet informed.")

C("h36-v-njursvikt-stadium4-inget-om-information-st-finsk", V, "1943-02-25",
  [N("n1", VG_NJUR, VG_FI, "2024-11-13T14:15", [
      ("Aktuellt", "Patient kommer för kontroll av njurfunktion, mår som vanligt, lite mer trött på eftermiddagarna."),
      ("Lab", "Kreatinin 214, eGFR 22, kalium 5,1, Hb 108, PTH 14."),
      ("Bedömning", "Kronisk njursjukdom stadium 4, stabilt sedan i våras. Renal anemi, vi börjar med Aranesp.")],
     template="Mottagningsanteckning", setting=OPEN)],
  [], [("NL101", "n1")],
  "Diagnoses without any statement about telling the patient.")

C("h36-s-ssk-ej-informerad-om-korttidsboende", S, "1932-03-16",
  [N("n1", SK_HLM, SK_N1, "2024-11-15T10:50", [
      ("Omvårdnad", "Pat vårdas för hjärtsvikt, stabil. Ej informerad om att hemgång planeras till korttidsboende, "
                    "biståndshandläggaren vill prata med dottern först. Behöver hjälp av två vid förflyttning.")],
     template="Omvårdnadsanteckning")],
  [], [("NL101", "n1")],
  "Untold is a discharge plan, not the (known) heart failure.")

C("h36-v-ssk-ny-tid-diabetesmott-utkast", V, "1976-07-19",
  [N("n1", VG_41, VG_N1, "2024-11-15T15:30", [
      ("Omvårdnad", "Pat utskrivs i dag efter hypoglykemi, typ 1-diabetes. Har fått ny insulinordination och glukagon hem. "
                    "Pat ännu inte informerad om ny tid till diabetesmottagningen, kallelse skickas hem.")],
     template="Omvårdnadsanteckning", signed=None)],
  [], [("NL101", "n1")],
  "Unsigned: untold is an appointment time.")

C("h36-s-ssk-telefon-normalt-hb-ej-svar", S, "1968-11-25",
  [N("n1", SK_MOTT, SK_N2, "2024-11-13T15:20", [
      ("Telefonkontakt", "Sökt pat två gånger under dagen för att meddela att Hb nu är normalt, 131, efter "
                         "järnbehandlingen. Ej svar, talat in meddelande på telefonsvarare.")],
     template="Telefonanteckning", setting=OPEN)],
  [], [("NL101", "n1")],
  "The patient could not be reached, but what is untold is a normal result.")

C("h36-v-informerar-pat-och-fru-hjartsvikt", V, "1956-06-04",
  [N("n1", VG_MOTT, VG_ST, "2024-11-11T13:30", [
      ("Aktuellt", "Ultraljud hjärta visar nedsatt vänsterkammarfunktion, EF 30 %, dilaterad vänster kammare."),
      ("Information", "Informerar pat och hans fru om diagnosen hjärtsvikt och om hur behandlingen är tänkt att trappas upp. "
                      "Skriftlig information om vätska och vikt medgiven."),
      ("Åtgärd", "Entresto 24/26 mg x 2, Jardiance 10 mg. Hjärtsviktssköterska om två veckor.")],
     template="Mottagningsanteckning", setting=OPEN)],
  [], [("NL101", "n1")],
  "Present-tense telling ('Informerar pat … om diagnosen').")

C("h36-s-ej-informerad-dialysplats-saknas", S, "1949-09-01",
  [N("n1", SK_NJUR, SK_ST, "2024-11-14T11:05", [
      ("Aktuellt", "Terminal njursvikt, startat hemodialys på sjukhuset i oktober. Pat vill helst dialysera i Hässleholm, "
                   "närmare hemmet."),
      ("Planering", "Pat ännu ej informerad om att dialysplats i Hässleholm saknas före januari, vårdenhetschef återkommer "
                    "med besked.")], template="Mottagningsanteckning", setting=OPEN)],
  [], [("NL101", "n1")],
  "Untold is an organisational fact (no dialysis slot), not a diagnosis.")

C("h36-v-lungcancer-maken-ej-informerad-terse", V, "1954-10-26",
  [N("n1", VG_44, VG_CH, "2024-11-14T10:40", [
      ("Bedömning", "Lungcancer vä, småcellig. Pat informerad i går, tog det bra. Maken ej inf. på pat:s begäran."),
      ("Planering", "Onk SU, cytostatika nästa v.")], template="Rondanteckning")],
  [], [("NL101", "n1")],
  "Terse: patient told yesterday; 'ej inf.' applies to the husband only.")

C("h36-s-ej-informerad-om-att-cancer-uteslutits", S, "1963-07-06",
  [N("n1", SK_MOTT, SK_ST, "2024-11-15T15:10", [
      ("Utredning", "PAD från koloskopin 11/11: hyperplastiska polyper, ingen dysplasi. Cancer har därmed kunnat uteslutas "
                    "som orsak till blödningen."),
      ("Planering", "Pat ännu ej informerad om att cancer kunde uteslutas, brev skickas i dag och telefontid erbjuds.")],
     template="Journalanteckning", setting=OPEN)],
  [], [("NL101", "n1")],
  "Hard negative: 'ej informerad' + 'cancer', but what is untold is that cancer was ruled out.")

C("h36-v-infarkt-informerad-osaker-forstaelse-hyrlakare", V, "1930-12-09",
  [N("n1", VG_SKENE, VG_LOC, "2024-11-12T17:25", [
      ("Aktuellt", "Jag har i eftermiddag haft ett samtal med patienten, en 93-årig kvinna med måttlig demens som bor på "
                   "vård- och omsorgsboende, angående de troponinstegringar och EKG-förändringar som upptäcktes när hon kom "
                   "in med yrsel och illamående i söndags."),
      ("Information", "Jag informerade henne om att det rör sig om en hjärtinfarkt och att vi med hänsyn till hennes ålder "
                      "och skörhet inte kommer att göra någon kranskärlsröntgen, men med tanke på hennes kognitiva svikt är "
                      "jag osäker på hur mycket av informationen hon kunde ta till sig. Sonen har informerats per telefon "
                      "med patientens goda minne.")])],
  [], [("NL101", "n1")],
  "Told, even if comprehension is uncertain; doubt about understanding is not 'not informed'.")

C("h36-s-tva-anteckningar-informerad-dagen-efter", S, "1958-02-22",
  [N("n1", SK_M5, SK_ST, "2024-11-12T14:30", [
      ("Aktuellt", "PAD från koloskopin: adenocarcinom i rektum, 8 cm ovan analkanten."),
      ("Information", "Ej informerad ännu, pat är på undersökning resten av dagen.")], template="Daganteckning"),
   N("n2", SK_M5, SK_ST, "2024-11-13T11:45", [
      ("Information", "Har i dag informerat pat om att PAD visar rektalcancer. Pat ledsen men samlad, hustrun närvarande. "
                      "Kontaktsjuksköterska Anna kopplad."),
      ("Planering", "MR lilla bäckenet och DT thorax-buk. MDK kolorektal nästa tisdag.")], template="Daganteckning")],
  [], [("NL101", "n2")],
  "The next day's note tells the patient what the earlier note withheld; asserted on the telling note.")

C("h36-v-ej-informerad-metformin-utsatt-st-finsk", V, "1945-11-30",
  [N("n1", VG_41, VG_FI, "2024-11-13T12:05", [
      ("Aktuellt", "Kreatinin steg till 189 efter DT med kontrast i måndags. Typ 2-diabetes."),
      ("Planering", "Metformin är utsatt tills vidare och vi har börjat med insulin Abasaglar 10 E till natten. Patient ej "
                    "informerad om att Metformin satts ut, jag säger på eftermiddagens rond.")], template="Daganteckning")],
  [], [("NL101", "n1")],
  "Untold is a medication change, not a diagnosis.")

C("h36-s-ssk-lab-svar-har-inte-kommit", S, "1973-05-03",
  [N("n1", SK_MOTT, SK_N1, "2024-11-12T10:15", [
      ("Telefonkontakt", "Pat ringer och undrar över provsvaren från i fredags. Ej informerat om lab-svar då de inte kommit "
                         "ännu, celiakiserologi tar en vecka. Pat ringer igen nästa onsdag.")],
     template="Telefonanteckning", setting=OPEN)],
  [], [("NL101", "n1")],
  "Results are pending: there is no diagnosis to withhold.")

C("h36-v-ingen-information-om-ev-pacemaker-utkast", V, "1939-08-22",
  [N("n1", VG_HIA, VG_CH, "2024-11-14T08:35", [
      ("Bedömning", "AV-block II Mobitz 1 nattetid, asymtomatisk. Ingen information given ännu om ev. framtida "
                    "pacemaker – tas upp vid återbesök om 3 mån.")], template="Rondanteckning", signed=None)],
  [], [("NL101", "n1")],
  "Unsigned: 'Ingen information given' concerns a possible future treatment, not the AV block.")

C("h36-v-telefon-berattat-celiaki-st-finsk", V, "1997-03-11",
  [N("n1", VG_MOTT, VG_FI, "2024-11-15T09:35", [
      ("Telefonkontakt", "Jag ringde patient och berättade att biopsier från tunntarmen visar celiaki. Hon var inte så "
                         "förvånad, hennes moster har också. Vi pratade om glutenfri kost och att dietist kallar henne.")],
     template="Telefonanteckning", setting=OPEN)],
  [], [("NL101", "n1")],
  "The diagnosis was told by phone ('berättade att').")

C("h36-s-ssk-ej-informerad-flyttat-besok", S, "1937-09-19",
  [N("n1", SK_M5, SK_N2, "2024-11-16T19:10", [
      ("Omvårdnad", "Pat sovit större delen av eftermiddagen, vaken och klar vid kvällsmålet. Pneumoni vä underlob, "
                    "antibiotika enl ordination. Pat ej informerad om att biståndshandläggarens besök flyttats till måndag, "
                    "tas i morgon bitti.")], template="Omvårdnadsanteckning")],
  [], [("NL101", "n1")],
  "A visible diagnosis and 'ej informerad', but about a moved appointment.")

C("h36-v-ssk-pat-vet-om-sin-diagnos", V, "1959-01-05",
  [N("n1", VG_41, VG_N2, "2024-11-16T16:20", [
      ("Omvårdnad", "Pat vet om sin diagnos bukspottkörtelcancer och vill inte prata mer om den i dag, önskar vila. "
                    "Illamående på förmiddagen, Primperan 10 mg iv med god effekt. Maken på besök i eftermiddag.")],
     template="Omvårdnadsanteckning")],
  [], [("NL101", "n1")],
  "The patient knows the diagnosis; declining to talk about it is not being uninformed.")

C("h36-s-var-inte-informerad-vid-ankomst-nu-samtal", S, "1965-10-16",
  [N("n1", SK_M5, SK_FI, "2024-11-14T16:50", [
      ("Aktuellt", "Patient med känd lungcancer kom till avdelningen från akuten i går och var då inte informerad om att "
                   "DT visar hjärnmetastaser, eftersom akutläkaren inte hann."),
      ("Information", "Idag har jag och överläkare haft samtal med honom och hans fru om metastaserna och vad det betyder "
                      "för behandlingen.")], template="Daganteckning")],
  [], [("NL101", "n1")],
  "Past 'var då inte informerad' followed by today's conversation: the patient is now told.")

C("h36-v-pat-berattar-sjalv-om-lymfomdiagnos", V, "1951-04-07",
  [N("n1", VG_AVA, VG_ST, "2024-11-15T22:30", [
      ("Anamnes", "Pat berättar själv att hon fick diagnosen follikulärt lymfom på Sahlgrenska i september och ska börja "
                  "behandling i december. Söker nu för feber och frossa sedan i dag."),
      ("Bedömning", "Feber hos lymfompatient utan neutropeni, LPK 7,8. Odlingar tagna, Cefotaxim startat.")],
     template="Inskrivningsanteckning")],
  [], [("NL101", "n1")],
  "The patient reports the diagnosis herself: she already knows it.")

C("h36-s-informerad-i-gar-av-mig-terse", S, "1950-11-11",
  [N("n1", SK_M5, SK_CH, "2024-11-14T08:45", [
      ("Bedömning", "Ventrikelcancer, inf. av mig i går. Vill hem. Smärtfri på Oxycontin."),
      ("Planering", "Hem m. ASIH fre.")], template="Rondanteckning")],
  [], [("NL101", "n1")],
  "Abbreviated 'inf. av mig i går': the patient was told yesterday.")

C("h36-v-typo-ssk-pat-infomerad-om-ny-diabetes", V, "1981-12-21",
  [N("n1", VG_DIAB, VG_N1, "2024-11-12T10:45", [
      ("Telefonkontakt", "Pat ringer efter besöket i går, undrar över glukosmätaren. Pat infomerad om sin nya diagnos typ "
                         "2-diabetes av dr Karlsson i går och har läst broschyren. Instruerad i hur sensorn byts.")],
     template="Telefonanteckning", setting=OPEN)],
  [], [("NL101", "n1")],
  "Typo 'infomerad' in a told statement: the patient was informed.")


# ====================================================================
# validation and output
# ====================================================================

def fail(msg):
    print("build.py: " + msg, file=sys.stderr)
    sys.exit(1)


def age_at(birth, when):
    b = datetime.date.fromisoformat(birth)
    w = datetime.datetime.fromisoformat(when).date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def in_2024(ts):
    return isinstance(ts, str) and ts.startswith("2024-")


SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def validate(cases):
    names = set()
    seen = {}
    keys = ["case", "ruleset", "record", "must", "must_not", "why"]
    for c in cases:
        n = c["case"]
        if list(c.keys()) != keys:
            fail("%s: wrong keys" % n)
        if n in names:
            fail("duplicate case name " + n)
        names.add(n)
        if not n.startswith("h36-"):
            fail("%s: name must start with h36-" % n)
        if c["ruleset"] not in ("skane", "vgr"):
            fail("%s: bad ruleset" % n)
        if not c["why"].strip():
            fail("%s: empty why" % n)
        rec = c["record"]
        pat = rec["patient"]
        pid, birth = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            fail("%s: bad personnummer format" % n)
        if pid[:8] != birth.replace("-", ""):
            fail("%s: personnummer does not match birth_date" % n)
        digits = pid[2:8] + pid[9:]
        if luhn_digit(digits[:9]) != digits[9]:
            fail("%s: Luhn check fails" % n)
        age = age_at(birth, rec["as_of"])
        if 13 <= age <= 15:
            fail("%s: patient aged 13-15" % n)
        if not in_2024(rec["as_of"]):
            fail("%s: as_of not in 2024" % n)
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            fail("%s: expected empty access_events/conversations/treatments" % n)
        notes = {}
        for note in rec["notes"]:
            if note["id"] in notes:
                fail("%s: duplicate note id" % n)
            notes[note["id"]] = note
            if not in_2024(note["time"]):
                fail("%s: note time not in 2024" % n)
            if note["signed"] is not None and not in_2024(note["signed"]):
                fail("%s: signed not in 2024" % n)
            if note["time"] > rec["as_of"]:
                fail("%s: note after as_of" % n)
            if note["system"] not in ("Melior", "PMO"):
                fail("%s: unknown system" % n)
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                fail("%s: VGR note not Melior" % n)
            if note["setting"] not in ("slutenvård", "öppenvård"):
                fail("%s: bad setting" % n)
            if not note["sections"]:
                fail("%s: note without sections" % n)
            for sec in note["sections"]:
                for sent in SPLIT.split(sec["text"]):
                    s = sent.strip()
                    if len(s) >= 25:
                        if s in seen and seen[s] != (n, note["id"], sec["keyword"]):
                            fail("sentence repeated in %s and %s: %r" % (seen[s][0], n, s))
                        if s in seen:
                            fail("sentence repeated within %s: %r" % (n, s))
                        seen[s] = (n, note["id"], sec["keyword"])
        if not c["must"] and not c["must_not"]:
            fail("%s: asserts nothing" % n)
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if len(set(pairs)) != len(pairs):
            fail("%s: same assertion listed twice or in both lists" % n)
        for code, target in pairs:
            if code not in ("NL101", "NL102"):
                fail("%s: unexpected code %s" % (n, code))
            if target not in notes:
                fail("%s: target %s missing" % (n, target))
            system = notes[target]["system"]
            if code == "NL102" and system != "Melior" and [code, target] in c["must"]:
                fail("%s: NL102 must asserted on non-Melior" % n)
            if code == "NL101" and system == "PMO":
                fail("%s: NL101 asserted on PMO" % n)


def main():
    validate(CASES)
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "nl1_heldout36_cases.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    regions = {}
    for c in CASES:
        regions[c["ruleset"]] = regions.get(c["ruleset"], 0) + 1
    print("wrote %d cases to %s" % (len(CASES), out))
    print("regions: " + ", ".join("%s=%d" % kv for kv in sorted(regions.items())))
    for key in sorted(counts):
        print("%s %s: %d" % (key[0], key[1], counts[key]))


if __name__ == "__main__":
    main()
