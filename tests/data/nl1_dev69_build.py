#!/usr/bin/env python3
"""dev69: neurology, stroke units and memory clinics (NL101, NL102).

Independent hand-written test cases. Standard library only, deterministic.
Running this file writes cases.jsonl next to it and validates the set;
it exits with status 1 on any problem.
"""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev69_cases.jsonl")

# ---------------------------------------------------------------- units
# key: (name, hsa_id, system)
UNITS = {
    # Region Skåne, Melior (hospitals)
    "lund_neuro": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4NL1", "Melior"),
    "lund_neuroavd": ("Neurologiavdelning 11, Skånes universitetssjukhus Lund", "SE2321000255-4NL7", "Melior"),
    "lund_stroke": ("Strokeenheten, Skånes universitetssjukhus Lund", "SE2321000255-4ST2", "Melior"),
    "malmo_neuro": ("Neurologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5NM3", "Melior"),
    "malmo_neuroavd": ("Neurologiavdelning 48, Skånes universitetssjukhus Malmö", "SE2321000255-5NA4", "Melior"),
    "malmo_akut": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5AK1", "Melior"),
    "malmo_minnes": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5MM8", "Melior"),
    "malmo_geriatrik": ("Geriatriska kliniken, avdelning 4, Skånes universitetssjukhus Malmö", "SE2321000255-5GE2", "Melior"),
    "malmo_ms": ("MS-mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5MS5", "Melior"),
    "lund_parkinson": ("Parkinsonmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4PK3", "Melior"),
    "lund_barnneuro": ("Barnneurologimottagningen, Barn- och ungdomssjukhuset Lund", "SE2321000255-4BN6", "Melior"),
    "lund_neurofys": ("Klinisk neurofysiologi, Skånes universitetssjukhus Lund", "SE2321000255-4KN9", "Melior"),
    "lund_logoped": ("Logopedmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4LG2", "Melior"),
    "lund_genetik": ("Mottagningen för klinisk genetik, Skånes universitetssjukhus Lund", "SE2321000255-4KG1", "Melior"),
    "hbg_stroke": ("Strokeenheten, Helsingborgs lasarett", "SE2321000255-6HS1", "Melior"),
    "hbg_neuro": ("Neurologmottagningen, Helsingborgs lasarett", "SE2321000255-6HN4", "Melior"),
    "hbg_akut": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-6HA2", "Melior"),
    "hbg_minnes": ("Minnesmottagningen, Helsingborgs lasarett", "SE2321000255-6HM7", "Melior"),
    "krstd_stroke": ("Strokeavdelningen, Centralsjukhuset Kristianstad", "SE2321000255-7KS3", "Melior"),
    "krstd_diabetes": ("Diabetesmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-7KD6", "Melior"),
    "ystad_med": ("Medicinavdelning 3, Lasarettet i Ystad", "SE2321000255-8YM1", "Melior"),
    "ystad_akut": ("Akutmottagningen, Lasarettet i Ystad", "SE2321000255-8YA5", "Melior"),
    "ystad_minnes": ("Minnesmottagningen, Lasarettet i Ystad", "SE2321000255-8YK2", "Melior"),
    "angelholm_minnes": ("Minnesmottagningen, Ängelholms sjukhus", "SE2321000255-6AM3", "Melior"),
    "hlm_med": ("Medicinmottagningen, Hässleholms sjukhus", "SE2321000255-7HM8", "Melior"),
    "trelleborg_med": ("Medicinmottagningen, Trelleborgs lasarett", "SE2321000255-5TM9", "Melior"),
    # Region Skåne, PMO (primary care)
    "vc_sodervarn": ("Vårdcentralen Södervärn, Malmö", "SE2321000255-P1S4", "PMO"),
    "vc_tornet": ("Vårdcentralen Tornet, Landskrona", "SE2321000255-P2T7", "PMO"),
    "vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-P3J1", "PMO"),
    "bvc_eslov": ("BVC, Vårdcentralen Eslöv", "SE2321000255-P4E5", "PMO"),
    "hsv_hoor": ("Hemsjukvården Höör", "SE2321000255-P5H2", "PMO"),
    "vc_osterlen": ("Vårdcentralen Österlen, Simrishamn", "SE2321000255-P6O8", "PMO"),
    "vc_hlm": ("Vårdcentralen Hässleholm Norra", "SE2321000255-P7N3", "PMO"),
    # Västra Götalandsregionen, Melior
    "su_neuro": ("Neurologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011401", "Melior"),
    "su_neuroavd": ("Neurologavdelning 132, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011432", "Melior"),
    "su_stroke": ("Strokeenheten, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012205", "Melior"),
    "su_akut": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010019", "Melior"),
    "su_neurofys": ("Klinisk neurofysiologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011877", "Melior"),
    "su_ms": ("MS-centrum, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011456", "Melior"),
    "molndal_minnes": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000013310", "Melior"),
    "nal_stroke": ("Strokeenheten, NÄL Trollhättan", "SE2321000131-E000000020114", "Melior"),
    "nal_neuro": ("Neurologimottagningen, NÄL Trollhättan", "SE2321000131-E000000020178", "Melior"),
    "sks_neuro": ("Neurologimottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000030222", "Melior"),
    "sks_fysio": ("Fysioterapin, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000030291", "Melior"),
    "lkp_med": ("Medicinavdelning 5, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000030415", "Melior"),
    "sas_neuro": ("Neurologimottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000040133", "Melior"),
    "sas_akut": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000040010", "Melior"),
    "sas_minnes": ("Minnesmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000040187", "Melior"),
    "kungalv_ger": ("Geriatriska avdelningen, Kungälvs sjukhus", "SE2321000131-E000000050061", "Melior"),
    "alingsas_med": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000060044", "Melior"),
    "uddevalla_med": ("Medicinavdelning 21, Uddevalla sjukhus", "SE2321000131-E000000070102", "Melior"),
    "dss_barnneuro": ("Barnneurologiska avdelningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000014412", "Melior"),
}

VGR_PREFIX = "SE2321000131-"
SKANE_PREFIX = "SE2321000255-"

# ---------------------------------------------------------------- helpers
AUTO = object()
CASES = []
_serial = [10]


def luhn_check_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def make_pnr(birth, sex):
    """birth 'YYYY-MM-DD', sex 'M'/'F' -> 'YYYYMMDD-NNNC' (Luhn-valid)."""
    _serial[0] += 7
    n = _serial[0] % 90 + 10
    third = (n % 5) * 2 + (1 if sex == "M" else 0)
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + "%02d%d" % (n, third)
    return "%s%s%s-%02d%d%d" % (y, m, d, n, third, luhn_check_digit(nine))


def N(nid, unit, author, template, time, sections, signed=AUTO, setting="öppenvård"):
    name, hsa, system = UNITS[unit]
    if signed is AUTO:
        t = datetime.strptime(time, "%Y-%m-%dT%H:%M:%S") + timedelta(minutes=42)
        signed = t.strftime("%Y-%m-%dT%H:%M:%S")
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": time,
        "signed": signed,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def _targets(lst):
    out = []
    for x in lst:
        if isinstance(x, str):
            out.append([x, "n1"])
        else:
            out.append([x[0], x[1]])
    return out


def C(name, ruleset, patient, notes, must, must_not, why, as_of=None):
    birth, sex = patient
    if as_of is None:
        last = max(n["time"] for n in notes)
        d = datetime.strptime(last[:10], "%Y-%m-%d") + timedelta(days=1)
        as_of = d.strftime("%Y-%m-%dT00:00:00")
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": make_pnr(birth, sex), "birth_date": birth, "protected_identity": False},
            "as_of": as_of,
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": _targets(must),
        "must_not": _targets(must_not),
        "why": why,
    })


# authors (name, role)
DR = lambda n: (n, "läkare")
SSK = lambda n: (n, "sjuksköterska")

# ======================================================================
# STROKE / TIA
# ======================================================================
C("d69-tia-trolig-strokeenhet-hbg", "skane", ("1951-03-14", "M"), [
    N("n1", "hbg_stroke", DR("Henrik Mårtensson"), "Inskrivningsanteckning", "2024-02-06T10:15:00", [
        ("Anamnes", "73-årig man med hypertoni och typ 2-diabetes. I morse vid frukosten plötsligt svårt att hitta orden och tappade smörkniven ur höger hand. Hustrun ringde 112. Symtomen gick helt tillbaka på ca 20 min, innan ambulansen kom fram."),
        ("Status", "Vaken, adekvat. NIHSS 0. Inga pareser, ingen dysfasi vid undersökningen. Hjärta: regelbunden rytm, inga blåsljud. EKG: sinusrytm 72/min."),
        ("Bedömning", "Trolig TIA i vänster media-område, ABCD2 5 p. DT hjärna och DT-angiografi utan ocklusion eller blödning."),
        ("Planering", "Läggs in på strokeenheten för telemetri och karotisdoppler. Start ASA 160 mg x 1 och atorvastatin 80 mg till natten."),
    ], setting="slutenvård")],
    ["NL102"], ["NL101"],
    "Hedged TIA ('Trolig TIA') in the visible Bedömning of a Skåne Melior admission note; nothing about telling.")

C("d69-migran-aura-ingen-misstanke-tia", "vgr", ("1996-08-02", "F"), [
    N("n1", "nal_neuro", DR("Sara Hedlund"), "Mottagningsanteckning", "2024-03-12T13:40:00", [
        ("Aktuellt", "Remiss från akuten efter en episod med flimrande sicksacklinjer i synfältet som spred sig, följt av stickningar i vänster hand upp mot munnen under ca 30 minuter. Därefter pulserande huvudvärk och illamående."),
        ("Anamnes", "Likartade attacker 3–4 ggr per år sedan 15-årsåldern, aldrig utredda. Mamman har migrän."),
        ("Bedömning", "Klassisk migrän med aura med successiv spridning av symtomen och efterföljande huvudvärk. Ingen misstanke om TIA. Kombinerade p-piller bör bytas till gestagenmetod."),
    ])],
    [], ["NL102"],
    "Confirmed migraine with aura; TIA only negated ('Ingen misstanke om TIA').")

C("d69-cerebellar-infarkt-kan-inte-uteslutas", "skane", ("1948-11-29", "M"), [
    N("n1", "malmo_akut", DR("Jonas Berglund"), "Akutanteckning", "2024-01-19T08:05:00", [
        ("Kontaktorsak", "Yrsel och ostadighet sedan kl 06 i morse."),
        ("Status", "Riktningsväxlande nystagmus, slår åt höger vid blick åt höger och åt vänster vid blick åt vänster. Kan ej stå utan stöd, bredspårig. Head impulse test normalt bilat. Dysmetri vänster vid knä-häl-försök."),
        ("Bedömning", "HINTS-fynden pekar på central genes. Cerebellär infarkt kan inte uteslutas trots DT utan akuta förändringar, MR beställd."),
    ])],
    ["NL102"], [],
    "'kan inte uteslutas' keeps cerebellar infarction open as a hypothesis in a visible section.")

C("d69-stroke-uteslutes-vestibularisneurit", "vgr", ("1969-04-17", "F"), [
    N("n1", "su_stroke", DR("Peter Ekström"), "Daganteckning", "2024-02-22T11:20:00", [
        ("Aktuellt", "Inkom i går med rotatorisk yrsel och kräkningar, nu något bättre."),
        ("Röntgen", "MR hjärna med DWI: ingen diffusionsinskränkning, inga tecken på infarkt i bakre skallgropen."),
        ("Bedömning", "Stroke uteslutes. Positivt head impulse test vänster och horisontell nystagmus som slår åt höger. Diagnos: vestibularisneurit vänster."),
        ("Planering", "Vestibulär rehabilitering via fysioterapeut, hem i morgon."),
    ], setting="slutenvård")],
    [], ["NL102"],
    "Stroke is ruled out ('uteslutes'); the remaining diagnosis is confirmed.")

C("d69-ich-warfarin-bekraftad", "skane", ("1942-07-08", "M"), [
    N("n1", "krstd_stroke", DR("Anna-Karin Olofsson"), "Inskrivningsanteckning", "2024-03-03T16:50:00", [
        ("Anamnes", "Warfarinbehandlad pga mekanisk aortaklaff. Akut insatt vänstersidig hemipares och dysartri kl 14.30."),
        ("Röntgen", "DT hjärna: intracerebral blödning i höger thalamus, ca 8 ml, ingen ventrikelgenombrytning."),
        ("Diagnos", "Intracerebral blödning I61.0, warfarinassocierad."),
        ("Åtgärd", "PK 3,4 – reverserat med Ocplex och Konakion enligt PM. Blodtrycket sänkt till under 140 systoliskt med labetalol."),
    ], setting="slutenvård")],
    [], ["NL102", "NL101"],
    "Confirmed haemorrhage diagnosis, no hedge and nothing said about telling the patient.")

C("d69-sinustrombos-misstankt", "vgr", ("1999-01-23", "F"), [
    N("n1", "sas_akut", DR("Elin Carlsson"), "Akutanteckning", "2024-04-14T21:30:00", [
        ("Anamnes", "Tilltagande huvudvärk i fem dagar, värre liggande. Använder kombinerade p-piller. Har kräkts två gånger i natt."),
        ("Status", "Papillödem bilateralt vid fundoskopi. Ingen nackstelhet. Neurologiskt i övrigt utan anmärkning."),
        ("Bedömning", "Misstänkt sinustrombos. DT med venös fas beställd akut, diskuterat med neurojouren på SU."),
    ])],
    ["NL102"], [],
    "'Misstänkt sinustrombos' in the visible Bedömning of a VGR Melior emergency note.")

C("d69-dissektion-misstant-typo", "skane", ("1983-10-02", "M"), [
    N("n1", "lund_stroke", DR("Fredrik Isaksson"), "Läkaranteckning", "2024-05-07T14:10:00", [
        ("Aktuellt", "Nackvärk vänster efter manipulation hos naprapat för fyra dagar sedan, i går övergående dubbelseende och ostadighet."),
        ("Bedömning", "Misstänt vertebralisdissektion vänster. DT-angio visar oregelbunden kontur i V2-segmentet."),
        ("Planering", "Trombocythämning, MR med kärlväggssekvenser."),
    ], setting="slutenvård")],
    ["NL102"], [],
    "Typo in the hedge ('Misstänt') still marks a suspected dissection in a visible section.")

C("d69-tia-misstankt-pmo-telefon", "skane", ("1938-05-30", "F"), [
    N("n1", "vc_tornet", SSK("Maria Holmgren"), "Telefonanteckning", "2024-01-29T09:12:00", [
        ("Telefonkontakt", "Dotter ringer. Mamman hade i går kväll sluddrigt tal i ca 10 min, nu helt bra igen. Misstänkt TIA, dottern uppmanas att åka med mamman till akuten i Helsingborg i dag och inte avvakta. Dottern förstår och kör direkt."),
    ])],
    [], ["NL102"],
    "PMO never shows diagnoses: a suspected TIA in a primary-care phone note is must_not NL102.")

C("d69-lakunar-infarkt-ej-informerad-sover", "skane", ("1955-12-11", "M"), [
    N("n1", "lund_stroke", DR("Karin Lundqvist"), "Daganteckning", "2024-02-13T12:30:00", [
        ("Aktuellt", "Vårddag 2. Kvarstående höger facialispares och lätt armsvaghet, NIHSS 3."),
        ("Röntgen", "MR hjärna i dag: färsk infarkt i vänster capsula interna, bakre skänkeln."),
        ("Bedömning", "Lakunär infarkt vänster capsula interna, småkärlssjukdom. Pat har ännu inte informerats om MR-svaret, sov djupt vid ronden och fick vila; tas i eftermiddag."),
    ], setting="slutenvård")],
    ["NL101"], [],
    "Confirmed lacunar infarct in Bedömning while the patient has not yet been told the MR result.")

C("d69-tia-epikris-symtom-som-vid-stroke", "vgr", ("1947-09-19", "M"), [
    N("n1", "lkp_med", DR("Mats Gustavsson"), "Epikris", "2024-03-21T15:00:00", [
        ("Epikris", "Inlagd 3 dygn för övergående högersidig svaghet i arm och ben. DT och MR utan infarkt, karotisdoppler utan signifikant stenos, telemetri utan arytmi. Diagnos: TIA G45.9."),
        ("Läkemedel", "Nyinsatt klopidogrel 75 mg och atorvastatin 40 mg."),
        ("Information", "Vid nya symtom som vid stroke – hängande mungipa, talsvårigheter, kraftlöshet i arm eller ben – ring 112 omedelbart."),
    ], setting="slutenvård")],
    [], ["NL102"],
    "Confirmed TIA; 'symtom som vid stroke' sits inside a safety-net conditional, not a hypothesis.")

C("d69-bild-som-vid-lakunar-pons", "vgr", ("1958-06-04", "F"), [
    N("n1", "uddevalla_med", DR("Johanna Wikström"), "Läkaranteckning", "2024-04-02T10:45:00", [
        ("Röntgen", "MR hjärna: bild som vid lakunär infarkt i vänster pons, äldre vitsubstansförändringar Fazekas 2."),
        ("Bedömning", "Kliniken med ataktisk hemipares höger passar. Sekundärprevention insatt."),
    ], setting="slutenvård")],
    ["NL102"], [],
    "'bild som vid lakunär infarkt' is a hedged diagnosis in the visible Röntgen section.")

C("d69-amyloidangiopati-i-forsta-hand", "skane", ("1943-02-25", "F"), [
    N("n1", "malmo_neuroavd", DR("Olof Sjöberg"), "Läkaranteckning", "2024-05-16T13:05:00", [
        ("Bedömning", "Lobär blödning parietalt höger hos 81-årig kvinna utan antikoagulantia. SWI visar multipla kortikala mikroblödningar och superficiell sideros. Cerebral amyloidangiopati i första hand, sannolik CAA enligt Boston 2.0."),
    ], setting="slutenvård")],
    ["NL102"], [],
    "'i första hand' and 'sannolik CAA' keep amyloid angiopathy a hypothesis in the visible note.")

C("d69-mor-trolg-stroke-hereditet-typo", "vgr", ("1977-08-21", "M"), [
    N("n1", "alingsas_med", DR("Niklas Bengtsson"), "Mottagningsanteckning", "2024-06-11T09:30:00", [
        ("Anamnes", "Episodisk yrsel vid snabba huvudrörelser sedan en månad, värst när han vänder sig i sängen."),
        ("Hereditet", "Mor fick trolg stroke vid 60 års ålder och dog några år senare. Far frisk."),
        ("Status", "Dix-Hallpike positiv höger med torsionsnystagmus. Övrigt neurologstatus utan fynd."),
        ("Bedömning", "BPPV i bakre båggången höger, Epleys manöver utförd med god effekt."),
    ])],
    [], ["NL102"],
    "The only hedge (misspelt 'trolg') concerns the mother's stroke; the patient's BPPV is confirmed.")

C("d69-tia-uppfoljning-ev-undersokningar", "skane", ("1950-10-09", "F"), [
    N("n1", "ystad_med", DR("Lena Åkesson"), "Mottagningsanteckning", "2024-06-18T14:20:00", [
        ("Aktuellt", "Återbesök tre månader efter TIA med amaurosis fugax höger öga. Inga nya episoder. Tar ASA och statin utan biverkningar."),
        ("Planering", "Ev. långtids-EKG om nya episoder tillkommer. Eventuellt kontroll av lipider i höst via vårdcentralen."),
    ])],
    [], ["NL102", "NL101"],
    "Hedges only on plans (ev. långtids-EKG, eventuellt lipidkontroll); the TIA itself is settled history.")

# ======================================================================
# EPILEPSY / FIRST SEIZURE
# ======================================================================
C("d69-barn-trolig-centrotemporal-epilepsi", "skane", ("2016-05-20", "M"), [
    N("n1", "lund_barnneuro", DR("Ingrid Persson"), "Mottagningsanteckning", "2024-02-27T10:00:00", [
        ("Anamnes", "8-årig pojke som väcktes av att han inte kunde prata, ryckningar i vänster mungipa och dregling. Föräldrarna hörde gurglande ljud. Andra episoden på två månader, båda i sömn."),
        ("Utredning", "Sömn-EEG: centrotemporala spikes höger som aktiveras i sömn. Bakgrundsaktiviteten normal för åldern."),
        ("Bedömning", "Trolig självbegränsande epilepsi med centrotemporala spikes. God prognos, vi avvaktar med läkemedel."),
    ])],
    ["NL102"], [],
    "Child under 13 (guardians read the note): 'Trolig' epilepsy syndrome in a visible Bedömning.")

C("d69-provocerat-anfall-ej-epilepsi", "vgr", ("2001-07-12", "M"), [
    N("n1", "su_akut", DR("Amir Haddad"), "Akutanteckning", "2024-07-07T04:40:00", [
        ("Anamnes", "Kamrat såg honom falla och rycka i hela kroppen ca 1 min efter en natt utan sömn och mycket alkohol på festival. Lateralt tungbett."),
        ("Status", "Vaken, orienterad, neurologstatus ua. Natrium 138, glukos 6,1, CK 340."),
        ("Bedömning", "Provocerat generaliserat tonisk-kloniskt anfall i samband med sömndeprivation och alkohol. DT hjärna utan patologi. Epilepsidiagnos är inte aktuell efter ett provocerat anfall."),
        ("Information", "Muntlig information om körförbud i sex månader enligt Transportstyrelsens föreskrifter."),
    ])],
    [], ["NL102"],
    "Provoked seizure is stated as fact; epilepsy is explicitly not at issue.")

C("d69-pnes-dd-frontallobsepilepsi", "skane", ("1990-03-03", "F"), [
    N("n1", "malmo_neuro", DR("Hanna Lindström"), "Mottagningsanteckning", "2024-03-26T15:15:00", [
        ("Aktuellt", "Anfall 2–3 ggr/vecka med långvariga asynkrona bäckenrörelser, slutna ögon och gråt efteråt. Varar upp till 20 min."),
        ("Bedömning", "DD PNES vs frontallobsepilepsi. Sambons mobilfilm granskad, video-EEG behövs för att skilja dem åt."),
        ("Planering", "Remiss till långtids-video-EEG med inläggning på epilepsienheten."),
    ])],
    ["NL102"], [],
    "'DD' between two seizure diagnoses in the visible Bedömning.")

C("d69-fokal-epilepsi-ej-informerad", "vgr", ("1972-12-01", "M"), [
    N("n1", "sks_neuro", DR("Lars Fransson"), "Läkaranteckning", "2024-04-09T16:05:00", [
        ("Utredning", "Rutin-EEG: intermittenta skarpa vågor temporalt vänster. MR hjärna: hippocampusskleros vänster."),
        ("Diagnos", "Fokal epilepsi med temporal debut vänster, G40.1."),
        ("Planering", "Pat ej informerad om svaren, nåddes inte på telefon i dag. Nytt försök i morgon förmiddag, därefter insättning av lamotrigin."),
    ], signed=None)],
    ["NL101"], [],
    "Unsigned draft: settled epilepsy diagnosis in a visible section while the patient is not yet informed.")

C("d69-epilepsi-informerad-korkort-senare", "skane", ("1986-09-14", "F"), [
    N("n1", "lund_neuro", DR("Mikael Rosén"), "Mottagningsanteckning", "2024-05-02T11:00:00", [
        ("Bedömning", "Två oprovocerade anfall med 4 månaders mellanrum och generaliserad spike-wave på EEG. Genetisk generaliserad epilepsi."),
        ("Information", "Pat informerad om diagnosen epilepsi och om behandlingsalternativ, väljer levetiracetam. Körkortsregler och graviditetsplanering är ännu inte genomgångna, tas vid nästa besök hos epilepsisjuksköterskan."),
    ])],
    [], ["NL101"],
    "Patient told the diagnosis; what is not yet gone through is driving rules and pregnancy planning, not a diagnosis.")

C("d69-eeg-normalt-ej-meddelat-kand-migran", "skane", ("1979-02-16", "M"), [
    N("n1", "lund_neuro", SSK("Therese Nyberg"), "Telefonanteckning", "2024-06-04T10:25:00", [
        ("Telefonkontakt", "Pat ringer och frågar om EEG-svaret. Han har ännu inte informerats om att EEG var normalt utan epileptiform aktivitet; dr Lindqvist ringer upp honom i eftermiddag enligt överenskommelse. Känd migrän sedan många år."),
    ])],
    [], ["NL101", "NL102"],
    "What the patient has not been told is a normal EEG; the diagnosis in the note (migraine) is not the untold item.")

C("d69-anfall-kan-ej-utelsutas-typo", "skane", ("1939-08-27", "M"), [
    N("n1", "trelleborg_med", DR("Gustav Nordin"), "Läkaranteckning", "2024-02-02T09:50:00", [
        ("Aktuellt", "Hittad medvetslös på golvet av hemtjänsten, förvirrad i två timmar därefter. Urinavgång."),
        ("Bedömning", "Oklar medvetandeförlust. Epileptiskt anfall kan ej utelsutas hos pat med tidigare stroke, EEG begärt."),
    ], setting="slutenvård")],
    ["NL102"], [],
    "Typo in 'kan ej utelsutas': a seizure is still left open as a hypothesis.")

C("d69-bvc-trol-feberkramp-pmo", "skane", ("2022-03-11", "F"), [
    N("n1", "bvc_eslov", SSK("Camilla Runesson"), "Besöksanteckning", "2024-01-24T13:30:00", [
        ("Aktuellt", "Mamma berättar att flickan i helgen hade feber 39,8 och skakade i armar och ben ungefär en minut, blev slapp efteråt. Trol. feberkramp. Barnakuten bedömde henne i söndags utan anmärkning."),
        ("Åtgärd", "Information om feberkramper och om när man ska ringa 112 given till mamma."),
    ])],
    [], ["NL102"],
    "PMO (BVC) note: a hedged febrile seizure is never shown, must_not NL102.")

C("d69-sannolkit-jme-typo", "vgr", ("2006-11-03", "M"), [
    N("n1", "su_neuro", DR("Eva Sandberg"), "Mottagningsanteckning", "2024-02-20T14:30:00", [
        ("Anamnes", "17-årig gymnasieelev. Ryckningar i armarna på morgonen, har flera gånger tappat tandborsten eller koppen. Ett generaliserat anfall efter en LAN-natt."),
        ("Utredning", "EEG: generaliserade polyspike-wave, fotoparoxysmalt svar."),
        ("Bedömning", "Sannolkit juvenil myoklon epilepsi. Valproat undviks, startar levetiracetam."),
    ])],
    ["NL102"], [],
    "Typo 'Sannolkit' hedging juvenile myoclonic epilepsy in a 17-year-old's visible note.")

C("d69-epilepsi-kand-akutplan-villkor", "skane", ("1998-04-22", "F"), [
    N("n1", "hbg_neuro", SSK("Linnea Axelsson"), "Sjuksköterskeanteckning", "2024-08-14T09:00:00", [
        ("Aktuellt", "Besök hos epilepsisjuksköterska. Strukturell fokal epilepsi efter operation av kavernom 2019. Anfallsfri sedan ett år på lakosamid."),
        ("Information", "Akutplanen uppdaterad: om anfall pågår mer än 5 minuter ges buckalt midazolam och ambulans larmas."),
    ])],
    [], ["NL102"],
    "Confirmed epilepsy and a conditional emergency plan; no hedged diagnosis.")

# ======================================================================
# MS / DEMYELINATING DISEASE
# ======================================================================
C("d69-optikusneurit-misstankt-ms", "vgr", ("1995-10-27", "F"), [
    N("n1", "su_neuro", DR("Johan Lindberg"), "Mottagningsanteckning", "2024-01-16T10:30:00", [
        ("Aktuellt", "Remitterad från ögonkliniken efter optikusneurit höger för tre veckor sedan, visus nu 0,8."),
        ("Röntgen", "MR hjärna: tre periventrikulära och en juxtakortikal T2-lesion, ingen laddning."),
        ("Bedömning", "Misstänkt MS, uppfyller spridning i rum men inte i tid. LP med oligoklonala band planeras."),
    ])],
    ["NL102"], [],
    "First demyelinating event: 'Misstänkt MS' in the visible Bedömning (VGR).")

C("d69-cis-forenligt-med-demyelinisering", "skane", ("1989-06-30", "M"), [
    N("n1", "lund_neuro", DR("Sofia Hellström"), "Läkaranteckning", "2024-03-07T13:20:00", [
        ("Aktuellt", "Tre veckors domningar från bröstvårtenivån och nedåt, nu i regress."),
        ("Röntgen", "MR halsrygg: kort T2-lesion i höjd med C4, dorsalt. MR hjärna: två infratentoriella lesioner."),
        ("Bedömning", "Bilden förenlig med demyeliniserande sjukdom. Kompletterar med likvor."),
    ])],
    ["NL102"], [],
    "'förenlig med demyeliniserande sjukdom' is a hedged diagnosis in a visible section.")

C("d69-ms-diagnos-inte-medelad-typo", "skane", ("1991-01-18", "F"), [
    N("n1", "malmo_ms", DR("Daniel Åberg"), "Läkaranteckning", "2024-04-29T15:45:00", [
        ("Utredning", "Likvor: förhöjt IgG-index, oligoklonala band i likvor men ej i serum. Uppföljande MR med nytillkommen laddande lesion."),
        ("Diagnos", "Skovvis förlöpande multipel skleros G35.9, uppfyller McDonald 2017."),
        ("Planering", "Diagnosen är inte medelad patienten ännu. Besked ges vid inbokat besök med MS-sjuksköterska 14 maj, pat har bett att få ha sin sambo med sig."),
    ])],
    ["NL101"], ["NL102"],
    "Settled MS diagnosis visible while the note says it is not yet communicated (typo 'medelad').")

C("d69-ms-tidiga-hypoteser-mall-skane", "skane", ("1993-09-09", "F"), [
    N("n1", "lund_neuro", DR("Sofia Hellström"), "Tidiga hypoteser", "2024-05-13T16:30:00", [
        ("Hypotes", "Fynden på MR talar för MS. Pat ej informerad om misstanken, hon vill först invänta likvorsvaret innan vi diskuterar diagnos."),
    ])],
    [], ["NL102", "NL101"],
    "Skåne: the hypothesis and the untold status sit in the protected template Tidiga hypoteser.")

C("d69-ms-vgr-sokord-tidiga-hypoteser", "vgr", ("1994-02-12", "F"), [
    N("n1", "sas_neuro", DR("Martin Alm"), "Läkaranteckning", "2024-05-21T11:10:00", [
        ("Aktuellt", "Domningar i vänster hand och vänster bålhalva sedan två veckor, bättre nu."),
        ("Status", "Nedsatt vibrationssinne vänster fot. Reflexer livliga, symmetriska. Babinski neg bilat."),
        ("Planering", "MR hjärna och halsrygg, återbesök efter svar."),
        ("Tidiga hypoteser", "Misstänkt MS, ännu ej diskuterat med pat."),
    ])],
    [], ["NL102", "NL101"],
    "VGR: the suspected MS and the untold status are only under the protected sökord Tidiga hypoteser.")

C("d69-mogad-ms-bedoms-ej", "vgr", ("2000-12-19", "M"), [
    N("n1", "su_ms", DR("Karl Johansson"), "Läkaranteckning", "2024-06-05T14:00:00", [
        ("Utredning", "MOG-IgG positiv i cellbaserad analys, titer 1:320. AQP4-IgG negativ. Inga oligoklonala band."),
        ("Bedömning", "MOG-antikroppsassocierad sjukdom (MOGAD) med bilateral optikusneurit. MS bedöms inte föreligga, MS-läkemedel ska undvikas."),
    ])],
    [], ["NL102"],
    "MOGAD is confirmed and MS is explicitly judged absent.")

C("d69-ms-fragestallning-konsult", "vgr", ("1985-05-25", "F"), [
    N("n1", "sas_neuro", DR("Ulrika Bergqvist"), "Konsultationsanteckning", "2024-02-08T09:40:00", [
        ("Frågeställning", "MS? Domningar i båda benen och elstötskänsla nedåt ryggen vid nackflexion, remitterad från vårdcentralen i Ulricehamn."),
        ("Status", "Lhermitte positivt. Nedsatt vibrationssinne distalt bilat. Hyperreflexi i nedre extremiteterna."),
        ("Planering", "MR hjärna och hela ryggmärgen."),
    ])],
    ["NL102"], [],
    "Referral question 'MS?' under the visible sökord Frågeställning.")

C("d69-ev-ms-pmo-remiss", "skane", ("1997-07-07", "F"), [
    N("n1", "vc_sodervarn", DR("Nadia Karimi"), "Besöksanteckning", "2024-01-31T15:20:00", [
        ("Aktuellt", "Domningar i benen sedan tre veckor och elektriska stötar nedåt ryggen när hon böjer nacken."),
        ("Bedömning", "Ev MS. Remiss till neurologmottagningen SUS Malmö med förtur."),
    ])],
    [], ["NL102"],
    "PMO primary-care note with 'Ev MS': never shown, must_not NL102.")

C("d69-ms-ssk-infusion-tidigare-besked", "vgr", ("1990-08-08", "F"), [
    N("n1", "su_ms", SSK("Petra Lund"), "Sjuksköterskeanteckning", "2024-03-19T08:30:00", [
        ("Aktuellt", "Pat fick sitt MS-besked av dr Ahlgren i februari och kommer i dag för första infusionen med ocrelizumab."),
        ("Åtgärd", "Premedicinering enligt PM, infusion 300 mg utan reaktion. Vitalparametrar var 30:e minut utan anmärkning."),
    ])],
    [], ["NL101"],
    "The MS diagnosis was communicated in February; no hedge.")

C("d69-ms-informerad-foraldrar-ej", "skane", ("2004-10-21", "M"), [
    N("n1", "malmo_ms", DR("Daniel Åberg"), "Mottagningsanteckning", "2024-06-26T13:00:00", [
        ("Diagnos", "Multipel skleros, skovvis förlöpande."),
        ("Information", "Pat informerad om MS-diagnosen i lugn miljö, fick skriftlig information och kontaktuppgifter till MS-sjuksköterskan. Han vill inte att föräldrarna får veta ännu och ber oss att inte kontakta dem."),
    ])],
    [], ["NL101"],
    "Patient told; only the parents are not to be informed: must_not NL101.")

C("d69-syster-ms-pat-undrar-normal-mr", "vgr", ("1999-03-15", "F"), [
    N("n1", "nal_neuro", DR("Anders Wallin"), "Mottagningsanteckning", "2024-07-02T10:10:00", [
        ("Hereditet", "Syster har MS sedan 2019."),
        ("Aktuellt", "Orolig för egen del efter kortvarigt pirr i vänster hand. Pat undrar om hon kan ha MS eftersom systern har det."),
        ("Bedömning", "Normal neurologstatus och normal MR hjärna. Inga tecken på MS, lugnande besked givet."),
    ])],
    [], ["NL102"],
    "Sister's MS and the patient's own worry; clinically MS is negated ('Inga tecken på MS').")

C("d69-nmosd-eller-ms-oklart", "skane", ("1978-11-05", "F"), [
    N("n1", "lund_neuroavd", DR("Sofia Hellström"), "Läkaranteckning", "2024-08-20T15:30:00", [
        ("Bedömning", "Longitudinellt extensiv myelit T2–T8 och tidigare area postrema-syndrom. Oklart om det rör sig om NMOSD eller atypisk MS; AQP4- och MOG-antikroppar skickade."),
    ], setting="slutenvård")],
    ["NL102"], [],
    "'Oklart om det rör sig om NMOSD eller atypisk MS' is an open differential in a visible section.")

C("d69-missankt-tranvers-myelit-typo", "vgr", ("1982-02-28", "M"), [
    N("n1", "su_neuroavd", DR("Oskar Svensson"), "Inskrivningsanteckning", "2024-09-03T22:15:00", [
        ("Anamnes", "Två dygns tilltagande svaghet i båda benen, känselnivå vid naveln och urinretention."),
        ("Bedömning", "Missänkt tranvers myelit. Akut MR av hela ryggmärgen, KAD satt."),
    ], setting="slutenvård")],
    ["NL102"], [],
    "Typos in hedge and diagnosis ('Missänkt tranvers myelit') still a suspected diagnosis.")

# ======================================================================
# PARKINSON / TREMOR
# ======================================================================
C("d69-trolig-parkinson-et-mindre-sannolik", "skane", ("1956-04-13", "M"), [
    N("n1", "lund_neuro", DR("Erik Ljungberg"), "Mottagningsanteckning", "2024-02-15T09:00:00", [
        ("Status", "Vilotremor vänster hand, 4–5 Hz, förstärks vid mental belastning. Kugghjulsrigiditet vänster arm. Nedsatt amplitud vid fingertapping vänster. Minskad armpendling vänster."),
        ("Bedömning", "Trolig Parkinsons sjukdom. Essentiell tremor är mindre sannolik med tanke på asymmetri och vilokomponent."),
    ])],
    ["NL102"], [],
    "Parkinson vs essential tremor: 'Trolig Parkinsons sjukdom' in the visible Bedömning.")

C("d69-essentiell-tremor-etablerad", "vgr", ("1961-01-30", "F"), [
    N("n1", "su_neuro", DR("Cecilia Borg"), "Mottagningsanteckning", "2024-03-05T13:15:00", [
        ("Anamnes", "Darrningar i båda händerna sedan 20 år, tilltagande. Bättre av ett glas vin. Pappa och farmor skakade också."),
        ("Status", "Symmetrisk posturell och kinetisk tremor bilat, lätt huvudtremor. Ingen vilotremor, ingen rigiditet, normal fingertapping."),
        ("Bedömning", "Essentiell tremor. Inga parkinsonistiska drag. Propranolol 40 mg x 2 provas."),
    ])],
    [], ["NL102"],
    "Essential tremor stated as a settled diagnosis; parkinsonism negated.")

C("d69-datscan-normal-talar-emot-parkinson", "skane", ("1966-07-24", "M"), [
    N("n1", "lund_parkinson", DR("Erik Ljungberg"), "Läkaranteckning", "2024-04-23T10:40:00", [
        ("Utredning", "DaTSCAN: normalt och symmetriskt upptag i striatum bilat."),
        ("Bedömning", "Normal DaTSCAN talar emot Parkinsons sjukdom. Diagnos: dystonisk tremor i höger arm."),
    ])],
    [], ["NL102"],
    "'talar emot Parkinsons sjukdom' negates; the remaining diagnosis is confirmed.")

C("d69-msa-kan-ej-uteslutas", "vgr", ("1953-05-09", "M"), [
    N("n1", "sks_neuro", DR("Lars Fransson"), "Mottagningsanteckning", "2024-05-28T14:45:00", [
        ("Aktuellt", "Parkinsonism sedan två år, dålig effekt av levodopa 600 mg/d. Svimmat två gånger när han rest sig."),
        ("Status", "Ortostatiskt blodtrycksfall från 145/85 till 95/60 efter tre minuter. Urinretention med resurin 300 ml."),
        ("Bedömning", "Tidig autonom svikt och svagt levodopasvar. Multipel systematrofi kan ej uteslutas."),
    ])],
    ["NL102"], [],
    "'Multipel systematrofi kan ej uteslutas' in a visible Bedömning.")

C("d69-psp-fragetecken", "skane", ("1949-12-02", "F"), [
    N("n1", "hbg_neuro", DR("Malin Ekdahl"), "Mottagningsanteckning", "2024-03-14T11:30:00", [
        ("Status", "Vertikal blickpares nedåt, långsamma sackader. Positivt applådtest. Retropulsion vid dragtest."),
        ("Bedömning", "PSP? Tidiga fall bakåt och blickpares passar. MR för mesencefal atrofi."),
    ], signed=None)],
    ["NL102"], [],
    "Unsigned draft with 'PSP?' in the visible Bedömning (pre-signing case).")

C("d69-parkinson-ej-informerad-datscan", "vgr", ("1958-08-16", "M"), [
    N("n1", "sas_neuro", DR("Ulrika Bergqvist"), "Läkaranteckning", "2024-05-17T08:50:00", [
        ("Utredning", "DaTSCAN: reducerat upptag i putamen, mest uttalat höger."),
        ("Diagnos", "Parkinsons sjukdom G20."),
        ("Planering", "Pat ännu ej informerad om DaTSCAN-svaret och diagnosen. Besök bokat 3 juni då besked ges och behandling diskuteras."),
    ])],
    ["NL101"], [],
    "Parkinson diagnosis recorded in a visible section before the patient has been told.")

C("d69-pd-ssk-ingenting-om-besked", "skane", ("1950-06-19", "F"), [
    N("n1", "lund_parkinson", SSK("Birgitta Hallberg"), "Sjuksköterskeanteckning", "2024-07-10T13:45:00", [
        ("Aktuellt", "Parkinsons sjukdom sedan 2021. Besväras av off-perioder på eftermiddagen och nattliga vadkramper."),
        ("Åtgärd", "Motorisk dagbok utlämnad. Dosfördelningen av levodopa diskuterad med ansvarig läkare, eftermiddagsdosen tidigareläggs en timme."),
    ])],
    [], ["NL101", "NL102"],
    "Established diagnosis, no hedge and nothing said about informing.")

C("d69-parkinsonism-sannolikt-lakemedelsutlost", "vgr", ("1970-10-10", "F"), [
    N("n1", "su_neuro", DR("Cecilia Borg"), "Konsultationsanteckning", "2024-06-13T15:10:00", [
        ("Frågeställning", "Stelhet och släpande gång hos pat inneliggande på psykiatrisk avdelning."),
        ("Status", "Symmetrisk rigiditet, hypomimi, små steg. Ingen vilotremor."),
        ("Bedömning", "Parkinsonism, sannolikt läkemedelsutlöst av haloperidol som sattes in för sex veckor sedan. Rekommenderar byte av antipsykotika."),
    ], setting="slutenvård")],
    ["NL102"], [],
    "'sannolikt läkemedelsutlöst' hedges the drug-induced parkinsonism diagnosis.")

C("d69-ev-darrning-ingen-misstanke-parkinsson-typo", "skane", ("1972-09-01", "F"), [
    N("n1", "hlm_med", DR("Per-Olof Jeppsson"), "Mottagningsanteckning", "2024-04-04T10:20:00", [
        ("Aktuellt", "Pat upplever ev. en lätt darrning i höger hand vid stress, inget hon märkt i vila."),
        ("Status", "Ingen tremor observeras. Normal tonus och fingertapping."),
        ("Bedömning", "Ingen misstanke om Parkinsson. Fysiologisk tremor förstärkt av kaffe och stress."),
    ])],
    [], ["NL102"],
    "Hedge on a symptom ('ev. en lätt darrning') and a negated, misspelt Parkinson ('Parkinsson').")

C("d69-pd-hemsjukvard-trol-ortostatism-pmo", "skane", ("1940-03-22", "M"), [
    N("n1", "hsv_hoor", SSK("Åsa Pålsson"), "Hembesöksanteckning", "2024-09-10T10:30:00", [
        ("Aktuellt", "Hembesök. Känd Parkinson. Har ramlat två gånger denna vecka när han rest sig ur sängen."),
        ("Bedömning", "BT liggande 150/80, stående 105/65. Trol. ortostatisk hypotension, dr informerad och tar ställning till Madopar-dosen."),
    ])],
    [], ["NL102"],
    "PMO home-care note: hedged orthostatic hypotension is never shown.")

C("d69-tidigare-misstanke-nu-bekraftad-parkinson", "skane", ("1957-02-07", "M"), [
    N("n1", "malmo_neuro", DR("Hanna Lindström"), "Mottagningsanteckning", "2024-10-08T14:00:00", [
        ("Bedömning", "Den tidigare misstanken om Parkinsons sjukdom är nu bekräftad med patologisk DaTSCAN och tydlig levodopaeffekt. Diagnos G20."),
        ("Information", "Diagnosen genomgången med pat och hans fru."),
    ])],
    [], ["NL102", "NL101"],
    "Hard negative: 'misstanken om' appears but the diagnosis is now confirmed and told.")

# ======================================================================
# NEUROPATHIES
# ======================================================================
C("d69-gbs-misstankt-akut", "skane", ("1980-06-06", "M"), [
    N("n1", "malmo_akut", DR("Jonas Berglund"), "Akutanteckning", "2024-04-18T19:25:00", [
        ("Anamnes", "Magsjuk för två veckor sedan. Sedan fyra dagar stickningar i fötter och händer och tilltagande svaghet i benen, svårt att gå i trappor."),
        ("Status", "Symmetrisk svaghet proximalt och distalt i nedre extremiteterna, grad 3–4. Areflexi i benen, svaga reflexer i armarna. Vitalkapacitet 3,1 l."),
        ("Bedömning", "Misstänkt Guillain-Barrés syndrom. Läggs in på neurologavdelningen för LP, neurografi och VC-kontroller x 4."),
    ])],
    ["NL102"], [],
    "'Misstänkt Guillain-Barrés syndrom' in the visible Bedömning.")

C("d69-cidp-ej-informerad", "vgr", ("1963-03-27", "M"), [
    N("n1", "su_neuro", DR("Johan Lindberg"), "Läkaranteckning", "2024-06-20T16:40:00", [
        ("Utredning", "Neurografi: förlängda distala latenser, partiella ledningsblock i n. medianus och n. ulnaris bilat, kraftigt sänkta hastigheter. Likvorprotein 1,2 g/l, normala celler."),
        ("Diagnos", "Kronisk inflammatorisk demyeliniserande polyneuropati (CIDP) enligt EAN/PNS 2021."),
        ("Planering", "Pat är ej informerad om diagnosen. Han är på semester och nås först efter helgen, då planeras IVIG."),
    ], signed=None)],
    ["NL101"], [],
    "CIDP diagnosis visible while the note says the patient is not informed.")

C("d69-diabetes-polyneuropati-inget-om-besked", "skane", ("1955-09-12", "M"), [
    N("n1", "krstd_diabetes", DR("Ahmed Saleh"), "Mottagningsanteckning", "2024-05-06T08:45:00", [
        ("Status", "Monofilament nedsatt på båda fotsulorna, vibrationssinnet nedsatt till fotled. Achillesreflexer saknas bilat."),
        ("Diagnos", "Distal symmetrisk sensorisk polyneuropati, diabetesrelaterad. Typ 2-diabetes sedan 2009."),
        ("Åtgärd", "Remiss till fotterapeut, riskgrupp 2."),
    ])],
    [], ["NL102", "NL101"],
    "Confirmed diabetic polyneuropathy, no hedge, nothing about informing.")

C("d69-karpaltunnel-talar-for-typo", "vgr", ("1974-12-24", "F"), [
    N("n1", "su_neurofys", DR("Viktor Nilsson"), "Läkaranteckning", "2024-02-29T11:00:00", [
        ("Utredning", "Förlängd distal motorisk latens i n. medianus höger, 5,8 ms, och sänkt sensorisk hastighet över handleden. Ulnaris normal."),
        ("Bedömning", "Fynden talar för karpaltunnelsyndorm höger, måttlig grad."),
    ])],
    ["NL102"], [],
    "'talar för' + misspelt diagnosis ('karpaltunnelsyndorm') in the visible Bedömning.")

C("d69-neurografi-normal-ej-informerad-diabetes", "skane", ("1967-08-03", "F"), [
    N("n1", "lund_neurofys", DR("Robert Falk"), "Läkaranteckning", "2024-10-01T14:30:00", [
        ("Utredning", "Neurografi och EMG av nedre extremiteterna inom normala gränser."),
        ("Planering", "Känd typ 1-diabetes. Pat ej informerad om det normala svaret ännu; remittenten på diabetesmottagningen meddelar henne vid besöket nästa vecka."),
    ])],
    [], ["NL101"],
    "Hard negative: 'ej informerad' refers to a normal result, not to the diabetes diagnosis.")

# ======================================================================
# ALS / MOTOR NEURON DISEASE
# ======================================================================
C("d69-als-definitiv-ej-informerad", "skane", ("1959-05-05", "M"), [
    N("n1", "lund_neuro", DR("Mikael Rosén"), "Läkaranteckning", "2024-03-15T15:50:00", [
        ("Utredning", "ENeG: aktiv och kronisk denervation i tre regioner (bulbärt, cervikalt, lumbosakralt). Normala sensoriska svar."),
        ("Diagnos", "Amyotrofisk lateralskleros G12.2, uppfyller Gold Coast-kriterierna."),
        ("Planering", "Pat ej informerad. Diagnosbesked planeras tisdag med hustrun närvarande, ALS-teamets kurator och sjuksköterska bokade."),
    ])],
    ["NL101"], [],
    "ALS diagnosis in Diagnos while Planering says the patient is not informed.")

C("d69-als-besked-givet-avskilt-rum", "vgr", ("1955-11-23", "F"), [
    N("n1", "su_neuro", DR("Eva Sandberg"), "Läkaranteckning", "2024-04-25T14:15:00", [
        ("Samtal", "Diagnosbesked ALS givet i dag till pat och hennes make i avskilt rum, ALS-sjuksköterska närvarande. Pat grät men ställde frågor om förloppet och om hon kan bo kvar hemma."),
        ("Planering", "Riluzol insatt. Teamträff om två veckor, kurator ringer i morgon."),
    ])],
    [], ["NL101"],
    "ALS diagnosis told today, with husband present: must_not NL101.")

C("d69-als-vgr-sokord-tidiga-hypoteser", "vgr", ("1965-07-31", "M"), [
    N("n1", "sks_neuro", DR("Lars Fransson"), "Mottagningsanteckning", "2024-07-16T10:50:00", [
        ("Status", "Fascikulationer i vänster deltoideus och båda vaderna. Atrofi av första interosseus vänster. Livliga reflexer i samma arm."),
        ("Planering", "ENeG beställd, återbesök med svar."),
        ("Tidiga hypoteser", "Misstänkt motorneuronsjukdom. Pat är inte informerad om misstanken."),
    ])],
    [], ["NL102", "NL101"],
    "VGR: suspected MND and the untold status only under sökord Tidiga hypoteser; visible parts hold findings only.")

C("d69-als-kan-inte-uteslutas-dd-mmn", "skane", ("1976-01-09", "M"), [
    N("n1", "malmo_neuro", DR("Hanna Lindström"), "Mottagningsanteckning", "2024-09-24T11:45:00", [
        ("Bedömning", "Asymmetrisk distal armsvaghet utan sensoriska symtom. DD multifokal motorisk neuropati, ALS kan inte uteslutas. GM1-antikroppar och utvidgad neurografi med sökande efter ledningsblock."),
    ])],
    ["NL102"], [],
    "Open differential MMN vs ALS ('DD', 'kan inte uteslutas').")

C("d69-als-kurator-barnen-vet-ej", "skane", ("1964-10-17", "F"), [
    N("n1", "lund_neuro", ("Helena Strand", "kurator"), "Kuratorsanteckning", "2024-03-25T10:00:00", [
        ("Samtal", "Pat fick sitt ALS-besked förra veckan. Hon har ännu inte berättat för sina vuxna barn och vill göra det själv vid påsk, önskar stöd inför det samtalet."),
        ("Åtgärd", "Ny tid om två veckor, broschyr om samtal med anhöriga."),
    ])],
    [], ["NL101"],
    "Patient told; it is the adult children who do not know yet.")

C("d69-als-flernotat-besked-veckan-efter", "vgr", ("1961-06-28", "M"), [
    N("n1", "nal_neuro", DR("Sara Hedlund"), "Läkaranteckning", "2024-04-08T15:30:00", [
        ("Utredning", "ENeG med utbredd denervation i tre kroppsregioner, normal sensorik. MR halsrygg utan kompression."),
        ("Bedömning", "Amyotrofisk lateralskleros. Pat ej informerad, anhöriga önskar vara med vid beskedet; tid 15 april."),
    ]),
    N("n2", "nal_neuro", DR("Sara Hedlund"), "Läkaranteckning", "2024-04-15T11:00:00", [
        ("Samtal", "Diagnosbesked givet till pat, hustru och dotter. Vi gick igenom sjukdomens förlopp, hjälpmedel och PEG längre fram. Pat tog beskedet sakligt."),
    ])],
    [("NL101", "n1")], [("NL101", "n2")],
    "Two notes: n1 records ALS before telling (must), n2 the week after documents the told diagnosis (must_not).")

C("d69-benigna-fascikulationer-talar-emot-als", "vgr", ("1992-09-26", "M"), [
    N("n1", "su_neurofys", DR("Viktor Nilsson"), "Läkaranteckning", "2024-10-15T09:30:00", [
        ("Utredning", "ENeG: fascikulationer i vaderna men ingen denervation, normala motoriska enheter."),
        ("Bedömning", "Benigna fascikulationer. Fynden talar emot ALS, lugnande besked. Ingen uppföljning behövs."),
    ])],
    [], ["NL102"],
    "ALS negated with 'talar emot'; benign fasciculations confirmed.")

C("d69-mnd-stark-misstanke-pmo", "skane", ("1952-02-19", "M"), [
    N("n1", "vc_osterlen", DR("Gunilla Wester"), "Besöksanteckning", "2024-11-05T14:10:00", [
        ("Bedömning", "Tilltagande sluddrigt tal sedan hösten, tungfascikulationer och atrofi. Stark misstanke om motorneuronsjukdom. Remiss till neurologen SUS Lund, ringer även bakjour neurologi."),
    ])],
    [], ["NL102"],
    "PMO: even a strong suspicion of MND is never shown in primary care.")

C("d69-als-utkast-ej-infomerad-typo", "skane", ("1957-04-11", "F"), [
    N("n1", "hbg_neuro", DR("Malin Ekdahl"), "Läkaranteckning", "2024-08-08T16:20:00", [
        ("Bedömning", "Progressiv bulbär pares med tungatrofi och fascikulationer samt spasticitet i benen. ENeG bekräftar generaliserad denervation. ALS med bulbär debut."),
        ("Planering", "Pat ej infomerad ännu, besked ges när ALS-teamet kan närvara."),
    ], signed=None)],
    ["NL101"], [],
    "Unsigned draft; typo 'infomerad' in the not-told phrase about a confirmed ALS diagnosis.")

# ======================================================================
# DEMENTIA WORK-UP
# ======================================================================
C("d69-mmse-trolig-alzhemiers-typo", "skane", ("1947-01-20", "F"), [
    N("n1", "malmo_minnes", DR("Ulla Friberg"), "Mottagningsanteckning", "2024-02-09T10:15:00", [
        ("Kognitiv testning", "MMSE 22/30, tappar på tidsorientering och fördröjd återgivning. Klocktest: felplacerade visare. RUDAS 21/30."),
        ("Bedömning", "Smygande minnessvikt i två år enligt dottern. Trolig Alzhemiers sjukdom. DT hjärna med mediotemporal atrofi, kompletterar med likvor."),
    ])],
    ["NL102"], [],
    "'Trolig' with a misspelt 'Alzhemiers' in a memory-clinic Bedömning.")

C("d69-moca-mci-bekraftad", "vgr", ("1953-03-31", "M"), [
    N("n1", "molndal_minnes", DR("Kristina Ahl"), "Mottagningsanteckning", "2024-03-13T14:00:00", [
        ("Kognitiv testning", "MoCA 24/30, poängavdrag på fördröjd återgivning och verbal flyt. TMT B 140 s."),
        ("Bedömning", "Lindrig kognitiv störning (MCI), ADL-oberoende. Ny bedömning om 12 månader."),
    ])],
    [], ["NL102", "NL101"],
    "MCI stated as a settled diagnosis; no hedge and nothing about informing.")

C("d69-likvor-alzheimer-besked-ej-lamnat", "vgr", ("1950-07-15", "F"), [
    N("n1", "sas_minnes", DR("Björn Ek"), "Läkaranteckning", "2024-05-08T13:30:00", [
        ("Lab", "Likvor: Aβ42/40-kvot 0,045 (sänkt), P-tau181 92 ng/l, T-tau 640 ng/l. Neurofilament lätt förhöjt."),
        ("Diagnos", "Alzheimers sjukdom med sen debut, G30.1."),
        ("Planering", "Besked till pat har ännu inte lämnats. Återbesök med maken 22/5 för diagnossamtal och ställningstagande till kolinesterashämmare."),
    ])],
    ["NL101"], [],
    "CSF-confirmed Alzheimer's disease recorded before the patient has been given the news.")

C("d69-likvor-normal-ingen-demenssjukdom", "skane", ("1960-12-28", "F"), [
    N("n1", "angelholm_minnes", DR("Jan Rydberg"), "Läkaranteckning", "2024-06-12T11:20:00", [
        ("Lab", "Likvor: normala nivåer av Aβ42, T-tau och P-tau."),
        ("Bedömning", "Inga tecken på Alzheimerpatologi. Kognitiv testning inom normalvariationen för ålder och utbildning. Ingen demenssjukdom; minnesbesvären förklaras av utmattningssyndromet som är känt sedan i vintras."),
    ])],
    [], ["NL102"],
    "Dementia and Alzheimer pathology negated; the exhaustion syndrome is known and settled.")

C("d69-vaskular-demens-talar-for", "vgr", ("1939-10-06", "M"), [
    N("n1", "kungalv_ger", DR("Monica Lindahl"), "Läkaranteckning", "2024-04-17T10:00:00", [
        ("Röntgen", "MR hjärna: konfluerande vitsubstansförändringar Fazekas 3, multipla lakuner i basala ganglierna."),
        ("Bedömning", "Trappstegsvis försämring efter två TIA, exekutiv svikt och gångpåverkan. Talar för vaskulär demens."),
    ], setting="slutenvård")],
    ["NL102"], [],
    "'Talar för vaskulär demens' in the visible Bedömning.")

C("d69-lewy-kan-ej-uteslutas", "skane", ("1945-04-29", "M"), [
    N("n1", "angelholm_minnes", DR("Jan Rydberg"), "Mottagningsanteckning", "2024-09-05T09:40:00", [
        ("Anamnes", "Hustrun berättar om livliga synhallucinationer av barn i vardagsrummet och att han slår och sparkar i sömnen sedan många år. Dagsformen växlar kraftigt."),
        ("Bedömning", "Lewykroppsdemens kan ej uteslutas. Undvik neuroleptika. DaTSCAN beställt."),
    ])],
    ["NL102"], [],
    "Lewy body dementia left open ('kan ej uteslutas') in a visible section.")

C("d69-ftd-make-informerad-pat-ej", "vgr", ("1962-05-14", "F"), [
    N("n1", "molndal_minnes", DR("Kristina Ahl"), "Läkaranteckning", "2024-10-09T15:00:00", [
        ("Bedömning", "Beteendevariant frontotemporal demens enligt Rascovsky-kriterierna: disinhibition, apati, förlust av empati, hyperoralitet, frontal atrofi på MR och frontal hypometabolism på FDG-PET."),
        ("Information", "Maken informerad om diagnosen. Pat har ännu inte fått diagnosbesked då hon saknar sjukdomsinsikt och blev mycket upprörd vid förra besöket; planeras i ett lugnare skede."),
    ])],
    ["NL101"], ["NL102"],
    "Inverse of the relative case: the husband is told, the patient herself is not.")

C("d69-alzheimer-pat-informerad-sonen-ej", "skane", ("1944-08-18", "M"), [
    N("n1", "malmo_minnes", DR("Ulla Friberg"), "Mottagningsanteckning", "2024-05-23T10:30:00", [
        ("Information", "Diagnosbesked om Alzheimers sjukdom lämnat till pat tillsammans med kurator. Pat tog emot beskedet lugnt och förstod innebörden. Han önskar att sonen inte informeras förrän han själv har pratat med honom."),
    ])],
    [], ["NL101"],
    "Patient told; only the son is not to be informed yet.")

C("d69-dotter-ber-att-inte-beratta", "vgr", ("1936-02-03", "F"), [
    N("n1", "sas_minnes", DR("Björn Ek"), "Telefonanteckning", "2024-06-03T12:10:00", [
        ("Telefonkontakt", "Dottern ringer och ber att vi inte berättar diagnosen för mamma, hon tror att mamma inte skulle klara det."),
        ("Bedömning", "Alzheimers sjukdom, sen debut, MMSE 19. Pat har ej informerats om diagnosen. Förklarat för dottern att mamman har rätt till information om sin diagnos; frågan tas upp med pat vid nästa besök."),
    ])],
    ["NL101"], [],
    "Relatives ask us to withhold; the Alzheimer diagnosis is visible and the patient not informed.")

C("d69-alzheimer-besked-tidigare-minns-ej", "skane", ("1941-11-27", "F"), [
    N("n1", "malmo_minnes", SSK("Annika Dahl"), "Sjuksköterskeanteckning", "2024-08-21T14:20:00", [
        ("Aktuellt", "Uppföljning sex månader efter insättning av donepezil. Pat fick diagnosbesked i februari men minns inte detta i dag; maken bekräftar att läkaren gick igenom Alzheimerdiagnosen då."),
        ("Status", "MMSE 20/30, oförändrat. Vikt 61 kg. Puls 58."),
    ])],
    [], ["NL101"],
    "Hard negative: the patient was told in February even if she does not remember it.")

C("d69-sannolik-ftd-tidiga-hypoteser-mall-skane", "skane", ("1958-12-08", "M"), [
    N("n1", "hbg_minnes", DR("Kerstin Malm"), "Tidiga hypoteser", "2024-04-11T16:00:00", [
        ("Bedömning", "Sannolik frontotemporal demens enligt anhörigas beskrivning av personlighetsförändring. Pat ej informerad om hypotesen, saknar insikt."),
    ])],
    [], ["NL102", "NL101"],
    "Skåne: hypothesis and untold status written in the protected template Tidiga hypoteser.")

C("d69-trolig-demens-pmo-vc", "skane", ("1940-06-25", "F"), [
    N("n1", "vc_hlm", DR("Mattias Olsson"), "Besöksanteckning", "2024-02-21T11:00:00", [
        ("Bedömning", "Trolig demens av Alzheimertyp, MMSE 21. Basal demensutredning påbörjad på vårdcentralen, DT hjärna beställd."),
    ])],
    [], ["NL102"],
    "PMO primary-care dementia work-up: hedged diagnosis never shown.")

C("d69-mor-sannolikt-alzheimer-scd", "vgr", ("1966-09-19", "F"), [
    N("n1", "molndal_minnes", DR("Kristina Ahl"), "Mottagningsanteckning", "2024-11-12T10:30:00", [
        ("Hereditet", "Mor hade sannolikt Alzheimer, insjuknade i 70-årsåldern. Morbror med demens."),
        ("Kognitiv testning", "MoCA 29/30. RAVLT inom normalområdet."),
        ("Bedömning", "Subjektiv kognitiv störning utan objektiv svikt. Ingen vidare utredning."),
    ])],
    [], ["NL102"],
    "The hedge is about the mother's Alzheimer; the patient's own diagnosis is settled.")

C("d69-delirium-ev-demensutredning-senare", "skane", ("1935-07-02", "M"), [
    N("n1", "malmo_geriatrik", DR("Stefan Holmqvist"), "Epikris", "2024-03-08T12:00:00", [
        ("Epikris", "Inlagd med akut förvirring. Delirium, multifaktoriellt pga urinvägsinfektion och urinretention, regredierat under vårdtiden."),
        ("Planering", "Ev. basal demensutredning via vårdcentralen om kognitionen inte återgår till habitualtillståndet inom tre månader."),
    ], setting="slutenvård")],
    [], ["NL102"],
    "'Ev.' hedges a plan (a dementia work-up), not a diagnosis; delirium is confirmed.")

C("d69-at-hembesok-ev-spisvakt", "vgr", ("1943-01-12", "F"), [
    N("n1", "sas_minnes", ("Emma Kjellberg", "arbetsterapeut"), "Arbetsterapeutanteckning", "2024-07-04T13:00:00", [
        ("Aktuellt", "Hembesök tillsammans med dottern. Alzheimers sjukdom diagnosticerad i mars."),
        ("Bedömning", "Klarar personlig hygien och påklädning, behöver stöd med matlagning och ekonomi. Har glömt spisplattan på två gånger."),
        ("Planering", "Ev. behov av spisvakt, förskrivs efter samråd med dottern. Eventuellt minnesstöd i form av digital kalender."),
    ])],
    [], ["NL102"],
    "Occupational therapist: hedges on aids only; the Alzheimer diagnosis is established.")

C("d69-nph-fragetecken-tap-test", "skane", ("1946-10-30", "M"), [
    N("n1", "lund_neuro", DR("Erik Ljungberg"), "Mottagningsanteckning", "2024-10-22T09:20:00", [
        ("Status", "Magnetisk gång med små steg och bred bas. MMSE 25."),
        ("Röntgen", "DT hjärna: vidgade ventriklar, Evans index 0,36, trånga sulci högt parietalt."),
        ("Bedömning", "Normaltryckshydrocefalus? Tap test med gånganalys före och efter planeras."),
    ])],
    ["NL102"], [],
    "'Normaltryckshydrocefalus?' with a question mark in the visible Bedömning.")

C("d69-cjd-misstankt-creutzfeld-typo", "vgr", ("1957-03-18", "F"), [
    N("n1", "su_neuroavd", DR("Oskar Svensson"), "Läkaranteckning", "2024-05-29T15:40:00", [
        ("Bedömning", "Snabbt progredierande kognitiv svikt på åtta veckor, myoklonier och ataxi. MR med kortikalt band och hyperintensitet i caudatus på DWI. Misstänkt Creutzfeld-Jakobs sjukdom, RT-QuIC skickat."),
        ("Information", "Maken informerad om att utredningen pågår. Pat kan inte ta till sig information på grund av sin kognitiva nivå."),
    ], setting="slutenvård")],
    ["NL102"], [],
    "Suspected CJD (misspelt 'Creutzfeld') visible; NL101 deliberately not asserted.")

C("d69-alzheimer-epikris-besked-ej-lamnat", "skane", ("1938-04-14", "F"), [
    N("n1", "malmo_geriatrik", DR("Stefan Holmqvist"), "Epikris", "2024-09-19T11:30:00", [
        ("Epikris", "Inlagd efter fall i hemmet. Kognitiv utredning under vårdtiden med MMSE 18, DT med uttalad hippocampusatrofi och typisk anamnes. Diagnos: Alzheimers sjukdom."),
        ("Planering", "Diagnosbesked ej lämnat under vårdtiden på grund av pat:s infektion och trötthet. Ges på minnesmottagningen, remiss skickad."),
    ], setting="slutenvård")],
    ["NL101"], ["NL102"],
    "Discharge summary states the Alzheimer diagnosis and that the news has not been given.")

C("d69-logoped-forenligt-lvppa", "skane", ("1955-03-09", "F"), [
    N("n1", "lund_logoped", ("Moa Engström", "logoped"), "Logopedanteckning", "2024-04-16T13:30:00", [
        ("Bedömning", "Ordfinnandesvårigheter med pauser i spontantal, nedsatt repetition av långa meningar, bevarad ordförståelse och grammatik. Fynden är förenliga med logopenisk variant av primär progressiv afasi."),
    ])],
    ["NL102"], [],
    "Speech therapist writes 'förenliga med' a PPA variant: hedged diagnosis by a non-physician.")

C("d69-psykolog-profil-som-vid-alzheimer", "vgr", ("1949-08-29", "M"), [
    N("n1", "molndal_minnes", ("Jakob Sundin", "psykolog"), "Psykologanteckning", "2024-06-19T10:45:00", [
        ("Bedömning", "Neuropsykologisk utredning visar nedsatt episodiskt minne med bristande inlärningskurva och snabb glömska, medan uppmärksamhet och visuospatial förmåga är bevarade. Profil som vid tidig Alzheimers sjukdom."),
    ])],
    ["NL102"], [],
    "'Profil som vid' (like 'bild som vid') hedges early Alzheimer's in a psychologist's note.")

C("d69-stark-missanke-ftd-typo", "skane", ("1959-11-11", "M"), [
    N("n1", "ystad_minnes", DR("Lena Åkesson"), "Mottagningsanteckning", "2024-07-23T14:00:00", [
        ("Bedömning", "Stark missanke om frontotemporal demens: tilltagande oförmåga att planera, hämningslöst beteende och sötsug. MR visar frontal atrofi."),
    ])],
    ["NL102"], [],
    "Typo 'missanke' in a strong suspicion of FTD, visible Bedömning.")

C("d69-kurator-efter-alzheimerbesked", "vgr", ("1945-12-20", "M"), [
    N("n1", "sas_minnes", ("Lotta Ringqvist", "kurator"), "Kuratorsanteckning", "2024-05-30T09:30:00", [
        ("Samtal", "Samtal med pat och maka två veckor efter diagnosbesked om Alzheimers sjukdom. Pat bearbetar beskedet och oroar sig mest för körkortet. Makan är trött och behöver avlastning."),
        ("Åtgärd", "Information om anhörigstöd i kommunen och om ansökan om dagverksamhet."),
    ])],
    [], ["NL101"],
    "Counsellor's note after the diagnosis was told two weeks ago.")

C("d69-kan-rora-sig-om-delirium", "skane", ("1934-09-04", "F"), [
    N("n1", "ystad_med", DR("Patrik Sjöstrand"), "Daganteckning", "2024-01-11T11:15:00", [
        ("Aktuellt", "Akut förvirrad sedan i går kväll, plockig, sover dagtid."),
        ("Bedömning", "Kan röra sig om delirium utlöst av UVI och opioider. Underliggande kognitiv svikt kan inte bedömas i nuläget."),
    ], setting="slutenvård")],
    ["NL102"], [],
    "'Kan röra sig om delirium' is a hedged diagnosis in the visible Bedömning.")

C("d69-depression-ingenting-talar-for-neurodegeneration", "vgr", ("1956-06-01", "F"), [
    N("n1", "molndal_minnes", DR("Kristina Ahl"), "Läkaranteckning", "2024-08-28T13:50:00", [
        ("Bedömning", "Ingenting talar för neurodegenerativ sjukdom; normal likvor och MR. Egentlig depression, medelsvår episod F32.1, sertralin insätts via primärvården."),
    ])],
    [], ["NL102"],
    "'Ingenting talar för' negates; depression is a settled diagnosis.")

# ======================================================================
# OTHER NEUROLOGY
# ======================================================================
C("d69-jattecellsarterit-misstankt", "skane", ("1944-05-16", "F"), [
    N("n1", "hbg_akut", DR("Emil Forsberg"), "Akutanteckning", "2024-02-18T17:35:00", [
        ("Anamnes", "Ny tinningsvärk höger i tre veckor, ont att tugga och kortvarig dimsyn höger öga i morse."),
        ("Status", "Öm, förtjockad a. temporalis höger. SR 78, CRP 64."),
        ("Bedömning", "Misstänkt jättecellsarterit. Prednisolon 60 mg startas i dag, ultraljud av temporalartärerna och remiss till ögonkliniken."),
    ])],
    ["NL102"], [],
    "'Misstänkt jättecellsarterit' in a visible emergency Bedömning.")

C("d69-neurosarkoidos-inger-misstanke", "vgr", ("1984-11-02", "M"), [
    N("n1", "su_neuro", DR("Johan Lindberg"), "Läkaranteckning", "2024-09-11T14:25:00", [
        ("Bedömning", "Leptomeningeal laddning vid hypofysstjälken, bilateral facialispares och förstorade hilära lymfkörtlar på DT thorax. Bilden inger misstanke om neurosarkoidos, bronkoskopi med EBUS bokas."),
    ])],
    ["NL102"], [],
    "'inger misstanke om neurosarkoidos' in the visible Bedömning.")

C("d69-arbetshypotes-nmda-encefalit", "skane", ("1998-02-09", "F"), [
    N("n1", "lund_neuroavd", DR("Sofia Hellström"), "Läkaranteckning", "2024-06-07T17:10:00", [
        ("Bedömning", "Psykiatriska symtom, orofaciala dyskinesier och epileptiska anfall hos ung kvinna. Arbetshypotes anti-NMDA-receptorencefalit, likvor och serum skickade för antikroppar. Ultraljud av ovarierna för teratom."),
    ], setting="slutenvård")],
    ["NL102"], [],
    "'Arbetshypotes' marks autoimmune encephalitis as unproven in a visible section.")

C("d69-myasteni-ej-underrattad", "vgr", ("1970-04-24", "F"), [
    N("n1", "sks_neuro", DR("Ingela Dahlberg"), "Läkaranteckning", "2024-02-14T16:00:00", [
        ("Lab", "AChR-antikroppar 8,4 nmol/l (ref <0,4)."),
        ("Bedömning", "Myasthenia gravis, okulär form, med uttröttbar ptos och dubbelseende. Pat ännu ej underrättad om provsvaret och diagnosen. Ringer henne i morgon och startar pyridostigmin."),
    ])],
    ["NL101"], [],
    "Myasthenia gravis diagnosis visible while the patient is not yet told ('ej underrättad').")

C("d69-huntington-genetiskt-bekraftad-ej-svar", "skane", ("1990-07-17", "M"), [
    N("n1", "lund_genetik", DR("Charlotte Wiberg"), "Läkaranteckning", "2024-03-20T15:30:00", [
        ("Anamnes", "Ofrivilliga rörelser i ansikte och fingrar sedan ett år, ökad irritabilitet. Pappan dog i Huntingtons sjukdom."),
        ("Utredning", "Diagnostisk gentest: 44 CAG-repetitioner i HTT."),
        ("Bedömning", "Huntingtons sjukdom, genetiskt bekräftad. Pat har inte fått svaret ännu; beskedet ges vid personligt besök på fredag med kurator närvarande."),
    ])],
    ["NL101"], [],
    "Genetically confirmed Huntington's visible before the patient has received the result.")

C("d69-meningiom-bifynd-ej-informerad", "vgr", ("1948-01-26", "F"), [
    N("n1", "sas_minnes", DR("Björn Ek"), "Läkaranteckning", "2024-10-02T11:40:00", [
        ("Röntgen", "DT hjärna: förkalkat meningiom 2 cm frontalt vänster utan ödem. Måttlig global atrofi."),
        ("Bedömning", "Pat ej informerad om meningiomet än; handläggningen diskuteras först med neurokirurgen i Göteborg, därefter besked."),
    ])],
    ["NL101"], [],
    "Incidental meningioma found in a dementia work-up; visible and not yet told.")

C("d69-funktionell-skulle-kunna-vara", "vgr", ("1993-05-12", "F"), [
    N("n1", "nal_neuro", DR("Anders Wallin"), "Mottagningsanteckning", "2024-08-06T10:00:00", [
        ("Status", "Svaghet i vänster ben med positivt Hoovers tecken, normala reflexer och Babinski negativ. Släpande gång med benet dragande bakom sig."),
        ("Bedömning", "Bilden skulle kunna vara funktionell neurologisk störning. MR ryggmärg för säkerhets skull."),
    ], signed=None)],
    ["NL102"], [],
    "Unsigned draft: 'skulle kunna vara' hedges functional neurological disorder.")

C("d69-susp-narkolepsi", "vgr", ("2004-02-22", "M"), [
    N("n1", "su_neuro", DR("Eva Sandberg"), "Mottagningsanteckning", "2024-11-20T13:15:00", [
        ("Aktuellt", "Somnar på föreläsningar och vid bilkörning, episoder där knäna viker sig när han skrattar."),
        ("Bedömning", "Susp. narkolepsi typ 1. Polysomnografi och MSLT bokas, körförbud tills vidare."),
    ])],
    ["NL102"], [],
    "'Susp.' abbreviation hedging narcolepsy in a visible section.")

C("d69-trol-horton", "skane", ("1981-03-13", "M"), [
    N("n1", "hbg_neuro", DR("Malin Ekdahl"), "Mottagningsanteckning", "2024-05-14T08:30:00", [
        ("Anamnes", "Attacker av extrem smärta bakom höger öga i 45 min, tårflöde och rinnande näsa höger, två gånger per natt under sex veckor. Samma period i fjol."),
        ("Bedömning", "Trol. Hortons huvudvärk, episodisk form. Syrgas 12 l/min och sumatriptan s.c. förskrivet."),
    ])],
    ["NL102"], [],
    "'Trol.' abbreviation hedging cluster headache.")

C("d69-tankbar-trigeminusneuralgi", "vgr", ("1952-10-05", "F"), [
    N("n1", "uddevalla_med", DR("Johanna Wikström"), "Mottagningsanteckning", "2024-09-25T15:20:00", [
        ("Anamnes", "Blixtrande smärtattacker i höger kind och käke som utlöses av tandborstning och vind, sekunder långa."),
        ("Bedömning", "Tänkbar trigeminusneuralgi V2–V3 höger. MR med tunna snitt för kärlkompression. Karbamazepin provas."),
    ])],
    ["NL102"], [],
    "'Tänkbar' is a hedge too: trigeminal neuralgia left as a hypothesis.")

C("d69-neuroborellios-avskrivs-typo", "vgr", ("1970-08-30", "M"), [
    N("n1", "alingsas_med", DR("Niklas Bengtsson"), "Läkaranteckning", "2024-08-13T14:45:00", [
        ("Utredning", "Likvor: 2 celler, normalt protein, Borrelia-antikroppsindex negativt."),
        ("Bedömning", "Misstanken om neuroborellios avskrivs. Diagnos: idiopatisk facialispares höger (Bells pares)."),
    ])],
    [], ["NL102"],
    "Hard negative: 'Misstanken om ... avskrivs' (with misspelt 'neuroborellios') rules the diagnosis out.")

C("d69-inga-hallpunkter-myasteni", "skane", ("1966-11-21", "F"), [
    N("n1", "lund_neurofys", DR("Robert Falk"), "Läkaranteckning", "2024-07-30T10:10:00", [
        ("Utredning", "Repetitiv nervstimulering utan dekrement, SFEMG med normal jitter i m. frontalis."),
        ("Bedömning", "Inga hållpunkter för myasteni. Ptosen förklaras av aponeurotisk ptos, remiss till ögonplastik."),
    ])],
    [], ["NL102"],
    "'Inga hållpunkter för myasteni' is a negation.")

C("d69-emg-inte-forenligt-med-myopati", "vgr", ("1979-06-15", "M"), [
    N("n1", "su_neurofys", DR("Viktor Nilsson"), "Läkaranteckning", "2024-04-10T09:00:00", [
        ("Utredning", "EMG i deltoideus, vastus lateralis och tibialis anterior: normala motoriska enheter, ingen spontanaktivitet."),
        ("Bedömning", "Fynden är inte förenliga med myopati. CK-stegringen efter tung styrketräning kräver ingen vidare utredning."),
    ])],
    [], ["NL102"],
    "Hard negative: 'inte förenliga med myopati' negates the usual hedge phrase.")

C("d69-myelit-kan-uteslutas", "skane", ("1985-01-04", "F"), [
    N("n1", "malmo_neuroavd", DR("Olof Sjöberg"), "Daganteckning", "2024-10-17T12:25:00", [
        ("Bedömning", "Myelit kan uteslutas med normal MR av hela ryggmärgen med kontrast. Pirret i benen är ofarligt och har redan minskat, pat går hem i dag."),
    ], setting="slutenvård")],
    [], ["NL102"],
    "Hard negative: 'kan uteslutas' (without 'ej') rules myelitis out.")

C("d69-orolig-for-als-ingen-klinisk-misstanke", "vgr", ("1988-12-09", "M"), [
    N("n1", "sks_neuro", DR("Ingela Dahlberg"), "Mottagningsanteckning", "2024-03-27T11:30:00", [
        ("Aktuellt", "Pat orolig för att ha ALS efter att ha läst på nätet om ryckningar i musklerna."),
        ("Status", "Normal kraft och reflexer, ingen atrofi, enstaka fascikulationer i vänster vad."),
        ("Bedömning", "Ingen klinisk misstanke om motorneuronsjukdom. Besked givet, ingen ENeG."),
    ])],
    [], ["NL102"],
    "Patient's own fear of ALS, clinically negated: not a hedged diagnosis of the patient.")

C("d69-trolig-utskrivnig-korttidsboende-typo", "skane", ("1949-05-21", "F"), [
    N("n1", "krstd_stroke", DR("Anna-Karin Olofsson"), "Daganteckning", "2024-07-18T10:05:00", [
        ("Aktuellt", "Vårddag 6 efter ischemisk stroke i vänster media-område. Afasin tydligt bättre, går med rollator."),
        ("Planering", "Trolig utskrivnig i morgon till korttidsboende i Åhus. Uppföljning på strokemottagningen om tre månader."),
    ], setting="slutenvård")],
    [], ["NL102"],
    "'Trolig' hedges the discharge (misspelt 'utskrivnig'), not a diagnosis; the stroke is confirmed.")

# ======================================================================
# PROTECTED PLACES: REGION DIFFERENCES AND LEAKS
# ======================================================================
C("d69-skane-sokord-th-i-vanlig-mall-ej-skyddat", "skane", ("1946-03-06", "F"), [
    N("n1", "angelholm_minnes", DR("Jan Rydberg"), "Läkaranteckning", "2024-10-24T10:00:00", [
        ("Aktuellt", "Andra besöket på minnesmottagningen, dottern följer med."),
        ("Tidiga hypoteser", "Misstänkt Lewykroppsdemens med tanke på fluktuationer och parkinsonism."),
    ])],
    ["NL102"], [],
    "Skåne protects by template, not sökord: 'Tidiga hypoteser' as a keyword in a Läkaranteckning is visible.")

C("d69-vgr-mall-th-men-sokord-bedomning", "vgr", ("1940-04-07", "M"), [
    N("n1", "kungalv_ger", DR("Monica Lindahl"), "Tidiga hypoteser", "2024-06-25T11:10:00", [
        ("Bedömning", "Trolig vaskulär kognitiv störning, många lakuner och vitsubstansförändringar."),
    ], setting="slutenvård")],
    ["NL102"], [],
    "VGR protects by sökord, not template: a hedge under sökord Bedömning is visible even in a note named Tidiga hypoteser.")

C("d69-vgr-bekraftad-pd-hypotes-under-th", "vgr", ("1966-02-14", "M"), [
    N("n1", "su_neuro", DR("Cecilia Borg"), "Mottagningsanteckning", "2024-07-09T14:40:00", [
        ("Anamnes", "Tremor i höger hand sedan ett år och luktbortfall."),
        ("Bedömning", "Parkinsons sjukdom, tremordominant form, levodopa startas."),
        ("Tidiga hypoteser", "Tidig kognitiv påverkan och synillusioner – ev. utveckling mot Lewykroppsdemens, följs."),
    ])],
    [], ["NL102"],
    "VGR: visible sections hold only a confirmed diagnosis; the hedged one sits under sökord Tidiga hypoteser.")

C("d69-vgr-lacka-fran-th-till-bedomning", "vgr", ("1951-10-16", "F"), [
    N("n1", "sas_minnes", DR("Björn Ek"), "Läkaranteckning", "2024-09-04T15:15:00", [
        ("Tidiga hypoteser", "FTD i första hand, pat ej informerad om misstanken."),
        ("Bedömning", "Personlighetsförändring och tvångsmässigt ätande. Susp. FTD, MR och PET beställda."),
    ], signed=None)],
    ["NL102"], [],
    "VGR leak: the hypothesis is protected under Tidiga hypoteser but repeated ('Susp. FTD') in visible Bedömning.")

C("d69-skane-th-mall-plus-lacka-i-lakaranteckning", "skane", ("1950-08-22", "M"), [
    N("n1", "hbg_neuro", DR("Malin Ekdahl"), "Tidiga hypoteser", "2024-11-07T10:20:00", [
        ("Tidiga hypoteser", "PSP i första hand med tanke på blickpares och tidiga fall."),
    ]),
    N("n2", "hbg_neuro", DR("Malin Ekdahl"), "Läkaranteckning", "2024-11-07T10:35:00", [
        ("Bedömning", "Atypisk parkinsonism. Misstänkt PSP, ny MR med mätning av mesencefalon."),
    ])],
    [("NL102", "n2")], [("NL102", "n1")],
    "Skåne: the Tidiga hypoteser template note is protected (n1) but the same day's Läkaranteckning repeats it (n2).")

# ======================================================================
# LONG MIXED NOTES
# ======================================================================
C("d69-lang-strokeinskrivning-misstankt-paf", "vgr", ("1952-01-31", "M"), [
    N("n1", "nal_stroke", DR("Henrik Sjögren"), "Inskrivningsanteckning", "2024-03-11T09:40:00", [
        ("Kontaktorsak", "Akut insjuknande med vänstersidig svaghet och sluddrigt tal kl 07.40, hustrun larmade. Strokelarm från ambulansen, ankomst NÄL 08.25."),
        ("Anamnes", "72-årig man, pensionerad lastbilschaufför. Hypertoni sedan 2010, hyperlipidemi, f.d. rökare 30 paketår, slutade 2015. Ingen känd hjärtsjukdom. Har de senaste veckorna känt hjärtklappning i korta perioder men inte sökt för det. Bor med hustru i villa i Vänersborg, helt självständig, kör bil."),
        ("Läkemedel", "Amlodipin 10 mg x 1, atorvastatin 20 mg x 1. Inga antikoagulantia."),
        ("Status", "AT: Vaken, påverkad av situationen. Cor: regelbunden rytm med enstaka extraslag, inga blåsljud. Pulm: ua. BT 178/95. Neuro: Vänstersidig central facialispares, drift vänster arm inom 10 s, lätt pares vänster ben. Dysartri. Neglekt åt vänster vid dubbelstimulering. Pupiller lika, ljusreagerar. NIHSS 7."),
        ("Lab", "Hb 148, LPK 8,9, TPK 231, P-glukos 7,2, PK 1,0, krea 88."),
        ("Röntgen", "DT hjärna utan blödning, ASPECTS 9. DT-angio: ocklusion av höger M2-gren, i övrigt öppna kärl, måttliga förkalkningar i karotisbifurkationerna utan signifikant stenos."),
        ("EKG", "Sinusrytm 98/min med täta supraventrikulära extraslag, inga ischemiska ST-förändringar."),
        ("Bedömning", "Akut ischemisk stroke i höger media-område med M2-ocklusion. Trol. kardioembolisk genes med misstänkt paroxysmalt förmaksflimmer med tanke på hjärtklappningen."),
        ("Åtgärd", "Trombolys med tenekteplas 0,25 mg/kg kl 08.52 efter samråd med strokebakjour, dörr-till-nål 27 min. Trombektomi diskuterad med neurointervention SU, ej aktuell pga distal lokalisation och snabb förbättring."),
        ("Planering", "Strokeenheten, telemetri minst 72 h. Kontroll-DT efter 24 h innan trombocythämmare. Sväljbedömning av ssk före per os. Fysioterapeut och arbetsterapeut i morgon. Pat och hustru informerade på akutrummet om trombolysen och den fortsatta övervakningen."),
    ], setting="slutenvård")],
    ["NL102"], ["NL101"],
    "Long admission note: the stroke is confirmed, but one line hedges paroxysmal AF ('misstänkt').")

C("d69-lang-minnesmott-alzheimer-meddelad", "skane", ("1948-09-25", "M"), [
    N("n1", "malmo_minnes", DR("Ulla Friberg"), "Läkaranteckning", "2024-04-24T13:00:00", [
        ("Anamnes", "Uppföljande besök efter avslutad utredning, kommer med hustrun. Enligt henne tilltagande glömska i tre år: upprepar frågor, har missat räkningar, hittade inte hem från Triangeln i höstas. Själv tycker pat att minnet är som förr. Nedstämdhet förnekas, sover bra, inga hallucinationer, inga fall."),
        ("Tidigare sjukdomar", "Hypertoni, förmaksflimmer på apixaban, hypotyreos. Ingen stroke."),
        ("Kognitiv testning", "MMSE 21/30 (tid 2/5, rum 4/5, fördröjd återgivning 0/3). MoCA 16/30. Klocktest: rätt siffror, fel visare. TMT A 78 s, TMT B avbrutet."),
        ("Status", "Gott AT. BT 138/82, puls oregelbunden 70. Neuro: ingen rigiditet, ingen tremor, normal gång, inga primitiva reflexer."),
        ("Lab", "B12, folat, TSH, kalcium, Hb och glukos utan anmärkning."),
        ("Röntgen", "MR hjärna: bilateral hippocampusatrofi MTA 3, lätta vitsubstansförändringar Fazekas 1, inga infarkter, inga mikroblödningar."),
        ("Utredning", "Likvor: sänkt Aβ42/40-kvot, förhöjda P-tau217 och T-tau."),
        ("Bedömning", "Alzheimers sjukdom med sen debut, mild till måttlig demensgrad. Ingen misstanke om vaskulär komponent eller Lewykroppssjukdom. Antikroppsbehandling mot amyloid är inte aktuell på grund av antikoagulantia."),
        ("Information", "Diagnosen meddelad pat och hustru i lugn miljö, skriftlig information om Alzheimers sjukdom och anhörigstöd given. Pat verkar förstå men tar lätt på det, hustrun är lättad över att få ett besked."),
        ("Planering", "Donepezil 5 mg i fyra veckor, därefter 10 mg, EKG före insättning. Pat informerad om att han inte längre bör köra bil, läkaranmälan till Transportstyrelsen görs. Ev. kontakt med biståndshandläggare om hemtjänst. Återbesök hos demenssjuksköterska om tre månader."),
    ])],
    [], ["NL102", "NL101"],
    "Long memory-clinic note: diagnosis confirmed and told, other dementias negated, hedges only on plans.")

C("d69-lang-ms-halvarskontroll-neda", "vgr", ("1986-04-19", "F"), [
    N("n1", "su_ms", DR("Karl Johansson"), "Mottagningsanteckning", "2024-05-15T10:00:00", [
        ("Anamnes", "38-årig kvinna med skovvis förlöpande MS, diagnos 2016 efter ett sensoriskt skov. Behandlad med dimetylfumarat 2016–2020, byte till ocrelizumab efter nytt skov med vänstersidig optikusneurit. Sedan dess kliniskt stabil."),
        ("Aktuellt", "Halvårskontroll. Ökad trötthet på eftermiddagarna, arbetar 75 % som förskollärare. Inga nya neurologiska symtom, inga urinvägsbesvär. Två förkylningar i vintras, ingen pneumoni."),
        ("Status", "AT gott. Visus ua. Lätt nedsatt vibrationssinne vänster fot, i övrigt normalt neurologstatus. EDSS 1,5. T25FW 4,8 s. SDMT 58."),
        ("Lab", "Hb 132, LPK 5,4, lymfocyter 1,6. IgG 7,2 g/l (lätt sänkt). B-celler <1 %."),
        ("Röntgen", "MR hjärna och halsrygg jämfört med 2023: inga nya eller laddande lesioner."),
        ("Bedömning", "Stabil skovvis MS utan tecken på sjukdomsaktivitet (NEDA-3). Fatigue; HADS utan tecken på depression."),
        ("Information", "Pat känner väl till sin diagnos. Samtal om att IgG-nivån följs eftersom långvarig B-cellsbehandling kan ge ökad infektionskänslighet. Eventuellt förlängt doseringsintervall diskuteras vid nästa besök."),
        ("Planering", "Fortsatt ocrelizumab 600 mg var 6:e månad, nästa infusion i oktober. Remiss till arbetsterapeut för energibesparande strategier. Ny MR om ett år. Återbesök om sex månader."),
    ])],
    [], ["NL102", "NL101"],
    "Long MS follow-up: known diagnosis, depression negated, 'Eventuellt' only about the dosing plan.")

C("d69-lang-msa-p-ej-informerad-vantar-fru", "skane", ("1954-06-10", "M"), [
    N("n1", "lund_parkinson", DR("Erik Ljungberg"), "Mottagningsanteckning", "2024-09-12T14:30:00", [
        ("Anamnes", "70-årig man, parkinsonism sedan 2021 med initialt måttlig levodopaeffekt som avtagit. Tilltagande yrsel vid uppresning, två svimningar senaste halvåret. Urgency och nattlig inkontinens, erektil dysfunktion sedan flera år. Hustrun beskriver snarkningar och stridor nattetid."),
        ("Läkemedel", "Levodopa/benserazid 100/25 mg x 5, midodrin 5 mg x 3."),
        ("Status", "Hypomimi, hypofon dysartri. Symmetrisk bradykinesi och rigiditet, ingen vilotremor. Antecollis. Lätt ataxi vid knä-häl-försök bilat. Ortostatiskt test: 142/84 liggande, 96/58 stående efter 3 min utan pulsökning."),
        ("Utredning", "MR hjärna: putaminal atrofi med hyperintens kant, hot cross bun-tecken i pons. Urodynamik med detrusoröveraktivitet och resurin 180 ml."),
        ("Diagnos", "Multipel systematrofi av parkinsontyp (MSA-P), kliniskt etablerad enligt MDS-kriterierna 2022."),
        ("Bedömning", "Sjukdomen har tydligt progredierat det senaste året. Prognosen samtalar vi om tillsammans med paret."),
        ("Information", "Pat är inte informerad om diagnosen ännu. Han har bett att få alla besked tillsammans med sin fru, som var sjuk i dag."),
        ("Planering", "Nytt besök om en vecka med båda makarna, kurator och Parkinsonsjuksköterska. Remiss till logoped och fysioterapeut. Sömnregistrering pga stridor."),
    ])],
    ["NL101"], ["NL102"],
    "Long note: established MSA-P in Diagnos while Information says the patient is not yet informed.")

# ======================================================================
# MORE NL101 (telling the diagnosis)
# ======================================================================
C("d69-ssk-telefon-ms-dr-ringer-upp", "vgr", ("1994-07-29", "F"), [
    N("n1", "su_ms", SSK("Petra Lund"), "Telefonanteckning", "2024-02-05T13:50:00", [
        ("Telefonkontakt", "Pat ringer och undrar över svaren från LP och MR. Enligt dr Berg ger fynden diagnosen MS, men pat är inte informerad ännu och ssk lämnar inga besked per telefon. Dr ringer upp i morgon förmiddag."),
    ])],
    ["NL101"], [],
    "Nurse's phone note names the MS diagnosis and states the patient is not informed.")

C("d69-vaskular-demens-ska-inte-meddelas-forran", "skane", ("1939-03-02", "F"), [
    N("n1", "ystad_minnes", DR("Lena Åkesson"), "Läkaranteckning", "2024-06-27T11:00:00", [
        ("Diagnos", "Vaskulär demens F01.3, sammantaget utifrån MR och kognitiv testning."),
        ("Planering", "Diagnosen ska inte meddelas patienten förrän dottern är på plats från Stockholm, enligt pat:s egen begäran vid förra besöket. Tid bokas i juli."),
    ])],
    ["NL101"], ["NL102"],
    "'ska inte meddelas patienten förrän': a settled diagnosis that must not be told yet.")

C("d69-lewy-enrad-ej-informerad", "skane", ("1944-12-13", "M"), [
    N("n1", "angelholm_minnes", DR("Jan Rydberg"), "Läkaranteckning", "2024-11-14T16:45:00", [
        ("Bedömning", "Lewykroppsdemens – pat ej informerad."),
    ])],
    ["NL101"], [],
    "One-line note: diagnosis plus 'pat ej informerad'.")

C("d69-mci-inte-hunnit-informera", "vgr", ("1950-02-18", "F"), [
    N("n1", "kungalv_ger", DR("Monica Lindahl"), "Läkaranteckning", "2024-03-06T15:30:00", [
        ("Kognitiv testning", "MoCA 22/30, RBANS med nedsatt fördröjt minne, övriga index normala."),
        ("Bedömning", "MCI av amnestisk typ. Har inte hunnit informera pat om testresultaten och diagnosen, hon åkte hem med färdtjänst innan läkarsamtalet."),
    ], signed=None)],
    ["NL101"], ["NL102"],
    "Draft: 'har inte hunnit informera' about a settled MCI diagnosis.")

C("d69-glioblastom-pat-ovetande-pad", "skane", ("1946-05-27", "M"), [
    N("n1", "malmo_neuroavd", DR("Olof Sjöberg"), "Daganteckning", "2024-02-23T10:40:00", [
        ("Aktuellt", "Inlagd för tilltagande afasi och förvirring sedan tre veckor."),
        ("Röntgen", "MR hjärna: expansiv process temporalt vänster med ringformad laddning och omgivande ödem."),
        ("Bedömning", "Glioblastom, bekräftat vid stereotaktisk biopsi i går. Pat ovetande om PAD-svaret; neurokirurg och kontaktsjuksköterska ger beskedet gemensamt i eftermiddag."),
    ], setting="slutenvård")],
    ["NL101"], [],
    "'Pat ovetande om PAD-svaret' with a biopsy-confirmed glioblastoma in the visible note.")

C("d69-blanddemens-familj-inte-informerat-typo", "vgr", ("1937-10-28", "M"), [
    N("n1", "uddevalla_med", DR("Thomas Ekberg"), "Läkaranteckning", "2024-10-30T11:25:00", [
        ("Diagnos", "Blandform av Alzheimers sjukdom och vaskulär demens (F00.2)."),
        ("Bedömning", "Familjen har begärt att pat inte ska få veta diagnosen. Pat är därför inte informerat om den ännu; etiskt samtal planeras med familjen och pat:s kontaktsjuksköterska."),
    ], setting="slutenvård")],
    ["NL101"], [],
    "Family asks to withhold; typo 'informerat' in the not-told phrase.")

C("d69-absensepilepsi-utkast-ej-delgivits", "skane", ("2000-11-30", "M"), [
    N("n1", "lund_neuro", DR("Mikael Rosén"), "Läkaranteckning", "2024-01-22T17:05:00", [
        ("Utredning", "EEG med 3 Hz spike-wave-urladdningar vid hyperventilation, kliniskt korta frånvaroattacker."),
        ("Diagnos", "Juvenil absensepilepsi som kvarstått i vuxen ålder."),
        ("Planering", "Pat har inte delgivits diagnosen än, sms skickat om att ringa mottagningen."),
    ], signed=None)],
    ["NL101"], ["NL102"],
    "Draft: 'har inte delgivits diagnosen' while the epilepsy diagnosis is recorded.")

C("d69-dystrofia-myotonica-gensvar-ej-besked", "vgr", ("1985-06-21", "F"), [
    N("n1", "nal_neuro", DR("Sara Hedlund"), "Läkaranteckning", "2024-11-19T14:00:00", [
        ("Utredning", "DMPK-analys: 450 CTG-repetitioner."),
        ("Diagnos", "Dystrofia myotonica typ 1, genetiskt bekräftad."),
        ("Planering", "Pat har inte fått besked om gensvaret ännu. Hon har själv önskat besked vid fysiskt besök, bokat 2 december med genetisk vägledare."),
    ])],
    ["NL101"], [],
    "Genetically confirmed myotonic dystrophy recorded before the patient has been told.")

C("d69-ssk-ny-cerebellar-infarkt-inte-fatt-veta", "skane", ("1944-01-07", "F"), [
    N("n1", "hbg_stroke", SSK("Jessica Åström"), "Omvårdnadsanteckning", "2024-05-03T13:15:00", [
        ("Omvårdnad", "Pat frågar varför hon ligger kvar. Enligt läkaranteckningen visar MR en ny infarkt i höger lillhjärnshemisfär, men hon har inte fått veta det än. Väntar på dr Nilsson som kommer vid 15."),
    ], setting="slutenvård")],
    ["NL101"], ["NL102"],
    "Nursing note: new cerebellar infarct stated, patient 'har inte fått veta det än'.")

C("d69-epikris-parkinson-ej-informerad-forvirrad", "vgr", ("1942-09-09", "M"), [
    N("n1", "lkp_med", DR("Mats Gustavsson"), "Epikris", "2024-08-22T12:40:00", [
        ("Epikris", "Inlagd pga fall och konfusion. Konfusionen regredierade efter att antikolinergika satts ut. Parkinsons sjukdom nydiagnosticerad under vårdtiden efter neurologkonsult och DaTSCAN."),
        ("Planering", "Pat inte informerad om diagnosen vid utskrivningen då han fortfarande var förvirrad; neurologmottagningen i Skövde tar beskedet vid återbesök."),
    ], setting="slutenvård")],
    ["NL101"], [],
    "Discharge summary: new Parkinson diagnosis, patient not informed at discharge.")

C("d69-alzheimer-ej-informerad-om-remiss-dagverksamhet", "vgr", ("1941-04-03", "M"), [
    N("n1", "molndal_minnes", SSK("Gunnel Axén"), "Sjuksköterskeanteckning", "2024-04-03T10:15:00", [
        ("Aktuellt", "Alzheimers sjukdom sedan 2022, pat och hustru fick besked då."),
        ("Åtgärd", "Ej informerad om att remiss skickats till kommunens dagverksamhet; biståndshandläggaren kontaktar honom själv nästa vecka."),
    ])],
    [], ["NL101"],
    "What the patient has not been told is that a referral was sent, not the diagnosis.")

C("d69-ingen-diagnos-likvorsvar-ej-klart", "skane", ("1955-10-15", "F"), [
    N("n1", "malmo_minnes", DR("Ulla Friberg"), "Telefonanteckning", "2024-09-27T14:05:00", [
        ("Telefonkontakt", "Ingen diagnos ställd ännu. Pat ej informerad om likvorsvaret eftersom det inte är klart, brev skickas när alla svar finns."),
    ])],
    [], ["NL101", "NL102"],
    "Nothing is diagnosed: the untold item is a pending CSF result.")

C("d69-parkinson-besked-via-tolk", "vgr", ("1960-12-04", "M"), [
    N("n1", "sks_neuro", DR("Ingela Dahlberg"), "Mottagningsanteckning", "2024-10-23T13:30:00", [
        ("Information", "Besked om diagnosen Parkinsons sjukdom lämnat via arabisktalande tolk på plats. Pat och hustru ställde frågor om ärftlighet och arbetsförmåga."),
        ("Planering", "Rasagilin 1 mg startas, Parkinsonsjuksköterskan ringer om tre veckor."),
    ])],
    [], ["NL101"],
    "Diagnosis told through an interpreter today.")

C("d69-ms-aktiv-infromerad-typo", "skane", ("1987-02-26", "F"), [
    N("n1", "malmo_ms", DR("Daniel Åberg"), "Mottagningsanteckning", "2024-08-29T09:45:00", [
        ("Bedömning", "Pat infromerad om att MR visar tre nya lesioner och att hennes MS är aktiv trots teriflunomid. Eskalering till natalizumab diskuterad, JCV-negativ."),
    ])],
    [], ["NL101"],
    "Typo 'infromerad' in a told-statement: patient informed about active MS.")

# ======================================================================
# MORE NL102 POSITIVES
# ======================================================================
C("d69-ssk-inlagd-trol-stroke", "skane", ("1941-08-12", "M"), [
    N("n1", "hbg_stroke", SSK("Jessica Åström"), "Omvårdnadsanteckning", "2024-04-05T23:10:00", [
        ("Omvårdnad", "Inkommen från akuten kl 22 med trol stroke, högersidig svaghet. Sväljtest ej godkänt, fastar. NIHSS 6 enligt läkare."),
    ], setting="slutenvård")],
    ["NL102"], [],
    "Nursing note: 'trol stroke' without a full stop, visible in a Skåne Melior note.")

C("d69-ev-ny-stroke-fragetecken-inneliggande", "vgr", ("1936-04-16", "F"), [
    N("n1", "uddevalla_med", DR("Thomas Ekberg"), "Daganteckning", "2024-01-09T07:55:00", [
        ("Aktuellt", "Inlagd för pneumoni, i natt ny förvirring och svaghet i höger arm."),
        ("Bedömning", "Ev. ny stroke? DT hjärna akut, strokejouren kontaktad."),
    ], signed=None, setting="slutenvård")],
    ["NL102"], [],
    "'Ev. ... ?' hedging a new stroke in an inpatient note.")

C("d69-blanddemens-mest-troligt", "vgr", ("1938-11-22", "F"), [
    N("n1", "kungalv_ger", DR("Monica Lindahl"), "Läkaranteckning", "2024-02-27T13:40:00", [
        ("Bedömning", "Mest troligt blanddemens med både Alzheimer- och vaskulär komponent: mediotemporal atrofi MTA 3 och Fazekas 2."),
    ], setting="slutenvård")],
    ["NL102"], [],
    "'Mest troligt' hedging mixed dementia.")

C("d69-likvor-pekar-mot-prodromal-ad", "skane", ("1952-06-08", "F"), [
    N("n1", "malmo_minnes", DR("Ulla Friberg"), "Läkaranteckning", "2024-11-21T10:50:00", [
        ("Bedömning", "Likvorprofilen pekar mot prodromal Alzheimers sjukdom, men MMSE 28 och hon är ADL-oberoende."),
    ], signed=None)],
    ["NL102"], [],
    "'pekar mot' is a hedge on prodromal Alzheimer's.")

C("d69-inte-osannolikt-lewy", "vgr", ("1944-07-27", "M"), [
    N("n1", "sas_minnes", DR("Björn Ek"), "Mottagningsanteckning", "2024-12-03T09:20:00", [
        ("Bedömning", "Inte osannolikt Lewykroppsdemens med tanke på REM-sömnsbeteendestörning och fluktuerande vakenhet."),
    ])],
    ["NL102"], [],
    "'Inte osannolikt' is a hedge, not a negation.")

C("d69-barn-sannolik-adem", "vgr", ("2017-02-08", "M"), [
    N("n1", "dss_barnneuro", DR("Maja Öberg"), "Läkaranteckning", "2024-03-22T11:35:00", [
        ("Aktuellt", "7-årig pojke, vattkoppor för tre veckor sedan. Nu slöhet, ostadig gång och dubbelseende."),
        ("Röntgen", "MR hjärna: multipla stora, oskarpt avgränsade T2-lesioner i vit substans och thalamus bilat."),
        ("Bedömning", "Sannolik ADEM efter varicella. Högdos metylprednisolon startas."),
    ], setting="slutenvård")],
    ["NL102"], [],
    "Child under 13: 'Sannolik ADEM' in a visible section read by the guardians.")

C("d69-tveksamt-om-myasteni", "skane", ("1968-03-19", "F"), [
    N("n1", "malmo_neuro", DR("Hanna Lindström"), "Mottagningsanteckning", "2024-12-10T14:15:00", [
        ("Status", "Lätt ptos vänster som ökar efter en minuts uppåtblick. Isblockstest med marginell förbättring."),
        ("Bedömning", "Tveksamt om myasteni; antikroppar och SFEMG beställda."),
    ])],
    ["NL102"], [],
    "'Tveksamt om myasteni' leaves myasthenia as an open hypothesis.")


# ======================================================================
# validation and output
# ======================================================================
KEYS_CASE = ["case", "ruleset", "record", "must", "must_not", "why"]
KEYS_NOTE = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
SENT_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+")


def age_at(birth, when):
    b = date.fromisoformat(birth)
    w = date.fromisoformat(when[:10])
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    for c in cases:
        nm = c["case"]
        if list(c.keys()) != KEYS_CASE:
            errs.append("%s: keys %s" % (nm, list(c.keys())))
        if nm in names:
            errs.append("duplicate case name %s" % nm)
        names.add(nm)
        if not nm.startswith("d69-"):
            errs.append("%s: name prefix" % nm)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % nm)
        if not c["why"].strip():
            errs.append("%s: empty why" % nm)
        rec = c["record"]
        pat = rec["patient"]
        pid = pat["id"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", pid)
        if not m:
            errs.append("%s: pnr format" % nm)
        else:
            if "%s-%s-%s" % m.group(1, 2, 3) != pat["birth_date"]:
                errs.append("%s: pnr/birth mismatch" % nm)
            if not luhn_ok(pid[2:8] + pid[9:]):
                errs.append("%s: Luhn" % nm)
        if not rec["as_of"].startswith("2024-"):
            errs.append("%s: as_of not 2024" % nm)
        for a in ("access_events", "conversations", "treatments"):
            if rec[a] != []:
                errs.append("%s: %s not empty" % (nm, a))
        notes = {}
        for n in rec["notes"]:
            if list(n.keys()) != KEYS_NOTE:
                errs.append("%s: note keys" % nm)
            if n["id"] in notes:
                errs.append("%s: duplicate note id" % nm)
            notes[n["id"]] = n
            if not n["time"].startswith("2024-"):
                errs.append("%s: time not 2024" % nm)
            if n["signed"] is not None:
                if not n["signed"].startswith("2024-") or n["signed"] < n["time"]:
                    errs.append("%s: signed" % nm)
            if n["time"] > rec["as_of"]:
                errs.append("%s: note after as_of" % nm)
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s: system" % nm)
            if c["ruleset"] == "vgr":
                if n["system"] != "Melior":
                    errs.append("%s: VGR note not Melior" % nm)
                if not n["unit"]["hsa_id"].startswith(VGR_PREFIX):
                    errs.append("%s: VGR unit outside VGR" % nm)
            else:
                if not n["unit"]["hsa_id"].startswith(SKANE_PREFIX):
                    errs.append("%s: Skåne unit outside Skåne" % nm)
            for when in (n["time"], rec["as_of"]):
                a = age_at(pat["birth_date"], when)
                if 13 <= a <= 15 or a < 0:
                    errs.append("%s: patient age %d" % (nm, a))
            if not n["sections"]:
                errs.append("%s: no sections" % nm)
            for s in n["sections"]:
                if list(s.keys()) != ["keyword", "text"] or not s["text"].strip():
                    errs.append("%s: section" % nm)
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != (nm, n["id"], s["keyword"]):
                            errs.append("%s: sentence repeated (also in %s): %r" % (nm, seen_sent[sent][0], sent))
                        seen_sent.setdefault(sent, (nm, n["id"], s["keyword"]))
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % nm)
        pairs = set()
        for lst in ("must", "must_not"):
            for code, tgt in c[lst]:
                if code not in ("NL101", "NL102"):
                    errs.append("%s: code %s" % (nm, code))
                if tgt not in notes:
                    errs.append("%s: target %s missing" % (nm, tgt))
                    continue
                if (code, tgt) in pairs:
                    errs.append("%s: %s on %s asserted twice" % (nm, code, tgt))
                pairs.add((code, tgt))
                sysname = notes[tgt]["system"]
                if code == "NL102" and lst == "must" and sysname != "Melior":
                    errs.append("%s: NL102 must on non-Melior" % nm)
                if code == "NL101" and sysname == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % nm)
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    reg = {}
    for c in CASES:
        reg[c["ruleset"]] = reg.get(c["ruleset"], 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    print("regions:", reg)
    for code in ("NL101", "NL102"):
        print("%s must=%d must_not=%d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
