#!/usr/bin/env python3
"""nl1v: short NL1 gold cases from Swedish primary care and 1177-adjacent work.

Dependency-free and deterministic. Holds every case as data, writes nl1v_dev_cases.jsonl
beside this file and validates it. Exit status 1 on any problem.

Written only from the regional routines (shared/seeds) and the NL1 catalog (shared/DESIGN.md),
following shared/data/devset/README.md conventions:
  - VGR cases are Melior; Skåne primary care is PMO, Skåne hospital-adjacent care is Melior.
  - NL102 asserted as `must` only on Melior; hedged PMO diagnoses are `must_not NL102`.
  - NL101 is not asserted on PMO notes.
  - Patients are under 13 or 16 and older.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1v_dev_cases.jsonl")

UNITS = {
    # Skåne, PMO (primary care)
    "S_VC_LIND": ("Vårdcentralen Lindeborg, Malmö", "SE2321000255-5120"),
    "S_VC_HORBY": ("Vårdcentralen Hörby", "SE2321000255-4386"),
    "S_VC_ESLOV": ("Vårdcentralen Eslöv", "SE2321000255-4471"),
    "S_VC_TOME": ("Vårdcentralen Tomelilla", "SE2321000255-4802"),
    "S_VC_SJOBO": ("Vårdcentralen Sjöbo", "SE2321000255-4915"),
    "S_BVC_KAV": ("Barnavårdscentralen, Vårdcentralen Kävlinge", "SE2321000255-6043"),
    "S_UM_LUND": ("Ungdomsmottagningen Lund", "SE2321000255-6690"),
    "S_HSJ_BJUV": ("Hemsjukvården, Vårdcentralen Bjuv", "SE2321000255-5777"),
    "S_BMM_LKR": ("Barnmorskemottagningen Landskrona", "SE2321000255-6218"),
    # Skåne, Melior (hospital-adjacent)
    "S_AKUT_HBG": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-2204"),
    "S_AKUT_YST": ("Akutmottagningen, Ystads lasarett", "SE2321000255-2391"),
    "S_BARNAKUT": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-7702"),
    "S_SMVC": ("Specialistmödravården, Skånes universitetssjukhus Malmö", "SE2321000255-7815"),
    "S_MED_LKR": ("Medicinmottagningen, Landskrona lasarett", "SE2321000255-3150"),
    "S_INF_KRI": ("Infektionsmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-3368"),
    "S_MINNE": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7934"),
    # VGR, Melior
    "V_NARAKUT": ("Närakuten, Sahlgrenska Universitetssjukhuset", "SE2321000131-E41207"),
    "V_JOUR_KUN": ("Jourcentralen, Kungälvs sjukhus", "SE2321000131-E32519"),
    "V_SMVC": ("Specialistmödravården, NU-sjukvården NÄL Trollhättan", "SE2321000131-E27734"),
    "V_BARNAKUT": ("Barnakuten, Drottning Silvias barnsjukhus", "SE2321000131-E40088"),
    "V_SEXH": ("Mottagningen för sexuell hälsa, Sahlgrenska Universitetssjukhuset", "SE2321000131-E40911"),
    "V_MED_ALI": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E15562"),
    "V_AKUT_SKO": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E22046"),
    "V_INF_BOR": ("Infektionsmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E19873"),
    "V_HUD": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E41350"),
    "V_MOBIL": ("Mobil närsjukvård, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E43126"),
    "V_PSYK": ("Psykiatrimottagning Affektiva, Sahlgrenska Universitetssjukhuset", "SE2321000131-E38804"),
}

CASES = []


def K(name, rs, sys_, unit, tmpl, role, author, time, born, sex, secs,
      must=(), must_not=(), why="", draft=False):
    CASES.append(dict(name=name, rs=rs, sys=sys_, unit=unit, tmpl=tmpl, role=role,
                      author=author, time=time, born=born, sex=sex, secs=secs,
                      must=list(must), must_not=list(must_not), why=why, draft=draft))


M, P = "Melior", "PMO"
LAK, SSK, BM = "läkare", "sjuksköterska", "barnmorska"
LA, SA, BA, TA = "Läkaranteckning", "Sjuksköterskeanteckning", "Barnmorskeanteckning", "Telefonanteckning"

# ---------------------------------------------------------------- A: hedged diagnosis, Melior -> must NL102
K("a01-jourcentral-trol-streptokocktonsillit", "vgr", M, "V_JOUR_KUN", LA, LAK, "Johan Lindqvist",
  "2024-02-03T19:40", "1988-05-14", "M",
  [("Anamnes", "Halsont och feber 39 sedan i förrgår, hostar ej."),
   ("Bedömning", "Trol. streptokocktonsillit. Strep A-test slut på enheten, behandlas på klinisk bild.")],
  must=["NL102"], why="'Trol.' before tonsillitis in Bedömning, visible Melior note")
K("a02-narakut-otit-fragetecken-barn", "vgr", M, "V_NARAKUT", LA, LAK, "Sara Ek",
  "2024-01-17T16:05", "2020-09-02", "F",
  [("Status", "Trumhinna vä rodnad, svårbedömd pga vax. Hö ua."),
   ("Bedömning", "Otit vä? Opåverkad, expektans 3 d.")],
  must=["NL102"], why="trailing '?' after otit, guardian reads child's journal")
K("a03-barnakut-ev-rs-virus-spadbarn", "skane", M, "S_BARNAKUT", LA, LAK, "Petra Nilsson",
  "2024-01-09T22:15", "2023-08-03", "M",
  [("Bedömning", "Ev. RS-virusinfektion, sat 94 % på luft. Hem med råd, åter vid sämre.")],
  must=["NL102"], why="'Ev.' RS-virus in Skåne Melior note", draft=True)
K("a04-telefonradgivning-later-som-bppv", "vgr", M, "V_NARAKUT", TA, SSK, "Lena Berg",
  "2024-03-11T08:50", "1961-11-23", "F",
  [("Kontaktorsak", "Yrsel i sekunder när hon vänder sig i sängen sedan 2 d."),
   ("Bedömning", "Låter som BPPV. Ingen huvudvärk, inga bortfall."),
   ("Åtgärd", "Tid hos läkare imorgon.")],
  must=["NL102"], why="nurse phone advice: 'låter som' BPPV is an uncertain diagnosis")
K("a05-akut-mest-troligt-lumbago", "skane", M, "S_AKUT_HBG", LA, LAK, "Anders Holm",
  "2024-04-02T13:20", "1979-02-11", "M",
  [("Bedömning", "Mest troligt lumbago efter lyft, inga röda flaggor. Ipren och fortsatt aktivitet.")],
  must=["NL102"], why="'mest troligt' lumbago; 'inga röda flaggor' is not about the diagnosis")
K("a06-narakut-ser-ut-som-zoster", "vgr", M, "V_NARAKUT", LA, LAK, "Karin Sjöberg",
  "2024-05-06T11:10", "1952-07-30", "F",
  [("Status", "Grupperade blåsor på rodnad botten, bältesformat Th6 vä."),
   ("Bedömning", "Ser ut som herpes zoster. Valaciklovir 7 d.")],
  must=["NL102"], why="'ser ut som' herpes zoster: clinical impression, hedged")
K("a07-jourcentral-kan-vara-sinuit", "vgr", M, "V_JOUR_KUN", LA, LAK, "Mikael Dahl",
  "2024-02-24T10:35", "1984-10-08", "M",
  [("Bedömning", "Kan vara sinuit – 10 d nästäppa, ensidig tandvärk i överkäken. Nässköljning, återkontakt om feber.")],
  must=["NL102"], why="'kan vara' sinuit at sentence start")
K("a08-akut-tycks-gastroenterit", "skane", M, "S_AKUT_YST", LA, LAK, "Emma Persson",
  "2024-03-02T03:15", "1995-12-19", "F",
  [("Bedömning", "Kräkts 6 ggr, diarré, två barn hemma med samma. Tycks röra sig om gastroenterit.")],
  must=["NL102"], why="'tycks röra sig om' gastroenterit, hedge after the history")
K("a09-verkar-vara-nydebuterad-astma", "vgr", M, "V_MED_ALI", LA, LAK, "Oskar Wallin",
  "2024-10-14T09:25", "1999-04-27", "M",
  [("Bedömning", "Verkar vara nydebuterad astma: ansträngningsutlöst hosta och pip sedan i höstas. PEF-kurva 2 v.")],
  must=["NL102"], why="'verkar vara' astma")
K("a10-misst-kol-rokare", "vgr", M, "V_MED_ALI", LA, LAK, "Helena Lund",
  "2024-06-18T14:00", "1958-01-05", "M",
  [("Anamnes", "Morgonhosta och ansträngningsdyspné, rökt ca 30 paketår."),
   ("Bedömning", "Misst. KOL. Spirometri med reversibilitet bokas.")],
  must=["NL102"], why="'Misst.' KOL in unsigned draft", draft=True)
K("a11-akut-snarast-viral-oli", "skane", M, "S_AKUT_HBG", LA, LAK, "Jonas Åberg",
  "2024-11-04T20:45", "2001-06-12", "F",
  [("Bedömning", "Snarast viral övre luftvägsinfektion, ingen indikation för antibiotika.")],
  must=["NL102"], why="'snarast' = most likely: hedged diagnosis")
K("a12-smvc-misstankt-gdm", "vgr", M, "V_SMVC", BA, BM, "Maria Forsberg",
  "2024-04-22T10:15", "1990-03-16", "F",
  [("Aktuellt", "Slumpglukos 8,9 mmol/l i v 26."),
   ("Planering", "Misstänkt GDM, OGTT nästa vecka.")],
  must=["NL102"], why="midwife: 'misstänkt' GDM under Planering")
K("a13-smvc-preeklampsi-kan-ej-uteslutas", "skane", M, "S_SMVC", LA, LAK, "Ulrika Svensson",
  "2024-07-08T15:30", "1987-09-09", "F",
  [("Bedömning", "BT 146/95 vid två mätningar, spår av protein. Begynnande preeklampsi kan ej uteslutas, ny kontroll om 2 d.")],
  must=["NL102"], why="'kan ej uteslutas' is an uncertainty cue, not a negation")
K("a14-barnakut-kikhosta-fragetecken", "vgr", M, "V_BARNAKUT", LA, LAK, "Fredrik Olsson",
  "2024-09-27T18:10", "2020-02-14", "F",
  [("Anamnes", "Anfallsvis hosta med kräkning sedan 3 v, ovaccinerad."),
   ("Bedömning", "Kikhosta? PCR nasofarynx tagen.")],
  must=["NL102"], why="'Kikhosta?' as its own sentence, child under 13")
K("a15-sannolikt-depression", "vgr", M, "V_PSYK", LA, LAK, "Ida Magnusson",
  "2024-02-12T13:45", "1976-08-21", "F",
  [("Bedömning", "Nedstämd, sömnstörd, tappat lust sedan 2 mån. PHQ-9 18 p. Sannolikt depression, ingen suicidrisk.")],
  must=["NL102"], why="'sannolikt' depression; 'ingen suicidrisk' is a separate negation")
K("a16-akut-generaliserad-angest-fragetecken", "skane", M, "S_AKUT_HBG", LA, LAK, "Viktor Engström",
  "2024-05-19T01:30", "1993-11-02", "M",
  [("Bedömning", "Bröstsmärta, EKG och TnT ua. Generaliserad ångest? Remiss till VC för uppföljning.")],
  must=["NL102"], why="'?' after ångest diagnosis mid-sentence-block")
K("a17-hud-eksem-dd-kontaktallergi", "vgr", M, "V_HUD", LA, LAK, "Cecilia Bergström",
  "2024-03-26T09:40", "1981-12-01", "F",
  [("Diagnos", "Handeksem bilat, DD kontaktallergi. Lapptest övervägs.")],
  must=["NL102"], why="'DD' introduces a differential diagnosis")
K("a18-infektion-trol-borrelia-typo", "vgr", M, "V_INF_BOR", LA, LAK, "Per Gustafsson",
  "2024-07-23T11:05", "1966-04-04", "M",
  [("Status", "Rodnad 8 cm runt fästingbett, centralt blekare."),
   ("Bedömning", "Trol. borellia, doxycyklin 10 d.")],
  must=["NL102"], why="typo 'borellia' for borrelia, hedged by 'Trol.'")
K("a19-medicin-misst-jarnbristanemi", "skane", M, "S_MED_LKR", LA, LAK, "Linnea Håkansson",
  "2024-08-15T10:50", "1970-10-28", "F",
  [("Lab", "Hb 98, MCV 74."),
   ("Bedömning", "Misst. järnbristanemi, ferritin och gastroskopiremiss.")],
  must=["NL102"], why="'Misst.' järnbristanemi")
K("a20-medicin-hypotyreos-fragetecken", "vgr", M, "V_MED_ALI", LA, LAK, "Elin Sandberg",
  "2024-01-30T15:20", "1968-06-17", "F",
  [("Bedömning", "Trött och frusen, viktuppgång 4 kg. Hypotyreos? TSH/T4 tagna, svar om 2 d.")],
  must=["NL102"], why="'Hypotyreos?' before tests are answered")
K("a21-sexh-misstankt-klamydia", "vgr", M, "V_SEXH", BA, BM, "Sofia Lindgren",
  "2024-04-10T14:25", "2005-01-19", "F",
  [("Bedömning", "Ökade flytningar, sveda. Misstänkt klamydia, NAAT tagen, doxycyklin ges direkt.")],
  must=["NL102"], why="midwife, 19-year-old: 'misstänkt' klamydia")
K("a22-akut-trol-okomplicerad-uvi", "skane", M, "S_AKUT_YST", LA, LAK, "Hampus Nyberg",
  "2024-06-01T12:10", "1997-05-25", "F",
  [("Bedömning", "Sveda och täta trängningar 2 d, U-sticka nitrit pos. Trol. okomplicerad UVI, nitrofurantoin 5 d.")],
  must=["NL102"], why="'Trol.' UVI in unsigned draft", draft=True)
K("a23-jourcentral-pyelonefrit-kan-ej-uteslutas", "vgr", M, "V_JOUR_KUN", LA, LAK, "Maja Axelsson",
  "2024-08-03T21:55", "1974-09-13", "F",
  [("Status", "Feber 38,9, dunkömhet hö flank."),
   ("Bedömning", "Pyelonefrit kan ej uteslutas, CRP och urinodling.")],
  must=["NL102"], why="diagnosis first, 'kan ej uteslutas' after")
K("a24-medicin-ev-hypertoni", "vgr", M, "V_MED_ALI", LA, LAK, "Gustav Holmberg",
  "2024-09-09T08:35", "1963-02-22", "M",
  [("Bedömning", "BT 162/98 vid besöket. Ev. hypertoni, hemblodtrycksmätning 1 v och återbesök DSK.")],
  must=["NL102"], why="'Ev.' hypertoni pending home measurements")
K("a25-medicin-mest-troligt-dm2", "skane", M, "S_MED_LKR", LA, LAK, "Louise Mattsson",
  "2024-10-02T13:05", "1971-07-07", "M",
  [("Bedömning", "Polyuri, törst, P-glukos 14. Mest troligt DM2, GAD-ak tas för att utesluta typ 1.")],
  must=["NL102"], why="'mest troligt' DM2")
K("a26-mobil-nsv-trol-delirium-uvi", "vgr", M, "V_MOBIL", LA, LAK, "Rickard Blom",
  "2024-11-12T10:20", "1934-03-29", "F",
  [("Aktuellt", "Besök på äldreboende. Ökad förvirring senaste dygnen, illaluktande urin enligt personalen."),
   ("Bedömning", "Trol. delirium utlöst av UVI.")],
  must=["NL102"], why="nursing-home visit by mobile team: 'Trol.' delirium/UVI")
K("a27-jourcentral-trol-bells-pares", "vgr", M, "V_JOUR_KUN", LA, LAK, "Tove Ström",
  "2024-08-29T17:40", "1985-12-30", "M",
  [("Bedömning", "Facialispares hö inkl pannan. Trol. perifer facialispares (Bell), borreliaserologi tas.")],
  must=["NL102"], why="'Trol.' perifer facialispares; eponym in parenthesis")
K("a28-barnakut-ser-ut-som-bronkiolit", "skane", M, "S_BARNAKUT", LA, LAK, "Axel Lindholm",
  "2024-02-18T04:25", "2023-07-11", "F",
  [("Bedömning", "Rosslig, feber 38,5, lätta indragningar. Ser ut som bronkiolit, RS-test pågår.")],
  must=["NL102"], why="'ser ut som' bronkiolit in infant")
K("a29-narakut-trol-extern-otit", "vgr", M, "V_NARAKUT", LA, LAK, "Nora Hedlund",
  "2024-07-30T16:50", "1992-08-08", "F",
  [("Bedömning", "Klåda och smärta hö öra efter badsemester, svullen hörselgång. Trol. extern otit.")],
  must=["NL102"], why="'Trol.' extern otit at end of assessment")
K("a30-akut-peritonsillit-fragetecken", "skane", M, "S_AKUT_YST", LA, LAK, "Erik Söderberg",
  "2024-03-17T23:05", "2002-10-16", "M",
  [("Status", "Svullnad vä gombåge, uvula deviation åt hö, trismus."),
   ("Bedömning", "Peritonsillit? ÖNH-jour kontaktad.")],
  must=["NL102"], why="'Peritonsillit?' in Bedömning")
K("a31-narakut-missankt-pneumoni-typo", "vgr", M, "V_NARAKUT", LA, LAK, "Amanda Lundberg",
  "2024-01-22T14:40", "1949-05-03", "M",
  [("Bedömning", "Missänkt pneumoni vä basalt, CRP 120, krepitationer vä.")],
  must=["NL102"], why="typo 'Missänkt' for misstänkt")
K("a32-jourcentral-trolig-gastroentrit-typo", "vgr", M, "V_JOUR_KUN", LA, LAK, "Simon Nordin",
  "2024-12-01T09:15", "1980-01-26", "F",
  [("Bedömning", "Trolig gastroentrit, ingen dehydrering, dricker bra.")],
  must=["NL102"], why="typo 'gastroentrit' for gastroenterit, hedged by 'Trolig'")
K("a33-akut-sannolkit-sinuit-typo", "skane", M, "S_AKUT_HBG", LA, LAK, "Matilda Björk",
  "2024-02-07T18:30", "1977-03-03", "F",
  [("Bedömning", "Sannolkit bakteriell sinuit, dubbelinsjuknande efter 12 d. PcV 10 d.")],
  must=["NL102"], why="typo 'Sannolkit' for sannolikt")
K("a34-barnakut-tonsilit-fragetecken-typo", "vgr", M, "V_BARNAKUT", LA, LAK, "David Falk",
  "2024-05-25T12:00", "2018-04-21", "M",
  [("Bedömning", "Halsont, feber, syskon strep A-pos i helgen. tonsilit? Snabbtest tas.")],
  must=["NL102"], why="typo 'tonsilit' with '?' and lower-case sentence start")
K("a35-medicin-ev-hypotyrreos-typo", "vgr", M, "V_MED_ALI", LA, LAK, "Hanna Sundqvist",
  "2024-04-16T11:30", "1959-09-18", "F",
  [("Bedömning", "Ev hypotyrreos, TSH 6,8 med normalt T4. Nytt prov om 6 v.")],
  must=["NL102"], why="typo 'hypotyrreos' and 'Ev' without full stop")
K("a36-akut-herpes-zooster-typo", "skane", M, "S_AKUT_YST", LA, LAK, "Filip Ekström",
  "2024-09-14T15:45", "1948-12-12", "M",
  [("Bedömning", "Brännande smärta vä panna, enstaka blåsor. Herpes zooster? Ögonkonsult.")],
  must=["NL102"], why="typo 'zooster' for zoster, hedged by '?'")
K("a37-barnakut-aom-kan-inte-uteslutas", "vgr", M, "V_BARNAKUT", LA, LAK, "Julia Aronsson",
  "2024-12-08T20:10", "2022-03-05", "M",
  [("Bedömning", "Trumhinnor svårbedömda pga vax. Akut mediaotit bilat kan inte uteslutas, kontroll VC om 2 d.")],
  must=["NL102"], why="'kan inte uteslutas' variant of kan ej uteslutas")
K("a38-sexh-konsherpes-misstanks", "vgr", M, "V_SEXH", LA, LAK, "Sanna Wikström",
  "2024-06-25T09:55", "2003-07-09", "F",
  [("Bedömning", "Smärtsamma sår vid labia sedan 3 d. Könsherpes misstänks, PCR tagen.")],
  must=["NL102"], why="passive 'misstänks' after the diagnosis", draft=True)
K("a39-smvc-mojlig-graviditetsdiabetes", "skane", M, "S_SMVC", BA, BM, "Annika Lindblom",
  "2024-05-13T14:15", "1991-02-27", "F",
  [("Bedömning", "OGTT v 28: 2h-värde 8,6. Möjlig graviditetsdiabetes, diskuteras på teamkonferens.")],
  must=["NL102"], why="'möjlig' graviditetsdiabetes")
K("a40-jourcentral-negation-sedan-trol-bronkit", "vgr", M, "V_JOUR_KUN", LA, LAK, "Jakob Eriksson",
  "2024-10-19T11:45", "1969-11-11", "M",
  [("Bedömning", "Ingen misstanke om pneumoni, lungor ua. Trol. viral bronkit, hostdämpande.")],
  must=["NL102"], why="negation covers pneumoni only; bronkit after it is hedged")
K("a41-mobil-nsv-misstankt-erysipelas", "vgr", M, "V_MOBIL", LA, LAK, "Malin Fransson",
  "2024-03-05T13:35", "1938-06-15", "F",
  [("Status", "Rodnad, värmeökning vä underben kring bensår."),
   ("Bedömning", "Misstänkt erysipelas, Heracillin startas.")],
  must=["NL102"], why="home visit, 'Misstänkt' erysipelas")
K("a42-akut-oklar-buksmarta-dd", "skane", M, "S_AKUT_HBG", LA, LAK, "Albin Carlsson",
  "2024-07-14T02:50", "2004-05-31", "M",
  [("Bedömning", "Oklar buksmärta hö fossa. DD appendicit, gastroenterit. Obs 4 h, ny bedömning.")],
  must=["NL102"], why="differential diagnosis list after 'DD'")
K("a43-jourcentral-ev-postinfektios-hosta-dd-kikhosta", "vgr", M, "V_AKUT_SKO", LA, LAK, "Ebba Lindahl",
  "2024-11-25T16:25", "1983-08-19", "F",
  [("Bedömning", "Hosta 3 v efter förkylning, ev. postinfektiös. DD kikhosta, PCR tas.")],
  must=["NL102"], why="'DD kikhosta' in a separate sentence")

# ---------------------------------------------------------------- B: diagnosis + not yet informed, Melior -> must NL101
K("b01-sexh-klamydia-pat-ej-nadd", "vgr", M, "V_SEXH", BA, BM, "Therese Hansson",
  "2024-03-14T14:10", "2004-02-08", "F",
  [("Provsvar", "Klamydia-NAAT positiv."),
   ("Åtgärd", "Pat ej nådd på tel kl 10 och 14, nytt försök imorgon.")],
  must=["NL101"], why="positive chlamydia, 'Pat ej nådd' in Åtgärd")
K("b02-smvc-gdm-provsvar-ej-meddelat", "skane", M, "S_SMVC", BA, BM, "Josefin Nord",
  "2024-06-11T16:00", "1989-10-10", "F",
  [("Provsvar", "OGTT v 28: fP-glukos 5,4, 2h 9,1 – GDM."),
   ("Planering", "Provsvar ej meddelat, ringer pat imorgon.")],
  must=["NL101"], why="GDM with 'Provsvar ej meddelat'")
K("b03-medicin-hypotyreos-ej-informerad", "vgr", M, "V_MED_ALI", LA, LAK, "Kristoffer Berg",
  "2024-04-25T09:10", "1972-12-03", "F",
  [("Bedömning", "TSH 14, fT4 sänkt: hypotyreos. Pat ej informerad ännu, tas upp vid återbesök 3/5.")],
  must=["NL101"], why="hypotyreos, 'ej informerad ännu' in the same section")
K("b04-akut-pneumoni-ringer-imorgon", "skane", M, "S_AKUT_HBG", LA, LAK, "Rebecka Ahlström",
  "2024-01-28T07:40", "1956-04-14", "M",
  [("Röntgen", "Lungröntgen eftergranskad: pneumoni hö underlob."),
   ("Planering", "Pat hade gått hem. Ringer pat imorgon med svar och recept.")],
  must=["NL101"], why="pneumoni seen after discharge, 'Ringer pat imorgon med svar'")
K("b05-medicin-jarnbristanemi-svaret-ej-meddelat", "vgr", M, "V_MED_ALI", LA, LAK, "Olivia Nyström",
  "2024-05-30T12:20", "1982-01-29", "F",
  [("Lab", "Hb 92, ferritin 6 – järnbristanemi."),
   ("Planering", "Svaret ej meddelat pat, läkare ringer efter helgen.")],
  must=["NL101"], why="järnbristanemi, result not told", draft=True)
K("b06-infektion-borrelia-ej-nadd-idag", "skane", M, "S_INF_KRI", LA, LAK, "Henrik Mårtensson",
  "2024-08-20T15:05", "1965-09-01", "M",
  [("Bedömning", "Borreliaserologi IgM och IgG pos, borreliainfektion."),
   ("Åtgärd", "Pat ej nådd idag, ny kontakt imorgon.")],
  must=["NL101"], why="borrelia infection stated, patient not reached")
K("b07-barnakut-kikhosta-foraldrar-ej-nadda", "vgr", M, "V_BARNAKUT", LA, LAK, "Lovisa Kjellberg",
  "2024-10-07T17:30", "2024-06-20", "F",
  [("Provsvar", "PCR nasofarynx: Bordetella pertussis pos, kikhosta."),
   ("Åtgärd", "Föräldrar ej nådda, söks igen ikväll.")],
  must=["NL101"], why="infant with kikhosta, guardians (the readers) not yet reached")
K("b08-barnakut-rs-svar-ej-lamnat", "skane", M, "S_BARNAKUT", SA, SSK, "Elsa Pålsson",
  "2024-12-03T10:45", "2024-03-28", "M",
  [("Provsvar", "RS-virus påvisat i nasofarynxprov. Svar ej lämnat till mamma än, ringer efter lunch.")],
  must=["NL101"], why="RS-virus positive, mother not yet told")
K("b09-sexh-genital-herpes-ej-meddelad", "vgr", M, "V_SEXH", LA, LAK, "Marcus Jonsson",
  "2024-02-20T11:15", "2000-11-21", "M",
  [("Provsvar", "HSV-2 PCR positiv från sår på penis, genital herpes."),
   ("Planering", "Pat ej meddelad, ringer imorgon fm.")],
  must=["NL101"], why="genital herpes confirmed, 'ej meddelad'")
K("b10-smvc-preeklampsi-ej-natt", "vgr", M, "V_SMVC", BA, BM, "Camilla Strand",
  "2024-09-03T13:50", "1986-05-05", "F",
  [("Bedömning", "U-albumin/kreatinin 45, BT 150/100 vid kontroll igår – preeklampsi."),
   ("Åtgärd", "Ej nått pat per telefon, söks igen kl 16.")],
  must=["NL101"], why="preeklampsi, 'Ej nått pat'")
K("b11-medicin-dm2-besked-vid-besok", "skane", M, "S_MED_LKR", LA, LAK, "Pontus Lindström",
  "2024-06-04T08:55", "1960-08-08", "M",
  [("Bedömning", "HbA1c 58 och 61 mmol/mol, DM2. Pat ej underrättad, får besked vid besök hos diabetessjuksköterska 14/6.")],
  must=["NL101"], why="DM2 settled, patient told only at a later visit")
K("b12-sexh-gonorre-meddelas-imorgon", "vgr", M, "V_SEXH", LA, LAK, "Agnes Lind",
  "2024-11-06T15:35", "1998-03-12", "M",
  [("Provsvar", "Odling urethra: Neisseria gonorrhoeae, gonorré."),
   ("Planering", "Meddelas pat imorgon, smittspårning därefter.")],
  must=["NL101"], why="gonorré, 'Meddelas pat imorgon'", draft=True)
K("b13-medicin-celiaki-annu-ej-informerad", "skane", M, "S_MED_LKR", LA, LAK, "Stina Bengtsson",
  "2024-03-21T14:30", "1994-06-06", "F",
  [("Sammanfattning", "Transglutaminas-ak > 100 och duodenalbiopsi med totalatrofi: celiaki. Pat ännu ej informerad.")],
  must=["NL101"], why="celiaki, 'ännu ej informerad' in Sammanfattning")
K("b14-medicin-hypertoni-ringer-mandag", "vgr", M, "V_MED_ALI", LA, LAK, "Ludvig Hellström",
  "2024-10-25T16:10", "1957-02-02", "M",
  [("Bedömning", "24h-BT medel 148/94, hypertoni. Ringer pat med svar på måndag.")],
  must=["NL101"], why="hypertoni on ambulatory BP, answer given on Monday")
K("b15-medicin-b12-brist-ej-nad-typo", "skane", M, "S_MED_LKR", LA, LAK, "Alice Nordström",
  "2024-07-02T10:25", "1947-11-17", "F",
  [("Lab", "Kobalamin 110 pmol/l, B12-brist. Pat ej nåd, nytt försök imorgon.")],
  must=["NL101"], why="typo 'nåd' for nådd; B12-brist not yet told")
K("b16-infektion-hepatit-c-ej-meddelt-typo", "vgr", M, "V_INF_BOR", LA, LAK, "Isak Hermansson",
  "2024-05-08T13:40", "1975-10-23", "M",
  [("Bedömning", "HCV-RNA positiv, kronisk hepatit C. Provsvar ej meddelt, kallas till läkarbesök.")],
  must=["NL101"], why="typo 'meddelt' for meddelat; hepatit C not told")

# ---------------------------------------------------------------- C: confirmed diagnosis, Melior -> must_not NL102
K("c01-jourcentral-streptokocktonsilit-bekraftad-typo", "vgr", M, "V_JOUR_KUN", LA, LAK, "Moa Jakobsson",
  "2024-04-06T12:30", "1996-09-26", "M",
  [("Diagnos", "Streptokocktonsilit, strep A pos."),
   ("Åtgärd", "PcV 1 g x 3 i 10 d.")],
  must_not=["NL102"], why="confirmed by test, typo 'tonsilit', no hedge")
K("c02-barnakut-aom-bekraftad", "skane", M, "S_BARNAKUT", LA, LAK, "Theo Andersson",
  "2024-01-05T19:20", "2021-11-30", "F",
  [("Bedömning", "Akut mediaotit hö, buktande trumhinna. Expektans, Alvedon vb.")],
  must_not=["NL102"], why="settled AOM; 'vb' is not a hedge")
K("c03-narakut-herpes-zoster-bekraftad", "vgr", M, "V_NARAKUT", LA, LAK, "Vera Håkansson",
  "2024-06-09T10:00", "1955-03-08", "M",
  [("Diagnos", "Herpes zoster Th10 hö, debut igår."),
   ("Läkemedel", "Valaciklovir 1 g x 3 i 7 d.")],
  must_not=["NL102"], why="confirmed zoster")
K("c04-jourcentral-bppv-dix-hallpike", "vgr", M, "V_JOUR_KUN", LA, LAK, "Leo Samuelsson",
  "2024-02-27T11:50", "1950-10-05", "F",
  [("Bedömning", "Positiv Dix-Hallpike hö. BPPV bakre båge hö, Epley utförd med god effekt.")],
  must_not=["NL102"], why="BPPV confirmed by positive test", draft=True)
K("c05-medicin-kol-spirometri", "skane", M, "S_MED_LKR", LA, LAK, "Hugo Lindkvist",
  "2024-09-24T14:20", "1954-01-20", "M",
  [("Utredning", "Spirometri: FEV1/FVC 0,62 efter bronkdilatation, FEV1 68 % av pred."),
   ("Diagnos", "KOL GOLD 2.")],
  must_not=["NL102"], why="KOL settled by spirometry")
K("c06-smvc-gdm-kostbehandlad", "vgr", M, "V_SMVC", BA, BM, "Alma Öberg",
  "2024-08-12T09:30", "1988-12-24", "F",
  [("Aktuellt", "GDM sedan v 28, kostbehandling. Egenmätningar inom målvärden.")],
  must_not=["NL102"], why="known GDM at follow-up")
K("c07-infektion-erythema-migrans", "skane", M, "S_INF_KRI", LA, LAK, "Wilma Axelsson",
  "2024-07-16T11:25", "1973-05-18", "F",
  [("Bedömning", "Erythema migrans vä lår, 12 cm. Fenoximetylpenicillin 1 g x 3 i 10 d.")],
  must_not=["NL102"], why="clinical diagnosis stated without hedge")

# ---------------------------------------------------------------- D: negated / ruled out -> must_not NL102
K("d01-narakut-inga-tecken-pa-otit", "vgr", M, "V_NARAKUT", LA, LAK, "Nils Ekman",
  "2024-03-03T15:15", "2019-01-12", "M",
  [("Status", "Trumhinnor ua bilat, inga tecken på otit."),
   ("Bedömning", "Viral ÖLI.")],
  must_not=["NL102"], why="'inga tecken på' otit")
K("d02-akut-ingen-misstanke-pneumoni", "skane", M, "S_AKUT_HBG", LA, LAK, "Selma Jönsson",
  "2024-12-10T22:40", "1987-07-22", "F",
  [("Bedömning", "Ingen misstanke om pneumoni, lungor auskultatoriskt ua, sat 98 %.")],
  must_not=["NL102"], why="'ingen misstanke om' pneumoni")
K("d03-jourcentral-pyelonefrit-uteslutes", "vgr", M, "V_JOUR_KUN", LA, LAK, "Tilda Karlsson",
  "2024-05-15T13:05", "1990-04-30", "F",
  [("Bedömning", "Afebril, ej dunkömhet. Pyelonefrit uteslutes, cystit behandlas med pivmecillinam.")],
  must_not=["NL102"], why="'uteslutes' after the diagnosis; cystit settled")
K("d04-mobil-nsv-ej-tecken-erysipelas", "vgr", M, "V_MOBIL", SA, SSK, "Greta Holm",
  "2024-08-06T10:40", "1940-02-16", "M",
  [("Status", "Välavgränsad rodnad kring insektsbett, ej värmeökning."),
   ("Bedömning", "Ej tecken på erysipelas.")],
  must_not=["NL102"], why="'Ej tecken på' erysipelas")
K("d05-smvc-preeklampsi-kan-uteslutas", "skane", M, "S_SMVC", BA, BM, "Klara Nyman",
  "2024-10-09T11:00", "1993-08-13", "F",
  [("Bedömning", "U-sticka neg, BT 122/78. Preeklampsi kan uteslutas.")],
  must_not=["NL102"], why="'kan uteslutas' (contrast with 'kan ej uteslutas')")
K("d06-infektion-misstanke-borrelia-avskrivs", "vgr", M, "V_INF_BOR", LA, LAK, "Edvin Lund",
  "2024-09-19T14:50", "1962-12-09", "M",
  [("Bedömning", "Borreliaserologi neg x2 med 4 v mellanrum. Misstanke om borrelia avskrivs.")],
  must_not=["NL102"], why="suspicion withdrawn: 'avskrivs'", draft=True)
K("d07-jourcentral-ingen-missanke-sinuit-typo", "vgr", M, "V_JOUR_KUN", LA, LAK, "Elvira Sjögren",
  "2024-01-13T11:35", "2000-06-28", "F",
  [("Bedömning", "Symtom i 3 d. Ingen missanke om sinuit, förkylningsråd.")],
  must_not=["NL102"], why="typo 'missanke' inside a negation")
K("d08-barnakut-utan-hallpunkt-kikhosta", "vgr", M, "V_BARNAKUT", LA, LAK, "Arvid Nilsson",
  "2024-04-29T17:20", "2015-03-19", "F",
  [("Bedömning", "PCR neg för pertussis. Utan hållpunkt för kikhosta, åter till VC vb.")],
  must_not=["NL102"], why="'utan hållpunkt för' kikhosta")
K("d09-akut-depression-foreligger-ej", "skane", M, "S_AKUT_YST", LA, LAK, "Ines Bergman",
  "2024-06-22T14:35", "1985-01-04", "M",
  [("Bedömning", "Nedstämd efter separation. MADRS 8 p, depression föreligger ej. Anpassningsstörning, samtalskontakt via VC.")],
  must_not=["NL102"], why="'föreligger ej' depression; anpassningsstörning stated")
K("d10-barnakut-ingen-invagination", "vgr", M, "V_BARNAKUT", LA, LAK, "Melker Olofsson",
  "2024-11-18T21:30", "2023-05-07", "M",
  [("Bedömning", "Ingen invagination vid ultraljud, inga tecken till dehydrering. Gastroenterit.")],
  must_not=["NL102"], why="negated invagination and dehydrering; gastroenterit settled")

# ---------------------------------------------------------------- E: family / past -> must_not NL102
K("e01-medicin-hereditet-diabtes-typo", "vgr", M, "V_MED_ALI", LA, LAK, "Ronja Isaksson",
  "2024-03-19T10:05", "1967-08-30", "M",
  [("Hereditet", "Mor och morfar diabtes typ 2, far hjärtinfarkt vid 58 års ålder."),
   ("Bedömning", "Nyupptäckt hypertoni, start amlodipin 5 mg.")],
  must_not=["NL102"], why="family history (typo 'diabtes'); own diagnosis settled")
K("e02-infektion-tidigare-borrelia-zoster", "skane", M, "S_INF_KRI", LA, LAK, "Sixten Åkesson",
  "2024-06-27T09:45", "1958-11-14", "F",
  [("Tidigare sjukdomar", "Borrelia 2019, beh med doxycyklin. Herpes zoster 2021."),
   ("Aktuellt", "Nytt fästingbett för 5 d sedan, ingen rodnad.")],
  must_not=["NL102"], why="past history list, no current hypothesis")
K("e03-medicin-hereditet-mor-trol-celiaki", "vgr", M, "V_MED_ALI", LA, LAK, "Frida Wahlberg",
  "2024-02-15T15:10", "1997-10-03", "F",
  [("Hereditet", "Syster har celiaki, mor trol. också men aldrig utredd."),
   ("Bedömning", "Pat själv transglutaminas-neg, inga besvär.")],
  must_not=["NL102"], why="hedge is about the mother's disease, not the patient's")
K("e04-jourcentral-pappa-kol-astma", "vgr", M, "V_JOUR_KUN", LA, LAK, "Linus Berglund",
  "2024-07-06T10:30", "2003-04-11", "M",
  [("Anamnes", "Pappa har KOL och astma. Pat själv aldrig haft andningsbesvär, röker ej.")],
  must_not=["NL102"], why="family diagnoses, patient well")
K("e05-smvc-tidigare-preeklampsi", "skane", M, "S_SMVC", LA, LAK, "Märta Claesson",
  "2024-01-24T13:15", "1990-07-19", "F",
  [("Tidigare graviditeter", "Preeklampsi i första graviditeten 2019, förlöst v 36."),
   ("Planering", "ASA 150 mg från v 12 t.o.m. v 36.")],
  must_not=["NL102"], why="past pregnancy complication, prophylaxis now")
K("e06-narakut-storasyster-misstankt-kikhosta", "vgr", M, "V_NARAKUT", SA, SSK, "Majken Holst",
  "2024-10-30T09:20", "2014-09-07", "M",
  [("Anamnes", "Storasyster hade misstänkt kikhosta förra månaden. Pat själv symtomfri, vaccinerad enl program.")],
  must_not=["NL102"], why="sibling's suspected diagnosis, not the patient's")

# ---------------------------------------------------------------- F: hedge not about a diagnosis -> must_not NL102
K("f01-jourcentral-lumbago-trol-ater-i-arbete", "vgr", M, "V_JOUR_KUN", LA, LAK, "Anton Ljung",
  "2024-04-15T15:55", "1982-06-02", "M",
  [("Bedömning", "Lumbago."),
   ("Planering", "Sjukskrivs 1 v, trol. åter i arbete 22/4.")],
  must_not=["NL102"], why="'trol.' hedges the return to work")
K("f02-medicin-astma-ev-nedtrappning", "skane", M, "S_MED_LKR", LA, LAK, "Maja Rydberg",
  "2024-05-21T10:40", "1978-03-25", "F",
  [("Bedömning", "Astma, välkontrollerad. Ev. nedtrappning av Symbicort vid nästa besök.")],
  must_not=["NL102"], why="'Ev.' hedges a dose change")
K("f03-medicin-hypertoni-verkar-nojd", "vgr", M, "V_MED_ALI", SA, SSK, "Liv Eklund",
  "2024-02-06T13:25", "1951-09-12", "F",
  [("Aktuellt", "Hypertoni, BT 132/80. Verkar nöjd med nuvarande dos, inga biverkningar.")],
  must_not=["NL102"], why="'verkar' is about satisfaction")
K("f04-psyk-depression-tycks-effekt", "vgr", M, "V_PSYK", LA, LAK, "Adam Strömberg",
  "2024-09-16T11:20", "1988-02-09", "M",
  [("Bedömning", "Depression, i förbättring. Tycks ha god effekt av sertralin, sover bättre.")],
  must_not=["NL102"], why="'tycks' is about drug effect")
K("f05-akut-gastroenterit-snarast-ny-kontakt", "skane", M, "S_AKUT_YST", LA, LAK, "Nellie Borg",
  "2024-08-24T19:05", "1999-12-15", "F",
  [("Bedömning", "Gastroenterit."),
   ("Information", "Snarast ny kontakt vid blod i avföringen eller tecken på uttorkning.")],
  must_not=["NL102"], why="'snarast' = as soon as possible, not 'most likely'")
K("f06-narakut-pneumoni-later-pigg", "vgr", M, "V_NARAKUT", TA, SSK, "Ellen Björklund",
  "2024-01-31T10:15", "1960-05-21", "M",
  [("Telefonkontakt", "Pneumoni under beh med PcV dag 3. Låter pigg i telefon, feberfri sedan igår.")],
  must_not=["NL102"], why="'låter' is about how the patient sounds")
K("f07-medicin-dm2-kan-vara-bra", "vgr", M, "V_MED_ALI", SA, "diabetessjuksköterska", "Birgitta Lönn",
  "2024-06-13T09:05", "1953-04-08", "M",
  [("Aktuellt", "DM2, HbA1c 52, stabilt."),
   ("Planering", "Kan vara bra att ta med urinprov vid nästa besök.")],
  must_not=["NL102"], why="'kan vara' is advice, not a diagnosis", draft=True)
K("f08-medicin-hypotyreos-fragetecken-recept", "vgr", M, "V_MED_ALI", LA, LAK, "Kevin Roos",
  "2024-11-20T14:45", "1964-10-31", "F",
  [("Bedömning", "Hypotyreos, TSH 9 trots ordinerad dos."),
   ("Åtgärd", "? om pat hämtat ut Levaxin, ringer apoteket.")],
  must_not=["NL102"], why="'?' concerns adherence, not the diagnosis")
K("f09-minnesmott-mest-troligt-dottern", "skane", M, "S_MINNE", LA, LAK, "Sigrid Ahlqvist",
  "2024-03-28T10:55", "1941-01-14", "F",
  [("Bedömning", "Alzheimers sjukdom, stabilt förlopp. Mest troligt följer dottern med vid återbesöket.")],
  must_not=["NL102"], why="'mest troligt' is about who comes to the visit")
K("f10-hud-eksem-ev-komma-typo", "vgr", M, "V_HUD", LA, LAK, "Hjalmar Eng",
  "2024-10-03T13:30", "2004-06-23", "F",
  [("Bedömning", "Atopiskt eksem armveck bilat. Ev, grupp II-kräm om ej bättre på mjukgörande.")],
  must_not=["NL102"], why="typo 'Ev,'; the hedge is about treatment")
K("f11-mobil-nsv-kol-ser-ut-som-vanligt", "vgr", M, "V_MOBIL", LA, LAK, "Alexander Rask",
  "2024-12-12T11:10", "1937-08-02", "M",
  [("Aktuellt", "Äldreboende rond. KOL, stabil. Ser ut som vanligt enligt personalen, äter bra.")],
  must_not=["NL102"], why="'ser ut som vanligt' describes the patient, not a diagnosis")

# ---------------------------------------------------------------- G: PMO (diagnoses never shown) -> must_not NL102
K("g01-pmo-vc-trol-sinuit", "skane", P, "S_VC_LIND", "Läkarbesök", LAK, "Yasmin Haddad",
  "2024-02-09T10:20", "1986-03-07", "F",
  [("Bedömning", "Trol. sinuit, 8 d symtom. Nässpray, ingen antibiotika.")],
  must_not=["NL102"], why="PMO never shows diagnoses: hedged sinuit")
K("g02-pmo-bvc-ev-mjolkproteinallergi-typo", "skane", P, "S_BVC_KAV", "BVC-besök", SSK, "Karin Möller",
  "2024-04-03T09:40", "2024-01-02", "M",
  [("Aktuellt", "Kräks efter målen, blod i blöjan x1."),
   ("Åtgärd", "Ev. mjölkprotienallergi, läkartid BVC nästa vecka.")],
  must_not=["NL102"], why="BVC nurse in PMO, typo 'mjölkprotienallergi'")
K("g03-pmo-ungdomsmott-misst-klamydia", "skane", P, "S_UM_LUND", "Besök", BM, "Lina Mohammed",
  "2024-05-02T15:00", "2006-01-25", "F",
  [("Anamnes", "Oskyddat samlag för 2 v sedan, ny partner."),
   ("Bedömning", "Misst. klamydia, prov taget. Svar via 1177 om ca 1 v.")],
  must_not=["NL102"], why="ungdomsmottagning in PMO: 'Misst.' klamydia")
K("g04-pmo-hemsjukvard-kan-vara-uvi", "skane", P, "S_HSJ_BJUV", "Hembesök", SSK, "Ann-Sofie Lindell",
  "2024-07-19T07:50", "1936-05-09", "M",
  [("Aktuellt", "Illaluktande urin, orolig natt. Kan vara UVI, jourhavande läkare kontaktad.")],
  must_not=["NL102"], why="home care nurse in PMO: 'kan vara' UVI")
K("g05-pmo-telefon-later-som-gastroenterit", "skane", P, "S_VC_TOME", "Telefon", SSK, "Rut Sjöstrand",
  "2024-09-05T08:15", "1979-11-29", "M",
  [("Telefon", "Kräkningar och diarré sedan igår. Låter som gastroenterit, råd om vätskeersättning.")],
  must_not=["NL102"], why="telefonrådgivning in PMO: 'låter som'", draft=True)
K("g06-pmo-aldreboende-rond-anemi", "skane", P, "S_VC_SJOBO", "Läkarbesök", LAK, "Bengt Ohlsson",
  "2024-10-16T13:00", "1932-12-22", "F",
  [("Aktuellt", "Rond särskilt boende. Ökad trötthet, Hb 101."),
   ("Bedömning", "Anemi? Järnstatus och B12 tas.")],
  must_not=["NL102"], why="nursing-home round in PMO: 'Anemi?'")
K("g07-pmo-bmm-preeklampsi-fragetecken", "skane", P, "S_BMM_LKR", "MVC-besök", BM, "Hanna Törnqvist",
  "2024-11-08T10:30", "1992-04-02", "F",
  [("Bedömning", "BT 142/92, ingen proteinuri. Preeklampsi? Ny BT-kontroll om 2 d.")],
  must_not=["NL102"], why="MVC midwife in PMO: 'Preeklampsi?'")
K("g08-pmo-vc-misstant-zoster-typo", "skane", P, "S_VC_HORBY", "Läkarbesök", LAK, "Göran Wendt",
  "2024-03-08T14:05", "1957-06-26", "M",
  [("Bedömning", "Brännande smärta vä bröstkorg utan utslag. Misstänt herpes zoster i prodromalfas.")],
  must_not=["NL102"], why="PMO, typo 'Misstänt'")
K("g09-pmo-vc-verkar-vara-angest", "skane", P, "S_VC_ESLOV", "Läkarbesök", LAK, "Daniel Roslund",
  "2024-06-07T11:40", "1998-08-17", "F",
  [("Bedömning", "Hjärtklappning i samband med oro, EKG ua. Verkar vara ångest snarare än hjärta.")],
  must_not=["NL102"], why="PMO: 'verkar vara' ångest")
K("g10-pmo-bvc-lakare-snarast-eksem", "skane", P, "S_BVC_KAV", "BVC-läkarbesök", LAK, "Eva Thörn",
  "2024-12-05T10:50", "2024-04-09", "F",
  [("Bedömning", "Torra, röda fläckar i kinder och armveck. Snarast eksem, mjukgörande 2 ggr/d.")],
  must_not=["NL102"], why="BVC doctor in PMO: 'snarast' eksem")

# ---------------------------------------------------------------- H: NL101 must_not
K("h01-sexh-klamydia-informarad-typo", "vgr", M, "V_SEXH", BA, BM, "Jenny Blomqvist",
  "2024-08-27T12:15", "2001-12-06", "F",
  [("Provsvar", "Klamydia-NAAT positiv."),
   ("Åtgärd", "Pat informarad per tel, recept doxycyklin skickat, smittspårning påbörjad.")],
  must_not=["NL101"], why="patient informed (typo 'informarad')")
K("h02-medicin-lab-ua-ej-nadd", "skane", M, "S_MED_LKR", SA, SSK, "Nils-Erik Paulsson",
  "2024-02-29T15:30", "1969-03-15", "M",
  [("Lab", "Hb, CRP, TSH, krea ua. Pat ej nådd, svar skickas per brev.")],
  must_not=["NL101"], why="not reached but no diagnosis in the note", draft=True)
K("h03-medicin-b12-meddelat-via-1177", "vgr", M, "V_MED_ALI", LA, LAK, "Tova Granlund",
  "2024-09-11T10:05", "1950-07-11", "F",
  [("Bedömning", "B12-brist, kobalamin 120. Provsvar meddelat via 1177, injektioner startas hos DSK.")],
  must_not=["NL101"], why="result already told")
K("h04-barnakut-strep-neg-ringer-mamma", "skane", M, "S_BARNAKUT", LA, LAK, "Lukas Nyberg",
  "2024-05-11T18:35", "2018-02-03", "M",
  [("Lab", "Strep A neg, CRP 8."),
   ("Planering", "Ringer mamma imorgon med svar på halsodlingen.")],
  must_not=["NL101"], why="pending result, no diagnosis stated")
K("h05-jourcentral-ombokning-ej-nadd", "vgr", M, "V_JOUR_KUN", "Administrativ anteckning", "undersköterska", "Petra Ek",
  "2024-07-26T08:25", "1978-09-04", "F",
  [("Åtgärd", "Ombokning av återbesök: pat ej nådd, ny kallelse skickas.")],
  must_not=["NL101"], why="'ej nådd' about booking, no diagnosis")

# ---------------------------------------------------------------- I: Tidiga hypoteser (protected)
K("i01-skane-mall-tidiga-hypoteser-alkohol", "skane", M, "S_MED_LKR", "Tidiga hypoteser", LAK, "Olle Friberg",
  "2024-04-18T16:20", "1966-02-19", "M",
  [("Bedömning", "CDT förhöjt, GGT 3 ggr ref. Misst. alkoholberoende, pat förnekar. Ej kommunicerat.")],
  must_not=["NL102", "NL101"], why="Skåne template Tidiga hypoteser is filtered: nothing visible")
K("i02-vgr-sokord-tidiga-hypoteser-anorexi", "vgr", M, "V_MED_ALI", LA, LAK, "Ingrid Rosén",
  "2024-10-22T11:15", "2006-11-27", "F",
  [("Tidiga hypoteser", "BMI 16,5, amenorré. Misstänkt anorexia nervosa, ej tagit upp med pat ännu.")],
  must_not=["NL102", "NL101"], why="VGR sökord Tidiga hypoteser is filtered: nothing visible")


# ================================================================ build
def luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10


def pnr(born, sex, salt):
    y, m, d = born.split("-")
    n1 = 10 + (salt * 7) % 89  # two digits 10..98
    g = (salt * 3) % 10
    if sex == "F" and g % 2 == 1:
        g = (g + 1) % 10
    if sex == "M" and g % 2 == 0:
        g = (g + 1) % 10
    serial = f"{n1:02d}{g}"
    nine = y[2:] + m + d + serial
    return f"{y}{m}{d}-{serial}{luhn_digit(nine)}"


def build():
    rows = []
    for i, c in enumerate(CASES):
        t = dt.datetime.fromisoformat(c["time"])
        signed = None if c["draft"] else (t + dt.timedelta(minutes=25 + (i * 7) % 50)).isoformat()
        as_of = (t + dt.timedelta(days=5)).replace(hour=0, minute=0, second=0)
        if as_of.year != 2024:
            as_of = dt.datetime(2024, 12, 31)
        uname, hsa = UNITS[c["unit"]]
        note = {"id": "n1", "system": c["sys"], "template": c["tmpl"],
                "unit": {"name": uname, "hsa_id": hsa},
                "author": {"name": c["author"], "role": c["role"]},
                "time": t.isoformat(), "signed": signed, "setting": "öppenvård",
                "refs": [], "sections": [{"keyword": k, "text": v} for k, v in c["secs"]]}
        record = {"patient": {"id": pnr(c["born"], c["sex"], i + 11), "birth_date": c["born"],
                              "protected_identity": False},
                  "as_of": as_of.isoformat(), "notes": [note],
                  "access_events": [], "conversations": [], "treatments": []}
        rows.append({"case": c["name"], "ruleset": c["rs"], "record": record,
                     "must": [[code, "n1"] for code in c["must"]],
                     "must_not": [[code, "n1"] for code in c["must_not"]],
                     "why": c["why"]})
    return rows


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n")


def validate(rows):
    errs = []
    names = set()
    seen = {}
    for r in rows:
        name = r["case"]
        if set(r) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errs.append(f"{name}: keys {sorted(r)}")
        if name in names:
            errs.append(f"{name}: duplicate case name")
        names.add(name)
        if r["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{name}: ruleset {r['ruleset']}")
        rec = r["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errs.append(f"{name}: record keys")
        p = rec["patient"]
        pid, born = p["id"], p["birth_date"]
        digits = pid.replace("-", "")
        if not re.fullmatch(r"\d{8}-\d{4}", pid) or digits[:8] != born.replace("-", ""):
            errs.append(f"{name}: pnr {pid} vs {born}")
        elif luhn_digit(digits[2:11]) != int(digits[11]):
            errs.append(f"{name}: Luhn {pid}")
        if not rec["as_of"].startswith("2024-"):
            errs.append(f"{name}: as_of not 2024")
        note_ids = set()
        for n in rec["notes"]:
            note_ids.add(n["id"])
            for key in ("time", "signed"):
                if n[key] is not None and not n[key].startswith("2024-"):
                    errs.append(f"{name}: {key} not 2024")
            if n["signed"] is not None and n["signed"] < n["time"]:
                errs.append(f"{name}: signed before time")
            if n["time"] > rec["as_of"] or (n["signed"] or "") > rec["as_of"]:
                errs.append(f"{name}: note after as_of")
            # age rule: under 13 or 16+
            b = dt.date.fromisoformat(born)
            d = dt.date.fromisoformat(n["time"][:10])
            age = d.year - b.year - ((d.month, d.day) < (b.month, b.day))
            if age < 0 or 13 <= age <= 15:
                errs.append(f"{name}: age {age}")
            if r["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append(f"{name}: VGR note must be Melior")
            total = 0
            for s in n["sections"]:
                total += len(s["text"])
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen:
                            errs.append(f"{name}: sentence reused from {seen[sent]}: {sent!r}")
                        seen[sent] = name
            if total > 260:
                errs.append(f"{name}: text too long ({total} chars)")
        musts = {c for c, _ in r["must"]}
        nots = {c for c, _ in r["must_not"]}
        if musts & nots:
            errs.append(f"{name}: code both must and must_not")
        if not musts and not nots:
            errs.append(f"{name}: asserts nothing")
        for code, tgt in r["must"] + r["must_not"]:
            if tgt not in note_ids:
                errs.append(f"{name}: target {tgt} missing")
            if not re.fullmatch(r"NL\d{3}", code):
                errs.append(f"{name}: code {code}")
        systems = {n["system"] for n in rec["notes"]}
        if "NL102" in musts and systems != {"Melior"}:
            errs.append(f"{name}: NL102 must only on Melior")
        if ("NL101" in musts or "NL101" in nots) and "PMO" in systems:
            errs.append(f"{name}: NL101 not asserted on PMO")
        if not r["why"]:
            errs.append(f"{name}: empty why")
    return errs


def main():
    rows = build()
    errs = validate(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if errs:
        for e in errs:
            print("ERROR", e)
        return 1
    counts = {}
    for r in rows:
        for kind in ("must", "must_not"):
            for code, _ in r[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    by_rs = {}
    by_sys = {}
    for r in rows:
        by_rs[r["ruleset"]] = by_rs.get(r["ruleset"], 0) + 1
        s = r["record"]["notes"][0]["system"]
        by_sys[s] = by_sys.get(s, 0) + 1
    print(f"{len(rows)} cases -> {OUT}")
    print("rulesets", by_rs, "systems", by_sys)
    for k in sorted(counts):
        print(k, counts[k])
    print("typo cases", sum("typo" in r["case"] for r in rows),
          "drafts", sum(r["record"]["notes"][0]["signed"] is None for r in rows),
          "must_not-only", sum(not r["must"] for r in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
