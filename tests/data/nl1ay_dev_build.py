#!/usr/bin/env python3
"""Gold cases for notelint NL1 (writer: nl1ay_dev_cases).

Theme: NL101 in acute and inpatient care (emergency department, ICU, surgical and
medical wards, stroke unit, geriatrics, palliative care) and NL102 for hedged diagnoses
in the same kind of notes. Melior notes only, regions Skåne and VGR.

All cases are data below. `python3 build.py` writes nl1ay_dev_cases.jsonl beside this
file and validates it; it exits 1 on any problem. No dependencies, deterministic.
"""
import datetime
import json
import os
import re
import sys

NAME = "nl1ay_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

# --------------------------------------------------------------------------- units
_SK = "SE2321000255-"
_VG = "SE2321000131-"
UNITS = {
    # Skåne (Melior hospitals)
    "sus_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", _SK + "4101"),
    "sus_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", _SK + "4102"),
    "sus_iva_lund": ("Intensivvårdsavdelningen, Skånes universitetssjukhus Lund", _SK + "4113"),
    "sus_iva_malmo": ("Intensivvårdsavdelningen, Skånes universitetssjukhus Malmö", _SK + "4114"),
    "sus_stroke_lund": ("Strokeenheten, Skånes universitetssjukhus Lund", _SK + "4125"),
    "sus_stroke_malmo": ("Strokeavdelningen, Skånes universitetssjukhus Malmö", _SK + "4126"),
    "sus_geri_malmo": ("Akutgeriatriken, Skånes universitetssjukhus Malmö", _SK + "4137"),
    "sus_kir_lund": ("Kirurgiavdelning 4, Skånes universitetssjukhus Lund", _SK + "4148"),
    "sus_kir_malmo": ("Kolorektalkirurgiska avdelningen, Skånes universitetssjukhus Malmö", _SK + "4149"),
    "sus_barnakut_lund": ("Barnakuten, Skånes universitetssjukhus Lund", _SK + "4150"),
    "sus_barnonk_lund": ("Barnonkologiska avdelningen, Skånes universitetssjukhus Lund", _SK + "4151"),
    "sus_barniva_lund": ("Barnintensiven, Skånes universitetssjukhus Lund", _SK + "4152"),
    "sus_hem_lund": ("Hematologiavdelningen, Skånes universitetssjukhus Lund", _SK + "4163"),
    "sus_hia_lund": ("Hjärtintensiven, Skånes universitetssjukhus Lund", _SK + "4164"),
    "sus_neuro_lund": ("Neurologiavdelningen, Skånes universitetssjukhus Lund", _SK + "4175"),
    "sus_inf_malmo": ("Infektionskliniken avd 7, Skånes universitetssjukhus Malmö", _SK + "4176"),
    "sus_asih_lund": ("ASIH Lund, Skånes universitetssjukhus", _SK + "4187"),
    "hlm_palliativ": ("Palliativa slutenvårdsavdelningen, Hässleholms sjukhus", _SK + "4188"),
    "hbg_akut": ("Akutmottagningen, Helsingborgs lasarett", _SK + "4201"),
    "hbg_med": ("Medicinavdelning 52, Helsingborgs lasarett", _SK + "4202"),
    "hbg_iva": ("Intensivvårdsavdelningen, Helsingborgs lasarett", _SK + "4203"),
    "csk_med": ("Medicinavdelning 11, Centralsjukhuset Kristianstad", _SK + "4214"),
    "csk_iva": ("Intensivvårdsavdelningen, Centralsjukhuset Kristianstad", _SK + "4215"),
    "csk_kir": ("Kirurgavdelning 14, Centralsjukhuset Kristianstad", _SK + "4216"),
    "ystad_akut": ("Akutmottagningen, Lasarettet i Ystad", _SK + "4227"),
    "ystad_ort": ("Ortopedavdelningen, Lasarettet i Ystad", _SK + "4228"),
    "trbg_kir": ("Kirurgavdelningen, Lasarettet Trelleborg", _SK + "4239"),
    "lkr_geri": ("Geriatriska avdelningen, Lasarettet Landskrona", _SK + "4240"),
    "agh_med": ("Medicinavdelningen, Ängelholms sjukhus", _SK + "4251"),
    # Västra Götaland (Melior hospitals)
    "su_akut": ("Akutmottagningen Sahlgrenska, Sahlgrenska Universitetssjukhuset", _VG + "7301"),
    "su_akut_ostra": ("Akutmottagningen Östra, Sahlgrenska Universitetssjukhuset", _VG + "7302"),
    "su_civa": ("Centrala intensivvårdsavdelningen, Sahlgrenska Universitetssjukhuset", _VG + "7313"),
    "su_niva": ("Neurointensivvårdsavdelningen, Sahlgrenska Universitetssjukhuset", _VG + "7314"),
    "su_stroke": ("Strokeenheten, Sahlgrenska Universitetssjukhuset", _VG + "7325"),
    "su_geri_mndl": ("Akutgeriatriken, Sahlgrenska Universitetssjukhuset/Mölndal", _VG + "7336"),
    "su_kir_ostra": ("Kirurgavdelning 303, Sahlgrenska Universitetssjukhuset/Östra", _VG + "7347"),
    "su_barnakut": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", _VG + "7358"),
    "su_barnonk": ("Barncancercentrum, Drottning Silvias barn- och ungdomssjukhus", _VG + "7359"),
    "su_barniva": ("Barnintensiven, Drottning Silvias barn- och ungdomssjukhus", _VG + "7360"),
    "su_hem": ("Hematologiavdelning 136, Sahlgrenska Universitetssjukhuset", _VG + "7371"),
    "su_palliativ": ("Palliativa enheten, Sahlgrenska Universitetssjukhuset/Mölndal", _VG + "7382"),
    "su_med_ostra": ("Medicinavdelning 331, Sahlgrenska Universitetssjukhuset/Östra", _VG + "7393"),
    "nal_med": ("Medicinavdelning 22, NU-sjukvården NÄL", _VG + "7404"),
    "nal_iva": ("Intensivvårdsavdelningen, NU-sjukvården NÄL", _VG + "7405"),
    "nal_akut": ("Akutmottagningen, NU-sjukvården NÄL", _VG + "7406"),
    "udd_geri": ("Geriatrik och palliativ vård, NU-sjukvården Uddevalla sjukhus", _VG + "7417"),
    "sas_akut": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", _VG + "7428"),
    "sas_med": ("Medicinavdelning M5, Södra Älvsborgs Sjukhus Borås", _VG + "7429"),
    "sas_kir": ("Kirurgavdelning K3, Södra Älvsborgs Sjukhus Borås", _VG + "7430"),
    "skas_stroke": ("Strokeavdelningen, Skaraborgs Sjukhus Skövde", _VG + "7441"),
    "skas_iva": ("Intensivvårdsavdelningen, Skaraborgs Sjukhus Skövde", _VG + "7442"),
    "skas_akut": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", _VG + "7443"),
    "kung_med": ("Medicinavdelning 1, Kungälvs sjukhus", _VG + "7454"),
    "als_geri": ("Geriatriska avdelningen, Alingsås lasarett", _VG + "7465"),
    "su_inf_ostra": ("Infektionsavdelning 3, Sahlgrenska Universitetssjukhuset/Östra", _VG + "7476"),
}


# --------------------------------------------------------------------------- helpers
def _luhn_check(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def P(birth, serial):
    """Patient with a Luhn-valid personnummer for birth date YYYY-MM-DD."""
    ymd = birth.replace("-", "")
    nine = ymd[2:] + "%03d" % serial
    return {"id": "%s-%03d%d" % (ymd, serial, _luhn_check(nine)),
            "birth_date": birth, "protected_identity": False}


def N(nid, unit, author, time, signed, template, setting, sections, refs=()):
    """A Melior note. signed = minutes after `time`, or None for an unsigned draft."""
    name, hsa = UNITS[unit]
    t = datetime.datetime.strptime(time, "%Y-%m-%dT%H:%M")
    signed_s = None
    if signed is not None:
        signed_s = (t + datetime.timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S")
    return {"id": nid, "system": "Melior", "template": template,
            "unit": {"name": name, "hsa_id": hsa},
            "author": {"name": author[0], "role": author[1]},
            "time": t.strftime("%Y-%m-%dT%H:%M:%S"), "signed": signed_s,
            "setting": setting, "refs": list(refs),
            "sections": [{"keyword": k, "text": v} for k, v in sections]}


CASES = []


def C(name, ruleset, patient, notes, must=(), must_not=(), why=""):
    last = max(datetime.datetime.strptime(n["signed"] or n["time"], "%Y-%m-%dT%H:%M:%S")
               for n in notes)
    as_of = (last + datetime.timedelta(days=2)).strftime("%Y-%m-%dT00:00:00")
    record = {"patient": patient, "as_of": as_of, "notes": notes,
              "access_events": [], "conversations": [], "treatments": []}
    CASES.append({"case": name, "ruleset": ruleset, "record": record,
                  "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
                  "why": why})


def n1(unit, author, time, signed, template, setting, sections):
    return [N("n1", unit, author, time, signed, template, setting, sections)]


# role shorthands
L, SSK, USK = "läkare", "sjuksköterska", "undersköterska"
KUR, FT, AT = "kurator", "fysioterapeut", "arbetsterapeut"
DIET, PSY, LOG = "dietist", "psykolog", "logoped"

# =========================================================================== CASES
# --------------------------------------------------------------------------- NL101 must
C("iva-sederad-sab-hustru-informerad", "skane", P("1965-08-14", 153),
  n1("sus_iva_lund", ("Henrik Ståhl", L), "2024-02-14T10:20", 35, "Daganteckning", "intensivvård", [
      ("Aktuellt", "Vårddygn 2 efter endovaskulär coiling av rupturerat aneurysm på a. communicans anterior. "
                   "Subaraknoidalblödning Hunt & Hess 3, Fisher 4."),
      ("Status", "Sederad med propofol, RASS -4. Pupiller isokora, ljusreaktion bilat. Cirk stabil utan noradrenalin."),
      ("Information", "Pat har pga sederingen ännu inte kunnat informeras om blödningen eller ingreppet. "
                      "Hustrun informerad per telefon av undertecknad kl 09.40."),
  ]),
  must=[("NL101", "n1")],
  why="sedated ICU patient not yet told about a subarachnoid haemorrhage that is written in a visible section")

C("civa-intuberad-legionella-son-informerad", "vgr", P("1951-11-03", 271),
  n1("su_civa", ("Maria Lindqvist", L), "2024-03-05T11:05", 50, "Daganteckning", "intensivvård", [
      ("Bedömning", "Legionellapneumoni, verifierad med positivt urinantigen och PCR på trakealsekret. "
                    "Svår hypoxisk svikt, intuberad sedan igår kväll."),
      ("Information", "Pat ej informerad om diagnosen då han är sövd. Sonen informerad vid besök på avdelningen."),
  ]),
  must=[("NL101", "n1")],
  why="intubated patient not informed, only the son: confirmed diagnosis in Bedömning")

C("kir-postop-konfusion-sigmoideumtumor", "skane", P("1942-04-22", 482),
  n1("sus_kir_lund", ("Ebba Karlsson", L), "2024-01-18T13:30", 40, "Rondanteckning", "slutenvård", [
      ("Aktuellt", "Postop dag 1 efter akut laparotomi pga ileus. Peroperativt fynd av stenoserande tumör i "
                   "colon sigmoideum, Hartmanns operation utförd. Svar på PAD väntas om ca 10 dagar."),
      ("Status", "Konfusorisk under natten, plockar på dränage. AT i övrigt ok, buken mjuk, stomin rosa."),
      ("Planering", "Pat är fortfarande förvirrad och har ännu inte fått information om tumörfyndet. "
                    "Dottern informerad per telefon. Ansvarig kirurg tar samtalet när pat är klarare."),
  ]),
  must=[("NL101", "n1")],
  why="post-operative delirium: tumour written in the note, patient not yet informed, daughter was")

C("geri-alzheimer-levermetastaser-dotter", "vgr", P("1936-09-30", 124),
  n1("su_geri_mndl", ("Jonas Berglund", L), "2024-04-09T15:10", 25, "Läkaranteckning", "slutenvård", [
      ("Aktuellt", "91-årig kvinna med känd Alzheimers sjukdom, inlagd för viktnedgång och fall i hemmet."),
      ("Undersökningar", "DT buk med kontrast: multipla levermetastaser, primärtumör ej säkert identifierad."),
      ("Information", "Pat har inte informerats om DT-fyndet eftersom hon i nuläget inte bedöms kunna ta till "
                      "sig informationen. Dottern, som är kontaktperson, informerad per telefon."),
  ]),
  must=[("NL101", "n1")],
  why="patient with dementia not told about liver metastases that are named in the note")

C("stroke-afasi-bifynd-meningeom", "skane", P("1958-02-11", 295),
  n1("sus_stroke_lund", ("Per Åkesson", L), "2024-02-27T09:45", 30, "Daganteckning", "slutenvård", [
      ("Aktuellt", "Dag 3 på strokeenheten. Ischemisk stroke vä a. cerebri media-område, trombolyserad."),
      ("Undersökningar", "MR hjärna visar utöver den akuta infarkten en 2 cm extraaxial expansivitet frontalt "
                         "höger, trol. meningeom."),
      ("Information", "Pat har uttalad expressiv afasi och har ej informerats om bifyndet. "
                      "Tas när språket förbättrats, med logoped närvarande."),
  ]),
  must=[("NL101", "n1"), ("NL102", "n1")],
  why="aphasic stroke patient not told about a probable meningioma: hedged and untold, both rules")

C("akut-somaliska-lungemboli-tolk-imorgon", "vgr", P("1979-06-02", 618),
  n1("sas_akut", ("Abdirahman Warsame", L), "2024-05-12T03:20", 20, "Akutjournal", "akutmottagning", [
      ("Kontaktorsak", "Andfåddhet och bröstsmärta sedan två dagar."),
      ("Bedömning", "DT-angio lungor visar bilateral lungemboli utan högerkammarbelastning."),
      ("Information", "Pat talar endast somaliska och ingen tolk har gått att nå under natten. "
                      "Pat ej informerad om diagnosen, bara om att vi ger blodförtunnande i spruta. "
                      "Information med tolk på vårdavdelningen imorgon förmiddag."),
  ]),
  must=[("NL101", "n1")],
  why="interpreter not available at night: pulmonary embolism written, patient told only about treatment")

C("med-ovarialcancer-make-och-son-forst", "skane", P("1960-12-19", 346),
  n1("hbg_med", ("Lena Sjöberg", L), "2024-03-20T16:25", 45, "Samtalsanteckning", "slutenvård", [
      ("Samtal med närstående", "Samtal med make och son i enskilt rum. Informerade om att ultraljud och DT "
                                "visar utbredd ovarialcancer med peritoneal karcinos och ascites."),
      ("Planering", "Maken önskar vara med när pat får beskedet. Pat själv ännu ej informerad, samtal "
                    "planerat imorgon kl 10 med ansvarig läkare och kontaktsjuksköterska."),
  ]),
  must=[("NL101", "n1")],
  why="relatives informed before the patient about an ovarian cancer written in a visible note")

C("barnonk-all-foraldrar-ej-besked", "vgr", P("2018-01-25", 462),
  n1("su_barnonk", ("Sofia Engström", L), "2024-06-04T12:15", 20, "Läkaranteckning", "slutenvård", [
      ("Aktuellt", "6-årig flicka inlagd från barnakuten med pancytopeni och hepatosplenomegali."),
      ("Undersökningar", "Benmärgsprov med flödescytometri bekräftar akut lymfatisk leukemi av pre-B-typ."),
      ("Planering", "Föräldrarna har ännu inte fått beskedet. Informationssamtal bokat kl 14 med ansvarig "
                    "barnonkolog och kurator."),
  ]),
  must=[("NL101", "n1")],
  why="child under 13: guardians, who read the journal, not yet told about confirmed leukaemia")

C("med-njurtumor-besked-vid-rond", "skane", P("1954-07-07", 519),
  n1("csk_med", ("Oskar Lindahl", L), "2024-02-02T22:40", 15, "Jouranteckning", "slutenvård", [
      ("Aktuellt", "Jourbedömning. Pat inlagd för makroskopisk hematuri."),
      ("Undersökningar", "DT urografi besvarad i kväll: 6 cm solid tumör i vänster njure, radiologiskt "
                         "njurcellscancer, inga metastaser."),
      ("Planering", "Pat sov när svaret kom och informeras vid morgondagens rond."),
  ]),
  must=[("NL101", "n1")],
  why="telling postponed to the ward round: renal cell cancer already in a visible section")

C("med-lymfom-ansvarig-lakare-tisdag", "vgr", P("1949-10-10", 233),
  n1("nal_med", ("Fredrik Olausson", L), "2024-04-26T14:00", None, "Läkaranteckning", "slutenvård", [
      ("Undersökningar", "Svar på mellannålsbiopsi från lymfkörtel i vä axill: diffust storcelligt "
                         "B-cellslymfom."),
      ("Bedömning", "Besked till pat lämnas av ansvarig läkare dr Holm på tisdag. Pat ej informerad ännu."),
  ]),
  must=[("NL101", "n1")],
  why="telling left to the responsible doctor: lymphoma written, patient not yet informed")

C("kir-appendix-net-telefon-ej-svar", "skane", P("1988-03-16", 420),
  n1("trbg_kir", ("Nils Bengtsson", L), "2024-04-15T15:35", 10, "Telefonanteckning", "öppenvård", [
      ("Aktuellt", "PAD från akut appendektomi 2/4: neuroendokrin tumör 1,4 cm i appendixspetsen, radikalt "
                   "exstirperad."),
      ("Åtgärd", "Ringt pat två gånger under eftermiddagen, inget svar. Ej nått pat, nytt försök imorgon "
                 "förmiddag."),
  ]),
  must=[("NL101", "n1")],
  why="telephone call did not reach the patient: the tumour diagnosis is already in the note")

C("iva-hjartstopp-stemi-hypotermi", "vgr", P("1962-05-28", 559),
  n1("skas_iva", ("Karl Nyström", L), "2024-01-09T08:50", 40, "Inskrivningsanteckning", "intensivvård", [
      ("Anamnes", "Inkom efter hjärtstopp i hemmet, bystander-HLR, VF, ROSC efter 14 min. "
                  "Koronarangiografi visade ocklusion av proximala LAD, PCI med ett stent."),
      ("Bedömning", "Akut hjärtinfarkt (STEMI) med hjärtstopp. Temperaturkontroll 36 grader i 24 h."),
      ("Information", "Pat sövd, ingen information till honom möjlig ännu. Hustrun informerad på plats."),
  ]),
  must=[("NL101", "n1")],
  why="patient kept asleep after cardiac arrest: myocardial infarction written, only wife told")

C("palliativ-hjarnmetastaser-dotter-avvaktar", "skane", P("1947-01-31", 318),
  n1("hlm_palliativ", ("Annika Persson", L), "2024-03-11T11:20", 30, "Läkaranteckning", "palliativ slutenvård", [
      ("Aktuellt", "Känd lungcancer under palliativ vård. Ny förvirring sedan tre dagar."),
      ("Undersökningar", "DT hjärna: multipla hjärnmetastaser med omgivande ödem."),
      ("Bedömning", "Pat konfusorisk och informeras inte om metastaserna i dagsläget. Samtal med dottern, som "
                    "är informerad och önskar att vi avvaktar med att berätta."),
  ]),
  must=[("NL101", "n1")],
  why="palliative care: new brain metastases named, patient not informed, daughter was")

C("geri-hoftfraktur-myelom-efter-helgen", "skane", P("1939-06-17", 501),
  n1("lkr_geri", ("Gustav Hedlund", L), "2024-05-17T13:05", None, "Läkaranteckning", "slutenvård", [
      ("Aktuellt", "Opererad för trokantär femurfraktur hö för en vecka sedan. Utredning av anemi och "
                   "hyperkalcemi."),
      ("Undersökningar", "Elfores med M-komponent IgG 38 g/L. Benmärgsbiopsi: 40 % klonala plasmaceller, "
                         "förenligt med multipelt myelom."),
      ("Planering", "Pat har ännu inte fått veta. Ansvarig läkare tar samtalet efter helgen tillsammans med "
                    "sonen, som pat önskar ska delta."),
  ]),
  must=[("NL101", "n1")],
  why="geriatric ward: myeloma written, patient 'has not yet been told' until after the weekend")

C("stroke-forsmaksflimmer-ej-informerad", "vgr", P("1944-12-05", 167),
  n1("skas_stroke", ("Helena Wik", L), "2024-02-20T10:15", 20, "Daganteckning", "slutenvård", [
      ("Aktuellt", "Dag 4. Infarkt i hö hemisfär med vänstersidig hemipares och neglekt."),
      ("Undersökningar", "Telemetri har registrerat paroxysmalt förmaksflimmer i flera timmar i natt."),
      ("Bedömning", "Kardioembolisk genes. Pat ej informerad om flimret ännu, tas vid rond imorgon då "
                    "antikoagulation också ska diskuteras."),
  ]),
  must=[("NL101", "n1")],
  why="stroke unit: newly found atrial fibrillation written, patient not yet informed")

C("akut-le-bifynd-lungtumor-atterbesok", "skane", P("1957-09-09", 388),
  n1("sus_akut_malmo", ("Amir Haddad", L), "2024-06-10T19:30", 25, "Akutjournal", "akutmottagning", [
      ("Bedömning", "Segmentell lungemboli hö underlob. Pat informerad om lungembolin och behandlingen med "
                    "apixaban."),
      ("Undersökningar", "Bifynd på DT: 2 cm spikulerad förändring i vä överlob, misstänkt lungtumör."),
      ("Planering", "Bifyndet har inte tagits upp med pat ännu, det sker vid återbesöket efter PET-DT."),
  ]),
  must=[("NL101", "n1"), ("NL102", "n1")],
  why="patient told about the embolism but not the suspected lung tumour that is also written")

C("kung-lungcancer-ej-informerad-i-tidiga-hypoteser-sokord", "vgr", P("1950-03-13", 276),
  n1("kung_med", ("Ingrid Palm", L), "2024-03-27T14:40", 35, "Läkaranteckning", "slutenvård", [
      ("Bedömning", "DT thorax och bronkoskopi med biopsi: skivepitelcancer i hö huvudbronk."),
      ("Planering", "Remiss till lungonkologen för MDK."),
      ("Tidiga hypoteser", "Pat ej informerad om cancerdiagnosen, önskar ha sin fru med vid samtalet."),
  ]),
  must=[("NL101", "n1")],
  why="VGR: 'not informed' is hidden under Tidiga hypoteser, but the cancer itself is in visible Bedömning")

C("geri-subduralhematom-demens-utkast", "skane", P("1931-08-08", 144),
  n1("sus_geri_malmo", ("Cecilia Mårtensson", L), "2024-01-29T16:45", None, "Läkaranteckning", "slutenvård", [
      ("Aktuellt", "Inkom efter fall på äldreboendet. Känd vaskulär demens, behandlas med apixaban."),
      ("Undersökningar", "DT hjärna: bilaterala kroniska subduralhematom, inget masseffekt."),
      ("Information", "Pat har ej informerats om blödningen, hon är desorienterad i tid och rum. "
                      "Sonen ringer imorgon."),
  ]),
  must=[("NL101", "n1")],
  why="unsigned draft: subdural haematoma written, confused patient not informed")

C("barnakut-tumor-bakre-skallgrop-foraldrar-delvis", "skane", P("2013-04-04", 512),
  n1("sus_barnakut_lund", ("Johanna Rydberg", L), "2024-05-03T01:55", 30, "Akutjournal", "akutmottagning", [
      ("Kontaktorsak", "11-årig pojke med morgonkräkningar och huvudvärk i tre veckor, ostadig gång i dag."),
      ("Undersökningar", "DT hjärna: tumör i bakre skallgropen med obstruktiv hydrocefalus."),
      ("Information", "Föräldrarna informerade om att DT visar en förändring som kräver bedömning av "
                      "neurokirurg. De har inte informerats om att det rör sig om en tumör, samtal med "
                      "neurokirurg på morgonen."),
  ]),
  must=[("NL101", "n1")],
  why="child under 13: guardians told only of 'a change', not of the tumour that is written")

C("niva-dai-foraldrar-informerade", "vgr", P("2002-10-21", 279),
  n1("su_niva", ("Viktor Svensson", L), "2024-07-02T13:25", 45, "Daganteckning", "intensivvård", [
      ("Aktuellt", "Vårddag 5 efter MC-olycka. Traumatisk hjärnskada, MR visar diffus axonal skada grad 2."),
      ("Status", "Sövd, ICP 12-15 mmHg, CPP > 60."),
      ("Information", "Pat ej informerad, sövd. Föräldrarna informerade om MR-fynden vid samtal i dag."),
  ]),
  must=[("NL101", "n1")],
  why="neuro-ICU: diffuse axonal injury written, 21-year-old patient sedated and not informed")

C("iva-meningokocksepsis-pojkvan", "skane", P("2004-02-29", 428),
  n1("sus_iva_malmo", ("Elin Dahlberg", L), "2024-02-26T04:30", 30, "Jouranteckning", "intensivvård", [
      ("Bedömning", "Meningokocksepsis, Neisseria meningitidis grupp B i blododling. Purpura fulminans på "
                    "benen."),
      ("Åtgärd", "Smittskydd kontaktat. Pojkvännen informerad och erbjuden profylax med ciprofloxacin."),
      ("Information", "Pat sederad och ventilatorbehandlad, ej informerad om diagnosen."),
  ]),
  must=[("NL101", "n1")],
  why="sedated young adult not told about meningococcal sepsis; partner was told")

C("telefon-blododling-s-aureus-ej-nadd", "vgr", P("1973-11-11", 350),
  n1("su_akut_ostra", ("Karin Holmqvist", L), "2024-08-14T16:50", 10, "Telefonanteckning", "akutmottagning", [
      ("Aktuellt", "Blododling från akutbesöket i går: växt av Staphylococcus aureus i 2 av 2 flaskor. "
                   "S. aureus-bakteriemi, pat behöver läggas in."),
      ("Åtgärd", "Sökt pat på mobil kl 16.10 och 16.40 utan svar. Meddelande lämnat om att ringa "
                 "akutmottagningen. Pat ännu ej informerad om odlingssvaret."),
  ]),
  must=[("NL101", "n1")],
  why="phone calls did not reach the discharged patient: bacteraemia written, not informed")

C("sas-hcc-familjen-ber-att-inte-beratta", "vgr", P("1946-07-19", 203),
  n1("sas_med", ("Jenny Axelsson", L), "2024-03-06T15:15", 60, "Läkaranteckning", "slutenvård", [
      ("Bedömning", "Hepatocellulär cancer, verifierad med leverbiopsi. Bakomliggande levercirros."),
      ("Samtal med närstående", "Familjen har uttryckligen bett att pat inte ska få veta cancerdiagnosen. "
                                "Pat har därför ännu inte imformerats; frågan diskuteras med kurator och "
                                "ansvarig överläkare."),
  ]),
  must=[("NL101", "n1")],
  why="typo 'imformerats': relatives ask that the patient not be told; hepatocellular cancer is visible")

C("iva-hiv-positivt-sekretess", "skane", P("1983-05-23", 291),
  n1("hbg_iva", ("Mats Ekström", L), "2024-09-03T12:40", 35, "Daganteckning", "intensivvård", [
      ("Aktuellt", "Pneumocystis jirovecii-pneumoni. HIV-test positivt och bekräftat med western blot."),
      ("Information", "Pat intuberad och ej informerad. Närstående har inte fått veta HIV-resultatet av "
                      "sekretesskäl. Pat informeras av infektionsläkare när han är vaken."),
  ]),
  must=[("NL101", "n1")],
  why="intubated patient not informed about a confirmed HIV infection written in the note")

C("med-nyupptackt-diabetes-tolk-vid-rond", "skane", P("1959-10-01", 402),
  n1("agh_med", ("Sara Lundgren", L), "2024-10-08T17:05", 20, "Läkaranteckning", "slutenvård", [
      ("Aktuellt", "Inlagd för pneumoni, förbättras på bensylpenicillin."),
      ("Undersökningar", "HbA1c 92 mmol/mol och upprepat fP-glukos > 11. Diabetes mellitus typ 2, "
                         "nyupptäckt."),
      ("Planering", "Pat talar arabiska och mycket lite svenska. Information om den nya diabetesdiagnosen ges "
                    "med tolk vid ronden, pat ej informerad ännu."),
  ]),
  must=[("NL101", "n1")],
  why="new type 2 diabetes written; information waits for an interpreter at the ward round")

C("geri-aortastenos-konfusion", "vgr", P("1935-03-03", 620),
  n1("als_geri", ("Lars Magnusson", L), "2024-05-21T11:10", 15, "Rondanteckning", "slutenvård", [
      ("Aktuellt", "88-årig kvinna, inlagd för synkope. Fortsatt konfusorisk."),
      ("Undersökningar", "Ekokardiografi: grav aortastenos, medelgradient 52 mmHg, AVA 0,6 cm2."),
      ("Bedömning", "Pat ej informerad om ekofyndet pga konfusionen. Diskuteras med dottern vid besök i "
                    "eftermiddag."),
  ]),
  must=[("NL101", "n1")],
  why="confused geriatric patient: severe aortic stenosis written, not informed")

C("palliativ-pankreas-progress-make-informerad", "vgr", P("1953-04-14", 346),
  n1("su_palliativ", ("Emma Sandberg", L), "2024-04-03T13:50", 25, "Läkaranteckning", "palliativ slutenvård", [
      ("Aktuellt", "Pankreascancer, inlagd för smärtlindring. Trött och sover stora delar av dagen."),
      ("Undersökningar", "DT buk: progress med nytillkomna levermetastaser och karcinos."),
      ("Information", "Pat har ej informerats om progressen. Maken informerad och vill vara med vid samtalet."),
  ]),
  must=[("NL101", "n1")],
  why="palliative ward: progression with liver metastases written, husband told, patient not")

C("geri-koloncancer-god-man-och-son", "skane", P("1934-11-27", 182),
  n1("sus_geri_malmo", ("Magnus Olsson", L), "2024-06-19T14:30", 30, "Läkaranteckning", "slutenvård", [
      ("Undersökningar", "Koloskopi: cirkulär tumör i colon ascendens. PAD: adenokarcinom."),
      ("Information", "Pat med medelsvår demens är ej informerad. God man och sonen informerade. "
                      "Ställningstagande till om och hur pat ska informeras tas av ansvarig geriatriker."),
  ]),
  must=[("NL101", "n1")],
  why="adenocarcinoma written, demented patient not informed, guardian ad litem and son were")

C("hem-aml-typo-infomerad", "skane", P("1968-08-30", 207),
  n1("sus_hem_lund", ("Daniel Forsberg", L), "2024-03-14T18:20", 30, "Inskrivningsanteckning", "slutenvård", [
      ("Anamnes", "Remitterad från vårdcentral med leukocytos 86 och trombocytopeni."),
      ("Bedömning", "Utstryk visar rikligt med blaster, flödescytometri bekräftar akut myeloisk leukemi. "
                    "Pat ej infomerad ännu, hematolog tar samtalet imorgon bitti."),
  ]),
  must=[("NL101", "n1")],
  why="typo 'infomerad': AML written, patient not informed")

C("kir-gastroskopi-sederad-ventrikeltumor", "vgr", P("1955-01-16", 291),
  n1("sas_kir", ("Tobias Gren", L), "2024-02-08T11:35", 20, "Läkaranteckning", "slutenvård", [
      ("Åtgärd", "Akut gastroskopi i propofolsedering pga melena: ulcererande tumör i corpus ventriculi, "
                 "biopsier tagna. Ingen pågående blödning."),
      ("Information", "Pat fortfarande påverkad av sederingen och har ej informerats om tumören. "
                      "Ansvarig gastroenterolog informerar på eftermiddagen."),
  ]),
  must=[("NL101", "n1")],
  why="patient still sedated after gastroscopy: stomach tumour written, information later")

C("ssk-hjarntumor-lakare-imorgon", "skane", P("1970-07-04", 386),
  n1("sus_neuro_lund", ("Malin Jönsson", SSK), "2024-09-17T21:30", 15, "Omvårdnadsanteckning", "slutenvård", [
      ("Omvårdnad", "Pat frågar upprepade gånger om svaret på MR. Enligt jourhavande neurolog visar MR en "
                    "hjärntumör, glioblastom misstänkt. Pat ska informeras av läkare imorgon och är alltså "
                    "ej informerad av ssk."),
  ]),
  must=[("NL101", "n1"), ("NL102", "n1")],
  why="nurse note: suspected glioblastoma written while doctor is to inform tomorrow")

C("kurator-als-dotter-vet-mamma-inte", "vgr", P("1952-12-12", 564),
  n1("su_med_ostra", ("Hanna Björk", KUR), "2024-10-22T10:30", 40, "Kuratorsanteckning", "slutenvård", [
      ("Samtal", "Stödsamtal med dottern som igår fick veta att mamman har ALS. Dottern är ledsen och "
                 "orolig för hur mamman ska reagera. Mamman själv ännu ej informerad om diagnosen; "
                 "neurolog planerar samtal på torsdag."),
  ]),
  must=[("NL101", "n1")],
  why="social worker note: ALS written, daughter told, patient not yet informed")

C("fysio-ryggmargskompression-undvik-diagnos", "skane", P("1961-02-06", 476),
  n1("csk_med", ("Robin Håkansson", FT), "2024-11-05T14:15", None, "Fysioterapeutanteckning", "slutenvård", [
      ("Bakgrund", "Pat med ryggmärgskompression på Th10-nivå orsakad av skelettmetastas, nyupptäckt."),
      ("Information", "Enl. ansvarig läkare är pat ännu inte informerad om orsaken. Diagnosen diskuteras "
                      "därför inte vid träningen."),
      ("Åtgärd", "Sängträning, andningsgymnastik, instruktion i stockrullning."),
  ]),
  must=[("NL101", "n1")],
  why="physiotherapist note: metastatic cord compression written, patient not yet informed")

C("dietist-esofaguscancer-lakare-mandag", "vgr", P("1948-05-05", 313),
  n1("nal_med", ("Therese Ahlgren", DIET), "2024-11-14T09:40", 25, "Dietistanteckning", "slutenvård", [
      ("Bakgrund", "Inlagd pga dysfagi och viktnedgång 9 kg. Nyupptäckt esofaguscancer. Pat ej informerad "
                   "om diagnosen ännu, läkare informerar på måndag."),
      ("Åtgärd", "Startar energi- och proteinberikad konsistensanpassad kost, tillägg av näringsdryck x 3."),
  ]),
  must=[("NL101", "n1")],
  why="dietitian note: oesophageal cancer written, patient not yet informed")

C("niva-typo-informarats-glioblastom", "vgr", P("1966-06-26", 445),
  n1("su_niva", ("Patrik Lund", L), "2024-08-20T12:05", 30, "Daganteckning", "intensivvård", [
      ("Bedömning", "PAD från stereotaktisk biopsi: glioblastom IDH-vildtyp. Postop hematom utrymt, "
                    "pat fortsatt sövd."),
      ("Information", "Patienten har ännu inte informarats. Hustrun vet om PAD-svaret."),
  ]),
  must=[("NL101", "n1")],
  why="typo 'informarats': glioblastoma written, sedated patient not informed")

C("kir-information-sparas-till-rond-kolecystcancer", "skane", P("1956-09-21", 228),
  n1("csk_kir", ("Marie Holm", L), "2024-07-25T17:20", 10, "Jouranteckning", "slutenvård", [
      ("Aktuellt", "Kolecystektomerad igår pga kolecystit. Fryssnitt/PAD-svar i dag: gallblåsecancer pT2."),
      ("Planering", "Information till pat sparas till ronden imorgon då operatören är i tjänst."),
  ]),
  must=[("NL101", "n1")],
  why="'information saved for tomorrow's round': gallbladder cancer written")

C("akut-ovetande-om-cancer", "vgr", P("1941-03-18", 169),
  n1("nal_akut", ("Anders Dahl", L), "2024-06-27T23:55", 20, "Akutjournal", "akutmottagning", [
      ("Bedömning", "Hyperkalcemi 3,6 mmol/L och skelettmetastaser på DT, känd prostatacancer sedan 2019 "
                    "men nu progress med spridning till skelettet."),
      ("Information", "Pat är ännu ovetande om spridningen; urolog som känner honom tar beskedet under "
                      "vårdtiden."),
  ]),
  must=[("NL101", "n1")],
  why="'ovetande om' phrasing: skeletal metastases newly written, patient not told")

C("med-vi-avvaktar-med-att-informera-myelodysplasi", "vgr", P("1943-08-15", 252),
  n1("su_med_ostra", ("Sven Blom", L), "2024-09-10T15:25", 30, "Läkaranteckning", "slutenvård", [
      ("Undersökningar", "Benmärgssvar: myelodysplastiskt syndrom med blastökning (MDS-IB2)."),
      ("Bedömning", "Vi avvaktar med att informera pat tills hematologen tagit ställning till behandling."),
  ]),
  must=[("NL101", "n1")],
  why="'vi avvaktar med att informera pat': myelodysplastic syndrome written")

C("stroke-kanner-inte-till-karotisdissektion", "skane", P("1985-04-09", 307),
  n1("sus_stroke_malmo", ("Kristin Nord", L), "2024-04-30T10:45", 25, "Daganteckning", "slutenvård", [
      ("Undersökningar", "DT-angio: dissektion av vä a. carotis interna som orsak till infarkten."),
      ("Status", "Global afasi, följer enkla uppmaningar med gester."),
      ("Bedömning", "Pat känner inte till dissektionen än, det har inte gått att förmedla pga afasin. "
                    "Sambon informerad."),
  ]),
  must=[("NL101", "n1")],
  why="'känner inte till': carotid dissection written, aphasic patient not informed")

C("kir-ej-hunnit-informera-pankreastumor", "vgr", P("1958-12-30", 280),
  n1("su_kir_ostra", ("Jesper Ljung", L), "2024-05-14T16:55", None, "Läkaranteckning", "slutenvård", [
      ("Aktuellt", "Inlagd för ikterus. DT pankreasprotokoll: 3 cm tumör i pankreashuvudet med "
                   "gallvägsobstruktion, resektabel."),
      ("Planering", "ERCP med stent imorgon. Har ej hunnit informera pat om DT-svaret, pat var på "
                    "undersökning under eftermiddagen."),
  ]),
  must=[("NL101", "n1")],
  why="'ej hunnit informera': pancreatic tumour written, patient not told")

C("onk-diagnos-meddelas-ej-forran-onkolog", "skane", P("1964-10-29", 395),
  n1("hbg_med", ("Fatima Rahimi", L), "2024-10-17T13:10", 20, "Läkaranteckning", "slutenvård", [
      ("Bedömning", "Metastaserande malignt melanom, PAD från levermetastas."),
      ("Planering", "Diagnosen ska inte meddelas pat förrän onkolog kan delta i samtalet, preliminärt "
                    "fredag."),
  ]),
  must=[("NL101", "n1")],
  why="'must not be told until the oncologist can attend': melanoma written")

C("akut-har-inte-fatt-ta-del-av-ct-buk", "skane", P("1950-01-08", 354),
  n1("ystad_akut", ("Olle Fransson", L), "2024-01-04T02:10", 25, "Akutjournal", "akutmottagning", [
      ("Kontaktorsak", "Buksmärta och kräkningar."),
      ("Bedömning", "DT buk: tunntarmsileus orsakad av peritoneal karcinos, primärtumör i colon "
                    "transversum."),
      ("Planering", "Pat har inte fått ta del av DT-svaret, smärtlindrad och sover. Inläggning kirurgen, "
                    "informeras av kirurg på avdelningen."),
  ]),
  must=[("NL101", "n1")],
  why="emergency night: carcinomatosis written, information left to the surgical ward")

C("iva-aki-dialysbehov-ej-informerad-typo", "vgr", P("1959-09-06", 531),
  n1("nal_iva", ("Rebecka Sjödin", L), "2024-12-02T09:30", 30, "Daganteckning", "intensivvård", [
      ("Bedömning", "Rabdomyolys med akut njursvikt, anuri sedan 24 h, startat CRRT."),
      ("Information", "Pat delirisk och ej informerd om njursvikten. Sambon informerad per telefon."),
  ]),
  must=[("NL101", "n1")],
  why="typo 'informerd': acute kidney failure written, delirious patient not informed")

C("kir-levercirros-abstinens", "skane", P("1967-06-13", 219),
  n1("sus_kir_malmo", ("Joakim Persson", L), "2024-08-07T14:00", 25, "Läkaranteckning", "slutenvård", [
      ("Aktuellt", "Inlagd för akut pankreatit. Utvecklat abstinens med delirium i natt, oxazepam enl. "
                   "CIWA."),
      ("Bedömning", "Ultraljud och lab visar levercirros Child-Pugh B. Pat i delirium och har ej "
                    "informerats om cirrosen."),
  ]),
  must=[("NL101", "n1")],
  why="alcohol withdrawal delirium: liver cirrhosis written, patient not informed")

C("akut-sonen-tolkar-brostcancer", "vgr", P("1962-02-22", 418),
  n1("sas_akut", ("Ali Karimi", L), "2024-03-19T20:40", 25, "Akutjournal", "akutmottagning", [
      ("Kontaktorsak", "Svullen vä arm och sår i vä bröst."),
      ("Bedömning", "Lokalt avancerad bröstcancer med sårig tumör och axillära metastaser."),
      ("Information", "Kommunikation via sonen, professionell tolk ej bokad. Pat vet ännu inte att det "
                      "rör sig om bröstcancer; sonen har bett att vi väntar till imorgon."),
  ]),
  must=[("NL101", "n1")],
  why="son interprets and asks to wait: breast cancer written, patient unaware")

C("palliativ-asih-lungcancer-progress-ej-besked", "skane", P("1945-05-01", 466),
  n1("sus_asih_lund", ("Birgitta Nyberg", L), "2024-07-09T16:15", 35, "Läkaranteckning", "ASIH", [
      ("Aktuellt", "Hembesök. Pat med småcellig lungcancer, nu med nytillkommen vena cava superior-syndrom."),
      ("Bedömning", "DT visar progress med mediastinala lymfkörtelmetastaser. Beskedet har inte lämnats "
                    "till pat, som var för trött i dag; ny tid på fredag med maken närvarande."),
  ]),
  must=[("NL101", "n1")],
  why="ASIH home visit: progression written, 'beskedet har inte lämnats'")

C("hia-kardiomyopati-informeras-efter-mr", "skane", P("1977-11-30", 237),
  n1("sus_hia_lund", ("Victor Hall", L), "2024-11-21T11:50", 20, "Rondanteckning", "slutenvård", [
      ("Undersökningar", "Hjärt-MR: hypertrofisk kardiomyopati med utflödesobstruktion."),
      ("Planering", "Informeras ej förrän kardiolog med ärftlighetskompetens är på plats på måndag, då "
                    "även släktutredning tas upp."),
  ]),
  must=[("NL101", "n1")],
  why="information deliberately postponed: hypertrophic cardiomyopathy written")

# --------------------------------------------------------------------------- multi-note records
C("iva-pankreatit-forst-sovd-sedan-informerad", "vgr", P("1971-01-12", 495), [
    N("n1", "su_civa", ("Anna Fagerberg", L), "2024-02-03T10:10", 40, "Daganteckning", "intensivvård", [
        ("Bedömning", "Svår akut nekrotiserande pankreatit med abdominellt kompartmentsyndrom, "
                      "dekompressiv laparotomi igår."),
        ("Information", "Pat sövd och ännu ej informerad. Syster informerad vid besök."),
    ]),
    N("n2", "su_civa", ("Anna Fagerberg", L), "2024-02-09T14:30", 30, "Daganteckning", "intensivvård", [
        ("Aktuellt", "Extuberad i förrgår, vaken och adekvat."),
        ("Information", "Pat informerad i lugn och ro om pankreatiten, operationen och förloppet på IVA. "
                        "Ställer relevanta frågor, syster närvarande."),
    ]),
  ],
  must=[("NL101", "n1")], must_not=[("NL101", "n2")],
  why="same record: the sedated-day note breaches, the later note after telling does not")

C("telefon-pad-forst-ej-nadd-sedan-nadd", "skane", P("1969-04-26", 381), [
    N("n1", "ystad_ort", ("Hugo Lindblad", L), "2024-03-07T15:05", 5, "Telefonanteckning", "öppenvård", [
        ("Aktuellt", "PAD från exstirperad mjukdelsförändring vä lår (opererad på avd i förra veckan): "
                     "myxofibrosarkom grad 2."),
        ("Åtgärd", "Försökt nå pat per telefon, röstbrevlåda. Pat ej informerad, ringer igen i morgon."),
    ]),
    N("n2", "ystad_ort", ("Hugo Lindblad", L), "2024-03-08T09:20", 10, "Telefonanteckning", "öppenvård", [
        ("Åtgärd", "Nått pat per telefon och meddelat PAD-svaret om sarkom. Remiss till sarkomcentrum "
                   "Lund skickad, pat informerad om att kallelse kommer."),
    ]),
  ],
  must=[("NL101", "n1")], must_not=[("NL101", "n2")],
  why="call that did not reach the patient breaches; the next day's reached call does not")

C("lungcancer-dotter-ssk-sedan-pat", "vgr", P("1940-08-02", 272), [
    N("n1", "kung_med", ("Mikael Strand", L), "2024-05-06T15:40", 30, "Läkaranteckning", "slutenvård", [
        ("Bedömning", "Bronkoskopi med biopsi: adenokarcinom i lunga, hö överlob, med pleuravätska."),
        ("Samtal med närstående", "Dottern informerad per telefon på pats begäran. Pat själv ej informerad "
                                  "ännu, vill att dottern är med när hon får svaret."),
    ]),
    N("n2", "kung_med", ("Linnea Ek", SSK), "2024-05-06T22:15", 20, "Omvårdnadsanteckning", "slutenvård", [
        ("Omvårdnad", "Sovit oroligt, fått oxazepam 10 mg kl 22. Mättnad 93 % på 2 l O2. Dottern kommer "
                      "imorgon kl 13."),
    ]),
    N("n3", "kung_med", ("Mikael Strand", L), "2024-05-07T14:20", 30, "Samtalsanteckning", "slutenvård", [
        ("Information", "Samtal med pat och dottern. Pat informerad om lungcancern och om att pleuravätskan "
                        "tyder på spridning. Tar beskedet lugnt."),
    ]),
  ],
  must=[("NL101", "n1")], must_not=[("NL101", "n2"), ("NL101", "n3")],
  why="three notes: only the doctor's note before the talk breaches; nurse note and talk note do not")

C("stroke-dissektion-lakare-och-logoped", "vgr", P("1981-07-17", 339), [
    N("n1", "su_stroke", ("Josefin Lager", L), "2024-06-12T10:30", 25, "Daganteckning", "slutenvård", [
        ("Undersökningar", "MR/MR-angio: dissektion av vä a. vertebralis med infarkt i vä cerebellum."),
        ("Information", "Pat med dysartri och uttalad trötthet, ej informerad om dissektionen ännu. "
                        "Sambo informerad."),
    ]),
    N("n2", "su_stroke", ("Amanda Roos", LOG), "2024-06-12T13:45", 30, "Logopedanteckning", "slutenvård", [
        ("Bedömning", "Måttlig ataktisk dysartri, förståelighet ca 70 % i samtal. Sväljning utan anmärkning "
                      "vid sväljtest med vatten och timbal."),
        ("Åtgärd", "Artikulationsövningar två gånger dagligen, instruerat pat."),
    ]),
  ],
  must=[("NL101", "n1")], must_not=[("NL101", "n2")],
  why="doctor's note breaches; the speech therapist's note in the same record says nothing about telling")

C("skane-tidiga-hypoteser-mall-och-synlig-hanvisning", "skane", P("1963-03-25", 302), [
    N("n1", "hbg_med", ("Eva Strömberg", L), "2024-04-16T16:05", 20, "Tidiga hypoteser", "slutenvård", [
        ("Bedömning", "DT buk: misstänkt pankreascancer med levermetastaser. Pat ej informerad, avvaktar "
                      "biopsi och samtal med maken närvarande."),
    ]),
    N("n2", "hbg_med", ("Eva Strömberg", L), "2024-04-16T16:15", 15, "Läkaranteckning", "slutenvård", [
        ("Aktuellt", "Inlagd för viktnedgång och epigastrisk smärta. DT buk utförd."),
        ("Planering", "Pat ännu ej informerad om DT-svaret, se särskild anteckning. Leverbiopsi torsdag."),
    ]),
  ],
  must_not=[("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2")],
  why="Skåne: diagnosis kept in the Tidiga hypoteser template; the visible note names no diagnosis")

C("barn-wilms-foraldrar-sedan-informerade", "skane", P("2020-09-14", 483), [
    N("n1", "sus_barnonk_lund", ("Ida Kjellberg", L), "2024-05-27T17:30", 20, "Läkaranteckning", "slutenvård", [
        ("Undersökningar", "MR buk: 9 cm tumör utgående från hö njure, radiologiskt typisk Wilms tumör "
                           "(nefroblastom), inga lungmetastaser på DT thorax."),
        ("Planering", "Vårdnadshavarna ännu ej informerade, pappan på väg från Göteborg. Gemensamt samtal "
                      "när båda är på plats."),
    ]),
    N("n2", "sus_barnonk_lund", ("Ida Kjellberg", L), "2024-05-28T11:00", 40, "Samtalsanteckning", "slutenvård", [
        ("Information", "Båda vårdnadshavarna informerade om njurtumören, planerad cytostatika enl. "
                        "UMBRELLA-protokollet och senare operation. Kurator deltog."),
    ]),
  ],
  must=[("NL101", "n1")], must_not=[("NL101", "n2")],
  why="child under 13: note before guardians were told breaches, the talk note after does not")

C("hia-hjartstopp-sovd-sedan-extuberad", "skane", P("1955-12-01", 518), [
    N("n1", "sus_hia_lund", ("Rasmus Ek", L), "2024-08-22T09:15", 25, "Daganteckning", "intensivvård", [
        ("Bedömning", "Hjärtstopp orsakat av ventrikelflimmer vid ischemisk hjärtsjukdom, trekärlssjukdom "
                      "på angio. Fortsatt sövd och ventilatorbehandlad."),
        ("Information", "Pat kan ännu inte informeras. Hustrun uppdaterad per telefon."),
    ]),
    N("n2", "sus_hia_lund", ("Rasmus Ek", L), "2024-08-25T10:40", 20, "Daganteckning", "intensivvård", [
        ("Information", "Extuberad, vaken och orienterad. Informerad av mig om hjärtstoppet och om att "
                        "kranskärlsoperation planeras. Minns inget av själva händelsen."),
    ]),
  ],
  must=[("NL101", "n1")], must_not=[("NL101", "n2")],
  why="'kan ännu inte informeras' while sedated breaches; the note after extubation and telling does not")

# --------------------------------------------------------------------------- long notes
C("lang-iva-inskrivning-septisk-chock-kolontumor", "skane", P("1952-10-18", 371),
  n1("sus_iva_lund", ("Carl-Johan Wendt", L), "2024-10-02T06:40", 75, "Inskrivningsanteckning", "intensivvård", [
      ("Kontaktorsak", "Septisk chock med utgångspunkt från buken, överflyttad från operation kl 04.30."),
      ("Anamnes", "72-årig man som sökte akutmottagningen i går kväll pga tilltagande buksmärta sedan tre "
                  "dygn, feber och kräkningar. Vid ankomst BT 85/50, puls 128, laktat 5,1. DT buk visade fri "
                  "gas och vätska i lilla bäckenet. Akut laparotomi i natt: perforation av colon sigmoideum "
                  "proximalt om en hård, stenoserande tumör, fekal peritonit i alla fyra kvadranter. "
                  "Hartmanns operation, rikligt med bukspolning, bukvägg stängd. Fryssnitt inte taget."),
      ("Tidigare sjukdomar", "Hypertoni. Typ 2-diabetes, tablettbehandlad. Tidigare rökare, slutade 2010."),
      ("Läkemedel", "Metformin 1 g x 2, amlodipin 5 mg x 1, atorvastatin 20 mg x 1. Inga kända allergier."),
      ("Social anamnes", "Gift, bor i villa i Staffanstorp. Pensionerad lantbrukare. Två vuxna barn. "
                         "Klarat sig helt själv, cyklar dagligen."),
      ("Status", "Sövd, propofol och remifentanil, RASS -4. Cirk: noradrenalin 0,25 mikrog/kg/min, MAP "
                 "67, sinusrytm 110. Resp: VC 40 %, PEEP 8, saturation 96 %. Buk: mittlinjesnitt torrt, "
                 "stomi i vä fossa rosa. Diures 20 ml/h senaste två timmarna. Perifert kall, "
                 "kapillär återfyllnad 4 s."),
      ("Undersökningar", "Laktat 3,8 efter operation. CRP 310, LPK 2,1, TPK 98. Kreatinin 168 (känt 85). "
                         "Blododlingar tagna före antibiotika."),
      ("Bedömning", "Septisk chock vid fekal peritonit efter perforerad sigmoideumcancer, makroskopiskt "
                    "tydlig tumör enligt operatören. Akut njurskada KDIGO 2. Multiorgansvikt med cirkulation, "
                    "njurar och koagulation påverkade."),
      ("Åtgärd", "Piperacillin-tazobaktam förlängd infusion. Vätska styrd efter PPV och ultraljud. "
                 "Hydrokortison 50 mg x 4 insatt. Artär- och CVK-nål lagd, läge kontrollerat."),
      ("Information", "Pat är sövd och har inte informerats om tumörfyndet eller om stomin. Hustrun och "
                      "dottern informerade av operatör och undertecknad i anhörigrummet kl 05.45."),
      ("Planering", "Ny bedömning av kirurg under förmiddagen. Målet är att minska noradrenalin och "
                    "väcka pat successivt när cirkulationen tillåter. PAD väntas inom en vecka."),
      ("Nutrition och profylax", "Sondnäring startas försiktigt med 10 ml/h från i morgon om laktatet "
                                 "fortsätter sjunka. Tromboprofylax med dalteparin 5000 E från kvällen om "
                                 "blödningsläget tillåter. Ulcusprofylax med pantoprazol. Huvudändan höjd 30 "
                                 "grader, munvård enligt VAP-bunten. Blodsocker styrs med insulininfusion, mål "
                                 "6-10 mmol/L."),
  ]),
  must=[("NL101", "n1")],
  why="long ICU admission (300+ words): colon cancer in Bedömning, sedated patient not told, family was")

C("lang-stroke-afasi-aortaaneurysm", "vgr", P("1949-02-14", 228),
  n1("su_stroke", ("Rebecca Thörn", L), "2024-03-13T11:25", 50, "Daganteckning", "slutenvård", [
      ("Aktuellt", "Vårddag 2 på strokeenheten. Inkom igår med akut insättande högersidig svaghet och "
                   "talsvårigheter, debut 07.15 enligt maken. NIHSS 14 vid ankomst. Trombolys gavs kl 08.40 "
                   "och pat överfördes för trombektomi med komplett rekanalisering av vä M1, TICI 3."),
      ("Status", "Vaken, följer enkla uppmaningar med stöd av gester. Uttalad blandad afasi, producerar "
                 "enstaka ord. Hö central facialispares, hö arm kraft 3/5, hö ben 4/5. NIHSS 8 i morse. "
                 "BT 148/82, puls 76 regelbunden. Sväljscreening underkänd, sond lagd."),
      ("Undersökningar", "DT hjärna 24 h efter behandling utan blödning, infarkt i vä basala ganglier och "
                         "insula. DT-angio från ankomsten eftergranskad av neuroradiolog: bifynd av "
                         "aneurysm i aorta ascendens, diameter 5,4 cm. Telemetri hittills utan "
                         "förmaksflimmer. Lipider och HbA1c tagna."),
      ("Bedömning", "Ischemisk stroke i vä a. cerebri media-område, behandlad med trombolys och "
                    "trombektomi med gott radiologiskt resultat. Trol. kardioembolisk eller "
                    "storkärlsgenes, fortsatt utredning. Ascendensaneurysmet är av en storlek som kräver "
                    "bedömning av thoraxkirurg, men är inte akut."),
      ("Åtgärd", "ASA 160 mg via sond. Blodtrycksmål under 180 systoliskt. Remiss till thoraxkirurgen "
                 "Sahlgrenska för bedömning av aneurysmet. Fortsatt telemetri 72 h. Sjukgymnast och "
                 "arbetsterapeut kontaktade, logoped bedömer i eftermiddag."),
      ("Sekundärprevention", "Atorvastatin 80 mg ges krossat i sonden tills sväljningen fungerar. "
                             "Blodtrycksbehandlingen trappas upp efter 48 timmar med mål under 130/80 på "
                             "sikt. Påvisas förmaksflimmer vid förlängd rytmregistrering byter vi till "
                             "antikoagulation efter ny DT. Hon har aldrig rökt."),
      ("Rehabilitering", "Fysioterapeut har bedömt förflyttning säng till stol: behöver hjälp av en "
                         "person. Arbetsterapeut gör ADL-bedömning i morgon. "
                         "Lägesändring varannan timme, tidig mobilisering till sittande i rullstol."),
      ("Information", "Pat har informerats om att hon haft en stroke, med bildstöd. Hon har däremot ännu "
                      "inte informerats om aneurysmet; med nuvarande afasi bedöms det inte gå att förmedla "
                      "på ett begripligt sätt. Maken informerad om både stroken och bifyndet vid besök kl 10."),
      ("Planering", "Ny bedömning av språkförmågan tillsammans med logoped under veckan, därefter samtal om "
                    "aneurysmet med maken närvarande. Ny DT-angio inte aktuell nu."),
  ]),
  must=[("NL101", "n1")],
  why="long stroke note: told about the stroke but not the aortic aneurysm written in the same note")

C("lang-geri-hjartsvikt-informerad-son-ej-nadd", "skane", P("1937-05-29", 246),
  n1("lkr_geri", ("Anneli Friberg", L), "2024-06-03T14:10", 60, "Inskrivningsanteckning", "slutenvård", [
      ("Kontaktorsak", "Tilltagande andfåddhet och bensvullnad, två fall i hemmet senaste veckan."),
      ("Anamnes", "86-årig kvinna som bor ensam i lägenhet i Landskrona, hemtjänst två gånger per dag. "
                  "Under tre veckor ökande ansträngningsdyspné, nu andfådd av att gå till toaletten. "
                  "Sover med tre kuddar. Ökat 4 kg i vikt. Två fall utan skallskada, reste sig själv. "
                  "Aptiten sämre, dricker lite."),
      ("Tidigare sjukdomar", "Hypertoni. Artros i knän. Opererad för grå starr bilateralt. Ingen känd "
                             "hjärtsjukdom."),
      ("Läkemedel", "Enalapril 10 mg x 1, paracetamol vid behov. Inga kända överkänsligheter."),
      ("Status", "AT: trött men adekvat, orienterad till person och plats, något osäker på datum. "
                 "Hjärta: oregelbunden rytm, frekvens ca 110, systoliskt blåsljud 2/6. Lungor: krepitationer "
                 "basalt bilateralt. Bengödem till knäna. BT 152/90. Saturation 91 % utan syrgas. "
                 "MMSE 26/30."),
      ("Undersökningar", "EKG: förmaksflimmer med snabb kammarfrekvens, ingen ischemi. NT-proBNP 6800. "
                         "Kreatinin 112, kalium 4,4. Lungröntgen med stas och små pleuravätskor. "
                         "Ekokardiografi på avdelningen: EF ca 35 %, ingen signifikant klaffsjukdom."),
      ("Bedömning", "Nydebuterad hjärtsvikt med nedsatt ejektionsfraktion, utlöst av förmaksflimmer med "
                    "snabb överledning. Fallen bedöms sekundära till nedsatt ork och ortostatism, inga "
                    "tecken till fraktur."),
      ("Åtgärd", "Furosemid 40 mg iv x 2. Bisoprolol 2,5 mg insatt. Apixaban 5 mg x 2 efter "
                 "blödningsriskbedömning. Dagliga vikter och vätskelista. Fysioterapeut bedömer "
                 "förflyttning och fallrisk."),
      ("Funktion", "Före insjuknandet gick hon med rollator inomhus och käpp utomhus och handlade själv med "
                   "hjälp av grannen. Nu förflyttar hon sig med stöd av en person. Fysioterapeuten "
                   "rekommenderar trygghetslarm och höftskyddsbyxor."),
      ("Läkemedelsgenomgång", "Enalapril behålls. Paracetamol fortsätter vid behov. Inga läkemedel med "
                              "antikolinerg effekt. Njurfunktionen följs två gånger i veckan under "
                              "diuretikabehandlingen. Ortostatiskt blodtryck mäts dagligen före "
                              "mobilisering."),
      ("Information", "Pat informerad om diagnoserna hjärtsvikt och förmaksflimmer samt om "
                      "behandlingen, hon förstår och är med på planen. Sonen, som bor i Stockholm, har "
                      "sökts två gånger per telefon utan svar och är ännu ej informerad; pat vill att vi "
                      "ringer honom."),
      ("Planering", "Titrering av hjärtsviktsbehandling under vårdtiden. Vårdplanering med kommunen inför "
                    "hemgång, troligen utökad hemtjänst."),
  ]),
  must_not=[("NL101", "n1")],
  why="long geriatric admission: patient told her diagnoses, only the son is untold (call did not reach him)")

C("lang-akut-brostsmarta-flera-hypoteser", "vgr", P("1966-09-03", 513),
  n1("su_akut", ("Oscar Melin", L), "2024-07-21T21:15", 45, "Akutjournal", "akutmottagning", [
      ("Kontaktorsak", "Bröstsmärta sedan kl 17, strålar mot ryggen."),
      ("Anamnes", "58-årig man, tidigare frisk så när som på obehandlad hypertoni. Plötsligt insättande "
                  "skarp smärta centralt i bröstet vid tunga lyft i trädgården, strålar mellan "
                  "skulderbladen. Kallsvettig vid debut, nu något bättre efter morfin i ambulansen. Ingen "
                  "dyspné, ingen synkope. Röker 15 cigaretter per dag. Far dog av hjärtinfarkt vid 60 års "
                  "ålder."),
      ("Tidigare sjukdomar", "Blindtarmsoperation som barn. Knäartroskopi 2015. Inga kända hjärt- eller "
                             "kärlsjukdomar, aldrig tidigare undersökt med DT av bröstkorgen."),
      ("Riskfaktorer", "Högt blodtryck uppmätt på företagshälsovården för två år sedan men aldrig behandlat. "
                       "Kolesterol okänt. Ingen diabetes. Måttlig alkoholkonsumtion, inga droger."),
      ("Läkemedel", "Inga stående."),
      ("Status", "AT: påverkad av smärta, blek. Cor: regelbunden, inga blåsljud. BT hö arm 178/96, vä arm "
                 "154/88. Pulm: normala andningsljud bilat. Buk: mjuk, oöm. Perifera pulsar palpabla i "
                 "ljumskar och fötter. Neurologiskt utan fokala bortfall."),
      ("Undersökningar", "EKG: sinusrytm 92, ST-sänkningar 1 mm i V4-V6, ingen ST-höjning. hsTnT 38, "
                         "kontroll om en timme. D-dimer 2,4. Krea 88, Hb 148."),
      ("Bedömning", "Akut bröstsmärta med ryggstrålning och blodtrycksdifferens mellan armarna. Misstänkt "
                    "akut aortadissektion, som först och främst måste uteslutas. DD NSTEMI, där "
                    "EKG-förändringarna och troponinet talar för ischemi, samt lungemboli som "
                    "bedöms mindre sannolik."),
      ("Åtgärd", "Akut DT-angio aorta beställd, röntgen förvarnad. Esmolol-infusion för att sänka puls "
                 "och blodtryck med mål systoliskt 110-120. Ingen antitrombotisk behandling förrän "
                 "dissektion är utesluten. Två grova infarter, blodgruppering och BAS-test. "
                 "Thoraxkirurg på Sahlgrenska förvarnad per telefon. "
                 "Urinkateter och timdiures. Smärtlindring med morfin 2,5 mg iv upprepat, totalt 7,5 mg. "
                 "Övervakning på akutrummet med kontinuerlig EKG-registrering och "
                 "blodtryck var femte minut."),
      ("Information", "Pat informerad om att vi snabbt måste undersöka stora kroppspulsådern och "
                      "kranskärlen, och varför. Hustrun i väntrummet, pat vill att hon följer med in."),
      ("Planering", "Vid dissektion typ A direkt till thoraxkirurgen. Om DT-angio utan dissektion: "
                    "handläggning som NSTEMI med inläggning på HIA och kontakt med kardiolog. Ny bedömning "
                    "direkt efter DT av undertecknad tillsammans med bakjouren, som är informerad."),
  ]),
  must=[("NL102", "n1")],
  why="long ED note (300+ words) with a suspected aortic dissection and differential diagnoses")

C("lang-palliativ-inskrivning-skelettmetastaser-maken", "vgr", P("1951-06-08", 284),
  n1("udd_geri", ("Gunilla Rask", L), "2024-09-24T15:20", 70, "Inskrivningsanteckning", "palliativ slutenvård", [
      ("Kontaktorsak", "Smärta i ryggen och höger höft, allmän försämring."),
      ("Anamnes", "73-årig kvinna med bröstcancer opererad 2018, då med axillära metastaser. Behandlad "
                  "med cytostatika, strålning och därefter tamoxifen i fem år. Tidigare helt frisk "
                  "därefter. Sedan sex veckor tilltagande värk i länd- och höftregion, nu svårt att gå. "
                  "Har tappat aptiten och sover dåligt pga smärtan."),
      ("Tidigare sjukdomar", "Hypotyreos. Opererad för ljumskbråck 2001."),
      ("Läkemedel", "Levaxin 100 mikrog x 1, paracetamol 1 g x 4, oxikodon 5 mg vid behov upp till x 4 "
                    "senaste veckan."),
      ("Social anamnes", "Gift, maken har nyligen genomgått bypassoperation. Bor i radhus i Uddevalla. "
                         "En dotter i Oslo, en son i Trollhättan."),
      ("Status", "AT: smärtpåverkad, ligger stilla. Ömmar över L3 och L4 samt över hö trokanter. "
                 "Neurologiskt: kraft och sensibilitet normala i benen, inga blåsrubbningar. Lungor och "
                 "hjärta utan anmärkning. Leverkant palpabel 3 cm under arcus."),
      ("Undersökningar", "Skelettscint och DT thorax/buk från i förra veckan, besvarade i dag: utbredda "
                         "skelettmetastaser i ländrygg, bäcken och hö femur, samt multipla levermetastaser. "
                         "ALP 420, kalcium 2,71, albumin 29."),
      ("Bedömning", "Recidiv av bröstcancer med spridning till skelett och lever. Smärtan bedöms vara "
                    "metastasorsakad, ingen frakturrisk i femur enl. ortoped, ingen medullakompression."),
      ("Åtgärd", "Oxikodon depot 10 mg x 2 med vid behovs-dos 5 mg. Strålonkolog kontaktad om "
                 "smärtstrålning. Zoledronsyra diskuteras med onkologen. Laxantia insatt."),
      ("Symtomskattning", "ESAS: smärta 8, trötthet 7, illamående 2, oro 6, aptit 3. Sömnen störs av smärta "
                          "vid vändning."),
      ("Omvårdnadsbehov", "Behöver hjälp av två personal vid förflyttning, förhöjd trycksårsrisk enligt "
                          "Norton. Luftmadrass beställd. Dietist kontaktas för aptitstöd; pat önskar små "
                          "portioner och näringsdrycker med kaffesmak. "
                          "Munvård två gånger dagligen, pat har svampbelagd tunga som behandlas."),
      ("Information", "Pat har ännu inte informerats om att cancern kommit tillbaka. Maken var med vid "
                      "inskrivningen och fick på egen fråga veta svaret på röntgen; han ber att få vara "
                      "med när hon får veta. Samtal planerat imorgon kl 14 med ansvarig läkare och "
                      "kontaktsjuksköterska."),
      ("Planering", "Brytpunktssamtal när pat är informerad. Onkologisk bedömning av eventuell "
                    "endokrin behandling."),
  ]),
  must=[("NL101", "n1")],
  why="long palliative admission: recurrence with metastases written, husband told first, patient not yet")

C("lang-kir-rond-bekraftade-diagnoser-plan-hedge", "skane", P("1974-03-30", 399),
  n1("csk_kir", ("Sebastian Ohlin", L), "2024-04-24T12:30", 40, "Rondanteckning", "slutenvård", [
      ("Aktuellt", "Postop dag 3 efter laparoskopisk kolecystektomi som konverterades till öppen "
                   "operation pga svår inflammation och oklar anatomi. Inlagd 20/4 med akut gangränös "
                   "kolecystit, bekräftad peroperativt och av PAD. Gallvägsläckage från cysticusstumpen "
                   "påvisat med ultraljud och HIDA-scint igår, åtgärdat med ERCP och stent i "
                   "koledokus samma kväll."),
      ("Anamnes", "Mår bättre i dag. Mindre smärta, behöver endast paracetamol och en dos oxikodon i "
                  "natt. Ätit frukost utan illamående. Har haft avföring. Mobiliserad i korridoren två "
                  "gånger med fysioterapeut."),
      ("Tidigare sjukdomar", "Hypotyreos, substituerad. Astma i barndomen, inga besvär sedan tonåren. Ingen "
                             "tidigare bukkirurgi."),
      ("Läkemedel", "Levotyroxin 75 mikrog x 1, paracetamol 1 g x 4, oxikodon 5 mg vid behov, dalteparin "
                    "5000 E x 1 som tromboprofylax."),
      ("Social anamnes", "Sambo, två barn i skolåldern. Arbetar som elektriker med fysiskt tungt arbete, "
                         "därav den längre sjukskrivningen."),
      ("Status", "AT: opåverkad. Temp 37,4, puls 82, BT 128/76, saturation 97 % luftandning. Buk: mjuk, "
                 "ömmar lätt kring operationssåret, inga peritonitiska tecken. Sår: rent och torrt, ingen "
                 "rodnad. Dränage: 60 ml serös vätska senaste dygnet, ingen galla."),
      ("Undersökningar", "CRP 98 (i går 154), LPK 9,8, bilirubin 21, ALP 2,4, ALAT 1,1. Kreatinin 74."),
      ("Bedömning", "Gangränös kolecystit, opererad. Gallläckage från cysticusstumpen, åtgärdat med ERCP "
                    "och stent. Klinisk och laboratoriemässig förbättring."),
      ("Åtgärd", "Dränaget dras i dag. Piperacillin-tazobaktam byts till peroralt amoxicillin-klavulansyra, "
                 "totalt tio dagars behandling. Tromboprofylax fortsätter till hemgång."),
      ("Omvårdnad", "Sover bra och klarar personlig hygien själv. Urinkatetern avvecklades i går, kastar "
                    "vatten utan problem. Suturtagning på vårdcentralen om tolv dagar, remiss skrivs. "
                    "Instruerad i sårvård och i att undvika tunga lyft under sex veckor. "
                    "Han har fått skriftlig information om vart han vänder sig vid feber eller gulsot."),
      ("Information", "Pat informerad om operationsfynd, läckaget och ERCP-åtgärden. Han förstår planen "
                      "och är nöjd med att få äta normalt."),
      ("Planering", "Ev. hemgång imorgon om han fortsätter att förbättras och CRP sjunker. Ny ERCP om "
                    "6-8 veckor för att ta bort stenten, remiss skickas i dag. Sjukskrivning fyra veckor. "
                    "Trol. behov av extra telefonuppföljning av kontaktsjuksköterska efter hemgång."),
  ]),
  must_not=[("NL102", "n1")],
  why="long surgical round: all diagnoses confirmed; 'ev.' and 'trol.' only about discharge and follow-up")

C("lang-med-tolk-tigrinja-informerad-endokardit", "vgr", P("1990-12-24", 437),
  n1("sas_med", ("Niklas Borg", L), "2024-11-12T13:40", 55, "Läkaranteckning", "slutenvård", [
      ("Aktuellt", "Vårddag 4. 33-årig man inlagd via akutmottagningen med feber sedan två veckor, "
                   "frossa och viktnedgång. Injicerar inte droger. Tandextraktion för en månad sedan i "
                   "hemlandet."),
      ("Anamnes", "Kom till Sverige för fyra år sedan och arbetar på ett lager. Feber upp mot 39,5 i två "
                  "veckor; vårdcentralen gav penicillin V utan effekt. Har tappat 6 kg. Inga bröstsmärtor, "
                  "ingen andfåddhet i vila."),
      ("Tidigare sjukdomar", "Inga kända, inga kända hjärtfel i barndomen enligt pat. Inga läkemedel före "
                             "inläggningen."),
      ("Social anamnes", "Bor med hustru och två små barn i lägenhet i Borås. Röker inte, dricker inte "
                         "alkohol."),
      ("Status", "AT: piggare än vid inskrivning, feberfri sedan igår. Cor: nytillkommet diastoliskt "
                 "blåsljud längs vä sternalrand. Pulm: ua. Hud: splitterblödningar under två naglar "
                 "hö hand, inga Janeway-lesioner. Neurologiskt: ua."),
      ("Undersökningar", "Blododlingar 4 av 4 med Streptococcus mitis, penicillinkänslig. TEE i går: "
                         "vegetation 11 mm på aortaklaffens icke-koronara klaff, måttlig "
                         "aortainsufficiens, ingen abscess. DT hjärna utan emboliska förändringar. "
                         "CRP 88 från 190."),
      ("Bedömning", "Infektiös endokardit på nativ aortaklaff orsakad av viridansstreptokocker, uppfyller "
                    "Duke-kriterierna. Hemodynamiskt stabil utan hjärtsvikt."),
      ("Åtgärd", "Bensylpenicillin 3 g x 4 iv, planerat fyra veckor. Endokarditteamet konfererat, "
                 "thoraxkirurgisk bedömning om klaffen inte stabiliseras. Ny TEE om två veckor. "
                 "Tandläkarkonsult beställd."),
      ("Omvårdnad", "Perifer venkateter byts var tredje dag tills PICC-line är på plats. Temperatur och "
                    "blodtryck kontrolleras fyra gånger per dygn, vikt två gånger per vecka. "
                    "Daglig bedömning av hjärtljud och av tecken på embolier i hud och naglar."),
      ("Information", "Pat talar tigrinja. Informerad i dag med hjälp av auktoriserad tolk på plats om "
                      "diagnosen endokardit, varför behandlingen måste ges i dropp i flera veckor och "
                      "vilka symtom han ska säga till om. Han återberättar med egna ord och har inga fler "
                      "frågor i nuläget. Han vill inte att kusinen, som följde med till akuten, får "
                      "information."),
      ("Planering", "PICC-line sätts imorgon. Vid fortsatt stabilt förlopp ställningstagande till "
                    "fortsatt behandling via infektionsmottagningens dropp-i-hemmet-verksamhet. Vid tecken på "
                    "embolisering, nytillkommen hjärtsvikt eller ihållande feber kontaktas endokarditteamet "
                    "samma dag."),
  ]),
  must_not=[("NL101", "n1")],
  why="long note: endocarditis written, patient informed through an interpreter; only a cousin is kept out")

C("lang-civa-misstankt-vap-sovd", "vgr", P("1958-08-19", 551),
  n1("su_civa", ("Julia Hedén", L), "2024-12-06T10:50", None, "Daganteckning", "intensivvård", [
      ("Aktuellt", "Vårddag 9 efter akut subduralhematom som utrymts av neurokirurg, därefter "
                   "ventilatorbehandling pga sänkt medvetandegrad. Sedan i natt ny feber 38,9, ökat "
                   "syrgasbehov från 35 till 55 % och purulent sekret i trakealsug."),
      ("Anamnes", "61-årig man som föll från en stege hemma och slog i huvudet, GCS 9 på olycksplatsen. DT "
                  "visade akut subduralhematom hö med 8 mm medellinjeförskjutning, utrymt via kraniotomi "
                  "samma natt. Tidigare frisk så när som på hypertoni. Inga kända allergier."),
      ("Läkemedel", "Dexmedetomidin och propofol enligt ordination, fentanyl vid behov, levetiracetam 1 g x 2, "
                    "pantoprazol, dalteparin 5000 E. Amlodipin pausat."),
      ("Status", "Sövd med dexmedetomidin och låg dos propofol, RASS -2. Cirk: stabil utan "
                 "vasopressor, sinusrytm 96, MAP 78. Resp: tryckkontroll, PEEP 10, FiO2 0,55, "
                 "saturation 94 %. Lungor: rassel höger bas. Buk: mjuk, sondnäring 60 ml/h tolereras. "
                 "Diures god. Neurologiskt: öppnar ögonen på tilltal, lokaliserar smärta med vä arm."),
      ("Infarter", "CVK i hö v. jugularis interna sedan dag 1 utan rodnad, artärnål i vä a. radialis, KAD. "
                   "Samtliga infarter ses över dagligen; CVK byts om inte feberkällan klarnar."),
      ("Neurokirurgi", "Neurokirurg har bedömt kontroll-DT från i går: ingen ny blödning och minskad "
                       "medellinjeförskjutning. Benlambån återinsätts senare, tid bestäms efter IVA-vården."),
      ("Undersökningar", "CRP 186 från 42 igår, LPK 16,4, PCT 2,1. Lungröntgen: ny infiltratbild i "
                         "hö underlob. Trakealsekret och blododlingar skickade i natt, svar pending."),
      ("Bedömning", "Misstänkt ventilatorassocierad pneumoni i hö underlob, med feber, nytt infiltrat och "
                    "purulent sekret. Neurologiskt långsamt bättre."),
      ("Åtgärd", "Piperacillin-tazobaktam insatt efter odlingar, justeras efter svar. Bronkoskopi med "
                 "BAL imorgon om inte förbättrad. Fortsatt lungskyddande ventilation."),
      ("Information", "Hustrun och dottern informerade vid besök i eftermiddags om den nya infektionen "
                      "och behandlingen. De undrade över prognosen för hjärnskadan och fick veta att det är "
                      "för tidigt att säga, ny genomgång på fredag."),
      ("Planering", "Väckningsförsök dagligen. Trakeotomi diskuteras vid ronden på måndag om fortsatt "
                    "ventilatorbehov. Fysioterapeut fortsätter med passiva rörelser och lägesändringar var "
                    "tredje timme. Ny neurologisk bedömning med sedationsuppehåll i morgon bitti, och "
                    "levetiracetam behålls tills neurokirurgen har tagit ställning."),
  ]),
  must=[("NL102", "n1")],
  why="long ICU note: suspected ventilator-associated pneumonia in Bedömning is a visible hypothesis")

# --------------------------------------------------------------------------- NL101 must_not (near misses)
C("iva-extuberad-informerad-urosepsis", "skane", P("1948-11-09", 262),
  n1("csk_iva", ("Filip Aronsson", L), "2024-01-23T13:15", 20, "Daganteckning", "intensivvård", [
      ("Bedömning", "Urosepsis med E. coli i blod och urin, nu hemodynamiskt stabil utan noradrenalin."),
      ("Information", "Extuberad i morse. Pat informerad om att hon haft blodförgiftning med utgångspunkt "
                      "från urinvägarna och att hon vårdats i respirator i två dygn. Förstår och är lättad."),
  ]),
  must_not=[("NL101", "n1")],
  why="patient told after extubation: the ICU diagnosis is communicated")

C("akut-telefontolk-persiska-informerad-le", "skane", P("1986-02-17", 574),
  n1("sus_akut_lund", ("Lovisa Berg", L), "2024-02-12T18:35", 20, "Akutjournal", "akutmottagning", [
      ("Bedömning", "Lungemboli i hö underlobsartär, hemodynamiskt stabil, sPESI 0."),
      ("Information", "Pat informerad med hjälp av telefontolk (persiska) om diagnosen lungemboli, "
                      "behandlingen med apixaban och varningssymtom. Får hem skriftlig information på "
                      "persiska."),
  ]),
  must_not=[("NL101", "n1")],
  why="interpreter used: patient informed about the pulmonary embolism")

C("hem-myelom-barnen-ej-informerade-pat-onskan", "skane", P("1957-07-27", 319),
  n1("sus_hem_lund", ("Axel Wiberg", L), "2024-03-26T15:50", 30, "Samtalsanteckning", "slutenvård", [
      ("Information", "Pat informerad om diagnosen multipelt myelom och om planerad behandling med "
                      "daratumumab-baserad kombination. Hon vill själv berätta för sina vuxna barn och "
                      "önskar att vi inte kontaktar dem. Barnen alltså ej informerade av oss."),
  ]),
  must_not=[("NL101", "n1")],
  why="only relatives untold, at the patient's wish: the patient herself knows")

C("akut-dt-hjarna-normal-ej-informerad-sover", "vgr", P("1939-01-21", 140),
  n1("skas_akut", ("Elias Hjort", L), "2024-04-18T03:25", None, "Jouranteckning", "akutmottagning", [
      ("Kontaktorsak", "Fallit i hemmet, slog i huvudet. Står på warfarin."),
      ("Undersökningar", "DT hjärna utan blödning eller fraktur. PK 2,6."),
      ("Planering", "Pat sover, ej informerad om DT-svaret ännu. Informeras när hon vaknar, därefter "
                    "hemgång med hemtjänst."),
  ]),
  must_not=[("NL101", "n1")],
  why="'not informed yet' about a normal CT: no diagnosis is withheld")

C("geri-hoftfraktur-ej-informerad-om-korttids", "vgr", P("1933-10-15", 228),
  n1("udd_geri", ("Josef Lundin", L), "2024-05-08T12:20", 15, "Rondanteckning", "slutenvård", [
      ("Aktuellt", "Opererad med hemiprotes för collumfraktur vä, dag 6. Mobiliseras med gåbord."),
      ("Planering", "Pat ej informerad om planerad flytt till korttidsboende, det görs av "
                    "biståndshandläggaren vid mötet på fredag."),
  ]),
  must_not=[("NL101", "n1")],
  why="the untold item is a move to short-term care, not a diagnosis")

C("telefon-nadd-basalcellscancer", "skane", P("1950-09-12", 197),
  n1("sus_kir_lund", ("Agnes Söderlund", L), "2024-06-05T10:10", 10, "Telefonanteckning", "öppenvård", [
      ("Åtgärd", "Nått pat per telefon och meddelat PAD från excisionen under vårdtiden: basalcellscancer, "
                 "radikalt borttagen. Ingen ytterligare åtgärd."),
  ]),
  must_not=[("NL101", "n1")],
  why="phone call reached the patient and the result was given")

C("hem-informerades-igar-lymfom", "vgr", P("1972-04-03", 415),
  n1("su_hem", ("Per Gunnarsson", L), "2024-06-18T11:30", 25, "Rondanteckning", "slutenvård", [
      ("Aktuellt", "Hodgkins lymfom stadium IIB. Pat informerades igår av undertecknad om diagnosen och "
                   "har i dag frågor om fertilitet och biverkningar, som besvaras. Remiss till "
                   "reproduktionsmedicin för spermienedfrysning."),
  ]),
  must_not=[("NL101", "n1")],
  why="patient was informed yesterday: past telling is still telling")

C("iva-vaken-informerad-exfru-ej", "skane", P("1969-01-30", 533),
  n1("hbg_iva", ("Olivia Lind", L), "2024-07-15T14:25", None, "Daganteckning", "intensivvård", [
      ("Bedömning", "Diabetisk ketoacidos med debut av typ 1-diabetes, pH nu 7,34, insulininfusion "
                    "trappas."),
      ("Information", "Pat vaken och informerad om diabetesdiagnosen. Han vill inte att exfrun, som ringt "
                      "avdelningen, får någon information om honom."),
  ]),
  must_not=[("NL101", "n1")],
  why="patient told; the person kept uninformed is his ex-wife")

C("barnakut-spadbarn-foraldrar-informerade-invagination", "vgr", P("2023-08-11", 372),
  n1("su_barnakut", ("Tove Ingesson", L), "2024-03-02T15:45", 25, "Akutjournal", "akutmottagning", [
      ("Kontaktorsak", "7 månader gammal pojke med intermittent skrik och kräkningar."),
      ("Bedömning", "Ultraljud visar ileocekal invagination."),
      ("Information", "Båda föräldrarna informerade om diagnosen och om reposition med luftlavemang, "
                      "som görs direkt."),
  ]),
  must_not=[("NL101", "n1")],
  why="infant: the guardians who read the journal were informed")

C("med-inget-undanhallet-fullt-informerad", "vgr", P("1961-05-19", 286),
  n1("nal_med", ("Karolina Rehn", L), "2024-07-30T16:00", 20, "Läkaranteckning", "slutenvård", [
      ("Bedömning", "Metastaserad koloncancer med ny lungmetastasering."),
      ("Information", "Pat är välinformerad om sin sjukdom och har fått ta del av alla fynd. Ingenting har "
                      "undanhållits henne, på hennes uttryckliga önskan."),
  ]),
  must_not=[("NL101", "n1")],
  why="explicitly fully informed; 'undanhållits' is negated")

C("kol-kand-odlingssvar-ej-kommit", "skane", P("1947-08-24", 341),
  n1("agh_med", ("Henrik Moberg", L), "2024-01-16T13:45", 15, "Rondanteckning", "slutenvård", [
      ("Aktuellt", "Känd KOL GOLD 3 och hypertoni, inlagd för exacerbation."),
      ("Planering", "Pat ej informerad om sputumodlingen, svar har ännu inte kommit."),
  ]),
  must_not=[("NL101", "n1")],
  why="known diagnoses only; the untold culture has not even been answered")

C("kand-hjartsvikt-eko-oforandrat-ej-informerad", "vgr", P("1944-02-02", 163),
  n1("kung_med", ("Lisa Wahlberg", L), "2024-02-21T15:20", 20, "Läkaranteckning", "slutenvård", [
      ("Aktuellt", "Känd hjärtsvikt med nedsatt EF sedan 2021, inlagd för dekompensation."),
      ("Undersökningar", "Ekokardiografi oförändrad jämfört med 2022, EF 30 %."),
      ("Planering", "Ej informerad om ekosvaret ännu, tas vid ronden."),
  ]),
  must_not=[("NL101", "n1")],
  why="known heart failure and an unchanged echo: nothing new is withheld")

C("hem-son-ej-informerad-recidiv-pat-vill-beratta", "vgr", P("1955-10-06", 274),
  n1("su_hem", ("Magdalena Ryd", L), "2024-08-27T14:05", 20, "Samtalsanteckning", "slutenvård", [
      ("Information", "Pat informerad om att benmärgsprovet visar recidiv av AML. Sonen är inte "
                      "informerad; pat vill berätta själv i helgen."),
  ]),
  must_not=[("NL101", "n1")],
  why="near miss: the son, not the patient, is the one not informed")

C("geri-informerad-minns-inte-upprepas", "skane", P("1932-12-28", 168),
  n1("sus_geri_malmo", ("Jakob Sjögren", L), "2024-09-19T11:30", 20, "Rondanteckning", "slutenvård", [
      ("Bedömning", "Pneumoni hö underlob, behandlas med bensylpenicillin. Känd Alzheimers sjukdom."),
      ("Information", "Pat informerad om lunginflammationen vid ronden men kommer sannolikt inte ihåg "
                      "det; informationen upprepas dagligen av personalen."),
  ]),
  must_not=[("NL101", "n1")],
  why="demented patient was informed (may forget); information repeated")

C("stroke-kontakttolk-pa-plats-informerad", "vgr", P("1953-03-08", 392),
  n1("skas_stroke", ("Ahmed Yousef", L), "2024-03-28T13:05", 15, "Daganteckning", "slutenvård", [
      ("Bedömning", "Lakunär infarkt i hö capsula interna, ren motorisk hemipares vä."),
      ("Information", "Information via kontakttolk på plats (bosniska) om att det rör sig om en stroke och "
                      "om sekundärprevention. Pat och hustrun ställde frågor som besvarades."),
  ]),
  must_not=[("NL101", "n1")],
  why="stroke diagnosis communicated through an on-site interpreter")

C("iva-make-forst-sedan-pat-vid-rond", "skane", P("1967-09-25", 484),
  n1("sus_iva_malmo", ("Nora Eklund", L), "2024-10-10T15:45", 25, "Daganteckning", "intensivvård", [
      ("Bedömning", "ARDS efter influensa A-pneumoni, förbättras på HFNO."),
      ("Information", "Maken informerades först per telefon under natten. Därefter har pat själv informerats "
                      "om diagnosen vid förmiddagens rond."),
  ]),
  must_not=[("NL101", "n1")],
  why="relative informed first, but the patient has since been told")

C("lymfom-informerad-behandling-rond-imorgon", "vgr", P("1960-06-30", 356),
  n1("su_med_ostra", ("Ebba Lindström", L), "2024-04-11T16:20", 15, "Läkaranteckning", "slutenvård", [
      ("Bedömning", "Mantelcellslymfom, verifierat med biopsi från mjälte."),
      ("Planering", "Pat informerad om lymfomdiagnosen i eftermiddag. Behandlingsplanen diskuteras vid "
                    "rond imorgon med hematolog."),
  ]),
  must_not=[("NL101", "n1")],
  why="what is postponed to the round is the treatment plan, not the diagnosis")

C("geri-informerad-ej-om-operationstid", "skane", P("1940-04-12", 251),
  n1("ystad_ort", ("Simon Eklöf", L), "2024-11-26T10:55", 10, "Rondanteckning", "slutenvård", [
      ("Aktuellt", "Pertrokantär femurfraktur hö, pat informerad om frakturen och operationsbehovet."),
      ("Planering", "Pat ännu ej informerad om operationstid, beslutas av operationskoordinator under dagen."),
  ]),
  must_not=[("NL101", "n1")],
  why="only the operation time is not yet given; the fracture was communicated")

C("iva-dotter-australien-ej-nadd", "vgr", P("1945-07-07", 129),
  n1("skas_iva", ("Viktoria Almén", L), "2024-05-29T19:10", 15, "Daganteckning", "intensivvård", [
      ("Bedömning", "Akut hjärtsvikt med lungödem vid akut mitralisinsufficiens, stabiliserad på NIV."),
      ("Information", "Pat informerad och förstår. Dottern i Australien har sökts per telefon två gånger "
                      "utan att nås."),
  ]),
  must_not=[("NL101", "n1")],
  why="telephone did not reach a relative; the patient has been informed")

C("palliativ-brytpunkt-informerad", "skane", P("1942-10-01", 477),
  n1("hlm_palliativ", ("Susanne Krantz", L), "2024-12-04T14:40", 45, "Samtalsanteckning", "palliativ slutenvård", [
      ("Information", "Brytpunktssamtal med pat och hans två döttrar. Pat informerad om att "
                      "prostatacancern progredierat trots all behandling och att vi nu övergår till palliativ "
                      "vård i livets slutskede. Han önskar vara kvar på avdelningen."),
  ]),
  must_not=[("NL101", "n1")],
  why="palliative transition talk: patient fully informed")

C("barnakut-barn-och-foraldrar-epilepsi", "skane", P("2015-11-20", 502),
  n1("sus_barnakut_lund", ("Mira Holmberg", L), "2024-08-09T14:15", 30, "Läkaranteckning", "slutenvård", [
      ("Bedömning", "Absensepilepsi, typiskt EEG med 3 Hz spike-wave under hyperventilation."),
      ("Information", "Pat och föräldrarna informerade om diagnosen epilepsi och behandling med "
                      "etosuximid. Åldersanpassad information till pojken med bilder."),
  ]),
  must_not=[("NL101", "n1")],
  why="8-year-old and guardians informed together")

C("obduktion-anhoriga-ej-informerade", "vgr", P("1938-05-17", 187),
  n1("su_med_ostra", ("Torbjörn Alm", L), "2024-10-29T09:30", 20, "Läkaranteckning", "slutenvård", [
      ("Aktuellt", "Pat avled 14/10 på avdelningen. Obduktionssvar inkommit: massiv lungemboli."),
      ("Åtgärd", "Anhöriga ej informerade om obduktionssvaret än, hustrun nås inte per telefon. "
                 "Brev skickas om hon inte nås i veckan."),
  ]),
  must_not=[("NL101", "n1")],
  why="deceased patient: only relatives are untold about the autopsy result")

C("ssk-pat-undrar-hanvisad-till-rond", "skane", P("1963-12-03", 292),
  n1("csk_med", ("Jenny Ström", SSK), "2024-01-11T20:50", 10, "Omvårdnadsanteckning", "slutenvård", [
      ("Omvårdnad", "Pat undrar över provsvaren från i dag. Hänvisad till läkare vid morgondagens rond, "
                    "då svaren ska gås igenom."),
  ]),
  must_not=[("NL101", "n1")],
  why="nurse defers questions to the round but no diagnosis is written")

C("stroke-afasi-bildstod-forstatt", "skane", P("1951-08-16", 416),
  n1("sus_stroke_lund", ("Jonna Löfgren", L), "2024-02-06T13:20", 25, "Daganteckning", "slutenvård", [
      ("Bedömning", "Infarkt i vä temporallob, kardioembolisk genes vid nyupptäckt förmaksflimmer."),
      ("Information", "Pat med afasi informerad om stroken och om flimret med stöd av bilder och logoped. "
                      "Bedöms ha förstått, nickar och pekar på rätt bild."),
  ]),
  must_not=[("NL101", "n1")],
  why="aphasic patient informed with supported communication")

C("stroke-ej-informerad-om-korforbud", "vgr", P("1966-01-27", 439),
  n1("su_stroke", ("Petra Nyman", L), "2024-09-05T11:45", None, "Rondanteckning", "slutenvård", [
      ("Bedömning", "TIA med övergående afasi, ABCD2 5. Informerad om diagnosen igår."),
      ("Planering", "Ännu ej informerad om körförbud en månad, tas vid utskrivningssamtalet."),
  ]),
  must_not=[("NL101", "n1")],
  why="the untold item is a driving ban, not a diagnosis")

C("iva-anhoriga-ej-informerade-pat-vaken", "skane", P("1992-06-21", 385),
  n1("csk_iva", ("Isak Fält", L), "2024-06-29T10:20", 15, "Daganteckning", "intensivvård", [
      ("Bedömning", "Paracetamolförgiftning, acetylcystein enligt protokoll, leverprover stigande."),
      ("Information", "Pat vaken och informerad om förgiftningens allvar. Anhöriga ej informerade, pat "
                      "motsätter sig det."),
  ]),
  must_not=[("NL101", "n1")],
  why="patient informed and refuses that relatives be told")

C("als-informerad-prognos-senare", "vgr", P("1958-02-09", 524),
  n1("su_med_ostra", ("Anton Falk", L), "2024-02-15T15:35", 30, "Samtalsanteckning", "slutenvård", [
      ("Information", "Pat informerad om diagnosen ALS. Prognosen har vi inte gått in på i detalj, den tas "
                      "i ett lugnare skede på neurologmottagningen."),
  ]),
  must_not=[("NL101", "n1")],
  why="diagnosis told; only prognosis details are deferred")

C("typo-informrad-pneumoni", "skane", P("1946-03-14", 264),
  n1("hbg_med", ("Isabell Nordin", L), "2024-03-04T12:00", 10, "Rondanteckning", "slutenvård", [
      ("Bedömning", "Pneumokockpneumoni, bakteriemi, förbättras."),
      ("Information", "Pat informrad om diagnosen och planen, nöjd."),
  ]),
  must_not=[("NL101", "n1")],
  why="typo 'informrad': patient informed, no breach")

C("kir-kolecystit-informerad-ej-om-tid", "vgr", P("1980-10-08", 508),
  n1("sas_kir", ("Hampus Åberg", L), "2024-10-03T16:30", 10, "Läkaranteckning", "slutenvård", [
      ("Bedömning", "Akut kolecystit med gallsten, ultraljudsverifierad."),
      ("Planering", "Pat informerad om diagnosen. Ännu ej informerad om tid för operation, op-planering "
                    "återkommer."),
  ]),
  must_not=[("NL101", "n1")],
  why="diagnosis told; not yet told the operation time")

C("telefon-nadd-pat-och-maken", "skane", P("1959-05-15", 330),
  n1("sus_inf_malmo", ("Ellinor Svahn", L), "2024-05-22T14:45", 10, "Telefonanteckning", "öppenvård", [
      ("Åtgärd", "Nått pat per telefon efter utskrivning: kvarvarande odling från leverabscessen visar "
                 "Klebsiella pneumoniae känslig för ciprofloxacin. Pat och maken, som lyssnade med, "
                 "informerade om fortsatt peroral behandling."),
  ]),
  must_not=[("NL101", "n1")],
  why="telephone reached patient and husband; result communicated")

C("barniva-myokardit-foraldrar-informerade-barn-sovt", "vgr", P("2012-11-02", 447),
  n1("su_barniva", ("Louise Carlberg", L), "2024-04-23T12:35", 30, "Daganteckning", "intensivvård", [
      ("Bedömning", "Akut myokardit, verifierad med hjärt-MR. EF 40 %, stabil på milrinon."),
      ("Information", "Föräldrarna informerade om diagnosen vid ronden. Pat själv har sovit och "
                      "informeras när hon orkar."),
  ]),
  must_not=[("NL102", "n1")],
  why="child under 13, guardians told (NL101 left unasserted on purpose): confirmed myocarditis is no hypothesis")

C("geri-parkinson-informerad-dotter-i-telefon", "skane", P("1941-09-19", 346),
  n1("lkr_geri", ("Fredrika Borg", L), "2024-07-04T13:10", 20, "Läkaranteckning", "slutenvård", [
      ("Bedömning", "Parkinsons sjukdom, klinisk diagnos, med fall och ortostatism."),
      ("Information", "Pat informerad om diagnosen och om att levodopa sätts in. Dottern informerades "
                      "samtidigt via högtalartelefon på pats begäran."),
  ]),
  must_not=[("NL101", "n1")],
  why="patient informed together with the daughter on speakerphone")

C("iva-metanol-ej-informerad-om-gic-kontakt", "vgr", P("1998-03-11", 418),
  n1("nal_iva", ("Erik Ljungberg", L), "2024-03-31T09:50", 15, "Daganteckning", "intensivvård", [
      ("Bedömning", "Metanolförgiftning efter intag av hembränt, behandlad med fomepizol och dialys. "
                    "Synen opåverkad."),
      ("Information", "Pat informerad om förgiftningen. Ej ännu informerad om att Giftinformationscentralen "
                      "har kontaktats om partiet, tas vid ronden."),
  ]),
  must_not=[("NL101", "n1")],
  why="what the patient does not know yet is a contact with a poison centre, not a diagnosis")

C("vgr-tidiga-hypoteser-sokord-synligt-neutralt", "vgr", P("1968-12-17", 253),
  n1("sas_med", ("Ulrika Sand", L), "2024-12-10T15:55", 20, "Läkaranteckning", "slutenvård", [
      ("Aktuellt", "Inlagd för utredning av viktnedgång och förhöjda levervärden."),
      ("Planering", "Leverbiopsi torsdag. Pat informerad om att vi väntar på svar på prover och "
                    "undersökningar."),
      ("Tidiga hypoteser", "DT ger misstanke om kolangiokarcinom. Pat ej informerad om misstanken, "
                           "avvaktar biopsi."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="VGR: hypothesis and 'not informed' both under the Tidiga hypoteser sökord; visible parts neutral")

C("skane-tidiga-hypoteser-mall-bekraftad-ej-informerad", "skane", P("1954-04-27", 319),
  n1("sus_kir_malmo", ("Ronja Hallberg", L), "2024-04-05T17:25", 15, "Tidiga hypoteser", "slutenvård", [
      ("Bedömning", "PAD från polypektomi: adenokarcinom med invasion i submucosa. Pat ej informerad, "
                    "kolorektalteamet tar samtalet nästa vecka."),
  ]),
  must_not=[("NL101", "n1")],
  why="Skåne: confirmed diagnosis and 'not informed' kept in the Tidiga hypoteser template")

C("skane-tidiga-hypoteser-mall-iva-misstanke", "skane", P("1976-07-08", 423),
  n1("sus_iva_lund", ("Kasper Wall", L), "2024-07-18T22:30", 20, "Tidiga hypoteser", "intensivvård", [
      ("Bedömning", "MR ger misstanke om Creutzfeldt-Jakobs sjukdom. Varken pat eller närstående "
                    "informerade om misstanken, avvaktar likvor för RT-QuIC."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="Skåne: suspected prion disease, untold, documented only in the Tidiga hypoteser template")

C("vgr-synligt-kand-diagnos-dold-ny-hypotes", "vgr", P("1950-11-23", 294),
  n1("su_geri_mndl", ("Birger Söder", L), "2024-11-07T14:15", 25, "Läkaranteckning", "slutenvård", [
      ("Bedömning", "Pneumoni vä underlob. Pat informerad om diagnosen och behandlingen."),
      ("Tidiga hypoteser", "Kognitiv svikt sedan ett år enl. dottern. Frontotemporal demens? Pat ej "
                           "informerad om frågeställningen, remiss minnesmottagning efter utskrivning."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="VGR: visible diagnosis told; the untold hypothesis sits under the Tidiga hypoteser sökord")

C("pat-har-fatt-veta-anhoriga-har-inte", "vgr", P("1964-08-05", 381),
  n1("nal_med", ("Emil Hägg", L), "2024-08-12T13:35", 15, "Läkaranteckning", "slutenvård", [
      ("Bedömning", "Njursvikt stadium 5, dialysförberedelse påbörjas."),
      ("Information", "Pat har fått veta i går. Hans fru och barn har inte fått veta än, han vill vänta "
                      "tills de är hemma från semestern."),
  ]),
  must_not=[("NL101", "n1")],
  why="'har inte fått veta' applies to the family; the patient knows")

# --------------------------------------------------------------------------- NL102 must (hedged diagnoses)
C("akut-misstankt-nstemi-troponin", "skane", P("1956-04-18", 219),
  n1("hbg_akut", ("Tim Lindkvist", L), "2024-01-26T10:35", 15, "Akutjournal", "akutmottagning", [
      ("Bedömning", "Misstänkt NSTEMI, hsTnT stigande 45 -> 88, ST-sänkning V5-V6. Inläggning HIA."),
  ]),
  must=[("NL102", "n1")],
  why="'Misstänkt NSTEMI' in a visible ED assessment")

C("akut-dd-aortadissektion-telegrafisk", "vgr", P("1961-07-23", 370),
  n1("nal_akut", ("Moa Lindeberg", L), "2024-02-16T23:10", None, "Akutjournal", "akutmottagning", [
      ("Bedömning", "Bröstsmärta m ryggstrålning. DD aortadissektion. DT-angio bokad akut."),
  ]),
  must=[("NL102", "n1")],
  why="'DD aortadissektion' in telegraphic style")

C("akut-trol-pyelonefrit", "skane", P("1995-09-01", 484),
  n1("ystad_akut", ("Alva Gren", L), "2024-03-09T14:40", 20, "Akutjournal", "akutmottagning", [
      ("Kontaktorsak", "Feber och ont i hö flank sedan igår."),
      ("Bedömning", "Trol. pyelonefrit hö. U-sticka nitrit pos, CRP 145. Urinodling tagen, ceftibuten po, "
                    "hem med återbesök vid försämring."),
  ]),
  must=[("NL102", "n1")],
  why="'Trol. pyelonefrit' abbreviated hedge")

C("akut-sepsis-fragetecken-oklart-fokus", "vgr", P("1943-06-29", 231),
  n1("sas_akut", ("Gustaf Ek", L), "2024-04-04T05:50", 20, "Akutjournal", "akutmottagning", [
      ("Bedömning", "Sepsis? NEWS 8, laktat 3,4, oklart fokus. Odlingar x 2, pip-taz, vätska 1 l."),
  ]),
  must=[("NL102", "n1")],
  why="diagnosis followed by a question mark")

C("akut-kan-ej-utesluta-sab-lp", "skane", P("1979-02-14", 397),
  n1("sus_akut_lund", ("Hedvig Ahl", L), "2024-05-19T16:25", 25, "Akutjournal", "akutmottagning", [
      ("Kontaktorsak", "Plötslig svår huvudvärk under träning kl 12."),
      ("Bedömning", "Åskknallshuvudvärk. DT hjärna 5 h efter debut utan blödning, men subaraknoidalblödning "
                    "kan ej uteslutas. LP planeras 12 h efter debut."),
  ]),
  must=[("NL102", "n1")],
  why="'kan ej uteslutas' keeps a haemorrhage open as a hypothesis")

C("stroke-sannolikt-tia-nattanteckning", "vgr", P("1950-12-08", 272),
  n1("skas_stroke", ("Kajsa Ström", L), "2024-06-01T02:30", 20, "Inskrivningsanteckning", "slutenvård", [
      ("Anamnes", "20 min övergående svaghet i hö hand och svårt att hitta ord, helt återställd vid ankomst."),
      ("Bedömning", "Sannolikt TIA i vä karotisområde. Ultraljud halskärl imorgon."),
  ]),
  must=[("NL102", "n1")],
  why="'Sannolikt TIA' in an admission note")

C("ort-misstankt-hoftfraktur-mr", "skane", P("1936-01-13", 146),
  n1("ystad_ort", ("Dennis Hall", L), "2024-06-14T11:50", 15, "Läkaranteckning", "slutenvård", [
      ("Bedömning", "Misstänkt odislocerad collumfraktur vä. Slätröntgen utan säker fraktur men kan ej "
                    "belasta. MR höft beställd."),
  ]),
  must=[("NL102", "n1")],
  why="suspected hip fracture awaiting MRI on an orthopaedic ward")

C("geri-trolig-lewy-body-demens", "vgr", P("1940-07-31", 181),
  n1("als_geri", ("Ingela Tornberg", L), "2024-07-10T14:20", 30, "Läkaranteckning", "slutenvård", [
      ("Bedömning", "Fluktuerande kognition, synhallucinationer och parkinsonism. Trolig Lewy body-demens. "
                    "Neuroleptika ska undvikas."),
  ]),
  must=[("NL102", "n1")],
  why="'Trolig Lewy body-demens' in a geriatric assessment")

C("palliativ-misstankt-medullakompression", "skane", P("1949-03-05", 263),
  n1("sus_asih_lund", ("Louise Tell", L), "2024-08-16T18:05", None, "Läkaranteckning", "ASIH", [
      ("Bedömning", "Ny svaghet i benen och urinretention. Misstänkt medullakompression av känd "
                    "skelettmetastas. Betapred 16 mg givet, akut MR ryggmärg via akuten."),
  ]),
  must=[("NL102", "n1")],
  why="suspected cord compression in an ASIH note")

C("iva-mojlig-vap-telegrafisk", "skane", P("1963-11-17", 539),
  n1("csk_iva", ("Erika Wall", L), "2024-09-07T09:25", 15, "Daganteckning", "intensivvård", [
      ("Bedömning", "Möjlig VAP. Feber, ökat FiO2, nytt infiltrat hö. BAL tagen."),
  ]),
  must=[("NL102", "n1")],
  why="'Möjlig VAP' abbreviated ventilator-associated pneumonia")

C("kir-susp-ileus", "vgr", P("1957-05-11", 342),
  n1("sas_kir", ("Leo Fredriksson", L), "2024-09-28T20:15", 15, "Jouranteckning", "slutenvård", [
      ("Bedömning", "Susp. ileus, tidigare laparotomerad. Utspänd buk, kräkts x 3. Sond, DT buk."),
  ]),
  must=[("NL102", "n1")],
  why="'Susp.' abbreviation for suspected")

C("akut-appendicit-kan-inte-uteslutas-kvinna", "skane", P("2001-08-22", 440),
  n1("sus_akut_malmo", ("Wilma Bergqvist", L), "2024-10-12T13:55", None, "Akutjournal", "akutmottagning", [
      ("Bedömning", "Hö-sidig nedre buksmärta, CRP 38. Appendicit kan inte uteslutas. Graviditetstest "
                    "neg. Ultraljud buk beställt, fastar."),
  ]),
  must=[("NL102", "n1")],
  why="'kan inte uteslutas' about appendicitis")

C("akut-missankt-lungemboli-typo", "vgr", P("1984-04-16", 558),
  n1("su_akut", ("Rasmus Norén", L), "2024-10-25T01:40", 10, "Akutjournal", "akutmottagning", [
      ("Bedömning", "Missänkt lungemboli, Wells 6, takykard. Dalteparin givet i väntan på DT."),
  ]),
  must=[("NL102", "n1")],
  why="typo 'Missänkt': suspected pulmonary embolism")

C("akut-pneumoni-vs-hjartsvikt", "skane", P("1938-10-28", 155),
  n1("hbg_akut", ("Sigrid Ljunggren", L), "2024-11-03T19:20", 15, "Akutjournal", "akutmottagning", [
      ("Bedömning", "Dyspné och hypoxi. Pneumoni vs. hjärtsviktsdekompensation, lungröntgen svårbedömd. "
                    "Ger både furosemid och antibiotika, NT-proBNP pending."),
  ]),
  must=[("NL102", "n1")],
  why="'pneumonia vs. heart failure': an open differential")

C("inf-talar-mest-for-virusmeningit", "vgr", P("1992-01-31", 467),
  n1("su_inf_ostra", ("Julius Berg", L), "2024-11-18T12:10", 20, "Läkaranteckning", "slutenvård", [
      ("Bedömning", "Likvor med lymfocytär pleocytos, normal glukoskvot. Bilden talar mest för "
                    "virusmeningit, enterovirus-PCR skickad. Aciklovir tills HSV-PCR negativ."),
  ]),
  must=[("NL102", "n1")],
  why="'bilden talar mest för' is a hedge on meningitis")

C("barnakut-trol-kawasaki-dd-scarlatina", "skane", P("2020-02-10", 521),
  n1("sus_barnakut_lund", ("Nils Hedberg", L), "2024-12-01T15:30", 30, "Akutjournal", "akutmottagning", [
      ("Kontaktorsak", "Feber i sex dagar, röda ögon och utslag."),
      ("Bedömning", "Trol. Kawasakis sjukdom, DD scarlatina. Ekokardiografi och strep-A tagna, inläggning "
                    "barnavdelning."),
  ]),
  must=[("NL102", "n1")],
  why="child under 13 (guardians read it): probable Kawasaki disease with a differential")

C("geri-ev-begynnande-delirium", "vgr", P("1934-06-06", 147),
  n1("su_geri_mndl", ("Erik Sundin", SSK), "2024-01-30T02:15", 10, "Omvårdnadsanteckning", "slutenvård", [
      ("Omvårdnad", "Orolig i natt, plockar med täcket och vill gå hem. Ev. begynnande delirium, jourläkare "
                    "informerad. Extra tillsyn var 30:e minut."),
  ]),
  must=[("NL102", "n1")],
  why="nurse night note: 'Ev. begynnande delirium'")

C("iva-misstanke-om-mns", "skane", P("1975-12-19", 356),
  n1("sus_iva_malmo", ("Tova Lindgren", L), "2024-02-22T11:05", 25, "Läkaranteckning", "intensivvård", [
      ("Bedömning", "Hög feber, rigiditet och CK 18 000 efter nyinsatt haloperidol. Misstanke om malignt "
                    "neuroleptikasyndrom. Haloperidol utsatt, dantrolen diskuteras."),
  ]),
  must=[("NL102", "n1")],
  why="'Misstanke om' neuroleptic malignant syndrome")

C("med-sannol-gikt-kna", "vgr", P("1952-09-14", 319),
  n1("kung_med", ("Vera Lund", L), "2024-03-18T14:35", 10, "Läkaranteckning", "slutenvård", [
      ("Bedömning", "Akut svullen vä knä på vårddag 3. Sannol. gikt, DD septisk artrit. Ledpunktion med "
                    "kristaller och odling i dag."),
  ]),
  must=[("NL102", "n1")],
  why="'Sannol.' abbreviation and a septic arthritis differential")

C("akut-dt-fragestallning-blodning", "skane", P("1946-05-08", 278),
  n1("sus_akut_lund", ("Lukas Thorsell", L), "2024-04-01T21:45", 10, "Akutjournal", "akutmottagning", [
      ("Bedömning", "Sänkt vakenhet, GCS 13, står på apixaban. Intrakraniell blödning? DT hjärna akut."),
  ]),
  must=[("NL102", "n1")],
  why="question-marked haemorrhage in an ED assessment")

C("ssk-trol-uvi-enl-jourlakare", "vgr", P("1937-11-22", 165),
  n1("udd_geri", ("Pia Eriksson", SSK), "2024-04-27T23:05", 15, "Omvårdnadsanteckning", "slutenvård", [
      ("Omvårdnad", "Feber 38,6, illaluktande urin, mer förvirrad än igår. Trol. urinvägsinfektion enl. "
                    "jourläkare, urinodling skickad, pivmecillinam insatt."),
  ]),
  must=[("NL102", "n1")],
  why="nurse relays a probable urinary tract infection")

C("neuro-oklart-om-epilepsi-eller-synkope", "skane", P("1989-07-03", 481),
  n1("sus_neuro_lund", ("Tilda Wennberg", L), "2024-05-06T13:30", 20, "Läkaranteckning", "slutenvård", [
      ("Bedömning", "Medvetandeförlust med ryckningar. Oklart om epilpetiskt anfall eller konvulsiv "
                    "synkope. EEG och långtids-EKG beställt."),
  ]),
  must=[("NL102", "n1")],
  why="'Oklart om' epilepsy or syncope, with the typo 'epilpetiskt'")

C("inf-misstankt-tbc-isolering", "vgr", P("1997-10-27", 349),
  n1("su_inf_ostra", ("Samir Nasser", L), "2024-06-24T10:00", None, "Inskrivningsanteckning", "slutenvård", [
      ("Bedömning", "Hosta i tre månader, nattsvettningar och kavitet i hö ovanlob. Misstänkt lungtuberkulos. "
                    "Luftburen isolering, sputum x 3 för mikroskopi och PCR."),
  ]),
  must=[("NL102", "n1")],
  why="suspected pulmonary tuberculosis in an admission note")

C("kir-sannolkit-kolecystit-typo", "skane", P("1971-03-12", 305),
  n1("trbg_kir", ("Olof Mattsson", L), "2024-07-13T17:45", 15, "Jouranteckning", "slutenvård", [
      ("Bedömning", "Sannolkit akut kolecystit. Murphys tecken pos, CRP 112. Ultraljud imorgon bitti."),
  ]),
  must=[("NL102", "n1")],
  why="typo 'Sannolkit': probable cholecystitis")

C("akut-lungemboli-ej-uteslutet", "vgr", P("1978-08-09", 426),
  n1("skas_akut", ("Alice Wernersson", L), "2024-08-03T18:30", 15, "Akutjournal", "akutmottagning", [
      ("Bedömning", "Pleuritsmärta efter långflygning, D-dimer 1,1. Lungemboli ej uteslutet, DT-angio "
                    "ikväll."),
  ]),
  must=[("NL102", "n1")],
  why="'ej uteslutet' leaves the embolism open")

C("geri-mojligen-lakemedelsutlost-hyponatremi", "skane", P("1935-04-25", 224),
  n1("sus_geri_malmo", ("Hilda Svedberg", L), "2024-08-28T11:40", 20, "Rondanteckning", "slutenvård", [
      ("Bedömning", "Natrium 121, euvolem. Möjligen läkemedelsutlöst hyponatremi av citalopram. Citalopram "
                    "utsatt, vätskerestriktion."),
  ]),
  must=[("NL102", "n1")],
  why="'Möjligen läkemedelsutlöst' hyponatraemia")

C("hem-utkast-misstankt-ttp", "vgr", P("1987-12-14", 572),
  n1("su_hem", ("Lina Holm", L), "2024-09-14T03:10", None, "Jouranteckning", "slutenvård", [
      ("Bedömning", "Trombocyter 12, schistocyter i utstryk, LD 1400. Misstänkt TTP, ADAMTS13 skickat. "
                    "Plasmaferes ordnas."),
  ]),
  must=[("NL102", "n1")],
  why="unsigned draft: suspected TTP")

C("stroke-dubbla-fragetecken-sinustrombos", "skane", P("1993-05-27", 434),
  n1("sus_stroke_malmo", ("Ines Berggren", L), "2024-09-30T15:15", 20, "Läkaranteckning", "slutenvård", [
      ("Bedömning", "Huvudvärk och kramp postpartum. Sinustrombos?? DT-venografi utförs i eftermiddag, "
                    "avvaktar med antikoagulantia till svar."),
  ]),
  must=[("NL102", "n1")],
  why="double question mark on sinus venous thrombosis")

C("barnakut-misstankt-appendicit-foraldrar", "vgr", P("2016-06-18", 393),
  n1("su_barnakut", ("Theo Almqvist", L), "2024-10-19T20:25", 20, "Akutjournal", "akutmottagning", [
      ("Bedömning", "8-årig flicka med ont i magen sedan i morse, vandrat till hö fossa. Misstänkt "
                    "appendicit, PAS 7. Barnkirurg tillkallad, fastar."),
  ]),
  must=[("NL102", "n1")],
  why="child under 13: suspected appendicitis in a visible ED note read by the guardians")

# --------------------------------------------------------------------------- NL102 must_not (near misses)
C("akut-ingen-misstanke-om-le-wells-0", "skane", P("1990-03-21", 448),
  n1("sus_akut_malmo", ("Elsa Wikström", L), "2024-01-06T16:40", None, "Akutjournal", "akutmottagning", [
      ("Bedömning", "Muskuloskeletal bröstsmärta, palpationsöm över costokondrala övergångar. Ingen "
                    "misstanke om lungemboli, Wells 0 och PERC negativ. Hem med NSAID."),
  ]),
  must_not=[("NL102", "n1")],
  why="'Ingen misstanke om lungemboli' is negated")

C("akut-dt-utesluter-dissektion", "vgr", P("1959-11-29", 319),
  n1("su_akut", ("Ludvig Enqvist", L), "2024-01-19T03:55", 20, "Akutjournal", "akutmottagning", [
      ("Bedömning", "DT-angio utesluter aortadissektion. Troponin normalt x 2. Hypertensiv kris, "
                    "behandlad med labetalol."),
  ]),
  must_not=[("NL102", "n1")],
  why="dissection excluded by CT; the remaining diagnosis is confirmed")

C("akut-inga-tecken-pa-pneumoni", "skane", P("1945-09-17", 185),
  n1("hbg_akut", ("Astrid Sjöholm", L), "2024-02-10T12:25", 15, "Akutjournal", "akutmottagning", [
      ("Bedömning", "Akut bronkit. Lungröntgen utan tecken på pnemoni, CRP 22. Hem, ingen antibiotika."),
  ]),
  must_not=[("NL102", "n1")],
  why="typo 'pnemoni' inside a negation ('utan tecken på'); bronchitis is stated plainly")

C("med-erysipelas-ev-hemgang", "vgr", P("1966-02-03", 376),
  n1("sas_med", ("Signe Karlström", L), "2024-02-28T11:15", 10, "Rondanteckning", "slutenvård", [
      ("Bedömning", "Erysipelas vä underben, tydlig regress av rodnaden, CRP sjunker."),
      ("Planering", "Byte till peroralt flukloxacillin. Ev. hemgång imorgon."),
  ]),
  must_not=[("NL102", "n1")],
  why="'Ev.' hedges the discharge, not the diagnosis")

C("geri-trol-utskrivning-korttids-fredag", "skane", P("1931-05-26", 142),
  n1("lkr_geri", ("Vilhelm Eng", L), "2024-03-22T13:50", None, "Rondanteckning", "slutenvård", [
      ("Bedömning", "Kotkompression L1 vid osteoporos, smärtlindrad på paracetamol och låg dos oxikodon."),
      ("Planering", "Trol. utskrivning till korttidsboende på fredag. Bisfosfonat insätts efter "
                    "tandstatus."),
  ]),
  must_not=[("NL102", "n1")],
  why="'Trol.' hedges the discharge date only")

C("stroke-hereditet-modern-trolig-alzheimer", "vgr", P("1958-10-04", 485),
  n1("su_stroke", ("Rut Hallin", L), "2024-04-08T14:30", 20, "Inskrivningsanteckning", "slutenvård", [
      ("Hereditet", "Modern hade trolig Alzheimers sjukdom från 75 års ålder. Far med hypertoni."),
      ("Bedömning", "Ischemisk stroke i hö thalamus med vänstersidig sensorisk påverkan."),
  ]),
  must_not=[("NL102", "n1")],
  why="the hedge concerns the mother's disease in the family history")

C("neuro-tidigare-utredd-ms-avskrevs", "skane", P("1982-12-11", 391),
  n1("sus_neuro_lund", ("Frans Hellström", L), "2024-04-20T10:05", 20, "Inskrivningsanteckning", "slutenvård", [
      ("Tidigare sjukdomar", "Utreddes 2019 för misstänkt MS efter synstörning, vilket avskrevs efter "
                             "normal MR och likvor."),
      ("Bedömning", "Migrän med aura, status migraenosus. Behandlas med sumatriptan och "
                    "dihydroergotamin enligt PM."),
  ]),
  must_not=[("NL102", "n1")],
  why="past suspicion that was ruled out years ago; current diagnosis confirmed")

C("skane-tidiga-hypoteser-mall-misstankt-myelom", "skane", P("1948-01-09", 266),
  n1("csk_med", ("Greta Wiklund", L), "2024-05-02T15:10", 25, "Tidiga hypoteser", "slutenvård", [
      ("Bedömning", "Njursvikt, anemi och hyperkalcemi: misstänkt myelom. Elfores och fria lätta kedjor "
                    "skickade."),
  ]),
  must_not=[("NL102", "n1")],
  why="Skåne: the hedged diagnosis is in the hidden Tidiga hypoteser template")

C("vgr-tidiga-hypoteser-sokord-trol-lymfom", "vgr", P("1974-05-30", 443),
  n1("nal_med", ("Wille Strand", L), "2024-05-16T16:40", 20, "Läkaranteckning", "slutenvård", [
      ("Aktuellt", "Inlagd för feber och nattsvettningar. Lymfkörtelbiopsi tagen i dag."),
      ("Tidiga hypoteser", "Trol. lymfom, DD sarkoidos."),
  ]),
  must_not=[("NL102", "n1")],
  why="VGR: hedged diagnosis only under the Tidiga hypoteser sökord")

C("inf-verifierad-pneumokockpneumoni", "vgr", P("1953-07-12", 237),
  n1("su_inf_ostra", ("Bo Nygren", L), "2024-06-07T12:15", 15, "Rondanteckning", "slutenvård", [
      ("Bedömning", "Pneumokockpneumoni, verifierad med positivt urinantigen och blododling. Feberfri."),
  ]),
  must_not=[("NL102", "n1")],
  why="confirmed pneumonia: no hedge")

C("ort-misstanke-om-hoftfraktur-avskrivs", "skane", P("1939-02-19", 153),
  n1("ystad_ort", ("Tyra Lindholm", L), "2024-06-21T14:55", 15, "Läkaranteckning", "slutenvård", [
      ("Bedömning", "Misstanken om höftfraktur avskrivs, MR visar endast benmärgsödem i trokanterregionen. "
                    "Kontusion vä höft. Mobilisering med fysioterapeut."),
  ]),
  must_not=[("NL102", "n1")],
  why="a suspicion that is explicitly dropped ('avskrivs')")

C("iva-sannolikt-dialysbehov", "vgr", P("1968-04-22", 529),
  n1("skas_iva", ("Adam Rosén", L), "2024-07-06T10:35", 20, "Daganteckning", "intensivvård", [
      ("Bedömning", "Akut njursvikt vid septisk chock med E. coli-bakteriemi. Sannolikt behov av dialys "
                    "under ett par dagar, CRRT startas."),
  ]),
  must_not=[("NL102", "n1")],
  why="'Sannolikt' hedges the need for dialysis, not a diagnosis")

C("geri-oklart-om-trappor-hemma", "skane", P("1930-08-03", 170),
  n1("sus_geri_malmo", ("Märta Wallin", AT), "2024-07-24T10:45", 25, "Arbetsterapeutanteckning", "slutenvård", [
      ("Bedömning", "Pat med höftfraktur opererad, går med rollator inomhus. Oklart om pat klarar trapporna "
                    "till lägenheten på tredje våningen utan hiss. Hembesök planeras."),
  ]),
  must_not=[("NL102", "n1")],
  why="occupational therapist: 'Oklart om' concerns stairs at home, not a diagnosis")

C("akut-ingen-missanke-om-sepsis-typo", "vgr", P("1999-01-18", 460),
  n1("nal_akut", ("Felicia Ekman", L), "2024-08-10T22:50", 15, "Akutjournal", "akutmottagning", [
      ("Bedömning", "Influensa A, PCR pos. Ingen missanke om sepsis, NEWS 2. Hem med egenvårdsråd."),
  ]),
  must_not=[("NL102", "n1")],
  why="typo 'missanke' in a negated suspicion")

C("stroke-avfardad-mr-utan-ischemi", "skane", P("1972-09-15", 411),
  n1("sus_stroke_lund", ("Harald Nyqvist", L), "2024-09-02T15:50", 20, "Läkaranteckning", "slutenvård", [
      ("Bedömning", "Stroke avfärdad, DT och MR utan ischemi. Symtomen förklaras av hypoglykemi, "
                    "P-glukos 1,9 i ambulansen. Insulindoser justerade."),
  ]),
  must_not=[("NL102", "n1")],
  why="'Stroke avfärdad': negated; hypoglycaemia confirmed")

C("akut-lungrontgen-ingen-pneumoni-fragestallning-besvarad", "vgr", P("1955-03-27", 268),
  n1("sas_akut", ("Ivar Lundberg", L), "2024-09-21T17:20", 10, "Akutjournal", "akutmottagning", [
      ("Bedömning", "Frågeställningen pneumoni besvarad: lungröntgen utan infiltrat. KOL-exacerbation, "
                    "prednisolon och inhalationer."),
  ]),
  must_not=[("NL102", "n1")],
  why="the question was answered negatively; KOL exacerbation stated")

C("ssk-misstankt-felplacerad-pvk", "skane", P("1950-06-11", 338),
  n1("hbg_med", ("Moa Engqvist", SSK), "2024-10-06T04:15", 10, "Omvårdnadsanteckning", "slutenvård", [
      ("Omvårdnad", "Misstänkt felplacerad PVK i vä armveck, svullnad och smärta vid spolning. Ny PVK "
                    "satt i hö underarm."),
  ]),
  must_not=[("NL102", "n1")],
  why="'Misstänkt' concerns a misplaced cannula, not a diagnosis")

C("kir-appendicit-hemgang-sondag-fragetecken", "vgr", P("1983-11-07", 362),
  n1("su_kir_ostra", ("Ella Björklund", L), "2024-10-20T11:00", 10, "Rondanteckning", "slutenvård", [
      ("Bedömning", "Perforerad appendicit, laparoskopiskt opererad. Postop abscess dränerad. "
                    "Mår bra."),
      ("Planering", "Hemgång söndag? Avgörs av CRP-trend."),
  ]),
  must_not=[("NL102", "n1")],
  why="the question mark is about the discharge day")

C("barn-pneumoni-bekraftad-foraldrar-lasare", "skane", P("2019-10-30", 513),
  n1("sus_barnakut_lund", ("Sofie Thulin", L), "2024-11-09T13:20", 15, "Läkaranteckning", "slutenvård", [
      ("Bedömning", "Mykoplasmapneumoni, PCR positiv. Azitromycin. Syrgasfri sedan i morse."),
  ]),
  must_not=[("NL102", "n1")],
  why="child under 13: confirmed pneumonia, nothing hedged")

C("palliativ-kan-ej-uteslutas-att-hon-behover-sond", "vgr", P("1944-12-22", 262),
  n1("su_palliativ", ("Klara Sjöstedt", DIET), "2024-11-25T14:05", 20, "Dietistanteckning", "palliativ slutenvård", [
      ("Bedömning", "Esofaguscancer med stent, klarar flytande och puréad kost. Energiintag ca 60 % av "
                    "behovet. Det kan inte uteslutas att hon framöver behöver kompletterande näring via "
                    "PEG, tas upp på teamträff."),
  ]),
  must_not=[("NL102", "n1")],
  why="'kan inte uteslutas' concerns future tube feeding, not a diagnosis")

# --------------------------------------------------------------------------- more variants
C("epikris-pad-efter-utskrivning-rektum", "skane", P("1951-02-25", 294),
  n1("sus_kir_malmo", ("Hedda Lundqvist", L), "2024-02-23T10:25", 20, "Epikris", "slutenvård", [
      ("Vårdförlopp", "Inlagd 12/2-16/2 för rektalblödning med Hb-fall. Rektoskopi med biopsier, ingen "
                      "pågående blödning. Transfunderad två enheter."),
      ("Kompletterande uppgifter", "PAD-svaret inkom efter utskrivningen: adenokarcinom i rektum. Pat är "
                                   "ännu ej informerad, kolorektalsjuksköterskan ringer honom på måndag "
                                   "och bokar besök."),
  ]),
  must=[("NL101", "n1")],
  why="discharge summary: a result arriving after discharge is written before the patient is told")

C("telefon-samtalet-brots-fore-besked", "vgr", P("1960-10-13", 297),
  n1("sas_med", ("Mattias Rylander", L), "2024-03-15T15:50", 10, "Telefonanteckning", "öppenvård", [
      ("Aktuellt", "Benmärgsprov från vårdtiden besvarat: kronisk lymfatisk leukemi."),
      ("Åtgärd", "Ringde pat kl 15.30 men samtalet bröts innan beskedet hann ges, och hon svarar inte vid "
                 "nya försök. Pat alltså inte informerad om diagnosen. Försöker igen i morgon."),
  ]),
  must=[("NL101", "n1")],
  why="the telephone call was cut off before the diagnosis could be given")

C("geri-vet-inte-om-att-hon-har-cancer", "skane", P("1929-09-09", 126),
  n1("lkr_geri", ("Rolf Berglöf", L), "2024-05-24T14:25", 15, "Läkaranteckning", "slutenvård", [
      ("Aktuellt", "94-årig kvinna med hjärtsvikt, inlagd för fall. Bröstcancer vä påvisad med ultraljud "
                   "och mellannålsbiopsi under vårdtiden."),
      ("Bedömning", "Hon vet inte om att hon har cancer än. Sonen vill vara med när vi berättar, han kommer "
                    "på tisdag."),
  ]),
  must=[("NL101", "n1")],
  why="lay phrasing 'vet inte om att hon har cancer': breast cancer written, patient untold")

C("akut-lungembolli-typo-tolk-arabiska", "skane", P("1956-12-06", 455),
  n1("hbg_akut", ("Youssef Khalil", L), "2024-06-08T02:35", 15, "Akutjournal", "akutmottagning", [
      ("Bedömning", "Bilateral lungembolli med högerkammarbelastning, inläggning IMA."),
      ("Information", "Pat talar arabiska, tolk bokad till kl 9. Hittills ej informerad om diagnosen."),
  ]),
  must=[("NL101", "n1")],
  why="typo 'lungembolli': embolism written, interpreter-dependent patient not yet informed")

C("med-utkast-typo-informead-hjartsvikt", "vgr", P("1942-03-02", 239),
  n1("su_med_ostra", ("Jennifer Wallgren", L), "2024-07-19T16:35", None, "Läkaranteckning", "slutenvård", [
      ("Undersökningar", "Ekokardiografi: amyloidos i hjärtat (ATTR), bekräftad med DPD-scintigrafi."),
      ("Planering", "Pat ej informead, ansvarig kardiolog har samtal med henne och maken på onsdag."),
  ]),
  must=[("NL101", "n1")],
  why="unsigned draft with typo 'informead': cardiac amyloidosis written, not yet told")

C("iva-nekrotiserande-fasciit-amputation", "vgr", P("1970-08-28", 517),
  n1("nal_iva", ("Hanna Strid", L), "2024-08-31T08:45", 30, "Daganteckning", "intensivvård", [
      ("Bedömning", "Nekrotiserande fasciit vä underben orsakad av grupp A-streptokocker, transfemoral "
                    "amputation i natt. Septisk chock, klindamycin och meropenem."),
      ("Information", "Pat sövd och ej informerad om diagnosen eller amputationen. Hustrun informerad av "
                      "ortoped och IVA-läkare."),
  ]),
  must=[("NL101", "n1")],
  why="ICU: necrotising fasciitis written, sedated patient not informed")

C("geri-susp-commotio-fall", "skane", P("1933-07-15", 202),
  n1("sus_geri_malmo", ("Arvid Kling", L), "2024-09-12T09:35", 15, "Läkaranteckning", "slutenvård", [
      ("Bedömning", "Fall från sängen i natt med slag mot bakhuvudet, kräkts en gång. Susp. commotio "
                    "cerebri. DT hjärna utan blödning, neurologkontroller var 2:a timme."),
  ]),
  must=[("NL102", "n1")],
  why="Latin term with 'Susp.': suspected concussion")

C("neuro-trol-guillain-barre", "vgr", P("1976-01-05", 354),
  n1("su_med_ostra", ("Ebba Fransson", L), "2024-10-01T13:45", 20, "Inskrivningsanteckning", "slutenvård", [
      ("Bedömning", "Ascenderande svaghet och arefleksi två veckor efter gastroenterit. Trol. "
                    "Guillain-Barrés syndrom. Likvor och ENeG, VC följs x 3 per dygn."),
  ]),
  must=[("NL102", "n1")],
  why="eponym with 'Trol.': probable Guillain-Barré syndrome")

C("akut-troligen-blodpropp-i-vaden", "skane", P("1968-06-23", 462),
  n1("sus_akut_lund", ("Greta Paulsson", L), "2024-10-14T20:10", 15, "Akutjournal", "akutmottagning", [
      ("Bedömning", "Svullen och öm vä vad efter gipsbehandling. Troligen blodpropp i vänster vad, "
                    "ultraljud imorgon. Tinzaparin i väntan."),
  ]),
  must=[("NL102", "n1")],
  why="lay wording ('blodpropp i vaden') with 'Troligen'")

C("med-misstank-pneumoni-typo", "vgr", P("1947-04-07", 183),
  n1("kung_med", ("Samuel Ekberg", L), "2024-10-30T21:20", 10, "Jouranteckning", "slutenvård", [
      ("Bedömning", "Ny feber och hosta vårddag 5. Misstänk pneumoni, lungröntgen imorgon, amoxicillin "
                    "insatt."),
  ]),
  must=[("NL102", "n1")],
  why="typo 'Misstänk': suspected hospital-acquired pneumonia")

C("akut-trolgi-njursten-typo", "skane", P("1985-11-16", 378),
  n1("ystad_akut", ("Hjalmar Dahlqvist", L), "2024-11-16T04:05", 10, "Akutjournal", "akutmottagning", [
      ("Bedömning", "Kolikartad smärta hö flank, mikroskopisk hematuri. Trolgi njursten hö. DT "
                    "urinvägar i morgon, diklofenak."),
  ]),
  must=[("NL102", "n1")],
  why="typo 'Trolgi': probable kidney stone")

C("med-dottern-tolkar-pat-informerad", "vgr", P("1949-01-29", 314),
  n1("nal_med", ("Nadia Hussein", L), "2024-11-27T12:45", 15, "Läkaranteckning", "slutenvård", [
      ("Bedömning", "Anemi orsakad av blödande duodenalsår, behandlat endoskopiskt."),
      ("Information", "Pat önskar att dottern tolkar, avböjer professionell tolk. Pat informerad om "
                      "diagnosen och behandlingen genom dottern."),
  ]),
  must_not=[("NL101", "n1")],
  why="patient informed through a relative interpreting at her own wish")

C("hia-har-informerat-pat-typo-diagonsen", "skane", P("1965-05-04", 356),
  n1("sus_hia_lund", ("Alfred Sundqvist", L), "2024-12-03T11:05", 15, "Rondanteckning", "slutenvård", [
      ("Bedömning", "Takotsubokardiomyopati, normala kranskärl på angio. EF 40 %."),
      ("Information", "Har informerat pat om diagonsen och att hjärtfunktionen brukar återhämta sig."),
  ]),
  must_not=[("NL101", "n1")],
  why="typo 'diagonsen': patient informed in active voice")

C("hia-misstankt-myokardit-hedge", "vgr", P("1994-09-10", 437),
  n1("skas_akut", ("Max Linnér", L), "2024-12-08T18:55", 15, "Akutjournal", "akutmottagning", [
      ("Bedömning", "Bröstsmärta efter övre luftvägsinfektion, troponinstegring och diffusa ST-höjningar. "
                    "Misstänkt perimyokardit. Hjärt-MR på HIA."),
  ]),
  must=[("NL102", "n1")],
  why="suspected perimyocarditis in an ED note")


C("psykolog-make-bar-pa-vetskapen-hjarnmetastaser", "vgr", P("1957-08-21", 286),
  n1("su_palliativ", ("Karin Ulfsdotter", PSY), "2024-06-13T15:30", 45, "Psykologanteckning", "palliativ slutenvård", [
      ("Samtal", "Stödsamtal med maken, som sedan i måndags vet att hustruns cancer har spridit sig till "
                 "hjärnan. Hon själv har ännu inte fått veta det och han har svårt att hålla inne med "
                 "beskedet. Vi pratade om hur han kan vara nära henne fram till samtalet med läkaren."),
  ]),
  must=[("NL101", "n1")],
  why="psychologist note: brain metastases in lay words, husband knows, patient not yet told")

C("usk-pat-berattar-doktorn-forklarat-stroke", "skane", P("1943-02-08", 344),
  n1("sus_stroke_malmo", ("Nour Saleh", USK), "2024-07-27T13:40", 15, "Omvårdnadsanteckning", "slutenvård", [
      ("Omvårdnad", "Hjälpt pat med dusch och påklädning. Hon berättar att doktorn i dag förklarat att hon "
                    "har fått en stroke, och hon är ledsen över det. Satt med henne en stund efteråt."),
  ]),
  must_not=[("NL101", "n1")],
  why="assistant nurse note: the patient says the doctor has told her she had a stroke")


# =========================================================================== validation
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}
HIDDEN = {"skane": ("template", "Tidiga hypoteser"), "vgr": ("keyword", "Tidiga hypoteser")}


def _luhn_ok(ten):
    return _luhn_check(ten[:9]) == int(ten[9])


def _age(birth, when):
    b = datetime.date.fromisoformat(birth)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def _sentences(text):
    fine = [s for s in re.split(r"(?<=[.!?:;])\s+|\n+", text)]
    coarse = [s for s in re.split(r"(?<=[.!?])\s+|\n+", text)]
    return [s.strip() for s in fine + coarse if len(s.strip()) >= 25]


def validate(cases):
    problems = []
    names = set()
    seen = {}
    for c in cases:
        cid = c.get("case")
        if set(c) != CASE_KEYS:
            problems.append("%s: case keys %s" % (cid, sorted(c)))
            continue
        if cid in names:
            problems.append("%s: duplicate case name" % cid)
        names.add(cid)
        if c["ruleset"] not in HIDDEN:
            problems.append("%s: ruleset %r" % (cid, c["ruleset"]))
        if not c["why"] or "\n" in c["why"]:
            problems.append("%s: why must be one line" % cid)
        r = c["record"]
        if set(r) != RECORD_KEYS:
            problems.append("%s: record keys %s" % (cid, sorted(r)))
            continue
        p = r["patient"]
        if set(p) != PATIENT_KEYS:
            problems.append("%s: patient keys" % cid)
        m = re.fullmatch(r"(\d{8})-(\d{4})", p["id"])
        if not m:
            problems.append("%s: personnummer format %r" % (cid, p["id"]))
        else:
            if m.group(1) != p["birth_date"].replace("-", ""):
                problems.append("%s: personnummer does not match birth_date" % cid)
            if not _luhn_ok(m.group(1)[2:] + m.group(2)):
                problems.append("%s: personnummer fails Luhn" % cid)
        if not r["as_of"].startswith("2024-"):
            problems.append("%s: as_of not in 2024" % cid)
        ids = set()
        for n in r["notes"]:
            if set(n) != NOTE_KEYS:
                problems.append("%s: note keys %s" % (cid, sorted(n)))
                continue
            if n["id"] in ids:
                problems.append("%s: duplicate note id %s" % (cid, n["id"]))
            ids.add(n["id"])
            if n["system"] != "Melior":
                problems.append("%s: system %s" % (cid, n["system"]))
            if set(n["unit"]) != {"name", "hsa_id"} or set(n["author"]) != {"name", "role"}:
                problems.append("%s: unit/author keys" % cid)
            for k in ("time", "signed"):
                if n[k] is not None and not n[k].startswith("2024-"):
                    problems.append("%s: %s not in 2024" % (cid, k))
            t = datetime.datetime.fromisoformat(n["time"])
            if n["signed"] is not None and datetime.datetime.fromisoformat(n["signed"]) < t:
                problems.append("%s: signed before time" % cid)
            if r["as_of"] < (n["signed"] or n["time"]):
                problems.append("%s: as_of before note" % cid)
            age = _age(p["birth_date"], t)
            if 13 <= age < 16 or age < 0:
                problems.append("%s: patient aged %d" % (cid, age))
            hsa_prefix = _SK if c["ruleset"] == "skane" else _VG
            if not n["unit"]["hsa_id"].startswith(hsa_prefix):
                problems.append("%s: unit of the wrong region" % cid)
            if not n["sections"]:
                problems.append("%s: note without sections" % cid)
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    problems.append("%s: bad section" % cid)
                    continue
                for sent in _sentences(s["text"]):
                    if sent in seen and seen[sent] != (cid, n["id"], s["keyword"]):
                        problems.append("%s: sentence also in %s: %r" % (cid, seen[sent][0], sent))
                    seen.setdefault(sent, (cid, n["id"], s["keyword"]))
        asserted = set()
        for lst in ("must", "must_not"):
            if not isinstance(c[lst], list):
                problems.append("%s: %s not a list" % (cid, lst))
                continue
            for a in c[lst]:
                if not (isinstance(a, list) and len(a) == 2):
                    problems.append("%s: bad assertion %r" % (cid, a))
                    continue
                code, target = a
                if code not in CODES:
                    problems.append("%s: code %s" % (cid, code))
                if target not in ids:
                    problems.append("%s: target %s does not exist" % (cid, target))
                if (code, target) in asserted:
                    problems.append("%s: %s on %s asserted twice" % (cid, code, target))
                asserted.add((code, target))
        if not c["must"] and not c["must_not"]:
            problems.append("%s: asserts nothing" % cid)
        # a must on a note that is wholly hidden by template (Skåne) is a writing error
        for code, target in c["must"]:
            note = next((n for n in r["notes"] if n["id"] == target), None)
            if note and c["ruleset"] == "skane" and note["template"] == "Tidiga hypoteser":
                problems.append("%s: must on a hidden Skåne template note" % cid)
    return problems


def main():
    problems = validate(CASES)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        return 1
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("%d cases -> %s" % (len(CASES), OUT))
    for code in sorted(CODES):
        print("  %s must %d  must_not %d" % (code, counts.get((code, "must"), 0),
                                             counts.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
