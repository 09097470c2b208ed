#!/usr/bin/env python3
"""Independent test set for notelint NL101/NL102: endocrinology and diabetes.

Hand-written Swedish journal notes (diabetes clinics, thyroid, adrenal and
pituitary outpatients, diabetes nurses on the phone, endocrine consultations on
wards).  Standard library only, deterministic.  Running it writes cases.jsonl
next to this file and exits 1 on any validation problem.
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

L = "läkare"
SSK = "sjuksköterska"
DIET = "dietist"

# key: (name, hsa_id, system, default setting, region)
UNITS = {
    # Region Skåne, Melior (hospitals)
    "S_ENDO_MAL": ("Endokrinologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4K2M", "Melior", "öppenvård", "skane"),
    "S_ENDO_LUND": ("Endokrinologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4K3B", "Melior", "öppenvård", "skane"),
    "S_DIAB_HBG": ("Diabetesmottagningen, Helsingborgs lasarett", "SE2321000255-7D1H", "Melior", "öppenvård", "skane"),
    "S_MED_KRI": ("Medicinmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-9M0K", "Melior", "öppenvård", "skane"),
    "S_BARN_LUND": ("Barn- och ungdomsdiabetesmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2B8L", "Melior", "öppenvård", "skane"),
    "S_BARN_HBG": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-2B5H", "Melior", "öppenvård", "skane"),
    "S_AVD_YSTAD": ("Medicinavdelning 2, Lasarettet i Ystad", "SE2321000255-6Y2A", "Melior", "slutenvård", "skane"),
    "S_AVD_MAL": ("Vårdavdelning endokrinologi, Skånes universitetssjukhus Malmö", "SE2321000255-4V1M", "Melior", "slutenvård", "skane"),
    "S_DIAB_TRB": ("Diabetesmottagningen, Lasarettet Trelleborg", "SE2321000255-8T3D", "Melior", "öppenvård", "skane"),
    "S_MED_HLM": ("Medicinmottagningen, Hässleholms sjukhus", "SE2321000255-9H4M", "Melior", "öppenvård", "skane"),
    "S_KIR_LUND": ("Endokrinkirurgiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3E7K", "Melior", "öppenvård", "skane"),
    "S_MED_LKR": ("Medicinmottagningen, Landskrona lasarett", "SE2321000255-9L2M", "Melior", "öppenvård", "skane"),
    "S_ORT_LUND": ("Ortopedavdelning 4, Skånes universitetssjukhus Lund", "SE2321000255-5O4L", "Melior", "slutenvård", "skane"),
    "S_HEMA_LUND": ("Hematologiavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-5H9L", "Melior", "slutenvård", "skane"),
    "S_KIRAVD_HBG": ("Kirurgavdelning 6, Helsingborgs lasarett", "SE2321000255-5K6H", "Melior", "slutenvård", "skane"),
    "S_MED_ANG": ("Medicinmottagningen, Ängelholms sjukhus", "SE2321000255-9A1M", "Melior", "öppenvård", "skane"),
    "S_SMVC_MAL": ("Specialistmödravården, Skånes universitetssjukhus Malmö", "SE2321000255-6K2M", "Melior", "öppenvård", "skane"),
    # Region Skåne, PMO (primary care)
    "P_LINERO": ("Vårdcentralen Linero, Lund", "SE2321000255-F1L7", "PMO", "öppenvård", "skane"),
    "P_HOLLV": ("Vårdcentralen Höllviken", "SE2321000255-F2H3", "PMO", "öppenvård", "skane"),
    "P_ESLOV": ("Vårdcentralen Eslöv", "SE2321000255-F3E9", "PMO", "öppenvård", "skane"),
    "P_SIMR": ("Vårdcentralen Simrishamn", "SE2321000255-F4S2", "PMO", "öppenvård", "skane"),
    # Västra Götalandsregionen, Melior
    "V_DIAB_SU": ("Diabetesmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4D1", "Melior", "öppenvård", "vgr"),
    "V_ENDO_SU": ("Endokrinologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4E2", "Melior", "öppenvård", "vgr"),
    "V_DIAB_OSTRA": ("Diabetesmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E5D3", "Melior", "öppenvård", "vgr"),
    "V_MED_SAS": ("Medicinmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E7M1", "Melior", "öppenvård", "vgr"),
    "V_DIAB_NU": ("Diabetesmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E8D2", "Melior", "öppenvård", "vgr"),
    "V_MED_SKAS": ("Medicinmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E9M4", "Melior", "öppenvård", "vgr"),
    "V_BARN_DS": ("Diabetesmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E3B6", "Melior", "öppenvård", "vgr"),
    "V_MED_ALI": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E6A1", "Melior", "öppenvård", "vgr"),
    "V_MED_KUN": ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-E6K2", "Melior", "öppenvård", "vgr"),
    "V_AVD_SU": ("Avdelning 137 endokrinologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4V7", "Melior", "slutenvård", "vgr"),
    "V_NKIR_SU": ("Neurokirurgisk vårdavdelning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4N3", "Melior", "slutenvård", "vgr"),
    "V_KIR_NU": ("Kirurgavdelning 21, NU-sjukvården NÄL", "SE2321000131-E8K5", "Melior", "slutenvård", "vgr"),
    "V_HJART_SAS": ("Hjärtavdelning 8, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E7H8", "Melior", "slutenvård", "vgr"),
    "V_SMVC_OSTRA": ("Specialistmödravården, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E5K9", "Melior", "öppenvård", "vgr"),
    "V_EKIR_SU": ("Endokrinkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4K4", "Melior", "öppenvård", "vgr"),
    "V_MED_LID": ("Medicinavdelning 9, Skaraborgs Sjukhus Lidköping", "SE2321000131-E9L3", "Melior", "slutenvård", "vgr"),
}

CASES = []
_SERIAL = [0]


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def pnr(birth, sex):
    """Deterministic Luhn-valid personnummer for a birth date (YYYY-MM-DD)."""
    _SERIAL[0] += 1
    n = _SERIAL[0]
    two = "%02d" % ((n * 37 + 11) % 100)
    third = (n % 5) * 2 + (1 if sex == "M" else 0)
    ymd = birth.replace("-", "")
    nine = ymd[2:] + two + str(third)
    return "%s-%s%d%d" % (ymd, two, third, luhn_digit(nine))


def N(nid, unit, template, author, time, sections, signed=True, setting=None, refs=None):
    name, hsa, system, default_setting, _region = UNITS[unit]
    t = dt.datetime.fromisoformat(time)
    if signed is True:
        s = (t + dt.timedelta(minutes=20 + 9 * len(sections))).isoformat(timespec="seconds")
    elif signed is None:
        s = None
    else:
        s = dt.datetime.fromisoformat(signed).isoformat(timespec="seconds")
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": t.isoformat(timespec="seconds"),
        "signed": s,
        "setting": setting or default_setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def add(name, ruleset, birth, sex, notes, must=(), must_not=(), why="", as_of=None):
    if as_of is None:
        last = max(dt.datetime.fromisoformat(n["time"]) for n in notes)
        d = (last + dt.timedelta(days=9)).date()
        if d.year > 2024:
            d = dt.date(2024, 12, 31)
        as_of = d.isoformat() + "T00:00:00"
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, sex), "birth_date": birth, "protected_identity": False},
            "as_of": as_of,
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


# ---------------------------------------------------------------------------
# Cases.  Each block below holds about fifteen cases.
# ---------------------------------------------------------------------------

# ---- Block 1: hedged diagnoses in visible sections (NL102 must) -------------

add("end-susp-graves-nybesok-malmo", "skane", "1991-04-17", "F", [
    N("n1", "S_ENDO_MAL", "Läkaranteckning", ("Per Lindgren", L), "2024-02-14T10:20", [
        ("Anamnes", "Remitterad från VC Husie pga TSH <0,01 och fritt T4 38 pmol/L. Sedan 2 mån hjärtklappning, viktnedgång 5 kg, värmeintolerans. Sambon har märkt att hon stirrar."),
        ("Status", "Thyreoidea diffust förstorad, mjuk, ej öm. Lätt lid lag bilat. Fin tremor. Puls 104 reg."),
        ("Bedömning", "Thyreotoxikos, susp. Graves sjukdom med lindrig ögonpåverkan. TRAK skickat."),
        ("Planering", "Startar Tiamazol 20 mg x 1 och Propranolol 10 mg v.b. Lab om 4 v. Remiss ögonmott."),
    ]),
], must=[("NL102", "n1")], must_not=[("NL101", "n1")],
   why="Graves marked 'susp.' in Bedömning of a Skåne Melior outpatient note is a visible hedged diagnosis; nothing about telling the patient.")

add("end-trol-subakut-tyreodit-typo", "vgr", "1978-09-03", "M", [
    N("n1", "V_ENDO_SU", "Mottagningsanteckning", ("Annika Berglund", L), "2024-03-05T13:40", [
        ("Aktuellt", "Tre veckors smärta framtill på halsen som strålar mot vä öra, feber i början. Föregåtts av förkylning."),
        ("Status", "Öm, fast thyreoidea, mest vä lob. Temp 37,9."),
        ("Undersökningsresultat", "SR 78, CRP 41, TSH 0,02, fT4 29."),
        ("Bedömning", "Trol. subakut tyreodit (de Quervain). Ingen antityreoidal beh behövs."),
        ("Åtgärd", "Prednisolon 30 mg med nedtrappning enl. schema, Propranolol v.b."),
    ]),
], must=[("NL102", "n1")],
   why="Typo 'tyreodit' in the diagnosis; 'Trol.' still makes a hedged diagnosis under the VGR sökord Bedömning.")

add("end-dd-lada-gad-skickat", "skane", "1983-06-21", "M", [
    N("n1", "S_DIAB_HBG", "Läkaranteckning", ("Johan Sjöberg", L), "2024-01-23T09:15", [
        ("Aktuellt", "BMI 23, HbA1c 84 trots Metformin sedan ett år. Tappat 6 kg. Ingen ärftlighet för diabetes."),
        ("Bedömning", "Typ 2-diabetes enl. VC men klinisk bild med lågt BMI och snabb progress. DD LADA. GAD-ak och C-peptid skickade."),
        ("Planering", "Lägger till basinsulin Tresiba 10 E till kvällen, titrering via diabetessköterska."),
    ]),
], must=[("NL102", "n1")],
   why="'DD LADA' is a differential diagnosis written in a visible Bedömning.")

add("end-cushing-fragetecken-diagnossokord", "vgr", "1969-11-08", "F", [
    N("n1", "V_ENDO_SU", "Läkaranteckning", ("Henrik Axelsson", L), "2024-04-11T11:05", [
        ("Anamnes", "Viktuppgång 15 kg på ett år, blåmärken, proximal muskelsvaghet, nydebuterad hypertoni."),
        ("Status", "Månansikte, supraklavikulära fettkuddar, breda lila striae på buken."),
        ("Diagnos", "Cushings syndrom?"),
        ("Planering", "Dygnsurin kortisol x 2, sen kvälls-salivkortisol, 1 mg dexametasonhämningstest."),
    ]),
], must=[("NL102", "n1")],
   why="A bare question mark after the diagnosis under the visible sökord Diagnos is a hedge.")

add("end-feo-kan-ej-uteslutas-attacker", "skane", "1958-02-27", "M", [
    N("n1", "S_MED_KRI", "Läkaranteckning", ("Lena Persson", L), "2024-02-02T14:30", [
        ("Aktuellt", "Attacker med huvudvärk, svettningar och hjärtklappning, BT uppmätt 220/120 under attack på akuten. Binjureincidentalom 3,2 cm vä sida på DT buk 1/2."),
        ("Bedömning", "Feokromocytom kan ej uteslutas. Undviker betablockad tills vidare."),
        ("Planering", "P-fria metoxikatekolaminer idag. Åter efter svar."),
    ]),
], must=[("NL102", "n1")],
   why="'kan ej uteslutas' keeps pheochromocytoma open as a hypothesis in a visible note.")

add("end-bild-som-vid-mikroadenom-prolaktin", "vgr", "1996-01-30", "F", [
    N("n1", "V_MED_SAS", "Mottagningsanteckning", ("Sara Lindqvist", L), "2024-03-19T08:50", [
        ("Aktuellt", "Amenorré sedan 8 mån, galaktorré bilat. Ej gravid (hCG neg). Prolaktin 2100 mU/L vid två tillfällen."),
        ("Utredning", "MR hypofys 12/3: 6 mm hypointens förändring vä i adenohypofysen, bild som vid mikroadenom."),
        ("Bedömning", "Sannolikt mikroprolaktinom. Synfält ej påverkat."),
        ("Åtgärd", "Kabergolin 0,25 mg två ggr/v. Kontroll prolaktin om 6 v."),
    ]),
], must=[("NL102", "n1")],
   why="Prolactinoma called 'Sannolikt' (and the MR 'bild som vid') in visible VGR sökord.")

add("end-talar-for-primar-aldosteronism", "skane", "1972-05-14", "M", [
    N("n1", "S_ENDO_LUND", "Läkaranteckning", ("Maria Nilsson", L), "2024-05-07T10:10", [
        ("Anamnes", "Svårbehandlad hypertoni på 4 preparat, S-kalium 3,1 trots kaliumtillskott."),
        ("Provsvar", "Aldosteron 780 pmol/L, renin <2 mIE/L, kvoten kraftigt förhöjd."),
        ("Bedömning", "Talar för primär aldosteronism. Planerar saltbelastning och DT binjurar, därefter ställningstagande till binjurevenskateterisering."),
    ]),
], must=[("NL102", "n1")],
   why="'Talar för primär aldosteronism' is an unconfirmed working diagnosis in visible text.")

add("end-forenigt-med-hashimoto-typo", "vgr", "1988-08-12", "F", [
    N("n1", "V_MED_KUN", "Mottagningsanteckning", ("Olof Hedlund", L), "2024-06-03T15:20", [
        ("Bedömning", "TSH 7,8, fT4 12. Anti-TPO >1000. Förenigt med Hashimotos thyreoidit och subklinisk hypotyreos."),
        ("Planering", "Pat planerar graviditet, startar därför Levaxin 50 mikrog. Nytt TSH om 6 v."),
    ]),
], must=[("NL102", "n1")],
   why="Typo in the hedge ('Förenigt med' for 'Förenligt med') before Hashimoto in a visible Bedömning.")

add("end-inger-misstanke-akromegali", "skane", "1966-10-02", "M", [
    N("n1", "S_MED_HLM", "Läkaranteckning", ("Erik Wallin", L), "2024-04-24T13:00", [
        ("Anamnes", "Remiss från tandläkare pga tilltagande glesa tänder och underbett. Svettas mycket, snarkar."),
        ("Status", "Grova ansiktsdrag, prominent underkäke, stora händer, ringen har fått vidgas två gånger."),
        ("Bedömning", "Bilden inger misstanke om akromegali. IGF-1 och GH-kurva vid glukosbelastning beställs."),
    ]),
], must=[("NL102", "n1")],
   why="'inger misstanke om akromegali' is a hedged diagnosis in a visible Skåne Melior note.")

add("end-kan-rora-sig-om-mody", "vgr", "2001-12-09", "F", [
    N("n1", "V_DIAB_NU", "Läkaranteckning", ("Karin Ström", L), "2024-02-20T10:45", [
        ("Anamnes", "Hyperglykemi upptäckt vid graviditetsscreening i fjol, HbA1c nu 49. Normalvikt. Mor och morfar har diabetes sedan 25-årsåldern."),
        ("Bedömning", "Kan röra sig om MODY, GAD-ak neg och C-peptid bevarad. Remiss för genetisk analys (HNF1A, GCK)."),
    ]),
], must=[("NL102", "n1")],
   why="'Kan röra sig om MODY' is the patient's hypothesis, visible; the relatives' diabetes is not what is hedged.")

add("end-konsult-ortoped-mojlig-binjurebarkssvikt", "skane", "1947-03-18", "M", [
    N("n1", "S_ORT_LUND", "Konsultationsanteckning", ("Ingrid Falk", L), "2024-01-11T16:40", [
        ("Frågeställning", "Hypotoni och hyponatremi postop efter höftfraktur. Pat har stått på Prednisolon 15 mg i flera år pga PMR, ej givits under 2 dygn."),
        ("Bedömning", "Möjlig sekundär binjurebarkssvikt efter utsatt steroid. Na 126."),
        ("Åtgärd", "Ge Solu-Cortef 100 mg iv nu, därefter 50 mg x 3. Dra kortisol före första dos om möjligt. Återinsätt Prednisolon po när pat äter."),
    ]),
], must=[("NL102", "n1")],
   why="Endocrine consultation on an orthopaedic ward: 'Möjlig binjurebarkssvikt' in visible Bedömning.")

add("end-ev-diabetes-insipidius-postop-typo", "vgr", "1980-07-25", "F", [
    N("n1", "V_NKIR_SU", "Konsultationsanteckning", ("Gustav Eriksson", L), "2024-09-04T09:30", [
        ("Aktuellt", "Dag 2 efter transsfenoidal op av icke-hormonproducerande makroadenom. Diures 5,6 L senaste dygnet, törstig."),
        ("Bedömning", "Ev. diabetes insipidius. S-Na 147, U-osmolalitet 180."),
        ("Åtgärd", "Vätskelista, Na x 3 per dygn. Minirin 0,5 mikrog iv vid diures >250 ml/h två timmar i följd."),
    ]),
], must=[("NL102", "n1")],
   why="Typo 'insipidius'; 'Ev.' before a diagnosis (not a plan) in a visible consultation note.")

add("end-sannolik-phpt-njursten", "skane", "1955-09-30", "F", [
    N("n1", "S_MED_LKR", "Läkaranteckning", ("Anders Bengtsson", L), "2024-03-27T11:20", [
        ("Anamnes", "Njursten x 2, trötthet. Kotkompression Th12 i fjol."),
        ("Provsvar", "S-Ca jonis 1,46, PTH 11,2 pmol/L, 25-OH-vit D 62, normalt kreatinin."),
        ("Bedömning", "Sannolik primär hyperparatyreoidism med organpåverkan. Op-indikation bedöms föreligga."),
        ("Planering", "Remiss endokrinkirurgen Lund, ultraljud hals och sestamibiscint."),
    ]),
], must=[("NL102", "n1")],
   why="'Sannolik primär hyperparatyreoidism' stands in a visible Bedömning.")

add("end-fragestallning-gastropares-utredning", "vgr", "1975-04-04", "M", [
    N("n1", "V_DIAB_SU", "Läkaranteckning", ("Eva Lundgren", L), "2024-10-15T14:10", [
        ("Aktuellt", "Typ 1-diabetes sedan 34 år, känd retinopati och perifer neuropati. Tilltagande tidig mättnad, kräks ibland osmält mat på kvällen. Oförklarliga postprandiella hypoglykemier."),
        ("Utredning", "Frågeställning gastropares. Gastroskopi ua i höstas. Ventrikeltömningsscintigrafi beställd."),
    ]),
], must=[("NL102", "n1")],
   why="'Frågeställning gastropares' under the visible sökord Utredning is an open hypothesis.")

# ---- Block 2: more visible hedges, drafts, protection by the wrong means ----

add("end-oklart-om-typ1-sen-debut", "skane", "1964-12-01", "M", [
    N("n1", "S_DIAB_TRB", "Läkaranteckning", ("Sofia Holm", L), "2024-04-02T09:40", [
        ("Aktuellt", "Insulinbehandlad sedan vårdtillfället i mars, ketoner 2,1 vid insjuknandet. Alkoholpankreatit 2017, nykter sedan dess."),
        ("Bedömning", "Diabetes mellitus, oklart om det rör sig om typ 1 med sen debut eller pankreatogen diabetes. GAD-ak och IA-2-ak tas."),
        ("Planering", "Fortsatt basal-bolus. Libre 2 förskrivet."),
    ]),
], must=[("NL102", "n1")],
   why="'oklart om det rör sig om typ 1' leaves the diabetes type as an open hypothesis in visible text.")

add("end-misstant-postpartumthyreoidit-typo", "vgr", "1999-05-16", "F", [
    N("n1", "V_MED_ALI", "Telefonanteckning", ("Linnea Dahl", L), "2024-08-13T10:25", [
        ("Telefonkontakt", "Ringer pga hjärtklappning och darrighet sedan 2 v, förlöst för 4 mån sedan. Ammar."),
        ("Bedömning", "Misstänt postpartumthyreoidit i tyreotoxisk fas. TSH, fT4 och TRAK tas på vårdcentralen i morgon."),
    ]),
], must=[("NL102", "n1")],
   why="Typo in the hedge ('Misstänt'); suspected postpartum thyroiditis in a visible telephone note.")

add("end-sannolkit-hypofysadenom-typo", "skane", "1961-08-19", "M", [
    N("n1", "S_ENDO_LUND", "Läkaranteckning", ("Fredrik Åberg", L), "2024-05-22T15:05", [
        ("Anamnes", "DT hjärna efter fall på akuten 2/5 visade 14 mm förändring i sella. Ingen huvudvärk, inga synbesvär."),
        ("Bedömning", "Sannolkit icke-funktionellt hypofysadenom. MR sella och hormonstatus beställda, perimetri likaså."),
    ]),
], must=[("NL102", "n1")],
   why="Typo 'Sannolkit' for 'Sannolikt' before a pituitary adenoma in a visible note.")

add("end-sglt2-misstankt-euglykemisk-dka", "skane", "1959-01-12", "F", [
    N("n1", "S_AVD_YSTAD", "Inskrivningsanteckning", ("Mattias Kjellberg", L), "2024-06-18T22:15", [
        ("Anamnes", "Typ 2-diabetes på Jardiance och Metformin. Opererad för gallsten i förrgår, dåligt peroralt intag sedan dess. Illamående, kräkts x 3."),
        ("Status", "Allmänpåverkad, torra slemhinnor, andas djupt. AF 24."),
        ("Lab", "P-glukos 9,8, pH 7,18, BE -14, B-ketoner 4,6, laktat 1,1."),
        ("Bedömning", "Misstänkt euglykemisk ketoacidos utlöst av SGLT2-hämmare och svält."),
        ("Åtgärd", "Jardiance utsatt. Insulin-glukosinfusion enl. DKA-PM, täta blodgaser."),
    ]),
], must=[("NL102", "n1")],
   why="Admission note: 'Misstänkt euglykemisk ketoacidos' in a visible Bedömning.")

add("end-susp-charcotfot-ir-termometer", "vgr", "1957-02-08", "M", [
    N("n1", "V_DIAB_OSTRA", "Mottagningsanteckning", ("Jenny Wikström", L), "2024-02-27T13:15", [
        ("Aktuellt", "Hö fot svullen och varm sedan 3 v efter att ha trampat snett. Känd polyneuropati, typ 2-diabetes sedan 20 år."),
        ("Status", "Hö fot 2,5 grader varmare än vä mätt med IR-termometer. Inga sår. Monofilament 0/3 bilat. Fotpulsar palp."),
        ("Bedömning", "Susp. akut Charcotfot hö."),
        ("Åtgärd", "Avlastning med totalkontaktgips, MR fot beställd. Ortopedtekniker kontaktad."),
    ]),
], must=[("NL102", "n1")],
   why="'Susp. akut Charcotfot' in the visible Bedömning of a diabetic foot visit.")

add("end-ssk-arskontroll-trol-retinopati", "skane", "2002-03-26", "M", [
    N("n1", "S_DIAB_HBG", "Sjuksköterskeanteckning", ("Malin Ek", SSK), "2024-09-10T08:30", [
        ("Årskontroll", "HbA1c 71. Ögonfoto enl. ögonkliniken: trol. lindrig bakgrundsretinopati hö öga, ny jmf med 2022."),
        ("Fotstatus", "Fötter ua, monofilament 3/3."),
        ("Information", "Pratat om mål-HbA1c och om tid i målområdet."),
    ]),
], must=[("NL102", "n1")],
   why="A diabetes nurse copies a hedged retinopathy ('trol.') into a visible annual-review section.")

add("end-barn-ttg-misstankt-celiaki", "skane", "2015-10-04", "F", [
    N("n1", "S_BARN_LUND", "Läkaranteckning", ("Helena Borg", L), "2024-03-14T10:00", [
        ("Aktuellt", "Typ 1-diabetes sedan 2021, pump och CGM. Vid årsscreening transglutaminas-ak IgA 128 U/mL (ref <7). Mamma berättar om lös avföring och ont i magen senaste halvåret."),
        ("Bedömning", "Misstänkt celiaki. Längdtillväxten har planat ut något."),
        ("Planering", "Remiss barngastro. Fortsatt glutenhaltig kost tills utrett."),
    ]),
], must=[("NL102", "n1")],
   why="Child under 13 (guardians read the note): 'Misstänkt celiaki' in visible Bedömning.")

add("end-kalcitonin-mtc-kan-inte-uteslutas", "vgr", "1970-06-29", "M", [
    N("n1", "V_EKIR_SU", "Läkaranteckning", ("Petra Sandberg", L), "2024-11-05T11:30", [
        ("Aktuellt", "Knöl hö tyreoidealob 2,4 cm, FNAC Bethesda III."),
        ("Provsvar", "Kalcitonin 89 ng/L, CEA 11."),
        ("Bedömning", "Medullär thyreoideacancer kan inte uteslutas. Diskuteras på MDK torsdag."),
        ("Planering", "Bekräftas MTC görs RET-analys och screening för feokromocytom före op."),
    ]),
], must=[("NL102", "n1")], must_not=[("NL101", "n1")],
   why="'kan inte uteslutas' keeps medullary carcinoma as a hypothesis in visible text; nothing is said about telling, so no NL101.")

add("end-ev-autonom-neuropati-ortostatism", "skane", "1973-07-07", "F", [
    N("n1", "S_ENDO_MAL", "Läkaranteckning", ("Niklas Rydén", L), "2024-07-02T09:20", [
        ("Aktuellt", "Typ 1-diabetes sedan barndomen. Yrsel vid uppresning, svimmat en gång. Diarréepisoder nattetid."),
        ("Status", "BT liggande 142/84, stående efter 3 min 104/70 utan pulsökning."),
        ("Bedömning", "Ortostatisk hypotoni, ev. autonom neuropati. Enalapril halveras."),
        ("Planering", "Remiss klin fys för autonom testning (djupandningstest, tilt)."),
    ]),
], must=[("NL102", "n1")],
   why="'ev.' placed before a diagnosis (autonomic neuropathy), not before a plan.")

add("end-dd-lista-toxisk-struma", "vgr", "1966-03-11", "F", [
    N("n1", "V_MED_SKAS", "Mottagningsanteckning", ("Mikael Fors", L), "2024-01-29T14:00", [
        ("Aktuellt", "Remiss från VC: TSH <0,01, fT4 31, fT3 9,2. Viktnedgång, sömnsvårigheter."),
        ("Status", "Struma med knöl vä lob ca 3 cm, ej öm. Ingen ögonpåverkan."),
        ("Bedömning", "DD: toxiskt adenom, toxisk multinodös struma, Graves med samtidig knöl. Tyreoideascintigrafi beställd."),
    ], signed=None),
], must=[("NL102", "n1")],
   why="A 'DD:' list of three thyroid diagnoses in a visible Bedömning.")

add("end-tel-ssk-misstankt-abscess-infusionsstalle", "skane", "1994-11-23", "M", [
    N("n1", "S_DIAB_TRB", "Telefonanteckning", ("Therese Lund", SSK), "2024-08-21T08:05", [
        ("Telefonkontakt", "Pat ringer: rodnad, värmeökning och ömhet runt gammalt kanylställe för insulinpumpen på buken, ca 3 cm, pus vid tryck. Temp 38,1."),
        ("Bedömning", "Misstänkt abscess vid infusionsställe."),
        ("Åtgärd", "Tid hos jourhavande läkare på akuten kl 14. Byter infusionsställe till låret med nytt set. Glukos varannan timme, ketoner vid värden över 15."),
    ]),
], must=[("NL102", "n1")],
   why="Diabetes nurse on the phone: suspected abscess (a diagnosis, not a device problem) in visible text.")

add("end-lang-arskontroll-ev-b12-brist", "skane", "1951-02-15", "M", [
    N("n1", "S_MED_KRI", "Läkaranteckning", ("Cecilia Öhman", L), "2024-10-08T10:30", [
        ("Anamnes", "Typ 2-diabetes sedan 2004, hypertoni, hyperlipidemi. PCI 2016. Lm: Metformin 1 g x 2, Ozempic 1 mg/v, Lantus 24 E, Atorvastatin 40, Enalapril 10, Trombyl. Pensionerad snickare, bor med hustrun i villa, går dagliga promenader med hunden. Röker inte sedan 2016, alkohol måttligt."),
        ("Aktuellt", "Årskontroll. Mår på det hela taget bra. Stickningar i fötterna på nätterna senaste halvåret, ibland domningar i fingertopparna. Ingen bröstsmärta, ingen dyspné. Enstaka lätta hypoglykemier efter vedhuggning, känner av dem i tid."),
        ("Status", "AT gott. Vikt 94 kg, BMI 29. BT 138/78. Cor: RR, inga blåsljud. Pulm: vesikulärt bilat. Fötter: torr hud, förhårdnad under MTP I bilat, inga sår. Monofilament 1/3 hö, 2/3 vä. Vibrationssinne nedsatt distalt. Fotpulsar palp. Insticksställen på buken ua, ingen lipohypertrofi."),
        ("Lab", "HbA1c 54, kreatinin 92, eGFR 71, U-alb/krea 2,1, LDL 1,6. Hb 112, MCV 104."),
        ("Bedömning", "Acceptabel glykemisk kontroll. Polyneuropati i fötterna, progredierande. Hb 112 med makrocytos, ev. B12-brist av långvarig metforminbehandling."),
        ("Planering", "B12, folat och retikulocyter tas idag. Fotterapeut remitteras, riskgrupp 2. Oförändrad diabetesbehandling. Ögonfoto i vår enl. kallelse. Åter om ett år, diabetessköterska om 6 mån."),
    ]),
], must=[("NL102", "n1")],
   why="Long annual review where the only hedged diagnosis (B12 deficiency, 'ev.') hides in the Bedömning.")

add("end-vgr-mall-th-men-sokord-bedomning", "vgr", "1984-04-28", "F", [
    N("n1", "V_ENDO_SU", "Tidiga hypoteser", ("Björn Stenberg", L), "2024-05-30T13:50", [
        ("Bedömning", "Högt kortisol i salivprov vid två tillfällen och utebliven hämning vid dexametasontest. Trolig ACTH-beroende Cushing, ACTH 14 pmol/L."),
    ]),
], must=[("NL102", "n1")],
   why="VGR filters by sökord, not by note template: hedged Cushing under Bedömning is visible though the template is named Tidiga hypoteser.")

add("end-skane-sokord-th-i-lakaranteckning", "skane", "1965-09-09", "M", [
    N("n1", "S_ENDO_LUND", "Läkaranteckning", ("Maja Cronqvist", L), "2024-06-12T11:10", [
        ("Aktuellt", "Kontroll efter DT buk som visade 7 cm heterogen förändring i hö binjure, 34 HU osk."),
        ("Tidiga hypoteser", "Misstänkt binjurebarkscancer, storlek och attenuering talar emot benignt adenom. Steroidprofil i urin skickad."),
    ]),
], must=[("NL102", "n1")],
   why="Skåne protects by template only: a section keyword 'Tidiga hypoteser' inside an ordinary Läkaranteckning is still shown.")

# ---- Block 3: further hedge forms and settings (NL102 must) -----------------

add("end-vgr-th-sokord-plus-synlig-hedge", "vgr", "1976-12-19", "F", [
    N("n1", "V_ENDO_SU", "Läkaranteckning", ("Ulrika Brandt", L), "2024-07-09T10:40", [
        ("Aktuellt", "Utredning av hirsutism och oligomenorré, testosteron 5,8 nmol/L."),
        ("Tidiga hypoteser", "Androgenproducerande ovarialtumör kan inte uteslutas vid så högt testosteron."),
        ("Bedömning", "Trolig PCOS men testosteronet är högre än väntat. DHEAS normalt."),
        ("Planering", "Transvaginalt UL och MR bäcken, gyn konsulteras."),
    ]),
], must=[("NL102", "n1")],
   why="VGR: one hypothesis is correctly under sökord Tidiga hypoteser, but Bedömning also holds 'Trolig PCOS', which is visible.")

add("end-insulinom-misstanks-fasteprov", "skane", "1979-03-03", "F", [
    N("n1", "S_ENDO_MAL", "Läkaranteckning", ("Tobias Magnusson", L), "2024-02-06T14:25", [
        ("Anamnes", "Återkommande episoder med förvirring och svettningar före frukost, P-glukos 2,1 uppmätt av ambulans, snabb förbättring på glukos. Ingen diabetes, inga läkemedel."),
        ("Bedömning", "Endogen hyperinsulinism misstänks, i första hand insulinom."),
        ("Planering", "72 h fasteprov på avdelningen med insulin, C-peptid, proinsulin och betahydroxybutyrat vid hypoglykemi."),
    ]),
], must=[("NL102", "n1")],
   why="Passive 'misstänks' and 'i första hand insulinom' form a hypothesis in visible Bedömning.")

add("end-trolig-pcos-ung-kvinna", "vgr", "2003-09-14", "F", [
    N("n1", "V_MED_ALI", "Mottagningsanteckning", ("Rebecka Holmén", L), "2024-03-21T09:05", [
        ("Aktuellt", "Oregelbundna mens sedan menarke, hirsutism (Ferriman-Gallwey 14), akne."),
        ("Provsvar", "Testosteron lätt förhöjt, SHBG lågt, 17-OH-progesteron, prolaktin och TSH normala."),
        ("Bedömning", "Trolig PCOS. Gynekologiskt ultraljud ej gjort."),
        ("Åtgärd", "Kombinerade p-piller diskuterade, liksom levnadsvanor. Remiss gyn för UL."),
    ]),
], must=[("NL102", "n1")],
   why="'Trolig PCOS' in visible Bedömning of a young adult.")

add("end-sannolikt-hypopituitarism-efter-skallskada", "skane", "1990-10-10", "M", [
    N("n1", "S_MED_ANG", "Läkaranteckning", ("Kristina Lövgren", L), "2024-04-16T13:35", [
        ("Anamnes", "Svår skallskada vid MC-olycka 2022. Sedan dess trötthet, nedsatt libido, tappat muskelmassa."),
        ("Provsvar", "Testosteron 3,1 nmol/L med lågt LH, fT4 10 med normalt TSH, morgonkortisol 160."),
        ("Bedömning", "Sannolikt hypopituitarism efter traumatisk hjärnskada med påverkan på gonadotropa och tyreotropa axlarna. Kortisolaxeln testas med Synacthen innan tyroxin sätts in."),
    ]),
], must=[("NL102", "n1")],
   why="'Sannolikt hypopituitarism' in visible Bedömning.")

add("end-utkast-susp-addison", "vgr", "1986-06-06", "F", [
    N("n1", "V_MED_SKAS", "Läkaranteckning", ("Daniel Ekström", L), "2024-10-01T16:10", [
        ("Aktuellt", "Trötthet, viktnedgång, salthunger, mörkare hud på knogar och i handlinjer. Na 131, K 5,4."),
        ("Bedömning", "Susp. Addisons sjukdom. Synacthentest och 21-hydroxylas-ak beställda."),
    ], signed=None),
], must=[("NL102", "n1")],
   why="Unsigned draft (pre-signing check): 'Susp. Addisons sjukdom' in a visible section.")

add("end-ingen-dka-men-trolig-gastroentrit-typo", "skane", "1987-01-31", "F", [
    N("n1", "S_DIAB_HBG", "Telefonanteckning", ("Oskar Wendel", L), "2024-12-03T11:50", [
        ("Telefonkontakt", "Pumpbärare, typ 1-diabetes. Kräkts 4 ggr sedan natten, lös avföring, glukos 11–13, ketoner 0,4."),
        ("Bedömning", "Ingen misstanke om ketoacidos. Trolig virusgastroentrit, maken har samma symtom."),
        ("Åtgärd", "Sänker basal till 80 % tillfälligt, småklunkar söt dryck. Ketoner var 3:e timme."),
    ]),
], must=[("NL102", "n1")],
   why="A negated DKA sits beside a hedged gastroenteritis (typo 'gastroentrit'); the negation must not mask the second hedge.")

add("end-konsult-hjart-sannolikt-ait-typ2", "vgr", "1949-11-27", "M", [
    N("n1", "V_HJART_SAS", "Konsultationsanteckning", ("Elin Ågren", L), "2024-05-14T15:30", [
        ("Frågeställning", "Amiodaron sedan 2 år pga VT. fT4 48, TSH <0,01. Hur handlägga?"),
        ("Bedömning", "TRAK neg, UL utan ökad vaskularisering. Sannolikt amiodaroninducerad tyreotoxikos typ 2."),
        ("Rekommendation", "Prednisolon 40 mg x 1, fT4 varje vecka. Amiodaron kan fortsätta efter samråd med kardiolog."),
    ]),
], must=[("NL102", "n1")],
   why="Endocrine consultation on a cardiology ward: 'Sannolikt' AIT type 2 in visible text.")

add("end-hema-inte-osannolikt-stereoiddiabetes-typo", "skane", "1956-08-08", "M", [
    N("n1", "S_HEMA_LUND", "Konsultationsanteckning", ("Josefin Wahlström", L), "2024-09-25T10:15", [
        ("Frågeställning", "Myelom, dexametason 40 mg/vecka. P-glukos 18–22 på eftermiddagarna senaste veckan, fastevärden runt 7."),
        ("Bedömning", "Inte osannolikt stereoidinducerad diabetes; HbA1c 44, så hyperglykemin är ny."),
        ("Åtgärd", "Humulin NPH 12 E på morgonen de dagar dexametason ges. Glukoskurva 4 ggr/dag."),
    ]),
], must=[("NL102", "n1")],
   why="'Inte osannolikt' is a hedge; the diagnosis word carries a typo ('stereoidinducerad').")

add("end-smvc-mojlig-pregestationell-diabetes", "vgr", "1990-02-22", "F", [
    N("n1", "V_SMVC_OSTRA", "Läkaranteckning", ("Hanna Ljung", L), "2024-04-09T08:40", [
        ("Aktuellt", "Gravid v 10+3, BMI 36. HbA1c 50 vid inskrivning, ingen tidigare känd diabetes."),
        ("Bedömning", "Möjlig pregestationell typ 2-diabetes, ej graviditetsdiabetes i vanlig mening."),
        ("Planering", "Glukosmätning 7 punkter 2 dgr/v, diabetessköterska i morgon. Ögonbottenfoto."),
    ]),
], must=[("NL102", "n1")],
   why="Maternal-medicine endocrine visit: 'Möjlig pregestationell typ 2-diabetes' is visible.")

add("end-osteoporos-man-mojlig-hypogonadism", "skane", "1959-05-05", "M", [
    N("n1", "S_ENDO_MAL", "Läkaranteckning", ("Pernilla Sahlin", L), "2024-11-12T13:10", [
        ("Aktuellt", "Lågenergifraktur vä handled i somras. DXA: T-score -2,9 lumbalt, -2,2 höft."),
        ("Bedömning", "Osteoporos hos man. Testosteron 6,2 nmol/L, möjlig hypogonadism som bidrar."),
        ("Åtgärd", "Alendronat 70 mg/v plus kalk och D-vitamin. SHBG, LH och prolaktin beställda."),
    ]),
], must=[("NL102", "n1")],
   why="Confirmed osteoporosis beside a hedged secondary cause ('möjlig hypogonadism'); the hedge is visible.")

add("end-epikris-hyponatremi-trol-siadh", "vgr", "1944-07-17", "F", [
    N("n1", "V_AVD_SU", "Epikris", ("Mats Olsson", L), "2024-08-30T14:00", [
        ("Orsak till vårdtillfället", "Förvirring, S-Na 118."),
        ("Förlopp", "Vätskerestriktion 800 ml/dygn, Na steg till 131 vid utskrivning. Normalt kortisol och TSH. DT thorax ua."),
        ("Diagnos", "Hyponatremi, trol. SIADH utlöst av sertralin."),
        ("Uppföljning", "Sertralin utsatt i samråd med pat. Na på vårdcentralen om en vecka."),
    ], setting="slutenvård"),
], must=[("NL102", "n1")],
   why="Discharge summary: 'trol. SIADH' in the visible sökord Diagnos.")

add("end-kan-inte-utesluta-macs", "vgr", "1962-10-21", "F", [
    N("n1", "V_MED_SKAS", "Läkaranteckning", ("Anton Berg", L), "2024-06-25T10:00", [
        ("Aktuellt", "Binjureadenom vä 2,8 cm, lipidrikt. Hypertoni och prediabetes."),
        ("Provsvar", "Kortisol efter 1 mg dexametason 96 nmol/L, ACTH lågt normalt."),
        ("Bedömning", "Kan inte utesluta lätt autonom kortisolsekretion (MACS). Upprepar testet om 6 mån."),
    ]),
], must=[("NL102", "n1")],
   why="'Kan inte utesluta' before MACS in visible Bedömning.")

add("end-susp-feokromocytm-typo", "skane", "1977-04-13", "F", [
    N("n1", "S_MED_LKR", "Läkaranteckning", ("Gunnar Tell", L), "2024-01-17T09:55", [
        ("Bedömning", "Susp. feokromocytm, P-normetanefrin 2,8 ggr övre ref. DT binjurar beställt."),
    ]),
], must=[("NL102", "n1")],
   why="One-line note; the diagnosis word has a typo ('feokromocytm') behind 'Susp.'.")

add("end-konsult-kirurg-trolig-nydebuterad-typ1", "vgr", "2004-08-02", "M", [
    N("n1", "V_KIR_NU", "Konsultationsanteckning", ("Sanna Wiberg", L), "2024-07-20T03:20", [
        ("Frågeställning", "Inlagd pga buksmärta och kräkningar, DT buk ua, ingen appendicit. Glukos 24."),
        ("Bedömning", "Ketoner 3,1, pH 7,29. Trolig nydebuterad typ 1-diabetes med lätt ketoacidos, GAD-ak och IA-2 tagna."),
        ("Rekommendation", "Överflyttning till medicin, insulininfusion enl. PM. Diabetessköterska kontaktas i morgon."),
    ]),
], must=[("NL102", "n1")],
   why="Night consultation on a surgical ward: 'Trolig nydebuterad typ 1-diabetes' in visible text.")

# ---- Block 4: negations, relatives, plans, hypotheticals (NL102 must_not) ---

add("end-tel-ssk-ingen-misstanke-dka-kanylstopp", "skane", "1997-07-19", "M", [
    N("n1", "S_ENDO_MAL", "Telefonanteckning", ("Camilla Ahlström", SSK), "2024-03-08T13:30", [
        ("Telefonkontakt", "Pat ringer pga glukos 15–18 sedan i morse efter byte av pumpset. Ketoner 0,4. Mår bra, äter och dricker."),
        ("Bedömning", "Ingen misstanke om DKA. Trol. stopp i kanylen."),
        ("Åtgärd", "Byter infusionsset, korrektionsdos med penna. Ringer åter vid ketoner >1,5."),
    ]),
], must_not=[("NL102", "n1"), ("NL101", "n1")],
   why="DKA is negated ('Ingen misstanke om') and the only other hedge is about a blocked cannula, not a diagnosis.")

add("end-cushings-syndom-uteslutes-typo", "vgr", "1977-10-05", "F", [
    N("n1", "V_ENDO_SU", "Läkaranteckning", ("Jonas Lindahl", L), "2024-02-13T10:50", [
        ("Aktuellt", "Utredd för hypertoni och viktuppgång sedan i höstas."),
        ("Provsvar", "1 mg dexametasontest: kortisol 31 nmol/L. Dygnsurin kortisol normalt x 2."),
        ("Bedömning", "Cushings syndom uteslutes. Fortsatt behandling av blodtrycket via VC."),
    ]),
], must_not=[("NL102", "n1")],
   why="Ruled-out diagnosis ('uteslutes'); the diagnosis word has a typo ('syndom').")

add("end-arskontroll-inga-tecken-pa-retinopati", "skane", "1965-06-02", "F", [
    N("n1", "S_DIAB_TRB", "Sjuksköterskeanteckning", ("Louise Åkesson", SSK), "2024-05-15T09:00", [
        ("Årskontroll", "Typ 2-diabetes, tablettbehandlad. HbA1c 48."),
        ("Undersökningsresultat", "Ögonbottenfoto 2/4: inga tecken på diabetesretinopati. U-alb/krea 1,2. Fotstatus ua, riskgrupp 1."),
    ]),
], must_not=[("NL102", "n1")],
   why="'inga tecken på diabetesretinopati' is a negated finding; the confirmed type 2 diabetes is not hedged.")

add("end-morgonkortisol-talar-emot-binjuresvikt", "vgr", "1970-02-17", "M", [
    N("n1", "V_MED_ALI", "Mottagningsanteckning", ("Veronica Lind", L), "2024-06-11T14:40", [
        ("Aktuellt", "Trött sedan covid i vintras, undrar över binjurarna efter att ha läst på nätet."),
        ("Bedömning", "Morgonkortisol 520 nmol/L och normala elektrolyter talar emot binjurebarksinsufficiens. Ingen ytterligare endokrin utredning."),
    ]),
], must_not=[("NL102", "n1")],
   why="'talar emot' negates the adrenal insufficiency; fatigue is a symptom.")

add("end-incidentalom-feo-avskrivs", "skane", "1963-03-29", "M", [
    N("n1", "S_ENDO_LUND", "Läkaranteckning", ("Linda Hagström", L), "2024-08-06T11:00", [
        ("Bedömning", "Binjureincidentalom vä 2,1 cm, 8 HU på DT utan kontrast, alltså lipidrikt benignt adenom. Normala metoxikatekolaminer i plasma, feokromocytom avskrivs. Ingen ny DT behövs."),
    ]),
], must_not=[("NL102", "n1")],
   why="Pheochromocytoma is 'avskrivs' (ruled out); the benign adenoma is stated as settled.")

add("end-hereditet-mor-troligen-hashimoto", "vgr", "1998-04-25", "F", [
    N("n1", "V_MED_KUN", "Mottagningsanteckning", ("Sebastian Kron", L), "2024-09-17T13:25", [
        ("Hereditet", "Mor har troligen Hashimoto, aldrig utredd. Morfar hade struma."),
        ("Bedömning", "Pat själv med TSH 1,9 och anti-TPO neg. Ingen tyreoideasjukdom, ingen vidare kontroll behövs."),
    ]),
], must_not=[("NL102", "n1")],
   why="The hedged Hashimoto belongs to the mother, not to the patient.")

add("end-lillebror-misstanks-ha-mody", "skane", "1992-12-30", "F", [
    N("n1", "S_DIAB_HBG", "Läkaranteckning", ("Ahmed Karimi", L), "2024-10-22T15:15", [
        ("Aktuellt", "Genetiskt verifierad HNF1A-MODY sedan 2019, välinställd på Glimepirid 1 mg. HbA1c 45."),
        ("Familj", "Lillebror 19 år har förhöjda glukosvärden och misstänks ha samma mutation, utreds på diabetesmottagningen i Malmö."),
    ]),
], must_not=[("NL102", "n1")],
   why="The suspicion ('misstänks') concerns the brother; the patient's MODY is genetically confirmed.")

add("end-ev-insulinpunp-plan-typo", "vgr", "2000-01-14", "M", [
    N("n1", "V_DIAB_SU", "Sjuksköterskeanteckning", ("Frida Nyman", SSK), "2024-04-03T10:30", [
        ("Aktuellt", "Typ 1-diabetes sedan 2012, Libre 3 och penna. TIR 58 %, TBR 2 %."),
        ("Planering", "Ev. start av insulinpunp med hybrid closed loop i höst, pat ska fundera. Åter om 3 mån."),
    ]),
], must_not=[("NL102", "n1")],
   why="'Ev.' modifies a plan (starting a pump, typo 'insulinpunp'), not a diagnosis.")

add("end-avd-dka-dag3-trolig-utskrivning", "skane", "1985-09-18", "F", [
    N("n1", "S_AVD_MAL", "Daganteckning", ("Viktor Palm", L), "2024-11-26T11:45", [
        ("Aktuellt", "DKA dag 3. pH normaliserat sedan igår, äter bra, ingen buksmärta."),
        ("Åtgärd", "Subkutant insulin Fiasp/Tresiba, Libre påsatt. Trolig utskrivning i morgon efter genomgång med diabetessköterska."),
    ]),
], must_not=[("NL102", "n1")],
   why="The only hedge is on the discharge ('Trolig utskrivning'); the DKA is confirmed.")

add("end-eventuellt-dt-binjurar-plan", "vgr", "1967-08-23", "M", [
    N("n1", "V_MED_SAS", "Läkaranteckning", ("Ida Rosén", L), "2024-02-08T09:35", [
        ("Aktuellt", "Hypertoni, K 3,4 på tiazid. Aldosteron/renin-kvoten normal efter 4 v utan diuretika."),
        ("Planering", "Eventuellt DT binjurar om BT förblir svårinställt. Åter VC för fortsatt BT-behandling."),
    ]),
], must_not=[("NL102", "n1")],
   why="'Eventuellt DT binjurar' is a hedged examination plan, not a hedged diagnosis.")

add("end-barn-sjukdagsregler-vid-misstanke-ketoacidso", "skane", "2016-05-27", "M", [
    N("n1", "S_BARN_HBG", "Sjuksköterskeanteckning", ("Emma Thulin", SSK), "2024-06-27T14:20", [
        ("Information", "Genomgång av sjukdagsregler med båda föräldrarna. Vid misstanke om ketoacidso — illamående, kräkningar, magont eller ketoner över 1,5 — ring barnavdelningen dygnet runt. Om glukos över 14 i två timmar trots korrektionsdos ska kanylen bytas."),
    ]),
], must_not=[("NL102", "n1")],
   why="Hypothetical instruction ('Vid misstanke om ...') to guardians; typo 'ketoacidso'. No diagnosis is asserted for the child.")

add("end-tel-ssk-sannolikt-falskt-laga-sensorvarden", "vgr", "1982-11-11", "F", [
    N("n1", "V_DIAB_NU", "Telefonanteckning", ("Marie Sundin", SSK), "2024-05-28T08:15", [
        ("Telefonkontakt", "Larm om lågt glukos varje natt kring kl 3 men mår bra. Fingerstick samma tid 6,4."),
        ("Bedömning", "Sannolikt falskt låga sensorvärden när hon ligger på armen med sensorn."),
        ("Åtgärd", "Byter sensorplacering till bakre överarmen på andra sidan, larmgräns 3,5."),
    ]),
], must_not=[("NL102", "n1")],
   why="The hedge concerns a device artefact (compression low), not a disease.")

add("end-bekraftad-graves-startar-tiamazol", "skane", "1981-05-09", "F", [
    N("n1", "S_MED_KRI", "Läkaranteckning", ("Rasmus Nord", L), "2024-07-16T10:05", [
        ("Bedömning", "Graves sjukdom, TRAK 8,4 IE/L, diffust förstorad tyreoidea med ökat flöde på UL."),
        ("Åtgärd", "Startar Tiamazol 30 mg x 1. Lab om 4 v."),
    ]),
], must_not=[("NL102", "n1"), ("NL101", "n1")],
   why="A confirmed diagnosis with no hedge, and nothing about telling.")

add("end-pmo-misstankt-hypotyreos", "skane", "1960-12-12", "F", [
    N("n1", "P_LINERO", "Besöksanteckning", ("Gustaf Mörner", L), "2024-03-12T11:40", [
        ("Aktuellt", "Trötthet, frusen, förstoppning sedan hösten."),
        ("Bedömning", "TSH 9,4, fT4 11. Misstänkt hypotyreos, nytt TSH och anti-TPO om 6 v före ställningstagande."),
    ]),
], must_not=[("NL102", "n1")],
   why="PMO never shows diagnoses to the patient, so a hedged hypothyroidism in a primary-care note is no NL102.")

# ---- Block 5: PMO, protected places, hard negatives (NL102 must_not) --------

add("end-pmo-trol-typ2-hba1c", "skane", "1968-04-01", "M", [
    N("n1", "P_HOLLV", "Besöksanteckning", ("Birgitta Sahlén", L), "2024-02-29T08:20", [
        ("Bedömning", "Fasteglukos 7,4 och 7,8, HbA1c 49. Trol. typ 2-diabetes, nytt HbA1c om 3 mån och kostråd av distriktssköterska."),
    ]),
], must_not=[("NL102", "n1")],
   why="PMO primary-care note: a hedged type 2 diabetes is not shown to the patient.")

add("end-pmo-tel-dd-subakut-tyroidit-typo", "skane", "1987-06-15", "F", [
    N("n1", "P_ESLOV", "Telefonanteckning", ("Karl Wester", L), "2024-10-29T12:10", [
        ("Telefonkontakt", "Ont framtill på halsen, lätt feber, hjärtklappning sedan en vecka."),
        ("Bedömning", "DD subakut tyroidit. TSH, fT4, SR och CRP tas på VC i morgon bitti."),
    ]),
], must_not=[("NL102", "n1")],
   why="PMO telephone note with 'DD' (typo 'tyroidit'): PMO does not show diagnoses.")

add("end-skane-th-mall-cykliskt-cushing", "skane", "1983-02-19", "F", [
    N("n1", "S_ENDO_MAL", "Tidiga hypoteser", ("Lars Hellström", L), "2024-09-03T15:45", [
        ("Bedömning", "Misstänkt cykliskt Cushings syndrom trots normalt dexametasontest i mars. Ej framfört till pat, hypotesen är osäker och hon är mycket oroad efter tidigare utredningar."),
    ]),
], must_not=[("NL102", "n1"), ("NL101", "n1")],
   why="Skåne Melior note with template Tidiga hypoteser: hedged and untold Cushing is protected, so neither NL102 nor NL101.")

add("end-vgr-th-sokord-recidiv-cushing", "vgr", "1974-03-16", "F", [
    N("n1", "V_ENDO_SU", "Läkaranteckning", ("Kerstin Lagerqvist", L), "2024-10-10T09:30", [
        ("Aktuellt", "Opererad transsfenoidalt för Cushings sjukdom 2021, i remission sedan dess. Hydrokortison utsatt 2022."),
        ("Status", "BT 128/80, vikt oförändrad, inga nya striae."),
        ("Tidiga hypoteser", "Möjligt recidiv, lätt stigande sen kvällskortisol i saliv vid ett av två prov."),
        ("Planering", "Nya salivprov om 2 mån, återbesök därefter."),
    ]),
], must_not=[("NL102", "n1")],
   why="VGR: the only hedge stands under the protected sökord Tidiga hypoteser; the visible sections are unhedged.")

add("end-vgr-th-sokord-faktitios-hypoglykemi", "vgr", "1993-09-27", "F", [
    N("n1", "V_MED_SKAS", "Läkaranteckning", ("Peter Grahn", L), "2024-03-26T16:00", [
        ("Tidiga hypoteser", "Trol. faktitiös hypoglykemi, högt insulin och högt C-peptid vid glukos 1,9. Toxikologisk screening för sulfonylurea skickad. Arbetar som undersköterska med tillgång till läkemedel."),
    ]),
], must_not=[("NL102", "n1")],
   why="A note holding only the VGR sökord Tidiga hypoteser; the hedged diagnosis is filtered out.")

add("end-skane-th-mall-flera-sokord-men1", "skane", "1988-11-03", "M", [
    N("n1", "S_MED_KRI", "Tidiga hypoteser", ("Anna-Karin Blom", L), "2024-05-02T14:15", [
        ("Anamnes", "Primär hyperparatyreoidism op 2023, nu prolaktin 900 och gastrin förhöjt."),
        ("Bedömning", "Trolig MEN1. Far dog av pankreastumör vid 50 års ålder."),
        ("Planering", "MEN1-analys efter genetisk vägledning, MR hypofys och DT pankreas."),
    ]),
], must_not=[("NL102", "n1")],
   why="Skåne template Tidiga hypoteser protects the whole note, whatever sökord are used inside it.")

add("end-ej-forenlig-med-graves-tyst-thyreoidit", "vgr", "1993-01-08", "F", [
    N("n1", "V_MED_KUN", "Läkaranteckning", ("Oscar Nyberg", L), "2024-07-04T10:20", [
        ("Provsvar", "TRAK neg. Tyreoideascintigrafi med lågt upptag."),
        ("Bedömning", "Bilden ej förenlig med Graves sjukdom. Diagnos: tyst (smärtfri) thyreoidit med övergående tyreotoxikos."),
        ("Planering", "Propranolol v.b., TSH var 6:e vecka under hösten."),
    ]),
], must_not=[("NL102", "n1")],
   why="'ej förenlig med' negates the hedge word; the remaining diagnosis is stated as settled.")

add("end-akromegali-kan-uteslutas-familjart", "skane", "1975-11-29", "M", [
    N("n1", "S_ENDO_LUND", "Läkaranteckning", ("Elsa Friberg", L), "2024-12-05T11:35", [
        ("Bedömning", "IGF-1 normalt för åldern och GH supprimeras till 0,2 vid glukosbelastning. Akromegali kan uteslutas. Stora händer är familjärt, far och farbror ser likadana ut."),
    ]),
], must_not=[("NL102", "n1")],
   why="'kan uteslutas' (without 'ej') rules the diagnosis out; a look-alike of the hedge 'kan ej uteslutas'.")

add("end-ingen-missanke-feo-typo", "vgr", "1971-06-18", "F", [
    N("n1", "V_ENDO_SU", "Läkaranteckning", ("Rolf Carlsson", L), "2024-01-25T13:20", [
        ("Bedömning", "Ingen missanke om feokromocytom, normala metoxikatekolaminer vid två tillfällen. Tidigare panikångest enl. journal från VC."),
    ]),
], must_not=[("NL102", "n1")],
   why="Negation with a typo ('Ingen missanke om'); the pheochromocytoma is ruled out.")

add("end-inga-hallpunkter-hypofysinsufficiens", "skane", "1988-02-04", "M", [
    N("n1", "S_MED_ANG", "Läkaranteckning", ("Susanne Vik", L), "2024-06-20T09:50", [
        ("Bedömning", "Hypofyshormoner, morgonkortisol och IGF-1 normala 6 mån efter skallskadan. Inga hållpunkter för hypofysinsufficiens. Avslutas från endokrin."),
    ]),
], must_not=[("NL102", "n1")],
   why="'Inga hållpunkter för' negates the diagnosis.")

add("end-fragetecken-pa-dosplaner", "vgr", "1972-09-05", "M", [
    N("n1", "V_DIAB_OSTRA", "Läkaranteckning", ("Tove Engström", L), "2024-08-27T10:45", [
        ("Aktuellt", "Typ 2-diabetes, HbA1c 62 trots Ozempic 1 mg."),
        ("Planering", "Höja till 2 mg? Lägga till Jardiance? Diskuteras med pat vid nästa besök om 3 mån."),
    ]),
], must_not=[("NL102", "n1")],
   why="Question marks sit on treatment options, not on a diagnosis.")

add("end-oklart-om-maltidsinsulin-tas", "skane", "2005-07-12", "F", [
    N("n1", "S_MED_LKR", "Sjuksköterskeanteckning", ("Jessica Holmberg", SSK), "2024-11-19T15:00", [
        ("Aktuellt", "Typ 1-diabetes. Oklart om pat tar sitt måltidsinsulin; Libre-data visar stora toppar efter varje måltid men penna utan dosregistreringar. Inga ketoner."),
        ("Åtgärd", "Samtal om vardagen på gymnasiet, ny smartpenna utlämnad. Kurator erbjuds."),
    ]),
], must_not=[("NL102", "n1")],
   why="'Oklart om' concerns whether insulin is taken (adherence), not a diagnosis.")

add("end-addison-misstanke-avskrevs-2022", "vgr", "1958-12-24", "F", [
    N("n1", "V_MED_SAS", "Mottagningsanteckning", ("Hugo Lindström", L), "2024-04-30T14:05", [
        ("Anamnes", "Misstanke om Addisons sjukdom 2022 avskrevs efter normalt Synacthentest (kortisol 30 min 610 nmol/L)."),
        ("Aktuellt", "Nu åter trötthet, TSH 3,1, Hb 128. Tröttheten handläggs vidare av VC."),
    ]),
], must_not=[("NL102", "n1")],
   why="An old suspicion that 'avskrevs' is ruled out, not an open hypothesis.")

add("end-lang-arskontroll-typ1-utan-hedge", "skane", "1979-08-31", "F", [
    N("n1", "S_DIAB_HBG", "Läkaranteckning", ("Markus Öberg", L), "2024-03-06T13:00", [
        ("Anamnes", "Typ 1-diabetes sedan 1988. Celiaki sedan 1995, glutenfri kost. Hypotyreos på Levaxin 100 mikrog. Arbetar som lärare, två barn. Tandem t:slim X2 med Control-IQ sedan 2022, Dexcom G7."),
        ("Aktuellt", "Årskontroll. Trivs med pumpen, färre nattliga larm. Träning 3 ggr/v, använder träningsläge. Inga allvarliga hypoglykemier. Har haft två kanylstopp senaste halvåret, löstes hemma."),
        ("Status", "AT gott. Vikt 68 kg, BMI 24. BT 122/74. Insticksställen: liten lipohypertrofi vä buk, informerad om rotation. Fötter ua, monofilament 3/3 bilat, fotpulsar palp."),
        ("Lab", "HbA1c 51, TIR 74 %, TBR 3 %, GMI 6,9 %. TSH 2,2. Kreatinin 66, U-alb/krea 0,6. LDL 2,4. TTG-ak neg."),
        ("Bedömning", "Välreglerad typ 1-diabetes. Celiaki och hypotyreos välbehandlade. Inga komplikationer."),
        ("Planering", "Oförändrade pumpinställningar. Ögonfoto enl. kallelse. Diabetessköterska om 6 mån, läkare om ett år."),
    ]),
], must_not=[("NL102", "n1"), ("NL101", "n1")],
   why="Long pump-review chart with only confirmed diagnoses and no hedge; nothing about telling.")

# ---- Block 6: more look-alike hedges that are not hypotheses (NL102 must_not)

add("end-barn-mojligen-sensorfel-dorrkarm", "vgr", "2014-03-22", "M", [
    N("n1", "V_BARN_DS", "Telefonanteckning", ("Lisa Bergkvist", SSK), "2024-02-01T17:10", [
        ("Telefonkontakt", "Mamma ringer: sensorn visar 2,8 men pojken är pigg och leker, fingerstick 7,1."),
        ("Bedömning", "Möjligen sensorfel efter att sensorn slagits i en dörrkarm i skolan."),
        ("Åtgärd", "Ny sensor sätts ikväll, fingerstick före läggdags."),
    ]),
], must_not=[("NL102", "n1")],
   why="Child under 13: 'Möjligen' hedges a sensor fault, not a diagnosis.")

add("end-sannolikt-sen-bolus-frukost", "skane", "1995-02-11", "F", [
    N("n1", "S_ENDO_LUND", "Sjuksköterskeanteckning", ("Hampus Nordin", SSK), "2024-04-18T10:25", [
        ("Aktuellt", "Höga värden efter frukost, upp mot 16. Sannolikt pga att bolus tas när hon redan ätit."),
        ("Åtgärd", "Råd att ta Novorapid 15 min före måltid, uppföljning via 1177 om två veckor."),
    ]),
], must_not=[("NL102", "n1")],
   why="'Sannolikt' explains high glucose by late bolus timing, a behaviour, not a disease.")

add("end-efter-gastric-bypass-trol-insulinfri", "vgr", "1969-05-30", "M", [
    N("n1", "V_DIAB_NU", "Läkaranteckning", ("Maria Kjellén", L), "2024-09-12T11:15", [
        ("Aktuellt", "Typ 2-diabetes. Gastric bypass i mars, tappat 24 kg. Insulin Toujeo nedtrappat från 60 till 14 E."),
        ("Planering", "Trol. kan insulinet sättas ut helt i höst. Fortsatt Metformin."),
    ]),
], must_not=[("NL102", "n1")],
   why="'Trol.' hedges a treatment forecast, not a diagnosis.")

add("end-barn-ingen-misstanke-celiaki-tyreoidea", "skane", "2017-01-19", "F", [
    N("n1", "S_BARN_HBG", "Läkaranteckning", ("Nils Ohlsson", L), "2024-08-15T09:30", [
        ("Årskontroll", "Typ 1-diabetes sedan 2022. TTG-ak neg, TSH 2,1, anti-TPO neg."),
        ("Bedömning", "Ingen misstanke om celiaki eller tyreoideasjukdom. Växer i sin kurva."),
    ]),
], must_not=[("NL102", "n1")],
   why="Child's annual review: both associated autoimmune diseases are negated.")

add("end-kalium-trol-hemolys-i-provet", "vgr", "1950-10-14", "M", [
    N("n1", "V_DIAB_SU", "Läkaranteckning", ("Amanda Sjögren", L), "2024-11-21T14:50", [
        ("Provsvar", "S-kalium 6,2, trol. hemolys i provet, kontroll i morgon. Kreatinin oförändrat 98."),
        ("Planering", "Fortsatt Enalapril tills nytt kalium finns."),
    ]),
], must_not=[("NL102", "n1")],
   why="The hedge concerns a sample artefact (haemolysis), not a diagnosis of the patient.")

add("end-synacthen-sannolikt-normal-binjurefunktion", "skane", "1990-09-01", "F", [
    N("n1", "S_ENDO_MAL", "Läkaranteckning", ("Carl-Johan Ek", L), "2024-05-21T10:35", [
        ("Aktuellt", "Prednisolon pga astma 2023, utsatt i december."),
        ("Bedömning", "Synacthentest: kortisol 30 min 540 nmol/L. Sannolikt normal binjurefunktion; kortisonkortet kan tas bort."),
    ]),
], must_not=[("NL102", "n1")],
   why="'Sannolikt normal binjurefunktion' hedges a normal state, not a disease.")

add("end-hereditet-syster-graves-fragetecken", "vgr", "2000-06-08", "F", [
    N("n1", "V_ENDO_SU", "Mottagningsanteckning", ("Lukas Hammar", L), "2024-06-19T15:40", [
        ("Hereditet", "Syster: Graves? Behandlad med radiojod i Norge."),
        ("Aktuellt", "Hashimoto sedan 2020, Levaxin 75 mikrog, TSH 1,4. Mår bra."),
    ], signed=None),
], must_not=[("NL102", "n1")],
   why="The question mark concerns the sister's disease; the patient's Hashimoto is confirmed.")

add("end-pmo-missankt-svamp-forxiga-typo", "skane", "1949-07-04", "M", [
    N("n1", "P_SIMR", "Telefonanteckning", ("Åsa Ring", SSK), "2024-07-23T09:10", [
        ("Telefonkontakt", "Typ 2-diabetes på Forxiga. Klåda och rodnad i ljumskarna sedan en vecka."),
        ("Bedömning", "Missänkt svampinfektion, tid hos distriktsläkare på torsdag."),
    ]),
], must_not=[("NL102", "n1")],
   why="PMO note ('Missänkt' typo): PMO never shows diagnoses.")

add("end-men2a-hereditet-trol-feo-farfar", "skane", "1985-10-27", "M", [
    N("n1", "S_KIR_LUND", "Läkaranteckning", ("Johanna Strand", L), "2024-02-22T13:45", [
        ("Aktuellt", "Medullär thyreoideacancer med RET-mutation (MEN2A), tyreoidektomerad 2023. Kalcitonin omätbart."),
        ("Hereditet", "Far opererad för MTC. Farfar dog 45 år gammal, trol. av feokromocytom."),
    ]),
], must_not=[("NL102", "n1")],
   why="The hedged pheochromocytoma belongs to the grandfather; the patient's MEN2A is confirmed.")

add("end-om-trotthet-kvarstar-t3-overvags", "vgr", "1973-03-07", "F", [
    N("n1", "V_MED_ALI", "Läkaranteckning", ("Fanny Sörensen", L), "2024-10-03T09:15", [
        ("Aktuellt", "Hypotyreos efter radiojod 2019. Levaxin 125 mikrog, TSH 1,2."),
        ("Planering", "Om tröttheten kvarstår trots TSH i målområdet kan T3-tillägg övervägas. Blir hon gravid ska dosen ökas med 30 %."),
    ]),
], must_not=[("NL102", "n1")],
   why="Conditional plans ('Om ...', 'Blir hon gravid') and a confirmed hypothyroidism; no hedged diagnosis.")

add("end-barn-skolstart-fragetecken-assistent", "skane", "2018-04-09", "M", [
    N("n1", "S_BARN_LUND", "Sjuksköterskeanteckning", ("Ebba Lindh", SSK), "2024-05-08T13:55", [
        ("Aktuellt", "Typ 1-diabetes sedan mars, nu Omnipod 5 och Dexcom. Skolstart i augusti — behov av extra vuxen vid lunch? Kontakt med skolsköterskan bokad."),
    ]),
], must_not=[("NL102", "n1")],
   why="Child note: the question mark hedges a school-support need, not a diagnosis.")

add("end-avd-misstanken-tyreoideastorm-kvarstar-inte", "vgr", "1961-01-26", "M", [
    N("n1", "V_AVD_SU", "Daganteckning", ("Ines Malmberg", L), "2024-03-04T10:10", [
        ("Aktuellt", "Inlagd med tyreotoxikos vid känd Graves, förmaksflimmer med snabb kammarfrekvens."),
        ("Bedömning", "Misstanken om tyreoideastorm från akuten kvarstår inte: Burch-Wartofsky 20 p, ingen feber eller CNS-påverkan."),
        ("Åtgärd", "Tiamazol 40 mg, Propranolol 40 mg x 4, Eliquis."),
    ]),
], must_not=[("NL102", "n1")],
   why="The suspicion is withdrawn ('kvarstår inte'), a negation without 'ej' or 'ingen'.")

add("end-smvc-hypotyreos-ev-dosokning", "skane", "1992-08-16", "F", [
    N("n1", "S_SMVC_MAL", "Läkaranteckning", ("Mohammed Haddad", L), "2024-01-09T10:45", [
        ("Aktuellt", "Hypotyreos, Levaxin 100 mikrog. Gravid v 8, TSH 3,4."),
        ("Planering", "Ökar till 125 mikrog dagligen. Ev. ytterligare höjning beroende på TSH i v 12."),
    ]),
], must_not=[("NL102", "n1")],
   why="'Ev.' hedges a dose increase; the hypothyroidism is confirmed.")

add("end-smvc-ogtt-ingen-kvarstaende-diabetes", "vgr", "1994-12-02", "F", [
    N("n1", "V_SMVC_OSTRA", "Sjuksköterskeanteckning", ("Johanna Vallin", SSK), "2024-12-10T08:35", [
        ("Undersökningsresultat", "OGTT 12 v postpartum: fastande 5,1, 2 h 6,8. Ingen kvarstående diabetes efter graviditetsdiabetesen."),
        ("Planering", "HbA1c årligen på VC, råd om fysisk aktivitet."),
    ]),
], must_not=[("NL102", "n1")],
   why="Negated persisting diabetes after a confirmed past gestational diabetes.")

add("end-skane-th-mall-enradare-diabulimi", "skane", "2003-11-21", "F", [
    N("n1", "S_DIAB_TRB", "Tidiga hypoteser", ("Pontus Lager", L), "2024-06-04T16:30", [
        ("Bedömning", "Möjlig ätstörning med insulinmanipulation (diabulimi); viktfixerad, HbA1c 98, utelämnar doser."),
    ]),
], must_not=[("NL102", "n1")],
   why="One-line Skåne note in the Tidiga hypoteser template: the hedged eating disorder is protected.")

# ---- Block 7: diagnosis visible, patient not yet told (NL101 must) ----------

add("end-101-fnac-papillar-ej-informerad", "skane", "1967-05-20", "F", [
    N("n1", "S_KIR_LUND", "Läkaranteckning", ("Magnus Holst", L), "2024-04-25T12:30", [
        ("Aktuellt", "Knöl vä tyreoidealob 28 mm, finnålspunktion 22/4."),
        ("Provsvar", "Cytologi: Bethesda VI, papillär thyreoideacancer."),
        ("Planering", "Pat ej informerad om cytologisvaret, besked ges vid besök hos mig 6/5 med kontaktsjuksköterska närvarande. Total tyreoidektomi planeras."),
    ]),
], must=[("NL101", "n1")], must_not=[("NL102", "n1")],
   why="Cytology-proven papillary cancer in a visible section while the patient is explicitly not yet informed.")

add("end-101-makroadenom-annu-inte-besked", "vgr", "1954-09-16", "M", [
    N("n1", "V_ENDO_SU", "Läkaranteckning", ("Cecilia Moberg", L), "2024-06-04T14:15", [
        ("Utredning", "MR sella 3/6: makroadenom 24 mm med suprasellär växt och kontakt med chiasma."),
        ("Bedömning", "Icke-funktionellt hypofysmakroadenom med chiasmapåverkan."),
        ("Planering", "Patienten har ännu inte fått besked om MR-svaret; beskedet ges på plats vid besöket 10/6, inte per telefon."),
    ]),
], must=[("NL101", "n1")],
   why="VGR visible Bedömning names the adenoma; Planering says the patient has not yet been told.")

add("end-101-binjurebarkscancer-fore-mdk", "skane", "1960-04-08", "M", [
    N("n1", "S_ENDO_MAL", "Läkaranteckning", ("Sven Lidén", L), "2024-07-11T16:20", [
        ("Provsvar", "PAD från leverbiopsi: metastas från binjurebarkscancer."),
        ("Planering", "Patienten ska inte informeras förrän efter MDK på tisdag, då onkolog och kirurg deltar. Hustrun har ringt och frågat, hänvisad till besöket."),
    ]),
], must=[("NL101", "n1")],
   why="Confirmed adrenocortical carcinoma in a visible note that says the patient must not be told before the conference.")

add("end-101-ssk-addison-dr-ringer", "vgr", "1989-03-13", "F", [
    N("n1", "V_MED_SKAS", "Sjuksköterskeanteckning", ("Hanna Rask", SSK), "2024-10-04T11:05", [
        ("Provsvar", "Synacthentest 1/10: kortisol 30 min 140 nmol/L. 21-hydroxylas-ak pos."),
        ("Bedömning", "Primär binjurebarksinsufficiens (Addisons sjukdom) enl. dr Ekström."),
        ("Åtgärd", "Pat ej informerad om diagnosen ännu, dr Ekström ringer henne i eftermiddag och startar Hydrokortison."),
    ]),
], must=[("NL101", "n1")],
   why="A nurse records the doctor's confirmed Addison diagnosis and that the patient has not been told yet.")

add("end-101-dxa-osteoporos-ej-infomerad-typo", "skane", "1948-10-18", "M", [
    N("n1", "S_MED_HLM", "Läkaranteckning", ("Agneta Krantz", L), "2024-03-01T10:40", [
        ("Provsvar", "DXA: osteoporos lumbalt, T-score -3,4, höft -2,6."),
        ("Planering", "Pat ej infomerad ännu, brev med svar och behandlingsförslag skickas. Zoledronsyra övervägs."),
    ]),
], must=[("NL101", "n1")],
   why="Typo in the key word ('infomerad'): osteoporosis is visible and the patient is not yet told.")

add("end-101-mody-genetik-ej-underrattad", "vgr", "1994-06-24", "F", [
    N("n1", "V_DIAB_NU", "Läkaranteckning", ("Erik Tornberg", L), "2024-05-16T09:25", [
        ("Provsvar", "Genetisk analys från klinisk genetik SU: heterozygot patogen variant i HNF1A, dvs HNF1A-MODY."),
        ("Planering", "Pat är ännu inte underrättad. Besök med genetisk vägledning bokas, därefter byte från insulin till sulfonylurea."),
    ]),
], must=[("NL101", "n1")],
   why="'ännu inte underrättad' about a genetically confirmed MODY written in a visible section.")

add("end-101-lang-feokromocytom-tolk", "vgr", "1963-07-29", "M", [
    N("n1", "V_MED_SAS", "Läkaranteckning", ("Anneli Dahlberg", L), "2024-08-28T13:20", [
        ("Anamnes", "Remitterad från VC Sjöbo, Borås, pga paroxysmala attacker med hjärtklappning, huvudvärk och blekhet sedan ett år. Hypertoni sedan 2019, svårinställd trots tre preparat. Typ 2-diabetes sedan 2021 på Metformin. Ingen hereditet för endokrina tumörer. Arabisktalande, förstår enkel svenska, arbetar som busschaufför."),
        ("Aktuellt", "Kommer ensam idag utan tolk, tolkbeställningen hade fallit bort. Samtalet hålls kort med hjälp av enkel svenska om symtom och läkemedel. Attackerna kommer nu flera gånger per vecka, särskilt vid ansträngning."),
        ("Status", "AT gott, BT 168/102 hö arm, 164/98 vä arm. Puls 92 reg. Cor: RR, inga blåsljud. Pulm ua. Buk mjuk, ingen resistens. Huden blek, kall svettighet i händerna."),
        ("Provsvar", "P-normetanefrin 12 ggr övre referens, metanefrin normalt. DT binjurar: 4,5 cm förändring hö binjure med hög attenuering och kraftig kontrastuppladdning."),
        ("Bedömning", "Biokemiskt och radiologiskt verifierat feokromocytom hö binjure."),
        ("Planering", "Diagnosbeskedet är inte givet då pat kom utan tolk. Nytt besök med arabisktalande tolk bokat 3/9, då besked och start av Doxazosin. Remiss endokrinkirurgen SU efter besöket. Genetisk utredning erbjuds senare."),
    ]),
], must=[("NL101", "n1")],
   why="Long chart: verified pheochromocytoma in Bedömning while Planering says the diagnosis has not been given to the patient.")

add("end-101-utkast-medullar-inte-informerats", "skane", "1958-12-05", "F", [
    N("n1", "S_KIR_LUND", "Läkaranteckning", ("Viktoria Ahl", L), "2024-11-14T15:50", [
        ("Provsvar", "PAD efter hemityreoidektomi hö: medullär thyreoideacancer 11 mm, radikalt exstirperad."),
        ("Planering", "Pat har inte informerats, besked vid återbesök om en vecka. RET-analys skickas samtidigt."),
    ], signed=None),
], must=[("NL101", "n1")],
   why="Unsigned draft: confirmed medullary cancer stated visibly with 'har inte informerats'.")

add("end-101-misstankt-lymfom-ej-informerad", "skane", "1971-01-15", "M", [
    N("n1", "S_ENDO_LUND", "Läkaranteckning", ("Therese Wik", L), "2024-02-15T11:25", [
        ("Aktuellt", "Snabbt växande struma senaste månaden, Hashimoto sedan länge. Lätt andfådd i liggande."),
        ("Bedömning", "Misstänkt tyreoidealymfom. Grovnålsbiopsi i morgon."),
        ("Planering", "Pat ej informerad om misstanken, vill invänta PAD."),
    ]),
], must=[("NL101", "n1"), ("NL102", "n1")],
   why="The untold finding is itself a hedged diagnosis in a visible section: both NL101 and NL102.")

add("end-101-proliferativ-retinopati-ogonklin-informerar", "vgr", "1986-02-28", "M", [
    N("n1", "V_DIAB_OSTRA", "Sjuksköterskeanteckning", ("Emelie Kullberg", SSK), "2024-09-19T13:40", [
        ("Årskontroll", "Ögonbottenfoto granskat av ögonläkare: proliferativ diabetesretinopati hö öga."),
        ("Information", "Pat har inte fått veta ännu; ögonkliniken kallar honom till laserbehandling och informerar då."),
    ]),
], must=[("NL101", "n1")],
   why="Diabetes nurse documents proliferative retinopathy and that the patient has not been told.")

# ---- Block 8: NL101 must, other wordings and places --------------------------

add("end-101-avd-konfusorisk-dottern-informerad", "skane", "1936-06-11", "F", [
    N("n1", "S_AVD_YSTAD", "Daganteckning", ("Jakob Lindell", L), "2024-01-30T11:30", [
        ("Aktuellt", "Inlagd pga pneumoni, P-glukos 19 vid ankomst."),
        ("Bedömning", "HbA1c 78, nydebuterad typ 2-diabetes."),
        ("Planering", "Pat konfusorisk och ej informerad om diabetesdiagnosen ännu, görs när hon är klarare. Dottern informerad per telefon. Lantus 10 E startas."),
    ]),
], must=[("NL101", "n1")],
   why="The relative is told but the patient is not: the untold diagnosis stands in a visible note.")

add("end-101-tel-prolaktinom-ej-svar", "skane", "2000-11-02", "F", [
    N("n1", "S_MED_KRI", "Telefonanteckning", ("Martin Gyllen", L), "2024-05-06T15:25", [
        ("Provsvar", "Prolaktin 4800 mU/L, MR: makroprolaktinom 13 mm utan chiasmapåverkan."),
        ("Telefonkontakt", "Ringt pat två gånger utan svar, hon har alltså inte informerats. Nytt försök i morgon förmiddag."),
    ]),
], must=[("NL101", "n1")],
   why="Failed phone call: the macroprolactinoma is in the note but the patient 'har inte informerats'.")

add("end-101-phpt-kanner-inte-till", "vgr", "1952-08-27", "F", [
    N("n1", "V_MED_KUN", "Läkaranteckning", ("Ronja Falk", L), "2024-02-06T10:15", [
        ("Bedömning", "Hyperkalcemin utredd: primär hyperparatyreoidism, PTH 14 pmol/L, Ca 2,9."),
        ("Planering", "Patienten känner ännu inte till diagnosen, den tas upp vid återbesöket 20/2 tillsammans med op-frågan."),
    ], signed=None),
], must=[("NL101", "n1")],
   why="'känner ännu inte till diagnosen' is an untold-diagnosis statement in a different wording.")

add("end-101-vgr-th-och-synlig-bedomning", "vgr", "1968-05-03", "M", [
    N("n1", "V_ENDO_SU", "Läkaranteckning", ("Paula Wennberg", L), "2024-04-23T14:35", [
        ("Tidiga hypoteser", "Akromegali bekräftad. Pat ej informerad, vill ta det tillsammans med hustrun nästa vecka."),
        ("Bedömning", "Akromegali, IGF-1 2,8 ggr övre ref, GH ej supprimerbart vid glukosbelastning. Pat ej informerad ännu."),
        ("Planering", "MR hypofys beställd."),
    ]),
], must=[("NL101", "n1")],
   why="VGR: the untold diagnosis is in Tidiga hypoteser but also repeated, with 'ej informerad', in the visible Bedömning.")

add("end-101-skane-sokord-th-i-vanlig-mall", "skane", "1982-07-22", "F", [
    N("n1", "S_MED_LKR", "Läkaranteckning", ("Isak Berggren", L), "2024-09-24T13:05", [
        ("Aktuellt", "Återbesök efter sinus petrosus-kateterisering på SUS 12/9."),
        ("Tidiga hypoteser", "Cushings sjukdom bekräftad med central/perifer ACTH-gradient. Pat ej informerad, neurokirurg vill ge besked."),
    ]),
], must=[("NL101", "n1")],
   why="Skåne protects only by template: an untold confirmed diagnosis under a section keyword 'Tidiga hypoteser' in a Läkaranteckning is visible.")

add("end-101-konsult-kirurg-insulinom-far-inte-veta", "skane", "1957-03-09", "M", [
    N("n1", "S_KIRAVD_HBG", "Konsultationsanteckning", ("Ylva Ehn", L), "2024-10-17T14:45", [
        ("Frågeställning", "Glukosstyrning inför op."),
        ("Bedömning", "PAD från EUS-biopsi: insulinom i pankreassvansen. Glukos stabilt på glukosinfusion."),
        ("Rekommendation", "Pat får inte veta PAD-svaret ännu enl. överenskommelse med behandlande kirurg, som informerar i morgon. Diazoxid kan prövas om hypoglykemierna kvarstår."),
    ]),
], must=[("NL101", "n1")],
   why="Ward consultation: confirmed insulinoma with 'får inte veta ... ännu'.")

add("end-101-ssk-lada-dr-tar-det-vid-besok", "skane", "1976-09-14", "M", [
    N("n1", "S_DIAB_TRB", "Sjuksköterskeanteckning", ("Moa Sjöstedt", SSK), "2024-09-02T10:50", [
        ("Provsvar", "GAD-ak 480, C-peptid lågt."),
        ("Bedömning", "Autoimmun diabetes (LADA) fastställd enl. dr Holm."),
        ("Planering", "Pat är inte informerad än; dr Holm vill ta det vid besöket 12/9 och samtidigt starta insulin."),
    ]),
], must=[("NL101", "n1")],
   why="Diabetes nurse note: settled LADA and 'inte informerad än'.")

add("end-101-epikris-aldosteronism-inte-informerats", "vgr", "1966-01-18", "M", [
    N("n1", "V_AVD_SU", "Epikris", ("Sara Lundell", L), "2024-11-22T12:00", [
        ("Orsak till vårdtillfället", "Planerad binjurevenskateterisering."),
        ("Förlopp", "Okomplicerad kateterisering. Under vårdtiden påvisad primär aldosteronism med lateralisering till hö adenom."),
        ("Uppföljning", "Patienten har inte informerats om resultatet av kateteriseringen före utskrivning; informeras av endokrinolog på mottagningen 2/12."),
    ]),
], must=[("NL101", "n1")],
   why="Discharge summary: primary aldosteronism visible and the patient not informed before discharge.")

add("end-101-nefropati-ej-inforemrad-typo", "vgr", "1958-04-19", "M", [
    N("n1", "V_DIAB_SU", "Läkaranteckning", ("Louise Hjalmarsson", L), "2024-03-13T09:45", [
        ("Bedömning", "Diabetisk nefropati, U-alb/krea 48, eGFR 52."),
        ("Planering", "Pat ännu ej inforemrad, tas upp vid årskontrollen i april. Remiss njurmedicin skrivs därefter."),
    ]),
], must=[("NL101", "n1")],
   why="Typo in the key word ('inforemrad'): nephropathy visible and the patient not yet informed.")

add("end-101-konsult-har-inte-berattat-graves-orbitopati", "skane", "1964-04-30", "F", [
    N("n1", "S_ENDO_MAL", "Läkaranteckning", ("Anders Rönn", L), "2024-08-22T14:00", [
        ("Aktuellt", "Graves sedan 2023, nu dubbelseende och ögontryck."),
        ("Bedömning", "MR orbita: aktiv endokrin orbitopati med förtjockade ögonmuskler bilat, CAS 5/7."),
        ("Planering", "Har inte berättat för pat om MR-fyndet ännu, ögonläkare och jag träffar henne gemensamt på fredag. Selen startas."),
    ]),
], must=[("NL101", "n1")],
   why="Lay phrasing 'Har inte berättat för pat' about active Graves orbitopathy written in Bedömning.")

# ---- Block 9: told, or what is untold is no diagnosis (NL101 must_not) ------

add("end-101n-graves-informerad-idag", "skane", "1983-12-08", "F", [
    N("n1", "S_MED_HLM", "Läkaranteckning", ("Roger Åström", L), "2024-06-13T10:55", [
        ("Bedömning", "Graves sjukdom, TRAK 12 IE/L."),
        ("Åtgärd", "Pat informerad om diagnosen idag och om alternativen tablettbehandling, radiojod och operation. Väljer tabletter, Tiamazol 20 mg."),
    ]),
], must_not=[("NL101", "n1"), ("NL102", "n1")],
   why="Confirmed Graves and the patient was told today.")

add("end-101n-papillar-besked-tidigare", "vgr", "1976-10-30", "F", [
    N("n1", "V_EKIR_SU", "Läkaranteckning", ("Tomas Nyström", L), "2024-04-04T13:30", [
        ("Aktuellt", "Papillär thyreoideacancer 16 mm vä lob, pat fick besked 27/3 av undertecknad."),
        ("Åtgärd", "Preoperativt samtal idag om total tyreoidektomi, risk för recurrenspares och hypokalcemi. Samtycke inhämtat."),
    ]),
], must_not=[("NL101", "n1")],
   why="The patient was told at an earlier visit; the diagnosis is already communicated.")

add("end-101n-phpt-ej-informerad-om-op-datum", "skane", "1959-11-11", "F", [
    N("n1", "S_ENDO_LUND", "Läkaranteckning", ("Moa Eliasson", L), "2024-10-24T11:15", [
        ("Bedömning", "Primär hyperparatyreoidism, adenom lokaliserat hö nedre på sestamibiscint och UL."),
        ("Planering", "Remiss endokrinkirurgen skickad. Pat ej informerad om operationsdatum ännu, kirurgen återkommer med tid."),
    ]),
], must_not=[("NL101", "n1")],
   why="What the patient has not been told is an operation date, not a diagnosis.")

add("end-101n-remissen-skickad-ej-informerad", "vgr", "1955-03-02", "M", [
    N("n1", "V_MED_SAS", "Läkaranteckning", ("Alva Strömberg", L), "2024-07-30T14:20", [
        ("Bedömning", "Toxisk multinodös struma, välbehandlad med Tiamazol sedan maj."),
        ("Planering", "Remiss för radiojodbehandling skickad. Pat ännu inte informerad om att remissen gått iväg, får brev."),
    ], signed=None),
], must_not=[("NL101", "n1")],
   why="The untold item is that a referral was sent, not a diagnosis.")

add("end-101n-normala-arsprover-ej-meddelad", "skane", "1998-09-09", "M", [
    N("n1", "S_DIAB_TRB", "Sjuksköterskeanteckning", ("Klara Fagerlund", SSK), "2024-12-04T13:10", [
        ("Årskontroll", "Typ 1-diabetes sedan 2010. Årsprover: TSH 1,8, TTG-ak neg, U-alb/krea 0,4."),
        ("Planering", "Pat ännu ej meddelad om de normala proverna, svar skickas via 1177."),
    ]),
], must_not=[("NL101", "n1")],
   why="Untold normal results beside a known diagnosis: nothing diagnostic is being withheld.")

add("end-101n-skane-th-mall-ektopisk-acth", "skane", "1957-06-26", "M", [
    N("n1", "S_ENDO_MAL", "Tidiga hypoteser", ("Karolina Ask", L), "2024-03-19T16:05", [
        ("Bedömning", "Sannolik ektopisk ACTH-produktion, DT thorax visar 1,5 cm förändring i hö underlob. Pat ej informerad, oklart om lungförändringen hänger ihop med hyperkortisolismen."),
    ]),
], must_not=[("NL101", "n1"), ("NL102", "n1")],
   why="Skåne template Tidiga hypoteser: the untold, hedged diagnosis is kept in the protected place.")

add("end-101n-vgr-th-sokord-synlig-utan-diagnos", "vgr", "1961-11-16", "F", [
    N("n1", "V_ENDO_SU", "Läkaranteckning", ("Simon Kvist", L), "2024-08-08T10:30", [
        ("Aktuellt", "Återbesök efter DT binjurar med kontrast 1/8."),
        ("Tidiga hypoteser", "Bildfynd talar för binjurebarkscancer, 8 cm med oregelbunden kontur."),
        ("Planering", "Pat ej informerad om DT-svaret ännu, läkarbesök med kontaktsjuksköterska nästa vecka."),
    ]),
], must_not=[("NL101", "n1"), ("NL102", "n1")],
   why="VGR: the diagnosis is only under sökord Tidiga hypoteser; the visible 'ej informerad' names no diagnosis.")

add("end-101n-pat-informerad-maken-ej", "skane", "1953-02-14", "F", [
    N("n1", "S_MED_KRI", "Läkaranteckning", ("Jonatan Blad", L), "2024-07-25T15:35", [
        ("Bedömning", "Binjurebarkscancer, PAD bekräftad efter adrenalektomi vä."),
        ("Åtgärd", "Pat informerad igår av mig och kontaktsjuksköterska. Hon vill inte att maken informeras ännu, vilket respekteras. Mitotan diskuteras på MDK."),
    ]),
], must_not=[("NL101", "n1")],
   why="The patient has been told; only the husband has not.")

# ---- Block 10: later notes tell; other told / not-a-diagnosis wordings -------

add("end-101n-vgr-senare-telefon-informerar", "vgr", "1979-08-06", "M", [
    N("n1", "V_ENDO_SU", "Läkaranteckning", ("Mira Holgersson", L), "2024-05-07T11:00", [
        ("Bedömning", "Feokromocytom vä binjure, P-metanefrin 9 ggr ref och typisk DT-bild."),
        ("Planering", "Pat ej informerad, ringer honom när kirurgen bekräftat op-tid."),
    ]),
    N("n2", "V_ENDO_SU", "Telefonanteckning", ("Mira Holgersson", L), "2024-05-14T13:15", [
        ("Telefonkontakt", "Informerat pat per telefon om feokromocytomdiagnosen och om operationen 4/6. Doxazosin startas i morgon, recept skickat."),
    ]),
], must_not=[("NL101", "n2")],
   why="Two notes: the later telephone note is the one that tells the patient, so NL101 must not fire on it.")

add("end-101n-skane-th-sedan-bekraftat-och-informerat", "skane", "1972-02-09", "F", [
    N("n1", "S_ENDO_MAL", "Tidiga hypoteser", ("Gabriel Strand", L), "2024-02-20T15:30", [
        ("Bedömning", "Misstänkt insulinom, fasteprov positivt efter 14 h. Avvaktar lokalisation innan pat får veta."),
    ]),
    N("n2", "S_ENDO_MAL", "Läkaranteckning", ("Gabriel Strand", L), "2024-03-12T10:40", [
        ("Bedömning", "Insulinom 1,4 cm i pankreaskroppen, lokaliserat med EUS och Ga-68-exendin-PET."),
        ("Åtgärd", "Pat informerad om diagnosen och om planerad enukleation. Informationen i tidigare hypotesanteckning är därmed kommunicerad."),
    ]),
], must_not=[("NL101", "n1"), ("NL101", "n2")],
   why="The untold hypothesis was kept in the Skåne Tidiga hypoteser template; the later visible note tells the patient.")

add("end-101n-redan-informerad-av-kirurg", "skane", "1969-07-01", "F", [
    N("n1", "S_ENDO_LUND", "Läkaranteckning", ("Tilda Wernersson", L), "2024-06-26T09:10", [
        ("Aktuellt", "Hemityreoidektomi vä 28/5. PAD: minimalt invasiv follikulär thyreoideacancer, 19 mm."),
        ("Bedömning", "Pat redan informerad av kirurg om PAD vid återbesöket. Ingen kompletterande op enl. MDK, ingen radiojod."),
        ("Planering", "Levaxin 75 mikrog, TSH-mål inom referens. Tyreoglobulin om 6 mån."),
    ]),
], must_not=[("NL101", "n1")],
   why="'redan informerad av kirurg': the diagnosis was communicated elsewhere before this note.")

add("end-101n-feo-avskrivs-ej-informerad-annu", "vgr", "1974-05-25", "F", [
    N("n1", "V_MED_ALI", "Läkaranteckning", ("Emil Sand", L), "2024-09-05T15:45", [
        ("Bedömning", "Binjureincidentalom hö 1,8 cm. Feokromocytom avskrivs, normala metoxikatekolaminer vid två tillfällen."),
        ("Planering", "Pat ej informerad ännu, ringer henne i morgon med beskedet."),
    ]),
], must_not=[("NL101", "n1"), ("NL102", "n1")],
   why="What is not yet told is that a diagnosis was ruled out, so no diagnosis is withheld.")

add("end-101n-titreringsplan-ej-hunnit", "skane", "1962-01-23", "M", [
    N("n1", "S_DIAB_HBG", "Sjuksköterskeanteckning", ("Sandra Wik", SSK), "2024-04-10T14:30", [
        ("Aktuellt", "Typ 2-diabetes, Toujeo 18 E, fasteglukos 9–11."),
        ("Planering", "Har ej hunnit informera pat om den nya titreringsplanen för Toujeo, skickar meddelande via 1177 i eftermiddag."),
    ]),
], must_not=[("NL101", "n1")],
   why="The untold item is a titration plan, not a diagnosis.")

add("end-101n-ringt-och-meddelat-graves", "vgr", "1997-04-12", "F", [
    N("n1", "V_MED_SKAS", "Telefonanteckning", ("Alexander Höög", L), "2024-01-16T16:20", [
        ("Telefonkontakt", "Ringt pat och meddelat provsvaren: TRAK positiva, dvs Graves sjukdom. Hon tog beskedet lugnt och har frågor om graviditet, som tas vid besöket 25/1."),
    ]),
], must_not=[("NL101", "n1")],
   why="Telephone note in which the diagnosis is communicated to the patient.")

add("end-101n-barn-celiaki-foraldrar-och-barn-informerade", "skane", "2013-02-18", "F", [
    N("n1", "S_BARN_LUND", "Läkaranteckning", ("Rickard Melin", L), "2024-01-24T10:20", [
        ("Bedömning", "Celiaki bekräftad med tunntarmsbiopsi, Marsh 3b. Typ 1-diabetes sedan 2019."),
        ("Åtgärd", "Båda föräldrarna och Elsa informerade idag. Dietist bokad för glutenfri kost och kolhydraträkning."),
    ]),
], must_not=[("NL101", "n1")],
   why="Child under 13: the child and both guardians were told the confirmed celiac disease today.")


# ---------------------------------------------------------------------------
# Validation and output
# ---------------------------------------------------------------------------

CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
CODES = {"NL101", "NL102"}
PROTECTED_TEMPLATE_SKANE = "Tidiga hypoteser"
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return total % 10 == 0


def age_on(birth, when):
    b = dt.date.fromisoformat(birth)
    w = when.date() if isinstance(when, dt.datetime) else when
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    problems = []
    names = set()
    whys = set()
    sentences = {}
    hsa_region = {v[1]: v[4] for v in UNITS.values()}
    for c in cases:
        name = c.get("case", "?")
        p = lambda msg: problems.append("%s: %s" % (name, msg))
        if list(c.keys()) != CASE_KEYS:
            p("case keys %r" % list(c.keys()))
        if not name.startswith("end-") or not re.fullmatch(r"[a-z0-9-]+", name):
            p("bad case name")
        if name in names:
            p("duplicate case name")
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            p("bad ruleset")
        if not c["why"] or c["why"] in whys:
            p("empty or repeated why")
        whys.add(c["why"])
        r = c["record"]
        if list(r.keys()) != RECORD_KEYS:
            p("record keys %r" % list(r.keys()))
        if r["access_events"] or r["conversations"] or r["treatments"]:
            p("non-empty access_events/conversations/treatments")
        pat = r["patient"]
        if list(pat.keys()) != ["id", "birth_date", "protected_identity"]:
            p("patient keys")
        m = re.fullmatch(r"(\d{8})-(\d{4})", pat["id"])
        if not m:
            p("personnummer format")
        else:
            if m.group(1) != pat["birth_date"].replace("-", ""):
                p("personnummer does not match birth_date")
            if not luhn_ok(m.group(1)[2:] + m.group(2)):
                p("personnummer fails Luhn")
        try:
            as_of = dt.datetime.fromisoformat(r["as_of"])
        except ValueError:
            p("bad as_of")
            continue
        if as_of.year != 2024:
            p("as_of not in 2024")
        if 13 <= age_on(pat["birth_date"], as_of) <= 15:
            p("patient aged 13-15 at as_of")
        ids = {}
        for n in r["notes"]:
            if list(n.keys()) != NOTE_KEYS:
                p("note keys %r" % list(n.keys()))
                continue
            if n["id"] in ids:
                p("duplicate note id")
            ids[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                p("bad system")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                p("VGR note not Melior")
            if hsa_region.get(n["unit"]["hsa_id"]) != c["ruleset"]:
                p("unit region does not match ruleset")
            t = dt.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                p("note time not in 2024")
            if t > as_of:
                p("note after as_of")
            if 13 <= age_on(pat["birth_date"], t) <= 15:
                p("patient aged 13-15 at note time")
            if n["signed"] is not None:
                s = dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    p("bad signed time")
            if n["setting"] not in ("öppenvård", "slutenvård"):
                p("bad setting")
            if not n["sections"]:
                p("note without sections")
            if set(n["author"].keys()) != {"name", "role"} or set(n["unit"].keys()) != {"name", "hsa_id"}:
                p("author/unit keys")
            for sec in n["sections"]:
                if list(sec.keys()) != ["keyword", "text"] or not sec["text"].strip():
                    p("bad section")
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = " ".join(sent.split())
                    if len(sent) >= 25:
                        key = sent.lower()
                        if key in sentences and sentences[key] != (name, n["id"], sec["keyword"]):
                            p("sentence repeated (also in %s): %r" % (sentences[key][0], sent))
                        elif key in sentences:
                            p("sentence repeated within note: %r" % sent)
                        sentences[key] = (name, n["id"], sec["keyword"])
        if not c["must"] and not c["must_not"]:
            p("no assertion")
        seen = set()
        for lst in ("must", "must_not"):
            for a in c[lst]:
                if not (isinstance(a, list) and len(a) == 2):
                    p("bad assertion %r" % (a,))
                    continue
                code, target = a
                if code not in CODES:
                    p("unexpected code %s" % code)
                if target not in ids:
                    p("target %s does not exist" % target)
                    continue
                if (code, target) in seen:
                    p("%s on %s asserted twice" % (code, target))
                seen.add((code, target))
                note = ids[target]
                if code == "NL102" and lst == "must" and note["system"] != "Melior":
                    p("NL102 must on a non-Melior note")
                if code == "NL102" and note["system"] == "PMO" and lst != "must_not":
                    p("NL102 on PMO must be must_not")
                if code == "NL101" and note["system"] == "PMO":
                    p("NL101 asserted on PMO")
                if (lst == "must" and c["ruleset"] == "skane"
                        and note["template"] == PROTECTED_TEMPLATE_SKANE):
                    p("must asserted on a protected Skåne template")
                if lst == "must" and c["ruleset"] == "vgr" and all(
                        s["keyword"] == "Tidiga hypoteser" for s in note["sections"]):
                    p("must asserted on a VGR note whose only sökord is Tidiga hypoteser")
    return problems


def main():
    problems = validate(CASES)
    if problems:
        for line in problems:
            print("ERROR " + line, file=sys.stderr)
        print("%d problem(s); nothing written" % len(problems), file=sys.stderr)
        return 1
    out = Path(__file__).resolve().parent / "nl1_dev160_cases.jsonl"
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _t in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), out))
    for code in sorted(CODES):
        print("  %s must=%d must_not=%d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
