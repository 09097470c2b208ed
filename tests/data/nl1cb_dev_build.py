#!/usr/bin/env python3
"""Gold cases nl1cb_dev_cases for notelint (NL1).

Theme: discharge summaries (epikriser) and transfer notes after inpatient stays --
the reason for admission and the working hypotheses at arrival, how the stay settled
or changed them, what remains open at discharge, what the patient and relatives were
and were not told, and cancer follow-up with recurrence and spread (metastaser,
recidiv, spridning) written in many ways, including typos.

Dependency-free and deterministic: `python3 build.py` writes nl1cb_dev_cases.jsonl
beside this file and validates it; exit status 1 on any problem.
"""
import datetime as _dt
import json
import os
import re
import sys

NAME = "nl1cb_dev_cases"

# --------------------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (hospitals)
    "S_ONK_LUND": ("Onkologiska kliniken, avdelning 52, Skånes universitetssjukhus Lund", "SE2321000255-4K52"),
    "S_MED_LUND": ("Medicinkliniken, avdelning 3, Skånes universitetssjukhus Lund", "SE2321000255-3M03"),
    "S_MED_MALMO": ("Internmedicin, avdelning 5, Skånes universitetssjukhus Malmö", "SE2321000255-5M05"),
    "S_KIR_MALMO": ("Kirurgiska kliniken, avdelning 6, Skånes universitetssjukhus Malmö", "SE2321000255-6K06"),
    "S_URO_MALMO": ("Urologiska kliniken, avdelning 7, Skånes universitetssjukhus Malmö", "SE2321000255-7U07"),
    "S_LUNG_LUND": ("Lungmedicinska kliniken, avdelning 17, Skånes universitetssjukhus Lund", "SE2321000255-1L17"),
    "S_HEM_LUND": ("Hematologiska kliniken, avdelning 13, Skånes universitetssjukhus Lund", "SE2321000255-1H13"),
    "S_NEURO_LUND": ("Neurologiska kliniken, strokeenheten avdelning 21, Skånes universitetssjukhus Lund", "SE2321000255-2N21"),
    "S_NKIR_LUND": ("Neurokirurgiska kliniken, avdelning 24, Skånes universitetssjukhus Lund", "SE2321000255-2NK4"),
    "S_BARN_LUND": ("Barn- och ungdomsmedicinska kliniken, avdelning 63, Skånes universitetssjukhus Lund", "SE2321000255-6B63"),
    "S_PSYK_LUND": ("Vuxenpsykiatri Lund, heldygnsvård avdelning 3", "SE2321000255-P3HD"),
    "S_MED_YSTAD": ("Medicinkliniken, avdelning 2, Lasarettet i Ystad", "SE2321000255-Y2M1"),
    "S_MED_HBG": ("Medicinavdelning 51, Helsingborgs lasarett", "SE2321000255-H51M"),
    "S_KIR_HBG": ("Kirurgavdelning 43, Helsingborgs lasarett", "SE2321000255-H43K"),
    "S_ORTO_HBG": ("Ortopedavdelning 34, Helsingborgs lasarett", "SE2321000255-H34O"),
    "S_KIR_KRIST": ("Kirurgavdelning 11, Centralsjukhuset Kristianstad", "SE2321000255-K11K"),
    "S_MED_KRIST": ("Medicinavdelning 14, Centralsjukhuset Kristianstad", "SE2321000255-K14M"),
    "S_HJART_KRIST": ("Hjärtavdelningen, Centralsjukhuset Kristianstad", "SE2321000255-KHJA"),
    "S_MED_LKRONA": ("Medicinavdelningen, Landskrona lasarett", "SE2321000255-LKM1"),
    "S_GERI_MALMO": ("Geriatriska kliniken, avdelning 4, Skånes universitetssjukhus Malmö", "SE2321000255-G4MA"),
    "S_INF_MALMO": ("Infektionskliniken, avdelning 3, Skånes universitetssjukhus Malmö", "SE2321000255-I3MA"),
    "S_PALL_HLM": ("Palliativ slutenvård, Hässleholms sjukhus", "SE2321000255-PAHL"),
    "S_PLAST_MALMO": ("Plastikkirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-PLMA"),
    "S_AVA_MALMO": ("Akutvårdsavdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-AVAM"),
    "S_KOLO_MOTT": ("Kolorektalmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-KRMM"),
    "S_BROST_MOTT": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-BRMM"),
    "S_GYN_MOTT": ("Gynekologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-GYML"),
    "S_GYN_LUND": ("Kvinnokliniken, gynekologisk slutenvård, Skånes universitetssjukhus Lund", "SE2321000255-GYLU"),
    # Region Skåne, PMO (primary care, home care)
    "P_VC_ESLOV": ("Vårdcentralen Eslöv", "SE2321000255-V3E1"),
    "P_VC_LIMHAMN": ("Vårdcentralen Limhamn", "SE2321000255-V7L2"),
    "P_HC_HOOR": ("Hälsocentralen Höör", "SE2321000255-V4H3"),
    "P_VC_NASBY": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-V2N4"),
    "P_VC_TRELL": ("Vårdcentralen Trelleborg Söder", "SE2321000255-V5T5"),
    "P_HSJ_LUND": ("Hemsjukvården Lund öster, Primärvården Skåne", "SE2321000255-HS16"),
    "P_VC_SIMRIS": ("Vårdcentralen Simrishamn", "SE2321000255-V9S7"),
    # Västra Götalandsregionen, Melior
    "V_SU_MED": ("Medicinkliniken, avdelning 131, Sahlgrenska Universitetssjukhuset", "SE2321000131-E131"),
    "V_SU_ONK": ("Jubileumskliniken, avdelning 52, Sahlgrenska Universitetssjukhuset", "SE2321000131-J052"),
    "V_SU_KIR": ("Kirurgkliniken, avdelning 37, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-K037"),
    "V_SU_LUNG": ("Lungmedicin, avdelning 135, Sahlgrenska Universitetssjukhuset", "SE2321000131-L135"),
    "V_SU_URO": ("Urologiska kliniken, avdelning 118, Sahlgrenska Universitetssjukhuset", "SE2321000131-U118"),
    "V_SU_GYN": ("Gynekologiska kliniken, avdelning 21, Sahlgrenska Universitetssjukhuset", "SE2321000131-G021"),
    "V_SU_NEURO": ("Neurologiska kliniken, avdelning 133, Sahlgrenska Universitetssjukhuset", "SE2321000131-N133"),
    "V_SU_HEM": ("Sektionen för hematologi och koagulation, avdelning 125, Sahlgrenska Universitetssjukhuset", "SE2321000131-H125"),
    "V_SU_INF": ("Infektionskliniken, avdelning 3, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-I003"),
    "V_SU_PSYK": ("Psykiatri Affektiva, heldygnsvård avdelning 382, Sahlgrenska Universitetssjukhuset", "SE2321000131-P382"),
    "V_DSBUS": ("Drottning Silvias barnsjukhus, avdelning 323", "SE2321000131-B323"),
    "V_NAL_MED": ("Medicinkliniken, avdelning 51, NU-sjukvården NÄL Trollhättan", "SE2321000131-N051"),
    "V_NAL_ORTO": ("Ortopedkliniken, avdelning 44, NU-sjukvården NÄL Trollhättan", "SE2321000131-N044"),
    "V_NAL_IVA": ("Intensivvårdsavdelningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-NIVA"),
    "V_SKAS_MED": ("Medicinkliniken, avdelning 6, Skaraborgs Sjukhus Skövde", "SE2321000131-S006"),
    "V_SKAS_ONK": ("Onkologiska kliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-SONK"),
    "V_SKAS_ORTO": ("Ortopedkliniken, avdelning 9, Skaraborgs Sjukhus Skövde", "SE2321000131-S009"),
    "V_SKAS_PALL": ("Palliativa enheten, Skaraborgs Sjukhus Lidköping", "SE2321000131-SPAL"),
    "V_SAS_MED": ("Medicinkliniken, avdelning M4, Södra Älvsborgs Sjukhus Borås", "SE2321000131-BM04"),
    "V_SAS_KIR": ("Kirurgkliniken, avdelning K2, Södra Älvsborgs Sjukhus Borås", "SE2321000131-BK02"),
    "V_KUNG_MED": ("Medicinavdelning 2, Kungälvs sjukhus", "SE2321000131-KU02"),
    "V_KUNG_KIR": ("Kirurgavdelningen, Kungälvs sjukhus", "SE2321000131-KUKI"),
    "V_ALING_GERI": ("Geriatriska avdelningen, Alingsås lasarett", "SE2321000131-ALGE"),
}

PMO_UNITS = {k for k in UNITS if k.startswith("P_")}

# --------------------------------------------------------------------------- helpers


def luhn_digit(s):
    total = 0
    for i, ch in enumerate(s):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    ymd = birth.replace("-", "")
    return "%s-%s%s" % (ymd, serial, luhn_digit(ymd[2:] + serial))


def _ts(s):
    return s if len(s) > 16 else s + ":00"


def N(nid, system, template, unit, author, time, signed, setting, sections, refs=()):
    """One note. signed: minutes after time (int), None for a draft, or a time string."""
    t = _ts(time)
    if signed is None:
        sg = None
    elif isinstance(signed, int):
        sg = (_dt.datetime.fromisoformat(t) + _dt.timedelta(minutes=signed)).isoformat()
    else:
        sg = _ts(signed)
    uname, hsa = UNITS[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": t, "signed": sg, "setting": setting, "refs": list(refs),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


CASES = []


def C(name, ruleset, patient, notes, must=(), must_not=(), why=""):
    birth, serial = patient
    last = max(max(_dt.datetime.fromisoformat(n["time"]),
                   _dt.datetime.fromisoformat(n["signed"]) if n["signed"] else _dt.datetime.min)
               for n in notes)
    as_of = min(last.date() + _dt.timedelta(days=9), _dt.date(2024, 12, 31))
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of.isoformat() + "T00:00:00",
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


# Shorthands used in the case data
M, P = "Melior", "PMO"
SV, OV, PHD = "slutenvård", "öppenvård", "psykiatrisk heldygnsvård"
PV, HSJ = "primärvård", "hemsjukvård"
L, SSK, FT, DIET, KUR, AT, PSY = ("läkare", "sjuksköterska", "fysioterapeut", "dietist",
                                  "kurator", "arbetsterapeut", "psykolog")

# =========================================================================== A
# NL102 must: an uncertain diagnosis left open in a visible Melior epikris,
# transfer note or other inpatient note.

C("onk-epikris-misstankt-levermetastas-mr-planeras", "skane", ("1952-04-11", "351"),
  [N("n1", M, "Epikris", "S_ONK_LUND", ("Karin Ljungqvist", L), "2024-03-08T14:20", 35, SV, [
      ("Inkomstorsak", "72-årig man med koloncancer, opererad med högersidig hemikolektomi i februari, inlagd pga feber och nedsatt allmäntillstånd under pågående adjuvant cytostatikabehandling."),
      ("Vårdförlopp", "Feber utan fokus, CRP max 142. Odlingar negativa. Piperacillin/tazobaktam i fem dagar med god effekt. DT buk visade en 14 mm stor hypodens lesion i segment 6 som inte fanns på den preoperativa DT:n."),
      ("Bedömning", "Misstänkt levermetastas i segment 6. MR lever med kontrast beställd och cytostatikan pausas tills svar finns."),
      ("Uppföljning", "Återbesök på onkologmottagningen när MR är gjord, kallelse skickas hem."),
  ])],
  must=[("NL102", "n1")],
  why="fever admission settled, but a suspected liver metastasis is left open in the visible epikris")

C("vgr-kir-trol-lokalrecidiv-anastomos", "vgr", ("1960-09-23", "482"),
  [N("n1", M, "Epikris", "V_SU_KIR", ("Johan Berglind", L), "2024-02-14T11:05", 50, SV, [
      ("Inkomstorsak", "Subileus hos 64-årig kvinna som opererades med låg främre resektion för rektalcancer 2022."),
      ("Vårdförlopp", "Konservativ behandling med nasogastrisk sond och iv vätska, passagen kom igång dag 3. Rektoskopi visade en oregelbunden slemhinneförändring vid anastomosen och biopsier togs."),
      ("Bedömning", "Trol. lokalrecidiv i anastomosen. PAD inväntas, fallet anmält till MDK för kolorektal cancer."),
  ])],
  must=[("NL102", "n1")],
  why="abbreviated hedge 'Trol.' on a local recurrence awaiting PAD in a VGR epikris")

C("uro-sannolikt-skelettmetastaser-psa", "skane", ("1947-01-30", "215"),
  [N("n1", M, "Utskrivningsanteckning", "S_URO_MALMO", ("Ahmad Rezaei", L), "2024-04-02T15:40", 20, SV, [
      ("Inkomstorsak", "Inlagd för urinretention och makroskopisk hematuri, KAD sattes på akuten."),
      ("Utredning", "PSA 86, jämfört med 4,1 för ett år sedan. Skelettskint med upptag i bäckenet och i flera revben."),
      ("Bedömning", "Sannolikt skelettmetastaser från prostatacancer. Prostatabiopsi planeras polikliniskt och Eligard gavs före hemgång."),
  ])],
  must=[("NL102", "n1")],
  why="'Sannolikt skelettmetastaser' before any biopsy, visible in a Skåne Melior discharge note")

C("gyn-peritoneal-karcinos-kan-ej-uteslutas", "vgr", ("1958-06-02", "340"),
  [N("n1", M, "Epikris", "V_SU_GYN", ("Sofia Hägg", L), "2024-05-17T13:30", 45, SV, [
      ("Inkomstorsak", "Buksmärta och tilltagande bukomfång sedan tre veckor."),
      ("Vårdförlopp", "Ascites tappad med 3,5 liter, cytologi skickad. CA-125 stegrat till 640. DT visar förtjockat omentum."),
      ("Bedömning", "Peritoneal karcinos kan ej uteslutas, primärtumör i ovariet övervägs. Tas upp på gynonkologisk MDK på tisdag."),
  ])],
  must=[("NL102", "n1")],
  why="'kan ej uteslutas' on peritoneal carcinosis at discharge, cytology pending")

C("ystad-epikris-dd-metastas-hemangiom-bifynd", "skane", ("1943-02-19", "228"),
  [N("n1", M, "Epikris", "S_MED_YSTAD", ("Lars-Göran Wiik", L), "2024-06-11T10:10", 60, SV, [
      ("Inkomstorsak", "Yrsel och fall i hemmet hos 81-årig kvinna med bröstcancer opererad 2015."),
      ("Vårdförlopp", "Ortostatism efter nyinsatt amlodipin, som sattes ut. DT skalle utan blödning. Som bifynd på DT thorax en 9 mm förändring i kotkroppen Th10."),
      ("Diagnoser", "Ortostatisk hypotension I95.1. Förändring kota Th10, DD metastas/hemangiom."),
      ("Uppföljning", "MR rygg via remiss, svaret följs upp av bröstmottagningen."),
  ])],
  must=[("NL102", "n1")],
  why="an incidental finding with 'DD metastas/hemangiom' in the diagnosis list of an epikris")

C("vgr-overflytt-iva-trol-urosepsis", "vgr", ("1945-03-07", "093"),
  [N("n1", M, "Överflyttningsanteckning", "V_NAL_IVA", ("Mikael Strand", L), "2024-01-22T08:45", None, SV, [
      ("Överflyttning", "Flyttas från IVA till medicinavdelning 51. 79-årig man som inkom i septisk chock med laktat 6,2; noradrenalin i 36 timmar, nu cirkulatoriskt stabil utan vasopressor."),
      ("Bedömning", "Trol. urosepsis, blododlingarna växer gramnegativa stavar och urinodlingen är ännu inte klar. Cefotaxim fortsätter."),
      ("Att göra", "Följ diuresen, kreatinin dagligen, ta ställning till peroral antibiotika."),
  ])],
  must=[("NL102", "n1")],
  why="ICU-to-ward transfer note with an unconfirmed source of sepsis ('Trol. urosepsis') (unsigned draft)")

C("landskrona-fragetecken-lungemboli-ej-dt", "skane", ("1939-11-28", "466"),
  [N("n1", M, "Epikris", "S_MED_LKRONA", ("Eva Lindholm", L), "2024-02-27T16:00", 30, SV, [
      ("Diagnoser", "Dyspné R06.0. ?Lungemboli – DT lungartärer ej utförd pga eGFR 22."),
      ("Vårdförlopp", "Ankom med andnöd och takykardi, D-dimer 2,8. Ultraljud av benen utan DVT. Fragmin i behandlingsdos insattes och andningen förbättrades."),
      ("Uppföljning", "Fortsatt Fragmin tills ventilations-perfusionsskint utförts; tid kommer per brev."),
  ])],
  must=[("NL102", "n1")],
  why="question-mark diagnosis '?Lungemboli' in the diagnosis section, imaging not done")

C("neuro-mojlig-tia-dd-migran-aura", "skane", ("1969-08-14", "372"),
  [N("n1", M, "Epikris", "S_NEURO_LUND", ("Hanna Borg", L), "2024-03-19T14:55", 40, SV, [
      ("Inkomstorsak", "Övergående talsvårigheter och domning i höger hand i cirka 20 minuter."),
      ("Utredning", "DT med DT-angio utan ocklusion eller stenos. MR hjärna utan diffusionsstörning. Telemetri 48 timmar utan förmaksflimmer."),
      ("Bedömning", "Möjlig TIA, DD migrän med aura eftersom pat fick huvudvärk efteråt. Trombyl och atorvastatin insatta i väntan på förnyad bedömning på mottagningen."),
  ])],
  must=[("NL102", "n1")],
  why="'Möjlig TIA, DD migrän' after a negative stroke work-up")

C("vgr-lung-misstankt-sarkoidos-kvarstar", "vgr", ("1981-12-03", "254"),
  [N("n1", M, "Epikris", "V_SU_LUNG", ("Petra Karlsson", L), "2024-04-24T12:15", 55, SV, [
      ("Inkomstorsak", "Inlagd för utredning av hosta, feber och erythema nodosum; bilaterala hilusförstoringar på DT."),
      ("Vårdförlopp", "EBUS med TBNA från station 7, cytologin utan malignitet och granulom ej säkert påvisade."),
      ("Kvarstående frågor", "Misstänkt sarkoidos. Utredningen fortsätter på lungmottagningen med ny provtagning om sex veckor."),
  ])],
  must=[("NL102", "n1")],
  why="an open question at discharge written as 'Misstänkt sarkoidos'")

C("hem-ev-myelom-benmarg-invantas", "skane", ("1950-05-26", "133"),
  [N("n1", M, "Utskrivningsanteckning", "S_HEM_LUND", ("Oskar Nyberg", L), "2024-04-16T15:25", 15, SV, [
      ("Inkomstorsak", "Hyperkalcemi med kalcium 3,4 och akut njursvikt."),
      ("Vårdförlopp", "Rehydrering och zoledronsyra, kalcium normaliserat. M-komponent IgG 38 g/l."),
      ("Bedömning", "Ev. myelom, benmärgsbiopsi tagen 12/4 och svaret väntas om en vecka."),
  ])],
  must=[("NL102", "n1")],
  why="'Ev. myelom' with a pending bone-marrow biopsy in a hematology discharge note")

C("vgr-kungalv-susp-lymfom-halskortel", "vgr", ("1966-07-09", "419"),
  [N("n1", M, "Epikris", "V_KUNG_MED", ("Jonas Ek", L), "2024-05-06T10:40", 70, SV, [
      ("Inkomstorsak", "Nattsvettningar, viktnedgång på 8 kg och palpabla körtlar på halsen."),
      ("Vårdförlopp", "Excisionsbiopsi från vänster supraklavikulärt gjord av ÖNH-kollega dagen före hemgång."),
      ("Bedömning", "Susp. lymfom. Hematologen kallar när PAD är klart."),
  ])],
  must=[("NL102", "n1")],
  why="abbreviation 'Susp.' on lymphoma before PAD")

C("kir-stark-misstanke-pankreascancer-svf", "skane", ("1955-10-17", "286"),
  [N("n1", M, "Epikris", "S_KIR_MALMO", ("Maria Olofsson", L), "2024-01-30T13:50", 35, SV, [
      ("Inkomstorsak", "Smärtfri ikterus, bilirubin 212."),
      ("Vårdförlopp", "ERCP med stent i ductus choledochus, bilirubin sjunkande. DT pankreas visar en 28 mm hypodens process i caput."),
      ("Bedömning", "Stark misstanke om pankreascancer. SVF startad och pat går vidare till HPB-kirurgisk bedömning."),
  ])],
  must=[("NL102", "n1")],
  why="'Stark misstanke om pankreascancer' is still a suspicion, visible in the epikris")

C("barn-misstankt-fokal-epilepsi", "skane", ("2017-03-21", "602"),
  [N("n1", M, "Epikris", "S_BARN_LUND", ("Ida Sundberg", L), "2024-02-09T11:20", 45, SV, [
      ("Inkomstorsak", "Kramp i hemmet i fyra minuter, generaliserad enligt mamma. Ingen feber."),
      ("Vårdförlopp", "Vaken och orienterad efter en halvtimme. EEG under vårdtiden visar spikvågsaktivitet vänster temporalt."),
      ("Bedömning", "Misstänkt fokal epilepsi med sekundär generalisering. MR hjärna i narkos planeras."),
  ])],
  must=[("NL102", "n1")],
  why="child under 13: the guardians read the epikris, which holds 'Misstänkt fokal epilepsi'")

C("vgr-barn-trol-celiaki-dehydrering", "vgr", ("2019-01-12", "784"),
  [N("n1", M, "Epikris", "V_DSBUS", ("Amira Haddad", L), "2024-03-28T09:35", 30, SV, [
      ("Inkomstorsak", "Dehydrering efter två veckor med diarré; viktkurvan har planat ut sedan i höstas."),
      ("Vårdförlopp", "Rehydrerad intravenöst. Transglutaminasantikroppar över 100."),
      ("Bedömning", "Trol. celiaki. Barngastro planerar gastroskopi med biopsier, glutenfri kost ska inte påbörjas före den."),
  ])],
  must=[("NL102", "n1")],
  why="probable coeliac disease in a child's epikris read by guardians")

C("psyk-heldygn-misstankt-bipolar-mani", "skane", ("1991-04-04", "457"),
  [N("n1", M, "Epikris", "S_PSYK_LUND", ("Tobias Håkansson", L), "2024-05-02T14:00", 90, PHD, [
      ("Inskrivningsorsak", "Inskriven frivilligt efter två veckor med sömnlöshet, ökad aktivitet och stora köp på kredit."),
      ("Vårdförlopp", "Lugnades med olanzapin och sover nu sju timmar per natt."),
      ("Bedömning", "Misstänkt bipolär sjukdom typ I, manisk episod. Fortsatt diagnostik på öppenvårdsmottagningen."),
  ])],
  must=[("NL102", "n1")],
  why="adult psychiatric inpatient epikris is shown after a 28-day delay, so the hedge is still visible")

C("vgr-fysio-trol-kotkompression-geriatrik", "vgr", ("1938-10-30", "120"),
  [N("n1", M, "Fysioterapianteckning", "V_ALING_GERI", ("Emil Fransson", FT), "2024-06-20T13:10", 20, SV, [
      ("Utskrivningsbedömning", "Mobiliseras med rollator, smärta i ländryggen vid uppresning. Trol. kotkompression enligt läkaren, ännu inte röntgad."),
      ("Funktion", "Gångsträcka 40 meter. Fortsatt gångträning via kommunal rehab efter hemgång."),
  ])],
  must=[("NL102", "n1")],
  why="physiotherapist repeats a probable diagnosis in a visible Melior note")

C("dietist-misstankt-refeedingsyndrom", "skane", ("1957-12-08", "264"),
  [N("n1", M, "Dietistanteckning", "S_MED_HBG", ("Linnea Åberg", DIET), "2024-07-03T10:30", 25, SV, [
      ("Bakgrund", "Pat med pankreascancer och viktförlust på 15 % senaste halvåret."),
      ("Bedömning", "Fosfat sjönk till 0,45 dag 2 efter start av sondnäring, misstänkt refeedingsyndrom. Nutritionen trappas upp långsammare."),
      ("Planering", "Mål vid utskrivning 1800 kcal via PEG; ordinationen skickad till hemsjukvården."),
  ])],
  must=[("NL102", "n1")],
  why="dietitian's note in Melior with a suspected refeeding syndrome")

C("vgr-ssk-omvardnadsepikris-misstankt-uvi", "vgr", ("1936-02-25", "088"),
  [N("n1", M, "Omvårdnadsepikris", "V_SAS_MED", ("Annika Lund", SSK), "2024-02-02T14:45", 15, SV, [
      ("Utskrivning", "Pat skrivs ut till eget boende med hemtjänst tre gånger per dag."),
      ("Elimination", "Misstänkt UVI dagen före hemgång med sveda och täta trängningar, urinodling skickad. Läkaren har ordinerat Selexid och första dosen gavs på avdelningen."),
      ("Information", "Hemtjänsten informerad om läkemedelsändringen per telefon."),
  ])],
  must=[("NL102", "n1")],
  why="nursing discharge summary states a suspected UTI in a visible section")

C("kir-typo-missant-levermetastas-melanom", "skane", ("1964-09-01", "395"),
  [N("n1", M, "Epikris", "S_KIR_KRIST", ("Henrik Månsson", L), "2024-08-13T15:15", 40, SV, [
      ("Inkomstorsak", "Gallstensanfall."),
      ("Vårdförlopp", "Smärtan släppte på intravenös smärtlindring. Ultraljud visade konkrement i gallblåsan utan kolecystit och som bifynd en solid lesion i vänster leverlob."),
      ("Bedömning", "Misstänt levermetastas, pat opererades för malignt melanom 2021. DT thorax-buk inom två veckor."),
  ])],
  must=[("NL102", "n1")],
  why="typo 'Misstänt' for misstänkt on a liver metastasis found incidentally")

C("vgr-onk-typo-sannolkt-recidiv-backen", "vgr", ("1966-03-15", "326"),
  [N("n1", M, "Epikris", "V_SU_ONK", ("Cecilia Wallin", L), "2024-03-05T11:50", 60, SV, [
      ("Inkomstorsak", "Smärtlindring hos 58-årig kvinna med livmoderhalscancer som fick radiokemoterapi 2022."),
      ("Vårdförlopp", "Ny smärta i vänster flank och hydronefros på ultraljud; interventionell radiologi anlade nefrostomi."),
      ("Bedömning", "Sannolkt recidiv i lilla bäckenet med påverkan på vänster uretär. PET-DT beställd."),
  ])],
  must=[("NL102", "n1")],
  why="typo 'Sannolkt' for sannolikt on a pelvic recurrence")

C("lung-typo-metastser-kan-inte-uteslutas", "skane", ("1955-07-22", "148"),
  [N("n1", M, "Utskrivningsanteckning", "S_LUNG_LUND", ("Viktor Åström", L), "2024-05-28T16:20", 25, SV, [
      ("Inkomstorsak", "Pleuravätska höger, tappad 1,8 liter."),
      ("Provsvar", "Vätskan är ett exsudat; cytologin har atypiska celler men är inte diagnostisk."),
      ("Bedömning", "Pleurala metastser kan inte uteslutas vid känd bröstcancer. Torakoskopi bokas."),
  ])],
  must=[("NL102", "n1")],
  why="typo 'metastser' in a 'kan inte uteslutas' statement")

C("vgr-orto-patologisk-fraktur-spridning-lungor-qmark", "vgr", ("1951-11-11", "377"),
  [N("n1", M, "Epikris", "V_NAL_ORTO", ("Fredrik Lindqvist", L), "2024-05-08T09:20", 55, SV, [
      ("Inkomstorsak", "Patologisk fraktur i höger femur, opererad med märgspik 3/5."),
      ("PAD", "Borrkaxet visar metastas av klarcellig njurcancer, känd sedan 2020."),
      ("Bedömning", "Spridning till lungorna? Multipla små noduli på DT thorax, för små för att karaktärisera. Uroonkolog tar ställning."),
  ])],
  must=[("NL102", "n1")],
  why="femur metastasis is verified, but further lung spread is written with a question mark")

C("hbg-misstanke-karcinomatos-lymfangit", "skane", ("1957-01-05", "200"),
  [N("n1", M, "Epikris", "S_MED_HBG", ("Jenny Persson", L), "2024-09-10T14:10", 35, SV, [
      ("Inkomstorsak", "Tilltagande andfåddhet hos 67-årig kvinna med metastaserad bröstcancer under hormonbehandling."),
      ("Vårdförlopp", "DT thorax visar retikulära förtätningar bilateralt och förtjockade septa; bilden inger misstanke om karcinomatös lymfangit. Betapred gav viss förbättring och syrgasen kunde sättas ut dag 4."),
  ])],
  must=[("NL102", "n1")],
  why="'inger misstanke om karcinomatös lymfangit' in the course section")

C("vgr-neuro-differentialdiagnostiskt-paramalignt", "vgr", ("1963-04-29", "431"),
  [N("n1", M, "Epikris", "V_SU_NEURO", ("Elin Sjöberg", L), "2024-06-04T15:35", 45, SV, [
      ("Inkomstorsak", "Subakut gångsvårighet och dubbelseende hos rökare, 61 år."),
      ("Utredning", "MR hjärna och ryggmärg utan anmärkning. Likvor med lätt förhöjt protein. Onkoneurala antikroppar skickade."),
      ("Bedömning", "Differentialdiagnostiskt övervägs paramalignt syndrom; DT thorax visade en 12 mm nodulus i höger överlob."),
  ])],
  must=[("NL102", "n1")],
  why="'Differentialdiagnostiskt övervägs' a paraneoplastic syndrome, open at discharge")

C("med-lund-ej-uteslutet-binjuremetastas", "skane", ("1958-08-08", "315"),
  [N("n1", M, "Epikris", "S_MED_LUND", ("Niklas Gustafsson", L), "2024-10-01T13:00", 50, SV, [
      ("Inkomstorsak", "Hypertensiv kris med blodtryck 220/120."),
      ("Vårdförlopp", "Labetalol intravenöst och därefter perorala läkemedel. DT buk för njurartärerna visade en 3 cm stor förändring i vänster binjure."),
      ("Bedömning", "Ej uteslutet att det rör sig om metastas hos rökare med KOL. Binjureutredning och DT thorax via endokrinmottagningen."),
  ])],
  must=[("NL102", "n1")],
  why="'Ej uteslutet att det rör sig om metastas' for an adrenal finding")

C("vgr-onk-oklart-recidiv-eller-stralningsnekros", "vgr", ("1979-02-16", "197"),
  [N("n1", M, "Epikris", "V_SU_ONK", ("Anders Nordin", L), "2024-07-12T10:05", 30, SV, [
      ("Inkomstorsak", "Krampanfall hos 45-årig man med glioblastom, opererad och strålbehandlad 2023."),
      ("Vårdförlopp", "Laddad med levetiracetam, inga nya anfall. MR visar kontrastladdning i operationskaviteten."),
      ("Bedömning", "Oklart om recidiv eller strålningsnekros. Ny MR med perfusion om sex veckor och neuroonkologisk rond tar ställning."),
  ])],
  must=[("NL102", "n1")],
  why="'Oklart om recidiv eller strålningsnekros' leaves the diagnosis open")

C("ava-overflytt-misstanke-hjarnmetastaser", "skane", ("1951-06-30", "139"),
  [N("n1", M, "Överflyttningsanteckning", "S_AVA_MALMO", ("Sara Lind", L), "2024-11-05T18:30", None, SV, [
      ("Överflyttning", "Överflyttas till onkologen, avdelning 52 i Lund, för fortsatt vård."),
      ("Aktuellt", "73-årig man med icke-småcellig lungcancer inkom med förvirring och vänstersidig svaghet; DT hjärna utan kontrast visar ödem höger parietalt."),
      ("Bedömning", "Misstanke om hjärnmetastaser, MR hjärna bokad till i morgon. Betapred 8 mg x 2 insatt."),
  ])],
  must=[("NL102", "n1")],
  why="transfer note between hospitals with a suspicion of brain metastases (unsigned draft)")

C("vgr-skovde-formodad-nstemi-typ2", "vgr", ("1949-09-19", "270"),
  [N("n1", M, "Epikris", "V_SKAS_MED", ("Gustav Ekström", L), "2024-02-21T12:30", 40, SV, [
      ("Inkomstorsak", "Bröstsmärta i vila, troponin T 48 stigande till 92."),
      ("Vårdförlopp", "Koronarangiografi utan signifikanta stenoser. Hb 82; gastroskopi visade ett blödande ulcus i bulben som behandlades endoskopiskt."),
      ("Diagnoser", "Ulcus duodeni med blödning K26.4. Förmodad NSTEMI typ 2 sekundärt till anemin."),
      ("Läkemedel", "PPI i hög dos i åtta veckor, två enheter erytrocyter givna. Hb 104 vid hemgång."),
  ])],
  must=[("NL102", "n1")],
  why="'Förmodad NSTEMI' beside a confirmed bleeding ulcer")

C("geri-ev-lakemedelsutlost-hyponatremi", "skane", ("1937-04-13", "482"),
  [N("n1", M, "Epikris", "S_GERI_MALMO", ("Birgitta Holm", L), "2024-03-14T11:45", None, SV, [
      ("Inkomstorsak", "Akut förvirring, natrium 118."),
      ("Vårdförlopp", "Sertralin och hydroklortiazid utsatta, vätskerestriktion. Natrium 131 vid utskrivningen."),
      ("Bedömning", "Ev. läkemedelsutlöst hyponatremi; SIADH av annan orsak är inte fullt utrett. Nytt natrium på vårdcentralen om en vecka."),
  ])],
  must=[("NL102", "n1")],
  why="'Ev. läkemedelsutlöst hyponatremi' as the working explanation at discharge (unsigned draft)")

C("vgr-hem-mojligen-tumorfeber-hodgkin", "vgr", ("1988-10-25", "239"),
  [N("n1", M, "Epikris", "V_SU_HEM", ("Rasmus Blom", L), "2024-08-27T14:25", 35, SV, [
      ("Inkomstorsak", "Feber 38–39 varje kväll hos pat med Hodgkins lymfom under ABVD."),
      ("Vårdförlopp", "Blododlingar x 3 negativa, DT thorax-buk utan abscess och procalcitonin normalt. Ett naproxentest gav feberfrihet inom ett dygn."),
      ("Bedömning", "Inte säkert att det är infektion, möjligen tumörfeber."),
  ])],
  must=[("NL102", "n1")],
  why="'möjligen tumörfeber' left as the explanation of the fever")

C("vgr-nal-sannolik-progress-lungcancer", "vgr", ("1956-05-14", "351"),
  [N("n1", M, "Epikris", "V_NAL_MED", ("Louise Andersson", L), "2024-10-15T10:50", 65, SV, [
      ("Inkomstorsak", "Hemoptys hos man med adenocarcinom i vänster lunga under immunterapi."),
      ("Vårdförlopp", "Bronkoskopi utan aktiv blödning; tranexamsyra peroralt."),
      ("Bedömning", "DT thorax med nytillkomna lesioner i höger lunga och förstorade mediastinala körtlar, sannolik progress. Remiss till onkologen för ställningstagande till byte av behandling."),
  ])],
  must=[("NL102", "n1")],
  why="'sannolik progress' of a known cancer on imaging, visible")

C("vgr-uro-recidiv-fragetecken-invantar-pad", "vgr", ("1948-12-31", "174"),
  [N("n1", M, "Utskrivningsanteckning", "V_SU_URO", ("Kristoffer Alm", L), "2024-04-09T13:15", None, SV, [
      ("Inkomstorsak", "TUR-B pga makroskopisk hematuri; behandlad för blåscancer Ta G2 2021."),
      ("Operation", "Vid cystoskopin en ny papillär förändring vid vänster uretärmynning, makroskopiskt radikalt resekerad."),
      ("Bedömning", "Recidiv? Inväntar PAD. Spoldroppet avvecklat och pat kissar fritt."),
  ])],
  must=[("NL102", "n1")],
  why="telegraphic 'Recidiv?' awaiting PAD after TUR-B (unsigned draft)")

C("vgr-kir-typo-trolgen-spridning-bortom-axill", "vgr", ("1970-08-20", "462"),
  [N("n1", M, "Epikris", "V_SAS_KIR", ("Maja Holmgren", L), "2024-03-01T15:05", 30, SV, [
      ("Inkomstorsak", "Smärta och serom efter mastektomi och axillutrymning 14/2."),
      ("Vårdförlopp", "Seromtappning två gånger. Slutligt PAD: duktal cancer 32 mm, 4 av 14 lymfkörtlar med metastas."),
      ("Bedömning", "Trolgen spridning även bortom axillen eftersom DT visade en 7 mm lungnodulus. Onkologen kallar för fortsatt utredning."),
  ])],
  must=[("NL102", "n1")],
  why="typo 'Trolgen' for troligen on distant spread (axillary nodes themselves are verified)")

C("krist-med-malignitetsmisstanke-kvarstar", "skane", ("1953-03-03", "291"),
  [N("n1", M, "Epikris", "S_MED_KRIST", ("Peter Nilsson", L), "2024-06-25T12:40", 45, SV, [
      ("Inkomstorsak", "Järnbristanemi med Hb 71 och trötthet."),
      ("Vårdförlopp", "Två enheter erytrocyter. Gastroskopi utan anmärkning. Koloskopi visade en cirkulär, lättblödande tumör i colon ascendens."),
      ("Bedömning", "Malignitetsmisstanke kvarstår tills PAD finns; SVF kolorektal cancer startad."),
  ])],
  must=[("NL102", "n1")],
  why="compound 'Malignitetsmisstanke' carries the hedge")

C("inf-leverabscess-dd-nekrotisk-tumor", "skane", ("1962-11-14", "308"),
  [N("n1", M, "Epikris", "S_INF_MALMO", ("Jakob Lindgren", L), "2024-04-30T13:35", 40, SV, [
      ("Inkomstorsak", "Feber och smärta i höger övre kvadrant; DT visade en 6 cm vätskefylld förändring i levern."),
      ("Vårdförlopp", "Dränage anlagt, pus med växt av Klebsiella. Antibiotika intravenöst i tio dagar, feberfri sedan dag 3."),
      ("Bedömning", "Leverabscess, DD nekrotisk tumör med sekundär infektion. Kontroll-DT om fyra veckor avgör."),
  ])],
  must=[("NL102", "n1")],
  why="a DD of necrotic tumour beside the treated abscess")

C("hjart-trol-takotsubo", "skane", ("1959-01-27", "423"),
  [N("n1", M, "Epikris", "S_HJART_KRIST", ("Anna-Karin Roos", L), "2024-07-23T11:10", 30, SV, [
      ("Inkomstorsak", "Bröstsmärta två dagar efter makens bortgång, ST-höjningar anteriort."),
      ("Vårdförlopp", "Akut angiografi utan stenoser. UKG med apikal ballongering och EF 35 %."),
      ("Bedömning", "Trol. takotsubokardiomyopati. Kontroll-UKG om tre månader; betablockad och ACE-hämmare insatta."),
  ])],
  must=[("NL102", "n1")],
  why="probable Takotsubo pending control echo")

C("vgr-inf-ssk-misstanks-cdifficile-utkast", "vgr", ("1946-06-06", "165"),
  [N("n1", M, "Omvårdnadsanteckning", "V_SU_INF", ("Leila Moradi", SSK), "2024-09-04T22:15", None, SV, [
      ("Elimination", "Sex lösa avföringar senaste dygnet under klindamycin för erysipelas."),
      ("Omvårdnad", "Pat misstänks ha C. difficile; flyttad till enkelrum med egen toalett och kontaktsmitterutin. F-prov skickat."),
  ])],
  must=[("NL102", "n1")],
  why="unsigned nursing draft (pre-signing) with a verb hedge 'misstänks ha'")

C("neuro-ssk-overrapport-ev-aspirationspneumoni", "skane", ("1941-08-29", "259"),
  [N("n1", M, "Omvårdnadsanteckning", "S_NEURO_LUND", ("Malin Dahl", SSK), "2024-10-22T06:50", 15, SV, [
      ("Överrapportering", "Flytt från akutvårdsavdelningen till strokeenheten avdelning 21."),
      ("Andning", "Sväljsvårigheter sedan insjuknandet, temp 38,4 i natt och rosslig andning. Ev. aspirationspneumoni; läkaren har tagit odlingar och startat Tazocin."),
      ("Nutrition", "Fastande tills logoped har bedömt sväljförmågan."),
  ])],
  must=[("NL102", "n1")],
  why="nurse handover at transfer with 'Ev. aspirationspneumoni'")

C("vgr-orto-skelettmetastas-kan-inte-uteslutas-helt", "vgr", ("1955-02-08", "242"),
  [N("n1", M, "Epikris", "V_SKAS_ORTO", ("Ulrika Bergström", L), "2024-11-19T14:30", 50, SV, [
      ("Inkomstorsak", "Lågenergifraktur i kota L1 efter lyft hos 69-årig kvinna."),
      ("Utredning", "MR visade inhomogen signal i kotkroppen; skelettmetastas kan inte uteslutas helt med tanke på njurcancern som opererades 2017."),
      ("Planering", "Biopsi av L1 bokad via interventionell radiologi; korsett utprovad."),
  ])],
  must=[("NL102", "n1")],
  why="'kan inte uteslutas helt' on a vertebral metastasis")

C("vgr-nal-misstankt-alkoholorsakad-cirros", "vgr", ("1968-12-12", "337"),
  [N("n1", M, "Epikris", "V_NAL_MED", ("Hampus Eriksson", L), "2024-01-16T12:05", 40, SV, [
      ("Inkomstorsak", "Ascites och ikterus."),
      ("Vårdförlopp", "Leverenzymer förhöjda, PK 1,8 och albumin 24. Ascites tappad utan tecken på spontan bakteriell peritonit. Ultraljud: nodulär leveryta."),
      ("Bedömning", "Misstänkt alkoholorsakad levercirros; gastroenterologen tar ställning till elastografi och leverbiopsi."),
  ])],
  must=[("NL102", "n1")],
  why="suspected cirrhosis left to gastroenterology after the stay")

C("vgr-telegrafisk-lever-mets-fragetecken", "vgr", ("1954-04-18", "418"),
  [N("n1", M, "Epikris", "V_SAS_KIR", ("Joakim Wik", L), "2024-10-29T16:40", 20, SV, [
      ("Sammanfattning", "Sigmoideumresektion 21/10 pga stenoserande tumör. PAD: adenocarcinom pT3N1."),
      ("Stadieindelning", "DT buk: 2 lever-mets? Lesionerna är 6 och 8 mm. MR lever ska kompletteras."),
      ("Hemgång", "Dag 6, äter och har avföring."),
  ])],
  must=[("NL102", "n1")],
  why="clipped abbreviation 'lever-mets?' with a question mark")

C("ystad-lekmannasprak-cancern-sannolikt-tillbaka", "skane", ("1949-07-07", "282"),
  [N("n1", M, "Epikris", "S_MED_YSTAD", ("Carl Jönsson", L), "2024-12-03T10:25", 45, SV, [
      ("Inkomstorsak", "Hosta och blodblandade upphostningar; pat lobektomerades för lungcancer 2022."),
      ("Vårdförlopp", "Behandlad för bronkit med doxycyklin. DT thorax visar en ny 2 cm förändring i operationsområdet."),
      ("Sammanfattning i klartext", "Cancern har sannolikt kommit tillbaka på samma ställe. Lungkliniken i Lund utreder vidare med bronkoskopi."),
  ])],
  must=[("NL102", "n1")],
  why="lay-language recurrence ('cancern har sannolikt kommit tillbaka') with a hedge")

C("vgr-onk-trolig-peritoneal-karcinomatos", "vgr", ("1962-01-24", "426"),
  [N("n1", M, "Epikris", "V_SU_ONK", ("Therese Lundgren", L), "2024-06-18T13:55", 35, SV, [
      ("Inkomstorsak", "Illamående och kräkningar hos kvinna med ventrikelcancer som fick perioperativ FLOT våren 2023."),
      ("Vårdförlopp", "Tunntarmsobstruktion som släppte med sond. Ascites och nodulära förändringar i omentet på DT."),
      ("Bedömning", "Trolig peritoneal karcinomatos. Diagnostisk laparoskopi bokad av kirurgen."),
  ])],
  must=[("NL102", "n1")],
  why="'Trolig peritoneal karcinomatos' (spelled with -tos) before laparoscopy")

C("vgr-onh-misstankt-lokoregionalt-aterfall", "vgr", ("1957-10-03", "251"),
  [N("n1", M, "Utskrivningsanteckning", "V_SU_MED", ("Viktoria Sandberg", L), "2024-08-06T15:50", 30, SV, [
      ("Inkomstorsak", "Pneumoni hos man som strålbehandlades för tonsillcancer 2023."),
      ("Vårdförlopp", "Bensylpenicillin, snabb förbättring. Vid status en ny, fast körtel på vänster sida av halsen; finnålspunktion tagen innan hemgång."),
      ("Bedömning", "Misstänkt lokoregionalt återfall. ÖNH-kliniken följer upp cytologin."),
  ])],
  must=[("NL102", "n1")],
  why="'återfall' as a synonym of recurrence, hedged by 'Misstänkt'")

C("vgr-latin-susp-carcinosis-peritonei", "vgr", ("1950-02-11", "360"),
  [N("n1", M, "Epikris", "V_KUNG_KIR", ("Robert Falk", L), "2024-09-24T11:35", 25, SV, [
      ("Op-fynd", "Diagnostisk laparoskopi: små vita noduli på parietala peritoneum, px tagna."),
      ("Diagnos", "Susp. carcinosis peritonei, PAD pending."),
      ("Hemgång", "Dagen efter ingreppet, smärtfri på paracetamol."),
  ])],
  must=[("NL102", "n1")],
  why="Latin 'carcinosis peritonei' with 'Susp.' and English 'pending'")

C("kir-eponym-virchow-trol-metastas", "skane", ("1946-05-19", "179"),
  [N("n1", M, "Epikris", "S_KIR_HBG", ("Mattias Isaksson", L), "2024-02-06T14:05", 35, SV, [
      ("Inkomstorsak", "Dysfagi och viktnedgång."),
      ("Status och utredning", "Palpabel Virchows körtel vänster fossa supraclavicularis. Gastroskopi visar en ulcererande tumör i kardia, PAD adenocarcinom."),
      ("Bedömning", "Körteln är trol. en metastas från kardiacancern. Ultraljudsledd punktion av körteln görs polikliniskt."),
  ])],
  must=[("NL102", "n1")],
  why="eponym Virchow's node, 'trol. en metastas' while the primary is verified")

C("vgr-typo-misstakt-recidiv-ceas", "vgr", ("1961-06-27", "293"),
  [N("n1", M, "Epikris", "V_SKAS_MED", ("Sanna Jakobsson", L), "2024-04-04T10:15", 40, SV, [
      ("Inkomstorsak", "Dehydrering efter gastroenterit hos pat som opererades för koloncancer 2020."),
      ("Vårdförlopp", "Iv vätska, snabbt återställd. Rutinprov visade CEA som stigit från 3,1 till 14."),
      ("Bedömning", "Misstäkt recidiv. DT thorax-buk via koloncancermottagningen."),
  ])],
  must=[("NL102", "n1")],
  why="typo 'Misstäkt' for misstänkt on recurrence suggested by rising CEA")

C("vgr-ssk-overflytt-ev-diskbrack", "vgr", ("1975-09-09", "219"),
  [N("n1", M, "Omvårdnadsanteckning", "V_SKAS_ORTO", ("Josefin Lundin", SSK), "2024-05-14T21:30", 10, SV, [
      ("Överrapportering", "Överflyttad från akutmottagningen kl 20. Ryggsmärta med utstrålning i vänster ben, ev. diskbråck L5–S1 enligt jourläkaren."),
      ("Smärta", "NRS 7 före Oxynorm, 4 efter 40 minuter. Kan inte gå själv till toaletten."),
  ])],
  must=[("NL102", "n1")],
  why="nurse's transfer note carrying the physician's hedged diagnosis")

# =========================================================================== B
# NL102 must_not: hypotheses that the stay settled (confirmed or ruled out),
# negations, family and past history, hedges that are not about a diagnosis,
# and hedges kept in Tidiga hypoteser.

C("hbg-lungemboli-avskriven-pneumoni", "skane", ("1972-03-18", "436"),
  [N("n1", M, "Epikris", "S_MED_HBG", ("Oscar Wennberg", L), "2024-01-11T14:30", None, SV, [
      ("Inkomstorsak", "Andfåddhet och andningskorrelerad smärta vänster sida, frågeställning lungemboli."),
      ("Vårdförlopp", "DT lungartärer utan embolier men med infiltrat i vänster underlob. Bensylpenicillin intravenöst i tre dygn."),
      ("Diagnos", "Pneumoni J18.9. Lungembolin är avskriven."),
  ])],
  must_not=[("NL102", "n1")],
  why="the admission question (lungemboli) was ruled out during the stay; the settled diagnosis is pneumonia (unsigned draft)")

C("vgr-misstanke-pneumoni-bekraftad-rontgen", "vgr", ("1980-07-01", "151"),
  [N("n1", M, "Epikris", "V_KUNG_MED", ("Ebba Lindahl", L), "2024-02-13T11:25", 35, SV, [
      ("Inkomstorsak", "Inlagd med feber och hosta under misstanke om pneumoni, vilket bekräftades av lungröntgen med lobär förtätning höger."),
      ("Vårdförlopp", "Pneumokockantigen i urin positivt. Bensylpenicillin i tre dygn, därefter Kåvepenin till sammanlagt sju dagar."),
      ("Diagnos", "Pneumokockpneumoni J13."),
  ])],
  must_not=[("NL102", "n1")],
  why="the admission suspicion was confirmed in the same sentence; nothing is left uncertain")

C("kir-brackop-inga-tecken-recidiv", "skane", ("1956-12-21", "327"),
  [N("n1", M, "Epikris", "S_KIR_MALMO", ("Anton Sjögren", L), "2024-03-12T15:00", 25, SV, [
      ("Inkomstorsak", "Planerad operation av ärrbråck efter hemikolektomi för koloncancer 2021."),
      ("Utredning", "Preoperativ DT thorax-buk utan tecken på recidiv eller metastaser."),
      ("Vårdförlopp", "Okomplicerat förlopp, hemgång dag 2."),
  ])],
  must_not=[("NL102", "n1")],
  why="negated recurrence and metastases ('utan tecken på')")

C("vgr-gyn-ingen-misstanke-om-spridning", "vgr", ("1959-05-05", "342"),
  [N("n1", M, "Epikris", "V_SU_GYN", ("Karolina Björk", L), "2024-06-12T13:40", 45, SV, [
      ("Operation", "Hysterektomi med bilateral salpingooforektomi 10/6 för endometriecancer."),
      ("PAD", "Endometrioid adenocarcinom grad 1 med invasion under 50 %; lymfkörtlar togs inte enligt plan. Ingen misstanke om spridning på preoperativ MR."),
      ("Hemgång", "Dag 3, sjukskriven fyra veckor."),
  ])],
  must_not=[("NL102", "n1")],
  why="'Ingen misstanke om spridning' is a negation")

C("uro-typo-ingen-misstake-metastaser", "skane", ("1957-09-12", "193"),
  [N("n1", M, "Epikris", "S_URO_MALMO", ("Ludvig Hallberg", L), "2024-04-23T10:55", 30, SV, [
      ("Operation", "Robotassisterad radikal prostatektomi för prostatacancer Gleason 3+4."),
      ("Preoperativ utredning", "Skelettskint och PSMA-PET: ingen misstake om metastaser."),
      ("Vårdförlopp", "KAD avvecklad dag 6, kontinent till största delen."),
  ])],
  must_not=[("NL102", "n1")],
  why="typo 'misstake' inside a negation that still must not fire")

C("vgr-whipple-utan-hallpunkt-fjarrmetastaser", "vgr", ("1954-11-06", "185"),
  [N("n1", M, "Epikris", "V_SU_KIR", ("Daniel Söderberg", L), "2024-05-21T14:20", 60, SV, [
      ("Operation", "Whipples operation för pankreascancer; förloppet komplicerades av ventrikelretention som släppte efter en vecka."),
      ("PAD och stadium", "Adenocarcinom, R0. DT thorax utan hållpunkt för fjärrmetastaser."),
      ("Uppföljning", "Adjuvant cytostatika diskuteras på onkologen, remiss skickad."),
  ])],
  must_not=[("NL102", "n1")],
  why="'utan hållpunkt för fjärrmetastaser' negates spread")

C("hem-recidivfri-pet-utan-upptag", "skane", ("1964-02-02", "330"),
  [N("n1", M, "Epikris", "S_HEM_LUND", ("Ingrid Pålsson", L), "2024-07-09T13:15", 35, SV, [
      ("Inkomstorsak", "Pneumoni under underhållsbehandling med rituximab för follikulärt lymfom."),
      ("Vårdförlopp", "Ceftriaxon i fem dagar, därefter amoxicillin peroralt. PET-DT som gjordes under vårdtiden visade inget patologiskt upptag och pat är recidivfri sedan 2021."),
  ])],
  must_not=[("NL102", "n1")],
  why="'recidivfri' and 'inget patologiskt upptag' are negative findings")

C("vgr-hereditet-moster-misstankt-aggstockscancer", "vgr", ("1983-08-30", "248"),
  [N("n1", M, "Epikris", "V_SAS_KIR", ("Nora Ahlström", L), "2024-02-28T10:45", 40, SV, [
      ("Hereditet", "Mor avled i metastaserad bröstcancer vid 58 års ålder; moster hade misstänkt äggstockscancer som aldrig utreddes."),
      ("Vårdförlopp", "Inlagd över natten efter sektorresektion, dränet drogs dagen efter. PAD: benignt fibroadenom."),
      ("Uppföljning", "Remiss till cancergenetisk mottagning med anledning av ärftligheten."),
  ])],
  must_not=[("NL102", "n1")],
  why="the hedge is about the aunt (family history), not the patient")

C("onk-tidigare-misstankt-recidiv-arrvavnad", "skane", ("1951-09-04", "212"),
  [N("n1", M, "Epikris", "S_ONK_LUND", ("Fredrika Ström", L), "2024-08-20T11:35", 50, SV, [
      ("Tidigare", "Rektalcancer 2016. År 2018 misstänktes lokalrecidiv, men PAD visade enbart ärrvävnad."),
      ("Inkomstorsak", "Diarré och uttorkning efter antibiotikakur; C. difficile negativ."),
      ("Vårdförlopp", "Rehydrerad intravenöst, diarrén avklingade och pat har återgått till normalkost."),
  ])],
  must_not=[("NL102", "n1")],
  why="past history: a 2018 suspicion of recurrence that PAD ruled out")

C("vgr-skovde-ev-hemgang-om-hb-star-sig", "vgr", ("1944-01-19", "217"),
  [N("n1", M, "Läkaranteckning", "V_SKAS_MED", ("Gustav Ekström", L), "2024-03-22T09:05", 15, SV, [
      ("Aktuellt", "Blödande ulcus ventriculi verifierat vid gastroskopin i förrgår. Stabilt Hb 112 två dagar i rad efter transfusion."),
      ("Planering", "Ev. hemgång i morgon om Hb står sig, annars ny gastroskopi."),
  ])],
  must_not=[("NL102", "n1")],
  why="'Ev.' hedges the discharge date, not a diagnosis")

C("geri-at-trol-behov-av-hemtjanst", "skane", ("1934-06-14", "424"),
  [N("n1", M, "Arbetsterapeutanteckning", "S_GERI_MALMO", ("Sofie Axelsson", AT), "2024-04-11T14:15", 20, SV, [
      ("Bedömning inför utskrivning", "Opererad för höftfraktur. Klarar förflyttning från säng till rollator med handräckning."),
      ("Planering", "Trol. behov av hemtjänst för dusch och inköp; biståndshandläggaren är kontaktad. Toalettförhöjning och duschpall förskrivna."),
  ])],
  must_not=[("NL102", "n1")],
  why="'Trol.' is about the need for home help, not a diagnosis")

C("vgr-boras-mojligen-dosjustering-waran", "vgr", ("1947-10-10", "194"),
  [N("n1", M, "Epikris", "V_SAS_MED", ("Nils Hedberg", L), "2024-05-15T16:10", 30, SV, [
      ("Diagnos", "Förmaksflimmer med snabb kammarfrekvens I48.9, spontant konverterat efter metoprolol."),
      ("Läkemedel", "Waran sedan tidigare, PK 3,6 vid ankomst. Möjligen behövs dosjustering; AK-mottagningen tar nytt PK på fredag."),
  ])],
  must_not=[("NL102", "n1")],
  why="'Möjligen' hedges a dose change")

C("onk-skelettmetastaser-verifierade-pat-informerad", "skane", ("1961-04-26", "346"),
  [N("n1", M, "Epikris", "S_ONK_LUND", ("Karin Ljungqvist", L), "2024-09-17T15:20", 40, SV, [
      ("Inkomstorsak", "Smärta i ryggen och vänster höft hos pat med bröstcancer."),
      ("Vårdförlopp", "MR rygg visade skelettmetastaser i Th12 och L3 utan medullakompression, verifierade med biopsi. Strålbehandling 8 Gy x 1 mot L3 given."),
      ("Information", "Pat informerad om metastaserna och om att behandlingen nu är palliativ; maken var med vid samtalet."),
  ])],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="verified metastases that the patient has been told about")

C("vgr-sarkom-pad-bekraftar-lokalrecidiv", "vgr", ("1969-11-02", "253"),
  [N("n1", M, "Epikris", "V_SU_KIR", ("Johan Berglind", L), "2024-10-08T12:50", 45, SV, [
      ("Operation", "Excision av lokalrecidiv av sarkom i vänster lår 1/10."),
      ("PAD", "Bekräftar lokalrecidiv av myxofibrosarkom med fria marginaler på 4 mm."),
      ("Information", "Pat har fått besked om PAD och om planen med postoperativ strålning."),
  ])],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="PAD-confirmed recurrence told to the patient")

C("med-lund-le-utesluten-forkortningar", "skane", ("1985-02-14", "472"),
  [N("n1", M, "Epikris", "S_MED_LUND", ("Niklas Gustafsson", L), "2024-05-03T13:25", 20, SV, [
      ("Inkomstorsak", "Bröstsmärta, ?LE."),
      ("Vårdförlopp", "DT-angio lungartärer u.a.; LE utesluten. Troponin normalt x 2, ekg u.a."),
      ("Diagnos", "Bröstsmärta UNS R07.4. Smärtan kunde provoceras vid palpation av bröstkorgen."),
  ])],
  must_not=[("NL102", "n1")],
  why="'?LE' at admission, ruled out in the same note with abbreviations ('LE utesluten')")

C("vgr-geri-uvi-avskrevs-odling-negativ", "vgr", ("1935-12-01", "406"),
  [N("n1", M, "Epikris", "V_ALING_GERI", ("Helena Wikström", L), "2024-06-26T11:40", 30, SV, [
      ("Inkomstorsak", "Förvirring; initialt misstänkt UVI eftersom urinstickan var positiv för leukocyter."),
      ("Vårdförlopp", "Urinodlingen var negativ och UVI avskrevs, antibiotikan sattes ut efter två doser. Förvirringen orsakades av förstoppning och urinretention; KAD sattes och lavemang gavs."),
      ("Hemgång", "Klar i huvudet vid hemgång, KAD kvar till urologkontroll."),
  ])],
  must_not=[("NL102", "n1")],
  why="suspected UTI at admission explicitly written off ('UVI avskrevs')")

C("krist-kir-spridning-nej-telegrafiskt", "skane", ("1952-08-25", "271"),
  [N("n1", M, "Utskrivningsanteckning", "S_KIR_KRIST", ("Henrik Månsson", L), "2024-09-12T15:45", 25, SV, [
      ("Op", "Kolecystektomi 4/9, PAD visade gallblåsecancer T1b."),
      ("Stadieindelning", "DT thorax-buk 6/9. Spridning: nej. Lymfkörtlar: u.a."),
      ("Plan", "Kompletterande leverbäddsresektion diskuteras på HPB-konferensen."),
  ])],
  must_not=[("NL102", "n1")],
  why="telegraphic negation 'Spridning: nej'")

C("vgr-skas-onk-ej-pavisat-skelettmetastaser", "vgr", ("1945-05-30", "153"),
  [N("n1", M, "Epikris", "V_SKAS_ONK", ("Åsa Forsberg", L), "2024-02-20T14:35", 35, SV, [
      ("Inkomstorsak", "Ryggsmärta hos man med prostatacancer under hormonbehandling."),
      ("Vårdförlopp", "Skelettskint och MR av hela ryggen har inte påvisat några skelettmetastaser; smärtan kommer från en spinal stenos L4–L5."),
      ("Läkemedel", "Paracetamol och gabapentin, remiss till ryggkirurg."),
  ])],
  must_not=[("NL102", "n1")],
  why="negated bone metastases, settled alternative cause")

C("vgr-melanom-metastasscreening-negativ", "vgr", ("1977-03-09", "285"),
  [N("n1", M, "Epikris", "V_SAS_KIR", ("Maja Holmgren", L), "2024-10-16T10:20", 25, SV, [
      ("Diagnos", "Malignt melanom på ryggen, Breslow 2,4 mm. Utvidgad excision och portvaktskörtelbiopsi 3/10."),
      ("Utredning", "Metastasscreening med DT negativ och portvaktskörteln fri."),
      ("Uppföljning", "Hudkliniken var tredje månad enligt vårdprogrammet."),
  ])],
  must_not=[("NL102", "n1")],
  why="'Metastasscreening ... negativ' is a normal result")

C("pall-prognos-osaker-informerade", "skane", ("1948-03-16", "289"),
  [N("n1", M, "Epikris", "S_PALL_HLM", ("Johanna Ek", L), "2024-11-26T13:10", 30, SV, [
      ("Inkomstorsak", "Smärtgenombrott hos pat med pankreascancer och levermetastaser."),
      ("Vårdförlopp", "Subkutan morfinpump med god effekt; pat mobiliseras till stol."),
      ("Information", "Prognosen är osäker och kan röra sig om veckor. Pat och dottern informerade om detta och om att ASIH tar över efter hemgång."),
  ])],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="uncertainty about prognosis, not about the (known and told) diagnosis")

C("vgr-onk-troligen-ny-dt-augusti", "vgr", ("1973-07-13", "368"),
  [N("n1", M, "Epikris", "V_SU_ONK", ("Cecilia Wallin", L), "2024-05-24T11:30", 40, SV, [
      ("Inkomstorsak", "Neutropen feber efter tredje kuren FEC; odlingar negativa."),
      ("Vårdförlopp", "Meropenem i fem dagar, neutrofilerna har återhämtat sig."),
      ("Planering", "Troligen ny kontroll-DT i augusti efter avslutad cytostatika, ansvarig onkolog beslutar."),
  ])],
  must_not=[("NL102", "n1")],
  why="'Troligen' hedges the timing of a scan")

C("onk-kurator-mojligen-inte-forstatt", "skane", ("1960-12-19", "400"),
  [N("n1", M, "Kuratorsanteckning", "S_ONK_LUND", ("Therese Malm", KUR), "2024-06-05T15:30", 20, SV, [
      ("Samtal", "Samtal inför hemgång efter att pat fått besked om spridd lungcancer. Hon gråter och säger att hon inte vill dö hemma."),
      ("Bedömning", "Hon har möjligen inte förstått allt som sades vid läkarsamtalet och vill träffa läkaren igen."),
      ("Åtgärd", "Kontakt med ASIH förmedlad, uppföljande telefonsamtal nästa vecka."),
  ])],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="counsellor's hedge is about understanding; the patient has been told the diagnosis")

C("vgr-fysio-oklart-om-trappor", "vgr", ("1940-04-22", "372"),
  [N("n1", M, "Fysioterapianteckning", "V_NAL_ORTO", ("Alexander Roos", FT), "2024-07-17T13:45", None, SV, [
      ("Bedömning", "Oklart om pat klarar trapporna upp till lägenheten; gick sex trappsteg med stöd av räcket idag."),
      ("Plan", "Ny trappträning i morgon innan beslut om hemgång."),
  ])],
  must_not=[("NL102", "n1")],
  why="'Oklart om' concerns stairs, not a diagnosis (unsigned draft)")

C("inf-meningit-utesluten-influensa", "skane", ("1990-10-08", "174"),
  [N("n1", M, "Epikris", "S_INF_MALMO", ("Jakob Lindgren", L), "2024-01-24T14:50", 35, SV, [
      ("Inkomstorsak", "Feber, huvudvärk och nackstelhet. Initialt misstänkt bakteriell meningit och pat fick cefotaxim och ampicillin före LP."),
      ("Vårdförlopp", "LP: 3 celler, normalt protein och glukos. Meningit utesluten. Influensa A positiv."),
      ("Hemgång", "Antibiotika utsatt, hem med oseltamivir."),
  ])],
  must_not=[("NL102", "n1")],
  why="initial suspicion of meningitis, excluded by LP in the same note")

C("vgr-kir-differentialdiagnoser-avgjorda", "vgr", ("1967-08-17", "233"),
  [N("n1", M, "Epikris", "V_KUNG_KIR", ("Robert Falk", L), "2024-04-17T12:20", 45, SV, [
      ("Inkomstorsak", "Epigastriesmärta med utstrålning mot ryggen."),
      ("Vårdförlopp", "Vid ankomsten stod valet mellan akut pankreatit och gallstensanfall. Lipas 42, alltså normalt, och ultraljud visade en inklämd sten i gallblåsehalsen med väggförtjockning."),
      ("Diagnos", "Pankreatit uteslöts. Akut kolecystit, laparoskopisk kolecystektomi dag 2."),
  ])],
  must_not=[("NL102", "n1")],
  why="admission differential resolved: pancreatitis excluded, cholecystitis confirmed")

C("hem-misstanke-lymfom-bekraftad-dlbcl", "skane", ("1959-06-03", "382"),
  [N("n1", M, "Epikris", "S_HEM_LUND", ("Oskar Nyberg", L), "2024-05-29T14:40", 35, SV, [
      ("Diagnos", "Den inledande misstanken om lymfom har bekräftats: PAD från en ljumskkörtel visar diffust storcelligt B-cellslymfom."),
      ("Vårdförlopp", "PET-DT stadium III. Första kuren R-CHOP gavs 22/5 utan komplikationer."),
      ("Information", "Pat informerad av ansvarig hematolog, kontaktsjuksköterska utsedd."),
  ])],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="the first suspicion is now confirmed by PAD and told")

C("vgr-metastas-kan-uteslutas-cysta", "vgr", ("1971-01-29", "296"),
  [N("n1", M, "Epikris", "V_SU_MED", ("Viktoria Sandberg", L), "2024-11-13T10:35", 30, SV, [
      ("Inkomstorsak", "Buksmärta hos kvinna med bröstcancer opererad 2019; DT visade en ny leverförändring."),
      ("Vårdförlopp", "Kompletterande ultraljud med kontrast: förändringen är en typisk enkel cysta. Metastas kan uteslutas."),
      ("Diagnos", "Obstipation K59.0, behandlad med laxantia."),
  ])],
  must_not=[("NL102", "n1")],
  why="'kan uteslutas' (without ej) is a settled negative, a near miss of 'kan ej uteslutas'")

C("barn-ingen-misstanke-malignitet-korlar", "skane", ("2015-11-20", "529"),
  [N("n1", M, "Epikris", "S_BARN_LUND", ("Ida Sundberg", L), "2024-03-26T13:05", 25, SV, [
      ("Inkomstorsak", "Feber i en vecka och förstorade lymfkörtlar på halsen."),
      ("Vårdförlopp", "EBV-serologi positiv. Blodstatus med lymfocytos men inga blaster; ultraljud visar reaktiva körtlar."),
      ("Bedömning", "Mononukleos. Ingen misstanke om malignitet."),
  ])],
  must_not=[("NL102", "n1")],
  why="child's epikris: malignancy explicitly not suspected")

C("onk-mr-inga-tecken-pa-metastaser-hemangiom", "skane", ("1965-05-08", "267"),
  [N("n1", M, "Epikris", "S_ONK_LUND", ("Fredrika Ström", L), "2024-10-24T09:50", 40, SV, [
      ("Inkomstorsak", "Mukosit och nutritionssvårigheter under strålbehandling mot rektum."),
      ("Vårdförlopp", "Sondnäring i fyra dagar. MR lever som beställts efter ett oklart DT-fynd visar inga tecken på metastaser; förändringarna är hemangiom."),
      ("Hemgång", "Äter själv, stråldoserna fortsätter polikliniskt."),
  ])],
  must_not=[("NL102", "n1")],
  why="an earlier unclear finding is settled as haemangioma; metastases negated")

C("vgr-typo-ingen-halpunkt-recidiv", "vgr", ("1953-09-29", "449"),
  [N("n1", M, "Epikris", "V_SKAS_MED", ("Sanna Jakobsson", L), "2024-08-22T14:15", 30, SV, [
      ("Inkomstorsak", "Erysipelas höger underben hos kvinna som behandlades för vulvacancer 2020."),
      ("Vårdförlopp", "Bensylpenicillin, därefter Kåvepenin. Ljumskarna palperades noggrant och DT buk-bäcken togs: ingen hålpunkt för recidiv."),
  ])],
  must_not=[("NL102", "n1")],
  why="typo 'hålpunkt' inside a negated recurrence")

C("onk-fjarrspridning-utesluten-pet", "skane", ("1966-09-16", "443"),
  [N("n1", M, "Epikris", "S_ONK_LUND", ("Karin Ljungqvist", L), "2024-12-10T11:15", 35, SV, [
      ("Inkomstorsak", "Smärtlindring och nutrition under radiokemoterapi för esofaguscancer."),
      ("Vårdförlopp", "PEG anlagd. PET-DT inför kurativ kirurgi: fjärrspridning utesluten."),
  ])],
  must_not=[("NL102", "n1")],
  why="'fjärrspridning utesluten' is a negation")

C("kir-kanske-flyttar-till-dotter", "skane", ("1939-02-09", "145"),
  [N("n1", M, "Epikris", "S_KIR_HBG", ("Mattias Isaksson", L), "2024-07-30T13:55", None, SV, [
      ("Diagnos", "Ileus på grund av adherenser, opererad med adherenslösning 22/7."),
      ("Social situation", "Kanske flyttar pat till sin dotter i Malmö efter utskrivningen; kommunen informeras när det är bestämt."),
  ])],
  must_not=[("NL102", "n1")],
  why="'Kanske' is about where the patient will live (unsigned draft)")

C("onk-th-mall-trol-metastaser-ej-kommunicerat", "skane", ("1958-04-07", "239"),
  [N("n1", M, "Tidiga hypoteser", "S_ONK_LUND", ("Karin Ljungqvist", L), "2024-03-08T14:50", 10, SV, [
      ("Hypotes", "DT inför utskrivning visar två nytillkomna subcentimeterstora lesioner i levern, trol. metastaser men för små för att karaktärisera. Inte kommunicerat med pat innan MR lever är gjord."),
  ])],
  must_not=[("NL102", "n1"), ("NL101", "n1"), ("NL104", "n1")],
  why="Skåne Tidiga hypoteser template holds the hedge and the not-yet-told note; filtered and a real hypothesis")

C("vgr-th-sokord-misstankt-hemokromatos", "vgr", ("1962-07-31", "311"),
  [N("n1", M, "Epikris", "V_NAL_MED", ("Louise Andersson", L), "2024-04-25T15:05", 40, SV, [
      ("Inkomstorsak", "Förmaksflimmer med hjärtsvikt, elkonverterad."),
      ("Vårdförlopp", "Diuretika intravenöst, vikten ned 4 kg. UKG med dilaterad vänster kammare och EF 30 %."),
      ("Tidiga hypoteser", "Ferritin 1850 och transferrinmättnad 78 %. Misstänkt hemokromatos med hjärtpåverkan; gentest skickat och inget diskuterat med pat i väntan på svar."),
      ("Uppföljning", "Hjärtsviktsmottagningen om fyra veckor."),
  ])],
  must_not=[("NL102", "n1"), ("NL101", "n1"), ("NL104", "n1")],
  why="VGR sökord Tidiga hypoteser hides the hedge; the visible sections hold no uncertain diagnosis")

# --------------------------------------------------------------------------- PMO
# Skåne primary care / home care after discharge: PMO never shows diagnoses.

C("pmo-vc-uppfoljning-misstankt-recidiv-enl-epikris", "skane", ("1958-10-21", "253"),
  [N("n1", P, "Besöksanteckning", "P_VC_ESLOV", ("Mats Lindell", L), "2024-03-20T10:30", 30, PV, [
      ("Aktuellt", "Uppföljning efter vårdtillfälle på kirurgen; enligt epikrisen misstänkt recidiv i anastomosen och PET-DT planerad."),
      ("Status", "Mår bättre, äter normalt. Operationssåret läkt."),
      ("Bedömning", "Inga åtgärder från vårdcentralen, kirurgen äger utredningen."),
  ])],
  must_not=[("NL102", "n1")],
  why="PMO: a hedged recurrence quoted from the epikris is never shown")

C("pmo-hemsjukvard-trol-skelettmetastaser", "skane", ("1943-12-06", "398"),
  [N("n1", P, "Hembesök", "P_HSJ_LUND", ("Camilla Nord", SSK), "2024-05-13T11:00", 45, HSJ, [
      ("Hembesök", "Dag 2 efter utskrivning. Trol. skelettmetastaser i bäckenet enligt sjukhusets utskrivningsinformation; ont vid förflyttning."),
      ("Åtgärd", "Oxynorm 5 mg vid behov gavs med effekt efter 30 minuter. Vårdcentralens läkare kontaktad om fast dos."),
  ])],
  must_not=[("NL102", "n1")],
  why="home-care nurse in PMO repeats a probable diagnosis; PMO diagnoses are not visible")

C("pmo-vc-tel-typo-spridining-binjure", "skane", ("1955-03-27", "306"),
  [N("n1", P, "Telefonanteckning", "P_VC_LIMHAMN", ("Rebecka Sjöstrand", L), "2024-06-17T14:20", 15, PV, [
      ("Kontaktorsak", "Pat ringer, orolig efter att ha läst epikrisen från lungkliniken där det står misstänkt spridining till binjuren."),
      ("Åtgärd", "Förklarat att utredningen pågår på sjukhuset och att lungkliniken kallar. Erbjudit samtal med kurator."),
  ])],
  must_not=[("NL102", "n1")],
  why="PMO telephone note; typo 'spridining' in a hedged mention")

C("pmo-hoor-dd-recidiv-eller-serom", "skane", ("1963-08-12", "429"),
  [N("n1", P, "Besöksanteckning", "P_HC_HOOR", ("Olof Brandt", L), "2024-04-08T09:40", 25, PV, [
      ("Aktuellt", "Svullnad i operationsområdet efter bröstcanceroperation i februari."),
      ("Undersökning", "Ultraljud visar vätskeansamling på 4 cm. DD recidiv vs serom; punktion gav klar gul vätska som skickades för cytologi."),
  ])],
  must_not=[("NL102", "n1")],
  why="PMO: a DD of recurrence is not shown to the patient")

C("pmo-nasby-ev-tia-kvarstaende-fraga", "skane", ("1950-01-15", "214"),
  [N("n1", P, "Besöksanteckning", "P_VC_NASBY", ("Lena Åkesson", L), "2024-03-27T13:20", 20, PV, [
      ("Aktuellt", "Utskriven från neurologen förra veckan med kvarstående frågeställning ev. TIA."),
      ("Status", "BT 152/88, hjärtljud rena, inga blåsljud över karotiderna."),
      ("Åtgärd", "Långtids-ekg 72 timmar beställt."),
  ])],
  must_not=[("NL102", "n1")],
  why="PMO follow-up with 'ev. TIA'")

C("pmo-trell-misstankt-demens-efter-vardtid-utkast", "skane", ("1938-07-02", "382"),
  [N("n1", P, "Besöksanteckning", "P_VC_TRELL", ("Farhad Karimi", L), "2024-09-09T10:10", None, PV, [
      ("Anamnes", "Dottern berättar att mamma var förvirrad hela vårdtiden på ortopeden och fortfarande glömmer mycket."),
      ("Bedömning", "MMSE 21/30. Misstänkt demens av Alzheimertyp, DD kvarstående delirium. Ny kognitiv testning om tre månader."),
  ])],
  must_not=[("NL102", "n1")],
  why="unsigned PMO draft with a hedged dementia diagnosis")

C("pmo-hemsjuk-susp-lunginflammation", "skane", ("1932-11-23", "189"),
  [N("n1", P, "Hembesök", "P_HSJ_LUND", ("Petra Wahlström", SSK), "2024-10-14T15:35", None, HSJ, [
      ("Hembesök", "Hemkommen från medicinavdelningen för fyra dagar sedan; nu feber 38,7 och hosta."),
      ("Åtgärd", "Susp. lunginflammation. Vårdcentralens läkare bedömer per telefon och ordinerar doxycyklin."),
  ])],
  must_not=[("NL102", "n1")],
  why="PMO home visit, 'Susp.' on pneumonia (unsigned draft)")

C("pmo-simris-levermetastaser-kan-ej-uteslutas", "skane", ("1953-05-09", "341"),
  [N("n1", P, "Besöksanteckning", "P_VC_SIMRIS", ("Anders Bengtsson", L), "2024-11-04T11:50", 30, PV, [
      ("Provsvar", "Ultraljud lever på remiss från vårdcentralen: två ekofattiga förändringar, metastaser kan ej uteslutas. Koloncancer opererad 2020."),
      ("Åtgärd", "Remiss till kirurgen för DT och bedömning."),
  ])],
  must_not=[("NL102", "n1")],
  why="PMO: 'metastaser kan ej uteslutas' is not shown")

# =========================================================================== C
# NL101 must: a diagnosis in a visible section while the note says the patient
# has not been told (or must not be told yet).

C("onk-levermetastaser-besked-pa-mandag", "skane", ("1955-02-17", "312"),
  [N("n1", M, "Epikris", "S_ONK_LUND", ("Fredrika Ström", L), "2024-04-18T16:05", 25, SV, [
      ("Inkomstorsak", "Buksmärta och illamående hos man med ventrikelcancer, gastrektomerad 2023."),
      ("Vårdförlopp", "DT buk visade multipla levermetastaser och ascites. Ascitestappning med god lindring."),
      ("Information", "Pat ännu ej informerad om levermetastaserna; besked ges av ansvarig onkolog på mottagningen på måndag."),
  ])],
  must=[("NL101", "n1")],
  why="verified liver metastases in a visible epikris, patient explicitly not yet informed")

C("vgr-liposarkom-recidiv-inget-besked", "vgr", ("1962-03-30", "475"),
  [N("n1", M, "Epikris", "V_SU_KIR", ("Daniel Söderberg", L), "2024-06-27T14:35", 30, SV, [
      ("Inkomstorsak", "Sårinfektion efter excision av en knöl i ärret efter tidigare sarkomoperation."),
      ("PAD", "Recidiv av liposarkom."),
      ("Information", "Patienten har inte fått besked om recidivet ännu, svaret kom efter utskrivningen. Sarkomgruppen kallar inom en vecka."),
  ])],
  must=[("NL101", "n1")],
  why="PAD-verified recurrence written in the epikris before the patient has been told")

C("ystad-dotter-ber-att-mamma-inte-far-veta", "skane", ("1936-08-05", "286"),
  [N("n1", M, "Epikris", "S_MED_YSTAD", ("Carl Jönsson", L), "2024-03-06T15:20", 35, SV, [
      ("Inkomstorsak", "Pneumoni hos 88-årig kvinna."),
      ("Vårdförlopp", "Snabb förbättring på cefotaxim. DT thorax visar att den tidigare behandlade lungcancern har spridit sig till skelett och lever."),
      ("Information", "Dottern har bett att mamma inte ska få veta om spridningen. Pat ej informerad; frågan tas upp med onkologen."),
  ])],
  must=[("NL101", "n1")],
  why="relative asks that the patient not be told; the spread is visible and the patient uninformed")

C("vgr-uro-ingen-info-innan-mdk", "vgr", ("1957-06-12", "199"),
  [N("n1", M, "Epikris", "V_SU_URO", ("Kristoffer Alm", L), "2024-09-19T11:10", 40, SV, [
      ("Inkomstorsak", "Utredning av en 7 cm stor njurtumör höger inför nefrektomi."),
      ("Vårdförlopp", "Biopsi från L2 under vårdtiden bekräftar skelettmetastas av klarcellig njurcancer."),
      ("Planering", "Ingen information till pat om skelettmetastasen innan MDK har tagit ställning på torsdag."),
  ])],
  must=[("NL101", "n1")],
  why="'must not be told yet' (before MDK) while the metastasis is written visibly")

C("lung-typo-ej-infomerad-pleurametastaser", "skane", ("1949-10-13", "236"),
  [N("n1", M, "Utskrivningsanteckning", "S_LUNG_LUND", ("Viktor Åström", L), "2024-03-15T13:30", None, SV, [
      ("Inkomstorsak", "Pleuratappning vänster, 1,2 liter."),
      ("Provsvar", "Cytologin från pleuravätskan visar adenocarcinomceller, dvs pleurametastasering av den kända lungcancern."),
      ("Information", "Pat ej infomerad om metastaseringen; lungonkologen ger beskedet vid återbesöket 20/3."),
  ])],
  must=[("NL101", "n1")],
  why="typo 'infomerad' in the not-informed statement (unsigned draft)")

C("vgr-skovde-pat-ovetande-lungmetastaser", "vgr", ("1958-11-27", "320"),
  [N("n1", M, "Epikris", "V_SKAS_MED", ("Gustav Ekström", L), "2024-07-02T14:55", 45, SV, [
      ("Inkomstorsak", "Hyperkalcemi med kalcium 3,6 hos kvinna som opererades för bröstcancer 2019."),
      ("Vårdförlopp", "Rehydrering och zoledronsyra. DT visar multipla lungmetastaser."),
      ("Information", "Patienten är ännu ovetande om att tumören har spridit sig till lungorna; beskedet planeras tillsammans med kontaktsjuksköterskan."),
  ])],
  must=[("NL101", "n1")],
  why="'ovetande om' as the not-informed cue")

C("lkrona-overflytt-aml-ej-informerad", "skane", ("1966-01-08", "452"),
  [N("n1", M, "Överflyttningsanteckning", "S_MED_LKRONA", ("Eva Lindholm", L), "2024-08-07T17:40", 15, SV, [
      ("Överflyttning", "Överflyttas till hematologen i Lund för induktionsbehandling."),
      ("Aktuellt", "Benmärgsutstryk med 62 % blaster; flödescytometrin bekräftar akut myeloisk leukemi."),
      ("Information", "Pat ej informerad om diagnosen, hematologen tar samtalet vid ankomsten i morgon."),
  ])],
  must=[("NL101", "n1")],
  why="transfer note names a new leukaemia that the patient has not been told about")

C("psyk-schizofreni-ej-informerad", "skane", ("1998-05-23", "268"),
  [N("n1", M, "Epikris", "S_PSYK_LUND", ("Tobias Håkansson", L), "2024-10-03T13:40", 60, PHD, [
      ("Vårdförlopp", "Vårdad enligt LPT i sex veckor för psykos med hörselhallucinationer och förföljelseidéer; god effekt av aripiprazol."),
      ("Diagnos", "Schizofreni, paranoid form F20.0."),
      ("Information", "Pat ej informerad om diagnosen då hon ännu bedöms sakna sjukdomsinsikt; samtal planeras på öppenvårdsmottagningen."),
  ])],
  must=[("NL101", "n1")],
  why="psychiatric inpatient epikris (shown after 28 days) with a diagnosis not yet told")

C("vgr-neuro-als-besked-ej-lamnat", "vgr", ("1960-02-29", "171"),
  [N("n1", M, "Epikris", "V_SU_NEURO", ("Elin Sjöberg", L), "2024-04-30T15:15", 30, SV, [
      ("Inkomstorsak", "Utredning av tilltagande svaghet i händerna och fascikulationer."),
      ("Utredning", "ENeG med utbredd denervation i tre regioner."),
      ("Diagnos", "Amyotrofisk lateralskleros G12.2. Besked om ALS har inte lämnats; det görs av ansvarig neurolog med närstående närvarande 8/5."),
  ])],
  must=[("NL101", "n1")],
  why="'Besked ... har inte lämnats' about a neurological diagnosis")

C("nkir-hustru-informerad-pat-ej-hjarnmetastaser", "skane", ("1959-09-08", "333"),
  [N("n1", M, "Epikris", "S_NKIR_LUND", ("Erik Holmberg", L), "2024-11-19T12:25", None, SV, [
      ("Operation", "Extirpation av tumör i vänster frontallob 12/11; PAD metastas från malignt melanom."),
      ("Postoperativt", "MR visar ytterligare två hjärnmetastaser. Vaken, orienterad, ingen pares."),
      ("Information", "Hustrun informerad. Pat själv ej informerad om hjärnmetastaserna på hustruns begäran; ansvarig läkare tar ställning till det före nästa besök."),
  ])],
  must=[("NL101", "n1")],
  why="the spouse was told but the patient was not (unsigned draft)")

C("vgr-ssk-obs-pat-vet-ej-leverspridning", "vgr", ("1944-04-16", "214"),
  [N("n1", M, "Omvårdnadsepikris", "V_SAS_MED", ("Annika Lund", SSK), "2024-05-22T13:50", 10, SV, [
      ("Utskrivning", "Pat skrivs ut till korttidsboende."),
      ("Information", "OBS! Pat vet ej om att cancern spridit sig till levern; läkare informerar vid återbesöket."),
      ("Smärta", "VAS 3, Oxycontin 10 mg x 2."),
  ])],
  must=[("NL101", "n1")],
  why="nursing discharge summary: 'Pat vet ej om' the liver spread")

C("plast-vantar-med-pad-melanom", "skane", ("1952-12-01", "428"),
  [N("n1", M, "Epikris", "S_PLAST_MALMO", ("Jessica Roth", L), "2024-02-16T11:30", 30, SV, [
      ("Inkomstorsak", "Delhudstransplantation på underbenet efter excision av en sårförändring."),
      ("PAD", "Malignt melanom, Breslow 3,1 mm."),
      ("Planering", "Väntar med att informera pat om PAD-svaret tills hon är hemma och kan ha sonen med sig."),
  ])],
  must=[("NL101", "n1")],
  why="decision to wait with telling the patient while PAD is in the visible note")

C("vgr-geri-demens-ej-informerad-ventrikelcancer", "vgr", ("1933-01-04", "168"),
  [N("n1", M, "Epikris", "V_ALING_GERI", ("Helena Wikström", L), "2024-08-28T14:05", 35, SV, [
      ("Inkomstorsak", "Anemi hos 91-årig kvinna med Alzheimers sjukdom."),
      ("Vårdförlopp", "Gastroskopi med en ulcererande tumör i ventrikeln, PAD adenocarcinom."),
      ("Information", "Pat ej informerad om cancerdiagnosen pga kognitiv svikt; sonen informerad och önskar ingen vidare utredning."),
  ])],
  must=[("NL101", "n1")],
  why="patient not told because of cognitive impairment; the diagnosis is still visible to her")

C("krist-kir-telegrafisk-diagnosbesked-ej-givet", "skane", ("1948-06-19", "151"),
  [N("n1", M, "Utskrivningsanteckning", "S_KIR_KRIST", ("Peter Hammar", L), "2024-01-25T16:35", 15, SV, [
      ("Dx", "Ventrikelcancer C16.9."),
      ("Info", "Diagnosbesked ej givet, pat var för trött vid utskrivning. SVF-koordinatorn bokar samtal."),
  ])],
  must=[("NL101", "n1")],
  why="telegraphic 'Diagnosbesked ej givet' beside the coded diagnosis")

C("vgr-gyn-dx-synlig-ej-informerad-i-th-sokord", "vgr", ("1956-10-26", "286"),
  [N("n1", M, "Epikris", "V_SU_GYN", ("Karolina Björk", L), "2024-10-10T15:30", 40, SV, [
      ("Inkomstorsak", "Subileus hos kvinna som behandlades för ovarialcancer 2022."),
      ("Bedömning", "Recidiv av ovarialcancer med peritoneal spridning enligt DT och verifierat med px."),
      ("Tidiga hypoteser", "Pat ej informerad om recidivet, vill att maken är med vid beskedet."),
  ])],
  must=[("NL101", "n1")],
  why="the not-informed remark is hidden under Tidiga hypoteser but the recurrence itself is visible in Bedömning")

C("vgr-overflytt-hospice-karcinos-ej-informerad", "vgr", ("1950-07-18", "249"),
  [N("n1", M, "Överflyttningsanteckning", "V_SKAS_PALL", ("Marie Enqvist", L), "2024-12-04T10:45", 25, SV, [
      ("Överflyttning", "Överflyttas till hospice i Lidköping."),
      ("Aktuellt", "Koloncancer med nu konstaterad peritoneal karcinos vid laparoskopi."),
      ("Information", "Pat har ännu inte informerats om karcinosen, familjen vill vänta tills sonen kommit hem från utlandet."),
  ])],
  must=[("NL101", "n1")],
  why="transfer to hospice: carcinosis confirmed, patient not informed at the family's wish")

C("kir-hbg-typo-reciidiv-ej-informerad", "skane", ("1961-02-03", "395"),
  [N("n1", M, "Epikris", "S_KIR_HBG", ("Mattias Isaksson", L), "2024-06-13T14:00", 30, SV, [
      ("Inkomstorsak", "Blödning från stomin hos pat med rektalcancer opererad 2021."),
      ("Vårdförlopp", "Endoskopi genom stomin: tumör 5 cm in, PAD adenocarcinom, alltså reciidiv."),
      ("Information", "Pat ej informerad om reciidivet, kolorektalsköterskan bokar läkarsamtal."),
  ])],
  must=[("NL101", "n1")],
  why="typo 'reciidiv' both for the diagnosis and in the not-informed sentence")

C("vgr-generaliserad-sjukdom-ska-inte-beratta-an", "vgr", ("1947-08-31", "338"),
  [N("n1", M, "Epikris", "V_KUNG_MED", ("Jonas Ek", L), "2024-09-11T12:40", 45, SV, [
      ("Inkomstorsak", "Trötthet och viktnedgång hos man som opererades för melanom på ryggen 2021."),
      ("Vårdförlopp", "DT thorax-buk visar generaliserad sjukdom med metastaser i lungor, lever och skelett; leverbiopsi bekräftar melanommetastas."),
      ("Information", "Pat ska inte få beskedet förrän onkologen träffat honom; inget sagt om spridningen under vårdtiden."),
  ])],
  must=[("NL101", "n1")],
  why="'ska inte få beskedet' and 'inget sagt om spridningen' with confirmed metastatic disease")

# --------------------------------------------------------------------------- D
# NL101 must_not: the patient was told (a relative was not), a normal result not yet
# given, a non-diagnostic thing not told, hidden in Tidiga hypoteser.

C("vgr-onk-pat-informerad-dotter-ej", "vgr", ("1954-09-15", "246"),
  [N("n1", M, "Epikris", "V_SU_ONK", ("Therese Lundgren", L), "2024-02-23T13:25", 35, SV, [
      ("Inkomstorsak", "Ileus orsakad av peritoneal karcinos vid känd ovarialcancer, konservativt behandlad."),
      ("Information", "Pat informerad om att sjukdomen har spridit sig i buken. Dottern ej informerad på pat:s uttryckliga begäran."),
  ])],
  must_not=[("NL101", "n1")],
  why="a relative is not informed while the patient was")

C("uro-informerad-metastaser-utskrivningssamtal", "skane", ("1950-11-30", "215"),
  [N("n1", M, "Epikris", "S_URO_MALMO", ("Ahmad Rezaei", L), "2024-07-11T15:00", 25, SV, [
      ("Diagnos", "Prostatacancer med skelettmetastaser, bekräftade med PSMA-PET och biopsi från bäckenet."),
      ("Information", "Vid utskrivningssamtalet fick pat och hans sambo information om metastaserna och den planerade behandlingen med apalutamid."),
  ])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="confirmed metastases communicated at the discharge talk")

C("vgr-nal-ej-informerad-om-nytt-besoksdatum", "vgr", ("1946-03-12", "271"),
  [N("n1", M, "Epikris", "V_NAL_MED", ("Hampus Eriksson", L), "2024-11-21T11:55", 30, SV, [
      ("Diagnos", "Hjärtsvikt NYHA III I50.0, diuretika justerade."),
      ("Uppföljning", "Pat ännu ej informerad om nytt datum till hjärtsviktsmottagningen eftersom tiden inte är bokad."),
  ])],
  must_not=[("NL101", "n1")],
  why="not informed about an appointment date, not about a diagnosis")

C("kir-normalt-dt-svar-ej-meddelat", "skane", ("1960-04-02", "308"),
  [N("n1", M, "Epikris", "S_KIR_MALMO", ("Anton Sjögren", L), "2024-08-15T10:15", 25, SV, [
      ("Inkomstorsak", "Divertikulit, behandlad med vätska och vila."),
      ("Vårdförlopp", "Den uppföljande DT thorax-buk efter rektalcancer gjordes under vårdtillfället. Inga tecken på recidiv."),
      ("Information", "Pat har ännu inte fått svaret på DT:n; kontaktsjuksköterskan ringer henne."),
  ])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="the result not yet given is normal (no recurrence)")

C("vgr-lung-vill-inte-veta-overlevnad", "vgr", ("1952-05-01", "331"),
  [N("n1", M, "Epikris", "V_SU_LUNG", ("Petra Karlsson", L), "2024-01-31T14:45", None, SV, [
      ("Diagnos", "Småcellig lungcancer med levermetastaser. Första cytostatikakuren given."),
      ("Information", "Pat är informerad om diagnosen och spridningen men vill inte veta något om förväntad överlevnad, vilket respekteras."),
  ])],
  must_not=[("NL101", "n1")],
  why="patient told the diagnosis; declines only prognosis details (unsigned draft)")

C("hem-th-mall-kll-ej-informerad", "skane", ("1951-12-28", "474"),
  [N("n1", M, "Tidiga hypoteser", "S_HEM_LUND", ("Ingrid Pålsson", L), "2024-02-07T09:40", 15, SV, [
      ("Hypotes", "Flödescytometrin talar för KLL, bekräftelse inväntas. Pat ej informerad, hematologen tar det när svaret har kommit."),
  ])],
  must_not=[("NL101", "n1"), ("NL102", "n1"), ("NL104", "n1")],
  why="Skåne Tidiga hypoteser template: hypothesis and not-informed note are both filtered")

C("vgr-th-sokord-misstankt-lymfom-synligt-rent", "vgr", ("1965-08-09", "357"),
  [N("n1", M, "Epikris", "V_SKAS_MED", ("Sanna Jakobsson", L), "2024-06-06T15:10", 45, SV, [
      ("Inkomstorsak", "Trötthet och viktnedgång."),
      ("Vårdförlopp", "Järnbristanemi utredd med gastroskopi och koloskopi utan blödningskälla; järn gavs intravenöst."),
      ("Tidiga hypoteser", "DT buk: förstorade retroperitoneala körtlar, misstänkt lymfom. Pat ej informerad om körtelfynden i väntan på biopsi."),
      ("Uppföljning", "Medicinmottagningen om två veckor."),
  ])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="VGR: hypothesis and not-informed remark both under the sökord Tidiga hypoteser; visible text is clean")

C("onk-initialt-ej-informerad-nu-besked", "skane", ("1963-10-10", "226"),
  [N("n1", M, "Epikris", "S_ONK_LUND", ("Karin Ljungqvist", L), "2024-03-21T12:35", 40, SV, [
      ("Vårdförlopp", "Inlagd för smärtlindring. PET-DT visade lymfkörtelmetastaser i mediastinum."),
      ("Information", "Pat var vid ankomsten inte informerad om PET-fyndet men fick besked om lymfkörtelmetastaserna av ansvarig onkolog 14/3 med maken närvarande."),
  ])],
  must_not=[("NL101", "n1")],
  why="not informed earlier, told since; the note records the told state")

C("vgr-gyn-informerad-att-recidiv-ej-kan-uteslutas", "vgr", ("1961-12-14", "364"),
  [N("n1", M, "Epikris", "V_SU_GYN", ("Sofia Hägg", L), "2024-09-05T10:50", 30, SV, [
      ("Inkomstorsak", "Förhöjt CA-125 och en oklar förändring i lilla bäckenet, inlagd för smärtlindring."),
      ("Information", "Pat informerad om att recidiv inte kan uteslutas och om att PET-DT ska avgöra."),
  ])],
  must_not=[("NL101", "n1")],
  why="the patient was told the hypothesis itself (NL102 not asserted, routines differ on told hypotheses)")

C("kir-hbg-typo-infomerad-om-spridningen", "skane", ("1967-06-21", "219"),
  [N("n1", M, "Epikris", "S_KIR_HBG", ("Jenny Ohlsson", L), "2024-04-12T14:25", 35, SV, [
      ("Diagnos", "Levermetastaser från koloncancer; leverresektion planeras efter neoadjuvant behandling."),
      ("Information", "Pat infomerad om spridningen och planen, ställde relevanta frågor."),
  ])],
  must_not=[("NL101", "n1")],
  why="typo 'infomerad' in an informed (not uninformed) statement")

C("vgr-uro-hustru-ej-informerad-pat-vill-beratta", "vgr", ("1949-02-22", "393"),
  [N("n1", M, "Epikris", "V_SU_URO", ("Kristoffer Alm", L), "2024-12-06T13:20", 25, SV, [
      ("Diagnos", "Muskelinvasiv blåscancer; cystektomi planerad efter neoadjuvant cytostatika. Pat fick beskedet av urologen under vårdtiden."),
      ("Information", "Hustrun har inte informerats om diagnosen ännu eftersom pat vill berätta själv."),
  ])],
  must_not=[("NL101", "n1")],
  why="the wife is not informed, at the patient's wish; the patient knows")

C("orto-ssk-ej-informerad-normalt-hb", "skane", ("1951-07-27", "440"),
  [N("n1", M, "Omvårdnadsepikris", "S_ORTO_HBG", ("Emma Kron", SSK), "2024-05-09T16:15", 10, SV, [
      ("Provsvar", "Pat hade gått hem innan kontrollprovet svarades ut och har inte informerats om Hb-värdet, som var 128 och inom normalintervallet."),
      ("Åtgärd", "Inga åtgärder krävs."),
  ])],
  must_not=[("NL101", "n1")],
  why="not informed of a normal Hb; no diagnosis")

C("med-malmo-informerad-via-tolk-binjurar", "skane", ("1958-01-18", "373"),
  [N("n1", M, "Epikris", "S_MED_MALMO", ("Yasmin Al-Sayed", L), "2024-10-17T14:40", 30, SV, [
      ("Diagnos", "Icke-småcellig lungcancer med binjuremetastaser bilateralt, PAD från binjuren."),
      ("Information", "Pat informerad via arabisktalande tolk om att lungcancern har spridit sig till binjurarna. Pat önskade att ingen information lämnas till barnen i nuläget."),
  ])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="told through an interpreter; children not to be informed at the patient's wish")

C("vgr-hem-myelom-osteolyser-pat-inf", "vgr", ("1955-04-03", "185"),
  [N("n1", M, "Utskrivningsanteckning", "V_SU_HEM", ("Rasmus Blom", L), "2024-03-13T16:50", 20, SV, [
      ("Sammanfattning", "Myelom med osteolyser i bäckenet och i kotorna L2–L4, inga patologiska frakturer."),
      ("Info", "Pat inf. om osteolyserna och om strålbehandling mot L4, förstod och har inga frågor."),
  ])],
  must_not=[("NL101", "n1")],
  why="abbreviated 'Pat inf.' means the patient was informed")

# =========================================================================== E
# NL104: Tidiga hypoteser with no hypothesis, or with a settled diagnosis the patient
# already knows (must); Tidiga hypoteser with a real, uncommunicated hypothesis (must_not).

C("geri-th-mall-endast-logistik", "skane", ("1935-09-17", "348"),
  [N("n1", M, "Tidiga hypoteser", "S_GERI_MALMO", ("Kerstin Olsson", SSK), "2024-06-28T14:30", 10, SV, [
      ("Anteckning", "Utskriven till korttidsboendet Solgården. Hemtjänst beställd från 1/7 och dosett ordnad."),
  ])],
  must=[("NL104", "n1")],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="Tidiga hypoteser used for discharge logistics, no diagnostic hypothesis")

C("vgr-th-sokord-skelettmetastaser-verifierade-informerad", "vgr", ("1953-12-22", "402"),
  [N("n1", M, "Epikris", "V_SKAS_ONK", ("Åsa Forsberg", L), "2024-06-04T13:10", 35, SV, [
      ("Vårdförlopp", "Inlagd för smärtlindring; strålbehandling mot bäckenet given i en fraktion."),
      ("Tidiga hypoteser", "Skelettmetastaser verifierade med biopsi; pat informerad vid utskrivningssamtalet 3/6."),
      ("Uppföljning", "Onkologmottagningen om tre veckor."),
  ])],
  must=[("NL104", "n1")],
  why="a verified diagnosis already told to the patient kept under the sökord Tidiga hypoteser")

C("kir-th-mall-brostcancerrecidiv-bekraftat-informerade", "skane", ("1964-07-04", "240"),
  [N("n1", M, "Tidiga hypoteser", "S_BROST_MOTT", ("Maria Olofsson", L), "2024-08-22T10:20", 15, OV, [
      ("Hypotes", "Bröstcancerrecidiv i axillen bekräftat med PAD. Pat och make informerade på mottagningen 21/8."),
  ])],
  must=[("NL104", "n1")],
  why="settled and communicated recurrence in the Tidiga hypoteser template")

C("vgr-th-sokord-endast-social-information", "vgr", ("1941-03-25", "175"),
  [N("n1", M, "Epikris", "V_KUNG_MED", ("Ebba Lindahl", L), "2024-03-19T11:15", None, SV, [
      ("Diagnos", "KOL-exacerbation J44.1, behandlad med Betapred och antibiotika."),
      ("Tidiga hypoteser", "Pat bor ensam i en tvåa på tredje våningen; dottern bor i Göteborg och hjälper till med handling."),
      ("Uppföljning", "Spirometri på vårdcentralen om tre månader."),
  ])],
  must=[("NL104", "n1")],
  why="social history under Tidiga hypoteser holds no hypothesis (unsigned draft)")

C("pmo-th-mall-ring-pat-om-en-vecka", "skane", ("1944-10-29", "207"),
  [N("n1", P, "Tidiga hypoteser", "P_VC_NASBY", ("Lena Åkesson", L), "2024-04-15T15:05", 5, PV, [
      ("Anteckning", "Ring pat om en vecka angående läkemedelsgenomgång efter utskrivningen från medicin."),
  ])],
  must=[("NL104", "n1")],
  why="PMO Tidiga hypoteser entry is a to-do reminder, no hypothesis")

C("lung-th-mall-stadium-iv-besked-givet", "skane", ("1950-04-30", "315"),
  [N("n1", M, "Tidiga hypoteser", "S_LUNG_LUND", ("Viktor Åström", L), "2024-04-09T12:00", 20, SV, [
      ("Hypotes", "Lungcancer stadium IV med hjärnmetastaser; besked givet av lungläkare 5/4 med dottern närvarande."),
  ])],
  must=[("NL104", "n1")],
  why="diagnosis settled and given to the patient, still hidden in Tidiga hypoteser")

C("vgr-th-sokord-typo-recidv-bekraftat", "vgr", ("1947-01-13", "353"),
  [N("n1", M, "Utskrivningsanteckning", "V_SU_URO", ("Linda Thorén", L), "2024-05-03T14:40", 25, SV, [
      ("Vårdförlopp", "TUR-B 29/4 utan komplikationer, spoldropp avvecklat dag 2."),
      ("Tidiga hypoteser", "Recidv av blåscancer bekräftat i PAD, pat informerad per telefon 2/5."),
  ])],
  must=[("NL104", "n1")],
  why="typo 'Recidv'; a confirmed, told recurrence under Tidiga hypoteser")

C("vgr-th-sokord-endast-lakemedelsplan", "vgr", ("1956-02-04", "229"),
  [N("n1", M, "Epikris", "V_SKAS_PALL", ("Marie Enqvist", L), "2024-07-25T10:30", 30, SV, [
      ("Vårdförlopp", "Smärtlindring optimerad; pat går hem med ASIH."),
      ("Tidiga hypoteser", "Planerad sänkning av Oxycontin efter hemgång, se läkemedelslistan."),
  ])],
  must=[("NL104", "n1")],
  why="a medication plan under Tidiga hypoteser is not a hypothesis")

C("neuro-th-mall-paramalign-neuropati", "skane", ("1957-03-08", "384"),
  [N("n1", M, "Tidiga hypoteser", "S_NEURO_LUND", ("Hanna Borg", L), "2024-09-26T15:45", 20, SV, [
      ("Hypotes", "Misstanke om paramalign neuropati; onkoneurala antikroppar skickade. Inte nämnt för pat, som annars skulle oroa sig i onödan inför ett osäkert svar."),
  ])],
  must_not=[("NL104", "n1"), ("NL102", "n1"), ("NL101", "n1")],
  why="a genuine, uncommunicated hypothesis is what the template is for")

C("vgr-th-sokord-recidiv-fragetecken-cea", "vgr", ("1959-11-19", "318"),
  [N("n1", M, "Epikris", "V_SAS_KIR", ("Joakim Wik", L), "2024-11-07T13:35", 40, SV, [
      ("Inkomstorsak", "Parastomalt bråck med inklämning, opererat akut."),
      ("Vårdförlopp", "Okomplicerat postoperativt förlopp, hemgång dag 4."),
      ("Tidiga hypoteser", "Recidiv? Lätt stigande CEA från 6,2 till 9,8; inte diskuterat med pat ännu."),
  ])],
  must_not=[("NL104", "n1"), ("NL102", "n1"), ("NL101", "n1")],
  why="VGR sökord holds an open recurrence question, correctly hidden")

C("hem-th-mall-dd-myelom-skelettmetastaser", "skane", ("1952-06-16", "421"),
  [N("n1", M, "Tidiga hypoteser", "S_HEM_LUND", ("Oskar Nyberg", L), "2024-10-30T11:20", 15, SV, [
      ("Hypotes", "Multipla lytiska skelettlesioner. DD: myelom, skelettmetastaser från okänd primärtumör. Utredningen pågår."),
  ])],
  must_not=[("NL104", "n1")],
  why="a DD list is a diagnostic hypothesis")

C("psyk-th-mall-misstankt-personlighetsstorning", "skane", ("2001-09-02", "246"),
  [N("n1", M, "Tidiga hypoteser", "S_PSYK_LUND", ("Sara Lindblom", PSY), "2024-02-19T16:00", 30, PHD, [
      ("Hypotes", "Misstänkt emotionellt instabilt personlighetssyndrom; för tidigt att kommunicera under pågående kris och innan strukturerad bedömning är gjord."),
  ])],
  must_not=[("NL104", "n1")],
  why="psychologist's early hypothesis in the template during inpatient psychiatry")

C("pmo-th-mall-misstankt-alkoholberoende", "skane", ("1962-05-25", "377"),
  [N("n1", P, "Tidiga hypoteser", "P_VC_TRELL", ("Farhad Karimi", L), "2024-07-08T10:45", 20, PV, [
      ("Hypotes", "Misstänkt alkoholberoende enligt uppgifter från hemtjänsten efter utskrivningen; pat förnekar. PEth beställt."),
  ])],
  must_not=[("NL104", "n1")],
  why="PMO template with a real hypothesis awaiting a test")

# =========================================================================== M
# Records with several notes: the hypothesis at admission or transfer, then the
# epikris or the follow-up.

C("multi-kir-misstankt-lungmetastas-sedan-pmo", "skane", ("1957-12-15", "264"),
  [N("n1", M, "Epikris", "S_KIR_KRIST", ("Peter Hammar", L), "2024-02-12T14:15", 30, SV, [
      ("Inkomstorsak", "Högersidig hemikolektomi för koloncancer."),
      ("Stadieindelning", "Misstänkt lungmetastas, en 9 mm nodulus i vänster underlob. Ny DT thorax om tre månader."),
  ]),
   N("n2", P, "Besöksanteckning", "P_VC_NASBY", ("Lena Åkesson", L), "2024-02-26T09:30", 20, PV, [
      ("Aktuellt", "Suturtagning. Enligt epikrisen en misstänkt lungmetastas som kirurgen följer med ny DT."),
      ("Status", "Såret läkt, inga tecken på infektion."),
  ])],
  must=[("NL102", "n1")],
  must_not=[("NL102", "n2")],
  why="the same hedge fires in the Melior epikris but not in the PMO follow-up")

C("multi-vgr-inskrivning-dd-sedan-epikris-avgjord", "vgr", ("1961-08-06", "388"),
  [N("n1", M, "Inskrivningsanteckning", "V_SAS_KIR", ("Maja Holmgren", L), "2024-04-01T22:40", 30, SV, [
      ("Bedömning", "Vänstersidig buksmärta och feber. Misstänkt divertikulit, DD ischemisk kolit. DT buk i natt."),
  ]),
   N("n2", M, "Epikris", "V_SAS_KIR", ("Joakim Wik", L), "2024-04-05T12:10", 40, SV, [
      ("Vårdförlopp", "DT bekräftade okomplicerad divertikulit i sigmoideum. Ischemisk kolit avskrevs efter koloskopi."),
      ("Diagnos", "Divertikulit K57.3, behandlad utan antibiotika."),
  ])],
  must=[("NL102", "n1")],
  must_not=[("NL102", "n2")],
  why="the admission note's DD fires; the epikris that settles it does not")

C("multi-overflytt-trol-endokardit-sedan-tee", "skane", ("1954-03-14", "190"),
  [N("n1", M, "Överflyttningsanteckning", "S_MED_LKRONA", ("Eva Lindholm", L), "2024-05-20T16:30", 20, SV, [
      ("Överflyttning", "Till infektionskliniken i Malmö."),
      ("Bedömning", "S. aureus i 4 av 4 blododlingar, nytt blåsljud. Trol. endokardit, TEE ej tillgängligt här."),
  ]),
   N("n2", M, "Epikris", "S_INF_MALMO", ("Jakob Lindgren", L), "2024-06-14T13:40", 45, SV, [
      ("Vårdförlopp", "Endokardit bekräftad med TEE, vegetation 8 mm på mitralisklaffen. Kloxacillin intravenöst i sex veckor via PICC-line."),
      ("Information", "Pat har fått information om endokarditen och om kontroll av hjärtklaffen hos kardiolog."),
  ])],
  must=[("NL102", "n1")],
  must_not=[("NL102", "n2"), ("NL101", "n2")],
  why="transfer note hedges endocarditis; the receiving clinic's epikris confirms and told it")

C("multi-kir-lokalrecidiv-ej-informerad-sedan-besked", "skane", ("1956-07-29", "361"),
  [N("n1", M, "Epikris", "S_KIR_MALMO", ("Anton Sjögren", L), "2024-09-03T15:25", 25, SV, [
      ("Vårdförlopp", "Inlagd för smärta i bäckenet; MR och biopsi visar lokalrecidiv av rektalcancer presakralt."),
      ("Information", "Pat ej informerad om lokalrecidivet än, kolorektalteamet ger beskedet på mottagningen."),
  ]),
   N("n2", M, "Läkaranteckning", "S_KOLO_MOTT", ("Maria Olofsson", L), "2024-09-10T10:15", 30, OV, [
      ("Besök", "Besked om lokalrecidivet givet till pat och hans fru. De fick tid att ställa frågor och ett nummer till kontaktsjuksköterskan."),
      ("Plan", "Remiss för kurativt syftande strålbehandling och bedömning av bäckenkirurg."),
  ])],
  must=[("NL101", "n1")],
  must_not=[("NL101", "n2")],
  why="epikris written before the news was given fires; the later visit that gives it does not")

C("multi-gyn-th-mall-sedan-bekraftat-och-informerad", "skane", ("1960-10-05", "342"),
  [N("n1", M, "Tidiga hypoteser", "S_GYN_LUND", ("Lina Ahlberg", L), "2024-01-17T13:00", 20, SV, [
      ("Hypotes", "Misstänkt recidiv i vaginaltoppen vid gynundersökning inför utskrivning; px tagen och inget sagt till pat före svar."),
  ]),
   N("n2", M, "Läkaranteckning", "S_GYN_MOTT", ("Lina Ahlberg", L), "2024-01-29T14:20", 30, OV, [
      ("PAD", "Recidiv av endometriecancer i vaginaltoppen bekräftat."),
      ("Information", "Pat informerad om recidivet och om planerad brachyterapi; hon hade maken med sig."),
  ])],
  must_not=[("NL104", "n1"), ("NL101", "n2"), ("NL102", "n2")],
  why="hypothesis kept hidden until PAD, then documented visibly once confirmed and told")

C("multi-vgr-th-sokord-sedan-levermetastas-informerad", "vgr", ("1953-04-21", "259"),
  [N("n1", M, "Läkaranteckning", "V_SU_KIR", ("Daniel Söderberg", L), "2024-08-12T11:45", 25, SV, [
      ("Aktuellt", "Dag 3 efter kolonresektion, mobiliserad och äter."),
      ("Tidiga hypoteser", "Peroperativt en fast knöl i levern segment 3, misstänkt levermetastas; inte nämnt för pat innan biopsisvar."),
  ]),
   N("n2", M, "Epikris", "V_SU_KIR", ("Johan Berglind", L), "2024-08-19T15:30", 35, SV, [
      ("PAD", "Levermetastas i segment 3 bekräftad med biopsi."),
      ("Information", "Pat informerad om levermetastasen vid utskrivningssamtalet, vill ha dottern med vid onkologbesöket."),
  ])],
  must_not=[("NL104", "n1"), ("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
  why="VGR: sökord hides the early suspicion; the epikris states the confirmed, told diagnosis")

# =========================================================================== L
# Long epikriser and transfer notes (about 300 words, several sections,
# telegraphic status lines) with one sentence that breaks the routine, or none.

C("long-kir-epikris-kolon-en-dold-hedge-binjure", "skane", ("1954-01-22", "319"),
  [N("n1", M, "Epikris", "S_KIR_MALMO", ("Maria Olofsson", L), "2024-02-29T15:10", 55, SV, [
      ("Inkomstorsak", "70-årig man som remitterades från vårdcentralen med järnbristanemi och positivt F-Hb, inlagd akut pga subileus."),
      ("Tidigare sjukdomar", "Hypertoni sedan 2010. Typ 2-diabetes på metformin. Adenomatös polyp bortopererad vid koloskopi 2017, benign enligt PAD."),
      ("Hereditet", "Fadern fick koloncancer vid 75 års ålder. Två syskon friska."),
      ("Status vid ankomst", "AT: opåverkad, lätt blek. Cor: RR, inga blåsljud. Pulm: vesikulärt bilat. Buk: spänd, diffust öm, livliga tarmljud. Hb 94, CRP 12, krea 88."),
      ("Vårdförlopp", "Nasogastrisk sond och vätska; passagen återkom på tredje dygnet. Koloskopi dag 4 visade en cirkulär tumör i colon transversum som inte kunde passeras, biopsier tagna. Högersidig utvidgad hemikolektomi utfördes 19/2 med primär anastomos. Postoperativt förlopp utan komplikationer; mobiliserades dag 1 och åt normalkost dag 3."),
      ("Utredning", "PAD: adenocarcinom pT3N1a, 1 av 22 lymfkörtlar med metastas, radikalt opererat. DT thorax utan lungmetastaser. Levern utan fokala förändringar. Höger binjure har en 11 mm förändring där binjuremetastas ej kan uteslutas, kompletterande MR binjurar är beställd."),
      ("Diagnoser", "Koloncancer C18.4. Järnbristanemi D50.0. Hypertoni I10. Typ 2-diabetes E11.9."),
      ("Läkemedelsförändringar", "Fragmin 5000 E x 1 i 28 dagar postoperativt. Järn intravenöst gavs dag 6. Metformin återinsatt."),
      ("Information", "Pat och hans sambo fick information om PAD-svaret, om den genomförda operationen och om att onkologen tar ställning till adjuvant cytostatika."),
      ("Uppföljning", "Kolorektalsköterska ringer om en vecka. Återbesök hos kirurg om sex veckor. Remiss till onkologen skickad."),
      ("Social anamnes", "Bor med sambo i radhus i Staffanstorp. Pensionerad busschaufför. Tidigare rökare, slutade 1995. Alkohol måttligt, ett par glas vin i veckan. Klarar sig helt själv i ADL och kör bil."),
      ("Läkemedel vid ankomst", "Metformin 1 g x 2, amlodipin 5 mg x 1, enalapril 10 mg x 1, atorvastatin 20 mg x 1. Inga kända läkemedelsallergier."),
      ("Omvårdnad", "Stomi behövdes inte. Operationssåret läkt per primam vid hemgång, agrafferna tas på vårdcentralen dag 12. Blodsockret var högt de första postoperativa dygnen och sjönk när metforminet återinsattes; ingen insulin vid hemgång."),
      ("Status vid utskrivning", "AT: gott. Afebril. Buk: mjuk, lätt ömhet kring såret, normala tarmljud. Hb 108, CRP 38 och sjunkande, krea 79."),
  ])],
  must=[("NL102", "n1")],
  must_not=[("NL101", "n1")],
  why="long epikris, all settled except one buried 'binjuremetastas ej kan uteslutas'")

C("vgr-long-epikris-ren-negationer-och-hereditet", "vgr", ("1962-05-11", "344"),
  [N("n1", M, "Epikris", "V_SU_GYN", ("Sofia Hägg", L), "2024-03-26T14:35", 50, SV, [
      ("Inkomstorsak", "62-årig kvinna inlagd för planerad laparoskopisk hysterektomi med bilateral salpingooforektomi och sentinel node-biopsi för endometriecancer, diagnostiserad efter postmenopausal blödning i januari."),
      ("Tidigare sjukdomar", "Hypotyreos på Levaxin. Djup ventrostrombos i vänster ben 2015 efter ortopedisk operation, behandlad i sex månader."),
      ("Hereditet", "Modern opererades för bröstcancer vid 70 års ålder och lever. En kusin hade misstänkt Lynchsyndrom men genetisk utredning blev aldrig klar."),
      ("Preoperativ utredning", "MR bäcken: tumören begränsad till corpus, invasion under halva myometriet. DT thorax-buk utan tecken på spridning. CA-125 normalt."),
      ("Operation", "Laparoskopisk hysterektomi, bilateral salpingooforektomi och sentinel node-biopsi bilateralt 18/3. Blödning 100 ml. Inga komplikationer."),
      ("Vårdförlopp", "Mobiliserad samma kväll. Smärtlindring med paracetamol och vid behov oxikodon, som hon använde två gånger. Fragmin som trombosprofylax i fyra veckor med tanke på den tidigare trombosen. Urinerar och har avföring normalt."),
      ("PAD", "Endometrioid adenocarcinom grad 1, FIGO IA. Sentinel node bilateralt utan metastaser. Inga tecken på lymfovaskulär invasion. Mismatch repair-proteiner uttrycks normalt, alltså inget som talar för Lynchsyndrom hos patienten."),
      ("Diagnoser", "Endometriecancer C54.1, stadium IA. Hypotyreos E03.9."),
      ("Information", "Pat har fått PAD-besked av operatören inför hemgång: ingen tilläggsbehandling behövs och hon följs enligt vårdprogrammet."),
      ("Uppföljning", "Sjukskriven fyra veckor. Kontroll på gynmottagningen om tre månader. Remiss till cancergenetisk mottagning för rådgivning med tanke på släktens historia."),
      ("Socialt", "Gift, bor i villa i Mölnlycke. Arbetar som lärare på högstadiet. Röker inte. Promenerar dagligen."),
      ("Läkemedel vid utskrivning", "Levaxin 100 mikrogram x 1 oförändrat. Fragmin 5000 E x 1 till och med 15/4. Paracetamol 1 g vid behov, högst fyra gånger per dygn. Oxikodon utsatt."),
      ("Status vid utskrivning", "AT: gott. Afebril. Buk: mjuk, porthålen fina utan rodnad. Inga vadömheter. Hb 121."),
      ("Omvårdnad", "Kateter avvecklad på operationsdagens kväll, kissar utan residualurin. Har fått skriftlig information om bäckenbottenträning, lyftrestriktioner i fyra veckor och om att höra av sig vid feber eller ökande blödning."),
      ("Anamnes", "Menopaus vid 52 års ålder. Sparsam blödning i december och januari, vaginalt ultraljud visade endometrium 14 mm och px på gynmottagningen gav diagnosen. Inga tidigare gynekologiska operationer. Två förlossningar, båda vaginala."),
  ])],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="long epikris with only negations, normal results and a hedged cousin's diagnosis (family history)")

C("long-pall-epikris-spridning-ej-informerad", "skane", ("1946-11-08", "297"),
  [N("n1", M, "Epikris", "S_PALL_HLM", ("Johanna Ek", L), "2024-04-26T16:20", 40, SV, [
      ("Inkomstorsak", "78-årig man med prostatacancer sedan 2019, under behandling med enzalutamid, inlagd från hemmet pga tilltagande ryggsmärta, förstoppning och minskat intag de senaste två veckorna."),
      ("Socialt", "Bor med hustrun i villa i Hästveda. Två vuxna döttrar, den ena bor i Lund. Tidigare lantbrukare."),
      ("Status vid ankomst", "AT: trött, smärtpåverkad. Cor: oregelbunden rytm, frekvens 88. Pulm: nedsatta andningsljud basalt vänster. Buk: mjuk, dämpning i flankerna. Neuro: ingen pares, normal sensibilitet i benen. Kalcium 2,9."),
      ("Vårdförlopp", "Rehydrerad och fick zoledronsyra, varefter kalcium normaliserades. Smärtan behandlades först med oxikodon peroralt och sedan med subkutan pump, vilket gav god effekt. Laxantia efter schema och lavemang vid två tillfällen. MR rygg för att utesluta hotande medullakompression visade utbredda skelettmetastaser i bröst- och ländrygg men ingen kompression. Leverpåverkan ledde till DT buk, som visade multipla levermetastaser."),
      ("Diagnoser", "Prostatacancer med skelett- och levermetastaser C61.9. Hyperkalcemi E83.5. Obstipation K59.0."),
      ("Läkemedel", "Subkutan morfinpump 30 mg per dygn, extradoser vid behov. Movicol 2 x 2. Enzalutamid fortsätter tills vidare."),
      ("Information", "Pat har förstått att skelettmetastaserna ger smärtan. Han är däremot ännu inte informerad om levermetastaserna; hustrun bad att beskedet ska vänta tills båda döttrarna kan vara med, vilket planeras nästa vecka."),
      ("Uppföljning", "ASIH Hässleholm tar över från utskrivningsdagen och har fått muntlig rapport. Brytpunktssamtal med läkare från ASIH tillsammans med familjen bokas."),
      ("Omvårdnad", "Trycksårsrisk enligt Norton, luftmadrass beställd till hemmet. Äter små portioner och dricker näringsdryck två gånger dagligen. Sömnen är bättre sedan smärtlindringen fungerar. Munvård morgon och kväll."),
      ("Hjälpmedel", "Rullstol, toalettstol och vårdsäng levereras till hemmet före utskrivningsdagen enligt arbetsterapeuten."),
      ("Status vid utskrivning", "AT: trött men smärtlindrad, VAS 2 i vila. Buk: mjuk, avföring senast i går. Kalcium 2,4. Sitter uppe i stol två timmar åt gången."),
      ("Anamnes", "Diagnostiserad 2019 med PSA 42, strålbehandlad och hormonbehandlad. Kastrationsresistent sedan 2023, därefter docetaxel i sex kurer och nu enzalutamid sedan i höstas. Senaste PSA i mars var 310 jämfört med 95 i december. Hustrun berättar att han har ätit allt mindre och legat mest i sängen sedan påsk."),
  ])],
  must=[("NL101", "n1")],
  why="long palliative epikris: one metastatic site told, the other visible and explicitly not told")

C("vgr-long-overflytt-septisk-trol-kolangit", "vgr", ("1941-05-03", "213"),
  [N("n1", M, "Överflyttningsanteckning", "V_NAL_IVA", ("Mikael Strand", L), "2024-07-05T09:15", None, SV, [
      ("Överflyttning", "Överflyttas från IVA till kirurgavdelning 42 efter tre dygns intensivvård."),
      ("Bakgrund", "83-årig kvinna med pankreascancer i caput, diagnostiserad i mars och bedömd inoperabel. Bor med maken, hemtjänst två gånger dagligen. Metallstent i gallvägarna sedan april."),
      ("Förlopp på IVA", "Inkom från akuten med frossa, feber 39,8, BT 75/40 och laktat 4,8. Vätska 3 liter och noradrenalin, som kunde trappas ut efter 40 timmar. Bilirubin steg från 35 till 118. Blododlingar växer E. coli. Ultraljud visar vidgade gallvägar intrahepatiskt."),
      ("Bedömning", "Trol. kolangit på grund av stentocklusion. Gastroenterologen planerar ERCP med stentbyte i morgon förmiddag om koagulationen tillåter."),
      ("Status vid överflyttning", "AT: trött men vaken och orienterad. Andning: 2 l syrgas, saturation 95 %. Cirk: BT 118/64, puls 92, sinusrytm. Diures: KAD, 60 ml per timme senaste dygnet. Temp: 37,6."),
      ("Läkemedel", "Piperacillin/tazobaktam 4 g x 4, fortsätts till odlingssvar. Fragmin 5000 E x 1. Ordinarie amlodipin pausas tills blodtrycket är stabilt."),
      ("Att göra på avdelningen", "Fasta från midnatt inför ERCP. PK och trombocyter i morgon bitti. Följ bilirubin och CRP dagligen. Vätskelista."),
      ("Närstående", "Maken är underrättad per telefon om överflyttningen och kommer på eftermiddagen."),
      ("Tidigare sjukdomar", "Typ 2-diabetes på kost. Hypertoni. Kataraktopererad bilateralt 2019."),
      ("Omvårdnad", "Huden hel, vänds var tredje timme. Fasta inför ERCP, därefter flytande kost. CVK i höger vena jugularis interna sedan 3/7 och PVK i vänster arm. Mobiliserad till sittande på sängkanten med två personal. Blodsocker 6–9 utan behandling."),
      ("Allergier", "Penicillinallergi uppgiven i journalen men har fått piperacillin/tazobaktam utan reaktion; varningen bör ses över."),
      ("Närstående och vårdnivå", "Maken och dottern är informerade om läget. Pat vill ha full behandling på avdelningen men har efter samtal med IVA-läkaren och maken bestämt att hon inte vill återkomma till intensivvård; beslutet är dokumenterat i vårdplanen och återupplivning ska inte ske."),
      ("Provsvar vid överflyttning", "Hb 104, LPK 16,2, CRP 212, krea 98, bilirubin 118, ALP 8,1, PK 1,4, trombocyter 98. Laktat 1,6."),
      ("Kontakt", "Avdelningen kan ringa IVA-jouren på sökare 4411 vid försämring under natten."),
  ])],
  must=[("NL102", "n1")],
  why="long ICU transfer note: the working diagnosis (cholangitis) is still hedged (unsigned draft)")

C("long-hjart-epikris-avskrivna-hypoteser-ren", "skane", ("1966-06-24", "336"),
  [N("n1", M, "Epikris", "S_HJART_KRIST", ("Anna-Karin Roos", L), "2024-08-30T13:15", 45, SV, [
      ("Inkomstorsak", "58-årig man inkom med akut insättande bröstsmärta och andfåddhet efter en lång flygresa hem från Thailand."),
      ("Tidigare sjukdomar", "Hyperlipidemi på statin. Inga tidigare hjärtsjukdomar. Icke-rökare."),
      ("Status vid ankomst", "AT: smärtpåverkad. BT 148/90 bilateralt. Puls 104. Saturation 94 % på luft. Cor: RR, inga blåsljud. Pulm: normala andningsljud. Ben: inga ödem, vaderna mjuka."),
      ("Vårdförlopp", "Tre tänkbara orsaker fanns vid ankomsten: lungemboli, akut koronart syndrom och aortadissektion. DT aorta och lungartärer visade varken dissektion eller embolier. Troponin T var 9 och sedan 11, och ekg var normalt vid upprepade tillfällen. Ett infiltrat i höger mellanlob och CRP 96 gav förklaringen. Pneumokockantigen i urinen var positivt."),
      ("Behandling", "Bensylpenicillin intravenöst i två dygn, därefter Kåvepenin till sammanlagt sju dagars behandling. Smärtan avtog under första dygnet. Saturationen normaliserades."),
      ("Diagnoser", "Pneumokockpneumoni J13. Lungemboli, hjärtinfarkt och aortadissektion uteslutna."),
      ("Information", "Pat informerad om att hjärtat och blodkärlen var normala och att pneumonin förklarade besvären. Han har inga frågor."),
      ("Uppföljning", "Ingen kontroll-DT behövs. Återbesök på vårdcentralen vid utebliven förbättring. Sjukskriven en vecka."),
      ("Läkemedel vid utskrivning", "Atorvastatin 40 mg x 1 oförändrat. Kåvepenin 1 g x 3 till och med 5/9. Paracetamol vid behov."),
      ("Socialt", "Gift, två vuxna barn. Arbetar som ingenjör och reser mycket i tjänsten. Motionerar regelbundet med cykel."),
      ("Status vid utskrivning", "AT: opåverkad. Saturation 97 % på luft. Afebril sedan ett dygn. CRP 41."),
      ("Anamnes", "Pat landade på Landvetter dagen före inläggningen efter en flygresa på elva timmar. Under natten vaknade han av hugg i bröstet vid djupa andetag och hade frossa. Ingen hosta före resan. Inga kända trombosriskfaktorer utöver resan."),
  ])],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="long epikris: three admission hypotheses, all explicitly excluded, one settled diagnosis")

C("vgr-long-onk-spridning-informerad-planer-osakra", "vgr", ("1959-02-07", "388"),
  [N("n1", M, "Epikris", "V_SU_ONK", ("Anders Nordin", L), "2024-09-13T11:40", 35, SV, [
      ("Inkomstorsak", "65-årig kvinna med bröstcancer, opererad och strålbehandlad 2020, inlagd från onkologmottagningen pga illamående, huvudvärk och ostadighet sedan tio dagar."),
      ("Status vid ankomst", "AT: trött, opåverkad. Neuro: lätt ataxi vid knä-häl-försök vänster, i övrigt utan anmärkning. Cor och pulm: u.a."),
      ("Utredning", "MR hjärna visade tre hjärnmetastaser, den största 22 mm i vänster cerebellarhemisfär med ödem. DT thorax-buk visade dessutom levermetastaser. Biopsi från levern bekräftar metastas av den kända bröstcancern, nu HER2-positiv."),
      ("Vårdförlopp", "Betapred 8 mg x 2 gav snabb lindring av huvudvärken. Ostadigheten minskade. Stereotaktisk strålbehandling mot de tre hjärnmetastaserna gavs i tre fraktioner under vårdtiden utan biverkningar."),
      ("Diagnoser", "Bröstcancer med hjärn- och levermetastaser C50.9, C79.3, C78.7."),
      ("Läkemedel", "Betapred trappas ner enligt schema. Omeprazol under kortisonbehandlingen. Ny anti-HER2-behandling startas på mottagningen."),
      ("Information", "Pat och hennes man har fått besked om hjärn- och levermetastaserna och om att behandlingen inte längre syftar till bot. Hon vill fortsätta arbeta deltid så länge det går."),
      ("Planering", "Ev. ytterligare en kur innan jul beroende på blodvärdena. Troligen ny MR hjärna om tre månader. Möjligen kan nästa besök göras som videobesök. Bilkörning är inte tillåten tills vidare."),
      ("Socialt", "Bor med maken i lägenhet i Majorna. Arbetar som receptionist. Två vuxna söner som bor i Göteborg."),
      ("Status vid utskrivning", "AT: gott. Neuro: ataxin har gått tillbaka, går säkert utan stöd. Blodsocker under kortisonbehandlingen 8–11, ingen behandling behövs."),
      ("Omvårdnad", "Kontaktsjuksköterskan har gått igenom kortisonschemat med pat och gett skriftlig information om biverkningar. Pat har telefonnummer till avdelningen dygnet runt de första två veckorna."),
      ("Anamnes", "Ursprunglig tumör i vänster bröst 2020, 24 mm, östrogenreceptorpositiv och HER2-negativ, med en lymfkörtelmetastas i axillen. Sektorresektion, axillutrymning, strålbehandling och fem års planerad endokrin behandling med letrozol. Årliga mammografier har varit utan anmärkning. Huvudvärken började för två veckor sedan och var värst på morgonen med illamående."),
      ("Tidigare sjukdomar", "Astma i barndomen, inga besvär som vuxen. Gallstensoperation 2011. Inga kända allergier."),
      ("Närstående", "Maken var med vid alla läkarsamtal och är ett gott stöd för henne."),
  ])],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="long epikris: metastases confirmed and told; the hedges are about plans, not diagnoses")

C("long-geri-epikris-flera-dx-ev-lewy", "skane", ("1937-10-20", "207"),
  [N("n1", M, "Epikris", "S_GERI_MALMO", ("Birgitta Holm", L), "2024-10-08T14:25", 60, SV, [
      ("Inkomstorsak", "87-årig man inlagd via akuten efter upprepade fall i hemmet och tilltagande förvirring den senaste månaden."),
      ("Socialt", "Bor med hustrun i lägenhet med hiss. Hemtjänst för dusch en gång i veckan. Går med rollator inomhus."),
      ("Tidigare sjukdomar", "Parkinsonism sedan 2021 på Madopark. Förmaksflimmer på Eliquis. Hjärtsvikt med bevarad EF. Operation för höftfraktur 2022."),
      ("Status", "AT: blek, långsam. MMSE 19/30. Stel i armarna, lätt tremor. Ortostatiskt blodtrycksfall 38 mmHg efter tre minuter."),
      ("Vårdförlopp", "Ortostatismen förklarar sannolikt flera av fallen, och Furix dosreducerades. Urinodling negativ. DT hjärna visar måttlig central atrofi utan blödning. Under vårdtiden synhallucinationer nattetid och tydligt fluktuerande vakenhet, vilket hustrun känner igen från hemmet."),
      ("Bedömning", "Ev. Lewy body-demens, vilket skulle förklara både parkinsonismen, hallucinationerna och fluktuationerna. Minnesmottagningen utreder vidare. Haloperidol ska undvikas."),
      ("Diagnoser", "Ortostatisk blodtrycksreaktion I95.1. Upprepade fall R29.6. Parkinsonism G21.9. Förmaksflimmer I48.9."),
      ("Läkemedelsförändringar", "Furix sänkt från 40 till 20 mg. Zopiklon utsatt. Madopark oförändrat."),
      ("Uppföljning", "Fysioterapeut i hemmet via kommunen. Remiss till minnesmottagningen. Nytt blodtryck på vårdcentralen om två veckor."),
      ("Status vid utskrivning", "AT: piggare. Ortostatiskt blodtrycksfall 12 mmHg. Går med rollator och tillsyn. Natrium 138, krea 104."),
      ("Information", "Pat och hustrun informerade om blodtrycksfallen och om läkemedelsändringarna."),
  ])],
  must=[("NL102", "n1")],
  why="long geriatric epikris: most diagnoses settled, 'Ev. Lewy body-demens' open")

C("vgr-long-lung-epikris-th-sokord-dolt", "vgr", ("1955-08-02", "287"),
  [N("n1", M, "Epikris", "V_SU_LUNG", ("Petra Karlsson", L), "2024-11-28T15:55", 45, SV, [
      ("Inkomstorsak", "69-årig man, tidigare storrökare, inlagd pga KOL-exacerbation med koldioxidretention."),
      ("Tidigare sjukdomar", "KOL GOLD 3 sedan 2018. Hypertoni. Tidigare alkoholöverkonsumtion, nykter sedan tio år."),
      ("Status vid ankomst", "AT: påverkad, takypné 28. Saturation 84 % på luft. Pulm: förlängt expirium, ronki bilateralt. pH 7,29, pCO2 8,4."),
      ("Vårdförlopp", "NIV under två dygn med snabb förbättring av blodgaserna. Betapred i fem dagar och doxycyklin i sju. Mobiliserad med fysioterapeut. Vid utskrivning saturation 91 % på 1 l syrgas, vilket motsvarar tidigare nivå."),
      ("Tidiga hypoteser", "DT thorax som gjordes för att utesluta lungemboli visade ingen emboli men en 19 mm spikulerad förändring i vänster överlob. Misstänkt lungcancer. Pat är inte informerad om fyndet än; han var för trött och förvirrad under de första dagarna. Fyndet tas upp på lungkonferensen nästa vecka innan samtal med pat."),
      ("Diagnoser", "KOL med akut exacerbation J44.1. Hyperkapnisk respirationssvikt J96.0."),
      ("Läkemedel", "Syrgas i hemmet 1 l per minut 16 timmar per dygn. Trimbow oförändrat."),
      ("Uppföljning", "Återbesök på lungmottagningen om två veckor. Syrgassköterska gör hembesök."),
      ("Socialt", "Bor ensam i lägenhet med hiss i Kortedala. Hemtjänst för städning. Sonen bor nära och handlar."),
      ("Omvårdnad", "Inhalationsteknik kontrollerad av sjuksköterska, fungerar med spacer. Pat har inte rökt sedan 2021 och vill fortsätta vara rökfri."),
  ])],
  must_not=[("NL102", "n1"), ("NL101", "n1"), ("NL104", "n1")],
  why="long VGR epikris: the suspected cancer and the not-informed remark stay under the sökord Tidiga hypoteser")

C("long-pmo-vc-efter-utskrivning-hedgar", "skane", ("1949-03-31", "251"),
  [N("n1", P, "Besöksanteckning", "P_VC_ESLOV", ("Mats Lindell", L), "2024-05-06T14:10", 35, PV, [
      ("Kontaktorsak", "Uppföljning på vårdcentralen efter vårdtillfälle på medicinkliniken i Lund 19/4–29/4."),
      ("Sammanfattning av epikrisen", "Inlagd pga andfåddhet och bensvullnad. Hjärtsvikt med nedsatt EF, 35 %, nydiagnostiserad. Under vårdtiden noterades även ett förhöjt kalcium och en M-komponent, trol. MGUS, DD myelom. Hematologen har tagit över den utredningen."),
      ("Aktuellt", "Pat mår bättre, andas lättare och sover med en kudde. Vikten har gått ner 3 kg sedan utskrivningen. Ingen bröstsmärta. Han har frågat om M-komponenten och fått förklarat att hematologen utreder."),
      ("Status", "AT: opåverkad. Cor: RR, inga blåsljud. Pulm: fina basala rassel höger. Ben: lätta ödem i fotlederna. BT 128/76, puls 72. Vikt 84 kg."),
      ("Provsvar", "Krea 112, kalium 4,6, NT-proBNP 1900 (4800 vid utskrivning)."),
      ("Bedömning", "Hjärtsvikten förbättras på insatt behandling. Njurfunktion och kalium tål fortsatt upptitrering. Ev. kan Furix minskas vid nästa kontroll."),
      ("Åtgärd", "Entresto höjs till 49/51 mg x 2. Ny kontroll med krea och kalium om två veckor hos sjuksköterska, läkarbesök om en månad. Remiss till hjärtsviktsskolan."),
      ("Uppföljning", "Hematologens kallelse avvaktas; pat hör av sig om den inte kommit inom tre veckor."),
      ("Läkemedel", "Entresto, bisoprolol 5 mg x 1, Jardiance 10 mg x 1, Furix 40 mg x 1, Eliquis 5 mg x 2."),
      ("Socialt", "Bor med hustrun i villa och klarar sig själv; hustrun hjälper med dosetten."),
  ])],
  must_not=[("NL102", "n1")],
  why="long PMO note quoting hedged diagnoses from the epikris; PMO diagnoses are never shown")

C("vgr-long-barn-epikris-dd-ibd", "vgr", ("2014-06-27", "640"),
  [N("n1", M, "Epikris", "V_DSBUS", ("Amira Haddad", L), "2024-02-15T13:45", 40, SV, [
      ("Inkomstorsak", "9-årig flicka inlagd pga buksmärta, blodig diarré sex gånger per dygn och viktnedgång på 3 kg sedan jul."),
      ("Tidigare", "Frisk. Vaccinerad enligt programmet. Inga kända allergier."),
      ("Hereditet", "Pappan har psoriasis. Ingen i släkten med känd tarmsjukdom."),
      ("Status vid ankomst", "AT: blek, trött men opåverkad. Vikt 27 kg, längd 134 cm. Buk: mjuk, ömmar i vänster fossa. Perianalt: en liten fissur, inga fistlar."),
      ("Provsvar", "Hb 98, CRP 34, albumin 31, F-kalprotektin över 1800. Feces-odlingar och C. difficile negativa."),
      ("Vårdförlopp", "Fick vätska intravenöst, järn peroralt och paracetamol. Koloskopi och gastroskopi i narkos dag 3 visade kontinuerlig inflammation från rektum upp till mitten av colon transversum. Biopsier tagna från alla segment. Tunntarmen på MR utan anmärkning."),
      ("Bedömning", "Trolig ulcerös kolit, DD Crohns kolit, i väntan på PAD. Prednisolon 40 mg insatt i väntan på svar, med god effekt; avföringarna har minskat till tre per dygn utan blod."),
      ("Läkemedel", "Prednisolon 40 mg x 1 med nedtrappning enligt schema. Omeprazol. Kalk och D-vitamin."),
      ("Uppföljning", "Barngastromottagningen om en vecka med PAD-svar. Skolsköterskan informeras av föräldrarna om toalettbehov."),
      ("Omvårdnad", "Åt bra de sista dagarna. Mamma eller pappa var med dygnet runt. Föräldrarna informerar själva skolan om frånvaron."),
      ("Status vid utskrivning", "AT: gott. Buk: mjuk, ingen ömhet. Vikt 27,4 kg. Hb 104, CRP 8."),
  ])],
  must=[("NL102", "n1")],
  why="long pediatric epikris read by guardians; 'Trolig ulcerös kolit, DD Crohns kolit'")

C("long-kir-pankreas-typo-levermetatser", "skane", ("1952-09-09", "376"),
  [N("n1", M, "Epikris", "S_KIR_HBG", ("Jenny Ohlsson", L), "2024-06-20T16:30", 30, SV, [
      ("Inkomstorsak", "72-årig kvinna remitterad från vårdcentralen pga ikterus, klåda, mörk urin och ljus avföring sedan tre veckor. Viktnedgång 6 kg."),
      ("Tidigare sjukdomar", "Glaukom. Artros i båda knäna. Inga operationer i buken."),
      ("Status", "AT: ikterisk, opåverkad. Buk: mjuk, palpabel gallblåsa under höger arcus, ingen ömhet. Lgl: inga förstorade körtlar. Bilirubin 186, ALP 9,8, CA 19-9 420."),
      ("Vårdförlopp", "DT pankreasprotokoll visade en 3 cm tumör i pankreashuvudet med kontakt med vena mesenterica superior men fritt till artärerna. ERCP med plaststent och borstcytologi dag 3; bilirubin sjönk till 64 vid utskrivningen. Cytologin visar adenocarcinom. Klådan har släppt."),
      ("Utredning", "Misstänkta levermetatser, två små lesioner i höger lob som inte kan karaktäriseras på DT. MR lever bokad till nästa vecka och avgör om det blir kirurgi."),
      ("Diagnoser", "Pankreascancer C25.0. Ikterus på grund av gallvägsobstruktion K83.1."),
      ("Läkemedel", "Creon till måltider. Ursofalk utsatt. Paracetamol vid behov."),
      ("Uppföljning", "Pat är anmäld till HPB-konferensen efter MR. Kontaktsjuksköterska har ringt upp pat efter hemkomsten. Pat vet att tumören är elakartad och att leverundersökningen återstår."),
      ("Socialt", "Änka, bor ensam i lägenhet i Höganäs. Dottern bor i samma stad. Klarar sig själv."),
      ("Status vid utskrivning", "AT: mindre ikterisk. Buk: mjuk. Äter normal kost, inga feberepisoder efter ERCP."),
  ])],
  must=[("NL102", "n1")],
  must_not=[("NL101", "n1")],
  why="typo 'Misstänkta levermetatser' in a long epikris; the confirmed cancer has been told")

C("vgr-long-hem-aterfall-informerad", "vgr", ("1964-12-05", "395"),
  [N("n1", M, "Epikris", "V_SU_HEM", ("Rasmus Blom", L), "2024-11-15T12:05", 50, SV, [
      ("Inkomstorsak", "60-årig man med diffust storcelligt B-cellslymfom, i komplett remission efter R-CHOP 2022, inlagd pga feber, nattsvettningar och nya knölar i vänster armhåla."),
      ("Status vid ankomst", "AT: trött. Temp 38,9. Lgl: 3 x 4 cm stor, fast körtel i vänster axill, flera mindre på halsen. Buk: mjältspets palpabel. Cor, pulm: u.a."),
      ("Utredning", "PET-DT visade upptag i körtlar ovan och nedom diafragma samt i mjälten. Mellannålsbiopsi från axillen bekräftar återfall av det storcelliga B-cellslymfomet. Benmärgen utan lymfominfiltration."),
      ("Vårdförlopp", "Feberfri efter tre dygn på piperacillin/tazobaktam; odlingarna var negativa och febern bedöms vara B-symtom. Första kuren salvagebehandling enligt R-GDP gavs 12/11 utan komplikationer. Allopurinol som profylax mot tumörlys."),
      ("Diagnoser", "Återfall av diffust storcelligt B-cellslymfom C83.3, stadium IIIB."),
      ("Information", "Pat och hans fru informerades om återfallet dagen efter biopsisvaret. Vi har också pratat om planen med två kurer och därefter ställningstagande till CAR-T-behandling. Pat förstår allvaret och vill gå vidare med behandlingen."),
      ("Uppföljning", "Blodprover två gånger i veckan på mottagningen. Nästa kur om tre veckor. Kontaktsjuksköterska Lena nås på direktnummer dagtid."),
      ("Socialt", "Gift, två tonårsbarn. Arbetar som elektriker och är sjukskriven på heltid under behandlingen."),
      ("Läkemedel vid utskrivning", "Allopurinol 300 mg x 1 i tio dagar. Bactrim forte 1 x 1 måndag, onsdag och fredag. Valaciklovir 500 mg x 2. Primperan vid behov."),
      ("Status vid utskrivning", "AT: piggare, afebril. Axillkörteln mindre och mjukare. Hb 112, LPK 3,1, TPK 142."),
      ("Anamnes", "Diagnos 2022 efter knölar på halsen och i ljumsken, stadium IIA. Sex kurer R-CHOP och PET-DT efter behandlingen visade komplett metabol remission. Kontroller på mottagningen har varit utan anmärkning fram till i höstas, då han märkte knölen i armhålan och började svettas nattetid."),
  ])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="long epikris: biopsy-confirmed relapse ('återfall') told to patient and spouse")

# =========================================================================== X
# A few more wordings: compounds, a hedged and untold recurrence, near misses of
# 'ovetande' and of relatives who could not be reached.

C("vgr-lung-misstankt-recidiv-och-ej-informerad", "vgr", ("1951-10-28", "412"),
  [N("n1", M, "Epikris", "V_SU_LUNG", ("Magnus Öberg", L), "2024-10-23T14:10", 30, SV, [
      ("Inkomstorsak", "Pneumoni hos man som lobektomerades för skivepitelcancer 2022."),
      ("Vårdförlopp", "Bensylpenicillin med god effekt. DT thorax visar ny mjukdelsförtätning i mediastinum."),
      ("Bedömning", "Misstänkt recidiv i mediastinum. Pat ej informerad om misstanken, fyndet tas först upp på lungkonferensen."),
  ])],
  must=[("NL102", "n1"), ("NL101", "n1")],
  why="a hedged recurrence written visibly together with the statement that the patient has not been told")

C("kir-brost-recidivmisstanke-i-arret", "skane", ("1968-02-12", "408"),
  [N("n1", M, "Epikris", "S_KIR_KRIST", ("Peter Hammar", L), "2024-05-30T11:25", 35, SV, [
      ("Inkomstorsak", "Abscess i bröstkorgsväggen vänster, incision och dränage."),
      ("Vårdförlopp", "Kloxacillin i fem dagar, såret läker. Vid suturtagning en fast resistens i mastektomiärret."),
      ("Bedömning", "Recidivmisstanke i ärret; ultraljudsledd mellannålsbiopsi tagen innan hemgång."),
  ])],
  must=[("NL102", "n1")],
  why="compound 'Recidivmisstanke' carries the hedge")

C("vgr-ingen-recidivmisstanke-klinisk-kontroll", "vgr", ("1957-06-07", "320"),
  [N("n1", M, "Epikris", "V_SAS_KIR", ("Nora Ahlström", L), "2024-04-19T10:40", 25, SV, [
      ("Inkomstorsak", "Inklämt ljumskbråck höger, opererat akut med nät."),
      ("Övrigt", "Bröstcanceropererad 2018. Bröst och axiller undersöktes under vårdtiden: ingen recidivmisstanke."),
      ("Hemgång", "Dag 1, smärtlindrad med paracetamol."),
  ])],
  must_not=[("NL102", "n1")],
  why="negated compound 'ingen recidivmisstanke'")

C("nkir-informerad-anhoriga-ej-nabara", "skane", ("1963-11-25", "279"),
  [N("n1", M, "Epikris", "S_NKIR_LUND", ("Erik Holmberg", L), "2024-07-16T15:45", 40, SV, [
      ("Diagnos", "Hjärnmetastas i höger temporallob från lungcancer, extirperad 9/7."),
      ("Information", "Pat informerad om PAD och om fortsatt strålbehandling. Anhöriga ej nåbara under vårdtiden; pat vill själv ringa sonen."),
  ])],
  must_not=[("NL101", "n1")],
  why="relatives not reached, the patient himself informed")

C("vgr-geri-ovetande-om-bostadsanpassning", "vgr", ("1936-04-09", "261"),
  [N("n1", M, "Arbetsterapeutanteckning", "V_ALING_GERI", ("Tove Nyström", AT), "2024-09-18T13:20", 15, SV, [
      ("Utskrivningsplanering", "Pat var ovetande om att bostadsanpassningen med borttagna trösklar beviljats; informerad idag."),
      ("Hjälpmedel", "Rollator och duschstol finns hemma. Hemtjänsten hjälper med strumpor."),
  ])],
  must_not=[("NL101", "n1")],
  why="'ovetande om' a housing adaptation, not a diagnosis")


# =========================================================================== build + validation

CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
KNOWN_CODES = {"NL101", "NL102", "NL103", "NL104", "NL105", "NL201", "NL202", "NL203", "NL204",
               "NL205", "NL206"}
PNR_RE = re.compile(r"^(\d{8})-(\d{4})$")
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+")


def _in_2024(s):
    try:
        return _dt.datetime.fromisoformat(s).year == 2024
    except ValueError:
        return False


def _age(birth, when):
    b = _dt.date.fromisoformat(birth)
    w = _dt.datetime.fromisoformat(when).date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errors = []
    names = set()
    sentences = {}
    for c in cases:
        name = c.get("case", "?")
        where = "case %r" % name
        if list(c.keys()) != CASE_KEYS:
            errors.append("%s: keys %s, expected %s" % (where, list(c.keys()), CASE_KEYS))
            continue
        if name in names:
            errors.append("%s: duplicate case name" % where)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            errors.append("%s: unknown ruleset %r" % (where, c["ruleset"]))
        if not isinstance(c["why"], str) or not c["why"].strip() or "\n" in c["why"]:
            errors.append("%s: why must be one non-empty line" % where)
        rec = c["record"]
        if set(rec.keys()) != RECORD_KEYS:
            errors.append("%s: record keys %s" % (where, sorted(rec.keys())))
            continue
        pat = rec["patient"]
        if set(pat.keys()) != PATIENT_KEYS:
            errors.append("%s: patient keys %s" % (where, sorted(pat.keys())))
        m = PNR_RE.match(pat.get("id", ""))
        if not m:
            errors.append("%s: personnummer %r not YYYYMMDD-NNNN" % (where, pat.get("id")))
        else:
            ymd, tail = m.groups()
            if ymd != pat["birth_date"].replace("-", ""):
                errors.append("%s: personnummer does not match birth_date" % where)
            if luhn_digit(ymd[2:] + tail[:3]) != tail[3]:
                errors.append("%s: personnummer fails Luhn" % where)
        try:
            _dt.date.fromisoformat(pat["birth_date"])
        except ValueError:
            errors.append("%s: bad birth_date" % where)
        if not _in_2024(rec["as_of"]):
            errors.append("%s: as_of not in 2024" % where)
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errors.append("%s: only notes are expected in this set" % where)
        note_ids = set()
        systems = {}
        for n in rec["notes"]:
            if set(n.keys()) != NOTE_KEYS:
                errors.append("%s: note keys %s" % (where, sorted(n.keys())))
                continue
            if n["id"] in note_ids:
                errors.append("%s: duplicate note id %s" % (where, n["id"]))
            note_ids.add(n["id"])
            systems[n["id"]] = n["system"]
            if n["system"] not in ("Melior", "PMO"):
                errors.append("%s: system %r" % (where, n["system"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errors.append("%s: VGR notes are Melior" % where)
            for k in ("time", "signed"):
                if n[k] is not None and not _in_2024(n[k]):
                    errors.append("%s: note %s %s not in 2024" % (where, n["id"], k))
            if n["signed"] is not None and n["signed"] < n["time"]:
                errors.append("%s: note %s signed before written" % (where, n["id"]))
            if n["time"] > rec["as_of"]:
                errors.append("%s: note %s after as_of" % (where, n["id"]))
            age = _age(pat["birth_date"], n["time"])
            if 13 <= age <= 15:
                errors.append("%s: patient aged %d (13-15 not used)" % (where, age))
            if not n["sections"]:
                errors.append("%s: note %s has no sections" % (where, n["id"]))
            for s in n["sections"]:
                if set(s.keys()) != {"keyword", "text"} or not s["text"].strip():
                    errors.append("%s: bad section in %s" % (where, n["id"]))
                    continue
                for line in s["text"].split("\n"):
                    for sent in SENT_SPLIT.split(line):
                        sent = sent.strip()
                        if len(sent) >= 25:
                            if sent in sentences and sentences[sent] != name:
                                errors.append("%s: sentence also in %r: %r" % (where, sentences[sent], sent))
                            elif sent in sentences:
                                errors.append("%s: sentence repeated in the case: %r" % (where, sent))
                            sentences[sent] = name
        if not (c["must"] or c["must_not"]):
            errors.append("%s: no assertion" % where)
        seen = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if not (isinstance(item, list) and len(item) == 2):
                    errors.append("%s: bad %s entry %r" % (where, lst, item))
                    continue
                code, target = item
                if code not in KNOWN_CODES:
                    errors.append("%s: unknown code %s" % (where, code))
                if target not in note_ids:
                    errors.append("%s: target %s does not exist" % (where, target))
                    continue
                if (code, target) in seen:
                    errors.append("%s: %s on %s asserted twice" % (where, code, target))
                seen.add((code, target))
                if systems[target] == "PMO" and code == "NL101":
                    errors.append("%s: NL101 is never asserted on PMO notes" % where)
                if systems[target] == "PMO" and code == "NL102" and lst == "must":
                    errors.append("%s: NL102 must on a PMO note" % where)
    return errors


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, NAME + ".jsonl")
    errors = validate(CASES)
    n = len(CASES)
    if not 140 <= n <= 170:
        errors.append("case count %d outside 140-170" % n)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s); nothing written" % len(errors), file=sys.stderr)
        return 1
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    # re-read and validate what was written
    with open(out, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh if line.strip()]
    errors = validate(back)
    if errors or back != CASES:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("written file does not validate", file=sys.stderr)
        return 1
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts.setdefault(code, [0, 0])[0 if lst == "must" else 1] += 1
    print("%s: %d cases -> %s" % (NAME, n, out))
    for code in sorted(counts):
        print("  %s  must %3d  must_not %3d" % (code, counts[code][0], counts[code][1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
