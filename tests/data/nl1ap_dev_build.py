#!/usr/bin/env python3
"""nl1ap_dev_cases: independent gold cases for notelint NL101 / NL102.

Hedged diagnoses in Swedish clinical text across specialties, with near misses
(negated, ruled out, confirmed with 'trolig' cause, family/past history, hedges
about plans/doses, Tidiga hypoteser template/sökord, PMO notes) and some NL101.

Dependency-free.  `python3 build.py` writes nl1ap_dev_cases.jsonl beside this file and
validates it; exits 1 on any problem.  Deterministic.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1ap_dev_cases.jsonl")

# ----------------------------------------------------------------------------- units
U = {
    # Region Skåne, Melior (hospitals)
    "S_HUD": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-H7D1"),
    "S_ONH": ("Öron-, näs- och halskliniken, Helsingborgs lasarett", "SE2321000255-O4N8"),
    "S_OGON": ("Ögonkliniken, Skånes universitetssjukhus Malmö", "SE2321000255-E2G5"),
    "S_INF": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-I9F3"),
    "S_REUM": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-R3M7"),
    "S_ENDO": ("Endokrinologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-N6D2"),
    "S_KARD": ("Kardiologiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-K8D4"),
    "S_LUNG": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-L5G9"),
    "S_GASTRO": ("Mag- och tarmmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-G1T6"),
    "S_KIR": ("Kirurgiska akutvårdsavdelningen, Ystads lasarett", "SE2321000255-K2R8"),
    "S_HEM": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-H4M2"),
    "S_REHAB": ("Rehabiliteringsmedicinska kliniken, Orupssjukhuset Höör", "SE2321000255-R7B3"),
    "S_PALL": ("Palliativa slutenvårdsenheten, Skånes universitetssjukhus Malmö", "SE2321000255-P5L1"),
    "S_AMM": ("Arbets- och miljömedicin Syd, Lund", "SE2321000255-A3M6"),
    "S_MED": ("Medicinkliniken avd 3, Landskrona lasarett", "SE2321000255-M8D5"),
    "S_BARN": ("Barn- och ungdomsmedicinska kliniken, Helsingborgs lasarett", "SE2321000255-B6N4"),
    "S_NEURO": ("Neurologimottagningen, Helsingborgs lasarett", "SE2321000255-N2R7"),
    "S_URO": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-U1R9"),
    # Region Skåne, PMO (primary care)
    "S_VC_SORG": ("Vårdcentralen Sorgenfri, Malmö", "SE2321000255-V4C2"),
    "S_VC_LIN": ("Vårdcentralen Linero, Lund", "SE2321000255-V7L5"),
    "S_BVC": ("BVC Vårdcentralen Tåbelund, Eslöv", "SE2321000255-B3V8"),
    "S_HSV": ("Hemsjukvården, Vårdcentralen Höganäs", "SE2321000255-H9S1"),
    # Västra Götalandsregionen, Melior
    "V_HUD": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4H1"),
    "V_ONH": ("Öron-, näs- och halsmottagningen, NU-sjukvården Trollhättan", "SE2321000131-E7N3"),
    "V_OGON": ("Ögonmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E2G6"),
    "V_INF": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E9F2"),
    "V_REUM": ("Reumatologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E5R8"),
    "V_ENDO": ("Endokrinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E3D4"),
    "V_KARD": ("Kardiologmottagningen, Kungälvs sjukhus", "SE2321000131-E8K1"),
    "V_LUNG": ("Lungmedicinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E6L7"),
    "V_GASTRO": ("Gastroenterologiska mottagningen, Alingsås lasarett", "SE2321000131-E1G9"),
    "V_HEM": ("Hematologimottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E4M5"),
    "V_REHAB": ("Rehabiliteringsmedicin, Sahlgrenska Universitetssjukhuset Högsbo", "SE2321000131-E2B8"),
    "V_PALL": ("Palliativa enheten, Skaraborgs Sjukhus Lidköping", "SE2321000131-E7P2"),
    "V_AMM": ("Arbets- och miljömedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E3A6"),
    "V_MED": ("Akutvårdsavdelning medicin, NU-sjukvården NÄL", "SE2321000131-E5M3"),
    "V_INTMED": ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-E9M4"),
}

L = "läkare"
SSK = "sjuksköterska"
FT = "fysioterapeut"


def sec(*pairs):
    return [{"keyword": k, "text": t} for k, t in pairs]


# Each entry: name, ruleset, pnr, system, template, unit, (author, role), time, signed,
# setting, sections, must, must_not, why
CASES = [
    # ======================================================== DERMATOLOGI
    dict(name="derm-susp-basaliom-nasvinge", rs="skane", pnr="19480917-3356",
         sys="Melior", tpl="Läkaranteckning", unit="S_HUD", au=("Karin Lindqvist", L),
         t="2024-02-06T10:20", s="2024-02-06T11:05", st="öppenvård",
         secs=sec(("Aktuellt", "Remiss från VC ang. sår på vä näsvinge som inte läker sedan i höstas, blöder lätt vid tvätt."),
                  ("Status", "5 mm pärlemorskimrande papel med central krusta och teleangiektasier, vä ala nasi. Inga palpabla lgl på halsen."),
                  ("Bedömning", "Susp. basaliom. Stansbiopsi tagen, PAD-svar inom 3 v.")),
         must=["NL102"], mn=["NL101"],
         why="'Susp.' before the diagnosis in Bedömning of a Melior note"),
    dict(name="derm-dd-psoriasis-vs-seborroiskt-eksem", rs="vgr", pnr="19870304-5123",
         sys="Melior", tpl="Mottagningsanteckning", unit="V_HUD", au=("Emma Gustafsson", L),
         t="2024-04-11T14:10", s="2024-04-11T16:40", st="öppenvård",
         secs=sec(("Bedömning", "Fjällande, välavgränsade plack i hårbotten och bakom öronen, lätt klåda. DD psoriasis vs seborroiskt eksem. Provar Betnovat liniment 4 v och ser vad som svarar.")),
         must=["NL102"], mn=[],
         why="'DD X vs Y' differential diagnosis written in a visible section"),
    dict(name="derm-melanom-kan-ej-uteslutas", rs="skane", pnr="19650722-7418",
         sys="Melior", tpl="Läkaranteckning", unit="S_HUD", au=("Amira Haddad", L),
         t="2024-05-14T09:00", s="2024-05-14T09:45", st="öppenvård",
         secs=sec(("Status", "Pigmenterad lesion hö skuldra 8x6 mm, asymmetrisk, flera brunsvarta nyanser."),
                  ("Bedömning", "Dermatoskopiskt atypiskt nätverk och regressionsområde – melanom kan ej uteslutas. Excision med 2 mm marginal bokas inom 2 v.")),
         must=["NL102"], mn=["NL101"],
         why="'X kan ej uteslutas' after the diagnosis keeps it open, so it is a hypothesis"),
    dict(name="derm-lichen-planus-fragetecken-i-parentes", rs="vgr", pnr="19590130-2660",
         sys="Melior", tpl="Mottagningsanteckning", unit="V_HUD", au=("Björn Andersson", L),
         t="2024-03-05T13:30", s="2024-03-05T15:00", st="öppenvård",
         secs=sec(("Anamnes", "Klåda handleder sedan 2 mån, även sveda i munnen vid starkt kryddad mat."),
                  ("Status/Bedömning", "Violetta polygonala papler volart handleder + vitt nätmönster buckalt bilat (lichen planus?). Biopsi tas nästa besök, Dermovat kräm tills dess.")),
         must=["NL102"], mn=[],
         why="question mark inside parentheses after a Latin diagnosis"),
    dict(name="derm-tinea-formodligen-ringorm", rs="skane", pnr="20020611-4134",
         sys="Melior", tpl="Läkaranteckning", unit="S_HUD", au=("Nils Mårtensson", L),
         t="2024-08-20T11:15", s="2024-08-20T12:00", st="öppenvård",
         secs=sec(("Aktuellt", "Kliande ringformade fläckar på bålen sedan 3 v, flickvännens katt har liknande fläckar i pälsen."),
                  ("Bedömning", "Förmodligen tinea corporis (ringorm), bilden med aktiv fjällande kant och central uppklarning är typisk. Hudskrap för direktmikroskopi och odling, Pevaryl kräm x2 i 4 v.")),
         must=["NL102"], mn=[],
         why="'Förmodligen' hedges a Latin diagnosis given with its lay name"),
    dict(name="derm-psoriasisskov-trol-utlost-av-stress", rs="skane", pnr="19780402-3815",
         sys="Melior", tpl="Läkaranteckning", unit="S_HUD", au=("Karin Lindqvist", L),
         t="2024-01-23T10:40", s="2024-01-23T11:20", st="öppenvård",
         secs=sec(("Bedömning", "Känd psoriasis vulgaris sedan 20-årsåldern, nu skov med plack på armbågar, knän och sacrum, PASI 14. Försämringen trol. utlöst av stress i samband med flytt och torr inomhusluft."),
                  ("Åtgärd", "Enstilar skum x1 i 4 v, remiss ljusbehandling UVB 3 ggr/v.")),
         must=[], mn=["NL102"],
         why="established diagnosis; 'trol.' hedges only its trigger (stress, dry air), not a diagnosis"),
    dict(name="derm-nevus-ingen-missanke-om-melanom-typo", rs="vgr", pnr="19950916-4282",
         sys="Melior", tpl="Mottagningsanteckning", unit="V_HUD", au=("Ylva Magnusson", L),
         t="2024-06-18T08:45", s="2024-06-18T09:10", st="öppenvård",
         secs=sec(("Aktuellt", "Pat orolig för födelsemärke på ryggen som partnern tycker har ändrat sig."),
                  ("Bedömning", "Dermatoskopi: symmetriskt retikulärt mönster, jämn pigmentering. Benignt compound-nevus. Ingen missanke om melanom. Ingen uppföljning behövs, egenkontroll instruerad.")),
         must=[], mn=["NL102"],
         why="negated suspicion with a typo ('missanke') must not count as a hypothesis"),
    # ======================================================== ÖNH
    dict(name="onh-trol-neuronit-forkortat", rs="skane", pnr="19690805-1730",
         sys="Melior", tpl="Akutanteckning", unit="S_ONH", au=("Johan Bergström", L),
         t="2024-03-17T22:05", s="2024-03-17T23:30", st="akutmottagning",
         secs=sec(("Aktuellt", "Akut yrsel sedan igår morse, illamående, kräkts x3. Ingen hörselnedsättning, ingen tinnitus, ingen huvudvärk."),
                  ("Status", "Horisontell nystagmus slående åt hö, pos head impulse-test åt vä. Romberg faller åt vä. Neurologiskt i övrigt ua, HINTS ej centralt."),
                  ("Bedömning", "Trol. neuronit vä (vestibularisneurit). Postafen, Primperan vb, vestibulär rehab via FT.")),
         must=["NL102"], mn=["NL101"],
         why="abbreviated 'Trol.' before a diagnosis with its synonym in parentheses"),
    dict(name="onh-missankt-kolesteatom-typo", rs="vgr", pnr="19560429-6979",
         sys="Melior", tpl="Mottagningsanteckning", unit="V_ONH", au=("Mats Olsson", L),
         t="2024-09-03T10:30", s="2024-09-03T11:50", st="öppenvård",
         secs=sec(("Status", "Hö öra: retraktionsficka i pars flaccida med keratinmassor, illaluktande flytning. Vä ua."),
                  ("Bedömning", "Missänkt kolesteatom hö. DT temporalben beställs, op-planering efter svar.")),
         must=["NL102"], mn=["NL101"],
         why="typo 'Missänkt' for 'Misstänkt' still marks a suspected diagnosis"),
    dict(name="onh-bells-pares-alt-ramsay-hunt", rs="skane", pnr="19711120-5246",
         sys="Melior", tpl="Läkaranteckning", unit="S_ONH", au=("Johan Bergström", L),
         t="2024-10-08T15:10", s=None, st="öppenvård",
         secs=sec(("Status", "Perifer facialispares hö, House-Brackmann III, debut igår kväll. Smärta i hö öra, enstaka blåsor i hörselgången?"),
                  ("Bedömning", "Bells pares eller Ramsay Hunts syndrom – det senare går inte att utesluta med tanke på öronsmärtan. Prednisolon 60 mg x1 i 5 d + Valaciklovir 1 g x3 i 7 d, ögonskydd nattetid.")),
         must=["NL102"], mn=[],
         why="unsigned draft: 'går inte att utesluta' keeps an eponymous diagnosis open"),
    dict(name="onh-menieres-tankbart", rs="vgr", pnr="19640612-3320",
         sys="Melior", tpl="Mottagningsanteckning", unit="V_ONH", au=("Hanna Pettersson", L),
         t="2024-05-22T09:20", s="2024-05-22T10:05", st="öppenvård",
         secs=sec(("Anamnes", "Tre attacker senaste halvåret med rotatorisk yrsel i 2–3 timmar, lock och brus i vä öra under attackerna."),
                  ("Audiogram", "Lågfrekvent sensorineural nedsättning vä 35 dB, hö normal."),
                  ("Bedömning", "Tänkbart att det rör sig om Ménières sjukdom vä. Saltreduktion, Betahistin 24 mg x2 prövas, yrseldagbok till återbesök om 3 mån.")),
         must=["NL102"], mn=[],
         why="'Tänkbart att det rör sig om' hedges an eponymous diagnosis"),
    dict(name="onh-sekretorisk-otit-ev-ror-barn", rs="skane", pnr="20200315-2382",
         sys="Melior", tpl="Läkaranteckning", unit="S_ONH", au=("Fatima Rashid", L),
         t="2024-06-04T13:00", s="2024-06-04T13:40", st="öppenvård",
         secs=sec(("Aktuellt", "4-årig flicka, kontroll. Föräldrarna tycker hon hör sämre, säger 'va?' ofta."),
                  ("Status", "Tympanometri B-kurvor bilat. Ljudfältsaudiometri 30 dB."),
                  ("Bedömning", "Sekretorisk otit bilat sedan i våras. Ev. plaströr i höst om kvarstående vid kontroll i september.")),
         must=[], mn=["NL102"],
         why="child (guardian reads): 'Ev.' hedges a possible surgery, the diagnosis itself is established"),
    dict(name="onh-kronisk-laryngit-ingen-misstanke-om-malignitet", rs="vgr", pnr="19580708-1855",
         sys="Melior", tpl="Mottagningsanteckning", unit="V_ONH", au=("Mats Olsson", L),
         t="2024-11-12T14:30", s="2024-11-12T15:15", st="öppenvård",
         secs=sec(("Aktuellt", "Heshet 6 v hos rökare (30 paketår), sjunger i kör."),
                  ("Fiberskopi", "Lätt rodnad och svullnad av stämbanden bilat, ingen knuta, ingen leukoplaki, normal rörlighet."),
                  ("Bedömning", "Ingen misstanke om malignitet. Kronisk laryngit. Rökstopp rekommenderas, remiss logoped.")),
         must=[], mn=["NL102"],
         why="'Ingen misstanke om' negates the suspected diagnosis"),
    # ======================================================== ÖGON
    dict(name="ogon-ser-ut-som-herpeskeratit", rs="skane", pnr="19830119-6211",
         sys="Melior", tpl="Akutanteckning", unit="S_OGON", au=("Henrik Sjöberg", L),
         t="2024-04-02T16:50", s="2024-04-02T17:20", st="akutmottagning",
         secs=sec(("Bedömning", "Rött ljuskänsligt vä öga sedan 3 d. Fluoresceinfärgning visar grenformig epiteldefekt centralt, nedsatt korneal sensibilitet. Ser ut som herpes simplex-keratit (dendritiskt sår). Zovirax ögonsalva x5, kontroll om 1 v.")),
         must=["NL102"], mn=["NL101"],
         why="'Ser ut som' hedges the keratitis diagnosis"),
    dict(name="ogon-inger-misstanke-om-hortons", rs="vgr", pnr="19451127-2082",
         sys="Melior", tpl="Akutanteckning", unit="V_OGON", au=("Ingrid Larsson", L),
         t="2024-01-15T11:30", s="2024-01-15T12:45", st="akutmottagning",
         secs=sec(("Anamnes", "78-årig kvinna med övergående synbortfall vä öga x2 senaste veckan, tinninghuvudvärk och smärta i käken när hon tuggar."),
                  ("Lab", "SR 78, CRP 54, Tpk 512."),
                  ("Bedömning", "Fynden inger misstanke om temporalisarterit (Mb Horton). Prednisolon 60 mg startas idag, temporalisbiopsi beställd via kirurgen.")),
         must=["NL102"], mn=["NL101"],
         why="'inger misstanke om' before a diagnosis with its eponym"),
    dict(name="ogon-postop-ser-lugnt-ut-kan-vara-ljuskanslig", rs="skane", pnr="19510830-2448",
         sys="Melior", tpl="Omvårdnadsanteckning", unit="S_OGON", au=("Elin Ohlsson", SSK),
         t="2024-09-25T08:30", s="2024-09-25T08:55", st="öppenvård",
         secs=sec(("Omvårdnad", "Postop dag 1 efter kataraktoperation vä öga. Ögat ser lugnt ut, trycket 16, visus 0,6 okorrigerat. Pat kan vara ljuskänslig några dagar, informerad om droppschema med Tobradex x4.")),
         must=[], mn=["NL102", "NL101"],
         why="'ser ut' and 'kan vara' describe the eye and a side effect, not a suspected diagnosis"),
    # ======================================================== INFEKTION
    dict(name="inf-lungtuberkulos-kan-inte-uteslutas-informerad", rs="vgr", pnr="19910503-8716",
         sys="Melior", tpl="Inskrivningsanteckning", unit="V_INF", au=("Reza Tehrani", L),
         t="2024-02-19T15:20", s="2024-02-19T17:10", st="slutenvård",
         secs=sec(("Anamnes", "Hosta 3 mån, nattsvettningar, viktnedgång 6 kg. Född i Somalia, i Sverige sedan 2019."),
                  ("Rtg", "Rtg pulm: kavern hö ovanlob med omgivande infiltrat."),
                  ("Bedömning", "Lungtuberkulos kan inte uteslutas, luftsmitteisolering tills 3 negativa sputa. Patienten informerad om misstanken och om varför isoleringen behövs, tolk på somaliska närvarande.")),
         must=["NL102"], mn=["NL101"],
         why="hedged TB is a hypothesis (NL102) but the patient was told of it, so not NL101"),
    dict(name="inf-mkt-talar-for-legionella", rs="skane", pnr="19570918-5937",
         sys="Melior", tpl="Inskrivningsanteckning", unit="S_INF", au=("Per-Olof Nilsson", L),
         t="2024-07-09T21:15", s="2024-07-09T23:50", st="slutenvård",
         secs=sec(("Aktuellt", "Hög feber, diarré och förvirring efter hemkomst från hotellresa i Spanien."),
                  ("Lab/rtg", "Na 127, CRP 310, ASAT 3,1. Rtg: lobär pneumoni hö underlob."),
                  ("Bedömning", "Mkt talar för legionellapneumoni. Urinantigen skickat, start levofloxacin iv, smittskyddsanmälan om positivt.")),
         must=["NL102"], mn=[],
         why="'Mkt talar för' (abbreviated 'mycket') hedges the causative diagnosis"),
    dict(name="inf-endokardit-fragetecken-numrerad-lista", rs="vgr", pnr="19570106-3975",
         sys="Melior", tpl="Läkaranteckning", unit="V_INF", au=("Sofia Karlsson", L),
         t="2024-03-28T14:00", s=None, st="slutenvård",
         secs=sec(("Sammanfattning", "67-årig man med feber sedan 3 v, ländryggsmärta och nytt blåsljud över mitralis.\n1. Endokardit?\n2. DD spondylodiskit L3–L4\n3. Diabetes typ 2, välinställd"),
                  ("Planering", "Blododlingar x3, TEE, MR ländrygg. Antibiotika avvaktas tills odlingar tagna.")),
         must=["NL102"], mn=[],
         why="unsigned draft: numbered problem list with 'X?' and 'DD Y' next to an established diagnosis"),
    dict(name="inf-malaria-punktlista-att-beakta", rs="skane", pnr="19880227-1992",
         sys="Melior", tpl="Akutanteckning", unit="S_INF", au=("Ahmad Karimi", L),
         t="2024-08-12T02:40", s="2024-08-12T04:15", st="akutmottagning",
         secs=sec(("Aktuellt", "Feber 39,5 sedan 2 d, frossa och huvudvärk. Hemkommen från Uganda för 10 d sedan, ingen malariaprofylax."),
                  ("Bedömning", "- Malaria ?\n- Denguefeber att beakta\n- Tyfoidfeber mindre troligt\nMalariadiagnostik (snabbtest + tjock droppe) akut, ny bedömning när svar finns.")),
         must=["NL102"], mn=["NL101"],
         why="bulleted differential list with a spaced question mark and 'att beakta'"),
    dict(name="inf-antagligen-baltros-lekmannaord", rs="skane", pnr="19620530-4865",
         sys="Melior", tpl="Telefonanteckning", unit="S_INF", au=("Sara Håkansson", L),
         t="2024-10-21T10:05", s="2024-10-21T10:20", st="öppenvård",
         secs=sec(("Kontaktorsak", "Brännande smärta i ett bälte under vä bröstet sedan 2 d, nu några röda prickar på samma ställe."),
                  ("Bedömning", "Antagligen bältros (herpes zoster Th6 vä) i tidigt skede. Valaciklovir 1 g x3 i 7 d via e-recept, hör av sig om blåsorna sprider sig.")),
         must=["NL102"], mn=[],
         why="'Antagligen' hedges a lay name with its Latin name in parentheses"),
    dict(name="inf-kawasaki-kan-ej-uteslutas-barn", rs="skane", pnr="20210714-5134",
         sys="Melior", tpl="Läkaranteckning", unit="S_BARN", au=("Maria Svensson", L),
         t="2024-05-06T17:30", s="2024-05-06T18:45", st="slutenvård",
         secs=sec(("Status", "Feber 6:e dygnet. Bilateral konjunktival injektion utan sekret, röda spruckna läppar, jordgubbstunga, ödem över handryggarna."),
                  ("Bedömning", "Kawasakis sjukdom kan ej uteslutas, ekokardiografi idag. IVIG diskuteras med barnkardiolog. Föräldrarna informerade om misstanken.")),
         must=["NL102"], mn=["NL101"],
         why="child under 13: hedged eponymous diagnosis in a visible note, guardians informed"),
    dict(name="inf-ej-forenlig-med-erysipelas", rs="vgr", pnr="19430711-6725",
         sys="Melior", tpl="Läkaranteckning", unit="V_INF", au=("Sofia Karlsson", L),
         t="2024-11-26T11:00", s="2024-11-26T11:40", st="öppenvård",
         secs=sec(("Bedömning", "Rodnad bilat underben, ingen värmeökning, afebril, CRP 4. Bilden är inte förenlig med erysipelas. Stasdermatit bilat, kompressionsstrumpor + mjukgörande, ingen antibiotika.")),
         must=[], mn=["NL102"],
         why="'inte förenlig med' negates the diagnosis; the established one is stasdermatit"),
    dict(name="inf-tidigare-misstankt-neuroborrelia", rs="skane", pnr="19750923-3610",
         sys="Melior", tpl="Läkaranteckning", unit="S_INF", au=("Per-Olof Nilsson", L),
         t="2024-04-16T13:10", s="2024-04-16T13:35", st="öppenvård",
         secs=sec(("Tidigare sjukdomar", "2016 misstänkt neuroborrelia med facialispares, LP utan pleocytos. Astma sedan barndomen."),
                  ("Aktuellt", "Vaccinationsmottagningen: resa till Vietnam i juni. Hepatit A+B, TBE-påfyllnad och japansk encefalit ges enl. schema.")),
         must=[], mn=["NL102"],
         why="past history: a suspicion from 2016 that was investigated is not a current hypothesis"),
    dict(name="inf-bvc-pmo-trol-tredagarsfeber", rs="skane", pnr="20230802-1142",
         sys="PMO", tpl="Telefonkontakt", unit="S_BVC", au=("Lena Bengtsson", SSK),
         t="2024-07-03T09:25", s="2024-07-03T09:40", st="öppenvård",
         secs=sec(("Kontaktorsak", "Mamma ringer, hög feber i 3 d som nu släppt och ersatts av rosa prickigt utslag på bålen."),
                  ("Bedömning", "Piggare idag, äter och kissar bra. Trol. 3-dagarsfeber (exanthema subitum). Råd givna, åter vid försämring.")),
         must=[], mn=["NL102"],
         why="PMO never shows diagnoses, so a hedged diagnosis at BVC is not NL102"),
    # ======================================================== REUMATOLOGI
    dict(name="reum-trolig-polymyalgia-rheumatica", rs="vgr", pnr="19490412-1615",
         sys="Melior", tpl="Mottagningsanteckning", unit="V_REUM", au=("Kristoffer Berg", L),
         t="2024-02-13T10:00", s="2024-02-13T11:30", st="öppenvård",
         secs=sec(("Anamnes", "Värk och stelhet i skuldror och höfter sedan 6 v, morgonstelhet 2 tim."),
                  ("Lab", "SR 62, CRP 38, RF och anti-CCP neg."),
                  ("Bedömning", "Trolig polymyalgia rheumatica. Prednisolon 15 mg/d, snabb förbättring stärker diagnosen – tel-kontakt om 2 v.")),
         must=["NL102"], mn=["NL101"],
         why="'Trolig' before a Latin diagnosis"),
    dict(name="reum-sle-inte-osannolikt", rs="vgr", pnr="19911109-2400",
         sys="Melior", tpl="Mottagningsanteckning", unit="V_REUM", au=("Jelena Petrović", L),
         t="2024-09-17T13:20", s="2024-09-17T15:00", st="öppenvård",
         secs=sec(("Bedömning", "32-årig kvinna med artralgier i händerna, fotosensitivt utslag över kinderna i somras och munsår. ANA pos 1:640, C3 lätt sänkt, anti-dsDNA skickat. Sammantaget är SLE inte osannolikt, komplettera med urinsticka och U-albumin/kreatinin.")),
         must=["NL102"], mn=["NL101"],
         why="litotes 'inte osannolikt' is a hedge that affirms a possible diagnosis"),
    dict(name="reum-bilden-talar-for-bechterew", rs="skane", pnr="19960305-5774",
         sys="Melior", tpl="Läkaranteckning", unit="S_REUM", au=("Mikael Persson", L),
         t="2024-06-25T09:40", s="2024-06-25T10:30", st="öppenvård",
         secs=sec(("Aktuellt", "Ländryggsmärta sedan 4 år, värst nattetid och på morgonen, bättre av rörelse. HLA-B27 pos."),
                  ("MR SI-leder", "Benmärgsödem bilat i iliakala delen."),
                  ("Bedömning", "Bilden talar för axial spondylartrit (Mb Bechterew). NSAID fulldos, FT-kontakt, utvärdering om 3 mån.")),
         must=["NL102"], mn=[],
         why="'talar för' hedges a diagnosis given with eponym 'Mb Bechterew'"),
    dict(name="reum-remiss-fs-ra-internmedicin", rs="vgr", pnr="19680818-6446",
         sys="Melior", tpl="Mottagningsanteckning", unit="V_INTMED", au=("Daniel Lindberg", L),
         t="2024-10-01T11:10", s="2024-10-01T12:00", st="öppenvård",
         secs=sec(("Status", "Symmetrisk svullnad MCP 2–4 och PIP bilat sedan 8 v, morgonstelhet 1,5 tim. Anti-CCP pos, CRP 22."),
                  ("Åtgärd", "Remiss reumatologen, f.s. RA? Prednisolon 10 mg x1 tills bedömning.")),
         must=["NL102"], mn=[],
         why="frågeställning 'f.s. RA?' in Åtgärd states an unconfirmed diagnosis"),
    dict(name="reum-ra-skov-sannolikt-utsatt-metotrexat", rs="vgr", pnr="19630128-5323",
         sys="Melior", tpl="Mottagningsanteckning", unit="V_REUM", au=("Kristoffer Berg", L),
         t="2024-05-07T14:15", s="2024-05-07T15:00", st="öppenvård",
         secs=sec(("Bedömning", "Seropositiv RA sedan 2015. Nu skov med svullna MCP 2–3 bilat, DAS28 5,1. Skovet beror sannolikt på att pat själv satt ut Metotrexat i mars pga illamående."),
                  ("Åtgärd", "Återinsättning Metotrexat 15 mg/v med folsyra, Depo-Medrol 80 mg im idag.")),
         must=[], mn=["NL102"],
         why="confirmed RA; 'sannolikt' hedges why the flare came (stopped drug), not a diagnosis"),
    dict(name="reum-gikt-avskrivs-efter-punktion", rs="skane", pnr="19700403-7334",
         sys="Melior", tpl="Läkaranteckning", unit="S_REUM", au=("Ulrika Dahl", L),
         t="2024-03-19T15:40", s="2024-03-19T16:10", st="öppenvård",
         secs=sec(("Bedömning", "Ledpunktion hö MTP 1: inga uratkristaller i polarisationsmikroskop, odling neg. Gikt avskrivs. Överbelastning efter nystartad löparträning, vila och is.")),
         must=[], mn=["NL102"],
         why="'avskrivs' rules the diagnosis out"),
    dict(name="reum-pmo-mojligen-sjogren", rs="skane", pnr="19720921-4647",
         sys="PMO", tpl="Besöksanteckning", unit="S_VC_LIN", au=("Camilla Nordin", L),
         t="2024-08-27T10:30", s="2024-08-27T11:15", st="öppenvård",
         secs=sec(("Aktuellt", "Muntorrhet och torra, gruskänsliga ögon sedan 1 år."),
                  ("Bedömning", "ANA pos. Möjligen Sjögrens syndrom. Remiss reumatolog, Oculac vb.")),
         must=[], mn=["NL102"],
         why="PMO vårdcentral note: hedged eponymous diagnosis is never shown, not NL102"),
    dict(name="reum-tnf-alt-il17-hammare", rs="vgr", pnr="19810627-3256",
         sys="Melior", tpl="Mottagningsanteckning", unit="V_REUM", au=("Jelena Petrović", L),
         t="2024-12-03T09:00", s="2024-12-03T09:45", st="öppenvård",
         secs=sec(("Bedömning", "Psoriasisartrit med otillräckligt svar på Metotrexat 20 mg/v, 4 svullna leder. Nästa steg TNF-hämmare alt. IL-17-hämmare, pat får läsa på och bestämma sig till tel-kontakten om 2 v.")),
         must=[], mn=["NL102"],
         why="'alt.' chooses between two treatments, the diagnosis is established"),
    dict(name="reum-tidiga-hypoteser-mall-dermatomyosit", rs="skane", pnr="19600514-2523",
         sys="Melior", tpl="Tidiga hypoteser", unit="S_REUM", au=("Mikael Persson", L),
         t="2024-07-16T16:00", s="2024-07-16T16:30", st="öppenvård",
         secs=sec(("Bedömning", "Proximal muskelsvaghet, heliotropt utslag på ögonlocken, CK 4800. Misstänkt dermatomyosit, paramalign genes måste övervägas. Pat ej informerad om misstanken om bakomliggande malignitet, tas upp när DT thorax-buk är klar.")),
         must=[], mn=["NL102", "NL101"],
         why="Skåne Tidiga hypoteser template is hidden: hedge and not-informed text are where they belong"),
    # ======================================================== ENDOKRINOLOGI
    dict(name="endo-kan-rora-sig-om-basedow-alt-tyreoidit", rs="skane", pnr="19850210-6480",
         sys="Melior", tpl="Läkaranteckning", unit="S_ENDO", au=("Oskar Jeppsson", L),
         t="2024-01-30T10:45", s="2024-01-30T11:40", st="öppenvård",
         secs=sec(("Lab", "TSH <0,01, fritt T4 48, fritt T3 14."),
                  ("Status", "Puls 112 regelbunden, finvågig tremor, diffust förstorad icke-öm tyreoidea."),
                  ("Bedömning", "Kan röra sig om Graves sjukdom (Mb Basedow) alt. tyst tyreoidit. TRAK och tyreoideascint beställda, Propranolol 20 mg x3 tills vidare.")),
         must=["NL102"], mn=[],
         why="'Kan röra sig om X alt. Y' with two eponyms for the same disease"),
    dict(name="endo-eventulet-feokromocytom-utkast-typo", rs="skane", pnr="19740608-1815",
         sys="Melior", tpl="Läkaranteckning", unit="S_ENDO", au=("Oskar Jeppsson", L),
         t="2024-11-05T14:25", s=None, st="öppenvård",
         secs=sec(("Aktuellt", "Attacker med hjärtklappning, svettningar och huvudvärk, BT 210/120 uppmätt under attack. Incidentalom vä binjure 3,5 cm på DT buk."),
                  ("Bedömning", "Eventulet feokromocytom – P-metoxikatekolaminer tas innan ställningstagande till op.")),
         must=["NL102"], mn=[],
         why="unsigned draft with typo 'Eventulet' (eventuellt) hedging a diagnosis"),
    dict(name="endo-dm2-ev-basinsulin", rs="vgr", pnr="19550317-1778",
         sys="Melior", tpl="Mottagningsanteckning", unit="V_ENDO", au=("Malin Eriksson", L),
         t="2024-04-23T08:30", s="2024-04-23T09:15", st="öppenvård",
         secs=sec(("Bedömning", "Typ 2-diabetes sedan 2011. HbA1c 71 trots Metformin och Jardiance, kostgenomgång med dietist idag. Ev. tillägg basinsulin om HbA1c inte under 60 vid nästa besök i oktober.")),
         must=[], mn=["NL102"],
         why="'Ev.' hedges a future treatment step, not the (established) diagnosis"),
    dict(name="endo-hereditet-moster-trol-addison", rs="vgr", pnr="19990830-6047",
         sys="Melior", tpl="Mottagningsanteckning", unit="V_ENDO", au=("Malin Eriksson", L),
         t="2024-10-15T13:00", s="2024-10-15T13:30", st="öppenvård",
         secs=sec(("Hereditet", "Mor har typ 1-diabetes, moster trol. Addisons sjukdom (står på kortison)."),
                  ("Aktuellt", "Typ 1-diabetes, årskontroll. HbA1c 52, inga svåra hypoglykemier, sensor fungerar bra."),
                  ("Status", "Fotstatus ua, injektionsställen utan lipohypertrofi.")),
         must=[], mn=["NL102"],
         why="family history: the aunt's probable Addison is not the patient's hypothesis"),
    dict(name="endo-papillar-tyreoideacancer-ej-meddelad", rs="skane", pnr="19790116-3266",
         sys="Melior", tpl="Läkaranteckning", unit="S_ENDO", au=("Louise Falk", L),
         t="2024-06-12T15:30", s="2024-06-12T15:55", st="öppenvård",
         secs=sec(("Provsvar", "Finnålspunktion tyreoideaknuta hö lob: papillär tyreoideacancer, Bethesda VI."),
                  ("Planering", "Svaret ej meddelat pat, väntar på tid hos ÖNH-kirurg för gemensamt besked nästa vecka.")),
         must=["NL101"], mn=["NL102"],
         why="settled cancer in a visible note while the text says the patient has not been told"),
    dict(name="endo-ej-informerad-om-ny-tid", rs="skane", pnr="19530904-2983",
         sys="Melior", tpl="Läkaranteckning", unit="S_ENDO", au=("Louise Falk", L),
         t="2024-12-10T11:20", s="2024-12-10T11:30", st="öppenvård",
         secs=sec(("Bedömning", "Hypotyreos, stabil på Levaxin 75 µg, TSH 1,8. Pat ej informerad om den nya tiden för årskontroll, kallelse skickas per brev.")),
         must=[], mn=["NL101", "NL102"],
         why="the not-informed statement concerns an appointment, not a diagnosis"),
    # ======================================================== KARDIOLOGI
    dict(name="kard-lungemboli-kan-ej-uteslutas", rs="vgr", pnr="19840422-7780",
         sys="Melior", tpl="Akutanteckning", unit="V_KARD", au=("Anders Johansson", L),
         t="2024-03-11T20:10", s="2024-03-11T21:45", st="akutmottagning",
         secs=sec(("Bedömning", "Dyspné sedan 2 d, takykard 108, sat 92% på luft. Hemkom igår från långflygning från Thailand. Wells 4,5 p. Lungemboli kan ej uteslutas – DT lungangio beställd, Innohep behandlingsdos ges i väntan.")),
         must=["NL102"], mn=["NL101"],
         why="'kan ej uteslutas' with treatment started pending the CT"),
    dict(name="kard-verkar-foreligga-hocm", rs="skane", pnr="20010919-2716",
         sys="Melior", tpl="Läkaranteckning", unit="S_KARD", au=("Henrik Sjöberg", L),
         t="2024-08-06T10:00", s="2024-08-06T11:20", st="öppenvård",
         secs=sec(("Eko", "Septumtjocklek 21 mm, SAM av mitralisseglet, LVOT-gradient 45 mmHg i vila."),
                  ("Bedömning", "Verkar föreligga hypertrof obstruktiv kardiomyopati. MR hjärta och genetisk utredning, avråds från tävlingsfotboll tills vidare.")),
         must=["NL102"], mn=[],
         why="'Verkar föreligga' hedges a cardiomyopathy"),
    dict(name="kard-ingen-hallpunkt-for-ischemisk-hjartsjukdom", rs="skane", pnr="19660702-4913",
         sys="Melior", tpl="Läkaranteckning", unit="S_KARD", au=("Per-Olof Nilsson", L),
         t="2024-02-22T13:45", s="2024-02-22T14:05", st="öppenvård",
         secs=sec(("Arbetsprov", "210 W (112% av förväntat), inga ST-sänkningar, inga arytmier, ingen bröstsmärta."),
                  ("Bedömning", "Ingen hållpunkt för ischemisk hjärtsjukdom. Avskrivs från kardiologiskt håll, åter till VC.")),
         must=[], mn=["NL102"],
         why="'Ingen hållpunkt för' negates the diagnosis"),
    dict(name="kard-formaksflimmer-trol-utlost-av-alkohol-typo", rs="vgr", pnr="19760128-3034",
         sys="Melior", tpl="Akutanteckning", unit="V_KARD", au=("Anders Johansson", L),
         t="2024-08-18T04:20", s="2024-08-18T05:10", st="akutmottagning",
         secs=sec(("Bedömning", "Förmaksfilmmer, nydebuterat, konverterade spontant på akuten efter 6 tim. Utlöst trol. av stort alkoholintag på kräftskiva igår kväll. CHA2DS2-VASc 0, ingen antikoagulation. Information om alkohol som triggerfaktor.")),
         must=[], mn=["NL102"],
         why="established AF (typo 'Förmaksfilmmer'); 'trol.' hedges only the trigger"),
    dict(name="kard-tidigare-misstankt-hjartsvikt-nu-bekraftad", rs="vgr", pnr="19440610-5116",
         sys="Melior", tpl="Mottagningsanteckning", unit="V_KARD", au=("Gunilla Holm", L),
         t="2024-06-03T14:00", s="2024-06-03T14:50", st="öppenvård",
         secs=sec(("Bedömning", "Den hjärtsvikt som misstänktes vid förra besöket är nu bekräftad: eko EF 30%, NT-proBNP 4200. Diagnos: hjärtsvikt med nedsatt ejektionsfraktion (HFrEF)."),
                  ("Åtgärd", "Start Entresto, Bisoprolol, Jardiance och Eplerenon enligt upptitreringsschema, hjärtsviktssköterska om 2 v.")),
         must=[], mn=["NL102"],
         why="a former suspicion stated as now confirmed is a settled diagnosis"),
    dict(name="kard-attr-amyloidos-misstanke-ej-informerad", rs="skane", pnr="19420819-0951",
         sys="Melior", tpl="Läkaranteckning", unit="S_KARD", au=("Henrik Sjöberg", L),
         t="2024-09-30T16:10", s="2024-09-30T16:40", st="öppenvård",
         secs=sec(("Provsvar", "DPD-scintigrafi: kraftigt myokardiellt upptag, Perugini grad 3. Fria lätta kedjor normala."),
                  ("Bedömning", "Inger stark misstanke om ATTR-amyloidos. Patienten har inte informerats om fyndet ännu, besked vid mottagningsbesök 14/10.")),
         must=["NL101", "NL102"], mn=[],
         why="suspected diagnosis in a visible section that the patient has not been told of yet"),
    dict(name="kard-normala-prover-ej-informerad", rs="vgr", pnr="19610505-1368",
         sys="Melior", tpl="Telefonanteckning", unit="V_KARD", au=("Pia Åberg", SSK),
         t="2024-11-01T15:00", s="2024-11-01T15:10", st="öppenvård",
         secs=sec(("Provsvar", "Känd hypertoni. Kreatinin, kalium, lipider och HbA1c normala. Pat ännu inte informerad om provsvaren, ssk ringer på måndag.")),
         must=[], mn=["NL101", "NL102"],
         why="not informed of normal lab results, which carry no new diagnosis"),
    # ======================================================== LUNGMEDICIN
    dict(name="lung-dt-bild-av-sarkoidos", rs="skane", pnr="19860926-4224",
         sys="Melior", tpl="Läkaranteckning", unit="S_LUNG", au=("Sara Håkansson", L),
         t="2024-03-26T11:00", s="2024-03-26T12:15", st="öppenvård",
         secs=sec(("Rtg", "DT thorax: bilaterala hilära och mediastinala lymfkörtlar, perilymfatiska noduli i ovanloberna."),
                  ("Bedömning", "Bild av sarkoidos. EBUS för PAD planeras, S-ACE och kalcium tagna.")),
         must=["NL102"], mn=["NL101"],
         why="'Bild av' (radiological picture of) hedges the diagnosis before PAD"),
    dict(name="lung-dd-astma-kol-snedstreck", rs="vgr", pnr="19690203-1977",
         sys="Melior", tpl="Mottagningsanteckning", unit="V_LUNG", au=("Björn Andersson", L),
         t="2024-02-08T09:30", s="2024-02-08T10:40", st="öppenvård",
         secs=sec(("Bedömning", "55-årig f.d. rökare (25 paketår) med pipande andning och hosta. Spirometri: FEV1/FVC 0,64, reversibilitet 14%. DD astma/KOL, ev. overlap. ICS/LABA, ny spirometri om 3 mån.")),
         must=["NL102"], mn=[],
         why="'DD X/Y' with a slash and 'ev. overlap'"),
    dict(name="lung-astma-spirometri-fragetecken-plan", rs="vgr", pnr="19930711-2509",
         sys="Melior", tpl="Mottagningsanteckning", unit="V_LUNG", au=("Therese Wallin", SSK),
         t="2024-05-29T10:15", s=None, st="öppenvård",
         secs=sec(("Bedömning", "Astma, välkontrollerad på Symbicort vb. ACT 23, inga nattliga besvär."),
                  ("Planering", "Ny spirometri om 3 mån? Pat vill hellre höra av sig själv vid behov, det får bli så.")),
         must=[], mn=["NL102"],
         why="unsigned draft: the question mark is on a follow-up plan, not on a diagnosis"),
    dict(name="lung-vgr-tidiga-hypoteser-sokord-rundhard", rs="vgr", pnr="19520317-4387",
         sys="Melior", tpl="Mottagningsanteckning", unit="V_LUNG", au=("Reza Tehrani", L),
         t="2024-04-09T13:30", s="2024-04-09T14:20", st="öppenvård",
         secs=sec(("Aktuellt", "Återbesök efter DT thorax. Pat berättar att hostan minskat efter antibiotikakuren."),
                  ("Tidiga hypoteser", "Rundhärd 14 mm vä överlob med spikulerad kant, misstänkt lungcancer. PET-DT beställd. Bedöms för tidigt att ta upp med pat innan PET-svar."),
                  ("Planering", "PET-DT inom 2 v, återbesök med närstående efter svar.")),
         must=[], mn=["NL102", "NL101"],
         why="VGR sökord Tidiga hypoteser is filtered; the other sections hold no diagnosis"),
    dict(name="lung-skivepitelcancer-ej-fatt-besked", rs="vgr", pnr="19500629-2196",
         sys="Melior", tpl="Läkaranteckning", unit="V_LUNG", au=("Reza Tehrani", L),
         t="2024-04-25T15:00", s="2024-04-25T15:20", st="öppenvård",
         secs=sec(("Provsvar", "PAD från bronkoskopi: skivepitelcancer hö överlob."),
                  ("Planering", "Patienten har ännu inte fått besked om PAD-svaret, samtal planerat 2/5 tillsammans med kontaktsjuksköterska.")),
         must=["NL101"], mn=["NL102"],
         why="'har ännu inte fått besked' about a settled cancer in a visible section"),
    dict(name="lung-kol-informerad-ej-om-rehabprogram", rs="vgr", pnr="19580214-5424",
         sys="Melior", tpl="Mottagningsanteckning", unit="V_LUNG", au=("Hanna Pettersson", L),
         t="2024-10-29T11:00", s="2024-10-29T11:40", st="öppenvård",
         secs=sec(("Bedömning", "KOL GOLD 2, grupp B. Pat är informerad om KOL-diagnosen sedan tidigare men har ännu inte fått information om lungrehabiliteringsprogrammet, FT ringer henne.")),
         must=[], mn=["NL101", "NL102"],
         why="patient informed of the diagnosis; the not-informed part is a rehab programme"),
    # ======================================================== GASTRO
    dict(name="gastro-susp-mb-crohn", rs="skane", pnr="19980412-3918",
         sys="Melior", tpl="Läkaranteckning", unit="S_GASTRO", au=("Ahmad Karimi", L),
         t="2024-07-02T10:30", s="2024-07-02T11:10", st="öppenvård",
         secs=sec(("Anamnes", "Diarré 6–8 ggr/d sedan 3 mån, viktnedgång 5 kg, perianal fistel sedan i våras."),
                  ("Lab", "F-kalprotektin 1250, CRP 28, Hb 112."),
                  ("Bedömning", "Susp. Mb Crohn. Ileokoloskopi med biopsier + MR tunntarm.")),
         must=["NL102"], mn=["NL101"],
         why="'Susp.' before an eponymous 'Mb' diagnosis"),
    dict(name="gastro-sannolkit-celiaki-typo", rs="vgr", pnr="19900806-6822",
         sys="Melior", tpl="Mottagningsanteckning", unit="V_GASTRO", au=("Emma Gustafsson", L),
         t="2024-09-10T09:10", s="2024-09-10T09:50", st="öppenvård",
         secs=sec(("Bedömning", "Järnbrist, lös avföring och uppblåsthet. Transglutaminas-IgA 128 (ref <7). Sannolkit celiaki. Gastroskopi med duodenalbiopsier innan glutenfri kost, fortsätter äta gluten tills dess.")),
         must=["NL102"], mn=[],
         why="typo 'Sannolkit' (sannolikt) still hedges the diagnosis"),
    dict(name="gastro-obs-appendicit", rs="skane", pnr="20000120-5137",
         sys="Melior", tpl="Akutanteckning", unit="S_KIR", au=("Nils Mårtensson", L),
         t="2024-05-19T23:40", s=None, st="akutmottagning",
         secs=sec(("Aktuellt", "24-årig man, buksmärta som debuterade periumbilikalt igår, nu lokaliserad till hö fossa."),
                  ("Status", "Släppömhet McBurney, T 38,1. LPK 14,2, CRP 45."),
                  ("Bed", "Obs appendicit. Fastande, DT buk, ny kirbedömning efter svar.")),
         must=["NL102"], mn=["NL101"],
         why="surgical shorthand 'Obs' (observation för) marks a suspected diagnosis"),
    dict(name="gastro-pmo-susp-gallstensanfall", rs="skane", pnr="19730617-4280",
         sys="PMO", tpl="Besöksanteckning", unit="S_VC_SORG", au=("Maria Svensson", L),
         t="2024-03-13T14:40", s="2024-03-13T15:05", st="öppenvård",
         secs=sec(("Aktuellt", "Återkommande smärta under hö arcus efter fet mat, 3 episoder senaste månaden."),
                  ("Bedömning", "Murphy neg idag. Susp. gallstensanfall. UL lever/gallvägar beställt, Diklofenak vb.")),
         must=[], mn=["NL102"],
         why="PMO vårdcentral note: a suspected diagnosis is not shown, so no NL102"),
    dict(name="gastro-divertikulit-kan-inte-uteslutas-op", rs="vgr", pnr="19620915-2740",
         sys="Melior", tpl="Mottagningsanteckning", unit="V_GASTRO", au=("Daniel Lindberg", L),
         t="2024-11-19T10:00", s="2024-11-19T10:40", st="öppenvård",
         secs=sec(("Bedömning", "Divertikulit i sigmoideum, tredje episoden i år, DT-verifierad och okomplicerad. Kan inte uteslutas att elektiv resektion blir aktuell längre fram, diskuteras med kolorektalkirurg.")),
         must=[], mn=["NL102"],
         why="'Kan inte uteslutas' hedges a possible operation; the diagnosis is CT-verified"),
    dict(name="gastro-sigmoideumcancer-ej-informerad", rs="vgr", pnr="19570302-3555",
         sys="Melior", tpl="Läkaranteckning", unit="V_GASTRO", au=("Emma Gustafsson", L),
         t="2024-09-05T16:20", s="2024-09-05T16:35", st="öppenvård",
         secs=sec(("Provsvar", "Koloskopi 3/9: cirkulär tumör i sigmoideum 25 cm ab ano. PAD: adenocarcinom."),
                  ("Planering", "Pat inte informerad än, kolorektalkirurg ringer upp imorgon och bokar besök.")),
         must=["NL101"], mn=["NL102"],
         why="established adenocarcinoma visible while the patient is not yet informed"),
    # ======================================================== HEMATOLOGI
    dict(name="hem-stark-misstanke-om-myelom", rs="skane", pnr="19511013-5018",
         sys="Melior", tpl="Läkaranteckning", unit="S_HEM", au=("Ulrika Dahl", L),
         t="2024-01-17T13:00", s="2024-01-17T14:10", st="öppenvård",
         secs=sec(("Aktuellt", "Remiss pga M-komponent IgG kappa 28 g/L, Hb 98, kreatinin 145, ryggsmärta sedan 2 mån."),
                  ("Bedömning", "Stark misstanke om myelom. Benmärgsprov och helkropps-DT lågdos bokas denna vecka.")),
         must=["NL102"], mn=["NL101"],
         why="'Stark misstanke om' still marks an unconfirmed diagnosis"),
    dict(name="hem-trol-itp-dd-lakemedelsutlost", rs="vgr", pnr="19860418-2348",
         sys="Melior", tpl="Akutanteckning", unit="V_HEM", au=("Kristoffer Berg", L),
         t="2024-06-21T18:30", s="2024-06-21T19:20", st="akutmottagning",
         secs=sec(("Bedömning", "Isolerad trombocytopeni 18, petekier underben, i övrigt normalt blodstatus och utstryk. Trol. ITP, DD läkemedelsutlöst trombocytopeni (Trimetoprim insatt för 2 v sedan)."),
                  ("Åtgärd", "Trimetoprim utsatt. Prednisolon 1 mg/kg, Tpk-kontroll om 3 d.")),
         must=["NL102"], mn=[],
         why="'Trol. X, DD Y' in one sentence"),
    dict(name="hem-jarnbrist-orsak-trol-vegankost", rs="vgr", pnr="19970224-3685",
         sys="Melior", tpl="Mottagningsanteckning", unit="V_HEM", au=("Ylva Magnusson", L),
         t="2024-02-29T11:30", s="2024-02-29T12:00", st="öppenvård",
         secs=sec(("Bedömning", "Järnbristanemi, Hb 102, ferritin 6. Orsaken trol. kosten – strikt vegan sedan 2 år utan tillskott, ingen blödningsanamnes, F-Hb neg x3. Järntabletter varannan dag, Hb-kontroll om 6 v.")),
         must=[], mn=["NL102"],
         why="established anaemia; the hedge is on its dietary cause"),
    dict(name="hem-aml-ej-informerad-besked-imorgon", rs="skane", pnr="19640804-3476",
         sys="Melior", tpl="Läkaranteckning", unit="S_HEM", au=("Ulrika Dahl", L),
         t="2024-10-14T17:05", s="2024-10-14T17:20", st="slutenvård",
         secs=sec(("Provsvar", "Benmärgsaspirat med flödescytometri: akut myeloisk leukemi (AML), 62% blaster."),
                  ("Planering", "Pat ej informerad ännu – besked imorgon kl 10 tillsammans med dottern, kontaktsjuksköterska bokad.")),
         must=["NL101"], mn=["NL102"],
         why="'ej informerad ännu' about a confirmed leukaemia in a visible note"),
    dict(name="hem-dlbcl-informerad-med-make", rs="vgr", pnr="19590921-4867",
         sys="Melior", tpl="Mottagningsanteckning", unit="V_HEM", au=("Ylva Magnusson", L),
         t="2024-05-15T10:00", s=None, st="öppenvård",
         secs=sec(("Bedömning", "PAD körtelexstirpation: diffust storcelligt B-cellslymfom. Pat fick beskedet om diagnosen idag tillsammans med maken och tog det sansat."),
                  ("Planering", "PET-DT, därefter start R-CHOP v. 22.")),
         must=[], mn=["NL101", "NL102"],
         why="settled diagnosis that the patient has been told of"),
    dict(name="hem-leukemi-kan-inte-uteslutas-informerad", rs="skane", pnr="19820530-2113",
         sys="Melior", tpl="Akutanteckning", unit="S_MED", au=("Mikael Persson", L),
         t="2024-08-29T15:45", s="2024-08-29T16:30", st="akutmottagning",
         secs=sec(("Bedömning", "Pancytopeni med enstaka omogna celler i utstryket. Akut leukemi kan inte uteslutas, remiss hematologen samma dag. Pat informerad om att leukemi är en möjlig förklaring och att benmärgsprov behövs.")),
         must=["NL102"], mn=["NL101"],
         why="hedged leukaemia (NL102) that the patient was told about (not NL101)"),
    dict(name="hem-vgr-tidiga-hyp-plus-synlig-bedomning", rs="vgr", pnr="19770113-6611",
         sys="Melior", tpl="Mottagningsanteckning", unit="V_HEM", au=("Kristoffer Berg", L),
         t="2024-07-23T14:00", s="2024-07-23T14:40", st="öppenvård",
         secs=sec(("Tidiga hypoteser", "Lymfom? Förstorade körtlar i axill och på halsen, nattsvettningar."),
                  ("Bedömning", "Generell lymfadenopati, trol. lymfom. Remiss för körtelexstirpation.")),
         must=["NL102"], mn=[],
         why="hypothesis correctly in the Tidiga hypoteser sökord but repeated hedged in visible Bedömning"),
    # ======================================================== REHABILITERING
    dict(name="rehab-misstanke-om-crps", rs="vgr", pnr="19670809-1225",
         sys="Melior", tpl="Läkaranteckning", unit="V_REHAB", au=("Daniel Lindberg", L),
         t="2024-08-14T09:00", s=None, st="öppenvård",
         secs=sec(("Aktuellt", "Distal radiusfraktur hö op med platta i maj. Nu brännande smärta, svullnad, färgskiftning och ökad svettning i hö hand, allodyni."),
                  ("Bedömning", "Misstanke om CRPS typ 1 (Budapestkriterierna 3 av 4). Arbetsterapeut för graderad motorisk träning, prednisolonkur diskuteras.")),
         must=["NL102"], mn=[],
         why="unsigned draft: 'Misstanke om' before an acronym diagnosis"),
    dict(name="rehab-ft-pat-verkar-nojd", rs="vgr", pnr="19940619-1958",
         sys="Melior", tpl="Fysioterapeutanteckning", unit="V_REHAB", au=("Jonas Ek", FT),
         t="2024-09-12T15:30", s="2024-09-12T15:50", st="slutenvård",
         secs=sec(("Behandling", "Ryggmärgsskada Th10 (AIS A) efter trafikolycka 2022. Träning av förflyttning rullstol–säng med glidbräda. Pat verkar nöjd med framstegen och kan vara redo för självständig förflyttning inom 2 v.")),
         must=[], mn=["NL102"],
         why="'verkar' and 'kan vara' describe mood and progress, not a diagnosis"),
    dict(name="rehab-vgr-tidiga-hyp-sokord-dd-gangstorning", rs="vgr", pnr="19660127-3805",
         sys="Melior", tpl="Läkaranteckning", unit="V_REHAB", au=("Daniel Lindberg", L),
         t="2024-03-20T10:10", s="2024-03-20T10:50", st="öppenvård",
         secs=sec(("Aktuellt", "Återbesök, gångträning sedan januari."),
                  ("Status", "Går 10 m på 14 s med stödkäpp, ingen fallrisk i testerna idag."),
                  ("Tidiga hypoteser", "DD funktionell (dissociativ) gångstörning vs tidig atypisk parkinsonism, DAT-scan övervägs."),
                  ("Planering", "Fortsatt FT 2 ggr/v, läkarbesök om 8 v.")),
         must=[], mn=["NL102", "NL101"],
         why="DD only under the VGR Tidiga hypoteser sökord"),
    # ======================================================== PALLIATIV VÅRD
    dict(name="pall-ny-skelettmetastas-fragetecken", rs="skane", pnr="19460813-6174",
         sys="Melior", tpl="Läkaranteckning", unit="S_PALL", au=("Karin Lindqvist", L),
         t="2024-04-18T11:00", s="2024-04-18T11:50", st="slutenvård",
         secs=sec(("Bedömning", "Känd prostatacancer med skelettmetastaser i bäckenet. Nytillkommen smärta mitt i bröstryggen senaste veckan, perkussionsöm över Th8. Ny skelettmetastas? MR rygg akut pga risk för medullakompression, Betapred 16 mg.")),
         must=["NL102"], mn=["NL101"],
         why="question mark after a new, unconfirmed metastasis in a known cancer"),
    dict(name="pall-ev-hojning-oxycontin", rs="skane", pnr="19530206-4026",
         sys="Melior", tpl="Läkaranteckning", unit="S_PALL", au=("Amira Haddad", L),
         t="2024-05-08T13:30", s="2024-05-08T14:00", st="slutenvård",
         secs=sec(("Bedömning", "Pankreascancer med levermetastaser, brytpunktssamtal hållet 3/5 med pat och maken. Genombrottssmärta 3–4 ggr/d trots OxyContin 40 mg x2. Ev. höjning till 60 mg x2, OxyNorm 10 mg vb kvarstår.")),
         must=[], mn=["NL102", "NL101"],
         why="'Ev.' hedges a dose change; the cancer is established"),
    dict(name="pall-pmo-hemsjukvard-sannolikt-aspiration", rs="skane", pnr="19480102-3443",
         sys="PMO", tpl="Hembesök", unit="S_HSV", au=("Lena Bengtsson", SSK),
         t="2024-12-02T10:40", s="2024-12-02T11:15", st="hemsjukvård",
         secs=sec(("Hembesök", "Pat i palliativt skede (ALS), hostar vid måltider, temp 38,4, rosslig andning. Sannolikt aspirationspneumoni. Ansvarig läkare på VC kontaktad, Kåvepenin insatt enl. ordination.")),
         must=[], mn=["NL102"],
         why="PMO hemsjukvård note: hedged diagnosis is never visible, not NL102"),
    dict(name="pall-levermetastaser-ej-informerats", rs="vgr", pnr="19450310-2255",
         sys="Melior", tpl="Läkaranteckning", unit="V_PALL", au=("Ingrid Larsson", L),
         t="2024-07-11T15:15", s="2024-07-11T15:40", st="slutenvård",
         secs=sec(("Rtg", "DT buk: multipla nytillkomna levermetastaser sedan mars."),
                  ("Bedömning", "Pat har ännu inte informerats om fyndet; besked ges på lördag när sonen kommit hem från Norge, enligt pats önskemål att få svar med honom närvarande.")),
         must=["NL101"], mn=["NL102"],
         why="new metastases in a visible section while the patient has not been told yet"),
    dict(name="pall-pat-vet-barnen-ej-informerade", rs="skane", pnr="19700929-1548",
         sys="Melior", tpl="Läkaranteckning", unit="S_PALL", au=("Amira Haddad", L),
         t="2024-09-19T10:30", s="2024-09-19T11:10", st="slutenvård",
         secs=sec(("Samtal", "Ventrikelcancer med peritoneal spridning. Pat vet om sin diagnos och prognos sedan förra veckan men vill inte att barnen (17 och 19 år) informeras ännu. Respekteras, kurator erbjuder stöd i hur man kan berätta.")),
         must=[], mn=["NL101", "NL102"],
         why="patient informed; only the relatives are not, which is not NL101"),
    # ======================================================== ARBETS- OCH MILJÖMEDICIN
    dict(name="amm-misstankt-yrkesastma-isocyanater", rs="skane", pnr="19820605-5199",
         sys="Melior", tpl="Läkaranteckning", unit="S_AMM", au=("Oskar Jeppsson", L),
         t="2024-02-01T09:00", s="2024-02-01T10:10", st="öppenvård",
         secs=sec(("Arbetsanamnes", "Billackerare 41 år. Exponeras för isocyanathaltiga lacker, andningsskydd används inkonsekvent."),
                  ("Bedömning", "Astmadebut för 1 år sedan, bättre på semester och sämre på måndagar. Misstänkt yrkesastma. PEF-kurva 4 v arbete/ledighet och specifik provokation, arbetsskadeanmälan diskuteras.")),
         must=["NL102"], mn=["NL101"],
         why="'Misstänkt' occupational asthma in a Melior note"),
    dict(name="amm-handeksem-ev-kontaktallergi", rs="skane", pnr="19880830-3724",
         sys="Melior", tpl="Läkaranteckning", unit="S_AMM", au=("Fatima Rashid", L),
         t="2024-05-28T13:15", s="2024-05-28T14:00", st="öppenvård",
         secs=sec(("Arbetsanamnes", "Undersköterska på äldreboende, mycket våtarbete och handskanvändning. Handeksem sedan 1 år, bättre på semestern."),
                  ("Bedömning", "Irritativt handeksem men ev. även allergiskt kontakteksem mot tiuram i gummihandskarna. Lapptest med bas- och gummiserie bokas.")),
         must=["NL102"], mn=[],
         why="established eczema with 'ev.' hedging an additional allergic diagnosis"),
    dict(name="amm-bilden-passar-med-vibrationskada-typo", rs="vgr", pnr="19620421-5930",
         sys="Melior", tpl="Läkaranteckning", unit="V_AMM", au=("Anders Johansson", L),
         t="2024-10-23T10:00", s="2024-10-23T11:15", st="öppenvård",
         secs=sec(("Arbetsanamnes", "Skogsarbetare, motorsåg och röjsåg i 28 år."),
                  ("Bedömning", "Vita fingrar vid kyla sedan 5 år, domningar nattetid. Bilden passar med vibrationskada (HAVS) med vaskulär och neurosensorisk komponent. Kyltest och neurografi, rådgivning om exponeringsbegränsning.")),
         must=["NL102"], mn=[],
         why="'passar med' hedges a diagnosis with a typo ('vibrationskada') and lay name 'vita fingrar'"),
    dict(name="amm-ej-forenligt-med-yrkesastma", rs="skane", pnr="19790311-2634",
         sys="Melior", tpl="Läkaranteckning", unit="S_AMM", au=("Oskar Jeppsson", L),
         t="2024-06-27T14:00", s="2024-06-27T14:20", st="öppenvård",
         secs=sec(("Bedömning", "PEF-registrering under 4 arbetsveckor och 2 lediga veckor utan skillnad, metakolintest normalt. Ej förenligt med yrkesastma. Åter till företagshälsovården.")),
         must=[], mn=["NL102"],
         why="'Ej förenligt med' negates the occupational diagnosis"),
    dict(name="amm-epikondylit-kan-trol-aterga-i-arbete", rs="vgr", pnr="19850708-1290",
         sys="Melior", tpl="Läkaranteckning", unit="V_AMM", au=("Anders Johansson", L),
         t="2024-03-14T11:30", s="2024-03-14T12:00", st="öppenvård",
         secs=sec(("Bedömning", "Lateral epikondylit hö (tennisarmbåge) hos snickare. Ergonomisk genomgång, avlastningsortos. Kan trol. återgå i ordinarie arbete om 2 v med anpassade verktyg.")),
         must=[], mn=["NL102"],
         why="'trol.' hedges return to work, the epicondylitis is established"),
    dict(name="amm-mesoteliom-dottern-ej-informerad", rs="vgr", pnr="19480726-0833",
         sys="Melior", tpl="Läkaranteckning", unit="V_AMM", au=("Anders Johansson", L),
         t="2024-12-05T13:00", s="2024-12-05T13:45", st="öppenvård",
         secs=sec(("Bedömning", "Mesoteliom hö pleura, bekräftat med torakoskopi-PAD. Asbestexponering på Eriksbergsvarvet 1965–1978, arbetsskadeanmälan upprättas. Pat informerad och har själv frågat om sambandet. Dottern är inte informerad ännu på pats uttryckliga begäran.")),
         must=[], mn=["NL101", "NL102"],
         why="patient informed; a relative not being informed is not NL101"),
    # ======================================================== MEDICIN / BLANDAT
    dict(name="med-ssk-natt-trol-uvi-enl-jour", rs="skane", pnr="19380714-2421",
         sys="Melior", tpl="Omvårdnadsanteckning", unit="S_MED", au=("Elin Ohlsson", SSK),
         t="2024-01-09T03:20", s="2024-01-09T03:45", st="slutenvård",
         secs=sec(("Omvårdnad", "Kl 03: Pat orolig och plockig, temp 38,9. Urinen grumlig och illaluktande. Jour kontaktad, bedömer trol. UVI med delirium. Urinodling tagen, Cefotaxim enl. ordination.")),
         must=["NL102"], mn=[],
         why="nurse reports the doctor's 'trol.' diagnosis in a visible nursing note"),
    dict(name="med-misstanke-om-bristande-folsamhet", rs="vgr", pnr="19590504-4474",
         sys="Melior", tpl="Mottagningsanteckning", unit="V_INTMED", au=("Gunilla Holm", L),
         t="2024-05-02T09:30", s="2024-05-02T10:10", st="öppenvård",
         secs=sec(("Bedömning", "Hypertoni 168/98 trots tre preparat. Misstanke om att pat inte tar sina mediciner regelbundet, apoteksuttagen är glesa. Dosett och hemblodtrycksmätning, återbesök 4 v.")),
         must=[], mn=["NL102"],
         why="'Misstanke om' concerns adherence, not a diagnosis"),
    dict(name="med-susp-hemolyserat-prov", rs="skane", pnr="19510222-7757",
         sys="Melior", tpl="Daganteckning", unit="S_MED", au=("Mikael Persson", L),
         t="2024-03-04T09:15", s="2024-03-04T09:25", st="slutenvård",
         secs=sec(("Lab", "K 6,4 i morse, prov taget med stas länge enl. ssk. Susp. hemolyserat prov, nytt kalium direkt. EKG ua.")),
         must=[], mn=["NL102"],
         why="'Susp.' concerns a faulty lab sample, not a diagnosis"),
    dict(name="med-fs-dvt-utesluten-med-ultraljud", rs="vgr", pnr="19720813-2808",
         sys="Melior", tpl="Läkaranteckning", unit="V_MED", au=("Sofia Karlsson", L),
         t="2024-07-30T12:30", s="2024-07-30T13:10", st="öppenvård",
         secs=sec(("Aktuellt", "Remitterad från VC med f.s. DVT vä underben, svullnad i vaden sedan 5 d."),
                  ("Undersökning", "UL: komprimerbara vener från ljumske till knäveck och vadvener, ingen trombos. Bakercysta 3 cm i knävecket."),
                  ("Bedömning", "DVT uteslutes. Kompression och NSAID kortvarigt.")),
         must=[], mn=["NL102"],
         why="the referral question 'f.s. DVT' is answered: DVT is ruled out"),
    dict(name="neuro-ms-forenliga-fynd-ej-informerad", rs="skane", pnr="19940128-2786",
         sys="Melior", tpl="Läkaranteckning", unit="S_NEURO", au=("Maria Svensson", L),
         t="2024-11-21T16:00", s="2024-11-21T16:20", st="öppenvård",
         secs=sec(("MR hjärna", "Multipla periventrikulära och juxtakortikala T2-lesioner, en kontrastladdande."),
                  ("Bedömning", "Fynden förenliga med MS. Pat ej informerad om MR-svaret, tas vid återbesöket nästa vecka.")),
         must=["NL101", "NL102"], mn=[],
         why="'förenliga med' hedged MS in a visible note the patient is not yet told of"),
    dict(name="derm-melanom-pad-utkast-ej-informerad", rs="vgr", pnr="19810902-4185",
         sys="Melior", tpl="Läkaranteckning", unit="V_HUD", au=("Björn Andersson", L),
         t="2024-09-09T14:40", s=None, st="öppenvård",
         secs=sec(("PAD", "Excision rygg: malignt melanom, superficiellt spridande, Breslow 1,2 mm, ulceration saknas."),
                  ("Planering", "Pat vet ännu inte om svaret, kallas till läkarbesök v. 38 för besked och planering av utvidgad excision och portvaktskörtel.")),
         must=["NL101"], mn=["NL102"],
         why="unsigned draft: 'vet ännu inte om svaret' with a confirmed melanoma"),
    dict(name="uro-prostatacancer-kirurgi-vs-stralning", rs="skane", pnr="19580327-1674",
         sys="Melior", tpl="Läkaranteckning", unit="S_URO", au=("Henrik Sjöberg", L),
         t="2024-02-15T10:30", s="2024-02-15T11:20", st="öppenvård",
         secs=sec(("Bedömning", "Prostatacancer Gleason 4+3, cT2c, PSA 11. Pat informerad om diagnosen idag. Kirurgi vs strålbehandling diskuteras på MDK 12/3, pat får träffa både urolog och onkolog.")),
         must=[], mn=["NL102", "NL101"],
         why="'vs' compares two treatments for an established, communicated cancer"),
    dict(name="reum-mtx-dossankning-ej-informerad", rs="skane", pnr="19660418-3928",
         sys="Melior", tpl="Läkaranteckning", unit="S_REUM", au=("Ulrika Dahl", L),
         t="2024-10-09T13:00", s="2024-10-09T13:15", st="öppenvård",
         secs=sec(("Bedömning", "RA i remission sedan 2 år, DAS28 2,1. Pat har inte informerats om att Metotrexat-dosen sänks till 15 mg/v, meddelas via 1177 imorgon.")),
         must=[], mn=["NL101", "NL102"],
         why="not informed of a medication change, not of a diagnosis"),
]

# ------------------------------------------------------------------ two long notes
LONG = [
    dict(name="med-lang-inskrivning-sannolikt-siadh", rs="skane", pnr="19410605-1909",
         sys="Melior", tpl="Inskrivningsanteckning", unit="S_MED", au=("Nils Mårtensson", L),
         t="2024-03-08T18:30", s="2024-03-08T21:10", st="slutenvård",
         secs=sec(("Kontaktorsak", "Förvirring sedan 2 dagar enl. hemtjänst."),
                  ("Anamnes", "82-årig kvinna, bor ensam i lägenhet med hemtjänst x2/d. Tidigare: hypertoni, typ 2-diabetes (tablettbeh.), op appendix 1968, vä höftprotes 2015. Hemtjänsten noterade i förrgår att hon var ovanligt trött och upprepade samma frågor, igår hittad i nattlinne i trapphuset. Dricker enl. dottern mycket te och vatten, ca 3 liter/d. Inga fall, ingen huvudvärk, inga kramper. Ingen feber eller hosta."),
                  ("Hereditet", "Far död i hjärtinfarkt 60 år. Syster har demens."),
                  ("Läkemedel", "Esidrex 25 mg x1, Enalapril 10 mg x1, Metformin 500 mg x2, Alvedon vb."),
                  ("Status", "AT: opåverkad, desorienterad till tid och plats. Cor: RR, inga blåsljud. Pulm: vesikulärt bilat. Buk: mjuk, oöm. Neuro: inga fokala bortfall, pupiller lika, ljusreagerar. Inga ödem, normal hudturgor."),
                  ("Lab", "Na 119, K 3,6, krea 58, glukos 7,8, CRP 4, TSH 2,1, P-osmolalitet 248, U-osmolalitet 410, U-Na 62."),
                  ("Rtg", "DT hjärna: inga tecken på blödning eller infarkt, måttlig central atrofi. Rtg pulm: ingen stas, inga infiltrat."),
                  ("Bedömning", "Akut konfusion hos äldre kvinna utan fokalneurologi eller infektionsfynd. Symtomgivande hyponatremi, sannolikt SIADH, DD tiazidutlöst (Esidrex) med bidrag av högt vätskeintag."),
                  ("Åtgärd", "Esidrex utsätts. Vätskerestriktion 1 l/d. Na-kontroll x3/d, får ej korrigeras mer än 8 mmol/l per dygn. Ny bedömning imorgon bitti.")),
         must=["NL102"], mn=["NL101"],
         why="long admission note: one hedged diagnosis among negations, family and past history"),
    dict(name="med-lang-epikris-utan-hypotes", rs="vgr", pnr="19530119-6357",
         sys="Melior", tpl="Epikris", unit="V_MED", au=("Mats Olsson", L),
         t="2024-06-14T11:00", s="2024-06-14T14:30", st="slutenvård",
         secs=sec(("Orsak till vård", "Inkom med ambulans pga tryckande bröstsmärta och andfåddhet."),
                  ("Diagnoser", "Huvuddiagnos: Akut hjärtinfarkt utan ST-höjning (NSTEMI) I21.4. Bidiagnoser: Typ 2-diabetes E11.9, Hyperlipidemi E78.5."),
                  ("Förlopp", "71-årig man med 2 tim bröstsmärta. TnT 18 → 240, EKG med ST-sänkningar V4–V6. Koronarangiografi dag 2: signifikant stenos proximalt i LAD, PCI med en läkemedelsavgivande stent. Okomplicerat vårdförlopp. Eko: lätt nedsatt EF ca 45%, ingen klaffsjukdom. Inga arytmier på telemetri. Lungröntgen utan stas och utan infiltrat. Mobiliserad enl. hjärtrehabprogrammet utan symtom."),
                  ("Läkemedel", "Nyinsatt: Brilique 90 mg x2 i 12 mån, Trombyl 75 mg x1, Atorvastatin 80 mg x1, Metoprolol 50 mg x1, Ramipril 2,5 mg x1 (upptitreras). Nitroglycerin vb."),
                  ("Uppföljning", "Återbesök hjärtsjuksköterska om 2 v för blodtryck och lab, ev. höjning av Ramipril då. Läkarbesök om 3 mån med arbetsprov. Remiss hjärtrehab skickad."),
                  ("Information till patienten", "Pat informerad om diagnos, genomförd behandling och vikten av dubbel trombocythämning. Kan troligen återgå till arbetet som lagerarbetare efter 4–6 v, sjukskriven 4 v tills vidare. Rökstopp diskuterat, pat vill ha hjälp av rökavvänjare.")),
         must=[], mn=["NL102", "NL101"],
         why="long discharge summary: only settled diagnoses; 'ev.' and 'troligen' concern dose and work"),
]

CASES = CASES + LONG

# ============================================================================ build
CODES = {"NL101", "NL102"}
PROTECTED_SKANE_TEMPLATES = {"Tidiga hypoteser"}


def as_of_for(note_time):
    d = dt.datetime.fromisoformat(note_time)
    if d.month == 12:
        return "2024-12-31T00:00:00"
    return dt.datetime(d.year, d.month + 1, 1).isoformat()


def iso(t):
    return t if len(t) == 19 else t + ":00"


def build_case(c):
    pnr = c["pnr"]
    birth = f"{pnr[0:4]}-{pnr[4:6]}-{pnr[6:8]}"
    unit_name, hsa = U[c["unit"]]
    note = {
        "id": "n1", "system": c["sys"], "template": c["tpl"],
        "unit": {"name": unit_name, "hsa_id": hsa},
        "author": {"name": c["au"][0], "role": c["au"][1]},
        "time": iso(c["t"]), "signed": iso(c["s"]) if c["s"] else None,
        "setting": c["st"], "refs": [], "sections": c["secs"],
    }
    record = {
        "patient": {"id": pnr, "birth_date": birth, "protected_identity": False},
        "as_of": as_of_for(note["time"]),
        "notes": [note], "access_events": [], "conversations": [], "treatments": [],
    }
    return {
        "case": c["name"], "ruleset": c["rs"], "record": record,
        "must": [[code, "n1"] for code in c["must"]],
        "must_not": [[code, "n1"] for code in c["mn"]],
        "why": c["why"],
    }


# ========================================================================= validate
def luhn_ok(pnr):
    m = re.fullmatch(r"(\d{2})(\d{6})-(\d{4})", pnr)
    if not m:
        return False
    digits = (m.group(1) + m.group(2) + m.group(3))[2:]
    total = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return total % 10 == 0


def age_on(birth, when):
    b = dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n")


def validate(cases):
    problems = []
    names = set()
    seen_sentences = {}
    rec_keys = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
    note_keys = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
    case_keys = {"case", "ruleset", "record", "must", "must_not", "why"}
    for c in cases:
        n = c.get("case")
        where = f"case {n!r}"
        if set(c) != case_keys:
            problems.append(f"{where}: keys {sorted(c)}")
            continue
        if not n or not re.fullmatch(r"[a-z0-9åäöé-]+", n):
            problems.append(f"{where}: bad case name")
        if n in names:
            problems.append(f"{where}: duplicate name")
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append(f"{where}: ruleset {c['ruleset']}")
        if not c["why"] or "\n" in c["why"]:
            problems.append(f"{where}: why must be one line")
        r = c["record"]
        if set(r) != rec_keys:
            problems.append(f"{where}: record keys")
        p = r["patient"]
        if set(p) != {"id", "birth_date", "protected_identity"}:
            problems.append(f"{where}: patient keys")
        if not luhn_ok(p["id"]):
            problems.append(f"{where}: personnummer {p['id']} fails Luhn")
        if p["id"][:8] != p["birth_date"].replace("-", ""):
            problems.append(f"{where}: birth_date does not match personnummer")
        try:
            dt.date.fromisoformat(p["birth_date"])
            as_of = dt.datetime.fromisoformat(r["as_of"])
        except ValueError as e:
            problems.append(f"{where}: {e}")
            continue
        if as_of.year != 2024:
            problems.append(f"{where}: as_of not in 2024")
        ids = set()
        for note in r["notes"]:
            if set(note) != note_keys:
                problems.append(f"{where}: note keys {sorted(note)}")
                continue
            ids.add(note["id"])
            t = dt.datetime.fromisoformat(note["time"])
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", note["time"]):
                problems.append(f"{where}: time format")
            if t.year != 2024:
                problems.append(f"{where}: note time not in 2024")
            if note["signed"] is not None:
                sgn = dt.datetime.fromisoformat(note["signed"])
                if sgn < t or sgn.year != 2024:
                    problems.append(f"{where}: signed before time or outside 2024")
                if sgn > as_of:
                    problems.append(f"{where}: signed after as_of")
            if t > as_of:
                problems.append(f"{where}: note after as_of")
            a = age_on(p["birth_date"], t)
            if 13 <= a <= 15:
                problems.append(f"{where}: patient aged {a} (13-15 not allowed)")
            if note["system"] not in ("Melior", "PMO"):
                problems.append(f"{where}: system")
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                problems.append(f"{where}: VGR notes must be Melior")
            hsa = note["unit"]["hsa_id"]
            pref = "SE2321000255-" if c["ruleset"] == "skane" else "SE2321000131-"
            if not hsa.startswith(pref):
                problems.append(f"{where}: HSA-id region mismatch")
            if note["author"]["role"] not in (L, SSK, FT):
                problems.append(f"{where}: role")
            for s in note["sections"]:
                if set(s) != {"keyword", "text"} or not s["keyword"] or not s["text"].strip():
                    problems.append(f"{where}: bad section")
                    continue
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sentences and seen_sentences[sent] != n:
                            problems.append(f"{where}: sentence repeated from {seen_sentences[sent]!r}: {sent!r}")
                        seen_sentences.setdefault(sent, n)
            if note["system"] == "PMO":
                for code, _ in c["must"] + c["must_not"]:
                    if code == "NL101":
                        problems.append(f"{where}: NL101 must not be asserted on PMO")
                for code, _ in c["must"]:
                    if code == "NL102":
                        problems.append(f"{where}: NL102 positive on PMO")
        if not c["must"] and not c["must_not"]:
            problems.append(f"{where}: asserts nothing")
        pairs = [tuple(x) for x in c["must"] + c["must_not"]]
        if len(pairs) != len(set(pairs)):
            problems.append(f"{where}: duplicate assertion")
        if set(map(tuple, c["must"])) & set(map(tuple, c["must_not"])):
            problems.append(f"{where}: code both must and must_not")
        for code, target in pairs:
            if code not in CODES:
                problems.append(f"{where}: unexpected code {code}")
            if target not in ids:
                problems.append(f"{where}: target {target} missing")
    return problems


def main():
    cases = [build_case(c) for c in CASES]
    problems = validate(cases)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for c in cases:
        for code, _ in c["must"]:
            counts.setdefault(code, [0, 0])[0] += 1
        for code, _ in c["must_not"]:
            counts.setdefault(code, [0, 0])[1] += 1
    print(f"wrote {OUT}: {len(cases)} cases")
    for code in sorted(counts):
        print(f"  {code}: must {counts[code][0]}, must_not {counts[code][1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
