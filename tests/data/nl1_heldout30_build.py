#!/usr/bin/env python3
"""Held-out NL1 test set no. 30: physician-written charts on an ordinary busy day.

Standalone, standard library only, deterministic. Holds every case as data, writes
``nl1_heldout30_cases.jsonl`` next to this file (one case per line, the case format of
shared/data/devset/README.md) and validates the set. Exits 1 on any problem.

Only NL101 and NL102 are asserted. Written from the regional routines (seeds/), the
rule catalog (DESIGN.md) and the devset README conventions only.
"""
import json
import re
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "nl1_heldout30_cases.jsonl"

# ---------------------------------------------------------------------------
# Units: key -> (name, HSA-id, journal system)
# Skåne hospitals and psychiatry: Melior. Skåne primary care: PMO. VGR: Melior only.
# ---------------------------------------------------------------------------
UNITS = {
    # --- Region Skåne, Melior
    "S_AKUT_MAL": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4A1K", "Melior"),
    "S_AKUT_LUND": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4A2C", "Melior"),
    "S_AKUT_HBG": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-5B07", "Melior"),
    "S_AKUT_YST": ("Akutmottagningen, Ystads lasarett", "SE2321000255-6C31", "Melior"),
    "S_KARD_LUND": ("Kardiologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7D12", "Melior"),
    "S_NEURO_HBG": ("Neurologiska kliniken, Helsingborgs lasarett", "SE2321000255-5B44", "Melior"),
    "S_NEURO_MAL": ("Neurologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4A63", "Melior"),
    "S_INF_MAL": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4A78", "Melior"),
    "S_KIR_KRI": ("Kirurgiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-8E15", "Melior"),
    "S_ORT_HLM": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-8E52", "Melior"),
    "S_KK_YST": ("Kvinnokliniken, Ystads lasarett", "SE2321000255-6C48", "Melior"),
    "S_BARN_HBG": ("Barn- och ungdomsmedicinska kliniken, Helsingborgs lasarett", "SE2321000255-5B90", "Melior"),
    "S_BARNALL_LUND": ("Barnallergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7D80", "Melior"),
    "S_PSYK_LUND": ("Vuxenpsykiatriska mottagningen Lund", "SE2321000255-9F21", "Melior"),
    "S_HUD_LUND": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7D36", "Melior"),
    "S_ONH_MAL": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4A95", "Melior"),
    "S_ONH_HBG": ("Öron-, näs- och halskliniken, Helsingborgs lasarett", "SE2321000255-5B61", "Melior"),
    "S_OGON_HBG": ("Ögonmottagningen, Helsingborgs lasarett", "SE2321000255-5B73", "Melior"),
    "S_ONK_LUND": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7D58", "Melior"),
    "S_ONKGEN_LUND": ("Onkogenetiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7D66", "Melior"),
    "S_GER_MAL": ("Geriatriska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4B04", "Melior"),
    "S_MINNE_ANG": ("Minnesmottagningen, Ängelholms sjukhus", "SE2321000255-5C12", "Melior"),
    "S_MED_TBG": ("Medicinavdelning 3, Trelleborgs lasarett", "SE2321000255-6D27", "Melior"),
    "S_MED_LKR": ("Medicinkliniken, Landskrona lasarett", "SE2321000255-5C39", "Melior"),
    "S_LUNG_HBG": ("Lung- och allergimottagningen, Helsingborgs lasarett", "SE2321000255-5C46", "Melior"),
    "S_LUNG_YST": ("Medicinmottagningen, Ystads lasarett", "SE2321000255-6D53", "Melior"),
    "S_REUMA_LUND": ("Reumatologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7D91", "Melior"),
    "S_HEMA_LUND": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7E05", "Melior"),
    "S_ANE_KRI": ("Anestesimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-8E67", "Melior"),
    "S_OGON_LUND": ("Ögonkliniken, Skånes universitetssjukhus Lund", "SE2321000255-7E13", "Melior"),
    "S_KIR_HBG": ("Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-5C58", "Melior"),
    # --- Region Skåne, PMO (primary care)
    "S_VC_LINERO": ("Vårdcentralen Linero, Lund", "SE2321000255-2P11", "PMO"),
    "S_VC_SIMRIS": ("Vårdcentralen Simrishamn", "SE2321000255-2P24", "PMO"),
    "S_VC_ESLOV": ("Vårdcentralen Eslöv", "SE2321000255-2P37", "PMO"),
    "S_UM_HBG": ("Ungdomsmottagningen Helsingborg", "SE2321000255-2P49", "PMO"),
    "S_BVC_AHUS": ("BVC Vårdcentralen Åhus", "SE2321000255-2P52", "PMO"),
    "S_HSV_HOOR": ("Hemsjukvården, Vårdcentralen Höör", "SE2321000255-2P68", "PMO"),
    # --- Västra Götalandsregionen, Melior
    "V_AKUT_SU": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000010214", "Melior"),
    "V_AKUT_OSTRA": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000010227", "Melior"),
    "V_AKUT_NAL": ("Akutmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000020311", "Melior"),
    "V_AKUT_SAS": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000030402", "Melior"),
    "V_AKUT_SKAS": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000040518", "Melior"),
    "V_AKUT_KUNG": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E000000050107", "Melior"),
    "V_KARD_SAS": ("Kardiologiska kliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000030455", "Melior"),
    "V_HIA_SU": ("Hjärtintensivvårdsavdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010290", "Melior"),
    "V_NEURO_SU": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010336", "Melior"),
    "V_NEUROAK_SU": ("Neurologakuten, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010349", "Melior"),
    "V_INF_OSTRA": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000010381", "Melior"),
    "V_KIR_SKAS": ("Kirurgkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000040563", "Melior"),
    "V_KIR_NAL": ("Kirurgkliniken, NU-sjukvården NÄL", "SE2321000131-E000000020354", "Melior"),
    "V_ORT_MOL": ("Ortopedkliniken, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000010402", "Melior"),
    "V_HAND_SU": ("Handkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010415", "Melior"),
    "V_KK_SAS": ("Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000030477", "Melior"),
    "V_BARN_DSBUS": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000010448", "Melior"),
    "V_BARNONK_DSBUS": ("Barncancercentrum, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000010451", "Melior"),
    "V_BARN_SKAS": ("Barnmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000040586", "Melior"),
    "V_BARN_SAS": ("Barn- och ungdomsmedicin, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000030489", "Melior"),
    "V_PSYK_UDD": ("Psykiatrimottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000020377", "Melior"),
    "V_PSYK_OSTRA": ("Psykosmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000010463", "Melior"),
    "V_HUD_SU": ("Hudkliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010476", "Melior"),
    "V_HUD_UDD": ("Hudmottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E000000020389", "Melior"),
    "V_ONH_SU": ("Öron-näsa-halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010492", "Melior"),
    "V_ONH_UDD": ("ÖNH-mottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E000000020392", "Melior"),
    "V_OGON_MOL": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000010505", "Melior"),
    "V_ONK_SU": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010518", "Melior"),
    "V_LUNG_SU": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010521", "Melior"),
    "V_GER_MOL": ("Geriatriska kliniken, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000010534", "Melior"),
    "V_MINNE_LID": ("Minnesmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000040599", "Melior"),
    "V_MED_ALI": ("Medicinkliniken, Alingsås lasarett", "SE2321000131-E000000060113", "Melior"),
    "V_MEDMOTT_KUNG": ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-E000000050120", "Melior"),
    "V_REUMA_SU": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010547", "Melior"),
    "V_HEMA_SU": ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010550", "Melior"),
    "V_MED_NAL": ("Medicinavdelning 61, NU-sjukvården NÄL", "SE2321000131-E000000020405", "Melior"),
}

CASES = []


def N(nid, unit, template, time, signed, setting, sections, author):
    """One note. time/signed as 'YYYY-MM-DD HH:MM' (signed None = unsigned draft)."""
    name, hsa, system = UNITS[unit]

    def iso(t):
        return None if t is None else t.replace(" ", "T") + ":00"

    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": "läkare"},
        "time": iso(time),
        "signed": iso(signed),
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def C(case, ruleset, pnr, birth, notes, must, must_not, why):
    latest = max(max(n["time"], n["signed"] or n["time"]) for n in notes)
    as_of = (datetime.fromisoformat(latest).date() + timedelta(days=1)).isoformat() + "T00:00:00"
    CASES.append({
        "case": case,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr, "birth_date": birth, "protected_identity": False},
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


M102 = ("NL102", "n1")
M101 = ("NL101", "n1")

# ===========================================================================
# A. NL102 positives: a diagnosis left open in a visible section of a Melior note
# ===========================================================================

C("akut-susp-nstemi-dynamiskt-troponin", "vgr", "19570119-6338", "1957-01-19", [
    N("n1", "V_AKUT_SU", "Akutanteckning", "2024-02-14 11:40", "2024-02-14 13:05", "akut", [
        ("Kontaktorsak", "Bröstsmärta."),
        ("Aktuellt", "67-årig man med känd hypertoni och hyperlipidemi. Vaknade kl 04 med tryckande smärta retrosternalt, strålning mot vä arm, kallsvettig. Smärtan gav med sig efter ca 40 min men har återkommit två gånger under förmiddagen, senast kl 10.30 vid trappgång. Ingen vilodyspné. Inga tidigare liknande besvär. Röker 10 cig/dag."),
        ("Tidigare sjukdomar", "Hypertoni sedan 2012. Hyperlipidemi. Gastrit 2019. Inga kända hjärtsjukdomar."),
        ("Läkemedel", "Enalapril 10 mg x 1, Simvastatin 20 mg tn. Inga blodförtunnande."),
        ("Social anamnes", "Gift, bor i lägenhet i Mölndal. Arbetar som busschaufför. Röker sedan 45 år tillbaka, alkohol enstaka glas vin i helgerna."),
        ("Status", "AT: Opåverkad, smärtfri vid us.\nCor: RR, inga blåsljud, HF 78.\nPulm: Vesikulärt bilat, inga rassel.\nBT 162/94 hö, 158/92 vä. Perifera pulsar palp. Inga ödem."),
        ("EKG", "SR 76, ST-sänkning 1 mm V4-V6, ny jmf med EKG från 2021."),
        ("Lab", "hs-TnT 38 -> 61 ng/l (3 h). Hb 148, krea 84, K 4,1."),
        ("Bedömning", "Susp. NSTEMI med dynamiskt troponin och laterala ST-sänkningar. Hemodynamiskt stabil."),
        ("Åtgärd", "ASA 300 mg, Brilique 180 mg, Arixtra 2,5 mg sc givet. Diskuterat med kardiologjouren, läggs in på HIA för angiografi imorgon. Pat informerad om planen."),
    ], "Ahmad Rahimi"),
], [M102], [M101], "'Susp.' abbreviation before NSTEMI in the Bedömning of a long emergency note; nothing about withholding information.")

C("kard-trol-paroxysmalt-ff-ej-fangat", "skane", "19660507-3847", "1966-05-07", [
    N("n1", "S_KARD_LUND", "Mottagningsanteckning", "2024-03-05 09:30", "2024-03-05 11:10", "öppenvård", [
        ("Anamnes", "Remiss från VC pga episoder av hjärtklappning sedan i höstas, oregelbunden, varar 30 min till 2 h, går över spontant. Ingen synkope. Kaffe 4 koppar/dag, alkohol helger. 48-timmars långtids-EKG på VC utan arytmi."),
        ("Status", "Cor: RR 68/min, inga blåsljud. BT 138/84. Inga ödem. Thyreoidea palp ua."),
        ("EKG", "SR 66, PQ 0,16, smal QRS, inga ST-T-förändringar."),
        ("Bedömning", "Trol. paroxysmalt förmaksflimmer utifrån beskrivningen, ej fångat på registrering. CHA2DS2-VASc 1 (kön)."),
        ("Planering", "Eventrecorder 14 dygn, UCG, TSH. Metoprolol 25 mg vid behov under attack. Återbesök efter registreringen."),
    ], "Katarzyna Nowak"),
], [M102], [], "'Trol.' abbreviation before the diagnosis in a cardiology outpatient note.")

C("neuro-dd-tia-migranaura-fokalt-anfall", "vgr", "19890923-4422", "1989-09-23", [
    N("n1", "V_NEUROAK_SU", "Akutanteckning", "2024-04-11 15:20", "2024-04-11 17:45", "akut", [
        ("Aktuellt", "34-årig kvinna, tidigare frisk, använder kombinerade p-piller. Kl 13 idag stickningar som vandrade från vä hand upp mot vä ansiktshalva under ca 15 min, följt av lätt huvudvärk frontalt. Inga synstörningar, ingen talpåverkan. Liknande episod för 2 år sedan, ej utredd."),
        ("Status", "Vaken, adekvat. NIHSS 0. Kranialnerver u.a. Ingen pronation. Reflexer lika bilat, plantarreflexer nedåt. Finger-näsa och knä-häl utan ataxi. Sensibilitet intakt nu."),
        ("Bedömning", "Övergående sensoriska symtom vä sida. DD: TIA, migrän med aura, fokalt epileptiskt anfall. Den vandrande utbredningen och efterföljande huvudvärk passar mest med det andra alternativet."),
        ("Planering", "DT hjärna + DT-angio idag. MR och EEG polikliniskt beroende på svar. Uppehåll med östrogeninnehållande p-piller tills vidare, byte diskuteras med gyn."),
    ], "Sofia Lindqvist"),
], [M102], [], "'DD:' followed by a list of three differential diagnoses in a visible Bedömning.")

C("infektion-erysipelas-fasciit-kan-inte-uteslutas", "skane", "19530118-2159", "1953-01-18", [
    N("n1", "S_INF_MAL", "Inskrivningsanteckning", "2024-06-22 02:15", "2024-06-22 04:30", "slutenvård", [
        ("Orsak till inskrivning", "Feber och rodnad hö underben."),
        ("Anamnes", "Sedan igår kväll tilltagande rodnad och smärta hö underben efter liten sårskada vid trädgårdsarbete i fredags. Frossa, temp 39,4 hemma. Smärtan beskrivs som mycket intensiv, har inte kunnat sova."),
        ("Tidigare sjukdomar", "Typ 2-diabetes. Förmaksflimmer. Hypertoni. Kolecystektomi 2015."),
        ("Läkemedel", "Metformin 500 mg x 2, Eliquis 5 mg x 2, Metoprolol 50 mg x 1, Losartan 50 mg x 1."),
        ("Allergi/Överkänslighet", "Inga kända."),
        ("Social anamnes", "Bor med hustrun i villa i Vellinge, klarar sig själv. Pensionerad snickare."),
        ("Status", "AT: Påverkad, varm, blek. T 38,9, P 104 oregelb, BT 118/70, AF 22, sat 95 %.\nHö underben: rodnad från fotled till strax under knät, oskarpt avgränsad, värmeökad, uttalad palpationsömhet även en bit utanför rodnaden. Ingen krepitation, inga blåsor. Litet sår dorsalt på foten."),
        ("Lab", "CRP 212, LPK 18,4, laktat 2,6, krea 131, CK 410."),
        ("Bedömning", "Sepsis med mjukdelsinfektion hö underben. Bild som vid erysipelas, men smärtan står inte i proportion till status och nekrotiserande fasciit kan inte uteslutas."),
        ("Planering", "Blododlingar x 2, sårodling. Bensylpenicillin 3 g x 4 iv + klindamycin 600 mg x 3 iv. Ortopedjour kontaktad för bedömning inom en timme. Ringer-acetat 1000 ml. Vitalparametrar och markering av rodnadens utbredning varje timme. Eliquis pausas."),
    ], "Omar Al-Hassan"),
], [M102], [], "'kan inte uteslutas' after a nonspecific 'bild som vid' in a long night-time admission note.")

C("kirurg-fragetecken-fore-appendicit", "vgr", "20011104-1679", "2001-11-04", [
    N("n1", "V_KIR_SKAS", "Akutanteckning", "2024-05-03 19:10", "2024-05-03 20:02", "akut", [
        ("Aktuellt", "Buksmärta sedan igår eftermiddag, började runt naveln, sedan i natt lokaliserad till hö fossa. Illamående, kräkts en gång. Ingen aptit."),
        ("Status", "Buk: mjuk, ömhet och släppömhet i McBurneys punkt, Rovsing pos, psoas neg. T 37,9."),
        ("Lab", "CRP 46, LPK 13,1."),
        ("Bedömning", "?Appendicit. Alvarado 8."),
        ("Åtgärd", "Fastande, dropp. Anmäld för laparoskopi ikväll, pat samtycker."),
    ], "Jonas Åkesson"),
], [M102], [], "A question mark written directly before the diagnosis ('?Appendicit') in a short surgical note.")

C("ortoped-scaphoideumfraktur-fragetecken-efter", "skane", "20050227-3584", "2005-02-27", [
    N("n1", "S_ORT_HLM", "Mottagningsanteckning", "2024-03-18 10:40", "2024-03-18 11:25", "öppenvård", [
        ("Aktuellt", "Föll på skateboard igår, tog emot sig med utsträckt hö hand. Ont radialt i handleden."),
        ("Status", "Lätt svullnad radialt hö handled. Öm i fossa tabatière och vid axial kompression av tummen. Gott distalstatus."),
        ("Rtg", "Hö handled inkl. scaphoideumserie: ingen synlig fraktur."),
        ("Bedömning", "Scaphoideumfraktur? Primär rtg kan vara falskt negativ."),
        ("Åtgärd", "Tumgips. Ny rtg om 10-14 d, MR om det fortfarande är oklart. Gymnasiestudent, ingen sjukskrivning."),
    ], "Henrik Dahl"),
], [M102], [], "A question mark written directly after the diagnosis ('Scaphoideumfraktur?').")

C("gyn-misstanke-om-x-graviditet", "vgr", "19950312-5248", "1995-03-12", [
    N("n1", "V_KK_SAS", "Akutanteckning", "2024-07-08 13:50", "2024-07-08 15:35", "akut", [
        ("Anamnes", "Para 0. SM 6+3 enl. senaste mens. Pos gravtest hemma för en vecka sedan. Sedan i morse smärta nedre buken vä sida och sparsam brunaktig blödning."),
        ("Status", "AT gott. BT 124/78, P 82. Buk mjuk, lätt öm vä fossa, ingen släppömhet. Gyn: portio sluten, ringa mörk blödning, ömhet vid palpation vä adnex."),
        ("Ultraljud", "VUL: tom uteruskavitet, endometrium 9 mm. Vä ovarium med corpus luteum, intill detta en 18 mm inhomogen struktur utan hjärtaktivitet. Ringa fri vätska i fossa Douglasi."),
        ("Lab", "hCG 1 850. Hb 131."),
        ("Bedömning", "Graviditet med okänd lokalisation, misstanke om X i vä tuba."),
        ("Planering", "Nytt hCG om 48 h. Inneliggande för observation över natten. Pat informerad om misstanken och om vilka symtom som ska föranleda larm."),
    ], "Lina Haddad"),
], [M102], [M101], "'misstanke om X' (extrauterin graviditet) in a visible note; the patient was told of the suspicion, so no NL101.")

C("barn-misstankt-invagination-tvaaring", "skane", "20220301-4192", "2022-03-01", [
    N("n1", "S_BARN_HBG", "Akutanteckning", "2024-09-14 21:05", "2024-09-14 22:10", "akut", [
        ("Aktuellt", "2-årig pojke som sedan eftermiddagen har perioder av intensiv gråt där han drar upp benen, däremellan blek och slö. Kräkts 3 ggr. Mamma har sett blod och slem i blöjan."),
        ("Status", "AT: blek, trött mellan attackerna, gråter otröstligt under dem. T 37,4, P 140. Buk: mjuk, oklar avlång resistens hö övre kvadrant. Livliga tarmljud."),
        ("Bedömning", "Misstänkt invagination."),
        ("Åtgärd", "Akut UL buk beställt, barnkirurgjouren informerad. Fastande, PVK, Ringer-acetat 20 ml/kg. Föräldrarna informerade om planen."),
    ], "Elin Bergström"),
], [M102], [], "'Misstänkt' in a paediatric emergency note that the guardians can read.")

C("psyk-fragestallning-bipolar-typ-2", "skane", "19930704-6525", "1993-07-04", [
    N("n1", "S_PSYK_LUND", "Nybesök läkare", "2024-02-27 13:00", "2024-02-28 08:40", "öppenvård", [
        ("Aktuellt", "Nybesök efter remiss från VC. Behandlats för depression sedan 2019 med sertralin, nu 150 mg, med begränsad effekt."),
        ("Anamnes", "Beskriver återkommande perioder om några dagar till en vecka med minskat sömnbehov (3-4 h/natt) utan trötthet, mycket energi, köper saker hon inte behöver och startar projekt. Sambon har reagerat. Däremellan längre nedstämda perioder. Mormor ska ha varit inlagd på 'nervsjukhus', oklart varför."),
        ("Psykiskt status", "Vaken, orienterad. God kontakt, adekvat affekt, stämningsläge lätt sänkt. Tal i normalt tempo. Inga psykotiska symtom. Förnekar aktuella suicidtankar, inga planer."),
        ("Bedömning", "Recidiverande depression, otillräckligt behandlad. Frågeställning bipolär sjukdom typ II med anamnestiskt hypomana episoder."),
        ("Planering", "MINI-intervju och stämningsdagbok 4 v. Ingen dosökning av sertralin tills vidare. Anhörigintervju med sambon, pat samtycker. Återbesök om 3 v."),
    ], "Anna-Karin Sjöberg"),
], [M102], [], "'Frågeställning' introducing an unconfirmed psychiatric diagnosis in adult psychiatry (Melior, visible).")

C("hud-bild-som-vid-psoriasis-inversa", "vgr", "19790815-3369", "1979-08-15", [
    N("n1", "V_HUD_SU", "Mottagningsanteckning", "2024-01-23 14:15", "2024-01-23 15:00", "öppenvård", [
        ("Anamnes", "Kliande rodnad i ljumskar och under brösten sedan ett halvår. Behandlad med Daktacort och Pevaryl utan effekt. Ingen ledvärk."),
        ("Status", "Skarpt avgränsade, blankröda, icke fjällande plack i båda ljumskarna och inframammärt. Inga satellitlesioner. Naglar: några små gropar på vä pekfinger. Hårbotten ua."),
        ("Bedömning", "Bild som vid psoriasis inversa."),
        ("Åtgärd", "Protopic 0,1 % 2 ggr/dag i 2 v, därefter underhåll 2 ggr/v. Om otillräcklig effekt: stansbiopsi. Återbesök 8 v."),
    ], "David Cohen"),
], [M102], [], "'Bild som vid' used as a hedge in a dermatology note.")

C("onh-mojlig-peritonsillit-punktion-utan-pus", "skane", "20000619-2991", "2000-06-19", [
    N("n1", "S_ONH_MAL", "Akutanteckning", "2024-11-02 18:30", None, "akut", [
        ("Aktuellt", "Halsont 5 dagar, PcV från VC sedan 2 d. Tilltagande smärta vä sida, svårt att svälja, grötigt tal, svårt att gapa."),
        ("Status", "Trismus ca 2,5 cm. Vä tonsill medialiserad, uvula deviterar åt hö, rodnad och bomberande främre gombåge vä. Ömma käkvinkelkörtlar vä. T 38,2."),
        ("Bedömning", "Möjlig peritonsillit vä."),
        ("Åtgärd", "Punktion vä i lokalbedövning, ingen pus erhålls. Byter till klindamycin 300 mg x 3, Alvedon och Ipren. Ny bedömning här imorgon förmiddag, ev. ny punktion."),
    ], "Tobias Strand"),
], [M102], [], "'Möjlig' before the diagnosis in an unsigned ENT draft (pre-signing).")

C("ogon-naethinnehal-ej-helt-uteslutet", "vgr", "19620130-7326", "1962-01-30", [
    N("n1", "V_OGON_MOL", "Akutanteckning", "2024-08-19 10:05", "2024-08-19 11:20", "akut", [
        ("Anamnes", "Sedan 2 d nytillkomna grumlingar och ljusblixtar temporalt hö öga, främst i mörker. Ingen skugga i synfältet. Myop -6."),
        ("Status", "Visus hö 1,0 vä 1,0 m korr. Tryck 15/16. Främre segment ua bilat.\nFundus hö i dilatation: Weiss-ring, ingen synlig avlossning, perifer insyn inferiort begränsad av glaskroppsblödning."),
        ("Bedömning", "Bakre glaskroppsavlossning hö. Perifert näthinnehål ej helt uteslutet pga skymd insyn inferiort."),
        ("Planering", "Ny undersökning om 1 v med skleral indentation. Informerad om att söka direkt vid skugga eller gardin i synfältet."),
    ], "Karin Hedlund"),
], [M102], [], "'ej helt uteslutet' after a settled diagnosis in an ophthalmology note.")

C("onk-misstankt-levermetastas-efter-kolon", "skane", "19580411-5417", "1958-04-11", [
    N("n1", "S_ONK_LUND", "Mottagningsanteckning", "2024-04-15 10:00", "2024-04-15 12:30", "öppenvård", [
        ("Aktuellt", "Uppföljning efter adjuvant behandling för koloncancer (sigmoideum, pT3N1, op mars 2023, 8 cykler CAPOX avslutade okt 2023). Mår bra, äter normalt, vikt stabil."),
        ("Undersökningsresultat", "DT thorax-buk 2024-04-08: nytillkommen 14 mm lågattenuerande förändring i segment VI. I övrigt ingen spridning. CEA 6,8 (tidigare 2,1)."),
        ("Bedömning", "Misstänkt levermetastas, solitär."),
        ("Planering", "MR lever. Tas upp på kolorektal MDK tisdag. Pat informerad om fyndet och att fler undersökningar behövs; tog det sansat, har sin fru som stöd."),
    ], "Mikael Persson"),
], [M102], [M101], "Suspected metastasis in a visible oncology note; the patient was told, so no NL101 (the hedge itself is the NL102 finding).")

C("geriatrik-i-forsta-hand-alzheimer-i-andra-hand", "vgr", "19430309-3076", "1943-03-09", [
    N("n1", "V_MINNE_LID", "Läkaranteckning", "2024-10-07 09:00", "2024-10-07 14:15", "öppenvård", [
        ("Anamnes", "Kommer med dottern. Tilltagande minnessvikt sedan 2 år, glömmer samtal och har slutat sköta ekonomin. Gick vilse med bilen i höstas. Ingen stegvis försämring enligt dottern."),
        ("Status", "MMSE 22/30, tappar på tidsorientering och återgivning. Klocktest: felplacerade visare. Neurologiskt inga fokala bortfall. Gång ua."),
        ("Utredning", "DT hjärna: måttlig central och kortikal atrofi, mediotemporalt betonad, lindriga vitsubstansförändringar. B12, folat, TSH, Ca ua."),
        ("Bedömning", "Kognitiv svikt av demensgrad. I första hand Alzheimers sjukdom, i andra hand blanddemens med vaskulär komponent."),
        ("Planering", "Lumbalpunktion för demensmarkörer. Nytt besök med pat och dottern om 4 v."),
    ], "Erik Nyström"),
], [M102], [], "'I första hand ... i andra hand' ranking two unconfirmed diagnoses at a memory clinic.")

C("medicin-anemi-snarast-jarnbrist", "vgr", "19700605-2646", "1970-06-05", [
    N("n1", "V_MEDMOTT_KUNG", "Mottagningsanteckning", "2024-02-06 13:30", "2024-02-06 16:05", "öppenvård", [
        ("Aktuellt", "Trötthet sedan ett halvår, andfådd i trappor. Menopaus för 2 år sedan. Ingen synlig blödning, normal avföring. Äter vegetariskt."),
        ("Status", "Blek. Cor: RR, syst blåsljud 1/6 över basen. Pulm ua. Buk mjuk, oöm."),
        ("Lab", "Hb 102, MCV 78, ferritin 18, TPK 412, CRP <1."),
        ("Bedömning", "Mikrocytär anemi, snarast järnbristanemi. Blödningskälla i mag-tarmkanalen behöver utredas."),
        ("Planering", "Gastroskopi och koloskopi. Niferex 100 mg x 1. Nytt Hb om 6 v."),
    ], "Maria Johansson"),
], [M102], [], "'snarast' (most likely) as a hedge before the diagnosis.")

C("reuma-fynden-talar-for-pmr", "skane", "19520822-1399", "1952-08-22", [
    N("n1", "S_MED_LKR", "Mottagningsanteckning", "2024-05-21 08:45", "2024-05-21 10:20", "öppenvård", [
        ("Aktuellt", "Sedan 6 v stelhet och värk i skuldror och höfter, värst på morgonen, morgonstelhet över en timme. Svårt att ta på sig jackan. Inga synstörningar, ingen tinningshuvudvärk, ingen käkclaudicatio."),
        ("Status", "Smärtsam aktiv abduktion i axlarna bilat, passivt bättre. Inga synoviter i händerna. Temporalisartärer palpabla och oömma."),
        ("Lab", "SR 58, CRP 34, CK normalt, RF och anti-CCP neg."),
        ("Bedömning", "Fynden talar för polymyalgia reumatika."),
        ("Planering", "Prednisolon 15 mg x 1, kontroll med CRP om 2 v. Kalcium och D-vitamin. Vid utebliven tydlig effekt inom en vecka omprövas diagnosen."),
    ], "Fredrik Wallin"),
], [M102], [], "'talar för' as a hedge: the findings point to a diagnosis that is not settled.")

C("akut-forenligt-med-gikt-men-ej-verifierat", "vgr", "19660131-4252", "1966-01-31", [
    N("n1", "V_AKUT_NAL", "Akutanteckning", "2024-03-27 06:40", "2024-03-27 08:15", "akut", [
        ("Aktuellt", "Vaknade i natt av kraftig smärta i vä stortåns grundled, klarar inte täcket. Liknande attack för ett år sedan som gick över på några dagar. Står på hydroklortiazid."),
        ("Status", "MTP I vä: rodnad, svullen, varm, extremt palpationsöm. T 37,6. Inga sår."),
        ("Lab", "CRP 62, urat 340."),
        ("Bedömning", "Kliniskt förenligt med giktattack, men ej verifierat: urat normalt och ingen ledvätska erhölls vid försök till punktion."),
        ("Åtgärd", "Naproxen 500 mg x 2 i 5 d med omeprazol. Byte av hydroklortiazid tas upp med VC. Ny punktion vid recidiv."),
    ], "Nils Fransson"),
], [M102], [], "'förenligt med ... men ej verifierat' leaves the diagnosis open.")

C("lung-inger-misstanke-om-somnapne", "skane", "19750310-7232", "1975-03-10", [
    N("n1", "S_LUNG_HBG", "Nybesök läkare", "2024-09-03 13:15", "2024-09-03 15:40", "öppenvård", [
        ("Aktuellt", "Remiss från VC: snarkning och dagtrötthet. Hustrun har sett andningsuppehåll nattetid. Somnar framför TV:n, har nickat till vid ratten två gånger senaste månaden."),
        ("Status", "Längd 178 cm, vikt 112 kg, BMI 35. Halsomfång 45 cm. BT 152/96. Trångt svalg, Mallampati III. Cor och pulm ua."),
        ("Bedömning", "Anamnes och status inger misstanke om obstruktivt sömnapnésyndrom. ESS 16."),
        ("Planering", "Nattlig polygrafi. Avrådd från bilkörning när han känner sig sömnig. Viktnedgång diskuterad."),
    ], "Emma Lundgren"),
], [M102], [], "'inger misstanke om' as the hedge.")

C("reuma-ra-att-overvaga-invantar-ccp", "vgr", "19860417-1820", "1986-04-17", [
    N("n1", "V_REUMA_SU", "Nybesök läkare", "2024-10-22 10:30", None, "öppenvård", [
        ("Aktuellt", "Ledvärk i händer och fötter sedan 3 mån, morgonstelhet 1-2 h. Svullna fingrar. Ingen psoriasis, inga ögonbesvär, ingen tarmsjukdom."),
        ("Status", "Synoviter MCP II-III bilat och PIP III hö. Squeeze test pos över MTP bilat."),
        ("Lab", "CRP 18, SR 32, RF 24 (svagt pos), anti-CCP inväntas."),
        ("Bedömning", "Polyartrit i småleder. Seropositiv reumatoid artrit att överväga."),
        ("Planering", "Rtg händer och fötter. Naproxen vb. Återbesök om 2 v med provsvar."),
    ], "Leila Mansour"),
], [M102], [], "'att överväga' after the diagnosis leaves it open; unsigned draft.")

C("medicin-ev-pneumoni-ev-aspiration-utkast", "skane", "19360227-4585", "1936-02-27", [
    N("n1", "S_MED_TBG", "Daganteckning", "2024-01-09 14:20", None, "slutenvård", [
        ("Bedömning", "Nytillkommen feber 38,3, sat sjunkit till 91 % på luft, krepitationer hö basalt. Ev. pneumoni, ev. aspiration efter sväljningssvårigheterna."),
        ("Åtgärd", "Lungrtg, CRP, blododlingar. Cefuroxim 1,5 g x 3 om infiltrat. Logopedbedömning av sväljning, fasta tills dess."),
    ], "Petra Olsson"),
], [M102], [], "'Ev.' (eventuellt) before two diagnoses in a short unsigned ward note.")

C("akut-missankt-lungemboli-typo", "vgr", "19800106-6185", "1980-01-06", [
    N("n1", "V_AKUT_SAS", "Akutanteckning", "2024-11-19 09:25", "2024-11-19 11:00", "akut", [
        ("Aktuellt", "Plötslig andfåddhet i morse och stickande smärta hö thoraxhalva vid inandning. Långflygning från Thailand för 4 d sedan. P-piller."),
        ("Status", "AT: lätt takypné. Sat 93 % luft, AF 24, P 108, BT 132/80. Cor RR. Pulm: vesikulärt, inga rassel. Ben: ingen svullnad."),
        ("Lab", "D-dimer 2,4. TnT 12. Artärgas: pO2 9,1 kPa."),
        ("Bedömning", "Missänkt lungemboli, Wells 6."),
        ("Plan", "DT lungartärer. Innohep 14 000 E sc i väntan på svar."),
    ], "Hanna Ek"),
], [M102], [], "Typo in the hedge word ('Missänkt' for 'Misstänkt') before the diagnosis.")

C("akut-sannolkit-calicivirus-typo", "skane", "19930902-3738", "1993-09-02", [
    N("n1", "S_AKUT_MAL", "Akutanteckning", "2024-01-31 03:10", "2024-01-31 04:00", "akut", [
        ("Aktuellt", "Kräkningar och vattentunna diarréer sedan igår kväll, ca 10 ggr. Båda barnen på förskolan har haft samma sak i veckan. Ingen feber, inget blod i avföringen."),
        ("Status", "AT: trött, torra slemhinnor. P 102, BT 112/70, T 37,2. Buk mjuk, diffust lätt öm, livliga tarmljud."),
        ("Lab", "Na 139, K 3,4, krea 112, CRP 9."),
        ("Bedömning", "Sannolkit calicivirusinfektion med lätt dehydrering."),
        ("Åtgärd", "Ringer-acetat 1 l iv, Postafen. Klarar att dricka efter infusion, hem med vätskeersättning. Åter vid blod i avföringen eller om han inte får i sig vätska."),
    ], "Ahmad Rahimi"),
], [M102], [], "Typo in the hedge word ('Sannolkit' for 'Sannolikt') in a night-time emergency note.")

C("neuro-mojligen-begynnande-parkinson", "vgr", "19550513-5151", "1955-05-13", [
    N("n1", "V_NEURO_SU", "Nybesök läkare", "2024-06-04 08:30", "2024-06-04 10:50", "öppenvård", [
        ("Aktuellt", "Remiss från VC pga darrning i hö hand sedan ett år. Hustrun tycker att han går långsammare och har mindre mimik. Handstilen har blivit mindre. Sover oroligt och 'slåss i sömnen'."),
        ("Status", "Vilotremor hö hand som avtar vid rörelse. Lätt rigiditet hö arm med kugghjulsfenomen vid aktivering. Hypokinesi vid fingertappning hö > vä. Nedsatt armsving hö. Postural stabilitet bevarad."),
        ("Bedömning", "Asymmetrisk parkinsonism, möjligen begynnande Parkinsons sjukdom."),
        ("Planering", "DaTSCAN. Ingen behandling nu då besvären inte begränsar honom. Återbesök om 3 mån."),
    ], "Sofia Lindqvist"),
], [M102], [], "'möjligen' before an eponymous diagnosis (Parkinsons sjukdom).")

C("akut-trolgi-uretarsten-typo", "skane", "19830224-6874", "1983-02-24", [
    N("n1", "S_AKUT_LUND", "Akutanteckning", "2024-08-07 06:35", "2024-08-07 07:50", "akut", [
        ("Aktuellt", "Plötslig debut kl 05 av kolikartad smärta hö flank med utstrålning mot ljumsken. Illamående. Ingen feber. Inga tidigare stenbesvär."),
        ("Status", "Orolig, vandrar omkring. Buk mjuk. Dunköm hö njurloge. T 36,9."),
        ("Lab", "U-sticka: blod 3+, nitrit neg. CRP 8, krea 92."),
        ("Bedömning", "Trolgi uretärsten hö."),
        ("Åtgärd", "Diklofenak 50 mg supp med god effekt. DT urinvägar utan kontrast. Vid sten under 5 mm och feberfrihet hem med Voltaren."),
    ], "Jonas Åkesson"),
], [M102], [], "Typo in the hedge word ('Trolgi' for 'Trolig').")

C("lung-differentialdiagnostiskt-sarkoidos-lymfom", "vgr", "19890128-2742", "1989-01-28", [
    N("n1", "V_LUNG_SU", "Nybesök läkare", "2024-03-14 09:45", "2024-03-14 12:10", "öppenvård", [
        ("Aktuellt", "Remiss pga bilaterala hiluskörtlar på lungröntgen tagen för långdragen hosta. Sedan 2 mån trötthet, ledvärk i fotlederna och vid ett tillfälle ömma röda knölar på smalbenen."),
        ("Status", "Pulm: vesikulärt bilat. Inga palpabla lymfkörtlar. Hud: inga aktuella utslag."),
        ("Lab", "ACE 88, Ca 2,61, SR 34."),
        ("Bedömning", "Bilateral hiluslymfadenopati. Differentialdiagnostiskt diskuteras sarkoidos (Löfgrens syndrom) och lymfom."),
        ("Planering", "DT thorax och bronkoskopi med EBUS. Återbesök när provsvaren finns."),
    ], "Katarzyna Nowak"),
], [M102], [], "'Differentialdiagnostiskt diskuteras' naming two open diagnoses.")

C("akut-inga-tecken-pa-pneumoni-men-trolig-bronkit", "vgr", "19710819-4858", "1971-08-19", [
    N("n1", "V_AKUT_KUNG", "Akutanteckning", "2024-12-02 16:20", "2024-12-02 17:05", "akut", [
        ("Aktuellt", "Hosta sedan 10 d med gulgröna upphostningar, ingen feber senaste dygnet. Rökare, ca 20 paketår."),
        ("Status", "AT gott, AF 16, sat 96 %. Pulm: spridda ronki, inga rassel. Cor RR."),
        ("Lab", "CRP 24."),
        ("Bedömning", "Inga tecken på pneumoni, men trolig akut bronkit."),
        ("Åtgärd", "Ingen antibiotika. Rökstopp rekommenderas. Åter vid feber eller andningspåverkan."),
    ], "Henrik Dahl"),
], [M102], [], "Negation scope: 'Inga tecken på pneumoni' is negated, but 'trolig akut bronkit' after 'men' is a hedged diagnosis.")

C("barn-pneumoni-fragetecken-hojer-basalt", "vgr", "20171221-6124", "2017-12-21", [
    N("n1", "V_BARN_DSBUS", "Akutanteckning", "2024-02-10 19:40", "2024-02-10 21:15", "akut", [
        ("Aktuellt", "6-årig flicka med feber sedan 4 d, upp till 40, hosta, andfådd sedan idag. Skickad från VC."),
        ("Status", "AT: trött men lättväckt. T 39,2, AF 32, sat 94 %, P 128. Pulm: nedsatta andningsljud och krepitationer hö basalt. Buk mjuk."),
        ("Bedömning", "Hö basala fynd och takypné - pneumoni? Ej syrgaskrävande."),
        ("Åtgärd", "Lungrtg och CRP. Amoxicillin mixtur 50 mg/kg/dygn fördelat på 3 doser om rtg/CRP stödjer. Föräldrarna informerade."),
    ], "Elin Bergström"),
], [M102], [], "A trailing question mark after a diagnosis in a paediatric note that the guardians read.")

C("kirurg-lungemboli-misstanks-postop", "skane", "19570503-2323", "1957-05-03", [
    N("n1", "S_KIR_KRI", "Daganteckning", "2024-10-16 07:55", "2024-10-16 09:10", "slutenvård", [
        ("Aktuellt", "Dag 3 efter öppen hemikolektomi hö. I natt plötslig andfåddhet, sat 88 % på luft, P 118."),
        ("Status", "AT: takypné, ej cyanotisk. Cor: takykard, regelbunden. Pulm: ua bilat. Buk: mjuk, adekvat sårömhet, såret ua. Ben: inga ödem."),
        ("EKG", "Sinustakykardi 116, inga ischemitecken."),
        ("Bedömning", "Lungemboli misstänks, DT-angio beställd."),
        ("Åtgärd", "Fragmin höjs till behandlingsdos i väntan på DT. Syrgas 2 l på grimma. Kontakt med medicinjouren."),
    ], "Omar Al-Hassan"),
], [M102], [], "Passive verb form 'misstänks' after the diagnosis in a post-operative ward note.")

C("hud-suspekt-malignt-melanom-excision", "vgr", "19670921-3554", "1967-09-21", [
    N("n1", "V_HUD_UDD", "Mottagningsanteckning", "2024-05-29 11:00", "2024-05-29 12:15", "öppenvård", [
        ("Aktuellt", "Remiss från VC: pigmenterad förändring på ryggen som enligt frun har vuxit senaste halvåret."),
        ("Status", "Hö skulderblad: 9 x 7 mm asymmetrisk pigmentering med oregelbunden kant, flerfärgad (brun, svart, blågrå). Dermatoskopi: atypiskt nätverk, regressionsstrukturer, blåvit slöja. Övriga nevi ua. Inga palpabla körtlar i axillerna."),
        ("Bedömning", "Suspekt malignt melanom."),
        ("Åtgärd", "Diagnostisk excision med 2 mm marginal i lokalbedövning. PAD. SVF malignt melanom startat. Pat informerad om misstanken och väntetiden för svar."),
    ], "David Cohen"),
], [M102], [M101], "'Suspekt' (dermatology/radiology hedge) before the diagnosis; patient informed.")

C("kirurg-inlaggning-for-obs-appendicit", "vgr", "20070114-5864", "2007-01-14", [
    N("n1", "V_KIR_NAL", "Inskrivningsanteckning", "2024-04-20 22:30", "2024-04-21 00:15", "slutenvård", [
        ("Aktuellt", "17-årig flicka med buksmärta sedan 1 dygn, nu mest i hö nedre kvadranten. Ingen feber. SM för 2 v sedan, normal. Gravtest neg."),
        ("Status", "Buk: palpationsöm hö fossa, ingen säker släppömhet, ingen défense. T 37,5."),
        ("Lab", "CRP 14, LPK 11,2."),
        ("Bedömning", "Inläggning för obs. appendicit. Kliniska bilden är inte entydig."),
        ("Planering", "Fastande från kl 24, dropp. Ny bukpalpation och prover imorgon bitti. UL buk om ömheten kvarstår."),
    ], "Ida Nilsson"),
], [M102], [], "'obs.' (observation for, i.e. suspected) before the diagnosis; a 17-year-old reads her own journal.")

C("akut-arbetsdiagnos-pyelonefrit", "vgr", "19980630-2486", "1998-06-30", [
    N("n1", "V_AKUT_OSTRA", "Akutanteckning", "2024-06-13 20:15", "2024-06-13 21:30", "akut", [
        ("Aktuellt", "Sveda vid miktion i 3 d, sedan igår feber 39 och ont i vä sida av ryggen. Ej gravid."),
        ("Status", "T 38,8, P 96. Dunköm vä njurloge. Buk mjuk."),
        ("Lab", "U-sticka: nitrit pos, LPK 3+. CRP 118, krea 70."),
        ("Bedömning", "Arbetsdiagnos pyelonefrit vä i avvaktan på urinodling."),
        ("Åtgärd", "Ciprofloxacin 500 mg x 2 i 7 d. Urinodling skickad. Hör av sig vid utebliven förbättring inom 48 h."),
    ], "Leila Mansour"),
], [M102], [], "'Arbetsdiagnos' (working diagnosis awaiting culture) marks the diagnosis as provisional.")

C("neuro-facialispares-tankbar-neuroborrelios", "skane", "19790614-7371", "1979-06-14", [
    N("n1", "S_NEURO_HBG", "Akutanteckning", "2024-08-28 11:15", "2024-08-28 13:40", "akut", [
        ("Aktuellt", "Sedan 5 d hängande hö mungipa, kan inte blunda helt med hö öga. Fästingbett i juli, minns ingen rodnad. Sedan 3 v värk i nacke och mellan skulderbladen, värst nattetid."),
        ("Status", "Perifer facialispares hö inkl. pannan. Övriga kranialnerver ua. Ingen nackstelhet. Reflexer lika. Ingen pares i extremiteter."),
        ("Bedömning", "Perifer facialispares hö. Med nattlig radikulär värk och fästingexponering är neuroborrelios en tänkbar orsak."),
        ("Planering", "LP idag: celler, protein, borreliaantikroppar i likvor och serum. Ögonsalva och tejpning nattetid. Kortison sätts inte in i avvaktan på likvorsvar."),
    ], "Katarzyna Nowak"),
], [M102], [], "'en tänkbar orsak' framing a diagnosis as one possibility.")

C("medicin-skulle-kunna-vara-zoster-utkast", "vgr", "19510302-5648", "1951-03-02", [
    N("n1", "V_MED_ALI", "Daganteckning", "2024-03-22 10:35", None, "slutenvård", [
        ("Aktuellt", "Klagar sedan igår på brännande smärta vä sida av bröstkorgen, nu några rodnade papler i ett band under vä bröst."),
        ("Bedömning", "Bilden skulle kunna vara tidig herpes zoster Th5 vä."),
        ("Åtgärd", "Valaciklovir 1 g x 3 i 7 d. Ny titt imorgon."),
    ], "Maria Johansson"),
], [M102], [], "'skulle kunna vara' as a hedge in a short unsigned ward note.")

C("reuma-kan-rora-sig-om-reaktiv-artrit", "skane", "19970205-3118", "1997-02-05", [
    N("n1", "S_REUMA_LUND", "Mottagningsanteckning", "2024-02-19 14:00", "2024-02-19 16:25", "öppenvård", [
        ("Aktuellt", "Svullet vä knä sedan 10 d och ömmande hö hälsena. För 4 v sedan sveda vid miktion som inte behandlades. Ny partner i höstas."),
        ("Status", "Vä knä: hydrops, lätt värmeökning, rörlighet 0-110. Entesit vid hö hälsenefäste. Lätt konjunktivit bilat."),
        ("Lab", "CRP 38. Klamydia-PCR i urin tagen. Ledvätska: 12 000 LPK, inga kristaller, odling neg."),
        ("Bedömning", "Kan röra sig om en reaktiv artrit efter urogenital infektion."),
        ("Planering", "Invänta klamydiasvar. Naproxen. Smittspårning om positivt. Återbesök om 2 v."),
    ], "Fredrik Wallin"),
], [M102], [], "'Kan röra sig om' as a hedge.")

C("barn-misstanke-om-celaki-kvarstar-typo", "vgr", "20160120-6244", "2016-01-20", [
    N("n1", "V_BARN_SKAS", "Mottagningsanteckning", "2024-09-25 13:30", "2024-09-25 15:45", "öppenvård", [
        ("Aktuellt", "Uppföljning. 8-årig flicka med återkommande buksmärtor, lös avföring och en viktkurva som planat ut senaste året. Vid förra provtagningen tTG-IgA 38 (ref <7), totalt IgA normalt."),
        ("Status", "Längd 124 cm (-1 SD), vikt 21 kg (-1,5 SD, tidigare 0 SD). Buk mjuk, lätt utspänd, ingen resistens."),
        ("Bedömning", "Förhöjt tTG, misstanke om celaki kvarstår. Biopsier behövs för att säkerställa diagnosen."),
        ("Planering", "Gastroskopi med biopsier via barnkirurgen. Fortsatt glutenhaltig kost fram till dess. Föräldrarna informerade om varför glutenfri kost inte ska påbörjas ännu."),
    ], "Ida Nilsson"),
], [M102], [], "Typo in the diagnosis ('celaki' for 'celiaki') after 'misstanke om ... kvarstår' in a child's note read by guardians.")

C("neuro-oklart-om-epilepsi-eller-konvulsiv-synkope", "skane", "20050118-2455", "2005-01-18", [
    N("n1", "S_NEURO_MAL", "Nybesök läkare", "2024-05-30 09:00", "2024-05-30 11:30", "öppenvård", [
        ("Aktuellt", "Nybesök efter akutbesök 2024-05-02: föll ihop på en fest i stående, enligt kompis ryckningar i armarna ca 10 s, snabbt återhämtad. Inget tungbett, ingen urinavgång. Hade druckit alkohol och stått länge i värmen."),
        ("Status", "Neurologiskt ua. Ortostatiskt test: BT 124/76 -> 108/70 efter 3 min, puls 70 -> 96."),
        ("EEG", "Normalt vaken-EEG."),
        ("Bedömning", "Oklart om det rört sig om ett epileptiskt anfall eller konvulsiv synkope; omständigheterna talar mest för det senare."),
        ("Planering", "Ingen antiepileptisk behandling. Sömndeprivations-EEG. Besked om körkort när utredningen är klar."),
    ], "Tobias Strand"),
], [M102], [], "'Oklart om ... eller ...' leaves two diagnoses open.")

C("medicin-utredning-avseende-ev-myelom", "vgr", "19540813-7155", "1954-08-13", [
    N("n1", "V_MED_ALI", "Mottagningsanteckning", "2024-11-05 10:15", "2024-11-05 13:00", "öppenvård", [
        ("Aktuellt", "Återbesök. Ryggvärk sedan 3 mån, trött. Vid kontroll på VC Hb 108, Ca 2,72, totalprotein 92."),
        ("Lab", "Elfores: M-komponent IgG kappa 28 g/l. Krea 118. Fria lätta kedjor inväntas."),
        ("Bedömning", "M-komponent med anemi och hyperkalcemi. Utredning avseende ev. myelom påbörjad."),
        ("Planering", "Remiss hematologen för benmärgsprov, lågdos-DT skelett. Bisfosfonat diskuteras med hematolog. Pat informerad om vad provsvaren kan innebära."),
    ], "Nils Fransson"),
], [M102], [M101], "'avseende ev.' before the diagnosis under work-up; patient informed about what the tests may show.")

C("lung-fragan-ar-om-tidig-kol", "skane", "19621125-4336", "1962-11-25", [
    N("n1", "S_LUNG_YST", "Mottagningsanteckning", "2024-04-23 13:00", "2024-04-23 14:20", "öppenvård", [
        ("Aktuellt", "Remitterad pga ökad andfåddhet vid ansträngning och morgonhosta under vintern. Rökt 35 paketår, slutade för ett år sedan. Inga astmasymtom i barndomen."),
        ("Status", "Pulm: förlängt exspirium, inga rassel. Sat 96 %."),
        ("Spirometri", "FEV1/FVC 0,71 efter bronkdilatation, FEV1 82 % av förväntat, reversibilitet 6 %."),
        ("Bedömning", "Gränsfall mot obstruktivitet. Frågan är om det rör sig om en tidig KOL, LLN-gränsen underskrids inte."),
        ("Planering", "Ny spirometri med diffusionskapacitet om 3 mån. FaR. Pneumokockvaccin."),
    ], "Emma Lundgren"),
], [M102], [], "'Frågan är om det rör sig om' as the hedge.")

C("akut-formodligen-gallstensanfall", "vgr", "19780726-3483", "1978-07-26", [
    N("n1", "V_AKUT_SKAS", "Akutanteckning", "2024-07-16 08:50", "2024-07-16 09:55", "akut", [
        ("Aktuellt", "Smärta under hö arcus efter middagen igår, varade i 3 h och strålade mot hö skulderblad. Nu smärtfri. Liknande två gånger i våras."),
        ("Status", "Buk: lätt öm under hö arcus, Murphys tecken neg. Ej ikterisk. T 36,8."),
        ("Lab", "CRP 6, LPK 8,1, ALP 1,1, bilirubin 12, lipas 0,6."),
        ("Bedömning", "Förmodligen gallstensanfall, nu smärtfri och utan tecken till kolecystit."),
        ("Åtgärd", "Elektivt UL lever och gallvägar. Hem. Voltaren vb. Åter vid feber, gulsot eller ihållande smärta."),
    ], "Jonas Åkesson"),
], [M102], [], "'Förmodligen' hedges a diagnosis; the negated 'kolecystit' in the same sentence does not cancel it.")

C("onh-troligtvis-menieres-sjukdom", "skane", "19740909-2520", "1974-09-09", [
    N("n1", "S_ONH_HBG", "Mottagningsanteckning", "2024-10-01 10:20", "2024-10-01 12:05", "öppenvård", [
        ("Aktuellt", "Tre attacker på 2 mån med rotatorisk yrsel i 2-4 h, kraftigt illamående, lockkänsla och brus i vä öra under attackerna. Besvärsfri mellan attackerna."),
        ("Status", "Öron ua bilat. Ingen spontannystagmus. Dix-Hallpike neg bilat. Romberg ua."),
        ("Audiogram", "Lågfrekvent sensorineural hörselnedsättning vä, 35-40 dB på 250-500 Hz."),
        ("Bedömning", "Troligtvis Ménières sjukdom vä."),
        ("Planering", "MR inre hörselgångar. Betahistin 16 mg x 3 prövas. Råd om saltreduktion. Återbesök med nytt audiogram om 3 mån."),
    ], "Karin Hedlund"),
], [M102], [], "'Troligtvis' before an eponymous diagnosis with an accented letter (Ménières).")

C("akut-kliniskt-hog-sannolikhet-for-dvt", "vgr", "19690411-6339", "1969-04-11", [
    N("n1", "V_AKUT_KUNG", "Akutanteckning", "2024-01-26 17:30", "2024-01-26 18:40", "akut", [
        ("Aktuellt", "Svullet och ömt vä underben sedan 3 d. Gipsad vä fotled i 10 d efter distorsion för 3 v sedan, fick ingen trombosprofylax."),
        ("Status", "Vä vad 4 cm större omfång än hö, ömhet längs djupa vener, pittingödem. Ingen rodnad. Fotpulsar palp."),
        ("Bedömning", "Wells 3 - kliniskt hög sannolikhet för DVT vä."),
        ("Åtgärd", "Klexane 1,5 mg/kg sc given. UL vä ben imorgon 08.00 på klinisk fysiologi. Hem med skriftlig information."),
    ], "Hanna Ek"),
], [M102], [], "'hög sannolikhet för' as a hedge: probability, not a confirmed DVT.")

C("akut-inkommer-med-misstankt-hoftfraktur-utkast", "skane", "19380516-4906", "1938-05-16", [
    N("n1", "S_AKUT_HBG", "Akutanteckning", "2024-12-11 15:50", None, "akut", [
        ("Aktuellt", "86-årig kvinna som inkommer med ambulans pga misstänkt höftfraktur efter fall i hemmet. Låg på golvet ca 2 h innan hemtjänsten kom."),
        ("Status", "AT: smärtpåverkad, vaken, orienterad. Vä ben förkortat och utåtroterat, smärta vid passiv rotation. Gott distalstatus. Inga övriga skador."),
        ("Åtgärd", "Rtg vä höft och bäcken beställt. Fascia iliaca-blockad. Morfin 2,5 mg iv. CK och krea tas pga långliggande."),
    ], "Ahmad Rahimi"),
], [M102], [], "The hedged diagnosis sits in Aktuellt (the ambulance's suspicion), not in Bedömning; the note is an unsigned draft.")

C("onk-skelettmetastas-kan-inte-uteslutas-dd-degenerativt", "vgr", "19640530-1943", "1964-05-30", [
    N("n1", "V_ONK_SU", "Mottagningsanteckning", "2024-08-13 14:30", "2024-08-13 16:45", "öppenvård", [
        ("Aktuellt", "Uppföljning efter bröstcancer hö 2019 (lobulär, ER+, op + strålning, nu tamoxifen år 5). Sedan 2 mån värk i ländryggen, värst nattetid."),
        ("Undersökningsresultat", "Skelettscintigrafi: ökat upptag i L2, i övrigt ua. ALP 1,4."),
        ("Bedömning", "Upptag i L2. Skelettmetastas kan inte uteslutas, DD degenerativ förändring."),
        ("Planering", "MR ländrygg. Analgetika. Återbesök för svar, pat vill ha besked per telefon."),
    ], "Mikael Persson"),
], [M102], [], "'kan inte uteslutas' plus 'DD' about possible recurrence in an oncology follow-up.")

C("barn-inkomplett-kawasaki-kan-ej-uteslutas", "vgr", "20210305-2219", "2021-03-05", [
    N("n1", "V_BARN_SAS", "Inskrivningsanteckning", "2024-05-18 18:20", "2024-05-18 20:05", "slutenvård", [
        ("Aktuellt", "3-årig pojke med feber sedan 5 d trots paracetamol, röda ögon sedan igår och spruckna röda läppar. Inga utslag, inga svullna händer eller fötter."),
        ("Status", "Irriterad men tröstbar. T 39,4. Bilateral icke-purulent konjunktivit, röda fissurerade läppar, jordgubbstunga. Körtel 1,5 cm på hö sida av halsen. Hjärta: takykardi, inga blåsljud."),
        ("Lab", "CRP 96, SR 68, TPK 480, albumin 29, ALAT 62. U-sticka: LPK 1+."),
        ("Bedömning", "Feber 5 d med konjunktivit och munslemhinneförändringar. Inkomplett Kawasakis sjukdom kan ej uteslutas."),
        ("Planering", "Ekokardiografi imorgon. Kontakt med barnkardiolog i Göteborg. Föräldrarna informerade om att vi utreder vidare och varför."),
    ], "Elin Bergström"),
], [M102], [], "'kan ej uteslutas' after an eponymous diagnosis in a child's admission note read by guardians.")

C("geriatrik-sannolik-lewykroppsdemens", "skane", "19450208-1757", "1945-02-08", [
    N("n1", "S_GER_MAL", "Inskrivningsanteckning", "2024-07-02 13:10", "2024-07-02 16:00", "slutenvård", [
        ("Orsak till inskrivning", "Fallat upprepade gånger, förvirring som växlar."),
        ("Anamnes", "Enl. hustrun växlande klarhet sedan ett år, ibland helt redig, ibland förvirrad och ser barn i trädgården som inte finns. Stelare och långsammare. Fick Haldol vid förra inläggningen och blev då mycket stel."),
        ("Tidigare sjukdomar", "Hypertoni. Prostatahyperplasi. Förstoppning sedan flera år. Op för ljumskbråck hö 2009."),
        ("Läkemedel", "Amlodipin 5 mg x 1, Tamsulosin 0,4 mg tn, Movicol 1 x 2, Sertralin 50 mg x 1 (insatt av VC i vintras pga nedstämdhet), Zopiklon 5 mg tn vb."),
        ("Social anamnes", "Bor i radhus med hustrun som sköter det mesta hemma. Två döttrar i närheten. Ingen hemtjänst. Pensionerad gymnasielärare. Kör inte bil sedan ett år."),
        ("Status", "AT: Vaken, växlande uppmärksamhet, somnar till under samtalet.\nCor: RR, inga blåsljud, 72/min.\nPulm: ua.\nBuk: mjuk, oöm, palpabel fyllnad i vä fossa.\nNeurologiskt: lätt rigiditet bilat, hypomimi, kortstegad gång med nedsatt armsving. Inga pareser, inga fokala bortfall.\nBT liggande 148/82, stående 112/70 efter 3 min."),
        ("Lab", "Hb 131, CRP 4, Na 136, K 4,0, krea 96, Ca 2,38, TSH 2,2, B12 320. U-sticka ua. EKG: SR 70, AV-block I."),
        ("Bedömning", "Kognitiv svikt med fluktuationer, visuella hallucinationer och parkinsonism. Sannolik lewykroppsdemens. Ortostatisk hypotension."),
        ("Planering", "Antipsykotika undviks, varningsmarkering i journalen. Amlodipin sätts ut, zopiklon sätts ut. Fallprevention, sjukgymnast och arbetsterapeut. Ortostatismkontroller dagligen. Laxering. Demensutredning fortsätter via minnesmottagningen, remiss skrivs. Hustrun informerad per telefon om planen."),
    ], "Anna-Karin Sjöberg"),
], [M102], [], "'Sannolik' before the diagnosis in a long geriatric admission note.")

C("infektion-mojlgi-denguefeber-typo", "vgr", "19910721-3895", "1991-07-21", [
    N("n1", "V_INF_OSTRA", "Akutanteckning", "2024-02-03 12:40", "2024-02-03 14:55", "akut", [
        ("Aktuellt", "Hemkom från Thailand för 3 d sedan. Feber sedan 4 d upp till 39,8, huvudvärk bakom ögonen, muskel- och ledvärk. Inga luftvägssymtom. Malariaprofylax ej aktuellt."),
        ("Status", "AT: trött, ej cirkulatoriskt påverkad. T 39,1, BT 118/74. Fint makulärt utslag på bålen. Ingen nackstelhet. Buk mjuk, lätt öm under hö arcus."),
        ("Lab", "Malariasnabbtest neg, tjock droppe inväntas. LPK 2,6, TPK 98, ASAT 124, ALAT 97."),
        ("Bedömning", "Möjlgi denguefeber. DD chikungunya, rickettsios."),
        ("Planering", "Dengue-NS1 och serologi. Inga NSAID. Inläggning för observation av trombocyter och hematokrit."),
    ], "Omar Al-Hassan"),
], [M102], [], "Typo in the hedge word ('Möjlgi' for 'Möjlig') in an infectious diseases note.")

C("kirurg-dd-diverikulit-typo", "skane", "19600217-6599", "1960-02-17", [
    N("n1", "S_KIR_KRI", "Akutanteckning", "2024-09-09 22:35", "2024-09-10 00:10", "akut", [
        ("Aktuellt", "Ont i vä fossa sedan 2 d, tilltagande, feber 38,4 hemma. Lite lösare avföring, inget blod. Koloskopi 2020: divertiklar i sigmoideum."),
        ("Status", "Buk: mjuk, öm vä fossa med lokal défense, ingen släppömhet. T 38,1."),
        ("Lab", "CRP 148, LPK 14,2."),
        ("Bedömning", "Vänstersidiga buksmärtor med feber, DD diverikulit."),
        ("Åtgärd", "DT buk med iv kontrast. Fasta, dropp. Ställningstagande till antibiotika efter DT."),
    ], "Jonas Åkesson"),
], [M102], [], "Typo in the diagnosis ('diverikulit' for 'divertikulit') after 'DD'.")

C("kard-troligen-takotsubo-ddmyokardit", "vgr", "19530623-2405", "1953-06-23", [
    N("n1", "V_KARD_SAS", "Daganteckning", "2024-03-09 11:20", "2024-03-09 12:45", "slutenvård", [
        ("Aktuellt", "Inlagd i går med bröstsmärta efter att maken avlidit, ST-höjningar V2-V5 och TnT 480. Akut angiografi utan signifikanta stenoser."),
        ("Status", "Opåverkad, smärtfri. Cor: RR, inga blåsljud. Pulm ua. BT 124/76."),
        ("UCG", "Apikal ballongering med akinesi av apex, basala segment hyperkinetiska, EF 35 %."),
        ("Bedömning", "Troligen takotsubokardiomyopati utlöst av sorgereaktion."),
        ("Planering", "MR hjärta för att skilja mot myokardit. Bisoprolol, ramipril. Ny UCG om 6 v."),
    ], "Katarzyna Nowak"),
], [M102], [], "'Troligen' before the diagnosis in a cardiology ward note.")

C("ogon-misstanke-arteritisk-aion-utkast", "skane", "19460119-3586", "1946-01-19", [
    N("n1", "S_OGON_HBG", "Akutanteckning", "2024-04-04 09:10", None, "akut", [
        ("Aktuellt", "Vaknade i morse med kraftigt nedsatt syn hö öga. Sedan några veckor huvudvärk vid tinningarna, ont i käken när hon tuggar, trött och har gått ner i vikt."),
        ("Status", "Visus hö räknar fingrar 1 m, vä 0,8. RAPD hö. Fundus hö: blek, svullen papill, enstaka blödningar vid papillranden. Temporalisartär hö förtjockad och öm."),
        ("Lab", "SR 88, CRP 64, TPK 455."),
        ("Bedömning", "Akut synnedsättning hö. Misstanke om arteritisk AION vid jättecellsarterit."),
        ("Åtgärd", "Metylprednisolon 1 g iv idag efter samråd med reumatologjour, därefter prednisolon. Temporalisbiopsi inom en vecka."),
    ], "Karin Hedlund"),
], [M102], [], "'Misstanke om' before an abbreviated ophthalmic diagnosis in an unsigned draft.")

C("medicin-gastroskopi-for-att-utesluta-ventrikelcancer", "vgr", "19560904-2196", "1956-09-04", [
    N("n1", "V_MEDMOTT_KUNG", "Mottagningsanteckning", "2024-06-18 14:00", "2024-06-18 15:10", "öppenvård", [
        ("Aktuellt", "Dyspepsi sedan 4 mån, mättnadskänsla tidigt i måltiden, gått ner 6 kg ofrivilligt. Ingen dysfagi, ingen melena. Omeprazol 20 mg utan effekt."),
        ("Status", "Buk: mjuk, lätt öm i epigastriet, ingen resistens. Inga palpabla körtlar supraklavikulärt."),
        ("Lab", "Hb 119, ferritin 11, CRP 4."),
        ("Planering", "Gastroskopi bokas med förtur för att utesluta ventrikelcancer. Helicobacter-serologi. Omeprazol 40 mg tills vidare."),
    ], "Maria Johansson"),
], [M102], [], "'för att utesluta' an unconfirmed cancer: the diagnosis is open, not negated.")

C("akut-ev-comotio-typo", "skane", "19880830-5174", "1988-08-30", [
    N("n1", "S_AKUT_YST", "Akutanteckning", "2024-10-27 01:45", "2024-10-27 03:20", "akut", [
        ("Aktuellt", "Halkade i trappan på väg hem från krogen, slog bakhuvudet. Enligt sambon borta några sekunder, minns inte fallet. Kräkts en gång."),
        ("Status", "GCS 15. Orienterad till person och plats, osäker på tid. Pupiller lika, ljusreaktion ua. 3 cm sårskada occipitalt. Inga fokalneurologiska bortfall. Nacke: ingen ömhet över processi spinosi."),
        ("DT hjärna", "Ingen blödning, ingen fraktur."),
        ("Bedömning", "Skallskada med kort medvetslöshet och amnesi. Ev. comotio cerebri."),
        ("Åtgärd", "Sårskadan tejpad. Observation på akutvårdsavdelningen över natten med neurologkontroller varannan timme."),
    ], "Tobias Strand"),
], [M102], [], "Typo in the Latin diagnosis ('comotio' for 'commotio') after 'Ev.'; the negated DT finding does not cancel the hedge.")

C("ortoped-lumboischias-eventulet-diskbrack-typo", "vgr", "19821013-4675", "1982-10-13", [
    N("n1", "V_ORT_MOL", "Mottagningsanteckning", "2024-11-12 08:15", "2024-11-12 09:05", "öppenvård", [
        ("Aktuellt", "Ryggvärk sedan 3 v med utstrålning i vä ben ner till stortån. Värre vid hosta. Ingen blåsrubbning, ingen ridbyxanestesi."),
        ("Status", "Lasègue pos vä vid 40 grader. Nedsatt styrka i vä stortåextensor 4/5. Nedsatt sensibilitet L5-dermatom vä. Patellarreflexer och akillesreflexer lika."),
        ("Bedömning", "Lumboischias vä, eventulet diskbråck L4-L5 med L5-påverkan."),
        ("Planering", "Fysioterapeut. Naproxen och paracetamol. MR vid utebliven förbättring inom 6 v eller progredierande pares."),
    ], "Henrik Dahl"),
], [M102], [], "Typo in the hedge word ('eventulet' for 'eventuellt'); the lumboischias itself is settled.")

C("infektion-diffrentialdiagnoser-typo", "skane", "19890517-1313", "1989-05-17", [
    N("n1", "S_INF_MAL", "Mottagningsanteckning", "2024-07-24 10:40", "2024-07-24 12:00", "öppenvård", [
        ("Aktuellt", "Öm svullen körtel i vä armhåla sedan 10 d, feber upp till 38,5. Har en kattunge som rivit honom på vä underarm för ca 3 v sedan. Har även varit i skogen i Blekinge."),
        ("Status", "Vä axill: 3 cm öm, lätt fluktuerande lymfkörtel. Läkt rivmärke vä underarm med en liten papel. Inga övriga förstorade körtlar."),
        ("Lab", "CRP 54, LPK 11,0."),
        ("Bedömning", "Regional lymfadenit vä axill. Diffrentialdiagnoser: kattklösfeber, tularemi."),
        ("Planering", "Serologi Bartonella och Francisella. UL axill med ev. finnålspunktion. Azitromycin 5 d."),
    ], "Leila Mansour"),
], [M102], [], "Typo in the hedge word ('Diffrentialdiagnoser'); two open diagnoses follow it.")

C("kard-myokardit-kan-ej-utelsutas-typo", "vgr", "19981209-5512", "1998-12-09", [
    N("n1", "V_AKUT_SU", "Akutanteckning", "2024-01-17 23:10", "2024-01-18 00:40", "akut", [
        ("Aktuellt", "25-årig man, förkyld förra veckan. Sedan igår stickande bröstsmärta, värre liggande, bättre framåtlutad. Ingen dyspné."),
        ("Status", "AT gott. Cor: RR, inget gnidningsljud. Pulm ua. BT 128/72, P 88, T 37,8."),
        ("EKG", "Utbredda konkava ST-höjningar, PR-sänkning i II."),
        ("Lab", "hs-TnT 84 -> 96. CRP 41."),
        ("Bedömning", "Perikardit. Samtidig myokardit kan ej utelsutas givet stigande troponin."),
        ("Åtgärd", "Inläggning kardiologen för telemetri och UCG. Ibuprofen 600 mg x 3, kolkicin. Idrottsuppehåll."),
    ], "Ahmad Rahimi"),
], [M102], [], "Typo in the hedge phrase ('kan ej utelsutas'); the perikardit is settled, the myokardit is open.")

C("vgr-tidiga-hypoteser-plus-lacka-i-bedomning", "vgr", "19610226-3370", "1961-02-26", [
    N("n1", "V_NEURO_SU", "Läkaranteckning", "2024-09-17 13:00", "2024-09-17 15:30", "öppenvård", [
        ("Aktuellt", "Remiss från VC pga svaghet i vä hand sedan ett halvår, tappar saker, svårt att knäppa knappar. Muskelryckningar i armarna."),
        ("Status", "Atrofi av vä thenar och interossei. Fascikulationer i båda överarmarna. Livliga reflexer i armar och ben, Babinski pos vä. Sensibilitet intakt."),
        ("Tidiga hypoteser", "Bilden med kombinerade övre och nedre motorneuronfynd är starkt misstänkt för ALS. Ej kommunicerat med pat."),
        ("Bedömning", "Progredierande svaghet vä hand, DD motorneuronsjukdom, cervikal myelopati."),
        ("Planering", "ENeG, MR halsrygg och hjärna, labprover inkl. CK. Återbesök med svar om 4 v."),
    ], "Sofia Lindqvist"),
], [M102], [], "VGR sökord Tidiga hypoteser hides its own text, but the same hypothesis leaks into the visible Bedömning ('DD motorneuronsjukdom').")

# ===========================================================================
# B. NL102 near misses: negated, ruled out, settled
# ===========================================================================

C("akut-pat-orolig-for-infarkt-som-avskrivs", "vgr", "19711203-2862", "1971-12-03", [
    N("n1", "V_AKUT_SU", "Akutanteckning", "2024-05-06 10:10", "2024-05-06 13:25", "akut", [
        ("Kontaktorsak", "Bröstsmärta."),
        ("Aktuellt", "Sedan igår hugg i vä bröstkorg, värre vid vridning och djupandning. Flyttade tunga möbler i helgen. Pat orolig för att det ska vara en hjärtinfarkt, som pappan hade vid 60."),
        ("Status", "AT gott. Cor: RR, inga blåsljud, HF 72. Pulm ua. Tydlig palpationsömhet över 4:e-5:e revbensbrosket vä som återger smärtan. BT 134/82."),
        ("EKG", "SR 70, normal axel, inga ST-T-förändringar."),
        ("Lab", "hs-TnT <5 och 6 ng/l efter 3 h. D-dimer 0,3."),
        ("Bedömning", "Muskuloskeletal bröstsmärta. Ingen hjärtinfarkt: normalt EKG och två normala troponiner."),
        ("Åtgärd", "Lugnande besked till pat. Paracetamol och Ipren vid behov. Åter vid ändrad smärtkaraktär."),
    ], "Ahmad Rahimi"),
], [], [M102, M101], "The patient's own fear of myocardial infarction, answered by a negation ('Ingen hjärtinfarkt'); nothing is left open.")

C("akut-ingen-misstanke-om-dvt-wells-0", "skane", "19900412-6620", "1990-04-12", [
    N("n1", "S_AKUT_MAL", "Akutanteckning", "2024-08-12 16:20", "2024-08-12 17:05", "akut", [
        ("Aktuellt", "Ont i hö vad sedan 2 d efter löprunda. Kom hem från Mallorca i söndags. Inga p-piller, ingen tidigare trombos."),
        ("Status", "Hö vad: lokal ömhet i mediala gastrocnemius, ingen svullnad, inget ödem, omfång lika bilat. Gott distalstatus."),
        ("Lab", "D-dimer <0,27."),
        ("Bedömning", "Muskelbristning mediala gastrocnemius hö. Ingen misstanke om DVT, Wells 0 och negativ D-dimer."),
        ("Åtgärd", "Avlastning, gradvis belastning, Ipren vid behov. Fysioterapeut vid behov."),
    ], "Hanna Ek"),
], [], [M102], "'Ingen misstanke om' negates the diagnosis; the muscle injury is settled.")

C("kirurg-appendicit-avskrivs-hemgang", "vgr", "19960110-3311", "1996-01-10", [
    N("n1", "V_KIR_SKAS", "Daganteckning", "2024-05-12 09:40", "2024-05-12 10:15", "slutenvård", [
        ("Aktuellt", "Inlagd i går kväll för observation av buksmärta hö fossa."),
        ("Status", "Buken mjuk och oöm idag, ingen släppömhet. Afebril. Ätit frukost utan besvär."),
        ("Lab", "CRP 46 -> 12, LPK 7,9."),
        ("UL buk", "Normalstor, komprimerbar appendix. Ingen fri vätska."),
        ("Bedömning", "Appendicit avskrivs. Ospecifik buksmärta i regress."),
        ("Åtgärd", "Hem idag. Åter vid försämring."),
    ], "Jonas Åkesson"),
], [], [M102], "'avskrivs' (written off) after the diagnosis: the suspicion has been dropped.")

C("medicin-kol-exacerbation-lungemboli-utesluts", "skane", "19551028-2741", "1955-10-28", [
    N("n1", "S_MED_TBG", "Daganteckning", "2024-02-20 13:05", "2024-02-20 14:30", "slutenvård", [
        ("Aktuellt", "Inlagd i går med ökad andfåddhet och mer missfärgade upphostningar. Känd KOL stadium 3, hemmasyrgas nattetid."),
        ("Status", "Sat 90 % på 1 l O2. Pulm: nedsatta andningsljud bilat, exspiratoriska ronki. Cor RR 92."),
        ("Undersökningsresultat", "DT lungartärer: inga embolier. Emfysem. Inga infiltrat."),
        ("Bedömning", "KOL-exacerbation utan pneumoni. Lungemboli utesluts med DT."),
        ("Åtgärd", "Prednisolon 30 mg i 5 d, doxycyklin, inhalationer med Combivent x 4. Mobilisering med sjukgymnast."),
    ], "Petra Olsson"),
], [], [M102], "'utesluts' after a negative CT: the alternative diagnosis is ruled out, the exacerbation is settled.")

C("ortoped-kontusion-talar-emot-kotfraktur", "vgr", "19781216-6499", "1978-12-16", [
    N("n1", "V_ORT_MOL", "Akutanteckning", "2024-02-02 18:55", "2024-02-02 19:30", "akut", [
        ("Aktuellt", "Halkade på isen och föll baklänges mot trappkant. Ont i ländryggen. Inga bensymtom, ingen blåsrubbning."),
        ("Status", "Går obehindrat. Lokal ömhet i paravertebral muskulatur L3-L4 hö, ingen ömhet över processi spinosi. Neurologiskt ua i benen."),
        ("Bedömning", "Kontusion ländrygg. Normal gång och ingen ömhet över kotorna talar emot kotfraktur, rtg ej indicerat."),
        ("Åtgärd", "Paracetamol och Ipren. Fortsätta röra på sig. Åter vid bensymtom."),
    ], "Henrik Dahl"),
], [], [M102], "'talar emot' argues against the fracture; the contusion is settled.")

C("akut-commotio-dt-utan-blodning-utkast", "skane", "20070315-4591", "2007-03-15", [
    N("n1", "S_AKUT_LUND", "Akutanteckning", "2024-09-21 17:40", None, "akut", [
        ("Aktuellt", "17-årig fotbollsspelare som skallade ihop med motspelare under match. Borta några sekunder enligt tränaren. Huvudvärk, illamående, minns inte andra halvlek."),
        ("Status", "GCS 15. Pupiller lika och reagerar. Inga fokala neurologiska bortfall. Nacke rörlig, oöm."),
        ("DT hjärna", "Ingen intrakraniell blödning, ingen fraktur."),
        ("Bedömning", "Commotio cerebri. Ingen blödning på DT."),
        ("Åtgärd", "Hem med föräldrarna, som får informationsbladet om skallskada. Vila från skärm och träning, stegvis återgång enligt schema. Ingen match på minst 2 v."),
    ], "Tobias Strand"),
], [], [M102], "A normal CT ('Ingen intrakraniell blödning') rules out bleeding and the concussion is stated as a fact; unsigned draft.")

C("gyn-postmenopausal-blodning-ingen-missanke-typo", "vgr", "19610409-5887", "1961-04-09", [
    N("n1", "V_KK_SAS", "Mottagningsanteckning", "2024-04-29 09:20", "2024-04-29 10:40", "öppenvård", [
        ("Aktuellt", "Återbesök för provsvar efter en episod av postmenopausal blödning i mars. Ingen ny blödning."),
        ("Undersökningsresultat", "VUL: endometrium 3 mm, ovarier ua. PAD endometriebiopsi: atrofiskt endometrium."),
        ("Bedömning", "Postmenopausal blödning av atrofiskt endometrium. Ingen missanke om malignitet."),
        ("Planering", "Vagifem 2 ggr/v. Ny kontakt vid förnyad blödning. Avslutas på mottagningen."),
    ], "Lina Haddad"),
], [], [M102], "Typo in the negated cue ('Ingen missanke om'); the negation still holds.")

C("neuro-bppv-inget-som-talar-for-stroke", "skane", "19500727-3179", "1950-07-27", [
    N("n1", "S_AKUT_HBG", "Akutanteckning", "2024-03-03 10:30", "2024-03-03 12:10", "akut", [
        ("Aktuellt", "Yrsel sedan i morse när han vände sig i sängen, snurrar i under en minut, återkommer när han lägger sig ner eller tittar upp. Illamående. Ingen huvudvärk, inga dubbelbilder, inga talsvårigheter."),
        ("Status", "Neurologiskt: kranialnerver ua, ingen ataxi, Romberg ua, gång utan anmärkning. Dix-Hallpike hö: rotatorisk uppåtslående nystagmus efter kort latens, avklingar inom 30 s. Vä sida neg."),
        ("Bedömning", "Benign paroxysmal lägesyrsel från hö bakre båggång. Inget som talar för stroke."),
        ("Åtgärd", "Epleys manöver hö x 2, därefter symtomfri vid ny provokation. Instruerad i egenbehandling. Åter vid nya symtom."),
    ], "Fredrik Wallin"),
], [], [M102], "'Inget som talar för' negates stroke; the settled diagnosis carries an eponym (Dix-Hallpike, Epley).")

C("akut-viral-faryngit-inte-peritonsillit", "vgr", "20041122-6640", "2004-11-22", [
    N("n1", "V_AKUT_NAL", "Akutanteckning", "2024-11-09 21:15", "2024-11-09 21:50", "akut", [
        ("Aktuellt", "Halsont sedan 3 d, ont att svälja, lite snuva och hosta. Ringde 1177 som hänvisade hit då hon hade svårt att få i sig mat."),
        ("Status", "Ingen trismus. Tonsiller lätt rodnade, symmetriska, inga beläggningar. Uvula i medellinjen. Inga ömma käkvinkelkörtlar. T 37,8."),
        ("Lab", "Strep A neg."),
        ("Bedömning", "Viral faryngit. Inget som talar för peritonsillit och inte heller för streptokocktonsillit."),
        ("Åtgärd", "Alvedon och Ipren växelvis, mjuk kost. Åter vid svårt att gapa eller ensidig svullnad."),
    ], "Ida Nilsson"),
], [], [M102], "Two negated diagnoses in one sentence ('inget som talar för ... och inte heller för ...').")

C("infektion-influensa-a-utan-hallpunkt-for-meningit", "skane", "20030608-4138", "2003-06-08", [
    N("n1", "S_INF_MAL", "Akutanteckning", "2024-01-14 04:20", "2024-01-14 06:00", "akut", [
        ("Aktuellt", "Feber 40 sedan igår, huvudvärk, muskelvärk, torrhosta. Sambon sjuk i samma symtom sedan i fredags."),
        ("Status", "AT: febril, trött, klar och adekvat. Ingen nackstelhet, Kernig och Brudzinski neg. Inga petekier. Pulm: vesikulärt. Cor RR 104."),
        ("Lab", "CRP 38, LPK 5,2. Influensa A-PCR positiv."),
        ("Bedömning", "Influensa A. Utan hållpunkt för meningit eller bakteriell superinfektion."),
        ("Åtgärd", "Hem. Paracetamol, vätska. Oseltamivir ej indicerat hos frisk ung vuxen efter 36 h. Åter vid andningsbesvär eller förvirring."),
    ], "Omar Al-Hassan"),
], [], [M102], "'Utan hållpunkt för' negates two diagnoses; influenza A is confirmed by PCR.")

C("infektion-borrelia-misstanken-avskriven", "vgr", "19740226-2195", "1974-02-26", [
    N("n1", "V_INF_OSTRA", "Mottagningsanteckning", "2024-10-30 13:40", "2024-10-30 14:35", "öppenvård", [
        ("Aktuellt", "Återbesök. Trötthet och ledvärk sedan sommaren efter fästingbett i juni. Remitterad från VC för utredning."),
        ("Lab", "Borreliaserologi IgG och IgM neg vid två tillfällen med 6 v mellanrum. CRP, SR, blodstatus, TSH ua."),
        ("Bedömning", "Misstanken om borreliainfektion är avskriven med två negativa serologier. Besvären bedöms som postinfektiös trötthet efter covid i maj."),
        ("Planering", "Åter till VC för fortsatt uppföljning, gradvis ökad aktivitet. Avslutas här."),
    ], "Leila Mansour"),
], [], [M102], "'Misstanken om ... är avskriven': a hedge noun that has been dropped, so nothing is open.")

C("akut-aortadissektion-kan-uteslutas", "vgr", "19580721-5578", "1958-07-21", [
    N("n1", "V_AKUT_SU", "Akutanteckning", "2024-07-25 02:40", "2024-07-25 05:10", "akut", [
        ("Aktuellt", "Plötslig smärta mellan skulderbladen kl 23 när han lyfte en tung låda. Känd hypertoni."),
        ("Status", "AT: smärtpåverkad. BT 172/98 hö, 168/96 vä. Pulsar lika. Cor RR, inga blåsljud. Neurologiskt ua. Öm paravertebralt Th5-Th7 hö."),
        ("DT aorta", "Normal aorta utan dissektion eller intramuralt hematom."),
        ("Bedömning", "Aortadissektion kan uteslutas. Muskulär ryggsmärta efter lyft. Otillräckligt behandlad hypertoni."),
        ("Åtgärd", "Oxynorm 5 mg med god effekt. Hem. Amlodipin 5 mg tillägg, BT-kontroll på VC om 2 v."),
    ], "Nils Fransson"),
], [], [M102], "'kan uteslutas' (can be ruled out), the mirror image of 'kan ej uteslutas'.")

C("reuma-ej-forenligt-med-ra-handartros", "skane", "19800302-1428", "1980-03-02", [
    N("n1", "S_REUMA_LUND", "Mottagningsanteckning", "2024-03-26 10:45", "2024-03-26 12:05", "öppenvård", [
        ("Aktuellt", "Remiss från VC pga värk i fingrarna sedan ett år, kort morgonstelhet, knöliga fingerleder. Mamma har reumatism."),
        ("Status", "Heberdens noder DIP II-IV bilat, Bouchards nod PIP III hö. Inga synoviter, squeeze test neg. Handledsrörlighet ua."),
        ("Lab och rtg", "CRP 2, SR 8, RF och anti-CCP neg. Rtg händer: ledspaltsminskning och osteofyter i DIP-leder, inga erosioner."),
        ("Bedömning", "Handartros i DIP- och PIP-leder. Fynden är inte förenliga med reumatoid artrit."),
        ("Planering", "Arbetsterapeut för ortoser och handträning. Paracetamol, Voltaren gel. Åter till VC."),
    ], "Fredrik Wallin"),
], [], [M102], "'inte förenliga med' negates the diagnosis; an unspecified 'reumatism' in the mother is family history.")

C("barn-aom-ingen-klinisk-misstanke-om-sepsis", "vgr", "20220514-3429", "2022-05-14", [
    N("n1", "V_BARN_DSBUS", "Akutanteckning", "2024-03-16 20:30", "2024-03-16 21:20", "akut", [
        ("Aktuellt", "Knappt 2-årig flicka med feber sedan i morse upp till 39,6, snuvig sedan några dagar, tar sig för hö öra och har sovit dåligt. Äter och dricker något sämre, blöta blöjor."),
        ("Status", "AT gott, leker på britsen, kapillär återfyllnad under 2 s. T 39,1. Hö trumhinna röd och buktande, vä ua. Pulm ua. Hud: inga utslag."),
        ("Bedömning", "Akut mediaotit hö. Ingen klinisk misstanke om sepsis."),
        ("Åtgärd", "Amoxicillin mixt 40 mg/kg/d fördelat på 3 doser i 5 d. Febernedsättande vid behov. Föräldrarna informerade om när de ska söka igen."),
    ], "Elin Bergström"),
], [], [M102], "'Ingen klinisk misstanke om' negates sepsis in a child's note read by guardians.")

C("medicin-febril-uvi-inga-tecekn-pa-pneumoni-typo", "skane", "19400121-2267", "1940-01-21", [
    N("n1", "S_MED_LKR", "Inskrivningsanteckning", "2024-12-03 15:30", "2024-12-03 17:50", "slutenvård", [
        ("Orsak till inskrivning", "Feber och förvirring."),
        ("Anamnes", "Bor på särskilt boende. Sedan igår feber 38,9, mer förvirrad än vanligt, täta trängningar enligt personalen. Ingen hosta."),
        ("Status", "Vaken, desorienterad till tid. T 38,7, BT 128/70, P 96, sat 95 %. Pulm: vesikulärt. Buk mjuk, suprapubiskt öm."),
        ("Lab", "CRP 136, LPK 15,1, krea 104. U-sticka nitrit pos. Lungrtg: inga infiltrat."),
        ("Bedömning", "Urinvägsinfektion med feber och delirium. Inga tecekn på pneumoni."),
        ("Planering", "Urinodling, blododling. Cefotaxim 1 g x 3 iv. Vätska. Delirium-förebyggande åtgärder."),
    ], "Anna-Karin Sjöberg"),
], [], [M102], "Typo in the negation cue ('Inga tecekn på'); the pneumonia is still negated and the UTI settled.")

C("ortoped-fotledsdistorsion-fraktur-foreligger-ej", "vgr", "19920505-4738", "1992-05-05", [
    N("n1", "V_ORT_MOL", "Akutanteckning", "2024-06-09 15:05", "2024-06-09 15:40", "akut", [
        ("Aktuellt", "Vrickade vä fot i innebandy, kunde inte stödja på foten direkt efteråt."),
        ("Status", "Svullnad och blåmärke lateralt vä fotled, öm framför laterala malleolen. Ej öm över malleolspetsar, naviculare eller basen av metatarsale V. Kan ta 4 steg."),
        ("Bedömning", "Distorsion vä fotled. Ottawa ankle rules negativa, fraktur föreligger ej och rtg behövs inte."),
        ("Åtgärd", "Kompression, högläge. Belastning efter förmåga, balansträning efter 1 v."),
    ], "Henrik Dahl"),
], [], [M102], "'föreligger ej' (is not present) negates the fracture after a clinical decision rule.")

C("infektion-erysipelas-fastslagen", "skane", "19470614-2884", "1947-06-14", [
    N("n1", "S_INF_MAL", "Daganteckning", "2024-06-25 11:10", "2024-06-25 11:55", "slutenvård", [
        ("Aktuellt", "Dag 3. Afebril sedan igår, mår bättre, har ätit."),
        ("Status", "Hö underben: rodnaden minskat ca 5 cm från markeringen, mindre ödem och ömhet. Tårna varma."),
        ("Lab", "CRP 186 -> 94. Blododlingar: växt av betahemolytiska streptokocker grupp G i 1 av 2 flaskor."),
        ("Bedömning", "Erysipelas hö underben med bakteriemi, god behandlingseffekt."),
        ("Planering", "Bensylpenicillin iv till imorgon, därefter PcV 1,6 g x 3 till totalt 10 d. Kompression när ödemet lagt sig. Utskrivning planeras till fredag."),
    ], "Omar Al-Hassan"),
], [], [M102], "A settled diagnosis with culture proof; nothing hedged.")

C("medicin-inskrivning-verifierad-pneumoni-lang", "vgr", "19440910-3316", "1944-09-10", [
    N("n1", "V_MED_NAL", "Inskrivningsanteckning", "2024-01-04 19:30", "2024-01-04 22:45", "slutenvård", [
        ("Orsak till inskrivning", "Feber, hosta, andfåddhet."),
        ("Anamnes", "79-årig man, bor med frun i villa, klarar sig själv. Sedan 4 d hosta med rostfärgade upphostningar, frossa, ont i hö sida vid djupa andetag. Andfådd vid ansträngning sedan igår. Vaccinerad mot influensa och covid i höstas, ej pneumokocker."),
        ("Tidigare sjukdomar", "Hypertoni. Typ 2-diabetes sedan 2010. Prostatahyperplasi. TURP 2016."),
        ("Läkemedel", "Metformin 1 g x 2, Enalapril 10 mg x 1, Atorvastatin 20 mg tn, Finasterid 5 mg x 1."),
        ("Allergi/Överkänslighet", "Inga kända läkemedelsallergier."),
        ("Social anamnes", "Pensionerad lantbrukare. Frun har lätt demens, han sköter hushållet. Två söner, en bor i Trollhättan. Ingen hemtjänst. Rökt 20 år, slutade 1990."),
        ("Status", "AT: påverkad, varm, lätt takypné. T 38,9, P 106, BT 128/74, AF 26, sat 90 % luft -> 95 % på 2 l O2.\nCor: RR, takykard, inga blåsljud.\nPulm: nedsatta andningsljud och krepitationer hö basalt, bronkiell andning lateralt hö.\nBuk: mjuk, oöm.\nBen: inga ödem."),
        ("Lab", "CRP 246, LPK 17,8, Hb 138, Na 133, K 4,2, krea 121, P-glukos 14,2. Laktat 1,8."),
        ("Lungrtg", "Lobär konsolidering hö underlob, ingen pleuravätska."),
        ("Bedömning", "Samhällsförvärvad pneumoni hö underlob, verifierad med röntgen. CRB-65 2. Hyperglykemi sekundärt till infektionen. Lätt njurfunktionspåverkan."),
        ("Planering", "Blododlingar x 2, sputumodling, pneumokock- och legionellaantigen i urin. Bensylpenicillin 3 g x 3 iv. Syrgas mot sat 92-96 %. Metformin pausas, insulin enligt schema. Vätska 1000 ml. Nytt krea imorgon. Trombosprofylax. Frun informerad per telefon med pat:s medgivande."),
    ], "Maria Johansson"),
], [], [M102], "Long admission note with status lines and a radiologically verified diagnosis; no hedge anywhere.")

C("barn-influensa-b-pcr-positiv", "skane", "20190212-2736", "2019-02-12", [
    N("n1", "S_BARN_HBG", "Akutanteckning", "2024-02-22 19:10", "2024-02-22 20:00", "akut", [
        ("Aktuellt", "5-årig pojke med hög feber sedan 2 d, hosta, ont i benen och vill inte gå. Syster sjuk med influensa förra veckan."),
        ("Status", "AT: trött men kontaktbar, leker lite. T 39,5. Pulm ua. Vader lätt ömma, ingen svullnad, går när han blir lockad. Hud ua."),
        ("Lab", "Influensa B-PCR positiv. CK 820. U-sticka ua."),
        ("Bedömning", "Influensa B med benign akut myosit i vaderna."),
        ("Åtgärd", "Hem. Rikligt med vätska, Alvedon. Åter vid mörk urin eller om han slutar gå. Föräldrarna informerade."),
    ], "Ida Nilsson"),
], [], [M102], "Confirmed diagnoses (PCR) in a child's note read by guardians.")

C("medicin-proximal-dvt-konstaterad", "vgr", "19630516-6222", "1963-05-16", [
    N("n1", "V_MEDMOTT_KUNG", "Mottagningsanteckning", "2024-01-27 09:15", "2024-01-27 10:00", "öppenvård", [
        ("Aktuellt", "Kommer för UL-svar och behandlingsbeslut efter akutbesök igår med svullet vä ben."),
        ("UL", "Trombos i v. poplitea och v. femoralis vä, vena iliaca fri."),
        ("Bedömning", "Proximal DVT vä ben, provocerad av immobilisering efter gips."),
        ("Åtgärd", "Apixaban 10 mg x 2 i 7 d, därefter 5 mg x 2, totalt 3 mån. Kompressionsstrumpa. Klexane avslutas. Återbesök VC om 3 mån för utsättning."),
    ], "Hanna Ek"),
], [], [M102], "DVT confirmed by ultrasound and treated: a settled diagnosis.")

C("geriatrik-epikris-lang-kanda-diagnoser", "skane", "19330418-2383", "1933-04-18", [
    N("n1", "S_GER_MAL", "Epikris", "2024-11-22 14:00", "2024-11-22 15:35", "slutenvård", [
        ("Orsak till inskrivning", "Överflyttad från ortopeden dag 4 efter operation av vä höftfraktur."),
        ("Tidigare sjukdomar", "Alzheimers sjukdom, diagnos 2021, på donepezil. Förmaksflimmer. Osteoporos med kotkompression L1 2022. Hypotyreos."),
        ("Vårdförlopp", "Opererad med hemiartroplastik vä 2024-11-12 efter fall i hemmet. Postoperativt delirium som klingade av under dag 5-7. Mobiliserad med gåbord och två personer, klarar nu förflyttning säng-rullstol med hjälp av en. Hb 88 som lägst, en erytrocytenhet dag 3. Obstipation behandlad med Movicol. Osteoporosbehandling med zoledronsyra ges i samband med återbesök om 3 mån."),
        ("Status vid utskrivning", "Vaken, orienterad till person. Operationssår läkt, agraffer borttagna. BT 132/70, P 78 oregelbunden. Äter själv med uppläggning."),
        ("Diagnoser", "Vä lårbenshalsfraktur, opererad. Postoperativt delirium. Alzheimers sjukdom. Förmaksflimmer. Postoperativ anemi."),
        ("Läkemedel vid utskrivning", "Eliquis 2,5 mg x 2 (återinsatt dag 2), Donepezil 10 mg, Levaxin 75 mikrog, Alvedon 1 g x 3, Movicol vid behov, Calcichew D3 x 2."),
        ("Uppföljning", "Korttidsboende i Malmö. Rehabilitering där. Ortopedisk kontroll med rtg om 6 v. Dottern informerad om vårdförlopp och plan."),
    ], "Erik Nyström"),
], [], [M102], "Long discharge summary listing only settled diagnoses and past history.")

C("kard-stemi-pci-hia-daganteckning", "vgr", "19650227-4514", "1965-02-27", [
    N("n1", "V_HIA_SU", "Daganteckning", "2024-04-02 10:30", "2024-04-02 11:45", "slutenvård", [
        ("Aktuellt", "Dag 2 efter primär PCI av ockluderad proximal LAD (2 DES) vid anterior STEMI. Smärtfri sedan ingreppet. Inga arytmier på telemetri senaste dygnet."),
        ("Status", "AT gott. Cor: RR, inga blåsljud. Pulm: vesikulära andningsljud, inga rassel. Hö handled: punktionsställe ua, radialispuls palp. BT 112/68, P 64."),
        ("UCG", "Hypokinesi anteriort och apikalt, EF 45 %. Ingen tromb, ingen perikardvätska."),
        ("Lab", "TnT topp 3 850. LDL 3,8. HbA1c 41."),
        ("Bedömning", "Anterior STEMI behandlad med PCI, lätt nedsatt vänsterkammarfunktion. Hyperlipidemi."),
        ("Planering", "ASA + Brilique i 12 mån, atorvastatin 80 mg, metoprolol, ramipril med upptitrering. Hjärtrehab och rökavvänjning. Utskrivning imorgon. Ingen bilkörning på en vecka."),
    ], "Katarzyna Nowak"),
], [], [M102], "Settled cardiology diagnoses with abbreviations (STEMI, LAD, DES, EF) and no hedge.")

# ===========================================================================
# C. NL102 near misses: family history, settled past history, hedges about
#    things that are not diagnoses
# ===========================================================================

C("onkogenetik-hereditet-brost-och-ovarialcancer", "skane", "19880203-5405", "1988-02-03", [
    N("n1", "S_ONKGEN_LUND", "Nybesök läkare", "2024-05-14 13:00", "2024-05-15 09:10", "öppenvård", [
        ("Aktuellt", "Remiss för genetisk vägledning. Pat är frisk, inga egna symtom, mammografi ej aktuellt än pga ålder."),
        ("Hereditet", "Mor bröstcancer vid 45 år, avliden 2010. Moster ovarialcancer vid 52 år. Morfar prostatacancer vid 70 år. Inga kända anlagsbärare i släkten."),
        ("Bedömning", "Frisk kvinna med stark hereditet för bröst- och äggstockscancer på mödernet som uppfyller kriterier för genetisk utredning."),
        ("Planering", "Pat vill gå vidare. Blodprov för BRCA1/2 och panel tas idag efter samtycke. Svar om 6-8 v, besked per besök."),
    ], "Leila Mansour"),
], [], [M102], "Cancer diagnoses of relatives under Hereditet; the patient herself is healthy.")

C("kard-farbror-hcm-pat-screenad-utan-fynd", "vgr", "20011017-3911", "2001-10-17", [
    N("n1", "V_KARD_SAS", "Mottagningsanteckning", "2024-03-19 08:40", "2024-03-19 09:50", "öppenvård", [
        ("Aktuellt", "Kallad för familjescreening. Far avled plötsligt vid 42 års ålder, farbror har hypertrofisk kardiomyopati med ICD. Pat spelar fotboll i division 3, inga symtom vid ansträngning, ingen synkope."),
        ("Status", "Cor: RR, inga blåsljud, även inte vid Valsalva. BT 122/70."),
        ("EKG och UCG", "EKG: SR 58, normala amplituder, inga Q-vågor, normal repolarisation. UCG: normala väggtjocklekar (septum 9 mm), normal funktion, ingen obstruktion i utflödet."),
        ("Bedömning", "Ingen hypertrofisk kardiomyopati hos pat i dagsläget."),
        ("Planering", "Gentest om familjens variant blir känd. Nytt EKG och UCG om 3 år eller tidigare vid symtom. Får fortsätta idrotta."),
    ], "Katarzyna Nowak"),
], [], [M102], "Relatives' cardiac diagnoses plus a negated finding in the patient.")

C("neuro-mamma-har-ms-pat-migran", "skane", "19970522-1662", "1997-05-22", [
    N("n1", "S_NEURO_MAL", "Mottagningsanteckning", "2024-06-11 14:15", "2024-06-11 15:30", "öppenvård", [
        ("Aktuellt", "Återbesök. Migrän utan aura sedan tonåren, attacker 4-5 ggr/mån senaste halvåret, missar jobb. Sumatriptan hjälper men räcker inte till alla attacker."),
        ("Hereditet", "Mamma har MS sedan 1990-talet. Morfar migrän."),
        ("Status", "Neurologiskt status ua. BT 118/74."),
        ("Bedömning", "Migrän utan aura med ökande attackfrekvens. Indikation för profylax."),
        ("Planering", "Propranolol 40 mg x 2, upptitrering. Huvudvärksdagbok. Återbesök 3 mån."),
    ], "Sofia Lindqvist"),
], [], [M102], "A relative's neurological diagnosis (MS) in Hereditet; the patient's migraine is settled.")

C("medicin-bror-trol-hemokromatos-pat-normal", "vgr", "19790316-4338", "1979-03-16", [
    N("n1", "V_MEDMOTT_KUNG", "Mottagningsanteckning", "2024-08-27 10:45", "2024-08-27 11:30", "öppenvård", [
        ("Aktuellt", "Remiss från VC för bedömning. Bror har trol. ärftlig hemokromatos och utreds på Sahlgrenska, pat vill själv bli kontrollerad. Inga symtom."),
        ("Lab", "Ferritin 180, transferrinmättnad 28 %, ALAT 0,4. HFE-genotyp: inga C282Y- eller H63D-varianter."),
        ("Bedömning", "Ingen järninlagring och inte bärare av HFE-varianterna."),
        ("Planering", "Ingen vidare uppföljning. Avslutas."),
    ], "Nils Fransson"),
], [], [M102], "A hedged diagnosis ('trol. ärftlig hemokromatos') that belongs to the brother, not the patient; the patient's own result is normal.")

C("psyk-hereditet-far-bipolar-pat-depression", "skane", "20000911-2525", "2000-09-11", [
    N("n1", "S_PSYK_LUND", "Mottagningsanteckning", "2024-10-15 11:00", "2024-10-15 12:20", "öppenvård", [
        ("Aktuellt", "Uppföljning. Medelsvår depressiv episod sedan i våras, sertralin 100 mg sedan 8 v. Sover bättre, orkar gå till föreläsningarna igen. Inga perioder med förhöjt stämningsläge eller minskat sömnbehov."),
        ("Hereditet", "Far har bipolär sjukdom typ I. Farmor tog sitt liv."),
        ("Psykiskt status", "Vaken, orienterad. God kontakt, ler emellanåt. Stämningsläget lätt sänkt. Inga psykotiska symtom. Inga dödstankar eller suicidtankar."),
        ("Bedömning", "Medelsvår depressiv episod i förbättring. Låg aktuell suicidrisk."),
        ("Planering", "Fortsatt sertralin 100 mg. Återbesök 6 v. Kontakt med mottagningen vid försämring eller tecken på uppvarvning, informerad om att hålla koll på det med tanke på pappans sjukdom."),
    ], "Anna-Karin Sjöberg"),
], [], [M102], "Psychiatric diagnosis of the father under Hereditet; the patient's depression is settled.")

C("hand-ktsyndrom-tidigare-brostcancer", "vgr", "19590723-1228", "1959-07-23", [
    N("n1", "V_HAND_SU", "Mottagningsanteckning", "2024-02-08 13:20", "2024-02-08 14:05", "öppenvård", [
        ("Aktuellt", "Domningar i hö tumme, pek- och långfinger nattetid sedan ett år, vaknar och skakar handen. Tappar saker."),
        ("Tidigare", "Bröstcancer vä 2015, opererad och strålbehandlad, recidivfri vid kontroll 2023. Appendektomi 1998. Hypotyreos."),
        ("Status", "Tinel och Phalen pos hö. Lätt thenaratrofi hö. Tvåpunktsdiskrimination 6 mm i dig II-III hö."),
        ("Neurografi", "Uttalad fokal inklämning av n. medianus i karpaltunneln hö."),
        ("Bedömning", "Karpaltunnelsyndrom hö, neurografiskt verifierat."),
        ("Planering", "Sätts upp för öppen karpaltunnelklyvning hö i lokalbedövning. Nattortos tills dess."),
    ], "Henrik Dahl"),
], [], [M102], "Settled past history (breast cancer 2015, recurrence-free) and a verified current diagnosis with eponymous tests.")

C("anestesi-tidigare-misstankt-epilepsi-avskrevs", "skane", "19900129-3951", "1990-01-29", [
    N("n1", "S_ANE_KRI", "Preoperativ bedömning", "2024-04-09 10:30", "2024-04-09 11:15", "öppenvård", [
        ("Aktuellt", "Planerad för laparoskopisk kolecystektomi 2024-04-24 pga upprepade gallstensanfall."),
        ("Tidigare", "Utreddes 2021 för misstänkt epilepsi efter ett kramp-liknande svimningsanfall, vilket avskrevs efter normalt EEG och MR. Inga fler episoder. Astma i barndomen, inga besvär som vuxen."),
        ("Status", "Cor: RR, inga blåsljud. Pulm ua. Mallampati I, god gapförmåga, normal nackrörlighet. BMI 27."),
        ("Bedömning", "ASA 1. Inga hinder för generell anestesi."),
        ("Planering", "Fastande enligt rutin. Premedicinering med paracetamol. Ingen antiepileptisk medicinering att hantera."),
    ], "Tobias Strand"),
], [], [M102], "A past suspicion that was written off ('misstänkt epilepsi, vilket avskrevs'): nothing is open now.")

C("gyn-preop-lungemboli-2019-behandlad", "vgr", "19821204-6240", "1982-12-04", [
    N("n1", "V_KK_SAS", "Inskrivningsanteckning", "2024-09-05 14:40", "2024-09-05 16:00", "slutenvård", [
        ("Orsak till inskrivning", "Planerad laparoskopisk hysterektomi imorgon pga myom med rikliga blödningar och anemi."),
        ("Tidigare sjukdomar", "Lungemboli 2019 efter långflygning, behandlad med Eliquis i 6 mån, ingen kvarvarande behandling. Järnbristanemi sekundärt till blödningarna, behandlad med iv järn i våras."),
        ("Status", "AT gott. Cor RR. Pulm ua. Buk: mjuk, palpabel uterus till strax under naveln."),
        ("Lab", "Hb 128, ferritin 64."),
        ("Bedömning", "Uterus myomatosus med menorragi. Ökad tromboembolisk risk pga tidigare lungemboli."),
        ("Planering", "Förlängd trombosprofylax med Fragmin 5000 E i 4 v postoperativt. Tidig mobilisering. Kompressionsstrumpor."),
    ], "Lina Haddad"),
], [], [M102], "Settled past history of pulmonary embolism in a pre-operative admission note.")

C("ogon-katarakt-tidigare-infarkt-och-diabetes", "skane", "19490616-7376", "1949-06-16", [
    N("n1", "S_OGON_LUND", "Mottagningsanteckning", "2024-08-20 09:30", "2024-08-20 10:10", "öppenvård", [
        ("Aktuellt", "Suddig syn och bländning i mörker, svårt att läsa textremsan på TV. Slutat köra bil på kvällen."),
        ("Tidigare", "Hjärtinfarkt 2018 (PCI), typ 2-diabetes utan retinopati vid fotografering 2023, hypertoni."),
        ("Status", "Visus hö 0,4, vä 0,6 med korr. Tryck 16/17. Kärnkatarakt grad 3 hö, grad 2 vä. Fundus ua bilat, ingen diabetesretinopati."),
        ("Bedömning", "Katarakt bilat, hö > vä, som påverkar funktionen."),
        ("Planering", "Kataraktoperation hö, sätts upp på väntelista. Biometri idag. Vä öga tas ställning till efter hö."),
    ], "Karin Hedlund"),
], [], [M102], "Past settled diagnoses in the history and a settled current diagnosis; no hedge.")

C("medicin-trolig-utskrivning-ev-aterbesok-utkast", "vgr", "19520419-2131", "1952-04-19", [
    N("n1", "V_MED_ALI", "Daganteckning", "2024-01-08 13:45", None, "slutenvård", [
        ("Aktuellt", "Dag 4 med pneumoni vä underlob. Afebril sedan igår, sat 95 % på luft, äter och är uppegående."),
        ("Lab", "CRP 182 -> 48."),
        ("Bedömning", "Pneumoni i god regress."),
        ("Planering", "Byte till amoxicillin po idag. Trolig utskrivning imorgon förmiddag. Ev. återbesök på mottagningen, annars uppföljande lungrtg via VC om 6-8 v."),
    ], "Petra Olsson"),
], [], [M102], "'Trolig' and 'Ev.' hedge the discharge and the follow-up, not a diagnosis; unsigned draft.")

C("kard-mojligen-byte-warfarin-till-noak", "skane", "19460504-1377", "1946-05-04", [
    N("n1", "S_KARD_LUND", "Telefonanteckning", "2024-03-13 15:10", "2024-03-13 15:25", "öppenvård", [
        ("Aktuellt", "Telefonuppföljning. Permanent förmaksflimmer, mekanisk aortaklaff bytt mot biologisk 2022. Waran med svängande PK senaste halvåret."),
        ("Bedömning", "Permanent förmaksflimmer med biologisk klaffprotes. Möjligen kan Waran ersättas med NOAK nu när det gått mer än ett år sedan klaffbytet."),
        ("Åtgärd", "Tas upp på klaffkonferens nästa vecka, pat meddelas därefter per telefon."),
    ], "Fredrik Wallin"),
], [], [M102], "'Möjligen' hedges a change of drug, not a diagnosis.")

C("hud-atopiskt-eksem-trol-forbattrat", "vgr", "19940803-3729", "1994-08-03", [
    N("n1", "V_HUD_SU", "Mottagningsanteckning", "2024-04-16 10:00", "2024-04-16 10:35", "öppenvård", [
        ("Aktuellt", "Uppföljning. Atopiskt eksem sedan barndomen, Protopic på ögonlock och hals sedan 3 mån, Elocon på armar vid skov."),
        ("Status", "Lätt torrhet och få lichenifierade områden i armvecken. Ögonlock och hals utan eksem."),
        ("Bedömning", "Atopiskt eksem, trol. förbättrat av Protopic, pat upplever mycket mindre klåda och sover bättre."),
        ("Planering", "Fortsatt Protopic 2 ggr/v som underhåll. Mjukgörande dagligen. Återbesök vid behov."),
    ], "David Cohen"),
], [], [M102], "'trol.' hedges the improvement of a settled, long-known diagnosis.")

C("ortoped-gonartros-ev-remiss-smartmottagning", "skane", "19570809-2548", "1957-08-09", [
    N("n1", "S_ORT_HLM", "Mottagningsanteckning", "2024-11-26 11:00", "2024-11-26 11:50", "öppenvård", [
        ("Aktuellt", "Värk i hö knä vid promenader, vilovärk nattetid enstaka nätter. Gått i artrosskola 2023. Vill inte opereras."),
        ("Status", "Hö knä: lätt varusfelställning, krepitationer, rörlighet 0-115, ingen hydrops, stabil."),
        ("Rtg", "Medial gonartros hö med uttalad ledspaltsminskning, Ahlbäck grad 2."),
        ("Bedömning", "Medial gonartros hö, pat avstår protes i nuläget."),
        ("Planering", "Fortsatt träning med fysioterapeut. Kortisoninjektion idag. Ev. remiss till smärtmottagning om värken inte går att kontrollera, annars ny bedömning om ett år."),
    ], "Jonas Åkesson"),
], [], [M102], "'Ev.' hedges a referral; the arthrosis is settled (with a radiological grading eponym).")

C("geriatrik-sannolikt-behov-av-hemtjanst", "vgr", "19370821-4865", "1937-08-21", [
    N("n1", "V_GER_MOL", "Daganteckning", "2024-06-27 11:20", "2024-06-27 12:00", "slutenvård", [
        ("Aktuellt", "Inlagd efter fall i hemmet, ingen fraktur. Ortostatisk hypotension efter höjd dos av furosemid. Bor ensam i lägenhet utan hiss."),
        ("Status", "Vaken, orienterad. BT liggande 142/78, stående 124/72 efter justering. Går med rollator, osäker i trappa."),
        ("Bedömning", "Fall orsakat av ortostatisk hypotension, nu bättre efter dosminskning. Nedsatt gångförmåga."),
        ("Planering", "Sannolikt behov av hemtjänst och trygghetslarm vid hemgång, biståndshandläggare kontaktad. Arbetsterapeut gör hembesök. Fortsatt furosemid 20 mg."),
    ], "Erik Nyström"),
], [], [M102], "'Sannolikt' hedges a need for home help, not a diagnosis.")

C("onh-kronisk-rinosinuit-ev-fess", "skane", "19681030-6131", "1968-10-30", [
    N("n1", "S_ONH_HBG", "Mottagningsanteckning", "2024-01-30 13:45", None, "öppenvård", [
        ("Aktuellt", "Nästäppa och nedsatt luktsinne i flera år. Mometason nässpray dagligen med viss effekt. Astma."),
        ("Status", "Nasofaryngoskopi: polyper bilat i mellersta näsgången, grad 2 hö och vä. Inget purulent sekret."),
        ("DT bihålor", "Slemhinneförtjockning i etmoidalceller och maxillarsinus bilat."),
        ("Bedömning", "Kronisk rinosinuit med näspolyper."),
        ("Planering", "Prednisolonkur 10 d, därefter fortsatt mometason 2 x 2. Ev. FESS längre fram om effekten blir otillräcklig. Återbesök 3 mån."),
    ], "Karin Hedlund"),
], [], [M102], "'Ev.' hedges a possible operation (FESS) for a settled diagnosis; unsigned draft.")

C("ortoped-epikondylit-trolig-spontanlakning", "vgr", "19840225-5817", "1984-02-25", [
    N("n1", "V_ORT_MOL", "Mottagningsanteckning", "2024-10-03 14:10", "2024-10-03 14:40", "öppenvård", [
        ("Aktuellt", "Smärta lateralt hö armbåge sedan 2 mån, snickare, värre vid greppbelastning."),
        ("Status", "Öm över laterala epikondylen hö. Smärta vid resisterad extension av handled och långfinger. Full rörlighet."),
        ("Bedömning", "Lateral epikondylit hö. Trolig spontanläkning inom 6-12 mån."),
        ("Planering", "Excentrisk träning, avlastande epikondylitband. Ingen kortisoninjektion. Åter vid behov."),
    ], "Henrik Dahl"),
], [], [M102], "'Trolig' hedges the prognosis of a settled diagnosis.")

C("neuro-kand-epilepsi-bilkorning-fragetecken", "vgr", "19851111-3279", "1985-11-11", [
    N("n1", "V_NEURO_SU", "Mottagningsanteckning", "2024-12-10 10:00", "2024-12-10 10:40", "öppenvård", [
        ("Aktuellt", "Årskontroll. Fokal epilepsi med ursprung vä temporallob sedan 2016 efter herpesencefalit. Lamotrigin 200 mg x 2. Senaste anfallet mars 2022."),
        ("Status", "Neurologiskt oförändrat, lätt ordmobiliseringssvårighet som tidigare."),
        ("Bedömning", "Fokal epilepsi, anfallsfri i 2,5 år på lamotrigin."),
        ("Körkort", "Bilkörning? Anfallsfri mer än ett år, uppfyller kraven för B-behörighet. Ingen anmälan till Transportstyrelsen."),
        ("Planering", "Oförändrad medicinering. Lamotriginkoncentration. Nästa kontroll om ett år."),
    ], "Sofia Lindqvist"),
], [], [M102], "A question mark attached to a non-diagnostic word ('Bilkörning?') in a note whose diagnosis is settled.")

# ===========================================================================
# D. NL102 near misses: PMO (diagnoses never shown) and protected Tidiga hypoteser
# ===========================================================================

C("pmo-vc-trol-viral-ovre-luftvagsinfektion-utkast", "skane", "19940110-3461", "1994-01-10", [
    N("n1", "S_VC_LINERO", "Besöksanteckning läkare", "2024-01-16 10:20", None, "öppenvård", [
        ("Kontaktorsak", "Halsont och snuva."),
        ("Aktuellt", "Snuva, halsont och torrhosta sedan 5 d. Feber 38 de första två dagarna, nu afebril. Barnen på förskolan har varit förkylda."),
        ("Status", "AT gott. Svalg lätt rodnat, inga beläggningar. Öron ua bilat. Inga förstorade körtlar. Pulm ua."),
        ("Bedömning", "Trol. viral övre luftvägsinfektion."),
        ("Åtgärd", "Egenvårdsråd. Ingen antibiotika. Åter om besvären kvarstår om 2 v."),
    ], "Johan Ek"),
], [], [M102], "PMO never shows diagnoses, so a hedged diagnosis ('Trol.') in a vårdcentral draft does not give NL102.")

C("pmo-vc-misstankt-pyelonefirt-typo", "skane", "19720429-1749", "1972-04-29", [
    N("n1", "S_VC_ESLOV", "Besöksanteckning läkare", "2024-05-08 14:30", "2024-05-08 15:05", "öppenvård", [
        ("Aktuellt", "Sveda vid vattenkastning i 4 d, sedan i morse feber 38,6 och värk i hö flank."),
        ("Status", "T 38,4. Dunköm hö njurloge. Buk mjuk."),
        ("Lab", "U-sticka nitrit pos, LPK 2+, blod 1+. CRP 98."),
        ("Bedömning", "Misstänkt pyelonefirt hö."),
        ("Åtgärd", "Urinodling. Ciprofloxacin 500 mg 1 x 2 i sju dagar. Kontakt vid utebliven förbättring inom två dygn."),
    ], "Nadia Karimi"),
], [], [M102], "Hedged diagnosis with a typo ('pyelonefirt') in PMO, where diagnoses are never shown.")

C("pmo-vc-depression-fragetecken-phq9", "skane", "19770615-4221", "1977-06-15", [
    N("n1", "S_VC_SIMRIS", "Besöksanteckning läkare", "2024-09-18 15:30", "2024-09-19 08:15", "öppenvård", [
        ("Aktuellt", "Orkeslös och ledsen sedan i våras, sover dåligt, har slutat träffa vänner. Separerade i mars. Jobbar heltid i vården, har varit hemma de senaste dagarna."),
        ("Status", "Vaken, orienterad. Sänkt stämningsläge, gråter vid samtalet. Inga psykotiska symtom. Förnekar suicidtankar och planer."),
        ("Skattning", "PHQ-9 16. AUDIT 3."),
        ("Bedömning", "Depression? Differentialdiagnos anpassningsstörning efter separationen."),
        ("Åtgärd", "Kuratorskontakt. Sjukskrivning 2 v. Återbesök om 2 v för ställningstagande till SSRI. Blodprover: TSH, Hb, B12."),
    ], "Johan Ek"),
], [], [M102], "'Depression?' and a differential in a PMO note: never NL102 in PMO.")

C("pmo-vc-susp-diabetes-typ-2", "skane", "19660303-5319", "1966-03-03", [
    N("n1", "S_VC_LINERO", "Besöksanteckning läkare", "2024-03-21 09:00", "2024-03-21 09:40", "öppenvård", [
        ("Aktuellt", "Hälsokontroll. Törstig senaste månaderna, kissar ofta nattetid. Pappa hade diabetes."),
        ("Status", "BMI 31. BT 146/90. Fötter ua, pulsar palp."),
        ("Lab", "HbA1c 50, fP-glukos 7,4."),
        ("Bedömning", "Susp. diabetes typ 2, ett värde över gränsen."),
        ("Åtgärd", "Nytt HbA1c om 2 v. Lipider, krea, U-albumin. Kostråd, remiss till diabetessköterska efter verifierat värde."),
    ], "Nadia Karimi"),
], [], [M102], "'Susp.' before a diagnosis in a PMO note.")

C("pmo-um-trolig-klamydia-smittspardad", "skane", "20060210-2840", "2006-02-10", [
    N("n1", "S_UM_HBG", "Besöksanteckning läkare", "2024-04-25 15:00", "2024-04-25 15:35", "öppenvård", [
        ("Kontaktorsak", "Smittspårad för klamydia."),
        ("Aktuellt", "18-årig tjej som blivit kontaktad via smittspårning, tidigare partner klamydiapositiv. Inga symtom. Använder p-stav."),
        ("Bedömning", "Trolig klamydiainfektion, smittspårad kontakt."),
        ("Åtgärd", "Klamydia- och gonorré-PCR tagen, självtest vaginalt. Doxycyklin 100 mg x 2 i 7 d ges på epidemiologisk indikation. Samlagsuppehåll. Pat informerad om smittskyddslagen."),
    ], "Johan Ek"),
], [], [M102], "Hedged diagnosis at a youth clinic in PMO; an 18-year-old reads her journal but PMO does not show diagnoses.")

C("pmo-bvc-misstankt-hoftledsdysplasi", "skane", "20240221-4023", "2024-02-21", [
    N("n1", "S_BVC_AHUS", "BVC läkarbesök", "2024-08-27 10:15", "2024-08-27 11:00", "öppenvård", [
        ("Aktuellt", "6-månadersbesök. Föräldrarna upplever henne pigg. Ammas och äter smakportioner. Vänder sig åt båda håll."),
        ("Status", "Vikt och längd följer kurvan. Asymmetriska lårveck, lätt begränsad abduktion vä höft. Ortolani och Barlow neg. I övrigt ua."),
        ("Bedömning", "Misstänkt höftledsdysplasi vä."),
        ("Åtgärd", "Remiss barnortoped för UL höfter. Föräldrarna informerade."),
    ], "Nadia Karimi"),
], [], [M102], "BVC note in PMO: a hedged diagnosis of an infant is never shown.")

C("pmo-hemsjukvard-trolig-pneumoni", "skane", "19320807-3191", "1932-08-07", [
    N("n1", "S_HSV_HOOR", "Hembesök läkare", "2024-12-17 13:20", "2024-12-17 14:10", "hemsjukvård", [
        ("Aktuellt", "Hembesök på begäran av distriktssköterskan. Sedan 2 d hosta, feber 38,2, äter sämre. Känd hjärtsvikt och KOL. Har tidigare uttryckt att han inte vill läggas in."),
        ("Status", "Trött men adekvat. T 38,0, sat 92 %, AF 22. Pulm: krepitationer vä basalt. Lätta ödem på underbenen som tidigare."),
        ("Lab", "CRP 84 (patientnära)."),
        ("Bedömning", "Trolig pneumoni vä."),
        ("Åtgärd", "Amoxicillin 750 mg x 3 i 7 d. Vätskelista. Ny kontroll via distriktssköterska imorgon. Pat och sonen överens om vård i hemmet."),
    ], "Johan Ek"),
], [], [M102], "Hedged diagnosis in a PMO home-care note.")

C("skane-tidiga-hypoteser-mall-ovarialcancerrecidiv", "skane", "19530311-2162", "1953-03-11", [
    N("n1", "S_ONK_LUND", "Tidiga hypoteser", "2024-06-03 16:10", "2024-06-03 16:30", "öppenvård", [
        ("Bedömning", "CA-125 stigit från 18 till 96 på 3 mån. Misstanke om recidiv av ovarialcancern. DT bokad 12/6, resultatet avvaktas innan något sägs till pat, som är mycket orolig för recidiv och har en svår period i familjen."),
    ], "Mikael Persson"),
], [], [M102], "Skåne protects by template: the suspicion is in a Melior note with template Tidiga hypoteser.")

C("skane-tidiga-hypoteser-mall-personlighetsstorning", "skane", "20020130-4383", "2002-01-30", [
    N("n1", "S_PSYK_LUND", "Tidiga hypoteser", "2024-07-11 14:50", "2024-07-11 15:05", "öppenvård", [
        ("Hypotes", "Återkommande självskada, instabila relationer och tomhetskänsla. Misstänkt emotionellt instabil personlighetsstörning. Bedömningen behöver prövas under längre tid och med strukturerad intervju innan den tas upp med pat."),
    ], "Anna-Karin Sjöberg"),
], [], [M102], "Skåne Tidiga hypoteser template in adult psychiatry: the hedged diagnosis is hidden.")

C("vgr-sokord-tidiga-hypoteser-huntington-utkast", "vgr", "19830917-6157", "1983-09-17", [
    N("n1", "V_NEURO_SU", "Läkaranteckning", "2024-05-21 13:30", None, "öppenvård", [
        ("Aktuellt", "Remiss från VC. Sambon har märkt att han blivit rastlös, ryckig i ansiktet och händerna, mer lättirriterad. Svårt att hänga med på jobbet. Adopterad, biologisk far dog i 50-årsåldern, okänd orsak."),
        ("Status", "Korta, oregelbundna ofrivilliga rörelser i ansikte och fingrar. Sackadiska ögonrörelser långsamma. Tandem gång osäker. MoCA 24/30."),
        ("Tidiga hypoteser", "Bilden inger stark misstanke om Huntingtons sjukdom. Gentest först efter genetisk vägledning; tas upp med pat och sambon vid nästa besök tillsammans med kurator."),
        ("Bedömning", "Ofrivilliga rörelser, kognitiv påverkan och beteendeförändring. Utredning pågår."),
        ("Planering", "MR hjärna, blodprover. Återbesök om 3 v med kurator."),
    ], "Sofia Lindqvist"),
], [], [M102], "VGR protects by sökord: the hypothesis is only under Tidiga hypoteser, the visible sections hold symptoms only; unsigned draft.")

C("vgr-sokord-tidiga-hypoteser-ftd", "vgr", "19570228-1436", "1957-02-28", [
    N("n1", "V_GER_MOL", "Läkaranteckning", "2024-10-14 14:00", "2024-10-14 16:20", "öppenvård", [
        ("Aktuellt", "Hustrun berättar om förändrad personlighet sedan 1,5 år: har blivit ohämmad, äter sött i stora mängder, har slutat bry sig om barnbarnen. Pat själv ser inga problem."),
        ("Status", "Vaken, orienterad. Flack affekt, bristande sjukdomsinsikt. MMSE 27/30. Ordflödestest kraftigt nedsatt. Frontala frisättningsreflexer: gripreflex pos bilat."),
        ("Tidiga hypoteser", "Trolig beteendevariant av frontotemporal demens. Pat saknar insikt och hustrun bedömer att det kan leda till konflikt hemma om det tas upp innan utredningen är klar."),
        ("Bedömning", "Beteendeförändring med exekutiv påverkan. Fortsatt utredning."),
        ("Planering", "MR hjärna, FDG-PET, neuropsykologisk testning. Återbesök om 6 v."),
    ], "Erik Nyström"),
], [], [M102], "VGR Tidiga hypoteser sökord holds the hedged diagnosis; visible sections describe findings only.")

C("skane-tva-anteckningar-th-mall-och-ren-mottagning", "skane", "19480524-2577", "1948-05-24", [
    N("n1", "S_HEMA_LUND", "Mottagningsanteckning", "2024-09-10 10:30", "2024-09-10 11:40", "öppenvård", [
        ("Aktuellt", "Kontroll av KLL stadium A, diagnos 2019, obehandlad. Senaste 2 mån trött, nattsvettningar, gått ned 4 kg."),
        ("Status", "Nytillkommen 4 cm körtel hö sida av halsen, i övrigt små körtlar som tidigare. Mjälte ej palp."),
        ("Lab", "LPK 38 (tidigare 31), Hb 128, TPK 162, LD 9,8 (tidigare 3,4)."),
        ("Bedömning", "KLL med B-symtom, snabbt växande körtel och kraftig LD-stegring."),
        ("Planering", "PET-DT och körtelbiopsi. Återbesök med svar."),
    ], "Mikael Persson"),
    N("n2", "S_HEMA_LUND", "Tidiga hypoteser", "2024-09-10 11:45", "2024-09-10 11:50", "öppenvård", [
        ("Bedömning", "Misstänkt Richtertransformation till aggressivt lymfom."),
    ], "Mikael Persson"),
], [], [M102, ("NL102", "n2")], "Two notes: the visible one (n1) holds findings only, the hypothesis is in a separate Skåne Tidiga hypoteser note (n2); neither gives NL102.")

C("vgr-tva-anteckningar-hypotes-bara-i-n2", "vgr", "19750612-6544", "1975-06-12", [
    N("n1", "V_MEDMOTT_KUNG", "Telefonanteckning", "2024-04-03 08:20", "2024-04-03 08:30", "öppenvård", [
        ("Aktuellt", "Ringt pat med provsvar inför besöket: krea 68, Na 141, TSH 1,9. BT-dagbok hemifrån i snitt 158/98 trots tre läkemedel."),
        ("Åtgärd", "Besök bokat 10/4."),
    ], "Maria Johansson"),
    N("n2", "V_MEDMOTT_KUNG", "Mottagningsanteckning", "2024-04-10 13:00", "2024-04-10 14:20", "öppenvård", [
        ("Aktuellt", "48-årig kvinna med hypertoni sedan 35 års ålder, nu terapiresistent på amlodipin, losartan och hydroklortiazid. Muskelkramper."),
        ("Status", "BT 164/102 hö, 160/100 vä. Cor: RR. Inga blåsljud över buken."),
        ("Lab", "K 3,2 trots ARB. Aldosteron och renin tagna."),
        ("Bedömning", "Terapiresistent hypertoni med hypokalemi, misstänkt primär aldosteronism."),
        ("Planering", "Utsättning av hydroklortiazid, spironolakton 25 mg. Aldosteron/renin-kvot. Remiss endokrin vid förhöjd kvot."),
    ], "Maria Johansson"),
], [("NL102", "n2")], [M102], "Finding targeting within a record: the hypothesis is in note n2 only, so NL102 must point at n2 and not at the clean telephone note n1.")

# ===========================================================================
# E. NL101: a diagnosis visible while the text says the patient is not told yet,
#    and near misses (told, told later in the note, someone else not told)
# ===========================================================================

C("lung-smacellig-lungcancer-ej-informerad", "vgr", "19560114-7415", "1956-01-14", [
    N("n1", "V_LUNG_SU", "Läkaranteckning", "2024-03-27 15:40", "2024-03-27 16:10", "öppenvård", [
        ("Aktuellt", "Svar på EBUS med punktion av station 4R och 7 utförd 2024-03-22."),
        ("Undersökningsresultat", "PAD/cytologi: småcellig lungcancer i båda stationerna."),
        ("Bedömning", "Småcellig lungcancer, begränsad sjukdom enligt DT, stadieindelning kompletteras med PET-DT och MR hjärna."),
        ("Planering", "Pat ej informerad ännu; besked ges av undertecknad tillsammans med kontaktsjuksköterska vid besök på fredag. Anmäls till lungcancerkonferens. Remiss onkologen."),
    ], "Katarzyna Nowak"),
], [M101], [M102], "A confirmed cancer diagnosis is visible while the note says the patient has not been told yet.")

C("neuro-ms-mcdonald-besked-vid-aterbesok", "skane", "19950308-4627", "1995-03-08", [
    N("n1", "S_NEURO_HBG", "Läkaranteckning", "2024-05-03 12:15", "2024-05-03 13:00", "öppenvård", [
        ("Undersökningsresultat", "MR hjärna och halsrygg: 9 periventrikulära och juxtakortikala lesioner samt en lesion i halsmärgen C3, en laddar kontrast. Likvor: oligoklonala band positiva, IgG-index 0,9."),
        ("Bedömning", "Diagnoskriterierna för multipel skleros enligt McDonald 2017 är uppfyllda. Skovvis förlöpande MS."),
        ("Planering", "Pat har ännu inte fått besked om diagnosen, informeras vid återbesök 14/5 tillsammans med MS-sjuksköterska. Diskuteras på MS-rond inför val av behandling."),
    ], "Fredrik Wallin"),
], [M101], [M102], "Settled MS diagnosis written in a visible note before the patient has been told ('har ännu inte fått besked').")

C("barnonk-all-varken-pat-eller-foraldrar-informerade", "vgr", "20180417-2029", "2018-04-17", [
    N("n1", "V_BARNONK_DSBUS", "Läkaranteckning", "2024-10-08 17:20", "2024-10-08 18:05", "slutenvård", [
        ("Aktuellt", "6-årig flicka inlagd sedan igår med blekhet, blåmärken och feber. Benmärgsprov taget i narkos idag."),
        ("Undersökningsresultat", "Benmärg: 86 % blaster, flödescytometri förenlig med B-prekursor-ALL. Cytogenetik inväntas."),
        ("Bedömning", "Akut lymfatisk leukemi av B-prekursortyp."),
        ("Planering", "Varken pat eller föräldrar är informerade ännu. Informationssamtal imorgon kl 9 med ansvarig barnonkolog, kontaktsjuksköterska och kurator. CVK-inläggning onsdag, start induktionsbehandling enligt ALLTogether."),
    ], "Ida Nilsson"),
], [M101], [], "A child's leukaemia diagnosis is visible to the guardians' login while the note says neither the child nor the parents have been told.")

C("minne-alzheimer-ska-inte-meddelas-forran-dottern", "skane", "19460927-5203", "1946-09-27", [
    N("n1", "S_MINNE_ANG", "Läkaranteckning", "2024-09-16 14:30", "2024-09-16 15:45", "öppenvård", [
        ("Utredningsresultat", "Likvor: lågt beta-amyloid 42/40-kvot, förhöjt p-tau. Neuropsykologisk testning: episodiskt minne kraftigt nedsatt, övriga domäner lindrigt påverkade. MR: hippocampusatrofi bilat."),
        ("Bedömning", "Alzheimers sjukdom, mild demens."),
        ("Planering", "Diagnosen ska inte meddelas pat förrän dottern kan närvara, pat bor ensam och har tidigare sagt att hon inte vill få tunga besked utan anhörig. Nytt besök 3/10 med dottern. Donepezil diskuteras då."),
    ], "Erik Nyström"),
], [M101], [M102], "'ska inte meddelas pat förrän' with a settled dementia diagnosis in a visible note.")

C("kirurg-pad-adenocarcinom-ej-inforemrad-typo", "vgr", "19590305-3675", "1959-03-05", [
    N("n1", "V_KIR_SKAS", "Läkaranteckning", "2024-02-29 13:10", "2024-02-29 13:30", "öppenvård", [
        ("PAD", "Polyp från colon transversum, 25 mm, avlägsnad vid koloskopi 2024-02-15: adenocarcinom, invasion i submukosan (Haggitt 4), lymfkärlsinväxt."),
        ("Bedömning", "Tidig koloncancer i polyp med riskfaktorer, kirurgisk resektion rekommenderas."),
        ("Åtgärd", "Pat ej inforemrad om PAD, kallas till mottagningen 7/3. Anmäld till MDK. DT thorax-buk beställd."),
    ], "Jonas Åkesson"),
], [M101], [M102], "Typo in the information cue ('ej inforemrad') next to a confirmed cancer diagnosis.")

C("gyn-pad-konisering-skivepitelcancer-ej-informerad", "skane", "19891201-2369", "1989-12-01", [
    N("n1", "S_KK_YST", "Läkaranteckning", "2024-05-27 11:50", "2024-05-27 12:20", "öppenvård", [
        ("Aktuellt", "Svar på konisering 2024-05-13 pga HSIL och HPV 16 i cellprov."),
        ("PAD", "Skivepitelcancer med invasionsdjup 2 mm, fria resektionsränder, ingen kärlinväxt. Stadium IA1."),
        ("Bedömning", "Cervixcancer stadium IA1, radikalt exciderad vid koniseringen."),
        ("Planering", "Pat ej informerad, kallas till samtal 3/6 med kontaktsjuksköterska. Diskuteras på gyn-onkologisk konferens angående uppföljning."),
    ], "Lina Haddad"),
], [M101], [M102], "Confirmed cervical cancer in a visible note with 'Pat ej informerad'.")

C("psykos-schizofreni-ska-inte-informeras-annu", "vgr", "19980219-6130", "1998-02-19", [
    N("n1", "V_PSYK_OSTRA", "Läkaranteckning", "2024-06-19 14:00", "2024-06-19 16:30", "öppenvård", [
        ("Aktuellt", "Diagnoskonferens efter 6 mån utredning. Pat har sedan 2022 hört röster som kommenterar honom, är övertygad om att grannarna övervakar honom genom väggarna, har dragit sig undan och slutat på jobbet."),
        ("Bedömning", "Schizofreni, paranoid form. Pågående psykotiska symtom, begränsad sjukdomsinsikt."),
        ("Planering", "Pat ska inte informeras om diagnosen ännu då han i nuläget inte bedöms kunna ta emot beskedet utan risk för avbrott i kontakten. Fortsatt aripiprazol 15 mg. Psykoedukation med familjen. Ny bedömning om 4 v."),
    ], "Anna-Karin Sjöberg"),
], [M101], [M102], "'Pat ska inte informeras om diagnosen ännu' next to a settled psychiatric diagnosis in a visible note.")

C("infektion-hiv-konfirmerad-pat-ej-nadd", "vgr", "19910505-3236", "1991-05-05", [
    N("n1", "V_INF_OSTRA", "Läkaranteckning", "2024-08-06 11:30", "2024-08-06 11:45", "öppenvård", [
        ("Aktuellt", "Provsvar. HIV-test taget på VC i samband med utredning av långdragen diarré och viktnedgång."),
        ("Lab", "HIV 1/2 ag/ak reaktivt, konfirmerat med immunoblot: HIV-1. CD4 210, virusmängd inväntas."),
        ("Bedömning", "HIV-1-infektion med måttlig immunsupprimering."),
        ("Planering", "Pat ej informerad, har inte gått att nå på telefon idag, kallelse skickad till besök imorgon. Smittskyddsanmälan görs efter besöket. Kontakt med VC-läkaren."),
    ], "Leila Mansour"),
], [M101], [M102], "Confirmed HIV diagnosis is visible while the patient could not yet be reached and told.")

C("hud-melanom-besked-lamnas-vid-aterbesok", "skane", "19630728-4775", "1963-07-28", [
    N("n1", "S_HUD_LUND", "Läkaranteckning", "2024-08-14 09:10", "2024-08-14 09:25", "öppenvård", [
        ("PAD", "Excision vä vad: superficiellt spridande malignt melanom, Breslow 1,8 mm, ulceration saknas, mitoser 3/mm2. Radikalt med 2 mm marginal."),
        ("Bedömning", "Malignt melanom pT2a vä vad."),
        ("Planering", "Pat har inte fått besked ännu, det lämnas vid återbesöket 22/8. Utvidgad excision 1 cm + portvaktskörtel, remiss plastikkirurgen skrivs."),
    ], "David Cohen"),
], [M101], [M102], "Confirmed melanoma with 'har inte fått besked ännu' in a visible note.")

C("hema-myelom-n1-ej-informerad-n2-informerad", "skane", "19510910-3530", "1951-09-10", [
    N("n1", "S_HEMA_LUND", "Läkaranteckning", "2024-11-28 16:00", "2024-11-28 16:20", "öppenvård", [
        ("Undersökningsresultat", "Benmärg: 34 % klonala plasmaceller. Lågdos-DT: multipla osteolyser i bäcken och kotpelare."),
        ("Bedömning", "Multipelt myelom, IgG kappa, ISS II, med skelettengagemang."),
        ("Planering", "Pat ej informerad, besked ges på mottagningen på tisdag tillsammans med kontaktsjuksköterska."),
    ], "Mikael Persson"),
    N("n2", "S_HEMA_LUND", "Mottagningsanteckning", "2024-12-03 10:00", "2024-12-03 11:10", "öppenvård", [
        ("Aktuellt", "Besök med hustrun för besked."),
        ("Åtgärd", "Informerat pat om diagnosen multipelt myelom, behandlingsupplägg och prognos. Pat frågade mycket och fick skriftlig information. Start av behandling enligt Dara-VRd nästa vecka."),
    ], "Mikael Persson"),
], [M101], [("NL101", "n2")], "NL101 is a note rule: the first note (n1) says the patient is not told, and a later note (n2) in which he is told does not change that; n2 itself is fine.")

C("neuro-als-fastslagen-informeras-senare-utkast", "vgr", "19580813-2475", "1958-08-13", [
    N("n1", "V_NEURO_SU", "Läkaranteckning", "2024-10-29 16:40", None, "öppenvård", [
        ("Undersökningsresultat", "ENeG: utbredd akut och kronisk denervation i tre regioner (cervikalt, thorakalt, lumbosakralt). MR halsrygg utan kompression."),
        ("Bedömning", "Amyotrofisk lateralskleros, definitiv enligt Gold Coast-kriterierna."),
        ("Planering", "Diagnosen har ännu inte framförts till pat, som bett att få beskedet tillsammans med hustrun. Besök bokat 5/11 med ALS-teamet."),
    ], "Sofia Lindqvist"),
], [M101], [M102], "Unsigned draft (pre-signing): a settled ALS diagnosis with 'har ännu inte framförts till pat'.")

C("kirurg-koloncancer-pat-informerad-dottern-narvarande", "vgr", "19480106-1385", "1948-01-06", [
    N("n1", "V_KIR_NAL", "Mottagningsanteckning", "2024-03-12 10:30", "2024-03-12 11:30", "öppenvård", [
        ("Aktuellt", "Besked efter koloskopi med biopsi 2024-03-01."),
        ("PAD", "Adenocarcinom i sigmoideum."),
        ("Bedömning", "Sigmoideumcancer. DT thorax-buk utan spridning."),
        ("Åtgärd", "Pat informerad idag av undertecknad om diagnosen, dottern närvarande. Planeras för laparoskopisk sigmoideumresektion. Kontaktsjuksköterska Lena tar över den fortsatta planeringen."),
    ], "Omar Al-Hassan"),
], [], [M101, M102], "The patient has been told the confirmed diagnosis: no NL101, and nothing hedged.")

C("onk-pankreas-informerad-senare-samma-anteckning", "skane", "19541023-2903", "1954-10-23", [
    N("n1", "S_ONK_LUND", "Daganteckning", "2024-07-17 09:20", "2024-07-17 15:40", "slutenvård", [
        ("Rond", "DT thorax-buk från igår: nya levermetastaser och tillväxt av primärtumören i pankreas trots 4 cykler FOLFIRINOX. Pat sov vid ronden och är ej informerad ännu, maken på väg in."),
        ("Bedömning", "Progressiv pankreascancer efter första linjens behandling. Allmäntillståndet har försämrats, WHO 2-3."),
        ("Åtgärd", "Informationssamtal kl 14 med pat och maken. Pat informerad om att DT visar att cancern växt trots behandlingen och att fortsatt cytostatika inte bedöms ge nytta. Brytpunkt mot palliativ vård, pat önskar vårdas hemma. Remiss ASIH."),
    ], "Mikael Persson"),
], [], [M101], "'ej informerad ännu' at the ward round, but the same note later records that she was told at 14: no NL101.")

C("gyn-genital-herpes-maken-ej-informerad", "vgr", "19870915-6486", "1987-09-15", [
    N("n1", "V_KK_SAS", "Mottagningsanteckning", "2024-05-02 15:00", None, "öppenvård", [
        ("Aktuellt", "Svar på odling från sår vid labia minora."),
        ("Lab", "HSV-2-PCR positiv."),
        ("Bedömning", "Genital herpes, primärinfektion med HSV-2."),
        ("Åtgärd", "Pat informerad om diagnosen och om smittsamhet. Valaciklovir vid recidiv. Maken ej informerad på pat:s egen begäran, hon vill själv berätta."),
    ], "Lina Haddad"),
], [], [M101, M102], "Someone else (the husband) is not told; the patient herself is informed, so no NL101. Unsigned draft.")

C("psyk-utmattningssyndrom-arbetsgivaren-ska-inte-veta", "skane", "19841108-3622", "1984-11-08", [
    N("n1", "S_PSYK_LUND", "Mottagningsanteckning", "2024-02-13 09:30", "2024-02-13 10:40", "öppenvård", [
        ("Aktuellt", "Uppföljning. Sjukskriven 100 % sedan december. Sover bättre, kan läsa kortare texter, fortfarande ljudkänslig och tappar ord."),
        ("Bedömning", "Utmattningssyndrom, i långsam förbättring."),
        ("Åtgärd", "Pat informerad om diagnosen och förväntat förlopp. Sjukintyg förlängt 75 % i 4 v. Pat vill inte att arbetsgivaren informeras om diagnosen, arbetsgivarens exemplar lämnas utan diagnos. Kontakt med rehabkoordinator."),
    ], "Anna-Karin Sjöberg"),
], [], [M101, M102], "The employer is not to be told; the patient is informed: no NL101.")

C("neuro-ms-pat-informerad-barnen-ej-annu", "skane", "19790410-5843", "1979-04-10", [
    N("n1", "S_NEURO_MAL", "Mottagningsanteckning", "2024-04-19 13:00", "2024-04-19 14:15", "öppenvård", [
        ("Aktuellt", "Besked om utredning efter synnervsinflammation vä i januari. MS-sjuksköterska med."),
        ("Bedömning", "Skovvis förlöpande multipel skleros."),
        ("Åtgärd", "Pat informerad om diagnosen, tog det lugnt och har läst på. Barnen (10 och 14 år) ej informerade ännu, pat vill själv berätta när hon smält beskedet. Diskuterat behandling, pat lutar åt ofatumumab. Tid till MS-sjuksköterska om 2 v."),
    ], "Fredrik Wallin"),
], [], [M101, M102], "The patient is told; her children are not yet told: no NL101.")

C("medicin-normala-provsvar-pat-ej-informerad-annu", "vgr", "19690322-4126", "1969-03-22", [
    N("n1", "V_MED_ALI", "Läkaranteckning", "2024-11-14 16:10", "2024-11-14 16:15", "öppenvård", [
        ("Aktuellt", "Provsvar efter mottagningsbesök för trötthet."),
        ("Lab", "Hb 142, CRP <1, TSH 2,1, B12 410, ferritin 96, krea 81, ALAT 0,3, HbA1c 35. Alla inom referensområdet."),
        ("Åtgärd", "Pat ej informerad ännu om svaren, brev skickas imorgon. Uppföljning på VC vid kvarstående trötthet."),
    ], "Petra Olsson"),
], [], [M101, M102], "'Pat ej informerad' but no diagnosis at all in the note (only normal lab values): no NL101.")

C("skane-tidiga-hypoteser-mall-skelettspridning-ej-informerad", "skane", "19520105-1652", "1952-01-05", [
    N("n1", "S_ONK_LUND", "Tidiga hypoteser", "2024-02-07 15:15", "2024-02-07 15:25", "öppenvård", [
        ("Bedömning", "PSA stigit till 38 trots hormonbehandling, nytillkommen ryggvärk. Trolig skelettspridning av prostatacancern. Pat ej informerad, besked först efter MDK och skelettscint."),
    ], "Mikael Persson"),
], [], [M101, M102], "Skåne Tidiga hypoteser template: a hypothesis not yet told to the patient is exactly what the template is for; neither NL101 nor NL102.")

C("hud-basalcellscancer-pat-infomerad-typo", "vgr", "19440626-5993", "1944-06-26", [
    N("n1", "V_HUD_UDD", "Mottagningsanteckning", "2024-07-04 10:40", "2024-07-04 11:00", "öppenvård", [
        ("Aktuellt", "Svar på stansbiopsi från sår på näsvingen hö."),
        ("PAD", "Basalcellscancer, nodulär typ."),
        ("Bedömning", "Basalcellscancer hö näsvinge."),
        ("Åtgärd", "Pat infomerad om att det är en basalcellscancer som inte sprider sig men behöver opereras. Remiss plastikkirurgen för excision med frysnittskontroll."),
    ], "David Cohen"),
], [], [M101, M102], "Typo in 'infomerad': the patient has been told, so no NL101.")

C("geriatrik-alzheimer-kand-ej-informerad-om-flytt", "skane", "19360502-4326", "1936-05-02", [
    N("n1", "S_GER_MAL", "Daganteckning", "2024-03-28 11:00", "2024-03-28 11:30", "slutenvård", [
        ("Aktuellt", "Dag 6 efter inläggning pga urinvägsinfektion med delirium, nu afebril och klarare. Alzheimers sjukdom sedan 2021, pat informerades om diagnosen då och känner till den."),
        ("Bedömning", "Delirium i regress. Alzheimers sjukdom med ökat omvårdnadsbehov, klarar inte längre att bo ensam."),
        ("Planering", "Korttidsboende från måndag i väntan på särskilt boende, beviljat av kommunen. Pat ej informerad om den planerade flytten än, sonen kommer imorgon och vill vara med när det tas upp."),
    ], "Erik Nyström"),
], [], [M101, M102], "'Pat ej informerad' concerns a planned move, not the diagnosis, which the patient knows: no NL101.")

# ===========================================================================
# Validation and output
# ===========================================================================

CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}
SKANE_PROTECTED_TEMPLATES = {
    "Tidiga hypoteser", "Våld i nära relationer", "Oro för att barn far illa",
    "Hälsoundersökning på begäran av socialnämnd (HUBS)",
    "Hälsoundersökning på begäran om socialnämnd",
}
VGR_PROTECTED_KEYWORDS = {
    "Tidiga hypoteser", "Våldsutsatthet i nära relationer", "Orosanmälan gällande barn",
    "Tredje person", "Enkelblind prövning",
}
PNR_RE = re.compile(r"^(\d{8})-(\d{4})$")
HSA_RE = re.compile(r"^SE\d{10}-[A-Z0-9]+$")
CASE_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+")


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def age_on(birth, when):
    b = date.fromisoformat(birth)
    w = datetime.fromisoformat(when).date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def sentences(text):
    for line in text.split("\n"):
        for s in SENT_SPLIT.split(line):
            s = s.strip()
            if s:
                yield s


def validate(cases):
    problems = []
    seen_names = set()
    seen_sentences = {}

    def bad(case, msg):
        problems.append(f"{case}: {msg}")

    if not 110 <= len(cases) <= 130:
        problems.append(f"set: {len(cases)} cases, expected 110-130")
    for c in cases:
        name = c.get("case", "?")
        if list(c.keys()) != CASE_KEYS:
            bad(name, f"case keys {list(c.keys())}")
            continue
        if not CASE_RE.match(name):
            bad(name, "case name is not kebab-case")
        if name in seen_names:
            bad(name, "duplicate case name")
        seen_names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            bad(name, f"ruleset {c['ruleset']}")
        if not isinstance(c["why"], str) or len(c["why"].strip()) < 10:
            bad(name, "why missing")
        rec = c["record"]
        if set(rec.keys()) != RECORD_KEYS:
            bad(name, f"record keys {sorted(rec.keys())}")
            continue
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                bad(name, f"{k} not empty")
        pat = rec["patient"]
        if set(pat.keys()) != PATIENT_KEYS:
            bad(name, f"patient keys {sorted(pat.keys())}")
            continue
        m = PNR_RE.match(pat["id"])
        if not m:
            bad(name, f"personnummer format {pat['id']}")
        else:
            ymd, tail = m.groups()
            if f"{ymd[:4]}-{ymd[4:6]}-{ymd[6:]}" != pat["birth_date"]:
                bad(name, "personnummer does not match birth_date")
            if not luhn_ok(ymd[2:] + tail):
                bad(name, f"personnummer {pat['id']} fails Luhn")
        try:
            date.fromisoformat(pat["birth_date"])
        except ValueError:
            bad(name, "birth_date invalid")
        if pat["protected_identity"] is not False:
            bad(name, "protected_identity must be false")
        if not rec["as_of"].startswith("2024-"):
            bad(name, "as_of not in 2024")
        as_of = datetime.fromisoformat(rec["as_of"])
        notes = rec["notes"]
        if not notes:
            bad(name, "no notes")
            continue
        ids = [n.get("id") for n in notes]
        if ids != [f"n{i + 1}" for i in range(len(notes))]:
            bad(name, f"note ids {ids}, expected n1, n2, ...")
        by_id = {}
        for n in notes:
            if set(n.keys()) != NOTE_KEYS:
                bad(name, f"note keys {sorted(n.keys())}")
                continue
            by_id[n["id"]] = n
            if set(n["unit"].keys()) != {"name", "hsa_id"} or not HSA_RE.match(n["unit"]["hsa_id"]):
                bad(name, f"unit {n['unit']}")
            if set(n["author"].keys()) != {"name", "role"} or n["author"]["role"] != "läkare":
                bad(name, f"author {n['author']}")
            if n["system"] not in ("Melior", "PMO"):
                bad(name, f"system {n['system']}")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                bad(name, "VGR notes must be Melior")
            for k in ("time", "signed"):
                v = n[k]
                if v is None and k == "signed":
                    continue
                if not v.startswith("2024-"):
                    bad(name, f"{k} not in 2024")
                if datetime.fromisoformat(v) > as_of:
                    bad(name, f"{k} after as_of")
            if n["signed"] is not None and n["signed"] < n["time"]:
                bad(name, "signed before time")
            age = age_on(pat["birth_date"], n["time"])
            if 13 <= age <= 15 or age < 0:
                bad(name, f"patient age {age} at note time")
            if n["refs"] != []:
                bad(name, "refs not empty")
            if not n["sections"]:
                bad(name, "note without sections")
            for s in n["sections"]:
                if set(s.keys()) != {"keyword", "text"} or not s["keyword"] or not s["text"].strip():
                    bad(name, f"section {s}")
                    continue
                for sent in sentences(s["text"]):
                    if len(sent) >= 25:
                        if sent in seen_sentences and seen_sentences[sent] != (name, n["id"], s["keyword"]):
                            bad(name, f"sentence repeated (first in {seen_sentences[sent][0]}): {sent!r}")
                        elif sent in seen_sentences:
                            bad(name, f"sentence repeated within the section: {sent!r}")
                        else:
                            seen_sentences[sent] = (name, n["id"], s["keyword"])
        if "n1" not in by_id:
            bad(name, "no note n1")
        if not c["must"] and not c["must_not"]:
            bad(name, "no assertion")
        pairs = []
        for lst_name in ("must", "must_not"):
            for item in c[lst_name]:
                if not (isinstance(item, list) and len(item) == 2):
                    bad(name, f"{lst_name} item {item}")
                    continue
                code, target = item
                if code not in CODES:
                    bad(name, f"code {code} not asserted in this set")
                if target not in by_id:
                    bad(name, f"target {target} does not exist")
                    continue
                pairs.append((lst_name, code, target))
                note = by_id[target]
                if note["system"] == "PMO" and code == "NL101":
                    bad(name, "NL101 is never asserted on PMO notes")
                if lst_name == "must" and code == "NL102" and note["system"] != "Melior":
                    bad(name, "NL102 is asserted only on Melior notes")
                if lst_name == "must" and c["ruleset"] == "skane" and note["template"] in SKANE_PROTECTED_TEMPLATES:
                    bad(name, "must on a protected Skåne template")
                if lst_name == "must" and c["ruleset"] == "vgr" and all(
                        s["keyword"] in VGR_PROTECTED_KEYWORDS for s in note["sections"]):
                    bad(name, "must on a VGR note with only protected sökord")
        keyset = [(code, t) for _, code, t in pairs]
        if len(keyset) != len(set(keyset)):
            bad(name, "same (code, target) asserted twice or both must and must_not")
        if not any(t == "n1" for _, _, t in pairs):
            bad(name, "no assertion on n1")
    return problems


def main():
    problems = validate(CASES)
    lines = [json.dumps(c, ensure_ascii=False) for c in CASES]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # Re-read what was written and check it round-trips.
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    if back != CASES:
        problems.append("set: written JSONL does not round-trip")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    rs = {r: sum(1 for c in CASES if c["ruleset"] == r) for r in ("skane", "vgr")}
    systems = {}
    drafts = 0
    for c in CASES:
        for n in c["record"]["notes"]:
            systems[n["system"]] = systems.get(n["system"], 0) + 1
            drafts += n["signed"] is None
    print(f"{len(CASES)} cases -> {OUT.name}  rulesets {rs}  notes per system {systems}  unsigned drafts {drafts}")
    for code in sorted(CODES):
        print(f"  {code}: must {counts.get((code, 'must'), 0)}, must_not {counts.get((code, 'must_not'), 0)}")
    if problems:
        for p in problems:
            print("PROBLEM", p, file=sys.stderr)
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
