#!/usr/bin/env python3
"""nl1bp_dev_cases: NL101/NL102 gold cases built around records of several notes.

Theme: one patient followed over days or weeks. A suspicion is raised, investigated,
confirmed or dropped; the patient is told at some point or not yet; earlier text is
copied forward into later notes; relatives and other caregivers are told or not;
discharge summaries repeat earlier findings. About half of the cases hold 2-4 notes and
the assertions (must / must_not) name the note they concern.

Written from the regional routines (seeds/) and the rule catalog in DESIGN.md only.

    python3 build.py      writes nl1bp_dev_cases.jsonl beside this file and validates it
                          (exit status 1 on any problem)

Uniqueness: every sentence of 25 or more characters belongs to one case only. Inside
one case a sentence may recur in a later note, because that is what copy-forward is;
it may not recur inside one note.
"""
import datetime as _dt
import json
import os
import re
import sys

NAME = "nl1bp_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

CODES = ("NL101", "NL102")

# ---------------------------------------------------------------------------
# units: (name, hsa_id, journal system, region)
# ---------------------------------------------------------------------------
def U(name, hsa, system, region):
    return {"name": name, "hsa_id": hsa, "system": system, "region": region}

# Skåne, Melior (hospitals)
S_LUNG_LUND = U("Lungmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4102", "Melior", "skane")
S_MED_HBG = U("Medicinkliniken avdelning 5, Helsingborgs lasarett", "SE2321000255-6630", "Melior", "skane")
S_NEURO_LUND = U("Neurologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7619", "Melior", "skane")
S_ONK_LUND = U("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3381", "Melior", "skane")
S_AKUT_MALMO = U("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2207", "Melior", "skane")
S_URO_MALMO = U("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5514", "Melior", "skane")
S_BARN_LUND = U("Barn- och ungdomsmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-8140", "Melior", "skane")
S_PSYK_MALMO = U("Allmänpsykiatrisk mottagning 2, Psykiatri Skåne Malmö", "SE2321000255-9021", "Melior", "skane")
S_PSYK_LUND = U("Traumamottagningen, Psykiatri Skåne Lund", "SE2321000255-9077", "Melior", "skane")
S_MED_YSTAD = U("Medicinavdelning 3, Lasarettet i Ystad", "SE2321000255-6712", "Melior", "skane")
S_ORTO_CSK = U("Ortopediska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-4470", "Melior", "skane")
S_KIR_CSK = U("Kirurgiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-4455", "Melior", "skane")
S_FYS_CSK = U("Fysioterapin ortopedi, Centralsjukhuset Kristianstad", "SE2321000255-4488", "Melior", "skane")
S_GER_LSK = U("Minnesmottagningen, Lasarettet i Landskrona", "SE2321000255-7305", "Melior", "skane")
S_GER_AVD_LSK = U("Geriatriska avdelningen, Lasarettet i Landskrona", "SE2321000255-7311", "Melior", "skane")
S_HJART_CSK = U("Hjärtmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4491", "Melior", "skane")
S_HUD_LUND = U("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-3908", "Melior", "skane")
S_GYN_MALMO = U("Gynekologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5170", "Melior", "skane")
S_INF_MALMO = U("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-2950", "Melior", "skane")
S_REUMA_LUND = U("Reumatologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3722", "Melior", "skane")
S_KIR_TRBG = U("Kirurgmottagningen, Lasarettet Trelleborg", "SE2321000255-6021", "Melior", "skane")
S_DIET_MALMO = U("Dietistmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2388", "Melior", "skane")
S_GASTRO_MALMO = U("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2391", "Melior", "skane")
S_BUP_HBG = U("BUP-mottagningen Helsingborg, Barn- och ungdomspsykiatri Skåne", "SE2321000255-8802", "Melior", "skane")
S_ASIH_LUND = U("ASIH Lund, Skånes universitetssjukhus", "SE2321000255-3655", "Melior", "skane")
S_HEM_LUND = U("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3470", "Melior", "skane")
S_ONH_MALMO = U("Öron-, näs- och halskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-2604", "Melior", "skane")
S_MED_ANG = U("Medicinmottagningen, Ängelholms sjukhus", "SE2321000255-6880", "Melior", "skane")
S_ENDO_MALMO = U("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2476", "Melior", "skane")
S_KK_HBG = U("Specialistmödravården, Kvinnokliniken Helsingborgs lasarett", "SE2321000255-6745", "Melior", "skane")
S_MED_HLM = U("Medicinmottagningen, Hässleholms sjukhus", "SE2321000255-4612", "Melior", "skane")
S_AKUT_HBG = U("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-6601", "Melior", "skane")
S_NEURO_MALMO = U("Neurologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2733", "Melior", "skane")
S_KIR_LUND = U("Kirurgiska kliniken avdelning 11, Skånes universitetssjukhus Lund", "SE2321000255-3140", "Melior", "skane")
S_KARDIO_LUND = U("Kardiologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3266", "Melior", "skane")
S_NEFRO_LUND = U("Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3299", "Melior", "skane")

S_BROST_MALMO = U("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2530", "Melior", "skane")

# Skåne, PMO (primary care)
S_VC_KAVL = U("Vårdcentralen Kävlinge", "SE2321000255-1A2K", "PMO", "skane")
S_VC_SIMR = U("Vårdcentralen Simrishamn", "SE2321000255-1B7S", "PMO", "skane")
S_VC_LINERO = U("Vårdcentralen Linero, Lund", "SE2321000255-1C3L", "PMO", "skane")
S_HSV_ESLOV = U("Hemsjukvården Eslöv", "SE2321000255-1D5E", "PMO", "skane")
S_VC_SODERV = U("Vårdcentralen Södervärn, Malmö", "SE2321000255-1E8M", "PMO", "skane")
S_UM_MALMO = U("Ungdomsmottagningen Malmö", "SE2321000255-1F2U", "PMO", "skane")
S_VC_OSBY = U("Vårdcentralen Osby", "SE2321000255-1G4O", "PMO", "skane")
S_BVC_TOM = U("BVC Tomelilla", "SE2321000255-1H6T", "PMO", "skane")
S_VC_HOOR = U("Vårdcentralen Höör", "SE2321000255-1J9H", "PMO", "skane")

# Västra Götaland, Melior
V_NEURO_SU = U("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011842", "Melior", "vgr")
V_GER_MOLN = U("Minnesmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000012290", "Melior", "vgr")
V_MED_NAL = U("Medicinkliniken, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000014405", "Melior", "vgr")
V_KIR_UDD = U("Kirurgkliniken, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E000000014471", "Melior", "vgr")
V_BARN_SU = U("Drottning Silvias barn- och ungdomssjukhus, barnmedicin", "SE2321000131-E000000011120", "Melior", "vgr")
V_AKUT_KUNG = U("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E000000015633", "Melior", "vgr")
V_KIR_KUNG = U("Kirurgavdelningen, Kungälvs sjukhus", "SE2321000131-E000000015640", "Melior", "vgr")
V_PSYK_SU = U("Psykiatri Psykos, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011977", "Melior", "vgr")
V_MED_SAS = U("Medicinkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000016210", "Melior", "vgr")
V_PSYK_SAS = U("Psykiatriska öppenvårdsmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000016288", "Melior", "vgr")
V_ORTO_SAS = U("Ortopedkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000016250", "Melior", "vgr")
V_KK_OSTRA = U("Kvinnosjukvård, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011566", "Melior", "vgr")
V_HEM_SU = U("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011703", "Melior", "vgr")
V_LUNG_SU = U("Lungmedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011761", "Melior", "vgr")
V_MED_SKAS = U("Medicinmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000017104", "Melior", "vgr")
V_KIR_SKAS = U("Kirurgkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000017122", "Melior", "vgr")
V_STROKE_SKAS = U("Strokeenheten, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000017139", "Melior", "vgr")
V_GEN_SU = U("Klinisk genetik, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011890", "Melior", "vgr")
V_URO_SU = U("Urologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011918", "Melior", "vgr")
V_ONK_SU = U("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011655", "Melior", "vgr")
V_REUMA_SU = U("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000012311", "Melior", "vgr")
V_MED_ALING = U("Medicinavdelningen, Alingsås lasarett", "SE2321000131-E000000018020", "Melior", "vgr")
V_HUD_SKAS = U("Hudmottagningen, Skaraborgs Sjukhus Falköping", "SE2321000131-E000000017180", "Melior", "vgr")
V_GASTRO_SU = U("Gastromottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011588", "Melior", "vgr")
V_NEURO_NAL = U("Neurologmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000014433", "Melior", "vgr")
V_IVA_SAS = U("Intensivvårdsavdelningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000016299", "Melior", "vgr")
V_INF_SU = U("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011599", "Melior", "vgr")
V_ONH_SU = U("Öron-näsa-hals, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011940", "Melior", "vgr")
V_FYS_UDD = U("Fysioterapin, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E000000014490", "Melior", "vgr")
V_DIET_NAL = U("Dietistenheten, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000014419", "Melior", "vgr")
V_KARDIO_SU = U("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011600", "Melior", "vgr")
V_ENDO_SAS = U("Endokrinmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000016230", "Melior", "vgr")
V_ATST_SU = U("Ätstörningsenheten, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011999", "Melior", "vgr")
V_ORTO_SU = U("Ortopedi, tumörsektionen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011877", "Melior", "vgr")
V_AKUT_SU = U("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000011500", "Melior", "vgr")

# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------
def _iso(t):
    """'2024-03-12 14:05' -> '2024-03-12T14:05:00'"""
    return _dt.datetime.strptime(t, "%Y-%m-%d %H:%M").isoformat()


def N(nid, unit, author, time, sections, template="Läkaranteckning", signed=45,
      setting="öppenvård", refs=()):
    """One note. author = (name, role); signed = minutes after time, a
    'YYYY-MM-DD HH:MM' string, or None (an unsigned draft)."""
    t = _dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    if signed is None:
        s = None
    elif isinstance(signed, int):
        s = (t + _dt.timedelta(minutes=signed)).isoformat()
    else:
        s = _iso(signed)
    return {
        "id": nid,
        "system": unit["system"],
        "template": template,
        "unit": {"name": unit["name"], "hsa_id": unit["hsa_id"]},
        "author": {"name": author[0], "role": author[1]},
        "time": t.isoformat(),
        "signed": s,
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
        "_region": unit["region"],
    }


def _luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


CASES = []


def C(name, ruleset, patient, notes, must, must_not, why, as_of=None):
    """patient = ('YYYYMMDD', 'NNN'): birth date and three serial digits; the check
    digit is computed here and checked again by validate()."""
    birth, serial = patient
    pnr = birth + "-" + serial + _luhn_digit(birth[2:] + serial)
    if as_of is None:
        last = max(_dt.datetime.fromisoformat(n["time"]) for n in notes)
        for n in notes:
            if n["signed"]:
                last = max(last, _dt.datetime.fromisoformat(n["signed"]))
        as_of = (last + _dt.timedelta(days=1)).replace(hour=0, minute=0, second=0).isoformat()
    else:
        as_of = _iso(as_of)
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr, "birth_date": "%s-%s-%s" % (birth[:4], birth[4:6], birth[6:]),
                        "protected_identity": False},
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


# authors used in several cases
DR, SSK, PSY, FT, DIET, KUR, AT, BM, USK = ("läkare", "sjuksköterska", "psykolog", "fysioterapeut",
                                            "dietist", "kurator", "arbetsterapeut", "barnmorska",
                                            "undersköterska")

# ===========================================================================
# CASES
# ===========================================================================
# ---------------------------------------------------------------------------
# Part 1: multi-note arcs, oncology and neurology
# ---------------------------------------------------------------------------
C("lunga-misstanke-ej-besked-sedan-besked-sedan-pad", "skane", ("19511103", "457"), [
    N("n1", S_LUNG_LUND, ("Henrik Mårtensson", DR), "2024-02-05 10:40", [
        ("Aktuellt", "Remitterad från vårdcentralen pga långdragen hosta och viktnedgång 6 kg på tre månader. Rökt ca 40 paketår, slutade 2019."),
        ("Bedömning", "DT thorax visar en 3 cm spikulerad förändring i höger överlob samt förstorade körtlar i station 4R och 7. Misstänkt lungcancer, SVF startat. Pat ännu ej informerad om misstanken, han vill ha sin dotter med när han får besked på torsdag."),
        ("Planering", "Bronkoskopi med EBUS, PET-DT, spirometri med diffusionskapacitet."),
    ]),
    N("n2", S_LUNG_LUND, ("Henrik Mårtensson", DR), "2024-02-08 13:15", [
        ("Information", "Besked lämnat till pat och dottern om att fynden på DT inger stark misstanke om lungcancer. Pat tog beskedet sansat och ställde relevanta frågor om behandling. Kontaktsjuksköterska presenterad."),
        ("Planering", "EBUS 14/2, PET-DT 16/2. Återbesök när svaren finns."),
    ]),
    N("n3", S_LUNG_LUND, ("Henrik Mårtensson", DR), "2024-02-23 09:30", [
        ("Bedömning", "PAD från EBUS station 7: adenokarcinom, TTF-1 positivt. Molekylärpatologi med EGFR, ALK och PD-L1 pågår. PET-DT utan fjärrmetastaser, stadium IIIA. Diagnosen meddelad pat vid dagens besök med dottern närvarande."),
        ("Planering", "Tas upp på lungMDK 27/2 för ställningstagande till kurativt syftande radiokemoterapi."),
    ]),
], [("NL101", "n1"), ("NL102", "n1")], [("NL101", "n2"), ("NL101", "n3"), ("NL102", "n3")],
  "suspicion written visibly before the patient is told (n1); told (n2); confirmed and told (n3)")

C("ms-tidiga-hypoteser-sokord-sedan-synligt-besked", "vgr", ("19890417", "526"), [
    N("n1", V_NEURO_SU, ("Sara Lindqvist", DR), "2024-01-15 14:00", [
        ("Anamnes", "34-årig kvinna med dimsyn på vänster öga sedan åtta dagar och smärta när hon rör ögat. Hade stickningar i höger ben i två veckor i höstas som gick över spontant."),
        ("Status", "Visus hö 1,0, vä 0,3. RAPD vänster. Färgseendet nedsatt vänster. Fundus ua. I övrigt neurologiskt ua."),
        ("Bedömning", "Vänstersidig optikusneurit. MR hjärna med kontrast och lumbalpunktion bokas."),
        ("Tidiga hypoteser", "Tillsammans med episoden med stickningar i höstas talar bilden för demyeliniserande sjukdom, MS måste övervägas. Ej diskuterat med pat som i nuläget är mycket orolig; tas upp när MR och likvor är klara."),
    ]),
    N("n2", V_NEURO_SU, ("Sara Lindqvist", DR), "2024-02-12 10:30", [
        ("Bedömning", "MR visar nio T2-lesioner periventrikulärt och juxtakortikalt, varav en laddar kontrast. Oligoklonala band i likvor. Kriterierna för skovvis förlöpande MS är uppfyllda."),
        ("Information", "Diagnosen MS meddelad pat i dag, maken med vid samtalet. Vi gick igenom behandlingsalternativen och pat fick skriftlig information."),
        ("Planering", "Start med bromsmedicin efter JCV-serologi. MS-sjuksköterskan kontaktar pat inom en vecka."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
  "MS hypothesis and 'not discussed' kept under the VGR sökord Tidiga hypoteser; settled and told later in a visible note")

C("lever-metastasmisstanke-kopierad-nasta-dag", "skane", ("19460821", "193"), [
    N("n1", S_MED_HBG, ("Amira Haddad", DR), "2024-03-04 11:20", [
        ("Aktuellt", "Inlagd för trötthet och ikterus. Bilirubin 86, ALP 9,4."),
        ("Bedömning", "DT buk visar multipla lågattenuerande leverförändringar, misstänkta metastaser, primärtumör oklar. Pat ej informerad ännu, vi inväntar DT thorax innan samtal."),
        ("Planering", "DT thorax i morgon. Tumörmarkörer CEA och CA 19-9."),
    ], template="Daganteckning", setting="slutenvård"),
    N("n2", S_MED_HBG, ("Jonas Ek", DR), "2024-03-05 10:50", [
        ("Aktuellt", "Inlagd för trötthet och ikterus. Bilirubin 86, ALP 9,4."),
        ("Bedömning", "DT buk visar multipla lågattenuerande leverförändringar, misstänkta metastaser, primärtumör oklar. Pat ej informerad ännu, vi inväntar DT thorax innan samtal. Tillägg 5/3: DT thorax utan säker primärtumör, CA 19-9 1200. Gastroskopi och ERCP planeras."),
    ], template="Daganteckning", setting="slutenvård"),
], [("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")], [],
  "copy-forward: the next day's note copies the undisclosed suspicion verbatim and repeats both breaches")

C("myasteni-misstanke-avskrivs", "skane", ("19581009", "344"), [
    N("n1", S_NEURO_LUND, ("Per Gunnarsson", DR), "2024-04-03 09:15", [
        ("Aktuellt", "Hängande ögonlock höger sida sedan två månader, dubbelseende framför allt på kvällen."),
        ("Status", "Ptos hö som tilltar vid uppåtblick under en minut. Diplopi vid blick åt vänster. Ingen proximal svaghet."),
        ("Bedömning", "Misstänt okulär myasteni. AChR-antikroppar och neurografi med repetitiv stimulering beställt."),
    ]),
    N("n2", S_NEURO_LUND, ("Malin Ohlsson", SSK), "2024-04-16 14:20", [
        ("Telefonkontakt", "Ringt pat och meddelat att antikroppsprovet var negativt. Pat informerad om att läkaren återkommer efter den neurofysiologiska undersökningen."),
    ], template="Telefonanteckning", signed=10),
    N("n3", S_NEURO_LUND, ("Per Gunnarsson", DR), "2024-05-06 11:00", [
        ("Bedömning", "Repetitiv stimulering och singelfiber-EMG normala. Misstanken om myasteni avskrivs. Ptosen är aponeurotisk."),
        ("Planering", "Remiss till ögonkliniken för ställningstagande till lyftplastik. Pat informerad per telefon om bedömningen."),
    ]),
], [("NL102", "n1")], [("NL102", "n2"), ("NL102", "n3"), ("NL101", "n3")],
  "suspicion raised visibly (NL102, typo 'Misstänt'), then a normal test and an explicit 'avskrivs' (no NL102)")

C("alzheimer-sonen-informerad-pat-ej-sedan-besked", "vgr", ("19400226", "135"), [
    N("n1", V_GER_MOLN, ("Eva Strandberg", DR), "2024-02-20 13:00", [
        ("Anamnes", "Sonen har märkt tilltagande glömska sedan två år, pat har kört vilse med bilen två gånger. Pat själv bagatelliserar besvären."),
        ("Undersökningsresultat", "MMT 19/30, klocktest patologiskt. DT hjärna: uttalad mediotemporal atrofi bilateralt, lätta vitsubstansförändringar."),
        ("Bedömning", "Alzheimers sjukdom med sen debut. Sonen informerad per telefon i dag. Pat själv ännu inte informerad om diagnosen; diagnosbesked ges vid nästa besök med sonen närvarande."),
    ]),
    N("n2", V_GER_MOLN, ("Eva Strandberg", DR), "2024-03-05 10:00", [
        ("Information", "Diagnosbesked Alzheimers sjukdom lämnat till pat med sonen närvarande. Pat uttryckte lättnad över att få en förklaring till minnesproblemen."),
        ("Planering", "Donepezil 5 mg insätts. Körkortsfrågan diskuterad, anmälan till Transportstyrelsen görs. Demenssjuksköterskan följer upp om sex veckor."),
    ]),
], [("NL101", "n1")], [("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
  "settled diagnosis told to the son but not yet to the patient (NL101); patient told at the next visit")

C("prostata-progress-pat-informerad-hustrun-ej", "skane", ("19550614", "279"), [
    N("n1", S_ONK_LUND, ("Ingrid Sjöberg", DR), "2024-05-13 09:45", [
        ("Bedömning", "Skelettscintigrafi visar nytillkomna metastaser i bäcken och ländrygg, progress av prostatacancern. Pat informerad om progressen vid besöket. Han vill själv berätta för hustrun och ber att vi inte kontaktar henne."),
        ("Planering", "Byte till enzalutamid. Smärtskattning vid nästa besök om fyra veckor."),
    ]),
    N("n2", S_ONK_LUND, ("Sofia Berglund", KUR), "2024-05-20 15:00", [
        ("Samtal", "Samtal med pat om hur han ska berätta för hustrun om spridningen till skelettet. Hon vet ännu inte om det och han är rädd för hennes reaktion. Vi övade på hur han kan inleda samtalet."),
    ], template="Kuratorsanteckning"),
], [], [("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2")],
  "near miss: the patient knows; only the spouse has not been told, in the doctor's and the counsellor's note")

C("dvt-misstanke-pmo-bekraftad-akuten", "skane", ("19770930", "462"), [
    N("n1", S_VC_KAVL, ("Anders Holm", DR), "2024-01-22 10:10", [
        ("Kontaktorsak", "Svullet och ömt vänster underben sedan tre dagar. Flög hem från Thailand för en vecka sedan."),
        ("Status", "Vänster vad 3 cm större i omfång än höger, ömhet längs djupa vener."),
        ("Bedömning", "Misstänkt DVT, Wells 3 poäng. Remiss akutmottagningen för ultraljud samma dag."),
    ], template="Besöksanteckning"),
    N("n2", S_AKUT_MALMO, ("Fredrik Nyberg", DR), "2024-01-22 16:40", [
        ("Undersökningsresultat", "Ultraljud: trombos i vena femoralis och vena poplitea vänster."),
        ("Bedömning", "Proximal DVT vänster ben. Apixaban 10 mg x 2 i sju dagar, därefter 5 mg x 2. Behandlingstid tre månader; pat informerad om diagnos och behandling samt om symtom på lungemboli."),
    ], setting="akutmottagning"),
], [], [("NL102", "n1"), ("NL102", "n2"), ("NL101", "n2")],
  "hedged diagnosis in a PMO note (never shown) and the confirmed, told diagnosis at the hospital")

C("als-trolig-ej-informerad-ssk-kopierar", "vgr", ("19621202", "311"), [
    N("n1", V_NEURO_SU, ("Mikael Dahl", DR), "2024-03-18 11:00", [
        ("Status", "Atrofi och fascikulationer i händernas småmuskler bilateralt, fascikulationer även i tungan och vänster lår. Livliga reflexer, Babinski positiv höger."),
        ("Bedömning", "ENeG visar aktiv denervation i cervikala och lumbosakrala segment. Trolig ALS. Pat ej informerad om misstanken; han önskar få alla svar vid nästa besök tillsammans med sin fru."),
        ("Planering", "MR halsrygg, återbesök om två veckor."),
    ]),
    N("n2", V_NEURO_SU, ("Karin Wester", SSK), "2024-03-18 13:30", [
        ("Omvårdnad", "Pat oroad efter läkarbesöket och undrar vad som pågår. Enligt läkaranteckningen misstänks ALS, men besked är ännu inte lämnat till pat. Stödjande samtal, pat fick kontaktkort till mottagningen."),
    ], template="Omvårdnadsanteckning"),
], [("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")], [],
  "the nurse's note repeats the doctor's undisclosed ALS hypothesis and that no besked is given")

C("lungemboli-misstanke-avskriven-i-epikris", "vgr", ("19680511", "584"), [
    N("n1", V_MED_NAL, ("Johan Sandberg", DR), "2024-04-08 22:10", [
        ("Aktuellt", "Akut insjuknande med andfåddhet och högersidig andningskorrelerad bröstsmärta. Använder p-piller."),
        ("Status", "AF 24, saturation 93 %, puls 108. Lungor: nedsatta andningsljud höger bas."),
        ("Bedömning", "Misstänkt lungemboli. D-dimer 2,8. DT-angiografi beställd, Fragmin i behandlingsdos i väntan."),
    ], template="Inskrivningsanteckning", setting="slutenvård"),
    N("n2", V_MED_NAL, ("Lina Karlsson", DR), "2024-04-11 10:00", [
        ("Epikris", "Inkom med misstänkt lungemboli som avskrevs efter normal DT-angiografi. DT visade i stället ett mindre pleuraexsudat höger. CRP max 64, sjunkande utan antibiotika. Fragmin utsatt."),
        ("Diagnos", "Pleurit."),
        ("Information", "Pat informerad om att blodpropp inte påvisats och att hon kan fortsätta med p-piller."),
    ], template="Epikris", setting="slutenvård"),
], [("NL102", "n1")], [("NL102", "n2"), ("NL101", "n2")],
  "admission note hedges lungemboli (NL102); the discharge summary repeats it only as excluded")

C("brostcancer-recidiv-tidiga-hypoteser-mall-sedan-besked", "skane", ("19630214", "220"), [
    N("n1", S_ONK_LUND, ("Helena Åkesson", DR), "2024-06-03 10:00", [
        ("Hypotes", "Nytillkommen förstorad lymfkörtel i vänster axill hos pat opererad för vänstersidig bröstcancer 2019. Stark misstanke om regionalt recidiv. Pat ej informerad om misstanken i väntan på cytologi."),
    ], template="Tidiga hypoteser"),
    N("n2", S_ONK_LUND, ("Helena Åkesson", DR), "2024-06-03 10:40", [
        ("Åtgärd", "Ultraljud av vänster axill och finnålspunktion utförda. Pat informerad om att svaret väntas om cirka en vecka och att vi ringer henne."),
    ]),
    N("n3", S_ONK_LUND, ("Helena Åkesson", DR), "2024-06-12 14:00", [
        ("Bedömning", "Cytologin visar metastas från bröstcancer i vänster axill, regionalt recidiv. Pat informerad vid besöket i dag."),
        ("Planering", "Remiss PET-DT och diskussion på bröstMDK."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2"), ("NL101", "n3"), ("NL102", "n3")],
  "suspicion kept in the Skåne template Tidiga hypoteser; the visible note names only the procedure; later told")

C("koloskopi-sederad-ej-informerad-pad-besked", "vgr", ("19490719", "391"), [
    N("n1", V_KIR_UDD, ("Erik Nilsson", DR), "2024-02-27 09:40", [
        ("Undersökningsresultat", "Koloskopi till caekum. I sigmoideum 25 cm ab ano en cirkulär, ulcererande och lättblödande förändring som går att passera. Sex biopsier tagna."),
        ("Bedömning", "Misstänkt koloncancer i sigmoideum. Pat sederad och trött efter undersökningen, ej informerad om fyndet. Besked lämnas på mottagningen när PAD finns."),
    ], template="Endoskopianteckning", setting="dagvård"),
    N("n2", V_KIR_UDD, ("Erik Nilsson", DR), "2024-03-07 11:10", [
        ("Information", "PAD visar adenokarcinom i sigmoideum. Pat och hans sambo informerade om diagnosen vid dagens besök."),
        ("Planering", "DT thorax-buk beställd för stadieindelning. Kontaktsjuksköterska utsedd."),
    ]),
], [("NL101", "n1"), ("NL102", "n1")], [("NL101", "n2"), ("NL102", "n2")],
  "endoscopy finding hedged and explicitly not told (sedated); told when PAD arrives")

C("prostatacancer-trolig-sedan-biopsi-besked", "skane", ("19570322", "153"), [
    N("n1", S_URO_MALMO, ("Lars Persson", DR), "2024-01-10 14:30", [
        ("Aktuellt", "PSA 14 vid kontroll på VC, 4,2 för två år sedan. Inga miktionsbesvär."),
        ("Status", "PR: hård knöl i vänster lob, prostata ca 35 g."),
        ("Bedömning", "Trolig prostatacancer. MR prostata och riktade biopsier planeras."),
    ]),
    N("n2", S_URO_MALMO, ("Lars Persson", DR), "2024-02-14 10:20", [
        ("Bedömning", "Biopsierna visar acinärt adenokarcinom Gleason 4+3=7 i 5 av 12 biopsier, vänster sida. Skelettscint utan metastaser. Prostatacancer, mellanrisk."),
        ("Information", "Pat informerad om diagnosen och om alternativen strålbehandling och radikal prostatektomi. Han vill fundera och fick skriftlig information."),
    ]),
], [("NL102", "n1")], [("NL101", "n2"), ("NL102", "n2")],
  "'Trolig prostatacancer' in a visible note (NL102); confirmed and told later")

C("barn-leukemimisstanke-sedan-all-bekraftad", "vgr", ("20170308", "602"), [
    N("n1", V_BARN_SU, ("Anna Lundgren", DR), "2024-01-29 19:30", [
        ("Anamnes", "Sexårig flicka med trötthet, blekhet och blåmärken sedan tre veckor. Intermittent feber."),
        ("Status", "Blek, petekier på benen. Levern palpabel 3 cm under arcus. Körtlar på halsen bilateralt."),
        ("Bedömning", "Hb 74, TPK 18, LPK 32 med blaster i utstryk. Stark misstanke om akut leukemi. Inläggning på barnonkologen, benmärgsundersökning i morgon."),
    ], setting="akutmottagning"),
    N("n2", V_BARN_SU, ("Per-Olof Strand", DR), "2024-01-31 14:00", [
        ("Bedömning", "Benmärg: prekursor B-ALL. Cytogenetik pågår. Diagnosen meddelad båda föräldrarna i dag, flickan informerad på ett sätt anpassat efter hennes ålder."),
        ("Planering", "Behandling enligt ALLTogether startar i morgon. Central infart läggs i narkos."),
    ], setting="slutenvård"),
], [("NL102", "n1")], [("NL101", "n2"), ("NL102", "n2")],
  "child under 13 (guardians read): hedged leukemia visible (NL102); confirmed and told")

C("celiaki-misstanke-pmo-bekraftad-barnklinik", "skane", ("20210516", "575"), [
    N("n1", S_VC_SIMR, ("Olof Hansson", DR), "2024-02-06 09:20", [
        ("Kontaktorsak", "Föräldrarna oroliga för lös avföring och att pojken inte växer som förut."),
        ("Status", "Viktkurvan har planat ut sedan 1,5 års ålder. Uppblåst buk, i övrigt ua."),
        ("Bedömning", "Misstänkt celiaki, transglutaminasantikroppar 90. Remiss barnmottagningen."),
    ], template="Besöksanteckning"),
    N("n2", S_BARN_LUND, ("Karolina Bengtsson", DR), "2024-03-19 13:40", [
        ("Bedömning", "Gastroskopi med duodenalbiopsier visar totalatrofi, Marsh 3c. Celiaki bekräftad. Föräldrarna informerade, remiss till dietist för glutenfri kost."),
    ]),
], [], [("NL102", "n1"), ("NL102", "n2"), ("NL101", "n2")],
  "PMO hedge is never NL102; the confirmed diagnosis in Melior is not hedged")

C("appendicit-trolig-op-epikris", "vgr", ("20010809", "713"), [
    N("n1", V_AKUT_KUNG, ("Emma Ström", DR), "2024-05-02 02:15", [
        ("Anamnes", "Buksmärta sedan i går kväll, först runt naveln och nu i höger fossa. Illamående, kräkts en gång."),
        ("Bedömning", "Trolig appendicit, Alvarado 8. DT buk beställd, fasta, kirurgjouren kontaktad."),
    ], setting="akutmottagning"),
    N("n2", V_KIR_KUNG, ("Ali Rahimi", DR), "2024-05-02 09:30", [
        ("Operationsfynd", "Laparoskopi: gangrenös appendix utan perforation. Appendektomi utan komplikationer."),
    ], template="Operationsberättelse", setting="slutenvård"),
    N("n3", V_KIR_KUNG, ("Ali Rahimi", DR), "2024-05-03 11:00", [
        ("Epikris", "Inkom med misstänkt appendicit som bekräftades vid laparoskopi. Okomplicerat postoperativt förlopp, hemgång dag 1. PAD inväntas och meddelas per brev."),
        ("Diagnos", "Akut gangrenös appendicit."),
    ], template="Epikris", setting="slutenvård"),
], [("NL102", "n1")], [("NL102", "n2"), ("NL102", "n3")],
  "admission hedge (NL102); discharge summary repeats the suspicion only as confirmed")

C("bipolar-differentialdiagnos-sedan-fastslagen", "skane", ("19951212", "806"), [
    N("n1", S_PSYK_MALMO, ("Daniel Fors", DR), "2024-01-17 10:00", [
        ("Aktuellt", "Remitterad för recidiverande depressioner sedan 19 års ålder, dålig effekt av två SSRI. Beskriver perioder med minskat sömnbehov och ökad energi som varat några dagar."),
        ("Bedömning", "Differentialdiagnos bipolär sjukdom typ II mot recidiverande depression. Utredning med livslinje och strukturerad intervju."),
    ]),
    N("n2", S_PSYK_MALMO, ("Therese Wallin", PSY), "2024-02-07 13:00", [
        ("Utredning", "Livslinje genomgången tillsammans med pat och hennes mamma. Minst tre tydliga hypomana episoder beskrivs, den längsta sex dagar 2021. SCID-5 genomförd."),
    ], template="Psykologanteckning"),
    N("n3", S_PSYK_MALMO, ("Daniel Fors", DR), "2024-02-21 09:30", [
        ("Bedömning", "Bipolär sjukdom typ II. Diagnosen återkopplad till pat i dag, hon känner igen sig i beskrivningen."),
        ("Planering", "Lamotrigin insätts med långsam upptitrering. Psykoedukation i grupp erbjuds."),
    ]),
], [("NL102", "n1")], [("NL102", "n2"), ("NL101", "n3"), ("NL102", "n3")],
  "'Differentialdiagnos' in psychiatry is NL102; the psychologist's findings and the settled diagnosis are not")

C("schizofreni-misstanke-ska-ej-informeras-lpt", "vgr", ("19990404", "017"), [
    N("n1", V_PSYK_SU, ("Robert Ek", DR), "2024-03-11 10:15", [
        ("Aktuellt", "Inlagd enligt LPT sedan fem dagar. Hörselhallucinationer, förföljelseidéer riktade mot grannarna, socialt tillbakadragen sedan ett år."),
        ("Bedömning", "Bilden med ettårig prodromalfas och nu ihållande psykotiska symtom inger misstanke om schizofreni. Pat bedöms i nuvarande skede inte kunna ta till sig ett sådant besked och ska inte informeras om misstanken förrän han är mer stabil."),
    ], setting="psykiatrisk heldygnsvård"),
    N("n2", V_PSYK_SU, ("Robert Ek", DR), "2024-04-08 11:00", [
        ("Bedömning", "Psykotiska symtom i regress på olanzapin. Diagnosen schizofreni ställd efter sammanvägning av förlopp och utredning."),
        ("Information", "Diagnosbesked schizofreni givet till pat i närvaro av kontaktperson. Han ifrågasätter delvis men vill fortsätta medicineringen."),
    ], setting="psykiatrisk heldygnsvård"),
], [("NL101", "n1"), ("NL102", "n1")], [("NL101", "n2"), ("NL102", "n2")],
  "a hypothesis the patient 'ska inte informeras om' written in a visible note; later told")

C("uvi-hemsjukvard-pmo-sedan-geriatrik", "skane", ("19320127", "208"), [
    N("n1", S_HSV_ESLOV, ("Birgitta Nord", SSK), "2024-03-02 15:30", [
        ("Omvårdnad", "Hembesök pga ökad förvirring sedan i går. Temp 38,2, illaluktande urin. Trol. UVI, urinsticka tagen och läkare på VC kontaktad."),
    ], template="Omvårdnadsanteckning", setting="hemsjukvård"),
    N("n2", S_GER_AVD_LSK, ("Nils Åberg", DR), "2024-03-04 11:00", [
        ("Bedömning", "Inlagd med akut konfusion. Urinodling växer E. coli >10^5. Nedre urinvägsinfektion med konfusionstillstånd, ingen misstanke om pyelonefrit. Pivmecillinam i fem dagar."),
        ("Information", "Dottern informerad per telefon. Pat informerad men har svårt att ta till sig informationen."),
    ], setting="slutenvård"),
], [], [("NL102", "n1"), ("NL102", "n2"), ("NL101", "n2")],
  "home-care PMO hedge (no NL102), then a confirmed diagnosis with a negated one; patient informed despite confusion")

C("pneumoni-fragetecken-sedan-rontgen", "vgr", ("19441015", "255"), [
    N("n1", V_MED_SAS, ("Oskar Blom", DR), "2024-01-08 17:20", [
        ("Bedömning", "Feber, hosta och CRP 210. Pneumonni? Lungröntgen beställd, blododlingar x 2 tagna."),
    ], setting="akutmottagning"),
    N("n2", V_MED_SAS, ("Oskar Blom", DR), "2024-01-09 09:10", [
        ("Bedömning", "Rtg pulm: infiltrat i höger underlob. Pneumoni höger underlob, CRB-65 1 p. Bensylpenicillin fortsätter."),
    ], template="Daganteckning", setting="slutenvård"),
], [("NL102", "n1")], [("NL102", "n2")],
  "question-mark hypothesis with typo 'Pneumonni?' (NL102), confirmed the next morning")

C("urosepsis-inskrivning-och-lang-epikris", "skane", ("19390707", "142"), [
    N("n1", S_MED_YSTAD, ("Magnus Lind", DR), "2024-02-10 03:40", [
        ("Bedömning", "Feber 39,5, frossa, blodtryck 95/50, laktat 3,1. Misstänkt urosepsis. Blododlingar och urinodling tagna, cefotaxim insatt."),
    ], template="Inskrivningsanteckning", setting="slutenvård"),
    N("n2", S_MED_YSTAD, ("Sanna Holmqvist", DR), "2024-02-16 13:00", [
        ("Orsak till vård", "84-årig kvinna, tidigare frisk så när som på hypertoni och lätt njursvikt, som inkom nattetid med hög feber, frossa och sjunkande blodtryck efter två dagar med sveda vid vattenkastning."),
        ("Vårdförlopp", "Inkom med misstänkt urosepsis, vilket bekräftades då både blod- och urinodlingar växte E. coli känslig för cefalosporiner. Cefotaxim i fyra dygn, därefter peroralt ceftibuten. Blodtrycket stabiliserades efter vätska och pat behövde aldrig IVA-vård. Kreatinin steg till 168 men är nu tillbaka på habitualnivå 95. Initialt förvirrad nattetid, nu klar och orienterad. Mobiliserad med rollator av fysioterapeut, klarar förflyttningar själv. Ultraljud njurar utan avflödeshinder eller abscess."),
        ("Diagnoser", "Urosepsis orsakad av E. coli. Akut njurskada, reversibel. Hypertoni."),
        ("Läkemedel", "Ceftibuten 400 mg x 1 till och med 22/2. Amlodipin pausat under vårdtiden och återinsatt i halv dos, 2,5 mg x 1."),
        ("Information", "Pat och sonen informerade om förloppet och om att höra av sig vid ny feber. Pat har förstått och känner sig redo att gå hem."),
        ("Undersökningar", "Blododling x 2: E. coli. Urinodling: E. coli >10^5, samma resistensmönster. CRP max 312, vid utskrivning 41. Laktat normaliserat efter sex timmar. Lungröntgen utan infiltrat. EKG sinusrytm."),
        ("Omvårdnad", "Kateter de första två dygnen för timdiures, avvecklad dag 3 med spontan miktion utan residualurin. Nutrition via vanlig kost med näringsdryck, vikt stabil. Inga trycksår."),
        ("Status vid utskrivning", "Afebril sedan fyra dygn, blodtryck 134/78, puls 76. Orienterad till tid och rum. Går med rollator utan tillsyn. Äter och dricker bra, blåsan töms utan besvär. Huden hel. Inga nytillkomna ödem. Smärtfri."),
        ("Funktionsnivå", "Före inläggningen gick pat utan hjälpmedel inomhus och med käpp utomhus, hade hemtjänst för städning och inköp en gång i veckan. Vid utskrivningen behövs rollator även inomhus de närmaste veckorna, vilket arbetsterapeuten har ordnat. Trygghetslarm finns sedan tidigare."),
        ("Uppföljning", "Kreatinin och blodtryck på vårdcentralen om två veckor. Ingen planerad återkontroll på sjukhuset. Hemtjänstens insatser återupptas i samma omfattning som före inläggningen."),
    ], template="Epikris", setting="slutenvård"),
], [("NL102", "n1")], [("NL102", "n2"), ("NL101", "n2")],
  "long discharge summary repeats the admission suspicion only as confirmed; admission hedge is NL102")
# ---------------------------------------------------------------------------
# Part 2: more multi-note arcs
# ---------------------------------------------------------------------------
C("collumfraktur-misstankt-mr-op-fysioterapi", "skane", ("19361123", "380"), [
    N("n1", S_ORTO_CSK, ("Viktor Sandell", DR), "2024-01-08 16:50", [
        ("Bedömning", "Fall i hemmet, smärta vänster ljumske, kan inte belasta. Rtg höft utan säker frakturlinje. Misstänkt odislocerad collumfraktur, MR bokas i morgon."),
    ], setting="akutmottagning"),
    N("n2", S_ORTO_CSK, ("Viktor Sandell", DR), "2024-01-09 12:05", [
        ("Bedömning", "MR visar odislocerad collumfraktur vänster. Operation med två Hansson-pinnar planeras i morgon, pat informerad och samtycker."),
    ], template="Daganteckning", setting="slutenvård"),
    N("n3", S_FYS_CSK, ("Elin Dahlgren", FT), "2024-01-11 10:30", [
        ("Aktuellt", "Opererad 10/1 med Hansson-pinnar för collumfraktur vänster. Fullt belastningstillåten."),
        ("Åtgärd", "Gångträning med rollator 20 m i korridoren, förflyttning säng-stol med lätt stöd. Fortsatt träning dagligen."),
    ], template="Fysioterapeutanteckning", setting="slutenvård"),
], [("NL102", "n1")], [("NL102", "n2"), ("NL101", "n2"), ("NL102", "n3")],
  "suspected fracture hedged, confirmed by MR; the physiotherapist repeats only the confirmed diagnosis")

C("endometrios-misstankt-sedan-laparoskopi", "vgr", ("19940219", "420"), [
    N("n1", V_KK_OSTRA, ("Josefin Kjellberg", DR), "2024-02-01 13:20", [
        ("Anamnes", "Svår dysmenorré sedan menarche och djup dyspareuni. Önskar graviditet inom något år."),
        ("Bedömning", "Misstänkt endometrios. Vaginalt ultraljud utan endometriom. Laparoskopi planeras."),
    ]),
    N("n2", V_KK_OSTRA, ("Josefin Kjellberg", DR), "2024-04-15 15:00", [
        ("Operationsfynd", "Endometrioshärdar i fossa ovarica och sakrouterinligamenten bilateralt, excision utförd. Endometrios bekräftad histologiskt."),
        ("Information", "Pat informerad om fynden när hon vaknat upp efter ingreppet."),
    ], setting="dagvård"),
], [("NL102", "n1")], [("NL102", "n2"), ("NL101", "n2")],
  "suspected endometriosis (NL102), confirmed at laparoscopy and told")

C("ovarialcancer-hog-misstanke-besked-nasta-dag-kontaktssk", "skane", ("19600904", "462"), [
    N("n1", S_GYN_MALMO, ("Cecilia Mörk", DR), "2024-03-25 14:10", [
        ("Bedömning", "Vaginalt ultraljud visar en 9 cm multilokulär adnexresistens med solida partier och ascites. CA-125 840, RMI 2500. Hög misstanke om ovarialcancer. Pat har ännu inte fått besked om misstanken; samtal bokat i morgon tillsammans med kontaktsjuksköterska."),
    ]),
    N("n2", S_GYN_MALMO, ("Jenny Falk", SSK), "2024-03-26 10:30", [
        ("Samtal", "Deltog vid läkarens samtal med pat och hennes make. De är nu informerade om att fynden inger stark misstanke om äggstockscancer och om planerad DT och MDK. Pat ledsen men samlad."),
        ("Åtgärd", "Kontaktuppgifter lämnade. Ringer pat på fredag."),
    ], template="Omvårdnadsanteckning"),
], [("NL101", "n1"), ("NL102", "n1")], [("NL101", "n2")],
  "'har ännu inte fått besked' with a hedged diagnosis (NL101, NL102); the contact nurse records the besked")

C("melanom-misstankt-sedan-pad-per-telefon", "skane", ("19720629", "537"), [
    N("n1", S_HUD_LUND, ("Gustav Ljung", DR), "2024-04-22 11:15", [
        ("Status", "Asymmetrisk, flerfärgad pigmenterad lesion 9 mm på ryggen, dermatoskopiskt atypiskt nätverk och regressionsområden."),
        ("Bedömning", "Misstänkt malignt melanom. Excision med 2 mm marginal utförd i dag, PAD skickat."),
    ]),
    N("n2", S_HUD_LUND, ("Hanna Roos", SSK), "2024-05-06 09:05", [
        ("Telefonkontakt", "Ringt pat och meddelat läkarens svar på PAD: malignt melanom, tjocklek 0,6 mm. Pat informerad om att utvidgad excision planeras och att kallelse kommer."),
    ], template="Telefonanteckning", signed=15),
], [("NL102", "n1")], [("NL101", "n2"), ("NL102", "n2")],
  "hedged melanoma at excision (NL102); the confirmed PAD is told by phone")

C("ftd-tidiga-hypoteser-dottern-informerad-sedan-besked", "skane", ("19500512", "493"), [
    N("n1", S_GER_LSK, ("Nils Åberg", DR), "2024-02-14 14:00", [
        ("Hypotes", "Beteendeförändring med hämningslöshet och apati sedan två år, MR med frontal atrofi. Hypotes: frontotemporal demens, beteendevariant. Ej kommunicerat med pat; neuropsykologisk testning och ny MR om sex månader avvaktas."),
    ], template="Tidiga hypoteser"),
    N("n2", S_GER_LSK, ("Nils Åberg", DR), "2024-02-14 14:30", [
        ("Samtal", "Samtal med dottern om utredningen så här långt. Pat själv ej informerad om resultaten ännu eftersom utredningen inte är klar. Neuropsykologisk bedömning bokad."),
    ]),
    N("n3", S_GER_LSK, ("Nils Åberg", DR), "2024-09-02 10:00", [
        ("Bedömning", "Frontotemporal demens, beteendevariant, uppfyller kriterierna efter ny MR och neuropsykologisk testning."),
        ("Information", "Besked lämnat till pat och dottern gemensamt. Pat har begränsad sjukdomsinsikt men lyssnade och ställde frågor om körkortet."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2"), ("NL101", "n3"), ("NL102", "n3")],
  "hypothesis in the Tidiga hypoteser template; the visible note says 'not informed' but names no diagnosis; later told")

C("hjartsvikt-misstankt-eko-hjartsviktsskola", "skane", ("19480105", "218"), [
    N("n1", S_HJART_CSK, ("Tobias Rydén", DR), "2024-03-06 10:00", [
        ("Aktuellt", "Tilltagande ansträngningsdyspné och bensvullnad sedan jul. Tidigare hjärtinfarkt 2015."),
        ("Bedömning", "Misstänkt hjärtsvikt, NT-proBNP 2400. Ekokardiografi beställd. Furosemid 40 mg insatt i väntan."),
    ]),
    N("n2", S_HJART_CSK, ("Tobias Rydén", DR), "2024-03-20 14:15", [
        ("Bedömning", "Eko: EF 30 %, akinesi inferiort. Hjärtsvikt med nedsatt ejektionsfraktion, ischemisk genes. Pat informerad, behandling enligt riktlinjer startas."),
    ]),
    N("n3", S_HJART_CSK, ("Malin Törnqvist", SSK), "2024-04-03 09:00", [
        ("Omvårdnad", "Första besöket på sjuksköterskeledd hjärtsviktsmottagning. Gått igenom daglig vägning, vätskeintag och när man ska höra av sig. Pat väger 82,4 kg i dag."),
    ], template="Omvårdnadsanteckning"),
], [("NL102", "n1")], [("NL102", "n2"), ("NL101", "n2"), ("NL102", "n3")],
  "suspected heart failure (NL102), confirmed by echo and told; nurse follow-up with no hypothesis")

C("njursvikt-ev-myelom-avskrivs", "vgr", ("19530818", "644"), [
    N("n1", V_MED_SKAS, ("Ulrika Berntsson", DR), "2024-02-12 11:30", [
        ("Bedömning", "Kreatinin stigande under ett halvår, nu eGFR 28. Anemi Hb 102. Ev. myelom som orsak; elfores och fria lätta kedjor beställda."),
    ]),
    N("n2", V_MED_SKAS, ("Ulrika Berntsson", DR), "2024-02-26 10:45", [
        ("Bedömning", "Elfores utan M-komponent, kvoten fria lätta kedjor normal. Myelom avskrivs. Diabetesnefropati är orsaken till njurfunktionsnedsättningen, med albuminuri och retinopati som stöd."),
        ("Planering", "Remiss njurmedicin. Pat informerad per telefon om att blodcancer inte påvisats."),
    ]),
], [("NL102", "n1")], [("NL102", "n2"), ("NL101", "n2")],
  "'Ev. myelom' (NL102), then dropped ('avskrivs')")

C("tuberkulos-misstanke-isolering-avskrivs", "skane", ("19860303", "931"), [
    N("n1", S_INF_MALMO, ("Hassan Jaber", DR), "2024-01-19 15:30", [
        ("Aktuellt", "Hosta i tre månader, nattsvettningar och viktnedgång. Kom till Sverige från Somalia för två år sedan."),
        ("Bedömning", "Misstänkt lungtuberkulos, kavitet i höger ovanlob på lungröntgen. Luftburen isolering, sputum x 3 för mikroskopi, PCR och odling."),
    ], setting="slutenvård"),
    N("n2", S_INF_MALMO, ("Hassan Jaber", DR), "2024-01-23 09:50", [
        ("Bedömning", "Direktmikroskopi och PCR negativa i tre sputumprov. TB-misstanken avskrivs. Kaviteten är en lungabscess med växt av Klebsiella i bronksköljvätskan. Isoleringen hävs."),
    ], template="Daganteckning", setting="slutenvård"),
], [("NL102", "n1")], [("NL102", "n2")],
  "suspected TB (NL102), then 'misstanken avskrivs' with a confirmed other diagnosis")

C("lymfom-kan-ej-uteslutas-exstirpation-hodgkin", "vgr", ("19781021", "128"), [
    N("n1", V_HEM_SU, ("Fredrika Olsson", DR), "2024-03-04 13:00", [
        ("Bedömning", "Förstorade körtlar i höger axill och mediastinum på DT, LD förhöjt. Lymfom kan ej uteslutas. Körtelexstirpation bokad via kirurgen."),
    ]),
    N("n2", V_KIR_KUNG, ("Ali Rahimi", DR), "2024-03-11 10:20", [
        ("Operationsberättelse", "Exstirpation av en 2,5 cm stor körtel i höger axill, skickad färsk till patologen. Okomplicerat."),
    ], template="Operationsberättelse", setting="dagvård"),
    N("n3", V_HEM_SU, ("Fredrika Olsson", DR), "2024-03-22 14:00", [
        ("Bedömning", "PAD: klassiskt Hodgkinlymfom, nodulär skleros. PET-DT bokad för stadieindelning."),
        ("Information", "Pat informerad om diagnosen och om att prognosen är god med behandling."),
    ]),
], [("NL102", "n1")], [("NL102", "n2"), ("NL101", "n3"), ("NL102", "n3")],
  "'kan ej uteslutas' (NL102); surgeon's note has no hypothesis; confirmed and told")

C("barn-absensepilepsi-misstankt-eeg", "skane", ("20160411", "346"), [
    N("n1", S_BARN_LUND, ("Karolina Bengtsson", DR), "2024-02-19 10:00", [
        ("Anamnes", "Lärare och föräldrar har sett korta stunder då flickan stirrar tomt och inte svarar, flera gånger per dag."),
        ("Bedömning", "Misstänkt absensepilepsi. Hyperventilation på mottagningen utlöste en tio sekunder lång episod. EEG bokas."),
    ]),
    N("n2", S_BARN_LUND, ("Karolina Bengtsson", DR), "2024-03-04 14:30", [
        ("Bedömning", "EEG visar generaliserade 3 Hz spike-wave-urladdningar. Absensepilepsi hos barn."),
        ("Information", "Föräldrarna informerade om diagnosen och om behandling med etosuximid. Skolan får information via föräldrarna."),
    ]),
], [("NL102", "n1")], [("NL102", "n2"), ("NL101", "n2")],
  "child: suspected absence epilepsy (NL102), EEG confirms, guardians told")

C("adhd-fragestallning-utredning-utesluter", "vgr", ("19910725", "375"), [
    N("n1", V_PSYK_SAS, ("Magnus Wikström", DR), "2024-01-24 13:00", [
        ("Aktuellt", "Svårt att koncentrera sig på arbetet, glömmer möten, rastlös. Beskriver samma svårigheter i skolan."),
        ("Bedömning", "ADHD? Neuropsykiatrisk utredning beställd hos psykolog."),
    ]),
    N("n2", V_PSYK_SAS, ("Lena Öberg", PSY), "2024-03-13 15:00", [
        ("Utredning", "WAIS-IV, QbTest och DIVA-5 genomförda, komparentintervju med modern. Uppmärksamhetssvårigheter finns men debuterar i vuxen ålder och sammanfaller med ångestperioder. Kriterierna för ADHD uppfylls inte."),
    ], template="Psykologanteckning"),
    N("n3", V_PSYK_SAS, ("Magnus Wikström", DR), "2024-03-27 10:00", [
        ("Bedömning", "ADHD föreligger inte. Besvären förklaras bättre av generaliserat ångestsyndrom."),
        ("Information", "Återkoppling av utredningen till pat, som är besviken men förstår resonemanget. KBT-behandling erbjuds."),
    ]),
], [("NL102", "n1")], [("NL102", "n2"), ("NL102", "n3"), ("NL101", "n3")],
  "'ADHD?' (NL102); the work-up rules it out and the outcome is told")

C("barn-autism-misstankt-bup-fastalld", "skane", ("20151102", "193"), [
    N("n1", S_BUP_HBG, ("Ylva Carlén", DR), "2024-01-30 09:00", [
        ("Aktuellt", "Åttaårig pojke med begränsade intressen, svårt med kamrater och starka reaktioner på ljud. Remiss från elevhälsan."),
        ("Bedömning", "Misstänkt autism. Neuropsykiatrisk utredning med ADOS-2 och ADI-R planeras."),
    ]),
    N("n2", S_BUP_HBG, ("Ylva Carlén", DR), "2024-04-23 14:00", [
        ("Bedömning", "Autism enligt DSM-5, nivå 1, utan intellektuell funktionsnedsättning."),
        ("Information", "Återgivningssamtal med båda föräldrarna, utlåtande överlämnat. Pojken informerad vid separat tillfälle tillsammans med psykologen."),
    ]),
], [("NL102", "n1")], [("NL102", "n2"), ("NL101", "n2")],
  "child under 13 at BUP Skåne: suspected autism (NL102), settled and told")

C("pankreas-dottrar-vill-undanhalla-sedan-informerad", "vgr", ("19381212", "306"), [
    N("n1", V_KIR_SKAS, ("Jesper Holmgren", DR), "2024-04-02 16:00", [
        ("Bedömning", "DT buk visar 4 cm tumör i pankreashuvudet och två leverförändringar. Sannolikt pankreascancer med levermetastaser. Döttrarna har bett att mamman inte ska få veta något om cancermisstanken. Pat ej informerad."),
    ], setting="slutenvård"),
    N("n2", V_KIR_SKAS, ("Jesper Holmgren", DR), "2024-04-03 13:30", [
        ("Samtal", "Samtal med döttrarna om att pat själv har rätt till information om sin sjukdom. Pat tillfrågad om hur mycket hon vill veta; hon vill ha raka besked."),
        ("Information", "Pat informerad om DT-fynden och om att det rör sig om en tumör i bukspottkörteln med spridning till levern. Hon tog det lugnt och vill inte ha cellgifter."),
    ], setting="slutenvård"),
], [("NL101", "n1"), ("NL102", "n1")], [("NL101", "n2")],
  "relatives ask to withhold, patient not told (NL101, NL102); patient told the next day")

C("asih-levermetastaser-vet-ej-sedan-onkolog", "skane", ("19440428", "557"), [
    N("n1", S_ASIH_LUND, ("Marie Stenberg", DR), "2024-03-08 11:30", [
        ("Bedömning", "DT från 6/3 visar nytillkomna levermetastaser från känd koloncancer. Pat vet ännu inte om detta; onkologen lämnar besked vid besöket 14/3."),
        ("Planering", "Fortsatt ASIH-inskrivning, smärtlindring oförändrad."),
    ], template="Hembesök läkare", setting="hemsjukvård"),
    N("n2", S_ASIH_LUND, ("Åsa Kronqvist", SSK), "2024-03-15 14:00", [
        ("Omvårdnad", "Pat berättar att onkologen i går informerade om metastaserna i levern. Han är ledsen men säger att han anat det. Vi pratade om vad som är viktigt för honom framöver."),
    ], template="Omvårdnadsanteckning", setting="hemsjukvård"),
], [("NL101", "n1")], [("NL102", "n1"), ("NL101", "n2")],
  "confirmed metastases the patient 'vet ännu inte om' (NL101, not hedged); nurse records that he was told")

C("tia-misstankt-mr-visar-infarkt", "vgr", ("19520909", "077"), [
    N("n1", V_STROKE_SKAS, ("Hanna Forsell", DR), "2024-05-14 20:30", [
        ("Anamnes", "Övergående talsvårigheter och svaghet i höger hand i 20 minuter i eftermiddags, nu symtomfri."),
        ("Bedömning", "Misstänkt TIA, ABCD2 5 p. Trombocythämning, MR hjärna och halskärlsultraljud i morgon."),
    ], setting="akutmottagning"),
    N("n2", V_STROKE_SKAS, ("Hanna Forsell", DR), "2024-05-15 14:10", [
        ("Bedömning", "MR visar en färsk liten infarkt i vänster hemisfär. Ischemisk stroke, ej TIA. Halskärlsultraljud utan signifikant stenos."),
        ("Information", "Pat informerad om att det rört sig om en liten stroke och om sekundärprevention."),
    ], template="Daganteckning", setting="slutenvård"),
], [("NL102", "n1")], [("NL102", "n2"), ("NL101", "n2")],
  "suspected TIA (NL102) turns into a confirmed stroke with a negated TIA")

C("jattecellsarterit-misstankt-biopsi-bekraftar", "skane", ("19460202", "566"), [
    N("n1", S_REUMA_LUND, ("Anders Wennberg", DR), "2024-02-02 10:30", [
        ("Aktuellt", "Nytillkommen huvudvärk vid tinningarna, käkclaudicatio och SR 88."),
        ("Bedömning", "Misstänkt jättecellarterit. Prednisolon 50 mg insatt i dag, temporalisbiopsi inom en vecka."),
    ]),
    N("n2", S_REUMA_LUND, ("Anders Wennberg", DR), "2024-02-16 11:00", [
        ("Bedömning", "Temporalisbiopsin visar jättecellsarterit. Huvudvärken borta, SR 20."),
        ("Planering", "Prednisolon trappas enligt schema. Kalk, D-vitamin och bentäthetsmätning."),
    ]),
], [("NL102", "n1")], [("NL102", "n2")],
  "suspected giant-cell arteritis, typo 'jättecellarterit' (NL102); biopsy confirms")

C("sarkoidos-misstanke-kopieras-sedan-bekraftad", "vgr", ("19840606", "140"), [
    N("n1", V_LUNG_SU, ("Petra Lundin", DR), "2024-01-11 09:30", [
        ("Bedömning", "Bilaterala hiluskörtlar och retikulära förändringar på DT, erythema nodosum i höstas. Misstänkt sarkoidos. EBUS med biopsi bokas."),
    ]),
    N("n2", V_LUNG_SU, ("Petra Lundin", DR), "2024-01-25 10:00", [
        ("Bedömning", "Bilaterala hiluskörtlar och retikulära förändringar på DT, erythema nodosum i höstas. Misstänkt sarkoidos. EBUS med biopsi bokas. Tillägg 25/1: spirometri normal, EBUS 2/2."),
    ], template="Telefonanteckning"),
    N("n3", V_LUNG_SU, ("Petra Lundin", DR), "2024-02-15 13:45", [
        ("Bedömning", "EBUS-biopsin visar icke-nekrotiserande granulom, odlingar negativa. Sarkoidos stadium II."),
        ("Information", "Pat informerad om diagnosen och om att ingen behandling behövs i nuläget."),
    ]),
], [("NL102", "n1"), ("NL102", "n2")], [("NL102", "n3"), ("NL101", "n3")],
  "copy-forward of an unresolved hedge into a later note (NL102 on both); confirmed diagnosis not hedged")

C("kolecystit-misstankt-ultraljud-bekraftar", "skane", ("19700119", "288"), [
    N("n1", S_KIR_TRBG, ("Karim Nasser", DR), "2024-06-10 21:40", [
        ("Bedömning", "Smärta under höger arcus sedan ett dygn, feber 38,4, Murphys tecken positivt. Misstänkt akut kolecystit. Ultraljud i morgon bitti, antibiotika och fasta."),
    ], setting="akutmottagning"),
    N("n2", S_KIR_TRBG, ("Karim Nasser", DR), "2024-06-11 10:15", [
        ("Bedömning", "Ultraljud: förtjockad gallblåsevägg, inkilat konkrement i halsen och perikolecystisk vätska. Akut kolecystit. Akut laparoskopisk kolecystektomi planeras i dag."),
    ], template="Daganteckning", setting="slutenvård"),
], [("NL102", "n1")], [("NL102", "n2")],
  "suspected cholecystitis (NL102), confirmed by ultrasound")

C("dietist-trolig-laktosintolerans-lakare-ej-verifierad", "skane", ("19900505", "786"), [
    N("n1", S_DIET_MALMO, ("Nora Eklund", DIET), "2024-02-08 10:00", [
        ("Aktuellt", "Remiss från gastromottagningen pga uppblåsthet och diarré. Symtomdagboken visar besvär efter mjölkprodukter."),
        ("Bedömning", "Trolig laktosintolerans. Laktosreducerad kost i fyra veckor som test, pat får skriftliga råd."),
    ], template="Dietistanteckning"),
    N("n2", S_GASTRO_MALMO, ("Oskar Lindholm", DR), "2024-03-14 14:20", [
        ("Bedömning", "Laktosbelastning normal och ingen effekt av laktosreducerad kost. Laktosintolerans ej verifierad. IBS med diarré enligt Rom IV."),
        ("Information", "Pat informerad om IBS och fick skriftlig information om lågFODMAP-kost."),
    ]),
], [("NL102", "n1")], [("NL102", "n2"), ("NL101", "n2")],
  "dietitian writes a probable diagnosis (NL102); the doctor rules it out")
# ---------------------------------------------------------------------------
# Part 3: told / not told, relatives, caregivers, copy-forward
# ---------------------------------------------------------------------------
C("rotatorkuff-fysio-susp-sedan-ultraljud", "vgr", ("19661111", "771"), [
    N("n1", V_FYS_UDD, ("Jonas Alm", FT), "2024-03-05 08:30", [
        ("Status", "Aktiv abduktion vänster axel 70 grader, passivt fritt. Positivt drop arm-test, svag utåtrotation."),
        ("Bedömning", "Susp. rotatorkuffruptur vänster efter fall på isen. Kontaktat ortoped för ställningstagande till ultraljud."),
    ], template="Fysioterapeutanteckning"),
    N("n2", V_ORTO_SAS, ("Lisa Granberg", DR), "2024-03-12 13:00", [
        ("Bedömning", "Ultraljud visar fullväggsruptur i supraspinatussenan vänster, 2 cm retraktion. Pat informerad, remiss för artroskopisk suturering."),
    ]),
], [("NL102", "n1")], [("NL102", "n2"), ("NL101", "n2")],
  "physiotherapist's 'susp.' (NL102); orthopaedist confirms and tells")

C("ptsd-misstankt-psykolog-sedan-caps", "skane", ("19870808", "524"), [
    N("n1", S_PSYK_LUND, ("Rebecka Nyqvist", PSY), "2024-01-22 14:00", [
        ("Samtal", "Mardrömmar, undvikande och ständig vaksamhet sedan trafikolyckan i maj i fjol."),
        ("Bedömning", "Misstänkt PTSD. Strukturerad intervju med CAPS-5 vid nästa besök."),
    ], template="Psykologanteckning"),
    N("n2", S_PSYK_LUND, ("Rebecka Nyqvist", PSY), "2024-02-05 14:00", [
        ("Bedömning", "CAPS-5 genomförd. Kriterierna för PTSD är uppfyllda med svår symtombörda."),
        ("Information", "Återkopplat resultatet till pat och erbjudit traumafokuserad KBT, som hon tackar ja till."),
    ], template="Psykologanteckning"),
], [("NL102", "n1")], [("NL102", "n2"), ("NL101", "n2")],
  "psychologist's suspected PTSD (NL102), confirmed and fed back")

C("missfall-misstankt-sedan-konstaterat", "vgr", ("19920330", "588"), [
    N("n1", V_KK_OSTRA, ("Maja Engström", DR), "2024-04-09 16:30", [
        ("Bedömning", "Graviditetsvecka 8 enligt SM, sparsam blödning. Ultraljud visar fostersäck utan fosterekon. Misstänkt missfall. Nytt hCG om 48 timmar."),
    ], setting="akutmottagning"),
    N("n2", V_KK_OSTRA, ("Maja Engström", DR), "2024-04-16 09:40", [
        ("Bedömning", "Oförändrad fostersäck utan fosterekon, hCG sjunkande. Missed abortion konstaterad."),
        ("Information", "Pat och partner informerade. Pat väljer medicinsk behandling med mifepriston och misoprostol."),
    ]),
], [("NL102", "n1")], [("NL102", "n2"), ("NL101", "n2")],
  "suspected miscarriage (NL102), confirmed a week later and told")

C("hiv-reaktivt-ej-informerad-sedan-konfirmerat", "skane", ("19831201", "917"), [
    N("n1", S_INF_MALMO, ("Elsa Brandt", DR), "2024-05-06 15:40", [
        ("Provsvar", "Screeningtest för HIV reaktivt. Konfirmerande test skickat."),
        ("Bedömning", "Trolig HIV-infektion. Pat ej infromerad; svaret lämnas personligen när konfirmationen föreligger."),
    ], template="Provsvarsanteckning", signed=None),
    N("n2", S_INF_MALMO, ("Elsa Brandt", DR), "2024-05-10 10:00", [
        ("Bedömning", "HIV-1 konfirmerat, CD4 480, virusmängd 52 000 kopior/ml."),
        ("Information", "Pat informerad vid personligt besök i dag, kurator närvarande. Smittskyddsinformation och förhållningsregler givna."),
    ]),
], [("NL101", "n1"), ("NL102", "n1")], [("NL101", "n2"), ("NL102", "n2")],
  "unsigned draft: probable HIV, patient not told, typo 'infromerad' (NL101, NL102); told at the visit")

C("huntington-prediktiv-besked-vid-mote", "vgr", ("19850131", "466"), [
    N("n1", V_GEN_SU, ("Gunilla Aspelin", DR), "2024-05-27 11:00", [
        ("Provsvar", "Prediktiv testning: 43 CAG-repetitioner i HTT-genen. Pat är bärare av Huntingtons sjukdom."),
        ("Planering", "Pat ska inte få besked förrän vid det planerade mötet med genetisk vägledare 12/6, enligt programmet för prediktiv testning."),
    ]),
    N("n2", V_GEN_SU, ("Karin Hed", "genetisk vägledare"), "2024-06-12 15:00", [
        ("Samtal", "Besked lämnat vid mötet i dag. Pat och hennes partner informerade om resultatet. Pat grät men sa att hon hade förberett sig på båda utfallen."),
        ("Planering", "Uppföljande samtal om två veckor. Information om psykologstöd lämnad."),
    ]),
], [("NL101", "n1")], [("NL102", "n1"), ("NL101", "n2")],
  "a settled genetic diagnosis the patient 'ska inte få besked' about yet (NL101); told at the planned meeting")

C("rektalcancer-kopierad-ej-informerad-med-daterad-uppdatering", "skane", ("19590917", "531"), [
    N("n1", S_KIR_CSK, ("Mattias Kull", DR), "2024-04-16 13:30", [
        ("Aktuellt", "MR lilla bäckenet: rektaltumör 8 cm ovan anus, T3N1. PAD från rektoskopin adenokarcinom. Pat ej informerad ännu, besked på mottagningen 22/4."),
    ]),
    N("n2", S_KIR_CSK, ("Mattias Kull", DR), "2024-04-22 10:00", [
        ("Aktuellt", "MR lilla bäckenet: rektaltumör 8 cm ovan anus, T3N1. PAD från rektoskopin adenokarcinom. Pat ej informerad ännu, besked på mottagningen 22/4."),
        ("Information", "22/4: Pat informerad i dag om diagnosen rektalcancer och om planerad strålbehandling före operation. Hustrun med vid besöket."),
    ]),
], [("NL101", "n1")], [("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
  "copy-forward of 'ej informerad' followed by a dated 'informerad i dag' in the same note: no NL101 on n2")

C("lungcancer-kand-hjarnmetastaser-ej-meddelade", "skane", ("19560703", "268"), [
    N("n1", S_ONK_LUND, ("Petter Isaksson", DR), "2024-03-14 12:00", [
        ("Bedömning", "Pat informerad om lungcancerdiagnosen 8/2 och startade cytostatika 26/2. Ny MR hjärna pga huvudvärk visar tre hjärnmetastaser; detta har pat ännu inte fått veta. Besked ges av ansvarig onkolog på måndag."),
        ("Ordination", "Betapred 8 mg x 1 insatt."),
    ]),
    N("n2", S_ONK_LUND, ("Karl Berggren", DR), "2024-03-18 09:30", [
        ("Information", "Pat informerad om hjärnmetastaserna och om planerad stereotaktisk strålbehandling. Dottern med via telefon."),
    ]),
], [("NL101", "n1")], [("NL102", "n1"), ("NL101", "n2")],
  "told about the primary diagnosis but not about the new metastases in the same note (NL101)")

C("njurtumor-incidentalom-gallpatient-ej-informerad", "vgr", ("19581125", "197"), [
    N("n1", V_KIR_UDD, ("Sofia Lind", DR), "2024-01-16 11:10", [
        ("Bedömning", "Inlagd för gallstensanfall. DT buk visar som bifynd en 4 cm solid tumör i vänster njure, trolig njurcancer. Pat ej informerad om bifyndet; remiss urologen, som tar besked och fortsatt utredning."),
    ], template="Daganteckning", setting="slutenvård"),
    N("n2", V_URO_SU, ("Henrik Jarl", DR), "2024-02-05 10:30", [
        ("Information", "Pat informerad om njurtumören och om att den med stor sannolikhet är elakartad. Han visste inget om fyndet innan besöket."),
        ("Planering", "Robotassisterad partiell nefrektomi planeras."),
    ]),
], [("NL101", "n1"), ("NL102", "n1")], [("NL101", "n2")],
  "incidental finding, hedged and not told in the surgical ward (NL101, NL102); urologist tells")

C("blascancer-cystoskopi-informerad-direkt", "vgr", ("19470312", "253"), [
    N("n1", V_URO_SU, ("Henrik Jarl", DR), "2024-04-04 09:15", [
        ("Undersökningsresultat", "Cystoskopi: 2 cm papillär tumör på höger sidovägg."),
        ("Bedömning", "Misstänkt blåscancer. Pat informerad direkt vid undersökningen om fyndet och om planerad TUR-B."),
    ]),
    N("n2", V_URO_SU, ("Henrik Jarl", DR), "2024-05-02 10:00", [
        ("Bedömning", "PAD efter TUR-B: urotelial cancer, Ta låggradig, muskel representerad och tumörfri. Pat informerad per brev och telefon, cystoskopikontroller enligt program."),
    ]),
], [], [("NL101", "n1"), ("NL101", "n2"), ("NL102", "n2")],
  "suspicion told at once (no NL101; NL102 not asserted on a communicated hypothesis); confirmed later")

C("kol-fragetecken-spirometri-bekraftar", "skane", ("19610402", "374"), [
    N("n1", S_MED_ANG, ("Louise Wahl", DR), "2024-01-29 13:30", [
        ("Bedömning", "Rökare 35 paketår, ansträngningsdyspné och morgonhosta. KOL? Spirometri med reversibilitetstest bokas."),
    ]),
    N("n2", S_MED_ANG, ("Pia Ljungberg", SSK), "2024-02-12 08:45", [
        ("Undersökningsresultat", "Dynamisk spirometri före och efter bronkdilatation. FEV1/FVC 0,62 efter bronkdilatation, FEV1 64 % av förväntat."),
    ], template="Sjuksköterskeanteckning"),
    N("n3", S_MED_ANG, ("Louise Wahl", DR), "2024-02-19 10:30", [
        ("Bedömning", "KOL, GOLD 2. Rökstopp det viktigaste, pat motiverad och får tid hos tobaksavvänjare. Långverkande bronkdilaterare insätts."),
    ]),
], [("NL102", "n1")], [("NL102", "n2"), ("NL102", "n3")],
  "'KOL?' (NL102); spirometry and the settled diagnosis are not hedged")

C("crohn-misstankt-ileoskopi-ibd-sjukskoterska", "vgr", ("20000715", "948"), [
    N("n1", V_GASTRO_SU, ("Ebba Rosén", DR), "2024-02-20 11:00", [
        ("Aktuellt", "Diarré och buksmärtor i fyra månader, viktnedgång 5 kg, kalprotektin 850."),
        ("Bedömning", "Misstänkt Crohns sjukdom. Ileokoloskopi och MR tunntarm planeras."),
    ]),
    N("n2", V_GASTRO_SU, ("Ebba Rosén", DR), "2024-03-07 15:20", [
        ("Bedömning", "Ileokoloskopi med aftösa sår och stenos i terminala ileum, PAD med granulom. Crohns sjukdom i terminala ileum."),
        ("Information", "Pat informerad om diagnosen och behandlingsplanen."),
    ]),
    N("n3", V_GASTRO_SU, ("Tove Hellberg", SSK), "2024-03-14 13:00", [
        ("Omvårdnad", "Första besöket hos IBD-sjuksköterska. Gått igenom Crohns sjukdom, budesonid och kontaktvägar vid skov. Pat fick länk till patientförening."),
    ], template="Omvårdnadsanteckning"),
], [("NL102", "n1")], [("NL102", "n2"), ("NL101", "n2"), ("NL102", "n3")],
  "suspected Crohn's (NL102), confirmed and told; IBD nurse repeats the confirmed diagnosis")

C("myelom-hustrun-ber-vanta-sedan-besked", "skane", ("19420611", "231"), [
    N("n1", S_HEM_LUND, ("Jakob Mellberg", DR), "2024-02-26 13:00", [
        ("Bedömning", "Benmärg med 35 % klonala plasmaceller, M-komponent IgG 38 g/l, lytiska skelettförändringar. Multipelt myelom. Hustrun har bett att vi väntar med beskedet tills deras son kommit hem från utlandet; pat därför ännu inte informerad om diagnosen."),
    ]),
    N("n2", S_HEM_LUND, ("Jakob Mellberg", DR), "2024-03-01 10:30", [
        ("Information", "Diagnosbesked multipelt myelom lämnat till pat med hustru och son närvarande. Behandlingsplan med daratumumab-baserad kombination presenterad."),
    ]),
], [("NL101", "n1")], [("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
  "confirmed diagnosis withheld at the spouse's request (NL101); told with the family present")

C("glioblastom-ej-informerad-om-malignitetsgrad", "vgr", ("19650923", "397"), [
    N("n1", V_NEURO_SU, ("Mikael Dahl", DR), "2024-01-30 16:00", [
        ("Bedömning", "MR visar en 5 cm ringladdande process i höger temporallob med ödem, sannolikt höggradigt gliom. Pat informerad om att det finns en tumör i hjärnan, men inte om att den sannolikt är elakartad; det tas upp efter neurokirurgisk bedömning."),
    ], setting="slutenvård"),
    N("n2", V_NEURO_SU, ("Mikael Dahl", DR), "2024-02-20 14:00", [
        ("Bedömning", "PAD efter resektion: glioblastom, IDH-vildtyp, MGMT-metylerad."),
        ("Information", "Pat och hans syster informerade om diagnosen och om strålbehandling med temozolomid."),
    ]),
], [("NL101", "n1"), ("NL102", "n1")], [("NL101", "n2"), ("NL102", "n2")],
  "patient told there is a tumour but not that it is probably malignant (NL101 on the malignant hypothesis)")

C("hjartsvikt-pat-informerad-hemsjukvard-ej-pmo-foljer", "skane", ("19350217", "180"), [
    N("n1", S_MED_HLM, ("Axel Bengtsson", DR), "2024-02-09 11:00", [
        ("Bedömning", "Nydiagnostiserad hjärtsvikt med bevarad ejektionsfraktion, förmaksflimmer. Pat informerad om diagnosen och de nya läkemedlen. Hemsjukvården är ännu inte informerad, epikris skickas i dag."),
    ], template="Epikris", setting="slutenvård"),
    N("n2", S_HSV_ESLOV, ("Lotta Ahlgren", SSK), "2024-02-12 13:30", [
        ("Omvårdnad", "Hembesök efter utskrivning. Tagit del av epikrisen om hjärtsvikt. Vikt 71 kg, fotledsödem +. Trol. överhydrering, ringer VC-läkaren om diuretikados."),
    ], template="Omvårdnadsanteckning", setting="hemsjukvård"),
], [], [("NL101", "n1"), ("NL102", "n1"), ("NL102", "n2")],
  "patient informed, home care not yet (no NL101); the PMO nurse's hedge is never NL102")

C("epikris-kopierar-ej-informerad-fran-inskrivning", "vgr", ("19490504", "319"), [
    N("n1", V_MED_ALING, ("Nina Sjöstrand", DR), "2024-03-03 20:15", [
        ("Bedömning", "DT thorax visar spridda runda förändringar i båda lungorna, misstänkta metastaser, primärtumör okänd. Pat ej informerad om misstanken i kväll, ansvarig läkare tar samtalet i morgon."),
    ], template="Inskrivningsanteckning", setting="slutenvård"),
    N("n2", V_MED_ALING, ("Nina Sjöstrand", DR), "2024-03-08 14:30", [
        ("Epikris", "DT thorax visar spridda runda förändringar i båda lungorna, misstänkta metastaser, primärtumör okänd. Pat ej informerad om misstanken i kväll, ansvarig läkare tar samtalet i morgon. Gastroskopi och DT buk utan fynd. Utredningen fortsätter polikliniskt via onkologen."),
        ("Vårdförlopp", "Inkom via akuten med tre månaders trötthet, nattsvettningar och viktnedgång 8 kg. Hb 104, CRP 46, leverprover och kalcium normala. Under vårdtiden feberfri och cirkulatoriskt stabil. Mobiliserad utan hjälpmedel och klarar ADL själv. Nutritionsbedömning av dietist med energiberikad kost. Smärtfri utan analgetika. Urinvägsutredning med cystoskopi bokad polikliniskt för att komplettera utredningen. Tumörmarkörer tagna och skickade, svar kommer till onkologen."),
        ("Läkemedel", "Inga ändringar i ordinarie läkemedelslista. Kvarstående ordinationer: levotyroxin 75 mikrogram, omeprazol 20 mg."),
        ("Social situation", "Bor ensam i lägenhet med hiss, dottern bor i samma stad och hjälper till med inköp. Inga kommunala insatser."),
        ("Undersökningar under vårdtiden", "DT thorax 3/3 enligt ovan. DT buk 5/3: inga leverförändringar, normala binjurar, ingen förstorad lymfkörtel. Gastroskopi 6/3: lätt gastrit, biopsier tagna. Lungfunktion inte undersökt. EKG sinusrytm 78 utan ischemi. Urinsticka ua."),
        ("Status vid utskrivning", "Opåverkad, gott allmäntillstånd. Saturation 96 % utan syrgas, blodtryck 132/80, puls 72. Lungor med normala andningsljud. Buk mjuk och oöm. Inga förstorade lymfkörtlar på halsen eller i axillerna. Vikt 58 kg, oförändrad under vårdtiden. Hjärta med regelbunden rytm utan blåsljud. Inga ödem i benen. Neurologiskt utan fokala bortfall."),
        ("Nutrition", "Dietisten bedömde energibehovet till cirka 1800 kcal per dygn. Intaget var initialt hälften av behovet men ökade med mellanmål och två näringsdrycker om dagen. Fortsatt energiberikning rekommenderas hemma och vikten följs vid nästa kontakt."),
        ("Uppföljning", "Onkologen kallar inom två veckor. Kontaktsjuksköterska på medicinmottagningen finns som kontakt till dess. Provtagning inför onkologbesöket ordnas av onkologen."),
    ], template="Epikris", setting="slutenvård"),
], [("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")], [],
  "discharge summary copies the admission text including 'ej informerad' and the hedge, with no update: both breaches repeated")

C("epikris-misstanke-amyloidos-utredning-fortsatter", "skane", ("19510129", "459"), [
    N("n1", S_MED_HBG, ("Amira Haddad", DR), "2024-04-05 15:00", [
        ("Vårdförlopp", "Inlagd för hjärtsviktsförsämring. Eko visar koncentrisk hypertrofi och nedsatt longitudinell funktion med apikal sparing."),
        ("Bedömning", "Under vårdtiden har misstanke om kardiell amyloidos uppkommit. Skelettscintigrafi och fria lätta kedjor beställda polikliniskt."),
    ], template="Epikris", setting="slutenvård"),
    N("n2", S_KARDIO_LUND, ("Ola Frid", DR), "2024-05-13 10:00", [
        ("Bedömning", "Skelettscintigrafi med Perugini grad 3, inga monoklonala lätta kedjor. Transtyretinamyloidos med hjärtengagemang, vildtyp enligt gentest."),
        ("Information", "Pat informerad om diagnosen och om tafamidis."),
    ]),
], [("NL102", "n1")], [("NL102", "n2"), ("NL101", "n2")],
  "discharge summary leaves a new suspicion open (NL102); the cardiologist settles it")

C("akutsjukskoterska-kopierar-informerad-om-misstanke", "vgr", ("19731008", "222"), [
    N("n1", V_AKUT_SU, ("David Lönn", DR), "2024-06-20 23:40", [
        ("Bedömning", "Plötslig svår huvudvärk under träning. DT hjärna utan blödning, 7 timmar sedan debut. Misstänkt subaraknoidalblödning, lumbalpunktion för xantokromi."),
        ("Information", "Pat informerad om misstanken och om varför ryggvätskeprov behövs."),
    ], setting="akutmottagning"),
    N("n2", V_AKUT_SU, ("Linnea Ask", SSK), "2024-06-21 00:30", [
        ("Omvårdnad", "Pat informerad av läkare om misstanken om blödning och om lumbalpunktionen. Lugn, smärtlindrad med paracetamol. Inför LP: ligger bekvämt, NEWS 1."),
    ], template="Omvårdnadsanteckning", setting="akutmottagning"),
], [], [("NL101", "n1"), ("NL101", "n2")],
  "doctor and nurse both record that the patient was told of the suspicion: no NL101 (NL102 not asserted)")

C("tidiga-hypoteser-sokord-plus-synligt-ej-informerad-om-tider", "vgr", ("19700322", "542"), [
    N("n1", V_MED_NAL, ("Johan Sandberg", DR), "2024-02-06 14:30", [
        ("Aktuellt", "Känd järnbristanemi sedan i höstas, pat informerad då. Järntabletter utan effekt, Hb 96, ferritin 4. Ingen synlig blödning."),
        ("Bedömning", "Gastroskopi och koloskopi bokas. Pat ännu inte informerad om tiderna för undersökningarna, kallelse skickas."),
        ("Tidiga hypoteser", "Mot bakgrund av viktnedgång och ärftlighet måste kolorektal cancer övervägas; inte framfört till pat."),
    ]),
    N("n2", V_MED_NAL, ("Johan Sandberg", DR), "2024-03-01 09:30", [
        ("Bedömning", "Koloskopi utan tumör. Gastroskopi med totalatrofi i duodenum, celiaki verifierad med biopsi. Järnbristen förklaras av celiakin."),
        ("Information", "Pat informerad om diagnosen och remitterad till dietist."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
  "VGR sökord Tidiga hypoteser holds the hypothesis; the visible 'not informed' concerns appointment times, the visible diagnosis is known")

C("tidiga-hypoteser-sokord-men-st-lakare-lacker-i-daganteckning", "vgr", ("19570610", "395"), [
    N("n1", V_MED_SAS, ("Oskar Blom", DR), "2024-03-11 11:00", [
        ("Bedömning", "Ikterus och klåda. Utredning med DT buk och MRCP."),
        ("Tidiga hypoteser", "Smärtfri ikterus hos rökare med nydebuterad diabetes, pankreascancer måste misstänkas. Ej diskuterat med pat."),
    ], template="Daganteckning", setting="slutenvård"),
    N("n2", V_MED_SAS, ("Amanda Sjöholm", "ST-läkare"), "2024-03-12 10:40", [
        ("Bedömning", "Fortsatt ikterus, bilirubin 140. Misstänkt pankreascancer enligt bakjour, MRCP i eftermiddag. Pat ej informerad om misstanken."),
    ], template="Daganteckning", setting="slutenvård"),
], [("NL101", "n2"), ("NL102", "n2")], [("NL101", "n1"), ("NL102", "n1")],
  "the senior hides the hypothesis under Tidiga hypoteser; the next day's visible note leaks it with 'ej informerad'")

C("tidiga-hypoteser-mall-epikris-lacker-misstanke", "skane", ("19640828", "183"), [
    N("n1", S_MED_YSTAD, ("Magnus Lind", DR), "2024-05-20 15:00", [
        ("Hypotes", "Makrocytos, förhöjt GT och återkommande fall. Alkoholrelaterad leverskada misstänks men är inte framförd till pat, som förnekar alkoholbruk."),
    ], template="Tidiga hypoteser", setting="slutenvård"),
    N("n2", S_MED_YSTAD, ("Magnus Lind", DR), "2024-05-23 11:30", [
        ("Epikris", "Inlagd efter fall med commotio. Under vårdtiden noterades makrocytos och förhöjt GT, misstänkt alkoholrelaterad leverskada. PEth beställt, svar till VC."),
        ("Uppföljning", "Leverprover och PEth på VC om en månad."),
    ], template="Epikris", setting="slutenvård"),
], [("NL102", "n2")], [("NL101", "n1"), ("NL102", "n1")],
  "Skåne: hypothesis correctly in the Tidiga hypoteser template, then leaked into the visible discharge summary")
# ---------------------------------------------------------------------------
# Part 4: further multi-note arcs
# ---------------------------------------------------------------------------
C("barn-kawasaki-misstankt-sedan-kriterier", "vgr", ("20200914", "531"), [
    N("n1", V_BARN_SU, ("Anna Lundgren", DR), "2024-03-02 18:00", [
        ("Status", "Feber sedan fem dagar, bilateral konjunktival injektion utan sekret, röda spruckna läppar, jordgubbstunga. Svullna händer."),
        ("Bedömning", "Misstänkt Kawasakis sjukdom hos tre och ett halvt år gammal pojke. Inläggning, ekokardiografi i morgon."),
    ], setting="akutmottagning"),
    N("n2", V_BARN_SU, ("Per-Olof Strand", DR), "2024-03-03 12:00", [
        ("Bedömning", "Uppfyller kriterierna för komplett Kawasakis sjukdom. Eko utan koronarektasi. IVIG och acetylsalicylsyra givet."),
        ("Information", "Föräldrarna informerade om diagnosen och om uppföljande eko om sex veckor."),
    ], template="Daganteckning", setting="slutenvård"),
], [("NL102", "n1")], [("NL102", "n2"), ("NL101", "n2")],
  "child: suspected Kawasaki (NL102); criteria met and guardians told")

C("barn-invagination-avskriven-ny-trolig-lymfadenit", "skane", ("20190227", "442"), [
    N("n1", S_BARN_LUND, ("Jon Ekdahl", DR), "2024-04-12 19:20", [
        ("Bedömning", "Femårig flicka med intermittent kraftig buksmärta och en kräkning. Misstänkt invagination, akut ultraljud buk."),
    ], setting="akutmottagning"),
    N("n2", S_BARN_LUND, ("Jon Ekdahl", DR), "2024-04-12 22:10", [
        ("Bedömning", "Ultraljud utan invagination. Förstorade mesenteriella lymfkörtlar. Trolig mesenteriell lymfadenit efter förkylning. Hem med smärtlindring, åter vid försämring."),
    ], setting="akutmottagning"),
], [("NL102", "n1"), ("NL102", "n2")], [],
  "first suspicion dropped, but the new working diagnosis is hedged too: NL102 on both notes")

C("diabetes-tolk-uteblev-ej-informerad-sedan-med-tolk", "vgr", ("19680801", "162"), [
    N("n1", V_ENDO_SAS, ("Hamid Karimi", DR), "2024-02-13 10:00", [
        ("Bedömning", "HbA1c 71 och 74 mmol/mol vid två tillfällen. Diabetes typ 2. Tolken uteblev och pat talar begränsad svenska, pat därför ännu inte informerad om diagnosen. Nytt besök med arabisk tolk bokat på fredag."),
    ]),
    N("n2", V_ENDO_SAS, ("Hamid Karimi", DR), "2024-02-16 10:00", [
        ("Information", "Med arabisk tolk på plats informerades pat om diagnosen diabetes typ 2, kost, motion och metformin. Hon ställde frågor om fasta under ramadan."),
    ]),
], [("NL101", "n1")], [("NL102", "n1"), ("NL101", "n2")],
  "interpreter missing so the settled diagnosis is not yet told (NL101); told with interpreter")

C("graviditetsdiabetes-mvc-pmo-sedan-specialistmodravard", "skane", ("19960718", "162"), [
    N("n1", S_VC_HOOR, ("Annika Sjögren", BM), "2024-03-11 09:30", [
        ("Bedömning", "Graviditetsvecka 28, glukos i urinen vid två besök och hög BMI. Misstänkt graviditetsdiabetes. OGTT bokad på fredag."),
    ], template="Barnmorskeanteckning"),
    N("n2", S_KK_HBG, ("Rasmus Wiik", DR), "2024-03-20 13:45", [
        ("Bedömning", "OGTT 2-timmarsvärde 11,2. Graviditetsdiabetes. Kostbehandling och egenmätning, tillväxtultraljud i vecka 32 och 36."),
        ("Information", "Pat informerad och fått glukosmätare."),
    ]),
], [], [("NL102", "n1"), ("NL102", "n2"), ("NL101", "n2")],
  "midwife's PMO hedge (never NL102) confirmed by the specialist antenatal clinic")

C("carcinos-ssk-kopierar-ej-informerad-sedan-informerad", "skane", ("19530114", "366"), [
    N("n1", S_KIR_LUND, ("Viktoria Lannér", DR), "2024-01-22 15:10", [
        ("Bedömning", "DT buk visar ascites och förtjockat oment, misstänkt peritoneal carcinos. Pat ej informerad om DT-svaret, samtal i morgon när maken kan vara med."),
    ], template="Daganteckning", setting="slutenvård"),
    N("n2", S_KIR_LUND, ("Sofie Hallberg", SSK), "2024-01-22 21:00", [
        ("Omvårdnad", "Pat frågar om DT-svaret. Enligt läkaren misstänkt carcinos i bukhinnan, pat ej informerad om detta ännu. Hänvisade till samtalet i morgon, pat accepterade."),
    ], template="Omvårdnadsanteckning", setting="slutenvård"),
    N("n3", S_KIR_LUND, ("Sofie Hallberg", SSK), "2024-01-23 14:00", [
        ("Omvårdnad", "Pat och maken informerade av doktor Lannér i dag om misstanken om spridning i bukhinnan. Pat ledsen, maken stannar över natten."),
    ], template="Omvårdnadsanteckning", setting="slutenvård"),
], [("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")], [("NL101", "n3")],
  "evening nurse's note repeats the undisclosed suspicion (NL101, NL102); next day's note records the besked")

C("epikris-pad-efter-utskrivning-ej-informerad-sedan-besok", "vgr", ("19450909", "276"), [
    N("n1", V_KIR_SKAS, ("Jesper Holmgren", DR), "2024-03-15 09:30", [
        ("Epikris", "Inlagd för rektalblödning, koloskopi med avlägsnande av 3 cm polyp i sigmoideum. Utskriven 12/3 i gott skick."),
        ("Tillägg", "PAD från polypen inkom efter utskrivning: adenokarcinom i polyp med djup invasion. Pat ännu ej informerd, kallas till mottagningen nästa vecka."),
    ], template="Epikris", setting="slutenvård"),
    N("n2", V_KIR_SKAS, ("Jesper Holmgren", DR), "2024-03-21 11:00", [
        ("Information", "Pat informerad om PAD-svaret: cancer i den borttagna polypen. Tarmresektion rekommenderas, kompletterande DT bokad."),
    ]),
], [("NL101", "n1")], [("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
  "discharge summary addendum with a confirmed cancer not yet told, typo 'informerd' (NL101); told at the visit")

C("pat-informerad-dottern-ej-sedan-dottern-med-samtycke", "skane", ("19410321", "489"), [
    N("n1", S_URO_MALMO, ("Lars Persson", DR), "2024-04-03 09:00", [
        ("Information", "Pat informerad om att cystoskopin visar en blåstumör som är misstänkt elakartad. Han vill inte att dottern informeras förrän PAD finns."),
    ]),
    N("n2", S_URO_MALMO, ("Inger Borg", SSK), "2024-04-05 13:20", [
        ("Telefonkontakt", "Dottern ringer och vill veta vad undersökningen visade. Med pat:s muntliga samtycke, inhämtat samma dag, har dottern fått veta att en tumör hittats och att svaret på vävnadsprovet väntas."),
    ], template="Telefonanteckning", signed=10),
], [], [("NL101", "n1"), ("NL101", "n2")],
  "near miss: the patient knows; the daughter is not told at first and later told with consent")

C("pmo-ca-pulm-fragetecken-sjukhus-pneumoni-i-regress", "skane", ("19501004", "317"), [
    N("n1", S_VC_LINERO, ("Kerstin Möller", DR), "2024-01-09 11:00", [
        ("Bedömning", "Rökare med hosta i sex veckor och rundhärd på lungröntgen. Ca pulm? Remiss SVF lungcancer."),
    ], template="Besöksanteckning"),
    N("n2", S_LUNG_LUND, ("Henrik Mårtensson", DR), "2024-01-23 10:15", [
        ("Bedömning", "DT thorax visar ett regredierande infiltrat och inga tumörmisstänkta förändringar. Ingen malignitet, fynden förklaras av pneumoni i regress."),
        ("Information", "Pat informerad och lättad. SVF avslutas."),
    ]),
    N("n3", S_VC_LINERO, ("Kerstin Möller", DR), "2024-02-06 09:30", [
        ("Bedömning", "Lungmedicin har avskrivit malignitet. Hostan bättre. Rökavvänjning diskuterad, ny lungröntgen om två månader."),
    ], template="Besöksanteckning"),
], [], [("NL102", "n1"), ("NL102", "n2"), ("NL101", "n2"), ("NL102", "n3")],
  "PMO 'Ca pulm?' (no NL102 in PMO); hospital excludes malignancy")

C("parkinson-trolig-datscan-bekraftar", "vgr", ("19480419", "057"), [
    N("n1", V_NEURO_NAL, ("Tomas Lövgren", DR), "2024-02-15 10:00", [
        ("Status", "Vilotremor i höger hand, rigiditet och bradykinesi höger sida. Nedsatt armsving höger."),
        ("Bedömning", "Trolig Parkinsons sjukdom. DaTSCAN beställd."),
    ]),
    N("n2", V_NEURO_NAL, ("Tomas Lövgren", DR), "2024-04-04 13:00", [
        ("Bedömning", "DaTSCAN med nedsatt upptag i putamen bilateralt, mest vänster. Parkinsons sjukdom."),
        ("Information", "Pat och hustrun informerade. Levodopa insätts, Parkinsonsjuksköterskan följer upp."),
    ]),
], [("NL102", "n1")], [("NL102", "n2"), ("NL101", "n2")],
  "'Trolig Parkinsons sjukdom' (NL102); confirmed and told")

C("kotkompression-misstankt-osteoporotisk-dxa", "vgr", ("19440307", "480"), [
    N("n1", V_MED_ALING, ("Nina Sjöstrand", DR), "2024-01-17 14:30", [
        ("Bedömning", "Akut ryggsmärta efter att ha lyft en blomkruka. Rtg: kilformig kompression av L1. Misstänkt osteoporotisk kotkompression, DXA bokas."),
    ], setting="akutmottagning"),
    N("n2", V_MED_ALING, ("Nina Sjöstrand", DR), "2024-02-21 10:30", [
        ("Bedömning", "DXA: T-score -3,1 i ländrygg och -2,7 i höft. Osteoporos med kotkompression L1."),
        ("Planering", "Zoledronsyra, kalk och D-vitamin. Pat informerad."),
    ]),
], [("NL102", "n1")], [("NL102", "n2"), ("NL101", "n2")],
  "suspected osteoporotic fracture (NL102), DXA confirms")

C("graves-misstankt-trak-positiva", "vgr", ("19830510", "624"), [
    N("n1", V_ENDO_SAS, ("Hamid Karimi", DR), "2024-04-08 09:00", [
        ("Bedömning", "TSH <0,01, fritt T4 48. Lätt exoftalmus. Misstänkt Graves sjukdom, TRAK beställt. Tiamazol 20 mg insatt."),
    ]),
    N("n2", V_ENDO_SAS, ("Hamid Karimi", DR), "2024-04-22 09:30", [
        ("Bedömning", "TRAK 12 IE/l. Graves sjukdom. Fortsatt tiamazol, remiss ögonkliniken för bedömning av ögonsymtomen."),
    ], template="Telefonanteckning"),
], [("NL102", "n1")], [("NL102", "n2")],
  "suspected Graves (NL102), antibodies confirm")

C("iga-nefrit-fragetecken-biopsi", "skane", ("19971203", "859"), [
    N("n1", S_NEFRO_LUND, ("Linnéa Cronholm", DR), "2024-05-15 10:00", [
        ("Bedömning", "Makroskopisk hematuri i samband med halsfluss, proteinuri 1,2 g/dygn. IgA-nefrit? Njurbiopsi planeras."),
    ]),
    N("n2", S_NEFRO_LUND, ("Linnéa Cronholm", DR), "2024-06-05 11:20", [
        ("Bedömning", "Njurbiopsi visar IgA-nefropati, MEST-C M1 E0 S1 T0 C0. ACE-hämmare insätts."),
        ("Information", "Pat informerad om diagnosen och den långsiktiga uppföljningen."),
    ]),
], [("NL102", "n1")], [("NL102", "n2"), ("NL101", "n2")],
  "'IgA-nefrit?' (NL102); biopsy confirms and the patient is told")

C("iva-hypoxisk-hjarnskada-hustrun-informerad", "vgr", ("19590127", "215"), [
    N("n1", V_IVA_SAS, ("Sven Hagström", DR), "2024-02-02 09:00", [
        ("Bedömning", "Dag 2 efter hjärtstopp i hemmet med 25 minuters HLR. Sederad i respirator. Misstänkt svår hypoxisk hjärnskada, MR och neurofysiologi planeras efter 72 timmar."),
        ("Anhöriga", "Hustrun informerad om misstanken och om att prognosen är mycket osäker."),
    ], template="IVA-anteckning", setting="slutenvård"),
    N("n2", V_IVA_SAS, ("Sven Hagström", DR), "2024-02-06 14:00", [
        ("Bedömning", "MR visar utbredd hypoxisk hjärnskada, SSEP utan kortikalt svar bilateralt. Svår hypoxisk hjärnskada."),
        ("Anhöriga", "Hustrun och barnen informerade, beslut om övergång till palliativ vård tas i samråd med dem."),
    ], template="IVA-anteckning", setting="slutenvård"),
], [("NL102", "n1")], [("NL102", "n2")],
  "sedated patient: hedged hypothesis told only to the wife is still NL102; the settled diagnosis is not")

C("cushing-informerad-om-misstanke-sedan-bekraftad", "skane", ("19790621", "186"), [
    N("n1", S_ENDO_MALMO, ("Vera Holst", DR), "2024-02-27 13:00", [
        ("Bedömning", "Viktuppgång, striae, hypertoni och nydebuterad diabetes. Misstänkt Cushings syndrom. Dygnsurin-kortisol och dexametasonhämningstest."),
        ("Information", "Pat informerad om misstanken och om varför proverna tas."),
    ]),
    N("n2", S_ENDO_MALMO, ("Vera Holst", DR), "2024-04-02 13:30", [
        ("Bedömning", "Utebliven hämning, förhöjt kortisol i saliv sent på kvällen och ACTH-beroende. MR hypofys med 6 mm adenom. Cushings sjukdom."),
        ("Planering", "Remiss neurokirurgi för transsfenoidal operation. Pat informerad."),
    ]),
], [], [("NL101", "n1"), ("NL101", "n2"), ("NL102", "n2")],
  "suspicion told the same day (no NL101; NL102 not asserted); confirmed later")

C("ssk-telefon-provsvar-sedan-lakare-ej-informerad-hypertyreos", "vgr", ("19760405", "846"), [
    N("n1", V_MED_SKAS, ("Maria Falk", SSK), "2024-05-08 10:20", [
        ("Telefonkontakt", "Pat ringer och undrar över provsvaren från i måndags. Läkaren har inte hunnit bedöma dem; pat informerad om att hon får svar senast på fredag."),
    ], template="Telefonanteckning", signed=5),
    N("n2", V_MED_SKAS, ("Ulrika Berntsson", DR), "2024-05-09 15:30", [
        ("Provsvar", "TSH 0,01, fritt T4 39, TRAK negativt. Hypertyreos, sannolikt toxisk knölstruma."),
        ("Åtgärd", "Pat ej informerad ännu, ringer henne i morgon förmiddag. Scintigrafi tyreoidea beställd."),
    ], template="Provsvarsanteckning"),
], [("NL101", "n2"), ("NL102", "n2")], [("NL101", "n1"), ("NL102", "n1")],
  "the nurse's 'waiting for answers' names no diagnosis; the doctor's note has a diagnosis not yet told")

C("um-pmo-trolig-klamydia-sedan-positiv", "skane", ("20060915", "548"), [
    N("n1", S_UM_MALMO, ("Jessica Nyman", BM), "2024-03-05 15:00", [
        ("Kontaktorsak", "Sveda vid vattenkastning och flytningar sedan en vecka, ny partner."),
        ("Bedömning", "Trol. klamydia. Självtest taget, svar via 1177 inom en vecka."),
    ], template="Besöksanteckning"),
    N("n2", S_UM_MALMO, ("Jessica Nyman", BM), "2024-03-12 11:00", [
        ("Åtgärd", "Klamydia-PCR positivt. Pat informerad per telefon, recept doxycyklin, smittspårning påbörjad."),
    ], template="Telefonanteckning"),
], [], [("NL102", "n1"), ("NL102", "n2")],
  "youth clinic in PMO (17 years): a hedged STI diagnosis is never NL102")

C("psp-besked-av-kollega-tidigare-i-veckan", "skane", ("19430806", "171"), [
    N("n1", S_NEURO_MALMO, ("Tove Sander", DR), "2024-05-27 11:00", [
        ("Bedömning", "Progressiv supranukleär pares, utredning klar efter MR och ögonmotorikundersökning. Pat fick besked av kollega Hilmersson i måndags."),
        ("Planering", "Logoped och fysioterapeut kopplas in."),
    ]),
    N("n2", S_NEURO_MALMO, ("Amina Dervić", "logoped"), "2024-06-10 10:00", [
        ("Bedömning", "Pat med känd progressiv supranukleär pares. Lätt dysartri och sväljsvårigheter för tunna vätskor. Råd om förtjockning och sittställning."),
    ], template="Logopedanteckning"),
], [], [("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
  "the diagnosis was told by a colleague earlier; the speech therapist repeats a known diagnosis")

C("peritonsillit-misstankt-punktion", "skane", ("19980219", "655"), [
    N("n1", S_ONH_MALMO, ("Erik Lindahl", DR), "2024-02-10 20:00", [
        ("Status", "Trismus, uvula förskjuten åt höger, vänster tonsill framputande."),
        ("Bedömning", "Misstänkt peritonsillit vänster. Punktion."),
    ], setting="akutmottagning"),
    N("n2", S_ONH_MALMO, ("Erik Lindahl", DR), "2024-02-10 20:45", [
        ("Åtgärd", "Punktion vänster gav 4 ml pus. Peritonsillit vänster. PcV i tio dagar, pat informerad om tecken på återfall."),
    ], setting="akutmottagning", signed=20),
], [("NL102", "n1")], [("NL102", "n2"), ("NL101", "n2")],
  "suspicion written minutes before the puncture that confirms it: still NL102 on the first note")
# ---------------------------------------------------------------------------
# Part 5: single notes - told / not told and near misses
# ---------------------------------------------------------------------------
C("nstemi-pat-sov-ej-informerad", "vgr", ("19510823", "291"), [
    N("n1", V_KARDIO_SU, ("Fanny Ryd", DR), "2024-03-09 03:10", [
        ("Bedömning", "Troponin T 18 -> 96 -> 240. EKG med ST-sänkningar V4-V6. NSTEMI. Pat sov vid kontrollen och är ej informerad om provsvaren; dagjouren informerar i morgon. Ticagrelor laddningsdos given, angio planeras."),
    ], template="Jouranteckning", setting="slutenvård"),
], [("NL101", "n1")], [("NL102", "n1")],
  "confirmed diagnosis, patient asleep and 'ej informerad': NL101 even though the besked is only hours away")

C("z034-observation-hjartinfarkt-utesluten", "skane", ("19660905", "113"), [
    N("n1", S_AKUT_HBG, ("Nadia Ghazi", DR), "2024-01-26 22:40", [
        ("Bedömning", "Bröstsmärta i vila i två timmar. EKG utan ischemi, troponin T 6 och 7 med tre timmars mellanrum. Hjärtinfarkt utesluten."),
        ("Diagnos", "Z03.4 Observation för misstänkt hjärtinfarkt."),
        ("Information", "Pat informerad om fynden och går hem, åter vid ny smärta."),
    ], setting="akutmottagning"),
], [], [("NL102", "n1"), ("NL101", "n1")],
  "near miss: the ICD title 'Observation för misstänkt hjärtinfarkt' after the infarct was excluded")

C("pat-oro-hudcancer-seborroisk-keratos", "vgr", ("19580114", "326"), [
    N("n1", V_HUD_SKAS, ("Ida Melander", DR), "2024-04-17 10:30", [
        ("Kontaktorsak", "Pat orolig för hudcancer efter ett tv-program, har fått flera bruna fläckar på bålen."),
        ("Status", "Ett tiotal vaxartade, fastklistrade bruna papler på bålen, dermatoskopiskt fissurer och hornpluggar."),
        ("Bedömning", "Seborroiska keratoser, godartade. Lugnande besked, ingen åtgärd behövs."),
    ]),
], [], [("NL102", "n1"), ("NL101", "n1")],
  "near miss: the patient's own fear of cancer is not a clinician's hedged diagnosis")

C("pmr-vc-inte-informerat-informeras-idag", "skane", ("19470222", "584"), [
    N("n1", S_REUMA_LUND, ("Anders Wennberg", DR), "2024-03-19 14:00", [
        ("Aktuellt", "Remiss från VC med polymyalgia reumatika, prednisolon sedan två veckor med god effekt. Pat uppger att hon inte fått någon information om diagnosen från vårdcentralen."),
        ("Bedömning", "Polymyalgia reumatika. Informerat pat i dag om diagnosen, förloppet och nedtrappningen av kortison."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "near miss: 'inte fått information' from the GP, told in this very note")

C("hemtjansten-ej-informerad-pat-informerad", "skane", ("19340515", "404"), [
    N("n1", S_GER_AVD_LSK, ("Nils Åberg", DR), "2024-02-28 13:00", [
        ("Bedömning", "Förmaksflimmer med snabb kammarfrekvens, nu frekvenskontrollerad. Apixaban insatt efter CHA2DS2-VASc 5 p."),
        ("Information", "Pat informerad om diagnosen och blodförtunnande behandling. Hemtjänsten är inte informerad om läkemedelsändringen än; sjuksköterskan ringer dem före hemgång."),
    ], template="Daganteckning", setting="slutenvård"),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "near miss: another caregiver not yet informed, the patient informed")

C("icke-diagnostiska-hedgar-hemgang-korttidsboende", "vgr", ("19290910", "162"), [
    N("n1", V_MED_ALING, ("Nina Sjöstrand", DR), "2024-05-16 11:40", [
        ("Bedömning", "Pneumoni i regress, CRP 35 från 190. Fortsatt nedsatt rörlighet."),
        ("Planering", "Trol. hemgång på måndag. Ev. behov av korttidsboende de första veckorna, biståndshandläggare kontaktad. Möjligen kan syrgasen sättas ut i morgon."),
    ], template="Daganteckning", setting="slutenvård"),
], [], [("NL102", "n1")],
  "near miss: trol./ev./möjligen about discharge and care planning, not about a diagnosis")

C("hereditet-bror-misstankt-lynch", "skane", ("19810301", "522"), [
    N("n1", S_GASTRO_MALMO, ("Oskar Lindholm", DR), "2024-02-22 10:00", [
        ("Hereditet", "Bror opererad för koloncancer vid 44 års ålder, misstänkt Lynchsyndrom i familjen enligt onkogenetiska mottagningen. Mormor trol. ventrikelcancer."),
        ("Bedömning", "Inga symtom. Koloskopi utan fynd. Ny koloskopi om två år enligt riktlinje vid ärftlighet."),
    ]),
], [], [("NL102", "n1")],
  "near miss: hedged diagnoses belong to relatives in the family history")

C("tidigare-utredd-misstankt-epilepsi-avskrevs", "vgr", ("19930711", "759"), [
    N("n1", V_NEURO_NAL, ("Tomas Lövgren", DR), "2024-04-24 13:00", [
        ("Tidigare sjukdomar", "Utreddes 2015 för misstänkt epilepsi efter ett medvetandeförlust, EEG och MR normala och misstanken avskrevs."),
        ("Bedömning", "Nu migrän utan aura med 4-5 anfall per månad. Profylax med propranolol."),
    ]),
], [], [("NL102", "n1")],
  "near miss: a past suspicion written together with its dismissal")

C("pmo-vc-ej-informerad-misstankt-prostatacancer", "skane", ("19520318", "493"), [
    N("n1", S_VC_OSBY, ("Göran Wall", DR), "2024-03-07 16:00", [
        ("Provsvar", "PSA 22, stigande från 9 för ett år sedan."),
        ("Bedömning", "Misstänkt prostatacancer. Remiss urologen enligt SVF. Pat ej informerad ännu, ringer honom i morgon."),
    ], template="Provsvarsanteckning"),
], [], [("NL102", "n1")],
  "PMO: diagnoses are never shown, so the hedge is not NL102 (NL101 never asserted on PMO)")

C("dd-reumatoid-artrit-psoriasisartrit", "vgr", ("19850416", "244"), [
    N("n1", V_REUMA_SU, ("Karin Östling", DR), "2024-01-31 09:45", [
        ("Status", "Synovit i MCP 2-3 bilateralt och vänster fotled. Nagelgropar på tre naglar."),
        ("Bedömning", "Polyartrit sedan tre månader. DD reumatoid artrit, psoriasisartrit. Anti-CCP och RF tas, rtg händer och fötter."),
    ]),
], [("NL102", "n1")], [("NL101", "n1")],
  "'DD' listing two candidate diagnoses in a visible note")

C("halskortel-malignitet-kan-ej-uteslutas", "skane", ("19690704", "218"), [
    N("n1", S_ONH_MALMO, ("Erik Lindahl", DR), "2024-05-02 11:00", [
        ("Status", "3 cm fast, oöm körtel i regio II höger, oförändrad sedan sex veckor."),
        ("Bedömning", "Malignitet kan ej uteslutas. Ultraljudsledd finnålspunktion och DT hals."),
    ]),
], [("NL102", "n1")], [],
  "'kan ej uteslutas' is a hedged diagnosis")

C("pat-har-inte-berattat-for-maken", "skane", ("19750617", "426"), [
    N("n1", S_GYN_MALMO, ("Cecilia Mörk", DR), "2024-04-10 10:00", [
        ("Bedömning", "Cellförändringar CIN 3 på biopsi. Konisering planeras."),
        ("Information", "Pat informerad om diagnosen och operationen. Hon har inte berättat för sin man och vill själv avgöra när."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "near miss: the patient knows; it is her husband who has not been told")

C("remitterande-lakare-ej-informerad-pat-informerad", "vgr", ("19620730", "175"), [
    N("n1", V_ONH_SU, ("Björn Claesson", DR), "2024-03-26 14:20", [
        ("Bedömning", "PAD från biopsin i tungkanten: skivepitelcancer. Pat informerad vid dagens besök."),
        ("Planering", "Remitterande tandläkare ännu inte informerad om PAD, kopia av anteckningen skickas. Ärendet tas upp på huvud-hals-MDK på torsdag."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "near miss: the referring dentist, not the patient, is still uninformed")

C("ingen-misstanke-om-malignitet-gastroskopi", "skane", ("19880925", "631"), [
    N("n1", S_GASTRO_MALMO, ("Oskar Lindholm", DR), "2024-06-04 09:20", [
        ("Undersökningsresultat", "Gastroskopi: lätt erytematös antrumslemhinna, inga sår. Biopsier för Helicobacter."),
        ("Bedömning", "Ingen misstanke om malignitet. Dyspepsi, PPI i fyra veckor."),
    ]),
], [], [("NL102", "n1")],
  "near miss: 'Ingen misstanke om malignitet' is negated")

C("misstanker-pat-tar-inte-lakemedel", "vgr", ("19590811", "297"), [
    N("n1", V_MED_SKAS, ("Ulrika Berntsson", DR), "2024-02-07 13:30", [
        ("Bedömning", "Känd hypertoni, blodtrycket 172/98 trots fyra preparat. Misstänker att pat inte tar alla tabletter som ordinerat, dosett via apoteket föreslås. Ev. ambulatorisk blodtrycksmätning."),
    ]),
], [], [("NL102", "n1")],
  "near miss: the suspicion concerns adherence, not a diagnosis")

C("typo-missankt-appendicit", "skane", ("20030228", "338"), [
    N("n1", S_AKUT_MALMO, ("Fredrik Nyberg", DR), "2024-04-03 01:20", [
        ("Bedömning", "Missänkt appendicit, ömhet och släppömhet i höger fossa, CRP 48. DT buk beställd."),
    ], setting="akutmottagning"),
], [("NL102", "n1")], [],
  "typo 'Missänkt': still a hedged diagnosis")

C("typo-infomerad-trolga-diagnosen", "vgr", ("19660213", "520"), [
    N("n1", V_NEURO_SU, ("Sara Lindqvist", DR), "2024-05-08 15:00", [
        ("Bedömning", "Progredierande gångsvårighet, urininkontinens och minnesstörning. DT med vidgade ventriklar. Trolig normaltryckshydrocefalus. Pat ej infomerad om den trolga diagnosen, tap-test först."),
    ]),
], [("NL101", "n1"), ("NL102", "n1")], [],
  "typos 'infomerad', 'trolga': not told about a probable diagnosis")

C("tolk-informerad-om-tb-misstanke", "vgr", ("19910102", "411"), [
    N("n1", V_INF_SU, ("Lukas Berg", DR), "2024-02-14 11:00", [
        ("Bedömning", "Hosta, feber och svettningar sedan två månader, kavitet på rtg. Misstänkt lungtuberkulos."),
        ("Information", "Pat informerad via telefontolk på dari om misstanken, om isoleringen och om sputumproverna."),
    ], setting="slutenvård"),
], [], [("NL101", "n1")],
  "near miss: the patient is told through an interpreter (NL102 not asserted on a communicated suspicion)")

C("cancer-utesluten-pat-ej-informerad-an", "skane", ("19770511", "468"), [
    N("n1", S_KIR_TRBG, ("Karim Nasser", DR), "2024-05-29 16:30", [
        ("Provsvar", "PAD från knölen i bröstet: benign förändring, ingen malignitet."),
        ("Åtgärd", "Pat ej informerad än, ringer henne i morgon. Ingen ytterligare uppföljning behövs."),
    ], template="Provsvarsanteckning"),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "near miss: not yet told, but the result is benign and malignancy excluded")

C("utkast-misstankt-sepsis-jour", "skane", ("19570429", "155"), [
    N("n1", S_MED_YSTAD, ("Magnus Lind", DR), "2024-03-30 02:50", [
        ("Bedömning", "Feber 39,8, puls 124, laktat 4,2. Misstänkt sepsis med oklart fokus. Blododlingar x 2, piperacillin-tazobaktam, vätska. IVA-konsult tillfrågad."),
    ], template="Jouranteckning", signed=None, setting="slutenvård"),
], [("NL102", "n1")], [],
  "unsigned draft (pre-signing): hedged sepsis in a visible note")

C("telegrafisk-susp-pneumoni", "vgr", ("19420620", "231"), [
    N("n1", V_AKUT_KUNG, ("Emma Ström", DR), "2024-01-04 18:30", [
        ("Bedömning", "Susp. pneumoni hö. CRP 160, sat 91 %. Rtg pulm. Ab enl PM. Inl med."),
    ], setting="akutmottagning"),
], [("NL102", "n1")], [],
  "telegraphic 'Susp.' is a hedged diagnosis")

C("sannolikt-reaktiv-artrit", "skane", ("19960324", "679"), [
    N("n1", S_REUMA_LUND, ("Sara Wikander", DR), "2024-04-05 13:10", [
        ("Aktuellt", "Diarré under resa för tre veckor sedan, salmonella i odling. Nu svullet höger knä och vänster fotled."),
        ("Bedömning", "Sannolikt reaktiv atrit. NSAID, kortisoninjektion i knät övervägs."),
    ]),
], [("NL102", "n1")], [],
  "'Sannolikt' hedges the diagnosis (typo 'atrit')")

C("operationen-gick-trol-bra", "vgr", ("19721119", "839"), [
    N("n1", V_KIR_KUNG, ("Ali Rahimi", DR), "2024-06-12 16:00", [
        ("Bedömning", "Dag 1 efter laparoskopisk kolecystektomi för gallstenssjukdom. Opåverkad, äter. Operationen gick trol. bra trots sammanväxningarna, dränet kan sannolikt dras i morgon."),
    ], template="Daganteckning", setting="slutenvård"),
], [], [("NL102", "n1")],
  "near miss: hedges about the operation and the drain, the diagnosis is settled")

C("risk-for-dialys-kronisk-njursjukdom", "skane", ("19541008", "256"), [
    N("n1", S_NEFRO_LUND, ("Linnéa Cronholm", DR), "2024-03-13 10:30", [
        ("Bedömning", "Kronisk njursjukdom stadium 4, eGFR 18 och sjunkande. Stor sannolikhet att dialys behövs inom ett år. Pat informerad och vill ha information om PD."),
    ]),
], [], [("NL102", "n1"), ("NL101", "n1")],
  "near miss: probability concerns future treatment, not the diagnosis")

C("kalium-fragetecken-kontroll", "vgr", ("19380423", "138"), [
    N("n1", V_MED_NAL, ("Johan Sandberg", DR), "2024-02-24 10:00", [
        ("Bedömning", "Hjärtsvikt, bättre efter diuretika. Kalium? Kontrolleras i morgon innan spironolakton ökas."),
    ], template="Daganteckning", setting="slutenvård"),
], [], [("NL102", "n1")],
  "near miss: a question mark about a lab value, not a diagnosis")

C("typo-ingen-missanke-om-lungemboli", "skane", ("19890619", "740"), [
    N("n1", S_AKUT_MALMO, ("Fredrik Nyberg", DR), "2024-06-01 14:00", [
        ("Bedömning", "Andningskorrelerad smärta efter förkylning, Wells 0, D-dimer normal. Ingen missanke om lungemboli. Muskuloskeletal bröstsmärta."),
    ], setting="akutmottagning"),
], [], [("NL102", "n1")],
  "typo 'missanke' inside a negation: no NL102")

C("inga-tecken-pa-metastaser-uppfoljning", "vgr", ("19670909", "284"), [
    N("n1", V_ONK_SU, ("Linda Persson", DR), "2024-01-18 10:00", [
        ("Bedömning", "Uppföljning fem år efter operation för bröstcancer. Mammografi och DT utan tecken på återfall, inga tecken på metastaser. Pat informerad och avslutas från onkologen."),
    ]),
], [], [("NL102", "n1"), ("NL101", "n1")],
  "near miss: 'inga tecken på' negates metastases")

C("aortadissektion-utesluten-akut", "skane", ("19640512", "317"), [
    N("n1", S_AKUT_HBG, ("Nadia Ghazi", DR), "2024-03-03 04:15", [
        ("Bedömning", "Rivande bröstsmärta med utstrålning mot ryggen. DT aorta: aortadissektion uteslutes. Troponin normalt. Smärtan förklaras av esofagusspasm, som svarade på nitroglycerin."),
    ], setting="akutmottagning"),
], [], [("NL102", "n1")],
  "near miss: 'uteslutes'")

C("tidiga-hypoteser-mall-enkel-leukemi", "skane", ("19790101", "248"), [
    N("n1", S_HEM_LUND, ("Jakob Mellberg", DR), "2024-04-25 16:00", [
        ("Hypotes", "Lymfocytos 14, splenomegali. Misstänkt kronisk lymfatisk leukemi. Flödescytometri skickad. Pat inte informerad om misstanken."),
    ], template="Tidiga hypoteser"),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "Skåne Tidiga hypoteser template: hedge and 'not informed' are hidden")

C("status-fragetecken-aortastenos", "vgr", ("19450630", "157"), [
    N("n1", V_MED_SAS, ("Oskar Blom", DR), "2024-05-21 11:10", [
        ("Status", "Cor: regelbunden rytm, systoliskt blåsljud 3/6 med punctum maximum över aorta, fortleds till halsen, ? aortastenos."),
        ("Bedömning", "Nytillkommen yrsel vid ansträngning. Ekokardiografi bokad."),
    ]),
], [("NL102", "n1")], [],
  "'?' before a diagnosis in the Status section")

C("fysio-ev-diskbrack", "skane", ("19820914", "792"), [
    N("n1", S_FYS_CSK, ("Elin Dahlgren", FT), "2024-02-15 13:00", [
        ("Status", "Positivt SLR vänster vid 40 grader, nedsatt känsel lateralt på vänster fot, svag plantarflexion."),
        ("Bedömning", "Ev. diksbråck L5-S1 vänster med rotpåverkan S1. Kontakt med ortoped för ställningstagande till MR."),
    ], template="Fysioterapeutanteckning"),
], [("NL102", "n1")], [],
  "physiotherapist's 'Ev. diksbråck' (typo) is a hedged diagnosis")

C("dietist-risk-for-undernaring", "vgr", ("19360204", "289"), [
    N("n1", V_DIET_NAL, ("Sanna Pihl", DIET), "2024-03-14 10:00", [
        ("Bedömning", "Risk för undernäring enligt MNA-SF, 9 poäng. Ofrivillig viktnedgång 4 kg på tre månader efter operationen."),
        ("Åtgärd", "Energiberikning och två näringsdrycker om dagen. Ny vägning om två veckor."),
    ], template="Dietistanteckning"),
], [], [("NL102", "n1")],
  "near miss: a risk score, not a hedged diagnosis")

C("arbetsterapeut-trol-svart-med-matlagning", "skane", ("19380908", "402"), [
    N("n1", S_GER_AVD_LSK, ("Johanna Kvist", AT), "2024-05-03 10:00", [
        ("Bedömning", "Efter höftoperationen har pat trol. svårt att klara matlagning och dusch på egen hand de första veckorna. Möjligen räcker det med hjälpmedel."),
        ("Åtgärd", "Duschpall och griptång förskrivna. Hembesök före utskrivning."),
    ], template="Arbetsterapeutanteckning", setting="slutenvård"),
], [], [("NL102", "n1")],
  "near miss: hedges about daily activities, not diagnoses")

C("specialistmodravard-misstankt-preeklampsi", "vgr", ("19930802", "364"), [
    N("n1", V_KK_OSTRA, ("Sofia Brink", BM), "2024-04-19 20:10", [
        ("Bedömning", "Graviditetsvecka 34, blodtryck 152/102 upprepat, proteinuri 2+. Misstänkt preeklampsi, läkare tillkallad, PIGF och leverprover tagna."),
    ], template="Barnmorskeanteckning", setting="slutenvård"),
], [("NL102", "n1")], [],
  "midwife's hedged diagnosis in a Melior note")

C("basaliom-informerad-per-telefon", "skane", ("19500308", "135"), [
    N("n1", S_HUD_LUND, ("Hanna Roos", SSK), "2024-01-25 09:00", [
        ("Telefonkontakt", "Ringt pat och meddelat PAD: basalcellscancer, radikalt exciderad. Ingen ytterligare åtgärd, pat informerad om att söka vid nya förändringar."),
    ], template="Telefonanteckning", signed=5),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "confirmed and told by phone")

C("demens-informeras-ej-om-cancer-sonen-informerad", "skane", ("19310417", "153"), [
    N("n1", S_GER_AVD_LSK, ("Nils Åberg", DR), "2024-03-21 14:00", [
        ("Bedömning", "DT buk visar en stor tumör i högerkolon med levermetastaser, PAD adenokarcinom. Pat har måttlig Alzheimerdemens och bedöms inte kunna tillgodogöra sig informationen. Pat informeras därför inte om cancerdiagonsen, sonen informerad och instämmer."),
        ("Planering", "Palliativ inriktning, brytpunktssamtal med sonen."),
    ], setting="slutenvård"),
], [("NL101", "n1")], [("NL102", "n1")],
  "a settled diagnosis deliberately not told because of dementia, typo 'cancerdiagonsen' (NL101)")

C("hon-vet-om-diagnosen-sedan-tidigare", "vgr", ("19710219", "482"), [
    N("n1", V_ONK_SU, ("Linda Persson", DR), "2024-02-29 13:00", [
        ("Bedömning", "Ovarialcancer stadium IIIC, tredje cykeln karboplatin-paklitaxel väl tolererad. Hon vet om diagnosen sedan operationen i december. CA-125 sjunkande."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "known and told diagnosis repeated in a treatment note")

C("ej-informerad-om-remissen-kand-diabetes", "skane", ("19600710", "598"), [
    N("n1", S_ENDO_MALMO, ("Vera Holst", DR), "2024-05-14 15:30", [
        ("Bedömning", "Diabetes typ 2 sedan 2012, HbA1c 62 och i stort sett oförändrat sedan i fjol."),
        ("Åtgärd", "Remiss för ögonbottenscreening enligt programmet skickad. Pat ej informerad om remissen, brev skickas."),
    ], template="Provsvarsanteckning"),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "near miss: 'ej informerad' about a referral, the diagnosis is long known")

C("lang-inskrivning-en-dold-hedge", "vgr", ("19580227", "117"), [
    N("n1", V_MED_NAL, ("Johan Sandberg", DR), "2024-04-15 19:30", [
        ("Kontaktorsak", "Tilltagande andfåddhet och svullna ben sedan tre veckor."),
        ("Tidigare sjukdomar", "Hypertoni sedan 2005. Typ 2-diabetes på metformin. Opererad för ljumskbråck 2010. Ingen känd hjärtsjukdom."),
        ("Läkemedel", "Metformin 1 g x 2, enalapril 10 mg x 1, atorvastatin 20 mg till natten. Inga receptfria läkemedel eller naturmedel."),
        ("Allergier", "Inga kända läkemedelsallergier."),
        ("Social bakgrund", "Gift, två vuxna barn. Arbetar som lastbilschaufför. Röker 10 cigaretter om dagen, alkohol enstaka glas vin i veckan."),
        ("Aktuellt", "Har under de senaste veckorna inte kunnat gå i trappor utan att stanna, sover med tre kuddar och vaknar av andnöd. Vikten har ökat 5 kg. Ingen bröstsmärta, ingen feber. Har märkt hjärtklappning ibland, framför allt på kvällarna när han lagt sig. Har inte sökt tidigare eftersom han trodde att det var en kvardröjande förkylning. Hustrun tyckte att han såg grå ut i morse och körde honom hit."),
        ("Status", "AT: opåverkad i vila, lätt dyspné vid av- och påklädning. Cor: oregelbunden rytm, frekvens 110, inga blåsljud. Pulm: krepitationer basalt bilateralt. Buk: mjuk, oöm. Ben: pittingödem upp till knäna. Halsvenstas. Neurologiskt grovt ua. Hud: varm, inga utslag. Temp 36,9. Blodtryck 148/92, saturation 92 % utan syrgas, andningsfrekvens 22."),
        ("Anhöriga", "Hustrun är med på akuten och har fått följa undersökningen. Hon bekräftar att andfåddheten gradvis blivit värre sedan påsk och att han har slutat gå med hunden."),
        ("Undersökningsresultat", "EKG: förmaksflimmer med kammarfrekvens 110, inga ischemiska förändringar. NT-proBNP 4800. Kreatinin 105, kalium 4,2, Hb 138. Lungröntgen: hjärtförstoring, pleuravätska bilateralt och interstitiellt ödem."),
        ("Bedömning", "Nydebuterat förmaksflimmer och hjärtsvikt. Takykardiinducerad kardiomyopati kan ej uteslutas. Diuretika intravenöst, betablockad för frekvenskontroll, antikoagulation efter njurfunktion."),
        ("Planering", "Inläggning på medicinavdelningen med telemetri. Ekokardiografi under vårdtiden. Daglig vikt och vätskelista. Kontakt med anhöriga vid behov, pat vill själv ringa hustrun. Metformin pausas under intravenös behandling och kontrast. Blodsocker före måltid. Tromboembolismprofylax ersätts av antikoagulationen. Sjukskrivning diskuteras inför utskrivningen, körkortsfrågan tas upp när frekvensen är kontrollerad."),
    ], template="Inskrivningsanteckning", setting="slutenvård"),
], [("NL102", "n1")], [("NL101", "n1")],
  "long admission note (300+ words): one hedged diagnosis ('kan ej uteslutas') among confirmed ones")

C("lang-mottagningsbesok-ingen-hedge", "skane", ("19730806", "375"), [
    N("n1", S_MED_ANG, ("Louise Wahl", DR), "2024-05-22 10:00", [
        ("Kontaktorsak", "Årskontroll av känd KOL och hypertoni, remitterad från VC för optimering av inhalationsbehandlingen."),
        ("Anamnes", "Rökstopp sedan ett år efter tobaksavvänjning, använder fortfarande nikotintuggummi. Två exacerbationer det senaste året som behandlats med kortison och antibiotika på vårdcentralen. Går ca 1 km på plan mark innan han måste stanna. Hostar slem på morgonen, inga blodstrimmor. Ingen viktnedgång, god aptit. Sover bra. Knät värker efter längre promenader, vilket ibland begränsar honom mer än andningen. Inga bröstsmärtor, ingen hjärtklappning. Har börjat cykla på motionscykel hemma tio minuter om dagen och tycker att det går lättare än han trott. Sambon har också slutat röka, vilket han upplever som ett stort stöd."),
        ("Tidigare sjukdomar", "Hypertoni sedan 2010. Knäartros höger. Blindtarmsoperation i tonåren."),
        ("Social bakgrund", "Sambo, två utflugna barn. Förtidspensionerad svetsare sedan 2021, exponerad för svetsrök i många år. Har hund som han går ut med tre gånger om dagen. Dricker alkohol sparsamt, ett par öl i helgerna."),
        ("Läkemedel", "Trippelinhalator en gång dagligen, salbutamol vid behov cirka tre gånger i veckan. Amlodipin 5 mg."),
        ("Vaccinationer", "Influensavaccin i oktober. Pneumokockvaccin ej givet."),
        ("Status", "Gott och opåverkat allmäntillstånd. Saturation 95 % i vila. Pulm: förlängt exspirium, enstaka ronki, inga krepitationer. Cor: regelbunden rytm utan blåsljud. Blodtryck 138/84, puls 72. Inga ödem. Ingen cyanos, inga trumpinnefingrar. BMI 27. Knän: lätt krepitation höger utan hydrops."),
        ("Undersökningsresultat", "Spirometri: FEV1 58 % av förväntat, oförändrat jämfört med för ett år sedan. CAT 14 poäng. Inhalationsteknik kontrollerad med inhalationsdemonstrator och var korrekt."),
        ("Bedömning", "KOL GOLD 2, grupp E med två exacerbationer senaste året. Stabilt sedan rökstoppet. Hypertoni välkontrollerad. Indikation för fysisk träning finns, KOL-skola hos fysioterapeut erbjuds. Årlig influensa- och pneumokockvaccination rekommenderas."),
        ("Information", "Pat informerad om resultaten och om att fortsätta med samma inhalator. Han vill gärna gå i KOL-skolan."),
        ("Planering", "Remiss fysioterapi för KOL-skola. Åter till vårdcentralen för fortsatt uppföljning, återremiss vid försämring."),
    ]),
], [], [("NL102", "n1"), ("NL101", "n1")],
  "long visit note (300+ words) with settled diagnoses only")

C("typo-trolgen-viros", "vgr", ("20160511", "654"), [
    N("n1", V_BARN_SU, ("Anna Lundgren", DR), "2024-02-03 17:45", [
        ("Bedömning", "Sjuårig flicka med feber sedan två dagar, röd svalg, inga beläggningar, strep A negativ. Trolgen viros. Febernedsättande, åter vid försämring."),
    ], setting="akutmottagning"),
], [("NL102", "n1")], [],
  "typo 'Trolgen' (troligen) before a diagnosis in a child's note")

C("pmo-ej-informerat-om-misstankt-diabetes", "skane", ("19780303", "211"), [
    N("n1", S_VC_SODERV, ("Mahmoud Saleh", DR), "2024-01-30 15:40", [
        ("Provsvar", "fP-glukos 8,9. HbA1c 49."),
        ("Bedömning", "Trol. diabetes typ 2, nytt HbA1c för bekräftelse. Ej informerat pat om misstanken ännu, kallas till besök."),
    ], template="Provsvarsanteckning"),
], [], [("NL102", "n1")],
  "PMO hedge plus 'not informed': no NL102 in PMO, NL101 never asserted on PMO")

C("barn-foraldrar-informerade-om-perthes-misstanke", "skane", ("20170729", "533"), [
    N("n1", S_ORTO_CSK, ("Viktor Sandell", DR), "2024-03-12 10:15", [
        ("Bedömning", "Sexårig pojke som haltar sedan sex veckor, inskränkt inåtrotation vänster höft. Rtg med lätt avplattning av caput. Misstänkt Perthes sjukdom, MR bokas."),
        ("Information", "Båda föräldrarna informerade om misstanken och om MR-undersökningen."),
    ]),
], [], [("NL101", "n1")],
  "child: guardians told of the suspicion, no NL101 (NL102 not asserted on a communicated suspicion)")

C("barn-trolig-iga-vaskulit", "vgr", ("20180105", "432"), [
    N("n1", V_BARN_SU, ("Per-Olof Strand", DR), "2024-01-12 11:30", [
        ("Status", "Palpabel purpura på benen och skinkorna, svullna fotleder, ont i magen."),
        ("Bedömning", "Trolig IgA-vaskulit (Henoch-Schönleins purpura). Urinsticka med mikroskopisk hematuri. Kontroll av urin och blodtryck en gång i veckan."),
    ]),
], [("NL102", "n1")], [],
  "child: 'Trolig' with an eponym, NL102")

C("akutsjukskoterska-triage-trolig-gastroenterit", "skane", ("19920901", "186"), [
    N("n1", S_AKUT_HBG, ("Moa Lindahl", SSK), "2024-02-18 08:20", [
        ("Triage", "Kräkningar och diarré sedan i går, flera i familjen sjuka. RETTS gul. Trolig gastroenterit, dropp startat enligt ordination."),
    ], template="Triageanteckning", setting="akutmottagning"),
], [("NL102", "n1")], [],
  "triage nurse's 'Trolig gastroenterit' in a Melior note")

C("ej-informerad-om-operationstid-kand-gallsten", "skane", ("19850503", "686"), [
    N("n1", S_KIR_CSK, ("Lena Vidén", SSK), "2024-04-09 10:00", [
        ("Planering", "Pat med gallstenssjukdom står på väntelista för laparoskopisk kolecystektomi. Pat ännu ej informerad om operationstiden, kallelse skickas när tid finns."),
    ], template="Sjuksköterskeanteckning"),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "near miss: 'ännu ej informerad' about the time for surgery")

C("normala-provsvar-ej-meddelade", "vgr", ("19940418", "723"), [
    N("n1", V_MED_SKAS, ("Ulrika Berntsson", DR), "2024-04-30 16:00", [
        ("Provsvar", "Celiakiserologi, TSH, B12 och folat normala. Blodstatus ua."),
        ("Bedömning", "Ingen misstanke om celiaki eller tyreoideasjukdom. Pat ej informerad ännu, svar skickas via 1177 i morgon."),
    ], template="Provsvarsanteckning"),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "near miss: not yet told about normal results and negated diagnoses")

C("ej-informerad-om-svaret-ingen-diagnos-namnd", "vgr", ("19650705", "457"), [
    N("n1", V_LUNG_SU, ("Petra Lundin", DR), "2024-06-05 12:00", [
        ("Provsvar", "Svar på bronkoskopin har kommit och granskats."),
        ("Åtgärd", "Pat ännu ej informerad om svaret, besök bokat på tisdag med kontaktsjuksköterska."),
    ], template="Provsvarsanteckning"),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "near miss: not told, but the note names no diagnosis at all")

C("fraktur-kan-inte-uteslutas-scafoideum", "skane", ("20040912", "311"), [
    N("n1", S_ORTO_CSK, ("Viktor Sandell", DR), "2024-01-20 15:30", [
        ("Bedömning", "Fall på utsträckt hand. Ömhet i fossa tabatière. Rtg utan säker fraktur men scafoideumfraktur kan inte uteslutas. Gips och ny röntgen om tio dagar."),
    ], setting="akutmottagning"),
], [("NL102", "n1")], [],
  "'kan inte uteslutas' about a fracture")

C("remiss-hematolog-misstanke-om-kll", "vgr", ("19500228", "214"), [
    N("n1", V_MED_ALING, ("Nina Sjöstrand", DR), "2024-05-06 09:00", [
        ("Provsvar", "LPK 28, lymfocyter 22. Hb och TPK normala."),
        ("Åtgärd", "Remiss till hematologen pga missanke om KLL, flödescytometri skickad."),
    ], template="Provsvarsanteckning"),
], [("NL102", "n1")], [],
  "the hedged diagnosis (typo 'missanke') sits in the Åtgärd section as the reason for the referral")

C("ev-gikt-urat", "skane", ("19630127", "570"), [
    N("n1", S_MED_HLM, ("Axel Bengtsson", DR), "2024-02-08 14:40", [
        ("Bedömning", "Akut svullnad och rodnad över vänster stortåled. Ev. gikt, urat tas och ledpunktion om möjlgt."),
    ]),
], [("NL102", "n1")], [],
  "'Ev.' before a diagnosis (typo 'möjlgt' elsewhere in the sentence)")

C("ev-byte-till-tablett-kand-anemi", "vgr", ("19870218", "406"), [
    N("n1", V_MED_SAS, ("Oskar Blom", DR), "2024-03-28 10:20", [
        ("Bedömning", "Järnbristanemi efter menorragi, Hb 118 från 96 efter järninfusion. Ev. byte till tablettbehandling framöver. Gynekolog kontaktad angående blödningarna."),
    ]),
], [], [("NL102", "n1"), ("NL101", "n1")],
  "near miss: 'Ev.' about a change of treatment; the diagnosis is settled")

C("dd-migran-aura-tia-fokalt-anfall", "vgr", ("19950828", "262"), [
    N("n1", V_NEURO_NAL, ("Tomas Lövgren", DR), "2024-04-02 11:00", [
        ("Anamnes", "Tre episoder med flimmer i synfältet följt av domning i vänster hand som vandrat upp i armen under 20 minuter. Huvudvärk efteråt vid ett tillfälle."),
        ("Bedömning", "DD: migrän med aura, TIA, fokalt anfall. MR hjärna och EEG."),
    ]),
], [("NL102", "n1")], [],
  "a list of differential diagnoses")

C("differentialdiagnoser-uteslutna", "skane", ("19830706", "553"), [
    N("n1", S_KARDIO_LUND, ("Ola Frid", DR), "2024-02-16 15:00", [
        ("Bedömning", "Myokardit efter virusinfektion, verifierad med MR hjärta. Differentialdiagnoserna hjärtinfarkt och perikardit har uteslutits med koronarangiografi och eko."),
        ("Information", "Pat informerad, idrottsförbud i sex månader."),
    ]),
], [], [("NL102", "n1"), ("NL101", "n1")],
  "near miss: the differential diagnoses are named only as excluded")

C("celiaki-avskriven-ny-misstanke-mikroskopisk-kolit", "vgr", ("19690323", "788"), [
    N("n1", V_GASTRO_SU, ("Ebba Rosén", DR), "2024-05-15 10:00", [
        ("Bedömning", "Misstanken om celiaki avskriven efter normala duodenalbiopsier. Fortsatt vattentunna diarréer, nu misstanke om mikroskopisk kolit; koloskopi med stegvisa biopsier bokas."),
    ]),
], [("NL102", "n1")], [],
  "one suspicion dropped, a new one raised in the same note: NL102")

C("remitterades-2022-misstanke-sarkoidos-ej-bekraftad", "skane", ("19780415", "436"), [
    N("n1", S_LUNG_LUND, ("Henrik Mårtensson", DR), "2024-03-20 13:00", [
        ("Tidigare sjukdomar", "Remitterades 2022 med misstanke om sarkoidos som inte bekräftades vid bronkoskopi."),
        ("Bedömning", "Astma, ofullständigt kontrollerad. Ökar inhalationssteroid, kontroll om tre månader."),
    ]),
], [], [("NL102", "n1")],
  "near miss: a past suspicion that was not confirmed")

C("mammans-cancer-pat-vet-ej-prognos", "vgr", ("19980614", "662"), [
    N("n1", V_PSYK_SAS, ("Lena Öberg", PSY), "2024-02-22 14:00", [
        ("Samtal", "Pat berättar att hennes mamma nyligen fått diagnosen bröstcancer. Pat har ännu inte fått veta något om mammans prognos och tänker på det hela tiden."),
        ("Bedömning", "Ökad oro och sömnsvårigheter i en svår livssituation, ingen försämring av depressionen. Fortsatta samtal varannan vecka."),
    ], template="Psykologanteckning"),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "near miss: the unknown prognosis and the cancer belong to the patient's mother")

C("pat-vill-inte-veta-prognos-kand-lungcancer", "skane", ("19540920", "274"), [
    N("n1", S_ONK_LUND, ("Petter Isaksson", DR), "2024-04-26 10:00", [
        ("Bedömning", "Icke-småcellig lungcancer stadium IV, andra linjens behandling. Pat vet om diagnosen men vill inte veta något om förväntad överlevnad, vilket respekteras."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "near miss: the patient knows the diagnosis and declines only prognosis")

C("ej-informerad-om-utsattning-kand-diagnos", "vgr", ("19440514", "199"), [
    N("n1", V_MED_NAL, ("Johan Sandberg", DR), "2024-01-25 16:30", [
        ("Bedömning", "Känd förmaksflimmer. Warfarin byts till apixaban efter samråd med kardiolog."),
        ("Åtgärd", "Pat ej informerad om bytet än, AK-mottagningen ringer honom i morgon."),
    ], template="Provsvarsanteckning"),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "near miss: not informed about a change of medication")

C("diagnos-icd-och-trolig-gastrit", "vgr", ("19870101", "533"), [
    N("n1", V_AKUT_SU, ("David Lönn", DR), "2024-06-08 13:40", [
        ("Bedömning", "Epigastriell smärta efter NSAID-bruk i två veckor. Opåverkad, Hb normalt."),
        ("Diagnos", "R10.1 Smärta lokaliserad till övre delen av buken. Trolig gastrit."),
    ], setting="akutmottagning"),
], [("NL102", "n1")], [],
  "a hedged diagnosis added under the Diagnos sökord next to a symptom code")

C("remiss-mr-fragestallning-ms", "skane", ("19990207", "586"), [
    N("n1", S_NEURO_MALMO, ("Tove Sander", DR), "2024-03-27 14:00", [
        ("Status", "Lhermittes tecken positivt, ökade reflexer i benen."),
        ("Åtgärd", "Remiss MR hjärna och halsrygg. Frågeställning: MS?"),
    ]),
], [("NL102", "n1")], [],
  "referral question 'MS?' in a visible note")

C("personlighetssyndrom-ej-framfort-till-pat", "skane", ("20020508", "764"), [
    N("n1", S_PSYK_MALMO, ("Daniel Fors", DR), "2024-05-14 09:00", [
        ("Bedömning", "Upprepade självskadehandlingar, instabila relationer och kronisk tomhetskänsla. Misstänkt emotionellt instabilt personlighetssyndrom. Ej framfört till pat ännu; strukturerad bedömning med SCID-5-PD först."),
    ]),
], [("NL101", "n1"), ("NL102", "n1")], [],
  "psychiatry: a hedged diagnosis 'ej framfört till pat'")

C("pat-vill-ha-autismutredning-ingen-misstanke", "vgr", ("19970519", "185"), [
    N("n1", V_PSYK_SAS, ("Magnus Wikström", DR), "2024-01-10 10:00", [
        ("Aktuellt", "Pat har läst om autism och undrar om det kan förklara hans svårigheter på jobbet."),
        ("Bedömning", "Ingen misstanke om autism utifrån anamnes och komparentuppgifter. Social ångest, KBT erbjuds."),
    ]),
], [], [("NL102", "n1")],
  "near miss: patient's own question answered with 'Ingen misstanke om'")

C("misstankt-paracetamolintoxikation", "skane", ("20050317", "640"), [
    N("n1", S_AKUT_MALMO, ("Fredrik Nyberg", DR), "2024-02-25 23:30", [
        ("Bedömning", "Hittad av sambo med tomma tablettkartor. Misstänkt paracetamolintoxikation. S-paracetamol 4 timmar efter intag, acetylcystein startat."),
    ], setting="akutmottagning"),
], [("NL102", "n1")], [],
  "a suspected poisoning is a hedged diagnosis")

C("svar-via-1177-sannolikt-benign", "vgr", ("19910926", "862"), [
    N("n1", V_ENDO_SAS, ("Hamid Karimi", DR), "2024-05-29 14:00", [
        ("Provsvar", "Finnålspunktion av tyreoideaknölen: Bethesda II."),
        ("Bedömning", "Sannolikt godartad kolloidknöl. Meddelat pat via 1177 att provet sannolikt är godartat och att ultraljud upprepas om ett år."),
    ], template="Provsvarsanteckning"),
], [], [("NL101", "n1")],
  "told through a 1177 message: no NL101 (NL102 not asserted on a communicated hedge)")

C("ovetande-om-diagnosen-delirium", "vgr", ("19370113", "117"), [
    N("n1", V_MED_ALING, ("Nina Sjöstrand", DR), "2024-04-11 13:00", [
        ("Bedömning", "DT visar subduralhemtom höger, 12 mm, med lätt överskjutning. Pat i delirium och ovetande om diagnosen. Barnen informerade per telefon; neurokirurgen tillfrågad."),
    ], template="Daganteckning", setting="slutenvård"),
], [("NL101", "n1")], [("NL102", "n1")],
  "'ovetande om diagnosen' with a confirmed diagnosis (typo 'subduralhemtom'), only the children told (NL101)")

C("besked-ej-givet-mdk-forst", "skane", ("19610814", "325"), [
    N("n1", S_ONH_MALMO, ("Erik Lindahl", DR), "2024-04-17 16:10", [
        ("Bedömning", "PAD från tonsillbiopsin visar HPV-positiv skivepitelcancer. Besked ej givet till pat; vi tar det efter huvud-hals-MDK på måndag när behandlingsplanen är klar."),
    ], template="Provsvarsanteckning"),
], [("NL101", "n1")], [("NL102", "n1")],
  "'Besked ej givet' with a confirmed cancer in a visible note")

C("inte-delgivits-patienten-hepatit-c", "vgr", ("19800930", "573"), [
    N("n1", V_INF_SU, ("Lukas Berg", DR), "2024-03-05 10:30", [
        ("Provsvar", "Anti-HCV positivt, HCV-RNA 2,1 miljoner IE/ml, genotyp 3a. Kronisk hepatit C."),
        ("Åtgärd", "Resultatet har inte delgivits patienten, som kallas till mottagningen med tolk."),
    ], template="Provsvarsanteckning"),
], [("NL101", "n1")], [("NL102", "n1")],
  "'har inte delgivits patienten' with a confirmed infection")
# ---------------------------------------------------------------------------
# Part 6: last arcs and single notes
# ---------------------------------------------------------------------------
C("aml-ej-informerad-ssk-utan-diagnos-sedan-besked", "skane", ("19670321", "418"), [
    N("n1", S_HEM_LUND, ("Jakob Mellberg", DR), "2024-02-13 11:00", [
        ("Bedömning", "Benmärgsprovet visar akut myeloisk leukemi, 60 % blaster. Pat ej informerad, besked i eftermiddag tillsammans med hennes man."),
    ], template="Provsvarsanteckning", setting="slutenvård"),
    N("n2", S_HEM_LUND, ("Emma Wiberg", SSK), "2024-02-13 12:30", [
        ("Omvårdnad", "Pat väntar på läkarsamtal i eftermiddag, se läkaranteckning. Hon är ännu inte informerad om provsvaret och frågar flera gånger när läkaren kommer. Maken på väg."),
    ], template="Omvårdnadsanteckning", setting="slutenvård"),
    N("n3", S_HEM_LUND, ("Jakob Mellberg", DR), "2024-02-13 16:00", [
        ("Information", "Diagnosbesked akut myeloisk leukemi lämnat till pat och maken. Induktionsbehandling startar på torsdag efter central infart."),
    ], setting="slutenvård"),
], [("NL101", "n1")], [("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2"), ("NL101", "n3")],
  "doctor's note names the undisclosed diagnosis (NL101); the nurse's 'not informed' names none; besked the same day")

C("brost-pmo-remiss-sedan-birads5-sedan-pad-sedan-besked", "skane", ("19740609", "582"), [
    N("n1", S_VC_LINERO, ("Kerstin Möller", DR), "2024-03-04 10:00", [
        ("Kontaktorsak", "Knöl i vänster bröst sedan två veckor."),
        ("Bedömning", "2 cm fast, oregelbunden resistens lateralt i vänster bröst. Misstänkt bröstcancer, remiss SVF bröstcancer i dag. Pat informerad om misstanken och remissen."),
    ], template="Besöksanteckning"),
    N("n2", S_BROST_MALMO, ("Ronja Sveder", DR), "2024-03-08 13:30", [
        ("Bedömning", "Mammografi och ultraljud: 19 mm spikulerad förändring, BI-RADS 5, sannolikt bröstcancer. Mellannålsbiopsi tagen. Pat informerad om att fynden är misstänkta för cancer."),
    ]),
    N("n3", S_BROST_MALMO, ("Ronja Sveder", DR), "2024-03-13 15:00", [
        ("Provsvar", "PAD: invasiv bröstcancer av icke-specifik typ, grad 2, ER-positiv, HER2-negativ."),
        ("Åtgärd", "Pat ännu ej informerad om PAD, besked på mottagningen på torsdag med kontaktsjuksköterska."),
    ], template="Provsvarsanteckning"),
    N("n4", S_BROST_MALMO, ("Ronja Sveder", DR), "2024-03-14 10:00", [
        ("Information", "Besked om invasiv bröstcancer lämnat. Pat och hennes syster informerade om planerad sektorresektion med portvaktskörtel."),
    ]),
], [("NL101", "n3")], [("NL102", "n1"), ("NL101", "n2"), ("NL102", "n3"), ("NL101", "n4"), ("NL102", "n4")],
  "four notes: PMO hedge, told suspicion, PAD not yet told (NL101 on n3 only), besked")

C("anorexia-dietist-misstanke-sedan-lakare", "vgr", ("20061120", "740"), [
    N("n1", V_ATST_SU, ("Sanna Pihl", DIET), "2024-02-05 10:00", [
        ("Bedömning", "BMI 15,8, viktnedgång 9 kg på fem månader, rigid kost och överdriven träning. Misstänkt anorexia nervosa. Läkarbedömning bokad samma vecka."),
    ], template="Dietistanteckning"),
    N("n2", V_ATST_SU, ("Clara Nordin", DR), "2024-02-08 14:00", [
        ("Bedömning", "Anorexia nervosa, restriktiv typ. Bradykardi 44, ortostatism. Pat informerad om diagnosen men förnekar att hon är sjuk. Föräldrarna informerade med pat:s samtycke."),
        ("Planering", "Dagvård fem dagar i veckan, EKG och elektrolyter två gånger i veckan."),
    ]),
], [("NL102", "n1")], [("NL101", "n2"), ("NL102", "n2")],
  "dietitian's suspicion (NL102); 17-year-old told though she denies illness, parents told too")

C("borreliaserologi-ej-nadd-per-telefon", "vgr", ("19560413", "586"), [
    N("n1", V_NEURO_NAL, ("Tomas Lövgren", DR), "2024-08-19 15:20", [
        ("Provsvar", "Borreliaantikroppar i likvor med positivt index, pleocytos 86. Neuroborrelios."),
        ("Åtgärd", "Har inte lyckats nå pat per telefon och hon är alltså ännu inte informerad. Nytt försök i morgon, doxycyklin förskrivet via e-recept."),
    ], template="Provsvarsanteckning"),
], [("NL101", "n1")], [("NL102", "n1")],
  "patient not reached, so a confirmed diagnosis is 'ännu inte informerad' (NL101)")

C("gode-man-ej-informerad-pat-informerad", "vgr", ("19620102", "233"), [
    N("n1", V_MED_SKAS, ("Ulrika Berntsson", DR), "2024-06-18 10:30", [
        ("Bedömning", "Nydiagnostiserad diabetes typ 2, HbA1c 68. Insulin behövs inte, metformin insätts."),
        ("Information", "Pat informerad om diagnosen med stöd av bildmaterial. Hans gode man är inte informerad än och kontaktas av sjuksköterskan i veckan."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "near miss: the patient told, his legal representative (god man) not yet")

C("vi-har-inte-berattat-sarkommisstanke", "vgr", ("19880421", "152"), [
    N("n1", V_ORTO_SU, ("Fredrik Ahlm", DR), "2024-05-23 14:15", [
        ("Bedömning", "MR visar en 8 cm djup mjukdelstumör i vänster lår med nekroser. Misstänkt sarkom, biopsi via sarkomteamet nästa vecka. Vi har ännu inte berättat för pat om misstanken utan väntar tills biopsin är gjord."),
    ]),
], [("NL101", "n1"), ("NL102", "n1")], [],
  "'Vi har ännu inte berättat för pat' with a hedged diagnosis")

C("huntington-mor-nu-misstankt-debut-hos-pat", "vgr", ("19790728", "332"), [
    N("n1", V_NEURO_SU, ("Mikael Dahl", DR), "2024-03-07 09:30", [
        ("Hereditet", "Modern hade Huntingtons sjukdom och avled 2018. Pat har inte gjort prediktivt test."),
        ("Status", "Ofrivilliga ryckiga rörelser i ansikte och fingrar, svårt att hålla ut tungan."),
        ("Bedömning", "Misstänkt debut av Huntingtons sjukdom. Genetisk vägledning erbjuds innan eventuell testning."),
    ]),
], [("NL102", "n1")], [],
  "contrast to family history: the hedged diagnosis now concerns the patient himself")


# ---------------------------------------------------------------------------
# unsigned drafts (the pre-signing case): about one note in ten
# ---------------------------------------------------------------------------
DRAFTS = [
    ("appendicit-trolig-op-epikris", "n3"),
    ("njursvikt-ev-myelom-avskrivs", "n2"),
    ("epikris-kopierar-ej-informerad-fran-inskrivning", "n2"),
    ("tidiga-hypoteser-sokord-men-st-lakare-lacker-i-daganteckning", "n2"),
    ("lunga-misstanke-ej-besked-sedan-besked-sedan-pad", "n3"),
    ("myasteni-misstanke-avskrivs", "n3"),
    ("alzheimer-sonen-informerad-pat-ej-sedan-besked", "n2"),
    ("koloskopi-sederad-ej-informerad-pad-besked", "n2"),
    ("kolecystit-misstankt-ultraljud-bekraftar", "n2"),
    ("sarkoidos-misstanke-kopieras-sedan-bekraftad", "n3"),
    ("graves-misstankt-trak-positiva", "n2"),
    ("barn-kawasaki-misstankt-sedan-kriterier", "n2"),
    ("hjartsvikt-misstankt-eko-hjartsviktsskola", "n3"),
    ("aml-ej-informerad-ssk-utan-diagnos-sedan-besked", "n3"),
    ("z034-observation-hjartinfarkt-utesluten", "n1"),
    ("dd-reumatoid-artrit-psoriasisartrit", "n1"),
    ("halskortel-malignitet-kan-ej-uteslutas", "n1"),
    ("ingen-misstanke-om-malignitet-gastroskopi", "n1"),
    ("normala-provsvar-ej-meddelade", "n1"),
    ("besked-ej-givet-mdk-forst", "n1"),
    ("pat-vill-ha-autismutredning-ingen-misstanke", "n1"),
    ("lang-mottagningsbesok-ingen-hedge", "n1"),
    ("tidiga-hypoteser-mall-enkel-leukemi", "n1"),
    ("vi-har-inte-berattat-sarkommisstanke", "n1"),
    ("misstankt-paracetamolintoxikation", "n1"),
]
_by_name = {c["case"]: c for c in CASES}
for _name, _nid in DRAFTS:
    _c = _by_name[_name]
    _n = [n for n in _c["record"]["notes"] if n["id"] == _nid]
    assert len(_n) == 1, (_name, _nid)
    _n[0]["signed"] = None
    if "unsigned draft" not in _c["why"]:
        _c["why"] += " (%s is an unsigned draft)" % _nid


# ===========================================================================
# output and validation
# ===========================================================================
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
PROTECTED_TEMPLATES_SKANE = {"Tidiga hypoteser"}
PROTECTED_KEYWORDS_VGR = {"Tidiga hypoteser"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(pnr):
    m = re.fullmatch(r"(\d{8})-(\d{4})", pnr)
    if not m:
        return False
    digits = (m.group(1) + m.group(2))[2:]
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def age_at(birth, when):
    b = _dt.date.fromisoformat(birth)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def validate(cases, lines):
    errors = []
    names = set()
    owner = {}  # sentence -> case name
    for case, line in zip(cases, lines):
        name = case.get("case")
        where = "case %r" % name

        def err(msg):
            errors.append("%s: %s" % (where, msg))

        if list(case.keys()) != CASE_KEYS:
            err("keys %r, expected %r" % (list(case.keys()), CASE_KEYS))
        if json.loads(line) != case:
            err("does not round-trip through JSON")
        if not name or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", name):
            err("bad case name")
        if name in names:
            err("duplicate case name")
        names.add(name)
        if case["ruleset"] not in ("skane", "vgr"):
            err("ruleset %r" % case["ruleset"])
        if not case["why"] or "\n" in case["why"]:
            err("why must be one line")
        rec = case["record"]
        if set(rec.keys()) != RECORD_KEYS:
            err("record keys %r" % sorted(rec.keys()))
        if any(rec[k] for k in ("access_events", "conversations", "treatments")):
            err("only notes are used in this set")
        pat = rec["patient"]
        if set(pat.keys()) != PATIENT_KEYS:
            err("patient keys %r" % sorted(pat.keys()))
        if not luhn_ok(pat["id"]):
            err("personnummer %s fails Luhn" % pat["id"])
        if pat["id"][:8] != pat["birth_date"].replace("-", ""):
            err("personnummer %s does not match birth_date %s" % (pat["id"], pat["birth_date"]))
        try:
            as_of = _dt.datetime.fromisoformat(rec["as_of"])
        except ValueError:
            err("bad as_of")
            continue
        if as_of.year != 2024:
            err("as_of not in 2024")
        age = age_at(pat["birth_date"], as_of.date())
        if 13 <= age <= 15 or age < 0:
            err("patient aged %d (13-15 not used)" % age)
        ids = set()
        systems = {}
        if not rec["notes"]:
            err("no notes")
        for n in rec["notes"]:
            if set(n.keys()) != NOTE_KEYS:
                err("note keys %r" % sorted(n.keys()))
                continue
            if n["id"] in ids:
                err("duplicate note id %s" % n["id"])
            ids.add(n["id"])
            systems[n["id"]] = n["system"]
            if n["system"] not in ("Melior", "PMO"):
                err("system %r" % n["system"])
            if case["ruleset"] == "vgr" and n["system"] != "Melior":
                err("VGR notes are Melior only")
            if case["ruleset"] == "vgr" and not n["unit"]["hsa_id"].startswith("SE2321000131-"):
                err("VGR case with a non-VGR unit")
            if case["ruleset"] == "skane" and not n["unit"]["hsa_id"].startswith("SE2321000255-"):
                err("Skåne case with a non-Skåne unit")
            t = _dt.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                err("note %s time not in 2024" % n["id"])
            if t > as_of:
                err("note %s after as_of" % n["id"])
            if n["signed"] is not None:
                s = _dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t or s > as_of:
                    err("note %s signed time out of range" % n["id"])
            if not n["sections"]:
                err("note %s has no sections" % n["id"])
            seen_in_note = set()
            for sec in n["sections"]:
                if set(sec.keys()) != {"keyword", "text"} or not sec["text"].strip():
                    err("bad section in %s" % n["id"])
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) < 25:
                        continue
                    if sent in seen_in_note:
                        err("sentence repeated inside note %s: %r" % (n["id"], sent))
                    seen_in_note.add(sent)
                    first = owner.setdefault(sent, name)
                    if first != name:
                        err("sentence also in case %r: %r" % (first, sent))
        pairs = set()
        for key in ("must", "must_not"):
            for item in case[key]:
                if not (isinstance(item, list) and len(item) == 2):
                    err("bad %s item %r" % (key, item))
                    continue
                code, nid = item
                if code not in CODES:
                    err("code %s not in this set" % code)
                if nid not in ids:
                    err("%s target %s does not exist" % (key, nid))
                    continue
                if (code, nid) in pairs:
                    err("%s on %s asserted twice" % (code, nid))
                pairs.add((code, nid))
                if code == "NL101" and systems[nid] == "PMO":
                    err("NL101 asserted on PMO note %s" % nid)
                if key == "must" and code == "NL102" and systems[nid] == "PMO":
                    err("NL102 must on PMO note %s" % nid)
                note = [n for n in rec["notes"] if n["id"] == nid][0]
                if key == "must" and case["ruleset"] == "skane" and note["template"] in PROTECTED_TEMPLATES_SKANE:
                    err("%s must on a note in a protected Skåne template (%s)" % (code, nid))
                if key == "must" and case["ruleset"] == "vgr" and all(
                        sec["keyword"] in PROTECTED_KEYWORDS_VGR for sec in note["sections"]):
                    err("%s must on a note with only protected VGR sökord (%s)" % (code, nid))
        if not case["must"] and not case["must_not"]:
            err("no assertion")
    return errors


def main():
    cases = []
    for c in CASES:
        c = json.loads(json.dumps(c))
        for n in c["record"]["notes"]:
            n.pop("_region", None)
        cases.append(c)
    lines = [json.dumps(c, ensure_ascii=False, sort_keys=False) for c in cases]
    errors = validate(cases, lines)
    # the unit's region must match the case's ruleset
    for c in CASES:
        for n in c["record"]["notes"]:
            if n["_region"] != c["ruleset"]:
                errors.append("case %r: note %s unit region %s" % (c["case"], n["id"], n["_region"]))
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print("%d problem(s); %s not written" % (len(errors), os.path.basename(OUT)), file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    # re-read what was written and validate it again
    with open(OUT, encoding="utf-8") as fh:
        back = [json.loads(l) for l in fh if l.strip()]
    errors = validate(back, [json.dumps(c, ensure_ascii=False) for c in back])
    if errors or len(back) != len(cases):
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        return 1
    counts = {}
    for c in back:
        for key in ("must", "must_not"):
            for code, _ in c[key]:
                counts.setdefault(code, {"must": 0, "must_not": 0})[key] += 1
    multi = sum(1 for c in back if len(c["record"]["notes"]) > 1)
    print("%s: %d cases (%d multi-note, %d notes)" % (os.path.basename(OUT), len(back), multi,
                                                       sum(len(c["record"]["notes"]) for c in back)))
    for code in sorted(counts):
        print("  %s must %d  must_not %d" % (code, counts[code]["must"], counts[code]["must_not"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
