#!/usr/bin/env python3
"""dev102: stroke units and neurology wards (NL101, NL102).

Hand-written Swedish journal notes from strokeenheter, neurologiavdelningar,
neurologimottagningar, akutmottagningar and a few PMO primary-care units.
Standard library only, deterministic. Writes cases.jsonl next to this file and
exits 1 on any validation problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev102_cases.jsonl")

# ----------------------------------------------------------------------------
# units
# ----------------------------------------------------------------------------
SK = "SE2321000255-"
VG = "SE2321000131-"
UNITS = {
    # Skåne, Melior
    "sk_stroke_lund": ("Strokeenheten, Skånes universitetssjukhus Lund", SK + "4S11"),
    "sk_stroke_malmo": ("Strokeenheten avd 2, Skånes universitetssjukhus Malmö", SK + "4S27"),
    "sk_neuro_lund": ("Neurologiavdelning 4, Skånes universitetssjukhus Lund", SK + "4N40"),
    "sk_neuromott_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", SK + "7619"),
    "sk_neuromott_malmo": ("Neurologimottagningen, Skånes universitetssjukhus Malmö", SK + "7622"),
    "sk_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", SK + "1A02"),
    "sk_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", SK + "1A01"),
    "sk_stroke_hbg": ("Medicinkliniken, strokeenheten, Helsingborgs lasarett", SK + "5H31"),
    "sk_neuromott_hbg": ("Neurologimottagningen, Helsingborgs lasarett", SK + "5H44"),
    "sk_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", SK + "5H01"),
    "sk_stroke_kristianstad": ("Strokeavdelningen, Centralsjukhuset Kristianstad", SK + "6K12"),
    "sk_akut_ystad": ("Akutmottagningen, Lasarettet i Ystad", SK + "8Y01"),
    "sk_med_ystad": ("Medicinavdelning 3, Lasarettet i Ystad", SK + "8Y23"),
    "sk_akut_trelleborg": ("Akutmottagningen, Lasarettet Trelleborg", SK + "8T01"),
    "sk_nkir_lund": ("Neurokirurgiska avdelningen, Skånes universitetssjukhus Lund", SK + "4K15"),
    "sk_barnneuro_lund": ("Barnneurologiska avdelningen, Skånes universitetssjukhus Lund", SK + "3B61"),
    "sk_barnakut_lund": ("Barn- och ungdomsakuten, Skånes universitetssjukhus Lund", SK + "3B01"),
    "sk_rehab_orup": ("Neurologisk rehabilitering, Orups rehabiliteringscentrum Höör", SK + "9R05"),
    "sk_neuroiva_lund": ("Neurointensivvårdsavdelningen, Skånes universitetssjukhus Lund", SK + "4I02"),
    "sk_onk_lund": ("Neuroonkologimottagningen, Skånes universitetssjukhus Lund", SK + "4O77"),
    "sk_med_landskrona": ("Medicinavdelningen, Lasarettet Landskrona", SK + "5L12"),
    # Skåne, PMO
    "sk_vc_linero": ("Vårdcentralen Linero, Lund", SK + "P1L07"),
    "sk_vc_sjobo": ("Sjöbo vårdcentral", SK + "P8S14"),
    "sk_vc_karrakra": ("Vårdcentralen Kärråkra, Eslöv", SK + "P5K02"),
    "sk_hsv_eslov": ("Hemsjukvården Eslöv", SK + "P5H20"),
    "sk_vc_hoor": ("Vårdcentralen Höör", SK + "P9H03"),
    "sk_vc_bunkeflo": ("Vårdcentralen Bunkeflo, Malmö", SK + "P2B11"),
    # VGR, Melior
    "vg_stroke_su": ("Strokeenheten, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG + "E2SU31"),
    "vg_neuro_su": ("Neurologi avd 131, Sahlgrenska Universitetssjukhuset", VG + "E2SU13"),
    "vg_neuromott_su": ("Neurologimottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "E2SM40"),
    "vg_akut_su": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG + "E2SA01"),
    "vg_stroke_nal": ("Strokeavdelningen, NU-sjukvården NÄL Trollhättan", VG + "E4NA22"),
    "vg_neuro_nal": ("Neurologiavdelningen, NU-sjukvården NÄL", VG + "E4NA30"),
    "vg_stroke_skovde": ("Strokeenheten avd 8, Skaraborgs Sjukhus Skövde", VG + "E5SK08"),
    "vg_neuro_boras": ("Neurologiavdelningen, Södra Älvsborgs Sjukhus Borås", VG + "E6SB41"),
    "vg_stroke_boras": ("Strokeenheten, Södra Älvsborgs Sjukhus Borås", VG + "E6SB33"),
    "vg_med_alingsas": ("Medicinavdelning 2, Alingsås lasarett", VG + "E7AL02"),
    "vg_med_kungalv": ("Medicinkliniken, Kungälvs sjukhus", VG + "E8KU10"),
    "vg_barnneuro_dsbus": ("Barnneurologen, Drottning Silvias barn- och ungdomssjukhus", VG + "E2DS52"),
    "vg_yrsel_su": ("Yrselmottagningen, Sahlgrenska Universitetssjukhuset", VG + "E2SY04"),
    "vg_nkir_su": ("Neurokirurgiska kliniken, Sahlgrenska Universitetssjukhuset", VG + "E2NK60"),
    "vg_rehab_hoglandet": ("Rehabiliteringsmedicin, Högsbo sjukhus", VG + "E2HR18"),
    "vg_iva_su": ("Neurointensiven, Sahlgrenska Universitetssjukhuset", VG + "E2NI01"),
}
PMO_UNITS = {k for k in UNITS if k.startswith("sk_vc_") or k.startswith("sk_hsv_")}


# ----------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def PAT(birth, serial, protected=False):
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    pnr = "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(nine))
    return {"id": pnr, "birth_date": birth, "protected_identity": protected}


def N(nid, system, template, unit, author, role, time, sections,
      signed=45, setting="slutenvård", refs=()):
    """signed: minutes after `time`, or None for an unsigned draft."""
    name, hsa = UNITS[unit]
    t = datetime.datetime.strptime(time, "%Y-%m-%d %H:%M")
    s = None if signed is None else (t + datetime.timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:00")
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:00"),
        "signed": s,
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def M(*a, **k):
    return N(a[0], "Melior", *a[1:], **k)


def P(*a, **k):
    k.setdefault("setting", "öppenvård")
    return N(a[0], "PMO", *a[1:], **k)


CASES = []


def C(name, ruleset, patient, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(datetime.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:00") for n in notes)
        as_of = (last.date() + datetime.timedelta(days=3)).strftime("%Y-%m-%dT00:00:00")
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": patient,
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
LOG = "logoped"
AT_ = "arbetsterapeut"
USK = "undersköterska"
KUR = "kurator"

# ============================================================================
# CASES
# ============================================================================
# ---------------------------------------------------------------------------
# A. NL102 must: hedged diagnosis of the patient in a visible Melior section
# ---------------------------------------------------------------------------
C("stroke-misstankt-tia-bedomning", "skane", PAT("1946-02-11", "413"),
  [M("n1", "Inskrivningsanteckning", "sk_stroke_lund", "Jonas Wennerholm", A, "2024-01-14 22:10", [
      ("Anamnes", "77-årig man med behandlad hypertoni, i övrigt frisk. Igår kväll ca 20 min övergående svaghet i hö hand och svårt att hitta ord, hustrun ringde 1177 som hänvisade hit. Helt återställd vid ankomst."),
      ("Status", "Vaken, orienterad x 3. NIHSS 0. Cor: regelbunden rytm, inga blåsljud. BT 168/94. EKG: sinusrytm 72/min."),
      ("Bedömning", "Misstänkt TIA i vä karotisterritoriet, ABCD2 5 p. Läggs in på strokeenheten för DT-angio, telemetri och lipidstatus."),
  ])],
  [("NL102", "n1")], [("NL101", "n1")],
  "'Misstänkt TIA' in Bedömning of an ordinary Melior admission note is a visible hedged diagnosis; nothing said about telling")

C("stroke-trolig-migranaura-dd-tia", "vgr", PAT("1990-05-23", "248"),
  [M("n1", "Akutanteckning", "vg_akut_su", "Sara Lindqvist", A, "2024-02-03 16:45", [
      ("Aktuellt", "33-årig kvinna med känd migrän sedan tonåren. Idag flimmerskotom följt av domningar som vandrat från vä hand upp i ansiktet under ca 25 min, därefter pulserande huvudvärk och ljuskänslighet."),
      ("Bedömning", "Trolig migrän med aura, dock första gången med sensoriska symtom. DD TIA. Ingen indikation för trombolys då symtomen gått i full regress."),
  ])],
  [("NL102", "n1")], [],
  "'Trolig migrän med aura' plus 'DD TIA' in Bedömning (VGR, visible)")

C("stroke-mimic-todds-pares-forenlig", "skane", PAT("1961-09-30", "157"),
  [M("n1", "Akutanteckning", "sk_akut_malmo", "Amir Haddad", A, "2024-02-18 03:20", [
      ("Anamnes", "Sambon vaknade av att pat ryckte i hela kroppen ca 2 min, därefter svårväckt. Känd alkoholöverkonsumtion, ingen tidigare anfallsanamnes."),
      ("Status", "GCS 14. Vä armpares 3/5 som successivt förbättras under observation, nu 4+/5. Tungbett lateralt hö."),
      ("Bedömning", "Bilden förenlig med Todds pares efter generaliserat tonisk-kloniskt anfall. För säkerhets skull DT med angio, trombolysjouren informerad men avstår."),
  ])],
  [("NL102", "n1")], [],
  "stroke mimic: 'förenlig med Todds pares' is a hedged diagnosis in a visible section")

C("neuro-funktionell-inger-misstanke", "vgr", PAT("2006-11-04", "382"),
  [M("n1", "Läkaranteckning", "vg_neuro_nal", "Henrik Bäckström", A, "2024-03-05 11:30", [
      ("Aktuellt", "17-årig kvinna inlagd sedan igår med plötslig svaghet i hö ben efter handbollsmatch. MR hjärna och rygg utan anmärkning."),
      ("Status", "Positivt Hoovers tecken hö. Inkonsistent kraftnedsättning, normala reflexer, plantarflexion bilat."),
      ("Bedömning", "Fynden inger misstanke om funktionell neurologisk symtomstörning. Remiss till fysioterapeut med inriktning mot funktionella tillstånd."),
  ])],
  [("NL102", "n1")], [],
  "'inger misstanke om funktionell neurologisk symtomstörning' in Bedömning of a 17-year-old who reads her own journal")

C("neuro-sinustrombos-kan-ej-uteslutas", "skane", PAT("1996-07-19", "264"),
  [M("n1", "Inskrivningsanteckning", "sk_neuro_lund", "Elin Forsberg", A, "2024-03-11 19:05", [
      ("Anamnes", "27-årig kvinna som använder kombinerade p-piller. Fem dygns tilltagande huvudvärk, värre i liggande, illamående. Igår ett fokalt anfall med ryckningar i hö arm."),
      ("Bedömning", "Sinustrombos kan ej uteslutas. DT utan kontrast u.a. MR med venografi beställd akut, startar dalteparin i behandlingsdos i väntan på svar."),
  ])],
  [("NL102", "n1")], [],
  "'Sinustrombos kan ej uteslutas' is a hedge, not a negation")

C("stroke-misstant-dissektion-typo", "vgr", PAT("1983-01-27", "475"),
  [M("n1", "Akutanteckning", "vg_stroke_boras", "Johanna Kvist", A, "2024-03-16 18:40", [
      ("Aktuellt", "41-årig man med plötslig vänstersidig nackvärk under styrketräning igår. Idag hängande ögonlock vä."),
      ("Status", "Mios och lätt ptos vä, i övrigt normalt neurologstatus. NIHSS 0."),
      ("Bedömning", "Misstänt dissektion av a. carotis interna vä med Horners syndrom. DT-angio halskärl beställd, ASA laddas i väntan."),
  ])],
  [("NL102", "n1")], [],
  "typo 'Misstänt' (misstänkt) before dissektion in Bedömning")

C("stroke-bild-som-vid-cerebellar-infarkt", "skane", PAT("1952-04-08", "339"),
  [M("n1", "Läkaranteckning", "sk_stroke_hbg", "Fredrik Ahlgren", A, "2024-04-02 10:15", [
      ("Utredning", "DT hjärna: lågattenuerande område i vä cerebellarhemisfär, bild som vid subakut infarkt. Ingen hydrocefalus."),
      ("Bedömning", "Yrsel och gångataxi sedan två dygn, fynden på DT stämmer med kliniken. Fortsatt vård på strokeenheten, sväljbedömning av ssk."),
  ])],
  [("NL102", "n1")], [],
  "'bild som vid subakut infarkt' in the visible Utredning section")

C("stroke-forenligt-med-lakunar-infarkt", "vgr", PAT("1949-12-15", "196"),
  [M("n1", "Daganteckning", "vg_med_kungalv", "Karin Ström", A, "2024-04-09 13:20", [
      ("Aktuellt", "Inkom igår med domningskänsla i vä ansikte, arm och ben utan pares."),
      ("Utredning", "MR diffusion: liten restriktion i hö thalamus, förenligt med lakunär infarkt."),
      ("Planering", "Sekundärprevention med klopidogrel och atorvastatin. Hemgång planeras efter arbetsterapeutbedömning."),
  ])],
  [("NL102", "n1")], [],
  "'förenligt med lakunär infarkt' on MR in the visible Utredning section")

C("stroke-talar-for-kardioembolisk-trolig-paf", "skane", PAT("1944-06-22", "428"),
  [M("n1", "Läkaranteckning", "sk_stroke_kristianstad", "Per Olausson", A, "2024-04-15 09:50", [
      ("Utredning", "MR: multipla färska infarkter i både hö och vä MCA-territoriet. Karotisdoppler utan stenoser."),
      ("Bedömning", "Fördelningen talar för kardioembolisk genes. Trolig paroxysmalt förmaksflimmer trots sinusrytm på telemetrin, 72 h Holter bokas före hemgång."),
  ])],
  [("NL102", "n1")], [],
  "'Trolig paroxysmalt förmaksflimmer' — hedged diagnosis in Bedömning")

C("neuro-talar-for-guillain-barre", "vgr", PAT("1975-03-09", "551"),
  [M("n1", "Inskrivningsanteckning", "vg_neuro_su", "Mikael Sjöberg", A, "2024-04-21 21:35", [
      ("Anamnes", "49-årig man med magsjuka för två veckor sedan. Sedan sex dagar stigande svaghet från fötterna, nu svårt att resa sig från stol. Stickningar i fingrarna."),
      ("Status", "Symmetrisk distal > proximal pares i UE, areflexi i armar och ben. VK 3,8 l."),
      ("Bedömning", "Klinisk bild talar för Guillain-Barrés syndrom. LP och ENeG i morgon, vitalkapacitet x 3/dygn, IVA informeras om VK sjunker under 2 l."),
  ])],
  [("NL102", "n1")], [],
  "'talar för Guillain-Barrés syndrom' before LP/ENeG — hedged diagnosis")

C("neuro-misstankt-okular-myasteni", "skane", PAT("1968-10-02", "620"),
  [M("n1", "Mottagningsanteckning", "sk_neuromott_malmo", "Lina Persson", A, "2024-04-25 14:00", [
      ("Aktuellt", "Sedan två månader hängande ögonlock hö och dubbelseende som tilltar framåt kvällen."),
      ("Status", "Uttröttbar ptos hö efter 60 s uppåtblick. Isflaskstest: ptosen minskar tydligt."),
      ("Bedömning", "Misstänkt okulär myasteni. AChR-antikroppar skickade, neurofysiologisk remiss för singelfiber-EMG."),
  ], setting="öppenvård")],
  [("NL102", "n1")], [],
  "'Misstänkt okulär myasteni' at the neurology outpatient clinic (Skåne Melior)")

C("neuro-mojlig-ms-debut", "vgr", PAT("1994-02-17", "337"),
  [M("n1", "Mottagningsanteckning", "vg_neuromott_su", "Anders Nyholm", A, "2024-05-06 10:40", [
      ("Anamnes", "Hade optikusneurit vä i mars, nu återställd syn."),
      ("Utredning", "MR hjärna: fyra periventrikulära och en juxtakortikal T2-lesion, ingen laddning."),
      ("Bedömning", "Möjig debut av MS. LP med oligoklonala band planeras innan diagnos kan fastställas."),
  ], setting="öppenvård")],
  [("NL102", "n1")], [],
  "typo 'Möjig' (möjlig) before 'debut av MS' in Bedömning")

C("tumor-dt-i-forsta-hand-gliom", "skane", PAT("1957-08-13", "143"),
  [M("n1", "Akutanteckning", "sk_akut_ystad", "Oskar Lund", A, "2024-05-09 15:25", [
      ("Aktuellt", "Hustrun har sett tilltagande förvirring och ordletning i tre veckor. Idag ett krampanfall i köket."),
      ("Utredning", "DT hjärna med kontrast: 4 cm ringladdande process vä temporalt med omgivande ödem och lätt midline shift."),
      ("Bedömning", "I första hand högmalignt gliom, DD metastas eller abscess. Betapred 8 mg x 2 insatt, diskuteras med neurokirurgjouren i Lund."),
  ])],
  [("NL102", "n1")], [("NL101", "n1")],
  "brain tumour found on CT: 'I första hand högmalignt gliom, DD metastas' is hedged and visible")

C("neuro-misstankt-ickekonvulsivt-status", "vgr", PAT("1958-01-05", "218"),
  [M("n1", "Läkaranteckning", "vg_neuro_su", "Maria Olofsson", A, "2024-05-14 02:10", [
      ("Aktuellt", "Känd fokal epilepsi. Ssk ringer pga fluktuerande vakenhet sedan kvällen och smackande munrörelser."),
      ("Bedömning", "Misstänkt icke-konvulsivt status epilepticus. Akut EEG beställt, ges klonazepam 1 mg iv."),
  ], signed=None)],
  [("NL102", "n1")], [],
  "'Misstänkt icke-konvulsivt status epilepticus' in an unsigned draft (pre-signing)")

C("stroke-trolig-symtomatisk-epelepsi-typo", "skane", PAT("1950-03-28", "405"),
  [M("n1", "Daganteckning", "sk_stroke_malmo", "Viktor Nilsson", A, "2024-05-20 11:05", [
      ("Aktuellt", "Infarkt i hö MCA-territoriet i januari. Nu två episoder med ryckningar i vä arm på avdelningen, ca 1 min vardera, vid medvetande."),
      ("Bedömning", "Trolig symtomatisk epelepsi efter stroke. Insätter levetiracetam 500 mg x 2, informerat om körförbud."),
  ])],
  [("NL102", "n1")], [],
  "post-stroke epilepsy, typo 'epelepsi' after 'Trolig'")

C("stroke-fragetecken-stroke-blodning", "skane", PAT("1940-11-19", "272"),
  [M("n1", "Akutanteckning", "sk_akut_trelleborg", "Emma Holm", A, "2024-05-26 07:55", [
      ("Aktuellt", "Hö hemipares och afasi, senast sedd frisk 07.40 av hemtjänsten."),
      ("Bedömning", "Stroke? ICH? Larmar trombolysjouren i Lund, DT med angio direkt."),
  ], signed=None)],
  [("NL102", "n1")], [],
  "telegraphic '?' hedge on stroke/ICH")

C("stroke-fragestallning-vertebralisdissektion", "vgr", PAT("1979-06-03", "590"),
  [M("n1", "Läkaranteckning", "vg_stroke_nal", "David Ekström", A, "2024-06-01 13:45", [
      ("Utredning", "Frågeställning vertebralisdissektion hö. Nackvärk efter kiropraktorbehandling i tisdags, sedan dess yrsel och hes röst."),
      ("Åtgärd", "DT-angio halskärl och intrakraniella kärl beställd, sväljscreening innan peroral intag."),
  ])],
  [("NL102", "n1")], [],
  "'Frågeställning vertebralisdissektion' under sökord Utredning is a hedged diagnosis")

C("neuro-oklart-om-epileptiskt-anfall", "skane", PAT("1987-09-09", "186"),
  [M("n1", "Mottagningsanteckning", "sk_neuromott_hbg", "Niklas Rosén", A, "2024-06-04 09:20", [
      ("Anamnes", "Föll ihop i kön på Ica, vittnen beskrev ryckningar några sekunder. Snabbt klar efteråt, ingen tungbett."),
      ("Bedömning", "Oklart om det rör sig om epileptiskt anfall eller konvulsiv synkope. EEG och 24-h EKG i öppenvård."),
  ], setting="öppenvård")],
  [("NL102", "n1")], [],
  "'Oklart om det rör sig om epileptiskt anfall' is a hedge on a diagnosis")

C("yrsel-kan-rora-sig-om-vestibularisneurit", "vgr", PAT("1963-04-30", "347"),
  [M("n1", "Akutanteckning", "vg_med_alingsas", "Petra Hansson", A, "2024-06-08 20:30", [
      ("Aktuellt", "Kraftig rotatorisk yrsel sedan i morse, kräkningar, kan inte gå utan stöd."),
      ("Status", "Horisontell nystagmus som byter riktning vid blick åt vä. Head impulse test normalt."),
      ("Bedömning", "Kan röra sig om vestibularisneurit, men HINTS-fynden är centrala och vi väljer MR för att se om det finns en infarkt."),
  ])],
  [("NL102", "n1")], [],
  "'Kan röra sig om vestibularisneurit' is a hedged diagnosis")

C("neuro-sannolik-amyloidangiopati", "skane", PAT("1941-01-24", "256"),
  [M("n1", "Läkaranteckning", "sk_neuro_lund", "Annika Berglund", A, "2024-06-12 14:10", [
      ("Utredning", "MR med SWI: lobär blödning hö parietalt och ett tiotal kortikala mikroblödningar bilat."),
      ("Bedömning", "Sannolik cerebral amyloidangiopati enligt Boston-kriterierna 2.0. Trombocythämning sätts ut."),
  ])],
  [("NL102", "n1")], [],
  "'Sannolik cerebral amyloidangiopati' in Bedömning")

C("barn-ev-sinustrombos-mastoidit", "skane", PAT("2015-03-14", "282"),
  [M("n1", "Akutanteckning", "sk_barnakut_lund", "Hanna Sjögren", A, "2024-06-22 18:15", [
      ("Aktuellt", "9-årig flicka med vänstersidig otit sedan en vecka, nu svullnad bakom vä öra och tilltagande huvudvärk. Mamma med."),
      ("Bedömning", "Mastoidit vä. Ev. sinustrombos i sinus sigmoideus, MR med venografi ikväll och ÖNH-jour kontaktad."),
  ])],
  [("NL102", "n1")], [],
  "child under 13 (guardian reads): 'Ev. sinustrombos' is a hedged diagnosis, not a plan")

C("stroke-ssk-inlagd-pga-misstankt-tia", "skane", PAT("1949-05-06", "318"),
  [M("n1", "Omvårdnadsanteckning", "sk_stroke_hbg", "Malin Svensson", SSK, "2024-07-02 14:40", [
      ("Aktuellt", "Ankom 14.10 från akuten, inlagd pga misstänkt TIA."),
      ("Nutrition", "Sväljtest utfört, klarar tunnflytande utan hosta. Normalkost."),
      ("Cirkulation", "Telemetri kopplad, BT 152/88, puls 78 regelbunden."),
  ])],
  [("NL102", "n1")], [],
  "a nurse's admission note repeats the hedged diagnosis 'misstänkt TIA' visibly")

C("stroke-ft-trolig-hogersidig-infarkt", "vgr", PAT("1938-09-12", "127"),
  [M("n1", "Fysioterapeutanteckning", "vg_stroke_skovde", "Jenny Karlsson", FT, "2024-07-08 10:30", [
      ("Bakgrund", "Remiss från avd 8: trolig högersidig hemisfärinfarkt, inkom igår."),
      ("Aktivitet", "Mobiliserad till sittande på sängkant med stöd av två personal. Neglekt åt vä, vrider huvudet åt hö. Ej gångträning idag."),
      ("Planering", "Daglig mobilisering, ställningstagande till gåbord på onsdag."),
  ])],
  [("NL102", "n1")], [],
  "physiotherapist quotes the referral's hedged 'trolig högersidig hemisfärinfarkt' in a visible section")

C("stroke-logoped-misstanke-pseudobulbar-pares", "skane", PAT("1947-10-25", "531"),
  [M("n1", "Logopedanteckning", "sk_stroke_malmo", "Ida Mårtensson", LOG, "2024-07-11 13:00", [
      ("Bedömning", "Klinisk sväljbedömning: fördröjd sväljreflex, hosta efter 10 ml vatten och våt röstkvalitet. Fynden inger misstanke om pseudobulbär pares efter bilaterala lakuner."),
      ("Åtgärd", "Konsistensanpassad kost, timjansfluid. Sväljröntgen begärs."),
  ])],
  [("NL102", "n1")], [],
  "speech therapist: 'inger misstanke om pseudobulbär pares' in Bedömning")

C("stroke-epikris-diagnos-misstankt-tia", "vgr", PAT("1956-02-29", "386"),
  [M("n1", "Epikris", "vg_stroke_nal", "Gustav Lindahl", A, "2024-07-16 15:10", [
      ("Diagnos", "Misstänkt transitorisk ischemisk attack G45.9."),
      ("Epikris", "Inkom med övergående dysartri och vä facialispares, återställd inom en timme. DT-angio utan stenoser, telemetri utan arytmi."),
      ("Uppföljning", "Återbesök strokesköterska om 3 mån."),
  ])],
  [("NL102", "n1")], [],
  "hedged diagnosis under sökord Diagnos in a discharge summary")

C("neuro-telefon-trolig-migran-med-aura", "skane", PAT("1999-04-18", "227"),
  [M("n1", "Telefonanteckning", "sk_neuromott_lund", "Sofia Malmberg", A, "2024-07-19 11:45", [
      ("Telefonkontakt", "Ringer upp pat angående MR-svaret som visar inga infarkter. Återkommande flimmer och stickningar i vä hand tolkas som trolig migrän med aura. Återbesök i september."),
  ], setting="öppenvård")],
  [("NL102", "n1")], [],
  "one-section telephone note with 'trolig migrän med aura'; the negated infarcts do not cancel it")

C("stroke-missankt-basilaristrombos-typo", "vgr", PAT("1966-07-07", "312"),
  [M("n1", "Akutanteckning", "vg_stroke_su", "Tobias Wallin", A, "2024-07-23 04:15", [
      ("Aktuellt", "Plötslig medvetandesänkning, dubbelseende och tetrapares, debut 02.50."),
      ("Bedömning", "Missänkt basilaristrombos. Trombektomijouren larmad, DT-angio på väg."),
  ])],
  [("NL102", "n1")], [],
  "typo 'Missänkt' before basilaristrombos")

C("neuro-vgr-th-sokord-skyddar-inte-bedomning", "vgr", PAT("1991-12-09", "245"),
  [M("n1", "Läkaranteckning", "vg_neuro_su", "Ulrika Håkansson", A, "2024-08-02 12:20", [
      ("Aktuellt", "Parestesier från bröstet och nedåt sedan tre veckor, nu bättre."),
      ("Bedömning", "Sannolik skovvis förlöpande MS med spinal lesion Th4. Avvaktar likvorsvar."),
      ("Tidiga hypoteser", "Neurosarkoidos övervägs också, ACE och DT thorax beställt."),
  ])],
  [("NL102", "n1")], [],
  "VGR: a Tidiga hypoteser sökord in the same note does not protect the hedged MS in Bedömning")

C("neuro-cadasil-lacker-ur-th-mallen", "skane", PAT("1978-03-02", "363"),
  [M("n1", "Tidiga hypoteser", "sk_neuromott_lund", "Erik Fransson", A, "2024-08-06 09:30", [
      ("Bedömning", "Misstänkt CADASIL: migrän med aura, tidiga lakuner och utbredda vitsubstansförändringar i temporalpolerna. Genetisk analys av NOTCH3 efter genetisk vägledning."),
  ], setting="öppenvård"),
   M("n2", "Mottagningsanteckning", "sk_neuromott_lund", "Erik Fransson", A, "2024-08-06 10:05", [
      ("Bedömning", "Trolig ärftlig småkärlssjukdom av CADASIL-typ. Remiss till klinisk genetik."),
  ], setting="öppenvård")],
  [("NL102", "n2")], [("NL102", "n1")],
  "Skåne: the Tidiga hypoteser template hides n1, but the same hypothesis written in an ordinary note n2 is visible")

C("neuro-lang-akutjournal-bild-som-vid-bells-pares", "vgr", PAT("1972-05-16", "408"),
  [M("n1", "Akutanteckning", "vg_akut_su", "Jakob Sandberg", A, "2024-08-10 22:40", [
      ("Kontaktorsak", "Sned i ansiktet sedan uppvaknandet."),
      ("Anamnes", "52-årig man, tidigare frisk, inga läkemedel. Vaknade i morse och märkte att vä mungipa hängde och att vatten rann ur munnen när han borstade tänderna. Lite ont bakom vä öra sedan igår. Smaken känns konstig på vä sida av tungan och ljud upplevs starkare i vä öra. Inga fästingbett som han vet om, men har varit i sommarstugan på Orust hela juli. Ingen huvudvärk, ingen yrsel, inga dubbelbilder, ingen svaghet i armar eller ben. Ingen feber."),
      ("Status", "AT: opåverkad, pratar obehindrat. Cor: rr, inga bljs. BT 138/84. Neuro: pupiller lika, ljusreaktion bilat. Ögonmotorik ua. Facialis: perifer pares vä med nedsatt pannrynkning, ofullständig ögonslutning och Bells fenomen, hängande mungipa. Övriga kranialnerver ua. Kraft och sensibilitet ua i extremiteter. Finger-näs ua. Gång ua, Romberg ua. Öron: trumhinnor ua, inga blåsor i hörselgången eller på gommen. Hud: inga erythema migrans noterade."),
      ("Lab", "CRP <5, Hb 148, LPK 6,2, P-glukos 5,8. Borreliaserologi skickad."),
      ("Bedömning", "Bild som vid idiopatisk perifer facialispares (Bells pares) vä. Ingen central genes då pannan är engagerad och övrigt status är normalt."),
      ("Åtgärd", "Prednisolon 50 mg x 1 i 10 dagar. Ögonskydd: Viscotears dagtid, ögonsalva och tejpning nattetid. Recept utskrivet."),
      ("Planering", "Ringer pat om borreliaserologin. Vid ny svaghet i armar eller ben, dubbelseende eller talsvårigheter söker han akut igen. Kontroll hos ÖNH om 4 v."),
  ], setting="öppenvård")],
  [("NL102", "n1")], [],
  "long emergency chart where the one hedged diagnosis is 'Bild som vid ... Bells pares'")

C("neuro-kan-inte-utesluta-cns-vaskulit", "skane", PAT("1983-10-30", "216"),
  [M("n1", "Läkaranteckning", "sk_neuro_lund", "Karl Ekdahl", A, "2024-08-14 15:30", [
      ("Bedömning", "40-åring utan vaskulära riskfaktorer med multipla infarkter i olika stadier. Kan inte utesluta primär CNS-vaskluit. Konventionell angiografi och LP, reumatologkonsult begärd."),
  ])],
  [("NL102", "n1")], [],
  "'Kan inte utesluta' is a hedge; typo 'CNS-vaskluit' in the diagnosis")

C("stroke-stark-misstanke-hjarnstamsinfarkt", "skane", PAT("1959-06-14", "452"),
  [M("n1", "Akutanteckning", "sk_akut_lund", "Maja Eriksson", A, "2024-08-23 01:50", [
      ("Aktuellt", "Sluddrigt tal och ostadighet sedan kl 23, dubbelseende vid blick åt hö."),
      ("Bedömning", "Stark misstanke om hjärnstamsinfarkt trots normal DT. Trombolys ges enligt PM, MR i morgon bitti."),
  ])],
  [("NL102", "n1")], [],
  "'Stark misstanke om hjärnstamsinfarkt' — a strong suspicion is still a hedge")

C("yrsel-ffa-vestibular-migran", "vgr", PAT("1977-02-05", "264"),
  [M("n1", "Mottagningsanteckning", "vg_yrsel_su", "Karolina Berg", A, "2024-08-27 09:40", [
      ("Anamnes", "Återkommande yrselattacker i timmar med ljuskänslighet, migrän i släkten och som ung."),
      ("Bedömning", "Ffa vestibulär migrän. Provar profylax med propranolol 40 mg x 2 och yrseldagbok."),
  ], setting="öppenvård")],
  [("NL102", "n1")], [],
  "the abbreviation 'Ffa' (i första hand) hedges vestibulär migrän")

C("neuro-arbetshypotes-autoimmun-encefalit", "skane", PAT("1996-12-28", "188"),
  [M("n1", "Läkaranteckning", "sk_neuroiva_lund", "Johan Lindgren", A, "2024-09-02 16:20", [
      ("Aktuellt", "Psykotiska symtom i två veckor, nu dyskinesier i munnen och fluktuerande blodtryck."),
      ("Bedömning", "Arbetshypotes: autoimmun encefalit, anti-NMDA-receptor. Antikroppar i serum och likvor skickade, start av iv metylprednisolon 1 g x 1 i 5 dagar. Gynekologkonsult för ovarialteratom."),
  ])],
  [("NL102", "n1")], [],
  "'Arbetshypotes: autoimmun encefalit' in Bedömning")

C("neuro-inte-otankbart-forsta-anfall", "vgr", PAT("2004-09-17", "224"),
  [M("n1", "Akutanteckning", "vg_akut_su", "Simon Björk", A, "2024-09-05 05:30", [
      ("Aktuellt", "19-årig man, festat och sovit 3 h. Kompisar såg honom stelna och rycka i armarna på dansgolvet."),
      ("Bedömning", "Inte otänkbart att det rör sig om ett första epileptiskt anfall, provocerat av sömnbrist och alkohol. EEG och MR remitteras, informerat om körförbud i väntan på bedömning."),
  ], signed=None)],
  [("NL102", "n1")], [],
  "'Inte otänkbart att det rör sig om ... epileptiskt anfall' is a hedge")

C("stroke-anhoriga-sangkant-troligen-ny-infarkt", "skane", PAT("1937-04-03", "371"),
  [M("n1", "Daganteckning", "sk_stroke_lund", "Pernilla Öberg", A, "2024-09-09 17:10", [
      ("Aktuellt", "Försämrad i talet sedan lunch och svagare i hö hand, NIHSS 4 från 1."),
      ("Samtal", "Dotter och son vid sängkanten. Informerat dem om att det troligen rör sig om en ny infarkt i vä hemisfär och att trombolys inte är aktuell då han fick det för fyra dygn sedan."),
  ])],
  [("NL102", "n1")], [],
  "relatives at the bedside are told 'troligen ... en ny infarkt' — the hedged diagnosis is the patient's and visible")

C("stroke-ung-utredning-misstankt-fabry", "vgr", PAT("1993-07-29", "402"),
  [M("n1", "Läkaranteckning", "vg_stroke_su", "Lars Nordström", A, "2024-09-12 10:50", [
      ("Utredning", "Ung strokeutredning: ekokardiografi med bubbeltest utan PFO, trombofiliutredning normal. Utredning pågår avseende misstänkt Fabrys sjukdom med tanke på angiokeratom och njurpåverkan, alfa-galaktosidas skickat."),
  ])],
  [("NL102", "n1")], [],
  "'misstänkt Fabrys sjukdom' under sökord Utredning")

C("stroke-st-lakare-trol-aspirationspneumoni", "skane", PAT("1943-08-31", "129"),
  [M("n1", "Daganteckning", "sk_stroke_kristianstad", "Alva Nyström", A, "2024-09-16 08:45", [
      ("Aktuellt", "Vä hemisfärinfarkt dag 3. Feber 38,6 i natt, sat 91 % på luft."),
      ("Status", "Nytillkomna rassel hö basalt, andningsfrekvens 24."),
      ("Bedömning", "Trol. aspirationspneumoni. Start piperacillin/tazobaktam 4 g x 3, pat fastar tills logoped bedömt sväljningen."),
  ])],
  [("NL102", "n1")], [],
  "ST resident writes 'Trol. aspirationspneumoni' (abbreviated hedge) on the stroke unit")

C("neuro-trollig-myastenisk-kris-typo", "vgr", PAT("1952-11-11", "515"),
  [M("n1", "Läkaranteckning", "vg_iva_su", "Filip Dahl", A, "2024-09-20 23:30", [
      ("Aktuellt", "Känd generaliserad myasteni. Två dygns tilltagande sväljsvårigheter och andfåddhet efter luftvägsinfektion."),
      ("Bedömning", "Trollig myastenisk kris. VK 1,4 l, intuberas på IVA, plasmaferes startas i morgon."),
  ])],
  [("NL102", "n1")], [],
  "typo 'Trollig' (trolig) before myastenisk kris")

C("barn-misstankt-guillan-barre-typo", "skane", PAT("2017-01-20", "334"),
  [M("n1", "Inskrivningsanteckning", "sk_barnneuro_lund", "Sanna Åberg", A, "2024-09-24 14:25", [
      ("Anamnes", "7-årig pojke som vägrat gå sedan tre dagar, ont i benen nattetid. Förkyld för två veckor sedan. Pappa berättar."),
      ("Status", "Nedsatt kraft i benen distalt, akillesreflexer utsläckta."),
      ("Bedömning", "Misstänkt Guillan-Barrés syndrom. LP och neurografi i morgon."),
  ])],
  [("NL102", "n1")], [],
  "child under 13; typo 'Guillan-Barrés' in the diagnosis, the hedge is intact")

C("tumor-talar-for-hjarnmetastaser", "vgr", PAT("1960-10-08", "187"),
  [M("n1", "Läkaranteckning", "vg_neuro_nal", "Emil Lundberg", A, "2024-09-27 12:00", [
      ("Anamnes", "Opererad för malignt melanom på ryggen 2021."),
      ("Utredning", "MR hjärna: fem laddande lesioner i kortikomedullära gränsen bilat, talar för metastaser."),
  ])],
  [("NL102", "n1")], [],
  "'talar för metastaser' on MR in a visible section")

C("stroke-trombolysbeslut-trolig-ischemisk-stroke", "skane", PAT("1951-02-14", "298"),
  [M("n1", "Akutanteckning", "sk_akut_hbg", "Theo Blom", A, "2024-10-01 10:05", [
      ("Aktuellt", "Hö hemipares och afasi, insjuknade 08.15 vid frukostbordet enligt hustrun."),
      ("Status", "NIHSS 9. BT 172/96. P-glukos 6,4."),
      ("Bedömning", "Trolig ischemisk stroke i vä MCA-territoriet. DT utan blödning, inga kontraindikationer."),
      ("Åtgärd", "Tenekteplas 0,25 mg/kg iv kl 10.02, 1 h 47 min efter debut. Diskuterat trombektomi med Lund, ingen storkärlsocklusion."),
  ])],
  [("NL102", "n1")], [],
  "thrombolysis decision note with 'Trolig ischemisk stroke' in Bedömning")

C("neuro-misstankt-ms-skov", "vgr", PAT("1982-06-26", "356"),
  [M("n1", "Telefonanteckning", "vg_neuromott_su", "Therese Holmgren", SSK, "2024-10-04 09:15", [
      ("Telefonkontakt", "Känd RRMS på ofatumumab. Sedan fyra dagar dubbelseende och ostadighet, afebril. Misstänkt MS-skov med hjärnstamssymtom, tid hos neurolog i morgon 08.30."),
  ], setting="öppenvård")],
  [("NL102", "n1")], [],
  "MS nurse on the phone: 'Misstänkt MS-skov' is a hedged diagnosis in a visible section")

C("stroke-sannolkt-vaskular-demens-typo", "skane", PAT("1936-05-27", "469"),
  [M("n1", "Läkaranteckning", "sk_med_landskrona", "Olle Fagerström", A, "2024-10-08 13:35", [
      ("Aktuellt", "Upprepade små infarkter senaste åren. Personalen på boendet beskriver tilltagande glömska och planeringssvårigheter."),
      ("Bedömning", "Sannolkt vaskulär demens. MMSE 19. Minnesutredning via vårdcentralen."),
  ])],
  [("NL102", "n1")], [],
  "typo 'Sannolkt' (sannolikt) before vaskulär demens")

C("stroke-dt-misstanke-om-sah", "skane", PAT("1974-12-12", "276"),
  [M("n1", "Akutanteckning", "sk_akut_malmo", "Adam Wahlberg", A, "2024-10-12 21:20", [
      ("Aktuellt", "Plötslig värsta huvudvärken i livet under joggingrunda, kräkts två gånger."),
      ("Bedömning", "Misstanke om subaraknoidalblödning, DT inom 6 h utan blod. LP om 12 h för xantokromi, nimodipin avvaktas."),
  ])],
  [("NL102", "n1")], [],
  "'Misstanke om subaraknoidalblödning' — the negative CT is a finding, the hedge on SAH remains")

# ---------------------------------------------------------------------------
# B. NL102 must_not: negated, relative's, non-diagnostic hedge, conditional,
#    confirmed, protected place, PMO
# ---------------------------------------------------------------------------
C("neuro-ingen-misstanke-om-sinustrombos", "skane", PAT("1989-02-09", "525"),
  [M("n1", "Mottagningsanteckning", "sk_neuromott_lund", "Ebba Lindström", A, "2024-01-22 10:30", [
      ("Anamnes", "Daglig pannhuvudvärk sedan jul, tryckande, värre vid stress på jobbet."),
      ("Bedömning", "Huvudvärk av spänningstyp. Ingen misstanke om sinustrombos med normalt neurologstatus och normal MR med venografi."),
  ], setting="öppenvård")],
  [], [("NL102", "n1")],
  "'Ingen misstanke om sinustrombos' is negated; the headache diagnosis is stated, not hedged")

C("stroke-dissektion-uteslutes", "vgr", PAT("1986-11-27", "170"),
  [M("n1", "Läkaranteckning", "vg_stroke_boras", "Jonathan Strand", A, "2024-01-26 14:55", [
      ("Utredning", "DT-angio halskärl: dissektion uteslutes, inga stenoser eller ocklusioner."),
      ("Bedömning", "Nackvärken efter bilolyckan är muskulär. Hemgång med smärtlindring och sjukgymnastik."),
  ])],
  [], [("NL102", "n1")],
  "'dissektion uteslutes' is a ruled-out diagnosis")

C("stroke-trombolys-inga-tecken-pa-blodning", "skane", PAT("1948-07-04", "383"),
  [M("n1", "Akutanteckning", "sk_akut_lund", "Isak Forslund", A, "2024-02-01 11:40", [
      ("Utredning", "DT: inga tecken på blödning eller etablerad infarkt. DT-perfusion med stor penumbra i hö MCA-territoriet, ocklusion av M1 hö på angio."),
      ("Bedömning", "Akut ischemisk stroke hö, NIHSS 12."),
      ("Åtgärd", "Tenekteplas startat 11.32. Trombektomi i Lund, transport med ambulans och ssk."),
  ])],
  [], [("NL102", "n1")],
  "thrombolysis note: the bleeding is negated, the stroke itself is stated without hedge")

C("neuro-talar-emot-stroke-karpaltunnel", "vgr", PAT("1970-03-15", "252"),
  [M("n1", "Mottagningsanteckning", "vg_neuromott_su", "Hedvig Falk", A, "2024-02-06 13:20", [
      ("Bedömning", "Domningar i hö tumme-långfinger, värre nattetid. Gradvis debut över månader och normal MR hjärna talar emot stroke. ENeG visar förlängd distal latens i n. medianus."),
      ("Diagnos", "Karpaltunnelsyndrom hö G56.0."),
  ], setting="öppenvård")],
  [], [("NL102", "n1")],
  "hard negative: 'talar emot stroke' (not 'talar för'), and the diagnosis is confirmed by ENeG")

C("neuro-tia-avskrivs-migran-med-aura", "skane", PAT("1976-09-01", "198"),
  [M("n1", "Läkaranteckning", "sk_stroke_hbg", "Moa Jakobsson", A, "2024-02-10 09:15", [
      ("Bedömning", "TIA avskrivs. Identiska episoder sedan 20-årsåldern med flimmer som brer ut sig och följs av huvudvärk."),
      ("Diagnos", "Migrän med aura G43.1."),
  ], signed=None)],
  [], [("NL102", "n1")],
  "TIA is dismissed ('avskrivs'); the migraine diagnosis is confirmed")

C("neuro-hereditet-mor-trolig-ms", "vgr", PAT("1998-04-04", "286"),
  [M("n1", "Mottagningsanteckning", "vg_neuromott_su", "Alice Hedlund", A, "2024-02-14 15:00", [
      ("Hereditet", "Mor hade trolig MS men utreddes aldrig, avled i bröstcancer 2015."),
      ("Anamnes", "Orolig efter att ha läst om ärftlighet. Inga egna neurologiska symtom."),
      ("Bedömning", "Normalt neurologstatus. Ingen indikation för MR, informerat om att risken är lätt förhöjd men låg."),
  ], setting="öppenvård")],
  [], [("NL102", "n1")],
  "the hedged MS belongs to the mother (Hereditet), not the patient")

C("barn-feberkramp-bror-misstankt-epilepsi", "skane", PAT("2021-11-10", "240"),
  [M("n1", "Akutanteckning", "sk_barnakut_lund", "Nora Palm", A, "2024-02-19 20:50", [
      ("Anamnes", "2-årig flicka, feber 39,8 sedan i eftermiddags. Ryckte i armar och ben ca 2 min enligt mamma. Storebror utreddes för misstänkt epilepsi som liten, friskförklarad."),
      ("Bedömning", "Enkel feberkramp. Otit hö som feberfokus, alvedon och ipren enligt vikt."),
  ])],
  [], [("NL102", "n1")],
  "child under 13: the suspected epilepsy is the brother's, and it was ruled out; the patient's febrile seizure is confirmed")

C("stroke-ev-remiss-logoped-at", "vgr", PAT("1945-01-08", "332"),
  [M("n1", "Daganteckning", "vg_stroke_skovde", "Anton Höglund", A, "2024-02-23 11:30", [
      ("Bedömning", "Vänstersidig MCA-infarkt dag 5, motoriskt förbättrad, kvarstående lätt afasi."),
      ("Planering", "Ev. remiss till logoped och arbetsterapeut i hemkommunen inför hemgång. Eventuellt kontroll-DT om nya symtom."),
  ])],
  [], [("NL102", "n1")],
  "'Ev.' and 'Eventuellt' hedge plans (remiss, kontroll-DT), not diagnoses")

C("stroke-mojligen-latt-dysartri-symtom", "skane", PAT("1953-12-20", "217"),
  [M("n1", "Läkaranteckning", "sk_stroke_malmo", "Vera Sandström", A, "2024-02-27 10:20", [
      ("Status", "Möjligen lätt dysartri vid trötthet, i övrigt NIHSS 0."),
      ("Bedömning", "Hö-sidig lakunär infarkt i capsula interna, verifierad på MR. Fortsätter ASA och statin, hemgång i morgon."),
  ])],
  [], [("NL102", "n1")],
  "'Möjligen lätt dysartri' hedges a symptom; the infarct is verified")

C("neuro-trolig-artefakt-pa-mr", "vgr", PAT("1984-05-11", "119"),
  [M("n1", "Mottagningsanteckning", "vg_neuromott_su", "Julia Bergqvist", A, "2024-03-04 08:50", [
      ("Utredning", "MR hjärna: enstaka ospecifika vitsubstansförändringar frontalt. Signalförändringen i pons är trolig artefakt enligt röntgenronden."),
      ("Diagnos", "Migrän utan aura G43.0."),
  ], setting="öppenvård")],
  [], [("NL102", "n1")],
  "'trolig artefakt' hedges an imaging artefact, which is no diagnosis")

C("neuro-ms-vid-misstanke-om-nytt-skov-villkor", "skane", PAT("1992-08-08", "304"),
  [M("n1", "Mottagningsanteckning", "sk_neuromott_malmo", "Cornelia Ek", SSK, "2024-03-08 13:40", [
      ("Aktuellt", "Känd RRMS sedan 2019, stabil på natalizumab. JCV-index 0,3."),
      ("Planering", "Vid misstanke om nytt skov, dvs nya symtom som varar mer än 24 h utan feber, ska pat ringa MS-sjuksköterskan direkt."),
  ], setting="öppenvård")],
  [], [("NL102", "n1")],
  "'Vid misstanke om nytt skov' is a conditional instruction; the MS is confirmed")

C("stroke-mr-bekraftar-infarkt", "vgr", PAT("1957-10-03", "493"),
  [M("n1", "Daganteckning", "vg_stroke_nal", "Hugo Lindberg", A, "2024-03-12 10:10", [
      ("Utredning", "MR bekräftar akut infarkt i vä capsula interna."),
      ("Bedömning", "Ren motorisk hemipares hö, NIHSS 3. Fortsatt strokevård, FT och AT kopplade."),
  ])],
  [], [("NL102", "n1")],
  "confirmed infarct on MR, no hedge at all")

C("neuro-skane-th-mall-frontotemporal-demens", "skane", PAT("1962-06-06", "151"),
  [M("n1", "Tidiga hypoteser", "sk_neuromott_lund", "Rebecka Widén", A, "2024-03-18 14:30", [
      ("Bedömning", "Misstänkt beteendevariant av frontotemporal demens: hämningslöshet och apati enligt hustrun, frontal hypometabolism på FDG-PET."),
      ("Planering", "Neuropsykologisk testning och ny bedömning innan hypotesen tas upp med pat."),
  ], setting="öppenvård")],
  [], [("NL102", "n1")],
  "Skåne: the hedged diagnosis stands in a note whose template is Tidiga hypoteser")

C("neuro-vgr-th-sokord-huntington", "vgr", PAT("1980-10-21", "366"),
  [M("n1", "Läkaranteckning", "vg_neuro_su", "Viktoria Sjöstrand", A, "2024-03-22 11:45", [
      ("Aktuellt", "Remitterad för ofrivilliga rörelser i händerna sedan ett år. Status med lätta oregelbundna rörelser i fingrar och ansikte."),
      ("Tidiga hypoteser", "Misstänkt Huntingtons sjukdom; fadern dog ung i oklar neurologisk sjukdom. Gentest först efter genetisk vägledning."),
      ("Planering", "Återbesök om 4 v, MR hjärna innan dess."),
  ])],
  [], [("NL102", "n1")],
  "VGR: the hedged diagnosis is only under the sökord Tidiga hypoteser")

C("pmo-vc-misstankt-tia-remiss", "skane", PAT("1951-11-30", "209"),
  [P("n1", "Besöksanteckning", "sk_vc_linero", "Gunnar Bengtsson", A, "2024-03-26 09:10", [
      ("Aktuellt", "Igår 10 min domning i vä hand och vä mungipa, nu helt bra."),
      ("Bedömning", "Misstänkt TIA. Remiss akut till strokeenheten SUS Lund, pat åker direkt med sin fru."),
  ])],
  [], [("NL102", "n1")],
  "PMO never shows diagnoses: hedged TIA at a vårdcentral")

C("pmo-hemsjukvard-trolig-poststroke-depression", "skane", PAT("1939-04-26", "384"),
  [P("n1", "Hembesök", "sk_hsv_eslov", "Anneli Grönlund", SSK, "2024-03-29 13:30", [
      ("Aktuellt", "Hembesök efter utskrivning från strokeenheten Lund. Pat gråter lätt, sover dåligt och har slutat gå ut."),
      ("Bedömning", "Trolig post-stroke depression, dr Holmberg på VC kontaktad för läkarbesök."),
  ])],
  [], [("NL102", "n1")],
  "PMO home care nurse: 'Trolig post-stroke depression' is never shown")

C("pmo-telefon-dotter-misstankt-stroke", "skane", PAT("1942-09-05", "215"),
  [P("n1", "Telefonkontakt", "sk_vc_sjobo", "Birgitta Mattsson", SSK, "2024-04-03 08:25", [
      ("Telefonkontakt", "Dottern ringer: pappa sluddrar och tappar kaffekoppen ur hö hand sedan en timme. Misstänkt stroke, uppmanad att ringa 112 direkt, följer upp med samtal i eftermiddag."),
  ])],
  [], [("NL102", "n1")],
  "PMO telephone note with 'Misstänkt stroke'")

C("pmo-trolig-bells-pares", "skane", PAT("1965-01-17", "329"),
  [P("n1", "Besöksanteckning", "sk_vc_karrakra", "Mattias Wallgren", A, "2024-04-10 15:45", [
      ("Status", "Perifer facialispares hö inklusive pannan, övrigt neurologstatus ua, inga blåsor i örat."),
      ("Bedömning", "Trolig Bells pares hö. Prednisolon 50 mg i 10 dagar och ögonsalva till natten."),
  ], signed=None)],
  [], [("NL102", "n1")],
  "PMO: 'Trolig Bells pares' is not visible")

C("pmo-barn-mojlig-rolandisk-epilepsi", "skane", PAT("2016-02-02", "345"),
  [P("n1", "Besöksanteckning", "sk_vc_bunkeflo", "Tove Ljungberg", A, "2024-04-16 10:20", [
      ("Anamnes", "8-årig pojke, två gånger vaknat med ryckningar i ena mungipan och dreglat, kunnat höra men inte prata. Pappa med."),
      ("Bedömning", "Möjlig benign epilepsi med centrotemporala spikar. Remiss till barnneurolog för EEG."),
  ])],
  [], [("NL102", "n1")],
  "PMO, child under 13: hedged epilepsy at a vårdcentral")

C("pmo-sannolkit-todds-pares-typo", "skane", PAT("1970-06-28", "167"),
  [P("n1", "Besöksanteckning", "sk_vc_linero", "Ronja Eklund", A, "2024-04-23 14:15", [
      ("Aktuellt", "Känd epilepsi. Efter nattens anfall svag i vä arm, bättre nu."),
      ("Bedömning", "Sannolkit Todds pares, men om svagheten kvarstår i eftermiddag ska han till akuten."),
  ])],
  [], [("NL102", "n1")],
  "PMO, typo 'Sannolkit': hedged Todds pares is never shown in PMO")

C("neuro-utreddes-for-misstankt-ms-avskrevs", "vgr", PAT("1987-12-03", "463"),
  [M("n1", "Mottagningsanteckning", "vg_neuromott_su", "Fanny Norberg", A, "2024-04-27 09:30", [
      ("Anamnes", "Utreddes 2019 för misstänkt MS efter domningar i benen, avskrevs efter normal MR och LP."),
      ("Bedömning", "Nu ensidig pulserande huvudvärk med illamående, typisk migrän utan aura. Triptan utskrivet."),
  ], setting="öppenvård")],
  [], [("NL102", "n1")],
  "past suspicion of MS that was ruled out ('avskrevs')")

C("stroke-ingen-missanke-om-dissektion-typo", "skane", PAT("1990-09-14", "293"),
  [M("n1", "Akutanteckning", "sk_akut_hbg", "Lukas Edlund", A, "2024-05-02 17:35", [
      ("Bedömning", "Ingen missanke om dissektion: nackvärken är lägesberoende, inga neurologiska bortfall och ingen Horner."),
      ("Åtgärd", "Naproxen och värme. Åter vid huvudvärk, synpåverkan eller svaghet."),
  ])],
  [], [("NL102", "n1")],
  "typo in the negation 'Ingen missanke om' — still negated")

C("stroke-misstanke-om-dissektion-avskriven", "vgr", PAT("1981-04-25", "221"),
  [M("n1", "Läkaranteckning", "vg_stroke_su", "Oliver Westerberg", A, "2024-05-07 12:40", [
      ("Bedömning", "Misstanke om dissektion avskriven efter normal DT-angio. Känd migrän med aura sedan tonåren, dagens synstörning i hö synfält var en typisk aura och hon är nu helt återställd."),
  ])],
  [], [("NL102", "n1")],
  "'Misstanke om dissektion avskriven' — the suspicion is written off; the migraine is known")

C("stroke-ssk-trolig-utskrivning-orup", "skane", PAT("1944-03-19", "350"),
  [M("n1", "Omvårdnadsanteckning", "sk_stroke_lund", "Lisa Rydberg", SSK, "2024-05-11 15:20", [
      ("Aktuellt", "Infarkt i hö hemisfär dag 9, går med rollator och en persons stöd."),
      ("Planering", "Trolig utskrivning till Orups rehab på torsdag, dottern meddelad per telefon."),
  ])],
  [], [("NL102", "n1")],
  "'Trolig utskrivning' hedges a discharge plan")

C("stroke-oklart-om-medvetslos", "skane", PAT("1935-10-10", "292"),
  [M("n1", "Akutanteckning", "sk_akut_ystad", "Klas Rehnberg", A, "2024-05-18 23:45", [
      ("Anamnes", "Hittad på golvet av hemtjänsten. Oklart om pat varit medvetslös, ingen bevittnat fallet."),
      ("Bedömning", "Skallskada utan blödning på DT. Sårskada vä tinning sutureras, observation över natten pga Eliquis."),
  ])],
  [], [("NL102", "n1")],
  "'Oklart om ... medvetslös' hedges a symptom; the CT shows no bleeding")

C("neuro-konvulsivt-status-havt", "vgr", PAT("1979-11-22", "198"),
  [M("n1", "Läkaranteckning", "vg_iva_su", "Benjamin Nord", A, "2024-05-22 04:20", [
      ("Aktuellt", "Konvulsivt status epilepticus i 25 min, hävt med diazepam 10 mg rektalt x 2 i ambulansen och fosfenytoin 20 FE/kg iv på akuten."),
      ("Bedömning", "Nu sederad på propofol, EEG utan pågående anfallsaktivitet. Låg valproatkoncentration, glömt medicinen en vecka."),
  ])],
  [], [("NL102", "n1")],
  "confirmed status epilepticus, no hedge")

C("neuro-kand-myasteni-ev-dosokning", "skane", PAT("1955-07-23", "478"),
  [M("n1", "Mottagningsanteckning", "sk_neuromott_malmo", "Gabriella Hjort", A, "2024-05-27 11:10", [
      ("Aktuellt", "Känd AChR-positiv generaliserad myasteni sedan 2015, tymektomerad 2016."),
      ("Planering", "Ev. dosökning av pyridostigmin till 60 mg x 5 om fortsatt trötthet på eftermiddagarna. Uppföljning per telefon om en månad."),
  ], setting="öppenvård")],
  [], [("NL102", "n1")],
  "known myasthenia; 'Ev.' is on a dose change")

C("stroke-kurator-make-misstankt-alzheimer", "vgr", PAT("1941-08-15", "250"),
  [M("n1", "Kuratorsanteckning", "vg_stroke_nal", "Elsa Carlsson", KUR, "2024-05-30 14:50", [
      ("Samtal", "Samtal med pat inför hemgång. Maken har misstänkt Alzheimers sjukdom och utreds på minnesmottagningen, klarar inte att hjälpa henne med dusch och medicin."),
      ("Åtgärd", "Kontakt med biståndshandläggare i Vänersborg om korttidsplats."),
  ])],
  [], [("NL102", "n1")],
  "the suspected Alzheimer's belongs to the husband, not the patient")

C("neuro-talar-emot-gbs-parestesier", "skane", PAT("2000-12-05", "246"),
  [M("n1", "Akutanteckning", "sk_akut_lund", "Wilma Hägg", A, "2024-06-02 19:30", [
      ("Bedömning", "Normala reflexer, normal gång och normalt likvorprotein talar emot GBS. Inga hållpunkter för neuropati."),
      ("Diagnos", "Parestesier R20.2."),
  ])],
  [], [("NL102", "n1")],
  "'talar emot GBS' and 'Inga hållpunkter för neuropati' are negations")

C("neuro-ej-forenligt-med-ms", "vgr", PAT("1995-10-29", "147"),
  [M("n1", "Mottagningsanteckning", "vg_neuromott_su", "Selma Lindén", A, "2024-06-06 10:25", [
      ("Utredning", "MR hjärna och halsrygg: enstaka punktformiga subkortikala lesioner, ej förenligt med MS enligt McDonald 2017."),
      ("Bedömning", "Fynden är vanliga hos migränpatienter. Ingen vidare utredning."),
  ], setting="öppenvård")],
  [], [("NL102", "n1")],
  "hard negative: 'ej förenligt med MS' negates the 'förenligt med' hedge")

C("stroke-blodning-kan-uteslutas-wake-up", "skane", PAT("1946-05-30", "455"),
  [M("n1", "Akutanteckning", "sk_akut_malmo", "Melker Ståhl", A, "2024-06-10 07:15", [
      ("Utredning", "DT: blödning kan uteslutas, tidiga ischemiförändringar vä insula."),
      ("Bedömning", "Akut ischemisk stroke vä, wake-up stroke. Ej trombolys då MR saknar diffusion/FLAIR-mismatch."),
  ])],
  [], [("NL102", "n1")],
  "hard negative: 'kan uteslutas' (without 'ej') rules bleeding out")

C("neuro-inga-hallpunkter-for-myasteni", "vgr", PAT("1973-02-13", "303"),
  [M("n1", "Mottagningsanteckning", "vg_neuro_nal", "Anna-Karin Lund", A, "2024-06-14 13:35", [
      ("Utredning", "AChR- och MuSK-antikroppar negativa, singelfiber-EMG normalt."),
      ("Bedömning", "Inga hållpunker för myasteni. Ögonlocksptosen är senil aponeurotisk ptos, remiss till ögonkirurg."),
  ], setting="öppenvård")],
  [], [("NL102", "n1")],
  "typo in the negation 'Inga hållpunker för myasteni' — still negated")

C("stroke-ft-ej-mojligt-ganga", "skane", PAT("1950-01-19", "136"),
  [M("n1", "Fysioterapeutanteckning", "sk_stroke_kristianstad", "Kevin Borg", FT, "2024-06-18 10:40", [
      ("Aktivitet", "Ej möjligt att gångträna idag pga yrsel vid uppresning, ortostatiskt BT-fall från 142 till 108 systoliskt. Förflyttning säng-stol möjlig med stöd av en."),
      ("Planering", "Stödstrumpor, nytt försök i morgon förmiddag."),
  ])],
  [], [("NL102", "n1")],
  "hard negative: 'möjligt/möjlig' describes ability, not a diagnosis")

C("stroke-dd-migran-avford-tia", "vgr", PAT("1962-11-03", "267"),
  [M("n1", "Epikris", "vg_stroke_boras", "Sebastian Falk", A, "2024-06-21 14:00", [
      ("Diagnos", "TIA G45.9."),
      ("Epikris", "Tio minuters plötslig talsvårighet. DD migrän avförd då pat aldrig haft huvudvärk och symtomen kom utan marsch. Insatt på klopidogrel och atorvastatin."),
  ])],
  [], [("NL102", "n1")],
  "'DD migrän avförd' — the differential is ruled out; TIA is stated as the diagnosis")

C("stroke-at-fragestallning-boende", "skane", PAT("1938-12-24", "314"),
  [M("n1", "Arbetsterapeutanteckning", "sk_stroke_hbg", "Ellen Frisk", AT_, "2024-06-25 13:10", [
      ("Frågeställning", "Klarar pat att bo kvar i eget boende efter strokeinsjuknandet?"),
      ("Bedömning", "ADL-taxonomin: klarar toalettbesök och enklare matlagning, behöver hjälp med dusch. Hembesök planeras innan utskrivning."),
  ], signed=None)],
  [], [("NL102", "n1")],
  "'Frågeställning' asks about housing, not a diagnosis")

C("neuro-inga-tecken-pa-sinustrombs-typo", "skane", PAT("1993-03-03", "194"),
  [M("n1", "Läkaranteckning", "sk_neuro_lund", "Amanda Borgström", A, "2024-07-03 11:50", [
      ("Utredning", "MR med venografi: inga tecken på sinustrombs, normala flödessignaler."),
      ("Bedömning", "Postpartum huvudvärk efter spinalbedövning, blodpatch gjord igår med god effekt."),
  ])],
  [], [("NL102", "n1")],
  "typo 'sinustrombs' in a negated mention ('inga tecken på')")

C("neuro-eeg-forenligt-med-normalt", "vgr", PAT("2001-07-12", "381"),
  [M("n1", "Mottagningsanteckning", "vg_neuro_boras", "Tilda Holmström", A, "2024-07-06 14:20", [
      ("Utredning", "EEG förenligt med normalt vakenhets-EEG, ingen epileptiform aktivitet. 24-h EKG utan arytmier."),
      ("Diagnos", "Vasovagal synkope R55.9."),
  ], setting="öppenvård")],
  [], [("NL102", "n1")],
  "hard negative: 'förenligt med normalt' EEG — a normal finding is no diagnosis")

C("stroke-ssk-pat-oroar-sig-ingen-ny-stroke", "skane", PAT("1949-09-27", "433"),
  [M("n1", "Omvårdnadsanteckning", "sk_stroke_malmo", "Jessica Hermansson", SSK, "2024-07-10 02:30", [
      ("Omvårdnad", "Pat vaknar och känner sig konstig i hö arm. NIHSS oförändrat 2. Jourhavande dr har undersökt pat och konstaterar ingen ny stroke. Armen hade legat i kläm under kroppen, domningen släppte efter tio minuter."),
  ], signed=None)],
  [], [("NL102", "n1")],
  "unsigned nurse note: the patient's worry about a new stroke is answered with 'ingen ny stroke'")

C("stroke-fragetecken-pa-symtom-fragor", "vgr", PAT("1947-06-19", "229"),
  [M("n1", "Inskrivningsanteckning", "vg_stroke_skovde", "Ingrid Bohlin", A, "2024-07-13 16:05", [
      ("Anamnes", "Huvudvärk? Nej. Synstörning? Ja, ser inte åt vä sedan igår kväll. Kräkningar? Nej."),
      ("Bedömning", "Occipital infarkt hö med vä homonym hemianopsi, verifierad på DT. Körförbud informerat."),
  ])],
  [], [("NL102", "n1")],
  "question marks on symptoms in an anamnesis checklist, the diagnosis itself is verified")

C("stroke-lang-rondanteckning-bara-planhedgar", "skane", PAT("1943-02-21", "160"),
  [M("n1", "Daganteckning", "sk_stroke_lund", "Magnus Thorén", A, "2024-07-17 11:20", [
      ("Aktuellt", "Rond dag 4. 81-årig kvinna med infarkt i vä MCA-territoriet, trombektomerad 13/7 med TICI 2b. Sovit bra, äter halva portionerna. Dottern på besök i går och i dag, frågar om rehabilitering. Bor ensam i lägenhet på andra våningen med hiss, hemtjänst en gång per vecka för städning före insjuknandet. Tidigare hypertoni och hyperlipidemi, ex-rökare sedan 20 år."),
      ("Omvårdnad", "Enligt ssk: kateter avvecklad i går, kissar spontant i bäckenbotten-stol med hjälp. Sväljscreening godkänd, äter timbalkost med förtjockad dryck enligt logoped. Vänds var tredje timme nattetid, huden hel. Sömnen bra utan sömnmedel."),
      ("Status", "AT: vaken, samarbetar. Talar i korta meningar, viss ordletning, förstår enkla uppmaningar. Cor: rr, inga bljs. Pulm: vesikulärt bilat. BT 134/76, puls 68, sat 96 % på luft, temp 37,1. Neuro: hö facialispares central typ, hö arm 3/5 proximalt och 2/5 distalt, hö ben 4/5. NIHSS 7 (från 16 vid ankomst). Ljumske hö: ingen svullnad efter punktionen, pulsar palpabla i fotryggen."),
      ("Lab", "Hb 121, CRP 14, krea 82, LDL 3,6, HbA1c 41."),
      ("Utredning", "Kontroll-DT dag 1 utan blödningsomvandling. Telemetri 72 h: sinusrytm hela tiden."),
      ("Bedömning", "Stabilt förlopp efter trombektomi, gradvis förbättring av motorik och tal. Kardioembolisk källa ej påvisad hittills."),
      ("Planering", "Start ASA 75 mg och atorvastatin 80 mg från i dag. Eventuellt implanterbar loop-recorder via arytmimottagningen, tas upp på strokeronden. Ev. överflyttning till Orup nästa vecka om platstillgång. Fortsatt logoped, FT och AT dagligen, målet är förflyttning med en persons hjälp inom en vecka. Dottern får ringa mig i morgon efter kl 13."),
  ])],
  [], [("NL102", "n1"), ("NL101", "n1")],
  "long ward-round chart: the infarct is confirmed and every hedge ('Eventuellt', 'Ev.') is on a plan; nothing about telling")

C("stroke-logoped-afasi-ev-intensivtraning", "vgr", PAT("1959-09-04", "391"),
  [M("n1", "Logopedanteckning", "vg_rehab_hoglandet", "Hilda Nyberg", LOG, "2024-07-22 10:00", [
      ("Bedömning", "Afasi efter vänstersidig MCA-infarkt i april. Benämner 22/60 på BNT, förståelse relativt bevarad."),
      ("Planering", "Ev. intensivträning i grupp under hösten, beslut efter teamträff."),
  ], setting="öppenvård")],
  [], [("NL102", "n1")],
  "speech therapist: established aphasia; 'Ev.' hedges group training")

C("stroke-hustrun-tror-hon-haft-tia", "skane", PAT("1945-11-08", "362"),
  [M("n1", "Daganteckning", "sk_med_ystad", "Gustaf Lövgren", A, "2024-07-25 15:40", [
      ("Samtal", "Hustrun vid sängen, informerad om mannens infarkt i vä thalamus och att han fått ASA. Hon tror själv att hon kan ha haft en TIA förra året och uppmanas kontakta sin vårdcentral."),
  ])],
  [], [("NL102", "n1")],
  "the hedged TIA is the wife's, not the patient's")

C("neuro-lang-gbs-rond-trolig-siadh-i-lab", "vgr", PAT("1962-08-07", "236"),
  [M("n1", "Daganteckning", "vg_neuro_su", "Karin Lagerkvist", A, "2024-10-15 11:40", [
      ("Aktuellt", "Rond dag 9. 62-årig man med Guillain-Barrés syndrom, AIDP-variant, bekräftat med likvor och neurografi. Fått IVIG dag 1–5. Sedan i går något starkare i höfterna enligt FT, kan nu sitta utan stöd på sängkant i fem minuter. Smärta i ländryggen och låren nattetid, VAS 5, bättre med gabapentin. Sväljer bra. Hustrun är här dagligen och har många frågor om hur länge det tar innan han kan gå."),
      ("Status", "AT: vaken, klar, orienterad. Cor: regelbunden rytm 88/min, BT 152/94 liggande och 118/70 sittande. Pulm: vesikulärt, inga rassel. Buk: mjuk, oöm, tarmljud normala. Neuro: kranialnerver ua, ingen facialispares. Höftflexion 3/5 bilat (2/5 i fredags), knäextension 3/5, dorsalflexion fot 2/5 bilat. Armar: proximalt 4/5, greppstyrka nedsatt bilat. Areflexi i alla fyra extremiteter. Sensibilitet: nedsatt vibrationssinne distalt i benen. VK 3,1 l (3,0 l i går)."),
      ("Lab", "Hb 128, CRP 6, krea 71. Natrium 126 (134 för fem dagar sedan), S-osmolalitet 262, U-natrium 64. Trolig SIADH i samband med grundsjukdomen, vätskerestriktion 1 liter per dygn och nytt natrium i morgon."),
      ("Bedömning", "Långsam förbättring av motoriken efter IVIG, stabil andning. Autonom instabilitet med blodtryckssvängningar, telemetri i ytterligare tre dygn."),
      ("Planering", "Daglig FT och AT. Kurator kontaktar hustrun. Ställningstagande till rehabplats på Högsbo när han klarar förflyttning med en persons hjälp."),
  ])],
  [("NL102", "n1")], [("NL101", "n1")],
  "long ward-round chart where the one hedged diagnosis, 'Trolig SIADH', is buried in the Lab section")

C("stroke-ssk-natt-hustrun-vid-sangen-kand-blodning", "skane", PAT("1948-02-03", "277"),
  [M("n1", "Omvårdnadsanteckning", "sk_stroke_kristianstad", "Angelica Rask", SSK, "2024-10-18 05:50", [
      ("Omvårdnad", "Natt: hustrun sover i bädd på rummet och hjälper till vid vändning. Pat med känd hjärnblödning hö thalamus sover oroligt, vaknar och ropar två gånger. Kontroller enligt PM var fjärde timme, RLS 1 hela natten."),
      ("Elimination", "Kateter med klar urin, 1 150 ml sedan kl 20."),
  ], signed=None)],
  [], [("NL102", "n1")],
  "unsigned night nurse note with a relative at the bedside; the bleed is a known confirmed diagnosis and nothing is hedged")

# ---------------------------------------------------------------------------
# C. NL101 must: a diagnosis visible while the text says the patient is not told
# ---------------------------------------------------------------------------
C("tumor-meningiom-pat-ej-informerad", "skane", PAT("1964-03-25", "187"),
  [M("n1", "Akutanteckning", "sk_akut_hbg", "Sandra Ohlsson", A, "2024-01-19 18:30", [
      ("Aktuellt", "Ramlade på jobbet, snabbt återställd. DT skalle för att utesluta blödning."),
      ("Utredning", "DT: ingen blödning. Bifynd 5 cm extraaxiellt meningiom hö frontalt med lätt ödem."),
      ("Bedömning", "Pat ej informerad om meningiomet ännu, neurokirurgen i Lund ger besked på mottagningen i morgon."),
  ])],
  [("NL101", "n1")], [],
  "an incidental meningioma on CT stands in a visible section and the note says the patient is not told")

C("neuro-ms-stalld-ej-informerad-aterbesok", "vgr", PAT("1997-08-30", "352"),
  [M("n1", "Läkaranteckning", "vg_neuromott_su", "Rickard Lindholm", A, "2024-02-08 16:15", [
      ("Utredning", "Likvor: oligoklonala band i likvor men ej i serum, IgG-index 0,9."),
      ("Bedömning", "Tillsammans med MR-fynden är diagnosen skovvis förlöpande MS nu fastställd. Pat ännu inte informerad om MS-diagnosen, det görs vid återbesöket 12/2 av ansvarig neurolog."),
  ], setting="öppenvård")],
  [("NL101", "n1")], [],
  "MS diagnosis settled; the note says the patient is not yet informed")

C("tumor-ssk-ej-berattat-om-metastaserna", "skane", PAT("1956-11-16", "294"),
  [M("n1", "Omvårdnadsanteckning", "sk_nkir_lund", "Frida Lundqvist", SSK, "2024-02-21 11:40", [
      ("Omvårdnad", "Pat frågar upprepade gånger om DT-svaret. Läkaren har ännu ej berättat om hjärnmetastaserna för pat, samtal planerat kl 14 med dottern närvarande. Hänvisar vänligt till läkarsamtalet."),
  ])],
  [("NL101", "n1")], [],
  "a nurse's note names brain metastases and says the doctor has not yet told the patient")

C("tumor-familjen-vill-inte-att-pat-far-veta", "vgr", PAT("1940-04-14", "238"),
  [M("n1", "Läkaranteckning", "vg_neuro_boras", "Mona Falkenberg", A, "2024-03-01 13:25", [
      ("Samtal", "Sönerna vid sängkanten önskar att pappa inte får veta om glioblastomet. Pat har ej informerats om diagnosen. Förklarat att han har rätt att få veta om han frågar."),
  ])],
  [("NL101", "n1")], [],
  "relatives at the bedside ask that the patient not be told; the glioblastoma and 'ej informerats' are both visible")

C("tumor-epikris-pad-glioblastom-ej-besked", "skane", PAT("1959-01-29", "421"),
  [M("n1", "Epikris", "sk_nkir_lund", "Jacob Lindblad", A, "2024-03-14 14:50", [
      ("Diagnos", "Glioblastom vä temporallob C71.2, IDH-vildtyp."),
      ("Epikris", "Makroradikal resektion 6/3, okomplicerat postoperativt förlopp. Pat har inte fått besked om PAD-svaret, det lämnas på neuroonkologimottagningen 19/3."),
  ])],
  [("NL101", "n1")], [],
  "discharge summary lists the PAD-confirmed diagnosis and says no besked has been given")

C("stroke-ej-infomerad-ny-pons-infarkt-typo", "vgr", PAT("1952-07-01", "346"),
  [M("n1", "Daganteckning", "vg_stroke_su", "Isabelle Kron", A, "2024-03-20 15:35", [
      ("Utredning", "MR: ny infarkt i pons vä sida, utöver den kända i hö capsula interna."),
      ("Bedömning", "Pat ej infomerad om att MR visade en ny infarkt i pons, vill vänta tills maken är på plats i morgon."),
  ])],
  [("NL101", "n1")], [],
  "typo 'infomerad' in the not-told statement about a new pontine infarct")

C("neuro-als-besked-av-ansvarig-neurolog", "skane", PAT("1961-12-07", "273"),
  [M("n1", "Läkaranteckning", "sk_neuro_lund", "Anders Wigren", A, "2024-03-28 20:10", [
      ("Utredning", "EMG: utbredd aktiv och kronisk denervation i tre regioner, normala sensoriska svar."),
      ("Bedömning", "Motorneuronsjukdom (ALS) fastställd enligt Gold Coast-kriterierna. Beskedet ska ges av ansvarig neurolog på måndag och pat ska inte informeras av jouren under helgen."),
  ], signed=None)],
  [("NL101", "n1")], [],
  "unsigned on-call note: ALS is settled and the patient must not be told yet")

C("neuro-sinustrombos-sederad-ej-informerad", "skane", PAT("1998-10-11", "159"),
  [M("n1", "Läkaranteckning", "sk_neuroiva_lund", "Louise Backman", A, "2024-04-05 09:25", [
      ("Aktuellt", "Sinustrombos i sinus sagittalis superior med venös infarkt hö och status epilepticus i förrgår."),
      ("Bedömning", "Fortfarande sederad och intuberad, har inte kunnat informeras om sinustrombosen. Sambon informerad dagligen."),
  ])],
  [("NL101", "n1")], [],
  "the patient has not been told (sedated), the partner has; the diagnosis is visible")

C("neuro-myasteni-svar-ej-meddelat", "vgr", PAT("1948-05-21", "137"),
  [M("n1", "Läkaranteckning", "vg_neuro_nal", "Stina Hedberg", A, "2024-04-12 12:30", [
      ("Utredning", "AChR-antikroppar starkt positiva, 14 nmol/l."),
      ("Bedömning", "Generaliserad myasthenia gravis. Svaret ej meddelat patieten ännu, telefontid bokad fredag."),
  ])],
  [("NL101", "n1")], [],
  "antibody-confirmed myasthenia; typo 'patieten' in 'ej meddelat ... ännu'")

C("nkir-subduralhematom-n1-ej-informerad-n2-informerad", "skane", PAT("1939-06-08", "325"),
  [M("n1", "Akutanteckning", "sk_akut_lund", "Tor Bjurström", A, "2024-04-18 22:40", [
      ("Utredning", "DT: kroniskt subduralhematom bilat, 18 mm hö och 9 mm vä."),
      ("Bedömning", "Pat ej informerad om hematomen ikväll, mycket trött och förvirrad. Neurokirurgjour kontaktad, inläggning."),
  ]),
   M("n2", "Läkaranteckning", "sk_nkir_lund", "Sigrid Åkesson", A, "2024-04-19 10:20", [
      ("Samtal", "Informerat pat och sonen om det kroniska subduralhematomet på båda sidor och om plan för borrhålsdränage i eftermiddag. Pat förstår och samtycker."),
  ])],
  [("NL101", "n1")], [("NL101", "n2")],
  "n1 withholds the subdural hematoma visibly; n2 the next day tells the patient")

C("stroke-blodningsomvandling-vantar-pa-hustrun", "vgr", PAT("1950-08-28", "419"),
  [M("n1", "Daganteckning", "vg_stroke_nal", "Jonas Abrahamsson", A, "2024-04-24 16:55", [
      ("Utredning", "Kontroll-DT dygn 2 efter trombolys: hemorragisk omvandling PH1 i infarkten hö."),
      ("Bedömning", "Pat inte informerad om blödningsomvandlingen ännu, vill ha hustrun närvarande vid samtalet i morgon förmiddag. Trombocythämning pausas."),
  ])],
  [("NL101", "n1")], [],
  "hemorrhagic transformation named in Utredning; patient not informed")

C("stroke-karotisstenos-ej-informerad", "vgr", PAT("1946-12-02", "208"),
  [M("n1", "Läkaranteckning", "vg_stroke_skovde", "Patrik Almén", A, "2024-05-03 13:05", [
      ("Utredning", "DT-angio: 80 % symtomgivande stenos i a. carotis interna hö."),
      ("Bedömning", "Pat ej informerad om den högradiga karotisstenosen ännu, kärlkirurgen tar ställning till endarterektomi först."),
  ], signed=None)],
  [("NL101", "n1")], [],
  "high-grade carotid stenosis, visible, patient not informed")

C("tumor-cns-lymfom-besked-efter-mdk", "skane", PAT("1955-03-06", "442"),
  [M("n1", "Läkaranteckning", "sk_onk_lund", "Elisabet Nordgren", A, "2024-05-16 10:55", [
      ("Utredning", "Stereotaktisk biopsi: primärt diffust storcelligt B-cellslymfom i CNS."),
      ("Planering", "Besked till pat lämnas inte förrän efter MDK på torsdag, då behandlingsförslaget är klart."),
  ], setting="öppenvård")],
  [("NL101", "n1")], [],
  "CNS lymphoma stated; the patient is deliberately not told until after the MDK")

C("neuro-parkinson-datscan-ej-fatt-veta", "vgr", PAT("1953-09-19", "151"),
  [M("n1", "Mottagningsanteckning", "vg_neuromott_su", "Harald Juhlin", A, "2024-05-23 15:30", [
      ("Utredning", "DaTSCAN: nedsatt upptag i putamen bilat, vä > hö."),
      ("Bedömning", "Parkinsons sjukdom. Pat har inte fått veta resultatet, läkarbesök med anhörig bokat om två veckor."),
  ], setting="öppenvård")],
  [("NL101", "n1")], [],
  "'har inte fått veta resultatet' after a settled Parkinson diagnosis")

C("neuro-huntington-gentest-ej-svar", "skane", PAT("1984-06-17", "366"),
  [M("n1", "Läkaranteckning", "sk_neuromott_lund", "Helena Widerberg", A, "2024-06-05 12:15", [
      ("Utredning", "Gentest: 43 CAG-repetitioner i HTT-genen. Därmed är Huntingtons sjukdom bekräftad hos denna symtomatiska pat."),
      ("Planering", "Pat har ännu inte fått svaret. Besök tillsammans med genetisk vägledare bokat 14/6."),
  ], setting="öppenvård")],
  [("NL101", "n1")], [],
  "a genetically confirmed Huntington's disease is visible while the patient has not had the answer")

C("stroke-poststroke-epilepsi-informeras-vid-rond", "vgr", PAT("1944-10-24", "357"),
  [M("n1", "Daganteckning", "vg_stroke_boras", "Kristoffer Lind", A, "2024-06-13 17:45", [
      ("Bedömning", "Epilepsi efter stroke, nu andra oprovocerade anfallet med EEG-fynd hö temporalt. Pat ej informerad om diagnosen och om körförbud, görs vid rond i morgon."),
  ])],
  [("NL101", "n1")], [],
  "post-stroke epilepsy stated, patient not informed until tomorrow's rounds")

# ---------------------------------------------------------------------------
# D. NL101 must_not: told (today or earlier), only a relative not told, what is
#    not told is no diagnosis, protected place, nothing said about telling
# ---------------------------------------------------------------------------
C("neuro-sinustrombos-pat-och-make-infromerade-typo", "skane", PAT("1991-01-13", "486"),
  [M("n1", "Läkaranteckning", "sk_neuro_lund", "Sofie Thornberg", A, "2024-01-30 14:05", [
      ("Samtal", "Pat och make infromerade om sinustrombosen i sinus transversus vä och om behandling med dalteparin följt av apixaban i minst tre månader. P-pillren sätts ut."),
  ])],
  [], [("NL101", "n1")],
  "typo 'infromerade': the patient and husband have been told about the sinus thrombosis")

C("tumor-informerades-igar-av-dr", "vgr", PAT("1958-04-02", "319"),
  [M("n1", "Daganteckning", "vg_nkir_su", "Mathilda Runesson", A, "2024-02-12 10:35", [
      ("Aktuellt", "Högmalignt gliom hö frontalt, opereras på torsdag."),
      ("Samtal", "Pat informerades igår av dr Ekelund om tumörfyndet. Har idag frågor om prognos och arbetsförmåga, svarat så gott det går och erbjudit kuratorskontakt."),
  ])],
  [], [("NL101", "n1")],
  "the patient was told about the tumour yesterday")

C("stroke-blodning-pat-informerad-maken-inte", "skane", PAT("1960-02-25", "278"),
  [M("n1", "Daganteckning", "sk_stroke_malmo", "Nadia Karimi", A, "2024-02-16 13:50", [
      ("Bedömning", "Intracerebral blödning i vä basala ganglier, 12 ml, stabil på kontroll-DT."),
      ("Samtal", "Pat informerad om hjärnblödningen och vill själv berätta för maken, som ännu inte vet något om diagnosen."),
  ])],
  [], [("NL101", "n1")],
  "the patient is told; only the husband is not")

C("tumor-vgr-th-sokord-ej-informerad", "vgr", PAT("1966-09-23", "173"),
  [M("n1", "Läkaranteckning", "vg_neuro_su", "Peter Granath", A, "2024-02-24 15:15", [
      ("Aktuellt", "Inlagd för huvudvärk och ordletning, utredning pågår."),
      ("Tidiga hypoteser", "DT: ringladdande process vä, misstänkt glioblastom. Pat ej informerad, väntar på MR och neurokirurgisk bedömning."),
  ])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "VGR: the untold, hedged tumour sits only under sökord Tidiga hypoteser; the visible section holds no diagnosis")

C("tumor-skane-th-mall-ej-informerad", "skane", PAT("1971-05-08", "204"),
  [M("n1", "Tidiga hypoteser", "sk_akut_lund", "Vilhelm Ekman", A, "2024-03-02 02:55", [
      ("Bedömning", "DT efter första krampanfallet: 3 cm process vä parietalt, trolig metastas. Pat ej informerad i natt, ska tas upp av avdelningsläkaren i morgon."),
  ], signed=None)],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "Skåne: the untold, hedged diagnosis is written in the Tidiga hypoteser template")

C("tumor-meningiom-opdatum-ej-meddelat", "skane", PAT("1963-07-27", "265"),
  [M("n1", "Mottagningsanteckning", "sk_nkir_lund", "Linn Andersson", SSK, "2024-03-07 09:45", [
      ("Aktuellt", "Meningiom hö frontalt, pat fick besked förra veckan och vill opereras."),
      ("Planering", "Operationsdatum ej klart, pat ännu ej informerad om tid. Ringer när planeringen är lagd."),
  ], setting="öppenvård")],
  [], [("NL101", "n1")],
  "what is not yet told is the operation date; the diagnosis was told last week")

C("neuro-remiss-skickad-ej-meddelat", "vgr", PAT("1977-11-13", "342"),
  [M("n1", "Mottagningsanteckning", "vg_neuromott_su", "Olivia Sten", A, "2024-03-13 11:20", [
      ("Aktuellt", "Känt hypofysadenom sedan 2022, nu lätt synfältspåverkan bitemporalt."),
      ("Planering", "Remiss skickad till neurokirurgen SU; pat ännu inte underrättad om att remissen gått iväg, meddelas via 1177."),
  ], setting="öppenvård")],
  [], [("NL101", "n1")],
  "the untold item is that a referral was sent, not a diagnosis")

C("neuro-epilepsi-normalt-eeg-ej-meddelat", "skane", PAT("1988-08-02", "183"),
  [M("n1", "Telefonanteckning", "sk_neuromott_hbg", "Klara Wessman", SSK, "2024-03-19 16:10", [
      ("Telefonkontakt", "Juvenil myoklon epilepsi, anfallsfri på lamotrigin i tre år. Kontroll-EEG normalt, ännu ej meddelat pat då hon inte svarade. Nytt försök i morgon."),
  ], setting="öppenvård")],
  [], [("NL101", "n1")],
  "the untold item is a normal EEG; the epilepsy is long known")

C("stroke-trombektomi-inget-om-information", "vgr", PAT("1952-12-18", "224"),
  [M("n1", "Läkaranteckning", "vg_stroke_su", "Elias Moberg", A, "2024-03-23 19:25", [
      ("Bedömning", "Akut ischemisk stroke vä MCA, ocklusion av M1 vä. Trombektomi utförd kl 18.40 med TICI 3, NIHSS 14 före och 5 efter."),
      ("Planering", "Kontroll-DT om 24 h, BT-mål under 180/105."),
  ], signed=None)],
  [], [("NL101", "n1")],
  "a confirmed stroke, and nothing is said about telling the patient")

C("neuro-telefon-berattat-att-mr-bekraftar-ms", "vgr", PAT("1999-02-28", "386"),
  [M("n1", "Telefonanteckning", "vg_neuro_boras", "Erika Ljung", A, "2024-04-01 13:40", [
      ("Telefonkontakt", "Ringt pat och berättat att MR och likvor bekräftar MS. Hon hade väntat sig det, får tid hos MS-sjuksköterskan på tisdag för behandlingsval."),
  ], setting="öppenvård")],
  [], [("NL101", "n1")],
  "the diagnosis is told by telephone")

C("neuro-gbs-informerad-ivig-tider-ej", "skane", PAT("1968-04-09", "213"),
  [M("n1", "Daganteckning", "sk_neuro_lund", "Hampus Berggren", A, "2024-04-07 11:15", [
      ("Bedömning", "Guillain-Barrés syndrom, bekräftat med albumino-cytologisk dissociation och demyeliniserande ENeG. Pat informerad om diagnosen på morgonen."),
      ("Planering", "IVIG 0,4 g/kg x 5. Pat ej informerad ännu om infusionstiderna, ssk meddelar när apoteket levererat."),
  ])],
  [], [("NL101", "n1")],
  "told about GBS; only the infusion schedule is not told")

C("neuro-vgr-th-sen-anteckning-berattat", "vgr", PAT("1975-10-16", "255"),
  [M("n1", "Läkaranteckning", "vg_neuro_nal", "Sven Ahlqvist", A, "2024-04-13 10:00", [
      ("Tidiga hypoteser", "Misstänkt multipel systematrofi, pat ej informerad i väntan på autonom testning."),
      ("Aktuellt", "Stelhet, fall och yrsel vid uppresning, utredning pågår."),
  ], setting="öppenvård"),
   M("n2", "Läkaranteckning", "vg_neuro_nal", "Sven Ahlqvist", A, "2024-05-02 10:30", [
      ("Samtal", "Autonom testning med uttalad ortostatisk hypotension. Berättat för pat och hustrun att det rör sig om multipel systematrofi, MSA-P. Diagnosen därmed kommunicerad, fortsatt dokumentation i vanliga sökord."),
  ], setting="öppenvård")],
  [], [("NL101", "n1"), ("NL101", "n2")],
  "n1 keeps the untold hypothesis under Tidiga hypoteser; n2 tells the patient and moves it to a visible section")

C("tumor-dt-normal-ej-meddelat-sover", "vgr", PAT("1985-06-20", "168"),
  [M("n1", "Akutanteckning", "vg_akut_su", "Lovisa Malm", A, "2024-04-20 03:35", [
      ("Utredning", "DT hjärna: ingen tumör, ingen blödning, inga expansiva processer."),
      ("Bedömning", "Pat inte informerad om DT-svaret ännu då hon sover på observationsplats, tas upp vid morgonronden."),
  ])],
  [], [("NL101", "n1")],
  "what is not yet told is a normal CT; no diagnosis is withheld")

C("stroke-ssk-fatt-besked-gravid", "skane", PAT("1990-12-30", "405"),
  [M("n1", "Omvårdnadsanteckning", "sk_stroke_hbg", "Tuva Ekberg", SSK, "2024-04-26 16:40", [
      ("Omvårdnad", "Pat har fått besked av dr Ahlgren om strokediagnosen och dissektionen i halskärlet, gråter och är rädd för graviditeten i v. 22. Stödsamtal, mannen på väg."),
  ])],
  [], [("NL101", "n1")],
  "nurse records that the patient has been told the diagnosis")

C("neuro-myasteni-tymom-informerad-ct-tid-ej", "vgr", PAT("1971-01-03", "261"),
  [M("n1", "Mottagningsanteckning", "vg_neuro_su", "Joel Dahlin", A, "2024-05-19 14:10", [
      ("Bedömning", "Myasthenia gravis med tymom på DT thorax. Båda fynden genomgångna med pat idag."),
      ("Planering", "Thoraxkirurgisk bedömning, pat har inte fått kallelsen ännu men den skickas denna vecka."),
  ], setting="öppenvård")],
  [], [("NL101", "n1")],
  "the diagnoses were gone through with the patient; the not-yet-received letter is no diagnosis")


# ============================================================================
# validation and output
# ============================================================================
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def parse_ts(s):
    return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")


def age_at(birth, when):
    b = datetime.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        nm = c.get("case")
        where = "case %s" % nm
        if set(c) != CASE_KEYS:
            errs.append("%s: keys %s" % (where, sorted(c)))
        if nm in names:
            errs.append("%s: duplicate case name" % where)
        names.add(nm)
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", nm or ""):
            errs.append("%s: bad case name" % where)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset %r" % (where, c["ruleset"]))
        if not c["why"] or len(c["why"]) < 10:
            errs.append("%s: missing why" % where)
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            errs.append("%s: record keys %s" % (where, sorted(rec)))
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                errs.append("%s: %s must be empty" % (where, k))
        pat = rec["patient"]
        if set(pat) != {"id", "birth_date", "protected_identity"}:
            errs.append("%s: patient keys" % where)
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", pat["id"])
        if not m:
            errs.append("%s: personnummer format %s" % (where, pat["id"]))
        else:
            if "%s-%s-%s" % m.group(1, 2, 3) != pat["birth_date"]:
                errs.append("%s: personnummer does not match birth_date" % where)
            if not luhn_ok(pat["id"][2:8] + pat["id"][9:]):
                errs.append("%s: Luhn check fails for %s" % (where, pat["id"]))
        try:
            as_of = parse_ts(rec["as_of"])
        except ValueError:
            errs.append("%s: bad as_of" % where)
            continue
        if as_of.year != 2024:
            errs.append("%s: as_of not in 2024" % where)
        age = age_at(pat["birth_date"], as_of)
        if 13 <= age <= 15 or age < 0:
            errs.append("%s: patient age %d not allowed" % (where, age))
        ids = {}
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (where, sorted(n)))
            if n["id"] in ids:
                errs.append("%s: duplicate note id %s" % (where, n["id"]))
            ids[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s: system %s" % (where, n["system"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR note must be Melior" % where)
            if c["ruleset"] == "vgr" and not n["unit"]["hsa_id"].startswith(VG):
                errs.append("%s: VGR case with non-VGR unit" % where)
            if c["ruleset"] == "skane" and not n["unit"]["hsa_id"].startswith(SK):
                errs.append("%s: Skåne case with non-Skåne unit" % where)
            unit_key = [k for k, v in UNITS.items() if v[1] == n["unit"]["hsa_id"]][0]
            if (n["system"] == "PMO") != (unit_key in PMO_UNITS):
                errs.append("%s: system/unit mismatch %s" % (where, unit_key))
            if c["ruleset"] == "vgr" and n["template"] == "Tidiga hypoteser":
                errs.append("%s: VGR protects by sökord, not template" % where)
            t = parse_ts(n["time"])
            if t.year != 2024 or t > as_of:
                errs.append("%s: note time %s" % (where, n["time"]))
            if n["signed"] is not None:
                s = parse_ts(n["signed"])
                if s.year != 2024 or s < t or s > as_of:
                    errs.append("%s: signed %s" % (where, n["signed"]))
            if not n["sections"]:
                errs.append("%s: note without sections" % where)
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["keyword"] or not sec["text"].strip():
                    errs.append("%s: bad section" % where)
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = " ".join(sent.split())
                    if len(sent) >= 25:
                        key = sent.lower()
                        if key in sentences and sentences[key] != nm:
                            errs.append("%s: sentence also in %s: %r" % (where, sentences[key], sent))
                        elif key in sentences:
                            errs.append("%s: sentence twice in case: %r" % (where, sent))
                        sentences[key] = nm
        seen = set()
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % where)
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2:
                    errs.append("%s: bad assertion %r" % (where, item))
                    continue
                code, target = item
                if code not in CODES:
                    errs.append("%s: code %s" % (where, code))
                if target not in ids:
                    errs.append("%s: target %s does not exist" % (where, target))
                    continue
                if (code, target) in seen:
                    errs.append("%s: %s on %s asserted twice" % (where, code, target))
                seen.add((code, target))
                sysm = ids[target]["system"]
                # NL102 can only fire on Melior; on PMO it is always must_not
                if code == "NL102" and sysm != "Melior" and lst == "must":
                    errs.append("%s: NL102 must on %s note" % (where, sysm))
                if code == "NL101" and sysm == "PMO":
                    errs.append("%s: NL101 asserted on PMO note" % where)
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(errs), file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    tally = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                tally[(code, lst)] = tally.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for code in sorted(CODES):
        print("  %s must %d, must_not %d" % (code, tally.get((code, "must"), 0), tally.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
