#!/usr/bin/env python3
"""Held-out gold cases nl1_heldout13_cases (NL101 / NL102).

Dependency-free. Holds every case as data, writes nl1_heldout13_cases.jsonl beside
this file and validates it. Exits 1 on any problem. Deterministic.

Written only from the regional routines (shared/seeds), the rule catalog
(shared/DESIGN.md) and the devset README conventions.
"""
import datetime as _dt
import json
import os
import re
import sys

NAME = "nl1_heldout13_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

# ---------------------------------------------------------------- units
SK = "SE2321000255-"
VG = "SE2321000131-"
U = {
    # Skåne, Melior (hospitals)
    "s_akut_mal": ("Akutmottagningen, Skånes universitetssjukhus Malmö", SK + "1101"),
    "s_akut_yst": ("Akutmottagningen, Lasarettet i Ystad", SK + "1102"),
    "s_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", SK + "1103"),
    "s_barn_lund": ("Barn- och ungdomssjukhuset, Skånes universitetssjukhus Lund", SK + "1104"),
    "s_barn_kri": ("Barn- och ungdomsmedicinska mottagningen, Centralsjukhuset Kristianstad", SK + "1105"),
    "s_uro_mal": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "1106"),
    "s_neuro_hbg": ("Neurologimottagningen, Helsingborgs lasarett", SK + "1107"),
    "s_psyk_mal": ("Allmänpsykiatriska mottagningen Malmö Väster", SK + "1108"),
    "s_psykavd_lund": ("Psykiatrisk vårdavdelning 3, Psykiatri Lund", SK + "1109"),
    "s_bup_lund": ("BUP-mottagning Lund", SK + "1110"),
    "s_kir_hbg": ("Kirurgiska kliniken avd 54, Helsingborgs lasarett", SK + "1111"),
    "s_kvinno_mal": ("Kvinnokliniken, Skånes universitetssjukhus Malmö", SK + "1112"),
    "s_forl_lund": ("Förlossningsavdelningen, Skånes universitetssjukhus Lund", SK + "1113"),
    "s_ger_trb": ("Geriatriska kliniken, Trelleborgs lasarett", SK + "1114"),
    "s_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", SK + "1115"),
    "s_kard_lund": ("Hjärtmottagningen, Skånes universitetssjukhus Lund", SK + "1116"),
    "s_inf_mal": ("Infektionskliniken, Skånes universitetssjukhus Malmö", SK + "1117"),
    "s_lung_lund": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", SK + "1118"),
    "s_med_hlm": ("Medicinkliniken avd 3, Hässleholms sjukhus", SK + "1119"),
    "s_ort_land": ("Ortopedmottagningen, Landskrona lasarett", SK + "1120"),
    "s_ogon_lund": ("Ögonkliniken, Skånes universitetssjukhus Lund", SK + "1121"),
    "s_reuma_mal": ("Reumatologimottagningen, Skånes universitetssjukhus Malmö", SK + "1122"),
    "s_hem_lund": ("Hematologimottagningen, Skånes universitetssjukhus Lund", SK + "1123"),
    "s_onh_hbg": ("Öron-näsa-hals-mottagningen, Helsingborgs lasarett", SK + "1124"),
    "s_gastro_yst": ("Medicinmottagningen gastroenterologi, Lasarettet i Ystad", SK + "1125"),
    "s_med_kri": ("Medicinavdelning 10, Centralsjukhuset Kristianstad", SK + "1126"),
    "s_kir_mal": ("Kirurgiska mottagningen, Skånes universitetssjukhus Malmö", SK + "1127"),
    "s_endo_mal": ("Endokrinologimottagningen, Skånes universitetssjukhus Malmö", SK + "1128"),
    # Skåne, PMO (primary care)
    "s_vc_nasby": ("Vårdcentralen Näsby, Kristianstad", SK + "2101"),
    "s_bvc_eslov": ("BVC Eslöv", SK + "2102"),
    "s_um_lund": ("Ungdomsmottagningen Lund", SK + "2103"),
    "s_hsv_hlm": ("Hemsjukvården Hässleholm", SK + "2104"),
    "s_vc_lomma": ("Vårdcentralen Lomma", SK + "2105"),
    "s_vc_simr": ("Vårdcentralen Simrishamn", SK + "2106"),
    # Västra Götaland, Melior
    "v_akut_su": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", VG + "3101"),
    "v_med_nal": ("Medicinkliniken avd 12, NÄL Trollhättan", VG + "3102"),
    "v_kvinno_ost": ("Kvinnokliniken, Östra sjukhuset", VG + "3103"),
    "v_barn_dsbus": ("Drottning Silvias barn- och ungdomssjukhus", VG + "3104"),
    "v_onk_su": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", VG + "3105"),
    "v_kir_skas": ("Kirurgkliniken, Skaraborgs sjukhus Skövde", VG + "3106"),
    "v_psyk_su": ("Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset", VG + "3107"),
    "v_ger_moln": ("Geriatriska kliniken, Mölndals sjukhus", VG + "3108"),
    "v_med_als": ("Medicinmottagningen, Alingsås lasarett", VG + "3109"),
    "v_ort_sas": ("Ortopedkliniken, Södra Älvsborgs sjukhus Borås", VG + "3110"),
    "v_onh_udd": ("Öron-näsa-halsmottagningen, Uddevalla sjukhus", VG + "3111"),
    "v_barn_sas": ("Barn- och ungdomsmottagningen, Södra Älvsborgs sjukhus Borås", VG + "3112"),
    "v_hud_su": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", VG + "3113"),
    "v_inf_ost": ("Infektionskliniken, Östra sjukhuset", VG + "3114"),
    "v_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "3115"),
    "v_akut_kun": ("Akutmottagningen, Kungälvs sjukhus", VG + "3116"),
    "v_kard_ost": ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset Östra", VG + "3117"),
    "v_uro_skas": ("Urologmottagningen, Skaraborgs sjukhus Lidköping", VG + "3118"),
    "v_modra_nal": ("Specialistmödravården, NÄL Trollhättan", VG + "3119"),
    "v_ogon_moln": ("Ögonmottagningen, Mölndals sjukhus", VG + "3120"),
    "v_npsyk_su": ("Neuropsykiatriska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "3121"),
    "v_reuma_su": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "3122"),
    "v_endo_su": ("Endokrinologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "3123"),
    "v_lung_skas": ("Lungmottagningen, Skaraborgs sjukhus Skövde", VG + "3124"),
    "v_gyn_kun": ("Gynekologmottagningen, Kungälvs sjukhus", VG + "3125"),
    "v_kir_sas": ("Kirurgavdelning 42, Södra Älvsborgs sjukhus Borås", VG + "3126"),
    "v_hem_su": ("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", VG + "3127"),
    "v_forl_ost": ("Förlossningen, Östra sjukhuset", VG + "3128"),
}

PMO_UNITS = {"s_vc_nasby", "s_bvc_eslov", "s_um_lund", "s_hsv_hlm", "s_vc_lomma", "s_vc_simr"}


def _iso(t):
    """'2024-03-22 15:35' -> '2024-03-22T15:35:00'."""
    if t is None:
        return None
    return t.replace(" ", "T") + ":00"


def N(nid, unit, template, who, role, t, s, setting, *sections, refs=()):
    """One note. System follows the unit (PMO for Skåne primary care, else Melior)."""
    name, hsa = U[unit]
    return {
        "id": nid,
        "system": "PMO" if unit in PMO_UNITS else "Melior",
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": who, "role": role},
        "time": _iso(t),
        "signed": _iso(s),
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


CASES = []


def C(name, ruleset, pid, notes, must, must_not, why):
    """One case. must / must_not: 'NL101' (note n1) or ('NL101', 'n2')."""
    def norm(lst):
        out = []
        for a in lst:
            out.append([a, "n1"] if isinstance(a, str) else [a[0], a[1]])
        return out
    last = max(_dt.datetime.fromisoformat(n["time"]) for n in notes)
    as_of = (last + _dt.timedelta(days=10)).replace(hour=0, minute=0, second=0)
    as_of = min(as_of, _dt.datetime(2024, 12, 31, 23, 59, 0))
    birth = pid[:4] + "-" + pid[4:6] + "-" + pid[6:8]
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pid, "birth_date": birth, "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": norm(must),
        "must_not": norm(must_not),
        "why": why,
    })


# ====================================================================== cases
# ---------------------------------------------------------------- NL101 positives
C("onk-brostcancer-besked-pa-tisdag", "skane", "19580314-2461",
  [N("n1", "s_onk_lund", "Mottagningsanteckning", "Helena Strand", "läkare",
     "2024-03-14 10:20", "2024-03-14 11:05", "öppenvård",
     ("Aktuellt", "Remitterad efter screeningmammografi med fynd i hö bröst. Mellannålsbiopsi tagen 6/3."),
     ("PAD", "Invasiv duktal cancer, NHG 2. ER 90 %, PR 40 %, HER2 negativ, Ki-67 25 %."),
     ("Bedömning", "Bröstcancer hö, luminal B-lik. Pat har ej informerats om PAD ännu, besked ges på mottagningen tisdag 19/3 tillsammans med kontaktsjuksköterska."))],
  ["NL101"], ["NL102"],
  "Established breast cancer in visible PAD/Bedömning while the patient has not been told yet.")

C("med-levermetastaser-ovetande-anhoriga-vill-narvara", "vgr", "19440902-1187",
  [N("n1", "v_med_nal", "Daganteckning", "Oskar Lindqvist", "läkare",
     "2024-04-04 14:10", "2024-04-04 15:00", "slutenvård",
     ("Röntgen", "DT thorax-buk 4/4: Multipla levermetastaser, största 4 cm i segment VII. Förtjockad tarmvägg i colon sigmoideum över 6 cm."),
     ("Bedömning", "Metastaserad sjukdom i levern med sannolik primär i sigmoideum enligt röntgenläkaren; koloskopi planeras."),
     ("Planering", "Pat är ovetande om DT-fynden. Döttrarna har bett att få vara med när besked lämnas, samtal bokat fredag kl 13."))],
  ["NL101"], [],
  "Liver metastases visible while the patient is 'ovetande'; relatives want to be present first.")

C("barn-all-foraldrar-fatt-inget-besked", "skane", "20190611-4523",
  [N("n1", "s_barn_lund", "Läkaranteckning", "Petra Wiklund", "läkare",
     "2024-02-08 13:40", "2024-02-08 14:15", "slutenvård",
     ("Lab", "Blodutstryk: 62 % blaster. Flödescytometri på benmärg: prekursor-B-ALL."),
     ("Bedömning", "Akut lymfatisk leukemi hos 4-årig flicka. Föräldrarna har ännu inte fått beskedet – de kör in från Hörby, samtal med överläkare och kurator kl 16.00."))],
  ["NL101"], [],
  "Child under 13: guardians read the journal and have not been told of the ALL diagnosis yet.")

C("akut-sah-neurokir-tar-samtalet-utkast", "vgr", "19710527-3028",
  [N("n1", "v_akut_su", "Akutanteckning", "Jonas Berg", "läkare",
     "2024-05-11 02:35", None, "akutmottagning",
     ("Kontaktorsak", "Plötslig svår huvudvärk under träning kl 00.30, kräkts x2."),
     ("Status", "Vaken, GCS 15, uttalat nackstel, inga fokala bortfall."),
     ("DT hjärna", "Subaraknoidalblödning basalt och i Sylvii fåror bilat, Fisher grad 3."),
     ("Bedömning", "SAH. Fyndet har inte meddelats pat ännu, neurokirurgjouren vill informera själv och är på väg ner."))],
  ["NL101"], [],
  "Unsigned draft: SAH on CT visible while the finding has not been communicated to the patient.")

C("uro-prostatacancer-sekreterare-pad-inkommit", "skane", "19520118-3356",
  [N("n1", "s_uro_mal", "Administrativ anteckning", "Lena Håkansson", "medicinsk sekreterare",
     "2024-06-03 09:12", "2024-06-03 09:14", "öppenvård",
     ("Notering", "PAD prostatabiopsier inkommit: Adenocarcinom Gleason 4+3=7 (ISUP 3) i 5 av 12 biopsier. Pat ej informerad – dr Nilsson ringer pat v. 24. Lagt i dr Nilssons inkorg."))],
  ["NL101"], [],
  "Secretary's one-liner: prostate cancer PAD arrived, patient not informed, doctor will call.")

C("kvinno-missed-abortion-vantar-pa-lakare", "vgr", "19930722-5129",
  [N("n1", "v_kvinno_ost", "Barnmorskeanteckning", "Sara Ek", "barnmorska",
     "2024-01-17 10:05", "2024-01-17 10:40", "öppenvård",
     ("Aktuellt", "Tidigt UL pga lätt blödning, SM enl. 10+1."),
     ("Ultraljud", "Intrauterin fostersäck, fosterekon motsvarande 8+2. Ingen hjärtaktivitet. Missed abortion."),
     ("Åtgärd", "Kvinnan har inte fått beskedet av mig, gynjour tillkallad för att informera och diskutera handläggning."))],
  ["NL101"], [],
  "Midwife documents missed abortion; the woman herself has not been given the news yet.")

C("neuro-als-besked-vid-aterbesok", "skane", "19600403-2774",
  [N("n1", "s_neuro_hbg", "Läkaranteckning", "Magnus Ivarsson", "läkare",
     "2024-04-25 16:00", "2024-04-26 08:30", "öppenvård",
     ("Neurofysiologi", "EMG/neurografi 22/4: aktiv och kronisk denervation i bulbära, cervikala och lumbosakrala segment. Gold Coast-kriterierna uppfyllda."),
     ("Bedömning", "Amyotrofisk lateralskleros (ALS)."),
     ("Planering", "Beskedet planeras till återbesök 22/5 med hustrun närvarande. Pat vet i dagsläget ingenting om utlåtandet."))],
  ["NL101"], ["NL102"],
  "ALS stated in Bedömning; patient 'vet ingenting' until the planned return visit.")

C("psyk-schizofreni-ej-delgiven-avd", "skane", "19980905-3912",
  [N("n1", "s_psykavd_lund", "Läkaranteckning", "Rasmus Ohlsson", "läkare",
     "2024-03-02 11:30", "2024-03-02 12:10", "psykiatrisk slutenvård",
     ("Aktuellt", "Vårdas enl. LPT sedan 14/2. Fortsatt paranoida vanföreställningar riktade mot grannar, sover 3-4 h/natt."),
     ("Diagnos", "Schizofreni, paranoid form (F20.0)."),
     ("Bedömning", "Diagnosen har inte delgetts patienten som i nuläget inte bedöms kunna ta emot den. Tas upp när psykosen klingat av."))],
  ["NL101"], [],
  "Psychiatric inpatient: schizophrenia diagnosis written visibly, deliberately not yet communicated.")

C("mdk-pankreas-informeras-av-pal", "vgr", "19490630-2148",
  [N("n1", "v_kir_skas", "MDK-anteckning", "Elin Torstensson", "läkare",
     "2024-06-05 15:45", None, "öppenvård",
     ("Deltagare", "Kirurg, onkolog, radiolog, patolog, kontaktsjuksköterska."),
     ("MDK", "Pankreascancer i caput, lokalt avancerad med kärlengagemang av AMS > 180 grader. Ej resektabel."),
     ("Rekommendation", "Palliativ kemoterapi, FOLFIRINOX om gott AT. Pat informeras av PAL 12/6."))],
  ["NL101"], [],
  "MDT note: unresectable pancreatic cancer; 'informeras av PAL 12/6' means not told yet.")

C("hud-melanom-pat-ej-nadd-telefon", "vgr", "19810214-6274",
  [N("n1", "v_hud_su", "Telefonanteckning", "Maria Sjöberg", "sjuksköterska",
     "2024-08-20 15:20", "2024-08-20 15:25", "öppenvård",
     ("PAD", "Excision rygg: Malignt melanom, superficiellt spridande, Breslow 1,4 mm, ulceration saknas."),
     ("Kontakt", "Sökt pat på mobil två gånger, ej nådd. Hon har alltså inte fått något besked. Nytt försök imorgon fm, kallelse till utvidgad excision skickas först efter samtal."))],
  ["NL101"], [],
  "Melanoma PAD visible; nurse could not reach the patient, who therefore has not been told.")

C("kard-hocm-vantar-genetisk-vagledning", "skane", "19870109-1582",
  [N("n1", "s_kard_lund", "Läkaranteckning", "Anders Fägerström", "läkare",
     "2024-09-12 13:00", "2024-09-12 17:45", "öppenvård",
     ("Ekokardiografi", "Asymmetrisk septumhypertrofi 22 mm, SAM av mitralisklaffen, LVOT-gradient 60 mmHg i vila."),
     ("Diagnos", "Hypertrofisk obstruktiv kardiomyopati (HOCM)."),
     ("Planering", "Enligt överenskommelse med PAL informeras pat inte förrän tid för genetisk vägledning finns, så att familjeutredning kan erbjudas samtidigt."))],
  ["NL101"], [],
  "HOCM written as diagnosis; patient will not be informed until genetic counselling is booked.")

C("barn-nydebuterad-dm1-vh-ej-nadda", "vgr", "20170316-8433",
  [N("n1", "v_barn_sas", "Akutanteckning", "Fredrik Alm", "läkare",
     "2024-10-02 11:50", "2024-10-02 12:20", "akutmottagning",
     ("Kontaktorsak", "Kommer med skolsköterskan pga trötthet, törst och viktnedgång."),
     ("Lab", "P-glukos 24,1. B-ketoner 3,1. vB pH 7,29."),
     ("Bedömning", "Nydebuterad diabetes typ 1 med lätt ketoacidos."),
     ("Åtgärd", "Vårdnadshavarna har ännu inte informerats: mamma svarar inte i telefon, pappa på väg från jobbet i Ulricehamn."))],
  ["NL101"], [],
  "Seven-year-old: type 1 diabetes visible while neither guardian has been informed.")

C("fostermedicin-trisomi21-paret-ringes-imorgon", "skane", "19890425-7683",
  [N("n1", "s_kvinno_mal", "Barnmorskeanteckning", "Annika Persson", "barnmorska",
     "2024-07-09 16:10", "2024-07-09 16:30", "öppenvård",
     ("Provsvar", "Fostervattenprov (QF-PCR) taget 5/7: trisomi 21."),
     ("Plan", "Paret ej informerat än. Dr Madsen ringer dem imorgon förmiddag och erbjuder samtalstid samma dag."))],
  ["NL101"], [],
  "Maternity: trisomy 21 in amniocentesis reply; the pregnant patient (paret) not yet informed.")

C("ger-alzheimer-diagnosbesked-med-dotter", "vgr", "19390817-0206",
  [N("n1", "v_ger_moln", "Läkaranteckning", "Karin Åström", "läkare",
     "2024-09-18 10:30", "2024-09-18 11:40", "öppenvård",
     ("Utredningsresultat", "MMSE 21/30, klocktest 2/5. MR: uttalad hippocampusatrofi, MTA 3. Likvor: lågt Aβ42, förhöjt p-tau."),
     ("Bedömning", "Alzhiemers sjukdom med sen debut. Diagnosen är ännu inte kommunicerad till patienten; återbesök med dottern 3/10 för diagnosbesked."))],
  ["NL101"], [],
  "Typo (Alzhiemers): Geriatric memory work-up: Alzheimer's written out, not yet communicated, return visit planned.")

C("inf-lungtuberkulos-smittskydd-forst", "vgr", "19760212-9392",
  [N("n1", "v_inf_ost", "Läkaranteckning", "Nils Ahmadi", "läkare",
     "2024-11-06 09:50", "2024-11-06 10:30", "öppenvård",
     ("Mikrobiologi", "Sputumodling: Mycobacterium tuberculosis-komplex, känslig för förstahandspreparat."),
     ("Bedömning", "Lungtuberkulos. Smittskyddsläkaren underrättad. Patienten själv har ännu inte fått veta, han kallas till mottagningen imorgon med tolk (dari)."))],
  ["NL101"], [],
  "Tuberculosis confirmed by culture; the health authority knows but the patient has not been told.")

C("inf-hiv-konfirmerat-ej-underrattad", "skane", "19950303-4556",
  [N("n1", "s_inf_mal", "Omvårdnadsanteckning", "Jenny Falk", "sjuksköterska",
     "2024-02-21 13:05", "2024-02-21 13:20", "öppenvård",
     ("Provsvar", "HIV-1 ag/ak konfirmerat positivt i två prov."),
     ("Åtgärd", "Pat ej underrättad. Bokad till läkare + kurator 23/2 kl 10 för beskedet."))],
  ["NL101"], [],
  "Confirmed HIV infection documented by nurse; patient 'ej underrättad', appointment for the news.")

C("onk-hjarnmetastaser-kom-ensam", "vgr", "19630119-2404",
  [N("n1", "v_onk_su", "Mottagningsanteckning", "Ulrika Hedlund", "läkare",
     "2024-05-28 11:15", "2024-05-28 12:00", "öppenvård",
     ("MR hjärna", "Tre nytillkomna hjärnmetastaser, största 14 mm vä frontalt med lätt ödem."),
     ("Bedömning", "Progress med hjärnmetastaser under pembrolizumab."),
     ("Samtal", "Har inte berättat om MR-fynden idag då hon kom ensam, var mycket trött och bad att få ta allt nästa vecka med maken."))],
  ["NL101"], [],
  "Brain metastases visible; the doctor has not told her ('har inte berättat').")

C("barn-cf-svettest-cf-teamet-torsdag", "skane", "20240302-0817",
  [N("n1", "s_barn_lund", "Läkaranteckning", "Ida Nyberg", "läkare",
     "2024-04-16 14:30", "2024-04-16 15:10", "öppenvård",
     ("Bakgrund", "Positiv nyföddhetsscreening (IRT)."),
     ("Svettest", "Klorid 98 respektive 102 mmol/l. Genetik: homozygot F508del."),
     ("Bedömning", "Cystisk fibros."),
     ("Planering", "Föräldrarna har inte informerats ännu. CF-teamet tar samtalet på torsdag."))],
  ["NL101"], [],
  "Six-week-old infant with cystic fibrosis; guardians not informed before Thursday's meeting.")

C("kir-opber-carcinomatos-pat-sovd", "skane", "19550707-5967",
  [N("n1", "s_kir_hbg", "Operationsberättelse", "Tobias Gren", "läkare",
     "2024-03-27 12:40", "2024-03-27 14:00", "slutenvård",
     ("Indikation", "Ventrikelcancer, planerad gastrektomi."),
     ("Op-fynd", "Utbredd peritoneal carcinomatos, metastaser i lig. teres och på diafragman. Tumören ej resektabel."),
     ("Åtgärd", "Biopsier, gastroenteroanastomos."),
     ("Information", "Pat har ännu inte fått information om fynden – jag informerar på avdelningen när hon är vaken och klar."))],
  ["NL101"], [],
  "Operation note: peritoneal carcinomatosis found under anaesthesia; patient not yet informed.")

C("lung-dt-tumor-remissvar-ej-formedlat", "skane", "19480922-1320",
  [N("n1", "s_lung_lund", "Läkaranteckning", "Gunnar Blom", "läkare",
     "2024-01-30 08:50", "2024-01-30 09:30", "öppenvård",
     ("Remissvar DT thorax (inklistrat)", "4 cm spikulerad tumör i hö överlob. Förstorade lymfkörtlar i station 4R och 7 med central nekros. Två skelettmetastaser i Th8 och vä crista."),
     ("Bedömning", "Lungcancer hö överlob med lymfkörtel- och skelettmetastasering, cT2bN2M1c."),
     ("Planering", "Svaret har inte förmedlats till pat ännu. Bronkoskopi med EBUS bokas först, besked vid samma besök."))],
  ["NL101"], ["NL102"],
  "Radiology reply pasted into note: metastatic lung cancer; the answer has not been passed on.")

C("ogon-retinitis-pigmentosa-besked-med-make", "skane", "19840101-4603",
  [N("n1", "s_ogon_lund", "Mottagningsanteckning", "Erik Sandell", "läkare",
     "2024-10-15 09:20", "2024-10-15 10:05", "öppenvård",
     ("Undersökningar", "Fullfältets-ERG: kraftigt nedsatt stavsvar, tappsvar måttligt sänkt. Perimetri: ringskotom bilat."),
     ("Diagnos", "Retinitis pigmentosa."),
     ("Information", "Pat önskar få besked tillsammans med sin make och har därför inte informerats i dag. Nytt besök om 2 veckor."))],
  ["NL101"], [],
  "Ophthalmology: retinitis pigmentosa documented; patient asked to hear it later with her husband.")

C("onh-vestibularisschwannom-ville-ej-ta-per-telefon", "vgr", "19660510-3875",
  [N("n1", "v_onh_udd", "Telefonanteckning", "Linnea Carlsson", "läkare",
     "2024-02-12 14:40", "2024-02-12 14:45", "öppenvård",
     ("Kontaktorsak", "Pat ringer och frågar efter MR-svaret."),
     ("MR", "12 mm vestibularisschwannom vä inre hörselgång, ingen kompression av hjärnstammen."),
     ("Åtgärd", "Lämnade inte ut svaret per telefon utan hänvisade till återbesöket 19/2 där vi går igenom det."))],
  ["NL101"], [],
  "Phone note: schwannoma on MRI visible; the doctor withheld the result from the calling patient.")

C("neuro-ms-pat-pa-semester", "skane", "19900818-7420",
  [N("n1", "s_neuro_hbg", "Läkaranteckning", "Sofia Bengtsson", "läkare",
     "2024-06-28 15:10", "2024-06-28 15:30", "öppenvård",
     ("Likvor", "Oligoklonala band i likvor, ej i serum. IgG-index 0,9."),
     ("MR", "Periventrikulära, juxtakortikala och infratentoriella T2-lesioner, en kontrastladdande."),
     ("Bedömning", "Skovvis förlöpande multipel skleros enligt McDonald 2017."),
     ("Plan", "Ej informerd, pat på semester till 10/7. Sekr. bokar besök v. 28."))],
  ["NL101"], [],
  "Typo (informerd): MS established in Bedömning; 'ej informerad' because the patient is on holiday.")

C("barn-celiaki-foraldrar-ringes-efter-helgen", "vgr", "20200223-5055",
  [N("n1", "v_barn_dsbus", "Läkaranteckning", "Hanna Wallin", "läkare",
     "2024-03-08 16:20", None, "öppenvård",
     ("PAD", "Duodenalbiopsier: totalatrofi av villi, kryptehyperplasi, ökat antal IEL – Marsh 3c."),
     ("Bedömning", "Celiaki."),
     ("Planering", "Vårdnadshavrna ännu ej informerade om PAD, jag ringer dem måndag och skickar remiss till dietist efter samtalet."))],
  ["NL101"], [],
  "Typo (Vårdnadshavrna): Four-year-old with celiac disease on biopsy; guardians will be phoned after the weekend.")

C("reuma-sle-hann-inte-ga-igenom", "skane", "19970612-8809",
  [N("n1", "s_reuma_mal", "Mottagningsanteckning", "Amir Haddad", "läkare",
     "2024-08-08 11:00", "2024-08-08 12:15", "öppenvård",
     ("Lab", "ANA 1:1280 homogent, anti-dsDNA 210 IE/ml, C3 och C4 låga, U-protein/krea 85."),
     ("Bedömning", "Systemisk lupus erythematosus och misstänkt lupusnefrit, njurbiopsi planeras."),
     ("Övrigt", "Vi hann inte gå igenom diagnosen med pat, hon fick gå till labbet innan samtalet. Ringer henne i eftermiddag."))],
  ["NL101", "NL102"], [],
  "SLE written as settled while not yet discussed with the patient; 'misstänkt lupusnefrit' is also a hedge.")

C("uro-blascancer-besked-hos-uroterapeut", "vgr", "19450419-4152",
  [N("n1", "v_uro_skas", "Läkaranteckning", "Per-Olof Nordin", "läkare",
     "2024-04-10 13:30", "2024-04-11 08:00", "öppenvård",
     ("PAD TURB", "Urotelial cancer, höggradig, pT1. Muskel finns i preparatet och är fri."),
     ("Bedömning", "Icke muskelinvasiv urinblåsecancer, högrisk. Re-TURB inom 6 veckor."),
     ("Information", "Pat ska få besked vid uroterapeutens kontroll 16/4 – han har alltså inte fått veta ännnu."))],
  ["NL101"], [],
  "Typo (ännnu): Bladder cancer PAD visible; 'har alltså inte fått veta ännnu'.")

C("bup-autism-aterkoppling-till-vh-senare", "skane", "20150920-2261",
  [N("n1", "s_bup_lund", "Psykologanteckning", "Cecilia Lund", "psykolog",
     "2024-11-04 15:00", "2024-11-05 09:10", "öppenvård",
     ("Genomförda test", "WISC-V, ADOS-2 modul 3, ADI-R med mamma."),
     ("Sammanfattning", "Kriterierna för autism (F84.0) är uppfyllda. Begåvning inom normalvariationen."),
     ("Planering", "Återgivning till vårdnadshavarna sker 14/11. De har ännu inte fått ta del av resultatet."))],
  ["NL101"], [],
  "BUP psychologist, 9-year-old: autism diagnosis visible before the guardians' feedback session.")

C("npsyk-adhd-vuxen-aterkoppling-ej-skett", "vgr", "19940302-6595",
  [N("n1", "v_npsyk_su", "Psykologanteckning", "Johan Lindgren", "psykolog",
     "2024-11-27 16:30", "2024-11-28 08:15", "öppenvård",
     ("Utredning", "DIVA-5, QbTest, WAIS-IV och anamnes med mamma genomförda."),
     ("Resultat", "Pat uppfyller kriterierna för ADHD, kombinerad form."),
     ("Plan", "Återkoppling av utredningen till pat har inte skett, planeras 2/12 tillsammans med läkare."))],
  ["NL101"], [],
  "Adult ADHD assessment result written; feedback to the patient has not happened yet.")

C("gyn-ovarialcancer-misstankt-recidiv-ej-info", "vgr", "19570928-7022",
  [N("n1", "v_gyn_kun", "Mottagningsanteckning", "Eva Holmgren", "läkare",
     "2024-07-02 10:00", None, "öppenvård",
     ("Anamnes", "Opererad 2021 för höggradig serös ovarialcancer, därefter karboplatin-paklitaxel."),
     ("Lab/bild", "CA-125 stigande 35 → 190. DT: nytillkommen ascites och omentförtjockning."),
     ("Bedömning", "Misstänkt recidiv av ovarialcancern. Pat är ej informerad om misstanken, avvaktar gynonkologisk konferens 9/7."))],
  ["NL101", "NL102"], [],
  "Suspected recurrence written visibly and explicitly not yet shared with the patient: both rules.")

C("kir-pankreas-stark-misstanke-ej-berattat", "skane", "19510514-1294",
  [N("n1", "s_kir_mal", "Läkaranteckning", "Jakob Wennerberg", "läkare",
     "2024-09-03 17:20", "2024-09-03 17:40", "öppenvård",
     ("DT", "3 cm lågattenuerande förändring i pankreashuvudet med dilaterad gallgång och pankreasgång."),
     ("Bedömning", "Bilden inger stark misstanke om pankreascancer. EUS med finnålspunktion beställt. Har ej berättat om misstanken för pat."))],
  ["NL101", "NL102"], [],
  "Strong suspicion of pancreatic cancer in a visible note that also says the patient was not told.")

C("epikris-myelom-konfusorisk-vardtid", "skane", "19420211-3645",
  [N("n1", "s_med_kri", "Epikris", "Malin Johansson", "läkare",
     "2024-05-16 14:00", "2024-05-17 10:20", "slutenvård",
     ("Orsak till inläggning", "Inkom via akuten 6/5 med tilltagande förvirring, förstoppning och ryggvärk sedan två veckor."),
     ("Förlopp", "Hyperkalcemi 3,45 mmol/l vid ankomst, behandlad med rehydrering och zoledronsyra med normalisering till 2,55. Akut njursvikt med kreatinin 248 som förbättrats till 160. M-komponent IgG-kappa 38 g/l. Benmärgsbiopsi: 45 % klonala plasmaceller. Skelettröntgen (lågdos-DT): multipla osteolyser i kotpelare och bäcken, kotkompression Th11 utan neurologi. Konfusionen klingade av successivt i takt med att kalciumvärdet sjönk; sista två dygnen orienterad till tid och rum."),
     ("Diagnoser", "Multipelt myelom, IgG-kappa, ISS stadium III. Hyperkalcemi. Akut njursvikt. Kotkompression Th11."),
     ("Information", "Patienten har under vårdtiden inte informerats om myelomdiagnosen då hon initialt var konfusorisk och därefter ville vänta tills sonen kunde komma från Stockholm. Hematolog tar diagnosbeskedet vid mottagningsbesök 23/5, sonen följer med."),
     ("Läkemedel", "Nyinsatt: Kalcium-D ej aktuellt pga hyperkalcemi. Paracetamol 1 g x 3. Laktulos vb. Waran utsatt under vårdtiden, ej återinsatt, tas ställning till vid hematologbesöket."),
     ("Uppföljning", "Lab (Ca, krea, Hb) vid mottagningsbesöket. Hemsjukvården informerad om utskrivningen, trygghetslarm finns."))],
  ["NL101"], ["NL102"],
  "Long discharge summary: myeloma listed under Diagnoser, patient not told during the stay.")

C("pediatrik-horselnedsattning-vh-ej-fatt-resultat", "vgr", "20200714-3205",
  [N("n1", "v_onh_udd", "Mottagningsanteckning", "Mikael Wahlström", "audionom",
     "2024-12-04 13:30", "2024-12-04 14:10", "öppenvård",
     ("Undersökning", "Lekaudiometri och ABR i sedering 2/12."),
     ("Resultat", "Bilateral sensorineural hörselnedsättning, grav, 75-80 dB HL."),
     ("Plan", "Vårdnadshavarna har ännu inte fått resultatet. Läkarbesök med hörselhabilitering 10/12 där de informeras."))],
  ["NL101"], [],
  "Four-year-old's severe hearing loss documented; guardians have not received the result.")

C("ort-patologisk-fraktur-metastas-vet-inget", "vgr", "19500920-5633",
  [N("n1", "v_ort_sas", "Inskrivningsanteckning", "Henrik Dahl", "läkare",
     "2024-02-25 21:10", "2024-02-25 22:00", "slutenvård",
     ("Kontaktorsak", "Föll i hallen, kan inte belasta hö ben."),
     ("Röntgen", "Patologisk subtrokantär fraktur hö femur genom lytisk skelettmetastas. Fler lytiska härdar i bäckenet."),
     ("Bedömning", "Patologisk femurfraktur vid skelettmetastasering, okänd primärtumör."),
     ("Planering", "Märgspik imorgon. Pat vet inget om metastaserna ännu, vi väntar med informationen tills onkolog konsulterats."))],
  ["NL101"], [],
  "Pathological fracture through a metastasis; patient 'vet inget om metastaserna ännu'.")

C("tonaring-17-foraldrar-vet-pat-sjalv-inte", "skane", "20070303-0866",
  [N("n1", "s_hem_lund", "Läkaranteckning", "Oliver Borg", "läkare",
     "2024-06-12 15:00", "2024-06-12 16:20", "slutenvård",
     ("Benmärg", "Morfologi och flöde: AML med NPM1-mutation, 70 % blaster."),
     ("Bedömning", "Akut myeloisk leukemi."),
     ("Information", "Föräldrarna informerade i eftermiddag på egen begäran. Patienten själv, 17 år, har ännu inte informerats – föräldrarna vill vara med när han får veta i morgon bitti."))],
  ["NL101"], [],
  "Patient aged 17 reads his own journal: parents told, but he himself has not been informed.")

C("typo-pat-ej-infomerad-om-pad", "vgr", "19680707-4684",
  [N("n1", "v_kir_sas", "Daganteckning", "Josefin Åberg", "läkare",
     "2024-10-22 09:40", "2024-10-22 10:00", "slutenvård",
     ("PAD", "Kolektomipreparat: Adenocarcinom i colon transversum, pT3 N1b (2/21), R0."),
     ("Bed", "Koloncancer stadium III. Pat ej infomerad om PAD ännu, tas vid ronden imorgon när anhöriga finns på plats."))],
  ["NL101"], [],
  "Typo 'infomerad': colon cancer PAD in visible note, patient not informed yet.")

C("tolk-saknas-besked-vantar", "skane", "19860527-2296",
  [N("n1", "s_gastro_yst", "Mottagningsanteckning", "Klara Nordström", "läkare",
     "2024-04-18 10:10", "2024-04-18 10:45", "öppenvård",
     ("Gastroskopi/PAD", "Duodenalbiopsier och leverbiopsi besvarade: autoimmun hepatit typ 1 med måttlig fibros."),
     ("Information", "Tolk (tigrinja) uteblev, varför pat inte kunde informeras om diagnosen vid dagens besök. Nytt besök med kontakttolk på plats bokas."))],
  ["NL101"], [],
  "Autoimmune hepatitis on biopsy; the interpreter did not come, so the patient could not be informed.")

C("hem-kll-beskedet-sparas-till-mottagning", "vgr", "19460101-8742",
  [N("n1", "v_hem_su", "Läkaranteckning", "Stina Forsberg", "läkare",
     "2024-03-19 12:00", None, "öppenvård",
     ("Flödescytometri", "Monoklonal B-cellspopulation CD5+/CD23+, kappa-restriktion, 24 x 10⁹/l."),
     ("Bedömning", "Kronisk lymfatisk leukemi, Binet A. Ingen behandlingsindikation."),
     ("Planering", "Beskedet om diagnosen sparas till nybesöket 2/4 då sjuksköterska och broschyrer finns."))],
  ["NL101"], [],
  "CLL written; the news is 'sparas till nybesöket', i.e. the patient has not been told.")

C("flernot-pad-n1-ej-info-n2-informerad", "vgr", "19610806-0416",
  [N("n1", "v_kir_skas", "Läkaranteckning", "Oscar Jönsson", "läkare",
     "2024-02-05 16:00", "2024-02-05 16:30", "öppenvård",
     ("PAD", "Hemikolektomi hö: neuroendokrin tumör i appendix, 2,4 cm, grad 2, mesoappendix engagerat."),
     ("Bedömning", "Neuroendokrin tumör i appendix. Pat har ej fått besked, informationssamtal bokat 8/2.")),
   N("n2", "v_kir_skas", "Mottagningsanteckning", "Oscar Jönsson", "läkare",
     "2024-02-08 10:00", "2024-02-08 10:50", "öppenvård",
     ("Samtal", "Informationssamtal med pat och sambo. Gått igenom PAD: neuroendokrin tumör i appendix, radikalt opererad. Frågor besvarade, skriftlig info medgiven."))],
  ["NL101"], [("NL101", "n2")],
  "Two notes: the PAD note saying 'ej fått besked' fires; the later informing note must not.")

C("flernot-ssk-utan-dx-lakare-med-dx-ej-info", "skane", "19740330-1968",
  [N("n1", "s_med_hlm", "Omvårdnadsanteckning", "Lisa Mattsson", "sjuksköterska",
     "2024-11-11 20:15", "2024-11-11 20:30", "slutenvård",
     ("Omvårdnad", "Pat orolig inför svar på undersökningarna, vill gärna prata med läkare imorgon. Sovit dåligt, fått Propavan 25 mg.")),
   N("n2", "s_med_hlm", "Daganteckning", "Viktor Lindahl", "läkare",
     "2024-11-12 11:30", "2024-11-12 12:05", "slutenvård",
     ("Röntgen", "MR lever: 6 cm hepatocellulärt karcinom i segment VIII, LI-RADS 5, på basen av cirros."),
     ("Bedömning", "HCC i cirrotisk lever, BCLC B."),
     ("Plan", "Pat ännu inte informerad om MR-svaret. Tar samtalet efter leverkonferensen på torsdag."))],
  [("NL101", "n2")], ["NL101"],
  "Two notes: nurse's worry note has no diagnosis; the doctor's HCC note says the patient is not informed.")

C("neonatal-hjartfel-foraldrarna-ej-informerade", "skane", "20240914-1930",
  [N("n1", "s_barn_lund", "Läkaranteckning", "Robin Ekström", "läkare",
     "2024-09-15 07:40", "2024-09-15 08:00", "slutenvård",
     ("Ekokardiografi", "Komplett atrioventrikulär septumdefekt med stort vä-hö-shunt."),
     ("Bedömning", "AVSD. Kromosomanalys skickad."),
     ("Information", "Föräldrarna är inte informerade ännu; mamma sover efter snitt, barnkardiolog träffar båda kl 10."))],
  ["NL101"], [],
  "Newborn: AVSD found on echo; the guardians are not informed yet.")

C("forl-fosterdod-ej-meddelat-mannen-och-kvinnan", "vgr", "19960506-5227",
  [N("n1", "v_forl_ost", "Barnmorskeanteckning", "Therese Kvist", "barnmorska",
     "2024-08-31 03:20", None, "slutenvård",
     ("Aktuellt", "Omföderska v. 36+4, söker för minskade fosterrörelser sedan igår kväll."),
     ("Undersökning", "Inga fosterljud med doptone eller CTG. Snabbultraljud av jourläkare: intrauterin fosterdöd."),
     ("Information", "Kvinnan och hennes man har inte fått beskedet ännu, överläkaren är på väg in och tar samtalet tillsammans med mig."))],
  ["NL101"], [],
  "Draft labour-ward note: intrauterine fetal death confirmed, the woman not yet given the news.")
# ---------------------------------------------------------------- NL101 near misses
C("hud-bcc-informerad-per-telefon", "skane", "19470612-5475",
  [N("n1", "s_hud_lund", "Telefonanteckning", "Sanna Olofsson", "sjuksköterska",
     "2024-02-14 13:10", "2024-02-14 13:15", "öppenvård",
     ("PAD", "Basalcellscancer, nodulär typ, radikalt exciderad."),
     ("Åtgärd", "Pat informerad per telefon om PAD-svaret, inga ytterligare åtgärder behövs. Hon var nöjd och har inga frågor."))],
  [], ["NL101"],
  "Patient informed by phone of a basal cell carcinoma: no NL101, nothing hedged.")

C("onk-brostcancer-maken-vet-inte", "vgr", "19720415-2644",
  [N("n1", "v_onk_su", "Mottagningsanteckning", "Ulrika Hedlund", "läkare",
     "2024-03-06 09:30", None, "öppenvård",
     ("Bedömning", "Bröstcancer vä, T1cN0, HER2-positiv."),
     ("Information", "Pat fick diagnosbeskedet i dag och tog det sansat. Maken är ännu inte informerad – hon vill berätta själv i helgen."))],
  [], ["NL101"],
  "Only the husband is uninformed; the patient herself got the diagnosis today.")

C("barn-epilepsi-foraldrar-informerade", "vgr", "20160908-1466",
  [N("n1", "v_barn_dsbus", "Läkaranteckning", "Hanna Wallin", "läkare",
     "2024-05-02 14:00", "2024-05-02 14:50", "öppenvård",
     ("EEG", "Generaliserade 3 Hz spike-wave-urladdningar vid hyperventilation, flera absenser registrerade."),
     ("Bedömning", "Barnabsensepilepsi."),
     ("Information", "Mamma och pappa har fått information om diagnosen och om etosuximid. Pojken själv informeras på sin nivå vid nästa besök."))],
  [], ["NL101"],
  "Child of 7: the guardians, who read the journal, have been informed; the child's own talk is later.")

C("ort-artros-ny-optid-ej-meddelad", "skane", "19560830-3839",
  [N("n1", "s_ort_land", "Administrativ anteckning", "Birgitta Holm", "medicinsk sekreterare",
     "2024-05-21 10:40", "2024-05-21 10:41", "öppenvård",
     ("Notering", "Primär koxartros hö, uppsatt för total höftplastik. Optiden flyttad till 12/6, pat ej informerad om den nya tiden ännu – ringer i eftermiddag."))],
  [], ["NL101"],
  "'Ej informerad' is about a rescheduled operation time, not about the (known) osteoarthritis.")

C("lab-normala-svar-ej-meddelade", "vgr", "19830104-7232",
  [N("n1", "v_med_als", "Telefonanteckning", "Anna Björk", "sjuksköterska",
     "2024-06-17 08:55", "2024-06-17 09:00", "öppenvård",
     ("Provsvar", "Hb 138, CRP <5, TSH 1,9, Ferritin 64, B12 och folat u.a. Samtliga inom referensintervall."),
     ("Åtgärd", "Pat ej informerad om provsvaren ännu, svarade inte. Skickar meddelande via 1177 att allt var bra."))],
  [], ["NL101"],
  "The patient is not informed of lab results, but all are normal: no diagnosis to withhold.")

C("dm2-dosandring-ej-meddelad", "skane", "19590704-1213",
  [N("n1", "s_endo_mal", "Läkaranteckning", "Hugo Lindström", "läkare",
     "2024-09-09 15:30", "2024-09-09 15:40", "öppenvård",
     ("Aktuellt", "Diabetes typ 2 sedan 2015, HbA1c stigit till 68."),
     ("Åtgärd", "Metformin höjs till 1 g x 2 och Jardiance 10 mg läggs till. Pat ännu inte informerad om läkemedelsändringen, diabetessköterskan ringer imorgon."))],
  [], ["NL101"],
  "Not yet informed about a medication change; the type 2 diabetes is long known.")

C("tidiga-hypoteser-mall-dx-ej-informerad", "skane", "19630525-6023",
  [N("n1", "s_onk_lund", "Tidiga hypoteser", "Helena Strand", "läkare",
     "2024-02-19 16:40", "2024-02-19 16:45", "öppenvård",
     ("Hypotes", "PET-DT visar upptag i två revben och vä acetabulum, talar för skelettmetastaser av känd prostatacancer. Patienten ej informerad, besked efter kompletterande MR."))],
  [], ["NL101", "NL102"],
  "Skåne Tidiga hypoteser template: the not-informed finding is hidden from 1177 Journalen.")

C("vgr-th-sokord-dx-ej-info-ovriga-neutrala", "vgr", "19750823-1441",
  [N("n1", "v_neuro_su", "Mottagningsanteckning", "Marcus Lind", "läkare",
     "2024-04-23 11:00", "2024-04-23 11:45", "öppenvård",
     ("Aktuellt", "Uppföljning efter MR och neurografi, kommer med sin syster."),
     ("Status", "Lätt atrofi av thenar vä, fascikulationer i vä överarm. Reflexer livliga."),
     ("Tidiga hypoteser", "Bilden väcker misstanke om motorneuronsjukdom. Pat ej informerad om misstanken innan upprepad EMG om 3 mån."),
     ("Planering", "Ny EMG om 3 mån, återbesök därefter. Fysioterapeutkontakt för handfunktion."))],
  [], ["NL101", "NL102"],
  "VGR: suspicion and 'ej informerad' both sit under the filtered sökord Tidiga hypoteser.")

C("inremitterande-ej-informerad-pat-informerad", "skane", "19690311-4095",
  [N("n1", "s_gastro_yst", "Mottagningsanteckning", "Klara Nordström", "läkare",
     "2024-07-04 09:20", "2024-07-04 09:55", "öppenvård",
     ("PAD", "Kolonbiopsier: kronisk aktiv kolit förenlig med ulcerös kolit, ingen dysplasi."),
     ("Bedömning", "Ulcerös kolit, vänstersidig. Pat informerad om diagnosen och startar Asacol 2,4 g."),
     ("Övrigt", "Inremitterande vårdcentral har inte informerats ännu, kopia på anteckningen skickas."))],
  [], ["NL101"],
  "Not informed is the referring health centre; the patient got the ulcerative colitis diagnosis.")

C("parkinson-fatt-beskedet-svart-ta-in", "vgr", "19510226-8884",
  [N("n1", "v_neuro_su", "Mottagningsanteckning", "Marcus Lind", "läkare",
     "2024-08-29 10:00", "2024-08-29 11:00", "öppenvård",
     ("Bedömning", "Parkinsons sjukdom med debut i hö hand, Hoehn & Yahr 1."),
     ("Samtal", "Pat har fått beskedet om Parkinssons sjukdom men har svårt att ta det till sig och grät. Erbjuds ny samtalstid med Parkinsonsjuksköterska om 2 veckor."))],
  [], ["NL101"],
  "Typo (Parkinssons): Patient has been told but struggles to take it in: informed, so no NL101.")

C("kolon-kirurgen-redan-informerat", "vgr", "19580113-5681",
  [N("n1", "v_onk_su", "Läkaranteckning", "Ulrika Hedlund", "läkare",
     "2024-09-24 13:00", "2024-09-24 13:40", "öppenvård",
     ("Bakgrund", "Koloncancer sigmoideum pT3N1a, opererad 2/9."),
     ("Aktuellt", "Pat redan underrättad av kirurgen om PAD-svaret och stadieindelningen. Kommer nu för ställningstagande till adjuvant behandling."),
     ("Planering", "CAPOX i 3 månader, start v. 41."))],
  [], ["NL101"],
  "'Redan underrättad av kirurgen': the patient knows the diagnosis.")

C("lase-sjalv-i-1177-gick-igenom", "skane", "19880416-4401",
  [N("n1", "s_lung_lund", "Telefonanteckning", "Gunnar Blom", "läkare",
     "2024-05-13 08:20", "2024-05-13 08:35", "öppenvård",
     ("Kontaktorsak", "Pat hade själv läst DT-svaret i 1177 innan jag hann ringa och var orolig."),
     ("Svar", "DT thorax: sarkoidos stadium II med bilaterala hilusadeniter och retikulonodulära förändringar."),
     ("Åtgärd", "Gick igenom svaret och diagnosen sarkoidos med pat per telefon. Spirometri och återbesök om 6 v."))],
  [], ["NL101"],
  "Patient read the answer herself and it was then gone through with her: informed.")

C("dt-utan-tumor-ej-meddelat-svar", "vgr", "19720909-1862",
  [N("n1", "v_kir_skas", "Läkaranteckning", "Elin Torstensson", "läkare",
     "2024-10-08 15:00", "2024-10-08 15:05", "öppenvård",
     ("DT buk", "Ingen tumör. Inga förstorade lymfkörtlar. Lever, pankreas och njurar utan anmärkning."),
     ("Bedömning", "Ingen förklaring till buksmärtan på DT. Pat ej informerad om svaret ännu, brev skickas."))],
  [], ["NL101", "NL102"],
  "Not informed of a CT answer that shows no tumour: nothing diagnostic is withheld.")

C("fibromyalgi-remiss-avslagen-vet-inte", "skane", "19790701-6427",
  [N("n1", "s_reuma_mal", "Administrativ anteckning", "Sofie Ek", "medicinsk sekreterare",
     "2024-04-02 14:15", "2024-04-02 14:16", "öppenvård",
     ("Notering", "Pat med känd fibromyalgi. Remissen till smärtrehab har avslagits av mottagande enhet; pat vet ännu inte om detta, dr Haddad kontaktar henne."))],
  [], ["NL101"],
  "What the patient does not know is a declined referral, not the (known) fibromyalgia.")

C("oro-barn-mall-fraktur-vh-ej-informerade", "skane", "20230610-4056",
  [N("n1", "s_barn_kri", "Oro för att barn far illa", "Ida Nyberg", "läkare",
     "2024-01-26 18:30", "2024-01-26 19:30", "slutenvård",
     ("Fynd", "Skelettöversikt: läkande metafysära hörnfrakturer i båda distala femur, revbensfraktur costa 6 vä i läkning."),
     ("Åtgärd", "Vårdnadshavarna är inte informerade om skelettfynden. Orosanmälan till socialtjänsten gjord, barnskyddsteamet kontaktat."))],
  [], ["NL101"],
  "Skåne template Oro för att barn far illa is hidden: the uninformed fracture findings are protected.")

C("demens-hemtjansten-ej-informerad", "vgr", "19360312-0068",
  [N("n1", "v_ger_moln", "Mottagningsanteckning", "Karin Åström", "läkare",
     "2024-10-03 10:00", None, "öppenvård",
     ("Samtal", "Diagnosbesked: blandform av Alzheimers sjukdom och vaskulär demens. Pat och dotter informerade, frågor om körkort och boende besvarade."),
     ("Övrigt", "Hemtjänsten är ännu inte informerad om diagnosen, pat vill själv bestämma vad de ska få veta."))],
  [], ["NL101"],
  "Only home-care staff are uninformed; the patient got the dementia diagnosis.")

C("infektion-borrelia-informerad-via-tolk", "skane", "19910128-0874",
  [N("n1", "s_inf_mal", "Mottagningsanteckning", "Nils Ahmadi", "läkare",
     "2024-08-15 13:30", "2024-08-15 14:10", "öppenvård",
     ("Likvor", "Pleocytos 145 mononukleära, intratekal borreliaantikroppsproduktion."),
     ("Bedömning", "Neuroborrelios med facialispares vä."),
     ("Information", "Information om diagnos och doxycyklinbehandling lämnad via telefontolk på arabiska, pat upprepar planen korrekt."))],
  [], ["NL101"],
  "Diagnosis conveyed through an interpreter: informed.")

C("cirros-informerades-igar-av-pal", "vgr", "19640721-1835",
  [N("n1", "v_med_nal", "Daganteckning", "Oskar Lindqvist", "läkare",
     "2024-12-03 09:00", "2024-12-03 09:20", "slutenvård",
     ("Aktuellt", "Alkoholorsakad levercirros Child-Pugh B, ascites tappad 4 liter igår."),
     ("Bedömning", "Pat informerads igår av PAL om cirrosdiagnosen och behovet av total alkoholabstinens. Idag lugn, äter bra."))],
  [], ["NL101"],
  "Typo (informerads): Past-tense 'informerades igår': the patient knows about the cirrhosis.")

C("galla-fasta-info-ej-given", "skane", "19850919-2608",
  [N("n1", "s_kir_hbg", "Omvårdnadsanteckning", "Mira Svensson", "sjuksköterska",
     "2024-03-11 21:40", "2024-03-11 21:50", "slutenvård",
     ("Omvårdnad", "Inlagd med akut kolecystit, pat känner till diagnosen och planen för op. Hon har däremot inte informerats om att hon ska fasta från midnatt – nattpersonalen meddelar."))],
  [], ["NL101"],
  "Not-informed concerns fasting before surgery; the cholecystitis is known to the patient.")

C("tidiga-hypoteser-n1-och-hanvisning-n2", "skane", "19540104-3848",
  [N("n1", "s_uro_mal", "Tidiga hypoteser", "Per Nilsson", "läkare",
     "2024-02-27 14:00", "2024-02-27 14:10", "öppenvård",
     ("Hypotes", "MR prostata PI-RADS 5 med misstänkt extraprostatisk växt. Pat ej informerad förrän biopsisvar finns.")),
   N("n2", "s_uro_mal", "Mottagningsanteckning", "Per Nilsson", "läkare",
     "2024-02-27 14:15", "2024-02-27 14:30", "öppenvård",
     ("Bedömning", "Se Tidiga hypoteser. Pat ännu inte informerad om MR-svaret, kallas för biopsi v. 11."))],
  [], ["NL101", ("NL101", "n2")],
  "Hidden template holds the finding; the visible note says 'not informed' but names no diagnosis.")

C("syster-i-polen-ej-informerad", "vgr", "19800605-3063",
  [N("n1", "v_gyn_kun", "Läkaranteckning", "Eva Holmgren", "läkare",
     "2024-06-13 14:00", "2024-06-13 14:45", "öppenvård",
     ("PAD", "Livmoderhalscancer, skivepitelcancer, FIGO IB1."),
     ("Information", "Pat informerad om PAD och behandlingsplan. Hennes syster i Polen är inte informerad, pat vill ringa henne själv."))],
  [], ["NL101"],
  "The uninformed person is the sister abroad; the patient was informed.")

C("hemgang-framflyttad-ingen-info-given", "vgr", "19400722-0694",
  [N("n1", "v_med_nal", "Omvårdnadsanteckning", "Jessica Lundberg", "sjuksköterska",
     "2024-01-09 15:30", "2024-01-09 15:40", "slutenvård",
     ("Omvårdnad", "Behandlas för pneumoni med bensylpenicillin, feberfri sedan igår. Läkaren har skjutit upp hemgången till torsdag men ingen har hunnit säga det till pat ännu."))],
  [], ["NL101"],
  "Unaware of a postponed discharge date, which is not a diagnosis.")

C("perforerad-appendicit-informerat", "skane", "19991111-3596",
  [N("n1", "s_kir_hbg", "Daganteckning", "Tobias Gren", "läkare",
     "2024-07-19 08:30", "2024-07-19 08:45", "slutenvård",
     ("Aktuellt", "Dag 1 efter laparoskopisk appendektomi."),
     ("Bedömning", "Perforerad appendicit. Har informerat pat om att det var en perforation och att antibiotika fortsätter 3 dygn."))],
  [], ["NL101"],
  "Doctor has told the patient the appendicitis was perforated.")

C("adhd-aterkoppling-given-pat-och-partner", "vgr", "19920917-4227",
  [N("n1", "v_npsyk_su", "Psykologanteckning", "Johan Lindgren", "psykolog",
     "2024-12-02 15:00", None, "öppenvård",
     ("Återkoppling", "Genomgång av utredningsresultaten med pat och hennes partner: uppfyller kriterierna för ADHD, ouppmärksam form, samt dyslexi."),
     ("Plan", "Läkarbesök för läkemedelsdiskussion, psykoedukationsgrupp erbjuds."))],
  [], ["NL101"],
  "Feedback session held with the patient: informed about ADHD and dyslexia.")

C("barn-dm1-vh-fatt-info", "skane", "20140815-0074",
  [N("n1", "s_barn_kri", "Läkaranteckning", "Maja Olsson", "läkare",
     "2024-02-20 17:00", "2024-02-20 17:45", "slutenvård",
     ("Bedömning", "Diabetes typ 1, debut utan ketoacidos."),
     ("Information", "Båda vårdnadshavarna har fått information om diagnosen och om insulinbehandlingen, diabetessköterska startar utbildning imorgon."))],
  [], ["NL101"],
  "Guardians of a 9-year-old have been informed of type 1 diabetes.")

C("ul-vsd-paret-informerat", "vgr", "19940120-1406",
  [N("n1", "v_modra_nal", "Läkaranteckning", "Anders Hjelm", "läkare",
     "2024-04-03 11:00", "2024-04-03 11:40", "öppenvård",
     ("Ultraljud", "Rutinultraljud v. 19+2 med remiss till fosterkardiologi: perimembranös VSD 3 mm, i övrigt normal anatomi."),
     ("Information", "Paret informerat om fyndet vid undersökningen. God prognos, kontroll efter födseln."))],
  [], ["NL101"],
  "Fetal VSD: the couple (incl. the patient) was informed at the scan.")

C("flernot-dx-utan-infosats-och-tidsbokning", "vgr", "19780417-0814",
  [N("n1", "v_reuma_su", "Mottagningsanteckning", "Karl Engström", "läkare",
     "2024-05-07 10:00", "2024-05-07 10:40", "öppenvård",
     ("Bedömning", "Reumatoid artrit, seropositiv, DAS28 5,1. Start metotrexat 15 mg/v och folsyra.")),
   N("n2", "v_reuma_su", "Administrativ anteckning", "Lina Persson", "medicinsk sekreterare",
     "2024-05-08 09:00", "2024-05-08 09:01", "öppenvård",
     ("Notering", "Provtagningstid bokad 21/5. Pat ej informerad om tiden – kallelse skickad per post."))],
  [], ["NL101", ("NL101", "n2")],
  "Two notes: the diagnosis note has no not-informed statement; the 'ej informerad' is about a booking.")

C("informerad-om-dx-ej-om-studie", "skane", "19650830-6492",
  [N("n1", "s_hem_lund", "Mottagningsanteckning", "Oliver Borg", "läkare",
     "2024-03-25 13:00", "2024-03-25 13:50", "öppenvård",
     ("Bedömning", "Diffust storcelligt B-cellslymfom, stadium IIA. Pat fick diagnosen förra veckan och har tagit emot den väl."),
     ("Planering", "R-CHOP x 6. Pat ännu inte informerad om möjligheten att delta i pågående studie, tas upp vid nästa besök."))],
  [], ["NL101"],
  "Patient knows the lymphoma; what she has not heard about is a possible study.")

C("pad-ej-inkommet-ej-informerad", "vgr", "19870324-0252",
  [N("n1", "v_hud_su", "Telefonanteckning", "Maria Sjöberg", "sjuksköterska",
     "2024-07-30 10:10", "2024-07-30 10:12", "öppenvård",
     ("Notering", "Pat ringer och efterfrågar PAD från excision 12/7. Svaret har inte kommit, så hon har inte kunnat informeras. Meddelar när svar finns."))],
  [], ["NL101"],
  "Not informed because the pathology answer has not arrived: no diagnosis in the note.")

C("psyk-bipolar-pat-kanner-till-sedan-tidigare", "skane", "19850202-3081",
  [N("n1", "s_psyk_mal", "Mottagningsanteckning", "Rasmus Ohlsson", "läkare",
     "2024-10-21 14:00", "2024-10-21 14:30", "öppenvård",
     ("Aktuellt", "Bipolär sjukdom typ I, diagnos ställd 2019, pat väl förtrogen med diagnosen. Stabil på litium, S-Li 0,7."),
     ("Planering", "Oförändrad behandling. Pat har ännu inte fått information om att hennes ordinarie läkare slutar, vilket tas vid nästa besök."))],
  [], ["NL101"],
  "Bipolar disorder known since 2019; not yet told is a change of doctor.")

C("vgr-tredje-person-son-ej-informerad", "vgr", "19330115-2231",
  [N("n1", "v_ger_moln", "Läkaranteckning", "Karin Åström", "läkare",
     "2024-11-14 09:30", "2024-11-14 10:00", "slutenvård",
     ("Bedömning", "Lungcancer med skelettmetastaser, palliativ inriktning. Pat informerad och införstådd."),
     ("Tredje person", "Sonen ringde och berättade att brodern hotat honom efter arvstvist; sonen vill inte att brodern informeras om försämringen."))],
  [], ["NL101"],
  "Patient informed; the uninformed brother appears only under the protected sökord Tredje person.")

C("ort-spadbarn-hoftledsdysplasi-informerade", "skane", "20240505-3261",
  [N("n1", "s_ort_land", "Mottagningsanteckning", "Lars Frick", "läkare",
     "2024-05-20 10:30", "2024-05-20 11:00", "öppenvård",
     ("Ultraljud", "Höftledsultraljud: instabil höft vä, Graf typ IIc."),
     ("Åtgärd", "Von Rosen-skena appliceras. Föräldrarna informerade om höftledsdysplasin och hur skenan sköts, kontroll om 1 vecka."))],
  [], ["NL101"],
  "Infant hip dysplasia; the guardians were informed.")

C("kard-formaksflimmer-broschyr-saknas", "vgr", "19550928-4617",
  [N("n1", "v_kard_ost", "Mottagningsanteckning", "Sven Kjellberg", "läkare",
     "2024-02-26 15:00", "2024-02-26 15:40", "öppenvård",
     ("Bedömning", "Förmaksflimmer, persisterande, CHA2DS2-VASc 3."),
     ("Information", "Muntlig information om förmaksflimmer och antikoagulation given. Skriftlig information ej lämnad ännu då broschyren var slut, skickas hem."))],
  [], ["NL101"],
  "Oral information about the diagnosis given; only a brochure is outstanding.")

C("utkast-diagnosbesked-givet-ms", "vgr", "19930810-2897",
  [N("n1", "v_neuro_su", "Mottagningsanteckning", "Marcus Lind", "läkare",
     "2024-07-16 13:00", None, "öppenvård",
     ("Samtal", "Diagnosbesked: multipel skleros, skovvis förlöpande. Besked lämnat till pat och hennes mamma, gått igenom behandlingsalternativ."),
     ("Plan", "Start ofatumumab efter serologier. MS-sköterska ringer om 1 vecka."))],
  [], ["NL101"],
  "Unsigned draft where the MS diagnosis has just been given to the patient.")
# ---------------------------------------------------------------- NL102 positives
C("akut-misstankt-uretarsten-hoger", "vgr", "19820611-1505",
  [N("n1", "v_akut_su", "Akutanteckning", "Jonas Berg", "läkare",
     "2024-03-03 05:10", "2024-03-03 05:40", "akutmottagning",
     ("Kontaktorsak", "Kolikartad smärta hö flank sedan kl 03, strålar mot ljumsken."),
     ("Status", "Dunkömhet hö njurloge. U-sticka: blod 3+."),
     ("Bedömning", "Misstänkt hö-sidig uretärsten. Voltaren 50 mg supp, DT-urografi beställd."))],
  ["NL102"], [],
  "Plain 'Misstänkt' ureteric stone in the ED assessment.")

C("ssk-trol-vinterkraksjuka-enkelrum", "skane", "19370405-4489",
  [N("n1", "s_med_hlm", "Omvårdnadsanteckning", "Lisa Mattsson", "sjuksköterska",
     "2024-01-23 03:15", "2024-01-23 03:20", "slutenvård",
     ("Omvårdnad", "Kräkts x3 och diarré under natten. Trol. vinterkräksjuka – flyttad till enkelrum, basala hygienrutiner, jourläkare meddelad."))],
  ["NL102"], [],
  "Nurse's night note: 'Trol. vinterkräksjuka', a lay name hedged with trol.")

C("pneumoni-fragetecken-rtg-bestalld", "skane", "19460308-0229",
  [N("n1", "s_akut_yst", "Akutanteckning", "David Persson", "läkare",
     "2024-02-02 18:30", "2024-02-02 18:50", "akutmottagning",
     ("Status", "AF 24, sat 91 %, krepitationer hö basalt. CRP 156."),
     ("Bedömning", "Pneumoni? Rtg pulm beställd, start bensylpenicillin efter odlingar."))],
  ["NL102"], [],
  "Question-mark diagnosis 'Pneumoni?'.")

C("dd-lungemboli-pneumoni-wells", "vgr", "19690224-6641",
  [N("n1", "v_akut_kun", "Akutanteckning", "Amanda Roos", "läkare",
     "2024-11-18 22:00", None, "akutmottagning",
     ("Aktuellt", "Andfåddhet och hö-sidig andningskorrelerad smärta sedan 2 dgr, flög hem från Thailand i fredags."),
     ("Bedömning", "DD lungemboli / pneumoni. Wells 4,5 – DT-LE i natt, Innohep i väntan."))],
  ["NL102"], [],
  "Differential diagnosis written as 'DD lungemboli / pneumoni'.")

C("kan-ej-utesluta-sah-lp", "skane", "19850708-3429",
  [N("n1", "s_akut_mal", "Akutanteckning", "Nora Lindgren", "läkare",
     "2024-06-09 19:30", "2024-06-09 19:55", "akutmottagning",
     ("Anamnes", "Åskknallshuvudvärk vid samlag kl 14, max inom en minut."),
     ("Bedömning", "DT hjärna u.a. men SAH kan ej uteslutas då > 6 h förflutit. LP kl 02."))],
  ["NL102"], [],
  "'SAH kan ej uteslutas' is a hedge even though the CT was normal.")

C("obs-pro-app-fasta-dropp", "vgr", "20020119-2333",
  [N("n1", "v_kir_sas", "Inskrivningsanteckning", "Josefin Åberg", "läkare",
     "2024-09-14 23:40", "2024-09-15 00:10", "slutenvård",
     ("Bedömning", "Obs pro app. Fasta, dropp, ny bedömning kl 06 med CRP och LPK."))],
  ["NL102"], [],
  "Old-school Latin 'Obs pro app.' (observation for suspected appendicitis).")

C("susp-dvt-vanster-fragmin-i-vantan", "skane", "19770502-1850",
  [N("n1", "s_akut_yst", "Akutanteckning", "David Persson", "läkare",
     "2024-08-07 16:00", "2024-08-07 16:15", "akutmottagning",
     ("Bedömning", "Susp DVT vä underben, D-dimer 1,8. UL imorgon kl 9, Fragmin 15 000 E sc i kväll."))],
  ["NL102"], [],
  "'Susp DVT' abbreviation without a dot.")

C("sannolikt-bells-pares", "vgr", "19910615-8067",
  [N("n1", "v_onh_udd", "Mottagningsanteckning", "Linnea Carlsson", "läkare",
     "2024-04-29 09:00", "2024-04-29 09:30", "öppenvård",
     ("Status", "Perifer facialispares hö, House-Brackmann III, pannan engagerad. Öron u.a., inga blåsor."),
     ("Bedömning", "Sannolikt Bells pares. Prednisolon 50 mg x 1 i 10 dagar, ögonskydd natt."))],
  ["NL102"], [],
  "Eponym diagnosis hedged with 'Sannolikt'.")

C("inte-otankbart-mb-crohn", "skane", "19960921-3070",
  [N("n1", "s_gastro_yst", "Mottagningsanteckning", "Klara Nordström", "läkare",
     "2024-05-06 14:00", "2024-05-06 14:40", "öppenvård",
     ("Aktuellt", "Diarréer 4-5 ggr/dygn sedan mars, viktnedgång 5 kg, F-kalprotektin 680."),
     ("Bedömning", "Inte otänkbart att det rör sig om en Mb Chron, ileokoloskopi med biopsier bokas."))],
  ["NL102"], [],
  "Typo (Chron): Double-negative hedge 'Inte otänkbart' before an eponym disease.")

C("misstanke-hortons-sjukdom", "vgr", "19440416-1657",
  [N("n1", "v_med_als", "Mottagningsanteckning", "Camilla Ryd", "läkare",
     "2024-02-15 10:00", "2024-02-15 10:30", "öppenvård",
     ("Status", "Ömmande, förtjockad temporalisartär hö. Käkclaudicatio. SR 78, CRP 64."),
     ("Bedömning", "Misstanke om Hortons sjukdom (temporalisarterit). Prednisolon 60 mg insatt i dag, temporalisbiopsi och ögonkonsult."))],
  ["NL102"], [],
  "'Misstanke om' before an eponym with Latin synonym.")

C("mojlig-tia-afasi-20-min", "skane", "19530714-4633",
  [N("n1", "s_neuro_hbg", "Läkaranteckning", "Sofia Bengtsson", "läkare",
     "2024-07-22 11:10", "2024-07-22 11:40", "slutenvård",
     ("Anamnes", "Övergående afasi ca 20 min i morse, helt återställd vid ankomst."),
     ("Bedömning", "Möjlig TIA. ABCD2 4. Utredning enl. PM med karotis-UL, Holter och MR."))],
  ["NL102"], [],
  "'Möjlig TIA': abbreviation hedged with möjlig.")

C("psyk-misstankt-bipolar-typ2", "skane", "19990423-1884",
  [N("n1", "s_psyk_mal", "Mottagningsanteckning", "Leila Karimi", "läkare",
     "2024-03-28 13:00", "2024-03-28 14:00", "öppenvård",
     ("Anamnes", "Recidiverande depressioner sedan 17 års ålder. Beskriver perioder på några dagar med minskat sömnbehov, ökad energi och impulsköp."),
     ("Bedömning", "Hypomana episoder anamnestiskt – misstänkt bipolär sjukdom typ II, utreds vidare med MINI och livsdiagram innan stämningsstabiliserare övervägs."))],
  ["NL102"], [],
  "Psychiatry: suspected bipolar II in a visible outpatient note.")

C("modravard-ev-gdm", "vgr", "19950830-2446",
  [N("n1", "v_modra_nal", "Barnmorskeanteckning", "Ingrid Axelsson", "barnmorska",
     "2024-06-20 09:40", "2024-06-20 10:00", "öppenvård",
     ("Provsvar", "Fastande kapillärt P-glukos 5,9 vid två tillfällen, v. 26+1."),
     ("Bedömning", "Ev. GDM, OGTT bokad 24/6. Kostråd givna."))],
  ["NL102"], [],
  "Midwife: 'Ev. GDM' (abbreviated gestational diabetes hedged with ev.).")

C("preeklampsi-kan-inte-uteslutas", "skane", "19920118-6260",
  [N("n1", "s_forl_lund", "Läkaranteckning", "Emma Rydén", "läkare",
     "2024-10-10 20:15", "2024-10-10 20:40", "slutenvård",
     ("Status", "v. 34+5. BT 148/96 upprepat, U-albumin 1+, lätt huvudvärk, inga synrubbningar."),
     ("Bedömning", "Preeklampsi kan inte uteslutas. Preeklampsiprover, CTG x 2/dygn, BT var 4:e timme."))],
  ["NL102"], [],
  "'kan inte uteslutas' after the diagnosis name.")

C("typo-sannolkit-borreliaartrit", "vgr", "20000309-4281",
  [N("n1", "v_reuma_su", "Mottagningsanteckning", "Karl Engström", "läkare",
     "2024-09-02 13:30", "2024-09-02 14:00", "öppenvård",
     ("Bedömning", "Monoartrit vä knä sedan 6 v, fästingbett i juni. Borreliaserologi IgG högpositiv. Sannolkit borreliaartrit, doxycyklin 100 mg x 2 i 28 dagar."))],
  ["NL102"], [],
  "Typo 'Sannolkit' still marks a hedged diagnosis.")

C("typo-missankt-skafoideumfraktur", "skane", "19980131-1052",
  [N("n1", "s_ort_land", "Akutanteckning", "Lars Frick", "läkare",
     "2024-01-12 17:30", "2024-01-12 17:45", "akutmottagning",
     ("Bedömning", "Ömhet i fossa tabatière efter fall på utsträckt hand, rtg u.a. Missänkt scafoideumfraktur – gips och ny rtg om 10-14 dagar."))],
  ["NL102"], [],
  "Typos 'Missänkt' and 'scafoideum' in a hedged fracture diagnosis.")

C("typo-trolgen-virusinducerad-astma-barn", "vgr", "20200409-2454",
  [N("n1", "v_barn_sas", "Läkaranteckning", "Fredrik Alm", "läkare",
     "2024-11-25 19:00", "2024-11-25 19:30", "akutmottagning",
     ("Bedömning", "3-årig pojke med tredje episoden obstruktivitet i samband med förkylning. Trolgen virusinducerad astma. Inhalation Ventoline via spacer, Flutide 125 µg x 2 över vintern."))],
  ["NL102"], [],
  "Child (guardians read): typo 'Trolgen' hedging the asthma diagnosis.")

C("rtg-talar-i-forsta-hand-for-lungodem", "skane", "19380910-1003",
  [N("n1", "s_med_kri", "Daganteckning", "Malin Johansson", "läkare",
     "2024-12-12 10:15", "2024-12-12 10:40", "slutenvård",
     ("Rtg pulm", "Bilaterala pleuravätskor, kärlomfördelning och interstitiell teckning, talar i första hand för lungödem."),
     ("Bedömning", "Dekompenserad hjärtsvikt, Furix 40 mg iv x 2, vikt dagligen."))],
  ["NL102"], [],
  "Radiology hedge 'talar i första hand för lungödem' copied into a ward note.")

C("erysipelas-dd-nekrotiserande-fasciit", "vgr", "19610402-0430",
  [N("n1", "v_akut_su", "Akutanteckning", "Hampus Larsson", "läkare",
     "2024-07-07 02:20", "2024-07-07 02:50", "akutmottagning",
     ("Status", "Rodnad, värmeökad vä underben, smärta ur proportion till status, laktat 4,1."),
     ("Bedömning", "Kliniskt erysipelas, DD begynnande nekrotiserande fasciit. Ortopedjour tillkallad, Meronem + klindamycin."))],
  ["NL102"], [],
  "'DD begynnande nekrotiserande fasciit' after a clinical diagnosis.")

C("formodad-viral-meningit-aciklovir", "vgr", "19931203-5828",
  [N("n1", "v_inf_ost", "Inskrivningsanteckning", "Nils Ahmadi", "läkare",
     "2024-08-03 01:40", "2024-08-03 02:30", "slutenvård",
     ("Likvor", "Lpk 210, 90 % mononukleära, glukoskvot 0,6, laktat 2,4."),
     ("Bedömning", "Förmodad viral meningit. Aciklovir iv tills HSV-PCR besvarats."))],
  ["NL102"], [],
  "'Förmodad' (presumed) as a hedge.")

C("eventuell-endometrios-laparoskopi", "skane", "19980521-3296",
  [N("n1", "s_kvinno_mal", "Mottagningsanteckning", "Sara Holmberg", "läkare",
     "2024-02-29 13:00", "2024-02-29 13:30", "öppenvård",
     ("Anamnes", "Svår dysmenorré sedan menarche, dyspareuni."),
     ("Bedömning", "Eventuell endometrios. Laparoskopi diskuteras, i väntan kontinuerlig Cerazette."))],
  ["NL102"], [],
  "Written-out 'Eventuell' before endometriosis.")

C("skulle-kunna-vara-meniere", "vgr", "19721030-6051",
  [N("n1", "v_onh_udd", "Mottagningsanteckning", "Linnea Carlsson", "läkare",
     "2024-10-01 14:00", "2024-10-01 14:40", "öppenvård",
     ("Bedömning", "Attacker av rotatorisk yrsel med tinnitus och lockkänsla vä, lågfrekvent hörselnedsättning vä på audiogram. Skulle kunna vara en Mb Meniére, MR för att utesluta retrokokleär process."))],
  ["NL102"], [],
  "Typo (Meniére): 'Skulle kunna vara en Mb Ménière'.")

C("kan-rora-sig-om-pmr", "skane", "19490622-4854",
  [N("n1", "s_reuma_mal", "Mottagningsanteckning", "Amir Haddad", "läkare",
     "2024-11-07 10:00", None, "öppenvård",
     ("Bedömning", "Stelhet i skuldror och höfter > 1 h på morgonen, SR 56. Kan röra sig om polymyalgia rheumatika, prova Prednisolon 15 mg och värdera svaret om en vecka."))],
  ["NL102"], [],
  "Typo (rheumatika): 'Kan röra sig om' before a Latin disease name.")

C("sepsis-fragetecken-fokus-oklart", "vgr", "19430709-4245",
  [N("n1", "v_med_nal", "Inskrivningsanteckning", "Oskar Lindqvist", "läkare",
     "2024-06-30 04:10", "2024-06-30 04:45", "slutenvård",
     ("Status", "Temp 39,2, puls 124, BT 95/50, laktat 3,2. Förvirrad."),
     ("Bedömning", "Sepsis? Fokus oklart, urosepsis? Odlingar x2, Zerbaxa enl. PM."))],
  ["NL102"], [],
  "Two question-mark diagnoses in telegraphic style.")

C("mr-lever-hcc-kan-inte-uteslutas-remissvar", "skane", "19580227-2863",
  [N("n1", "s_gastro_yst", "Läkaranteckning", "Klara Nordström", "läkare",
     "2024-04-24 15:00", "2024-04-24 15:20", "öppenvård",
     ("Remissvar MR lever (avskrivet)", "2 cm arteriellt laddande lesion i segment VI utan säker washout. HCC kan inte uteslutas. Förslag: kontroll-MR om 3 mån eller biopsi."),
     ("Bedömning", "Följer radiologens förslag, MR om 3 mån."))],
  ["NL102"], [],
  "Radiology reply copied into the note with 'HCC kan inte uteslutas'.")

C("pad-lymfkortel-inger-misstanke-hodgkin", "vgr", "19990712-3278",
  [N("n1", "v_hem_su", "Läkaranteckning", "Stina Forsberg", "läkare",
     "2024-05-14 16:00", "2024-05-14 16:15", "öppenvård",
     ("Preliminärt PAD", "Lymfkörtel hals hö: Morfologin inger misstanke om klassiskt Hodgkins lymfom. Immunhistokemi pågår, slutsvar följer."),
     ("Plan", "PET-DT bokas redan nu."))],
  ["NL102"], ["NL101"],
  "Preliminary pathology reply: 'inger misstanke om Hodgkins lymfom'.")

C("barn-trol-rs-bronkiolit", "skane", "20231102-4448",
  [N("n1", "s_barn_kri", "Inskrivningsanteckning", "Maja Olsson", "läkare",
     "2024-01-05 21:20", "2024-01-05 21:45", "slutenvård",
     ("Status", "2 mån, indragningar, sat 90 % luft, fina rassel bilat."),
     ("Bedömning", "Trol. RS-bronkiolit. O2 0,5 l/min, sondmatning vid behov, RS-snabbtest skickat."))],
  ["NL102"], [],
  "Infant: 'Trol. RS-bronkiolit' (guardians read).")

C("ger-troligen-lewy-body", "skane", "19360619-5026",
  [N("n1", "s_ger_trb", "Läkaranteckning", "Ingvar Månsson", "läkare",
     "2024-05-23 13:00", "2024-05-23 13:40", "slutenvård",
     ("Bedömning", "Fluktuerande kognition, visuella hallucinationer av barn i rummet, lätt parkinsonism. Troligen Lewy body-demens – undvik haloperidol, DaTSCAN beställd."))],
  ["NL102"], [],
  "Geriatrics: 'Troligen Lewy body-demens'.")

C("hud-melanom-fragetecken-excision", "vgr", "19780923-0431",
  [N("n1", "v_hud_su", "Mottagningsanteckning", "Isak Grönlund", "läkare",
     "2024-06-06 09:20", None, "öppenvård",
     ("Status", "Pigmenterad lesion vä skuldra 9 mm, asymmetrisk, flera färger. Dermatoskopi: atypiskt nätverk, regressionsstrukturer."),
     ("Bedömning", "Melanom? Excision med 2 mm marginal idag."))],
  ["NL102"], [],
  "Dermatology: 'Melanom?'.")

C("ogon-susp-glaukom", "skane", "19640301-3037",
  [N("n1", "s_ogon_lund", "Mottagningsanteckning", "Erik Sandell", "läkare",
     "2024-08-26 10:30", "2024-08-26 10:50", "öppenvård",
     ("Status", "Tryck 28/30 mmHg. C/D 0,7 hö, 0,8 vä. Perimetri: nasalt steg vä."),
     ("Bed", "Susp. glaokom bilat. Latanoprost till natten, ny perimetri och OCT om 6 v."))],
  ["NL102"], [],
  "Typo (glaokom): Ophthalmology: 'Susp. glaukom' in the Bed section.")

C("onh-ev-peritonsillit-dd-tonsillit", "vgr", "20010127-5063",
  [N("n1", "v_onh_udd", "Akutanteckning", "Mikaela Söder", "läkare",
     "2024-12-21 20:00", "2024-12-21 20:20", "akutmottagning",
     ("Status", "Trismus, svullnad ovan vä tonsill, uvula deviation åt hö."),
     ("Bed", "ev peritonsillit vä dd tonsillit. Punktion utan pus, Kåvepenin 1 g x 3, åter vid försämring."))],
  ["NL102"], [],
  "Lower-case 'ev' and 'dd' in a telegraphic ENT note.")

C("onk-sannolikt-skelettmetastasering", "vgr", "19520925-6204",
  [N("n1", "v_onk_su", "Mottagningsanteckning", "Ulrika Hedlund", "läkare",
     "2024-10-17 14:00", "2024-10-17 14:40", "öppenvård",
     ("Skelettscint", "Multipla upptag i kotpelaren och bäckenet."),
     ("Bedömning", "Sannolikt skelettmetastasering av känd bröstcancer, kompletterar med MR rygg. Pat informerad om fynden och planen."))],
  ["NL102"], ["NL101"],
  "Hedged metastatic spread; the patient was informed, so no NL101.")

C("gyn-x-utomkvedshavandeskap-bhcg", "skane", "19950715-5050",
  [N("n1", "s_kvinno_mal", "Akutanteckning", "Sara Holmberg", "läkare",
     "2024-03-16 23:10", "2024-03-16 23:40", "akutmottagning",
     ("Undersökning", "Vaginalt UL: tom uterus, 2 cm adnexresistens hö, lite fri vätska. S-hCG 1850."),
     ("Bedömning", "Misstänkt X hö. Ny hCG om 48 h, alternativt laparoskopi vid försämring."))],
  ["NL102"], [],
  "Gynaecology shorthand 'Misstänkt X' (extrauterine pregnancy).")

C("kan-det-vara-addison-kortisol", "vgr", "19830918-4250",
  [N("n1", "v_endo_su", "Läkaranteckning", "Olivia Hammar", "läkare",
     "2024-02-07 15:30", "2024-02-07 15:50", "öppenvård",
     ("Bedömning", "Viktnedgång, hyperpigmentering i handlinjer, Na 131, K 5,3. Kan det vara Addison? Kortisol och ACTH kl 08 imorgon."))],
  ["NL102"], [],
  "Question form 'Kan det vara Addison?'.")

C("diffdiagnostiskt-cushing-overvagas", "skane", "19810606-1289",
  [N("n1", "s_endo_mal", "Mottagningsanteckning", "Hugo Lindström", "läkare",
     "2024-09-30 09:00", "2024-09-30 09:40", "öppenvård",
     ("Bedömning", "Svårbehandlad hypertoni, bukfetma, blåröda striae och proximal muskelsvaghet. Diff.diagnostiskt bör Cushnigs syndrom övervägas; dexametasonhämningstest och saliv-kortisol."))],
  ["NL102"], [],
  "Typo (Cushnigs): 'Diff.diagnostiskt bör ... övervägas'.")

C("reuma-tankbara-diagnoser-lista", "vgr", "19870222-3077",
  [N("n1", "v_reuma_su", "Mottagningsanteckning", "Karl Engström", "läkare",
     "2024-03-12 14:00", None, "öppenvård",
     ("Bedömning", "Asymmetrisk oligoartrit och daktylit i vä fot efter urinvägsinfektion i januari. Tänkbara diagnoser: reaktiv artrit, psoriasisartrit. HLA-B27 och hudstatus."))],
  ["NL102"], [],
  "'Tänkbara diagnoser:' followed by a list.")

C("akut-acs-ej-uteslutet", "skane", "19660930-4834",
  [N("n1", "s_akut_mal", "Akutanteckning", "Viktor Ahlberg", "läkare",
     "2024-10-26 03:50", "2024-10-26 04:10", "akutmottagning",
     ("Bedömning", "Oklar bröstsmärta, ACS ej uteslutet. Läggs på HIA för telemetri och upprepade troponiner."))],
  ["NL102"], [],
  "'ej uteslutet' means not excluded: a hedge, unlike 'uteslutet'.")

C("preliminar-diagnos-ra", "vgr", "19710421-2290",
  [N("n1", "v_reuma_su", "Mottagningsanteckning", "Karl Engström", "läkare",
     "2024-04-16 10:00", "2024-04-16 10:40", "öppenvård",
     ("Diagnos", "Preliminär diagnos: reumatoid artrit, seronegativ. Omvärderas när UL av händer och fötter finns."))],
  ["NL102"], [],
  "'Preliminär diagnos' is an uncertain diagnosis in the Diagnos section.")

C("fragetecken-for-begynnande-demens", "skane", "19410305-4625",
  [N("n1", "s_ger_trb", "Mottagningsanteckning", "Ingvar Månsson", "läkare",
     "2024-06-11 14:00", "2024-06-11 14:50", "öppenvård",
     ("Bedömning", "MMSE 25, glömmer avtal och har gått vilse i bilen. Frågetecken för begynnande demenssjukdom, basal demensutredning startas."))],
  ["NL102"], [],
  "'Frågetecken för' written out in words.")

C("lakemedelsutlost-hepatit-misstankt", "skane", "19670808-3222",
  [N("n1", "s_gastro_yst", "Läkaranteckning", "Klara Nordström", "läkare",
     "2024-11-26 14:00", "2024-11-26 14:20", "öppenvård",
     ("Bedömning", "ALAT 12 ggr övre ref, ikterus 2 v efter Spektramox. Misstänkt läkemedelsutlöst hepatit, Spektramox förs in som överkänslighet, biverkningsrapport."))],
  ["NL102"], [],
  "Suspected drug-induced hepatitis (a diagnosis, unlike a suspected medication error).")

C("latin-tumor-cerebri-fragetecken", "vgr", "19740811-1081",
  [N("n1", "v_neuro_su", "Läkaranteckning", "Marcus Lind", "läkare",
     "2024-01-18 16:00", "2024-01-18 16:20", "öppenvård",
     ("Bed", "Progredierande morgonhuvudvärk, nytillkommen epileptiskt anfall, staspapill bilat. Tumor cerebri? MR hjärna med kontrast akut."))],
  ["NL102"], [],
  "Latin diagnosis with question mark.")

C("verkar-vara-halsfluss-lekmannaord", "skane", "19870612-2416",
  [N("n1", "s_onh_hbg", "Telefonanteckning", "Petra Nyholm", "sjuksköterska",
     "2024-02-22 08:40", "2024-02-22 08:45", "öppenvård",
     ("Notering", "Pat med feber och svårt att svälja sedan igår, svullna körtlar på halsen. Verkar vara halsfluss – tid hos läkare i eftermiddag för strep-test."))],
  ["NL102"], [],
  "Nurse uses the lay word 'halsfluss' with the hedge 'verkar vara'.")

C("fragestallning-le-i-remiss", "vgr", "19750707-0659",
  [N("n1", "v_med_nal", "Daganteckning", "Oskar Lindqvist", "läkare",
     "2024-08-12 09:30", "2024-08-12 09:50", "slutenvård",
     ("Aktuellt", "Ny syrgaskrävande andnöd dag 4 efter höftoperation, takykard."),
     ("Remiss", "DT-LE beställd. Frågeställning: lungemboli?"))],
  ["NL102"], [],
  "Referral question 'Frågeställning: lungemboli?' written in a visible section.")

C("lung-susp-kol-exacerbation-telefon", "vgr", "19650201-6642",
  [N("n1", "v_lung_skas", "Telefonanteckning", "Rebecka Ahl", "sjuksköterska",
     "2024-12-16 11:10", "2024-12-16 11:15", "öppenvård",
     ("Notering", "KOL-pat med ökad mängd gult slem och mer andfådd sedan 3 dgr. Susp. KOL-exacerbation – läkare förskriver Doxyferm och Prednisolon enl. plan."))],
  ["NL102"], [],
  "'Susp. KOL-exacerbation' in a nurse's phone note.")
# ---------------------------------------------------------------- NL102 near misses
C("ingen-misstanke-om-dvt-wells-noll", "skane", "19890807-2211",
  [N("n1", "s_akut_yst", "Akutanteckning", "David Persson", "läkare",
     "2024-05-18 14:10", "2024-05-18 14:25", "akutmottagning",
     ("Bedömning", "Vadsmärta efter löprunda. Wells 0, D-dimer <0,2. Ingen misstanke om DVT. Muskelsträckning i vaden, hem med Ipren vb."))],
  [], ["NL102"],
  "Negated 'Ingen misstanke om DVT' next to an established calf strain.")

C("pneumoni-kan-uteslutas-rtg-ua", "vgr", "19700315-5467",
  [N("n1", "v_akut_kun", "Akutanteckning", "Amanda Roos", "läkare",
     "2024-02-19 13:00", "2024-02-19 13:20", "akutmottagning",
     ("Rtg pulm", "Inga infiltrat, inga pleuravätskor."),
     ("Bedömning", "Hosta sedan 10 dgr, CRP 12. Pnemoni kan uteslutas. Viral luftvägsinfektion, egenvårdsråd."))],
  [], ["NL102"],
  "Typo (Pnemoni): 'kan uteslutas' (can be excluded) is a negation, unlike 'kan ej uteslutas'.")

C("barn-inga-tecken-pa-appendicit", "vgr", "20150303-4025",
  [N("n1", "v_barn_dsbus", "Akutanteckning", "Hanna Wallin", "läkare",
     "2024-04-07 20:30", "2024-04-07 20:50", "akutmottagning",
     ("Status", "Mjuk buk, ingen släppömhet, hoppar utan besvär. CRP 4, LPK 6,8."),
     ("Bedömning", "Inga tecken på apendicit. Förstoppning, Movicol junior. Föräldrarna informerade om att söka igen vid försämring."))],
  [], ["NL102", "NL101"],
  "Typo (apendicit): Child: 'Inga tecken på appendicit' is negated; constipation is established.")

C("rtg-utan-tecken-till-fraktur-remissvar", "skane", "19620519-1858",
  [N("n1", "s_ort_land", "Mottagningsanteckning", "Lars Frick", "läkare",
     "2024-12-09 11:00", "2024-12-09 11:15", "öppenvård",
     ("Rtg hö fotled (svar)", "Utan tecken till fraktur. Mjukdelssvullnad lateralt."),
     ("Bedömning", "Distorsion av lig. talofibulare anterius hö. Stödförband, belastning efter förmåga."))],
  [], ["NL102"],
  "Radiology reply 'Utan tecken till fraktur'; the sprain is established.")

C("pad-utan-hallpunkt-for-malignitet", "vgr", "19660124-3014",
  [N("n1", "v_gyn_kun", "Telefonanteckning", "Eva Holmgren", "läkare",
     "2024-08-21 12:10", "2024-08-21 12:15", "öppenvård",
     ("PAD", "Endometriebiopsi: proliferativt endometrium utan hållpunkt för hyperplasi eller malignitet."),
     ("Åtgärd", "Pat informerad per telefon om det benigna svaret. Ingen ytterligare åtgärd."))],
  [], ["NL102", "NL101"],
  "'utan hållpunkt för ... malignitet' is a negation in a pathology answer.")

C("etablerad-erysipelas-med-icd", "skane", "19510913-1887",
  [N("n1", "s_med_hlm", "Epikris", "Viktor Lindahl", "läkare",
     "2024-07-11 11:00", "2024-07-11 13:20", "slutenvård",
     ("Diagnos", "Erysipelas vä underben (A46.9). Diabetes typ 2."),
     ("Förlopp", "Behandlad med bensylpenicillin iv 3 dygn, därefter Kåvepenin. Rodnaden har gått tillbaka."),
     ("Uppföljning", "Kompressionsstrumpa när svullnaden lagt sig, VC-kontroll om 2 veckor."))],
  [], ["NL102"],
  "Established diagnosis with ICD code: nothing hedged.")

C("hereditet-morfar-trol-prostatacancer", "vgr", "19760720-5064",
  [N("n1", "v_uro_skas", "Mottagningsanteckning", "Per-Olof Nordin", "läkare",
     "2024-03-25 09:00", "2024-03-25 09:30", "öppenvård",
     ("Hereditet", "Morfar trol. prostatacancer, mor ev. Alzheimer, far DM2."),
     ("Aktuellt", "Önskar PSA-kontroll pga hereditet. Inga LUTS."),
     ("Bedömning", "PSA 0,9 och normal palpation. Ingen ytterligare utredning."))],
  [], ["NL102"],
  "Hedged diagnoses belong to relatives (Hereditet): not the patient's hypothesis.")

C("tidigare-misstankt-epilepsi-avskrevs", "skane", "19941005-3871",
  [N("n1", "s_neuro_hbg", "Mottagningsanteckning", "Sofia Bengtsson", "läkare",
     "2024-10-14 13:00", "2024-10-14 13:40", "öppenvård",
     ("Tidigare sjukdomar", "Utreddes 2010 för misstänkt epilepsi efter svimning, avskrevs efter normalt EEG och MR."),
     ("Aktuellt", "Migrän utan aura, 4-5 anfall/mån."),
     ("Bedömning", "Migrän. Profylax med propranolol 40 mg x 2 provas."))],
  [], ["NL102"],
  "Past history of a suspicion that was dismissed: not a current hedged diagnosis.")

C("ev-aterbesok-tennisarmbage", "vgr", "19680302-1226",
  [N("n1", "v_ort_sas", "Mottagningsanteckning", "Henrik Dahl", "läkare",
     "2024-09-05 14:30", "2024-09-05 14:45", "öppenvård",
     ("Diagnos", "Lateral epikondylalgi hö (tennisarmbåge)."),
     ("Planering", "Fysioterapi, epikondylitband. Ev. återbesök vid utebliven förbättring efter 3 mån."))],
  [], ["NL102"],
  "'Ev. återbesök' hedges a visit, not a diagnosis.")

C("trol-hemgang-imorgon-stroke", "skane", "19450204-3229",
  [N("n1", "s_med_kri", "Daganteckning", "Malin Johansson", "läkare",
     "2024-04-04 10:00", "2024-04-04 10:20", "slutenvård",
     ("Aktuellt", "Dag 5 efter ischemisk stroke i vä arteria cerebri media, kvarstående lätt dysfasi."),
     ("Planering", "Trol. hemgång imorgon med hemrehab. Logoped ordnat."))],
  [], ["NL102"],
  "'Trol. hemgång imorgon' is a non-diagnostic hedge; the stroke is established.")

C("misstanker-bristande-foljsamhet-eliquis", "vgr", "19420611-3476",
  [N("n1", "v_kard_ost", "Mottagningsanteckning", "Sven Kjellberg", "läkare",
     "2024-06-18 10:00", "2024-06-18 10:30", "öppenvård",
     ("Bedömning", "Förmaksflimmer med Eliquis. Misstänker att pat inte tar Eliquis regelbundet, dosett och påminnelse i mobilen föreslås."))],
  [], ["NL102"],
  "Suspicion about adherence, not about a diagnosis.")

C("pmo-vc-misstankt-otit-barn", "skane", "20190124-4044",
  [N("n1", "s_vc_lomma", "Besöksanteckning", "Johanna Wiberg", "läkare",
     "2024-01-29 10:20", "2024-01-29 10:35", "öppenvård",
     ("Bedömning", "Misstänkt otit hö, trumhinnan rodnad men ej buktande. Expektans 3 dgr, åter vid feber."))],
  [], ["NL102"],
  "PMO never shows diagnoses: a hedged otitis in primary care is not NL102.")

C("pmo-hemsjukvard-trol-uvi", "skane", "19310822-1031",
  [N("n1", "s_hsv_hlm", "Omvårdnadsanteckning", "Gerd Åkesson", "sjuksköterska",
     "2024-03-04 14:00", None, "hemsjukvård",
     ("Omvårdnad", "Mer förvirrad än vanligt, illaluktande urin. Trol. UVI – urinodling tagen, jourläkare VC kontaktad."))],
  [], ["NL102"],
  "PMO home-care nurse: 'Trol. UVI' is not shown in Journalen.")

C("pmo-um-misstankt-klamydia-17ar", "skane", "20070119-5422",
  [N("n1", "s_um_lund", "Besöksanteckning", "Amanda Nilsson", "barnmorska",
     "2024-04-11 15:30", "2024-04-11 15:50", "öppenvård",
     ("Aktuellt", "Sveda vid miktion, ny partner för en månad sedan."),
     ("Bedömning", "Misstänkt klamydia. Provtagning, partnerspårning tas när svar finns."))],
  [], ["NL102"],
  "Youth clinic in PMO (17-year-old): hedged chlamydia is not NL102.")

C("tidiga-hypoteser-mall-faktitiell-hypoglykemi", "skane", "19890909-1236",
  [N("n1", "s_med_kri", "Tidiga hypoteser", "Malin Johansson", "läkare",
     "2024-08-09 16:00", "2024-08-09 16:10", "slutenvård",
     ("Hypotes", "Upprepade oförklarliga hypoglykemier med lågt C-peptid under vårdtiden. Misstänkt faktitiell hypoglykemi (självtillförsel av insulin)."))],
  [], ["NL102"],
  "Hedged diagnosis correctly placed in the Skåne Tidiga hypoteser template.")

C("vgr-th-sokord-trol-munhalecancer-ovrigt-rent", "vgr", "19580408-5818",
  [N("n1", "v_onh_udd", "Mottagningsanteckning", "Mikaela Söder", "läkare",
     "2024-11-20 10:00", "2024-11-20 10:40", "öppenvård",
     ("Aktuellt", "Sår vä tungkant sedan 2 mån, ont vid tuggning."),
     ("Status", "1,5 cm indurerat sår vä tungkant. Palpabel körtel regio II vä."),
     ("Tidiga hypoteser", "Trol. tungcancer med lymfkörtelmetastas."),
     ("Åtgärd", "Biopsi tagen i lokalbedövning, UL-ledd finnålspunktion av körteln. Återbesök när svar finns."))],
  [], ["NL102"],
  "VGR: the hedge sits only under the filtered sökord Tidiga hypoteser.")

C("vnr-mall-misstankt-revbensfraktur", "skane", "19910317-2467",
  [N("n1", "s_akut_mal", "Våld i nära relationer", "Nora Lindgren", "läkare",
     "2024-09-21 01:30", "2024-09-21 02:30", "akutmottagning",
     ("Anamnes", "Uppger att sambon slagit och sparkat henne i sidan i kväll."),
     ("Bedömning", "Misstänkt revbensfraktur vä costa 8-9, DT thorax. Fotodokumentation enligt vårdprogrammet."))],
  [], ["NL102"],
  "Skåne Våld i nära relationer template is hidden: the hedge inside is not visible.")

C("vgr-valdsutsatthet-sokord-misstankt-trumhinneperforation", "vgr", "19980111-0264",
  [N("n1", "v_onh_udd", "Akutanteckning", "Mikaela Söder", "läkare",
     "2024-05-26 23:10", "2024-05-26 23:40", "akutmottagning",
     ("Kontaktorsak", "Nedsatt hörsel och lockkänsla vä öra."),
     ("Våldsutsatthet i nära relationer", "Berättar att pojkvännen gav henne en örfil i kväll. Misstänkt traumatisk trumhinneperforation vä, fotodokumentation gjord."),
     ("Planering", "Audiogram och ÖNH-mottagning på måndag. Torrhållning av örat."))],
  [], ["NL102"],
  "VGR: hedged diagnosis only under the protected violence sökord.")

C("hemgang-fredag-fragetecken", "vgr", "19340505-1206",
  [N("n1", "v_ger_moln", "Daganteckning", "Karin Åström", "läkare",
     "2024-02-13 11:00", "2024-02-13 11:20", "slutenvård",
     ("Bedömning", "Höftfraktur hö opererad med halvprotes 8/2. Mobiliseras med rollator."),
     ("Planering", "Hemgång fredag? Beror på om hemtjänsten hinner utöka insatserna."))],
  [], ["NL102"],
  "The question mark hedges a discharge day, not a diagnosis.")

C("forlangd-vardtid-kan-inte-uteslutas", "skane", "19480103-2279",
  [N("n1", "s_kir_hbg", "Daganteckning", "Tobias Gren", "läkare",
     "2024-06-20 09:00", "2024-06-20 09:15", "slutenvård",
     ("Aktuellt", "Dag 3 efter Whipple-operation för pankreascancer, ventrikelretention."),
     ("Planering", "Förlängd vårdtid kan inte uteslutas. Nasogastrisk sond kvar, dietist kontaktas."))],
  [], ["NL102"],
  "'kan inte uteslutas' attached to a longer stay, not a diagnosis.")

C("misstankt-hemolys-nytt-prov", "vgr", "19820426-0668",
  [N("n1", "v_med_als", "Telefonanteckning", "Anna Björk", "sjuksköterska",
     "2024-10-09 09:10", "2024-10-09 09:15", "öppenvård",
     ("Notering", "Kalium 6,4 i dagens prov, misstänkt felaktig provtagning (hemolys enligt labbet). Pat kallas för nytt prov imorgon."))],
  [], ["NL102"],
  "Suspected sampling error (haemolysis) is not a diagnosis.")

C("misstanker-insulinpumpen-kranglar", "skane", "19990614-4697",
  [N("n1", "s_endo_mal", "Telefonanteckning", "Moa Lindberg", "sjuksköterska",
     "2024-12-02 16:20", "2024-12-02 16:30", "öppenvård",
     ("Notering", "Diabetes typ 1 med pump. Höga värden sedan igår trots korrektioner. Misstänker att infusionsnålen eller pumpen krånglar – byter set, kontakt med leverantören."))],
  [], ["NL102"],
  "Suspicion about a device fault, not a diagnosis.")

C("rtg-bekraftar-misstanken-pneumoni", "vgr", "19470929-2082",
  [N("n1", "v_med_nal", "Daganteckning", "Oskar Lindqvist", "läkare",
     "2024-01-16 09:40", None, "slutenvård",
     ("Rtg pulm", "Lobär konsolidering i hö underlob."),
     ("Bedömning", "Röntgen bekräftar misstanken: pneumoni i hö underlob. Fortsatt bensylpenicillin."))],
  [], ["NL102"],
  "The suspicion is confirmed by X-ray: established pneumonia.")

C("misstankt-appendicit-avskriven-efter-dt", "skane", "19930305-1842",
  [N("n1", "s_kir_mal", "Daganteckning", "Jakob Wennerberg", "läkare",
     "2024-08-14 08:30", "2024-08-14 08:50", "slutenvård",
     ("DT buk", "Normal appendix. Liten ovarialcysta hö, 2 cm."),
     ("Bedömning", "Misstänkt appendicit avskriven efter DT. Smärtan förklaras av ovarialcysta, gyn-UL polikliniskt."))],
  [], ["NL102"],
  "The suspicion is dismissed ('avskriven'): no current hedged diagnosis.")

C("pat-radd-for-cancer-inget-talar-for", "vgr", "19840812-0858",
  [N("n1", "v_kir_skas", "Mottagningsanteckning", "Elin Torstensson", "läkare",
     "2024-07-10 14:00", "2024-07-10 14:20", "öppenvård",
     ("Aktuellt", "Knöl i vä ljumske sedan 2 v, pat rädd att det är cancer eftersom pappan hade lymfom."),
     ("Bedömning", "Inget i anamnes eller status talar för malignitet. Ljumskbråck vä, reponibelt. Op-anmäls."))],
  [], ["NL102"],
  "The patient's fear of cancer is rebutted ('inget talar för'); the hernia is established.")

C("kand-astma-nu-exacerbation", "skane", "20010627-4418",
  [N("n1", "s_lung_lund", "Mottagningsanteckning", "Gunnar Blom", "läkare",
     "2024-10-24 10:00", "2024-10-24 10:20", "öppenvård",
     ("Bedömning", "Känd astma, nu exacerbation efter förkylning, PEF 65 % av bästa. Prednisolon 30 mg i 5 dagar, öka Symbicort."))],
  [], ["NL102"],
  "'Känd astma' is established.")

C("ingen-septisk-artrit-ledvatska-klar", "vgr", "20120819-1831",
  [N("n1", "v_barn_sas", "Akutanteckning", "Fredrik Alm", "läkare",
     "2024-03-30 15:00", "2024-03-30 15:30", "akutmottagning",
     ("Bedömning", "Ingen septisk artrit: afebril, CRP 6, ledvätska från hö höft klar med LPK 800. Coxitis simplex, vila och Ipren. Föräldrarna informerade."))],
  [], ["NL102", "NL101"],
  "Child: septic arthritis explicitly excluded, transient synovitis established (Latin).")

C("strep-negativ-ej-tonsillit", "skane", "19970815-2005",
  [N("n1", "s_akut_yst", "Akutanteckning", "David Persson", "läkare",
     "2024-02-10 12:30", "2024-02-10 12:40", "akutmottagning",
     ("Bedömning", "Halsont 2 dagar, Centor 1, strep A negativ. Ej tonsillit, viral faryngit. Egenvård."))],
  [], ["NL102"],
  "'Ej tonsillit' negation next to an established viral pharyngitis.")

C("ingen-anledning-att-misstanka-hjartinfarkt", "vgr", "19750102-2474",
  [N("n1", "v_akut_su", "Akutanteckning", "Hampus Larsson", "läkare",
     "2024-06-14 16:00", "2024-06-14 16:20", "akutmottagning",
     ("Bedömning", "Stickande bröstsmärta vid palpation av sternokostalleder. Normalt EKG och TnT x2 <5. Ingen anledning att missänka hjärtinfarkt. Tietzes syndrom."))],
  [], ["NL102"],
  "Typo (missänka): 'Ingen anledning att misstänka' is a negation; Tietze's syndrome (eponym) is established.")

C("saknas-tecken-pa-meningit-barn", "skane", "20210506-4261",
  [N("n1", "s_barn_lund", "Akutanteckning", "Petra Wiklund", "läkare",
     "2024-11-02 22:10", "2024-11-02 22:30", "akutmottagning",
     ("Bedömning", "Feber 39,5 sedan ett dygn, pigg mellan febertopparna, nackmjuk. Det saknas tecken på meningit. Influensa A positiv."))],
  [], ["NL102"],
  "Child: 'saknas tecken på meningit' is negated; influenza is confirmed.")

C("hereditet-farbror-dog-45-trol-infarkt", "skane", "19880214-1666",
  [N("n1", "s_kard_lund", "Mottagningsanteckning", "Anders Fägerström", "läkare",
     "2024-05-29 13:00", None, "öppenvård",
     ("Hereditet", "Farbror dog 45 år, trol. hjärtinfarkt. Pappa har haft bypass vid 52 års ålder."),
     ("Bedömning", "Familjär hyperkolesterolemi, LDL 6,8. Start atorvastatin 40 mg, kaskadscreening av syskon."))],
  [], ["NL102"],
  "Family history hedge ('trol. hjärtinfarkt' of an uncle).")

C("som-barn-fragetecken-astma", "vgr", "19910912-3456",
  [N("n1", "v_lung_skas", "Mottagningsanteckning", "Rebecka Ahl", "läkare",
     "2024-09-23 10:00", "2024-09-23 10:40", "öppenvård",
     ("Tidigare sjukdomar", "Som barn ?astma, aldrig behandlad. Pollenallergi."),
     ("Bedömning", "Reversibilitet 18 % och FeNO 48: astma. Start Symbicort 160/4,5 vb enligt AIR."))],
  [], ["NL102"],
  "A childhood '?astma' under past history; the current asthma is established.")

C("pat-undrar-borrelia-serologi-negativ", "vgr", "19830330-1264",
  [N("n1", "v_inf_ost", "Mottagningsanteckning", "Nils Ahmadi", "läkare",
     "2024-09-10 14:00", "2024-09-10 14:30", "öppenvård",
     ("Aktuellt", "Pat undrar om ledvärken kan vara borrelia efter fästingbett i somras."),
     ("Bedömning", "Borreliaserologi negativ och inget erythema migrans. Ingen borreliainfektion. Remiss till fysioterapeut för knäsmärtan."))],
  [], ["NL102"],
  "The patient's question is answered with a negative test and 'Ingen borreliainfektion'.")

C("flernot-th-mall-hypotes-sedan-faststalld", "skane", "19600125-1658",
  [N("n1", "s_hem_lund", "Tidiga hypoteser", "Oliver Borg", "läkare",
     "2024-01-10 15:00", "2024-01-10 15:05", "öppenvård",
     ("Hypotes", "Trol. myelodysplastiskt syndrom, cytopenier och dysplasi i utstryk.")),
   N("n2", "s_hem_lund", "Mottagningsanteckning", "Oliver Borg", "läkare",
     "2024-01-31 13:00", "2024-01-31 13:45", "öppenvård",
     ("Benmärg", "Myelodysplastiskt syndrom med multilinjär dysplasi, blaster 3 %, IPSS-R låg."),
     ("Information", "Diagnosen genomgången med pat. Kontroller var 3:e månad."))],
  [], ["NL102", ("NL102", "n2"), ("NL101", "n2")],
  "Hypothesis in the hidden template, later settled and told in a visible note: neither note is NL102.")

C("dt-le-fragestallning-besvarad-nekande", "vgr", "19720414-2827",
  [N("n1", "v_akut_su", "Akutanteckning", "Jonas Berg", "läkare",
     "2024-10-05 04:30", "2024-10-05 04:45", "akutmottagning",
     ("DT-LE (svar)", "Ingen lungemboli. Inga pleuravätskor. Lungparenkymet u.a."),
     ("Bedömning", "Lungemboli uteslutes. Andfåddheten bedöms som ångestrelaterad, hem med uppföljning på VC."))],
  [], ["NL102"],
  "'Ingen lungemboli' and 'uteslutes': negations, including the verb form.")

C("misstanke-tbc-kunde-avskrivas", "skane", "19810923-5427",
  [N("n1", "s_inf_mal", "Epikris", "Jenny Holm", "läkare",
     "2024-04-26 11:00", "2024-04-26 14:00", "slutenvård",
     ("Förlopp", "Inlagd med hosta och nattsvettningar, isolerad i väntan på sputumprov. Misstanken om TBC kunde avskrivas: direktmikroskopi och PCR negativa x3."),
     ("Diagnos", "Samhällsförvärvad pneumoni med Mycoplasma pneumoniae."))],
  [], ["NL102"],
  "The TB suspicion 'kunde avskrivas': dismissed, not hedged.")

C("pmo-vc-lang-anteckning-flera-hedgar", "skane", "19620707-1835",
  [N("n1", "s_vc_nasby", "Besöksanteckning", "Björn Axelsson", "läkare",
     "2024-11-28 09:00", "2024-11-28 10:05", "öppenvård",
     ("Kontaktorsak", "Trötthet, viktnedgång 6 kg på tre månader, nattliga svettningar sedan oktober."),
     ("Anamnes", "62-årig man, tidigare frisk bortsett från hypertoni behandlad med amlodipin 5 mg. Röker 15 cig/dag sedan tonåren, ca 45 paketår. Arbetar som lastbilschaufför. Alkohol 4-5 burkar öl i veckan. Ingen feber uppmätt hemma. Hostar mer än vanligt, inget blod i upphostningar. Inga buksmärtor, normala avföringsvanor. Hustrun tycker att han blivit blekare."),
     ("Status", "AT: opåverkad men blek. Vikt 74 kg (80 kg i juni). Cor: RR, inga blåsljud. Pulm: normala andningsljud bilat. Buk: mjuk, ingen palpabel resistens, lever ej förstorad. Lgl: 1,5 cm fast körtel vä supraklavikulärt, ej öm. Hud: inga utslag."),
     ("Lab", "Hb 112, MCV 84, SR 48, CRP 31, Ca 2,71, ALP lätt förhöjt, krea normalt."),
     ("Bedömning", "Misstänkt malignitet, trol. lungcancer med körtelmetastas supraklavikulärt, DD lymfom. Uppfyller kriterier för SVF lunga."),
     ("Åtgärd", "Remiss SVF lungcancer till Lungmottagningen SUS Lund, DT thorax-buk beställd. Information om remissen given, pat vet att vi utreder misstanke om allvarlig sjukdom. Återbesök när DT är gjord, telefonkontakt med distriktssköterska om 1 vecka."))],
  [], ["NL102"],
  "Long PMO primary-care note full of hedged diagnoses: PMO never shows diagnoses, so no NL102.")

C("latin-fractura-radii-loco-typico", "vgr", "19400301-0438",
  [N("n1", "v_ort_sas", "Akutanteckning", "Henrik Dahl", "läkare",
     "2024-12-28 11:00", "2024-12-28 11:30", "akutmottagning",
     ("Diagnos", "Fractura radii loco typico sin."),
     ("Åtgärd", "Sluten reposition, dorsal gipsskena. Rtg-kontroll om 7-10 dagar på ortopedmottagningen."))],
  [], ["NL102"],
  "Established Latin diagnosis.")

C("bedoms-som-bppv", "skane", "19570318-3276",
  [N("n1", "s_onh_hbg", "Mottagningsanteckning", "Petra Nyholm", "läkare",
     "2024-03-07 13:30", "2024-03-07 13:50", "öppenvård",
     ("Bedömning", "Dix-Hallpike positiv hö med rotatorisk nystagmus. Bedöms som godartad lägesyrsel (BPPV) i hö bakre båggång. Epleys manöver utförd med god effekt."))],
  [], ["NL102"],
  "'Bedöms som' states a clinical judgement, not a hedge.")

C("vgr-orosanmalan-sokord-misstankt-misshandel-barn", "vgr", "20210930-4002",
  [N("n1", "v_barn_dsbus", "Läkaranteckning", "Sanna Björklund", "läkare",
     "2024-07-03 15:00", "2024-07-03 16:00", "slutenvård",
     ("Aktuellt", "Inlagd för utredning av blåmärken."),
     ("Status", "Allmäntillstånd gott. Växer längs sin kurva."),
     ("Orosanmälan gällande barn", "Blåmärken i olika stadier på öron och bål. Misstänkt fysisk misshandel, sannolikt tillfogade skador. Orosanmälan gjord till socialtjänsten."),
     ("Planering", "Skelettöversikt och koagulationsutredning imorgon."))],
  [], ["NL102"],
  "VGR child-concern sökord is filtered: the hedges inside are not visible.")

C("hubs-mall-trol-adhd", "skane", "20160402-4214",
  [N("n1", "s_barn_kri", "Hälsoundersökning på begäran av socialnämnd (HUBS)", "Maja Olsson", "läkare",
     "2024-08-28 10:00", "2024-08-28 11:30", "öppenvård",
     ("Sammanfattning", "8-årig pojke inför placering i familjehem. Stora koncentrationssvårigheter och impulsivitet enligt skolan. Trol. ADHD, ev. även språkstörning – remiss BUP rekommenderas."))],
  [], ["NL102"],
  "HUBS template is hidden in Skåne: hedged diagnoses inside are not NL102.")

C("pmo-bvc-ev-tungband-fragetecken", "skane", "20240703-0622",
  [N("n1", "s_bvc_eslov", "Besöksanteckning", "Karolina Bengtsson", "sjuksköterska",
     "2024-07-31 10:00", "2024-07-31 10:30", "öppenvård",
     ("Amning", "Mamma har såriga bröstvårtor, barnet klickar vid sugandet. Kort tungband? Remiss till amningsmottagningen."),
     ("Tillväxt", "Vikt 4120 g, följer kurvan."))],
  [], ["NL102"],
  "BVC note in PMO: a question-mark diagnosis is not NL102.")
# ---------------------------------------------------------------- long and multi-note records
C("lang-inskrivning-urosepsis-ev-pyelonefrit-begravd", "vgr", "19390227-1489",
  [N("n1", "v_med_nal", "Inskrivningsanteckning", "Johanna Fors", "läkare",
     "2024-12-18 11:20", "2024-12-18 13:05", "slutenvård",
     ("Kontaktorsak", "Feber och förvirring sedan igår, hittad på golvet av hemtjänsten i morse."),
     ("Anamnes", "85-årig kvinna, bor ensam i lägenhet med hemtjänst två gånger dagligen. Tidigare hypertoni, förmaksflimmer på Eliquis, diabetes typ 2 på metformin, hypotyreos. Opererad för höftfraktur hö 2021. Enligt hemtjänsten har hon ätit och druckit sämre i några dagar och klagat på sveda vid vattenkastning. Ingen hosta, inga bröstsmärtor. Oklart hur länge hon legat på golvet, högst fyra timmar enligt larmloggen."),
     ("Läkemedel", "Eliquis 2,5 mg x 2, Metformin 500 mg x 2, Levaxin 75 µg, Amlodipin 5 mg, Alvedon vb."),
     ("Status", "AT: påverkad, svarar adekvat på enkla frågor men desorienterad till tid. Temp 38,9. Puls 108 oregelbunden, BT 105/60, AF 22, sat 95 % luft. Cor: oregelbunden rytm, inga blåsljud. Pulm: vesikulära andningsljud, inga rassel. Buk: mjuk, lätt ömhet suprapubiskt, dunkömhet vä njurloge. Neuro: inga fokala bortfall, nackmjuk. Hud: rodnad över hö trokanter, ingen blåsbildning."),
     ("Lab", "CRP 187, LPK 15,8, krea 142 (88 i augusti), Na 133, K 4,9, laktat 2,1, CK 1450. U-sticka: nitrit positiv, leukocyter 3+."),
     ("EKG", "Förmaksflimmer med kammarfrekvens 105, inga akuta ST-T-förändringar."),
     ("Bedömning", "Urosepsis med akut njursvikt, ev. begynnande pyelonefrit vä. Lätt rabdomyolys efter liggtid. Inget talar för fraktur, rör alla leder utan smärta."),
     ("Åtgärd", "Blod- och urinodlingar, Cefotaxim 1 g x 3 iv, Ringer-Acetat 1000 ml på 4 h. Metformin och Eliquis pausas, Fragmin profylaxdos. Tryckavlastning hö höft enligt omvårdnadsplan."),
     ("Planering", "Vätskelista, kreatinin och CK imorgon bitti. Sonen informerad per telefon om inläggningen."))],
  ["NL102"], [],
  "Long admission note: one hedge ('ev. begynnande pyelonefrit') buried among established and negated findings.")

C("lang-brostsmarta-bara-nara-missar", "skane", "19660517-4207",
  [N("n1", "s_med_kri", "Inskrivningsanteckning", "Viktor Lindahl", "läkare",
     "2024-09-27 22:40", "2024-09-28 00:15", "slutenvård",
     ("Kontaktorsak", "Bröstsmärta sedan kl 18, kom med ambulans."),
     ("Hereditet", "Far dog plötsligt 61 år, trol. hjärtinfarkt. Mor har misstänkt demens och bor på boende."),
     ("Tidigare sjukdomar", "Utreddes 2018 för misstänkt sömnapné, avskrevs efter normal polygrafi. Gastroesofageal refluxsjukdom sedan 2015, gastroskopi då med esofagit grad A."),
     ("Anamnes", "58-årig man, lagerarbetare, röker inte sedan 2010. Brännande smärta bakom bröstbenet efter stor middag, värre i liggande, lättar av Novaluzid. Ingen andfåddhet, ingen svimning, inga vadsmärtor eller nyligen genomgångna resor. Har slarvat med omeprazolen senaste månaden."),
     ("Status", "AT: opåverkad. BT 142/84, puls 72 regelbunden, AF 14, sat 98 %. Cor: RR, inga blåsljud. Pulm: rena andningsljud bilat. Buk: lätt öm i epigastriet, i övrigt mjuk och oöm. Ben: inga ödem, mjuka vader."),
     ("EKG", "Sinusrytm 70, normal axel, inga ischemiska förändringar, oförändrat mot 2022."),
     ("Lab", "TnT 7 → 8 ng/l (0 och 3 h). D-dimer 0,3. CRP <5, Hb 148, krea 81."),
     ("Rtg pulm", "Inga infiltrat, ingen pleuravätska, normal hjärtstorlek."),
     ("Bedömning", "Ingen hjärtinfarkt: stabila normala troponiner och EKG utan ischemi. Lungemboli uteslutes med låg klinisk sannolikhet och normal D-dimer. Pneumoni kan uteslutas. Bröstsmärtan förklaras av känd refluxsjukdom efter utsatt omeprazol."),
     ("Planering", "Omeprazol 40 mg x 1 återinsätts. Obs över natten på avdelningen då pat kom sent, trol. hemgång imorgon förmiddag. Ev. arbetsprov polikliniskt om smärtan återkommer."))],
  [], ["NL102", "NL101"],
  "Long note with only near misses: family and past hedges, negations, an established diagnosis, non-diagnostic hedges.")

C("lang-onk-lungmetastaser-ej-info-begravt", "skane", "19610910-4288",
  [N("n1", "s_onk_lund", "Mottagningsanteckning", "Johan Ek", "läkare",
     "2024-07-15 09:00", "2024-07-15 11:30", "öppenvård",
     ("Bakgrund", "Rektalcancer, opererad med låg främre resektion 2022, ypT2N0. Ingen adjuvant behandling. Uppföljning enligt vårdprogram med DT och CEA."),
     ("Aktuellt", "Kommer för planerat uppföljningsbesök efter DT. Mår bra, arbetar heltid som lärare. Normala avföringsvanor med stomi nedlagd sedan ett år, ingen blödning. Ingen hosta eller andfåddhet. Vikt stabil 78 kg."),
     ("Lab", "CEA 14 (3 för sex månader sedan). Hb 141, leverstatus normalt, krea 76."),
     ("DT thorax-buk 10/7", "Fyra nytillkomna lungmetastaser, största 16 mm i vä underlob. Inga levermetastaser. Ingen lokal recidivmisstanke i lilla bäckenet, ingen lymfkörtelförstoring."),
     ("Status", "AT: gott. Cor: RR. Pulm: rena andningsljud. Buk: mjuk, välläkt ärr efter nedlagd stomi. Lgl: inga palpabla i fossae supraclaviculares eller ljumskar."),
     ("Bedömning", "Recidiv av rektalcancer med multipla lungmetastaser, ej levermetastaser."),
     ("Samtal", "Pat kom direkt från ett möte och hade ont om tid, han hade dessutom bett att hans fru skulle vara med vid besked om något avvikande hittades. Han har därför inte informerats om DT-fyndet i dag; vi har bara pratat allmänt om att svaret ska diskuteras på konferens."),
     ("Planering", "Tas upp på MDK lunga/kolorektal 18/7 för ställningstagande till metastaskirurgi eller SBRT kontra systemisk behandling. Nytt besök med hustrun 22/7 kl 13. KRAS/NRAS/BRAF från tidigare PAD begärs ut."))],
  ["NL101"], ["NL102"],
  "Long follow-up note: lung metastases established, 'har därför inte informerats' buried in the Samtal section.")

C("lang-psyk-eips-pat-informerad-mamma-ej", "vgr", "20040829-0401",
  [N("n1", "v_psyk_su", "Mottagningsanteckning", "Felicia Strömberg", "läkare",
     "2024-10-30 14:00", "2024-10-30 15:40", "öppenvård",
     ("Kontaktorsak", "Återbesök efter avslutad diagnostisk utredning."),
     ("Anamnes", "20-årig kvinna, studerar på gymnasiets fjärde år efter studieuppehåll. Sedan tonåren återkommande självskador med skärsår på underarmarna, senast för tre veckor sedan. Intensiva och instabila relationer, stark rädsla för att bli lämnad, snabba humörsvängningar inom timmar. Två tidigare överdoseringar av paracetamol 2021 och 2022, vårdad på medicinavdelning. Ingen missbruksproblematik enligt AUDIT och DUDIT."),
     ("Utredning", "SCID-5-PD, MINI, DERS och anamnes med pat. Psykolog Wiklunds sammanfattning finns i separat anteckning."),
     ("Psykiskt status", "Vaken, orienterad. God kontakt, adekvat affekt, något labil under samtalet. Inga psykotiska symtom, ingen misstanke om psykos. Förnekar aktuella suicidtankar, har kvar sin krisplan."),
     ("Suicidriskbedömning", "Kroniskt förhöjd risk givet tidigare överdoseringar och självskadebeteende, ingen akut förhöjning i dag. Skyddande faktorer: studier, nära vän, motivation för behandling."),
     ("Diagnos", "Emotionellt instabil personlighetsstörning, borderlinetyp (F60.3)."),
     ("Information", "Diagnosen och utredningsresultatet genomgångna med pat, som tyckte att beskrivningen stämde och kände lättnad. Mamman är inte informerad om diagnosen – pat vill inte att hon får veta i nuläget, vilket respekteras."),
     ("Planering", "Remiss till DBT-team. Fortsatt kontakt med samtalsbehandlare varannan vecka i väntan. Återbesök hos mig om 6 veckor."))],
  [], ["NL101", "NL102"],
  "Long psychiatry note: the adult patient was told; only her mother is not informed.")

C("flernot-kir-perforation-hedge-bara-i-inskrivning", "vgr", "19710305-0428",
  [N("n1", "v_kir_skas", "Inskrivningsanteckning", "Elin Torstensson", "läkare",
     "2024-02-17 01:10", "2024-02-17 01:50", "slutenvård",
     ("Kontaktorsak", "Plötslig svår buksmärta i epigastriet sedan kl 22."),
     ("Status", "Brädhård buk, uttalad défense. Temp 37,9, puls 112."),
     ("Rtg", "Fri gas under diafragman bilat på DT."),
     ("Bedömning", "Misstänkt perforerat ulcus, DD perforerad divertikulit. Akut laparoskopi, Tazocin iv.")),
   N("n2", "v_kir_skas", "Operationsberättelse", "Elin Torstensson", "läkare",
     "2024-02-17 04:20", "2024-02-17 05:00", "slutenvård",
     ("Op-fynd", "5 mm perforation på framväggen av bulbus duodeni, fibrinbeläggningar i övre buken. Colon u.a."),
     ("Åtgärd", "Suturering och omentplastik, spolning, dränage."),
     ("Op-diagnos", "Perforerat ulcus duodeni.")),
   N("n3", "v_kir_skas", "Daganteckning", "Hannes Wik", "läkare",
     "2024-02-18 09:30", "2024-02-18 09:50", "slutenvård",
     ("Aktuellt", "Dag 1 postop, smärtlindrad, afebril."),
     ("Information", "Pat informerad om op-fyndet och om H. pylori-eradikering när serologin kommit."),
     ("Planering", "Mobilisering, flytande kost. Ev. hem på söndag om magen kommer igång."))],
  ["NL102"], [("NL102", "n2"), ("NL102", "n3")],
  "Three notes: only the admission note hedges; the operation note and the ward note state the settled diagnosis.")

C("lang-barn-mr-fossa-posterior-foraldrar-ej-besked", "skane", "20140521-2406",
  [N("n1", "s_barn_kri", "Läkaranteckning", "Maja Olsson", "läkare",
     "2024-04-09 13:30", "2024-04-09 14:20", "slutenvård",
     ("Kontaktorsak", "Inlagd igår för morgonkräkningar och huvudvärk sedan sex veckor, nu även ostadig gång."),
     ("Anamnes", "9-årig pojke, tidigare frisk, vaccinerad enligt program. Huvudvärken värst på morgonen och vaknar ibland av den. Kräks utan illamående i samband med uppvaknandet. Sedan en vecka ramlar han lätt och har fått sämre handstil enligt läraren. Ingen feber, inget trauma. Syn enligt honom själv oförändrad."),
     ("Status", "AT: trött men kontaktbar. Vikt 31 kg, längd 140 cm. Neuro: bredspårig gång, dysmetri vid finger-näsa hö, horisontell nystagmus vid blick åt hö. Ögonbotten: bilateral staspapill. Kranialnerver i övrigt u.a. Nackmjuk."),
     ("MR hjärna 9/4 (muntligt svar från neuroradiolog)", "4 cm tumör i fjärde ventrikeln utgående från vermis, med obstruktiv hydrocefalus. Inga synliga spinala metastaser på översiktsserien."),
     ("Bedömning", "Tumör i bakre skallgropen med hydrocefalus. Behöver neurokirurgi i Lund inom ett dygn."),
     ("Åtgärd", "Betapred 4 mg iv x 2 påbörjat. Neurokirurgjour i Lund kontaktad, överflyttning planerad i kväll med ambulans."),
     ("Information", "Föräldrarna har inte fått besked om MR-fyndet än; pappa satt med under sederingen och väntar nu med mamma i föräldrarummet. Jag och barnonkologisk kontaktsjuksköterska träffar båda kl 15 innan transporten."))],
  ["NL101"], ["NL102"],
  "Long paediatric note: posterior fossa tumour on MRI, guardians of the 9-year-old not yet told.")

C("lang-forl-misstankt-korioamnionit-barnmorska", "vgr", "19970908-0486",
  [N("n1", "v_forl_ost", "Barnmorskeanteckning", "Therese Kvist", "barnmorska",
     "2024-06-02 18:40", "2024-06-02 19:30", "slutenvård",
     ("Aktuellt", "Förstföderska v. 40+3, vattenavgång kl 04 i morse med klart fostervatten, inskriven kl 06. Spontana värkar sedan kl 12."),
     ("Förlossningsförlopp", "Modermunnen 4 cm kl 14, 6 cm kl 17, nu 7 cm och huvudet i bäckeningången. Värkar 3-4/10 min. Epidural kl 15.30 med god effekt. Tömt blåsan via kateter x1, 450 ml."),
     ("Kontroller", "Temp 38,4 (37,2 vid inskrivning). Puls 112. BT 124/78. Fostervattnet nu grumligt och illaluktande."),
     ("CTG", "Basalfrekvens ökat från 135 till 170 slag/min senaste timmen, variabilitet normal, inga decelerationer."),
     ("Bedömning", "Misstänkt korioamnionit efter 14 h vattenavgång. Förlossningen framskrider men långsamt."),
     ("Åtgärd", "Dr Hansson informerad och har bedömt: odlingar, CRP och LPK tagna, bensylpenicillin 3 g iv + gentamicin enligt PM, Alvedon 1 g. Barnläkare informeras inför förlossningen. Kvinnan och partnern informerade om förhöjd temp och planen."),
     ("Planering", "Temp och puls varje timme, ny vaginalundersökning kl 21. Fortlöpande CTG."))],
  ["NL102"], ["NL101"],
  "Long midwife labour note: 'Misstänkt korioamnionit' in the visible Bedömning.")


# ====================================================================== validation
CODES = {"NL101", "NL102"}
KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
PROTECTED_TEMPLATES_SKANE = {
    "Tidiga hypoteser", "Våld i nära relationer", "Oro för att barn far illa",
    "Hälsoundersökning på begäran av socialnämnd (HUBS)",
}
PROTECTED_KEYWORDS_VGR = {
    "Tidiga hypoteser", "Våldsutsatthet i nära relationer", "Orosanmälan gällande barn",
    "Tredje person", "Enkelblind prövning",
}


def luhn_ok(pid):
    m = re.fullmatch(r"(\d{2})(\d{6})-(\d{4})", pid)
    if not m:
        return False
    digits = m.group(2) + m.group(3)
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def age_at(birth, when):
    b = _dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


def validate(cases):
    problems = []
    names = set()
    seen_sentences = {}
    for c in cases:
        nm = c.get("case")
        where = "case %r" % nm
        if list(c.keys()) != KEYS:
            problems.append("%s: keys %r" % (where, list(c.keys())))
        if not isinstance(nm, str) or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", nm):
            problems.append("%s: bad case name" % where)
        if nm in names:
            problems.append("%s: duplicate case name" % where)
        names.add(nm)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset" % where)
        why = c.get("why")
        if not isinstance(why, str) or not why.strip() or "\n" in why:
            problems.append("%s: why must be one non-empty line" % where)
        rec = c["record"]
        pat = rec["patient"]
        if not luhn_ok(pat["id"]):
            problems.append("%s: personnummer %s fails Luhn/format" % (where, pat["id"]))
        if pat["id"][:8] != pat["birth_date"].replace("-", ""):
            problems.append("%s: personnummer does not match birth_date" % where)
        try:
            _dt.date.fromisoformat(pat["birth_date"])
        except ValueError:
            problems.append("%s: birth_date" % where)
        try:
            as_of = _dt.datetime.fromisoformat(rec["as_of"])
        except ValueError:
            problems.append("%s: as_of" % where)
            continue
        if as_of.year != 2024:
            problems.append("%s: as_of not in 2024" % where)
        notes = {}
        for n in rec["notes"]:
            nid = n["id"]
            if not re.fullmatch(r"n\d+", nid) or nid in notes:
                problems.append("%s: note id %r" % (where, nid))
            notes[nid] = n
            try:
                t = _dt.datetime.fromisoformat(n["time"])
            except (TypeError, ValueError):
                problems.append("%s/%s: time" % (where, nid))
                continue
            if t.year != 2024:
                problems.append("%s/%s: time not in 2024" % (where, nid))
            if t > as_of:
                problems.append("%s/%s: time after as_of" % (where, nid))
            if n["signed"] is not None:
                try:
                    s = _dt.datetime.fromisoformat(n["signed"])
                    if s < t or s.year != 2024:
                        problems.append("%s/%s: signed before time / not 2024" % (where, nid))
                except ValueError:
                    problems.append("%s/%s: signed" % (where, nid))
            a = age_at(pat["birth_date"], t)
            if a < 0 or 13 <= a <= 15:
                problems.append("%s/%s: patient age %d (must be <13 or >=16)" % (where, nid, a))
            if n["system"] not in ("Melior", "PMO"):
                problems.append("%s/%s: system" % (where, nid))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s/%s: VGR notes must be Melior" % (where, nid))
            if not n["sections"]:
                problems.append("%s/%s: no sections" % (where, nid))
            for sec in n["sections"]:
                if not sec["keyword"].strip() or not sec["text"].strip():
                    problems.append("%s/%s: empty section" % (where, nid))
                for snt in sentences(sec["text"]):
                    if len(snt) >= 25:
                        if snt in seen_sentences and seen_sentences[snt] != (nm, nid, sec["keyword"]):
                            problems.append("%s: sentence repeated (also in %s): %r" % (where, seen_sentences[snt][0], snt))
                        seen_sentences.setdefault(snt, (nm, nid, sec["keyword"]))
            if c["ruleset"] == "vgr" and n["template"] in PROTECTED_TEMPLATES_SKANE:
                problems.append("%s/%s: VGR protects by sökord, not template" % (where, nid))
        if not (c["must"] or c["must_not"]):
            problems.append("%s: asserts nothing" % where)
        pairs = set()
        for lst_name in ("must", "must_not"):
            for item in c[lst_name]:
                if not (isinstance(item, list) and len(item) == 2):
                    problems.append("%s: bad assertion %r" % (where, item))
                    continue
                code, target = item
                if code not in CODES:
                    problems.append("%s: code %s" % (where, code))
                if target not in notes:
                    problems.append("%s: target %s missing" % (where, target))
                    continue
                if (code, target) in pairs:
                    problems.append("%s: %s/%s asserted twice" % (where, code, target))
                pairs.add((code, target))
                n = notes[target]
                if code == "NL101" and n["system"] == "PMO":
                    problems.append("%s: NL101 asserted on a PMO note" % where)
                if code == "NL102" and lst_name == "must" and n["system"] != "Melior":
                    problems.append("%s: NL102 must on a non-Melior note" % where)
                if lst_name == "must" and c["ruleset"] == "skane" and n["template"] in PROTECTED_TEMPLATES_SKANE:
                    problems.append("%s: must on a protected Skåne template" % where)
    return problems


def main():
    problems = validate(CASES)
    lines = [json.dumps(c, ensure_ascii=False) for c in CASES]
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    drafts = sum(1 for c in CASES for n in c["record"]["notes"] if n["signed"] is None)
    nnotes = sum(len(c["record"]["notes"]) for c in CASES)
    print("%s: %d cases, %d notes (%d unsigned drafts), skane %d, vgr %d" % (
        os.path.basename(OUT), len(CASES), nnotes, drafts,
        sum(c["ruleset"] == "skane" for c in CASES), sum(c["ruleset"] == "vgr" for c in CASES)))
    for code in sorted(CODES):
        print("  %s must %d must_not %d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
