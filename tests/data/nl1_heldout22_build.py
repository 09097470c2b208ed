#!/usr/bin/env python3
"""nl1_heldout22_cases: a broad random sample of one year's journal export (2024),
drawn the way a quality auditor draws it: every kind of clinic, every kind of author,
short and long notes, about half of the cases near misses that keep the routine.

Written from the regional routines (seeds) and the rule catalog in DESIGN.md only.
`python3 build.py` writes nl1_heldout22_cases.jsonl beside this file and validates it;
it exits 1 on any problem. No dependencies, deterministic output.
"""
import json
import os
import re
import sys
from datetime import date, datetime

NAME = "nl1_heldout22_cases"
AS_OF = "2024-12-31T00:00:00"

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (hospitals)
    "S_AKUT_LUND": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4101"),
    "S_AKUT_HBG": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-4102"),
    "S_AKUT_YSTAD": ("Akutmottagningen, Ystads lasarett", "SE2321000255-4103"),
    "S_MED_MALMO": ("Medicinkliniken avdelning 3, Skånes universitetssjukhus Malmö", "SE2321000255-4110"),
    "S_MED_KRSTD": ("Medicinmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4111"),
    "S_KARD_LUND": ("Kardiologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4112"),
    "S_INF_MALMO": ("Infektionskliniken avdelning 2, Skånes universitetssjukhus Malmö", "SE2321000255-4113"),
    "S_GASTRO_LUND": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4114"),
    "S_KIR_MALMO": ("Kirurgmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4120"),
    "S_KIR_HBG": ("Kirurgiska kliniken avdelning 41, Helsingborgs lasarett", "SE2321000255-4121"),
    "S_DAGKIR_TRBG": ("Dagkirurgiska enheten, Trelleborgs lasarett", "SE2321000255-4122"),
    "S_ORTO_LUND": ("Ortopedmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4123"),
    "S_PSYK_LUND": ("Allmänpsykiatriska mottagningen Lund", "SE2321000255-4130"),
    "S_PSYK_AVD_MALMO": ("Psykiatrisk heldygnsvård avdelning 82, Malmö", "SE2321000255-4131"),
    "S_BUP_HBG": ("BUP-mottagningen Helsingborg", "SE2321000255-4132"),
    "S_BUP_LUND": ("BUP-mottagningen Lund", "SE2321000255-4133"),
    "S_NPM_MALMO": ("Neuropsykiatriska mottagningen, Malmö", "SE2321000255-4134"),
    "S_BARN_LUND": ("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4140"),
    "S_BARNAKUT_KRSTD": ("Barn- och ungdomsakuten, Centralsjukhuset Kristianstad", "SE2321000255-4141"),
    "S_NEO_MALMO": ("Neonatalavdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-4142"),
    "S_BARN_HBG": ("Barn- och ungdomsmottagningen, Helsingborgs lasarett", "SE2321000255-4143"),
    "S_GYN_MALMO": ("Gynekologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4150"),
    "S_KK_YSTAD": ("Kvinnokliniken, Ystads lasarett", "SE2321000255-4151"),
    "S_SPECMVC_LUND": ("Specialistmödravården, Skånes universitetssjukhus Lund", "SE2321000255-4152"),
    "S_FORL_HBG": ("Förlossningen och BB, Helsingborgs lasarett", "SE2321000255-4153"),
    "S_ONK_LUND": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4160"),
    "S_ONK_MALMO": ("Onkologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4161"),
    "S_GER_MALMO": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4170"),
    "S_GER_HLM": ("Geriatriska avdelningen, Hässleholms sjukhus", "SE2321000255-4171"),
    "S_REHAB_ORUP": ("Rehabiliteringsmedicin, Orups rehabiliteringscentrum", "SE2321000255-4180"),
    "S_REHAB_LUND": ("Neurologisk rehabilitering, Skånes universitetssjukhus Lund", "SE2321000255-4181"),
    "S_DERM_LUND": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4190"),
    "S_DERM_HBG": ("Hudmottagningen, Helsingborgs lasarett", "SE2321000255-4191"),
    "S_ONH_HBG": ("Öron-, näs- och halsmottagningen, Helsingborgs lasarett", "SE2321000255-4200"),
    "S_ONH_LUND": ("ÖNH-kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4201"),
    "S_OGON_MALMO": ("Ögonmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4210"),
    "S_OGON_HBG": ("Ögonmottagningen, Helsingborgs lasarett", "SE2321000255-4211"),
    # Region Skåne, PMO (primary care)
    "P_VC_SJOBO": ("Vårdcentralen Sjöbo", "SE2321000255-5101"),
    "P_VC_LINERO": ("Vårdcentralen Linero, Lund", "SE2321000255-5102"),
    "P_VC_NASBY": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-5103"),
    "P_VC_DHOG": ("Vårdcentralen Drottninghög, Helsingborg", "SE2321000255-5104"),
    "P_VC_ROSENG": ("Vårdcentralen Rosengård, Malmö", "SE2321000255-5105"),
    "P_VC_SIMRIS": ("Vårdcentralen Simrishamn", "SE2321000255-5106"),
    "P_BVC_ESLOV": ("BVC Eslöv", "SE2321000255-5110"),
    "P_BVC_HOOR": ("Barnavårdscentralen Höör", "SE2321000255-5111"),
    "P_UM_MALMO": ("Ungdomsmottagningen Malmö", "SE2321000255-5120"),
    "P_UM_LANDSK": ("Ungdomsmottagningen Landskrona", "SE2321000255-5121"),
    "P_HSJV_YSTAD": ("Hemsjukvården, Vårdcentralen Ystad", "SE2321000255-5130"),
    "P_REHAB_TOMELILLA": ("Rehabenheten, Vårdcentralen Tomelilla", "SE2321000255-5131"),
    # Västra Götalandsregionen, Melior
    "V_AKUT_SU": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E301"),
    "V_AKUT_NAL": ("Akutmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E302"),
    "V_AKUT_SKAS": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E303"),
    "V_AKUT_SAS": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E304"),
    "V_AKUT_MOLNDAL": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E305"),
    "V_MED_SAS": ("Medicinmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E310"),
    "V_MED_ALINGSAS": ("Medicinavdelning 2, Alingsås lasarett", "SE2321000131-E311"),
    "V_HEMA_SU": ("Hematologiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E312"),
    "V_NJUR_SU": ("Njurmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E313"),
    "V_MED_KUNGALV": ("Medicinkliniken, Kungälvs sjukhus", "SE2321000131-E314"),
    "V_ENDO_SU": ("Endokrinologiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E315"),
    "V_KIR_OSTRA": ("Kirurgmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E320"),
    "V_KIR_KUNGALV": ("Kirurgavdelning 6, Kungälvs sjukhus", "SE2321000131-E321"),
    "V_KIR_NAL": ("Kirurgkliniken, NU-sjukvården NÄL", "SE2321000131-E322"),
    "V_KIR_SKAS": ("Kirurgiska kliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E323"),
    "V_PSYK_SU": ("Psykiatri Affektiva, mottagning 3, Sahlgrenska Universitetssjukhuset", "SE2321000131-E330"),
    "V_PSYK_NAL": ("Psykiatrisk öppenvårdsmottagning, NU-sjukvården Trollhättan", "SE2321000131-E331"),
    "V_PSYK_AVD_SKAS": ("Psykiatrisk slutenvård avdelning 62, Skaraborgs Sjukhus Falköping", "SE2321000131-E332"),
    "V_PSYK_BORAS": ("Allmänpsykiatriska mottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E333"),
    "V_BARN_DSBUS": ("Barnmedicinska mottagningen, Drottning Silvias barnsjukhus", "SE2321000131-E340"),
    "V_BARN_SAS": ("Barn- och ungdomskliniken, Södra Älvsborgs Sjukhus", "SE2321000131-E341"),
    "V_BARNAKUT_DSBUS": ("Barnakuten, Drottning Silvias barnsjukhus", "SE2321000131-E342"),
    "V_BARN_NAL": ("Barn- och ungdomsmottagningen, NU-sjukvården NÄL", "SE2321000131-E343"),
    "V_GYN_OSTRA": ("Gynekologimottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E350"),
    "V_SPECMVC_NAL": ("Specialistmödravården, NU-sjukvården NÄL", "SE2321000131-E351"),
    "V_KK_SKAS": ("Kvinnokliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E352"),
    "V_ONK_JK": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E360"),
    "V_ONK_SAS": ("Onkologimottagningen, Södra Älvsborgs Sjukhus", "SE2321000131-E361"),
    "V_GER_MOLNDAL": ("Geriatriska kliniken, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E370"),
    "V_MINNE_SKAS": ("Minnesmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E371"),
    "V_GERAVD_ALINGSAS": ("Geriatrisk avdelning, Alingsås lasarett", "SE2321000131-E372"),
    "V_REHAB_HOGSBO": ("Rehabiliteringsmedicin, Högsbo sjukhus", "SE2321000131-E380"),
    "V_REHAB_SKAS": ("Rehabiliteringskliniken, Skaraborgs Sjukhus", "SE2321000131-E381"),
    "V_DERM_SU": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E390"),
    "V_DERM_SKAS": ("Hudmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E391"),
    "V_ONH_SU": ("Öron-näsa-hals, Sahlgrenska Universitetssjukhuset", "SE2321000131-E400"),
    "V_ONH_NAL": ("ÖNH-mottagningen, NU-sjukvården Uddevalla", "SE2321000131-E401"),
    "V_OGON_MOLNDAL": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E410"),
    "V_OGON_SAS": ("Ögonmottagningen, Södra Älvsborgs Sjukhus", "SE2321000131-E411"),
}

CASES = []


def N(nid, system, template, unit, author, role, time, signed, setting, sections, refs=()):
    """One note. `sections` is a list of (sökord, text)."""
    name, hsa = UNITS[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": time, "signed": signed, "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def K(case, ruleset, pid, notes, must=(), must_not=(), why=""):
    """One case: a record with one or more notes, and its assertions."""
    CASES.append({
        "case": case,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pid, "birth_date": "%s-%s-%s" % (pid[0:4], pid[4:6], pid[6:8]),
                        "protected_identity": False},
            "as_of": AS_OF,
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(m) for m in must],
        "must_not": [list(m) for m in must_not],
        "why": why,
    })

# ======================================================================
# Primärvård, Region Skåne (PMO)
# ======================================================================
K("vc-pmo-trol-pneumoni-dd-bronkit", "skane", "19520914-4178",
  [N("n1", "PMO", "Besöksanteckning", "P_VC_SJOBO", "Lars-Göran Nyqvist", "läkare",
     "2024-01-16T10:40:00", "2024-01-16T12:05:00", "öppenvård",
     [("Aktuellt", "Man 71 år. Hosta och feber i fem dagar, sedan igår tilltagande andfåddhet vid ansträngning. Exrökare sedan 2015."),
      ("Status", "AT: trött men opåverkad. Temp 38,4. SpO2 94 % på rumsluft, AF 20. Pulm: krepitationer hö basalt, i övrigt vesikulärt. CRP 112."),
      ("Bedömning", "Trol. pneumoni hö basalt, DD akut bronkit. Cirkulatoriskt stabil, kan behandlas hemma."),
      ("Åtgärd", "PcV 1 g x 3 i 7 dagar. Åter vid försämring, annars ringer ssk upp på fredag.")])],
  must_not=[("NL102", "n1")],
  why="PMO visar aldrig diagnoser: trolig pneumoni med DD i vårdcentralens besöksanteckning är ingen NL102")

K("vc-pmo-missankt-diabetes-typo", "skane", "19680402-2389",
  [N("n1", "PMO", "Sjuksköterskeanteckning", "P_VC_NASBY", "Emelie Håkansson", "diabetessjuksköterska",
     "2024-02-05T08:50:00", "2024-02-05T09:30:00", "öppenvård",
     [("Kontaktorsak", "Provsvar efter hälsokontroll."),
      ("Bedömning", "Missänkt diabetes typ 2 då fP-glukos var 8,1 vid två tillfällen. BMI 33."),
      ("Planering", "HbA1c och lipider tas nästa vecka, läkarbesök bokat 20/2. Kostråd givna muntligt.")])],
  must_not=[("NL102", "n1")],
  why="hedged diagnosis with a typo (Missänkt) in a PMO nurse note: PMO never shows diagnoses, no NL102")

K("vc-pmo-telefon-sparkad-av-sambon", "skane", "19891127-5264",
  [N("n1", "PMO", "Telefonkontakt", "P_VC_ROSENG", "Amira Haddad", "sjuksköterska",
     "2024-02-19T09:12:00", "2024-02-19T09:40:00", "öppenvård",
     [("Kontaktorsak", "Ont i vänster sida av bröstkorgen sedan i lördags."),
      ("Aktuellt", "Berättar efter en stund att sambon knuffade henne mot köksbänken och sparkade henne när hon låg på golvet. Hon är rädd att åka hem ikväll."),
      ("Åtgärd", "Akut läkartid 14.30 idag. Kurator informerad och kan träffa henne direkt efter.")])],
  must=[("NL201", "n1")],
  why="partner violence told on the phone, written in an ordinary PMO telephone note instead of the Våld i nära relationer template")

K("vc-pmo-strypt-av-make-i-ratt-mall", "skane", "19750630-3424",
  [N("n1", "PMO", "Våld i nära relationer", "P_VC_DHOG", "Johan Mattsson", "läkare",
     "2024-03-04T13:15:00", "2024-03-04T14:20:00", "öppenvård",
     [("Anamnes", "Pat uppger att maken tog stryptag på henne i fredags kväll efter ett gräl. Hon kunde inte andas och det svartnade kort för ögonen. Tidigare slag mot överarmar under flera år."),
      ("Status", "Petekier i ansiktet och på ögonlocken, rodnad horisontell markering på halsen ca 8 cm. Heshet. Fotodokumentation enligt vårdprogrammet."),
      ("Åtgärd", "Informerad om kvinnojouren och möjligheten att polisanmäla. Kontakt med socialtjänstens relationsvåldsteam med hennes samtycke.")])],
  must_not=[("NL201", "n1"), ("NL206", "n1")],
  why="strangling by husband documented in the PMO template Våld i nära relationer, which Skåne filters")

K("vc-pmo-rutinfraga-vald-nekar", "skane", "19930512-1643",
  [N("n1", "PMO", "Besöksanteckning", "P_VC_LINERO", "Sara Lindqvist", "läkare",
     "2024-03-11T15:00:00", "2024-03-11T16:10:00", "öppenvård",
     [("Aktuellt", "Nyinflyttad, listad sedan januari. Vill göra hälsokontroll inför graviditetsplanering."),
      ("Sociala förhållanden", "Bor med sin man i lägenhet, arbetar som lärare. Rutinfråga om våld i nära relation: förnekar, känner sig trygg hemma."),
      ("Bedömning", "Frisk kvinna. Inga hinder för graviditet. Folsyra rekommenderas från nu.")])],
  must_not=[("NL201", "n1")],
  why="routine screening question on partner violence answered no: nothing to hide, no NL201")

K("bvc-pmo-blamarken-atta-manader", "skane", "20230614-2031",
  [N("n1", "PMO", "BVC-anteckning", "P_BVC_ESLOV", "Karin Bengtsson", "BVC-sjuksköterska",
     "2024-02-21T10:30:00", "2024-02-21T11:45:00", "öppenvård",
     [("Aktuellt", "8-månaderskontroll, mamma och pappa med."),
      ("Status", "Flera blåmärken av olika färg på båda överarmarna och ett runt blåmärke på vänster kind. Pojken kryper inte och drar sig inte upp."),
      ("Bedömning", "Skadorna saknar rimlig förklaring i förhållande till barnets utvecklingsnivå."),
      ("Åtgärd", "BVC-läkare har sett barnet. Orosanmälan till socialtjänsten i Eslöv görs idag, barnet remitteras till barnakuten för skelettröntgen.")])],
  must=[("NL202", "n1")],
  why="unexplained bruises on an infant and a report to social services, in an ordinary BVC note a guardian reads")

K("bvc-pmo-pappa-slar-i-ratt-mall", "skane", "20211102-3467",
  [N("n1", "PMO", "Oro för att barn far illa", "P_BVC_HOOR", "Lena Persson", "BVC-sjuksköterska",
     "2024-04-09T09:20:00", "2024-04-09T10:00:00", "öppenvård",
     [("Aktuellt", "Mamma berättar i enskilt samtal att pappan slår pojken på rumpan och drar honom i armen när han vägrar klä på sig. Hon vågar inte säga emot."),
      ("Åtgärd", "Orosanmälan till socialtjänsten i Höör skickad samma dag. Ny tid om två veckor.")])],
  must_not=[("NL202", "n1")],
  why="concern that a child is hit and a report to social services, in the PMO template Oro för att barn far illa")

K("bvc-pmo-foraldrar-oroliga-for-vikten", "skane", "20230120-1824",
  [N("n1", "PMO", "BVC-anteckning", "P_BVC_ESLOV", "Karin Bengtsson", "BVC-sjuksköterska",
     "2024-05-14T13:00:00", "2024-05-14T13:35:00", "öppenvård",
     [("Aktuellt", "Föräldrarna oroliga då flickan äter dåligt sedan hon började på förskolan."),
      ("Status", "Vikt 9,6 kg, följer -1 SD-kurvan som tidigare. Pigg, nyfiken, går med stöd."),
      ("Åtgärd", "Råd om måltidsrytm och mellanmål. Ny vägning om 4 veckor.")])],
  must_not=[("NL202", "n1")],
  why="parents worried about their child's eating: not a concern that the child is harmed")

K("vc-pmo-hubs-i-vanlig-lakaranteckning", "skane", "20161118-2849",
  [N("n1", "PMO", "Läkaranteckning", "P_VC_DHOG", "Mikael Sandberg", "läkare",
     "2024-04-23T10:00:00", "2024-04-23T11:30:00", "öppenvård",
     [("Aktuellt", "Hälsoundersökning på begäran av socialnämnden inför placering i familjehem. Socialsekreterare och jourhemsmamma med."),
      ("Anamnes", "Journalgenomgång BVC och skolhälsovård: vaccinationer kompletta t.o.m. 5 år, MPR 2 saknas. Karies enligt tandvården 2023."),
      ("Status", "Längd och vikt följer kurvan. Hjärta, lungor, buk u.a. Syn och hörsel normala. Lugn i kontakten."),
      ("Åtgärd", "MPR 2 ges via skolhälsovården. Utlåtande skickas till socialtjänsten.")])],
  must=[("NL203", "n1")],
  why="health examination at the social board's request written in an ordinary PMO note, not in the HUBS template")

K("vc-pmo-hubs-i-mallen", "skane", "20130307-1409",
  [N("n1", "PMO", "Hälsoundersökning på begäran av socialnämnd (HUBS)", "P_VC_ROSENG", "Sofia Wallin", "läkare",
     "2024-06-05T09:00:00", "2024-06-05T10:40:00", "öppenvård",
     [("Aktuellt", "Hälsoundersökning på socialnämndens begäran inför placering, flickan 11 år."),
      ("Status", "Välmående, normal längd- och viktutveckling. Inga synliga skador. Nedstämd när hon pratar om mamma."),
      ("Bedömning", "Somatiskt frisk. Behov av psykologkontakt; remiss till BUP med socialtjänstens kännedom.")])],
  must_not=[("NL203", "n1")],
  why="HUBS documented in the PMO template Hälsoundersökning på begäran av socialnämnd: hidden, no NL203")

K("um-pmo-ev-klamydia-partner-positiv", "skane", "20060809-2466",
  [N("n1", "PMO", "Besöksanteckning", "P_UM_MALMO", "Hanna Ek", "barnmorska",
     "2024-03-18T16:00:00", "2024-03-18T16:30:00", "öppenvård",
     [("Aktuellt", "17 år. Pojkvännen har fått positivt klamydiatest och blivit smittspårad hit."),
      ("Bedömning", "Ev. klamydia, asymtomatisk. Provtagning urin och vaginalt självtest gjord."),
      ("Åtgärd", "Behandlas redan idag enligt smittskyddsrutin, doxycyklin 7 dagar. Svar via 1177.")])],
  must_not=[("NL102", "n1")],
  why="hedged STI diagnosis at a PMO youth clinic: PMO never shows diagnoses")

K("hemsjv-pmo-sannolikt-trycksar", "skane", "19351022-0621",
  [N("n1", "PMO", "Omvårdnadsanteckning", "P_HSJV_YSTAD", "Birgitta Nilsson", "distriktssköterska",
     "2024-01-29T11:10:00", "2024-01-29T12:00:00", "hemsjukvård",
     [("Omvårdnad", "Hembesök. Rodnad som inte bleknar vid tryck, 3x2 cm över sacrum, ytlig blåsa i mitten. Sannolikt trycksår kategori 2."),
      ("Åtgärd", "Skumförband, lägesändring var 3:e timme enligt schema till hemtjänsten. Tryckavlastande madrass beställd.")])],
  must_not=[("NL102", "n1")],
  why="probable pressure ulcer in a PMO home-care nurse note: no NL102 in PMO")

K("vc-pmo-tidiga-hypoteser-utan-hypotes", "skane", "19590219-3282",
  [N("n1", "PMO", "Tidiga hypoteser", "P_VC_SIMRIS", "Ingrid Olofsson", "sjuksköterska",
     "2024-05-02T14:05:00", "2024-05-02T14:15:00", "öppenvård",
     [("Anteckning", "Pat vill att kallelser under våren skickas till dotterns adress i Tomelilla, hon bor där under renoveringen.")])],
  must=[("NL104", "n1")],
  why="a Tidiga hypoteser entry that holds only an address request, no diagnostic hypothesis")

K("vc-pmo-tidiga-hypoteser-alkohol", "skane", "19710808-1550",
  [N("n1", "PMO", "Tidiga hypoteser", "P_VC_NASBY", "Per Ohlsson", "läkare",
     "2024-05-27T12:40:00", "2024-05-27T13:00:00", "öppenvård",
     [("Anteckning", "Misstänkt alkoholöverkonsumtion: CDT 2,4 % och GT 3,1, förklaras inte av läkemedel. Ej diskuterat med pat ännu; tas upp vid nästa besök när kontakten är etablerad.")])],
  must_not=[("NL104", "n1"), ("NL102", "n1")],
  why="a not yet discussed suspicion of alcohol overuse, correctly placed in the PMO Tidiga hypoteser template")

K("vc-pmo-kurator-ex-stryptag-och-sms-hot", "skane", "19960101-4880",
  [N("n1", "PMO", "Kuratorsanteckning", "P_VC_LINERO", "Maria Axelsson", "kurator",
     "2024-06-11T10:00:00", "2024-06-11T11:05:00", "öppenvård",
     [("Samtal", "Andra samtalet. Berättar att hennes före detta pojkvän tog stryptag på henne förra sommaren och att han nu skickar sms om att han vet var hon bor och ska 'ta henne'. Sover dåligt och undviker att gå ut ensam."),
      ("Planering", "Säkerhetsplan gjord tillsammans. Hon vill polisanmäla och får hjälp att kontakta brottsofferjouren. Nytt samtal om en vecka.")])],
  must=[("NL201", "n1")],
  why="a former partner's strangling and threats, told to a counsellor and written in an ordinary PMO note")

K("vc-pmo-psykolog-trol-utmattning", "skane", "19820317-2609",
  [N("n1", "PMO", "Psykologanteckning", "P_VC_SIMRIS", "Erik Lundgren", "psykolog",
     "2024-09-03T13:00:00", "2024-09-03T14:10:00", "öppenvård",
     [("Bedömning", "Trol. utmattningssyndrom, DD depressiv episod av medelsvår grad. KEDS 31, MADRS-S 22."),
      ("Planering", "Fem samtal med KBT-inriktning. Arbetsterapeut kopplas in kring återgång i arbete.")])],
  must_not=[("NL102", "n1")],
  why="hedged diagnosis and DD written by a psychologist in PMO: never shown, no NL102")

K("vc-pmo-fysio-trol-ospecifik-ryggsmarta", "skane", "19780911-3512",
  [N("n1", "PMO", "Fysioterapeutanteckning", "P_REHAB_TOMELILLA", "Jonas Friberg", "fysioterapeut",
     "2024-10-08T08:00:00", "2024-10-08T08:50:00", "öppenvård",
     [("Anamnes", "Ländryggssmärta sedan två veckor efter flytt. Ingen utstrålning, inga blås- eller tarmsymtom."),
      ("Status", "Nedsatt flexion, smärta vid extension. SLR neg bilat. Neurologi u.a."),
      ("Bedömning", "trol ospecifik ländryggssmärta utan röda flaggor"),
      ("Åtgärd", "Information om god prognos, hemövningar, återbesök 2 veckor.")])],
  must_not=[("NL102", "n1")],
  why="physiotherapist's 'trol' (no full stop) diagnosis in PMO: not visible as a diagnosis, no NL102")

K("hemsjv-pmo-maken-tar-hart", "skane", "19380605-1466",
  [N("n1", "PMO", "Omvårdnadsanteckning", "P_HSJV_YSTAD", "Anneli Svensson", "distriktssköterska",
     "2024-07-15T10:20:00", None, "hemsjukvård",
     [("Omvårdnad", "Vid hembesök ses färska blåmärken på båda underarmarna. Pat, som har måttlig demens, säger att 'han blir så arg och tar hårt'. Maken bekräftar att han fått ta i ordentligt när hon vägrar duscha."),
      ("Åtgärd", "Läkare informerad. Kontakt med kommunens biståndshandläggare om avlastning.")])],
  must=[("NL201", "n1")],
  why="unsigned draft: a husband's violence towards his wife with dementia, in an ordinary PMO home-care note")

K("um-pmo-pojkvannen-tvingar-till-samlag", "skane", "20061230-2869",
  [N("n1", "PMO", "Kuratorsanteckning", "P_UM_LANDSK", "Petra Holm", "kurator",
     "2024-04-16T15:30:00", "2024-04-16T16:20:00", "öppenvård",
     [("Samtal", "17 år. Berättar att pojkvännen sedan i höstas tvingat henne till samlag när hon sagt nej, och att han kontrollerar hennes telefon. Skäms och har inte berättat för någon."),
      ("Planering", "Erbjuden tid hos barnmorska för provtagning. Ny tid på torsdag.")])],
  must=[("NL201", "n1")],
  why="sexual violence by a boyfriend of a 17-year-old, in an ordinary PMO youth-clinic note")

K("um-pmo-pojkvan-slar-i-ratt-mall", "skane", "20040311-4713",
  [N("n1", "PMO", "Våld i nära relationer", "P_UM_MALMO", "David Karimi", "kurator",
     "2024-08-20T14:00:00", "2024-08-20T15:00:00", "öppenvård",
     [("Samtal", "20 år. Hans pojkvän har vid flera tillfällen slagit honom i ansiktet och låst in honom i badrummet. Har flyttat hem till sin syster."),
      ("Planering", "Kontakt med RFSL:s stödmottagning förmedlad. Nytt samtal om två veckor.")])],
  must_not=[("NL201", "n1")],
  why="violence from a same-sex partner, documented in the PMO template Våld i nära relationer")

K("vc-pmo-mamma-dricker-orosanmalan", "skane", "19870724-3823",
  [N("n1", "PMO", "Besöksanteckning", "P_VC_SJOBO", "Lars-Göran Nyqvist", "läkare",
     "2024-10-22T11:00:00", "2024-10-22T12:15:00", "öppenvård",
     [("Aktuellt", "Sömnproblem och oro. Dricker en flaska vin varje kväll sedan separationen i våras."),
      ("Sociala förhållanden", "Ensamstående med två barn, 4 och 7 år. Barnen lägger sig ofta själva då hon somnat i soffan."),
      ("Åtgärd", "Orosanmälan till socialtjänsten gjord, pat informerad om detta. Remiss till beroendemottagningen.")])],
  must=[("NL202", "n1")],
  why="a report to social services about a patient's children, written in the parent's ordinary PMO note")

# ======================================================================
# Akutmottagningar
# ======================================================================
K("akut-vgr-misstankt-lungemboli", "vgr", "19780116-5528",
  [N("n1", "Melior", "Akutanteckning", "V_AKUT_SU", "Johanna Lind", "läkare",
     "2024-02-11T03:20:00", "2024-02-11T05:02:00", "akutmottagning",
     [("Kontaktorsak", "Andfåddhet och hugg i höger sida av bröstet sedan igår kväll."),
      ("Anamnes", "46-årig kvinna, p-piller, flög hem från Thailand för fyra dagar sedan. Ingen tidigare trombos."),
      ("Status", "Puls 112, AF 24, SpO2 93 %. Höger vad något svullnare än vänster. EKG sinustakykardi."),
      ("Bedömning", "Misstänkt lungemboli. Wells 6, D-dimer 2,8."),
      ("Åtgärd", "Fragmin i behandlingsdos direkt. DT lungartärer beställd, svar väntas inom en timme.")])],
  must=[("NL102", "n1")], must_not=[("NL101", "n1")],
  why="suspected pulmonary embolism written in the Bedömning of a visible VGR Melior emergency note")

K("akut-vgr-lungemboli-utesluten", "vgr", "19840503-1736",
  [N("n1", "Melior", "Akutanteckning", "V_AKUT_NAL", "Henrik Olsson", "läkare",
     "2024-03-02T21:10:00", "2024-03-02T23:40:00", "akutmottagning",
     [("Anamnes", "40-årig man med pleuritisk smärta vänster efter långkörning med lastbil."),
      ("Utredning", "DT lungartärer utan embolier. Lungemboli utesluten. Lungparenkymet ua."),
      ("Bedömning", "Muskuloskeletal bröstsmärta. Hem med NSAID i fem dagar.")])],
  must_not=[("NL102", "n1")],
  why="pulmonary embolism ruled out by CT: a negated mention, no NL102")

K("akut-skane-trol-uretarsten-dd-pyelo", "skane", "19910420-2396",
  [N("n1", "Melior", "Akutanteckning", "S_AKUT_LUND", "Oskar Ström", "läkare",
     "2024-03-09T14:30:00", "2024-03-09T16:00:00", "akutmottagning",
     [("Anamnes", "Plötslig kolikartad smärta i vänster flank med utstrålning mot ljumsken, illamående."),
      ("Status", "Dunkömhet vänster njurloge. Temp 37,9. U-sticka: blod 3+, nitrit neg."),
      ("Bedömning", "Trol. uretärsten vä, DD pyelonefrit."),
      ("Åtgärd", "Voltaren 50 mg iv. DT-urografi lågdos. Urinodling.")])],
  must=[("NL102", "n1")],
  why="'Trol.' uretärsten with a DD in a visible Skåne Melior emergency note")

K("akut-skane-overfallen-av-okand-vid-krog", "skane", "19990808-2176",
  [N("n1", "Melior", "Akutanteckning", "S_AKUT_HBG", "Fatima Osman", "läkare",
     "2024-04-13T02:45:00", "2024-04-13T04:10:00", "akutmottagning",
     [("Anamnes", "25-årig man som enligt polisen blivit slagen i ansiktet av en okänd man utanför en nattklubb. Kort medvetslös enligt kamrat."),
      ("Status", "GCS 15. Svullnad och sårskada 2 cm över vänster ögonbryn. Ingen felställning av näsan. Neurologiskt ua."),
      ("Åtgärd", "Såret tejpat. DT hjärna utan blödning. Hem med kamrat, skriftlig information om skallskada.")])],
  must_not=[("NL201", "n1")],
  why="assault by a stranger outside a nightclub is not violence in a close relationship")

K("akut-vgr-slagen-av-sambon-i-bedomning", "vgr", "19880215-8041",
  [N("n1", "Melior", "Akutanteckning", "V_AKUT_SKAS", "Magnus Ek", "läkare",
     "2024-04-27T23:05:00", "2024-04-28T01:30:00", "akutmottagning",
     [("Kontaktorsak", "Smärta och svullnad runt höger öga."),
      ("Status", "Monokelhematom höger, ömhet över zygomaticus. Visus ua. Blåmärken på vänster överarm i form av fingeravtryck."),
      ("Bedömning", "Pat berättar att sambon slog henne med knytnäve och höll fast hennes arm när hon försökte gå. Misshandeln har pågått i ett år."),
      ("Åtgärd", "DT ansiktsskelett: ingen fraktur. Skyddat boende erbjudet, tackar nej i nuläget.")])],
  must=[("NL201", "n1")],
  why="a partner's assault told in an ordinary visible Bedömning of a VGR emergency note")

K("akut-vgr-slagen-av-sambon-under-sokord", "vgr", "19900919-7485",
  [N("n1", "Melior", "Akutanteckning", "V_AKUT_SU", "Linnea Bergqvist", "läkare",
     "2024-05-05T19:40:00", "2024-05-05T21:15:00", "akutmottagning",
     [("Kontaktorsak", "Smärta i vänster handled efter fall i hemmet."),
      ("Status", "Svullnad och ömhet över distala radius. Rtg: odislocerad radiusfraktur."),
      ("Åtgärd", "Dorsal gipsskena, återbesök ortopedmottagningen om 10 dagar."),
      ("Våldsutsatthet i nära relationer", "I enskilt samtal berättar pat att hennes man knuffade ner henne för trappan hemma. Det är tredje gången i år. Kontaktuppgifter till kvinnojouren givna.")])],
  must_not=[("NL201", "n1")],
  why="the husband's violence is written under VGR's filtered sökord Våldsutsatthet i nära relationer; the visible sections only say fall")

K("akut-skane-tvaaring-femurfraktur-oklar-mekanism", "skane", "20220301-0570",
  [N("n1", "Melior", "Läkaranteckning", "S_BARNAKUT_KRSTD", "Anders Sjöberg", "läkare",
     "2024-05-12T18:20:00", "2024-05-12T20:50:00", "akutmottagning",
     [("Anamnes", "2-årig flicka som enligt pappan 'bara började halta' i eftermiddags. Ingen sedd olycka. Mamman ger en annan berättelse om ett fall från soffan."),
      ("Status", "Smärta vid rörelse höger lår. Gulnade blåmärken på ryggen och bakom höger öra."),
      ("Bedömning", "Spiralfraktur femur höger. Skademekanismen är oklar och förklaringarna skiljer sig åt; oro för att flickan utsatts för våld."),
      ("Åtgärd", "Inläggning. Skelettröntgen och ögonbottenundersökning. Orosanmälan till socialtjänsten gjord av undertecknad.")])],
  must=[("NL202", "n1")],
  why="child's fracture with an unexplained mechanism and a report to social services in an ordinary visible note")

K("akut-skane-radiusfraktur-studsmatta", "skane", "20150626-1286",
  [N("n1", "Melior", "Läkaranteckning", "S_BARNAKUT_KRSTD", "Anders Sjöberg", "läkare",
     "2024-06-22T16:00:00", "2024-06-22T17:10:00", "akutmottagning",
     [("Anamnes", "8-årig flicka som ramlade av studsmattan hos grannen, sett av flera vuxna. Tog emot sig med höger hand."),
      ("Status", "Felställning distala underarmen. Distalstatus ua. Inga andra skador."),
      ("Bedömning", "Distal radiusfraktur höger. Skademekanismen stämmer med skadan, ingen oro för att barnet far illa."),
      ("Åtgärd", "Reposition i lustgas, gips. Ortopedmottagningen om 1 vecka.")])],
  must_not=[("NL202", "n1")],
  why="a witnessed trampoline fracture with an explicit 'no concern that the child is harmed'")

K("akut-vgr-sab-kan-ej-uteslutas", "vgr", "19650228-3614",
  [N("n1", "Melior", "Akutanteckning", "V_AKUT_SAS", "Sven Andersson", "läkare",
     "2024-05-30T22:15:00", None, "akutmottagning",
     [("Anamnes", "Åskknallshuvudvärk under träning på gym i kväll, värsta huvudvärken någonsin. Kräkts en gång."),
      ("Status", "GCS 15, lätt nackstyvhet. Fokalneurologi saknas."),
      ("Bedömning", "SAB kan ej uteslutas trots normal DT, som gjordes mer än 6 timmar efter debut."),
      ("Planering", "LP i natt med spektrofotometri. Fasta. Kontakt med neurokirurg vid positivt svar.")])],
  must=[("NL102", "n1")],
  why="unsigned draft: 'SAB kan ej uteslutas' is an uncertain diagnosis in a visible section")

K("akut-vgr-huvudvark-inga-tecken-pa-meningit", "vgr", "20010710-2444",
  [N("n1", "Melior", "Akutanteckning", "V_AKUT_MOLNDAL", "Ida Hermansson", "läkare",
     "2024-06-01T11:30:00", "2024-06-01T12:40:00", "akutmottagning",
     [("Anamnes", "22-årig kvinna med huvudvärk och feber i två dagar, orolig efter att en kurskamrat fått hjärnhinneinflammation."),
      ("Status", "Temp 38,2. Ingen nackstyvhet, inga petekier. Halsen röd, förstorade tonsiller."),
      ("Bedömning", "Inga tecken på meningit. Tonsillit, Centor 3."),
      ("Åtgärd", "Strep A positiv, PcV i 10 dagar. Muntlig information om vilka symtom som ska föranleda ny kontakt.")])],
  must_not=[("NL102", "n1")],
  why="'Inga tecken på meningit' is a negated mention and the tonsillitis is confirmed: no NL102")

K("akut-skane-utkast-fragetecken-appendicit", "skane", "20030214-3953",
  [N("n1", "Melior", "Akutanteckning", "S_AKUT_YSTAD", "Nils Wikström", "AT-läkare",
     "2024-07-06T01:50:00", None, "akutmottagning",
     [("Anamnes", "21 år, buksmärta som startade kring naveln igår och nu sitter i höger fossa. Aptitlös."),
      ("Status", "Släppömhet hö fossa, Rovsing pos. Temp 38,0. LPK 14,2, CRP 38."),
      ("Bedömning", "?appendicit"),
      ("Planering", "Fasta, dropp. Kirurgjouren tillfrågad, bedömer på morgonen.")])],
  must=[("NL102", "n1")],
  why="unsigned draft with a bare '?appendicit' in a visible Bedömning")

K("akut-vgr-bror-ringer-om-hot", "vgr", "19800624-4191",
  [N("n1", "Melior", "Akutanteckning", "V_AKUT_NAL", "Henrik Olsson", "läkare",
     "2024-07-19T20:00:00", "2024-07-19T22:30:00", "akutmottagning",
     [("Kontaktorsak", "Sårskada vänster hand efter glaskross."),
      ("Åtgärd", "Sårrevision, 4 suturer. Stelkrampsvaccin givet."),
      ("Övrigt", "Patientens bror ringde akuten under besöket och berättade att patienten i veckan hotat att döda honom och hans familj om han vittnar i en pågående rättegång. Brodern vill inte att patienten får veta att han ringt.")])],
  must=[("NL204", "n1")],
  why="a brother's report of the patient's threats, which could harm the brother if read, in a visible VGR section")

K("akut-vgr-hot-under-tredje-person", "vgr", "19770312-2353",
  [N("n1", "Melior", "Akutanteckning", "V_AKUT_SKAS", "Malin Claesson", "läkare",
     "2024-08-03T17:30:00", "2024-08-03T18:45:00", "akutmottagning",
     [("Kontaktorsak", "Bröstsmärta efter bråk hemma."),
      ("Bedömning", "Normalt EKG och hs-TnT x 2. Ångestrelaterad bröstsmärta. Hem."),
      ("Tredje person", "Patientens vuxna dotter sökte upp personalen och berättade att fadern slagit sönder möbler och sagt att han ska 'göra slut på henne' om hon flyttar. Hon ber att uppgiften inte ska visas för honom.")])],
  must_not=[("NL204", "n1"), ("NL206", "n1")],
  why="the daughter's account of threats is under VGR's filtered sökord Tredje person")

K("akut-skane-ingen-misstanke-om-stroke", "skane", "19560505-2512",
  [N("n1", "Melior", "Akutanteckning", "S_AKUT_HBG", "Fatima Osman", "läkare",
     "2024-08-14T09:20:00", "2024-08-14T11:00:00", "akutmottagning",
     [("Anamnes", "68-årig man med yrsel när han reste sig ur sängen, varade några sekunder. Inga talsvårigheter eller svaghet."),
      ("Status", "NIHSS 0. Ortostatiskt blodtrycksfall 30 mmHg systoliskt. Nystagmus saknas."),
      ("Bedömning", "Ingen misstanke om stroke eller TIA. Ortostatisk yrsel efter nyinsatt amlodipin."),
      ("Åtgärd", "Amlodipin sätts ut, vårdcentralen följer blodtrycket.")])],
  must_not=[("NL102", "n1")],
  why="'Ingen misstanke om stroke eller TIA': a negated suspicion, no NL102")

K("akut-vgr-slagen-vid-busshallplats", "vgr", "19720918-1374",
  [N("n1", "Melior", "Akutanteckning", "V_AKUT_SU", "Reza Ahmadi", "läkare",
     "2024-09-07T23:55:00", "2024-09-08T01:20:00", "akutmottagning",
     [("Anamnes", "52-årig man som blev slagen och rånad på mobiltelefonen av två okända ungdomar vid en busshållplats. Polisanmälan gjord."),
      ("Status", "Ytlig skrapskada på kinden, ömhet över nedre revben vänster. Lungor ua."),
      ("Åtgärd", "Lungröntgen utan pneumothorax eller fraktur. Alvedon och Ipren. Intyg till polisen skrivs på begäran.")])],
  must_not=[("NL201", "n1")],
  why="a robbery by unknown youths is violence, but not in a close relationship")

K("akut-vgr-berusad-mamma-orosanmalan", "vgr", "20180830-1624",
  [N("n1", "Melior", "Läkaranteckning", "V_BARNAKUT_DSBUS", "Elin Forsberg", "läkare",
     "2024-09-21T21:40:00", "2024-09-21T23:10:00", "akutmottagning",
     [("Kontaktorsak", "Skärsår på foten efter glassplitter."),
      ("Anamnes", "6-årig flicka som kom med mamma. Mamma luktade alkohol, var sluddrig och somnade i väntrummet."),
      ("Åtgärd", "Såret tvättat och tejpat. Socialjouren kontaktad, flickan hämtades av mormor. Orosanmälan gjord.")])],
  must=[("NL202", "n1")],
  why="a drunk parent and a report to social services in a child's visible VGR note that the guardian reads")

K("akut-skane-brostsmarta-lang-utan-hypotes", "skane", "19620411-2939",
  [N("n1", "Melior", "Akutanteckning", "S_AKUT_LUND", "Karl Jeppsson", "läkare",
     "2024-10-03T07:45:00", "2024-10-03T13:30:00", "akutmottagning",
     [("Kontaktorsak", "Bröstsmärta sedan klockan fyra i natt."),
      ("Anamnes", "62-årig man. Tidigare frisk bortsett från gastrit för tio år sedan och behandlad hypertoni. Vaknade med tryckande obehag mitt i bröstet, ingen utstrålning. Ingen andfåddhet, ingen svettning. Har ätit stark mat sent i går kväll och känt sura uppstötningar. Inga tidigare liknande besvär. Röker inte, dricker alkohol måttligt. Far fick hjärtinfarkt vid 74 års ålder."),
      ("Läkemedel", "Enalapril 10 mg x 1. Inga naturläkemedel."),
      ("Sociala förhållanden", "Gift, bor i villa i Staffanstorp. Arbetar som elektriker, fysiskt aktiv och cyklar till jobbet året runt. Ingen särskild stress utöver det vanliga enligt honom själv."),
      ("Status", "AT: gott, smärtfri vid ankomst. Cor: regelbunden rytm, inga blåsljud. Pulm: vesikulärt bilateralt. BT 152/88 höger och 148/86 vänster. Puls 74. SpO2 98 %. Buk: lätt epigastrisk ömhet, i övrigt mjuk. Benen utan ödem eller vadömhet."),
      ("Utredning", "EKG: sinusrytm 72, inga ST-förändringar, oförändrat mot EKG från 2021. Hs-TnT 6 och 7 ng/l med tre timmars mellanrum. Hb, elektrolyter och kreatinin normala. D-dimer under gränsvärdet. Lungröntgen ua."),
      ("Bedömning", "Akut hjärtinfarkt utesluten med två normala troponiner och normalt EKG. Ingen misstanke om aortadissektion, lika blodtryck i båda armarna och ingen ryggsmärta. Lungemboli avskriven med normal D-dimer och låg klinisk sannolikhet. Symtomen förklaras av gastroesofageal reflux efter sen måltid, och pat har haft liknande magbesvär tidigare. Pat förstår bedömningen och känner sig trygg."),
      ("Information", "Proverna och EKG har gåtts igenom med patienten och hans fru på rummet. Han vet vilka varningstecken som ska få honom att söka igen och har fått skriftlig information om sura uppstötningar."),
      ("Åtgärd", "Omeprazol 20 mg x 1 i fyra veckor. Råd om att undvika sena stora måltider och att höja huvudändan på sängen. Ev. kan arbetsprov på vårdcentralen bli aktuellt om besvären kommer tillbaka vid ansträngning, det får distriktsläkaren ta ställning till."),
      ("Planering", "Hem. Trolig uppföljning på vårdcentralen om en månad, pat bokar själv. Söker akut igen vid ny bröstsmärta som varar mer än femton minuter, andnöd eller svimning. Remiss till vårdcentralen för blodtrycksuppföljning, BT var förhöjt även vid förra besöket.")])],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="long emergency note: infarction, dissection and embolism are all ruled out, and its hedges (ev. arbetsprov, trolig uppföljning) are not diagnoses")

# ======================================================================
# Internmedicin
# ======================================================================
K("med-vgr-misstankt-myelom", "vgr", "19540707-3310",
  [N("n1", "Melior", "Läkaranteckning", "V_HEMA_SU", "Cecilia Grahn", "läkare",
     "2024-01-24T14:00:00", "2024-01-24T15:20:00", "öppenvård",
     [("Anamnes", "Remitterad från vårdcentralen för anemi och ryggvärk sedan hösten."),
      ("Utredning", "Hb 98, kreatinin 132, kalcium 2,71. Elfores: M-komponent IgG kappa 28 g/l."),
      ("Bedömning", "Misstänkt myelom."),
      ("Planering", "Benmärgsprov och helkropps-DT nästa vecka. Ny tid om två veckor.")])],
  must=[("NL102", "n1")],
  why="'Misstänkt myelom' in a visible section of a VGR haematology note")

K("med-vgr-myelom-under-tidiga-hypoteser", "vgr", "19490923-1740",
  [N("n1", "Melior", "Läkaranteckning", "V_HEMA_SU", "Cecilia Grahn", "läkare",
     "2024-02-07T10:30:00", "2024-02-07T11:45:00", "öppenvård",
     [("Anamnes", "Trötthet och infektionskänslighet. Remiss från medicinmottagningen."),
      ("Planering", "Benmärgsprov bokat 14/2, återbesök med svar."),
      ("Tidiga hypoteser", "M-komponent 31 g/l och lytisk förändring i bäckenet på DT; misstänkt myelom. Ej kommunicerat med patienten innan benmärgen är bedömd.")])],
  must_not=[("NL102", "n1"), ("NL104", "n1"), ("NL101", "n1")],
  why="a suspicion of myeloma not yet told, placed under VGR's Tidiga hypoteser sökord; the visible sections only state the plan")

K("med-skane-pankreas-levermetastaser-ej-informerad", "skane", "19500130-2156",
  [N("n1", "Melior", "Daganteckning", "S_MED_MALMO", "Gunnar Ekström", "läkare",
     "2024-02-15T16:10:00", "2024-02-15T17:25:00", "slutenvård",
     [("Aktuellt", "Dag 3 på avdelningen. Inlagd via akuten för smärtfri gulsot, klåda och viktnedgång på sex kilo sedan jul. Mår i dag något bättre, äter halva portioner. Klådan lindras av kylande kräm. Har sovit dåligt och frågar flera gånger om resultatet av skiktröntgen."),
      ("Tidigare sjukdomar", "Typ 2-diabetes sedan 2012, tablettbehandlad. Hypertoni. Opererad för ljumskbråck 2005. Inga kända allergier."),
      ("Sociala förhållanden", "Änkling sedan tre år, bor ensam i radhus i Oxie. Sonen bor i Stockholm, dottern i Malmö men kontakten med henne är sporadisk. Pensionerad busschaufför, klarar sig själv och kör bil."),
      ("Status", "AT: opåverkad, ikterisk i hud och sklerae. Buk: mjuk, palpabel oöm resistens under höger arcus. Inga ascitestecken. Cor och pulm ua. Vikt 64 kg."),
      ("Lab", "Bilirubin 186, ALP 14, ALAT 3,2, CA 19-9 2400. Hb 121, CRP 18. PK-INR 1,1."),
      ("Utredning", "DT thorax-buk från igår är eftergranskad på röntgenronden i dag: tumör i pankreashuvudet 4 cm med inväxt i vena mesenterica superior och multipla levermetastaser, den största 3 cm i segment 7. Lungorna utan metastaser. Gallvägarna vidgade ovanför tumören."),
      ("Bedömning", "Pankreascancer med levermetastaser, ej operabel. Pat är ännu inte informerad om DT-fyndet. Han har uttryckligen bett att sonen ska vara med vid alla viktiga samtal, och sonen kommer från Stockholm i morgon förmiddag."),
      ("Planering", "Brytpunktssamtal i morgon klockan 10 med undertecknad, pat och sonen; kontaktsjuksköterska från onkologen deltar. ERCP med stent för avlastning av gallvägarna bokas till på fredag. Biopsi tas i samband med ERCP. Remiss till onkologen skickas efter samtalet. Smärtlindring vid behov, oxykodon 5 mg vid behov insatt. Dietist kontaktad för energiberikad kost. Kontaktsjuksköterskan lämnar sitt direktnummer efter samtalet."),
      ("Omvårdnad", "Hudvård mot klåda. Vikt två gånger i veckan. Pat har frågat om han får gå ut på balkongen och röka, vilket går bra med sällskap. Blodsockret har legat mellan 12 och 16 mmol/l och diabetessjuksköterskan har lagt till kortverkande insulin enligt schema. Nattpersonalen noterar att han ringer ofta på klockan och vill prata. Dagtid läser han tidningen och löser korsord.")])],
  must=[("NL101", "n1")],
  why="long inpatient note: metastatic pancreatic cancer in a visible Bedömning while the patient is explicitly not yet informed")

K("med-skane-formaksflimmer-informerad", "skane", "19460604-2390",
  [N("n1", "Melior", "Läkaranteckning", "S_KARD_LUND", "Ulrika Malm", "läkare",
     "2024-03-06T09:00:00", "2024-03-06T10:00:00", "öppenvård",
     [("Aktuellt", "Hjärtklappning i perioder sedan ett halvår. Långtids-EKG med paroxysmalt förmaksflimmer, längsta episod 6 timmar."),
      ("Bedömning", "Paroxysmalt förmaksflimmer. CHA2DS2-VASc 3."),
      ("Information", "Pat informerad om diagnosen, strokerisken och varför blodförtunnande rekommenderas. Han har förstått och vill börja med apixaban.")])],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="a confirmed diagnosis that the patient has been told: neither NL102 nor NL101")

K("med-vgr-hereditet-kolorektalcancer", "vgr", "19830419-2464",
  [N("n1", "Melior", "Läkaranteckning", "V_MED_SAS", "Jenny Sjögren", "läkare",
     "2024-03-13T13:20:00", "2024-03-13T14:05:00", "öppenvård",
     [("Hereditet", "Far fick koloncancer vid 52 års ålder, farbror rektalcancer vid 60."),
      ("Aktuellt", "Önskar koloskopi p.g.a. hereditet. Inga egna tarmsymtom, normal avföring."),
      ("Åtgärd", "Remiss för koloskopi enligt riktlinjer för hereditär risk. F-Hb inte indicerat.")])],
  must_not=[("NL102", "n1")],
  why="cancer in the father and uncle is family history, not a hypothesis about the patient")

K("med-vgr-ev-dosjustering-furosemid", "vgr", "19410818-2785",
  [N("n1", "Melior", "Telefonanteckning", "V_MED_ALINGSAS", "Åsa Wennberg", "sjuksköterska",
     "2024-03-20T10:15:00", "2024-03-20T10:30:00", "öppenvård",
     [("Kontaktorsak", "Dottern ringer, mammans vikt har ökat 2 kg på en vecka."),
      ("Åtgärd", "Samråd med hjärtsviktsläkaren: ev. höjning av furosemid till 40 mg x 2 efter labsvar på fredag. Dottern ringer tillbaka med dagens vikt i morgon.")])],
  must_not=[("NL102", "n1")],
  why="'ev.' refers to a dose change, not a diagnosis")

K("med-skane-sannolkit-celiaki-typo", "skane", "19970225-3627",
  [N("n1", "Melior", "Läkaranteckning", "S_GASTRO_LUND", "Hampus Roos", "läkare",
     "2024-04-02T08:30:00", "2024-04-02T09:20:00", "öppenvård",
     [("Aktuellt", "Järnbristanemi och lös avföring sedan ett år."),
      ("Utredning", "Transglutaminas-IgA > 128 (ref < 7)."),
      ("Bedömning", "Sannolkit celiaki, gastroskopi med duodenalbiopsier för att bekräfta."),
      ("Planering", "Fortsätt glutenhaltig kost till gastroskopin 18/4.")])],
  must=[("NL102", "n1")],
  why="typo 'Sannolkit' still hedges celiac disease in a visible Skåne Melior note")

K("med-vgr-diabetes-utesluten-ogtt", "vgr", "19690605-4249",
  [N("n1", "Melior", "Läkaranteckning", "V_ENDO_SU", "Tobias Rask", "läkare",
     "2024-04-10T11:00:00", "2024-04-10T11:40:00", "öppenvård",
     [("Utredning", "Glukosbelastning: fasteglukos 5,8 och 2-timmarsvärde 7,1."),
      ("Bedömning", "Diabetes utesluten. Prediabetes med nedsatt glukostolerans."),
      ("Åtgärd", "Livsstilsråd, kontroll av HbA1c om ett år via vårdcentralen.")])],
  must_not=[("NL102", "n1")],
  why="'Diabetes utesluten' negates the diagnosis; the prediabetes is settled")

K("med-skane-ssk-trolig-hemgang", "skane", "19390913-0621",
  [N("n1", "Melior", "Omvårdnadsanteckning", "S_MED_KRSTD", "Josefin Larsson", "sjuksköterska",
     "2024-04-18T20:30:00", "2024-04-18T21:00:00", "slutenvård",
     [("Omvårdnad", "Pigg och mobiliserad med rullator i korridoren. Äter bra, urinerar spontant."),
      ("Planering", "Trolig hemgång i morgon förmiddag om CRP fortsätter sjunka. Anhöriga vet om planen.")])],
  must_not=[("NL102", "n1")],
  why="'Trolig hemgång' is about discharge, not about a diagnosis")

K("med-vgr-tidiga-hypoteser-kostonskemal", "vgr", "19611121-1469",
  [N("n1", "Melior", "Omvårdnadsanteckning", "V_MED_KUNGALV", "Ebba Strand", "sjuksköterska",
     "2024-05-08T15:40:00", "2024-05-08T15:50:00", "slutenvård",
     [("Omvårdnad", "Vitalparametrar stabila, NEWS 1."),
      ("Tidiga hypoteser", "Pat önskar vegetarisk kost och vill inte ha besök av sin svåger.")])],
  must=[("NL104", "n1")],
  why="VGR Tidiga hypoteser sökord used for a diet wish and a visitor preference, no diagnostic hypothesis")

K("med-skane-tidiga-hypoteser-sarkoidos-meddelad", "skane", "19760512-3186",
  [N("n1", "Melior", "Tidiga hypoteser", "S_MED_MALMO", "Sanna Lindberg", "läkare",
     "2024-05-16T13:00:00", "2024-05-16T13:20:00", "öppenvård",
     [("Anteckning", "Biopsi från mediastinala lymfkörtlar visar icke-nekrotiserande granulom; sarkoidos bekräftad. Diagnosen meddelad patienten vid besöket i dag.")])],
  must=[("NL104", "n1")],
  why="a settled diagnosis already told to the patient is still kept in the Tidiga hypoteser template")

K("med-vgr-vaskulit-kan-inte-uteslutas", "vgr", "19580309-2252",
  [N("n1", "Melior", "Läkaranteckning", "V_NJUR_SU", "Petter Holmgren", "läkare",
     "2024-05-22T10:00:00", "2024-05-22T11:10:00", "öppenvård",
     [("Utredning", "Kreatinin stigit från 95 till 210 på sex veckor. U-sticka blod 3+, protein 2+. ANCA-svar väntas."),
      ("Bedömning", "ANCA-associerad vaskulit kan inte uteslutas."),
      ("Planering", "Njurbiopsi på fredag, inläggning vid ytterligare kreatininstegring.")])],
  must=[("NL102", "n1")],
  why="'kan inte uteslutas' hedges vasculitis in a visible VGR Bedömning")

K("med-skane-hepatit-c-vill-ej-beratta-for-sambon", "skane", "19850907-4970",
  [N("n1", "Melior", "Läkaranteckning", "S_INF_MALMO", "Ola Borg", "läkare",
     "2024-06-04T14:00:00", "2024-06-04T14:50:00", "öppenvård",
     [("Bedömning", "Kronisk hepatit C genotyp 1a, HCV-RNA 2,1 miljoner IE/ml. Elastografi 6,2 kPa, ingen cirros."),
      ("Information", "Pat informerad om diagnosen, smittvägar och behandling. Han har ännu inte berättat för sambon och vill göra det själv; smittspårning enligt smittskyddslagen genomgången med honom.")])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="the patient knows his diagnosis; only his partner is not yet told")

K("med-vgr-dotter-beskriver-forvirring", "vgr", "19360414-1022",
  [N("n1", "Melior", "Inskrivningsanteckning", "V_MED_ALINGSAS", "Karin Åberg", "läkare",
     "2024-06-12T18:30:00", "2024-06-12T20:00:00", "slutenvård",
     [("Anamnes", "Heteroanamnes från dottern: mamman har varit förvirrad sedan i söndags, äter och dricker dåligt och har ramlat i badrummet en gång."),
      ("Status", "Desorienterad till tid. Torra slemhinnor. U-sticka: nitrit pos, LPK 3+."),
      ("Bedömning", "Urinvägsinfektion med dehydrering och akut konfusion."),
      ("Åtgärd", "Dropp, cefotaxim iv. Dottern informerad per telefon.")])],
  must_not=[("NL204", "n1")],
  why="a daughter's history about confusion and a fall is harmless third-party information")

K("med-skane-misstankt-endokardit", "skane", "19730127-4796",
  [N("n1", "Melior", "Inskrivningsanteckning", "S_INF_MALMO", "Ola Borg", "läkare",
     "2024-06-25T22:00:00", "2024-06-26T00:15:00", "slutenvård",
     [("Anamnes", "Feber i två veckor, nattsvettningar. Injicerar heroin sedan flera år."),
      ("Status", "Temp 39,1. Nytt systoliskt blåsljud över trikuspidalisområdet. Splinterblödningar under två naglar."),
      ("Bedömning", "Misstänkt högersidig endokardit."),
      ("Åtgärd", "Tre par blododlingar tagna. Kloxacillin 2 g x 6. Transesofageal eko i morgon.")])],
  must=[("NL102", "n1")],
  why="'Misstänkt' endocarditis in the Bedömning of a visible infectious-disease admission note")

# ======================================================================
# Kirurgi och ortopedi
# ======================================================================
K("kir-skane-pad-sigmoideum-ej-besked", "skane", "19570822-1535",
  [N("n1", "Melior", "Läkaranteckning", "S_KIR_MALMO", "Viktor Persson", "läkare",
     "2024-01-30T15:00:00", "2024-01-30T15:30:00", "öppenvård",
     [("Provsvar", "PAD från koloskopin 22/1: måttligt differentierat adenokarcinom i colon sigmoideum."),
      ("Bedömning", "Patienten har ännu inte fått beskedet. Ansvarig kirurg ger det vid återbesöket på måndag tillsammans med kontaktsjuksköterskan."),
      ("Planering", "DT thorax-buk beställd. Anmäls till MDK 8/2.")])],
  must=[("NL101", "n1")],
  why="a cancer found in PAD is written in a visible note that says the patient has not yet been told")

K("kir-skane-pad-adenom-informerad-per-telefon", "skane", "19640115-2969",
  [N("n1", "Melior", "Telefonanteckning", "S_KIR_MALMO", "Lina Håkansson", "sjuksköterska",
     "2024-02-12T13:30:00", "2024-02-12T13:45:00", "öppenvård",
     [("Provsvar", "PAD från borttagen polyp: tubulärt adenom med låggradig dysplasi, radikalt exciderat."),
      ("Information", "Pat informerad per telefon om svaret och att det inte är cancer. Ny koloskopi om tre år, kallelse kommer.")])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="a benign PAD result told to the patient on the phone: informed and settled")

K("kir-vgr-opberattelse-flegmonos-appendicit", "vgr", "19940401-3170",
  [N("n1", "Melior", "Operationsberättelse", "V_KIR_OSTRA", "Daniel Nord", "läkare",
     "2024-02-26T02:10:00", "2024-02-26T03:00:00", "slutenvård",
     [("Operation", "Laparoskopisk appendektomi. Tre portar. Flegmonös appendix utan perforation, lite serös vätska i lilla bäckenet som sugs bort. Basen staplas."),
      ("Diagnos", "Akut flegmonös appendicit."),
      ("Postoperativt", "Ingen antibiotika postoperativt. Hem när smärtlindrad och äter.")])],
  must_not=[("NL102", "n1")],
  why="the diagnosis is seen at surgery and stated without any hedge")

K("kir-vgr-misstant-ileus-typo", "vgr", "19470508-1810",
  [N("n1", "Melior", "Akutanteckning", "V_KIR_KUNGALV", "Maria Lundh", "läkare",
     "2024-03-15T04:20:00", None, "slutenvård",
     [("Anamnes", "Kräkningar och uppblåst buk sedan igår, ingen gasavgång. Opererad för perforerat ulcus 1998."),
      ("Status", "Spänd buk, tympanistisk perkussionston, livliga metalliska tarmljud."),
      ("Bedömning", "Misstänt tunntarmsileus på adherenser."),
      ("Åtgärd", "V-sond, dropp, DT buk med kontrast.")])],
  must=[("NL102", "n1")],
  why="unsigned draft, typo 'Misstänt' for misstänkt: a hedged ileus diagnosis in a visible section")

K("kir-skane-trolig-hemgang-ljumskbrack", "skane", "19581111-3926",
  [N("n1", "Melior", "Omvårdnadsanteckning", "S_DAGKIR_TRBG", "Sofie Engström", "sjuksköterska",
     "2024-03-21T13:10:00", "2024-03-21T13:25:00", "dagkirurgi",
     [("Omvårdnad", "Opererad för ljumskbråck höger med TEP i förmiddags. Vaken, smärta VAS 2, har kissat."),
      ("Planering", "Trolig hemgång vid 15-tiden när frun kommer. Instruerad om sårvård och lyftbegränsning.")])],
  must_not=[("NL102", "n1")],
  why="the only hedge is about going home after a confirmed hernia operation")

K("kir-vgr-dd-kolecystit-gallstensanfall", "vgr", "19800202-5842",
  [N("n1", "Melior", "Akutanteckning", "V_KIR_NAL", "Sara Wik", "läkare",
     "2024-04-04T19:00:00", "2024-04-04T20:10:00", "akutmottagning",
     [("Anamnes", "Smärta under höger arcus efter fet middag, duration sex timmar. Känd gallsten."),
      ("Status", "Murphys tecken positivt. Temp 37,8. LPK 11,6, CRP 45."),
      ("Bedömning", "DD akut kolecystit / okomplicerat gallstensanfall."),
      ("Åtgärd", "Ultraljud lever-gallvägar i morgon bitti. Inläggs för smärtlindring.")])],
  must=[("NL102", "n1")],
  why="a differential diagnosis (DD) written in the visible Bedömning")

K("kir-vgr-enkelblind-lottning-synlig", "vgr", "19710616-4333",
  [N("n1", "Melior", "Läkaranteckning", "V_KIR_SKAS", "Johan Sund", "läkare",
     "2024-04-25T08:15:00", "2024-04-25T09:00:00", "slutenvård",
     [("Aktuellt", "Inför laparoskopisk kolecystektomi i dag."),
      ("Åtgärd", "Inkluderad i den enkelblinda studien om sårinfiltration. Pat randomiserad till aktiv grupp och får ropivakain i porthålen; pat ska inte känna till gruppen.")])],
  must=[("NL205", "n1")],
  why="the allocation in a single-blind trial is written in a visible VGR section the patient can read")

K("kir-vgr-enkelblind-lottning-under-sokord", "vgr", "19660309-2294",
  [N("n1", "Melior", "Läkaranteckning", "V_KIR_SKAS", "Johan Sund", "läkare",
     "2024-05-02T08:30:00", "2024-05-02T09:10:00", "slutenvård",
     [("Aktuellt", "Inför laparoskopisk kolecystektomi, studiepatient."),
      ("Enkelblind prövning", "Randomiserad till placebogruppen: natriumklorid i porthålen. Studiekod 047.")])],
  must_not=[("NL205", "n1"), ("NL206", "n1")],
  why="single-blind allocation placed under VGR's filtered sökord Enkelblind prövning")

K("kir-skane-enkelblind-sokord-ofiltrerat", "skane", "19630718-3142",
  [N("n1", "Melior", "Läkaranteckning", "S_KIR_HBG", "Rasmus Öberg", "läkare",
     "2024-05-13T09:00:00", "2024-05-13T09:40:00", "slutenvård",
     [("Aktuellt", "Dag 1 efter högersidig hemikolektomi."),
      ("Enkelblind prövning", "Deltar i enkelblind studie om postoperativ smärtlindring; lottad till epidural utan opioidtillsats.")])],
  must=[("NL206", "n1")],
  why="Skåne does not filter the sökord Enkelblind prövning, so the allocation is visible")

K("kir-vgr-ingen-hallpunkt-for-malignitet", "vgr", "19520510-3632",
  [N("n1", "Melior", "Läkaranteckning", "V_KIR_OSTRA", "Annika Lorentzon", "läkare",
     "2024-05-29T14:00:00", "2024-05-29T14:30:00", "öppenvård",
     [("Utredning", "DT buk och koloskopi för järnbristanemi: divertiklar i sigmoideum, ingen hållpunkt för malignitet."),
      ("Bedömning", "Divertikulos. Järnbristen behandlas med peroralt järn och Hb kontrolleras på vårdcentralen om två månader.")])],
  must_not=[("NL102", "n1")],
  why="'ingen hållpunkt för malignitet' is negated; divertikulos is settled")

K("kir-vgr-tidiga-hypoteser-kopia-opberattelse", "vgr", "19881203-2467",
  [N("n1", "Melior", "Administrativ anteckning", "V_KIR_NAL", "Helena Brink", "medicinsk sekreterare",
     "2024-06-10T11:00:00", "2024-06-10T11:05:00", "öppenvård",
     [("Tidiga hypoteser", "Pat har ringt och vill ha kopia av operationsberättelsen skickad hem. Skickas i dag.")])],
  must=[("NL104", "n1")],
  why="a copy request written under VGR's Tidiga hypoteser sökord: no hypothesis at all")

K("kir-skane-misstankt-scaphoideumfraktur", "skane", "19990412-1341",
  [N("n1", "Melior", "Läkaranteckning", "S_ORTO_LUND", "Felix Nyberg", "läkare",
     "2024-06-18T10:20:00", "2024-06-18T10:50:00", "öppenvård",
     [("Anamnes", "Föll på utsträckt hand vid skateboardåkning för tre dagar sedan."),
      ("Status", "Ömhet i fossa tabatière, smärta vid axial kompression av tummen."),
      ("Bedömning", "Misstänkt scaphoideumfraktur, rtg utan synlig fraktur."),
      ("Åtgärd", "Scaphoideumgips. MR handled inom 10 dagar.")])],
  must=[("NL102", "n1")],
  why="a suspected scaphoid fracture with a normal X-ray, written in a visible orthopaedic note")

# ======================================================================
# Psykiatri och BUP
# ======================================================================
K("psyk-vgr-misstankt-bipolar-typ-2", "vgr", "19950604-2283",
  [N("n1", "Melior", "Läkaranteckning", "V_PSYK_SU", "Anders Hjalmarsson", "läkare",
     "2024-01-18T13:00:00", "2024-01-18T14:10:00", "öppenvård",
     [("Aktuellt", "Tre depressiva episoder sedan 19 års ålder. Beskriver perioder på några dagar med minskat sömnbehov, ökad energi och impulsiva köp."),
      ("Bedömning", "Misstänkt bipolär sjukdom typ II. Ingen aktuell suicidrisk."),
      ("Planering", "Strukturerad intervju och stämningsdagbok i 8 veckor innan ställningstagande till stämningsstabiliserare.")])],
  must=[("NL102", "n1")],
  why="a suspected bipolar disorder in a visible VGR psychiatry note")

K("psyk-vgr-tidiga-hypoteser-debuterande-psykos", "vgr", "20040527-3574",
  [N("n1", "Melior", "Läkaranteckning", "V_PSYK_NAL", "Lovisa Dahl", "läkare",
     "2024-02-08T10:00:00", "2024-02-08T11:15:00", "öppenvård",
     [("Aktuellt", "Har dragit sig undan från vänner och slutat gå till sitt arbete. Sover oregelbundet."),
      ("Planering", "Träffar psykolog för bedömning, läkarbesök om tre veckor."),
      ("Tidiga hypoteser", "Möjlig debuterande schizofreni: tankestörning, misstänkta hörselhallucinationer och negativa symtom. Ej framfört till patienten, bedöms för osäkert och skulle öka hans misstro mot vården.")])],
  must_not=[("NL102", "n1"), ("NL104", "n1"), ("NL101", "n1")],
  why="an early psychosis hypothesis not told to the patient, correctly placed under the Tidiga hypoteser sökord in VGR")

K("psyk-skane-eips-beskedet-vantar", "skane", "19980913-4068",
  [N("n1", "Melior", "Läkaranteckning", "S_PSYK_LUND", "Malin Öhrn", "läkare",
     "2024-02-20T15:00:00", None, "öppenvård",
     [("Bedömning", "Utredningen visar emotionellt instabil personlighetsstörning av borderlinetyp. Patienten ska inte informeras om diagnosen förrän vid nästa samtal med sin behandlare, som hon har förtroende för."),
      ("Planering", "Återgivning 5/3 med behandlaren. Därefter DBT-grupp.")])],
  must=[("NL101", "n1")],
  why="unsigned draft: the diagnosis is in a visible section while the note says she must not be told yet")

K("psyk-skane-modern-har-bipolar-sjukdom", "skane", "20010101-2243",
  [N("n1", "Melior", "Läkaranteckning", "S_PSYK_LUND", "Hamid Rostami", "läkare",
     "2024-03-05T09:30:00", "2024-03-05T10:30:00", "öppenvård",
     [("Hereditet", "Modern har bipolär sjukdom typ I, morbror begick suicid."),
      ("Aktuellt", "Oro och sömnsvårigheter inför tentor. Ingen nedstämdhet, inga maniska perioder."),
      ("Bedömning", "Generaliserat ångestsyndrom. Ökad ärftlig risk för affektiv sjukdom, pat informerad om tidiga tecken."),
      ("Åtgärd", "KBT-remiss, sertralin 50 mg.")])],
  must_not=[("NL102", "n1")],
  why="bipolar disorder in the mother is family history; the patient's own diagnosis is settled")

K("psyk-vgr-inga-pykotiska-symtom-typo", "vgr", "19860419-3378",
  [N("n1", "Melior", "Akutanteckning", "V_PSYK_BORAS", "Gustav Heed", "läkare",
     "2024-03-16T23:20:00", "2024-03-17T00:30:00", "psykiatrisk akutmottagning",
     [("Anamnes", "Söker efter bråk med flickvännen, ledsen och orolig. Har inte sovit på två nätter."),
      ("Status", "Vaken, orienterad. Nedstämd, gråter under samtalet. Inga pykotiska symtom. Förnekar suicidtankar, har framtidsplaner."),
      ("Bedömning", "Krisreaktion. Låg suicidrisk."),
      ("Åtgärd", "Hem till sin bror i natt. Tid på mottagningen på måndag.")])],
  must_not=[("NL102", "n1")],
  why="typo 'pykotiska' in a negated finding: 'Inga psykotiska symtom' never fires")

K("psyk-skane-heldygn-maken-slar", "skane", "19720215-2885",
  [N("n1", "Melior", "Daganteckning", "S_PSYK_AVD_MALMO", "Sophia Wendt", "läkare",
     "2024-04-02T14:00:00", "2024-04-02T15:00:00", "psykiatrisk heldygnsvård",
     [("Aktuellt", "Dag 5. Sover bättre med mirtazapin. Vid samtal i dag berättar hon att maken slagit henne i huvudet och hotat att ta barnen ifrån henne om hon lämnar honom."),
      ("Planering", "Permission i helgen avvaktas. Kurator kontaktas.")])],
  must=[("NL201", "n1")],
  why="a husband's violence told during psychiatric inpatient care and written in an ordinary visible day note")

K("psyk-vgr-mamma-ringer-om-kniv", "vgr", "19970808-4752",
  [N("n1", "Melior", "Telefonanteckning", "V_PSYK_NAL", "Lovisa Dahl", "läkare",
     "2024-04-15T11:20:00", "2024-04-15T11:45:00", "öppenvård",
     [("Kontaktorsak", "Patientens mor ringer."),
      ("Aktuellt", "Modern uppger att sonen i helgen hotat fadern med kniv och sagt att han ska skada honom. Hon är rädd för sonen och ber att han inte får veta att hon ringt."),
      ("Åtgärd", "Tidigarelagt besök på onsdag. Modern uppmanad att ringa 112 vid akut hot.")])],
  must=[("NL204", "n1")],
  why="a mother's report of the patient's threats with a knife, harmful to her if read, in a visible VGR note")

K("psyk-vgr-mamma-ringer-under-tredje-person", "vgr", "19990222-3115",
  [N("n1", "Melior", "Telefonanteckning", "V_PSYK_BORAS", "Gustav Heed", "läkare",
     "2024-04-24T09:10:00", "2024-04-24T09:30:00", "öppenvård",
     [("Kontaktorsak", "Anhörig ringer angående patienten."),
      ("Tredje person", "Modern berättar att sonen har slagit sin yngre syster och hotat att bränna ner huset. Hon vill inte att det framgår för sonen att uppgiften kommer från henne."),
      ("Åtgärd", "Besök tidigareläggs, patienten kallas på fredag.")])],
  must_not=[("NL204", "n1"), ("NL206", "n1")],
  why="the mother's information about threats is under VGR's Tredje person sökord; visible sections stay neutral")

K("psyk-skane-tredje-person-sokord-ofiltrerat", "skane", "19831002-2598",
  [N("n1", "Melior", "Läkaranteckning", "S_PSYK_LUND", "Hamid Rostami", "läkare",
     "2024-05-06T14:30:00", "2024-05-06T15:10:00", "öppenvård",
     [("Aktuellt", "Stabil på litium, nivå 0,7."),
      ("Tredje person", "Hustrun har vid telefonsamtal berättat att patienten hotat hennes bror under en fest och att hon är rädd för hur han reagerar om han får veta att hon berättat.")])],
  must=[("NL206", "n1")],
  why="Skåne does not filter the sökord Tredje person, so the wife's information is visible")

K("psyk-vgr-psykolog-adhd-trolig", "vgr", "19931117-1483",
  [N("n1", "Melior", "Psykologanteckning", "V_PSYK_SU", "Maja Forslund", "psykolog",
     "2024-05-14T13:00:00", "2024-05-14T14:30:00", "öppenvård",
     [("Testning", "ASRS 5 av 6 i del A. QbTest med förhöjd aktivitet och impulsivitet. Skolbetyg visar svårigheter redan i lågstadiet."),
      ("Bedömning", "ADHD, kombinerad form, är trolig enligt skattningar och anamnes. Heteroanamnes från modern återstår."),
      ("Planering", "Intervju med modern 28/5, därefter diagnostisk konferens.")])],
  must=[("NL102", "n1")],
  why="a psychologist's 'trolig' ADHD in a visible VGR psychiatry note")

K("psyk-skane-adhd-faststalld-aterkopplad", "skane", "20020603-4340",
  [N("n1", "Melior", "Psykologanteckning", "S_NPM_MALMO", "Ellinor Kvist", "psykolog",
     "2024-06-03T10:00:00", "2024-06-03T11:10:00", "öppenvård",
     [("Återgivning", "Utredningen återkopplad till patienten och hans pappa. ADHD, kombinerad form, fastställd. Patienten ställde frågor om läkemedel och studier."),
      ("Planering", "Läkarbesök för ställningstagande till centralstimulantia. Psykoedukativ grupp i höst.")])],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="a diagnosis settled and given back to the patient: nothing hedged, nothing withheld")

K("psyk-vgr-hustrun-berattar-om-somnen", "vgr", "19630823-2799",
  [N("n1", "Melior", "Läkaranteckning", "V_PSYK_SU", "Anders Hjalmarsson", "läkare",
     "2024-06-19T09:00:00", "2024-06-19T09:50:00", "öppenvård",
     [("Anamnes", "Hustrun med på besöket. Hon berättar att han sover fyra timmar per natt, ältar och har slutat träffa vänner."),
      ("Bedömning", "Recidiverande depression, nu medelsvår episod."),
      ("Åtgärd", "Höjning av escitalopram till 20 mg. Återbesök om fyra veckor.")])],
  must_not=[("NL204", "n1")],
  why="a wife's account of sleep and withdrawal is harmless information from another person")

K("psyk-skane-orosanmalan-for-patientens-barn", "skane", "19900314-3287",
  [N("n1", "Melior", "Läkaranteckning", "S_PSYK_LUND", "Malin Öhrn", "läkare",
     "2024-07-09T13:30:00", "2024-07-09T14:30:00", "öppenvård",
     [("Aktuellt", "Återfall i amfetaminbruk sedan en månad. Ensam vårdnadshavare för en son på 5 år."),
      ("Bedömning", "Sonen riskerar att fara illa när mamman är påverkad och ingen annan vuxen finns i hemmet."),
      ("Åtgärd", "Orosanmälan till socialtjänsten i Lund gjord i dag, pat informerad. Remiss till beroendepsykiatrin.")])],
  must=[("NL202", "n1")],
  why="concern for a patient's child and a report to social services in the parent's visible psychiatry note")

K("psyk-vgr-epikris-lang-utan-hypotes", "vgr", "19660127-1932",
  [N("n1", "Melior", "Epikris", "V_PSYK_AVD_SKAS", "Ingela Backman", "läkare",
     "2024-07-25T10:00:00", "2024-07-25T14:40:00", "psykiatrisk heldygnsvård",
     [("Orsak till vård", "58-årig man inlagd frivilligt 2/7 via psykiatrisk akutmottagning med svår nedstämdhet, sömnlöshet och dödstankar efter att han förlorat sitt arbete i april."),
      ("Tidigare", "Depressiv episod 2009 som behandlades framgångsrikt med sertralin och samtal. Opererad för diskbråck 2015. Ingen tidigare slutenvård inom psykiatrin."),
      ("Sociala förhållanden", "Gift, två vuxna barn. Bor i villa i Tidaholm. Ingen våldsproblematik i hemmet enligt patient och hustru. Alkohol: ett par glas vin i veckan, AUDIT 4."),
      ("Status vid inskrivning", "Välvårdad, dålig ögonkontakt, talar lågt och långsamt. Stämningsläget kraftigt sänkt, affekten stel. Dödstankar utan konkreta planer, inga tidigare suicidförsök. Fullt orienterad. Inga perceptionsstörningar eller vanföreställningar."),
      ("Vårdförlopp", "Vid inskrivningen svårt nedstämd, MADRS 34, psykomotoriskt hämmad. Inga psykotiska symtom under vårdtiden. Sertralin återinsattes och höjdes till 150 mg, mirtazapin 15 mg till natten. Successiv förbättring från vecka två. Samtal med avdelningens psykolog och kurator om arbetslösheten och ekonomin. Två permissioner hem utföll väl. Hustrun deltog i ett anhörigsamtal. Sömnen normaliserades under tredje veckan. Han har deltagit i avdelningens promenadgrupp och i en samtalsgrupp om stresshantering. Blodprover inklusive sköldkörtelprover och B12 var normala vid inskrivningen, EKG utan anmärkning."),
      ("Diagnos", "Recidiverande depression, svår episod utan psykotiska symtom."),
      ("Status vid utskrivning", "Ljusare till sinnes, sover sex timmar per natt, MADRS 14. Tar avstånd från suicidtankar och har konkreta planer för hösten. Suicidrisken bedöms som låg."),
      ("Läkemedel vid utskrivning", "Sertralin 150 mg 1 x 1, mirtazapin 15 mg 1 till natten. Inga vid behovs-läkemedel."),
      ("Planering", "Återbesök hos mottagningsläkare om två veckor och hos kontaktperson inom en vecka. Ev. ECT om han försämras trots läkemedel; diskuterat med honom som information inför framtiden. Sjukskriven 100 % till 31/8, därefter ställningstagande till arbetsträning via Arbetsförmedlingen. Epikrisen skickas till vårdcentralen i Tidaholm. Hustrun har fått avdelningens telefonnummer och vet att hon kan ringa dygnet runt om hon blir orolig.")])],
  must_not=[("NL102", "n1"), ("NL201", "n1")],
  why="long epicrisis: confirmed diagnosis, negated psychosis and violence, and the only 'ev.' concerns ECT")

K("bup-skane-pappa-slar-tioaring", "skane", "20140407-0854",
  [N("n1", "Melior", "Psykologanteckning", "S_BUP_HBG", "Annie Lövgren", "psykolog",
     "2024-08-12T14:00:00", "2024-08-12T15:00:00", "öppenvård",
     [("Samtal", "10-årig pojke, enskilt samtal. Berättar att pappa slår honom med handflatan och drar honom i håret när han inte gör läxorna. Visar ett gulnat blåmärke på armen."),
      ("Åtgärd", "Orosanmälan till socialtjänsten i Helsingborg skickas i dag. Verksamhetschef informerad.")])],
  must=[("NL202", "n1")],
  why="a child's account of being hit by his father in an ordinary BUP note that the guardians can read")

K("bup-skane-pappa-slar-i-ratt-mall", "skane", "20150921-1072",
  [N("n1", "Melior", "Oro för att barn far illa", "S_BUP_LUND", "Annie Lövgren", "psykolog",
     "2024-08-26T10:00:00", "2024-08-26T10:45:00", "öppenvård",
     [("Samtal", "8-årig pojke berättar att pappa sparkat honom när han spillt mjölk. Mamma ska ha sett det."),
      ("Åtgärd", "Orosanmälan skickad. Samråd med verksamhetschef om blockering av vårdnadshavares åtkomst.")])],
  must_not=[("NL202", "n1"), ("NL206", "n1")],
  why="child abuse and the report to social services, written in the Skåne template Oro för att barn far illa")

K("bup-skane-sjuttonaring-trol-depression", "skane", "20070110-1248",
  [N("n1", "Melior", "Läkaranteckning", "S_BUP_HBG", "Tomas Eliasson", "läkare",
     "2024-09-04T11:00:00", "2024-09-04T11:50:00", "öppenvård",
     [("Aktuellt", "17-årig flicka, nedstämd och isolerad sedan i våras. Skolfrånvaro 40 %."),
      ("Bedömning", "Trol. depressiv episod, medelsvår. Suicidrisk bedömd som låg."),
      ("Planering", "Depressionsskattning och KBT-bedömning. Skolkurator kontaktas med hennes samtycke.")])],
  must=[("NL102", "n1")],
  why="a 17-year-old reads her own BUP note: 'Trol.' depressive episode in a visible section")

K("bup-skane-autism-kan-inte-uteslutas-elvaaring", "skane", "20130125-0625",
  [N("n1", "Melior", "Läkaranteckning", "S_BUP_LUND", "Tomas Eliasson", "läkare",
     "2024-09-18T13:00:00", "2024-09-18T13:40:00", "öppenvård",
     [("Aktuellt", "11-årig flicka med svårigheter i kamratrelationer och starkt behov av rutiner. Vårdnadshavare med på besöket."),
      ("Bedömning", "Autismspektrumtillstånd kan inte uteslutas. Neuropsykiatrisk utredning behövs."),
      ("Planering", "Remiss till utredningsteamet, väntetid cirka fyra månader.")])],
  must=[("NL102", "n1")],
  why="'kan inte uteslutas' hedges autism in a visible BUP note the guardians read")

# ======================================================================
# Barn- och ungdomsmedicin, neonatologi, BVC
# ======================================================================
K("barn-vgr-misstankt-jia-fyraaring", "vgr", "20191114-2808",
  [N("n1", "Melior", "Läkaranteckning", "V_BARN_DSBUS", "Karolina Sjölund", "läkare",
     "2024-01-22T09:30:00", "2024-01-22T10:30:00", "öppenvård",
     [("Aktuellt", "4-årig flicka som haltat på morgnarna i sex veckor. Mamma och pappa med."),
      ("Status", "Svullet, varmt vänster knä med nedsatt extension. Övriga leder ua. Ögon ua."),
      ("Bedömning", "Misstänkt juvenil idiopatisk artrit, oligoartikulär form."),
      ("Planering", "Ultraljud knä, blodprover och ögonundersökning. Reumatologteamet tar över.")])],
  must=[("NL102", "n1")],
  why="a suspected JIA in a child's visible VGR note that the guardians read")

K("barn-vgr-orosanmalan-i-atgard-synlig", "vgr", "20161105-3438",
  [N("n1", "Melior", "Läkaranteckning", "V_BARN_SAS", "Martin Borg", "läkare",
     "2024-02-02T14:00:00", None, "öppenvård",
     [("Aktuellt", "7-årig pojke på uppföljning för astma. Har enligt skolan kommit hungrig och i smutsiga kläder i flera månader och berättar för skolsköterskan att han ofta är ensam hemma över natten."),
      ("Åtgärd", "Orosanmälan till socialtjänsten i Borås skickad. Astmamedicineringen oförändrad.")])],
  must=[("NL202", "n1")],
  why="unsigned draft: neglect and a report to social services written in a visible VGR section")

K("barn-vgr-orosanmalan-under-sokord", "vgr", "20190718-1463",
  [N("n1", "Melior", "Läkaranteckning", "V_BARN_NAL", "Ylva Nordin", "läkare",
     "2024-02-14T10:00:00", "2024-02-14T11:20:00", "öppenvård",
     [("Aktuellt", "Uppföljning av förstoppning. Bättre på Movicol, bajsar varannan dag."),
      ("Planering", "Fortsatt Movicol, återbesök om 3 månader."),
      ("Orosanmälan gällande barn", "Förskolan har rapporterat att flickan berättat att mammas pojkvän låser in henne i garderoben. Orosanmälan till socialtjänsten i Trollhättan gjord i dag.")])],
  must_not=[("NL202", "n1")],
  why="the child concern is written under VGR's filtered sökord Orosanmälan gällande barn")

K("barn-skane-foraldrarna-oroliga-for-febern", "skane", "20210910-2265",
  [N("n1", "Melior", "Läkaranteckning", "S_BARN_HBG", "Kristina Falk", "läkare",
     "2024-02-27T19:10:00", "2024-02-27T20:00:00", "akutmottagning",
     [("Aktuellt", "Feber 40 grader sedan två dygn, föräldrarna oroliga för att febern inte går ner med Alvedon."),
      ("Status", "Pigg mellan febertopparna, dricker. Röda trumhinnor bilateralt med buktning."),
      ("Bedömning", "Akut mediaotit bilateralt."),
      ("Åtgärd", "Amoxicillin mixtur i 5 dagar. Febernedsättande enligt vikt.")])],
  must_not=[("NL202", "n1")],
  why="parents worried about fever is not a concern that the child is harmed")

K("barn-vgr-ingen-uvi", "vgr", "20230611-2075",
  [N("n1", "Melior", "Läkaranteckning", "V_BARNAKUT_DSBUS", "Elin Forsberg", "läkare",
     "2024-03-08T15:20:00", "2024-03-08T16:10:00", "akutmottagning",
     [("Aktuellt", "9 månader, feber i ett dygn, snuvig."),
      ("Utredning", "Blåspunktionsurin: nitrit neg, inga leukocyter. Ingen UVI."),
      ("Bedömning", "Övre luftvägsinfektion. Hem med råd om vätska.")])],
  must_not=[("NL102", "n1")],
  why="'Ingen UVI' after a clean urine sample is a negated diagnosis")

K("barn-skane-trolig-astma-forskolebarn", "skane", "20200429-3086",
  [N("n1", "Melior", "Läkaranteckning", "S_BARN_LUND", "Jakob Lindell", "läkare",
     "2024-03-19T09:00:00", "2024-03-19T09:45:00", "öppenvård",
     [("Aktuellt", "Tredje episoden av pip i bröstet i vinter, alltid vid förkylning. Nattlig hosta."),
      ("Status", "Lätt förlängt expirium, inga biljud i dag."),
      ("Bedömning", "Trolig astma."),
      ("Åtgärd", "Flutide 125 mikrog 1 x 2 via spacer i 3 månader, Airomir vid behov. Astmasköterska visar inhalationsteknik.")])],
  must=[("NL102", "n1")],
  why="'Trolig astma' for a preschool child in a visible Skåne Melior note")

K("barn-skane-hubs-i-vanlig-melior-anteckning", "skane", "20120802-2416",
  [N("n1", "Melior", "Läkaranteckning", "S_BARN_HBG", "Kristina Falk", "läkare",
     "2024-04-11T13:00:00", "2024-04-11T14:30:00", "öppenvård",
     [("Aktuellt", "Hälsoundersökning av 11-årig pojke på begäran av socialnämnden i Ängelholm inför placering i HVB."),
      ("Anamnes", "Journalgenomgång: astma i förskoleåldern, inga aktuella läkemedel. Senaste tandvårdsbesök 2021."),
      ("Status", "Längd +1 SD, vikt -1 SD. Karies i flera tänder enligt inspektion. Hjärta och lungor ua. Psykiskt: blyg men samarbetar."),
      ("Åtgärd", "Remiss till tandvården. Utlåtande till socialtjänsten.")])],
  must=[("NL203", "n1")],
  why="a health examination at the social board's request documented in an ordinary Melior note")

K("barn-skane-hubs-i-mallen-melior", "skane", "20140203-1635",
  [N("n1", "Melior", "Hälsoundersökning på begäran av socialnämnd (HUBS)", "S_BARN_LUND", "Jakob Lindell", "läkare",
     "2024-04-30T10:00:00", "2024-04-30T11:15:00", "öppenvård",
     [("Aktuellt", "Undersökning på socialnämndens begäran, 10-årig pojke inför familjehemsplacering."),
      ("Bedömning", "Somatiskt frisk, vaccinationer kompletta. Sömnsvårigheter och mardrömmar; remiss till BUP.")])],
  must_not=[("NL203", "n1")],
  why="HUBS documented in the HUBS template in Melior, which is hidden")

K("barn-vgr-kawasaki-kan-ej-uteslutas", "vgr", "20211221-1517",
  [N("n1", "Melior", "Inskrivningsanteckning", "V_BARN_DSBUS", "Karolina Sjölund", "läkare",
     "2024-05-09T20:00:00", "2024-05-09T21:30:00", "slutenvård",
     [("Aktuellt", "2-årig pojke med feber sedan sex dagar, röda ögon utan flytning och svullna röda händer."),
      ("Status", "Irritabel. Jordgubbstunga, spruckna läppar. Körtel 2 cm på halsen vänster."),
      ("Bedömning", "Kawasakis sjukdom kan ej uteslutas, fyra av fem kriterier uppfyllda."),
      ("Åtgärd", "Ekokardiografi i morgon. Barnkardiolog konsulterad om IVIG.")])],
  must=[("NL102", "n1")],
  why="'kan ej uteslutas' hedges Kawasaki disease (eponym) in a visible VGR note")

K("barn-skane-skada-forenlig-med-fallet", "skane", "20190301-2837",
  [N("n1", "Melior", "Läkaranteckning", "S_BARNAKUT_KRSTD", "Mirja Kallio", "läkare",
     "2024-05-23T17:30:00", "2024-05-23T18:15:00", "akutmottagning",
     [("Anamnes", "5-årig pojke som cyklade omkull på grusvägen, farfar var med och såg det."),
      ("Status", "Skrubbsår på knän och handflator, svullnad över vänster klavikel."),
      ("Bedömning", "Klavikelfraktur vänster. Skadan är förenlig med beskrivet fall; ingen misstanke om att barnet far illa."),
      ("Åtgärd", "Mitella i två veckor, smärtlindring.")])],
  must_not=[("NL202", "n1")],
  why="an injury that fits a witnessed fall, with an explicit 'no suspicion the child is harmed'")

K("barn-skane-neo-utkast-misstankt-sepsis", "skane", "20240603-1621",
  [N("n1", "Melior", "Läkaranteckning", "S_NEO_MALMO", "Ahmad Nouri", "läkare",
     "2024-06-05T03:40:00", None, "slutenvård",
     [("Aktuellt", "Flicka född v. 37+2, två dygn gammal. Temperaturinstabil, ammar sämre, grunting."),
      ("Bedömning", "Misstänkt tidig neonatal sepsis. GBS-positiv mor utan intrapartal antibiotika."),
      ("Åtgärd", "Blododling, CRP, bensylpenicillin och gentamicin iv. Flyttas till neonatalavdelningen.")])],
  must=[("NL102", "n1")],
  why="unsigned draft: suspected neonatal sepsis in a newborn's visible note")

K("barn-skane-pappa-har-adhd", "skane", "20160509-2178",
  [N("n1", "Melior", "Läkaranteckning", "S_BARN_LUND", "Jakob Lindell", "läkare",
     "2024-06-14T08:30:00", "2024-06-14T09:10:00", "öppenvård",
     [("Hereditet", "Pappa har ADHD och dyslexi, farbror epilepsi."),
      ("Aktuellt", "8-årig pojke som följs för välkontrollerad diabetes typ 1. HbA1c 52."),
      ("Planering", "Oförändrad insulinbehandling, nytt besök om tre månader.")])],
  must_not=[("NL102", "n1")],
  why="ADHD and epilepsy in relatives are family history; the child's diabetes is settled")

K("bvc-pmo-fyraarskontroll-ej-hubs", "skane", "20200117-3406",
  [N("n1", "PMO", "BVC-anteckning", "P_BVC_HOOR", "Lena Persson", "BVC-sjuksköterska",
     "2024-06-27T09:00:00", "2024-06-27T09:50:00", "öppenvård",
     [("Aktuellt", "4-årsbesök enligt barnhälsovårdens program."),
      ("Status", "Syn 0,8 bilateralt, hörsel ua. Tal och språk åldersadekvat. Längd och vikt följer sina kurvor."),
      ("Bedömning", "Normal utveckling. Nästa kontakt skolhälsovården.")])],
  must_not=[("NL203", "n1")],
  why="an ordinary 4-year check in the child health programme is not a HUBS examination")

K("barn-vgr-diabetesdebut-lang", "vgr", "20150112-2814",
  [N("n1", "Melior", "Epikris", "V_BARN_NAL", "Ylva Nordin", "läkare",
     "2024-07-10T09:00:00", "2024-07-10T13:15:00", "slutenvård",
     [("Orsak till vård", "9-årig flicka inlagd 4/7 via barnakuten med två veckors törst, täta urineringar, nattlig enures och viktnedgång på tre kilo."),
      ("Tidigare", "Frisk. Vaccinerad enligt programmet. Inga allergier. Enstaka öroninflammationer som liten, inga tidigare sjukhusvistelser."),
      ("Hereditet", "Morfar har diabetes typ 2. Ingen känd typ 1-diabetes i släkten."),
      ("Sociala förhållanden", "Bor med mamma, pappa och två yngre syskon i Uddevalla. Går i årskurs 3 och spelar fotboll två gånger i veckan. Mamma arbetar som förskollärare och pappa som lastbilschaufför med oregelbundna tider."),
      ("Vårdförlopp", "Vid ankomst P-glukos 24, pH 7,36 och ketoner 1,2; ingen ketoacidos. GAD- och IA2-antikroppar positiva, C-peptid låg. Insulinbehandling startad med flerdos, Novorapid till måltid och Tresiba till kvällen. Flickan och föräldrarna har gått igenom diabetesskolan med diabetessjuksköterska och dietist under fem dagar. Båda föräldrarna har själva tagit blodsocker och gett insulin. Sensor för kontinuerlig glukosmätning är satt och kopplad till pappans telefon. Screening för celiaki och tyreoidit utan anmärkning."),
      ("Diagnos", "Diabetes mellitus typ 1, nydebuterad."),
      ("Information", "Diagnosen har förklarats för flickan på hennes nivå och för båda föräldrarna. Hon vet vad hypoglykemi är och hur hon ska säga till i skolan. Syskonen har fått komma på besök och ställa frågor. Mormor, som ofta hämtar på skolan, fick vara med vid ett av undervisningstillfällena."),
      ("Status vid utskrivning", "Pigg och glad, äter med god aptit. Blodsockret har legat mellan 5 och 11 mmol/l de senaste två dygnen utan nattliga hypoglykemier. Vikt 28,4 kg. Flickan har själv börjat räkna kolhydrater till frukosten med stöd av mamma."),
      ("Läkemedel vid utskrivning", "Novorapid enligt kolhydraträkning, kvot 1:15. Tresiba 8 E till kvällen. Dextrosol vid lågt blodsocker. Glukagon nässpray hemma och i skolan."),
      ("Planering", "Telefonkontakt med diabetessjuksköterskan dagligen första veckan. Läkarbesök om två veckor. Ev. insulinpump längre fram om familjen önskar, vi tar upp det vid tremånadersbesöket. Skolsköterskan och mentorn bjuds in till utbildning innan höstterminen startar. Intyg om vårdbidrag skrivs vid behov. Kurator erbjuds för stöd i omställningen. Fotbollstränaren får information via föräldrarna om hur lågt blodsocker ser ut och vad som ska göras.")])],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="long paediatric epicrisis: a confirmed and explained diabetes, negated ketoacidosis, and an 'ev.' that is about an insulin pump")

K("barn-skane-familjehemsplacerad-astmakontroll", "skane", "20140922-3201",
  [N("n1", "Melior", "Sjuksköterskeanteckning", "S_BARN_HBG", "Ebba Roslund", "astmasjuksköterska",
     "2024-07-22T10:00:00", "2024-07-22T10:40:00", "öppenvård",
     [("Aktuellt", "9-årig pojke, familjehemsplacerad sedan 2021, kommer med familjehemsmamman på astmakontroll."),
      ("Status", "ACT 23. PEF 260, 95 % av förväntat. Inhalationstekniken bra."),
      ("Planering", "Oförändrad medicinering, kontroll om sex månader.")])],
  must_not=[("NL203", "n1")],
  why="an asthma check of a child in foster care is not an examination at the social board's request")

# ======================================================================
# Gynekologi och obstetrik
# ======================================================================
K("gyn-vgr-misstankt-endometrois-typo", "vgr", "19950830-1828",
  [N("n1", "Melior", "Läkaranteckning", "V_GYN_OSTRA", "Rebecka Holm", "läkare",
     "2024-01-11T10:00:00", "2024-01-11T10:45:00", "öppenvård",
     [("Aktuellt", "Svår mensvärk sedan tonåren, nu även smärta vid samlag. P-piller har inte hjälpt."),
      ("Status", "Ömhet i bakre fornix, ömmande knottrighet i sakrouterinligamenten. VUL: ovarier ua."),
      ("Bedömning", "Misstänkt endometrois."),
      ("Planering", "Kontinuerlig gestagenbehandling prövas i tre månader. MR lilla bäckenet.")])],
  must=[("NL102", "n1")],
  why="typo 'endometrois' in a suspected diagnosis written in a visible VGR gynaecology note")

K("gyn-skane-pad-cervix-ej-informerad", "skane", "19810615-4043",
  [N("n1", "Melior", "Läkaranteckning", "S_GYN_MALMO", "Eva Rydberg", "läkare",
     "2024-02-06T16:00:00", "2024-02-06T16:20:00", "öppenvård",
     [("Provsvar", "PAD från konbiopsi: invasiv skivepitelcancer i cervix, djupväxt 6 mm, ej radikalt exciderad."),
      ("Bedömning", "Pat ej informerad om PAD ännu. Hon ringer normalt själv efter svaret men ska i stället kallas till läkarbesök på torsdag för personligt besked."),
      ("Planering", "MR lilla bäckenet. Anmäls till regional gyn-onkologisk MDK.")])],
  must=[("NL101", "n1")],
  why="a cervical cancer in a visible PAD section while the note says the patient is not informed")

K("gyn-vgr-gravid-knuffad-av-partnern", "vgr", "19970402-3861",
  [N("n1", "Melior", "Barnmorskeanteckning", "V_SPECMVC_NAL", "Linda Ekman", "barnmorska",
     "2024-02-22T13:00:00", None, "öppenvård",
     [("Aktuellt", "Graviditetsvecka 28+3. Kommer ensam."),
      ("Samtal", "Berättar efter rutinfrågan om våld att partnern knuffade henne i magen för en vecka sedan och att han tidigare slagit henne. Känner fosterrörelser som vanligt."),
      ("Åtgärd", "CTG normalt. Läkare informerad. Kontakt med kvinnofridsteamet förmedlad.")])],
  must=[("NL201", "n1")],
  why="unsigned draft: a partner's violence against a pregnant woman in an ordinary VGR midwife note")

K("gyn-vgr-gravid-vald-under-sokord", "vgr", "19930711-2228",
  [N("n1", "Melior", "Barnmorskeanteckning", "V_SPECMVC_NAL", "Linda Ekman", "barnmorska",
     "2024-03-07T09:30:00", "2024-03-07T10:30:00", "öppenvård",
     [("Aktuellt", "Graviditetsvecka 32+1. Blodtryck 118/74, SF-mått följer kurvan."),
      ("Våldsutsatthet i nära relationer", "Berättar att maken slagit henne med knytnäve i ryggen och tvingat henne att stanna hemma från arbetet. Vill inte att han ska veta att hon berättat."),
      ("Planering", "Extra besök om en vecka.")])],
  must_not=[("NL201", "n1")],
  why="a husband's violence against a pregnant woman, under VGR's filtered sökord")

K("gyn-skane-mvc-rutinfraga-om-vald-nej", "skane", "19960218-5085",
  [N("n1", "Melior", "Barnmorskeanteckning", "S_SPECMVC_LUND", "Maja Rosén", "barnmorska",
     "2024-03-26T14:00:00", "2024-03-26T14:40:00", "öppenvård",
     [("Aktuellt", "Inskrivning specialistmödravård p.g.a. tidigare havandeskapsförgiftning, graviditetsvecka 11."),
      ("Sociala förhållanden", "Sambo, ett barn 3 år. Tillfrågad om våld, svarar att hon aldrig utsatts för våld eller hot i nuvarande eller tidigare relationer."),
      ("Planering", "ASA 75 mg från v. 12. Blodtryckskontroller varannan vecka.")])],
  must_not=[("NL201", "n1")],
  why="a routine question about violence answered with 'never': nothing to protect")

K("gyn-vgr-ovarialcysta-inga-tecken-pa-malignitet", "vgr", "19670905-4263",
  [N("n1", "Melior", "Läkaranteckning", "V_KK_SKAS", "Ingrid Jansson", "läkare",
     "2024-04-09T11:00:00", "2024-04-09T11:30:00", "öppenvård",
     [("Utredning", "VUL: enkammarig 4 cm cysta vänster ovarium, tunn vägg, inga solida partier. CA-125 12."),
      ("Bedömning", "Enkel ovarialcysta, inga tecken på malignitet enligt IOTA-kriterier."),
      ("Planering", "Nytt ultraljud om 3 månader.")])],
  must_not=[("NL102", "n1")],
  why="'inga tecken på malignitet' is negated; the simple cyst is settled")

K("gyn-vgr-dubbelblind-studie-synlig", "vgr", "19890127-2461",
  [N("n1", "Melior", "Läkaranteckning", "V_GYN_OSTRA", "Rebecka Holm", "läkare",
     "2024-04-17T09:00:00", "2024-04-17T09:40:00", "öppenvård",
     [("Aktuellt", "Inkluderad i dubbelblind placebokontrollerad studie om läkemedel mot värmevallningar. Varken pat eller prövare vet vilken behandling hon får."),
      ("Planering", "Studiebesök vecka 4 och 12 enligt protokoll.")])],
  must_not=[("NL205", "n1")],
  why="a double-blind trial: no one knows the allocation, so there is no single-blind allocation to hide")

K("gyn-skane-trol-missed-abortion", "skane", "19910508-3241",
  [N("n1", "Melior", "Läkaranteckning", "S_KK_YSTAD", "Anna Thulin", "läkare",
     "2024-05-15T10:00:00", "2024-05-15T10:30:00", "öppenvård",
     [("Aktuellt", "Graviditetsvecka 9+2 enligt SM. Lätt blödning i två dagar."),
      ("Status", "VUL: fostersäck 22 mm med gulesäck, embryo 5 mm utan hjärtaktivitet."),
      ("Bedömning", "Trol. missed abortion."),
      ("Planering", "Nytt ultraljud om en vecka för att bekräfta. Pat har fått information om vad fynden kan innebära.")])],
  must=[("NL102", "n1")],
  why="'Trol. missed abortion' in a visible gynaecology note, awaiting a confirming scan")

K("gyn-vgr-pcos-diagnos-forklarad", "vgr", "19990413-2686",
  [N("n1", "Melior", "Läkaranteckning", "V_KK_SKAS", "Ingrid Jansson", "läkare",
     "2024-05-28T13:30:00", "2024-05-28T14:00:00", "öppenvård",
     [("Bedömning", "Polycystiskt ovariesyndrom enligt Rotterdamkriterierna: oligomenorré, hyperandrogenism och polycystiska ovarier på ultraljud."),
      ("Information", "Diagnosen förklarad, skriftlig information given. Hon vill börja med kombinerade p-piller.")])],
  must_not=[("NL102", "n1")],
  why="a settled and explained diagnosis of PCOS: nothing uncertain")

K("gyn-skane-overgrepp-i-ratt-mall", "skane", "19980929-1660",
  [N("n1", "Melior", "Våld i nära relationer", "S_GYN_MALMO", "Eva Rydberg", "läkare",
     "2024-06-13T22:00:00", "2024-06-13T23:40:00", "akutmottagning",
     [("Anamnes", "Uppger att hennes sambo tvingade henne till samlag i natt och höll för hennes mun. Har hänt tidigare."),
      ("Status", "Blåmärken på insidan av låren, slemhinneskada i introitus. Provtagning enligt rutin för sexuella övergrepp."),
      ("Åtgärd", "Akut p-piller, HIV-PEP. Kontakt med kvinnofridsmottagningen.")])],
  must_not=[("NL201", "n1"), ("NL206", "n1")],
  why="sexual violence by a partner documented in the Skåne template Våld i nära relationer")

K("forl-skane-epikris-lang-utan-hypotes", "skane", "19940721-2266",
  [N("n1", "Melior", "Förlossningsepikris", "S_FORL_HBG", "Jessica Alm", "läkare",
     "2024-07-02T11:00:00", "2024-07-02T15:20:00", "slutenvård",
     [("Anamnes", "30-årig omföderska, en tidigare normal förlossning 2021. Frisk, inga läkemedel. Graviditeten har följts på mödravårdscentralen utan anmärkning. Screening för graviditetsdiabetes negativ. Rutinfrågan om våld har ställts på MVC och här, hon har inga sådana erfarenheter."),
      ("Förlossning", "Spontan vattenavgång i v. 40+3 klockan 02 den 30/6, regelbundna värkar från klockan 06. Epiduralbedövning klockan 09. Fullt öppen klockan 13.10, krystskede 25 minuter. Spontan vaginal förlossning klockan 13.35 av en flicka, 3 640 gram, Apgar 9-10-10. Grad 2-bristning suturerad av barnmorska. Blödning totalt 650 ml."),
      ("Postpartum", "Hb 108 dagen efter förlossningen. Påbörjad amning med god teknik. Kissar spontant. Ingen misstanke om endometrit, afebril hela vårdtiden. Barnet undersökt av barnläkare, pulsoximetri och hörselscreening utan anmärkning."),
      ("Diagnos", "Normal förlossning. Perinealbristning grad 2. Lätt postpartumanemi."),
      ("Läkemedel", "Järntabletter 100 mg x 1 i tre månader. Paracetamol och ibuprofen vid behov."),
      ("Planering", "Hem i dag tillsammans med barnet och sambon. BVC-sjuksköterskan gör hembesök inom en vecka. Efterkontroll på MVC om 8-12 veckor med bäckenbottenbedömning. Ev. kontroll av Hb på MVC om hon känner sig trött. Information om preventivmedel given, hon funderar på kopparspiral.")])],
  must_not=[("NL102", "n1"), ("NL201", "n1")],
  why="long delivery epicrisis: settled diagnoses, negated endometritis and violence, and an 'ev.' that is about a blood test")

# ======================================================================
# Onkologi
# ======================================================================
K("onk-vgr-progress-ej-informerad", "vgr", "19600311-3476",
  [N("n1", "Melior", "Läkaranteckning", "V_ONK_JK", "Per-Olof Wahlström", "läkare",
     "2024-01-25T15:30:00", "2024-01-25T15:50:00", "öppenvård",
     [("Provsvar", "DT thorax-buk efter fyra cykler: progress med nya lungmetastaser bilateralt och tillväxt av levermetastasen."),
      ("Bedömning", "Progressiv sjukdom av koloncancern under första linjens behandling. Patienten är inte informerad; beskedet ges vid läkarbesöket 1/2 när hustrun kan följa med."),
      ("Planering", "Byte till andra linjens cytostatika diskuteras vid besöket.")])],
  must=[("NL101", "n1")],
  why="cancer progression in a visible note that says the patient has not yet been told")

K("onk-vgr-tidiga-hypoteser-skelettmetastas", "vgr", "19530427-2288",
  [N("n1", "Melior", "Läkaranteckning", "V_ONK_SAS", "Kerstin Lund", "läkare",
     "2024-02-13T11:00:00", "2024-02-13T11:40:00", "öppenvård",
     [("Aktuellt", "Uppföljning tre år efter bröstcanceroperation. Värk i ländryggen sedan en månad."),
      ("Planering", "Skelettskintigrafi och ALP, återbesök med svar om två veckor."),
      ("Tidiga hypoteser", "Ryggsmärta med nattlig värk och stigande ALP; misstänkt skelettmetastasering. Ej framfört till pat, utredningen presenterades som rutinkontroll av ryggen.")])],
  must_not=[("NL102", "n1"), ("NL104", "n1"), ("NL101", "n1")],
  why="the suspicion of bone metastases, not told to the patient, is kept under VGR's Tidiga hypoteser sökord")

K("onk-skane-hjarnmetastas-kan-ej-uteslutas", "skane", "19580109-1819",
  [N("n1", "Melior", "Telefonanteckning", "S_ONK_LUND", "Mats Fredriksson", "läkare",
     "2024-03-01T14:00:00", None, "öppenvård",
     [("Kontaktorsak", "Hustrun ringer, maken har haft huvudvärk och kräkts i tre dagar."),
      ("Bedömning", "Känd lungcancer. Hjärnmetastas kan ej uteslutas."),
      ("Åtgärd", "Akut DT hjärna i eftermiddag. Betapred 8 mg insatt.")])],
  must=[("NL102", "n1")],
  why="unsigned draft: 'kan ej uteslutas' hedges brain metastasis in a visible Skåne Melior note")

K("onk-skane-maken-vet-inte-annu", "skane", "19640825-3687",
  [N("n1", "Melior", "Sjuksköterskeanteckning", "S_ONK_MALMO", "Camilla Svärd", "kontaktsjuksköterska",
     "2024-03-19T10:30:00", "2024-03-19T11:00:00", "öppenvård",
     [("Samtal", "Pat informerades i går av läkaren om att bröstcancern återkommit i lymfkörtlar i armhålan. Hon har inte berättat för maken ännu och vill vänta till efter hans operation nästa vecka."),
      ("Åtgärd", "Stödsamtal. Kurator erbjuds, hon tackar ja.")])],
  must_not=[("NL101", "n1")],
  why="the patient herself has been told; only her husband is not yet informed")

K("onk-vgr-enkelblind-antiemetika-synlig", "vgr", "19680613-4042",
  [N("n1", "Melior", "Sjuksköterskeanteckning", "V_ONK_JK", "Hanna Lilja", "forskningssjuksköterska",
     "2024-04-03T08:00:00", "2024-04-03T08:30:00", "öppenvård",
     [("Åtgärd", "Enkelblind studie om illamående vid cytostatika: patienten är lottad till armen med olanzapin 5 mg, vilket patienten inte ska känna till. Första dosen given före infusionen.")])],
  must=[("NL205", "n1")],
  why="the arm of a single-blind antiemetic trial is written in a visible VGR section")

K("onk-vgr-oppen-studie-synlig", "vgr", "19550306-3157",
  [N("n1", "Melior", "Läkaranteckning", "V_ONK_SAS", "Kerstin Lund", "läkare",
     "2024-04-22T13:00:00", "2024-04-22T13:50:00", "öppenvård",
     [("Aktuellt", "Inkluderad i öppen fas II-studie med tillägg av immunterapi till standardbehandlingen. Både patient och läkare vet vilken behandling som ges."),
      ("Planering", "Första infusion 29/4. Studieprover enligt protokoll.")])],
  must_not=[("NL205", "n1")],
  why="an open-label study has no blinded allocation to hide")

K("onk-skane-dietist-ev-naringsdryck", "skane", "19490130-2267",
  [N("n1", "Melior", "Dietistanteckning", "S_ONK_LUND", "Louise Ahlberg", "dietist",
     "2024-05-07T13:00:00", "2024-05-07T13:40:00", "öppenvård",
     [("Aktuellt", "Strålbehandling mot matstrupen sedan två veckor. Har tappat 3 kg, sväljer mjuk mat."),
      ("Åtgärd", "Energitätt konsistensanpassad kost. Ev. tillägg av näringsdryck två gånger dagligen om vikten fortsätter sjunka, utvärderas vid nästa vägning.")])],
  must_not=[("NL102", "n1")],
  why="a dietitian's 'ev.' about a nutrition drink is not a diagnosis")

K("onk-vgr-syster-bar-brca1", "vgr", "19790920-2421",
  [N("n1", "Melior", "Läkaranteckning", "V_ONK_JK", "Per-Olof Wahlström", "läkare",
     "2024-05-21T09:00:00", "2024-05-21T09:45:00", "öppenvård",
     [("Hereditet", "Systern bär en BRCA1-mutation och insjuknade i bröstcancer vid 41 års ålder. Mormor hade äggstockscancer."),
      ("Aktuellt", "Önskar genetisk vägledning och testning."),
      ("Åtgärd", "Remiss till cancergenetiska mottagningen. Mammografi årligen tills vidare.")])],
  must_not=[("NL102", "n1")],
  why="BRCA1 and cancers in the sister and grandmother are family history")

K("onk-skane-pad-utan-malignitet", "skane", "19711004-1840",
  [N("n1", "Melior", "Läkaranteckning", "S_ONK_MALMO", "Anders Lönn", "läkare",
     "2024-06-06T14:00:00", "2024-06-06T14:20:00", "öppenvård",
     [("Provsvar", "PAD från den förstorade lymfkörteln på halsen: reaktiva förändringar, inga maligna celler."),
      ("Bedömning", "Ingen malignitet. Fortsatt uppföljning enligt lymfomprogrammet."),
      ("Information", "Pat meddelad per telefon.")])],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="a biopsy without malignancy, told on the phone: negated and communicated")

K("onk-vgr-kurator-barnen-vet-inte", "vgr", "19760314-3863",
  [N("n1", "Melior", "Kuratorsanteckning", "V_ONK_SAS", "Sanna Björk", "kurator",
     "2024-06-17T10:00:00", "2024-06-17T11:00:00", "öppenvård",
     [("Samtal", "Pat har fått veta att hans lungcancer har spridit sig. Han har ännu inte berättat för barnen, 8 och 12 år, och vill ha hjälp med hur han ska säga det."),
      ("Planering", "Nytt samtal tillsammans med hustrun. Broschyr om att prata med barn om cancer lämnad.")])],
  must_not=[("NL101", "n1")],
  why="the children do not know yet, but the patient does")

K("onk-skane-tidiga-hypoteser-recidiv-meddelat", "skane", "19570219-3060",
  [N("n1", "Melior", "Tidiga hypoteser", "S_ONK_LUND", "Mats Fredriksson", "läkare",
     "2024-07-03T15:00:00", "2024-07-03T15:15:00", "öppenvård",
     [("Anteckning", "PET-DT bekräftar lokalrecidiv av rektalcancer i lilla bäckenet. Meddelat patienten och hans sambo vid besöket den 3/7.")])],
  must=[("NL104", "n1")],
  why="a confirmed recurrence that the patient has been told is kept in the Tidiga hypoteser template")

K("onk-vgr-tackade-nej-till-enkelblind-studie", "vgr", "19621128-1677",
  [N("n1", "Melior", "Läkaranteckning", "V_ONK_JK", "Hanna Lilja", "forskningssjuksköterska",
     "2024-08-06T10:00:00", "2024-08-06T10:20:00", "öppenvård",
     [("Aktuellt", "Tillfrågad om deltagande i en enkelblind studie om hudvård under strålbehandling. Han har tackat nej och får vanlig behandling.")])],
  must_not=[("NL205", "n1")],
  why="the patient declined a single-blind study: there is no allocation to hide")

K("onk-skane-lang-behandlingsplan-stralpneumonit", "skane", "19520603-2830",
  [N("n1", "Melior", "Läkaranteckning", "S_ONK_LUND", "Mats Fredriksson", "läkare",
     "2024-09-10T13:00:00", "2024-09-10T16:30:00", "öppenvård",
     [("Bakgrund", "72-årig kvinna med icke-småcellig lungcancer i vänster överlob, stadium IIIA, diagnostiserad i mars. Behandlad med kombinerad cytostatika och strålbehandling, 66 Gy på 33 fraktioner, avslutad 2/7. Därefter konsoliderande immunterapi med durvalumab var fjärde vecka, hittills två doser. KOL grad 2 sedan tidigare, exrökare sedan 2010."),
      ("Läkemedel", "Durvalumab (pausas enligt nedan), Spiriva Respimat 2,5 mikrog 2 puffar x 1, Bricanyl vid behov, Alvedon vid behov. Inga antikoagulantia."),
      ("Sociala förhållanden", "Änka sedan 2019, bor ensam i lägenhet på andra våningen med hiss i Lund. Dottern bor i närheten och hjälper till med inköp. Klarade tidigare alla aktiviteter själv och promenerade dagligen med en väninna."),
      ("Aktuellt", "Sedan tre veckor tilltagande torrhosta och andfåddhet, klarar nu inte en trappa utan paus. Ingen feber. Inga frossbrytningar. Ingen hemoptys. Äter bra och vikten är stabil. Hon har själv läst om biverkningar och frågar om strålningen kan ha skadat lungan."),
      ("Status", "AT: gott, lätt dyspné vid av- och påklädning. SpO2 92 % i vila, 86 % efter gång i korridoren. Pulm: fina krepitationer vänster ovan, i övrigt försvagat andningsljud. Cor: regelbunden rytm. Inga perifera ödem."),
      ("Utredning", "DT thorax i dag: ground glass-förändringar och konsolidering som följer strålfältet i vänster överlob, ingen lungemboli, ingen tumörprogress. CRP 14, LPK 7,8, prokalcitonin normalt."),
      ("Bedömning", "Misstänkt strålpneumonit grad 2, DD immunterapiutlöst pneumonit. Infektion mindre sannolik med normalt prokalcitonin och utan feber."),
      ("Åtgärd", "Prednisolon 40 mg dagligen i två veckor, därefter nedtrappning. Durvalumab pausas. Omeprazol som magskydd. Inhalationsbehandlingen för KOL oförändrad."),
      ("Information", "Bedömningen och osäkerheten kring orsaken har diskuterats med patienten och hennes dotter. Hon vet att immunterapin kan återupptas om lungan läker. Hon är bekymrad över pausen och frågar om tumören kan växa under tiden; vi har förklarat att ett kortare uppehåll sällan påverkar förloppet."),
      ("Planering", "Telefonkontakt med kontaktsjuksköterskan om en vecka. Nytt läkarbesök med DT om fyra veckor. Söker akut vid feber, ökad andnöd eller bröstsmärta. Pulmonellt rehabiliteringsprogram på Orup om hon vill, remiss skickas när kortisonet trappats ut.")])],
  must=[("NL102", "n1")], must_not=[("NL101", "n1")],
  why="long oncology note: suspected radiation pneumonitis with a DD in a visible Bedömning; she knows about the uncertainty, so no NL101")

# ======================================================================
# Geriatrik och minnesmottagningar
# ======================================================================
K("ger-vgr-trolig-alzheimer", "vgr", "19440212-1448",
  [N("n1", "Melior", "Läkaranteckning", "V_MINNE_SKAS", "Lars Henning", "läkare",
     "2024-01-31T10:00:00", "2024-01-31T11:00:00", "öppenvård",
     [("Aktuellt", "Minnessvikt i två år enligt maken, glömmer samtal och har gått vilse i centrum."),
      ("Utredning", "MMSE 22/30, klocktest avvikande. DT hjärna: hippocampusatrofi, lätta vitsubstansförändringar."),
      ("Bedömning", "Trolig Alzheimers sjukdom. Likvorprov för biomarkörer planeras."),
      ("Planering", "Lumbalpunktion 14/2. Återbesök med svar och ställningstagande till kolinesterashämmare.")])],
  must=[("NL102", "n1")],
  why="'Trolig Alzheimers sjukdom' (eponym) in a visible VGR memory-clinic note")

K("ger-skane-blanddemens-ej-informerad", "skane", "19380810-2275",
  [N("n1", "Melior", "Läkaranteckning", "S_GER_MALMO", "Birgitta Holmqvist", "läkare",
     "2024-02-28T13:00:00", "2024-02-28T13:30:00", "öppenvård",
     [("Utredning", "Likvor med sänkt beta-amyloid, DT med flera lakunära infarkter. Neuropsykologisk testning med nedsättning i minne och exekutiva funktioner."),
      ("Bedömning", "Diagnosen blanddemens är ställd. Pat är ej informerad; beskedet ges vid återbesöket tillsammans med dottern, som pat själv önskat."),
      ("Planering", "Återbesök 12/3. Biståndshandläggare kontaktas efter besöket.")])],
  must=[("NL101", "n1")],
  why="a dementia diagnosis in a visible note that says the patient is not yet informed")

K("ger-vgr-inga-tecken-pa-delirum-typo", "vgr", "19320718-0930",
  [N("n1", "Melior", "Daganteckning", "V_GERAVD_ALINGSAS", "Omid Farahani", "läkare",
     "2024-03-12T09:30:00", "2024-03-12T10:00:00", "slutenvård",
     [("Aktuellt", "Dag 2 efter fall i hemmet. Sov bra i natt."),
      ("Status", "Orienterad till tid, rum och person. 4AT 0. Inga tecken på delirum."),
      ("Planering", "Fysioterapeut bedömer gången i dag. Utskrivning planeras till fredag.")])],
  must_not=[("NL102", "n1")],
  why="typo 'delirum' inside a negated finding: no hedged diagnosis")

K("ger-skane-dottern-ej-informerad", "skane", "19400204-1285",
  [N("n1", "Melior", "Läkaranteckning", "S_GER_MALMO", "Birgitta Holmqvist", "läkare",
     "2024-03-27T10:00:00", "2024-03-27T10:50:00", "öppenvård",
     [("Bedömning", "Lindrig Alzheimers sjukdom."),
      ("Information", "Pat informerad om diagnosen och körkortsfrågan. Hon vill själv berätta för dottern, som ännu inte vet. Anmälan till Transportstyrelsen enligt läkares anmälningsskyldighet.")])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="the patient knows her diagnosis; only the daughter does not know yet")

K("ger-vgr-sonen-slar-mamman", "vgr", "19390425-2081",
  [N("n1", "Melior", "Omvårdnadsanteckning", "V_GER_MOLNDAL", "Ulla Pettersson", "sjuksköterska",
     "2024-04-08T21:00:00", None, "slutenvård",
     [("Omvårdnad", "Pat berättar vid kvällens omläggning att sonen, som bor hos henne, slagit henne med en sko och tagit hennes pension. Blåmärken på båda skinnbenen och vänster skuldra. Hon är rädd för att komma hem."),
      ("Åtgärd", "Ansvarig läkare underrättad. Kurator kontaktas i morgon.")])],
  must=[("NL201", "n1")],
  why="unsigned draft: a son living with his elderly mother beats her; violence in a close relationship in a visible nurse note")

K("ger-skane-trol-ortostatisk-hypotension", "skane", "19350914-1143",
  [N("n1", "Melior", "Läkaranteckning", "S_GER_HLM", "Tommy Axelsson", "läkare",
     "2024-04-19T11:00:00", "2024-04-19T11:40:00", "slutenvård",
     [("Aktuellt", "Tre fall senaste månaden, alltid strax efter uppresning."),
      ("Status", "Blodtryck liggande 148/80, efter tre minuters stående 112/66 med yrsel."),
      ("Bedömning", "Trol. ortostatisk hypotension, bidragande läkemedel."),
      ("Åtgärd", "Doxazosin sätts ut. Stödstrumpor. Nytt ortostatiskt prov på måndag.")])],
  must=[("NL102", "n1")],
  why="'Trol.' orthostatic hypotension in a visible geriatric note")

K("ger-vgr-tidigare-stroke", "vgr", "19410301-1948",
  [N("n1", "Melior", "Inskrivningsanteckning", "V_GERAVD_ALINGSAS", "Omid Farahani", "läkare",
     "2024-05-03T16:00:00", "2024-05-03T17:30:00", "slutenvård",
     [("Tidigare sjukdomar", "Ischemisk stroke 2019 med kvarstående lätt högersidig svaghet. Förmaksflimmer. Hypotyreos."),
      ("Aktuellt", "Inlagd för nedsatt allmäntillstånd och urinvägsinfektion, bor på korttidsboende."),
      ("Bedömning", "Febril urinvägsinfektion. Ingen ny neurologi.")])],
  must_not=[("NL102", "n1")],
  why="a past stroke is past history; the current infection is settled")

K("ger-skane-arbetsterapeut-ev-rullator", "skane", "19360611-2427",
  [N("n1", "Melior", "Arbetsterapeutanteckning", "S_GER_HLM", "Petra Nyström", "arbetsterapeut",
     "2024-05-14T14:00:00", "2024-05-14T14:45:00", "slutenvård",
     [("Aktivitet", "Klarar på- och avklädning med tillsyn. Går med stöd av möbler i rummet."),
      ("Åtgärd", "Hembesök inför utskrivning bokas. Eventuellt behov av rullator och toalettförhöjning, bedöms vid hembesöket.")])],
  must_not=[("NL102", "n1")],
  why="an occupational therapist's 'eventuellt' concerns aids, not a diagnosis")

K("ger-vgr-nph-kan-ej-utelsutas-typo", "vgr", "19450728-2111",
  [N("n1", "Melior", "Läkaranteckning", "V_GER_MOLNDAL", "Lars Henning", "läkare",
     "2024-06-04T13:00:00", "2024-06-04T13:50:00", "öppenvård",
     [("Aktuellt", "Gångsvårigheter, trängningsinkontinens och tankeglidning sedan ett år."),
      ("Utredning", "DT hjärna: vidgade ventriklar i förhållande till sulci."),
      ("Bedömning", "Normaltryckshydrocefalus kan ej utelsutas."),
      ("Planering", "Remiss till neurologen för tap-test.")])],
  must=[("NL102", "n1")],
  why="typo 'utelsutas' in 'kan ej uteslutas': still a hedged diagnosis in a visible section")

K("ger-skane-utskrivning-lang-utan-hypotes", "skane", "19331120-1663",
  [N("n1", "Melior", "Epikris", "S_GER_HLM", "Tommy Axelsson", "läkare",
     "2024-06-20T10:00:00", "2024-06-20T14:00:00", "slutenvård",
     [("Orsak till vård", "90-årig kvinna inlagd 10/6 efter fall i hemmet med smärta i höger höft, kunde inte resa sig själv. Låg på golvet cirka fyra timmar innan hemtjänsten kom."),
      ("Tidigare", "Hypertoni, hjärtsvikt med bevarad ejektionsfraktion, artros i knäna. Opererad för grå starr 2018. Lever ensam i lägenhet med hemtjänst två gånger dagligen. Hörapparat på höger öra. Vaccinerad mot influensa och covid-19 i höstas."),
      ("Status vid inskrivning", "Ömhet över höger trokanter, ingen förkortning eller utåtrotation av benet. Kunde inte belasta första dygnet på grund av smärta."),
      ("Vårdförlopp", "Röntgen höft utan fraktur, DT bäcken utan fraktur. Fraktur utesluten. CK 2 400 på grund av det långa liggandet, normaliserades med dropp. Njurfunktionen stabil. Inga tecken på infektion. Hjärtsvikten kompenserad, vikten oförändrad. Ortostatiskt prov normalt. Genomgång av läkemedelslistan: zopiklon sattes ut då det kan öka fallrisken, pat går med på det. Fysioterapeut har tränat gång och förflyttningar dagligen och hon går nu med rullator i korridoren. Arbetsterapeut har gjort hembesök och föreslagit borttagning av mattor och en duschstol. Hon har varit lugn och orienterad hela vårdtiden och deltagit aktivt i träningen."),
      ("Omvårdnad", "Huden hel, inga trycksår. Äter och dricker bra. Sköter själv toalettbesök med rullator nattetid."),
      ("Diagnos", "Fall i hemmet med kontusion höger höft. Lätt rabdomyolys."),
      ("Läkemedel", "Furosemid 40 mg x 1, enalapril 5 mg x 1, paracetamol 1 g x 3. Zopiklon utsatt."),
      ("Status vid utskrivning", "Smärtfri i vila, VAS 3 vid gång. Orienterad, god aptit."),
      ("Planering", "Hem i dag med utökad hemtjänst, fyra besök dagligen och trygghetslarm. Trolig förbättring av gången med fortsatt träning via hemrehab. Eventuellt korttidsboende om hon inte klarar sig hemma, biståndshandläggaren följer upp efter en vecka. Vårdcentralen kontrollerar CK och kreatinin om två veckor. Dottern i Kristianstad är informerad."),
      ("Information", "Pat har fått muntlig och skriftlig information om fallprevention och om varför sömntabletten satts ut. Hon är nöjd med att få åka hem men vill att dottern ringer henne varje kväll den första veckan. Hemtjänsten känner till de nya tiderna och trygghetslarmet installeras samma dag som hemkomsten.")])],
  must_not=[("NL102", "n1")],
  why="long geriatric epicrisis: fracture ruled out, settled diagnoses, hedges only about walking and short-term housing")

# ======================================================================
# Rehabilitering
# ======================================================================
K("rehab-skane-fysio-trol-subakromiell-smarta", "skane", "19750309-2772",
  [N("n1", "Melior", "Fysioterapeutanteckning", "S_REHAB_LUND", "Moa Engdahl", "fysioterapeut",
     "2024-01-17T08:30:00", "2024-01-17T09:15:00", "öppenvård",
     [("Anamnes", "Smärta i höger axel vid armlyft sedan renovering i december."),
      ("Status", "Smärtsam båge 70-120 grader, positivt Hawkins och Neer. Full passiv rörlighet, normal kraft."),
      ("Bedömning", "Trol. subakromiellt smärtsyndrom höger."),
      ("Åtgärd", "Progressiv träning av rotatorcuff och skulderblad, hemprogram. Återbesök 3 veckor.")])],
  must=[("NL102", "n1")],
  why="a physiotherapist's 'Trol.' diagnosis in a visible Skåne Melior rehabilitation note")

K("rehab-vgr-fysio-ev-bassangtraning", "vgr", "19680114-3394",
  [N("n1", "Melior", "Fysioterapeutanteckning", "V_REHAB_HOGSBO", "Jesper Hallin", "fysioterapeut",
     "2024-02-09T10:00:00", "2024-02-09T10:45:00", "öppenvård",
     [("Aktuellt", "Tre månader efter höftprotes vänster. Går utan hjälpmedel inomhus."),
      ("Åtgärd", "Fortsatt styrketräning. Ev. bassängträning i vår om såret är läkt och han själv vill.")])],
  must_not=[("NL102", "n1")],
  why="'Ev.' is about pool training after a known hip replacement, not a diagnosis")

K("rehab-vgr-at-inga-tecken-pa-neglekt", "vgr", "19590805-1518",
  [N("n1", "Melior", "Arbetsterapeutanteckning", "V_REHAB_SKAS", "Amanda Forsell", "arbetsterapeut",
     "2024-02-23T13:00:00", "2024-02-23T14:00:00", "slutenvård",
     [("Aktivitet", "Tre veckor efter högersidig stroke. Äter självständigt, behöver hjälp med strumpor."),
      ("Bedömning", "Linjehalveringstest och stjärnstrykning utan avvikelser, inga tecken på neglekt."),
      ("Åtgärd", "Fortsatt ADL-träning i kök.")])],
  must_not=[("NL102", "n1")],
  why="'inga tecken på neglekt' is a negated finding")

K("rehab-skane-logoped-afasi-efter-stroke", "skane", "19510621-3084",
  [N("n1", "Melior", "Logopedanteckning", "S_REHAB_ORUP", "Klara Wendel", "logoped",
     "2024-03-14T10:00:00", "2024-03-14T10:50:00", "slutenvård",
     [("Bedömning", "Afasi efter vänstersidig stroke, övervägande expressiv. Förståelse av enkla instruktioner god."),
      ("Åtgärd", "Benämningsträning fyra gånger per vecka. Samtalskarta till personalen.")])],
  must_not=[("NL102", "n1")],
  why="a speech therapist's confirmed aphasia: nothing hedged")

K("rehab-vgr-kurator-vald-under-sokord", "vgr", "19840917-2403",
  [N("n1", "Melior", "Kuratorsanteckning", "V_REHAB_HOGSBO", "Nora Eklund", "kurator",
     "2024-04-05T13:00:00", "2024-04-05T14:00:00", "öppenvård",
     [("Samtal", "Stödsamtal kring återgång i arbete efter hjärnskadan. Ekonomin är ansträngd."),
      ("Våldsutsatthet i nära relationer", "Berättar att maken sedan olyckan kallar henne värdelös, tagit hennes bankkort och vid två tillfällen slagit henne. Säkerhetsplanering påbörjad.")])],
  must_not=[("NL201", "n1")],
  why="a husband's violence told to a counsellor and written under VGR's filtered sökord")

K("rehab-skane-tidiga-hypoteser-bassangtid", "skane", "19820412-1381",
  [N("n1", "Melior", "Tidiga hypoteser", "S_REHAB_ORUP", "Moa Engdahl", "fysioterapeut",
     "2024-04-26T11:00:00", "2024-04-26T11:05:00", "slutenvård",
     [("Anteckning", "Bokas till bassängträning tisdagar och torsdagar kl. 10 under resten av vårdtiden.")])],
  must=[("NL104", "n1")],
  why="a training schedule written in the Tidiga hypoteser template, with no hypothesis")

K("rehab-vgr-dietist-trolig-laktosintolerans", "vgr", "19920131-4888",
  [N("n1", "Melior", "Dietistanteckning", "V_REHAB_SKAS", "Julia Mattsson", "dietist",
     "2024-05-16T09:00:00", None, "slutenvård",
     [("Aktuellt", "Magknip och diarré efter mjölkprodukter sedan han kom till avdelningen."),
      ("Bedömning", "Trolig laktosintolerans."),
      ("Åtgärd", "Laktosfri kost provas en vecka, därefter utvärdering. Läkare informerad.")])],
  must=[("NL102", "n1")],
  why="unsigned draft: a dietitian's 'Trolig' lactose intolerance in a visible VGR note")

K("rehab-vgr-teamkonferens-lang-depression-kan-ej-uteslutas", "vgr", "19780608-1522",
  [N("n1", "Melior", "Teamanteckning", "V_REHAB_HOGSBO", "Fredrik Ålander", "läkare",
     "2024-06-12T14:00:00", "2024-06-12T16:40:00", "öppenvård",
     [("Bakgrund", "46-årig kvinna med måttlig traumatisk hjärnskada efter cykelolycka i november 2023. Vårdades på neurokirurgen två veckor, därefter slutenvårdsrehabilitering i sex veckor. Nu i poliklinisk teamrehabilitering sedan februari, två dagar i veckan."),
      ("Fysioterapeut", "Balansen förbättrad, Berg balansskala 52 av 56. Går 6 minuter 480 meter. Tröttnar efter 30 minuters promenad. Fortsätter konditionsträning på egen hand."),
      ("Arbetsterapeut", "Klarar matlagning med checklista. Har svårt att planera veckan och glömmer avtalade tider om hon inte använder telefonens kalender. Testat arbetsuppgifter från sitt kontorsjobb under tre förmiddagar; tempot sjunker markant efter en timme."),
      ("Psykolog", "Neuropsykologisk uppföljning visar kvarstående nedsättning av uppmärksamhet och arbetsminne, förbättrad bearbetningshastighet. Hon beskriver nedstämdhet, gråter lätt och har slutat träffa vänner. PHQ-9 15."),
      ("Kurator", "Ekonomin stabil genom sjukpenning. Maken stöttar och har tagit över hämtning på förskolan. Arbetsgivaren är positiv till anpassning."),
      ("Bedömning", "God fysisk återhämtning, kvarstående kognitiv trötthet och nedsatt uppmärksamhet. Depression kan ej uteslutas och kan bidra till tröttheten."),
      ("Planering", "Läkarbesök om två veckor med ställningstagande till antidepressiv behandling. Arbetsträning 25 % från augusti med stöd av arbetsterapeut och Försäkringskassans avstämningsmöte. Psykologen erbjuder sex samtal med fokus på energihushållning. Nästa teamkonferens i september.")])],
  must=[("NL102", "n1")],
  why="long rehabilitation team note: 'Depression kan ej uteslutas' in a visible Bedömning")

# ======================================================================
# Hudsjukdomar
# ======================================================================
K("derm-vgr-misstankt-melanom", "vgr", "19710219-3583",
  [N("n1", "Melior", "Läkaranteckning", "V_DERM_SU", "Sofia Gren", "läkare",
     "2024-02-01T09:00:00", "2024-02-01T09:20:00", "öppenvård",
     [("Status", "Asymmetrisk pigmenterad förändring 9 mm på ryggen med ojämn kant och flera färger. Dermatoskopi: atypiskt nätverk, regressionsstrukturer."),
      ("Bedömning", "Misstänkt malignt melanom."),
      ("Åtgärd", "Diagnostisk excision med 2 mm marginal i dag. Standardiserat vårdförlopp startat.")])],
  must=[("NL102", "n1")],
  why="'Misstänkt malignt melanom' in a visible VGR dermatology note")

K("derm-skane-trolgit-basaliom-typo", "skane", "19480815-1577",
  [N("n1", "Melior", "Läkaranteckning", "S_DERM_HBG", "Jonas Berglund", "läkare",
     "2024-02-20T13:30:00", "2024-02-20T13:50:00", "öppenvård",
     [("Status", "Pärlemorglänsande papel 6 mm vid vänster näsvinge med teleangiektasier."),
      ("Bedömning", "Trolgit basaliom."),
      ("Åtgärd", "Stansbiopsi tagen. Svar inom tre veckor.")])],
  must=[("NL102", "n1")],
  why="typo 'Trolgit' for troligt: a hedged basal cell carcinoma in a visible Skåne note")

K("derm-vgr-benignt-nevus", "vgr", "19880510-2061",
  [N("n1", "Melior", "Läkaranteckning", "V_DERM_SKAS", "Emma Wiklund", "läkare",
     "2024-03-06T10:00:00", "2024-03-06T10:15:00", "öppenvård",
     [("Status", "Symmetriskt brunt nevus 4 mm på vänster skuldra. Dermatoskopi: regelbundet nätverk."),
      ("Bedömning", "Benignt nevus. Inga tecken på melanom."),
      ("Åtgärd", "Ingen åtgärd. Egenkontroll med foto.")])],
  must_not=[("NL102", "n1")],
  why="'Inga tecken på melanom' is negated, the nevus is settled benign")

K("derm-skane-psoriasis-bekraftad", "skane", "19860127-1953",
  [N("n1", "Melior", "Läkaranteckning", "S_DERM_LUND", "Lea Fransson", "läkare",
     "2024-03-22T08:45:00", "2024-03-22T09:15:00", "öppenvård",
     [("Status", "Välavgränsade fjällande plack på armbågar, knän och i hårbotten, PASI 11."),
      ("Bedömning", "Plackpsoriasis, måttlig. Biopsin från januari bekräftar diagnosen."),
      ("Åtgärd", "Ljusbehandling UVB tre gånger i veckan. Dovobet gel i hårbotten.")])],
  must_not=[("NL102", "n1")],
  why="psoriasis confirmed by biopsy: a settled diagnosis")

K("derm-vgr-dd-atopiskt-eksem-psoriasis", "vgr", "19900602-2637",
  [N("n1", "Melior", "Läkaranteckning", "V_DERM_SU", "Sofia Gren", "läkare",
     "2024-04-12T14:00:00", None, "öppenvård",
     [("Status", "Rodnade, lätt fjällande utslag i båda armvecken och på händerna, klåda."),
      ("Bedömning", "DD atopiskt eksem / psoriasis inversa."),
      ("Åtgärd", "Biopsi tagen. Grupp III-steroid två veckor i avvaktan på svar.")])],
  must=[("NL102", "n1")],
  why="unsigned draft: a differential diagnosis in a visible dermatology note")

K("derm-skane-pad-melanom-ej-informerad", "skane", "19650903-3095",
  [N("n1", "Melior", "Läkaranteckning", "S_DERM_LUND", "Lea Fransson", "läkare",
     "2024-05-02T15:00:00", "2024-05-02T15:15:00", "öppenvård",
     [("Provsvar", "PAD: ytligt spridande malignt melanom, Breslow 1,4 mm, ulceration saknas."),
      ("Bedömning", "Pat inte informerad än. Ringer henne inte med beskedet utan hon kallas till mottagningen på tisdag för information och planering av utvidgad excision.")])],
  must=[("NL101", "n1")],
  why="a melanoma in a visible PAD section with an explicit 'not informed yet'")

K("derm-vgr-ev-kryobehandling", "vgr", "19570715-3325",
  [N("n1", "Melior", "Sjuksköterskeanteckning", "V_DERM_SKAS", "Anna-Karin Stål", "sjuksköterska",
     "2024-05-24T10:30:00", "2024-05-24T10:45:00", "öppenvård",
     [("Åtgärd", "Aktiniska keratoser på hjässan behandlade med kryo, två cykler. Ev. ny kryobehandling om sex veckor om förändringarna kvarstår.")])],
  must_not=[("NL102", "n1")],
  why="'Ev.' refers to repeated treatment of known actinic keratoses")

# ======================================================================
# Öron-näsa-hals
# ======================================================================
K("onh-vgr-stamband-misstankt-malignitet", "vgr", "19580130-2992",
  [N("n1", "Melior", "Läkaranteckning", "V_ONH_SU", "Erik Kjellberg", "läkare",
     "2024-01-15T11:00:00", "2024-01-15T11:30:00", "öppenvård",
     [("Anamnes", "Heshet i tre månader. Röker 20 cigaretter per dag sedan 40 år."),
      ("Status", "Fiberlaryngoskopi: exofytisk förändring på höger stämband, rörligheten bevarad."),
      ("Bedömning", "Förändring höger stämband, misstänkt larynxcancer."),
      ("Åtgärd", "Mikrolaryngoskopi med biopsi nästa vecka. Standardiserat vårdförlopp.")])],
  must=[("NL102", "n1")],
  why="a suspected laryngeal cancer in a visible VGR ENT note")

K("onh-skane-tidiga-hypoteser-larynx", "skane", "19550421-1763",
  [N("n1", "Melior", "Tidiga hypoteser", "S_ONH_HBG", "Karin Mellberg", "läkare",
     "2024-02-16T12:00:00", "2024-02-16T12:10:00", "öppenvård",
     [("Anteckning", "Leukoplaki vänster stämband med oregelbunden yta, malignitet kan inte uteslutas. Pat mycket orolig och har inte fått veta detta; besked efter PAD.")])],
  must_not=[("NL102", "n1"), ("NL104", "n1"), ("NL206", "n1"), ("NL101", "n1")],
  why="a hypothesis of malignancy the patient has not been told, kept in the hidden Skåne Tidiga hypoteser template")

K("onh-vgr-troolig-otoskleros-typo", "vgr", "19870622-4022",
  [N("n1", "Melior", "Läkaranteckning", "V_ONH_NAL", "Victor Almqvist", "läkare",
     "2024-03-04T14:00:00", None, "öppenvård",
     [("Utredning", "Tonaudiogram: ledningshinder höger 30 dB med Carhart-notch. Stapediusreflex saknas. Trumhinnor normala."),
      ("Bedömning", "Troolig otoskleros höger."),
      ("Planering", "Hörapparat eller stapedotomi diskuteras vid återbesök.")])],
  must=[("NL102", "n1")],
  why="unsigned draft with the typo 'Troolig': hedged otosclerosis in a visible section")

K("onh-skane-normalt-audiogram", "skane", "19790304-2138",
  [N("n1", "Melior", "Audionomanteckning", "S_ONH_LUND", "Petra Gyllen", "audionom",
     "2024-03-25T09:00:00", "2024-03-25T09:30:00", "öppenvård",
     [("Utredning", "Tonaudiogram och talaudiometri inom normalområdet bilateralt. Ingen hörselnedsättning."),
      ("Bedömning", "Tinnitus utan hörselnedsättning. Tinnitusskola erbjuds.")])],
  must_not=[("NL102", "n1")],
  why="an audiologist's normal result: 'Ingen hörselnedsättning' is negated")

K("onh-vgr-barn-ev-tonsillotomi", "vgr", "20180410-2174",
  [N("n1", "Melior", "Läkaranteckning", "V_ONH_NAL", "Victor Almqvist", "läkare",
     "2024-04-18T10:00:00", "2024-04-18T10:20:00", "öppenvård",
     [("Aktuellt", "6-årig flicka med snarkning och andningsuppehåll enligt föräldrarna."),
      ("Status", "Tonsiller grad 3, i övrigt ua."),
      ("Bedömning", "Tonsillhypertrofi med obstruktiv sömnapné."),
      ("Planering", "Ev. tonsillotomi i höst om besvären kvarstår efter sommaren; föräldrarna hör av sig.")])],
  must_not=[("NL102", "n1")],
  why="'Ev.' is about an operation; the child's diagnosis is settled")

K("onh-skane-akustikusneurinom-utesultas-typo", "skane", "19700917-3803",
  [N("n1", "Melior", "Läkaranteckning", "S_ONH_HBG", "Karin Mellberg", "läkare",
     "2024-05-06T13:00:00", "2024-05-06T13:20:00", "öppenvård",
     [("Utredning", "MR inre hörselgångar: normala förhållanden. Akustikusneurinom utesultas."),
      ("Bedömning", "Ensidig sensorineural hörselnedsättning höger, uppföljande audiogram om ett år.")])],
  must_not=[("NL102", "n1")],
  why="typo 'utesultas' (uteslutas): acoustic neuroma ruled out by MRI is a negated mention")

K("onh-vgr-kakfraktur-efter-sambons-slag", "vgr", "19850211-3973",
  [N("n1", "Melior", "Akutanteckning", "V_ONH_SU", "Erik Kjellberg", "läkare",
     "2024-06-01T03:10:00", "2024-06-01T05:00:00", "akutmottagning",
     [("Anamnes", "Pat uppger att hans sambo slog honom med en stekpanna mot käken under ett gräl i kväll. Det har hänt förut."),
      ("Status", "Felbett, smärta och svullnad vänster mandibel. DT: fraktur i vänster mandibelvinkel."),
      ("Åtgärd", "Inläggning för osteosyntes i morgon. Kontaktuppgifter till mansjouren givna.")])],
  must=[("NL201", "n1")],
  why="a man injured by his partner: violence in a close relationship in a visible VGR ENT note")

# ======================================================================
# Ögonsjukdomar
# ======================================================================
K("ogon-vgr-misstankt-glaukom", "vgr", "19560918-2455",
  [N("n1", "Melior", "Läkaranteckning", "V_OGON_MOLNDAL", "Nadia Said", "läkare",
     "2024-01-26T10:00:00", "2024-01-26T10:25:00", "öppenvård",
     [("Status", "Tryck 26 mmHg höger och 24 mmHg vänster. Papillexkavation 0,7 höger."),
      ("Bedömning", "Misstänkt glaukom höger."),
      ("Planering", "Synfält och OCT av nervfiberlagret, återbesök om fyra veckor.")])],
  must=[("NL102", "n1")],
  why="a suspected glaucoma in a visible VGR ophthalmology note")

K("ogon-skane-katarakt-operationsplanering", "skane", "19470507-2660",
  [N("n1", "Melior", "Läkaranteckning", "S_OGON_HBG", "Henrik Dahlqvist", "läkare",
     "2024-02-19T09:00:00", "2024-02-19T09:20:00", "öppenvård",
     [("Status", "Visus 0,3 höger och 0,6 vänster. Nukleär katarakt höger grad 3."),
      ("Bedömning", "Katarakt höger med synnedsättning som påverkar bilkörning."),
      ("Åtgärd", "Uppsatt för kataraktoperation höger. Biometri gjord i dag.")])],
  must_not=[("NL102", "n1")],
  why="a cataract with a settled diagnosis and operation plan")

K("ogon-vgr-koroidalt-melanom-ej-besked", "vgr", "19630413-2423",
  [N("n1", "Melior", "Läkaranteckning", "V_OGON_SAS", "Björn Alsing", "läkare",
     "2024-03-14T16:00:00", "2024-03-14T16:30:00", "öppenvård",
     [("Utredning", "Ultraljud: kupolformad tumör 11 x 6 mm i vänster koroidea med låg intern reflektivitet."),
      ("Bedömning", "Koroidalt melanom vänster öga. Patienten ska inte få beskedet förrän ögononkologen i Stockholm har träffat henne; hon har bara fått veta att en remiss skickas."),
      ("Åtgärd", "Remiss till S:t Eriks ögonsjukhus skickad som brådskande.")])],
  must=[("NL101", "n1")],
  why="an eye melanoma in a visible section while the note says she must not be told yet")

K("ogon-skane-ingen-diabetesretinopati", "skane", "19740929-1908",
  [N("n1", "Melior", "Ortoptistanteckning", "S_OGON_MALMO", "Linda Kvarnström", "ortoptist",
     "2024-04-09T11:00:00", "2024-04-09T11:15:00", "öppenvård",
     [("Utredning", "Ögonbottenfotografering inom diabetesscreeningen. Ingen diabetesretinopati på något öga."),
      ("Planering", "Ny fotografering om två år.")])],
  must_not=[("NL102", "n1")],
  why="a screening with 'Ingen diabetesretinopati' is a negated result")

K("ogon-vgr-mojlig-amblyopi-femaring", "vgr", "20181202-2489",
  [N("n1", "Melior", "Läkaranteckning", "V_OGON_SAS", "Björn Alsing", "läkare",
     "2024-05-08T09:30:00", None, "öppenvård",
     [("Aktuellt", "5-årig flicka remitterad från BVC för nedsatt syn vänster öga vid 4-årskontrollen."),
      ("Status", "Visus 1,0 höger och 0,4 vänster. Hyperopi +4,0 vänster i cykloplegi."),
      ("Bedömning", "Möjlig amblyopi vänster öga."),
      ("Åtgärd", "Glasögon ordinerade, ny visuskontroll om tre månader innan ställningstagande till lappbehandling.")])],
  must=[("NL102", "n1")],
  why="unsigned draft: 'Möjlig amblyopi' in a child's visible note that guardians read")

K("ogon-skane-ev-laserbehandling", "skane", "19660212-3819",
  [N("n1", "Melior", "Läkaranteckning", "S_OGON_MALMO", "Henrik Dahlqvist", "läkare",
     "2024-06-11T13:00:00", "2024-06-11T13:30:00", "öppenvård",
     [("Bedömning", "Grenvensocklusion höger öga med makulaödem, visus 0,5."),
      ("Åtgärd", "Anti-VEGF-injektion given. Ev. kompletterande laserbehandling efter tre injektioner.")])],
  must_not=[("NL102", "n1")],
  why="'Ev.' refers to laser treatment of a known branch vein occlusion")

K("ogon-vgr-tidigare-nathinneavlossning", "vgr", "19820725-2795",
  [N("n1", "Melior", "Sjuksköterskeanteckning", "V_OGON_MOLNDAL", "Lotta Ek", "sjuksköterska",
     "2024-07-02T10:00:00", "2024-07-02T10:15:00", "öppenvård",
     [("Aktuellt", "Opererad för näthinneavlossning höger öga 2021. Söker för nya flytare i vänster öga sedan i går."),
      ("Åtgärd", "Akut tid hos läkare i eftermiddag för undersökning med vidgade pupiller.")])],
  must_not=[("NL102", "n1")],
  why="a retinal detachment operated in 2021 is past history; nothing hedged")

# ======================================================================
# Fler stickprov (primärvård, medicin, hud, BUP)
# ======================================================================
K("vc-pmo-tredje-person-sokord-ofiltrerat", "skane", "19680530-3176",
  [N("n1", "PMO", "Besöksanteckning", "P_VC_NASBY", "Per Ohlsson", "läkare",
     "2024-08-27T10:00:00", "2024-08-27T10:40:00", "öppenvård",
     [("Aktuellt", "Kontroll av blodtryck, 138/84 på nuvarande behandling."),
      ("Tredje person", "Hustrun har ringt och berättat att han blir hotfull när han druckit och att hon övernattat hos grannen två gånger. Hon vill inte att han får veta att hon ringt.")])],
  must=[("NL206", "n1")],
  why="a Skåne PMO note uses the sökord Tredje person, which Skåne does not filter, so the wife's account is visible")

K("med-vgr-hemtjanst-om-sonens-hot", "vgr", "19370806-0466",
  [N("n1", "Melior", "Inskrivningsanteckning", "V_MED_SAS", "Jenny Sjögren", "läkare",
     "2024-09-12T17:00:00", "2024-09-12T18:20:00", "slutenvård",
     [("Aktuellt", "Inlagd för hjärtsviktsförsämring med bensvullnad och andfåddhet."),
      ("Sociala förhållanden", "Hemtjänstens gruppledare uppger att patientens son, som ofta är hos henne, har hotat personalen med stryk och att två undersköterskor inte längre vågar gå dit. Gruppledaren ber att uppgiften inte ska nå sonen."),
      ("Åtgärd", "Furosemid iv, daglig vikt.")])],
  must=[("NL204", "n1")],
  why="home-care staff's report of the son's threats, which could expose them to harm, in a visible VGR section")

K("derm-vgr-enkelblind-ljusbehandling-synlig", "vgr", "19810223-1894",
  [N("n1", "Melior", "Sjuksköterskeanteckning", "V_DERM_SU", "Anna-Karin Stål", "forskningssjuksköterska",
     "2024-09-24T09:00:00", "2024-09-24T09:30:00", "öppenvård",
     [("Åtgärd", "Deltar i enkelblind studie om ljusbehandling vid handeksem; randomiserad till kontrollarmen med overksamt ljus. Patienten är ovetande om armen. Behandling 1 av 24 given.")])],
  must=[("NL205", "n1")],
  why="the control-arm allocation of a single-blind trial in a visible VGR nurse note")

K("bup-skane-hubs-i-psykologanteckning", "skane", "20120516-0482",
  [N("n1", "Melior", "Psykologanteckning", "S_BUP_LUND", "Annie Lövgren", "psykolog",
     "2024-10-01T13:00:00", "2024-10-01T14:30:00", "öppenvård",
     [("Aktuellt", "Bedömning av psykisk hälsa som del av hälsoundersökningen på begäran av socialnämnden i Lund, inför placering av 12-årig flicka i familjehem."),
      ("Bedömning", "Tecken på otrygg anknytning och koncentrationssvårigheter. Ingen akut psykiatrisk problematik."),
      ("Planering", "Utlåtande till socialtjänsten via barnläkaren som samordnar undersökningen.")])],
  must=[("NL203", "n1")],
  why="the mental-health part of a HUBS examination written in an ordinary BUP psychologist note")

# ======================================================================
# Journaler med flera anteckningar
# ======================================================================
K("multi-vgr-tidiga-hypoteser-sedan-meddelad-lungcancer", "vgr", "19541013-3754",
  [N("n1", "Melior", "Läkaranteckning", "V_MED_KUNGALV", "Tove Lindahl", "läkare",
     "2024-02-19T10:00:00", "2024-02-19T10:50:00", "öppenvård",
     [("Aktuellt", "Långdragen hosta. Lungröntgen med förtätning i höger hilus."),
      ("Planering", "DT thorax och bronkoskopi. Återbesök efter undersökningarna."),
      ("Tidiga hypoteser", "Misstänkt lungcancer höger hilus. Inte framfört innan DT och bronkoskopi är gjorda.")]),
   N("n2", "Melior", "Läkaranteckning", "V_MED_KUNGALV", "Tove Lindahl", "läkare",
     "2024-03-11T13:00:00", "2024-03-11T14:00:00", "öppenvård",
     [("Provsvar", "PAD från bronkoskopin: adenokarcinom, EGFR-mutation påvisad."),
      ("Information", "Pat informerad om diagnosen lungcancer vid dagens besök tillsammans med sin sambo. Remiss till onkologen.")])],
  must_not=[("NL102", "n1"), ("NL104", "n1"), ("NL102", "n2"), ("NL101", "n2")],
  why="a hypothesis first kept under Tidiga hypoteser, later confirmed and told in a visible note")

K("multi-skane-signerad-omvardnad-och-lakarutkast", "skane", "19620925-2086",
  [N("n1", "Melior", "Omvårdnadsanteckning", "S_MED_KRSTD", "Josefin Larsson", "sjuksköterska",
     "2024-10-14T14:00:00", "2024-10-14T14:20:00", "öppenvård",
     [("Omvårdnad", "Blodprover tagna enligt ordination. Pat trött och fryser lätt, vikten ökat 4 kg sedan i våras.")]),
   N("n2", "Melior", "Läkaranteckning", "S_MED_KRSTD", "Yusuf Demir", "läkare",
     "2024-10-14T16:30:00", None, "öppenvård",
     [("Bedömning", "TSH 9,8, fritt T4 i nedre normalområdet. Misstänkt hypotyreos, TPO-antikroppar beställda."),
      ("Planering", "Nytt prov om sex veckor innan ställningstagande till levaxin.")])],
  must=[("NL102", "n2")], must_not=[("NL102", "n1")],
  why="the doctor's unsigned draft holds a suspected hypothyroidism; the nurse's note beside it holds no diagnosis")

K("multi-vgr-triage-synlig-lakare-sokord", "vgr", "19910805-3647",
  [N("n1", "Melior", "Triageanteckning", "V_AKUT_SAS", "Oscar Vik", "sjuksköterska",
     "2024-11-02T22:10:00", "2024-11-02T22:20:00", "akutmottagning",
     [("Kontaktorsak", "Pat uppger att hennes man slagit henne upprepade gånger i huvudet i kväll. Huvudvärk och illamående."),
      ("Triage", "RETTS orange. BT 134/86, puls 96.")]),
   N("n2", "Melior", "Akutanteckning", "V_AKUT_SAS", "Sven Andersson", "läkare",
     "2024-11-02T23:30:00", "2024-11-03T01:10:00", "akutmottagning",
     [("Status", "GCS 15. Hematom bakhuvudet. Neurologiskt ua. DT hjärna utan blödning."),
      ("Våldsutsatthet i nära relationer", "Maken har slagit henne med knytnäve mot huvudet och hotat henne med kniv. Har ordnat boende hos en väninna i natt."),
      ("Åtgärd", "Hem till väninnan med skallskadeinformation.")])],
  must=[("NL201", "n1")], must_not=[("NL201", "n2")],
  why="the triage nurse wrote the husband's violence in a visible section; the doctor's later note keeps it under the sökord")


# ======================================================================
# Validation and output
# ======================================================================
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODE_RE = re.compile(r"^NL\d{3}$")
PID_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})-(\d{4})$")


def luhn_ok(pid):
    digits = pid[2:8] + pid[9:13]
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def in_2024(ts):
    try:
        return datetime.fromisoformat(ts).year == 2024
    except (TypeError, ValueError):
        return False


def age_at(birth, when):
    b = date.fromisoformat(birth)
    w = datetime.fromisoformat(when).date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = part.strip()
        if part:
            yield part


def validate(cases):
    problems = []
    names = set()
    seen_sentences = {}
    if not 150 <= len(cases) <= 170:
        problems.append("expected 150-170 cases, got %d" % len(cases))
    for c in cases:
        name = c.get("case", "?")
        err = lambda msg: problems.append("%s: %s" % (name, msg))
        if set(c) != CASE_KEYS:
            err("case keys %s" % sorted(c))
            continue
        if name in names:
            err("duplicate case name")
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            err("unknown ruleset %r" % c["ruleset"])
        if not c["why"] or "\n" in c["why"]:
            err("why must be one non-empty line")
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            err("record keys %s" % sorted(rec))
            continue
        pat = rec["patient"]
        if set(pat) != PATIENT_KEYS:
            err("patient keys %s" % sorted(pat))
        m = PID_RE.match(pat["id"])
        if not m:
            err("personnummer format %r" % pat["id"])
        else:
            if not luhn_ok(pat["id"]):
                err("personnummer %s fails Luhn" % pat["id"])
            if "%s-%s-%s" % m.groups()[:3] != pat["birth_date"]:
                err("birth_date does not match personnummer")
        if not in_2024(rec["as_of"]):
            err("as_of not in 2024")
        notes = {}
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                err("note keys %s" % sorted(n))
                continue
            if n["id"] in notes:
                err("duplicate note id %s" % n["id"])
            notes[n["id"]] = n
            if not in_2024(n["time"]):
                err("note %s time not in 2024" % n["id"])
            if n["signed"] is not None:
                if not in_2024(n["signed"]):
                    err("note %s signed not in 2024" % n["id"])
                elif n["signed"] < n["time"]:
                    err("note %s signed before written" % n["id"])
            if n["time"] > rec["as_of"]:
                err("note %s after as_of" % n["id"])
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                err("VGR notes are Melior")
            if n["system"] not in ("Melior", "PMO"):
                err("unknown system %r" % n["system"])
            age = age_at(pat["birth_date"], n["time"])
            if 13 <= age <= 15 or age < 0:
                err("patient aged %d at note %s" % (age, n["id"]))
            if not n["sections"]:
                err("note %s has no sections" % n["id"])
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    err("bad section in note %s" % n["id"])
                    continue
                for s in sentences(sec["text"]):
                    if len(s) >= 25:
                        if s in seen_sentences and seen_sentences[s] != name:
                            err("sentence also in %s: %r" % (seen_sentences[s], s))
                        elif s in seen_sentences:
                            err("sentence repeated within case: %r" % s)
                        seen_sentences[s] = name
        if not c["must"] and not c["must_not"]:
            err("no assertion")
        pairs = set()
        for kind in ("must", "must_not"):
            for a in c[kind]:
                if not (isinstance(a, list) and len(a) == 2 and CODE_RE.match(a[0])):
                    err("bad %s entry %r" % (kind, a))
                    continue
                code, nid = a
                if nid not in notes:
                    err("%s target %s does not exist" % (kind, nid))
                    continue
                if (code, nid) in pairs:
                    err("%s %s asserted twice" % (code, nid))
                pairs.add((code, nid))
                note = notes[nid]
                if code == "NL101" and note["system"] == "PMO":
                    err("NL101 is never asserted on PMO notes")
                if kind == "must":
                    if code == "NL102" and note["system"] != "Melior":
                        err("NL102 positives are Melior only")
                    if code in ("NL204", "NL205") and c["ruleset"] != "vgr":
                        err("%s positives are VGR only" % code)
                    if code == "NL206" and c["ruleset"] != "skane":
                        err("NL206 positives are Skåne only")
                if code == "NL203" and c["ruleset"] != "skane":
                    err("NL203 is asserted for Skåne only")
    return problems


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, NAME + ".jsonl")
    problems = validate(CASES)
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    # re-read what was written and validate that too
    with open(out, encoding="utf-8") as fh:
        reread = [json.loads(line) for line in fh if line.strip()]
    if reread != CASES:
        problems.append("written file differs from the data")
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        return 1
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts.setdefault(code, [0, 0])[0 if kind == "must" else 1] += 1
    print("%d cases written to %s" % (len(CASES), out))
    for code in sorted(counts):
        print("  %s must %d must_not %d" % (code, counts[code][0], counts[code][1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
