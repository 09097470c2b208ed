#!/usr/bin/env python3
"""Independent gold cases for notelint NL101/NL102 (nl1be_dev_cases).

Theme: discharge summaries (epikriser), referral answers (remissvar),
consultation notes and multi-day inpatient notes. Suspicions raised earlier
are confirmed, ruled out or left open; differential diagnoses closed, partly
closed or open; results told or not yet told to the patient or relatives;
plans that mention diagnoses hypothetically.

Dependency-free, deterministic. `python3 build.py` writes nl1be_dev_cases.jsonl
beside this file and validates it; exit status 1 on any problem.
"""
import json
import os
import re
import sys
from datetime import datetime, timedelta, date

NAME = "nl1be_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

# --------------------------------------------------------------------------
# units: key -> (ruleset, system, name, hsa_id)
# --------------------------------------------------------------------------
SK = "SE2321000255-"
VG = "SE2321000131-"
UNITS = {
    # Skåne, Melior (hospital care)
    "sus_lund_onk": ("skane", "Melior", "Onkologiska kliniken, Skånes universitetssjukhus Lund", SK + "3F21"),
    "sus_malmo_med": ("skane", "Melior", "Medicinkliniken avd 3, Skånes universitetssjukhus Malmö", SK + "4M03"),
    "sus_lund_neuro": ("skane", "Melior", "Neurologiska kliniken, Skånes universitetssjukhus Lund", SK + "N712"),
    "sus_lund_neuromott": ("skane", "Melior", "Neurologimottagningen, Skånes universitetssjukhus Lund", SK + "N719"),
    "hbg_kir": ("skane", "Melior", "Kirurgiska kliniken, Helsingborgs lasarett", SK + "H204"),
    "hbg_med": ("skane", "Melior", "Medicinkliniken avd 52, Helsingborgs lasarett", SK + "H152"),
    "csk_ort": ("skane", "Melior", "Ortopedkliniken, Centralsjukhuset Kristianstad", SK + "K330"),
    "sus_malmo_ger": ("skane", "Melior", "Akutgeriatriken, Skånes universitetssjukhus Malmö", SK + "4G11"),
    "ystad_med": ("skane", "Melior", "Medicinavdelningen, Lasarettet i Ystad", SK + "Y081"),
    "sus_lund_barn": ("skane", "Melior", "Barn- och ungdomsmedicinska kliniken, Skånes universitetssjukhus Lund", SK + "B410"),
    "sus_lund_bup": ("skane", "Melior", "BUP-mottagningen Lund, Barn- och ungdomspsykiatri Skåne", SK + "B902"),
    "sus_malmo_inf": ("skane", "Melior", "Infektionskliniken, Skånes universitetssjukhus Malmö", SK + "4I07"),
    "sus_lund_gyn": ("skane", "Melior", "Kvinnokliniken, Skånes universitetssjukhus Lund", SK + "G233"),
    "psyk_malmo": ("skane", "Melior", "Allmänpsykiatrisk mottagning Malmö Söder, Psykiatri Skåne", SK + "P515"),
    "psyk_hbg_avd": ("skane", "Melior", "Psykiatriska avdelningen 91, Psykiatri Skåne Helsingborg", SK + "P291"),
    "landskrona_ger": ("skane", "Melior", "Geriatriska avdelningen, Lasarettet i Landskrona", SK + "L044"),
    "trelleborg_ort": ("skane", "Melior", "Ortopedmottagningen, Lasarettet Trelleborg", SK + "T120"),
    "sus_malmo_uro": ("skane", "Melior", "Urologiska kliniken, Skånes universitetssjukhus Malmö", SK + "4U16"),
    "sus_lund_bof": ("skane", "Melior", "Bild och funktion, Skånes universitetssjukhus Lund", SK + "R100"),
    "sus_lund_hem": ("skane", "Melior", "Hematologiska kliniken, Skånes universitetssjukhus Lund", SK + "3H30"),
    "angelholm_med": ("skane", "Melior", "Medicinkliniken, Ängelholms sjukhus", SK + "A061"),
    "sus_malmo_hjart": ("skane", "Melior", "Hjärtmottagningen, Skånes universitetssjukhus Malmö", SK + "4K22"),
    "sus_lund_lung": ("skane", "Melior", "VE Lungmedicin, Skånes universitetssjukhus Lund", SK + "L812"),
    "hassleholm_ort": ("skane", "Melior", "Ortopedkliniken, Hässleholms sjukhus", SK + "K512"),
    "sus_lund_pat": ("skane", "Melior", "Klinisk patologi, Labmedicin Skåne, Lund", SK + "P021"),
    "csk_kir": ("skane", "Melior", "Kirurgiska kliniken, Centralsjukhuset Kristianstad", SK + "K201"),
    "hbg_barn": ("skane", "Melior", "Barn- och ungdomsmedicin, Helsingborgs lasarett", SK + "H401"),
    "sus_malmo_orl": ("skane", "Melior", "Öron-, näs- och halssjukvård, Skånes universitetssjukhus Malmö", SK + "4O05"),
    # Skåne, PMO (primary care)
    "vc_eslov": ("skane", "PMO", "Vårdcentralen Eslöv", SK + "V311"),
    "vc_sofielund": ("skane", "PMO", "Vårdcentralen Sofielund, Malmö", SK + "V702"),
    "hsjv_hoor": ("skane", "PMO", "Hemsjukvården Höör, Primärvården Skåne", SK + "V918"),
    "bvc_lomma": ("skane", "PMO", "BVC Lomma", SK + "V455"),
    "vc_simrishamn": ("skane", "PMO", "Vårdcentralen Simrishamn", SK + "V623"),
    "vc_hassleholm": ("skane", "PMO", "Vårdcentralen Hässleholm Norra", SK + "V388"),
    # Västra Götaland, Melior
    "su_med": ("vgr", "Melior", "Medicinkliniken, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG + "7A14"),
    "su_barn": ("vgr", "Melior", "Drottning Silvias barn- och ungdomssjukhus, Sahlgrenska Universitetssjukhuset/Östra", VG + "7B02"),
    "su_molndal_ort": ("vgr", "Melior", "Ortopedkliniken, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "7O31"),
    "nu_kir": ("vgr", "Melior", "Kirurgkliniken, NU-sjukvården NÄL Trollhättan", VG + "5K10"),
    "nu_med": ("vgr", "Melior", "Medicinkliniken, NU-sjukvården Uddevalla sjukhus", VG + "5M21"),
    "sks_med": ("vgr", "Melior", "Medicinkliniken avd 14, Skaraborgs Sjukhus Skövde", VG + "3M14"),
    "sas_inf": ("vgr", "Melior", "Infektionskliniken, Södra Älvsborgs Sjukhus Borås", VG + "4I02"),
    "sas_gyn": ("vgr", "Melior", "Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", VG + "4G05"),
    "alingsas_ger": ("vgr", "Melior", "Geriatriska kliniken, Alingsås lasarett", VG + "6G01"),
    "kungalv_med": ("vgr", "Melior", "Medicinkliniken, Kungälvs sjukhus", VG + "8M03"),
    "su_onk": ("vgr", "Melior", "Jubileumskliniken, Sahlgrenska Universitetssjukhuset", VG + "7J20"),
    "su_neuro": ("vgr", "Melior", "Neurologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "7N08"),
    "su_psyk": ("vgr", "Melior", "Psykiatri Affektiva mottagningen, Sahlgrenska Universitetssjukhuset", VG + "7P40"),
    "nu_psyk": ("vgr", "Melior", "Psykiatriska öppenvårdsmottagningen, NU-sjukvården Uddevalla", VG + "5P12"),
    "frolunda_ger": ("vgr", "Melior", "Geriatriska mottagningen, Frölunda specialistsjukhus", VG + "9G04"),
    "angered_med": ("vgr", "Melior", "Medicinmottagningen, Angereds Närsjukhus", VG + "9A11"),
    "su_rtg": ("vgr", "Melior", "Röntgenkliniken, Sahlgrenska Universitetssjukhuset", VG + "7R01"),
    "sks_kir": ("vgr", "Melior", "Kirurgkliniken, Skaraborgs Sjukhus Lidköping", VG + "3K07"),
    "sas_ort": ("vgr", "Melior", "Ortopedkliniken, Södra Älvsborgs Sjukhus Borås", VG + "4O09"),
    "su_inf": ("vgr", "Melior", "Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", VG + "7I15"),
    "su_gyn": ("vgr", "Melior", "Gynekologiska mottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "7G06"),
    "nu_barn": ("vgr", "Melior", "Barn- och ungdomskliniken, NU-sjukvården NÄL", VG + "5B03"),
    "sks_neuro": ("vgr", "Melior", "Neurologiavdelningen, Skaraborgs Sjukhus Skövde", VG + "3N02"),
    "su_uro": ("vgr", "Melior", "Urologiska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "7U03"),
    "su_hjart": ("vgr", "Melior", "Kardiologiska kliniken, Sahlgrenska Universitetssjukhuset/Östra", VG + "7C09"),
    "sas_psyk_avd": ("vgr", "Melior", "Psykiatriska avdelning 60, Södra Älvsborgs Sjukhus Borås", VG + "4P60"),
    "nu_ort": ("vgr", "Melior", "Ortopedkliniken, NU-sjukvården Uddevalla sjukhus", VG + "5O04"),
}

CASES = []


def pnr(birth, serial):
    """Personnummer YYYYMMDD-NNNC with a Luhn check digit."""
    digits = birth.replace("-", "")[2:] + serial
    total = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    check = (10 - total % 10) % 10
    return birth.replace("-", "") + "-" + serial + str(check)


def iso(t):
    return t.replace(" ", "T") + ":00" if len(t) == 16 else t


def N(nid, unit, template, author, time, sections, signed=40, setting="slutenvård", refs=()):
    """A note. author = (name, role); signed = minutes after time, a time, or None (draft)."""
    t = iso(time)
    if signed is None:
        s = None
    elif isinstance(signed, int):
        s = (datetime.fromisoformat(t) + timedelta(minutes=signed)).isoformat()
    else:
        s = iso(signed)
    _, system, uname, hsa = UNITS[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": t, "signed": s, "setting": setting, "refs": list(refs),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }, unit


def C(name, birth, serial, notes, must, must_not, why, as_of=None):
    units = [u for _, u in notes]
    rulesets = {UNITS[u][0] for u in units}
    note_objs = [n for n, _ in notes]
    last = max(datetime.fromisoformat(n["time"]) for n in note_objs)
    if as_of is None:
        delay = 40 if any("heldygn" in n["setting"] for n in note_objs) else 14
        a = min(last + timedelta(days=delay), datetime(2024, 12, 31))
        as_of = a.replace(hour=0, minute=0, second=0).isoformat()
    record = {
        "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
        "as_of": as_of,
        "notes": note_objs,
        "access_events": [], "conversations": [], "treatments": [],
    }
    CASES.append({
        "case": name,
        "ruleset": rulesets.pop() if len(rulesets) == 1 else "MIXED",
        "record": record,
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


# common author tuples
def L(name):
    return (name, "läkare")


def S(name):
    return (name, "sjuksköterska")


# ==========================================================================
# CASES
# ==========================================================================
A1, A2, A3 = ("NL101", "n1"), ("NL101", "n2"), ("NL101", "n3")
B1, B2, B3 = ("NL102", "n1"), ("NL102", "n2"), ("NL102", "n3")

# ---------------------------------------------------------------- internal medicine
C("med-epikris-lungemboli-avfardad-pneumoni-bekraftad", "1945-11-02", "331", [
    N("n1", "sks_med", "Epikris", L("Johan Ekström"), "2024-03-08 10:12", [
        ("Diagnoser", "Pneumokockpneumoni i höger underlob (J13.9). Akut prerenal njursvikt (N17.9), i regress."),
        ("Anamnes", "Tidigare hypertoni och godartad prostataförstoring, i övrigt frisk. Bor i villa med hustrun, helt självständig och går dagliga promenader med hunden. Slutade röka 1990. Inga kända läkemedelsallergier."),
        ("Status vid inkomst", "Allmäntillståndet påverkat, varm och torr i huden. Temp 39,1, andningsfrekvens 28. Cor: regelbunden rytm utan blåsljud. Pulm: rassel och nedsatt andningsljud basalt höger. Buk mjuk och oöm. Inga underbensödem, vaderna mjuka och oömma."),
        ("Vårdförlopp", "78-årig man som inkom via akuten med tre dagars feber, hosta med rostfärgade upphostningar och tilltagande andfåddhet. "
         "Vid ankomst takykard 118/min, saturation 88 % på luft, CRP 212 och LPK 17. Initialt väcktes misstanke om lungemboli med tanke på takykardi och hypoxi, "
         "men DT-angiografi av lungartärerna visade inga embolier, däremot en tät konsolidering i höger underlob. Blododlingar växte pneumokocker och diagnosen pneumoni "
         "var därmed säkerställd. Behandlad med bensylpenicillin 3 g x 3 iv i fyra dygn och därefter övergång till peroralt amoxicillin. Kreatinin 168 vid inkomst, "
         "normaliserades efter intravenös vätska och tillfälligt utsatt enalapril. Successivt förbättrad, afebril sedan dag tre och syresatt på luft sedan dag fyra. "
         "Mobiliserad med fysioterapeut och går nu själv i korridoren med rollator."),
        ("Läkemedelsförändringar", "Amoxicillin 750 mg x 3 t.o.m. 12/3. Enalapril återinsätts vid kontroll på vårdcentralen om kreatinin är stabilt."),
        ("Lab vid utskrivning", "CRP 31, LPK 8,9, Hb 128, kreatinin 92, kalium 4,1, natrium 138."),
        ("Övriga läkemedel", "Amlodipin 5 mg x 1 och finasterid 5 mg x 1 oförändrade. Paracetamol 1 g vid behov mot feber eller värk, högst 4 g per dygn."),
        ("Information", "Patienten är informerad om diagnosen och om att DT inte visade några blodproppar, frågor besvarade av ronden. Hustrun deltog i utskrivningssamtalet."),
        ("Uppföljning", "Kontroll hos distriktsläkare om 6 veckor med CRP, kreatinin och kalium. Lungröntgen efter 8 veckor för att dokumentera regress av infiltratet, remiss skickad. "
         "Pneumokockvaccination rekommenderas när pat är återställd."),
        ("Funktion vid utskrivning", "Klarar av- och påklädning, hygien och trappor själv. Hustrun sköter inköpen de första veckorna. Ingen hemtjänst eller hemsjukvård behövs."),
    ]),
], [], [B1, A1], "Epikris: early suspicion of pulmonary embolism ruled out by CT, pneumonia confirmed, patient told -> no hedged diagnosis, nothing untold.")

C("med-epikris-anemi-kolonmalignitet-kan-ej-uteslutas", "1951-06-19", "442", [
    N("n1", "sus_malmo_med", "Epikris", L("Lina Haddad"), "2024-02-14 13:40", [
        ("Epikris", "Inlagd för symtomgivande järnbristanemi, Hb 78 vid ankomst. Transfunderad med 2 E erytrocyter och fått järninfusion. "
         "Gastroskopi utan blödningskälla, duodenalbiopsier tagna. Koloskopin kunde inte genomföras fullständigt pga otillräcklig tarmrengöring, endast rektum och sigmoideum bedömda. "
         "Malignitet i kolon kan ej uteslutas och ny koloskopi är bokad inom två veckor. Hb vid utskrivning 101."),
        ("Planering", "Hemgång idag. Kallelse till koloskopi skickas hem med ny tarmrengöringsinstruktion."),
    ]),
], [B1], [], "Epikris with a partly closed work-up: upper source excluded but 'malignitet kan ej uteslutas' left open in a visible section.")

C("med-endokardit-susp-dag1-faststalld-dag4", "1986-01-27", "517", [
    N("n1", "hbg_med", "Daganteckning", L("Erik Sandberg"), "2024-04-02 11:05", [
        ("Aktuellt", "Feber 39,2 sedan inkomst, nytillkommet systoliskt blåsljud över apex. Känt injektionsmissbruk."),
        ("Bedömning", "Susp. endokardit. Tre par blododlingar tagna före antibiotika. Startar kloxacillin och gentamicin efter samråd med infektionsbakjour. TTE beställt till imorgon."),
    ]),
    N("n2", "hbg_med", "Daganteckning", L("Erik Sandberg"), "2024-04-05 14:20", [
        ("Aktuellt", "TEE idag: 9 mm rörlig vegetation på främre mitralissegel, lätt insufficiens. Blododlingar 3 av 3 flaskpar med Staphylococcus aureus."),
        ("Bedömning", "Vänstersidig S. aureus-endokardit, Dukekriterier uppfyllda. Informerat patienten om diagnosen och att behandlingen blir minst fyra veckor intravenöst. "
         "Remiss till thoraxkirurg för ställningstagande till klaffkirurgi."),
    ]),
], [B1], [B2, A2], "Two inpatient notes: suspected endocarditis on day 1 (visible hedge), confirmed and told on day 4 (no hedge, told).")

C("med-inskrivning-trol-pyelonefrit-dd-urosepsis", "1956-09-30", "628", [
    N("n1", "sks_med", "Inskrivningsanteckning", L("Ahmed Yousef"), "2024-01-18 02:45", [
        ("Aktuellt", "67-årig kvinna, feber 2 d, frossa, vä flanksmärta, illamående."),
        ("Status", "AT lätt påverkat. BT 104/60, p 102, temp 39,4. Dunkömhet vä njurloge. Buk mjuk."),
        ("Lab", "CRP 187, LPK 16,4, krea 121, laktat 2,8. U-sticka nitrit pos, leuk 3+."),
        ("Bedömning", "Trol. pyelonefrit vä, DD begynnande urosepsis."),
        ("Åtgärd", "Blod- och urinodling. Cefotaxim 1 g x 3 iv. Ringer 1 L snabbt, timdiures. Ny bed. av jour kl 06."),
    ], setting="slutenvård"),
], [B1], [], "Telegraphic admission note: 'Trol.' pyelonephritis with an open DD in Bedömning.")

C("med-lada-provsvar-efter-utskrivning-ej-informerad", "1979-04-11", "236", [
    N("n1", "angelholm_med", "Läkaranteckning", L("Sofia Berglund"), "2024-05-21 15:10", [
        ("Provsvar", "Provsvar som anlänt efter utskrivningen: GAD-antikroppar 250 E/mL, C-peptid 0,21 nmol/L."),
        ("Bedömning", "Diagnosen ändras från typ 2-diabetes till autoimmun diabetes hos vuxen (LADA). Patienten har ännu inte informerats om det ändrade diagnosbeskedet; "
         "diabetessjuksköterskan ringer upp nästa vecka och tid bokas på diabetesmottagningen för insulinstart."),
    ], setting="öppenvård"),
], [A1], [B1], "Result after discharge: firm new diagnosis (LADA) written visibly while the patient has not yet been told.")

C("med-konsult-kardiologi-takotsubo-eller-lad-ocklusion", "1966-02-08", "749", [
    N("n1", "su_hjart", "Konsultationsanteckning", L("Maria Falk"), "2024-06-11 16:30", [
        ("Frågeställning", "Ortopeden önskar bedömning av bröstsmärta postoperativt dag 2 efter höftprotes."),
        ("Undersökning", "EKG med ST-höjningar V2-V5. TnT 420, stigande till 510. UCG: apikal ballongering med hypokinesi, EF ca 35 %."),
        ("Bedömning", "Takotsubokardiomyopati eller akut ocklusion i LAD, går inte att skilja utan angiografi."),
        ("Rekommendation", "Akut kranskärlsröntgen idag, överflyttning till HIA efteråt. ASA-laddning efter samråd med operatören pga färskt operationssår."),
    ]),
], [B1], [], "Consultation answer with an open differential (takotsubo vs LAD occlusion) in a visible section.")

C("med-epikris-hjartsvikt-pat-informerad-hustrun-ej", "1949-08-23", "152", [
    N("n1", "hbg_med", "Epikris", L("Henrik Mårtensson"), "2024-03-27 11:30", [
        ("Diagnos", "Hjärtsvikt med nedsatt ejektionsfraktion, NYHA III. Förmaksflimmer."),
        ("Vårdförlopp", "Inkom med tilltagande ödem och ortopné. UCG visar dilaterad vänsterkammare med EF 30 %. Diuretikabehandlad med viktnedgång 6 kg. "
         "Insatt på sakubitril/valsartan, bisoprolol och dapagliflozin."),
        ("Information", "Patienten har fått utförlig information om hjärtsviktsdiagnosen och om läkemedlen. Han vill själv berätta för hustrun, "
         "som därför inte har informerats av oss."),
        ("Uppföljning", "Hjärtsviktsmottagningen om 2 veckor, sjuksköterskebesök med vikt och elektrolyter."),
    ]),
], [], [A1, B1], "Near miss: the wife was not informed, the patient was; diagnosis confirmed, no hedge.")

C("med-telefon-provsvar-normala-pat-ej-nadd", "1990-12-04", "365", [
    N("n1", "kungalv_med", "Telefonanteckning", S("Annika Olsson"), "2024-09-17 14:05", [
        ("Kontakt", "Patienten är inte informerad om provsvaren ännu, söks utan svar två gånger idag."),
        ("Provsvar", "TSH och fritt T4 inom referensområdet. Ingen tyreoideasjukom föreligger enligt ansvarig läkare."),
        ("Åtgärd", "Brev med svaren skickas hem."),
    ], setting="öppenvård"),
], [], [A1, B1], "Typo 'tyreoideasjukom'. Near miss: patient not yet reached, but the result is normal and the thyroid disease is negated.")

C("med-tidigare-misstankt-sarkoidos-avskriven-nytt-ff", "1962-03-15", "574", [
    N("n1", "ystad_med", "Inskrivningsanteckning", L("Karl Nilsson"), "2024-07-03 21:40", [
        ("Tidigare sjukdomar", "Hypertoni. Utreddes 2019 på lungmottagningen för misstänkt sarkoidos, bronkoskopin visade inga granulom och misstanken avskrevs."),
        ("Aktuellt", "Hjärtklappning sedan i morse, yrsel men ingen svimning."),
        ("Status", "Oregelbunden rytm 140/min, BT 135/85. Lungor ua."),
        ("Bedömning", "Nydebuterat förmaksflimmer med snabbt kammarsvar, CHA2DS2-VASc 2. Startar metoprolol iv och apixaban."),
    ]),
], [], [B1], "Past suspicion of sarcoidosis that was ruled out, current diagnosis firm -> no NL102.")

C("med-epikris-erysipelas-plan-vid-ev-recidiv", "1958-10-21", "683", [
    N("n1", "nu_med", "Epikris", L("Petra Lund"), "2024-08-14 10:50", [
        ("Diagnos", "Erysipelas höger underben, tredje episoden på två år. Lymfödem."),
        ("Vårdförlopp", "Behandlad med bensylpenicillin iv i tre dygn, därefter fenoximetylpenicillin. Rodnaden har gått tillbaka och pat är afebril."),
        ("Planering", "Vid ev. recidiv av erysipelas ska patienten kontakta vårdcentralen samma dag; recept på PcV finns att hämta ut. "
         "Kompressionsstrumpa klass 2 utprovad för att minska ödemet."),
    ]),
], [], [B1], "Hypothetical plan: 'ev. recidiv' of an already confirmed erysipelas is a future condition, not an uncertain diagnosis.")

C("med-remissbedomning-missankt-myelom-typo", "1955-05-05", "791", [
    N("n1", "sus_lund_hem", "Remissbedömning", L("Oskar Lindgren"), "2024-10-09 09:15", [
        ("Remiss", "Från vårdcentral: Hb 102, kalcium 2,71, högt totalprotein, ryggsmärta."),
        ("Bedömning", "Elfores med M-komponent IgG 34 g/L. Missänkt myelom. Benmärgsprov och lågdos-DT helkropp bokas inom 10 dagar, därefter mottagningsbesök."),
    ], setting="öppenvård"),
], [B1], [], "Typo 'Missänkt' (misstänkt) myeloma in a visible referral assessment.")

C("med-levercirros-ej-fatt-besked-somnolent", "1961-07-29", "813", [
    N("n1", "sus_malmo_med", "Daganteckning", L("Lina Haddad"), "2024-02-20 13:10", [
        ("Aktuellt", "Leverelastografi 28 kPa. DT buk med nodulär leverkontur, splenomegali och ascites."),
        ("Bedömning", "Alkoholrelaterad levercirros, Child-Pugh B, med hepatisk encefalopati grad 2. Patienten har ännu inte fått diagnosbeskedet då han är somnolent idag; "
         "samtal planeras när han är vakenhetsmässigt bättre."),
        ("Åtgärd", "Fortsatt laktulos och rifaximin. Dietistkontakt."),
    ]),
], [A1], [B1], "Firm cirrhosis diagnosis in Bedömning, text says the patient has not received the diagnosis.")

C("med-daganteckning-trol-hemgang-ev-hemtjanst", "1940-01-13", "924", [
    N("n1", "angered_med", "Daganteckning", L("Nadia Karimi"), "2024-11-05 10:00", [
        ("Aktuellt", "Mår bättre, äter själv och har mobiliserats till stol. Hb stabilt 112 efter transfusionen i förrgår."),
        ("Bedömning", "Anemin förklaras av känd kronisk njursvikt stadium 4, inga tecken på blödning."),
        ("Planering", "Trol. hemgång på fredag om fortsatt stabil. Ev. behov av utökad hemtjänst, biståndshandläggare kontaktad. Möjligen behövs även trygghetslarm."),
    ], signed=None),
], [], [B1], "Non-diagnostic hedges only (trol. hemgång, ev. hemtjänst); diagnoses firm.")

C("med-remissvar-dt-buk-misstankt-pankreascancer", "1950-02-26", "136", [
    N("n1", "su_rtg", "Remissvar", L("Tobias Wiklund"), "2024-04-16 12:25", [
        ("Frågeställning", "Viktnedgång 8 kg, ikterus sedan en vecka. Malignitet?"),
        ("Utlåtande", "3,5 cm hypodens, oskarpt avgränsad expansivitet i pankreashuvudet med dilaterad koledokus och pankreasgång. "
         "Misstänkt pankreascancer. Inga säkra levermetastaser. Kärlrelation till a. mesenterica superior bör bedömas på MDK."),
    ], setting="öppenvård"),
], [B1], [], "Radiology referral answer: 'Misstänkt pankreascancer' in a visible Utlåtande.")

C("med-remissvar-arbetsprov-ingen-ischemi", "1972-09-08", "247", [
    N("n1", "sus_malmo_hjart", "Remissvar", L("Cecilia Holm"), "2024-05-06 15:35", [
        ("Frågeställning", "Ansträngningsutlöst tryck i bröstet. Kranskärlssjukdom?"),
        ("Resultat", "Cykelergometri till 210 W, 104 % av förväntat. Inga ischemiska ST-förändringar, inga arytmier, adekvat blodtrycksstegring."),
        ("Bedömning", "Ingen misstanke om ischemisk hjärtsjukdom. Besvären talar inte för kardiell genes, åter till remittenten."),
    ], setting="öppenvård"),
], [], [B1], "Referral answer where the suspicion in the question is negated ('Ingen misstanke om').")

C("med-hematologi-mds-ej-informerad", "1947-12-01", "358", [
    N("n1", "sus_lund_hem", "Läkaranteckning", L("Oskar Lindgren"), "2024-06-24 16:45", [
        ("Provsvar", "Benmärgsbiopsi och cytogenetik klara: myelodysplastiskt syndrom med blastökning (MDS-IB1), komplex karyotyp."),
        ("Bedömning", "Högrisk-MDS enligt IPSS-M. Patienten är inte inforemrad om diagnosen ännu. Besked lämnas vid besök den 1/7 med kontaktsjuksköterska närvarande."),
    ], setting="öppenvård"),
], [A1], [B1], "Typo 'inforemrad'. Bone marrow result (MDS) written visibly before the patient has been told.")

C("med-njurbiopsi-iga-nefropati-ej-meddelad", "1988-03-03", "469", [
    N("n1", "su_med", "Läkaranteckning", L("Viktor Åberg"), "2024-08-29 13:00", [
        ("PAD", "Njurbiopsi: IgA-nefropati med lätt mesangial proliferation, MEST-C M1 E0 S1 T0 C0."),
        ("Bedömning", "Diagnosen IgA-nefropati är fastställd. Svaret är inte meddelat patienten, som inte svarat i telefon; ny uppringning imorgon."),
        ("Planering", "ACE-hämmare upptitreras, återbesök njurmottagningen om 4 v."),
    ], setting="öppenvård"),
], [A1], [B1], "Firm biopsy diagnosis in a visible note, patient not yet told (not reached by phone).")

C("med-multidag-infiltrat-till-skivepitelcancer", "1953-04-17", "571", [
    N("n1", "sus_lund_lung", "Daganteckning", L("Emma Strand"), "2024-09-02 10:30", [
        ("Aktuellt", "Hosta 3 mån, viktnedgång, rökare 40 paketår. Rtg pulm: infiltrat hö överlob."),
        ("Bedömning", "Pneumoni? Tumör? Fortsatt antibiotika, DT thorax beställd."),
    ]),
    N("n2", "sus_lund_lung", "Daganteckning", L("Emma Strand"), "2024-09-04 11:15", [
        ("Aktuellt", "DT thorax: 4 cm spikulerad förändring i hö överlob, förstorade hilära lymfkörtlar."),
        ("Bedömning", "Stark misstanke om lungcancer. Bronkoskopi bokad fredag."),
    ]),
    N("n3", "sus_lund_lung", "Daganteckning", L("Jonas Pettersson"), "2024-09-10 14:50", [
        ("Aktuellt", "PAD från bronkoskopin: skivepitelcancer, PD-L1 60 %."),
        ("Bedömning", "Icke-småcellig lungcancer av skivepiteltyp. Patienten har inte fått något besked ännu, det lämnas av lungläkare på mottagningen på måndag "
         "när PET-DT är klar. Anmäls till lung-MDK."),
    ]),
], [B1, B2, A3], [B3], "Three inpatient days: open '?' differential, strong suspicion, then confirmed cancer written before the patient is told.")

C("med-kardiomyopati-mr-ej-informerad-draft", "1994-10-10", "682", [
    N("n1", "sus_malmo_hjart", "Läkaranteckning", L("Cecilia Holm"), "2024-03-19 17:05", [
        ("Undersökning", "Hjärt-MR: asymmetrisk septumhypertrofi 19 mm, patchig sen kontrastuppladdning, vilogradient 45 mmHg."),
        ("Bedömning", "Hypertrof obstruktiv kardiomyopati. Pat är ej informerad ännu, vill ge beskedet personligen vid besöket 26/3 och då även diskutera idrottsrestriktioner och anlagsbärarutredning av syskon."),
    ], signed=None, setting="öppenvård"),
], [A1], [B1], "Unsigned draft: cardiac MRI diagnosis (HOCM) written visibly, patient not yet informed.")

# ---------------------------------------------------------------- geriatrics
C("ger-epikris-alzheimer-dotter-informerad-pat-ej", "1938-02-16", "793", [
    N("n1", "landskrona_ger", "Epikris", L("Margareta Svensson"), "2024-01-30 14:15", [
        ("Orsak till inläggning", "Akut konfusion i samband med urinvägsinfektion."),
        ("Vårdförlopp", "Behandlad med pivmecillinam, konfusionen har klingat av. Under vårdtiden genomförd kognitiv bedömning: MMSE 19/30, klocktest patologiskt. "
         "DT hjärna visar uttalad mediotemporal atrofi. Sammantaget Alzheimers sjukdom av måttlig grad."),
        ("Information", "Dottern är informerad om diagnosen per telefon. Patienten själv har ännu inte fått diagnosbeskedet; det ges vid återbesök på minnesmottagningen tillsammans med dottern."),
        ("Uppföljning", "Minnesmottagningen om 4 veckor, ställningstagande till donepezil."),
    ]),
], [A1], [B1], "Relative informed but the patient not: dementia diagnosis visible before the patient is told.")

C("ger-delirium-eller-lewybody-kan-ej-avgoras", "1936-05-22", "814", [
    N("n1", "alingsas_ger", "Daganteckning", L("Gunnar Håkansson"), "2024-02-07 11:40", [
        ("Aktuellt", "Fluktuerande vakenhet och uppmärksamhetsstörning sedan inläggningen, synhallucinationer nattetid. Lätt rigiditet i armarna."),
        ("Bedömning", "DD delirium utlöst av infektion och opioider, respektive tidigare odiagnostiserad Lewy body-demens. Kan inte avgöras under pågående akut sjukdom."),
        ("Planering", "Oxikodon utsätts. Undvik neuroleptika. Ny kognitiv bedömning om 3 mån på geriatriska mottagningen."),
    ]),
], [B1], [], "Open geriatric differential (delirium vs Lewy body dementia) in Bedömning.")

C("ger-fall-ingen-fraktur-troligen-snubblat", "1933-08-08", "925", [
    N("n1", "sus_malmo_ger", "Inskrivningsanteckning", L("Peter Jovanovic"), "2024-04-13 19:20", [
        ("Aktuellt", "Fallit i hemmet vid toalettbesök natten till idag, legat på golvet ca 2 h innan hemtjänsten kom."),
        ("Status", "Vaken, orienterad. Hematom vä höft. Ingen förkortning eller utåtrotation."),
        ("Undersökningar", "Rtg höft och bäcken utan fraktur. DT hjärna utan blödning, inga tecken på subduralhematom. CK 890."),
        ("Bedömning", "Fall utan fraktur eller intrakraniell skada. Ingen missanke om synkope, troligen snubblat på mattkanten i mörker. Lätt rabdomyolys."),
        ("Planering", "Vätska iv, ny CK imorgon. Fallriskbedömning och arbetsterapeut för hembesök."),
    ]),
], [], [B1], "Typo 'missanke' in the negation. Negated findings plus a 'troligen' about the fall mechanism, not a diagnosis.")

C("ger-minnesmottagning-diagnosbesked-lamnat", "1944-06-03", "136", [
    N("n1", "frolunda_ger", "Mottagningsanteckning", L("Helena Dahl"), "2024-05-28 10:45", [
        ("Kontaktorsak", "Återkoppling av minnesutredning."),
        ("Diagnosbesked", "Träffar patienten och maken. Diagnosen Alzheimers sjukdom i tidig fas meddelades och vi gick igenom vad den innebär. "
         "Patienten tog emot beskedet lugnt och ställde frågor om körkortet. Informerad om att bilkörning ska upphöra; läkarintyg till Transportstyrelsen skickas enligt gällande regler."),
        ("Planering", "Donepezil 5 mg, demenssjuksköterska kontaktar paret inom 2 veckor."),
    ], setting="öppenvård"),
], [], [A1, B1], "Diagnosis told at a follow-up visit (diagnosbesked) -> nothing untold, nothing hedged.")

C("ger-omvardnad-ev-uvi-fragetecken", "1930-11-19", "247", [
    N("n1", "alingsas_ger", "Omvårdnadsanteckning", S("Linnea Bergqvist"), "2024-03-03 04:10", [
        ("Omvårdnad", "Pat oroligare under natten, plockig, drar i PVK. Urinen grumlig och illaluktande, temp 37,9. Ev. UVI? Urinsticka och odling tagna, jourläkare informerad."),
    ], signed=None),
], [B1], [], "Nurse night note: 'Ev. UVI?' is a hedged diagnosis in a visible note.")

C("ger-pmo-hemsjukvard-trolig-pneumoni", "1932-07-07", "358", [
    N("n1", "hsjv_hoor", "Hembesök", L("Bengt Åkesson"), "2024-02-12 13:30", [
        ("Aktuellt", "Hemsjukvårdspatient, feber sedan igår och ökad andfåddhet. Bor på korttidsboende."),
        ("Status", "Temp 38,6, sat 91 %. Krepitationer basalt hö. CRP 96."),
        ("Bedömning", "Trolig pneumoni hö. Start doxycyklin, ingen inläggning enligt pat:s och sonens önskan."),
    ], setting="hemsjukvård"),
], [], [B1], "PMO home care note: hedged pneumonia is not visible in PMO.")

C("ger-kognitiv-svikt-om-utredningen-bekraftar-vaskular-demens", "1941-09-25", "469", [
    N("n1", "sus_malmo_ger", "Epikris", L("Peter Jovanovic"), "2024-06-18 12:00", [
        ("Vårdförlopp", "Vårdad för dehydrering och hyperglykemi. Under vårdtiden noterad kognitiv svikt; enligt sonen gradvis försämrat minne sedan ett år. "
         "MR hjärna visar omfattande vitsubstansförändringar och två lakunära infarkter."),
        ("Planering", "Remiss till minnesmottagningen. Om utredningen bekräftar vaskulär demens bör blodtryckskontrollen skärpas och trombocythämning övervägas."),
    ]),
], [B1], [], "Plan phrased as a condition ('om utredningen bekräftar vaskulär demens') that reveals an open hypothesis.")

C("ger-epikris-vaskular-demens-besked-vantar-pga-delirium", "1937-03-12", "571", [
    N("n1", "landskrona_ger", "Epikris", L("Ali Rahimi"), "2024-09-23 15:00", [
        ("Diagnoser", "Delirium, i regress. Vaskulär demens. Hypertoni."),
        ("Vårdförlopp", "Inkom med akut förvirring efter höftfraktur opererad på ortopeden. Deliriet har förbättrats successivt men inte helt gått i regress. "
         "Kognitiv utredning från 2023 och aktuell bilddiagnostik ger sammantaget diagnosen vaskulär demens."),
        ("Information", "Diagnosbesked om demensen har inte lämnats till patienten pga kvarstående delirium; ges av geriatriker när hon är klarare. Make informerad om vårdförloppet."),
    ]),
], [A1], [B1], "Discharge summary with a firm dementia diagnosis that has deliberately not been told to the patient yet.")

C("ger-parkinson-eller-lewy-multidag-long", "1940-04-04", "682", [
    N("n1", "alingsas_ger", "Daganteckning", L("Gunnar Håkansson"), "2024-10-01 10:20", [
        ("Aktuellt", "Dag 3 på avdelningen. Inkom efter upprepade fall i hemmet. Enligt hustrun har han sedan ett år blivit långsammare, "
         "går med små steg och har börjat prata i sömnen och slåss i drömmarna. Under senaste månaden har han vid två tillfällen sett främmande personer i vardagsrummet som inte fanns där. "
         "Blodtrycket sjunker från 150/80 liggande till 105/65 stående med yrsel. Kognitivt fluktuerande: vissa dagar klar och orienterad, andra dagar trög och svår att nå."),
        ("Status", "Hypomimi, rigiditet med kugghjulsfenomen bilateralt, ingen vilotremor. Framåtböjd gång med nedsatt armpendling, instabil vid dragtest. "
         "MMSE 22/30 med tydliga svårigheter i figurkopiering och klocktest."),
        ("Läkemedel", "Enalapril 10 mg, atorvastatin 20 mg, zopiklon 5 mg till natten och oxybutynin 5 mg x 2 för urinträngningar. Oxybutynin och zopiklon bedöms kunna förvärra förvirringen och sätts ut."),
        ("Lab", "Hb 134, natrium 139, kalium 4,2, kreatinin 88, TSH, B12 och folat normala, CRP under 5. EKG sinusrytm 68/min utan överledningshinder."),
        ("Socialt", "Bor med hustrun i radhus, tidigare lantmätare. Hemtjänst saknas. Hustrun sköter allt praktiskt och är märkbart trött."),
        ("Bedömning", "Parkinsonism med tidiga hallucinationer, REM-sömnbeteendestörning, ortostatism och fluktuationer. Bilden passar bäst med Lewy body-demens, "
         "men Parkinsons sjukdom med kognitiv påverkan är ett alternativ och kan inte skiljas ut i nuläget. Ortostatismen bidrar sannolikt till fallen."),
        ("Planering", "DaTSCAN beställt. Stödstrumpor och höjd huvudända. Undvik haloperidol och andra starka neuroleptika, varningsinformation inlagd. "
         "Fysioterapeut gångträning och hjälpmedel, arbetsterapeut ADL-bedömning inför hemgång. Ställningstagande till levodopa efter DaTSCAN. "
         "Hustrun tycker att det blir tungt hemma och önskar avlastning, kurator kontaktad. Åter till geriatriska mottagningen om ca 6 veckor med svar på undersökningen."),
    ]),
    N("n2", "alingsas_ger", "Daganteckning", L("Gunnar Håkansson"), "2024-10-04 09:50", [
        ("Aktuellt", "DaTSCAN med bilateralt nedsatt upptag i striatum. Inget nytt fall på avdelningen."),
        ("Bedömning", "Degenerativ parkinsonism bekräftad. Gränsdragningen mellan Lewy body-demens och Parkinsons sjukdom med demens är fortfarande oklar."),
        ("Planering", "Start levodopa/benserazid 50/12,5 mg x 3. Hemgång på måndag med utökad hemtjänst."),
    ]),
], [B1, B2], [], "Long multi-day geriatric notes: a differential partly closed (degenerative parkinsonism confirmed) but Lewy vs PD still open.")

# ---------------------------------------------------------------- surgery, urology, ENT
C("kir-appendicit-misstanke-bekraftad-peroperativt", "1997-07-14", "793", [
    N("n1", "nu_kir", "Epikris", L("Sara Lindholm"), "2024-05-12 12:30", [
        ("Vårdförlopp", "Inkom med migrerande smärta till höger fossa, CRP 64, LPK 14. Misstänkt appendicit bekräftades vid laparoskopi samma kväll: "
         "flegmonös appendix utan perforation, appendektomi utförd. Okomplicerat postoperativt förlopp."),
        ("Information", "Pat informerad om operationsfyndet på postoperativa ronden. PAD meddelas per brev om det avviker."),
        ("Råd", "Undvik tunga lyft i 2 veckor. Vid feber, tilltagande smärta eller rodnad i snitten kontaktas kirurgakuten."),
    ]),
], [], [B1, A1], "Suspicion confirmed peroperatively and told; safety-net advice without a diagnosis.")

C("kir-kolecystektomi-pad-ej-klart-inget-besked", "1975-01-09", "814", [
    N("n1", "csk_kir", "Epikris", L("Mikael Borg"), "2024-06-05 11:20", [
        ("Diagnos", "Akut kolecystit med gallsten."),
        ("Vårdförlopp", "Laparoskopisk kolecystektomi dag 2, tjock inflammerad gallblåsa. Afebril postoperativt, äter och går."),
        ("Information", "PAD-svaret är inte klart, så patienten har ännu inte fått något besked om det. Svaret skickas hem när det kommit."),
    ]),
], [], [A1, B1], "Near miss: 'ännu inte fått något besked' is about a pathology answer that has not arrived yet, no diagnosis withheld.")

C("kir-kolorektal-pad-adenocarcinom-ej-informerad", "1952-11-23", "925", [
    N("n1", "hbg_kir", "Läkaranteckning", L("Anders Wallin"), "2024-02-28 15:30", [
        ("PAD", "Biopsier från sigmoideum: måttligt differentierat adenocarcinom."),
        ("Bedömning", "Sigmoideumcancer. Patienten har ännu inte informerats om PAD-svaret, det sker vid besök hos kolorektalkirurg 5/3 efter MDK. DT thorax-buk för stadieindelning bokad."),
    ], setting="öppenvård"),
], [A1], [B1], "Colorectal cancer on biopsy written in a visible note while the patient has not been informed.")

C("kir-ileus-bridileus-eller-tumor", "1948-06-30", "136", [
    N("n1", "sks_kir", "Inskrivningsanteckning", L("Fredrik Hallberg"), "2024-07-19 23:10", [
        ("Aktuellt", "Kräkningar och uppblåst buk sedan 2 dygn, ingen gasavgång sedan igår. Opererad för perforerat ulcus 1998."),
        ("Röntgen", "DT buk: dilaterade tunntarmsslingor med kaliberväxling i nedre buken. Ingen fri gas."),
        ("Bedömning", "Tunntarmsileus. Bridileus mest sannolikt, DD obstruerande tumör i terminala ileum."),
        ("Åtgärd", "V-sond, fasta, vätska. Gastrografinpassage. Ny bedömning av kirurgbakjour imorgon bitti."),
    ]),
], [B1], [], "Firm ileus but its cause given as 'mest sannolikt' with an open DD tumour.")

C("kir-divertikulit-perforation-uteslutes", "1963-02-02", "247", [
    N("n1", "nu_kir", "Läkaranteckning", L("Sara Lindholm"), "2024-08-09 16:15", [
        ("Aktuellt", "Smärta vä fossa 3 d, temp 38,1, CRP 121."),
        ("Undersökningar", "DT buk: okomplicerad divertikulit i sigmoideum, ingen fri gas och ingen abscess. Perforation utsluts."),
        ("Bedömning", "Okomplicerad sigmoideumdivertikulit. Behandlas utan antibiotika enligt riktlinje, hem med smärtlindring."),
    ], setting="akutmottagning"),
], [], [B1], "Typo 'utsluts' (utesluts). Complication ruled out on CT ('uteslutes'); the diagnosis itself is confirmed.")

C("kir-brostcancer-besked-vid-aterbesok", "1970-09-12", "358", [
    N("n1", "sus_lund_onk", "Läkaranteckning", L("Ingrid Carlsson"), "2024-04-22 14:40", [
        ("Provsvar", "Mellannålsbiopsi vä bröst: invasiv duktal cancer, NHG 2, ER 90 %, PR 60 %, HER2 negativ."),
        ("Bedömning", "Bröstcancer vänster sida. Besked ges vid återbesök 3/5 tillsammans med bröstsjuksköterska; patienten är ännu inte informerad."),
    ], setting="öppenvård"),
], [A1], [B1], "Breast cancer on biopsy written visibly, news deliberately kept for the return visit.")

C("kir-akut-buk-telegrafisk-kolecystit-pankreatit-fragetecken", "1981-12-24", "469", [
    N("n1", "csk_kir", "Akutanteckning", L("Mikael Borg"), "2024-01-06 03:15", [
        ("Aktuellt", "Epigastriesmärta sedan kl 22 efter fet måltid, kräkts x 4."),
        ("Status", "Ömhet epigastriet och hö arcus, Murphys tecken pos. Temp 37,8."),
        ("Lab", "CRP 38, LPK 12,1, ALP 3,1, bilirubin 31, amylas inskickat."),
        ("Bed", "?Kolecystit ?Pankreatit. UL lever/galla imorgon bitti, fasta, analgetika iv."),
    ], signed=None, setting="akutmottagning"),
], [B1], [], "Telegraphic emergency note with two '?'-marked diagnoses.")

C("kir-epikris-hernia-rad-vid-sarinfektion", "1969-03-31", "571", [
    N("n1", "sks_kir", "Epikris", L("Fredrik Hallberg"), "2024-03-14 09:30", [
        ("Åtgärd", "Laparoskopisk ljumskbråcksplastik hö (TEP) i dagkirurgi."),
        ("Förlopp", "Okomplicerat, går hem samma dag."),
        ("Råd", "Tecken på sårinfektion såsom rodnad, värmeökning eller var från snittet ska föranleda kontakt med avdelningen. "
         "Ev. svullnad i ljumsken de första dagarna är vanligt och ofarligt. Får köra bil när han kan trampa hårt på bromsen utan smärta."),
    ], setting="dagkirurgi"),
], [], [B1], "Safety-net advice naming a possible future complication and an 'ev.' about swelling, no uncertain diagnosis.")

C("kir-remissvar-ul-gallsten-ingen-kolecystit", "1984-08-17", "682", [
    N("n1", "sus_lund_bof", "Remissvar", L("Hanna Persson"), "2024-05-02 10:05", [
        ("Frågeställning", "Återkommande smärta hö arcus. Gallsten? Kolecystit?"),
        ("Utlåtande", "Multipla konkrement i gallblåsan, största 14 mm. Gallblåseväggen tunn, ingen perikolecystisk vätska. "
         "Inga tecken på kolecystit. Gallvägar ej vidgade."),
    ], setting="öppenvård"),
], [], [B1], "Referral answer: question marks are in the referral's question, the answer confirms stones and negates cholecystitis.")

C("kir-melanom-pad-typo-ej-infomerad", "1966-05-18", "793", [
    N("n1", "hbg_kir", "Telefonanteckning", L("Anders Wallin"), "2024-10-14 11:50", [
        ("Aktuellt", "PAD från excision rygg: malignt melanom, Breslow 1,4 mm, ulceration saknas."),
        ("Bedömning", "Pateinten är ej infomerad om PAD ännu, ringer ej tillbaka. Kallas till besök för besked och planering av utvidgad excision och portvaktskörtel."),
    ], setting="öppenvård"),
], [A1], [B1], "Typos 'Pateinten', 'infomerad': melanoma on PAD visible while the patient has not been informed.")

C("uro-prostatacancer-ej-besked-urolog", "1955-01-28", "814", [
    N("n1", "sus_malmo_uro", "Läkaranteckning", L("Lars Bengtsson"), "2024-03-05 16:00", [
        ("PAD", "Riktade biopsier: adenocarcinom i 4 av 12 biopsier, Gleason 4+3=7 (ISUP 3)."),
        ("Bedömning", "Prostatacancer, intermediär risk. Pat har inte fått besked, kallas till urolog och kontaktsjuksköterska 12/3 för information och behandlingsdiskussion."),
    ], setting="öppenvård"),
], [A1], [B1], "Urology: prostate cancer on biopsy, 'har inte fått besked'.")

C("uro-hematuri-utredning-blasan-ua-ej-informerad-brev", "1977-10-06", "925", [
    N("n1", "su_uro", "Läkaranteckning", L("Robert Isaksson"), "2024-09-20 13:25", [
        ("Undersökningar", "Cystoskopi ua. DT-urografi utan tumör eller konkrement. Urincytologi benign."),
        ("Bedömning", "Makroskopisk hematuri utredd utan malign förklaring; ingen blåscancer. Pat är ännu inte informerad om DT-svaret, meddelas per brev idag."),
    ], setting="öppenvård"),
], [], [A1, B1], "Near miss: patient not yet told, but the result is benign and cancer negated.")

C("onk-kurator-besked-brostcancer-maken-ej-informerad", "1969-02-11", "136", [
    N("n1", "sus_lund_onk", "Kuratorsanteckning", ("Jenny Håkansson", "kurator"), "2024-05-03 13:20", [
        ("Samtal", "Stödsamtal samma dag som patienten fått beskedet om bröstcancer av kirurgen. Hon är chockad men samlad och har många frågor om hur hon ska berätta för familjen."),
        ("Anhöriga", "Maken är inte informerad ännu, han arbetar utomlands och kommer hem i helgen. Hon vill berätta för honom själv och för barnen tillsammans med honom."),
        ("Planering", "Nytt samtal om en vecka, informationsmaterial till barn i olika åldrar överlämnat."),
    ], setting="öppenvård"),
], [], [A1, B1], "Counsellor note: husband not yet informed, the patient received the diagnosis today.")

C("orl-larynxcancer-mdk-innan-besked", "1958-12-09", "247", [
    N("n1", "sus_malmo_orl", "Operationsanteckning", L("Cornelia Ek"), "2024-11-04 12:45", [
        ("Åtgärd", "Mikrolaryngoskopi med biopsi från vä stämband."),
        ("PAD-svar", "Snabbsvar: skivepitelcancer, högt differentierad."),
        ("Planering", "Glottisk larynxcancer vä. Diagnosen ska inte meddelas patienten förrän efter huvud-hals-MDK på torsdag, då samlad behandlingsplan finns."),
    ]),
], [A1], [B1], "'Must not be told yet' wording about a firm laryngeal cancer in a visible section.")

C("orl-remissvar-dt-bihalor-ingen-tumor", "1991-04-30", "358", [
    N("n1", "sus_malmo_orl", "Remissvar", L("Cornelia Ek"), "2024-02-21 09:10", [
        ("Frågeställning", "Ensidig nästäppa hö och blodblandat snor. Tumör?"),
        ("Svar", "DT bihålor: slemhinnesvullnad i hö maxillarsinus och ostiomeatala komplexet, ingen benerosion. Inget som talar för tumör. Fyndet stämmer med kronisk rinosinuit."),
    ], setting="öppenvård"),
], [], [B1], "Referral answer negating the tumour suspicion in the question.")

# ---------------------------------------------------------------- orthopaedics
C("ort-hoftfraktur-misstankt-patologisk-metastas", "1946-07-02", "469", [
    N("n1", "csk_ort", "Inskrivningsanteckning", L("Patrik Sjöberg"), "2024-04-08 18:30", [
        ("Aktuellt", "Lågenergitrauma, föll i köket. Bröstcanceropererad 2016. Smärta i höften i flera veckor före fallet."),
        ("Röntgen", "Subtrokantär femurfraktur hö med osteolytisk förändring i frakturområdet."),
        ("Bedömning", "Misstänkt patologisk fraktur, metastas från tidigare bröstcancer? DT thorax-buk och skelettscint före operation, biopsi peroperativt."),
    ]),
], [B1], [], "Orthopaedic admission: suspected pathological fracture / metastasis in a visible section.")

C("ort-epikris-patologisk-fraktur-myelom-ej-informerad", "1950-10-17", "571", [
    N("n1", "hassleholm_ort", "Epikris", L("Jenny Forsberg"), "2024-05-15 13:20", [
        ("Diagnoser", "Patologisk kotkompressionsfraktur L2. Multipelt myelom."),
        ("Vårdförlopp", "Inkom med ryggsmärta efter lyft. MR visade kompressionsfraktur L2 med infiltrativ förändring. Biopsi och benmärgsprov visade plasmacellsinfiltration, "
         "diagnosen multipelt myelom fastställd av hematologen dagen före utskrivning. Behandlad med korsett och smärtlindring."),
        ("Information", "Hematologen önskar själv lämna diagnosbeskedet vid mottagningsbesöket nästa vecka. Patienten har därför hittills endast informerats om frakturen."),
    ]),
], [A1], [B1], "Epikris lists myeloma while the patient has so far only been told about the fracture.")

C("ort-mr-kna-meniskruptur-informerad", "1989-02-13", "682", [
    N("n1", "trelleborg_ort", "Mottagningsanteckning", L("Nils Holmberg"), "2024-01-25 14:00", [
        ("Aktuellt", "Återbesök efter MR höger knä, vridvåld i fotboll för 6 v sedan."),
        ("MR", "Ruptur i bakre hornet av mediala menisken, intakta korsband."),
        ("Bedömning", "Medial meniskruptur. Pat informerad om fyndet och om att fysioterapi prövas i första hand i 3 mån."),
    ], setting="öppenvård"),
], [], [A1, B1], "MRI result confirmed and told to the patient.")

C("ort-septisk-artrit-uteslutes-gikt", "1959-11-11", "793", [
    N("n1", "sas_ort", "Akutanteckning", L("Tomas Eriksson"), "2024-08-21 20:40", [
        ("Aktuellt", "Svullet, varmt hö knä sedan igår, temp 37,6."),
        ("Ledpunktat", "Grumlig ledvätska, LPK 28 000, nålformade negativt dubbelbrytande uratkristaller i mikroskopi. Gramfärgning utan bakterier."),
        ("Bedömning", "Giktartrit hö knä. Septisk artrit bedöms utesluten med hänsyn till kristallfyndet och negativ gramfärgning; odlingssvar följs upp av mottagningen."),
    ], setting="akutmottagning"),
], [], [B1], "Septic arthritis explicitly excluded, gout confirmed by crystals.")

C("ort-fysioterapeut-ev-hemgang-trol-rollator", "1942-12-30", "814", [
    N("n1", "nu_ort", "Fysioterapeutanteckning", ("Elin Magnusson", "fysioterapeut"), "2024-03-20 13:05", [
        ("Aktivitet", "Dag 2 efter höftprotes hö. Går 30 m med gåbord och stöd av en person. Klarar sängförflyttning själv."),
        ("Bedömning", "Trol. behov av rollator även hemma. Ev. hemgång på torsdag om trappträningen går bra."),
    ]),
], [], [B1], "Physiotherapist note with hedges about aids and discharge, no diagnosis.")

C("ort-skafoideum-klinisk-misstanke-kvarstar", "1999-05-26", "925", [
    N("n1", "su_molndal_ort", "Mottagningsanteckning", L("Oliver Strömberg"), "2024-02-02 11:30", [
        ("Aktuellt", "Föll på utsträckt hand på isen igår."),
        ("Status", "Ömhet i fossa tabatière och vid axial kompression av tummen."),
        ("Röntgen", "Rtg handled med skafoideumserie utan synlig fraktur."),
        ("Bedömning", "Klinisk misstanke om skafoideumfraktur kvarstår trots negativ röntgen. Gips med tumme, MR inom 1 vecka."),
    ], signed=None, setting="öppenvård"),
], [B1], [], "Suspicion kept open after a negative X-ray ('klinisk misstanke kvarstår').")

C("ort-konsult-infektion-protesinfektion-kan-ej-uteslutas", "1947-03-09", "136", [
    N("n1", "su_inf", "Konsultationsanteckning", L("Karin Åström"), "2024-09-11 15:45", [
        ("Frågeställning", "Ortopeden: smärta och lätt förhöjt CRP 3 mån efter knäprotes. Infektion?"),
        ("Bedömning", "CRP 24, SR 38. Ingen fistel eller sårsekretion. Låggradig protesinfektion kan ej uteslutas. Rekommenderar ledpunktion med odling och leukocyträkning innan antibiotika ges."),
    ]),
], [B1], [], "Infection consultation: 'protesinfektion kan ej uteslutas'.")

C("ort-epikris-tibiafraktur-kompartment-avfardat", "2001-08-03", "247", [
    N("n1", "sas_ort", "Epikris", L("Tomas Eriksson"), "2024-06-30 10:10", [
        ("Diagnos", "Tibiaskaftsfraktur vä, opererad med märgspik."),
        ("Vårdförlopp", "Första natten efter operationen tilltagande smärta i underbenet och frågan om kompartmentsyndrom väcktes. "
         "Tryckmätning visade normala tryck, smärtan svarade på justerad analgesi och kompartmentsyndrom avfärdades. Därefter okomplicerat."),
        ("Uppföljning", "Rtg och återbesök ortopedmottagningen om 6 veckor. Full belastning tillåts."),
    ]),
], [], [B1], "Postoperative suspicion of compartment syndrome raised and then dismissed.")

# ---------------------------------------------------------------- neurology
C("neu-ms-mr-kriterier-uppfyllda-ej-informerad", "1992-06-15", "358", [
    N("n1", "sus_lund_neuromott", "Läkaranteckning", L("Johanna Rydberg"), "2024-03-22 15:35", [
        ("Undersökningar", "MR hjärna och rygg: sju periventrikulära och juxtakortikala T2-lesioner, en kontrastladdande. Likvor med oligoklonala band."),
        ("Bedömning", "Kriterierna för multipel skleros (McDonald 2017) är uppfyllda. Pat är ännu ej informerad, diagnosbesked vid läkarbesök 28/3 med MS-sjuksköterska."),
    ], setting="öppenvård"),
], [A1], [B1], "MS diagnosis fulfilled on MRI and CSF, written visibly before the planned news visit.")

C("neu-tia-eller-migranaura-oppen-dd", "1979-09-19", "469", [
    N("n1", "su_neuro", "Mottagningsanteckning", L("Magnus Öberg"), "2024-04-10 10:30", [
        ("Aktuellt", "Två episoder med domningar i hö hand som spritt sig till munnen under 20 min, följt av huvudvärk. Migrän utan aura sedan tonåren."),
        ("Bedömning", "TIA eller migärn med aura, DD fokalt anfall. MR hjärna, halskärlsultraljud och långtids-EKG beställda. ASA tills vidare."),
    ], setting="öppenvård"),
], [B1], [], "Typo 'migärn'. Open neurological differential (TIA vs migraine aura vs seizure).")

C("neu-epikris-stroke-informerade-long", "1949-01-08", "571", [
    N("n1", "sus_lund_neuro", "Epikris", L("Daniel Åkerlund"), "2024-05-17 13:50", [
        ("Diagnoser", "Ischemisk stroke i vänster arteria cerebri media-område (I63.4). Förmaksflimmer, nyupptäckt (I48.9)."),
        ("Anamnes", "75-årig högerhänt man, tidigare frisk förutom behandlad hypertoni. Vaknade med svaghet i höger arm och svårt att hitta ord. "
         "Sista kända välmående kvällen före, därför inte aktuell för trombolys. Anlände 08.40."),
        ("Status vid inkomst", "Vaken, orienterad till person men inte till tid. NIHSS 7: pares höger arm 2 poäng, central facialispares höger 1 poäng, afasi 2 poäng, dysartri 1 poäng och sensorisk nedsättning 1 poäng. Blodtryck 172/94, oregelbunden puls 96."),
        ("Lab", "HbA1c 41, LDL 3,6, TSH normalt, Hb 141, trombocyter 231, kreatinin 78."),
        ("Vårdförlopp", "DT med perfusion visade ett etablerat infarktområde utan stor penumbra och ingen storkärlsocklusion. MR dag 2 bekräftade en 3 cm kortikal infarkt frontalt vänster. "
         "Telemetri visade intermittent förmaksflimmer, vilket bedöms vara orsaken. Halskärlsultraljud utan stenoser. Startat apixaban dag 4 efter kontroll-DT utan blödningsomvandling. "
         "Afasin har förbättrats påtagligt, kvarstår lätta ordfinningssvårigheter. Armfunktionen nästan återställd, går utan hjälpmedel. Sväljbedömning utan anmärkning."),
        ("Rehabilitering", "Logoped under vårdtiden, fortsatt logopedkontakt via neurorehabteamet i öppenvård. Arbetsterapeut har gjort bedömning av ADL, klarar personlig vård själv."),
        ("Information", "Patienten och hustrun är informerade om strokediagnosen, om förmaksflimret och om varför blodförtunnande behandling behövs. "
         "Muntlig och skriftlig information om körförbud i minst 6 månader."),
        ("Läkemedel", "Nyinsatt apixaban 5 mg x 2 och atorvastatin 40 mg. Oförändrad amlodipin."),
        ("Sekundärprevention", "Blodtrycksmål under 130/80 på sikt och LDL under 1,8. Blodtrycket följs upp på vårdcentralen med hemmätningar under två veckor. Råd om salt, fysisk aktivitet och alkohol givna av strokesjuksköterska, patienten har aldrig rökt."),
        ("Sociala förhållanden", "Bor med hustrun i lägenhet med hiss, pensionerad lärare. Hustrun är frisk och har körkort och kan skjutsa till återbesöken. Inga hemtjänstinsatser behövs vid hemgång. De har två vuxna barn som bor i Malmö och hälsar på varje vecka."),
        ("Uppföljning", "Strokesjuksköterska ringer om 2 veckor. Återbesök strokemottagningen om 3 månader med blodtryck och lipider."),
        ("Körkort", "Läkarintyg enligt Transportstyrelsens föreskrifter behövs inte då patienten själv avstår från bilkörning under karenstiden; det tas upp igen vid strokemottagningens återbesök."),
    ]),
], [], [A1, B1], "Long stroke discharge summary: cause established, diagnoses told to patient and wife.")

C("neu-forsta-anfallet-epilepsi-ej-sakerstalld", "2003-11-27", "682", [
    N("n1", "sks_neuro", "Läkaranteckning", L("Ylva Hedlund"), "2024-06-03 14:15", [
        ("Aktuellt", "Första generaliserade krampanfall efter två nätter med nästan ingen sömn och alkoholintag."),
        ("Undersökningar", "DT hjärna ua. EEG med enstaka skarpa vågor temporalt vä."),
        ("Bedömning", "Epilepsi är inte säkerställd; möjlig temporallobsepilepsi med ett provocerat första anfall. MR hjärna och sömndeprivations-EEG beställs."),
    ], setting="öppenvård"),
], [B1], [], "After a first seizure: 'möjlig temporallobsepilepsi' left open.")

C("neu-als-misstanke-ej-informerad", "1957-08-14", "793", [
    N("n1", "sus_lund_neuro", "Daganteckning", L("Daniel Åkerlund"), "2024-07-08 16:20", [
        ("Aktuellt", "EMG: utbredd denervation i tre regioner, fascikulationer. Nervledningar normala."),
        ("Bedömning", "Misstänkt ALS. Patienten är inte informerad om misstanken ännu; samtal planeras tillsammans med överläkare när kompletterande MR halsrygg är gjord."),
    ], signed=None),
], [A1, B1], [], "Suspected ALS, written visibly, and the patient explicitly not told about the suspicion.")

C("neu-konsult-guillain-barre-uteslutes", "1968-02-19", "814", [
    N("n1", "sks_neuro", "Konsultationsanteckning", L("Ylva Hedlund"), "2024-01-29 11:00", [
        ("Frågeställning", "Medicin önskar bedömning: svaghet i benen efter gastroenterit. GBS?"),
        ("Status", "Kraft 5/5 i alla muskelgrupper, reflexer normala och symmetriska, ingen sensibilitetsstörning."),
        ("Bedömning", "Inga neurologiska fynd. Guillain-Barrés syndrom uteslutes kliniskt, svagheten förklaras av dehydrering och hypokalemi. Ingen likvorprovtagning behövs."),
    ]),
], [], [B1], "Consultation where the suspected GBS in the question is excluded.")

C("neu-hereditet-huntington-far", "1987-05-11", "925", [
    N("n1", "sus_lund_neuromott", "Mottagningsanteckning", L("Johanna Rydberg"), "2024-09-05 09:40", [
        ("Hereditet", "Far avled i Huntingtons sjukdom 2015. Farmor trol. samma sjukdom, aldrig utredd."),
        ("Aktuellt", "Återkommande spänningshuvudvärk, inga ofrivilliga rörelser, inga kognitiva besvär enligt pat och sambo."),
        ("Bedömning", "Spänningshuvudvärk. Normalt neurologiskt status. Pat har inte önskat prediktiv gentestning och respekteras i det."),
    ], setting="öppenvård"),
], [], [B1], "Family history with a hedged relative's diagnosis ('Farmor trol.') is not about the patient.")

C("neu-epilepsi-plan-vid-nytt-anfall", "1995-12-02", "136", [
    N("n1", "su_neuro", "Mottagningsanteckning", L("Magnus Öberg"), "2024-10-23 13:10", [
        ("Bedömning", "Juvenil myoklon epilepsi, väl kontrollerad på levetiracetam, anfallsfri 14 mån."),
        ("Planering", "Vid nytt anfall ska pat höra av sig till neurosjuksköterskan för dosjustering. Ev. nedtrappning diskuteras tidigast efter två anfallsfria år."),
    ], setting="öppenvård"),
], [], [B1], "Established epilepsy; 'vid nytt anfall' and 'ev. nedtrappning' are plans, not uncertain diagnoses.")

C("neu-sannolkit-epileptiskt-anfall-typo", "1975-07-23", "247", [
    N("n1", "sus_lund_neuro", "Akutanteckning", L("Amir Sadeghi"), "2024-08-12 02:55", [
        ("Aktuellt", "Hittad av sambon med ryckningar i alla extremiteter ca 2 min, tungbett, postiktal i 30 min."),
        ("Bedömning", "Sannolkit epileptiskt anfall, första episoden. DD konvulsiv synkope. Blodprover inkl. prolaktin, DT hjärna."),
    ], setting="akutmottagning"),
], [B1], [], "Typo 'Sannolkit' (sannolikt): probable epileptic seizure with a DD in a visible section.")

C("neu-myastenia-ak-positiva-ej-meddelat", "1960-03-28", "358", [
    N("n1", "su_neuro", "Läkaranteckning", L("Sanna Virtanen"), "2024-02-26 14:35", [
        ("Provsvar", "Acetylkolinreceptorantikroppar 12 nmol/L (ref < 0,4). Repetitiv stimulering med decrement 18 %."),
        ("Bedömning", "Generaliserad myasthenia gravis. Svaret har inte meddelats patienten ännu, neurosjuksköterska bokar telefontid samma vecka. DT thorax för tymusbedömning."),
    ], setting="öppenvård"),
], [A1], [B1], "Antibody-confirmed myasthenia written before it has been told to the patient.")

C("neu-epikris-huvudvark-sab-och-sinustrombos-avfardade-long", "1985-04-06", "469", [
    N("n1", "sks_neuro", "Epikris", L("Ylva Hedlund"), "2024-03-01 15:20", [
        ("Diagnos", "Migrän utan aura, status migraenosus (G43.2)."),
        ("Vårdförlopp", "38-årig kvinna som inkom med tre dygns intensiv, bultande huvudvärk, ljuskänslighet och kräkningar. Hon har haft migrän sedan tonåren men aldrig så långdragen. "
         "Eftersom hon beskrev debuten som ovanligt snabb utreddes subaraknoidalblödning: DT hjärna inom 6 timmar var normal och lumbalpunktionen visade klar likvor utan xantokromi. "
         "Då hon använder p-piller och huvudvärken var ihållande gjordes även DT-venografi, som visade öppna sinus och ingen sinustrombos. Neurologiskt status var hela tiden normalt. "
         "Behandlad med intravenös vätska, metoklopramid, ketorolak och en kortisonkur i tre dagar med god effekt. Huvudvärksfri sedan i går morse, äter och dricker normalt."),
        ("Status vid inkomst", "Ljuskänslig och illamående men vaken och orienterad. Ingen nackstelhet. Pupiller lika stora med prompt ljusreaktion. Ögonbottnar utan papillödem. Kranialnerver, kraft, sensibilitet, reflexer och koordination normala. Blodtryck 132/84, temp 37,2."),
        ("Lab", "Hb 131, LPK 9,1, CRP under 5, D-dimer 0,3, kreatinin och elektrolyter normala. Graviditetstest negativt."),
        ("Information", "Pat har fått information om att blödning och blodpropp är uteslutna och att det rör sig om ett långdraget migränanfall. Genomgång av läkemedelsöverförbrukning, "
         "hon tar triptan upp till 12 dagar i månaden, vilket kan bidra till tätare anfall."),
        ("Läkemedel", "Sumatriptan begränsas till högst 8 dagar per månad. Profylax med propranolol 40 mg x 2 insatt."),
        ("Uppföljning", "Huvudvärksdagbok. Återbesök neurologmottagningen om 3 månader för utvärdering av profylaxen. Byte av preventivmetod diskuteras med barnmorska."),
    ]),
], [], [B1, A1], "Long discharge summary where two serious differentials were excluded and the final diagnosis told.")

C("neu-remissvar-neurografi-ingen-polyneuropati", "1964-10-31", "571", [
    N("n1", "sus_lund_bof", "Remissvar", L("Kristian Möller"), "2024-11-12 10:25", [
        ("Frågeställning", "Domningar i fötterna, diabetes typ 2. Polyneuropati?"),
        ("Svar", "Neurografi av nn. suralis, peroneus och tibialis bilateralt med normala amplituder och hastigheter. Ingen neurografiskt verifierbar polyneuropati. Normalfynd."),
    ], setting="öppenvård"),
], [], [B1], "Neurophysiology answer: the question's suspicion is answered with a normal finding.")

C("neu-parkinson-informerad-barnen-ej", "1951-09-14", "682", [
    N("n1", "su_neuro", "Mottagningsanteckning", L("Sanna Virtanen"), "2024-05-14 11:10", [
        ("Bedömning", "Parkinsons sjukdom, tidig fas, god effekt av levodopatest."),
        ("Information", "Patienten har fått diagnosbeskedet idag och vill vänta med att berätta för sina vuxna barn till efter sommaren. Barnen är alltså inte informerade."),
        ("Planering", "Levodopa/karbidopa 100/25 mg x 3, fysioterapi via primärvården, Parkinsonsjuksköterska om 6 v."),
    ], signed=None, setting="öppenvård"),
], [], [A1, B1], "Near miss: the adult children are not informed, the patient is.")

# ---------------------------------------------------------------- oncology
C("onk-dt-progress-levermetastaser-ej-informerad", "1956-12-13", "793", [
    N("n1", "sus_lund_onk", "Läkaranteckning", L("Ingrid Carlsson"), "2024-06-10 16:05", [
        ("Utvärdering", "DT thorax-buk efter 4 cykler FOLFOX: nytillkomna levermetastaser i segment 6 och 7, lungnodulerna oförändrade."),
        ("Bedömning", "Progress av koloncancer med levermetastaser. Pat ej informerda, läkarbesök 14/6 där besked ges och andra linjens behandling diskuteras."),
    ], setting="öppenvård"),
], [A1], [B1], "Typo 'informerda'. Progression on CT written in an oncology note before the patient is told.")

C("onk-mdk-palliation-pat-informerad-barnen-ej", "1945-02-04", "814", [
    N("n1", "su_onk", "Läkaranteckning", L("Karolina Ström"), "2024-07-02 13:30", [
        ("MDK", "Metastaserad pankreascancer, ej aktuell för ytterligare tumörspecifik behandling."),
        ("Samtal", "Brytpunktssamtal med patienten idag. Han förstår att behandlingen inte längre hjälper och önskar vård i hemmet. "
         "Pat vill inte att vi informerar hans två döttrar förrän han själv talat med dem i helgen."),
        ("Planering", "Remiss ASIH. Vid behov-läkemedel ordinerade. Brytpunkt dokumenterad."),
    ], setting="öppenvård"),
], [], [A1, B1], "Near miss: relatives not yet informed at the patient's request; patient told.")

C("onk-epikris-neutropen-feber-long", "1963-08-25", "925", [
    N("n1", "su_onk", "Epikris", L("Karolina Ström"), "2024-04-19 11:15", [
        ("Diagnoser", "Neutropen feber efter cytostatika (D70.1). Bröstcancer vänster, adjuvant behandling pågår."),
        ("Onkologisk bakgrund", "Opererad med sektorresektion och sentinel node-biopsi vänster bröst i januari, pT2 N1a, ER-positiv, HER2-negativ. Planerad behandling är fyra cykler EC följt av tolv veckors paklitaxel, därefter strålbehandling och endokrin behandling i minst fem år. Tre av fyra EC-kurer är givna."),
        ("Status vid inkomst", "Blek och frusen, temp 38,9, puls 112, blodtryck 118/70, andningsfrekvens 18, saturation 97 %. Munslemhinnan röd med enstaka sår. Porten i höger infraklavikulärregion utan rodnad eller ömhet. Operationsärret läkt. Lungor och buk utan anmärkning."),
        ("Lab", "Vid inkomst LPK 0,6, neutrofila 0,2, Hb 104, trombocyter 88, CRP 68, laktat 1,4. Vid utskrivning neutrofila 1,4, Hb 101, trombocyter 142, CRP 22."),
        ("Vårdförlopp", "60-årig kvinna som får adjuvant EC-behandling efter operation för bröstcancer. Dag 9 efter tredje kuren feber 38,9 och frossa, neutrofila 0,2. "
         "Startad piperacillin/tazobaktam inom en timme från ankomst enligt rutin. Blododlingar från perifer ven och från porten växte inte. "
         "Lungröntgen utan infiltrat, urinodling negativ, inget fokus vid upprepade statusundersökningar. Porten bedömdes inte infekterad. "
         "Afebril efter 36 timmar och neutrofila steg till 1,4 på dag 4, antibiotika avslutades. Mukosit grad 2 behandlad med munsköljning och smärtlindring. "
         "Åt dåligt första dagarna, dietist har gett kostråd och näringsdrycker."),
        ("Information", "Patienten känner väl till sin cancerdiagnos och har nu även informerats om att infektionsfokus inte hittats och om hur hon ska agera vid feber framöver. "
         "Maken var med vid utskrivningssamtalet."),
        ("Läkemedel", "Antiemetika inför nästa kur kompletteras med olanzapin 5 mg till kvällen dag 1–4. Klorhexidinmunskölj två gånger dagligen så länge munsåren finns kvar. I övrigt oförändrat."),
        ("Planering", "Nästa kur senareläggs en vecka och ges med dosreduktion 20 % samt G-CSF-profylax, beslut av behandlande onkolog. "
         "Kontroll av blodstatus hos kontaktsjuksköterskan inför kuren. Temp över 38 eller frossa: ring direkt till onkologens avdelning dygnet runt."),
        ("Sjukskrivning", "Sjukskriven på heltid under hela den adjuvanta behandlingen, intyg förlängt till och med sista paklitaxeldosen. Hon arbetar som bibliotekarie på deltid."),
    ]),
], [], [A1, B1], "Long oncology discharge summary: known told cancer, negative work-up, no open hypothesis.")

C("onk-misstankt-lungcancer-remiss-mdk", "1954-01-22", "136", [
    N("n1", "su_med", "Läkaranteckning", L("Viktor Åberg"), "2024-09-26 16:40", [
        ("Aktuellt", "DT thorax: 3 cm förändring i vä underlob med spikulerad kontur och förstorad subkarinal körtel."),
        ("Bedömning", "Misstänkt lungcancer vä underlob, stadium minst IIIA om körteln är engagerad. Standardiserat vårdförlopp startat, bronkoskopi och PET-DT beställda."),
    ], setting="öppenvård"),
], [B1], [], "Suspected lung cancer (SVF started) in a visible medical note.")

C("onk-hjarnmetastaser-kan-ej-uteslutas", "1968-05-09", "247", [
    N("n1", "sus_lund_onk", "Akutanteckning", L("Jesper Axelsson"), "2024-10-03 21:30", [
        ("Aktuellt", "Känt malignt melanom stadium IV på immunterapi. Sedan 3 dagar huvudvärk och ostadighet."),
        ("Bedömning", "DT utan kontrast utan säker patologi men hjärnmetastaser kan ej uteslutas. MR hjärna med kontrast imorgon, betametason 8 mg x 1 tills vidare."),
    ], setting="akutmottagning"),
], [B1], [], "'hjärnmetastaser kan ej uteslutas' after a non-conclusive CT.")

C("onk-pet-utan-recidiv-ej-informerad-annu", "1972-04-27", "358", [
    N("n1", "sus_lund_onk", "Läkaranteckning", L("Ingrid Carlsson"), "2024-08-30 14:25", [
        ("Undersökningar", "PET-DT 12 månader efter avslutad behandling för Hodgkins lymfom: inget patologiskt FDG-upptag, komplett metabol remission kvarstår."),
        ("Bedömning", "Inga tecken på recidiv. Patienten är inte informerad om svaret ännu, ringer henne i eftermiddag."),
    ], signed=None, setting="öppenvård"),
], [], [A1, B1], "Near miss: normal PET answer not yet told; the recurrence is negated and the old lymphoma is history.")

C("onk-kontaktsjukskoterska-recidiv-redan-beskett", "1959-06-16", "469", [
    N("n1", "su_onk", "Omvårdnadsanteckning", S("Malin Gustafsson"), "2024-11-08 10:35", [
        ("Samtal", "Telefonsamtal med patienten dagen efter att hon av dr Ström fått besked om recidiv av ovarialcancer med peritoneal spridning. "
         "Hon har sovit dåligt men har kunnat prata med sin syster. Frågor om håravfall inför ny cytostatika besvarade."),
        ("Planering", "Peruk-remiss skickad. Ny kontakt nästa vecka."),
    ], setting="öppenvård"),
], [], [A1, B1], "Nurse note after the diagnosis (recurrence) was told by the doctor.")

C("onk-skane-tidiga-hypoteser-mall-sedan-informerad", "1961-10-05", "571", [
    N("n1", "sus_lund_onk", "Tidiga hypoteser", L("Jesper Axelsson"), "2024-02-06 15:50", [
        ("Tidiga hypoteser", "Stigande CEA och två små oklara leverförändringar på UL. Misstänkt levermetastasering av tidigare opererad rektalcancer. "
         "Pat ej informerad om misstanken i väntan på MR lever."),
    ], setting="öppenvård"),
    N("n2", "sus_lund_onk", "Läkaranteckning", L("Jesper Axelsson"), "2024-02-20 14:10", [
        ("Bedömning", "MR lever visar två metastaser i hö leverlob, resektabla. Patienten informerad om fyndet vid dagens besök och om planen för leverkirurgi."),
        ("Planering", "Remiss leverkirurgisk MDK."),
    ], setting="öppenvård"),
], [], [B1, A1, A2, B2], "Skåne Tidiga hypoteser template holds the untold hypothesis; the later visible note is confirmed and told.")

C("onk-vgr-tidiga-hypoteser-sokord-och-trol-stralpneumonit", "1950-11-30", "682", [
    N("n1", "su_onk", "Läkaranteckning", L("Karolina Ström"), "2024-05-23 15:05", [
        ("Aktuellt", "Torrhosta och lätt andfåddhet 6 v efter avslutad strålbehandling mot vä lunga."),
        ("Bedömning", "Trol. strålpneumonit. Startar prednisolon 30 mg, ny DT om 4 v."),
        ("Tidiga hypoteser", "Ny förtätning i mediastinum kan också vara tidigt lokalrecidiv, ännu ej kommunicerat med pat."),
    ], setting="öppenvård"),
], [B1], [], "VGR note with a hypothesis correctly under the Tidiga hypoteser sökord, but another hedged diagnosis in visible Bedömning.")

C("onk-vgr-tidiga-hypoteser-sokord-enbart", "1966-01-18", "793", [
    N("n1", "su_onk", "Läkaranteckning", L("Karolina Ström"), "2024-03-12 11:55", [
        ("Aktuellt", "Uppföljning 2 år efter operation för njurcellscancer. Mår bra, arbetar heltid."),
        ("Bedömning", "Stabilt. Blodprover ua. Fortsatt uppföljning enligt vårdprogram."),
        ("Tidiga hypoteser", "Liten nytillkommen nodulus i hö lunga på DT, misstänkt metastas. Patienten ej informerad i väntan på kontroll-DT om 3 mån."),
    ], setting="öppenvård"),
], [], [B1, A1], "VGR: the suspicion and the 'ej informerad' are only under the Tidiga hypoteser sökord; visible sections are clean.")

C("onk-behandlande-onkolog-vill-ge-besked-recidiv", "1976-03-21", "814", [
    N("n1", "sus_lund_onk", "Telefonanteckning", S("Sofie Lindberg"), "2024-09-09 09:20", [
        ("Kontaktorsak", "Pat ringer och frågar efter svaret på skiktröntgen från förra veckan."),
        ("Åtgärd", "DT visar recidiv av livmoderhalscancer i bäckenet. Behandlande onkolog vill själv ge beskedet vid besöket på torsdag, så patienten har inte fått svaret i telefon. "
         "Besökstiden bekräftad med pat."),
    ], setting="öppenvård"),
], [A1], [B1], "Nurse phone note writes the recurrence while the patient was deliberately not given the answer.")

C("onk-hem-om-pad-bekraftar-lymfom", "1982-07-09", "925", [
    N("n1", "sus_lund_hem", "Remissbedömning", L("Oskar Lindgren"), "2024-04-25 10:40", [
        ("Remiss", "Från ÖNH: förstorad lymfkörtel på halsen 3 cm sedan 2 mån, nattsvettningar."),
        ("Bedömning", "Körtelexstirpation gjord av ÖNH, PAD inväntas. Om PAD bekräftar lymfom planeras PET-DT och benmärgsprov samma vecka."),
    ], setting="öppenvård"),
], [B1], [], "Hypothetical plan that reveals an open hypothesis ('om PAD bekräftar lymfom').")

C("onk-palliativ-epikris-hyperkalcemi-hjarnmetastaser-uteslutna", "1944-12-19", "136", [
    N("n1", "sus_lund_onk", "Epikris", L("Jesper Axelsson"), "2024-07-15 12:30", [
        ("Diagnoser", "Hyperkalcemi vid skelettmetastaserad prostatacancer."),
        ("Vårdförlopp", "Inkom med förvirring och trötthet. Kalcium 3,4. Hjärnmetastaser uteslöts med DT hjärna. Behandlad med vätska och zoledronsyra, kalcium 2,6 vid utskrivning och förvirringen har gått över."),
        ("Information", "Patienten och sonen har fått information om orsaken till förvirringen."),
    ]),
], [], [A1, B1], "Palliative epikris: differential for confusion closed, cause told.")

# ---------------------------------------------------------------- paediatrics (children under 13)
C("ped-epikris-bakteriell-meningit-uteslutes-trol-enterovirus", "2020-02-11", "247", [
    N("n1", "su_barn", "Epikris", L("Anna-Karin Lööf"), "2024-07-26 13:00", [
        ("Vårdförlopp", "4-årig pojke med feber, huvudvärk och nackstelhet. Likvor med 140 celler, huvudsakligen mononukleära, normalt glukos. "
         "Bakteriell meningit uteslutes då likvorodlingen är negativ efter 48 h. Trol. enterovirusmeningit, PCR från likvor ej klar. Antibiotika avslutat, fin klinisk förbättring."),
        ("Uppföljning", "Hörselkontroll om 6 veckor. Föräldrarna informerade om förloppet."),
    ]),
], [B1], [], "Child discharge: bacterial meningitis closed but viral cause still 'trol.' with PCR pending.")

C("ped-all-foraldrar-och-barn-informerade", "2017-10-03", "358", [
    N("n1", "sus_lund_barn", "Läkaranteckning", L("Erik Wennberg"), "2024-01-16 15:30", [
        ("Benmärg", "Benmärgsaspiration: 86 % lymfoblaster, B-prekursor-ALL, immunfenotyp och genetik klar."),
        ("Samtal", "Informationssamtal med båda föräldrarna och med patienten (6 år) i åldersanpassad form, med barnsjuksköterska och lekterapeut närvarande. "
         "Diagnosen akut lymfatisk leukemi och behandlingsplanen enligt ALLTogether genomgångna."),
        ("Planering", "CVK-inläggning imorgon, start induktion på onsdag."),
    ]),
], [], [A1, B1], "Child with leukaemia: diagnosis told to both parents and to the child.")

C("ped-cystisk-fibros-svettest-foraldrar-ej-besked", "2024-03-02", "469", [
    N("n1", "hbg_barn", "Läkaranteckning", L("Maja Nordström"), "2024-04-04 16:10", [
        ("Provsvar", "Svettest: klorid 92 mmol/L vid två tillfällen. Genetik: homozygot F508del."),
        ("Bedömning", "Cystisk fibros. Föräldrarna har ännu inte fått besked; de kallas till CF-teamet på måndag där läkare, sjuksköterska och kurator ger informationen."),
    ], setting="öppenvård"),
], [A1], [B1], "One-month-old: firm CF diagnosis written before the guardians (the journal readers) are told.")

C("ped-inkomplett-kawasaki-misstankt", "2021-06-21", "571", [
    N("n1", "nu_barn", "Daganteckning", L("Jonatan Berg"), "2024-09-14 11:25", [
        ("Aktuellt", "Dag 6 med feber, konjunktivit och röda spruckna läppar. Inga utslag, inga förstorade körtlar."),
        ("Bedömning", "Misstänkt inkomplett Kawasakis sjukdom, CRP 140, trombocyter stigande. Ekokardiografi idag, IVIG om koronarpåverkan eller fortsatt feber."),
    ]),
], [B1], [], "Suspected incomplete Kawasaki disease in a visible paediatric note.")

C("ped-febrilkramp-ingen-misstanke-epilepsi", "2022-08-30", "682", [
    N("n1", "sus_lund_barn", "Akutanteckning", L("Erik Wennberg"), "2024-02-08 19:40", [
        ("Aktuellt", "Generaliserat krampanfall 2 min i samband med feber 39,8. Förkyld sedan två dagar."),
        ("Status", "Opåverkad efter 30 min, normalt neurologiskt status, röd svalg."),
        ("Bedömning", "Enkel feberkramp. Ingen misstanke om epilepsi eller CNS-infektion. Hem med febernedsättande och skriftlig information till föräldrarna."),
    ], setting="akutmottagning"),
], [], [B1], "Negated epilepsy and CNS infection after a simple febrile seizure.")

C("ped-celiaki-biopsi-besked-till-foraldrar", "2016-04-14", "793", [
    N("n1", "su_barn", "Mottagningsanteckning", L("Anna-Karin Lööf"), "2024-05-07 09:50", [
        ("Aktuellt", "Återbesök för biopsisvar. Tarmbiopsi Marsh 3b, transglutaminas-ak > 10 x övre normalgräns."),
        ("Bedömning", "Celiaki. Besked givet till mamma och pappa samt till patienten, 8 år. Remiss till dietist för glutenfri kost."),
    ], setting="öppenvård"),
], [], [A1, B1], "Coeliac disease told to the child and both parents.")

C("ped-buksmarta-ej-misstanke-appendicit-ev-hemgang", "2013-12-25", "814", [
    N("n1", "hbg_barn", "Daganteckning", L("Maja Nordström"), "2024-10-28 10:15", [
        ("Aktuellt", "10-årig flicka inlagd för observation av buksmärta. Smärtan avtagit under natten, äter frukost."),
        ("Bedömning", "Mjuk och oöm buk, CRP 4. Ej misstanke om appendicit. Obstipation förklarar besvären."),
        ("Planering", "Ev. hemgång efter lunch. Makrogol, fiberrik kost."),
    ]),
], [], [B1], "Child observation note: appendicitis negated ('Ej misstanke om'), 'ev.' about discharge only.")

C("ped-bvc-pmo-misstankt-hoftledsluxation", "2024-06-02", "925", [
    N("n1", "bvc_lomma", "BVC-besök", S("Camilla Jönsson"), "2024-07-05 10:30", [
        ("Undersökning", "4-veckorsbesök. Asymmetriska lårveck, begränsad abduktion vä höft vid kontroll av BVC-läkare."),
        ("Bedömning", "Misstänkt höftledsluxation vä. Remiss till barnortopeden för ultraljud, föräldrarna informerade om varför."),
    ], setting="öppenvård"),
], [], [B1], "PMO child health centre: a suspected diagnosis is not shown in PMO.")

C("ped-trolig-astma-provbehandling", "2018-03-17", "136", [
    N("n1", "su_barn", "Mottagningsanteckning", L("Jonatan Berg"), "2024-10-16 14:00", [
        ("Aktuellt", "Återkommande nattlig hosta och pip i bröstet vid förkylning och ansträngning. Eksem som liten."),
        ("Bedömning", "Trolig astma. Provbehandling med inhalationssteroid i 3 månader, spirometri med reversibilitet vid nästa besök."),
    ], signed=None, setting="öppenvård"),
], [B1], [], "'Trolig astma' with a treatment trial in a visible child note.")

C("ped-diabetes-typ1-bekraftad-informerade", "2015-09-05", "247", [
    N("n1", "nu_barn", "Epikris", L("Jonatan Berg"), "2024-03-25 11:45", [
        ("Diagnos", "Diabetes mellitus typ 1, debut med ketoacidos."),
        ("Vårdförlopp", "Inkom med törst, viktnedgång och pH 7,18. Behandlad enligt DKA-PM. Autoantikroppar mot GAD och IA-2 positiva. Insulinpump och sensor startade."),
        ("Information", "Patienten (8 år) och båda föräldrarna har fått information och utbildning av diabetesteamet under vårdtiden."),
    ]),
], [], [A1, B1], "Child type 1 diabetes confirmed and taught to the family.")

C("ped-klinefelter-karyotyp-ej-informerade", "2016-01-29", "358", [
    N("n1", "sus_lund_barn", "Läkaranteckning", L("Lotta Ahlqvist"), "2024-06-20 15:05", [
        ("Provsvar", "Kromosomanalys: 47,XXY."),
        ("Bedömning", "Klinefelters syndrom. Föräldrarna är ännu inte informerade och inte heller pojken; besked ges vid genetisk vägledning 4/7 tillsammans med barnendokrinolog."),
    ], setting="öppenvård"),
], [A1], [B1], "Karyotype result in a child's visible note before child and parents are told.")

C("ped-epikris-rs-bronkiolit-sepsis-avfardad-long", "2023-12-08", "469", [
    N("n1", "nu_barn", "Epikris", L("Helga Nyström"), "2024-10-20 12:20", [
        ("Diagnos", "Bronkiolit orsakad av RS-virus (J21.0)."),
        ("Vårdförlopp", "10 månader gammal pojke som inkom via akuten med tre dygns snuva och hosta, feber 39,5 och sjunkande vätskeintag. "
         "Vid ankomst takypné 64/min, indragningar och saturation 89 %. Eftersom han var slö och hade feber togs blododling och CRP som var 46, "
         "och initialt gavs ceftriaxon för att täcka en eventuell bakteriell infektion. Nasofarynxprov var positivt för RS-virus, blododlingen var negativ efter 48 timmar "
         "och antibiotikan sattes ut, sepsismisstanken avskrevs. Behandlad med högflödesgrimma i två dygn, därefter vanlig syrgas i ett dygn. "
         "Nasogastrisk sond för nutrition under tre dygn, ammar nu och äter gröt som vanligt. Saturation över 94 % utan syrgas sedan i går kväll, även under sömn."),
        ("Status vid utskrivning", "Pigg och kontaktsökande, ler och jollrar. Andningsfrekvens 38 utan indragningar, enstaka rassel bilateralt. Hjärtat utan blåsljud. Fontanellen i nivå. Vikt 8,9 kg, samma som vid inkomst."),
        ("Bakgrund", "Född fullgången efter normal graviditet, tidigare frisk och följer sin tillväxtkurva. Vaccinerad enligt programmet. Storasyster 4 år går på förskola och var förkyld veckan innan."),
        ("Information", "Föräldrarna har fått information om RS-bronkiolit och om att hostan kan hålla i sig flera veckor. De har fått muntlig och skriftlig information om när de ska söka igen: "
         "indragningar, andningsuppehåll eller om pojken inte orkar äta."),
        ("Uppföljning", "Ingen planerad uppföljning. Syskon på förskolan, god handhygien rekommenderad."),
    ]),
], [], [B1, A1], "Long child epikris: initial sepsis suspicion dismissed after negative culture, RSV confirmed and told.")

C("ped-feber-utan-fokus-om-odlingen-bekraftar-pyelonefrit", "2023-10-11", "571", [
    N("n1", "hbg_barn", "Akutanteckning", L("Ludvig Falk"), "2024-06-29 22:10", [
        ("Aktuellt", "8 mån, feber 40 i två dygn utan luftvägssymtom. Äter sämre men blöter blöjor."),
        ("Bedömning", "Feber utan fokus. Urinsticka med leukocyter, kateterurin odlad. Om odlingen bekräftar pyelonefrit ges ceftibuten i 10 dagar och UL njurar bokas."),
    ], setting="akutmottagning"),
], [B1], [], "Conditional plan revealing an open pyelonephritis hypothesis in a child.")

C("ped-jia-kan-ej-uteslutas", "2019-05-06", "682", [
    N("n1", "sus_lund_barn", "Mottagningsanteckning", L("Lotta Ahlqvist"), "2024-11-13 13:35", [
        ("Aktuellt", "Svullet hö knä sedan 7 veckor, haltar på morgonen. Ingen feber."),
        ("Bedömning", "Juvenil idiopatisk artrit kan ej uteslutas. Borreliaserologi och UL knä, remiss till barnreumatolog."),
    ], setting="öppenvård"),
], [B1], [], "'JIA kan ej uteslutas' in a child's visible note.")

# ---------------------------------------------------------------- psychiatry
C("psy-epikris-bipolar-informerad-heldygn", "1990-08-18", "793", [
    N("n1", "sas_psyk_avd", "Epikris", L("Mattias Wahlström"), "2024-04-04 14:30", [
        ("Diagnos", "Bipolär sjukdom typ 1, aktuell episod manisk med psykotiska symtom."),
        ("Vårdförlopp", "Vårdad enligt LPT de första 10 dagarna, därefter frivilligt. Svar på olanzapin och litium, sömnen normaliserad, inga psykotiska symtom sista veckan."),
        ("Information", "Pat har fått information om diagnosen och psykoedukation om tidiga varningstecken. Sambon har deltagit i ett av samtalen."),
    ], setting="psykiatrisk heldygnsvård"),
], [], [A1, B1], "Psychiatric inpatient discharge: bipolar diagnosis told to the patient.")

C("psy-schizofreni-stalld-ej-informerad", "1998-02-24", "814", [
    N("n1", "psyk_malmo", "Läkaranteckning", L("Fredrika Molin"), "2024-08-06 16:15", [
        ("Bedömning", "Efter 8 månaders uppföljning med kvarstående hörselhallucinationer, förföljelseidéer och sociala funktionsbortfall uppfylls kriterierna för schizofreni (F20.0). "
         "Pat är ej informerad om diagnosen ännu; vi planerar att ge den vid nästa besök när behandlingsrelationen är tryggare och kontaktpersonen kan delta."),
    ], setting="psykiatrisk öppenvård"),
], [A1], [B1], "Psychiatric diagnosis firm and visible, patient deliberately not yet informed.")

C("psy-adhd-eller-bipolar-typ2-oppen", "1995-11-07", "925", [
    N("n1", "su_psyk", "Läkaranteckning", L("Rasmus Lind"), "2024-03-13 10:50", [
        ("Aktuellt", "Perioder av rastlöshet, minskat sömnbehov och impulsivitet, växlar med nedstämdhet. Koncentrationssvårigheter sedan skolåren."),
        ("Bedömning", "ADHD eller bipolär sjukdom typ 2, DD emotionell instabilitet. Stämningsdagbok i 2 månader och neuropsykiatrisk screening innan behandlingsbeslut."),
    ], signed=None, setting="psykiatrisk öppenvård"),
], [B1], [], "Open psychiatric differential in a visible note.")

C("psy-psykolog-autism-aterkoppling-ej-gjord", "2001-04-19", "136", [
    N("n1", "psyk_malmo", "Psykologanteckning", ("Hedvig Sjögren", "psykolog"), "2024-05-29 15:20", [
        ("Utredning", "Sammanställning av neuropsykiatrisk utredning: ADOS-2, anamnes med mamma och kognitiv testning (WAIS-IV)."),
        ("Resultat", "Kriterierna för autism (F84.0) är uppfyllda, utan intellektuell funktionsnedsättning. Återkoppling till patienten är inte gjord än; bokad 12/6 tillsammans med läkare."),
    ], setting="psykiatrisk öppenvård"),
], [A1], [B1], "Psychologist writes a completed autism assessment before feedback to the patient.")

C("psy-utredning-autism-uteslutes", "1993-09-27", "247", [
    N("n1", "nu_psyk", "Psykologanteckning", ("Farid Mansour", "psykolog"), "2024-10-02 13:40", [
        ("Resultat", "Utredningen ger inte stöd för autism. Svårigheterna i sociala situationer förklaras bättre av social ångest, som patienten själv beskriver."),
        ("Återkoppling", "Resultatet återkopplat till patienten idag. Rekommenderar KBT mot social ångest."),
    ], setting="psykiatrisk öppenvård"),
], [], [B1, A1], "Autism not supported by the assessment; alternative explanation told to the patient.")

C("psy-pmo-vardcentral-trolig-ptsd", "1984-06-13", "358", [
    N("n1", "vc_sofielund", "Läkarbesök", L("Sami Hallström"), "2024-01-24 11:30", [
        ("Aktuellt", "Sömnsvårigheter, mardrömmar och undvikande sedan bilolycka i höstas."),
        ("Bedömning", "Trolig PTSD. Remiss till vårdcentralens psykolog för traumafokuserad KBT."),
    ], setting="öppenvård"),
], [], [B1], "PMO primary care: hedged PTSD is never shown in PMO.")

C("psy-avdelning-mojligen-permission", "1979-03-02", "469", [
    N("n1", "psyk_hbg_avd", "Daganteckning", S("Jonas Eklund"), "2024-06-14 14:05", [
        ("Omvårdnad", "Pat har deltagit i gruppaktivitet och ätit alla måltider. Lugn i kontakten, inga suicidtankar uttalas."),
        ("Planering", "Möjligen permission över helgen efter läkarbedömning på fredag. Eventuellt även hembesök med arbetsterapeut nästa vecka."),
    ], setting="psykiatrisk heldygnsvård"),
], [], [B1], "Psychiatric ward note with hedges about leave and a home visit, no diagnosis.")

C("psy-bup-misstankt-adhd-skane", "2014-02-17", "571", [
    N("n1", "sus_lund_bup", "Läkaranteckning", L("Victoria Ek"), "2024-09-18 10:10", [
        ("Aktuellt", "10-årig pojke remitterad från elevhälsan pga koncentrationssvårigheter och impulsivitet i skolan och hemma."),
        ("Bedömning", "Misstänkt ADHD. Neuropsykiatrisk utredning startas, skattningsformulär till föräldrar och lärare."),
    ], setting="psykiatrisk öppenvård"),
], [B1], [], "Skåne child psychiatry: suspected ADHD in a visible note (guardians read it).")

C("psy-hereditet-bipolar-mor-depression-pat", "1997-12-12", "682", [
    N("n1", "nu_psyk", "Nybesök", L("Ebba Norberg"), "2024-02-15 14:25", [
        ("Hereditet", "Mor har bipolär sjukdom. Morbror trol. schizofreni, vårdades mycket på 80-talet."),
        ("Bedömning", "Medelsvår depressiv episod. Inga hypomana perioder enligt pat eller sambo. Start sertralin 50 mg."),
    ], setting="psykiatrisk öppenvård"),
], [], [B1], "Hedged diagnosis about a relative in Hereditet, patient's own diagnosis firm.")

C("psy-missankt-psykos-typo-avdelning", "2000-07-31", "793", [
    N("n1", "sas_psyk_avd", "Inskrivningsanteckning", L("Mattias Wahlström"), "2024-05-02 23:45", [
        ("Aktuellt", "Polisen kommer med pat efter oroande beteende på tågstationen. Talar osammanhängande, verkar lyssna på röster."),
        ("Bedömning", "Missänkt psykos, drogutlöst eller debut av primär psykossjukdom. Drogscreening, observation."),
    ], setting="psykiatrisk heldygnsvård"),
], [B1], [], "Typo 'Missänkt' (misstänkt) psychosis in a visible admission note.")

C("psy-anorexi-diagnos-ej-diskuterad-med-pat", "2004-08-22", "814", [
    N("n1", "su_psyk", "Läkaranteckning", L("Rasmus Lind"), "2024-07-11 12:40", [
        ("Status", "BMI 15,2, bradykardi 44, lanugo. Uttalad viktfobi."),
        ("Bedömning", "Anorexia nervosa, restriktiv typ. Diagnosen har inte diskuterats med patienten ännu, hon är mycket ambivalent till vård; tas upp i samtal med behandlingsteamet på tisdag."),
    ], setting="psykiatrisk öppenvård"),
], [A1], [B1], "Eating-disorder diagnosis written visibly while it has not been discussed with the patient.")

C("psy-multidag-psykos-amfetamin-bekraftad", "1996-01-04", "925", [
    N("n1", "psyk_hbg_avd", "Inskrivningsanteckning", L("Ola Lindström"), "2024-03-04 01:30", [
        ("Aktuellt", "Inkommer med paranoida vanföreställningar och sömnlöshet i 5 dygn. Uppger sporadiskt amfetaminbruk."),
        ("Bedömning", "Psykos, trol. substansutlöst, DD debuterande schizofreni. Drogscreening, observation utan antipsykotika första dygnet."),
    ], setting="psykiatrisk heldygnsvård"),
    N("n2", "psyk_hbg_avd", "Daganteckning", L("Ola Lindström"), "2024-03-11 13:20", [
        ("Aktuellt", "Urinprov positivt för amfetamin. Helt fri från psykotiska symtom sedan 4 dygn utan antipsykotisk behandling."),
        ("Bedömning", "Amfetaminutlöst psykos. Psykossymtomens snabba och fullständiga regress talar emot schizofreni. Informerat pat om bedömningen, remiss till beroendemottagningen."),
    ], setting="psykiatrisk heldygnsvård"),
], [B1], [B2, A2], "Psychiatric ward: open DD at admission, settled a week later (schizophrenia argued against) and told.")

C("psy-emotionellt-instabil-personlighet-kan-ej-uteslutas", "1999-10-16", "136", [
    N("n1", "nu_psyk", "Läkaranteckning", L("Ebba Norberg"), "2024-11-06 15:55", [
        ("Bedömning", "Pågående depressiv episod med upprepade självskadehandlingar. Emotionellt instabil personlighetsstörning kan inte uteslutas men bedöms inte under pågående depression. "
         "Ny bedömning med SCID-5-PD när depressionen har behandlats."),
    ], setting="psykiatrisk öppenvård"),
], [B1], [], "Personality disorder 'kan inte uteslutas', assessment deferred.")

C("psy-depression-informerad-maken-ej", "1973-05-21", "247", [
    N("n1", "psyk_malmo", "Läkaranteckning", L("Fredrika Molin"), "2024-04-17 11:15", [
        ("Bedömning", "Egentlig depression, medelsvår, utan psykotiska symtom. Diagnosen och behandlingsalternativen genomgångna med patienten."),
        ("Övrigt", "Pat vill inte att maken ska veta att hon söker psykiatrin och han är inte informerad. Respekteras."),
    ], setting="psykiatrisk öppenvård"),
], [], [A1, B1], "Near miss: spouse not informed at the patient's wish; the patient knows her diagnosis.")

# ---------------------------------------------------------------- infection
C("inf-tbc-odling-efter-utskrivning-ej-informerad", "1989-09-09", "358", [
    N("n1", "sus_malmo_inf", "Läkaranteckning", L("Tove Lindahl"), "2024-02-13 13:55", [
        ("Provsvar", "Sputumodling från vårdtillfället nu positiv för Mycobacterium tuberculosis, känslig för standardpreparat."),
        ("Bedömning", "Lungtuberkulos. Patienten är utskriven och ännu inte underrättad; nås ej på angivet nummer. Smittskyddsanmälan gjord, tbc-sjuksköterska söker pat via tolk."),
    ], setting="öppenvård"),
], [A1], [B1], "Culture result after discharge: tuberculosis written while the patient has not been reached.")

C("inf-hiv-positiv-ej-informerad", "1991-03-26", "469", [
    N("n1", "su_inf", "Läkaranteckning", L("Karin Åström"), "2024-05-30 16:25", [
        ("Provsvar", "HIV-1 antikroppar/antigen positiv, bekräftad med immunoblot. HIV-RNA 85 000 kopior/mL."),
        ("Bedömning", "Hivinfektion. Pat har inte fått besked än, kallas till besök imorgon kl 10 med kurator, där provsvaret lämnas och smittspårning påbörjas."),
    ], setting="öppenvård"),
], [A1], [B1], "Confirmed HIV in a visible note before the patient has been told.")

C("inf-hiv-besked-givet-partnern-ej", "1986-11-15", "571", [
    N("n1", "sus_malmo_inf", "Läkaranteckning", L("Tove Lindahl"), "2024-06-04 11:20", [
        ("Samtal", "Besked om positivt hivtest lämnat till patienten idag, tillsammans med kurator. Han tog det hårt men är fokuserad på behandlingen."),
        ("Smittspårning", "Nuvarande partner ännu inte informerad; pat vill själv berätta under veckan och återkommer till kurator. Förhållningsregler givna."),
        ("Planering", "Start antiretroviral behandling efter baslabb, återbesök 2 v."),
    ], setting="öppenvård"),
], [], [A1, B1], "Near miss: partner not yet informed, the patient received the diagnosis today.")

C("inf-trolig-neuroborrelios-likvor-vantas", "1967-07-17", "682", [
    N("n1", "sas_inf", "Daganteckning", L("Niklas Fransson"), "2024-08-27 12:10", [
        ("Aktuellt", "Perifer facialispares hö sedan 4 dagar, fästingbett i juni. Radikulär smärta i bröstryggen."),
        ("Bedömning", "Trloig neuroborrelios. Lumbalpunktion gjord, likvor med 80 mononukleära celler, antikroppsindex inväntas. Start doxycyklin 200 mg x 1 i 14 dagar."),
    ]),
], [B1], [], "Typo 'Trloig' (trolig). 'Trolig neuroborrelios' pending CSF antibody index in a visible note.")

C("inf-spondylodiskit-dd-tumor-oppen", "1952-04-09", "793", [
    N("n1", "sus_malmo_inf", "Konsultationsanteckning", L("Gustav Nyberg"), "2024-09-30 14:40", [
        ("Frågeställning", "Ortopeden: ryggsmärta, feber och MR-förändring L3-L4."),
        ("Bedömning", "Spondylodiskit L3-L4 är mest sannolikt, men tumör kan inte uteslutas utifrån MR. Blododlingar negativa hittills. Rekommenderar DT-ledd biopsi för odling och PAD före antibiotikastart."),
    ]),
], [B1], [], "Infection consult with 'mest sannolikt' and an open tumour differential.")

C("inf-malaria-uteslutes-dengue-bekraftad", "1994-05-03", "814", [
    N("n1", "su_inf", "Epikris", L("Yasmin Aziz"), "2024-01-31 10:30", [
        ("Diagnos", "Denguefeber utan varningstecken (A97.0)."),
        ("Vårdförlopp", "Feber, muskelvärk och utslag efter resa till Thailand. Malaria uteslöts med tre negativa snabbtest och utstryk. Dengue NS1-antigen positivt. "
         "Trombocyter lägst 62, stigande vid utskrivning. Understödjande behandling."),
        ("Information", "Pat informerad om diagnosen, om att undvika NSAID och om att söka vid blödningstecken."),
    ]),
], [], [B1, A1], "Travel fever: malaria excluded, dengue confirmed and told.")

C("inf-influensa-pos-covid-neg", "1955-10-25", "925", [
    N("n1", "sus_malmo_inf", "Inskrivningsanteckning", L("Gustav Nyberg"), "2024-01-08 17:35", [
        ("Aktuellt", "Hög feber, muskelvärk och torrhosta sedan 2 dagar. Hemtjänstpersonal sjuk i influensa."),
        ("Lab", "PCR nasofarynx: influensa A positiv, SARS-CoV-2 negativ. CRP 42. Lungröntgen utan infiltrat."),
        ("Bedömning", "Influensa A utan tecken på pneumoni. Oseltamivir 75 mg x 2 i 5 dagar, isolering på enkelrum."),
    ]),
], [], [B1], "Respiratory PCR: influenza confirmed, COVID-19 negative, pneumonia negated.")

C("inf-konsult-endokardit-kan-ej-uteslutas-draft", "1946-06-12", "136", [
    N("n1", "sas_inf", "Konsultationsanteckning", L("Niklas Fransson"), "2024-04-15 15:15", [
        ("Frågeställning", "Medicin: Enterococcus faecalis i 2 av 2 blododlingar, ingen klar källa."),
        ("Bedömning", "Endokardit kan ej uteslutas trots normalt TTE, då E. faecalis-bakteriemi utan fokus ofta är endokardit. Rekommenderar TEE, ampicillin 2 g x 6 i väntan på det."),
    ], signed=None),
], [B1], [], "Unsigned consultation draft: endocarditis 'kan ej uteslutas'.")

C("inf-clostridioides-vid-ev-recidiv", "1948-12-27", "247", [
    N("n1", "ystad_med", "Epikris", L("Karl Nilsson"), "2024-10-11 11:05", [
        ("Diagnos", "Clostridioides difficile-infektion, första episoden, efter antibiotikabehandling av pneumoni."),
        ("Vårdförlopp", "Toxinpositiv diarré, behandlad med vankomycin peroralt i 10 dagar. Formade avföringar sedan 3 dagar."),
        ("Planering", "Vid ev. recidiv ges fidaxomicin enligt regional riktlinje; pat ska då kontakta vårdcentralen. Undvik onödig antibiotika framöver."),
    ]),
], [], [B1], "Plan for a possible recurrence of a confirmed infection; 'ev.' refers to the future event.")

C("inf-hepatit-c-rna-pos-ej-underrattad", "1980-02-07", "358", [
    N("n1", "su_inf", "Telefonanteckning", S("Petra Kjellberg"), "2024-07-24 09:45", [
        ("Provsvar", "Anti-HCV positiv, HCV-RNA 2,1 miljoner IE/mL, genotyp 3a."),
        ("Åtgärd", "Kronisk hepatit C. Patienten har inte underrättats, sökt två gånger per telefon utan svar. Brev om tid till infektionsläkare skickat, diagnosen nämns inte i brevet."),
    ], signed=None, setting="öppenvård"),
], [A1], [B1], "Nurse phone note: chronic hepatitis C written visibly, the patient not yet reached.")

C("inf-epikris-urosepsis-kolangit-avfardad-long", "1942-08-01", "469", [
    N("n1", "sas_inf", "Epikris", L("Yasmin Aziz"), "2024-11-18 13:40", [
        ("Diagnoser", "Sepsis orsakad av E. coli (A41.5) med urinvägarna som fokus. Akut njursvikt, i regress. Typ 2-diabetes."),
        ("Anamnes", "81-årig kvinna som bor med sin make och klarar sig själv. Sökte med frossa, feber 39,8, förvirring och ont i magen. "
         "Vid ankomst blodtryck 88/50, laktat 4,1 och påverkat allmäntillstånd, uppfyllde sepsiskriterier."),
        ("Status vid inkomst", "Varm, frossande och orolig, desorienterad till tid och rum. Temp 39,8, puls 124, andningsfrekvens 26, saturation 93 %. Dunkömhet över höger njurloge, ömhet under höger arcus utan muskelförsvar. Inga hudförändringar, ingen nackstelhet."),
        ("Lab", "Vid inkomst CRP 286, LPK 21,4, trombocyter 98, bilirubin 38, ALAT 1,1, kreatinin 212, laktat 4,1. Vid utskrivning CRP 34, LPK 7,8, trombocyter 189, bilirubin 12, kreatinin 98."),
        ("Mikrobiologi", "Blododling 2 av 2 flaskpar och urinodling: E. coli, känslig för cefotaxim och ciprofloxacin, resistent mot trimetoprim."),
        ("Vårdförlopp", "Eftersom hon hade ömhet under höger arcus och stegrat bilirubin 38 väcktes initialt frågan om kolangit. Ultraljud visade inga gallsten och ej vidgade gallvägar, "
         "och MRCP dag 2 var normal, så kolangit kunde avföras. Blododlingar och urinodling växte samma E. coli, vilket fastställde urinvägarna som källa. "
         "Behandlad med vätska, noradrenalin i 12 timmar på IVA och cefotaxim, byte till ciprofloxacin peroralt dag 5 efter resistensbesked. "
         "Kreatinin högst 212, nu 98. Metformin pausat under vårdtiden, blodsocker styrt med insulin och nu åter på tabletter. Förvirringen gick i regress efter 2 dygn."),
        ("Information", "Patienten och maken har fått information om sepsis, att infektionen kom från urinvägarna och att gallvägarna var normala."),
        ("Läkemedel", "Ciprofloxacin 500 mg x 2 t.o.m. 24/11. Metformin återinsatt. Oförändrat i övrigt."),
        ("Funktion", "Mobiliserad med fysioterapeut och går säkert med rollator. Klarar personlig hygien själv. Maken stöttar med inköp de närmaste veckorna och ingen hemtjänst behövs."),
        ("Uppföljning", "Kreatinin och blodstatus på vårdcentralen om 1 vecka. Ingen planerad kontroll på infektionsmottagningen."),
        ("Råd", "Hon uppmanas dricka rikligt, särskilt vid varmt väder, och höra av sig till vårdcentralen vid sveda, täta trängningar eller ny feber."),
    ]),
], [], [B1, A1], "Long sepsis epikris: early cholangitis suspicion ruled out by MRCP, source confirmed, told.")

C("inf-pmo-vardcentral-trol-borrelia-erytem", "1971-08-08", "571", [
    N("n1", "vc_simrishamn", "Läkarbesök", L("Åsa Kvist"), "2024-07-29 08:50", [
        ("Aktuellt", "Rodnad 8 cm runt fästingbett på låret sedan en vecka, växer utåt."),
        ("Bedömning", "Trol. erythema migrans. PcV 1 g x 3 i 10 dagar. Åter om feber eller nya utslag."),
    ], setting="öppenvård"),
], [], [B1], "PMO vårdcentral: hedged erythema migrans is not visible in PMO.")

# ---------------------------------------------------------------- gynaecology
C("gyn-misstankt-ovarialcancer-ca125", "1959-01-19", "682", [
    N("n1", "sas_gyn", "Mottagningsanteckning", L("Louise Hammar"), "2024-02-22 14:45", [
        ("Undersökning", "Vaginalt UL: 9 cm multiloculär cysta med solida partier och flöde hö adnex, ascites. CA-125 640."),
        ("Bedömning", "Misstänkt ovarialcancer, RMI 1920. SVF startat, DT thorax-buk och remiss till gynonkologisk kirurgi Sahlgrenska."),
    ], setting="öppenvård"),
], [B1], [], "Suspected ovarian cancer in a visible gynaecology note.")

C("gyn-pad-cervixcancer-ej-informerad", "1978-10-30", "793", [
    N("n1", "sus_lund_gyn", "Läkaranteckning", L("Helena Persson"), "2024-03-07 16:30", [
        ("PAD", "Konisation: invasiv skivepitelcancer, invasionsdjup 4 mm, icke radikal i kanten."),
        ("Bedömning", "Cervixcancer minst stadium IB1. Pat är ej informerad, kallas till besök tisdag där kontaktsjuksköterska deltar. MR bäcken beställd."),
    ], setting="öppenvård"),
], [A1], [B1], "Cervical cancer on cone biopsy written before the patient is informed.")

C("gyn-extrauterin-graviditet-uteslutes", "1996-06-07", "814", [
    N("n1", "su_gyn", "Akutanteckning", L("Sara Almqvist"), "2024-08-18 20:20", [
        ("Aktuellt", "Vecka 6+3 enligt SM, lätt blödning och ont nedtill."),
        ("Undersökning", "Vaginalt UL: intrauterin graviditet med gulesäck och hjärtaktivitet. Inga fria vätskor, adnexa ua. hCG 14 500."),
        ("Bedömning", "Extrauterin graviditet kan uteslutas. Hotande missfall, ingen behandling. Hem, åter vid kraftig blödning."),
    ], setting="akutmottagning"),
], [], [B1], "Ectopic pregnancy excluded on ultrasound; 'hotande missfall' is a firm working diagnosis.")

C("gyn-missed-abortion-besked-givet", "1991-12-18", "925", [
    N("n1", "sus_lund_gyn", "Mottagningsanteckning", L("Helena Persson"), "2024-04-29 11:40", [
        ("Undersökning", "UL: fostersäck med embryo CRL 9 mm utan hjärtaktivitet, motsvarar v 6+6, graviditetslängd enligt SM v 10+1."),
        ("Bedömning", "Missed abortion. Beskedet givet till paret, de fick tid att ta in det och valde medicinsk behandling med mifepriston och misoprostol. Kuratorskontakt erbjuden."),
    ], setting="öppenvård"),
], [], [A1, B1], "Diagnosis given to the couple at the visit.")

C("gyn-trolig-endometrios-laparoskopi-planeras", "1993-04-02", "136", [
    N("n1", "su_gyn", "Mottagningsanteckning", L("Sara Almqvist"), "2024-09-03 10:20", [
        ("Aktuellt", "Kraftig dysmenorré sedan tonåren, djup dyspareuni, frånvaro från arbetet 2 dagar/månad."),
        ("Bedömning", "Trolig endometrios, ömhet i fossa Douglasi men inga endometriom på UL. Kontinuerliga gestagener, diagnostisk laparoskopi om otillräcklig effekt."),
    ], setting="öppenvård"),
], [B1], [], "'Trolig endometrios' in a visible gynaecology note.")

C("gyn-pcos-informerad-partnern-ej", "1997-11-20", "247", [
    N("n1", "sus_lund_gyn", "Mottagningsanteckning", L("Amira Jaber"), "2024-05-16 14:10", [
        ("Bedömning", "Polycystiskt ovarialsyndrom enligt Rotterdamkriterierna. Diagnosen genomgången med patienten inklusive fertilitet och livsstil."),
        ("Övrigt", "Partnern, som väntade i väntrummet, är inte informerad; pat vill ta upp det hemma."),
    ], signed=None, setting="öppenvård"),
], [], [A1, B1], "Near miss: partner not informed, patient informed of a confirmed diagnosis.")

C("gyn-cytologi-normal-ej-meddelad-annu", "1985-03-14", "358", [
    N("n1", "su_gyn", "Provsvar", ("Lena Åkerman", "barnmorska"), "2024-10-07 15:25", [
        ("Svar", "Cellprov från kontrollen 23/9: HPV negativ, normal cytologi. Ingen dysplasi."),
        ("Åtgärd", "Pat är inte meddelad ännu, svarsbrev skickas i morgon. Åter till screening om 3 år."),
    ], setting="öppenvård"),
], [], [A1, B1], "Near miss: normal smear not yet told; dysplasia negated.")

C("gyn-molagraviditet-pad-ej-informerad", "1988-07-05", "469", [
    N("n1", "sas_gyn", "Läkaranteckning", L("Louise Hammar"), "2024-06-12 16:50", [
        ("PAD", "Material från exspiration: komplett mola hydatidosa, p57 negativ."),
        ("Bedömning", "Komplett molagraviditet. Pat känner inte till PAD-svaret ännu; ring henne imorgon och boka besök för information och uppföljning med hCG."),
    ], signed=None, setting="öppenvård"),
], [A1], [B1], "Molar pregnancy on PAD; 'känner inte till PAD-svaret' = patient not informed.")

C("gyn-epikris-postpartumblodning-placentarest-avskrivet", "1990-10-10", "571", [
    N("n1", "sas_gyn", "Epikris", L("Eva Sundin"), "2024-07-09 12:15", [
        ("Diagnos", "Sen postpartumblödning pga uterusatoni, endometrit."),
        ("Vårdförlopp", "Förlöst vaginalt för 10 dagar sedan. Inkom med ökad blödning och feber. Misstanken om kvarhållen placentavävnad avskrevs efter vaginalt ultraljud med tunt endometrium. "
         "Behandlad med klindamycin och gentamicin iv samt metylergometrin. Blödningen avtog, afebril sedan 48 h."),
        ("Information", "Pat och partnern informerade. Amning kan fortsätta."),
    ]),
], [], [B1, A1], "Postpartum: suspicion of retained placenta dismissed, causes confirmed and told.")

# ---------------------------------------------------------------- hedged and not told (both rules)
C("med-misstankt-lymfom-ej-informerad-om-misstanken", "1964-01-30", "682", [
    N("n1", "kungalv_med", "Läkaranteckning", L("Pernilla Hägg"), "2024-03-18 15:40", [
        ("Aktuellt", "DT buk inför utredning av viktnedgång: multipla förstorade retroperitoneala lymfkörtlar, största 4 cm, och splenomegali."),
        ("Bedömning", "Misstänkt lymfom. Pat är inte informerad om misstanken, hon har bara fått veta att DT visat förstorade körtlar som behöver provtas. "
         "UL-ledd biopsi bokad, remiss hematologen."),
    ], setting="öppenvård"),
], [A1, B1], [], "Suspected lymphoma written visibly while the suspicion itself has not been told.")

C("kir-gastroskopi-trol-ventrikelcancer-ej-berattat", "1949-05-17", "793", [
    N("n1", "csk_kir", "Endoskopianteckning", L("Hassan Omar"), "2024-05-08 11:35", [
        ("Fynd", "Ulcererad, vallartad förändring ca 4 cm i antrum mot lilla kurvaturen. Biopsier x 8."),
        ("Bedömning", "Makroskopiskt trol. ventrikelcancer. Har inte berättat för pat om det makroskopiska intrycket innan PAD finns, pat fortfarande sederad efter undersökningen. "
         "DT thorax-buk beställd."),
    ], setting="dagvård"),
], [A1, B1], [], "Endoscopist's macroscopic impression ('trol.') written visibly, explicitly not told before PAD.")

C("neu-dt-expansivitet-hoggradigt-gliom-ej-informerad", "1958-09-03", "814", [
    N("n1", "sks_neuro", "Akutanteckning", L("Ylva Hedlund"), "2024-06-21 18:25", [
        ("Aktuellt", "Ordfinningssvårigheter och huvudvärk sedan 2 veckor. Ingen feber."),
        ("Undersökningar", "DT hjärna med kontrast: 5 cm ringladdande expansivitet temporalt vä med omgivande ödem och medellinjeöverskjutning 6 mm."),
        ("Bedömning", "Högmalignt gliom? DD metastas, abscess mindre sannolikt. Inte informerat patienten om fynden i kväll, anhöriga på väg; samtal imorgon efter MR. Betametason 8 mg x 2."),
    ], setting="akutmottagning"),
], [A1, B1], [], "CT finding with a '?'-marked tumour diagnosis and DD, patient explicitly not informed tonight.")

C("ger-trolig-frontotemporal-demens-ej-informerad", "1951-02-25", "925", [
    N("n1", "sus_malmo_ger", "Läkaranteckning", L("Irene Blom"), "2024-08-15 14:50", [
        ("Anamnes", "Personlighetsförändring, hämningslöshet och sötsug sedan 2 år enligt hustrun. Förlorat jobbet som revisor."),
        ("Bedömning", "Trolig frontotemporal demens, beteendevariant. MR med frontal atrofi. Pat ej informerad om misstänkt diagnos, saknar sjukdomsinsikt; hustrun har fått veta att utredningen fortsätter."),
    ], setting="öppenvård"),
], [A1, B1], [], "Probable FTD written visibly, patient not informed.")

C("onk-scint-skelletmetastaser-typo-ej-informerad", "1947-04-11", "136", [
    N("n1", "su_onk", "Läkaranteckning", L("Henrik Bergman"), "2024-09-19 16:35", [
        ("Undersökningar", "Skelettscintigrafi: ökat upptag i tre revben, Th8 och vä höftben."),
        ("Bedömning", "Misstänkta skelletmetastaser av prostatacancern, kompletterande MR Th8. Pat ej infomrerad, nås inte idag; ringer imorgon förmiddag."),
    ], setting="öppenvård"),
], [A1, B1], [], "Typos 'skelletmetastaser', 'infomrerad': suspected bone metastases not yet told.")

C("gyn-misstankt-endometriecancer-ej-informerad", "1955-08-29", "247", [
    N("n1", "sas_gyn", "Mottagningsanteckning", L("Eva Sundin"), "2024-10-24 13:05", [
        ("Aktuellt", "Postmenopausal blödning sedan 2 månader."),
        ("Undersökning", "Endometrietjocklek 17 mm, oregelbunden. Endometriebiopsi tagen."),
        ("Bedömning", "Misstänkt endometriecancer, PAD om ca 10 dagar. Pat ej informerad om misstanken idag; hon vet att provet ska utesluta allvarlig orsak till blödningen."),
    ], setting="öppenvård"),
], [A1, B1], [], "Suspected endometrial cancer, the suspicion itself explicitly not told.")

C("ped-misstankt-neuroblastom-foraldrar-ej-informerade", "2021-03-12", "358", [
    N("n1", "su_barn", "Daganteckning", L("Anna-Karin Lööf"), "2024-02-29 17:10", [
        ("Aktuellt", "3-årig flicka med buksvullnad. UL visar 6 cm solid förändring vid vä binjure med förkalkningar."),
        ("Bedömning", "Misstänkt neuroblastom. Urinkatekolaminer och MR buk. Föräldrarna är inte informerade om misstanken ännu, samtal med barnonkolog imorgon förmiddag."),
    ]),
], [A1, B1], [], "Child: suspected neuroblastoma, guardians (the readers) not yet told.")

C("psy-trolig-bipolar-typ2-ej-informerad", "1992-10-21", "469", [
    N("n1", "psyk_malmo", "Läkaranteckning", L("Yusuf Demir"), "2024-09-25 11:25", [
        ("Bedömning", "Återkommande depressioner och enligt sambon minst två perioder med förhöjd stämning och minskat sömnbehov. Trol. bipolär sjukdom typ 2. "
         "Ej informerat pat om den misstänkta diagnosen ännu, vill först komplettera med stämningsdagbok och samtal med sambon."),
    ], setting="psykiatrisk öppenvård"),
], [A1, B1], [], "Probable bipolar II written visibly, patient not told.")

C("inf-trolig-tbc-spondylit-ej-informerad", "1983-06-06", "571", [
    N("n1", "su_inf", "Konsultationsanteckning", L("Yasmin Aziz"), "2024-04-03 14:20", [
        ("Frågeställning", "Ortopeden: destruktion Th11-Th12 med paravertebral abscess, nattsvettningar."),
        ("Bedömning", "Trolig tuberkulös spondylit, Quantiferon positiv. Biopsi för PCR och odling. Patienten är inte informerad om tbc-misstanken."),
    ]),
], [A1, B1], [], "Infection consult: probable spinal TB, patient not informed about the suspicion.")

C("uro-misstankt-njurcancer-ej-informerad-draft", "1962-12-05", "682", [
    N("n1", "sus_malmo_uro", "Läkaranteckning", L("Lars Bengtsson"), "2024-07-30 15:00", [
        ("Undersökningar", "DT urografi: 5 cm solid kontrastladdande tumör i vä njures nedre pol. Ingen spridning."),
        ("Bedömning", "Misstänkt njurcellscancer vä. Patienten har ännu inte informerats om fyndet, besök bokas hos urolog inom en vecka för besked och operationsplanering."),
    ], signed=None, setting="öppenvård"),
], [A1, B1], [], "Unsigned draft: suspected renal cancer, patient not yet informed.")

C("med-dt-misstankt-kolangiocarcinom-pat-ovetande", "1953-03-10", "793", [
    N("n1", "hbg_med", "Daganteckning", L("Henrik Mårtensson"), "2024-11-11 13:45", [
        ("Aktuellt", "DT buk: striktur i hilus med dilaterade intrahepatiska gallgångar, ingen synlig sten."),
        ("Bedömning", "Misstänkt kolangiocarcinom (Klatskin). Pat är ovetande om fyndet, ansvarig överläkare ger beskedet på ronden imorgon. ERCP med borstcytologi och stent planeras."),
    ]),
], [A1, B1], [], "'Pat är ovetande om fyndet' with a suspected cholangiocarcinoma in Bedömning.")

C("ort-mr-misstankt-sarkom-lar-ej-informerad-typo", "2005-07-27", "814", [
    N("n1", "su_molndal_ort", "Mottagningsanteckning", L("Oliver Strömberg"), "2024-03-27 16:05", [
        ("MR", "9 cm djup mjukdelsförändring i vä lår, heterogen med nekros."),
        ("Bedömning", "Misstänkat sarkom. Remiss sarkomcentrum för biopsi. Pateinten har inte fått veta misstanken, kommer med mamma på fredag för besked."),
    ], setting="öppenvård"),
], [A1, B1], [], "Typos 'Misstänkat', 'Pateinten': suspected sarcoma in an 18-year-old not yet told.")

# ---------------------------------------------------------------- hedged, visible (NL102)
C("med-telegrafisk-fragetecken-lungemboli", "1976-10-13", "925", [
    N("n1", "nu_med", "Akutanteckning", L("Petra Lund"), "2024-02-17 04:20", [
        ("Aktuellt", "Plötslig dyspné och hö-sidig andningskorrelerad smärta, flög hem från Thailand igår."),
        ("Status", "Sat 92 %, AF 24, p 110. Vadomfång hö > vä 2 cm."),
        ("Bed", "?LE. Wells 6. Fragmin 200 E/kg, DT-angio i morgon bitti."),
    ], setting="akutmottagning"),
], [B1], [], "Telegraphic '?LE' (pulmonary embolism) in a visible emergency note.")

C("med-aortadissektion-kan-inte-uteslutas", "1960-05-01", "136", [
    N("n1", "sus_malmo_med", "Akutanteckning", L("Lina Haddad"), "2024-04-27 22:50", [
        ("Aktuellt", "Plötslig rivande bröstsmärta som strålar till ryggen, BT-skillnad mellan armarna 30 mmHg."),
        ("Bedömning", "Aortadissektion kan inte uteslutas. Akut DT-angio aorta, BT-sänkning med labetalol, thoraxkirurgjour kontaktad."),
    ], setting="akutmottagning"),
], [B1], [], "Emergency note: 'Aortadissektion kan inte uteslutas'.")

C("med-lungmott-sannol-sarkoidos", "1981-09-22", "247", [
    N("n1", "sus_lund_lung", "Mottagningsanteckning", L("Emma Strand"), "2024-06-06 10:30", [
        ("Aktuellt", "Bilaterala hilusförstoringar på lungröntgen, erythema nodosum i vintras, torrhosta."),
        ("Bed.", "Sannol. sarkoidos, Löfgrens syndrom i anamnesen. Bronkoskopi med BAL och EBUS-TBNA bokas."),
    ], setting="öppenvård"),
], [B1], [], "Abbreviation 'Sannol.' (sannolik) sarcoidosis in a visible note.")

C("med-susp-celiaki-vuxen-serologi", "1998-08-11", "358", [
    N("n1", "angered_med", "Mottagningsanteckning", L("Nadia Karimi"), "2024-01-23 13:15", [
        ("Aktuellt", "Järnbrist, lös avföring och uppblåsthet. tTG-IgA 65 U/mL."),
        ("Bedömning", "Susp. celiaki. Gastroskopi med duodenalbiopsier, fortsatt glutenhaltig kost fram till dess."),
    ], setting="öppenvård"),
], [B1], [], "'Susp. celiaki' with biopsy pending.")

C("med-epikris-oklar-feber-endokardit-utesluten-lymfom-eller-still-long", "1971-11-03", "469", [
    N("n1", "sks_med", "Epikris", L("Ahmed Yousef"), "2024-05-31 14:30", [
        ("Diagnoser", "Feber av okänd orsak (R50.9). Anemi."),
        ("Anamnes", "Tidigare frisk, arbetar som elektriker. Inga utlandsresor senaste året, inga husdjur och inga kända fästingbett. Röker inte, måttligt alkoholbruk. Bor med fru och två tonåringar. Ingen tidigare sjukhusvård förutom en meniskoperation i vänster knä för tio år sedan."),
        ("Status vid inkomst", "Trött men opåverkad, temp 39,2, puls 104. Laxrosa makulöst utslag på bålen som bleknar när febern går ner. Ömma, lätt svullna handleder och knän. Palpabla, mjuka och rörliga körtlar i båda axillerna. Mjältspetsen palpabel. Inga blåsljud."),
        ("Lab", "Hb 108, LPK 19,1, trombocyter 412, CRP 212, ferritin 8 900, ALAT 1,9, LD 6,1, kreatinin 84. Glykosylerat ferritin lågt, prokalcitonin 0,4."),
        ("Vårdförlopp", "52-årig man med tre veckors feber upp till 39,5, nattsvettningar, ledvärk och laxrosa utslag som kommer och går med feberstegringarna. "
         "CRP 180-230, ferritin 8 900, LPK 19 med neutrofili. Upprepade blododlingar negativa. Endokardit uteslöts med TEE utan vegetationer. "
         "Urinodling, serologier för hepatit, hiv, EBV, CMV och borrelia negativa. ANA och ANCA negativa. DT thorax-buk visar splenomegali 15 cm och förstorade lymfkörtlar i axillerna, "
         "största 17 mm. Sammantaget är Stills sjukdom hos vuxen en trolig diagnos, men lymfom kan ännu inte uteslutas och måste avfärdas innan immunosuppression påbörjas. "
         "Körtelexstirpation i vä axill utförd av kirurgen dag 9, PAD inväntas. Febern har lindrats med naproxen och han har kunnat mobiliseras."),
        ("Information", "Patienten har fått veta att infektion och endokardit inte har hittats och att utredningen fortsätter."),
        ("Läkemedel", "Naproxen 500 mg x 2 med omeprazol. Inga andra förändringar."),
        ("Sjukskrivning", "Sjukskriven sedan tre veckor, intyg utfärdat till och med återbesöket på reumatologen."),
        ("Uppföljning", "Reumatologmottagningen om 10 dagar med svar på PAD och ställningstagande till behandling. Blodstatus, CRP och ferritin på vårdcentralen om en vecka. "
         "Om febern stiger över 40 eller han blir påverkad ska han söka akut."),
        ("Kontaktuppgifter", "Avdelning 14 nås dygnet runt på direktnumret som står i utskrivningsinformationen, och patienten har fått namnet på ansvarig läkare."),
    ]),
], [B1], [], "Long epikris: endocarditis closed, Still's disease 'trolig' and lymphoma 'kan ännu inte uteslutas' left open.")

C("kir-epikris-gallstenspankreatit-ipmn-kan-ej-uteslutas-long", "1957-02-14", "571", [
    N("n1", "hbg_kir", "Epikris", L("Anders Wallin"), "2024-08-23 10:55", [
        ("Diagnoser", "Akut gallstenspankreatit, lindrig (K85.1). Gallsten i gallblåsan."),
        ("Anamnes", "Behandlad hypertoni, i övrigt frisk. Ingen alkoholkonsumtion av betydelse. Har haft kortvariga smärtattacker efter fet mat i ett års tid men aldrig sökt vård för dem."),
        ("Status vid inkomst", "Smärtpåverkad, temp 37,9, puls 98, blodtryck 145/85. Buken öm i epigastriet och under höger arcus utan peritonit. Lätt ikterisk i sklera."),
        ("Lab", "Amylas 28 gånger övre referensvärdet, bilirubin 62, ALP 4,8, ALAT 3,9, CRP 74 dag 2 och därefter sjunkande. Kreatinin, kalcium och triglycerider normala."),
        ("Vårdförlopp", "66-årig kvinna som sökte med plötslig smärta i övre buken som strålade mot ryggen, kräkningar och amylas 28 gånger övre referensvärdet. "
         "Ultraljud visade multipla gallstenar i gallblåsan och en lätt vidgad koledokus, och leverproverna var stegrade första dygnet. "
         "Pankreatiten har behandlats med vätska, smärtlindring och tidig peroral nutrition. Leverproverna normaliserades spontant och MRCP dag 3 visade inga konkrement i gallgångarna, "
         "så ERCP behövdes inte. Laparoskopisk kolecystektomi gjordes dag 5 under samma vårdtillfälle enligt riktlinjen, utan komplikationer."),
        ("Bifynd", "På MRCP sågs en 18 mm cystisk förändring i pankreaskroppen med kommunikation mot pankreasgången. IPMN kan ej uteslutas. "
         "Förändringen har inga oroande drag på MR, men behöver följas."),
        ("Information", "Patienten är informerad om pankreatiten, om operationen och om att en cysta i bukspottkörteln har upptäckts som ska kontrolleras."),
        ("Läkemedel", "Paracetamol vid behov. Inga nya stående läkemedel."),
        ("Funktion och socialt", "Bor med maken i villa och arbetar som förskollärare. Sjukskriven i två veckor efter operationen. Får duscha från dag 2 och ta bort förbanden själv efter en vecka. Ordinarie losartan oförändrat."),
        ("Uppföljning", "Telefonkontakt med sjuksköterska efter 2 veckor. Ny MR pankreas om 6 månader, remiss skickad. Bukcysten tas upp på övre-GI-konferens för bedömning av kontrollintervall. "
         "Vid feber, gulsot eller tilltagande smärta ska hon söka akut."),
        ("Kost", "Ingen särskild diet krävs efter kolecystektomin. Fet mat kan ge lös avföring de första veckorna och det brukar gå över av sig självt. Normal kost kan återupptas direkt efter hemgången."),
    ]),
], [B1], [], "Long surgical epikris: main diagnosis confirmed but an incidental 'IPMN kan ej uteslutas' in a visible section.")

C("kir-remissvar-mammografi-birads4", "1967-06-24", "682", [
    N("n1", "sus_lund_bof", "Remissvar", L("Hanna Persson"), "2024-09-12 14:05", [
        ("Frågeställning", "Palpabel knöl hö bröst kl 10."),
        ("Utlåtande", "Mammografi och UL: 14 mm oregelbunden, dåligt avgränsad förändring kl 10 hö bröst med akustisk skugga. BI-RADS 4c, malignitetsmisstänkt. "
         "Mellannålsbiopsi utförd under samma besök."),
    ], setting="öppenvård"),
], [B1], [], "Breast imaging answer: 'malignitetsmisstänkt' finding (BI-RADS 4c).")

C("ort-protesluxation-dd-infektion-eller-felplacering", "1945-03-04", "793", [
    N("n1", "nu_ort", "Daganteckning", L("Ida Lundgren"), "2024-05-19 09:25", [
        ("Aktuellt", "Tredje luxationen av hö höftprotes sedan operationen för 4 mån sedan. Reponerad i narkos i går."),
        ("Bedömning", "Recidiverande luxation. Orsaken kan vara komponentfelplacering eller en låggradig infektion som gett mjukdelsinsufficiens, CRP 31. "
         "DT för cupvinkel och ledpunktion med odling innan ställningstagande till revision."),
    ]),
], [B1], [], "Recurrent dislocation with an open differential of causes, one being infection.")

C("neu-mojlig-normaltryckshydrocefalus", "1943-10-08", "814", [
    N("n1", "sus_lund_neuro", "Mottagningsanteckning", L("Amir Sadeghi"), "2024-10-30 15:15", [
        ("Aktuellt", "Gångsvårigheter med små steg, urinträngningar och tilltagande glömska sedan ett år."),
        ("Bedömning", "Möjlig normaltryckshydrocefalus, MR med vidgade ventriklar och trånga sulci högt parietalt. Tap test med gånganalys bokas."),
    ], setting="öppenvård"),
], [B1], [], "'Möjlig normaltryckshydrocefalus' in a visible note.")

C("neu-konsult-funktionellt-eller-ms-skov", "1990-01-16", "925", [
    N("n1", "su_neuro", "Konsultationsanteckning", L("Magnus Öberg"), "2024-08-07 12:30", [
        ("Frågeställning", "Akutmottagningen: domning i hela vä kroppshalvan sedan morgonen, känd MS sedan 2019."),
        ("Bedömning", "Kan röra sig om ett nytt MS-skov, men den exakta mittlinjegränsen och det icke-dermatomala mönstret ger misstanke om funktionell överlagring. MR hjärna och halsrygg i morgon."),
    ], setting="akutmottagning"),
], [B1], [], "Consult in which the attack is 'kan röra sig om' a relapse with a suspected functional overlay.")

C("onk-pad-atypi-misstankt-adenocarcinom", "1950-07-19", "136", [
    N("n1", "sus_lund_pat", "Remissvar", L("Mats Ohlsson"), "2024-02-09 11:10", [
        ("Material", "Borstcytologi från koledokus."),
        ("Utlåtande", "Atypiska epitelceller i grupper med kärnpleomorfi. Fyndet inger misstanke om adenocarcinom men räcker inte för säker diagnos. Rebiopsi rekommenderas."),
    ], setting="öppenvård"),
], [B1], [], "Pathology answer: atypia raising suspicion of adenocarcinoma without a firm diagnosis.")

C("ped-misstankt-komjolksproteinallergi", "2024-01-14", "247", [
    N("n1", "sus_lund_barn", "Mottagningsanteckning", L("Erik Wennberg"), "2024-04-11 10:55", [
        ("Aktuellt", "3 mån gammal pojke med blod och slem i avföringen, eksem och mycket skrik. Växer bra, helammad."),
        ("Bedömning", "Misstänkt komjölksproteinallergi. Mamman utesluter mjölkprotein ur sin kost i 4 veckor, därefter återintroduktion för att se om symtomen återkommer."),
    ], setting="öppenvård"),
], [B1], [], "Infant: suspected cow's milk protein allergy with elimination trial.")

C("ped-affektkramp-dd-epilepsi", "2022-02-19", "358", [
    N("n1", "nu_barn", "Mottagningsanteckning", L("Helga Nyström"), "2024-05-22 14:40", [
        ("Aktuellt", "2-åring som vid tre tillfällen efter att ha slagit sig blivit blek, slapp och haft ryckningar några sekunder."),
        ("Bed", "Trol. blek affektkramp (reflexanoxi). DD epilepsi bedöms mindre sannolik men EEG och EKG görs för säkerhets skull. Föräldrarna har filmat ett anfall."),
    ], setting="öppenvård"),
], [B1], [], "Child: 'Trol.' breath-holding spell with an epilepsy DD.")

C("psy-epikris-psykotisk-depression-eller-schizoaffektiv-long", "1987-08-09", "469", [
    N("n1", "sas_psyk_avd", "Epikris", L("Lovisa Engström"), "2024-09-06 13:25", [
        ("Diagnos", "Svår depressiv episod med psykotiska symtom (F32.3)."),
        ("Vårdförlopp", "37-årig kvinna som inkom efter att ha slutat äta och dricka i hemmet i övertygelse om att hon var skyldig till en anhörigs död och att hennes inälvor ruttnade. "
         "Vårdad enligt LPT de första två veckorna på grund av att hon inte tog emot näring och behandling. Behandlad med ECT i nio sessioner och sertralin samt olanzapin, med successiv förbättring. "
         "Vid utskrivning äter hon normalt, sover sju timmar per natt och uttrycker inte längre vanföreställningar, även om hon fortfarande har en viss skuldkänsla. "
         "Under vårdtiden framkom uppgifter från hennes bror om en liknande period för sex år sedan, då hon också hade perioder med hörselhallucinationer som fanns kvar en tid efter att stämningen förbättrats. "
         "Schizoaffektivt syndrom kan därför inte uteslutas och diagnosen kan behöva omprövas över tid."),
        ("Somatik", "Vid inkomst dehydrerad med kreatinin 131 och kalium 3,2, korrigerat med intravenös vätska. EKG med normalt QTc före olanzapin och efter ECT-serien. Vikt vid inkomst 54 kg, vid utskrivning 58 kg."),
        ("Sociala förhållanden", "Bor ensam i lägenhet, arbetar som undersköterska men har varit sjukskriven sedan i våras. Brodern bor i samma ort och har nyckel till lägenheten. Sjukskrivningen förlängs med fyra veckor och kontakt med arbetsgivaren tas via Försäkringskassans samordnare."),
        ("Juridiskt", "LPT upphörde dag 15 efter beslut av chefsöverläkaren. Ingen god man eller förvaltare."),
        ("Risk", "Inga suicidtankar vid utskrivningssamtalet, hon har framtidsplaner och bra stöd av brodern. Suicidriskbedömning dokumenterad i separat anteckning."),
        ("Information", "Patienten har fått information om diagnosen svår depression med psykotiska symtom, om behandlingen och om varningstecken på återinsjuknande."),
        ("Läkemedel", "Sertralin 150 mg, olanzapin 10 mg till natten. Olanzapin planeras trappas ut om 3 månader vid fortsatt stabilitet."),
        ("Uppföljning", "Besök hos läkare på psykiatriska öppenvårdsmottagningen inom 7 dagar, kontaktsjuksköterska ringer dag 2 efter utskrivning. Vårdplan upprättad tillsammans med patienten."),
        ("Närstående", "Brodern har med patientens medgivande fått information om utskrivningen och om vart han kan vända sig vid oro."),
    ], setting="psykiatrisk heldygnsvård"),
], [B1], [], "Long psychiatric epikris: main diagnosis set and told, but 'schizoaffektivt syndrom kan inte uteslutas'.")

C("psy-psykolog-misstanke-adhd-kvarstar", "1996-04-30", "571", [
    N("n1", "nu_psyk", "Psykologanteckning", ("Farid Mansour", "psykolog"), "2024-12-03 10:15", [
        ("Bedömning", "ASRS och DIVA ger utfall över gränsvärdet, och skolbetygen speglar tidiga svårigheter. Misstanke om ADHD kvarstår efter screeningen, fullständig utredning föreslås."),
    ], setting="psykiatrisk öppenvård"),
], [B1], [], "Psychologist: 'Misstanke om ADHD kvarstår'.")

C("inf-trol-mykoplsama-pneumoni-typo", "1999-12-20", "682", [
    N("n1", "sus_malmo_inf", "Daganteckning", L("Tove Lindahl"), "2024-11-22 11:30", [
        ("Aktuellt", "Torrhosta 2 v, lätt feber, diffusa infiltrat bilateralt. Ej förbättrad av PcV. Flera i familjen hostar."),
        ("Bedömning", "Trol. mykoplsama-pneumoni, PCR nasofarynx skickat. Byte till doxycyklin."),
    ]),
], [B1], [], "Typo 'mykoplsama': probable mycoplasma pneumonia in a visible inpatient note.")

C("inf-konsult-reaktiv-artrit-eller-septisk", "1993-02-06", "793", [
    N("n1", "sas_inf", "Konsultationsanteckning", L("Niklas Fransson"), "2024-06-19 16:50", [
        ("Frågeställning", "Ortopeden: svullen fotled, Campylobacter-diarré för 3 veckor sedan."),
        ("Bedömning", "Reaktiv artrit efter Campylobacterinfektion är det mest troliga. Septisk artrit anses osannolik men ledvätskeodlingen bör avvaktas innan NSAID-behandling trappas upp."),
    ]),
], [B1], [], "Infection consult: reactive arthritis 'mest troliga' with pending culture.")

C("gyn-ovarialtorsion-kan-inte-uteslutas", "2000-11-08", "814", [
    N("n1", "sus_lund_gyn", "Akutanteckning", L("Amira Jaber"), "2024-07-13 01:40", [
        ("Aktuellt", "Plötslig kraftig smärta hö fossa med kräkningar sedan kl 23. Negativt graviditetstest."),
        ("Undersökning", "UL: 6 cm hö ovarium med perifera folliklar, flöde påvisbart men nedsatt."),
        ("Bedömning", "Ovarialtorsion kan inte uteslutas trots bevarat flöde. Akut diagnostisk laparoskopi, pat informerad och samtycker."),
    ], setting="akutmottagning"),
], [B1], [], "Gynaecology emergency: 'Ovarialtorsion kan inte uteslutas' leading to laparoscopy.")

C("ger-epikris-trolig-lakemedelsutlost-ortostatism-long", "1935-06-28", "925", [
    N("n1", "alingsas_ger", "Epikris", L("Saga Lindkvist"), "2024-04-26 15:10", [
        ("Diagnoser", "Upprepade fall. Ortostatisk hypotension. Hjärtsvikt med bevarad ejektionsfraktion. Artros i knän."),
        ("Status vid inkomst", "Vaken och orienterad, lätt hörselnedsatt. Suturerat skalpsår 4 cm höger parietalt. Blodtryck 148/80 liggande, puls 72 regelbunden. Lätta underbensödem. Krepitationer i båda knäna. Neurologiskt utan fokala bortfall."),
        ("Lab", "Hb 121, natrium 133, kalium 3,6, kreatinin 104, eGFR 41, NT-proBNP 890. B12 och folat normala."),
        ("Kognition", "MMSE 27/30 och klarar klocktestet. Ingen känd kognitiv svikt enligt dottern. Hon löser korsord dagligen och sköter sin egen ekonomi."),
        ("Vårdförlopp", "88-årig kvinna som bor ensam med hemtjänst två gånger dagligen. Inlagd efter fjärde fallet på en månad, denna gång med skalpsår som suturerades på akuten. "
         "Ingen fraktur på röntgen av höft och handled. DT hjärna visade ingen blödning. Vid ortostatiskt test sjönk blodtrycket från 148/80 till 102/60 efter tre minuter, med yrsel. "
         "Ortostatismen är trol. läkemedelsutlöst: hon har under våren fått både doxazosin och furosemid i höjd dos. Doxazosin är utsatt och furosemid halverad, "
         "vid upprepat test dag 5 var blodtrycksfallet betydligt mindre och hon hade ingen yrsel. Vikten har varit stabil och inga tecken till hjärtsviktsförsämring. "
         "Fysioterapeut har tränat balans och gång, och hon går nu säkert med rollator inomhus. Arbetsterapeut har gjort hembesök och tagit bort mattor och ordnat med förhöjd toalettstol."),
        ("Information", "Patienten har fått information om läkemedelsändringarna och om att resa sig långsamt. Dottern har informerats per telefon med patientens samtycke."),
        ("Läkemedel", "Utsatt: doxazosin. Ändrat: furosemid 40 mg till 20 mg x 1. Oförändrat i övrigt enligt läkemedelslistan."),
        ("Sociala förhållanden", "Änka sedan sex år, bor i tvårummare på andra våningen med hiss. Hemtjänst morgon och kväll för dusch och tillsyn. Dottern bor i Alingsås och handlar varje vecka. Har trygghetslarm som hon nu har lovat att bära dygnet runt."),
        ("Uppföljning", "Distriktssköterska kontrollerar ortostatiskt blodtryck och vikt om 2 veckor. Läkemedelsgenomgång på vårdcentralen om 1 månad."),
        ("Hjälpmedel", "Rollator inomhus och utomhus, duschpall och toalettförhöjning förskrivna av arbetsterapeut. Höftskyddsbyxor rekommenderade."),
    ]),
], [B1], [], "Long geriatric epikris: falls and orthostatism firm, but the cause written as 'trol. läkemedelsutlöst'.")

C("med-mojlig-myokardt-typo", "1997-05-15", "136", [
    N("n1", "su_hjart", "Daganteckning", L("Maria Falk"), "2024-10-17 09:40", [
        ("Aktuellt", "Bröstsmärta och TnT 180 en vecka efter övre luftvägsinfektion. Normal kranskärlsröntgen."),
        ("Bedömning", "Möjlig myokardt. Hjärt-MR beställd, idrottsuppehåll tills vidare."),
    ]),
], [B1], [], "Typo 'myokardt' (myokardit): possible myocarditis in a visible note.")

C("med-konsult-misstankt-feokromocytom-draft", "1974-04-03", "247", [
    N("n1", "hbg_med", "Konsultationsanteckning", L("Sofia Berglund"), "2024-03-06 14:55", [
        ("Frågeställning", "Kirurgen: 3 cm binjureincidentalom, hypertoni och attacker med hjärtklappning och svettningar."),
        ("Bedömning", "Misstänkt feokromocytom. Metoxikatekolaminer i plasma. Ingen biopsi och inga kontrastundersökningar med jod före svar."),
    ], signed=None),
], [B1], [], "Unsigned consultation draft: suspected pheochromocytoma.")

C("ort-atypisk-femurfraktur-kan-ej-uteslutas", "1948-01-21", "358", [
    N("n1", "csk_ort", "Läkaranteckning", L("Patrik Sjöberg"), "2024-12-09 13:00", [
        ("Aktuellt", "Smärta i vä lår sedan 2 mån, alendronat i 9 år."),
        ("Röntgen", "Lokal kortikal förtjockning lateralt i femurdiafysen med tunn tvärgående linje."),
        ("Bedömning", "Inkomplett atypisk femurfraktur kan ej uteslutas. Alendronat sätts ut, avlastning med kryckor, MR femur och kontroll av motsatt sida."),
    ], setting="öppenvård"),
], [B1], [], "Orthopaedics: atypical femoral fracture 'kan ej uteslutas' after long bisphosphonate use.")

# ---------------------------------------------------------------- 'not informed' about something that is not a diagnosis
C("kir-trol-gallstensanfall-ej-informerad-om-operationsdatum", "1972-07-07", "469", [
    N("n1", "hbg_kir", "Mottagningsanteckning", L("Klara Ivarsson"), "2024-01-11 10:45", [
        ("Aktuellt", "Återkommande smärtattacker under hö arcus efter måltid. UL visar gallsten, inga tecken på kolecystit."),
        ("Bedömning", "Trol. gallstensanfall. Sätts upp för elektiv laparoskopisk kolecystektomi."),
        ("Planering", "Pat är ännu inte informerad om operationsdatum, planeringssköterska ringer när tid finns."),
    ], setting="öppenvård"),
], [B1], [A1], "'Not informed' is about the operation date, while a 'trol.' diagnosis is visible.")

C("med-ej-informerad-om-overflyttning-fragetecken-aspiration", "1939-09-16", "571", [
    N("n1", "ystad_med", "Daganteckning", L("Karl Nilsson"), "2024-05-25 20:15", [
        ("Aktuellt", "Hostat vid måltider, feber 38,4 i eftermiddag, nytt infiltrat hö nedre lob."),
        ("Bedömning", "?Aspirationspneumoni. Piperacillin/tazobaktam, sväljbedömning av logoped."),
        ("Planering", "Flyttas till avd 7 i natt pga platsbrist. Pat sover och har inte informerats om överflyttningen, kvällssköterskan informerar när han vaknar."),
    ]),
], [B1], [A1], "'Not informed' about a ward transfer; the hedged diagnosis fires NL102 only.")

C("ger-dotter-ej-nadd-om-hemgang-trol-uvi", "1934-04-19", "682", [
    N("n1", "landskrona_ger", "Omvårdnadsanteckning", S("Hanna Wikström"), "2024-08-02 15:35", [
        ("Omvårdnad", "Pat förvirrad på förmiddagen, urinen mörk och luktar starkt. Trol. UVI, läkare ordinerat urinodling och pivmecillinam."),
        ("Anhöriga", "Dottern har inte kunnat nås om den planerade hemgången imorgon, nytt försök i kväll. Pat själv är informerad."),
    ]),
], [B1], [A1], "Relative not reached about discharge; 'Trol. UVI' in a nurse note.")

C("onk-kur-skjuts-upp-trol-stralproktit", "1952-10-02", "793", [
    N("n1", "sus_lund_onk", "Telefonanteckning", S("Sofie Lindberg"), "2024-06-26 10:05", [
        ("Kontaktorsak", "Slem och blod från ändtarmen, trängningar. Avslutade strålbehandling mot prostata för 3 mån sedan."),
        ("Bedömning", "Trol. strålproktit. Läkare förskriver hydrokortisonskum. Pat har ännu inte informerats om att uppföljningsbesöket flyttas en vecka, brev skickas."),
    ], setting="öppenvård"),
], [B1], [A1], "Patient not informed about a moved appointment; the hedged diagnosis is radiation proctitis.")

C("neu-mojligt-karpaltunnelsyndrom-ej-informerad-om-tid", "1968-08-26", "814", [
    N("n1", "sus_lund_neuromott", "Mottagningsanteckning", L("Kristian Möller"), "2024-02-23 13:30", [
        ("Aktuellt", "Domningar i tumme till långfinger hö hand nattetid."),
        ("Bedömning", "Möjligt karpaltunnelsyndrom hö. Neurografi beställd; pat är inte informerad om tiden för neurografin ännu, kallelse kommer. Nattskena under tiden."),
    ], setting="öppenvård"),
], [B1], [A1], "'Inte informerad om tiden' is about scheduling; 'Möjligt karpaltunnelsyndrom' fires NL102.")

C("psy-trol-paniksyndrom-ej-informerad-om-lakarbyte", "1989-06-01", "925", [
    N("n1", "psyk_malmo", "Sjuksköterskeanteckning", S("Elsa Carlström"), "2024-10-15 14:45", [
        ("Bedömning", "Återkommande attacker av hjärtklappning och dödsångest utan somatisk förklaring. Trol. paniksyndrom enligt läkarens bedömning förra veckan."),
        ("Övrigt", "Pat är ej informerad om att hennes läkare slutar vid månadsskiftet, tas upp vid nästa besök."),
    ], setting="psykiatrisk öppenvård"),
], [B1], [A1], "Nurse note: 'ej informerad' about a change of doctor; 'Trol. paniksyndrom' visible.")

# ---------------------------------------------------------------- PMO notes and cross-system records
C("pmo-vc-misstankt-dvt-sedan-sjukhus-trol-bakercysta", "1963-07-25", "136", [
    N("n1", "vc_simrishamn", "Läkarbesök", L("Åsa Kvist"), "2024-03-11 09:30", [
        ("Aktuellt", "Svullen och öm vä vad sedan 3 dagar, kom hem från långresa med buss i förra veckan."),
        ("Bedömning", "Misstänkt DVT vä, Wells 2, D-dimer 1,8. Remiss akut ultraljud ben via medicinakuten i Ystad."),
    ], setting="öppenvård"),
    N("n2", "ystad_med", "Akutanteckning", L("Karl Nilsson"), "2024-03-11 14:20", [
        ("Undersökning", "UL vä ben: ingen trombos i femoral- eller poplitealven. Vätskefylld struktur i knävecket med läckage nedåt i vaden."),
        ("Bed", "Trol. rupturerad Bakercysta. Ingen antikoagulantia, kompression och NSAID. Åter till vårdcentralen."),
    ], setting="akutmottagning"),
], [B2], [B1], "Same day: a suspected DVT in the PMO primary-care note is not shown, the 'Trol.' Baker's cyst in the hospital Melior note is.")

C("pmo-vc-remissvar-dt-misstankt-levermetastas", "1952-09-30", "247", [
    N("n1", "vc_eslov", "Remissvar", L("Björn Eliasson"), "2024-08-20 12:15", [
        ("Svar", "DT buk: två lågattenuerande leverförändringar, 12 och 20 mm, misstänkta metastaser. Rekommenderar MR lever."),
        ("Bedömning", "Misstänkt levermetastasering med okänd primärtumör. Pat ej informerad ännu, kallas till läkarbesök på torsdag. Remiss SVF cancermisstanke förbereds."),
    ], setting="öppenvård"),
], [], [B1], "PMO vårdcentral note with a suspected diagnosis: never shown in PMO (NL101 not asserted on PMO).")

C("med-dietist-misstankt-pankreascancer-nutrition", "1949-03-23", "358", [
    N("n1", "sus_malmo_med", "Dietistanteckning", ("Lovisa Persson", "dietist"), "2024-11-26 15:40", [
        ("Nutritionsstatus", "Viktnedgång 9 % på tre månader, BMI 19,8. Äter halva portioner, illamående efter fet mat och lös, ljus avföring."),
        ("Bedömning", "Måttlig undernäring. Misstänkt pankreascancer enligt läkarens bedömning igår, utredning pågår. Malabsorption av fett bidrar sannolikt."),
        ("Åtgärd", "Energiberikad kost, två näringsdrycker per dag. Tar upp frågan om pankreasenzymer med ansvarig läkare. Ny vägning om en vecka."),
    ]),
], [B1], [], "Dietitian restates the doctor's suspected pancreatic cancer in a visible section.")

C("neu-vgr-tidiga-hypoteser-sedan-als-besked", "1959-12-14", "469", [
    N("n1", "su_neuro", "Läkaranteckning", L("Sanna Virtanen"), "2024-01-17 11:20", [
        ("Aktuellt", "Tilltagande svaghet i hö hand sedan ett halvår, atrofi i första interosseus dorsalis och fascikulationer i underarmen."),
        ("Planering", "EMG och MR halsrygg bokade, återbesök efter undersökningarna."),
        ("Tidiga hypoteser", "Fynden inger misstanke om motorneuronsjukdom. Ej kommunicerat med patienten innan EMG."),
    ], setting="öppenvård"),
    N("n2", "su_neuro", "Läkaranteckning", L("Sanna Virtanen"), "2024-02-07 14:10", [
        ("Diagnosbesked", "EMG visar utbredd denervation i tre regioner, MR halsrygg utan myelopatiorsak. Diagnosen ALS meddelad till patienten och hans maka idag. "
         "Kontakt med ALS-teamet etablerad och riluzol förskrivet."),
    ], setting="öppenvård"),
], [], [B1, A1, A2, B2], "VGR: the hypothesis and its not-told status sit under the Tidiga hypoteser sökord; three weeks later the diagnosis is told in a visible note.")

# ==========================================================================
# MAIN: write and validate
# ==========================================================================
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(p):
    digits = p[2:8] + p[9:13]
    total = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def in_2024(t):
    try:
        return datetime.fromisoformat(t).year == 2024
    except (TypeError, ValueError):
        return False


def age_on(birth, when):
    b = date.fromisoformat(birth)
    w = datetime.fromisoformat(when).date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    problems = []
    names = set()
    sentences = {}
    for c in cases:
        n = c.get("case")
        if list(c.keys()) != CASE_KEYS:
            problems.append(f"{n}: keys {list(c.keys())}")
            continue
        if n in names:
            problems.append(f"{n}: duplicate case name")
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append(f"{n}: ruleset {c['ruleset']}")
        r = c["record"]
        if set(r) != RECORD_KEYS:
            problems.append(f"{n}: record keys {sorted(r)}")
        p = r["patient"]
        if set(p) != PATIENT_KEYS:
            problems.append(f"{n}: patient keys")
        if not re.fullmatch(r"\d{8}-\d{4}", p["id"]) or not luhn_ok(p["id"]):
            problems.append(f"{n}: personnummer {p['id']} not Luhn-valid")
        if p["id"][:8] != p["birth_date"].replace("-", ""):
            problems.append(f"{n}: personnummer does not match birth_date")
        if not in_2024(r["as_of"]):
            problems.append(f"{n}: as_of not in 2024")
        ids = set()
        for note in r["notes"]:
            if set(note) != NOTE_KEYS:
                problems.append(f"{n}: note keys {sorted(note)}")
            ids.add(note["id"])
            if not in_2024(note["time"]):
                problems.append(f"{n}/{note['id']}: time not in 2024")
            if note["signed"] is not None and not in_2024(note["signed"]):
                problems.append(f"{n}/{note['id']}: signed not in 2024")
            if note["signed"] is not None and note["signed"] < note["time"]:
                problems.append(f"{n}/{note['id']}: signed before time")
            if datetime.fromisoformat(note["time"]) > datetime.fromisoformat(r["as_of"]):
                problems.append(f"{n}/{note['id']}: note after as_of")
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                problems.append(f"{n}/{note['id']}: VGR note not Melior")
            a = age_on(p["birth_date"], note["time"])
            if 13 <= a <= 15:
                problems.append(f"{n}/{note['id']}: patient aged {a}")
            if "bup" in note["unit"]["name"].lower() and c["ruleset"] != "skane":
                problems.append(f"{n}: child psychiatry outside Skåne")
            for sec in note["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    problems.append(f"{n}/{note['id']}: bad section")
                for s in SENT_SPLIT.split(sec["text"]):
                    s = s.strip()
                    if len(s) >= 25:
                        if s in sentences and sentences[s] != n:
                            problems.append(f"{n}: sentence also in {sentences[s]}: {s[:60]}")
                        elif s in sentences:
                            problems.append(f"{n}: sentence repeated inside case: {s[:60]}")
                        sentences[s] = n
        notes_by_id = {x["id"]: x for x in r["notes"]}
        if len(ids) != len(r["notes"]):
            problems.append(f"{n}: duplicate note ids")
        seen = set()
        for lst in ("must", "must_not"):
            for t in c[lst]:
                if len(t) != 2 or t[0] not in CODES or t[1] not in ids:
                    problems.append(f"{n}: bad target {t}")
                    continue
                if tuple(t) in seen:
                    problems.append(f"{n}: target {t} listed twice")
                seen.add(tuple(t))
                note = notes_by_id[t[1]]
                if note["system"] == "PMO" and t[0] == "NL101":
                    problems.append(f"{n}: NL101 asserted on a PMO note")
                if note["system"] == "PMO" and t[0] == "NL102" and lst == "must":
                    problems.append(f"{n}: NL102 must on a PMO note")
        if not c["must"] and not c["must_not"]:
            problems.append(f"{n}: asserts nothing")
        if not c["why"].strip() or "\n" in c["why"]:
            problems.append(f"{n}: why must be one line")
    return problems


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    loaded = [json.loads(line) for line in open(OUT, encoding="utf-8") if line.strip()]
    problems = validate(loaded)
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    counts = {}
    for c in loaded:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts.setdefault(code, {"must": 0, "must_not": 0})[lst] += 1
    print(f"{len(loaded)} cases written to {OUT}")
    for code in sorted(counts):
        print(f"  {code}: must {counts[code]['must']}, must_not {counts[code]['must_not']}")
    if problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
