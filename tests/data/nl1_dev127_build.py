#!/usr/bin/env python3
"""d127: addiction medicine and psychiatric emergency notes (NL101, NL102).

Standard library only, deterministic. Writes cases.jsonl next to this file and
exits 1 on any validation problem.
"""
import datetime as dt
import json
import os
import re
import sys

UNITS = {
    # Region Skåne (Melior in hospitals/psychiatry, PMO in primary care)
    "skMBC": ("Beroendecentrum Malmö, Mottagning Öst", "SE2321000255-8R41"),
    "skLARO": ("LARO-mottagningen, Beroendecentrum Malmö", "SE2321000255-8R47"),
    "skAbst": ("Avdelning 92 Abstinens- och beroendevård, Psykiatri Skåne Malmö", "SE2321000255-8T02"),
    "skPAKM": ("Psykiatrisk akutmottagning Malmö (PAKM)", "SE2321000255-8P11"),
    "skPAL": ("Psykiatriska akutmottagningen, Lund", "SE2321000255-7K33"),
    "skHbgBer": ("Beroendemottagningen Helsingborg", "SE2321000255-9B20"),
    "skHbgAkut": ("Psykiatrisk akutmottagning Helsingborg", "SE2321000255-9A05"),
    "skKrBer": ("Beroendepsykiatrisk mottagning Kristianstad", "SE2321000255-6C18"),
    "skAvd": ("Psykiatrisk slutenvård, avdelning 3 Lund", "SE2321000255-7K52"),
    "skADHD": ("Neuropsykiatriska utredningsenheten, Vuxenpsykiatri Malmö", "SE2321000255-8N63"),
    "skMaria": ("Maria Skåne, Malmö", "SE2321000255-8M09"),
    "skTrelle": ("Psykiatrisk öppenvård Trelleborg", "SE2321000255-5T71"),
    "skBUP": ("Barn- och ungdomspsykiatrisk mottagning Lund", "SE2321000255-7B84"),
    "skVC1": ("Vårdcentralen Linero, Lund", "SE2321000255-2L14"),
    "skVC2": ("Vårdcentralen Rosengård, Malmö", "SE2321000255-2R36"),
    "skVC3": ("Vårdcentralen Ystad", "SE2321000255-2Y58"),
    # Västra Götalandsregionen (Melior)
    "vgBerSU": ("Beroendemottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011427"),
    "vgAbst": ("Avdelning 306 Abstinens- och beroendevård, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011431"),
    "vgLARO": ("LARO-mottagningen Göteborg, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011438"),
    "vgPAM": ("Psykiatrisk akutmottagning, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012205"),
    "vgPsyAvd": ("Avdelning 117 Psykiatri Psykos, SU/Östra", "SE2321000131-E000000012260"),
    "vgNP": ("Neuropsykiatriska utredningsteamet, Psykiatri Affektiva SU", "SE2321000131-E000000012318"),
    "vgNAL": ("Psykiatrisk akutmottagning, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000004127"),
    "vgUddev": ("Beroendemottagningen Uddevalla, NU-sjukvården", "SE2321000131-E000000004175"),
    "vgSKAS": ("Psykiatrisk akutmottagning, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000006013"),
    "vgSAS": ("Beroendemottagningen Borås, Södra Älvsborgs Sjukhus", "SE2321000131-E000000007241"),
    "vgAlings": ("Psykiatrimottagning Alingsås lasarett", "SE2321000131-E000000008102"),
    "vgKung": ("Psykiatriska mottagningen, Kungälvs sjukhus", "SE2321000131-E000000008420"),
    "vgInf": ("Infektionsmottagningen, SU/Östra", "SE2321000131-E000000012477"),
}

SKANE_UNITS = {k for k in UNITS if k.startswith("sk")}
PMO_UNITS = {"skVC1", "skVC2", "skVC3"}


def luhn_check(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return str((10 - total % 10) % 10)


def make_pnr(bd, idx, sex):
    y, m, d = bd.split("-")
    birth = "%02d" % ((idx * 7 + 13) % 100)
    if sex == "m":
        sd = str([1, 3, 5, 7, 9][idx % 5])
    else:
        sd = str([0, 2, 4, 6, 8][idx % 5])
    nine = y[2:] + m + d + birth + sd
    return "%s%s%s-%s%s%s" % (y, m, d, birth, sd, luhn_check(nine))


def ts(s):
    return s.replace(" ", "T") + ":00"


def N(nid, unit, tmpl, author, role, start, signed, setting, sections, system=None):
    if system is None:
        system = "PMO" if unit in PMO_UNITS else "Melior"
    if signed is None:
        sig = None
    elif len(signed) == 5:
        sig = ts(start[:10] + " " + signed)
    else:
        sig = ts(signed)
    return {
        "id": nid,
        "system": system,
        "template": tmpl,
        "unit": {"name": UNITS[unit][0], "hsa_id": UNITS[unit][1]},
        "author": {"name": author, "role": role},
        "time": ts(start),
        "signed": sig,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


CASES = []


def C(name, rs, bd, sex, notes, must, must_not, why):
    CASES.append(dict(name=name, rs=rs, bd=bd, sex=sex, notes=notes,
                      must=must, must_not=must_not, why=why))


OV = "öppenvård"
SV = "slutenvård"

# ---------------------------------------------------------------------------
# NL102 positives: hedged diagnosis of the patient in a visible Melior section
# ---------------------------------------------------------------------------

C("d127-pakm-misstankt-amfetaminpsykos", "skane", "1991-04-12", "m", [
    N("n1", "skPAKM", "Akutanteckning psykiatri", "Johan Lindqvist", "läkare",
      "2024-02-11 03:20", "04:05", OV, [
          ("Aktuellt", "Förs in av polis kl 02.40 efter att grannar larmat om skrik i trapphuset. Pat uppger att grannarna filmar honom genom väggarna och har satt mikrofoner i eluttagen. Har enl. egen uppgift rökt och injicerat amfetamin i fem dygn, knappt sovit alls."),
          ("Psykiskt status", "Vaken, orienterad till person och plats, ej tid. Motoriskt orolig, svettig, vida pupiller. Paranoida vanföreställningar, lyssnar intermittent in i rummet. Förnekar suicidtankar. Ingen insikt."),
          ("Bedömning", "Misstänkt amfetaminutlöst psykos hos pat utan känd psykossjukdom sedan tidigare. Frivillig vård accepteras efter samtal."),
          ("Åtgärd", "Olanzapin 10 mg po kl 03.10. Inläggning avd 3, U-tox skickad, blodstatus, elstatus, CK."),
      ])],
  [["NL102", "n1"]], [],
  "'Misstänkt amfetaminutlöst psykos' in the visible Bedömning of a PAKM note")

C("d127-abst-wernicke-typo-kan-ej-utelsutas", "vgr", "1968-09-30", "m", [
    N("n1", "vgAbst", "Inskrivningsanteckning", "Katarina Holm", "läkare",
      "2024-01-08 14:10", "15:30", SV, [
          ("Anamnes", "Känt alkoholberoende sedan 20-årsåldern, flera tidigare avgiftningar här. Druckit ca 75 cl vodka dagligen sista månaden, sista intag i går vid 22-tiden. Har ätit mycket dåligt och kräkts upprepat de senaste dagarna."),
          ("Status", "CIWA-Ar 14. Grovvågig tremor i händerna, svettig. Horisontell nystagmus vid blick åt vänster, bredspårig och osäker gång. Osäker på dagens datum men vet var han är."),
          ("Bedömning", "Alkoholabstinens utan delirium. Wernickes encefalopati kan ej utelsutas med tanke på nystagmus, ataxi och lång tids malnutrition."),
          ("Planering", "Tiamin 500 mg iv x 3 under tre dygn, därefter Neurobion po. Oxascand enligt CIWA-schema, elektrolyter och Mg i morgon."),
      ])],
  [["NL102", "n1"]], [],
  "Wernicke 'kan ej uteslutas' (typo: utelsutas) next to a confirmed abstinence diagnosis")

C("d127-laro-ssk-trol-skadligt-bruk-kokain", "skane", "1985-02-17", "k", [
    N("n1", "skLARO", "Sjuksköterskeanteckning", "Maria Nilsson", "sjuksköterska",
      "2024-03-05 10:45", "11:20", OV, [
          ("Aktuellt", "Övervakat intag Suboxone 16 mg idag, inga problem. Två U-tox senaste månaden positiva för kokain (12/2 och 27/2), pat bagatelliserar och säger att det var på en fest."),
          ("Bedömning", "Trol. skadligt bruk av kokain utöver känt opioidberoende i LARO."),
          ("Planering", "Tas upp med ansv. läkare dr Ekström på torsdag. Täta U-tox, två ggr/v tills vidare."),
      ])],
  [["NL102", "n1"]], [],
  "Nurse writes 'Trol. skadligt bruk av kokain' (abbreviated hedge) in a visible LARO note")

C("d127-np-fragestallning-adhd", "skane", "1996-11-03", "k", [
    N("n1", "skADHD", "Utredningsanteckning", "Sara Berglund", "psykolog",
      "2024-04-09 13:00", "15:45", OV, [
          ("Utredning", "Frågeställning ADHD. Pat beskriver koncentrationssvårigheter sedan lågstadiet, glömmer avtal och har påbörjat fyra utbildningar utan att fullfölja. ASRS del A 5 av 6 positiva."),
          ("Planering", "DIVA 2.0 genomförs vid nästa besök, mamma deltar via Teams. Neuropsykologisk testning bokad i maj."),
      ])],
  [["NL102", "n1"]], [],
  "'Frågeställning ADHD' opening a visible Utredning section of an adult NP work-up")

C("d127-pam-inger-misstanke-eips", "vgr", "2001-07-22", "k", [
    N("n1", "vgPAM", "Akutanteckning", "Ahmed Karimi", "läkare",
      "2024-05-18 22:30", "23:55", OV, [
          ("Aktuellt", "Söker efter att ha skurit sig på underarmen efter bråk med pojkvännen ikväll. Fjärde besöket på PAM sedan årsskiftet, samtliga i samband med relationskonflikter."),
          ("Suicidriskbedömning", "Tidigare två intoxförsök med paracetamol 2022. Förnekar aktuell suicidavsikt, har planer för helgen med syster. Bedöms ha förhöjd kronisk risk men ingen akut förhöjning i nuläget."),
          ("Bedömning", "Upprepade självskadehandlingar, instabila relationer och kronisk tomhetskänsla inger misstanke om emotionellt instabil personlighetsstörning. Ej psykotisk."),
          ("Åtgärd", "Såret tejpat av ssk. Hem med syster, remiss till psykiatrimottagningen för bedömning inför DBT."),
      ])],
  [["NL102", "n1"]], [],
  "'inger misstanke om emotionellt instabil personlighetsstörning' in a visible psych-ED assessment")

C("d127-diagnos-bipolar-typ2-fragetecken", "skane", "1979-01-26", "m", [
    N("n1", "skTrelle", "Läkaranteckning", "Eva Sjöberg", "läkare",
      "2024-06-04 09:40", "10:15", OV, [
          ("Aktuellt", "Återbesök. Sämre sedan förra besöket, sover dåligt och ältar. Berättar nu om tidigare perioder av minskat sömnbehov och ökad energi som varat några dagar."),
          ("Diagnos", "Depressiv episod, medelsvår F32.1. Bipolär sjukdom typ II?"),
          ("Planering", "Livsdiagram till nästa besök. Avvaktar höjning av sertralin."),
      ])],
  [["NL102", "n1"]], [],
  "A question mark after 'Bipolär sjukdom typ II' in the visible Diagnos field")

C("d127-abst-forenligt-med-begynnande-dt", "vgr", "1962-12-05", "m", [
    N("n1", "vgAbst", "Daganteckning", "Lars-Göran Persson", "läkare",
      "2024-02-20 08:50", "09:30", SV, [
          ("Aktuellt", "Nattpersonal rapporterar att pat plockat i luften och sett småkryp på väggarna runt kl 04. Puls 118, temp 38,1, kraftigt svettig på morgonronden."),
          ("Bedömning", "Bilden är förenlig med begynnande delirium tremens, dag 3 efter sista intag."),
          ("Åtgärd", "Diazepam laddning enl. PM, tiamin fortsatt iv, övervakningssal. IVA-jouren informerad om pat."),
      ])],
  [["NL102", "n1"]], [],
  "'förenlig med begynnande delirium tremens' (DT in the addiction sense) in a visible ward note")

C("d127-abst-talar-for-pankreatit", "skane", "1974-08-14", "m", [
    N("n1", "skAbst", "Läkaranteckning", "Fredrik Åberg", "läkare",
      "2024-03-14 16:20", "17:00", SV, [
          ("Aktuellt", "Pat på avgiftning dag 2 klagar på tilltagande buksmärta i epigastriet som strålar mot ryggen, illamående. P-amylas 4,8 µkat/L, CRP 35."),
          ("Bedömning", "Talar för alkoholinducerad akut pankreatit. Fortsatt abstinensbehandling enl. schema."),
          ("Åtgärd", "Kirurgjouren konsulterad och övertar pat till kir avd 7 ikväll. Fasta, dropp Ringer-Acetat."),
      ])],
  [["NL102", "n1"]], [],
  "'Talar för alkoholinducerad akut pankreatit' in a visible note on the abstinence ward")

C("d127-pam-sannolik-ghb-abstinens", "vgr", "1998-03-09", "m", [
    N("n1", "vgPAM", "Akutanteckning", "Johanna Ek", "läkare",
      "2024-07-06 05:15", "06:00", OV, [
          ("Missbruksanamnes", "Använder GHB dagligen sedan ett år, doserar var 2–3:e timme dygnet runt. Sista dos för ca åtta timmar sedan enl. kompisen som följt med."),
          ("Status", "Ångestfylld, tremor, takykard 124, BT 165/95. Lätt desorienterad till tid."),
          ("Bedömning", "Sannolik GHB-abstinens med risk för snabb progress till delirium."),
          ("Åtgärd", "Diazepam 20 mg po, inläggning på beroendeavdelningen via jouren. Följer regionens GHB-PM."),
      ])],
  [["NL102", "n1"]], [],
  "'Sannolik GHB-abstinens' (withdrawal as a diagnosis) in a visible PAM note")

C("d127-pal-mojlig-schizofreniform-psykos", "skane", "2004-10-19", "k", [
    N("n1", "skPAL", "Akutanteckning psykiatri", "Mikael Jönsson", "läkare",
      "2024-09-02 19:40", "21:05", OV, [
          ("Aktuellt", "Föräldrarna har märkt att dottern isolerat sig sedan ca fem veckor, slutat gå till gymnasiet och pratar om att grannen kan läsa hennes tankar."),
          ("Status", "Lugn, avvaktande, affektfattig. Uppger tankepåsättning. U-tox negativ, inga droger enl. pat."),
          ("Bedömning", "Möjlig schizofreniform psykos. Accepterar inskrivning frivilligt för utredning."),
      ])],
  [["NL102", "n1"]], [],
  "'Möjlig schizofreniform psykos' in a visible note about a 19-year-old")

C("d127-epikris-ev-korsakofs-typo", "vgr", "1958-05-27", "m", [
    N("n1", "vgAbst", "Epikris", "Anders Wikström", "läkare",
      "2024-04-26 11:00", "14:20", SV, [
          ("Vårdförlopp", "Inkom via akuten i konfusion efter flera veckors intensivt drickande. Behandlades med tiamin iv i fem dagar och diazepam enligt schema, abstinensen klingade av dag fyra. Konfusionen avtog successivt men under hela vårdtiden kvarstod en påtaglig närminnesstörning med konfabulation."),
          ("Sammanfattning", "Alkoholabstinens med delirium, behandlat. Ev. Korsakofs syndrom, bedöms efter ytterligare nyktert intervall."),
          ("Planering", "Remiss till minnesmottagningen för kognitiv utredning om tre månader. Fortsatt tiamin 300 mg dagligen."),
      ])],
  [["NL102", "n1"]], [],
  "'Ev. Korsakofs syndrom' (eponym misspelt) in a visible discharge summary")

C("d127-kurator-kan-rora-sig-om-ptsd", "skane", "1983-06-30", "m", [
    N("n1", "skMBC", "Kuratorsanteckning", "Leila Haddad", "kurator",
      "2024-10-15 14:00", "14:50", OV, [
          ("Samtal", "Tredje samtalet. Pat berättar om mardrömmar och återupplevelser från fängelsetiden i hemlandet. Tar bensodiazepiner köpta på gatan för att kunna sova och undviker allt som påminner om händelserna."),
          ("Bedömning", "Kan röra sig om PTSD som driver bensobruket. Tar upp det med ansvarig läkare inför nästa behandlingskonferens."),
      ])],
  [["NL102", "n1"]], [],
  "A kurator writes 'Kan röra sig om PTSD' in a visible note; author role does not protect")

C("d127-nal-bild-som-vid-cannabispsykos", "vgr", "2005-01-15", "m", [
    N("n1", "vgNAL", "Akutanteckning", "Ingrid Axelsson", "läkare",
      "2024-08-23 23:10", None, OV, [
          ("Aktuellt", "Mamma har följt med. Sonen har rökt cannabis dagligen sedan högstadiet och de senaste veckorna blivit alltmer misstrogen, tror att hans telefon är avlyssnad."),
          ("Bedömning", "Bild som vid cannabisutlöst psykos. THC positivt i U-tox, inga tidigare psykotiska episoder."),
          ("Åtgärd", "Inläggning psykiatrisk avd 32, frivilligt. Ingen antipsykotika ikväll, sömn prioriteras."),
      ])],
  [["NL102", "n1"]], [],
  "Unsigned draft: 'Bild som vid cannabisutlöst psykos' in a visible assessment")

C("d127-laro-kan-inte-utesluta-cirros", "skane", "1971-03-08", "k", [
    N("n1", "skLARO", "Läkaranteckning", "Per Ekström", "läkare",
      "2024-05-07 10:30", "12:00", OV, [
          ("Aktuellt", "Årlig uppföljning i LARO, metadon 90 mg. Ingen sidokonsumtion senaste året. Kronisk hepatit C behandlad och utläkt 2021, men fortsatt alkoholkonsumtion ca tre glas vin per kväll."),
          ("Labb", "Trombocyter 98, albumin 29, PK 1,4. Ultraljud lever: ojämn kontur, ingen ascites."),
          ("Bedömning", "Kan inte utesluta levercirros. Remiss till gastromottagningen för Fibroscan och ställningstagande till varicesscreening."),
      ])],
  [["NL102", "n1"]], [],
  "'Kan inte utesluta levercirros' in a visible LARO follow-up")

C("d127-psykos-oklart-om-primar-eller-substans", "vgr", "1993-12-11", "m", [
    N("n1", "vgPsyAvd", "Läkaranteckning", "Sofia Lund", "läkare",
      "2024-03-19 13:30", "14:05", SV, [
          ("Aktuellt", "Vårddag 15. Fortsatt hörselhallucinationer och bisarra vanföreställningar trots två veckors säkerställd drogfrihet på avdelningen, upprepade U-tox negativa."),
          ("Bedömning", "Oklart om det rör sig om en primär psykossjukdom eller ett kvardröjande substansinducerat tillstånd efter långvarigt amfetaminbruk."),
          ("Planering", "Höjer aripiprazol till 15 mg. MR hjärna och EEG beställt."),
      ])],
  [["NL102", "n1"]], [],
  "'Oklart om det rör sig om en primär psykossjukdom' in a visible ward note")

C("d127-abst-susp-hepatisk-encefalopati-utkast", "skane", "1966-07-04", "m", [
    N("n1", "skAbst", "Läkaranteckning", "Karin Ohlsson", "läkare",
      "2024-11-05 10:00", None, SV, [
          ("Status", "Slö men väckbar, flapping tremor bilat. Ikteriska sclerae, ascites."),
          ("Labb", "Ammoniak 78, bilirubin 64, ALAT 45, PK 1,9."),
          ("Bedömning", "Susp. hepatisk encefalopati hos pat med känd alkoholorsakad levercirros."),
          ("Åtgärd", "Laktulos 20 ml x 3, Xifaxan. Diskuterat med medicinjouren."),
      ])],
  [["NL102", "n1"]], [],
  "Unsigned draft with 'Susp. hepatisk encefalopati' beside a confirmed cirrhosis")

C("d127-kungalv-obs-bipolar", "vgr", "1988-04-21", "k", [
    N("n1", "vgKung", "Läkaranteckning", "Erik Sandberg", "läkare",
      "2024-02-27 15:10", "15:45", OV, [
          ("Aktuellt", "Kommer med sin man som beskriver att hon de senaste veckorna handlat för 40 000 kr på nätet, sovit tre timmar per natt och pratat oavbrutet. Själv mår hon bättre än någonsin, säger hon."),
          ("Diagnos", "Obs. bipolär sjukdom, aktuellt hypomant skov."),
          ("Planering", "Start Lithionit efter njurfunktion och TSH. Sjukskrivning två veckor."),
      ])],
  [["NL102", "n1"]], [],
  "Colloquial 'Obs.' (observation for) before bipolär sjukdom in the visible Diagnos field")

C("d127-pakm-typo-missankt-serotonergt-syndrom", "skane", "1977-09-13", "k", [
    N("n1", "skPAKM", "Akutanteckning psykiatri", "Oskar Malm", "läkare",
      "2024-06-28 01:40", "02:30", OV, [
          ("Aktuellt", "Har sertralin 150 mg sedan länge och har sista veckan tagit tramadol som hon köpt av en bekant mot ryggvärk. Oro, svettningar och ryckningar i benen sedan igår."),
          ("Status", "Temp 38,4, puls 112. Inducerbar klonus i fötterna bilat, hyperreflexi, mydriasis."),
          ("Bedömning", "Missänkt serotonergt syndrom. Ej suicidal, ingen avsiktlig överdos."),
          ("Åtgärd", "Sätter ut sertralin och tramadol. Överflyttning till medicinakuten för övervakning."),
      ])],
  [["NL102", "n1"]], [],
  "Typo 'Missänkt serotonergt syndrom' in a visible PAKM assessment")

C("d127-skas-typo-sannolkit-alkoholhallucinos", "vgr", "1969-02-02", "m", [
    N("n1", "vgSKAS", "Akutanteckning", "Helena Strand", "läkare",
      "2024-10-30 20:25", "21:10", OV, [
          ("Aktuellt", "Hör röster som kommenterar och hotar honom sedan två dagar. Dricker dagligen, senast i eftermiddags. Inga tidigare psykoser."),
          ("Psykiskt status", "Klar i medvetandet, orienterad x3. Ingen tremor, lyssnar in ibland."),
          ("Bedömning", "Sannolkit alkoholhallucinos. Ingen bild av delirium."),
          ("Åtgärd", "Haldol 2 mg po. Inläggning på beroendeavdelningen."),
      ])],
  [["NL102", "n1"]], [],
  "Typo 'Sannolkit alkoholhallucinos' in a visible psych-ED note")

C("d127-vgr-th-sokord-men-bedomning-trolig", "vgr", "1990-05-05", "m", [
    N("n1", "vgPAM", "Akutanteckning", "Nora Lindberg", "läkare",
      "2024-04-14 02:10", "03:00", OV, [
          ("Aktuellt", "Pat rånades med kniv för tre dagar sedan. Sover inte, skakar och ser gärningsmannen framför sig så fort han blundar."),
          ("Tidiga hypoteser", "Flera uppgifter från polisen om tidigare våldsbrott och bristande empati i kontakt med personal; misstänkt antisocial personlighetsstörning, ej diskuterat med pat."),
          ("Bedömning", "Trolig akut stressreaktion efter rånet. Ej suicidal."),
          ("Planering", "Propavan vb för sömn, tid hos kurator på mottagningen nästa vecka."),
      ])],
  [["NL102", "n1"]], [["NL101", "n1"]],
  "VGR: a Tidiga hypoteser sökord is protected, but 'Trolig akut stressreaktion' stands in the visible Bedömning")

C("d127-skane-sokord-th-i-lakaranteckning", "skane", "1959-10-10", "m", [
    N("n1", "skMBC", "Läkaranteckning", "Björn Håkansson", "läkare",
      "2024-01-23 11:15", "12:10", OV, [
          ("Aktuellt", "Återbesök. Nykter sedan jul enl. pat, PEth 0,08. Frun berättar att han glömmer mycket och upprepar frågor."),
          ("Tidiga hypoteser", "Misstänkt alkoholorsakad demens, MoCA 19 idag."),
          ("Planering", "Kognitiv utredning via minnesmottagningen. Fortsatt Campral."),
      ])],
  [["NL102", "n1"]], [],
  "Skåne protects by template only: a 'Tidiga hypoteser' sökord inside a Läkaranteckning is still visible")

C("d127-vgr-mall-th-men-sokord-bedomning", "vgr", "1982-08-08", "k", [
    N("n1", "vgBerSU", "Tidiga hypoteser", "Petra Olofsson", "läkare",
      "2024-09-11 13:45", "14:20", OV, [
          ("Bedömning", "Trolig bulimia nervosa bakom upprepade hypokalemier hos pat med alkoholberoende, hon förnekar kräkningar."),
      ])],
  [["NL102", "n1"]], [],
  "VGR protects by sökord: template named Tidiga hypoteser but the section keyword is Bedömning, so visible")

C("d127-lpt-intagning-lang-trol-paranoid-schizofreni", "skane", "1987-03-25", "m", [
    N("n1", "skAvd", "Intagningsanteckning", "Ulrika Borg", "läkare",
      "2024-07-19 17:30", "19:10", SV, [
          ("Anamnes", "Ensamstående, bor i egen lägenhet i Eslöv, arbetslös sedan två år. Ingen tidigare psykiatrisk kontakt enligt journal och pat själv. Bror uppger att pat röker cannabis regelbundet sedan tonåren men att det minskat senaste halvåret. Enstaka amfetaminintag för flera år sedan."),
          ("Aktuellt", "Hämtad av polis efter handräckning då han barrikaderat sig i lägenheten och kastat ut möbler från balkongen. Vårdintyg utfärdat av dr Holm på akuten kl 15.20. Har enl. bror slutat äta ordentligt och misstror all mat som inte är förpackad."),
          ("Psykiskt status", "Vaken, misstänksam, kortfattad. Orienterad till plats och person. Systematiserade förföljelseidéer riktade mot grannar och Säpo, hörselhallucinationer i form av två röster som diskuterar honom. Formella tankestörningar med tangentiellt tal. Förnekar suicid- och våldstankar men kan ej nyansera. Saknar sjukdomsinsikt."),
          ("Somatiskt status", "AT gott. Hjärta RR, inga blåsljud. BT 142/88, puls 96. Inga tecken på intoxikation, inga injektionsmärken."),
          ("Bedömning", "Trol. paranoid schizofreni, DD substansutlöst psykos. Allvarlig psykisk störning föreligger, pat motsätter sig vård och behöver oundgängligen sluten psykiatrisk vård. Intagningsbeslut enligt LPT fattat kl 17.15."),
          ("Läkemedel", "Inga ordinerade läkemedel enligt Pascal. Tar enligt bror ibland Imovane som han köpt av en bekant."),
          ("Socialt", "Har kontakt med bror och en kusin, i övrigt isolerad sedan flera år. Försörjs av ekonomiskt bistånd, har god man sedan 2022. Hyresvärden har fått kännedom om vattenskadan under balkongen via polisen."),
          ("Suicidriskbedömning", "Inga tidigare suicidförsök, ingen självskada. Har inte tillgång till vapen. Risken bedöms som låg men är svårbedömd med tanke på bristande kontakt och impulsivt agerande i lägenheten."),
          ("Åtgärd", "Erbjuden olanzapin, tackar nej, ingen tvångsåtgärd hittills. U-tox, blodstatus, leverstatus, krea, TSH. Bror informerad per telefon med pats medgivande."),
      ])],
  [["NL102", "n1"]], [["NL101", "n1"]],
  "Long LPT admission note; one hedged line 'Trol. paranoid schizofreni, DD ...' among telegraphic status")

C("d127-kurator-misstanke-autism-typo", "vgr", "1995-06-16", "m", [
    N("n1", "vgUddev", "Kuratorsanteckning", "Tove Engström", "kurator",
      "2024-03-28 10:00", "11:30", OV, [
          ("Samtal", "Pat har svårt med ögonkontakt, svarar bokstavligt och beskriver att han druckit för att orka med sociala sammanhang sedan gymnasiet. Har alltid haft få vänner och starka specialintressen (tåg, tidtabeller)."),
          ("Bedömning", "Jag har en misstanke om autismspektrumtilstånd och föreslår att ansvarig läkare tar ställning till neuropsykiatrisk utredning när pat varit nykter en tid."),
      ])],
  [["NL102", "n1"]], [],
  "Kurator's 'misstanke om autismspektrumtilstånd' (typo) in a visible note")

C("d127-psykolog-testresultat-talar-for-adhd", "skane", "1999-12-01", "k", [
    N("n1", "skADHD", "Psykologanteckning", "Jenny Wallin", "psykolog",
      "2024-10-08 14:30", "16:00", OV, [
          ("Utredning", "WAIS-IV genomförd, allmänt index inom normalvariationen men arbetsminne och snabbhet betydligt lägre. QbTest visar hög aktivitet och impulsivitet. DIVA positiv i både barndom och vuxen ålder enl. pat och mamma."),
          ("Bedömning", "Testresultaten talar för ADHD, kombinerad form, men slutlig diagnos ställs först vid teamkonferensen den 22/10."),
      ])],
  [["NL102", "n1"]], [],
  "Psychologist: results 'talar för ADHD' but diagnosis not yet set, in a visible section")

C("d127-ssk-natt-misstankt-wernicke-utkast", "vgr", "1964-11-29", "m", [
    N("n1", "vgAbst", "Omvårdnadsanteckning", "Camilla Nyberg", "sjuksköterska",
      "2024-12-03 03:25", None, SV, [
          ("Omvårdnad", "Pat vaknade kl 02.45, förvirrad, hittade inte till toaletten och gick med bred gång in i väggen. Ögonen ryckte när han tittade åt sidan. Misstänkt Wernicke, jourläkare kontaktad kl 03.10 som ordinerar tiamin iv direkt."),
      ])],
  [["NL102", "n1"]], [],
  "Unsigned night nursing note 'Misstänkt Wernicke' in a visible Omvårdnad section")

C("d127-hbg-tankbar-bakomliggande-depression", "skane", "1975-04-18", "k", [
    N("n1", "skHbgBer", "Läkaranteckning", "Ola Bengtsson", "läkare",
      "2024-08-13 09:20", None, OV, [
          ("Aktuellt", "Nyremitterad från VC pga alkohol. Dricker 4–5 glas vin varje kväll sedan skilsmässan för två år sedan. Sömnproblem, nedstämdhet, orkar inte med barnen. AUDIT 24, MADRS-S 28."),
          ("Bedömning", "Alkoholberoende F10.2. Tänkbar bakomliggande depression som pat självmedicinerar med alkohol."),
          ("Planering", "Start naltrexon 50 mg. Ny värdering av stämningsläget efter fyra veckors nykterhet."),
      ])],
  [["NL102", "n1"]], [],
  "'Tänkbar bakomliggande depression' beside a confirmed alcohol dependence (unsigned)")

C("d127-alingsas-lang-differentialdiagnos-ftd", "vgr", "1963-02-14", "m", [
    N("n1", "vgAlings", "Läkaranteckning", "Mats Gustavsson", "läkare",
      "2024-11-20 15:00", "16:30", OV, [
          ("Anamnes", "Remitterad från vårdcentralen efter att hustrun hört av sig flera gånger. Tidigare tung alkoholkonsumtion men uppger nykterhet sedan två år, vilket bekräftas av hustrun och negativa PEth-prover under 2023. Arbetade som lagerchef fram till i höstas då han sades upp efter upprepade konflikter och olämpligt beteende mot kollegor."),
          ("Aktuellt", "Hustrun beskriver en smygande personlighetsförändring sedan drygt ett år. Han har blivit taktlös, skämtar grovt med främlingar, äter stora mängder godis och har två gånger tagit varor i affären utan att betala. Själv ser han inga problem och tycker att hustrun överdriver."),
          ("Status", "Vaken, orienterad. Jovialisk, distanslös, avbryter ofta. Ingen depression eller psykos. MoCA 24, tappar på ordflöde och abstraktion. Neurologiskt grovt ua, inga primitiva reflexer."),
          ("Bedömning", "Förändringen kan inte förklaras av tidigare alkoholbruk då han varit nykter under hela förloppet. Differentialdiagnos frontotemporal demens, beteendevariant, behöver utredas skyndsamt."),
          ("Planering", "Remiss till minnesmottagningen Sahlgrenska för MR hjärna, FDG-PET och neuropsykologisk testning. Hustrun uppmanas höra av sig vid försämring."),
      ])],
  [["NL102", "n1"]], [["NL101", "n1"]],
  "Long note; 'Differentialdiagnos frontotemporal demens' in the visible Bedömning")

C("d127-hbg-akut-preliminar-alkoholpsykos", "skane", "1970-10-27", "m", [
    N("n1", "skHbgAkut", "Akutanteckning psykiatri", "Lina Carlsson", "läkare",
      "2024-02-03 21:50", "22:40", OV, [
          ("Aktuellt", "Bror ringde 112 efter att pat hotat honom med kniv, övertygad om att brodern förgiftat hans öl. Druckit kraftigt senaste veckan. Alkometer 1,2 promille vid ankomst."),
          ("Bedömning", "Preliminär bedömning: alkoholutlöst psykotiskt syndrom. Ställningstagande till diagnos görs efter nyktert intervall."),
          ("Åtgärd", "Kvarhållningsbeslut enligt LPT, observationsrum. Tiamin 200 mg im."),
      ])],
  [["NL102", "n1"]], [],
  "'Preliminär bedömning: alkoholutlöst psykotiskt syndrom' pending sober interval, visible")

C("d127-laro-utkast-trol-hepatit-c", "vgr", "1992-07-07", "k", [
    N("n1", "vgLARO", "Läkaranteckning", "Jonas Hellström", "läkare",
      "2024-01-30 16:40", None, OV, [
          ("Labb", "HCV-ak positiv vid inskrivningsscreening, ALAT 1,8. HIV och HBsAg negativa."),
          ("Bedömning", "Trol. kronisk hepatit C, HCV-RNA och genotyp skickat."),
      ])],
  [["NL102", "n1"]], [["NL101", "n1"]],
  "Hepatitis C found at LARO screening: 'Trol. kronisk hepatit C' pending RNA, unsigned, nothing about telling")

C("d127-alingsas-inte-osannolikt-bipolar", "vgr", "1986-09-19", "m", [
    N("n1", "vgAlings", "Läkaranteckning", "Elin Forsberg", "läkare",
      "2024-05-23 10:10", "11:00", OV, [
          ("Aktuellt", "Tredje depressionen på fem år, samtliga med snabb debut och hypersomni. Pappa behandlades med litium. Kortvarigt uppvarvad efter start av escitalopram i fjol."),
          ("Bedömning", "Inte osannolikt att det föreligger en bipolär sjukdom i botten; undviker därför höjning av SSRI."),
      ])],
  [["NL102", "n1"]], [],
  "Litotes hedge 'Inte osannolikt att det föreligger en bipolär sjukdom' is uncertain, not negated")

C("d127-krstad-typo-trolgi-bensoberoende", "skane", "1980-01-31", "k", [
    N("n1", "skKrBer", "Läkaranteckning", "Anna-Karin Svensson", "läkare",
      "2024-09-24 13:10", "13:50", OV, [
          ("Aktuellt", "Har fått Sobril förskrivet från tre olika läkare senaste halvåret enligt NPÖ och Pascal. Tar 6–8 tabletter dagligen, får abstinens om hon hoppar över."),
          ("Bedömning", "Trolgi bensodiazepinberoende. Planerad långsam nedtrappning."),
          ("Planering", "Byte till diazepam i ekvivalent dos, dosett hämtas på apotek veckovis."),
      ])],
  [["NL102", "n1"]], [],
  "Typo 'Trolgi bensodiazepinberoende' in a visible Bedömning")

C("d127-abst-ev-abstinenskramp-dd-epilepsi", "vgr", "1973-05-12", "m", [
    N("n1", "vgAbst", "Läkaranteckning", "Hanna Björk", "läkare",
      "2024-06-17 09:05", "09:50", SV, [
          ("Aktuellt", "Generaliserat tonisk-kloniskt krampanfall i går kl 21 på avdelningen, ca två minuter, postiktal i 20 min. Dag 2 efter sista intag, hade då CIWA 12."),
          ("Bedömning", "Ev. abstinenskramp, DD debut av epilepsi då han haft ett anfall även vid nykterhet i fjol enl. sambo."),
          ("Planering", "EEG och MR hjärna polikliniskt. Fortsatt diazepam enl. schema."),
      ])],
  [["NL102", "n1"]], [],
  "'Ev. abstinenskramp, DD debut av epilepsi' in a visible ward note")

C("d127-bup-barn-fragestallning-adhd", "skane", "2015-03-22", "m", [
    N("n1", "skBUP", "Läkaranteckning", "Ronja Isaksson", "läkare",
      "2024-10-02 14:00", "15:10", OV, [
          ("Aktuellt", "Kommer med mamma och pappa. Skolan larmar om att han inte sitter still, springer ut ur klassrummet och hamnar i bråk på rasterna. Pappa har själv ADHD och ett tidigare missbruk enl. mamma."),
          ("Bedömning", "Frågeställning ADHD, kombinerad form. Även läs- och skrivsvårigheter behöver kartläggas."),
          ("Planering", "Skolenkät och Conners till lärare. Psykologbedömning i november."),
      ])],
  [["NL102", "n1"]], [],
  "Child under 13 (guardians read): 'Frågeställning ADHD' in a visible BUP note")

C("d127-uddevalla-misstankt-adhd-pat-informerad", "vgr", "1989-10-05", "m", [
    N("n1", "vgUddev", "Läkaranteckning", "Gustav Nord", "läkare",
      "2024-04-03 11:30", "12:15", OV, [
          ("Aktuellt", "I LARO sedan 2020, stabil på buprenorfin. Har svårt att fullfölja arbetsträningen, tappar fokus och blir rastlös."),
          ("Bedömning", "Misstänkt ADHD. Pat informerad om vår misstanke och om att en utredning kräver stabil drogfrihet i minst tre månader."),
          ("Planering", "Remiss till NP-teamet när tre månaders negativa U-tox finns."),
      ])],
  [["NL102", "n1"]], [["NL101", "n1"]],
  "Hedged 'Misstänkt ADHD' stays an NL102 hit even though the patient was told of the suspicion")

# ---------------------------------------------------------------------------
# NL102 must_not: negated, relatives, non-diagnostic hedges, plans,
# conditionals, confirmed, protected, PMO
# ---------------------------------------------------------------------------

C("d127-abst-ingen-misstanke-om-wernicke", "skane", "1965-03-03", "m", [
    N("n1", "skAbst", "Inskrivningsanteckning", "Tobias Lindgren", "läkare",
      "2024-01-15 13:20", "14:00", SV, [
          ("Anamnes", "Planerad inläggning för avgiftning. Dricker ca 24 starköl/dag sedan tre månader, äter hyggligt."),
          ("Status", "CIWA-Ar 9. Lätt tremor, ingen nystagmus, gången stadig, orienterad till tid, rum och person."),
          ("Bedömning", "Alkoholabstinens F10.3. Ingen misstanke om Wernicke."),
          ("Planering", "Oxascand enl. schema, tiamin 300 mg po profylaktiskt."),
      ])],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "'Ingen misstanke om Wernicke' is negated; the abstinence diagnosis is confirmed")

C("d127-pam-inga-tecken-pa-psykos-krisreaktion", "vgr", "1997-02-28", "k", [
    N("n1", "vgPAM", "Akutanteckning", "Ali Hosseini", "läkare",
      "2024-08-04 23:40", "2024-08-05 00:15", OV, [
          ("Aktuellt", "Kommer själv efter att sambon lämnat henne idag. Gråter mycket, har inte ätit på hela dagen."),
          ("Bedömning", "Krisreaktion efter separation. Inga tecken på psykos eller mani, ingen suicidavsikt."),
          ("Åtgärd", "Stödsamtal, Atarax 25 mg vb. Väninna hämtar henne."),
      ])],
  [], [["NL102", "n1"]],
  "'Inga tecken på psykos eller mani' negates; the crisis reaction is stated plainly")

C("d127-trelleborg-talar-emot-bipolar", "skane", "1984-12-09", "k", [
    N("n1", "skTrelle", "Läkaranteckning", "Patrik Dahl", "läkare",
      "2024-03-12 14:30", "15:00", OV, [
          ("Aktuellt", "Frågat ingående om förhöjda perioder; pat och sambo beskriver inga episoder med minskat sömnbehov eller överaktivitet någonsin."),
          ("Bedömning", "Anamnesen talar emot bipolär sjukdom. Recidiverande depression, medelsvår episod F33.1."),
      ])],
  [], [["NL102", "n1"]],
  "'talar emot bipolär sjukdom' is a ruling-out, the depression diagnosis is confirmed")

C("d127-nal-hereditet-mamma-trolig-schizofreni", "vgr", "2003-06-06", "m", [
    N("n1", "vgNAL", "Läkaranteckning", "Viktor Holmgren", "läkare",
      "2024-04-22 10:45", "11:30", OV, [
          ("Hereditet", "Mamma hade trolig schizofreni men blev aldrig utredd, morbror alkoholberoende."),
          ("Bedömning", "Cannabisberoende F12.2. Ej psykotisk idag, inga hallucinationer eller vanföreställningar."),
          ("Planering", "Erbjuds återfallsprevention (ÅP) i grupp, U-tox vid varje besök."),
      ])],
  [], [["NL102", "n1"]],
  "The hedged schizophrenia belongs to the mother (Hereditet), not the patient")

C("d127-np-bror-misstankt-adhd", "skane", "1990-08-20", "k", [
    N("n1", "skADHD", "Läkaranteckning", "Niklas Friberg", "läkare",
      "2024-06-11 13:00", "13:40", OV, [
          ("Anamnes", "Pat fick diagnosen ADHD 2019 här på enheten. Bror har misstänkt ADHD men har aldrig utretts, sonen utreds just nu på BUP."),
          ("Bedömning", "ADHD, kombinerad form, välbehandlad med Elvanse 50 mg. Blodtryck och vikt stabila."),
      ])],
  [], [["NL102", "n1"]],
  "Suspected ADHD in the brother; the patient's own ADHD is confirmed")

C("d127-skas-ev-horselhallucinationer-symtom", "vgr", "1981-11-11", "m", [
    N("n1", "vgSKAS", "Akutanteckning", "Malin Roos", "läkare",
      "2024-07-27 18:00", "18:45", OV, [
          ("Aktuellt", "Har druckit i tio dagar och slutade i förrgår. Ev. hörselhallucinationer igår kväll men pat är själv osäker på om det var grannens radio."),
          ("Status", "Orienterad, lätt tremor, CIWA 10. Ingen psykotisk bild idag."),
          ("Bedömning", "Okomplicerad alkoholabstinens. Hemgång med ordination enligt abstinensschema."),
      ])],
  [], [["NL102", "n1"]],
  "'Ev.' hedges a symptom (hallucinations), not a diagnosis; abstinence is confirmed")

C("d127-laro-trolig-spadning-urinprov", "skane", "1976-10-02", "m", [
    N("n1", "skLARO", "Sjuksköterskeanteckning", "Emma Åkesson", "sjuksköterska",
      "2024-02-15 09:30", "10:05", OV, [
          ("Aktuellt", "U-tox från i måndags med låg buprenorfinhalt och kreatinin 1,2 mmol/L, trolig spädning av provet. Nytt övervakat prov lämnat idag."),
          ("Planering", "Om även dagens prov är utspätt tas ärendet upp med läkare enl. vårdavtalet."),
      ])],
  [], [["NL102", "n1"]],
  "'trolig spädning av provet' hedges a sample finding, no diagnosis")

C("d127-psykos-avd-ev-lpt-konvertering", "vgr", "1985-05-30", "m", [
    N("n1", "vgPsyAvd", "Läkaranteckning", "Daniel Berg", "läkare",
      "2024-09-06 12:00", "12:40", SV, [
          ("Diagnos", "Paranoid schizofreni F20.0, känd sedan 2012."),
          ("Aktuellt", "Frivilligt inlagd sedan i tisdags efter utsättning av Xeplion. Vill nu gå hem, rastlös och avvisande mot personalen."),
          ("Planering", "Ev. konvertering till LPT om pat försöker lämna avdelningen. Depåinjektion erbjuds igen i morgon."),
      ])],
  [], [["NL102", "n1"]],
  "'Ev. konvertering till LPT' hedges a coercive-care plan; the schizophrenia is confirmed")

C("d127-abst-ssk-trolig-utskrivning", "skane", "1960-12-24", "m", [
    N("n1", "skAbst", "Omvårdnadsanteckning", "Elsa Johansson", "sjuksköterska",
      "2024-04-11 20:30", None, SV, [
          ("Omvårdnad", "Lugn kväll, CIWA 3 och 2. Äter och dricker bra. Trolig utskrivning i morgon fm efter ronden. Eventuellt Fibroscan före hemgång om gastro har tid."),
      ])],
  [], [["NL102", "n1"]],
  "Unsigned nursing note: 'Trolig utskrivning' and 'Eventuellt Fibroscan' are plans")

C("d127-abst-ordination-vid-tecken-pa-wernicke", "vgr", "1979-07-17", "k", [
    N("n1", "vgAbst", "Läkaranteckning", "Henrik Sjögren", "läkare",
      "2024-10-21 11:10", "11:45", SV, [
          ("Bedömning", "Okomplicerad alkoholabstinens, dag 1. Äter normalt, orienterad, gång ua."),
          ("Ordination", "Vid tecken på Wernicke (ögonmotorikstörning, ataxi eller förvirring) ges tiamin 500 mg iv och jourläkare kontaktas. Diazepam enligt CIWA."),
      ])],
  [], [["NL102", "n1"]],
  "'Vid tecken på Wernicke' is a conditional order, not a hypothesis about the patient")

C("d127-pal-om-rosterna-borjar-misstanksam", "skane", "2002-01-08", "m", [
    N("n1", "skPAL", "Akutanteckning psykiatri", "Rebecka Lindahl", "läkare",
      "2024-05-26 01:15", "02:00", OV, [
          ("Aktuellt", "Rökt cannabis nästan dagligen sedan två år. Kom med en vän efter en bad trip med hjärtklappning och dödsångest, nu lugnare."),
          ("Bedömning", "Skadligt bruk av cannabis F12.1. Akut ångest efter intag, klingat av på mottagningen."),
          ("Råd", "Om han börjar höra röster eller blir misstänksam mot omgivningen ska han söka akut igen. Info om Maria Skåne lämnad."),
      ])],
  [], [["NL102", "n1"]],
  "Conditional safety advice with 'misstänksam' (a look-alike of misstänkt); diagnosis confirmed")

C("d127-laro-lang-stabil-bekraftade-diagnoser", "vgr", "1978-03-15", "m", [
    N("n1", "vgLARO", "Läkaranteckning", "Karl Fredriksson", "läkare",
      "2024-06-25 13:30", "15:10", OV, [
          ("Anamnes", "Heroinberoende sedan 1999 med injektionsbruk, flera tidigare avbrutna vårdförsök. Inskriven i LARO sedan 2017, initialt buprenorfin men byte till metadon 2019 pga sidokonsumtion. Hepatit C behandlad med Epclusa 2020 och utläkt, HCV-RNA negativt vid kontroll i fjol."),
          ("Aktuellt", "Halvårsuppföljning. Metadon 110 mg, hämtar tre gånger i veckan på apoteket. Senaste sex månaderna enbart negativa U-tox utöver metadon. Arbetar deltid på ett bageri via Samhall och bor med sambo och hennes dotter."),
          ("Status", "Gott och välvårdat intryck. Pupiller normalstora. Inga nya stickmärken. Stämningsläget neutralt, inga suicidtankar."),
          ("Labb", "EKG: QTc 448 ms, oförändrat. Leverstatus normalt."),
          ("Bedömning", "Opioidberoende i LARO F11.22, stabil och välfungerande. Tidigare hepatit C utläkt."),
          ("Planering", "Fortsatt metadon 110 mg. Utökade hämtningar med två ggr/v från juli. Ny uppföljning om sex månader, naloxonspray förnyad."),
      ])],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "Long LARO note with only confirmed diagnoses and no hedge or telling language")

C("d127-skane-th-mall-misstankt-korsakoff", "skane", "1957-01-19", "m", [
    N("n1", "skMBC", "Tidiga hypoteser", "Cecilia Ström", "läkare",
      "2024-02-08 15:20", "15:40", OV, [
          ("Bedömning", "Misstänkt Korsakoffs syndrom, konfabulerar vid minnestest. Inte tagit upp detta med pat som har svårt att hantera nya besked."),
      ])],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "Skåne: the whole note uses the Tidiga hypoteser template, so the hedge and the untold item are protected")

C("d127-vgr-th-sokord-kokainkardiomyopati", "vgr", "1983-10-04", "m", [
    N("n1", "vgBerSU", "Läkaranteckning", "Lisa Hammar", "läkare",
      "2024-03-06 10:20", "11:00", OV, [
          ("Aktuellt", "Kokainbruk flera gånger per vecka senaste året, nu tre veckor utan. Har haft bröstsmärta och andfåddhet vid ansträngning."),
          ("Tidiga hypoteser", "Susp. kokaininducerad kardiomyopati, NT-proBNP 1400."),
          ("Planering", "UCG beställt, remiss kardiologmottagningen. Fortsatt ÅP-samtal varannan vecka."),
      ])],
  [], [["NL102", "n1"]],
  "VGR: the only hedged diagnosis sits under the protected sökord Tidiga hypoteser")

C("d127-pmo-vc-misstankt-alkoholberoende", "skane", "1969-04-04", "k", [
    N("n1", "skVC1", "Besöksanteckning", "Magnus Olsson", "läkare",
      "2024-01-17 08:40", "09:20", OV, [
          ("Aktuellt", "Kontroll av förhöjda levervärden. GT 3,1, CDT 2,4 %, PEth 1,4. Pat medger mer vin än tidigare sedan hon gick i pension."),
          ("Bedömning", "Misstänkt alkoholberoende. Motiverande samtal, pat vill fundera."),
          ("Planering", "Broschyr om Alkohollinjen. Nytt PEth om sex veckor."),
      ])],
  [], [["NL102", "n1"]],
  "PMO primary-care note never shows diagnoses: hedged alcohol dependence is not NL102")

C("d127-pmo-vc-telefon-trol-hepatit-c", "skane", "1994-11-22", "m", [
    N("n1", "skVC2", "Telefonanteckning", "Sanna Persson", "sjuksköterska",
      "2024-07-02 14:15", None, OV, [
          ("Telefonkontakt", "Pat ringer om provsvaren. Anti-HCV positivt, trol. hepatit C efter tidigare injektionsbruk. Dr Olsson skickar remiss till infektion, pat vet att de hör av sig."),
      ])],
  [], [["NL102", "n1"]],
  "PMO telephone note with 'trol. hepatit C' found at screening: not NL102")

C("d127-pam-misstankt-for-ran", "vgr", "1999-09-09", "m", [
    N("n1", "vgPAM", "Akutanteckning", "Rasmus Wahlberg", "läkare",
      "2024-11-09 04:30", "05:10", OV, [
          ("Aktuellt", "Pat är misstänkt för rån och anhållen, förs hit av polis för bedömning av psykiskt tillstånd inför förhör. Druckit och tagit okänt antal Lyrica."),
          ("Status", "Berusad men adekvat, sluddrar lätt. Inga psykotiska symtom, förnekar suicidtankar."),
          ("Bedömning", "Akut alkoholintoxikation. Ingen allvarlig psykisk störning, ej aktuellt med psykiatrisk vård."),
      ])],
  [], [["NL102", "n1"]],
  "'misstänkt för rån' is a criminal suspicion, not a diagnosis; psychiatric disorder negated")

C("d127-laro-fragestallning-lamplig-for-laro", "skane", "1988-02-12", "m", [
    N("n1", "skLARO", "Läkaranteckning", "Amanda Holst", "läkare",
      "2024-08-20 10:00", "10:50", OV, [
          ("Aktuellt", "Remiss från beroendemottagningen Lund. Frågeställning: lämplig för LARO? Opioidberoende F11.2 med oxykodon och heroin sedan 2018, två överdoser senaste året."),
          ("Bedömning", "Uppfyller kriterierna enl. HSLF-FS 2016:1. Inskrivning efter utredningsperiod med U-tox."),
      ])],
  [], [["NL102", "n1"]],
  "'Frågeställning' and '?' concern eligibility for LARO, not a diagnosis; opioid dependence confirmed")

C("d127-abst-typo-ingen-missanke-om-delirium", "vgr", "1967-06-21", "m", [
    N("n1", "vgAbst", "Daganteckning", "Therese Lund", "läkare",
      "2024-05-14 09:15", "10:00", SV, [
          ("Aktuellt", "Lugn natt, sovit sex timmar. CIWA 4 i morse, äter frukost."),
          ("Bedömning", "Ingen missanke om delirium. Avgiftningen går enligt plan, dag 4."),
      ])],
  [], [["NL102", "n1"]],
  "Typo in the negation 'Ingen missanke om delirium' still negates")

C("d127-np-misstanken-om-adhd-avskrivs", "skane", "1995-09-01", "m", [
    N("n1", "skADHD", "Läkaranteckning", "Hedvig Ask", "läkare",
      "2024-11-12 13:30", "14:30", OV, [
          ("Utredning", "Genomförd NP-utredning med DIVA, WAIS-IV och skattningar från anhörig. Uppmärksamhetsproblemen debuterade först i 17-årsåldern, samtidigt med daglig cannabisrökning."),
          ("Bedömning", "Misstanken om ADHD avskrivs efter genomförd utredning. Svårigheterna förklaras bäst av långvarigt cannabisbruk, cannabisberoende F12.2."),
      ])],
  [], [["NL102", "n1"]],
  "'Misstanken om ADHD avskrivs' dismisses the hypothesis; cannabis dependence is confirmed")

C("d127-skas-typo-differentialdiagonsen-psykos-avford", "vgr", "1989-03-31", "k", [
    N("n1", "vgSKAS", "Läkaranteckning", "Jesper Kvist", "läkare",
      "2024-01-26 10:30", "11:10", SV, [
          ("Aktuellt", "Observerad på avdelningen ett dygn efter intag av spice. Klar, adekvat, inga perceptionsstörningar sedan i går eftermiddag."),
          ("Bedömning", "Differentialdiagonsen psykos är avförd efter ett dygns observation. Akut intoxikation med syntetiska cannabinoider, nu avklingad."),
      ])],
  [], [["NL102", "n1"]],
  "Typo 'Differentialdiagonsen' but the differential is ruled out ('avförd')")

C("d127-hbg-akut-ej-forenligt-med-abstinens", "skane", "1983-05-05", "k", [
    N("n1", "skHbgAkut", "Akutanteckning psykiatri", "Sebastian Ek", "läkare",
      "2024-12-14 19:30", "20:05", OV, [
          ("Aktuellt", "Oroar sig för att hon ska få abstinens efter att ha slutat med vin för två dagar sedan. Mycket ångest över skulder."),
          ("Status", "Puls 68, ingen tremor, torr hud, CIWA 2."),
          ("Bedömning", "Ej förenligt med alkoholabstinens. Ångest i samband med ekonomisk kris."),
          ("Åtgärd", "Lugnande samtal, kontaktuppgifter till budget- och skuldrådgivningen."),
      ])],
  [], [["NL102", "n1"]],
  "'Ej förenligt med alkoholabstinens' negates the hedge phrase 'förenligt med'")

C("d127-kungalv-telefon-oklart-om-litium", "vgr", "1972-08-28", "k", [
    N("n1", "vgKung", "Telefonanteckning", "Åsa Lindström", "sjuksköterska",
      "2024-03-21 11:00", None, OV, [
          ("Telefonkontakt", "Ringer pat pga S-litium 0,3 mmol/L vid gårdagens kontroll. Oklart om pat tagit sin Lithionit senaste veckan, hon säger själv att hon glömt några kvällar. Bipolär sjukdom typ I sedan 2008."),
          ("Åtgärd", "Ny kontroll om en vecka, dosett från apoteket."),
      ])],
  [], [["NL102", "n1"]],
  "'Oklart om' concerns adherence, not a diagnosis; the bipolar disorder is established")

C("d127-hbg-antabus-fragetecken", "skane", "1977-06-13", "m", [
    N("n1", "skHbgBer", "Läkaranteckning", "Linnea Falk", "läkare",
      "2024-02-29 08:30", "09:00", OV, [
          ("Aktuellt", "Två månader nykter efter avgiftning, PEth under 0,05. Sug kvällstid, särskilt fredagar."),
          ("Bedömning", "Alkoholberoende, i tidig remission."),
          ("Planering", "Antabus? Pat tveksam, återkommer om det efter att ha pratat med frun. Fortsatt Campral."),
      ])],
  [], [["NL102", "n1"]],
  "A question mark after a drug (Antabus?) is a treatment question, not a hedged diagnosis")

C("d127-vgr-th-trolig-bipolar-bedomning-mani-bekraftad", "vgr", "1994-10-14", "m", [
    N("n1", "vgNAL", "Intagningsanteckning", "Karolina Eriksson", "läkare",
      "2024-08-09 16:20", "17:40", SV, [
          ("Aktuellt", "Förd in av polis efter att ha kört bil i 180 km/h på E45 för att testa sina krafter. Har inte sovit på fyra nätter."),
          ("Tidiga hypoteser", "Trolig bipolär sjukdom typ I, mamma beskriver två tidigare depressioner som pat inte själv vill kännas vid."),
          ("Bedömning", "Manisk episod utan psykotiska symtom F30.1. Saknar sjukdomsinsikt, intagning enligt LPT."),
      ])],
  [], [["NL102", "n1"]],
  "VGR: hedged bipolar only under Tidiga hypoteser; the visible Bedömning holds a confirmed manic episode")

C("d127-maria-trolig-god-prognos", "skane", "2006-04-09", "m", [
    N("n1", "skMaria", "Läkaranteckning", "Hanna Mårtensson", "läkare",
      "2024-10-17 15:00", "15:40", OV, [
          ("Aktuellt", "Fyra månaders behandling. Röker cannabis högst en gång i månaden nu mot dagligen i våras. Tillbaka i skolan med anpassad studiegång."),
          ("Bedömning", "Skadligt bruk av cannabis. Trolig god prognos om han fortsätter med ÅP och skolan."),
      ])],
  [], [["NL102", "n1"]],
  "'Trolig' hedges the prognosis of an 18-year-old, not the (confirmed) diagnosis")

C("d127-np-utredd-2021-uppfyllde-ej", "vgr", "1991-01-03", "k", [
    N("n1", "vgNP", "Läkaranteckning", "Ida Hermansson", "läkare",
      "2024-09-30 09:00", "09:45", OV, [
          ("Anamnes", "Utreddes för ADHD 2021 på vuxenpsykiatrin i Borås, uppfyllde ej kriterierna. Söker nu pga ökande ångest och impulsiva köp."),
          ("Bedömning", "Generaliserat ångestsyndrom F41.1. Ingen anledning till förnyad NP-utredning."),
      ])],
  [], [["NL102", "n1"]],
  "Earlier ADHD work-up that did not meet criteria; current diagnosis stated without hedge")

C("d127-boras-ev-remiss-infektion", "vgr", "1986-12-27", "m", [
    N("n1", "vgSAS", "Sjuksköterskeanteckning", "Maja Ljung", "sjuksköterska",
      "2024-04-16 13:15", "13:50", OV, [
          ("Aktuellt", "HCV-ak negativ i juni 2023. Pat injicerar fortfarande amfetamin några gånger i månaden och har delat utrustning vid ett tillfälle. Ny provtagning för HCV, HIV och hepatit B idag."),
          ("Planering", "Ev. remiss till infektionsmottagningen när svaren finns. Vaccination mot hepatit A och B påbörjad, dos 2 om en månad."),
      ])],
  [], [["NL102", "n1"]],
  "Screening re-test with 'Ev. remiss' (a plan); no hedged diagnosis")

C("d127-abst-typo-deliruim-uteslutes", "skane", "1955-08-16", "m", [
    N("n1", "skAbst", "Läkaranteckning", "Johan Mattsson", "läkare",
      "2024-07-09 10:40", "11:15", SV, [
          ("Aktuellt", "Orolig i natt, ville gå hem kl 03 men lät sig lugnas. Orienterad x3 på ronden, följer samtal väl."),
          ("Bedömning", "Deliruim uteslutes. Sömnstörning, ges Propavan till natten."),
      ])],
  [], [["NL102", "n1"]],
  "Typo 'Deliruim uteslutes' is still a ruled-out diagnosis")

C("d127-pmo-ystad-misstankt-adhd-remiss", "skane", "1993-07-29", "k", [
    N("n1", "skVC3", "Besöksanteckning", "Karl Nyström", "läkare",
      "2024-05-02 10:00", "10:30", OV, [
          ("Aktuellt", "Svårt att hålla fokus på jobbet, har fått varning för sena ankomster. Självskattning ASRS tydligt positiv. Dricker 2–3 öl per helgdag."),
          ("Bedömning", "Misstänkt ADHD. Remiss till vuxenpsykiatrin för NP-utredning."),
      ])],
  [], [["NL102", "n1"]],
  "PMO vårdcentral note with 'Misstänkt ADHD': PMO does not show diagnoses")

# ---------------------------------------------------------------------------
# NL101 positives: diagnosis in a visible section, patient not (yet) told
# ---------------------------------------------------------------------------

C("d127-laro-hcv-rna-pos-ej-informerad", "skane", "1987-05-19", "m", [
    N("n1", "skLARO", "Läkaranteckning", "Per Ekström", "läkare",
      "2024-03-26 15:30", "16:00", OV, [
          ("Labb", "HCV-RNA positivt, 2,1 milj IE/ml, genotyp 3a. Fibroscan 6,8 kPa."),
          ("Bedömning", "Kronisk hepatit C. Pat ej informerad ännu, besked ges vid besöket på torsdag tillsammans med kontaktsjuksköterskan."),
          ("Planering", "Remiss till infektionsmottagningen SUS för behandlingsstart."),
      ])],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "Hepatitis C confirmed at LARO screening, 'Pat ej informerad ännu', in a visible note")

C("d127-bersu-hiv-ej-underrattad", "vgr", "1990-02-06", "m", [
    N("n1", "vgBerSU", "Läkaranteckning", "Lisa Hammar", "läkare",
      "2024-06-13 11:40", "12:20", OV, [
          ("Labb", "HIV-1 konfirmerat positivt av virologen, CD4 410."),
          ("Bedömning", "Nyupptäckt HIV-infektion. Pat ännu ej underrättad; infektionsläkare delger beskedet på tisdag och vi säger inget innan dess."),
      ])],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "Confirmed HIV with 'Pat ännu ej underrättad' in the visible Bedömning")

C("d127-epikris-korsakoff-ej-delgiven", "skane", "1956-11-30", "m", [
    N("n1", "skAbst", "Epikris", "Karin Ohlsson", "läkare",
      "2024-05-03 10:00", "13:30", SV, [
          ("Vårdförlopp", "Tre veckors vårdtid efter inläggning i konfusion. Abstinensen behandlades med diazepam och tiamin iv gavs i hög dos. Trots nykterhet och tiaminbehandling kvarstår uttalad inlärningsstörning med konfabulationer, bekräftad av neuropsykolog med RBANS."),
          ("Diagnoser", "Wernicke-Korsakoffs syndrom F10.6. Alkoholberoende F10.2."),
          ("Information", "Korsakoffdiagnosen har ej delgetts pat pga kvarstående förvirring, tas upp vid uppföljningen med dottern närvarande."),
      ])],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "Discharge summary lists Korsakoff and says it 'har ej delgetts pat'")

C("d127-psykos-schizofreni-ej-meddelad", "vgr", "2000-09-26", "k", [
    N("n1", "vgPsyAvd", "Läkaranteckning", "Daniel Berg", "läkare",
      "2024-10-04 14:10", "15:00", SV, [
          ("Bedömning", "Schizofreni F20.0, diagnosen fastställd efter sex månaders förlopp och genomförd psykosutredning."),
          ("Information", "Diagnosen är inte meddelad pat ännu. Återgivning planeras tillsammans med föräldrarna nästa vecka."),
      ])],
  [["NL101", "n1"]], [],
  "Schizophrenia established, 'inte meddelad pat ännu', in visible sections")

C("d127-hbg-levercirros-pat-ovetande", "skane", "1961-04-25", "m", [
    N("n1", "skHbgBer", "Läkaranteckning", "Linnea Falk", "läkare",
      "2024-09-17 16:00", "16:40", OV, [
          ("Aktuellt", "DT buk från medicinakuten i helgen: levercirros med måttlig ascites och splenomegali. Pat gick hem innan svaret kom och är ovetande om fyndet."),
          ("Planering", "Ringer pat i morgon för att boka ett besök där vi går igenom svaret. Remiss till gastro."),
      ])],
  [["NL101", "n1"]], [],
  "Cirrhosis on CT, patient 'ovetande om fyndet'")

C("d127-np-adhd-atergivning-ej-gjord", "vgr", "1997-08-18", "m", [
    N("n1", "vgNP", "Psykologanteckning", "Ellen Sundqvist", "psykolog",
      "2024-04-25 13:00", "14:15", OV, [
          ("Utredning", "Sammanvägning av DIVA, QbTest, WAIS-IV och skattningar från mamma och arbetsgivare klar."),
          ("Diagnos", "ADHD, kombinerad form F90.0."),
          ("Planering", "Återgivningssamtal ej genomfört; pat har inte fått ta del av resultatet. Tid bokad 7/5 med psykolog och läkare."),
      ])],
  [["NL101", "n1"]], [],
  "ADHD diagnosis set in the visible Diagnos field before the feedback session ('har inte fått ta del av')")

C("d127-trelleborg-eips-typo-ej-kommuncerats", "skane", "1998-12-03", "k", [
    N("n1", "skTrelle", "Läkaranteckning", "Patrik Dahl", "läkare",
      "2024-02-14 10:30", "11:20", OV, [
          ("Bedömning", "Emotionellt instabil personlighetsstörning, borderlinetyp F60.3, efter SCID-5-PD och lång observation."),
          ("Information", "Diagnosen har ej kommuncerats med pat. Hon är i en skör fas efter senaste självskadan och vi väljer att vänta."),
      ])],
  [["NL101", "n1"]], [],
  "Personality disorder diagnosis visible while it 'har ej kommuncerats' (typo) with the patient")

C("d127-bersu-antisocial-ps-ej-informerad-hot", "vgr", "1984-01-29", "m", [
    N("n1", "vgBerSU", "Läkaranteckning", "Karl Fredriksson", "läkare",
      "2024-11-14 15:00", "15:35", OV, [
          ("Bedömning", "Antisocial personlighetsstörning F60.2 enligt SCID-II och uppgifter från kriminalvården. Amfetaminberoende, i kontrollerad miljö."),
          ("Information", "Pat har inte informerats om personlighetsdiagnosen med hänsyn till tidigare hot mot personal; görs med två behandlare närvarande."),
      ])],
  [["NL101", "n1"]], [],
  "Antisocial PD visible, patient 'har inte informerats' due to threat risk")

C("d127-abst-lungcancer-pat-konfus", "skane", "1952-07-08", "m", [
    N("n1", "skAbst", "Läkaranteckning", "Tobias Lindgren", "läkare",
      "2024-03-01 13:45", "14:30", SV, [
          ("Aktuellt", "Svar från bronkoskopin i onsdags: PAD visar icke-småcellig lungcancer, skivepiteltyp, i höger överlob."),
          ("Bedömning", "Lungcancer. Pat ej informerad då han fortfarande är konfus efter deliriet; lungläkaren kommer hit på måndag."),
      ])],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "Lung cancer confirmed during an abstinence stay, patient not informed because confused")

C("d127-pam-kardiomyopati-for-berusad", "vgr", "1970-12-18", "m", [
    N("n1", "vgPAM", "Akutanteckning", "Nora Lindberg", "läkare",
      "2024-12-21 02:30", "03:40", OV, [
          ("Aktuellt", "Åter på PAM, kraftigt berusad och suicidal i telefon till syster. UCG från i tisdags har nu besvarats: alkoholorsakad dilaterad kardiomyopati, EF 30 %."),
          ("Status", "Promille 2,4, sluddrig men kontaktbar. Uppger suicidtankar när han dricker, ingen nykter riskbedömning möjlig i natt."),
          ("Bedömning", "Pat ej informerad om hjärtsvaret då han är för berusad för att ta emot det i natt. Dagpersonal ombeds ta det när han nyktrat till."),
      ])],
  [["NL101", "n1"]], [],
  "Cardiomyopathy result stands in Aktuellt; Bedömning says the patient is not told, too drunk")

C("d127-mbc-ssk-syfilis-ej-nadd", "skane", "1993-06-14", "m", [
    N("n1", "skMBC", "Sjuksköterskeanteckning", "Ebba Lindh", "sjuksköterska",
      "2024-08-07 15:10", None, OV, [
          ("Aktuellt", "Provsvar från screeningen: TPPA positiv, RPR 1:32, obehandlad syfilis enl. infektionsläkare."),
          ("Planering", "Pat ännu inte informerad, nås ej på telefon. Ny kontakt i morgon, annars brev med kallelse."),
      ])],
  [["NL101", "n1"]], [],
  "Unsigned nurse note: syphilis found at screening, 'ännu inte informerad'")

C("d127-laro-typo-hepatit-b-ej-infomerad", "vgr", "1981-03-02", "k", [
    N("n1", "vgLARO", "Läkaranteckning", "Jonas Hellström", "läkare",
      "2024-07-16 10:20", "11:00", OV, [
          ("Labb", "HBsAg positivt, HBeAg negativt, HBV-DNA 3 400 IE/ml. Även positivt för anti-HBc."),
          ("Bedömning", "Kronisk hepatit B. Pat ej infomerad om svaret, tas vid dosjusteringsbesöket på fredag."),
      ])],
  [["NL101", "n1"]], [],
  "Typo 'ej infomerad' after a confirmed chronic hepatitis B")

C("d127-krstad-alkoholdemens-inte-berattat", "skane", "1954-10-01", "k", [
    N("n1", "skKrBer", "Läkaranteckning", "Anna-Karin Svensson", "läkare",
      "2024-06-20 14:00", "14:50", OV, [
          ("Utredning", "Neuropsykologisk bedömning klar efter tio månaders nykterhet. Bestående brister i minne och exekutiv förmåga, MR med global atrofi utan vaskulära förändringar."),
          ("Bedömning", "Alkoholorsakad demens F10.73."),
          ("Information", "Vi har inte berättat det för pat än, sonen vill vara med när beskedet ges."),
      ])],
  [["NL101", "n1"]], [],
  "Alcohol-related dementia stated; 'Vi har inte berättat det för pat än'")

C("d127-np-autism-ej-informerad", "vgr", "2002-04-12", "m", [
    N("n1", "vgNP", "Läkaranteckning", "Ida Hermansson", "läkare",
      "2024-05-29 13:30", "14:10", OV, [
          ("Utredning", "NP-utredning avslutad med ADOS-2, ADI-R och WAIS-IV."),
          ("Diagnos", "Autism F84.0 utan intellektuell funktionsnedsättning. Kriterierna för ADHD uppfylls inte."),
          ("Planering", "Pat ej informerad, återgivning bokad vecka 24 tillsammans med psykolog."),
      ])],
  [["NL101", "n1"]], [],
  "ADHD work-up ends in autism; visible diagnosis with 'Pat ej informerad'")

C("d127-abst-kronisk-pankreatit-sov-vid-ronden", "skane", "1968-01-14", "m", [
    N("n1", "skAbst", "Läkaranteckning", "Johan Mattsson", "läkare",
      "2024-08-28 11:20", "12:00", SV, [
          ("Aktuellt", "DT buk visar förkalkningar i pankreas och vidgad pankreasgång. F-elastas lågt."),
          ("Bedömning", "Kronisk alkoholorsakad pankreatit med exokrin svikt. Ej informerat pat ännu, han sov vid ronden."),
          ("Planering", "Creon till måltid. Samtal om fynden i eftermiddag."),
      ])],
  [["NL101", "n1"]], [],
  "Chronic pancreatitis, 'Ej informerat pat ännu' because he slept at the round")

C("d127-boras-latent-tb-inte-fatt-veta", "vgr", "1979-10-23", "m", [
    N("n1", "vgSAS", "Läkaranteckning", "Olle Backman", "läkare",
      "2024-02-22 14:40", "15:10", OV, [
          ("Labb", "QuantiFERON positiv, lungröntgen ua."),
          ("Bedömning", "Latent tuberkulos. Pat har inte fått veta än; infektion tar över och kallar honom."),
      ])],
  [["NL101", "n1"]], [],
  "Latent TB found at screening; 'Pat har inte fått veta än'")

C("d127-abst-hcv-for-paverkad-for-besked", "vgr", "1985-07-31", "k", [
    N("n1", "vgAbst", "Läkaranteckning", "Therese Lund", "läkare",
      "2024-09-19 10:15", "10:55", SV, [
          ("Labb", "HCV-RNA pos, genotyp 1a. ALAT 2,3."),
          ("Bedömning", "Kronisk hepatit C. Pat för påverkad idag för att ta emot besked; informeras när hon är avgiftad."),
      ])],
  [["NL101", "n1"]], [],
  "Hepatitis C visible; patient too intoxicated for the news, will be told later")

C("d127-laro-hiv-ska-inte-informeras-forran", "skane", "1976-05-08", "m", [
    N("n1", "skLARO", "Läkaranteckning", "Amanda Holst", "läkare",
      "2024-10-29 09:10", "09:50", OV, [
          ("Bedömning", "HIV-infektion, konfirmerad i går. Pat ska inte informeras förrän infektionsläkaren på SUS kan träffa honom samma dag, planerat till fredag."),
      ])],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "'ska inte informeras förrän' infection doctor is present: must not be told yet")

C("d127-kungalv-typo-bipolar-ej-inforemrad", "vgr", "1996-03-17", "k", [
    N("n1", "vgKung", "Läkaranteckning", "Erik Sandberg", "läkare",
      "2024-11-26 13:15", "14:00", OV, [
          ("Bedömning", "Bipolär sjukdom typ I fastställd utifrån livsdiagram och två maniska episoder."),
          ("Planering", "Pat ej inforemrad om diagnos, mamma önskar närvara vid beskedet på måndag."),
      ])],
  [["NL101", "n1"]], [],
  "Typo 'ej inforemrad om diagnos' after an established bipolar I disorder")

C("d127-mbc-n1-hcv-ej-info-senare-besked", "skane", "1989-09-03", "m", [
    N("n1", "skMBC", "Läkaranteckning", "Cecilia Ström", "läkare",
      "2024-04-02 14:00", "14:30", OV, [
          ("Labb", "HCV-RNA positivt vid kontroll, genotyp 3."),
          ("Bedömning", "Kronisk hepatit C. Pat ännu ej informerad, besked vid nästa mottagningsbesök."),
      ]),
    N("n2", "skMBC", "Sjuksköterskeanteckning", "Ebba Lindh", "sjuksköterska",
      "2024-04-09 10:00", "10:20", OV, [
          ("Aktuellt", "Besök tillsammans med dr Ström. Pat har nu fått besked om hepatit C och tog det lugnt, vill gärna börja behandling snart."),
      ])],
  [["NL101", "n1"]], [],
  "Two notes: the first one (n1) withholds the hepatitis C diagnosis; a later note tells")

C("d127-psykos-lang-lpt-schizofreni-ej-informerad", "vgr", "1983-11-15", "m", [
    N("n1", "vgPsyAvd", "Läkaranteckning", "Magnus Ternström", "läkare",
      "2024-06-07 15:40", "17:00", SV, [
          ("Aktuellt", "Vårddag 21 enligt LPT. Pat är fortsatt avvisande men har accepterat olanzapin 15 mg per os sedan en vecka efter tidigare beslut om tvångsinjektion. Äter och sover bättre, deltar i avdelningens måltider och har kortare samtal med kontaktpersonen."),
          ("Psykiskt status", "Vaken, orienterad. Fortsatt fixerad vid tanken att hans före detta arbetsgivare låtit installera en sändare i hans tand. Mindre affektladdad när detta tas upp, inga kommenterande röster idag. Förnekar suicidtankar och våldstankar."),
          ("Bedömning", "Paranoid schizofreni F20.0 bedöms nu fastställd efter tre månaders förlopp före inläggning, uteslutande av somatisk orsak och negativa U-tox under vårdtiden. Pat har ej informerats om diagnosen och bedöms inte kunna ta emot den i nuvarande tillstånd. Fortsatt behov av sluten psykiatrisk tvångsvård då pat saknar sjukdomsinsikt och sannolikt sätter ut medicinen om han skrivs ut."),
          ("Planering", "Ansökan om medgivande till fortsatt tvångsvård skickas till förvaltningsrätten. Samordnad vårdplanering med socialtjänsten inför eventuell övergång till öppen psykiatrisk tvångsvård."),
      ])],
  [["NL101", "n1"]], [],
  "Long LPT ward note: established schizophrenia, 'Pat har ej informerats om diagnosen'")

C("d127-abst-ssk-hcc-ej-informerad", "vgr", "1959-08-05", "m", [
    N("n1", "vgAbst", "Omvårdnadsanteckning", "Camilla Nyberg", "sjuksköterska",
      "2024-07-24 21:40", "22:00", SV, [
          ("Omvårdnad", "Dr Sjögren meddelade vid överrapporteringen att MR lever visat hepatocellulär cancer. Pat ej informerad, läkaren pratar med honom i morgon förmiddag. Pat frågade ikväll om röntgensvaret och fick veta att läkaren går igenom det då."),
      ])],
  [["NL101", "n1"]], [],
  "Nursing note names HCC and says the patient is not informed yet")

C("d127-kurator-lindrig-if-vet-inte-om", "skane", "1999-02-20", "m", [
    N("n1", "skMBC", "Kuratorsanteckning", "Leila Haddad", "kurator",
      "2024-03-13 10:30", "11:15", OV, [
          ("Samtal", "Samtal om boende och ekonomi, pat vill ansöka om stödboende via soc. Har svårt att förstå blanketterna och behöver hjälp med varje steg."),
          ("Bedömning", "Psykologutredningen har visat lindrig intellektuell funktionsnedsättning F70, vilket pat inte vet om ännu; läkaren vill ge beskedet själv. Hjälper till med ansökan under tiden."),
      ])],
  [["NL101", "n1"]], [],
  "Kurator note reveals a confirmed intellectual disability 'som pat inte vet om ännu'")

C("d127-uddevalla-utkast-hcv-ej-fatt-besked", "vgr", "1995-05-25", "m", [
    N("n1", "vgUddev", "Läkaranteckning", "Gustav Nord", "läkare",
      "2024-08-15 16:50", None, OV, [
          ("Bedömning", "Kronisk hepatit C bekräftad med HCV-RNA, genotyp 3a. Pat har ännu inte fått besked, kallas till mottagningen nästa vecka."),
      ])],
  [["NL101", "n1"]], [],
  "Unsigned draft, pre-signing: confirmed hepatitis C, 'ännu inte fått besked'")

C("d127-abst-diabetes-avvaktar-med-att-informera", "skane", "1963-09-09", "k", [
    N("n1", "skAbst", "Läkaranteckning", "Karin Ohlsson", "läkare",
      "2024-12-10 11:30", "12:15", SV, [
          ("Labb", "HbA1c 68 mmol/mol, fP-glukos 11,2 vid två tillfällen."),
          ("Bedömning", "Nydebuterad diabetes mellitus typ 2. Avvaktar med att informera pat tills abstinensen klingat av, hon är fortfarande orolig och svårkontaktad."),
      ])],
  [["NL101", "n1"]], [],
  "Somatic diagnosis found on the ward; 'Avvaktar med att informera pat'")

C("d127-bersu-n2-telefon-hiv-ej-informerad", "vgr", "1988-06-22", "m", [
    N("n1", "vgBerSU", "Läkaranteckning", "Lisa Hammar", "läkare",
      "2024-10-01 13:00", "13:30", OV, [
          ("Labb", "HIV-ak/ag reaktiv i screening, konfirmering skickad till virologen."),
      ]),
    N("n2", "vgBerSU", "Sjuksköterskeanteckning", "Frida Holm", "sjuksköterska",
      "2024-10-04 09:30", "09:45", OV, [
          ("Telefonkontakt", "Pat ringer och frågar efter sina provsvar. Konfirmerad HIV-infektion enligt virologen, men pat ej informerad eftersom läkaren vill ge beskedet vid besök. Tid bokad måndag kl 10."),
      ])],
  [["NL101", "n2"]], [],
  "The later telephone note (n2) states confirmed HIV and that the patient was not told")

C("d127-pakm-typo-subduralhematom-ej-imformerad", "skane", "1966-02-11", "m", [
    N("n1", "skPAKM", "Akutanteckning psykiatri", "Oskar Malm", "läkare",
      "2024-04-19 23:20", "2024-04-20 00:10", OV, [
          ("Aktuellt", "Förvirrad efter flera veckors drickande, ramlade i hemmet för en vecka sedan. DT hjärna beställd av medicinjouren."),
          ("Bedömning", "DT visar kroniskt subduralhematom vänster sida med lätt överskjutning av medellinjen. Pat inte imformerad om fyndet än; neurokirurgen i Lund kontaktad och han flyttas dit ikväll."),
      ])],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "Typo 'inte imformerad' after a chronic subdural haematoma on CT")

# ---------------------------------------------------------------------------
# NL101 must_not: told, told earlier, untold thing is no diagnosis, protected,
# only a relative/third party not told, nothing said about telling
# ---------------------------------------------------------------------------

C("d127-laro-hcv-informerad-idag", "skane", "1990-10-30", "k", [
    N("n1", "skLARO", "Läkaranteckning", "Per Ekström", "läkare",
      "2024-04-04 14:20", "15:00", OV, [
          ("Bedömning", "Kronisk hepatit C, genotyp 1a. Informerat pat om diagnosen idag, hon tog det sakligt och vill börja behandling så snart som möjligt."),
          ("Planering", "Remiss infektion, Fibroscan i samband med det."),
      ])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "Hepatitis C diagnosis told to the patient today")

C("d127-bersu-hiv-besked-2016", "vgr", "1980-04-08", "m", [
    N("n1", "vgBerSU", "Läkaranteckning", "Karl Fredriksson", "läkare",
      "2024-02-01 10:10", "10:40", OV, [
          ("Anamnes", "HIV-infektion sedan 2016, fick beskedet på infektionskliniken Östra och är välbehandlad med Biktarvy, omätbar virusmängd."),
          ("Aktuellt", "Kommer för bedömning av bensodiazepinbruk, tar 40–60 mg diazepam köpt illegalt."),
          ("Bedömning", "Bensodiazepinberoende F13.2. Erbjuds inläggning för nedtrappning."),
      ])],
  [], [["NL101", "n1"]],
  "HIV told to the patient years ago ('fick beskedet' 2016)")

C("d127-abst-ej-informerad-om-datum-gastroskopi", "skane", "1962-11-06", "m", [
    N("n1", "skAbst", "Läkaranteckning", "Tobias Lindgren", "läkare",
      "2024-06-03 12:00", "12:45", SV, [
          ("Bedömning", "Esofagusvaricer grad II vid gastroskopi i fredags, ligerade. Levercirros Child-Pugh A."),
          ("Planering", "Ny gastroskopi med ligering om fyra veckor. Pat ej informerad om datumet än, kallelse skickas från endoskopienheten."),
      ])],
  [], [["NL101", "n1"]],
  "What the patient is not told is a date for the next gastroscopy, not a diagnosis")

C("d127-laro-ssk-remiss-skickad-ej-meddelat", "vgr", "1991-08-24", "m", [
    N("n1", "vgLARO", "Sjuksköterskeanteckning", "Sofie Wennberg", "sjuksköterska",
      "2024-05-09 11:00", "11:25", OV, [
          ("Aktuellt", "Remiss till infektionsmottagningen gällande känd hepatit C skickad idag av dr Hellström. Pat ej informerad om att remissen gått iväg, tas vid hämtning i morgon."),
      ])],
  [], [["NL101", "n1"]],
  "The untold item is that a referral was sent; the hepatitis C is already known")

C("d127-maria-negativa-serologier-ej-meddelade", "skane", "2005-12-12", "k", [
    N("n1", "skMaria", "Sjuksköterskeanteckning", "Alva Nordin", "sjuksköterska",
      "2024-09-10 15:30", "15:50", OV, [
          ("Labb", "HIV, hepatit B och C samt klamydia negativa."),
          ("Planering", "Pat ej meddelad om svaren än, ringer henne i morgon efter skolan."),
      ])],
  [], [["NL101", "n1"]],
  "Normal screening results not yet passed on; no diagnosis in the note")

C("d127-skane-th-mall-hiv-ej-informerad", "skane", "1984-09-14", "m", [
    N("n1", "skLARO", "Tidiga hypoteser", "Amanda Holst", "läkare",
      "2024-10-28 16:10", "16:30", OV, [
          ("Bedömning", "HIV-konfirmering positiv enligt telefonsamtal från labbet. Pat ej informerad, infektion kontaktad för ett gemensamt besök."),
      ])],
  [], [["NL101", "n1"]],
  "Skåne: untold HIV kept in a note written in the Tidiga hypoteser template")

C("d127-vgr-th-sokord-levercancer-ej-informerad", "vgr", "1957-03-27", "m", [
    N("n1", "vgAbst", "Läkaranteckning", "Henrik Sjögren", "läkare",
      "2024-11-18 10:00", "10:40", SV, [
          ("Aktuellt", "Dag 3 på avgiftningen, CIWA 5. Äter, sover."),
          ("Tidiga hypoteser", "Levercancer enligt MR, pat ännu ej informerad; samtal med kirurg planeras innan besked."),
          ("Bedömning", "Alkoholabstinens, okomplicerad och avklingande."),
      ])],
  [], [["NL101", "n1"]],
  "VGR: the untold liver cancer sits only under the protected sökord Tidiga hypoteser")

C("d127-mbc-hiv-informerad-sambon-ej", "skane", "1986-07-02", "m", [
    N("n1", "skMBC", "Läkaranteckning", "Björn Håkansson", "läkare",
      "2024-07-11 13:20", "14:00", OV, [
          ("Bedömning", "HIV-infektion, konfirmerad. Pat informerad om diagnosen idag, önskar att sambon inte får veta något ännu."),
          ("Planering", "Infektion SUS tar över uppföljningen, smittskyddsbladet genomgånget."),
      ])],
  [], [["NL101", "n1"]],
  "Patient told; only the partner is not to be told yet")

C("d127-nal-inget-om-information", "vgr", "1975-12-30", "m", [
    N("n1", "vgNAL", "Läkaranteckning", "Viktor Holmgren", "läkare",
      "2024-03-07 09:30", "10:05", OV, [
          ("Diagnos", "Alkoholberoende F10.2. Alkoholorsakad polyneuropati G62.1."),
          ("Aktuellt", "Nykter sedan sex veckor med disulfiram. Stickningar i fötterna oförändrade, går med rollator utomhus."),
          ("Planering", "Fysioterapeut för balansträning. Antabus fortsatt 2 ggr/v under överinseende av frun."),
      ])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "Confirmed diagnoses, nothing said about informing the patient")

C("d127-hbg-ej-berattat-for-arbetsgivaren", "skane", "1973-02-19", "k", [
    N("n1", "skHbgBer", "Läkaranteckning", "Ola Bengtsson", "läkare",
      "2024-05-15 08:45", "09:15", OV, [
          ("Aktuellt", "Sjukskriven två veckor efter avgiftningen. Pat har inte berättat för arbetsgivaren om sitt alkoholberoende och oroar sig för att det ska komma fram vid rehabmötet."),
          ("Bedömning", "Alkoholberoende F10.2, nykter sedan utskrivningen."),
      ])],
  [], [["NL101", "n1"]],
  "It is the patient who has not told the employer; the patient knows the diagnosis")

C("d127-infektion-kurator-har-ej-berattat-for-fru", "vgr", "1977-10-16", "m", [
    N("n1", "vgInf", "Kuratorsanteckning", "Pernilla Åström", "kurator",
      "2024-08-27 13:00", "13:45", OV, [
          ("Samtal", "Pat känner till sin HIV-diagnos sedan i maj men har ännu inte informerat sin fru. Skam och rädsla för att hon ska lämna honom, dricker mer sedan beskedet."),
          ("Planering", "Stöd inför samtal med hustrun, smittspårning diskuterad enl. smittskyddslagen."),
      ])],
  [], [["NL101", "n1"]],
  "'har ännu inte informerat sin fru': the patient knows, the wife does not")

C("d127-abst-korsakoff-informerad-minns-inte", "skane", "1958-08-31", "m", [
    N("n1", "skAbst", "Läkaranteckning", "Johan Mattsson", "läkare",
      "2024-02-26 15:00", "15:30", SV, [
          ("Bedömning", "Korsakoffs syndrom F10.6. Pat informerad om diagnosen på förmiddagen men mindes det inte vid eftermiddagens samtal, vilket är förväntat. Informationen upprepas skriftligt och med dottern närvarande."),
      ])],
  [], [["NL101", "n1"]],
  "Patient was told Korsakoff; forgetting it does not make it uncommunicated")

C("d127-boras-n2-informerar-om-cirros", "vgr", "1964-04-13", "m", [
    N("n1", "vgSAS", "Läkaranteckning", "Olle Backman", "läkare",
      "2024-01-12 15:00", "15:40", OV, [
          ("Bedömning", "Levercirros, Child-Pugh B, enligt DT och Fibroscan 28 kPa. Pat ännu inte informerad, vill ha sin dotter med vid beskedet."),
      ]),
    N("n2", "vgSAS", "Läkaranteckning", "Olle Backman", "läkare",
      "2024-01-19 10:00", "10:45", OV, [
          ("Information", "Informerat pat och dotter om levercirrosen och vad den innebär för fortsatt alkoholkonsumtion. Pat ledsen men förstående."),
          ("Planering", "Gastromottagningen kallar för varicesscreening, ny tid här om två veckor."),
      ])],
  [], [["NL101", "n2"]],
  "Two notes: the later note (n2) tells the patient what n1 withheld")

C("d127-pakm-ej-informerad-om-vardintyget", "skane", "1981-05-21", "m", [
    N("n1", "skPAKM", "Akutanteckning psykiatri", "Johan Lindqvist", "läkare",
      "2024-03-30 04:10", "04:50", OV, [
          ("Diagnos", "Paranoid schizofreni, känd sedan 2015."),
          ("Aktuellt", "Satte ut Zyprexa för två månader sedan, hotfull mot mamma. Vårdintyg utfärdat kl 03.45. Pat har somnat på observationsrummet och är ännu ej informerad om att intyget är skrivet."),
      ])],
  [], [["NL101", "n1"]],
  "Not yet told that a vårdintyg (LPT) was written: a coercive-care step, not a diagnosis")

C("d127-boras-kurator-soc-ej-informerad", "vgr", "1992-12-19", "k", [
    N("n1", "vgSAS", "Kuratorsanteckning", "Jenny Lindh", "kurator",
      "2024-10-10 14:00", "14:40", OV, [
          ("Samtal", "Pat är informerad om sin hepatit C sedan i våras och går på behandling. Handläggaren på soc har inte fått veta något om det, och pat vill inte att vi lämnar ut det inför SIP-mötet."),
      ])],
  [], [["NL101", "n1"]],
  "Social services are not told; the patient herself was informed in the spring")

C("d127-np-ingen-adhd-ej-informerad-om-utfallet", "skane", "2000-03-05", "m", [
    N("n1", "skADHD", "Läkaranteckning", "Hedvig Ask", "läkare",
      "2024-12-05 13:00", "13:40", OV, [
          ("Utredning", "Genomförd NP-utredning visar varken ADHD eller autism. Begåvning inom normalvariationen, inga specifika inlärningssvårigheter."),
          ("Planering", "Pat ej informerad om utfallet, återgivning på mottagningen 19/12."),
      ])],
  [], [["NL101", "n1"]],
  "The untold outcome is a negative work-up (no diagnosis)")

C("d127-alingsas-ssk-pat-berattar-om-bipolar", "vgr", "1978-06-01", "k", [
    N("n1", "vgAlings", "Sjuksköterskeanteckning", "Karin Bergqvist", "sjuksköterska",
      "2024-04-18 09:00", "09:30", OV, [
          ("Aktuellt", "Pat berättar själv om sin bipolära sjukdom som hon fick diagnos på 2010 och beskriver tidiga varningstecken väl. Kommer för litiumkontroll, mår stabilt."),
      ])],
  [], [["NL101", "n1"]],
  "Patient describes her own long-known bipolar disorder")

C("d127-pakm-ptsd-informerad-via-tolk", "skane", "1988-01-20", "m", [
    N("n1", "skPAKM", "Akutanteckning psykiatri", "Amir Rahimi", "läkare",
      "2024-11-22 20:15", "21:00", OV, [
          ("Aktuellt", "Söker pga sömnlöshet och mardrömmar. Flydde från Syrien 2015, förlorade två bröder i kriget."),
          ("Bedömning", "Posttraumatiskt stressyndrom F43.1. Pat informerad via tolk (arabiska) om diagnosen och behandlingsmöjligheter, remiss till traumaenheten."),
      ])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "PTSD told to the patient through an interpreter")

C("d127-laro-typo-informrad-hcv", "vgr", "1983-04-29", "k", [
    N("n1", "vgLARO", "Läkaranteckning", "Jonas Hellström", "läkare",
      "2024-03-14 13:00", "13:30", OV, [
          ("Bedömning", "Kronisk hepatit C, genotyp 3. Pat informrad om svaret och remitterad till infektion för Maviret."),
      ])],
  [], [["NL101", "n1"]],
  "Typo 'informrad' but the patient was told")

C("d127-mbc-ssk-ej-informerad-om-vantelistan", "skane", "1994-02-07", "k", [
    N("n1", "skMBC", "Sjuksköterskeanteckning", "Ebba Lindh", "sjuksköterska",
      "2024-01-31 11:00", None, OV, [
          ("Aktuellt", "Opioidberoende, bedömd lämplig för LARO vid teamkonferensen idag. Pat är ännu inte informerad om att hon står på väntelistan, ringer henne efter lunch."),
      ])],
  [], [["NL101", "n1"]],
  "Unsigned: what is untold is the LARO waiting-list place, not the diagnosis")

C("d127-abst-ssk-fibroscan-normal-ej-info", "vgr", "1971-09-12", "m", [
    N("n1", "vgAbst", "Sjuksköterskeanteckning", "Camilla Nyberg", "sjuksköterska",
      "2024-03-04 14:20", "14:40", SV, [
          ("Aktuellt", "Fibroscan utförd idag, 5,2 kPa, inga tecken på fibros enl. gastro. Pat ej informerad ännu, läkaren tar det på ronden i morgon."),
      ])],
  [], [["NL101", "n1"]],
  "A normal Fibroscan result is not yet told; no diagnosis")

C("d127-laro-n2-tidigare-informerad-hcv", "skane", "1982-11-27", "k", [
    N("n1", "skLARO", "Läkaranteckning", "Per Ekström", "läkare",
      "2024-01-18 13:00", "13:30", OV, [
          ("Bedömning", "HCV-RNA positivt, genotyp 1a. Pat informerad idag om kronisk hepatit C, tar beskedet bra."),
      ]),
    N("n2", "skLARO", "Läkaranteckning", "Amanda Holst", "läkare",
      "2024-03-21 10:00", "10:30", OV, [
          ("Aktuellt", "Behandlingsstart för hepatit C sker på infektionsmottagningen nästa vecka, Epclusa i 12 veckor. Buprenorfin oförändrat 18 mg."),
          ("Bedömning", "Opioidberoende i LARO, stabil. Kronisk hepatit C inför behandling."),
      ])],
  [], [["NL101", "n2"]],
  "Later note (n2) repeats a diagnosis the patient was told in January (n1)")

C("d127-kungalv-dottern-ej-informerad", "vgr", "1949-05-10", "k", [
    N("n1", "vgKung", "Läkaranteckning", "Anneli Borg", "läkare",
      "2024-09-05 10:30", "11:10", OV, [
          ("Bedömning", "Alkoholorsakad demens F10.73, lindrig. Pat informerad om diagnosen vid dagens besök och tog det lugnt. Dottern har ännu inte informerats, pat vill själv berätta i helgen."),
      ])],
  [], [["NL101", "n1"]],
  "Patient told; the daughter has not been told yet")

C("d127-psykos-permission-indragen-ej-info", "vgr", "1990-07-25", "m", [
    N("n1", "vgPsyAvd", "Läkaranteckning", "Daniel Berg", "läkare",
      "2024-07-30 13:00", "13:30", SV, [
          ("Diagnos", "Schizoaffektivt syndrom, manisk typ F25.0."),
          ("Aktuellt", "Kom tillbaka från permission i går kväll med alkohol i väskan. Pat ej informerad om att permissionerna dras in tills vidare, meddelas av kontaktpersonen efter lunch."),
      ])],
  [], [["NL101", "n1"]],
  "Untold item is that leave is withdrawn, not the (known) diagnosis")

C("d127-hbg-akut-vet-om-eips-krisplan", "skane", "1999-10-08", "k", [
    N("n1", "skHbgAkut", "Akutanteckning psykiatri", "Sebastian Ek", "läkare",
      "2024-06-15 23:00", "23:45", OV, [
          ("Aktuellt", "Känd emotionellt instabil personlighetsstörning, går i DBT på mottagningen. Pat är väl medveten om sin diagnos och har en krisplan som hon följt ikväll genom att söka hit."),
          ("Bedömning", "Ingen akut suicidrisk. Hem med väninna, krisplanen uppdateras med behandlaren."),
      ])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "Patient 'väl medveten om sin diagnos' EIPS")

C("d127-hbg-utkast-kardiomyopati-informerad", "skane", "1979-03-23", "m", [
    N("n1", "skHbgBer", "Läkaranteckning", "Linnea Falk", "läkare",
      "2024-11-07 15:20", None, OV, [
          ("Bedömning", "Alkoholorsakad kardiomyopati med EF 35 %. Pat har informerats om diagnosen och att fortsatt alkoholintag kan bli livshotande."),
          ("Planering", "Kardiologmottagningen Helsingborg övertar hjärtsvikten, vi fortsätter med beroendebehandlingen."),
      ])],
  [], [["NL101", "n1"]],
  "Unsigned draft: cardiomyopathy told to the patient")

C("d127-uddevalla-telefon-besked-lamnat", "vgr", "1987-02-15", "k", [
    N("n1", "vgUddev", "Telefonanteckning", "Lovisa Ek", "sjuksköterska",
      "2024-06-19 14:05", "14:20", OV, [
          ("Telefonkontakt", "Ringt pat och lämnat besked från dr Nord: HCV-RNA positivt, alltså kronisk hepatit C. Pat hade många frågor, tid bokad hos läkaren på måndag."),
      ])],
  [], [["NL101", "n1"]],
  "Telephone note: the diagnosis was passed on to the patient ('lämnat besked')")


# ---------------------------------------------------------------------------
# build and validate
# ---------------------------------------------------------------------------

SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
# a coarser split (only before a capital or digit) so that sentences holding
# abbreviations such as "enl." or "pat." are also compared whole
SENT_SPLIT_COARSE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])|\n+")
CODES = {"NL101", "NL102"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed",
             "setting", "refs", "sections"}


def age_at(bd, when):
    b = dt.date.fromisoformat(bd)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def luhn_ok(pnr):
    digits = pnr.replace("-", "")[2:]
    if len(digits) != 10 or not digits.isdigit():
        return False
    return luhn_check(digits[:9]) == digits[9]


def build():
    problems = []
    out = []
    seen_names = set()
    sentences = {}
    for idx, c in enumerate(CASES):
        name = c["name"]
        if not name.startswith("d127-"):
            problems.append("%s: bad prefix" % name)
        if name in seen_names:
            problems.append("%s: duplicate case name" % name)
        seen_names.add(name)
        if c["rs"] not in ("skane", "vgr"):
            problems.append("%s: bad ruleset" % name)
        pnr = make_pnr(c["bd"], idx, c["sex"])
        if not luhn_ok(pnr) or pnr[:8] != c["bd"].replace("-", ""):
            problems.append("%s: bad personnummer %s" % (name, pnr))
        notes = c["notes"]
        times = []
        ids = set()
        for n in notes:
            if set(n) != NOTE_KEYS:
                problems.append("%s: note keys" % name)
            if n["id"] in ids:
                problems.append("%s: duplicate note id" % name)
            ids.add(n["id"])
            t = dt.datetime.fromisoformat(n["time"])
            times.append(t)
            if t.year != 2024:
                problems.append("%s: note time not 2024" % name)
            if n["signed"] is not None:
                s = dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    problems.append("%s: bad signed time" % name)
            if c["rs"] == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR note not Melior" % name)
            if c["rs"] == "vgr" and n["unit"]["hsa_id"].startswith("SE2321000255"):
                problems.append("%s: Skåne unit in VGR case" % name)
            if c["rs"] == "skane" and not n["unit"]["hsa_id"].startswith("SE2321000255"):
                problems.append("%s: VGR unit in Skåne case" % name)
            if not n["sections"]:
                problems.append("%s: note without sections" % name)
            for sec in n["sections"]:
                fine = [x.strip() for x in SENT_SPLIT.split(sec["text"])]
                coarse = [x.strip() for x in SENT_SPLIT_COARSE.split(sec["text"])]
                pieces = fine + [x for x in coarse if x not in fine]
                for sent in pieces:
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences:
                            problems.append("%s: sentence repeated (also in %s): %r"
                                            % (name, sentences[sent], sent))
                        else:
                            sentences[sent] = name
        last = max(times)
        as_of = (last + dt.timedelta(days=7)).replace(hour=0, minute=0, second=0)
        if as_of.year != 2024:
            as_of = dt.datetime(2024, 12, 31)
        for when in times + [as_of]:
            a = age_at(c["bd"], when)
            if 13 <= a <= 15:
                problems.append("%s: patient aged %d (13-15)" % (name, a))
        bynote = {n["id"]: n for n in notes}
        for lst in (c["must"], c["must_not"]):
            for code, target in lst:
                if code not in CODES:
                    problems.append("%s: unexpected code %s" % (name, code))
                if target not in bynote:
                    problems.append("%s: target %s missing" % (name, target))
                    continue
                sysname = bynote[target]["system"]
                if code == "NL102" and sysname != "Melior" and [code, target] in c["must"]:
                    problems.append("%s: NL102 must on non-Melior" % name)
                if code == "NL101" and sysname == "PMO":
                    problems.append("%s: NL101 asserted on PMO" % name)
        both = [x for x in c["must"] if x in c["must_not"]]
        if both:
            problems.append("%s: code in both lists" % name)
        if not c["must"] and not c["must_not"]:
            problems.append("%s: nothing asserted" % name)
        out.append({
            "case": name,
            "ruleset": c["rs"],
            "record": {
                "patient": {"id": pnr, "birth_date": c["bd"], "protected_identity": False},
                "as_of": as_of.strftime("%Y-%m-%dT%H:%M:%S"),
                "notes": notes,
                "access_events": [],
                "conversations": [],
                "treatments": [],
            },
            "must": c["must"],
            "must_not": c["must_not"],
            "why": c["why"],
        })
    whys = [c["why"] for c in CASES]
    if len(set(whys)) != len(whys):
        problems.append("duplicate why lines")
    return out, problems


def main():
    out, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev127_cases.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for obj in out:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    stats = {}
    for obj in out:
        for kind in ("must", "must_not"):
            for code, _ in obj[kind]:
                stats[(code, kind)] = stats.get((code, kind), 0) + 1
    print("wrote %d cases to %s" % (len(out), path))
    for code in sorted(CODES):
        print("%s must=%d must_not=%d" % (code, stats.get((code, "must"), 0),
                                         stats.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
