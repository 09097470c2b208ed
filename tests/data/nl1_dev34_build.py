#!/usr/bin/env python3
"""nl1_dev34: dictated and hurried Swedish notes for NL101 / NL102.

Standalone, deterministic, standard library only.  Holds every case as data,
writes nl1_dev34_cases.jsonl next to this file (one case per line, the case
format of shared/data/devset/README.md) and validates the written set.
Exit status 1 on any problem.

Theme: notes as they come out of taligenkänning / a medical secretary's typing
and out of a clinician writing fast: run-on sentences, odd punctuation,
dictation artefacts ("punkt", "ny rad", "komma" left in, numbers written out,
misrecognised words), telegraphic style, abbreviations, lay/Latin names,
eponyms, and typos in diagnoses and in hedge words (named in case name / why).

Conventions followed (devset README):
- VGR cases are Melior; Skåne cases are Melior (hospitals) or PMO (primary care).
- NL102 is asserted as `must` only on Melior notes; every PMO case is
  `must_not NL102`; NL101 is never asserted on PMO notes.
- Skåne protects by template (Tidiga hypoteser), VGR by sökord.
- Patients are under 13 or 16 and older; no barn- och ungdomspsykiatri in VGR.
- Only NL101 and NL102 are asserted.
"""

import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev34_cases.jsonl")

# --------------------------------------------------------------------------
# units (fictional HSA-ids with the regions' real prefixes)
# --------------------------------------------------------------------------
SK = "SE2321000255-"
VG = "SE2321000131-"

U = {
    # Skåne, Melior (hospitals)
    "akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", SK + "4R11"),
    "akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", SK + "4R27"),
    "hjart_lund": ("Hjärtmottagningen, Skånes universitetssjukhus Lund", SK + "5C02"),
    "lung_lund": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", SK + "5L40"),
    "endo_malmo": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "5E18"),
    "med_hbg": ("Medicinkliniken, Helsingborgs lasarett", SK + "6M03"),
    "kir_malmo": ("Kirurgiska kliniken, Skånes universitetssjukhus Malmö", SK + "4K66"),
    "ort_ksd": ("Ortopedmottagningen, Centralsjukhuset Kristianstad", SK + "7O21"),
    "neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", SK + "4N19"),
    "neuro_hbg": ("Neurologimottagningen, Helsingborgs lasarett", SK + "6N44"),
    "psyk_malmo": ("Allmänpsykiatrisk mottagning Malmö Centrum", SK + "8P35"),
    "barn_hbg": ("Barnakuten, Helsingborgs lasarett", SK + "6B08"),
    "barn_lund": ("Barnakuten, Skånes universitetssjukhus Lund", SK + "4B52"),
    "barn_ystad": ("Barn- och ungdomsmedicinska mottagningen, Lasarettet i Ystad", SK + "7B13"),
    "gyn_ystad": ("Kvinnokliniken, Lasarettet i Ystad", SK + "7G30"),
    "onh_lund": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Lund", SK + "4H71"),
    "hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", SK + "4D26"),
    "inf_malmo": ("Infektionskliniken, Skånes universitetssjukhus Malmö", SK + "4I90"),
    "inf_lund": ("Infektionsmottagningen, Skånes universitetssjukhus Lund", SK + "4I12"),
    "ger_malmo": ("Geriatriska kliniken, Skånes universitetssjukhus Malmö", SK + "4G47"),
    "onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", SK + "4T33"),
    # Skåne, PMO (primary care)
    "vc_horby": ("Vårdcentralen Solhaga, Hörby", SK + "9V14"),
    "vc_eslov": ("Vårdcentralen Ekbacken, Eslöv", SK + "9V61"),
    "vc_trbg": ("Vårdcentralen Söderslätt, Trelleborg", SK + "9V88"),
    "bvc_horby": ("BVC Solhaga, Hörby", SK + "9B15"),
    "um_ystad": ("Ungdomsmottagningen Ystad", SK + "9U07"),
    "hsv_trbg": ("Hemsjukvården Trelleborg", SK + "9H29"),
    # VGR, Melior
    "akut_su": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", VG + "2A05"),
    "med_udd": ("Medicinkliniken, NU-sjukvården Uddevalla", VG + "3M17"),
    "med_nal": ("Medicinkliniken, NÄL Trollhättan", VG + "3M42"),
    "med_als": ("Medicinmottagningen, Alingsås lasarett", VG + "3M63"),
    "kir_sas": ("Kirurgkliniken, Södra Älvsborgs Sjukhus Borås", VG + "4K10"),
    "ort_sks": ("Ortopedkliniken, Skaraborgs Sjukhus Skövde", VG + "5O36"),
    "neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "2N24"),
    "psyk_als": ("Psykiatriska öppenvårdsmottagningen, Alingsås lasarett", VG + "3P51"),
    "psyk_su": ("Psykiatrimottagning Affektiva, Sahlgrenska Universitetssjukhuset", VG + "2P77"),
    "barn_dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", VG + "2B16"),
    "barnmott_dsbus": ("Barnmedicinska mottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "2B48"),
    "gyn_ostra": ("Kvinnokliniken, Sahlgrenska Universitetssjukhuset Östra", VG + "2G39"),
    "onh_nal": ("ÖNH-mottagningen, NÄL Trollhättan", VG + "3H22"),
    "hud_su": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", VG + "2D31"),
    "inf_ostra": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset Östra", VG + "2I58"),
    "ger_kungalv": ("Geriatriska kliniken, Kungälvs sjukhus", VG + "6G12"),
    "onk_jk": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", VG + "2T69"),
}


def luhn_check_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def pnr(birth, serial):
    """YYYYMMDD-NNNC from a birth date and a three-digit serial."""
    ymd = birth.replace("-", "")
    return "%s-%s%d" % (ymd, serial, luhn_check_digit(ymd[2:] + serial))


CASES = []


def K(name, rs, system, unit, author, tmpl, birth, serial, t, s, setting,
      sec, must=(), must_not=(), why=""):
    un, hsa = U[unit]
    t = t + ":00" if len(t) == 16 else t
    if s is not None and len(s) == 16:
        s = s + ":00"
    as_of = (_dt.datetime.fromisoformat(t).date() + _dt.timedelta(days=14))
    note = {
        "id": "n1", "system": system, "template": tmpl,
        "unit": {"name": un, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": t, "signed": s, "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sec],
    }
    CASES.append({
        "case": name,
        "ruleset": rs,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth,
                        "protected_identity": False},
            "as_of": as_of.isoformat() + "T00:00:00",
            "notes": [note],
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [[c, "n1"] for c in must],
        "must_not": [[c, "n1"] for c in must_not],
        "why": why,
    })


L = "läkare"
SSK = "sjuksköterska"

# ==========================================================================
# NL102 must: a hypothesis in ordinary visible Melior text
# ==========================================================================

K("akut-lund-brostsmarta-dd-lungemboli-punkt-kvar", "skane", "Melior", "akut_lund",
  ("Fredrik Holmqvist", L), "Akutanteckning", "1965-11-14", "473",
  "2024-02-03T22:40", "2024-02-03T23:55", "akutmottagning",
  [("Kontaktorsak", "Bröstsmärta och andfåddhet sedan i eftermiddags punkt"),
   ("Aktuellt", "58-årig man som flög hem från Thailand för fyra dagar sedan punkt Sedan "
    "i eftermiddags hugg i höger sida av bröstet vid djupandning och blir andfådd i "
    "trappor. Ingen feber, ingen hosta att tala om."),
   ("Status", "AT opåverkad men takypné. Cor RR 104 komma inga blåsljud. Pulm ves a.u. "
    "bilat, sat 93 proc på luft. Ben inga ödem, vänster vad ngt ömmande."),
   ("Bedömning", "Pleuritisk bröstsmärta efter långflygning, takykard och lätt sänkt "
    "saturation punkt DD lungemboli, pneumoni. Wells måttlig."),
   ("Åtgärd", "DT lungartärer beställt, Innohep ges i väntan på svar enl PM. Lab inkl "
    "troponin och D-dimer skickat.")],
  must=["NL102"],
  why="'DD lungemboli' in visible Bedömning of a dictated akut note with 'punkt'/'komma' left in")

K("akut-su-trol-pyelonefrit-utan-interpunktion", "vgr", "Melior", "akut_su",
  ("Sara Lindgren", L), "Akutanteckning", "1989-09-21", "286",
  "2024-03-10T16:05", "2024-03-10T18:30", "akutmottagning",
  [("Kontaktorsak", "feber och ont i ryggen"),
   ("Aktuellt", "pat har sedan i söndags sveda vid miktion och täta trängningar tog då "
    "kåvepenin från en väninna som hon hade hemma och sedan igår feber upp mot trettionio "
    "och ont i vänster flank och kräktes två gånger i natt har inte kunnat äta något idag"),
   ("Status", "Allmäntillstånd: trött, varm. Temp 38,9. Dunkömhet över vänster njurloge. "
    "Buk mjuk, lätt ömhet suprapubiskt."),
   ("Bedömning", "trol. pyelonefrit vänster sida cirkulatoriskt stabil NEWS 3"),
   ("Åtgärd", "Urinodling och blododlingar x2 tagna. Ceftibuten insatt. Hem med tid för "
    "telefonuppföljning om tre dagar.")],
  must=["NL102"],
  why="run-on dictated note without punctuation; 'trol. pyelonefrit' in Bedömning")

K("med-uddevalla-misstankt-hjartsvikt-ny-rad-utkast", "vgr", "Melior", "med_udd",
  ("Jonas Bergkvist", L), "Inskrivningsanteckning", "1942-11-05", "148",
  "2024-01-18T11:20", None, "slutenvård",
  [("Inskrivningsorsak", "Tilltagande dyspné och bensvullnad ny rad"),
   ("Anamnes", "Tidigare hypertoni och typ 2-diabetes på metformin. Senaste två veckorna "
    "andfådd redan när hon går till brevlådan, sover med tre kuddar ny rad Viktuppgång "
    "fyra kilo enl hemtjänstens våg."),
   ("Status", "Pittingödem upp till knäna bilat. Pulm krepitationer basalt bilat. Cor "
    "oregelbunden rytm, frekvens runt 110."),
   ("Bedömning", "Misstänkt hjärtsvikt, nydebuterad ny rad ekokardiografi under vårdtiden"),
   ("Åtgärd", "Furosemid 40 mg iv x2. Daglig vikt, vätskelista. NT-proBNP och TSH "
    "kompletteras.")],
  must=["NL102"],
  why="'Misstänkt hjärtsvikt' visible; unsigned dictated draft with 'ny rad' artefacts")

K("kir-malmo-appendicit-kan-ej-utelsutas-typo", "skane", "Melior", "kir_malmo",
  ("Ahmad Karimi", L), "Akutanteckning", "2001-07-30", "315",
  "2024-04-06T02:15", "2024-04-06T03:05", "akutmottagning",
  [("Kontaktorsak", "Buksmärta sedan igår kväll."),
   ("Aktuellt", "Debut kring naveln igår kväll, nu mer i höger fossa. Illamående, ingen "
    "diarré. Aptitlös."),
   ("Status", "Temp 37,8. Buk: palpöm i hö fossa, släppömhet, Rovsings tecken positivt. "
    "Lätt défense."),
   ("Lab", "CRP 38, LPK 13,2."),
   ("Bedömning", "Appendicit kan ej utelsutas, Alvarado 7 poäng."),
   ("Åtgärd", "Fastande, vätska iv. Ultraljud buk akut, kirurgbakjour kontaktad.")],
  must=["NL102"],
  why="typo in the hedge 'kan ej utelsutas' (uteslutas) after appendicit in Bedömning")

K("kir-boras-susp-kolecystit-murphy", "vgr", "Melior", "kir_sas",
  ("Emma Nordström", L), "Akutanteckning", "1974-05-02", "520",
  "2024-05-19T21:10", "2024-05-19T22:40", "akutmottagning",
  [("Kontaktorsak", "Ont under höger arcus efter middagen"),
   ("Anamnes", "Känd gallsten sedan ultraljud 2022, haft några kortare gallstensanfall. Nu "
    "konstant smärta sedan tolv timmar, frossa i natt."),
   ("Status", "Palpöm under hö arcus, Murfys tecken positivt. Ikterus ej synlig. Temp 38,4."),
   ("Bedömning", "Susp. akut kolecystit. Lab inväntas."),
   ("Åtgärd", "Ultraljud lever/gallvägar i morgon bitti. Inläggs avd 42, Tazocin efter "
    "odlingar, fasta från midnatt.")],
  must=["NL102"],
  why="abbreviated hedge 'Susp.' before kolecystit; eponym misrecognised as 'Murfys tecken'")

K("ort-kristianstad-misstankt-scafoideumfraktur-typo", "skane", "Melior", "ort_ksd",
  ("Linnea Sjöberg", L), "Mottagningsanteckning", "2004-10-11", "697",
  "2024-03-25T13:40", "2024-03-25T16:10", "öppenvård",
  [("Kontaktorsak", "Föll på handen i fotbollsmatch i lördags."),
   ("Status", "Svullnad dorsalt hö handled. Öm i fossa tabatière, smärta vid axial "
    "kompression av tummen."),
   ("Röntgen", "Slätröntgen hö handled inkl navikulareserie: ingen synlig fraktur."),
   ("Bedömning", "Misstänkt scafoideumfraktur trots normal röntgen, kliniken stämmer."),
   ("Åtgärd", "Tumskena i två veckor, sen ny klinisk kontroll och MR vid fortsatt ömhet.")],
  must=["NL102"],
  why="misspelt diagnosis 'scafoideumfraktur' with 'Misstänkt' despite a negative X-ray")

K("ort-skovde-ev-meniskskada-mcmurray", "vgr", "Melior", "ort_sks",
  ("Per Axelsson", L), "Mottagningsanteckning", "1980-01-27", "835",
  "2024-02-14T09:15", "2024-02-14T11:00", "öppenvård",
  [("Aktuellt", "Vred vänster knä på padeln för sex veckor sedan, svullnade dagen efter. "
    "Upplever låsningar och att knät hugger till vid trappgång."),
   ("Status", "Lätt hydrops vä knä. Ömhet medialt ledspringsplan. McMurray positiv medialt. "
    "Stabil i Lachman och främre lådtest."),
   ("Bedömning", "Ev. medial meniskskada, korsband intakta kliniskt."),
   ("Åtgärd", "MR vä knä remitteras. Fysioterapi under tiden. Återbesök när MR är gjord.")],
  must=["NL102"],
  why="'Ev.' before meniskskada, eponym tests in status")

K("neuro-lund-mojlig-tia-eli-kvist", "skane", "Melior", "neuro_lund",
  ("Karin Wallin", L), "Läkaranteckning", "1951-08-19", "042",
  "2024-06-04T10:30", "2024-06-04T12:45", "öppenvård",
  [("Kontaktorsak", "Övergående talsvårighet"),
   ("Aktuellt", "Igår kl 17 under ca 15 minuter svårt att hitta orden enligt maken, även "
    "domning höger hand. Helt återställd nu. Känt förmaksflimmer utan antikoagulantia, "
    "tidigare avböjt."),
   ("Status", "NIHSS 0. Inga fokala bortfall. Oregelbunden puls."),
   ("Bedömning", "Möjlig TIA i vänster hemisfär med hög risk pga obehandlat förmaksflimmer."),
   ("Åtgärd", "DT hjärna och DT-angio halskärl idag. Diskuterat antikoagulation igen, pat "
    "nu positiv till Eli kvist 5 mg x 2.")],
  must=["NL102"],
  why="'Möjlig TIA' in Bedömning; drug name misrecognised by dictation ('Eli kvist')")

K("neuro-su-fragestallning-ms-fragetecken", "vgr", "Melior", "neuro_su",
  ("Johanna Ek", L), "Nybesök", "1996-12-03", "446",
  "2024-04-22T14:00", "2024-04-22T16:35", "öppenvård",
  [("Kontaktorsak", "Remiss från ögonkliniken efter synnedsättning vänster öga."),
   ("Aktuellt", "I januari tio dagar dimsyn och smärta vid ögonrörelser vä, diagnostiserad "
    "som optikusneurit av ögonläkare. Nu även stickningar i benen sedan ett par veckor."),
   ("Status", "Lätt ökade reflexer i benen, Babinski neg bilat. Vibrationssinne nedsatt vid "
    "fotleder."),
   ("Bedömning", "Frågeställning MS? Två episoder med olika lokalisation."),
   ("Åtgärd", "MR hjärna och halsrygg med kontrast samt lumbalpunktion bokas. Återbesök med "
    "svar om fyra veckor.")],
  must=["NL102"],
  why="diagnosis with a question mark ('MS?') as the working question in Bedömning")

K("psyk-malmo-trol-bipolar-typ-2", "skane", "Melior", "psyk_malmo",
  ("Henrik Dahl", L), "Nybesök", "1992-04-16", "219",
  "2024-09-09T13:00", "2024-09-09T15:20", "öppenvård",
  [("Kontaktorsak", "Nybesök, remiss från vårdcentral, depressioner som ej svarat på SSRI."),
   ("Aktuellt", "Tre depressiva episoder sedan 20-årsåldern. Beskriver perioder om 4-5 dagar "
    "då han sover tre timmar per natt, startar projekt, handlar på kredit. Inga psykotiska "
    "symtom."),
   ("Status", "Vaken, orienterad. Lätt nedstämd, adekvat affekt. Ingen formell "
    "tankestörning. Förnekar suicidtankar."),
   ("Bedömning", "Trol. bipolär sjukdom typ 2 snarare än unipolär depression. Behöver "
    "strukturerad diagnostik."),
   ("Åtgärd", "MINI och Affektiva intervjun bokas. Escitalopram trappas ej upp tills vidare.")],
  must=["NL102"],
  why="'Trol. bipolär sjukdom typ 2' in an adult psychiatry Melior note")

K("psyk-alingsas-differentialdiagnostiskt-adhd-eips", "vgr", "Melior", "psyk_als",
  ("Maria Eklund", L), "Läkaranteckning", "2000-06-08", "764",
  "2024-10-02T10:00", "2024-10-02T14:10", "öppenvård",
  [("Aktuellt", "Impulsivitet, relationssvårigheter och koncentrationsproblem sedan "
    "skoltiden. Självskadebeteende i tonåren, inget senaste året. Avbrutit två utbildningar."),
   ("Status", "Samarbetar bra, berättar sammanhängande. Ingen psykotisk symtomatologi."),
   ("Bedömning", "Differentialdiagnostiskt ADHD resp emotionellt instabil "
    "personlighetsstörning, ev båda. Utredning behövs."),
   ("Åtgärd", "Neuropsykiatrisk utredning startas. Skattningsskalor ASRS och DIVA skickas hem.")],
  must=["NL102"],
  why="'Differentialdiagnostiskt' ADHD / EIPS in visible Bedömning")

K("barn-hbg-misstankt-invagination", "skane", "Melior", "barn_hbg",
  ("Nils Forsberg", L), "Akutanteckning", "2023-01-12", "253",
  "2024-03-15T19:50", "2024-03-15T21:05", "akutmottagning",
  [("Kontaktorsak", "Skrikattacker och kräkningar"),
   ("Aktuellt", "Fjorton månader gammal pojke som sedan i morse haft attacker med otröstlig "
    "gråt var tjugonde minut, drar upp benen. Däremellan blek och slö. En blöja med "
    "blodblandad slemmig avföring enl mamma."),
   ("Status", "Slö men väckbar. Buk: oklar resistens hö övre kvadrant. Kapillär "
    "återfyllnad 2 s."),
   ("Bedömning", "Misstänkt invagination. Akut."),
   ("Åtgärd", "Akut ultraljud buk, barnkirurg i Lund förvarnad. PVK, NaCl bolus 20 ml/kg.")],
  must=["NL102"],
  why="'Misstänkt invagination' in a child's Melior note that the guardians read")

K("barn-dsbus-trol-kawasakis-sjukdom", "vgr", "Melior", "barn_dsbus",
  ("Elin Hammar", L), "Akutanteckning", "2019-11-28", "582",
  "2024-02-26T15:30", "2024-02-26T17:15", "akutmottagning",
  [("Aktuellt", "Fyraårig flicka med feber sedan sex dagar trots två antibiotikakurer. Röda "
    "ögon utan flytning, spruckna läppar, utslag på bålen sedan igår."),
   ("Status", "Irritabel. Bilateral konjunktival injektion. Jordgubbstunga. Svullna "
    "handryggar. Körtel hö halssida ca 2 cm."),
   ("Bedömning", "Trol Kawasakis sjukdom, uppfyller fem av sex kriterier."),
   ("Åtgärd", "Ekokardiografi idag. IVIG och ASA diskuteras med bakjour.")],
  must=["NL102"],
  why="eponym 'Kawasakis sjukdom' hedged with 'Trol' (no dot) in a child's note")

K("gyn-ystad-eug-fragetecken", "skane", "Melior", "gyn_ystad",
  ("Sofia Lund", L), "Akutanteckning", "1994-08-23", "308",
  "2024-07-13T08:50", "2024-07-13T10:20", "akutmottagning",
  [("Kontaktorsak", "Blödning och ont i magen, positivt graviditetstest."),
   ("Aktuellt", "SM 7+2 enl sista mens. Sedan två dagar småblödning och ensidig smärta "
    "vänster. Tidigare klamydia."),
   ("Status", "Ömhet vä adnex vid bimanuell palpation. VUL: tom uterus, ingen intrauterin "
    "hinna. Lite fri vätska i fossa Douglasi."),
   ("Lab", "hCG 2100."),
   ("Bedömning", "EUG? Ingen intrauterin graviditet trots hCG över diskriminationsnivån."),
   ("Åtgärd", "Inläggs för obs. Nytt hCG om 48 h alternativt laparoskopi vid försämring.")],
  must=["NL102"],
  why="abbreviated diagnosis with question mark, 'EUG?', in visible Bedömning")

K("gyn-ostra-trol-pcos", "vgr", "Melior", "gyn_ostra",
  ("Amanda Strand", L), "Mottagningsanteckning", "1999-12-30", "420",
  "2024-08-20T11:10", "2024-08-20T15:00", "öppenvård",
  [("Aktuellt", "Oregelbunden mens sedan menarche, cykler 40–90 dagar. Ökad behåring på "
    "hakan. Vill bli gravid inom ett par år."),
   ("Status", "BMI 29. Lätt hirsutism. VUL: många små folliklar bilat, pärlbandsliknande."),
   ("Bedömning", "Trol. PCOS. Prover tas för att utesluta andra orsaker till oligomenorré."),
   ("Åtgärd", "Testosteron, SHBG, prolaktin, TSH. Ring för provsvar om tre veckor.")],
  must=["NL102"],
  why="'Trol. PCOS' in visible Bedömning")

K("onh-lund-misstankt-peritonsilit-typo-utkast", "skane", "Melior", "onh_lund",
  ("Oskar Lindahl", L), "Akutanteckning", "1997-03-09", "791",
  "2024-11-02T23:30", None, "akutmottagning",
  [("Kontaktorsak", "Halsont, svårt att gapa"),
   ("Aktuellt", "Halsont fem dagar, tilltagande ensidigt höger. Svårt att svälja saliv, "
    "talar med grötig röst."),
   ("Status", "Trismus, gapar två fingrar. Höger tonsill framputande, uvula deviation åt "
    "vänster. Temp trettioåtta komma fem."),
   ("Bedömning", "Misstänkt peritonsilit hö."),
   ("Åtgärd", "Punktion av hö tonsilloge, bensylpenicillin iv.")],
  must=["NL102"],
  why="misspelt 'peritonsilit' with 'Misstänkt'; unsigned draft with temperature dictated in words")

K("onh-nal-menieres-sjukdom-fragetecken", "vgr", "Melior", "onh_nal",
  ("Camilla Olofsson", L), "Mottagningsanteckning", "1971-07-07", "624",
  "2024-04-09T10:20", "2024-04-09T13:05", "öppenvård",
  [("Aktuellt", "Återkommande yrselattacker med rotatorisk yrsel som varar några timmar, "
    "samtidigt lock och brus vänster öra. Fyra attacker sedan jul."),
   ("Status", "Otoskopi ua bilat. Ingen spontannystagmus. Romberg ua."),
   ("Hörsel", "Audiogram: basnedsättning vänster ca 35 dB."),
   ("Bedömning", "Ménières sjukdom? Typisk triad."),
   ("Åtgärd", "Beta histin provas, saltreducerad kost. Ny audiometri om tre månader.")],
  must=["NL102"],
  why="eponym diagnosis with a question mark, 'Ménières sjukdom?'")

K("hud-lund-susp-malignt-melanom", "skane", "Melior", "hud_lund",
  ("Anders Nyberg", L), "Mottagningsanteckning", "1960-10-02", "377",
  "2024-05-07T09:40", "2024-05-07T12:00", "öppenvård",
  [("Kontaktorsak", "Förändrat födelsemärke på ryggen."),
   ("Aktuellt", "Hustrun har märkt att ett märke mellan skulderbladen vuxit och blivit "
    "mörkare sedan i höstas. Kliar ibland."),
   ("Status", "Asymmetrisk pigmenterad lesion 9 x 6 mm, oregelbunden kant, flera "
    "färgnyanser. Dermatoskopi: atypiskt nätverk, regressionsstrukturer."),
   ("Bedömning", "Susp. malignt melanom."),
   ("Åtgärd", "Excision med 2 mm marginal görs idag, PAD. Standardiserat vårdförlopp startat.")],
  must=["NL102"],
  why="'Susp. malignt melanom' in visible Bedömning")

K("hud-su-psoriasis-dd-seborroiskt-eksem", "vgr", "Melior", "hud_su",
  ("Lena Fransson", L), "Mottagningsanteckning", "1985-02-18", "862",
  "2024-01-30T14:20", "2024-01-30T16:45", "öppenvård",
  [("Aktuellt", "Fjällande rodnad i hårbotten och bakom öronen sedan ett år, nu även i "
    "naveln. Mjukgörande har inte hjälpt."),
   ("Status", "Välavgränsade erytematösa plack med silvervit fjällning i hårbotten, mjukare "
    "och fetare fjäll retroaurikulärt. Naglarna: några gropar."),
   ("Bedömning", "Psoriasis, DD seborroiskt eksem."),
   ("Åtgärd", "Grupp III-steroid i lösning till hårbotten, Daivobet gel. Återbesök 8 veckor.")],
  must=["NL102"],
  why="a differential after 'DD' (seborroiskt eksem) in visible Bedömning")

K("inf-malmo-neuroborrelios-kan-inte-uteslutas", "skane", "Melior", "inf_malmo",
  ("Gustav Ström", L), "Läkaranteckning", "1969-05-14", "159",
  "2024-08-29T11:00", "2024-08-29T13:30", "öppenvård",
  [("Aktuellt", "Fästingbett i juni i Skanör, erytem ej noterat. Sedan tre veckor "
    "huvudvärk och nu hängande mungipa hö sedan igår."),
   ("Status", "Perifer facialispares hö, kan ej rynka pannan hö. Övrigt neurologstatus ua."),
   ("Bedömning", "Facialispares, neuroborrelios kan inte uteslutas."),
   ("Åtgärd", "Lumbalpunktion idag med borreliaserologi i likvor. Doxycyklin insätts direkt.")],
  must=["NL102"],
  why="'kan inte uteslutas' after neuroborrelios")

K("inf-ostra-sannolkt-erysipelas-typo", "vgr", "Melior", "inf_ostra",
  ("Marcus Holm", L), "Inskrivningsanteckning", "1956-09-12", "506",
  "2024-06-23T17:45", "2024-06-23T19:10", "slutenvård",
  [("Aktuellt", "Rodnad och svullnad vänster underben sedan två dagar, frossa igår. Har "
    "fotsvamp."),
   ("Status", "Temp 38,7. Vä underben: rodnad, värme, skarp gräns, ömhet. Interdigitala "
    "fissurer vä fot."),
   ("Bedömning", "Sannolkt erysipelas vä underben med ingångsport via fotsvampen."),
   ("Åtgärd", "Bensylpenicillin 3 g x3 iv. Markering av rodnadens gräns. Högläge.")],
  must=["NL102"],
  why="typo in the hedge 'Sannolkt' (sannolikt) before erysipelas")

K("ger-malmo-trol-alzheimers-sjukdom", "skane", "Melior", "ger_malmo",
  ("Birgitta Mårtensson", L), "Läkaranteckning", "1939-12-21", "064",
  "2024-10-15T09:00", "2024-10-15T11:40", "öppenvård",
  [("Aktuellt", "Remitteras från vårdcentralen för minnesstörning som smygande tilltagit "
    "två år. Glömmer avtal, har gått vilse i hemkvarteret en gång. Maken sköter numera "
    "ekonomin."),
   ("Status", "MMSE 21/30, klocktest patologiskt. Neurologiskt ua. Ingen parkinsonism."),
   ("Röntgen", "DT hjärna: central och kortikal atrofi, mest temporalt, inga infarkter."),
   ("Bedömning", "Trol. Alzheimers sjukdom, ev blandform."),
   ("Åtgärd", "Kognitiv utredning kompletteras med arbetsterapeut. Donepezil diskuteras vid "
    "återbesök.")],
  must=["NL102"],
  why="'Trol. Alzheimers sjukdom' (eponym) in geriatric Bedömning")

K("ger-kungalv-misstankt-lewy-body-demens", "vgr", "Melior", "ger_kungalv",
  ("Torbjörn Ljung", L), "Läkaranteckning", "1944-04-04", "235",
  "2024-03-05T13:30", "2024-03-05T15:00", "öppenvård",
  [("Aktuellt", "Fluktuerande vakenhet, ser djur i rummet på kvällarna, föll två gånger "
    "senaste månaden. Hustrun beskriver att han slåss i sömnen."),
   ("Status", "Lätt rigiditet bilat, hypomimi. MoCA 19."),
   ("Bedömning", "Misstänkt Lewy body-demens. Undvik neuroleptika."),
   ("Åtgärd", "DAT-scan beställd. Information till hemtjänst om fallrisk.")],
  must=["NL102"],
  why="'Misstänkt Lewy body-demens' (eponym) in visible Bedömning")

K("onk-lund-misstankt-skelettmetastasering", "skane", "Melior", "onk_lund",
  ("Ingrid Persson", L), "Läkaranteckning", "1962-11-17", "648",
  "2024-02-20T10:10", "2024-02-20T12:25", "öppenvård",
  [("Aktuellt", "Bröstcancer 2019 opererad och strålad, på letrozol. Sedan en månad värk i "
    "ländryggen nattetid, inget trauma."),
   ("Status", "Knackömhet över L3. Neurologiskt ua i benen."),
   ("Lab", "ALP 210, Ca 2,71."),
   ("Bedömning", "Misstänkt skelettmetastasering, ländrygg."),
   ("Åtgärd", "Skelettscint och MR ländrygg akut. Oxycodone vid behov.")],
  must=["NL102"],
  why="'Misstänkt skelettmetastasering' in a visible oncology note")

K("onk-jubileum-mojligen-stralpneumonit", "vgr", "Melior", "onk_jk",
  ("Daniel Sandberg", L), "Läkaranteckning", "1954-06-25", "811",
  "2024-09-17T14:45", "2024-09-17T16:10", "öppenvård",
  [("Aktuellt", "Avslutad kurativ radiokemoterapi mot lungcancer vä överlob för 8 veckor "
    "sedan. Nu torrhosta och andfåddhet vid ansträngning, subfebril."),
   ("Status", "Sat 94 %. Pulm: krepitationer vä ovan."),
   ("Röntgen", "DT thorax: opacitet motsvarande strålfältet."),
   ("Bedömning", "Möjligen strålpneumonit."),
   ("Åtgärd", "Prednisolon 40 mg, nedtrappning enligt schema. Kontroll om två veckor.")],
  must=["NL102"],
  why="'Möjligen' before strålpneumonit")

K("endo-malmo-trolig-addisons-sjukdom", "skane", "Melior", "endo_malmo",
  ("Rebecka Åberg", L), "Nybesök", "1987-03-31", "904",
  "2024-11-12T08:30", "2024-11-12T10:50", "öppenvård",
  [("Aktuellt", "Trötthet, viktnedgång sex kilo, saltsug och yrsel när hon reser sig. "
    "Mörkare hy trots vinter."),
   ("Status", "BT 95/60 liggande, 80/50 stående. Pigmentering i handlinjer och "
    "munslemhinna."),
   ("Lab", "Na 129, K 5,4."),
   ("Bedömning", "Trolig primär binjurebarksvikt, Addisons sjukdom."),
   ("Åtgärd", "Kortisol och ACTH tas kl 8 imorgon, därefter synakten test. Informerad om "
    "att söka akut vid kräkningar.")],
  must=["NL102"],
  why="'Trolig' with eponym Addisons sjukdom; test name misrecognised ('synakten test')")

K("akut-su-sepsis-fragetecken-telegrafisk", "vgr", "Melior", "akut_su",
  ("Viktor Lundberg", L), "Akutanteckning", "1949-10-30", "137",
  "2024-12-01T04:20", "2024-12-01T05:35", "akutmottagning",
  [("Kontaktorsak", "Förvirrad, feber."),
   ("Aktuellt", "Hemtjänst larmat. Sedan igår förvirrad. KAD sedan 2 mån pga "
    "prostatahyperplasi."),
   ("Status", "AT påverkat. Temp 39,2. AF 26. BT 92/55. Puls 118. Sat 91 % luft. RLS 2."),
   ("Bedömning", "Sepsis? Fokus trol urinvägar."),
   ("Åtgärd", "Sepsislarm. Blododl x2, urinodl, laktat. Piperacillin-tazobaktam. KAD byts. "
    "IVA-konsult.")],
  must=["NL102"],
  why="telegraphic akut note with 'Sepsis?' as the assessment")

K("akut-lund-susp-sab-utkast", "skane", "Melior", "akut_lund",
  ("Hanna Engström", L), "Akutanteckning", "1978-02-06", "560",
  "2024-09-28T18:55", None, "akutmottagning",
  [("Kontaktorsak", "Plötslig svår huvudvärk"),
   ("Aktuellt", "Under träning på gym kl 18 plötslig värsta huvudvärken i livet, maximal "
    "inom en minut, kräkts två gånger. Nackstel."),
   ("Status", "Vaken, RLS 1. Nackstyv. Inga pareser."),
   ("Bedömning", "susp SAB"),
   ("Åtgärd", "DT hjärna akut, om neg LP efter 12 h. Neurokirurg kontaktas vid pos fynd.")],
  must=["NL102"],
  why="terse 'susp SAB' (abbreviation, no dot) in an unsigned akut draft")

K("med-nal-trol-pnemoni-typo", "vgr", "Melior", "med_nal",
  ("Petra Hedlund", L), "Inskrivningsanteckning", "1965-12-12", "744",
  "2024-01-08T20:15", "2024-01-08T22:00", "slutenvård",
  [("Aktuellt", "Hosta och feber fyra dagar, ont vid djupandning höger. Rökare 20 paketår."),
   ("Status", "Temp 38,6, sat 92. Pulm: dämpning och rassel hö basalt."),
   ("Lab", "CRP 187."),
   ("Bedömning", "Trol. pnemoni hö underlob, CRB-65 1."),
   ("Åtgärd", "Lungröntgen. Bensylpenicillin. Ny bedömning i morgon.")],
  must=["NL102"],
  why="misspelt diagnosis 'pnemoni' after 'Trol.'")

K("kir-malmo-fragestallning-ulcus-nsaid", "skane", "Melior", "kir_malmo",
  ("Mikael Sandström", L), "Akutanteckning", "1971-09-04", "891",
  "2024-07-02T17:20", "2024-07-02T19:00", "akutmottagning",
  [("Kontaktorsak", "Epigastriesmärta och svart avföring"),
   ("Aktuellt", "Tar ibuprofen dagligen sedan två månader pga knäont. Sedan tre dagar svart "
    "avföring, yr idag."),
   ("Status", "Blek. Puls 102, BT 112/70. PR: melena på handsken."),
   ("Lab", "Hb 92 (tidigare 141)."),
   ("Bedömning", "Övre GI-blödning, frågeställning ulcus ventriculi/duodeni? NSAID-relaterat."),
   ("Åtgärd", "Gastroskopi akut i kväll. Pantoprazol iv. Blodgruppering, 2 E erytrocyter "
    "beställda.")],
  must=["NL102"],
  why="'frågeställning ulcus …?' in Bedömning (the GI bleed itself is settled)")

K("neuro-hbg-epilepssi-kan-inte-uteslutas-typo", "skane", "Melior", "neuro_hbg",
  ("Jakob Lind", L), "Läkaranteckning", "1983-01-22", "273",
  "2024-05-28T13:15", "2024-05-28T15:50", "öppenvård",
  [("Aktuellt", "Vaknade i förrgår på golvet med tungbett och urinavgång, minns inget. "
    "Sömnbrist efter nattjobb."),
   ("Status", "Lateralt tungbett vä. Neurologstatus ua."),
   ("EEG", "Rutin-EEG ua."),
   ("Bedömning", "Första generaliserade anfallet. Epilepssi kan inte uteslutas trots normalt "
    "EEG."),
   ("Åtgärd", "MR hjärna. Körförbud sex månader, informerat muntligt och skriftligt. Sömn-EEG.")],
  must=["NL102"],
  why="misspelt 'Epilepssi' with 'kan inte uteslutas'")

K("inf-lund-sputum-for-att-utesluta-lungtuberkulos", "skane", "Melior", "inf_lund",
  ("Yusuf Ali", L), "Läkaranteckning", "1990-07-19", "455",
  "2024-02-08T10:30", "2024-02-08T12:10", "öppenvård",
  [("Aktuellt", "Kom från Somalia för tre år sedan. Hosta sedan två månader, "
    "nattsvettningar, gått ner sju kilo."),
   ("Status", "Mager. Pulm: lätt rassel hö apex."),
   ("Röntgen", "Lungröntgen: infiltrat hö ovanlob."),
   ("Bedömning", "Isoleras. Sputum x3 för direktmikroskopi och PCR för att utesluta "
    "lungtuberkulos."),
   ("Åtgärd", "Luftburen isolering på infektionsavd. Quantiferon. HIV-test efter samtycke.")],
  must=["NL102"],
  why="a diagnosis to be ruled out ('för att utesluta lungtuberkulos') is a hypothesis")

K("akut-su-dt-for-att-utesluta-aortadissektion", "vgr", "Melior", "akut_su",
  ("Robert Falk", L), "Akutanteckning", "1958-03-14", "597",
  "2024-06-16T01:40", "2024-06-16T03:15", "akutmottagning",
  [("Kontaktorsak", "Smärta i bröstet som strålar till ryggen."),
   ("Aktuellt", "Plötsligt insättande rivande smärta mellan skulderbladen för en timme sedan. "
    "Hypertoni, dålig följsamhet till medicinerna."),
   ("Status", "BT hö arm 188/100, vä arm 150/90. Cor: regelbunden rytm, svagt diastoliskt "
    "blåsljud."),
   ("Bedömning", "Akut DT aorta för att utesluta aortadissektion."),
   ("Åtgärd", "Labetalol iv mot systoliskt mål 120. Thoraxkirurg förvarnad.")],
  must=["NL102"],
  why="rule-out target 'för att utesluta aortadissektion' in Bedömning")

K("ort-skovde-trol-halseneruptur-achilles", "vgr", "Melior", "ort_sks",
  ("Fredrik Wikström", L), "Akutanteckning", "1977-08-08", "319",
  "2024-10-20T12:05", "2024-10-20T13:30", "akutmottagning",
  [("Aktuellt", "Kände en smäll i vänster häl som om någon sparkat honom under badminton "
    "igår. Haltar."),
   ("Status", "Palpabel grop ca 4 cm ovan calcaneus. Thompsons test positivt vä."),
   ("Bedömning", "Trol hälseneruptur (Achillesseneruptur) vä."),
   ("Åtgärd", "Ultraljud för att bekräfta. Ortos i spetsfot, Fragmin. Icke-operativ "
    "behandling diskuteras.")],
  must=["NL102"],
  why="'Trol' with lay and eponym names (hälseneruptur / Achillesseneruptur)")

K("med-hbg-misstanker-typ-1-lada-ny-rad-utkast", "skane", "Melior", "med_hbg",
  ("Amir Haddad", L), "Akutanteckning", "1985-12-27", "197",
  "2024-04-14T14:10", None, "akutmottagning",
  [("Aktuellt", "trettioåttaårig man normalviktig törstig och kissar mycket sedan en månad "
    "gått ner fem kilo ny rad ingen hereditet för diabetes"),
   ("Lab", "P-glukos 19,4. HbA1c 84. Ketoner 1,2."),
   ("Bedömning", "Nydebuterad diabetes, misstänker typ 1 ny rad LADA?"),
   ("Åtgärd", "GAD-ak och C-peptid. Insulinstart med basinsulin, diabetessjuksköterska i "
    "morgon.")],
  must=["NL102"],
  why="subtype hypothesis 'misstänker typ 1 / LADA?' in an unsigned draft with 'ny rad' left in")

K("barn-dsbus-trol-celiaki", "vgr", "Melior", "barnmott_dsbus",
  ("Karolina Björk", L), "Mottagningsanteckning", "2017-02-15", "371",
  "2024-05-13T10:00", "2024-05-13T12:20", "öppenvård",
  [("Aktuellt", "Sjuårig pojke med återkommande magont, lös avföring och dålig "
    "viktuppgång senaste året. Korsat percentilerna nedåt."),
   ("Status", "Tunn, utspänd buk. Inga munsår."),
   ("Lab", "Transglutaminas-IgA 89 (ref <7). Hb 104."),
   ("Bedömning", "Trol. celiaki, laktosintolerans mindre troligt."),
   ("Åtgärd", "Gastroskopi med biopsier under narkos. Fortsatt glutenhaltig kost till dess.")],
  must=["NL102"],
  why="'Trol. celiaki' in a child's note that the guardians read")

K("psyk-su-misstankt-anorexia-nervosa", "vgr", "Melior", "psyk_su",
  ("Ulrika Hägg", L), "Nybesök", "2004-09-02", "588",
  "2024-11-26T09:30", "2024-11-26T12:00", "öppenvård",
  [("Aktuellt", "Har gått ner från 60 till 46 kilo sedan i våras, räknar kalorier, tränar "
    "två gånger per dag. Amenorré sedan fyra månader."),
   ("Status", "BMI 16,2. Bradykard 48. Lanugo på armarna."),
   ("Bedömning", "Misstänkt anorexia nervosa, somatiskt påverkad."),
   ("Åtgärd", "Remiss till ätstörningsenheten. EKG, elektrolyter, fosfat. Somatisk kontroll "
    "en gång i veckan.")],
  must=["NL102"],
  why="'Misstänkt anorexia nervosa' (Latin name) in visible Bedömning")

K("gyn-ostra-misstankt-endometrois-typo", "vgr", "Melior", "gyn_ostra",
  ("Hedvig Runesson", L), "Mottagningsanteckning", "1993-05-17", "426",
  "2024-03-19T13:20", "2024-03-19T16:00", "öppenvård",
  [("Aktuellt", "Kraftig mensvärk sedan tonåren som blivit värre, ont vid samlag. Försökt "
    "bli gravid i ett och ett halvt år."),
   ("Status", "Ömhet bakom cervix, fixerad retroflekterad uterus. VUL: 3 cm cysta vä "
    "ovarium med grumligt innehåll."),
   ("Bedömning", "Misstänkt endometrois med endometriom vä."),
   ("Åtgärd", "MR lilla bäckenet. Remiss till endometriosteamet och fertilitetsmottagningen.")],
  must=["NL102"],
  why="typo 'endometrois' (endometrios) after 'Misstänkt'")

K("onh-nal-trol-vestibularisneurit-hints", "vgr", "Melior", "onh_nal",
  ("Lars Gunnarsson", L), "Akutanteckning", "1967-01-31", "153",
  "2024-12-09T10:45", "2024-12-09T12:10", "akutmottagning",
  [("Aktuellt", "Plötslig kraftig yrsel sedan igår morse, illamående och kräkningar. Ingen "
    "hörselnedsättning. Förkyld för en vecka sedan."),
   ("Status", "Horisontell nystagmus åt höger. Head impulse test positivt åt vänster. "
    "Dix-Hallpike neg. Gång ostadig men går."),
   ("Bedömning", "Trol. vestibularisneurit vä. HINTS talar för perifer genes."),
   ("Åtgärd", "Post a fen vid behov kortvarigt, tidig mobilisering. Vestibulär rehab via "
    "fysioterapeut.")],
  must=["NL102"],
  why="'Trol. vestibularisneurit' amid eponym tests; drug name split by dictation")

K("hud-su-misstankt-basaliom-basalcellscancer", "vgr", "Melior", "hud_su",
  ("Göran Lindholm", L), "Mottagningsanteckning", "1950-02-09", "975",
  "2024-06-11T08:40", "2024-06-11T10:15", "öppenvård",
  [("Aktuellt", "Sår på näsvingen som inte läker sedan ett halvår, blöder lätt när han "
    "torkar sig."),
   ("Status", "5 mm pärlemorskimrande papel med central ulceration och telangiektasier vä "
    "näsvinge."),
   ("Bedömning", "Misstänkt basaliom (basalcellscancer)."),
   ("Åtgärd", "Stansbiopsi tagen, PAD. Mohs kirurgi diskuteras beroende på subtyp.")],
  must=["NL102"],
  why="'Misstänkt basaliom' with the lay name in parentheses")

K("onk-jubileum-misstankt-recidiv-ovarialcancer", "vgr", "Melior", "onk_jk",
  ("Cecilia Blom", L), "Läkaranteckning", "1966-04-12", "242",
  "2024-07-24T11:30", "2024-07-24T14:00", "öppenvård",
  [("Aktuellt", "Ovarialcancer stadium IIIC, primärbehandlad 2022. CA-125 stigit från 18 "
    "till 96 på tre månader."),
   ("Status", "Lätt utspänd buk, ingen palpabel resistens."),
   ("Bedömning", "Misstänkt recidiv av ovarialcancern."),
   ("Åtgärd", "DT thorax-buk. MDK när DT är klar. Kontaktsjuksköterska ringer pat med tid.")],
  must=["NL102"],
  why="suspected recurrence of a known cancer in visible Bedömning")

K("akut-malmo-trol-njurstensanfall-uretarsten", "skane", "Melior", "akut_malmo",
  ("Simon Åkesson", L), "Akutanteckning", "1985-11-03", "519",
  "2024-08-11T06:20", "2024-08-11T07:45", "akutmottagning",
  [("Kontaktorsak", "Ont i vänster sida."),
   ("Aktuellt", "Kolikartad smärta vä flank som strålar mot ljumsken sedan kl 04, kan inte "
    "ligga still. Kräkts."),
   ("Status", "Rastlös. Buk mjuk. Dunkömhet vä njurloge."),
   ("Lab", "U-sticka: blod 3+. Krea 88."),
   ("Bedömning", "Trol. njurstensanfall, uretärsten vänster."),
   ("Åtgärd", "Voltaren 50 mg supp. DT urinvägar utan kontrast.")],
  must=["NL102"],
  why="lay and Latin-derived names (njurstensanfall, uretärsten) hedged with 'Trol.'")

K("med-alingsas-forsmaksflimer-kan-ej-uteslutas-typo", "vgr", "Melior", "med_als",
  ("Anna-Karin Moberg", L), "Mottagningsanteckning", "1957-10-26", "668",
  "2024-10-08T14:30", "2024-10-08T16:20", "öppenvård",
  [("Aktuellt", "Episoder med hjärtklappning och oregelbunden puls som varar några timmar, "
    "senast för en vecka sedan. Mår bra idag."),
   ("Status", "Regelbunden rytm 68."),
   ("EKG", "Sinusrytm, normal PQ-tid."),
   ("Bedömning", "Paroxysmalt förmaksflimer kan ej uteslutas."),
   ("Åtgärd", "Långtids-EKG 5 dygn. CHA2DS2-VASc räknas när rytmen är dokumenterad.")],
  must=["NL102"],
  why="typo 'förmaksflimer' before 'kan ej uteslutas'")

K("kir-boras-divertikulitt-fragetecken-typo", "vgr", "Melior", "kir_sas",
  ("Stina Lövgren", L), "Akutanteckning", "1961-06-06", "780",
  "2024-09-03T15:10", "2024-09-03T16:40", "akutmottagning",
  [("Aktuellt", "Smärta i vänster fossa sedan tre dagar, lös avföring, feber 38 hemma."),
   ("Status", "Palpöm vä fossa, inga peritoneala tecken."),
   ("Lab", "CRP 96."),
   ("Bedömning", "Okomplicerad divertikulitt? Ingen antibiotika enligt riktlinjer om DT "
    "visar okomplicerad bild."),
   ("Åtgärd", "DT buk med iv kontrast. Flytande kost.")],
  must=["NL102"],
  why="misspelt 'divertikulitt?' with a question mark")

K("inf-ostra-mojlig-mykoplasmapneumoni", "vgr", "Melior", "inf_ostra",
  ("Erik Söderberg", L), "Mottagningsanteckning", "2002-12-19", "137",
  "2024-11-05T13:50", "2024-11-05T15:20", "öppenvård",
  [("Aktuellt", "Torrhosta i tre veckor, lätt feber, huvudvärk. Flera i korridoren på "
    "studentboendet har samma."),
   ("Status", "Gott AT. Pulm: enstaka rassel vä basalt."),
   ("Bedömning", "Möjlig mykoplasmapneumoni."),
   ("Åtgärd", "Doxycyklin 10 dagar. PCR nasofarynx för mykoplasma.")],
  must=["NL102"],
  why="'Möjlig mykoplasmapneumoni' in visible Bedömning")

K("barn-lund-trol-rs-bronkiolit-utkast", "skane", "Melior", "barn_lund",
  ("Malin Eriksson", L), "Akutanteckning", "2023-09-02", "482",
  "2024-01-04T22:10", None, "akutmottagning",
  [("Aktuellt", "Fyra månader gammal flicka, snuva tre dagar, nu ansträngd andning och äter "
    "halva mängderna. Storasyster förkyld."),
   ("Status", "Indragningar jugulärt och subkostalt. AF 58. Sat 92 % luft. Pulm: fina "
    "krepitationer och pip bilat."),
   ("Bedömning", "Trol. RS-bronkiolit."),
   ("Åtgärd", "Inläggs barnavd. Näsdropp, sond vid behov. RS-snabbtest.")],
  must=["NL102"],
  why="'Trol. RS-bronkiolit' in an unsigned infant note")

# ==========================================================================
# NL102 must_not: negated, ruled out, dismissed
# ==========================================================================

K("akut-lund-ingen-misstanke-om-lungemboli", "skane", "Melior", "akut_lund",
  ("Jenny Carlsson", L), "Akutanteckning", "1983-06-29", "506",
  "2024-03-02T14:35", "2024-03-02T16:00", "akutmottagning",
  [("Kontaktorsak", "Hugg i bröstet."),
   ("Aktuellt", "Stickande smärta vid inspiration sedan i förmiddags, förkyld sedan en "
    "vecka. P-piller."),
   ("Status", "Opåverkad. Sat 99. Puls 72. Inga bensvullnader."),
   ("Lab", "D-dimer <0,2. Troponin normalt."),
   ("Bedömning", "Ingen misstanke om lungemboli, Wells 0 och negativ D-dimer. Smärtan bedöms "
    "som muskuloskeletal efter hostan."),
   ("Åtgärd", "Hem. Paracetamol. Åter vid andfåddhet.")],
  must_not=["NL102"],
  why="negated: 'Ingen misstanke om lungemboli'")

K("kir-boras-misstanke-appendicit-avskrvien-typo", "vgr", "Melior", "kir_sas",
  ("Olle Brandt", L), "Läkaranteckning", "2006-04-13", "393",
  "2024-08-05T09:15", "2024-08-05T10:30", "slutenvård",
  [("Aktuellt", "Inkom igår med buksmärta hö fossa. Observerats över natten."),
   ("Status", "Buken mjuk idag, ingen släppömhet. Afebril."),
   ("Lab", "CRP 12 (igår 19)."),
   ("Röntgen", "DT buk: normal appendix, lätt förstorade mesenteriella lymfkörtlar."),
   ("Bedömning", "Misstanke om appendicit avskrvien efter DT och klinisk förbättring. "
    "Mesenteriell lymfadenit."),
   ("Åtgärd", "Hem. Åter vid försämring.")],
  must_not=["NL102"],
  why="dismissed hypothesis with a typo: 'Misstanke om appendicit avskrvien'")

K("ort-kristianstad-scaphoideumfraktur-utesluten-mr", "skane", "Melior", "ort_ksd",
  ("Tove Magnusson", L), "Mottagningsanteckning", "1999-08-31", "160",
  "2024-04-16T10:50", "2024-04-16T12:30", "öppenvård",
  [("Aktuellt", "Återbesök två veckor efter fall på utsträckt hand, gipsad p.g.a. ömhet i "
    "fossa tabatière."),
   ("Status", "Ingen ömhet i tabatièren idag, full rörlighet."),
   ("MR", "MR hö handled: inga frakturtecken, lätt benmärgsödem i radius."),
   ("Bedömning", "Scaphoideumfraktur utesluten med MR. Handledsdistorsion."),
   ("Åtgärd", "Gipset tas bort. Fri belastning efter smärta.")],
  must_not=["NL102"],
  why="ruled out: 'Scaphoideumfraktur utesluten med MR'")

K("neuro-su-migranaura-inga-tecken-pa-stroke", "vgr", "Melior", "neuro_su",
  ("Therese Nyman", L), "Akutanteckning", "1989-01-05", "740",
  "2024-02-17T16:25", "2024-02-17T18:00", "akutmottagning",
  [("Aktuellt", "Migrän med aura sedan tonåren. Idag aura med flimmer i synfältet och "
    "domning i vä hand 30 min, sedan huvudvärk som vanligt."),
   ("Status", "Helt normalt neurologstatus."),
   ("Röntgen", "DT hjärna utan anmärkning."),
   ("Bedömning", "Typisk migränaura, inga tecken på stroke."),
   ("Åtgärd", "Triptan. Ingen ytterligare utredning.")],
  must_not=["NL102"],
  why="negated 'inga tecken på stroke' beside a settled migraine")

K("inf-malmo-borreliainfektion-uteslutes", "skane", "Melior", "inf_malmo",
  ("Peter Kjellberg", L), "Läkaranteckning", "1974-03-21", "251",
  "2024-10-24T13:30", "2024-10-24T15:00", "öppenvård",
  [("Aktuellt", "Ledvärk i flera leder sedan två månader, oroar sig för borrelia efter "
    "fästingbett i somras."),
   ("Status", "Ingen ledsvullnad. Inga hudförändringar."),
   ("Lab", "Borreliaserologi IgG och IgM neg."),
   ("Bedömning", "Borreliainfektion uteslutes med negativ serologi efter mer än sex veckors "
    "symtom."),
   ("Åtgärd", "Ingen antibiotika. Åter till vårdcentralen för fortsatt utredning av "
    "ledvärken.")],
  must_not=["NL102"],
  why="negated: 'Borreliainfektion uteslutes'")

K("akut-su-dt-utesluter-aortadissektion", "vgr", "Melior", "akut_su",
  ("Malin Gustavsson", L), "Akutanteckning", "1953-07-15", "624",
  "2024-06-20T23:10", "2024-06-21T00:25", "akutmottagning",
  [("Aktuellt", "Inkom med bröst- och ryggsmärta som nu avklingat. Känd hypertoni."),
   ("Röntgen", "DT aorta: ingen dissektion, aortadiameter normal."),
   ("Bedömning", "DT utesluter aortadissektion. Smärtan har släppt helt och BT är nu 145/85."),
   ("Åtgärd", "Hem med höjd amlodipin. Kontroll av BT på vårdcentralen om en vecka.")],
  must_not=["NL102"],
  why="'DT utesluter aortadissektion' — ruled out (counterpart of the rule-out positive)")

K("hjart-lund-ingen-misstake-om-hjartsvikt-typo", "skane", "Melior", "hjart_lund",
  ("Eva Stenberg", L), "Mottagningsanteckning", "1953-12-08", "428",
  "2024-05-21T09:00", "2024-05-21T11:10", "öppenvård",
  [("Aktuellt", "Andfåddhet vid ansträngning, bensvullnad på kvällarna. Tar amlodipin."),
   ("Status", "Lätta ankelödem bilat. Pulm ua. Cor regelbunden, inga blåsljud."),
   ("Undersökningsresultat", "NT-proBNP 110. Ekokardiografi: normal "
    "vänsterkammarfunktion, EF 60 %."),
   ("Bedömning", "Ingen misstake om hjärtsvikt. Ankelödem är en känd biverkan av amlodipin."),
   ("Åtgärd", "Amlodipin ersätts med losartan. Kontroll av krea och kalium om två veckor.")],
  must_not=["NL102"],
  why="typo in the negation cue: 'Ingen misstake om hjärtsvikt'")

K("gyn-ystad-eug-uteslutet-vital-graviditet", "skane", "Melior", "gyn_ystad",
  ("Matilda Håkansson", L), "Akutanteckning", "1991-02-25", "224",
  "2024-09-14T11:25", "2024-09-14T12:40", "akutmottagning",
  [("Aktuellt", "Gravid v 6+4, ont i nedre delen av magen och lite blödning, tidigare EUG "
    "2021 opererat vä."),
   ("Status", "VUL: intrauterin hinnsäck med gulesäck och embryo med hjärtaktivitet, CRL "
    "motsvarar 6+3. Adnexa ua."),
   ("Bedömning", "EUG uteslutet, vital intrauterin graviditet."),
   ("Åtgärd", "Ingen ytterligare åtgärd. Inskrivning på barnmorskemottagning.")],
  must_not=["NL102"],
  why="'EUG uteslutet' by ultrasound; the earlier EUG is past history")

K("hud-lund-melanommisstanken-avskrivs-utkast", "skane", "Melior", "hud_lund",
  ("Åsa Bengtsson", L), "Provsvarsanteckning", "1978-10-10", "862",
  "2024-04-19T15:05", None, "öppenvård",
  [("Aktuellt", "Besvarar PAD efter excision av pigmenterad lesion på vaden 2024-04-03."),
   ("PAD", "Seborroisk keratos, inga atypiska melanocyter, radikalt exciderad."),
   ("Bedömning", "Melanommisstanken avskrivs. Benign förändring."),
   ("Åtgärd", "Brev till pat med svaret. Ingen kontroll.")],
  must_not=["NL102"],
  why="compound 'Melanommisstanken avskrivs' after benign PAD; unsigned draft")

K("barn-dsbus-ej-misstanke-om-invagination", "vgr", "Melior", "barn_dsbus",
  ("Sebastian Roos", L), "Akutanteckning", "2021-10-14", "315",
  "2024-01-22T13:10", "2024-01-22T14:35", "akutmottagning",
  [("Aktuellt", "Tvåårig pojke med kräkningar och magont i kramper sedan i morse, "
    "gastroenterit på förskolan."),
   ("Status", "Pigg mellan kramperna, leker. Buk mjuk, ingen resistens."),
   ("Ultraljud", "Ultraljud buk: ingen target-sign, lite vätskefyllda tarmar."),
   ("Bedömning", "Ej misstanke om invagination efter ultraljud. Gastroenterit."),
   ("Åtgärd", "Vätskeschema, hem. Åter vid blod i avföringen eller slöhet.")],
  must_not=["NL102"],
  why="negated 'Ej misstanke om invagination' in a child's note")

# --- confirmed diagnoses (some earlier suspected) ---------------------------

K("inf-ostra-tidigare-misstankt-nu-bekraftad-neuroborrelios", "vgr", "Melior", "inf_ostra",
  ("Helena Sjöström", L), "Läkaranteckning", "1976-05-30", "746",
  "2024-07-29T10:40", "2024-07-29T12:05", "slutenvård",
  [("Aktuellt", "Inlagd sedan i fredags med huvudvärk och facialispares, tidigare "
    "misstänkt neuroborrelios."),
   ("Lab", "Likvor: mononukleär pleocytos 110, borreliaantikroppar intratekalt positiva."),
   ("Bedömning", "Neuroborrelios nu bekräftad."),
   ("Åtgärd", "Doxycyklin fortsätter totalt 14 dagar. Återbesök om två månader.")],
  must_not=["NL102"],
  why="a confirmed diagnosis that was earlier suspected ('tidigare misstänkt … nu bekräftad')")

K("onk-lund-misstankta-levermetastasen-verifierad", "skane", "Melior", "onk_lund",
  ("Johan Sundqvist", L), "Läkaranteckning", "1956-08-03", "391",
  "2024-04-25T14:00", "2024-04-25T16:30", "öppenvård",
  [("Aktuellt", "Koloncancer opererad 2023. Den misstänkta levermetastasen på DT i mars "
    "har biopserats."),
   ("PAD", "Leverbiopsi: adenocarcinom av kolorektal typ."),
   ("Bedömning", "Levermetastas från koloncancer, nu histologiskt verifierad. Pat "
    "informerad vid dagens besök."),
   ("Åtgärd", "MDK nästa vecka angående resektion. Kontaktsjuksköterska följer upp.")],
  must_not=["NL102"],
  why="'den misstänkta levermetastasen' is now histologically verified")

K("neuro-lund-ms-diagnosen-faststalld-mcdonald", "skane", "Melior", "neuro_lund",
  ("Victoria Ahlström", L), "Läkaranteckning", "1994-01-18", "860",
  "2024-06-18T13:00", "2024-06-18T15:40", "öppenvård",
  [("Aktuellt", "Kommer för besked efter utredning av känselstörning och dubbelseende i "
    "vintras."),
   ("Utredning", "MR: periventrikulära och infratentoriella lesioner, en kontrastladdande. "
    "Likvor: oligoklonala band."),
   ("Bedömning", "Skovvis förlöpande MS, diagnosen fastställd enligt McDonald-kriterierna "
    "2017."),
   ("Åtgärd", "Genomgått besked med pat och sambo. Start av sjukdomsmodulerande behandling "
    "tas upp nästa besök, MS-sjuksköterska hör av sig.")],
  must_not=["NL102"],
  why="settled diagnosis 'diagnosen fastställd' with eponym criteria")

K("kir-malmo-kolecystit-verifierad-ultraljud", "skane", "Melior", "kir_malmo",
  ("Niklas Jönsson", L), "Läkaranteckning", "1970-02-11", "479",
  "2024-05-22T08:30", "2024-05-22T09:45", "slutenvård",
  [("Aktuellt", "Dag 2 på avd. Smärtan avtagit på antibiotika."),
   ("Ultraljud", "Förtjockad gallblåsevägg 6 mm, perivesikal vätska, konkrement i halsen."),
   ("Bedömning", "Akut kolecystit, verifierad med ultraljud. Svarar på behandling."),
   ("Åtgärd", "Laparoskopisk kolecystektomi planeras under vårdtiden.")],
  must_not=["NL102"],
  why="diagnosis verified by ultrasound, no hedge")

K("ger-kungalv-alzheimers-sjukdom-faststalld", "vgr", "Melior", "ger_kungalv",
  ("Kristina Dahlberg", L), "Läkaranteckning", "1941-09-07", "206",
  "2024-11-19T10:15", "2024-11-19T12:00", "öppenvård",
  [("Aktuellt", "Avslutande besök i demensutredningen. Dottern med."),
   ("Utredning", "MMSE 22. Likvor: sänkt beta-amyloid, förhöjt tau. DT: temporal atrofi."),
   ("Bedömning", "Alzheimers sjukdom med sen debut. Diagnosen meddelad pat och dotter."),
   ("Åtgärd", "Donepezil 5 mg, höjs till 10 mg efter en månad. Anhörigstöd via kommunen.")],
  must_not=["NL102"],
  why="eponym diagnosis stated as settled at the end of a dementia work-up")

K("psyk-malmo-diagnos-recidiverande-depression-f33", "skane", "Melior", "psyk_malmo",
  ("Lisa Ohlsson", L), "Läkaranteckning", "1979-07-24", "535",
  "2024-02-12T11:00", "2024-02-12T13:15", "öppenvård",
  [("Aktuellt", "Tredje depressiva episoden. Insomni, anhedoni, viktnedgång. Suicidtankar "
    "utan planer."),
   ("Status", "Sänkt grundstämning, psykomotoriskt hämmad. MADRS-S 31."),
   ("Diagnos", "Recidiverande depression, medelsvår episod (F33.1)."),
   ("Åtgärd", "Sertralin höjs till 100 mg. Sjukskrivning 4 veckor. Ny tid om två veckor.")],
  must_not=["NL102"],
  why="settled diagnosis with ICD code in a Diagnos section")

K("med-nal-pnemouni-bekraftad-typo", "vgr", "Melior", "med_nal",
  ("Rasmus Westin", L), "Läkaranteckning", "1946-11-22", "115",
  "2024-12-12T09:20", "2024-12-12T10:40", "slutenvård",
  [("Aktuellt", "Inkom igår med feber och hosta."),
   ("Röntgen", "Lungröntgen: lobär konsolidering hö underlob."),
   ("Bedömning", "Pnemouni hö underlob, bekräftad på lungröntgen. Förbättrad på "
    "bensylpenicillin."),
   ("Åtgärd", "Byte till peroralt amoxicillin i morgon om fortsatt afebril.")],
  must_not=["NL102"],
  why="misspelt but confirmed diagnosis 'Pnemouni … bekräftad'")

# --- family history ---------------------------------------------------------

K("ger-malmo-mor-trol-alzhiemer-hereditet-typo", "skane", "Melior", "ger_malmo",
  ("Olof Nilsson", L), "Läkaranteckning", "1953-03-03", "317",
  "2024-03-27T10:00", "2024-03-27T11:30", "öppenvård",
  [("Aktuellt", "Orolig för sitt minne, tappar bort nycklar och namn. Sköter allt själv. "
    "Kör bil."),
   ("Hereditet", "Mor hade trol. Alzhiemer, insjuknade runt 80 år."),
   ("Status", "MMSE 29/30. Klocktest ua."),
   ("Bedömning", "Normal kognition för åldern, åldersadekvat glömska."),
   ("Åtgärd", "Ingen vidare utredning. Åter om symtomen tilltar.")],
  must_not=["NL102"],
  why="hedged (and misspelt) diagnosis only in the mother's family history")

K("hud-su-pappa-misstankt-melanom-hereditet", "vgr", "Melior", "hud_su",
  ("Ida Wennberg", L), "Mottagningsanteckning", "1995-04-20", "502",
  "2024-07-09T13:40", "2024-07-09T15:00", "öppenvård",
  [("Kontaktorsak", "Önskar kontroll av födelsemärken."),
   ("Hereditet", "Pappa opererades förra året för ett misstänkt melanom, vet ej svaret."),
   ("Status", "Ca 40 nevi, alla regelbundna. Dermatoskopi: inga atypiska strukturer."),
   ("Bedömning", "Benigna nevi."),
   ("Åtgärd", "Rådgivning om solskydd. Egenkontroll, åter vid förändring.")],
  must_not=["NL102"],
  why="the father's suspected melanoma in Hereditet")

K("barn-ystad-storebror-misstankt-celiaki-utkast", "skane", "Melior", "barn_ystad",
  ("Gunilla Berg", L), "Mottagningsanteckning", "2015-06-11", "208",
  "2024-10-03T14:15", None, "öppenvård",
  [("Aktuellt", "Nioårig flicka med astma sedan förskoleåldern, årskontroll. Mamma undrar "
    "över magbesvär i familjen."),
   ("Hereditet", "Storebror utreds för misstänkt celiaki."),
   ("Status", "Pulm ua. Längd och vikt följer kurvan."),
   ("Bedömning", "Välkontrollerad astma. Inga magbesvär hos pat själv."),
   ("Åtgärd", "Oförändrad Flutide. Ny kontroll om ett år.")],
  must_not=["NL102"],
  why="a sibling's suspected celiaki in the child's Hereditet; unsigned draft")

K("onk-jubileum-syster-misstanks-brca1", "vgr", "Melior", "onk_jk",
  ("Charlotte Nord", L), "Läkaranteckning", "1980-09-14", "624",
  "2024-08-27T09:30", "2024-08-27T11:15", "öppenvård",
  [("Aktuellt", "Uppföljning efter bröstcancer, opererad 2021. Mår bra."),
   ("Hereditet", "Syster nyligen diagnostiserad med ovarialcancer, misstänks bära en "
    "BRCA1-mutation."),
   ("Bedömning", "Återfallsfri. Remiss till onkogenetisk mottagning för ställningstagande "
    "till gentest.")],
  must_not=["NL102"],
  why="relative suspected to carry a mutation — family history only")

K("neuro-su-moster-mojlig-als-hereditet", "vgr", "Melior", "neuro_su",
  ("Mats Hellström", L), "Mottagningsanteckning", "1972-02-02", "339",
  "2024-05-06T10:45", "2024-05-06T12:30", "öppenvård",
  [("Aktuellt", "Muskelryckningar i vaderna sedan ett år, ingen svaghet. Orolig."),
   ("Hereditet", "Moster i utredning för möjlig ALS."),
   ("Status", "Normal kraft, reflexer och muskelbulk. Inga fascikulationer i vila."),
   ("Undersökningsresultat", "EMG utan tecken på denervation."),
   ("Bedömning", "Benigna fascikulationer."),
   ("Åtgärd", "Lugnande besked. Ingen uppföljning.")],
  must_not=["NL102"],
  why="an aunt's 'möjlig ALS' in Hereditet")

# --- past history -------------------------------------------------------------

K("lung-lund-2019-misstankt-sarkoidos-avskrevs", "skane", "Melior", "lung_lund",
  ("Annika Thorsson", L), "Mottagningsanteckning", "1974-01-09", "180",
  "2024-01-25T13:00", "2024-01-25T14:45", "öppenvård",
  [("Anamnes", "2019 utredd för misstänkt sarkoidos pga förstorade hiluskörtlar, avskrevs "
    "efter bronkoskopi."),
   ("Aktuellt", "Remiss pga astma som försämrats i vinter."),
   ("Status", "Pulm: lätta ronki."),
   ("Undersökningsresultat", "Spirometri med reversibilitet 18 %."),
   ("Bedömning", "Astma, ej välkontrollerad."),
   ("Åtgärd", "Byte till Symbicort underhåll och vid behov. Återbesök 3 mån.")],
  must_not=["NL102"],
  why="a past suspected sarkoidos, worked up and dismissed, in Anamnes")

K("ort-skovde-tidigare-misstankt-tia-hoftartros", "vgr", "Melior", "ort_sks",
  ("Bengt Ivarsson", L), "Mottagningsanteckning", "1947-12-16", "440",
  "2024-02-29T11:20", "2024-02-29T13:40", "öppenvård",
  [("Aktuellt", "Höftartros hö, inför ställningstagande till protes. Värk även nattetid."),
   ("Tidigare sjukdomar", "Hypertoni. 2015 utredd för misstänkt TIA på medicinkliniken, "
    "utredningen utan anmärkning."),
   ("Status", "Hö höft: flexion 90, inåtrotation 0, smärtsam."),
   ("Röntgen", "Uttalad artros hö höft."),
   ("Bedömning", "Primär höftartros hö, operationsindikation föreligger."),
   ("Åtgärd", "Sätts upp för total höftplastik. Preop bedömning av narkosläkare.")],
  must_not=["NL102"],
  why="past suspected TIA, cleared in 2015, in Tidigare sjukdomar")

K("akut-su-skarsar-trol-astma-som-barn", "vgr", "Melior", "akut_su",
  ("Alexander Persson", L), "Akutanteckning", "1999-03-23", "573",
  "2024-04-27T19:40", "2024-04-27T20:50", "akutmottagning",
  [("Kontaktorsak", "Skuren i handen"),
   ("Aktuellt", "Skar sig på en kökskniv i vänster handflata för en timme sedan. "
    "Stelkrampsvaccinerad 2019."),
   ("Tidigare sjukdomar", "Trol. astma som barn, inga besvär eller mediciner sedan "
    "tioårsåldern."),
   ("Status", "3 cm skärsår thenar vä, ingen senskada, sensibilitet ua distalt."),
   ("Åtgärd", "Sutur 4 stygn Ethilon 4-0. Suturtagning på vårdcentralen om 10–12 dagar.")],
  must_not=["NL102"],
  why="hedged diagnosis only in childhood past history")

# --- hedges about things that are not diagnoses ------------------------------------

K("med-uddevalla-trol-hemgang-i-morgon", "vgr", "Melior", "med_udd",
  ("Sanna Wallgren", L), "Daganteckning", "1943-06-17", "764",
  "2024-03-14T13:10", "2024-03-14T14:00", "slutenvård",
  [("Aktuellt", "Dag 4 med pneumoni hö, feberfri sedan igår."),
   ("Status", "Sat 95 luft. Mobiliseras med rollator."),
   ("Bedömning", "Pneumoni i regress."),
   ("Åtgärd", "Trol. hemgång i morgon efter genomgång med hemtjänsten. Amoxicillin 7 dagar "
    "totalt.")],
  must_not=["NL102"],
  why="hedge on timing ('Trol. hemgång i morgon') beside a settled pneumonia")

K("psyk-malmo-misstaner-ej-tagit-medicinen-typo", "skane", "Melior", "psyk_malmo",
  ("Tobias Rydén", L), "Läkaranteckning", "1988-11-30", "591",
  "2024-09-24T15:15", "2024-09-24T16:30", "öppenvård",
  [("Aktuellt", "Känd paranoid schizofreni, olanzapin i tablettform. Sjuksköterskan i "
    "psykosteamet rapporterar ökande isolering."),
   ("Status", "Misstänksam, lite tangentiell. Förnekar röster."),
   ("Bedömning", "Misstäner att pat inte tagit sin medicin på flera veckor, dosetten var "
    "orörd vid hembesöket."),
   ("Åtgärd", "Övergång till depåinjektion diskuteras med pat. Hembesök två gånger i veckan.")],
  must_not=["NL102"],
  why="misspelt 'Misstäner' about medication adherence, not about a diagnosis")

K("ort-kristianstad-buckle-trol-racker-skena", "skane", "Melior", "ort_ksd",
  ("Erika Lindström", L), "Akutanteckning", "2015-02-03", "806",
  "2024-06-08T11:45", "2024-06-08T12:50", "akutmottagning",
  [("Aktuellt", "Nioåring som ramlade från studsmatta, ont i vänster handled."),
   ("Röntgen", "Buckle-fraktur distala radius vä utan felställning."),
   ("Bedömning", "Stabil buckle-fraktur."),
   ("Åtgärd", "Trol. räcker det med skena tre veckor, ingen röntgenkontroll behövs. Ev. "
    "kontroll via vårdcentral om fortsatt ont.")],
  must_not=["NL102"],
  why="hedges on treatment length and follow-up; the fracture is settled")

K("akut-su-fotledsdistorsion-ev-kontroll-vc", "vgr", "Melior", "akut_su",
  ("Isak Berglund", L), "Akutanteckning", "1995-10-06", "442",
  "2024-07-21T21:05", "2024-07-21T22:10", "akutmottagning",
  [("Kontaktorsak", "Stukat foten."),
   ("Status", "Svullnad lateralt vä fotled, kan belasta fyra steg. Ottawa ankle rules "
    "negativa."),
   ("Bedömning", "Distorsion av vä fotled, ingen röntgen enligt Ottawa."),
   ("Åtgärd", "Hem med elastisk linda. Ev. kontroll på vårdcentralen nästa vecka om hon inte "
    "kan belasta.")],
  must_not=["NL102"],
  why="'Ev. kontroll' hedges the follow-up, the distortion is settled")

K("barn-dsbus-astma-mojligen-satta-ut-flixotide", "vgr", "Melior", "barnmott_dsbus",
  ("Jessica Lindqvist", L), "Mottagningsanteckning", "2016-01-19", "331",
  "2024-03-21T09:45", "2024-03-21T11:00", "öppenvård",
  [("Aktuellt", "Åttaårig pojke med astma, inga nattliga besvär i vinter, springer på "
    "fotbollen utan att behöva Airomir."),
   ("Status", "Pulm: fria andningsljud. PEF 105 % av förväntat."),
   ("Bedömning", "Välkontrollerad astma."),
   ("Åtgärd", "Möjligen kan vi sätta ut Flixotide efter pollensäsongen. Ny kontroll i "
    "september.")],
  must_not=["NL102"],
  why="hedge on a treatment decision ('Möjligen kan vi sätta ut')")

K("onk-jubileum-trolig-start-cytostatika-v23", "vgr", "Melior", "onk_jk",
  ("Pernilla Sten", L), "Läkaranteckning", "1971-03-28", "262",
  "2024-05-24T14:20", "2024-05-24T15:30", "öppenvård",
  [("Aktuellt", "Nydiagnostiserad bröstcancer vä, HER2-positiv, informerad vid MDK-besked "
    "förra veckan."),
   ("Bedömning", "Neoadjuvant behandling enligt vårdprogram."),
   ("Åtgärd", "Trolig start av cytostatika vecka 23, beroende på tid för port-a-cath. "
    "Kontaktsjuksköterska bokar.")],
  must_not=["NL102"],
  why="hedge on a start date ('Trolig start av cytostatika vecka 23')")

K("ger-kungalv-misstanker-hemtjansten-ordinationslista", "vgr", "Melior", "ger_kungalv",
  ("Anneli Forsman", L), "Telefonanteckning", "1936-05-05", "017",
  "2024-08-15T10:35", "2024-08-15T10:55", "öppenvård",
  [("Kontaktorsak", "Ringer från boendet, blodsocker höga senaste veckan."),
   ("Aktuellt", "Känd typ 2-diabetes, insulin på morgonen."),
   ("Bedömning", "Misstänker att hemtjänsten inte fått den nya ordinationslistan efter förra "
    "veckans dosändring."),
   ("Åtgärd", "Faxar ny lista, sjuksköterska på boendet kontaktad per telefon. Glukos "
    "följs i två veckor.")],
  must_not=["NL102"],
  why="'Misstänker att hemtjänsten inte fått …' — suspicion about an administrative slip")

K("inf-malmo-oklart-om-doseringen-ev-dosett", "skane", "Melior", "inf_malmo",
  ("Karl Holmberg", L), "Mottagningsanteckning", "1941-07-11", "333",
  "2024-07-05T13:20", "2024-07-05T14:10", "öppenvård",
  [("Aktuellt", "Återbesök efter erysipelas hö ben, klart bättre."),
   ("Status", "Rodnaden blekt, ingen värmeökning."),
   ("Bedömning", "Erysipelas i regress."),
   ("Åtgärd", "Oklart om pat förstått doseringen av fenoximetylpenicillin, ev. dosett via "
    "apoteket. Kompressionsstrumpor när svullnaden lagt sig.")],
  must_not=["NL102"],
  why="uncertainty about dose comprehension, not about a diagnosis")

K("onh-lund-tonsillektomi-trol-i-maj", "skane", "Melior", "onh_lund",
  ("Emelie Sundin", L), "Mottagningsanteckning", "2005-09-29", "464",
  "2024-02-07T10:30", "2024-02-07T12:10", "öppenvård",
  [("Aktuellt", "Sex halsflussar senaste året, fyra odlingsverifierade streptokocker. Missar "
    "skolan."),
   ("Status", "Stora kryptiga tonsiller, inga akuta tecken."),
   ("Bedömning", "Recidiverande tonsillit, operationsindikation."),
   ("Åtgärd", "Tonsillektomi, trol. i maj beroende på väntetid. Information om blödningsrisk "
    "givits.")],
  must_not=["NL102"],
  why="hedge on operation date ('trol. i maj'); recurrent tonsillitis settled")

K("kir-boras-appendicit-dt-verifierad-trol-op-utkast", "vgr", "Melior", "kir_sas",
  ("Filip Almqvist", L), "Akutanteckning", "1996-06-02", "713",
  "2024-10-11T22:30", None, "akutmottagning",
  [("Aktuellt", "Inkom med smärta hö fossa sedan i morse."),
   ("Röntgen", "DT buk: förtjockad appendix 11 mm med periappendikulär fettstrandning, ingen "
    "perforation."),
   ("Bedömning", "Akut appendicit, DT-verifierad."),
   ("Åtgärd", "Trol op i morgon förmiddag, fastande från midnatt, antibiotika iv tills dess.")],
  must_not=["NL102"],
  why="hedge on timing of surgery for a CT-verified appendicitis; unsigned draft")

K("neuro-lund-jme-ev-tidigarelagt-aterbesok", "skane", "Melior", "neuro_lund",
  ("Agnes Holmgren", L), "Mottagningsanteckning", "1999-11-14", "284",
  "2024-03-12T14:40", "2024-03-12T16:00", "öppenvård",
  [("Aktuellt", "Känd juvenil myoklon epilepsi, på lamotrigin. Ett anfall i januari efter "
    "sömnbrist på fest."),
   ("Bedömning", "Epilepsi, provocerat genombrottsanfall."),
   ("Åtgärd", "Oförändrad dos. Ev. tidigarelagt återbesök om fler anfall. Informerat om "
    "sömnens betydelse.")],
  must_not=["NL102"],
  why="'Ev. tidigarelagt återbesök' hedges the next visit; epilepsy known")

# --- hidden: Tidiga hypoteser (template in Skåne, sökord in VGR) -----------------

K("neuro-lund-tidiga-hypoteser-mall-huntington", "skane", "Melior", "neuro_lund",
  ("Martin Åström", L), "Tidiga hypoteser", "1982-04-08", "591",
  "2024-08-22T15:30", "2024-08-22T16:05", "öppenvård",
  [("Bedömning", "Choreatiska rörelser och personlighetsförändring, fadern dog ung i oklar "
    "neurologisk sjukdom. Misstänkt Huntingtons sjukdom. Pat ej redo för besked, gentest "
    "först efter genetisk vägledning.")],
  must_not=["NL102", "NL101"],
  why="Skåne Melior note in the Tidiga hypoteser template: nothing is visible")

K("med-uddevalla-sokord-tidiga-hypoteser-malignitet", "vgr", "Melior", "med_udd",
  ("Anders Kullberg", L), "Läkaranteckning", "1965-02-21", "377",
  "2024-04-03T11:50", "2024-04-03T13:20", "öppenvård",
  [("Aktuellt", "Viktnedgång 8 kg och järnbrist, kommer för svar på gastroskopin."),
   ("Bedömning", "Gastroskopi ua, koloskopi väntar. Järntillskott."),
   ("Tidiga hypoteser", "Misstänkt malignitet i tjocktarmen, ej diskuterat med pat ännu.")],
  must_not=["NL102", "NL101"],
  why="hypothesis and 'not told' only under VGR sökord Tidiga hypoteser; visible text clean")

K("psyk-su-sokord-tidiga-hypoteser-bipolaritet", "vgr", "Melior", "psyk_su",
  ("Jonna Fältskog", L), "Läkaranteckning", "1984-10-27", "848",
  "2024-06-27T13:30", "2024-06-27T14:45", "öppenvård",
  [("Aktuellt", "Uppföljning av ångest. Mår något bättre på sertralin."),
   ("Bedömning", "Generaliserat ångestsyndrom, förbättrad."),
   ("Tidiga hypoteser", "Uppgifter från tidigare behandlare tyder på möjlig bipolaritet med "
    "hypomana perioder, ej bekräftat, tas upp när alliansen är stabilare.")],
  must_not=["NL102"],
  why="possible bipolar disorder only under VGR sökord Tidiga hypoteser")

# --- PMO (Skåne primary care): diagnoses never shown --------------------------------

K("pmo-vc-horby-trol-okomplicerad-uvi", "skane", "PMO", "vc_horby",
  ("Maja Persson", SSK), "Sjuksköterskeanteckning", "1982-01-14", "240",
  "2024-02-22T09:10", "2024-02-22T09:40", "öppenvård",
  [("Kontaktorsak", "Sveda vid miktion sedan två dagar."),
   ("Aktuellt", "Ingen feber, ingen flanksmärta. Ej gravid."),
   ("Bedömning", "Trol. okomplicerad UVI."),
   ("Åtgärd", "Pivmecillinam enl. ordination dr Lindqvist. Åter vid feber.")],
  must_not=["NL102"],
  why="PMO primary care: a hedged UVI is never shown as a diagnosis")

K("pmo-vc-eslov-misstankt-hypotyros-typo", "skane", "PMO", "vc_eslov",
  ("Göran Bexell", L), "Läkaranteckning", "1969-08-05", "326",
  "2024-09-10T14:00", "2024-09-10T15:15", "öppenvård",
  [("Aktuellt", "Trötthet, frusenhet, torr hud, viktuppgång 4 kg senaste halvåret. Mamma "
    "har Hashimoto."),
   ("Status", "Torr hud, långsam reflexrelaxation."),
   ("Lab", "TSH 11,2, fritt T4 9."),
   ("Bedömning", "Misstänkt hypotyros."),
   ("Åtgärd", "TPO-ak. Ny TSH om 6 v innan ev Levaxinstart.")],
  must_not=["NL102"],
  why="PMO: suspected (misspelt) hypothyroidism is not shown")

K("pmo-bvc-mojlig-hoftledsinstabilitet-ortolani", "skane", "PMO", "bvc_horby",
  ("Kerstin Malm", L), "BVC läkarundersökning", "2023-12-20", "642",
  "2024-01-12T10:20", "2024-01-12T11:30", "öppenvård",
  [("Aktuellt", "Tre veckor gammal flicka, sätesbjudning, förlöst med kejsarsnitt."),
   ("Status", "Asymmetriska lårveck. Ortolani osäkert positivt vä, Barlow neg."),
   ("Bedömning", "Möjlig höftledsinstabilitet vä."),
   ("Åtgärd", "Remiss ortopeden för ultraljud höfter.")],
  must_not=["NL102"],
  why="PMO BVC note: hedged hip instability in an infant is never shown")

K("pmo-um-ystad-trol-klamydia", "skane", "PMO", "um_ystad",
  ("Josefin Ek", "barnmorska"), "Barnmorskeanteckning", "2007-03-16", "468",
  "2024-10-29T15:40", "2024-10-29T16:20", "öppenvård",
  [("Aktuellt", "Ny partner för en månad sedan, oskyddat samlag. Flytning och lätt sveda."),
   ("Bedömning", "Trol. klamydia, prov taget."),
   ("Åtgärd", "Klamydia/gonorré-PCR. Partnern har fått positivt klamydiasvar på annan "
    "mottagning, därför behandling direkt med doxycyklin.")],
  must_not=["NL102"],
  why="PMO youth clinic (17-year-old): 'Trol. klamydia' is not shown")

K("pmo-hemsjukvard-misstankt-trycksar-sacrum", "skane", "PMO", "hsv_trbg",
  ("Birgit Olsson", SSK), "Hembesök", "1932-12-01", "173",
  "2024-05-03T13:00", "2024-05-03T14:20", "hemsjukvård",
  [("Aktuellt", "Hembesök. Sängliggande sedan höftfrakturen i februari."),
   ("Status", "Rodnad som ej bleknar vid tryck över sacrum, 3 x 4 cm, en liten blåsa."),
   ("Bedömning", "Misstänkt trycksår kategori 2 sacrum."),
   ("Åtgärd", "Tryckavlastande madrass beställd. Vändschema var tredje timme, info till "
    "hemtjänst.")],
  must_not=["NL102"],
  why="PMO home care: a suspected pressure ulcer is not shown")

K("pmo-vc-trelleborg-reflux-dd-angina-utkast", "skane", "PMO", "vc_trbg",
  ("Rikard Palm", L), "Läkaranteckning", "1964-04-09", "615",
  "2024-11-07T10:40", None, "öppenvård",
  [("Aktuellt", "Brännande obehag bakom bröstbenet efter måltider och ibland vid promenad "
    "uppför backe. Rökare."),
   ("Status", "Cor, pulm ua. BT 152/94."),
   ("EKG", "Vilo-EKG utan ischemitecken."),
   ("Bedömning", "Refluxbesvär, DD angina pectoris."),
   ("Åtgärd", "Arbetsprov remitteras. Omeprazol 20 mg provas.")],
  must_not=["NL102"],
  why="PMO: 'DD angina pectoris' in an unsigned draft is not shown")

K("pmo-vc-horby-susp-depresion-typo", "skane", "PMO", "vc_horby",
  ("Nora Sandell", L), "Läkaranteckning", "1990-05-22", "284",
  "2024-12-03T13:20", "2024-12-03T14:30", "öppenvård",
  [("Aktuellt", "Sömnproblem, gråter ofta, orkar inte med jobbet sedan separationen i "
    "höstas."),
   ("Status", "Nedstämd, gråter under samtalet. PHQ-9 17. Förnekar suicidtankar."),
   ("Bedömning", "Susp. depresion, medelsvår."),
   ("Åtgärd", "Samtalskontakt hos kurator. Ny tid om två veckor.")],
  must_not=["NL102"],
  why="PMO: 'Susp. depresion' (typo) is not shown")

K("pmo-vc-eslov-erythema-migrans-kan-ej-uteslutas", "skane", "PMO", "vc_eslov",
  ("Hampus Rosén", L), "Läkaranteckning", "1979-06-18", "593",
  "2024-08-01T11:10", "2024-08-01T11:50", "öppenvård",
  [("Aktuellt", "Rodnad ring på låret som vuxit senaste veckan, fästingbett där i juli."),
   ("Status", "Ringformat erytem 7 cm med central uppklarning vä lår."),
   ("Bedömning", "Erythema migrans kan ej uteslutas, behandlas."),
   ("Åtgärd", "Fenoximetylpenicillin 1 g x 3 i 10 dagar.")],
  must_not=["NL102"],
  why="PMO: 'Erythema migrans kan ej uteslutas' is not shown")

# ==========================================================================
# NL101: a diagnosis visible while the patient is not told / must not be told
# ==========================================================================

K("onk-lund-pankreascancer-pat-ej-informerad", "skane", "Melior", "onk_lund",
  ("Claes Widell", L), "Läkaranteckning", "1956-01-26", "457",
  "2024-03-08T12:10", "2024-03-08T13:30", "öppenvård",
  [("Kontaktorsak", "Svar på DT buk."),
   ("Aktuellt", "Utreds för ikterus och viktnedgång via kirurgen."),
   ("Röntgen", "DT buk: 4 cm tumör i pankreashuvudet med multipla levermetastaser."),
   ("Bedömning", "Metastaserad pankreascancer. Pat ej informerad ännu, besked ges av "
    "ansvarig kirurg på tisdag tillsammans med hustrun."),
   ("Åtgärd", "Tid bokad för besked. Kontaktsjuksköterska förbereds.")],
  must=["NL101"],
  why="cancer diagnosis in visible Bedömning with 'Pat ej informerad ännu'")

K("kir-boras-rektalcancer-pad-ej-informerad", "vgr", "Melior", "kir_sas",
  ("Ylva Grahn", L), "Provsvarsanteckning", "1953-04-30", "540",
  "2024-10-17T15:50", "2024-10-17T16:30", "öppenvård",
  [("Aktuellt", "Koloskopi utförd i förra veckan pga blod i avföringen."),
   ("PAD", "Adenocarcinom, rektum 8 cm ovan anus."),
   ("Bedömning", "Rektalcancer. Patienten är ännu inte informerad om PAD-svaret, kallas till "
    "läkarbesök med kontaktsjuksköterska."),
   ("Åtgärd", "MR lilla bäckenet och DT thorax-buk beställda inför MDK.")],
  must=["NL101"],
  why="PAD-verified rectal cancer visible while 'ännu inte informerad'")

K("neuro-lund-als-inte-fatt-besked", "skane", "Melior", "neuro_lund",
  ("Pontus Ekdahl", L), "Läkaranteckning", "1966-07-13", "735",
  "2024-11-21T11:20", "2024-11-21T13:00", "öppenvård",
  [("Aktuellt", "Progredierande svaghet i hö hand och sluddrigt tal sedan ett halvår."),
   ("Status", "Atrofier i hö hand, fascikulationer i tunga och överarmar, livliga reflexer."),
   ("Undersökningsresultat", "EMG med utbredd denervation i tre regioner."),
   ("Bedömning", "Bilden talar starkt för ALS. Pat har inte fått besked ännu och ska inte "
    "informeras per telefon, utan vid planerat besök med anhörig."),
   ("Åtgärd", "Tid om en vecka med ALS-teamet.")],
  must=["NL101"],
  why="ALS named in visible Bedömning while 'inte fått besked ännu'")

K("barn-dsbus-all-foraldrarna-ej-informerade", "vgr", "Melior", "barn_dsbus",
  ("Louise Sahlin", L), "Läkaranteckning", "2019-05-08", "275",
  "2024-09-05T18:30", "2024-09-05T19:45", "slutenvård",
  [("Aktuellt", "Femårig pojke med blåmärken och trötthet, blodbild igår med blaster."),
   ("Undersökningsresultat", "Benmärgsaspiration: 85 % lymfoblaster."),
   ("Bedömning", "Akut lymfatisk leukemi. Varken pat eller föräldrarna informerade ännu om "
    "benmärgssvaret, samtal i morgon kl 9 med överläkare och kurator."),
   ("Åtgärd", "Flödescytometri och genetik skickat. CVK-inläggning planeras.")],
  must=["NL101"],
  why="ALL visible in a child's note while the guardians (the readers) are not yet told")

K("psyk-alingsas-schizofreni-ska-inte-meddelas", "vgr", "Melior", "psyk_als",
  ("Jesper Nylander", L), "Läkaranteckning", "2001-11-09", "797",
  "2024-05-30T10:20", "2024-05-30T12:00", "öppenvård",
  [("Aktuellt", "Uppföljning efter utskrivning från heldygnsvård. Fortsatt misstänksam mot "
    "grannar, hör röster ibland."),
   ("Bedömning", "Schizofreni, paranoid form, uppfyller nu kriterierna. Diagnosen ska inte "
    "meddelas pat ännu, tas upp av behandlaren när han är mer stabil."),
   ("Åtgärd", "Fortsatt risperidon 3 mg. Hembesök av psykosteamet varje vecka.")],
  must=["NL101"],
  why="'Diagnosen ska inte meddelas pat ännu' with schizophrenia in visible Bedömning")

K("gyn-ystad-missed-abortion-ej-informerad-utkast", "skane", "Melior", "gyn_ystad",
  ("Frida Kronqvist", L), "Ultraljudsanteckning", "1989-06-04", "746",
  "2024-06-13T16:40", None, "öppenvård",
  [("Aktuellt", "Ultraljud v 10 pga blödning. Pat fick gå hem innan läkarbedömning pga "
    "barnvakt."),
   ("Ultraljud", "CRL motsvarande 8+1, ingen hjärtaktivitet."),
   ("Bedömning", "Missed abortion. Pat ej informerad om fyndet än, undertecknad ringer henne "
    "i morgon förmiddag."),
   ("Åtgärd", "Erbjuds medicinsk eller kirurgisk evakuering vid samtalet.")],
  must=["NL101"],
  why="missed abortion visible in an unsigned draft while the patient is not yet told")

K("ger-malmo-alzhimers-sjukdom-ej-informerade-typo", "skane", "Melior", "ger_malmo",
  ("Lena Hallberg", L), "Läkaranteckning", "1946-10-19", "268",
  "2024-06-03T14:10", "2024-06-03T15:25", "öppenvård",
  [("Aktuellt", "Svar på demensutredning, genomförd under våren."),
   ("Utredning", "MMSE 20, likvorbiomarkörer typiska, MR med hippocampusatrofi."),
   ("Bedömning", "Alzhimers sjukdom. Varken pat eller maken är informerade ännu, besked vid "
    "återbesök 14/6 med sjuksköterska från minnesmottagningen."),
   ("Åtgärd", "Kallelse skickad.")],
  must=["NL101"],
  why="misspelt 'Alzhimers sjukdom' visible while neither patient nor spouse is informed")

K("inf-ostra-hiv-pat-ej-underrattad", "vgr", "Melior", "inf_ostra",
  ("Mattias Öberg", L), "Provsvarsanteckning", "1984-02-28", "355",
  "2024-04-11T13:05", "2024-04-11T13:40", "öppenvård",
  [("Aktuellt", "Provtagen på akuten förra veckan pga långdragen feber och utslag."),
   ("Lab", "HIV-1 ag/ak-test positivt, konfirmerat."),
   ("Bedömning", "Primär HIV-infektion. Pat ej underrättad ännu, har ej svarat i telefon."),
   ("Åtgärd", "Kallas till besök på infektionsmottagningen, smittskyddsläkare informerad.")],
  must=["NL101"],
  why="HIV infection visible with 'Pat ej underrättad ännu'")

K("hud-su-melanom-pat-ej-infomerad-typo", "vgr", "Melior", "hud_su",
  ("Sofie Larsson", L), "Provsvarsanteckning", "1972-08-21", "486",
  "2024-02-02T14:25", "2024-02-02T15:10", "öppenvård",
  [("PAD", "Malignt melanom, superficiellt spridande, Breslow 1,4 mm, radikalt exciderat."),
   ("Bedömning", "Melanom på vänster överarm, T2a. Pat ej infomerad ännu, kallas till besök "
    "för besked och utvidgad excision."),
   ("Åtgärd", "Sentinel node-biopsi diskuteras vid besöket.")],
  must=["NL101"],
  why="typo 'ej infomerad'; melanoma visible while the patient is not informed")

K("onh-lund-tonsillcancer-pat-ovetande", "skane", "Melior", "onh_lund",
  ("Ragnar Mattsson", L), "Provsvarsanteckning", "1961-05-01", "519",
  "2024-09-12T10:15", "2024-09-12T11:00", "öppenvård",
  [("Aktuellt", "Knöl på halsen och ensidigt halsont, biopsi av vä tonsill 5/9."),
   ("PAD", "Skivepitelcancer, p16-positiv."),
   ("Bedömning", "Tonsillcancer vä med halslymfkörtelmetastas. Besked ges inte per telefon, "
    "pat är ovetande om PAD-svaret, ny tid på torsdag."),
   ("Åtgärd", "PET-DT och tandläkarbedömning bokade.")],
  must=["NL101"],
  why="tonsil cancer visible while 'pat är ovetande' about the result")

# --- NL101 must_not -------------------------------------------------------------

K("onk-jubileum-brostcancer-pat-informerad", "vgr", "Melior", "onk_jk",
  ("Hanna Ljungberg", L), "Läkaranteckning", "1975-01-03", "126",
  "2024-03-28T13:15", "2024-03-28T14:50", "öppenvård",
  [("PAD", "Invasiv duktal cancer, ER-positiv, HER2-negativ, 18 mm."),
   ("Bedömning", "Bröstcancer höger, pT1cN0. Pat informerad om diagnosen idag, hade sin man "
    "med sig. Tog beskedet sakligt."),
   ("Åtgärd", "Adjuvant strålbehandling och endokrin behandling. Kontaktsjuksköterska ger "
    "skriftlig info.")],
  must_not=["NL101"],
  why="the patient has been told the diagnosis")

K("kir-malmo-gallsten-ej-informerad-om-operationsdatum", "skane", "Melior", "kir_malmo",
  ("Jonatan Ek", L), "Mottagningsanteckning", "1967-03-12", "702",
  "2024-11-14T09:50", "2024-11-14T11:05", "öppenvård",
  [("Aktuellt", "Symtomgivande gallstenssjukdom med flera anfall. Pat känner väl till sin "
    "diagnos och vill opereras."),
   ("Bedömning", "Gallstenssjukdom, indikation för kolecystektomi."),
   ("Åtgärd", "Sätts upp på väntelista. Pat är ännu inte informerad om operationsdatum, "
    "operationskoordinator ringer.")],
  must_not=["NL101"],
  why="'not informed' concerns the operation date; the patient knows the diagnosis")

K("neuro-su-har-informerat-pat-om-ms-fynd", "vgr", "Melior", "neuro_su",
  ("Elsa Borg", L), "Läkaranteckning", "1991-07-27", "680",
  "2024-10-28T14:10", "2024-10-28T15:45", "öppenvård",
  [("Aktuellt", "Återbesök för svar på MR och likvor."),
   ("Utredning", "MR: flera periventrikulära lesioner. Likvor: positiva oligoklonala band, "
    "IgG-index förhöjt."),
   ("Bedömning", "Fynden talar för MS, har informerat pat om detta och om att diagnosen sätts "
    "när kriterierna är uppfyllda."),
   ("Åtgärd", "MS-sjuksköterska kontaktar pat inom en vecka.")],
  must_not=["NL101"],
  why="the findings were explained to the patient ('har informerat pat')")

K("med-hbg-provsvar-pat-ej-nadd-ingen-diagnos-utkast", "skane", "Melior", "med_hbg",
  ("Ellinor Sjödin", SSK), "Telefonanteckning", "1979-09-09", "453",
  "2024-07-17T15:30", None, "öppenvård",
  [("Aktuellt", "Försökt nå pat två gånger idag angående provsvar, ej svar. Meddelande på "
    "telefonsvararen."),
   ("Lab", "Hb 138, krea 82, leverprover inom ref."),
   ("Åtgärd", "Pat ej informerad om svaren ännu. Nytt försök i morgon.")],
  must_not=["NL101"],
  why="patient not yet reached about normal lab results — there is no diagnosis; unsigned")

K("ger-kungalv-vaskular-demens-meddelad-dotter-med", "vgr", "Melior", "ger_kungalv",
  ("Margareta Holst", L), "Läkaranteckning", "1939-02-14", "151",
  "2024-09-19T10:30", "2024-09-19T12:15", "öppenvård",
  [("Aktuellt", "Besked efter minnesutredning. Dottern närvarande."),
   ("Bedömning", "Vaskulär demens. Diagnosen har meddelats pat som har svårt att ta till sig "
    "informationen, dottern var med och fick den också."),
   ("Åtgärd", "Skriftlig sammanfattning lämnad. Biståndshandläggare kontaktas om utökad "
    "hemtjänst.")],
  must_not=["NL101"],
  why="told the patient, who retains it poorly — still informed")

K("barn-hbg-typ-1-diabetes-foraldrarna-informerade", "skane", "Melior", "barn_hbg",
  ("Anton Rask", L), "Läkaranteckning", "2013-11-22", "806",
  "2024-01-16T15:20", "2024-01-16T16:45", "slutenvård",
  [("Aktuellt", "Tioårig flicka inlagd med ketoacidos i går kväll, nu stabil."),
   ("Lab", "pH 7,21 vid ankomst, nu 7,36. P-glukos 12."),
   ("Bedömning", "Typ 1-diabetes, nydebuterad med ketoacidos. Föräldrarna informerade om "
    "diagnosen av undertecknad i eftermiddags."),
   ("Åtgärd", "Övergång till subkutant insulin. Diabetesteamet startar utbildning i morgon.")],
  must_not=["NL101"],
  why="a child's guardians have been informed of the diagnosis")

K("psyk-malmo-eips-diskuterad-med-pat", "skane", "Melior", "psyk_malmo",
  ("Mikaela Berggren", L), "Läkaranteckning", "1998-02-10", "424",
  "2024-04-30T13:45", "2024-04-30T15:20", "öppenvård",
  [("Aktuellt", "Återkommande självskada i form av skärande, senast för tre veckor sedan. "
    "Intensiva relationer, känsla av tomhet."),
   ("Bedömning", "Emotionellt instabil personlighetsstörning. Diagnosen diskuterad utförligt "
    "med pat som känner igen sig och vill ha DBT."),
   ("Åtgärd", "Remiss DBT-teamet. Krisplan uppdaterad.")],
  must_not=["NL101"],
  why="the diagnosis has been discussed with the patient")

K("onk-lund-prostatacancer-barnen-ej-informerade", "skane", "Melior", "onk_lund",
  ("Gunnar Fredriksson", L), "Läkaranteckning", "1951-12-24", "377",
  "2024-08-08T09:40", "2024-08-08T11:15", "öppenvård",
  [("Aktuellt", "Prostatacancer med skelettmetastaser, känd sedan 2022. PSA stigande trots "
    "ADT."),
   ("Bedömning", "Kastrationsresistent prostatacancer. Pat informerad om progressen, önskar "
    "uttryckligen att barnen inte informeras ännu."),
   ("Åtgärd", "Start av enzalutamid diskuteras, pat funderar till nästa vecka.")],
  must_not=["NL101"],
  why="the relatives, not the patient, are uninformed — the patient knows")

K("inf-ostra-hepatit-c-fatt-besked-per-telefon", "vgr", "Melior", "inf_ostra",
  ("Kajsa Widerberg", L), "Provsvarsanteckning", "1986-06-15", "288",
  "2024-12-10T14:00", "2024-12-10T14:35", "öppenvård",
  [("Aktuellt", "Provtagning via sprutbytet förra månaden."),
   ("Lab", "Anti-HCV pos, HCV-RNA 2,1 milj IE/ml, genotyp 3a."),
   ("Bedömning", "Kronisk hepatit C. Pat har fått besked per telefon idag och kommer på "
    "besök för behandlingsstart."),
   ("Åtgärd", "Fibroscan bokat. Epclusa i 12 veckor planeras.")],
  must_not=["NL101"],
  why="patient told by phone today ('fått besked')")


# ==========================================================================
# writing and validation
# ==========================================================================

CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"}
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(pid):
    m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
    if not m:
        return False
    ten = (m.group(1) + m.group(2))[2:]
    return luhn_check_digit(ten[:9]) == int(ten[9])


def in_2024(ts):
    try:
        return _dt.datetime.fromisoformat(ts).year == 2024
    except (TypeError, ValueError):
        return False


def age_at(birth, when):
    b = _dt.date.fromisoformat(birth)
    d = _dt.datetime.fromisoformat(when).date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def validate(cases):
    problems = []
    names = set()
    seen_sent = {}
    for c in cases:
        n = c.get("case", "?")
        if list(c.keys()) != CASE_KEYS:
            problems.append("%s: keys %s" % (n, list(c.keys())))
            continue
        if n in names:
            problems.append("%s: duplicate case name" % n)
        names.add(n)
        if not re.fullmatch(r"[a-z0-9-]+", n):
            problems.append("%s: case name not kebab-case" % n)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset %r" % (n, c["ruleset"]))
        why = c["why"]
        if not isinstance(why, str) or not why.strip() or "\n" in why:
            problems.append("%s: why must be one non-empty line" % n)
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            problems.append("%s: record keys %s" % (n, sorted(rec)))
            continue
        pat = rec["patient"]
        if set(pat) != {"id", "birth_date", "protected_identity"}:
            problems.append("%s: patient keys" % n)
        if not luhn_ok(pat["id"]):
            problems.append("%s: personnummer %s fails Luhn" % (n, pat["id"]))
        if pat["id"][:8] != pat["birth_date"].replace("-", ""):
            problems.append("%s: personnummer does not match birth_date" % n)
        if not in_2024(rec["as_of"]):
            problems.append("%s: as_of not in 2024" % n)
        note_ids = set()
        systems = {}
        for note in rec["notes"]:
            if set(note) != NOTE_KEYS:
                problems.append("%s: note keys %s" % (n, sorted(note)))
                continue
            note_ids.add(note["id"])
            systems[note["id"]] = note["system"]
            if note["system"] not in ("Melior", "PMO"):
                problems.append("%s: system %r" % (n, note["system"]))
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                problems.append("%s: VGR case must be Melior" % n)
            if not in_2024(note["time"]):
                problems.append("%s: note time not in 2024" % n)
            if note["signed"] is not None:
                if not in_2024(note["signed"]):
                    problems.append("%s: signed not in 2024" % n)
                elif note["signed"] < note["time"]:
                    problems.append("%s: signed before time" % n)
            if rec["as_of"] < note["time"]:
                problems.append("%s: as_of before note time" % n)
            age = age_at(pat["birth_date"], note["time"])
            if 13 <= age <= 15 or age < 0:
                problems.append("%s: patient aged %d" % (n, age))
            if not note["sections"]:
                problems.append("%s: note without sections" % n)
            for s in note["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    problems.append("%s: bad section" % n)
                    continue
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != n:
                            problems.append("%s: sentence also in %s: %r"
                                            % (n, seen_sent[sent], sent))
                        elif sent in seen_sent:
                            problems.append("%s: sentence repeated: %r" % (n, sent))
                        seen_sent[sent] = n
        asserted = set()
        if not (c["must"] or c["must_not"]):
            problems.append("%s: asserts nothing" % n)
        for kind in ("must", "must_not"):
            for pair in c[kind]:
                if not (isinstance(pair, list) and len(pair) == 2):
                    problems.append("%s: bad %s entry %r" % (n, kind, pair))
                    continue
                code, target = pair
                if code not in CODES:
                    problems.append("%s: code %s not allowed" % (n, code))
                if target not in note_ids:
                    problems.append("%s: target %s does not exist" % (n, target))
                    continue
                if (code, target) in asserted:
                    problems.append("%s: %s on %s asserted twice" % (n, code, target))
                asserted.add((code, target))
                if systems.get(target) == "PMO":
                    if code == "NL101":
                        problems.append("%s: NL101 asserted on a PMO note" % n)
                    if code == "NL102" and kind == "must":
                        problems.append("%s: must NL102 on a PMO note" % n)
    return problems


def main():
    lines = [json.dumps(c, ensure_ascii=False) for c in CASES]
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    # validate what was written, not what is in memory
    with open(OUT, encoding="utf-8") as fh:
        loaded = [json.loads(line) for line in fh if line.strip()]
    problems = validate(loaded)
    if len(loaded) != len(CASES):
        problems.append("line count %d != %d cases" % (len(loaded), len(CASES)))
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s)" % len(problems), file=sys.stderr)
        return 1
    counts = {}
    for c in loaded:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    drafts = sum(1 for c in loaded if c["record"]["notes"][0]["signed"] is None)
    by_rs = {}
    for c in loaded:
        by_rs[c["ruleset"]] = by_rs.get(c["ruleset"], 0) + 1
    print("wrote %s: %d cases (%s), %d unsigned drafts"
          % (OUT, len(loaded), ", ".join("%s %d" % kv for kv in sorted(by_rs.items())),
             drafts))
    for code in sorted(CODES):
        print("  %s must %d  must_not %d"
              % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
