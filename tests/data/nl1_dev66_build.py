#!/usr/bin/env python3
"""dev66: lab-driven specialist consultations (endokrinologi, reumatologi,
njurmedicin, hematologi) -- NL101 / NL102 gold cases.

Standard library only, deterministic. Running it writes cases.jsonl next to
this file and exits 1 on any validation problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev66_cases.jsonl")

# ---------------------------------------------------------------- units
# Region Skåne, Melior (sjukhus)
S_ENDO_MAL = ("Endokrinologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4E71")
S_ENDO_LUND = ("Endokrinologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4E2K")
S_REUMA_LUND = ("Reumatologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7R14")
S_REUMA_MAL = ("Reumatologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7R88")
S_NJUR_LUND = ("Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5N03")
S_NJUR_AVD = ("Njurmedicinska avdelningen, Skånes universitetssjukhus Lund", "SE2321000255-5N19")
S_NJUR_MAL = ("Njurmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5N41")
S_HEM_LUND = ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6H20")
S_HEM_AVD = ("Hematologiavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-6H37")
S_HEM_MAL = ("Hematologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6H52")
S_HEM_KRI = ("Hematologimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-3H08")
S_KOAG_MAL = ("Koagulationsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6K11")
S_MED_HBG = ("Medicinmottagningen, Helsingborgs lasarett", "SE2321000255-2M55")
S_DIAB_HBG = ("Diabetesmottagningen, Helsingborgs lasarett", "SE2321000255-2D17")
S_MED_KRI = ("Medicinkliniken, Centralsjukhuset Kristianstad", "SE2321000255-3K19")
S_MED_YST = ("Medicinmottagningen, Lasarettet i Ystad", "SE2321000255-8Y02")
S_MED_TRE = ("Medicinmottagningen, Lasarettet Trelleborg", "SE2321000255-8T66")
S_MED_LAN = ("Internmedicinska kliniken, Lasarettet Landskrona", "SE2321000255-2L30")
S_MED_HLM = ("Medicinmottagningen, Hässleholms sjukhus", "SE2321000255-3H71")
S_ORTO_KRI = ("Ortopedavdelning 11, Centralsjukhuset Kristianstad", "SE2321000255-3O44")
S_IVA_LUND = ("Intensivvårdsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-0I05")
S_BARN_ENDO = ("Barnendokrinologiska mottagningen, Barnsjukhuset SUS Lund", "SE2321000255-9B12")
S_BARN_HEM = ("Barnonkologi och barnhematologi, Barnsjukhuset SUS Lund", "SE2321000255-9B40")
S_BARN_HBG = ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-2B08")
# Region Skåne, PMO (primärvård)
P_KRYDD = ("Vårdcentralen Kryddgården, Malmö", "SE2321000255-1V23")
P_STLARS = ("Vårdcentralen Sankt Lars, Lund", "SE2321000255-1V47")
P_HOOR = ("Vårdcentralen Höör", "SE2321000255-1V81")
P_ESLOV = ("Vårdcentralen Tåbelund, Eslöv", "SE2321000255-1V09")
P_NASBY = ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-1V62")
P_SIMR = ("Vårdcentralen Simrishamn", "SE2321000255-1V35")
# Västra Götalandsregionen, Melior
V_ENDO_SU = ("Endokrinologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011402")
V_DIAB_SU = ("Diabetesmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011417")
V_REUMA_SU = ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000012238")
V_NJUR_SU = ("Njurmedicinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013090")
V_HEM_SU = ("Hematologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013315")
V_HEM_AVD = ("Avdelning 121 hematologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013322")
V_AKUT_SU = ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010011")
V_BARN_NJUR = ("Barnnjurmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000014507")
V_BARN_ONK = ("Barncancercentrum, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000014522")
V_MED_SAS = ("Medicinmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000020148")
V_NJUR_SAS = ("Njurmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000020163")
V_REUMA_SKAS = ("Reumatologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000030271")
V_HEM_SKAS = ("Hematologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000030286")
V_NJUR_NAL = ("Njurmedicinska mottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000040335")
V_ENDO_UDD = ("Medicinmottagningen endokrinologi, Uddevalla sjukhus", "SE2321000131-E000000040412")
V_MED_UDD = ("Medicinavdelning 23, Uddevalla sjukhus", "SE2321000131-E000000040427")
V_MED_ALI = ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000050093")
V_MED_KUN = ("Medicinavdelning 3, Kungälvs sjukhus", "SE2321000131-E000000050156")
V_REUMA_AVD = ("Avdelning 133 reumatologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012245")

OV = "öppenvård"
SV = "slutenvård"
L = "läkare"
SSK = "sjuksköterska"


def pnr(birth, serial):
    """Personnummer YYYYMMDD-NNNC with the Luhn check digit."""
    base = birth[2:4] + birth[5:7] + birth[8:10] + serial
    total = 0
    for i, ch in enumerate(base):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    check = (10 - total % 10) % 10
    return birth[0:4] + birth[5:7] + birth[8:10] + "-" + serial + str(check)


def ts(x):
    return None if x is None else x + ":00"


def N(nid, system, template, unit, author, role, time, signed, setting, *sections):
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": unit[0], "hsa_id": unit[1]},
        "author": {"name": author, "role": role},
        "time": ts(time),
        "signed": ts(signed),
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


CASES = []


def C(name, ruleset, birth, serial, why, must, must_not, *notes):
    last = max(max(n["time"], n["signed"] or n["time"]) for n in notes)
    d = datetime.datetime.fromisoformat(last).date() + datetime.timedelta(days=2)
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": d.isoformat() + "T00:00:00",
            "notes": list(notes),
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })

# ================================================================ ENDOKRINOLOGI

C("d66-endo-graves-talar-for", "skane", "1971-09-14", "284",
  "Lab-driven hedge 'talar för Graves sjukdom' in visible Bedömning of a Melior note; nothing is said about telling the patient.",
  [("NL102", "n1")], [("NL101", "n1")],
  N("n1", "Melior", "Läkaranteckning", S_ENDO_MAL, "Karin Lindqvist", L, "2024-02-06T10:20", "2024-02-06T14:05", OV,
    ("Anamnes", "Remiss från vc p.g.a. viktnedgång 6 kg på tre månader, hjärtklappning och svettningar. Röker ca 10 cig/dag. Inga tidigare tyreoideasjukdomar."),
    ("Status", "Puls 112, regelbunden. Diffust förstorad mjuk tyreoidea utan palpabla knölar. Finvågig tremor i händerna. Lätt retraktion av övre ögonlocken bilat, ingen exoftalmus, normal motilitet."),
    ("Lab", "TSH <0,01 mIE/L (ref 0,4–4,0), fT4 42 pmol/L (ref 12–22), fT3 14,8 pmol/L (ref 3,1–6,8). TRAk skickat."),
    ("Bedömning", "Biokemiskt uttalad hypertyreos. Diffus struma och ögonlocksretraktion talar för Graves sjukdom, TRAk får bekräfta."),
    ("Åtgärd", "Startar Thacapzol 10 mg 1x3 och Propranolol 20 mg vid behov. Rökstopp starkt rekommenderat med tanke på ögonen. Ny provtagning om fyra veckor inkl LPK och ALAT.")))

C("d66-endo-phpt-forenligt-konsultsvar", "vgr", "1956-11-02", "517",
  "Consultation answer to the referring vc: calcium/PTH values 'sammantaget förenligt med primär hyperparatyreoidism' in a visible Svar section.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Konsultationssvar", V_ENDO_SU, "Anders Bergman", L, "2024-03-12T13:40", "2024-03-12T15:10", OV,
    ("Frågeställning", "Remiss från Vårdcentralen Majorna: hyperkalcemi hos 67-årig man med njursten 2022, vg bedöm."),
    ("Svar", "Tack för remissen. Albuminkorrigerat kalcium 2,84 mmol/L (ref 2,15–2,50), PTH 9,8 pmol/L (ref 1,6–6,9), fosfat 0,72 mmol/L. 25-OH-vitamin D 58 nmol/L och U-kalcium/kreatinin-kvot i övre normalområdet. Sammantaget förenligt med primär hyperparatyreoidism."),
    ("Rekommendation", "Vi kallar pat till mottagningen för DXA, ultraljud halsen och paratyreoideascintigrafi inför ställningstagande till operation. Undvik tiazider och uttorkning i väntan på besöket.")))

C("d66-endo-aldosteronism-misstankt", "skane", "1968-04-23", "331",
  "'Misstänkt primär aldosteronism' from aldosteron/renin-kvot in visible Bedömning; the 'ev.' in Planering is only a plan.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Mottagningsanteckning", S_MED_HBG, "Johan Ek", L, "2024-04-09T09:15", "2024-04-09T11:30", OV,
    ("Aktuellt", "Svårbehandlad hypertoni trots tre preparat (amlodipin, losartan, hydroklortiazid). Kramper i vaderna nattetid."),
    ("Lab", "S-kalium 3,1 mmol/L trots kaliumtillskott. P-aldosteron 820 pmol/L, P-renin <2 mIE/L, aldosteron/renin-kvot >400 (beslutsgräns enl. lab 70)."),
    ("Bedömning", "Misstänkt primär aldosteronism. Hydroklortiazid byts mot doxazosin inför konfirmerande saltbelastningstest."),
    ("Planering", "Saltbelastning på dagvården v. 17. Därefter DT binjurar och ev. binjurevenskateterisering via SUS Lund.")))

C("d66-endo-cushing-kan-inte-uteslutas", "vgr", "1979-01-30", "486",
  "'Kan inte utesluta Cushings syndrom' after a pathological dexamethasone test, visible Bedömning in VGR Melior.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", V_ENDO_UDD, "Sara Holmgren", L, "2024-05-14T14:00", "2024-05-15T08:20", OV,
    ("Anamnes", "Viktuppgång 14 kg senaste året, lättare blåmärken, nytillkommen hypertoni. Striae på buken beskrivs som ljusa."),
    ("Lab", "S-kortisol kl 08 efter 1 mg dexametason: 138 nmol/L (ref <50). Salivkortisol kl 23: 9,1 nmol/L (ref <3,4) vid ett av två tillfällen. ACTH 6,2 pmol/L."),
    ("Bedömning", "Kan inte utesluta Cushings syndrom, i så fall ACTH-beroende. P-piller kan störa dexatestet men pat tar inga östrogener."),
    ("Åtgärd", "Beställer dygnsurin för fritt kortisol x2 och upprepat salivkortisol. Återbesök om tre veckor med svaren.")))

C("d66-endo-prolaktinom-trol-utkast", "skane", "1994-07-08", "242",
  "Unsigned draft (pre-signing): 'Trol. mikroprolaktinom' from prolaktin 2 400 in visible Bedömning.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", S_ENDO_LUND, "Maria Sjöberg", L, "2024-01-23T10:40", None, OV,
    ("Anamnes", "29-årig kvinna med amenorré sedan 8 månader och sparsam galaktorré bilat. Ingen huvudvärk, inga synfältsbortfall. Inga psykofarmaka."),
    ("Lab", "P-prolaktin 2 400 mIE/L (ref 100–500), makroprolaktin ej påvisat. hCG negativt, TSH 1,8."),
    ("Bedömning", "Trol. mikroprolaktinom. MR hypofys beställd, synfältsundersökning behövs inte i nuläget.")))

C("d66-barn-tyreoidit-bild-som-vid", "skane", "2014-10-05", "088",
  "Child under 13 (guardian reads): 'Bild som vid autoimmun tyreoidit (Hashimoto)' in visible Bedömning; manifest hypotyreos itself is settled.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", S_BARN_ENDO, "Eva Carlsson", L, "2024-09-17T13:30", "2024-09-17T16:00", OV,
    ("Anamnes", "Flicka 9 år, remitterad från skolsköterskan p.g.a. avplanande längdkurva sedan 2 år. Trötthet, frusenhet och förstoppning enl. mamma som är med."),
    ("Status", "Längd -1,4 SD (tidigare +0,2 SD). Palpabel, fast, lätt förstorad tyreoidea. Torr hud, långsam reflexrelaxation."),
    ("Lab", "TSH 48 mIE/L (ref 0,7–5,7), fT4 6,1 pmol/L (ref 12–22), TPO-ak >1 000 kIE/L."),
    ("Bedömning", "Manifest hypotyreos. Bild som vid autoimmun tyreoidit (Hashimoto), ingen annan förklaring till tillväxthämningen framkommer."),
    ("Åtgärd", "Levaxin 25 mikrog, ökas till 50 mikrog om två veckor. Kontroll TSH/fT4 och längd om sex veckor.")))

C("d66-endo-addison-fragetecken-typo", "vgr", "1987-03-03", "158",
  "Typo in the diagnosis ('Adissons sjukdom?'): question-mark hedge in visible Bedömning of an admission note.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Inskrivningsanteckning", V_MED_KUN, "Lina Ahmadi", L, "2024-02-19T22:45", "2024-02-20T01:10", SV,
    ("Kontaktorsak", "Kräkningar, yrsel och svimning sedan 3 dagar. Brunare hy senaste halvåret enl. sambon."),
    ("Status", "BT 85/50, puls 118. Hyperpigmentering i handlinjer och på gingiva. Torra slemhinnor."),
    ("Lab", "Na 124, K 5,8, glukos 3,6. S-kortisol 62 nmol/L (taget kl 22), ACTH skickat. Krea 148."),
    ("Bedömning", "Adissons sjukdom? Behandlar som binjurebarkskris i väntan på svar."),
    ("Åtgärd", "Solu-Cortef 100 mg iv givet efter provtagning, därefter 50 mg x4. NaCl 2 liter första två timmarna. Inläggning medicinavd.")))

C("d66-endo-typo-trolgi-hypotyros", "skane", "1958-05-27", "406",
  "Typos in both hedge and diagnosis ('Trolgi subklinisk hypotyros'), one-section note, visible Bedömning.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", S_MED_YST, "Henrik Palm", L, "2024-03-05T15:20", "2024-03-05T15:55", OV,
    ("Bedömning", "TSH 9,6 mIE/L, fT4 13 pmol/L (ref 12–22), TPO-ak 340. Trolgi subklinisk hypotyros, inga symtom. Ny kontroll om tre månader, därefter ställningstagande till behandling.")))

C("d66-endo-lada-talar-for", "vgr", "1977-08-11", "639",
  "GAD-ak and low C-peptid 'talar för LADA snarare än typ 2-diabetes' in visible Bedömning.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", V_DIAB_SU, "Olof Lund", L, "2024-04-24T08:50", "2024-04-24T10:00", OV,
    ("Anamnes", "Diabetes sedan i höstas, behandlad som typ 2 med metformin. Normalviktig (BMI 23), ingen hereditet. Successivt stigande HbA1c trots full dos."),
    ("Lab", "HbA1c 78 mmol/mol. GAD-antikroppar 250 IE/mL (ref <5). C-peptid fastande 0,31 nmol/L (ref 0,37–1,47)."),
    ("Bedömning", "Positiva GAD-ak och lågt C-peptid hos normalviktig 46-åring talar för LADA snarare än typ 2-diabetes."),
    ("Åtgärd", "Basinsulin (Toujeo 8 E) sätts in enligt diabetessköterskans instruktion. CGM (Libre 3) förskrivs.")))

C("d66-endo-siadh-kan-ej-uteslutas", "skane", "1940-02-14", "228",
  "Inpatient day note: 'SIADH kan ej uteslutas' next to settled euvolem hyponatremi; the hedged diagnosis makes it a positive.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Daganteckning", S_MED_LAN, "Fredrik Olsson", L, "2024-07-02T11:15", "2024-07-02T13:00", SV,
    ("Aktuellt", "Dag 2 på avdelningen, inkom med förvirring och fall. Mår bättre idag, orienterad till person och plats."),
    ("Lab", "S-Na 121 (124 igår), S-osmolalitet 254 mosm/kg, U-osmolalitet 480, U-Na 62 mmol/L. TSH och kortisol normala."),
    ("Bedömning", "Euvolem hyponatremi. SIADH kan ej uteslutas; sertralin insattes för tre veckor sedan."),
    ("Ordination", "Sertralin sätts ut. Vätskerestriktion 1 liter/dygn. Na-kontroll morgon och kväll.")))

C("d66-endo-central-hypotyreos-inger-misstanke", "skane", "1966-10-30", "173",
  "'Inger misstanke om central hypotyreos' from inadequately low TSH, visible Bedömning of a provsvar note.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Provsvarsbedömning", S_ENDO_MAL, "Ali Haddad", L, "2024-10-08T16:10", "2024-10-09T08:00", OV,
    ("Provsvar", "fT4 8,9 pmol/L (ref 12–22) med TSH 1,1 mIE/L. TSH är inadekvat lågt i förhållande till det låga fT4."),
    ("Bedömning", "Inger misstanke om central hypotyreos efter strålbehandlingen av nasofarynx 2015."),
    ("Planering", "Kompletterar med kortisol kl 08, IGF-1, LH/FSH, testosteron och prolaktin. Levaxin sätts inte in förrän kortisolaxeln är bedömd.")))

C("d66-endo-subakut-tyreoidit-epikris", "vgr", "1983-06-16", "362",
  "Discharge summary with 'Trolig subakut tyreoidit (de Quervain)' under sökord Diagnos, which is visible.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Epikris", V_MED_SAS, "Gustav Rehn", L, "2024-11-21T14:30", "2024-11-22T09:15", SV,
    ("Epikris", "41-årig kvinna inlagd 18/11–21/11 för feber och smärta framtill på halsen med utstrålning mot käken. CRP 96, SR 88, TSH <0,01 och fT4 34. Ultraljud visar hypoekogena, dåligt avgränsade områden bilat med nedsatt flöde."),
    ("Diagnos", "Trolig subakut tyreoidit (de Quervain). Avvaktar scintigrafi för att bekräfta lågt upptag."),
    ("Åtgärd", "Prednisolon 30 mg med nedtrappning över 6 veckor. Propranolol 40 mg x2 så länge pulsen är hög."),
    ("Uppföljning", "TSH, fT4 och CRP på vårdcentralen om 4 veckor. Remiss skickad.")))

C("d66-endo-ssk-tel-dr-misstanker-diabtes", "skane", "2003-04-14", "267",
  "Nurse phone note relays the doctor's hedge with a typo ('misstänkt diabtes typ 1') in a visible Melior section.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Telefonanteckning", S_DIAB_HBG, "Malin Persson", SSK, "2024-03-28T10:20", "2024-03-28T10:35", OV,
    ("Telefonkontakt", "Pat ringer om provsvar från vårdcentralen: P-glukos 19, ketoner 1,8, viktnedgång 7 kg. Enligt dr Ek är det misstänkt diabtes typ 1; pat ombeds komma till akutmottagningen i dag för bedömning och insulinstart. Pat lovar att åka direkt med sin sambo.")))

# ---- endo must_not

C("d66-endo-graves-faststalld-trak", "skane", "1990-01-12", "467",
  "Hard negative: Graves sjukdom is settled by positive TRAk ('nu fastställd'); the only other disease word is in patient education.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Läkaranteckning", S_ENDO_LUND, "Maria Sjöberg", L, "2024-03-19T09:40", "2024-03-19T12:00", OV,
    ("Aktuellt", "Återbesök 6 veckor efter start av tiamazol. Mindre hjärtklappning, sover bättre, vikten +2 kg."),
    ("Lab", "TRAk 14 IE/L (ref <1,8). fT4 19 pmol/L, fT3 5,9, TSH fortfarande <0,01. LPK 5,4, neutrofila 3,1."),
    ("Bedömning", "Graves sjukdom, nu fastställd med klart positivt TRAk. Bra svar på behandlingen."),
    ("Planering", "Thacapzol minskas till 10 mg x2. Nästa kontroll om sex veckor. Pat har fått skriftlig info om agranulocytos och vet att ta LPK vid feber.")))

C("d66-endo-akromegali-kan-uteslutas", "vgr", "1975-04-04", "815",
  "Hard negative: 'Akromegali kan uteslutas' (not 'kan ej uteslutas') after normal IGF-1 and GH-suppression.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Läkaranteckning", V_ENDO_SU, "Malin Fors", L, "2024-05-28T13:20", "2024-05-28T14:45", OV,
    ("Anamnes", "Remitterad för förstorade händer och ringar som inte längre passar. Snarkning. Inga synrubbningar."),
    ("Lab", "IGF-1 21 nmol/L, inom referensintervall för ålder och kön. GH-nadir vid 75 g glukosbelastning 0,2 mikrog/L."),
    ("Bedömning", "Akromegali kan uteslutas med normalt IGF-1 och adekvat GH-suppression. Handförändringarna hör till den sedan tidigare kända Heberdens artrosen."),
    ("Planering", "Ingen uppföljning på endokrin. Sömnapnéutredning kan övervägas på vårdcentralen.")))

C("d66-endo-cushing-avskrivs", "skane", "1985-12-01", "224",
  "Ruled-out diagnosis: 'Cushings syndrom avskrivs' after normal dexa and salivkortisol; nothing else hedged.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Läkaranteckning", S_ENDO_MAL, "Ali Haddad", L, "2024-06-11T10:30", "2024-06-11T11:05", OV,
    ("Bedömning", "Dexametasonhämning 1 mg: kortisol 28 nmol/L. Sen kvälls-salivkortisol normalt vid två tillfällen. Cushings syndrom avskrivs; viktuppgången bedöms livsstilsrelaterad."),
    ("Åtgärd", "Åter till vårdcentralen. Remiss till obesitasmottagningen enligt pat önskemål.")))

C("d66-endo-mor-trolig-hashimoto", "skane", "1998-03-21", "062",
  "Relative's hedged disease ('Mor och moster har trolig Hashimoto'); the patient's own tyreoidea tests are normal.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Läkaranteckning", S_MED_TRE, "Josefin Ahl", L, "2024-02-27T11:20", "2024-02-27T13:40", OV,
    ("Anamnes", "Trötthet och håravfall. Mor och moster har trolig Hashimoto enligt pat, båda står på Levaxin. Äter p-piller."),
    ("Lab", "TSH 2,1 mIE/L, fT4 15 pmol/L, TPO-ak <10. Hb 131, ferritin 42."),
    ("Bedömning", "Normal tyreoideafunktion och negativa tyreoidea-antikroppar. Tröttheten har ingen endokrin förklaring."),
    ("Planering", "Återremitteras till vårdcentralen. Nytt TSH vid nya symtom eller inför graviditet.")))

C("d66-endo-tsh-mojligen-overgaende", "vgr", "1951-07-07", "119",
  "Hedge on a lab finding, not a diagnosis: raised TSH after jodkontrast is 'möjligen en övergående påverkan'.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Telefonanteckning", V_MED_SAS, "Gustav Rehn", L, "2024-09-03T10:10", "2024-09-03T10:25", OV,
    ("Telefonkontakt", "Ringer pat angående TSH 6,2 mIE/L taget två veckor efter DT med jodkontrast. fT4 14 pmol/L, normalt. Värdet är möjligen en övergående påverkan av kontrasten och behöver inte behandlas. Nytt prov om åtta veckor, labremiss skriven. Pat nöjd med beskedet.")))

C("d66-endo-pmo-trol-subklinisk", "skane", "1964-06-30", "529",
  "PMO primary-care note: 'Trol. subklinisk hypotyreos' is hedged but PMO never shows diagnoses.",
  [], [("NL102", "n1")],
  N("n1", "PMO", "Besöksanteckning", P_KRYDD, "Nadia Rahimi", L, "2024-01-16T09:30", "2024-01-16T10:05", OV,
    ("Besöksorsak", "Trötthet sedan hösten, i övrigt frisk."),
    ("Lab", "TSH 7,8 mIE/L, fT4 14 pmol/L. Hb 134, ferritin 65, B12 normalt."),
    ("Bedömning", "Trol. subklinisk hypotyreos. Tröttheten förklaras knappast av detta."),
    ("Planering", "Nytt TSH och TPO-ak om sex veckor.")))

C("d66-endo-tidiga-hypoteser-skane-ektopisk", "skane", "1961-05-05", "497",
  "Skåne: the hedged diagnosis and the decision not to tell yet sit in a note whose template is Tidiga hypoteser; the visible note has neither.",
  [], [("NL102", "n1"), ("NL101", "n1")],
  N("n1", "Melior", "Tidiga hypoteser", S_ENDO_LUND, "Per Wallin", L, "2024-08-06T16:30", "2024-08-06T16:45", SV,
    ("Bedömning", "Mycket högt ACTH (48 pmol/L), hypokalemi och snabbt förlopp. Misstänkt ektopisk ACTH-produktion, t.ex. från neuroendokrin lungtumör. DT thorax/buk bokad. Pat ej informerad om misstanken, vill inte oroa innan bilderna finns.")),
  N("n2", "Melior", "Läkaranteckning", S_ENDO_LUND, "Per Wallin", L, "2024-08-06T16:20", "2024-08-06T16:40", SV,
    ("Aktuellt", "Inlagd för hypokalemi (2,6) och ödem. Kaliumersättning iv och spironolakton."),
    ("Planering", "Fortsatt utredning av kortisolöverskottet med DT thorax och buk i morgon.")))

C("d66-endo-tidiga-hypoteser-vgr-men1", "vgr", "1980-10-10", "352",
  "VGR: 'inger misstanke om MEN1' only under sökord Tidiga hypoteser; the visible sections hold lab values and plans only.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Läkaranteckning", V_ENDO_SU, "Malin Fors", L, "2024-09-24T11:00", "2024-09-24T13:15", OV,
    ("Aktuellt", "Opererad för primär hyperparatyreoidism 2021, nu åter hyperkalcemi (Ca 2,78). Prolaktin 1 150 mIE/L."),
    ("Planering", "MR hypofys och ny paratyreoideascintigrafi. Återbesök med svaren i oktober."),
    ("Tidiga hypoteser", "Flerkörtelsjukdom i paratyreoidea tillsammans med hyperprolaktinemi inger misstanke om MEN1. Genetisk analys övervägs efter samtal med klinisk genetik.")))

C("d66-endo-villkor-feber-lpk", "vgr", "1993-02-25", "284",
  "Conditional advice ('Om feber, halsont eller sår i munnen ...') around a settled Graves diagnosis; no hedged diagnosis.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Sjuksköterskeanteckning", V_ENDO_SU, "Johanna Kjellberg", SSK, "2024-07-16T09:00", "2024-07-16T09:40", OV,
    ("Information", "Graves sjukdom diagnostiserad i juni, nu på Thacapzol 15 mg dagligen. Genomgång av behandlingen med pat."),
    ("Åtgärd", "Om feber, halsont eller sår i munnen uppstår ska pat direkt ta LPK med diff på närmaste vårdcentral eller akutmottagning. Skriftlig information lämnad på svenska och somaliska.")))
# ================================================================ REUMATOLOGI

C("d66-reuma-sle-forenligt-konsultsvar", "skane", "1996-04-17", "384",
  "Consultation answer on positive ANA: 'bilden är förenlig med SLE' in the visible Svar section.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Konsultationssvar", S_REUMA_LUND, "Sofia Engström", L, "2024-02-13T14:20", "2024-02-13T15:50", OV,
    ("Frågeställning", "Vårdcentralen Linero undrar över positiv ANA hos 27-årig kvinna med ledvärk och utslag i ansiktet."),
    ("Svar", "ANA 1:1 280 homogent mönster, anti-dsDNA 85 IE/mL (ref <10), C3 0,62 g/L (sänkt), C4 0,06. Lätt lymfopeni 0,9. U-sticka utan protein. Tillsammans med fotosensitivt fjärilsexantem och artralgier är bilden förenlig med SLE."),
    ("Åtgärd", "Pat kallas till reumatologmottagningen inom två veckor. Plaquenil 200 mg x1 kan sättas in redan nu om ögonstatus finns.")))

C("d66-reuma-ra-talar-starkt-for", "vgr", "1965-08-29", "540",
  "'Talar starkt för seropositiv reumatoid artrit' from RF/anti-CCP in visible Bedömning; mother's RA is settled family history.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Nybesök reumatologi", V_REUMA_SU, "Mikael Strand", L, "2024-03-20T10:00", "2024-03-20T12:30", OV,
    ("Anamnes", "Sedan december svullna fingerleder bilat, morgonstelhet 2 timmar. Mamma hade RA."),
    ("Status", "Synovit MCP 2–3 bilat och PIP 3 höger. Tryckömhet över MTP-leder. 8 svullna, 11 ömma leder."),
    ("Lab", "RF 110 IE/mL (ref <15), anti-CCP >340 U/mL (ref <7). SR 42, CRP 18."),
    ("Bedömning", "Talar starkt för seropositiv reumatoid artrit med hög inflammatorisk aktivitet, DAS28-SR 5,9."),
    ("Åtgärd", "Metotrexat 15 mg/v + folsyra, Prednisolon 10 mg med nedtrappning. Rtg händer och fötter. Lungröntgen inför MTX.")))

C("d66-reuma-pmr-trol-dd-jattecellsarterit", "skane", "1949-06-04", "128",
  "'Trol. polymyalgia reumatica' plus 'DD jättecellsarterit' after SR/CRP, visible Bedömning.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", S_MED_KRI, "Anna Wikström", L, "2024-04-16T13:50", "2024-04-16T15:30", OV,
    ("Anamnes", "74-årig kvinna med 6 veckors värk och stelhet i axlar och höfter, svårt att ta på sig kappan på morgonen. Ingen huvudvärk eller synpåverkan."),
    ("Lab", "SR 78, CRP 45, Hb 118, ALP 140. CK normalt, RF och anti-CCP negativa."),
    ("Bedömning", "Trol. polymyalgia reumatica. DD jättecellsarterit, men inga kraniella symtom och tinningartärerna är palpabla utan ömhet."),
    ("Åtgärd", "Prednisolon 15 mg/d, utvärdering efter en vecka per telefon. Kalk och D-vitamin samt DXA beställt.")))

C("d66-reuma-sjogren-kan-rora-sig-utkast", "vgr", "1970-01-26", "506",
  "Unsigned draft: 'Kan röra sig om primärt Sjögrens syndrom' from anti-SSA/SSB in visible Bedömning.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", V_REUMA_SKAS, "Helena Björk", L, "2024-05-07T08:30", None, OV,
    ("Anamnes", "Ögontorrhet och muntorrhet i två år, tuggar tuggummi hela dagarna. Återkommande parotissvullnad."),
    ("Lab", "Anti-SSA (Ro52/Ro60) 240 U/mL, anti-SSB positiv. IgG 21 g/L. Schirmers test 3 mm/5 min höger och 4 mm vänster."),
    ("Bedömning", "Kan röra sig om primärt Sjögrens syndrom. Läppspottkörtelbiopsi bokas för att klargöra.")))

C("d66-reuma-gikt-typo-sannolkit", "skane", "1955-10-13", "311",
  "Typo in the hedge ('Sannolkit gikt') with urat 560 and a joint tap, visible Bedömning.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", S_REUMA_MAL, "Jonas Hedlund", L, "2024-06-18T11:10", "2024-06-18T11:45", OV,
    ("Aktuellt", "Akut svullen, röd och extremt öm vänster fotled sedan i går kväll. Nyligen insatt furosemid p.g.a. hjärtsvikt."),
    ("Status", "Rodnad, värmeökning och svullnad över vä fotled. Temp 37,6. Ledpunktion gav 2 ml grumlig vätska, skickad för kristaller och odling."),
    ("Lab", "S-urat 560 mikromol/L (ref 155–400), CRP 96, LPK 11,2."),
    ("Bedömning", "Sannolkit gikt, men septisk artrit måste uteslutas innan steroider ges intraartikulärt."),
    ("Åtgärd", "Colchicin 0,5 mg x2 i fem dagar. Odlingssvaret följs upp i morgon av undertecknad.")))

C("d66-reuma-typo-mojlgi-spondylartrit", "vgr", "2000-11-09", "375",
  "Typo in the hedge ('Möjlgi axial spondylartrit') after HLA-B27 and MR SI-leder, visible Bedömning.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", V_REUMA_SKAS, "Helena Björk", L, "2024-08-20T10:15", "2024-08-20T11:00", OV,
    ("Anamnes", "23-årig man med ländryggsvärk sedan 1 år, värst på natten och bättre vid rörelse. Bra effekt av naproxen."),
    ("Lab", "HLA-B27 positiv. CRP 12. MR SI-leder: benmärgsödem i vänster iliakala ledyta."),
    ("Bedömning", "Möjlgi axial spondylartrit. Uppfyller inte alla kriterier i dag, kontroll MR om sex månader.")))

C("d66-reuma-psa-oklart-om", "skane", "1978-02-15", "193",
  "'Oklart om det rör sig om psoriasisartrit eller reaktiv artrit' -- an open differential in visible Bedömning.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", S_REUMA_LUND, "Dragan Petrović", L, "2024-09-10T14:40", "2024-09-10T15:15", OV,
    ("Anamnes", "Psoriasis i hårbotten sedan tonåren. Nu svullen dig 3 höger fot (korvtå) och hälsmärta."),
    ("Lab", "RF och anti-CCP negativa. CRP 8, urat 310."),
    ("Bedömning", "Daktylit och entesit hos psoriatiker. Oklart om det rör sig om psoriasisartrit eller reaktiv artrit efter magsjukan i juli."),
    ("Åtgärd", "NSAID-kur två veckor, UL fot och hälsena. Återbesök 4 v.")))

C("d66-reuma-typo-forenigt-ra-konsultsvar", "vgr", "1958-12-24", "613",
  "Typo in the hedge ('Förenigt med reumatoid artrit') in a consultation answer to the referring doctor.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Konsultationssvar", V_REUMA_SU, "Per-Olof Hansson", L, "2024-10-22T13:25", "2024-10-23T08:10", OV,
    ("Svar", "Tack för remissen avseende 65-årig man med polyartrit. Vid vårt besök 4 ömma och 3 svullna leder, anti-CCP 88 U/mL. Förenigt med reumatoid artrit, vi tar över behandlingen.")))

C("d66-reuma-vgr-bedomning-lacker-utanfor-tidiga", "vgr", "1984-02-20", "392",
  "VGR note has a Tidiga hypoteser section, but the visible Bedömning repeats the hypothesis ('Trolig blandad bindvävssjukdom').",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", V_REUMA_SKAS, "Jakob Norberg", L, "2024-11-19T11:00", "2024-11-19T11:45", OV,
    ("Aktuellt", "Raynaud sedan i våras, svullna fingrar och ledvärk. Dysfagi för fast föda."),
    ("Lab", "ANA 1:640, anti-U1-RNP >240. CK 310."),
    ("Tidiga hypoteser", "Överlappssyndrom av MCTD-typ övervägs, men bilden är ännu för oklar för att diskuteras med pat."),
    ("Bedömning", "Trolig blandad bindvävssjukdom (MCTD). Kapillärmikroskopi och esofagusmanometri bokas.")))

# ---- reuma must_not

C("d66-reuma-ana-svag-saknar-betydelse", "skane", "1965-05-12", "448",
  "Hedge on a lab finding: low-titre ANA 'saknar troligen klinisk betydelse'; the actual diagnosis (handartros) is settled.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Konsultationssvar", S_REUMA_MAL, "Jonas Hedlund", L, "2024-01-30T15:00", "2024-01-30T15:40", OV,
    ("Svar", "ANA svagt positiv 1:160 med fint spräckligt mönster, anti-ENA och anti-dsDNA negativa. Lågtitriga ANA finns hos upp till 15 % av friska och saknar troligen klinisk betydelse här. Besvären i fingerlederna motsvarar handartros med Heberdens knutor, verifierad på röntgen."),
    ("Råd", "Ingen reumatologisk uppföljning. Ny ANA-analys behövs inte.")))

C("d66-reuma-talar-emot-sle", "vgr", "1988-07-19", "024",
  "Negated: absent organ manifestations 'talar emot SLE' despite ANA 1:320. Unsigned draft.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Läkaranteckning", V_REUMA_SU, "Mikael Strand", L, "2024-02-21T09:20", None, OV,
    ("Bedömning", "Ledvärk och trötthet efter covid i höstas. ANA 1:320 men anti-dsDNA, anti-Sm och antifosfolipidantikroppar negativa, komplement normala. Avsaknad av organmanifestationer talar emot SLE."),
    ("Planering", "Fysioterapi, gradvis ökad aktivitet. Avslutas på reumatologen.")))

C("d66-reuma-inte-forenlig-med-ra", "skane", "1982-09-01", "575",
  "Hard negative: 'inte förenlig med reumatoid artrit' -- the hedge word is negated.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Läkaranteckning", S_MED_HBG, "Camilla Norén", L, "2024-03-26T10:45", "2024-03-26T11:30", OV,
    ("Status", "Inga synoviter i händer eller fötter. Gaenslens test negativt. Handgreppsstyrka god."),
    ("Lab", "RF <10, anti-CCP <7, CRP <1. UL händer utan power doppler-signal."),
    ("Bedömning", "Bilden är inte förenlig med reumatoid artrit. Stelheten i händerna är kortvarig och uppträder efter långvarigt datorarbete.")))

C("d66-reuma-mojligen-morgonstelhet-symtom", "vgr", "1953-03-08", "189",
  "Hedge on a symptom ('Möjligen lätt morgonstelhet'); the diagnosis (fingerledsartros) is known and settled.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Återbesök", V_REUMA_SKAS, "Anette Lindahl", L, "2024-04-30T14:00", "2024-04-30T14:40", OV,
    ("Aktuellt", "Känd fingerledsartros, PIP och DIP bilat. Möjligen lätt morgonstelhet i händerna, max 10 minuter. Ingen svullnad enligt pat."),
    ("Status", "Heberdens och Bouchards knutor, inga synoviter."),
    ("Lab", "CRP 2, SR 12."),
    ("Bedömning", "Artrosbilden oförändrad, ingen inflammatorisk ledsjukdom."),
    ("Åtgärd", "Ortoser för tumbasen utprovas hos arbetsterapeut. Paracetamol vid behov.")))

C("d66-reuma-syster-misstankt-sle-utkast", "skane", "1999-12-02", "206",
  "Relative's hedged disease ('Syster utreds för misstänkt SLE'); the patient's ANA is negative. Unsigned draft.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Läkaranteckning", S_REUMA_LUND, "Dragan Petrović", L, "2024-05-21T09:00", None, OV,
    ("Anamnes", "Syster utreds för misstänkt SLE i Göteborg, därför orolig. Själv lätt ledvärk efter träning, inga utslag, inga munsår."),
    ("Lab", "ANA negativ, SR 6, blodstatus normalt, U-sticka ua."),
    ("Bedömning", "Inget som tyder på systemisk inflammatorisk sjukdom hos pat. Lugnande besked.")))

C("d66-reuma-pmo-mojlig-pmr", "skane", "1946-01-19", "401",
  "PMO phone note: 'Möjlig PMR' after SR/CRP is hedged, but PMO never shows diagnoses.",
  [], [("NL102", "n1")],
  N("n1", "PMO", "Telefonkontakt", P_SIMR, "Birgitta Holm", L, "2024-08-13T15:20", "2024-08-13T15:35", OV,
    ("Telefon", "Provsvar: SR 64, CRP 31. Möjlig PMR med tanke på axelvärken. Provbehandling med Prednisolon 15 mg, recept skickat till apoteket. Ny tel-kontakt fredag.")))

C("d66-reuma-tidiga-hyp-paraneoplastisk", "vgr", "1959-04-14", "462",
  "VGR: settled dermatomyosit in visible Bedömning; the paraneoplastic suspicion and the not-yet-told remark sit only under Tidiga hypoteser.",
  [], [("NL102", "n1"), ("NL101", "n1")],
  N("n1", "Melior", "Läkaranteckning", V_REUMA_SU, "Karolina Wendt", L, "2024-09-17T10:20", "2024-09-17T12:00", OV,
    ("Anamnes", "Heliotropt utslag runt ögonen och Gottrons papler. Muskelsvaghet proximalt, viktnedgång 7 kg."),
    ("Lab", "CK 1 900. Anti-TIF1-gamma positiv."),
    ("Bedömning", "Dermatomyosit. Prednisolon 60 mg insatt."),
    ("Tidiga hypoteser", "Anti-TIF1-gamma och viktnedgången väcker misstanke om paraneoplastisk genes. DT thorax-buk och gynundersökning bokade innan detta tas upp med pat.")))

C("d66-reuma-ra-informerad-forra-besoket", "skane", "1974-10-28", "253",
  "Settled seropositive RA that the patient was told at the previous visit: neither hedge nor untold diagnosis.",
  [], [("NL102", "n1"), ("NL101", "n1")],
  N("n1", "Melior", "Läkaranteckning", S_REUMA_MAL, "Ingrid Falk", L, "2024-10-01T08:40", "2024-10-01T09:30", OV,
    ("Aktuellt", "Återbesök 3 mån efter diagnos. Seropositiv RA, anti-CCP 220. Pat informerades om diagnosen vid förra besöket och har läst på hos Reumatikerförbundet."),
    ("Status", "2 svullna, 3 ömma leder. DAS28-CRP 3,1."),
    ("Planering", "Metotrexat höjs till 20 mg/v. Labkontroll var 6:e vecka.")))
# ================================================================ NJURMEDICIN

C("d66-njur-trol-diabetesnefropati", "skane", "1952-01-03", "338",
  "'Trol. diabetesnefropati' from eGFR and albuminuri in visible Bedömning (the CKD stage itself is stated).",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Nybesök njurmedicin", S_NJUR_LUND, "Magnus Lindgren", L, "2024-01-25T09:30", "2024-01-25T11:10", OV,
    ("Anamnes", "Typ 2-diabetes sedan 20 år, insulinbehandlad. Retinopati laserbehandlad 2018. Remiss från vc p.g.a. sjunkande eGFR."),
    ("Lab", "Kreatinin 148 mikromol/L, eGFR 38 ml/min/1,73 m², U-albumin/kreatinin-kvot 120 mg/mmol. Inget blod i urinen. UL njurar: normalstora, inga avflödeshinder."),
    ("Bedömning", "Trol. diabetesnefropati, CKD stadium 3b A3. Njurbiopsi inte indicerad då retinopati föreligger och sedimentet är blankt."),
    ("Åtgärd", "Dapagliflozin 10 mg insätts. BT-mål <130/80. Återbesök 3 mån.")))

C("d66-njur-iga-talar-for", "vgr", "1991-05-30", "457",
  "Unsigned draft: synpharyngitic haematuria 'talar för IgA-nefropati' before biopsy, visible Bedömning.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", V_NJUR_SU, "Elin Sandberg", L, "2024-02-08T13:10", None, OV,
    ("Anamnes", "Colafärgad urin vid tre tillfällen, alltid 1–2 dagar efter halsfluss."),
    ("Lab", "U-sticka blod 3+, protein 2+. Dysmorfa erytrocyter och erytrocytcylindrar i sedimentet. U-albumin/krea 65. Kreatinin 96, C3 och C4 normala."),
    ("Bedömning", "Synfaryngitisk makroskopisk hematuri talar för IgA-nefropati."),
    ("Planering", "Njurbiopsi planeras v 9 för att bekräfta och gradera. ACE-hämmare insätts redan nu.")))

C("d66-njur-postrenal-prostatahyperplasi-fragetecken", "skane", "1941-09-27", "159",
  "Admission note: settled postrenal njursvikt, but 'Prostatahyperplasi?' and 'Prostatacancer kan inte uteslutas' are hedged diagnoses.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Inskrivningsanteckning", S_MED_TRE, "Mats Olander", L, "2024-03-14T20:40", "2024-03-14T23:10", SV,
    ("Kontaktorsak", "Allmän försämring, illamående och minskad urinmängd en vecka."),
    ("Status", "Palpabel blåsa, suprapubisk ömhet. Rektalt: förstorad, slät prostata."),
    ("Lab", "Kreatinin 420 (110 i december), urea 28, K 5,9. Bladderscan 900 ml."),
    ("Bedömning", "Postrenal njursvikt. Prostatahyperplasi? Prostatacancer kan inte uteslutas, PSA taget."),
    ("Åtgärd", "KAD satt, 1 100 ml tappat. Följ diures och elektrolyter, risk för postobstruktiv polyuri.")))

C("d66-njur-rta4-kan-passa-med", "skane", "1948-08-15", "202",
  "Consultation answer: 'Kan passa med renal tubulär acidos typ 4' from K, bikarbonat, renin and aldosteron.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Konsultationssvar", S_NJUR_MAL, "Ulrika Sten", L, "2024-05-16T14:30", "2024-05-16T15:05", OV,
    ("Frågeställning", "Hyperkalemi hos diabetiker, vänligen bedöm genes."),
    ("Svar", "K 5,9, standardbikarbonat 19, normalt anjongap. Kreatinin 112, eGFR 52. Renin och aldosteron båda låga. Kan passa med renal tubulär acidos typ 4 (hyporeninemisk hypoaldosteronism) vid diabetes."),
    ("Rekommendation", "Sätt ut amilorid. Lokelma 10 g dagligen, kaliumfattig kost. Ny kontroll av K och syra-bas om 2 veckor via er.")))

C("d66-barn-minimal-change-sannolikt", "vgr", "2018-02-11", "287",
  "Child under 13: 'sannolikt minimal change-nefropati' in visible Bedömning; the guardians have been told about the treatment only.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", V_BARN_NJUR, "Ida Lönn", L, "2024-06-05T11:20", "2024-06-05T13:00", SV,
    ("Anamnes", "6-årig pojke med svullna ögonlock sedan en vecka, nu även svullna ben och pung. Förkyld för 2 veckor sedan."),
    ("Lab", "P-albumin 14 g/L, U-albumin/krea 580 mg/mmol. Kreatinin 28, C3 normalt. BT 98/60."),
    ("Bedömning", "Nefrotiskt syndrom, sannolikt minimal change-nefropati med tanke på åldern och normalt BT och komplement."),
    ("Åtgärd", "Prednisolon 60 mg/m² enligt barnnjurprotokollet. Föräldrarna har fått information om behandlingen och kortisonbiverkningar.")))

C("d66-njur-njurartarstenos-kan-ej-uteslutas", "skane", "1950-12-08", "515",
  "Creatinine jump after ramipril: 'Njurartärstenos kan ej uteslutas' in visible Bedömning.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", S_MED_HBG, "Rasmus Kvist", L, "2024-06-27T10:15", "2024-06-27T10:50", OV,
    ("Aktuellt", "Kreatinin steg från 104 till 168 två veckor efter insättning av ramipril. Svårbehandlad hypertoni, rökare, claudicatio."),
    ("Bedömning", "Njurartärstenos kan ej uteslutas med tanke på kreatininreaktionen och den utbredda ateroskleros pat har. Ramipril sätts ut."),
    ("Planering", "DT-angiografi njurartärer. Krea-kontroll om en vecka.")))

C("d66-njur-anca-bild-som-vid-gpa", "skane", "1963-07-13", "367",
  "Inpatient: PR3-ANCA and RPGN 'Bild som vid ANCA-associerad vaskulit av typen granulomatös polyangit' before biopsy.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Daganteckning", S_NJUR_AVD, "Magnus Lindgren", L, "2024-07-25T12:00", "2024-07-25T13:30", SV,
    ("Aktuellt", "Inlagd igår med blodig snuva sedan 2 mån, hemoptys x2 och kreatininstegring 89 → 312 på tre veckor."),
    ("Lab", "PR3-ANCA 160 U/mL (ref <2). U-sticka blod 3+, protein 2+, erytrocytcylindrar. CRP 88. Hb 96."),
    ("Bedömning", "Bild som vid ANCA-associerad vaskulit av typen granulomatös polyangit med snabbt progredierande glomerulonefrit. Njurbiopsi i morgon, behandlingen startas redan i dag."),
    ("Åtgärd", "Metylprednisolon 500 mg iv x3, därefter rituximab. Kontakt med lungkliniken angående DT thorax.")))

C("d66-njur-typo-sannolit-nefroskleros", "vgr", "1947-04-02", "271",
  "Typo in the hedge ('Sannolit hypertensiv nefroskleros') in visible Bedömning.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", V_NJUR_SAS, "Jenny Carlén", L, "2024-08-15T09:10", "2024-08-15T09:50", OV,
    ("Bedömning", "eGFR 41, stabilt sedan 3 år. U-albumin/krea 8, inget blod. Långvarig hypertoni. Sannolit hypertensiv nefroskleros, ingen indikation för biopsi."),
    ("Planering", "Återremiss till vårdcentralen med råd om BT-mål och SGLT2-hämmare. Kontroll krea/eGFR två gånger per år.")))

# ---- njur must_not

C("d66-njur-ckd4-biopsiverifierad", "vgr", "1955-03-17", "434",
  "Settled diagnoses only: biopsy-verified CKD stadium 4 with renal anemi; 'Information om dialysformer' is a plan.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Läkaranteckning", V_NJUR_SU, "Elin Sandberg", L, "2024-09-05T14:15", "2024-09-05T15:00", OV,
    ("Aktuellt", "Kronisk njursjukdom stadium 4 p.g.a. diabetesnefropati, biopsiverifierad 2019. eGFR 22, oförändrat sedan mars."),
    ("Lab", "Hb 104, fosfat 1,6, PTH 18, bikarbonat 20."),
    ("Bedömning", "Renal anemi och sekundär hyperparatyreoidism, båda väntade vid denna njurfunktion."),
    ("Planering", "Darbepoetin startas. Kalcitriol 0,25 mikrog. Information om dialysformer vid nästa besök.")))

C("d66-njur-kreatininstegring-trol-hemodynamisk", "skane", "1960-11-25", "196",
  "Hedge on a lab change, not a diagnosis: creatinine rise after enalapril is 'trol. hemodynamisk och väntad'.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Telefonanteckning", S_NJUR_MAL, "Ulrika Sten", L, "2024-10-03T11:30", "2024-10-03T11:40", OV,
    ("Telefonkontakt", "Kreatinin 131 jämfört med 114 före insättning av enalapril. Ökningen är trol. hemodynamisk och väntad, under 30 %. Pat fortsätter i oförändrad dos. Kalium 4,7. Nytt prov om en månad, pat instämmer.")))

C("d66-njur-egfr-falskt-lagt-muskelmassa", "vgr", "1986-09-14", "252",
  "Hedge on a lab value ('kreatininet är sannolikt falskt högt'), and CKD is explicitly denied.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Konsultationssvar", V_NJUR_NAL, "Ahmed Yusuf", L, "2024-02-29T10:30", "2024-02-29T11:15", OV,
    ("Svar", "Kreatininbaserat eGFR 58 hos 37-årig styrkelyftare som tar kreatintillskott. Cystatin C-baserat eGFR 96, urinen utan albumin. Kreatininet är sannolikt falskt högt p.g.a. muskelmassan och tillskottet. Ingen kronisk njursjukdom föreligger."),
    ("Råd", "Följ framöver njurfunktionen med cystatin C. Ingen remiss till njurmottagningen behövs.")))

C("d66-njur-plan-eventuellt-biopsi", "vgr", "1970-05-23", "308",
  "Only plans are hedged ('Eventuellt njurbiopsi', 'Möjligen byte ... till GLP1-analog'); the diabetes is settled.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Läkaranteckning", V_NJUR_SAS, "Jenny Carlén", L, "2024-03-07T08:45", "2024-03-07T09:20", OV,
    ("Aktuellt", "Typ 2-diabetes sedan 15 år, proteinuri ökande trots maxdos ARB. U-albumin/krea 110, inget blod, eGFR 61."),
    ("Planering", "Eventuellt njurbiopsi om proteinurin kvarstår efter tre månader med finerenon. Möjligen byte av diabetesbehandling till GLP1-analog, diskuteras med diabetesmottagningen.")))

C("d66-njur-pappa-sannolikt-adpkd-utkast", "skane", "1995-01-20", "476",
  "Relative's hedged disease ('Pappa hade sannolikt polycystisk njursjukdom'); normal ultrasound rules it out for the patient. Unsigned draft.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Läkaranteckning", S_NJUR_LUND, "Hanna Roos", L, "2024-04-23T10:10", None, OV,
    ("Anamnes", "Pappa hade sannolikt polycystisk njursjukdom, dialys från 55 års ålder, aldrig genetiskt testad. Pat vill veta om hon ärvt sjukdomen."),
    ("Undersökning", "Ultraljud njurar: normalstora njurar utan cystor. Kreatinin 64, BT 118/72."),
    ("Bedömning", "Vid 29 års ålder utesluter ett normalt ultraljud i praktiken ADPKD hos pat. Ingen uppföljning behövs.")))

C("d66-njur-pmo-trol-ckd", "skane", "1944-07-29", "348",
  "PMO annual check: 'Trol. CKD 3b' is hedged, but PMO never shows diagnoses.",
  [], [("NL102", "n1")],
  N("n1", "PMO", "Besöksanteckning", P_HOOR, "Lars Åkesson", L, "2024-05-08T14:20", "2024-05-08T14:45", OV,
    ("Aktuellt", "Årskontroll hypertoni. Mår bra."),
    ("Lab", "Kreatinin 128, eGFR 41 (45 i fjol), U-albumin/krea 6."),
    ("Bedömning", "Trol. CKD 3b sekundärt till hypertoni och ålder. Undvik NSAID. Kontroll om 6 mån.")))

C("d66-njur-tidiga-hypoteser-skane-amyloidos", "skane", "1953-02-10", "181",
  "Skåne: 'Misstänkt AL-amyloidos' and 'tas upp med pat när PAD finns' only in the Tidiga hypoteser template note.",
  [], [("NL102", "n1"), ("NL101", "n1")],
  N("n1", "Melior", "Tidiga hypoteser", S_NJUR_MAL, "Björn Tegnér", L, "2024-06-13T15:30", "2024-06-13T15:45", OV,
    ("Bedömning", "Nefrotiskt syndrom hos 71-åring med förhöjda fria lambdakedjor. Misstänkt AL-amyloidos; bukfettsbiopsi tagen, svar om en vecka. Tas upp med pat när PAD finns.")),
  N("n2", "Melior", "Läkaranteckning", S_NJUR_MAL, "Björn Tegnér", L, "2024-06-13T15:10", "2024-06-13T15:40", OV,
    ("Aktuellt", "Ödem och U-protein 6 g/dygn. Bukfettsbiopsi utförd idag utan komplikationer."),
    ("Planering", "Återbesök 20/6 med svar på biopsin. Fortsätter furosemid 40 mg x1.")))

C("d66-njur-trol-behov-dialysstart", "vgr", "1958-09-19", "526",
  "Hedge on a prognosis/plan ('Trol. behov av dialysstart inom 6–12 månader'); CKD 5 and IgA-nefropati are settled.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Läkaranteckning", V_NJUR_SU, "Oskar Nyberg", L, "2024-07-04T13:45", "2024-07-04T14:30", OV,
    ("Aktuellt", "CKD stadium 5 p.g.a. IgA-nefropati, eGFR 12. Klåda och nedsatt aptit, i övrigt inga uremiska symtom."),
    ("Bedömning", "Trol. behov av dialysstart inom 6–12 månader. Pat föredrar peritonealdialys."),
    ("Planering", "Remiss till PD-mottagningen för information och kateterbedömning. Transplantationsutredning påbörjas parallellt.")))

C("d66-njur-kalium-sannolikt-falskt-forhojt", "skane", "1977-12-12", "153",
  "Hedge on a lab value: K 6,4 'sannolikt falskt förhöjt' in a haemolysed, overnight sample; repeat normal.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Telefonanteckning", S_MED_YST, "Sanna Lilja", L, "2024-08-01T16:20", "2024-08-01T16:35", OV,
    ("Telefonkontakt", "Labb ringde om K 6,4 i prov från vårdcentralen, hemolytiskt och transporterat över natten. Sannolikt falskt förhöjt. Pat ringd, mår bra, inga hjärtsymtom. Omtag på akutlab idag visar K 4,3 — ingen åtgärd.")))
# ================================================================ HEMATOLOGI

C("d66-hem-perniciosa-bild-som-vid", "vgr", "1952-05-19", "465",
  "'Bild som vid perniciös anemi' from Hb, MCV, kobalamin and homocystein in visible Bedömning.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", V_MED_ALI, "Cecilia Dahl", L, "2024-01-18T10:30", "2024-01-18T11:00", OV,
    ("Aktuellt", "Trötthet, stickningar i fötterna, ostadig gång i mörker."),
    ("Lab", "Hb 88 g/L, MCV 112 fL, LD 690, bilirubin 28. Kobalamin 110 pmol/L, homocystein 48 mikromol/L."),
    ("Bedömning", "Makrocytär anemi med tecken på ineffektiv erytropoes. Bild som vid perniciös anemi, IF-antikroppar skickade."),
    ("Åtgärd", "Cyanokobalamin 1 mg im dagligen i en vecka, därefter varje vecka i en månad och sedan tabletter. Hb och retikulocyter om 10 dagar.")))

C("d66-hem-starkt-misstankt-myelom", "skane", "1954-11-03", "179",
  "M-komponent with CRAB: 'Starkt misstänkt myelom' in visible Bedömning; nothing is said about telling.",
  [("NL102", "n1")], [("NL101", "n1")],
  N("n1", "Melior", "Nybesök hematologi", S_HEM_LUND, "Niklas Berglund", L, "2024-02-01T09:00", "2024-02-01T10:40", OV,
    ("Anamnes", "Ryggsmärta i tre månader, viktnedgång 5 kg. Remiss från ortopeden efter fynd av kompressionsfraktur Th12."),
    ("Lab", "Hb 96, kalcium 2,81, kreatinin 132. M-komponent IgG-kappa 28 g/L. Fria kappa 820 mg/L, kvot kappa/lambda 64."),
    ("Bedömning", "Starkt misstänkt myelom med CRAB-kriterier (anemi, hyperkalcemi, njurpåverkan och skelettengagemang)."),
    ("Planering", "Benmärgsaspiration och biopsi på fredag. Helkropps-DT lågdos. Zoledronsyra när tandstatus är klart.")))

C("d66-hem-trol-kll-konsultsvar-utkast", "vgr", "1949-08-02", "351",
  "Unsigned consultation answer: 'Trol. KLL' from lymphocytosis and Gumprechts kärnskuggor, before flow cytometry.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Konsultationssvar", V_HEM_SKAS, "Tomas Lindblom", L, "2024-02-22T14:00", None, OV,
    ("Frågeställning", "Lymfocytos hos 74-årig man, vg bedöm."),
    ("Svar", "LPK 38 × 10⁹/L, lymfocyter 33, Hb 138, TPK 190. Mikroskopi: små mogna lymfocyter och rikligt med Gumprechts kärnskuggor. Trol. KLL; flödescytometri av perifert blod skickad."),
    ("Rekommendation", "Ingen brådska. Vi meddelar er flödessvaret och kallar pat till hematologen om det bekräftas.")))

C("d66-hem-isolerad-trombocytopeni-sannolikt-itp", "skane", "1997-02-14", "402",
  "'Isolerad trombocytopeni, sannolikt ITP' after TPK 12 and a normal smear, visible Bedömning.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", S_HEM_LUND, "Lotta Axelsson", L, "2024-03-07T13:00", "2024-03-07T14:15", OV,
    ("Aktuellt", "Petekier på underbenen och blödande tandkött sedan 5 dagar. Frisk i övrigt, inga läkemedel."),
    ("Lab", "TPK 12 × 10⁹/L, Hb 134, LPK 6,8 med normal diff. Blodutstryk: inga schistocyter, enstaka stora trombocyter. Koagulation normal. HIV, hepatit och H. pylori negativa."),
    ("Bedömning", "Isolerad trombocytopeni, sannolikt ITP."),
    ("Åtgärd", "Prednisolon 1 mg/kg i två veckor med nedtrappning. TPK-kontroll på måndag.")))

C("d66-hem-typo-misstant-polycytemia-vera", "vgr", "1968-01-09", "288",
  "Typo in the hedge ('Misstänt polycytemia vera') from Hb 192 and low EPO, visible Bedömning.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", V_HEM_SU, "Sanna Öberg", L, "2024-04-04T11:30", "2024-04-04T12:00", OV,
    ("Lab", "Hb 192 g/L, EVF 0,58, TPK 520, LPK 12,1. P-erytropoietin 1,2 IE/L (lågt). JAK2 V617F skickad."),
    ("Bedömning", "Misstänt polycytemia vera. Ingen rökning, normal saturation, inga symtom på sömnapné."),
    ("Åtgärd", "Venesectio 450 ml idag och om 3 dagar. Trombyl 75 mg insätts.")))

C("d66-hem-hemokromatos-talar-for", "skane", "1973-04-26", "336",
  "High transferrinmättnad and ferritin 'talar för hemokromatos' before the HFE test, visible Bedömning.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", S_MED_KRI, "Oskar Berg", L, "2024-05-02T10:20", "2024-05-02T11:05", OV,
    ("Aktuellt", "Remiss från vc p.g.a. högt ferritin. Ledvärk i MCP 2–3. Alkohol 4–5 glas vin/vecka."),
    ("Lab", "Ferritin 1 800 mikrog/L, transferrinmättnad 78 %, ALAT 1,2. CRP <1."),
    ("Bedömning", "Hög transferrinmättnad med kraftigt förhöjt ferritin utan inflammation talar för hemokromatos. HFE-gentest beställt."),
    ("Planering", "Leverelastografi. Återbesök med gensvar, venesectio planeras oavsett.")))

C("d66-hem-aiha-forenligt-med", "vgr", "1984-12-30", "504",
  "Haemolysis markers and DAT: 'Förenligt med varm autoimmun hemolytisk anemi' in visible Bedömning.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", V_HEM_SKAS, "Linda Persson", L, "2024-05-23T15:10", "2024-05-23T16:00", OV,
    ("Lab", "Hb 79, retikulocyter 310, LD 920, haptoglobin <0,1 g/L, bilirubin 54. DAT positivt för IgG, negativt för C3d."),
    ("Bedömning", "Förenligt med varm autoimmun hemolytisk anemi. Ingen känd utlösande orsak, screening för lymfoproliferativ sjukdom och SLE görs."),
    ("Åtgärd", "Prednisolon 1 mg/kg. Folsyra. Blodtransfusion vid Hb <70 efter kontakt med transfusionsmedicin.")))

C("d66-hem-typo-essentiel-trombocytemi-fragetecken", "skane", "1980-08-21", "183",
  "Question-mark hedge with a typo ('Essentiel trombocytemi?') after persistent TPK 760–810.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", S_HEM_LUND, "Emma Åström", L, "2024-06-04T09:40", "2024-06-04T10:25", OV,
    ("Aktuellt", "TPK 780, 810 och 760 vid tre tillfällen i år. Ingen järnbrist, CRP normalt. Erytromelalgi i fötterna."),
    ("Bedömning", "Essentiel trombocytemi? JAK2, CALR och MPL skickade."),
    ("Åtgärd", "Trombyl 75 mg. Benmärgsbiopsi bokas om mutationsanalysen är negativ.")))

C("d66-hem-aml-kan-inte-uteslutas-akut", "vgr", "1965-03-15", "437",
  "ED note: pancytopenia with blasts, 'AML kan inte uteslutas' in visible Bedömning; neutropen feber itself is settled.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Akutanteckning", V_AKUT_SU, "Fatima Karimi", L, "2024-07-11T02:20", "2024-07-11T04:10", SV,
    ("Kontaktorsak", "Feber 39,2, tandköttsblödning och blåmärken sedan en vecka."),
    ("Lab", "Hb 74, TPK 18, LPK 1,9 med neutrofila 0,3. Blastliknande celler 12 % i automatisk diff, manuell granskning pågår."),
    ("Bedömning", "Pancytopeni med perifera blaster. AML kan inte uteslutas. Neutropen feber."),
    ("Åtgärd", "Pip-taz 4 g x4 efter blododlingar. Erytrocyter 2 E och trombocyter 1 E. Hematologjouren kontaktad, inläggning avd 121 för benmärg i morgon.")))

C("d66-barn-stark-misstanke-all", "skane", "2020-03-09", "026",
  "Child under 13: 'väcker stark misstanke om akut lymfatisk leukemi' in visible Bedömning of an admission note.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Inskrivningsanteckning", S_BARN_HEM, "Maja Friberg", L, "2024-08-22T17:30", "2024-08-22T19:00", SV,
    ("Anamnes", "4-årig flicka med blekhet, feber och benvärk i 3 veckor, vill inte gå. Remitterad från barnakuten Helsingborg."),
    ("Status", "Blek, petekier på bålen. Lever 3 cm under arcus, mjälte palpabel. Generellt förstorade lymfkörtlar på halsen."),
    ("Lab", "Hb 72, TPK 20, LPK 28 med blaster i utstryket. LD 1 400, urat 480."),
    ("Bedömning", "Kliniken och blodbilden väcker stark misstanke om akut lymfatisk leukemi. Benmärgsundersökning i narkos i morgon."),
    ("Åtgärd", "Hyperhydrering 3 l/m², allopurinol. Erytrocyttransfusion. Samtal med föräldrarna ikväll med barnonkolog.")))

C("d66-hem-agranulocytos-fragetecken-tiamazol", "vgr", "1990-10-18", "626",
  "Endocrine phone note: 'Läkemedelsutlöst agranulocytos?' after LPK 1,8 on tiamazol -- question-mark hedge in a visible section.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Telefonanteckning", V_ENDO_SU, "Erik Sand", L, "2024-08-29T08:15", "2024-08-29T08:40", OV,
    ("Telefonkontakt", "Pat ringer med feber 38,9 och halsont, behandlas med tiamazol för Graves sedan fyra veckor. Akut LPK på vc: 1,8 med neutrofila 0,2. Läkemedelsutlöst agranulocytos? Tiamazol utsatt omedelbart. Pat skickas till akuten på Sahlgrenska för odlingar och antibiotika.")))

C("d66-hem-typo-missankt-mgus", "skane", "1947-10-06", "216",
  "Typo in the hedge ('Missänkt MGUS') in a one-section visible Bedömning.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", S_MED_HLM, "Kristina Ljung", L, "2024-09-12T11:00", "2024-09-12T11:20", OV,
    ("Bedömning", "M-komponent IgG-lambda 6 g/L, fynd vid utredning av hög SR. Hb, kalcium och kreatinin normala, ingen skelettsmärta. Missänkt MGUS, låg risk. Kontroll av M-komponent om sex månader, därefter årligen.")))

C("d66-hem-transglutaminas-talar-for-celiaki", "skane", "1989-06-11", "364",
  "Settled järnbristanemi, but high transglutaminas-ak 'talar för celiaki som förklaring' -- hedged cause diagnosis.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", S_MED_YST, "Viktor Borg", L, "2024-10-10T13:40", "2024-10-10T14:20", OV,
    ("Aktuellt", "Järnbristanemi som inte svarat på peroral järnbehandling i 6 mån. Ingen menorragi, lös avföring 2–3 ggr/dag."),
    ("Lab", "Hb 101, MCV 74, ferritin 5. Transglutaminas-IgA >100 U/mL (ref <7), totalt IgA normalt."),
    ("Bedömning", "Höga transglutaminasantikroppar talar för celiaki som förklaring till järnbristen och den bristande effekten av tabletterna."),
    ("Planering", "Gastroskopi med duodenalbiopsier, pat ska äta gluten fram till dess. Ferinject 1 g iv på dagvården.")))

C("d66-hem-fragestallning-von-willebrand", "skane", "2001-09-04", "148",
  "'Frågeställning: Von Willebrands sjukdom?' as a visible sökord with borderline vWF values.",
  [("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", S_KOAG_MAL, "Hedvig Olin", L, "2024-11-12T10:00", "2024-11-12T10:30", OV,
    ("Frågeställning", "Von Willebrands sjukdom? 23-årig kvinna med rikliga menstruationer sedan menarche, näsblod och blödning efter visdomstandsextraktion."),
    ("Lab", "APTT 42 s (ref 28–40), PK-INR 1,0. vWF-antigen 0,38 kIE/L, vWF-aktivitet 0,31, FVIII 0,45."),
    ("Planering", "Upprepade vWF-analyser om 4 veckor (ej under menstruation). Tranexamsyra vid mens. Desmopressintest övervägs.")))

# ---- hem must_not

C("d66-hem-typo-ingen-missanke-myelom", "vgr", "1950-02-02", "179",
  "Negation with a typo ('Ingen missanke om myelom'); the anaemia is explained by known njursvikt.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Konsultationssvar", V_HEM_SU, "Johan Wallgren", L, "2024-01-11T13:30", "2024-01-11T14:00", OV,
    ("Svar", "Serumproteinelektrofores utan M-komponent, immunfixation negativ. Kvoten fria kappa/lambda 1,4, normal vid njursvikt. Ingen missanke om myelom; anemin förklaras av den kända njursvikten."),
    ("Rekommendation", "Ingen hematologisk uppföljning behövs. Anemin hanteras av njurmedicin.")))

C("d66-hem-hemokromatos-uteslutes", "skane", "1966-07-30", "273",
  "Ruled out: 'Hemokromatos uteslutes' after negative HFE; the settled explanation is leversteatos.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Läkaranteckning", S_MED_HBG, "Petra Sundin", L, "2024-02-15T09:50", "2024-02-15T10:30", OV,
    ("Lab", "Ferritin 920, transferrinmättnad 32 %. HFE-gentest: inga C282Y- eller H63D-mutationer. ALAT 1,8, GT 2,4."),
    ("Bedömning", "Hemokromatos uteslutes. Det förhöjda ferritinet förklaras av leversteatos och metabolt syndrom, UL lever visar uttalad steatos."),
    ("Planering", "Återremiss till vc med råd om viktnedgång och alkoholstopp. Ingen venesectio.")))

C("d66-hem-typo-inga-teckan-pa-hemolys", "vgr", "1976-04-08", "385",
  "Negation with a typo ('Inga teckan på hemolys') and a settled Gilberts syndrom.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Läkaranteckning", V_MED_SAS, "Nora Ekholm", L, "2024-03-21T14:10", "2024-03-21T14:50", OV,
    ("Aktuellt", "Ikterus noterad av arbetskamrat efter fasta under ramadan. Inga buksmärtor."),
    ("Lab", "Bilirubin 48, okonjugerat. Hb 148, LD normalt, haptoglobin normalt, retikulocyter 52. Leverenzymer normala."),
    ("Bedömning", "Inga teckan på hemolys. Gilberts syndrom, ett ofarligt tillstånd som förklarar den fastebetingade gulsoten.")))

C("d66-hem-tpk-sankning-edta-aggregation", "skane", "1983-05-28", "446",
  "Hedge on a lab artefact: low TPK 'beror troligen på EDTA-inducerad aggregation in vitro'; no disease is suggested.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Konsultationssvar", S_HEM_LUND, "Emma Åström", L, "2024-04-18T10:40", "2024-04-18T11:10", OV,
    ("Svar", "TPK 48 i EDTA-rör men 212 i citratrör taget samtidigt. Utstryket visar trombocytaggregat. Sänkningen beror troligen på EDTA-inducerad aggregation in vitro och saknar klinisk betydelse."),
    ("Råd", "Framtida TPK bör tas i citratrör. Ingen blödningsrisk, ingen hematologisk uppföljning.")))

C("d66-hem-hb-fall-sannolikt-utspadning", "skane", "1945-12-17", "258",
  "Postoperative ward note: the Hb drop is 'sannolikt utspädning' -- a hedge on a lab change; bleeding is negated.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Daganteckning", S_ORTO_KRI, "Ida Lundh", L, "2024-06-20T12:30", "2024-06-20T13:10", SV,
    ("Aktuellt", "Dag 1 efter höftprotesoperation vä. Smärtlindrad, mobiliserad till stol."),
    ("Lab", "Hb 109 (128 preop). Kreatinin 78, K 4,0."),
    ("Bedömning", "Hb-fallet är sannolikt utspädning efter 4 liter Ringer peroperativt och förväntad blödningsmängd. Inga tecken på pågående blödning, förbandet torrt."),
    ("Planering", "Hb igen i morgon. Järnsulfat vid utskrivning.")))

C("d66-hem-jarnbrist-bekraftad-ev-benmarg", "vgr", "1962-09-22", "365",
  "Settled järnbristanemi; the hedges are on plans only ('Ev. benmärgsprov', 'Kapselendoskopi eventuellt').",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Läkaranteckning", V_HEM_SKAS, "Linda Persson", L, "2024-07-18T10:00", "2024-07-18T10:40", OV,
    ("Aktuellt", "Järnbristanemi bekräftad i mars (ferritin 4). Gastroskopi och koloskopi utan blödningskälla, transglutaminas negativt."),
    ("Lab", "Hb 112 efter två doser iv järn, ferritin 140."),
    ("Planering", "Ev. benmärgsprov om Hb inte stiger vidare till nästa kontroll. Kapselendoskopi eventuellt efter diskussion med gastro.")))

C("d66-hem-pmo-forenligt-jarnbrist", "skane", "1992-03-03", "640",
  "PMO provsvar note: 'Förenligt med järnbristanemi' is hedged, but PMO never shows diagnoses.",
  [], [("NL102", "n1")],
  N("n1", "PMO", "Provsvarsanteckning", P_ESLOV, "Sara Nilsson", L, "2024-09-04T12:10", "2024-09-04T12:30", OV,
    ("Provsvar", "Hb 98, MCV 71, ferritin 4. Förenligt med järnbristanemi, sannolikt p.g.a. rikliga menstruationer. Järntabletter förskrivna och 1177-meddelande skickat med information.")))

C("d66-hem-tidiga-hypoteser-vgr-harcellsleukemi", "vgr", "1964-12-04", "472",
  "VGR: 'bild som vid hårcellsleukemi' only under sökord Tidiga hypoteser; visible sections hold findings and plans. Unsigned draft.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Läkaranteckning", V_HEM_SU, "Johan Wallgren", L, "2024-11-07T13:00", None, OV,
    ("Aktuellt", "Remiss för pancytopeni. Splenomegali 17 cm på ultraljud, inga förstorade lymfkörtlar."),
    ("Lab", "Hb 104, TPK 88, LPK 2,2 med monocyter 0,02."),
    ("Planering", "Benmärgsbiopsi och flödescytometri tagna idag. Svar om 1–2 veckor, nytt besök bokat 21/11."),
    ("Tidiga hypoteser", "Monocytopeni, splenomegali och pancytopeni — bild som vid hårcellsleukemi. BRAF V600E-analys begärd.")))

C("d66-hem-tidiga-hypoteser-skane-lymfom", "skane", "2000-06-15", "451",
  "Skåne: 'Misstänkt lymfom, möjligen Hodgkin' only in the note with template Tidiga hypoteser.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Tidiga hypoteser", S_HEM_LUND, "Niklas Berglund", L, "2024-03-28T14:50", "2024-03-28T15:00", OV,
    ("Bedömning", "Nattsvettningar, viktnedgång 10 % och LD 560 med förstorad lymfkörtel i vä axill. Misstänkt lymfom, möjligen Hodgkin med tanke på åldern. Körtelexstirpation bokad via kirurgen.")),
  N("n2", "Melior", "Läkaranteckning", S_HEM_LUND, "Niklas Berglund", L, "2024-03-28T14:30", "2024-03-28T14:55", OV,
    ("Aktuellt", "Pat undersökt, provtagning utförd och DT hals-thorax-buk beställd. Exstirpation av körtel i vänster axill bokas.")))

C("d66-hem-villkor-feber-neutropeni", "vgr", "1972-02-18", "299",
  "Conditional instruction ('Vid feber 38,0 eller mer ... ring avdelning 121') around AML in settled remission.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Sjuksköterskeanteckning", V_HEM_AVD, "Moa Sjödin", SSK, "2024-04-25T13:30", "2024-04-25T14:00", SV,
    ("Utskrivning", "AML i komplett remission efter första konsolideringen. Skrivs hem idag med LPK 0,6 och neutrofila 0,1."),
    ("Information", "Vid feber 38,0 eller mer, frossa eller andningsbesvär ska pat ringa avdelning 121 direkt, dygnet runt. Munskölj med klorhexidin x3. Undvika folksamlingar tills neutrofila är över 0,5.")))

C("d66-hem-misstanken-nu-bekraftad-pv", "vgr", "1959-07-25", "431",
  "Hard negative: 'Misstanken från majbesöket är nu bekräftad: polycytemia vera' -- the diagnosis is settled by JAK2.",
  [], [("NL102", "n1")],
  N("n1", "Melior", "Läkaranteckning", V_HEM_SKAS, "Tomas Lindblom", L, "2024-06-17T09:10", "2024-06-17T09:45", OV,
    ("Aktuellt", "Återbesök med mutationssvar."),
    ("Lab", "JAK2 V617F påvisad, allelbörda 34 %. EPO lågt, Hb 178 efter två venesectio."),
    ("Bedömning", "Misstanken från majbesöket är nu bekräftad: polycytemia vera. Högriskgrupp p.g.a. ålder över 60 år, ingen tidigare trombos."),
    ("Planering", "Venesectio med mål EVF <0,45. Hydroxyurea startas, Trombyl fortsätter. Kontroll om 6 v.")))
# ================================================================ NL101 -- ej informerad

C("d66-nl101-aml-besked-i-morgon", "skane", "1958-03-30", "252",
  "Settled AML in a visible day note while 'Pat ej informerad ännu. Besked ges i morgon'.",
  [("NL101", "n1")], [("NL102", "n1")],
  N("n1", "Melior", "Daganteckning", S_HEM_AVD, "Erik Lundqvist", L, "2024-01-24T15:40", "2024-01-24T16:20", SV,
    ("Aktuellt", "Inlagd sedan i går p.g.a. pancytopeni och feber."),
    ("Benmärg", "Aspiratet visar 46 % myeloiska blaster, flödescytometri med CD34+/CD117+/MPO+. Diagnos: akut myeloisk leukemi."),
    ("Information", "Pat ej informerad ännu. Besked ges i morgon kl 10 när maken kan vara med, kontaktsjuksköterska bokad.")))

C("d66-nl101-myelom-ej-fatt-besked", "vgr", "1951-10-16", "133",
  "Diagnos: Multipelt myelom in a visible section, and 'Patienten har ännu inte fått besked om diagnosen'.",
  [("NL101", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", V_HEM_SU, "Anna-Karin Frisk", L, "2024-02-14T11:15", "2024-02-14T12:00", OV,
    ("Benmärgssvar", "Klonala plasmaceller 38 % med lambdarestriktion i aspiratet."),
    ("Diagnos", "Multipelt myelom IgA-lambda, ISS stadium II."),
    ("Planering", "Patienten har ännu inte fått besked om diagnosen. Tid på mottagningen 20/2 med kontaktsjuksköterska för informationssamtal och behandlingsstart.")))

C("d66-nl101-fsgs-ej-underrattad", "vgr", "1985-04-09", "271",
  "Biopsy-proven FSGS in visible PAD/Bedömning with 'Pat ej underrättad om biopsisvaret'.",
  [("NL101", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", V_NJUR_SU, "Oskar Nyberg", L, "2024-03-06T14:20", "2024-03-06T15:00", OV,
    ("PAD", "Njurbiopsi 28/2: fokal segmentell glomeruloskleros (FSGS), primär form enligt elektronmikroskopi."),
    ("Bedömning", "FSGS med nefrotisk proteinuri 5 g/dygn och eGFR 72. Kandidat för steroidbehandling."),
    ("Information", "Pat ej underrättad om biopsisvaret. Ringer pat på fredag eftersom han är på tjänsteresa.")))

C("d66-nl101-systemisk-skleros-ej-meddelat-utkast", "skane", "1973-11-19", "468",
  "Unsigned draft: settled systemisk skleros in visible Bedömning and 'Har inte meddelat pat diagnosen ännu'.",
  [("NL101", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", S_REUMA_MAL, "Ingrid Falk", L, "2024-03-12T15:30", None, OV,
    ("Lab", "ANA 1:2 560 nukleolärt, anti-Scl-70 positiv. Kapillärmikroskopi: megakapillärer och blödningar."),
    ("Status", "Sklerodaktyli och hudförtjockning upp till armbågarna, mRSS 18. Digitala sår på dig 2 vä."),
    ("Bedömning", "Systemisk skleros, diffus kutan form."),
    ("Information", "Har inte meddelat pat diagnosen ännu. Hon var mycket orolig idag och vill ha sambon med vid nästa besök.")))

C("d66-nl101-typo-ej-informerd-harcellsleukemi", "vgr", "1960-06-29", "389",
  "Typo in the not-told phrase ('Pat ej informerd om diagnosen ännu') next to confirmed hårcellsleukemi.",
  [("NL101", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", V_HEM_SKAS, "Linda Persson", L, "2024-04-09T14:00", "2024-04-09T14:30", OV,
    ("Bedömning", "Flödescytometri och BRAF V600E-positivitet bekräftar hårcellsleukemi. Behandling med kladribin planeras."),
    ("Information", "Pat ej informerd om diagnosen ännu, nås inte på telefon. Nytt försök i morgon förmiddag.")))

C("d66-nl101-lymfom-ska-inte-informeras-fore-mdk", "skane", "1956-09-10", "345",
  "'Pat ska inte informeras om lymfomdiagnosen förrän MDK ...' -- must not be told yet, diagnosis visible in PAD.",
  [("NL101", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", S_HEM_MAL, "Karl Öhman", L, "2024-04-17T16:00", "2024-04-17T16:30", OV,
    ("PAD", "Lymfkörtel höger ljumske: diffust storcelligt B-cellslymfom, non-GCB-typ, Ki-67 80 %."),
    ("Planering", "PET-DT bokas. MDK torsdag 25/4."),
    ("Information", "Pat ska inte informeras om lymfomdiagnosen förrän MDK tagit ställning till behandlingsupplägget.")))

C("d66-nl101-maken-informerad-men-inte-pat", "vgr", "1942-01-14", "402",
  "Hard positive: the husband has been told about the MDS, but 'Pat själv ännu ej informerad'.",
  [("NL101", "n1")], [],
  N("n1", "Melior", "Daganteckning", V_HEM_AVD, "Hassan Jaber", L, "2024-05-06T12:20", "2024-05-06T13:00", SV,
    ("Aktuellt", "Trött, sov större delen av ronden. Transfunderad 2 E i går."),
    ("Benmärg", "Dysplasi i tre linjer, blaster 7 %, komplex karyotyp. Myelodysplastiskt syndrom med ökade blaster, hög risk enligt IPSS-R."),
    ("Information", "Maken informerad per telefon om diagnosen. Pat själv ännu ej informerad; görs under eftermiddagen när hon är piggare.")))

C("d66-nl101-barn-celiaki-foraldrar-ej-besked", "skane", "2016-05-17", "127",
  "Child under 13 whose guardians read the journal: settled celiaki while 'Föräldrarna har ännu inte fått besked'.",
  [("NL101", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", S_BARN_HBG, "Karin Mattsson", L, "2024-05-24T14:10", "2024-05-24T14:40", OV,
    ("PAD", "Duodenalbiopsier: total villusatrofi, Marsh 3c. Transglutaminas-IgA 128 U/mL."),
    ("Bedömning", "Celiaki fastställd hos 8-årig pojke."),
    ("Information", "Föräldrarna har ännu inte fått besked, ringer dem på måndag. Dietistkontakt ordnas därefter.")))

C("d66-nl101-konsultsvar-kll-remittenten-informerar", "vgr", "1955-12-21", "324",
  "Consultation answer states KLL and 'Enligt remissen är pat ännu inte informerad om provsvaret'.",
  [("NL101", "n1")], [],
  N("n1", "Melior", "Konsultationssvar", V_HEM_SU, "Anna-Karin Frisk", L, "2024-05-29T10:20", "2024-05-29T10:50", OV,
    ("Svar", "Flödescytometri visar monoklonal B-cellspopulation CD5+/CD23+ med kappa-restriktion, 14 × 10⁹/L. Diagnos: kronisk lymfatisk leukemi, Binet A."),
    ("Rekommendation", "Enligt remissen är pat ännu inte informerad om provsvaret. Vi föreslår att ni ger beskedet på vårdcentralen; vi kallar henne sedan till ett första besök inom 2 månader.")))

C("d66-nl101-tva-anteckningar-forsta-ej-informerad", "skane", "1963-02-27", "282",
  "Two notes: n1 states confirmed primär aldosteronism and 'Pat är inte informerad ännu'; n2 next day tells her. n1 still breaks the rule, n2 does not.",
  [("NL101", "n1")], [("NL101", "n2")],
  N("n1", "Melior", "Läkaranteckning", S_ENDO_LUND, "Per Wallin", L, "2024-06-03T15:30", "2024-06-03T16:00", OV,
    ("Bedömning", "Saltbelastningstest: aldosteron 410 pmol/L efter 2 l NaCl, ej supprimerat. Primär aldosteronism fastställd."),
    ("Information", "Pat är inte informerad ännu, hon gick innan svaret kom. Ringer i morgon.")),
  N("n2", "Melior", "Telefonanteckning", S_ENDO_LUND, "Per Wallin", L, "2024-06-04T09:10", "2024-06-04T09:20", OV,
    ("Telefonkontakt", "Ringt pat och gett besked om att testet bekräftar primär aldosteronism. Hon förstår och är positiv till fortsatt utredning med binjure-DT.")))

C("d66-nl101-misstankt-myelom-ej-informerad", "vgr", "1948-04-12", "236",
  "Both rules: 'Misstänkt myelom' (hedged) in visible Bedömning and 'Pat ej informerad om misstanken ännu'.",
  [("NL101", "n1"), ("NL102", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", V_MED_SAS, "Nora Ekholm", L, "2024-06-12T11:40", "2024-06-12T12:15", OV,
    ("Lab", "M-komponent IgG-kappa 34 g/L, Hb 99, kalcium 2,72. Lågdos-DT: multipla osteolyser i bäckenet."),
    ("Bedömning", "Misstänkt myelom. Remiss till hematologen SU skickad som välgrundad cancermisstanke enligt SVF."),
    ("Information", "Pat ej informerad om misstanken ännu — vill ge beskedet personligen på torsdag.")))

C("d66-nl101-ssk-diabetes-fastslagen-ej-nadd", "skane", "1970-07-04", "442",
  "Nurse phone note: diabetes typ 2 'fastställd', patient unreachable and 'inte informerad om diagnosen ännu'.",
  [("NL101", "n1")], [],
  N("n1", "Melior", "Telefonanteckning", S_MED_LAN, "Therese Holm", SSK, "2024-07-08T14:50", "2024-07-08T15:00", OV,
    ("Telefonkontakt", "HbA1c 71 och 68 vid två tillfällen, diabetes typ 2 fastställd enligt dr Nilsson. Söker pat tre gånger utan svar. Pat är inte informerad om diagnosen ännu, nytt försök i morgon och brev om hon inte svarar.")))

C("d66-nl101-terminal-njursvikt-ej-fatt-veta", "vgr", "1953-08-06", "168",
  "Settled terminal njursvikt in visible Bedömning; 'Pat har ännu inte fått veta att njursvikten nu är terminal'.",
  [("NL101", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", V_NJUR_SAS, "Jenny Carlén", L, "2024-07-22T13:20", "2024-07-22T14:00", OV,
    ("Lab", "Kreatinin 560, eGFR 8, K 5,6, bikarbonat 17, Hb 92."),
    ("Bedömning", "Kronisk njursjukdom har progredierat till terminal njursvikt (stadium 5)."),
    ("Information", "Pat har ännu inte fått veta att njursvikten nu är terminal; samtal med sonen närvarande bokat på måndag enligt hennes önskemål.")))

C("d66-nl101-myelofibros-vantar-med-att-beratta", "skane", "1946-03-01", "242",
  "'Vi har valt att vänta med att berätta om diagnosen' -- primär myelofibros visible in the same note.",
  [("NL101", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", S_HEM_MAL, "Karl Öhman", L, "2024-08-07T10:30", "2024-08-07T11:15", OV,
    ("Benmärg", "Retikulinfibros grad 3, atypiska megakaryocyter. JAK2 V617F positiv. Diagnos: primär myelofibros, DIPSS intermediär-2."),
    ("Information", "Vi har valt att vänta med att berätta om diagnosen p.g.a. pågående krisreaktion efter makens död förra veckan. Dottern instämmer, kurator kontaktad.")))

C("d66-nl101-anti-gbm-sederad-modern-informerad", "skane", "1999-08-24", "393",
  "ICU consult: anti-GBM-sjukdom stated; sedated patient 'har inte kunnat informeras', only the mother is told.",
  [("NL101", "n1")], [],
  N("n1", "Melior", "Konsultationsanteckning", S_IVA_LUND, "Mikael Dahlberg", L, "2024-08-30T18:20", "2024-08-30T19:05", SV,
    ("Aktuellt", "Njurkonsult på IVA. Lungblödning och kreatinin 640, intuberad sedan i går."),
    ("Lab", "Anti-GBM-antikroppar 480 U/mL (ref <7). ANCA negativa."),
    ("Bedömning", "Anti-GBM-sjukdom (Goodpastures syndrom) med lung- och njurengagemang. Plasmaferes startar i kväll."),
    ("Information", "Pat sederad och har inte kunnat informeras om diagnosen. Mamman informerad av IVA-läkaren och mig.")))

C("d66-nl101-barn-all-vardnadshavare-ej-informerade", "vgr", "2017-11-02", "115",
  "Child under 13: pre-B-ALL stated in visible Benmärg section while 'Vårdnadshavarna ej informerade om diagnosen ännu'.",
  [("NL101", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", V_BARN_ONK, "Lisa Bergqvist", L, "2024-09-05T12:40", "2024-09-05T13:10", SV,
    ("Benmärg", "Benmärgsaspiratet visar 88 % lymfoblaster, B-prekursor-immunfenotyp. Diagnos: akut lymfatisk leukemi (pre-B-ALL)."),
    ("Information", "Vårdnadshavarna ej informerade om diagnosen ännu; informationssamtal med barnonkolog och kontaktsjuksköterska kl 15 idag.")))

C("d66-nl101-ssk-hypotyreos-doktorn-ringer", "skane", "1981-01-07", "362",
  "Nurse phone note relays manifest hypotyreos and 'Pat ej informerad — dr vill själv ringa henne'.",
  [("NL101", "n1")], [],
  N("n1", "Melior", "Telefonanteckning", S_ENDO_MAL, "Lena Rosén", SSK, "2024-09-19T11:00", "2024-09-19T11:10", OV,
    ("Telefonkontakt", "Enligt dr Haddad visar proverna manifest hypotyreos (TSH 34, fT4 7). Pat ej informerad — dr vill själv ringa henne i eftermiddag och starta Levaxin. Pat ringde och frågade om svaren, fick besked att läkaren återkommer.")))

C("d66-nl101-al-amyloidos-informera-inte-forran", "vgr", "1950-11-27", "219",
  "'Informera inte pat om diagnosen innan kurator ... kan delta' while AL-amyloidos stands in visible Bedömning.",
  [("NL101", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", V_HEM_SU, "Sanna Öberg", L, "2024-10-02T14:30", "2024-10-02T15:10", OV,
    ("Lab", "Kongorödfärgning av bukfettsbiopsi positiv med äpplegrön dubbelbrytning. Fria lambda 480 mg/L. NT-proBNP 4 200, troponin T 62."),
    ("Bedömning", "AL-amyloidos med hjärtengagemang, Mayo stadium III."),
    ("Planering", "Informera inte pat om diagnosen innan kurator och kontaktsjuksköterska kan delta i samtalet 8/10. Behandlingsstart med daratumumab-VCD planeras därefter.")))

C("d66-nl101-waldenstrom-inte-informerad", "skane", "1948-07-19", "186",
  "Waldenströms makroglobulinemi under sökord Diagnos and 'Pat är inte informerad om diagnosen'.",
  [("NL101", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", S_HEM_KRI, "Gunnar Tell", L, "2024-10-16T09:30", "2024-10-16T10:00", OV,
    ("Sammanfattning", "IgM-kappa 32 g/L, lymfoplasmacytär infiltration 40 % i benmärgen och MYD88 L265P positiv. Hyperviskositetssymtom saknas."),
    ("Diagnos", "Waldenströms makroglobulinemi."),
    ("Information", "Pat är inte informerad om diagnosen; hon har bett att få beskedet med sin son på plats nästa vecka.")))

C("d66-nl101-typo-feokromocytom-annnu-utkast", "vgr", "1975-09-05", "286",
  "Unsigned draft with a typo ('inte informerad ännnu') about a settled feokromocytom.",
  [("NL101", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", V_ENDO_SU, "Erik Sand", L, "2024-10-29T16:15", None, OV,
    ("Lab", "P-normetanefrin 8,4 nmol/L (ref <0,9), P-metanefrin 3,1. DT binjurar: 4 cm heterogen resistens vä, 38 HU."),
    ("Bedömning", "Feokromocytom vänster binjure. Alfablockad med doxazosin inför operation."),
    ("Information", "Pat inte informerad ännnu om diagnosen, ringer henne när kirurgen bekräftat operationstid.")))

C("d66-nl101-adpkd-lang-nybesok", "skane", "1987-02-09", "424",
  "Long multi-section new-visit note: ADPKD settled in Bedömning, and one sentence says the patient has not been told.",
  [("NL101", "n1")], [],
  N("n1", "Melior", "Nybesök njurmedicin", S_NJUR_MAL, "Björn Tegnér", L, "2024-11-14T09:00", "2024-11-14T11:40", OV,
    ("Anamnes", "37-årig kvinna remitterad från Vårdcentralen Husie efter fynd av multipla njurcystor vid ultraljud p.g.a. flanksmärta. Hypertoni sedan 2 år, behandlad med amlodipin. Urinvägsinfektion x2 senaste året. Mamman avled 58 år gammal i hjärnblödning, morfar dialysbehandlad utan känd diagnos. Två barn, 6 och 9 år, friska. Arbetar som lärare, röker inte, alkohol sparsamt."),
    ("Läkemedel", "Amlodipin 10 mg x1, gestagen-p-piller, Alvedon vb."),
    ("Status", "AT gott. BT 148/94 hö arm, 146/92 vä. Hjärta: regelbunden rytm, inga blåsljud. Buk: mjuk, palpabla förstorade njurar bilat, lätt ömhet vä flank. Inga ödem."),
    ("Lab", "Kreatinin 88, eGFR 74, Hb 141, U-albumin/krea 9, U-sticka blod 1+. Urinodling negativ. Kalium 4,1, urat 350."),
    ("Undersökning", "MR njurar 6/11: >20 cystor i vardera njuren, total njurvolym 1 480 ml (Mayo klass 1C). Två små levercystor. Ingen MR av intrakraniella kärl utförd."),
    ("Bedömning", "Autosomal dominant polycystisk njursjukdom (ADPKD) med förstorade njurar och risk för snabb progress enligt Mayo-klassificeringen. Hypertonin är otillräckligt behandlad."),
    ("Information", "Pat har inte informerats om diagnosen ADPKD ännu; besked ges tillsammans med genetisk vägledare 28/11 eftersom det berör hennes två barn."),
    ("Planering", "Amlodipin byts till ramipril 5 mg. Hemblodtryck två veckor, mål <130/80. Genetisk analys PKD1/PKD2 efter samtycke. MR intrakraniella kärl med tanke på hereditet för hjärnblödning. Tolvaptan diskuteras vid återbesöket.")))

C("d66-nl101-epikris-hypofysinsufficiens-ej-kommunicerad", "vgr", "1944-06-18", "327",
  "Discharge summary: hypofysinsufficiens under sökord Diagnos and 'Diagnosen ej kommunicerad med pat'; only the wife is told.",
  [("NL101", "n1")], [],
  N("n1", "Melior", "Epikris", V_MED_UDD, "Anton Liljegren", L, "2024-11-26T15:00", "2024-11-27T10:30", SV,
    ("Epikris", "80-årig man inlagd 19/11–26/11 med hyponatremi (118) och konfusion. Lågt kortisol 41 och fT4 7,2 med låga hypofyshormoner, MR visar tom sella."),
    ("Diagnos", "Hypofysinsufficiens (kortikotrop och tyreotrop svikt)."),
    ("Information", "Diagnosen ej kommunicerad med pat p.g.a. konfusion under vårdtiden; hustrun är informerad. Förklaras vid återbesöket på endokrin.")))

C("d66-nl101-konsultsvar-jattecellsarterit-okand-for-pat", "skane", "1947-02-05", "284",
  "Consultation answer: biopsy-proven jättecellsarterit and 'Pat känner i nuläget inte till diagnosen, remittenten ombeds informera'.",
  [("NL101", "n1")], [],
  N("n1", "Melior", "Konsultationssvar", S_REUMA_LUND, "Dragan Petrović", L, "2024-12-03T13:40", "2024-12-03T14:10", OV,
    ("Svar", "Temporalisbiopsin visar granulomatös arterit med jätteceller. SR 92 före steroider. Diagnos: jättecellsarterit."),
    ("Rekommendation", "Pat känner i nuläget inte till diagnosen, remittenten ombeds informera henne. Prednisolon 50 mg fortsätter, nedtrappning enligt bifogat schema.")))

C("d66-nl101-addison-utskriven-innan-svar-utkast", "vgr", "1991-12-12", "175",
  "Unsigned draft: Addisons sjukdom settled by Synacthen test and 'Ej informerat pat om diagnosen'.",
  [("NL101", "n1")], [],
  N("n1", "Melior", "Läkaranteckning", V_ENDO_UDD, "Jonatan Ek", L, "2024-02-23T10:30", None, OV,
    ("Lab", "Synacthentest: kortisol 30 min 142 nmol/L (ref >420). ACTH 88 pmol/L, 21-hydroxylas-ak positiva."),
    ("Bedömning", "Primär binjurebarksinsufficiens (Addisons sjukdom), autoimmun genes."),
    ("Information", "Ej informerat pat om diagnosen; han skrevs ut innan testet var klart. Ringer honom i dag.")))
# ================================================================ NL101 must_not

C("d66-nl101n-myelom-informerad-idag", "skane", "1952-09-14", "470",
  "Settled myelom and 'Pat informerad idag om diagnosen myelom': told today, nothing hedged.",
  [], [("NL101", "n1"), ("NL102", "n1")],
  N("n1", "Melior", "Läkaranteckning", S_HEM_MAL, "Lars Gyllen", L, "2024-01-31T14:00", "2024-01-31T14:45", OV,
    ("Bedömning", "Benmärg med 42 % klonala plasmaceller. Multipelt myelom IgG-kappa, R-ISS II."),
    ("Information", "Pat informerad idag om diagnosen myelom och om behandlingsplanen, maken närvarande. Skriftlig information från RCC överlämnad.")))

C("d66-nl101n-sjogren-informerad-tidigare", "vgr", "1969-03-23", "322",
  "Diagnosis told at an earlier visit ('Informerades om diagnosen vid förra besöket').",
  [], [("NL101", "n1")],
  N("n1", "Melior", "Läkaranteckning", V_REUMA_SKAS, "Anette Lindahl", L, "2024-03-14T09:30", "2024-03-14T10:00", OV,
    ("Aktuellt", "Primärt Sjögrens syndrom, biopsiverifierat i januari. Informerades om diagnosen vid förra besöket och har sedan gått med i patientföreningen."),
    ("Lab", "IgG 19, SR 34, blodstatus normalt."),
    ("Planering", "Salagen 5 mg x3 provas. Ögonkontakt för punctum plugs.")))

C("d66-nl101n-datum-benmargsbiopsi-ej-meddelat", "skane", "1961-12-08", "345",
  "What is not yet told is a date ('ej informerad om datum för biopsin'), not the known essentiell trombocytemi.",
  [], [("NL101", "n1")],
  N("n1", "Melior", "Läkaranteckning", S_HEM_LUND, "Emma Åström", L, "2024-04-02T15:20", "2024-04-02T15:40", OV,
    ("Aktuellt", "Essentiell trombocytemi, CALR-positiv, diagnostiserad 2022. Stabil på hydroxyurea."),
    ("Planering", "Ny benmärgsbiopsi för att utvärdera fibrosgrad. Pat ej informerad om datum för biopsin ännu, kallelse skickas när tid finns.")))

C("d66-nl101n-remiss-skickad-ej-meddelad", "vgr", "1949-01-29", "144",
  "What is not told is that a referral was sent; the CKD diagnosis itself is not said to be withheld.",
  [], [("NL101", "n1")],
  N("n1", "Melior", "Läkaranteckning", V_MED_SAS, "Gustav Rehn", L, "2024-04-17T13:50", "2024-04-17T14:20", OV,
    ("Aktuellt", "Kronisk njursjukdom stadium 3b sedan 2021, eGFR nu 34. Albuminuri ökande."),
    ("Åtgärd", "Remiss till njurmedicin skickad idag. Pat inte informerad om att remissen har skickats, hann gå innan; meddelas via 1177.")))

C("d66-nl101n-normala-tyreoideaprover-ej-meddelade", "skane", "1990-05-05", "236",
  "The untold thing is a normal result ('Normala tyreoideaprover ... Pat ej informerad om svaren ännu').",
  [], [("NL101", "n1")],
  N("n1", "Melior", "Provsvarsbedömning", S_ENDO_MAL, "Ali Haddad", L, "2024-05-07T16:00", "2024-05-07T16:10", OV,
    ("Provsvar", "TSH 1,6, fT4 16, TRAk <0,8. Normala tyreoideaprover ett år efter avslutad tiamazolbehandling."),
    ("Åtgärd", "Pat ej informerad om svaren ännu, svarsbrev skickas. Ingen ytterligare uppföljning.")))

C("d66-nl101n-tidiga-hypoteser-skane-myelom", "skane", "1952-12-02", "413",
  "Skåne: 'Sannolikt myelom' and 'Pat ej informerad om misstanken' only in the Tidiga hypoteser template note.",
  [], [("NL101", "n1"), ("NL102", "n1")],
  N("n1", "Melior", "Tidiga hypoteser", S_MED_HBG, "Petra Sundin", L, "2024-05-15T15:00", "2024-05-15T15:20", OV,
    ("Bedömning", "M-komponent 31 g/L, osteolyser och hyperkalcemi. Sannolikt myelom. Pat ej informerad om misstanken — remiss till hematologen Lund går i dag och beskedet ges där.")),
  N("n2", "Melior", "Läkaranteckning", S_MED_HBG, "Petra Sundin", L, "2024-05-15T14:40", "2024-05-15T15:15", OV,
    ("Aktuellt", "Ryggsmärta och kalcium 2,95. Rehydrering och zoledronsyra 4 mg iv givet."),
    ("Planering", "Remiss till hematologmottagningen SUS Lund. Kalciumkontroll om 3 dagar på vårdcentralen.")))

C("d66-nl101n-tidiga-hypoteser-vgr-insulinom", "vgr", "1982-08-17", "292",
  "VGR: 'misstänkt insulinom; inte nämnt för pat än' only under sökord Tidiga hypoteser; visible sections hold findings and plans.",
  [], [("NL101", "n1"), ("NL102", "n1")],
  N("n1", "Melior", "Läkaranteckning", V_ENDO_SU, "Malin Fors", L, "2024-06-19T14:00", "2024-06-19T14:45", OV,
    ("Aktuellt", "Episoder med svettning, förvirring och P-glukos 2,1 på morgonen. 72-timmars fasta påbörjas på avdelningen måndag."),
    ("Planering", "Insulin, C-peptid och proinsulin tas vid symtomgivande hypoglykemi under fastan."),
    ("Tidiga hypoteser", "Endogen hyperinsulinism med misstänkt insulinom; inte nämnt för pat än, vill först ha fasteresultatet och DT pankreas.")))

C("d66-nl101n-typo-inforemrad-barnen-vet-inte", "skane", "1950-04-04", "258",
  "Typo in the told phrase ('Pat inforemrad'); the patient is told and only her adult children are not.",
  [], [("NL101", "n1")],
  N("n1", "Melior", "Läkaranteckning", S_HEM_KRI, "Gunnar Tell", L, "2024-06-26T11:30", "2024-06-26T12:00", OV,
    ("Bedömning", "Kronisk lymfatisk leukemi, Binet B, IGHV omuterad. Behandlingskrävande p.g.a. B-symtom."),
    ("Information", "Pat inforemrad om diagnosen KLL och om planerad behandling med ibrutinib. Önskar att de vuxna barnen inte får veta något förrän efter midsommar, vilket respekteras.")))

C("d66-nl101n-tva-anteckningar-senare-informerad", "vgr", "1971-10-31", "315",
  "Two notes: n1 withheld the biopsy result during holiday; n2 (asserted) documents that the patient is now told.",
  [], [("NL101", "n2")],
  N("n1", "Melior", "Läkaranteckning", V_NJUR_NAL, "Ahmed Yusuf", L, "2024-07-01T15:10", "2024-07-01T15:30", OV,
    ("PAD", "Njurbiopsi: membranös nefropati, PLA2R-positiv i vävnad."),
    ("Information", "Pat ännu inte informerad om PAD-svaret, han är på semester till 8/7.")),
  N("n2", "Melior", "Telefonanteckning", V_NJUR_NAL, "Ahmed Yusuf", L, "2024-07-08T10:20", "2024-07-08T10:35", OV,
    ("Telefonkontakt", "Pratat med pat som nu är hemma. Informerad om att biopsin visar membranös nefropati och om behandlingsalternativen. Rituximab planeras, återbesök 15/7.")))

C("d66-nl101n-informerad-per-telefon-hypotyreos", "skane", "1976-06-20", "462",
  "Patient told by phone ('Informerat pat per telefon om att proverna visar hypotyreos'); settled diagnosis.",
  [], [("NL101", "n1"), ("NL102", "n1")],
  N("n1", "Melior", "Telefonanteckning", S_MED_YST, "Viktor Borg", L, "2024-07-17T13:30", "2024-07-17T13:40", OV,
    ("Telefonkontakt", "Informerat pat per telefon om att proverna visar hypotyreos, TSH 18 och fT4 9. Levaxin 50 mikrog förskrivet, nytt prov om sex veckor. Pat förstod och hade inga frågor.")))

C("d66-nl101n-sarkoidos-redan-informerad-av-lungklin", "vgr", "1967-01-02", "386",
  "Consultation answer: sarkoidos already told by the lung clinic ('Pat har redan informerats om diagnosen').",
  [], [("NL101", "n1")],
  N("n1", "Melior", "Konsultationssvar", V_ENDO_UDD, "Jonatan Ek", L, "2024-07-30T10:40", "2024-07-30T11:15", OV,
    ("Svar", "Hyperkalcemi 2,92 med supprimerat PTH och ACE 120. Bilateral hiluslymfadenopati och granulom i bronkoskopibiopsi bekräftar sarkoidos. Pat har redan informerats om diagnosen av lungkliniken enligt remissen."),
    ("Rekommendation", "Prednisolon 20 mg dämpar kalciumstegringen. Undvik D-vitamintillskott och solarium. Kalciumkontroll om en vecka.")))

C("d66-nl101n-mr-tid-ej-meddelad-prolaktinom", "skane", "1996-11-30", "124",
  "Only an appointment time is not yet told ('Tid för MR ej meddelad pat ännu'); the prolaktinom is known. Unsigned draft.",
  [], [("NL101", "n1")],
  N("n1", "Melior", "Läkaranteckning", S_ENDO_LUND, "Klara Hjort", L, "2024-08-28T11:20", None, OV,
    ("Aktuellt", "Mikroprolaktinom 6 mm, diagnostiserat i maj. Kabergolin 0,5 mg/vecka, menstruationerna har kommit tillbaka."),
    ("Lab", "Prolaktin 280 mIE/L."),
    ("Planering", "Ny MR hypofys om ett år. Tid för MR ej meddelad pat ännu, röntgen skickar kallelse.")))

C("d66-nl101n-sle-informerad-med-tolk", "vgr", "1993-04-15", "468",
  "Patient told with an interpreter ('Pat informerad om diagnosen SLE med hjälp av arabisktalande telefontolk').",
  [], [("NL101", "n1")],
  N("n1", "Melior", "Läkaranteckning", V_REUMA_SU, "Mikael Strand", L, "2024-09-11T10:00", "2024-09-11T11:20", OV,
    ("Bedömning", "SLE med hud-, led- och hematologisk manifestation. Uppfyller EULAR/ACR-kriterierna med 22 poäng."),
    ("Information", "Pat informerad om diagnosen SLE med hjälp av arabisktalande telefontolk. Fick skriftlig information på arabiska och frågade om graviditet, vilket vi tar upp nästa gång.")))

C("d66-nl101n-barn-typ1-foraldrar-informerade", "skane", "2012-12-24", "040",
  "Child under 13: both guardians (and the child) told about typ 1-diabetes by the signing doctor.",
  [], [("NL101", "n1")],
  N("n1", "Melior", "Läkaranteckning", S_BARN_ENDO, "Eva Carlsson", L, "2024-10-01T13:00", "2024-10-01T14:20", SV,
    ("Aktuellt", "11-årig flicka inlagd med ketoacidos, pH 7,18, P-glukos 31. Viktnedgång och stora urinmängder i tre veckor."),
    ("Bedömning", "Typ 1-diabetes med ketoacidos vid debut. GAD- och IA2-antikroppar positiva."),
    ("Information", "Mamma och pappa informerade om diagnosen typ 1-diabetes av undertecknad, flickan själv med vid samtalet. Diabetessköterskan börjar undervisningen i morgon.")))

C("d66-nl101n-pat-informerad-maken-inte", "vgr", "1957-02-19", "426",
  "Patient told; only the husband does not know yet ('Hon vill själv berätta för maken').",
  [], [("NL101", "n1")],
  N("n1", "Melior", "Läkaranteckning", V_HEM_SKAS, "Tomas Lindblom", L, "2024-10-09T13:10", "2024-10-09T13:45", OV,
    ("Bedömning", "Myelom IgA-kappa bekräftat i benmärgen, 26 % plasmaceller. Standardrisk-cytogenetik."),
    ("Information", "Pat informerad om myelomdiagnosen. Hon vill själv berätta för maken, som alltså ännu inte vet något.")))

C("d66-nl101n-benmarg-utan-malignitet-ej-meddelat", "skane", "1978-09-18", "133",
  "Untold result is normal ('Normocellulär benmärg utan tecken på malignitet' ... 'Pat ej informerad om benmärgssvaret').",
  [], [("NL101", "n1"), ("NL102", "n1")],
  N("n1", "Melior", "Läkaranteckning", S_HEM_LUND, "Lotta Axelsson", L, "2024-10-17T15:30", "2024-10-17T15:50", OV,
    ("Benmärg", "Normocellulär benmärg utan tecken på malignitet eller fibros. Normal karyotyp."),
    ("Bedömning", "Ingen hematologisk sjukdom påvisad som förklaring till den lätta neutropenin (1,3)."),
    ("Information", "Pat ej informerad om benmärgssvaret ännu, brev skickas i dag.")))

C("d66-nl101n-vantetid-fistel-ej-meddelad", "vgr", "1959-11-06", "204",
  "Untold thing is a waiting time for AV-fistel surgery; the CKD 5 diagnosis and dialysis choice are known to her.",
  [], [("NL101", "n1")],
  N("n1", "Melior", "Läkaranteckning", V_NJUR_SU, "Oskar Nyberg", L, "2024-10-23T09:50", "2024-10-23T10:40", OV,
    ("Aktuellt", "CKD stadium 5, eGFR 9, har valt hemodialys efter informationssamtal i september."),
    ("Planering", "Remiss för AV-fistel skickad till kärlkirurgen. Pat ej informerad om väntetiden, kärlkirurgen kontaktar henne direkt.")))

C("d66-nl101n-ssk-fick-besked-igar-itp", "skane", "1994-03-13", "285",
  "Nurse note: 'Pat fick besked om diagnosen ITP av dr Berglund i går' -- told earlier.",
  [], [("NL101", "n1")],
  N("n1", "Melior", "Omvårdnadsanteckning", S_HEM_AVD, "Hanna Wester", SSK, "2024-11-06T14:30", "2024-11-06T14:50", SV,
    ("Omvårdnad", "Pat fick besked om diagnosen ITP av dr Berglund i går. Har många frågor idag om idrott och blödningsrisk, vi har gått igenom broschyren tillsammans. TPK 34 i morse.")))

C("d66-nl101n-typo-informerda-iga", "vgr", "1981-07-27", "371",
  "Typo in the told phrase ('Pat informerda om diagnosen') after biopsy-verified IgA-nefropati.",
  [], [("NL101", "n1")],
  N("n1", "Melior", "Läkaranteckning", V_NJUR_NAL, "Karin Ås", L, "2024-11-20T13:00", "2024-11-20T13:30", OV,
    ("Bedömning", "IgA-nefropati, biopsiverifierad 12/11, Oxford MEST-C M0 E0 S1 T0 C0."),
    ("Information", "Pat informerda om diagnosen och om att prognosen är god med nuvarande proteinurinivå. Anhöriga ej närvarande.")))

C("d66-nl101n-kostrad-ej-hunnit", "skane", "1968-03-29", "409",
  "What was not told is dietary advice ('Har inte hunnit informera om kostråd'), not the known gikt.",
  [], [("NL101", "n1")],
  N("n1", "Melior", "Läkaranteckning", S_MED_HLM, "Kristina Ljung", L, "2024-11-28T10:30", "2024-11-28T11:00", OV,
    ("Aktuellt", "Gikt sedan 2015 med tre attacker senaste halvåret. Urat 520."),
    ("Planering", "Allopurinol 100 mg, upptitrering till urat <360. Har inte hunnit informera om kostråd idag, dietistremiss skickad.")))


# ================================================================ validation
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}
SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_valid(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def age_at(birth, when):
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


def validate(cases):
    errors = []
    names = set()
    sentences = {}
    for c in cases:
        n = c.get("case")
        err = lambda m: errors.append("%s: %s" % (n, m))
        if set(c) != CASE_KEYS:
            err("case keys %s" % sorted(c))
        if not isinstance(n, str) or not n.startswith("d66-"):
            err("name must start with d66-")
        if n in names:
            err("duplicate case name")
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            err("bad ruleset")
        if not c["why"] or not isinstance(c["why"], str):
            err("missing why")
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            err("record keys")
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            err("non-empty access_events/conversations/treatments")
        pat = rec["patient"]
        if set(pat) != PATIENT_KEYS:
            err("patient keys")
        pid, bd = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            err("personnummer format")
        else:
            if pid[:8] != bd.replace("-", ""):
                err("personnummer does not match birth_date")
            if not luhn_valid(pid[2:8] + pid[9:]):
                err("personnummer Luhn")
        birth = datetime.date.fromisoformat(bd)
        stamps = [rec["as_of"]]
        ids = set()
        for note in rec["notes"]:
            if set(note) != NOTE_KEYS:
                err("note keys %s" % sorted(note))
            if note["id"] in ids:
                err("duplicate note id")
            ids.add(note["id"])
            if note["system"] not in ("Melior", "PMO"):
                err("system")
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                err("VGR note not Melior")
            if set(note["unit"]) != {"name", "hsa_id"} or set(note["author"]) != {"name", "role"}:
                err("unit/author keys")
            if note["setting"] not in (OV, SV):
                err("setting")
            if not note["sections"]:
                err("no sections")
            stamps.append(note["time"])
            if note["signed"] is not None:
                stamps.append(note["signed"])
                if note["signed"] < note["time"]:
                    err("signed before time")
            for s in note["sections"]:
                if set(s) != {"keyword", "text"} or not s["keyword"] or not s["text"]:
                    err("section")
                    continue
                for sent in SPLIT.split(s["text"]):
                    key = " ".join(sent.split()).casefold()
                    if len(key) >= 25:
                        if key in sentences and sentences[key] != n:
                            err("sentence repeated from %s: %r" % (sentences[key], sent))
                        elif key in sentences:
                            err("sentence repeated within case: %r" % sent)
                        sentences[key] = n
        for st in stamps:
            if not st.startswith("2024-"):
                err("date not in 2024: %s" % st)
            dt = datetime.datetime.fromisoformat(st)
            a = age_at(birth, dt.date())
            if 13 <= a <= 15:
                err("patient aged %d at %s" % (a, st))
            if a < 0:
                err("born after %s" % st)
        if rec["as_of"] < max(stamps[1:]):
            err("as_of before a note")
        systems = {note["id"]: note["system"] for note in rec["notes"]}
        seen = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2:
                    err("assertion shape")
                    continue
                code, target = item
                if code not in CODES:
                    err("unexpected code %s" % code)
                if target not in systems:
                    err("target %s missing" % target)
                    continue
                if (code, target) in seen:
                    err("code %s asserted twice on %s" % (code, target))
                seen.add((code, target))
                if code == "NL102" and lst == "must" and systems[target] != "Melior":
                    err("NL102 must on non-Melior")
                if code == "NL101" and systems[target] == "PMO":
                    err("NL101 asserted on PMO")
        if not c["must"] and not c["must_not"]:
            err("no assertions")
    return errors


def main():
    errors = validate(CASES)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    tally = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                tally[(code, lst)] = tally.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for code in sorted(CODES):
        print("%s must=%d must_not=%d" % (code, tally.get((code, "must"), 0), tally.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
