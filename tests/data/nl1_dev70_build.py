#!/usr/bin/env python3
"""dev70: intensive care, anaesthesia and postoperative care (NL101, NL102).

Standard library only, deterministic. Running it writes cases.jsonl next to this
file and exits 1 on any validation problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev70_cases.jsonl")

# unit key -> (name, hsa_id, system, region)
UNITS = {
    # --- Region Skåne, Melior (hospitals)
    "LU_IVA": ("Intensiv- och perioperativ vård, IVA Skånes universitetssjukhus Lund", "SE2321000255-4RT1", "Melior", "skane"),
    "MA_IVA": ("Intensivvårdsavdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-4RT7", "Melior", "skane"),
    "NIVA_LU": ("Neurointensivvårdsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-51N2", "Melior", "skane"),
    "TIVA_LU": ("Thoraxintensiven, Skånes universitetssjukhus Lund", "SE2321000255-52T8", "Melior", "skane"),
    "BIVA_LU": ("Barnintensivvårdsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-53B3", "Melior", "skane"),
    "HBG_IVA": ("Intensivvårdsavdelningen, Helsingborgs lasarett", "SE2321000255-61H4", "Melior", "skane"),
    "KRI_IVA": ("Anestesi- och intensivvårdskliniken, IVA, Centralsjukhuset Kristianstad", "SE2321000255-62K9", "Melior", "skane"),
    "KRI_OP": ("Operationsavdelningen, Centralsjukhuset Kristianstad", "SE2321000255-62K2", "Melior", "skane"),
    "YST_IVA": ("Intensivvårdsavdelningen, Lasarettet i Ystad", "SE2321000255-63Y5", "Melior", "skane"),
    "MA_KIR": ("Kirurgavdelning 2, kolorektal kirurgi, Skånes universitetssjukhus Malmö", "SE2321000255-71C2", "Melior", "skane"),
    "MA_OP": ("Anestesi och operation, Skånes universitetssjukhus Malmö", "SE2321000255-71A9", "Melior", "skane"),
    "LU_KIR": ("Övre gastrokirurgiska avdelningen, Skånes universitetssjukhus Lund", "SE2321000255-72G6", "Melior", "skane"),
    "HBG_KIR": ("Kirurgavdelning 5, Helsingborgs lasarett", "SE2321000255-73H1", "Melior", "skane"),
    "HBG_ORT": ("Ortopedavdelningen, Helsingborgs lasarett", "SE2321000255-73H8", "Melior", "skane"),
    "ANG_KIR": ("Kirurgavdelningen, Ängelholms sjukhus", "SE2321000255-74A4", "Melior", "skane"),
    "TRB_ORT": ("Ortopedavdelningen, Lasarettet Trelleborg", "SE2321000255-75T3", "Melior", "skane"),
    "LU_PREOP": ("Preoperativa mottagningen, Anestesi, Skånes universitetssjukhus Lund", "SE2321000255-76P7", "Melior", "skane"),
    "LU_BARNANE": ("Barnanestesimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-76B5", "Melior", "skane"),
    "HLM_PREOP": ("Anestesimottagningen, Hässleholms sjukhus", "SE2321000255-77H2", "Melior", "skane"),
    "LU_POP": ("Postoperativa avdelningen (UVA), Skånes universitetssjukhus Lund", "SE2321000255-78U6", "Melior", "skane"),
    # --- Region Skåne, PMO (primary care, hemsjukvård)
    "VC_LINERO": ("Vårdcentralen Linero, Lund", "SE2321000255-8P11", "PMO", "skane"),
    "VC_NASBY": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-8P24", "PMO", "skane"),
    "HSJV_ESLOV": ("Hemsjukvården, Vårdcentralen Eslöv", "SE2321000255-8P37", "PMO", "skane"),
    # --- Västra Götalandsregionen, Melior
    "SU_CIVA": ("Centralintensiven CIVA, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011204", "Melior", "vgr"),
    "SU_NIVA": ("Neurointensivvårdsavdelningen NIVA, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011219", "Melior", "vgr"),
    "SU_TIVA": ("Thoraxintensiven TIVA, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011226", "Melior", "vgr"),
    "OS_IVA": ("IVA Östra, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000011238", "Melior", "vgr"),
    "DSBUS_BIVA": ("Barnintensivvårdsavdelningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011240", "Melior", "vgr"),
    "NAL_IVA": ("Intensivvårdsavdelningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000021302", "Melior", "vgr"),
    "UDD_IVA": ("Intensivvårdsavdelningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E000000021317", "Melior", "vgr"),
    "SKAS_IVA": ("Intensivvårdsavdelningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000031405", "Melior", "vgr"),
    "SAS_IVA": ("Intensivvårdsavdelningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000041509", "Melior", "vgr"),
    "KUN_IVA": ("Intensivvårdsavdelningen, Kungälvs sjukhus", "SE2321000131-E000000051603", "Melior", "vgr"),
    "KUN_OP": ("Operationsavdelningen, Kungälvs sjukhus", "SE2321000131-E000000051611", "Melior", "vgr"),
    "KUN_POP": ("Uppvakningsavdelningen, Kungälvs sjukhus", "SE2321000131-E000000051628", "Melior", "vgr"),
    "OS_KIR": ("Kirurgavdelning 17, kolorektal kirurgi, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000011251", "Melior", "vgr"),
    "OS_KOLMOTT": ("Kolorektalmottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000011263", "Melior", "vgr"),
    "SU_KIR": ("Avdelning 92, övre buk, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011275", "Melior", "vgr"),
    "SU_THKIR": ("Thoraxkirurgiska avdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011287", "Melior", "vgr"),
    "MOL_PREOP": ("Anestesimottagningen, preoperativ bedömning, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011299", "Melior", "vgr"),
    "MOL_ORT": ("Ortopedavdelning 206, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011301", "Melior", "vgr"),
    "SAS_PREOP": ("Operationsplanering och anestesimottagning, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000041516", "Melior", "vgr"),
    "SAS_KIR": ("Kirurgavdelning 40, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000041523", "Melior", "vgr"),
    "SAS_NEURO": ("Neurologiska kliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000041530", "Melior", "vgr"),
    "SKAS_KIR": ("Kirurgavdelning 8, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000031412", "Melior", "vgr"),
    "NAL_ORT": ("Ortopedavdelning 51, NU-sjukvården NÄL", "SE2321000131-E000000021324", "Melior", "vgr"),
    "NAL_KIR": ("Kirurgavdelning 22, NU-sjukvården NÄL", "SE2321000131-E000000021331", "Melior", "vgr"),
    "NAL_GYN": ("Gynekologavdelningen, NU-sjukvården NÄL", "SE2321000131-E000000021348", "Melior", "vgr"),
    "NAL_ONH": ("Öron-näs-halskliniken, NU-sjukvården NÄL", "SE2321000131-E000000021355", "Melior", "vgr"),
    "NAL_PREOP": ("Anestesimottagningen, NU-sjukvården NÄL", "SE2321000131-E000000021362", "Melior", "vgr"),
    "ALI_KIR": ("Kirurgavdelningen, Alingsås lasarett", "SE2321000131-E000000061707", "Melior", "vgr"),
    "SU_NKIR": ("Neurokirurgiska avdelningen 61, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011314", "Melior", "vgr"),
    "SKAS_MED": ("Infektionsavdelning 31, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000031429", "Melior", "vgr"),
}


def _luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(birth, sex, n):
    """birth 'YYYY-MM-DD', sex 'F'/'M', n 0..99 -> personnummer with Luhn check digit."""
    y, m, d = birth.split("-")
    third = (2 * (n % 5)) + (1 if sex == "M" else 0)
    serial = "%02d%d" % (n % 100, third)
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%s" % (y, m, d, serial, _luhn_digit(nine))


def ts(s):
    return s.replace(" ", "T") + ":00"


def N(nid, unit, author, role, time, signed, sections, template="Läkaranteckning",
      setting="slutenvård", refs=None):
    name, hsa, system, _region = UNITS[unit]
    t = datetime.datetime.strptime(time, "%Y-%m-%d %H:%M")
    sig = None
    if signed is not None:
        sig = (t + datetime.timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S")
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": ts(time),
        "signed": sig,
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": v} for (k, v) in sections],
    }


CASES = []


def C(name, ruleset, patient, notes, must, must_not, why):
    birth, sex, n = patient
    last = max(datetime.datetime.strptime(x["time"], "%Y-%m-%dT%H:%M:%S") for x in notes)
    as_of = (last + datetime.timedelta(days=2)).strftime("%Y-%m-%dT00:00:00")
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, sex, n), "birth_date": birth, "protected_identity": False},
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


A = "läkare"
SSK = "sjuksköterska"
FT = "fysioterapeut"

# =====================================================================================
# REGION SKÅNE
# =====================================================================================
C("d70-iva-septisk-chock-trolig-urosepsis-dd-kolangit", "skane", ("1946-02-11", "F", 41),
  [N("n1", "LU_IVA", "Johanna Berglund", A, "2024-02-14 03:20", 290, [
      ("Anamnes", "78-årig kvinna med DM typ 2, KOL och recidiverande pyelonefriter. Sökte akuten i kväll med frossa och förvirring, på akuten MAP 55 trots 2 liter Ringer-Acetat."),
      ("Status", "AT: Påverkad, RLS 2. Cor: Takykard regelbunden rytm, fq 122. Pulm: Nedsatt andningsljud bibasalt, inga rassel. Buk: Mjuk, ömmar diffust nedtill, ingen défense. Hud: Marmorering upp till knäna, kapillär återfyllnad 5 s."),
      ("Lab", "Laktat 5,1. CRP 287. LPK 23,4. Krea 212. TPK 88. Bilirubin 38, ALP 4,2."),
      ("Bedömning", "Septisk chock. Fokus ej säkerställt, trolig urosepsis med tanke på anamnesen, DD kolangit då leverproverna är lätt förhöjda."),
      ("Åtgärd", "CVK v. jugularis int. hö och artärnål a. radialis vä. Noradrenalin 0,15 mikrog/kg/min. Piperacillin/tazobaktam 4 g x4 efter blododlingar x2 och urinodling. UL lever/gallvägar i morgon bitti."),
  ], template="Inskrivningsanteckning")],
  [("NL102", "n1")], [("NL101", "n1")],
  "Sepsis with unclear focus: 'trolig urosepsis' and 'DD kolangit' are hedged diagnoses in the visible Bedömning of a Melior IVA admission; nothing is said about informing.")

C("d70-iva-sepsis-oklart-fokus-utan-kandidat", "skane", ("1959-07-30", "M", 12),
  [N("n1", "HBG_IVA", "Mikael Strand", A, "2024-03-03 10:15", 40, [
      ("Aktuellt", "Dag 2 på IVA. Noradrenalin nedtrappat till 0,05. Diures 60-80 ml/h. Afebril sedan i natt."),
      ("Bedömning", "Sepsis med oklart fokus. Rtg pulm utan infiltrat, urinsticka negativ, DT buk igår utan abscess eller fri gas, huden hel. Fortsätter meropenem i väntan på odlingssvar."),
  ], template="Daganteckning")],
  [], [("NL102", "n1"), ("NL101", "n1")],
  "Hard negative: sepsis itself is confirmed and only its focus is unknown; no candidate diagnosis is hedged, every alternative named is ruled out.")

C("d70-kir-susp-anastomoslackage-dag4", "skane", ("1961-11-05", "M", 33),
  [N("n1", "MA_KIR", "Erik Nyström", A, "2024-04-09 11:40", 25, [
      ("Aktuellt", "Dag 4 efter låg främre resektion med avlastande loopileostomi för rektalcancer. Feber 38,6 i natt, CRP 240 (igår 141). Stomin producerar lite."),
      ("Status", "Buk: Ömmar i nedre delen, mest vä, ingen peritonitretning. Dränet: grumligt, ca 80 ml sedan igår."),
      ("Bedömning", "Susp. anastomosläckage."),
      ("Planering", "DT buk med rektal kontrast idag. Fasta tills svar. Pip/taz 4 g x 4. Kolorektal bakjour informerad."),
  ], template="Daganteckning")],
  [("NL102", "n1")], [],
  "Suspected anastomotic leak ('Susp.') on postoperative day 4 in a visible Bedömning.")

C("d70-kir-lackage-kan-ej-uteslutas-utkast", "skane", ("1952-03-19", "F", 8),
  [N("n1", "LU_KIR", "Sara Lindahl", A, "2024-05-22 22:50", None, [
      ("Aktuellt", "Tillkallad av ssk pga takykardi 125 och buksmärta, dag 6 efter gastrektomi med Roux-en-Y-rekonstruktion."),
      ("Status", "Blek, svettig. BT 105/60. Buk: spänd i epigastriet. Drän vä: 150 ml grumligt, amylas skickat."),
      ("Bedömning", "Läckage från esofagojejunala anastomosen kan ej uteslutas."),
      ("Åtgärd", "DT thorax/buk med peroral kontrast akut. Ringer-Acetat 1000 ml. Övre GI-bakjour kontaktad, kommer in."),
  ], template="Jouranteckning")],
  [("NL102", "n1")], [],
  "Unsigned draft (pre-signing): 'kan ej uteslutas' on an esophagojejunal anastomotic leak in Bedömning.")

C("d70-iva-hjartstopp-sannolik-hie-prognostisering", "skane", ("1957-09-02", "M", 27),
  [N("n1", "LU_IVA", "Anders Wiklund", A, "2024-06-18 13:05", 75, [
      ("Aktuellt", "Dag 4 efter hjärtstopp utanför sjukhus med ej bevittnad debut, första rytm asystoli, ROSC efter 28 min. Temperaturkontroll 36 grader avslutad. Sedering (propofol/remifentanil) utsatt sedan drygt 72 h."),
      ("Status", "GCS 3 (E1 VT M1). Pupiller 4 mm bilat, ljusstela. Cornealreflexer saknas bilat. Hostreflex svag. Inga myoklonier. Triggar respiratorn."),
      ("Utredning", "NSE dag 3: 112 mikrog/l. SSEP igår: bilateralt bortfall av N20. EEG: supprimerat bakgrundsmönster med burst-suppression. DT hjärna dag 3: utplånad gråvit-gräns och sulcusutjämning."),
      ("Bedömning", "Sannolikt svår hypoxisk-ischemisk hjärnskada. Samtliga prognostiska markörer pekar mot mycket dålig prognos enligt ERC/ESICM-algoritmen. Diskuterat med neurolog och bakjour som delar bedömningen."),
      ("Planering", "Närståendesamtal i eftermiddag med hustrun och två söner. Övergång till palliativ vård diskuteras då."),
  ])],
  [("NL102", "n1")], [],
  "Brain injury after cardiac arrest: 'Sannolikt svår hypoxisk-ischemisk hjärnskada' is a hedged diagnosis in visible text of a prognostication note.")

C("d70-iva-ards-bekraftad-berlin", "skane", ("1968-01-24", "F", 52),
  [N("n1", "MA_IVA", "Leila Haddad", A, "2024-01-17 09:30", 50, [
      ("Bedömning", "Moderat ARDS enligt Berlinkriterierna, utlöst av pneumokockpneumoni (positivt urinantigen, S. pneumoniae i blododling). P/F 16 kPa på FiO2 0,6, PEEP 14."),
      ("Åtgärd", "Bukläge 16 h natten till idag med god effekt. Lungskyddande ventilation 6 ml/kg PBW, platåtryck 27. Vätskerestriktivt, furosemid 20 mg x2."),
  ], template="Daganteckning")],
  [], [("NL102", "n1"), ("NL101", "n1")],
  "Confirmed ARDS with a verified cause; no hedge on any diagnosis and nothing about informing.")

C("d70-iva-inga-tecke-pa-vap-typo", "skane", ("1949-05-08", "M", 73),
  [N("n1", "KRI_IVA", "Per-Olof Månsson", A, "2024-02-27 14:20", 30, [
      ("Bedömning", "Trakealsekretodling visar normal munflora. Rtg pulm oförändrad jämfört med i förrgår. Inga tecke på VAP. Antibiotika sätts ut."),
      ("Planering", "SBT i morgon bitti."),
  ], template="Daganteckning")],
  [], [("NL102", "n1")],
  "Negated ventilator-associated pneumonia ('Inga tecke på', typo for tecken) must not fire.")

C("d70-preop-misstankt-osa-ej-utredd", "skane", ("1975-12-14", "M", 45),
  [N("n1", "LU_PREOP", "Karin Ek", A, "2024-03-12 10:10", 35, [
      ("Anamnes", "Planeras för laparoskopisk kolecystektomi pga recidiverande gallstensanfall. Hypertoni på två preparat. Röker ej. Sambon beskriver kraftig snarkning med andningsuppehåll, pat är trött dagtid och somnar framför TV:n."),
      ("Status", "Längd 178 cm, vikt 131 kg, BMI 41. Mallampati 3, halsomfång 48 cm, gapförmåga 4 cm, god nackrörlighet. Cor/pulm u.a. BT 152/94."),
      ("Bedömning", "ASA 3. STOP-BANG 7. Misstänkt obstruktiv sömnapné, ej utredd. Förväntat svår maskventilation."),
      ("Planering", "Videolaryngoskop förberett. Postoperativ övervakning på UVA över natten med pulsoximetri. Opioidsparande analgesi. Remiss till sömnlab efter op."),
  ], template="Preoperativ bedömning", setting="öppenvård")],
  [("NL102", "n1")], [("NL101", "n1")],
  "Pre-operative assessment: suspected, not yet investigated obstructive sleep apnoea in a visible Bedömning.")

C("d70-preop-bror-mojligt-brugada", "skane", ("1988-08-21", "F", 14),
  [N("n1", "HLM_PREOP", "Jonas Falk", A, "2024-09-04 09:00", 20, [
      ("Anamnes", "Inför elektiv knäartroskopi. Frisk, inga läkemedel. Brodern utreds på kardiologen för möjligt Brugadasyndrom efter en synkope i somras."),
      ("Status", "EKG: sinusrytm 64, normal PQ och QRS, ingen ST-höjning i V1-V2."),
      ("Bedömning", "ASA 1. Inga hållpunkter för ärftlig arytmisjukdom hos patienten själv idag. Kan opereras enligt plan med EKG-övervakning under och efter anestesin."),
  ], template="Preoperativ bedömning", setting="öppenvård")],
  [], [("NL102", "n1")],
  "The hedged diagnosis ('möjligt Brugadasyndrom') belongs to the brother; the patient's own arrhythmia disease is negated.")

C("d70-ort-mojlig-aspirationspneumoni", "skane", ("1938-10-30", "F", 62),
  [N("n1", "TRB_ORT", "Amir Rahimi", A, "2024-10-08 15:45", 15, [
      ("Aktuellt", "Postop dag 2 efter hemiartroplastik hö höft. Kräktes vid uppvaket enligt anestesijournalen. Sedan i förmiddags SaO2 89 % på luft, temp 38,1, AF 26."),
      ("Status", "Pulm: krepitationer hö basalt. Cor: oregelbunden, fq 104."),
      ("Bedömning", "Möjlig aspirationspneumoni."),
      ("Åtgärd", "Rtg pulm. Blododling x2. Start cefotaxim 1 g x3. Syrgas 2 l/min på grimma, mål SaO2 92-96 %."),
  ])],
  [("NL102", "n1")], [],
  "Postoperative complication on an orthopaedic ward: 'Möjlig aspirationspneumoni' in Bedömning.")

C("d70-iva-ev-trakeotomi-plan-multitrauma", "skane", ("1990-04-04", "M", 55),
  [N("n1", "YST_IVA", "Helena Dahl", A, "2024-07-29 11:00", 60, [
      ("Aktuellt", "Dag 9 i respirator efter MC-olycka. Multitrauma med lungkontusioner bilat, revbensserier hö 3-8 och mjältruptur (splenektomerad dag 1)."),
      ("Bedömning", "Andningsmekaniken bättre men två misslyckade spontanandningsförsök."),
      ("Planering", "Eventuellt trakeotomi nästa vecka om fortsatt svårt att avveckla respiratorn. Ev. överflyttning till Lund för thoraxkirurgisk bedömning av revbensfixation."),
  ], template="Daganteckning")],
  [], [("NL102", "n1"), ("NL101", "n1")],
  "Hedges only on procedures and transfer (eventuellt trakeotomi, ev. överflyttning); the trauma diagnoses are confirmed.")

C("d70-iva-postop-delirium-cam-positiv", "skane", ("1944-06-16", "M", 91),
  [N("n1", "MA_IVA", "Sofia Wallin", A, "2024-08-13 10:25", 45, [
      ("Aktuellt", "Dag 3 efter akut operation för rupturerat bukaortaaneurysm. Extuberad igår. Under natten påtagligt orolig, drog ut V-sonden, slog efter personal."),
      ("Bedömning", "Hyperaktivt postoperativt delirium, CAM-ICU positiv vid tre tillfällen senaste dygnet. Utlösande faktorer: smärta, sömnbrist, urinretention (KAD satt, 900 ml)."),
      ("Åtgärd", "Haloperidol 0,5 mg iv vid behov, max 3 mg/dygn. Dexmedetomidininfusion i natt. Glasögon och hörapparat åter på. Dygnsrytm: släck 22, dagsljus på dagen."),
  ], template="Daganteckning")],
  [], [("NL102", "n1"), ("NL101", "n1")],
  "Delirium confirmed by repeated CAM-ICU; a confirmed diagnosis, no hedge.")

C("d70-kir-feber-oklar-genes-symptom", "skane", ("1966-02-02", "F", 26),
  [N("n1", "HBG_KIR", "Tobias Åkesson", A, "2024-11-06 09:10", None, [
      ("Aktuellt", "Postop dag 3 efter laparoskopisk högersidig hemikolektomi. Feber 38,3 sedan i kväll, oklar genes."),
      ("Status", "Sår u.a. Buk mjuk, adekvat ömhet kring portarna. Lungor: rena andningsljud. PVK-insticksställen utan rodnad. Urinsticka negativ."),
      ("Planering", "Blododlingar x2, urinodling. Avvaktar med antibiotika. Mobilisering, PEP-flaska."),
  ], template="Daganteckning")],
  [], [("NL102", "n1")],
  "The only uncertainty ('oklar genes') is on a symptom, fever; no diagnosis is hedged (unsigned draft).")

C("d70-pmo-vc-misstankt-ptsd-efter-iva", "skane", ("1971-03-27", "F", 38),
  [N("n1", "VC_LINERO", "Maria Kjellberg", A, "2024-04-25 14:00", 120, [
      ("Aktuellt", "Vårdades 3 veckor på IVA i Lund i februari pga influensapneumoni med respiratorbehandling. Sedan hemkomst mardrömmar nästan varje natt, återupplever tiden i respiratorn, undviker att åka förbi sjukhuset."),
      ("Bedömning", "Misstänkt posttraumatiskt stressyndrom efter intensivvård. Ingen suicidalitet."),
      ("Åtgärd", "Remiss till VC:s psykolog för bedömning. Informerad om IVA-uppföljningsmottagningen. Återbesök 4 veckor."),
  ], template="Besöksanteckning", setting="öppenvård")],
  [], [("NL102", "n1")],
  "PMO note after ICU care: a hedged diagnosis (misstänkt PTSD) never shows in PMO, so NL102 must not fire.")

C("d70-pmo-hemsjukvard-trolig-uvi-kad", "skane", ("1934-12-01", "M", 55),
  [N("n1", "HSJV_ESLOV", "Lena Pålsson", SSK, "2024-05-30 11:20", 10, [
      ("Aktuellt", "Hembesök. Hemkom från kirurgen i Lund för 5 dagar sedan efter kolonresektion, KAD kvar tills urologbesök. Urinen grumlig och illaluktande, temp 38,0, pat tröttare än vanligt enligt hustrun."),
      ("Bedömning", "Trolig UVI."),
      ("Åtgärd", "Urinodling tagen från KAD-porten. Kontakt med dr Sjöberg på VC som skriver recept på ciprofloxacin. Ny kontroll imorgon."),
  ], template="Hemsjukvårdsanteckning", setting="öppenvård")],
  [], [("NL102", "n1")],
  "PMO hemsjukvård note after discharge from surgery: 'Trolig UVI' is not shown from PMO.")

C("d70-pmo-vc-trolig-kol-infor-narkos", "skane", ("1958-09-15", "M", 17),
  [N("n1", "VC_NASBY", "Nils Hedlund", A, "2024-02-08 08:45", 60, [
      ("Aktuellt", "Anestesin på CSK önskar spirometri inför planerad bukväggsbråcksoperation i narkos. Rökt 40 paketår, morgonhosta med vitt slem, ansträngningsdyspné uppför trappor."),
      ("Bedömning", "Trolig KOL, ej tidigare utredd."),
      ("Planering", "Spirometri med reversibilitet bokas nästa vecka. Rökstopp erbjudet, pat vill fundera."),
  ], template="Besöksanteckning", setting="öppenvård")],
  [], [("NL102", "n1")],
  "Pre-operative work-up in primary care (PMO): hedged 'Trolig KOL' must not fire NL102.")

C("d70-th-mall-misstankt-anoxisk-skada-drunkning", "skane", ("1999-06-09", "M", 81),
  [N("n1", "KRI_IVA", "Oskar Lundqvist", A, "2024-07-08 16:30", 30, [
      ("Bedömning", "Misstänkt anoxisk hjärnskada efter drunkningstillbud med okänd submersionstid. MR planeras när pat är cirkulatoriskt stabil."),
      ("Information", "Ej kommunicerat med patienten (sederad) eller närstående ännu eftersom prognostisering inte är möjlig förrän om tidigast 72 h."),
  ], template="Tidiga hypoteser")],
  [], [("NL102", "n1"), ("NL101", "n1")],
  "Skåne template Tidiga hypoteser: the hedged brain injury and the statement that it is not yet communicated are both protected.")

C("d70-sokord-th-i-vanlig-mall-skane-synligt", "skane", ("1951-01-13", "F", 64),
  [N("n1", "LU_KIR", "Fredrik Olofsson", A, "2024-03-20 16:05", 30, [
      ("Aktuellt", "Dag 1 efter laparoskopisk kolecystektomi, okomplicerat förlopp. Peroperativt ultraljud av levern gjordes pga avvikande utseende."),
      ("Tidiga hypoteser", "Två hypoekoiska förändringar i leversegment 6, misstänkt metastasering. MR lever beställd."),
      ("Planering", "Hem idag. Återbesök efter MR."),
  ])],
  [("NL102", "n1")], [],
  "Skåne protects by template, not sökord: a section keyword 'Tidiga hypoteser' inside an ordinary Läkaranteckning is visible, so the hedged metastasis fires.")

C("d70-th-mall-skane-med-bedomning-sokord", "skane", ("1947-12-22", "M", 19),
  [N("n1", "MA_KIR", "Camilla Borg", A, "2024-06-05 12:00", 15, [
      ("Bedömning", "Troligt lokalrecidiv av rektalcancer i presakrala rummet enligt kontroll-DT; CEA stigit till 18."),
      ("Planering", "Tas upp på MDK nästa tisdag innan något kommuniceras med patienten."),
  ], template="Tidiga hypoteser")],
  [], [("NL102", "n1"), ("NL101", "n1")],
  "Skåne template Tidiga hypoteser protects the whole note even though the sökord is an ordinary 'Bedömning'.")

C("d70-kir-ingen-missanke-lackage-typo", "skane", ("1963-05-17", "F", 44),
  [N("n1", "HBG_KIR", "Viktor Ljung", A, "2024-09-17 10:40", 35, [
      ("Bedömning", "CRP sjunker 180 → 95, afebril, äter och har fått gång på stomin. Ingen missanke om anastomosläckage längre, dränet dras."),
      ("Planering", "Hem i morgon om fortsatt fint förlopp."),
  ], template="Daganteckning")],
  [], [("NL102", "n1")],
  "Negated leak with a typo in the negation ('Ingen missanke om') must not fire.")

# ---- Skåne: NL101 --------------------------------------------------------------------
C("d70-niva-malign-mediainfarkt-sederad-ej-informerad", "skane", ("1955-10-10", "F", 86),
  [N("n1", "NIVA_LU", "Henrik Sandberg", A, "2024-02-02 18:40", 20, [
      ("Aktuellt", "Inlagd på NIVA efter trombektomi av vä ACM-ocklusion med endast partiell rekanalisering (TICI 2a)."),
      ("Utredning", "Kontroll-DT hjärna: utbredd infarkt i vä mediaterritoriet, begynnande ödem med 6 mm midlinjeöverskjutning."),
      ("Bedömning", "Malign mediainfarkt vä. Neurokirurg konsulteras angående hemikraniektomi."),
      ("Information", "Pat sederad och intuberad, ej informerad om infarktens utbredning. Maken informerad per telefon av undertecknad kl 18."),
  ])],
  [("NL101", "n1")], [],
  "Sedated, intubated patient: the confirmed infarct is visible and the note says she is not informed; only the husband is.")

C("d70-kir-pad-adenocarcinom-ej-besked", "skane", ("1954-04-29", "M", 35),
  [N("n1", "MA_KIR", "Ingrid Håkansson", A, "2024-05-14 13:30", 20, [
      ("Aktuellt", "Dag 8 efter akut Hartmanns operation för perforerad sigmoideum. Återhämtar sig väl, stomin fungerar, mobiliserad med rollator."),
      ("PAD", "Adenocarcinom i sigmoideum, pT4aN1b, radikalt exciderat."),
      ("Information", "Pat har ännu inte fått besked om PAD-svaret. Ansvarig kolorektalkirurg informerar vid samtal på torsdag med dottern närvarande."),
  ])],
  [("NL101", "n1")], [],
  "Pathology after emergency surgery shows cancer; the visible note states the patient has not yet been told.")

C("d70-uva-perop-nstemi-ej-informerad", "skane", ("1950-07-07", "M", 53),
  [N("n1", "LU_POP", "Elin Jönsson", A, "2024-10-02 07:50", 30, [
      ("Aktuellt", "Natten efter elektiv EVAR. Troponin T 35 → 1450, nya ST-sänkningar V4-V6. Ingen bröstsmärta."),
      ("Bedömning", "Perioperativ NSTEMI (typ 2-infarkt) i samband med hypotension och blödning peroperativt, bedömt tillsammans med kardiolog."),
      ("Planering", "ASA 75 mg fortsätter, betablockad, UKG idag."),
      ("Information", "Pat ej informerad om infarkten ännu, sover efter morfin. Informeras av avdelningsläkare på förmiddagen."),
  ])],
  [("NL101", "n1")], [],
  "Perioperative myocardial infarction documented on UVA while the patient is explicitly not yet informed.")

C("d70-iva-lungemboli-ej-infromerad-typo", "skane", ("1979-11-23", "F", 46),
  [N("n1", "HBG_IVA", "Rasmus Holmberg", A, "2024-12-03 02:15", 400, [
      ("Aktuellt", "Inkom från ortopeden med akut dyspné och hypotension dag 5 efter op av tibiaplatåfraktur."),
      ("Utredning", "DT-angio: bilaterala centrala lungembolier med högerkammarbelastning (RV/LV 1,3)."),
      ("Bedömning", "Lungemboli med intermediär-hög risk. Heparininfusion startad, trombolys i beredskap."),
      ("Information", "Pat ej infromerad om diagnosen ännu då hon var mycket dyspnoisk och orolig; tas av IVA-läkare på ronden."),
  ], template="Jouranteckning")],
  [("NL101", "n1")], [("NL102", "n1")],
  "Typo in the key word ('ej infromerad'): confirmed pulmonary embolism, patient not yet told.")

C("d70-overflyttning-iva-njursvikt-dialys-ej-informerad", "skane", ("1948-03-31", "M", 71),
  [N("n1", "MA_IVA", "Katarina Persson", A, "2024-04-17 14:10", 40, [
      ("Vårdförlopp", "IVA-vård 11 dygn pga septisk chock med pneumokockpneumoni som fokus. Respiratorbehandlad 7 dygn, extuberad 12/4. Noradrenalin avslutat 10/4. Utvecklade akut njursvikt KDIGO 3 dag 2 och har sedan dess dialyserats intermittent, senast igår."),
      ("Aktuellt", "Vaken, orienterad, äter själv. Fortfarande anurisk. Dialyskateter v. jugularis int. hö."),
      ("Läkemedel", "Cefotaxim avslutat efter 10 dagars behandling. Fragmin 2500 E. Pantoprazol."),
      ("Information", "Pat är ännu inte informerad om njursvikten och att dialysen kan behöva fortsätta. Görs av njurmedicinsk läkare efter flytten, överenskommet med jour."),
      ("Planering", "Flytt till njurmedicinsk avdelning idag. Dialysplanering enligt njurmedicin. Fysioterapi för mobilisering."),
  ], template="Överflyttningsanteckning")],
  [("NL101", "n1")], [],
  "Transfer note ICU to ward: acute kidney failure visible, patient explicitly not yet informed about it.")

C("d70-niva-sab-anhoriga-informerade-pat-ej", "skane", ("1972-08-18", "F", 90),
  [N("n1", "NIVA_LU", "Lars Göransson", A, "2024-08-26 12:00", 25, [
      ("Bedömning", "Aneurysmal subaraknoidalblödning från A. communicans anterior, Hunt & Hess 3, coilad igår utan komplikation. TCD dag 2 normala flöden."),
      ("Information", "Maken och vuxen dotter informerade om diagnos och förlopp i samtalsrum. Pat själv ej informerad pga sänkt vakenhet, RLS 3."),
  ], template="Daganteckning")],
  [("NL101", "n1")], [],
  "Relatives informed instead of the patient: SAB is visible and the patient herself is not informed.")

C("d70-thiva-utkast-spinal-ischemi-ej-informerad", "skane", ("1962-05-05", "M", 69),
  [N("n1", "TIVA_LU", "Mattias Lund", A, "2024-01-29 20:30", None, [
      ("Aktuellt", "Dag 1 efter TEVAR för komplicerad typ B-aortadissektion. Vid väckning i morse ingen motorik i benen."),
      ("Utredning", "MR: ryggmärgsischemi från Th9 nedåt. Spinalt dränage anlagt, MAP-mål över 90."),
      ("Bedömning", "Paraplegi sekundärt till spinal ischemi efter TEVAR."),
      ("Information", "Patienten har ännu inte informerats om diagnosen; görs tillsammans med thoraxkirurg och kurator imorgon."),
  ])],
  [("NL101", "n1")], [],
  "Unsigned draft: paraplegia from spinal ischaemia is documented visibly while the patient has not been informed.")

C("d70-iva-pcp-hiv-ej-informerad", "skane", ("1983-02-14", "M", 13),
  [N("n1", "MA_IVA", "Nadia Karimi", A, "2024-03-08 15:20", 35, [
      ("Aktuellt", "Respiratorbehandlad sedan 3 dagar pga svår pneumoni, bronkoskopi med BAL igår."),
      ("Utredning", "BAL: Pneumocystis jirovecii PCR positiv. HIV-test positivt, CD4 40."),
      ("Bedömning", "Pneumocystispneumoni vid obehandlad HIV-infektion. Trimetoprim-sulfa i högdos + prednisolon startat. Infektionskonsult följer."),
      ("Information", "Pat ej informerad om HIV-diagnosen, kommer att ske när han är extuberad och kan delta i samtal. Smittskyddsläkare kontaktad."),
  ])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Intubated patient: a new HIV diagnosis stands in visible text with an explicit statement that he is not informed.")

C("d70-iva-l1-fraktur-ej-informerad-kort", "skane", ("1995-09-19", "F", 22),
  [N("n1", "KRI_IVA", "Gustav Berg", A, "2024-06-27 09:45", 20, [
      ("Bedömning", "Trauma-DT från igår omgranskad: stabil kompressionsfraktur L1 utan bakkantsengagemang, utöver de kända bäckenfrakturerna. Pat är inte informerad om kotfrakturen ännu, sederad."),
  ], template="Daganteckning")],
  [("NL101", "n1")], [],
  "Short note: an incidental vertebral fracture found on re-review, patient sedated and not informed.")

C("d70-preop-jarnbristanemi-ej-informerad", "skane", ("1969-12-30", "F", 50),
  [N("n1", "LU_PREOP", "Anna-Karin Sjöö", A, "2024-11-12 15:00", 90, [
      ("Aktuellt", "Provsvar efter preoperativt besök i förmiddags inför hysterektomi."),
      ("Lab", "Hb 92, MCV 68, ferritin 4."),
      ("Bedömning", "Järnbristanemi sekundärt till menorragi."),
      ("Planering", "Iv järn (Monofer) före op, ny Hb-kontroll om 3 veckor."),
      ("Information", "Pat ej informerad om anemin ännu då provsvaren kom efter besöket; ringer henne imorgon."),
  ], template="Preoperativ bedömning", setting="öppenvård")],
  [("NL101", "n1")], [("NL102", "n1")],
  "Pre-operative lab result: iron deficiency anaemia is diagnosed and the patient is explicitly not yet told.")

C("d70-iva-delirium-tremens-ej-inforemrad-typo", "skane", ("1966-06-06", "M", 39),
  [N("n1", "HBG_IVA", "Eva Mårtensson", A, "2024-09-22 10:30", 30, [
      ("Aktuellt", "Dag 3 efter subtotal kolektomi. Sedan i natt kraftig oro, tremor, svettningar och visuella hallucinationer. Enligt hustrun dricker han ca en flaska vin dagligen, vilket inte framkom vid inskrivningen."),
      ("Bedömning", "Delirium tremens vid alkoholabstinens."),
      ("Åtgärd", "Oxazepam enligt CIWA-schema, tiamin 200 mg x3 iv."),
      ("Information", "Pat kan p.g.a. konfusion inte ta emot information och är ej inforemrad om diagnosen. Tas upp när han är klar."),
  ], template="Daganteckning")],
  [("NL101", "n1")], [("NL102", "n1")],
  "Confused patient cannot be told; delirium tremens is visible and the note says he is not informed (typo 'inforemrad').")

C("d70-iva-make-avliden-ej-informerad-hard-neg", "skane", ("1964-04-11", "F", 64),
  [N("n1", "LU_IVA", "Fredrika Nord", A, "2024-10-21 11:15", 30, [
      ("Aktuellt", "Dag 2 efter trafikolycka. Femurfraktur vä opererad med märgspik, revbensfrakturer hö 4-7, lungkontusion. Extuberad igår, vaken och orienterad."),
      ("Information", "Pat informerad om sina skador och om operationen. Hon är ännu inte informerad om att maken, som körde bilen, avled på olycksplatsen; kurator och sjukhuspräst deltar i samtal i eftermiddag tillsammans med sonen."),
  ], template="Daganteckning")],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "Hard negative: what is not yet told is the husband's death, not a diagnosis of the patient, who has been told about her injuries.")

C("d70-iva-ej-informerad-om-flytt-plan", "skane", ("1940-01-19", "F", 32),
  [N("n1", "MA_IVA", "Jenny Olsson", SSK, "2024-02-20 13:40", None, [
      ("Cirkulation", "Septisk chock med pneumonifokus, nu cirkulatoriskt stabil utan noradrenalin sedan 24 h."),
      ("Aktivitet/vila", "Sover större delen av passet, vaknar vid tilltal."),
      ("Planering", "Flyttas till avd 33 i eftermiddag, pat ej informerad om flytten ännu."),
  ], template="Omvårdnadsanteckning")],
  [], [("NL101", "n1")],
  "What is not yet told is a plan (transfer to the ward), not a diagnosis.")

C("d70-ort-delirium-normal-dt-ej-informerad", "skane", ("1936-08-08", "M", 57),
  [N("n1", "TRB_ORT", "Simon Ahl", A, "2024-11-19 16:20", 15, [
      ("Aktuellt", "Postop dag 2 efter höftfrakturoperation. Postoperativt delirium sedan i går kväll, fluktuerande."),
      ("Utredning", "DT hjärna utan blödning eller infarkt."),
      ("Information", "Pat ej informerad om det normala DT-svaret ännu, sover. Sonen informerad per telefon om deliriet."),
  ])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "Hard negative: the untold item is a normal CT result; the delirium diagnosis is not said to be withheld.")

C("d70-th-mall-fryssnitt-ej-informerad", "skane", ("1956-11-11", "F", 70),
  [N("n1", "LU_KIR", "Magnus Ekdahl", A, "2024-05-07 17:00", 20, [
      ("Fynd", "Fryssnitt peroperativt från levern vid planerad kolecystektomi: adenocarcinom, sannolikt metastas. Definitiv PAD inväntas."),
      ("Information", "Pat ej informerad. Besked ges av ansvarig kirurg när PAD och DT thorax/buk är klara."),
  ], template="Tidiga hypoteser")],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "The untold intraoperative cancer finding is kept only in the Skåne Tidiga hypoteser template.")

C("d70-thiva-stroke-pat-informerad-hustru-ej", "skane", ("1953-02-28", "M", 95),
  [N("n1", "TIVA_LU", "Jesper Malm", A, "2024-04-03 10:50", 30, [
      ("Aktuellt", "Dag 3 efter aortaklaffbyte. Sedan igår dysartri och svaghet i vä arm."),
      ("Utredning", "MR hjärna: små färska embolier i hö hemisfär."),
      ("Bedömning", "Perioperativ ischemisk stroke av embolisk genes."),
      ("Information", "Pat informerad om strokediagnosen och om planerad rehabilitering. Han önskar själv berätta för hustrun, som därför ännu inte är informerad av oss."),
  ])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "Patient told; only the wife is not yet informed, at the patient's own wish.")

C("d70-niva-ich-informerad-via-tolk", "skane", ("1960-10-03", "M", 21),
  [N("n1", "NIVA_LU", "Amina Yusuf", A, "2024-07-15 14:40", 25, [
      ("Bedömning", "Intracerebral blödning i hö basala ganglier, 28 ml, ingen ventrikelgenombrytning. Ingen indikation för kirurgi enligt neurokirurg."),
      ("Information", "Pat informerad via telefontolk på arabiska om hjärnblödningen och om att operation inte är aktuell. Ställde frågor om bilkörning, besvarade."),
  ])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "The patient was informed about the haemorrhage through an interpreter.")

C("d70-epikris-kolecystit-ej-informerad-optid", "skane", ("1977-07-17", "F", 76),
  [N("n1", "ANG_KIR", "Olle Bengtsson", A, "2024-08-30 15:30", 1440, [
      ("Epikris", "Inlagd 27/8-30/8 för akut kolecystit, behandlad med antibiotika intravenöst. Förbättrades snabbt, afebril sedan 28/8."),
      ("Planering", "Planerad laparoskopisk kolecystektomi om 6-8 veckor. Pat ej informerad om operationstid ännu, kallelse skickas från planeringen."),
  ], template="Epikris")],
  [], [("NL101", "n1")],
  "The untold item is an operation date, not a diagnosis.")

C("d70-multinote-nekrotiserande-fasciit-n1-ej-informerad", "skane", ("1970-01-09", "M", 77),
  [N("n1", "HBG_IVA", "Cecilia Rydén", A, "2024-03-26 12:10", 30, [
      ("Bedömning", "Nekrotiserande fasciit vä underben orsakad av grupp A-streptokocker, reviderad två gånger. Fortsatt septisk chock, klindamycin + bensylpenicillin, IVIG givet."),
      ("Information", "Pat sederad och ej informerad om diagnosen eller om att amputation kan bli nödvändig. Hustrun informerad vid besök."),
  ], template="Daganteckning"),
   N("n2", "HBG_ORT", "Tim Axelsson", A, "2024-04-02 10:00", 20, [
      ("Aktuellt", "Överflyttad från IVA igår. Underbensamputation vä utförd 30/3, stumpen ser fin ut."),
      ("Information", "Pat informerad idag av undertecknad om förloppet med nekrotiserande fasciit och amputationen. Tog det med fattning, önskar träffa kurator."),
  ])],
  [("NL101", "n1")], [],
  "Two notes: the ICU note n1 withholds the diagnosis from the sedated patient; a later note informs him, which does not cure n1.")

# ---- Skåne: more NL102 ---------------------------------------------------------------
C("d70-thiva-trolig-tamponad-efter-cabg", "skane", ("1949-09-09", "M", 37),
  [N("n1", "TIVA_LU", "Hanna Wretman", A, "2024-02-10 01:40", 180, [
      ("Aktuellt", "4 h efter CABG x3. Stigande noradrenalinbehov, CVP 18, sjunkande drändropp senaste timmen."),
      ("Status", "TTE med dåliga fönster: vätska bakom hö förmak, svårbedömd mängd."),
      ("Bedömning", "Trolig hjärttamponad. Thoraxkirurg tillkallad, resternotomi förbereds."),
  ], template="Jouranteckning")],
  [("NL102", "n1")], [],
  "Cardiac surgery ICU: 'Trolig hjärttamponad' in Bedömning.")

C("d70-konsult-kan-rora-sig-om-akalkylos-kolecystit", "skane", ("1945-05-25", "F", 48),
  [N("n1", "MA_KIR", "Petter Svensson", A, "2024-05-03 15:30", 30, [
      ("Frågeställning", "Sepsisfokus i buken? Pat vårdas på IVA sedan 6 dagar efter aortaklaffbyte, ny feber och stigande ALP."),
      ("Status", "Sederad. Buk mjuk, ingen säker ömhet under hö arcus. UL: förtjockad gallblåsevägg 6 mm, inga stenar, pericholecystisk vätska."),
      ("Bedömning", "Kan röra sig om en akalkylös kolecystit som sepsisfokus."),
      ("Åtgärd", "Perkutan kolecystostomi via IR idag. Kirurgen följer."),
  ], template="Konsultation")],
  [("NL102", "n1")], [],
  "Surgical consult on an ICU patient: 'Kan röra sig om en akalkylös kolecystit' hedges a diagnosis.")

C("d70-niva-fragestallning-ventrikulit-evd", "skane", ("1987-02-03", "F", 66),
  [N("n1", "NIVA_LU", "Jakob Lind", A, "2024-09-10 09:20", 30, [
      ("Aktuellt", "Dag 8 med extern ventrikeldränage efter SAB. Feber 38,9 och stigande celltal i likvor."),
      ("Bedömning", "Frågeställning ventrikulit. Likvorodling tagen, vankomycin + meropenem startat."),
  ], template="Daganteckning")],
  [("NL102", "n1")], [],
  "'Frågeställning ventrikulit' marks an unconfirmed diagnosis in the visible Bedömning.")

C("d70-iva-mojligen-serotonergt-syndrom-intox", "skane", ("1993-03-30", "F", 54),
  [N("n1", "YST_IVA", "Malin Svärd", A, "2024-12-09 04:00", 240, [
      ("Anamnes", "Intox med sertralin och tramadol i okänd mängd, hittad av sambo."),
      ("Status", "Temp 39,6. Hyperreflexi, inducerbar klonus i fötterna, agitation, mydriasis. Takykardi 140."),
      ("Bedömning", "Möjligen serotonergt syndrom, DD antikolinergt syndrom."),
      ("Åtgärd", "Intuberad för sedering och nedkylning. Cyproheptadin via V-sond. Giftinformationscentralen konsulterad."),
  ], template="Inskrivningsanteckning")],
  [("NL102", "n1")], [],
  "'Möjligen' and 'DD' hedge two toxidromes in a visible ICU admission note.")

C("d70-uva-ssk-misstant-postop-blodning-typo", "skane", ("1965-06-14", "M", 27),
  [N("n1", "LU_POP", "Sanna Lilja", SSK, "2024-06-11 19:10", 5, [
      ("Cirkulation", "Pat på UVA efter robotassisterad prostatektomi. BT sjunkit från 135/80 till 92/55 senaste timmen, puls 118, blek och kallsvettig. Drän: 350 ml friskt blod på 1 h."),
      ("Åtgärd", "Misstänt postoperativ blödning, narkosläkare och urolog tillkallade kl 19:05. Ringer-Acetat 1000 ml, Hb och bastest tagna."),
  ], template="Omvårdnadsanteckning")],
  [("NL102", "n1")], [],
  "Nurse note on UVA with a typo in the hedge ('Misstänt postoperativ blödning').")

C("d70-iva-sannolik-trali-postpartum", "skane", ("1981-12-05", "F", 88),
  [N("n1", "KRI_IVA", "Ulf Nordin", A, "2024-04-19 23:30", 60, [
      ("Aktuellt", "Postpartumblödning 3,5 l, transfunderad 6 E erytrocyter, 4 E plasma, 1 E trombocyter. Två timmar efter transfusionen akut hypoxi och rosa skummande sekret."),
      ("Utredning", "Rtg pulm: nytillkomna bilaterala infiltrat. UKG: normal vänsterkammarfunktion, inga tecken på vätskeöverbelastning."),
      ("Bedömning", "Sannolik TRALI."),
      ("Åtgärd", "Intuberad, lungskyddande ventilation. Transfusionsmedicin underrättad för utredning av givarna."),
  ])],
  [("NL102", "n1")], [],
  "'Sannolik TRALI' after massive transfusion is a hedged diagnosis; the negated fluid overload does not matter.")

C("d70-niva-cerebral-vasospasm-fragetecken", "skane", ("1968-10-26", "M", 43),
  [N("n1", "NIVA_LU", "Sofie Lindgren", A, "2024-11-25 10:40", None, [
      ("Aktuellt", "Dag 7 efter SAB, klippt aneurysm på A. cerebri media. Nytillkommen förvirring och pares i vä arm sedan i morse."),
      ("Utredning", "TCD: flödeshastighet 210 cm/s i hö ACM."),
      ("Bedömning", "Cerebral vasospasm? DT-angio med perfusion akut."),
  ], template="Daganteckning")],
  [("NL102", "n1")], [],
  "Question mark after a diagnosis ('Cerebral vasospasm?') in an unsigned neuro-ICU note.")

C("d70-iva-epikris-trolig-aspirationspneumoni", "skane", ("1942-07-13", "M", 59),
  [N("n1", "YST_IVA", "Karl Engström", A, "2024-03-15 12:00", 600, [
      ("Epikris", "81-årig man inlagd på IVA 10/3-15/3 efter hjärtstopp i hemmet med snabb ROSC efter defibrillering. Kammarflimmer som första rytm, koronarangiografi utan akut ocklusion. Under vårdtiden feber och nytt infiltrat i hö underlob, trolig aspirationspneumoni, behandlad med cefotaxim. Extuberad dag 3, neurologiskt intakt."),
      ("Planering", "Flytt till HIA för ICD-utredning. Antibiotika till och med 17/3."),
  ], template="Epikris")],
  [("NL102", "n1")], [],
  "ICU discharge summary: one hedged diagnosis ('trolig aspirationspneumoni') among confirmed ones.")

C("d70-anestesi-mojlig-anafylaxi-rokuronium", "skane", ("1979-04-18", "F", 66),
  [N("n1", "MA_OP", "Björn Sjöholm", A, "2024-01-23 10:15", 45, [
      ("Förlopp", "Vid induktion med propofol, fentanyl och rokuronium urtikaria över bålen, BT-fall till 60/30 och bronkospasm inom 3 minuter."),
      ("Åtgärd", "Adrenalin 50 mikrog iv x3, vätska 2 l, hydrokortison. Operationen avbruten. Tryptas taget efter 1 h och 4 h."),
      ("Bedömning", "Möjlig anafylaxi på rokuronium, DD klorhexidin eller cefuroxim som agens."),
      ("Planering", "Remiss till allergologen för utredning. Överflyttas till IVA för övervakning."),
  ], template="Anestesianteckning")],
  [("NL102", "n1")], [],
  "Anaesthesia note: 'Möjlig anafylaxi' is a hedged diagnosis in visible text.")

C("d70-iva-inger-misstanke-fettemboli", "skane", ("2001-05-19", "M", 91),
  [N("n1", "LU_IVA", "Linnea Åberg", A, "2024-07-02 11:30", 30, [
      ("Aktuellt", "Dag 2 efter märgspikning av bilateral femurfraktur. I natt akut hypoxi, förvirring och petekier i axiller och konjunktiva."),
      ("Bedömning", "Bilden inger misstanke om fettemboliskt syndrom. MR hjärna planeras."),
  ], template="Daganteckning")],
  [("NL102", "n1")], [],
  "'inger misstanke om fettemboliskt syndrom' after femoral nailing.")

C("d70-fysio-trolig-icu-aw", "skane", ("1958-12-18", "F", 84),
  [N("n1", "MA_IVA", "Petra Widell", FT, "2024-05-21 14:00", 30, [
      ("Aktuellt", "Dag 14 på IVA, trakeotomerad. Sitter på sängkant med stöd av två personer."),
      ("Status", "MRC-summa 32/60. Symmetrisk proximal svaghet, greppstyrka 6 kg hö och 5 kg vä."),
      ("Bedömning", "Trolig IVA-förvärvad muskelsvaghet (ICU-AW)."),
      ("Åtgärd", "Cykelergometer i säng 15 min, ståträning i ståhjälp."),
  ], template="Fysioterapianteckning")],
  [("NL102", "n1")], [],
  "A physiotherapist writes a hedged diagnosis (trolig ICU-AW) in a visible Melior note.")

C("d70-iva-forenlig-med-abdominellt-kompartment", "skane", ("1960-03-07", "M", 85),
  [N("n1", "MA_IVA", "Axel Rosén", A, "2024-08-04 03:50", 120, [
      ("Aktuellt", "Rupturerat bukaortaaneurysm opererat igår. Spänd buk, stigande ventilationstryck, oliguri under 10 ml/h senaste 3 h."),
      ("Status", "Blåstryck 24 mmHg."),
      ("Bedömning", "Bilden förenlig med abdominellt kompartmentsyndrom. Kärlkirurg tillkallad för ställningstagande till dekompressiv laparotomi."),
  ], template="Jouranteckning")],
  [("NL102", "n1")], [],
  "'förenlig med abdominellt kompartmentsyndrom' hedges the diagnosis.")

C("d70-iva-kan-inte-utesluta-sbp", "skane", ("1963-09-21", "M", 59),
  [N("n1", "LU_IVA", "Johan Fors", A, "2024-10-15 09:30", 25, [
      ("Aktuellt", "Levercirrhos Child-Pugh C, inlagd för varicerblödning, ligerad igår. Nu feber och tilltagande ascites."),
      ("Bedömning", "Kan inte utesluta spontan bakteriell peritonit; diagnostisk paracentes görs nu."),
  ], template="Daganteckning")],
  [("NL102", "n1")], [],
  "'Kan inte utesluta spontan bakteriell peritonit' keeps an unconfirmed diagnosis open.")

C("d70-biva-misstankt-mis-c-barn", "skane", ("2017-04-02", "F", 58),
  [N("n1", "BIVA_LU", "Ebba Hallin", A, "2024-02-16 21:00", 60, [
      ("Anamnes", "6-årig flicka, tidigare frisk. Feber i 5 dagar, buksmärta, kräkningar och konjunktivit. Covid i familjen för 5 veckor sedan."),
      ("Status", "Påverkad, kapillär återfyllnad 4 s, BT 78/40. Hjärta: galopprytm. Exantem på bålen."),
      ("Lab", "CRP 310, ferritin 1200, NT-proBNP 9800, troponin T 80."),
      ("Bedömning", "Misstänkt MIS-C med kardiogen påverkan. DD toxisk chock, Kawasakis sjukdom."),
      ("Åtgärd", "Milrinon, IVIG 2 g/kg och metylprednisolon efter samråd med barnreumatolog. Föräldrarna informerade om planen."),
  ], template="Inskrivningsanteckning")],
  [("NL102", "n1")], [],
  "Paediatric ICU, child under 13 (guardians read the journal): suspected MIS-C with DD in a visible Melior note.")

C("d70-biva-rsv-bekraftad-plan-hedgar", "skane", ("2021-09-14", "M", 16),
  [N("n1", "BIVA_LU", "Hugo Brandt", A, "2024-01-10 10:00", 30, [
      ("Bedömning", "RSV-bronkiolit, positiv PCR. Stabil på HFNC 2 l/kg/min, FiO2 0,35."),
      ("Planering", "Trolig nedtrappning av flödet under eftermiddagen. Eventuellt flytt till barnavdelning i morgon. Föräldrarna delaktiga i omvårdnaden."),
  ], template="Daganteckning")],
  [], [("NL102", "n1")],
  "Child: the diagnosis is confirmed by PCR; 'Trolig' and 'Eventuellt' hedge only plans.")

C("d70-uva-hb-mojligen-sjunkande-fynd", "skane", ("1980-04-24", "F", 92),
  [N("n1", "LU_POP", "Gabriel Nilsson", A, "2024-04-29 17:45", 15, [
      ("Aktuellt", "Postop efter laparoskopisk myomektomi. Hb möjligen sjunkande, 118 → 109, men cirkulatoriskt stabil och opåverkad, inga tecken på pågående blödning."),
      ("Planering", "Ny Hb kl 22. Eventuellt kvar över natten på UVA."),
  ])],
  [], [("NL102", "n1")],
  "Hedges on a lab trend and a plan; bleeding is negated. No hedged diagnosis.")

C("d70-iva-dka-prognos-sannolikt-god", "skane", ("1985-11-30", "M", 11),
  [N("n1", "HBG_IVA", "Karolina Dahl", A, "2024-06-21 12:30", 20, [
      ("Bedömning", "Diabetisk ketoacidos som debut av typ 1-diabetes, pH nu 7,34, anjongap normaliserat. Prognosen sannolikt god."),
      ("Planering", "Subkutant insulin från ikväll, diabetessköterska kontaktad. Flytt till medicinavdelning i morgon."),
  ], template="Daganteckning")],
  [], [("NL102", "n1"), ("NL101", "n1")],
  "'sannolikt' hedges the prognosis, not a diagnosis; the diagnosis itself is confirmed.")

C("d70-kir-vid-tecken-pa-lackage-villkor", "skane", ("1955-12-12", "F", 36),
  [N("n1", "MA_KIR", "Oscar Hjalmarsson", A, "2024-07-24 16:00", 20, [
      ("Aktuellt", "Dag 2 efter ileocekalresektion för Crohns sjukdom. Opåverkad, afebril, CRP 88."),
      ("Planering", "Vid tecken på läckage (feber, stigande CRP, peritonit) görs DT buk och kolorektal bakjour kontaktas. Fortsatt flytande kost."),
  ])],
  [], [("NL102", "n1")],
  "A conditional instruction about a possible leak is no hedged diagnosis of the patient.")

C("d70-preop-tidigare-misstankt-sarkoidos-avskriven", "skane", ("1974-02-17", "F", 48),
  [N("n1", "HLM_PREOP", "Stefan Lindh", A, "2024-03-27 11:10", 30, [
      ("Anamnes", "Inför axelartroskopi. Utreddes 2019 för misstänkt sarkoidos pga förstorade hiluskörtlar; misstanken avskrevs efter EBUS med normal cytologi. I övrigt frisk."),
      ("Bedömning", "ASA 1. Inga anestesiologiska hinder. Interskalenär blockad + narkos."),
  ], template="Preoperativ bedömning", setting="öppenvård")],
  [], [("NL102", "n1")],
  "A past suspicion that was explicitly ruled out ('avskrevs') must not fire.")

C("d70-anestesi-ingen-misstanke-malign-hypertermi", "skane", ("1972-05-29", "M", 47),
  [N("n1", "KRI_OP", "Eva Strömqvist", A, "2024-09-30 14:20", 30, [
      ("Förlopp", "EtCO2 steg till 7,5 kPa 20 min in i laparoskopin och normaliserades när insufflationstrycket sänktes. Ingen muskelrigiditet, temp 36,8, inga arytmier."),
      ("Bedömning", "Ingen misstanke om malign hypertermi; hyperkapni av CO2-absorption vid pneumoperitoneum."),
  ], template="Anestesianteckning")],
  [], [("NL102", "n1")],
  "Negated malignant hyperthermia in an anaesthesia record.")

C("d70-kir-sannolkit-paralytisk-ileus-typo", "skane", ("1950-10-18", "M", 23),
  [N("n1", "ANG_KIR", "Hedvig Ström", A, "2024-10-28 10:10", 25, [
      ("Aktuellt", "Dag 5 efter ventralbråcksplastik, ingen gasavgång, uppblåst buk, kräkts två gånger."),
      ("Bedömning", "Sannolkit postoperativ paralytisk ileus. DT buk görs för att utesluta mekaniskt hinder."),
  ], template="Daganteckning")],
  [("NL102", "n1")], [],
  "Typo in the hedge ('Sannolkit') before postoperative ileus.")

C("d70-iva-rabdomyolys-ev-crrt-plan", "skane", ("1952-06-30", "F", 71),
  [N("n1", "KRI_IVA", "Sebastian Kull", A, "2024-02-22 11:20", 30, [
      ("Bedömning", "Akut njursvikt vid rabdomyolys efter långvarigt liggande på golvet i hemmet, CK 85 000. Diures 30 ml/h trots vätska."),
      ("Planering", "Ev. behov av CRRT om stigande kalium eller fortsatt oliguri. Ny elstatus kl 16."),
  ], template="Daganteckning")],
  [], [("NL102", "n1")],
  "'Ev.' hedges a treatment need (CRRT); the kidney failure is confirmed.")

C("d70-iva-talar-for-hit", "skane", ("1967-08-03", "M", 61),
  [N("n1", "HBG_IVA", "Oliver Kronberg", A, "2024-05-12 09:55", None, [
      ("Aktuellt", "Dag 6 på IVA efter akut laparotomi. Trombocyter 240 → 68 sedan dag 2, profylaktisk heparin sedan inskrivningen."),
      ("Bedömning", "4T-score 7, talar för heparininducerad trombocytopeni. PF4-antikroppar skickade."),
      ("Åtgärd", "All heparin utsatt, byte till argatroban. UL av benens vener."),
  ], template="Daganteckning")],
  [("NL102", "n1")], [],
  "'talar för heparininducerad trombocytopeni' before the antibody result is a hedged diagnosis.")

C("d70-barnpreop-trolig-ovre-luftvagsinfektion", "skane", ("2019-10-07", "M", 45),
  [N("n1", "LU_BARNANE", "Elsa Rydberg", A, "2024-11-04 08:30", 40, [
      ("Anamnes", "5-åring inför tonsillotomi och adenoidektomi. Sedan 3 dagar snuva, hosta och temp 38,2 igår enligt pappa."),
      ("Status", "Gul snuva, lätt rodnad i svalget. Lungor: enstaka ronki bilat. SaO2 98 %."),
      ("Bedömning", "Trolig pågående övre luftvägsinfektion, ökad risk för laryngospasm vid anestesi."),
      ("Planering", "Op skjuts upp 2-3 veckor, ny tid skickas. Pappa informerad och införstådd."),
  ], template="Preoperativ bedömning", setting="öppenvård")],
  [("NL102", "n1")], [],
  "Pre-operative assessment of a child under 13: 'Trolig pågående övre luftvägsinfektion' in Bedömning.")

# ---- Skåne: long notes, extra NL101, PMO ----------------------------------------------
C("d70-lang-iva-inskrivning-svar-pankreatit-ev-infekterad-nekros", "skane", ("1968-03-22", "M", 9),
  [N("n1", "LU_IVA", "Daniel Alm", A, "2024-08-19 06:10", 95, [
      ("Anamnes", "56-årig man, överviktig, hypertoni, i övrigt frisk. Inlagd på kirurgen i förrgår med akut pankreatit av gallstensgenes (koledokussten 6 mm på MRCP). Försämrats successivt under natten med tilltagande andningsfrekvens, oliguri och stigande syrgasbehov, flyttas därför till IVA."),
      ("Läkemedel", "Enalapril 10 mg och amlodipin 5 mg hemma, båda pausade sedan inläggningen. Inga kända läkemedelsallergier. Alkohol enligt hustrun ett par glas vin i helgerna."),
      ("Social", "Gift, två vuxna barn. Arbetar som lastbilschaufför. Hustrun informerad om flytten till IVA av kirurgjouren i natt."),
      ("Status", "AT: Vaken, orienterad, smärtpåverkad. AF 32, SaO2 91 % på 10 l syrgas via mask. Cor: Sinustakykardi 128, BT 98/55. Pulm: Dämpning och nedsatt andningsljud bibasalt, mer hö. Buk: Spänd, uppblåst, diffust öm, sparsamma tarmljud. Diures senaste 4 h 45 ml totalt. Blåstryck 18 mmHg."),
      ("Lab", "CRP 356, LPK 18, amylas 28, krea 189, Ca 1,86, laktat 3,4, glukos 14. Artärblodgas: pH 7,29, pCO2 4,9, pO2 7,8, BE -8."),
      ("Röntgen", "DT buk med kontrast igår: ödematös pankreas med peripankreatiska vätskeansamlingar, nekros i ca 30 % av korpus, ingen fri gas. Pleuravätska bilat."),
      ("Bedömning", "Svår akut pankreatit med multiorgansvikt (respiration, njure, cirkulation) enligt reviderade Atlantakriterierna. Intraabdominell hypertension grad 2. Ev. infekterad nekros i korpus, även om det är tidigt i förloppet och ingen gas syns i nekrosen."),
      ("Åtgärd", "HFNC 60 l/min, FiO2 0,6. Artärnål och CVK. Noradrenalin 0,08. Ringer-Acetat målstyrt efter slagvolymsvariation. V-sond för avlastning, enteral nutrition via nasojejunal sond när den är lagd. Epidural diskuterad men avstår pga PK 1,6."),
      ("Planering", "ERCP idag enligt gastrokirurg. Ny DT om 3-5 dagar. Nära kontakt med pankreaskirurg."),
      ("Mål", "MAP över 65, diures minst 0,5 ml/kg/h, laktat sjunkande. Blåstryck var 6:e timme; vid stigande tryck över 20 mmHg diskuteras avlastande åtgärder med kirurg. Blodsocker 6-10 med insulininfusion."),
  ], template="Inskrivningsanteckning")],
  [("NL102", "n1")], [("NL101", "n1")],
  "Long ICU admission (about 280 words), almost everything confirmed; one hedged diagnosis ('Ev. infekterad nekros') in Bedömning.")

C("d70-lang-iva-epikris-bifynd-aaa-ej-informerad", "skane", ("1952-01-26", "F", 18),
  [N("n1", "KRI_IVA", "Ingela Hammar", A, "2024-09-09 13:30", 180, [
      ("Epikris", "72-årig kvinna som vårdades på IVA 3/9-9/9 för urosepsis med septisk chock utgående från hö hydronefros orsakad av en 8 mm uretärsten. Akut nefrostomi 3/9. Noradrenalin i 48 h. Blod- och urinodlingar växte E. coli känslig för cefotaxim, som getts från dag 2. Akut njurskada KDIGO 2 som gått i regress, krea 98 vid utflytt. Ingen respiratorvård, HFNC dag 1-3."),
      ("Bifynd", "På DT buk vid ankomsten noterades ett infrarenalt bukaortaaneurysm, 5,8 cm i diameter, utan tecken på läckage. Kärlkirurg konsulterad 6/9 och bedömer att pat ska utredas för elektiv operation efter återhämtning."),
      ("Information", "Pat har inte informerats om aneurysmet eftersom hon under större delen av IVA-tiden varit påverkad och därefter mycket trött. Kärlkirurgen tar informationen vid mottagningsbesöket, remiss skickad 6/9."),
      ("Läkemedel", "Cefotaxim till och med 12/9. Fragmin 5000 E sc. Paracetamol vid behov."),
      ("Planering", "Flytt till urologavdelningen. Nefrostomin kvar tills stenen åtgärdats med URS. Uppföljning på IVA-mottagningen om 3 månader."),
      ("Omvårdnad", "Mobiliserad till stol två gånger dagligen, går korta sträckor med rollator och stöd av en person. Äter normalkost med näringsdryck, vikt oförändrad. Huden hel. Sover dåligt nattetid och har haft mardrömmar, sömntablett vid behov."),
      ("Status vid utflytt", "Vaken, orienterad, trött men adekvat. AF 18, SaO2 95 % på luft. BT 124/70, puls 88 regelbunden. Buk mjuk, nefrostomin dränerar klar urin, cirka 900 ml per dygn."),
  ], template="Epikris")],
  [("NL101", "n1")], [("NL102", "n1")],
  "Long ICU discharge summary: an incidental aortic aneurysm is written in a visible section and the patient is explicitly not informed.")

C("d70-lang-preop-prostatektomi-hedgar-bara-plan-och-slakt", "skane", ("1957-04-15", "M", 31),
  [N("n1", "LU_PREOP", "Martina Quist", A, "2024-02-05 13:00", 60, [
      ("Anamnes", "67-årig man inför planerad robotassisterad radikal prostatektomi för prostatacancer Gleason 4+3. Hypertoni och typ 2-diabetes, välreglerad (HbA1c 52). Tidigare rökare, slutade 2010. Klarar två trappor utan andnöd. Opererad för ljumskbråck 2018 i narkos utan problem. Mamman ska ha haft misstänkt allergi mot lokalbedövningsmedel, aldrig utredd."),
      ("Läkemedel", "Metformin 1 g x2, amlodipin 5 mg, enalapril 10 mg."),
      ("Socialt", "Gift, pensionerad ingenjör. Promenerar 5 km dagligen med hunden. Alkohol sparsamt. Inga tidigare problem med illamående efter narkos."),
      ("Status", "Vikt 88 kg, längd 181 cm. Mallampati 2, god gapförmåga, normal nackrörlighet. Egna tänder, inga lösa. Cor: regelbunden rytm, inga blåsljud. Pulm: vesikulärt bilat. BT 138/82."),
      ("Utredning", "EKG: sinusrytm 68, inga ischemitecken. Hb 146, krea 84, K 4,2. Inga tecken på hjärtsvikt eller klaffel, UKG bedöms ej indicerat."),
      ("Bedömning", "ASA 2. Ingen misstanke om obstruktiv sömnapné (STOP-BANG 2). Lämplig för robotkirurgi i brant Trendelenburgläge."),
      ("Planering", "Narkos med TIVA, ev. artärnål beroende på förväntad operationstid. Metformin utsätts op-dagen. Eventuellt postoperativ övervakning på UVA över natten om ingreppet blir långt. Trombosprofylax enligt PM."),
      ("Information", "Pat informerad om anestesiformen, fasteregler och om att han vaknar med urinkateter. Skriftlig information om rökfrihet och fasta överlämnad. Pat har inga ytterligare frågor."),
  ], template="Preoperativ bedömning", setting="öppenvård")],
  [], [("NL102", "n1"), ("NL101", "n1")],
  "Long pre-operative assessment: the only hedges are on the mother's allergy, on plans (ev. artärnål, eventuellt UVA) and on negated conditions.")

C("d70-iva-hjarnmetastaser-varken-pat-eller-make-informerade", "skane", ("1957-02-09", "F", 6),
  [N("n1", "YST_IVA", "Rickard Söder", A, "2024-04-14 16:45", 35, [
      ("Aktuellt", "Inlagd på IVA efter generaliserat krampanfall som inte bröts av diazepam, intuberad på akuten. Känd bröstcancer, opererad 2021."),
      ("Utredning", "MR hjärna: tre kontrastuppladdande förändringar supratentoriellt med perifokalt ödem."),
      ("Bedömning", "Status epilepticus orsakat av hjärnmetastaser från bröstcancern. Betapred 8 mg x2, levetiracetam."),
      ("Information", "Varken pat, som fortfarande är sederad, eller maken är ännu informerade om metastaserna. Onkologjouren kontaktad och deltar i samtalet i morgon."),
  ], template="Daganteckning")],
  [("NL101", "n1")], [("NL102", "n1")],
  "Neither the sedated patient nor the husband has been told about the brain metastases written in Bedömning.")

C("d70-pmo-vc-telefon-mojlig-lungemboli-efter-iva", "skane", ("1962-09-01", "M", 70),
  [N("n1", "VC_NASBY", "Therese Blom", SSK, "2024-06-24 08:20", 15, [
      ("Telefonkontakt", "Pat ringer, utskriven från IVA i Malmö förra veckan efter septisk chock. Sedan igår andfådd och ont i bröstet vid djupandning, puls enligt klockan 110."),
      ("Bedömning", "Möjlig lungemboli efter lång immobilisering, kan inte bedömas per telefon."),
      ("Åtgärd", "Hänvisas till akuten i Kristianstad omgående, ambulans erbjuden men hustrun kör."),
  ], template="Telefonkontakt", setting="öppenvård")],
  [], [("NL102", "n1")],
  "PMO telephone note after ICU discharge: 'Möjlig lungemboli' is not shown from PMO.")

# =====================================================================================
# VÄSTRA GÖTALANDSREGIONEN (Melior)
# =====================================================================================
C("d70-vgr-civa-forenligt-med-ards-dd-pneumoni", "vgr", ("1976-07-22", "M", 18),
  [N("n1", "SU_CIVA", "Johan Ekberg", A, "2024-03-05 10:20", 30, [
      ("Aktuellt", "Dag 2 efter aspiration i samband med intoxikation. Respiratorbehandlad, PEEP 12, FiO2 0,7."),
      ("Utredning", "Rtg pulm: bilaterala konfluerande infiltrat. PaO2/FiO2 14 kPa. Eko: normal vänsterkammarfunktion."),
      ("Bedömning", "Förenligt med ARDS efter aspiration, DD bilateral bakteriell pneumoni."),
  ], template="Daganteckning")],
  [("NL102", "n1")], [("NL101", "n1")],
  "ARDS hedged with 'Förenligt med' and a DD in a visible Bedömning sökord.")

C("d70-vgr-dt-utan-lackage-misstanke-avskrivs", "vgr", ("1957-03-16", "F", 72),
  [N("n1", "OS_KIR", "Malin Berggren", A, "2024-02-13 14:45", 20, [
      ("Utredning", "DT buk med rektal kontrast: inget kontrastläckage vid anastomosen, ingen abscess."),
      ("Bedömning", "Misstanken om anastomosläckage avskrivs. Febern förklaras av tromboflebit vid PVK i vä arm, som avvecklas."),
      ("Planering", "Klar dryck idag, flytande kost i morgon."),
  ], template="Daganteckning")],
  [], [("NL102", "n1"), ("NL101", "n1")],
  "The suspected leak is explicitly dismissed ('avskrivs') after CT; the remaining diagnosis is stated as fact.")

C("d70-vgr-talar-emot-ards-kardiogent-lungodem", "vgr", ("1944-11-02", "M", 39),
  [N("n1", "UDD_IVA", "Ali Hassan", A, "2024-04-11 23:10", 60, [
      ("Bedömning", "Bilaterala infiltrat och hypoxi. Eko visar EF ca 25 % och vidgad vänsterkammare, BNP över 5000, vilket talar emot ARDS. Diagnos: akut hjärtsvikt med kardiogent lungödem."),
      ("Åtgärd", "CPAP 10, furosemid 80 mg iv, nitroglycerininfusion."),
  ], template="Jouranteckning")],
  [], [("NL102", "n1")],
  "'talar emot ARDS' argues against the diagnosis; the working diagnosis is confirmed.")

C("d70-vgr-niva-bild-som-vid-diffus-axonal-skada", "vgr", ("2003-01-28", "M", 19),
  [N("n1", "SU_NIVA", "Ida Sjöberg", A, "2024-05-06 13:00", 35, [
      ("Aktuellt", "Dag 5 efter trafikolycka, GCS 6 på olycksplatsen. ICP normala värden sedan 48 h, sederingen lättad."),
      ("Utredning", "MR hjärna: multipla mikroblödningar i corpus callosum och i gråvit-gränsen bilateralt."),
      ("Bedömning", "Bild som vid diffus axonal skada. Fortsatt långsam väckning."),
  ], template="Daganteckning")],
  [("NL102", "n1")], [],
  "Brain injury: 'Bild som vid diffus axonal skada' is a hedged diagnosis in Bedömning.")

C("d70-vgr-vap-fragetecken-kort", "vgr", ("1961-08-08", "F", 86),
  [N("n1", "SAS_IVA", "Patrik Öberg", A, "2024-06-03 09:40", 20, [
      ("Bedömning", "Dag 6 i respirator. Tilltagande purulent sekret, nytt infiltrat hö underlob, temp 38,9. VAP? Trakealsekret odlat, pip/taz startat."),
  ], template="Daganteckning")],
  [("NL102", "n1")], [],
  "One-section note: 'VAP?' hedges ventilator-associated pneumonia.")

C("d70-vgr-preop-morbror-misstankt-mh", "vgr", ("1992-10-10", "M", 37),
  [N("n1", "MOL_PREOP", "Theresa Lund", A, "2024-04-16 13:20", 45, [
      ("Anamnes", "Inför ACL-rekonstruktion hö knä. Frisk. Opererad i narkos 2015 utan komplikationer. Morbror ska ha haft misstänkt malign hypertermi vid en narkos på 80-talet, aldrig utrett."),
      ("Bedömning", "ASA 1. Försiktighetsåtgärder enligt MH-rutin tills släktens status är utredd."),
      ("Planering", "Triggerfri anestesi (TIVA, ingen suxameton), förspolad maskin, dantrolen tillgängligt. Remiss till MH-enheten för ställningstagande till utredning av släkten."),
  ], template="Preoperativ bedömning", setting="öppenvård")],
  [], [("NL102", "n1")],
  "The hedged malignant hyperthermia belongs to the maternal uncle, not to the patient.")

C("d70-vgr-preop-trolig-hjartsvikt-ej-utredd", "vgr", ("1943-05-03", "F", 24),
  [N("n1", "SAS_PREOP", "Per Eriksson", A, "2024-01-30 10:00", 40, [
      ("Anamnes", "Inför elektiv höftprotes vä. Ansträngningsdyspné NYHA II-III sedan i höstas, bensvullnad på kvällarna, sover med tre kuddar."),
      ("Status", "Halsvenstas 4 cm. Cor: oregelbunden, fq 92, svagt systoliskt blåsljud. Pulm: basala rassel bilat. Underbensödem ++."),
      ("Lab", "NT-proBNP 2400. Krea 98."),
      ("Bedömning", "Trolig hjärtsvikt, ej utredd, samt förmaksflimmer på dagens EKG. ASA 3."),
      ("Planering", "Op skjuts upp. UKG och remiss till medicinmottagningen."),
  ], template="Preoperativ bedömning", setting="öppenvård")],
  [("NL102", "n1")], [],
  "Pre-operative assessment: 'Trolig hjärtsvikt, ej utredd' in a visible Bedömning.")

C("d70-vgr-trolig-extubation-plan", "vgr", ("1939-02-19", "M", 53),
  [N("n1", "KUN_IVA", "Sanna Holm", A, "2024-02-06 08:55", 20, [
      ("Bedömning", "Pneumoni med E. coli i trakealsekret, nu dag 5 av cefotaxim. Vaken, följer uppmaningar, spontanandas på PS 8/PEEP 5 med tidalvolym 450 ml."),
      ("Planering", "Trolig extubation under förmiddagen om blodgasen fortsatt är bra."),
  ], template="Daganteckning")],
  [], [("NL102", "n1")],
  "'Trolig' hedges a plan (extubation); the pneumonia is confirmed by culture.")

C("d70-vgr-ssk-natt-misstankt-delirium", "vgr", ("1947-08-29", "F", 70),
  [N("n1", "NAL_IVA", "Emma Carlsson", SSK, "2024-03-18 04:10", 60, [
      ("Psykosocialt", "Pat orolig, plockar i sängkläderna och drar i artärnålen. Tror att hon sitter på tåget till Göteborg. CAM-ICU gick inte att genomföra pga oro."),
      ("Bedömning", "Misstänkt delirium. Jourläkare kontaktad kl 03:45, ordinerat dexmedetomidin."),
  ], template="Omvårdnadsanteckning")],
  [("NL102", "n1")], [],
  "Nurse night note: 'Misstänkt delirium' without a completed CAM-ICU, visible in Melior.")

C("d70-vgr-septisk-chock-misstankt-perforerad-divertikulit", "vgr", ("1954-01-31", "M", 25),
  [N("n1", "SKAS_IVA", "Henrik Forsberg", A, "2024-10-05 02:30", 300, [
      ("Anamnes", "Smärta i buken sedan 2 dagar, känd divertikulos. På akuten hypotension, laktat 4,8."),
      ("Status", "Buk: spänd, défense i nedre vä kvadranten."),
      ("Utredning", "DT buk: fri gas, fri vätska och förtjockat sigmoideum."),
      ("Bedömning", "Septisk chock med abdominellt fokus, misstänkt perforerad divertikulit."),
      ("Åtgärd", "Akut laparotomi. Pip/taz givet. Noradrenalin via CVK."),
  ], template="Inskrivningsanteckning")],
  [("NL102", "n1")], [],
  "Confirmed septic shock with a hedged source ('misstänkt perforerad divertikulit').")

C("d70-vgr-konsult-inger-misstanke-mesenteriell-ischemi", "vgr", ("1940-12-24", "F", 10),
  [N("n1", "SU_KIR", "Erik Vallin", A, "2024-11-14 17:25", 25, [
      ("Frågeställning", "Kirurgisk bedömning av buken hos patient med förmaksflimmer på CIVA efter hjärtstopp."),
      ("Status", "Laktat 9 och stigande. Buken uppblåst och tyst. Blodiga diarréer."),
      ("Bedömning", "Kliniken inger misstanke om akut mesenteriell ischemi. DT-angio buk akut."),
  ], template="Konsultation")],
  [("NL102", "n1")], [],
  "Surgical consult in the ICU: 'inger misstanke om akut mesenteriell ischemi'.")

C("d70-vgr-neurokonsult-talar-for-cip", "vgr", ("1966-05-11", "M", 49),
  [N("n1", "SAS_NEURO", "Gunnar Holmér", A, "2024-08-22 11:05", 45, [
      ("Frågeställning", "Svårt att avveckla respiratorn efter 3 veckors IVA-vård för sepsis."),
      ("Status", "Slapp tetrapares med distal betoning, areflexi. Kranialnerver u.a."),
      ("Bedömning", "Kliniska bilden talar för critical illness polyneuropati. Neurografi bokas för att säkerställa diagnosen."),
  ], template="Konsultation")],
  [("NL102", "n1")], [],
  "Neurology consult on the ICU: 'talar för critical illness polyneuropati' awaiting neurography.")

C("d70-vgr-ort-oklart-om-abstinens-eller-delirium", "vgr", ("1963-07-19", "M", 71),
  [N("n1", "NAL_ORT", "Sara Jakobsson", A, "2024-09-02 23:40", 30, [
      ("Aktuellt", "Dag 2 efter op av proximal humerusfraktur. Kraftigt orolig, svettig, tremor. Uppger några öl per dag."),
      ("Bedömning", "Oklart om det rör sig om alkoholabstinens eller postoperativt delirium av annan orsak."),
      ("Åtgärd", "Oxazepam 25 mg, tiamin iv. CIWA-Ar varannan timme."),
  ], template="Jouranteckning")],
  [("NL102", "n1")], [],
  "'Oklart om det rör sig om' alcohol withdrawal or delirium: two hedged diagnoses.")

C("d70-vgr-postop-misstankt-takotsubo", "vgr", ("1952-09-27", "F", 40),
  [N("n1", "OS_IVA", "Jonas Hellström", A, "2024-05-27 15:10", 30, [
      ("Aktuellt", "Postop efter elektiv tyreoidektomi, akut hypotension och lungödem på UVA."),
      ("Utredning", "UKG: apikal ballongering med hyperkinetisk bas, EF 30 %. Koronarangiografi: normala kärl."),
      ("Bedömning", "Misstänkt Takotsubokardiomyopati."),
      ("Åtgärd", "Undviker dobutamin, levosimendan övervägs."),
  ])],
  [("NL102", "n1")], [],
  "Postoperative complication: 'Misstänkt Takotsubokardiomyopati' in visible Bedömning.")

C("d70-vgr-ev-spinalt-epiduralt-hematom", "vgr", ("1949-04-14", "M", 63),
  [N("n1", "MOL_ORT", "Lisa Malmberg", A, "2024-06-12 03:15", 30, [
      ("Aktuellt", "Pat med epiduralkateter efter knäprotesop, fick Fragmin igår kväll trots att katetern satt kvar."),
      ("Status", "Nytillkommen svaghet i båda benen, kan inte lyfta dem från underlaget. Känselnedsättning från L1."),
      ("Bedömning", "Ev. spinalt epiduralt hematom. Akut MR, neurokirurg kontaktad."),
  ], template="Jouranteckning")],
  [("NL102", "n1")], [],
  "'Ev.' before a diagnosis (spinal epidural haematoma) after epidural analgesia.")

C("d70-vgr-niva-pris-kan-inte-uteslutas", "vgr", ("1998-10-01", "M", 45),
  [N("n1", "SU_NIVA", "Mona Abboud", A, "2024-07-18 10:00", 35, [
      ("Aktuellt", "Dag 4 av propofolsedering i hög dos (5 mg/kg/h) för refraktär ICP-stegring efter traumatisk hjärnskada."),
      ("Lab", "Laktat 6,2, CK 14 000, TG 6,1, nytillkommet högergrenblock på EKG."),
      ("Bedömning", "Propofolinfusionssyndrom kan inte uteslutas. Propofol sätts ut, byte till midazolam + tiopental."),
  ], template="Daganteckning")],
  [("NL102", "n1")], [],
  "'kan inte uteslutas' on propofol infusion syndrome in the neuro-ICU.")

C("d70-vgr-overflyttning-misstankt-cim-kvarstar", "vgr", ("1959-12-12", "F", 98),
  [N("n1", "SKAS_IVA", "Daniel Björk", A, "2024-04-23 13:00", 45, [
      ("Vårdförlopp", "IVA-vård 18 dygn för urosepsis med E. coli, septisk chock och multiorgansvikt. Trakeotomerad dag 8, dekanylerad igår."),
      ("Aktuellt", "Cirkulatoriskt stabil, andas med 2 l syrgas, äter med stöd."),
      ("Bedömning", "Misstänkt critical illness-myopati kvarstår med uttalad proximal svaghet. Neurofysiologisk undersökning beställd."),
      ("Planering", "Flytt till infektionsavdelning 31 idag. Fysioterapi dagligen. Dietist kopplad."),
  ], template="Överflyttningsanteckning")],
  [("NL102", "n1")], [],
  "Transfer note from ICU to the ward carries a still unconfirmed diagnosis ('Misstänkt critical illness-myopati').")

C("d70-vgr-anestesi-malign-hypertermi-fragetecken", "vgr", ("1990-02-22", "M", 29),
  [N("n1", "KUN_OP", "Anders Rydell", A, "2024-03-01 12:40", 15, [
      ("Förlopp", "Under ortopedisk op med sevofluran stiger EtCO2 från 5 till 9 kPa trots ökad minutventilation. Masseterrigiditet, temp 38,9 och stigande, takykardi 150."),
      ("Bedömning", "Malign hypertermi?"),
      ("Åtgärd", "Sevofluran avstängt, aktivt kolfilter, dantrolen 2,5 mg/kg iv. Kylning. Op avslutas snarast, IVA kontaktad."),
  ], template="Anestesianteckning")],
  [("NL102", "n1")], [],
  "Intraoperative crisis: 'Malign hypertermi?' is a hedged diagnosis in a visible anaesthesia record.")

C("d70-vgr-niva-utkast-misstankt-inklamning", "vgr", ("1979-06-06", "F", 3),
  [N("n1", "SU_NIVA", "Robert Aho", A, "2024-10-09 01:55", None, [
      ("Aktuellt", "Traumatisk hjärnskada, akut subduralhematom evakuerat igår. ICP stigit till 38 mmHg, ny anisokori hö större än vä."),
      ("Bedömning", "Misstänkt transtentoriell inklämning."),
      ("Åtgärd", "Mannitol 1 g/kg, kortvarig hyperventilation, akut DT, neurokirurg på väg."),
  ], template="Jouranteckning")],
  [("NL102", "n1")], [],
  "Unsigned draft on NIVA: 'Misstänkt transtentoriell inklämning'.")

C("d70-vgr-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", ("1956-09-03", "M", 61),
  [N("n1", "OS_KIR", "Charlotta Gren", A, "2024-09-12 15:30", 30, [
      ("Bedömning", "Postoperativ DT visar misstänkt levermetastas i segment 7 som inte var beskriven preoperativt."),
      ("Planering", "MR lever och MDK."),
  ], template="Tidiga hypoteser")],
  [("NL102", "n1")], [],
  "VGR protects by sökord, not by template: a note whose template is named Tidiga hypoteser but whose sökord is Bedömning is visible.")

C("d70-vgr-op-sokord-th-peritoneal-carcinos", "vgr", ("1985-03-25", "F", 42),
  [N("n1", "OS_KIR", "Nils Wahlström", A, "2024-06-25 13:30", 40, [
      ("Operation", "Laparoskopisk appendektomi. Flegmonös appendix, avlägsnad med stapler."),
      ("Fynd", "Lätt serös vätska i lilla bäckenet, i övrigt normal buksitus."),
      ("Tidiga hypoteser", "Enstaka 2-3 mm vita knottror på peritoneum i fossa Douglasi, misstänkt peritoneal carcinos. Biopsi tagen. Pat ej informerad om fyndet i väntan på PAD."),
      ("Postop ordination", "Ingen antibiotika postop. Hem i morgon."),
  ], template="Operationsberättelse")],
  [], [("NL102", "n1"), ("NL101", "n1")],
  "VGR sökord Tidiga hypoteser holds both the hedged carcinomatosis and the fact that it is untold; visible sections are clean.")

C("d70-vgr-sokord-th-men-hedge-aven-i-bedomning", "vgr", ("1948-07-31", "M", 43),
  [N("n1", "SKAS_KIR", "Tove Nyberg", A, "2024-11-27 11:00", 35, [
      ("Aktuellt", "Uppföljande DT 6 månader efter Whipples operation: ny mjukdelsförtätning kring AMS."),
      ("Tidiga hypoteser", "Misstänkt lokalrecidiv av pankreascancer."),
      ("Bedömning", "Förtätningen kring AMS kan röra sig om recidiv, DD postoperativ fibros. Tas upp på MDK."),
  ])],
  [("NL102", "n1")], [],
  "The hypothesis is put under the protected sökord but repeated, hedged, in the visible Bedömning.")

C("d70-vgr-missankt-anastomoslackage-typo", "vgr", ("1960-08-16", "F", 34),
  [N("n1", "SAS_KIR", "Marcus Lindberg", A, "2024-08-07 10:30", 20, [
      ("Aktuellt", "Dag 5 efter högersidig hemikolektomi. Takykardi 115, CRP 260, ingen gasavgång."),
      ("Bedömning", "Missänkt anastomosläckage, DT buk idag."),
  ], template="Daganteckning")],
  [("NL102", "n1")], [],
  "Typo in the hedge ('Missänkt') before anastomotic leak.")

C("d70-vgr-biva-trolig-bakteriell-superinfektion", "vgr", ("2023-02-11", "F", 62),
  [N("n1", "DSBUS_BIVA", "Klara Åström", A, "2024-01-19 11:45", 30, [
      ("Aktuellt", "11 månader gammal flicka med RSV-bronkiolit, dag 4 på BIVA, CPAP."),
      ("Bedömning", "Åter feber 39,5, CRP 120 från 15, nytt infiltrat vä. Trolig bakteriell superinfektion."),
      ("Åtgärd", "Cefotaxim 50 mg/kg x3 efter blododling. Vårdnadshavare informerade om förändringen."),
  ], template="Daganteckning")],
  [("NL102", "n1")], [],
  "Infant in paediatric ICU (guardians read): 'Trolig bakteriell superinfektion'.")

C("d70-vgr-sannolikt-svar-hypoxisk-hjarnskada", "vgr", ("1951-06-19", "M", 67),
  [N("n1", "NAL_IVA", "Fatima Osman", A, "2024-12-12 14:20", 30, [
      ("Bedömning", "Dag 5 efter hjärtstopp på sjukhus med lång HLR-tid. Fortsatt motoriskt svar som sträckning, NSE 78, EEG lågvoltigt utan reaktivitet. Sannolikt svår hypoxisk hjärnskada."),
      ("Planering", "MR hjärna i morgon. Närståendesamtal med dottern planeras efter MR."),
  ])],
  [("NL102", "n1")], [],
  "Prognosis after cardiac arrest: 'Sannolikt svår hypoxisk hjärnskada' before MRI.")

C("d70-vgr-gyn-trolgi-lungemboli-typo", "vgr", ("1971-10-21", "F", 78),
  [N("n1", "NAL_GYN", "Jens Ohlsson", A, "2024-05-15 21:45", 30, [
      ("Aktuellt", "Dag 4 efter laparoskopisk hysterektomi. Akut andnöd, pleuritisk smärta hö, SaO2 90 %, puls 112."),
      ("Bedömning", "Trolgi lungemboli. Wells 6."),
      ("Åtgärd", "DT-angio beställd, Fragmin 200 E/kg i väntan på svar."),
  ], template="Jouranteckning")],
  [("NL102", "n1")], [],
  "Typo in the hedge ('Trolgi') before a postoperative pulmonary embolism.")

C("d70-vgr-tiva-diffrentialdiagnos-typo", "vgr", ("1958-01-05", "M", 93),
  [N("n1", "SU_TIVA", "Karin Wester", A, "2024-02-28 09:50", 20, [
      ("Aktuellt", "Dag 2 efter mitralisplastik. Nytillkommen förvirring och högersidig facialispares."),
      ("Bedömning", "Diffrentialdiagnos embolisk stroke eller postoperativt delirium efter lång ECC-tid. DT hjärna akut."),
  ], template="Daganteckning")],
  [("NL102", "n1")], [],
  "Misspelled 'Diffrentialdiagnos' listing two candidate diagnoses after cardiac surgery.")

# ---- VGR: NL101 ----------------------------------------------------------------------
C("d70-vgr-intuberad-lackage-dottern-informerad", "vgr", ("1945-04-08", "F", 30),
  [N("n1", "OS_IVA", "Mattias Skog", A, "2024-03-22 11:10", 30, [
      ("Aktuellt", "Relaparotomi igår kväll pga anastomosläckage med fekal peritonit dag 5 efter sigmoideumresektion. Anastomosen togs ned, Hartmanns procedur."),
      ("Bedömning", "Fekal peritonit med septisk chock, stabiliserad. Noradrenalin 0,2."),
      ("Information", "Pat fortsatt intuberad och har inte kunnat informeras om läckaget eller stomin. Dottern informerad per telefon om operationsfynd och fortsatt plan."),
  ], template="Daganteckning")],
  [("NL101", "n1")], [],
  "Intubated patient cannot be told; the daughter is informed instead while the leak is visible.")

C("d70-vgr-op-peritoneal-carcinos-ej-informerad", "vgr", ("1962-11-28", "M", 47),
  [N("n1", "SKAS_KIR", "Ulrika Bergman", A, "2024-07-10 16:45", 30, [
      ("Indikation", "Tunntarmsileus som inte gått i regress på konservativ behandling."),
      ("Fynd", "Utbredd peritoneal carcinos med tumörkakor i omentet och på tunntarmskäxet. Ileus orsakat av tumörinväxt i distala ileum. Ascites 2 liter, skickad för cytologi."),
      ("Åtgärd", "Avlastande ileostomi. Biopsier från omentet."),
      ("Information", "Pat ännu inte informerad om fynden; sker av operatören på avdelningen imorgon förmiddag tillsammans med kontaktsjuksköterska."),
  ], template="Operationsberättelse")],
  [("NL101", "n1")], [],
  "Operation note: peritoneal carcinomatosis stated in the visible Fynd while the patient is not yet informed.")

C("d70-vgr-familjens-onskemal-lungmetastaser-ej-informera", "vgr", ("1949-09-15", "F", 42),
  [N("n1", "KUN_IVA", "Lennart Friberg", A, "2024-10-24 13:35", 25, [
      ("Utredning", "DT thorax inför trakeotomi: multipla lungmetastaser bilateralt. Känd bröstcancer opererad 2016."),
      ("Information", "Enligt överenskommelse med maken och barnen ska pat inte informeras om metastaserna förrän hon är extuberad och vaken nog att samtala. Onkolog kontaktad."),
  ])],
  [("NL101", "n1")], [("NL102", "n1")],
  "'ska pat inte informeras' about lung metastases on the family's wish, while the finding is visible.")

C("d70-vgr-tiva-delirisk-thalamusinfarkt-ej-informerad", "vgr", ("1946-02-26", "M", 71),
  [N("n1", "SU_TIVA", "Ingela Sand", A, "2024-04-30 10:10", 35, [
      ("Utredning", "MR hjärna: färsk infarkt i hö thalamus."),
      ("Bedömning", "Ischemisk stroke postoperativt efter CABG, embolisk genes. Delirisk sedan operationen."),
      ("Information", "Har ännu inte informerats om strokediagnosen pga deliriet; hustrun informerad."),
  ], template="Daganteckning")],
  [("NL101", "n1")], [],
  "Delirious patient after CABG: stroke diagnosis visible, patient explicitly not yet informed.")

C("d70-vgr-op-levercirros-ej-meddelat", "vgr", ("1967-05-09", "M", 55),
  [N("n1", "SAS_KIR", "Hassan Mahmoud", A, "2024-01-16 12:20", 30, [
      ("Operation", "Laparoskopisk kolecystektomi för symtomgivande gallsten. Okomplicerad."),
      ("Fynd", "Makroskopiskt nodulär, cirrotisk lever. Leverbiopsi tagen."),
      ("Information", "Levercirros har inte meddelats patienten ännu; tas upp vid återbesök med svar på biopsin."),
  ], template="Operationsberättelse")],
  [("NL101", "n1")], [],
  "Incidental liver cirrhosis at cholecystectomy, 'har inte meddelats patienten ännu'.")

C("d70-vgr-hjartstopp-uva-vantar-med-information", "vgr", ("1975-03-03", "F", 80),
  [N("n1", "UDD_IVA", "Kristoffer Lind", A, "2024-08-15 09:15", 20, [
      ("Aktuellt", "Hjärtstopp med kammarflimmer på UVA efter knäprotesoperation, defibrillerad två gånger, ROSC efter 8 min. Extuberad igår, har retrograd amnesi."),
      ("Information", "Pat vet ännu inte om att hon haft hjärtstopp. Vi väntar med informationen till i morgon när hon är mer vaken; maken är informerad."),
  ], template="Daganteckning")],
  [("NL101", "n1")], [],
  "Cardiac arrest on UVA: the patient does not yet know, information deliberately postponed.")

C("d70-vgr-ssk-ej-besked-pankreascancer-fore-lakarsamtal", "vgr", ("1954-12-17", "F", 56),
  [N("n1", "SU_KIR", "Josefin Lund", SSK, "2024-09-26 20:30", None, [
      ("Omvårdnad", "Pat frågar upprepade gånger om svaret på gårdagens DT. Enligt dr Lindqvist ska hon inte få besked om pankreascancern före läkarsamtalet imorgon kl 10, då dottern kan vara med. Pat lugnad, sömntablett given."),
  ], template="Omvårdnadsanteckning")],
  [("NL101", "n1")], [],
  "Unsigned nurse note names the cancer and states the patient must not be told before the doctor's talk.")

C("d70-vgr-informerad-om-op-men-ej-pad-gallblasecancer", "vgr", ("1958-04-21", "F", 88),
  [N("n1", "SKAS_KIR", "Viktoria Larsson", A, "2024-03-11 14:00", 20, [
      ("PAD", "Gallblåsecancer T1b, upptäckt incidentellt i kolecystektomipreparatet."),
      ("Information", "Pat informerad om att operationen gick bra men ej om PAD-svaret, som ges av HPB-kirurg vid återbesök i Göteborg."),
  ])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Told about the operation but not about the cancer in the PAD: the untold item is the diagnosis.")

C("d70-vgr-lymfom-besked-forst-vid-hematologbesok", "vgr", ("1964-08-12", "M", 51),
  [N("n1", "NAL_KIR", "Elsa Nordqvist", A, "2024-05-29 15:40", 30, [
      ("Aktuellt", "PAD-svar inkommit från akut splenektomi 15/5 för spontan mjältruptur."),
      ("PAD", "Diffust storcelligt B-cellslymfom i mjälten."),
      ("Planering", "Remiss till hematologen. Patienten får besked om lymfomdiagnosen först vid hematologbesöket nästa vecka."),
  ])],
  [("NL101", "n1")], [],
  "Phrased without 'ej informerad': the patient will be told of the lymphoma only next week, so he has not been told.")

C("d70-vgr-niva-ryggmargsskada-ej-informrad-typo", "vgr", ("1996-11-07", "M", 17),
  [N("n1", "SU_NIVA", "Olof Nyman", A, "2024-06-30 17:50", 40, [
      ("Bedömning", "Komplett ryggmärgsskada nivå C5 (ASIA A) efter dykolycka, opererad med främre fusion C4-C6."),
      ("Information", "Pat intuberad och sederad, ännu ej informrad om skadans omfattning. Föräldrarna informerade av neurokirurg och undertecknad."),
  ])],
  [("NL101", "n1")], [],
  "Sedated trauma patient, parents informed instead; typo 'informrad' in the key word.")

C("d70-vgr-iva-aml-ej-informerad", "vgr", ("1970-02-08", "M", 63),
  [N("n1", "SAS_IVA", "Birgitta Alm", A, "2024-11-05 11:30", None, [
      ("Aktuellt", "Respiratorbehandlad för neutropen sepsis, benmärgsprov taget igår pga blaster i blodet."),
      ("Utredning", "Benmärg: akut myeloisk leukemi."),
      ("Information", "Pat ej informerad om leukemin; hematolog kommer i morgon och tar samtalet med pat och hustru när sederingen är lättad."),
  ], template="Daganteckning")],
  [("NL101", "n1")], [],
  "Leukaemia diagnosed during ICU care, patient sedated and explicitly not informed.")

C("d70-vgr-komatos-anoxisk-skada-kan-inte-informeras", "vgr", ("1960-06-26", "F", 76),
  [N("n1", "KUN_IVA", "Tomas Ek", A, "2024-09-08 16:10", 25, [
      ("Bedömning", "Svår anoxisk hjärnskada efter hängning, verifierad med MR (diffusionsinskränkning bilat i cortex och basala ganglier). Ingen förbättring av medvetandegrad dag 6."),
      ("Information", "Pat komatös och kan inte informeras. Sambo och syster informerade om diagnosen i närståendesamtal."),
  ])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Comatose patient who cannot be told anything: the confirmed diagnosis is visible and the note says she is not informed.")

C("d70-vgr-preop-nyupptackt-formaksflimmer-ej-informerad", "vgr", ("1941-10-30", "M", 15),
  [N("n1", "MOL_PREOP", "Cecilia Åkerlund", A, "2024-10-17 16:30", 10, [
      ("Aktuellt", "Tillägg efter dagens preoperativa besök inför TURP."),
      ("Utredning", "EKG, som tolkades efter att pat gått hem: förmaksflimmer med kammarfrekvens 88, nyupptäckt."),
      ("Information", "Pat ej informerad om förmaksflimret. Ringer honom i morgon för att informera och planera antikoagulation inför op."),
  ], template="Preoperativ bedömning", setting="öppenvård")],
  [("NL101", "n1")], [],
  "Pre-operative ECG read after the visit: new atrial fibrillation, patient not yet informed.")

C("d70-vgr-overflyttning-njurtumor-ej-informerad", "vgr", ("1953-03-17", "M", 1),
  [N("n1", "SAS_IVA", "Hampus Wennberg", A, "2024-07-03 12:40", 60, [
      ("Vårdförlopp", "IVA-vård 5 dygn efter akut kolecystektomi komplicerad av gallgångsskada och gallperitonit. Reopererad dag 2 med hepatikojejunostomi. Noradrenalin avslutat dag 3."),
      ("Bifynd", "På DT buk dag 1 sågs en 4 cm solid tumör i hö njure med utseende som klarcellig njurcancer; urolog har granskat bilderna."),
      ("Information", "Pat är inte informerad om njurtumören. Urolog kontaktad och tar informationen på avdelningen."),
      ("Planering", "Flytt till kirurgavdelning 40 idag. Drän kvar. Mobilisering med fysioterapeut."),
  ], template="Överflyttningsanteckning")],
  [("NL101", "n1")], [],
  "Transfer note ICU to ward: an incidental kidney tumour stands in a visible section, patient not informed.")

# ---- VGR: NL101 must_not ---------------------------------------------------------------
C("d70-vgr-informerad-om-lackage-och-reop", "vgr", ("1953-07-04", "M", 22),
  [N("n1", "SKAS_KIR", "Gustaf Ahlberg", A, "2024-02-01 12:15", 25, [
      ("Utredning", "DT buk: kontrastläckage från anastomosen, 5 cm abscess intill."),
      ("Bedömning", "Anastomosläckage dag 6 efter främre resektion."),
      ("Information", "Pat informerad om läckaget och om planerad relaparotomi i eftermiddag. Förstår och samtycker. Sonen närvarade."),
  ])],
  [], [("NL101", "n1")],
  "The patient has been told about the confirmed leak.")

C("d70-vgr-tel-rektalcancer-ej-informerad-om-opdatum", "vgr", ("1966-01-23", "F", 40),
  [N("n1", "OS_KOLMOTT", "Linda Vik", SSK, "2024-04-08 10:45", 10, [
      ("Telefonkontakt", "Pat ringer och undrar över planeringen. Rektalcancer cT3N1, preoperativ strålbehandling avslutad förra veckan. Pat är ännu ej informerad om operationsdatum eftersom operationsplaneringen inte är klar; vi återkommer senast fredag."),
  ], template="Telefonanteckning", setting="öppenvård")],
  [], [("NL101", "n1")],
  "Hard negative: the untold item is the operation date, not the (known) cancer diagnosis.")

C("d70-vgr-cip-remiss-skickad-ej-informerad", "vgr", ("1955-05-30", "M", 69),
  [N("n1", "SKAS_IVA", "Agnes Rask", A, "2024-06-07 14:30", 20, [
      ("Utredning", "Neurografi/EMG: uttalad axonal sensorimotorisk polyneuropati. Diagnos: critical illness polyneuropati."),
      ("Planering", "Remiss skickad till neurorehabiliteringen på Skaraborgs sjukhus. Pat ej informerad om att remissen gått iväg, tas på ronden."),
  ])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "What is not yet told is that a referral was sent, not a diagnosis.")

C("d70-vgr-sokord-th-smacellig-ej-informerad-ovrigt-sakligt", "vgr", ("1950-03-13", "M", 81),
  [N("n1", "SU_CIVA", "Per Sundqvist", A, "2024-12-04 10:05", 30, [
      ("Respiration", "Respiratorbehandlad pga pneumoni, PS 12/PEEP 8, FiO2 0,4. Förbättras successivt."),
      ("Tidiga hypoteser", "Bronkoskopisk biopsi från hö huvudbronk: småcellig lungcancer. Pat ej informerad, sker av lungläkare när han är extuberad."),
      ("Planering", "SBT i morgon."),
  ], template="Daganteckning")],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "The untold cancer and the not-informed statement sit only under the VGR sökord Tidiga hypoteser.")

C("d70-vgr-informerad-igar-men-minns-ej-delirium", "vgr", ("1977-09-14", "F", 52),
  [N("n1", "OS_IVA", "Andreas Kihlberg", A, "2024-03-28 11:40", 30, [
      ("Bedömning", "Svår ARDS efter influensa A, nu dag 12, trakeotomerad dag 9. Förbättras, FiO2 0,35."),
      ("Information", "Pat informerades igår om ARDS-förloppet och trakeotomin men minns inget av samtalet p.g.a. delirium. Informationen upprepas idag tillsammans med ssk, skriftlig sammanfattning lämnas vid sängen."),
  ], template="Daganteckning")],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "Hard negative: the patient was told yesterday but does not remember because of delirium; being told is what counts.")

C("d70-vgr-kolecystit-pat-informerad-sambo-ej-nadd", "vgr", ("1983-10-04", "M", 65),
  [N("n1", "SKAS_KIR", "Therese Svahn", A, "2024-07-05 09:30", 20, [
      ("Bedömning", "Gangränös kolecystit med perforation, opererad i natt med öppen kolecystektomi."),
      ("Information", "Pat informerad om diagnosen och operationen på morgonronden. Sambon har inte gått att nå, pat samtycker till att vi ringer henne igen."),
  ])],
  [], [("NL101", "n1")],
  "Patient informed; only the partner has not been reached.")

C("d70-vgr-lungemboli-infomerad-typo", "vgr", ("1989-12-19", "F", 96),
  [N("n1", "NAL_KIR", "Rebecka Holm", A, "2024-12-16 13:00", 25, [
      ("Bedömning", "Segmentell lungemboli i hö underlob dag 3 efter laparoskopisk appendektomi. Stabil, ingen högerkammarbelastning."),
      ("Information", "Pat infomerad om att det rör sig om en lungemboli och om behandlingen med apixaban i 3 månader."),
  ], template="Daganteckning")],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "Typo in 'infomerad': the patient has been told; 'det rör sig om' here introduces a confirmed diagnosis.")

C("d70-vgr-multinote-endokardit-n2-informerad", "vgr", ("1981-05-05", "M", 84),
  [N("n1", "SU_CIVA", "Sebastian Olin", A, "2024-10-02 11:00", 40, [
      ("Bedömning", "Infektiös endokardit på aortaklaffen med S. aureus, septiska embolier till mjälte och hjärna. Respiratorbehandlad, sederad."),
      ("Information", "Pat sederad och ännu inte informerad. Modern informerad per telefon."),
  ], template="Daganteckning"),
   N("n2", "SU_THKIR", "Lovisa Strand", A, "2024-10-09 14:15", 30, [
      ("Aktuellt", "Överflyttad från CIVA i förrgår, vaken och orienterad."),
      ("Information", "Pat informerad idag om endokarditen, emboliseringen till hjärnan och planerat klaffbyte på fredag. Ställde relevanta frågor om rökstopp och tandvård."),
  ])],
  [], [("NL101", "n2")],
  "Two notes: the later ward note n2 documents that the patient is now told about what the ICU note withheld.")

C("d70-vgr-uva-ej-informerad-om-hemgang", "vgr", ("1986-06-02", "F", 34),
  [N("n1", "KUN_POP", "Hanna Lindkvist", SSK, "2024-05-10 15:20", 10, [
      ("Omvårdnad", "Postop efter laparoskopisk kolecystektomi för gallstenssjukdom. Vaken, VAS 2, illamående saknas. Dagkirurgisk hemgång diskuteras, men pat är ej informerad om att hon kan gå hem ikväll förrän narkosläkaren bedömt henne."),
  ], template="Omvårdnadsanteckning")],
  [], [("NL101", "n1")],
  "The untold item is going home the same evening, a plan.")

C("d70-vgr-kol-normala-troponiner-ej-informerad", "vgr", ("1972-04-19", "M", 57),
  [N("n1", "UDD_IVA", "Kim Persson", A, "2024-02-25 22:10", 20, [
      ("Aktuellt", "Känd KOL, inlagd på IVA för KOL-exacerbation med hyperkapni, NIV."),
      ("Utredning", "Bröstsmärta tidigare i kväll. Troponin T x2 normala, EKG oförändrat."),
      ("Information", "Pat sov när svaren kom och är ej informerad om de normala proverna; meddelas i morgon bitti."),
  ], template="Jouranteckning")],
  [], [("NL101", "n1")],
  "The untold item is a normal result (troponins), not a diagnosis.")

# ---- VGR: NL102 must_not and more positives -------------------------------------------
C("d70-vgr-dt-angio-lungemboli-uteslutes", "vgr", ("1964-03-14", "F", 82),
  [N("n1", "ALI_KIR", "Filip Ståhl", A, "2024-03-09 02:30", 300, [
      ("Aktuellt", "Dag 1 efter laparoskopisk fundoplikation. Takykardi och lätt dyspné sedan kvällen."),
      ("Utredning", "DT-angio lungartärer: inga embolier, basala atelektaser bilat."),
      ("Bedömning", "Lungemboli uteslutes. Atelektaser, PEP-andning och mobilisering."),
  ], template="Jouranteckning")],
  [], [("NL102", "n1")],
  "Pulmonary embolism ruled out by CT ('uteslutes').")

C("d70-vgr-septisk-chock-e-coli-bekraftad", "vgr", ("1937-07-07", "F", 44),
  [N("n1", "SAS_IVA", "Axel Hjort", A, "2024-07-26 10:50", 30, [
      ("Bedömning", "Septisk chock med urinvägsfokus, E. coli (ESBL-negativ) växer i blod- och urinodling. Hydronefros hö pga uretärsten, nefrostomi anlagd igår."),
      ("Åtgärd", "Antibiotika deeskaleras till cefotaxim. Noradrenalin utsatt i morse."),
  ], template="Daganteckning")],
  [], [("NL102", "n1")],
  "Sepsis whose focus has been found and verified: confirmed diagnoses only.")

C("d70-vgr-niva-ventrikulit-kan-utseslutas-typo", "vgr", ("1982-05-16", "M", 37),
  [N("n1", "SU_NIVA", "Maja Forsell", A, "2024-04-04 13:15", 20, [
      ("Bedömning", "Likvor från EVD: celltal 12, normal glukoskvot, odling utan växt efter 72 h. Ventrikulit kan därmed utseslutas. Febern förklaras av pneumoni i vä underlob, som behandlas."),
  ], template="Daganteckning")],
  [], [("NL102", "n1")],
  "Hard negative resembling 'kan ej uteslutas': ventriculitis 'kan därmed utseslutas' (typo) is ruled out.")

C("d70-vgr-onh-fragestallning-trakeotomi-ej-diagnos", "vgr", ("1959-11-18", "M", 29),
  [N("n1", "NAL_ONH", "Sten Wik", A, "2024-02-15 14:50", 30, [
      ("Frågeställning", "Lämplig tidpunkt och teknik för trakeotomi? Pat respiratorbehandlad sedan 10 dagar efter pneumokocksepsis."),
      ("Bedömning", "Lämplig för kirurgisk trakeotomi, normal halsanatomi. Planeras till torsdag på IVA-salen."),
  ], template="Konsultation")],
  [], [("NL102", "n1")],
  "'Frågeställning' and '?' concern a procedure, not a diagnosis; the sepsis is confirmed.")

C("d70-vgr-ssk-mojligen-mer-sekret-fynd", "vgr", ("1944-09-09", "M", 31),
  [N("n1", "SAS_IVA", "Elin Granath", SSK, "2024-11-20 06:30", 10, [
      ("Andning", "Möjligen något mer sekret i tuben jämfört med igår, sugs x4 under natten, vitt och segt. SaO2 95-97 % på FiO2 0,35."),
      ("Cirkulation", "Stabil utan cirkulatoriskt stöd, MAP 70-85."),
      ("Sömn", "Sov ca 4 h i omgångar."),
  ], template="Omvårdnadsanteckning")],
  [], [("NL102", "n1")],
  "Nurse note hedging an observation (amount of secretions), no diagnosis.")

C("d70-vgr-ej-forenligt-med-ards-lobar-pneumoni", "vgr", ("1988-03-02", "F", 18),
  [N("n1", "KUN_IVA", "Jesper Ahlqvist", A, "2024-01-24 10:20", 25, [
      ("Bedömning", "Rtg pulm visar ensidigt infiltrat i vä underlob, P/F 32 kPa. Ej förenligt med ARDS. Lobär pneumoni, pneumokocker i blododling."),
  ], template="Daganteckning")],
  [], [("NL102", "n1")],
  "Negated hedge ('Ej förenligt med ARDS') next to a confirmed pneumonia.")

C("d70-vgr-tiva-ev-reoperation-plan", "vgr", ("1950-08-28", "M", 39),
  [N("n1", "SU_TIVA", "Moa Engdahl", A, "2024-06-16 23:55", None, [
      ("Aktuellt", "4 h efter aortaklaffbyte. Drändropp 250 ml/h senaste 2 h, ACT normal, TEG visar nedsatt fibrinogenfunktion."),
      ("Åtgärd", "Fibrinogen 2 g, trombocyter 1 E. Ev. reoperation om drändroppet inte avtar inom en timme, thoraxkirurg informerad."),
  ], template="Jouranteckning")],
  [], [("NL102", "n1")],
  "'Ev.' hedges a procedure (reoperation), not a diagnosis.")

C("d70-vgr-preop-pappa-trolig-aortadissektion", "vgr", ("1978-07-27", "M", 59),
  [N("n1", "NAL_PREOP", "Maria Lindén", A, "2024-08-20 10:30", 30, [
      ("Anamnes", "Inför elektiv ljumskbråcksplastik. Frisk och vältränad. Pappan avled 52 år gammal i trolig aortadissektion."),
      ("Bedömning", "ASA 1. UKG i fjol utan aortadilatation. Inga hinder för dagkirurgi i spinalanestesi."),
  ], template="Preoperativ bedömning", setting="öppenvård")],
  [], [("NL102", "n1")],
  "Relative's hedged diagnosis (father's 'trolig aortadissektion') in a pre-operative note.")

C("d70-vgr-postop-hypoxi-dd-lista", "vgr", ("1949-02-08", "F", 72),
  [N("n1", "ALI_KIR", "Jonatan Ek", A, "2024-09-19 15:05", None, [
      ("Aktuellt", "Dag 2 efter öppen kolecystektomi. SaO2 88 % på luft, AF 28, temp 37,9."),
      ("Bedömning", "Postoperativ hypoxi, DD atelektas, pneumoni, lungemboli."),
      ("Åtgärd", "Rtg pulm, blodgas, D-dimer ej meningsfull postop, DT-angio om rtg inte förklarar."),
  ], template="Daganteckning")],
  [("NL102", "n1")], [],
  "A DD list of diagnoses (atelektas, pneumoni, lungemboli) behind a symptom.")

C("d70-vgr-iva-kan-rora-sig-om-c-difficile-enrad", "vgr", ("1946-12-30", "M", 87),
  [N("n1", "SKAS_IVA", "Rut Håkansson", A, "2024-05-02 16:40", 15, [
      ("Bedömning", "Täta vattentunna diarréer efter två veckors bredspektrumantibiotika, kan röra sig om Clostridioides difficile-infektion, F-toxin skickat och kontaktsmitta-rutin införd."),
  ], template="Daganteckning")],
  [("NL102", "n1")], [],
  "One line: 'kan röra sig om Clostridioides difficile-infektion' hedges a diagnosis.")

C("d70-vgr-niva-sokord-th-misstankt-alkoholberoende", "vgr", ("1958-06-11", "M", 5),
  [N("n1", "SU_NKIR", "Arvid Sundberg", A, "2024-03-14 11:25", 30, [
      ("Aktuellt", "Dag 3 efter evakuering av akut subduralhematom vä efter fall i hemmet. Vaken, GCS 14, lätt dysfasi."),
      ("Tidiga hypoteser", "Misstänkt alkoholberoende som bakomliggande orsak till fallet, förhöjt PEth 2,1; ej diskuterat med pat ännu."),
      ("Planering", "Kontroll-DT om 1 vecka. Logoped kopplad."),
  ])],
  [], [("NL102", "n1")],
  "VGR: the hedged and sensitive hypothesis sits only under the protected sökord; visible sections hold a confirmed haematoma.")

C("d70-vgr-uva-trolig-sarsmarta-symptom", "vgr", ("1991-08-23", "F", 48),
  [N("n1", "KUN_POP", "Oskar Fagerlund", A, "2024-10-30 18:20", 20, [
      ("Aktuellt", "Postop efter öppen reposition av fotledsfraktur. Ont trots 10 mg oxikodon, VAS 7."),
      ("Status", "Gipsskena sitter bra, tårna varma och rörliga, ingen passiv töjningssmärta."),
      ("Bedömning", "Trolig nociceptiv smärta från operationsområdet. Ingen misstanke om kompartmentsyndrom."),
      ("Åtgärd", "Högläge, ketorolak 15 mg iv, ny VAS om 30 min."),
  ])],
  [], [("NL102", "n1")],
  "'Trolig' hedges pain (a symptom); compartment syndrome is negated.")

# ---- VGR: long notes ------------------------------------------------------------------
C("d70-vgr-lang-overflyttning-allt-bekraftat-informerad", "vgr", ("1963-02-19", "F", 23),
  [N("n1", "SAS_IVA", "Emil Lagerqvist", A, "2024-10-14 11:50", 70, [
      ("Vårdförlopp", "61-årig kvinna som vårdats på IVA 4/10-14/10. Inkom med septisk chock från en ventrikelperforation, opererad akut 4/10 med suturering och omentplastik. Respiratorbehandlad 4 dygn, extuberad 8/10 utan problem. Noradrenalin avslutat 7/10. Akut njurskada KDIGO 1 som normaliserats. Kortvarigt hyperaktivt delirium 9-10/10, CAM-ICU negativ sedan 11/10."),
      ("Mikrobiologi", "Bukvätska: Streptococcus anginosus och Candida albicans. Blododlingar negativa. Helicobacter pylori-serologi positiv."),
      ("Status vid utflytt", "Vaken, orienterad x3. AF 16, SaO2 96 % på 1 l syrgas. BT 132/74, puls 84 sinusrytm. Buk mjuk, sår utan tecken på infektion. Äter flytande kost, har haft avföring."),
      ("Läkemedel", "Pip/taz till och med 16/10. Flukonazol 400 mg x1 till och med 18/10. Pantoprazol 40 mg x2 iv, byte till peroral form när hon äter. Fragmin 5000 E."),
      ("Nutrition", "Parenteral nutrition avslutad 12/10. Flytande kost sedan 12/10, tolererar väl. Dietist bedömt energibehovet till ca 1800 kcal per dygn och ordinerat näringsdryck x2."),
      ("Mobilisering", "Går med rollator i korridoren med stöd av en person. Fysioterapeut har instruerat andningsövningar med PEP-flaska tio gånger i timmen dagtid."),
      ("Information", "Pat informerad om förloppet, perforationen och deliriet av undertecknad idag, maken närvarade. Hon fick även information om Helicobacter-behandlingen och frågade om vad som orsakat magsåret."),
      ("Planering", "Flytt till kirurgavdelning 40. Eradikeringsbehandling av Helicobacter efter avslutad antibiotika. Eventuellt gastroskopi om 6-8 veckor för kontroll av läkning. IVA-uppföljning planeras efter 3 månader."),
  ], template="Överflyttningsanteckning")],
  [], [("NL102", "n1"), ("NL101", "n1")],
  "Long transfer note (about 250 words) with only confirmed diagnoses, a hedged plan (eventuellt gastroskopi) and a documented information talk.")

C("d70-vgr-lang-civa-daganteckning-misstankt-kateterinfektion", "vgr", ("1972-11-09", "M", 57),
  [N("n1", "SU_CIVA", "Nora Bäckström", A, "2024-01-08 10:40", None, [
      ("Aktuellt", "Dag 11 på CIVA efter levertransplantation komplicerad av primär graftdysfunktion och reoperation dag 2. Respiratorbehandlad via trakeostomi sedan dag 7. Ny feber 39,2 i natt efter 4 afebrila dygn, frossa vid spolning av CVK."),
      ("Respiration", "PS 10/PEEP 8, FiO2 0,35, AF 18, tidalvolym 520 ml. Sparsamt vitt sekret. Rtg pulm oförändrad med små pleuravätskor."),
      ("Cirkulation", "Noradrenalin åter insatt, 0,06 mikrog/kg/min. Laktat 1,9. Sinusrytm 104."),
      ("Njure/vätska", "CRRT sedan dag 3, netto minus 1,2 l senaste dygnet. Kalium 4,3."),
      ("Neurologi", "Sedering utsatt sedan dag 8. Vaken periodvis, följer enkla uppmaningar, RASS 0 till -1. CAM-ICU negativ i morse. Rör alla fyra extremiteter men uttalad allmän svaghet."),
      ("Nutrition/GI", "Sondnäring via nasogastrisk sond 60 ml/h, retention under 200 ml. Avföring igår. Leverprover: ASAT 3,1 från 4,8, bilirubin 62 från 88, PK 1,3."),
      ("Infektion", "CRP 96 från 41, PCT 3,8. CVK v. jugularis int. hö sedan dag 1, rodnad vid insticksstället. Blododlingar x2 perifert och från CVK tagna innan antibiotika."),
      ("Bedömning", "Misstänkt kateterrelaterad blodbaneinfektion. Bukstatus lugnt, galla klar i drän och leverprover förbättras, varför gallvägskomplikation bedöms mindre sannolik."),
      ("Åtgärd", "CVK byts till ny lokal (v. subclavia vä), kateterspets odlas. Vankomycin + meropenem enligt infektionskonsult. Takrolimusdos oförändrad, koncentration i morgon."),
      ("Planering", "Transplantationskirurg informerad. Ev. UL lever med doppler om feber kvarstår."),
  ], template="Daganteckning")],
  [("NL102", "n1")], [],
  "Long organ-system ICU note (about 280 words) with one hedged diagnosis ('Misstänkt kateterrelaterad blodbaneinfektion') in Bedömning.")

# ---- additional NL102 positives ---------------------------------------------------------
C("d70-kir-whipple-torlig-pankreasfistel-typo", "skane", ("1959-03-04", "F", 27),
  [N("n1", "LU_KIR", "Alexander Nyqvist", A, "2024-03-29 10:20", 25, [
      ("Aktuellt", "Dag 4 efter pankreatikoduodenektomi (Whipple) för distal gallgångscancer. Dränet vid pankreatikojejunostomin ger 220 ml grumligt sekret, dränamylas 4000."),
      ("Bedömning", "Torlig pankreasfistel grad B. Cirkulatoriskt stabil, ingen feber."),
      ("Planering", "Dränet behålls, parenteral nutrition, ny DT om tillståndet försämras."),
  ], template="Daganteckning")],
  [("NL102", "n1")], [],
  "Typo in the hedge ('Torlig' for Trolig) before a postoperative pancreatic fistula.")

C("d70-iva-hypoaktivt-delirium-fragetecken-afasi", "skane", ("1945-10-14", "M", 49),
  [N("n1", "KRI_IVA", "Therese Wigren", A, "2024-07-16 14:35", None, [
      ("Aktuellt", "Dag 5 efter akut aortadissektion typ A, opererad. Extuberad i förrgår. Sover mycket, svarar långsamt och fåordigt, plockar inte."),
      ("Bedömning", "Hypoaktivt delirium? CAM-ICU svårbedömd pga expressiv afasi efter den perioperativa stroken."),
      ("Åtgärd", "Dygnsrytm, mobilisering till stol, genomgång av läkemedel med avseende på antikolinerg belastning."),
  ], template="Daganteckning")],
  [("NL102", "n1")], [],
  "Unsigned note: '?' after hypoactive delirium that cannot be confirmed with CAM-ICU.")

C("d70-vgr-niva-talar-for-total-hjarninfarkt", "vgr", ("1966-04-30", "F", 12),
  [N("n1", "SU_NIVA", "Jakob Melin", A, "2024-02-19 09:10", 40, [
      ("Aktuellt", "Dag 2 efter massiv ICB vä med inklämning. Inga sederande läkemedel sedan 36 h, normotermi, normalt natrium."),
      ("Status", "Inga hjärnstamsreflexer. Apnétest ännu ej genomfört."),
      ("Bedömning", "Kliniska fynd talar för total hjärninfarkt. Formell diagnostik enligt föreskrift påbörjas med två oberoende undersökningar."),
      ("Planering", "Närstående kallade till samtal kl 13. Donationsfrågan tas upp efter fastställd diagnos."),
  ])],
  [("NL102", "n1")], [],
  "Brain injury and prognosis: 'talar för total hjärninfarkt' before the formal determination is a hedged diagnosis.")

C("d70-vgr-preop-misstank-aortastenos-typo", "vgr", ("1940-06-08", "M", 21),
  [N("n1", "SAS_PREOP", "Louise Ringqvist", A, "2024-05-20 11:15", 35, [
      ("Anamnes", "Inför elektiv knäprotes hö. Yrsel vid ansträngning senaste halvåret, en episod av nära-svimning i trappan."),
      ("Status", "Systoliskt blåsljud 3/6 med max i 2:a intercostalrummet hö och utstrålning mot halsen. BT 128/80."),
      ("Bedömning", "Misstänk aortastenos, ej utredd. ASA 3."),
      ("Planering", "UKG före ställningstagande till op, operationen skjuts upp tills svar finns."),
  ], template="Preoperativ bedömning", setting="öppenvård")],
  [("NL102", "n1")], [],
  "Pre-operative assessment with a typo in the hedge ('Misstänk aortastenos').")



# =====================================================================================
# validation
# =====================================================================================
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}
SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(pn):
    digits = pn[2:8] + pn[9:]
    if not re.fullmatch(r"\d{10}", digits):
        return False
    return _luhn_digit(digits[:9]) == digits[9]


def age_at(birth, when):
    b = datetime.date.fromisoformat(birth)
    d = when.date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    for c in cases:
        nm = c.get("case")
        if set(c) != CASE_KEYS:
            errs.append("%s: keys %s" % (nm, sorted(c)))
        if not nm or not nm.startswith("d70-"):
            errs.append("%s: name must start with d70-" % nm)
        if nm in names:
            errs.append("%s: duplicate case name" % nm)
        names.add(nm)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % nm)
        if not c["why"].strip():
            errs.append("%s: empty why" % nm)
        r = c["record"]
        if set(r) != RECORD_KEYS:
            errs.append("%s: record keys" % nm)
        if r["access_events"] or r["conversations"] or r["treatments"]:
            errs.append("%s: non-empty event lists" % nm)
        p = r["patient"]
        pn, bd = p["id"], p["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pn) or not luhn_ok(pn):
            errs.append("%s: personnummer %s not Luhn-valid" % (nm, pn))
        if pn[:8] != bd.replace("-", ""):
            errs.append("%s: personnummer does not match birth_date" % nm)
        as_of = datetime.datetime.strptime(r["as_of"], "%Y-%m-%dT%H:%M:%S")
        if as_of.year != 2024:
            errs.append("%s: as_of not in 2024" % nm)
        times = [as_of]
        notes = {}
        for n in r["notes"]:
            if set(n) != NOTE_KEYS:
                errs.append("%s/%s: note keys" % (nm, n.get("id")))
            if n["id"] in notes:
                errs.append("%s: duplicate note id %s" % (nm, n["id"]))
            notes[n["id"]] = n
            t = datetime.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S")
            times.append(t)
            if t.year != 2024:
                errs.append("%s/%s: time not in 2024" % (nm, n["id"]))
            if n["signed"] is not None:
                s = datetime.datetime.strptime(n["signed"], "%Y-%m-%dT%H:%M:%S")
                if s.year != 2024 or s < t:
                    errs.append("%s/%s: signed bad" % (nm, n["id"]))
                times.append(s)
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s/%s: system" % (nm, n["id"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s/%s: VGR note not Melior" % (nm, n["id"]))
            region = [u for u in UNITS.values() if u[0] == n["unit"]["name"]][0][3]
            if region != c["ruleset"]:
                errs.append("%s/%s: unit from other region" % (nm, n["id"]))
            if not n["sections"]:
                errs.append("%s/%s: no sections" % (nm, n["id"]))
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append("%s/%s: section" % (nm, n["id"]))
                for sent in SPLIT.split(sec["text"]):
                    sent = " ".join(sent.split())
                    if len(sent) >= 25:
                        if sent in seen_sent:
                            errs.append("%s: sentence repeated (also in %s): %s" % (nm, seen_sent[sent], sent))
                        else:
                            seen_sent[sent] = nm
        for t in times:
            a = age_at(bd, t)
            if 13 <= a <= 15 or a < 0:
                errs.append("%s: patient age %d at %s" % (nm, a, t))
        if max(times) > as_of:
            errs.append("%s: something after as_of" % nm)
        asserted = set()
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in CODES:
                    errs.append("%s: unexpected code %s" % (nm, code))
                if target not in notes:
                    errs.append("%s: target %s missing" % (nm, target))
                    continue
                if (code, target) in asserted:
                    errs.append("%s: %s/%s in both lists or twice" % (nm, code, target))
                asserted.add((code, target))
                sysname = notes[target]["system"]
                if code == "NL102" and lst == "must" and sysname != "Melior":
                    errs.append("%s: NL102 must asserted on non-Melior note" % nm)
                if code == "NL101" and sysname == "PMO":
                    errs.append("%s: NL101 asserted on PMO note" % nm)
        if not asserted:
            errs.append("%s: asserts nothing" % nm)
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    stats = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _t in c[lst]:
                stats[(code, lst)] = stats.get((code, lst), 0) + 1
    regions = {}
    systems = {}
    for c in CASES:
        regions[c["ruleset"]] = regions.get(c["ruleset"], 0) + 1
        for n in c["record"]["notes"]:
            systems[n["system"]] = systems.get(n["system"], 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    print("regions:", regions, "notes by system:", systems)
    for code in sorted(CODES):
        print("%s must=%d must_not=%d" % (code, stats.get((code, "must"), 0), stats.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
