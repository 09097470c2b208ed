#!/usr/bin/env python3
"""nl1ca_dev_cases: independent gold cases for notelint NL1 (and some NL2).

Theme: specialist outpatient clinics (ophthalmology, ENT, neurology incl. EEG,
epilepsy and movement disorders, rheumatology, endocrinology, urology, infectious
diseases) with their abbreviations, eponyms and Latin terms, question-mark hedges
in many positions, and answers to referral questions.

Dependency-free and deterministic: `python3 build.py` writes nl1ca_dev_cases.jsonl
beside this file and validates it (exit status 1 on any problem).
"""
import datetime as dt
import json
import os
import re
import sys

NAME = "nl1ca_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

SK = "SE2321000255-"
VG = "SE2321000131-E0000000"

UNITS = {
    # ---- Region Skåne, Melior (hospitals) ----
    "sus_lund_ogon": ("Ögonmottagningen, Skånes universitetssjukhus Lund", SK + "4410"),
    "sus_malmo_ogon": ("Ögonmottagningen, Skånes universitetssjukhus Malmö", SK + "4427"),
    "hbg_ogon": ("Ögonmottagningen, Helsingborgs lasarett", SK + "4433"),
    "sus_lund_barnogon": ("Barnögonmottagningen, Skånes universitetssjukhus Lund", SK + "4451"),
    "sus_lund_onh": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Lund", SK + "5102"),
    "hbg_onh": ("ÖNH-mottagningen, Helsingborgs lasarett", SK + "5118"),
    "csk_onh": ("Öron-näsa-halsmottagningen, Centralsjukhuset Kristianstad", SK + "5124"),
    "sus_lund_horsel": ("Hörsel- och balansmottagningen, Skånes universitetssjukhus Lund", SK + "5139"),
    "sus_malmo_neuro": ("Neurologimottagningen, Skånes universitetssjukhus Malmö", SK + "6207"),
    "sus_lund_neuro": ("Neurologimottagningen, Skånes universitetssjukhus Lund", SK + "6213"),
    "hbg_neuro": ("Neurologmottagningen, Helsingborgs lasarett", SK + "6228"),
    "sus_lund_barnneuro": ("Barnneurologiska mottagningen, Skånes universitetssjukhus Lund", SK + "6255"),
    "sus_lund_reuma": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", SK + "7301"),
    "sus_malmo_reuma": ("Reumatologimottagningen, Skånes universitetssjukhus Malmö", SK + "7316"),
    "csk_reuma": ("Reumatologimottagningen, Centralsjukhuset Kristianstad", SK + "7322"),
    "sus_lund_barnreuma": ("Barnreumatologiska mottagningen, Skånes universitetssjukhus Lund", SK + "7338"),
    "sus_malmo_endo": ("Endokrinologimottagningen, Skånes universitetssjukhus Malmö", SK + "7405"),
    "ystad_diab": ("Diabetesmottagningen, Lasarettet i Ystad", SK + "7419"),
    "hbg_endo": ("Endokrin- och diabetesmottagningen, Helsingborgs lasarett", SK + "7424"),
    "sus_malmo_uro": ("Urologimottagningen, Skånes universitetssjukhus Malmö", SK + "7508"),
    "csk_uro": ("Urologimottagningen, Centralsjukhuset Kristianstad", SK + "7513"),
    "hbg_uro": ("Urologmottagningen, Helsingborgs lasarett", SK + "7527"),
    "sus_lund_inf": ("Infektionsmottagningen, Skånes universitetssjukhus Lund", SK + "7602"),
    "sus_malmo_inf": ("Infektionsmottagningen, Skånes universitetssjukhus Malmö", SK + "7618"),
    "hbg_inf": ("Infektionsmottagningen, Helsingborgs lasarett", SK + "7631"),
    # ---- Region Skåne, PMO (primary care) ----
    "vc_eslov": ("Vårdcentralen Eslöv", SK + "8136"),
    "vc_husensjo": ("Vårdcentralen Husensjö, Helsingborg", SK + "8149"),
    "vc_tomelilla": ("Vårdcentralen Tomelilla", SK + "8122"),
    "vc_sjobo": ("Vårdcentralen Sjöbo", SK + "8153"),
    "vc_sanktlars": ("Vårdcentralen Sankt Lars, Lund", SK + "8104"),
    "vc_nasby": ("Vårdcentralen Näsby, Kristianstad", SK + "8117"),
    # ---- Västra Götalandsregionen, Melior ----
    "su_ogon": ("Ögonmottagningen, Sahlgrenska universitetssjukhuset/Mölndal", VG + "1204"),
    "nal_ogon": ("Ögonmottagningen, NU-sjukvården NÄL Trollhättan", VG + "1217"),
    "skas_ogon": ("Ögonmottagningen, Skaraborgs Sjukhus Skövde", VG + "1221"),
    "su_barnogon": ("Barnögonmottagningen, Sahlgrenska universitetssjukhuset/Mölndal", VG + "1236"),
    "su_onh": ("Öron-näsa-halsmottagningen, Sahlgrenska universitetssjukhuset/Sahlgrenska", VG + "2308"),
    "sas_onh": ("ÖNH-mottagningen, Södra Älvsborgs sjukhus Borås", VG + "2315"),
    "nu_onh": ("Öron-, näs- och halsmottagningen, NU-sjukvården Uddevalla", VG + "2329"),
    "su_horsel": ("Hörselverksamheten, Sahlgrenska universitetssjukhuset", VG + "2337"),
    "su_neuro": ("Neurologimottagningen, Sahlgrenska universitetssjukhuset/Sahlgrenska", VG + "3401"),
    "skas_neuro": ("Neurologmottagningen, Skaraborgs Sjukhus Skövde", VG + "3418"),
    "su_knf": ("Klinisk neurofysiologi, Sahlgrenska universitetssjukhuset", VG + "3424"),
    "su_epilepsi": ("Epilepsimottagningen, Sahlgrenska universitetssjukhuset", VG + "3431"),
    "su_minne": ("Minnesmottagningen, Sahlgrenska universitetssjukhuset/Mölndal", VG + "3446"),
    "su_barnneuro": ("Barnneurologmottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "3452"),
    "su_reuma": ("Reumatologmottagningen, Sahlgrenska universitetssjukhuset/Mölndal", VG + "4503"),
    "sas_reuma": ("Reumatologimottagningen, Södra Älvsborgs sjukhus Borås", VG + "4517"),
    "su_endo": ("Endokrinmottagningen, Sahlgrenska universitetssjukhuset/Sahlgrenska", VG + "5606"),
    "kungalv_diab": ("Diabetesmottagningen, Kungälvs sjukhus", VG + "5612"),
    "nal_med": ("Medicinmottagningen endokrinologi, NU-sjukvården NÄL", VG + "5627"),
    "su_barnendo": ("Barnendokrinmottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "5634"),
    "su_uro": ("Urologimottagningen, Sahlgrenska universitetssjukhuset/Sahlgrenska", VG + "6709"),
    "skas_uro": ("Urologmottagningen, Skaraborgs Sjukhus Skövde", VG + "6713"),
    "alingsas_uro": ("Urologimottagningen, Alingsås lasarett", VG + "6728"),
    "su_barnuro": ("Uroterapimottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "6735"),
    "su_inf": ("Infektionsmottagningen, Sahlgrenska universitetssjukhuset/Östra", VG + "7802"),
    "skas_inf": ("Infektionsmottagningen, Skaraborgs Sjukhus Skövde", VG + "7816"),
    "nal_inf": ("Infektionsmottagningen, NU-sjukvården NÄL", VG + "7823"),
    "su_ven": ("Venereologmottagningen, Sahlgrenska universitetssjukhuset/Sahlgrenska", VG + "7839"),
}

PMO_UNITS = {k for k in UNITS if k.startswith("vc_")}


def N(nid, unit, author, role, when, sections, tpl="Läkaranteckning", signed=25,
      system=None, setting="öppenvård"):
    """One note. `when` is 'YYYY-MM-DD HH:MM'; `signed` minutes after, or None (draft)."""
    return dict(nid=nid, unit=unit, author=author, role=role, when=when,
                sections=sections, tpl=tpl, signed=signed,
                system=system or ("PMO" if unit in PMO_UNITS else "Melior"),
                setting=setting)


CASES = []


def C(name, rs, birth, sex, notes, must=(), must_not=(), why=""):
    CASES.append(dict(name=name, rs=rs, birth=birth, sex=sex, notes=notes,
                      must=list(must), must_not=list(must_not), why=why))

# =====================================================================
# Ophthalmology
# =====================================================================
C("ogon-naion-fragetecken-fore", "skane", "1951-09-03", "m", [
    N("n1", "sus_lund_ogon", "Karin Bengtsson", "läkare", "2024-02-14 09:40", [
        ("Anamnes", "Vaknade i förrgår med nedsatt syn nedåt i hö öga. Ingen smärta vid ögonrörelser, "
                    "ingen huvudvärk, ingen tuggclaudicatio. Känd hypertoni och DM2."),
        ("Status", "Visus hö 0,5 vä 1,0. RAPD hö. Papillen hö svullen i övre halvan med flamformade "
                   "blödningar, vä liten excavation (crowded disc). Perimetri: inferiort altitudinellt bortfall hö."),
        ("Bedömning", "?NAION hö. Arteritisk genes mindre trolig, men SR och CRP tas idag."),
        ("Planering", "Svar på SR/CRP ringes till pat imorgon. Återbesök om 4 v med ny perimetri."),
    ])],
  must=["NL102"], must_not=["NL101"],
  why="Melior eye note: question mark written before the abbreviated diagnosis (?NAION) in Bedömning.")

C("ogon-iih-fragetecken-efter", "vgr", "1996-01-22", "k", [
    N("n1", "nal_ogon", "Jonas Ekholm", "läkare", "2024-04-03 13:15", [
        ("Remissorsak", "Optiker har sett svullna papiller vid rutinundersökning."),
        ("Anamnes", "Morgonhuvudvärk senaste 2 mån, ibland pulserande öronsus. BMI 36. Inga p-piller."),
        ("Status", "Visus 1,0 bilat. Bilateral papillsvullnad Frisén grad 2 utan blödningar. Ögonmotorik ua."),
        ("Bedömning", "Bilateralt papillödem. IIH? Akut MR hjärna med venografi."),
        ("Åtgärd", "Remiss neurologen för LP med öppningstryck, neurojouren kontaktad per telefon."),
    ])],
  must=["NL102"],
  why="Question mark directly after the abbreviation IIH in a visible Bedömning (VGR Melior).")

C("ogon-ingen-misstake-glaukom-typo", "vgr", "1963-06-17", "k", [
    N("n1", "skas_ogon", "Mirza Hadžić", "läkare", "2024-05-21 10:20", [
        ("Remissorsak", "Optiker uppmätt tryck 23 mmHg vä vid synundersökning."),
        ("Status", "Tryck 17/18 mmHg vid två mätningar. CCT 590/600 µm. Vitala papiller med normal excavation. "
                   "OCT RNFL inom normalgränser, perimetri 24-2 ua."),
        ("Bedömning", "Ingen misstake om glaukom. Tjock hornhinna förklarar det högre värdet hos optikern."),
        ("Planering", "Ingen uppföljning här, rutinkontroll hos optiker vartannat år."),
    ])],
  must_not=["NL102"],
  why="Negated diagnosis with a typo in the cue ('Ingen misstake om glaukom') must not count as a hedge.")

C("ogon-hereditet-morbror-ev-glaukom", "vgr", "1972-11-30", "m", [
    N("n1", "su_ogon", "Lina Carlsson", "läkare", "2024-03-08 08:50", [
        ("Hereditet", "Mor behandlades för glaukom. Morbror blind på vä öga, ev. glaukom, men uppgiften är osäker."),
        ("Status", "Tryck 24/25 mmHg. Gonioskopi öppen vinkel bilat. C/D 0,4 bilat och symmetriskt, OCT och perimetri normala."),
        ("Bedömning", "Okulär hypertension utan glaukomskada. Följs årligen med tanke på hereditet och tryck."),
        ("Planering", "Ingen behandling nu. Återbesök om 12 mån med OCT."),
    ])],
  must_not=["NL102"],
  why="Hedge 'ev. glaukom' is about an uncle in Hereditet; the patient's own diagnosis is stated firmly.")

C("ogon-uveit-fragetecken-hla-b27", "skane", "1988-02-11", "m", [
    N("n1", "sus_malmo_ogon", "Sofia Lindqvist", "läkare", "2024-01-19 15:05", [
        ("Anamnes", "Rött, ljuskänsligt hö öga sedan 3 dagar. Ont i ländryggen nattetid i flera år, stel på morgonen."),
        ("Status", "Visus hö 0,7. Ciliär injektion, celler 2+ och fibrin i främre kammaren. Inga synekier. Fundus ua."),
        ("Bedömning", "Akut främre uveit hö, ?HLA-B27-associerad. Ryggbesvären väcker frågan om Bechterews sjukdom."),
        ("Åtgärd", "Dexametason ögondroppar varje vaken timme, cyklopentolat 2 ggr dagligen. HLA-B27 tas, remiss reumatologen."),
    ])],
  must=["NL102"],
  why="Question mark in the middle of the diagnosis phrase (uveit, ?HLA-B27-associerad) plus eponymous Bechterew.")

C("ogon-sarkoidos-parentes-fragetecken-utkast", "skane", "1979-07-25", "k", [
    N("n1", "sus_lund_ogon", "Anders Nyström", "läkare", "2024-06-12 11:30", [
        ("Status", "Vä: granulomatösa precipitat av mutton fat-typ, Koeppe-noduli i iris, snöbollar i glaskroppen."),
        ("Bedömning", "Granulomatös intermediär och främre uveit vä. Sarkoidos (?) – lungröntgen, ACE och lysozym beställt."),
        ("Planering", "Prednisolon ögondroppar 6 ggr dagl. Återbesök om 1 v."),
    ], signed=None)],
  must=["NL102"],
  why="Unsigned draft: hedge written as '(?)' after the diagnosis Sarkoidos.")

C("barnogon-ortoptist-amblyopi-ev-glasogonbyte", "vgr", "2018-10-04", "k", [
    N("n1", "su_barnogon", "Elin Sjöberg", "ortoptist", "2024-02-27 09:10", [
        ("Aktuellt", "Kontroll av ocklusionsbehandling, 5 år. Mamma berättar att lappen sitter på 2 tim/dag och att det går bra på förskolan."),
        ("Undersökning", "Visus med glasögon hö 0,4 (förra gången 0,3), vä 0,8. Cover test: liten esotropi nära, ortofori på avstånd."),
        ("Bedömning", "Amblyopi hö öga med förbättrad visus under ocklusionen."),
        ("Planering", "Fortsatt ocklusion 2 tim/dag. Ev. glasögonbyte vid nästa besök om 3 mån efter ny skiaskopi."),
    ], tpl="Ortoptistanteckning")],
  must_not=["NL102"],
  why="Orthoptist note for a child: 'ev.' hedges a new pair of glasses, not the (firm) amblyopia diagnosis.")

C("ogon-jattecellsarterit-kan-ej-uteslutas", "skane", "1946-04-18", "k", [
    N("n1", "hbg_ogon", "Per-Olof Mattsson", "läkare", "2024-03-26 16:40", [
        ("Anamnes", "78-årig kvinna med plötslig synförlust vä öga i morse. Tinningshuvudvärk i 2 v, ont när hon tuggar, viktnedgång."),
        ("Status", "Visus vä ljusperception. Blek, svullen papill vä. Temporalisartärerna ömma, pulslös hö."),
        ("Bedömning", "AION vä. Jättecellsarterit kan ej uteslutas, bilden är typisk."),
        ("Åtgärd", "Metylprednisolon 1 g iv dagligen i 3 dygn via akuten, därefter prednisolon 60 mg. Remiss temporalisbiopsi inom 1 v."),
    ])],
  must=["NL102"],
  why="'kan ej uteslutas' after the diagnosis (Jättecellsarterit) in a Helsingborg Melior note.")

C("ogon-remissvar-inga-tecken-retinopati", "skane", "1959-12-09", "m", [
    N("n1", "sus_malmo_ogon", "Hanna Pettersson", "läkare", "2024-04-15 14:00", [
        ("Frågeställning", "Ögonbottenbedömning vid nydebuterad typ 2-diabetes, pat har svårt att ta sig till fotograferingen."),
        ("Svar", "Fundus bilat i mydriasis: inga mikroaneurysm, blödningar eller exsudat. Inga tecken på diabetesretinopati. Makula ua."),
        ("Rekommendation", "Pat kallas till ordinarie ögonbottenfotografering om 2 år."),
    ], tpl="Remissvar")],
  must_not=["NL102"],
  why="Referral answer: 'Inga tecken på diabetesretinopati' is a negated finding, not a hedge.")

C("ogon-ablatio-pat-informerad", "vgr", "1966-08-14", "k", [
    N("n1", "su_ogon", "Daniel Rosén", "läkare", "2024-05-06 17:25", [
        ("Anamnes", "Blixtar och en mörk gardin från vänster sedan igår kväll. Myop -6."),
        ("Status", "Vä: makula on, ablatio temporalt i övre kvadranten med hästskohål kl 2. Hö ua."),
        ("Bedömning", "Ablatio retinae vä, makula on."),
        ("Åtgärd", "Vitrektomi bokad imorgon kl 08. Pat informerad om diagnos och operation, hon ska ligga på hö sida i natt."),
    ])],
  must_not=["NL101", "NL102"],
  why="Latin diagnosis (ablatio retinae) stated firmly and the patient is informed: no NL101, no hedge.")

C("ogon-koroidmelanom-ej-informerad", "skane", "1955-03-29", "m", [
    N("n1", "sus_lund_ogon", "Gunilla Håkansson", "läkare", "2024-03-12 12:10", [
        ("Undersökning", "UL: kupolformad tumör hö öga med 9 mm prominens, orange pigment och subretinal vätska."),
        ("Bedömning", "Malignt melanom i koroidea hö öga. Ögononkologisk konferens rekommenderar brachyterapi."),
        ("Information", "Pat är inte informerad om diagnosen ännu. Besked ges vid besöket på torsdag, då dottern kan vara med."),
    ])],
  must=["NL101"], must_not=["NL102"],
  why="Firm cancer diagnosis in Bedömning while the note says the patient has not been told yet.")

C("ogon-vgr-th-sokord-melanomrecidiv", "vgr", "1949-10-02", "k", [
    N("n1", "su_ogon", "Fredrik Alm", "läkare", "2024-09-10 10:45", [
        ("Aktuellt", "Kontroll efter brachyterapi hö öga 2022."),
        ("Status", "Tumören har minskat i prominens. Ny pigmenterad förändring nasalt om papillen, 1,5 mm."),
        ("Bedömning", "Stabil behandlad tumör. Ny UL om 6 v."),
        ("Tidiga hypoteser", "Den nasala förändringen kan vara ett tidigt recidiv av melanomet. Ej diskuterat med pat "
                             "eftersom den lika gärna kan vara strålrelaterad; värderas vid UL om 6 v."),
    ])],
  must_not=["NL102", "NL104", "NL101"],
  why="VGR sökord Tidiga hypoteser holds a real, uncommunicated hypothesis; visible sections have no hedge.")

C("ogon-typo-misstant-keratokonus", "vgr", "2000-05-19", "m", [
    N("n1", "nal_ogon", "Maria Ohlsson", "läkare", "2024-10-08 09:35", [
        ("Anamnes", "23-årig man med allt suddigare syn vä trots nya glasögon. Atopiker, gnuggar ögonen mycket."),
        ("Status", "Bästa korrigerade visus vä 0,5, astigmatism 4,5 D. Spaltlampa: svårbedömd förtunning centralt."),
        ("Bedömning", "Misstänt keratokonus vä, ev. även hö. Pentacam-topografi bokas."),
        ("Planering", "Rådet att sluta gnugga ögonen. Crosslinking beroende på topografin."),
    ])],
  must=["NL102"],
  why="Typo in the hedge word ('Misstänt keratokonus') in a visible Bedömning.")

C("ogon-sjogren-fragetecken-utkast", "skane", "1968-01-07", "k", [
    N("n1", "sus_malmo_ogon", "Oskar Wallin", "läkare", "2024-08-20 13:50", [
        ("Anamnes", "Sveda och gruskänsla i båda ögonen sedan ett år, muntorrhet, svårt att svälja torr mat."),
        ("Status", "Schirmer 3/4 mm på 5 min. Punktformig fluoresceinfärgning inferiort bilat, BUT 4 s."),
        ("Bedömning", "Keratoconjunctivitis sicca bilat. Sjögrens syndrom? SSA/SSB tas, remiss reumatolog."),
        ("Planering", "Tårersättning utan konserveringsmedel 6 ggr/dag."),
    ], signed=None)],
  must=["NL102"],
  why="Draft: eponymous diagnosis with trailing question mark (Sjögrens syndrom?) next to a Latin firm finding.")

C("pmo-vc-ogon-misstankt-horton", "skane", "1944-06-23", "k", [
    N("n1", "vc_eslov", "Johan Lindgren", "läkare", "2024-03-27 11:20", [
        ("Remissvar", "Ögonmottagningen i Lund ringer: de misstänker Hortons sjukdom och har hänvisat pat direkt till medicinakuten för steroidstart."),
        ("Åtgärd", "Uppföljning av SR och prednisolondos på VC om 1 v, tid bokad hos distriktssköterska."),
    ])],
  must_not=["NL102"],
  why="PMO vårdcentral note: a hedged diagnosis (misstänker Hortons) is never shown in PMO.")

C("ogon-ssk-telefon-symtomfragor", "vgr", "1990-12-12", "m", [
    N("n1", "skas_ogon", "Camilla Berg", "sjuksköterska", "2024-11-04 08:15", [
        ("Kontaktorsak", "Pat ringer pga rött och irriterat vä öga sedan igår morse."),
        ("Anamnes", "Smärta? Lätt skavkänsla. Synpåverkan? Nej. Ljuskänslighet? Nej. Linsbärare? Nej. Kladd i fransarna på morgonen."),
        ("Åtgärd", "Råd om rengöring med koksaltlösning och att höra av sig vid försämring. Behöver inget akut besök."),
    ], tpl="Telefonanteckning")],
  must_not=["NL102"],
  why="Question marks after symptom questions in a nurse's phone note, no diagnosis hedged.")

C("ogon-tidigare-misstankt-optikusneurit", "skane", "1978-04-01", "k", [
    N("n1", "sus_lund_ogon", "Viktor Axelsson", "läkare", "2024-02-06 14:30", [
        ("Tidigare sjukdomar", "Utreddes 2016 för misstänkt optikusneurit vä som gick i regress utan behandling, MR hjärna då ua."),
        ("Aktuellt", "Svårt att läsa på nära håll sedan något år, 46 år gammal."),
        ("Bedömning", "Presbyopi. I övrigt friska ögon utan kvarstående synnervspåverkan."),
        ("Planering", "Läsglasögon via optiker, ingen uppföljning här."),
    ])],
  must_not=["NL102"],
  why="The only hedged diagnosis is a past one (2016, resolved) in Tidigare sjukdomar.")

C("ogon-dd-episklerit-sklerit", "vgr", "1983-09-09", "k", [
    N("n1", "su_ogon", "Nadia Karimi", "läkare", "2024-06-25 10:00", [
        ("Status", "Sektoriell, öm, djupröd injektion temporalt hö. Visus 1,0. Främre kammaren lugn."),
        ("Bedömning", "DD episklerit/sklerit, fenylefrintestet svårtolkat."),
        ("Planering", "NSAID peroralt. Ny kontroll om 5 dagar och vid sklerit reumatologisk utredning."),
    ])],
  must=["NL102"],
  why="Differential diagnosis written as 'DD episklerit/sklerit' in a visible Bedömning.")

C("ogon-sannol-trochlearispares", "skane", "1957-11-28", "m", [
    N("n1", "hbg_ogon", "Eva Sandberg", "läkare", "2024-05-29 15:15", [
        ("Anamnes", "Vertikala dubbelbilder sedan 10 dgr, värre vid läsning. DM2 och hypertoni."),
        ("Status", "Hypertropi hö som ökar vid blick åt vä och vid huvudlutning åt hö, Bielschowskys test pos."),
        ("Bedömning", "Sannol. n. trochlearispares hö av mikrovaskulär genes."),
        ("Planering", "Prisma på glasögonen tills vidare. Återbesök om 3 mån."),
    ])],
  must=["NL102"],
  why="Abbreviated hedge 'Sannol.' before a Latin nerve palsy (n. trochlearispares).")

C("ogon-amd-dottern-ej-informerad", "vgr", "1940-02-17", "k", [
    N("n1", "nal_ogon", "Henrik Falk", "läkare", "2024-07-02 09:25", [
        ("Bedömning", "Neovaskulär (våt) AMD vä. Start aflibercept med tre laddningsdoser med 4 veckors intervall."),
        ("Information", "Pat informerad om diagnosen och behandlingen. Hon vill inte att dottern informeras ännu, vilket respekteras."),
    ])],
  must_not=["NL101"],
  why="Near miss: the daughter is not informed, but the patient herself has been told the diagnosis.")

C("barnogon-trol-ackommodativ-esotropi", "vgr", "2021-03-15", "m", [
    N("n1", "su_barnogon", "Ingrid Lundh", "läkare", "2024-04-23 10:40", [
        ("Anamnes", "Föräldrarna har sett att vä öga går inåt sedan ca 6 mån, mest när pojken tittar i bilderböcker."),
        ("Status", "Cykloplegisk skiaskopi +4,5 D bilat. Esotropi ca 30 PD nära och 15 PD på avstånd."),
        ("Bedömning", "Esotropi, trol. ackommodativ. Full hyperopikorrektion förskrivs."),
        ("Planering", "Ortoptistkontroll om 6 v med glasögonen på."),
    ])],
  must=["NL102"],
  why="Child under 13 (guardians read): 'trol.' hedges the type of squint after the noun.")

# =====================================================================
# Ear, nose and throat (ÖNH), audiology, phoniatrics
# =====================================================================
C("onh-vestibularisschwannom-fragetecken", "skane", "1970-05-05", "k", [
    N("n1", "sus_lund_onh", "Magnus Holmberg", "läkare", "2024-02-20 10:15", [
        ("Anamnes", "Gradvis sämre hörsel vä sedan 1 år, tinnitus vä, ostadig i mörker."),
        ("Status", "Otoskopi ua bilat. Weber lateraliseras åt hö, Rinne positiv bilat."),
        ("Undersökning", "Tonaudiogram: asymmetrisk sensorineural nedsättning vä, 25 dB sämre i diskanten. Taluppfattning vä 68 %."),
        ("Bedömning", "Asymmetrisk hörselnedsättning vä. Vestibularisschwannom? MR inre hörselgångar med kontrast beställd."),
    ])],
  must=["NL102"],
  why="ENT: question mark after a tumour diagnosis in Bedömning.")

C("onh-akustikusneurinom-kan-inte-uteslutas-utkast", "vgr", "1961-08-21", "m", [
    N("n1", "sas_onh", "Ulrika Strand", "läkare", "2024-03-14 13:40", [
        ("Aktuellt", "Ensidig tinnitus hö sedan 8 mån, ingen yrsel, ingen facialispåverkan."),
        ("Bedömning", "Akustikusneurinom kan inte uteslutas utifrån asymmetrin i audiogrammet. MR bokas, svar per brev."),
    ], signed=None)],
  must=["NL102"],
  why="Unsigned draft: 'kan inte uteslutas' (spelled out) about akustikusneurinom.")

C("onh-meniere-definitiv-barany", "skane", "1975-10-10", "k", [
    N("n1", "hbg_onh", "Lars-Erik Nord", "läkare", "2024-04-09 08:30", [
        ("Bedömning", "Ménières sjukdom hö, definitiv enligt Bárány-kriterierna: tre yrselattacker över 20 min, "
                      "dokumenterad lågfrekvent hörselnedsättning hö och fluktuerande lock- och suskänsla."),
        ("Planering", "Saltreducerad kost, betahistin 24 mg x 2, yrseldagbok. Kontroll med audiogram om 3 mån."),
    ])],
  must_not=["NL102"],
  why="Eponymous diagnosis stated as definite by named criteria: no hedge.")

C("onh-mb-meniere-fragetecken-med-mellanslag", "vgr", "1985-06-30", "k", [
    N("n1", "su_onh", "Ahmed Yousef", "läkare", "2024-05-16 11:05", [
        ("Anamnes", "Tre yrselattacker senaste halvåret med illamående, varar några timmar. Lockkänsla vä under attackerna."),
        ("Undersökning", "Audiogram idag: lätt lågfrekvent nedsättning vä, 30 dB på 250–500 Hz."),
        ("Bedömning", "M. Ménière ? Vestibulär migrän är ett alternativ, pat har migrän sedan tonåren."),
    ])],
  must=["NL102"],
  why="Question mark separated by a space after the Latin-abbreviated eponym 'M. Ménière ?'.")

C("onh-bells-pares-vs-neuroborrelios", "vgr", "1958-07-13", "m", [
    N("n1", "nu_onh", "Sara Wikström", "läkare", "2024-08-12 15:20", [
        ("Status", "Perifer facialispares vä, House-Brackmann III, kan inte sluta ögat helt. Inga blåsor i hörselgången."),
        ("Bedömning", "Bells pares vs neuroborrelios; pat bor på Orust och minns ett fästingbett i juli."),
        ("Åtgärd", "Prednisolon 50 mg x 1 i 10 dagar. Borreliaserologi tas, LP diskuteras med infektion. Ögonskydd nattetid."),
    ])],
  must=["NL102"],
  why="Two candidate diagnoses joined by 'vs' (Bells pares vs neuroborrelios) in a visible section.")

C("onh-halsresistens-metastas-kan-ej-uteslutas", "skane", "1956-12-01", "m", [
    N("n1", "sus_lund_onh", "Cecilia Åberg", "läkare", "2024-01-30 09:55", [
        ("Anamnes", "Knöl på hö sida av halsen sedan 6 v, inte öm. Röker 20 cigaretter/dag sedan 40 år."),
        ("Status", "Fast, oöm resistens 2,5 cm level II hö. Munhåla, svalg och epifarynx ua vid fiberskopi."),
        ("Bedömning", "Halsresistens hö, trol. reaktiv lymfkörtel, men metastas kan ej uteslutas med tanke på rökningen."),
        ("Åtgärd", "UL-ledd FNAC inom 1 v enligt standardiserat vårdförlopp."),
    ])],
  must=["NL102"],
  why="Hedged lymph node diagnosis plus 'metastas kan ej uteslutas' in an SVF work-up note.")

C("onh-tonsillcancer-ej-fatt-beksed-typo", "vgr", "1967-04-26", "k", [
    N("n1", "su_onh", "Robert Engström", "läkare", "2024-09-18 16:10", [
        ("Provsvar", "PAD från biopsi vä tonsill: skivepitelcancer, p16-positiv."),
        ("Bedömning", "Tonsillcancer vä, HPV-relaterad. PET-DT och MDK planeras."),
        ("Information", "Patienten har ännu inte fått beksed om PAD-svaret. Hon kallas till besök på fredag där ansvarig läkare lämnar beskedet."),
    ])],
  must=["NL101"], must_not=["NL102"],
  why="Cancer diagnosis visible while the patient has not been told (typo 'beksed').")

C("onh-stambandscancer-informerad-med-hustrun", "skane", "1950-02-08", "m", [
    N("n1", "hbg_onh", "Birgitta Öhman", "läkare", "2024-03-19 14:45", [
        ("Bedömning", "PAD visar skivepitelcancer i hö stämband, begränsad till stämbandet (T1a N0). Strålbehandling rekommenderas efter MDK."),
        ("Information", "Pat informerad om diagnosen idag tillsammans med hustrun. Kontaktsjuksköterska Lena tar över planeringen."),
    ])],
  must_not=["NL101"],
  why="Near miss: cancer diagnosis documented after the patient was told (with his wife).")

C("horsel-audionom-ev-teleslinga", "vgr", "1943-05-27", "m", [
    N("n1", "su_horsel", "Therese Lund", "audionom", "2024-02-13 13:00", [
        ("Undersökning", "Tonaudiogram: bilateral symmetrisk sensorineural hörselnedsättning i diskanten, 50–60 dB från 2 kHz. Taluppfattning 84/80 %."),
        ("Bedömning", "Hörapparatbehov bilat, pat motiverad."),
        ("Planering", "Utprovning av bakom-örat-apparater bokas. Ev. behov av teleslinga hemma tas upp vid utprovningen."),
    ], tpl="Audionomanteckning")],
  must_not=["NL102"],
  why="Audiologist note: 'Ev.' concerns an assistive device, the hearing loss is stated firmly.")

C("onh-polygrafi-sommapne-foreligger-ej", "skane", "1982-09-14", "m", [
    N("n1", "sus_lund_onh", "Helena Björk", "läkare", "2024-10-01 10:30", [
        ("Remissorsak", "Snarkning, partnern oroad för andningsuppehåll."),
        ("Undersökning", "Polygrafi en natt: AHI 3/h, ODI 2/h, snarkning 40 % av natten."),
        ("Bedömning", "Obstruktivt sömnapnésyndrom föreligger ej. Ren snarkning utan apnéer."),
        ("Planering", "Råd om sidoläge och viktnedgång. Remittenten får svar, ingen ny kontroll här."),
    ])],
  must_not=["NL102"],
  why="Negation by 'föreligger ej' after the diagnosis (OSAS) in an ENT sleep work-up.")

C("onh-barn-sekretorisk-otit-fragetecken-adenoid", "vgr", "2019-11-20", "m", [
    N("n1", "su_onh", "Josefin Hed", "läkare", "2024-01-24 09:20", [
        ("Anamnes", "4-åring som munandas och snarkar, förskolan tycker att han hör sämre. Täta öroninfektioner förra vintern."),
        ("Status", "Matta, indragna trumhinnor bilat. Tympanometri typ B bilat."),
        ("Bedömning", "Sekretorisk otit bilat sedan mer än 3 mån, ?adenoidhypertrofi."),
        ("Planering", "Rörläggning och eventuellt adenotomi, uppsatt på väntelistan."),
    ])],
  must=["NL102"],
  why="Child: '?' glued before the second diagnosis in a list (?adenoidhypertrofi).")

C("onh-barn-tonsillektomi-vardnadshavare-informerade", "skane", "2016-02-02", "m", [
    N("n1", "csk_onh", "Kristoffer Blom", "läkare", "2024-05-07 13:25", [
        ("Anamnes", "8-årig pojke med 7 halsflusser senaste året, odlingsverifierad GAS 4 gånger."),
        ("Bedömning", "Recidiverande tonsillit. Uppfyller indikationen för tonsillektomi."),
        ("Information", "Båda vårdnadshavarna informerade om operationen, blödningsrisken och smärtlindringen efteråt."),
    ])],
  must_not=["NL101", "NL102"],
  why="Child note with a firm diagnosis and informed guardians: neither NL101 nor NL102.")

C("onh-logoped-funktionell-dysfoni-fragetecken-utkast", "vgr", "1991-03-03", "k", [
    N("n1", "sas_onh", "Pernilla Ek", "logoped", "2024-04-11 14:15", [
        ("Röstbedömning", "Hes, pressad röstkvalitet med hög larynxposition och ökad spänning i tungbas och halsmuskulatur."),
        ("Bedömning", "Funktionell dysfoni? Laryngoskopin hos ÖNH-läkare visade inga stämbandsförändringar."),
        ("Planering", "Röstterapi 6 gånger, första tid 12/4."),
    ], tpl="Logopedanteckning", signed=None)],
  must=["NL102"],
  why="Speech therapist's draft with a question-marked diagnosis (Funktionell dysfoni?).")

C("onh-vgr-th-sokord-utan-hypotes", "vgr", "1938-12-24", "k", [
    N("n1", "nu_onh", "Anneli Gustavsson", "sjuksköterska", "2024-06-18 10:50", [
        ("Aktuellt", "Hörapparat hö levererad och inställd, pat nöjd med ljudet."),
        ("Tidiga hypoteser", "Pat vill bli kontaktad per telefon och inte via 1177, eftersom sonen sköter hennes inloggning."),
    ], tpl="Sjuksköterskeanteckning")],
  must=["NL104"],
  why="VGR sökord Tidiga hypoteser used for a contact preference, with no diagnostic hypothesis.")

C("onh-typo-sannolkit-vestibularisneurit", "skane", "1973-07-07", "k", [
    N("n1", "hbg_onh", "Jesper Runesson", "läkare", "2024-11-12 15:35", [
        ("Anamnes", "Kraftig rotatorisk yrsel sedan 2 dygn efter förkylning, har kräkts. Hör normalt."),
        ("Status", "Spontannystagmus åt hö, förstärks i Frenzelglasögon. Head impulse test patologiskt vä, ingen skew deviation."),
        ("Bedömning", "Sannolkit vestibularisneurit vä. HINTS talar inte för central genes."),
        ("Planering", "Kort kur betametason, tidig mobilisering och balansträning via fysioterapeut."),
    ])],
  must=["NL102"],
  why="Typo in the hedge ('Sannolkit vestibularisneurit') in a visible assessment.")

C("onh-epistaxis-mb-osler-fragetecken", "vgr", "1987-01-29", "m", [
    N("n1", "nu_onh", "Tove Lindahl", "läkare", "2024-03-05 11:45", [
        ("Anamnes", "Näsblödningar flera gånger i veckan sedan tonåren. Mor och morfar har haft samma besvär."),
        ("Status", "Multipla telangiektasier på läppar, tunga och i septumslemhinnan."),
        ("Bedömning", "Epistaxis recidivans. Mb Osler? Minst 2 av 4 Curaçao-kriterier uppfyllda."),
        ("Planering", "Lasring av septumtelangiektasierna. Remiss klinisk genetik."),
    ])],
  must=["NL102"],
  why="Latin symptom term plus eponymous diagnosis with a question mark (Mb Osler?).")

C("pmo-vc-onh-svar-trol-meniere", "skane", "1966-09-17", "k", [
    N("n1", "vc_husensjo", "Åsa Nilsson", "läkare", "2024-05-22 10:10", [
        ("Aktuellt", "Remissvar från ÖNH Helsingborg: trol. Ménière vä, betahistin insatt och uppföljning med audiogram där."),
        ("Bedömning", "Ingen yrsel senaste 2 v. Fortsätter med betahistin, recept förnyat enligt ÖNH."),
    ])],
  must_not=["NL102"],
  why="PMO primary care note quoting a hedged specialist answer: PMO never shows diagnoses.")

# =====================================================================
# Neurology: EEG, epilepsy, movement disorders, MS, neuromuscular, memory
# =====================================================================
C("barnneuro-fragetecken-barnabsensepilepsi", "skane", "2016-09-08", "k", [
    N("n1", "sus_lund_barnneuro", "Ola Holm", "läkare", "2024-02-22 10:30", [
        ("Anamnes", "7-årig flicka som enligt lärarna 'stänger av' flera gånger om dagen i några sekunder, blinkar och svarar inte."),
        ("Status", "Normalt neurologiskt status. Hyperventilation utlöser ett 8 sekunder långt avbrott med ögonlocksfladder."),
        ("Bedömning", "Absenser. ?Barnabsensepilepsi (CAE). EEG med hyperventilation bokat."),
        ("Planering", "Föräldrarna får anfallsdagbok, beslut om etosuximid efter EEG."),
    ])],
  must=["NL102"],
  why="Child epilepsy: question mark prefixed to a syndrome diagnosis with its English abbreviation.")

C("knf-eeg-remissvar-normalt", "vgr", "1999-04-12", "m", [
    N("n1", "su_knf", "Katarina Fors", "läkare", "2024-03-21 13:10", [
        ("Frågeställning", "Medvetandeförlust under träning 3/2, EEG-bedömning."),
        ("Fynd", "Vaket EEG med hyperventilation och fotostimulering. Välorganiserad bakgrundsaktivitet med 10 Hz alfa occipitalt. "
                 "Inga fokala avvikelser och inga epileptiforma urladdningar."),
        ("Utlåtande", "Normalt EEG."),
    ], tpl="Remissvar")],
  must_not=["NL102"],
  why="Neurophysiology answer: a normal EEG with negated findings contains no hedged diagnosis.")

C("neuro-forsta-gtk-epilepsi-fragetecken", "skane", "2001-10-19", "m", [
    N("n1", "sus_malmo_neuro", "Emma Laurin", "läkare", "2024-04-16 14:20", [
        ("Anamnes", "Första generaliserade tonisk-kloniska anfallet i lördags natt med tungbett och urinavgång. "
                    "Hade sovit 3 timmar natten innan och druckit mycket alkohol."),
        ("Bedömning", "Epilepsi? Ett provocerat anfall av sömnbrist och alkohol är lika troligt. MR och sömndepriverat EEG beställt."),
        ("Planering", "Körförbud enligt föreskrifterna i väntan på utredningen."),
    ])],
  must=["NL102"],
  why="Sentence-initial diagnosis with a question mark (Epilepsi?) after a first GTK seizure.")

C("epilepsi-fokal-hippocampusskleros-fastslagen", "vgr", "1984-02-28", "k", [
    N("n1", "su_epilepsi", "Gustav Ljung", "läkare", "2024-05-13 09:45", [
        ("Bedömning", "Fokal epilepsi med fokala medvetandepåverkade anfall, strukturell genes med hippocampusskleros vä enligt MR. "
                      "Anfallsfri sedan lamotrigin höjdes till 200 mg x 2."),
        ("Planering", "Oförändrad dos, lamotriginkoncentration tas. Får köra bil igen efter ett års anfallsfrihet, dvs i oktober."),
    ])],
  must_not=["NL102"],
  why="Established focal epilepsy with Latin-derived aetiology: no uncertainty expressed.")

C("neuro-sannol-funktionella-anfall-pnes", "skane", "1994-06-06", "k", [
    N("n1", "sus_lund_neuro", "Martin Söderlund", "läkare", "2024-06-04 11:15", [
        ("Anamnes", "Episoder med skakningar i armar och ben med slutna ögon, upp till 15 min, minns delvis efteråt. Ofta i stressade situationer."),
        ("Bedömning", "Anfallen är sannol. funktionella (PNES). Video-EEG för att fånga en episod bokas på epilepsienheten."),
        ("Planering", "Oförändrad levetiracetam tills registreringen är gjord."),
    ])],
  must=["NL102"],
  why="Abbreviated hedge 'sannol.' inside a predicate before the diagnosis abbreviation PNES.")

C("neuro-atypisk-parkinsonism-msa-vs-psp-utkast", "skane", "1952-03-10", "m", [
    N("n1", "sus_lund_neuro", "Ylva Hammar", "läkare", "2024-09-03 15:00", [
        ("Anamnes", "Snabbt progredierande gångsvårigheter sedan 2 år, har fallit bakåt flera gånger. Ortostatisk yrsel och urinträngningar."),
        ("Status", "Axial rigiditet, ingen vilotremor. Ortostatiskt blodtrycksfall 35/15."),
        ("Bedömning", "Atypisk parkinsonism – MSA-P vs PSP. Dålig levodopaeffekt talar emot Mb Parkinson."),
        ("Planering", "DaTSCAN och MR med volymetri. Remiss uroterapeut och fysioterapeut."),
    ], signed=None)],
  must=["NL102"],
  why="Draft: two abbreviated atypical parkinsonisms joined by 'vs' in Bedömning.")

C("neuro-essentiell-tremor-hereditet-trol", "vgr", "1960-08-08", "m", [
    N("n1", "su_neuro", "Rebecka Moberg", "läkare", "2024-02-09 10:05", [
        ("Hereditet", "Far och farfar hade skakiga händer, trol. samma sak, men de utreddes aldrig."),
        ("Status", "Bilateral posturell och kinetisk tremor i händerna, ingen vilotremor, ingen bradykinesi. Spiralritningen darrig bilat."),
        ("Bedömning", "Essentiell tremor."),
        ("Planering", "Propranolol 20 mg x 2 som titreras. Pat märker att ett glas vin dämpar skakningarna."),
    ])],
  must_not=["NL102"],
  why="'trol.' appears only in the family history; the patient's diagnosis is firm.")

C("neuro-huntington-resultat-ej-lamnat", "skane", "1986-05-15", "m", [
    N("n1", "sus_malmo_neuro", "Louise Dahl", "läkare", "2024-05-02 16:30", [
        ("Provsvar", "Gentest HTT: 44 CAG-repetitioner på ena allelen."),
        ("Bedömning", "Genetiskt bekräftad Huntingtons sjukdom hos 38-årig man med lätta koreatiska rörelser."),
        ("Information", "Resultatet är ännu inte lämnat till pat. Besked ges vid planerat besök 20/5 tillsammans med genetisk vägledare, inte per telefon."),
    ])],
  must=["NL101"], must_not=["NL102"],
  why="Confirmed eponymous diagnosis visible while the result has not yet been given to the patient.")

C("neuro-ms-mcdonald-fastslagen", "skane", "1993-12-27", "k", [
    N("n1", "hbg_neuro", "Pontus Eklund", "läkare", "2024-03-06 13:30", [
        ("Undersökning", "MR hjärna och ryggmärg: 9 T2-lesioner periventrikulärt, juxtakortikalt och i cervikalmärgen C3, en Gd-laddande. Oligoklonala band i likvor."),
        ("Bedömning", "Skovvis förlöpande MS enligt McDonald 2017 med spridning i tid och rum."),
        ("Planering", "Genomgång av behandlingsalternativ om 2 v. Skriftlig information om rituximab och ofatumumab skickad hem."),
    ])],
  must_not=["NL102"],
  why="MS diagnosed by eponymous criteria, stated without any hedge.")

C("neuro-cis-misstanke-om-ms", "vgr", "1997-07-21", "k", [
    N("n1", "su_neuro", "Joakim Bäck", "läkare", "2024-04-29 10:50", [
        ("Anamnes", "Synnedsättning och smärta vid ögonrörelser hö sedan 1 v. Domningar i vä ben för 2 år sedan som gick över."),
        ("Bedömning", "Optikusneurit hö (CIS). Misstanke om MS med tanke på de tidigare sensoriska symtomen. LP med oligoklonala band."),
    ])],
  must=["NL102"],
  why="'Misstanke om MS' after a clinically isolated syndrome in a visible assessment.")

C("neuro-skane-th-mall-frontotemporal-demens", "skane", "1966-02-14", "m", [
    N("n1", "sus_lund_neuro", "Annika Westin", "läkare", "2024-08-27 14:10", [
        ("Bedömning", "Beteendeförändring och apati hos 58-årig man; hustrun beskriver taktlöshet och nytt sötsug. Frontotemporal demens? "
                      "Tas inte upp med pat förrän neuropsykologisk utredning och FDG-PET är klara."),
    ], tpl="Tidiga hypoteser")],
  must_not=["NL102", "NL104", "NL101"],
  why="Skåne template Tidiga hypoteser correctly holds an uncommunicated dementia hypothesis.")

C("neuro-als-stark-misstanke-ej-informerad", "vgr", "1959-10-30", "m", [
    N("n1", "su_neuro", "Charlotte Viklund", "läkare", "2024-10-15 11:40", [
        ("Status", "Atrofi och fascikulationer i hö hand och tunga, livliga reflexer, Babinski positiv hö."),
        ("Bedömning", "Stark misstanke om ALS med engagemang av övre och nedre motorneuron i tre regioner."),
        ("Information", "Pat är inte informerad om misstanken. Vi inväntar ENeG innan besked ges."),
    ])],
  must=["NL101", "NL102"],
  why="Hedged ALS in Bedömning and the note says the patient has not been told the suspicion.")

C("neuro-remissvar-myasthenia-gravis-fastslagen", "skane", "1971-01-18", "k", [
    N("n1", "sus_lund_neuro", "Tobias Kjellberg", "läkare", "2024-01-23 15:25", [
        ("Svar på remiss", "AChR-antikroppar förhöjda, 12 nmol/L. Repetitiv nervstimulering visar dekrement 18 % i n. accessorius. CT thorax utan tymom."),
        ("Diagnos", "Myasthenia gravis, generaliserad, AChR-positiv (G70.0)."),
        ("Planering", "Pyridostigmin 60 mg x 4. Uppföljningen tas över av neurologmottagningen."),
    ], tpl="Remissvar")],
  must_not=["NL102"],
  why="Referral answer giving a confirmed Latin diagnosis with ICD code.")

C("neuro-okular-myasteni-dubbla-fragetecken-utkast", "vgr", "1948-06-02", "m", [
    N("n1", "skas_neuro", "Malin Hägg", "läkare", "2024-07-09 09:05", [
        ("Anamnes", "Hängande ögonlock hö och dubbelbilder framåt kvällen sedan 3 mån."),
        ("Status", "Ptos hö som ökar efter 60 s uppåtblick. Isbitstest positivt."),
        ("Bedömning", "Okulär myasteni?? AChR-ak och singelfiber-EMG beställt."),
    ], signed=None)],
  must=["NL102"],
  why="Draft with a double question mark after the diagnosis (myasteni??).")

C("neuro-narkolepsi-sannolik-efterstallt", "skane", "2003-11-05", "k", [
    N("n1", "sus_lund_neuro", "Erik Forsman", "läkare", "2024-11-19 13:45", [
        ("Undersökning", "MSLT: medelsömnlatens 3,2 min, 3 SOREMP av 5 tupplurar. PSG natten innan utan sömnapné."),
        ("Bedömning", "Narkolepsi typ 1 sannolik, kataplexiliknande episoder vid skratt. Hypokretin i likvor analyseras för att bekräfta."),
    ])],
  must=["NL102"],
  why="Hedge adjective placed after the diagnosis (Narkolepsi typ 1 sannolik).")

C("neuro-typo-susp-parkinssons", "skane", "1955-08-24", "k", [
    N("n1", "sus_malmo_neuro", "Ali Rahimi", "läkare", "2024-02-28 11:00", [
        ("Status", "Vilotremor vä hand, nedsatt armpendling vä och lätt bradykinesi vid fingertapping vä."),
        ("Bedömning", "Susp. Parkinssons sjukdom med vänstersidig debut och mikrografi."),
        ("Planering", "DaTSCAN, återbesök efter svaret."),
    ])],
  must=["NL102"],
  why="Typo in the eponym ('Parkinssons') after the abbreviated hedge 'Susp.'.")

C("neuro-fysioterapeut-parkinson-ev-rollator", "vgr", "1947-04-04", "m", [
    N("n1", "su_neuro", "Emilia Kron", "fysioterapeut", "2024-03-18 14:30", [
        ("Aktuellt", "Känd Parkinsons sjukdom sedan 2019. Freezing vid vändningar och i dörröppningar, ett fall senaste månaden."),
        ("Åtgärd", "Gångträning med visuella och auditiva cues (metronom) och övningar enligt LSVT BIG."),
        ("Planering", "Hemprogram. Ev. rollator med laserlinje längre fram, prövas vid nästa besök."),
    ], tpl="Fysioterapeutanteckning")],
  must_not=["NL102"],
  why="Physiotherapist: 'Ev.' hedges an aid, the Parkinson diagnosis is known and firm.")

C("barnneuro-ssk-telefon-dosfraga", "skane", "2014-12-11", "k", [
    N("n1", "sus_lund_barnneuro", "Sanna Pålsson", "sjuksköterska", "2024-09-24 08:40", [
        ("Kontaktorsak", "Mamma ringer. Dottern, 9 år, har haft två toniska anfall senaste veckan trots levetiracetam."),
        ("Bedömning", "Känd epilepsi. Ska dosen höjas? Frågan ställd till ansvarig barnneurolog."),
        ("Åtgärd", "Dr Holm ordinerar höjning av levetiracetam till 500 mg x 2 från ikväll. Mamma ringer om nya anfall."),
    ], tpl="Telefonanteckning")],
  must_not=["NL102"],
  why="Nurse phone note about a child: the question mark is about a dose, epilepsy is known.")

C("neuro-cervikal-dystoni-dosokning-fragetecken", "vgr", "1969-09-29", "k", [
    N("n1", "su_neuro", "Hugo Lindström", "läkare", "2024-06-10 10:20", [
        ("Bedömning", "Cervikal dystoni (torticollis spasmodicus) med rotation åt hö. Effekten av senaste injektionen varade ca 8 v."),
        ("Åtgärd", "Botulinumtoxin i m. sternocleidomastoideus vä och m. splenius capitis hö, totalt 240 E."),
        ("Planering", "Dosökning till 300 E nästa gång? Beslutas vid kontrollen om 12 v."),
    ])],
  must_not=["NL102"],
  why="Latin diagnosis stated firmly; the question mark concerns a dose increase.")

C("neuro-typo-misstake-om-cidp", "skane", "1962-05-09", "m", [
    N("n1", "hbg_neuro", "Jenny Borg", "läkare", "2024-10-22 15:50", [
        ("Anamnes", "Tilltagande svaghet i ben och händer sedan 4 mån, stickningar i fötterna."),
        ("Undersökning", "Neurografi: förlångsammade ledningshastigheter och förlängda F-vågslatenser i flera nerver."),
        ("Bedömning", "Misstake om CIDP. LP med protein och neuronala antikroppar beställt."),
    ])],
  must=["NL102"],
  why="Typo in the hedge noun ('Misstake om CIDP') in a visible assessment.")

C("neuro-remissvar-polyneuropati-trol-diabetes", "vgr", "1957-02-19", "m", [
    N("n1", "su_neuro", "Ingela Sund", "läkare", "2024-04-04 12:30", [
        ("Frågeställning", "Domningar i fötterna hos 67-årig man med typ 2-diabetes, neurografi och bedömning önskas."),
        ("Svar", "Neurografin visar symmetrisk, längdberoende axonal sensorisk polyneuropati. Trol. diabetesrelaterad, "
                 "men B12, folat och elfores bör kontrolleras av remittenten."),
    ], tpl="Remissvar")],
  must=["NL102"],
  why="Answer to a referral question with a hedged aetiological diagnosis ('Trol. diabetesrelaterad').")

C("minne-psykolog-kan-tala-for-alzheimertyp", "vgr", "1950-11-11", "k", [
    N("n1", "su_minne", "Sebastian Norén", "psykolog", "2024-05-23 13:20", [
        ("Testresultat", "RAVLT: inlärning och fördröjd återgivning mer än 2 SD under normen. Trail Making B långsam. Benämning (BNT) lätt nedsatt."),
        ("Bedömning", "Profilen kan tala för en neurodegenerativ sjukdom av Alzheimertyp. Återkoppling till läkare inför diagnossamtalet."),
    ], tpl="Psykologanteckning")],
  must=["NL102"],
  why="Neuropsychologist's visible assessment with a hedged dementia diagnosis ('kan tala för ... Alzheimertyp').")

C("neuro-epilepsi-arbetsgivaren-ej-informerad", "skane", "1998-08-31", "m", [
    N("n1", "sus_lund_neuro", "Karl Ivarsson", "läkare", "2024-07-16 10:35", [
        ("Bedömning", "Juvenil myoklonisk epilepsi, välkontrollerad på lamotrigin."),
        ("Socialt", "Pat har inte berättat för arbetsgivaren om sin epilepsi och vill inte ha något intyg om den. Arbetar på lager utan truckkörning."),
    ])],
  must_not=["NL101"],
  why="Near miss: the patient has not told his employer; the patient himself knows the diagnosis.")

C("barnneuro-rolandisk-epilepsi-foraldrar-informerade", "vgr", "2015-10-01", "m", [
    N("n1", "su_barnneuro", "Agnes Hultgren", "läkare", "2024-03-28 09:15", [
        ("EEG", "Centrotemporala spikar bilat, aktiverade i sömn. Normal bakgrundsaktivitet."),
        ("Bedömning", "Självbegränsande epilepsi med centrotemporala spikar (rolandisk epilepsi, BECTS). God prognos, växer oftast bort i tonåren."),
        ("Information", "Föräldrarna informerade om diagnosen och om att behandling inte behövs i nuläget."),
    ])],
  must_not=["NL102", "NL101"],
  why="Child epilepsy syndrome stated firmly, guardians informed.")

C("neuro-eeg-normalt-ej-informerad-om-svaret", "skane", "2004-03-22", "k", [
    N("n1", "sus_malmo_neuro", "Marcus Olin", "läkare", "2024-04-02 16:05", [
        ("Aktuellt", "EEG efter sömndeprivation 12/3 visar normal bakgrundsaktivitet utan epileptiforma inslag."),
        ("Bedömning", "Ingen vidare neurologisk utredning behövs."),
        ("Planering", "Pat ej informerad om EEG-svaret ännu, hon svarade inte i telefon. Nytt försök imorgon förmiddag."),
    ])],
  must_not=["NL101"],
  why="Near miss: the patient is not yet told a normal EEG result; no diagnosis is involved.")

C("neuro-skane-th-mall-administrativ", "skane", "1970-06-26", "k", [
    N("n1", "hbg_neuro", "Åke Lindholm", "läkare", "2024-08-29 11:55", [
        ("Anteckning", "Pat önskar att sonen inte får veta något om besöken här. Telefontid bokad 3/9 kl 10. Recept på pregabalin förnyat."),
    ], tpl="Tidiga hypoteser")],
  must=["NL104"],
  why="Skåne Tidiga hypoteser template with only administrative content and no hypothesis.")

C("neuro-vgr-th-sokord-ms-meddelad", "vgr", "1995-09-16", "k", [
    N("n1", "su_neuro", "Joakim Bäck", "läkare", "2024-06-20 14:40", [
        ("Aktuellt", "Återbesök efter LP och ny MR."),
        ("Tidiga hypoteser", "MS-diagnosen är nu fastställd enligt McDonald 2017 med oligoklonala band och nya lesioner. "
                             "Diagnosen meddelades pat vid dagens besök och hon fick skriftlig information."),
    ])],
  must=["NL104"],
  why="VGR Tidiga hypoteser holds a diagnosis that is both settled and already told to the patient.")

# =====================================================================
# Rheumatology
# =====================================================================
C("reuma-seropositiv-ra-ev-hydroxiklorokin", "skane", "1965-03-13", "k", [
    N("n1", "sus_lund_reuma", "Fredrika Sahlin", "läkare", "2024-01-16 10:25", [
        ("Status", "Synovit i MCP 2–3 bilat och PIP 3 hö, 6 svullna och 8 ömma leder. DAS28-CRP 5,1."),
        ("Labb", "RF 86, anti-CCP över 300, CRP 24, SR 38."),
        ("Bedömning", "Seropositiv reumatoid artrit med hög sjukdomsaktivitet."),
        ("Planering", "Metotrexat 15 mg/v med upptrappning till 25 mg samt folsyra. Prednisolon 15 mg med nedtrappning. "
                      "Ev. tillägg av hydroxiklorokin vid kontroll om 6 v."),
    ])],
  must_not=["NL102"],
  why="Firm RA diagnosis; the only 'Ev.' is about adding a drug.")

C("reuma-pmr-fragetecken-dd-lora", "vgr", "1952-07-19", "k", [
    N("n1", "su_reuma", "Anton Melin", "läkare", "2024-02-05 13:55", [
        ("Anamnes", "72-årig kvinna med värk och stelhet i skuldror och höfter sedan 6 v, morgonstelhet 2 tim."),
        ("Status", "Smärtsam abduktion i axlarna bilat. Lätt svullnad i vä handled."),
        ("Bedömning", "PMR? DD sen debut av RA (LORA) med tanke på handledssvullnaden. RF och CCP tas."),
        ("Planering", "Prednisolon 15 mg/dag, utvärdering om 2 v."),
    ])],
  must=["NL102"],
  why="Abbreviated diagnosis with a question mark plus a DD with an English acronym.")

C("reuma-misstankt-reaktiv-artrit-campylobacter", "skane", "1990-10-27", "m", [
    N("n1", "sus_malmo_reuma", "Lejla Begić", "läkare", "2024-07-23 09:50", [
        ("Anamnes", "Svullet hö knä och vä fotled sedan 10 dagar. Magsjuk med blodig diarré för 3 v sedan, Campylobacter i odling."),
        ("Bedömning", "Misstänkt reaktiv artrit efter Campylobacterenterit. Knäledspunktion gav grumlig vätska, odling och kristallanalys skickade."),
        ("Planering", "NSAID, kontroll när odlingssvaret finns."),
    ])],
  must=["NL102"],
  why="'Misstänkt reaktiv artrit' after a documented enteric infection.")

C("reuma-sle-eular-acr-klassificerad", "vgr", "1989-05-08", "k", [
    N("n1", "sas_reuma", "Niklas Grahn", "läkare", "2024-03-11 11:10", [
        ("Labb", "ANA 1:1280 homogent, anti-dsDNA 240, lågt C3 och C4. U-sticka protein negativ."),
        ("Bedömning", "Systemisk lupus erythematosus (SLE) enligt EULAR/ACR 2019, 18 poäng. Hud- och ledengagemang utan njurengagemang."),
        ("Planering", "Hydroxiklorokin 200 mg x 1 och solskydd. Ögonbottenkontroll efter 5 års behandling."),
    ])],
  must_not=["NL102"],
  why="Latin diagnosis classified by named criteria, no hedge.")

C("reuma-remissvar-inga-hallpunkter-heberden", "skane", "1963-01-31", "k", [
    N("n1", "csk_reuma", "Bengt Ahlström", "läkare", "2024-04-25 14:35", [
        ("Frågeställning", "Fingervärk och morgonstelhet i 15 min hos 61-årig kvinna, bedömning önskas."),
        ("Svar", "Hårda knölar över DIP-lederna (Heberdens noder) och PIP-lederna (Bouchards noder). Ingen synovit. CRP under 1, anti-CCP negativ. "
                 "Inga hållpunkter för inflammatorisk ledsjukdom. Handartros."),
        ("Råd", "Handträning via arbetsterapeut, paracetamol vid behov. Ingen uppföljning på reumatologen."),
    ], tpl="Remissvar")],
  must_not=["NL102"],
  why="Referral answer: 'Inga hållpunkter för' negates the asked-about disease; eponymous nodes are findings.")

C("reuma-podagra-uratkristaller", "vgr", "1958-12-03", "m", [
    N("n1", "su_reuma", "Paulina Wrede", "läkare", "2024-09-05 10:15", [
        ("Bedömning", "Giktartrit i MTP1 hö (podagra). Uratkristaller i polarisationsmikroskop, S-urat 520."),
        ("Planering", "Kolkicin i 3 mån, allopurinol 100 mg som trappas upp mot målurat under 360."),
    ])],
  must_not=["NL102"],
  why="Gout with Latin name, crystal-proven: a firm diagnosis.")

C("reuma-cppd-fragetecken-septisk-utkast", "skane", "1940-08-16", "k", [
    N("n1", "sus_lund_reuma", "Gabriel Stenberg", "läkare", "2024-12-02 15:40", [
        ("Status", "Varmt, svullet vä knä. Punktion: 30 ml grumlig ledvätska utan blod."),
        ("Bedömning", "Akut monoartrit vä knä hos 84-åring, ?CPPD (pseudogikt). Kondrokalcinos på röntgen. "
                      "Septisk artrit kan inte uteslutas förrän odlingen är klar."),
    ], signed=None)],
  must=["NL102"],
  why="Draft: '?CPPD' with Latin-ish lay synonym in parentheses and a second 'kan inte uteslutas'.")

C("reuma-typo-axial-spa-kan-ej-uteslutsa", "vgr", "1995-02-25", "m", [
    N("n1", "sas_reuma", "Mona Ekdahl", "läkare", "2024-05-28 09:30", [
        ("Anamnes", "Inflammatorisk ryggsmärta sedan 2 år, bättre av rörelse och NSAID, vaknar på natten."),
        ("Bedömning", "Axial SpA kan ej uteslutsa. HLA-B27 positiv, CRP normalt. MR SI-leder med STIR beställd."),
    ])],
  must=["NL102"],
  why="Typo inside the hedge phrase ('kan ej uteslutsa') after an abbreviated diagnosis.")

C("reuma-hereditet-moster-trol-ra", "skane", "1985-11-22", "k", [
    N("n1", "sus_malmo_reuma", "Jonatan Friberg", "läkare", "2024-06-13 13:05", [
        ("Hereditet", "Moster trol. RA, mor har psoriasis."),
        ("Status", "Inga svullna leder. Lätt ömhet över MCP bilat utan synovit på UL."),
        ("Bedömning", "Artralgier utan artrit. Ingen inflammatorisk reumatisk sjukdom i nuläget."),
        ("Planering", "Ingen uppföljning här, ny remiss vid ledsvullnad."),
    ])],
  must_not=["NL102"],
  why="Hedged RA belongs to an aunt (Hereditet); the patient has no diagnosis.")

C("reuma-systemisk-skleros-ild-ej-informerad", "vgr", "1971-04-14", "k", [
    N("n1", "su_reuma", "Anton Melin", "läkare", "2024-05-30 15:20", [
        ("Bedömning", "Systemisk skleros, diffus kutan form, anti-Scl-70 positiv. HRCT visar interstitiell lungsjukdom med NSIP-mönster basalt."),
        ("Information", "Pat har ännu inte informerats om lungengagemanget. Genomgång av HRCT-fynden vid gemensamt besök med lungläkare 11/6."),
    ])],
  must=["NL101"],
  why="A newly found organ diagnosis (ILD) is visible although the patient has not been told about it.")

C("reuma-ssk-telefon-mtx-ev-dosminskning", "skane", "1960-09-01", "k", [
    N("n1", "sus_lund_reuma", "Lotta Engdahl", "sjuksköterska", "2024-03-07 10:40", [
        ("Aktuellt", "Telefonuppföljning. RA, metotrexat 20 mg/v sedan 2022. Mår bra men är lite illamående dagen efter injektionen."),
        ("Labb", "ALAT 0,6, Hb 131, LPK 5,8, kreatinin 74, samtliga ua."),
        ("Planering", "Ev. dosminskning tas upp vid läkarbesöket i maj. Fortsatt provtagning var tredje månad."),
    ], tpl="Telefonanteckning")],
  must_not=["NL102"],
  why="Nurse note: 'Ev.' concerns dose reduction; labs normal (ua).")

C("reuma-arbetsterapeut-psoriasisartrit-ortos", "vgr", "1976-06-09", "k", [
    N("n1", "su_reuma", "Frida Lövgren", "arbetsterapeut", "2024-10-10 13:35", [
        ("Aktuellt", "Psoriasisartrit sedan 2015. Svårt att öppna burkar och vrida om nycklar."),
        ("Bedömning", "Nedsatt greppkraft, Grippit hö 140 N och vä 110 N. Svullnad över PIP-leder vä hand."),
        ("Åtgärd", "Viloortos för vä handled utprovad, information om ledskydd. Hjälpmedel: burköppnare och nyckelvridare."),
    ], tpl="Arbetsterapeutanteckning")],
  must_not=["NL102"],
  why="Occupational therapist with a known, firm diagnosis and functional findings only.")

C("reuma-typo-missankt-smakarlsvaskulit", "skane", "1979-12-18", "m", [
    N("n1", "sus_lund_reuma", "Cecilia Borén", "läkare", "2024-08-06 11:25", [
        ("Status", "Palpabel purpura på underbenen, artralgier. U-sticka blod 2+, protein 1+."),
        ("Bedömning", "Missänkt småkärlsvaskulit, IgA-vaskulit (Henoch-Schönlein) eller ANCA-associerad. Hudbiopsi tas idag."),
    ])],
  must=["NL102"],
  why="Typo in the hedge ('Missänkt') with eponymous alternative diagnoses.")

C("reuma-gpa-fragetecken-pr3", "vgr", "1964-03-26", "m", [
    N("n1", "su_reuma", "Paulina Wrede", "läkare", "2024-11-26 09:55", [
        ("Anamnes", "Blodig snuva och krustor sedan 3 mån, hörselnedsättning vä och nu hosta."),
        ("Labb", "PR3-ANCA 48, kreatinin 98, U-sticka blod 1+."),
        ("Bedömning", "GPA? Remiss ÖNH för biopsi och akut DT thorax."),
    ])],
  must=["NL102"],
  why="Three-letter acronym diagnosis followed by a question mark.")

C("reuma-skane-th-mall-paramalign-artrit", "skane", "1954-10-06", "m", [
    N("n1", "sus_malmo_reuma", "Lejla Begić", "läkare", "2024-10-17 16:15", [
        ("Hypotes", "Misstänkt paramalign artrit: snabbt påkommen symmetrisk polyartrit, viktnedgång 8 kg, tidigare storrökare. "
                    "Pat ej informerad om misstanken på malignitet. DT thorax-buk bokad inom 1 v."),
    ], tpl="Tidiga hypoteser")],
  must_not=["NL102", "NL104", "NL101"],
  why="Skåne Tidiga hypoteser template: uncommunicated malignancy hypothesis, correctly hidden.")

C("reuma-vuxen-stills-sjukdom-mojlig", "skane", "1992-04-20", "k", [
    N("n1", "csk_reuma", "Bengt Ahlström", "läkare", "2024-09-12 10:00", [
        ("Anamnes", "Feber 39–40 varje eftermiddag i 3 v, laxrosa utslag vid feber, ledvärk och halsont."),
        ("Labb", "Ferritin 4800, LPK 18 med neutrofili, ALAT 1,4. Odlingar negativa."),
        ("Bedömning", "Vuxen Stills sjukdom möjlig. Infektion och lymfom måste först uteslutas med PET-DT."),
    ])],
  must=["NL102"],
  why="Hedge adjective 'möjlig' after an eponymous diagnosis.")

C("pmo-vc-reuma-svar-ev-pmr", "skane", "1949-05-30", "m", [
    N("n1", "vc_tomelilla", "Rasmus Ek", "läkare", "2024-02-15 15:30", [
        ("Aktuellt", "Svar från reumatologen CSK: ev. PMR, de föreslår prednisolonförsök 15 mg och ny kontroll på VC."),
        ("Planering", "Prednisolon 15 mg x 1 insatt. SR och CRP om 2 v, distriktssköterska ringer pat."),
    ])],
  must_not=["NL102"],
  why="PMO primary care: hedged specialist answer (ev. PMR) is never a diagnosis shown in PMO.")

C("reuma-ra-maken-ej-informerad", "vgr", "1977-07-12", "k", [
    N("n1", "su_reuma", "Anton Melin", "läkare", "2024-04-18 14:00", [
        ("Bedömning", "Nydiagnostiserad RA, CCP-positiv, måttlig aktivitet. Metotrexat startas."),
        ("Information", "Diagnosen är meddelad pat. Hon vill själv berätta för sin familj och maken är därför ännu inte informerad."),
    ])],
  must_not=["NL101"],
  why="Near miss: the husband is not informed, the patient is.")

C("barnreuma-trolig-jia-oligoartikular", "skane", "2019-12-05", "k", [
    N("n1", "sus_lund_barnreuma", "Malin Törnqvist", "läkare", "2024-03-04 13:15", [
        ("Anamnes", "4-årig flicka som haltar på morgonen sedan 8 v, svullet vä knä, ingen feber."),
        ("Status", "Svullnad, värme och nedsatt extension vä knä. Övriga leder ua."),
        ("Bedömning", "Trolig JIA, oligoartikulär form. Remiss ögonmottagningen för uveitscreening."),
        ("Planering", "Ledpunktion med kortisoninjektion i narkos planeras."),
    ])],
  must=["NL102"],
  why="Child under 13: 'Trolig JIA' in Bedömning of a paediatric rheumatology note.")

# =====================================================================
# Endocrinology and diabetes
# =====================================================================
C("endo-phpt-ev-operation", "skane", "1956-06-15", "k", [
    N("n1", "sus_malmo_endo", "Karolina Hjort", "läkare", "2024-02-08 09:20", [
        ("Labb", "S-Ca (albuminkorrigerat) 2,82, PTH 9,4, 25-OH-D 52, förhöjt U-Ca."),
        ("Bedömning", "Primär hyperparatyreoidism. Osteoporos i ländryggen enligt DXA."),
        ("Planering", "Sestamibiscint och UL hals. Ev. op, remiss endokrinkirurgen när lokalisationen är klar."),
    ])],
  must_not=["NL102"],
  why="Firm endocrine diagnosis; 'Ev. op' hedges treatment, not the diagnosis.")

C("endo-typo-cushnigs-syndrom-fragetecken", "vgr", "1980-10-23", "k", [
    N("n1", "su_endo", "Olof Brandt", "läkare", "2024-03-13 10:45", [
        ("Anamnes", "Viktuppgång 15 kg på 1 år, striae, blåmärken och nydebuterad hypertoni."),
        ("Labb", "Dexametasonhämningstest 1 mg: kortisol 140 nmol/L, ej supprimerat. Sent kvällssalivkortisol förhöjt två gånger."),
        ("Bedömning", "Cushnigs syndrom? ACTH och DT binjurar beställt."),
    ])],
  must=["NL102"],
  why="Typo in the eponym ('Cushnigs') followed by a question mark.")

C("endo-binjureincidentalom-trol-adenom", "skane", "1961-01-04", "m", [
    N("n1", "hbg_endo", "Ewa Malm", "läkare", "2024-04-10 14:25", [
        ("Bakgrund", "DT buk pga gallbesvär visade en 2,3 cm förändring i vä binjure, 8 HU."),
        ("Bedömning", "Binjureincidentalom vä, trol. benignt adenom. Hormonell utredning med dexametasontest, metanefriner och aldosteron/renin."),
    ])],
  must=["NL102"],
  why="'trol. benignt adenom' characterises an incidental adrenal mass.")

C("endo-tyreoideaknol-bethesda-iii-malignitet", "skane", "1983-08-29", "k", [
    N("n1", "sus_malmo_endo", "Karolina Hjort", "läkare", "2024-05-14 11:35", [
        ("Bedömning", "Tyreoideaknöl hö lob 28 mm, TI-RADS 4, cytologi Bethesda III. Malignitet kan inte uteslutas."),
        ("Planering", "Ny UL-ledd FNAC om 6 v, därefter ställningstagande till diagnostisk hemityreoidektomi."),
    ])],
  must=["NL102"],
  why="Indeterminate thyroid cytology with 'Malignitet kan inte uteslutas'.")

C("endo-papillar-tyreoideacancer-ej-informerad", "vgr", "1974-02-02", "k", [
    N("n1", "su_endo", "Olof Brandt", "läkare", "2024-02-29 15:55", [
        ("Provsvar", "Cytologi från knölen i vä lob: Bethesda VI."),
        ("Bedömning", "Papillär tyreoideacancer vä lob. Remiss endokrinkirurgi enligt SVF."),
        ("Information", "Pat ej informerad än. Hon vill få svaret på plats och inte per telefon, besök bokat 6/3."),
    ])],
  must=["NL101"], must_not=["NL102"],
  why="Thyroid cancer in Bedömning while 'Pat ej informerad än'.")

C("diab-dietist-kostgenomgang-ev-ny-kontakt", "skane", "1958-03-19", "m", [
    N("n1", "ystad_diab", "Sofie Mårtensson", "dietist", "2024-01-25 10:10", [
        ("Aktuellt", "Typ 2-diabetes sedan 2018, HbA1c 61. Äter ofta sent på kvällen och dricker mycket juice."),
        ("Åtgärd", "Genomgång av tallriksmodellen och måltidsordningen. Byta juice mot vatten, kostdagbok i 1 v."),
        ("Planering", "Ev. ny kontakt om 3 mån, pat hör av sig själv."),
    ], tpl="Dietistanteckning")],
  must_not=["NL102"],
  why="Dietitian note: 'Ev.' about a follow-up contact, diabetes is known.")

C("diab-lada-fragetecken", "vgr", "1979-09-05", "m", [
    N("n1", "kungalv_diab", "Lisa Öberg", "läkare", "2024-06-27 13:30", [
        ("Anamnes", "45-årig normalviktig man med törst och viktnedgång 6 kg. P-glukos 19."),
        ("Bedömning", "Nydebuterad diabetes. LADA? GAD-ak och C-peptid skickade."),
        ("Planering", "Basinsulin 10 E. Diabetessjuksköterska lär ut injektionstekniken imorgon."),
    ])],
  must=["NL102"],
  why="Acronym subtype diagnosis with a question mark (LADA?).")

C("diab-ssk-inga-tecken-pa-nattliga-hypoglykemier", "skane", "1988-07-01", "k", [
    N("n1", "ystad_diab", "Maja Persson", "sjuksköterska", "2024-08-15 09:00", [
        ("Aktuellt", "Årskontroll typ 1-diabetes. HbA1c 54. CGM: tid i målområdet 74 %, under 3,9 mmol/L 1 %."),
        ("Bedömning", "Inga tecken på nattliga hypoglykemier. Fötterna ua, monofilament känns bilat."),
        ("Planering", "Samma insulindoser. Ögonbottenfoto bokat."),
    ], tpl="Sjuksköterskeanteckning")],
  must_not=["NL102"],
  why="Diabetes nurse: 'Inga tecken på' negates a condition.")

C("endo-mody-kan-vara-aktuellt", "vgr", "1998-11-16", "k", [
    N("n1", "su_endo", "Henrik Sjöstrand", "läkare", "2024-10-03 10:25", [
        ("Anamnes", "26-årig kvinna med lätt hyperglykemi sedan tonåren. Mor och morfar har lindrig diabetes utan insulin."),
        ("Bedömning", "MODY kan vara aktuellt, trol. GCK-MODY med tanke på stabilt fasteglukos 6,8 och HbA1c kring 45 i flera år. Genetisk analys beställd."),
    ])],
  must=["NL102"],
  why="Two hedges on a monogenic diabetes diagnosis ('kan vara aktuellt', 'trol.').")

C("endo-prolaktinom-fragetecken-mellanslag-utkast", "vgr", "1996-04-09", "k", [
    N("n1", "nal_med", "Fatima Haddad", "läkare", "2024-07-25 14:50", [
        ("Anamnes", "28-årig kvinna med utebliven mens sedan 8 mån och mjölkaktig sekretion från brösten."),
        ("Labb", "Prolaktin 2100 mIU/L, graviditetstest negativt, TSH normalt."),
        ("Bedömning", "Prolaktinom ? MR hypofys med kontrast bokad."),
    ], signed=None)],
  must=["NL102"],
  why="Draft: question mark separated from the diagnosis by a space ('Prolaktinom ?').")

C("endo-hashimoto-dosokning-fragetecken", "skane", "1975-12-30", "k", [
    N("n1", "hbg_endo", "Ewa Malm", "läkare", "2024-06-19 11:15", [
        ("Hereditet", "Mor och mormor har också Hashimotos tyreoidit."),
        ("Bedömning", "Hypotyreos (Hashimotos tyreoidit) sedan 2010. TSH 6,8 på levotyroxin 100 µg, trött."),
        ("Planering", "Dosökning till 125 µg? Pat vill avvakta till efter semestern, ny TSH i augusti."),
    ])],
  must_not=["NL102"],
  why="The question mark concerns a dose; the eponymous thyroid diagnosis is established.")

C("endo-mb-addison-utesluten", "vgr", "1986-01-13", "m", [
    N("n1", "su_endo", "Henrik Sjöstrand", "läkare", "2024-09-19 13:40", [
        ("Bedömning", "Primär binjurebarksvikt (Mb Addison) utesluten efter normalt Synacthentest, kortisol 620 nmol/L efter 30 min. Tröttheten har annan orsak."),
        ("Planering", "Åter till remittenten i primärvården."),
    ])],
  must_not=["NL102"],
  why="Eponymous diagnosis explicitly excluded ('utesluten').")

C("endo-skane-th-mall-atstorning-17-ar", "skane", "2006-08-21", "k", [
    N("n1", "sus_malmo_endo", "Karolina Hjort", "läkare", "2024-03-20 15:10", [
        ("Hypotes", "Ätstörning? Viktnedgång 9 kg och sekundär amenorré hos 17-årig flicka, TSH och prolaktin normala. "
                    "Misstanken tas inte upp förrän vi har träffat henne ensam vid nästa besök."),
    ], tpl="Tidiga hypoteser")],
  must_not=["NL102", "NL104"],
  why="17-year-old (reads own journal): hedged hypothesis kept in the Skåne Tidiga hypoteser template.")

C("barnendo-pubertas-praecox-centralis-fragetecken", "vgr", "2017-08-18", "k", [
    N("n1", "su_barnendo", "Viktoria Holmqvist", "läkare", "2024-01-31 10:00", [
        ("Anamnes", "6-årig flicka med bröstutveckling sedan 4 mån och snabb längdtillväxt."),
        ("Status", "Tanner B3 P2. Längd +2,1 SD, tidigare följt 0 SD. Skelettålder 8,5 år."),
        ("Bedömning", "Pubertas praecox centralis? GnRH-test och MR hypofys planeras."),
    ])],
  must=["NL102"],
  why="Child: Latin diagnosis with a trailing question mark.")

C("endo-osteoporos-pat-informerad", "skane", "1950-10-24", "k", [
    N("n1", "hbg_endo", "Filip Granath", "läkare", "2024-11-07 14:05", [
        ("Bedömning", "Osteoporos, T-score ländrygg -3,1 och kotkompression Th12."),
        ("Information", "Pat informerad om att DXA visar osteoporos och om behandlingen. Alendronat 70 mg/v, kalk och D-vitamin."),
    ])],
  must_not=["NL101"],
  why="Near miss for NL101: the patient has been informed of the diagnosis.")

C("endo-siadh-trol-efterstallt-utkast", "vgr", "1945-05-06", "m", [
    N("n1", "su_endo", "Olof Brandt", "läkare", "2024-12-05 09:40", [
        ("Labb", "S-Na 124, S-osmolalitet 262, U-osmolalitet 480, U-Na 58. TSH och kortisol normala."),
        ("Bedömning", "Euvolem hyponatremi, SIADH trol. Sertralinet kan vara utlösande."),
        ("Planering", "Vätskerestriktion 1 L/dag, nytt natrium om 1 v."),
    ], signed=None)],
  must=["NL102"],
  why="Draft: abbreviated hedge placed after the acronym diagnosis ('SIADH trol.').")

# =====================================================================
# Urology
# =====================================================================
C("uro-susp-prostatacancer-svf", "skane", "1956-02-21", "m", [
    N("n1", "sus_malmo_uro", "Jan Hellström", "läkare", "2024-03-01 10:30", [
        ("Status", "PSA 12,4. Palpation: fast, oregelbunden vä lob, ej fixerad."),
        ("Bedömning", "Susp. prostatacancer T2. MR prostata och därefter riktade biopsier enligt SVF."),
    ])],
  must=["NL102"],
  why="Abbreviated hedge 'Susp.' before the cancer diagnosis in a urology note.")

C("uro-prostatacancer-pat-ej-underrattad", "vgr", "1951-07-04", "m", [
    N("n1", "skas_uro", "Kerstin Alfredsson", "läkare", "2024-04-22 13:20", [
        ("Provsvar", "PAD: adenokarcinom i prostata Gleason 4+4=8 (ISUP 4) i 6 av 12 biopsier."),
        ("Bedömning", "Högrisk prostatacancer. Skelettscint och DT thorax-buk beställt."),
        ("Information", "Pat ännu inte underrättad om PAD-svaret, kallas nästa vecka för besked tillsammans med kontaktsjuksköterska."),
    ])],
  must=["NL101"], must_not=["NL102"],
  why="Cancer diagnosis visible while the note says the patient has not been notified.")

C("uro-bph-ingen-misstanke-om-malignitet", "skane", "1952-09-12", "m", [
    N("n1", "csk_uro", "Ivar Sjögren", "läkare", "2024-05-09 09:10", [
        ("Bedömning", "Benign prostatahyperplasi, prostatavolym 55 ml på TRUL. Ingen misstanke om malignitet med PSA 2,1 och mjuk, slät prostata."),
        ("Planering", "Tamsulosin 0,4 mg. IPSS och flödesmätning om 3 mån."),
    ])],
  must_not=["NL102"],
  why="'Ingen misstanke om malignitet' is a negated suspicion.")

C("barnuro-uroterapeut-enures-ev-desmopressin", "vgr", "2016-05-28", "m", [
    N("n1", "su_barnuro", "Hanna Wendel", "uroterapeut", "2024-02-19 14:00", [
        ("Aktuellt", "8-årig pojke som kissar i sängen 6 nätter av 7, aldrig torr någon längre period. Inga besvär dagtid."),
        ("Bedömning", "Primär monosymtomatisk enures."),
        ("Planering", "Enureslarm startas, uppföljning per telefon om 4 v. Ev. desmopressin om larmet inte hjälper."),
    ], tpl="Uroterapeutanteckning")],
  must_not=["NL102"],
  why="Urotherapist, child: firm diagnosis; 'Ev.' about a drug.")

C("uro-typo-trol-njurcelscancer", "skane", "1963-12-14", "m", [
    N("n1", "hbg_uro", "Anja Lindell", "läkare", "2024-03-25 15:45", [
        ("Undersökning", "DT-urografi: 4 cm kontrastladdande solid expansivitet i nedre polen vä njure, ingen lymfadenopati."),
        ("Bedömning", "Vä njurtumör, trol. njurcelscancer (cT1a). Partiell nefrektomi övervägs, diskuteras på MDK 4/4."),
    ])],
  must=["NL102"],
  why="Typo in the diagnosis ('njurcelscancer') after the hedge 'trol.'.")

C("uro-cystoskopi-urotelial-blascancer-fragetecken-utkast", "vgr", "1948-11-08", "m", [
    N("n1", "alingsas_uro", "Petter Åkesson", "läkare", "2024-06-05 11:00", [
        ("Undersökning", "Cystoskopi: papillär tumör ca 2 cm på vänstra sidoväggen, ytterligare en liten ovanför vä uretärmynning."),
        ("Bedömning", "Urotelial blåscancer? TURB bokas inom 2 v."),
    ], signed=None)],
  must=["NL102"],
  why="Draft: cancer diagnosis with a question mark after cystoscopy.")

C("uro-uretarsten-kan-ev-ga-spontant", "skane", "1981-04-30", "m", [
    N("n1", "sus_malmo_uro", "Nora Lagerqvist", "läkare", "2024-07-11 16:20", [
        ("Bedömning", "Uretärsten vä 6 mm i proximala uretären med lätt hydronefros. Afebril, normalt CRP."),
        ("Planering", "Stenen kan ev. avgå spontant; tamsulosin och diklofenak. Ny DT om 4 v och ureteroskopi om den inte passerat."),
    ])],
  must_not=["NL102"],
  why="'ev.' hedges whether a known stone passes, not the diagnosis.")

C("uro-kronisk-prostatit-cpps-fragetecken", "vgr", "1984-08-03", "m", [
    N("n1", "su_uro", "Amir Sadeghi", "läkare", "2024-08-22 10:40", [
        ("Anamnes", "Perinealsmärta och sveda vid miktion sedan 5 mån. Två antibiotikakurer utan effekt."),
        ("Bedömning", "Kronisk prostatit/CPPS? Odlingarna negativa. Bäckenbottenfysioterapi prövas."),
    ])],
  must=["NL102"],
  why="Slash-joined diagnosis with a question mark (prostatit/CPPS?).")

C("uro-testistumor-seminom-parentes-fragetecken", "skane", "1996-06-18", "m", [
    N("n1", "csk_uro", "Ivar Sjögren", "läkare", "2024-09-09 13:50", [
        ("Status", "Hård, oöm knöl i hö testikel. UL: 15 mm hypoekogen solid förändring."),
        ("Bedömning", "Testistumör hö, seminom (?). Tumörmarkörer AFP, hCG och LD tagna."),
        ("Planering", "Orkiektomi hö bokad nästa vecka."),
    ])],
  must=["NL102"],
  why="Histological type hedged with '(?)' after the word.")

C("uro-recidiverande-uvi-inga-tecken-pa-tumor", "vgr", "1966-03-07", "k", [
    N("n1", "alingsas_uro", "Petter Åkesson", "läkare", "2024-10-24 09:35", [
        ("Bedömning", "Recidiverande nedre UVI hos 58-årig kvinna. Cystoskopi ua, inga tecken på blåstumör eller sten, residualurin 20 ml."),
        ("Planering", "Profylax med metenamin och lokalt östrogen."),
    ])],
  must_not=["NL102"],
  why="'inga tecken på blåstumör eller sten' negates two diagnoses.")

C("uro-skane-th-mall-susp-blascancer", "skane", "1947-01-26", "m", [
    N("n1", "sus_malmo_uro", "Jan Hellström", "läkare", "2024-11-14 15:05", [
        ("Hypotes", "Susp. blåscancer: solid förändring i blåsbotten vid dagens cystoskopi. Pat ej informerad om misstanken, PAD från TURB inväntas före besked."),
    ], tpl="Tidiga hypoteser")],
  must_not=["NL102", "NL104", "NL101"],
  why="Skåne Tidiga hypoteser template with an uncommunicated cancer suspicion.")

C("uro-blassmartsyndrom-fragetecken-hunner", "vgr", "1972-10-15", "k", [
    N("n1", "su_uro", "Elsa Rydberg", "läkare", "2024-01-29 14:45", [
        ("Anamnes", "Blåssmärta som lindras av miktion, miktion var 40:e minut, nokturi 4 gånger."),
        ("Bedömning", "Blåssmärtsyndrom, ?Hunnerlesioner vid cystoskopi i narkos, biopsier tagna."),
    ])],
  must=["NL102"],
  why="Eponymous lesion with '?' prefixed, written after a comma.")

C("uro-ssk-kad-byte-ingen-diagnos", "skane", "1939-07-22", "m", [
    N("n1", "hbg_uro", "Ronja Carlberg", "sjuksköterska", "2024-04-30 10:00", [
        ("Åtgärd", "KAD bytt, Ch 14 silikon, 10 ml sterilt vatten i ballongen. Urinen klar, ingen blödning."),
        ("Planering", "Nästa KAD-byte om 6–8 v, ev. tidigare vid stopp."),
    ], tpl="Sjuksköterskeanteckning")],
  must_not=["NL102"],
  why="Nurse procedure note: 'ev. tidigare' concerns timing, no diagnosis hedged.")

C("uro-ssk-urinodling-utan-vaxt-ej-informerad", "vgr", "1990-05-25", "k", [
    N("n1", "skas_uro", "Moa Lindskog", "sjuksköterska", "2024-06-24 11:30", [
        ("Aktuellt", "Urinodling efter avslutad antibiotikabehandling: ingen växt."),
        ("Planering", "Pat ej informerad om odlingssvaret ännu, brev skickas. Kontroll hos uroterapeut i augusti."),
    ], tpl="Sjuksköterskeanteckning")],
  must_not=["NL101"],
  why="Near miss: patient not yet told a negative culture result, no diagnosis.")

C("uro-ipp-peyronie-trol", "vgr", "1963-09-19", "m", [
    N("n1", "skas_uro", "Kerstin Alfredsson", "läkare", "2024-07-30 14:15", [
        ("Anamnes", "Krökning av penis vid erektion sedan 1 år, smärtsamt initialt men nu stabilt."),
        ("Status", "Palpabelt plack dorsalt ca 1,5 cm."),
        ("Bedömning", "Peyronies sjukdom (IPP) trol., i stabil fas. Fotodokumentation av krökningen inför ställningstagande till operation."),
    ])],
  must=["NL102"],
  why="Hedge 'trol.' after an eponym and its Latin abbreviation (induratio penis plastica).")

# =====================================================================
# Infectious diseases
# =====================================================================
C("inf-hiv-nydiagnos-fastslagen", "skane", "1987-03-09", "m", [
    N("n1", "sus_malmo_inf", "Anna Ström", "läkare", "2024-02-01 13:10", [
        ("Bedömning", "Nydiagnostiserad hiv-1-infektion, CD4 320, virusmängd 84 000 kopior/ml."),
        ("Planering", "ART med bictegravir/emtricitabin/tenofoviralafenamid startas. Förhållningsregler enligt smittskyddslagen "
                      "genomgångna, smittspårning startad av kurator."),
    ])],
  must_not=["NL102"],
  why="Confirmed infection diagnosis with numbers, no hedge.")

C("inf-hiv-pat-ej-informerad", "vgr", "1993-10-13", "k", [
    N("n1", "su_inf", "Björn Tell", "läkare", "2024-05-15 16:40", [
        ("Provsvar", "Hiv-1 ak/ag positivt, konfirmerat med immunoblot."),
        ("Bedömning", "Hiv-1-infektion."),
        ("Information", "Pat ej informerad. Kallas till mottagningen imorgon för personligt besked och smittskyddsinformation."),
    ])],
  must=["NL101"], must_not=["NL102"],
  why="Confirmed infection written in Bedömning before the patient was told.")

C("inf-misstankt-neuroborrelios-bannwarth", "skane", "1968-08-27", "k", [
    N("n1", "sus_lund_inf", "Per Sandell", "läkare", "2024-08-08 10:55", [
        ("Anamnes", "Facialispares hö sedan 5 dagar, bältesformad smärta runt bröstkorgen nattetid. Fästingbett i juni."),
        ("Bedömning", "Misstänkt neuroborrelios (Bannwarths syndrom). LP imorgon med celler och borrelia-antikroppsindex."),
    ])],
  must=["NL102"],
  why="'Misstänkt' with an eponymous syndrome in parentheses.")

C("inf-erythema-migrans-typiskt", "vgr", "1974-06-19", "m", [
    N("n1", "nal_inf", "Matilda Jern", "läkare", "2024-07-17 09:45", [
        ("Status", "Erythema migrans vä lår, 9 cm med central blekning."),
        ("Bedömning", "Lokaliserad borreliainfektion, serologi behövs inte."),
        ("Planering", "Fenoximetylpenicillin 1 g x 3 i 10 dagar, ingen uppföljning vid god effekt."),
    ])],
  must_not=["NL102"],
  why="Latin clinical diagnosis (erythema migrans) stated firmly.")

C("inf-malaria-kan-ej-uteslutas-utkast", "skane", "1985-12-02", "m", [
    N("n1", "hbg_inf", "Sandra Wall", "läkare", "2024-10-29 19:15", [
        ("Anamnes", "Hemkom från Ghana för 9 dagar sedan utan malariaprofylax. Feber 39,5 och huvudvärk."),
        ("Bedömning", "Malaria kan ej uteslutas trots negativt snabbtest. Ny tjock droppe och snabbtest om 12 tim."),
    ], signed=None)],
  must=["NL102"],
  why="Draft: 'kan ej uteslutas' about malaria despite a negative rapid test.")

C("inf-fuo-dd-endokardit-lymfom-still", "skane", "1977-05-12", "m", [
    N("n1", "sus_lund_inf", "Per Sandell", "läkare", "2024-04-24 11:20", [
        ("Bedömning", "FUO med feber sedan över 3 v. DD: endokardit, lymfom, vuxen Stills sjukdom."),
        ("Planering", "Blododlingar x 3, TEE och PET-DT."),
    ])],
  must=["NL102"],
  why="Differential diagnosis list after 'DD:' with an eponym.")

C("inf-typo-kronisk-hepaitit-b-fragetecken", "skane", "1990-01-17", "k", [
    N("n1", "sus_malmo_inf", "Anna Ström", "läkare", "2024-03-29 14:05", [
        ("Labb", "HBsAg positivt, anti-HBc total positivt, anti-HBc IgM negativt, HBeAg negativt. ALAT 0,9."),
        ("Bedömning", "Kronisk hepaitit B? Ny HBsAg om 6 mån behövs för att säkerställa kroniciteten."),
    ])],
  must=["NL102"],
  why="Typo in the diagnosis ('hepaitit') with a trailing question mark.")

C("ven-ssk-smittsparning-klamydia-partners", "vgr", "2002-04-03", "k", [
    N("n1", "su_ven", "Ida Hammarlund", "sjuksköterska", "2024-02-12 15:00", [
        ("Aktuellt", "Positiv klamydia-PCR i urinprov, behandlad med doxycyklin."),
        ("Smittspårning", "Pat uppger två partners senaste halvåret. Båda kontaktade per telefon och erbjudna provtagning, en har redan testat sig."),
    ], tpl="Sjuksköterskeanteckning")],
  must_not=["NL204", "NL102"],
  why="Contact tracing mentions other persons but nothing harmful: no third-party-information breach.")

C("inf-hepatit-c-botad-pat-informerad", "skane", "1971-09-08", "k", [
    N("n1", "hbg_inf", "Sandra Wall", "läkare", "2024-06-11 10:30", [
        ("Bedömning", "SVR12 uppnådd, HCV-RNA ej påvisbart 12 v efter avslutad behandling. Hepatit C är botad."),
        ("Information", "Pat informerad om att hon är botad och att hon kan smittas igen vid ny exponering."),
    ])],
  must_not=["NL101"],
  why="Patient told that the infection is cured: no NL101.")

C("inf-typo-osteomylit-fragetecken", "vgr", "1955-11-27", "m", [
    N("n1", "nal_inf", "Matilda Jern", "läkare", "2024-09-26 13:25", [
        ("Status", "Sår under MTP1 hö fot, 1,5 cm, sonden når ben. Rodnad runt såret."),
        ("Bedömning", "Osteomylit? MR fot beställd, benbiopsi diskuteras med ortopeden."),
    ])],
  must=["NL102"],
  why="Typo in the diagnosis ('Osteomylit?') with a question mark, diabetic foot.")

C("inf-skane-th-mall-artificiell-sjukdom", "skane", "1989-02-15", "k", [
    N("n1", "sus_lund_inf", "Per Sandell", "läkare", "2024-11-21 16:00", [
        ("Hypotes", "Återkommande mjukdelsinfektioner med blandflora av tarmbakterier i sår på lätt åtkomliga ställen. "
                    "Misstänker självförvållade infektioner (artificiell sjukdom). Ej diskuterat med pat, tas upp på teamkonferens med psykiatrikonsult."),
    ], tpl="Tidiga hypoteser")],
  must_not=["NL102", "NL104"],
  why="Skåne Tidiga hypoteser template used for a sensitive, uncommunicated hypothesis.")

C("inf-vgr-th-sokord-endokardit-bekraftad-informerad", "vgr", "1962-12-20", "m", [
    N("n1", "su_inf", "Björn Tell", "läkare", "2024-03-19 10:10", [
        ("Aktuellt", "Uppföljning i öppenvård efter inneliggande vård."),
        ("Tidiga hypoteser", "Endokardit på mitralisklaffen bekräftad med TEE, Streptococcus mitis i 4 av 4 blododlingar. "
                             "Pat informerad om diagnosen och behandlingen under vårdtiden."),
    ])],
  must=["NL104"],
  why="VGR Tidiga hypoteser sökord with a settled diagnosis already told to the patient.")

C("inf-ssk-telefon-inga-tecken-bakteriell-infektion", "skane", "1980-07-29", "m", [
    N("n1", "sus_malmo_inf", "Gunnel Roos", "sjuksköterska", "2024-01-11 09:20", [
        ("Kontaktorsak", "Pat med välinställd hiv ringer pga snuva och halsont i 3 dagar."),
        ("Bedömning", "Afebril, äter och dricker. Inga tecken på bakteriell infektion enligt anamnesen."),
        ("Åtgärd", "Egenvårdsråd. Ska ringa igen vid feber i mer än 3 dagar eller andningsbesvär."),
    ], tpl="Telefonanteckning")],
  must_not=["NL102"],
  why="Nurse phone advice with a negated infection and a known, firm HIV diagnosis.")

C("inf-pneumoni-q-feber-fragetecken", "vgr", "1976-04-08", "m", [
    N("n1", "skas_inf", "Linnea Strid", "läkare", "2024-04-11 14:35", [
        ("Anamnes", "Feber, hosta och huvudvärk en vecka efter lamningen på fårgården där han arbetar."),
        ("Bedömning", "Pneumoni, Q-feber? Serologi för Coxiella burnetii, doxycyklin startas."),
    ])],
  must=["NL102"],
  why="Second diagnosis in a comma list carries the question mark (Q-feber?).")

C("inf-tidigare-ev-sarkoidos-nu-zoster", "skane", "1967-10-11", "k", [
    N("n1", "hbg_inf", "Sandra Wall", "läkare", "2024-05-27 11:50", [
        ("Tidigare", "Utreddes 2020 för ev. sarkoidos på lungkliniken, ingen diagnos ställdes."),
        ("Bedömning", "Herpes zoster Th6 hö, dag 2 med blåsor."),
        ("Planering", "Valaciklovir 1 g x 3 i 7 dagar samt smärtlindring."),
    ])],
  must_not=["NL102"],
  why="Only a past, closed work-up carries a hedge; the current Latin diagnosis is firm.")

C("pmo-vc-konsultsvar-trolig-borreliaartrit", "skane", "1982-06-04", "m", [
    N("n1", "vc_sjobo", "Karin Fält", "läkare", "2024-09-17 10:20", [
        ("Aktuellt", "Konsultsvar från infektionskliniken: trolig borreliaartrit i hö knä, de rekommenderar doxycyklin 100 mg x 2 i 4 v."),
        ("Åtgärd", "Doxycyklin förskrivet. Pat får tid hos mig om 5 v för knästatus."),
    ])],
  must_not=["NL102"],
  why="PMO primary care note with a hedged consultant answer: never NL102 in PMO.")

C("inf-dengue-fragetecken-fore", "vgr", "1994-08-23", "k", [
    N("n1", "su_inf", "Björn Tell", "läkare", "2024-01-08 15:25", [
        ("Anamnes", "Feber, retroorbital värk och muskelvärk sedan 4 dagar efter resa till Thailand."),
        ("Labb", "TPK 82, LPK 2,9. Malariasnabbtest negativt två gånger."),
        ("Bedömning", "?Dengue. NS1-antigen och serologi tas."),
    ])],
  must=["NL102"],
  why="Whole assessment is '?Dengue' with the question mark first.")

# =====================================================================
# NL2 in the same clinics: violence, child concern, third person, single-blind
# =====================================================================
C("onh-nasfraktur-sambon-slog-synlig-utkast", "skane", "1992-07-08", "k", [
    N("n1", "sus_lund_onh", "Magnus Holmberg", "läkare", "2024-03-04 10:05", [
        ("Anamnes", "Näsan sned och svullen sedan i lördags. Pat berättar att sambon slog henne i ansiktet med knuten hand under ett gräl."),
        ("Status", "Deviation av näsryggen åt vä med krepitation. Inget septumhematom."),
        ("Bedömning", "Nasalfraktur, sluten reposition inom 1 v."),
    ], signed=None)],
  must=["NL201"],
  why="Draft ENT note: partner violence documented in a visible Anamnes instead of the protected template.")

C("onh-vgr-valdsutsatthet-sokord", "vgr", "1985-10-29", "k", [
    N("n1", "su_onh", "Ahmed Yousef", "läkare", "2024-03-11 13:35", [
        ("Status", "Nasalfraktur med deviation åt hö, inget septumhematom."),
        ("Bedömning", "Sluten reposition bokad 14/3."),
        ("Våldsutsatthet i nära relationer", "Pat uppger att maken knuffade in henne i en dörrkarm och att han slagit henne upprepade gånger senaste året. "
                                              "Information om kvinnojouren och polisanmälan given, hon vill inte anmäla nu."),
    ])],
  must_not=["NL201", "NL206"],
  why="VGR: partner violence placed under the filtered sökord Våldsutsatthet i nära relationer.")

C("ogon-skane-vald-mall-blowout", "skane", "1990-01-26", "k", [
    N("n1", "sus_malmo_ogon", "Sofia Lindqvist", "läkare", "2024-04-08 22:10", [
        ("Anteckning", "Orbitabottenfraktur hö (blow-out) efter knytnävsslag från f.d. sambon i hemmet för 2 dagar sedan. "
                       "Fotodokumentation av hematomen enligt vårdprogrammet. Erbjuden kuratorskontakt, tackar ja."),
    ], tpl="Våld i nära relationer")],
  must_not=["NL201", "NL206"],
  why="Skåne eye clinic uses the protected template Våld i nära relationer for the violence.")

C("onh-zygomaticusfraktur-okand-garningsman", "vgr", "1999-06-14", "m", [
    N("n1", "sas_onh", "Ulrika Strand", "läkare", "2024-06-03 11:25", [
        ("Anamnes", "Slagen av en okänd man utanför en pizzeria natten till söndag. Polisanmälan gjord."),
        ("Status", "Svullnad och ömhet över hö kindben, inget steg i orbitakanten, normal gapförmåga."),
        ("Bedömning", "Zygomaticusfraktur hö utan dislokation, konservativ behandling."),
    ])],
  must_not=["NL201"],
  why="Violence by a stranger is not violence in a close relationship.")

C("ogon-kontusion-vald-screening-nekar", "skane", "1979-03-17", "k", [
    N("n1", "hbg_ogon", "Per-Olof Mattsson", "läkare", "2024-07-01 09:50", [
        ("Anamnes", "Blåtira vä efter att ha gått in i en skåpdörr hemma. Tillfrågad rutinmässigt om våld i nära relation, vilket hon förnekar."),
        ("Status", "Hematom vä ögonlock. Visus 1,0, fri ögonmotorik, ingen diplopi."),
        ("Bedömning", "Kontusion vä öga utan fraktur eller näthinneskada."),
    ])],
  must_not=["NL201"],
  why="Routine violence screening answered no: a negated mention is not documented violence.")

C("inf-hiv-hot-och-stryptag-fd-pojkvan", "vgr", "1996-12-09", "k", [
    N("n1", "su_inf", "Björn Tell", "läkare", "2024-08-19 14:20", [
        ("Aktuellt", "Kontroll 3 mån efter start av ART, virusmängd under detektionsgränsen."),
        ("Socialt", "Pat berättar att hennes f.d. pojkvän hotat att slå ihjäl henne om hon berättar vem som smittat henne. "
                    "Han har också tagit stryptag på henne vid ett tillfälle i vintras."),
    ])],
  must=["NL201"],
  why="Threats and strangulation by an ex-partner written in a visible Socialt section.")

C("barnogon-natinneblodningar-skakvald-synlig", "skane", "2023-11-20", "m", [
    N("n1", "sus_lund_barnogon", "Ingrid Falkenberg", "läkare", "2024-03-22 15:30", [
        ("Undersökning", "Bilaterala, multipla näthinneblödningar i flera lager ut till periferin."),
        ("Bedömning", "Fyndet inger stark misstanke om skakvåld (AHT). Orosanmälan till socialtjänsten gjord idag tillsammans med barnskyddsteamet."),
    ])],
  must=["NL202"],
  why="Suspected abuse of an infant and a report to social services in a visible Bedömning.")

C("barnogon-skane-oro-mall", "skane", "2023-10-02", "k", [
    N("n1", "sus_lund_barnogon", "Ingrid Falkenberg", "läkare", "2024-03-05 11:45", [
        ("Anteckning", "Vid ögonbottenundersökning av 5 månader gammalt barn ses bilaterala flerskiktade näthinneblödningar som inte förklaras "
                       "av känd sjukdom eller förlossningen. Barnskyddsteamet kontaktat, anmälan skickas via Anmälningsblankett barn som far illa."),
    ], tpl="Oro för att barn far illa")],
  must_not=["NL202", "NL206"],
  why="Skåne: the child-concern findings are in the protected template Oro för att barn far illa.")

C("barnneuro-blamarken-lek-inga-tecken-far-illa", "vgr", "2017-09-13", "m", [
    N("n1", "su_barnneuro", "Agnes Hultgren", "läkare", "2024-05-20 10:15", [
        ("Status", "Några blåmärken på smalbenen av typen man ser vid lek. Neurologiskt status ua."),
        ("Bedömning", "Feberkramper i anamnesen, nu 6 år och utan kramper sedan 2 år. Inga tecken på att barnet far illa."),
    ])],
  must_not=["NL202"],
  why="Negated child-concern statement ('Inga tecken på att barnet far illa').")

C("barnneuro-vgr-orosanmalan-sokord", "vgr", "2013-11-30", "m", [
    N("n1", "su_barnneuro", "Ola Bergkvist", "läkare", "2024-10-14 13:00", [
        ("Aktuellt", "Uppföljning av epilepsi, 10 år. Anfallen har ökat senaste månaderna."),
        ("Bedömning", "Fokal epilepsi med tätare anfall. Ny tid om 4 v."),
        ("Orosanmälan gällande barn", "Orosanmälan till socialtjänsten i Mölndal gjord idag pga misstänkt omsorgssvikt: upprepade uteblivna besök, "
                                      "ej uthämtade läkemedel, och pojken berättar att han ofta är ensam hemma över natten."),
    ])],
  must_not=["NL202", "NL206"],
  why="VGR: the report to social services is under the filtered sökord Orosanmälan gällande barn.")

C("onh-barn-obehandlad-otit-orosanmalan-synlig-utkast", "vgr", "2019-04-17", "k", [
    N("n1", "sas_onh", "Ulrika Strand", "läkare", "2024-09-02 14:10", [
        ("Status", "Perforation i hö trumhinna med illaluktande flytning."),
        ("Bedömning", "Kronisk otit med perforation hö, obehandlad trots flera remisser. Orosanmälan till socialtjänsten gjord pga misstänkt medicinsk försummelse."),
    ], signed=None)],
  must=["NL202"],
  why="Draft: report of suspected neglect of a 5-year-old in a visible section.")

C("minne-dottern-hot-med-kniv-synlig", "vgr", "1945-03-02", "m", [
    N("n1", "su_minne", "Lars Gyllenhammar", "läkare", "2024-04-17 10:30", [
        ("Anamnes", "Dottern ringer före besöket och berättar, utan att pat vet om det, att han hotat henne med kniv när hon försökte ta ifrån honom "
                    "bilnycklarna. Hon är rädd att han ska få veta att hon berättat."),
        ("Bedömning", "Kognitiv svikt med personlighetsförändring, utredning pågår."),
    ])],
  must=["NL204"],
  why="VGR: threat information from a relative, harmful if read by the patient, in a visible Anamnes.")

C("minne-vgr-tredje-person-sokord", "vgr", "1953-09-21", "m", [
    N("n1", "su_minne", "Lars Gyllenhammar", "läkare", "2024-05-08 11:10", [
        ("Bedömning", "Frontal dysfunktion, neuropsykologisk utredning bokad."),
        ("Tredje person", "Hustrun berättar i enrum att pat vid två tillfällen slagit sönder möbler och hotat henne när han blivit arg. "
                          "Hon vill inte att han ska veta att hon berättat detta."),
    ])],
  must_not=["NL204", "NL206"],
  why="VGR: the threat information from the wife is under the filtered sökord Tredje person.")

C("neuro-skane-tredje-person-ofiltrerat", "skane", "1948-12-06", "m", [
    N("n1", "sus_malmo_neuro", "Louise Dahl", "läkare", "2024-06-26 15:20", [
        ("Bedömning", "Lewy body-demens med nattliga synhallucinationer, progress sedan i vintras."),
        ("Tredje person", "Sonen uppger att pat hotat grannen med ett järnrör efter hallucinationer nattetid. Sonen vill vara anonym gentemot pat."),
    ])],
  must=["NL206"],
  why="Skåne does not filter the sökord Tredje person, so the threat text is visible.")

C("reuma-enkelblind-allokering-synlig", "vgr", "1969-02-10", "k", [
    N("n1", "su_reuma", "Paulina Wrede", "läkare", "2024-02-26 09:40", [
        ("Bedömning", "RA med otillräckligt svar på TNF-hämmare. Ingår i en enkelblind läkemedelsprövning och har randomiserats till den aktiva armen; "
                      "pat känner inte till vilken arm hon tillhör."),
    ])],
  must=["NL205"],
  why="Single-blind allocation written in a visible VGR Bedömning.")

C("reuma-vgr-enkelblind-sokord", "vgr", "1973-08-05", "m", [
    N("n1", "sas_reuma", "Niklas Grahn", "läkare", "2024-10-21 10:55", [
        ("Bedömning", "Psoriasisartrit, studiebesök vecka 12 utan biverkningar."),
        ("Enkelblind prövning", "Randomiserad till placebo plus standardbehandling i den enkelblinda studien. Prövaren informerad, pat blind för allokeringen."),
    ])],
  must_not=["NL205", "NL206"],
  why="VGR: allocation placed under the filtered sökord Enkelblind prövning.")

C("neuro-skane-enkelblind-sokord-ofiltrerat", "skane", "1982-05-03", "k", [
    N("n1", "sus_lund_neuro", "Martin Söderlund", "läkare", "2024-11-05 14:25", [
        ("Bedömning", "Kronisk migrän, deltar i läkemedelsstudie, vecka 8 av 24."),
        ("Enkelblind prövning", "Tilldelad aktiv substans (randomiseringsnummer 0417) i den enkelblinda prövningen."),
    ])],
  must=["NL206"],
  why="Skåne does not filter the sökord Enkelblind prövning.")

# =====================================================================
# Long notes (300+ words) and multi-note records
# =====================================================================
C("neuro-lang-nybesok-konvulsiv-synkope-dd-anfall", "skane", "2000-09-27", "k", [
    N("n1", "sus_lund_neuro", "Annika Westin", "läkare", "2024-04-18 13:00", [
        ("Remissorsak", "Remiss från akutmottagningen i Lund efter medvetslöshet med ryckningar 2/4. Fortsatt utredning och ställningstagande till körförbud önskas."),
        ("Anamnes", "23-årig kvinna, tidigare frisk. Stod i kö på ett kafé en varm dag, blev varm och illamående och fick tunnelseende. "
                    "Väninnan beskriver att hon sjönk ihop, var blek och hade ett tiotal oregelbundna ryckningar i armarna under högst 15 sekunder. "
                    "Vaknade inom en minut och var orienterad direkt. Inget tungbett, ingen urinavgång. Har svimmat två gånger tidigare vid blodprovstagning. "
                    "Inga anfall i sömn, inga morgonryckningar, inga episoder med déjà vu eller automatismer."),
        ("Tidigare sjukdomar", "Astma i barndomen, inga besvär sedan tonåren. Ingen hjärtsjukdom, inga skallskador och ingen hjärnhinneinflammation. "
                               "Normal utveckling enligt pat, klarade skolan bra."),
        ("Sömn och vanor", "Sover 7–8 timmar per natt och snarkar inte. Dricker 3–4 koppar kaffe om dagen men lite vatten, tränar på gym tre gånger i veckan. "
                           "Hade inte ätit lunch den aktuella dagen."),
        ("Hereditet", "Morbror har epilepsi sedan barndomen. Mor svimmar lätt."),
        ("Läkemedel", "Kombinerade p-piller, inga andra läkemedel."),
        ("Socialt", "Studerar till sjuksköterska i Lund och bor med sin pojkvän. Har körkort och kör dagligen till praktiken i Eslöv. Måttligt med alkohol, inga droger."),
        ("Status", "Gott allmäntillstånd. Blodtryck liggande 112/70 och stående efter 3 min 104/68, puls 64 respektive 82. "
                   "Hjärta regelbunden rytm utan blåsljud. Neurologiskt status helt utan anmärkning, inga fokala fynd." 
                   " Inga blåmärken, inget tungbett, ingen nackstelhet."),
        ("Undersökningar", "EKG på akuten: sinusrytm 68, QTc 410 ms, ingen preexcitation. DT hjärna utan patologi. Blodstatus, elektrolyter och glukos normala."
                           " Aktivt ståtest på mottagningen gav yrsel och illamående efter 4 minuter men ingen svimning."),
        ("Bedömning", "Prodromer, blekhet, kort duration och snabb återhämtning talar starkt för en reflexmedierad svimning. "
                      "Konvulsiv synkope är mest trolig, DD epileptiskt anfall med fokal start. EEG görs ändå med tanke på ryckningarna och hereditet."),
        ("Planering", "Sömndepriverat EEG bokas. Råd om vätskeintag och motmanövrar vid förkänningar. "
                      "Körförbud tills EEG-svaret finns, därefter ny bedömning per telefon. Återbesök vid nytt anfall."),
    ], tpl="Nybesök")],
  must=["NL102"], must_not=["NL101"],
  why="Long new-visit note where only the assessment carries the hedge ('mest trolig', 'DD').")

C("reuma-lang-arskontroll-ra-remission-ev-nedtrappning", "vgr", "1966-01-09", "m", [
    N("n1", "su_reuma", "Anton Melin", "läkare", "2024-10-07 14:30", [
        ("Aktuellt", "Årskontroll. 58-årig man med seropositiv RA sedan 2015 och sekundärt Sjögrens syndrom. Metotrexat 20 mg/v sc och etanercept 50 mg/v sedan 2019. "
                     "Mår överlag bra, morgonstelhet 15 min. Ont i vä fot vid längre promenader sedan i våras, har inte sett några svullnader. "
                     "Ingen feber och inga infektioner senaste året utom en förkylning i februari. Vaccinerad mot influensa och covid i höstas, pneumokockvaccin 2022."),
        ("Läkemedel", "Metotrexat 20 mg/v, folsyra 5 mg x 1 utom metotrexatdagen, etanercept 50 mg/v, pilokarpin vid behov."),
        ("Funktion", "HAQ 0,25. Arbetar heltid som busschaufför utan sjukskrivning senaste året. Promenerar 30 minuter dagligen och cyklar till jobbet sommartid. "
                     "Klarar trädgårdsarbete men får ont i fötterna efter några timmar."),
        ("Sjögren", "Torra ögon på kvällarna, använder ögondroppar utan konserveringsmedel. Muntorr framför allt nattetid, tandläkarkontroll två gånger per år. "
                    "Inga spottkörtelsvullnader."),
        ("Hjärta", "Inga bröstsmärtor och ingen andfåddhet vid ansträngning. EKG 2023 normalt."),
        ("Infektionsskydd", "Ska höra av sig vid feber över 38,5 under behandlingen. Vaccin mot bältros (Shingrix) rekommenderas, ordination skickad till vaccinationsmottagningen."),
        ("Riskfaktorer", "Slutade röka 2010. Blodtryck 132/84. Lipider tagna i primärvården i våras, normala enligt pat."),
        ("Status", "Gott och opåverkat. 28-ledsstatus: 0 svullna och 1 öm led (MTP 4 vä). Inga reumatoida noduli. Muntorr, välskött tandstatus. "
                   "Hjärta och lungor ua. Huden ua på injektionsställena."),
        ("Labb", "SR 12, CRP 3, Hb 142, LPK 6,1, TPK 254, ALAT 0,5, kreatinin 88. Urinsticka ua."),
        ("Röntgen", "Händer och fötter oförändrade jämfört med 2022 utan nya erosioner. Lätt artros i MTP 1 bilat."),
        ("Bedömning", "Seropositiv RA i remission, DAS28-CRP 1,9. Fotsmärtan förklaras av metatarsalgi och artros i MTP 1, inte av aktiv artrit. "
                      "Sekundärt Sjögrens syndrom med lindriga besvär. Inga biverkningar av behandlingen."),
        ("Planering", "Fortsatt metotrexat och etanercept. Ev. glesare etanerceptdoser, varannan vecka, om remissionen håller ytterligare ett halvår. "
                      "Remiss fotterapeut för inlägg. Labbkontroller var tredje månad i primärvården som tidigare. "
                      "Hur länge behövs metotrexat? Tas upp igen när etanercept glesats ut. Årskontroll om 12 mån, telefon med sjuksköterska om 6 mån."),
    ], tpl="Återbesök")],
  must_not=["NL102"],
  why="Long rheumatology review: firm diagnoses, 'Ev.' and '?' only about treatment plans.")

C("uro-lang-muskelinvasiv-blascancer-ej-fatt-besked-utkast", "skane", "1953-05-31", "m", [
    N("n1", "sus_malmo_uro", "Nora Lagerqvist", "läkare", "2024-04-30 15:40", [
        ("Aktuellt", "Återbesök efter TURB 15/4. 71-årig man med makroskopisk hematuri sedan februari, rökte fram till för 10 år sedan. "
                     "Hypertoni och typ 2-diabetes, i övrigt frisk."),
        ("Läkemedel", "Metformin 1 g x 2, amlodipin 5 mg x 1, ASA 75 mg som pausades inför TURB och nu är återinsatt."),
        ("Socialt", "Pensionerad lastbilschaufför som bor med hustrun i villa utanför Trelleborg, två vuxna barn i Malmö. "
                    "Går dagliga promenader och klarar trappor utan besvär. Inget snus."),
        ("Funktionsstatus", "WHO performance status 0. Inga besvär från hjärta eller lungor vid ansträngning. "
                            "Ingen neuropati i fötterna och god hörsel, vilket har betydelse inför cisplatin."),
        ("Miktion", "Kissar utan sveda efter TURB, lätta trängningar som avtar. Ingen feber."),
        ("Tidigare utredning", "Cystoskopi i februari på Trelleborgs lasarett visade tumören första gången, urincytologin då höggradigt atypiska celler. "
                               "Ingen tidigare urologisk sjukdom, aldrig njursten."),
        ("Labb", "Hb 128, LPK 7,2, TPK 301, natrium 139, kalium 4,1, albumin 38, HbA1c 52."),
        ("Kost och vikt", "Vikt 82 kg sedan i vintras, äter normalt och har god aptit."),
        ("Operation", "Vid TURB avlägsnades en 4 cm solid tumör på blåsans bakvägg ned i muskelvävnad. Bimanuell palpation efter resektionen utan kvarstående resistens."),
        ("PAD", "Höggradig urotelial cancer med invasion i muscularis propria (pT2), muskel finns i preparatet. Ingen carcinoma in situ i de separata biopsierna."),
        ("Röntgen", "DT thorax-buk 22/4: inga lymfkörtel- eller fjärrmetastaser. Lätt hydronefros vä."),
        ("Status", "Opåverkad, urinen nu klar. Mjuk och oöm buk. Kreatinin 96, eGFR 68."),
        ("Bedömning", "Muskelinvasiv urotelial blåscancer cT2N0M0. MDK 29/4 rekommenderar neoadjuvant cisplatinbaserad cytostatika följd av radikal cystektomi. "
                      "Pat bedöms tåla behandlingen och njurfunktionen räcker för cisplatin."),
        ("Information", "Patienten har ännu inte fått beskedet om PAD och om att cancern växer in i blåsväggen. Han ringde idag men ville vänta med samtalet tills hustrun kan följa med. "
                        "Besök med läkare och kontaktsjuksköterska bokat 7/5, då diagnosen och behandlingsförslaget gås igenom."),
        ("Planering", "Remiss till onkologen skickas efter besöket 7/5. Kontaktsjuksköterska Anneli Frid ringer pat dagen före."
                      " Anestesibedömning och stomiterapeut planeras parallellt med onkologremissen."),
    ], signed=None)],
  must=["NL101"], must_not=["NL102"],
  why="Long unsigned urology note: a firm cancer diagnosis and a sentence saying the patient has not been told yet.")

C("endo-lang-vgr-th-sokord-faktitios-hypoglykemi", "vgr", "1990-06-28", "k", [
    N("n1", "su_endo", "Henrik Sjöstrand", "läkare", "2024-09-16 13:15", [
        ("Remissorsak", "Remiss från vårdcentralen för utredning av upprepade hypoglykemier hos 34-årig kvinna utan diabetes."),
        ("Anamnes", "Sedan i höstas episoder med svettningar, darrighet och förvirring, vid ett tillfälle kramp, oftast på eftermiddagen. "
                    "Ambulansen har mätt P-glukos 1,9 och 2,2, symtomen gick över efter glukos. Har gått upp 4 kg. "
                    "Arbetar som undersköterska på en diabetesavdelning. Inga kända sjukdomar, inga läkemedel utöver p-piller, ingen alkohol."),
        ("Tidigare", "Frisk som barn, appendektomi 2012. Ingen känd psykiatrisk sjukdom och ingen tidigare kontakt med psykiatrin."),
        ("Socialt", "Bor ensam i lägenhet i Mölndal. Har nyligen bytt från nattskift till dagtid. Tränar på gym och äter regelbundet enligt egen uppgift. Ingen nikotin. Har en katt och reser sällan utomlands."),
        ("Symtomdagbok", "Dagbok i 3 veckor: 6 episoder, samtliga mellan kl 14 och 18, två av dem på lediga dagar. "
                         "Ingen episod i samband med fysisk ansträngning eller nattfasta."),
        ("Hereditet", "Pappa har typ 2-diabetes med insulin. Ingen känd endokrin tumörsjukdom i släkten."),
        ("Läkemedel och kost", "Kombinerade p-piller, inga receptfria läkemedel eller kosttillskott enligt pat. "
                               "Tre huvudmål och två mellanmål, inga fastor eller dieter. Inga symtom just efter sockerrika måltider."),
        ("Status", "BMI 24, blodtryck 118/76, opåverkad. Inga hudförändringar, inga stickmärken i buken. Tyreoidea palperas ua."),
        ("Labb", "Vid besöket på akuten 12/9: P-glukos 2,0, insulin 310 pmol/L, C-peptid under 0,1 nmol/L. Morgonkortisol 480, TSH 1,8. Kreatinin och leverprover ua."),
        ("Bedömning", "Upprepade hypoglykemier med neuroglykopena symtom, Whipples triad uppfylld. Högt insulin med supprimerad C-peptid vid hypoglykemin. "
                      "Kortisolsvikt och hypotyreos föreligger ej."),
        ("Planering", "Inläggning på endokrinavdelningen för 72 timmars fasta med provtagning enligt PM, inklusive sulfonylureascreening. "
                      "Pat informerad om fastan och varför den görs. Glukagon förskrivs till hemmet. Bör inte köra bil innan utredningen är klar."
                      " Kallelse till endokrinavdelningen skickas, inskrivning planerad 30/9."),
        ("Tidiga hypoteser", "Högt insulin med lågt C-peptid talar för tillförsel av exogent insulin. Med tanke på yrket och tillgången till insulin misstänks faktitiös hypoglykemi. "
                             "Ej diskuterat med pat; tas upp när fastan är klar och i samråd med psykiatrikonsult."),
    ], tpl="Nybesök")],
  must_not=["NL102", "NL104"],
  why="Long VGR note: the hedged hypothesis sits only under the sökord Tidiga hypoteser, visible sections are firm or negated.")

C("onh-lang-otoskleros-hereditet-ev-mor", "skane", "1988-04-05", "k", [
    N("n1", "sus_lund_onh", "Cecilia Åberg", "läkare", "2024-02-26 10:40", [
        ("Remissorsak", "Tilltagande hörselnedsättning hö, remiss från Vårdcentralen Sankt Lars."),
        ("Anamnes", "36-årig kvinna som märkt sämre hörsel på hö öra sedan graviditeten för 3 år sedan, tilltagande senaste året. Hör paradoxalt nog bättre i bullriga miljöer. "
                    "Lätt lågfrekvent tinnitus hö. Ingen yrsel, ingen öronvärk eller flytning. Inga öroninfektioner av betydelse, inga öronoperationer."),
        ("Tidigare sjukdomar", "Migrän utan aura som behandlas med sumatriptan vid behov. Inga andra kroniska sjukdomar, ingen känd överkänslighet."),
        ("Läkemedel", "Sumatriptan 50 mg vid behov, kombinerade p-piller."),
        ("Hereditet", "Mor fick hörapparat vid 40 års ålder, ev. otoskleros men hon är aldrig utredd. Morfar hörde dåligt."),
        ("Socialt", "Arbetar som förskollärare och har svårt att uppfatta barnen vid samlingar."),
        ("Status", "Otoskopi: normala, intakta trumhinnor bilat utan vätska eller retraktionsfickor. Stämgaffel: Weber lateraliseras åt hö, Rinne negativ hö och positiv vä."),
        ("Undersökning", "Tonaudiogram: konduktiv hörselnedsättning hö, benledning inom normalgräns, luft-ben-gap 35 dB i basen och Carharts notch vid 2 kHz. "
                         "Normal hörsel vä. Tympanometri typ A bilat, stapediusreflexer saknas hö."),
        ("Vestibulärt och kranialnerver", "Ingen spontannystagmus, head impulse test normalt bilat, Romberg och gång ua. "
                                          "Normal facialisfunktion bilat. Munhåla och svalg ua, inga palpabla resistenser på halsen."),
        ("Tidigare audiogram", "Skolhörselscreening normal. Audiogram från företagshälsovården 2019 visade normal hörsel bilat."),
        ("Ljudmiljö och önskemål", "Förskolegruppen har 18 barn och hög ljudnivå, arbetsgivaren har erbjudit hörselhjälpmedel. "
                                   "Pat önskar i första hand en lösning utan operation eftersom hon har två små barn hemma, men är öppen för stapedotomi längre fram."),
        ("Tinnitus", "Stör inte sömnen. Tinnitus Handicap Inventory 18 poäng, lätt grad."),
        ("Bedömning", "Otoskleros hö. Inga tecken på kolesteatom eller mellanöreinflammation. Vä öra friskt."),
        ("Information om behandling", "Stapedotomi ger god chans till bättre hörsel men innebär en liten risk för bestående hörselnedsättning, yrsel och smakpåverkan på tungan. "
                                      "Hörapparat har inga operationsrisker men behöver bäras dagligen. Skriftlig information om båda alternativen medskickad."),
        ("Planering", "Alternativen hörapparat och stapedotomi genomgångna, pat vill fundera och återkommer. "
                      "Ev. utprovning av hörapparat under tiden via hörselmottagningen, remiss skickas om hon önskar. Nytt audiogram om 1 år, tidigare vid snabb försämring eller yrsel."),
    ], tpl="Nybesök")],
  must_not=["NL102"],
  why="Long ENT note: the only hedge on a diagnosis is in the mother's history; current diagnosis firm, others negated.")

C("inf-lang-hiv-kontroll-primar-syfilis-kan-ej-uteslutas", "vgr", "1983-01-21", "m", [
    N("n1", "su_inf", "Karin Hjelm", "läkare", "2024-11-11 09:30", [
        ("Aktuellt", "Halvårskontroll. 41-årig man med hiv-1-infektion sedan 2017, välbehandlad med dolutegravir/lamivudin. "
                     "Virusmängden har varit omätbar sedan 2018, CD4 680 i mars. Tar tabletterna varje kväll utan missade doser."),
        ("Tidigare", "Pneumocystispneumoni vid hivdiagnosen 2017, därefter inga opportunistiska infektioner. "
                     "Hepatit B-vaccinerad 2018 med god titer. Behandlad för gonorré 2021."),
        ("Socialt", "Bor i Göteborg och arbetar som kock. Har berättat om sin hiv för de närmaste vännerna. Röker inte, några glas vin i veckan, inga droger."),
        ("Vaccinationer", "Influensa och covid i höstas. Två doser mpoxvaccin 2023, pneumokockpåfyllnad planeras nästa år."),
        ("Nytillkommet", "Sår på penis sedan en vecka, inte ömt. Oskyddat sex med två nya partners senaste två månaderna. Inget utslag på kroppen, ingen feber."),
        ("Läkemedel", "Dolutegravir/lamivudin 50/300 mg x 1, atorvastatin 20 mg x 1."),
        ("Hjärta och kärl", "Blodtryck 128/82, vikt 78 kg oförändrad. LDL 2,4 på atorvastatin i mars. Icke-rökare utan diabetes."),
        ("Psykosocialt", "Mår bra psykiskt och sover bra. Har haft kurator på mottagningen tidigare och vet hur han når henne."),
        ("Följsamhet", "Hämtar ut läkemedlen regelbundet enligt apoteksdata och har dosett med påminnelse i telefonen. Inga biverkningar som han märker av."),
        ("Status", "Gott allmäntillstånd. Munhåla utan candida eller sår. Förstorade, oömma ljumskkörtlar bilat. "
                   "Genitalt ett 8 mm rent, oömt sår med hård kant på sulcus coronarius. Inga exantem, handflator och fotsulor ua."),
        ("Labb", "Tagna idag: hiv-RNA, CD4, blodstatus, lever- och njurprover, lipider. Syfilisserologi, PCR från såret för Treponema pallidum och herpes, "
                 "gonorré- och klamydia-PCR från svalg, urin och rektum."),
        ("Bedömning", "Välbehandlad hiv utan tecken på behandlingssvikt. Primär syfilis kan ej uteslutas med hänsyn till det typiska såret och exponeringen."),
        ("Åtgärd", "Bensatinpenicillin 2,4 milj E im ges idag i väntan på svar, efter samråd med venereolog. Pat ombeds avstå från sex tills svaren finns. "
                   "Smittspårning påbörjas om syfilis bekräftas."
                   " Informerad om att omätbar virusmängd innebär att hiv inte överförs sexuellt, men att ART inte skyddar mot andra STI."),
        ("Planering", "Provsvaren ringes om en vecka. Nästa ordinarie kontroll om 6 mån, lipiderna följs pga statinbehandlingen."),
    ], tpl="Återbesök")],
  must=["NL102"],
  why="Long HIV follow-up where one sentence hedges a new diagnosis (primär syfilis kan ej uteslutas).")

C("neuro-lang-ms-arskontroll-neda-ev-intervall", "vgr", "1987-02-16", "k", [
    N("n1", "su_neuro", "Rebecka Moberg", "läkare", "2024-09-09 10:00", [
        ("Aktuellt", "Årskontroll. 37-årig kvinna med skovvis förlöpande MS sedan 2016, ocrelizumab var sjätte månad sedan 2020, senaste infusionen i april. "
                     "Inga skov sedan 2019. Mer trött på eftermiddagarna sedan hon gick upp till heltid i januari men klarar arbetet som ekonom. "
                     "Lätta domningar i vä fot, oförändrade sedan skovet 2019. Lätta trängningar utan inkontinens. Sover bra."),
        ("Sjukdomshistoria", "Debut 2016 med optikusneurit hö, därefter sensoriskt skov i vä ben 2017 och skov med balanssvårigheter 2019. "
                             "Dimetylfumarat först, byte till ocrelizumab 2020 på grund av nya MR-lesioner."),
        ("Socialt", "Bor med sambo och två barn, 4 och 7 år. Heltid som ekonom på ett försäkringsbolag med mycket datorarbete. Cyklar till jobbet sommartid, röker inte."),
        ("Trötthet", "Fatigue Severity Scale 4,9. Inte nedstämd, HADS depression 3 poäng. Hb och TSH normala i våras."),
        ("Kognition", "Inga minnessvårigheter i arbetet, SDMT stabilt sedan 2020 och ingen neuropsykologisk utredning behövs."),
        ("Körkort", "Kör bil utan problem och har inga kvarstående synbesvär efter optikusneuriten 2016. Uppfyller synkraven för körkort enligt synfältsundersökningen hos optiker i maj."),
        ("Familjeplanering", "Ingen aktuell graviditetsönskan. Informerad om hur ocrelizumab hanteras inför en graviditet och om att höra av sig i god tid."),
        ("Läkemedel", "Ocrelizumab 600 mg iv var sjätte månad, D-vitamin 1600 IE/dag."),
        ("Status", "EDSS 1,5. Kranialnerver ua. Lätt nedsatt vibrationssinne vä fot, i övrigt normal sensibilitet. Kraft och koordination ua. "
                   "Normal gång, även på tå och häl, tandemgång ua, Romberg negativ."),
        ("Undersökningar", "MR hjärna 3/9 jämfört med 2023: inga nya eller förstorade T2-lesioner, inga Gd-laddande lesioner. "
                           "IgG 6,9 g/L, lätt sjunkande. CD19-celler omätbart låga som förväntat. SDMT 58, oförändrat."),
        ("Bedömning", "Stabil skovvis förlöpande MS utan sjukdomsaktivitet (NEDA-3) under ocrelizumab. Tröttheten bedöms som MS-relaterad fatigue. Sjunkande IgG följs."),
        ("Planering", "Fortsatt ocrelizumab, nästa infusion 15/10. Ev. förlängt infusionsintervall om IgG fortsätter att sjunka. "
                      "Remiss fysioterapeut för konditionsträning mot fatigue. Influensa- och covidvaccin i höst, minst 2 v före infusionen. "
                      "Ny MR och årskontroll om 12 mån, sjuksköterskekontakt före nästa infusion."),
    ], tpl="Återbesök")],
  must_not=["NL102"],
  why="Long MS review with only treatment-level 'Ev.' and negated MRI findings.")

C("neuro-multi-ssk-telefon-sedan-lakare-trol-lakemedelsutlost", "skane", "1946-10-08", "m", [
    N("n1", "sus_malmo_neuro", "Helén Åkerlund", "sjuksköterska", "2024-05-06 09:10", [
        ("Kontaktorsak", "Hustrun ringer. Pat med Parkinsons sjukdom sedan 2012 har de senaste två veckorna sett främmande personer i vardagsrummet på kvällarna."),
        ("Åtgärd", "Läkemedelslistan genomgången: levodopa/karbidopa 5 gånger dagligen, pramipexol höjdes i mars. Tid hos neurolog bokad 8/5. "
                   "Hustrun ringer 112 vid förvirring eller fall."),
    ], tpl="Telefonanteckning"),
    N("n2", "sus_malmo_neuro", "Ali Rahimi", "läkare", "2024-05-08 14:00", [
        ("Anamnes", "Synhallucinationer i 2 v, insikt finns och han är inte rädd. Minnet något sämre enligt hustrun."),
        ("Status", "Vaken och orienterad. MoCA 23/30. Rigiditet och bradykinesi oförändrade sedan januari."),
        ("Bedömning", "Synhallucinationer, trol. läkemedelsutlösta efter pramipexolhöjningen. DD begynnande Parkinsondemens."),
        ("Planering", "Pramipexol trappas ned till tidigare dos, ny kontakt om 3 v."),
    ]),
  ],
  must=[("NL102", "n2")], must_not=[("NL102", "n1")],
  why="Two notes: the nurse's phone note has no hedge, the doctor's note hedges (trol., DD) the cause.")

C("uro-multi-pad-ej-lamnat-sedan-genomganget", "vgr", "1958-08-12", "m", [
    N("n1", "su_uro", "Amir Sadeghi", "läkare", "2024-10-02 16:10", [
        ("Provsvar", "PAD från nefrektomi vä: klarcellig njurcellscancer, ISUP grad 2, pT1b, fria marginaler."),
        ("Bedömning", "Radikalt opererad klarcellig njurcellscancer vä."),
        ("Information", "Pat har inte fått PAD-beskedet ännu, det lämnas vid återbesöket 9/10."),
    ]),
    N("n2", "su_uro", "Amir Sadeghi", "läkare", "2024-10-09 11:30", [
        ("Aktuellt", "Återbesök 3 v efter laparoskopisk nefrektomi vä, såren läkta."),
        ("Bedömning", "Klarcellig njurcellscancer vä, radikalt opererad med låg återfallsrisk."),
        ("Information", "PAD-svaret och uppföljningsprogrammet genomgånget med pat och hans dotter idag."),
        ("Planering", "DT thorax-buk om 6 mån enligt vårdprogrammet."),
    ]),
  ],
  must=[("NL101", "n1")], must_not=[("NL101", "n2")],
  why="Record with two notes: the first shows the cancer before the patient is told, the second after.")

C("reuma-multi-ssk-telefon-sedan-pmr-fragetecken", "skane", "1950-03-14", "k", [
    N("n1", "csk_reuma", "Louise Hedin", "sjuksköterska", "2024-02-12 08:35", [
        ("Kontaktorsak", "Pat ringer, stel och öm i axlar och höfter sedan 3 v, har svårt att ta sig ur sängen på morgonen."),
        ("Åtgärd", "Akuttid hos reumatolog bokad på onsdag. SR och CRP tas på vårdcentralen före besöket."),
    ], tpl="Telefonanteckning"),
    N("n2", "csk_reuma", "Bengt Ahlström", "läkare", "2024-02-14 10:20", [
        ("Labb", "SR 64, CRP 38."),
        ("Status", "Smärtsam abduktion i båda axlarna, ingen synovit i perifera leder. Temporalisartärerna palperas ua."),
        ("Bedömning", "?PMR. Inga symtom på jättecellsarterit."),
        ("Planering", "Prednisolon 20 mg, utvärdering om 1 v."),
    ]),
  ],
  must=[("NL102", "n2")], must_not=[("NL102", "n1")],
  why="Nurse triage note without a diagnosis, then the doctor's '?PMR' in the same record.")

C("neuro-multi-th-mall-sedan-dlb-meddelad", "skane", "1952-01-30", "m", [
    N("n1", "sus_lund_neuro", "Ylva Hammar", "läkare", "2024-01-17 15:30", [
        ("Hypotes", "Fluktuerande kognition, synhallucinationer och REM-sömnsbeteende hos 72-årig man. Misstänkt Lewy body-demens. "
                    "Tas upp med pat och hustrun när DaTSCAN är gjord."),
    ], tpl="Tidiga hypoteser"),
    N("n2", "sus_lund_neuro", "Ylva Hammar", "läkare", "2024-03-06 10:45", [
        ("Undersökning", "DaTSCAN: bilateralt nedsatt upptag i putamen."),
        ("Bedömning", "Lewy body-demens (DLB) enligt McKeith-kriterierna, med DaTSCAN som biomarkör."),
        ("Information", "Diagnosen meddelad pat och hustrun idag, skriftlig information och kontakt med demenssjuksköterska."),
        ("Planering", "Rivastigmin plåster 4,6 mg/24 tim. Undvik neuroleptika."),
    ]),
  ],
  must_not=[("NL104", "n1"), ("NL102", "n1"), ("NL102", "n2"), ("NL101", "n2")],
  why="Correct life cycle: hypothesis first in Tidiga hypoteser, then documented visibly once settled and told.")

# =====================================================================
# Build
# =====================================================================
KNOWN_CODES = {"NL101", "NL102", "NL103", "NL104", "NL105", "NL201", "NL202", "NL203",
               "NL204", "NL205", "NL206"}
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def luhn_ok(ten):
    return luhn_digit(ten[:9]) == int(ten[9])


def personnummer(birth, sex, idx):
    y, m, d = birth.split("-")
    serial = (idx * 47 + 113) % 1000
    s = "%03d" % serial
    third = int(s[2])
    if (sex == "m") != (third % 2 == 1):
        third = (third + 1) % 10
    s = s[:2] + str(third)
    ctl = luhn_digit(y[2:] + m + d + s)
    return "%s%s%s-%s%d" % (y, m, d, s, ctl)


def iso(when):
    return dt.datetime.strptime(when, "%Y-%m-%d %H:%M")


def target(x):
    return [x, "n1"] if isinstance(x, str) else [x[0], x[1]]


def build():
    out = []
    for idx, c in enumerate(CASES):
        notes = []
        last = None
        for n in c["notes"]:
            t = iso(n["when"])
            signed = None if n["signed"] is None else (t + dt.timedelta(minutes=n["signed"])).isoformat()
            name, hsa = UNITS[n["unit"]]
            notes.append({
                "id": n["nid"], "system": n["system"], "template": n["tpl"],
                "unit": {"name": name, "hsa_id": hsa},
                "author": {"name": n["author"], "role": n["role"]},
                "time": t.isoformat(), "signed": signed, "setting": n["setting"], "refs": [],
                "sections": [{"keyword": k, "text": v} for k, v in n["sections"]],
            })
            last = t if last is None or t > last else last
        as_of = min(last.date() + dt.timedelta(days=10), dt.date(2024, 12, 31))
        record = {
            "patient": {"id": personnummer(c["birth"], c["sex"], idx), "birth_date": c["birth"],
                        "protected_identity": False},
            "as_of": as_of.isoformat() + "T00:00:00",
            "notes": notes, "access_events": [], "conversations": [], "treatments": [],
        }
        out.append({"case": c["name"], "ruleset": c["rs"], "record": record,
                    "must": [target(x) for x in c["must"]],
                    "must_not": [target(x) for x in c["must_not"]],
                    "why": c["why"]})
    return out


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    a = when.year - b.year - ((when.month, when.day) < (b.month, b.day))
    return a


def in_2024(s):
    return s is not None and s.startswith("2024-")


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    for c in cases:
        nm = c.get("case")
        where = "case %r" % nm
        if set(c) != CASE_KEYS:
            errs.append("%s: keys %s" % (where, sorted(c)))
        if nm in names:
            errs.append("%s: duplicate case name" % where)
        names.add(nm)
        if not re.fullmatch(r"[a-z0-9åäö-]+", nm or "") :
            errs.append("%s: bad case name" % where)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % where)
        if not c["why"] or "\n" in c["why"]:
            errs.append("%s: why must be one line" % where)
        r = c["record"]
        if set(r) != RECORD_KEYS:
            errs.append("%s: record keys %s" % (where, sorted(r)))
        p = r["patient"]
        if set(p) != PATIENT_KEYS:
            errs.append("%s: patient keys" % where)
        pid = p["id"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", pid)
        if not m:
            errs.append("%s: personnummer format %s" % (where, pid))
        else:
            if "%s-%s-%s" % m.group(1, 2, 3) != p["birth_date"]:
                errs.append("%s: personnummer does not match birth_date" % where)
            if not luhn_ok(pid[2:8] + pid[9:13]):
                errs.append("%s: personnummer Luhn check fails" % where)
        try:
            dt.date.fromisoformat(p["birth_date"])
        except ValueError:
            errs.append("%s: birth_date" % where)
        if not in_2024(r["as_of"]):
            errs.append("%s: as_of not in 2024" % where)
        as_of = dt.datetime.fromisoformat(r["as_of"])
        ids = set()
        for n in r["notes"]:
            if set(n) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (where, sorted(n)))
            if n["id"] in ids:
                errs.append("%s: duplicate note id" % where)
            ids.add(n["id"])
            if set(n["unit"]) != {"name", "hsa_id"} or set(n["author"]) != {"name", "role"}:
                errs.append("%s: unit/author keys" % where)
            if not in_2024(n["time"]) or (n["signed"] is not None and not in_2024(n["signed"])):
                errs.append("%s: note dates not in 2024" % where)
            t = dt.datetime.fromisoformat(n["time"])
            if n["signed"] is not None and dt.datetime.fromisoformat(n["signed"]) < t:
                errs.append("%s: signed before time" % where)
            last = dt.datetime.fromisoformat(n["signed"]) if n["signed"] else t
            if last > as_of:
                errs.append("%s: note after as_of" % where)
            age = age_at(p["birth_date"], t.date())
            if age < 0 or 13 <= age <= 15:
                errs.append("%s: patient age %d not allowed" % (where, age))
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s: system" % where)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR notes must be Melior" % where)
            if c["ruleset"] == "vgr" and n["template"] in ("Tidiga hypoteser", "Våld i nära relationer",
                                                            "Oro för att barn far illa"):
                errs.append("%s: VGR protects by sökord, not template" % where)
            hsa = n["unit"]["hsa_id"]
            if (c["ruleset"] == "skane") != hsa.startswith(SK):
                errs.append("%s: unit region mismatch" % where)
            if not n["sections"]:
                errs.append("%s: note without sections" % where)
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    errs.append("%s: section" % where)
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = " ".join(sent.split())
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != nm:
                            errs.append("%s: sentence also in %s: %r" % (where, seen_sent[sent], sent))
                        elif sent in seen_sent:
                            errs.append("%s: sentence repeated inside the case: %r" % (where, sent))
                        seen_sent[sent] = nm
        systems = {n["id"]: n["system"] for n in r["notes"]}
        pairs_must = {tuple(x) for x in c["must"]}
        pairs_not = {tuple(x) for x in c["must_not"]}
        if pairs_must & pairs_not:
            errs.append("%s: code both in must and must_not" % where)
        if not pairs_must and not pairs_not:
            errs.append("%s: asserts nothing" % where)
        for code, nid in list(pairs_must) + list(pairs_not):
            if code not in KNOWN_CODES:
                errs.append("%s: unknown code %s" % (where, code))
            if nid not in ids:
                errs.append("%s: target %s does not exist" % (where, nid))
                continue
            if code == "NL101" and systems[nid] == "PMO":
                errs.append("%s: NL101 asserted on a PMO note" % where)
        for code, nid in pairs_must:
            if code == "NL102" and systems.get(nid) != "Melior":
                errs.append("%s: NL102 must only on Melior" % where)
            if code in ("NL204", "NL205") and c["ruleset"] != "vgr":
                errs.append("%s: %s positives are VGR only" % (where, code))
            if code == "NL206" and c["ruleset"] != "skane":
                errs.append("%s: NL206 positives are Skåne only" % where)
        for n in r["notes"]:
            if n["system"] == "PMO" and ("NL102", n["id"]) in pairs_must:
                errs.append("%s: PMO hedge must be must_not NL102" % where)
    return errs


def main():
    cases = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    # validate what was written, read back from disk
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f if line.strip()]
    errs = validate(back)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    counts = {}
    for c in back:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts.setdefault(code, [0, 0])[0 if kind == "must" else 1] += 1
    print("%d cases written to %s" % (len(back), OUT))
    for code in sorted(counts):
        print("  %s  must %3d  must_not %3d" % (code, counts[code][0], counts[code][1]))


if __name__ == "__main__":
    main()
